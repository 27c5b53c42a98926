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
Left alone: a whole box of sweets eaten, all the pinnis for tonight, mosquitoes killed, a
knife taken to the vegetables or a kirpan worn, children at their grandmother's for two days,
a ball hit with sweat on the head, one's own wedding long past, documents given to a lawyer, a
son's khatna, chest pain gone by, a prayer said at the gurdwara.
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
