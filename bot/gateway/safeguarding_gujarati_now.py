"""The Gujarati safeguarding phrase net's main kinds said plainly as happening now (read by
safeguarding_languages with safeguarding_gujarati, whose module is near full), in Gujarati
script and in the Latin spelling people text in ("mane mari rahyo che", "khai jaish"). Gujarati
puts the verb last, so a pattern is the person done to or the means, then the verb. Text has
been through safeguarding_languages.fold.

It reads oneself cut now; a whole packet of tablets or all of them just swallowed; a hanging or
all the tablets for tonight, in the first person; a husband, brother or father beating the
writer or her mother now; someone holding a knife who has locked the door; being followed;
children alone at home for days with no food; a child beaten with blood from the head; the
writer's marriage to be made by the family with the tickets bought; the writer kept locked in at
home with her papers taken or by her in-laws; a girl to be cut (khatna); chest pain with
someone not speaking; someone beaten or tied up to drive out a spirit (bhoot, valgad).
Left alone: a whole packet of biscuits eaten, all the sweets for tonight, "મને મારી બહેન લેવા
આવશે" (my sister will fetch me), a knife taken to the vegetables with the door shut for the
cold, children at their grandmother's for two days, a ball hit with sweat on the head, one's own
wedding long past, documents given to a lawyer, a son's khatna, chest pain gone by, a prayer
said at the temple.
"""

from __future__ import annotations

from bot.gateway.safeguarding_gujarati import (
    _GU_BEATEN,
    _GU_CHEST,
    _GU_CHEST_LATIN,
    _GU_GONE_BY,
    _GU_GONE_BY_LATIN,
    _GU_LOCKED_IN,
    _GU_LOCKED_IN_LATIN,
    _GU_WHO_BEATS,
)
from bot.gateway.safeguarding_words import every_one_of

# Oneself cut or harmed, in the Latin spelling ("mari jat ne kapi rahi chu"); a whole packet of
# tablets or all of them just swallowed ("ગોળીઓનું આખું પેકેટ ખાઈ લીધું", "badhi goli khai
# lidhi"). Not a whole packet of biscuits eaten, nor the day's one tablet taken.
_GU_PILLS = r"ગોળી|ટેબ્લેટ|ઊંઘની|\b(?:goli\w*|tablet\w*|pills?)\b"
_GU_WHOLE_PACK_SWALLOWED = (
    r"(?:આખું|આખી|આખો|બધું|પૂરું|પૂરી)\s+(?:\S+\s+){0,2}(?:પેકેટ|પત્તું|પત્તા|ડબ્બો|ડબ્બી|શીશી|બોટલ|"
    r"સ્ટ્રીપ)\S*\s+(?:\S+\s+){0,2}(?:ખાઈ|ગળી)\s+(?:લીધ|ગઈ|ગયો|ગયા)|\b(?:aakhu|akhu|aakho|"
    r"puru|badhu)\s+(?:\w+\s+){0,2}(?:packet|patta|pattu|dabbo|dabbi|bottle|strip)\s+(?:\w+\s+)"
    r"{0,2}(?:khai|gali)\s+(?:lidh|gai|gayo|gaya)\w*"
)
_GU_ALL_PILLS_SWALLOWED_LATIN = (
    r"\b(?:badhi|badha|aakhi|akhi|puri)\s+(?:\w+\s+)?(?:goli|goliyo|golio|tablet\w*)\s+"
    r"(?:\w+\s+)?(?:khai|gali)\s+(?:lidhi|lidhu|lidha|lidho|gai|gayo|gayi)\b"
)
GUJARATI_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    r"\b(?:mari\s+)?jat\s*ne\s+(?:\w+\s+)?(?:kap|nuksan|nukshan|dazad|salgav)\w*",
    "^" + every_one_of(_GU_PILLS, _GU_WHOLE_PACK_SWALLOWED),
    _GU_ALL_PILLS_SWALLOWED_LATIN,
)

# A hanging or all the tablets, in the first person's future ("આજે રાત્રે હું ફાંસો ખાઈ લઈશ",
# "aaje raate badhi goli khai jaish"); not all the sweets eaten tonight, nor the tablets a
# doctor gave.
_GU_TONIGHT_OR_DECIDED = (
    r"આજે\s+રાત્રે|આજ\s+રાત|નિર્ણય|એક\s*સાથે|\b(?:aaje?|aj)\s+(?:raate|rate|raat|ratre)\b|"
    r"\bnirnay\b|\bek\s*sathe\b"
)
_GU_ALL_PILLS_TO_SWALLOW = (
    r"(?:બધી|બધા)\s+(?:\S+\s+)?(?:ગોળીઓ|ગોળી|ટેબ્લેટ)\S*\s+(?:\S+\s+)?(?:ખાઈ|ગળી)\s+(?:જઈશ|લઈશ)|"
    r"\b(?:badhi|badha)\s+(?:\w+\s+)?(?:goli|goliyo|golio|tablet\w*)\s+(?:ek\s*sathe\s+)?(?:khai|"
    r"gali)\s+(?:jaish|laish|jais|lais)\b"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    r"(?:ફાંસો|ફાંસી|ગળાફાંસો)\s+(?:\S+\s+)?(?:ખાઈ|લગાવી|લઈ)\s+(?:લઈશ|જઈશ|દઈશ)|\b(?:faa?n?so|"
    r"phaa?n?so|faa?nsi|phaa?nsi|galafaso)\s+(?:\w+\s+)?(?:khai|khaine|lagavi|lai)\s+(?:laish|"
    r"jaish|daish|lais|jais)\b",
    r"^(?!.*(?:ડૉક્ટર|ડોક્ટર|\bdoctor\b))"
    + every_one_of(_GU_TONIGHT_OR_DECIDED, _GU_ALL_PILLS_TO_SWALLOW),
)

# A husband, brother or father beating the writer or her mother now ("મારો પતિ અત્યારે મને મારી
# રહ્યો છે", "maro pati atyare mane mari rahyo che"); not "my sister" ("મને મારી બહેન લેવા
# આવશે"), since the verb must be followed by "રહ્યો".
_GU_ME_OR_MUM = r"(?:મને|અમને|મમ્મીને|બાને|માને|બહેનને)"
_GU_ME_OR_MUM_LATIN = r"(?:mane|amne|(?:mummy|mammi|mumma|ba|maa|bahen|ben)\s*ne)"
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    rf"(?:^|\s)(?:{_GU_WHO_BEATS}|એ|તે)\s+(?:\S+\s+){{0,3}}{_GU_ME_OR_MUM}\s+(?:\S+\s+)?(?:મારી|"
    r"પીટી|ઝૂડી)\s+(?:રહ્યો|રહ્યા|રહી)",
    r"\b(?:pati|papa|pappa|bhai|dhani|gharvalo|sasra|sasu|diyar|jeth|e|te)\s+(?:\w+\s+){0,3}"
    + _GU_ME_OR_MUM_LATIN
    + r"\s+(?:\w+\s+)?(?:mari|piti|zudi)\s+(?:rahyo|rahya|rahi|rahyu)\b",
)

# Someone holding a knife or a gun who has locked or shut the door ("છરી લઈને ઊભો છે અને તેણે
# દરવાજો બંધ કરી દીધો છે"); being followed, in the Latin spelling ("maro pichho kare che"). Not a
# knife taken to the vegetables with the door shut for the cold.
_GU_ARMED = (
    r"(?:છરી|છરો|ચપ્પુ|ચાકુ|બંદૂક|પિસ્તોલ|તલવાર)\s+(?:\S+\s+)?(?:લઈને|લઇને|લઈ\s+ને|પકડી|હાથમાં|કાઢ)|"
    r"\b(?:chh?ari|chh?aro|chappu|chaku|bandook|banduk|pistol|talvar)\s+(?:\w+\s+)?(?:lai\s*ne|"
    r"pakdi|hath\s*ma|kadh)\w*"
)
_GU_DOOR_LOCKED = (
    r"(?:દરવાજો|બારણું)\s+(?:\S+\s+)?(?:બંધ|લોક)\s+કરી\s+(?:દીધો|દીધું|દીધી)|(?:તાળું|કડી|સ્ટોપર)\s+"
    r"(?:મારી|લગાવી)\s+(?:દીધું|દીધી)|\b(?:darv?w?ajo|barnu)\s+(?:\w+\s+)?(?:bandh|band|lock)\s+"
    r"kari\s+(?:didho|didhu|didhi|dido)\b|\b(?:talu|taalu|kadi|stopper)\s+(?:mari|lagavi)\s+"
    r"(?:didhu|didhi)\b"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:શાક|માંસ|ડુંગળી|ફળ|કેક|રસોડ|\b(?:shaak|shak|kitchen|cake|fal)\b))"
    + every_one_of(_GU_ARMED, _GU_DOOR_LOCKED),
    r"\bmaro\s+(?:pichho|picho|peechho|pichhho)\s+kar\w*",
)

# Children alone at home for days with no food ("બાળકો બે દિવસથી ઘરે એકલા છે, ખાવાનું નથી"); a
# child beaten with blood from the head ("બાળકને માર્યું, માથામાંથી લોહી નીકળે છે"). Not children
# at their grandmother's with food enough, nor a ball hit with sweat on the head.
_GU_CHILD = r"બાળક|છોકર|દીકર|\b(?:balko|baalko|balak|chh?okr\w*|dikr[aio]|dikro)\b"
_GU_DAYS_ALONE = (
    r"(?:બે|ત્રણ|ચાર|[0-9૦-૯]+)\s+(?:દિવસ|રાત)\S*\s+(?:\S+\s+){0,3}(?:એકલા|એકલી|એકલો|એકલાં)|"
    r"\b(?:be|tran|char|\d+)\s+(?:divas|raat)\w*\s+(?:\w+\s+){0,3}(?:ekla|ekli|eklo)\b"
)
_GU_NO_FOOD = (
    r"ખાવાનું\s+(?:કંઈ\s+)?નથી|ખાવા\s+માટે\s+કંઈ\s+નથી|ભૂખ્યા|\bkhavanu\s+(?:kai\s+)?nathi\b|"
    r"\bkhava\s+mate\s+kai\s+nathi\b|\bbhukhya\b"
)
_GU_CHILD_BEATEN = (
    r"(?:માર્યું|માર્યો|માર્યા|મારી\s+રહ્યો|પીટ્ય|ઝૂડ્ય|થપ્પડ|લાફો)|\b(?:maryu|maryo|marya|mari\s+"
    r"rahyo|thappad|lafo)\b"
)
_GU_HEAD_BLEEDING = (
    r"(?:માથા|કપાળ)\S*\s+(?:\S+\s+)?લોહી\s+(?:\S+\s+)?(?:નીકળ|વહે|વહી|આવ)|માથું\s+ફૂટ|"
    r"\b(?:matha|kapal)\w*\s+(?:\w+\s+)?lohi\s+(?:\w+\s+)?(?:nikal|nikl|vahe|vahi|aav)\w*|"
    r"\bmathu\s+phut\w*"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_CHILD, _GU_DAYS_ALONE, _GU_NO_FOOD),
    "^" + every_one_of(_GU_CHILD, _GU_CHILD_BEATEN, _GU_HEAD_BLEEDING),
)

# The writer's marriage to be made by the family, with the tickets bought ("પપ્પા મારા લગ્ન
# ભારતમાં કરાવવા માંગે છે, ટિકિટ બુક થઈ ગઈ"); not her own wedding long past.
_GU_MY_MARRIAGE_MADE = (
    r"(?:મારા|મારાં)\s+લગ્ન\s+(?:\S+\s+){0,5}(?:કરાવવા\s+માંગ|કરાવી\s+(?:દેશે|દેવા)|કરાવશે|કરી\s+"
    r"દેશે|નક્કી\s+કર|ગોઠવ)|\b(?:mara|maara)\s+(?:lagna|lagn|lagan)\s+(?:\w+\s+){0,5}(?:karavva|"
    r"karavava|karavi\s+deshe|karavshe|kari\s+deshe|nakki\s+kar)\w*"
)
_GU_TICKETS = (
    r"ટિકિટ\S*\s+(?:\S+\s+)?(?:બુક|લઈ|ખરીદ|કઢાવ|થઈ)|\b(?:ticket\w*|flight\w*)\s+(?:\w+\s+)?"
    r"(?:book|lai|kharid|kadhav|thai)\w*"
)
GUJARATI_NOW_PHRASES += (
    "^" + every_one_of(_GU_MY_MARRIAGE_MADE, _GU_TICKETS),
)  # i18n-exempt: input

# The writer kept locked in at home, with her papers taken or by her in-laws or husband ("mane
# ghar ma purine rakhe che ane mara kagal pan lai lidha che"); not documents given to a lawyer.
_GU_PAPERS_TAKEN_OR_KIN = (
    r"(?:કાગળ|દસ્તાવેજ|પાસપોર્ટ|વિઝા)\S*\s+(?:પણ\s+)?(?:\S+\s+)?(?:લઈ\s+લીધ|છીનવી|રાખી\s+લીધ|સંતાડ)|"
    r"\b(?:kaa?gal\w*|documents?|papers|passport|visa)\s+(?:pan\s+)?(?:\w+\s+)?(?:lai\s+lidh|"
    r"chhinvi|rakhi\s+lidh|santad)\w*|સાસુ|સસરા|સાસરિયા|પતિ|\b(?:sasu|sasra|sasariya|pati)\b"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_LOCKED_IN, _GU_PAPERS_TAKEN_OR_KIN),
    "^" + every_one_of(_GU_LOCKED_IN_LATIN, _GU_PAPERS_TAKEN_OR_KIN),
)

# A girl to be cut ("દીકરીની ખતના", "dikri nu khatna"); not a son's, nor a school project on it.
_GU_GIRL = (
    r"દીકરી|છોકરી|બાળકી|પૌત્રી|દોહિત્રી|ભત્રીજી|ભાણી|બહેન|\b(?:dikri|chh?okri|baalki|balki|"
    r"bhatriji|bhani|bahen)\b"
)
_GU_CUT = r"ખતના|સુન્નત|\b(?:khatna|sunnat)\b"
_GU_BOYS_CUT = (
    r"(?:દીકરા|છોકરા|પૌત્ર)\S*\s+(?:ખતના|સુન્નત)|"
    r"\b(?:dikra|chh?okra)\w*\s+(?:nu\s+)?khatna"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_GU_BOYS_CUT}|વિશે|વિષે|પ્રોજેક્ટ|સત્ર|\b(?:vishe|project)\b))"
    + every_one_of(_GU_GIRL, _GU_CUT),
)

# Chest pain with someone not speaking or not responding ("દાદાને છાતીમાં દુખાવો છે અને તેઓ
# બોલતા નથી", "chhati ma dukhe che ane e bolta nathi"); not a pain gone by.
_GU_NOT_SPEAKING = (
    r"બોલ(?:તા|તો|તી)\s+નથી|બોલી\s+(?:શકતા|શકતો|શકતી)\s+નથી|જવાબ\s+(?:નથી|નહીં)|બેભાન|ભાનમાં\s+નથી|"
    r"\bbol(?:ta|to|ti)\s+nathi\b|\bboli\s+(?:shakta|shakto|shakti)\s+nathi\b|\bjavab\s+nathi\b|"
    r"\bbebhan\b|\bbhaan\s+nathi\b"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_GU_GONE_BY}))" + every_one_of(_GU_CHEST, _GU_NOT_SPEAKING),
    rf"^(?!.*{_GU_GONE_BY_LATIN})" + every_one_of(_GU_CHEST_LATIN, _GU_NOT_SPEAKING),
)

# Someone beaten, tied up or branded to drive out a spirit ("ભૂવાએ ભૂત કાઢવા માટે તેને બહુ
# માર્યું", "bhoot kadhva mate ene bahu maryu"); not a prayer said over her, nor a film.
_GU_SPIRIT_OUT = (
    r"(?:ભૂત|વળગાડ|જીન|જિન|ડાકણ|પ્રેત)\S*\s+(?:\S+\s+)?(?:કાઢ|ઉતાર|ભગાડ)|\b(?:bh?oot|bhut|valgad|"
    r"jinn?|dakan|pret)\w*\s+(?:\w+\s+)?(?:kadh|utar|bhagad)\w*"
)
_GU_BEATEN_OR_TIED = (
    rf"{_GU_BEATEN}|બાંધી|(?:^|\s)ડામ\s|\b(?:maryu|maryo|marya|mare\s+che|marta|marzud|pit\w*|"
    r"zud\w*|bandhi|daam)\b"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ફિલ્મ|વાર્તા|નાટક|\b(?:film|movie|varta|natak)\b))"
    + every_one_of(_GU_SPIRIT_OUT, _GU_BEATEN_OR_TIED),
)
