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
Also suicide in the first person's future (Latin spelling); an agent owed money who threatens
to kill or hurt the family; an employer holding the passport with pay kept back or a beating; a
landlord who wants sex for the rent or threatens the Home Office; a crowd throwing stones at the
hotel or home; a child alone taken by a man who says he is the uncle; lost in the dark with the
phone dying; a fire with no way out; a child not breathing right; a fit going on for minutes; a
fall with the head bleeding or not coming round (Latin spelling).
Left alone: a whole packet of biscuits eaten, all the sweets for tonight, "મને મારી બહેન લેવા
આવશે" (my sister will fetch me), a knife taken to the vegetables with the door shut for the
cold, children at their grandmother's for two days, a ball hit with sweat on the head, one's own
wedding long past, documents given to a lawyer, a son's khatna, chest pain gone by, a prayer
said at the temple; a call home before a flight, an agent's fee, a passport photocopied,
garden work for the rent, fireworks outside the hotel, the family's own uncle taking a girl to a
wedding, a charger forgotten, a heater on in the rain, a child not sleeping, a cramp gone, a
phone dropped.
Also: a daughter or son beaten hard by a man of the house who comes back tonight; a man with
a knife inside the shop threatening; a boss who says stay with him tonight or be sacked; a
worker fallen and not moving with no ambulance called. Left alone: a child played with, a
knife for vegetables, unfinished accounts, a fall with the person fine.
Also a child not come home with the phone off whom someone had been threatening or beating;
left alone: a boy gone to play cricket with older boys who were teaching him.
Also a little child alone crying, or with no one opening the door; left alone: a child who
plays alone with the mother near, one crying while the mother rocks him.
Also an older relative's medicines taken away or sold by someone in the house, beside her pain
or her not speaking; left alone: medicines fetched for her, or sold in a chemist's shop.
Also the men of the family who will kill the writer over a boyfriend or a marriage, or who
are out looking for her ("મારા ભાઈઓ ... મને મારી નાખશે"); not brothers teasing over chocolate.
"""

from __future__ import annotations

from bot.gateway.safeguarding_gujarati import (
    _GU_BEATEN,
    _GU_CHEST,
    _GU_CHEST_LATIN,
    _GU_DONE_TO,
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

# Suicide in the first person's future, in the Latin spelling ("hu aapghat kari laish"); not a
# news story about it.
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    r"\b(?:aa?pgha+t|aa?tmahatya)\s+(?:\w+\s+)?(?:kari\s+(?:laish|lais|leesh|lish)|karvo\s+che|"
    r"karvu\s+che|karvano|karvani)\b",
)

# An agent or smuggler owed money who threatens to kill or hurt the writer or family ("એજન્ટ કહે
# છે પૈસા નહીં આપું તો મારા પરિવારને મારી નાખશે"); not an agent's fee due with the file closed.
_GU_AGENT = r"એજન્ટ|દલાલ|સ્મગલર|\b(?:agent|dalal|smuggler)\b"
_GU_MONEY_OWED = r"પૈસા|દેવું|કરજ|ઉધાર|રકમ|\b(?:paisa|paise|devu|karaj|udhar|rakam)\b"
_GU_HARM_THREAT = (
    r"(?:મારી|મરાવી)\s+નાખ(?:શે|ીશ|શું)|નુકસાન\s+(?:\S+\s+)?(?:કરશે|પહોંચાડશે)|ઉપાડી\s+જશે|"
    r"\b(?:mari|marvi|maravi)\s+(?:nakhshe|nakhse|nakhish|nakhis|nakhsu)\b|\bnuksan\s+(?:\w+\s+)?"
    r"(?:karshe|karse|pahonchadshe)\b"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_AGENT, _GU_MONEY_OWED, _GU_HARM_THREAT),
)

# An employer who holds the writer's passport with pay kept back or a beating ("માલિકે મારો
# પાસપોર્ટ રાખી લીધો છે, પગાર નથી આપતો"); not a passport photocopied.
_GU_PASSPORT_HELD = (
    r"પાસપોર્ટ\s+(?:\S+\s+)?(?:રાખી\s+લીધો|લઈ\s+લીધો|છીનવી|જપ્ત|આપતો\s+નથી|આપતા\s+નથી)|"
    r"\bpassport\s+(?:\w+\s+)?(?:rakhi\s+lidho|lai\s+lidho|chhinvi|japt|aapto\s+nathi)\b"
)
_GU_UNPAID_OR_BEATEN = (
    r"(?:પગાર|પૈસા)\s+(?:\S+\s+)?(?:નથી\s+(?:આપતો|આપતા|આપતી|આપ્યો|આપ્યા)|(?:આપતો|આપતા)\s+નથી)|"
    r"(?<!\S)(?:માર્યો|માર્યા|માર્યું|મારે\s+છે)|ડામ|દઝાડ|\b(?:pagar|paisa)\s+(?:\w+\s+)?"
    r"(?:nathi\s+(?:aapto|aapta)|(?:aapto|aapta)\s+nathi)\b|\b(?:maryo|marya|maryu)\b"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ઝેરોક્સ|કોપી|\b(?:copy|xerox|scan)\b))"
    + every_one_of(_GU_PASSPORT_HELD, _GU_UNPAID_OR_BEATEN),
)

# A landlord who wants sex for the rent or threatens to tell the Home Office ("મકાનમાલિક કહે છે
# ભાડાના બદલે તેની સાથે સૂવું પડશે"); not a landlord who wants the garden done for the rent.
_GU_LANDLORD = r"મકાન\s*માલિક|\b(?:makan\s*malik|landlord)\b"
_GU_SLEEP_WITH = r"સાથે\s+(?:સૂવું|સુવું|સૂવ|સુવ|સૂઈ|સુઈ)|સેક્સ|\bsathe\s+(?:suvu|suvanu|sui|soo\w*)\b|\bsex\b"
_GU_RENT_OR_ELSE = r"ભાડ|નહીં\s+તો|નહિ\s+તો|નહીંતર|\b(?:bhadu|bhada|nahi\s+to|nahitar)\b"
_GU_HOME_OFFICE_TOLD = (
    r"(?:હોમ\s+ઓફિસ|ઇમિગ્રેશન)\S*\s+(?:\S+\s+)?(?:કહી\s+(?:દેશે|દઈશ)|જાણ\s+કરી|રિપોર્ટ|ફરિયાદ)|"
    r"\bhome\s+office\w*\s+(?:\w+\s+)?(?:kahi\s+(?:deshe|daish)|report|fariyad)\w*"
)
_GU_SEX_OR_REPORT = f"{_GU_SLEEP_WITH}|{_GU_HOME_OFFICE_TOLD}"
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_LANDLORD, _GU_RENT_OR_ELSE, _GU_SEX_OR_REPORT),
)

# A crowd at the writer's hotel or home throwing stones now ("હોટલની બહાર ટોળું ભેગું થયું છે અને
# પથ્થર ફેંકે છે"); not fireworks watched.
_GU_AT_OUR_PLACE = r"હોટલ|ઘર|બારી|ફ્લેટ|મકાન|\b(?:hotel|ghar|bari|flat|window)\b"
_GU_STONES_NOW = (
    r"પથ્થર\S*\s+(?:\S+\s+)?(?:ફેંકે|ફેંકી\s+રહ્યા|મારે|મારી\s+રહ્યા)|\b(?:paththar|pathar|patthar|"
    r"stones?)\s+(?:\w+\s+)?(?:fenke|phenke|fenki\s+rahya|mare|mari\s+rahya)\b"
)
_GU_CROWD = r"ટોળ|લોકો|છોકરાઓ|ભેગ|\b(?:tolu|tolun|loko|chhokrao|bhega|crowd)\b"
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_AT_OUR_PLACE, _GU_STONES_NOW, _GU_CROWD),
)

# A child alone and a man who says he is the uncle taking the child away ("એક માણસ કહે છે કે તે
# તેનો કાકા છે અને આજે રાત્રે તેને લઈ જાય છે"); not the family's own uncle taking her to a
# wedding.
_GU_SAYS_HE_IS_KIN = (
    r"(?:કહે\s+છે|કહેતો|કહે)\s+(?:કે\s+)?(?:(?:તે|હું|એ)\s+)?(?:તેનો|એનો|તેના|એના|તેની|એની)\s+"
    r"(?:કાકા|મામા|ફુઆ|માસા|અંકલ|સગા)|\b(?:kahe|keh)\s+(?:che\s+)?(?:ke\s+)?(?:(?:te|hu|e)\s+)?"
    r"(?:teno|eno|tena|ena)\s+(?:kaka|mama|fua|masa|uncle)\b"
)
_GU_TAKING_AWAY = (
    r"લઈ\s+(?:\S+\s+)?(?:જાય|જશે|જઈ\s+રહ્યો)|\blai\s+(?:\w+\s+)?(?:jay|jashe|jai\s+rahyo)\b"
)
_GU_CHILD_ALONE = r"એકલ|(?:1[2-7]|૧[૨-૭])\s+વર્ષ|\bekl[ia]\b|\b1[2-7]\s+(?:varsh|years?)\w*"
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_SAYS_HE_IS_KIN, _GU_TAKING_AWAY, _GU_CHILD_ALONE),
)

# Lost, in the dark, with the phone dying ("હું રસ્તો ભૂલી ગઈ છું, અંધારું થઈ ગયું છે, ફોનની
# બેટરી પૂરી થવા આવી છે"); not a charger forgotten on a dark evening.
_GU_LOST_WAY = (
    r"રસ્તો\s+(?:\S+\s+)?ભૂલ|ખોવાઈ\s+(?:ગઈ|ગયો|ગયા)|ભટક|\brasto\s+(?:\w+\s+)?bhul\w*|\bkhovai\s+"
    r"(?:gai|gayo|gaya)\b"
)
_GU_DARK = r"અંધાર|\bandhar\w*"
_GU_PHONE_DYING = (
    r"(?:બેટરી|ચાર્જ|ફોન)\S*\s+(?:\S+\s+){0,2}(?:પૂરી|ખતમ|ઓછી|ઓછું|બંધ\s+થ)|\b(?:battery|charge|"
    r"phone)\w*\s+(?:\w+\s+){0,2}(?:puri|khatam|ochhi|bandh\s+tha|low)\w*"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_LOST_WAY, _GU_DARK, _GU_PHONE_DYING),
)

# A fire broken out where the writer is, with no way out ("મારા ફ્લેટમાં આગ લાગી છે, હું બહાર
# નીકળી શકતી નથી"); not a heater on with rain outside.
_GU_FIRE_NOW = r"આગ\s+લાગી|\baag\s+lagi\b"
_GU_NO_WAY_OUT = (
    r"બહાર\s+(?:\S+\s+)?નીકળ\S*\s+(?:\S+\s+)?(?:શકતી|શકતો|શકતા|શકાતું)\s+નથી|ફસાઈ|ધુમાડ|\bbahar\s+"
    r"(?:\w+\s+)?nikal?i?\s+(?:shakti|shakto|shakta|shakatu)\s+nathi\b|\b(?:fasai|dhumad)\w*"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_FIRE_NOW, _GU_NO_WAY_OUT),
)

# A child not breathing right ("મારું બાળક બરાબર શ્વાસ નથી લેતું"); not a child who won't sleep.
_GU_A_CHILD = r"બાળક|બચ્ચ|દીકર|બેબી|\b(?:balak|baby|dikro|dikri|bachu)\b"
_GU_NOT_BREATHING = (
    r"શ્વાસ\s+(?:\S+\s+){0,2}(?:નથી\s+(?:લેતું|લેતો|લેતી|લઈ)|(?:લેતું|લેતો|લેતી)\s+નથી|રોકાઈ|અટક)|"
    r"\bs(?:h)?v?was\s+(?:\w+\s+){0,2}(?:nathi\s+(?:letu|leto|leti)|(?:letu|leto|leti)\s+nathi)\b"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_A_CHILD, _GU_NOT_BREATHING),
)

# A fit that has gone on for minutes or won't stop ("તેને ખેંચ આવી છે, 5 મિનિટ થઈ ગઈ"); not a
# cramp gone in five minutes.
_GU_FIT = (
    r"ખેંચ\s+(?:આવી|આવે|આવ)|આંચકી|વાઈ\s+(?:આવી|આવે)|મિર્ગી|\bkhench\s+(?:aavi|avi|aave)\b|"
    r"\bachki\b"
)
_GU_GOING_ON = (
    r"(?:\d+|[૦-૯]+|પાંચ|દસ)\s+મિનિટ|બંધ\s+નથી\s+થ|(?:અટકતી|રોકાતી)\s+નથી|\b\d+\s+(?:minute|min|"
    r"minit)\w*|\bbandh\s+nathi\s+tha\w*"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_FIT, _GU_GOING_ON),
)

# Someone who fell, with the head bleeding or not coming round (Latin spelling, "mummy padi
# gayi, matha mathi lohi nikle che"); not a phone dropped.
_GU_FELL_LATIN = r"\bpadi\s+(?:gayi|gai|gaya|gayo)\b"
_GU_OUT_LATIN = r"\bbhaa?n\s+(?:ma\s+)?nathi\b|\bbebhan\b|\bbehosh\b"
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_FELL_LATIN, f"{_GU_HEAD_BLEEDING}|{_GU_OUT_LATIN}"),
)

# A daughter, son or wife beaten hard by a man of the house, and him coming back tonight or
# again ("મારી દીકરીને એના સાવકા બાપે ગઈકાલે ખૂબ મારી. આજે રાત્રે એ પાછો ઘરે આવશે"); not a child
# played with, nor a beating told as over (years ago, in jail, the police caught him).
_GU_BEATEN_HARD = (
    r"(?:ખૂબ|બહુ|જોરથી|ઢોર)\s+(?:માર|મારી|માર્યો|માર્યું|માર્યા|મારે)(?=[\s,.!?]|$)|" + _GU_BEATEN
)
_GU_BACK_AGAIN = (
    r"(?:પાછો|પાછા|ફરી|ફરીથી)\s+(?:\S+\s+)?(?:આવશે|આવે\s+છે|આવવાનો)|"
    r"(?:આજે\s+રાત્રે|આજે\s+રાતે|આજ\s+રાતે)\s+(?:\S+\s+){0,2}ઘરે\s+આવશે"
)
_GU_OVER = r"^(?!.*(?:વર્ષ\S*\s+પહેલા|જેલ|પોલીસે\s+પકડ))"
# A man with a knife standing or come in where the writer works, threatening, or a plea for help
# ("એક માણસ છરી લઈને અંદર ઊભો છે અને ધમકી આપે છે, મદદ કરો"); not a knife for vegetables.
_GU_ARMED = r"(?:છરી|છરો|ચાકુ|ચપ્પુ|તલવાર|બંદૂક)\s+(?:\S+\s+)?(?:લઈને|લઇને|લઈ\s+ને|હાથમાં|બતાવ)"
_GU_IN_HERE_NOW = (
    r"અંદર\s+(?:\S+\s+)?(?:ઊભો|ઉભો|આવ્યો|ઘૂસ્યો|ઘુસ્યો)|(?:આવ્યો|ઘૂસ્યો|ઘુસ્યો)\s+છે|ધમકી\s+આપે|"
    r"મદદ\s+કરો|પૈસા\s+(?:\S+\s+)?માંગ|સંતાઈ|છુપાઈ"
)
_GU_NOT_A_COOK = r"^(?!.*(?:શાક|ડુંગળી|ફળ|માંસ|કાપે|કાપી|ફિલ્મ))"
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    # beaten hard and he comes back; a man with a knife in the shop now
    _GU_OVER + every_one_of(_GU_DONE_TO, _GU_BEATEN_HARD, _GU_BACK_AGAIN),
    _GU_NOT_A_COOK + every_one_of(_GU_ARMED, _GU_IN_HERE_NOW),
)
# A worker fallen, not moving or bleeding, and a boss who will not call an ambulance ("પાલખ
# પરથી પડી ગયો અને હલતો નથી, શેઠ એમ્બ્યુલન્સ નથી બોલાવતા"); not someone fine or got up.
_GU_DOWN = r"પડી\s+ગય|હલતો\s+નથી|હલતી\s+નથી|બેભાન|લોહી"
_GU_NO_AMBULANCE = r"એમ્બ્યુલન્સ\s+(?:\S+\s+)?(?:નથી\s+બોલાવ|બોલાવતા\s+નથી|બોલાવવા\s+(?:નથી|ના))"
# A boss who says stay with him tonight or be sacked ("આજે રાત્રે એમની સાથે નહીં રહું તો
# નોકરીમાંથી કાઢી મૂકશે"); not a late shift.
_GU_STAY_TONIGHT = (
    r"(?:આજે|આજ)\s+(?:રાત્રે|રાતે)\s+(?:\S+\s+){0,2}સાથે\s+(?:\S+\s+)?(?:નહીં|ના)\s+"
    r"(?:રહું|રોકાઉં|રહીશ|સૂઉં)"
)
_GU_OR_SACKED = r"નોકરી\S*\s+(?:\S+\s+)?કાઢી|કામ\S*\s+(?:\S+\s+)?કાઢી|વિઝા"
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ઠીક|સારો\s+છે|ઊભો\s+થ|ઉભો\s+થ))" + every_one_of(_GU_DOWN, _GU_NO_AMBULANCE),
    "^" + every_one_of(_GU_STAY_TONIGHT, _GU_OR_SACKED),
)

# A child or young person not come home, with the phone off or not answering, whom someone had
# been threatening or beating ("શાળાથી ઘરે નથી આવ્યો અને ફોન બંધ છે. મોટા છોકરાઓ તેને ધમકી
# આપતા હતા"); not a boy gone to play cricket with older boys who were teaching him.
_GU_NOT_HOME = (
    r"(?:ઘરે|ઘેર|પાછો|પાછી|પાછા)\s+(?:\S+\s+)?(?:નથી\s+(?:આવ્યો|આવી|આવ્યા)|આવ્યો\s+નથી|"
    r"આવી\s+નથી)|"
    r"ગુમ\s+(?:થ|છે)|\b(?:ghare|gher|pachho|pachhi)\s+(?:\w+\s+)?(?:nathi\s+aavyo|nathi\s+aavi|"
    r"aavyo\s+nathi|aavi\s+nathi)\b"
)
_GU_PHONE_OFF = (
    r"ફોન\S*\s+(?:\S+\s+)?(?:બંધ|સ્વિચ\s+ઓફ|ઉપાડ\S*\s+નથી|લાગતો\s+નથી)|જવાબ\s+(?:\S+\s+)?નથી|"
    r"\bphone\s+(?:\w+\s+)?(?:bandh|band|switch\s+off|upadto\s+nathi)\b"
)
_GU_THREATENED = (
    r"ધમકી|ધમકાવ|ડરાવ|મારતા\s+હતા|માર્યો|માર્યું|મારી\s+નાખ|છરી|ચપ્પુ|"
    r"\b(?:dhamki|dhamkav\w*|daraav\w*|darav\w*)\b"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_NOT_HOME, _GU_PHONE_OFF, _GU_THREATENED),
)

# A little child alone, crying for hours or with no one opening the door ("બાજુના ઘરમાં નાનું
# બાળક કલાકોથી એકલું રડે છે, કોઈ દરવાજો ખોલતું નથી"); not a child who plays alone with his mother
# in the kitchen, nor one crying while his mother rocks him.
_GU_LITTLE_ONE = r"બાળક|છોકર|બચ્ચ|બેબી|\b(?:balak|baalak|chhokru|bebi|baby)\b"
_GU_ON_ITS_OWN = r"એકલ|\bekl[aiou]\w*"
_GU_CRIES_OR_NO_ONE_OPENS = (
    r"રડ|રોવ|દરવાજો\s+(?:\S+\s+)?ખોલ(?:તું|તા|તો|તી)\s+નથી|જવાબ\s+(?:\S+\s+)?નથી|"
    r"\b(?:rade|radtu|radyu|rove)\b|\bdarvajo\s+(?:\w+\s+)?kholt[uaoi]\s+nathi\b"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_LITTLE_ONE, _GU_ON_ITS_OWN, _GU_CRIES_OR_NO_ONE_OPENS),
)

# An older relative's medicines taken away or sold by someone in the house ("મારા પતિ મારી
# સાસુની દવાઓ લઈ લે છે અને વેચે છે"), beside her pain or her not speaking now; not medicines
# fetched for her ("લઈ આવે છે"), nor sold in a chemist's shop ("દુકાનમાં દવાઓ વેચે છે").
_GU_HER_MEDICINES_TAKEN = (
    r"\S+(?:ની|ના|નું)\s+દવા\S*\s+(?:\S+\s+){0,2}?(?:લઈ\s+(?:લે|લીધ|લેત|જાય)|વેચ|ચોર|છીન|"
    r"સંતાડ|છુપાવ)|\b\w+\s*(?:ni|na)\s+dava\w*\s+(?:\w+\s+){0,2}?(?:lai\s+le|vech|chor)\w*"
)
_GU_IN_PAIN_OR_SILENT = (
    r"દુખાવો|દર્દ|પીડા|બોલ(?:તા|તી|તો)\s+(?:પણ\s+)?નથી|\b(?:dukhavo|dard)\b|"
    r"\bbolt[aio]\s+(?:pan\s+)?nathi\b"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_HER_MEDICINES_TAKEN, _GU_IN_PAIN_OR_SILENT),
)

# Brothers, a father or the family who say they will kill the writer over a boyfriend or a
# marriage, or who are searching for her now ("મારા ભાઈઓ કહે છે ... તો મને મારી નાખશે"); not
# brothers who say it in fun over their chocolate.
_GU_KILL_ME = (
    r"મને\s+(?:\S+\s+)?માર(?:ી|ીને)\s+ના(?:ં)?ખ(?:શે|શો|વાના|વાની|વાનો)|"
    r"\bmane\s+(?:\w+\s+)?mari\s+nakh(?:she|sho|vana)\b"
)
_GU_MEN_OF_THE_FAMILY = (
    r"ભાઈ|ભાઇ|પપ્પા|પિતા|બાપુ|કાકા|મામા|ઘરવાળા|પરિવાર|"
    r"\b(?:bhai|bhaio|papa|pappa|kaka|mama|gharvala)\b"
)
_GU_OVER_A_MAN_OR_HUNTED = (
    r"બોયફ્રેન્ડ|પ્રેમી|પ્રેમ\S*|લગ્ન|છોકરા\S*\s+(?:\S+\s+)?મળ|શોધી\s+રહ્યા|શોધે\s+છે|"
    r"\b(?:boyfriend|bf|lagna|shodhi\s+rahya)\b"
)
GUJARATI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_MEN_OF_THE_FAMILY, _GU_KILL_ME, _GU_OVER_A_MAN_OR_HUNTED),
)
