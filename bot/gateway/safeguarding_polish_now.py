"""The Polish phrase net's reading of the main kinds said plainly (read by safeguarding_languages
with safeguarding_polish, whose module has no room left). Text has been through
safeguarding_languages.fold, so patterns are read without accents ("nożem" reads "nozem").

Also at work and in the street: someone with a knife after the writer or where the writer works;
a workmate fallen or crushed who does not move, with no ambulance called; a boss who says stay
or go with him tonight or be sacked.

It reads a mother or sister beaten now ("mój partner bije teraz moją mamę"); someone standing
with a knife who has locked the door; a child hit and bleeding from the head; the writer to be
married off to a cousin or abroad ("tata chce mnie wydać za kuzyna"); the writer kept locked in
("trzymają mnie zamkniętą"); a daughter to be cut ("chcą obrzezać moją córkę"); chest pain
beside someone who does not speak or respond; someone beaten to drive out a spirit or a demon.
Left alone: applause ("bije brawo mojej mamie"), a cake cut with a knife, a child hit by a
ball in PE, a cousin's wedding abroad, in-laws who keep the writer to dinner, a son's
circumcision, chest pain after the gym, drums beaten to drive out spirits at New Year.

It also reads a debt the writer is told they owe beside a threat to hurt or kill them or their
family; a landlord who wants sex for the rent or will report the writer; a crowd throwing stones
at the hotel or house; a girl or boy a man says he is the uncle of, being taken away; the writer
lost in the dark or with the phone dying; a fire at home with no way out; a fit that has gone on
for minutes; someone fallen who bleeds from the head, will not wake or cannot get up; tablets got
ready beside "I'll do it" ("tabletki mam już przygotowane i chyba dziś to zrobię"). Left alone: a
debt to a friend, "mum will kill me", a landlord who wants repairs, stones thrown into the water,
an uncle who collects a girl from camp, a way found again, a fire in the hearth, a fit of
laughter, a match, a mother who fell and got straight up, a phone that fell, tablets ready beside
the shopping to be done.
Also a child gone to meet someone known only from the internet. Left alone: a meeting the
writer goes along to or that is over, or with a grandmother or a friend from school.
Also a child writing with an adult man beside two of: pictures asked for, a meeting, the man
called the child's boyfriend or kept secret. Left alone: a chess coach who asks for pictures.
Also the writer locked out with the children inside, the locks changed (not after a move).
Also someone who took tablets or something and cannot be woken or breathes oddly (not the
writer who cannot wake up after allergy tablets); a young child alone at home crying for hours
or with no one opening (not a teething child with its mother).
Also someone on a windowsill, a railing, a roof or a bridge who says they will jump (not
popping out for bread, a bungee jump, a dive into a pool).
Also someone nobody has seen for days beside the post piling up or a phone or door not answered
(not someone gone away or in hospital).
Also a goodbye written from a platform, the tracks or a bridge, beside love said to all or no
answer (not a train that is late).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of

# A mother, sister or child beaten now, the verb either side ("bije teraz moją mamę", "mamę
# bije"); not applause ("bije brawo"), a record or a game won ("bije mamę w szachy").
_PL_BEATS = r"(?:bije|bija|leje|tlucze|tluka|kopie|kopia|dusi|szarpie|katuje)"
_PL_MUM_OR_SISTER = (
    r"(?:(?:moja|nasza)\s+)?(?:mame|mamusie|matke|siostre|babcie|corke)|(?:mojego|naszego)\s+"
    r"(?:brata|syna|tate)"
)
_PL_NOW = r"(?:teraz|wlasnie|znowu|znow|w\s+tej\s+chwili|caly\s+czas)"
_PL_NOT_A_BEATING = r"^(?!.*\b(?:brawo|rekord\w*|w\s+(?:szachy|karty|warcaby)|na\s+glowe)\b)"

# Someone standing with a knife ("stoi z nożem", "trzyma nóż") beside a door locked; not a cake
# or bread being cut.
_PL_KNIFE_HELD = (
    r"\b(?:stoi|chodzi|biega|czeka|siedzi|przyszedl|wszedl|wpadl|rzuca\s+sie)\s+(?:\w+\s+){0,2}?"
    r"z\s+(?:\w+\s+)?(?:nozem|nozami|nozykiem|siekiera|maczeta)\b|\b(?:trzyma|wyjal|chwycil|"
    r"wymachuje|ma\s+w\s+reku)\s+(?:\w+\s+)?(?:noz|nozem|siekiere|maczete)\b"
)
_PL_DOOR_LOCKED = (
    r"\b(?:zamknal|zamknela|zamkneli|zamyka|zaryglowal)\s+(?:\w+\s+){0,2}?(?:drzwi|nas|mnie)\b|"
    r"\bdrzwi\s+(?:sa\s+)?zamkniete\s+na\s+klucz\b"
)
_PL_COOKING = r"^(?!.*\b(?:kroi|obiera|siek\w*|chleb\w*|tort\w*|ciast\w*|warzyw\w*|cebul\w*)\b)"

# A child hit and bleeding from the head; not a child hit by a ball with a bruise.
_PL_A_CHILD = (
    r"\b(?:dziecko|dziecku|dziecka|synek|synka|syn|syna|corka|corke|coreczka|coreczke|mala|"
    r"maly|malego|malej|dzieciak\w*|wnuczek|wnuczka|wnuczke)\b"
)
_PL_HIT = (
    r"\b(?:zostal[aoy]?\s+(?:uderzon\w*|pobit\w*)|uderzyl[aoi]?\b(?!\s+sie)|pobil[aoi]?|"
    r"uderzon\w*|pobit\w*|popchnal\w*|rzucil[aoi]?\s+(?:\w+\s+)?w\s+(?:nie|niego|nia))"
)
_PL_HEAD_BLEEDING = (
    r"\bkrwawi\w*\s+(?:\w+\s+)?(?:z\s+)?glow\w*|\bglow\w*\s+(?:\w+\s+)?krwawi\w*|\bkrew\s+"
    r"(?:\w+\s+){0,2}?(?:z\s+)?glow\w*|\b(?:rozbit\w*|rozcie\w*)\s+glow\w*|\bglowe\s+"
    r"(?:\w+\s+)?(?:rozbit\w*|rozcie\w*)"
)

# The writer to be married off ("wydać mnie za", "ożenić mnie z") beside a cousin, abroad,
# tickets or her will; not a cousin's own wedding abroad.
_PL_MARRY_ME_OFF = (
    r"\b(?:wydac|wyda|wydadza|wydaja|wydaje|wydali|wydal|ozenic|ozeni|ozenia|wyswatac)\s+mnie\s+"
    r"(?:za\s+maz\s+)?(?:za|z)\b|\bmnie\s+(?:\w+\s+)?(?:wydac|wydadza|wyda|ozenic)\s+(?:za|z)\b|"
    r"\bzmusza\w*\s+mnie\s+do\s+(?:slubu|malzenstwa)\b"
)
_PL_COUSIN_OR_ABROAD = (
    r"\b(?:kuzyn\w*|za\s+granic\w*|bilet\w*|wbrew\s+(?:mojej\s+)?woli|nie\s+chce|do\s+"
    r"(?:pakistanu|indii|bangladeszu|nigerii|somalii|turcji|afganistanu|iraku|kraju))\b"
)

# The writer kept locked in ("trzymają mnie zamkniętą", "zamykają mnie w domu").
_PL_KEPT_LOCKED = (
    r"\b(?:trzyma|trzymaja|trzymali|trzymal)\s+mnie\s+(?:\w+\s+)?(?:zamknie\w*|zamkniet\w*|"
    r"pod\s+kluczem|w\s+zamknieciu)|\b(?:zamyka|zamykaja|zamykal|zamykali)\s+mnie\s+(?:\w+\s+)?"
    r"(?:w\s+(?:domu|pokoju|mieszkaniu|piwnicy)|na\s+klucz)\b"
)

# A daughter, sister or granddaughter to be cut ("obrzezać moją córkę"); not a son.
_PL_GIRL = r"(?:corke|corki|corka|coreczke|dziewczyn\w*|siostre|wnuczk\w*|mnie|nas)"
_PL_GIRL_CUT = (
    rf"\bobrzez\w*\s+(?:\w+\s+){{0,2}}?{_PL_GIRL}\b|\b{_PL_GIRL}\s+(?:\w+\s+){{0,3}}?obrzez\w*"
)

# Chest pain beside someone who does not speak or respond; not chest pain after the gym.
_PL_CHEST_PAIN = (
    r"\bbol\w*\s+(?:\w+\s+){0,2}?(?:w\s+)?(?:klatce\s+piersiowej|klatki\s+piersiowej|piersi)\b|"
    r"\bboli\s+(?:\w+\s+)?(?:w\s+)?(?:klatce|klatka|piersi|serce)\b|\bklatka\s+(?:\w+\s+)?boli\b"
)
_PL_NOT_SPEAKING = (
    r"\b(?:nic\s+)?nie\s+(?:mowi|odpowiada|reaguje|moze\s+mowic|odzywa\s+sie)\s*(?:[.!,;]|$|i\b|"
    r"ani\b)|\bstracil\w*\s+mowe\b|\bbelkocze\b"
)

# Someone beaten to drive out a spirit, a demon or a jinn ("biją ją, żeby wypędzić złego
# ducha"); not drums beaten ("biją w bębny").
_PL_BEATS_THEM = (
    r"\b(?:bij[ae]|bija|bili|bil|bila|pobil\w*|leja|lali|katuj\w*|przypalaj\w*|glodz\w*)\s+"
    r"(?:ja|go|mnie|nas|dziecko|corke|syna)\b|\b(?:ja|go|mnie)\s+(?:\w+\s+)?(?:bij[ae]|bija|bili|"
    r"bil|katuj\w*)\b"
)
_PL_SPIRIT = r"\b(?:duch\w*|demon\w*|diabl\w*|diabel|dzin\w*|szatan\w*|opetan\w*|egzorcyz\w*)"

# A debt the writer is told they owe ("jestem mu winien pieniądze", "dług") beside a threat to
# hurt or kill them or their family; not a debt to a friend settled with a discount.
_PL_DEBT = (
    r"\b(?:winien|winna|winni|winny|dluzny|dluzna|dluzni)\s+(?:\S+\s+){0,2}?(?:pieniadze|kase|"
    r"hajs|forse|\d+)|\b(?:dlug|dlugu|dlugiem|dlugow)\b"
)
_PL_THREAT_TO_HURT = (
    r"\bzrobia?\s+(?:\S+\s+)?krzywde\b|\b(?:skrzywdzi|skrzywdza|zabije|zabija|pobije|pobija|"
    r"polamie|polamia|dopadnie|dopadna)\b|\bgrozi\w*"
)
_PL_FAMILY_OR_ME = r"\b(?:rodzin\w*|bliskich|dzieci\w*|mam\w*|mnie|mi|brat\w*|siostr\w*)\b"

# A landlord who wants sex for the rent ("właściciel chce seksu zamiast czynszu") or will
# report the writer to the Home Office; not a landlord who wants repairs instead of rent.
_PL_LANDLORD = (
    r"\b(?:wlasciciel\w*\s+(?:\S+\s+)?(?:mieszkania|domu|pokoju|lokalu)|wynajmujac\w*|"
    r"gospodarz\w*|landlord\w*)\b"
)
_PL_SEX_OR_REPORT = (
    r"\bseks\w*|\b(?:spac|przespac\s+sie|sypiac)\s+z\s+nim\b|\bintym\w*|\bdoniesie\s+na\s+mnie\b|"
    r"\b(?:zglosi|zglosza|doniesie|doniosa|zadenuncjuje|zakapuje)\s+(?:\S+\s+){0,3}?"
    r"(?:home\s+office|imigrac\w*|policj\w*|strazy\s+granicznej)"
)

# A crowd or men throwing stones or bottles at the writer's hotel or house now; not children
# skimming stones on the water.
_PL_THROWING_STONES = (
    r"\b(?:rzuca\w*|rzucil\w*|obrzuca\w*|ciska\w*)\s+(?:\S+\s+){0,2}?(?:kamien\w*|kamieni\w*|"
    r"cegl\w*|butelk\w*)"
)
_PL_OUR_PLACE = r"\b(?:hotel\w*|dom\w*|okn\w*|okien|drzwi|mieszkan\w*|nas|nam|tlum\w*)\b"
_PL_NOT_THE_WATER = r"^(?!.*\b(?:rzek\w*|wod\w*|morz\w*|jezior\w*|staw\w*|kaczk\w*)\b)"

# A girl or boy who a man says he is the uncle or a relative of ("mówi, że jest jej wujkiem"),
# taken away; not a girl whose uncle collects her from camp.
_PL_SAYS_HE_IS_KIN = (
    r"\b(?:mowi|powiedzial|twierdzi|podaje\s+sie\s+za|przedstawia\s+sie\s+jako)\s*,?\s+"
    r"(?:ze\s+)?(?:\S+\s+){0,2}?(?:wujk\w*|wuj\w*|stryj\w*|krewn\w*|brat\w*|opiekun\w*)"
)
_PL_TAKES_AWAY = (
    r"\b(?:zabiera|zabierze|zabiora|wiezie|zawiezie|wywozi|wywiezie|zabrac|wywiezc|"
    r"zabieraja)\b"
)
_PL_YOUNG = (
    r"\b1[0-7]\b|\b(?:dziewczyn\w*|dziewczyn|chlopak\w*|chlopc\w*|dzieck\w*|nastolat\w*|"
    r"bratanic\w*|siostrzenic\w*|bratan\w*|siostrzen\w*|cork\w*|syn\w*)"
)

# The writer lost in the dark or with the phone dying ("zgubiłam się, jest ciemno"); not a way
# found again with the phone charged.
_PL_LOST = r"\b(?:zgubil\w*\s+sie|zabladzil\w*|nie\s+wiem,?\s+gdzie\s+jestem)\b"
_PL_DARK_OR_PHONE_DYING = (
    r"\b(?:ciemno|sciemnia\s+sie)\b|\b(?:telefon|bateri\w*)\s+(?:\S+\s+)?(?:pada|padnie|"
    r"umiera|siada|sie\s+rozladowuje|sie\s+wylacza)\b"
)

# A fire in the writer's home with no way out ("pożar, nie mogę wyjść"); not a light left on
# ("pali się światło"), nor the writer who cannot go out to the shop.
_PL_FIRE = (
    r"\b(?:pozar\w*|ogien|ognia|dym|dymu|pali\s+sie\s+(?:mieszkanie|dom|kuchnia|klatka|"
    r"budynek)|(?:mieszkanie|dom|kuchnia|budynek)\s+sie\s+pali)\b"
)
_PL_TRAPPED = (
    r"\bnie\s+(?:moge|mozemy|moga|moze)\s+(?:sie\s+)?(?:wyjsc|wydostac|uciec|otworzyc\s+"
    r"drzwi|wybiec)\b"
)

# A fit or seizure that has gone on for minutes ("atak padaczki od 5 minut"); not a fit of
# laughter or coughing.
_PL_FIT = (
    r"\b(?:atak\w*\s+(?:padaczki|epilepsji|drgawek)|drgawk\w*|padaczk\w*|epilep\w*|"
    r"konwulsj\w*|napad\w*\s+(?:padaczk\w*|drgawek))"
)
_PL_FOR_MINUTES = (
    r"\b(?:\d+|piec|dziesiec|kilka|kilkanascie)\s+(?:minut|minuty)\b|\bnie\s+(?:ustaje|"
    r"przechodzi|mija|przestaje)\b"
)

# Someone fallen who bleeds from the head, will not wake or cannot get up ("upadła, krwawi z
# głowy"); not a mother who fell and got straight up.
_PL_FELL = r"\b(?:upadl\w*|przewrocil\w*|spadl\w*)\b"
_PL_FALLEN_SIGNS = (
    r"\bkrwawi\s+z\s+glowy\b|\bglowa\s+(?:\S+\s+)?krwawi\b|\bnie\s+(?:budzi\s+sie|moze\s+"
    r"wstac|rusza\s+sie|reaguje|odzywa\s+sie|oddycha)\b|\bnie\s+moge\s+(?:jej|go)\s+obudzic\b"
)

# Tablets got ready with "I'll do it" ("tabletki mam już przygotowane i chyba dziś to zrobię");
# not tablets ready beside the shopping to be done.
_PL_PILLS = r"\b(?:tabletk\w*|leki|lekow|proszk\w*|pigulk\w*)\b"
_PL_GOT_READY = (
    r"\b(?:przygotowan\w*|przygotowal\w*|odlozon\w*|odlozyl\w*|uzbieral\w*|nazbieral\w*|"
    r"zebral\w*|kupil\w*)\b"
)
_PL_DO_IT = r"\b(?:to\s+zrobie|zrobie\s+to|skoncze\s+z\s+tym|skoncze\s+ze\s+soba)\b"

# A parent's telling-off ("mum will kill me") is not a threat over a debt.
_PL_NOT_A_PARENTS_TELLING_OFF = (
    r"^(?!.*\b(?:mama|matka|tata|ojciec)\s+(?:\S+\s+){0,2}?(?:zabije|zabija)\b)"
)
# A fire in the hearth, a barbecue or a candle is not a fire in the home.
_PL_NOT_A_HEARTH = r"^(?!.*\b(?:komin\w*|grill\w*|ognisk\w*|swiecz\w*)\b)"
# A phone or a screen that fell and does not respond is not a person fallen.
_PL_NOT_A_DEVICE = (
    r"^(?!.*\b(?:telefon\w*|ekran\w*|laptop\w*|komputer\w*)\s+(?:\S+\s+)?(?:upadl\w*|spadl\w*)\b)"
)

POLISH_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    _PL_NOT_A_BEATING
    + rf".*\b(?:{_PL_BEATS}\s+(?:{_PL_NOW}\s+)?(?:{_PL_MUM_OR_SISTER})|(?:{_PL_MUM_OR_SISTER})"
    rf"\s+(?:{_PL_NOW}\s+)?{_PL_BEATS})\b",
    _PL_COOKING + every_one_of(_PL_KNIFE_HELD, _PL_DOOR_LOCKED),
    "^" + every_one_of(_PL_A_CHILD, _PL_HIT, _PL_HEAD_BLEEDING),
    "^" + every_one_of(_PL_MARRY_ME_OFF, _PL_COUSIN_OR_ABROAD),
    _PL_KEPT_LOCKED,
    _PL_GIRL_CUT,
    "^" + every_one_of(_PL_CHEST_PAIN, _PL_NOT_SPEAKING),
    "^" + every_one_of(_PL_BEATS_THEM, _PL_SPIRIT),
    _PL_NOT_A_PARENTS_TELLING_OFF + every_one_of(_PL_DEBT, _PL_THREAT_TO_HURT, _PL_FAMILY_OR_ME),
    "^" + every_one_of(_PL_LANDLORD, _PL_SEX_OR_REPORT),
    _PL_NOT_THE_WATER + every_one_of(_PL_THROWING_STONES, _PL_OUR_PLACE),
    "^" + every_one_of(_PL_YOUNG, _PL_SAYS_HE_IS_KIN, _PL_TAKES_AWAY),
    "^" + every_one_of(_PL_LOST, _PL_DARK_OR_PHONE_DYING),
    _PL_NOT_A_HEARTH + every_one_of(_PL_FIRE, _PL_TRAPPED),
    "^" + every_one_of(_PL_FIT, _PL_FOR_MINUTES),
    _PL_NOT_A_DEVICE + every_one_of(_PL_FELL, _PL_FALLEN_SIGNS),
    "^" + every_one_of(_PL_PILLS, _PL_GOT_READY, _PL_DO_IT),
)

# Someone with a knife or a gun after the writer, or where the writer works, now ("jeden ma nóż i
# chcą mój rower, schowałem się", "w sklepie, w którym pracuję, jest facet z nożem"); not a
# knife for bread or ham.
_PL_ARMED = (
    r"\bma\s+(?:n[oó][zż]|maczet[eę]|siekier[eę]|bro[nń]|pistolet|spluw[eę])\b|\bz\s+(?:no[zż]em|"
    r"maczet[aą]|siekier[aą]|broni[aą]|pistoletem|spluw[aą])\b"
)
_PL_AFTER_ME_OR_AT_WORK = (
    r"\botoczy\w*\s+mnie\b|\bchc[aą]\s+m[oó]j\b|\bschowa[lł]\w*\s+si[eę]\b|\bpomocy\b|\bteraz\b|"
    r"\bw\s+kt[oó]rym\s+pracuj[eę]\b|\bgdzie\s+pracuj[eę]\b|\bgoni\w*\s+mnie\b"
)
POLISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:chleb\w*|kie[lł]bas\w*|szynk\w*|mi[eę]s\w*|warzyw\w*|kroi\w*|kuchni\w*)\b)"
    + every_one_of(_PL_ARMED, _PL_AFTER_ME_OR_AT_WORK),
)

# A workmate fallen or crushed at work who does not move, with no ambulance called ("kolega
# spadł z rusztowania i się nie rusza, szef nie chce dzwonić po karetkę"); not a van that does
# not move in traffic.
_PL_WORKMATE = r"\b(?:koleg\w*|pracownik\w*|ch[lł]opak\w*|facet\w*|kumpel\w*)\b"
_PL_FELL_OR_CRUSHED = r"\bspad[lł]\w*|\bprzygni[oó]t\w*|\bprzywali[lł]\w*|\bzgnieci\w*"
_PL_DOES_NOT_MOVE = (
    r"\bsi[eę]\s+nie\s+rusza\b|\bnie\s+rusza\s+si[eę]\b|\bnieprzytomn\w*|\bnie\s+oddycha\b"
)
_PL_NO_AMBULANCE = r"\bkaretk\w*|\bpogotowi\w*|\b(?:112|999)\b"
POLISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PL_WORKMATE, _PL_FELL_OR_CRUSHED, _PL_DOES_NOT_MOVE, _PL_NO_AMBULANCE),
)

# A boss who says the writer must stay or go with him tonight or be sacked ("jak dziś wieczorem
# nie zostanę z nim, to mnie zwolni"); not staying with him to finish the stocktake.
_PL_BOSS = r"\b(?:szef\w*|kierownik\w*|brygadzist\w*|w[lł]a[sś]ciciel\w*|pracodawc\w*)\b"
_PL_IF_NOT_WITH_HIM = (
    r"\b(?:jak|je[sś]li|je[zż]eli)\s+(?:\w+\s+){0,3}nie\s+(?:zostan[eę]|p[oó]jd[eę]|przyjd[eę]|"
    r"prze[sś]pi[eę]\s+si[eę]|wyjd[eę]|pojad[eę])\s+(?:\w+\s+){0,2}z\s+nim\b"
)
_PL_SACKED = (
    r"\b(?:mnie\s+)?zwolni\b|\bwyrzuci\s+mnie\b|\bmnie\s+wyrzuci\b|\bstrac[eę]\s+prac[eę]\b|"
    r"\bdeport\w*"
)
POLISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PL_BOSS, _PL_IF_NOT_WITH_HIM, _PL_SACKED),
)

# A child gone to meet someone known only from the internet ("córka 13 lat wyszła spotkać się
# z facetem z internetu", "syn pojechał do kogoś poznanego na snapchacie"); not a meeting the
# writer goes along to or that is over, nor a friend from school.
_PL_A_CHILD = (
    r"\b(?:corka|coreczka|syn|synek|dziecko|(?:1[0-7]|[5-9])\s*(?:lat|letni\w*|-?latk\w*))\b"
)
_PL_MET_ONLINE = (
    r"\bz\s+(?:internetu|neta|sieci|gry|czatu)\b|\b(?:poznan\w*|poznal\w*)\s+(?:\w+\s+)?(?:w|na|"
    r"przez)\s+(?:internecie|necie|sieci|snapchacie|snapie|instagramie|insta|tiktoku|"
    r"discordzie|czacie|grze|aplikacji|roblox\w*)\b|\bonline\b"
)
_PL_GONE_TO_MEET = (
    r"\b(?:wyszl\w*|wyszed\w*|poszl\w*|poszed\w*|pojechal\w*|jedzie|idzie|uciekl\w*)\s+(?:\w+\s+)"
    r"{0,6}(?:spotka\w*|spotyka\w*|do\s+(?:\w+\s+)?(?:niego|niej|chlopaka|faceta|kogos|"
    r"mezczyzny|goscia))"
)
_PL_NOT_ALONE_OR_OVER = (
    r"^(?!.*\b(?:(?:pojechal\w*|poszl\w*|poszed\w*|jestem)\s+z\s+(?:nia|nim)|ze\s+mna|z\s+nami|"
    r"wrocil\w*|juz\s+jest\s+w\s+domu|odprowadz\w*|zawioz\w*|(?:z|do)\s+(?:babci\w*|dziadk\w*|"
    r"mam\w*|tat\w*|cioci\w*|wujk\w*|szkoly))\b)"
)
POLISH_NOW_PHRASES += (  # i18n-exempt: input
    _PL_NOT_ALONE_OR_OVER + every_one_of(_PL_A_CHILD, _PL_MET_ONLINE, _PL_GONE_TO_MEET),
)

# A child writing with an adult man ("syn pisze z dorosłym facetem") beside two signs of
# grooming: pictures asked for ("każe mu przysyłać zdjęcia"), a meeting arranged, the man called
# the child's boyfriend or kept a secret; not a chess coach who asks for pictures of the board.
_PL_A_YOUNG_ONE = _PL_A_CHILD + r"|\(\s*1[0-7]\s*\)"
_PL_AN_ADULT_MAN = (
    r"\b(?:dorosl\w*|starsz\w*|obc\w*)\s+(?:\w+\s+)?(?:facet\w*|mezczyzn\w*|gosci\w*|gosc|"
    r"typ\w*|koles\w*|pan\w*)\b"
)
_PL_PICTURES_ASKED = (
    r"\b(?:kaze|kazal|prosi|prosil|chce|namawia|zada|zadal)\s+(?:\w+\s+){0,2}(?:przysyla\w*|"
    r"wysyla\w*|przesla\w*|przesyla\w*|wysla\w*|robi\w*)\s+(?:\w+\s+)?(?:zdjec\w*|fot\w*|"
    r"nagr\w*|film\w*|nude\w*)"
)
_PL_A_MEETING = r"\bspotka\w*|\bspotkani\w*"
_PL_HIS_BOYFRIEND_OR_SECRET = (
    r"\b(?:jego|jej)\s+(?:chlopak\w*|dziewczyn\w*|partner\w*)\b|\btajemnic\w*|\bsekret\w*|"
    r"\bnie\s+(?:mowi\w*|powie\w*)\s+(?:nikomu|rodzicom|mamie|tacie)\b"
)
POLISH_NOW_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(_PL_A_YOUNG_ONE, _PL_AN_ADULT_MAN)
    + any_two_of(_PL_PICTURES_ASKED, _PL_A_MEETING, _PL_HIS_BOYFRIEND_OR_SECRET),
)

# The writer locked out of home by a bailiff, a landlord or a partner with the children still
# inside ("komornik właśnie wymienia zamki, a moje dzieci są w środku, nie wpuszczają mnie");
# not locks changed after a move with the children at school, nor the writer who forgot the
# keys.
_PL_LOCKS_CHANGED = (
    r"\b(?:wymienia|wymieniaja|wymienil\w*|zmienia|zmieniaja|zmienil\w*)\s+(?:\w+\s+)?"
    r"(?:zamki|zamek|klucze)\b"
)
_PL_SHUT_OUT = (
    r"\bnie\s+(?:chce\s+mnie\s+|chca\s+mnie\s+)?(?:wpuszcza|wpuszczaja|wpuscil\w*|wpuscili|"
    r"wpuscic)\s+mnie\b(?!\s+do\s+(?:pokoju|lazienki))|\bmnie\s+nie\s+(?:chce\s+|chca\s+)?"
    r"(?:wpuscic|wpuszcza|wpuszczaja)\b(?!\s+do\s+(?:pokoju|lazienki))"
)
_PL_CHILDREN_INSIDE = (
    r"\b(?:dzieci|dziecko|corka|syn|maluchy|coreczka|synek)\s+(?:\w+\s+){0,3}?(?:sa\s+|jest\s+|"
    r"zostal\w*\s+)?(?:w\s+srodku|w\s+domu|w\s+mieszkaniu|tam)\b"
)
_PL_NOT_AN_ERRAND = (
    r"^(?!.*\b(?:zapomnial\w*\s+kluczy|przeprowadz\w*|po\s+przeprowadzce|slusarz\s+juz|"
    r"w\s+szkole|u\s+babci)\b)"
)
POLISH_NOW_PHRASES += (  # i18n-exempt: input
    _PL_NOT_AN_ERRAND + every_one_of(_PL_LOCKS_CHANGED, _PL_SHUT_OUT, _PL_CHILDREN_INSIDE),
)

# Someone who took tablets or something and now cannot be woken, does not react or breathes
# oddly ("wzięła jakieś tabletki i nie mogę jej dobudzić"); not the writer who took allergy
# tablets and cannot wake up in the morning ("nie mogę się dobudzić").
_PL_TOOK_SOMETHING = (
    r"\b(?:wziel\w*|wzial\w*|lyknel\w*|lyknal\w*|polknel\w*|polknal\w*|zazyl\w*|nacpal\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:tabletk\w*|lek\w*|proch\w*|pigul\w*|cos|narkotyk\w*|dopalacz\w*)\b"
)
_PL_NOT_WAKING = (
    r"\bnie\s+(?:moge|mozemy|mozna|da\s+sie)\s+(?:jej|go)\s+(?:obudzic|dobudzic|ocucic)\b|"
    r"\bnie\s+(?:budzi\s+sie|reaguje|oddycha)\b|\bdziwnie\s+oddycha\b|\bledwo\s+oddycha\b|"
    r"\bbreathing\s+(?:really\s+|so\s+)?(?:weird|strange|funny)\b"
)
POLISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PL_TOOK_SOMETHING, _PL_NOT_WAKING),
)

# A young child alone at home, crying for hours or with no one opening the door ("dziecko u
# sąsiadów płacze od rana samo w domu, nikt nie otwiera"); not a child crying while teething with
# its mother there, nor one who is never left alone.
_PL_SMALL_CHILD = r"\b(?:dziecko|dzieci|maluch\w*|niemowl\w*|bobas\w*|dzieciak\w*)\b"
_PL_ALONE_AT_HOME = (
    r"(?<!nigdy\snie\szostaje\s)\b(?:samo|sam|sama|same|sami)\s+w\s+(?:domu|mieszkaniu)\b|"
    r"\bbez\s+(?:opieki|doroslych)\b|\bzostawil\w*\s+(?:\w+\s+)?(?:samo|same|samego|sama)\b"
)
_PL_NO_ONE_COMES = (
    r"\bnikt\s+nie\s+(?:otwiera|odbiera|przychodzi|wraca|odpowiada)\b|\bplacze\s+(?:\w+\s+)?"
    r"od\s+(?:rana|wczoraj|nocy|\d+|kilku|paru|godzin\w*)\b"
)
POLISH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PL_SMALL_CHILD, _PL_ALONE_AT_HOME, _PL_NO_ONE_COMES),
)

# Someone sitting or standing at a high edge (a windowsill, a railing, a roof, a bridge) who says
# they will jump ("sąsiadka siedzi na parapecie otwartego okna na 8 piętrze i mówi że skoczy");
# not someone who says she will pop out ("skoczy po chleb", "do sklepu"), a jump for joy, a
# bungee jump, a parachute or a dive into a pool.
_PL_AT_AN_EDGE = (
    r"\b(?:siedzi|stoi|wisi|wychyla\s+sie|wszedl|weszla|wspial\s+sie|wspiela\s+sie|przeszedl|"
    r"przeszla)\s+(?:\w+\s+){0,2}?(?:na|przez|za)\s+(?:\w+\s+)?(?:parapec\w*|balustrad\w*|"
    r"barierk\w*|porecz\w*|krawedz\w*|dach\w*|balkon\w*|most\w*|okn\w*|gzyms\w*)"
)
_PL_SAYS_SHE_WILL_JUMP = (
    r"\b(?:mowi|krzyczy|grozi|pisze|placze|powiedzial\w*|mowil\w*|krzyczal\w*)\s*,?\s+"
    r"(?:\w+\s+)?(?:ze\s+)?(?:\w+\s+)?(?:skoczy|skacze|wyskoczy|sie\s+rzuci|rzuci\s+sie)\b"
    r"(?!\s+(?:do\s+(?!(?:wody|rzeki|wisly|kanalu|morza)\b)|po\b|z\s+radosci\b|na\s+"
    r"(?:zakupy|chwile|kawe|piwo|obiad)\b))"
)
POLISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:bungee|spadochron\w*|skoczni\w*|basen\w*)\b)"
    + every_one_of(_PL_AT_AN_EDGE, _PL_SAYS_SHE_WILL_JUMP),
)

# Someone nobody has seen for days, beside a sign at the door or a phone not answered ("nikt jej
# nie widział, już 10 dni, poczta się zbiera"); not someone gone away or in hospital.
_PL_NOT_SEEN_FOR_DAYS = (
    r"\bnikt\s+(?:(?:jej|go|ich)\s+)?nie\s+widzia[lł]\w*\W+(?:\w+\W+){0,3}?(?:od\s+|ju[zż]\s+)?"
    r"(?:\d+|dw[oó]ch|trzech|kilku|paru|tydzie[nń]|tygodni\w*)\b"
)
_PL_SIGN_AT_THE_DOOR = (
    r"\bpoczt\w*\s+(?:\w+\s+)?(?:le[zż]y|pi[eę]trzy|zbiera)|\b(?:telefon\w*\s+)?nie\s+"
    r"(?:odpowiada|odbiera|otwiera)\b|\bmlek\w*\s+(?:\w+\s+)?stoi"
)
POLISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:wakacj\w*|urlop\w*|wyjecha\w*|szpital\w*|sanatori\w*|pojecha\w*)\b)"
    + every_one_of(_PL_NOT_SEEN_FOR_DAYS, _PL_SIGN_AT_THE_DOOR),
)

# A goodbye written from a platform, the tracks, a bridge or a roof ("stoję na peronie,
# przepraszam was za wszystko, kocham was"), beside love said to all or no answer now; not a
# train that is late or an apology for missing dinner.
_PL_AT_THE_TRACKS = (
    r"\b(?:stoje|stoi|jestem|jest|siedze|siedzi)\s+(?:\w+\s+)?(?:na|przy|nad)\s+(?:\w+\s+)?"
    r"(?:peron\w*|torach|torow|torze|mosci\w*|moscie|dachu|krawedzi)\b"
)
_PL_SORRY_FOR_EVERYTHING = r"\b(?:przepraszam|dziekuje)\s+(?:\w+\s+)?za\s+wszystko\b|\bzegnaj\w*"
_PL_LOVE_OR_SILENCE = (
    r"\bkocham\s+(?:was|cie|wszystkich)\b|\bnie\s+(?:odbiera|odpisuje|odpowiada)\b|"
    r"\btelefon\s+(?:ma\s+)?(?:wylaczon\w*|glucho)\b"
)
POLISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:spozni\w*|opozni\w*|pociag\s+(?:juz\s+)?(?:jedzie|przyjechal|odjechal)|"
    r"obiad\w*|kolacj\w*|spektakl\w*|sztuk\w*|film\w*)\b)"
    + every_one_of(_PL_AT_THE_TRACKS, _PL_SORRY_FOR_EVERYTHING, _PL_LOVE_OR_SILENCE),
)
