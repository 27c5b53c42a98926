"""The Turkish safeguarding phrase net's main kinds said plainly (read by safeguarding_languages
beside safeguarding_turkish, whose module has no room left). Text has been through
safeguarding_languages.fold: no accents and dotless ı read as i ("bıçak" reads "bicak",
"göğsünde" reads "gogsunde").

It reads: a box of pills swallowed ("bir kutu hapın hepsini yuttum"); a mother, sister or wife
beaten ("abim annemi dövüyor"); someone with a knife beside a door locked; being followed from
the bus or station, or to a door where he waits; a child alone for days with no food or no one;
a child hit and bleeding from the head; the writer to be married off to a cousin, abroad or with
tickets bought ("babam beni kuzenimle evlendirecek, biletleri aldı"); a daughter to be cut; chest
pain with someone not speaking or fainted; someone beaten to drive out a jinn.

Left alone: a box of pills bought at the chemist, a mother praised, bread cut with a knife behind
a locked door, a follow on Instagram, a child who walks to school alone, a ball kicked, a
cousin's wedding gone to, a son's circumcision, back pain and a sulk, a prayer against a jinn.

It also reads: nude pictures held with a threat to send them to everyone unless paid; a smuggler
who holds someone or says a debt is owed, with a threat to beat or kill; a boss who took the
passport and does not pay or beats a worker; a landlord who asks for sex for the rent or will
report the writer to the Home Office if she refuses; a crowd throwing stones at the hotel or
home; ending one's life if sent back; a minor taken by a man who says he is an uncle; a family
turned out tonight in the cold; lost in the dark or with the phone dying; a fire with no way
out; a baby not breathing properly; a fit that goes on for minutes; someone down who will not
wake. Left alone with them: a talk about such pictures at school, a programme about smugglers, a
passport copied for a visa, garden work for the rent, stones skimmed on the sea, a parcel sent
back, an uncle taking his niece to the cinema, guests with no beds, a fire drill, a baby
breathless with laughter, a guard duty ("nöbet tutuyor").
Also at work and after it: beaten by men who will wait for the writer again or left a note
at the door; a man with a knife come into the shop asking for the till; a boss who says stay
the night with him or be sacked; a worker fallen and not moving with no ambulance called. Left
alone: praise ("beni övdüler"), a cook cutting döner, paid overtime, a fall with no harm done,
and a beating or threat told as over (safeguarding_turkish._TR_OVER).
Also an older parent's card or pension taken by a "friend" who keeps them in or from everyone
(not a card renewed, tears at a film).
Also a home taken over: men moved into someone's home who deal drugs from it or keep someone
in (not new tenants who take a disabled son out, nor a series about dealers).
Also a neighbour or older person not seen for days with the post piling up, the door not
answered or a fall feared (not someone gone to a daughter's or on holiday).
Also young children no one looks after while a parent does not get up, eat or stay sober (not
children's drawings no one looks at, nor an aunt minding them).
Also an ex, a husband or men at the door now who say they will break it down (not a locksmith
for a forgotten key, nor workmen fitting a new door).
"""

from __future__ import annotations

from bot.gateway.safeguarding_turkish import _TR_OVER
from bot.gateway.safeguarding_words import every_one_of

# A box, pack or bottle of pills swallowed.
_TR_SWALLOWED = r"(?:ictim|yuttum|yedim)\b"
_TR_ALL = r"(?:(?:hepsini|tamamini|birden|bir\s+anda)\s+)?"
# Beaten: a blow only a person gives a person.
_TR_BEATS = (
    r"(?:dovuyor\w*|doviyor\w*|dovdu\w*|dover\w*|dovecek\w*|tekmeliyor\w*|tekmeledi\w*|"
    r"tokatliyor\w*|tokatladi\w*)\b"
)
# A knife held and a door locked; not bread or meat cut.
_TR_KNIFE_HELD = (
    r"\belinde\s+(?:\w+\s+)?bicak\w*|\bbicak\w*\s+(?:\w+\s+)?(?:duruyor|bekliyor|cekti|cekmis|"
    r"salliyor|gosteriyor|tutuyor)\b|\bbicakla\s+(?:\w+\s+)?(?:duruyor|bekliyor|geziyor|kapida)"
)
_TR_DOOR_LOCKED = r"\bkapi\w*\s+(?:\w+\s+)?(?:kilitledi\w*|kilitlemis\w*|kilitli\w*)"
_TR_NOT_COOKING = (
    r"^(?!.*\b(?:ekmek\w*|eti|etleri|kiyma\w*|sogan\w*|domates\w*|meyve\w*|karpuz\w*|pasta\w*|"
    r"kek\w*|salata\w*)\b)"
)
# Followed, with the bus, the station, or waiting at the door or outside.
_TR_FOLLOWED = (
    r"\bpesimde\b|\bpesimden\s+(?:geliyor|geldi|ayrilmiyor)\b|\btakip\s+ed(?:iyor|di|iyorlar)\b"
)
_TR_OUT_THERE = (
    r"\b(?:otobus|durak|istasyon|metro|tren)\w*|\b(?:disarida|kapida|kapinin\s+onunde|"
    r"apartmanin\s+onunde)\s+(?:\w+\s+)?bekliyor\b"
)
_TR_NOT_ONLINE = r"^(?!.*\b(?:insta\w*|instagram\w*|twitter\w*|tiktok\w*|youtube\w*|online)\b)"
# A child alone for days with no food or no one.
_TR_CHILD = r"\b(?:cocu\w*|bebe\w*|kucuk\w*)"
_TR_DAYS = r"\b(?:iki|uc|birkac|2|3)\s+(?:gundur|gun)\b"
_TR_ALONE = r"\byalniz\w*|\btek\s+basina\b"
_TR_NO_FOOD = (
    r"\b(?:yiyecek|yemek)\s+(?:\w+\s+){0,2}(?:yok|kalmadi)\b|\baclik\w*|\bac\s+kal\w*|"
    r"\bkimse\s+yok\b|\bannesi\s+(?:ve\s+babasi\s+)?yok\b|\bagliyor\b"
)
# A child hit and bleeding from the head.
_TR_CHILD_HIT = (
    r"\b(?:cocug[ua]|cocuklara|cocuklari|kizima|kizimi|ogluma|oglumu|bebege|bebegi|kucuge)\s+"
    r"(?:\w+\s+)?(?:vurdu\w*|vuruyor\w*|dovdu\w*|dovuyor\w*|tokat\w*|tekme\w*|firlatti\w*)"
)
_TR_HEAD_BLEEDING = (
    r"\b(?:kafa|bas)\w*\s+(?:\w+\s+)?(?:kan\s+(?:akiyor|geliyor|var)|kaniyor|yarildi|yarilmis)\b|"
    r"\bkafasindan\s+kan\b"
)
# The writer to be married off, with a cousin, abroad, tickets or not wanting to.
_TR_MARRIED_OFF = (
    r"\bbeni\s+(?:\S+\s+){0,4}evlendir(?:ecek|icek|cek|iyor|di|mek)\w*|"
    r"\bevlendirilece\w*|\bevlendiriliyorum\b"
)
_TR_COUSIN_OR_TICKETS = (
    r"\b(?:kuzen\w*|bilet\w*|turkiye\w*|memleket\w*|istemiyorum|teyze\s*ogl\w*|amca\s*ogl\w*|"
    r"hala\s*ogl\w*|dayi\s*ogl\w*)"
)
# A daughter to be cut; not a son's circumcision.
_TR_GIRL_CUT = (
    r"\b(?:kizimi|kizlarimi|kiz\s*kardesimi|torunumu|yegenimi)\s+(?:\w+\s+){0,3}sunnet\s+"
    r"(?:ettir|ed|yap)\w*"
)
# Chest pain with someone not speaking or fainted.
_TR_CHEST_PAIN = r"\bgogs\w*\s+(?:\w+\s+){0,2}(?:agri\w*|sanci\w*|sikisma\w*)|\bgogus\s+agri\w*"
_TR_NOT_SPEAKING = (
    r"\b(?:konusmuyor|konusamiyor|bayildi)\b|\bcevap\s+vermiyor\b|\bbilinci\s+(?:yok|kapali)\b|"
    r"\btepki\s+vermiyor\b"
)
# Beaten to drive out a jinn (not "cinsel", "cinayet").
_TR_JINN = r"\bcin(?:i|ni|ler\w*|in|den|e|li\w*)?\b|\bcinci\w*"
_TR_DRIVE_OUT = r"\b(?:cikar\w*|kov\w*|musallat\w*)"

TURKISH_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # a box of pills swallowed, either way round
    r"\b(?:bir|koca|butun\s+bir|tam\s+bir)\s+(?:kutu|paket|sise|serit)\s+(?:\w+\s+)?"
    r"(?:hap|ilac)\w*\s+" + _TR_ALL + _TR_SWALLOWED,
    r"\b(?:hap|ilac)\w*\s+(?:kutusunun|paketinin|sisesinin)\s+(?:hepsini|tamamini)\s+"
    r"(?:ictim|yuttum|aldim)\b",
    # a mother, sister or wife beaten
    r"\b(?:annemi|ablami|kiz\s*kardesimi|kardesimi|esimi|karimi|babaannemi|anneannemi|"
    r"ninemi)\s+(?:\w+\s+){0,2}" + _TR_BEATS,
    # a knife held and a door locked; followed from the bus or to the door
    _TR_NOT_COOKING + every_one_of(_TR_KNIFE_HELD, _TR_DOOR_LOCKED),
    _TR_NOT_ONLINE + every_one_of(_TR_FOLLOWED, _TR_OUT_THERE),
    # a child alone for days; a child hit and bleeding from the head
    "^" + every_one_of(_TR_CHILD, _TR_DAYS, _TR_ALONE, _TR_NO_FOOD),
    "^" + every_one_of(_TR_CHILD_HIT, _TR_HEAD_BLEEDING),
    # married off to a cousin or abroad; a daughter to be cut
    "^" + every_one_of(_TR_MARRIED_OFF, _TR_COUSIN_OR_TICKETS),
    _TR_GIRL_CUT,
    # chest pain and not speaking; beaten over a jinn
    "^" + every_one_of(_TR_CHEST_PAIN, _TR_NOT_SPEAKING),
    "^" + every_one_of(_TR_JINN, _TR_BEATS, _TR_DRIVE_OUT),
)

# A child's or the writer's nude pictures held by someone online who will send them to everyone
# or threatens to spread them, unless paid ("çıplak fotoğraflarını almış, para göndermezsek
# herkese yollayacakmış", "yaymakla tehdit ediyor, para istiyor"); not a talk at school about
# such pictures, nor holiday photos shared with everyone.
_TR_NUDE_PICTURES = (
    r"\b(?:ciplak|mustehcen|uygunsuz|ozel|seksi)\s+(?:\w+\s+)?(?:fotograf|foto|resim|video|"
    r"goruntu)\w*"
)
_TR_WILL_SEND_THEM = (
    r"\b(?:herkese|ailesine|ailemize|aileme|arkadaslarina|arkadaslarima|okula|internete)\s+"
    r"(?:\w+\s+)?(?:yolla|gonder|paylas|yay|at)y?(?:acak|icak|arim|ir|acag|icag)\w*|"
    r"\b(?:yay|paylas|gonder|yolla|sizdir|at)m[ae]k(?:l[ae])?\s+(?:\w+\s+)?tehdit\w*"
)
_TR_UNLESS_PAID = (
    r"\b(?:gonder|yolla|ode|ver)(?:mezsek|mazsak|mezsem|mazsam|mezse|mazsa)\b|\bpara\s+"
    r"(?:\w+\s+)?isti\w*|\b\d+\s*(?:pound|sterlin|euro|lira|dolar)\b"
)
# A smuggler or the man who brought someone over who holds them or wants money, with a threat to
# beat, kill or hurt them or the family ("kaçakçılar onu bir evde tutuyor ... ödemezsek onu
# döveceklerini söylediler"); not a programme about smugglers.
_TR_SMUGGLER = (
    r"\b(?:kacakci\w*|simsar\w*|insan\s+tacir\w*)|\b(?:beni|bizi|onu)\s+(?:\w+\s+){0,2}?"
    r"getiren\b"
)
_TR_OWED = _TR_UNLESS_PAID + r"|\bborc\w*|\bpara\s+(?:\w+\s+)?isti\w*"
_TR_HARMS_THEM = (
    r"\b(?:dov|oldur|yarala|kacir)(?:ecek|ecek|ecegini|eceklerini|ecekler|ecekmis|ur|urler|"
    r"erler|er)\w*|\bzarar\s+ver(?:ecek|ir)\w*|\b(?:bir\s+)?evde\s+tutuyor\w*|\brehin\w*"
)
_TR_A_PROGRAMME = r"^(?!.*\b(?:belgesel\w*|haber\w*|film\w*|dizi\w*|kitap\w*)\b)"
# A landlord who asks for sex or "other things" for the rent, or threatens to report the writer
# to the Home Office if she says no or complains; not work in the garden for the rent, nor a
# letter to the Home Office the writer asked for.
_TR_LANDLORD = r"\bev(?:in)?\s*sahib\w*"
_TR_FOR_THE_RENT = r"\bkira\w*\s+(?:\w+\s+)?(?:karsilik\w*|yerine)"
_TR_SEX = (
    r"\bbenimle\s+(?:yatmak|birlikte\s+olmak|iliski\w*)|\bseks\w*|\bcinsel\w*|"
    r"\bbenden\s+(?:\w+\s+)?baska\s+seyler\b|\bvucud\w*"
)
_TR_REPORTS_ME = (
    r"\b(?:home\s*office\w*|icisleri\w*|goc\s+idare\w*|gocmen\w*|polis\w*)\s+(?:\w+\s+)?"
    r"(?:ihbar|sikayet|bildir|haber\s+ver)\w*"
)
_TR_IF_I_REFUSE = (
    r"\b(?:kabul\s+etmezsem|reddedersem|sikayet\s+edersem|istemezsem|vermezsem|yoksa|"
    r"odemezsem|soylersem)\b"
)
# A boss who took the passport, with the pay kept back or a worker beaten ("patronum pasaportumu
# aldı, üç aydır maaş vermiyor"); not a passport copied for a visa and given back.
_TR_BOSS = r"\b(?:patron|isveren|sef|ustabasi|mudur)\w*"
_TR_PASSPORT_TAKEN = (
    r"\b(?:pasaportumu|pasaportlarimizi|pasaportumuzu|kimligimi|belgelerimi)\s+(?:\w+\s+)?"
    r"(?:aldi|almis|aldilar|el\s+koydu|tutuyor|vermiyor|sakliyor)\b"
)
_TR_UNPAID_OR_BEATEN = (
    r"\b(?:maas|para|ucret|yevmiye)\w*\s+(?:\w+\s+)?(?:vermiyor|odemiyor|yok|vermedi|"
    r"odemedi)\w*|\b\w+(?:imi|ini|imizi)\s+(?:dovdu|dovuyor|dover)\w*"
)
# A crowd or a gang outside the hotel or the home throwing stones or breaking the windows now;
# not stones skimmed on the sea.
_TR_CROWD = r"\b(?:kalabalik|grup|cete|adamlar|gencler|insanlar|irkci\w*|bir\s+suru\s+kisi)"
_TR_STONES_NOW = (
    r"\btas\w*\s+(?:\w+\s+)?(?:atiyor|firlatiyor|yagdiriyor)\w*|\btasliyor\w*|\bcam\w*\s+"
    r"(?:\w+\s+)?(?:kiriyor|kirdilar)\w*"
)
_TR_AT_OUR_PLACE = (
    r"\b(?:otel|ev|bina|pansiyon|yurt|kamp)\w*\s+(?:\w+\s+)?(?:onunde|disinda|etrafinda)|"
    r"\b(?:cam|pencere|kapi)\w*"
)
_TR_NOT_SKIMMING = r"^(?!.*\b(?:deniz\w*|nehir\w*|gol\w*|suya|suda|kaydir\w*)\b)"
# The writer who will end her life if sent back or before the removal flight ("beni geri
# gönderirlerse kendimi öldürürüm, yarın uçağım var"); not a parcel sent back.
_TR_SENT_BACK = (
    r"\bgeri\s+gonder\w*|\bsinir\s*disi\w*|\bdeport\w*|\b(?:ucak|ucus)\w*\s+(?:\w+\s+)?"
    r"(?:yarin|bu\s+gece)|\byarin\w*\s+(?:\w+\s+)?(?:ucak|ucus)\w*"
)
_TR_I_END_IT = (
    r"\bkendimi\s+(?:\w+\s+)?(?:oldururum|oldurecegim|oldurcem|oldurecem|asarim|asacagim|"
    r"atarim)\b|\bintihar\s+ed(?:erim|ecegim|icem|ecem)\b|\bcanima\s+kiy(?:arim|acagim)\b|"
    r"\b(?:gitmektense|donmektense)\s+(?:\w+\s+)?olurum\b"
)
# A child of ten to seventeen alone, and a man who says he is an uncle or a relative taking
# them away ("amcası olduğunu söyleyen bir adam bu gece onu alıp götürüyor"); not an uncle
# taking his niece to the cinema.
_TR_A_MINOR = r"\b(?:1[0-7])\s+yas\w*|\bcocuk\w*|\bkucuk\s+(?:bir\s+)?(?:kiz|oglan)\w*"
_TR_SAYS_KIN = (
    r"\b(?:amca|dayi|abi|akraba|kuzen|baba)\w*\s+(?:oldugunu|olarak)\s+(?:\w+\s+)?"
    r"(?:soyle|iddia|tanit)\w*|\b(?:amca|dayi|abi|akraba)\w*\s+(?:\w+\s+)?diyen\b"
)
_TR_TAKES_AWAY = (
    r"\b(?:alip\s+)?(?:goturuyor|goturecek|goturcek|aliyor|alacak|alicak|kaciriyor|kaciracak)\w*"
)
# Turned out of the home tonight, with the children or with nowhere to sleep, in the cold; not a
# house with no room for guests.
_TR_TURNED_OUT = (
    r"\bevden\s+(?:atildi|kovuldu|cikarildi)\w*|\bkapi\s*disari\s+edil\w*|\bsokakta\s+"
    r"(?:kaldik|kaldim|yatiyoruz|yatiyorum)\b|\b(?:kalacak|yatacak|uyuyacak|siginacak)\s+"
    r"(?:bir\s+)?yerimiz\s+yok\b"
)
_TR_TONIGHT_COLD = (
    r"\bbu\s+(?:gece|aksam)\b|\bcocuk\w*|\bbebe\w*|\bsoguk\w*|\bdonuyor\w*|\buyuyacak\s+yer\w*"
)
# Lost with the dark come or the phone dying ("kayboldum, hava karardı, şarjım bitiyor").
_TR_LOST = (
    r"\b(?:kayboldum|kaybolduk|yolumu\s+kaybettim|nerede(?:yim|yiz)\s+bilmiyorum|nerede\s+"
    r"oldugumu\s+bilmiyorum)\b"
)
_TR_DARK_OR_DYING_PHONE = (
    r"\b(?:hava\s+karardi|karanlik\w*|gece\s+oldu)\b|\b(?:sarj\w*|pil\w*|telefon\w*)\s+"
    r"(?:\w+\s+)?(?:bitiyor|bitmek\s+uzere|bitti|azaldi|kapanmak\s+uzere|kapaniyor)\b"
)
# A fire at home with the writer not able to get out; not a fire drill.
_TR_FIRE = r"\b(?:yangin|alev|duman)\w*|\b(?:ev|daire|oda|mutfak)\w*\s+yaniyor\b"
_TR_CANT_GET_OUT = (
    r"\b(?:disari\s+)?(?:cikamiyorum|cikamiyoruz)\b|\bmahsur\s+kal\w*|\bkapana\s+kis\w*|"
    r"\bkapi\w*\s+(?:\w+\s+)?(?:acilmiyor|kilitli)\b"
)
_TR_NOT_A_DRILL = r"^(?!.*\b(?:tatbikat\w*|film\w*|dizi\w*|oyun\w*|haber\w*)\b)"
# A baby or a child who cannot breathe properly; not a laugh or a blocked nose.
_TR_LITTLE_ONE = r"\b(?:bebe\w*|oglum\w*|kizim\w*|cocu\w*|yavrum\w*)"
_TR_BREATHES_BADLY = (
    r"\bnefes\s+(?:\w+\s+)?(?:alamiyor|almiyor|almakta\s+zorlan\w*|zor\s+aliyor|kesil\w*|"
    r"duruyor|durdu)\b|\bnefesi\s+(?:\w+\s+)?(?:kesil\w*|duruyor|durdu|yetmiyor)\b|\bmorardi\b"
)
_TR_A_LAUGH_OR_A_COLD = r"^(?!.*\b(?:gulmek\w*|kahkaha\w*|burnu\s+tikali|nezle\w*)\b)"
# A fit that has gone on for minutes or will not stop; not a guard duty ("nöbet tutuyor").
_TR_A_FIT = r"\bnobet\s+(?:\w+\s+)?gecir\w*|\bkasil\w*|\bsara\s+\w+|\bepilep\w*|\bhavale\b"
_TR_GOES_ON = (
    r"\b\d+\s+dakika\w*|\b(?:bes|on)\s+dakika\w*|\bdakikalardir\b|\b(?:durmuyor|gecmiyor|"
    r"bitmiyor)\b"
)
# Someone on the floor or fallen who will not wake, with lips gone blue or the head bleeding.
_TR_SOMEONE_DOWN = r"\byerde\s+yat\w*|\b(?:dustu|yigildi|bayildi)\b|\byere\s+(?:dus|yigil)\w*"
_TR_NOT_WAKING = (
    r"\buyan(?:miyor|madi)\w*|\buyandiram\w*|\bdudak\w*\s+(?:\w+\s+)?(?:mor|morar\w*)\b|"
    r"\b(?:kafa|bas)\w*\s+(?:\w+\s+)?(?:kaniyor|kan\s+akiyor)\b"
)

TURKISH_NOW_PHRASES += (  # i18n-exempt: input
    # nude pictures held with a threat to send them; a smuggler's debt with a threat
    "^" + every_one_of(_TR_NUDE_PICTURES, _TR_WILL_SEND_THEM, _TR_UNLESS_PAID),
    _TR_A_PROGRAMME + every_one_of(_TR_SMUGGLER, _TR_OWED, _TR_HARMS_THEM),
    # a landlord asking for sex for the rent, or to report the writer if she refuses
    "^" + every_one_of(_TR_LANDLORD, _TR_FOR_THE_RENT, _TR_SEX),
    "^" + every_one_of(_TR_LANDLORD, _TR_REPORTS_ME, _TR_IF_I_REFUSE),
    # a passport taken by a boss who does not pay or beats a worker
    "^" + every_one_of(_TR_BOSS, _TR_PASSPORT_TAKEN, _TR_UNPAID_OR_BEATEN),
    # stones thrown by a crowd at the hotel or home; ending it if sent back
    _TR_NOT_SKIMMING + every_one_of(_TR_CROWD, _TR_STONES_NOW, _TR_AT_OUR_PLACE),
    "^" + every_one_of(_TR_SENT_BACK, _TR_I_END_IT),
    # a child taken by a man who says he is a relative; turned out tonight in the cold
    "^" + every_one_of(_TR_A_MINOR, _TR_SAYS_KIN, _TR_TAKES_AWAY),
    r"^(?!.*\bmisafir\w*)" + every_one_of(_TR_TURNED_OUT, _TR_TONIGHT_COLD),
    # lost in the dark or with the phone dying; a fire with no way out
    "^" + every_one_of(_TR_LOST, _TR_DARK_OR_DYING_PHONE),
    _TR_NOT_A_DRILL + every_one_of(_TR_FIRE, _TR_CANT_GET_OUT),
    # a baby not breathing properly; a fit going on; someone down who will not wake
    _TR_A_LAUGH_OR_A_COLD + every_one_of(_TR_LITTLE_ONE, _TR_BREATHES_BADLY),
    "^" + every_one_of(_TR_A_FIT, _TR_GOES_ON),
    "^" + every_one_of(_TR_SOMEONE_DOWN, _TR_NOT_WAKING),
)

# Beaten by them and they will wait for or come for the writer again, or left a note at the door
# ("beni dövdüler ... cumartesi salonun önünde bekleyeceklermiş"); not praised ("beni övdüler"),
# nor a beating told as over (_TR_OVER).
_TR_THEY_BEAT_ME = (
    r"\b(?:beni|bizi)\s+(?:\w+\s+){0,2}(?:dovduler|dovmusler|dovdu|dovmus|dovecekler)\w*"
)
_TR_THEY_WILL_BE_BACK = (
    r"\bbekleyecek\w*|\b(?:yine|gene|tekrar)\s+(?:\w+\s+)?gelecek\w*|\bnot\s+birak\w*"
)
# A man with a knife in the shop or kitchen where the writer works, now: come in, asking for the
# till or money, threatening, or the writer hiding ("bir adam bıçakla içeri girdi kasayı
# istiyor"); not a cook or a butcher cutting with a knife, a film.
_TR_KNIFE_MAN = (
    r"\b(?:adam|biri|birisi|herif|adamlar|genc\w*|maskeli\w*)\s+(?:\w+\s+)?bicak(?:la|li|larla)"
    r"\b|"
    r"\bbicakli\s+(?:\w+\s+)?(?:adam|biri|birisi|herif|adamlar|genc\w*)|\belinde\s+bicak"
)
_TR_IN_HERE_NOW = (
    r"\biceri\s+(?:gir|dal)\w*|\biceride\b|\bicerde\b|\b(?:kasa\w*|para\w*)\s+(?:\w+\s+)?"
    r"istiyor\w*|\btehdit\s+ediyor\w*|\bsaklan\w*|\bsu\s+an\b"
)
_TR_A_COOK = r"^(?!.*\b(?:kesiyor|dogruyor|film\w*|dizi\w*|kasap\w*)\b)"
# A boss who says the writer must stay the night with him or be sacked ("patronum bu gece onunla
# kalmazsam beni işten atacak"); not a boss who asks for a late shift.
_TR_STAY_WITH_HIM_TONIGHT = (
    r"\bbu\s+(?:gece|aksam)\s+(?:\w+\s+)?(?:onunla|yaninda|evinde|otelde)\s+(?:\w+\s+)?kal\w*"
)
_TR_OR_SACKED = (
    r"\bisten\s+(?:\w+\s+)?(?:at\w*|cikar\w*|kov\w*)|\bkovaca\w*|\bkovar\b|\bvize\w*|\boturum\w*"
)
# A worker fallen or hurt who does not move or bleeds, and a boss who will not call an
# ambulance ("iskeleden düştü ve kıpırdamıyor, patron ambulans çağırmıyor"); not one who is
# fine or got up, with no need for one.
_TR_DOWN_OR_BLEEDING = (
    r"\b(?:dustu|dusmus|yigildi)\b|\bkipirda(?:miyor|mi)\w*|\bkan(?:iyor|\s+akiyor)\b|"
    r"\bnefes\s+almiyor\b"
)
_TR_NO_AMBULANCE = (
    r"\b(?:ambulans|112|polis)\w*\s+(?:\w+\s+)?(?:cagirmiyor|cagirmadi|aratmiyor|aramiyor|"
    r"cagirtmiyor|cagirmamizi\s+istemiyor|aramamizi\s+istemiyor)\b"
)

TURKISH_NOW_PHRASES += (  # i18n-exempt: input
    # beaten and they will be back; a man with a knife in the shop now
    _TR_OVER + every_one_of(_TR_THEY_BEAT_ME, _TR_THEY_WILL_BE_BACK),
    _TR_A_COOK + every_one_of(_TR_KNIFE_MAN, _TR_IN_HERE_NOW),
    # stay the night with the boss or be sacked; a worker down with no ambulance called
    "^" + every_one_of(_TR_BOSS, _TR_STAY_WITH_HIM_TONIGHT, _TR_OR_SACKED),
    r"^(?!.*\b(?:gerek\s+yok|gerekmiyor|iyi|iyiyim|kalkti)\b)"
    + every_one_of(_TR_DOWN_OR_BLEEDING, _TR_NO_AMBULANCE),
)

# An older parent's card, pension or money taken by a "friend" or a stranger who keeps them in
# or has them crying now ("annemin banka kartını bir 'arkadaşı' aldı, onu evden çıkarmıyor");
# not a card renewed at the bank or picked up by a neighbour who helps, nor tears at a film or
# for joy.
_TR_ELDERS = (
    r"\b(?:annemin|babamin|anneannemin|babaannemin|ninemin|dedemin|buyukannemin|buyukbabamin|"
    r"annemle|babamla)\b"
)
_TR_MONEY_TAKEN = (
    r"\b(?:kartini|kartlarini|banka\s+kartini|emekli\s+maasini|maasini|parasini|paralarini|"
    r"sifresini|birikimini)\s+(?:\S+\s+){0,3}(?:aldi|almis|aliyor|elinde|aldilar|almislar|"
    r"vermiyor)\b"
)
_TR_KEPT_IN_OR_AFRAID = (
    r"\b(?:evden|disari|disariya)\s+(?:\w+\s+)?(?:cikarmiyor|cikartmiyor|birakmiyor)\w*|"
    r"\bkimseyle\s+(?:gorusturmuyor|konusturmuyor)\w*|\b(?:agliyordu|agliyor|korkuyor|"
    r"korkmus)\b"
)
_TR_NOT_RENEWED = (
    r"^(?!.*\b(?:yeniledi|yenilendi|yenisini|komsumuz\s+yardim|filmde|dizide|sevincten|"
    r"mutluluktan)\w*)"
)
TURKISH_NOW_PHRASES += (  # i18n-exempt: input
    _TR_NOT_RENEWED + every_one_of(_TR_ELDERS, _TR_MONEY_TAKEN, _TR_KEPT_IN_OR_AFRAID),
)

# A home taken over: men who have moved or got into someone's home ("komşunun evine
# birtakım adamlar yerleşti") and deal drugs from it or keep someone in ("oğlunu dışarı
# çıkarmıyorlar", "uyuşturucu satıyorlar"); not new tenants who take a disabled son out to the
# park, nor a series about dealers.
_TR_MOVED_INTO_A_HOME = (
    r"\b(?:evine|evini|evinde|dairesine|dairesini|evimize|evime|odasina)\s+(?:\w+\s+){0,3}?"
    r"(?:yerlesti\w*|yerlesmis\w*|girdi\w*|girmis\w*|el\s+koy\w*|dolustu\w*|ele\s+gecir\w*|"
    r"isgal\s+et\w*|cikmiyor\w*|gitmiyor\w*)"
)
_TR_DEALING_OR_KEEPING_IN = (
    r"\b(?:uyusturucu|esrar|eroin|kokain|hap)\w*\s+(?:\w+\s+)?(?:sat\w*|pazarla\w*|sakli\w*|"
    r"paketli\w*)|\b(?:disari|disariya|evden)\s+(?:\w+\s+)?(?:cikarmiyor|cikartmiyor|"
    r"birakmiyor|salmiyor)\w*|\b(?:kilitli\w*|kilitle\w*|hapsetti\w*)"
)
_TR_MEN = (
    r"\b(?:adam\w*|kisiler\w*|birileri\w*|cete\w*|gencler\w*|tipler\w*|yabanci\w*|"
    r"erkekler\w*|torbaci\w*|satici\w*)"
)
TURKISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:dizi\w*|film\w*|haber\w*|belgesel\w*|podcast\w*)\b)"
    + every_one_of(_TR_MEN, _TR_MOVED_INTO_A_HOME, _TR_DEALING_OR_KEEPING_IN),
)

# A neighbour or an older person not seen for days or a week, with no sign of life: the post
# piling at the door, the door not answered, a smell, a fall feared ("üst kattaki yaşlı
# adamı bir haftadır görmedim, kapısında mektuplar birikti, telefonu açmıyor"); not someone known
# to be away, at a daughter's, on holiday, in hospital or at work.
_TR_NOT_SEEN_FOR_DAYS = (
    r"\b(?:bir|iki|uc|dort|bes|birkac|\d+)\s+(?:gundur|haftadir)\s+(?:\w+\s+)?(?:gormedim|"
    r"gormedik|gorunmuyor|gorunmedi|ortalikta\s+yok|ortada\s+yok|ses\w*\s+(?:cikmiyor|gelmiyor|"
    r"yok))\b|\bgunlerdir\s+(?:\w+\s+)?(?:gormedim|gormedik|gorunmuyor|ortalikta\s+yok)\b"
)
_TR_NO_SIGN_OF_LIFE = (
    r"\b(?:mektup|posta|gazete|fatura|kargo|sut)\w*\s+(?:\w+\s+)?(?:birikti|birikmis|yigildi|"
    r"yigilmis)\b|\bkapiyi\s+(?:\w+\s+)?acmiyor\b|"
    r"\bkoku\s+geliyor\b|\b(?:dusmus|yigilmis|fenalasmis)\s+(?:olabilir|olmasindan)\b"
)
_TR_KNOWN_AWAY = (
    r"^(?!.*\b(?:tatil\w*|yanina|yaninda|memleket\w*|seyahat\w*|hastane\w*|umre\w*|hacca|"
    r"gitmis|gitti|gidecekti|iste|isyerinde|calisiyor|vardiya\w*)\b)"
)
TURKISH_NOW_PHRASES += (  # i18n-exempt: input
    _TR_KNOWN_AWAY + every_one_of(_TR_NOT_SEEN_FOR_DAYS, _TR_NO_SIGN_OF_LIFE),
)

# Young children no one looks after while a parent does not get up, eat or stay sober ("annem
# yataktan kalkmıyor ... küçük kardeşlerim 4 ve 7 yaşında, kimse onlara bakmıyor"); not children
# whose drawings no one looks at, nor a mother in bed with flu while an aunt minds them.
_TR_YOUNG_ONES = r"\b(?:kucuk\s+kardes\w*|cocuk\w*|bebe\w*|(?:[1-9]|1[0-2])\s+yasinda)\b"
_TR_NO_ONE_MINDS_THEM = (
    r"\bkimse\s+(?:onlara|ona|bize|cocuklara)\s+(?:bakmiyor|bakamiyor|ilgilenmiyor)\b|"
    r"\b(?:onlara|ona|cocuklara)\s+bakan\s+(?:kimse\s+)?yok\b|\bonlarla\s+ilgilenen\s+"
    r"(?:kimse\s+)?yok\b"
)
_TR_PARENT_DOWN = (
    r"\b(?:annem|babam|annemiz|babamiz)\s+(?:\w+\s+){0,3}?(?:yataktan\s+(?:hic\s+)?"
    r"(?:kalkmiyor|cikmiyor)|hicbir\s+sey\s+yemi\w*|yemek\s+yemiyor|surekli\s+iciyor|sarhos\w*)|"
    r"\bhicbir\s+sey\s+yemedi\b"
)
TURKISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:resim\w*|cizim\w*|foto\w*|teyze\w*|anneanne\w*|babaanne\w*)\b)"
    + every_one_of(_TR_YOUNG_ONES, _TR_NO_ONE_MINDS_THEM, _TR_PARENT_DOWN),
)

# An ex, a husband or men at the door now who say they will break it down or are breaking it
# ("eski kocam kapının önünde, kapıyı kıracağını söylüyor"); not a locksmith or workmen breaking
# an old door to fit a new one, nor a key forgotten.
_TR_A_MAN_OF_HERS = (
    r"\b(?:eski\s+(?:kocam|esim|sevgilim|nisanlim)|kocam|esim|sevgilim|babam|abim|kayinpederim|"
    r"bir\s+adam|adam|adamlar)\b"
)
_TR_AT_OUR_DOOR = r"\b(?:kapida|kapinin\s+onunde|kapimda|kapimizda|kapimizin\s+onunde)\b"
_TR_BREAKING_IT = (
    r"\bkapi(?:yi|mi|mizi)\s+(?:\w+\s+)?(?:kirac\w*|kiric\w*|kirc\w*|kiriyor\w*|kirmaya\s+"
    r"calis\w*|zorluyor\w*|tekmeliyor\w*|yumrukluyor\w*)"
)
TURKISH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:cilingir\w*|anahtar\w*|usta\w*|tamir\w*|yenisini|degistir\w*|itfaiye\w*)\b)"
    + every_one_of(_TR_A_MAN_OF_HERS, _TR_AT_OUR_DOOR, _TR_BREAKING_IT),
)
