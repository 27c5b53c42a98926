"""The Kurdish safeguarding phrase net (read by safeguarding_languages), for Kurmanji written in
Latin letters as most members from Turkey, Syria and northern Iraq type it (Sorani, in Arabic
script, is read by safeguarding_kurdish_sorani under the same code). Kurmanji puts the verb
last and the one a harm is done to before it ("dê min bikuje", will kill me; "xwişka min
bikuje", will kill my sister), names a person with "-ê"/"-a" and "min" (my) after ("birayê
min", my brother), and hits "on" someone ("li min dide", hits me). Text has been through
safeguarding_languages.fold (no marks: "ê" reads "e", "î" reads "i", "ş" reads "s", "ç" reads
"c"), as members often type without them.

It reads wanting to die or to kill oneself, being hit, locked in or threatened, a death threat
against the writer or someone of the family ("bikuje", he will kill; "bikujin", they will), fear
of someone or of going home, a marriage forced, being in danger, papers taken, someone not
breathing.

Left alone: "ji birçîna dimirim" (dying of hunger), "diya min dê min bikuje ger dereng bimînim"
(mum will kill me if I'm late), a death in a game or a joke ("henek"), "ez ê wî bikujim" said of
a friend who ate the cake, "ev germ min dikuje" (this heat is killing me).
Also a plan to die said plainly: "min biryar da ku bimirim", "dawî li jiyana xwe bînim", "xwe
daleqînim", "xwe ji pirê bavêjim", no longer alive after tonight, tablets gathered beside a
time; not a move decided, a job ended, clothes hung, a stone thrown, a trip.
And the main kinds said plainly: one's own hand cut now ("destê xwe dibirim"), a box of pills
or all of them swallowed, or all to be taken tonight; a mother, sister or child hit ("li diya
min dide"); a knife in hand beside a door locked; a stranger following from the bus who waits
outside; a child alone for days with no food; a child hit and bleeding from the head; the
writer to be married to a cousin or with tickets bought; the writer shut in at home, papers
taken by a husband's family; a daughter to be cut; chest pain with someone not speaking;
someone beaten to drive out a jinn. Not nails cut, a box of sweets eaten, a call made ("telefon
li diya min dide"), meat cut, a friend who waits, a child who walks to school alone, a ball
kicked, a cousin's wedding, a guest made welcome, a son's circumcision, back pain and a sulk,
prayers read against a jinn.
And what members seeking asylum write: a sister shut in at home beside blows, fear or an age
under 18, a landlord asking for sex for the rent or reporting the writer to the Home Office, a
crowd outside the hotel throwing stones, a child of 14 whom a stranger who says he is the uncle
is taking tonight, nowhere to sleep or thrown out with the children, lost in the dark with the
phone dying, a fire with no way out, a fit gone on for minutes, someone fallen with the head
bleeding or who will not wake. Not a sister whose husband works from home, the garden instead
of the rent, Home Office papers shown to the landlord, children throwing a ball, a child's own
uncle, nowhere to park, keys lost, a cold house, the first-aid rule told with "if", a mother
fallen asleep.
Also someone who took a drug or tablets and will not wake or barely breathes; not someone
worn out from dancing who will not wake.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# The one a harm is done to: me, us, him, her, them, or someone "of mine" ("xwişka min").
_KU_WHOM = r"(?:min|me|wi|we|wan|\w+(?:a|e|en|an)\s+(?:min|me))"
# Being late, a joke or a game, which make "kill" an idiom.
_KU_NOT_MEANT = r"\b(?:dereng|henek\w*|listik\w*|game|lol|haha\w*)\b"

KURDISH_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, killing oneself, not wanting to live
    r"\b(?:dixwazim|dixwaze|dixwazin)\s+(?:\w+\s+)?bimir(?:im|e|in)\b|\bxwe\s+(?:\w+\s+)?"
    r"bikuj(?:im|e|in)\b|\bxwekust\w*|\b(?:naxwazim|ez\s+naxwazim)\s+(?:\w+\s+)?(?:bijim|"
    r"bijime|zindi\s+bim)\b",
    # being hit: "li min dide", "li min xist", "min dikute"
    r"(?<!telefon\s)(?<!zeng\s)(?<!zenge\s)\bli\s+(?:min|me)\s+(?:\w+\s+)?(?:dide|didin|dida|dixe|dixin|dixist|xist|xistin)\b|"
    r"\b(?:min|me)\s+(?:\w+\s+)?(?:dikute|dikutin|kuta|kutan)\b",
    # threatened, locked in, papers taken
    r"\bgef\w*\s+li\s+(?:min|me)\s+(?:\w+\s+)?(?:dixwe|dixwin|xwar|xwarin|dike|kir)\b|"
    r"\b(?:min|me)\s+(?:\w+\s+)?tehdit\s+(?:dike|dikin|kir|kirin)\b",
    r"\bderi\s+li\s+(?:min|me)\s+(?:\w+\s+)?(?:girt\w*|kilit\w*|dad\w*)|\b(?:min|me)\s+"
    r"(?:\w+\s+){0,3}(?:hepis|kilit)\s+(?:kir\w*|dik\w*)",
    r"\bpasaport(?:a|en)\s+(?:min|me)\s+(?:\w+\s+)?(?:girtiye|girtine|biriye|birine|standiye|"
    r"standine|vesartiye|vesartine|nade|nadin)\b",
    # a death threat against the writer or someone of the family (he or they will kill), not
    # a joke, a game or being late
    rf"^(?!.*{_KU_NOT_MEANT})(?=.*\b{_KU_WHOM}\s+(?:\w+\s+)?bikuj(?:e|in)\b)",
    # afraid of him or of going home
    r"\bji\s+(?:wi|wan|\w+e\s+xwe|\w+e\s+min)\s+(?:gelek\s+|pir\s+)?ditirs(?:im|in)\b|"
    r"\bditirs(?:im|in)\s+(?:\w+\s+)?(?:vegerim|vegerin|herim|biçim|bicim)\s+(?:\w+\s+)?male\b",
    # a marriage forced
    r"\bbi\s+(?:dare\s+)?zore\s+(?:\w+\s+){0,4}(?:dizewicin\w*|bizewicin\w*|zewicand\w*|"
    r"bidin\s+mer|didin\s+mer)\b",
    # in danger, help
    r"\b(?:ez|em|jiyana\s+min)\s+di\s+(?:xetere|talukeye|metirsiye)\s+de\s+(?:me|ye|in)\b|"
    r"^\W*hewar\b",
    # someone not breathing
    r"\b(?:nefes|nefese|nefesa\s+xwe|behna\s+xwe|behne)\s+(?:\w+\s+)?(?:nagire|nagirin|nastine|"
    r"nastinin)\b|\bnikare\s+(?:nefes|nefese|behne)\s+(?:\w+\s+)?(?:bigire|bistine)\b",
)

# A plan to die said plainly. Soon: tonight, tomorrow, this week, Sunday.
_KU_SOON = r"\b(?:isev|sibe|vê\s+hefteyê|yeksem\w*)\b"
# A goodbye: goodbye, forgive me, don't look for me.
_KU_GOODBYE = r"\b(?:xatirê\s+we|min\s+bibexşînin|li\s+min\s+negerin)\b"
# Tablets or medicines gathered ("min heb kom kirine"), with no everyday use (a trip, a doctor, a
# hospital, a parent).
_KU_PILLS_GATHERED = (
    r"\b(?:heb|derman)\w*\s+(?:\w+\s+)?kom\s+kir\w*|\bkom\s+kir\w*\s+(?:\w+\s+)?(?:heb|derman)\w*"
)
_KU_EVERYDAY_USE = r"\b(?:rêwîtî\w*|doktor\w*|nexweşxane\w*|diya\s+min|bavê\s+min|dapîr\w*)\b"
# Where one throws oneself: a bridge, the river, a train, a car, a roof, a building.
_KU_DROP = r"\b(?:pirê|pira|çemê|rûbar\w*|trên\w*|tren\w*|erebe\w*|otomobîl\w*|banê|avahî\w*)\b"
KURDISH_PHRASES += (  # i18n-exempt: input
    # decided to die ("min biryar da ku bimirim"); ending my life ("dawî li jiyana xwe bînim");
    # hanging myself ("xwe daleqînim"); not a move to London decided, a job ended, clothes hung
    r"\bbiryar\s+(?:\w+\s+){0,2}?(?:da|daye|dame|didim)\s+(?:ku\s+)?(?:bimirim|xwe\s+"
    r"bikujim)\b|\bdawî\s+li\s+jiyana\s+xwe\s+(?:\w+\s+)?(?:bînim|bianîm|tînim|anîm)\b|"
    r"\bxwe\s+(?:\w+\s+)?(?:daleqînim|bixeniqînim|bidarve\s+bikim)\b",
    # throwing myself from the bridge or in front of the train ("xwe ji pirê bavêjim"); not a
    # stone thrown from it, a train taken
    "^" + every_one_of(_KU_DROP, r"\bxwe\s+(?:\w+\s+){0,3}?(?:bi|b|di)?a?vêj(?:im|ime)\b"),
    # no longer alive after a time ("piştî îşev ez ê êdî sax nebim"), nor in this world; the last
    # time you will hear from me; not away from London, the last meeting
    r"\bpiştî\s+\w+\s+(?:\w+\s+){0,3}?(?:sax|zindî)\s+(?:na|ne)bim\b|\bli\s+(?:vê\s+)?dinyayê\s+"
    r"(?:de\s+)?(?:na|ne)bim\b|\bcara\s+dawî\s+(?:\w+\s+){0,3}?(?:hûn|tu)\s+(?:\w+\s+)?(?:ji\s+"
    r"min\s+(?:dibihîz|bibihîz)\w*|min\s+(?:dibîn|bibîn)\w*)",
    # tablets gathered beside a time or a goodbye; not gathered for a trip or for a parent
    rf"^(?!.*{_KU_EVERYDAY_USE})" + every_one_of(_KU_PILLS_GATHERED, f"{_KU_SOON}|{_KU_GOODBYE}"),
)

# The main kinds said plainly. Cutting one's own hand or arm now ("destê xwe dibirim"), or
# wounding oneself; not nails or hair cut, nor a handkerchief taken ("destmala xwe dibirim").
_KU_OWN_CUT = (
    r"\b(?:dest|deste|desten|mil|mile|milen|zend|zenda|zende|lase|bedena)\s+xwe\s+(?:\w+\s+)?"
    r"(?:dibirim|dibrim|birim)\b|"
    r"\bxwe\s+(?:\w+\s+)?birindar\s+(?:dikim|kir)\b"
)
# Pills or medicine; swallowed or eaten; all of them.
_KU_PILLS = r"(?:heb|derman)\w*"
_KU_SWALLOWED = r"(?:daqurtand\w*|xwar(?:in)?)\b"
# Kin beaten ("li diya min dide"), not a call made to them.
_KU_KIN = (
    r"(?:diya\s+min|dayika\s+min|xwi?s?k\w*\s+min|xusk\w*\s+min|jina\s+min|zarok\w*|keca\s+min|"
    r"kura\s+min|dapira\s+min)"
)
_KU_BLOW = r"(?:dide|didin|dixe|dixin|xist|xistin)\b"
# A knife held and a door locked; not meat or bread cut.
_KU_KNIFE_HELD = (
    r"\b(?:ker|xencer|bicaq|sikin)\w*\s+(?:\w+\s+){0,3}(?:di\s+deste\s+(?:wi|we|wan)\s+de|"
    r"girtiye|hildaye|kisandiye)\b|\bdi\s+deste\s+(?:wi|we|wan)\s+de\s+(?:\w+\s+)?(?:ker|xencer|"
    r"bicaq)\w*"
)
_KU_DOOR_LOCKED = (
    r"\bderi\s+(?:\w+\s+)?(?:kilit|qufl|qifl)\s*(?:kiriye|kir|kirin|kirine|dike|dikin)\b"
)
_KU_NOT_COOKING = r"^(?!.*\b(?:gost\w*|pivaz\w*|nan|feki\w*|zebze\w*|petate\w*|kek|pasta\w*)\b)"
# Followed from the bus or the station, or waited for outside; not by a friend.
_KU_FOLLOWED = r"\bli\s+pey\s+(?:min|me)\s+(?:\w+\s+)?(?:te|hat|dihat|hatiye|dimese)\b"
_KU_OUT_THERE = (
    r"\b(?:otobus\w*|westgeh\w*|istasyon\w*|metro\w*|tren\w*)|\bli\s+derve\b|\bli\s+ber\s+"
    r"deri\b|\bli\s+benda\s+(?:min|me)\b"
)
# A child alone for days with no food or no one.
_KU_CHILD = r"\b(?:zarok|bebe|pitik)\w*"
_KU_DAYS = r"\b(?:du|se|2|3|cend)\s+roj\w*"
_KU_ALONE = r"\bbi\s+tene\b|\btene\b|\btenha\b"
_KU_NO_FOOD = (
    r"\bxwarin\s+(?:\w+\s+)?(?:tune|tuneye|nine|nexwariye)\b|\bbirci\w*|\bkes\s+(?:tune|nine)\b"
)
# A child hit and bleeding from the head.
_KU_CHILD_HIT = (
    r"\bli\s+(?:zarok\w*|keca\s+min|kura\s+min|pitik\w*)\s+(?:\w+\s+)?(?:xistin|xist|dan|dane|"
    r"didin|dide|dixin|dixe)\b"
)
_KU_HEAD_BLEEDING = (
    r"\bji\s+sere\s+(?:wi|we|wan)\s+(?:\w+\s+)?xwin\s+(?:te|dihat|dirije|diherike)\b|"
    r"\bser\w*\s+(?:\w+\s+)?xwin\b"
)
# The writer married off, with a cousin, tickets or home named.
_KU_MARRIED_OFF = (
    r"\b(?:min|me)\s+(?:\w+\s+){0,6}(?:bizewicine|bizewicinin|dizewicine|dizewicinin|zewicandin|"
    r"bidin\s+mer|didin\s+mer)\b"
)
_KU_COUSIN_OR_TICKETS = (
    r"\b(?:pismam\w*|kurape\w*|kurmam\w*|kurxal\w*|bilet\w*|welat\w*|naxwazim)\b"
)
# Locked in at home ("min li malê girtine"); papers taken by a husband's family.
_KU_LOCKED_IN = (
    r"\b(?:min|me)\s+li\s+(?:mal|ode|jur|hundir)\w*\s+(?:\w+\s+)?(?:girtine|digirin|hepis\s+"
    r"kirine|kilit\s+kirine)\b"
)
_KU_PAPERS_TAKEN = (
    r"\b(?:belge|pasaport|nasname|kaxez|kaxiz)\w*\s+(?:min|me)\s+(?:\w+\s+)?(?:standine|standin|"
    r"girtine|girtin|vesartine|nadin)\b"
)
_KU_HUSBANDS_FAMILY = r"\b(?:mere\s+min|malbata\s+mere|xesu\w*|xezur\w*|xwedan\w*)"
# A daughter or sister to be cut; chest pain with someone not speaking.
_KU_GIRL_CUT = (
    r"\b(?:keca|kecen|xwi?s?ka|xuska|nevi\w*)\s+(?:min|me)\s+(?:\w+\s+){0,3}(?:sunn?et|xetene|"
    r"xeten)\s+(?:bikin|dikin|bike|dike|kirin)\b"
)
_KU_CHEST_PAIN = r"\bsing\w*\s+(?:\w+\s+){0,2}(?:dies\w*|esa|ese)\b"
_KU_NOT_SPEAKING = r"\b(?:naaxive|napeyive|behis|bersiv\s+nade|his\w*\s+xwe\s+winda\s+kir\w*)\b"
# Beaten to drive out a jinn.
_KU_JINN = r"\bcin(?:an|e|a|ek|n)?\b"
_KU_BEATEN = (
    r"\ble\s+(?:\w+\s+)?(?:dixin|dixe|dide|didin|xistin|xist)\b|\b(?:ledan|dikutin|kutan)\b"
)
_KU_DRIVE_OUT = r"\bder(?:x|bix)\w*"
KURDISH_PHRASES += (  # i18n-exempt: input
    # cutting one's own arm; a box of pills swallowed; all the pills, swallowed or tonight
    _KU_OWN_CUT,
    r"\b(?:qutiyek|qutiya|paketek|suseyek)\s+(?:\w+\s+)?" + _KU_PILLS + r"\s+(?:\w+\s+)?"
    r"(?:hemu\s+)?" + _KU_SWALLOWED,
    r"\bhemu\s+(?:\w+\s+)?" + _KU_PILLS + r"\s+(?:\w+\s+)?daqurtand\w*",
    "^"
    + every_one_of(
        r"\bhemu\s+(?:\w+\s+)?" + _KU_PILLS + r"\s+(?:\w+\s+)?(?:bixwim|daqurtinim|dixwim)\b",
        r"\b(?:isev|bi\s+careke|yekcar)\b",
    ),
    # kin beaten
    r"(?<!telefon\s)(?<!zeng\s)(?<!zenge\s)\bli\s+" + _KU_KIN + r"\s+(?:\w+\s+)?" + _KU_BLOW,
    # a knife held and a door locked; followed from the bus, waited for outside
    _KU_NOT_COOKING + every_one_of(_KU_KNIFE_HELD, _KU_DOOR_LOCKED),
    r"^(?!.*\bheval\w*)" + every_one_of(_KU_FOLLOWED, _KU_OUT_THERE),
    # a child alone for days; a child hit and bleeding from the head
    "^" + every_one_of(_KU_CHILD, _KU_DAYS, _KU_ALONE, _KU_NO_FOOD),
    "^" + every_one_of(_KU_CHILD_HIT, _KU_HEAD_BLEEDING),
    # married off to a cousin; locked in; papers taken by the husband's family
    "^" + every_one_of(_KU_MARRIED_OFF, _KU_COUSIN_OR_TICKETS),
    _KU_LOCKED_IN,
    "^" + every_one_of(_KU_PAPERS_TAKEN, _KU_HUSBANDS_FAMILY),
    # a daughter to be cut; chest pain and not speaking; beaten over a jinn
    _KU_GIRL_CUT,
    "^" + every_one_of(_KU_CHEST_PAIN, _KU_NOT_SPEAKING),
    "^" + every_one_of(_KU_JINN, _KU_BEATEN, _KU_DRIVE_OUT),
)

# The kinds members seeking asylum write of. A sister or a daughter shut in at home ("wê li malê
# girtiye") beside blows ("lê dixe"), fear or an age under 18; not one at home for an illness.
_KU_SHUT_IN_HER = (
    r"\b(?:wê|wî|wan)\s+li\s+(?:mal|ode|jûr|hundir)\w*\s+(?:\w+\s+)?(?:girtiye|girtine|digire|"
    r"digirin|hepis\s+kiriye|kilît\s+kiriye)\b"
)
_KU_AND_HARMED = (
    r"\blê\s+(?:\w+\s+)?(?:dixe|dixin|dide|didin|xist|xistin)\b|\bditirs\w*|(?<!\d)1[0-7]\s+salî"
)
# The landlord asking for sex for the rent, or saying he will report the writer to the Home
# Office; not the garden to be tidied instead of the rent.
_KU_LANDLORD = r"\b(?:xwediyê\s+(?:xanî|malê|xaniyê)|xwedî\s*xanî|landlord)\b"
_KU_SEX_OR_REPORT = (
    r"\bbi\s+(?:wî|min|me)\s+re\s+(?:\w+\s+)?(?:bi|ne|na|di)?raz(?:ê|î)(?:m|me)?\b|\bseks\w*|"
    r"\bcinsî\w*|\b(?:home\s+office|hom\s+ofîs|koçberî\w*)\s+(?:\w+\s+){0,2}(?:ragihîn|"
    r"ragihand|şikayet|xeber)\w*"
)
# A crowd outside the hotel or the house throwing stones now; not children throwing a ball.
_KU_OUTSIDE_OUR = r"\bli\s+(?:derveyî|derve|ber|pêş)\w*\s+(?:\w+\s+)?(?:otel|mal|xanî|kamp)\w*"
_KU_THROWING = (
    r"\b(?:kevir|kevr|şûş|hêk)\w*\s+(?:\w+\s+)?(?:diavêjin|davêjin|avêtin|dihavêjin|diweşînin)\b"
)
# A child of 14, or alone, whom a stranger who says he is the uncle is taking tonight.
_KU_YOUNG_ONE = r"(?<!\d)1[0-7]\s+salî|\b(?:zarok|kurek|keçek)\w*|\bbi\s+tenê\b"
_KU_STRANGER = r"\b(?:zilamek|mêrek|merivek|kesek)\b|\bnas\s+na(?:ke|kin|kim)\b"
_KU_SAYS_UNCLE = r"\b(?:dibêje|dibêjin|gotiye|got)\s+(?:\w+\s+){0,3}(?:ap|xal|mam|xizm)\w*"
_KU_TAKING = r"\b(?:îşev|dibe|bibe|dibin|bibin|bi\s+xwe\s+re)\b"
# Nowhere to sleep, or thrown out with the children, tonight or into the cold.
_KU_NOWHERE = (
    r"\bcih\w*\s+(?:\w+\s+){0,3}(?:razan|mayîn)\w*\s+(?:\w+\s+)?(?:tune|tuneye|nîne)\b|"
    r"\bcihek\w*\s+(?:\w+\s+)?(?:tune|nîne)\s+(?:ku\s+)?(?:\w+\s+)?(?:razên|razêm|bimînin|"
    r"bimînim)\b"
)
_KU_THROWN_OUT = (
    r"\bji\s+(?:malê|mal|xanî|otêl)\w*\s+(?:\w+\s+)?(?:hatin\s+|hatim\s+)?(?:derxistin|"
    r"derxistine|avêtin|kirin\s+der)\b"
)
_KU_TONIGHT_COLD = r"\b(?:îşev|zarok\w*|serm\w*|cemid\w*|kolan\w*|kuçe\w*)\b"
# Lost in the dark, the phone dying; not keys lost.
_KU_LOST = (
    r"\bwinda\s+(?:bûm|bûme)\b|\bem\s+winda\s+bûn\b|\brêya\s+xwe\s+winda\s+kir\w*|"
    r"\bnizanim\s+(?:ez\s+)?li\s+ku\s+me\b"
)
_KU_DARK_OR_PHONE = (
    r"\btarî\b|\bşarj\w*|\bbatarya\w*|\btelefon\w*\s+(?:\w+\s+)?(?:diqede|qediya|vemire|vedimire)"
)
# A fire with no way out.
_KU_FIRE = r"\b(?:agir|dûman)\w*\s+(?:\w+\s+){0,4}(?:ket|girt|heye|de\s+ye)\b|\bdişewite\b"
_KU_TRAPPED = (
    r"\bnikar(?:im|in)\s+(?:\w+\s+)?(?:derkev(?:im|in)|birev(?:im|in))\b|"
    r"\basê\s+(?:mam|man|bûm)\b"
)
# A fit gone on minutes; fallen with the head bleeding or not waking (not fallen asleep).
_KU_FIT = r"\bkrîza\s+(?:wî|wê|fê|ser\w*)\b|\b(?:fê|epîlepsî)\w*|\bdikeve\s+krîz\w*"
_KU_GONE_ON = r"\b(?:\d+|pênc|deh|çend)\s+(?:deqîqe|deqe|xulek)\w*|\bnasekine\b|\bnaraweste\b"
_KU_FELL = (
    r"\b(?:diya|dayik|bav|bab|dapîr|bapîr|zarok|kur|keç|mêr|jin|bira|xwişk)\w*\s+(?:\w+\s+){0,4}"
    r"(?:ket|ketiye|kete\s+erdê)\b(?!\s+(?:\w+\s+)?xew)"
)
_KU_HEAD_OR_WAKING = (
    r"\bserê\s+(?:wî|wê)\s+(?:\w+\s+)?(?:xwîn|şikest)\w*|\b(?:şiyar|hişyar)\s+(?:\w+\s+)?"
    r"(?:nabe|nabin)\b|\bhiş\w*\s+xwe\s+winda|\bbêhiş\b|\bbersiv\s+nade\b"
)
KURDISH_PHRASES += (  # i18n-exempt: input
    # shut in at home and beaten, afraid or under 18; the landlord; a crowd throwing stones
    "^" + every_one_of(_KU_SHUT_IN_HER, _KU_AND_HARMED),
    "^" + every_one_of(_KU_LANDLORD, _KU_SEX_OR_REPORT),
    r"^(?!.*\b(?:top|lîstik|futbol)\w*)" + every_one_of(_KU_OUTSIDE_OUR, _KU_THROWING),
    # a child taken by a stranger who says he is the uncle
    "^" + every_one_of(_KU_YOUNG_ONE, _KU_STRANGER, _KU_SAYS_UNCLE, _KU_TAKING),
    # nowhere to sleep; thrown out tonight or with the children
    _KU_NOWHERE,
    "^" + every_one_of(_KU_THROWN_OUT, _KU_TONIGHT_COLD),
    # lost in the dark; a fire with no way out
    "^" + every_one_of(_KU_LOST, _KU_DARK_OR_PHONE),
    "^" + every_one_of(_KU_FIRE, _KU_TRAPPED),
    # a fit gone on; fallen and the head bleeding or not waking
    r"^(?!.*\b(?:ger|eger|heke|doktor)\b)" + every_one_of(_KU_FIT, _KU_GONE_ON),
    "^" + every_one_of(_KU_FELL, _KU_HEAD_OR_WAKING),
)

# Someone who took a drug or tablets ("G bikar anî", "heb xwar") and now will not wake, does not
# answer or barely breathes ("bi zorê bêhna xwe digire"); not a friend worn out from dancing all
# night who will not wake.
_KU_TOOK_SOMETHING = (
    r"\b(?:g|ghb|gbl|heb\w*|derman\w*|madde\w*|tiryak\w*|ekstazi|kokain\w*|ketamin\w*|"
    r"eroin\w*|esrar\w*|hap\w*)\s+(?:\w+\s+){0,2}?(?:bikar\s+ani\w*|xwar\w*|vexwar\w*|"
    r"kisand\w*|daqurtand\w*)"
)
_KU_NOT_WAKING_OR_BREATHING = (
    r"\b(?:şiyar|hişyar)\s+(?:\w+\s+)?(?:nabe|nabin)\b|\bbersiv\s+nade\b|\bbêhiş\b|"
    r"\bbi\s+zorê\s+(?:bêhn|nefes)\w*|\b(?:bêhn|nefes)\w*\s+(?:xwe\s+)?(?:nagire|nastîne)\b|"
    r"\b(?:şîn|morî)\s+(?:bûye|dibe)\b"
)
KURDISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_KU_TOOK_SOMETHING, _KU_NOT_WAKING_OR_BREATHING),
)
