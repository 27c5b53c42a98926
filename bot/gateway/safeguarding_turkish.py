"""The Turkish safeguarding phrase net (read by safeguarding_languages). Turkish builds a word
from a stem and its endings and puts the verb last ("kocam beni dövüyor", "kendime zarar
veriyorum"), so a pattern is an object or a person named and a verb stem with its endings,
including the spoken endings people text ("istiyom", "öldürcem"). Text has been through
safeguarding_languages.fold: no accents and dotless ı read as i ("dövüyor" reads "dovuyor",
"şiddet" reads "siddet", "kalacak yerim yok" as typed).

Beyond the main kinds it reads an alarm in a few words ("kapıdalar. ellerinde bıçak var") and a
threat to burn a shop or home with the writer or the children inside, and two of a stroke's
signs together (one side of the face or an arm numb, words mixed up), a child who has not come
home with the phone off or no one knowing where, and a knife or gun drawn on the writer ("kocam
yine bıçak çekti") or the children hiding from him, and an ex who waits for the writer or knows
the address despite a court order or just out of prison, and hate at the writer's home ("ülkene
dön" with windows broken, their coming again or her fear of going out), and honour to be
"cleaned" or named by the family beside fear, or shame on the family named beside a veiled
threat ("ikinizi de hallederiz"), and a small child alone at home for days, crying or unfed,
and "he beats me" said inside a question ("beni dövdüğünü söylersem") beside a threat or his
coming again, and a threat with a knife told without an object ("bıçakla tehdit etti").
Left alone: "açlıktan ölüyorum" (dying of hunger), "annem beni
öldürecek" (mum will kill me, late), "bu sıcak beni öldürüyor", "instagramda beni takip ediyor",
"sıcağa dayanamıyorum", a barbecue lit in the garden, a face numb after the dentist, an arm numb
from sleeping on it, a daughter who stayed at a friend's and is known to be there, a knife taken
from the drawer, hide-and-seek, an ex waiting at the school with the children's coats, a
woman's beating asked about in general, a knife threat in a series, forced marriage
("zorla evlendirme") asked about as a subject.
Also a fear of being poisoned with a knife at hand or a watch at the door, and drink
stopped all at once with shaking, a fit or things seen; not rat poison, nor a sober year.
A girl under 18 to be married off (not a wedding told as past), a landlord breaking in or
putting things in the street, a newborn who cannot be woken, or will not feed and is yellow,
a drunk carer asleep or alone with a baby; not a baby who sleeps through the night.
An older parent or someone bedridden fallen or on the floor who cannot get up, speak or breathe
(not one who fell and got up), someone collapsed and not breathing, and a crash with someone
trapped in the car or bleeding badly (not traffic held up by a crash).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import a_plea_in_a_few_words, any_two_of, every_one_of

_TR_PEOPLE_FROM = (
    r"(?:ondan|kocamdan|esimden|babamdan|annemden|abimden|agabeyimden|sevgilimden|eski\s+esimden|"
    r"kayinpederimden|kaynanamdan|kardesimden|uvey\s+babamdan|patronumdan|ev\s+sahibimden)"
)

TURKISH_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    r"\bolmek\s+(?:\w+\s+)?isti(?:yorum|yom|yordum|orum)\b|\bolesim\s+(?:var|geliyor)\b",
    r"\bintihar\s+(?:\w+\s+)?(?:edecegim|edicem|edecem|ediyorum|etmek\s+isti\w*|etmeyi\s+"
    r"dusun\w*|etcem)\b",
    r"\bkendimi\s+(?:\w+\s+)?(?:oldurecegim|oldurcem|oldurucem|oldurecem|oldurmek\s+isti\w*|"
    r"asacagim|asicam|asmak\s+isti\w*|atacagim|aticam)\b",
    r"\bcanima\s+kiy\w*|\bhayatima\s+son\s+ver\w*|\bher\s*seyi\s+bitirmek\s+isti\w*",
    r"\byasamak\s+(?:\w+\s+)?istemi(?:yorum|yom|orum)\b|\byasamanin\s+(?:hicbir\s+|bir\s+)?"
    r"anlami\s+(?:yok|kalmadi)\b",
    r"\bbensiz\s+(?:\w+\s+)?(?:daha\s+)?(?:iyi|mutlu|rahat)\s+(?:olur|olacak|olurlar|olacaklar|"
    r"olurdu)\b",
    # self-harm
    r"\bkendime\s+(?:\w+\s+){0,2}zarar\s+ver\w*|\bkendimi\s+(?:kes\w*|yarala\w*|yakiyorum|yaktim|"
    r"yakacagim)\b",
    r"\b(?:bileklerimi|bilegimi|kollarimi)\s+(?:\w+\s+)?(?:kestim|kesiyorum|kesecegim|kesicem|"
    r"kesmek)\b",
    # all the tablets
    r"\b(?:butun|tum)\s+(?:\w+\s+)?(?:haplari|ilaclari|haplarimi|ilaclarimi)\s+(?:\w+\s+)?"
    r"(?:ictim|icecegim|icicem|yuttum|yutacagim|aldim|alacagim|icmek)\b",
    r"\b(?:haplarin|ilaclarin)\s+hepsini\s+(?:\w+\s+)?(?:ictim|yuttum|icecegim|icicem|aldim|"
    r"alacagim)\b|\basiri\s+doz\w*\s+(?:aldim|alacagim|almak)\b|\b(?:hap|ilac)\w*\s+biriktir\w*",
    # violence, threats, control
    r"\b(?:beni|bizi)\s+(?:\w+\s+){0,2}(?:dovuyor|doviyor|dovdu|dover|doverdi|dovecek|tehdit\s+"
    r"ed\w*|kilitli\w*|kilitle\w*|hapsed\w*|bogmaya|bogdu|tekmeledi|tekmeliyor|tokatladi|taciz\s+"
    r"ed\w*|odaya\s+kapat\w*)\b",
    r"\bbana\s+(?:\w+\s+)?(?:vuruyor|vurdu|tokat\s+at\w*|tecavuz\s+et\w*|saldir\w*|el\s+"
    r"kaldir\w*|siddet\s+uygul\w*)\b",
    r"\btecavuz\w*\s+(?:\w+\s+)?(?:ugradim|etti|ediyor)\b|\bdayak\s+(?:yiyorum|yedim|atiyor|atti)\b",
    r"\bsiddet\s+(?:goruyorum|gordum|uyguluyor|uyguladi)\b|\b(?:esimden|kocamdan|babamdan|"
    r"sevgilimden)\s+siddet\b",
    r"\boldurmek(?:le|ten)?\s+tehdit|\bbeni\s+oldurecegini\s+(?:soyl\w*|dedi)\b",
    r"\b(?:pasaportumu|telefonumu|parami|paralarimi|kimligimi|belgelerimi|kartimi)\s+"
    r"(?:\w+\s+)?(?:vermiyor|sakliyor|sakladi|elimden\s+al\w*)\b",
    r"\b(?:disari|disariya|evden)\s+(?:\w+\s+)?(?:cikmama|cikmami)\s+izin\s+vermiyor\b",
    # afraid of him, afraid to go home
    _TR_PEOPLE_FROM + r"\s+(?:cok\s+)?korkuyorum\b",
    r"\b(?:eve|evime)\s+(?:gitmeye|gitmekten|donmeye|donmekten)\s+korkuyorum\b",
    # a child at risk
    r"\b(?:cocuk\w*|kizim\w*|oglum\w*|bebeg\w*|bebek\w*)\s+(?:\w+\s+){0,2}(?:ac\s+birak\w*|ac\s+"
    r"kaliyor\w*|gunlerdir\s+ac|yemek\s+vermiyor\w*|dovuyor|doviyor|dovdu|evde\s+yalniz\s+"
    r"birak\w*)\b",
    # followed
    r"\b(?:biri|birisi|bir\s+adam|bir\s+kadin|adam|eskim|eski\s+\w+|hep|surekli|sokakta|eve\s+"
    r"kadar|her\s+yerde|gizlice)\s+(?:beni\s+)?takip\s+ed\w*|\bbeni\s+(?:eve\s+kadar|her\s+"
    r"yerde|sokakta|gizlice|surekli|hep)\s+takip\s+ed\w*|\bpesimden\s+(?:geliyor|geldi|"
    r"ayrilmiyor)\b|\bbeni\s+(?:gizlice\s+|surekli\s+)?gozetliyor\b",
    # forced marriage (not "zorla evlendirme", the subject, asked about)
    r"\bzorla\s+(?:\w+\s+)?evlen(?!(?:dir)?me(?:\b|ler|nin|si))\w*|\bistemedigim\s+(?:\w+\s+)?"
    r"(?:biriyle|adamla|kisiyle)\s+evlen\w*|\bbeni\s+(?:\w+\s+)?evlendirmek\s+isti\w*",
    # in danger, not safe, help
    r"\btehlikedeyim\b|\bhayatim\s+tehlikede\b|\bimdat\b|\b(?:beni\s+kurtarin|kurtarin\s+beni|"
    r"kurtar\s+beni)\b",
    r"\bguvende\s+degilim\b|\bkendimi\s+(?:\w+\s+)?guvende\s+hissetmiyorum\b",
    # nowhere to sleep tonight
    r"\b(?:kalacak|yatacak|uyuyacak|gidecek|siginacak)\s+(?:bir\s+)?yerim\s+yok\b|\bbeni\s+"
    r"evden\s+(?:atti|kovdu|cikardi|atacak)\b|\bsokakta\s+kaldim\b",
    # can't go on
    r"\b(?:bu\s+hayata|hayata|yasamaya|bu\s+aciya)\s+(?:artik\s+)?(?:dayanamiyorum|"
    r"katlanamiyorum)\b|\bartik\s+(?:yasayamiyorum|devam\s+edemiyorum)\b|\b(?:hayattan|"
    r"yasamaktan)\s+(?:cok\s+)?biktim\b",
    # kept from going out, the children threatened, bones to be broken over a debt
    r"\b(?:kocam|esim|babam|abim|agabeyim|sevgilim|kayinpederim|o)\s+(?:\w+\s+){0,2}(?:gitmeme|"
    r"cikmama|gorusmeme|calismama|konusmama)\s+izin\s+vermiyor\b",
    r"\bcocuk\w*\s+(?:\w+\s+)?(?:alip\s+gidece\w*|alip\s+kacac\w*|elimden\s+alac\w*|kacirac\w*)|"
    r"\b(?:onlari|cocuklarimi|cocuklari)\s+(?:bir\s+daha\s+)?gormeyecegimi\b",
    r"\b(?:bacaklarimi|kollarimi|kemiklerimi|dizlerimi|parmaklarimi|kafami|elimi|kolumu|"
    r"bacagimi)\s+(?:\w+\s+)?kir(?:acak|acag|icak|icag|car|arlar|dil)\w*",
    # an older parent bruised, shouted at or not fed in a care home or by a carer
    r"^(?=.*\b(?:bakimev\w*|huzurev\w*|bakici\w*|hemsire\w*|personel\w*)\b)(?=.*\b(?:(?:kol|yuz|"
    r"bacak|sirt|bilek|el)\w*\s+(?:\w+\s+)?morluk\w*|(?:bakici|hemsire|personel)"
    r"\w*\s+(?:\w+\s+){0,2}(?:ona|anneme|babama|ninem\w*|dedem\w*)\s+(?:bagir(?!ma|mi)\w*|vur\w*|"
    r"itiyor\w*)|yemeg\w*\s+(?:\w+\s+)?(?:yedirmeden|vermeden|vermiyor\w*|yedirmiyor\w*)|"
    r"ac\s+birak\w*)\b)",
    # signs of a heart attack: the chest tight or in pain, with the left arm, jaw or a cold sweat
    r"^(?=.*\bgogs\w*\s+(?:\w+\s+){0,3}(?:sikisma\w*|sikis\w*|agri\w*|baski\w*|yanma\w*|"
    r"aciyor\w*))(?=.*\b(?:sol\s+(?:kol|omuz|omz|col)\w*|cene\w*\s+(?:\w+\s+)?(?:agri\w*|vur\w*)|"
    r"soguk\s+(?:soguk\s+)?ter\w*)\b)",
    # a child drawn into extremism online, with a weapon bought or shut in with the groups
    r"^(?=.*\b(?:oglum|kizim|cocug\w*|yegen\w*|kardesim|torunum)\b)"
    r"(?=.*\b(?:kafir\w*\s+(?:\w+\s+)?(?:olmeli|oldurul\w*|olsun)|radikal\w*|cihat\w*|isid|deas|"
    r"teror\s+orgut\w*)\b)(?=.*\b(?:bicak\w*|silah\w*|patlayici\w*|"
    r"gruplar\w*\s+(?:\w+\s+)?konus\w*|odasindan\s+(?:hic\s+)?cikmiyor)\b)",
    # a husband who beat the writer, said without an object
    r"\b(?:kocam|esim)\s+(?:(?:dun|bu)\s+(?:gece|aksam|sabah)\s+)?(?:yine\s+|gene\s+)?(?:beni\s+)?"
    r"(?:dovdu|dovuyor|vurdu|dover)\b",
)

# A threat to kill the writer: "kocam bu gece beni öldürecek", "gidersem beni öldürür", "seni
# öldüreceğim" written on the door or said; not "annem beni öldürecek, geç kaldım", "bu trafik
# beni öldürüyor", "onu öldüreceğim, pastamı yedi".
_TR_KILLS_ME = (
    r"\bbeni\s+(?:\w+\s+){0,2}?(?:oldurecek|oldurcek|oldurur|oldurecekmis"
    r"|oldururmus)\b"
)
TURKISH_PHRASES += (  # i18n-exempt: input
    r"\b(?:o|kocam|esim|sevgilim|nisanlim|eski\s+(?:kocam|esim|sevgilim|nisanlim))\s+"
    r"(?:\w+\s+){0,3}?" + _TR_KILLS_ME,
    r"\bbu\s+(?:gece|aksam)\b.{0,20}" + _TR_KILLS_ME,
    r"\b(?:gidersem|ayrilirsam|kacarsam|soylersem|anlatirsam|edersem|bosanirsam|reddedersem|"
    r"donmezsem|konusursam|birakirsam)\b.{0,30}" + _TR_KILLS_ME,
    r"^(?=.*\bseni\s+(?:oldurecegim|oldurcem|oldurecem|oldururum)\b)(?=.*\b(?:dedi|diyor|demis|"
    r"yazmis|yazdi|yaziyor|mesaj\w*|kapi\w*|duvar\w*|bagir\w*|tehdit\w*)\b)",
)

# An alarm in a few words (safeguarding_words.a_plea_in_a_few_words): "kapıdalar. ellerinde
# bıçak var", "imdat, kocam kapıda", "beni buldu"; not "kapıdalar, elinde pasta var, açar
# mısın", "mutfakta elinde bıçak var, soğan doğruyor".
_TR_WEAPON = r"(?:bicak|silah|sopa|satir|tabanca|pala)\w*"
_TR_PLEA = (
    r"imdat|yardim\s+edin|yardim|kurtarin|lutfen|acil|polis\s+(?:cagirin|gonderin)|"
    r"polisi\s+arayin|help|sos"
)
# Someone who, at the door, is an alarm said alone ("they"; an ex); a husband or "o" (he, it) at
# the door may be a lift, and is one beside a plea.
_TR_WHO = r"(?:onlar|eski\s+(?:kocam|esim|sevgilim)|adamlar)"
_TR_FAMILY = r"(?:o|kocam|esim|babam|abim|agabeyim|kayinpederim)"
_TR_AT_THE_DOOR = r"(?:kapida|kapinin\s+onunde)"
_TR_ALARM = (
    rf"{_TR_WHO}\s+{_TR_AT_THE_DOOR}(?:lar)?|{_TR_AT_THE_DOOR}lar|(?:{_TR_WHO}\s+)?(?:iceri\s+"
    r"girdi(?:ler)?|beni\s+buldu(?:lar)?|kapiyi\s+(?:kiriyor|zorluyor)(?:lar)?)|"
    rf"(?:ellerinde|elinde)\s+(?:\w+\s+)?{_TR_WEAPON}\s+var|{_TR_WEAPON}\s+(?:var|getirdi\w*)"
)
_TR_BESIDE_A_PLEA = (
    rf"(?:{_TR_FAMILY}\s+)?(?:{_TR_AT_THE_DOOR}|burada|geldi|geliyor)|{_TR_FAMILY}|"
    r"burada(?:lar)?|geldi(?:ler)?|geliyor(?:lar)?|cocuklar|(?:bizi\s+)?kilitlediler"
)

# A threat to burn a home or a shop with the writer or the family inside, or a people told to get
# out ("Türkler defolun") with a threat to burn; or the writer's own home named ("evimi
# yakacaklar") with the children inside, a threat or "defol" beside it; not a barbecue lit
# together or in the garden, nor a child told to get out of the room with a barbecue to come.
_TR_BURN = r"(?:yak(?:acak|icak|acag|icag|acaz|icaz|arlar|ariz|mak)\w*|atese\s+ver\w*)"
_TR_MY_HOME = r"(?:evimi|evimizi|dukkanimi|dukkanimizi|arabami|dairemi|kapimi)"
_TR_INSIDE = r"(?:iceride\w*|icerde\w*|icindeyiz|icindeyim|evdeyiz|evdeyim)"
TURKISH_PHRASES += (  # i18n-exempt: input
    a_plea_in_a_few_words(_TR_PLEA, _TR_ALARM, _TR_BESIDE_A_PLEA),
    r"^(?=.*\b(?:dukkan|ev|magaza|isyeri|araba|lokanta|kafe)\w*)(?=.*\b(?:benimle|bizimle|"
    rf"cocuklarimla|cocuklarla|ailemle|icimizdeyken|icindeyken|icimizde)\s+(?:birlikte\s+)?"
    rf"{_TR_BURN})(?=.*\b(?:tehdit\w*|soyle\w*|dedi\w*|yaz\w*|defol\w*|kork\w*)\b)",
    rf"\b\w+(?:lar|ler)\s+defol\w*\W+(?:\w+\W+){{0,2}}?{_TR_BURN}|\b{_TR_BURN}\W+(?:\w+\W+)"
    rf"{{0,2}}?\w+(?:lar|ler)\s+defol\w*",
    rf"^(?=.*\b{_TR_MY_HOME}\s+(?:\w+\s+)?{_TR_BURN})(?=.*\b(?:{_TR_INSIDE}|tehdit\w*|"
    r"defol\w*)\b)",
)

# A stroke's signs (the NHS's FAST): the face numb, dropped or crooked on one side, an arm or leg
# numb or that will not lift, speech slurred or words mixed up; two of them together, and not
# after the dentist, an injection, sleep or a drink.
_TR_FACE = (
    r"\b(?:yuz|agz|dudag|dudak)\w*\s+(?:\w+\s+){0,3}(?:uyus\w*|kay\w*|dus\w*|carpil\w*|"
    r"egril\w*|sark\w*|hissetmi\w*)|\b(?:yuz\w*|agz\w*)\s+(?:\w+\s+)?(?:bir|tek)\s+"
    r"taraf\w*\s+(?:\w+\s+)?(?:uyus\w*|kay\w*|dus\w*|carpil\w*|egril\w*|sark\w*)"
)
_TR_LIMB = (
    r"\b(?:sol|sag)\s+(?:kol|bacag|bacak|el|ayag|ayak)\w*\s+(?:\w+\s+){0,6}?(?:uyus\w*|"
    r"tutmuyor|hissetmi\w*|kaldiram\w*|kalkmiyor|oynatam\w*|guc\w*\s+yok)|\b(?:kol|bacag|"
    r"bacak|el)\w*\s+(?:\w+\s+)?(?:tutmuyor|kaldiram\w*|kalkmiyor|oynatam\w*)"
)
_TR_SPEECH = (
    r"\bkelime\w*\s+(?:\w+\s+)?(?:karis\w*|bulam\w*|cikmiyor|cikmi\w*)|\bkonus\w*\s+"
    r"(?:\w+\s+)?(?:bozul\w*|pelteklesi\w*|anlasilmi\w*|yapam\w*|zorlan\w*|karis\w*)|"
    r"\bdil\w*\s+(?:\w+\s+)?(?:dolas\w*|tutul\w*)"
)
_TR_NOT_A_STROKE = (
    r"^(?!.*\b(?:disci\w*|dis\s+\w+|igne\w*|anestezi\w*|uyusturma\w*|uyurken|uyuyunca|"
    r"uzerine\s+yat\w*|sarhos\w*|ictim|yorgun\w*)\b)"
)
TURKISH_PHRASES += (  # i18n-exempt: input
    _TR_NOT_A_STROKE + any_two_of(_TR_FACE, _TR_LIMB, _TR_SPEECH),
)

# A child who has not come home or is missing ("kızım dün akşamdan beri eve gelmedi"), with the
# phone off, no one knowing where, or the police called; not a child who stayed at a friend's,
# or is at a camp or on a trip, with the phone off there.
_TR_KNOWN_WHERE = (
    r"^(?!.*\b(?:\w+(?:da|de|ta|te)\s+kal(?:di|iyor|acak|mis)\w*|kamp\w*|gezi\w*|tatil\w*|"
    r"nerede\s+oldugunu\s+biliyor\w*)\b)"
)
_TR_OUR_CHILD = (
    r"(?:kizim|oglum|cocugum|cocuklarim|kizimiz|oglumuz|torunum|yegenim|kardesim|oglu|kizi)"
)
_TR_NOT_HOME = (
    r"(?:eve|evine|eve\s+geri)\s+(?:gelmedi|donmedi|gelmemis|donmemis)|"
    r"kayboldu|kayip|(?:hic\s+)?haber\s+(?:alamiyoruz|alamiyorum|yok)"
)
_TR_NOT_FOUND = (
    r"telefonu\s+(?:\w+\s+)?(?:kapali|acmiyor|cevap\s+vermiyor|ulasilamiyor)|"
    r"(?:ona\s+)?ulasamiyor(?:uz|um)|nerede\s+oldugunu\s+(?:\w+\s+)?bilmiyor\w*|"
    r"kimse\s+(?:\w+\s+)?bilmiyor|polis\w*\s+(?:\w+\s+)?(?:aradim|aradik|haber\s+ver\w*|"
    r"gittim|gittik)"
)
TURKISH_PHRASES += (  # i18n-exempt: input
    _TR_KNOWN_WHERE
    + every_one_of(
        rf"\b{_TR_OUR_CHILD}\b", rf"\b(?:{_TR_NOT_HOME})\b", rf"\b(?:{_TR_NOT_FOUND})\b"
    ),
)

# A knife or a gun drawn on the writer or the family at home ("kocam yine bıçak çekti", "bana
# silah doğrulttu", "bıçakla üstüme yürüdü", "boğazıma bıçak dayadı"), and the children hiding
# from him; not a knife taken from the drawer ("bıçağı çekmeceden çekti"), one drawn in a film
# or a game, nor children hiding in a game of hide-and-seek.
_TR_DRAWS = (
    r"(?:kocam|esim|babam|abim|agabeyim|kayinpederim|sevgilim|kardesim|oglum|eski\s+(?:kocam|"
    r"esim|sevgilim)|bana|bize|ustume|uzerime|ustumuze|uzerimize)"
)
_TR_NOT_A_STORY = r"^(?!.*\b(?:film\w*|dizi\w*|oyun\w*|sahne\w*|roman\w*|kitap\w*)\b)"
_TR_FROM_HIM = (
    r"\b(?:kocam\w*|esim\w*|babalari\w*|babam\w*|sevgilim\w*|korku\w*|bagir\w*|sarhos\w*|"
    r"kavga\w*|dov\w*|bicak\w*|silah\w*)\b"
)
TURKISH_PHRASES += (  # i18n-exempt: input
    _TR_NOT_A_STORY + rf"(?=.*\b{_TR_DRAWS}\s+(?:\w+\s+){{0,2}}?(?:bicak|silah|tabanca|satir|"
    r"pala|sopa)\s+(?:cek|dayad|dayiyor|dogrult|sall)\w*)",
    _TR_NOT_A_STORY + r"(?=.*\b(?:bicak|silah|tabanca|satir|pala|sopa)(?:la|yla)\s+(?:\w+\s+)?"
    r"(?:ustume|uzerime|ustumuze|uzerimize|bana|bize)\s+(?:yurudu|yuruyor|geldi|saldirdi|"
    r"atildi)\b)",
    r"^(?!.*\b(?:saklambac\w*|oyun\w*|oynu\w*|surpriz\w*)\b)(?=.*\b(?:cocuk\w*|kizim|oglum|"
    r"bebeg\w*)\s+(?:\w+\s+){0,2}?(?:korkudan\s+)?saklan(?:iyor|di|mis|ir)\w*)(?=.*"
    + _TR_FROM_HIM
    + ")",
)

# An ex who turns up where the writer is or knows where she lives, beside a court order, prison
# or her fear ("eski kocam hapisten çıkmış, okulun önünde beni bekliyordu, uzaklaştırma kararı
# var, adresi biliyor"); not an ex waiting at the school with the children's coats, nor an
# everyday fear ("korkuyorum trafik olur diye").
_TR_EX = r"\beski\s+(?:kocam|esim|sevgilim|nisanlim|partnerim)\b"
_TR_TURNS_UP = (
    r"\bbeni\s+(?:\w+\s+)?(?:bekli(?:yor|yordu|yormus)|buldu|bulmus)\b|"
    r"\b(?:adresimi|adresimizi|(?:evin|evimin|evimizin)\s+adresini|evimizi|evimi|okulu|"
    r"isyerimi)\s+(?:\w+\s+)?(?:biliyor|bulmus|buldu|ogrenmis|ogrendi)\b"
)
_TR_NOT_ALLOWED_NEAR = (
    r"\b(?:uzaklastirma|koruma)\s+karar\w*|\bhapisten\s+(?:cik\w*|tahliye\w*)|"
    r"(?<!\bdiye\s)\b(?:cok\s+)?korkuyor(?:um|uz)\s*(?:[.!,]|$)|\btehdit\w*"
)
TURKISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TR_EX, _TR_TURNS_UP, _TR_NOT_ALLOWED_NEAR),
)

# Hate at the writer's home: told to go back to her country ("ülkene dön", "defol git"), her
# windows or door broken or written on by a group, their coming again, or her fear of going out;
# read when two of these come together. Not a mother who misses her ("ülkene dön artık,
# özledik"), a window broken by the wind or a ball, nor a repairman who will come again.
_TR_GO_BACK = (
    r"\b(?:ulke|memleket)(?:ne|nize|ine|inize)\s+(?:geri\s+)?(?:don|git|defol)\w*|"
    r"\bdefol\s+(?:git|buradan)\b|\bpis\s+(?:gocmen|yabanci|arap|musluman)\w*"
)
_TR_DAMAGED_BY_THEM = (
    r"\b(?:camimi|camlarimi|camimizi|camlarimizi|pencerem\w*|kapimi|kapimizi|kapima|kapimiza|"
    r"duvarima|duvarimiza|arabami|arabamizi|lastiklerimi)\s+(?:\w+\s+){0,2}?(?:kirdilar|"
    r"kirmislar|kiriyorlar|yaktilar|yakmislar|cizdiler|cizmisler|boyadilar|tekmeliyorlar|"
    r"tekmelediler|yaziyor|yaziyorlar|yazdilar|yazmislar|tukurduler|attilar)\b"
)
_TR_AGAIN_OR_AFRAID = (
    r"\b(?:yine|tekrar|gene)\s+(?:\w+\s+)?(?:gelecek(?:lerini|ler\w*)|gelicek\w*)|"
    r"\btehdit\s+(?:ediyor|ettiler|ediyorlar)\w*|\b(?:disari\s+cikmaya|yurumeye|sokaga\s+"
    r"cikmaya|evden\s+cikmaya)\s+(?:cok\s+)?korkuyor(?:um|uz)\b"
)
TURKISH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:ruzgar\w*|firtina\w*|top|topu|topla|futbol\w*|tamirci\w*|usta)\b)"
    + any_two_of(_TR_GO_BACK, _TR_DAMAGED_BY_THEM, _TR_AGAIN_OR_AFRAID),
)

# Honour to be "cleaned" (the family's word for killing over it: "namusumuzu temizleyeceğiz",
# "namus kanla temizlenir"), or honour named by the family beside a threat or the writer's fear
# ("babam namusumu kirlettiğimi söylüyor, çok korkuyorum"); not honour killings talked about at
# a session, in a film, a series or the news ("haber vermek", to let know, is not news), nor a
# man called honest ("namuslu").
_TR_TOLD_OF = (
    r"^(?!.*\b(?:film\w*|dizi\w*|haber(?!\s+ver)\w*|belgesel\w*|oturum\w*|kitap\w*|roman\w*|"
    r"tartis\w*|konferans\w*|sunum\w*|ders\w*)\b)"
)
_TR_HONOUR_CLEANED = (
    r"\bnamus\w*\s+(?:\w+\s+){0,2}?(?:temizle\w*|kanla\s+(?:temizle|yika|ode)\w*)|"
    r"\bkan(?:la|imla|inla)\s+(?:\w+\s+)?(?:temizle|yika)\w*"
)
_TR_FAMILY_SAYS = (
    r"\b(?:babam|abim|agabeyim|amcam|dayim|kardesim|kocam|ailem|kuzenim|kayinpederim|annem)\b"
)
_TR_THREAT_OR_FEAR = r"\b(?:korkuyor\w*|oldur\w*|tehdit\w*|oldurul\w*|kaciyor\w*|saklan\w*)"
TURKISH_PHRASES += (  # i18n-exempt: input
    _TR_TOLD_OF + rf"(?=.*(?:{_TR_HONOUR_CLEANED}))",
    _TR_TOLD_OF + every_one_of(r"\bnamus(?!lu|suz)\w*", _TR_FAMILY_SAYS, _TR_THREAT_OR_FEAR),
)

# Shame on the family named by a relative beside a veiled threat to the writer and the one she
# sees, or her phone taken over him ("abim 'aileyi rezil ettin, gerekirse ikinizi de
# hallederiz' diyor", "erkek arkadaşımı öğrenmiş, telefonumu da aldı"); not a brother teased
# for an embarrassing photo, nor a booking sorted ("biz hallederiz").
_TR_SHAMED = (
    r"\b(?:aile\w*|bizi|hepimizi|adimizi|serefimiz\w*|namusumuz\w*)\s+(?:\w+\s+)?(?:rezil\s+"
    r"et\w*|kirlet\w*|lekele\w*|iki\s+paralik\s+et\w*)|\byuzumuzu\s+(?:\w+\s+)?kara\s+cikar\w*|"
    r"\brezil\s+(?:ettin|etti|ediyorsun|oldu[kn]?)\b"
)
_TR_VEILED_THREAT = (
    r"\b(?:ikinizi|ikinizin|ikinizden|sizi|seni|onu|ikisini)\s+(?:de\s+|da\s+)?(?:\w+\s+){0,2}?"
    r"(?:halled\w*|gebert\w*|oldur\w*|vurur\w*|bitir\w*|icabina\s+bak\w*|ortadan\s+kaldir\w*|"
    r"gomer\w*)|\b(?:beni|bizi)\s+(?:eve|odaya)\s+kapat\w*|\b(?:erkek\s+arkadas\w*|"
    r"sevgili\w*|nisanli\w*)\b.*\btelefonumu\s+(?:da\s+)?(?:\w+\s+)?(?:aldi|aldilar|kirdi|"
    r"elimden\s+al\w*)\b"
)
TURKISH_PHRASES += (  # i18n-exempt: input
    _TR_TOLD_OF + every_one_of(_TR_FAMILY_SAYS, _TR_SHAMED, _TR_VEILED_THREAT),
)

# A child alone at home for days or since yesterday ("8 yaşındaki oğlu iki gündür evde tek
# başına"), crying, without food or with the mother not come back; not a teenager studying
# alone for two days, nor a parent looking after a teething baby alone ("tek başına bakıyorum"),
# nor "yalnız" meaning "but" or "only".
_TR_A_CHILD = r"\b(?:cocu\w*|oglu\w*|kizi\w*|bebe\w*|\d{1,2}\s+yas\w*)"
_TR_FOR_DAYS = (
    r"\b(?:(?:iki|uc|dort|bes|birkac|\d+)\s+(?:gundur|gunden\s+beri|gecedir)|gunlerdir|"
    r"dunden\s+beri|dun\s+geceden\s+beri|hafta\s+sonundan\s+beri|cumadan\s+beri)\b"
)
_TR_ALONE = (
    r"\b(?:tek\s+basina|yalniz\s+basina|evde\s+yalniz|yalniz\s+(?:kal|birak)\w*|yalniz(?=\s*"
    r"[,.;!]|\s*$)|kimsesiz)\b(?!\s+(?:bakiyorum|ilgileniyorum|buyutuyorum|ugrasiyorum))"
)
_TR_UNCARED_FOR = (
    r"\b(?:agliyor\w*|agladi\w*|aglama\w*|(?:yemek|yiyecek|ekmek)\s+(?:yok|kalmadi)|ac\s+(?:kal|"
    r"birak)\w*|karni\s+ac|(?:anne|baba)\w*\s+(?:\w+\s+)?(?:gelmedi|donmedi|ortada\s+yok)|"
    r"kimse\s+(?:yok|bakmiyor|gelmedi|kapiyi\s+acmiyor))\b"
)
TURKISH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:ders|sinav\w*)\b)"
    + every_one_of(_TR_A_CHILD, _TR_FOR_DAYS, _TR_ALONE, _TR_UNCARED_FOR),
)

# Saying goodbye to everyone with pills in hand or no answer ("canlı yayında herkese veda
# ediyor, elinde ilaçlar var"); not a goodbye before a move abroad.
TURKISH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:taşın|tatil|yurt\s*dışına|mezun))(?=.*(?:herkese\s+veda|veda\s+(?:ediyor|etti|"
    r"mesajı)|vedalaşıyor))(?=.*(?:ilaç|hap|jilet|köprü|çatı))",
)

# An ex who has found where the writer lives or hides and is coming ("sığınma evinin yerini
# bulmuş... 'geliyorum' yazdı"); not an ex who knows the address to bring the children.
_TR_AN_EX = r"\beski\s+(?:kocam|eşim|sevgilim|partnerim|nişanlım)"
_TR_FOUND_WHERE_I_AM = (
    r"\b(?:yerini|yerimi|adresimi|evimi|nerede\s+(?:oturduğumu|kaldığımı|olduğumu))\s+"
    r"(?:\S+\s+)?(?:bulmuş|buldu|öğrenmiş|öğrendi)"
)
_TR_COMING_OR_AFRAID = r"\bgeliyorum\b|\bgelece[gk]|\bkapının\s+fotoğraf|\bkorkuyorum"
TURKISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TR_AN_EX, _TR_FOUND_WHERE_I_AM, _TR_COMING_OR_AFRAID),
)

# Threatened by someone, told in the past ("masamdaki adam beni tehdit etti", "bizi tehdit
# etmişler"); not a threat to do something everyday ("bizi yenmekle tehdit etti", "telefonumu
# almakla tehdit etti"), a threat denied ("tehdit etmedi"), nor one told as over (_TR_OVER: last
# year or years ago, the police dealt with it, he was sentenced or jailed, no problem now).
_TR_OVER = (
    r"^(?!.*\b(?:gecen\s+yil|gecen\s+sene|yil\w*\s+once|sene\w*\s+once|polis\s+hallet\w*|"
    r"ceza\s+(?:aldi|yedi)|hapse?\s+(?:girdi|atildi|dustu)|hapiste|tutuklandi|sorun\s+yok|"
    r"artik\s+guvende\w*)\b)"
)
TURKISH_PHRASES += (  # i18n-exempt: input
    _TR_OVER + r".*(?:\b(?:beni|bizi)\s+(?:(?!\w+(?:mekle|makla)\b)\w+\s+){0,2}tehdit\s+(?:etti|"
    r"etmis|ettiler|etmisler)\w*|\btehdit\s+edil(?:dim|dik|iyorum|iyoruz|mistim)\b(?!\s+diye))",
)

# No heating at home (a broken boiler, the gas cut off) with an old person, a baby or a child
# ice cold, shivering or not getting up ("kombi bozuk, 2 haftadır ısıtma yok, 80 yaşındaki babam
# buz gibi ve bugün hiç kalkmadı"); not a boiler broken with the engineer coming and no one ill,
# nor a cold room.
_TR_NO_HEATING = (
    r"\b(?:ısıtma|isitma|kalorifer\w*|petek\w*|doğalgaz|dogalgaz|gaz|elektrik)\s+(?:\w+\s+)?"
    r"(?:yok|kesik|kesildi|kesilmiş|çalışmıyor|calismiyor|bozuk|bozuldu)|\b(?:kombi\w*|"
    r"kalorifer\w*|soba\w*)\s+(?:\w+\s+)?(?:bozuk|bozuldu|çalışmıyor|calismiyor|arızalı|arizali)|"
    r"\bısınamıyor\w*|\bisinamiyor\w*"
)
_TR_COLD_AND_WEAK = (
    r"\b(?:bab|ann|ded|nine|anneanne|babaanne|bebe|oğl|ogl|kız|kiz|çocu|cocu|eş|kocam|karım)"
    r"\w*\s+(?:\w+\s+){0,2}(?:buz\s+gibi|buz\s+kesmiş|titriyor\w*|morar\w*|üşüyor\w*)|"
    r"\b(?:hiç\s+|hic\s+)?(?:yataktan\s+)?kalkmadı\w*|\bkalkamıyor\w*|\buyanmıyor\w*|"
    r"\buyandıramıyor\w*|\btepki\s+vermiyor\w*"
)
TURKISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TR_NO_HEATING, _TR_COLD_AND_WEAK),
)

# Beaten, said inside a question ("kocamın beni dövdüğünü söylersem çocuklarımı alırlar mı?"),
# beside a threat, tonight or his coming again; and a knife or a gun used to threaten, told
# without an object ("bıçakla tehdit etti"). Not the question alone, a childhood long past, nor
# a threat in a film or the news.
_TR_BEATS_ME_SAID = (
    r"\b(?:beni|bizi)\s+(?:\w+\s+)?(?:dov(?:dug|ecegi|ecek|mesi|tug)|vur(?:dug|acag|masi)|"
    r"tokatla(?:dig|yacag)|tehdit\s+et(?:tig|ecegi))\w*"
)
_TR_SIGN_NOW = (
    r"\btehdit\w*|\bbu\s+(?:gece|aksam)\b|\b(?:yine|gene|tekrar)\s+(?:\w+\s+)?(?:gelecek|"
    r"gelicek|geliyor|dovdu|vurdu)\w*|\b(?:bicak|silah)\w*|\bkapida\w*"
)
TURKISH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:cocukken|yillar\s+once|eskiden)\b)"
    + every_one_of(_TR_BEATS_ME_SAID, _TR_SIGN_NOW),
    _TR_NOT_A_STORY + r"(?!.*\bhaber\w*)(?=.*\b(?:bicak|silah|tabanca|satir|pala)(?:la|yla)\s+"
    r"(?:\w+\s+)?tehdit\s+(?:etti|ediyor|etmis|ettiler|ediyorlar|etmisti)\w*)",
)

# Someone sure they are being poisoned, with a knife or a watch kept at the door ("yemeğine zehir
# koyduğumuzu söylüyor ... elinde bıçakla kapıda bekliyor"); not rat poison put down.
_TR_POISON_FEAR = (
    r"\bzehir\s+(?:\w+\s+)?(?:koy\w*|kat\w*)|\bzehirle(?:di|mek|yece|dig|yor)\w*|\bzehirli\s+"
    r"(?:oldugunu|diye)\b"
)
_TR_ARMED_OR_WATCHING = (
    r"\bb[iı]çak\w*|\bsat[iı]r\w*|\bsilah\w*|\bkap[iı]da\s+bekliyor\w*|\bhi[çc]bir\s+[şs]ey\s+"
    r"(?:yemiyor|i[çc]miyor)"
)
# Withdrawal after drink stopped all at once: shaking, seeing things, a fit ("içmeyi birden
# bıraktı, titriyor, duvarda böcek görüyor"); not a sober anniversary.
_TR_STOPPED_DRINK = (
    r"\b(?:i[çc]ki\w*|i[çc]meyi|alkol\w*|rak[iı]\w*)\s+(?:\w+\s+)?(?:birden|aniden|bir\s+anda|"
    r"kesti|b[iı]rakt[iı]|b[iı]rakal[iı]|b[iı]rakm[iı][şs])\w*"
)
_TR_WITHDRAWAL_SIGN = (
    r"\btitri(?:yor|yordu)\w*|\bnöbet\s+(?:geçir|ge[çc]ir)\w*|\bkriz\s+ge[çc]ir\w*|\bsara\s+"
    r"nöbet\w*|\b(?:böcek|b[oö]cek|olmayan\s+[şs]eyler|[şs]eyler|hayal)\w*\s+(?:\w+\s+)?"
    r"g[oö]r[uü]yor\w*|\bhalüsinasyon\w*|\bhal[uü]sinasyon\w*|\bbay[iı]ld[iı]\b"
)
TURKISH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:fare|hamam\s+böce\w*|ila[çc]lama)\b)"
    + every_one_of(_TR_POISON_FEAR, _TR_ARMED_OR_WATCHING),
    r"^(?!.*\b(?:y[iı]l\w*\s+oldu|ay\w*\s+oldu|y[iı]ld[iı]r)\b)"
    + every_one_of(_TR_STOPPED_DRINK, _TR_WITHDRAWAL_SIGN),
)

# A girl under 18 to be married off, with the tickets bought or the trip set ("kızımı
# memlekette evlendirmek istiyorlar, daha 15 yaşında"); not a wedding told as past, nor an age
# at which someone once married.
_TR_MARRY_OFF = r"\bevlendir(?!di|ildi|ilmis|mis)\w*|\bnikah\w*\s+kiy\w*|\bbaslik\s+parasi\b"
_TR_UNDER_AGE = r"\b(?:[5-9]|1[0-7])\s+yas(?!indayken)\w*|\bcocuk\s+yasta\b"
# A landlord who breaks in now or puts the family's things in the street.
_TR_LANDLORD = r"\bev\s*sahib\w*"
_TR_BREAKS_IN = (
    r"\bkapi\w*\s+(?:\w+\s+)?kir\w*|\bzorla\s+(?:iceri\s+|eve\s+)?gir\w*|\besya\w*\s+"
    r"(?:\w+\s+)?(?:sokaga|disari)\s+(?:at\w*|cikar\w*)"
)
# A baby a few weeks old who will not feed, is yellow or will not wake: two signs, or no waking.
_TR_BABY = r"\bbebe\w*|\byeni\s*dogan\w*|\b\d+\s+(?:gunluk|haftalik)\b"
_TR_NO_WAKING = r"\buyandiram\w*|\b(?:hic|bir\s+turlu)\s+uyanmiyor\w*|\btepki\s+vermiyor\w*"
_TR_NOT_FEEDING = r"\bemm(?:edi|iyor)\w*|\bmama\s+(?:almiyor|yemiyor)\w*|\bsut\s+almiyor\w*"
_TR_YELLOW = r"\b(?:sap\s*)?sari\b|\bsararmis\w*|\bsarilik\w*"
# A drunk carer asleep with the baby in the same bed, or alone with it.
_TR_DRUNK = r"\bsarhos\w*|\bkafayi\s+bulmus\w*|\balkollu\w*|\bcok\s+icmis\w*"
_TR_WITH_BABY = (
    r"\b(?:bebe\w*|cocuk\w*)\s+(?:\w+\s+)?(?:ayni\s+yatakta|yaninda|kucaginda|yalniz\w*)|"
    r"\bayni\s+yatakta\s+(?:\w+\s+)?(?:bebe\w*|cocuk\w*)"
)
TURKISH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\bevlendirme\s+(?:daire|memur)\w*)" + every_one_of(_TR_MARRY_OFF, _TR_UNDER_AGE),
    "^" + every_one_of(_TR_LANDLORD, _TR_BREAKS_IN),
    "^" + every_one_of(_TR_BABY, _TR_NO_WAKING),
    r"^(?!.*\b(?:biberon\w*|elbise\w*|hirka\w*|tulum\w*|kiyafet\w*|battaniye\w*)\b)"
    + every_one_of(_TR_BABY, _TR_NOT_FEEDING, _TR_YELLOW),
    "^" + every_one_of(_TR_DRUNK, _TR_WITH_BABY),
)

# An older parent, an older or bedridden person fallen or on the floor who cannot get up, speak
# or breathe, or is shaking with cold.
_TR_ELDER = (
    r"\b(?:anne\w*|baba\w*|anneanne\w*|babaanne\w*|dede\w*|nine\w*|büyükanne\w*|yaşlı\w*|"
    r"yatalak\w*)\b"
)
_TR_DOWN = r"\byerde\s+yat\w*|\byere\s+(?:düş|yığıl|yıkıl)\w*|\b(?:düştü|yığıldı|yıkıldı)\b"
_TR_CANT_GET_UP = (
    r"\bkalkamıyor\w*|\bkaldıramıyor\w*|\bkonuşamıyor\w*|\btitriyor\w*|"
    r"\bnefes\s+al(?:m|am)ıyor\w*|"
    r"\bbilinci\s+(?:yok|kapalı)|\bkımıldamıyor\w*|\btepki\s+vermiyor\w*|\bbayıldı\b"
)
_TR_COLLAPSED = r"\b(?:yığıldı|bayıldı|yere\s+düştü|fenalaştı|yıkıldı)\b"
_TR_NOT_BREATHING = (
    r"\bnefes\s+al(?:m|am)ıyor\w*|\bbilinci\s+(?:yok|kapalı)|\bkımıldamıyor\w*|"
    r"\btepki\s+vermiyor\w*"
)
# A crash, with someone trapped in the car or bleeding badly.
_TR_CRASH = r"\bkaza(?:\b|d[ae]\b|sı\b|yı\b|ya\b)|\bçarp(?:tı|ıştı|ışmış|mış)\w*|\bezil\w*"
_TR_TRAPPED = (
    r"\b(?:içinde|altında|arasında)\s+sıkış\w*|\b(?:çok|fazla)\s+kan\w*|\bkanıyor\b|"
    r"\bkan\s+kaybed\w*|\bbaygın\b|" + _TR_NOT_BREATHING
)
TURKISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TR_ELDER, _TR_DOWN, _TR_CANT_GET_UP),
    "^" + every_one_of(_TR_COLLAPSED, _TR_NOT_BREATHING),
    "^" + every_one_of(_TR_CRASH, _TR_TRAPPED),
)

# Sex forced after a no, or rape, last night, tonight or now; a man rubbing himself against
# someone on the bus now. Not a chore done by force, nor a cat rubbing against a leg.
_TR_FORCED = (
    r"\btecavuz\w*|\bhayir\s+de\w*\s+(?:\w+\s+){0,3}zorla\b|\bzorla\s+(?:\w+\s+)?"
    r"(?:iliski|sevis|birlikte\s+ol|yatag)\w*|\bistemedi\w*\s+(?:halde|ha)\s+(?:\w+\s+)?zorla\b"
)
_TR_FORCED_WHEN = (
    r"\b(?:dun\s+(?:gece|aksam)|bu\s+gece|gece\s+yine|simdi|su\s+an|az\s+once|hala|yine|"
    r"tekrar|her\s+gece)\b|\bcek\w*|\bkorku\w*"
)
_TR_RUBBING = r"\bsurtun\w*|\belle(?:di|mey|iyor)\w*|\bkendini\s+(?:bana|arkama)\s+\w+"
_TR_STRANGER = r"\b(?:bir|bi)\s+(?:adam|herif|erkek|amca|abi)\b|\badam\w*\s+(?:bana|arkam)\w*"
_TR_ON_BOARD = r"\b(?:otobus|metro|tren|tramvay|durak)\w*|\barkam\w*"
# A hate attack now: a shop's window broken to "go back" chants, a woman's headscarf pulled off.
_TR_HATE_CRY = (
    r"\b\w+(?:ler|lar)\s+defol\w*|\bulke\w*\s+(?:geri\s+)?don\w*|\bbasortu\w*|\birkci\w*|"
    r"\bpis\s+(?:turk|kurt|musluman|yabanci|gocmen|arap)\w*"
)
_TR_HATE_ACT = (
    r"\bsaldir\w*|\bkir(?:dilar|iyor|di)\w*|\bdov(?:uyor|du)\w*|\bvur(?:uyor|du)\w*|"
    r"\bbagiri\w*|\btasla\w*|\btukur\w*"
)
TURKISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TR_FORCED, _TR_FORCED_WHEN),
    "^" + every_one_of(_TR_RUBBING, _TR_STRANGER, _TR_ON_BOARD),
    "^" + every_one_of(_TR_HATE_CRY, _TR_HATE_ACT),
)
