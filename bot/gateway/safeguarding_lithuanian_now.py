"""The Lithuanian phrase net's reading of the main kinds said plainly (read by
safeguarding_languages with safeguarding_lithuanian). Text has been through
safeguarding_languages.fold (no diacritics: "užrakino" reads "uzrakino", "ją" reads "ja").

Also at work and at home: a man with a knife or a gun where the writer works; a workmate fallen
or crushed who does not move, with no ambulance called; a boss who says stay or go with him
tonight or be sacked; someone beaten yesterday by a man who says he will come again tomorrow.

It reads cutting oneself now with blood that will not stop ("pjaustausi dabar ir kraujas
nesustoja"); a mother or sister beaten ("vyras muša mano mamą"); someone standing with a knife
who has locked the door; a child beaten and bleeding from the head; the writer to be married off
to a cousin or abroad ("nori mane ištekinti už pusbrolio"); the writer kept locked in ("laiko
mane užrakintą"); a daughter to be cut ("nori apipjaustyti dukrą"); chest pain beside someone
who does not speak or respond; someone beaten to drive out a spirit or a demon.
Left alone: onions cut with tears that will not stop, eggs beaten, a cake cut with a knife, a
child hit by a ball, a cousin's wedding abroad, in-laws who treat the writer as a daughter, a
son's circumcision, chest pain after the gym, drums beaten to drive out spirits at New Year.

It also reads a debt the writer is told they owe beside a threat to hurt or kill them or their
family; a landlord who wants sex for the rent or will report the writer; a crowd throwing stones
at the hotel or house; a girl or boy a man says he is the uncle of, being taken away; the writer
lost in the dark or with the phone dying; a fire at home with no way out; a baby or child
breathing badly; a fit that has gone on for minutes; someone fallen who bleeds from the head or
will not wake; a carer who has not come to a writer who cannot get up; passports taken by the
people the writer works for beside a worker beaten. Left alone: a debt to a friend, "mum will kill
me", a landlord who wants repairs, stones thrown into the water, an uncle who collects a girl from
camp, a way found again, a fire in the hearth, a baby who sleeps badly, a fit of laughter, a
mother who fell and got straight up, a phone that fell, a carer's day off, passports taken for a
copy.
Also a threat to post or send someone's photos unless they pay; left alone: photos promised for
an exhibition once a fee is paid.
Also a threat to kill the writer or people like them beside the one who made it at the door now;
left alone: a killer in a book a neighbour knocks to return.
Also someone gone off with a man met online and now not answering or with the phone off
(not a camp found online, nor someone who has since rung).
Also power or heating cut off beside a baby or child very cold and limp or no longer crying
("atjungė šildymą, kūdikis labai šaltas ir nebeverkia"); left alone: power cut for a repair
and a baby that has stopped crying and sleeps warm.
Also someone unconscious who breathes badly or not at all; left alone: sleeping "like
unconscious" and a blocked nose.
Also someone who says he will come tonight and take revenge on the writer; left alone: a team's
revenge on its rivals.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# Cutting oneself ("pjaustausi", "pjaustau save") beside now, again or blood that will not stop.
_LT_CUT_SELF = (
    r"\b(?:pjaustausi|pjausciausi|susipjausciau|persipjoviau|pjaustau\s+save|pjausciau\s+save)\b"
)
_LT_BLOOD_OR_NOW = r"\b(?:kraujas|kraujuoja|kraujo|nesustoja|dabar|vel)\b"

# A mother, sister or child beaten ("muša mano mamą"), after the verb: before it, "mama" is the
# one who does it ("mama muša kiaušinius", mum beats eggs).
_LT_BEATS = r"(?:musa|muse|sumuse|dauzo|spardo|smaugia|stumdo|tampo)"
_LT_MUM_OR_SISTER = (
    r"(?:mano\s+|musu\s+)?(?:mama|mamyte|motina|sese|seseri|mociute|dukra|sunu|broli)"
)

# Someone standing with a knife ("stovi su peiliu") beside a door locked; not a cake being cut.
_LT_KNIFE_HELD = (
    r"\b(?:stovi|vaiksto|laukia|atejo|iejo|sedi|puola)\s+(?:\w+\s+){0,2}?su\s+(?:\w+\s+)?"
    r"(?:peiliu|peiliais|kirviu)\b|\b(?:laiko|issitrauke|grieb\w*|mojuoja)\s+(?:\w+\s+)?"
    r"(?:peili|kirvi|peiliu|kirviu)\b"
)
_LT_DOOR_LOCKED = (
    r"\b(?:uzrakino|uzrakina|uzdare|uzsirakino)\s+(?:\w+\s+){0,2}?(?:duris|mus|mane)\b|\bdurys\s+"
    r"(?:\w+\s+)?uzrakintos\b"
)
_LT_COOKING = r"^(?!.*\b(?:pjausto|tort\w*|duon\w*|darzov\w*|svogun\w*|mes[ao])\b)"

# A child beaten ("vaikas buvo sumuštas") and bleeding from the head; not a child who fell
# ("susitrenkė").
_LT_A_CHILD = r"\b(?:vaik\w*|dukr\w*|sun\w*|kudiki\w*|mazyl\w*|mergait\w*|berniuk\w*|anuk\w*)\b"
_LT_HIT = r"\b(?:sumust\w*|sumuse|primuse|trenke|smoge|partrenk\w*|pastume|sudauz\w*|muse|musa)\b"
_LT_HEAD_BLEEDING = (
    r"\bkraujuoja\s+(?:\w+\s+)?galv\w*|\bgalv\w*\s+(?:\w+\s+)?(?:kraujuoja|kraujuose|"
    r"praskelt\w*)|\bkraujas\s+(?:\w+\s+){0,2}?(?:is\s+)?galvos\b|\bpraskel\w*\s+"
    r"(?:\w+\s+)?galv\w*"
)

# The writer to be married off ("ištekinti mane") beside a cousin, abroad or tickets; not a
# cousin's own wedding abroad.
_LT_MARRY_ME_OFF = (
    r"\b(?:istekin\w*|apvesdin\w*)\s+(?:\w+\s+)?mane\b|\bmane\s+(?:\w+\s+)?(?:istekin\w*|"
    r"apvesdin\w*)|\bpriver\w*\s+(?:mane\s+)?(?:isteketi|tuoktis|vesti)\b"
)
_LT_COUSIN_OR_ABROAD = (
    r"\b(?:pusbrol\w*|pusseser\w*|uzsien\w*|biliet\w*|pries\s+(?:mano\s+)?valia)\b"
)

# The writer kept locked in ("laiko mane užrakintą"); not kept as a daughter.
_LT_KEPT_LOCKED = (
    r"\b(?:laiko|laike|laikys)\s+mane\s+(?:\w+\s+)?(?:uzrakint\w*|uzdaryt\w*|uz\s+spynos)\b"
)

# A daughter, sister or granddaughter to be cut ("apipjaustyti dukrą"); not trees or nails.
_LT_GIRL = r"(?:dukr\w*|mergait\w*|anuke\w*|seser\w*|sese|mane)"
_LT_GIRL_CUT = (
    r"^(?!.*\b(?:med\w*|krum\w*|nag\w*|plauk\w*|gyvator\w*|sak\w*)\b)"
    rf".*(?:\bapipjaust\w*\s+(?:\w+\s+){{0,2}}?{_LT_GIRL}\b|\b{_LT_GIRL}\s+(?:\w+\s+){{0,3}}?"
    r"apipjaust\w*)"
)

# Chest pain beside someone who does not speak or respond; not chest pain after the gym.
_LT_CHEST_PAIN = (
    r"\bskauda\s+(?:\w+\s+)?krutin\w*|\bkrutin\w*\s+(?:\w+\s+)?skauda\b|\bkrutines\s+skausm\w*|"
    r"\bskausm\w*\s+krutin\w*"
)
_LT_NOT_SPEAKING = (
    r"\b(?:nekalba|nebekalba|neatsako|nereaguoja|negali\s+kalbeti)\s*(?:[.!,;]|$|ir\b)"
)

# Someone beaten to drive out a spirit, a demon or a jinn ("ją muša, kad išvarytų dvasią"); not
# drums beaten ("muša būgnus").
_LT_BEATS_THEM = (
    r"\b(?:musa|muse|dauzo|plaka|sumuse)\s+(?:ja|ji|mane|vaika)\b|\b(?:ja|mane)\s+(?:\w+\s+)?"
    r"(?:musa|muse|dauzo|plaka|sumuse)\b"
)
_LT_SPIRIT = r"\b(?:dvasi\w*|demon\w*|velni\w*|dzin\w*|apsest\w*|egzorc\w*)"

# A debt the writer is told they owe ("esu jam skolingas", "skola") beside a threat to hurt or
# kill them or their family; not a debt to a friend settled with a discount.
_LT_DEBT = r"\b(?:skoling\w*|skola|skolos|skolas|skolu|skolin\w*)\b"
_LT_THREAT_TO_HURT = (
    r"\b(?:suzalos|nuzudys|uzmus|sumus|primus|pakenks|sudorotas|susidoros|grasin\w*|"
    r"grasina)\b"
)
_LT_FAMILY_OR_ME = r"\b(?:seim\w*|artim\w*|vaik\w*|mam\w*|mane|man|brol\w*|ses\w*)\b"

# A landlord who wants sex for the rent ("savininkas nori sekso vietoj nuomos") or will report
# the writer to the Home Office; not a landlord who wants repairs instead of rent.
_LT_LANDLORD = r"\b(?:buto\s+savinink\w*|savinink\w*|nuomotoj\w*|nuomininkas|landlord\w*)\b"
_LT_SEX_OR_REPORT = (
    r"\bseks\w*|\b(?:miegoti|permiegoti|gulti)\s+su\s+juo\b|\bintym\w*|\bpranes\w*\s+"
    r"(?:\S+\s+){0,3}?(?:home\s+office|migracij\w*|policij\w*)|\b(?:isduos|iskus)\s+"
    r"mane\b"
)

# A crowd or men throwing stones or bottles at the writer's hotel or house now; not children
# skimming stones on the water.
_LT_THROWING_STONES = (
    r"\b(?:meto|maito|svaido|svaide|mete|apmeto|apmetin\w*|meta)\s+(?:\S+\s+){0,2}?"
    r"(?:akmen\w*|plyt\w*|butel\w*)"
)
_LT_OUR_PLACE = r"\b(?:viesbut\w*|nam\w*|lang\w*|dur\w*|but\w*|mus|mums|musu|minia\w*)\b"
_LT_NOT_THE_WATER = r"^(?!.*\b(?:upe\w*|vanden\w*|jur\w*|ezer\w*|tvenkin\w*)\b)"

# A girl or boy who a man says he is the uncle or a relative of ("sako, kad jis jos dėdė"),
# taken away; not a girl whose uncle collects her from camp.
_LT_SAYS_HE_IS_KIN = (
    r"\b(?:sako|teigia|sakosi|prisistato|sake)\s*,?\s+(?:kad\s+)?(?:\S+\s+){0,2}?(?:ded\w*|"
    r"giminaiti\w*|brol\w*|globej\w*)"
)
_LT_TAKES_AWAY = (
    r"\b(?:isiveza|issivez\w*|pasiima|pasiims|isveza|isvez\w*|isves|issives|pasiimti|veza)\b"
)
_LT_YOUNG = (
    r"\b1[0-7]\b|\b(?:mergait\w*|mergin\w*|berniuk\w*|vaik\w*|paaugl\w*|dukr\w*|dukter\w*|"
    r"sunen\w*)"
)

# The writer lost in the dark or with the phone dying ("pasiklydau, tamsu"); not a way found
# again with the phone charged.
_LT_LOST = r"\b(?:pasiklyd\w*|paklyd\w*|nezinau,?\s+kur\s+esu)\b"
_LT_DARK_OR_PHONE_DYING = (
    r"\b(?:tamsu|temsta|sutemo)\b|\b(?:telefon\w*|baterij\w*)\s+(?:\S+\s+)?(?:issikrauna|"
    r"issikrove|mirsta|isjungia|baigiasi|senka)\b"
)

# A fire in the writer's home with no way out ("gaisras, negaliu išeiti"); not the writer who
# cannot go out to the shop.
_LT_FIRE = r"\b(?:gaisr\w*|dega\s+(?:butas|namas|virtuve|laiptine)|ugnis|dumai|dumu|dumuose)\b"
_LT_TRAPPED = (
    r"\b(?:negaliu|negalime|negali)\s+(?:\S+\s+)?(?:iseiti|isbegti|istrukti|atidaryti\s+"
    r"duru)\b"
)

# A baby or child breathing badly or turning blue ("kūdikis blogai kvėpuoja"); not one who
# sleeps badly.
_LT_LITTLE_ONE = r"\b(?:kudik\w*|vaik\w*|sun(?:us|aus|ui|u|eli\w*)|dukr\w*|mazyl\w*)\b"
_LT_NOT_BREATHING = (
    r"\b(?:blogai|sunkiai|vos|keistai)\s+kvepuoja\b|\bnekvepuoja\b|\bnegali\s+"
    r"kvepuoti\b|\bdusta\b|\b(?:pamelyn\w*|melynuoja)\b"
)

# A fit or seizure that has gone on for minutes ("priepuolis tęsiasi jau 5 minutes"); not a
# fit of laughter or coughing.
_LT_FIT = r"\b(?:priepuol\w*|traukul\w*|epilepsij\w*|konvulsij\w*)"
_LT_FOR_MINUTES = (
    r"\b(?:\d+|penk\w*|desimt\w*|kelias)\s+minut\w*|\b(?:nesibaigia|nesiliauja|nepraeina)\b"
)
_LT_NOT_A_LAUGH = r"^(?!.*\b(?:juok\w*|kosul\w*|zagsej\w*|pykc\w*|panik\w*)\b)"

# Someone fallen who bleeds from the head, will not wake or cannot get up ("mama nukrito, jai
# kraujuoja galva"); not a mother who fell and got straight up.
_LT_FELL = r"\b(?:nukrito|parkrito|griuvo|nugriuvo|suklupo|nuvirto|parvirto)\b"
_LT_FALLEN_SIGNS = (
    r"\bkraujuoja\s+galva\b|\bgalva\s+(?:\S+\s+)?kraujuoja\b|\bis\s+galvos\s+(?:\S+\s+)?"
    r"kraujas\b|\b(?:nepabunda|neatsibunda|nesikelia|nereaguoja|nekvepuoja|neatsikelia)\b|"
    r"\bnegali\s+(?:atsikelti|atsistoti)\b"
)

# A carer who has not come ("slaugė neatėjo") beside the writer who cannot get up, has not
# taken the medicine or is still in bed; not a carer's day off with the writer up and fed.
_LT_CARER = r"\b(?:slaug\w*|prizi\w*|socialin\w*\s+darbuotoj\w*|globej\w*|padejej\w*|lankytoj\w*)"
_LT_NOT_COME = r"\b(?:neatejo|neateina|nepasirode|neatvyko|neatvaziavo)\b"
_LT_STUCK_IN_BED = (
    r"\bnegaliu\s+(?:\S+\s+)?(?:atsikelti|atsistoti|pasikelti)\b|\bvis\s+dar\s+lovoje\b|"
    r"\bnegeriau\s+vaistu\b|\bnevalgiau\b"
)

# Passports taken by the people the writer works for beside a worker beaten ("paėmė pasus,
# šiandien vadovas sumušė vieną vyrą"); not passports taken for a copy.
_LT_PASSPORTS_TAKEN = (
    r"\b(?:paem\w*|atem\w*|pasiem\w*|atima|pasilaik\w*)\s+(?:\w+\s+)?(?:pasus|pasa|"
    r"dokumentus)\b|\b(?:pasus|pasa|dokumentus)\s+(?:\w+\s+)?(?:paem\w*|atem\w*|pasiem\w*)"
)
_LT_A_WORKER_BEATEN = r"\b(?:sumuse|musa|dauzo|spardo|primuse)\b"
_LT_WORK = r"\b(?:darb\w*|vadov\w*|darbdav\w*|sef\w*|bos\w*|uky\w*|ukio|ferm\w*|brigadinink\w*)"

# A parent's telling-off ("mum will kill me") is not a threat over a debt.
_LT_NOT_A_PARENTS_TELLING_OFF = (
    r"^(?!.*\b(?:mama|motina|tetis|tevas)\s+(?:\S+\s+){0,2}?(?:uzmus|nuzudys)\b)"
)
# A fire in the hearth, a barbecue or a candle is not a fire in the home.
_LT_NOT_A_HEARTH = r"^(?!.*\b(?:zidin\w*|lauz\w*|griliu\w*|grili\w*|zvak\w*)\b)"
# A phone or a screen that fell and does not respond is not a person fallen.
_LT_NOT_A_DEVICE = (
    r"^(?!.*\b(?:telefon\w*|ekran\w*|kompiuter\w*|nesiojam\w*)\s+(?:\S+\s+)?(?:nukrito|"
    r"parkrito|nuvirto)\b)"
)

# A blocked nose is not breathing badly.
_LT_NOT_THE_NOSE = r"^(?!.*\b(?:nos\w*|slog\w*|uzgul\w*)\b)"

LITHUANIAN_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    "^" + every_one_of(_LT_CUT_SELF, _LT_BLOOD_OR_NOW),
    rf"\b{_LT_BEATS}\s+(?:dabar\s+|vel\s+)?{_LT_MUM_OR_SISTER}\b",
    _LT_COOKING + every_one_of(_LT_KNIFE_HELD, _LT_DOOR_LOCKED),
    "^" + every_one_of(_LT_A_CHILD, _LT_HIT, _LT_HEAD_BLEEDING),
    "^" + every_one_of(_LT_MARRY_ME_OFF, _LT_COUSIN_OR_ABROAD),
    _LT_KEPT_LOCKED,
    _LT_GIRL_CUT,
    "^" + every_one_of(_LT_CHEST_PAIN, _LT_NOT_SPEAKING),
    "^" + every_one_of(_LT_BEATS_THEM, _LT_SPIRIT),
    _LT_NOT_A_PARENTS_TELLING_OFF + every_one_of(_LT_DEBT, _LT_THREAT_TO_HURT, _LT_FAMILY_OR_ME),
    "^" + every_one_of(_LT_LANDLORD, _LT_SEX_OR_REPORT),
    _LT_NOT_THE_WATER + every_one_of(_LT_THROWING_STONES, _LT_OUR_PLACE),
    "^" + every_one_of(_LT_YOUNG, _LT_SAYS_HE_IS_KIN, _LT_TAKES_AWAY),
    "^" + every_one_of(_LT_LOST, _LT_DARK_OR_PHONE_DYING),
    _LT_NOT_A_HEARTH + every_one_of(_LT_FIRE, _LT_TRAPPED),
    _LT_NOT_THE_NOSE + every_one_of(_LT_LITTLE_ONE, _LT_NOT_BREATHING),
    _LT_NOT_A_LAUGH + every_one_of(_LT_FIT, _LT_FOR_MINUTES),
    _LT_NOT_A_DEVICE + every_one_of(_LT_FELL, _LT_FALLEN_SIGNS),
    "^" + every_one_of(_LT_CARER, _LT_NOT_COME, _LT_STUCK_IN_BED),
    "^" + every_one_of(_LT_PASSPORTS_TAKEN, _LT_A_WORKER_BEATEN, _LT_WORK),
)

# Someone beaten yesterday by a man who says he will come again tomorrow ("vakar ją sumušė
# kaimynas ir pasakė, kad rytoj vėl ateis"); not a neighbour beaten at chess.
_LT_BEATEN_HER = (
    r"\b(?:ja|ji|mane|mus|mociut\w*|mama|mam[aą]|senel\w*|tevas)\s+(?:\w+\s+)?(?:sumuse|primuse|"
    r"muse|sumuse)\b"
)
_LT_COMES_AGAIN = r"\b(?:rytoj|vel|siandien|siavakar)\s+(?:\w+\s+)?(?:ateis|gris|atvaziuos)\b"
LITHUANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:sachmat\w*|kortomis|rekord\w*|zaidim\w*)\b)"
    + every_one_of(_LT_BEATEN_HER, _LT_COMES_AGAIN),
)

# A workmate fallen or crushed at work who does not move, with no ambulance called ("krautuvas
# apvirto ant kolegos, jis nejuda, vadovas sako nekviesti greitosios"); not a van that does not
# move in traffic.
_LT_WORKMATE = r"\b(?:koleg\w*|darbuotoj\w*|draug\w*|vyr\w*|vaikin\w*)\b"
_LT_FELL_OR_CRUSHED = r"\b(?:nukrito|apvirto|prispaud\w*|uzgriuv\w*|krito|nugriuvo)\b"
_LT_DOES_NOT_MOVE = r"\bnejuda\b|\bnekvepuoja\b|\bbe\s+samones\b|\bnereaguoja\b"
_LT_NO_AMBULANCE = r"\bgreitosios\b|\bgreitaja\b|\bgreitoji\b|\b112\b"
LITHUANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_LT_WORKMATE, _LT_FELL_OR_CRUSHED, _LT_DOES_NOT_MOVE, _LT_NO_AMBULANCE),
)

# A man with a knife or a gun where the writer works or now ("parduotuvėje, kur dirbu, dabar yra
# vyras su peiliu"); not a man slicing bread with a knife.
_LT_ARMED_MAN = (
    r"\b(?:vyras|vyrukas|zmogus|tipas|kazkas|klientas|jis)\s+(?:\w+\s+)?(?:su\s+(?:peiliu|kirviu|"
    r"ginklu|pistoletu)|turi\s+(?:peili|ginkla|pistoleta))\b"
)
_LT_WHERE_I_AM = r"\b(?:dabar|kur\s+dirbu|parduotuv\w*|padekit\w*|pagalbos)\b"
LITHUANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:duon\w*|desr\w*|mes\w*|virtuv\w*|pjausto\w*)\b)"
    + every_one_of(_LT_ARMED_MAN, _LT_WHERE_I_AM),
)

# A boss who says the writer must stay with him tonight or be sacked ("jei šįvakar neliksiu su
# juo, mane atleis"); not staying with him to finish the stocktake.
_LT_BOSS = r"\b(?:virsinink\w*|vadov\w*|savinink\w*|bos\w*|meistr\w*|darbdav\w*)\b"
_LT_IF_NOT_WITH_HIM = (
    r"\bjei\w*\s+(?:\w+\s+){0,2}(?:neliksiu|neisiu|nemiegosiu|nevaziuosiu|neateisiu|nepasiliksiu)"
    r"\s+(?:\w+\s+)?su\s+juo\b"
)
_LT_SACKED = r"\b(?:atleis|ismes)\b|\bnetek\w*\s+darbo\b|\bmigracij\w*"
LITHUANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_LT_BOSS, _LT_IF_NOT_WITH_HIM, _LT_SACKED),
)

# Pictures held over someone for money: a threat (or blackmail) to post or send their photos
# unless they pay ("grasina, kad paskelbs jos nuotraukas, jei nesumokes"); not photos promised
# for an exhibition once a fee is paid.
_LT_THREAT = r"\b(?:grasin|santaz)\w*"
_LT_PHOTOS_POSTED = (
    r"\b(?:paskelb|isplatin|issiunt|issius|nusius|isdalin|ikel|parodys)\w*\s+(?:\w+\s+)"
    r"{0,2}(?:nuotrauk|foto|vaizdo\s+ira|video)\w*|\b(?:nuotrauk|foto|video)\w*\s+(?:\w+\s+){0,3}"
    r"(?:paskelb|isplatin|ikel|nusius|issius)\w*"
)
_LT_PAY = r"\b(?:pinig|sumok|nesumok|moket|sumoket|eur)\w*|€"
LITHUANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_LT_THREAT, _LT_PHOTOS_POSTED, _LT_PAY),
)

# A threat to kill the writer or people like them ("nužudys lesbietes", "užmuš tokius kaip mes"),
# written or said, beside the one who made it at the door now ("dabar beldžiasi į duris"); not a
# villain in a book or a film who will kill, told by a neighbour who knocks to return it.
_LT_WILL_KILL_US = (
    r"\b(?:nuzudys|uzmus|iszudys|papjaus|sudegins)\s+(?:\w+\s+){0,2}?(?:mane|mus|tokius|"
    r"lesbiet\w*|gej\w*|homoseksual\w*|translyt\w*|uzsienie\w*|imigrant\w*|musulmon\w*|"
    r"juodaod\w*|pabegel\w*)\b"
)
_LT_AT_THE_DOOR_NOW = (
    r"\b(?:beldzias\w*|dauzo\s+(?:\w+\s+)?dur\w*|spardo\s+(?:\w+\s+)?dur\w*|lauzias\w*|"
    r"prie\s+(?:mano\s+|musu\s+)?duru)\b"
)
LITHUANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:knyg\w*|film\w*|serial\w*|zaidim\w*|spektakl\w*|romane)\b)"
    + every_one_of(_LT_WILL_KILL_US, _LT_AT_THE_DOOR_NOW),
)

# Someone gone off with a man met on the internet, and now not answering or the phone off ("mano
# sesuo išvažiavo su vyru, kurį sutiko internete, ji neatsiliepia"); not a trip with friends found
# online, nor someone who has since rung or come back.
_LT_WENT_WITH_HIM = (
    r"\b(?:isvaziav\w*|isvyk\w*|isejo|nuvaziav\w*|pabego|susitik\w*|sedo)\s+(?:\w+\s+){0,2}?"
    r"(?:su|pas)\s+(?:\w+\s+)?(?:vyru|vyriskiu|vaikin\w*|zmogumi|kazkuo|nepazistam\w*|juo)\b"
)
_LT_MET_ONLINE = (
    r"\b(?:sutiko|sutikusi|susipazino|susirasinej\w*|bendrav\w*|rado)\s+(?:\w+\s+)?(?:internete|"
    r"per\s+internet\w*|instagram\w*|tiktok\w*|snapchat\w*|facebook\w*|zaidim\w*)"
)
_LT_NOT_ANSWERING = (
    r"\bneatsiliep\w*|\bneatsako\b|\bnebeatsako\b|\btelefon\w*\s+(?:\w+\s+)?(?:isjungt\w*|"
    r"nepasiekiam\w*)"
)
LITHUANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:grizo|atsiliepe|paskambino|parase)\b)"
    + every_one_of(_LT_WENT_WITH_HIM, _LT_MET_ONLINE, _LT_NOT_ANSWERING),
)

# Someone lying unconscious and breathing badly or not at all ("lifte guli vyras be sąmonės,
# beveik nekvėpuoja"); not the writer who slept "like unconscious" and can barely breathe
# through a blocked nose (said in the first person).
_LT_UNCONSCIOUS = r"(?<!kaip\s)\bbe\s+samones\b|\bnesamoning\w*|\bprarad\w*\s+samone\b"
_LT_BARELY_BREATHING = (
    r"\b(?:beveik|vos|blogai|sunkiai|keistai|retai)\s+(?:ne)?kvepuoja\b|\b(?:ne|nebe)kvepuoja\b"
)
LITHUANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_LT_UNCONSCIOUS, _LT_BARELY_BREATHING),
)

# Someone who says he will come tonight and take revenge on the writer ("sako, kad šiąnakt ateis
# ir man atkeršys"); not a team taking revenge on its rivals in a match.
_LT_COMING_TONIGHT = (
    r"\b(?:ateis|ateisiu|atvaziuos|atvaziuosiu|ateina|atvaziuoja)\b.{0,40}\b(?:sianakt|sia\s+"
    r"nakti|siandien|sivakar|vakare|dabar)\b|\b(?:sianakt|sia\s+nakti|siandien|sivakar|"
    r"vakare|dabar)\s+(?:\w+\s+)?(?:ateis|atvaziuos|ateina|atvaziuoja)\b"
)
_LT_REVENGE_ON_ME = (
    r"\b(?:man|mums|tau)\s+(?:\w+\s+)?(?:atkersys|atkersiju|atkersysiu|atsiskaitys)\b|"
    r"\b(?:atkersys|atkersysiu|atsiskaitys)\s+(?:man|mums|tau|su\s+manimi|su\s+tavimi)\b"
)
LITHUANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_LT_COMING_TONIGHT, _LT_REVENGE_ON_ME),
)

# Power or heating cut off beside a baby or child very cold and limp or no longer crying; not
# power cut for a repair and a baby who has stopped crying and sleeps warm.
_LT_HEAT_CUT = (
    r"\b(?:atjung\w*|isjung\w*|nutrauk\w*|nukirt\w*)\s+(?:\w+\s+){0,3}?(?:elektr\w*|sildym\w*|"
    r"dujas|sviesa)|\bnera\s+(?:nei\s+)?(?:sildymo|elektros)\b"
)
_LT_LITTLE_ONE = r"\b(?:kudiki\w*|mazyl\w*|vaik\w*|dukryt\w*|sunel\w*)"
_LT_VERY_COLD = r"\b(?:saltas|salta|salti|sustinges|sustingusi|pamelyn\w*|melynas|melyna)\b"
_LT_LIMP = (
    r"\b(?:nebeverkia|neverkia|nebejuda|nejuda|vangus|vangi|nereaguoja|nebereaguoja|nepabunda|"
    r"neatsibunda)\b"
)
LITHUANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_LT_HEAT_CUT, _LT_LITTLE_ONE, _LT_VERY_COLD, _LT_LIMP),
)
