"""How the English net reads members who write as they speak: dialect, slang and spelling by ear.

A disclosure is written in its writer's own voice: Jamaican patois ("him a go chop mi up", "di
pickney dem", "she a bleed", "mi deh a work", "him stepfada beat him every night"), Glaswegian
("fae", "ootside", "ma work", "cannae"), Scouse and Northern English ("kippin in his car", "dead
quiet", "am proper worried"), London youth slang ("shotting", "too shook to ring the feds", "my
lil cuz", "got wet up", "the nank"), spelling by ear ("partna", "muny", "wivout", "hart attack",
"brake my legs", "pinshed", "brekfast"), or a formal letter ("not permitted", "telephone"). The
patterns are written once, in the net's spelling, so these are read into it first
(safeguarding_words.normalise calls `read_dialect` before it reads word by word, then looks each
word up in DIALECT_WORDS).

Only spellings and phrases with no everyday meaning of their own are read: "brake" is "break" only
before a body part ("brake my legs", not "the brakes"), "hart" is "heart" only before "attack" and
the like, "strait" is "straight" only after "walk" and the like, "breath" is "breathe" only after
"cant" and the like ("cant breath good", not "out of breath"), "shook" is "scared" only after a
word of degree ("too shook to", not "shook my hand"), "dead" is "really" only before a plain
adjective ("dead quiet", never "he is dead"), "wet up" is stabbed except in the rain or under a
hose, "ma" is "my" only before a noun ("ma work", not "ma said"), "an" is "and" only before a
consonant ("an tonight", never "an hour"), "a" is "is ...ing" only between a person and a verb of
patois ("she a bleed", never "is she a nurse"), "ago" is "is going to" only after a person ("him
ago buss", never "two days ago"), and a blow is still going on only in a message in patois, with
"every night" after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from bot.gateway.safeguarding_pidgin import ing

# Words spelt by ear, dialect words and slang, a word at a time, read into the net's spelling.
DIALECT_WORDS: Mapping[str, str] = {  # i18n-exempt: input
    # spelling by ear
    "partna": "partner",
    "patna": "partner",
    "eny": "any",
    "enything": "anything",
    "muny": "money",
    "munny": "money",
    "sed": "said",
    "sez": "says",
    "wil": "will",
    "wivout": "without",
    "wivvout": "without",
    "wiout": "without",
    "asembly": "assembly",
    "tho": "though",
    "wot": "what",
    "wen": "when",
    "fink": "think",
    "finks": "thinks",
    "sumthin": "something",
    "sumfin": "something",
    "nuffin": "nothing",
    "nuthin": "nothing",
    "becos": "because",
    "becoz": "because",
    "ambulence": "ambulance",
    "unconshus": "unconscious",
    "unconcious": "unconscious",
    "brethe": "breathe",
    "breeve": "breathe",
    "brething": "breathing",
    "breeving": "breathing",
    "breething": "breathing",
    "pinshed": "pinched",
    "pinshing": "pinching",
    "pinshes": "pinches",
    "brekfast": "breakfast",
    "evryone": "everyone",
    "evrything": "everything",
    # a formal letter
    "permitted": "allowed",
    "telephone": "phone",
    "whilst": "while",
    # Jamaican patois
    "pickney": "child",
    "pikney": "child",
    "pickni": "child",
    "faada": "father",
    "fada": "father",
    "madda": "mother",
    "mada": "mother",
    "bwoy": "boy",
    "gyal": "girl",
    "di": "the",
    "dat": "that",
    "dem": "them",
    "tek": "take",
    "seh": "said",
    "sey": "said",
    "inna": "in",
    "nuh": "not",
    "cyaan": "can not",
    "caan": "can not",
    "fraid": "afraid",
    "ansa": "answer",
    "likkle": "little",
    "mek": "make",
    "bruk": "break",
    "yuh": "you",
    "yaad": "home",
    "lef": "leave",
    "yute": "young person",
    "yout": "young person",
    "stepfada": "stepfather",
    "stepfaada": "stepfather",
    "stepmadda": "stepmother",
    "har": "her",
    "pon": "on",
    "granfada": "grandfather",
    "granmadda": "grandmother",
    "buss": "bust",
    "bawl": "cry",
    # Glaswegian and Scots
    "fae": "from",
    "ootside": "outside",
    "oot": "out",
    "hame": "home",
    "cannae": "can not",
    "dinnae": "do not",
    "didnae": "did not",
    "doesnae": "does not",
    "isnae": "is not",
    "wisnae": "was not",
    "wouldnae": "would not",
    "widnae": "would not",
    "couldnae": "could not",
    "willnae": "will not",
    "wullnae": "will not",
    "havnae": "have not",
    "hivnae": "have not",
    "polis": "police",
    "naw": "no",
    # Scouse and Northern English
    "kip": "sleep",
    "kippin": "sleeping",
    "kipping": "sleeping",
    "kipped": "slept",
    # London youth slang
    "shotting": "dealing",
    "shottin": "dealing",
    "shotter": "dealer",
    "shotters": "dealers",
    "feds": "police",
    "cuzzy": "cousin",
    "nank": "knife",
    "nanks": "knives",
}

# Words written with the g dropped ("talkin", "waitin"), read with it; a word that only ends in
# "in" ("berlin", "cabin") is not one of these.
DROPPED_G: frozenset[str] = frozenset(  # i18n-exempt: input
    {
        "talkin",
        "walkin",
        "waitin",
        "sleepin",
        "lyin",
        "dyin",
        "livin",
        "stayin",
        "hidin",
        "runnin",
        "drinkin",
        "takin",
        "lookin",
        "gettin",
        "sittin",
        "standin",
        "knockin",
        "bleedin",
        "cuttin",
        "stabbin",
        "chasin",
        "stalkin",
        "textin",
        "messagin",
        "ringin",
        "sendin",
        "leavin",
        "fallin",
        "hurtin",
        "beatin",
        "punchin",
        "slappin",
        "chokin",
        "grabbin",
        "pushin",
        "starvin",
        "freezin",
        "sweatin",
        "shiverin",
        "fittin",
        "drivin",
    }
)

# Who is doing something in patois, and not after "give" or "let" ("give me a go").
_PATOIS_SUBJECT = (
    r"(?<!\bgive\s)(?<!\bgave\s)(?<!\blet\s)(?<!\bgiving\s)\b(he|she|dem|dey|they|mi|me|i|"
    r"yuh|you)"
)

# Verbs patois puts after "a" for what someone is doing now ("him a stand", "she a bleed").
_PATOIS_DOING = (
    r"stand|bleed|bawl|cry|beat|lick|kill|hold|wait|follow|threaten|hit|chop|shout|shake|"
    r"fight|burn|stab|hide|knock|kick|bang|hunt|touch|choke|strangle|drag|breathe|vomit|"
    r"tremble|seh|buss|bruk|dead"
)
_PATOIS_VERB = r"(" + _PATOIS_DOING + r")\b"
# Kin and the body, which "him" opening a clause owns ("him stepfada", "him head").
_PATOIS_OWNED = (
    r"stepfada|stepfaada|stepmadda|fada|faada|madda|mada|pickney|baby|bredda|sista|wife|woman|"
    r"gyal|bwoy|granny|head|face|belly|hand|foot|body|yaad|mother|father|stepfather|stepmother"
)
# Patois verbs whose "-ing" is another English word.
_DOING_READ = {"dead": "dying", "bawl": "crying", "lick": "hitting", "bruk": "breaking",
               "buss": "busting", "seh": "saying"}  # fmt: skip
_BLOWS_NOW = {"lick": "hits", "box": "punches", "punch": "punches"}
_BE_AFTER = {"mi": "i am", "me": "i am", "i": "i am", "dem": "they are", "dey": "they are",
             "they": "they are", "yuh": "you are", "you": "you are"}  # fmt: skip


def _doing(match: re.Match[str]) -> str:
    """ "she a bleed" as "she is bleeding", "mi a dead" as "i am dying"."""
    subject, verb = match.group(1), match.group(2)
    doing = _DOING_READ.get(verb) or ing(verb)
    if subject in ("him", "har", "her"):  # heard or seen doing it
        return f"{subject} {doing}"
    return f"{_BE_AFTER.get(subject, subject + ' is')} {doing}"


def _blows(match: re.Match[str]) -> str:
    """ "beat him every night" in patois as "beats him every night"."""
    return match.group(1) + _BLOWS_NOW.get(match.group(2), match.group(2) + "s") + " "


def _there(match: re.Match[str]) -> str:
    """ "mi deh a work" as "i am at work"."""
    be = _BE_AFTER.get(match.group(1), match.group(1) + " is")
    return be + (" at" if match.group(2) else "")


# Phrases read before the words: patois, Glaswegian and slang whose words are everyday alone.
# What a phrase is read as: a replacement, or a function of the match.
_Read = str | Callable[[re.Match[str]], str]
_PHRASES: tuple[tuple[re.Pattern[str], _Read], ...] = tuple(  # i18n-exempt: input
    (re.compile(pattern), read)
    for pattern, read in (
        # spelling by ear, in the one place it has its risk meaning
        (r"\bhart\s+(?=attack|failure|condition|problem|pills)", "heart "),
        (
            r"\bbrake\s+(?=(?:my|your|ur|yer|his|her|their|me|mi|ma)\s+(?:legs?|arms?|neck|jaw|"
            r"nose|face|bones?|fingers?|ribs?|head|back|skull|teeth|knees?|hands?|wrists?)\b)",
            "break ",
        ),
        (r"\b(has|have|had|is|was|all|just|now)\s+gon\b", r"\1 gone"),
        # "strait" is "straight" only after walking or standing ("can not walk strait"), and
        # "breath" is "breathe" only after not being able to ("cant breath good")
        (r"\b(walk|walking|stand|standing|see|think|talk)\s+strait\b", r"\1 straight"),
        (
            r"\b(cant|cannot|can\s+not|carnt|couldnt|could\s+not|unable\s+to|hard\s+to|"
            r"struggling\s+to|trying\s+to)\s+breath\b",
            r"\1 breathe",
        ),
        (r"\b(do\s+not|dont|did\s+not|didnt|does\s+not|doesnt)\s+no\b", r"\1 know"),
        # "aint" as has not, have not, is not and are not, by its subject
        (
            r"\b(he|she|it|that|this|there)\s+aint\s+(?=(?:been|got|had|seen|done|eaten|slept|"
            r"come|came|gone|heard)\b)",
            r"\1 hasnt ",
        ),
        (
            r"\b(i|you|u|we|they)\s+aint\s+(?=(?:been|got|had|seen|done|eaten|slept|come|came|"
            r"gone|heard)\b)",
            r"\1 havent ",
        ),
        (r"\b(he|she|it|that|this|there)\s+aint\b", r"\1 isnt"),
        (r"\b(you|u|we|they)\s+aint\b", r"\1 arent"),
        # "wet up" is stabbed ("got wet up", "they wet him up"); soaked by rain or a hose stays
        (
            r"\b(got|get|gets|getting|been|was|were|be|just)\s+wet\s+up\b(?!\s+(?:in|by|from|at|"
            r"with)\s+(?:the\s+|a\s+)?(?:rain|storm|downpour|shower|sprinklers?|puddles?|water|"
            r"sea|pool|splash\s*pad|waves?|hose|fountain)\b)",
            r"\1 stabbed",
        ),
        (r"\bwet\s+(him|her|them|me|man|someone|somebody)\s+up\b", r"stabbed \1"),
        # a cousin, not "because"
        (r"\b(my|lil|little|his|her|your|ur|our)\s+cuz\b", r"\1 cousin"),
        # too scared, not shaken by the hand
        (
            r"\b(too|so|proper|well|bare|lowkey|mad|am|is|are|was|were|been|be|looking|feeling|"
            r"kinda|really|dead|pure)\s+shook\b(?!\s+(?:up|my|his|her|their|the|me|him|them|it|"
            r"hands?|heads?)\b)",
            r"\1 scared",
        ),
        # "dead" and "pure" as "really" before a plain adjective
        (
            r"\b(?:dead|pure)\s+(?=(?:quiet|good|nice|funny|worried|excited|busy|easy|hard|posh|"
            r"cheap|lucky|nervous|scared|sad|upset|quick|fast|slow|loud|keen|friendly|sound|"
            r"boring|serious|chuffed|happy|proud|tired|terrified|frightened|shaken|anxious|"
            r"lonely|rough|hungry)\b)",
            "really ",
        ),
        # patois: "him" and "mi" as the one doing, "a go" and "a come" as what is coming
        # ("give him a go" and "let me a go" stay as they are)
        (
            r"(?<!\bgive\s)(?<!\bgave\s)(?<!\blet\s)(?<!\bgiving\s)"
            r"(?<!\bhear\s)(?<!\bheard\s)(?<!\bsee\s)(?<!\bsaw\s)"
            r"\bhim\s+(?=(?:a\s+go|a\s+come|seh|sey|nuh|tek|cyaan|waan|fi|ago|deh|a\s+(?:"
            + _PATOIS_DOING
            + r"))\b)",
            "he ",
        ),
        # "him" opening a clause before kin or the body is "his" ("him stepfada beat him")
        (
            r"(?:^|(?<=[,.;!?]\s)|(?<=\band\s)|(?<=\ban\s)|(?<=\bbut\s))him\s+(?=(?:"
            + _PATOIS_OWNED
            + r")\b)",
            "his ",
        ),
        # "ago" after who is doing is "a go" ("him ago buss mi head"); "two days ago" stays
        (
            _PATOIS_SUBJECT + r"\s+ago\s+(?=[a-z])(?!(?:and|an|but|so|when|i|we|my)\b)",
            r"\1 is going to ",
        ),
        # "dung" after a fall or a blow is "down" ("fall dung")
        (
            r"\b(fall|fell|drop|dropped|knock|knocked|push|pushed|lie|lay|lick|licked)\s+dung\b",
            r"\1 down",
        ),
        (
            _PATOIS_SUBJECT + r"\s+a\s+go\s+(?!(?:at|on|in|with|for|and|an|of|the|a|to|later|now|"
            r"again|first|next|too|then|today|tonight|tomorrow)\b)(?=[a-z])",
            r"\1 is going to ",
        ),
        (_PATOIS_SUBJECT + r"\s+a\s+come\b", r"\1 is coming"),
        # "a" before a verb is what someone is doing now ("she a bleed"); "is she a nurse" stays
        (
            r"(?<!\bis\s)(?<!\bwas\s)(?<!\bgive\s)(?<!\bgave\s)(?<!\blet\s)(?<!\bgiving\s)"
            r"\b(he|she|dem|dey|they|mi|me|i|yuh|you|him|har|her)\s+a\s+" + _PATOIS_VERB,
            _doing,
        ),
        # a blow told with "every night" is still going on ("him stepfada beat him every
        # night"): patois gives the verb no "-s"
        (
            r"^(?=.*\b(?:di|likkle|yute|pickney|pikney|cyaan|caan|inna|fada|faada|madda|"
            r"stepfada|stepfaada|stepmadda|yaad|nuh)\b)(.*?)\b(beat|lick|kick|punch|box|hit|burn)"
            r"\s+(?=(?:him|her|har|me|mi|dem|them|di)\b[^.!?,]{0,40}\bevery\s*(?:night|day|"
            r"morning|evening|time|week)\b)",
            _blows,
        ),
        # an age said without "is" ("him only seven")
        (
            r"\b(?:him|he)\s+only\s+(?=(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve|a\s+(?:baby|child|pickney))\b)",
            "he is only ",
        ),
        (
            r"\bshe\s+only\s+(?=(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve|a\s+(?:baby|child|pickney))\b)",
            "she is only ",
        ),
        # "deh" is where someone is ("mi deh a work")
        (r"\b(mi|me|i|he|she|dem|dey|they|yuh|you)\s+deh\b(\s+a\b)?", _there),
        (r"(?<!\bwi\s)(?<!\bwi-)\bfi\b", "to"),
        (r"\bpickney\s+dem\b", "children"),
        (r"\bmi\s+(?:fraid|frighten|frighted)\b", "i am afraid"),
        (r"(?<=\w\s)mi(?=\s+(?:up|out|down|again|too|now|bad)\b|\s*[.,!?]|\s*$)", "me"),
        (
            r"\bmi\s+(?=(?:nuh|cyaan|caan|did|dun|haffi|waan|want|know|tink|think|try|tell|seh|"
            r"nah|beg|need|is|am|will|can|knock|see|hear|call|ring|go|come|tek|get|lef|leave|"
            r"open)\b)",
            "i ",
        ),
        (r"\bmi\b", "my"),
        # Glaswegian "ma" is "my" before a noun; "ma said", "my ma" are a mother
        (
            r"(?<!\bmy\s)(?<!\bme\s)(?<!\bthe\s)(?<!\byour\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)"
            r"\bma\s+(?!(?:and|an|n|is|was|has|had|will|would|said|says|told|tells|went|goes|"
            r"got|gets|does|did|dont|doesnt|didnt|wont|cant|isnt|wasnt|aint|keeps|kept|wants|"
            r"thinks|knows|never|always|just|still|too|says|or|are|were|be|been|can|could|"
            r"took|takes|hit|hits|cried|shouted|rang|phoned)\b)(?=[a-z])",
            "my ",
        ),
        # "an" before a consonant or a word no article comes before is "and" ("an tonight", "an
        # if"); "an hour", "an idea" and "an MP" stay
        (
            r"\ban\s+(?!(?:mp|mps|nhs|mri|sos|fbi|sms|hgv|hiv|hr|fyi|mba|msc|ngo|nspcc|rspca|"
            r"lgbt\w*|x\s*ray|f|l|m|n|s|x)\b)(?=[b-df-gj-np-tv-z]|(?:if|i|it|is|its|even|else|"
            r"also|he|his|her|him|how|hes)\b)",
            "and ",
        ),
        # "am" opening a clause is "i am" ("am pure terrified"); "at 10 am" and "am i" stay
        (
            r"(^|[.!?,;:]\s*|\b(?:and|but|so|now|tbh|honestly)\s+)am\s+(?!i\b)(?=[a-z])",
            r"\1i am ",
        ),
    )
)


def read_dialect(text: str) -> str:
    """A message (lower case, apostrophes gone) with its dialect phrases read into the net's
    spelling: "him a go chop mi up" reads "he is going to chop me up"."""
    for pattern, read in _PHRASES:
        text = pattern.sub(read, text)
    return text


def read_dialect_word(word: str) -> str | None:
    """One word in the net's spelling, if it is a dialect word or a dropped g; else None."""
    if word in DIALECT_WORDS:
        return DIALECT_WORDS[word]
    if word in DROPPED_G:
        return word + "g"
    return None
