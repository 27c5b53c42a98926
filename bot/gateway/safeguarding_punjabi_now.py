"""The Punjabi safeguarding phrase net's main kinds said plainly as happening now (read by
safeguarding_languages with safeguarding_punjabi, whose module is near full), in Gurmukhi and in
the Latin spelling people text in ("mainu kutt reha", "kha lainiyan"). Text and patterns have
been through safeguarding_languages.fold: the nukta and the addak dropped and bindi read as
tippi, so patterns are written in ordinary spelling; Gurmukhi vowel signs are not word letters
to `\\b`, so the script patterns need no word edges.

It reads a whole box of tablets just swallowed; a hanging or all the tablets for tonight, in the
first person; a husband, brother or father beating the writer or her mother now; someone
holding a knife who has locked the door; children alone at home for days with no food; a child
beaten with blood from the head; the writer's marriage to be made by the family with the
tickets bought; the writer kept locked in at home, with her papers taken or by her husband or
in-laws; a girl to be cut (khatna); chest pain with someone not speaking now; and someone
beaten or tied up to drive out a spirit (bhoot, opri).
Also an agent owed money who threatens to kill or hurt the family, a knife threatened, a wife or
in-law who beat the writer again (Latin spelling), an employer holding the passport with pay
kept back or a beating (Latin spelling), a landlord who wants sex for the rent or threatens the
Home Office, a crowd throwing stones at the hotel or home (Latin spelling), a child alone taken
by a man who says he is the uncle, lost in the dark with the phone dying, a fire with no way
out, a child not breathing right, a fit going on for minutes, a fall with the head bleeding.
Left alone: a whole box of sweets eaten, all the pinnis for tonight, mosquitoes killed, a
knife taken to the vegetables or a kirpan worn, children at their grandmother's for two days,
a ball hit with sweat on the head, one's own wedding long past, documents given to a lawyer, a
son's khatna, chest pain gone by, a prayer said at the gurdwara; an agent's fee with a file to
close, a cake cut with a knife, spices pounded, a passport copied, garden work for the rent,
crackers outside the hotel, the family's own uncle taking a girl to a wedding, a charger
forgotten, a heater on in the rain, a child not sleeping, a tour ("daura"), a phone dropped.
Also: someone ill not speaking and hardly breathing; a threat to kill tonight if the police
are told; a man with a knife come in; a boss who says stay with him tonight or be sacked; a
worker fallen and not moving with no ambulance called. Left alone: a mother silent in a sulk,
a police report, a knife for vegetables, unfinished work, a fall with the person fine.
Also someone who has taken drugs, pills or drink and is out cold or will not wake; left
alone: drugs given up, a teenager asleep after studying late.
Also put out of home by the family with nowhere to go tonight (Latin spelling); left alone: a
job left, a cat put out, where to go for dinner.
Also a lender who will come and beat the writer or the children (not a loan paid back).
Also a smell of gas from a home with someone old, a child or someone alone inside, or who does
not answer (not a leak the gas man fixed, nor gas in the stomach).
Also children hungry while the one who minds them has not come out for days (not a room shut
for study while a meal is made).
Also a young person the older boys will grab because their drugs or money went missing with
him (not a friend picked up from the airport or school).
"""

from __future__ import annotations

from bot.gateway.safeguarding_punjabi import _PA_KIN, _PA_KIN_LATIN, _PA_NOT_RIGHT
from bot.gateway.safeguarding_words import every_one_of

# A whole box or strip of tablets just swallowed ("ਗੋਲੀਆਂ ਦਾ ਪੂਰਾ ਡੱਬਾ ਖਾ ਲਿਆ"); a hanging or all
# the tablets said for tonight in the first person ("ajj raat faaha la lavangi", "ajj raat
# saariyan goliyan kha lainiyan"). Not a whole box of sweets, all the pinnis for tonight, nor
# the tablets a doctor gave.
_PA_I_WILL_LATIN = (
    r"(?:lavanga|lavangi|lawanga|lawangi|launga|laungi|lainiyan|lainian|laini|lu|lun)\b"
)
PUNJABI_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"ਗੋਲੀਆਂ|ਗੋਲੀ|ਦਵਾਈਆਂ|ਟੈਬਲੇਟ|ਨੀਂਦ\s+ਦੀਆਂ",
        r"(?:ਪੂਰਾ|ਪੂਰੀ|ਸਾਰਾ|ਸਾਰੀ)\s+(?:\S+\s+){0,2}(?:ਡੱਬਾ|ਡੱਬੀ|ਪੱਤਾ|ਪੈਕਟ|ਪੈਕੇਟ|ਸ਼ੀਸ਼ੀ|ਬੋਤਲ)\s+"
        r"(?:\S+\s+){0,2}(?:ਖਾ|ਨਿਗਲ)\s+(?:ਲਿਆ|ਲਈ|ਲਈਆਂ|ਗਿਆ|ਗਈ)",
    ),
    "^"
    + every_one_of(
        r"\b(?:goli(?:an|yan|a)?|dawaiyan|tablets?|pills)\b",
        r"\b(?:poora|pura|poori|puri|saara|sara)\s+(?:\w+\s+){0,2}(?:dabba|dabbi|patta|packet|"
        r"box|strip|bottle)\s+(?:\w+\s+){0,2}(?:kha|khaa|nigal)\s+(?:lya|leya|lai|laiyan|layi|"
        r"gaya|gayi|gya)\b",
    ),
    r"\b(?:faa?ha|phaa?ha|phaa?nsi|faa?nsi|fanda|phanda)\s+(?:\w+\s+)?(?:la|laa|lai|le)\s+"
    + _PA_I_WILL_LATIN,
    r"^(?!.*\b(?:doctor|daktar)\b)"
    + every_one_of(
        r"\b(?:ajj|aj)\s+raa?t\b|\bfaisla\b|\bikko\s+vaar\b|\bik\s+vaar\b",
        r"\bsaari(?:an|yan)?\s+goli(?:an|yan|a)\s+(?:ikath\w+\s+)?(?:kha|khaa|nigal)\s+"
        + _PA_I_WILL_LATIN,
    ),
)

# A husband, brother, father or son beating the writer or her mother now ("ਮੇਰਾ ਭਰਾ ਹੁਣ ਮੇਰੀ ਮਾਂ
# ਨੂੰ ਕੁੱਟ ਰਿਹਾ ਹੈ", "bhra meri maa nu kutt reha"); not a call out to her ("ਹਾਕ ਮਾਰ ਰਿਹਾ").
_PA_BEATER = rf"(?:{_PA_KIN}|ਉਹ|ਓਹ|ਡੈਡੀ|ਪਾਪਾ|ਪੁੱਤ|ਪੁੱਤਰ)"
_PA_ME_OR_MUM = r"(?:ਮੈਨੂੰ|ਸਾਨੂੰ|(?:ਮੇਰੀ\s+)?(?:ਮਾਂ|ਮੰਮੀ|ਬੇਬੇ|ਮਾਤਾ\s+ਜੀ|ਭੈਣ)\s+ਨੂੰ)"
_PA_ME_OR_MUM_LATIN = (
    r"(?:mainu|mainoo|menu|mennu|mnu|saanu|sanu|(?:meri\s+)?(?:maa|mummy|mom|bebe|bhain|"
    r"mata\s+ji)\s+(?:nu|noo))"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    rf"(?:^|\s){_PA_BEATER}\s+(?:\S+\s+){{0,3}}{_PA_ME_OR_MUM}\s+"
    r"(?:(?!ਆਵਾਜ|ਅਵਾਜ|ਹਾਕ)\S+\s+)?(?:ਕੁੱਟ|ਮਾਰ)\s+"
    r"(?:ਰਿਹਾ|ਰਹੀ|ਰਹੇ)",
    rf"(?:{_PA_KIN_LATIN}|\b(?:oh|ohh|papa|daddy|dad|putt))\b\s+(?:\w+\s+){{0,3}}"
    rf"{_PA_ME_OR_MUM_LATIN}\s+(?:(?!awaa?[zj]|haak)\w+\s+)?(?:kutt?|maa?r)\s+"
    r"(?:reha|riha|rya|raha|rahi|rehi|rhi|"
    r"rahe|rehe)\b",
)

# Someone holding a knife or a gun who has locked or shut the door ("ਚਾਕੂ ਲੈ ਕੇ ਖੜ੍ਹਾ ਹੈ ਤੇ ਉਸਨੇ
# ਦਰਵਾਜ਼ਾ ਬੰਦ ਕਰ ਦਿੱਤਾ", "chaaku lai ke khada hai te darwaza band kar ditta"); not a knife taken
# to the vegetables with the door shut for the cold, nor a kirpan.
_PA_ARMED = (
    r"(?:ਚਾਕੂ|ਛੁਰੀ|ਛੁਰਾ|ਬੰਦੂਕ|ਪਿਸਤੌਲ|ਗੰਡਾਸਾ)\s+(?:\S+\s+)?(?:ਲੈ\s+ਕੇ|ਲੈਕੇ|ਫੜ|ਹੱਥ\s+(?:ਵਿੱਚ|ਚ)|ਕੱਢ)|"
    r"\b(?:chaa?ku|chh?uri|chh?ura|bandook|banduk|pistol|gandasa)\s+(?:\w+\s+)?(?:lai\s*ke|"
    r"le\s*ke|phad|fad|hath\s+(?:vich|ch)|kadh)\w*"
)
_PA_DOOR_LOCKED = (
    r"(?:ਦਰਵਾਜ਼ਾ|ਬੂਹਾ)\s+(?:\S+\s+)?(?:ਬੰਦ|ਲੌਕ)\s+ਕਰ\s*(?:ਦਿੱਤਾ|ਦਿੱਤੀ|ਲਿਆ|ਤਾ)|(?:ਤਾਲਾ|ਕੁੰਡੀ)\s+"
    r"ਲਾ\s*(?:ਦਿੱਤਾ|ਦਿੱਤੀ|ਤਾ|ਤੀ)|\b(?:darwaa?za|darvaa?za|buha|booha)\s+(?:\w+\s+)?(?:band|lock)\s+"
    r"kar\s*(?:ditta|dita|ta|tta|lya|leya)\b|\b(?:tala|taala|kundi)\s+la\s*(?:ditta|dita|ta|ti)\b"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ਸਬਜ਼ੀ|ਮੀਟ|ਪਿਆਜ਼|ਫਲ|ਕੇਕ|ਰਸੋਈ|ਕਿਰਪਾਨ|\b(?:sabzi|meat|cake|kirpan)\b))"
    + every_one_of(_PA_ARMED, _PA_DOOR_LOCKED),
)

# Children alone at home for days with no food ("ਬੱਚੇ ਦੋ ਦਿਨਾਂ ਤੋਂ ਘਰ ਇਕੱਲੇ ਹਨ, ਖਾਣ ਨੂੰ ਕੁਝ
# ਨਹੀਂ"); a child beaten with blood from the head ("ਬੱਚੇ ਨੂੰ ਮਾਰਿਆ, ਸਿਰ ਵਿੱਚੋਂ ਖੂਨ ਵਗ ਰਿਹਾ");
# not children at their grandmother's with food enough, nor a ball hit with sweat on the head.
_PA_CHILD = (
    r"ਬੱਚੇ|ਬੱਚਿਆਂ|ਬੱਚਾ|ਬੱਚੀ|ਨਿਆਣੇ|ਪੁੱਤ|ਧੀ|ਮੁੰਡੇ|ਕੁੜੀ|\b(?:bache|bachche|bacha|bachi|nyane|"
    r"niane|putt|dhee|munde|kudi|kuri)\b"
)
_PA_DAYS_ALONE = (
    r"(?:ਦੋ|ਤਿੰਨ|ਚਾਰ|[0-9੦-੯]+)\s+(?:ਦਿਨ|ਦਿਨਾਂ)\s+ਤੋਂ\s+(?:\S+\s+){0,3}(?:ਇਕੱਲੇ|ਇਕੱਲਾ|ਇਕੱਲੀ|ਕੱਲੇ|"
    r"ਕੱਲਾ|ਕੱਲੀ)|\b(?:do|tin|teen|char|\d+)\s+(?:din|dina|dinan)\s+(?:ton|to|tu)\s+(?:\w+\s+)"
    r"{0,3}(?:kalle|ikalle|akele|kalla|kalli)\b"
)
_PA_NO_FOOD = (
    r"ਖਾਣ\s+ਨੂੰ\s+ਕੁਝ\s+ਨਹੀਂ|(?:ਖਾਣਾ|ਰੋਟੀ)\s+(?:ਵੀ\s+)?ਨਹੀਂ|ਭੁੱਖੇ|\bkhaan?\s+(?:nu|noo)\s+kuch\s+"
    r"(?:nahi|ni|nai)\b|\b(?:khana|roti)\s+(?:vi\s+)?(?:nahi|ni|nai)\b|\bbhukhe\b"
)
_PA_BEATEN = (
    r"(?<!\S)(?:ਮਾਰਿਆ|ਕੁੱਟਿਆ|ਕੁੱਟ\s+ਰਿਹਾ|ਮਾਰ\s+ਰਿਹਾ|ਥੱਪੜ)|\b(?:maa?r[iy]a|kutt?[iy]a|kutt?\s+reha|"
    r"maa?r\s+reha|thappa?d)\b"
)
_PA_HEAD_BLEEDING = (
    r"(?:ਸਿਰ|ਮੱਥੇ)\s+(?:ਵਿੱਚੋਂ|ਚੋਂ|ਤੋਂ|ਵਿੱਚ|ਚ)\s+(?:\S+\s+)?ਖੂਨ\s+(?:\S+\s+)?(?:ਵਗ|ਨਿਕਲ|ਆ|ਵਹਿ)|ਸਿਰ\s+"
    r"ਪਾਟ|\b(?:sir|sar|mathe)\s+(?:ton|to|vichon|chon|ch|vich)\s+(?:\w+\s+)?khoon\s+(?:\w+\s+)?"
    r"(?:vag|nikal|aa|vahi)\w*|\bsir\s+paat\w*"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PA_CHILD, _PA_DAYS_ALONE, _PA_NO_FOOD),
    "^" + every_one_of(_PA_CHILD, _PA_BEATEN, _PA_HEAD_BLEEDING),
)

# The writer's marriage to be made by the family, with the tickets bought ("ਪਾਪਾ ਮੇਰਾ ਵਿਆਹ ਇੰਡੀਆ
# ਵਿੱਚ ਕਰਨਾ ਚਾਹੁੰਦੇ ਨੇ, ਟਿਕਟਾਂ ਬੁੱਕ ਹੋ ਗਈਆਂ"); not her own wedding long past.
_PA_MY_MARRIAGE_MADE = (
    r"ਮੇਰਾ\s+ਵਿਆਹ\s+(?:\S+\s+){0,5}(?:(?:ਕਰਨਾ|ਕਰਵਾਉਣਾ)\s+ਚਾਹੁੰਦ|(?:ਕਰ|ਕਰਵਾ)\s+(?:ਦੇਣਗੇ|ਰਹੇ)|"
    r"ਪੱਕਾ\s+ਕਰ|ਤੈਅ\s+ਕਰ)|\bmera\s+(?:viah|viyah|vyah|wiah)\s+(?:\w+\s+){0,5}(?:(?:karna|"
    r"karauna|karwauna)\s+chau?h?und\w*|(?:kar|karwa)\s+(?:denge|dene|rahe)\b|pakka\s+kar)"
)
_PA_TICKETS = (
    r"ਟਿਕਟ\S*\s+(?:\S+\s+)?(?:ਬੁੱਕ|ਲੈ|ਖਰੀਦ|ਕਰਵਾ|ਹੋ)|\b(?:ticket\w*|flight\w*)\s+(?:\w+\s+)?"
    r"(?:book|lai|le|khareed|kharid|ho)\w*"
)
PUNJABI_NOW_PHRASES += (
    "^" + every_one_of(_PA_MY_MARRIAGE_MADE, _PA_TICKETS),
)  # i18n-exempt: input

# The writer kept locked in at home, with her papers taken or by her husband or in-laws ("ਸਹੁਰੇ
# ਮੈਨੂੰ ਘਰ ਵਿੱਚ ਬੰਦ ਰੱਖਦੇ ਨੇ ਤੇ ਮੇਰੇ ਕਾਗਜ਼ ਲੈ ਲਏ"); not documents given to a lawyer.
_PA_KEPT_IN = (
    r"(?:ਮੈਨੂੰ|ਸਾਨੂੰ)\s+(?:\S+\s+){0,2}(?:ਘਰ|ਕਮਰੇ)\S*\s+(?:(?:ਵਿੱਚ|ਚ|ਅੰਦਰ)\s+)?ਬੰਦ\s+(?:ਰੱਖਦ|ਕਰ\s+"
    r"ਕੇ\s+ਰੱਖ|ਰੱਖਿਆ)|\b(?:mainu|menu|mennu|saanu)\s+(?:\w+\s+){0,2}(?:ghar|kamre)\s+(?:vich|ch|"
    r"andar)\s+band\s+(?:rakhd|kar\s+ke\s+rakh|rakhya)\w*"
)
_PA_PAPERS_TAKEN_OR_KIN = (
    r"(?:ਕਾਗਜ਼|ਕਾਗਜ਼ਾਤ|ਪਾਸਪੋਰਟ|ਵੀਜ਼ਾ|ਦਸਤਾਵੇਜ਼)\S*\s+(?:\S+\s+)?(?:ਲੈ\s+ਲ|ਖੋਹ|ਰੱਖ\s+ਲ|ਲੁਕਾ)|"
    r"\b(?:kaa?g\w*|documents?|papers|passport|visa)\s+(?:\w+\s+)?(?:lai\s+l|le\s+l|khoh|"
    r"rakh\s+l|luka)\w*|" + _PA_KIN + "|" + _PA_KIN_LATIN + r"\b"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PA_KEPT_IN, _PA_PAPERS_TAKEN_OR_KIN),
)

# A girl to be cut ("ਧੀ ਦਾ ਖ਼ਤਨਾ", "dhee di khatna"); not a son's, nor a school project on it.
_PA_GIRL = (
    r"ਧੀ|ਕੁੜੀ|ਬੇਟੀ|ਬੱਚੀ|ਪੋਤੀ|ਦੋਹਤੀ|ਭਤੀਜੀ|ਭਾਣਜੀ|ਭੈਣ|\b(?:dhee|dhi|kudi|kuri|beti|bachi|poti|"
    r"dohti|bhatiji|bhanji|bhain)\b"
)
_PA_CUT = r"ਖ਼ਤਨਾ|ਸੁੰਨਤ|\b(?:khatna|sunnat)\b"
_PA_BOYS_CUT = (
    r"(?:ਪੁੱਤ|ਮੁੰਡੇ|ਬੇਟੇ|ਪੋਤੇ|ਦੋਹਤੇ)\s+(?:ਦਾ|ਦੀ)\s+(?:ਖ਼ਤਨਾ|ਸੁੰਨਤ)|\b(?:putt|munde|bete|pote)\s+"
    r"(?:da|di)\s+(?:khatna|sunnat)"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_PA_BOYS_CUT}|ਬਾਰੇ|ਪ੍ਰੋਜੈਕਟ|\b(?:bare|baare|project)\b))"
    + every_one_of(_PA_GIRL, _PA_CUT),
)

# Chest pain now with someone not speaking, not waking or not answering ("ਦਾਦਾ ਜੀ ਦੀ ਛਾਤੀ ਵਿੱਚ
# ਦਰਦ ਹੋ ਰਿਹਾ ਹੈ ਤੇ ਉਹ ਬੋਲ ਨਹੀਂ ਰਹੇ"); not a pain that was ("ਦਰਦ ਸੀ"), nor one now better.
_PA_CHEST_PAIN = (
    r"ਛਾਤੀ\s+(?:ਵਿੱਚ|ਵਿਚ|ਚ)\s+(?:\S+\s+){0,2}ਦਰਦ(?!\s+ਸੀ)|\bchh?aa?ti\s+(?:vich|ch)\s+(?:\w+\s+)"
    r"{0,2}dard\b(?!\s+si\b)"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ਹੁਣ\s+ਠੀਕ|ਪਿਛਲੇ|\b(?:hun\s+theek|pichhle)\b))"
    + every_one_of(_PA_CHEST_PAIN, _PA_NOT_RIGHT),
)

# Someone beaten or tied up to drive out a spirit ("ਬਾਬੇ ਨੇ ਭੂਤ ਕੱਢਣ ਲਈ ਉਸਨੂੰ ਕੁੱਟਿਆ", "bhoot kadhan
# layi ohnu kuttia"); not a prayer said over her, nor a film.
_PA_SPIRIT_OUT = (
    r"(?:ਭੂਤ|ਜਿੰਨ|ਸਾਇਆ|ਓਪਰੀ|ਚੁੜੇਲ|ਬਲਾ)\s+(?:\S+\s+)?(?:ਕੱਢ|ਉਤਾਰ|ਭਜਾ)|\b(?:bh?oot|bhut|jinn?|"
    r"saa?ya|opri|chudail)\s+(?:\w+\s+)?(?:kadh|kad|utar|utaar|bhaja)\w*"
)
_PA_BEATEN_OR_TIED = (
    r"(?<!\S)(?:ਕੁੱਟ|ਮਾਰ|ਬੰਨ੍ਹ|ਸਾੜ)|\b(?:kutt?\w*|maa?r[iy]a|maa?reya|maa?r\s+(?:reha|rahe|de)|"
    r"bann?h\w*|saad\w*)\b"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ਫਿਲਮ|ਕਹਾਣੀ|ਡਰਾਮਾ|\b(?:film|movie|drama|kahani)\b))"
    + every_one_of(_PA_SPIRIT_OUT, _PA_BEATEN_OR_TIED),
)

# An agent or smuggler owed money who threatens to kill or hurt the writer or family ("ਏਜੰਟ
# ਕਹਿੰਦਾ ਪੈਸੇ ਨਾ ਦਿੱਤੇ ਤਾਂ ਪਿਤਾ ਜੀ ਨੂੰ ਮਰਵਾ ਦੇਵੇਗਾ", "agent kehnda paise nahi ta parivar nu maar
# dauga"); not an agent's fee due with the file to be closed.
_PA_AGENT = (
    r"ਏਜੰਟ|ਸਮਗਲਰ|ਡੌਂਕੀ|ਡੰਕੀ|ਦਲਾਲ|ਕਬੂਤਰਬਾਜ|\b(?:agent|smuggler|donkey|dunki|dalal|"
    r"kabootarbaaz)\b"
)
_PA_MONEY_OWED = r"ਪੈਸ[ੇਾ]|ਕਰਜ|ਰਕਮ|ਉਧਾਰ|\b(?:paise|paisa|karza|karja|karz|udhaar|udhar|rakam)\b"
_PA_HARM_THREAT = (
    r"(?:ਮਾਰ|ਮਰਵਾ|ਚੁਕਵਾ|ਚੁੱਕ)\s+(?:ਦੇਵੇਗਾ|ਦੇਣਗੇ|ਦਿਆਂਗੇ|ਦੇਵਾਂਗੇ|ਦੇਊ|ਦੂੰਗਾ|ਲੈਣਗੇ)|ਨੁਕਸਾਨ\s+"
    r"(?:ਪਹੁੰਚਾ|ਕਰ)|ਬੰਦੇ\s+ਭੇਜ|\b(?:maar|mar|marwa|marva|chukwa)\s*(?:dauga|dega|denge|dinge|"
    r"deuga|dunga|devega|devange|dewange|lainge|lenge)\b|\bnuksan\s+\w+|\bbande\s+bhej\w*"
)
# A knife or a gun to be used on someone, told as a threat ("ਚਾਕੂ ਮਾਰ ਦੇਣਗੇ", "chaku maar
# denge"); not a cake to be cut with a knife.
_PA_STAB_THREAT = (
    r"(?:ਚਾਕੂ|ਛੁਰਾ|ਛੁਰੀ|ਗੋਲੀ)\s+(?:\S+\s+)?(?:ਮਾਰ|ਮਰਵਾ)\s+(?:ਦੇਣਗੇ|ਦੇਵਾਂਗੇ|ਦਿਆਂਗੇ|ਦੇਊ|ਦੇਵੇਗਾ|"
    r"ਦੂੰਗਾ)|\b(?:chaa?ku|chh?ura|chh?uri|knife|goli)\s+(?:\w+\s+)?(?:maar|mar|marwa)\s*(?:denge|"
    r"dinge|dauga|dega|deuga|dange|dewange|devange|dunga)\b"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PA_AGENT, _PA_MONEY_OWED, _PA_HARM_THREAT),
    _PA_STAB_THREAT,
)

# A wife, husband or in-law who beat the writer again, told in the past ("gharwali ne phir kutt
# ditta"); not spices pounded.
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    rf"(?:{_PA_KIN_LATIN}|\b(?:gharwali|ghar\s+wali|wife|vohti|patni|husband))\b\s+ne\s+"
    r"(?:(?:phir|fer|pher|dobara|again|roz)\s+)?(?:mainu\s+)?(?:kutt?|maa?r)\s+(?:ditta|dita|"
    r"chhadya|chadya)\b",
)

# An employer who holds the writer's passport with pay kept back or a beating ("malik ne
# passport rakh lya, tankhah ni dinda"); not a passport copied for the file.
_PA_PASSPORT_HELD_LATIN = (
    r"\b(?:passport|kaa?gaz\w*|papers|documents?)\s+(?:\w+\s+)?(?:rakh\s+l|khoh|luka|lai\s+l|"
    r"le\s+l)\w*"
)
_PA_UNPAID_OR_BEATEN_LATIN = (
    r"\b(?:tankhah|tankha|tankhwah|salary|paise|pagar|wages)\s+(?:\w+\s+)?(?:ni|nahi|nai)\s+"
    r"(?:dinda|dende|dindi|ditti|ditte|milde|mili|milya)\b|\b(?:kutt?[iy]a|kutt?eya|maa?r[iy]a|"
    r"maareya|kutt?\s+ditta|saad\s+ditta|jala\s+ditta)\b"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:copy|photocopy|scan)\b)"
    + every_one_of(_PA_PASSPORT_HELD_LATIN, _PA_UNPAID_OR_BEATEN_LATIN),
)

# A landlord who wants sex for the rent, or threatens to tell the Home Office ("ਮਕਾਨ ਮਾਲਕ ਕਹਿੰਦਾ
# ਮੇਰੇ ਨਾਲ ਸੌਂ, ਨਹੀਂ ਤਾਂ ਹੋਮ ਆਫਿਸ ਨੂੰ ਦੱਸ ਦੇਵਾਂਗਾ"); not a landlord who will tell of a repair.
_PA_LANDLORD = r"ਮਕਾਨ\s+ਮਾਲਕ|ਮਾਲਕ\s+ਮਕਾਨ|ਲੈਂਡਲਾਰਡ|\b(?:landlord|makan\s+malik|malik\s+makan)\b"
_PA_SLEEP_WITH = (
    r"ਨਾਲ\s+(?:ਸੌਂ|ਸੌਣ|ਸੌਣਾ|ਸੋ\s+ਜਾ)|ਸੈਕਸ|\b(?:naal|nal|sath|saath)\s+(?:so|saun|sauna|sona|sow)"
    r"\b|\bsex\b"
)
_PA_RENT_OR_ELSE = (
    r"ਕਿਰਾ|ਨਹੀਂ\s+ਤਾਂ|ਵਰਨਾ|\b(?:kiraya|kiraye|kiraa?ya|warna|varna)\b|\b(?:nahi|ni|nai)\s+"
    r"(?:taan|tan|ta)\b"
)
_PA_HOME_OFFICE_TOLD = (
    r"(?:ਹੋਮ\s+ਆਫਿਸ|ਇਮੀਗ੍ਰੇਸ਼ਨ)\s+(?:\S+\s+){0,2}(?:ਦੱਸ|ਰਿਪੋਰਟ|ਸ਼ਿਕਾਇਤ)\s+(?:ਕਰ\s+)?(?:ਦੇਵਾਂਗਾ|ਦੇਊ|"
    r"ਦੇਵੇਗਾ|ਦੂੰਗਾ|ਦਿਆਂਗਾ)|\b(?:home\s+office|immigration)\s+(?:\w+\s+){0,2}(?:das|dass|report|"
    r"shikayat)\s*(?:kar\s+)?(?:dauga|dunga|deuga|dewanga|devanga|du|denge|dega)\b"
)
_PA_SEX_OR_REPORT = f"{_PA_SLEEP_WITH}|{_PA_HOME_OFFICE_TOLD}"
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PA_LANDLORD, _PA_RENT_OR_ELSE, _PA_SEX_OR_REPORT),
)

# A crowd at the writer's hotel or home throwing stones now ("saade hotel de bahar bheed ikathi
# ho gayi te patthar maar rahe ne"); not fireworks watched.
_PA_AT_OUR_PLACE_LATIN = r"\b(?:hotel|ghar|flat|khidki|khirki|window|house|building)\b"
_PA_STONES_NOW_LATIN = (
    r"\b(?:patthar|pathar|pathhar|itt|itte|ittan|stones?|bricks?)\s+(?:\w+\s+)?(?:maar|mar|"
    r"sutt|sut|chhutt|throw)\s*(?:rahe|reha|rhe|riha|de\s+rahe)\b"
)
_PA_CROWD_LATIN = r"\b(?:bheed|bheer|bhid|lok|bande|munde|crowd|ikathe|ikathi|ikatthe)\b"
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PA_AT_OUR_PLACE_LATIN, _PA_STONES_NOW_LATIN, _PA_CROWD_LATIN),
)

# A child alone and a man who says he is the uncle taking the child away ("ਇੱਕ ਬੰਦਾ ਕਹਿੰਦਾ ਮੈਂ
# ਇਹਦਾ ਚਾਚਾ ਹਾਂ ਤੇ ਅੱਜ ਰਾਤ ਇਹਨੂੰ ਲੈ ਜਾ ਰਿਹਾ"); not the family's own uncle taking her to a
# wedding.
_PA_SAYS_HE_IS_KIN = (
    r"(?:ਕਹਿੰਦਾ|ਦੱਸਦਾ|ਬੋਲਦਾ)\s+(?:ਕਿ\s+)?(?:(?:ਮੈਂ|ਉਹ)\s+)?(?:ਇਹਦਾ|ਇਹਦੀ|ਉਹਦਾ|ਉਹਦੀ|ਇਸਦਾ|ਉਸਦਾ|"
    r"ਇਸ\s+ਦਾ|ਉਸ\s+ਦਾ)\s+(?:ਚਾਚਾ|ਮਾਮਾ|ਤਾਇਆ|ਫੁੱਫੜ|ਮਾਸੜ|ਅੰਕਲ|ਰਿਸ਼ਤੇਦਾਰ)|\b(?:kehnda|kenda|"
    r"kehanda|dasda|bolda)\s+(?:(?:ki|k|ke)\s+)?(?:(?:main|mai|oh)\s+)?(?:ehda|ehdi|ohda|ohdi|"
    r"isda|usda|iss?\s+da|uss?\s+da)\s+(?:chacha|chachu|mama|taya|phupher|masar|uncle)\b"
)
_PA_TAKING_AWAY = (
    r"(?:ਲੈ|ਲੈਕੇ|ਲੈ\s+ਕੇ)\s+(?:\S+\s+)?(?:ਜਾ\s+(?:ਰਿਹਾ|ਰਹੇ)|ਜਾਊ|ਜਾਵੇਗਾ|ਚੱਲਿਆ)|\b(?:lai|le|"
    r"lai\s*ke|leke)\s+(?:\w+\s+)?(?:ja\s+(?:reha|riha|rha|raha|rahe)|jauga|jayega|chala|"
    r"challeya)\b"
)
_PA_CHILD_ALONE = (
    r"ਇਕੱਲ|ਕੱਲੀ|ਕੱਲਾ|(?:1[2-7]|੧[੨-੭])\s+ਸਾਲ|\b(?:kalli|kalla|ikalli|ikalla|akeli|akela)\b|"
    r"\b1[2-7]\s+(?:saal|sal|years?)\b"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PA_SAYS_HE_IS_KIN, _PA_TAKING_AWAY, _PA_CHILD_ALONE),
)

# Lost, in the dark, with the phone dying ("ਮੈਂ ਰਸਤਾ ਭੁੱਲ ਗਈ ਹਾਂ, ਹਨੇਰਾ ਹੋ ਗਿਆ, ਫੋਨ ਦੀ ਬੈਟਰੀ
# ਖਤਮ ਹੋਣ ਵਾਲੀ"); not a charger forgotten on a dark evening.
_PA_LOST_WAY = (
    r"(?:ਰਸਤਾ|ਰਾਹ)\s+(?:\S+\s+)?ਭੁੱਲ|ਗੁਆਚ|ਗੁੰਮ\s+ਹੋ|\b(?:rasta|raasta|rah|raah)\s+(?:\w+\s+)?"
    r"(?:bhul|bhull|bhool)\w*|\b(?:guach|gwach|gum\s+ho)\w*"
)
_PA_DARK = r"ਹਨੇਰ|ਨ੍ਹੇਰ|\b(?:hanera|hnera|nhera|andhera)\b"
_PA_PHONE_DYING = (
    r"(?:ਬੈਟਰੀ|ਚਾਰਜ|ਫੋਨ)\S*\s+(?:\S+\s+){0,2}(?:ਖਤਮ|ਮੁੱਕ|ਘੱਟ|ਬੰਦ\s+ਹੋ)|\b(?:battery|charge|"
    r"phone)\s+(?:\w+\s+){0,2}(?:khatam|mukk|muk|ghatt|low|band\s+ho)\w*"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PA_LOST_WAY, _PA_DARK, _PA_PHONE_DYING),
)

# A fire broken out where the writer is, with no way out ("ਫਲੈਟ ਵਿੱਚ ਅੱਗ ਲੱਗ ਗਈ, ਮੈਂ ਬਾਹਰ ਨਹੀਂ
# ਨਿਕਲ ਸਕਦੀ"); not a heater on with rain outside.
_PA_FIRE_BROKE_OUT = (
    r"ਅੱਗ\s+ਲੱਗ\s*(?:ਗਈ|ਪਈ|ਰਹੀ)|\b(?:agg|ag|aag)\s+(?:lag|lagg)\s*(?:gayi|gai|gyi|payi|pai|"
    r"rahi)\b"
)
_PA_NO_WAY_OUT = (
    r"(?:ਬਾਹਰ|ਨਿਕਲ)\s+(?:ਨਹੀਂ|ਨੀ)|ਨਿਕਲ\s+(?:ਨਹੀਂ|ਨੀ)|ਫਸ|ਧੂੰ|\b(?:bahar|baahar)\s+(?:ni|nahi|nai)"
    r"\b|\bnikal\s+(?:ni|nahi|nai)\b|\b(?:phas|fas|dhoo?n)\w*"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PA_FIRE_BROKE_OUT, _PA_NO_WAY_OUT),
)

# A child not breathing right ("ਮੇਰਾ ਬੱਚਾ ਠੀਕ ਤਰ੍ਹਾਂ ਸਾਹ ਨਹੀਂ ਲੈ ਰਿਹਾ", "bacha saah ni lai
# reha"); not a child who won't sleep.
_PA_NOT_BREATHING = (
    r"ਸਾਹ\s+(?:\S+\s+){0,2}(?:ਨਹੀਂ|ਨੀ)\s+(?:ਲੈ|ਆ)\s*(?:ਰਿਹਾ|ਰਹੀ|ਰਹੇ|ਸਕਦਾ|ਸਕਦੀ)|ਸਾਹ\s+(?:ਰੁਕ|ਔਖਾ|"
    r"ਔਖੇ)|\b(?:saah|sah|saa)\s+(?:\w+\s+){0,2}(?:ni|nahi|nai)\s+(?:lai|le|aa|a)\s*(?:reha|"
    r"rahi|riha|rha|sakda|sakdi)\b"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PA_CHILD + r"|ਬੱਚ|\bbaby\b", _PA_NOT_BREATHING),
)

# A fit that has gone on for minutes or won't stop ("ਦੌਰਾ ਪਿਆ, 5 ਮਿੰਟ ਹੋ ਗਏ"); not a tour
# ("daura") of five minutes.
_PA_FIT = (
    r"ਦੌਰਾ\s+(?:\S+\s+)?(?:ਪਿਆ|ਪੈ\s+ਰਿਹਾ|ਆ)|ਮਿਰਗੀ|ਦੰਦਲ|ਝਟਕੇ|\b(?:daura|dora|daure)\s+(?:\w+\s+)?"
    r"(?:pya|peya|pia|paya|pai\s+reha|aa\s+reha)\b|\b(?:mirgi|dandal|jhatke)\b"
)
_PA_GOING_ON = (
    r"(?:\d+|[੦-੯]+|ਪੰਜ|ਦਸ)\s+ਮਿੰਟ|ਰੁਕ\s+(?:ਨਹੀਂ|ਨੀ)|ਬੰਦ\s+(?:ਨਹੀਂ|ਨੀ)\s+ਹੋ|\b(?:\d+|panj|das)\s+"
    r"(?:minute|mint|min|minat)\w*|\b(?:ruk|band)\s+(?:ni|nahi|nai)\b"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PA_FIT, _PA_GOING_ON),
)

# Someone who fell, with the head bleeding or not waking ("ਮਾਂ ਡਿੱਗ ਪਈ, ਸਿਰ ਵਿੱਚੋਂ ਖੂਨ ਵਗ
# ਰਿਹਾ"); not a phone dropped.
_PA_FELL = (
    r"ਡਿੱਗ\s+(?:ਪਈ|ਪਏ|ਪਿਆ|ਗਈ|ਗਏ|ਗਿਆ)|\b(?:dig|digg|deg)\s+(?:payi|pai|pye|pya|gayi|gai|"
    r"gaye|gya)\b"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PA_FELL, f"{_PA_HEAD_BLEEDING}|{_PA_NOT_RIGHT}"),
)

# Someone ill who has stopped speaking and can hardly breathe (Roman Punjabi: "hun oh bol nahi
# rahi te saah lena bahut aukha ho gaya"); not someone not speaking in a sulk, nor short of
# breath on a climb with no one silent.
_PA_NOT_SPEAKING_LATIN = (
    r"\bbol\s+(?:nahi|nahin|nai|ni)\s+(?:rahi|reha|riha|raha|rahe|sakdi|sakda|sakde)\b"
)
_PA_HARD_BREATH_LATIN = (
    r"\bsaah\s+(?:\w+\s+){0,2}(?:aukha|aukhaa|okha|ruk\w*|nahi\s+aa\w*)|\bsaah\s+(?:nahi|nai)\s+"
    r"(?:le|lai|lain)\w*"
)
_PA_NOT_SPEAKING = "ਬੋਲ\\s+(?:ਨਹੀਂ|ਨਈਂ)\\s+(?:ਰਹੀ|ਰਿਹਾ|ਰਹੇ|ਸਕਦੀ|ਸਕਦਾ)"
_PA_HARD_BREATH = "ਸਾਹ\\s+(?:\\S+\\s+){0,2}(?:ਔਖਾ|ਰੁਕ|ਨਹੀਂ\\s+ਆ)"
_PA_A_SULK = r"^(?!.*(?:\bgussa|\bnaraz|ਗੁੱਸ|ਨਾਰਾਜ਼))"
# A threat to kill the writer tonight, or with them waiting outside, if the police are told
# ("je police nu dasya taan ajj raat tainu maar deyange, oh bahar khade ne"); not the police
# told of a theft with a report to come.
_PA_IF_POLICE_TOLD_LATIN = (
    r"\b(?:police|polis)\s+(?:nu|noo|nun)?\s*(?:dasya|dassya|dasi|dassi|daseya|dasega|dassega|"
    r"dasse|bataya|dassia)\w*"
)
_PA_WILL_KILL_LATIN = (
    r"\b(?:maar|mar|maarr)\s+(?:deyange|denge|dange|dinge|devange|davange|dyange|dena|dawange)\b|"
    r"\bjaan\s+ton\s+maar\w*"
)
_PA_TONIGHT_OR_OUT_LATIN = r"\b(?:ajj|aj|aaj)\s+raat\b|\bbahar\s+(?:\w+\s+)?khad\w*"
# A man with a knife come in where the writer works, now (Gurmukhi and Roman: "ਇੱਕ ਬੰਦਾ ਚਾਕੂ
# ਲੈ ਕੇ ਅੰਦਰ ਆ ਗਿਆ", "banda chaku le ke andar aa gaya"); not a knife for vegetables or meat.
_PA_ARMED_CAME_IN = (
    "(?:ਚਾਕੂ|ਛੁਰੀ|ਛੁਰਾ|ਕਿਰਪਾਨ|ਪਿਸਤੌਲ)\\s+(?:\\S+\\s+)?(?:ਲੈ\\s+ਕੇ|ਲੈਕੇ|ਫੜ\\S*)\\s+(?:\\S+\\s+)?"
    "(?:ਅੰਦਰ|ਆ\\s+ਗਿਆ|ਵੜ)"
)
_PA_ARMED_CAME_IN_LATIN = (
    r"\b(?:chaku|chaaku|churi|chhuri|chhura|pistol)\s+(?:\w+\s+)?(?:le\s*ke|lai\s*ke|phad\w*)\s+"
    r"(?:\w+\s+)?(?:andar|aa?\s+gaya|aa?\s+gya|var\w*)\b"
)
_PA_NOT_A_COOK = r"^(?!.*(?:ਸਬਜ਼ੀ|ਸਬਜੀ|ਮੀਟ|ਪਿਆਜ਼|ਪਿਆਜ|\bsabzi|\bmeat|\bpyaaz|\bgosht))"
# A boss who says stay with him tonight or be sacked ("ਜੇ ਅੱਜ ਰਾਤ ਉਸ ਨਾਲ ਨਾ ਰੁਕੀ ਤਾਂ ਨੌਕਰੀ ਤੋਂ
# ਕੱਢ ਦੇਵੇਗਾ", "je ajj raat ohde naal na rukki taan naukri ton kadh dega"); not a late shift.
_PA_STAY_TONIGHT = (
    "ਅੱਜ\\s+ਰਾਤ\\s+(?:\\S+\\s+){0,3}ਨਾਲ\\s+(?:\\S+\\s+)?(?:ਰੁਕ|ਰਹਿ|ਸੌਂ)|"
    r"\b(?:ajj|aj|aaj)\s+raat\s+(?:\w+\s+){0,3}naal\s+(?:\w+\s+)?(?:ruk|reh|rah|saun|so)\w*"
)
_PA_OR_SACKED = (
    "ਨੌਕਰੀ\\s+ਤੋਂ\\s+(?:\\S+\\s+)?ਕੱਢ|ਕੰਮ\\s+ਤੋਂ\\s+(?:\\S+\\s+)?ਕੱਢ|ਵੀਜ਼ਾ|"
    r"\b(?:naukri|nokri|kamm|kam)\s+(?:ton|to|cho)\s+(?:\w+\s+)?(?:kadh|kad)\w*|\bvisa\b"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    # not speaking and hardly breathing
    _PA_A_SULK + every_one_of(_PA_NOT_SPEAKING_LATIN, _PA_HARD_BREATH_LATIN),
    _PA_A_SULK + every_one_of(_PA_NOT_SPEAKING, _PA_HARD_BREATH),
    # a threat to kill if the police are told, tonight or waiting outside
    "^" + every_one_of(_PA_IF_POLICE_TOLD_LATIN, _PA_WILL_KILL_LATIN, _PA_TONIGHT_OR_OUT_LATIN),
    # a man with a knife come in; stay with the boss tonight or be sacked
    _PA_NOT_A_COOK + f".*(?:{_PA_ARMED_CAME_IN}|{_PA_ARMED_CAME_IN_LATIN})",
    "^" + every_one_of(_PA_STAY_TONIGHT, _PA_OR_SACKED),
)
# A worker fallen, not moving or bleeding, and a boss who will not call an ambulance ("ਪੈੜ ਤੋਂ
# ਡਿੱਗ ਪਿਆ ਤੇ ਹਿੱਲ ਨਹੀਂ ਰਿਹਾ, ਮਾਲਕ ਐਂਬੂਲੈਂਸ ਨਹੀਂ ਬੁਲਾ ਰਿਹਾ", "dig gaya te hil nahi reha, malik
# ambulance nahi bula reha"); not someone fine with no need for one.
_PA_DOWN = (
    "ਡਿੱਗ|ਹਿੱਲ\\s+ਨਹੀਂ|ਬੇਹੋਸ਼|ਖੂਨ|"
    + r"\b(?:dig|digg)\w*|\bhill?\s+(?:nahi|nai|ni)\b|\bbehosh\w*|\b(?:khoon|khun)\s+"
    r"(?:\w+\s+)?vag\w*"
)
_PA_NO_AMBULANCE = (
    "ਐਂਬੂਲੈਂਸ\\s+(?:\\S+\\s+)?ਨਹੀਂ\\s+(?:ਬੁਲਾ|ਸੱਦ)|"
    r"\bambulance\s+(?:\w+\s+)?(?:nahi|nai|ni)\s+(?:bula|sadd|sad|karn)\w*"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ਠੀਕ|\btheek|\bthik))" + every_one_of(_PA_DOWN, _PA_NO_AMBULANCE),
)

# Someone who has taken drugs, pills or drink and is out cold or will not wake ("ਨਸ਼ਾ ਕਰਕੇ ਬੇਹੋਸ਼
# ਪਿਆ ਹੈ, ਜਾਗ ਨਹੀਂ ਰਿਹਾ", "koi pills khaadiyan, hosh ch nahi"); not drugs given up, someone asleep
# after studying late, nor sleeping pills and not being able to get up early.
_PA_TOOK_SOMETHING = (
    r"ਨਸ਼(?:ਾ|ੇ)\s+(?:\S+\s+)?(?:ਕਰ|ਕੀਤ|ਲੈ|ਲਿਆ|ਖਾ|ਵਿੱਚ|ਚ)|ਚਿੱਟਾ\s+(?:ਲੈ|ਪੀ|ਕਰ|ਖਾ)|"
    r"ਗੋਲੀਆਂ\s+(?:\S+\s+)?ਖਾ|"
    r"(?:ਸ਼ਰਾਬ|ਦਾਰੂ)\s+(?:\S+\s+)?ਪੀ\s*ਕੇ|\b(?:nasha|nashe|nsha)\s+(?:\w+\s+)?(?:kar|kit|lai|le|"
    r"kha|vich|ch)\w*|\bchitta\s+(?:lai|le|pee|pi|kar)\w*|\b(?:pills?|goli(?:an|yan|a)?|"
    r"tablets?)\s+(?:\w+\s+)?(?:khaadi|khadi|khaadh|khadh|kha\s+l|khaa\s+l|nigal)\w*"
)
_PA_OUT_COLD = (
    r"ਬੇਹੋਸ਼|ਹੋਸ਼\s+(?:ਨਹੀਂ|ਨੀ)|(?:ਉੱਠ|ਜਾਗ)\s+(?:ਨਹੀਂ|ਨੀ|ਨਈਂ)\s+(?:ਰਿਹਾ|ਰਹੀ|ਰਹੇ)|\bbehosh\w*|"
    r"\b(?:uth|jaag|jag)\s+(?:nahi|nahin|ni|nai)\s+(?:reha|rahi|rahe|rha)\b|"
    r"\bhosh\s+(?:ch|vich|wich|vch)\s+(?:nahi|nahin|ni|nai)\b"
)
_PA_NOT_GIVEN_UP = r"^(?!.*(?:ਛੱਡ\s+(?:ਦਿੱਤਾ|ਦਿੱਤੀ|ਕੇ)|\bchhad))"
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    _PA_NOT_GIVEN_UP + every_one_of(_PA_TOOK_SOMETHING, _PA_OUT_COLD),
)

# Put out of home by the family, with nowhere to go tonight or out in the cold ("dad ne mainu
# ghar ton kadd ditta, raat nu kithe jaavan?", "station te baitha haan, thand bahut aa"); not a
# job left, a cat put out, asking where to go for dinner tonight, nor years ago and all well now.
_PA_PUT_OUT_LATIN = (
    r"\b(?:mainu|menu|sanu|mennu|saanu|ohnu|onu)\s+(?:\w+\s+){0,2}?(?:ghar|gharon|gharo)\s+"
    r"(?:ton|to|cho|chon|vichon|de\s+bahar|bahar)?\s*(?:\w+\s+)?(?:kadd|kadh|kad|kaddh)\s*"
    r"(?:ditta|dita|dittaa|dena|diya|dia|te|de)\b|\bgharon\s+(?:kadd|kadh|kad)\w*"
)
_PA_NOWHERE_TONIGHT_LATIN = (
    r"\b(?:raat|rat|ajj\s+raat)\s+(?:nu|noo|kithe|kitthe)\s+(?:\w+\s+)?(?:kithe|kitthe|jaavan|"
    r"jawan|javan|sauvan|sowan|rahan|rehan)\b|\b(?:kithe|kitthe)\s+(?:jaavan|jawan|javan|"
    r"sauvan|sowan|rahan|rehan)\b|\b(?:koi\s+)?(?:thaan|than|jagah)\s+(?:nahi|nahin|ni)\b|"
    r"\b(?:station|bus\s+stop|park|sadak|road)\s+(?:te|ch|vich|utte)\s+(?:\w+\s+)?(?:baitha|"
    r"baithi|betha|bethi|khada|khadi|pya|piya|payi)\b"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:naukri|nokri|kamm|billi|kutta|khana|dinner|party|saal\s+(?:pehle|pahle|"
    r"pehlan)|sab\s+(?:theek|thik|vadiya))\b)"
    + every_one_of(_PA_PUT_OUT_LATIN, _PA_NOWHERE_TONIGHT_LATIN),
)

# Someone the writer borrowed from who said they would come and beat or kill the writer or the
# children ("jinna ton karza leya si oh ajj raat ghar aa ke mainu te mere bachean nu maarange");
# not a loan paid back, nor a lender coming round to eat.
_PA_BORROWED = (
    r"ਕਰਜ[ਾ]?\s+(?:\S+\s+)?(?:ਲਿਆ|ਲੀਤਾ|ਚੁੱਕਿਆ)|ਉਧਾਰ\s+(?:\S+\s+)?ਲਿਆ|\b(?:karza|karja|karz|"
    r"udhaar|udhar|paise)\s+(?:\w+\s+)?(?:leya|liya|lya|litta|lita|chukya)\b"
)
_PA_WILL_BEAT_US = (
    r"(?:ਮੈਨੂੰ|ਸਾਨੂੰ|ਬੱਚਿਆਂ\s+ਨੂੰ|ਬੱਚੇਆਂ\s+ਨੂੰ)\s+(?:\S+\s+)?(?:ਮਾਰਾਂਗੇ|ਮਾਰਨਗੇ|ਮਾਰ\s+ਦੇਣਗੇ|"
    r"ਕੁੱਟਾਂਗੇ|ਕੁੱਟਣਗੇ)|\b(?:mainu|menu|sanu|saanu|bachean\s+nu|bacheyan\s+nu|bachiyan\s+nu|"
    r"bachya\s+nu)\s+"
    r"(?:\w+\s+)?(?:maarange|marange|maarnge|maar\s+denge|maar\s+dainge|kuttange|"
    r"kuttnge)\b"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:mod\s+ditta|morh\s+ditta|wapas\s+kar\s+ditta|khana\s+khan|roti\s+khan)\b)"
    + every_one_of(_PA_BORROWED, _PA_WILL_BEAT_US),
)

# A smell of gas from a home with someone old, a child or someone alone inside, or who does not
# answer ("ਗੁਆਂਢੀ ਦੇ ਘਰੋਂ ਗੈਸ ਦੀ ਬਦਬੂ ਆ ਰਹੀ ਹੈ, ਬਜ਼ੁਰਗ ਮਾਤਾ ਜੀ ਅੰਦਰ ਇਕੱਲੇ ਹਨ", "gas di badboo aa
# rahi, bebe andar ikalle ne"); not a leak the gas man has fixed, nor gas in the stomach.
_PA_GAS_SMELL = (
    r"ਗੈਸ\s+(?:ਦੀ\s+)?(?:\S+\s+)?(?:ਬਦਬੂ|ਮੁਸ਼ਕ|ਗੰਧ|ਸਮੈਲ|ਲੀਕ|ਬੋ(?!\S))|(?:ਬਦਬੂ|ਮੁਸ਼ਕ|ਗੰਧ)\s+"
    r"(?:\S+\s+)?ਗੈਸ|\bga[sz]\s+(?:di\s+)?(?:\w+\s+)?(?:badboo|badbu|bo|smell|mushk|leak)\b"
)
_PA_SOMEONE_INSIDE = (
    r"ਬਜ਼ੁਰਗ|ਇਕੱਲ|ਬੱਚ|ਅੰਦਰ\s+(?:\S+\s+)?(?:ਹੈ|ਹਨ|ਨੇ|ਸੁੱਤ)|"
    r"ਦਰਵਾਜ਼ਾ\s+(?:\S+\s+)?(?:ਨਹੀਂ|ਨੀ)\s+ਖੋਲ੍ਹ|ਜਵਾਬ\s+(?:ਨਹੀਂ|ਨੀ)|"
    r"\b(?:buzurg|bazurg|bajurg|ikall?[aei]|bachch?[aeiy]\w*|"
    r"andar\s+(?:\w+\s+)?(?:hai|han|ne|sutt?[aei])|jawab\s+(?:nahi|ni|nai))\b"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ਠੀਕ\s+ਕਰ|ਪੇਟ|\b(?:theek|thik)\s+kar|\bpet\b))"
    + every_one_of(_PA_GAS_SMELL, _PA_SOMEONE_INSIDE),
)

# Children hungry while the one who minds them has not come out of a room for days ("ਦੋ ਦਿਨ ਤੋਂ
# ਬਾਹਰ ਨਹੀਂ ਆਈ, ਬੱਚੇ ਭੁੱਖੇ ਹਨ"); not a room shut for an hour of study while a meal is made.
_PA_SHUT_AWAY_FOR_DAYS = (
    r"(?:ਦੋ|ਤਿੰਨ|ਚਾਰ|ਕਈ|[0-9੦-੯]+)\s+(?:ਦਿਨ|ਦਿਨਾਂ)\s+ਤੋਂ\s+(?:\S+\s+){0,2}?(?:ਬਾਹਰ\s+ਨਹੀਂ|ਕਮਰੇ\s+"
    r"(?:ਵਿੱਚ|ਚ)\s+ਬੰਦ)|\b(?:do|tin|teen|char|kai|\d+)\s+(?:din|dina|dinan)\s+(?:ton|to|tu)\s+"
    r"(?:\w+\s+){0,2}?(?:bahar\s+(?:nahi|ni|nai)|kamre\s+(?:vich|ch)\s+band)\b"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PA_CHILD, _PA_SHUT_AWAY_FOR_DAYS, _PA_NO_FOOD),
)

# A young person whose drugs or money went missing, whom the older boys say they will grab
# ("jihde munde naal ghumda oh kehnde ohnu chuk lainge, ohton ohna da maal gum ho gya"); not a
# friend to be picked up from the airport or school, nor a parcel lost in the post.
_PA_WILL_GRAB_HIM = (
    r"\b(?:ohnu|onu|ohnoo|usnu|usnoo|unu|mainu|menu)\s+(?:\w+\s+)?(?:chuk|chukk|chakk)\s+"
    r"(?:lainge|lainga|lenge|laange|lange|ke\s+lai\s+jaange|ke\s+le\s+jaange|len\s+ge)\b"
)
_PA_THEIR_STUFF_LOST = (
    r"\b(?:maal|saman|samaan|nasha|packet|paise|paisa|cash)\s+(?:\w+\s+)?(?:gum|kho|gawach|"
    r"gwach|chori|ghat)\w*"
)
PUNJABI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:airport|school|skool|station|class|dukaan|dukan|courier|post)\b)"
    + every_one_of(_PA_WILL_GRAB_HIM, _PA_THEIR_STUFF_LOST),
)
