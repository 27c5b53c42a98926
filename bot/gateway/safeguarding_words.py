"""How the English safeguarding net reads a member's spelling before it looks for risk.

Members write in text-speak, without apostrophes, with typos, in a hurry. Rather than spell
every variant into every pattern, a message is first brought to one spelling: contractions
written out ("im", "I'm" and "i m" all read "i am"; "wont" reads "will not"; "hell" before a
verb reads "he will"), text-speak expanded ("u", "ppl", "2nite", "kms", "sayin", "thru", "go 2
ur meetin", "smashd"), and a
typo in one of the few long words that carry risk on their own ("suicidle", "frightend",
"thretened") read as the word meant. Only words with no everyday look-alike are corrected, so
"stalling" never becomes "stalking". Dialect, slang and spelling by ear are read the same way
(safeguarding_dialect: "him a go chop mi up", "fae ootside ma work", "partna", "hart attack"),
and so are Nigerian Pidgin (safeguarding_pidgin: "my husband dey beat am", "i no fit again")
and the grammar of a first language carried into English (safeguarding_learner: "she has 89
years", "for marry with my cousin", "go back your country"), and emoji that stand for a means, a
hurt or a plea are read as words ("💊" pills, "⚰" coffin).

The patterns (safeguarding_self, safeguarding_harm, safeguarding_danger, safeguarding_pairs and
the rest) are written for the spelling this gives.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import combinations

from bot.gateway.safeguarding_dialect import read_dialect, read_dialect_word
from bot.gateway.safeguarding_learner import read_learner
from bot.gateway.safeguarding_pidgin import read_pidgin

# Contractions written out, once apostrophes are gone. "ill", "hell", "well", "shed", "id" and
# "lets" are left alone: each is also an everyday word.
CONTRACTIONS: Mapping[str, str] = {  # i18n-exempt: input
    "im": "i am",
    "ive": "i have",
    "youre": "you are",
    "youve": "you have",
    "weve": "we have",
    "hes": "he is",
    "shes": "she is",
    "theyre": "they are",
    "theyve": "they have",
    "theyll": "they will",
    "theyd": "they would",
    "youll": "you will",
    "itll": "it will",
    "its": "it is",
    "thats": "that is",
    "whats": "what is",
    "theres": "there is",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "cant": "can not",
    "cannot": "can not",
    "carnt": "can not",
    "cnt": "can not",
    "dnt": "do not",
    "il": "i will",
    "wont": "will not",
    "wouldnt": "would not",
    "couldnt": "could not",
    "shouldnt": "should not",
    "isnt": "is not",
    "arent": "are not",
    "aint": "am not",
    "wasnt": "was not",
    "werent": "were not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "wanna": "want to",
    "wana": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "dunno": "do not know",
    "thered": "there would",
    "therell": "there will",
    "hed": "he would",
    "nothings": "nothing is",
    "everythings": "everything is",
    "whos": "who is",
}

# Text-speak and shorthand, a word at a time.
TEXT_SPEAK: Mapping[str, str] = {  # i18n-exempt: input
    "u": "you",
    "ur": "your",
    "r": "are",
    "n": "and",
    "ppl": "people",
    "pls": "please",
    "plz": "please",
    "plez": "please",
    "sum1": "someone",
    "some1": "someone",
    "no1": "no one",
    "noone": "no one",
    "any1": "anyone",
    "every1": "everyone",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
    "bc": "because",
    "wiv": "with",
    "wid": "with",
    "nite": "night",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "2day": "today",
    "2moro": "tomorrow",
    "tmrw": "tomorrow",
    "tmrrw": "tomorrow",
    "tmoz": "tomorrow",
    "b4": "before",
    "idk": "i do not know",
    "idc": "i do not care",
    "kms": "kill myself",
    "kys": "kill yourself",
    "unalive": "kill",
    "meself": "myself",
    "mysef": "myself",
    "myslef": "myself",
    "mself": "myself",
    "ded": "dead",
    "jus": "just",
    "wat": "what",
    "goin": "going",
    "breathin": "breathing",
    "shakin": "shaking",
    "cryin": "crying",
    "tremblin": "trembling",
    "sayin": "saying",
    "shoutin": "shouting",
    "screamin": "screaming",
    "threatenin": "threatening",
    "callin": "calling",
    "followin": "following",
    "watchin": "watching",
    "hittin": "hitting",
    "kickin": "kicking",
    "bangin": "banging",
    "tellin": "telling",
    "comin": "coming",
    "meetin": "meeting",
    "thru": "through",
    "agen": "again",
    # a blow's past tense with its "e" dropped ("he smashd my phone"; "punchd", "slappd" and
    # "attackd" are read as typos of RISK_WORDS)
    "smashd": "smashed",
    "kickd": "kicked",
    "pushd": "pushed",
    "grabbd": "grabbed",
    "stabbd": "stabbed",
    "anymore": "any more",
    "nomore": "no more",
    "anymor": "any more",
    "nemore": "any more",
    "ne": "any",
    "nemor": "any more",
    "nymore": "any more",
    "nymr": "any more",
    "nemr": "any more",
    "nowhere": "no where",
    "somewhere": "some where",
    "wnt": "want",
    "fone": "phone",
    "msg": "message",
    "msgs": "messages",
    "chk": "check",
    "chks": "checks",
    "gna": "going to",
    "gunna": "going to",
    "hlp": "help",
    "halp": "help",
    "scard": "scared",
    "scaird": "scared",
    "scaired": "scared",
    "scerd": "scared",
    "skared": "scared",
    "afriad": "afraid",
    "evry": "every",
    "evey": "every",
    "hubby": "husband",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "mom": "mum",
    "mam": "mum",
    "mummy": "mum",
    "daddy": "dad",
    "nan": "gran",
    "nana": "gran",
    "granny": "gran",
    "grandma": "gran",
    "grandmother": "gran",
}

# After "want", "going", "need", "able" and the like, "2" is "to" ("want 2 die"); after "go" or
# "come" only before a place's "the" or "your" ("go 2 your meeting", not "go 2 days a week").
_TWO_AS_TO = re.compile(
    r"\b(want|wants|wanted|going|need|needs|have|has|got|trying|try|able|scared|afraid|"
    r"frightened|back|how|where|(?:go|goes|went|come|comes|came)(?=\s+2\s+(?:the|your|my|his|"
    r"her|their|our|a|an)\b))\s+2\b"
)

# Before a verb, "b" is "be" ("will b there", "not b needing"); "plan b" stays as it is.
_B_AS_BE = re.compile(r"\b(will|not|to|would|could|might|may|should|never)\s+b\b")
# "wnt" is "want" ("i wnt 2 die") but "won't" before "be" ("wnt b needing them").
_WONT_BE = re.compile(r"\bwnt\s+(?=be?\b)")
# "hell" and "shell" are "he will" and "she will" before a verb ("said hell send people round");
# "what the hell", "a shell" and "hell no" stay as they are.
_HE_WILL = re.compile(
    r"(?<!the\s)(?<!a\s)(?<!to\s)(?<!of\s)\b(h|sh)ell\s+(?=(?:send|have|come|kill|hurt|get|find|"
    r"break|smash|burn|do|make|take|throw|kick|report|sort|beat|stab|shoot|ruin|put|set|never|"
    r"go|be|know|regret|cut|batter|torch)\b)"
)
# "2 mny" and "to many" are "too many" ("tkn 2 mny tblts").
_TOO_MANY = re.compile(r"\b(?:2|to|too)\s+(?:mny|many)\b")
# Emoji that stand for a means of harm, a death, a hurt or a plea read as the word. The skull
# (laughing) and fire (great) stand for everyday things too, so fire is read only beside a
# building and the skull not at all; the fist and the bomb are read as words, which the patterns
# take only as a blow landed or a place attacked ("that session was 💣" stays everyday).
EMOJI_WORDS: Mapping[str, str] = {  # i18n-exempt: input
    "🔪": " knife ",
    "🗡": " knife ",
    "💊": " pills ",
    "⚰": " coffin ",
    "🪦": " grave ",
    "🩸": " blood ",
    "🪢": " rope ",
    "🔫": " gun ",
    "💣": " bomb ",
    "🍷": " wine ",
    "🥃": " whisky ",
    "🍸": " gin ",
    "😴": " sleep ",
    "💤": " sleep ",
    "😭": " crying ",
    "👊": " punch ",
    "🤕": " hurt ",
    "🙏": " please ",
    "🆘": " help ",
    "🚑": " ambulance ",
    "🚓": " police ",
    "🚔": " police ",
    "🏠": " home ",
    "🏡": " home ",
    "🏫": " school ",
    "🕌": " mosque ",
    "⛪": " church ",
    "🕍": " synagogue ",
    "🛕": " temple ",
}
_EMOJI = re.compile("|".join(EMOJI_WORDS))
# Skin tones, the variation selector and the joiner change how an emoji looks, not what it says.
_EMOJI_LOOKS = re.compile("[\U0001f3fb-\U0001f3ff\ufe0e\ufe0f\u200d]")
_BUILDINGS = "🏠🏡🏢🏫🕌⛪🕍🛕🏥🏬"
_FIRE_AT_A_BUILDING = re.compile(f"🔥+\\s*(?=[{_BUILDINGS}])|(?<=[{_BUILDINGS}])\\s*🔥+")

# Long words that carry risk on their own and have no everyday word one typo away: a token one
# letter off one of these (a letter missing, added, changed or two swapped) reads as it, in the
# net's spelling ("anymroe" reads "any more").
RISK_WORDS: tuple[str, ...] = (
    "suicide",
    "suicidal",
    "myself",
    "frightened",
    "terrified",
    "petrified",
    "threatened",
    "threatening",
    "threatens",
    "depressed",
    "hopeless",
    "worthless",
    "overdose",
    "overdosed",
    "harassing",
    "harassed",
    "abusive",
    "homeless",
    "trafficked",
    "exploited",
    "strangled",
    "assaulted",
    "attacked",
    "punched",
    "slapped",
    "bruises",
    "panicking",
    "kidnapped",
    "blackmailed",
    "blackmailing",
    "groomed",
    "grooming",
    "violent",
    "husband",
    "boyfriend",
    "girlfriend",
    "neighbour",
    "daughter",
    "partner",
    "collapsed",
    "anymore",
)
_RISK_WORD_SET = frozenset(RISK_WORDS)
_BY_FIRST_LETTER: dict[str, tuple[str, ...]] = {}
for _word in RISK_WORDS:
    _BY_FIRST_LETTER[_word[0]] = (*_BY_FIRST_LETTER.get(_word[0], ()), _word)
# Real words one typo away from a risk word, which stay as they are.
_NOT_TYPOS = frozenset(
    {
        "violet",
        "groomer",
        "attached",
        "attacker",
        "slipped",
        "overdone",
        "collapse",
        "collapses",
        "swapped",
        "swapping",
    }
)


def every_one_of(*parts: str) -> str:
    """Lookaheads that hold when the message has every one of `parts`, anywhere and in any
    order: for a risk that is only a risk when its parts come together. Anchor it with "^" (or
    a pattern that starts with "^") so it is tried once per message."""
    return "".join(f"(?=.*(?:{part}))" for part in parts)


# A reading of its own kind: its kind, the everyday beside which it is left alone, and the parts
# that must all be in the message.
Reading = tuple[str, str, tuple[str, ...]]


def phrases_of(readings: tuple[Reading, ...], not_now: str) -> dict[str, tuple[str, ...]]:
    """One pattern a kind, each reading left alone beside its own everyday or beside `not_now`
    (a joke, a story, the past): for modules whose kinds are each one set of parts."""
    return {
        kind: (f"^(?!.*(?:{not_now}|{everyday}))" + every_one_of(*parts),)
        for kind, everyday, parts in readings
    }


def any_two_of(*parts: str) -> str:
    """Lookaheads that hold when the message has at least two of `parts`: for signs that are
    each everyday alone and a risk beside any other of them. Anchor it with "^" as for
    `every_one_of`."""
    pairs = combinations(parts, 2)
    return "(?:" + "|".join(every_one_of(first, second) for first, second in pairs) + ")"


def made_only_of(*parts: str) -> str:
    """The whole rest of a message made of nothing but `parts` (words or short phrases) and the
    punctuation between them, and not asked as a question: for an alarm said in a few words,
    which any other word makes everyday ("bridge. cold. sorry"; "the bridge is shut, sorry,
    I'll be late"). Put it after "^", with what the message must hold as lookaheads."""
    unit = "(?:" + "|".join(f"(?:{part})" for part in parts) + ")"
    return rf"\W*{unit}(?:\W+{unit})*[^\w?؟]*$"


def a_plea_in_a_few_words(plea: str, alarm: str, beside_a_plea: str) -> str:
    """A whole message of a few words that raises an alarm, as safeguarding_now reads one in
    English: an `alarm` (someone here or at the door, being locked in, a weapon in their hands),
    with or without a plea around it; or a plea with `beside_a_plea` (the children, "he is
    here" without the "he"), which is everyday alone ("the children?") and in a longer message
    ("help, the children want to join the club")."""
    return (
        rf"^(?={made_only_of(plea, alarm, beside_a_plea)})"
        rf"(?:(?=.*\b(?:{alarm})\b)|(?=.*\b(?:{plea})\b)(?=.*\b(?:{beside_a_plea})\b))"
    )


def despair_told_of_someone(
    says: str, better_off_without: str, everyday_reason: str, *signs: str
) -> tuple[str, str]:
    """Despair a relative writes of, as the other-language nets read it: `better_off_without`
    ("everyone would be better off without her") told as what she `says`, alone; or two of its
    signs together (it and `signs`: her things given away, not eating for days), unless the
    message gives an `everyday_reason` for them (a move, the flu)."""
    return (
        rf"(?:{says})(?:[^\w']+[\w']+){{0,8}}?[^\w']+(?:{better_off_without})",
        rf"^(?!.*(?:{everyday_reason}))" + any_two_of(better_off_without, *signs),
    )


def a_means_beside_a_plan(held: str, place: str, decided: str, goodbye: str, when: str) -> str:
    """A plan to end one's life told as its means, as the other-language nets read it: a means
    `held` (a rope or a gun "I have", tablets gathered) beside a day or time (`when`) and a
    decision or a goodbye; or a `place` gone to (the tracks, a bridge, a river) beside a day or
    time and a goodbye, since a walk to the river is decided every day. Anchor it with "^" (or
    a pattern that starts with "^", such as the uses of a rope or a bridge it leaves alone)."""
    return (
        "(?:"
        + every_one_of(held, f"{decided}|{goodbye}", when)
        + "|"
        + every_one_of(place, goodbye, when)
        + ")"
    )


def _one_typo_apart(word: str, target: str) -> bool:
    """Whether `word` becomes `target` by one letter added, dropped, changed, or two
    neighbouring letters swapped."""
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diffs = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        return len(diffs) == 1 or (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and word[diffs[0]] == target[diffs[1]]
            and word[diffs[1]] == target[diffs[0]]
        )
    short, long = sorted((word, target), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# Everyday words text-speak writes without their vowels ("ths", "evrythng", "nthng", "plz"),
# most used first: a token with no vowel after its first letter ("arnd") reads as the first of
# these it is the skeleton of.
VOWELLESS_WORDS: tuple[str, ...] = (  # i18n-exempt: input
    "this",
    "that",
    "with",
    "what",
    "have",
    "want",
    "need",
    "know",
    "think",
    "feel",
    "going",
    "about",
    "because",
    "people",
    "please",
    "really",
    "tonight",
    "tomorrow",
    "today",
    "never",
    "anything",
    "nothing",
    "something",
    "everything",
    "everyone",
    "someone",
    "anyone",
    "nobody",
    "myself",
    "help",
    "hurt",
    "hurts",
    "kill",
    "killing",
    "scared",
    "home",
    "hates",
    "hits",
    "hitting",
    "live",
    "living",
    "life",
    "alive",
    "dead",
    "dying",
    "again",
    "more",
    "still",
    "just",
    "them",
    "they",
    "there",
    "here",
    "from",
    "when",
    "where",
    "will",
    "would",
    "could",
    "should",
    "been",
    "done",
    "keep",
    "leave",
    "sorry",
    "tired",
    "knife",
    "pills",
    "tablets",
    "taken",
    "weekend",
    "tell",
    "told",
    "phone",
    "night",
    "sleep",
    "safe",
    "afraid",
    "cutting",
    "bleeding",
    "doing",
    "anymore",
    "around",
    "much",
    "longer",
    "breathe",
)
_VOWELS = re.compile(r"[aeiou]")


def _skeleton(word: str) -> str:
    """A word as text-speak writes it without vowels: its first letter, then its consonants."""
    return word[0] + _VOWELS.sub("", word[1:])


_BY_SKELETON: dict[str, str] = {}
for _word in reversed(VOWELLESS_WORDS):
    _BY_SKELETON[_skeleton(_word)] = "any more" if _word == "anymore" else _word


# Words that "1" finishes as "one" ("evry1", "ne1").
_BEFORE_ONE = frozenset({"every", "any", "some"})


def _read_word(word: str) -> str:
    """One word in the net's spelling: written out, expanded, its vowels put back, its typo
    read, or a final "1" read as "one" ("evry1")."""
    if word in CONTRACTIONS:
        return CONTRACTIONS[word]
    if word in TEXT_SPEAK:
        return TEXT_SPEAK[word]
    if (dialect := read_dialect_word(word)) is not None:
        return dialect
    if len(word) >= 3 and not _VOWELS.search(word[1:]) and word in _BY_SKELETON:
        return _BY_SKELETON[word]
    if word.endswith("1") and _read_word(word[:-1]) in _BEFORE_ONE:
        return _read_word(word[:-1]) + "one"
    if len(word) >= 5 and word not in _NOT_TYPOS and word not in _RISK_WORD_SET:
        for target in _BY_FIRST_LETTER.get(word[0], ()):
            if _one_typo_apart(word, target):
                return TEXT_SPEAK.get(target, target)
    return word


def normalise(text: str) -> str:
    """Lower case, one space between words, apostrophes dropped, dialect, a learner's grammar
    and emoji read, contractions written out, text-speak expanded and typos in risk words read:
    "Im SO scard, pls help" reads "i am so scared, please help"."""
    text = re.sub(r"['’‘`´]", "", text.lower())
    text = read_learner(read_dialect(read_pidgin(re.sub(r"\bi\s+m\b", "im", text))))
    text = _FIRE_AT_A_BUILDING.sub(" fire ", _EMOJI_LOOKS.sub("", text))
    text = _EMOJI.sub(lambda emoji: EMOJI_WORDS[emoji.group()], _WONT_BE.sub("wont ", text))
    # Words in any alphabet, so the "r" of "răspund" is not read as "are"; only words in
    # English letters are read as text-speak or typos.
    words = re.split(r"([^\W_]+)", text)
    text = "".join(
        _read_word(part) if i % 2 and part.isascii() else part for i, part in enumerate(words)
    )
    text = _B_AS_BE.sub(r"\1 be", _TWO_AS_TO.sub(r"\1 to", text))
    text = _HE_WILL.sub(lambda she: f"{she.group(1)}e will ", _TOO_MANY.sub("too many", text))
    return " ".join(text.split())
