"""The Albanian phrase net's reading of the main kinds said plainly (read by
safeguarding_languages with safeguarding_albanian). Text has been through
safeguarding_languages.fold (no diacritics: "ë" reads "e", "ç" reads "c").

Also at work: a man with a knife or a gun where the writer works; a workmate fallen or crushed
who does not move, with no ambulance called; a boss who says stay or go with him tonight or be
sacked.

It reads a whole box of tablets just swallowed ("gëlltita një kuti të tërë me hapa"); a mother
or sister beaten now ("po e rreh mamin"); someone standing with a knife who has locked the door;
a man who has followed the writer from a bus or a station and waits outside; a child alone at
home for days without food; a child hit and bleeding from the head; the writer to be married
off to a cousin or abroad, or while shut in at home or with the phone taken ("do të më martojë
me kushëririn"); the writer kept locked in ("më mbajnë të mbyllur"); a daughter to be cut ("do
ta rrethpresin vajzën"); chest pain beside someone who does not speak or respond; someone beaten
to drive out a jinn or a spirit.
Left alone: a box of tablets bought, a game won, a cake cut with a knife, a friend who walked
from the bus, a child at home with a temperature, a child hit by a ball, a cousin's wedding
abroad, in-laws who keep the writer informed, a son's circumcision, chest pain after the gym,
a carpet beaten to get the dust out.

It also reads a debt the writer is told they owe beside a threat to hurt or kill them or their
family; a landlord who wants sex for the rent or will report the writer; a crowd throwing stones
at the hotel or house; a girl or boy a man says he is the uncle of, being taken away; the writer
and children put out with nowhere to sleep; the writer lost in the dark or with the phone dying; a
fire at home with no way out; a baby or child not breathing properly; a fit that has gone on for
minutes; a man who says he is a girl's uncle and is not. Left alone: a debt to a friend, "mum will
kill me", a landlord who wants repairs, stones thrown into the water, an uncle who collects a girl
from camp, children sent out of the pool, a way found again, a fire in the hearth, a baby who
sleeps badly, a fit of laughter, keys lost, an economic crisis, a cigarette smoked.
Also someone very drunk who has vanished and does not answer (not someone drunk asleep at home).
Also someone armed (a knife, a gun, a bar) who says he will go and kill someone; left alone:
time killed with a knife in hand, whittling, a fly swatted.
Also someone not seen for days or a week, with the post piled at the door, no answer or a smell
(not someone away on holiday, staying with a daughter or in hospital).
Also someone fallen, or with the writer alone beside them, who is not breathing properly ("babai
ra dhe nuk merr frymë mirë, jam vetëm me të"); left alone: falling asleep, a blocked nose.
"""

from __future__ import annotations

from bot.gateway.safeguarding_albanian import _SQ_NOT_FOUND, _SQ_NOT_HOME
from bot.gateway.safeguarding_words import every_one_of

# A whole box or pack of tablets just swallowed; not one bought.
_SQ_SWALLOWED_A_BOX = (
    r"\b(?:gelltita|piva|kam\s+pire|kam\s+gelltitur|i\s+piva|i\s+gelltita)\s+(?:\w+\s+){0,2}?"
    r"(?:kuti|kutine|pako\w*|paket\w*|shishe|shishen|flete)\s+(?:\w+\s+){0,3}?(?:hap(?:a|at|"
    r"e)|tablet\w*|ilac\w*|barna|barnat)\b"
)

# A mother, sister or child beaten now ("po e rreh mamin"); not a game won.
_SQ_BEATS = r"(?:rreh|rrah|rrahu|rrahin|godet|goditi|qellon|shkelmon|mbyt)"
_SQ_MUM_OR_SISTER = r"(?:mamin|mamane|mamen|nenen|motren|gjyshen|vajzen|djalin|femijet|femijen)"
_SQ_A_GAME = r"^(?!.*\b(?:shah\w*|letra|ndeshj\w*|rekord\w*)\b)"

# Someone standing with a knife ("qëndron me thikë në dorë") beside a door locked; not a cake
# being cut.
_SQ_KNIFE_HELD = (
    r"\b(?:qendron|rri|eshte|erdhi|hyri|vjen|sillet|vertitet)\s+(?:\w+\s+){0,2}?me\s+(?:\w+\s+)?"
    r"(?:thike|thiken|thika|sepate|sopate)\b|\b(?:mban|nxori|kapi|tund)\s+(?:\w+\s+)?(?:thike|"
    r"thiken|sepaten|sopaten)\b"
)
_SQ_DOOR_LOCKED = (
    r"\b(?:mbylli|mbyllur|kyci|kycur)\s+(?:\w+\s+){0,2}?(?:deren|dyert|porten)\b|\bdera\s+"
    r"(?:\w+\s+)?e\s+(?:mbyllur|kycur)\s+me\s+celes\b"
)
_SQ_COOKING = r"^(?!.*\b(?:qeron|buk\w*|tort\w*|perime\w*|qep\w*|mish\w*)\b)"

# A man following the writer now ("po më ndjek") from a bus or a station, or who followed her
# ("më ka ndjekur") and waits outside; not a man who walked the same way from the bus.
_SQ_FOLLOWING = r"\b(?:me|na)\s+(?:po\s+)?ndjek\b|\bpo\s+(?:me|na)\s+ndjek\w*|\bndjek\s+mua\b"
_SQ_FOLLOWED = (
    rf"{_SQ_FOLLOWING}|\b(?:me|na)\s+(?:ka\s+|kane\s+)?(?:ndjekur|ndoqi|ndiqte|ndoqen)\b|"
    r"\bndoqi\s+mua\b"
)
_SQ_FROM = (
    r"\bnga\s+(?:\w+\s+)?(?:autobus\w*|stacion\w*|metro\w*|tren\w*|puna|shkolla|"
    r"dyqan\w*)\b"
)
_SQ_WAITING = (
    r"\b(?:pret|qendron|rri|eshte)\s+(?:\w+\s+)?(?:jashte|poshte|para\s+(?:deres|shtepise|"
    r"pallatit)|te\s+dera|tek\s+dera|ne\s+hyrje)\b"
)
_SQ_A_MAN = r"\b(?:burre|burri|djale|dikush|panjohur|tip|mashkull)\b"

# A child alone at home for days without food; not a child at home with a temperature.
_SQ_A_CHILD = r"\b(?:femij\w*|djal\w*|vajz\w*|foshnj\w*|cun\w*|goc\w*|nip\w*|mbes\w*)"
_SQ_ALONE = r"\b(?:vetem|vetme|lene\s+vetem|i\s+lene|e\s+lene)\b"
_SQ_FOR_DAYS = (
    r"\b(?:dy|tre|kater|pese|disa|\d+)\s+(?:dite|ditesh|dit|dite\s+me\s+radhe)\b|"
    r"\bqe\s+nga\s+dje\b"
)
_SQ_NO_FOOD = (
    r"\bpa\s+(?:ushqim|buke|ngrene)\b|\b(?:nuk|s'?)\s*(?:ka|kane)\s+(?:ngrene|ushqim|buke)\b|"
    r"\b(?:i|e)\s+uritur\b"
)

# A child hit and bleeding from the head; not a child hit by a ball with a bruise.
_SQ_HIT = r"\b(?:goditen|goditi|rrahen|rrahu|qelloi|qelluan|shtyu|shtyne)\b"
_SQ_HEAD_BLEEDING = (
    r"\bgjak\s+(?:\w+\s+){0,2}?nga\s+koka\b|\bkoka\s+(?:\w+\s+)?(?:gjak|pergjakur|e\s+carur)\b|"
    r"\bcar\w*\s+(?:\w+\s+)?koken\b"
)

# The writer to be married off ("do të më martojë") beside a cousin, abroad, tickets, being shut
# in at home or the phone taken ("më kanë mbyllur në shtëpi, ma marrin telefonin"); not a
# cousin's own wedding abroad, a salon closed for a dress fitting, nor the Gheg infinitive "me u
# martu" (to marry).
_SQ_MARRY_ME_OFF = r"\b(?:me|na)\s+(?:martoj\w*|martuan|martoi|fejoj\w*|fejuan|fejoi)\b"
_SQ_COUSIN_OR_ABROAD = (
    r"\b(?:kusheri\w*|jashte\s+(?:shtetit|vendit)|bilet\w*|me\s+(?:force|zor)|pa\s+deshiren\s+"
    r"time)\b|\bme\s+(?:kane\s+|kan\s+)?(?:mbyllur|mbyllin|mbyllen)\s+(?:ne\s+|n'\s*)?(?:shtepi|"
    r"shpi|dhome|brenda|banjo)\b|\bma\s+(?:kane\s+|kan\s+)?(?:marrin|moren|marre|mbajne)\s+"
    r"(?:\w+\s+)?telefon\w*"
)

# The writer kept locked in ("më mbajnë të mbyllur"); not kept informed.
_SQ_KEPT_LOCKED = (
    r"\b(?:me|na)\s+(?:mbajne|mban|mbajten|mbajti|kane\s+mbajtur)\s+(?:te\s+)?(?:mbyllur|"
    r"mbyllura|"
    r"kycur|brenda\s+me\s+celes)\b"
)

# A daughter, sister or granddaughter to be cut ("do ta rrethpresin vajzën", "synet"); not a son.
_SQ_GIRL = r"(?:vajz\w*|goc\w*|mbes\w*|motr\w*|mua)"
_SQ_CUT = r"(?:rrethpre\w*|synet\w*)"
_SQ_GIRL_CUT = (
    rf"\b{_SQ_CUT}\s+(?:\w+\s+){{0,2}}?{_SQ_GIRL}\b|\b{_SQ_GIRL}\s+(?:\w+\s+){{0,3}}?{_SQ_CUT}"
)

# Chest pain beside someone who does not speak or respond; not chest pain after the gym.
_SQ_CHEST_PAIN = (
    r"\b(?:dhimbje|dhemb|dhembje)\s+(?:\w+\s+){0,2}?(?:gjoks\w*|zemr\w*)|\bgjoks\w*\s+"
    r"(?:\w+\s+)?(?:i\s+|me\s+)?dhemb\b"
)
_SQ_NOT_SPEAKING = (
    r"\b(?:nuk|s'?)\s*(?:flet|pergjigjet|reagon|mund\s+te\s+flas[ei])\s*(?:[.!,;]|$|dhe\b)"
)

# Someone beaten to drive out a jinn or a spirit ("e rrahin për të nxjerrë xhinin"); not a
# carpet beaten for the dust.
_SQ_BEATS_THEM = r"\b(?:e|i|me|na)\s+(?:rrahin|rreh|rrahen|rrahu|godasin|goditen)\b"
_SQ_SPIRIT = r"\b(?:xhin\w*|shpirt\w*\s+(?:\w+\s+)?keq\w*|demon\w*|djall\w*|shejtan\w*|magji\w*)"

# A debt ("borxh") beside a threat to kill, hurt or harm the writer or their family ("vret
# familjen time", "do t'i bëjë keq"); not a debt to the bank paid late.
_SQ_DEBT = r"\bborxh\w*"
_SQ_THREAT_TO_HURT = (
    r"\b(?:vret|vras\w*|vrane|lendo\w*|demto\w*|kercen\w*|plagos\w*)\b|\bdo\s+(?:t'?\s*i|ti|ta|"
    r"te|me|na|t'?\s*ia)\s+(?:\S+\s+)?(?:beje|bejne|bej)\s+keq\b"
)
_SQ_FAMILY_OR_ME = (
    r"\b(?:familj\w*|femij\w*|nen\w*|mam\w*|mua|me|vella\w*|motr\w*|babai|babain|djal\w*)\b"
)

# A landlord who wants sex for the rent ("pronari do seks në vend të qirasë") or will report the
# writer to the Home Office; not a landlord who wants repairs instead of rent.
_SQ_LANDLORD = r"\b(?:pronar\w*|qiradhen\w*|i\s+zoti\s+i\s+shtepise|landlord\w*)\b"
_SQ_SEX_OR_REPORT = (
    r"\bseks\w*|\bte\s+fle(?:j)?\s+me\s+(?:te|ate)\b|\bintim\w*|\bdo\s+(?:te\s+)?(?:me|na)\s+"
    r"(?:denonc\w*|raport\w*|spiun\w*|kallzo\w*|kallxo\w*)"
)

# A crowd or men throwing stones or bottles at the writer's hotel or house now; not children
# skimming stones on the river.
_SQ_THROWING_STONES = (
    r"\b(?:hedh|hedhin|gjuan|gjuajne|qellojne|qellon|hodhen|gjuajten|hidhnin)\s+"
    r"(?:\S+\s+){0,2}?(?:gur\w*|tulla|shishe)|\bme\s+gure\b"
)
_SQ_OUR_PLACE = (
    r"\b(?:hotel\w*|shtepi\w*|dritar\w*|der\w*|banes\w*|apartament\w*|ne|neve|na|turm\w*)\b"
)
_SQ_NOT_THE_WATER = r"^(?!.*\b(?:lum\w*|uje\w*|det\w*|liqen\w*)\b)"

# A girl or boy who a man says he is the uncle or a relative of ("thotë se është xhaxhai i
# saj"), taken away; not a girl whose uncle collects her from camp.
_SQ_SAYS_HE_IS_KIN = (
    r"\b(?:thote|tha|pretendon|prezantohet\s+si)\s*,?\s+(?:se\s+|qe\s+)?(?:\S+\s+){0,2}?"
    r"(?:xhaxh\w*|daj\w*|axh\w*|kusheri\w*|vella\w*|kujdestar\w*)"
)
_SQ_TAKES_AWAY = (
    r"\b(?:e|ta)\s+(?:merr|marre|con|coje|cojne|marrin|cuan)\b|\bdo\s+(?:ta|e)\s+(?:marre|coje|"
    r"cojne|marrin)\b"
)
_SQ_YOUNG = r"\b1[0-7]\b|\b(?:vajz\w*|djal\w*|femij\w*|cun\w*|goc\w*|mbes\w*|nip\w*)"

# The writer and children put out ("na nxorën jashtë") with nowhere to sleep or freezing; not
# children sent out of the pool at closing time.
_SQ_THROWN_OUT = (
    r"\b(?:na|me)\s+(?:nxoren|nxori|perzune|perzuri|hodhi|hodhen|perzen|nxjerr\w*)\b|\bdo\s+"
    r"(?:na|me)\s+(?:nxjerre|nxjerrin|perzeje|hedhe|hedhin)\b"
)
_SQ_NOWHERE_TO_SLEEP = (
    r"\b(?:nuk\s+|s'?\s*)(?:kemi|kam)\s+ku\s+(?:te\s+)?(?:flem\w*|fle|flej|rrijme|rri|shkojme|"
    r"shkoj)\b|\bpo\s+ngrij\w*"
)

# The writer lost in the dark or with the phone dying ("kam humbur, është errësirë"); not keys
# lost.
_SQ_LOST = (
    r"\bkam\s+humbur\s*(?:[.!,;]|$|rrugen\b)|\bhumba\s+rrugen\b|\bu\s+humba\b|\b(?:nuk|s'?)\s*"
    r"di\s+ku\s+jam\b"
)
_SQ_DARK_OR_PHONE_DYING = (
    r"\b(?:erresir\w*|erret|u\s+err)\b|\b(?:telefon\w*|bateri\w*)\s+(?:\S+\s+){0,2}?(?:fiket|"
    r"mbaron|vdes|shuhet)\b"
)

# A fire in the writer's home with no way out ("ka zjarr, nuk mund të dal"); not the writer who
# cannot go out because of work.
_SQ_FIRE = r"\b(?:zjarr\w*|tym|tymi|tymit|tymin|digjet\s+(?:banesa|shtepia|kuzhina|pallati))\b"
_SQ_TRAPPED = (
    r"\b(?:nuk|s'?)\s*mund\s+(?:te\s+)?(?:dal|dalim|dale|ik|ikim|hap\s+deren)\b|\b(?:jam|jemi)\s+"
    r"(?:te\s+|i\s+|e\s+)?bllokuar\b"
)

# A baby or child not breathing properly ("foshnja nuk merr frymë mirë"); not one who sleeps
# badly.
_SQ_LITTLE_ONE = r"\b(?:foshnj\w*|bebe\w*|femij\w*|djal\w*|vajz\w*|cun\w*|goc\w*)"
_SQ_NOT_BREATHING = (
    r"\b(?:nuk|s'?)\s*(?:po\s+)?merr\s+fryme\b|\bmezi\s+(?:po\s+)?merr\s+fryme\b|\bmerr\s+"
    r"fryme\s+(?:me\s+veshtiresi|keq|rende)\b|\bpo\s+mbytet\b|\bu\s+nxi\b|\bpo\s+nxihet\b"
)

# A fit that has gone on for minutes ("një krizë që zgjat 5 minuta"); not an economic crisis.
# Albanian words only: English "epilepsy" and "5 minutes" are left to the English net.
_SQ_FIT = r"\b(?:kriz\w*|konvulsion\w*|epilepsi\w*|ngerc\w*)"
_SQ_FOR_MINUTES = (
    r"\b(?:\d+|pese|dhjete|disa)\s+(?:minuta|minutash)\b|"
    r"\b(?:nuk|s'?)\s*(?:po\s+)?(?:ndalet|i\s+kalon)\b"
)
_SQ_NOT_A_CRISIS = (
    r"^(?!.*\b(?:ekonomi\w*|financ\w*|politik\w*|qeveri\w*|qeshur|qeshje\w*|koll\w*|"
    r"panik\w*|lajm\w*)\b)"
)

# A man who says he is a girl's uncle and is not ("thotë se është xhaxhai i saj por nuk
# është").
_SQ_NOT_REALLY_KIN = r"\bpor\s+(?:nuk|s'?)\s*(?:eshte|esht)\b"

# A parent's telling-off ("mum will kill me") is not a threat over a debt.
_SQ_NOT_A_PARENTS_TELLING_OFF = (
    r"^(?!.*\b(?:mami|mamaja|nena|babi|babai)\s+(?:\S+\s+){0,2}?(?:vret|vras\w*)\b)"
)
# A fire in the hearth, a barbecue or a candle is not a fire in the home.
_SQ_NOT_A_HEARTH = r"^(?!.*\b(?:oxhak\w*|sob\w*|mangall\w*|barbekju\w*|qiri\w*)\b)"

# A blocked nose is not breathing badly.
_SQ_NOT_THE_NOSE = r"^(?!.*\b(?:hund\w*|rruf\w*)\b)"

ALBANIAN_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    _SQ_SWALLOWED_A_BOX,
    _SQ_A_GAME + rf".*\b{_SQ_BEATS}\s+(?:\w+\s+)?{_SQ_MUM_OR_SISTER}\b",
    _SQ_COOKING + every_one_of(_SQ_KNIFE_HELD, _SQ_DOOR_LOCKED),
    "^" + every_one_of(_SQ_A_MAN, _SQ_FOLLOWING, _SQ_FROM),
    "^" + every_one_of(_SQ_A_MAN, _SQ_FOLLOWED, _SQ_WAITING),
    "^" + every_one_of(_SQ_A_CHILD, _SQ_ALONE, _SQ_FOR_DAYS, _SQ_NO_FOOD),
    "^" + every_one_of(_SQ_A_CHILD, _SQ_HIT, _SQ_HEAD_BLEEDING),
    "^" + every_one_of(_SQ_MARRY_ME_OFF, _SQ_COUSIN_OR_ABROAD),
    _SQ_KEPT_LOCKED,
    _SQ_GIRL_CUT,
    "^" + every_one_of(_SQ_CHEST_PAIN, _SQ_NOT_SPEAKING),
    "^" + every_one_of(_SQ_BEATS_THEM, _SQ_SPIRIT),
    _SQ_NOT_A_PARENTS_TELLING_OFF + every_one_of(_SQ_DEBT, _SQ_THREAT_TO_HURT, _SQ_FAMILY_OR_ME),
    "^" + every_one_of(_SQ_LANDLORD, _SQ_SEX_OR_REPORT),
    _SQ_NOT_THE_WATER + every_one_of(_SQ_THROWING_STONES, _SQ_OUR_PLACE),
    "^" + every_one_of(_SQ_YOUNG, _SQ_SAYS_HE_IS_KIN, _SQ_TAKES_AWAY),
    "^" + every_one_of(_SQ_YOUNG, _SQ_SAYS_HE_IS_KIN, _SQ_NOT_REALLY_KIN),
    "^" + every_one_of(_SQ_THROWN_OUT, _SQ_NOWHERE_TO_SLEEP),
    "^" + every_one_of(_SQ_LOST, _SQ_DARK_OR_PHONE_DYING),
    _SQ_NOT_A_HEARTH + every_one_of(_SQ_FIRE, _SQ_TRAPPED),
    _SQ_NOT_THE_NOSE + every_one_of(_SQ_LITTLE_ONE, _SQ_NOT_BREATHING),
    _SQ_NOT_A_CRISIS + every_one_of(_SQ_FIT, _SQ_FOR_MINUTES),
)

# A workmate fallen or crushed at work who does not move, with no ambulance or call allowed ("një
# shok ra nga skela dhe nuk lëviz, shefi thotë mos telefononi askënd"); not a van that does not
# move in traffic.
_SQ_WORKMATE = r"\b(?:shok\w*|koleg\w*|punetor\w*|burre|djal\w*)\b"
_SQ_FELL_OR_CRUSHED = r"\bra\s+nga\b|\bu\s+rrezua\b|\be\s+zuri\b|\bi\s+ra\s+(?:siper|mbi)\b"
_SQ_DOES_NOT_MOVE = r"\bnuk\s+(?:po\s+)?leviz\b|\bnuk\s+merr\s+fryme\b|\bpa\s+ndjenja\b"
_SQ_NO_AMBULANCE = r"\bambulanc\w*|\burgjenc\w*|\b112\b|\bmos\s+(?:telefon\w*|therr\w*)"
ALBANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_SQ_WORKMATE, _SQ_FELL_OR_CRUSHED, _SQ_DOES_NOT_MOVE, _SQ_NO_AMBULANCE),
)

# A man with a knife or a gun where the writer works or now ("ka një burrë me thikë në dyqanin ku
# punoj"); not a man cutting bread with a knife.
_SQ_ARMED_MAN = (
    r"\b(?:burre|djale|dikush|tip|klient\w*|njeri)\s+(?:\w+\s+)?me\s+(?:thike|sopate|arme|"
    r"pistolete?)\b|\bka\s+(?:nje\s+)?(?:thike|arme|pistolete?)\b"
)
_SQ_WHERE_I_AM = r"\b(?:tani|ku\s+punoj|dyqan\w*|ndihme|me\s+ndihmoni)\b"
ALBANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:buke|mish\w*|sallam\w*|djath\w*|kuzhin\w*|pret\s+\w+)\b)"
    + every_one_of(_SQ_ARMED_MAN, _SQ_WHERE_I_AM),
)

# A boss who says the writer must stay with him tonight or be sacked ("nëse nuk rri me të sonte
# më pushon nga puna"); not staying with him to finish the stocktake.
_SQ_BOSS = r"\b(?:shef\w*|pronar\w*|padron\w*|menaxher\w*|pergjegjes\w*)\b"
_SQ_IF_NOT_WITH_HIM = (
    r"\bnese\s+(?:\w+\s+){0,2}nuk\s+(?:rri|qendroj|shkoj|vij|fle|dal)\s+(?:\w+\s+)?me\s+"
    r"(?:te|ate)\b"
)
_SQ_SACKED = r"\bme\s+pushon\b|\bme\s+heq\s+nga\s+puna\b|\bhumb\s+punen\b|\bimigracion\w*"
ALBANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_SQ_BOSS, _SQ_IF_NOT_WITH_HIM, _SQ_SACKED),
)

# Someone very drunk ("shumë i dehur") who has vanished or not come back and does not answer
# ("u zhduk pas festës, nuk përgjigjet që nga mesnata"); not someone drunk asleep at home.
_SQ_VERY_DRUNK = (
    r"\b(?:shume|teper|krejt|fort|aq)\s+(?:i|e)\s+(?:dehur|pire)\b|\b(?:i|e)\s+dehur\s+(?:tape|"
    r"keq)\b|\bpiu\s+(?:\w+\s+)?(?:shume|teper|pa\s+fund)\b"
)
ALBANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_SQ_VERY_DRUNK, _SQ_NOT_HOME, _SQ_NOT_FOUND),
)

# Someone armed who says he will (go and) kill someone ("ka marrë një thikë dhe thotë se do të
# shkojë të vrasë dikë sonte"); not time killed ("do të vrasë kohën"), a fly or a spider.
_SQ_ARMED = (
    r"\b(?:thik\w*|brisk\w*|arm[eë]\w*|pistolet\w*|revole\w*|sopat\w*|hekur\w*|shkop\w*|"
    r"macet\w*)"
)
_SQ_WILL_KILL_SOMEONE = (
    r"\bdo\s+(?:t[ae]\s+|t'\s*)?(?:\w+\s+){0,2}?(?:(?:t[ae]|t')\s*)?(?:e\s+|i\s+|ta\s+)?(?:vrase|"
    r"vrasin|vras|theri|therin|qelloje|qellojne)\s+(?:dike|ndokend|ate|ata|ato|djalin|burrin|"
    r"ish\w*|shokun|shokun\s+e\s+tij|njerez\w*|te\s+gjithe)\b"
)
ALBANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:mize\w*|mushkonj\w*|buburrec\w*|merimang\w*|minj\w*|gjarp\w*|kohen)\b)"
    + every_one_of(_SQ_ARMED, _SQ_WILL_KILL_SOMEONE),
)

# Someone not seen for days or a week, with the post piling up at the door, no answer or a
# smell ("fqinja ime e moshuar nuk është parë prej një jave, postat janë grumbulluar te dera
# dhe nuk përgjigjet"); not someone away on holiday or staying with a daughter.
_SQ_NOT_SEEN = (
    r"\b(?:nuk|s'?)\s*(?:e\s+|i\s+)?(?:eshte\s+pare|jane\s+pare|kam\s+pare|kemi\s+pare|shihet|"
    r"ka\s+dale|ka\s+dal)\b"
)
_SQ_FOR_DAYS = (
    r"\b(?:prej|qe\s+prej|qe\s+nga|per|qe\s+ka)\s+(?:nje|dy|tre|tri|kater|pese|disa|\d+)\s+"
    r"(?:jave|javesh|dite|ditesh)\b"
)
_SQ_SIGNS_AT_THE_DOOR = (
    r"\b(?:post\w*|letr\w*|gazet\w*)\s+(?:\w+\s+){0,2}?(?:grumbull\w*|mbledh\w*)|"
    r"\b(?:nuk|s'?)\s*(?:pergjigj\w*|(?:e\s+)?hap\w*\s+der\w*|ngre\s+telefon\w*)|"
    r"\bere\s+(?:e\s+)?keqe\b"
)
ALBANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:pushim\w*|udhetim\w*|ka\s+shkuar|ka\s+ikur|jashte\s+shtetit|spital\w*)\b)"
    + every_one_of(_SQ_NOT_SEEN, _SQ_FOR_DAYS, _SQ_SIGNS_AT_THE_DOOR),
)

# Someone fallen ("ra", "u rrëzua"), or with the writer alone beside them, who is not breathing
# properly; not one who fell asleep ("ra në gjumë"), rain that fell, nor a nose blocked by a cold.
_SQ_FELL_OR_ALONE_WITH = (
    r"(?<!\bi\s)\bra\b(?!\s+(?:ne\s+gjume|shi|bore|breshe?r|dakord|ne\s+provim|ne\s+dashuri)\b)|"
    r"\bu\s+rrezu\w*|\bka\s+rene\b|\b(?:jam|jemi)\s+(?:vetem|vete|i\s+vetem|e\s+vetme)\s+"
    r"me\s+(?:te|ate|ta|babin|nenen|mamin|gjyshin|gjyshen)\b"
)
ALBANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:hunda|hundes|hunde|ftoh\w*|grip\w*|alergji\w*|vrap\w*|palestr\w*)\b)"
    + every_one_of(_SQ_NOT_BREATHING, _SQ_FELL_OR_ALONE_WITH),
)
