"""The Lithuanian safeguarding phrase net (read by safeguarding_languages). Lithuanian word order
is free, so "mane" (me) is read on either side of the verb ("jis mane muša", "muša mane"), and
the reflexive is a verb ending ("nusižudysiu", "susižalojau"). Text has been through
safeguarding_languages.fold (no diacritics: "muša" reads "musa", "žaloju" reads "zaloju").

Beyond the main kinds it reads two of a stroke's signs together (the face dropped, speech gone,
an arm that will not move), children alone at home for days, a phone or passport taken by the
people the writer works for with no wages or a dozen in one house, a threat with a knife to
anyone, someone close gone for days with the phone off, a farewell said bare ("Nebegaliu
daugiau. Šiandien viską užbaigsiu."), tablets made ready beside farewell notes, an older
relative's pension taken with her left unfed or afraid, a rope bought beside debts or a family
gone, and despair told of someone close ("sako, kad mums visiems būtų geriau be jo", or a rope
found and him locked in, not answering), and being kept in a car or a taxi (not let out, its
doors locked) driven elsewhere or in fear. Left alone: a knife in a film, a pension collected at
the post office and brought home, a rope for the washing, someone gone to the country with no
signal, "mirštu iš bado" (dying of hunger), "nebegaliu sulaukti" (can't wait), "bijau vėluoti",
"seka mane instagrame", "neturiu kur pastatyti mašinos", "atsiprašau už viską, kad vėlavau", an
arm numb from sleep, a mouth numb after the dentist, children alone for an hour, a phone lent to
a daughter, work to be finished today.
Also drink taken with medicines and someone who will not wake or breathes slowly, and a birth
under way at home, hidden or with an ambulance refused (not a birth in hospital).
Also: a stranger let in by someone with dementia, there now; a crush with someone
trodden on or not breathing (not a crowd that only makes someone late). A plan to end one's life
said plainly ("pasikarsiu", "nusprendžiau mirti", "manęs nebebus tarp gyvųjų"), or a gun or a
rope held beside a day and a decision (not a hunting gun, nor a rope for the dog).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import (
    a_means_beside_a_plan,
    any_two_of,
    despair_told_of_someone,
    every_one_of,
)

# What a person does to "me" (mane).
_LT_HARMS = (
    r"musa|muse|sumuse|primuse|spardo|spyre|smaugia|smauge|pasmauge|grasina|grasino|prievartauja|"
    r"isprievartavo|uzrakina|uzrakino|uzdaro|uzdare|stumdo|stume|terorizuoja|persekioja|"
    r"skriaudzia|skriaude|zemina|tampo|dauzo|tvirkina"
)
_LT_PEOPLE_GEN = (
    r"(?:jo|jos|ju|vyro|zmonos|tevo|patevio|partnerio|sugyventinio|sugyventines|brolio|draugo|"
    r"buvusiojo|buvusio\s+\w+|uosvio|anytos|saves)"
)
_LT_CHILD = (
    r"(?:vaik\w*|dukr\w*|dukter\w*|sunus|sunu|sunui|sunaus|kudiki\w*|mazyl\w*|mergait\w*|"
    r"berniuk\w*)"
)

# A stroke's signs (the NHS's FAST): a face dropped or crooked, speech gone or slurred, an arm or
# leg that will not move or lift.
_LT_FACE = (
    r"\b(?:veid\w*|burn\w*|lup\w*)\s+(?:\w+\s+){0,2}(?:nusvir\w*|perkreip\w*|perkryp\w*|"
    r"kreiv\w*|nukar\w*|nutirp\w*)|\b(?:nusvir\w*|perkreip\w*|perkryp\w*)\s+(?:\w+\s+)?"
    r"(?:veid\w*|burn\w*|lup\w*)"
)
_LT_SPEECH = (
    r"\b(?:negali|nebegali|negaliu|nebegaliu)\s+(?:\w+\s+)?(?:kalbeti|istarti|pasakyti\s+"
    r"(?:\w+\s+)?zodzio)|\b(?:kalba|snek\w*)\s+(?:\w+\s+)?(?:neaiskiai|nesuprantamai|"
    r"(?:su)?mikciod\w*)|\bpainioj\w*\s+zodzi\w*|\bzodziai\s+(?:\w+\s+)?(?:painiojasi|"
    r"nesigauna|neissiversia)"
)
_LT_LIMB = (
    r"\b(?:rank\w*|koj\w*|puse\s+kuno)\s+(?:\w+\s+)?(?:nejuda|nebejuda|nusilp\w*|"
    r"nutirp\w*|nebeklauso|neklauso|bejeg\w*)|\b(?:nepakelia|negali\s+pakelti|nebepakelia|"
    r"nepajudina|negali\s+pajudinti)\s+(?:\w+\s+)?(?:rank\w*|koj\w*)"
)
# The same signs from a dentist's injection, drink, sleep or a sore throat.
_LT_NOT_NUMBED = (
    r"^(?!.*\b(?:odontolog\w*|dantist\w*|danti\w*|dantu|nuskausmin\w*|narkoz\w*|alaus|"
    r"isgert\w*|girt\w*|miego|gerkl\w*)\b)"
)

# A passport, papers or the phone taken or kept, in either order ("mano telefoną atėmė",
# "atėmė mano pasą").
_LT_PAPERS = r"(?:pasa|pasus|telefona|telefonus|dokumentus|asmens\s+dokument\w*)"
_LT_TAKE = r"(?:atem\w*|atima|paem\w*|pasiem\w*|pasilaik\w*|slepia|laiko)"
_LT_PAPERS_TAKEN = (
    rf"\b(?:mano|musu)\s+{_LT_PAPERS}\s+(?:\w+\s+)?{_LT_TAKE}\b|\b{_LT_TAKE}\s+(?:\w+\s+)?"
    rf"(?:mano|musu)\s+{_LT_PAPERS}\b"
)
# Work that exploits: no wages, a dozen or more in one house, not let out.
_LT_EXPLOITED = (
    r"\b(?:atlyginimo|algos|uzmokescio)\s+(?:\w+\s+)?(?:negaun\w*|negav\w*|nemoka\w*)|"
    r"\b(?:negaun\w*|negav\w*|nemoka\w*)\s+(?:\w+\s+)?(?:atlyginimo|algos|uzmokescio)\b|"
    r"\b(?:\d{2}|\w+lika|\w*desimt\w*)\s+(?:\w+\s+){0,2}(?:viename|vienam)\s+(?:name|bute|"
    r"kambaryje|kambary)\b|\bneleidzia\s+(?:\w+\s+)?(?:iseiti|isvaziuoti)\b"
)

LITHUANIAN_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    r"\bnusizudys(?:iu)?\b|\bnusizudyti\s+(?:noriu|norisi|ketinu|galvoju)\b",
    r"\b(?:noriu|norisi|ketinu|galvoju|mastau|svarstau)\s+(?:\w+\s+)?(?:nusizudyti|mirti|numirti|"
    r"apie\s+(?:savizudyb\w*|nusizudym\w*|mirti|mirt\w*))\b",
    r"\b(?:ne|nebe)noriu\s+(?:\w+\s+)?(?:gyventi|buti\s+cia|atsibusti|pabusti)\b|\b(?:ne|nebe)matau\s+"
    r"(?:\w+\s+)?prasmes\s+gyventi\b|\bgyvenimas\s+(?:\w+\s+)?neturi\s+prasmes\b",
    r"\batimti\s+sau\s+gyvyb\w*|\bbaigti\s+(?:su\s+)?(?:viskuo|viska|savo\s+gyvenim\w*)\b",
    r"\bbe\s+manes\s+(?:\w+\s+){0,2}(?:bus|butu)\s+geriau\b|\b(?:bus|butu)\s+geriau\s+(?:\w+\s+)?"
    r"be\s+manes\b",
    # self-harm
    r"\b(?:pjaustau|pjausciau|pjaustausi|pjausciausi|zaloju|zalojau|deginu|zeidziu)\s+save\b|"
    r"\bsave\s+(?:pjaustau|zaloju|zalojau|zeidziu|deginu)\b|\bsusizaloj\w*|\bsavizal\w*",
    r"\b(?:vel\s+)?(?:pjaustausi|susipjausciau|persipjoviau)\s+(?:\w+\s+)?(?:rankas|rieso|riesus|"
    r"venas)\b",
    # all the tablets
    r"\b(?:isgeriau|isgersiu|prarijau|prarysiu|suvalgiau|geriau|gersiu)\s+(?:\w+\s+)?(?:visas|visus|"
    r"visa)\s+(?:\w+\s+)?(?:table[tc]\w*|vaist\w*|pakuot\w*|piliul\w*)\b|\bperdozav\w*",
    r"\b(?:kaupiu|susikaupiau|prisikaupiau|slepiu)\s+(?:\w+\s+)?(?:tablet\w*|vaist\w*|piliul\w*)\b",
    # violence, threats, control
    rf"\bmane\s+(?:\w+\s+)?(?:{_LT_HARMS})\b|\b(?:{_LT_HARMS})\s+mane\b",
    r"\b(?:man|mums)\s+grasina\b|\bgrasina\s+(?:man\s+)?(?:nuzudyti|uzmusti|pribaigti)\b|\bzada\s+"
    r"(?:mane\s+)?(?:nuzudyti|uzmusti)\b",
    r"\bpatiriu\s+(?:\w+\s+)?(?:smurt\w*|prievart\w*)\b|\bjis\s+mane\s+(?:vel\s+)?(?:sumuse|muse)\b",
    r"\b(?:atem[e]|atima|paeme|pasieme|slepia|laiko)\s+(?:\w+\s+)?(?:mano\s+)?(?:pasa|telefona|"
    r"pinigus|dokumentus|kortele|korteles|asmens\s+dokument\w*)\b",
    r"\bneleidzia\s+(?:man\s+)?(?:iseiti|isvykti|susitikti|dirbti|kalbeti)\b",
    # afraid of him, afraid to go home
    r"\bbijau\s+(?:labai\s+)?"
    + _LT_PEOPLE_GEN
    + r"\b|\bbijau\s+(?:\w+\s+)?(?:grizti|eiti|vaziuoti)"
    r"\s+(?:\w+\s+)?(?:namo|namu|i\s+namus)\b|\bbijau\s+kad\s+(?:jis|ji)\s+mane\b",
    # a child at risk
    rf"\b{_LT_CHILD}\s+(?:\w+\s+){{0,3}}(?:badauja|negauna\s+valgyti|nevalg\w*\s+"
    r"(?:\w+\s+)?(?:nuo|visa\s+dien\w*|kelias\s+dienas|dvi\s+dienas)|palikt\w*\s+vien\w*|"
    r"musam\w*|skriaudziam\w*)\b",
    rf"\b(?:musa|muse|skriaudzia|skriaude|tvirkina|dauzo|spardo)\s+(?:\w+\s+)?{_LT_CHILD}",
    # followed
    r"\b(?:seka|sekioja|seke)\s+mane\b(?!\s+(?:instagram|feisbuk|facebook|tiktok|socialin))|"
    r"\bmane\s+(?:seka|sekioja|seke)\b(?!\s+(?:instagram|feisbuk|facebook|tiktok|"
    r"socialin))",
    # an ex who has found the writer, or waits outside the home
    r"^(?=.*\bbuv\w*\s+(?:vyras|draugas|vaikinas|partneris|sutuoktinis|zmona|drauge|mergina|"
    r"partnere)\b)(?=.*\b"
    r"(?:surado|susirado|atrado|stovi\s+prie\s+(?:mano|musu)|persekioja|laukia\s+prie\s+(?:mano|"
    r"musu))\b)",
    # a knife in the bath, or with tears that will not stop
    r"^(?=.*\bsu\s+peiliu\b)(?=.*\b(?:vonioj\w*|tualet\w*|verki\w*|verkiu|nebegaliu)\b)",
    # forced marriage
    r"\bvercia\s+(?:mane\s+)?(?:teketi|istekti|vesti|tuoktis)\b|\bpriverstin\w*\s+(?:\w+\s+)?"
    r"(?:santuok\w*|vedyb\w*|istekin\w*|teket\w*)",
    # in danger, not safe, help
    r"\besu\s+pavojuje\b|\bman\s+gresia\s+pavojus\b|\bgyvybei\s+gresia\b|\bgelbekit\w*\b",
    r"\bnesijauciu\s+(?:\w+\s+)?saug\w*|\b(?:nesu|nebesu)\s+saugi?u?s?\b|\bnesaugu\s+(?:namuose|"
    r"su\s+juo|grizti)\b",
    # nowhere to sleep tonight
    r"\bneturi(?:u|me)\s+kur\s+(?:\w+\s+)?(?:miegoti|nakvoti|eiti|gyventi|apsistoti|pernakvoti)\b|"
    # (not years ago and all well now: "prieš dešimt metų ... išmetė iš namų ... dabar viskas
    # gerai")
    r"^(?!.*\bpries\s+(?:\w+\s+){0,2}met\w*\b.*\bdabar\s+(?:\w+\s+)?(?:gerai|saugi?u?s?|"
    r"laiming\w*)\b).*\b(?:isvare|ismete|isvijo)\s+(?:mane\s+|mus\s+)?is\s+namu\b",
    # can't go on
    r"\bnebegaliu\s+(?:taip\s+|daugiau\s+)?(?:gyventi|istverti\s+(?:\w+\s+)?gyvenim\w*|pakelti\s+(?:\w+\s+)?"
    r"gyvenim\w*)\b|\bnebeistveriu\s+(?:\w+\s+)?gyvenim\w*|\bnebeturiu\s+jegu\s+gyventi\b|"
    r"\bpavargau\s+(?:\w+\s+)?gyventi\b",
    # sleeping in a car or outside now, or put out of the room or flat
    r"^(?=.*\b(?:miegu|miegame|miegam|nakvoju|nakvojame|gyvenu|gyvename)\s+(?:\w+\s+)?"
    r"(?:masinoje|automobilyje|gatveje|parke|stotyje|laiptin\w*|palapin\w*|ant\s+suoliuko)\b)"
    r"(?=.*\b(?:nuo|jau|ismete|isvare|isvijo|neturiu\s+kur|neturime\s+kur|salta|salti|"
    r"saltis)\b)",
    r"\b(?:isvare|ismete|isvijo)\s+(?:mane\s+|mus\s+)?is\s+(?:kambario|buto|namo)\b",
    # a passport held by an agency or employer, with the wage taken, a threat or a debt
    r"^(?=.*\b(?:(?:mano|musu)\s+pas(?:a|us)\s+(?:\w+\s+)?(?:laiko|atem\w*|paem\w*|pasiem\w*|"
    r"pasilaik\w*|slepia)|(?:laiko|atem\w*|paem\w*|pasiem\w*|pasilaik\w*|slepia)"
    r"\s+(?:\w+\s+)?(?:mano|musu)\s+pas(?:a|us))\b)(?=.*\b(?:(?:atima|atema|pasiima|nuskaiciuoja|"
    r"nuskaito)\s+(?:\w+\s+)?(?:puse|dali|visa|daugum\w*)\s+(?:\w+\s+)?(?:algos|atlyginimo|"
    r"uzmokescio)|grasin\w*|sutvarkys|issius\w*\s+atgal|isvys\w*\s+atgal|skol\w*|"
    r"neleidzia\s+(?:\w+\s+)?(?:iseiti|isvaziuoti))\b)",
    # a phone or passport taken by the people the writer works for, with no wages, many sleeping
    # in one house or not let out; not a phone lent to a daughter
    "^"
    + every_one_of(
        _LT_PAPERS_TAKEN,
        r"\b(?:kuriems|kuriam|kuriai|pas\s+kuriuos)\s+(?:\w+\s+)?dirb\w*|\b(?:darbdav\w*|"
        r"sef\w*|bos\w*|agentur\w*|brigadinink\w*|tarpinink\w*)\b",
        _LT_EXPLOITED,
    ),
    # an older parent with dementia alone, the carer gone, not eating or found on the floor
    r"\b(?:tetis|tevas|mama|mamyte|mociute|senelis|senele)\s+(?:\w+\s+){0,3}(?:demencij\w*|"
    r"(?:vienas|viena)\s+(?:namie|namuose))\b(?=.*\b(?:nebeateina|neateina|ant\s+grindu|"
    r"nieko\s+nevalgo|nukrito|griuvo)\b)",
    # a farewell: sorry for everything, with a goodbye, family left in someone's care, or a last
    # message
    r"^(?=.*\batsiprasau\s+(?:\w+\s+)?uz\s+viska\b)(?=.*\b(?:pasirupink\w*\s+(?:\w+\s+)?"
    r"(?:mam\w*|tet\w*|vaik\w*|sesut\w*|sesers?\w*|brol\w*|zmon\w*|vyru|sun\w*|dukr\w*|"
    r"savimi|jais|ja|juo)|"
    r"sudie|atsisveikin\w*|paskutin\w*\s+(?:\w+\s+)?zinut\w*|nebepamatys\w*|myliu\s+jus\s+visus)"
    r"\b)",
    # two of a stroke's signs together: the face dropped to one side, speech gone or slurred,
    # an arm or leg that will not move (one alone is a sore throat or an arm slept on)
    _LT_NOT_NUMBED + every_one_of(_LT_FACE, _LT_SPEECH + "|" + _LT_LIMB),
    _LT_NOT_NUMBED + every_one_of(_LT_SPEECH, _LT_LIMB),
    # children alone at home for days or a night, or since a parent vanished (their ages or
    # "since yesterday" may come between: "vaikai (3 ir 5 metų) nuo vakar vieni bute"); not an
    # hour or two while she is at the shop
    rf"^(?=.*\b{_LT_CHILD},?\s+(?:\S+\s+){{0,6}}?(?:vieni|vienas|viena|vienos)\s+"
    r"(?:namuose|namie|bute)\b)(?=.*\b(?:(?:dvi|tris|keturias|kelias|\d+)\s+(?:dienas|paras|"
    r"naktis)|(?:visa|visa\s+ta)\s+nakti|nuo\s+(?:vakar\w*|uzvakar\w*|pirmadien\w*|antradien\w*|"
    r"treciadien\w*|ketvirtadien\w*|penktadien\w*|sestadien\w*|sekmadien\w*)|para\b|"
    r"(?:mama|tevas|tetis|tevai|motina)\s+(?:\w+\s+)?(?:dingo|isejo\s+ir\s+(?:\w+\s+)?"
    r"negrizo))\b)",
    # a pregnancy in trouble (bleeding)
    r"\bnescia\b(?:\s+\w+){0,6}\s+(?:kraujavimas|kraujuoju|bega\s+kraujas)\b"
    r"(?!\s+(?:is\s+)?(?:nosies|dantenu))",
)

# A threat to kill the writer: "jis mane užmuš", "sakė, kad mane nužudys", "jei išeisiu, jis
# mane užmuš", "užmušiu tave" written on the door; not "mama mane užmuš, jei pavėluosiu",
# "šitas karštis mane žudo", "užmušiu jį, suvalgė mano tortą".
_LT_KILLS_ME = (
    r"(?:mane\s+(?:\w+\s+){0,2}?(?:uzmus|nuzudys|nudes|papjaus)|(?:uzmus"
    r"|nuzudys)\s+mane)\b"
)
LITHUANIAN_PHRASES += (  # i18n-exempt: input
    r"\b(?:jis|vyras|sugyventinis|buves\w*|vaikinas|patevis)\s+(?:\w+\s+){0,3}?" + _LT_KILLS_ME,
    r"^(?!.*\b(?:pavel\w*|veluo\w*)\b)(?=.*\b(?:sake|sako|grasina|grasino|rase|parase|rekia|"
    r"reke|jei(?:gu)?\s+(?:\w+\s+){0,2}?(?:iseisiu|pasakysiu|paliksiu|pabegsiu|"
    r"iskviesiu|kreipsiuosi|skirsiuosi|atsisakysiu))\b(?:\W+\w+){0,5}?\W+" + _LT_KILLS_ME + ")",
    _LT_KILLS_ME + r"\s+(?:\w+\s+)?(?:sianakt|siandien|siavakar)\b",
    r"^(?=.*\b(?:uzmusiu|nuzudysiu)\s+tave\b)(?=.*\b(?:parase|rase|duru|duris|sien\w*|zinut\w*|"
    r"sms)\b)",
)

# A threat with a knife or a weapon, to the writer or to someone else ("vyras jai grasino
# peiliu"), or to kill her; not a threat in a film, a book or a game.
_LT_WEAPON = r"(?:peiliu|kirviu|ginklu|pistoletu|sautuvu|sudu\s+buteliu)"
_LT_THREAT_WITH_A_WEAPON = (
    rf"\bgrasin\w*\s+(?:\w+\s+){{0,2}}(?:{_LT_WEAPON}|nuzudyti|uzmusti|papjauti)\b|"
    rf"\b{_LT_WEAPON}\s+(?:\w+\s+)?grasin\w*"
)
_LT_NOT_A_STORY = r"^(?!.*\b(?:film\w*|serial\w*|knyg\w*|spektakl\w*|zaidim\w*|pjes\w*|kine)\b)"
# Someone close gone since a day or for days with the phone off; not away in the country with no
# signal, on holiday, or back since.
_LT_CLOSE = (
    r"(?:drauge|draugas|sesuo|sesute|brolis|mama|mamyte|tetis|tevas|dukra|sunus|zmona|vyras|"
    r"kaimyn\w*|senele|senelis|mociute|pusseser\w*|pusbrol\w*|bendradarb\w*)"
)
_LT_GONE_SINCE = (
    rf"\b{_LT_CLOSE}\s+(?:\w+\s+)?dingo\s+(?:\w+\s+)?(?:nuo\s+\w+|pries\s+(?:\w+\s+)?dien\w*|"
    r"(?:dvi|tris|kelias|\d+)\s+dien\w*)"
)
_LT_PHONE_OFF = (
    r"\btelefon\w*\s+(?:\w+\s+)?(?:isjungt\w*|neatsak\w*|nepasiekiam\w*|neatsiliep\w*|"
    r"nebeatsak\w*)|\b(?:neatsako|neatsiliepia|nebeatsako)\s+(?:\w+\s+)?(?:i\s+)?(?:telefon\w*|"
    r"skambuc\w*|zinut\w*)"
)
_LT_GONE_EXPLAINED = (
    r"^(?!.*\b(?:atostog\w*|isvaziav\w*|isvyk\w*|rysio|kaime|sodyb\w*|grizo|atsirado|"
    r"atsiliepe|paskambino)\b)"
)
LITHUANIAN_PHRASES += (  # i18n-exempt: input
    _LT_NOT_A_STORY + every_one_of(_LT_THREAT_WITH_A_WEAPON),
    _LT_GONE_EXPLAINED + every_one_of(_LT_GONE_SINCE, _LT_PHONE_OFF),
)

# A farewell said bare: two of "I'll finish it all" ("šiandien viską užbaigsiu", "padarysiu
# galą"), "nebegaliu daugiau" standing alone and "atsiprašau už viską" standing alone; not
# work finished ("viską užbaigsiu ir atsiųsiu"), "nebegaliu daugiau valgyti", nor "atsiprašau už
# viską, kad vėlavau".
_LT_FINISH_IT_ALL = (
    r"\b(?:viska|su\s+viskuo|viskam|visam\s+tam)\s+(?:\w+\s+)?(?:uz|pa)?baigsiu\s*(?:[.!…,;]|$)|"
    r"\b(?:uz|pa)?baigsiu\s+(?:\w+\s+)?(?:su\s+viskuo|viska|viskam|visam\s+tam)\s*(?:[.!…,;]|$)|"
    r"\bpadarysiu\s+(?:\w+\s+){0,2}?gala\b"
)
_LT_CANT_ANYMORE = r"\bnebegaliu(?:\s+(?:daugiau|taip|ilgiau))?\s*(?:[.!…,;]|$)"
_LT_SORRY_FOR_ALL = r"\batsiprasau\s+(?:\w+\s+)?uz\s+viska\b(?!\W*kad\b)"
LITHUANIAN_PHRASES += (  # i18n-exempt: input
    "^" + any_two_of(_LT_FINISH_IT_ALL, _LT_CANT_ANYMORE, _LT_SORRY_FOR_ALL),
)

# An older relative's pension taken by someone she lives with, beside her left unfed, afraid of
# them or crying ("jis pasiima visą jos pensiją, neduoda valgyti"); not a son who collects it at
# the post office and brings it home.
_LT_PENSION_TAKEN = (
    r"\b(?:pasiima|atima|paima|ima|atem\w*|paem\w*|pasiem\w*|pasilaik\w*|islaido|prageria)\s+"
    r"(?:\w+\s+){0,2}(?:jos|jo|mociutes|seneles|senelio|mamos|tevo)\s+pensij\w*|"
    r"\b(?:jos|jo)\s+pensij\w*\s+(?:\w+\s+)?(?:pasiima|atima|atem\w*|pasiem\w*|islaido|prageria)\b"
)
_LT_LEFT_WITHOUT = (
    r"\bneduoda\s+(?:\w+\s+)?valgyti\b|\bnegauna\s+(?:\w+\s+)?valgyti\b|\bnera\s+ko\s+valgyti\b|"
    r"\bbijo\s+(?:jo|jos|ju|sunaus|dedes|anukes|anuko)\b|\bverk(?:ia|e)\b|\bnieko\s+"
    r"(?:jai|jam)\s+nelieka\b|\balksta\b"
)
# Means bought or made ready (a rope, a noose) beside a life fallen apart: debts, a wife or
# husband gone with the children, no one to tell ("turiu daug skolų, žmona išėjo su vaikais.
# Nusipirkau virvę."); not a rope bought for the washing or a tent, nor debts alone.
_LT_MEANS_READY = (
    r"\b(?:nusipirkau|nupirkau|pasiruosiau|paruosiau|susiradau|turiu)\s+(?:\w+\s+)?"
    r"(?:virve|virves|kilpa)\b(?!\s+(?:\w+\s+)?(?:skalbin\w*|palapin\w*|baidar\w*|laiv\w*|"
    r"sod\w*|kiem\w*|sunui|sunelio|vaikams|supynem\w*|sport\w*|lipim\w*|alpin\w*))"
)
_LT_LIFE_FALLEN_APART = (
    r"\bskol(?:u|os|as)\b|\b(?:zmona|vyras|drauge|draugas|partner\w*)\s+(?:\w+\s+)?(?:isejo|"
    r"paliko|issikraust\w*|pasieme\s+vaikus)\s+(?:su\s+vaikais|mane|nuo\s+manes)\b|"
    r"\bneturiu\s+(?:kam|su\s+kuo)\s+(?:pasakyti|pasikalbeti|issipasakoti)\b|"
    r"\bnetekau\s+(?:\w+\s+)?(?:darbo|namu|buto|visko)\b"
)
LITHUANIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_LT_PENSION_TAKEN, _LT_LEFT_WITHOUT),
    "^" + every_one_of(_LT_MEANS_READY, _LT_LIFE_FALLEN_APART),
)


# Despair told of someone close ("vyras sako, kad mums visiems būtų geriau be jo"), said alone; or
# two of its signs together: that, a rope or a noose found, and him locked in and not answering
# ("užsirakinęs ir neatsiliepia"). Not "geriau be jo mašinos" (without his car), a rope found for
# the washing, nor a son locked in with his headphones or his game.
_LT_SAYS = r"\b(?:sako|sake|raso|parase|kartoja|galvoja)"
_LT_BETTER_WITHOUT = (
    r"\b(?:mums|visiems|vaikams|jums|jiems|seimai)\s+(?:\w+\s+)?(?:butu|bus)\s+geriau\s+be\s+"
    r"(?:jo|jos|manes)(?:\s*(?:[.!,;…]|$)|\s+(?:cia|siame\s+pasaulyje|pasaulyje|gyvenime)\b)"
)
_LT_ROPE_FOUND = (
    r"\b(?:radau|radome|rado|pamaciau|aptikau)\s+(?:\w+\s+){0,2}?(?:virve|virves|kilpa)\b"
    r"(?!\s+(?:\w+\s+)?(?:skalbin\w*|palapin\w*|baidar\w*|laiv\w*|supynem\w*))"
)
_LT_LOCKED_IN_SILENT = (
    r"\b(?:uzsirakin\w*|uzsidar\w*|uzsirakino|uzsidare)\b.{0,60}\b(?:neatsiliep\w*|neatsako|"
    r"nebeatsako|neatidaro|nieko\s+nesako)\b"
)
_LT_EVERYDAY_REASON = (
    r"\b(?:ausin\w*|muzik\w*|zaidz\w*|zaidim\w*|kompiuter\w*|miega|miegojo|egzamin\w*|"
    r"atostog\w*|persikraust\w*)"
)
LITHUANIAN_PHRASES += despair_told_of_someone(  # i18n-exempt: input
    _LT_SAYS, _LT_BETTER_WITHOUT, _LT_EVERYDAY_REASON, _LT_ROPE_FOUND, _LT_LOCKED_IN_SILENT
)

# Tablets made ready beside farewell letters written or everything put in order ("jau parašiau
# laiškus dukrai ir mamai, viskas sutvarkyta, tabletės paruoštos"); not tablets sorted into a
# box for the week or a trip, nor letters and papers put in order for a move.
_LT_TABLETS_READY = (
    r"\b(?:tablet\w*|vaist\w*|piliul\w*|migdom\w*)\s+(?:\w+\s+)?(?:paruost\w*|sukaupt\w*|"
    r"surinkt\w*|padet\w*\s+(?:\w+\s+)?salia)|\b(?:paruosiau|susikrausciau|surinkau|"
    r"susidejau)\s+(?:\w+\s+)?(?:tablet\w*|vaist\w*|piliul\w*|migdom\w*)"
)
_LT_AFFAIRS_DONE = (
    r"\b(?:parasiau|palikau|issiunciau)\s+(?:\w+\s+)?(?:laisk\w*|atsisveikin\w*|rastel\w*)|"
    r"\bviskas\s+(?:\w+\s+)?(?:sutvarkyt\w*|paruost\w*|sudeliot\w*)|\bsutvarkiau\s+(?:\w+\s+)?"
    r"(?:viska|reikalus|dokumentus|testament\w*)"
)
_LT_FOR_THE_WEEK = (
    r"\b(?:savaitei|savaitem|dienom|kelionei|atostog\w*|dezut\w*|dozatori\w*|pagal\s+dienas|"
    r"persikraust\w*)"
)
LITHUANIAN_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*{_LT_FOR_THE_WEEK})" + every_one_of(_LT_TABLETS_READY, _LT_AFFAIRS_DONE),
)

# A child under 18 writing with a grown man online who asks for her photos or to meet ("dukra
# (13 m.) susirašinėja su vyru... prašo jos nuotraukų"); not a child who plays with classmates.
_LT_CHILD_UNDER_18 = (
    r"\b(?:dukra|dukrai|s[uū]nus|s[uū]nui|vaikas|anūk\w*)\b(?:\s+\S+){0,2}?\s+\W*1[0-7]\s*"
    r"(?:m\b|met)"
)
_LT_A_GROWN_MAN = r"\bsu\s+(?:suaugusiu\s+)?vyr(?:u|iškiu)\b|\bsuaug\w*\s+vyr\w*"
_LT_PHOTOS_OR_MEETING = (
    r"\bpra[sš]o\s+(?:\S+\s+)?nuotrauk|\bnori\s+(?:su\s+ja\s+|su\s+juo\s+)?susitikti\b|"
    r"\bkvie[cč]ia\s+susitikti\b"
)
LITHUANIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_LT_CHILD_UNDER_18, _LT_A_GROWN_MAN, _LT_PHOTOS_OR_MEETING),
)

# Kept in a car or a taxi: not let out or its doors locked ("neleidžia man išlipti",
# "užrakino mašinos duris"), with the car going the wrong way or the writer afraid ("važiuoja ne
# ten", "labai bijau"); not a bus driver who opens the doors only at the stop, nor a detour round
# a closed road.
_LT_NOT_LET_OUT = (
    r"\bneleid\w*\s+(?:\w+\s+)?(?:islipti|iseiti)\b|\b(?:islipti|iseiti)\s+(?:\w+\s+)?neleid\w*|"
    r"\buzrakin\w*\s+(?:\w+\s+)?(?:masin\w*|automobil\w*|taksi\w*)\s+dur\w*"
)
_LT_WRONG_WAY_OR_AFRAID = (
    r"\b(?:vaziuoja|veza|vezasi|suka|nuvaziavo|pravaziavo)\s+(?:\w+\s+)?(?:ne\s+ten|ne\s+i\s+ta|"
    r"kitur|kitu\s+keliu|pro\s+(?:mano|musu)|i\s+(?:savo|jo)\s+namus|uz\s+miesto|nezinia\s+kur)|"
    r"\b(?:labai\s+)?bijau\b(?!\s+(?:\w+\s+)?(?:veluoti|pavel\w*|pramiegoti))|\bbaisu\b|"
    r"\bpadekit\w*|\bgelbekit\w*|\bpagalbos\b"
)
LITHUANIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_LT_NOT_LET_OUT, _LT_WRONG_WAY_OR_AFRAID),
)

# Someone with dementia gone from home and not back or not found ("mama serga demencija, ji
# išėjo iš namų prieš tris valandas ir negrįžo, lauke labai šalta"); not someone with dementia
# who went out and came back, nor the writer who will not come back to a session.
_LT_DEMENTIA = r"\bdemencij\w*|\balzheimer\w*|\bsilpnaprot\w*"
_LT_GONE = (
    r"\bnegr[iį][zž]o\b|\bnegr[iį][zž]ta\b|\bdingo\b|\bdingus\w*|\bpasiklyd\w*|\bpradingo\b|"
    r"\bneran\w*|\bnežin\w*\s+kur\s+(?:ji|jis|yra|dingo)|\biš[eė]jo\s+(?:\w+\s+){0,3}pries\s+"
    r"(?:\w+\s+)?valand"
)
LITHUANIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_LT_DEMENTIA, _LT_GONE),
)

# Drink taken with medicines and someone who will not wake or breathes slowly ("gėrė alkoholį
# su vaistais, neatsibunda ir kvėpuoja labai lėtai"); not tablets taken as prescribed and a
# good night's sleep.
_LT_DRINK = r"\balkohol\w*|\bg[eė]r[eė]\b|\bi[sš]g[eė]r\w*|\bdegtin\w*|\bvyn\w*|\balaus\b|\balų\b"
_LT_MEDICINES = r"\bvaist\w*|\btablet\w*|\btable[cč]\w*|\bmigdom\w*|\bpiliul\w*|\braminam\w*"
_LT_NOT_WAKING = (
    r"\bneatsibud\w*|\bneatsibund\w*|\bnepabund\w*|\bnepabud\w*|\bnegaliu\s+(?:jo|jos|j[iį])\s+"
    r"(?:pa)?(?:[zž]adinti|atgaivinti)|\bkv[eė]puoja\s+(?:labai\s+)?(?:l[eė]tai|keistai|"
    r"sunkiai|retai)|\bnekv[eė]puoja\b|\bbe\s+s[aą]mon[eė]s\b"
)
LITHUANIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_LT_DRINK, _LT_MEDICINES, _LT_NOT_WAKING),
)

# A birth happening now at home, hidden or with help refused ("dukra gimdo vonioje ir neleidžia
# kviesti greitosios"); not a birth in hospital, nor one told as gone well.
_LT_BIRTH_NOW = r"\bgimdo\b|\bprasidejo\s+gimdymas\b|\bsar[eė]miai\b|\bnubego\s+vandenys\b"
_LT_ALONE_OR_REFUSED = (
    r"\bneleid\w*\s+(?:\w+\s+)?(?:kviesti|skambinti|vezti|iskviesti)\b|\bnenori\s+(?:\w+\s+)?"
    r"(?:greitosios|gydytoj\w*|ligonin\w*)|\bvonioje\b|\bnamie\s+viena\b|\bslep[eė]\w*|"
    r"\bpaslep\w*"
)
LITHUANIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:ligonin[eė]je|gimdymo\s+namuose|viskas\s+gerai|akuser\w*|"
    r"pagimd[eė]\s+sveik\w*)\b)" + every_one_of(_LT_BIRTH_NOW, _LT_ALONE_OR_REFUSED),
)

# Someone with dementia or a disability who let a stranger in, the stranger there now.
LITHUANIAN_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\b(?:demencij\w*|alzheimer\w*|neigal\w*|nevaiksto\w*)",
        r"\bnepazistam\w*\s+(?:vyr|zmog|moter|asmen)\w*",
        r"\b(?:dabar|ka\s+tik|siuo\s+metu|negaliu\s+(?:jai|jam)\s+prisiskambinti)\b",
    ),
)

# A crush in a crowd now: someone down and trodden on, or not able to breathe.
LITHUANIAN_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\b(?:spust\w*|minio\w*|grust\w*)",
        r"\b(?:mindo|trypia|sutrype\w*|(?:ne|nebe)gali\s+kvepuoti)\b",
    ),
)

# Sex demanded as the price of a job or a room, or rape, with a time set today or tonight.
_LT_SEX_DEMAND = (
    r"\bjei\w*\s+(?:ne)?(?:miegosi|permiegosi)\w*\s+su\s+(?:juo|ja)\b|\bturi\w*\s+"
    r"(?:miegoti|permiegoti|mylet\w*)\s+su\s+(?:juo|ja)\b|\bisprievartav\w*|\bprievartav\w*|"
    r"\bismeiz\w*"
)
_LT_SOON = r"\b(?:siandien|siavakar|sianakt|dabar|vakar|rytoj|vel)\b|\bliepe\s+ateiti\b"
# A threat to set a home on fire now, or over who the family are.
_LT_ARSON = r"\b(?:padeg|sudegin)\w*\s+(?:\w+\s+)?(?:buta|nama|duris|mus|jus)\b"
_LT_ARSON_NOW = r"\bgrasin\w*|\bsianakt\b|\bdabar\b|\bjau\s+pila\w*|\bnes\s+esame\b"
LITHUANIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_LT_SEX_DEMAND, _LT_SOON),
    "^" + every_one_of(_LT_ARSON, _LT_ARSON_NOW),
)

# A plan to end one's life said plainly, in the first person, future or decided: "pasikarsiu",
# "nusišausiu", "nušoksiu nuo tilto", "mesiuosi po traukiniu", "atimsiu sau gyvybę", "baigsiu
# savo gyvenimą", "nusprendžiau mirti", "manęs nebebus tarp gyvųjų", "rytoj manęs nebebus.";
# tablets gathered and all to be swallowed; a means held (a rope, a gun) beside a day or time
# and a decision or a goodbye ("šautuvą turiu, viską sutvarkiau, šįvakar baigsiu"), and a place
# gone to (the rails, a bridge, a river) beside a day or time and a goodbye. Not a course
# finished, time taken to rest, a train taken, a bridge crossed, a rope for the washing or the
# dog, a walk decided, "manęs nebebus biure", tablets packed for a trip.
_LT_MY_DEATH = (
    r"\b(?:pasikarsiu|nusisausiu|nusinuodysiu|nusiskandinsiu)\b|\b(?:nusoksiu|soksiu)\s+"
    r"(?:\w+\s+)?nuo\s+(?:\w+\s+)?(?:tilto|stogo|balkono|daugiaaukscio|uolos)\b|\b(?:mesiuosi|"
    r"pulsiu|gulsiu)\s+(?:\w+\s+)?po\s+(?:\w+\s+)?(?:traukiniu|masina|sunkvezimiu|tramvajumi)\b|"
    r"\batimsiu\s+sau\s+gyvyb\w*|\b(?:baigsiu|uzbaigsiu|nutrauksiu)\s+(?:savo\s+|si\s+)?"
    r"gyvenim(?:a|u)\b|\bnusprendziau\s+(?:\w+\s+)?(?:mirti|nusizudyti|pasikarti|nebegyventi|"
    r"baigti\s+(?:su\s+)?(?:savo\s+)?gyvenim\w*|atimti\s+sau\s+gyvyb\w*)\b"
)
_LT_GONE = (
    r"\bmanes\s+(?:jau\s+)?nebebus\s+(?:\w+\s+)?(?:tarp\s+gyvuju|gyvo|gyvos|siame\s+pasaulyje)\b|"
    r"\bnebebusiu\s+(?:\w+\s+)?gyv(?:as|a)\b|\bmanes\s+(?:jau\s+)?nebebus\s*(?:[.!…]|$)"
)
_LT_TABLETS = r"\b(?:table[tc]\w*|vaist\w*|piliul\w*|migdom\w*)"
_LT_SWALLOW_ALL = (
    r"\b(?:isgersiu|prarysiu|suvartosiu|sulesiu)\s+(?:\w+\s+)?(?:jas\s+|juos\s+)?(?:visas|"
    r"visus)\b"
)
_LT_MEANS = r"(?:virv\w*|kilp\w*|sautuv\w*|ginkl\w*|pistolet\w*)"
_LT_MEANS_HELD = (
    rf"\b(?:turiu|nusipirkau|pasiruosiau|paruosiau|susiradau|issitraukiau|"
    rf"pasiemiau)\s+(?:\w+\s+)?"
    rf"{_LT_MEANS}\b|\b{_LT_MEANS}\s+(?:\w+\s+)?(?:turiu|paruost\w*|laukia)\b"
)
_LT_PLACE = (
    r"\b(?:eisiu|einu|vaziuosiu|vaziuoju|nueisiu)\s+(?:\w+\s+){0,2}?(?:ant|prie|i|link)\s+"
    r"(?:\w+\s+)?(?:begi\w*|tilto|tilta|upes|upe|stogo)\b"
)
_LT_DECIDED = (
    r"\b(?:nusprendziau|apsisprendziau)\s*(?:[.!…,;]|$)|\bviska\s+sutvarkiau\b|"
    r"\bsutvarkiau\s+viska\b"
)
_LT_GOODBYE = (
    r"\b(?:atsisveikinu|sudie)\s*(?:[.!…,;]|$)|\batleiskit\w*|\bneberasykit\w*|"
    r"\bneieskokit\w*\s+manes\b|"
    r"\bmanes\s+neieskokit\w*|\bnebebusiu\s+(?:niekam\s+)?nasta\b|\bnebegrisiu\s*(?:[.!…,]|$)"
)
_LT_WHEN = (
    r"\b(?:siandien|siavakar|sivakar|sianakt|rytoj|poryt|sekmadien\w*|sestadien\w*|"
    r"savaitgal\w*|sia\s+savaite|greitai|netrukus)\b"
)
_LT_EVERYDAY_MEANS = (
    r"^(?!.*\b(?:skalbin\w*|palapin\w*|zvej\w*|medziokl\w*|saudykl\w*|nuotrauk\w*|biliet\w*|"
    r"kelion\w*|suni\w*|supyn\w*|bungee)\b)"
)
LITHUANIAN_PHRASES += (  # i18n-exempt: input
    _LT_MY_DEATH,
    _LT_GONE,
    "^" + every_one_of(_LT_TABLETS, _LT_SWALLOW_ALL),
    _LT_EVERYDAY_MEANS
    + a_means_beside_a_plan(_LT_MEANS_HELD, _LT_PLACE, _LT_DECIDED, _LT_GOODBYE, _LT_WHEN),
)
