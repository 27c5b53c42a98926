"""The phrase net in the languages members write in besides English, Polish, Romanian and Urdu
(bot/gateway/safeguarding_languages.py): per language, disclosures of each main kind of risk
it must read, and the same language's everyday look-alikes (idioms, lateness, food, medicine
times, a partner giving a lift, the assembly's subjects talked about) it must leave alone.
Written with and without diacritics, as members type; each disclosure is read by its own
language's net, so a stranger is answered in it when the assistant speaks it. Urdu's newer kinds
(an older parent neglected, panic alone, honour, a locked door, a nikah by force) are checked
here in pairs.
Twi is read for a medical emergency (chest pain, no breath, a cry for help, two together; on
the floor and unable to get up), wanting to die, and a beating or a death threat by someone
named. Lingala is read for a fall or a fit (the body shaking, no breath, no word for minutes),
wanting to die, and a beating or a death threat by a partner. Hungarian tells by a verb's ending
that it is done to "me" ("a férjem megver").
Igbo is read without its dots ("ụlọ" as "ulo"), with the one beaten between "iti" and "ihe"
("na-eti nne m ihe"), so dancing ("iti egwu") and shouting ("iti mkpu") are left alone.
Tagalog is read as typed, often as Taglish: a verb with "ako" after it ("binubugbog ako"), and
a stroke's or a heart attack's signs two together, one of them in Tagalog.
Amharic, in the Ethiopic script, joins the person done to onto the verb ("ይደበድበኛል"), and so
does Tigrinya, in the same script ("ይወቕዓኒ"); Pashto's past verb agrees with the person done to
("ووهلم").
"""

from __future__ import annotations

import unicodedata

import pytest

from bot.gateway.safeguarding import says_someone_is_at_risk
from bot.gateway.safeguarding_languages import fold, risk_language, script_form

DISCLOSURES: dict[str, list[str]] = {
    "es": [
        "ya no quiero vivir, estoy muy cansada",
        "mi marido me pega cuando bebe",
        "me tomé todas las pastillas que tenía",
        "tengo miedo de volver a casa esta noche",
        "un hombre me sigue hasta casa todos los dias",
        "mis padres me quieren casar con un primo y yo no quiero",
        "me corto los brazos otra vez",
        "no tengo dónde dormir esta noche",
        "los niños no han comido nada desde ayer",
        "estoy en peligro, por favor ayudame",
    ],
    "pt": [
        "não quero mais viver",
        "o meu marido bate-me quando chega bêbado",
        "ele me espancou ontem à noite",
        "tomei todos os comprimidos da caixa",
        "tenho medo de voltar para casa",
        "tem um homem que está me seguindo todos os dias",
        "querem me obrigar a casar com um homem mais velho",
        "nao tenho onde dormir hoje",
        "as crianças passam fome, ele não dá dinheiro",
        "estou em perigo, socorro",
    ],
    "tr": [
        "artık yaşamak istemiyorum",
        "kocam beni her gün dövüyor",
        "bütün hapları içtim",
        "kendime zarar veriyorum",
        "eve gitmeye korkuyorum",
        "biri beni eve kadar takip ediyor",
        "ailem beni zorla evlendirmek istiyor",
        "bu gece kalacak yerim yok",
        "tehlikedeyim, lutfen yardim edin",
        "cocuklar gunlerdir ac, kocam para vermiyor",
        "olmek istiyorum",
    ],
    "so": [
        "waxaan rabaa inaan dhinto",
        "ninkaygu wuu i garaacaa maalin kasta",
        "wuxuu igu hanjabay inuu i dilayo",
        "waan ka baqayaa ninkayga",
        "kiniinada oo dhan waan liqay",
        "waan is jarayaa mar kale",
        "caawa ma haysto meel aan seexdo",
        "carruurta cunto ma siiyo, maalmo ayay gaajaysan yihiin",
        "khatar ayaan ku jiraa, i caawiya",
        "guur qasab ah ayay igu khasbayaan",
    ],
    "lt": [
        "nebenoriu gyventi",
        "vyras mane muša",
        "išgėriau visas tabletes",
        "bijau grįžti namo",
        "jis mane seka kiekvieną dieną",
        "neturiu kur miegoti šiąnakt",
        "tėvai verčia mane tekėti",
        "esu pavojuje, padekit",
        "vel zaloju save",
        "vaikai badauja, jis neduoda pinigų",
    ],
    "bg": [
        "не искам да живея повече",
        "мъжът ми ме бие",
        "изпих всички хапчета",
        "страх ме е да се прибера вкъщи",
        "някой ме следи навсякъде",
        "искат насила да ме омъжат",
        "нямам къде да спя тази нощ",
        "в опасност съм, помогнете",
        "децата гладуват от три дни",
        "пак се режа",
        "изпих много хапчета наведнъж",
        "гледачката на майка ми я бие, видях синини",
        "не мога да дишам, сама съм вкъщи",
        "бившият ми ме намери",
    ],
    "sq": [
        "dua të vdes",
        "burri më rreh çdo ditë",
        "i piva të gjitha tabletat",
        "kam frikë të shkoj në shtëpi",
        "dikush më ndjek çdo ditë",
        "më detyrojnë të martohem",
        "nuk kam ku te fle sonte",
        "jam ne rrezik, me ndihmoni",
        "fëmijët nuk kanë ngrënë që nga dje",
        "e pres veten përsëri",
    ],
    "bn": [
        "আমি আর বাঁচতে চাই না",
        "আমার স্বামী আমাকে প্রতিদিন মারে",
        "সব ঘুমের ওষুধ খেয়ে ফেলেছি",
        "বাড়ি ফিরতে ভয় লাগছে",
        "একজন লোক আমার পিছু নিচ্ছে",
        "জোর করে আমার বিয়ে দিতে চায়",
        "আজ রাতে থাকার জায়গা নেই",
        "আমি বিপদে আছি",
        "বাচ্চাদের খেতে দেয় না",
        "amar jamai amake mare",
        "ar bachte chai na",
        "nijeke shesh kore dibo",
        "এক পাতা ট্যাবলেট একবারে গিলে ফেলেছি",
        "বউমা আমাকে খেতে দেয় না, ওষুধও লুকিয়ে রাখে",
        "দম বন্ধ হয়ে আসছে, আমি একা আছি",
        "বাবা বলেছে রাজি না হলে আমাকে মেরে ফেলবে",
    ],
    "ar": [
        "بدي موت",
        "زوجي يضربني كل يوم",
        "أخذت كل الحبوب",
        "خايفة أرجع على البيت",
        "في واحد بيلاحقني كل يوم",
        "أهلي بدهم يجبروني على الزواج",
        "ما عندي مكان أنام فيه الليلة",
        "أنا في خطر",
        "الأولاد ما أكلوا شي من يومين",
        "مش قادرة أتحمل هالحياة",
        "ana 3ayza amoot",
        "jozi byedrabni",
        "بلعت حبوب كتير مرة وحدة",
        "ابني يسرق معاش أبوي ويخليه بلا أكل",
        "مش قادرة أتنفس وأنا لحالي",
        "أبوي قال إذا رفضت العريس رح يقتلوني عشان الشرف",
    ],
    "pa": [
        "ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦੀ ਹਾਂ",
        "ਮੇਰਾ ਪਤੀ ਮੈਨੂੰ ਰੋਜ਼ ਕੁੱਟਦਾ ਹੈ",
        "ਮੈਂ ਸਾਰੀਆਂ ਗੋਲੀਆਂ ਖਾ ਲਈਆਂ",
        "ਘਰ ਜਾਣ ਤੋਂ ਡਰ ਲੱਗਦਾ ਹੈ",
        "ਕੋਈ ਮੇਰਾ ਪਿੱਛਾ ਕਰਦਾ ਹੈ",
        "ਮੇਰਾ ਜ਼ਬਰਦਸਤੀ ਵਿਆਹ ਕਰ ਰਹੇ ਹਨ",
        "ਅੱਜ ਰਾਤ ਸੌਣ ਲਈ ਕੋਈ ਥਾਂ ਨਹੀਂ",
        "ਮੈਂ ਖ਼ਤਰੇ ਵਿੱਚ ਹਾਂ",
        "ਮੈਨੂੰ ਬਚਾਓ",
        "mainu roz maarda hai",
        "hun hor bardasht nahi hunda",
        "مینوں روز ماردا اے",
        "ਮੈਂ ਕਮਰੇ ਵਿੱਚ ਬੰਦ ਹਾਂ, ਰੋਟੀ ਵੀ ਨਹੀਂ ਦਿੰਦੇ",
        "ਮਾਂ ਨੂੰ ਰੋਟੀ ਨਹੀਂ ਦਿੰਦੇ, ਭੁੱਖੀ ਛੱਡ ਜਾਂਦੇ ਨੇ",
        "ਸਾਹ ਨਹੀਂ ਆ ਰਿਹਾ, ਘਰ ਇਕੱਲੀ ਹਾਂ",
        "ਇੱਜ਼ਤ ਖਾਤਰ ਮੈਨੂੰ ਮਾਰ ਦੇਣਗੇ",
    ],
    "ta": [
        "சாகணும் போல இருக்கு",
        "saaganum pola irukku",
        "மறுபடியும் கையை பிளேடால கீறிட்டேன்",
        "எல்லா தூக்க மாத்திரையும் சாப்பிட்டுட்டேன்",
        "என் கணவர் என்னை தினமும் அடிக்கிறார்",
        "கொன்னுடுவேன்னு மிரட்டுறான்",
        "என்னை ரூம்ல பூட்டி வச்சிருக்காங்க",
        "வீட்டுக்குப் போக பயமா இருக்கு",
        "பிள்ளைங்க ரெண்டு நாளா சாப்பிடல",
        "பாட்டிக்கு சாப்பாடு கூட குடுக்காம விட்டுடுறாங்க",
        "ஒருத்தன் தினமும் என்னை பின்தொடர்ந்து வர்றான்",
        "எனக்கு கட்டாயக் கல்யாணம் பண்ணி வைக்கப் போறாங்க",
        "நான் வீட்டுல பாதுகாப்பா இல்ல",
        "இன்னைக்கு ராத்திரி தூங்க இடம் இல்லை",
        "வாழவே பிடிக்கல",
    ],
    "el": [
        "δεν θέλω να ζω πια",
        "ο σύζυγός μου με έδειρε χθες το βράδυ",
        "κατάπια πολλά φάρμακα",
        "μας απειλεί ότι θα μας σκοτώσει, με απειλεί κάθε μέρα",
        "φοβάμαι να πάω σπίτι, είναι μεθυσμένος",
        "κάποιος με παρακολουθεί όταν γυρίζω από τη δουλειά",
        "θέλουν να με παντρέψουν με το ζόρι",
        "κινδυνεύω, βοηθήστε με",
        "κοιμάμαι στο δρόμο εδώ και μια βδομάδα",
        "ο παππούς έπεσε και δεν ξυπνάει",
        "με αφήνουν νηστική όλη μέρα",
    ],
    "gu": [
        "મારે જીવવું નથી",
        "મારો પતિ મને મારતો હતો અને હવે ધમકી આપે છે",
        "મેં ઘણી બધી ગોળીઓ ખાઈ લીધી",
        "એનાથી બહુ ડર લાગે છે, ઘરે જવા ડર લાગે છે",
        "મારો જીવ જોખમમાં છે",
        "મને બળજબરીથી પરણાવવા માંગે છે",
        "છોકરાંને એ રોજ મારે છે",
        "એમને ઓરડામાં બંધ રાખે છે",
    ],
    "hi": [
        "अब जीना नहीं चाहती",
        "पति ने मुझे कल रात बहुत पीटा",
        "मैंने बहुत सारी गोलियाँ एक साथ खा लीं",
        "उससे बहुत डर लगता है",
        "मेरी मर्ज़ी के खिलाफ शादी करवा रहे हैं",
        "मैं खतरे में हूँ, मदद करो",
        "बच्चे दो दिन से भूखे हैं",
        "मेरी ज़िंदगी से तंग आ गई हूँ, खुद को खत्म कर दूंगी",
        "aatmahatya karne ka mann karta hai",
    ],
    "yo": [
        "mo fe ku",
        "oko mi n lu mi lojoojumo",
        "mo ti lo gbogbo oogun ti mo ni",
        "mo n beru lati lo ile",
        "okunrin kan n tele mi",
        "won fe fi mi fun okunrin agba kan",
        "mi o ni ibi ti maa sun lale yi",
        "mo wa ninu ewu",
        "mo n ge ara mi",
    ],
    "it": [
        "voglio morire",
        "mio marito mi picchia",
        "ho preso tutte le pastiglie",
        "ho paura di tornare a casa",
        "un uomo mi segue ogni giorno fino a casa",
        "mi vogliono far sposare un cugino ma non voglio",
        "mi taglio le braccia",
        "non ho dove dormire stanotte",
        "non mi sento al sicuro",
        "non mi lascia uscire di casa",
    ],
    "fr": [
        "je veux mourir",
        "mon mari me frappe",
        "j'ai pris tous mes médicaments",
        "j'ai peur de rentrer",
        "un homme me suit tous les jours jusqu'à chez moi",
        "on veut me marier de force",
        "je me scarifie",
        "je n'ai nulle part où dormir",
        "je ne me sens pas en sécurité",
        "il m'enferme dans la chambre",
    ],
    "ru": [
        "не хочу больше жить, я так устала",
        "Хочу умереть, никому я не нужна",
        "я опять режу себе руки",
        "вчера выпила все таблетки снотворного, которые были дома",
        "муж меня бьёт, когда напьётся",
        "бывший пишет мне угрозы и обещает меня убить",
        "боюсь идти домой, он там",
        "дети не ели уже два дня, он не даёт денег",
        "какой-то мужчина каждый вечер ходит за мной от метро",
        "родители хотят выдать меня замуж за человека, которого я не знаю",
        "я в опасности, помогите",
        "мне негде ночевать сегодня, он выгнал меня из дома",
        "больше не могу так жить",
        "хозяин забрал мой паспорт и не платит, не отпускает меня",
        "сосед караулит меня у подъезда каждый день, я боюсь",
        "папа уже три дня не встаёт с постели и ничего не ест",
        "сын не дышит, губы синие",
        "Муж запер меня в комнате и не выпускает из дома",
        "её избил сожитель",
    ],
    "uk": [
        "не хочу більше жити",
        "хочу померти, я нікому не потрібна",
        "знову ріжу собі руки",
        "випила всі таблетки, які були вдома",
        "чоловік мене б'є щодня",
        "він бʼє мене, коли п'яний",
        "колишній пише мені погрози",
        "боюся йти додому",
        "діти не їли вже два дні",
        "якийсь чоловік ходить за мною від зупинки",
        "батьки хочуть видати мене заміж силоміць",
        "я в небезпеці, допоможіть",
        "мені ніде спати сьогодні",
        "не можу більше так жити",
        "господиня забрала мій паспорт і не відпускає мене",
        "мама вже чотири дні не встає з ліжка",
        "дитина не дихає, губи сині",
        "її згвалтував знайомий",
    ],
    "zh": [
        "我不想活了",
        "我又开始割自己的手了",
        "我吃了一整瓶安眠药",
        "我老公经常打我",
        "他威胁要杀了我",
        "我不敢回家",
        "孩子已经两天没吃饭了",
        "有个男的一直跟着我回家",
        "我爸妈逼我嫁给一个我不认识的人",
        "救救我，我现在很危险",
        "我今晚没地方睡",
        "我真的撑不下去了",
        "老闆扣了我的護照，不讓我走",
        "我媽三天沒起床了，也不吃東西",
        "我儿子嘴唇发紫，没有呼吸了",
        "他把我锁在房间里",
        "我被他强奸了",
    ],
    "fa": [
        "دیگه نمی‌خوام زنده باشم",
        "میخوام خودمو بکشم",
        "می خواهم بمیرم",
        "به خودم آسیب می‌زنم",
        "همه‌ی قرص‌های خوابم را یکجا خوردم",
        "شوهرم هر شب منو کتک میزنه",
        "بابام دوباره مامانمو زد",
        "شوهرم منو تو اتاق زندانی کرده",
        "اگه به پلیس بگم منو می‌کشه",
        "می ترسم برگردم خونه",
        "پدرم بچه‌ها را با کمربند می‌زند",
        "بچه‌هام از دیروز هیچی نخوردن",
        "یه مرد هر روز تا خونه تعقیبم می‌کنه",
        "خانواده‌ام می‌خواهند به زور مرا شوهر بدهند",
        "من الان در خطرم، لطفاً کمک کنید",
        "جایی ندارم که امشب بخوابم",
        "صاحبخونه بیرونمون کرد، با بچه‌ها تو خیابون خوابیدیم",
        "از زندگی خسته شدم، دیگر نمی‌توانم ادامه بدهم",
        "بابام نفس نمی‌کشه، کمک کنید",
        "نمی‌تونم نفس بکشم، اسپری‌ام تموم شده",
        "کارفرما پاسپورتم را نگه داشته و پس نمی‌دهد",
        "به خودکشی فکر می‌کنم",
    ],
    "tw": [
        "Mepa wo kyɛw, boa me! Me koko mu yɛ me ya, mentumi nhome",
        "Me kunu koko mu yɛ no ya na ɔntumi nhome",
        "Mmoa! Ahome ayɛ me den",
        "me akoma hyehye me, fre ambulance",
        "Me kunu bɔ me daa",
        "Me kunu ka sɛ ɔbɛkum me",
        "Mepɛ sɛ mewu",
    ],
    "vi": [
        "Em không muốn sống nữa",
        "Tôi muốn chết",
        "Em muốn tự tử",
        "Chồng em đánh em mỗi tối",
        "em bị chồng đánh",
        "Chồng nói sẽ giết em",
        "em bị nhốt trong phòng",
        "Bố mẹ ép em lấy chồng",
        "Con không thở!",
        "Bà bất tỉnh rồi, giúp với",
        "Em không có chỗ ngủ tối nay",
        "Chủ lấy hộ chiếu của tôi và bắt tôi làm suốt đêm",
        "tôi uống hết cả lọ thuốc ngủ rồi",
    ],
    "ku": [
        "Ez dixwazim bimirim",
        "Ez ê xwe bikujim",
        "Mêrê min li min dide",
        "Mêrê min dibêje ew ê min bikuje",
        "Ez ji mêrê xwe ditirsim",
        "Ez di xeterê de me",
        "Pasaporta min girtine, nade",
        "Bi zorê min dizewicînin",
        "Zarokê min nefes nagire",
    ],
    "am": [
        "መሞት እፈልጋለሁ፣ ከእንግዲህ መቀጠል አልችልም",
        "ራሴን ማጥፋት እፈልጋለሁ",
        "ሁሉንም ኪኒኖች ዋጥኩ",
        "ባሌ በየቀኑ ይደበድበኛል",
        "ትናንት ማታ ደበደበኝ",
        "ፖሊስ ጋር ከሄድኩ ይገድለኛል",
        "አሰሪዎቼ ፓስፖርቴን ወስደዋል",
        "ከቤት እንድወጣ አይፈቅዱልኝም",
        "ወደ ቤት መመለስ እፈራለሁ",
        "አንድ ሰው በየቀኑ ይከተለኛል",
        "ቤተሰቦቼ በግድ ሊድሩኝ ነው",
        "ሕይወቴ አደጋ ላይ ነው",
        "የምተኛበት ቦታ የለኝም",
        "ልጆቹ ከትናንት ጀምሮ ምንም አልበሉም",
        "ልጁ አይተነፍስም፣ እርዱኝ",
        "ራሱን ስቷል፣ ከንፈሩ ሰማያዊ ሆኗል",
    ],
    "hu": [
        "Meg akarok halni",
        "Nem akarok tovább élni",
        "Megölöm magam",
        "Bevettem az összes gyógyszert",
        "Vagdosom magam",
        "A férjem megver",
        "A férjem tegnap este megvert",
        "A párom azt mondta, hogy megöl, ha elmegyek",
        "Félek tőle",
        "Félek hazamenni",
        "A férjem veri a gyerekeket",
        "A gyerekek nem ettek tegnap óta",
        "Egy férfi minden nap követ hazáig",
        "Erővel férjhez akarnak adni",
        "Veszélyben vagyok",
        "Nincs hol aludnom ma éjjel",
        "A baba nem lélegzik",
        "Az apám bezárt a szobába",
        "A főnök elvette az útlevelemet, és nem fizetnek",
        "a parom megfenyegetett, hogy megol",
        "felek hazamenni, a ferjem megint ivott",
    ],
    "ps": [
        "غواړم چې مړ شم",
        "نور ژوند نه غواړم",
        "خپل ځان به ووژنم",
        "ټولې ګولۍ مې وخوړې",
        "نن یې بیا ووهلم",
        "مېړه مې ګواښ راته کوي",
        "ما یې په کوټه کې بنده کړې",
        "نه مې پرېږدي چې له کوره ووځم",
        "کارفرما مې پاسپورټ اخیستی",
        "له مېړه مې ډېره وېره لرم",
        "یو سړی هره ورځ ما تعقیبوي",
        "زه په خطر کې یم",
        "د خوب لپاره ځای نه لرم",
        "ماشومان مې له پرونه راهیسې وږي دي",
        "ماشوم ساه نه اخلي",
        "بې هوښه پروت دی",
    ],
    "ti": [
        "ክመውት እደሊ",
        "ደጊም ክነብር ኣይደልን",
        "ርእሰይ ክቐትል ሓሲበ",
        "ኩሉ ከኒናታተይ ወሒጠ",
        "ሰብኣየይ ኩሉ ግዜ ይወቕዓኒ",
        "ትማሊ ምሸት ወቒዑኒ",
        "ናብ ፖሊስ እንተ ከይደ ክቐትለኒ'ዩ",
        "ሰብኣየይ ኣፈራሪሑኒ",
        "ሰብኣየይ ኣብ ገዛ ዓጽዩኒ",
        "ካብ ገዛ ክወጽእ ኣይፈቕዱለይን",
        "ኣሰሪየይ ፓስፖርተይ ሒዙዎ",
        "ናብ ገዛ ክምለስ እፈርህ",
        "ስድራይ ብግዲ ከመርዕዉኒ ይደልዩ",
        "ኣብ ሓደጋ ኣለኹ",
        "ሎሚ ለይቲ ዝድቅሰሉ ቦታ የብለይን",
        "ካብ ገዛ ሰጒጉኒ",
        "ቆልዑ ካብ ትማሊ ጀሚሮም ኣይበልዑን",
        "ህጻን ኣየስተንፍስን፣ ሓግዙኒ",
    ],
    "ln": [
        "Mama akwei na mabele, azali kopema te",
        "Mwana na ngai azali koningana, azali koloba te, eleki miniti mitano",
        "Nalingi kokufa, nalembi na bomoi oyo",
        "Tata alingi komiboma",
        "Mobali na ngai abetaka ngai mikolo nyonso",
        "Mobali na ngai alobi akoboma ngai",
    ],
    "om": [
        "Du'uu nan barbaada, jireenya kana jibbeera",
        "Abbaan manaa koo guyyaa guyyaan na reeba",
        "Abbaan manaa koo na ajjeesa jedha",
        "Mana keessatti na cufe",
        "Dirqamaan na heerumsiisuu barbaadu",
        "Bakka itti rafu hin qabu",
    ],
    "tl": [
        "gusto ko nang mamatay, pagod na ako",
        "binubugbog ako ng asawa ko gabi-gabi",
        "pinagbantaan niya akong papatayin kapag umalis ako",
        "ininom ko lahat ng tableta ko",
        "natatakot akong umuwi ngayong gabi",
        "may lalaking sumusunod sa akin pauwi araw-araw",
        "pinipilit nila akong ipakasal sa pinsan ko",
        "hindi ako ligtas dito, tulungan niyo ako",
        "wala akong matutulugan ngayong gabi",
        "sinasaktan ko na naman ang sarili ko",
        "ikinulong ako ng amo ko sa kwarto",
        "hindi pinapakain ng tatay ang mga bata",
        "hindi humihinga ang lola ko",
    ],
    "ig": [
        "Achọrọ m ịnwụ, ike agwụla m",
        "Achoghi m idi ndu ozo",
        "Aga m egbu onwe m taa abalị",
        "Ana m ebepụ onwe m ọzọ",
        "Aṅụọla m ọgwụ niile",
        "Di m na-eti m ihe kwa ụbọchị",
        "Di m sị na ọ ga-egbu m ma m gaa ndị uwe ojii",
        "Ha kpọchiri m n'ime ụlọ",
        "Ana m atụ egwu ịla n'ụlọ taa",
        "Otu nwoke na-eso m azụ kwa abalị",
        "Ụmụaka erighị nri kemgbe ụnyaahụ",
        "Nne m ochie anaghị eku ume",
        "Enweghị m ebe m ga-ehi ụra taa abalị",
    ],
}

LOOK_ALIKES: dict[str, list[str]] = {
    "es": [
        "me muero de hambre, ¿a qué hora es la comida?",
        "no estoy segura de poder llegar a las diez",
        "mi marido me lleva en coche a la sesión",
        "me corto el pelo el viernes, llegaré un poco tarde",
        "la sesión sobre la violencia y la policía fue muy interesante",
        "tengo que tomar las pastillas a las ocho, ¿hay pausa?",
        "no aguanto más el calor del autobús",
        "mi hija me sigue en Instagram",
        "le toca a mi hermana pequeña cocinar el sábado",
        "mi ex me espera en la estación con las llaves",
    ],
    "pt": [
        "estou morrendo de fome, que horas é o almoço?",
        "me bateu uma saudade do grupo",
        "meu marido vai me levar de carro à sessão",
        "não aguento mais esse trânsito, vou chegar atrasada",
        "a palestra sobre violência e polícia foi ótima",
        "tenho de tomar o remédio às oito horas",
        "não tenho onde estacionar perto do local",
    ],
    "tr": [
        "açlıktan ölüyorum, öğle yemeği ne zaman?",
        "annem beni öldürecek, geç kaldım",
        "kocam beni arabayla oturuma götürecek",
        "bu sıcağa dayanamıyorum",
        "polis ve şiddet konulu oturum çok iyiydi",
        "ilaçlarımı saat sekizde almam gerekiyor",
        "kızım beni instagramda takip ediyor",
        "kendimi gruba çok yakın hissediyorum",
    ],
    "so": [
        "gaajo ayaan u dhimanayaa, goorma ayaa qadada la keenayaa?",
        "ninkaygu wuu i geynayaa shirka",
        "i caawi foomka fadlan",
        "kulaylka ma adkaysan karo",
        "kalfadhiga ku saabsan booliska iyo rabshadaha aad buu u fiicnaa",
        "daawada waxaan qaataa siddeedda subaxnimo",
        "waan soo daahayaa, basku wuu daahay",
    ],
    "lt": [
        "mirštu iš bado, kada pietūs?",
        "vyras mane nuveš į sesiją",
        "nebegaliu sulaukti šeštadienio",
        "bijau vėluoti, autobusas stringa",
        "sesija apie policiją ir smurtą buvo įdomi",
        "vaistus turiu gerti aštuntą valandą",
        "dukra seka mane instagrame",
    ],
    "bg": [
        "умирам от глад, кога е обядът?",
        "не съм сигурна дали ще дойда",
        "мъжът ми ще ме закара с колата",
        "не издържам тази жега",
        "сесията за полицията и насилието беше интересна",
        "трябва да пия лекарството в осем",
        "мама ще ме убие, ако закъснея",
        "бие ме жегата в залата",
        "гледачката на майка ми идва в десет",
        "в залата е горещо, не мога да дишам, отворете прозорец",
        "бившият ми взема децата в събота",
    ],
    "sq": [
        "po vdes nga uria, kur është dreka?",
        "nuk jam i sigurt nëse vij të shtunën",
        "burri më çon me makinë në takim",
        "duhet me rrah vezët për kekun",
        "seanca për policinë dhe dhunën ishte shumë e mirë",
        "ilaçet i marr në orën tetë",
        "nuk kam ku të parkoj makinën",
    ],
    "bn": [
        "খিদেয় মরে যাচ্ছি, খাবার কখন?",
        "আমার স্বামী আমাকে গাড়িতে করে নিয়ে যাবে",
        "আর হাঁটতে পারছি না, বাস দেরি করছে",
        "পুলিশ আর সহিংসতা নিয়ে সেশনটা ভালো ছিল",
        "ওষুধ খাওয়ার সময় রাত আটটা",
        "ami ektu deri korbo, train late",
        "ছেলে গোল মেরেছে!",
        "মায়ের পেনশন তুলতে পোস্ট অফিসে যাব, একটু দেরি হবে",
        "ঘরটা এত গরম, শ্বাস নিতে পারছি না, জানালা খুলবেন?",
        "আমার প্রাক্তন স্বামী শনিবার বাচ্চাদের নিয়ে যাবে",
        "বোনের বিয়ে দিচ্ছি, কিন্তু ছুটি দিতে অফিস রাজি না",
    ],
    "ar": [
        "ميت من الجوع، متى الغدا؟",
        "أمي رح تقتلني إذا تأخرت",
        "زوجي رح يوصلني بالسيارة على الجلسة",
        "الجلسة عن العنف والشرطة كانت مفيدة",
        "لازم آخذ الدوا الساعة ثمانية",
        "مش قادر أكمل الأكل",
        "تأخرت غصب عني",
        "ضربني البرد",
        "أخذت حبوب الضغط الصبح مع الفطور",
        "أروح آخذ معاش أمي من البريد يوم الخميس",
        "طليقي وصل الولاد للمدرسة",
        "ما عطوني أكل حلال بالجلسة",
        "السكر عندي واطي شوي، رح آكل قبل الجلسة، انا لحالي جاية",
    ],
    "pa": [
        "ਭੁੱਖ ਨਾਲ ਮਰ ਰਹੀ ਹਾਂ, ਖਾਣਾ ਕਦੋਂ ਹੈ?",
        "ਪਤੀ ਮੈਨੂੰ ਗੱਡੀ ਵਿੱਚ ਛੱਡ ਕੇ ਜਾਵੇਗਾ",
        "ਗਰਮੀ ਬਰਦਾਸ਼ਤ ਨਹੀਂ ਹੁੰਦੀ",
        "ਪੁਲਿਸ ਅਤੇ ਹਿੰਸਾ ਬਾਰੇ ਸੈਸ਼ਨ ਵਧੀਆ ਸੀ",
        "ਦਵਾਈ ਖਾਣ ਦਾ ਸਮਾਂ ਅੱਠ ਵਜੇ ਹੈ",
        "main thodi late aavangi, bus nahi aayi",
        "ਰਸਤਾ ਸੁਰੱਖਿਅਤ ਨਹੀਂ, ਸੜਕ ਬੰਦ ਹੈ",
        "ਕਮਰੇ ਵਿੱਚ ਪੱਖਾ ਬੰਦ ਹੈ",
        "ਮੰਮੀ ਮੈਨੂੰ ਮਾਰ ਦੇਵੇਗੀ ਜੇ ਲੇਟ ਹੋਈ",
        "ਪੈਨਸ਼ਨ ਲੈਣ ਬੈਂਕ ਜਾਣਾ ਹੈ",
    ],
    "ta": [
        "பசியால் சாகிறேன், சாப்பாடு எப்போ?",
        "அம்மா என்னைக் கொன்றுவிடுவார், லேட் ஆயிடுச்சு",
        "மருந்து சாப்பிடும் நேரம் காலை 8 மணி, இடைவேளை இருக்குமா?",
        "சனிக்கிழமை காலை ஸ்கேன் அப்பாயின்ட்மென்ட் இருக்கு, லேட் ஆகும்",
        "போலீஸ் பற்றிய செஷன் நல்லா இருந்தது",
        "சனிக்கிழமை நான் இருக்க மாட்டேன், ஊருக்கு போறேன்",
        "என் கணவர் என்னை கார்ல கூட்டிட்டு வருவார்",
        "மேடையில பேச ரொம்ப பயமா இருக்கு",
        "இந்த வெயில்ல சாகணும் போல இருக்கு",
        "pasila saaganum pola irukku",
    ],
    "el": [
        "πεθαίνω της πείνας, τι ώρα τρώμε;",
        "η μαμά θα με σκοτώσει αν αργήσω",
        "πρέπει να πάρω τα φάρμακα στις οχτώ",
        "έχω ραντεβού για υπέρηχο την Τρίτη",
        "η συνεδρία για την αστυνομία ήταν πολύ ενδιαφέρουσα",
    ],
    "gu": [
        "ભૂખથી મરી ગઈ, જમવાનું ક્યારે છે?",
        "મમ્મી મને મારી નાખશે જો મોડું થયું",
        "દવા લેવાનો સમય આઠ વાગ્યે છે",
        "મંગળવારે સ્કેનની એપોઇન્ટમેન્ટ છે",
        "પોલીસ વિશેનું સેશન બહુ સારું હતું",
    ],
    "hi": [
        "भूख से मर रही हूँ, खाना कब मिलेगा?",
        "मम्मी मुझे मार डालेगी अगर देर हुई",
        "दवाई लेने का समय आठ बजे है",
        "मंगलवार को स्कैन की अपॉइंटमेंट है",
        "पुलिस पर सेशन बहुत अच्छा था",
        "mummy mujhe maar dalegi agar late hui",
    ],
    "yo": [
        "ebi n pa mi, nigba wo ni ounje?",
        "oorun n pa mi gan",
        "mama maa pa mi ti mo ba pe",
        "mo lo gbogbo oogun mi laaro bi dokita ti so",
        "ipade lori olopaa dara pupo",
    ],
    "it": [
        "muoio di fame, quando si mangia?",
        "mamma mi ammazza se arrivo tardi",
        "prendo tutte le pastiglie alle otto",
        "la sessione sulla polizia è stata utile",
        "mio fratello mi segue su instagram",
        "mi ha colpito molto il discorso",
    ],
    "fr": [
        "je meurs de faim, on mange quand ?",
        "maman va me tuer si je rentre tard",
        "j'ai pris tous mes médicaments ce matin",
        "la séance sur la police était bien",
        "il me bat aux échecs à chaque fois",
        "mon frère me suit sur instagram",
    ],
    "ru": [
        "умираю с голоду, когда обед?",
        "мама меня убьёт, если я опоздаю",
        "муж меня подвезёт на собрание",
        "мне нужно пить таблетки в восемь, будет перерыв?",
        "сессия о полиции и насилии была очень интересной",
        "не хочу жить в этом районе, слишком шумно",
        "не могу больше ждать субботы!",
        "дочь следит за мной в инстаграме",
        "меня бьёт дрожь от волнения перед выступлением",
        "в зале так душно, не могу дышать, откройте окно",
        "сын не просыпается в школу, опаздываем",
        "негде припарковаться возле зала",
        "муж ждёт меня у подъезда после собрания",
        "забрала паспорт в консульстве, всё готово",
        "выпила все свои таблетки утром, как сказал врач",
        "меня преследует одна мысль про этот проект",
        "папа не отвечает, наверное он на работе",
    ],
    "uk": [
        "помираю з голоду, коли обід?",
        "мама мене вб'є, якщо я запізнюсь",
        "чоловік мене підвезе на зустріч",
        "мені треба пити ліки о восьмій",
        "сесія про поліцію та насильство була цікавою",
        "не хочу жити в цьому районі, тут шумно",
        "не можу дочекатися суботи",
        "донька стежить за мною в інстаграмі",
        "ніде припаркуватися біля залу",
        "у залі душно, не можу дихати, відчиніть вікно",
        "чоловік чекає мене біля під'їзду після зустрічі",
    ],
    "zh": [
        "饿死了，什么时候吃饭？",
        "今天热死了",
        "想死你们了，周六见！",
        "妈妈会杀了我，我又迟到了",
        "有事打我电话",
        "女儿在抖音上关注我",
        "妈妈天天催我结婚",
        "附近没地方停车",
        "我早上八点吃药",
        "儿子早上叫不醒，上学老迟到",
        "工作压力大得喘不过气",
        "关于家暴和警察的讲座很有用",
        "我怕他迟到",
        "我被他的话打动了",
        "我老公每天在楼下等我下班",
        "救命，这个作业太难了",
        "房租这么高，大家都活不下去了",
        "妈妈不让我出门，下雨了",
    ],
    "fa": [
        "از گرسنگی دارم می‌میرم، ناهار کی آماده است؟",
        "مامانم منو می‌کشه اگه دیر برسم",
        "این ترافیک منو می‌کشه",
        "قرص‌هایم را ساعت هشت شب می‌خورم",
        "همه داروهامو امروز صبح طبق دستور دکتر خوردم",
        "جلسه درباره پلیس و خشونت خانگی خیلی مفید بود",
        "جلسه درباره خودکشی جوانان مفید بود",
        "بابام ساعت پنج میاد دنبالم",
        "خواهرم منو تو اینستاگرام دنبال می‌کنه",
        "شوهرم منو با ماشین می‌رسونه جلسه",
        "بابا مامان رو صدا زد",
        "جایی برای پارک ماشین ندارم",
        "از پله‌ها بالا اومدم نفسم بالا نمیاد، آسانسور هست؟",
        "می‌ترسم دیر برسم، قطار تأخیر داره",
        "مجبورم زود برم، عروسی خواهرمه",
        "دستم رو موقع پیاز خرد کردن با چاقو بریدم",
        "پاسپورتم را از سفارت گرفتم",
        "بارون نمیذاره از خونه برم بیرون",
        "تو خیابون هستیم، دو دقیقه دیگه می‌رسیم",
        "دیگه نمی‌تونم ادامه بدم، پاهام درد می‌کنه",
    ],
    "tw": [
        "Mepa wo kyɛw, me ti yɛ me ya paa, mentumi mma Memeneda",
        "Me ho yɛ, meda wo ase",
        "Boa me na menhu baabi a nhyiamu no bɛkɔ so",
        "Ɛhyew dodo wɔ dan no mu, mentumi nhome yie",
        "Me yam yɛ me ya, mɛkɔ dɔkota hɔ",
        "Mepɛ koko anɔpa biara",
        "Ɛkɔm bɛkum me, mesrɛ mo mommoa me ma menya aduane",
        "Me kunu bɔ me amanneɛ daa sɛ ɔbɛba",
        "Maame bɛkum me sɛ meka akyi",
    ],
    "vi": [
        "Em đói muốn chết, mấy giờ ăn trưa?",
        "Mệt muốn chết, hôm nay làm nhiều quá",
        "Em muốn từ từ học tiếng Anh",
        "Bố đánh thức em lúc 6 giờ",
        "Em bị đánh giá thấp trong nhóm",
        "Mẹ sẽ giết em nếu em về muộn",
        "Con không thở được bằng mũi vì nghẹt mũi",
        "Áo em bị rách tay áo",
        "Em đi lấy hộ chiếu ở đại sứ quán",
        "Phiên thảo luận về bạo lực gia đình rất hay",
    ],
    "ku": [
        "Ji birçîna dimirim, xwarin kengê ye?",
        "Diya min dê min bikuje ger ez dereng bimînim",
        "Ez ê wî bikujim, pasta min xwar",
        "Ev germ min dikuje",
        "Min pasaporta xwe ji konsolxaneyê girt",
        "Birayê min dibêje ew ê îşev xwarinê çêke",
    ],
    "am": [
        "እዚህ ሰፈር መኖር አልፈልግም፣ ኪራዩ ውድ ነው",
        "ኳሱ ፊቴን መታኝ፣ ግን ደህና ነኝ",
        "ካረፈድኩ እናቴ ትገድለኛለች",
        "ፓስፖርቴን ለቪዛ ኤምባሲ ወሰዱ",
        "ስለ ድብድብ የተደረገው ውይይት ጥሩ ነበር",
        "ልጄ በኢንስታግራም ይከተለኛል",
        "ዛሬ መድሃኒቴን ጠዋት ወሰድኩ",
        "ደረጃውን ስወጣ ትንፋሽ አጠረኝ፣ ሊፍት አለ?",
        "ልጄን ማታ መታጠብ አለብኝ",
        "ራስን ስለ ማጥፋት የተደረገው ውይይት ጠቃሚ ነበር",
    ],
    "hu": [
        "Meghalok az éhségtől, mikor van ebéd?",
        "Halálra unom magam",
        "Anyám megöl, ha elkések",
        "Ez a hőség megöl",
        "Minden nap követ az Instagramon",
        "A bolt bezárt",
        "A baba nem kap levegőt az orrán, náthás",
        "Az útlevelemet leadtam a vízumhoz a nagykövetségen",
        "A férjem vért adott ma",
        "A fiam csapata megverte őket a meccsen",
        "A férjem soha nem ver",
        "Az öngyilkosságról szóló ülés hasznos volt",
        "A gyerek veri a dobot",
    ],
    "ps": [
        "دا ګرمي مې وژني",
        "د ځان وژنې په اړه ناسته ښه وه",
        "لور مې په انسټاګرام ما تعقیبوي",
        "په زینو ختلو ساه مې نه کېږي، لفټ شته؟",
        "زه ډېره وېره لرم چې ناوخته به شم",
    ],
    "ti": [
        "ብጥሜት ክመውት እየ፣ መዓስ ኢና እንበልዕ?",
        "ኣብዚ ከባቢ ክነብር ኣይደልን፣ ክራይ ክቡር እዩ",
        "ኩዕሶ ርእሰይ ሃሪሙኒ፣ ግን ደሓን እየ",
        "እንተ ደንጐኹ ኣደይ ክትቐትለኒ'ያ",
        "ኩሉ መድሃኒተይ ንግሆ ሰትየ ከም ዝበሎ ሓኪም",
        "ፓስፖርተይ ንቪዛ ናብ ኤምባሲ ወሲዱዎ",
        "ብግዲ ኣይኮነን፣ ብፍቕሪ እዮም ተመርዕዮም",
    ],
    "ln": [
        "Papa akwei na mabele na zando kasi atelemi noki, azali malamu",
        "Nzoto na ngai ezali koningana na malili, nazali koloba te lelo",
        "Akwei na bolingo na mwasi moko ya Kinshasa",
        "Abeti ngai telefone lobi na butu",
        "Mama akoboma ngai soki nazongi na retard",
        "Nakufi na nzala, tokolia ngonga nini?",
        "Mwana azali koloba te na ngai mpo asiliki",
    ],
    "om": [
        "Beela'ee du'aa jira, yoom nyaanna?",
        "As jiraachuu hin barbaadu, kiraan qaalii dha",
        "Kubbaan na rukute garuu nagaa dha",
        "Yoon ture haati koo na ajjeesti",
        "Facebook irratti namni tokko na hordofa",
    ],
    "tl": [
        "papatayin ako ni nanay kapag na-late ako",
        "hindi ako makahinga sa init ng kwarto",
        "sinusundan ako sa Instagram ng ex ko",
        "sinaktan niya ang damdamin ko",
        "ikakasal ako sa Hunyo, hindi ako makakapunta",
        "ayaw kumain ng anak ko ng gulay",
        "hindi ligtas ang kalsada sa gabi, pag-usapan natin sa session",
        "natatakot akong magsalita sa harap ng maraming tao",
        "pinagsamantalahan niya ang kabaitan ko",
    ],
    "ig": [
        "Agụụ na-egbu m, olee mgbe anyị ga-eri nri?",
        "Nne m ga-egbu m ma m bịa n'azụ oge",
        "Ọ ga-egbu m oge, ọrụ a ka ukwuu",
        "Achọghị m ibi n'ebe a ọzọ, ụgwọ ụlọ dị oke ọnụ",
        "Emerụrụ m onwe m ahụ mgbe m na-agba bọọlụ",
        "Aṅụọla m ọgwụ ụtụtụ m niile dịka dọkịta kwuru",
        "Di m na-eti egwu kwa ụbọchị n'agbamakwụkwọ",
        "Akpọchiri m ụzọ ụlọ tupu m apụ",
        "Enyi m na-eso m aga ụka kwa Sọnde",
        "Enweghị m ike iku ume n'ime ụlọ a, ọ na-ekpo ọkụ",
    ],
}


def assert_read_in_and_twin_left_alone(code: str, risk: str, look_alike: str) -> None:
    """The risk is read by `code`'s own net (so a stranger is answered in that language); its
    everyday twin, sharing its words, by no net at all."""
    assert risk_language(risk) == code, fold(risk)
    assert not says_someone_is_at_risk(look_alike), (fold(look_alike), risk_language(look_alike))


@pytest.mark.parametrize(
    ("code", "text"),
    [(code, text) for code, texts in DISCLOSURES.items() for text in texts],
)
def test_each_language_net_reads_its_disclosures(code: str, text: str) -> None:
    assert says_someone_is_at_risk(text), fold(text)
    assert risk_language(text) == code, fold(text)


@pytest.mark.parametrize("text", [text for texts in LOOK_ALIKES.values() for text in texts])
def test_each_language_net_leaves_everyday_look_alikes_alone(text: str) -> None:
    assert not says_someone_is_at_risk(text), (fold(text), risk_language(text))


@pytest.mark.parametrize(
    ("risk", "look_alike"),
    [
        (
            "ammi ki dekhbhal karne wali unhe marti hai",
            "ammi ki dekhbhal karne wali 10 baje aati hai",
        ),
        ("bhai abbu ki pension le leta hai", "ammi ki pension lene bank jana hai"),
        ("saans nahi aa rahi, ghar par akeli hoon", "kamre mein garmi hai, saans nahi aa rahi"),
        ("izzat ki khatir mujhe maar denge", "ammi mujhe maar dengi agar late hui"),
        ("saas mujhe kamre mein tala laga kar rakhti hai", "darwaze pe tala laga kar aayi hoon"),
        ("wo bachon ko khana nahi deta", "bachon ko khana nahi pasand, pizza milega?"),
        ("میں نے بہت ساری نیند کی گولیاں ایک ساتھ کھا لی ہیں", "دوائی کھانے کا وقت آٹھ بجے ہے"),
        ("غیرت کے نام پر وہ مجھے مار دیں گے", "میری بہن کی شادی ہے، نہیں آ سکوں گی"),
        ("ابا زبردستی اس کا نکاح کروا رہے ہیں", "زبردستی نہیں، نکاح دونوں کی مرضی سے ہو رہا ہے"),
        ("abba zabardasti uska nikah karwa rahe hain", "zabardasti nikah ke bare mein baat hui"),
        (
            "ابو کہتے ہیں پاکستان لے جا کر میری شادی کر دیں گے، میں صرف 16 سال کی ہوں",
            "ابو کہتے ہیں اگلے سال میری شادی کر دیں گے، میں 24 سال کی ہوں اور بہت خوش ہوں",
        ),
        (
            "ammi kehti hain garmiyon mein meri shaadi kar denge, main nahi jana chahti",
            "ammi kehti hain garmiyon mein meri shaadi kar denge, main 26 saal ki hoon, sab aana",
        ),
        # her own marriage to be made, with her passport taken or her "no"; a sister's, or her
        # own looked forward to
        (
            "ammi keh rahi hain agle mahine meri shaadi karwani hai, abbu ne passport le liya",
            "ammi keh rahi hain agle mahine meri shaadi karwani hai, main 25 ki hoon, sab aana",
        ),
        (
            "Agle hafte Pakistan mein meri shaadi karwani hai, main nahi jana chahti",
            "Agle hafte Pakistan mein meri behen ki shaadi karwani hai, main nahi jana chahti, "
            "exams hain",
        ),
        # a jump from a roof or in front of a train said as what someone will do; a joke over a
        # match, a bungee jump
        (
            "meri dost ne kaha wo chhat se kood jayegi, phone band hai",
            "agar India match haar gaya to main chhat se kood jaunga 😂",
        ),
        (
            "bhai bola train ke aage kood jaunga",
            "bungee jumping mein wo bridge se kood jayegi, bahut himmat hai",
        ),
        # a wife beaten by her in-laws or over a dowry; in-laws who chat, a serial, the cost
        (
            "meri bhabhi ko sasural wale roz maarte hain",
            "mere sasural wale roz shaam ko gappe maarte hain, bada maza aata hai",
        ),
        ("saas dahej ke liye maarti hai", "saas bahu serial mein saas roz maarti hai"),
        ("saas kehti hai bahu ko jala denge", "saas ne khana jala diya, sab ne pizza khaya"),
        ("meri behen ko saas peetti hai", "saas ne aaj kitchen mein machhar maara"),
        (
            "dahej ki wajah se behen ko ghar se nikal diya",
            "dahej ki wajah se shaadi ka kharcha zyada hai",
        ),
        # a child blackmailed for pictures; a school asking for photos for an ID card
        (
            "ek aadmi bete se photos maangta hai, warna sab ko bhej dega",
            "school wale bachon ki photos maangte hain ID card ke liye, warna card nahi banega",
        ),
        (
            "kabhi kabhi lagta hai mar jaun to behtar hai",
            "haaye main mar jaun, kitna pyara baby hai",
        ),
        # someone with dementia not back; one who has phoned, one at home resting
        (
            "dadi ko dementia hai, subah se ghar nahi lauti",
            "dadi ko dementia hai, unki ainak gum ho gayi, kahin mil nahi rahi",
        ),
        (
            "nana ko dementia hai, raat se ghar nahi aaye",
            "nana ko dementia hai, raat se ghar nahi aaye the par phone kiya, mamu ke ghar hain",
        ),
        (
            "امی کو بھولنے کی بیماری ہے، دوپہر سے گھر نہیں آئیں",
            "دادا جان کو ڈیمنشیا ہے، صبح سے گھر پر ہیں اور آرام کر رہے ہیں",
        ),
    ],
)
def test_urdu_reads_neglect_panic_and_honour_and_leaves_their_twins(
    risk: str, look_alike: str
) -> None:
    assert_read_in_and_twin_left_alone("ur", risk, look_alike)


# A child alone for days, someone not breathing, a pack swallowed, a bone to be broken, a marriage
# fixed against the writer's will, papers taken by family, a girl to be cut, a child sexually
# abused, cutting oneself again, being beaten now, an allergy swelling the lips, a fit that goes
# on, someone unconscious, a face fallen to one side, chest pain with no breath, a man in the
# room at night or grabbing by force, passports held with no pay, a parent alone not answering
# for days, someone on the floor, a child missing or carrying drugs for older men, a means and
# a goodbye, a child threatened over a debt, a flat taken over by dealers, despair told of a
# mother (better off without her, her things given away): read when said in one language or half
# in English ("tablets", "nobody answers", "fell", "10 mins ago") with the other language's own
# words carrying the risk; each look-alike shares the risk's words.
@pytest.mark.parametrize(
    ("code", "risk", "look_alike"),
    [
        (
            "pt",
            "o explicador abusou dela no carro, ela não quer voltar",
            "ele abusa da paciência dela com tantas perguntas",
        ),
        (
            "pt",
            "há uma bebé sozinha no apartamento do lado desde ontem, nobody answers the door",
            "a menina ficou sozinha em casa duas horas ontem e portou-se bem",
        ),
        (
            "pt",
            "engoli todos os tablets que o médico me deu",
            "comprei os tablets na farmácia para todos os dias",
        ),
        (
            "es",
            "compré pastillas y me las voy a tomar todas de golpe",
            "el médico me dio pastillas y me las tomo todas las mañanas",
        ),
        (
            "es",
            "me tomé todas las pills que me quedaban",
            "tomé las pills a las ocho como siempre",
        ),
        (
            "so",
            "walaalkay wuu suuxay oo ma neefsanayo",
            "ilmaha sankiisa ma neefsanayo, hargab ayuu qabaa",
        ),
        (
            "so",
            "hooyo ma neefsanayo, she fell in the kitchen",
            "aabo wuu dhacay, hadda si fiican ayuu u neefsanayaa",
        ),
        # said colloquially and typed without accents: a knife drawn at home and the children
        # hiding from him; a knife from the drawer, hide-and-seek
        (
            "tr",
            "kocam yine bıçak çekti, çocuklar odada saklanıyor",
            "kocam mutfakta bıçağı çekmeceden çekti, salata yapıyor",
        ),
        ("tr", "esim bicakla ustume yurudu", "esim bicakla ekmegi kesip masaya geldi"),
        (
            "tr",
            "cocuklar dolapta saklaniyor, kocam sarhos bagiriyor",
            "çocuklar dolapta saklanıyor, saklambaç oynuyoruz, kocam ebe",
        ),
        # a bare farewell; work to finish, a wait, an apology for being late
        (
            "lt",
            "Nebegaliu daugiau. Šiandien viską užbaigsiu.",
            "Šiandien viską užbaigsiu, nebegaliu daugiau laukti šito projekto",
        ),
        (
            "lt",
            "nebegaliu. atsiprasau uz viska",
            "atsiprasau uz viska, kad veluoju, nebegaliu rasti adreso",
        ),
        # a girl to be cut in the words said for it; a son, halal meat
        (
            "so",
            "gabadhayda 7 jir ah, ayeeyadeed waxay rabtaa inay gudniinto",
            "wiilkayga 7 jir ah, ayeeyadiis waxay rabtaa inay gudniinto",
        ),
        (
            "so",
            "hooyaday waxay rabtaa in gabadhayda la xalaaleeyo xagaagan",
            "hooyaday waxay rabtaa in gabadhayda hilib xalaal ah loo keeno xagaagan",
        ),
        # a threat told in the past ("jurou que ia me matar"), an ex watching the window; a
        # mother's telling-off for lateness, an ex there for the children
        (
            "pt",
            "ele jurou que ia me matar quando saísse da cadeia",
            "minha mãe jurou que ia me matar se eu chegasse tarde de novo",
        ),
        (
            "pt",
            "meu ex tá parado na minha rua olhando pra minha janela, to apavorada",
            "meu ex ficou olhando pra minha janela pra ver se as crianças tavam prontas, tô com "
            "medo de chegar atrasada",
        ),
        # a passport taken and made to work, not let out; a boss's night shifts, a teenager
        # kept in by her parents
        (
            "sq",
            "Më kanë marrë pasaportën dhe më detyrojnë të punoj natën",
            "Shefi më detyron të punoj natën këtë javë, por paguan mirë",
        ),
        (
            "sq",
            "na i mbajne pasaportat dhe nuk na lene te dalim vetem",
            "Prinderit me kane marre telefonin dhe nuk me lene te dal sonte",
        ),
        # in slang: hit by a parent, not safe, not daring to go home; a game lost, not sure,
        # the last bus missed
        (
            "fr",
            "mon daron m'a frappée avec sa ceinture",
            "mon daron m'a mis une raclée aux échecs",
        ),
        ("fr", "ma daronne me cogne quand elle a bu", "mon frère m'a mis une claque au foot"),
        (
            "fr",
            "mon daron m'a mis une rouste hier soir",
            "mon daron m'a mis une rouste aux échecs hier soir",
        ),
        ("fr", "jsuis plus en sécurité chez moi", "jsuis pas sûre pour samedi chez moi"),
        (
            "fr",
            "j'ose pas rentrer ce soir, j'ai des bleus partout",
            "j'ose pas rentrer ce soir, j'ai raté le dernier bus",
        ),
        # a flatmate's despair told by the writer; exams and a move, a party, an exam feared
        (
            "es",
            "mi compañera de piso lleva 3 días sin salir del cuarto, ya se despidió de los suyos",
            "mi compañera de piso lleva 3 días sin salir del cuarto por los exámenes y ya se "
            "despidió de su familia porque se va de Erasmus",
        ),
        (
            "es",
            "mi hermano no sale de su cuarto, tengo miedo de que haga una locura",
            "mi hermano no sale de su cuarto, tengo miedo de que haga algo mal en el examen",
        ),
        (
            "es",
            "mi amigo ha regalado sus cosas y se despidió de todos",
            "mi compañero no come carne y se despidió de todos en la fiesta",
        ),
        (
            "ro",
            "copilul vecinei e singur acasă since yesterday",
            "copiii mei se îmbracă singuri de ieri, sunt mândră",
        ),
        (
            "ro",
            "tata a căzut pe scări și nu mai respiră",
            "bunicul a căzut în baie săptămâna trecută, acum respiră bine",
        ),
        (
            "ro",
            "soțul meu not breathing, a leșinat pe canapea",
            "mama nu mai respiră bine de când a răcit, nu răspunde la telefon",
        ),
        (
            "pl",
            "łyknąłem garść tabletek przeciwbólowych godzinę temu",
            "połknęłam jedną tabletkę nasenną i spałam jak dziecko",
        ),
        (
            "pl",
            "wzięłam dwadzieścia tabletek naraz",
            "wzięłam dwie tabletki naraz, jak kazał lekarz",
        ),
        (
            "sq",
            "vëllai më kërcënoi se do më thyejë duart",
            "këto shkallë do më thyejnë këmbët një ditë",
        ),
        (
            "sq",
            "nëse dal prapë do të më thyejë këmbët",
            "nëse rrëshqas në akull do më thyhen këmbët",
        ),
        (
            "sq",
            "burri më mori pasaportën dhe nuk ma kthen",
            "babai më mori me makinë nga stacioni",
        ),
        (
            "ur",
            "abbu ne meri shaadi apne dost ke bete se tay kar di hai, main ye shaadi nahi karna "
            "chahti",
            "ammi ne mera nikah fix kar diya hai, bahut khush hoon, aap sab aana",
        ),
        (
            "ur",
            "میرے گھر والوں نے میری شادی طے کر دی ہے اور میرا پاسپورٹ لے لیا ہے",
            "میری شادی طے کر دی ہے، آپ سب ضرور آئیں",
        ),
        (
            "ar",
            "امي وقعت في المطبخ وما عم تتنفس",
            "ابي وقع امس، والحمد لله يتنفس بشكل طبيعي الان",
        ),
        (
            "ar",
            "جدي لا يتنفس وشفايفه زرق",
            "الطفل ما بيتنفس منيح من مناخيره بسبب الرشح، ووقع من السرير",
        ),
        (
            "ar",
            "عمي واولاده سحبوا جواز سفري من يوم ما وصلت",
            "اخذوا جواز سفري في السفارة لتجديد الفيزا",
        ),
        (
            "so",
            "ayeeyo waxay leedahay gabdhaha waa in la gudo xagaagan",
            "wiilkayga yar waxaan u qaadaynaa isbitaalka si loo gudo",
        ),
        (
            "es",
            "mi sobrina de 12 años nos dijo que su abuelo la manosea cuando se queda sola con él",
            "mi hija toca la viola y su abuelo la lleva a clase",
        ),
        (
            "es",
            "la vecina me contó que el padrastro de su hijo se mete en su cama",
            "mi hija tiene una guitarra nueva y la toca por las noches",
        ),
        (
            "fr",
            "j'ai recommencé à me couper, personne ne le sait",
            "je me suis encore coupée en épluchant les légumes, ça saigne un peu",
        ),
        (
            "fr",
            "je me coupe tous les soirs pour ne plus rien sentir",
            "je me coupe les cheveux tous les mois",
        ),
        ("pa", "ਸੱਸ ਮੈਨੂੰ ਫਿਰ ਮਾਰ ਰਹੀ ਹੈ, ਮੈਂ ਬਾਥਰੂਮ ਵਿੱਚ ਹਾਂ", "ਇਹ ਗਰਮੀ ਮੈਨੂੰ ਮਾਰ ਰਹੀ ਹੈ"),
        ("pa", "ghar wala sharab pee ke mainu maar reha", "mera pati mainu awaaz maar reha hai"),
        ("pa", "ਉਹ ਮੈਨੂੰ ਬਹੁਤ ਮਾਰਦਾ ਹੈ", "ਮੇਰਾ ਪੁੱਤ ਮੈਨੂੰ ਆਵਾਜ਼ ਮਾਰਦਾ ਹੈ ਜਦੋਂ ਰੋਟੀ ਤਿਆਰ ਹੁੰਦੀ"),
        ("zh", "孩子吃了虾，嘴唇肿起来了，说不出话", "我对虾过敏，吃了嘴唇会肿，午饭别放虾"),
        ("zh", "我對花生過敏，嘴唇腫了，喘不上氣", "牙疼得厉害，脸肿了，周六去不了"),
        ("zh", "女儿癫痫发作十分钟了还不停", "上次癫痫发作两分钟就停了，医生说没事"),
        ("zh", "我妈突然倒地抽搐", "眼皮一直抽搐，好几天了"),
        ("zh", "爷爷口吐白沫，全身发抖", "他讲得口吐白沫，大家都笑了"),
        (
            "gu",
            "બા બેહોશ પડ્યા છે, ઉઠતા નથી",
            "ગયા અઠવાડિયે ગરમીમાં પપ્પા બેભાન થઈ ગયા હતા, હવે સારું છે",
        ),
        (
            "gu",
            "દીકરો શ્વાસ નથી લેતો, હોઠ ભૂરા થઈ ગયા",
            "યોગમાં નાકથી શ્વાસ નથી લેતા, મોઢેથી લે છે",
        ),
        (
            "gu",
            "મમ્મીનું મોઢું એક બાજુ વાંકું થઈ ગયું છે",
            "છબી એક બાજુ ઢળી ગઈ છે, સીધી કરી દેજો",
        ),
        (
            "gu",
            "કોઈ પોલીસ હોવાનું કહીને બાને ફોન કરે છે, £5,000 ઉપાડવાનું કહે છે",
            "બેંકવાળા ભાઈએ ફોન કર્યો હતો, દાદાજી બેંકમાં પૈસા ઉપાડવા ગયા છે",
        ),
        (
            "gu",
            "કોઈએ બેંકવાળા બનીને ફોન કર્યો, પૈસા સુરક્ષિત ખાતામાં મોકલવા કહ્યું",
            "બેંકવાળા બનીને પૈસા સુરક્ષિત ખાતામાં મોકલાવતા ઠગ વિશે સેશન સારું હતું",
        ),
        (
            "gu",
            "Can't make it. દાદા અચાનક બરાબર બોલી શકતા નથી, 10 mins ago",
            "ગળું બેસી ગયું છે, અચાનક બરાબર બોલી શકતી નથી",
        ),
        (
            "el",
            "ο πατέρας μου μιλάει μπερδεμένα και το χέρι του μούδιασε",
            "Η μητέρα μου δεν μπορεί να σηκώσει το δεξί χέρι μετά την εγχείριση στον ώμο",
        ),
        (
            "el",
            "ο παππούς ξαφνικά μιλάει περίεργα, το στόμα του έπεσε στη μια πλευρά",
            "μετά τον οδοντίατρο το στόμα μου έχει στραβώσει και μιλάω περίεργα, θα περάσει",
        ),
        (
            "tw",
            "M'akoma yɛ me ya na ahome ayɛ me den",
            "Me koko yɛ me ya kakra, mɛkɔ dɔkota hɔ Fida. Mepa wo kyɛw, boa me.",
        ),
        ("tw", "Mmoa! Me kunu ntumi nhome", "Ɛhyew dodo wɔ dan no mu, mentumi nhome yie"),
        ("am", "ባሌ እገድልሻለሁ ብሎ ዛተብኝ", "ኬኬን ከበላህ እገድልሃለሁ"),
        ("am", "አባቴ ይገድለኛል ብሎ ዛተብኝ", "ህጉ ይገድበኛል"),
        ("am", "አንድ ሰው እስከ ቤት ተከተለኝ", "ውሻው እስከ ቤት ተከተለኝ"),
        ("am", "ባሌ ልጄን መታው", "ልጄ ኳስ መታ"),
        ("am", "ልጄ ፓስፖርቷን ደበቁባት", "ልጄ ፓስፖርቷን ይዛለች"),
        ("am", "ቤተሰቦቿ በግድ ሊድሯት ነው", "በግድ አይደለም፣ በፍቅር ነው የተጋቡት"),
        ("ps", "که پولیسو ته ولاړه شم ما به ووژني", "که ناوخته شوم مور به مې ووژني"),
        ("ps", "مېړه مې هره ورځ وهي", "مېړه مې هره ورځ ډول وهي"),
        ("ps", "نن یې بیا ووهلم", "نن یې بیا زنګ راته ووهه"),
        ("ps", "پلار مې ماشومان وهي", "زوی مې توپ وهي"),
        ("ps", "په زور یې واده کوي", "په زور واده ته ورسېدم"),
        ("ps", "کارفرما مې پاسپورټ اخیستی", "پاسپورټ مې د ویزې لپاره سفارت ته واخیست"),
        (
            "tw",
            "Boa me! Me koko mu keka me",
            "Mepa wo kyɛw, boa me na menhu baabi a ɛhyia no bɛkɔ so.",
        ),
        (
            "pt",
            "o meu colega de casa entrou no meu quarto de madrugada e me apalpou",
            "o senhorio entrou no meu quarto para consertar a janela, ele tem a chave",
        ),
        (
            "pt",
            "ele me forçou, e eu não consegui gritar",
            "o chefe me forçou a trabalhar no sábado",
        ),
        ("pt", "o padrasto dela tentou abusar de mim", "ele tentou abusar da minha paciência"),
        ("pl", "dziecko nie oddycha!!!", "dziecko nie oddycha przez nos, ma katar"),
        (
            "lt",
            "Vaikai vieni namuose jau dvi dienas, mama negrįžo",
            "Vaikai vieni namuose tik valandą, kol mama parduotuvėje",
        ),
        (
            "it",
            "ho preso 30 pastiglie di paracetamolo, adesso ho mal di pancia e mi gira la testa",
            "ho preso 30 pastiglie di paracetamolo in farmacia, ora ho mal di pancia dal caffè",
        ),
        (
            "es",
            "mi compañera lleva horas sin despertarse, se tomó muchas pastillas y respira raro",
            "mi compañera de piso se tomó muchas pastillas para la gripe y lleva horas durmiendo",
        ),
        ("vi", "Con không thở!", "Con không thở được bằng mũi vì nghẹt mũi"),
        ("ku", "Zarokê min nefes nagire", "Zarokê min xwarinê nagire"),
        (
            "pt",
            "o homem do andar de cima me agarrou à força na escada",
            "a minha filha me agarrou de novo pela perna, não queria ir à escola",
        ),
        (
            "el",
            "ο ανιψιός μου που με φροντίζει με χτυπάει όταν ζητάω τα χρήματά μου",
            "ο ανιψιός μου που με φροντίζει μου χτυπάει το κουδούνι κάθε πρωί",
        ),
        (
            "ar",
            "زوجي لا يسمح لي بالأكل إلا بعد أن يأكل هو والأولاد",
            "زوجي يطبخ ولا يسمح لي بالمساعدة، الأكل جاهز دائماً",
        ),
        ("ar", "أحياناً يحرمني من الطعام يومين كعقاب", "الرجيم يحرمني من الأكل الذي أحبه"),
        (
            "ta",
            "அம்மாவுக்கு சர்க்கரை நோய், இப்போது குழப்பமாகப் பேசுகிறார், வியர்க்கிறார்",
            "அப்பா தூக்கத்துல குழப்பமாகப் பேசுகிறார், வியர்க்கிறார், வெயில் அதிகம்",
        ),
        (
            "bg",
            "Вчера баща ми падна и оттогава не може да стане от пода",
            "Вчера падна силен сняг и оттогава срещата с мъжа ми не може да стане",
        ),
        (
            "bg",
            "майка ми падна в банята, не мога да я вдигна, лежи на пода от два часа",
            "Вчера падна чантата на мама и не мога да я вдигна, много е тежка",
        ),
        (
            "uk",
            "чоловік, у якого ми живемо, вимагає, щоб моя донька «платила» інакше",
            "господар вимагає, щоб ми платили інакше, через банк",
        ),
        (
            "uk",
            "господар, у якого ми живемо, заходить до її кімнати вночі",
            "тато вночі заходить до її кімнати, щоб укрити її",
        ),
        (
            "uk",
            "господар каже, що я можу платити за кімнату натурою",
            "господар каже, що я можу платити за кімнату готівкою",
        ),
        (
            "hi",
            "मेरा बेटा 14 साल का है, कल से घर नहीं आया, फ़ोन बंद है",
            "मेरा बेटा 14 साल का है, कल से घर नहीं आया, नानी के घर रुका है, फ़ोन पर बात हुई",
        ),
        (
            "gu",
            "મારા પતિ કહે છે કે પૈસા આપવા પડશે, નહીં તો મને ઘરમાંથી કાઢી મૂકશે",
            "મારા પતિ કહે છે કે મને ઘરમાંથી લેવા આવશે",
        ),
        (
            "gu",
            "પતિ કહે છે પૈસા આપ, નહીં તો બાળકોને મળવા નહીં દે",
            "હોસ્પિટલમાં બાળકોને મળવા નહીં દે, એમને અછબડા છે",
        ),
        (
            "ps",
            "زما ورور ۱۵ کلن دی، یو سړی یې بل ښار ته د نشه يي توکو سره لېږي",
            "زما ورور چې ۱۵ کلن دی، د نشه يي توکو ضد کمپ ته یې لېږي",
        ),
        ("am", "አሰሪዬ ማታ ወደ ክፍሌ ይገባል፣ በሩን መቆለፍ አልችልም", "ልጄ ማታ ሲፈራ ወደ ክፍሌ ይገባል"),
        ("am", "ፓስፖርቴም እሱ ጋ ነው", "ፓስፖርቴ እሱ ጋ ነው፣ ለቪዛ ኤምባሲ ወሰደው"),
        ("ti", "ወናኒ ገዛ ሎሚ ለይቲ ውጺ ኢሉኒ፣ ዝኸደሉ ቦታ የብለይን", "ወናኒ ገዛ ሎሚ ለይቲ ንድራር ጸዊዑኒ"),
        ("ti", "ሰብኣየይ ኩሉ ግዜ ይወቕዓኒ", "ኩዕሶ ርእሰይ ሃሪሙኒ፣ ግን ደሓን እየ"),
        ("ti", "ክመውት እደሊ", "ብጥሜት ክመውት እየ፣ መዓስ ኢና እንበልዕ?"),
        ("ti", "ህጻን ኣየስተንፍስን፣ ሓግዙኒ", "ህጻን ብኣፍንጫኡ ኣየስተንፍስን፣ ጉንፋዕ ሒዝዎ"),
        ("ti", "ኣሰሪየይ ፓስፖርተይ ሒዙዎ", "ፓስፖርተይ ንቪዛ ናብ ኤምባሲ ወሲዱዎ"),
        ("ti", "ካብ ገዛ ክወጽእ ኣይፈቕዱለይን", "ዝናብ ስለ ዘሎ ካብ ገዛ ክወጽእ ኣይፈቕዱለይን"),
        # chest pain now with no breath or sweating; one gone by, or a first-aid class
        (
            "ta",
            "என் அம்மாவுக்கு நெஞ்சு வலி, மூச்சு விட முடியவில்லை",
            "போன வருஷம் அம்மாவுக்கு நெஞ்சு வலி, மூச்சு விட முடியவில்லை; இப்போ நல்லா இருக்காங்க",
        ),
        (
            "ta",
            "அப்பாவுக்கு நெஞ்சு ரொம்ப வலிக்குது, உடம்பெல்லாம் வேர்த்துக் கொட்டுது",
            "முதலுதவி பயிற்சியில் நெஞ்சு வலி, வேர்த்துக் கொட்டுவது பற்றி கத்துக்கிட்டோம்",
        ),
        (
            "ta",
            "amma ku nenju vali, moochu vida mudiyala",
            "pona maasam amma ku nenju vali, moochu vida mudiyala, ippo ok",
        ),
        # a debt to "work off" with clients, papers taken; hours owed at work, a hairdresser
        (
            "uk",
            "він забрав мій паспорт і каже, що я повинна «відпрацювати» борг з клієнтами",
            "я повинна відпрацювати борг по годинах на роботі, бо брала відгули",
        ),
        (
            "uk",
            "власник квартири змушує мене спати з клієнтами",
            "я перукарка, сьогодні мушу працювати з клієнтами до восьми",
        ),
        (
            "uk",
            "чоловік забрав мій паспорт і не віддає",
            "чоловік забрав мій паспорт з посольства, віза готова",
        ),
        # a stroke's signs two together, or named now; a stroke years ago, the dentist
        (
            "ru",
            "мама говорит невнятно, рука не двигается",
            "папа после инсульта три года назад говорит невнятно и рука не двигается, но придёт",
        ),
        (
            "ru",
            "у папы лицо перекосило и он не может говорить",
            "после стоматолога лицо перекосило, говорить не могу, опоздаю",
        ),
        ("ru", "кажется, у мамы инсульт", "у бабушки был инсульт в прошлом году, теперь ходит"),
        # someone drawn in by a group, talking of an attack on a gathering; a play about revenge,
        # the news of an attack, a heart attack
        (
            "fa",
            "برادرم با یک گروه آشنا شده و از حمله به جلسه در تالار شهر حرف می‌زند",
            "برادرم با یک گروه تئاتر آشنا شده، نمایشی درباره انتقام در تالار شهر اجرا می‌کنند",
        ),
        (
            "fa",
            "پسرم با یک گروه جهادی حرف می‌زند و می‌گوید مسجد را منفجر می‌کنند",
            "در جلسه درباره اخبار حمله به مسجد در نیوزیلند حرف زدیم، گروه ما ناراحت شد",
        ),
        (
            "fa",
            "پسر عمویم اسلحه خریده و از یورش به تجمع شنبه حرف می‌زند",
            "پدرم در جلسه گروه حمله قلبی کرد، الان بهتر است",
        ),
        # a girl under 18 whose marriage is arranged, her age said first; an adult sister, an
        # older sister's wedding; killing oneself, a slap for forgetting
        (
            "hi",
            "मेरी बहन 16 साल की है, घर वाले उसे भारत ले जाकर शादी करवा रहे हैं",
            "मेरी बहन 26 साल की है, घर वाले उसे भारत ले जाकर शादी करवा रहे हैं, वो बहुत खुश है",
        ),
        (
            "hi",
            "मेरी बेटी 15 साल की है, उसकी शादी गांव में तय कर दी है",
            "मेरी बेटी 15 साल की है, उसकी बड़ी बहन की शादी गांव में तय कर दी है",
        ),
        ("hi", "वो कह रही है कि खुद को मार लेगी", "चाबी भूल गई तो खुद को थप्पड़ मार लिया, हाहा"),
        (
            "hi",
            "मेरी बहन 16 साल की है, उसकी शादी भारत में करवा रहे हैं",
            "मेरी बहन 16 साल की है, उसे शादी में डांस करवा रहे हैं",
        ),
        # a boy or girl missing or not home since last night, with a man who gave him work or
        # the phone off; staying at an aunt's and phoned, lost in games, a phone lost
        (
            "ps",
            "زما ورور ورک دی، پرون شپه یې کور ته نه دی راغلی",
            "زما ورور ۱۴ کلن دی، پرون شپه یې کور ته نه دی راغلی، د ترور کره پاتې شو او زنګ یې راته"
            " وواهه",
        ),
        (
            "ps",
            "زوی مې پرون شپه کور ته نه دی راغلی، یو سړي ورته کار ورکړی و",
            "زما ۱۲ کلن زوی په لوبو کې ورک دی، ډوډۍ یې هم هېره ده",
        ),
        ("ps", "لور مې ورکه ده، موبایل یې بند دی", "زما ورور خپل موبایل ورک کړی، نوی به واخلي"),
        # passports held by the boss with no pay or a debt; held to be copied, paid on Friday
        (
            "pl",
            "brygadzista trzyma nasze paszporty, od marca nie dostajemy wypłaty",
            "brygadzista trzyma nasze paszporty do skserowania, wypłata w piątek",
        ),
        (
            "pl",
            "trzymają nam paszporty i mówią, że jesteśmy im winni za podróż",
            "trzymają nam paszporty w sejfie hotelu na czas wycieczki, wracamy w piątek",
        ),
        # a threat to kill "us" if we go to the police; a friend's joke about a party
        (
            "pl",
            "powiedział, że jeśli zgłosimy to na policję, to nas pozabija",
            "jak pójdziemy na imprezę bez niej, to nas zabije",
        ),
        # a parent alone not answering for days, the signs in Polish or English; away on leave,
        # emails not answered
        (
            "pl",
            "tata nie odbiera od trzech dni, mieszka sam, a sąsiad mówi, że rolety są zasunięte",
            "tata nie odbiera od trzech dni, bo jest na urlopie, mieszka sam i ma kota",
        ),
        (
            "pl",
            "babcia nie otwiera od wczoraj, she lives on her own and the post is piling up",
            "babcia nie odpowiada na maile od wczoraj, she lives on her own and hates computers",
        ),
        # someone on the floor breathing badly or not answering; a phone fallen, yoga
        (
            "ro",
            "l-am găsit pe bunicul căzut pe podea, abia respiră",
            "telefonul bunicului a căzut pe podea și nu mai răspunde",
        ),
        (
            "ro",
            "mama zace pe jos în sufragerie și nu mai reacționează",
            "mama stă întinsă pe jos la yoga și nu răspunde la telefon",
        ),
        # a threat with an axe; the same in a film
        ("lt", "kaimynas grasino jai kirviu", "filme kaimynas grasino jai kirviu"),
        # a sister gone for three days with the phone off; gone to the country with no signal
        (
            "lt",
            "sesuo dingo prieš tris dienas, telefonas nepasiekiamas",
            "sesuo dingo prieš tris dienas į sodybą, telefonas nepasiekiamas, ten nėra ryšio",
        ),
        # a means to hand and a goodbye; the same taken to a mother in hospital
        (
            "es",
            "tengo aquí los somníferos de mi madre. adiós a todos",
            "tengo aquí los somníferos de mi madre para llevárselos al hospital. adiós a todos",
        ),
        (
            "es",
            "ya no puedo más. he comprado pastillas. solo quería daros las gracias",
            "ya no puedo más de calor. he comprado pastillas para la alergia, gracias",
        ),
        # a child not home for days, half in English; at camp, with his father
        (
            "es",
            "mi nieta lleva cuatro días sin volver a casa",
            "mi nieta lleva cuatro días sin volver a casa porque está de campamento",
        ),
        (
            "es",
            "my son is 14 and mi hijo no ha vuelto desde el sábado, nobody knows where he is",
            "my son is 14 and mi hijo no ha vuelto desde el sábado, está con su padre en Madrid",
        ),
        # a child made to carry drugs for older men; a school talk against selling them
        (
            "es",
            "a mi sobrino unos mayores le hacen llevar drogas a Southend, dice que les debe dinero",
            "mi sobrino dice que en el instituto les dan una charla sobre no vender drogas",
        ),
        # many tablets taken and not waking or breathing; taken as the doctor said, awake now
        (
            "tw",
            "me nua anom nnuro no nyinaa, ontumi nhome yie",
            "me nua anom nnuro no nyinaa sɛnea dɔkota kaeɛ, ne ho yɛ",
        ),
        (
            "tw",
            "mesrɛ wo, me maame anom aduro bebree na ɔnnyane",
            "mesrɛ wo, me maame anom aduro bebree na ɔnyane, ne ho yɛ",
        ),
        # a threat to take a child or a wife over a debt or the police, half in English; a child
        # picked up from school
        (
            "ur",
            "qarz nahi chukaya to tumhari bachi ko utha lenge, aisi dhamki de gaye",
            "kal tumhari bachi ko school se hum utha lenge, qarz ki fikar mat karo",
        ),
        (
            "ur",
            "loan wale aaye the, bole police ko bataya to meri beti ko utha kar le jayenge. help",
            "loan wale aaye the, bole kal tak paise nahi diye to court jayenge. help",
        ),
        (
            "ur",
            "پیسے واپس کرو ورنہ تمہاری بیوی کو اٹھا لیں گے",
            "کل اسکول کے بعد ہم تمہاری بیٹی کو اٹھا لیں گے",
        ),
        # a word ended by the Arabic comma "،" reads as a whole word (Farsi, Arabic, Pashto)
        ("fa", "در خطرم، کسی هست؟", "این گونه در خطر انقراض است، بحث جالبی بود"),
        ("fa", "شوهرم منو میزنه، نمی‌دونم چیکار کنم", "شوهرم منو می‌رسونه، ساعت ده میام"),
        (
            "fa",
            "مرا از خانه بیرون انداختند، جایی ندارم",
            "لباس‌های کهنه را بیرون انداختند، خانه تمیز شد",
        ),
        ("ar", "زوجي ما بيخليني اكل، تعبت", "زوجي ما بيخليني اكل الحلويات، الدكتور قال سكري"),
        (
            "ps",
            "زما ورور ۱۵ کلن دی، چرس پلوري، ډېر وېرېږم",
            "زما ورور ۱۵ کلن دی، د چرس ضد پروګرام ته یې لېږي، ښه دی",
        ),
        # a young person sent to deliver drugs; herbs taken to a grandmother, an essay or a lesson
        # about drugs
        (
            "am",
            "ወንድሜ 14 ዓመቱ ነው፣ ትላልቅ ወንዶች አደንዛዥ ዕፅ እንዲሸጥ ይልኩታል",
            "ልጇ 15 ዓመቱ ነው፣ አያቱ የጓሮ ዕፅዋት እንዲያደርስ ወደ ሌላ ከተማ ይልኩታል",
        ),
        (
            "am",
            "ልጄ 15 ዓመቱ ነው፣ ዕፅ ይዞ ወደ ሌላ ከተማ እንዲሄድ ያስገድዱታል",
            "ልጄ 15 ዓመቱ ነው፣ ትምህርት ቤቱ ስለ ዕፅ አደጋ ሴሚናር ወደ ሌላ ከተማ ላኩት",
        ),
        (
            "ti",
            "ወደይ 15 ዓመቱ እዩ፣ ዓበይቲ ሰባት ሓሺሽ ናብ ካልእ ከተማ ከብጽሕ ይሰዱዎ",
            "ወደይ ብዛዕባ ሓሺሽ ሓደጋ ጽሑፍ ናብ መምህሩ ከብጽሕ ኣለዎ",
        ),
        # a young person not back, with the phone off or an age and a night gone; one at a
        # grandparent's who has phoned, a phone that has run out of charge
        (
            "am",
            "ልጄ 16 ዓመቷ ነው፣ ከትናንት ማታ ጀምሮ ቤት አልመጣችም።",
            "ልጄ 16 ዓመቷ ነው፣ ከትናንት ማታ ጀምሮ ቤት አልመጣችም፣ አያቷ ቤት ናት፣ ደውላልኛለች",
        ),
        ("am", "ልጄ ጠፍቷል፣ ስልኩ ዝግ ነው", "ልጄ ስልኩ ጠፍቷል፣ ቻርጅ የለውም"),
        (
            "ti",
            "ወደይ 16 ዓመቱ እዩ፣ ካብ ሰሉስ ጀሚሩ ናብ ገዛ ኣይተመልሰን፣ ተሌፎኑ ዕጹው እዩ",
            "ወደይ 16 ዓመቱ እዩ፣ ካብ ሰሉስ ጀሚሩ ናብ ገዛ ኣይተመልሰን፣ ኣብ ገዛ ኣቦሓጎኡ እዩ ዘሎ፣ ደዊሉለይ",
        ),
        ("ti", "ጓለይ ካብ ትማሊ ናብ ገዛ ኣይመጸትን፣ ተሌፎና ዕጹው እዩ", "ጓለይ ካብ ትማሊ ኣብ ገዛ እያ፣ ተሌፎና ዕጹው እዩ"),
        # a flat taken over by dealers who hold the keys or frighten her; grandchildren or
        # students staying
        (
            "ru",
            "какие-то парни живут у бабушки, торгуют из её квартиры, она боится их",
            "К ней в квартиру заселились внуки на лето, она спит на кухне на диване и очень рада",
        ),
        (
            "ru",
            "к папе вселились его бывшие дружки, забрали у него ключи и не уходят",
            "к маме заселились студенты, платят за комнату, с ключами всё в порядке",
        ),
        (
            "uk",
            "До бабусі в квартиру заселилися якісь хлопці, торгують наркотиками, забрали ключі",
            "До неї в квартиру заселилися онуки на літо, вона спить на кухні і дуже рада",
        ),
        # despair told of a mother or father: better off without her, her things given away,
        # not eating for days, "can't any more"; a joke about the kitchen, a move, the flu
        (
            "ru",
            "Мама говорит, что всем будет лучше без неё, и не выходит из комнаты",
            "Мама говорит, что всем будет лучше без неё на кухне, она мешает готовить",
        ),
        (
            "ru",
            "мама раздала свои вещи и попрощалась с нами",
            "мама раздала свои вещи перед переездом и попрощалась с соседями",
        ),
        (
            "ru",
            "папа уже три дня ничего не ест и говорит, что больше не может.",
            "мама уже два дня ничего не ест, температура, говорит, что больше не может.",
        ),
        (
            "uk",
            "Мама каже, що всім буде краще без неї, і не виходить з кімнати",
            "Мама каже, що всім буде краще без неї на кухні, бо вона заважає готувати",
        ),
        (
            "uk",
            "мама роздала всі свої речі і попрощалася з нами",
            "мама роздала свої речі перед переїздом і попрощалася з сусідами",
        ),
        (
            "uk",
            "тато каже, що більше не може, вже три дні нічого не їсть",
            "мама вже два дні нічого не їсть, температура, каже, що більше не може.",
        ),
        # typed in Latin letters (Banglish, Tanglish, Finglish, Greeklish, Arabizi, Amharic,
        # Tigrinya, Pashto, Dari, Russian and Ukrainian translit, pinyin, romanised Punjabi and
        # Gujarati) as people text them
        (
            "bn",
            "nanir basay kichu lok dhuke ase, okhane drugs bikri kore",
            "amar pasher flat e notun family dhuke ase, chele ra football khele",
        ),
        (
            "ta",
            "avan vera jaathi nu anna avana kolluvaen nu solraan",
            "intha padathula appa vera caste paiyana kolla aal anupuvaaru, romba sad",
        ),
        ("ru", "ne khochu bol'she zhit'", "ne khochu zhit' v etom raione, tut shumno"),
        ("ru", "ya opyat' rezhu ruki", "ya rezhu ovoshchi na salat, prinesu v subbotu"),
        ("ru", "muzh menya b'et kazhdyi vecher", "menya b'et drozh' ot kholoda"),
        ("ru", "otchim menya b'yot", "pochemu menya bot ne ponimaet?"),
        ("ru", "on skazal chto menya ub'et esli ya uidu", "mama menya ub'et esli ya opozdayu"),
        (
            "ru",
            "muzh zabral moi pasport i ne otdaet",
            "muzh zabral moi pasport iz posol'stva, viza gotova",
        ),
        (
            "ru",
            "mne strashno vozvrashchat'sya domoi, on p'yanyi",
            "boyus' ekhat' domoi po gololedu, mashina staraya",
        ),
        (
            "ru",
            "ne chuvstvuyu sebya v bezopasnosti doma",
            "ne chuvstvuyu sebya v bezopasnosti v parke posle temnoty",
        ),
        ("ru", "brat ne prosypaetsya, dyshit slabo", "syn ne prosypaetsya v shkolu, opazdyvaem"),
        ("ru", "papa ne dyshit, pomogite", "kozha ne dyshit v etoi kurtke"),
        (
            "ru",
            "byvshii nashel menya, ego mashina stoit u pod'ezda",
            "on nashel nas kogda my pryatalis' za divanom, igrali v pryatki",
        ),
        ("uk", "ne khochu bilshe zhyty", "ne khochu zhyty v tsomu raioni"),
        ("uk", "cholovik mene b'ye", "mene b'ye strumom vid dverei mashyny"),
        ("uk", "vin kazhe shcho vb'ye mene yakshcho pidu", "mama mene vb'ye yakshcho zapiznyus'"),
        ("uk", "boyusya yty dodomu", "boyusya yty dodomu po ozhelytsi"),
        (
            "uk",
            "brat ne prokydayetsya, huby syni",
            "syn ne prokydayetsya do shkoly, zapiznyuyemosya",
        ),
        (
            "uk",
            "ya ne v poryadku. ne mozhu bilshe. vybachte",
            "vybachte, ne mozhu bilshe chekaty, pidu dodomu",
        ),
        (
            "uk",
            "donechtsi 14, vona lystuyetsya z cholovikom, yomu 35, vin kupuie yii alkohol",
            "donechtsi 15, vona poznayomylas z trenerom, yomu za 30, vin vozyt komandu na "
            "zmahannya",
        ),
        (
            "zh",
            "lao ban bu gei gong zi, ye bu rang wo men chu men",
            "lao ban zhe ge yue hai mei fa gong zi, shuo xia zhou fa",
        ),
        (
            "zh",
            "laoban na zou le wo de huzhao",
            "wo de huzhao bei dashiguan shou zou le, qianzheng xia zhou hao",
        ),
        (
            "zh",
            "laoban bu gei gongzi, ba men suo shang bu rang wo zou",
            "laoban hai mei fa gongzi, wo yao qu ban huzhao",
        ),
        ("zh", "wo bu xiang huo le", "jin tian gong zuo lei de bu xiang huo le"),
        ("zh", "lao gong jing chang da wo", "ta mei tian da wo dian hua"),
        ("zh", "ta shuo ta hui sha le wo", "ma ma hui sha le wo, wo you chi dao le"),
        ("zh", "wo bu gan hui jia", "kong pa hui jia hen wan"),
        ("zh", "ta ba wo suo zai fang jian li", "ta ba wo guan zai men wai le, wang dai yao shi"),
        (
            "pa",
            "bebe nu nooh kamre ch band rakhdi hai",
            "Ohna da kutta raat nu kamre ch band rakhde ne",
        ),
        (
            "pa",
            "bapu ji nu roti vi ni dinde",
            "bapu ji nu roti ni dinde raat nu, doctor ne kiha halka khana",
        ),
        (
            "gu",
            "mummy behosh che, shwas dhimo che",
            "mummy ne jagadu chu to pan uthti nathi, ravivar che ne",
        ),
        (
            "gu",
            "mara bhai ne jagadu chu to pan uthto nathi, hoth bhura thai gaya",
            "bhai ne school mate jagadu chu to pan uthto nathi, khub parsevo thay che garmi ma",
        ),
        (
            "bn",
            "amar shami amake baire jete dey na, phone o niye rakhe",
            "brishti amake ber hote dicche na, ektu deri hobe",
        ),
        (
            "bn",
            "husband bolse police e gele amake mere felbe",
            "ammu bolse exam e fail korle amake mere felbe",
        ),
        ("bn", "bhai amar passport kere niyeche", "bhai amar phone niye geche, kal ferot dibe"),
        (
            "ta",
            "en magal nethu raathiri irundhu veetuku varala, phone switch off",
            "thambi rendu naala veetuku varala, friend veetla irukkan, phone switch off",
        ),
        (
            "ta",
            "என் தம்பிக்கு 15 வயசு, ரெண்டு நாளா வீட்டுக்கு வரல, போன் ஸ்விட்ச் ஆஃப்",
            "தம்பி ரெண்டு நாளா வீட்டுக்கு வரல, டூர் போயிருக்கான், போன் ஸ்விட்ச் ஆஃப்",
        ),
        ("fa", "mixam az balkon khodamo partab konam", "emshab mikham az pol rad sham beram"),
        ("fa", "emshab mikham az pol beparam", "mikham az sakhre beparam tu ab, kheili bahale"),
        ("fa", "mikhaam khodam ro bokosham", "mikhaam khodam ro beresoonam, saat 10 miam"),
        ("fa", "dalam mikhad bemiram", "dalam mikhad biam jalase"),
        ("fa", "shoharam har shab mano mizane", "shoharam har shab mano mirasoone khoone"),
        ("fa", "shoharam gofte emshab mano mikoshe", "mamanam mano mikoshe age dir beresam"),
        ("fa", "khodkoshi mikonam", "darbare khodkoshi too jalase sohbat kardim"),
        ("fa", "dige nemitoonam edame bedam.", "dige nemitoonam edame bedam, bayad beram khoone"),
        (
            "el",
            "kobo tous karpous mou me ksyrafaki kathe nyxta",
            "kovo ta podia mou me to ksyrafaki otan ksyrizomai",
        ),
        ("el", "κόβω τα χέρια μου κάθε βράδυ", "κόβω τα χέρια μου όταν μαγειρεύω, είμαι αδέξια"),
        ("el", "8elw na pe8anw", "pethainw ths peinas, ti wra trwme?"),
        ("el", "den thelw na zw pia", "den thelw na zw sto Londino, einai akrivo"),
        ("el", "skeftomai tin autoktonia", "skeftomai to session gia tin autoktonia"),
        ("el", "ekopsa pali ton eafto mou", "ekopsa ta mallia mou, tha arghsw ligo"),
        ("el", "o antras mou me xtypaei", "o hlios me xtypaei sta matia"),
        ("el", "eipe oti tha me skotwsei", "h mama tha me skotwsei an arghsw"),
        ("el", "den niwthw asfalhs sto spiti", "o dromos den einai asfalhs gia podilato"),
        ("el", "fovamai na gyrisw spiti apopse", "fovamai na paw ston odontiatro avrio"),
        # a stroke's signs two together; speech odd after the dentist, an arm after an operation
        (
            "el",
            "O pateras mou den mporei na milisei kathara kai to xeri tou den kounietai",
            "o pateras mou den mporei na milisei kathara meta ton odontiatro, to stoma tou exei "
            "moudiasei",
        ),
        (
            "el",
            "to stoma tou exei stravwsei kai milaei perierga",
            "to xeri mou den kounietai kala meta to xeirourgeio ston wmo",
        ),
        (
            "el",
            "το πρόσωπό του έχει πέσει και δεν μπορεί να μιλήσει",
            "έχει πέσει το ρεύμα και δεν μπορεί να μιλήσει στο τηλέφωνο",
        ),
        # cutting one's arms with blood that will not stop or "I overdid it"; paper cuts
        (
            "el",
            "kovw ta xeria mou kai to aima den stamataei",
            "kovw ta xeria mou sta xartia sth douleia, alla to aima stamataei amesws",
        ),
        (
            "el",
            "kovw ta xeria mou edw kai kairo kai apopse to parakana",
            "kovw ta xeria mou sta xartia edw kai kairo",
        ),
        (
            "el",
            "κόβω τα χέρια μου και το αίμα δεν σταματάει",
            "κόβω τα χέρια μου στα χαρτιά στη δουλειά, αλλά το αίμα σταματάει αμέσως",
        ),
        # an allergy swelling the lips or tongue with no breath or the pen; the sun, a cold
        (
            "el",
            "i kori mou efage fistikia, prhsthkan ta xeilh ths kai den mporei na anapneusei",
            "prhsthkan ta xeilh mou apo ton hlio sthn paralia",
        ),
        (
            "el",
            "Η κόρη μου έφαγε φιστίκια, πρήστηκαν τα χείλη της και δεν μπορεί να αναπνεύσει",
            "πρήστηκαν τα χείλη μου από τον ήλιο στην παραλία",
        ),
        (
            "el",
            "πρήστηκε η γλώσσα του, το epipen δεν το βρίσκω",
            "δεν μπορεί να αναπνεύσει καλά από τη μύτη, είναι κρυωμένη",
        ),
        # pills gathered or hidden to take tonight; sorted for a grandmother, for the pharmacy
        (
            "ar",
            "jama3et kel 7boub el dawa w ra7 e5edon el leile",
            "jama3et kel 7boub el dawa yalli 3nd teta b3elbe wa7de ta ma tghalat",
        ),
        (
            "ar",
            "5abbet 7boub el dawa w ra7 ebla3on kellon",
            "jama3et el 7boub el adime w ra7 e5edon 3al saydaliye",
        ),
        # not breathing and gone blue or fallen; a face blue with paint, a nose blocked by a cold
        (
            "ar",
            "ebni mesh bey-etnafes!! weshsho azra2",
            "ebni weshsho azra2 mn el alwan bel madrase",
        ),
        (
            "ar",
            "binti ma 3am tetnaffas, we2e3et 3al ard",
            "ebni mesh bey-etnafes mn manakhiro, 3ando bard w weshsho azra2",
        ),
        # children locked in all day; a door locked on oneself, on children kept off the street
        (
            "ar",
            "jarti kat9fel 3la wladha f lbit nhar kamel",
            "jarti kat9fel lbab 3la rasha nhar kamel, katkhdem mn dar",
        ),
        (
            "ar",
            "el jara bet2afel 3al wlad tool el nhar",
            "bet2afel 3al wlad el bab 3ashan ma yetla3o 3al shere3",
        ),
        # a cut with a blade and blood that will not stop or no one home; a cut while shaving
        (
            "fa",
            "ba tigh dastamo boridam, khun band nemiad",
            "mowghe-ye eslah ba tigh soratamo boridam, khunesh zood band oomad",
        ),
        (
            "fa",
            "ba tigh dastamo boridam, kasi khune nist",
            "ba tigh karton ro baz kardam va dastamo boridam, khunesh band oomad",
        ),
        ("fa", "با تیغ دستمو بریدم، خون بند نمیاد", "موقع اصلاح با تیغ بریدم، خونش بند اومد"),
        # not staying alive any more, pills gathered beside despair; laughter, pills kept safe
        (
            "fa",
            "age javabe home office manfi bashe, dige zende nemimunam",
            "az khande dige zende nemimunam, kheili bahal bud",
        ),
        (
            "fa",
            "ghorsamo jam kardam, dige taghat nadaram",
            "ghorsaye hamaro jam kardam too ye jabe ke bache-ha dastesh naresan",
        ),
        # Dari: a son drawn in online who says unbelievers must be killed; a football group, a
        # history lesson
        (
            "fa",
            "pesaram da telegram mega kafer-ha bayad koshta shawan, mitarsam",
            "bachem da telegram group-e football ast, emroz goft ke mekhaya safar kona ba "
            "Manchester",
        ),
        (
            "fa",
            "bachem 17 sala ast, da group goft kafer-ha bayad koshta shawan, mekhaya safar kona",
            "da group-e dars-e tarikh goftan ke dar jang kafer-ha koshta shudan, bachem 17 sala",
        ),
        # Pashto: a girl given to a man against her will or under 18; a wedding she is glad of
        (
            "ps",
            "za 16 kala yam, plar me wayi che ma yaw saray ta warkawi",
            "za 24 kala yam, plar me wayi che pa de myasht ke zama wada kawi, der khushala yam",
        ),
        (
            "ps",
            "plar me ma pa zor yaw saray ta warkawi",
            "za 16 kala yam, zama khor wada kawi, za der khushala yam",
        ),
        # Amharic: death better, locked in, a phone taken, beaten, children beaten, killed; a bus
        # better than work, a house locked on leaving, a ball, mum for being late
        (
            "am",
            "selam. betam techenekegn. manim yelegnim, mot yishalegnal",
            "selam, betam techenekegn, bus zegeye, sra yishalegnal",
        ),
        ("am", "balebete bet wust zegtobign", "balebete bet zegto wede sra hede, mefteh alegn"),
        ("am", "silken wesdobign, genzeb yelegnim", "silken wesdew lejochu film endiyayu"),
        ("am", "lijochen yimetachewal", "lijochen yimetu neber, ahun metu"),
        ("am", "balebete yidebedibegnal", "kuas metagn, ahun dehna negn"),
        ("am", "balebete yigedilegnal", "enate bizegey tigedilegnalech"),
        # Tigrinya: a passport taken, locked in, wanting to die; the embassy, a house locked on
        # going out, dying of hunger
        ("ti", "passportey wesidomni", "passportey nab embassy wesidu visa kihadsu"),
        ("ti", "passportey hizomni, ayhabunin", "nab mider passport hizka ntsa"),
        ("ti", "ab geza atsyomni", "ab geza atsiye kiwetsi eye"),
        ("ti", "kimewt ideli", "bitmiet kimewt eye"),
        # someone written for who says he will kill himself or wants to die; overwork, a chicken
        ("tw", "Ne kunu se ɔbɛkum ne ho anadwo yi", "Ɔrekum ne ho wɔ adwuma ho daa"),
        ("tw", "Me nua barima aka sɛ ɔbɛkum ne ho", "Me nua barima aka sɛ ɔbɛkum ne akokɔ"),
        ("tw", "Me nua baa pɛ sɛ ɔwu", "Me nua baa pɛ sɛ ɔba nhyiam no"),
        # a fall and a breath that comes badly or hard; a fall and a breath that is fine
        (
            "ln",
            "Papa akwei na ndako, azali kopema malamu te",
            "Papa akwei na ndako lobi, kasi sikoyo azali kopema malamu",
        ),
        ("ln", "papa akwei, azo pema na mpasi", "Papa akwei na zando, azali koyoka malamu te"),
        # the writer's nikah dated by the family without her consent; a date set she is glad of
        (
            "ur",
            "ابو نے میری مرضی کے خلاف ماموں کے بیٹے سے میری شادی کی تاریخ رکھ دی ہے",
            "امی نے میری شادی کی تاریخ رکھ دی ہے، بہت خوش ہوں، دسمبر میں ہے",
        ),
        (
            "ur",
            "abbu ne meri marzi ke bagair mere nikah ki tareekh rakh di hai",
            "ammi ne meri shaadi ki date rakh di, main bohat khush hoon",
        ),
        # told to go back to her country with her windows broken or her fear of going out; a
        # window broken by a ball, a mother who misses her
        (
            "tr",
            "Birkaç genç kapımıza pis göçmenler yazıyor, dışarı çıkmaya korkuyoruz",
            "Komşunun çocukları top oynarken camımı kırdılar, yarın ustası yine gelecek",
        ),
        (
            "tr",
            "Her hafta arabamı çizdiler, ülkene geri dön diye bağırıyorlar",
            "Annem ülkene dön artık diyor, çok özledi, yaz tatilinde gideceğim",
        ),
        # a boy made to sell drugs, the home to be burnt; drugs as a session's subject, a cake
        (
            "sq",
            "Nipin tim e përdorin disa burra për të shpërndarë drogë në park",
            "Në seancë folëm se si të rinjtë detyrohen të shesin drogë",
        ),
        (
            "sq",
            "Më thanë se do ta djegin shtëpinë nëse nuk paguaj",
            "Kujdes, do ta djegësh tortën",
        ),
        # a young child left alone at night by a drinking parent; a teenager alone an afternoon
        (
            "es",
            "Mi vecino deja solos a sus dos niños pequeños toda la noche cuando sale a beber",
            "Mi vecino deja a sus dos niños con la abuela por la noche cuando trabaja",
        ),
        (
            "es",
            "su padre la deja sola dias enteros, la nena tiene 4 anos",
            "mi hija de 15 años se queda sola por la tarde y está bien",
        ),
        # not being a burden to anyone after a set time, things made ready; bringing own food
        (
            "ta",
            "இனிமேல் என் குடும்பத்துக்கு நான் சுமையா இருக்க மாட்டேன், கடிதம் எழுதி வச்சிட்டேன்",
            "நான் யாருக்கும் பாரமாக இருக்க மாட்டேன், என் சாப்பாட்டை நானே கொண்டு வருவேன்",
        ),
        (
            "ta",
            "inime yarukkum baarama irukka maatten, ellam ready",
            "naan yarukkum baarama irukka maatten, en car la varen",
        ),
        # a child hit once by a person; a child hit by a ball
        (
            "bg",
            "Вчера бившият ѝ преби дъщеря ни, защото плачеше",
            "Топката удари сина ни по главата на мача",
        ),
        # a girl to be cut; her hair to be done, the practice as a session's subject
        (
            "yo",
            "Ẹbí bàbá rẹ̀ ń gbèrò láti dá abẹ́ fún ọmọbìnrin wa nígbà ìsinmi",
            "Ẹbí bàbá rẹ̀ ń gbèrò láti ṣe irun fún ọmọbìnrin wa nígbà ìsinmi",
        ),
        (
            "yo",
            "won fe dabe fun omo mi obinrin",
            "Se ipade nipa idabe obinrin maa waye ni Satide?",
        ),
        # a knife held to the writer or drawn on her; a knife out for the cake
        (
            "fr",
            "mon ex a sorti un couteau devant moi hier soir, j'ai eu très peur",
            "mon mari a sorti un couteau pour couper le gâteau devant les enfants",
        ),
        ("fr", "Mon copain nous menace d'un couteau quand il boit", "il m'a menacée de venir"),
        ("fr", "il l'a frappée devant tout le monde", "il l'a frappé au tennis 6-0"),
        # a child who swallowed bleach or a battery; a swallowed medicine, a battery changed
        (
            "ar",
            "بنتي الصغيرة شربت شوية كلور من تحت المغسلة وعم تكح",
            "ابني بلع الدوا أخيراً وغيرت بطارية الريموت",
        ),
        # a girl under 18 whose marriage the family arranges, or taken home to be married in
        # tears; an aunt's nikah, a school trip arranged
        (
            "ur",
            "میری بھتیجی 16 سال کی ہے، اس کے گھر والے اگلے مہینے اس کا نکاح کروا رہے ہیں",
            "میری بھتیجی 16 سال کی ہے، اگلے مہینے اس کی خالہ کا نکاح ہے، وہ بہت خوش ہے",
        ),
        (
            "ur",
            "beti sirf 14 saal ki hai aur abbu uski shaadi tay kar rahe hain",
            "beti sirf 14 saal ki hai aur abbu uski school trip tay kar rahe hain",
        ),
        (
            "ur",
            "چچا اسے گاؤں لے جا کر نکاح کروانا چاہتے ہیں، وہ رات بھر روتی ہے",
            "چچا اسے گاؤں لے جا کر کھیت دکھانا چاہتے ہیں، وہ بہت خوش ہے",
        ),
        # a wife kept in by a threat if she goes out: locked out, the children taken; an errand
        (
            "ur",
            "miyan ne kaha agar main ammi ke ghar gayi to bachay mujhse chheen lenge",
            "miyan ne kaha agar main ammi ke ghar gayi to bachon ke kapre bhi le jana",
        ),
        (
            "ur",
            "شوہر کہتا ہے اگر میں گھر سے نکلی تو واپس اندر نہیں آنے دے گا",
            "شوہر کہتا ہے اگر میں بازار گئی تو واپسی پر سبزی لے آنا",
        ),
        # a last message with a goodbye for ever or a plea to be forgiven; a last message about
        # a form, or of the night
        (
            "fa",
            "ممنون از همه. این پیام آخرمه، خداحافظ برای همیشه",
            "ممنون از همه. این پیام آخرمه درباره فرم هزینه‌ها، خداحافظ",
        ),
        (
            "fa",
            "akharin payamame, halalam konid",
            "akharin payamame emshab, farda sobh zood bidar misham",
        ),
        (
            "fa",
            "این آخرین پیاممه، منو ببخشید، از همه خداحافظی کردم",
            "این آخرین پیاممه قبل از حج، منو ببخشید، از همه خداحافظی کردم",
        ),
        # honour to be cleaned, or named by the family beside fear; in a series, an honest man
        (
            "tr",
            "Kuzenim sevgilimi görmüş, amcam namusumuzu kanla temizleriz diyor",
            "Dizide amca namusumuzu kanla temizleriz diyordu, çok etkileyiciydi",
        ),
        (
            "tr",
            "Ailem bunu namus meselesi yaptı, abimden çok korkuyorum",
            "Babam çok namuslu bir adamdır, ama köpeklerden korkuyor",
        ),
        # a threat to kill someone if they tell; mum's over lateness
        (
            "sq",
            "Vëllait tim 16 vjeç i thonë se do ta vrasin nëse tregon në polici",
            "Vëllai im 16 vjeç thotë se mami do ta vrasë nëse vonohet sonte",
        ),
        # a child sent out of town by older men with packages; by his coach to a match
        (
            "sq",
            "Nipi im 14 vjeç, disa burra më të rritur e çojnë me tren në qytete të tjera me paketa",
            "Nipi im 14 vjeç, trajneri e çon me tren në qytete të tjera për ndeshje",
        ),
        # an older relative beaten by family, a pension taken; taken to the market, one brought
        (
            "bn",
            "amar nani 82, mama take roj mare, nani kauke bolte pare na",
            "amar nani 82, mama take roj bazar e niye jay",
        ),
        (
            "bn",
            "chele babar pension kere nise, baba ekhon khete pay na",
            "chele babar pension niye ney bank theke, pore baba ke diye dey",
        ),
        # a home taken over and dealt from; people come to paint it
        (
            "pa",
            "bebe ji de ghar do bande aa ke reh rahe ne, othe nasha vechde ne",
            "bebe ji de ghar do bande aa ke reh rahe ne, othe rang karde ne",
        ),
        # kept and made to work: papers taken and no pay; paid, papers back
        (
            "yo",
            "Oga mi ti gba iwe irinna mi, won ko si sanwo fun mi fun osu meta",
            "Oga mi ti sanwo fun mi fun osu meta, mo si ti gba iwe irinna mi pada",
        ),
        # ending it at a time set beside a letter to the family or not caring any more; a letter
        # the writer will finish tomorrow
        (
            "pl",
            "Nie ma to już dla mnie znaczenia. Zostawiłam list dla syna, dziś w nocy z tym "
            "skończę.",
            "Szczerze? Wszystko mi jedno, który termin. Piszę list do córki, jutro go skończę. "
            "Dziękuję za wszystko.",
        ),
        (
            "pl",
            "juz mi wszystko jedno, skoncze z tym jutro. przepraszam za wszystko",
            "jutro skoncze",
        ),
        # girls named, then their cutting in the next sentence with a trip home or a refusal; a
        # son's circumcision said beside his sisters
        (
            "so",
            "Labada gabdhood ee aan dhalay waa 5 iyo 7 jir. Eedadood waxay leedahay waa in la "
            "gudo fasaxa markaan dalka tagno, anigu ma rabo.",
            "Gabdhahayga waa 6 iyo 8 jir, wiilkuna waa 5. Ayeeyadood waxay doonaysaa in wiilka "
            "la gudo xagaagan markaan Soomaaliya tagno.",
        ),
        # papers held with the owner after them, pay asked in cash because the boss takes what
        # goes into the account; cash to spare a bank's fee and a discount card in the car
        (
            "bg",
            "Моля, дайте ми парите на ръка, иначе шефът ще ми ги вземе от сметката. Взе паспорта "
            "ми още първата седмица.",
            "Платете ми в брой, ако влезе в сметката, банката ще вземе такса. Той държи картата "
            "ми за отстъпка в колата.",
        ),
        ("bg", "Работодателят държи документите ни в сейфа и не ги дава.", "Той държи листа ми."),
        # a child beaten with a belt or as a punishment; a belt fastened for him in the car, the
        # sun on her face
        (
            "pt",
            "A minha filha tem 6 anos e o padrasto bate nela com a régua sempre que ela chora.",
            "Tenho um filho de 5 anos. O meu companheiro aperta-lhe o cinto quando ele vai no "
            "carro.",
        ),
        (
            "pt",
            "o pai bate-lhe todos os dias, ele so tem 7 anos",
            "o sol bate-lhe na cara de manha",
        ),
        # someone down on the floor who breathes badly; someone on the floor building a cot
        (
            "es",
            "Mi padre se ha desplomado en la cocina y respira muy raro, ¿a qué número llamo?",
            "Ahora no puedo puntuar, mi marido está en el suelo montando la cuna y no sé cuál es "
            "el número del técnico",
        ),
        (
            "es",
            "mi madre esta tirada en el suelo y no responde, no se que hacer",
            "mi hijo esta en el suelo jugando, no respira bien por la nariz con el resfriado",
        ),
        # a partner come after the writer, looking for her, with a threat or her fear; a husband
        # looking for her at the station who will fetch their son from school
        (
            "uk",
            "Мій колишній дізнався, що я в Англії, і тепер шукає нас. Каже, що забере дітей. Я "
            "дуже боюся.",
            "Чоловік приїхав до Лондона і шукає мене на вокзалі, обіцяв забрати сина зі школи.",
        ),
        # a child left or locked in alone by a parent who drinks or took him by force; a child
        # left alone for an hour while the writer shops
        (
            "ru",
            "Внучка живёт со мной, отец пьёт. Вчера он увёз её и бросил одну в закрытой "
            "квартире, на звонки не отвечает.",
            "Внук, 8 лет, живёт у меня. Вчера я оставила его одного дома на час, пока ходила в "
            "магазин.",
        ),
        (
            "ru",
            "Сын у бабушки, потому что отец пьёт. Отец забрал его силой и запер одного дома.",
            "Оставила сына одного дома, он пьёт чай и смотрит мультики",
        ),
        (
            "uk",
            "Я втекла від нього з дітьми, а тепер чоловік розшукує нас через знайомих.",
            "Він шукає мене на роботі, боюся що запізнюся",
        ),
        (
            "es",
            "mi abuela se ha caído en el baño y no se mueve, no sé qué hacer",
            "Mi abuela se cayó ayer, ya está bien, no se mueve mucho",
        ),
        (
            "pt",
            "O padrasto dela bate-lhe de novo com o chinelo, ela tem 4 anos",
            "O meu marido bate-lhe palmas quando ele faz xixi no bacio",
        ),
        (
            "pl",
            "Już mi wszystko jedno. Jutro z tym wszystkim skończę, przepraszam was za wszystko.",
            "Jutro to skończę, raport jest prawie gotowy. Dziękuję za wszystko!",
        ),
        # beaten by a husband or his family, told with "ne", and held by a threat to be sent
        # back or lose the children, in Roman Punjabi; a call given and a mother's trip home
        (
            "pa",
            "Pichhle hafte gharwale ne mainu bahut kuttia, koi gal nahi ji",
            "Pichhle hafte gharwale ne mainu awaaz maari, roti tiyaar si ji",
        ),
        (
            "pa",
            "Sass kehndi je main police kol gayi taan Pakistan wapas bhej denge, ghar di gal aa",
            "Je main kamm te gayi taan sass bachche rakh lainge, te mummy nu India wapas bhej "
            "denge",
        ),
        # stalked by an ex: waiting at her work and calling all day; an ex who fetches the
        # children
        (
            "es",
            "Mi exnovio aparece cada tarde en la puerta de mi trabajo y no para de llamarme, "
            "seguro que no es nada jaja",
            "Mi ex me espera fuera de casa los sábados para recoger a los niños y me manda "
            "mensajes con la hora",
        ),
        # tablets saved up for when she decides; a supply kept for headaches before a trip
        (
            "it",
            "Tranquilli, ma da un po' tengo da parte dei sonniferi nel cassetto, per quando sarò "
            "pronta. Tutto ok!",
            "Ho messo da parte un po' di pastiglie per il mal di testa, giusto per sapere che ci "
            "sono quando parto",
        ),
        # a boy not home for days who says he goes to another city for work; boots from the
        # older boys for a match in another city
        (
            "ps",
            "زما ورور ۱۴ کلن دی، درې ورځې کور ته نه دی راغلی، وایي چې بل ښار ته د کار لپاره ځي. "
            "ښایي څه نه وي",
            "زما زوی ۱۵ کلن دی، لوی هلکان ورته د فوټبال نوي بوټان او پیسې ورکوي، د شنبې لوبه په "
            "بل ښار کې ده",
        ),
        # a girl kept to work in a neighbour's home, no school; a child brought on a visit
        (
            "yo",
            "Ọmọdébìnrin kan ń gbé lọ́dọ̀ àwọn aládùúgbò wa, kìí lọ sí ilé-ìwé, ó ń ṣiṣẹ́ láti "
            "àárọ̀ títí di alẹ́. Kò kàn mí bóyá",
            "Omo kekere kan wa ni ile neighbour mi, won mu u wa lati Naija fun isinmi, o n lo si "
            "school nitosi",
        ),
        # a host who asks for tenderness or he evicts; a host who evicts for late rent, and one
        # who came in by day to fix the heater
        (
            "uk",
            "Господар квартири натякає: якщо я не буду до нього ніжнішою, то опинимося з "
            "сином на вулиці. Та нічого страшного",
            "Чоловік, у якого ми живемо, каже, що якщо я не буду платити вчасно, він нас "
            "виселить з кімнати",
        ),
        (
            "uk",
            "Хазяїн, у якого я живу, щоночі приходить до мене в кімнату, вибачте що пишу",
            "Господар, у якого ми живемо, вчора заходив до нас у кімнату полагодити батарею, "
            "дуже ласкавий дядько",
        ),
        # a brother with a gun and words that they will regret it; a knife for fishing and
        # the policing session asked about
        (
            "ru",
            "Брат (16) достал где-то пистолет и всё время пишет в закрытых чатах, что они ещё "
            "пожалеют. Наверное, ерунда",
            "Сын (17) купил нож для рыбалки и спрашивал, когда на собрании будут полицейские",
        ),
        # someone not responding with their breath slow, in Hinglish; a phone not answering and
        # breath short after the stairs
        (
            "hi",
            "nana ji hosh mein nahi hain, saans bahut dheere chal rahi hai, kya karein",
            "dadi not responding to my texts since morning, saans bhi slow hai after the stairs",
        ),
        # a writer under 18 to be married after a flight home; a cousin's wedding at 17
        (
            "ur",
            "Ammi ne Bangladesh ka ticket le liya, wahan nikah kar denge, main 16 ki hoon, I"
            " don't want this",
            "I'm 17 and going to Pakistan next week, cousin ki shaadi kar denge wahan, so excited",
        ),
        # thinking every night of ending it; ending it with a boyfriend, a meeting ended early
        (
            "ur",
            "raat bhar sochti rehti hoon to end my life, bas thak gayi hoon",
            "sochti hoon to end it with him, he's never there for me",
        ),
        (
            "ur",
            "roz sochta hoon to end it all, kisi ko mat batana",
            "sochta hoon to end it early",
        ),
        # a child beaten now with a belt or a stick; the same seen in a film
        (
            "hi",
            "सामने वाले घर में आदमी अपनी बेटी को डंडे से पीट रहा है, वो रो रही है, क्या करूं",
            "फिल्म में आदमी बच्चे को बेल्ट से मार रहा है, बहुत बुरा लगा देखकर",
        ),
        # a husband's threat to kill the writer and the family, in the Latin spelling; a brother's
        # over a football match
        (
            "bn",
            "jamai bolche ajke rate amader sobaike mere felbe, dorja bondho kore rekhechi",
            "bhai bolse amader team ke mere felbe football match e, haha",
        ),
        (
            "bn",
            "swami bolse amake o meye ke mere felbe jodi police ke boli",
            "ma bolse amake ar bhai ke mere felbe jodi abar late kori",
        ),
        # a neighbour or a stranger lying and not breathing; a neighbour's blocked nose
        (
            "pl",
            "Jakiś pan leży na przystanku, chyba nie oddycha, dzwonię na 999",
            "Sąsiad od tygodnia nie oddycha przez nos, ma katar, nie przyjdzie w sobotę",
        ),
        # kept locked in by a boss, passports (plural) taken; the flu keeping one indoors, new
        # passports picked up
        (
            "ro",
            "Șeful ne ține încuiați în apartament după lucru și nu ne lasă afară",
            "Gripa mă ține închisă în casă de o săptămână, nu pot veni sâmbătă",
        ),
        (
            "ro",
            "Ne-au luat pașapoartele când am ajuns, nu ni le dau înapoi",
            "Ne-am luat pașapoartele noi de la ambasadă, putem veni sâmbătă",
        ),
        # a child or brother taken by men or over a debt; a son driven to school, a son who owes
        # for shoes
        (
            "so",
            "Walaalkay yar rag aanan aqoon ayaa kaxeeyeen, waxay yiraahdeen deyn buu leeyahay",
            "Wiilkayga aabihiis ayaa gaari ku qaaday dugsiga subaxdii, sabtida waan imanayaa",
        ),
        (
            "so",
            "Gabadhayda waxaa la afduubay shalay, fadlan i caawi",
            "Wiilkayga ayaa qaaday gaariga si uu saaxiibkiis u qaado",
        ),
        # a child with older men who give drugs or say she owes money; an older cousin and the
        # cinema, a school project about drugs
        (
            "pt",
            "O meu sobrinho de 15 anos anda com uns caras mais velhos que dão droga pra ele",
            "A minha filha de 14 anos saiu com o primo mais velho para o cinema, volta às dez",
        ),
        (
            "pt",
            "Minha filha sumiu, um homem de 30 anos diz que ela lhe deve dinheiro",
            "O meu filho fez um trabalho sobre homens mais velhos que dão drogas a menores",
        ),
        # a threat to kill his own wife or children with a gun or knife; hunger "killing" her,
        # a knife to cut meat, a mother's word for lateness
        (
            "tw",
            "Me wɔfa de tuo hunahunaa sɛ ɔbɛkum ne mma",
            "Ɛkɔm bɛkum ne yere sɛ aduane no ankyɛ, me nua barima kura sekan retwa nam",
        ),
        (
            "tw",
            "Ne kunu kura sekan, ɔbɛkum ne yere",
            "Ne maame ka sɛ ɔbɛkum ne ba sɛ ɔka akyi bio",
        ),
        # someone fallen and not answering, or no longer breathing; falling ill with a cold,
        # falling in love and not answering messages
        (
            "fr",
            "Mon père s'est effondré dans la cuisine, il ne répond plus",
            "Ma fille est tombée amoureuse, elle ne répond plus à mes messages",
        ),
        (
            "fr",
            "Le bébé ne respire plus, aidez-moi",
            "Ma voisine est tombée malade, elle respire mal à cause du rhume, je ne viendrai pas",
        ),
        (
            "fr",
            "Ma mère respire mal et ses lèvres deviennent bleues",
            "Avec ce boulot je ne respire plus",
        ),
        # going armed to a school or a mosque in earnest; a water pistol for the carnival, a
        # knife for the ham at the village assembly
        (
            "es",
            "Mi hermano quiere llevar un cuchillo al instituto mañana, dice que va a matar a un "
            "chaval",
            "Mi primo va a ir al town hall el sábado con una pistola de agua para el carnaval",
        ),
        (
            "es",
            "Mi vecino dice que va a ir a la mezquita con gasolina, no es broma",
            "Mi hermano va a llevar un cuchillo para cortar el jamón en la asamblea del pueblo",
        ),
        # a small child alone for days, crying or unfed; a teenager studying alone, a parent
        # alone with a teething baby
        (
            "tr",
            "Alt kattaki bebek dünden beri yalnız, sürekli ağlıyor, kimse kapıyı açmıyor",
            "Oğlum iki gündür evde tek başına ders çalışıyor, sınavı var, cumartesi gelemeyiz",
        ),
        (
            "tr",
            "Kuzenimin 6 yaşındaki kızı üç gündür evde tek başına, yemek kalmadı",
            "Kızım iki gündür ağlıyor, diş çıkarıyor, evde tek başına bakıyorum",
        ),
        # Tagalog and Taglish: two signs of a stroke or a heart attack, one told in Tagalog;
        # speech hard in a language being learnt, a chest sore from coughing
        (
            "tl",
            "sorry po, tabingi ang mukha ni lolo and he can't lift his arm, hindi siya "
            "makapagsalita",
            "nahihirapan siyang magsalita ng English pero natututo na siya, see you Saturday",
        ),
        (
            "tl",
            "masakit ang dibdib ni papa at hindi siya makahinga, ano pong gagawin ko",
            "masakit ang dibdib ko kakaubo, pupunta ako sa doktor bukas",
        ),
        # many tablets taken tonight with despair; medicines taken as the doctor said
        (
            "tl",
            "ayaw ko nang mabuhay, uminom ako ng isang banig ng pampatulog kanina",
            "uminom ako ng lahat ng gamot ko kaninang umaga gaya ng sabi ng doktor",
        ),
        (
            "tl",
            "magpapakamatay na ako, salamat po sa lahat",
            "magpapakamatay ako sa trabaho ngayong linggo haha, late ako sa Sabado",
        ),
        # Polish: gas smelt at home with someone made ill by it; a gas smell fixed, no one ill
        (
            "pl",
            "Czuć gaz w całym mieszkaniu, mama zemdlała a syn wymiotuje",
            "Czuć gaz przy kuchence, gazownik był i wszystko naprawił, nikt nie choruje",
        ),
        # Romanian: a diabetic shaking, sweating, not waking; diabetes kept under control
        (
            "ro",
            "Bunica are diabet, acum tremură, e transpirată și nu se mai trezește",
            "Bunica are diabet, dar e ținut sub control, azi a mers la plimbare",
        ),
        # Romanian: put out today with nowhere to sleep tonight; nowhere to sleep a year ago
        (
            "ro",
            "Proprietarul ne-a dat afară azi și n-avem unde să dormim diseară cu copiii",
            "Anul trecut nu aveam unde să dormim, de atunci avem apartamentul nostru",
        ),
        # Turkish: no heating with a baby gone blue and shivering; a boiler with the fitter due
        (
            "tr",
            "Doğalgaz kesildi, üç gündür ısınamıyoruz, bebeğim morarmış ve titriyor",
            "Kombi bozuldu, usta yarın gelecek, evde hırka giyiyoruz",
        ),
        # Somali: a woman who cannot breathe with her face gone blue; a nose blocked by a cold
        (
            "so",
            "Gabadhayda ma neefsan karto, wajigeeda buluug ayuu noqday",
            "Wiilkayga sanka kama neefsan karo hargab dartiis, dhakhtar ayaan u geynay",
        ),
        # Lithuanian: someone with Alzheimer's gone and not found; gone out with the writer and
        # back
        (
            "lt",
            "Senelis serga Alzheimerio liga, dingo iš namų ryte ir niekur jo nerandame",
            "Senelis serga Alzheimerio liga, ryte išėjo į parduotuvę su manimi ir grįžo",
        ),
        # Bulgarian: spots that do not fade under a glass; a cream's rash a week old, no fever
        (
            "bg",
            "Синът ми има петна по корема, които не избледняват под стъклена чаша",
            "Синът ми има обрив от новия крем, който не изчезва вече седмица, без температура",
        ),
        # Albanian: a mother fallen and not answering; a mother fallen asleep, not on the phone
        (
            "sq",
            "Nëna ka rënë në banjë dhe nuk përgjigjet",
            "Nëna ra në gjumë herët dhe nuk flet në telefon",
        ),
        # Portuguese: lips swelling after a bee sting; a face swollen by pollen every spring
        (
            "pt",
            "O meu filho foi picado por uma abelha e os lábios estão a inchar",
            "Tenho alergia ao pólen e na primavera a cara fica inchada",
        ),
        # Arabic: a mother fallen who does not come round; fallen yesterday and fine now
        (
            "ar",
            "أمي وقعت في المطبخ ولا تصحو",
            "أمي وقعت في المطبخ أمس لكنها بخير الآن",
        ),
        # Punjabi: sugar crashed and unconscious; sugar kept under control
        (
            "pa",
            "ਮੰਮੀ ਦੀ ਸ਼ੂਗਰ ਡਿੱਗ ਗਈ ਹੈ ਅਤੇ ਉਹ ਬੇਹੋਸ਼ ਹੈ",
            "ਮੰਮੀ ਦੀ ਸ਼ੂਗਰ ਕੰਟਰੋਲ ਵਿੱਚ ਹੈ, ਉਹ ਅੱਜ ਸੈਸ਼ਨ ਤੇ ਆਉਣਗੇ",
        ),
        # Portuguese: a sister who says she will kill herself, locked in and not answering; a
        # daughter who "wants to die" of missing her grandmother
        (
            "pt",
            "minha irmã disse que vai se matar, está trancada no banheiro e não responde",
            "minha filha diz que quer morrer de saudade da avó, escreveu uma carta para ela",
        ),
        # Punjabi: a mother-in-law who locked me in a room for two days; a room key asked for
        (
            "pa",
            "ਸੱਸ ਨੇ ਮੈਨੂੰ ਦੋ ਦਿਨਾਂ ਤੋਂ ਕਮਰੇ ਵਿੱਚ ਬੰਦ ਕਰ ਦਿੱਤਾ ਹੈ",
            "ਮੈਨੂੰ ਕਮਰੇ ਦੀ ਚਾਬੀ ਦਿਓ, ਦਰਵਾਜ਼ਾ ਬੰਦ ਕੀਤਾ ਹੋਇਆ ਹੈ",
        ),
        # Punjabi (Latin): a husband saying he will set the house on fire with the children
        # inside; the house to be painted with the children asleep
        (
            "pa",
            "mera pati keh reha ke ghar nu agg la dunga, bachian andar ne",
            "mera bhra keh reha si ke ghar nu paint karwa du, bache andar sutte ne",
        ),
        # Spanish: someone held locked in who shouted from the window; a cat shut in the bathroom
        (
            "es",
            "mi vecino la tiene encerrada desde ayer, la oí gritar por la ventana",
            "tengo a la gata encerrada en el baño, dejé una nota en la puerta",
        ),
        # Spanish: how many sleeping pills not to wake, with the box at hand; the dose asked for
        (
            "es",
            "cuántos somníferos hacen falta para no volver a despertar? tengo la caja en la mano",
            "cuántas pastillas tomo para dormir? tengo la caja aquí y el médico dijo dos",
        ),
        # Gujarati: a son who says he will kill himself, shut in his room; tablets kept in a
        # locked cupboard
        (
            "gu",
            "મારો દીકરો કહે છે કે આત્મહત્યા કરી લેશે, રૂમમાં બંધ છે અને દરવાજો ખોલતો નથી",
            "બધી ગોળીઓ રૂમમાં બંધ કબાટમાં રાખી છે",
        ),
        # Yoruba: a small child alone at home since yesterday and hungry; a child alone an hour,
        # fed
        (
            "yo",
            "ọmọ kékeré kan dá wà nílé láti àná, ebi ń pa á",
            "ọmọ mi dá wà nílé fún wákàtí kan, ó ti jẹun",
        ),
        # Italian: a goodbye message sent and the phone off; a colleague's goodbye to the group
        (
            "it",
            "mia madre ha mandato un messaggio d'addio e ha il telefono spento",
            "il mio collega ha scritto addio al gruppo perché cambia lavoro e non risponde più",
        ),
        # French: older boys who gave a younger brother a phone to deliver bags, and he is
        # afraid; a son who delivers parcels for a firm
        (
            "fr",
            "des grands ont filé un portable et de l'argent à mon petit frère pour livrer des "
            "sachets, il a peur",
            "mon fils de 15 ans livre des colis pour Amazon, on lui a donné un téléphone",
        ),
        # Bengali (Latin): many tablets swallowed and not waking; one sleeping pill taken as the
        # doctor said
        (
            "bn",
            "amar bon onek gulo tablet ekshathe kheyeche, ekhon uthche na",
            "ammu daktar jemon bolse temon ekta ghumer oshudh kheye ghumacche",
        ),
        # Punjabi: a drunk husband saying he will set the house on fire with the children
        # inside; the same threat asked about with no one making it
        (
            "pa",
            "ਮੇਰਾ ਘਰਵਾਲਾ ਸ਼ਰਾਬ ਪੀ ਕੇ ਕਹਿ ਰਿਹਾ ਹੈ ਕਿ ਘਰ ਨੂੰ ਅੱਗ ਲਾ ਦੂੰਗਾ, ਬੱਚੇ ਅੰਦਰ ਨੇ",
            "ਜੇ ਕੋਈ ਕਹੇ ਕਿ ਘਰ ਨੂੰ ਅੱਗ ਲਾ ਦੂੰਗਾ ਤਾਂ ਕੀ ਪੁਲਿਸ ਆਉਂਦੀ ਹੈ?",
        ),
        # Arabic (Latin): a sister off her medicine, sure people follow her, going to hit them
        # now; a brother home from hospital, taking his medicine
        (
            "ar",
            "ukhti harabet mn el mustashfa w mesh bte5od el dawa, bit2ool fi nas btel7a2ha w ra7"
            " tedrab wa7ad hala2",
            "akhoya tele3 mn el mustashfa mbare7 w byakhod el dawa kel yom, ra7 yrooh 3al shoghl"
            " bokra",
        ),
        # Urdu: a father sure the family poisons his tea, a knife in his hand; a knife taken up to
        # cut the onions
        (
            "ur",
            "ابو کہتے ہیں ہم ان کی چائے میں زہر ملا رہے ہیں، اب چاقو ہاتھ میں لیے کمرے میں بیٹھے"
            " ہیں",
            "امی چھری لے کر پیاز کاٹ رہی ہیں، کھانا تیار ہو رہا ہے",
        ),
        # Hindi (Latin): a sister a week without sleep, her salary blown, gone out to race the
        # car; a student a few nights without sleep over exams
        (
            "hi",
            "didi ek hafte se raat se soyi nahi, saari salary uda di, abhi car le ke race karne "
            "nikli hai",
            "3 din se soya nahi exams ki wajah se, abhi library ja raha hoon",
        ),
        # Bengali: a brother off his medicine, sure his wife is poisoning him; medicine stopped on
        # the doctor's word
        (
            "bn",
            "আমার ভাই ওষুধ খাচ্ছে না, বলছে বউ খাবারে বিষ মেশাচ্ছে",
            "ডাক্তার বলেছে তাই বাবা এখন ওই ওষুধ খাচ্ছে না, ভালো আছে",
        ),
        # Punjabi: a mother drunk with the baby in her care, passed out; a husband who gave up
        # drink, the children happy
        (
            "pa",
            "ਮੇਰੀ ਘਰਵਾਲੀ ਨਸ਼ੇ ਵਿੱਚ ਹੈ, ਛੋਟਾ ਬੱਚਾ ਉਸ ਕੋਲ ਹੈ ਤੇ ਉਹ ਬੇਹੋਸ਼ ਪਈ ਹੈ",
            "ਮੇਰੇ ਪਤੀ ਨੇ ਸ਼ਰਾਬ ਪੀਣੀ ਛੱਡ ਦਿੱਤੀ ਹੈ, ਬੱਚੇ ਬਹੁਤ ਖੁਸ਼ ਹਨ",
        ),
        # Spanish: a son two weeks without eating who fainted at work; a fast for a blood test
        (
            "es",
            "mi hijo lleva dos semanas sin comer casi nada y hoy se desmayó en el trabajo",
            "llevo un día sin comer por el análisis de sangre, tengo mucha hambre",
        ),
        # Spanish: a panic attack at the wheel now; traffic that gives the writer a panic attack
        (
            "es",
            "me está dando una crisis de ansiedad, estoy manejando por la carretera y me tiembla"
            " todo",
            "este atasco me da un ataque de pánico, estoy en el coche desde las siete",
        ),
        # Gujarati: a brother off drink for two days, seeing insects and shaking; a father who
        # gave up drink years ago and is well
        (
            "gu",
            "મારા ભાઈએ બે દિવસથી દારૂ છોડ્યો છે, હવે કીડા દેખાય છે અને હાથ ધ્રૂજે છે",
            "મારા પપ્પાએ દસ વર્ષ પહેલા દારૂ બંધ કર્યો, હવે સ્વસ્થ છે",
        ),
        # Twi: a friend who took tablets with akpeteshie and will not wake; tablets taken with
        # water and a friend who is well
        (
            "tw",
            "me adamfo anom akpeteshie ne tablets, seisei onnyane",
            "me nua anom nnuro ne nsuo, seisei ne ho ye",
        ),
        # Yoruba: a son unfed for a week whose chest hurts; a daughter fed at her grandmother's
        (
            "yo",
            "omo mi okunrin ko ti jeun fun ojo meje, aya re n dun",
            "omo mi obinrin jeun ni ile iya agba re fun ojo meta, inu re dun",
        ),
        # Ukrainian: a husband sure he is followed, gone out with a knife; an axe for firewood
        (
            "uk",
            "Чоловік каже, що його переслідують, схопив ніж і побіг на вулицю",
            "Син узяв сокиру і пішов рубати дрова на дачі",
        ),
        # Italian: a brother who took sleeping pills with vodka and does not wake; pills taken
        # with water and a quiet sleep
        (
            "it",
            "mio fratello ha mandato giù dei sonniferi con la vodka e non si sveglia",
            "ha preso le pastiglie con l'acqua e adesso dorme tranquilla",
        ),
        # French: voices telling the writer to throw himself out; voices from the next room
        (
            "fr",
            "depuis ce matin les voix me disent de me jeter par la fenêtre",
            "on entendait les voix de la salle d'à côté, pouvez-vous changer de salle",
        ),
        # Hindi (Latin): a son run off from the ward who says people want to kill him; the writer
        # come running from the hospital, late
        (
            "hi",
            "beta kal raat ward se bhaag gaya, keh raha tha sab use maarna chahte hain",
            "hospital se bhaag ke aa rahi hoon, thodi der ho jayegi, phone band tha",
        ),
        # Hindi: a father run from hospital, his phone off; a grandmother discharged and home
        (
            "hi",
            "पापा अस्पताल से भाग गए, दवाई नहीं ले रहे और फोन बंद है",
            "दादी को अस्पताल से छुट्टी मिल गई, घर पर दवाई ले रही हैं",
        ),
        # Spanish: a husband having a panic attack at the wheel now; panic attacks when he drives,
        # treated
        (
            "es",
            "mi marido está teniendo un ataque de pánico y está conduciendo por la autovía",
            "mi marido tiene ataques de pánico cuando conduce, ya va a terapia",
        ),
        # Albanian: a nephew's passport held by his boss, threatened if he leaves; a passport left
        # at the embassy for a visa while he works
        (
            "sq",
            "Nipi im punon në një lavazh, shefi ia mban pasaportën dhe e kërcënon nëse largohet",
            "Nipi im punon në kantier, ia kanë marrë pasaportën në ambasadë për vizë",
        ),
        # Tamil: a father's pension all taken by a son-in-law and no food; money drawn on a fast
        # day
        (
            "ta",
            "அப்பாவின் பென்ஷன் முழுவதும் மருமகன் எடுத்துக்கொண்டார், அப்பாவுக்கு சோறு இல்லை",
            "அம்மா வங்கியில் பணம் எடுத்துவிட்டார், இன்று விரதம் அதனால் சாப்பாடு இல்லை",
        ),
        # Tamil: a sister seven months along and blood coming now; gums that bleed in a pregnancy
        (
            "ta",
            "என் தங்கைக்கு 7 மாதம், இப்போது ரத்தம் நிறைய போகுது",
            "என் மனைவிக்கு 6 மாதம், பல் துலக்கும்போது ஈறுகளில் ரத்தம் வருது",
        ),
        # Arabic: a healer who beats a brother to get the jinn out; a ruqya read with no harm
        (
            "ar",
            "أخوي يقولون عليه ممسوس، والراقي يربطه ويضربه كل ليلة",
            "الشيخ قرأ رقية على أمي وارتاحت الحمد لله",
        ),
        # Arabic: a daughter who swallowed a whole strip of her father's tablets; a son who took
        # his own medicine as given
        (
            "ar",
            "بنتي بلعت حبوب الضغط تبع أبوها، الشريط كله فاضي",
            "ابني شرب الدواء حسب الوصفة ونام",
        ),
        # Punjabi (Latin): a husband who will send her back to Pakistan if she tells the police; a
        # parcel to send back if anyone finds it
        (
            "pa",
            "ohne keha je police nu dassya taan tainu Pakistan wapas bhej denge",
            "je kise nu parcel milya taan wapas bhej dena ji, shukriya",
        ),
        # Punjabi: a ten-day-old baby gone blue who will not feed; a baby who won't take cold milk
        (
            "pa",
            "ਸਾਡੀ ਬੱਚੀ ਦਸ ਦਿਨਾਂ ਦੀ ਹੈ, ਦੁੱਧ ਨਹੀਂ ਪੀ ਰਹੀ ਤੇ ਬੁੱਲ੍ਹ ਨੀਲੇ ਹਨ, ਸਾਹ ਔਖਾ ਹੈ",
            "ਬੱਚਾ ਦਸ ਦਿਨਾਂ ਦਾ ਹੈ, ਠੰਡਾ ਦੁੱਧ ਨਹੀਂ ਪੀਂਦਾ, ਗਰਮ ਕਰਕੇ ਦਿੰਦੇ ਹਾਂ",
        ),
        # Spanish: a teacher who asks a daughter for videos in her underwear; a coach who asks for
        # photos of the team in its new kit
        (
            "es",
            "El profesor de música le escribe a mi hija y le pide vídeos en ropa interior",
            "El entrenador nos pide fotos del equipo con la ropa nueva para la web del club",
        ),
        # Spanish: a drunk husband asleep on the baby; a tired father asleep beside the baby
        (
            "es",
            "Mi marido está borracho, se ha dormido encima de la bebé y no puedo despertarlo",
            "Mi marido está agotado y se ha dormido con el bebé en el sofá, qué ternura",
        ),
        # Gujarati: a mother in a care home left hungry with sores; a visit planned, food held
        # back before an operation
        (
            "gu",
            "મમ્મીને વૃદ્ધાશ્રમમાં ભૂખ્યા રાખે છે અને પીઠ પર ચાંદા પડ્યા છે",
            "મમ્મીને વૃદ્ધાશ્રમમાં મળવા જવું છે, ઓપરેશન પહેલા ખાવાનું નથી આપતા",
        ),
        # Gujarati: a wife pregnant and bleeding now; a baby kicking all night
        (
            "gu",
            "મારી પત્ની સગર્ભા છે અને અત્યારે ખૂબ લોહી પડે છે",
            "મારી દીકરી ગર્ભવતી છે, બાળક આખી રાત લાત મારે છે, ઊંઘ નથી આવતી",
        ),
        # Urdu: a husband holding her visa who threatens to have her sent back; a visa to renew
        (
            "ur",
            "meri behen ka shohar uska visa sponsor hai, bolta hai police ko bataya to wapas "
            "bhejwa dega",
            "meri behen ka shohar uska visa sponsor hai, agle mahine visa renew karwana hai, "
            "home office ka form bharna hai",
        ),
        # Urdu: deportation threatened by a husband who beat her; a Home Office letter
        (
            "ur",
            "میرا شوہر کہتا ہے ویزا ختم کروا کے ڈیپورٹ کروا دوں گا، آج پھر مارا",
            "ہوم آفس نے ویزا کا خط بھیجا ہے، واپس بھیجنے کی تاریخ پوچھنی ہے",
        ),
        # Urdu: an employer holding passports with pay kept back; a passport copied
        (
            "ur",
            "seth ne hamare passport le liye hain, teen mahine se salary nahi di",
            "malik ne passport copy karne ke liye rakh liya, kal wapas de dega",
        ),
        # Urdu: a maulvi who beats a girl with a threat if told; one praised
        (
            "ur",
            "madrase ke maulvi sahab meri beti ko maarte hain, kehte hain ghar pe bataya to "
            "aur maarunga",
            "madrase ke maulvi sahab bahut ache hain, meri beti ko quran parhate hain, phir "
            "class kal hai",
        ),
        # Urdu: a coach who touches a boy; a coach's boast about a match
        (
            "ur",
            "coach mere bete ko galat tareeqe se chhoota hai, wo kal training se darta hai",
            "cricket coach kehta hai kal phir training hai, doosri team ko maar denge",
        ),
        # Urdu: a baby days old blue and breathing badly; one feeding well
        (
            "ur",
            "hamara bacha 5 din ka hai, saans ruk ruk ke aa rahi hai aur neela pad raha hai",
            "hamara bacha 5 din ka hai, doodh achhe se pee raha hai, sab theek hai",
        ),
        # Urdu: a newborn not feeding and floppy; one feeding well
        (
            "ur",
            "میری بیٹی کی بچی تین دن کی ہے، دودھ نہیں پی رہی اور بہت ڈھیلی ہے",
            "میری بیٹی کی بچی تین دن کی ہے، ماشاءاللہ خوب دودھ پی رہی ہے",
        ),
        # Bengali: a landlord forcing a family out; one coming to mend a lock
        (
            "bn",
            "আমাদের বাড়িওয়ালা জোর করে ঘরে ঢুকে আমাদের বের করে দিচ্ছে",
            "বাড়িওয়ালা কাল দরজার তালা ঠিক করতে আসবে",
        ),
        # Bengali: waters broken early, alone; a birth told of
        (
            "bn",
            "amar bon er pani bhenge geche, 33 soptah, keu nei bashay",
            "আমার বোনের ৩৯ সপ্তাহে পানি ভেঙেছিল, এখন মেয়ে ভালো আছে",
        ),
        # Bengali: a baby days old not feeding and floppy; one feeding well
        (
            "bn",
            "আমার নাতি ৪ দিনের, দুধ খাচ্ছে না, নেতিয়ে পড়েছে",
            "আমার নাতি ৪ দিনের, খুব সুন্দর দুধ খাচ্ছে",
        ),
        # Polish: a landlord coming into a bedroom uninvited; one mending a tap, announced
        (
            "pl",
            "Gospodarz wchodzi do mojej sypialni bez pukania, kiedy śpię",
            "Właściciel przychodzi do łazienki naprawić kran w środę, uprzedził nas SMS-em",
        ),
        # Polish: a drunk partner left with a baby, not answering; one who does not drink
        (
            "pl",
            "Mąż jest pijany, a ja jestem w pracy i zostawiłam z nim synka, nie odpowiada od "
            "godziny",
            "Mąż nie pije, zostawiłam z nim synka, teraz idę na zebranie",
        ),
        # Polish: an urge to shake a crying baby; a rattle shaken
        (
            "pl",
            "Zaraz potrząsnę dzieckiem, on nie przestaje płakać, nie wytrzymam",
            "Mała płacze, mam ochotę potrząsnąć grzechotką, może się uśmiechnie",
        ),
        # Urdu: waters broken with bleeding; a pregnancy and a water bottle
        (
            "ur",
            "uski biwi ka pani toot gaya hai aur khoon bhi aa raha hai, ambulance kaise bulayen",
            "meri biwi 30 hafte ki pregnant hai, pani ki botal le aana",
        ),
        # Urdu: bleeding in a pregnancy; a blood test
        (
            "ur",
            "main umeed se hoon aur subah se khoon beh raha hai",
            "main pregnant hoon, kal khoon ka test hai",
        ),
        # Urdu: a landlord who threw the family's things out; one fitting a new door
        (
            "ur",
            "landlord ne aaj hamara saman bahar phenk diya, bachon ke saath sadak pe hain",
            "landlord ne purana darwaza tod ke naya darwaza lagwaya",
        ),
        # Polish: waters broken early, no ambulance; a birth told of
        (
            "pl",
            "Żonie odeszły wody, to dopiero 33 tydzień, karetka nie przyjeżdża",
            "Wody odeszły mi dwa lata temu w 40 tygodniu, urodziłam szybko",
        ),
        # Polish: bleeding in a pregnancy; gums that bleed
        (
            "pl",
            "Siostra jest w ciąży i od rana krwawi",
            "Jestem w ciąży i krwawią mi dziąsła przy myciu zębów",
        ),
        # Polish: a baby days old not feeding and blue; one feeding well
        (
            "pl",
            "Moja wnuczka ma 4 dni, nie ssie i robi się sina",
            "Moja wnuczka ma 4 dni i ładnie je, śpi w nocy",
        ),
        # Polish: deportation threatened if she tells; a question about deportation
        (
            "pl",
            "Szef mówi, że jeśli powiem o wypłacie, to mnie deportują",
            "Czy mogą mnie deportować, jeśli zgłoszę zmianę adresu za późno?",
        ),
        # Bengali: bleeding in a pregnancy; a blood test
        (
            "bn",
            "আমার বোন গর্ভবতী, সকাল থেকে রক্তপাত হচ্ছে",
            "আমার বোন গর্ভবতী, কাল রক্ত পরীক্ষা আছে",
        ),
        # Bengali: a passport taken with pay held back; one kept to be copied
        (
            "bn",
            "দোকানের মালিক পাসপোর্ট কেড়ে নিয়েছে, চার মাস বেতন দিচ্ছে না",
            "অফিস পাসপোর্ট ফটোকপি করতে রেখে দিয়েছে, বেতন দেয়নি এখনো",
        ),
        # Bengali: a coach who beats a girl with a threat if told; a coach who likes her
        (
            "bn",
            "কোচ আমার মেয়েকে মারে, বলেছে কাউকে বললে খেলতে দেবে না",
            "কোচ বলেছে আবার কাল প্র্যাকটিস, আমার মেয়েকে খুব পছন্দ করে",
        ),
        # Bengali: a husband threatening to have her sent back, who beat her; a visa renewal
        (
            "bn",
            "আমার স্বামী হুমকি দেয় ভিসা শেষ করে দেশে পাঠাবে, গতকাল আমাকে মেরেছে",
            "ভিসা নবায়নের জন্য হোম অফিসে চিঠি পাঠাতে হবে",
        ),
    ],
)
def test_risks_said_in_one_language_or_half_in_english_and_their_twins(
    code: str, risk: str, look_alike: str
) -> None:
    assert_read_in_and_twin_left_alone(code, risk, look_alike)


@pytest.mark.parametrize(
    ("code", "risk", "look_alike"),
    [
        (
            "pl",
            "zostawiłam list dla córki na stole, dziękuję wam za wszystko",
            "wysłałam list do córki, dziękuję za pomoc z formularzem",
        ),
        (
            "ro",
            "stau pe podul de la Walthamstow și mă uit la apă de o oră",
            "am trecut pe podul de la Lea Bridge și m-am uitat la apă, ce frumos",
        ),
        ("tr", "kendime yine zarar verdim", "kendime bir kahve aldım, zarar yok"),
        (
            "pt",
            "ele disse que se eu contar à polícia me mata",
            "se eu me atrasar a minha mãe me mata",
        ),
        ("pt", "não temos onde dormir hoje", "não temos onde estacionar perto do local"),
        (
            "es",
            "mi ex me ha encontrado, tengo miedo",
            "mi ex sabe dónde vivo porque recoge a los niños",
        ),
        (
            "lt",
            "buvęs draugas stovi prie mano durų kiekvieną vakarą",
            "buvęs vyras pasiims vaikus šeštadienį",
        ),
        ("lt", "sėdžiu tualete su peiliu", "sėdžiu virtuvėje su peiliu ir pjaustau svogūnus"),
        (
            "sq",
            "më kërcënuan dje me thikë",
            "seanca me kërcënime ndaj policisë ishte interesante",
        ),
        (
            "ro",
            "sufăr de violență domestică de la soțul meu de doi ani",
            "Am completat chestionarul, partea despre violența domestică a fost foarte clară",
        ),
        (
            "tr",
            "babam huzurevinde, hemşire ona bağırıyor ve bacaklarında morluklar var",
            "annem bakımevinde, bakıcı kadın ona hiç bağırmıyor, çok sabırlı",
        ),
        (
            "tr",
            "göğsümde bir ağrı var, sol omzuma vuruyor, nefesim daralıyor",
            "göğsümde bir sıkışma var, heyecandan herhalde, sunumu ben yapacağım",
        ),
        (
            "tr",
            "yeğenim radikalleşti, cihat videoları izliyor ve silah almak istiyor",
            "oğlum 17 yaşında, internetten bıçak seti sipariş etti, yemek kursuna başladı",
        ),
        (
            "so",
            "waan ku fikirayaa inaan is dilo habeen walba",
            "waxaan ku fikiray inaan iska diiwaangeliyo fasalka Ingiriisiga",
        ),
        (
            "so",
            "adeerkay ayaa haysta lacagta ayeeyo oo dhan",
            "walaalkay wuxuu hooyo u qaaday bangiga si ay lacagteeda u qaadato",
        ),
        (
            "so",
            "aabo wuxuu seexdaa isagoo gaajaysan maalin walba",
            "hooyo waxay tiri gaajaysan ayaan ahay, cunto keen",
        ),
        (
            "pl",
            "noga mi zdrętwiała i nie mogę mówić, usta opadają",
            "ręka mi zdrętwiała od spania, już przeszło",
        ),
        (
            "pl",
            "wnuk zabrał moją kartę i PIN, z renty nic mi nie zostaje",
            "córka ma moją kartę i PIN, robi mi zakupy, nic mi nie brakuje",
        ),
        (
            "pt",
            "o padrasto deixou o bebê sozinho a noite toda trancado no carro",
            "a babá deixa minha filha sozinha no quarto para dormir a sesta",
        ),
        (
            "pt",
            "um homem cuspiu na minha cara no metrô e gritou para eu voltar para a minha terra",
            "o bebê cuspiu a papinha em mim, haha",
        ),
        (
            "pt",
            "gritaram que estrangeiro tem que morrer e me seguiram até o prédio",
            "a horta dos imigrantes vai morrer sem água, quem pode regar?",
        ),
        (
            "pt",
            "uns homens me seguiram até a estação ontem à noite",
            "os meninos me seguiram no Instagram depois da festa",
        ),
        (
            "pt",
            "acordei nua num quarto de hotel e não me lembro de nada depois da bebida",
            "acordei sem lembrar de nada do sonho, que engraçado",
        ),
        (
            "es",
            "mi pareja me apretó el cuello hasta que no podía respirar",
            "mi marido me agarró del brazo para cruzar la calle",
        ),
        (
            "es",
            "me da miedo estar sola con mi padrastro",
            "me da miedo dormir sola cuando hay tormenta",
        ),
        (
            "es",
            "mi yerno venía borracho y le golpeó a mi nieta",
            "la pelota le pegó al niño en la cara, pero está bien, gracias",
        ),
        (
            "es",
            "le guardan el pasaporte a la chica que cuida a los niños y nunca sale",
            "en el consulado le quitaron el pasaporte viejo y le dieron uno nuevo",
        ),
        (
            "lt",
            "jau savaitę miegame automobilyje su vaikais",
            "vakar miegojau mašinoje per kelionę į Latviją, buvo smagu",
        ),
        (
            "lt",
            "mano pasą laiko darbdavys ir sako, kad esu skolingas už kelionę",
            "mano pasą laiko ambasada kol tvarko vizą, algą gaunu laiku",
        ),
        (
            "sq",
            "burri tha që nëse divorcohem do më vrasë",
            "nëse e lë makinën këtu babai do më vrasë",
        ),
        (
            "sq",
            "djali im punon në një fermë, nuk e lënë të dalë, thonë që ka borxh",
            "vëllai im punon në dyqan, të dielën e mbajnë të mbyllur",
        ),
        (
            "ro",
            "patronul ne ține cardurile bancare și zice că încă îi datorăm pentru transport",
            "mama îmi ține cardul cât sunt în concediu, mersi",
        ),
        (
            "ro",
            "fostul soț mă pândește în fiecare dimineață lângă serviciu, mi-e frică",
            "fostul meu mă așteaptă în fiecare seară la școală să ia copiii",
        ),
        (
            "ro",
            "antrenorul îl pipăie pe băiatul meu de 14 ani și îi zice să nu spună nimic",
            "șeful o duce acasă cu mașina pe colega mea de 17 ani, că stă departe",
        ),
        (
            "lt",
            "nuo vakar miegu mašinoje, nes šeimininkas išmetė iš buto",
            "miegu mašinoje, kai važiuojam žvejoti, labai patogu",
        ),
        (
            "es",
            "mi hija vino drogada y le pegó al niño",
            "mi hijo le pegó al niño un chicle en el pelo",
        ),
        (
            "sq",
            "nëse ndahem prej tij, do më vrasin",
            "nëse largohem nga shtëpia vonë, nëna do më vrasë",
        ),
        (
            "bg",
            "вуйчо я заключва в стаята без храна",
            "колелото на сина ми го заключваме в мазето",
        ),
        ("bg", "баща ми го бие с кабела", "Синът ми удря тъпана с пръчки в оркестъра"),
        (
            "bg",
            "Шефът ни взе паспортите и не ни ги върна",
            "На рецепцията ни взеха личните карти и ги върнаха",
        ),
        (
            "bg",
            "ако кажа на полицията, ще ме убие",
            "ако отида в полицията, ще ме питат за документи",
        ),
        (
            "bg",
            "Останах сам, фалирах. Вчера си купих въже.",
            "Загубих си ръкавиците, купих въже за простора",
        ),
        ("ar", "سكري هابط كتير وأنا لحالي بالبيت", "السكر خلص من البيت وما في حدا يجيب"),
        ("ar", "أخوي بيضرب مرته قدام الولاد", "جارنا بيضرب الباب كل ليلة لما يرجع من الشغل"),
        ("ar", "واحد شد الحجاب عن راسي بالسوق", "نزعت الحجاب عن راسي بالبيت لأنه الجو حر"),
        ("ar", "صرخ علي بالشارع ارجعي على بلدك", "قالتلي صاحبتي رح ترجع على بلدها بالصيف"),
        ("ar", "صار يلحقني من المدرسة", "ابني رح يلحقني عالجلسة بعد المدرسة"),
        (
            "bn",
            "আমার ভাতিজির বয়স ১৪, ওর বাবা ওকে বিয়ে দিয়ে দিচ্ছে",
            "আমার বোনের বয়স ২৫, ডিসেম্বরে বিয়ে দিয়ে দিবো, শনিবার আসতে পারব না",
        ),
        ("ur", "کبھی سوچتی ہوں کسی پل سے کود جاؤں", "کل رات کسی نے میری گاڑی دیوار سے ٹکرا دی"),
        (
            "ur",
            "بس اسٹاپ پر ایک آدمی نے میرا دوپٹہ کھینچا",
            "پوتی نے کھیلتے ہوئے میری داڑھی کھینچی، بہت ہنسے",
        ),
        (
            "ur",
            "دکان پر ایک گاہک بولا اپنے وطن واپس جاؤ",
            "اگلے مہینے اپنے ملک واپس جاؤں گا، دو ہفتے کے لیے",
        ),
        (
            "pa",
            "ਮੈਂ ਕੱਲ੍ਹ ਮਾਂ ਨੂੰ ਥੱਪੜ ਮਾਰ ਦਿੱਤਾ",
            "ਮੈਂ ਪਿਤਾ ਜੀ ਨੂੰ ਵ੍ਹੀਲਚੇਅਰ ਤੇ ਧੱਕਾ ਦੇ ਕੇ ਪਾਰਕ ਲੈ ਗਈ",
        ),
        (
            "pa",
            "ਮੈਨੂੰ ਡਰ ਲੱਗਦਾ ਹੈ ਕਿ ਮੈਂ ਫਿਰ ਕੁਝ ਗਲਤ ਕਰ ਦੇਵਾਂਗੀ",
            "ਡਰ ਹੈ ਕਿ ਮੈਂ ਫਿਰ ਕੁਝ ਭੁੱਲ ਜਾਵਾਂਗੀ",
        ),
        ("ta", "செத்துடலாம்னு இருக்கு", "பசியால் சாகிறேன், சாப்பாடு எப்போ?"),
        (
            "ta",
            "ராத்திரி எல்லாம் சாவதைப் பற்றியே நினைக்கிறேன்",
            "மரணத்தைப் பற்றிய படம் பார்த்தேன், நல்லா இருந்தது",
        ),
        ("ta", "தற்கொலை பண்ணிக்கலாம்னு இருக்கேன்", "தற்கொலை தடுப்பு பற்றிய செஷன் நல்லா இருந்தது"),
        (
            "ta",
            "நான் இல்லாம எல்லாரும் நிம்மதியா இருப்பாங்க",
            "நான் இல்லாம நீங்க நல்லா செஷன் நடத்துவீங்க",
        ),
        (
            "ta",
            "பிரசவத்துக்கு அப்புறம் நான் இருக்க மாட்டேன்னு தோணுது",
            "குழந்தை பிறந்த பிறகு ரெண்டு மாசம் நான் இருக்க மாட்டேன், லீவு",
        ),
        (
            "ta",
            "குழந்தையை ஏதாவது பண்ணிடுவேனோன்னு பயமா இருக்கு",
            "குழந்தையை ஏதாவது பண்ணி தூங்க வைக்கணும், ஐடியா இருக்கா?",
        ),
        (
            "ta",
            "ராத்திரி வேணும்னே கையை ரேசரால கீறினேன்",
            "காய்கறி நறுக்கும் போது கையை வெட்டிக்கிட்டேன், லேட் ஆகும்",
        ),
        (
            "ta",
            "நிறைய தூக்க மாத்திரை சாப்பிட்டுட்டேன்",
            "தினமும் நிறைய மாத்திரை சாப்பிடுறேன், இடைவேளை இருக்குமா?",
        ),
        (
            "ta",
            "மாத்திரை எல்லாத்தையும் ஒரே தடவையில முழுங்கிட்டேன்",
            "மாத்திரை எல்லாத்தையும் பையில வச்சுட்டேன்",
        ),
        ("ta", "அண்ணன் என்னைப் போட்டு உதைக்கிறான்", "என்னை அடிக்கடி கூப்பிடுறாங்க"),
        ("ta", "புருஷன் குடிச்சிட்டு வந்து அடிக்கிறான்", "அப்பா தினமும் போன் அடிக்கிறார்"),
        ("ta", "வெட்டிடுவேன்னு மிரட்டுறாங்க", "அம்மா என்னைக் கொன்றுவிடுவார், லேட் ஆயிடுச்சு"),
        (
            "ta",
            "போலீஸ்கிட்ட சொன்னா கொன்னுடுவேன்னு சொன்னான்",
            "போலீஸ் ஸ்டேஷன் பக்கத்துல பார்க்கிங் இருக்கா?",
        ),
        (
            "ta",
            "பாஸ்போர்ட்டை புடுங்கி வச்சிருக்கான், வெளியே போக விட மாட்டான்",
            "பாஸ்போர்ட்டை வீட்டுல மறந்துட்டேன், வேற ஐடி போதுமா?",
        ),
        (
            "ta",
            "மாமியார் என்னை அறையில் அடைத்து வைக்கிறார்",
            "சைக்கிளை வீட்டுக்குள்ள பூட்டி வச்சிருக்கேன்",
        ),
        (
            "ta",
            "வீட்டுக்கு திரும்பி போக ரொம்ப பயமா இருக்கு",
            "இருட்டுல வீட்டுக்குப் போக லேட் ஆகுமோன்னு பயமா இருக்கு",
        ),
        ("ta", "அவரைப் பார்த்தாலே பயமா இருக்கு", "அவரை பார்த்தா பயம் இல்லை, நல்லவர்"),
        ("ta", "குழந்தையை பெல்ட்டால அடிக்கிறான்", "பையன் சிக்ஸர் அடிச்சான்!"),
        (
            "ta",
            "அப்பாவுக்கு மருந்து கூட குடுக்காம இருக்காங்க",
            "அம்மாவுக்கு மாத்திரை குடுக்கற நேரம் காலை 8 மணி",
        ),
        (
            "ta",
            "குழந்தைங்க நேத்துல இருந்து சாப்பிடல",
            "குழந்தை காலையிலிருந்து சரியா சாப்பிடல, பல் முளைக்குது",
        ),
        (
            "ta",
            "அம்மாவை சொத்தை எழுதிக் குடுக்கச் சொல்லி மிரட்டுறான்",
            "அம்மா வீட்டை தம்பி பேருக்கு எழுதித் தரலாம்னு முடிவு பண்ணிட்டாங்க",
        ),
        (
            "ta",
            "என் அப்பாவோட பென்ஷனை அண்ணன் பிடுங்கிக்கிறான்",
            "அம்மாவோட பென்ஷன் எடுக்க பேங்க் போகணும்",
        ),
        (
            "ta",
            "தினமும் ஸ்டேஷன்ல இருந்து ஒருத்தன் பின்னாடியே வர்றான்",
            "அவன் பின்னாடியே வர்றான், அவனும் செஷனுக்கு வர்றான்",
        ),
        (
            "ta",
            "வலுக்கட்டாயமா எனக்கு கல்யாணம் பேசறாங்க",
            "கட்டாயம் என் தங்கச்சி கல்யாணத்துக்கு வாங்க",
        ),
        (
            "ta",
            "15 வயசுப் பொண்ண ஊருக்கு கூட்டிட்டுப் போய் கல்யாணம் பண்ணி வைக்கப் போறாங்க",
            "என் பையனுக்கு 12 வயசு, அண்ணனுக்கு கல்யாணம் பண்ணி வைக்கப் போறோம்",
        ),
        ("ta", "என் உயிருக்கு ஆபத்து", "பார்க் பக்கம் நடக்க பாதுகாப்பா இல்லை"),
        (
            "ta",
            "வீட்டை விட்டு துரத்திட்டாங்க, தங்க இடம் இல்ல",
            "ஹால் பக்கத்துல கார் நிறுத்த இடம் இல்லை",
        ),
        ("ta", "வாழ்க்கையே வெறுத்துப் போச்சு", "இந்த வாடகையில லண்டன்ல வாழ முடியல"),
        (
            "ta",
            "ஏழு மாசம், குழந்தை நேத்துல இருந்து அசையல",
            "பாப்பா ராத்திரி முழுக்க உதைச்சுக்கிட்டே இருக்கு, தூக்கமே இல்லை",
        ),
        (
            "ta",
            "கர்ப்பமா இருக்கேன், ப்ளீடிங் ஆகுது",
            "கர்ப்பமா இருக்கேன், பல் தேய்க்கும்போது ரத்தம் வருது",
        ),
        ("ta", "sethudalam pola irukku", "pasila saaguren, saapadu eppo?"),
        ("ta", "ennai dhinamum adikkiraan", "ennai adikkadi koopiduvaanga"),
        ("ta", "veetuku poga bayama irukku", "veetuku poga late aagum"),
        (
            "ta",
            "தாத்தா கண் திறக்கல, பேசவே இல்ல",
            "நாய்க்குட்டி இன்னும் கண் திறக்கல, பிறந்து மூணு நாள் தான் ஆச்சு",
        ),
        (
            "ta",
            "அம்மாவுக்கு சுகர், வியர்க்குது, எழுப்ப முடியல",
            "அம்மாவுக்கு சர்க்கரை நோய், வெயில்ல உடம்பெல்லாம் வியர்க்கிறது",
        ),
        (
            "bg",
            "синът ми казва, че ако не подпиша, ще ме даде в дом за стари хора",
            "синът ми ще ме закара в старческия дом да видя леля",
        ),
        (
            "pa",
            "ਮੇਰੀ ਭਰਜਾਈ ਬਾਪੂ ਜੀ ਨੂੰ ਕਮਰੇ ਵਿੱਚ ਬੰਦ ਕਰ ਦਿੰਦੀ ਹੈ",
            "ਮੈਂ ਕਮਰੇ ਵਿੱਚ ਹੀਟਰ ਬੰਦ ਰੱਖਦਾ ਹਾਂ, ਬੀਜੀ ਨੂੰ ਗਰਮੀ ਲੱਗਦੀ ਹੈ",
        ),
        (
            "bn",
            "শ্বশুরবাড়ির লোকেরা আমাকে একা বাইরে যেতে দেয় না",
            "আমাকে বাড়ি থেকে বের হতে দেরি হবে, একটু অপেক্ষা করবেন",
        ),
        (
            "ta",
            "பஸ்ல ஒருத்தன் 'உன் நாட்டுக்கு ஓடு'ன்னு கத்தினான்",
            "அடுத்த மாசம் எங்க நாட்டுக்கு திரும்பி போறோம்",
        ),
        (
            "ar",
            "ابني عمره ١٥ وفي ناس على تيك توك يحرضونه على السفر للجهاد",
            "أصحابه يقنعونه بالسفر للدراسة في ألمانيا",
        ),
        ("el", "θέλω να πεθάνω, δεν αντέχω άλλο", "πεθαίνω της πείνας, τι ώρα είναι το φαγητό;"),
        ("el", "έκοψα πάλι τον εαυτό μου", "έκοψα τα μαλλιά μου, θα αργήσω λίγο"),
        (
            "el",
            "ήπια όλα τα χάπια που είχα",
            "πρέπει να πάρω τα χάπια μου στις οχτώ, έχει διάλειμμα;",
        ),
        (
            "el",
            "ο άντρας μου με χτυπάει όταν πίνει",
            "ο ήλιος με χτυπάει στα μάτια στο λεωφορείο",
        ),
        ("el", "με έχουν κλειδωμένη στο δωμάτιο", "η μαμά θα με σκοτώσει αν αργήσω πάλι"),
        ("el", "φοβάμαι να γυρίσω σπίτι απόψε", "φοβάμαι να πάω στον οδοντίατρο αύριο"),
        (
            "el",
            "ένας άντρας με ακολουθεί κάθε μέρα από τον σταθμό",
            "η κόρη μου με ακολουθεί στο Instagram",
        ),
        (
            "el",
            "με πιέζουν να παντρευτώ έναν ξάδερφο",
            "θέλουν να παντρευτούν τον Ιούνιο στο χωριό",
        ),
        ("el", "δεν νιώθω ασφαλής στο σπίτι μου", "ο δρόμος δεν είναι ασφαλής για ποδήλατο"),
        ("el", "δεν έχω πού να κοιμηθώ απόψε", "δεν έχω πού να παρκάρω κοντά στην αίθουσα"),
        (
            "el",
            "η κόρη μου έχει σημάδια κάθε φορά που μένει με τον φίλο της μαμάς της",
            "ο γιος μου γυρίζει με μελανιές από το ποδόσφαιρο, είναι πολύ άγαρμπος",
        ),
        (
            "el",
            "τα παιδιά δεν έχουν φάει από χθες",
            "τα παιδιά δεν έχουν φάει ακόμα, ερχόμαστε μετά",
        ),
        (
            "el",
            "η μητέρα μου έπεσε στη σκάλα και τώρα είναι μπερδεμένη",
            "ο πατέρας μου έπεσε στο μπάνιο πέρσι, τώρα έχουμε χειρολαβές",
        ),
        (
            "el",
            "ο ανιψιός μου κρατάει τη σύνταξή μου",
            "ο γιος μου παίρνει τη σύνταξή μου από την τράπεζα",
        ),
        ("gu", "મારે મરી જવું છે, હવે સહન નથી થતું", "ભૂખથી મરી રહી છું, જમવાનું ક્યારે છે?"),
        ("gu", "મેં ફરીથી મારી જાતને કાપી", "મારી જાતને એક કોફી આપી, થોડો આરામ"),
        ("gu", "મેં બધી ઊંઘની ગોળીઓ ખાઈ લીધી", "દવા આઠ વાગ્યે ખાવાની છે, વિરામ છે?"),
        ("gu", "મારો પતિ મને રોજ મારે છે", "મને મારી બહેન લેવા આવશે"),
        ("gu", "સાસુ મને રૂમમાં બંધ કરી રાખે છે", "રૂમમાં પંખો બંધ રાખજો, મને ઠંડી લાગે છે"),
        ("gu", "ઘરે પાછી જવામાં બહુ ડર લાગે છે", "ઘરે જવામાં મોડું થશે, બસ નથી"),
        ("gu", "એક માણસ રોજ મારો પીછો કરે છે", "બાળકો રમતમાં એકબીજાનો પીછો કરે છે"),
        (
            "gu",
            "મારા ઘરવાળા જબરદસ્તી મારા લગ્ન કરાવવા માંગે છે",
            "મારી બહેનના લગ્ન છે, જબરદસ્ત તૈયારી ચાલે છે",
        ),
        (
            "gu",
            "મારી 14 વર્ષની દીકરીના લગ્ન આવતા મહિને નક્કી કરી દીધા છે",
            "મારી 14 વર્ષની દીકરીને ડાન્સ ક્લાસમાં જવું છે",
        ),
        ("gu", "હું ઘરમાં સુરક્ષિત નથી", "પાર્કવાળો રસ્તો રાત્રે સુરક્ષિત નથી"),
        ("gu", "આજે રાત્રે સૂવા માટે કોઈ જગ્યા નથી", "હોલ પાસે ગાડી પાર્ક કરવા જગ્યા નથી"),
        ("gu", "બાળકો બે દિવસથી ભૂખ્યા છે", "બાળકોને ખાવાનું ગમતું નથી, પીઝા મળશે?"),
        ("gu", "વહુ બાપુજીનું પેન્શન છીનવી લે છે", "બાનું પેન્શન લેવા બેંકમાં જવું છે"),
        ("gu", "દીકરો બાને દવા પણ નથી આપતો", "બાને દવા આપવાનો સમય આઠ વાગ્યે છે"),
        ("hi", "मैं मरना चाहती हूँ, अब और नहीं सहा जाता", "भूख से मर रही हूँ, खाना कब है?"),
        ("hi", "मैंने फिर से खुद को काट लिया", "मैंने खुद को एक कॉफ़ी दी, थोड़ा आराम"),
        (
            "hi",
            "मैंने नींद की सारी गोलियाँ खा लीं",
            "सारी दवाइयाँ समय पर खा ली हैं, आठ बजे फिर लेनी हैं",
        ),
        ("hi", "मेरा पति मुझे रोज़ मारता है", "मुझे मारवाड़ी खाना बहुत पसंद है"),
        ("hi", "सास मुझे कमरे में बंद कर देती है", "कमरे में पंखा बंद रखना, मुझे ठंड लगती है"),
        ("hi", "घर वापस जाने से डर लगता है", "घर जाने में देर होगी, बस नहीं मिली"),
        ("hi", "एक आदमी रोज़ मेरा पीछा करता है", "बच्चे खेल में एक-दूसरे का पीछा करते हैं"),
        (
            "hi",
            "घरवाले मेरी ज़बरदस्ती शादी करवा रहे हैं",
            "मेरी बहन की शादी है, ज़बरदस्त तैयारी चल रही है",
        ),
        (
            "hi",
            "मेरी 14 साल की बहन की शादी गाँव में तय कर दी है",
            "मेरी 15 साल की बेटी की सहेली की बड़ी बहन की शादी है, हम जाएँगे",
        ),
        (
            "hi",
            "meri 16 saal ki beti ki shaadi gaon mein karwana chahte hain",
            "meri 16 saal ki beti ki shaadi ki tasveerein dekhi?",
        ),
        (
            "hi",
            "papa meri shaadi karwana chahte hain par main nahi chahti",
            "bhaiya ki shaadi karwana chahte hain agle saal, sab khush hain",
        ),
        ("hi", "मैं घर में सुरक्षित नहीं हूँ", "पार्क वाला रास्ता रात में सुरक्षित नहीं है"),
        ("hi", "आज रात सोने के लिए कोई जगह नहीं है", "हॉल के पास गाड़ी खड़ी करने की जगह नहीं है"),
        ("hi", "वो बच्चों को रोज़ मारता है", "बच्चों को खाना पसंद नहीं, पिज़्ज़ा मिलेगा?"),
        ("hi", "भाई मां की पेंशन छीन लेता है", "मां की पेंशन लेने बैंक जाना है"),
        ("hi", "बहू दादी को खाना भी नहीं देती", "दादी को दवा देने का समय आठ बजे है"),
        ("gu", "સાસુ મને ઘરની બહાર જવા નથી દેતી", "વરસાદમાં બાળકોને બહાર જવા નથી દેતી"),
        ("gu", "બાપુજી મને પટ્ટાથી પીટે છે", "મને પીટર લેવા આવશે"),
        ("hi", "पति मुझे घर से बाहर जाने नहीं देता", "बारिश में बच्चों को बाहर जाने नहीं देती"),
        ("el", "κινδυνεύω, έλα να με πάρεις", "κινδυνεύω να χάσω το λεωφορείο, θα αργήσω"),
        (
            "hi",
            "saas mujhe ghar se bahar nahi jaane deti",
            "barish mein bachon ko bahar nahi jaane deti",
        ),
        (
            "hi",
            "main ghar mein surakshit nahi hoon",
            "park wala rasta raat ko surakshit nahi hai",
        ),
        (
            "hi",
            "ab jeene ki ichha nahi rahi",
            "aaj khana banane ki ichha nahi, pizza mangwa lete hain",
        ),
        ("ur", "marna chahti hoon, thak gayi hoon", "mummy mujhe maar dalegi agar late hui"),
        (
            "pt",
            "Minha filha de 15 anos sumiu faz dois dias, anda com homens mais velhos, dão dinheiro",
            "Meu filho de 14 anos não volta pra casa faz três dias, está no acampamento da escola",
        ),
        (
            "pt",
            "Um homem me segue todos os dias depois do trabalho",
            "Uma moça me segue no instagram, aparece em todas as fotos",
        ),
        (
            "sq",
            "Më mbajnë në një dhomë dhe nuk më lënë të dal",
            "Më mbajnë në shtëpi fëmijët sot, jemi me pushime",
        ),
        (
            "pl",
            "Nie możemy odejść z pracy, szef mówi że mamy dług za przejazd",
            "Nie możemy odejść przed końcem zebrania, dług za salę spłacony",
        ),
        (
            "pl",
            "Ktoś podpalił nam samochód przed domem, dzieci się boją",
            "Podpaliliśmy ognisko przed domem, dzieci się cieszą",
        ),
        (
            "ro",
            "Patronul ne ia pașapoartele și lucrăm 7 zile",
            "Patronul ne ia la masă 7 zile pe săptămână",
        ),
        ("so", "Xalay waxaan ku seexday waddada", "Xalay waxaan ku seexday guriga walaashay"),
        (
            "so",
            "Gabadhayda waxay rabaan in la gudo",
            "Gabadhayda waxay dugsiga ku baratay gudniinka waxyeelladiisa",
        ),
        (
            "lt",
            "Mama su demencija viena namie, ji nieko nevalgo",
            "Tėtis su demencija vienas namie tik valandą, slaugytoja ateina kasdien",
        ),
        ("yo", "onile le wa jade, mo n sun ni ode bayi", "onile wa so pe ki a sun ni kutukutu"),
        (
            "it",
            "mia madre vive con la badante che la lascia senza mangiare",
            "mia madre mi lascia senza dolce se non finisco",
        ),
        (
            "it",
            "il compagno di mio padre si tiene la sua pensione e lui ha paura",
            "mio padre prende la sua pensione il primo del mese",
        ),
        (
            "fr",
            "ma fille de 16 ans transporte de la drogue pour des mecs, elle a une dette",
            "mon fils de 15 ans vend des gâteaux pour des gars du club",
        ),
        (
            "fr",
            "mon mari me menace tous les jours",
            "mon fils me menace de partir en vacances sans moi, pour rire",
        ),
        ("it", "mi taglio di nuovo le braccia", "mi taglio i capelli sabato"),
        ("it", "ho ingoiato tutte le pillole che avevo", "ho preso tutte le medicine stamattina"),
        ("fr", "il me menace avec un couteau", "il me menace de venir dîner"),
        (
            "fr",
            "je dors dans ma voiture depuis lundi",
            "je dors dehors sous la tente au festival",
        ),
        (
            "yo",
            "mo n sun ni ita fun ojo meta, otutu n pa mi",
            "mo n sun ni ita lale yi fun ayeye",
        ),
        (
            "es",
            "los cuidadores le dejan sin comida todo el dia",
            "los cuidadores le dejan elegir la comida",
        ),
        ("es", "mi jefe en el almacen me manosea", "el casero me toco la puerta para cobrar"),
        ("es", "el casero me toco sin permiso", "mi jefe dice que me toco trabajar el sabado"),
        ("pl", "zamykaja mnie w piwnicy", "zamykaja kontener na noc"),
        ("pl", "szef zamyka mnie na klucz", "to nasz sklep, zamykaja go na noc o dziesiatej"),
        ("pl", "nie wiem juz po co zyje", "nie wiem po co mam isc na zebranie"),
        ("sq", "djali e le babain pa ushqim", "e le vetem gjithe diten ne pune"),
        ("fr", "ma fille rentre avec de la coke", "mon fils revient avec des sachets de bonbons"),
        (
            "it",
            "mio figlio mi manda in un ospizio se non firmo",
            "mi mette in una rsa per riabilitarmi",
        ),
        ("so", "ma haysto meel aan caawa seexdo", "ma haystaan meel ay fadhiyaan shirka"),
        ("pt", "o meu ex achou onde eu trabalho", "meu ex sabe onde eu moro"),
        (
            "pt",
            "o tio entra no quarto e me apalpa",
            "o padrasto entra no quarto e lhe da um beijo",
        ),
        ("tr", "esim bu aksam beni vurdu", "kocam dun gece yine haliyi dovdu"),
        (
            "lt",
            "esu nescia ir kraujuoju",
            "esu nescia trisdesimt savaiciu ir prasidejo atostogos",
        ),
        ("ur", "میں اپنے آپ کو ختم کر دوں گی", "میں یہ کام ختم کرنا چاہتی ہوں"),
        (
            "ur",
            "فیصلہ کر لیا ہے، ساری نیند کی گولیاں کھا لوں گی",
            "ساری دوائیاں صبح ناشتے کے بعد کھا لوں گی",
        ),
        (
            "ur",
            "مالک مکان نے ہمیں گھر سے نکال دیا، رات سڑک پر گزارنی پڑے گی",
            "مالک مکان تالے بدلنے آئے گا، اس لیے دیر ہو گی",
        ),
        ("ur", "آج رات سونے کی کوئی جگہ نہیں", "ہال کے پاس پارکنگ کی کوئی جگہ نہیں"),
        (
            "hi",
            "पापा सांस नहीं ले पा रहे, एम्बुलेंस बुलानी है",
            "सीढ़ियाँ चढ़कर साँस नहीं ले पा रही थी, लिफ्ट है?",
        ),
        ("bn", "ভাই আমার বোনকে প্রতিদিন মারধর করে", "মাকে হাসপাতালে নিয়ে যাব, তাই আসতে পারব না"),
        (
            "bn",
            "আমার ছেলে বলছে বিধর্মীদের খুন করতে হবে, একটা চাকু লুকিয়ে রেখেছে",
            "সেশনে বক্তা বললেন চরমপন্থীরা বলে কাফেরদের মারতে হবে, খুব শিক্ষণীয় ছিল",
        ),
        (
            "ta",
            "அப்பா முகம் ஒரு பக்கம் சாய்ஞ்சிருக்கு, பேச்சு வரல",
            "நெட்வொர்க் சரியில்லை, சரியாகப் பேச முடியவில்லை",
        ),
        ("fa", "امشب خودکشی میکنم", "فکر کنم امشب دیر برسم"),
        ("lt", "esu nescia ir bega kraujas", "esu nescia ir kartais kraujavimas is nosies"),
        (
            "it",
            "il padrone di casa mi obbliga a fare sesso con lui se non pago l'affitto",
            "la febbre mi costringe a letto, sabato non vengo",
        ),
        (
            "it",
            "è stata costretta ad avere rapporti con il suo capo",
            "mia madre mi obbliga ad andare a letto alle nove",
        ),
        (
            "sq",
            "mamaja ime më shkroi që do ta vrasë veten sonte",
            "ai do ta vrasë veten me punë, s'pushon kurrë",
        ),
        ("sq", "vjehrra e mbyll në dhomë gjithë ditën", "burri e mbyll dyqanin në orën tetë"),
        (
            "es",
            "mi yerno me ha dejado encerrado en el piso sin llaves",
            "me quedé encerrada fuera sin llaves, ya vino el cerrajero",
        ),
        (
            "es",
            "me duele el pecho y el brazo izquierdo, estoy sola",
            "me duele el pecho de toser, no puedo respirar por la nariz",
        ),
        (
            "es",
            "a mi abuelo lo dejan solo en la residencia sin comer",
            "a mi abuela la dejan sola en la tienda sin móvil, le encanta",
        ),
        (
            "pt",
            "o meu pai caiu na casa de banho e não consegue se levantar",
            "a minha mãe caiu no chão da cozinha mas levantou-se logo, está bem",
        ),
        (
            "ro",
            "De o săptămână n-am mâncat nimic și nimeni nu mă ajută",
            "N-am mai mâncat de două zile carne, ce meniu aveți la adunare?",
        ),
        (
            "pl",
            "partner rzucił nią o szafę, słyszałam krzyk",
            "dziecko rzuca piłką o ścianę, a sąsiad krzyczy",
        ),
        (
            "pl",
            "słyszę przez ścianę, jak on ją bije",
            "słyszę przez ścianę, jak dziecko bije brawo",
        ),
        (
            "lt",
            "Mama parašė: atsiprašau už viską, sudie. Dabar neatsiliepia.",
            "Atsiprašau už viską, kad vėlavau, pasirūpinsiu kava kitą kartą",
        ),
        (
            "el",
            "ο σύντροφός της την έσπρωξε στη σκάλα",
            "ο γιος μου τη χτυπάει την μπάλα πολύ δυνατά",
        ),
        (
            "bg",
            "не ни плащат и не ни пускат да излезем",
            "Шефът не ни плаща навреме, ще се оплачем",
        ),
        ("bg", "хазяйката ѝ взе паспорта", "на летището ѝ взеха паспорта за проверка"),
        ("bg", "Свекърва ми я заключва вътре по цял ден", "Колелото го заключвам вътре в мазето"),
        (
            "bg",
            "Болногледачът не е идвал при майка ми от четири дни",
            "Болногледачката не е идвала на сесията",
        ),
        (
            "bg",
            "Мама не вдига телефона от два дни, а не може да става сама",
            "Мама не вдига телефона от два дни, сигурно е на почивка",
        ),
        ("ru", "хозяин держит наши паспорта", "паспорта держим в сейфе дома"),
        (
            "ru",
            "работодатель не платит и не отпускает нас домой",
            "работодатель не платит за сверхурочные",
        ),
        (
            "ru",
            "незнакомец поджидает меня у подъезда каждое утро",
            "бабушка ждёт меня у подъезда",
        ),
        ("ru", "он ломится ко мне в квартиру", "соседи ломятся в лифт по утрам"),
        ("ru", "мама лежит без сознания", "смеялись до потери сознания"),
        (
            "ru",
            "не могу дышать, сердце колотится, я одна дома",
            "в автобусе не могу дышать от духов",
        ),
        ("ru", "сиделка не приходила к папе уже неделю", "сиделка приходит к папе по вторникам"),
        ("ru", "сын забирает всю её пенсию", "забираю пенсию на почте в понедельник"),
        ("ru", "ребёнок весь в синяках", "ребёнок весь в краске после рисования"),
        ("ru", "бывший нашёл меня, узнал где я живу", "бывший муж нашёл мне хорошего юриста"),
        ("uk", "господар тримає наші паспорти", "паспорти тримаємо вдома в шафі"),
        ("uk", "не платять і не відпускають нас", "не платять вчасно за прибирання"),
        (
            "uk",
            "незнайомець чатує на мене біля під'їзду щодня",
            "сусідка чекає мене біля під'їзду",
        ),
        ("uk", "мама лежить без свідомості", "лекція про свідомість була цікава"),
        (
            "uk",
            "доглядальниця не приходила до тата вже тиждень",
            "доглядальниця приходить до тата щовівторка",
        ),
        (
            "uk",
            "не можу дихати, серце калатає, я сама вдома",
            "у автобусі не можу дихати від парфумів",
        ),
        ("zh", "老板不给工资，也不让我们出去", "老板这个月还没发工资"),
        ("zh", "她被关在地下室", "我被关在门外了"),
        ("zh", "我怕我老公。", "我怕我老公生气"),
        ("zh", "陌生男人每天在楼下等我，我很害怕", "我老公每天在楼下等我下班"),
        ("zh", "前夫找到我住的地方了", "前夫找到了新工作"),
        ("zh", "护工打我奶奶", "护工每周二来"),
        ("zh", "一个人在家，喘不过气，心跳好快", "工作压力大得喘不过气"),
        ("zh", "叫不醒他，他一直不动", "儿子早上叫不醒，上学老迟到"),
        (
            "bg",
            "Някакъв непознат ме причаква след работа от месец",
            "Кардиологът ме следи от три месеца",
        ),
        (
            "bg",
            "Пише ми всеки ден, че знае къде живея, и ме е страх да изляза",
            "Куриерът ми писа, че знае къде живеем и ще остави пакета пред вратата",
        ),
        (
            "lt",
            "mamos burna perkreipta, kairė ranka nusilpo",
            "ranka nutirpo nuo miego, jau praėjo",
        ),
        (
            "lt",
            "senelis kalba neaiškiai ir negali pakelti rankos",
            "po odontologo burna nutirpusi ir negaliu kalbėti",
        ),
        (
            "ru",
            "хочу броситься под поезд, сил больше нет",
            "в субботу прыгну с моста на тарзанке, вот это адреналин!",
        ),
        ("ru", "сегодня ночью повешусь, всё решила", "если ещё раз услышу эту песню, я повешусь"),
        (
            "ru",
            "Простите меня за всё. Прощайте, позаботьтесь о маме",
            "простите за всё, что наговорила вчера, больше не могу ссориться",
        ),
        (
            "sq",
            "burri më kërcënon se do më marrë fëmijët nëse telefonoj policinë",
            "kërcënova se do të thërras policinë nëse fqinjët nuk e ulin muzikën",
        ),
        (
            "sq",
            "ca burra janë futur në apartamentin e gjyshes dhe nuk e lënë të dalë",
            "nipërit kanë zënë shtëpinë e gjyshes gjatë pushimeve, ajo është shumë e lumtur",
        ),
        (
            "sq",
            "shesin drogë nga shtëpia e tezes sime",
            "seanca për ata që shesin drogë në rrugë ishte e mirë",
        ),
        (
            "it",
            "la badante si è presa la sua carta e non le resta niente",
            "mio fratello tiene il suo bancomat e le fa la spesa; lei non mangia carne da anni",
        ),
        ("it", "la nonna non mangia niente da tre giorni", "la nonna non mangia dolci da giorni"),
        (
            "it",
            "mio padre ha 85 anni e un nuovo amico gli fa fare bonifici ogni settimana",
            "mia madre ha un nuovo amico al centro anziani, le ha insegnato a usare il bancomat",
        ),
        # a plea in a few words beside someone here, at the door, armed, or locking them in
        ("pl", "pomocy, mąż wrócił", "mąż wrócił, pomocy z formularzem już nie potrzebuję"),
        (
            "ro",
            "ajutor, suntem încuiați în camion",
            "ne-au încuiat afară din sală, cine are cheia?",
        ),
        (
            "tr",
            "eski kocam kapının önünde, elinde satır var",
            "kapıdalar, ellerinde pasta var, açar mısın?",
        ),
        ("ar", "ساعدوني، طليقي على الباب", "ساعدوني، الأولاد بدهم يسجلوا بالنادي"),
        ("so", "i caawi, halkan ayuu joogaa", "i caawi foomka, halkan ayuu ku qoran yahay"),
        (
            "uk",
            "допоможіть, він знову під дверима",
            "допоможіть з формою, він тут не відкривається",
        ),
        # domestic violence lived, not a survey's subject; abuse with its pronoun either side
        (
            "pl",
            "od lat doświadczam przemocy domowej ze strony męża",
            "zgłoszeń przemocy domowej jest coraz więcej w naszej dzielnicy, warto o tym mówić",
        ),
        ("pl", "on się nade mną znęca", "on się nad tym zastanawia"),
        # wages taken whole for a debt for the journey; a debt joked about
        (
            "ro",
            "Patronul ne oprește tot salariul, zice că datorăm pentru transport și cazare",
            "Șefa zice că îi datorez o cafea pentru drumul din România, glumește mereu",
        ),
        # a threat to burn a home with the family in it; a barbecue lit together
        (
            "tr",
            "Evimizi çocuklarla birlikte yakacaklarını söyleyip tehdit ettiler",
            "Cumartesi dükkanda benimle birlikte mangal yakacaklarını söylediler, çok sevindim",
        ),
        (
            "tr",
            'kapıya "yabancılar defolsun, evinizi yakacağız" yazmışlar',
            '"Çocuklar defolun" diye bağırdım, akşam mangal yakacağız',
        ),
        # the writer's home to be burned with the children inside; a barbecue lit in the garden
        (
            "tr",
            'Komşular kapıma "defol git" yazdı, bu gece evimi yakacaklarını söylediler, '
            "çocuklarım içeride",
            "Komşular bu akşam bahçede mangal yakacaklarını söylediler, çocuklarım içeride",
        ),
        # a teenager offered a bed "for a favour" by older men; a bed offered for help at home
        (
            "pl",
            "Mój syn ma 16 lat, a starsi faceci proponują mu nocleg za „przysługę”",
            "Mój syn ma 16 lat, starsi sąsiedzi proponują mu nocleg za pomoc przy remoncie",
        ),
        (
            "pl",
            "wyrzucili go z domu, śpi dziś na dworze",
            "wyrzucili go z domu za hałas, śpi dziś u babci",
        ),
        # a girl of 15 with a man of 30 who takes her to other men; a coach who takes her to
        # training
        (
            "sq",
            'Vajza ime 15 vjeç ka një "të dashur" 30 vjeç që e çon në shtëpi me burra të tjerë',
            "Vajza ime 15 vjeç ka një trajner 30 vjeç që e çon në stërvitje me shoqet",
        ),
        # a knife carried against another gang; a knife for the picnic
        (
            "es",
            "mi hermano dice que mañana va a llevar un cuchillo porque los de la otra banda "
            "apuñalaron a su amigo",
            "mi hermano dice que mañana va a llevar un cuchillo al picnic para cortar el pan",
        ),
        # a plea in a few words; the same words with a mother and lateness
        ("es", "ayuda me va a matar", "ayuda, mi madre me va a matar si llego tarde"),
        # papers held with no pay; a passport kept for a visa, paid in full
        (
            "vi",
            "chủ giữ hộ chiếu của em và không trả lương, tối nay họ bắt em ngủ lại trong tiệm",
            "Chủ tiệm giữ hộ chiếu của em mấy hôm để làm visa, lương trả đủ",
        ),
        # a child's arm broken by someone; a child who broke their own arm at school
        ("ar", "جوزي كسر ايد بنتي امبارح", "بنتي كسرت ايدها بالمدرسة امبارح"),
        # a girl to be cut "this summer", unnamed; a party they are holding today
        (
            "so",
            "inantayda xagaagan ayay sameyn doonaan, fadlan i caawi",
            "Gabadhu waa 9 sano. Maanta xaflad ayay sameynayaan.",
        ),
        # affairs put in order as errands; the same errands before a holiday or a post
        (
            "uk",
            "Собаку прилаштувала, а снодійне вже назбирала.",
            "Кота віддала сусідці на тиждень, листи написала, завтра їдемо до моря.",
        ),
        (
            "uk",
            "Заощадження мені вже не потрібні, листи дітям написала",
            "Листи дітям написала, завтра відправлю поштою",
        ),
        # a goodbye in a few words at a bridge; a bridge closed on the way
        ("uk", "на мосту. темно. простіть", "міст перекрили, вибачте, запізнюсь"),
        # a fall heard, no answer since; a fall last week that left her well, emails unanswered
        (
            "pl",
            "słyszałam jak mama upadła w łazience, nie odpowiada, drzwi zamknięte",
            "Mama upadła w ogrodzie w zeszłym tygodniu, nic jej się nie stało, tylko nie "
            "odpowiada na maile",
        ),
        # a phone taken by the people the writer works for, a dozen in one house, no wages; a
        # phone lent to a daughter and four in one house
        (
            "lt",
            "mano telefoną atėmė žmonės, kuriems dirbu, gyvename dvylika viename name, "
            "atlyginimo negauname",
            "mano telefoną paėmė dukra, žmonės, kuriems dirbu, geri, gyvename keturiese "
            "viename name",
        ),
        # bruises from what a partner did; bruises from a fall, with a partner's massage
        (
            "es",
            "tengo moratones en las costillas de lo que me hizo mi pareja anoche",
            "tengo moratones en las costillas de la caída en bici y mi pareja me hizo un masaje "
            "anoche",
        ),
        # an older neighbour's money kept by her "helper", her face bruised; a helper who keeps
        # her card to do the shopping
        (
            "es",
            'mi vecina mayor tiene un hombre que "la ayuda" y se queda con su dinero, hoy la vi '
            "con la cara morada",
            "mi vecina mayor tiene un hombre que la ayuda con la compra y se queda con su "
            "tarjeta para pagar, hoy la vi muy contenta",
        ),
        # two of a stroke's signs now; the same after the dentist
        (
            "tr",
            "şu an sol kolum ve yüzümün bir tarafı uyuştu, konuşurken kelimeler karışıyor",
            "dişçiden sonra yüzümün bir tarafı uyuştu, konuşurken kelimeler karışıyor",
        ),
        # a son of 15 gone two nights with older men who give him money; two nights at his
        # father's
        (
            "pt",
            "o meu filho de 15 anos não volta a casa há duas noites, anda com uns homens mais "
            "velhos que lhe dão dinheiro",
            "o meu filho de 15 anos não volta a casa há duas noites porque está na casa do pai, "
            "que lhe deu um telemóvel novo",
        ),
        # a child beaten till he bled; a drum beaten for the child
        (
            "yo",
            "ọkọ mi lù ú títí ẹ̀jẹ̀ fi jáde lánàá, ọmọ ọdún mẹ́fà ni",
            "ọkọ mi lu ìlù fún ọmọ mi lánàá, inú rẹ̀ dùn",
        ),
        # a girl of 14 meeting a man met online, told to keep it secret (in Italian or half in
        # English); a girl her age met online and met with a parent there
        (
            "it",
            "mia figlia, 14 anni, is meeting this man she met online tonight and he told her not "
            "to tell me",
            "mia figlia, 14 anni, is meeting a girl she met online tonight, I'm going with her",
        ),
        (
            "it",
            "mia figlia di 13 anni ha conosciuto un uomo su instagram e lo incontra stasera, le "
            "ha detto di non dirmelo",
            "mia figlia ha conosciuto una ragazza su instagram e la incontra stasera con me",
        ),
        # kept at the nail bar over a debt for being brought to England; kept late, rent owed
        (
            "vi",
            "Tôi đang ở tiệm nail, họ không cho tôi về, họ nói tôi còn nợ tiền đưa sang Anh",
            "Tôi đang ở tiệm nail, đông khách nên họ không cho tôi về sớm, tôi còn nợ tiền nhà "
            "tháng này",
        ),
        # an ex who follows the writer to work every day and waited outside; an ex who waited
        # outside with the children, as agreed
        (
            "hu",
            "a volt párom minden nap követ a munkahelyemig, és ma reggel a lakásom előtt várt",
            "a volt párom ma reggel a lakásom előtt várt a gyerekekkel, ahogy megbeszéltük",
        ),
        # a son of 17 watching recruiters' videos, talking of leaving for Syria; a son going to
        # see his grandmother there
        (
            "fr",
            "Mon fils de 17 ans regarde des vidéos de recrutement, il parle de partir en Syrie "
            "et il a acheté un billet pour Istanbul",
            "Mon fils de 17 ans regarde des vidéos de voyage, il parle de partir en Syrie voir "
            "sa grand-mère et il a acheté un billet pour Istanbul",
        ),
        # a mother of 90 beaten by her son; her son who tells her every day
        (
            "tw",
            "Me maame a wadi mfeɛ aduɔkron no, ne babarima bɔ no na ɔfa ne sika nyinaa",
            "Me maame a wadi mfeɛ aduɔkron no, ne babarima bɔ no amanneɛ daa",
        ),
        # on the floor and unable to get up; unable to get up early
        ("tw", "seesei me maame da fam na ontumi nsɔre", "Mentumi nsɔre anɔpa ntɛm, mɛba akyire"),
        # a sister-in-law locked in a room for three days; kept at home with a fever
        (
            "bn",
            "amar bhabi ke 3 din dhore ghore atke rekheche, khete dey na",
            "amar bhabi ke 3 din dhore ghore rekheche, jor esheche",
        ),
        # someone else's wish to die, told by the one writing for them; a mother who no longer
        # wants to live in London
        (
            "ro",
            "Scriu pentru tata. Zice că nu mai vrea să trăiască, nu mai mănâncă",
            "Mama zice că nu mai vrea să trăiască în Londra, vrea să se mute la țară",
        ),
        (
            "ro",
            "fratele meu vrea să-și ia viața, mi-a scris azi noapte",
            "fratele meu și-a luat viața în propriile mâini și s-a mutat la Londra",
        ),
        # tablets saved up and a goodbye said; pills sorted into a box by the day
        (
            "ro",
            "sora mea a strâns pastilele într-o cutie și mi-a scris adio pe WhatsApp",
            "Mama a strâns toate pastilele de la doctor într-o cutie pe zile, să nu le încurce",
        ),
        # a child not come home with the phone off or no one knowing where; one who stayed at a
        # friend's, where she is known to be
        (
            "tr",
            "oğlum 14 yaşında okuldan sonra eve dönmedi, telefonuna ulaşamıyoruz",
            "oğlum 14 yaşında okuldan sonra eve dönmedi, arkadaşında kaldı, telefonu kapalı",
        ),
        (
            "tr",
            "torunum dün gece eve gelmedi, nerede olduğunu kimse bilmiyor",
            "kızım dün gece eve gelmedi, arkadaşında kaldı, nerede olduğunu biliyorum",
        ),
        # a girl to be cut ("in gabadha la gudo"); a son to be circumcised, a girl who began
        # her studies ("la gudo gashay")
        (
            "so",
            "eedadeed waxay doonaysaa in gabadheeda yar oo 8 jir ah la gudo xagaaga",
            "eedadeed waxay doonaysaa in wiilkeeda yar oo 8 jir ah la gudo xagaaga",
        ),
        (
            "so",
            "ayeeyo waxay rabtaa in gabadhayda 6 jir ah gudniin loo sameeyo fasaxa",
            "gabadhayda waxay la gudo gashay waxbarashada jaamacadda",
        ),
        # an ex, or a man out of prison, outside the home with the writer afraid; an ex there to
        # fetch the children, with no fear or afraid only of being late
        (
            "pt",
            "o pai dos meus filhos saiu da cadeia e está rondando a minha casa, estou apavorada",
            "meu ex tava parado na frente da minha casa pra buscar as crianças, ele sabe onde eu "
            "moro, tudo tranquilo",
        ),
        (
            "pt",
            "meu ex-marido apareceu na porta do meu trabalho, tô com muito medo",
            "meu ex vai esperar na frente da minha casa às 6, tô com medo de chegar atrasada",
        ),
        (
            "pt",
            "meu ex sabe onde eu moro, tenho medo dele",
            "meu ex sabe onde eu moro, não tenho medo dele",
        ),
        # a brother who will end his life tonight or no longer wants to live; a political life
        # ended, a brother who no longer wants to live in London
        (
            "sq",
            "vëllai im më tha se do t'i japë fund jetës sonte",
            "vëllai tha se do t'i japë fund jetës së tij politike pas zgjedhjeve",
        ),
        (
            "sq",
            "motra ime nuk do të jetojë më, ka shkruar letra për fëmijët",
            "vëllai im nuk do të jetojë më në Londër, do të kthehet në Tiranë",
        ),
        # children alone at home for days, with no grown-up; an hour alone while a parent went
        # to market
        (
            "yo",
            "omo kekere kan wa ninu ile nikan lati ana, ko si eni to n wo o",
            "awon omo mi wa nile nikan fun wakati kan lana nigba ti mo lo oja, won sere daadaa",
        ),
        (
            "yo",
            "ọmọ ọwọ́ kan wà nílé nìkan fún ọjọ́ méjì, kò sí àgbàlagbà kankan",
            "ọmọ mi nìkan ló wà ní kíláàsì fún ọjọ́ méjì, kò sí àgbàlagbà míì tó wá",
        ),
        # a husband who beats her daily, or threatened her with a knife or with death; one who
        # warns her, cut the meat with a knife, hunger that "will kill" her
        ("tw", "Me nuabaa kunu boro no daa", "Ne kunu boro no kɔkɔ daa sɛ ɔnhwɛ kwan"),
        (
            "tw",
            "Ne kunu de sekan hunahunaa no sɛ ɔbɛkum no",
            "Ne kunu de sekan twitwaa nam no nnɛ anɔpa",
        ),
        ("tw", "Ne kunu ka sɛ ɔbɛkum no", "Ɛkɔm bɛkum no, ɔnnidii biribi"),
        # a fall with the body shaking, or a fit with no word for minutes; a fall got up from,
        # shaking with cold
        (
            "ln",
            "Nazali kokoma mpo na mama na ngai. Akwei na mabele, nzoto na ye ezali koningana",
            "Nazali kokoma mpo na mama na ngai. Akwei na mabele na zando kasi atelemi noki",
        ),
        (
            "ln",
            "Tata azali koningana, eleki miniti zomi",
            "Tata azali koningana na malili, eleki miniti zomi tozali kozela bisi",
        ),
        # told by the writer for someone else (a sister here): her arms cut with a blade; thread
        # cut with one
        (
            "ur",
            "میری بہن نے اپنے بازو بلیڈ سے کاٹ لیے ہیں، وہ کہتی ہے کسی کو مت بتانا",
            "میری بہن نے بلیڈ سے قمیض کے دھاگے کاٹ لیے ہیں، کپڑا تیار ہے",
        ),
        (
            "ur",
            "meri behen ne apni kalai blade se kaat li hai",
            "meri behen ne blade se dhaage kaat liye hain",
        ),
        # a blade cut bleeding now; bleeding that stopped
        (
            "ur",
            "بھائی کو بلیڈ سے کٹ لگا ہے اور خون نہیں رک رہا",
            "بلیڈ سے کٹ لگا تھا، خون نہیں رک رہا تھا، اب ٹھیک ہے",
        ),
        # a heart attack's signs now; the same signs last year, now well
        (
            "bn",
            "আমার দাদির বুকে খুব চাপ লাগছে, বাম হাতে ব্যথা, খুব ঘামছেন",
            "গত বছর দাদির বুকে চাপ আর বাম হাতে ব্যথা হয়েছিল, এখন ভালো আছেন",
        ),
        (
            "bn",
            "nanir buke khub chap lagche, ghamche",
            "gato bochor nanir buke chap chilo, ghamchilo, ekhon thik",
        ),
        # a sister of 16 to be married off abroad; one of 24 whose wedding all look forward to
        (
            "gu",
            "તે 16 વર્ષની છે, ઘરવાળા તેને ભારત લઈ જઈને લગ્ન કરાવી દેવાના છે",
            "તે 24 વર્ષની છે, ઘરવાળા તેને ભારત લઈ જઈને લગ્ન કરાવી દેવાના છે, બધા ખુશ છે",
        ),
        # beaten by her father; dropped at the writer's house by him ("મારે ઘરે")
        ("gu", "તે ના પાડે છે તો પપ્પા તેને મારે છે", "પપ્પા તેને મારે ઘરે મૂકી જશે"),
        # a boy beaten with a belt every day; a temple bell rung every day
        (
            "ta",
            "அவனோட அப்பா தினமும் பெல்ட்டால அடிக்கிறார்",
            "அவனோட அப்பா தினமும் கோயில் பெல் அடிக்கிறார்",
        ),
        # a family's things thrown into the street by the landlord; a lock to be changed tomorrow
        (
            "ar",
            "صاحب البيت رمى أغراضنا في الشارع الليلة وغيّر القفل",
            "صاحب البيت رح يغيّر القفل بكرة الصبح، لازم أكون بالبيت",
        ),
        # a brother's family with nowhere to sleep; guests with no bed
        (
            "ar",
            "أخي وزوجته والأولاد ما عندهم مكان يناموا فيه الليلة",
            "ما عندنا مكان ينام فيه الضيوف، في فندق قريب؟",
        ),
        # a friend hiding from her husband shouting at the door; hide-and-seek
        (
            "fa",
            "الان توی دستشویی قایم شده و شوهرش پشت در داد می‌زنه",
            "پسرم موقع قایم‌موشک توی کمد قایم شده بود و خواهرش پشت در داد می‌زد",
        ),
        # a friend beaten by her husband; a beating in childhood, long over
        ("fa", "شوهرش کتکش می‌زنه", "پدرش بچگی کتکش می‌زد، الان رابطه‌شون خوبه"),
        # hate at the home now, in Dari: "Afghans, go back" shouted, stones at the window; Afghans
        # who want to go back talked of at the assembly, a ball that hit the window
        (
            "fa",
            "چند نفر بیرون خانه ما فریاد می‌زنند که افغان‌ها برگردید",
            "در مجمع درباره افغان‌هایی که می‌خواهند برگردند صحبت کردیم",
        ),
        (
            "fa",
            "به کلکین ما سنگ زدند و اولادها بسیار ترسیده اند",
            "اولادها در کوچه بازی می‌کردند و توپ شان به کلکین ما خورد",
        ),
        # a mother's breath not coming with chest pain or a fall; a breath short yesterday, or
        # lost to the heat in the kitchen while a spoon fell
        (
            "pa",
            "ਪਾਪਾ ਨੂੰ ਸਾਹ ਨਹੀਂ ਆ ਰਿਹਾ, ਛਾਤੀ ਫੜ ਕੇ ਬੈਠੇ ਨੇ",
            "ਮਾਂ ਨੂੰ ਕੱਲ੍ਹ ਸਾਹ ਨਹੀਂ ਆ ਰਿਹਾ ਸੀ ਤੇ ਛਾਤੀ ਵਿੱਚ ਦਰਦ ਸੀ, ਡਾਕਟਰ ਨੇ ਕਿਹਾ ਗੈਸ ਹੈ",
        ),
        (
            "pa",
            "ਬੀਬੀ ਜੀ ਪੌੜੀਆਂ ਤੋਂ ਡਿੱਗ ਪਏ, ਸਾਹ ਨਹੀਂ ਲੈ ਰਹੇ",
            "ਰਸੋਈ ਵਿੱਚ ਬਹੁਤ ਗਰਮੀ ਹੈ, ਸਾਹ ਨਹੀਂ ਆ ਰਿਹਾ, ਮਾਂ ਦਾ ਚਮਚਾ ਵੀ ਡਿੱਗ ਪਿਆ",
        ),
        # a grandmother beaten or bruised in a care home; a visit the writer must make there,
        # bruises from a fall there
        (
            "gu",
            "બાને વૃદ્ધાશ્રમમાં સ્ટાફ મારે છે",
            "દાદાને કેર હોમમાં મારે મળવા જવું છે, ત્યાં ખાવાનું સારું આપે છે",
        ),
        (
            "gu",
            "કેર હોમમાં દાદીના હાથ પર ઉઝરડા છે, કોઈ કહેતું નથી કેમ",
            "દાદા કેર હોમમાં પડી ગયા, હાથ પર ઉઝરડા છે, નર્સે પાટો બાંધ્યો",
        ),
        # a boy urged online to "do an operation" with knives bought; an operation at the
        # hospital, knives for the kitchen
        (
            "ar",
            "ابني صار يحكي مع ناس على تليجرام وبيقولوا له يعمل عملية، وعنده سكين مخبيها",
            "أخوي الصغير صار يحكي مع الدكتور على تلغرام، رح يسوي عملية يوم الجمعة",
        ),
        (
            "ar",
            "اشترى سكاكين وقال رح يسوي عملية بالسوق يوم السبت",
            "أخوي اشترى سكاكين جديدة للمطبخ وقال رح يعمل عزيمة يوم الجمعة",
        ),
        # a nephew taken by force to work with his passport held (Dari); one who barely gets up
        # for work and has just collected his passport
        (
            "fa",
            "یک نفر خواهرزاده‌ام را به زور برای کار برده و پاسپورتش را نگه داشته",
            "برادرزاده‌ام صبح‌ها به زور برای کار بیدار می‌شود و تازه پاسپورتش را گرفته",
        ),
        # a brother of 14 not back with his phone off; one who stayed at a friend's and phoned
        (
            "ti",
            "ሓፍተይ ዕድሚኣ 13 እዩ፣ ካብ ትማሊ ኣይተመልሰትን፣ ስልካ ዕጹው እዩ",
            "ሓወይ ካብ ትማሊ ኣይተመልሰን፣ ዕድሚኡ 14 እዩ፣ ኣብ ገዛ ዓርኩ ሓዲሩ፣ ደዊሉ",
        ),
        # children left alone for days or with no food; children who walk to school alone, or
        # are with their grandmother
        (
            "ru",
            "малыши соседки одни дома уже несколько дней, есть им нечего",
            "Соседские дети опять одни ходят в школу уже третий день, мать довольна",
        ),
        (
            "ru",
            "дети без присмотра, мать не возвращается, они голодные",
            "дети уже третий день одни у бабушки на даче, мать не возвращается до августа",
        ),
        # an old neighbour locked in by her son, her pension taken; a son who locks the door at
        # night and collects her pension at the post office
        (
            "bg",
            "дядо Иван го заключват вкъщи и му прибират пенсията",
            "синът ѝ заключва вратата вечер и ѝ взима пенсията от пощата",
        ),
        (
            "bg",
            "синът ѝ не я пуска да излиза и тя плаче цяла нощ",
            "колелото го заключвам в мазето, а детето плаче",
        ),
        # an older neighbour's bank card taken and no money for bread; a card lost
        (
            "ru",
            "Соседке 84 года, внук забрал её банковскую карту, нет денег даже на хлеб",
            "Бабушка потеряла банковскую карту, нет денег даже на хлеб, пока банк не пришлёт",
        ),
        # found after fleeing, with fear; found in hide-and-seek
        (
            "ru",
            "Бывший нашёл нас, хотя мы сбежали в другой город, и теперь я боюсь выходить",
            "Он нашёл нас, когда мы прятались за диваном, играли в прятки с детьми",
        ),
        # a goodbye in a few words with "I can't any more"; an apology for not waiting longer
        (
            "uk",
            "не можу більше. вибачте. люблю вас",
            "вибачте, не можу більше чекати, піду додому",
        ),
        # a daughter of 14 seeing a grown man who gives her presents; a coach of 30
        (
            "uk",
            "Моїй доньці 14, вона зустрічається з дорослим чоловіком, йому 28, дарує подарунки",
            "Моїй донечці 15, вона познайомилась з тренером, йому за 30, він возить команду на "
            "змагання",
        ),
        # a threat to kill over caste; the plot of a film
        (
            "ta",
            "வேற சாதி பையன்னு அப்பா அவனை கொன்னுடுவேன்னு சொல்றாரு",
            "அந்தப் படத்துல வேற சாதி பையனை கொல்ல ஆள் அனுப்புவாங்க",
        ),
        # a grandmother's pension taken by the uncle she lives with, and her left unfed; a son
        # who collects it at the post office
        (
            "lt",
            "mociute gyvena su dede, jis pasiima visa jos pensija ir neduoda jai valgyti",
            "sunus pasiima jos pensija is pasto ir atnesa jai namo",
        ),
        # a rope bought beside debts and a wife gone with the children; one for the washing
        (
            "lt",
            "Turiu daug skolų, žmona išėjo su vaikais. Nusipirkau virvę.",
            "Nusipirkau virvę skalbiniams, o skolų bibliotekai turiu daug",
        ),
        # an ex out of prison waiting at the school despite a court order; one who brought the
        # children's coats
        (
            "tr",
            "eski kocam hapisten cikmis, okulun onunde beni bekliyordu, uzaklastirma karari var",
            "eski kocam okulun onunde beni bekliyordu, cocuklarin montlarini getirmis",
        ),
        (
            "tr",
            "Eski eşim evimizin adresini biliyor, çok korkuyorum",
            "Eski eşim evimizin adresini biliyor, çocukları cuma alacak, geç kalır diye korkuyorum",
        ),
        # a boy of 12 not home from school at 9pm, his phone off; one at a friend's, his
        # battery flat
        (
            "sq",
            "djali im 12 vjec nuk eshte kthyer nga shkolla, telefoni i fikur, shoket nuk dine gje",
            "djali im nuk eshte kthyer ende nga shkolla, eshte te shoku, telefoni i fikur",
        ),
        # a mother in a care home with a big sore, unfed and her clothes not changed; a sore
        # healed, and a meal skipped before a hospital visit
        (
            "tw",
            "Me maame te care home. Wɔnsesaa ne ntoma, kuru kɛseɛ wɔ n'akyi, na ɔnnidii",
            "Me maame te care home, kuru a ɛwɔ ne nan ho no ayɛ yie, na ɔnnidii ɛfiri sɛ ɔrekɔ "
            "hospital",
        ),
        # a man who has followed the writer for two weeks and left a note at her door; a
        # neighbour who follows her on Instagram, and a cat at her heels
        (
            "pt",
            "tem um homem que me segue ha duas semanas, hoje deixou um bilhete na porta",
            "um homem da minha rua me segue no instagram ha duas semanas, deixou um bilhete",
        ),
        ("pt", "Ele me segue há dias e sabe onde moramos", "O gato me segue há dias pela casa"),
        # a farewell said bare; a report finished tonight, the room arranged, the heat
        (
            "hu",
            "Nem birom tovabb. Ma este befejezem, mar mindent elrendeztem.",
            "Mindent elrendeztem a teremmel, ma este befejezem a beszamolot",
        ),
        (
            "hu",
            "Nem bírom tovább, ma este befejezem.",
            "Nem bírom tovább ezt a hőséget, ma este befejezem a festést",
        ),
        ("hu", "Mindenkinek jobb lesz nélkülem.", "Mindent elrendeztem, ma este befejezem."),
        # a stepmother who beats a boy of 7 with a cable and does not feed him; one who chats
        # with the children and feeds them well
        (
            "ln",
            "Mwasi ya papa abetaka leki na ngai ya mbula 7 na nsinga, apesaka ye bilei te",
            "Mwasi ya papa abetaka bana lisolo mpe apesaka bango bilei ya malamu",
        ),
        # a husband who locked the writer in, took her phone and threatens to take the
        # children; one who keeps the money and takes the children to school
        (
            "so",
            "Seygayga ayaa igu xiray guriga, telefonkayga wuu qaatay",
            "Seygayga ayaa haysta lacagta oo dhan, caruurta iskuulka ayuu geeyaa",
        ),
        (
            "so",
            "lacagta oo dhan isaga ayaa haysta, wuxuu leeyahay caruurta ayaan kaa qaadanayaa",
            "lacagta kooxda isaga ayaa haysta, telefonkayga wuu qaatay si uu u dayactiro",
        ),
        # a girl of 16 kept in a cannabis house, her family's debt held over her if she runs;
        # a teenager kept in to study, and one skipping school
        (
            "vi",
            "em o trong mot nha trong cay, ho bao em khong duoc di dau, neu em tron thi gia dinh "
            "phai tra no",
            "em 16 tuoi, toi nay em khong duoc di dau vi phai hoc, nha em trong cay canh",
        ),
        (
            "vi",
            "Nếu em trốn thì gia đình phải trả nợ, cửa sổ dán kín hết",
            "Nếu em trốn học thì mẹ đánh, em không được đi đâu",
        ),
        # Bulgarian in Latin letters: a boy hit with a belt by his uncle, and a drum played
        # with sticks; a husband who hits the writer, and a shock from a light bulb
        (
            "bg",
            "sinat mi ima sinini, kazva che chichoto go bie s kolan",
            "sinat mi bie barabana s prachki vseki den",
        ),
        ("bg", "mazhat mi me bie vseki den", "toka me udari kato smenyah krushkata"),
        ("bg", "veche iskam da umra", "iskam da umra ot smyah, gledaite tova video"),
        # a child of six a pastor calls a witch, unfed for three days; a child prayed for to
        # have wealth ("ajé") beside a church fast
        (
            "yo",
            "pastor so pe omo egbon mi je aje, won ko fun ni ounje fun ojo meta",
            "pastor gbadura fun omo mi ki o ni aje ati ilera, a se aawe ose kan",
        ),
        # domestic violence lived now, or years ago and back; years ago and told as over, with
        # support for victims to talk about
        (
            "ro",
            "Buna, trec prin violenta domestica si nu sunt in siguranta, as vrea sa vorbesc "
            "despre sprijinul pentru victime",
            "Buna, acum cativa ani am trecut prin violenta domestica. Acum sunt bine si in "
            "siguranta, fostul locuieste in alt oras. As vrea sa vorbesc despre sprijinul pentru "
            "victime",
        ),
        (
            "ro",
            "Acum câțiva ani am trecut prin violență domestică. Acum sunt bine, dar fostul m-a "
            "găsit din nou",
            "Acum câțiva ani am trecut prin violență domestică, acum suntem bine și nu mai are "
            "contact cu noi",
        ),
        # small children left alone for days by a neighbour; a mother who does not leave hers
        (
            "pl",
            "sasiadka zostawila dwoje malych dzieci samych od piatku, placza w nocy",
            "nie zostawiam dzieci samych w nocy, wiec przyjde z nimi na sesje",
        ),
        # a daughter beaten by her in-laws, tormented over dowry or branded with an iron; the
        # in-laws dropping her at the writer's house, dowry harassment as a crime to talk
        # about, a hand burnt while ironing
        ("gu", "સાસરિયાં રોજ તેને મારે છે", "સાસરિયાં તેને મારે ઘરે મૂકી જશે"),
        (
            "gu",
            "દીકરીના સાસરિયાં દહેજ માટે રોજ ત્રાસ આપે છે",
            "દહેજ માટે ત્રાસ આપવો ગુનો છે, એ વિશે સત્રમાં વાત કરીશું?",
        ),
        (
            "gu",
            "ગરમ ઇસ્ત્રીથી તેના હાથ પર ડામ આપ્યો",
            "ઇસ્ત્રી કરતાં મારો હાથ દાઝી ગયો, હવે ઠીક છે",
        ),
        # a pregnant sister bleeding heavily, kept from the hospital and the phone; gums that
        # bleed in pregnancy, a husband who goes with her to the hospital
        (
            "pt",
            "a minha irmã está grávida de sete meses e está a sangrar muito desde esta manhã",
            "estou grávida de sete meses e a gengiva sangra muito quando lavo os dentes",
        ),
        (
            "pt",
            "o marido não a deixa ir ao hospital nem ligar a ninguém",
            "o marido não a deixa ir ao hospital sozinha, vai sempre com ela às consultas",
        ),
        # a son's or a daughter's plan to jump off a bridge or under a train; a jump into the
        # river with friends, a weekend under the duvet
        (
            "fr",
            "Mon fils a écrit sur Snap qu'il allait sauter du pont ce soir",
            "Mon fils de 16 ans a écrit sur Snap qu'il allait sauter du pont dans la rivière "
            "avec ses potes",
        ),
        (
            "fr",
            "ma fille dit qu'elle veut se jeter sous un train",
            "ma fille dit qu'elle veut se jeter sous la couette tout le week-end",
        ),
        # a man at the writer's windows every night, an ex who found out where she lives; a
        # neighbour who smokes at the entrance, an ex who found where she bought a sofa
        (
            "ru",
            "Какой-то мужчина каждую ночь стоит под окнами, я боюсь выходить из дома",
            "Сосед каждый вечер стоит у подъезда и курит, я боюсь за детей из-за дыма",
        ),
        (
            "ru",
            "Бывший муж узнал, где я живу",
            "Бывший муж узнал, где я купила диван, и купил такой же",
        ),
        # a landlord who demands sex or puts the writer and her child out, and comes into her
        # room when he likes; a son who will cry if she does not sleep beside him, a landlord
        # who comes in only to mend the heating
        (
            "bg",
            "Хазяинът каза, че ако не спя с него, ще изхвърли мен и детето",
            "Синът ми каза, че ако не спя с него, ще плаче цяла нощ",
        ),
        (
            "bg",
            "Хазяинът влиза в стаята ми със своя ключ, когато си поиска",
            "Хазяинът влиза в стаята ми със своя ключ само когато оправя парното",
        ),
        # a child a pastor says is a witch ("ni aje"), beaten and to be "delivered"; a child
        # prayed for to have wealth at a deliverance service
        (
            "yo",
            "pastor ni omo egbon mi ni aje, won n lu omo naa, won se deliverance fun un",
            "pastor gbadura ki omo mi ni aje ati ilera, won se deliverance fun wa lale oni",
        ),
        # a girl made to beg by a man who takes the money; a father who sends his girl to sell
        # cakes at the school fair
        (
            "ro",
            "un bărbat o pune pe fetiță să cerșească și îi ia toți banii",
            "tata o trimite pe fetiță să vândă prăjituri la târgul școlii, nu are voie să plece "
            "singură de acolo",
        ),
        # a brother who says all would be better off without him, and a rope found beside a son
        # locked in who does not answer; better off without his car, a washing line and a son
        # locked in with his music
        (
            "lt",
            "Brolis sako, kad mums visiems būtų geriau be jo.",
            "Vyras sako, kad mums visiems būtų geriau be jo mašinos kieme, parduosim",
        ),
        (
            "lt",
            "Garaže radau virvę, o sūnus užsirakinęs vonioje ir neatsiliepia",
            "Garaže radau virvę skalbiniams, o sūnus užsirakinęs kambaryje ir neatsiliepia, nes "
            "klausosi muzikos",
        ),
        # made to work by the one who brought the writer over, for a debt owed to them; helped
        # by her to find work, and a boss's Sunday shifts beside a bank loan
        (
            "es",
            "La mujer que me trajo a Londres me obliga a trabajar en un piso y dice que le debo "
            "el viaje",
            "La mujer que me trajo a Londres me ayudó a encontrar trabajo en un piso con otras "
            "chicas, tengo mi pasaporte",
        ),
        (
            "es",
            "el hombre que me trajo de Rumanía me obliga a trabajar y tengo una deuda con él.",
            "mi jefe me obliga a trabajar los domingos con hombres de la obra y tengo una deuda "
            "con el banco",
        ),
        # risks played down ("lol", "probably nothing") and their everyday twins: hands at the
        # throat and a sore throat; a card kept and phone checked, and her own card in her bag;
        # shame on the family with a threat, and with a laugh; tablets made ready with notes
        # left, and sorted for the week; a flat taken over, and a nephew staying; children
        # alone for days, and for two hours after school; a heart attack's signs, and last year's
        (
            "ro",
            "Sotul m-a luat iar de gat aseara, am vanatai, dar e ok lol",
            "M-a luat o durere de gât de aseară, nu știu dacă pot veni sâmbătă",
        ),
        (
            "ro",
            "Aseară m-a apucat puțin de gât când s-a enervat, nimic grav 😅",
            "Fularul nou m-a strâns puțin la gât toată ziua 😅",
        ),
        (
            "bn",
            "ও আমার টাকা সব নিজের কাছে রেখে দেয়, আমার মেসেজ চেক করে। কিছু না, সব ঠিক আছে 🙂",
            "আমি আমার কার্ড নিজের ব্যাগে রাখি, ফোন চেক করে নেব মিটিংয়ের সময়",
        ),
        (
            "bn",
            "amar card o nijer kache rakhe, phone check kore, eka baire jete dey na. normal eta",
            "ami amar card nijer kache rakhi, phone check kore nibo",
        ),
        (
            "tr",
            "Babam nişanlımla görüştüğümü duymuş, 'bizi rezil ettin, seni de onu da gebertirim' "
            "diyor. Abartıyor galiba lol",
            "Abim 'bizi rezil ettin' diye güldü, düğünde dans videomu paylaşmışım, biz "
            "hallederiz dedi 😂",
        ),
        (
            "lt",
            "Atsiprašau, nebeateisiu. Palikau raštelius vaikams, visi vaistai jau paruošti. "
            "Tiesiog pavargau 🙂",
            "Mamos vaistai paruošti savaitei dėžutėje, viskas sutvarkyta, ateisiu šeštadienį",
        ),
        (
            "bg",
            "Някакви хора се нанесоха у нас, продават дрога от апартамента и не ме пускат да "
            "изляза. Ще мине 😄",
            "Племенникът ми живее при мен тази седмица, има си ключ, а съседите продават стария "
            "диван",
        ),
        (
            "pt",
            "Se calhar não é nada, mas os miúdos do 2.º andar estão sozinhos há três dias, "
            "choram muito e a mãe não aparece lol",
            "Os filhos da vizinha estão sozinhos desde as 15h até ela chegar do trabalho, às "
            "17h, e ela atende sempre o telefone",
        ),
        (
            "gu",
            "માફ કરજો, મમ્મીને છાતીમાં ભાર લાગે છે અને બહુ પરસેવો થાય છે. કદાચ એસિડિટી હશે 😅",
            "ગયા વર્ષે પપ્પાને છાતીમાં દુખાવો અને પરસેવો થયો હતો, હવે ઠીક છે",
        ),
        (
            "gu",
            "Pappa ne chhati ma bahu dukhe che ane dabo hath sunn thai gayo che, gas hase kadach",
            "Pappa ne chhati ma kaal thi shardi ne lidhe dukhe che, parsevo pan thay che",
        ),
        # a girl under 18 whose nikah, her family says, will be held; an aunt's, a cousin's
        (
            "ur",
            "میری بہن 15 سال کی ہے، چچا کہتے ہیں گرمیوں میں گاؤں جا کر اس کی شادی ہوگی",
            "میری بیٹی 16 سال کی ہے، اس کی خالہ کا نکاح ہوگا تو ہم پاکستان جائیں گے",
        ),
        (
            "ur",
            "meri behen 15 saal ki hai, abbu kehte hain december mein uska nikah hoga",
            "meri beti 16 saal ki hai, uski cousin ka nikah hoga agle mahine",
        ),
        # an older relative's pension taken by family, or beaten when she speaks up; a pension
        # fetched from the bank, a grandson hugged
        (
            "bn",
            "আমার নানির পেনশন আর ভাতা তার ছেলে প্রতি মাসে নিয়ে নেয়",
            "আমার দাদির পেনশন আর ভাতা তার ভাতিজা ব্যাংক থেকে নিয়ে আসে",
        ),
        ("bn", "নানাকে কিছু বললে ওকে মারে তার ছেলে", "নানাকে কিছু বললে ওকে জড়িয়ে ধরে তার নাতি"),
        (
            "bn",
            "amar nanir kichu bolle take mare or chele",
            "amar nanir kichu bolle take hasay or nati",
        ),
        # small children alone at home for days, their ages between; an hour while she shops
        (
            "lt",
            "Kaimynų vaikai, dvynukai 4 metų, jau dvi dienas vieni namuose, mama dingo",
            "Kaimynų vaikai, dvynukai 4 metų, kartais vieni namuose valandą, kol mama dirba",
        ),
        # men who moved in with someone frail and took his card; grandsons who brought it
        (
            "bg",
            "Чичо ми е болен, двама мъже се настаниха при него и му взеха картата за пенсията",
            "Чичо ми е болен, двама внуци се настаниха при него за седмица и му донесоха картата "
            "за пенсията",
        ),
        # a neck squeezed by a partner, till she had no air; a necklace, a doctor feeling glands
        (
            "pt",
            "Na sexta ele me apertou o pescoço até eu ficar sem ar",
            "O colar novo apertou meu pescoço o dia inteiro até eu tirar",
        ),
        (
            "pt",
            "O meu namorado agarrou-me pela garganta ontem à noite contra a parede",
            "O médico apertou meu pescoço para ver os gânglios",
        ),
        # a child gone off with older men, silent for nights or back with a knife wound; a
        # club's tour out of signal
        (
            "sq",
            "Vajza ime 14 vjeçe shkoi me disa burra më të rritur, nuk përgjigjet prej dy netësh",
            "Djali im 15 vjeç iku me të mëdhenjtë e klubit në turne, nuk përgjigjet prej dy "
            "ditësh se s'ka sinjal",
        ),
        (
            "sq",
            "Djali im 16 vjeç rri me të mëdhenjtë e lagjes, javën e kaluar u kthye me plagë me "
            "thikë në këmbë",
            "Djali im 16 vjeç rri me të mëdhenjtë e lagjes, i thërras çdo ditë",
        ),
        # all the tablets, to be taken at once or tonight; the doctor's, tomorrow morning
        (
            "ta",
            "இனிமே முடியல, வீட்டுல இருக்கிற மருந்து எல்லாம் ஒரே தடவையில முழுங்கப் போறேன்",
            "டாக்டர் கொடுத்த மாத்திரைகள் எல்லாம் நாளைக்கு காலையில சாப்பிடுவேன்",
        ),
        # someone kept locked in by family, not fed or not let speak; windows shut for the cold
        (
            "gu",
            "Dadi ne kaka room ma puri ne rakhe che, koi aave to bolva j nathi deta",
            "Sasu ghar ma bandh bari rakhe chhe thandi ne lidhe, khavanu pan jate banave chhe",
        ),
        (
            "gu",
            "મારા બાને ભાઈ ઓરડામાં તાળું મારીને રાખે છે, ખાવાનું પણ નથી આપતા",
            "મારા બા દુકાન બંધ કરીને ઘરે રાખે છે ચાવી, ખાવાનું પણ નથી ભાવતું",
        ),
        # someone's child beaten with a cable or leaving bruises; a ball in a game, sunburn
        (
            "ar",
            "جارنا بيضرب بنته بالسلك كل ما تغلط",
            "زوج أختي يضرب ابنها بالكرة وهم يلعبون في الحديقة",
        ),
        (
            "ar",
            "عمي يضرب ابنه وشفت كدمات على وجهه امبارح",
            "عمي يعلم ابنه السباحة وشفت علامات الشمس على ظهره",
        ),
        # afraid of what the writer might do, or voices telling them to hurt someone; an
        # interview, an exam, a choir
        (
            "it",
            "Non dormo da giorni e ho paura di cosa potrei fare a lui",
            "Ho paura di quello che potrei fare di sbagliato all'esame",
        ),
        (
            "it",
            "Sento delle voci che mi ordinano di fargli del male al vicino",
            "Le voci del coro mi dicono che devo fermarmi a prendere fiato",
        ),
        # a leap from a height or under a train, meant; a bungee jump, a dream, a bridge crossed
        (
            "fa",
            "تصمیم گرفتم فردا جلوی قطار بپرم، دیگه خسته‌ام",
            "می‌خوام تابستون از پل بانجی جامپینگ بپرم",
        ),
        ("fa", "خودمو از پشت بام پرت می‌کنم", "می‌خوام امشب از پل رد بشم برم خونه خاله"),
        # a girl under 18 whose family will marry her, or who says she will not; a glad bride
        (
            "ps",
            "Zama khor 16 kala da, kaka ye wada kawi pa Pakistan ki",
            "Zama khor 26 kala da, kaka ye wada kawi pa Pakistan ki, der khushala da",
        ),
        (
            "ps",
            "Zama khor wayi za wada na kawom, kho mor ye nikah kawi",
            "Zama lur 15 kala da, halta ye da tror wada ta yosi",
        ),
        # a stroke's signs: the face gone crooked, no speech, a fall; a sulk, a fall now mended
        (
            "tw",
            "Me maame anim ayɛ kyea prɛko pɛ, ontumi nkasa yie",
            "Me ba no ɔnkasa bio, n'anim ayɛ kyea efisɛ ne bo afuw",
        ),
        (
            "tw",
            "Me papa ahwe ase wɔ dan no mu na ɔnkasa bio",
            "Me kunu atɔ fam nnɛra wɔ kitchen no mu, nanso ne ho yɛ seesei",
        ),
        # a home kept on condition she sleeps with the host; a host owed two months' rent
        (
            "uk",
            "Хазяїн сказав: якщо я не захочу з ним спати, опинимося з сином на вулиці",
            "Хазяїн сказав: якщо я не заплачу за два місяці, опинимося з сином на вулиці",
        ),
        # a teenager with a weapon who says they will deal with "them" on a day; a key-ring knife
        # and a bike to mend
        (
            "ru",
            "Брат (16) спрятал под кроватью кастет, говорит, что в субботу они с ребятами "
            "разберутся с ними",
            "Сын (16) купил ножик для брелка, говорит, что с друзьями в субботу разберутся с "
            "ремонтом велосипеда",
        ),
        # an ex who keeps coming to the door or says he will find her; an ex who came once to
        # collect the children, one who knocked to bring the maintenance
        (
            "pl",
            "Mój były mąż znowu dobijał się do drzwi w nocy",
            "Mój były był pod blokiem, żeby odebrać dzieci na weekend",
        ),
        (
            "pl",
            "Były partner stał pod domem codziennie przez tydzień, pisze, że znajdę cię wszędzie",
            "Mój były zapukał do drzwi, przyniósł alimenty",
        ),
        # a threat through a phone or an app, an ex who tracks, a caller posing as the bank or the
        # police with money gone, a child groomed or sent with packages online; and the same
        # technology with no present risk
        (
            "ur",
            "میرا شوہر کہتا ہے اگر میں باہر نکلی تو مجھے مارے گا",
            "میرے شوہر کہتے ہیں اگر میں اسمبلی گئی تو مجھے لینے آئیں گے",
        ),
        (
            "ur",
            "بھائی نے لکھا ہے کہ وہ آج خود کو ختم کر لے گا",
            "وہ سارا کام آج رات خود ختم کر لے گی",
        ),
        (
            "pl",
            "Były mąż ma zakaz zbliżania się, a wie, gdzie teraz mieszkam, boję się",
            "Mój były mąż wie, gdzie mieszkam, odbiera dzieci co weekend",
        ),
        (
            "pl",
            "do taty dzwonił ktoś podający się za policjanta, tata już przelał 10 tysięcy",
            "do mamy dzwonili niby z banku, ale się rozłączyła i zgłosiła to na policję",
        ),
        (
            "ro",
            "Copilul meu de 14 ani: un bărbat îl trimite cu colete la Luton și nu mai răspunde",
            "Fratele meu de 25 de ani e curier, șeful îl trimite cu pachete, nu răspunde",
        ),
        (
            "ro",
            "Fostul meu soț știe unde locuim acum, mi-e frică să ies din casă",
            "Fostul meu știe unde stăm acum, aduce copiii duminică",
        ),
        (
            "bg",
            "Бившият ми пише, че ще ме намери и ще ме убие",
            "Мама ми писа, че ще ме убие, ако пак закъснея",
        ),
        (
            "bg",
            "На дядо му се обади някой уж от полицията, вече им даде 5000 лева",
            "baba mi poluchi obazhdane ot 'bankata', no zatvori i ne dade nishto",
        ),
        (
            "lt",
            "Sūnus 12 metų rašosi su suaugusiu vyru, jis prašo nuotraukų",
            "Mano dukra (13 m.) žaidžia Roblox su klasės draugėmis, nori susitikti prie stoties",
        ),
        (
            "tr",
            "Oğlum herkese veda mesajı attı, odasında bir kutu hap var",
            "Kızım canlı yayında herkese veda ediyor, yarın Almanya'ya taşınıyoruz",
        ),
        (
            "tr",
            "Eski eşim adresimi öğrenmiş, bu gece geleceğini yazdı",
            "Eski eşim adresimi öğrenmiş, çocukların kitaplarını postayla gönderdi",
        ),
        (
            "so",
            "Inankayga 14 jir ah baakado ayaa loo diray, kama jawaabayo taleefanka",
            "Wiilkayga 25 jir ah xirmooyin ayuu u qaadaa shaqada, hadda ma qabanayo waa baabuur",
        ),
        (
            "bn",
            "আমার স্বামী বলেছে আজ রাতে আমাকে মারবে",
            "আমার স্বামী বলেছে বাড়ি এসে আমাকে রান্নায় সাহায্য করবে",
        ),
        (
            "sq",
            "Dikush ka postuar adresën time në Facebook, njerëz para derës sime po më kërcënojnë",
            "Dikush ka publikuar adresën time në TikTok, e raportova dhe e hoqën",
        ),
        (
            "ar",
            "أبي وقع على الأرض ولا يرد، وهو لوحده في الشقة",
            "أمي سقطت على الأرض أمس لكنها بخير الآن وأختي معها",
        ),
        (
            "pa",
            "ਕੋਈ ਬੈਂਕ ਵਾਲਾ ਬਣ ਕੇ ਮਾਂ ਨੂੰ ਫ਼ੋਨ ਕਰ ਰਿਹਾ ਹੈ, ਅੱਜ ਸ਼ਾਮ ਪੈਸੇ ਲੈਣ ਆ ਰਿਹਾ ਹੈ",
            "ਕੋਈ ਪੁਲਿਸ ਵਾਲਾ ਬਣ ਕੇ ਫ਼ੋਨ ਕਰ ਰਿਹਾ ਸੀ, ਪਿਤਾ ਜੀ ਨੇ ਫ਼ੋਨ ਕੱਟ ਦਿੱਤਾ ਤੇ ਬੈਂਕ ਨੂੰ ਦੱਸਿਆ",
        ),
        (
            "uk",
            "Колишній чоловік шукає мене через моїх подруг, я втекла від нього з дітьми",
            "Мій колишній зламав мій Telegram, але я відновила доступ і змінила пароль",
        ),
        (
            "es",
            "Mi primo está en un chat donde van a agredir a un chico del insti, enseñan navajas",
            "En la asamblea hablamos de cómo atacar el problema de las navajas en el barrio",
        ),
        (
            "pl",
            "Tata ma 80 lat, jakiś pan kazał mu wypłacić pieniądze, już oddał kurierowi 20 tys.",
            "Dzwonili do mnie z banku, już przelałam ratę za kredyt",
        ),
        (
            "bg",
            "Na mama i se obadiha uzh ot politsiyata, veche dade 3000 leva",
            "Обадиха се от банката, вече им дадох документите за кредита",
        ),
        (
            "pl",
            "Mój były partner napisał, że widzi, gdzie jestem, znalazłam lokalizator w aucie",
            "Mam AirTaga na kluczach, mąż widzi, gdzie jestem, jak je zgubię",
        ),
        (
            "uk",
            "Колишній чоловік пише моїй мамі, щоб дізнатися, де я живу. Я втекла і боюся",
            "Колишній хотів дізнатися, де я купила куртку для сина",
        ),
        (
            "ro",
            "Fostul meu partener a găsit unde locuim, vine după mine, am schimbat încuietoarea",
            "Fostul meu știe unde stau, vine în seara asta să ia copiii, cum am stabilit",
        ),
        (
            "sq",
            "Kanë nxjerrë adresën time në Facebook si tradhtar, tani ka burra para derës sime",
            "Dikush ka publikuar adresën time në TikTok, miqtë presin para derës sime për festën",
        ),
        # chased by people carrying a weapon; a knife to cut a cake, someone behind in a queue
        (
            "hi",
            "market mein do aadmi bandook lekar mere peeche pade hain, main dukaan mein chhupi",
            "knife se cake kaatna hai, hum sab line mein uske peeche khade hain",
        ),
        (
            "hi",
            "रात को तीन लड़के चाकू लेकर मेरे भाई के पीछे पड़े हैं, वो भाग रहा है",
            "मैं चाकू लेकर सब्जी काट रही थी, बच्चे मेरे पीछे खेल रहे थे",
        ),
        # a child missing with men and a car or the police; a son who gave a friend a lift
        (
            "so",
            "Gabadhayda 12 jir ah ayaa la waayay xalay, niman baa baabuur ku qaaday, booliiska "
            "waan u sheegay.",
            "Wiilkayga 13 jir ah ayaa gaari ku qaaday saaxiibkiis, taleefankiisa ma shaqeynayo.",
        ),
        # locked in at home with someone inside; an office locked before a meeting
        (
            "bn",
            "amar shami amake ghore tala mere rekhe diyeche, ami bhitore atke achi",
            "office er ghore tala mere rekheche, chabi kar kache jani na, meeting onno room e",
        ),
        # someone forced into a car; a daughter seated in the writer's own car
        (
            "ur",
            "میرے بھائی کو دو لڑکے زبردستی وین میں ڈال کر لے گئے ہیں، فون بند ہے",
            "میں بیٹی کو اپنی گاڑی میں بٹھا رہا ہوں، پانچ منٹ میں پہنچتے ہیں",
        ),
        (
            "ur",
            "kuch log meri behen ko zabardasti gaari mein bitha rahe hain, jaldi aao",
            "mujhe zabardasti gaari mein bitha diya dost ne, party pe le gaya, bohat maza aaya",
        ),
        # a fall with no getting up or bleeding; a fall got up from laughing
        (
            "ro",
            "am căzut pe scări acasă, nu mă pot ridica și sângerez, sunt singură",
            "Un băiat a căzut pe scări la primărie, dar s-a ridicat imediat și râde",
        ),
        # kept in a taxi driven elsewhere; a bus driver who opens only at the stop
        (
            "lt",
            "Taksistas užrakino mašinos duris ir veža mane kitur, padėkit",
            "Vairuotojas neleidžia išlipti, kol autobusas nesustos stotelėje.",
        ),
        # followed by others; dreams chased
        (
            "pa",
            "ਦੋ ਮੁੰਡੇ ਸਾਡਾ ਪਿੱਛਾ ਕਰ ਰਹੇ ਹਨ, ਅਸੀਂ ਡਰੇ ਹੋਏ ਹਾਂ",
            "ਅਸੀਂ ਆਪਣੇ ਸੁਪਨਿਆਂ ਦਾ ਪਿੱਛਾ ਕਰ ਰਹੇ ਹਾਂ",
        ),
        # a weapon on someone who says he will use it on a person; a water pistol, a football shot
        (
            "es",
            "Un chaval de mi grupo lleva una navaja en la mochila y dice que la usará contra el "
            "concejal",
            "Mi sobrino tiene una pistola de agua y la va a usar contra sus primos en la piscina",
        ),
        (
            "es",
            "Mi vecino tiene un arma en casa y dice que va a disparar a su hermano",
            "El delantero tiene un arma secreta: va a disparar a puerta desde lejos",
        ),
        # threatened, told in the past; a threat to win a match
        (
            "tr",
            "Oturumdaki bir kadın bizi tehdit etmiş, şimdi kapının önünde bekliyor",
            "Kardeşim bizi maçta yenmekle tehdit etti, çok güldük",
        ),
        # a child alone or locked in a car in the heat or gone still; one with her mother
        (
            "pt",
            "Há um bebé fechado num carro ao sol no parque do supermercado, já não chora",
            "As crianças ficaram no carro com a mãe, está muito calor hoje",
        ),
        # someone with a knife or a gun threatening people; a knife for the cake
        (
            "bg",
            "Мъж размахва пистолет пред входа на общината и крещи",
            "Готвачът дойде с нож за тортата и заплашва да я изяде сам",
        ),
        # threats sent by someone who knows the address or is coming; a council's fine
        (
            "ar",
            "وصلتني رسائل تهديد من رجل يقول إنه سيأتي إلى بيتي الليلة",
            "البلدية ترسل لي تهديدات بغرامة وتقول إنها تعرف عنواني",
        ),
        # followed home, a stranger outside or the writer afraid; a dog that followed her
        (
            "pl",
            "Jakiś mężczyzna jechał za mną autobusem aż do domu, teraz czeka przed moją klatką",
            "Pies szedł za mną do domu i teraz stoi pod moim blokiem, boję się wyjść bo szczeka",
        ),
        (
            "pl",
            "Ktoś szedł za mną od przystanku, jestem przerażona",
            "Mama szła za mną z zakupami i teraz stoi pod moim blokiem z sąsiadką",
        ),
        # the same readings told in the first person, without a pronoun or in the passive
        (
            "es",
            "Tengo una pistola en el coche y la voy a usar contra mi jefe",
            "Voy a usar el cuchillo contra el pan duro y el spray contra los mosquitos",
        ),
        (
            "tr",
            "Dün akşam tehdit edildim, adam hâlâ sokakta bekliyor",
            "Tehdit edildim diye şaka yaptı, maçı kaybettik",
        ),
        (
            "pt",
            "Deixaram um bebé no carro ao sol, está vermelho e não acorda",
            "Deixou o filho no carro com o pai, está calor",
        ),
        (
            "pl",
            "Typ szedł za mną do domu, teraz stoi pod blokiem",
            "Mama szła za mną i teraz czeka pod blokiem na taksówkę",
        ),
        # medical emergencies, hazards at home, cold, hunger and care that never came, told of
        # someone else; a condition under control or past, a cold hall, a carer who is late
        (
            "es",
            "Nos cortaron la luz, no tenemos calefacción y la abuela está temblando en la cama",
            "No hay calefacción en el salón de actos, traed abrigo que hace frío",
        ),
        (
            "it",
            "Papà ha dolori al petto e fa fatica a respirare, è grigio",
            "Al corso di primo soccorso: dolore al petto e braccio sinistro sono segni d'infarto",
        ),
        (
            "fr",
            "Les fils électriques fument dans la chambre du bébé",
            "Le plafond a été refait l'an dernier, les enfants adorent leur chambre",
        ),
        (
            "uk",
            "Запах газу на кухні, діти кажуть, що болить голова і нудить",
            "Пахне газом біля плити, газовик прийде завтра, всі здорові",
        ),
        (
            "yo",
            "Gìrì ń mú ọmọbìnrin mi fún ìgbà àkọ́kọ́, kò jí",
            "Ọmọ mi máa ń ṣe gìrì tẹ́lẹ̀, ṣùgbọ́n ara rẹ̀ ti yá báyìí",
        ),
        ("yo", "Bàbá mi dákú, kò dáhùn", "Bàbá mi kò dáhùn fóònù rẹ̀ lánàá"),
        ("ti", "ኣቦይ ወዲቑ ክትንስእ ኣይክእልን", "ኣደይ ወዲቓ ነይራ፡ ሕጂ ግን ደሓን እያ"),
        (
            "ur",
            "abbu ka carer kal se nahi aaya, wo uth nahi sakte aur dawai bhi nahi li",
            "carer nahi aayi to main ammi ko khud khana khila rahi hoon",
        ),
        (
            "ur",
            "بیٹے کو تیز بخار ہے اور سانس رک رک کر لے رہا ہے",
            "seedhiyan chadh kar saans ajeeb si ho gayi, kal tez bukhar tha",
        ),
        (
            "ur",
            "ghar mein khana khatam, paise nahi hain, bache bhooke hain",
            "roza hai, bachon ne subah se kuch nahi khaya, iftar 7 baje",
        ),
        (
            "hi",
            "बच्चों ने तीन दिन से कुछ नहीं खाया",
            "व्रत है, बच्चों ने दो दिन से कुछ नहीं खाया, कल पारण है",
        ),
        (
            "bn",
            "dadu pore gechen, matha fete rokto berocche",
            "বাচ্চা খেলতে গিয়ে পড়ে গেছে, একটু কেটে গেছে, এখন ঠিক আছে",
        ),
        (
            "bn",
            "দাদুর ডিমেনশিয়া আছে, সকাল থেকে বাড়ি ফেরেননি",
            "mayer dementia ache, chosmata khuje pacchi na",
        ),
        (
            "ur",
            "ghar mein khana khatam ho gaya hai aur paise nahi hain",
            "party mein khana khatam ho gaya, kuch bache bhooke reh gaye",
        ),
        (
            "fr",
            "Le plafond de la salle de bain s'écroule, le bébé dort à côté",
            "Le plafond craque quand les enfants sautent à l'étage",
        ),
        (
            "bn",
            "মা পড়ে গিয়েছেন, উঠতে পারছেন না",
            "মেয়ে সাইকেল থেকে পড়ে গেছে, রাগ করে কথা বলছে না",
        ),
        # Risks put as questions, with a sign the risk is there now, and the question asked in
        # general or for a session. Polish: a beating named, with cries heard through the floor
        # now; "bije brawo" at a match heard through the wall
        (
            "pl",
            "Co zrobić, jeśli ojczym bije mamę? Właśnie słyszę przez podłogę, jak ona płacze i "
            "woła o pomoc",
            "Słyszę teraz przez ścianę, jak sąsiad krzyczy przy meczu i bije brawo",
        ),
        # Polish: how many it takes to die, with the tablets beside the writer and taken back;
        # how many it takes to fall asleep
        (
            "pl",
            "ile tych tabletek przeciwbólowych trzeba połknąć, żeby umrzeć? mam je tu obok. "
            "nieważne",
            "ile tabletek melatoniny trzeba wziąć, żeby zasnąć? mam całe opakowanie",
        ),
        # Romanian: a boy of 14 at a grown man's now, not answering; the question from a film
        (
            "ro",
            "E normal ca băiatul meu de 14 ani să stea la un tip de 35 de ani? E la el acum și "
            "nu răspunde la telefon",
            "E normal ca o fată de 14 ani să doarmă la un bărbat de 35 de ani? Am văzut asta "
            "într-un film",
        ),
        # Romanian: a child seen being hit now; rain heard beating on the window
        (
            "ro",
            "Cine ajută un copil bătut de tatăl lui? Îl văd acum pe geam cum îl bate în curte",
            "Aud cum bate ploaia în geam toată noaptea, nu pot dormi",
        ),
        # Turkish: "if I tell them he beats me", with him coming again; asked of a woman in
        # general
        (
            "tr",
            "Eşimin beni dövdüğünü polise anlatırsam ne olur? Yine geliyor, kapıda bağırıyor",
            "Bir kadın kocasının onu dövdüğünü polise anlatırsa ne olur? Oturum için soruyorum",
        ),
        # Turkish: threatened with a knife last night; a knife threat in a series
        (
            "tr",
            "Abim dün gece bıçakla tehdit etti, annemle saklanıyoruz",
            "Dizide adam bıçakla tehdit etti, bölüm çok gergindi",
        ),
        # Bulgarian: a baby alone since last night, crying, its mother not back; the age a
        # child may stay home alone, asked for the session
        (
            "bg",
            "Бебето на съседите е само вкъщи от снощи, майка му не се е прибрала и то плаче",
            "На колко години може дете да остане само вкъщи цяла нощ? Питам за сесията",
        ),
        # Albanian: a sister to be married by force, her passport taken; forced marriage asked
        # about at a table
        (
            "sq",
            "Motrën time 15 vjeç duan ta martojnë me zor, ia kanë marrë pasaportën",
            "A lejohet martesa me forcë në Angli? E diskutuam në tryezë të shtunën",
        ),
        # Urdu (Latin spelling): a beating named in a question, with the door kicked now; the
        # question asked for a session
        (
            "ur",
            "agar koi apni maa ko maarta ho to kya karein? wo abhi darwaze ko laat maar raha hai",
            "agar koi apni biwi ko maarta ho to police kya karti hai? bas session ke liye pooch "
            "raha hoon",
        ),
        # Polish: someone drunk getting into a car now; someone drunk who did not drive
        (
            "pl",
            "Ojciec jest pijany i właśnie wsiada do samochodu, chce jechać po wnuczkę",
            "Ojciec był pijany na imieninach, więc nie wsiadł do auta i wrócił tramwajem",
        ),
        # Polish: mania, days unslept with money spent and a drive now; nights unslept before an
        # exam
        (
            "pl",
            "siostra nie spała od pięciu dni, wydała całą kasę na kredycie, teraz chce jechać "
            "autem z dziećmi",
            "nie spałam dwie noce przed egzaminem, teraz odsypiam",
        ),
        # Polish: a mother after a birth who says the baby was swapped, gone out with him; a baby
        # well
        (
            "pl",
            "Żona po porodzie od tygodnia, dziś krzyczy że ktoś podmienił naszego synka i "
            "wyszła z nim z domu",
            "Córka urodziła w marcu, mały rośnie zdrowo, przyjdziemy razem w sobotę",
        ),
        # Romanian: voices telling someone to do harm, shut in with an axe; neighbours' voices
        # upstairs
        (
            "ro",
            "Tata aude voci care îi zic să-și facă rău, s-a închis în baie cu toporul",
            "Aud voci de la etajul de sus toată seara, vecinii vorbesc tare",
        ),
        # Romanian: a week unfed and fainting; two days without sweets on a diet
        (
            "ro",
            "fiica mea n-a mâncat nimic de o săptămână, a leșinat la școală azi",
            "N-am mâncat de două zile dulciuri, țin dietă și mă simt bine",
        ),
        # Turkish: a fear of being poisoned, with a cleaver at the window; rat poison put down
        (
            "tr",
            "Babam komşunun onu zehirlemek istediğini düşünüyor, elinde satırla bekliyor",
            "Mutfakta fare vardı, fare zehiri koyduk, bıçakları da dolaba kaldırdık",
        ),
        # Turkish: drink stopped all at once, a fit and things seen; a sober three years
        (
            "tr",
            "amcam alkolü aniden kesti, dün gece nöbet geçirdi, şimdi olmayan şeyler görüyor",
            "Babam içkiyi bıraktı, üç yıl oldu, artık çok iyi",
        ),
        # Somali: a mother after a birth who says the baby is not hers and has left it; mother and
        # baby well
        (
            "so",
            "Xaaskayga waxay dhashay toddobaad ka hor, waxay leedahay cunugan ma aha keeda, "
            "hadda way ka tagtay",
            "Walaashay waxay dhashay bishii hore, ilmaha iyo hooyadaba waa caafimaad qabaan",
        ),
        # Lithuanian: spirits with sleeping tablets and someone who cannot be woken; no drink and
        # good sleep
        (
            "lt",
            "Tėtis išgėrė degtinės ir migdomųjų, negaliu jo pažadinti",
            "Geriu vaistus nuo spaudimo, alkoholio negeriu, miegu gerai",
        ),
        # Bulgarian: drink stopped, a fit and hallucinations; stopped a year ago and well
        (
            "bg",
            "Брат ми спрял пиенето от вчера, получи гърч и сега халюцинира",
            "Баща ми спря да пие преди година и вече е добре",
        ),
        # Portuguese: a toddler alone in the bath; an eleven-year-old who bathes alone
        (
            "pt",
            "A minha filha de dois anos ficou sozinha na banheira enquanto a ama dormia",
            "O meu filho de 11 anos já toma banho sozinho, é normal?",
        ),
        # Portuguese: a mother drunk and not waking with the boys alone; a father drunk, children
        # at gran's
        (
            "pt",
            "A minha mãe bebeu até cair e não acorda, os meninos estão sozinhos com ela",
            "O meu pai bebeu demais no casamento e os miúdos foram para casa da avó",
        ),
        # Portuguese: sedatives with beer and passing out; tablets taken, no alcohol
        (
            "pt",
            "O meu irmão tomou calmantes com cerveja e diz: estou a apagar, não consigo abrir "
            "os olhos",
            "Tomo os comprimidos para a tensão e não bebo álcool, estou bem",
        ),
        # Tamil: a week unslept, God speaking to him and a drive now; nights lost to teething
        (
            "ta",
            "அப்பா வாரமாக தூங்கவில்லை, கடவுள் பேசுகிறார், இப்போது கார் ஓட்டப் போகிறார்",
            "குழந்தைக்கு பல் வருவதால் இரண்டு நாட்களாக சரியாக தூங்கவில்லை, சனிக்கிழமை வருவேன்",
        ),
        # Arabic: a mother after a birth who says the baby is not hers, shut in tonight; a baby
        # well
        (
            "ar",
            "زوجتي بعد الولادة بأسبوعين تقول المولود مش ابنها، وقفلت على نفسها الباب الليلة",
            "أختي ولدت من شهر والطفل بصحة جيدة، زرناها اليوم",
        ),
        # Lithuanian: tablets swallowed with beer and a friend breathing slowly; a tablet at
        # breakfast and no drink
        (
            "lt",
            "Draugė išgėrė tablečių su alumi, dabar kvėpuoja labai retai",
            "Tabletę geriu per pusryčius, alaus negeriu, jaučiuosi gerai",
        ),
        # Twi: a landlord who will put a family out tonight; one who comes to mend a pipe
        (
            "tw",
            "Ofiewura no ka sɛ anadwo yi ɔbɛpam yɛn afi dan no mu, me mma nni baabi a wɔbɛda",
            "Ofiewura no bɛba me dan mu anɔpa abɛsiesie paipu no",
        ),
        # Twi: a sister's waters broken, giving birth now; a burst pipe, a birth due next month
        (
            "tw",
            "Me nuabaa nsu abɔ na ɔrewo seesei, ambulance no mmaae",
            "Paipu no mu nsuo abɔ wɔ kichin, me yere rewo bosome a ɛdi so",
        ),
        # Tigrinya: a landlord in the writer's room at night; one who comes to mend the tap
        ("ti", "ወናኒ ገዛ ለይቲ ናብ ክፍለይ ኣትዩ፡ እፈርህ ኣለኹ", "ወናኒ ገዛ ሎሚ ናብ ክፍለይ መጺኡ ቧንቧ ክጽግን"),
        # Tigrinya: a pregnant sister bleeding; a blood test in pregnancy
        ("ti", "ሓፍተይ ጥንሲ እያ ደም ይወጻ ኣሎ", "ሓፍተይ ጥንሲ እያ ደም ክትምርመር ናብ ሆስፒታል ከይዳ"),
        # Ukrainian: a landlord who demands sex or puts her out; a stay that ends in summer
        (
            "uk",
            "Власник квартири хоче, щоб я переспала з ним, бо ні — виселить мене з сином",
            "Господар каже, що ми можемо жити в нього до літа",
        ),
        # Ukrainian: a new mother wishing herself gone, tonight; a party better not gone to
        (
            "uk",
            "Сину два місяці, краще б мене не було, сьогодні щось зроблю",
            "Краще б нас не було на тій вечірці, дитина погано спала",
        ),
        # Italian: a coach messaging a boy at night and telling him to keep it secret; a match
        (
            "it",
            "L'allenatore di mio figlio gli manda messaggi di notte e gli ha detto di non dire "
            "niente a nessuno",
            "L'allenatore di mio figlio ha chiesto di vedere la squadra sabato mattina",
        ),
        # Italian: a newborn shaken and not waking; a rattle shaken and a baby laughing
        (
            "it",
            "Il neonato è stato scosso forte dal compagno, non si sveglia",
            "Ho scosso il sonaglio e la bambina ha aperto gli occhi ridendo",
        ),
        # French: a neighbour who tells a boy to get in his car and tell no one; a bus driver
        (
            "fr",
            "Le voisin dit à mon fils de monter dans sa voiture et de ne le dire à personne",
            "Le chauffeur du car scolaire attend ma fille à la sortie de l'école tous les jours",
        ),
        # French: a button battery swallowed; a magnet nearly swallowed
        (
            "fr",
            "Ma fille de deux ans vient d'avaler une pile bouton",
            "Mon fils a failli avaler un aimant, je l'ai repris à temps",
        ),
        # Portuguese: waters broken at 34 weeks; a handbag that burst in the shop
        (
            "pt",
            "Estou grávida de 34 semanas e a bolsa rompeu agora",
            "Minha bolsa estourou no shopping e as compras caíram todas",
        ),
        # Portuguese: thoughts of drowning a daughter; a baby seat thrown out
        (
            "pt",
            "Tenho pensamentos de afogar minha filha no banho",
            "Penso em jogar o bebê conforto fora, já não serve",
        ),
        # Yoruba: a child fallen from the bed who does not answer; one who fell and plays
        (
            "yo",
            "Ọmọ mi ṣubú láti orí bẹ́ẹ̀dì, kò sì dáhùn",
            "Ọmọ mi ṣubú nínú eré, ó sọkún, ṣùgbọ́n ó ń ṣeré báyìí",
        ),
        # Romanian: a boss who holds the passports and threatens to beat anyone who leaves; an
        # identity card kept at the gate until leaving
        (
            "ro",
            "Șeful de pe șantier îmi ține pașaportul și zice că mă omoară dacă fug",
            "Portarul îmi ține buletinul până plec și mi-l dă înapoi la ieșire",
        ),
        # Romanian: a landlady's man who wants the rent paid in kind; rent paid another way by
        # transfer
        (
            "ro",
            "proprietarul zice ca sora mea poate plati in natura daca nu are chiria, vine maine",
            "proprietarul a zis ca pot plati altfel chiria, prin transfer bancar",
        ),
        # Romanian: a toddler who swallowed a magnet; a toddler who nearly swallowed one
        (
            "ro",
            "baiatul meu de 2 ani a înghițit doi magneți de pe frigider",
            "baiatul meu aproape a inghitit un magnet, dar l-am luat la timp",
        ),
        # Turkish: a girl of 14 to be married off; a wedding told of a woman married at 25
        (
            "tr",
            "kocam 14 yaşındaki kızımızı köyde evlendirecek, düğün bu ay",
            "kızımı 25 yaşında evlendirdik, düğün çok güzeldi",
        ),
        # Turkish: a landlord breaking the door now; a landlord who mended the door
        (
            "tr",
            "evsahibi kapımızı kırdı, şimdi içeride bağırıyor",
            "ev sahibi bozuk kapıyı tamir etti, çok teşekkür ettik",
        ),
        # Turkish: a newborn who cannot be woken; a baby who sleeps through the night
        (
            "tr",
            "yeni doğan oğlumu bir türlü uyandıramadık, nefesi de yavaş",
            "bebeğim artık sabaha kadar uyuyor, çok rahatladık",
        ),
        # Turkish: a baby not feeding and yellow; a baby with a yellow cardigan feeding well
        (
            "tr",
            "3 günlük bebek hiç emmiyor ve gözleri sapsarı, sararmış",
            "bebeğe sarı hırka aldım, güzel emiyor",
        ),
        # Turkish: a newborn deep yellow and not feeding; a yellow dress and a bottle taken well
        (
            "tr",
            "yenidoğan kardeşim dünden beri emmedi, teni sapsarı oldu",
            "bebeğe sapsarı bir elbise aldık, emmiyor ama biberonu güzel içiyor",
        ),
        # Turkish: a drunk father alone with the baby; a sober family asleep together
        (
            "tr",
            "kocam kafayı bulmuş, bebek onunla yalnız kaldı",
            "kocam içki içmez, bebekle beraber erkenden uyuduk",
        ),
        # Somali: a son threatened with death over a drug debt; a drug-prevention programme
        (
            "so",
            "wiilkayga deyn daroogo ah ayay ku leeyihiin, waxay yiraahdeen waan dilaynaa, "
            "hadda ayay ku hanjabeen",
            "barnaamijka ka hortagga daroogada ayaa caawa ka dhacaya masjidka",
        ),
        # Somali: heavy bleeding in a pregnancy; a blood test in a pregnancy
        (
            "so",
            "walaashay uur ayay leedahay, dhiig aad u badan ayaa ka socda",
            "xaaskayga uurka leh waxay aadday baaritaanka dhiigga, wax walba waa caadi",
        ),
        # Bulgarian: sex demanded by a landlord on pain of the street; a child who wants company
        (
            "bg",
            "Собственикът каза: ако не легна с него, от утре сме на улицата с детето",
            "Синът ми плаче, ако не спя с него, затова тази вечер оставам при него",
        ),
        # Bulgarian: a toddler who fell and vomits; a fever that fell and a sleepy baby
        (
            "bg",
            "Детето падна от леглото, удари си главата и сега повръща",
            "Температурата на бебето падна, сега е сънливо и спи спокойно",
        ),
        # Lithuanian: a birth at home with help refused; a birth in hospital gone well
        (
            "lt",
            "Sesuo gimdo namie ir neleidžia man skambinti greitajai",
            "Sesuo gimdo ligoninėje, akušerė sako, kad viskas gerai",
        ),
        # Lithuanian: a stranger let in by a grandfather with dementia; a new carer expected
        (
            "lt",
            "Senelis turi Alzheimerį, dabar pas jį namuose nepažįstamas žmogus, neatsiliepia",
            "Senelis turi demenciją, šiandien ateis nauja slaugytoja, ją pažįstame",
        ),
        # Lithuanian: a crowd treading on a fallen man; a crowd that only makes a writer late
        (
            "lt",
            "Koncerte didžiulė spūstis, vyras nugriuvo ir žmonės jį trypia",
            "Stotyje didžiulė spūstis, vėluosiu į susirinkimą",
        ),
        # Bulgarian: a grandmother's pension taken at the cash machine; a son who helps collect it
        (
            "bg",
            "Племенникът ми всеки месец взема на баба пенсията от банкомата, сега пак дойде",
            "Синът ми всеки месец взема пенсията на баба от пощата, за да ѝ помогне",
        ),
        # Bulgarian: a woman who fainted and is not breathing; a website that collapsed
        (
            "bg",
            "Жената до мен припадна на спирката и не диша",
            "Сайтът на училището колабира, днес не работи",
        ),
        # Albanian: gas smelled at a father's with no answer; gas smelled and a fitter called
        (
            "sq",
            "Nga banesa e babait vjen erë gazi, ai ka Alzheimer dhe nuk përgjigjet",
            "Vjen erë gazi te kuzhina, thirra teknikun dhe po vjen",
        ),
        # Albanian: a woman struck by a car who does not move; a boy off his bike who got up
        (
            "sq",
            "Një makinë e goditi një grua te semafori, nuk lëviz",
            "Djali ra nga biçikleta, por u ngrit dhe po luan",
        ),
        # Portuguese: a caller "from the police" asking a grandfather for his PIN; one hung up on
        (
            "pt",
            "Meu avô está no telefone com um homem que diz que é da polícia, pede a senha",
            "Um homem ligou dizendo que é do banco, desliguei na hora e bloqueei o número",
        ),
        # Arabic: an old neighbour who fell and does not answer; one who travelled to her son
        (
            "ar",
            "جاري المسن وقع يوم الأحد وما يرد على الباب من يومين",
            "جارتي العجوز لا ترد على الباب لأنها سافرت عند ابنها",
        ),
        # Arabic (Latin letters): gas smelled in a father's flat with dementia; gas bottle bought
        (
            "ar",
            "mama 3andaha alzheimer w fe ri7a gaz fel shaa2a",
            "2alabt botagaz gdeed el naharda, kolo tamam",
        ),
        # Arabic: a fire with a neighbour trapped; smoke from a barbecue
        (
            "ar",
            "حريق في الشقة اللي جنبنا وفيه طفل محاصر جوه",
            "الدخان في المطبخ من الشواء، لا تقلقوا",
        ),
        # Spanish: a disabled sister forced into sex; a disabled brother taken to football
        (
            "es",
            "Mi hermana tiene síndrome de Down y un vecino la obliga a tener sexo con él",
            "Mi hermano tiene discapacidad intelectual y un vecino lo lleva al fútbol",
        ),
        # Gujarati: a mother with dementia gone from home and not found; glasses not found
        (
            "gu",
            "મમ્મીને અલ્ઝાઇમર છે, સવારે ઘરની બહાર ગયાં અને મળ્યા નથી",
            "દાદાને ડિમેન્શિયા છે, તેમના ચશ્મા મળતા નથી",
        ),
        # Yoruba: a father with no carer and no food; a carer away today with food cooked
        (
            "yo",
            "Baba mi ko le rin, olutoju re ko wa lati ana, ko si ounje",
            "Carer mama mi ko wa loni, mo ti se ounje fun won",
        ),
        # Yoruba: a dog biting a man now; a dog that bit yesterday, treated and well
        (
            "yo",
            "Aja nla kan n bu okunrin kan je ni ita, e ran wa lowo",
            "Aja kan bu omo mi je lana, a ti lo si osibitu, o ti da",
        ),
        # Tigrinya: an old father's pension taken by a relative he fears; a bank trip to help
        (
            "ti",
            "ኣቦይ ዓባይ ሰብ እዩ፣ ወዲ ሓብተይ ጡረታኡ ይወስድ ኣሎ፣ ይፈርሖ እዩ",
            "ወዲ ሓወይ ንኣደይ ናብ ባንኪ ወሲዱዋ ንሓገዝ",
        ),
        # Tigrinya: a child fallen on the railway line; a line being repaired
        (
            "ti",
            "ሓደ ቆልዓ ኣብ ሓዲድ ወዲቑ ኣሎ",
            "ሓዲድ ባቡር ይጽገን ኣሎ፣ ባቡር ደንጉዩ",
        ),
        # Ukrainian: a neighbour moaning behind a locked door; one who calls for help on stairs
        (
            "uk",
            "Сусідка стогне за дверима, двері замкнені, вона не відчиняє",
            "Сусід на візку кличе на допомогу, коли треба піднятися, я йому допомагаю",
        ),
        # Ukrainian: a worker crushed under a slab now; children buried in snow for fun
        (
            "uk",
            "Рятуйте, робітника придавило плитою, він не дихає",
            "Дітей засипало снігом на гірці, вони сміються",
        ),
        # Italian: a false engineer in a disabled father's home now; the real gas engineer booked
        (
            "it",
            "Mio padre è disabile e adesso c'è un finto tecnico in casa con lui",
            "Mia madre ha l'Alzheimer, oggi viene il tecnico del gas a controllare la caldaia",
        ),
        # Italian: a woman hit by a car who does not move; a phone that fell and does not respond
        (
            "it",
            "Una signora è stata investita sulle strisce e non si muove",
            "Il telefono è caduto dalla tasca e non risponde più",
        ),
        # French: a mother with Alzheimer's abandoned without food; a blind father alone an hour
        (
            "fr",
            "Ma mère a Alzheimer, l'aide-soignante l'a abandonnée sans manger depuis deux jours",
            "Mon père est aveugle, son aidant l'a laissé seul une heure pour faire les courses",
        ),
        # French: a man trapped in his car after a crash; a woman stuck in her car in traffic
        (
            "fr",
            "Un homme est bloqué dans son camion après l'accident, il y a du sang",
            "Une femme est coincée dans sa voiture à cause des bouchons après un accident",
        ),
        # Tamil: a mother fallen in the street who cannot get up; a child who fell and got up
        (
            "ta",
            "அம்மா தெருவில் விழுந்துவிட்டாங்க, எழுந்திருக்க முடியலை",
            "பையன் விழுந்து எழுந்து சிரிச்சுட்டு விளையாடுறான்",
        ),
        # Punjabi: a small daughter lost in a crowd; a son's phone lost
        (
            "pa",
            "ਮੇਰੀ ਧੀ ਪਾਰਕ ਵਿੱਚ ਗੁਆਚ ਗਈ ਹੈ, ਚਾਰ ਸਾਲ ਦੀ ਹੈ",
            "ਮੇਰੇ ਪੁੱਤਰ ਦਾ ਫ਼ੋਨ ਬਾਜ਼ਾਰ ਵਿੱਚ ਗੁੰਮ ਹੋ ਗਿਆ ਹੈ",
        ),
        # Twi: a child hit by a lorry and bleeding; a car that knocked the writer's car, no harm
        (
            "tw",
            "Lori bi apia abofra bi, mogya tu pii",
            "Kaa bi apem me kaa no wɔ parking, ɛnyɛ hwee",
        ),
        # Bulgarian: a man who fell in the street and is not breathing; a baby with a stuffy nose
        (
            "bg",
            "Мъж падна на тротоара пред нас, не диша",
            "Температурата падна, но бебето не диша добре през носа",
        ),
        # Urdu: a grandfather alone, the carer not come, fallen and not waking; one watching TV
        (
            "ur",
            "mere nana akele hain, carer nahi aayi, zameen par pade hain, hosh nahi aa raha",
            "mere nana akele hain aaj, carer shaam ko aayegi, woh TV dekh rahe hain",
        ),
        # Urdu: a mother with dementia missing since the night; dementia and a doctor's visit
        (
            "ur",
            "ammi ko dementia hai aur kal raat se lapata hain, hum sab jagah dekh chuke",
            "ammi ko dementia hai, aaj doctor ke paas le kar gaye, sab theek raha",
        ),
        # Urdu: a man "from the bank" at the door given a card; a card taken to the bank
        (
            "ur",
            "ek aadmi keh raha hai bank se aaya hoon, abbu usko card de rahe hain abhi",
            "abbu kal bank gaye the naya card lene, card aa gaya hai",
        ),
        # Urdu: a girl fallen into the canal, not coming out; a phone dropped in water
        (
            "ur",
            "نہر میں ایک لڑکی گر گئی ہے، ڈوب رہی ہے، کوئی مدد کرے",
            "میرا فون پانی میں گر گیا، اب چل نہیں رہا",
        ),
        # Urdu: a boy fallen onto the line with a train coming; a bag dropped on the line
        (
            "ur",
            "platform se ek larka patri par gir gaya, train aa rahi hai, jaldi",
            "mera bag patri par gir gaya tha, staff ne utha ke de diya",
        ),
        # Urdu: an uncle hit by a bus and bleeding; a car dented, and a nosebleed
        (
            "ur",
            "chacha ko bus ne takkar maar di, khoon beh raha hai aur bol nahi rahe",
            "gari ko kisi ne peeche se thok diya, sirf dent aaya, koi zakhmi nahi",
        ),
        # Polish: a carer who hits a grandfather, who is afraid; a carer praised
        (
            "pl",
            "Opiekun bije dziadka, dziadek się go boi i nic nie mówi",
            "Opiekun dziadka jest bardzo miły, przychodzi jutro o dziewiątej",
        ),
        # Polish: a grandmother told to move money to a safe account now; savings moved
        (
            "pl",
            "Babcia teraz rozmawia z „policją”, każą jej przelać pieniądze na bezpieczne konto",
            "Babcia przelała oszczędności na lokatę w swoim banku w zeszłym miesiącu",
        ),
        # Polish: a pedestrian knocked down and bleeding; being jostled in a queue
        (
            "pl",
            "Auto potrąciło starszą panią na przejściu, bardzo krwawi z głowy",
            "Ktoś potrącił mnie w kolejce w sklepie, ale przeprosił",
        ),
        # Polish: a man collapsed and not breathing; a man who sat down tired
        (
            "pl",
            "Mężczyzna zasłabł na przystanku i chyba nie oddycha",
            "Mężczyzna usiadł na przystanku zmęczony, potem pojechał autobusem",
        ),
        # Polish: a dog attacking a girl now; a puppy chewing a shoe
        (
            "pl",
            "Pies sąsiada zaatakował dziewczynkę, gryzie ją po ręce, pomocy",
            "Szczeniak gryzie moje buty, jak go tego oduczyć?",
        ),
        # Bengali: a grandfather not given food, too weak to rise; a mother fasting
        (
            "bn",
            "দাদাকে চাচা খেতে দেয় না, দাদা উঠতে পারছেন না",
            "মা রোজা রেখেছেন, সারাদিন খাননি, সন্ধ্যায় ইফতার করবেন",
        ),
        # Bengali: a girl fallen into the river; a phone dropped in water
        (
            "bn",
            "একটা মেয়ে নদীতে পড়ে গেছে, ডুবে যাচ্ছে, বাঁচান",
            "আমার ফোন পানিতে পড়ে গেছে, তাড়াতাড়ি ঠিক করতে হবে",
        ),
        # Bengali: a fire in a flat with no breath to be had; smoke while cooking
        (
            "bn",
            "পাশের ফ্ল্যাটে আগুন ধরেছে, আমরা আটকে আছি, দম বন্ধ হয়ে আসছে",
            "রান্না করতে গিয়ে একটু ধোঁয়া হয়েছিল, জানালা খুলে দিয়েছি",
        ),
        # Romanian: an autistic son whose pension others take; a son helped with forms
        (
            "ro",
            "fiul meu are autism si niste vecini ii iau pensia in fiecare luna",
            "fiul meu are autism si il ajut eu cu actele pentru pensie",
        ),
        # Romanian: a worker fallen and not breathing; a fall from a bike with a graze
        (
            "ro",
            "un coleg a cazut de pe acoperis si nu mai respira",
            "am cazut de pe bicicleta ieri, doar o zgarietura la genunchi",
        ),
        # Turkish: a grandfather on the floor who cannot speak; one who fell and got up
        (
            "tr",
            "Dedem yerde yatıyor, konuşamıyor, ne yapacağımı bilmiyorum",
            "Dedem bahçede düştü ama hemen kalktı, iyi durumda",
        ),
        # Turkish: a young man collapsed and unresponsive; one who rested in the shade
        (
            "tr",
            "Maçta bir genç yere düştü, tepki vermiyor",
            "Maçta bir genç yoruldu, gölgede biraz dinlendi",
        ),
        # Turkish: a crash with a driver trapped; traffic held up by a crash
        (
            "tr",
            "Köprüde iki araba çarpıştı, şoför aracın içinde sıkışmış",
            "Köprüde kaza olmuş, trafik sıkıştı, biraz geç kalacağım",
        ),
        # Somali: an old father beaten by men in his home; a carer who cooks
        (
            "so",
            "Aabahay waa waayeel, rag ayaa gurigiisa jooga oo way garaaceen",
            "Aabahay waa waayeel, qofka daryeela ayaa cunto u kariya maalin walba",
        ),
        # Somali: a girl fallen into the river going under; a phone dropped in water
        (
            "so",
            "Gabadh yar ayaa ku dhacday webiga, hoos u galaysaa, caawimaad",
            "Taleefankayga ayaa ku dhacay biyaha, hadda ma shaqeynayo",
        ),
        # Urdu: a brother knocked down by a bike and unconscious; a bumper knocked, no one hurt
        (
            "ur",
            "bike ne bhai ko takkar maar di, woh behosh pada hai sarak par",
            "bike ki takkar se gari ka bumper toot gaya, sab log theek hain",
        ),
        # Turkish: sex forced after a no last night; homework done by force
        (
            "tr",
            "Kocam hayır desem de zorla ilişkiye giriyor, dün gece yine oldu",
            "Oğlum ödevini zorla yapıyor, dün gece yine geç yattı",
        ),
        # Turkish: a man rubbing against a girl on the tram; a cat rubbing against a leg
        (
            "tr",
            "kızım tramvayda, bir adam arkasından sürtünüyormuş, korkmuş",
            "kedi bacağıma sürtünüyor, mama istiyor galiba",
        ),
        # Turkish: a headscarf pulled and a woman hit at the stop; learning to tie one
        (
            "tr",
            "durakta iki genç bir teyzenin başörtüsünü çekip ona vuruyor",
            "kızım başörtüsü bağlamayı öğreniyor, çok tatlı",
        ),
        # Somali: a man who raped a girl calling her again today; a bad meal last night
        (
            "so",
            "Ninkii kufsaday gabadhayda ayaa maanta mar kale soo wacay",
            "Cunto xun ayaan xalay cunay, hadda waan fiicnahay",
        ),
        # Somali: men saying they will burn the family; a meal burnt on the stove
        (
            "so",
            "Koox rag ah ayaa leh waan idin gubi doonnaa, guriga hortiisa ayay taagan yihiin",
            "Bariiska ayaa gubtay, koox saaxiibo ah ayaa caawa iman doona",
        ),
        # Somali: youths attacking a man, telling him to go back home; a trip home planned
        (
            "so",
            "Dhalinyaro ayaa aabahay weeraraya, waxay leeyihiin dalkaaga ku noqo",
            "Aabahay wuxuu rabaa inuu dalkiisa ku noqdo xagaaga",
        ),
        # Lithuanian: a landlord who demands sex for the room tonight; a child who sleeps over
        (
            "lt",
            "Savininkas sako, kad turiu miegoti su juo, kitaip išmes, šiąnakt ateis",
            "Šiandien dukra miegos su močiute, nes mes išvažiuojame",
        ),
        # Lithuanian: a threat to burn the house; a candle lit tonight
        (
            "lt",
            "Jie grasina sudeginti mūsų namą, stovi prie vartų",
            "Šiąnakt uždegsime žvakę prie namo, bus gražu",
        ),
        # Bulgarian: a girl with a drink who cannot stand taken off; an uncle driven home
        (
            "bg",
            "Сестра ми пи една чаша и не може да стои, един непознат я води навън",
            "Чичо пи една чаша вино и го закарахме до вкъщи, всичко е наред",
        ),
        # Bulgarian: a mob breaking windows threatening to burn the family; a football match
        (
            "bg",
            "Хора чупят вратата ни и крещят, че ще ни запалят",
            "Децата чупят орехи в двора и викат от радост",
        ),
        # Albanian: a girl made to sleep with clients for a debt; a husband asleep
        (
            "sq",
            "Motra ime thotë se e detyrojnë të flejë me klientë për borxhin",
            "Djali fle me babain sonte sepse ka frikë nga errësira",
        ),
        # Albanian: a group threatening to kill the family; a group of friends coming
        (
            "sq",
            "Një grup burrash po na kërcënojnë para derës",
            "Një grup shokësh vjen sonte për darkë",
        ),
        # Portuguese: a threat to leak intimate videos; holiday photos shared
        (
            "pt",
            "ele disse que vai vazar os videos intimos meus se eu terminar",
            "ela vai mandar as fotos da praia no grupo da familia",
        ),
        # Portuguese: men shouting to go back to your country, attacking now; a trip home
        (
            "pt",
            "uns caras estão batendo no meu primo e gritando volta pro seu pais",
            "meu primo vai voltar pro seu pais em dezembro, estamos tristes",
        ),
        # Tamil: a manager who touches a girl, saying tell no one; a manager who praises
        (
            "ta",
            "மேனேஜர் என் தங்கையை தப்பா தொடுகிறான், யாருக்கும் சொல்லக்கூடாது என்கிறான்",
            "மேனேஜர் என் தங்கையின் வேலையை பாராட்டினார், நாளை மீண்டும் போகிறாள்",
        ),
        # Arabic: a daughter assaulted last night; a daughter back from a party
        (
            "ar",
            "ابنتي رجعت البارحة وقالت إن رجلاً اعتدى عليها في السيارة",
            "ابنتي رجعت من الحفلة البارحة وهي سعيدة جداً",
        ),
        # Arabic: men threatening to burn a house; young men playing football
        (
            "ar",
            "شباب عند باب بيتنا يقولون سنحرق البيت عليكم",
            "شباب الحي يلعبون الكرة عند باب بيتنا كل مساء",
        ),
        # Urdu: a partner who forces sex and films it, again tonight; "zabardasti" over food
        (
            "ur",
            "mangetar mere saath zabardasti karta hai aur video bana leta hai, aaj raat phir",
            "nani zabardasti paratha khilati hain, aaj raat phir dawat hai",
        ),
        # Urdu: a boss who says she must sleep with him or lose the job; a child at bedtime
        (
            "ur",
            "boss kehta hai naukri bachani hai to uske sath sona padega",
            "chhota beta kehta hai ammi ke saath sona hai, kahani sunao",
        ),
        # Urdu: men who pay a young relative, take her to a flat and film her; wedding videos
        (
            "ur",
            "kuch aadmi meri bhanji ko paise de kar flat le jate hain, uski videos banate hain, "
            "abhi phir bulaya",
            "cousin ki shaadi thi, meri videos banayi, paise de kar flat wapis aaye",
        ),
        # Urdu: a crowd outside threatening to burn the family; a stove lit outside
        (
            "ur",
            "ghar ke bahar aadmi jama hain, chilla rahe hain tum sab ko aag laga denge",
            "bahar khade ho kar barbecue ke koylay jala denge shaam ko",
        ),
        # Urdu: followed and called a terrorist, the men still there; a child after ice cream
        (
            "ur",
            "do aadmi mere peeche lag gaye, kehte hain terrorist, ab bhi bahar khade hain",
            "bachay ice cream wale ke peeche lag gaye, ab bhi wahin hain",
        ),
        # Bengali: a landlord demanding sex for the rent; a boss asking her to stay late
        (
            "bn",
            "বাড়িওয়ালা বলছে ভাড়া না দিলে তার সাথে শুতে হবে",
            "বস বলছে আজ দেরি পর্যন্ত থাকতে হবে, চাকরিতে অনেক কাজ",
        ),
        # Bengali: a cousin who forced himself on her and will come again; food pushed on her
        (
            "bn",
            "amar cousin kal amar shathe jor korse, aj abar ashbe bolse",
            "nani jor kore bhat khawalo, aj abar ashbe khala",
        ),
        # Bengali: a shop being set alight now; a stove lit in the kitchen
        (
            "bn",
            "দোকানে আগুন লাগাচ্ছে কয়েকজন, আমরা ভেতরে আটকা",
            "রান্নাঘরে চুলায় আগুন দিচ্ছে মা, আমি বাইরে যাচ্ছি",
        ),
        # Bengali: a man beaten now and called a terrorist; a cricket six
        (
            "bn",
            "bus e ekta lok ke petacche, bolche terrorist",
            "cricket e bhai chokka marche, bolche darun khela",
        ),
        # Polish: a friend's drink spiked last night; ice put into a drink
        (
            "pl",
            "ktoś wczoraj czegoś jej dosypał, nie pamięta nic i boi się",
            "barman dosypał mi lodu do drinka, teraz jest za zimny",
        ),
        # Polish: a half-conscious sister led out by strangers; a friend taken home by her man
        (
            "pl",
            "siostra jest nieprzytomna, jacyś faceci ją ciągną do samochodu",
            "kumpela pijana, jej chłopak zabiera ją do domu taksówką",
        ),
        # Polish: stones through the windows with men still outside; a ball through a window
        (
            "pl",
            "ktoś rzuca kamieniami w okna, krzyczą na nas i dalej stoją przed domem",
            "dzieci wybiły piłką okno u sąsiadów, sąsiad krzyczy",
        ),
        # Polish: a woman attacked for being foreign; a record beaten
        (
            "pl",
            "dwóch facetów napada kobietę na przystanku, bo jest cudzoziemką",
            "mój syn bije rekordy na basenie, bo jest szybki",
        ),
        # Romanian: a man groping a girl on a tram who is still there; a doctor's examination
        (
            "ro",
            "un tip o pipaie pe fiica mea in tramvai, e inca acolo",
            "doctorul m-a consultat azi, acum sunt bine",
        ),
        # Romanian: a 15-year-old lured by a man from TikTok tonight; a girl selling online
        (
            "ro",
            "fiica mea are 15 ani, un barbat de pe tiktok ii trimite bani, o cheama diseara "
            "la el acasa",
            "sora mea are 17 ani si vinde haine pe instagram, diseara mergem la nunta",
        ),
        # Romanian: a threat to set the family's car alight; a barbecue lit
        (
            "ro",
            "vecinii striga ca ne dau foc la masina acum",
            "diseara dam foc la gratar in fata casei",
        ),
        # Romanian: a man beaten with a slur; a boss who nags
        (
            "ro",
            "niste baieti il bat pe un om in parc si ii zic bozgor",
            "seful il bate la cap pe vanzator pentru ca e lent",
        ),
        # Punjabi: a boss who demands sex under a threat, tonight; a night spent beside a sister
        (
            "pa",
            "ਮੇਰੇ ਬੌਸ ਨੇ ਕਿਹਾ ਜੇ ਮੈਂ ਉਸ ਨਾਲ ਨਾ ਸੌਂਵਾਂ ਤਾਂ ਨੌਕਰੀ ਤੋਂ ਕੱਢ ਦੇਵੇਗਾ, ਅੱਜ ਰਾਤ ਆਉਣਾ ਹੈ",
            "ਅੱਜ ਰਾਤ ਮੈਂ ਆਪਣੀ ਭੈਣ ਨਾਲ ਸੌਂਵਾਂਗੀ ਤੇ ਫੋਟੋਆਂ ਭੇਜਾਂਗੀ",
        ),
        # Punjabi: stones thrown at a temple with a mother inside; a fire lit for the langar
        (
            "pa",
            "ਮੰਦਰ ਦੇ ਬਾਹਰ ਬੰਦੇ ਪੱਥਰ ਸੁੱਟ ਰਹੇ ਨੇ, ਅੰਦਰ ਮੇਰੀ ਮਾਂ ਹੈ",
            "ਗੁਰਦੁਆਰੇ ਵਿੱਚ ਅੱਜ ਰਾਤ ਲੰਗਰ ਲਈ ਅੱਗ ਲਾ ਦਿਆਂਗੇ, ਬੱਚੇ ਵੀ ਆਉਣਗੇ",
        ),
        # Gujarati: a sister touched by her employer, back at work today; a child who loves to
        # touch things
        (
            "gu",
            "મારી બહેનને તેનો શેઠ ખોટી રીતે અડે છે, આજે ફરી કામ પર જવાનું છે",
            "મારી દીકરીને દરેક વસ્તુ અડકવી ગમે છે, આજે મ્યુઝિયમ જઈએ છીએ",
        ),
        # Gujarati: a home set on fire with a threat to come back; stones thrown in a lake
        (
            "gu",
            "લોકોએ અમારા ઘર પર આગ લગાડી, કહે છે ફરી આવશે",
            "બાળકો તળાવમાં પથ્થર ફેંકે છે, સાંજે ઘરે પાછા આવશે",
        ),
        # Twi: a boss forcing her to sleep with him, coming now; a mother sending a child to bed
        (
            "tw",
            "Me boss hyɛ me sɛ me ne no da, ɔse seesei na ɔrebɛba",
            "Me maame hyɛ me sɛ menkɔ da ntɛm nnɛ anadwo",
        ),
        # Twi: men beating on the door telling the family to go back; a sister knocking
        (
            "tw",
            "Mmarima baanu rebɔ me pon, wɔreteɛm sɛ yɛnsan nkɔ yɛn man mu",
            "Obi rebɔ yɛn pon, ɛyɛ me nua, ɔde aduane aba",
        ),
        # Yoruba: forced to sleep with the boss and called back today; made to work today
        (
            "yo",
            "Oga mi fi tipatipa ba mi sun lale ana, o ni ki n wa loni",
            "Oga mi fi tipatipa mu mi se ise loni",
        ),
        # Yoruba: stones thrown at the car with a child inside; children's stones in a river
        (
            "yo",
            "Won n ju okuta si oko wa, won n pariwo, omo mi wa ninu oko",
            "Awon omode n ju okuta si odo, won n pariwo ere",
        ),
        # Tigrinya: a husband forcing her to sleep with his friend, now; a child sleeping with
        # his father tonight
        (
            "ti",
            "ሰብኣያ ብግዲ ምስ ዓርኩ ክትድቅስ ይገብራ ኣሎ፣ ሕጂ ኣብ ገዛ ኣሎ",
            "ሎሚ ለይቲ ቆልዓ ምስ ኣቦኡ ክድቅስ እዩ",
        ),
        # Italian: a sister raped last night; made to work late
        (
            "it",
            "Mia sorella dice che il suo ex l'ha violentata stanotte",
            "Il capo mi ha costretto a lavorare anche ieri sera",
        ),
        # Italian: a Muslim woman beaten on the bus now; a rug beaten in the yard
        (
            "it",
            "Stanno picchiando una donna musulmana sull'autobus, le hanno strappato il velo",
            "Stanno picchiando il tappeto in cortile, la polvere cade a terra",
        ),
        # French: raped by a cousin last night; made to tidy a room
        (
            "fr",
            "Mon cousin m'a violée hier soir chez lui",
            "Ma mère m'a forcée à ranger ma chambre hier soir",
        ),
        # French: stones at the windows with racist insults; stones in a river
        (
            "fr",
            "Ils ont jeté des pierres sur nos fenêtres en criant des insultes racistes",
            "Les enfants ont jeté des pierres dans la rivière ce soir",
        ),
        # Spanish: raped by a boss yesterday; made to stay late
        (
            "es",
            "Mi jefe me violó ayer en el almacén",
            "Mi jefe me obligó a quedarme hasta tarde ayer",
        ),
        # Spanish: a girl beaten on the bus for being Muslim; a door knocked at dinner time
        (
            "es",
            "Están golpeando a una chica en el bus porque es musulmana",
            "Están golpeando la puerta porque es la hora de la cena",
        ),
        # Ukrainian: a brother beaten for being foreign; a neighbour back with a kitchen knife
        (
            "uk",
            "Чоловіки побили мого брата біля магазину, бо ми іноземці",
            "Сусід щойно повернувся з магазину з новим ножем для кухні",
        ),
        # French: forced by a husband last night; a boss who forced the writer's hand
        (
            "fr",
            "Mon mari m'a forcée cette nuit, il dort à côté",
            "Mon patron m'a forcé la main hier pour signer",
        ),
        # Italian: paid by a man to carry parcels to another city tonight or he hurts her mother;
        # paid to carry a neighbour's parcels
        (
            "it",
            "ho 16 anni, un uomo che mi dà soldi per portare pacchi dice che stasera devo andare "
            "a Birmingham sennò fa male a mia madre",
            "ho 16 anni, un uomo del negozio mi dà soldi per portare pacchi ai vicini, stasera "
            "devo andare a Birmingham dai nonni",
        ),
        # French: a boyfriend who will send her photos to everyone if she refuses; holiday photos
        # sent round
        (
            "fr",
            "j'ai 14 ans, mon copain a 22 ans et il veut que je vienne chez lui ce soir, il dit "
            "que si je refuse il envoie mes photos à tout le monde",
            "j'ai 14 ans, mon copain veut que je vienne chez lui ce soir, il dit qu'il envoie "
            "mes photos du voyage à tout le monde",
        ),
        # Portuguese: a man of 30 met on Instagram who wants to meet a girl of 14 alone and in
        # secret; a girl of her age met with her mother
        (
            "pt",
            "vou sim. mas tipo, um cara que conheci no insta tem 30 anos e quer me encontrar "
            "hoje a noite sozinha, ele disse pra nao contar pra ninguem. tenho 14",
            "tenho 14 e uma menina que conheci no insta vai me encontrar no shopping com a mãe "
            "dela",
        ),
        # Spanish: cutting every night and bleeding that will not stop; a finger cut peeling
        # potatoes
        (
            "es",
            "tengo 16 y me corto todas las noches, hoy me pasé y no para de sangrar",
            "me corté el dedo pelando patatas y no para de sangrar",
        ),
        # Portuguese: tablets kept and the affairs in order, the end tomorrow; tablets packed for
        # a trip, a report finished
        (
            "pt",
            "Obrigado pelo lembrete mas não vou precisar. Já deixei tudo arrumado e tenho os "
            "comprimidos guardados. Amanhã acabo com isto.",
            "Obrigado pelo lembrete mas não vou precisar. Já deixei tudo arrumado para a viagem "
            "e tenho os comprimidos guardados na mala. Amanhã acabo com isto do relatório.",
        ),
        # Portuguese: the last time, the dog given away, a rope at home; the last time at the
        # group before a move
        (
            "pt",
            "nota 4. foi bom. vai ser minha ultima vez, ja dei meu cachorro pra vizinha e to com "
            "a corda em casa",
            "nota 4. foi bom. vai ser minha ultima vez no grupo, vou mudar de cidade e o "
            "cachorro vai comigo",
        ),
        # Spanish: tablets kept and "I do it on Sunday"; tablets kept for a trip on Sunday
        (
            "es",
            "No me mande más recordatorios. Desde que murió mi mujer no le veo sentido. He "
            "guardado las pastillas y el domingo lo hago.",
            "No me mande más recordatorios. He guardado las pastillas para el viaje y el domingo "
            "me voy.",
        ),
        # Italian: a loaded gun at home, the last outing and the choice made; a gun loaded for the
        # hunt
        (
            "it",
            "Valutazione 5. Grazie di tutto, è stata la mia ultima uscita. Ho il fucile carico "
            "in casa e ho deciso.",
            "Valutazione 5. Grazie di tutto, è stata la mia ultima uscita con il gruppo. Ho il "
            "fucile carico in macchina per la caccia di domani.",
        ),
        # French: the affairs in order, the cat given away, the bridge tonight and the end; the
        # bridge for the fireworks
        (
            "fr",
            "Je ne viendrai pas samedi. J'ai mis mes affaires en ordre, j'ai donné le chat. Ce "
            "soir je vais au pont et c'est fini.",
            "Je ne viendrai pas samedi. J'ai mis mes affaires en ordre avant le déménagement, "
            "j'ai donné le chat à ma sœur. Ce soir je vais au pont voir le feu d'artifice.",
        ),
        # Italian: taking one's life tonight; taking off make-up tonight
        (
            "it",
            "Stanotte mi tolgo la vita, ho già preparato tutto.",
            "Stanotte mi tolgo il trucco e vado a letto, ho già preparato tutto.",
        ),
        # Italian: decided to end it; finished with cigarettes
        (
            "it",
            "Ho deciso di farla finita, domani non ci sarò più.",
            "Ho deciso di farla finita con le sigarette, domani non ci saranno più in casa.",
        ),
        # Italian: tablets saved and "I do it on Sunday"; tablets saved for a trip
        (
            "it",
            "Ho messo da parte le pastiglie e domenica lo faccio.",
            "Ho messo da parte le pastiglie per il viaggio e domenica parto.",
        ),
        # Italian: a rope bought and the end tonight; a rope for the washing
        (
            "it",
            "Ho comprato una corda, stanotte la faccio finita.",
            "Ho comprato una corda per stendere i panni, stanotte piove.",
        ),
        # Italian: throwing oneself off the bridge tomorrow; passing by the bridge
        (
            "it",
            "Domani mi butto dal ponte, addio a tutti.",
            "Domani passo dal ponte, ciao a tutti.",
        ),
        # Italian: "I will kill myself this week"; worked to death this week
        (
            "it",
            "Mi ucciderò questa settimana, non ce la faccio più.",
            "Questa settimana mi ammazzerò di lavoro, non ce la faccio più.",
        ),
        # Italian: not alive after Sunday; not in the office after Sunday
        (
            "it",
            "Dopo domenica non sarò più viva.",
            "Dopo domenica non sarò più in ufficio, ultima settimana di contratto.",
        ),
        # Italian: the last time they see the writer; the last time with long hair
        (
            "it",
            "Questa è l'ultima volta che mi vedete.",
            "Questa è l'ultima volta che mi vedete con i capelli lunghi!",
        ),
        # Italian: a hose to the car's exhaust and goodbye; an exhaust pipe changed
        (
            "it",
            "Ho attaccato un tubo allo scarico della macchina, addio.",
            "Ho cambiato il tubo di scarico della macchina, grazie di tutto al meccanico.",
        ),
        # Italian: the tracks tonight and the end; the train from the platform
        (
            "it",
            "Stasera vado ai binari e la faccio finita.",
            "Stasera vado ai binari a prendere il treno per Milano.",
        ),
        # Italian: tablets hidden and thanks for everything; the last session of the assembly
        (
            "it",
            "Ho le pastiglie nascoste nell'armadio, grazie di tutto.",
            "È stata la mia ultima sessione dell'assemblea, grazie di tutto!",
        ),
        # French: ending one's days tonight; ending a subscription
        (
            "fr",
            "Je vais mettre fin à mes jours ce soir.",
            "Je vais mettre fin à mon abonnement ce soir.",
        ),
        # French: decided to end it, not alive tomorrow; done with a file
        (
            "fr",
            "J'ai décidé d'en finir, demain je ne serai plus en vie.",
            "J'ai décidé d'en finir avec ce dossier, demain je ne serai plus au bureau.",
        ),
        # French: tablets kept aside and "I do it on Sunday"; tablets for a trip
        (
            "fr",
            "J'ai gardé des cachets de côté et dimanche je le fais.",
            "J'ai gardé des cachets de côté pour le voyage et dimanche je pars.",
        ),
        # French: a rope bought and the end tonight; a rope for the washing line
        (
            "fr",
            "J'ai acheté une corde, cette nuit j'en finis.",
            "J'ai acheté une corde pour étendre le linge, cette nuit il pleut.",
        ),
        # French: under the train tomorrow; taking the plunge at a new job
        (
            "fr",
            "Demain je me jette sous le train, adieu.",
            "Demain je me jette à l'eau pour le nouveau travail, je prends le train.",
        ),
        # French: killing oneself this weekend; worked to death this weekend
        (
            "fr",
            "Je me suicide ce week-end, je n'en peux plus.",
            "Je me tue au travail ce week-end, je n'en peux plus.",
        ),
        # French: the last time they see the writer; the last time with long hair
        (
            "fr",
            "C'est la dernière fois que vous me voyez.",
            "C'est la dernière fois que vous me voyez avec les cheveux longs !",
        ),
        # French: a hose on the exhaust and thanks for everything; an exhaust changed at the
        # garage
        (
            "fr",
            "J'ai mis un tuyau sur le pot d'échappement de la voiture, merci pour tout.",
            "J'ai changé le pot d'échappement de la voiture, merci pour tout au garagiste.",
        ),
        # French: a loaded gun at home and the choice made; a gun for tomorrow's hunt
        (
            "fr",
            "J'ai le fusil chargé à la maison et j'ai décidé.",
            "J'ai le fusil chargé pour la chasse de demain.",
        ),
        # French: "I'll end it tonight" texted; the last session of the assembly
        (
            "fr",
            "jvais en finir ce soir",
            "C'était ma dernière séance de l'assemblée, merci pour tout !",
        ),
        # Spanish: taking one's life tonight; taking off make-up tonight
        (
            "es",
            "Esta noche me quito la vida.",
            "Esta noche me quito el maquillaje y a dormir.",
        ),
        # Spanish: decided to kill oneself, not alive on Monday; not in the office on Monday
        (
            "es",
            "He decidido matarme, el lunes ya no estaré viva.",
            "He decidido acabar con todo lo pendiente, el lunes ya no estaré en la oficina.",
        ),
        # Spanish: "tomorrow I kill myself"; studying hard tomorrow
        (
            "es",
            "Mañana me mato, ya está todo pensado.",
            "Mañana me mato a estudiar para el examen.",
        ),
        # Spanish: a rope ready and thanks for everything; a rope for the washing
        (
            "es",
            "Tengo la cuerda preparada, gracias por todo.",
            "Tengo la cuerda preparada para tender la ropa, gracias por todo.",
        ),
        # Spanish: off the bridge tonight; into the pool tonight
        (
            "es",
            "Me tiro del puente esta noche, adiós a todos.",
            "Me tiro a la piscina esta noche, adiós calor.",
        ),
        # Spanish: a loaded shotgun at home and the choice made; a shotgun for the hunt
        (
            "es",
            "Tengo la escopeta cargada en casa y ya lo he decidido.",
            "Tengo la escopeta cargada para la caza de mañana.",
        ),
        # Spanish: the last time they see the writer; the last time with long hair
        (
            "es",
            "Esta es la última vez que me veis.",
            "Esta es la última vez que me veis con el pelo largo.",
        ),
        # Spanish: the bridge tonight and the end; the bridge for the fireworks
        (
            "es",
            "Esta noche voy al puente y se acabó.",
            "Esta noche voy al puente a ver los fuegos artificiales.",
        ),
        # Spanish: a hose in the exhaust and goodbye; an exhaust changed at the garage
        (
            "es",
            "He puesto una manguera en el tubo de escape del coche, adiós.",
            "He cambiado el tubo de escape del coche en el taller, gracias por todo.",
        ),
        # Spanish: decided to take one's life, done on Saturday; the last session of the assembly
        (
            "es",
            "decidí quitarme la vida, el sábado lo hago",
            "Ha sido mi última sesión de la asamblea, gracias por todo.",
        ),
        # Portuguese: "tonight I kill myself"; worked to death tonight
        (
            "pt",
            "Hoje à noite me mato.",
            "Hoje à noite me mato de trabalhar.",
        ),
        # Portuguese: decided to end one's life, not alive tomorrow; done with a diet, not in the
        # office
        (
            "pt",
            "Decidi acabar com a minha vida, amanhã já não vou estar viva.",
            "Decidi acabar com tudo isso de dieta, amanhã já não vou estar no escritório.",
        ),
        # Portuguese: ending one's life this weekend; ending a contract
        (
            "pt",
            "Vou pôr fim à minha vida este fim de semana.",
            "Vou pôr fim ao meu contrato este fim de semana.",
        ),
        # Portuguese: medicines kept and "I do it on Sunday"; medicines for a trip
        (
            "pt",
            "Guardei os remédios e no domingo faço isso.",
            "Guardei os remédios para a viagem e no domingo viajo.",
        ),
        # Portuguese: a rope bought and thanks for everything; a rope for the washing line
        (
            "pt",
            "Comprei uma corda, obrigada por tudo.",
            "Comprei uma corda para o varal, obrigada por tudo.",
        ),
        # Portuguese: off the bridge tomorrow; into the pool by the bridge
        (
            "pt",
            "Amanhã vou me jogar da ponte, adeus.",
            "Amanhã vou me jogar na piscina da ponte, adeus calor.",
        ),
        # Portuguese: a loaded gun at home and the choice made; a shotgun for the hunt
        (
            "pt",
            "Tenho a arma carregada em casa e já decidi.",
            "Tenho a espingarda carregada para a caça de amanhã.",
        ),
        # Portuguese: the last time they see the writer; the last time with long hair
        (
            "pt",
            "É a última vez que vocês me veem.",
            "É a última vez que vocês me veem de cabelo comprido!",
        ),
        # Portuguese: the bridge tonight and the end, texted; the bridge for the fireworks
        (
            "pt",
            "hj a noite vou pra ponte e acabou",
            "hj a noite vou pra ponte ver os fogos",
        ),
        # Portuguese: "I'll kill myself tomorrow", texted; the last session of the assembly
        (
            "pt",
            "vo me mata amanha",
            "Foi a minha última sessão da assembleia, obrigado por tudo!",
        ),
        # Portuguese: a hose to the exhaust and goodbye; an exhaust changed at the garage
        (
            "pt",
            "Liguei a mangueira ao escape do carro, adeus a todos.",
            "Troquei o cano de escape do carro na oficina, obrigado por tudo.",
        ),
        # Punjabi: a girl of 16 to be married in India in the holidays, passport taken; a
        # cousin's wedding there
        (
            "pa",
            "ਮੈਂ 16 ਸਾਲ ਦੀ ਹਾਂ, ਡੈਡੀ ਨੇ ਕਿਹਾ ਕਿ ਛੁੱਟੀਆਂ ਵਿੱਚ ਇੰਡੀਆ ਲੈ ਕੇ ਮੇਰਾ ਵਿਆਹ ਕਰ ਦੇਣਗੇ, ਮੇਰਾ ਪਾਸਪੋਰਟ ਲੈ ਲਿਆ",
            "ਮੈਂ 16 ਸਾਲ ਦੀ ਹਾਂ, ਡੈਡੀ ਨੇ ਕਿਹਾ ਕਿ ਛੁੱਟੀਆਂ ਵਿੱਚ ਇੰਡੀਆ ਲੈ ਕੇ ਜਾਣਗੇ, ਮੇਰੀ ਭੈਣ ਦਾ ਵਿਆਹ ਹੈ",
        ),
        # Punjabi: a girl of 15 whose marriage her family will make; her sister's wedding at 24
        (
            "pa",
            "ਮੈਂ 15 ਸਾਲ ਦੀ ਹਾਂ ਤੇ ਘਰਦੇ ਮੇਰਾ ਵਿਆਹ ਕਰਵਾ ਦੇਣਗੇ",
            "ਮੈਂ 24 ਸਾਲ ਦੀ ਹਾਂ ਤੇ ਘਰਦੇ ਮੇਰਾ ਵਿਆਹ ਕਰਵਾ ਦੇਣਗੇ, ਮੈਂ ਬਹੁਤ ਖੁਸ਼ ਹਾਂ",
        ),
        # Gujarati: a girl of 14 alone three days, no food at home; mum home with a fever
        (
            "gu",
            "હું ૧૪ વર્ષની છું, મમ્મી ત્રણ દિવસથી ઘરે નથી આવી, ઘરમાં ખાવાનું નથી",
            "હું ૧૪ વર્ષની છું, મમ્મી ત્રણ દિવસથી ઘરે છે, તાવ છે, ઘરમાં ખાવાનું હું બનાવું છું",
        ),
        # Urdu: a boy of 16 beaten by his father daily, leaving tonight; a father who plays
        # cricket daily
        (
            "ur",
            (
                "bhai main ghar chor raha hoon aaj raat, abbu roz maarte hain, main 16 "
                "ka hoon, kahan jaun"
            ),
            "bhai main ghar ja raha hoon aaj raat, abbu roz cricket khelte hain, main 16 ka hoon",
        ),
        # Bengali: a girl of 13, mother beaten and the writer too, hiding in the bathroom; a
        # gift
        (
            "bn",
            "ami 13, ammu ke abbu khub marche, ajke amakeo marse, amra bathroom e lukiye asi",
            (
                "ami 13, ammu ke abbu khub bhalobashe, ajke amakeo gift dise, amra "
                "bathroom e rong korchi"
            ),
        ),
        # Urdu: tablets gathered, Sunday the end, 'the last time'; tablets saved for a trip
        (
            "ur",
            (
                "YES bhai aa raha hoon, akhri dafa. Goliyan jama kar li hain, itwar ko "
                "kaam khatam. Bachon ko insurance mil jayegi"
            ),
            "YES bhai aa raha hoon. Safar ke liye goliyan jama kar li hain, itwar ko flight hai",
        ),
        # Urdu: a will written and off to the river on Friday, not coming back; a picnic by the
        # river
        (
            "ur",
            (
                "مجھے یاد دہانی کی ضرورت نہیں۔ میں نے وصیت لکھ دی ہے اور جمعہ کو دریا پر "
                "جا رہا ہوں، واپس نہیں آؤں گا۔"
            ),
            "جمعہ کو دریا پر پکنک کے لیے جا رہا ہوں، شام تک واپس آؤں گا۔",
        ),
        # Punjabi: a rope ready in the garage, wife gone, not coming Saturday; a rope ready for
        # the washing
        (
            "pa",
            "ਮੈਂ ਸ਼ਨੀਵਾਰ ਨਹੀਂ ਆਵਾਂਗਾ। ਪਤਨੀ ਚਲੀ ਗਈ, ਕੰਮ ਵੀ ਗਿਆ। ਗੈਰੇਜ ਵਿੱਚ ਰੱਸੀ ਤਿਆਰ ਹੈ।",
            "ਮੈਂ ਸ਼ਨੀਵਾਰ ਆਵਾਂਗਾ। ਕੱਪੜੇ ਸੁਕਾਉਣ ਲਈ ਗੈਰੇਜ ਵਿੱਚ ਰੱਸੀ ਤਿਆਰ ਹੈ।",
        ),
        # Gujarati: 'I will end my life this week', a will made; work finished this week
        (
            "gu",
            "મારે ખર્ચની ચુકવણી નથી જોઈતી. મેં વસિયતનામું બનાવી દીધું છે, આ અઠવાડિયે હું મારું જીવન પૂરું કરી દઈશ.",
            "મારે ખર્ચની ચુકવણી નથી જોઈતી. આ અઠવાડિયે હું મારું કામ પૂરું કરી દઈશ.",
        ),
        # Urdu: not here from tomorrow, in front of the train; the train's front carriage
        (
            "ur",
            (
                "mjhe ab paison ki zaroorat nahi. kal se nahi rahunga. train ke aage "
                "chala jaonga. ammi ko mat batana"
            ),
            "mjhe ab paison ki zaroorat nahi. kal train ke aage wale dabbe mein chala jaonga",
        ),
        # Urdu: decided to die, on Sunday; decided to come on Sunday
        (
            "ur",
            "میں نے مرنے کا فیصلہ کر لیا ہے، اتوار کو سب ختم",
            "میں نے اتوار کو آنے کا فیصلہ کر لیا ہے",
        ),
        # Urdu: off the bridge into the river tonight; fireworks seen from the bridge
        (
            "ur",
            "آج رات میں پل سے دریا میں کود جاؤں گا",
            "آج رات ہم پل سے دریا پر آتش بازی دیکھیں گے",
        ),
        # Urdu: in front of the train tomorrow; the train to London tomorrow
        (
            "ur",
            "کل میں ٹرین کے آگے کود جاؤں گا",
            "کل میں ٹرین سے لندن جاؤں گا",
        ),
        # Urdu: sleeping pills saved, all to be taken Friday night; tablets saved for a trip
        (
            "ur",
            "میں نے نیند کی گولیاں جمع کر لی ہیں، جمعہ کی رات سب کھا لوں گا",
            "میں نے سفر کے لیے گولیاں جمع کر لی ہیں، جمعہ کی رات روانگی ہے",
        ),
        # Urdu: a rope tied to the fan, tonight the end; a rope tied for the washing
        (
            "ur",
            "پنکھے سے رسی باندھ لی ہے، آج رات یہ سب ختم",
            "کپڑے سکھانے کے لیے رسی باندھ لی ہے، آج رات بارش نہ ہو",
        ),
        # Urdu: not in this world after Sunday; not in London after Sunday
        (
            "ur",
            "اتوار کے بعد میں اس دنیا میں نہیں ہوں گا",
            "اتوار کے بعد میں لندن میں نہیں ہوں گا",
        ),
        # Urdu: the last message, shooting himself tomorrow; a last message before a match
        (
            "ur",
            "یہ آخری پیغام ہے، کل میں خود کو گولی مار لوں گا",
            "یہ آخری پیغام ہے، کل میں میچ میں گول کر دوں گا",
        ),
        # Urdu: lying on the railway line on Sunday; waiting by the railway line on Sunday
        (
            "ur",
            "اتوار کو میں ریل کی پٹری پر لیٹ جاؤں گی",
            "اتوار کو میں ریل کی پٹری کے پاس اسٹیشن پر انتظار کروں گی",
        ),
        # Urdu: the car and a pipe tonight; the car washed with a pipe tonight
        (
            "ur",
            "آج رات گاڑی میں پائپ لگا کر خود کو ختم کر لوں گا",
            "آج رات گاڑی کو پائپ لگا کر دھو لوں گا",
        ),
        # Urdu: decided to die (Latin); decided to come
        (
            "ur",
            "maine marne ka faisla kar liya hai, bas itwar tak",
            "maine aane ka faisla kar liya hai, bas itwar tak",
        ),
        # Urdu: ending himself tonight (Latin); a job finished tonight
        (
            "ur",
            "aaj raat main khud ko khatam kar lunga",
            "aaj raat main khud kaam khatam kar lunga",
        ),
        # Urdu: off the bridge into the river tomorrow (Latin); a photo from the bridge
        (
            "ur",
            "kal main pul se nadi mein kood jaunga",
            "kal main pul se nadi ki photo lunga",
        ),
        # Urdu: on the tracks on Sunday (Latin); the train on Sunday
        (
            "ur",
            "itwar ko main patri pe let jaungi, bas",
            "itwar ko main train pe leeds jaungi, bas",
        ),
        # Urdu: a rope tied to the fan, tonight it ends (Latin); a washing line
        (
            "ur",
            "rassi pankhe se baandh li hai, aaj raat sab khatam",
            "kapde sukhane ke liye rassi baandh li hai, aaj raat barish na ho",
        ),
        # Urdu: not in this world after Friday (Latin); not in this city
        (
            "ur",
            "jumme ke baad main is duniya mein nahi rahunga",
            "jumme ke baad main is shehar mein nahi rahunga",
        ),
        # Urdu: the last time, giving his life tomorrow (Latin); giving his all for the team
        (
            "ur",
            "ye meri aakhri dafa hai, kal apni jaan de dunga",
            "ye meri aakhri dafa hai, kal team ke liye jaan laga dunga",
        ),
        # Urdu: sleeping pills saved, Friday night (Latin); saved for the holiday
        (
            "ur",
            "neend ki goliyan jama kar rakhi hain, jumme ki raat sab kha lungi",
            "chhutiyon ke liye goliyan jama kar rakhi hain, jumme ki raat nikalna hai",
        ),
        # Urdu: shooting himself (Latin); a goal scored
        (
            "ur",
            "main kal khud ko goli maar lunga",
            "main kal match mein goal maar lunga",
        ),
        # Hindi: decided to die; decided to come
        (
            "hi",
            "मैंने मरने का फैसला कर लिया है",
            "मैंने आने का फैसला कर लिया है",
        ),
        # Hindi: giving up his life tonight; giving his all in the match
        (
            "hi",
            "आज रात मैं अपनी जान दे दूंगा",
            "आज रात मैं मैच में अपनी जान लगा दूंगा",
        ),
        # Hindi: off the bridge into the river tomorrow; a photo from the bridge
        (
            "hi",
            "कल मैं पुल से नदी में कूद जाऊंगा",
            "कल मैं पुल से नदी की फोटो लूंगा",
        ),
        # Hindi: in front of the train on Sunday; the train to Delhi
        (
            "hi",
            "रविवार को मैं ट्रेन के आगे कूद जाऊंगी",
            "रविवार को मैं ट्रेन से दिल्ली जाऊंगी",
        ),
        # Hindi: sleeping pills saved, all tonight; tablets saved for a trip
        (
            "hi",
            "मैंने नींद की गोलियां जमा कर ली हैं, आज रात सब खा लूंगा",
            "मैंने सफर के लिए गोलियां जमा कर ली हैं, आज रात पैकिंग करूंगा",
        ),
        # Hindi: a rope tied to the fan, tonight it ends; a washing line
        (
            "hi",
            "पंखे से रस्सी बांध ली है, आज रात सब खत्म",
            "कपड़े सुखाने के लिए रस्सी बांध ली है, आज रात बारिश न हो",
        ),
        # Hindi: not alive after Friday; not in Delhi after Friday
        (
            "hi",
            "शुक्रवार के बाद मैं जिंदा नहीं रहूंगा",
            "शुक्रवार के बाद मैं दिल्ली में नहीं रहूंगा",
        ),
        # Hindi: the last time, a gun to himself tomorrow; the last time scoring
        (
            "hi",
            "यह आखिरी बार है, कल मैं खुद को गोली मार लूंगा",
            "यह आखिरी बार है, कल मैं मैच में गोल मार दूंगा",
        ),
        # Hindi: lying on the tracks; waiting by the tracks
        (
            "hi",
            "आज रात मैं रेल की पटरी पर लेट जाऊंगी",
            "आज रात मैं रेल की पटरी के पास स्टेशन पर इंतजार करूंगी",
        ),
        # Bengali: decided to die; decided to come
        (
            "bn",
            "আমি মরার সিদ্ধান্ত নিয়েছি",
            "আমি আসার সিদ্ধান্ত নিয়েছি",
        ),
        # Bengali: off the bridge into the river tomorrow; a photo from the bridge
        (
            "bn",
            "কাল আমি ব্রিজ থেকে নদীতে ঝাঁপ দেব",
            "কাল আমি ব্রিজ থেকে নদীর ছবি তুলব",
        ),
        # Bengali: under the train on Sunday; the train to Sylhet
        (
            "bn",
            "রবিবার আমি ট্রেনের নিচে ঝাঁপ দেব",
            "রবিবার আমি ট্রেনে করে সিলেট যাব",
        ),
        # Bengali: tablets gathered, all on Friday night; gathered for a trip
        (
            "bn",
            "অনেক ট্যাবলেট জমা করেছি, শুক্রবার রাতে সব খাব",
            "সফরের জন্য ট্যাবলেট জমা করেছি, শুক্রবার রাতে ফ্লাইট",
        ),
        # Bengali: a rope tied to the fan, tonight it ends; a washing line
        (
            "bn",
            "ফ্যানে দড়ি বেঁধে রেখেছি, আজ রাতেই সব শেষ",
            "কাপড় শুকানোর জন্য দড়ি বেঁধে রেখেছি, আজ রাতে বৃষ্টি না হলেই হয়",
        ),
        # Bengali: not alive after Saturday; not in London after Saturday
        (
            "bn",
            "শনিবারের পর আমি আর বেঁচে থাকব না",
            "শনিবারের পর আমি আর লন্ডনে থাকব না",
        ),
        # Bengali: a rope round the neck tomorrow; a rope round the goat's neck
        (
            "bn",
            "এটাই শেষ বার, কাল আমি গলায় দড়ি দেব",
            "এটাই শেষ বার, কাল আমি ছাগলের গলায় দড়ি দেব",
        ),
        # Bengali: ending his life tonight; ending the work tonight
        (
            "bn",
            "আজ রাতে আমি আমার জীবন শেষ করে দেব",
            "আজ রাতে আমি আমার কাজ শেষ করে দেব",
        ),
        # Bengali: decided to die (Latin); decided to come
        (
            "bn",
            "ami morar siddhanto niyechi",
            "ami ashar siddhanto niyechi",
        ),
        # Bengali: off the bridge into the river (Latin); a photo
        (
            "bn",
            "kal ami bridge theke nodite jhap dibo",
            "kal ami bridge theke nodir chobi tulbo",
        ),
        # Bengali: under the train on Sunday (Latin); the train to Sylhet
        (
            "bn",
            "robibar ami train er niche jhap dibo",
            "robibar ami train e kore sylhet jabo",
        ),
        # Bengali: sleeping tablets gathered, Friday night (Latin); for a trip
        (
            "bn",
            "ghumer oshudh joma korechi, shukrobar rate sob khabo",
            "bhromoner jonno oshudh joma korechi, shukrobar rate flight",
        ),
        # Bengali: not alive after Saturday (Latin); not in London
        (
            "bn",
            "shonibarer por ami ar beche thakbo na",
            "shonibarer por ami ar london e thakbo na",
        ),
        # Bengali: a rope tied to the fan (Latin); a washing line
        (
            "bn",
            "fan e dori bendhe rekhechi, aj rate shob shesh",
            "kapor shukanor jonno dori bendhe rekhechi, aj rate brishti na hole hoy",
        ),
        # Bengali: ending his life tonight (Latin); ending the work
        (
            "bn",
            "aj rate ami amar jibon shesh kore dibo",
            "aj rate ami amar kaj shesh kore dibo",
        ),
        # Bengali: killing himself this week (Latin); looking after himself
        (
            "bn",
            "ei shoptahe ami nijeke mere felbo",
            "ei shoptahe ami nijeke ektu shamlabo",
        ),
        # Punjabi: decided to die; decided to come
        (
            "pa",
            "ਮੈਂ ਮਰਨ ਦਾ ਫੈਸਲਾ ਕਰ ਲਿਆ ਹੈ",
            "ਮੈਂ ਆਉਣ ਦਾ ਫੈਸਲਾ ਕਰ ਲਿਆ ਹੈ",
        ),
        # Punjabi: giving up his life tonight; giving his all in the match
        (
            "pa",
            "ਅੱਜ ਰਾਤ ਮੈਂ ਆਪਣੀ ਜਾਨ ਦੇ ਦਿਆਂਗਾ",
            "ਅੱਜ ਰਾਤ ਮੈਂ ਮੈਚ ਵਿੱਚ ਆਪਣੀ ਜਾਨ ਲਾ ਦਿਆਂਗਾ",
        ),
        # Punjabi: off the bridge into the river tomorrow; a photo from the bridge
        (
            "pa",
            "ਕੱਲ੍ਹ ਮੈਂ ਪੁਲ ਤੋਂ ਦਰਿਆ ਵਿੱਚ ਛਾਲ ਮਾਰ ਦਿਆਂਗਾ",
            "ਕੱਲ੍ਹ ਮੈਂ ਪੁਲ ਤੋਂ ਦਰਿਆ ਦੀ ਫੋਟੋ ਖਿੱਚਾਂਗਾ",
        ),
        # Punjabi: in front of the train on Sunday; the train to Birmingham
        (
            "pa",
            "ਐਤਵਾਰ ਨੂੰ ਮੈਂ ਟ੍ਰੇਨ ਅੱਗੇ ਛਾਲ ਮਾਰ ਦਿਆਂਗੀ",
            "ਐਤਵਾਰ ਨੂੰ ਮੈਂ ਟ੍ਰੇਨ ਰਾਹੀਂ ਬਰਮਿੰਘਮ ਜਾਵਾਂਗੀ",
        ),
        # Punjabi: sleeping pills gathered, Friday night; gathered for a trip
        (
            "pa",
            "ਮੈਂ ਨੀਂਦ ਦੀਆਂ ਗੋਲੀਆਂ ਇਕੱਠੀਆਂ ਕਰ ਲਈਆਂ ਨੇ, ਸ਼ੁੱਕਰਵਾਰ ਰਾਤ ਨੂੰ ਖਾ ਲਵਾਂਗਾ",
            "ਮੈਂ ਸਫ਼ਰ ਲਈ ਗੋਲੀਆਂ ਇਕੱਠੀਆਂ ਕਰ ਲਈਆਂ ਨੇ, ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਫਲਾਈਟ ਹੈ",
        ),
        # Punjabi: a rope tied to the fan, tonight it ends; a washing line
        (
            "pa",
            "ਪੱਖੇ ਨਾਲ ਰੱਸੀ ਬੰਨ੍ਹ ਲਈ ਹੈ, ਅੱਜ ਰਾਤ ਸਭ ਖ਼ਤਮ",
            "ਕੱਪੜੇ ਸੁਕਾਉਣ ਲਈ ਰੱਸੀ ਬੰਨ੍ਹ ਲਈ ਹੈ, ਅੱਜ ਰਾਤ ਮੀਂਹ ਨਾ ਪਵੇ",
        ),
        # Punjabi: not alive after Saturday; not in London after Saturday
        (
            "pa",
            "ਸ਼ਨੀਵਾਰ ਤੋਂ ਬਾਅਦ ਮੈਂ ਜ਼ਿੰਦਾ ਨਹੀਂ ਰਹਾਂਗਾ",
            "ਸ਼ਨੀਵਾਰ ਤੋਂ ਬਾਅਦ ਮੈਂ ਲੰਡਨ ਨਹੀਂ ਰਹਾਂਗਾ",
        ),
        # Punjabi: ending his life; ending his work today
        (
            "pa",
            "ਮੈਂ ਆਪਣੀ ਜ਼ਿੰਦਗੀ ਖ਼ਤਮ ਕਰ ਦਿਆਂਗਾ",
            "ਮੈਂ ਆਪਣਾ ਕੰਮ ਅੱਜ ਖ਼ਤਮ ਕਰ ਦਿਆਂਗਾ",
        ),
        # Punjabi: decided to die (Latin); decided to come
        (
            "pa",
            "main marn da faisla kar lya hai, aitvaar nu",
            "main aun da faisla kar lya hai, aitvaar nu",
        ),
        # Punjabi: off the bridge into the canal tomorrow (Latin); a photo
        (
            "pa",
            "kal main pul to nehar ch chaal maar dawanga",
            "kal main pul to nehar di photo khichanga",
        ),
        # Gujarati: decided to die; decided to come
        (
            "gu",
            "મેં મરવાનો નિર્ણય કરી લીધો છે",
            "મેં આવવાનો નિર્ણય કરી લીધો છે",
        ),
        # Gujarati: killing herself; looking after herself
        (
            "gu",
            "હું મારી જાતને મારી નાખીશ",
            "હું મારી જાતને સંભાળી લઈશ",
        ),
        # Gujarati: off the bridge into the river tomorrow; photos from the bridge
        (
            "gu",
            "કાલે હું પુલ પરથી નદીમાં કૂદી જઈશ",
            "કાલે હું પુલ પરથી નદીના ફોટા પાડીશ",
        ),
        # Gujarati: in front of the train on Sunday; the train to Leicester
        (
            "gu",
            "રવિવારે હું ટ્રેનની આગળ કૂદી જઈશ",
            "રવિવારે હું ટ્રેનમાં લેસ્ટર જઈશ",
        ),
        # Gujarati: sleeping pills gathered, all on Friday night; gathered for a trip
        (
            "gu",
            "મેં ઊંઘની ગોળીઓ ભેગી કરી રાખી છે, શુક્રવારે રાત્રે બધી ખાઈ જઈશ",
            "મેં પ્રવાસ માટે ગોળીઓ ભેગી કરી રાખી છે, શુક્રવારે ફ્લાઇટ છે",
        ),
        # Gujarati: a rope tied to the fan, tonight it ends; a washing line
        (
            "gu",
            "પંખા સાથે દોરડું બાંધી દીધું છે, આજે રાત્રે બધું ખતમ",
            "કપડાં સૂકવવા દોરડું બાંધી દીધું છે, આજે રાત્રે વરસાદ ન પડે",
        ),
        # Gujarati: not alive after Saturday; not in London after Saturday
        (
            "gu",
            "શનિવાર પછી હું જીવતો નહીં રહું",
            "શનિવાર પછી હું લંડનમાં નહીં રહું",
        ),
        # Gujarati: the last time, ending his life tonight; the last session
        (
            "gu",
            "આ છેલ્લી વાર છે, આજે રાત્રે હું મારો જીવ આપી દઈશ",
            "આ છેલ્લી વાર છે, આજે રાત્રે હું સભામાં મારો મત આપી દઈશ",
        ),
        # Hindi: a jump from the roof on Monday; the same words as a joke over a lost match
        (
            "hi",
            "सोमवार को मैं छत से कूद जाऊंगी, अब और नहीं",
            "अगर भारत मैच हार गया तो मैं छत से कूद जाऊंगा 😂",
        ),
        # Punjabi: a jump from the roof tomorrow; the same words as a joke over a lost match
        (
            "pa",
            "ਕੱਲ੍ਹ ਮੈਂ ਛੱਤ ਤੋਂ ਛਾਲ ਮਾਰ ਦਿਆਂਗਾ",
            "ਜੇ ਮੈਚ ਹਾਰ ਗਏ ਤਾਂ ਮੈਂ ਛੱਤ ਤੋਂ ਛਾਲ ਮਾਰ ਦਿਆਂਗਾ 😂",
        ),
        # Urdu: no longer here from tomorrow (Latin); the office shut from tomorrow
        (
            "ur",
            "kal se nahi rahunga. sab ko salaam",
            "kal se main nahi rahunga, office band hai",
        ),
        # Urdu: tablets gathered and a last message (Latin); a mother's tablets fetched for her
        (
            "ur",
            "dawaiyan jama kar li hain, aakhri baar likh raha hoon",
            "ammi ki dawaiyan jama kar li hain, kal de dungi",
        ),
        # Hindi: a rope ready, all over before morning; a rope ready for kabaddi
        (
            "hi",
            "रस्सी तैयार है, कल सुबह से पहले सब खत्म",
            "रस्सी तैयार है, कल कबड्डी है",
        ),
        # Bengali: off to the river tonight, not coming back; 'we' going, for the fun of it
        (
            "bn",
            "আমি আজ রাতে নদীতে যাব, আর ফিরব না",
            "আজ রাতে আমরা নদীতে যাব, আর ফিরব না এমন মজা",
        ),
        # Bengali: ending his life tonight (Latin); not ending it so easily
        (
            "bn",
            "aj rate ami amar jibon shesh kore dibo, biday",
            "amar jibon shesh kore dibo na eto sohoje",
        ),
        # Punjabi: tablets gathered and a last message; tablets gathered, not coming to the session
        (
            "pa",
            "ਦਵਾਈਆਂ ਇਕੱਠੀਆਂ ਕਰ ਲਈਆਂ ਨੇ, ਇਹ ਆਖਰੀ ਸੁਨੇਹਾ ਹੈ",
            "ਕੱਲ੍ਹ ਮੈਂ ਸੈਸ਼ਨ ਨਹੀਂ ਆਵਾਂਗਾ, ਦਵਾਈਆਂ ਇਕੱਠੀਆਂ ਕਰ ਲਈਆਂ ਨੇ",
        ),
        # Gujarati: tablets gathered and the last time; tablets gathered for a grandmother
        (
            "gu",
            "દવાઓ ભેગી કરી રાખી છે, આ છેલ્લી વાર લખું છું",
            "કાલે દવાઓ ભેગી કરી રાખી છે, બાને આપીશ",
        ),
        # Somali: a girl of 15 to be married off on the holiday, refused; a sister's wedding
        # looked forward to
        (
            "so",
            "waxaan ahay 15 sano, aabbahay wuxuu igu yiri fasaxa Soomaaliya ayaan kuu geynayaa "
            "oo waa lagu guursanayaa, ma rabo",
            "Walaashay waa la guursanayaa fasaxa Soomaaliya, aad ayaan ugu faraxsanahay",
        ),
        # Somali: the last time, tired, decided to kill herself next week; decided to move next
        # week
        (
            "so",
            "Haa waan imanayaa laakin tan ayaa ugu dambeysa. Waan daalay, waxaan go'aansaday "
            "inaan isdilo usbuuca soo socda.",
            "Haa waan imanayaa laakin tan ayaa ugu dambeysa. Waan daalay, waxaan go'aansaday "
            "inaan guuro usbuuca soo socda.",
        ),
        # Somali: killing himself tonight; getting himself ready tonight
        (
            "so",
            "Caawa ayaan is dilayaa",
            "Caawa ayaan is diyaarinayaa",
        ),
        # Somali: decided to die; decided to start a new job
        (
            "so",
            "Waxaan go'aansaday inaan dhinto",
            "Waxaan go'aansaday inaan shaqo cusub bilaabo",
        ),
        # Somali: many pills gathered, all to be swallowed tonight; pills gathered for a journey
        (
            "so",
            "Kiniinno badan ayaan ururiyay, caawa ayaan wada liqayaa",
            "Kiniinno badan ayaan ururiyay safarka, berri ayaan qaadanayaa",
        ),
        # Somali: not alive tomorrow; not at home tomorrow
        (
            "so",
            "Berri nool ma ahaan doono",
            "Berri guriga ma joogi doono",
        ),
        # Somali: a rope bought, hanging himself tonight; a rope bought for the washing
        (
            "so",
            "Xarig ayaan iibsaday, caawa ayaan isku deldelayaa",
            "Xarig ayaan iibsaday, caawa ayaan dharka ku deldelayaa",
        ),
        # Somali: throwing himself off the bridge tonight; crossing the bridge tonight
        (
            "so",
            "Buundada ayaan iska tuurayaa caawa",
            "Buundada ayaan ka gudbayaa caawa",
        ),
        # Somali: throwing himself before the train tomorrow; taking the train tomorrow
        (
            "so",
            "Berri tareenka hortiisa ayaan isku tuurayaa",
            "Berri tareenka ayaan raacayaa",
        ),
        # Somali: goodbye, the last, taking his life tonight; the assembly's last meeting, goodbye
        (
            "so",
            "Nabadgelyo dhammaantiin, tan ayaa ugu dambeysa, caawa ayaan naftayda qaadayaa",
            "Kulankani waa kii ugu dambeeyay golaha, nabadgelyo dhammaantiin",
        ),
        # Somali: taking his life this week; taking a holiday this week
        (
            "so",
            "Toddobaadkan ayaan nafta iska qaadayaa",
            "Toddobaadkan ayaan fasax qaadanayaa",
        ),
        # Tamil: a debt not borne, going to the railway tracks tonight; a shift on the tracks
        # tonight
        (
            "ta",
            "இனிமேல் எனக்கு நினைவூட்டல் வேண்டாம். கடன் தாங்க முடியவில்லை. இன்று இரவு ரயில் தண்டவாளத்துக்கு போகிறேன்.",
            "இன்று இரவு ரயில் தண்டவாளத்தில் வேலை, ஷிப்ட் முடிய லேட் ஆகும்",
        ),
        # Tamil: going to kill herself tonight; going to finish work tonight
        (
            "ta",
            "இன்று இரவு தற்கொலை செய்யப் போகிறேன்",
            "இன்று இரவு வேலை முடிக்கப் போகிறேன்",
        ),
        # Tamil: going to die, decided; going to the market, decided
        (
            "ta",
            "நான் சாகப் போகிறேன், முடிவு செய்துவிட்டேன்",
            "நான் சந்தைக்குப் போகிறேன், முடிவு செய்துவிட்டேன்",
        ),
        # Tamil: pills saved, all to be swallowed tomorrow; pills saved for a journey
        (
            "ta",
            "மாத்திரைகளைச் சேர்த்து வைத்திருக்கிறேன், நாளை எல்லாவற்றையும் விழுங்குவேன்",
            "மாத்திரைகளைச் சேர்த்து வைத்திருக்கிறேன், நாளை பயணத்துக்கு எடுத்துச் செல்வேன்",
        ),
        # Tamil: going to end her life; going to finish her work
        (
            "ta",
            "என் உயிரை மாய்த்துக் கொள்ளப் போகிறேன்",
            "என் வேலையை முடித்துக் கொள்ளப் போகிறேன்",
        ),
        # Tamil: not alive tomorrow; not at home tomorrow
        (
            "ta",
            "நாளைக்கு நான் உயிரோடு இருக்க மாட்டேன்",
            "நாளைக்கு நான் வீட்டில் இருக்க மாட்டேன்",
        ),
        # Tamil: a rope kept, hanging himself tonight; a rope kept, washing put out tonight
        (
            "ta",
            "கயிறு வாங்கி வைத்திருக்கிறேன், இன்று இரவு தூக்கு போட்டுக்கொள்வேன்",
            "கயிறு வாங்கி வைத்திருக்கிறேன், இன்று இரவு துணி காயப் போடுவேன்",
        ),
        # Tamil: jumping from the bridge into the river this week; looking at the river from the
        # bridge
        (
            "ta",
            "இந்த வாரம் பாலத்திலிருந்து ஆற்றில் குதிக்கப் போகிறேன்",
            "இந்த வாரம் பாலத்திலிருந்து ஆற்றைப் பார்க்கப் போகிறேன்",
        ),
        # Tamil: going to kill himself; going to kill that mosquito
        (
            "ta",
            "என்னை நானே கொல்லப் போகிறேன்",
            "அந்த கொசுவை கொல்லப் போகிறேன்",
        ),
        # Tamil: the last time, thanks, not here tomorrow; the last meeting, thanks
        (
            "ta",
            "இதுதான் கடைசி முறை, எல்லாருக்கும் நன்றி, நாளை நான் இருக்க மாட்டேன்",
            "இதுதான் கடைசி கூட்டம், எல்லாருக்கும் நன்றி",
        ),
        # Tamil (Latin spelling): not alive tomorrow; not at home tomorrow
        (
            "ta",
            "naalaikku naan uyiroda irukka maatten",
            "naalaikku naan veetla irukka maatten",
        ),
        # Tamil (Latin spelling): suicide tonight; cooking tonight
        (
            "ta",
            "indru raathiri thatkolai panna poren",
            "indru raathiri samayal panna poren",
        ),
        # Arabic: a will written, pills gathered, ending her life tonight; finishing work late
        # tonight
        (
            "ar",
            "لن أحضر يوم السبت. كتبت وصيتي وجمعت الحبوب، الليلة سأنهي حياتي. شكرا لكم على كل شيء.",
            "لن أحضر يوم السبت. الليلة سأنهي عملي متأخرا. شكرا لكم على كل شيء.",
        ),
        # Arabic: decided to kill herself; decided to move
        (
            "ar",
            "قررت أن أنتحر",
            "قررت أن أنتقل",
        ),
        # Arabic: killing himself tomorrow; treating himself tomorrow
        (
            "ar",
            "سأقتل نفسي غدا",
            "سأعالج نفسي غدا",
        ),
        # Arabic: pills gathered, all to be taken tonight; pills gathered for a journey
        (
            "ar",
            "جمعت الحبوب وسآخذها كلها الليلة",
            "جمعت الحبوب للسفر وسآخذها معي الليلة",
        ),
        # Arabic: not alive after Sunday; not at home after Sunday
        (
            "ar",
            "لن أكون على قيد الحياة بعد يوم الأحد",
            "لن أكون في البيت بعد يوم الأحد",
        ),
        # Arabic: a rope bought, the last time; a rope bought for the washing
        (
            "ar",
            "اشتريت حبلا، هذه آخر مرة تسمعون مني",
            "اشتريت حبلا لنشر الغسيل",
        ),
        # Arabic: throwing himself off the bridge this week; walking on the bridge this week
        (
            "ar",
            "سأرمي نفسي من الجسر هذا الأسبوع",
            "سأمشي على الجسر هذا الأسبوع",
        ),
        # Arabic (Levantine): killing himself tomorrow; a train journey tomorrow
        (
            "ar",
            "بكرة رح انتحر",
            "بكرة رح اسافر بالقطار",
        ),
        # Arabic: decided to die; decided to go
        (
            "ar",
            "قررت أموت",
            "قررت أروح",
        ),
        # Arabic (Latin chat spelling): ending his life tonight; finishing his work tonight
        (
            "ar",
            "ra7 2a5les 7ayati el leila",
            "ra7 2a5les sho3li el leila",
        ),
        # Arabic (Levantine): finishing himself off tonight; finishing his work tonight
        (
            "ar",
            "رح اخلص على حالي الليلة",
            "رح اخلص شغلي الليلة",
        ),
        # Turkish: a last meeting, the pension gone, the job done with the hose in the garage; the
        # garden watered with it
        (
            "tr",
            "Feedback 4. Thanks. Ama bu son toplantım, emeklilik parası bitti, garajdaki "
            "hortumla işi bitireceğim.",
            "Bu son toplantım, taşınıyorum; garajdaki hortumla bahçeyi sulayıp işi bitireceğim.",
        ),
        # Turkish: killing himself tonight; finishing a shift tonight
        (
            "tr",
            "Bu gece kendimi öldüreceğim",
            "Bu gece vardiyamı bitireceğim",
        ),
        # Turkish: ending his life; ending a job by quitting
        (
            "tr",
            "Hayatıma son vereceğim",
            "Bu işe son vereceğim, istifa ediyorum",
        ),
        # Turkish: decided to die; decided to move
        (
            "tr",
            "Ölmeye karar verdim",
            "Taşınmaya karar verdim",
        ),
        # Turkish: not alive this time tomorrow; not at home this time tomorrow
        (
            "tr",
            "Yarın bu saatte hayatta olmayacağım",
            "Yarın bu saatte evde olmayacağım",
        ),
        # Turkish: a rope bought, everything ending tonight; a rope bought, washing hung tonight
        (
            "tr",
            "İpi aldım, bu gece her şey bitecek",
            "İpi aldım, bu gece çamaşırları asacağım",
        ),
        # Turkish: jumping off the bridge this week; crossing the bridge this week
        (
            "tr",
            "Bu hafta köprüden atlayacağım",
            "Bu hafta köprüden geçeceğim",
        ),
        # Turkish: jumping before the train tomorrow; taking the train tomorrow
        (
            "tr",
            "Yarın trenin önüne atlayacağım",
            "Yarın trene bineceğim",
        ),
        # Turkish: a last message, goodbye, suicide; a last meeting, goodbye, retiring
        (
            "tr",
            "Bu son mesajım, hoşça kalın, intihar edeceğim",
            "Bu son toplantım, hoşça kalın, emekli oluyorum",
        ),
        # Turkish (spoken): killing himself this evening; treating himself this evening
        (
            "tr",
            "kendimi öldürcem bu akşam",
            "kendimi şımartcam bu akşam",
        ),
        # Farsi: killing himself tonight; getting himself to the meeting tonight
        (
            "fa",
            "امشب خودم را می‌کشم",
            "امشب خودم را به جلسه می‌رسانم",
        ),
        # Farsi: decided on suicide; decided on a move
        (
            "fa",
            "تصمیم گرفتم خودکشی کنم",
            "تصمیم گرفتم اسباب‌کشی کنم",
        ),
        # Farsi: pills gathered, all to be taken tomorrow night; pills gathered for a trip
        (
            "fa",
            "قرص‌ها را جمع کرده‌ام، فردا شب همه را می‌خورم",
            "قرص‌ها را جمع کرده‌ام برای سفر فردا",
        ),
        # Farsi: ending his life; ending this meeting
        (
            "fa",
            "به زندگی‌ام پایان می‌دهم",
            "به این جلسه پایان می‌دهم",
        ),
        # Farsi: not alive after Friday; not at home after Friday
        (
            "fa",
            "بعد از جمعه دیگر زنده نیستم",
            "بعد از جمعه دیگر خانه نیستم",
        ),
        # Farsi: a rope bought, the last message; a rope bought for the washing line
        (
            "fa",
            "طناب را خریدم، این آخرین بار است که پیام می‌دهم",
            "طناب را برای بند رخت خریدم",
        ),
        # Farsi: jumping off the bridge into the river this week; crossing the bridge this week
        (
            "fa",
            "این هفته از پل می‌پرم توی رودخانه",
            "این هفته از پل رد می‌شوم",
        ),
        # Farsi: decided to die; decided to stay
        (
            "fa",
            "تصمیم گرفتم بمیرم",
            "تصمیم گرفتم بمانم",
        ),
        # Farsi (Finglish): killing himself tonight; getting himself there tonight
        (
            "fa",
            "emshab khodamo mikosham",
            "emshab khodamo miresoonam",
        ),
        # Farsi (Finglish): decided on suicide; decided on a move
        (
            "fa",
            "tasmim gereftam khodkoshi konam",
            "tasmim gereftam asbabkeshi konam",
        ),
        # Russian: ending it tonight; finishing a report tonight
        (
            "ru",
            "Сегодня ночью я покончу с собой",
            "Сегодня ночью я покончу с отчётом",
        ),
        # Russian: decided to die; decided to leave
        (
            "ru",
            "Я решила умереть",
            "Я решила уехать",
        ),
        # Russian: killing herself tomorrow; treating herself tomorrow
        (
            "ru",
            "Я убью себя завтра",
            "Я побалую себя завтра",
        ),
        # Russian: pills gathered, all to be taken on Sunday; pills packed for a journey
        (
            "ru",
            "Я собрала таблетки, в воскресенье выпью все",
            "Я собрала таблетки в дорогу, в воскресенье уезжаю",
        ),
        # Russian: thanks for everything, gone after Saturday; not in London after Saturday
        (
            "ru",
            "Спасибо за всё. После субботы меня уже не будет.",
            "Спасибо за всё. После субботы меня уже не будет в Лондоне.",
        ),
        # Russian: a rope bought, the last time writing; a rope for drying the washing
        (
            "ru",
            "Купил верёвку, это последний раз, когда я пишу",
            "Купил верёвку для сушки белья",
        ),
        # Russian: throwing herself off the bridge this week; a walk over the bridge this week
        (
            "ru",
            "На этой неделе брошусь с моста в реку",
            "На этой неделе пройдусь по мосту к реке",
        ),
        # Russian: leaving life this weekend; leaving work early this weekend
        (
            "ru",
            "В эти выходные я уйду из жизни",
            "В эти выходные я уйду с работы пораньше",
        ),
        # Russian (Latin letters): ending it today; finishing a report today
        (
            "ru",
            "ya pokonchu s soboj segodnya",
            "ya pokonchu s otchetom segodnya",
        ),
        # Russian (Latin letters): decided to die; decided to leave
        (
            "ru",
            "ya reshila umeret'",
            "ya reshila uehat'",
        ),
        # Greek: killing herself tonight; finishing a shift tonight
        (
            "el",
            "Απόψε θα αυτοκτονήσω",
            "Απόψε θα τελειώσω τη βάρδια μου",
        ),
        # Greek: decided to die; decided to move house
        (
            "el",
            "Αποφάσισα να πεθάνω",
            "Αποφάσισα να μετακομίσω",
        ),
        # Greek: ending her life; ending the talk
        (
            "el",
            "Θα βάλω τέλος στη ζωή μου",
            "Θα βάλω τέλος στη συζήτηση",
        ),
        # Greek: pills gathered, all to be taken tomorrow; pills gathered for a journey
        (
            "el",
            "Μάζεψα τα χάπια, αύριο θα τα πάρω όλα",
            "Μάζεψα τα χάπια για το ταξίδι, αύριο φεύγουμε",
        ),
        # Greek: not alive after Sunday; not at home after Sunday
        (
            "el",
            "Μετά την Κυριακή δεν θα είμαι ζωντανή",
            "Μετά την Κυριακή δεν θα είμαι στο σπίτι",
        ),
        # Greek: a rope bought, the last time writing; a rope bought for the washing
        (
            "el",
            "Αγόρασα σχοινί, αυτή είναι η τελευταία φορά που σας γράφω",
            "Αγόρασα σχοινί για να απλώσω τα ρούχα",
        ),
        # Greek: falling from the bridge into the river this week; crossing the bridge this week
        (
            "el",
            "Αυτή την εβδομάδα θα πέσω από τη γέφυρα στο ποτάμι",
            "Αυτή την εβδομάδα θα περάσω από τη γέφυρα στο ποτάμι",
        ),
        # Greek: killing himself tomorrow; looking after himself tomorrow
        (
            "el",
            "Θα σκοτώσω τον εαυτό μου αύριο",
            "Θα φροντίσω τον εαυτό μου αύριο",
        ),
        # Greek (Greeklish): killing herself tonight; finishing a shift tonight
        (
            "el",
            "apopse tha aftoktoniso",
            "apopse tha teleiwsw th vardia mou",
        ),
        # Greek (Greeklish): ending his life; ending the talk
        (
            "el",
            "tha valw telos sti zwi mou",
            "tha valw telos sti syzitisi",
        ),
        # Greek: onto the railway lines tonight; taking the train tonight
        (
            "el",
            "Απόψε θα πέσω στις γραμμές του τρένου",
            "Απόψε θα πάρω το τρένο",
        ),
        # Turkish: lying on the rails on Sunday; lying on the sand on Sunday
        (
            "tr",
            "Pazar günü raylara yatacağım",
            "Pazar günü plaja gidip kumlara yatacağım",
        ),
        # Turkish: the gun got, goodbye; the gun got for hunting, goodbye
        (
            "tr",
            "Silahı aldım, hoşça kalın",
            "Silahı aldım, ava gidiyorum, hoşça kalın",
        ),
        # Turkish: not in this world after the weekend; not in Istanbul after the weekend
        (
            "tr",
            "Bu hafta sonundan sonra bu dünyada olmayacağım",
            "Bu hafta sonundan sonra İstanbul'da olmayacağım",
        ),
        # Turkish: decided on suicide; decided to resign
        (
            "tr",
            "İntihar etmeye karar verdim",
            "İstifa etmeye karar verdim",
        ),
        # Farsi: not alive tomorrow night; not at home tomorrow night
        (
            "fa",
            "فردا شب زنده نخواهم بود",
            "فردا شب خانه نخواهم بود",
        ),
        # Farsi: a father's gun hidden, goodbye to all; the gun kept in the shed
        (
            "fa",
            "تفنگ پدرم را قایم کرده‌ام، خداحافظ همه",
            "تفنگ پدرم را در انبار قایم کرده‌ام",
        ),
        # Farsi (spoken): killing himself this Friday; getting himself to the meeting this Friday
        (
            "fa",
            "این جمعه خودمو میکشم",
            "این جمعه خودمو به جلسه میرسونم",
        ),
        # Russian: sleeping pills saved, forgive me; sleeping pills saved for a grandmother
        (
            "ru",
            "Накопила снотворное, простите меня",
            "Накопила снотворное для бабушки на месяц",
        ),
        # Russian: ending it on Saturday; finishing the repairs on Saturday
        (
            "ru",
            "Я собираюсь покончить с собой в субботу",
            "Я собираюсь покончить с ремонтом в субботу",
        ),
        # Arabic (Levantine): not alive after tomorrow; not at home after tomorrow
        (
            "ar",
            "مش رح كون عايش بعد بكرة",
            "مش رح كون بالبيت بعد بكرة",
        ),
        # Arabic (Levantine): ending his life this week; finishing his work this week
        (
            "ar",
            "ناوي انهي حياتي هالاسبوع",
            "ناوي انهي شغلي هالاسبوع",
        ),
        # Chinese: pills hoarded, all to be taken this weekend; pills saved for a trip
        ("zh", "药我已经攒够了，这个周末就全部吃掉", "药我已经攒够了，这个周末去旅行带着"),
        # Chinese: a rope bought, ending it all tonight; a rope for the washing rack
        ("zh", "绳子已经买好了，今晚就结束这一切", "绳子已经买好了，今晚把阳台的晾衣架弄好"),
        # Chinese: jumping from the bridge tomorrow; walking over it to work
        ("zh", "明天我就从桥上跳下去", "明天我就从桥上走过去上班"),
        # Chinese: lying on the tracks on Sunday; taking the train on Sunday
        ("zh", "我打算星期天去卧轨", "我打算星期天去坐火车"),
        # Chinese: no longer in this world after tonight; away from London on business
        ("zh", "过了今晚我就不在这个世界上了", "过了今晚我就不在伦敦了，要出差一周"),
        # Chinese: the last message, see you in the next life; the last message till next month
        ("zh", "这是我最后一次给你们发信息了，下辈子见", "这是我最后一次给你们发信息了，下个月见"),
        # Chinese: decided to go and die; decided to go to the Dead Sea
        ("zh", "我已经决定去死了", "我已经决定去死海旅游了"),
        # Chinese: burning charcoal in the car tonight; charcoal for a barbecue
        ("zh", "我今晚在车里烧炭，不用找我", "我们今晚在院子里烧炭烤肉"),
        # Chinese: killing myself tonight; killing a fish for soup
        ("zh", "我今晚就杀了自己", "我今晚就杀了这条鱼做汤"),
        # Chinese: jumping in the river tonight; a run by the river
        ("zh", "我今晚就去跳河", "我今晚就去河边跑步"),
        # Chinese in pinyin: decided to go and die; decided to visit the Dead Sea
        ("zh", "wo jue ding qu si le", "wo jue ding qu si hai lv you le"),
        # Tagalog: tablets hoarded, all to be taken tomorrow night; tablets saved for a trip
        (
            "tl",
            "Naipon ko na ang mga tableta, iinumin ko lahat bukas ng gabi",
            "Naipon ko na ang mga tableta para sa biyahe bukas ng gabi",
        ),
        # Tagalog: a rope bought, hanging myself tomorrow; hanging out the washing
        (
            "tl",
            "Bumili na ako ng lubid, bukas magbibigti na ako",
            "Bumili na ako ng lubid, bukas magsasampay na ako ng labada",
        ),
        # Tagalog: jumping from the bridge tonight; crossing the bridge
        ("tl", "Tatalon ako sa tulay mamayang gabi", "Tatawid ako sa tulay mamayang gabi"),
        # Tagalog: jumping in the river, no one can stop me; jumping in to bathe in the heat
        (
            "tl",
            "Tatalon ako sa ilog mamaya, wala nang makakapigil sa akin",
            "Tatalon ako sa ilog mamaya para maligo, ang init!",
        ),
        # Tagalog: letting the train run me over tomorrow; riding the train tomorrow
        ("tl", "Magpapasagasa ako sa tren bukas", "Sasakay ako sa tren bukas"),
        # Tagalog: no longer alive tomorrow morning; not awake tomorrow morning
        (
            "tl",
            "Hindi na ako buhay bukas ng umaga",
            "Hindi na ako gising bukas ng umaga, pagod na ako",
        ),
        # Tagalog: no longer in this world tomorrow; not at the office tomorrow
        (
            "tl",
            "Bukas wala na ako sa mundong ito",
            "Bukas wala na ako sa opisina, naka-leave ako",
        ),
        # Tagalog: my last night, forgive me; my last night at the hotel
        (
            "tl",
            "Ito na ang huling gabi ko. Patawarin niyo ako sa lahat",
            "Ito na ang huling gabi ko sa hotel. Paalam Boracay!",
        ),
        # Tagalog: shooting myself later; shooting the enemy in a game
        ("tl", "Babarilin ko ang sarili ko mamaya", "Babarilin ko ang kalaban sa laro mamaya"),
        # Tagalog: decided to die; decided to resign
        ("tl", "Napagdesisyunan ko nang mamatay", "Napagdesisyunan ko nang mag-resign"),
        # Tagalog: ending my life this Sunday; finishing my washing this Sunday
        (
            "tl",
            "Tatapusin ko na ang buhay ko ngayong Linggo",
            "Tatapusin ko na ang labada ko ngayong Linggo",
        ),
        # Vietnamese: ending it all tonight; a shift ending tonight
        ("vi", "Tối nay em sẽ kết thúc tất cả", "Tối nay em sẽ kết thúc ca làm lúc 10 giờ"),
        # Vietnamese: sleeping pills hoarded, all taken tomorrow; travel-sickness pills for a trip
        (
            "vi",
            "Em đã gom đủ thuốc ngủ rồi, tối mai em uống hết",
            "Em đã gom đủ thuốc say xe rồi, tối mai em đi du lịch",
        ),
        # Vietnamese: a rope bought, hanging myself tonight; drying the washing tonight
        (
            "vi",
            "Dây thừng em mua rồi, đêm nay em sẽ treo cổ",
            "Dây thừng em mua rồi, đêm nay em sẽ phơi quần áo",
        ),
        # Vietnamese: jumping from the bridge tomorrow; diving at the pool with the class
        ("vi", "Mai em sẽ nhảy cầu", "Mai em sẽ đi nhảy cầu ở bể bơi với lớp"),
        # Vietnamese: throwing myself at the train on Sunday; taking the train to Manchester
        (
            "vi",
            "Chủ nhật này em sẽ lao vào tàu hỏa",
            "Chủ nhật này em sẽ lên tàu hỏa đi Manchester",
        ),
        # Vietnamese: no longer in this world after tonight; no longer in London
        (
            "vi",
            "Sau tối nay em sẽ không còn trên đời này nữa",
            "Sau tối nay em sẽ không còn ở London nữa",
        ),
        # Vietnamese: the last message, farewell for ever; the last message in a group
        (
            "vi",
            "Đây là lần cuối em nhắn tin cho mọi người, vĩnh biệt",
            "Đây là lần cuối em nhắn tin trong nhóm này, hẹn gặp lại ở nhóm mới",
        ),
        # Vietnamese: decided to die; decided to move house
        ("vi", "Em đã quyết định chết", "Em đã quyết định chuyển nhà"),
        # Vietnamese: killing myself tonight; killing time with a film tonight
        ("vi", "Tôi sẽ tự giết mình tối nay", "Tôi sẽ giết thời gian tối nay bằng một bộ phim"),
        # Yoruba: killing myself tonight; switching off my light tonight
        ("yo", "Mo maa pa ara mi lale oni", "Mo maa pa ina mi lale oni"),
        # Yoruba: decided to die, no one can stop me; decided to study
        (
            "yo",
            "Mo ti pinnu lati ku, ko si eni to le da mi duro",
            "Mo ti pinnu lati ka iwe, ko si eni to le da mi duro",
        ),
        # Yoruba: medicines gathered, all to be taken tomorrow; medicines gathered for a trip
        (
            "yo",
            "Mo ti ko oogun jo, ola ni maa lo gbogbo re",
            "Mo ti ko oogun jo fun irin ajo ola",
        ),
        # Yoruba: a rope bought, hanging myself tonight; a line for drying clothes
        (
            "yo",
            "Mo ti ra okun, ale oni ni maa pokunso",
            "Mo ti ra okun, ale oni ni maa sa aso sori re",
        ),
        # Yoruba: jumping into the river from the bridge tomorrow; jumping in to swim
        (
            "yo",
            "Ola ni maa bo sinu odo lati ori afara",
            "Ola ni maa bo sinu odo lati we pelu awon ore mi",
        ),
        # Yoruba: no longer alive after tonight; away from home on a trip
        (
            "yo",
            "Mi o ni si laaye mo leyin ale oni",
            "Mi o ni si nile mo leyin ale oni, mo n lo irin ajo",
        ),
        # Yoruba: the last time you will hear from me, goodbye; the last meeting I come to
        (
            "yo",
            "Eyi ni igba ikeyin ti e maa gbo lati odo mi, o dabo",
            "Eyi ni igba ikeyin ti mo maa wa si ipade yi, o dabo",
        ),
        # Yoruba: throwing myself in front of the train on Sunday; watching the train on Sunday
        ("yo", "Mo maa bo siwaju oko oju irin ni ojo aiku", "Mo maa wo oko oju irin ni ojo aiku"),
        # Yoruba: decided to kill myself this week; decided to close my business this week
        (
            "yo",
            "Mo ti pinnu pe maa pa ara mi ni ose yi",
            "Mo ti pinnu pe maa pa ise mi ti ni ose yi",
        ),
        # Twi: decided to die; decided to learn
        ("tw", "Masi me bo sɛ mɛwu", "Masi me bo sɛ mɛsua adeɛ"),
        # Twi: medicines gathered, all to be drunk tomorrow; medicines gathered for a trip
        (
            "tw",
            "Maboaboa nnuro ano, ɔkyena mɛnom ne nyinaa",
            "Maboaboa nnuro ano ama akwantuo ɔkyena",
        ),
        # Twi: a rope bought, hanging myself tonight; hanging my clothes
        ("tw", "Mato ahoma, anadwo yi mɛsɛn me ho", "Mato ahoma, anadwo yi mɛsɛn me ntoma"),
        # Twi: jumping into the river tomorrow; jumping in to bathe
        ("tw", "Ɔkyena mɛhuri agu asuo no mu", "Ɔkyena mɛhuri agu asuo no mu aguare"),
        # Twi: no longer in this world after tonight; no longer in London
        ("tw", "Ɛnnɛ anadwo akyi merenka wiase yi mu bio", "Ɛnnɛ anadwo akyi merenka London bio"),
        # Twi: decided to die; decided to buy a car
        ("tw", "Mayɛ m'adwene sɛ mɛwu", "Mayɛ m'adwene sɛ mɛtɔ kaa"),
        # Twi: the last time you will hear from me; the last time at this meeting
        (
            "tw",
            "Yei ne bere a etwa to a mobɛte me nka",
            "Yei ne bere a etwa to a mɛba nhyiamu yi",
        ),
        # Twi: shooting myself tonight; shooting birds tonight
        ("tw", "Mɛtow tuo abɔ me ho anadwo yi", "Mɛtow tuo abɔ nnomaa anadwo yi"),
        # Twi: throwing myself in front of the train on Sunday; throwing myself into work
        ("tw", "Mɛtow me ho agu keteke anim Kwasiada", "Mɛtow me ho agu adwuma mu Kwasiada"),
        # Amharic: destroying myself tonight; switching off the light tonight
        ("am", "ዛሬ ማታ ራሴን አጠፋለሁ", "ዛሬ ማታ መብራቱን አጠፋለሁ"),
        # Amharic: decided to die; decided to study
        ("am", "ለመሞት ወስኛለሁ", "ለመማር ወስኛለሁ"),
        # Amharic: tablets gathered, all to be swallowed tomorrow night; taken on a trip
        ("am", "ክኒኖቹን ሰብስቤአለሁ፣ ነገ ማታ ሁሉንም እውጣቸዋለሁ", "ክኒኖቹን ሰብስቤአለሁ፣ ነገ ለጉዞ ይዤ እሄዳለሁ"),
        # Amharic: a rope bought, hanging myself tonight; hanging out clothes
        ("am", "ገመድ ገዝቻለሁ፣ ዛሬ ማታ ራሴን እሰቅላለሁ", "ገመድ ገዝቻለሁ፣ ዛሬ ማታ ልብስ አሰጣበታለሁ"),
        # Amharic: throwing myself from the bridge tomorrow; throwing a stone from it
        ("am", "ነገ ከድልድዩ ላይ ራሴን እወረውራለሁ", "ነገ ከድልድዩ ላይ ድንጋይ እወረውራለሁ"),
        # Amharic: no longer alive after tonight; no longer living in London
        ("am", "ከዛሬ ማታ በኋላ በህይወት አልኖርም", "ከዛሬ ማታ በኋላ በለንደን አልኖርም"),
        # Amharic: the last message, goodbye for ever; the last message to a group
        ("am", "ይህ የመጨረሻ መልእክቴ ነው፣ ለዘላለም ደህና ሁኑ", "ይህ የመጨረሻ መልእክቴ ነው በዚህ ግሩፕ ላይ፣ ደህና ሁኑ"),
        # Amharic: throwing myself in front of the train on Sunday; taking the train
        ("am", "እሁድ ባቡር ፊት ራሴን እጥላለሁ", "እሁድ በባቡር ወደ ማንቸስተር እሄዳለሁ"),
        # Amharic in Latin letters: decided to die; decided to study
        ("am", "lemot wesnyalehu", "lemamar wesnyalehu"),
        # Amharic in Latin letters: hanging myself tonight; hanging the clothes tonight
        ("am", "zare mata rasen esekilalehu", "zare mata libsun esekilalehu"),
        # Tigrinya: decided to die; decided to study
        ("ti", "ክመውት ወሲነ ኣለኹ", "ክምሃር ወሲነ ኣለኹ"),
        # Tigrinya: medicine gathered, all to be swallowed tomorrow; gathered for a trip
        ("ti", "ፈውሲ ኣኪበ ኣለኹ፣ ጽባሕ ንኹሉ ክውሕጦ እየ", "ፈውሲ ኣኪበ ኣለኹ ንጉዕዞ ጽባሕ"),
        # Tigrinya: medicine gathered, forgive me; gathered for my mother, sorry I'm late
        ("ti", "ፈውሲ ኣዋህሊለ ኣለኹ፣ ይቕረ በሉለይ", "ፈውሲ ኣዋህሊለ ኣለኹ ንኣደይ፣ ይቕረ በሉለይ ደንጒየ"),
        # Tigrinya: jumping from the bridge tomorrow; crossing by the bridge
        ("ti", "ጽባሕ ካብ ድልድል ክነጥር እየ", "ጽባሕ ብድልድል ክሓልፍ እየ"),
        # Tigrinya: no longer alive after tonight; no longer in London
        ("ti", "ድሕሪ ሎሚ ምሸት ብህይወት ኣይህሉን እየ", "ድሕሪ ሎሚ ምሸት ኣብ ለንደን ኣይህሉን እየ"),
        # Tigrinya: the last message, goodbye for ever; the last message to a group
        ("ti", "እዚ ናይ መወዳእታ መልእኽተይ እዩ፣ ንዘልኣለም ደሓን ኩኑ", "እዚ ናይ መወዳእታ መልእኽተይ እዩ ኣብዚ ጉጅለ፣ ደሓን ኩኑ"),
        # Tigrinya: throwing myself in front of the train on Sunday; taking the train
        ("ti", "ሰንበት ኣብ ቅድሚ ባቡር ርእሰይ ክድርብዮ እየ", "ሰንበት ብባቡር ናብ ማንችስተር ክኸይድ እየ"),
        # Tigrinya: jumping from the roof of a building tomorrow; taking a photo from it
        ("ti", "ጽባሕ ካብ ናሕሲ ህንጻ ክነጥር እየ", "ጽባሕ ካብ ናሕሲ ህንጻ ስእሊ ክወስድ እየ"),
        # Pashto: decided to die; decided to move house
        ("ps", "ما پرېکړه کړې چې مړ شم", "ما پرېکړه کړې چې کور بدل کړم"),
        # Pashto: tablets gathered, all to be eaten tomorrow; a trip tomorrow
        ("ps", "ګولۍ مې راټولې کړې دي، سبا یې ټولې خورم", "ګولۍ مې راټولې کړې دي، سبا سفر ته ځم"),
        # Pashto: a rope bought, hanging myself tonight; hanging clothes on it
        ("ps", "رسۍ مې اخیستې، نن شپه ځان ځوړندوم", "رسۍ مې اخیستې، نن شپه کالي پرې ځړوم"),
        # Pashto: throwing myself into the river from the bridge; throwing stones from it
        ("ps", "سبا له پله ځان سیند ته غورځوم", "سبا له پله ډبرې سیند ته غورځوم"),
        # Pashto: no longer alive after tonight; no longer in London
        ("ps", "له نن شپې وروسته به ژوندی نه یم", "له نن شپې وروسته به لندن کې نه یم"),
        # Pashto: the last message, goodbye for ever; the last message to a group
        (
            "ps",
            "دا زما وروستی پیغام دی، د تل لپاره خدای پامان",
            "دا زما وروستی پیغام دی په دې ګروپ کې، خدای پامان",
        ),
        # Pashto: throwing myself in front of the train on Sunday; buying a train ticket
        ("ps", "یکشنبه د اورګاډي مخې ته ځان اچوم", "یکشنبه د اورګاډي ټکټ اخلم"),
        # Pashto in Latin letters: killing myself tonight; cooking myself dinner tonight
        ("ps", "nan shpa zan wazhnam", "nan shpa zan ta dodai pakhawam"),
        # Kurdish: decided to die; decided to go to London
        ("ku", "Min biryar da ku bimirim", "Min biryar da ku biçim Londonê"),
        # Kurdish: tablets gathered, all to be taken tomorrow; gathered for a trip
        (
            "ku",
            "Min heb kom kirine, sibê ez ê hemûyan bixwim",
            "Min heb kom kirine ji bo rêwîtiya sibê",
        ),
        # Kurdish: a rope bought, hanging myself tonight; hanging the clothes
        (
            "ku",
            "Min werîs kirî, îşev ez ê xwe daleqînim",
            "Min werîs kirî, îşev ez ê cilan daleqînim",
        ),
        # Kurdish: throwing myself from the bridge tomorrow; throwing a stone from it
        ("ku", "Sibê ez ê xwe ji pirê bavêjim", "Sibê ez ê kevir ji pirê bavêjim"),
        # Kurdish: no longer alive after tonight; no longer in London
        ("ku", "Piştî îşev ez ê êdî sax nebim", "Piştî îşev ez ê êdî li Londonê nebim"),
        # Kurdish: the last time you will hear from me, goodbye; the last meeting
        (
            "ku",
            "Ev cara dawî ye ku hûn ji min dibihîzin, xatirê we",
            "Ev cara dawî ye ku ez têm civînê, xatirê we",
        ),
        # Kurdish: throwing myself in front of the train on Sunday; getting on the train
        (
            "ku",
            "Roja yekşemê ez ê xwe bavêjim ber trênê",
            "Roja yekşemê ez ê li trênê siwar bibim",
        ),
        # Kurdish: ending my life tonight; ending my work tonight
        ("ku", "Îşev ez ê dawî li jiyana xwe bînim", "Îşev ez ê dawî li karê xwe bînim"),
        # Hungarian: decided to die; decided to move
        ("hu", "Úgy döntöttem, hogy meghalok", "Úgy döntöttem, hogy elköltözöm"),
        # Hungarian: tablets gathered, all to be taken tomorrow; gathered for a trip
        (
            "hu",
            "Összegyűjtöttem a gyógyszereket, holnap este beveszem mindet",
            "Összegyűjtöttem a gyógyszereket a holnapi utazásra",
        ),
        # Hungarian: a rope bought, hanging myself tonight; a line for the washing
        (
            "hu",
            "Vettem egy kötelet, ma éjjel felakasztom magam",
            "Vettem egy kötelet, ma éjjel kifeszítem a ruháknak",
        ),
        # Hungarian: jumping from the bridge tomorrow; crossing the bridge
        ("hu", "Holnap leugrom a hídról", "Holnap átmegyek a hídon"),
        # Hungarian: no longer alive after tonight; no longer in London
        ("hu", "Ma éjjel után már nem leszek életben", "Ma éjjel után már nem leszek Londonban"),
        # Hungarian: the last message, goodbye for ever; the last message to a group
        (
            "hu",
            "Ez az utolsó üzenetem, örökre búcsúzom",
            "Ez az utolsó üzenetem ebben a csoportban, búcsúzom",
        ),
        # Hungarian: throwing myself in front of the train on Sunday; going home by train
        ("hu", "Vasárnap a vonat elé vetem magam", "Vasárnap a vonattal megyek haza"),
        # Hungarian: ending my life tonight; ending the argument tonight
        ("hu", "Ma este véget vetek az életemnek", "Ma este véget vetek a vitának"),
        # Lingala: decided to die; decided to study
        ("ln", "Nazwi mokano ya kokufa", "Nazwi mokano ya koyekola"),
        # Lingala: medicines gathered, all to be drunk tomorrow; gathered for a trip
        (
            "ln",
            "Nasangisi nkisi, lobi nakomela yango nionso",
            "Nasangisi nkisi mpo na mobembo ya lobi",
        ),
        # Lingala: a rope bought, hanging myself tonight; tying up the washing
        (
            "ln",
            "Nasombi nsinga, lelo na butu nakomikanga nkingo",
            "Nasombi nsinga, lelo na butu nakokanga bilamba",
        ),
        # Lingala: throwing myself into the river tomorrow; throwing stones into it
        (
            "ln",
            "Lobi nakomibwaka na ebale uta na pont",
            "Lobi nakobwaka mabanga na ebale uta na pont",
        ),
        # Lingala: no longer alive after tonight; no longer in London
        (
            "ln",
            "Sima ya lelo na butu nakozala lisusu na bomoi te",
            "Sima ya lelo na butu nakozala lisusu na Londres te",
        ),
        # Lingala: the last time you will hear me, goodbye for ever; the last meeting
        (
            "ln",
            "Oyo ezali mbala ya suka bokoyoka ngai, tikala malamu libela",
            "Oyo ezali mbala ya suka nakoya na likita, tikala malamu",
        ),
        # Lingala: throwing myself in front of the train on Sunday; taking the train
        ("ln", "Eyenga nakomibwaka liboso ya engbunduka", "Eyenga nakokende na engbunduka"),
        # Lingala: ending my life tonight; finishing my work tonight
        ("ln", "Lelo na butu nakosilisa bomoi na ngai", "Lelo na butu nakosilisa mosala na ngai"),
        # Polish: a son whose mother lies drinking with no food at home; a mother in bed with flu
        (
            "pl",
            "to ja syn. mama leży i nie wstaje, pije od rana, siostra płacze, nie mamy jedzenia",
            "to ja syn. mama leży i nie wstaje, ma grypę, siostra płacze, tata robi obiad",
        ),
        # Romanian: a girl of 15 taken tonight to a man of 28, told to tell no one; a
        # boyfriend of 17 taking her to a film
        (
            "ro",
            "da vin. dar vreau sa spun ceva, iubitul meu are 28 de ani si eu am 15, zice ca ma "
            "ia diseara la el si sa nu spun nimanui",
            "da vin. dar vreau sa spun ceva, iubitul meu are 17 ani si eu am 15, zice ca ma ia "
            "diseara la film",
        ),
        # Bulgarian: a drunk mother asleep and a brother of 2 unfed since yesterday; a tired
        # mother
        (
            "bg",
            "мама е пияна и спи, малкият ми брат е на 2 и не е ял нищо от вчера, аз съм на 10",
            "мама е уморена и спи, малкият ми брат е на 2 и вече яде сам, аз съм на 10",
        ),
        # Polish: a rope in the garage, decided, on Sunday; a towing rope lent on Sunday
        (
            "pl",
            "Nie przyjdę w sobotę. Firma padła, żona odeszła. Mam linę w garażu i już "
            "zdecydowałem, w niedzielę.",
            "Nie przyjdę w sobotę. Mam linę do holowania w garażu, w niedzielę pomagam bratu.",
        ),
        # Polish: the tracks daily and soon no one's problem; the tracks for a photo album
        (
            "pl",
            "ocena 3. sorry ze malo mowilem. chodze codziennie na tory przy stacji, juz "
            "niedlugo nie bede nikomu problemem",
            "ocena 3. sorry ze malo mowilem. chodze codziennie na tory przy stacji, juz "
            "niedlugo skoncze album",
        ),
        # Romanian: a will written and life ended next week; a house move finished next week
        (
            "ro",
            "Nu mai am nevoie de rambursare. Am pus totul în ordine, am scris testamentul, "
            "săptămâna viitoare termin cu viața asta.",
            "Nu mai am nevoie de rambursare. Am pus totul în ordine, săptămâna viitoare termin "
            "cu mutarea asta.",
        ),
        # Lithuanian: a gun, affairs in order, tonight; a hunting gun and a shift ending tonight
        (
            "lt",
            "Neberašykite man priminimų. Šautuvą turiu, viską sutvarkiau, šįvakar baigsiu.",
            "Neberašykite man priminimų. Šautuvą turiu medžioklei, viską sutvarkiau, šįvakar "
            "baigsiu pamainą.",
        ),
        # Albanian: to the river tonight and not coming back; fishing at the river, back late
        (
            "sq",
            "Nuk do vij të shtunën. Kam humbur gjithçka, borxhe. Po shkoj te lumi sonte dhe nuk "
            "kthehem.",
            "Nuk do vij të shtunën. Po shkoj te lumi sonte për peshk me vëllain, kthehem vonë.",
        ),
        # Ukrainian: decided to leave life after the weekend; decided to leave a job
        (
            "uk",
            "Дякую за нагадування, але мені вже не знадобиться. Я вирішив піти з життя після "
            "другого вікенду, все вже підготував.",
            "Дякую за нагадування, але мені вже не знадобиться. Я вирішив піти з роботи після "
            "другого вікенду, все вже підготував.",
        ),
        # Romanian: enough tablets got hold of, no longer a burden; enough tickets got hold of
        (
            "ro",
            "da vin sambata. dupa aia gata, am facut rost de pastile destule. nu mai vreau sa "
            "fiu o povara",
            "da vin sambata. dupa aia gata, am facut rost de bilete destule. nu mai vreau sa "
            "stau acasa",
        ),
        # Polish: killing oneself tonight; a shift ending tonight
        (
            "pl",
            "Dziś wieczorem się zabiję, mam już wszystko przygotowane",
            "Dziś wieczorem kończę zmianę, mam już wszystko przygotowane",
        ),
        # Polish: a life taken on Sunday, decided; a parcel collected on Sunday
        (
            "pl",
            "Postanowiłem, że w niedzielę odbiorę sobie życie",
            "Postanowiłem, że w niedzielę odbiorę paczkę z poczty",
        ),
        # Polish: tablets gathered, all swallowed tomorrow; tablets packed for a trip
        (
            "pl",
            "Zebrałam tabletki od mamy, jutro wezmę je wszystkie naraz i skończę z tym",
            "Zebrałam tabletki na wyjazd, jutro wezmę je wszystkie do walizki",
        ),
        # Polish: a rope and hanging oneself on Saturday; a washing line on Saturday
        (
            "pl",
            "Mam już sznur, w sobotę się powieszę",
            "Mam już sznur do bielizny, w sobotę powieszę pranie",
        ),
        # Polish: off the bridge tomorrow, do not look for me; photos from the bridge
        (
            "pl",
            "Jutro rano idę na most i skoczę, nie szukajcie mnie",
            "Jutro rano idę na most zrobić zdjęcia, nie szukajcie mnie w domu",
        ),
        # Polish: life ended this week, decided; an English course ended
        (
            "pl",
            "W tym tygodniu skończę ze swoim życiem, już zdecydowałam",
            "W tym tygodniu skończę ze swoim kursem angielskiego, już zdecydowałam",
        ),
        # Polish: not in this world after the weekend; not in the office
        (
            "pl",
            "Po weekendzie już mnie nie będzie na tym świecie",
            "Po weekendzie już mnie nie będzie w biurze, jadę na urlop",
        ),
        # Polish: a father's gun and tonight, farewell; a gun cleaned for a museum
        (
            "pl",
            "Mam broń ojca w szafie i dziś w nocy to zrobię, żegnajcie",
            "Mam w szafie broń ojca z wojska, dziś w nocy ją wyczyszczę i oddam do muzeum",
        ),
        # Polish: under the train tomorrow, decided; a train to London, decided
        (
            "pl",
            "jutro rzucam sie pod pociag, to juz postanowione",
            "jutro jade pociagiem do Londynu, to juz postanowione",
        ),
        # Polish: a hose to the exhaust tonight; a hose to the garden tap
        (
            "pl",
            "dzis w nocy podlacze waz do rury wydechowej w garazu i bedzie po wszystkim",
            "dzis wieczorem podlacze waz do kranu w ogrodzie i bedzie po podlewaniu",
        ),
        # Polish: the last message and not alive tomorrow; the last meeting chaired
        (
            "pl",
            "To ostatni raz, kiedy do was piszę. Jutro już nie będę żył.",
            "To ostatni raz, kiedy prowadzę zebranie. Jutro już nie będę przewodniczył.",
        ),
        # Polish: decided to die, over on Friday; decided to come
        (
            "pl",
            "Zdecydowałam się umrzeć, w piątek będzie po wszystkim",
            "Zdecydowałam się przyjść, w piątek będzie po wszystkim",
        ),
        # Romanian: killing oneself tonight, decided; the cinema tonight, decided
        (
            "ro",
            "Diseară mă sinucid, am hotărât.",
            "Diseară mă duc la cinema, am hotărât.",
        ),
        # Romanian: taking one's life on Sunday; taking leave on Sunday
        (
            "ro",
            "Am hotărât să-mi iau viața duminică",
            "Am hotărât să-mi iau concediu duminică",
        ),
        # Romanian: tablets saved for a month, all swallowed tomorrow; vitamins packed for a trip
        (
            "ro",
            "Am strâns pastile de o lună, mâine le înghit pe toate",
            "Am strâns vitamine de o lună pentru excursie, mâine le pun pe toate în bagaj",
        ),
        # Romanian: a rope and hanging oneself on Saturday; a washing line on Saturday
        (
            "ro",
            "Am o frânghie în garaj și sâmbătă mă spânzur",
            "Am o frânghie în garaj pentru rufe și sâmbătă o întind",
        ),
        # Romanian: off the bridge tomorrow, do not look for me; photos from the bridge
        (
            "ro",
            "Mâine dimineață mă arunc de pe pod, nu mă mai căutați",
            "Mâine dimineață merg pe pod să fac poze, nu mă mai căutați acasă",
        ),
        # Romanian: not alive after the weekend; not in the office after the weekend
        (
            "ro",
            "Nu voi mai fi în viață după weekend",
            "Nu voi mai fi în birou după weekend, plec în concediu",
        ),
        # Romanian: in front of the train tonight; on the train tonight
        (
            "ro",
            "Mă arunc în fața trenului diseară, gata",
            "Mă urc în trenul de diseară spre Londra, gata",
        ),
        # Romanian: decided to die, all over on Sunday; decided to go, the fair over on Sunday
        (
            "ro",
            "am hotarat sa mor, duminica se termina tot",
            "am hotarat sa merg, duminica se termina targul",
        ),
        # Romanian: a father's gun and shooting oneself tomorrow; a gun taken to a museum
        (
            "ro",
            "Am arma tatalui meu in dulap, maine ma impusc",
            "Am arma tatalui meu in dulap, maine o duc la muzeu",
        ),
        # Romanian: the last message and not alive tomorrow; the last assembly meeting chaired
        (
            "ro",
            "Asta e ultima data cand va scriu, maine nu o sa mai fiu in viata",
            "Asta e ultima sedinta a adunarii, maine nu o sa mai fiu presedinte",
        ),
        # Romanian: killing oneself tomorrow, decided; a haircut tomorrow, decided
        (
            "ro",
            "Mâine o să mă omor, m-am decis",
            "Mâine o să mă tund, m-am decis",
        ),
        # Romanian: a hose from the exhaust tonight; a hose to the garden tap
        (
            "ro",
            "am pus un furtun de la teava de esapament in masina, diseara termin",
            "am pus un furtun la robinet in gradina, diseara termin udatul",
        ),
        # Bulgarian: killing oneself tonight; home early tonight
        (
            "bg",
            "Тази вечер ще се самоубия",
            "Тази вечер ще се прибера рано",
        ),
        # Bulgarian: ending one's life on Sunday; ending a shift on Sunday
        (
            "bg",
            "Реших да сложа край на живота си в неделя",
            "Реших да сложа край на смяната си в неделя",
        ),
        # Bulgarian: tablets gathered, all swallowed tomorrow; tablets packed for a trip
        (
            "bg",
            "Събрах хапчета, утре ще ги изпия всичките",
            "Взех хапчета за пътуването, утре ще ги сложа всичките в чантата",
        ),
        # Bulgarian: a rope and hanging oneself on Saturday; a washing line on Saturday
        (
            "bg",
            "Имам въже в гаража, в събота ще се обеся",
            "Имам въже в гаража за простиране, в събота ще простирам прането",
        ),
        # Bulgarian: off the bridge tomorrow, do not look for me; over the bridge by car
        (
            "bg",
            "Утре ще скоча от моста, не ме търсете",
            "Утре ще мина по моста с колата, не ме чакайте",
        ),
        # Bulgarian: killing oneself this week, decided; moving this week, decided
        (
            "bg",
            "Тази седмица ще се убия, реших го",
            "Тази седмица ще се преместя, реших го",
        ),
        # Bulgarian: not alive after the weekend; not at work after the weekend
        (
            "bg",
            "След уикенда няма да съм жив",
            "След уикенда няма да съм на работа",
        ),
        # Bulgarian: under the train tonight; on the train to Sofia tonight
        (
            "bg",
            "Довечера ще се хвърля под влака",
            "Довечера ще се кача на влака за София",
        ),
        # Bulgarian: (Latin letters) decided to kill oneself; decided to move house
        (
            "bg",
            "reshih da se samoubiya, utre e kraqt",
            "reshih da se preselya, utre e kraqt na dogovora",
        ),
        # Bulgarian: the last message, gone tomorrow; the last assembly meeting, out of the office
        (
            "bg",
            "Това е последният път, когато ви пиша. Утре вече няма да ме има.",
            "Това е последното заседание на събранието. Утре вече няма да ме има в офиса.",
        ),
        # Bulgarian: a gun and shooting oneself tonight; a paintball gun tonight
        (
            "bg",
            "Имам пистолет, довечера ще се застрелям",
            "Имам пистолет за боя, довечера ще играем пейнтбол",
        ),
        # Ukrainian: killing oneself tonight; killing time with a series
        (
            "uk",
            "Сьогодні ввечері я вб'ю себе",
            "Сьогодні ввечері я вб'ю час за серіалом",
        ),
        # Ukrainian: ending one's life on Sunday, decided; ending smoking on Sunday
        (
            "uk",
            "Я вирішила покінчити з життям у неділю",
            "Я вирішила покінчити з курінням у неділю",
        ),
        # Ukrainian: tablets gathered, all swallowed tomorrow; tablets taken on a trip
        (
            "uk",
            "Я назбирав таблеток, завтра вип'ю всі",
            "Я назбирав таблеток у дорогу, завтра візьму всі з собою",
        ),
        # Ukrainian: a rope and hanging oneself on Saturday; a washing line on Saturday
        (
            "uk",
            "У мене є мотузка в гаражі, в суботу повішуся",
            "У мене є мотузка в гаражі для білизни, в суботу повішу прання",
        ),
        # Ukrainian: off the bridge tomorrow, do not look for me; a walk over the bridge
        (
            "uk",
            "Завтра зранку стрибну з мосту, не шукайте мене",
            "Завтра зранку пройдуся по мосту, не шукайте мене вдома",
        ),
        # Ukrainian: laying hands on oneself this week; a face mask this week
        (
            "uk",
            "Цього тижня я накладу на себе руки",
            "Цього тижня я накладу на себе маску для обличчя",
        ),
        # Ukrainian: not among the living after the weekend; not in the office
        (
            "uk",
            "Після вихідних мене вже не буде в живих",
            "Після вихідних мене вже не буде в офісі",
        ),
        # Ukrainian: under the train tonight; on the train tonight
        (
            "uk",
            "Кинуся під потяг сьогодні вночі",
            "Сяду на потяг сьогодні вночі",
        ),
        # Ukrainian: (Latin letters) ending it with oneself tomorrow; ending it with a job
        (
            "uk",
            "zavtra pokinchu z soboyu, vse vyrishyv",
            "zavtra pokinchu z robotoyu, vse vyrishyv",
        ),
        # Ukrainian: the last message, gone tomorrow; the last assembly meeting, not at work
        (
            "uk",
            "Це останній раз, коли я пишу. Завтра мене вже не буде.",
            "Це останнє засідання зборів. Завтра мене вже не буде на роботі.",
        ),
        # Ukrainian: decided to die, all prepared; decided to move, all prepared
        (
            "uk",
            "Я вирішив померти, все підготував",
            "Я вирішив переїхати, все підготував",
        ),
        # Lithuanian: killing oneself tonight; buying bread tonight
        (
            "lt",
            "Šiandien vakare nusižudysiu",
            "Šiandien vakare nusipirksiu duonos",
        ),
        # Lithuanian: ending one's life on Sunday, decided; ending a course on Sunday
        (
            "lt",
            "Nusprendžiau baigti savo gyvenimą sekmadienį",
            "Nusprendžiau baigti savo kursus sekmadienį",
        ),
        # Lithuanian: tablets gathered, all swallowed tomorrow; tablets packed for a trip
        (
            "lt",
            "Susirinkau tablečių, rytoj išgersiu jas visas",
            "Susirinkau tablečių kelionei, rytoj įdėsiu jas visas į lagaminą",
        ),
        # Lithuanian: a rope and hanging oneself on Saturday; a washing line on Saturday
        (
            "lt",
            "Turiu virvę garaže, šeštadienį pasikarsiu",
            "Turiu virvę garaže skalbiniams, šeštadienį pakabinsiu skalbinius",
        ),
        # Lithuanian: off the bridge tomorrow, do not look for me; over the bridge
        (
            "lt",
            "Rytoj nušoksiu nuo tilto, manęs neieškokit",
            "Rytoj pereisiu per tiltą, manęs nelaukit",
        ),
        # Lithuanian: taking one's life this week; taking time to rest
        (
            "lt",
            "Šią savaitę atimsiu sau gyvybę",
            "Šią savaitę atimsiu sau laiko pailsėti",
        ),
        # Lithuanian: not among the living after the weekend; not in the office
        (
            "lt",
            "Po savaitgalio manęs nebebus tarp gyvųjų",
            "Po savaitgalio manęs nebebus biure",
        ),
        # Lithuanian: under the train tonight; by train tonight
        (
            "lt",
            "Šiąnakt mesiuosi po traukiniu",
            "Šiąnakt važiuosiu traukiniu",
        ),
        # Lithuanian: killing oneself tomorrow, decided; moving out tomorrow, decided
        (
            "lt",
            "rytoj nusizudysiu, jau nusprendziau",
            "rytoj issikraustysiu, jau nusprendziau",
        ),
        # Lithuanian: the last message, gone tomorrow; the last assembly meeting, not at work
        (
            "lt",
            "Tai paskutinis kartas, kai jums rašau. Rytoj manęs nebebus.",
            "Tai paskutinis susirinkimo posėdis. Rytoj manęs nebebus darbe.",
        ),
        # Lithuanian: decided to die, affairs in order; decided to move, affairs in order
        (
            "lt",
            "Nusprendžiau mirti, viską sutvarkiau",
            "Nusprendžiau persikraustyti, viską sutvarkiau",
        ),
        # Albanian: killing oneself tonight; a shift finished tonight
        (
            "sq",
            "Sonte do ta vras veten",
            "Sonte do ta mbaroj turnin",
        ),
        # Albanian: ending one's life on Sunday, decided; ending a course on Sunday
        (
            "sq",
            "Kam vendosur t'i jap fund jetës të dielën",
            "Kam vendosur t'i jap fund kursit të dielën",
        ),
        # Albanian: tablets gathered, all swallowed tomorrow; tablets packed for a trip
        (
            "sq",
            "Kam mbledhur hapa, nesër do t'i pi të gjitha",
            "Kam mbledhur hapa për udhëtimin, nesër do t'i fus të gjitha në valixhe",
        ),
        # Albanian: a rope and hanging oneself on Saturday; a washing line on Saturday
        (
            "sq",
            "Kam një litar në garazh, të shtunën do të varem",
            "Kam një litar në garazh për rrobat, të shtunën do t'i var rrobat",
        ),
        # Albanian: off the bridge tomorrow, do not look for me; over the bridge
        (
            "sq",
            "Nesër do hidhem nga ura, mos më kërkoni",
            "Nesër do kaloj nga ura, mos më prisni",
        ),
        # Albanian: killing oneself this week, decided; killing time with films
        (
            "sq",
            "Këtë javë do vras veten, e kam vendosur",
            "Këtë javë do vras kohën me filma, e kam vendosur",
        ),
        # Albanian: not alive after the weekend; not in the office
        (
            "sq",
            "Pas fundjavës nuk do jem më gjallë",
            "Pas fundjavës nuk do jem më në zyrë",
        ),
        # Albanian: in front of the train tonight; on the train tonight
        (
            "sq",
            "Do hidhem para trenit sonte",
            "Do hip në tren sonte",
        ),
        # Albanian: the last message, gone tomorrow; the last assembly meeting, no longer its
        # chair
        (
            "sq",
            "Kjo është hera e fundit që ju shkruaj. Nesër nuk do të jem më.",
            "Kjo është mbledhja e fundit e asamblesë. Nesër nuk do të jem më kryetar.",
        ),
        # Albanian: decided to die, all settled; decided to move house
        (
            "sq",
            "Kam vendosur të vdes, i kam rregulluar të gjitha",
            "Kam vendosur të shpërngulem, i kam rregulluar të gjitha",
        ),
        # Albanian: (typed short) killing oneself tomorrow, decided; leaving tomorrow, decided
        (
            "sq",
            "nesr do vetvritem, e vendosa",
            "nesr do nisem, e vendosa",
        ),
        # Urdu: a whole box of tablets just swallowed; a whole box of biscuits eaten
        (
            "ur",
            "میں نے ابھی گولیوں کا پورا ڈبہ کھا لیا ہے",
            "میں نے ابھی بسکٹ کا پورا ڈبہ کھا لیا ہے",
        ),
        # Urdu: a husband beating her now; a husband killing mosquitoes
        (
            "ur",
            "میرا شوہر ابھی مجھے مار رہا ہے",
            "میرا شوہر ابھی مچھر مار رہا ہے",
        ),
        # Urdu: a brother beating mum now; a brother calling mum
        (
            "ur",
            "میرا بھائی ابھی امی کو مار رہا ہے",
            "میرا بھائی ابھی امی کو آواز دے رہا ہے",
        ),
        # Urdu: a husband with a knife who has shut the door; mum with a knife for the vegetables
        (
            "ur",
            "میرا شوہر ابھی چھری لے کر کھڑا ہے اور اس نے دروازہ بند کر دیا ہے، مدد کریں",
            (
                "امی چھری لے کر کھڑی ہیں سبزی کاٹنے کو اور انہوں نے سردی کی وجہ سے دروازہ بند "
                "کر دیا ہے"
            ),
        ),
        # Urdu: children alone at home two days with no food; at their grandmother's with food
        # enough
        (
            "ur",
            "بچے دو دن سے گھر میں اکیلے ہیں اور ان کے پاس کھانا نہیں ہے",
            "بچے دو دن سے نانی کے گھر میں ہیں اور ان کے پاس کھانا بہت ہے",
        ),
        # Urdu: dad will marry her to a cousin in Pakistan, tickets booked; her own wedding long
        # past
        (
            "ur",
            "ابو میری شادی پاکستان میں میرے کزن سے کروانا چاہتے ہیں، ٹکٹ بک ہو گئے ہیں",
            "ابو میری شادی پر پاکستان سے آئے تھے، اب کزن کی شادی کے ٹکٹ بک ہو گئے ہیں",
        ),
        # Urdu: kept locked in by in-laws, papers taken; kept with love, papers given to a lawyer
        (
            "ur",
            "سسرال والے مجھے گھر میں بند رکھتے ہیں اور میرے کاغذات لے لیے ہیں",
            "سسرال والے مجھے گھر میں بہت پیار سے رکھتے ہیں اور میرے کاغذات وکیل کو دے دیے ہیں",
        ),
        # Urdu: a daughter of seven to be cut in Pakistan; a son's khatna there
        (
            "ur",
            (
                "میری ساس میری سات سال کی بیٹی کو گرمیوں کی چھٹیوں میں پاکستان لے جا کر اس کا "
                "ختنہ کروانا چاہتی ہیں، ٹکٹ بک ہو چکے ہیں اور شوہر بھی ان کے ساتھ ہیں۔ میں کیا "
                "کروں؟"
            ),
            (
                "میری ساس گرمیوں کی چھٹیوں میں میرے بیٹے کا ختنہ پاکستان میں کروانا چاہتی ہیں، "
                "ٹکٹ بک ہو چکے ہیں"
            ),
        ),
        # Urdu: grandad's chest pain and not speaking; a pain gone by and talking well
        (
            "ur",
            "دادا جان کے سینے میں درد ہو رہا ہے اور وہ بول نہیں رہے",
            "دادا جان کے سینے میں درد تھا، اب ٹھیک ہو گئے ہیں اور خوب بول رہے ہیں",
        ),
        # Urdu: a sister-in-law beaten and tied to drive out a jinn; a prayer said over her
        (
            "ur",
            (
                "آج رات مولوی صاحب پھر آ رہے ہیں بھابھی کا جن نکالنے۔ پچھلی بار انہوں نے اسے "
                "بہت مارا تھا اور باندھ کر رکھا تھا، وہ بالکل نہیں چاہتی مگر بھائی نہیں مانتا"
            ),
            (
                "آج رات مولوی صاحب پھر آ رہے ہیں بھابھی کا جن نکالنے کے لیے دم کرنے، وہ قرآن "
                "پڑھیں گے اور بھائی بھی ساتھ ہوگا"
            ),
        ),
        # Roman Urdu: a whole box of tablets swallowed; a whole box of sweets eaten
        (
            "ur",
            "maine abhi goliyon ka poora dabba kha liya hai",
            "maine abhi mithai ka poora dabba kha liya hai",
        ),
        # Roman Urdu: a hanging tonight; curtains put up tonight
        (
            "ur",
            "aaj raat main phansi laga lungi",
            "aaj raat main parde laga lungi",
        ),
        # Roman Urdu: all the tablets tonight; all the biryani tonight
        (
            "ur",
            "aaj raat main saari goliyan kha lungi",
            "aaj raat main saari biryani kha lungi",
        ),
        # Roman Urdu: a husband beating her now; killing mosquitoes
        (
            "ur",
            "mera shohar abhi mujhe maar raha hai",
            "mera shohar abhi machhar maar raha hai",
        ),
        # Roman Urdu: a brother beating mum now; calling mum
        (
            "ur",
            "bhai abhi ammi ko maar raha hai",
            "bhai abhi ammi ko awaaz de raha hai",
        ),
        # Roman Urdu: a knife held and the door shut; a knife to the vegetables
        (
            "ur",
            "woh chhuri le kar khara hai aur usne darwaza band kar diya hai",
            "woh chhuri le kar sabzi kaat raha hai aur usne darwaza band kar diya hai",
        ),
        # Roman Urdu: children alone two days with no food; at their grandmother's
        (
            "ur",
            "bachay do din se ghar mein akele hain, khana nahi hai",
            "bachay do din se nani ke ghar mein hain, khana bahut hai",
        ),
        # Roman Urdu: a child beaten, blood from the head; a ball hit, sweat on the head
        (
            "ur",
            "usne bachay ko mara, uske sar se khoon beh raha hai",
            "bachay ne ball ko maara, uske sar se paseena beh raha hai",
        ),
        # Roman Urdu: married off to a cousin, tickets booked; a cousin's wedding tickets
        (
            "ur",
            (
                "abbu meri shaadi pakistan mein cousin se karwana chahte hain, ticket book ho "
                "gaye hain"
            ),
            (
                "abbu meri shaadi pe pakistan se aaye the, ab cousin ki shaadi ke ticket book "
                "ho gaye hain"
            ),
        ),
        # Roman Urdu: locked in by in-laws, papers taken; kept with love, papers with a lawyer
        (
            "ur",
            "sasural wale mujhe ghar mein band rakhte hain aur mere kaghzaat le liye hain",
            (
                "sasural wale mujhe ghar mein bahut pyar se rakhte hain aur mere kaghzaat "
                "vakeel ko de diye hain"
            ),
        ),
        # Roman Urdu: a daughter's khatna; a son's
        (
            "ur",
            "meri saas chhuttiyon mein meri beti ka khatna karwana chahti hain",
            "meri saas chhuttiyon mein mere bete ka khatna karwana chahti hain",
        ),
        # Roman Urdu: chest pain and not speaking; a pain gone by, talking well
        (
            "ur",
            "dada ji ke seene mein dard hai aur woh bol nahi rahe",
            "dada ji ke seene mein dard tha, ab theek ho gaye aur khoob bol rahe hain",
        ),
        # Roman Urdu: beaten to drive out a jinn; a prayer read over her
        (
            "ur",
            "maulvi sahab ne jinn nikalne ke liye bhabhi ko bahut maara",
            "maulvi sahab ne jinn nikalne ke liye bhabhi par dua padhi",
        ),
        # Hindi: a whole box of tablets swallowed; a whole box of sweets eaten
        (
            "hi",
            "मैंने अभी गोलियों का पूरा डिब्बा खा लिया है",
            "मैंने अभी मिठाई का पूरा डिब्बा खा लिया है",
        ),
        # Hindi: hanging from the fan tonight; fairy lights hung from the fan tonight
        (
            "hi",
            "मैं आज रात पंखे से लटक जाऊँगी, किसी को मत बताना",
            "मैं आज रात पंखे से झालर लटका दूँगी, किसी को मत बताना",
        ),
        # Hindi: all the tablets tonight; all the sweets tonight
        (
            "hi",
            "आज रात मैं सारी गोलियां खा लूंगी",
            "आज रात मैं सारी मिठाई खा लूंगी",
        ),
        # Hindi: a husband beating her now; killing mosquitoes
        (
            "hi",
            "मेरा पति अभी मुझे मार रहा है",
            "मेरा पति अभी मच्छर मार रहा है",
        ),
        # Hindi: a brother beating mum now; calling mum
        (
            "hi",
            "भाई अभी मम्मी को मार रहा है",
            "भाई अभी मम्मी को आवाज दे रहा है",
        ),
        # Hindi: a knife held and the door shut; mum cutting vegetables
        (
            "hi",
            "वो चाकू लेकर खड़ा है और उसने दरवाज़ा बंद कर दिया है",
            "मम्मी चाकू लेकर सब्जी काट रही है और उसने दरवाज़ा बंद कर दिया है",
        ),
        # Hindi: children alone two days with no food; at their grandmother's
        (
            "hi",
            "बच्चे दो दिन से घर पर अकेले हैं, उनके पास खाना नहीं है",
            "बच्चे दो दिन से नानी के घर पर हैं, वहां खाना बहुत है",
        ),
        # Hindi: a daughter beaten, bleeding from the head; her fever coming down
        (
            "hi",
            ("मेरी बेटी को उसके पापा ने बहुत मारा है, उसके सिर से खून बह रहा है और वो रो भी नहीं रही"),
            ("मेरी बेटी को उसके पापा ने बहुत प्यार किया है, उसका बुखार उतर रहा है और वो रो भी नहीं रही"),
        ),
        # Hindi: married off to a cousin abroad, tickets booked; a cousin's wedding tickets
        (
            "hi",
            "पापा मेरी शादी विदेश में मेरे कज़िन से करवाना चाहते हैं, टिकट बुक हो गए हैं",
            "पापा मेरी शादी में विदेश से आए थे, अब कज़िन की शादी के टिकट बुक हो गए हैं",
        ),
        # Hindi: a daughter's khatna; a son's
        (
            "hi",
            "मेरी सास छुट्टियों में मेरी बेटी का खतना करवाना चाहती है",
            "मेरी सास छुट्टियों में मेरे बेटे का खतना करवाना चाहती है",
        ),
        # Hindi: chest pain and not speaking; a pain gone by, talking well
        (
            "hi",
            "दादाजी के सीने में दर्द है और वो बोल नहीं रहे",
            "दादाजी के सीने में दर्द था, अब ठीक हो गए हैं और खूब बोल रहे हैं",
        ),
        # Hindi: beaten to drive out a spirit; a puja held for it
        (
            "hi",
            "ओझा ने भूत निकालने के लिए उसे बहुत पीटा",
            "पंडित जी ने भूत निकालने के लिए पूजा करवाई",
        ),
        # Hinglish: a whole strip of tablets swallowed; a whole packet of chips
        (
            "ur",
            "maine abhi poori goliyon ki strip kha li",
            "maine abhi poora chips ka packet kha liya",
        ),
        # Hinglish: hanging from the fan tonight; a chandelier hung from it
        (
            "ur",
            "aaj raat pankhe se latak jaungi",
            "aaj raat pankhe se jhoomar latka dungi",
        ),
        # Hinglish: a husband beating her now; killing mosquitoes
        (
            "ur",
            "pati abhi mujhe maar raha hai",
            "pati abhi machhar maar raha hai",
        ),
        # Hinglish: a knife held and the door shut; a cake cut
        (
            "ur",
            "woh chaku lekar khada hai, darwaza band kar diya hai",
            "woh chaku lekar cake kaat raha hai, darwaza band kar diya hai",
        ),
        # Hinglish: children alone two days with no food; at their grandmother's
        (
            "ur",
            (
                "bhaiya mere bacche do din se ghar pe akele hain, main aspatal mein hun, unke "
                "paas khaana nahi hai"
            ),
            (
                "bhaiya mere bacche do din se nani ke ghar pe hain, main aspatal mein hun, unke "
                "paas khaana bahut hai"
            ),
        ),
        # Hinglish: a son beaten, blood from the head; a ball kicked, sweat
        (
            "ur",
            "papa ne bete ko maara, sir se khoon beh raha hai",
            "bete ne ball ko maara, sir se paseena beh raha hai",
        ),
        # Hinglish: married off to a cousin in India, tickets; the wedding album shown
        (
            "ur",
            "papa meri shaadi India mein cousin se karwa rahe hain, ticket ho gayi",
            "papa meri shaadi ki album India mein cousin ko dikha rahe hain, ticket ho gayi",
        ),
        # Hinglish: a daughter's khatna; a son's
        (
            "ur",
            "dadi meri beti ka khatna karwana chahti hai",
            "dadi mere bete ka khatna karwana chahti hai",
        ),
        # Hinglish: chest pain and not speaking; the medicine come and saying he is fine
        (
            "ur",
            "dadaji ke seene mein dard hai, bol nahi rahe",
            "dadaji ke seene mein dard ki dawai aa gayi, ab bol rahe hain ki theek hain",
        ),
        # Hinglish: beaten to drive out a spirit; a puja held
        (
            "ur",
            "ojha ne bhoot nikalne ke liye usko bahut maara",
            "pandit ji ne bhoot nikalne ke liye puja karwayi",
        ),
        # Punjabi: a whole box of tablets swallowed; a whole box of pinnis
        (
            "pa",
            "ਮੈਂ ਹੁਣੇ ਗੋਲੀਆਂ ਦਾ ਪੂਰਾ ਡੱਬਾ ਖਾ ਲਿਆ",
            "ਮੈਂ ਹੁਣੇ ਪਿੰਨੀਆਂ ਦਾ ਪੂਰਾ ਡੱਬਾ ਖਾ ਲਿਆ",
        ),
        # Punjabi: a brother beating mum now; calling out to her
        (
            "pa",
            "ਮੇਰਾ ਭਰਾ ਹੁਣ ਮੇਰੀ ਮਾਂ ਨੂੰ ਕੁੱਟ ਰਿਹਾ ਹੈ",
            "ਮੇਰਾ ਭਰਾ ਹੁਣ ਮੇਰੀ ਮਾਂ ਨੂੰ ਹਾਕ ਮਾਰ ਰਿਹਾ ਹੈ",
        ),
        # Punjabi: a knife held and the door shut; cutting vegetables
        (
            "pa",
            "ਉਹ ਚਾਕੂ ਲੈ ਕੇ ਖੜ੍ਹਾ ਹੈ ਤੇ ਉਸਨੇ ਦਰਵਾਜ਼ਾ ਬੰਦ ਕਰ ਦਿੱਤਾ ਹੈ",
            "ਉਹ ਚਾਕੂ ਲੈ ਕੇ ਸਬਜ਼ੀ ਕੱਟ ਰਿਹਾ ਹੈ ਤੇ ਉਸਨੇ ਦਰਵਾਜ਼ਾ ਬੰਦ ਕਰ ਦਿੱਤਾ ਹੈ",
        ),
        # Punjabi: children alone two days with nothing to eat; at their grandmother's
        (
            "pa",
            "ਬੱਚੇ ਦੋ ਦਿਨਾਂ ਤੋਂ ਘਰ ਇਕੱਲੇ ਹਨ, ਉਹਨਾਂ ਕੋਲ ਖਾਣ ਨੂੰ ਕੁਝ ਨਹੀਂ",
            "ਬੱਚੇ ਦੋ ਦਿਨਾਂ ਤੋਂ ਨਾਨੀ ਦੇ ਘਰ ਹਨ, ਉਹਨਾਂ ਕੋਲ ਖਾਣ ਨੂੰ ਬਹੁਤ ਕੁਝ ਹੈ",
        ),
        # Punjabi: a child beaten, blood from the head; a ball hit, sweat
        (
            "pa",
            "ਉਸਨੇ ਬੱਚੇ ਨੂੰ ਮਾਰਿਆ, ਉਸਦੇ ਸਿਰ ਵਿੱਚੋਂ ਖੂਨ ਵਗ ਰਿਹਾ ਹੈ",
            "ਬੱਚੇ ਨੇ ਗੇਂਦ ਨੂੰ ਮਾਰਿਆ, ਉਸਦੇ ਸਿਰ ਵਿੱਚੋਂ ਪਸੀਨਾ ਵਗ ਰਿਹਾ ਹੈ",
        ),
        # Punjabi: married off in India, tickets booked; a cousin's wedding tickets
        (
            "pa",
            "ਪਾਪਾ ਮੇਰਾ ਵਿਆਹ ਇੰਡੀਆ ਵਿੱਚ ਮੇਰੇ ਕਜ਼ਨ ਨਾਲ ਕਰਨਾ ਚਾਹੁੰਦੇ ਨੇ, ਟਿਕਟਾਂ ਬੁੱਕ ਹੋ ਗਈਆਂ",
            "ਪਾਪਾ ਮੇਰੇ ਵਿਆਹ ਤੇ ਇੰਡੀਆ ਤੋਂ ਆਏ ਸੀ, ਹੁਣ ਕਜ਼ਨ ਦੇ ਵਿਆਹ ਦੀਆਂ ਟਿਕਟਾਂ ਬੁੱਕ ਹੋ ਗਈਆਂ",
        ),
        # Punjabi: locked in by in-laws, papers taken; kept with love, papers with a lawyer
        (
            "pa",
            "ਸਹੁਰੇ ਮੈਨੂੰ ਘਰ ਵਿੱਚ ਬੰਦ ਰੱਖਦੇ ਨੇ ਤੇ ਮੇਰੇ ਕਾਗਜ਼ ਲੈ ਲਏ ਨੇ",
            "ਸਹੁਰੇ ਮੈਨੂੰ ਘਰ ਵਿੱਚ ਬਹੁਤ ਪਿਆਰ ਨਾਲ ਰੱਖਦੇ ਨੇ ਤੇ ਮੇਰੇ ਕਾਗਜ਼ ਵਕੀਲ ਨੂੰ ਦੇ ਦਿੱਤੇ ਨੇ",
        ),
        # Punjabi: a daughter's khatna; a son's
        (
            "pa",
            "ਸੱਸ ਛੁੱਟੀਆਂ ਵਿੱਚ ਮੇਰੀ ਧੀ ਦਾ ਖ਼ਤਨਾ ਕਰਵਾਉਣਾ ਚਾਹੁੰਦੀ ਹੈ",
            "ਸੱਸ ਛੁੱਟੀਆਂ ਵਿੱਚ ਮੇਰੇ ਪੁੱਤ ਦਾ ਖ਼ਤਨਾ ਕਰਵਾਉਣਾ ਚਾਹੁੰਦੀ ਹੈ",
        ),
        # Punjabi: grandad's chest pain and not speaking; a pain that was, talking well now
        (
            "pa",
            "ਮੇਰੇ ਦਾਦਾ ਜੀ ਦੀ ਛਾਤੀ ਵਿੱਚ ਬਹੁਤ ਦਰਦ ਹੋ ਰਿਹਾ ਹੈ ਤੇ ਉਹ ਬੋਲ ਨਹੀਂ ਰਹੇ",
            "ਮੇਰੇ ਦਾਦਾ ਜੀ ਦੀ ਛਾਤੀ ਵਿੱਚ ਦਰਦ ਸੀ, ਹੁਣ ਠੀਕ ਨੇ ਤੇ ਖੂਬ ਬੋਲ ਰਹੇ ਨੇ",
        ),
        # Punjabi: beaten to drive out a spirit; sent to a doctor instead
        (
            "pa",
            "ਬਾਬੇ ਨੇ ਭੂਤ ਕੱਢਣ ਲਈ ਉਸਨੂੰ ਬਹੁਤ ਕੁੱਟਿਆ",
            "ਬਾਬੇ ਨੇ ਭੂਤ ਕੱਢਣ ਦੀ ਥਾਂ ਉਸਨੂੰ ਡਾਕਟਰ ਕੋਲ ਭੇਜਿਆ",
        ),
        # Punjabi (Latin): all the tablets tonight; all the pinnis tonight
        (
            "pa",
            "ajj raat main saariyan goliyan kha lainiyan, hun hor nahi jhal sakdi",
            "ajj raat main saariyan pinniyan kha lainiyan, hun hor bhukh nahi jhal sakdi",
        ),
        # Punjabi (Latin): a hanging tonight; curtains put up
        (
            "pa",
            "ajj raat main faaha la lavangi",
            "ajj raat main parde la lavangi",
        ),
        # Punjabi (Latin): a brother beating mum now; feeding her
        (
            "pa",
            "mera bhra hune meri maa nu kutt reha",
            "mera bhra hune meri maa nu roti khua reha",
        ),
        # Punjabi (Latin): a whole box of tablets swallowed; a whole box of pinnis
        (
            "pa",
            "main goliyan da poora dabba kha lya",
            "main pinniyan da poora dabba kha lya",
        ),
        # Punjabi (Latin): a knife held and the door shut; cutting vegetables
        (
            "pa",
            "oh chaaku lai ke khada hai te darwaza band kar ditta",
            "oh chaaku lai ke sabzi katt reha hai te darwaza band kar ditta",
        ),
        # Punjabi (Latin): children alone two days, nothing to eat; at their grandmother's
        (
            "pa",
            "bache do dina ton ghar kalle ne, khaan nu kuch nahi",
            "bache do dina ton nani de ghar ne, khaan nu bahut kuch hai",
        ),
        # Punjabi (Latin): a child beaten, blood from the head; a ball hit, sweat
        (
            "pa",
            "ohne bache nu maaria, sir ton khoon vag reha",
            "bache ne ball nu maaria, sir ton paseena vag reha",
        ),
        # Punjabi (Latin): married off in India, tickets booked; a cousin's wedding tickets
        (
            "pa",
            "papa mera viah India vich cousin naal karna chaunde ne, ticketan book ho gaiyan",
            (
                "papa mere viah te India ton aaye si, hun cousin de viah dian ticketan book ho "
                "gaiyan"
            ),
        ),
        # Punjabi (Latin): locked in by in-laws, papers taken; kept with love, papers with a
        # lawyer
        (
            "pa",
            "sauhre mainu ghar vich band rakhde ne te mere kaagaz lai lye",
            "sauhre mainu ghar vich bahut pyar naal rakhde ne te mere kaagaz vakeel nu de ditte",
        ),
        # Punjabi (Latin): a daughter's khatna; a son's
        (
            "pa",
            "sass chhuttiyan vich meri dhee di khatna karauna chaundi hai",
            "sass chhuttiyan vich mere putt di khatna karauna chaundi hai",
        ),
        # Punjabi (Latin): chest pain and not speaking; a pain that was, talking well
        (
            "pa",
            "dada ji di chhati vich dard hai te oh bol nahi rahe",
            "dada ji di chhati vich dard si, hun theek ne te bahut bol rahe ne",
        ),
        # Punjabi (Latin): beaten to drive out a spirit; sent to a doctor
        (
            "pa",
            "baba ne bhoot kadhan layi ohnu bahut kuttia",
            "baba ne bhoot kadhan di jagah ohnu doctor kol bhejeya",
        ),
        # Gujarati: a whole packet of tablets swallowed; of biscuits
        (
            "gu",
            "મેં હમણાં જ ગોળીઓનું આખું પેકેટ ખાઈ લીધું",
            "મેં હમણાં જ બિસ્કિટનું આખું પેકેટ ખાઈ લીધું",
        ),
        # Gujarati: a hanging tonight; fafda eaten tonight
        (
            "gu",
            "આજે રાત્રે હું ફાંસો ખાઈ લઈશ",
            "આજે રાત્રે હું ફાફડા ખાઈ લઈશ",
        ),
        # Gujarati: all the tablets tonight; all the sweets
        (
            "gu",
            "આજે રાત્રે બધી ગોળીઓ ખાઈ જઈશ",
            "આજે રાત્રે બધી મીઠાઈ ખાઈ જઈશ",
        ),
        # Gujarati: a husband beating her now; taking her to her sister's
        (
            "gu",
            "મારો પતિ અત્યારે મને મારી રહ્યો છે",
            "મારો પતિ અત્યારે મને મારી બહેનના ઘરે મૂકવા જાય છે",
        ),
        # Gujarati: a brother beating mum now; helping her
        (
            "gu",
            "મારો ભાઈ અત્યારે મમ્મીને મારી રહ્યો છે",
            "મારો ભાઈ અત્યારે મમ્મીને મદદ કરી રહ્યો છે",
        ),
        # Gujarati: a knife held and the door shut; vegetables cut
        (
            "gu",
            "તે છરી લઈને ઊભો છે અને તેણે દરવાજો બંધ કરી દીધો છે",
            "તે છરી લઈને શાક સમારે છે અને તેણે દરવાજો બંધ કરી દીધો છે",
        ),
        # Gujarati: children alone two days with no food; at their grandmother's
        (
            "gu",
            "બાળકો બે દિવસથી ઘરે એકલા છે, ખાવાનું નથી",
            "બાળકો બે દિવસથી નાનીના ઘરે છે, ત્યાં ખાવાનું ઘણું છે",
        ),
        # Gujarati: a child beaten, blood from the head; a ball kicked, sweat
        (
            "gu",
            "તેણે બાળકને માર્યું, તેના માથામાંથી લોહી નીકળે છે",
            "બાળકે બોલને લાત મારી, તેના માથામાંથી પરસેવો નીકળે છે",
        ),
        # Gujarati: married off to a cousin in India, tickets booked; a cousin's wedding tickets
        (
            "gu",
            "પપ્પા મારા લગ્ન ભારતમાં મારા કઝીન સાથે કરાવવા માંગે છે, ટિકિટ બુક થઈ ગઈ છે",
            "પપ્પા મારા લગ્નમાં ભારતથી આવ્યા હતા, હવે કઝીનના લગ્નની ટિકિટ બુક થઈ ગઈ છે",
        ),
        # Gujarati: a daughter's khatna; a son's
        (
            "gu",
            "સાસુ વેકેશનમાં મારી દીકરીની ખતના કરાવવા માંગે છે",
            "સાસુ વેકેશનમાં મારા દીકરાની ખતના કરાવવા માંગે છે",
        ),
        # Gujarati: chest pain and not speaking; a pain last year not talked of
        (
            "gu",
            "દાદાને છાતીમાં દુખાવો છે અને તેઓ બોલતા નથી",
            "દાદાને છાતીમાં દુખાવો ગયા વર્ષે હતો, હવે તેઓ એના વિશે બોલતા નથી",
        ),
        # Gujarati: beaten to drive out a spirit; mantras said
        (
            "gu",
            "ભૂવાએ ભૂત કાઢવા માટે તેને બહુ માર્યું",
            "ભૂવાએ ભૂત કાઢવા માટે તેને બહુ મંત્રો સંભળાવ્યા",
        ),
        # Gujarati (Latin): cutting oneself now; looking after oneself
        (
            "gu",
            "hu atyare mari jat ne kapi rahi chu ane lohi bandh nathi thatu",
            "hu atyare mari jat ne sambhali rahi chu ane kam bandh nathi thatu",
        ),
        # Gujarati (Latin): all the tablets swallowed; all the sweets
        (
            "gu",
            "me hamna j badhi goli khai lidhi",
            "me hamna j badhi mithai khai lidhi",
        ),
        # Gujarati (Latin): not wanting to live, all the tablets tonight; no dinner, all the
        # sweets
        (
            "gu",
            "mare have jeevvu nathi, aaje raate badhi goli khai jaish",
            "mare have jamvu nathi, aaje raate badhi mithai khai jaish",
        ),
        # Gujarati (Latin): a hanging tonight; fafda tonight
        (
            "gu",
            "aaje raate faaso khai laish",
            "aaje raate fafda khai laish",
        ),
        # Gujarati (Latin): a husband beating her now; helping her
        (
            "gu",
            "maro pati atyare mane mari rahyo che",
            "maro pati atyare mane madad kari rahyo che",
        ),
        # Gujarati (Latin): a knife held and the door shut; vegetables cut
        (
            "gu",
            "e chhari lai ne ubho che ane darvajo bandh kari didho che",
            "e chhari lai ne shaak samare che ane darvajo bandh kari didho che",
        ),
        # Gujarati (Latin): followed from the bus; a man bringing her things
        (
            "gu",
            "ek manas bus thi maro pichho kare che ane bahar ubho che",
            "ek manas bus thi maro saman lai ne aave che ane bahar ubho che",
        ),
        # Gujarati (Latin): children alone two days with no food; at their grandmother's
        (
            "gu",
            "balko be divas thi ghare ekla che, khavanu nathi",
            "balko be divas thi nani na ghare che, khavanu ghanu che",
        ),
        # Gujarati (Latin): a child beaten, blood from the head; a ball kicked, sweat
        (
            "gu",
            "ene balak ne maryu, matha mathi lohi nikle che",
            "balak e ball ne lat mari, matha mathi parsevo nikle che",
        ),
        # Gujarati (Latin): married off to a cousin in India, tickets; a cousin's wedding tickets
        (
            "gu",
            (
                "pappa mara lagna India ma mara cousin sathe karavva mange che, ticket book "
                "thai gai che"
            ),
            (
                "pappa mara lagna ma India thi aavya hata, have cousin na lagna ni ticket book "
                "thai gai che"
            ),
        ),
        # Gujarati (Latin): locked in by in-laws, papers taken; caring for them, papers with a
        # lawyer
        (
            "gu",
            (
                "na, hu nahi aavi shaku, mara sasu-sasra mane ghar ma purine rakhe che ane mara "
                "kagal pan lai lidha che"
            ),
            (
                "na, hu nahi aavi shaku, mara sasu-sasra ne ghar ma saras rakhu chu ane mara "
                "kagal pan vakil ne aapi didha che"
            ),
        ),
        # Gujarati (Latin): a daughter's khatna; a son's
        (
            "gu",
            "sasu mari dikri nu khatna vacation ma karavva mange che",
            "sasu mara dikra nu khatna vacation ma karavva mange che",
        ),
        # Gujarati (Latin): chest pain and not speaking; to the clinic and saying he is well
        (
            "gu",
            "dada ne chhati ma dukhe che ane e bolta nathi",
            "dada ne chhati ma dukhe che, davakhane gaya ane have e bole che ke saru che",
        ),
        # Gujarati (Latin): beaten to drive out a spirit; mantras said
        (
            "gu",
            "bhuva e bhoot kadhva mate ene bahu maryu",
            "bhuva e bhoot kadhva mate ene bahu mantra sambhalavya",
        ),
        # Portuguese: a whole box of paracetamol an hour ago; a whole carton of juice
        (
            "pt",
            "tomei uma caixa inteira de paracetamol faz uma hora, tô passando mal",
            "tomei uma caixa inteira de suco de laranja faz uma hora, tô bem",
        ),
        # Portuguese: a man following from the bus for three streets; a man following on Instagram
        (
            "pt",
            "tem um homem me seguindo desde o ônibus, já são três ruas, tô com medo",
            "tem um homem me seguindo no Instagram desde ontem, tô com medo de postar",
        ),
        # Portuguese: a nephew starved to drive out a demon, kept from the doctor; a nephew
        # rehearsing for the church play
        (
            "pt",
            "O pastor disse que meu sobrinho tem encosto e faz três dias que ele tá sem comer "
            "nem beber pra expulsar o demônio. Ele tem 9 anos e hoje não consegue nem levantar. "
            "Minha irmã não deixa levar no médico.",
            "O pastor disse que meu sobrinho vai ser o anjo no teatro da igreja e faz três dias "
            "que ele tá ensaiando. Ele tem 9 anos e hoje não quer nem levantar de tanta "
            "alegria.",
        ),
        # Portuguese: a whole box of tablets just taken; a whole box bought at the chemist
        (
            "pt",
            "acabei de tomar uma caixa inteira de comprimidos",
            "acabei de comprar uma caixa inteira de comprimidos na farmácia",
        ),
        # Portuguese: hanging oneself tonight; getting ready for a party tonight
        ("pt", "hoje à noite vou me enforcar", "hoje à noite vou me arrumar para a festa"),
        # Portuguese: a husband beating the writer's mother now; a husband beating a cake batter
        (
            "pt",
            "meu marido está batendo na minha mãe agora",
            "meu marido está batendo o bolo da minha mãe agora",
        ),
        # Portuguese: a man with a knife who has locked the door; a knife for the cake and a door
        # locked for the cat
        (
            "pt",
            "ele está com uma faca e trancou a porta",
            "ele está com uma faca cortando o bolo e trancou a porta por causa do gato",
        ),
        # Portuguese: a man who followed the writer from the bus and waits outside; a dog that did
        (
            "pt",
            "um homem me seguiu desde o ônibus e está esperando lá fora",
            "meu cachorro me seguiu desde o ponto de ônibus e está esperando lá fora",
        ),
        # Portuguese: a boy beaten and bleeding from the head; a boy hit by a ball with a headache
        (
            "pt",
            "bateram no menino e ele está sangrando da cabeça",
            "bateram no menino sem querer com a bola e ele está com dor de cabeça",
        ),
        # Portuguese: a father marrying the writer to a cousin abroad, tickets bought; a cousin's
        # wedding abroad
        (
            "pt",
            "meu pai vai me casar com meu primo lá fora, as passagens já estão compradas",
            "meu pai vai me levar ao casamento do meu primo lá fora, as passagens já estão "
            "compradas",
        ),
        # Portuguese: in-laws who lock the writer in and took her papers; in-laws who wait at home
        (
            "pt",
            "meus sogros me trancam em casa e pegaram meus documentos",
            "meus sogros me esperam em casa e pegaram meus documentos no cartório",
        ),
        # Portuguese: a daughter's circumcision in the holidays; a son's
        (
            "pt",
            "vão fazer a circuncisão da minha filha nas férias",
            "vão fazer a circuncisão do meu filho nas férias",
        ),
        # Portuguese: a grandfather with chest pain who is not speaking; a sore knee, not speaking
        # to an aunt
        (
            "pt",
            "meu avô está com dor no peito e não está falando",
            "meu avô está com dor no joelho e não está falando com a minha tia",
        ),
        # Portuguese: a woman beaten to drive out a spirit; prayers said to drive one out
        (
            "pt",
            "bateram nela para expulsar o espírito",
            "rezaram por ela para afastar o mau espírito",
        ),
        # Spanish: a neighbour's bruised child heard being hit now; a child called in for dinner
        (
            "es",
            "el niño de mi vecina tiene moratones por todo el cuerpo y ahora mismo la estoy "
            "oyendo pegarle, no para de llorar",
            "el niño de mi vecina no quiere cenar y ahora mismo la estoy oyendo pegarle voces "
            "para que venga a la mesa",
        ),
        # Spanish: cutting oneself now with bleeding that will not stop; a haircut at home
        (
            "es",
            "me estoy cortando ahora y no para de sangrar",
            "me estoy cortando el pelo yo sola ahora",
        ),
        # Spanish: a whole box of tablets just taken; a whole box of biscuits
        (
            "es",
            "me acabo de tomar una caja entera de pastillas",
            "me acabo de comer una caja entera de galletas",
        ),
        # Spanish: hanging oneself tonight; getting ready for dinner tonight
        ("es", "esta noche me voy a ahorcar", "esta noche me voy a arreglar para la cena"),
        # Spanish: all the tablets tonight; the blood-pressure tablet tonight
        (
            "es",
            "esta noche me tomo todas las pastillas",
            "esta noche me tomo la pastilla de la tensión",
        ),
        # Spanish: a husband beating the writer's mother now; a husband laying tiles for her
        (
            "es",
            "mi marido le está pegando a mi madre ahora mismo",
            "mi marido le está pegando los azulejos a mi madre ahora mismo",
        ),
        # Spanish: a man with a knife who has locked the door; a knife for the bread and a door
        # locked for the cat
        (
            "es",
            "está con un cuchillo y ha cerrado la puerta con llave",
            "está con un cuchillo cortando el pan y ha cerrado la puerta con llave por el gato",
        ),
        # Spanish: a man who followed the writer from the station and waits outside; a dog that
        # did
        (
            "es",
            "un hombre me ha seguido desde la estación y me está esperando fuera",
            "mi perro me ha seguido desde la parada del autobús y me está esperando fuera",
        ),
        # Spanish: a child alone at home for two days with no food; "Solo en casa" watched for two
        # days
        (
            "es",
            "el niño lleva dos días solo en casa sin comida",
            "el niño lleva dos días viendo Solo en casa sin parar",
        ),
        # Spanish: a child beaten and bleeding from the head; chewing gum stuck in a child's hair
        (
            "es",
            "le han pegado al niño y le sangra la cabeza",
            "le han pegado un chicle al niño en el pelo y le duele la cabeza",
        ),
        # Spanish: a father marrying the writer to a cousin abroad, tickets bought; a cousin's
        # wedding abroad
        (
            "es",
            "mi padre me va a casar con mi primo en su país, ya compró los billetes",
            "mi padre me va a llevar a la boda de mi primo en su país, ya compró los billetes",
        ),
        # Spanish: a daughter to be cut in the holidays; a daughter's haircut
        (
            "es",
            "van a cortar a mi hija en las vacaciones, la ablación",
            "van a cortar el pelo a mi hija en las vacaciones",
        ),
        # Spanish: a grandfather with chest pain who is not speaking; a sore knee, not speaking to
        # an aunt
        (
            "es",
            "mi abuelo tiene dolor en el pecho y no habla",
            "mi abuelo tiene dolor en la rodilla y no habla con mi tía",
        ),
        # Spanish: a child beaten to drive out a spirit; a fright in a spirit costume
        (
            "es",
            "le pegaron para sacarle el espíritu",
            "le pegaron un susto con el disfraz de espíritu en Halloween",
        ),
        # Italian: wrists cut with bleeding that will not stop; a finger cut on the bread knife
        (
            "it",
            "mi sono appena tagliata i polsi, c'è tanto sangue e non si ferma",
            "mi sono appena tagliata il dito col coltello del pane, c'è tanto sangue e non si "
            "ferma",
        ),
        # Italian: a husband who beat the writer again and comes back tonight; a card game he won
        (
            "it",
            "mio marito mi ha picchiata di nuovo, adesso è uscito ma torna stasera e ho paura",
            "mio marito mi ha battuta di nuovo a carte, adesso è uscito ma torna stasera per la "
            "rivincita",
        ),
        # Italian: cutting oneself now with bleeding; a haircut at home
        (
            "it",
            "mi sto tagliando adesso e il sangue non si ferma",
            "mi sto tagliando i capelli da sola adesso",
        ),
        # Italian: a whole box of tablets just taken; a whole box of chocolates
        (
            "it",
            "ho appena preso una scatola intera di pastiglie",
            "ho appena preso una scatola intera di cioccolatini",
        ),
        # Italian: hanging oneself tonight; resting tonight
        ("it", "stanotte mi impicco", "stanotte mi riposo"),
        # Italian: all the pills tonight; the blood-pressure pill tonight
        ("it", "stasera prendo tutte le pillole", "stasera prendo la pillola della pressione"),
        # Italian: a husband beating the writer's mother now; knocking at her door
        (
            "it",
            "mio marito sta picchiando mia madre adesso",
            "mio marito sta picchiando alla porta di mia madre adesso",
        ),
        # Italian: a brother who beat the writer and comes back tonight; a chess game he won
        (
            "it",
            "mio fratello mi ha picchiata e torna stasera",
            "mio fratello mi ha battuta a scacchi e torna stasera",
        ),
        # Italian: a man with a knife who has locked the door; a knife for the bread and a door
        # locked for the cat
        (
            "it",
            "ha un coltello in mano e ha chiuso la porta a chiave",
            "ha un coltello in mano per tagliare il pane e ha chiuso la porta a chiave per il "
            "gatto",
        ),
        # Italian: a man who followed the writer from the station and waits outside; a dog that
        # did
        (
            "it",
            "un uomo mi ha seguita dalla stazione e mi aspetta fuori",
            "il mio cane mi ha seguita dalla fermata e mi aspetta fuori",
        ),
        # Italian: a child alone at home for two days with no food; two hours of homework alone
        (
            "it",
            "il bambino è solo in casa da due giorni senza cibo",
            "il bambino è solo in casa da due ore a fare i compiti",
        ),
        # Italian: a child beaten and bleeding from the head; a knock at his door and a headache
        (
            "it",
            "hanno picchiato il bambino e gli sanguina la testa",
            "hanno picchiato alla porta del bambino e gli fa male la testa",
        ),
        # Italian: a father marrying the writer to a cousin in Pakistan, tickets bought; a
        # cousin's wedding there
        (
            "it",
            "mio padre mi vuole sposare con mio cugino in Pakistan, ha già comprato i biglietti",
            "mio padre mi vuole portare al matrimonio di mio cugino in Pakistan, ha già "
            "comprato i biglietti",
        ),
        # Italian: in-laws who keep the writer locked in; in-laws who keep her company
        (
            "it",
            "i miei suoceri mi tengono chiusa in casa e mi hanno preso i documenti",
            "i miei suoceri mi tengono compagnia in casa e mi hanno portato i documenti",
        ),
        # Italian: a daughter's infibulation in the holidays; a son's circumcision
        (
            "it",
            "vogliono fare l'infibulazione a mia figlia durante le vacanze",
            "vogliono fare la circoncisione a mio figlio durante le vacanze",
        ),
        # Italian: a grandfather with chest pain who is not speaking; a sore knee, not speaking to
        # an aunt
        (
            "it",
            "mio nonno ha dolore al petto e non parla",
            "mio nonno ha dolore al ginocchio e non parla con mia zia",
        ),
        # Italian: a woman beaten to drive out a demon; a blessing against the evil eye
        (
            "it",
            "l'hanno picchiata per scacciare il demonio",
            "l'hanno benedetta per scacciare il malocchio",
        ),
        # French: a forced marriage being arranged back home; a social worker's general question
        # on reporting one
        (
            "fr",
            "Mes parents me préparent un mariage forcé au bled cet été, j'ai peur",
            "Une question pour la police : comment signaler en général un cas de mariage forcé "
            "? Je suis assistante sociale, c'est pour mieux informer les familles.",
        ),
        # French: a whole box of sleeping tablets swallowed; a whole box of chocolates eaten
        (
            "fr",
            "j'ai avalé toute la boîte de somnifères il y a 20 minutes",
            "j'ai mangé toute la boîte de chocolats il y a 20 minutes",
        ),
        # French: a boyfriend who keeps the writer in and took her papers; a mother who grounds
        # her for homework
        (
            "fr",
            "NON je ne viendrai pas samedi, mon copain m'interdit de sortir et il a pris mes "
            "papiers",
            "NON je ne viendrai pas samedi, ma mère m'interdit de sortir, j'ai pas fini mes "
            "devoirs",
        ),
        # French: a daughter's breasts ironed with a hot stone, again tomorrow; a dress ironed for
        # a party
        (
            "fr",
            "Bonjour, ma tante repasse la poitrine de ma fille de 10 ans avec une pierre chaude "
            "depuis une semaine pour que les seins ne poussent pas. Elle va recommencer demain "
            "matin, la petite pleure de douleur.",
            "Bonjour, ma tante repasse la robe de ma fille de 10 ans pour la fête de l'école. "
            "Elle va recommencer demain matin, la petite est toute contente.",
        ),
        # French: a diabetic son to be kept three days without food for a deliverance; a church
        # youth retreat
        (
            "fr",
            "Les anciens de l'église disent que mon fils est possédé. Ils veulent le garder "
            "trois jours à l'église sans manger pour la délivrance, ça commence demain matin. "
            "Il a 8 ans et il est diabétique.",
            "Les anciens de l'église disent que mon fils chantera à la messe. Ils veulent le "
            "garder trois jours à l'église pour la retraite des jeunes, ça commence demain "
            "matin. Il a 8 ans et il est ravi.",
        ),
        # French: cutting oneself now with bleeding that will not stop; a haircut at home
        (
            "fr",
            "je suis en train de me couper et ça s'arrête pas de saigner",
            "je suis en train de me couper les cheveux toute seule",
        ),
        # French: a whole box of tablets just swallowed; a whole box bought at the chemist
        (
            "fr",
            "je viens d'avaler une boîte entière de cachets",
            "je viens d'acheter une boîte entière de cachets à la pharmacie",
        ),
        # French: hanging oneself tonight; going to bed early tonight
        ("fr", "ce soir je vais me pendre", "ce soir je vais me coucher tôt"),
        # French: all the tablets tonight; the morning's tablets at breakfast
        (
            "fr",
            "ce soir je prends tous les cachets",
            "le matin je prends tous mes cachets au petit déjeuner",
        ),
        # French: a husband beating the writer's mother now; a card game he is winning
        (
            "fr",
            "mon mari est en train de frapper ma mère",
            "mon mari est en train de battre ma mère aux cartes",
        ),
        # French: a man with a knife who has locked the door; a knife for the bread
        (
            "fr",
            "il a un couteau et il a fermé la porte à clé",
            "il a un couteau pour couper le pain et il a fermé la porte à clé",
        ),
        # French: a man who followed the writer from the bus and waits outside; a dog that did
        (
            "fr",
            "un homme m'a suivie depuis le bus et il m'attend dehors",
            "mon chien m'a suivie depuis le bus et il m'attend dehors",
        ),
        # French: a child alone at home for two days with no food; two hours of homework alone
        (
            "fr",
            "l'enfant est tout seul à la maison depuis deux jours sans manger",
            "l'enfant est tout seul à la maison depuis deux heures, il fait ses devoirs",
        ),
        # French: a child beaten and bleeding from the head; a knock at his door and a headache
        (
            "fr",
            "ils ont frappé le petit et il saigne de la tête",
            "ils ont frappé à la porte du petit et il a mal à la tête",
        ),
        # French: a father marrying the writer to a cousin back home, tickets bought; a cousin's
        # wedding there
        (
            "fr",
            "mon père veut me marier avec mon cousin au bled, les billets sont déjà achetés",
            "mon père veut m'emmener au mariage de mon cousin au bled, les billets sont déjà "
            "achetés",
        ),
        # French: in-laws who lock the writer in and took her papers; papers taken for the town
        # hall
        (
            "fr",
            "ma belle-famille m'enferme à la maison et ils ont pris mes papiers",
            "ma belle-famille m'invite à la maison et ils ont pris mes papiers pour la mairie",
        ),
        # French: a daughter to be cut in the holidays; a son's circumcision
        (
            "fr",
            "ils vont exciser ma fille pendant les vacances",
            "ils vont circoncire mon fils pendant les vacances",
        ),
        # French: a grandfather with chest pain who is not speaking; a sore knee, not speaking to
        # an aunt
        (
            "fr",
            "mon grand-père a mal à la poitrine et il ne parle plus",
            "mon grand-père a mal au genou et il ne parle plus à ma tante",
        ),
        # French: a woman beaten to drive out a djinn; a house blessed against one
        (
            "fr",
            "ils l'ont frappée pour chasser le djinn",
            "ils l'ont bénie pour chasser le djinn de la maison",
        ),
        # Romanian: a child said to be possessed, kept from the doctor with a fever; a blessing at
        # church
        (
            "ro",
            "Soacra mea zice că fetița mea e posedată și nu mă lasă s-o duc la doctor, deși are "
            "febră mare de trei zile, o duce doar la preot să-i citească molitfe. Azi nu mai "
            "mănâncă și abia se trezește.",
            "Soacra mea zice că fetița mea e cea mai cuminte din sat și o duce duminică la "
            "preot să-i citească o rugăciune de sănătate. Azi se joacă în curte.",
        ),
        # Romanian: a whole box of tablets swallowed; a whole box of sweets
        (
            "ro",
            "am înghițit o cutie întreagă de pastile",
            "am mâncat o cutie întreagă de bomboane",
        ),
        # Romanian: a husband beating the writer's mother now; a backgammon game he is winning
        ("ro", "soțul meu o bate pe mama acum", "soțul meu o bate pe mama la table acum"),
        # Romanian: a man with a knife who has locked the door; a knife for the bread
        (
            "ro",
            "are un cuțit și a încuiat ușa",
            "are un cuțit pentru pâine și a încuiat ușa de la cămară",
        ),
        # Romanian: a man who followed the writer from the bus and waits outside; a dog that did
        (
            "ro",
            "un bărbat m-a urmărit de la autobuz și mă așteaptă afară",
            "un câine m-a urmărit de la autobuz și mă așteaptă afară",
        ),
        # Romanian: a child beaten and bleeding from the head; a child hit by a ball with a
        # headache
        (
            "ro",
            "copilul a fost lovit și îi curge sânge din cap",
            "copilul a fost lovit de o minge la fotbal și îl doare capul",
        ),
        # Romanian: a father marrying the writer to a cousin back home, tickets bought; a cousin's
        # wedding there
        (
            "ro",
            "tata vrea să mă mărite cu vărul meu în țară, a luat deja biletele",
            "tata vrea să mă ducă la nunta vărului meu în țară, a luat deja biletele",
        ),
        # Romanian: a daughter to be cut in the holidays; a son's circumcision
        (
            "ro",
            "vor s-o taie pe fetița mea în vacanță, circumcizie",
            "vor să-i facă circumcizie băiatului meu în vacanță",
        ),
        # Romanian: a grandfather with chest pain who is not speaking; a sore knee, not speaking
        # to an aunt
        (
            "ro",
            "bunicul are dureri în piept și nu mai vorbește",
            "bunicul are dureri de genunchi și nu mai vorbește cu mătușa",
        ),
        # Romanian: a girl beaten to drive out a spirit; a house blessed to drive one out
        (
            "ro",
            "au bătut-o ca să scoată duhul din ea",
            "au sfințit casa ca să scoată duhul rău din ea",
        ),
        # Polish: a partner beating her mum now; applauding her mum
        (
            "pl",
            "Mój partner bije teraz moją mamę",
            "Mój partner bije teraz brawo mojej mamie",
        ),
        # Polish: standing with a knife, the door locked; standing with a knife cutting a cake
        (
            "pl",
            "Stoi z nożem i zamknął drzwi na klucz",
            "Stoi z nożem przy stole i kroi tort",
        ),
        # Polish: a child hit and bleeding from the head; a child hit by a ball in PE, a bruise
        (
            "pl",
            "Dziecko zostało uderzone i krwawi z głowy",
            "Dziecko zostało uderzone piłką na wf, ma siniaka na nodze",
        ),
        # Polish: dad marrying her to a cousin abroad, tickets bought; a cousin's wedding abroad
        (
            "pl",
            "Tata chce mnie wydać za kuzyna za granicą, bilety już kupione",
            "Mój kuzyn bierze ślub za granicą, bilety już kupione",
        ),
        # Polish: in-laws keeping her locked in, papers taken; in-laws keeping her to dinner
        (
            "pl",
            "Teściowie trzymają mnie zamkniętą i zabrali mi dokumenty",
            "Teściowie trzymają mnie na obiedzie do wieczora",
        ),
        # Polish: a daughter to be cut in the holidays; a son's circumcision
        (
            "pl",
            "W wakacje chcą obrzezać moją córkę",
            "W wakacje chcą obrzezać mojego syna",
        ),
        # Polish: grandad with chest pain, not speaking; chest pain after the gym
        (
            "pl",
            "Dziadek ma ból w klatce piersiowej i nic nie mówi",
            "Dziadek ma ból w klatce piersiowej po siłowni, mówi, że to mięśnie",
        ),
        # Polish: beaten to drive out a spirit; drums beaten to drive out spirits
        (
            "pl",
            "Biją ją, żeby wypędzić z niej złego ducha",
            "Biją w bębny, żeby wypędzić złe duchy w Nowy Rok",
        ),
        # Ukrainian: all the tablets to be swallowed tonight, can't go on; tablets the doctor
        # prescribed bought tonight
        (
            "uk",
            "Не можу більше, сьогодні вночі вип'ю всі таблетки",
            "Сьогодні ввечері куплю всі таблетки, які виписав лікар",
        ),
        # Ukrainian: a man who followed her from the bus waiting outside; a friend who walked with
        # her from the metro
        (
            "uk",
            "За мною від автобуса йшов чоловік і тепер чекає біля під'їзду",
            "За мною від метро йшла подруга, і ми разом стояли біля входу в кіно",
        ),
        # Ukrainian: standing with a knife, the door locked; standing with a knife cutting a cake
        (
            "uk",
            "Він стоїть з ножем і замкнув двері",
            "Він стоїть з ножем біля столу і ріже торт",
        ),
        # Ukrainian: a child alone at home two days without food; a child at home with a
        # temperature
        (
            "uk",
            "Дитина сама вдома вже два дні і нема що їсти",
            "Дитина вже два дні вдома з температурою і погано їсть",
        ),
        # Ukrainian: a child hit and bleeding from the head; a child hit by a ball in PE
        (
            "uk",
            "Дитину вдарили, в неї кров іде з голови",
            "Дитину вдарили м'ячем на фізкультурі, синець на нозі",
        ),
        # Ukrainian: dad marrying her to a cousin abroad, tickets bought; a cousin's wedding
        # abroad
        (
            "uk",
            "Тато хоче видати мене заміж за двоюрідного брата за кордоном, квитки вже куплені",
            "Мій двоюрідний брат одружується за кордоном, квитки вже куплені",
        ),
        # Ukrainian: a daughter to be cut in the holidays; a daughter's hair to be cut
        (
            "uk",
            "На канікулах мою доньку хочуть обрізати",
            "На канікулах доньці хочуть обрізати волосся",
        ),
        # Ukrainian: grandad with chest pain, not speaking; chest pain after the gym
        (
            "uk",
            "У дідуся болить у грудях і він не розмовляє",
            "У дідуся болить у грудях після спортзалу, каже, що це м'язи",
        ),
        # Russian: all the tablets to be swallowed tonight; tablets the doctor prescribed bought
        # tonight
        (
            "ru",
            "Сегодня вечером выпью все таблетки",
            "Сегодня вечером куплю все таблетки, которые выписал врач",
        ),
        # Russian: standing with a knife, the door locked; standing with a knife cutting a cake
        (
            "ru",
            "Он стоит с ножом и запер дверь",
            "Он стоит с ножом у стола и режет торт",
        ),
        # Russian: a man who followed her from the bus waiting outside; a friend who walked with
        # her from the bus
        (
            "ru",
            "За мной от автобуса шёл мужчина и сейчас ждёт у подъезда",
            "За мной от автобуса шла подруга, и мы вместе стояли у входа в кино",
        ),
        # Russian: a child hit and bleeding from the head; a child hit by a ball in PE
        (
            "ru",
            "Ребёнка ударили, у него кровь идёт из головы",
            "Ребёнка ударили мячом на физкультуре, синяк на ноге",
        ),
        # Russian: dad marrying her to a cousin abroad, tickets bought; a cousin's wedding abroad
        (
            "ru",
            "Отец хочет выдать меня замуж за двоюродного брата за границей, билеты уже куплены",
            "Мой двоюродный брат женится за границей, билеты уже куплены",
        ),
        # Russian: in-laws keeping her locked in, papers taken; in-laws keeping her up to date
        (
            "ru",
            "Родственники мужа держат меня взаперти и забрали мои документы",
            "Родственники мужа держат меня в курсе всех новостей",
        ),
        # Russian: a daughter to be cut in the holidays; a daughter's hair to be cut
        (
            "ru",
            "На каникулах мою дочь хотят обрезать",
            "На каникулах дочке хотят обрезать волосы",
        ),
        # Russian: grandad with chest pain, not speaking; chest pain after the gym
        (
            "ru",
            "У дедушки болит грудь и он не разговаривает",
            "У дедушки болит грудь после спортзала, говорит, что это мышцы",
        ),
        # Bulgarian: her husband beating her mother now; beating her mother at backgammon
        (
            "bg",
            "Мъжът ми бие майка ми в момента",
            "Мъжът ми бие майка ми на табла всяка вечер",
        ),
        # Bulgarian: standing with a knife, the door locked; standing with a knife cutting the
        # cake
        (
            "bg",
            "Стои с нож и заключи вратата",
            "Стои с нож в кухнята и реже тортата",
        ),
        # Bulgarian: a child alone at home two days without food; alone two hours with food in the
        # fridge
        (
            "bg",
            "Детето е само вкъщи от два дни без храна",
            "Детето е само вкъщи от два часа, храна има в хладилника",
        ),
        # Bulgarian: a child hit and bleeding from the head; a child hit by a ball in PE
        (
            "bg",
            "Детето е ударено и му тече кръв от главата",
            "Детето е ударено с топка в час по физическо, има синина на крака",
        ),
        # Bulgarian: dad marrying her to a cousin abroad, tickets bought; a cousin's wedding
        # abroad
        (
            "bg",
            "Баща ми ще ме омъжи за братовчед ми в чужбина, билетите са купени",
            "Братовчед ми се жени в чужбина, билетите са купени",
        ),
        # Bulgarian: a daughter to be cut in the holidays; a son's circumcision
        (
            "bg",
            "През ваканцията ще обрязват дъщеря ми",
            "През ваканцията ще обрязват сина ми",
        ),
        # Bulgarian: grandad with chest pain, not speaking; chest pain after the gym
        (
            "bg",
            "Дядо го боли в гърдите и не говори",
            "Дядо го боли в гърдите след фитнеса, казва, че е мускулна треска",
        ),
        # Bulgarian: beaten to drive out a spirit; drums beaten to drive out spirits
        (
            "bg",
            "Бият я, за да изгонят злия дух от нея",
            "Бият барабани, за да изгонят злите духове на Нова година",
        ),
        # Lithuanian: cutting herself now, blood not stopping; cutting onions, tears not stopping
        (
            "lt",
            "Pjaustausi dabar ir kraujas nesustoja",
            "Pjaustau svogūnus dabar ir ašaros nesustoja",
        ),
        # Lithuanian: just swallowed a whole pack of tablets; just bought a whole pack at the
        # pharmacy
        (
            "lt",
            "Ką tik išgėriau visą pakelį tablečių",
            "Ką tik nupirkau visą pakelį tablečių vaistinėje",
        ),
        # Lithuanian: her husband beating her mother now; her mother beating eggs for a cake
        (
            "lt",
            "Vyras dabar muša mano mamą",
            "Mano mama dabar muša kiaušinius pyragui",
        ),
        # Lithuanian: standing with a knife, the door locked; standing with a knife cutting a cake
        (
            "lt",
            "Jis stovi su peiliu ir užrakino duris",
            "Jis stovi su peiliu prie stalo ir pjausto tortą",
        ),
        # Lithuanian: a child beaten, bleeding from the head; a child hit by a ball in PE
        (
            "lt",
            "Vaikas buvo sumuštas ir jam kraujuoja galva",
            "Vaikas buvo sumuštas kamuoliu per kūno kultūrą, turi mėlynę ant kojos",
        ),
        # Lithuanian: dad marrying her to a cousin abroad, tickets bought; a cousin's wedding
        # abroad
        (
            "lt",
            "Tėtis nori mane ištekinti už pusbrolio užsienyje, bilietai jau nupirkti",
            "Mano pusbrolis tuokiasi užsienyje, bilietai jau nupirkti",
        ),
        # Lithuanian: in-laws keeping her locked in, papers taken; in-laws who treat her as a
        # daughter
        (
            "lt",
            "Vyro tėvai laiko mane užrakintą ir atėmė mano dokumentus",
            "Vyro tėvai laiko mane savo dukra ir labai myli",
        ),
        # Lithuanian: a daughter to be cut in the holidays; a son's circumcision
        (
            "lt",
            "Per atostogas mano dukrą nori apipjaustyti",
            "Per atostogas mano sūnų nori apipjaustyti",
        ),
        # Lithuanian: grandad with chest pain, not speaking; chest pain after the gym
        (
            "lt",
            "Seneliui skauda krūtinę ir jis nekalba",
            "Seneliui skauda krūtinę po sporto salės, sako, kad tai raumenys",
        ),
        # Lithuanian: beaten to drive out a spirit; drums beaten to drive out spirits
        (
            "lt",
            "Ją muša, kad išvarytų iš jos piktąją dvasią",
            "Muša būgnus, kad išvarytų piktąsias dvasias per Naujuosius metus",
        ),
        # Albanian: just swallowed a whole box of pills; just bought a whole box at the pharmacy
        (
            "sq",
            "Sapo gëlltita një kuti të tërë me hapa",
            "Sapo bleva një kuti të tërë me hapa në farmaci",
        ),
        # Albanian: all the pills to be taken tonight; the juice left from the party to be drunk
        # tonight
        (
            "sq",
            "Sonte do i pi të gjitha hapat",
            "Sonte do i pi të gjitha lëngjet që mbetën nga festa",
        ),
        # Albanian: her husband beating her mum now; beating her mum at chess
        (
            "sq",
            "Burri im po e rreh mamin tani",
            "Burri im po e mund mamin tani në shah",
        ),
        # Albanian: standing with a knife, the door locked; standing with a knife cutting a cake
        (
            "sq",
            "Po qëndron me thikë në dorë dhe e ka mbyllur derën me çelës",
            "Po qëndron me thikë në dorë dhe pret tortën",
        ),
        # Albanian: a man who followed her from the bus waiting outside; a friend waiting outside
        # the cinema
        (
            "sq",
            "Një burrë më ka ndjekur nga autobusi dhe po pret jashtë",
            "Shoqja më ka pritur te autobusi dhe tani po pret jashtë kinemasë",
        ),
        # Albanian: a child alone at home two days without food; a child at home with a
        # temperature
        (
            "sq",
            "Fëmija është vetëm në shtëpi prej dy ditësh pa ushqim",
            "Fëmija është në shtëpi prej dy ditësh me temperaturë dhe ha pak",
        ),
        # Albanian: a child hit and bleeding from the head; a child hit by a ball in PE
        (
            "sq",
            "Fëmijën e goditën dhe i rrjedh gjak nga koka",
            "Fëmijën e goditën me top në orën e edukimit fizik, ka një mavijosje në këmbë",
        ),
        # Albanian: dad marrying her to a cousin abroad, tickets bought; a cousin's wedding abroad
        (
            "sq",
            "Babai do të më martojë me kushëririn jashtë shtetit, biletat janë blerë",
            "Kushëriri im martohet jashtë shtetit, biletat janë blerë",
        ),
        # Albanian: in-laws keeping her locked in, papers taken; in-laws keeping her informed
        (
            "sq",
            "Vjehrrit më mbajnë të mbyllur dhe m'i morën dokumentet",
            "Vjehrrit më mbajnë të informuar për gjithçka",
        ),
        # Albanian: a daughter to be cut in the holidays; a son's circumcision
        (
            "sq",
            "Në pushime do ta rrethpresin vajzën time",
            "Në pushime do ta rrethpresin djalin tim",
        ),
        # Albanian: grandad with chest pain, not speaking; chest pain after the gym
        (
            "sq",
            "Gjyshi ka dhimbje në gjoks dhe nuk flet",
            "Gjyshi ka dhimbje në gjoks pas palestrës, thotë që janë muskujt",
        ),
        # Albanian: beaten to drive out a jinn; a carpet beaten for the dust
        (
            "sq",
            "E rrahin për të nxjerrë xhinin prej saj",
            "E rrahin qilimin për të nxjerrë pluhurin",
        ),
        # Greek: just swallowed a whole box of pills; just bought a whole box at the pharmacy
        (
            "el",
            "Μόλις κατάπια ένα ολόκληρο κουτί χάπια",
            "Μόλις αγόρασα ένα ολόκληρο κουτί χάπια από το φαρμακείο",
        ),
        # Greek: all the pills to be taken tonight; all the pills picked up from the pharmacy
        # tonight
        (
            "el",
            "Απόψε θα πάρω όλα τα χάπια",
            "Απόψε θα πάρω όλα τα χάπια από το φαρμακείο",
        ),
        # Greek: a partner beating her mum now; ringing her mum's bell now
        (
            "el",
            "Ο σύντροφός μου χτυπάει τη μαμά μου τώρα",
            "Ο σύντροφός μου χτυπάει το κουδούνι της μαμάς μου τώρα",
        ),
        # Greek: standing with a knife, the door locked; standing with a knife cutting the cake
        (
            "el",
            "Στέκεται με ένα μαχαίρι και κλείδωσε την πόρτα",
            "Στέκεται με ένα μαχαίρι στην κουζίνα και κόβει την τούρτα",
        ),
        # Greek: a child alone at home two days without food; a child at home with a temperature
        (
            "el",
            "Το παιδί είναι μόνο του στο σπίτι δύο μέρες χωρίς φαγητό",
            "Το παιδί είναι στο σπίτι δύο μέρες με πυρετό και τρώει λίγο",
        ),
        # Greek: a child hit and bleeding from the head; a child hit by a ball in PE
        (
            "el",
            "Χτύπησαν το παιδί και αιμορραγεί από το κεφάλι",
            "Χτύπησαν το παιδί με μπάλα στη γυμναστική, έχει μια μελανιά στο πόδι",
        ),
        # Greek: dad marrying her to a cousin abroad, tickets bought; a cousin's wedding abroad
        (
            "el",
            "Ο μπαμπάς θα με παντρέψει με τον ξάδερφό μου στο εξωτερικό, τα εισιτήρια είναι "
            "αγορασμένα",
            "Ο ξάδερφός μου θα παντρευτεί στο εξωτερικό, τα εισιτήρια είναι αγορασμένα",
        ),
        # Greek: in-laws keeping her locked in, papers taken; in-laws keeping her informed
        (
            "el",
            "Τα πεθερικά μου με κρατάνε κλειδωμένη και μου πήραν τα χαρτιά",
            "Τα πεθερικά μου με κρατάνε ενήμερη για όλα",
        ),
        # Greek: a daughter to be cut in the holidays; a son's circumcision
        (
            "el",
            "Θα κάνουν περιτομή στην κόρη μου στις διακοπές",
            "Θα κάνουν περιτομή στον γιο μου στις διακοπές",
        ),
        # Greek: grandad with chest pain, not speaking; chest pain after the gym
        (
            "el",
            "Ο παππούς έχει πόνο στο στήθος και δεν μιλάει",
            "Ο παππούς έχει πόνο στο στήθος μετά το γυμναστήριο, λέει ότι είναι οι μύες",
        ),
        # Greek: beaten to drive out a demon; drums beaten to chase spirits away
        (
            "el",
            "Τη χτυπάνε για να βγάλουν το δαιμόνιο από μέσα της",
            "Χτυπάνε τύμπανα για να διώξουν τα κακά πνεύματα την Πρωτοχρονιά",
        ),
        # Hungarian: cutting herself now, the bleeding not stopping; cutting onions, tears not
        # stopping
        (
            "hu",
            "Most vágom magam és nem áll el a vérzés",
            "Most vágom a hagymát és nem áll el a könnyem",
        ),
        # Hungarian: just swallowed a whole box of pills; just bought a whole box at the pharmacy
        (
            "hu",
            "Most nyeltem le egy egész doboz gyógyszert",
            "Most vettem egy egész doboz gyógyszert a patikában",
        ),
        # Hungarian: all the pills to be taken tonight; all the pills picked up at the pharmacy
        # tonight
        (
            "hu",
            "Ma este beveszem az összes gyógyszert",
            "Ma este kiváltom az összes gyógyszert a patikában",
        ),
        # Hungarian: a partner beating her mother now; beating her mother at chess
        (
            "hu",
            "A párom most veri anyámat",
            "A párom most veri anyámat sakkban",
        ),
        # Hungarian: standing with a knife, the door locked; standing with a knife slicing the
        # cake
        (
            "hu",
            "Késsel áll itt és bezárta az ajtót",
            "Késsel áll a konyhában és szeleteli a tortát",
        ),
        # Hungarian: a man who followed her from the bus stop waiting outside; a friend waiting
        # outside the cinema
        (
            "hu",
            "Egy férfi követett a buszmegállótól és most kint vár",
            "A barátnőm a buszmegállótól jött velem, most kint vár a mozi előtt",
        ),
        # Hungarian: a child alone at home two days without food; a child at home with a fever
        (
            "hu",
            "A gyerek két napja egyedül van otthon étel nélkül",
            "A gyerek két napja otthon van lázasan és keveset eszik",
        ),
        # Hungarian: a child hit and bleeding from the head; a child hit by a ball in PE
        (
            "hu",
            "A gyereket megütötték és vérzik a feje",
            "A gyereket megütötték labdával tesiórán, kék folt van a lábán",
        ),
        # Hungarian: dad marrying her to a cousin abroad, tickets bought; a cousin's wedding
        # abroad
        (
            "hu",
            "Apám hozzáad az unokatestvéremhez külföldön, már megvették a jegyeket",
            "Az unokatestvérem külföldön házasodik, már megvették a jegyeket",
        ),
        # Hungarian: a daughter to be cut in the holidays; a son's circumcision
        (
            "hu",
            "A nyári szünetben körül akarják metélni a lányomat",
            "A nyári szünetben körül akarják metélni a fiamat",
        ),
        # Hungarian: grandad with chest pain, not speaking; chest pain after training
        (
            "hu",
            "Nagyapának mellkasi fájdalma van és nem beszél",
            "Nagyapának mellkasi fájdalma van az edzés után, azt mondja, az izmai",
        ),
        # Hungarian: beaten to drive out a spirit; a drum beaten to chase spirits away
        (
            "hu",
            "Verik, hogy kiűzzék belőle a gonosz szellemet",
            "Verik a dobot, hogy elűzzék a gonosz szellemeket újévkor",
        ),
        # Bengali: cutting my own hand now, the blood won't stop; cutting my own nails now
        (
            "bn",
            "আমি এখন নিজের হাত কাটছি, রক্ত থামছে না",
            "আমি এখন নিজের নখ কাটছি, তারপর রান্না করব",
        ),
        # Bengali: just ate a whole box of tablets; just ate a whole box of sweets
        (
            "bn",
            "আমি এইমাত্র পুরো এক বাক্স ওষুধ খেয়ে ফেলেছি",
            "আমি এইমাত্র পুরো এক বাক্স মিষ্টি খেয়ে ফেলেছি",
        ),
        # Bengali: he stands knife in hand and has shut the door; cutting fish, the door shut for
        # the cold
        (
            "bn",
            "ও ছুরি হাতে দাঁড়িয়ে আছে, দরজা বন্ধ করে দিয়েছে",
            "ও ছুরি হাতে দাঁড়িয়ে আছে, মাছ কাটছে; দরজা বন্ধ করে দিয়েছে ঠান্ডার জন্য",
        ),
        # Bengali: the child next door alone at home two days, has eaten nothing; walks to school
        # alone
        (
            "bn",
            "পাশের বাসার বাচ্চাটা দুই দিন ধরে বাড়িতে একা, কিছু খায়নি",
            "পাশের বাসার বাচ্চাটা দুই দিন ধরে একা একা স্কুলে যাচ্ছে, খুব খুশি",
        ),
        # Bengali: the child was hit, blood from the head; the child kicked a ball, sweat from the
        # head
        (
            "bn",
            "বাচ্চাটাকে মেরেছে, মাথা থেকে রক্ত পড়ছে",
            "বাচ্চাটা বল মেরেছে, মাথা থেকে ঘাম পড়ছে",
        ),
        # Bengali: dad will marry me to my cousin back home, tickets bought; taking me to his
        # wedding
        (
            "bn",
            "আব্বা আমাকে দেশে চাচাতো ভাইয়ের সাথে বিয়ে দেবে, টিকিট কাটা হয়ে গেছে",
            "আব্বা আমাকে দেশে চাচাতো ভাইয়ের বিয়েতে নিয়ে যাবে, টিকিট কাটা হয়ে গেছে",
        ),
        # Bengali: my daughter to be cut back home in the holidays; my son's circumcision
        (
            "bn",
            "ছুটিতে দেশে নিয়ে গিয়ে আমার মেয়ের খতনা করাবে",
            "ছুটিতে দেশে নিয়ে গিয়ে আমার ছেলের খতনা করাবে",
        ),
        # Bengali: grandad's chest pain, not speaking; his back pain, not speaking in a sulk
        (
            "bn",
            "নানার বুকে ব্যথা, কথা বলছে না",
            "নানার পিঠে ব্যথা, রাগ করে কথা বলছে না",
        ),
        # Bengali: beating her to drive out a jinn; a prayer read to drive it out
        (
            "bn",
            "জিন তাড়ানোর জন্য ওকে মারছে",
            "জিন তাড়ানোর জন্য হুজুর দোয়া পড়ছে",
        ),
        # Bengali: the child upstairs alone three days, no parents, asking for food; at its nan's
        (
            "bn",
            "ওপরের ফ্ল্যাটের বাচ্চাটা তিন দিন ধরে একা, বাবা-মা কেউ নেই, খাবার চাইছে",
            "ওপরের ফ্ল্যাটের বাচ্চাটা তিন দিন ধরে নানুবাড়িতে, বাবা-মা সাথে আছে",
        ),
        # Bengali (Latin): cutting my own hand now, the blood won't stop; cutting my nails
        (
            "bn",
            "ami ekhon nijer hat katchi, rokto thamche na",
            "ami ekhon nijer nokh katchi, tarpor ranna korbo",
        ),
        # Bengali (Latin): cutting my own wrist, can't stop; cutting my own hair, can't get to a
        # salon
        (
            "bn",
            "ami ekhon nijer kobji katchi, thamate parchi na",
            "ami ekhon nijer chul katchi, salon e jete parchi na",
        ),
        # Bengali (Latin): just ate a whole box of tablets; a whole box of sweets
        (
            "bn",
            "ami ekhuni pura ek box oshudh kheye felechi",
            "ami ekhuni pura ek box mishti kheye felechi",
        ),
        # Bengali (Latin): he stands with a knife, has shut the door; cutting fish, door shut for
        # the cold
        (
            "bn",
            "o churi niye dariye ache, dorja bondho kore diyeche",
            "o churi niye dariye ache mach katar jonno, dorja bondho kore diyeche thandar jonno",
        ),
        # Bengali (Latin): the child next door alone two days, has eaten nothing; walks to school
        # alone
        (
            "bn",
            "pasher basar baccha ta dui din dhore eka, kichu khayni",
            "pasher basar baccha ta dui din dhore eka eka school e jacche, khub khushi",
        ),
        # Bengali (Latin): the child was hit, blood from the head; kicked a ball, sweat from the
        # head
        (
            "bn",
            "bacchatake mereche, matha theke rokto porche",
            "baccha ta ball mereche, matha theke gham porche",
        ),
        # Bengali (Latin): dad will marry me to my cousin, tickets bought; taking me to his
        # wedding
        (
            "bn",
            "abba amake deshe chachato bhai er sathe biye dibe, ticket kata hoye geche",
            "abba amake deshe chachato bhai er biye te niye jabe, ticket kata hoye geche",
        ),
        # Bengali (Latin): my daughter to be cut in the holidays; my son's circumcision
        (
            "bn",
            "chutite deshe niye giye amar meyer khotna korabe",
            "chutite deshe niye giye amar cheler khotna korabe",
        ),
        # Bengali (Latin): grandad's chest pain, not speaking; his back pain and a sulk
        (
            "bn",
            "nanar buke betha, kotha bolche na",
            "nanar pithe betha, rag kore kotha bolche na",
        ),
        # Bengali (Latin): beating her to drive out a jinn; a prayer read to drive it out
        (
            "bn",
            "jin tarate oke marche",
            "jin tarate hujur dua porche",
        ),
        # Bengali (Latin): put out of the house tonight with the child, where will I go; taken out
        # to eat
        (
            "bn",
            "shashuri bolse aj rate amake ar bacchake ghor theke ber kore dibe, kothay jabo",
            "shashuri bolse aj rate amake ar bacchake ghor theke ber kore restaurant e niye jabe",
        ),
        # Tamil: cutting my own hand now, the blood won't stop; cutting vegetables now
        (
            "ta",
            "நான் இப்போ என் கையை வெட்டிக்கிட்டு இருக்கேன், ரத்தம் நிக்கல",
            "நான் இப்போ காய்கறி வெட்டிக்கிட்டு இருக்கேன், சமையல் முடியல",
        ),
        # Tamil: just swallowed a whole box of tablets; just bought a box of tablets
        (
            "ta",
            "நான் இப்போதான் ஒரு பெட்டி மாத்திரை முழுசா சாப்பிட்டுட்டேன்",
            "நான் இப்போதான் ஒரு பெட்டி மாத்திரை வாங்கிட்டேன்",
        ),
        # Tamil: he stands with a knife, has locked the door; with a knife to cut vegetables
        (
            "ta",
            "அவன் கத்தியோட நிக்கிறான், கதவை பூட்டிட்டான்",
            "அவன் கத்தியோட நிக்கிறான் காய் வெட்ட, கதவை பூட்டிட்டான் குளிருக்கு",
        ),
        # Tamil: the child next door alone at home two days, no food; walks to school alone
        (
            "ta",
            "பக்கத்து வீட்டு குழந்தை ரெண்டு நாளா வீட்டுல தனியா இருக்கு, சாப்பாடு இல்ல",
            "பக்கத்து வீட்டு குழந்தை ரெண்டு நாளா தனியா ஸ்கூலுக்கு போகுது, ரொம்ப சந்தோஷம்",
        ),
        # Tamil: dad will marry me to my cousin back home, tickets bought; taking me to his
        # wedding
        (
            "ta",
            "அப்பா என்னை ஊர்ல மாமா பையனுக்கு கல்யாணம் பண்ணி வைக்கப் போறார், டிக்கெட் எடுத்தாச்சு",
            "அப்பா என்னை ஊர்ல மாமா பையன் கல்யாணத்துக்கு கூட்டிப் போறார், டிக்கெட் எடுத்தாச்சு",
        ),
        # Tamil: the in-laws have locked me in and taken my passport; locked up my bike
        (
            "ta",
            "மாமியார் வீட்டுல என்னை பூட்டி வச்சிருக்காங்க, என் பாஸ்போர்ட்டை எடுத்துக்கிட்டாங்க",
            "மாமியார் வீட்டுல என் சைக்கிளை பூட்டி வச்சிருக்காங்க, நான் பஸ்ல வரேன்",
        ),
        # Tamil: my daughter to be cut in the holidays; my son's circumcision
        (
            "ta",
            "லீவுல என் பொண்ணுக்கு கத்னா பண்ணப் போறாங்க",
            "லீவுல என் பையனுக்கு கத்னா பண்ணப் போறாங்க",
        ),
        # Tamil: grandad's chest pain, not speaking at all; his back pain and a sulk
        (
            "ta",
            "தாத்தாவுக்கு நெஞ்சு வலி, பேசவே இல்ல",
            "தாத்தாவுக்கு முதுகு வலி, கோவத்துல பேசவே இல்ல",
        ),
        # Tamil: beating her to drive out a spirit; a priest's chant to drive it out
        (
            "ta",
            "பேய் ஓட்டுறதுக்கு அவளை அடிக்கிறாங்க",
            "பேய் ஓட்டுறதுக்கு பூசாரி மந்திரம் சொல்றாரு",
        ),
        # Tamil (Latin): cutting my own hand now, the blood won't stop; cutting vegetables
        (
            "ta",
            "naan ippo en kaiya vettikittu irukken, ratham nikkala",
            "naan ippo kaaikari vettikittu irukken, samayal mudiyala",
        ),
        # Tamil (Latin): just swallowed a whole box of tablets; just bought a box
        (
            "ta",
            "naan ippo thaan oru box maathirai muzhusa saapttutten",
            "naan ippo thaan oru box maathirai vaangitten",
        ),
        # Tamil (Latin): tonight I'll take all the tablets; tonight I'll eat all the food
        (
            "ta",
            "innaikku raathiri ella maathiraiyum saapida poren",
            "innaikku raathiri ella saapadum saapida poren",
        ),
        # Tamil (Latin): my brother is beating mum now; my brother is calling mum now
        (
            "ta",
            "en annan ippo ammava adikkiraan",
            "en annan ippo ammava koopidaraan",
        ),
        # Tamil (Latin): he stands with a knife, has locked the door; to cut vegetables
        (
            "ta",
            "avan kaththiyoda nikkiraan, kadhava poottittaan",
            "avan kaththiyoda nikkiraan kaai vetta, kadhava poottittaan kulirukku",
        ),
        # Tamil (Latin): followed from the bus, he waits outside; followed on Instagram
        (
            "ta",
            "oruthan bus la irundhu ennai follow panni vandhu veliya wait panraan",
            "oruthan insta la ennai follow panni bus photo ku like panraan",
        ),
        # Tamil (Latin): the child next door alone two days, no food; walks to school alone
        (
            "ta",
            "pakkathu veettu kuzhandhai rendu naala veettula thaniya irukku, saappadu illa",
            "pakkathu veettu kuzhandhai rendu naala thaniya school ku poguthu, romba santhosham",
        ),
        # Tamil (Latin): the child was hit, blood from the head; kicked a ball, sweat from the
        # head
        (
            "ta",
            "kuzhandhaiya adichittaanga, thalaila irundhu ratham varudhu",
            "kuzhandhai ball adichittaan, thalaila irundhu vervai varudhu",
        ),
        # Tamil (Latin): dad will marry me to my cousin, tickets bought; taking me to his wedding
        (
            "ta",
            "appa ennai oorla maama paiyanukku kalyaanam panni vaikka poraaru, ticket eduthaachu",
            "appa ennai oorla maama paiyan kalyaanathukku kootittu poraaru, ticket eduthaachu",
        ),
        # Tamil (Latin): the in-laws locked me in and took my passport; locked up my bike
        (
            "ta",
            "maamiyar veettula ennai pootti vachirukkaanga, en passport eduthukkittaanga",
            "maamiyar veettula en cycle a pootti vachirukkaanga, naan bus la varen",
        ),
        # Tamil (Latin): my daughter to be cut in the holidays; my son's circumcision
        (
            "ta",
            "leave la en ponnukku katna panna poraanga",
            "leave la en paiyanukku katna panna poraanga",
        ),
        # Tamil (Latin): grandad's chest pain, not speaking; his back pain and a sulk
        (
            "ta",
            "thaathavukku nenju vali, pesave illa",
            "thaathavukku mudhugu vali, kovathula pesave illa",
        ),
        # Tamil (Latin): beating her to drive out a spirit; a priest's chant
        (
            "ta",
            "pei ottradhukku avala adikkiraanga",
            "pei ottradhukku poosari mandhiram solraaru",
        ),
        # Arabic: tonight I'll hang myself; tonight I'll watch myself in the video
        (
            "ar",
            "الليلة سأشنق نفسي",
            "الليلة سأشاهد نفسي في الفيديو",
        ),
        # Arabic: he stands with a knife and has locked the door; cutting meat, the door shut for
        # the cold
        (
            "ar",
            "واقف ومعه سكين وقفل الباب",
            "واقف ومعه سكين يقطع اللحم، وقفل الباب من البرد",
        ),
        # Arabic: a man following me from the bus waits outside; my friend catching me up
        (
            "ar",
            "رجل يلحقني من الباص وهو ينتظرني في الخارج",
            "صديقي يلحقني من الباص وهو ينتظرني في الخارج",
        ),
        # Arabic: the neighbours' child alone at home two days without food; walks to school alone
        (
            "ar",
            "طفل الجيران وحده في البيت منذ يومين بدون أكل",
            "طفل الجيران يمشي وحده إلى المدرسة منذ يومين وهو سعيد",
        ),
        # Arabic: they hit the child and his head is bleeding; the child kicked the ball, his head
        # sweats
        (
            "ar",
            "ضربوا الطفل ورأسه ينزف",
            "الطفل ضرب الكرة ورأسه يتعرق",
        ),
        # Arabic: dad will marry me to my cousin back home, tickets bought; taking me to his
        # wedding
        (
            "ar",
            "أبي سيزوجني لابن عمي في البلد وقد اشترى التذاكر",
            "أبي سيأخذني لعرس ابن عمي في البلد وقد اشترى التذاكر",
        ),
        # Arabic: they will cut my daughter in the holidays; circumcise my son
        (
            "ar",
            "سيختنون ابنتي في العطلة",
            "سيختنون ابني في العطلة",
        ),
        # Arabic: grandad has chest pain and doesn't speak; back pain, not speaking in a sulk
        (
            "ar",
            "جدي عنده ألم في صدره ولا يتكلم",
            "جدي عنده ألم في ظهره ولا يتكلم لأنه زعلان",
        ),
        # Arabic: they beat her to drive out the jinn; they read the ruqya over her
        (
            "ar",
            "يضربونها لإخراج الجن منها",
            "يقرؤون عليها الرقية لإخراج الجن منها",
        ),
        # Arabic: his family beat him until the jinn leaves him; they read over him
        (
            "ar",
            "أهله يضربونه حتى يخرج الجن منه",
            "أهله يقرؤون عليه حتى يخرج الجن منه",
        ),
        # Arabic (Latin): wounding myself now, the blood won't stop; trying myself at a recipe
        (
            "ar",
            "3am jarre7 7ali hala2 w el dam ma 3am ywa2ef",
            "3am jarreb 7ali hala2 b wasfe jdide",
        ),
        # Arabic (Latin): swallowed a whole box of pills; a whole box of chocolate
        (
            "ar",
            "bala3t 3elbet 7bob kamle hala2",
            "bala3t 3elbet chocolate kamle hala2",
        ),
        # Arabic (Latin): tonight I'll hang myself; tonight I'll wear myself out at work
        (
            "ar",
            "el leile ra7 esh2o2 7ali",
            "el leile ra7 esh2a 7ali bel shegel",
        ),
        # Arabic (Latin): tonight I'll take all the pills; tomorrow all the pills from the chemist
        (
            "ar",
            "el leile ra7 ekhod kel el 7bob",
            "bokra ra7 ekhod kel el 7bob mn el saydaliye",
        ),
        # Arabic (Latin): my husband is hitting me now; kicking the ball now
        (
            "ar",
            "jouzi 3am yedrebni hala2",
            "jouzi 3am yedrob el kora hala2",
        ),
        # Arabic (Latin): my brother is hitting my mum now; phoning my mum
        (
            "ar",
            "akhi 3am yedrob emmi hala2",
            "akhi 3am yedrob telefon la emmi hala2",
        ),
        # Arabic (Latin): my brother hitting my sister in the kitchen; phoning her
        (
            "ar",
            "akhi 3am yedrob ukhti bel matbakh hala2",
            "akhi 3am yedrob telefon la ukhti bel matbakh hala2",
        ),
        # Arabic (Latin): he stands with a knife and has locked the door; cutting meat
        (
            "ar",
            "wa2ef w ma3o sekkine w sakkar el bab",
            "wa2ef w ma3o sekkine 3am y2atte3 la7me w sakkar el bab mn el bard",
        ),
        # Arabic (Latin): the neighbours' boy alone two days, no food; walks to school alone
        (
            "ar",
            "ibn el jiran wa7do bel bet men yomen w ma fi akl",
            "ibn el jiran byemshi wa7do 3al madrase men yomen w mabsout",
        ),
        # Arabic (Latin): they hit the boy, his head is bleeding; the boy hit the ball, sweating
        (
            "ar",
            "darabo el walad w rase 3am ynazzef",
            "el walad darab el tabe w rase 3am ye3ra2",
        ),
        # Arabic (Latin): dad will marry me to my cousin, tickets bought; taking me to his wedding
        (
            "ar",
            "baba ra7 yjawezni la ibn 3ammi bel balad w ishtara el tazaker",
            "baba ra7 yekhedni 3a 3ers ibn 3ammi bel balad w ishtara el tazaker",
        ),
        # Arabic (Latin): my husband's family lock me in and took my papers; they love me
        (
            "ar",
            "ahl jouzi 3am y7bsouni bel bet w akhado awra2i",
            "ahl jouzi 3am y7ebbouni ktir w 3azamouni 3al bet",
        ),
        # Arabic (Latin): they will cut my daughter in the holidays; circumcise my son
        (
            "ar",
            "ra7 ya5tno binti bel 3otle",
            "ra7 ya5tno ebni bel 3otle",
        ),
        # Arabic (Latin): grandad's chest pain, not speaking; back pain and a sulk
        (
            "ar",
            "jeddi 3ando waja3 b sadro w ma 3am yi7ki",
            "jeddi 3ando waja3 b dahro w ma 3am yi7ki la2an za3lan",
        ),
        # Arabic (Latin): beating her to get the jinn out; reading a ruqya over her
        (
            "ar",
            "3am yedrbouha la ytal3o el jinn menha",
            "3am ye2rolha ro2ye la ytal3o el jinn menha",
        ),
        # Farsi: cutting my hand now, the blood won't stop; raising my hand for the teacher
        (
            "fa",
            "الان دارم دستمو می‌برم، خون بند نمیاد",
            "الان دارم دستمو می‌برم بالا که معلم ببینه",
        ),
        # Farsi: just ate a whole box of pills; a whole box of sweets
        (
            "fa",
            "همین الان یه جعبه قرص کامل خوردم",
            "همین الان یه جعبه شیرینی کامل خوردم",
        ),
        # Farsi: tonight I'll hang myself; tonight I'll get myself ready
        (
            "fa",
            "امشب خودمو دار می‌زنم",
            "امشب خودمو آماده می‌کنم",
        ),
        # Farsi: he stands with a knife and has locked the door; chopping onions
        (
            "fa",
            "با چاقو وایساده و درو قفل کرده",
            "با چاقو وایساده پیاز خرد می‌کنه و درو قفل کرده",
        ),
        # Farsi: a man followed me from the bus, waiting outside; a friend come to pick me up
        (
            "fa",
            "یه مرد از اتوبوس دنبالم کرده و بیرون منتظره",
            "دوستم از ایستگاه اومده دنبالم و بیرون منتظره",
        ),
        # Farsi: the neighbour's child alone at home two days, no food; walks to school alone
        (
            "fa",
            "بچه همسایه دو روزه تنها تو خونه‌ست و غذا نداره",
            "بچه همسایه دو روزه تنها میره مدرسه و خیلی خوشحاله",
        ),
        # Farsi: dad will marry me to my cousin in Iran, tickets bought; taking me to his wedding
        (
            "fa",
            "بابام می‌خواد منو به پسرعموم تو ایران شوهر بده، بلیط گرفته",
            "بابام می‌خواد منو به عروسی پسرعموم تو ایران ببره، بلیط گرفته",
        ),
        # Farsi: they want to cut my daughter in the holidays; circumcise my son
        (
            "fa",
            "می‌خوان دخترمو تو تعطیلات ختنه کنن",
            "می‌خوان پسرمو تو تعطیلات ختنه کنن",
        ),
        # Farsi: grandad has chest pain and doesn't speak; back pain and a sulk
        (
            "fa",
            "پدربزرگم درد قفسه سینه داره و حرف نمی‌زنه",
            "پدربزرگم درد کمر داره و از قهر حرف نمی‌زنه",
        ),
        # Farsi (Latin): cutting my hand now, the blood won't stop; raising my hand
        (
            "fa",
            "alan daram dastamo miboram, khoon band nemiad",
            "alan daram dastamo miboram bala ke moallem bebine",
        ),
        # Farsi (Latin): just ate a whole box of pills; a whole box of sweets
        (
            "fa",
            "hamin alan ye jabe ghors kamel khordam",
            "hamin alan ye jabe shirini kamel khordam",
        ),
        # Farsi (Latin): tonight I'll hang myself; tonight I'll get myself ready
        (
            "fa",
            "emshab khodamo dar mizanam",
            "emshab khodamo amade mikonam",
        ),
        # Farsi (Latin): tonight I'll take all my pills; tonight I'll eat all my dinner
        (
            "fa",
            "emshab hame ghorsamo mikhoram",
            "emshab hame shamamo mikhoram",
        ),
        # Farsi (Latin): my brother is beating mum now; calling her
        (
            "fa",
            "baradaram alan dare mamanamo mizane",
            "baradaram alan dare mamanamo sedaa mizane",
        ),
        # Farsi (Latin): he hit me and comes back tonight; he invited me and comes back tonight
        (
            "fa",
            "mano zad va emshab dobare miad",
            "mano davat kard va emshab dobare miad",
        ),
        # Farsi (Latin): he stands with a knife, has locked the door; chopping onions
        (
            "fa",
            "ba chaghoo vaysade va daro ghofl karde",
            "ba chaghoo vaysade piaz khord mikone va daro ghofl karde",
        ),
        # Farsi (Latin): a man followed me from the bus, waiting outside; a friend come to pick me
        # up
        (
            "fa",
            "ye mard az otoboos donbalam karde va biroon montazere",
            "doostam az istgah oomade donbalam va biroon montazere",
        ),
        # Farsi (Latin): the neighbour's child alone two days, no food; walks to school alone
        (
            "fa",
            "bache hamsaye do rooze tanha too khoonast va ghaza nadare",
            "bache hamsaye do rooze tanha mire madrese va kheili khoshhale",
        ),
        # Farsi (Latin): they hit the child, blood from his head; he kicked a ball, sweat
        (
            "fa",
            "bache ro zadan, az saresh khoon miad",
            "bache toop zad, az saresh aragh miad",
        ),
        # Farsi (Latin): dad will marry me to my cousin in Iran, tickets bought; to his wedding
        (
            "fa",
            "babam mikhad mano be pesar amoom too iran shohar bede, belit gerefte",
            "babam mikhad mano be aroosi pesar amoom too iran bebare, belit gerefte",
        ),
        # Farsi (Latin): husband's family locked me in, took my papers; had me to a party, took
        # photos
        (
            "fa",
            "khanevade shoharam mano too khoone zendani kardan va madarekamo gereftan",
            "khanevade shoharam mano too khoone mehmooni kardan va aksamo gereftan",
        ),
        # Farsi (Latin): they want to cut my daughter in the holidays; circumcise my son
        (
            "fa",
            "mikhan dokhtaramo too tatilat khatne konan",
            "mikhan pesaramo too tatilat khatne konan",
        ),
        # Farsi (Latin): grandad has chest pain and doesn't speak; back pain and a sulk
        (
            "fa",
            "pedarbozorgam dard ghafase sine dare va harf nemizane",
            "pedarbozorgam dard kamar dare va az ghahr harf nemizane",
        ),
        # Farsi (Latin): they beat her to drive out a jinn; they pray over her
        (
            "fa",
            "baraye biroon kardan jen kotakesh mizanan",
            "baraye biroon kardan jen barash doa mikhoonan",
        ),
        # Turkish: just swallowed all of a box of pills; ate all of a box of chocolates
        (
            "tr",
            "az önce bir kutu hapın hepsini yuttum",
            "az önce bir kutu çikolatanın hepsini yedim",
        ),
        # Turkish: my brother is beating my mum now; praising her
        (
            "tr",
            "abim şu an annemi dövüyor",
            "abim şu an annemi övüyor",
        ),
        # Turkish: standing with a knife, has locked the door; cutting bread
        (
            "tr",
            "elinde bıçakla duruyor ve kapıyı kilitledi",
            "elinde bıçakla duruyor, ekmek kesiyor ve kapıyı kilitledi",
        ),
        # Turkish: a man after me since the bus waits outside; a man reading since the bus
        (
            "tr",
            "bir adam otobüsten beri peşimde, şimdi dışarıda bekliyor",
            "bir adam otobüsten beri kitap okuyor, şimdi dışarıda bekliyor",
        ),
        # Turkish: the neighbour's child alone at home two days, no food; walks to school alone
        (
            "tr",
            "komşunun çocuğu iki gündür evde yalnız, yiyecek bir şey yok",
            "komşunun çocuğu iki gündür okula yalnız gidiyor, çok mutlu",
        ),
        # Turkish: they hit the child, blood from the head; the child kicked a ball, sweat
        (
            "tr",
            "çocuğa vurdular, kafasından kan akıyor",
            "çocuk topa vurdu, kafasından ter akıyor",
        ),
        # Turkish: dad will marry me to my cousin back home, tickets bought; taking me to her
        # wedding
        (
            "tr",
            "babam beni memlekette kuzenimle evlendirecek, biletleri aldı",
            "babam beni memlekette kuzenimin düğününe götürecek, biletleri aldı",
        ),
        # Turkish: my uncle will marry me to my cousin in Turkey this summer; to her wedding
        (
            "tr",
            "amcam beni yazın Türkiye'de kuzenimle evlendirecek, biletleri aldı",
            "amcam beni yazın Türkiye'de kuzenimin düğününe götürecek, biletleri aldı",
        ),
        # Turkish: my family want to marry me off by force; forced marriage asked about in general
        (
            "tr",
            "ailem beni zorla evlendirmek istiyor, yardım edin",
            "polisin zorla evlendirme konusunda nasıl "
            "çalıştığını merak ediyorum, genel olarak soruyorum",
        ),
        # Turkish: they will have my daughter cut in the holidays; my son circumcised
        (
            "tr",
            "tatilde kızımı sünnet ettirecekler",
            "tatilde oğlumu sünnet ettirecekler",
        ),
        # Turkish: grandad has chest pain and doesn't speak; back pain and a sulk
        (
            "tr",
            "dedemin göğsünde ağrı var ve konuşmuyor",
            "dedemin belinde ağrı var ve bana küs, konuşmuyor",
        ),
        # Turkish: beating her to drive out the jinn; praying over her
        (
            "tr",
            "cini çıkarmak için onu dövüyorlar",
            "cini çıkarmak için ona dua okuyorlar",
        ),
        # Kurdish: cutting my own hand now, the blood won't stop; cutting my nails
        (
            "ku",
            "niha destê xwe dibirim û xwîn naraweste",
            "niha neynûkên xwe dibirim û paşê xwarinê çêdikim",
        ),
        # Kurdish: just swallowed a box of pills, all of it; ate a box of sweets
        (
            "ku",
            "min niha qutiyek heb hemû daqurtand",
            "min niha qutiyek şîranî hemû xwar",
        ),
        # Kurdish: tonight I'll take all the pills; tonight I'll eat all the food
        (
            "ku",
            "îşev ez ê hemû heban bixwim",
            "îşev ez ê hemû xwarinê bixwim",
        ),
        # Kurdish: my brother is hitting my mum now; phoning her
        (
            "ku",
            "birayê min niha li diya min dide",
            "birayê min niha telefon li diya min dide",
        ),
        # Kurdish: a knife in his hand and the door locked; cutting meat
        (
            "ku",
            "kêr di destê wî de ye û derî kilît kiriye",
            "kêr di destê wî de ye, goşt dibire û derî kilît kiriye",
        ),
        # Kurdish: a man following me from the bus waits outside; my friend does
        (
            "ku",
            "zilamek ji otobusê ve li pey min tê û niha li derve li benda min e",
            "hevalê min ji otobusê ve li pey min tê û niha li derve li benda min e",
        ),
        # Kurdish: the neighbours' child alone at home two days, no food; walks to school alone
        (
            "ku",
            "zarokê cîranan du roj in bi tenê li malê ye, xwarin tune",
            "zarokê cîranan du roj in bi tenê diçe dibistanê, pir kêfxweş e",
        ),
        # Kurdish: they hit the child, blood from his head; the child kicked a ball, sweat
        (
            "ku",
            "li zarok xistin, ji serê wî xwîn tê",
            "zarok li topê xist, ji serê wî xwêdan tê",
        ),
        # Kurdish: dad will marry me to my cousin back home, tickets bought; taking me to his
        # wedding
        (
            "ku",
            "bavê min dê min li welat bi pismamê min re bizewicîne, bilêt kirîne",
            "bavê min dê min bibe daweta pismamê min li welat, bilêt kirîne",
        ),
        # Kurdish: my husband's family shut me in and took my papers; had me as a guest, took
        # photos
        (
            "ku",
            "malbata mêrê min min li malê girtine û belgeyên min standine",
            "malbata mêrê min min li malê mêvan kirine û wêneyên min kişandine",
        ),
        # Kurdish: they will cut my daughter in the holidays; circumcise my son
        (
            "ku",
            "di betlaneyê de dê keça min sunet bikin",
            "di betlaneyê de dê kurê min sunet bikin",
        ),
        # Kurdish: grandad's chest hurts and he doesn't speak; his back hurts and he sulks
        (
            "ku",
            "bapîrê min sînga wî diêşe û naaxive",
            "bapîrê min pişta wî diêşe û ji ber ku xeyidiye naaxive",
        ),
        # Kurdish: they beat her to drive the jinn out; they read prayers
        (
            "ku",
            "ji bo ku cinan ji wê derxin lê dixin",
            "ji bo ku cinan ji wê derxin dua dixwînin",
        ),
        # Pashto: cutting my own hand now, the blood won't stop; cutting my nails
        (
            "ps",
            "زه اوس خپل لاس پرې کوم، وینه نه دریږي",
            "زه اوس خپل نوکان پرې کوم، بیا ډوډۍ پخوم",
        ),
        # Pashto: just ate a whole box of pills; a whole box of sweets
        (
            "ps",
            "ما اوس د ګولیو یو بکس ټول وخوړ",
            "ما اوس د خوږو یو بکس ټول وخوړ",
        ),
        # Pashto: tonight I'll take all the pills; tonight I'll eat all the bread
        (
            "ps",
            "نن شپه ټولې ګولۍ خورم",
            "نن شپه ټوله ډوډۍ خورم",
        ),
        # Pashto: a knife in his hand and the door shut; cutting onions
        (
            "ps",
            "چاقو یې په لاس کې دی او دروازه یې بنده کړې",
            "چاقو یې په لاس کې دی، پیاز پرې کوي او دروازه یې بنده کړې",
        ),
        # Pashto: a man came after me from the bus, waits outside; my friend did
        (
            "ps",
            "یو سړی له بس څخه زما پسې راغلی او بهر انتظار کوي",
            "ملګری مې له بس څخه زما پسې راغلی او بهر انتظار کوي",
        ),
        # Pashto: the neighbour's child alone at home two days, no food; walks to school alone
        (
            "ps",
            "د ګاونډي ماشوم دوه ورځې په کور کې یوازې دی، ډوډۍ نشته",
            "د ګاونډي ماشوم دوه ورځې یوازې ښوونځي ته ځي، ډېر خوشحاله دی",
        ),
        # Pashto: they hit the child, blood from the head; the child kicked a ball, sweat
        (
            "ps",
            "ماشوم یې وواهه، له سره یې وینه بهیږي",
            "ماشوم توپ ووهه، له سره یې خوله بهیږي",
        ),
        # Pashto: dad will marry me to my cousin back home, tickets bought; taking me to the
        # wedding
        (
            "ps",
            "پلار مې غواړي ما په وطن کې د تره زوی ته واده کړي، ټکټونه یې اخیستي",
            "پلار مې غواړي ما په وطن کې د تره زوی واده ته بوځي، ټکټونه یې اخیستي",
        ),
        # Pashto: my daughter to be cut in the holidays; my son circumcised
        (
            "ps",
            "په رخصتیو کې به زما لور سنت کړي",
            "په رخصتیو کې به زما زوی سنت کړي",
        ),
        # Pashto: grandad has chest pain and doesn't speak; back pain and a sulk
        (
            "ps",
            "نیکه مې د سینې درد لري او خبرې نه کوي",
            "نیکه مې د ملا درد لري او له خپګانه خبرې نه کوي",
        ),
        # Pashto: they beat her to drive out a jinn; they breathe prayers over her
        (
            "ps",
            "د جن ایستلو لپاره یې وهي",
            "د جن ایستلو لپاره یې دم کوي",
        ),
        # Somali: a brother beating my mother now; knocking on the door for her
        (
            "so",
            "Walaalkay hadda ayuu hooyaday garaacayaa",
            "Walaalkay hadda ayuu hooyaday albaabka u garaacayaa",
        ),
        # Somali: he holds a knife and has locked the door; a knife to cut the meat, the door
        # opened
        (
            "so",
            "Mindi ayuu sitaa oo taagan yahay, albaabkana wuu xiray",
            "Mindi ayuu sitaa oo hilibka ayuu jarayaa, albaabkana wuu furay",
        ),
        # Somali: a man followed me from the bus and waits outside; my son followed me, now in the
        # shop
        (
            "so",
            "Nin ayaa iga soo daba galay baska, hadda bannaanka ayuu ii sugayaa",
            "Wiilkayga ayaa iga soo daba galay baska, hadda dukaanka ayuu joogaa",
        ),
        # Somali: a small child alone at home two days without food; alone two hours with food
        (
            "so",
            "Ilmo yar ayaa guriga keligiis joogay laba maalmood cunto la'aan",
            "Ilmo yar ayaa guriga keligiis joogay laba saacadood, cunto badan ayuu haystay",
        ),
        # Somali: the boy beaten and bleeding from the head; washed and water running from his
        # head
        (
            "so",
            "Wiilka waa la garaacay, madaxa ayaa dhiig ka imanaya",
            "Wiilka waa la dhaqay, madaxa ayaa biyo ka imanaya",
        ),
        # Somali: dad will marry me off to my cousin abroad, tickets bought; dad will buy tickets
        # to visit
        (
            "so",
            "Aabbahay wuxuu rabaa inuu ii guuriyo ina adeerkay oo dibadda jooga, tigidhada "
            "waa la iibsaday",
            "Aabbahay wuxuu rabaa inuu ii soo diro ina adeerkay oo dibadda jooga, tigidhada "
            "waa la iibsaday",
        ),
        # Somali: grandad's chest hurts and he is not speaking; his knee hurts and he is sulking
        (
            "so",
            "Awoowe laabta ayaa ku xanuunaysa, mana hadlayo",
            "Awoowe jilibka ayaa ku xanuunaya, mana hadlayo",
        ),
        # Somali: they beat her to drive out a jinn; they read the Quran over her for it
        (
            "so",
            "Way garaaceen si jinka looga saaro",
            "Way u akhriyeen Quraanka si jinka looga saaro",
        ),
        # Somali: an aunt coming to cut my little sisters, 6 and 9, the writer against it; coming
        # to see them
        (
            "so",
            "Eeddaday ayaa toddobaadka soo socda ka imanaysa Hargeysa si loo gudo walaalahay "
            "yaryar oo 6 iyo 9 jir ah. Hooyo way ogolaatay. Aniga ma rabo in la sameeyo.",
            "Eeddaday ayaa toddobaadka soo socda ka imanaysa Hargeysa si ay u aragto "
            "walaalahay yaryar oo 6 iyo 9 jir ah. Hooyo way ogolaatay. Aniga ma rabo inay "
            "dhaqso u tagto.",
        ),
        # Tigrinya: a whole box of pills swallowed; bought
        (
            "ti",
            "ሓደ ሳንዱቕ ከኒና ብምሉኡ ወሒጠ",
            "ሓደ ሳንዱቕ ከኒና ብምሉኡ ገዚአ",
        ),
        # Tigrinya: tonight I'll swallow all the pills; I'll buy them
        (
            "ti",
            "ሎሚ ለይቲ ኩሉ ከኒና ክውሕጦ እየ",
            "ሎሚ ለይቲ ኩሉ ከኒና ክገዝኦ እየ",
        ),
        # Tigrinya: my brother is beating my mother now; phoning her
        (
            "ti",
            "ሓወይ ንኣደይ ሕጂ ይወቕዓ ኣሎ",
            "ሓወይ ንኣደይ ሕጂ ይድውለላ ኣሎ",
        ),
        # Tigrinya: he holds a knife, the door locked; cutting meat with it
        (
            "ti",
            "ካራ ሒዙ ደው ኢሉ ኣሎ፣ ማዕጾ ዓጽዩዎ",
            "ካራ ሒዙ ስጋ ይቖርጽ ኣሎ፣ ማዕጾ ዓጽዩዎ",
        ),
        # Tigrinya: a man followed me from the bus and waits outside; my son, waiting at home
        (
            "ti",
            "ሓደ ሰብኣይ ካብ ኣውቶቡስ ተኸቲሉኒ፣ ኣብ ደገ ይጽበየኒ ኣሎ",
            "ወደይ ካብ ኣውቶቡስ ተኸቲሉኒ፣ ኣብ ገዛ ይጽበየኒ ኣሎ",
        ),
        # Tigrinya: a child alone at home two days with no food; two hours, with food
        (
            "ti",
            "ሓደ ቆልዓ ንክልተ መዓልቲ በይኑ ኣብ ገዛ ኣሎ፣ ምግቢ የብሉን",
            "ሓደ ቆልዓ ንክልተ ሰዓት በይኑ ኣብ ገዛ ኣሎ፣ ምግቢ ኣለዎ",
        ),
        # Tigrinya: a child beaten, bleeding from the head; washed, water running from the head
        (
            "ti",
            "ቆልዓ ተወቒዑ ካብ ርእሱ ደም ይፈሶ ኣሎ",
            "ቆልዓ ተሓጺቡ ካብ ርእሱ ማይ ይፈሶ ኣሎ",
        ),
        # Tigrinya: dad will marry me off to my cousin abroad, ticket bought; the cousin will
        # visit
        (
            "ti",
            "ኣቦይ ምስ ወዲ ኣኮይ ኣብ ወጻኢ ከመርዓወኒ እዩ፣ ትኬት ገዚኡ",
            "ኣቦይ ምስ ወዲ ኣኮይ ኣብ ወጻኢ ክበጽሓኒ እዩ፣ ትኬት ገዚኡ",
        ),
        # Tigrinya: my daughter to be cut in the holidays; my son circumcised in the holidays
        (
            "ti",
            "ጓለይ ኣብ ዕረፍቲ ክትግዘር እያ",
            "ወደይ ኣብ ዕረፍቲ ክግዘር እዩ",
        ),
        # Tigrinya: a mother-in-law who wants to cut my daughter, the writer against it; to buy
        # her a dress
        (
            "ti",
            "ሰላም። ሓማተይ ንጓለይ ክትገዝራ ትደሊ ኣላ፣ ሰንበት ኣብ ገዛ ክገብሩላ እዮም። ኣነ ኣይደለኹን ግን ሰብኣየይ ምሳኣ እዩ። "
            "በጃኹም ሓግዙኒ።",
            "ሰላም። ሓማተይ ንጓለይ ክዳን ክትገዝኣላ ትደሊ ኣላ፣ ሰንበት ኣብ ገዛ ክገብሩላ እዮም። ኣነ ኣይደለኹን ግን ሰብኣየይ ምሳኣ እዩ።",
        ),
        # Tigrinya: grandad's chest hurts and he is not speaking; his knee hurts
        (
            "ti",
            "ኣቦሓጎይ ኣፍልቡ የሕምሞ ኣሎ፣ ኣይዛረብን ኣሎ",
            "ኣቦሓጎይ ብርኩ የሕምሞ ኣሎ፣ ኣይዛረብን ኣሎ",
        ),
        # Tigrinya: beating her to drive out a spirit; praying for her
        (
            "ti",
            "ጋኔን ከውጽኡ ኢሎም ይወቕዕዋ ኣለዉ",
            "ጋኔን ከውጽኡ ኢሎም ይጽልዩላ ኣለዉ",
        ),
        # Amharic: cutting myself now, the blood won't stop; cutting the bread, the knife won't
        # cut
        (
            "am",
            "አሁን ራሴን እየቆረጥኩ ነው ደሙ አይቆምም",
            "አሁን ዳቦውን እየቆረጥኩ ነው ቢላው አይቆርጥም",
        ),
        # Amharic: tonight I'll swallow all the pills; buy them
        (
            "am",
            "ዛሬ ማታ ኪኒኖቹን በሙሉ እውጣለሁ",
            "ዛሬ ማታ ኪኒኖቹን በሙሉ እገዛለሁ",
        ),
        # Amharic: my husband is beating me now; beating the carpet
        (
            "am",
            "ባሌ አሁን እየደበደበኝ ነው",
            "ባሌ አሁን ምንጣፉን እየደበደበ ነው",
        ),
        # Amharic: my brother is beating my mother now; helping her
        (
            "am",
            "ወንድሜ እናቴን አሁን እየደበደባት ነው",
            "ወንድሜ እናቴን አሁን እየረዳት ነው",
        ),
        # Amharic: he holds a knife and has locked the door; cutting meat
        (
            "am",
            "ቢላ ይዞ ቆሟል በሩንም ቆልፎታል",
            "ቢላ ይዞ ስጋ እየቆረጠ ነው በሩንም ቆልፎታል",
        ),
        # Amharic: a man followed me from the bus and waits outside; my son, the full stop joined
        # on
        (
            "am",
            "አንድ ሰው ከአውቶቡሱ ጀምሮ ተከተለኝ፣ ውጭ እየጠበቀኝ ነው",
            "ልጄ ከአውቶቡሱ ጀምሮ አብሮኝ መጣ፣ ቤት እየጠበቀኝ ነው",
        ),
        # Amharic: a child alone at home two days, no food; two hours, with food
        (
            "am",
            "አንድ ልጅ ለሁለት ቀን ብቻውን ቤት ውስጥ ነው ምግብ የለውም",
            "አንድ ልጅ ለሁለት ሰዓት ብቻውን ቤት ውስጥ ነው ምግብ አለው",
        ),
        # Amharic: the child hit and bleeding from the head; washed, water running from the head
        (
            "am",
            "ልጁ ተመትቶ ከጭንቅላቱ ደም እየፈሰሰው ነው",
            "ልጁ ታጥቦ ከጭንቅላቱ ውሃ እየፈሰሰው ነው",
        ),
        # Amharic: dad will marry me off to my cousin abroad, ticket bought; introduce me to him
        (
            "am",
            "አባቴ ውጭ ሀገር ካለው የአጎቴ ልጅ ጋር ሊድረኝ ነው፣ ትኬት ተገዝቷል",
            "አባቴ ውጭ ሀገር ካለው የአጎቴ ልጅ ጋር ሊያገናኘኝ ነው፣ ትኬት ተገዝቷል",
        ),
        # Amharic: my daughter to be cut in the holidays; my son
        (
            "am",
            "ልጄን በእረፍት ጊዜ ሊገርዟት ነው",
            "ልጄን በእረፍት ጊዜ ሊገርዙት ነው",
        ),
        # Amharic: grandad's chest hurts, he cannot speak; his knee hurts, he cannot walk
        (
            "am",
            "አያቴ ደረቱን እያመመው ነው፣ መናገር አልቻለም",
            "አያቴ ጉልበቱን እያመመው ነው፣ መራመድ አልቻለም",
        ),
        # Amharic: beating her to drive out a jinn; praying for her
        (
            "am",
            "ጂኒ ለማውጣት እየደበደቧት ነው",
            "ጂኒ ለማውጣት እየጸለዩላት ነው",
        ),
        # Twi: cutting myself now, the blood won't stop; cutting my hair now
        (
            "tw",
            "Meretwa me ho seesei na mogya no nnyae",
            "Meretwa me nwi seesei na ɛnnyae",
        ),
        # Twi: swallowed all the pills in the box now; took them as the doctor said
        (
            "tw",
            "Mamene nnuru adaka mu nyinaa seesei",
            "Manom nnuru no nyinaa sɛnea dokota ka",
        ),
        # Twi: tonight I'll take all the pills; tonight I'll buy all the medicine
        (
            "tw",
            "Anadwo yi mɛnom nnuru no nyinaa",
            "Anadwo yi mɛtɔ nnuru no nyinaa",
        ),
        # Twi: my husband is beating me now; telling me now
        (
            "tw",
            "Me kunu rebɔ me seesei",
            "Me kunu rebɔ me amanneɛ seesei",
        ),
        # Twi: my brother is beating my mother now; telling her the news
        (
            "tw",
            "Me nuabarima rebɔ me maame seesei",
            "Me nuabarima rebɔ me maame amanneɛ seesei",
        ),
        # Twi: he holds a knife and has locked the door; cutting meat
        (
            "tw",
            "Ɔkura sekan gyina hɔ na wato ɔpon no mu",
            "Ɔkura sekan twa nam na wato ɔpon no mu",
        ),
        # Twi: a man followed me from the bus and waits outside; my son, waiting at home
        (
            "tw",
            "Ɔbarima bi di m'akyi fi bɔɔs no mu, na ɔretwɛn me abɔnten",
            "Me babarima di m'akyi fi bɔɔs no mu, na ɔretwɛn me fie",
        ),
        # Twi: a child alone at home two days with no food; an hour, with food
        (
            "tw",
            "Abofra bi da fie ne nko nnanu a onni aduane",
            "Abofra bi da fie ne nko dɔnhwere baako, na ɔwɔ aduane",
        ),
        # Twi: the child beaten and bleeding from the head; named, water from the head
        (
            "tw",
            "Wɔbɔɔ abofra no na mogya firi ne ti mu",
            "Wɔbɔɔ abofra no din na nsuo firi ne ti mu",
        ),
        # Twi: dad will marry me to my cousin abroad, ticket bought; give me money there
        (
            "tw",
            "Me papa bɛma me aware me wɔfa ba wɔ aburokyire, wɔatɔ tikiti",
            "Me papa bɛma me sika wɔ aburokyire, wɔatɔ tikiti",
        ),
        # Twi: in-laws lock me in at home and took my papers; came home and took my letter
        (
            "tw",
            "Me kunu abusuafoɔ to me mu wɔ fie na wɔagye me krataa",
            "Me kunu abusuafoɔ baa fie na wɔagye me krataa no",
        ),
        # Twi: they want to do FGM on my daughter in the holidays; my son's circumcision
        (
            "tw",
            "Wɔpɛ sɛ wɔyɛ me babea no FGM wɔ akwamma no mu",
            "Wɔpɛ sɛ wɔyɛ me babarima no circumcision wɔ akwamma no mu",
        ),
        # Twi: grandad's chest hurts and he does not speak; his leg hurts
        (
            "tw",
            "Me nanabarima ne koko yɛ no yaw na ɔnkasa",
            "Me nanabarima ne nan yɛ no yaw na ɔnkasa",
        ),
        # Twi: beating her to cast out an evil spirit; praying for her
        (
            "tw",
            "Wɔrebɔ no sɛ wɔretu honhom bɔne",
            "Wɔrebɔ no mpae sɛ wɔretu honhom bɔne",
        ),
        # Twi: a little sister called a witch, not fed and beaten; the aunt says she is clever
        (
            "tw",
            "Mepa wo kyɛw, me wɔfa yere ka sɛ me nuabaa ketewa no yɛ bayifoɔ, enti wɔmma no "
            "aduane nnansa ni, na wɔbɔ no anadwo biara. Ɔyɛ mfeɛ awotwe pɛ.",
            "Mepa wo kyɛw, me wɔfa yere ka sɛ me nuabaa ketewa no yɛ nyansafoɔ, enti wɔma no "
            "aduane pii, na wɔkyerɛ no ade anadwo biara. Ɔyɛ mfeɛ awotwe pɛ.",
        ),
        # Yoruba: swallowed all the pills in a box; bought
        (
            "yo",
            "Mo ti gbe gbogbo oogun inu paali kan mi",
            "Mo ti ra gbogbo oogun inu paali kan",
        ),
        # Yoruba: tonight I'll swallow all my medicine; tonight I'll buy it
        (
            "yo",
            "Ale yi ni maa gbe gbogbo oogun mi",
            "Ale yi ni maa ra gbogbo oogun mi",
        ),
        # Yoruba: my brother is beating my mother now; greeting her
        (
            "yo",
            "Egbon mi n lu iya mi bayii",
            "Egbon mi n ki iya mi bayii",
        ),
        # Yoruba: he stands with a knife, the door locked; cutting meat
        (
            "yo",
            "O duro pelu obe, o ti ti ilekun pa",
            "O duro pelu obe, o n ge eran, o ti ti ilekun pa",
        ),
        # Yoruba: a man followed me from the bus, waits outside; my child followed me
        (
            "yo",
            "Okunrin kan tele mi lati bosi, o n duro de mi ni ita",
            "Omo mi tele mi lati bosi, o n duro de mi ni ita",
        ),
        # Yoruba: they beat the child, blood from the head; rang a bell for the child
        (
            "yo",
            "Won lu omo naa, eje n jade lori re",
            "Won lu agogo fun omo naa, ewa n jade lori ina",
        ),
        # Yoruba: dad will give me to his brother's son abroad, ticket bought; give money to him
        (
            "yo",
            "Baba mi fe fi mi fun omo egbon re ni oke okun, won ti ra tiketi",
            "Baba mi fe fi owo fun omo egbon re ni oke okun, won ti ra tiketi",
        ),
        # Yoruba: in-laws locked me in the house and took my papers; came in with me, took my book
        (
            "yo",
            "Awon ana mi ti mi mo inu ile, won gba iwe mi",
            "Awon ana mi ba mi wo inu ile, won gba iwe mi",
        ),
        # Yoruba: grandad's chest hurts, he cannot speak; his leg hurts, he cannot walk
        (
            "yo",
            "Baba agba n ro aya, ko le soro",
            "Baba agba n ro ese, ko le rin",
        ),
        # Yoruba: beating her to drive out a spirit; praying for her
        (
            "yo",
            "Won n lu u lati le emi esu jade",
            "Won n gbadura fun u lati le emi esu jade",
        ),
        # Lingala: cutting my body now, the blood won't stop; cutting my hair now
        (
            "ln",
            "Nazali kokata nzoto na ngai sikoyo, makila ezali kotelema te",
            "Nazali kokata nsuki na ngai sikoyo, ezali kotelema te",
        ),
        # Lingala: swallowed all the pills in the box; bought
        (
            "ln",
            "Namelaki bakisi nyonso ya sanduku mobimba",
            "Nasombaki bakisi nyonso ya sanduku mobimba",
        ),
        # Lingala: tonight I'll take all the pills; as the doctor said
        (
            "ln",
            "Lelo na butu nakomela bakisi nyonso",
            "Lelo na butu nakomela bakisi nyonso ndenge monganga alobaki",
        ),
        # Lingala: my husband is beating me now; phoning me now
        (
            "ln",
            "Mobali na ngai azali kobeta ngai sikoyo",
            "Mobali na ngai azali kobeta ngai telefone sikoyo",
        ),
        # Lingala: my brother is beating mum now; phoning her
        (
            "ln",
            "Ndeko na ngai ya mobali azali kobeta mama sikoyo",
            "Ndeko na ngai ya mobali azali kobeta mama telefone sikoyo",
        ),
        # Lingala: he stands with a knife and has locked the door; to cut meat
        (
            "ln",
            "Atelemi na mbeli mpe akangi porte",
            "Atelemi na mbeli mpo na kokata niama mpe akangi porte",
        ),
        # Lingala: a man followed me from the bus, waits outside; my child, waiting at home
        (
            "ln",
            "Mobali moko alandi ngai banda na bisi, azali kozela ngai libanda",
            "Mwana na ngai alandi ngai banda na bisi, azali kozela ngai na ndako",
        ),
        # Lingala: a child alone at home two days, no food; two hours, food there
        (
            "ln",
            "Mwana moko azali ye moko na ndako mikolo mibale, bilei te",
            "Mwana moko azali ye moko na ndako ngonga mibale, bilei ezali",
        ),
        # Lingala: they beat the child, blood from the head; they played the drum for the child
        (
            "ln",
            "Babeti mwana, makila ezali kobima na moto",
            "Babeti mwana mbonda na feti",
        ),
        # Lingala: dad will marry me off to his cousin's son abroad, ticket bought; send me to
        # visit
        (
            "ln",
            "Papa alingi kobalisa ngai na mwana ya noko na ye na Poto, basili kosomba tike",
            "Papa alingi kotinda ngai epai ya mwana ya noko na ye na Poto, basili kosomba tike",
        ),
        # Lingala: in-laws locked me in the house, took my papers; came to the house, took my
        # letters
        (
            "ln",
            "Bokilo na ngai bakangi ngai na ndako, bazwi mikanda na ngai",
            "Bokilo na ngai bayei na ndako, bazwi mikanda na ngai",
        ),
        # Lingala: they want to do excision on my daughter in the holidays; a party for her
        (
            "ln",
            "Balingi kosala excision na mwana na ngai ya mwasi na vakanse",
            "Balingi kosala feti na mwana na ngai ya mwasi na vakanse",
        ),
        # Lingala: grandad has chest pain and is not speaking; pain in the leg
        (
            "ln",
            "Koko azali na pasi na ntolo, azali koloba te",
            "Koko azali na pasi na lokolo, azali koloba te",
        ),
        # Lingala: beating him to drive out an evil spirit; praying for him
        (
            "ln",
            "Bazali kobeta ye mpo na kobengana molimo mabe",
            "Bazali kobondela ye mpo na kobengana molimo mabe",
        ),
        # Lingala: a little brother called a witch, beaten and not fed; called clever and fed
        (
            "ln",
            "Mama na ngai alobi ete leki na ngai ya mobali azali ndoki. Babeti ye mpe bapesi "
            "ye bilei te banda lobi. Pasteur akoya lelo na butu mpo na kobengana molimo mabe. "
            "Azali na mibu zomi.",
            "Mama na ngai alobi ete leki na ngai ya mobali azali mayele. Bapesi ye bilei "
            "banda lobi. Pasteur akoya lelo na butu mpo na kobondela. Azali na mibu zomi.",
        ),
        # Tagalog: tonight I'll drink all the medicine; buy it
        (
            "tl",
            "Mamayang gabi iinumin ko lahat ng gamot",
            "Mamayang gabi bibilhin ko lahat ng gamot",
        ),
        # Tagalog: my brother is hurting mum now; keeping her company
        (
            "tl",
            "Sinasaktan ng kuya ko si mama ngayon",
            "Sinasamahan ng kuya ko si mama ngayon",
        ),
        # Tagalog: he holds a knife and locked the door; cooking
        (
            "tl",
            "May hawak siyang kutsilyo at ni-lock niya ang pinto",
            "May hawak siyang kutsilyo kasi nagluluto siya, ni-lock niya ang pinto",
        ),
        # Tagalog: a man followed me from the bus and waits outside; a child, waiting inside
        (
            "tl",
            "May lalaking sumunod sa akin mula sa bus at naghihintay siya sa labas",
            "May batang sumunod sa akin mula sa bus at naghihintay siya sa loob",
        ),
        # Tagalog: a child alone at home two days, no food; two hours, food there
        (
            "tl",
            "May batang mag-isa sa bahay nang dalawang araw, walang pagkain",
            "May batang mag-isa sa bahay nang dalawang oras, may pagkain naman",
        ),
        # Tagalog: my daughter to be cut in the holidays; my son circumcised
        (
            "tl",
            "Ipapatuli nila ang anak kong babae ngayong bakasyon",
            "Ipapatuli nila ang anak kong lalaki ngayong bakasyon",
        ),
        # Tagalog: beating her to drive out an evil spirit; praying for her
        (
            "tl",
            "Binubugbog nila siya para palayasin ang masamang espiritu",
            "Ipinagdarasal nila siya para palayasin ang masamang espiritu",
        ),
        # Vietnamese: tonight I'll take all the pills; the antibiotics as prescribed
        (
            "vi",
            "Tối nay em sẽ uống hết thuốc",
            "Tối nay em sẽ uống hết thuốc kháng sinh theo đơn",
        ),
        # Vietnamese: my brother is hitting my mother; waking her
        (
            "vi",
            "Anh trai em đang đánh mẹ em",
            "Anh trai em đang đánh thức mẹ em",
        ),
        # Vietnamese: he holds a knife and locked the door; slicing meat in the kitchen
        (
            "vi",
            "Anh ta đang cầm dao và đã khoá cửa lại",
            "Anh ta đang cầm dao thái thịt trong bếp và đã khoá cửa lại",
        ),
        # Vietnamese: a man followed me from the bus and waits outside; a friend, waiting inside
        (
            "vi",
            "Có một người đàn ông theo em từ xe buýt và đang đợi ở ngoài",
            "Có một người bạn đi theo em từ xe buýt và đang đợi ở trong nhà",
        ),
        # Vietnamese: a child alone at home two days with nothing to eat; two hours, plenty of
        # food
        (
            "vi",
            "Có đứa bé ở nhà một mình hai ngày rồi không có gì ăn",
            "Có đứa bé ở nhà một mình hai tiếng rồi, đồ ăn đầy đủ",
        ),
        # Vietnamese: the child beaten, bleeding from the head; dropped a toy
        (
            "vi",
            "Đứa bé bị đánh chảy máu đầu",
            "Đứa bé bị đánh rơi đồ chơi",
        ),
        # Vietnamese: dad makes me marry my cousin abroad, ticket bought; fetch the ticket to
        # visit him
        (
            "vi",
            "Bố bắt em lấy anh họ ở nước ngoài, vé đã mua rồi",
            "Bố bắt em lấy vé máy bay để thăm anh họ ở nước ngoài",
        ),
        # Vietnamese: they'll cut my daughter's genitals in the holidays; her hair
        (
            "vi",
            "Họ sẽ cắt âm vật con gái em vào kỳ nghỉ",
            "Họ sẽ cắt tóc con gái em vào kỳ nghỉ",
        ),
        # Vietnamese: grandad has chest pain and cannot speak; leg pain, cannot walk
        (
            "vi",
            "Ông bị đau ngực và không nói được",
            "Ông bị đau chân và không đi được",
        ),
        # Vietnamese: they beat her to drive out an evil spirit; make offerings to drive it away
        (
            "vi",
            "Họ đánh cô ấy để đuổi tà ma",
            "Họ cúng bái để đánh đuổi tà ma",
        ),
        # Chinese: cutting myself now, the blood won't stop; cutting my hair now
        (
            "zh",
            "我现在在割自己，血止不住",
            "我现在在剪头发，停不下来",
        ),
        # Chinese: just swallowed a whole box of medicine; bought one
        (
            "zh",
            "我刚吞了一整盒药",
            "我刚买了一整盒药",
        ),
        # Chinese: tonight I'll hang myself; a film about it
        (
            "zh",
            "今晚我就上吊",
            "今晚我看了一部关于上吊的电影",
        ),
        # Chinese: tonight I'll take all the medicine; eat all the rice
        (
            "zh",
            "今晚我要把药全吃了",
            "今晚我要把饭全吃了",
        ),
        # Chinese: my brother is beating my mother; phoning her
        (
            "zh",
            "我哥正在打我妈",
            "我哥正在打我妈的电话",
        ),
        # Chinese: he stands holding a knife and locked the door; cutting vegetables
        (
            "zh",
            "他拿着刀站着，把门锁了",
            "他拿着刀切菜，把门锁了",
        ),
        # Chinese: a man followed me from the bus stop and waits outside; followed the guide
        (
            "zh",
            "有个男的从公交车站一直跟着我，现在在外面等我",
            "有个男的从公交车站一直跟着导游走",
        ),
        # Chinese: a child alone at home two days with nothing to eat; two hours, plenty to eat
        (
            "zh",
            "有个孩子一个人在家两天了没吃的",
            "有个孩子一个人在家两个小时了，吃的很多",
        ),
        # Chinese: the child was beaten, the head bleeding; given an injection
        (
            "zh",
            "孩子被打了，头在流血",
            "孩子被打针了，头在出汗",
        ),
        # Chinese: they'll cut my daughter in the holidays; my son
        (
            "zh",
            "他们要在假期给我女儿做割礼",
            "他们要在假期给我儿子做割礼",
        ),
        # Chinese: grandad's chest hurts, he cannot speak; his leg hurts
        (
            "zh",
            "爷爷胸口痛，说不出话了",
            "爷爷腿痛，说不出话了",
        ),
        # Chinese: they beat her to drive out the ghost; chant sutras for it
        (
            "zh",
            "他们打她说要赶走附身的鬼",
            "他们给她念经说要赶走附身的鬼",
        ),
        # French: pay 800 or the video goes to my family, I want to end it; a joke video
        (
            "fr",
            "franchement ça va pas. une meuf sur insta m'a piégé avec une vidéo, elle veut 800 "
            "livres ce soir sinon elle l'envoie à toute ma famille. j'ai pas l'argent, j'ai "
            "envie d'en finir",
            "franchement ça va pas. une meuf sur insta m'a piégé avec une vidéo de blague, elle "
            "veut 800 abonnés ce soir. j'ai pas l'argent pour le resto, j'ai envie de dormir",
        ),
        # French: on the street, put out of the hostel, a baby, nowhere tonight; a street
        (
            "fr",
            "Bonjour, je suis à la rue depuis ce matin, le foyer m'a mis dehors après le refus "
            "de ma demande d'asile, il fait très froid et j'ai mon bébé de 3 mois avec moi, je "
            "ne sais pas où dormir ce soir",
            "Bonjour, je suis à la rue de la gare depuis ce matin, le foyer m'a trouvé une "
            "chambre après ma demande d'asile, il fait très froid et j'ai mon bébé de 3 mois "
            "avec moi",
        ),
        # French: he tore my papers and beat our son with a belt till he bled; a judo belt given
        (
            "fr",
            "Mon mari a déchiré mes papiers, il dit que sans lui je serai expulsée, ce soir il a "
            "frappé notre fils de 6 ans avec une ceinture jusqu'au sang",
            "Mon mari a rangé mes papiers, il dit que sans lui je serais perdue, ce soir il a "
            "offert à notre fils de 6 ans une ceinture de judo",
        ),
        # French: the bus driver touches me, says it's a secret; a surprise party
        (
            "fr",
            "le chauffeur du bus de mon centre me touche. il dit que c'est un secret. demain il "
            "vient me chercher à 8h30",
            "le chauffeur du bus de mon centre est gentil. il dit que c'est un secret, demain il "
            "vient me chercher à 8h30 pour la fête surprise",
        ),
        # French: I owe the smuggler and he will hurt my family; I owe my brother, he'll tell mum
        (
            "fr",
            "le passeur dit que je lui dois 3000 euros et si je paie pas il va faire du mal à ma "
            "famille au pays",
            "mon frère dit que je lui dois 30 euros et si je paie pas il va le dire à maman",
        ),
        # French: the boss took my passport, doesn't pay, beat a colleague; took it for a copy
        (
            "fr",
            "mon patron a pris mon passeport, il me paie pas depuis 3 mois et hier il a frappé "
            "un collègue",
            "mon patron a pris mon passeport pour faire une copie, il me paie vendredi",
        ),
        # French: landlord wants sex for rent or reports me to the Home Office; rent due
        (
            "fr",
            "mon propriétaire veut que je couche avec lui pour le loyer sinon il me dénonce au "
            "Home Office",
            "mon propriétaire veut que je paie le loyer lundi sinon il m'envoie une lettre",
        ),
        # French: I'd rather kill myself than go back, removal flight tomorrow; get up early
        (
            "fr",
            "je préfère me tuer plutôt que de retourner là-bas, mon vol d'expulsion c'est demain",
            "je préfère me lever tôt plutôt que de rater mon vol demain",
        ),
        # French: a man who says he's her uncle takes a girl of 14 tonight; her uncle, cinema
        (
            "fr",
            "il y a une fille de 14 ans toute seule ici, un homme qui dit être son oncle veut "
            "l'emmener ce soir",
            "il y a une fille de 14 ans ici, son oncle veut l'emmener ce soir au cinéma",
        ),
        # French: put out tonight with my children, nowhere to sleep; out of a restaurant
        (
            "fr",
            "on nous a mis dehors ce soir avec mes enfants, on a nulle part où dormir et il gèle",
            "on nous a mis dehors du resto ce soir avec mes enfants à la fermeture, on rentre "
            "dormir à la maison, il gèle",
        ),
        # French: I'm lost, it's dark, my phone is dying; the cat is lost
        (
            "fr",
            "je suis perdue, il fait nuit et mon téléphone va s'éteindre",
            "mon chat est perdu, il fait nuit et mon téléphone va s'éteindre",
        ),
        # French: fire in my flat, I can't get out; a fire in the fireplace, rain
        (
            "fr",
            "il y a le feu dans mon appartement, je peux pas sortir",
            "il y a le feu dans la cheminée, je peux pas sortir ce soir il pleut",
        ),
        # French: my baby is breathing badly; a blocked nose with a cold
        (
            "fr",
            "mon bébé respire mal",
            "mon bébé respire mal quand il a le nez bouché par le rhume",
        ),
        # French: an epileptic fit for 5 minutes, it won't stop; a tantrum
        (
            "fr",
            "mon fils fait une crise d'épilepsie depuis 5 minutes ça s'arrête pas",
            "mon fils fait une crise de colère depuis 5 minutes ça s'arrête pas",
        ),
        # French: mum fell, her head bleeds, she won't wake; fell ill, sleeps till ten
        (
            "fr",
            "ma mère est tombée, elle saigne de la tête et elle se réveille pas",
            "ma mère est tombée malade, elle se réveille pas avant 10h",
        ),
        # Spanish: the man I rent from wants sex or reports me to the Home Office; rent up
        (
            "es",
            "hola perdon no podre ir, el hombre que me alquila el cuarto dice que si no me "
            "acuesto con el me denuncia a Home Office, esta noche vuelve",
            "hola perdon no podre ir, el hombre que me alquila el cuarto dice que si no pago el "
            "lunes me sube el alquiler, esta noche vuelve",
        ),
        # Spanish: pay 500 or the smugglers get my address, they will kill me; a deposit
        (
            "es",
            "oye no se si esto es pa ustedes pero la señora que me subarrienda dice que si no le "
            "doy 500 libras mañana le da mi direccion a los que me trajeron, y esos ya me "
            "dijeron que me matan",
            "oye no se si esto es pa ustedes pero la señora que me subarrienda dice que si no le "
            "doy 500 libras de fianza mañana le da el cuarto a otra persona",
        ),
        # Spanish: lost at night off the bus, battery low; lost in the paperwork
        (
            "es",
            "estoy perdido. me bajé del autobús en otra parada. es de noche. no sé dónde estoy. "
            "tengo poca batería",
            "estoy perdido con los trámites. me bajé del autobús en otra parada. es de noche ya, "
            "llego tarde",
        ),
        # Spanish: I owe the smuggler, he'll hurt my family; I owe my brother
        (
            "es",
            "el coyote dice que le debo 4000 y que si no pago le hace daño a mi familia",
            "mi hermano dice que le debo 40 y que si no pago le dice a mi mamá",
        ),
        # Spanish: landlord wants sex for rent or reports me to the Home Office; a late fee
        (
            "es",
            "el casero quiere que me acueste con él para pagar el alquiler o me denuncia al Home "
            "Office",
            "el casero quiere que le pague el alquiler el lunes o me cobra un recargo",
        ),
        # Spanish: people outside the hotel throwing stones now; stones into the river
        (
            "es",
            "hay gente afuera del hotel tirando piedras ahora mismo",
            "hay niños afuera del hotel tirando piedras al río ahora mismo",
        ),
        # Spanish: I'll kill myself before they deport me, the flight is tomorrow; studying hard
        (
            "es",
            "me mato antes de que me deporten, el vuelo es mañana",
            "me mato estudiando antes del examen, el vuelo es mañana",
        ),
        # Spanish: a man who says he's her uncle takes a girl of 14 tonight; her uncle, cinema
        (
            "es",
            "hay una niña de 14 años sola, un hombre que dice ser su tío se la lleva esta noche",
            "hay una niña de 14 años aquí, su tío se la lleva esta noche al cine",
        ),
        # Spanish: thrown out tonight with my children, nowhere to sleep; a bed at a cousin's
        (
            "es",
            "nos echaron esta noche con mis hijos, no tenemos donde dormir y hace un frío que "
            "congela",
            "nos echaron del bar esta noche con mis hijos por la hora, tenemos donde dormir en "
            "casa de mi prima",
        ),
        # Spanish: I'm lost, it's dark, my battery is running out; the dog is lost
        (
            "es",
            "estoy perdida, está oscuro y se me está acabando la batería",
            "mi perro está perdido, está oscuro y se me está acabando la batería",
        ),
        # Spanish: fire in my flat and I can't get out; a fire in the fireplace, rain
        (
            "es",
            "hay fuego en mi piso y no puedo salir",
            "hay fuego en la chimenea y no puedo salir porque llueve",
        ),
        # Spanish: my baby isn't breathing properly; a blocked nose with a cold
        (
            "es",
            "mi bebé no respira bien",
            "mi bebé no respira bien por la nariz con el resfriado",
        ),
        # Spanish: my son has been fitting for 5 minutes; crying over a toy
        (
            "es",
            "mi hijo lleva 5 minutos convulsionando",
            "mi hijo lleva 5 minutos llorando por un juguete",
        ),
        # Spanish: mum fell, her head bleeds, she won't wake; fell at the market, fine
        (
            "es",
            "mi madre se cayó, le sangra la cabeza y no despierta",
            "mi madre se cayó en el mercado pero está bien, le duele un poco la cabeza",
        ),
        # Portuguese: I owe the man who found me work, he'll send someone for me; a tax letter
        (
            "pt",
            "nao vou poder ir no sabado, o cara que arrumou meu trabalho disse que eu devo 5 mil "
            "libras e que se eu nao pagar ate sexta ele manda alguem me pegar. ele sabe onde eu "
            "moro",
            "nao vou poder ir no sabado, o cara que arrumou meu trabalho disse que eu devo 5 mil "
            "libras de imposto e que se eu nao pagar ate sexta ele manda uma carta",
        ),
        # Portuguese: I owe the smuggler, he'll hurt my family; I owe my brother
        (
            "pt",
            "o coiote disse que eu devo 5 mil e se eu não pagar ele vai machucar minha família",
            "meu irmão disse que eu devo 50 pra ele e se eu não pagar ele conta pra minha mãe",
        ),
        # Portuguese: landlord wants sex for rent or reports me to the Home Office; a late fee
        (
            "pt",
            "o dono da casa quer que eu durma com ele pra pagar o aluguel senão me denuncia pro "
            "Home Office",
            "o dono da casa quer que eu pague o aluguel na segunda senão cobra multa",
        ),
        # Portuguese: a crowd outside the hotel throwing stones now; stones into the sea
        (
            "pt",
            "tem um monte de gente na frente do hotel jogando pedra agora",
            "tem um monte de criança na praia jogando pedra no mar agora",
        ),
        # Portuguese: I'll kill myself before they send me back, flight tomorrow; working hard
        (
            "pt",
            "eu me mato antes de me mandarem de volta, o voo é amanhã",
            "eu me mato de trabalhar antes de viajar, o voo é amanhã",
        ),
        # Portuguese: a man who says he's her uncle takes a girl of 14 tonight; her uncle, cinema
        (
            "pt",
            "tem uma menina de 14 anos sozinha, um homem que diz que é tio dela vai levar ela "
            "hoje à noite",
            "tem uma menina de 14 anos aqui, o tio dela vai levar ela hoje à noite no cinema",
        ),
        # Portuguese: I'm lost, it's dark, my phone battery is dying; the dog is lost
        (
            "pt",
            "tô perdida, tá escuro e meu celular tá acabando a bateria",
            "meu cachorro tá perdido, tá escuro e meu celular tá acabando a bateria",
        ),
        # Portuguese: my flat is on fire and I can't get out; a fire in the fireplace, rain
        (
            "pt",
            "tá pegando fogo no meu apartamento e eu não consigo sair",
            "tá pegando fogo na lareira e eu não consigo sair com essa chuva",
        ),
        # Portuguese: my baby isn't breathing properly; a blocked nose with a cold
        (
            "pt",
            "meu bebê não tá respirando direito",
            "meu bebê não tá respirando direito pelo nariz por causa do resfriado",
        ),
        # Portuguese: my son has been fitting for 5 minutes; a short fit yesterday, fine now
        (
            "pt",
            "meu filho tá tendo uma convulsão faz 5 minutos",
            "meu filho teve uma convulsão de 2 minutos ontem e agora tá bem",
        ),
        # Portuguese: mum fell, her head bleeds, she won't wake; fell asleep, sleeps till noon
        (
            "pt",
            "minha mãe caiu, a cabeça dela tá sangrando e ela não acorda",
            "minha mãe caiu no sono no sofá e ela não acorda até meio-dia",
        ),
        # Romanian: my brother will throw himself off the block, on the roof now; roof work
        (
            "ro",
            "nota 1. fratele meu bea de trei zile si azi a zis ca se arunca de pe bloc, acum e "
            "pe acoperis si nu mai raspunde la telefon",
            "fratele meu lucreaza de trei zile pe bloc si azi a zis ca se apuca de acoperis, "
            "acum e pe acoperis si nu mai raspunde la telefon",
        ),
        # Romanian: I owe the smuggler, he'll hurt my family; I owe my brother
        (
            "ro",
            "calauza zice ca ii datorez 3000 de lire si daca nu platesc imi face rau familiei",
            "fratele meu zice ca ii datorez 30 de lei si daca nu platesc ii spune mamei",
        ),
        # Romanian: people outside the hotel throwing stones now; stones into the lake
        (
            "ro",
            "sunt oameni in fata hotelului care arunca cu pietre acum",
            "copiii arunca cu pietre in lac acum langa hotel",
        ),
        # Romanian: a man who says he's her uncle takes a girl of 14 tonight; her uncle, a film
        (
            "ro",
            "e o fata de 14 ani singura, un barbat care zice ca e unchiul ei o ia in seara asta",
            "e o fata de 14 ani aici, unchiul ei o ia in seara asta la film",
        ),
        # Romanian: put out tonight with the children, nowhere to sleep; a bed at gran's
        (
            "ro",
            "ne-au dat afara in seara asta cu copiii, n-avem unde dormi si e un frig de inghetam",
            "ne-au dat afara din bar in seara asta cu copiii la inchidere, avem unde dormi la "
            "bunica",
        ),
        # Romanian: I'm lost, it's dark, my phone is dying; the puppy is lost
        (
            "ro",
            "m-am pierdut, e intuneric si mi se descarca telefonul",
            "catelul s-a pierdut, e intuneric si mi se descarca telefonul",
        ),
        # Romanian: fire in the flat and I can't get out; a fire in the grill, rain
        (
            "ro",
            "e foc in apartament si nu pot iesi",
            "e foc in gratar si nu pot iesi ca ploua",
        ),
        # Romanian: my baby isn't breathing properly; a blocked nose with a cold
        (
            "ro",
            "bebelusul meu nu respira bine",
            "bebelusul meu nu respira bine pe nas de la raceala",
        ),
        # Romanian: my son has been fitting for 5 minutes; a fit of nerves
        (
            "ro",
            "fiul meu are convulsii de 5 minute si nu se opreste",
            "fiul meu are o criza de nervi de 5 minute si nu se opreste",
        ),
        # Romanian: mum fell, her head bleeds, she won't wake; failed a test, sleeps late
        (
            "ro",
            "mama a cazut, ii curge sange din cap si nu se trezeste",
            "mama a cazut la examenul auto, azi nu se trezeste pana la pranz",
        ),
        # Italian: I owe the trafficker and he'll hurt my family; I owe my brother, he'll tell mum
        (
            "it",
            "il trafficante dice che gli devo 5000 euro e se non pago fa del male alla mia "
            "famiglia",
            "mio fratello dice che gli devo 30 euro e se non pago lo dice alla mamma",
        ),
        # Italian: the boss took my passport, doesn't pay, beat a colleague; took it for a copy
        (
            "it",
            "il mio capo mi ha preso il passaporto, non mi paga e ieri ha picchiato un collega",
            "il mio capo mi ha preso il passaporto per fare una copia, mi paga venerdì",
        ),
        # Italian: people outside our hotel throwing stones now; stones into the lake
        (
            "it",
            "c'è gente fuori dal nostro hotel che tira sassi adesso",
            "i bambini tirano sassi nel lago adesso vicino all'hotel",
        ),
        # Italian: a man who says he's her uncle takes a girl of 14 tonight; her uncle, cinema
        (
            "it",
            "c'è una ragazzina di 14 anni da sola, un uomo che dice di essere suo zio la porta "
            "via stasera",
            "c'è una ragazzina di 14 anni qui, suo zio la porta al cinema stasera",
        ),
        # Italian: I'm lost, it's dark, my phone is dying; I missed the match
        (
            "it",
            "mi sono persa, è buio e il telefono si sta scaricando",
            "mi sono perso la partita, è buio e il telefono si sta scaricando",
        ),
        # Italian: a fire in my flat and I can't get out; a fire in the fireplace, rain
        (
            "it",
            "c'è un incendio nel mio appartamento e non riesco a uscire",
            "c'è un fuoco nel camino e non riesco a uscire perché piove",
        ),
        # Italian: my baby isn't breathing properly; a blocked nose with a cold
        (
            "it",
            "il mio bambino non respira bene",
            "il mio bambino non respira bene col naso chiuso dal raffreddore",
        ),
        # Italian: my son has been fitting for 5 minutes; laughing for 5 minutes
        (
            "it",
            "mio figlio ha le convulsioni da 5 minuti e non si ferma",
            "mio figlio ride da 5 minuti e non si ferma",
        ),
        # Italian: mum fell, her head bleeds, she won't wake; taken aback, sleeps till ten
        (
            "it",
            "mia madre è caduta, le sanguina la testa e non si sveglia",
            "mia madre è caduta dalle nuvole, non si sveglia prima delle dieci",
        ),
        # Turkish: a son's nude pictures held, to be sent to everyone unless paid; a talk about
        # them at school
        (
            "tr",
            "Cumartesi gelemeyeceğim. Oğlum 16 yaşında, internette biri çıplak fotoğraflarını "
            "almış, para göndermezsek herkese yollayacakmış. Bu gece son gün diyor. Oğlum "
            "odasından çıkmıyor, kendine bir şey yapmasından korkuyorum.",
            "Cumartesi gelemeyeceğim. Oğlum 16 yaşında, okulda çıplak fotoğraf paylaşmanın suç "
            "olduğunu öğrendi, herkese anlatacakmış.",
        ),
        # Turkish: a landlord wants "other things" for the rent or will report her; garden work
        # for the rent
        (
            "tr",
            "Merhaba, kaldığım evin sahibi kiraya karşılık benden başka şeyler istiyor, kabul "
            "etmezsem Home Office'e ihbar edecekmiş, bu gece kapımı çaldı, kilitledim ama çok "
            "korkuyorum",
            "Merhaba, kaldığım evin sahibi kiraya karşılık bahçeyi düzenlememi istiyor, kabul "
            "ettim, bu gece kapımı çaldı, fide getirdi",
        ),
        # Turkish: smugglers hold a cousin for 4000 pounds or will beat him; a cousin who asked to
        # borrow
        (
            "tr",
            "Kuzenim kamyonun arkasında Fransa'dan geldi, şimdi kaçakçılar onu bir evde "
            "tutuyor ve ailesinden 4000 pound istiyorlar, ödemezsek onu döveceklerini "
            "söylediler",
            "Kuzenim kamyonla Fransa'dan geldi, şimdi bir evde kalıyor, ailesinden 400 pound "
            "borç istedi, ödemezsek de olur dedi",
        ),
        # Turkish: mum on the floor, not waking, lips blue; mum on the floor doing yoga
        (
            "tr",
            "annem yerde yatıyor. uyanmıyor. dudakları mor. evde sadece ben varım. ne yapayım",
            "annem yerde yatıyor, yoga yapıyor. evde sadece ben varım. ne yapayım, sıkıldım",
        ),
        # Turkish: the smuggler says I owe 3000 and will kill my family; a cousin who will phone
        # mum
        (
            "tr",
            "Beni buraya getiren kaçakçı 3000 pound borcum var diyor, ödemezsem annemi ve "
            "kardeşlerimi öldürecekmiş",
            "Beni getiren kuzenim 3000 pound borcum var diyor, ödemezsem annemi arayacakmış",
        ),
        # Turkish: the boss took my passport, does not pay, beat a friend; a passport copied for a
        # visa
        (
            "tr",
            "Patronum pasaportumu aldı, üç aydır maaş vermiyor, dün bir arkadaşımı dövdü",
            "Patronum pasaportumu aldı, vize için fotokopisini çekti, maaşımı zamanında ödüyor",
        ),
        # Turkish: the landlord wants sex for the rent or will report me; mowing the lawn for the
        # rent
        (
            "tr",
            "Ev sahibi kira yerine benimle yatmak istiyor, yoksa beni Home Office'e şikayet "
            "edecekmiş",
            "Ev sahibi kira yerine bahçeyi biçmemi istiyor, yoksa kira artacakmış",
        ),
        # Turkish: a crowd outside the hotel throwing stones at the windows now; stones skimmed on
        # the sea
        (
            "tr",
            "Otelin önünde kalabalık toplandı, şu an camlara taş atıyorlar",
            "Otelin önünde kalabalık toplandı, çocuklar denize taş atıp kaydırıyor",
        ),
        # Turkish: I'll kill myself if they send me back, the removal flight is tomorrow; a parcel
        # sent back
        (
            "tr",
            "Beni geri gönderirlerse kendimi öldürürüm, yarın sınır dışı uçağım var",
            "Kargoyu geri gönderirlerse kendimi şanslı sayarım, yarın uçağım var",
        ),
        # Turkish: a girl of 14 alone, a man who says he is her uncle takes her tonight; her
        # uncle's cinema
        (
            "tr",
            "14 yaşında bir kız tek başına geldi, amcası olduğunu söyleyen bir adam bu gece "
            "onu alıp götürüyor",
            "Kızım 14 yaşında, amcası bu gece onu sinemaya götürüyor",
        ),
        # Turkish: thrown out tonight with the children, nowhere to sleep, freezing; guests with
        # no beds
        (
            "tr",
            "Bu gece çocuklarımla evden atıldık, uyuyacak yerimiz yok, çok soğuk, donuyoruz",
            "Bu gece misafirler gelecek, çocuklarla uyuyacak yerimiz yok, salonda yatarız",
        ),
        # Turkish: lost, dark, the phone dying; nearly lost but home before dark, phone charged
        (
            "tr",
            "Kayboldum, hava karardı, telefonumun şarjı bitiyor",
            "Kayboldum sanmıştım ama hava kararmadan eve vardım, şarjım da doluydu",
        ),
        # Turkish: a fire in my flat, I cannot get out; a fire drill during a meeting
        (
            "tr",
            "Dairemde yangın çıktı, dışarı çıkamıyorum",
            "Yangın tatbikatı var, dışarı çıkamıyorum, toplantıdayım",
        ),
        # Turkish: my baby cannot breathe properly; can't breathe for laughing
        (
            "tr",
            "Bebeğim düzgün nefes alamıyor",
            "Bebeğim gülmekten nefes alamıyor, çok tatlı",
        ),
        # Turkish: my son has been fitting for 5 minutes; on guard duty for 5 minutes
        (
            "tr",
            "Oğlum 5 dakikadır nöbet geçiriyor, kasılması durmuyor",
            "Oğlum 5 dakikadır nöbet tutuyor, askerde",
        ),
        # Turkish: mum fell, her head is bleeding, she won't wake; she fell and got up
        (
            "tr",
            "Annem düştü, kafası kanıyor, uyanmıyor",
            "Annem düştü ama hemen kalktı, kafası iyi, uyandı bile",
        ),
        # Arabic (chat spelling): a boy of 13 told by older youths to work for them or be killed;
        # football
        (
            "ar",
            "ana mish mni7 ya akhi. ibni 3emro 13 sene, fi shabab kbar 3am ya3touh masari w "
            "halla2 3am y2ulu lazem yeshteghel ma3on aw byeqtlou. howe barra ma3on halla2",
            "ana mish mni7 ya akhi. ibni 3emro 13 sene, fi shabab kbar 3am ya3mlo match w "
            "halla2 3am y2ulu lazem yel3ab ma3on. howe barra ma3on halla2",
        ),
        # Arabic: the man who brought me will hurt my mother unless I pay; the man who drives me
        # to work
        (
            "ar",
            "الرجل اللي جابني على بريطانيا اتصل اليوم وقال إذا ما دفعت ٣ آلاف جنيه هالأسبوع رح "
            "يأذي أمي وأختي بالسودان، وأنا خايف يجي لعندي",
            "الرجل اللي جابني على الشغل اتصل اليوم وقال إنو دفع ٣ آلاف جنيه للسيارة، وأمي "
            "وأختي بخير بالسودان",
        ),
        # Arabic: the hotel supervisor will report me to the Home Office if I complain; a change
        # of address
        (
            "ar",
            "٢ ... بصراحة ما قدرت ركز اليوم، المشرف بالفندق قال إذا اشتكيت مرة تانية بيبلغ "
            "الهوم أوفيس إني بشتغل، وامبارح دخل غرفتي بالليل وأنا نايمة",
            "٢ ... بصراحة ما قدرت ركز اليوم، المشرف بالفندق قال إذا انتقلت بيبلغ الهوم أوفيس "
            "إني غيرت عنواني",
        ),
        # Arabic: a son of 16 alone, not answering, people want him to work for them; a football
        # club
        (
            "ar",
            "مرحبا، أنا أم علي، ابني عمره ١٦ والهوم أوفيس قالوا عمره ٢٠، نقلوه لفندق بعيد "
            "لحاله وصارله يومين ما بيرد على تلفوني، آخر رسالة قال في ناس بدهم ياخدوه يشتغل "
            "معهم",
            "مرحبا، أنا أم علي، ابني عمره ١٦، في شباب من النادي بدهم ياخدوه يلعب معهم كورة يوم "
            "السبت",
        ),
        # Arabic: a young man on the roof who does not want to live; one who does not want to live
        # in London
        (
            "ar",
            "يا جماعة في شاب سوداني معانا في الفندق قال لي هسي إنو ما عاوز يعيش بعد الرفض، "
            "قاعد فوق السطح وما راضي ينزل",
            "يا جماعة في شاب سوداني معانا في الفندق قال لي هسي إنو ما عاوز يعيش في لندن بعد "
            "الرفض، بدو يروح عند أخوه",
        ),
        # Arabic: a landlord putting a family with a newborn on the street tonight; an old sofa
        # put out
        (
            "ar",
            "جاري بالبناية صاحب البيت بدو يطالعو هو ومرتو ومولودهم الجديد عالشارع الليلة لأنو "
            "ما معن أوراق، وهلق عم يرمي أغراضن برا",
            "جاري بالبناية صاحب البيت بدو يطالعو الكنبة القديمة عالشارع الليلة للبلدية",
        ),
        # Arabic (Iraqi): a drunk man banging the door says he will slaughter us; a father's idiom
        (
            "ar",
            "مرتي وولادي بالغرفة وياي، واحد من النزلاء سكران يدگ الباب ويگول راح يذبحنا لأن "
            "إحنا أكراد، والأمن ما يجاوب",
            "مرتي وولادي بالغرفة وياي، أبوي راح يذبحنا إذا شاف الباب مكسور",
        ),
        # Arabic: a boy of 13 alone given drugs by men and taken out at night; taught football
        (
            "ar",
            "لا. ما رح أقدر أجي. أخوي الصغير عمره ١٣ وصل لحاله بالقارب وحطوه معي بفندق الكبار، "
            "وفي رجال عم يعطوه مخدرات ويطلعوه معهم بالليل",
            "لا. ما رح أقدر أجي. أخوي الصغير عمره ١٣ وفي رجال بالنادي عم يعلموه كورة بالعصر",
        ),
        # Arabic: the smuggler says I owe him and will hurt my family; a series about one
        (
            "ar",
            "المهرب اللي جابني بيقول إني مديون له ٥ آلاف، وإذا ما دفعت رح يأذي عيلتي",
            "شفت مسلسل عن مهرب بيقول إذا ما دفعت رح يأذي عيلتك",
        ),
        # Arabic: the landlord wants sex for the rent or will report me; repairs for the rent
        (
            "ar",
            "صاحب البيت بدو ينام معي بدل الإيجار، وإذا رفضت رح يبلغ عني الهوم أوفيس",
            "صاحب البيت بدو يصلح الحمام بدل الإيجار، وإذا رفضت رح يبلغ عني صاحب الشركة",
        ),
        # Arabic: people outside the hotel throwing stones at us now; stones thrown in the sea
        (
            "ar",
            "في ناس كتير برا الفندق عم يرموا حجار علينا هلق",
            "في ناس كتير برا الفندق عم يرموا حجار بالبحر هلق",
        ),
        # Arabic: I'll kill myself before they deport me; getting ready before going back to work
        (
            "ar",
            "رح موت حالي قبل ما يرحلوني، طيارة الترحيل بكرا",
            "رح جهز حالي قبل ما يرجعوني عالشغل، الطيارة بكرا",
        ),
        # Arabic: a girl of 14 alone, a man says he is her uncle and takes her tonight; her
        # uncle's cinema
        (
            "ar",
            "في بنت عمرها ١٤ لحالها، وفي رجال بيقول إنه عمها رح ياخدها الليلة",
            "بنتي عمرها ١٤، عمها رح ياخدها الليلة عالسينما",
        ),
        # Arabic: thrown out tonight with my children, nowhere to sleep, cold; sent off the pitch
        (
            "ar",
            "طردونا الليلة أنا وولادي، ما في محل ننام فيه والدنيا برد كتير",
            "طردونا من الملعب الليلة أنا وولادي لأنو سكروا بكير",
        ),
        # Arabic: lost, dark, the phone dying; torn between two dresses
        (
            "ar",
            "أنا ضايع، الدنيا عتمة وتلفوني رح يطفى",
            "أنا ضايع بين فستانين للعرس، وتلفوني مشحون",
        ),
        # Arabic: a fire in my flat, I can't get out; a fire drill at work
        (
            "ar",
            "في حريق بشقتي وما عم اقدر اطلع",
            "في تمرين حريق بالشغل وما عم اقدر اطلع قبل ما يخلص",
        ),
        # Arabic: my son is not breathing properly; a blocked nose
        (
            "ar",
            "ابني ما عم يتنفس منيح",
            "ابني ما عم يتنفس منيح من أنفه بسبب الزكام",
        ),
        # Arabic: my son has been fitting for 5 minutes; shaking from the cold
        (
            "ar",
            "ابني عم يرجف ويتشنج من ٥ دقايق وما وقف",
            "ابني عم يرجف من البرد من ٥ دقايق، لبسته جاكيت",
        ),
        # Arabic (chat spelling): the smuggler says I owe him and will hurt my family; a lift to
        # work
        (
            "ar",
            "el mharreb elli jabni 2al ene mdayan elo 3000 w eza ma dafa3et ra7 y2zi 3ayelti",
            "elli jabni 3al shoghl 2al ene dafa3 3000 3al sayyara w 3ayelti mnee7a",
        ),
        # Arabic (chat spelling): the boss took my passport and does not pay; copied and given
        # back
        (
            "ar",
            "m3allmi akhad el basbor taba3i, ma 3am yedfa3li, w mbare7 darab wa7ad mn el 3ummal",
            "m3allmi akhad el basbor taba3i ta ya3mel copy w raja3o, w dafa3li kel shi",
        ),
        # Arabic (chat spelling): the landlord wants sex for the rent or will report me; repairs
        # for rent
        (
            "ar",
            "sa7eb el bet bado yenam ma3i badal el ijar aw ra7 yballegh 3alay el home office",
            "sa7eb el bet bado ysalle7 el 7emmam badal el ijar",
        ),
        # Arabic (chat spelling): people outside the hotel throwing stones at us; stones in the
        # sea
        (
            "ar",
            "fi nas ktir barra el hotel 3am yermo 7jar 3alayna halla2",
            "fi nas ktir barra el hotel 3am yermo 7jar bel ba7r halla2",
        ),
        # Arabic (chat spelling): I'll kill myself before they send me back; ready to go back to
        # work
        (
            "ar",
            "ra7 2otol 7ali 2abl ma yraj3ouni, tayyaret el tar7il bokra",
            "ra7 jahhez 7ali 2abl ma yraj3ouni 3al shoghl bokra",
        ),
        # Arabic (chat spelling): a girl of 14 alone, a man says he is her uncle; her uncle's
        # cinema
        (
            "ar",
            "fi bent 3omra 14 la7ala, w fi rajjal bi2ool eno 3amma ra7 yakhodha el leile",
            "binti 3omra 14, 3amma ra7 yakhodha el leile 3al cinema",
        ),
        # Arabic (chat spelling): thrown out tonight with my children, cold; sent off the pitch
        (
            "ar",
            "taradouna ana w wladi el leile, ma fi ma7al nnam fi w el dene bard ktir",
            "taradouna mn el mal3ab el leile ana w wladi la2an sakkaro",
        ),
        # Arabic (chat spelling): lost, dark, the phone dying; lost at maths
        (
            "ar",
            "ana dayi3, el dene 3atme w telefoni ra7 yetfi",
            "ana dayi3 bel math, bas telefoni m3abba",
        ),
        # Arabic (chat spelling): a fire in my flat, I can't get out; a fire drill at work
        (
            "ar",
            "fi 7ari2 bi sha2ti w ma 3am 2der etla3",
            "fi tamrin 7ari2 bel shoghl w ma 3am 2der etla3 2abl ma ykhallis",
        ),
        # Arabic (chat spelling): my son is not breathing properly; a blocked nose
        (
            "ar",
            "ebni ma 3am yetnaffas mnee7",
            "ebni ma 3am yetnaffas mnee7 mn anfo 3ashan el zokam",
        ),
        # Arabic (chat spelling): my son has been fitting for 5 minutes; shaking from the cold
        (
            "ar",
            "ebni 3am yerjof w yetshannaj mn 5 d2aye2 w ma wa2af",
            "ebni 3am yerjof mn el bard mn 5 d2aye2, labbasto jacket",
        ),
        # Arabic (chat spelling): mum fell, her head is bleeding, she won't wake; she fell and got
        # up
        (
            "ar",
            "emmi we23et w rasa 3am ynazzef w ma 3am tfee2",
            "emmi we23et 3al ard bas 2amet w hiye mnee7a",
        ),
        # Punjabi: a wife who beat the writer again and threatens a false police report; spices
        # pounded
        (
            "pa",
            "paaji main sat nu ni aa sakda. gharwali ne phir kutt ditta te kehndi je kise nu "
            "dasseya taan police nu jhooth bol ke mainu andar karva degi. bacheyan nu vi milan "
            "ni dindi",
            "paaji main sat nu ni aa sakda. gharwali ne phir masala kutt ditta te kehndi je "
            "kise nu dasseya taan gussa karugi",
        ),
        # Punjabi: boys threatened to knife my son this evening; to cut a cake with a knife
        (
            "pa",
            "ਮੇਰੇ ਪੁੱਤ ਨੂੰ ਕਾਲਜ ਦੇ ਕੁਝ ਮੁੰਡਿਆਂ ਨੇ ਧਮਕੀ ਦਿੱਤੀ ਹੈ ਕਿ ਅੱਜ ਸ਼ਾਮ ਨੂੰ ਉਸ ਨੂੰ ਚਾਕੂ ਮਾਰ ਦੇਣਗੇ। ਉਹ ਡਰਦਾ ਕਾਲਜ "
            "ਵਿੱਚ ਹੀ ਲੁਕਿਆ ਹੋਇਆ ਹੈ।",
            "ਮੇਰੇ ਪੁੱਤ ਨੂੰ ਕਾਲਜ ਦੇ ਕੁਝ ਮੁੰਡਿਆਂ ਨੇ ਦੱਸਿਆ ਕਿ ਅੱਜ ਸ਼ਾਮ ਨੂੰ ਚਾਕੂ ਨਾਲ ਕੇਕ ਕੱਟ ਦੇਣਗੇ।",
        ),
        # Punjabi: the agent will have my father killed if I don't pay by tomorrow; will close the
        # file
        (
            "pa",
            "ਮੇਰਾ ਏਜੰਟ ਕਹਿੰਦਾ ਕਿ ਜੇ ਮੈਂ ਕੱਲ੍ਹ ਤੱਕ ਪੈਸੇ ਨਾ ਦਿੱਤੇ ਤਾਂ ਉਹ ਪਿੰਡ ਵਿੱਚ ਮੇਰੇ ਪਿਤਾ ਜੀ ਨੂੰ ਮਰਵਾ ਦੇਵੇਗਾ, ਤੇ ਇੱਥੇ "
            "ਵੀ ਮੇਰੇ ਕੋਲ ਬੰਦੇ ਭੇਜੇਗਾ",
            "ਮੇਰਾ ਏਜੰਟ ਕਹਿੰਦਾ ਕਿ ਜੇ ਮੈਂ ਕੱਲ੍ਹ ਤੱਕ ਪੈਸੇ ਨਾ ਦਿੱਤੇ ਤਾਂ ਉਹ ਫਾਈਲ ਬੰਦ ਕਰ ਦੇਵੇਗਾ",
        ),
        # Punjabi: I owe the agent, or he will kill my family; or the visa file stops
        (
            "pa",
            "ਏਜੰਟ ਕਹਿੰਦਾ ਮੈਂ ਉਹਦੇ ਪੈਸੇ ਦੇਣੇ ਨੇ, ਨਹੀਂ ਤਾਂ ਮੇਰੇ ਪਰਿਵਾਰ ਨੂੰ ਮਾਰ ਦੇਵੇਗਾ",
            "ਏਜੰਟ ਕਹਿੰਦਾ ਮੈਂ ਉਹਦੇ ਪੈਸੇ ਦੇਣੇ ਨੇ, ਨਹੀਂ ਤਾਂ ਵੀਜ਼ਾ ਫਾਈਲ ਰੁਕ ਜਾਊ",
        ),
        # Punjabi: the same in the Latin spelling; the file stops
        (
            "pa",
            "agent kehnda main ohde paise dene ne, nahi taan mere parivar nu maar dauga",
            "agent kehnda main ohde paise dene ne, nahi taan file ruk jaugi",
        ),
        # Punjabi: the boss kept my passport, pays nothing and beat a lad; a copy kept, paid
        # tomorrow
        (
            "pa",
            "malik ne passport rakh lya, tankhah ni dinda te kal mere naal de munde nu kuttya",
            "malik ne mera passport di copy rakh lai, tankhah kal dinda",
        ),
        # Punjabi: the landlord wants sex for the rent or he tells the Home Office; garden work
        (
            "pa",
            "ਮਕਾਨ ਮਾਲਕ ਕਹਿੰਦਾ ਕਿਰਾਏ ਦੀ ਥਾਂ ਮੇਰੇ ਨਾਲ ਸੌਂ, ਨਹੀਂ ਤਾਂ ਹੋਮ ਆਫਿਸ ਨੂੰ ਦੱਸ ਦੇਵਾਂਗਾ",
            "ਮਕਾਨ ਮਾਲਕ ਕਹਿੰਦਾ ਕਿਰਾਏ ਦੀ ਥਾਂ ਬਗੀਚੇ ਦਾ ਕੰਮ ਕਰ ਦੇ, ਨਹੀਂ ਤਾਂ ਕੋਈ ਗੱਲ ਨਹੀਂ",
        ),
        # Punjabi: the same in the Latin spelling; garden work
        (
            "pa",
            "landlord kehnda kiraye di jagah mere naal so ja, nahi taan home office nu das dauga",
            "landlord kehnda kiraye di jagah garden da kam kar de, nahi taan koi gall ni",
        ),
        # Punjabi: a crowd outside our hotel throwing stones; letting off crackers
        (
            "pa",
            "ਸਾਡੇ ਹੋਟਲ ਦੇ ਬਾਹਰ ਭੀੜ ਇਕੱਠੀ ਹੋ ਗਈ ਹੈ ਤੇ ਪੱਥਰ ਮਾਰ ਰਹੇ ਨੇ",
            "ਸਾਡੇ ਹੋਟਲ ਦੇ ਬਾਹਰ ਭੀੜ ਇਕੱਠੀ ਹੋ ਗਈ ਹੈ ਤੇ ਪਟਾਕੇ ਚਲਾ ਰਹੇ ਨੇ",
        ),
        # Punjabi: the same in the Latin spelling; crackers
        (
            "pa",
            "saade hotel de bahar bheed ikathi ho gayi te patthar sutt rahe ne",
            "saade hotel de bahar bheed ikathi ho gayi te patake chala rahe ne",
        ),
        # Punjabi: a girl of 14 alone, a man says he is her uncle and takes her tonight; her own
        # uncle, a wedding
        (
            "pa",
            "ਇੱਕ 14 ਸਾਲ ਦੀ ਕੁੜੀ ਇਕੱਲੀ ਹੈ, ਇੱਕ ਬੰਦਾ ਕਹਿੰਦਾ ਮੈਂ ਇਹਦਾ ਚਾਚਾ ਹਾਂ ਤੇ ਅੱਜ ਰਾਤ ਇਹਨੂੰ ਲੈ ਜਾ ਰਿਹਾ",
            "ਸਾਡੀ 14 ਸਾਲ ਦੀ ਕੁੜੀ ਨੂੰ ਅੱਜ ਰਾਤ ਉਹਦਾ ਚਾਚਾ ਵਿਆਹ ਤੇ ਲੈ ਜਾ ਰਿਹਾ",
        ),
        # Punjabi: the same in the Latin spelling; her own uncle
        (
            "pa",
            "ik 14 saal di kudi kalli aa, ik banda kehnda main ehda chacha haan te ajj raat "
            "ehnu lai ja reha",
            "saadi 14 saal di kudi nu ajj raat ohda chacha viah te lai ja reha",
        ),
        # Punjabi: lost, dark, the phone dying; a charger forgotten
        (
            "pa",
            "ਮੈਂ ਰਸਤਾ ਭੁੱਲ ਗਈ ਹਾਂ, ਹਨੇਰਾ ਹੋ ਗਿਆ, ਫੋਨ ਦੀ ਬੈਟਰੀ ਖਤਮ ਹੋਣ ਵਾਲੀ ਹੈ",
            "ਮੈਂ ਚਾਰਜਰ ਭੁੱਲ ਗਈ ਹਾਂ, ਹਨੇਰਾ ਹੋ ਗਿਆ, ਫੋਨ ਦੀ ਬੈਟਰੀ ਖਤਮ ਹੋਣ ਵਾਲੀ ਹੈ",
        ),
        # Punjabi: the same in the Latin spelling; a charger forgotten
        (
            "pa",
            "main rasta bhul gayi aan, hanera ho gya, phone di battery khatam hon wali aa",
            "main charger bhul gayi aan, hanera ho gya, phone di battery khatam hon wali aa",
        ),
        # Punjabi: fire in my flat, I can't get out; a heater on, rain
        (
            "pa",
            "ਮੇਰੇ ਫਲੈਟ ਵਿੱਚ ਅੱਗ ਲੱਗ ਗਈ ਹੈ, ਮੈਂ ਬਾਹਰ ਨਹੀਂ ਨਿਕਲ ਸਕਦੀ",
            "ਮੇਰੇ ਫਲੈਟ ਵਿੱਚ ਹੀਟਰ ਚੱਲ ਰਿਹਾ ਹੈ, ਮੀਂਹ ਕਰਕੇ ਮੈਂ ਬਾਹਰ ਨਹੀਂ ਨਿਕਲ ਸਕਦੀ",
        ),
        # Punjabi: the same in the Latin spelling; a heater
        (
            "pa",
            "mere flat ch agg lag gayi, main bahar ni nikal sakdi",
            "mere flat ch heater chal reha, meenh karke main bahar ni nikal sakdi",
        ),
        # Punjabi: my child is not breathing properly; not sleeping properly
        (
            "pa",
            "ਮੇਰਾ ਬੱਚਾ ਠੀਕ ਤਰ੍ਹਾਂ ਸਾਹ ਨਹੀਂ ਲੈ ਰਿਹਾ",
            "ਮੇਰਾ ਬੱਚਾ ਠੀਕ ਤਰ੍ਹਾਂ ਸੌਂ ਨਹੀਂ ਰਿਹਾ",
        ),
        # Punjabi: the same in the Latin spelling; not sleeping
        (
            "pa",
            "mera bacha theek tarah saah ni lai reha",
            "mera bacha theek tarah so ni reha",
        ),
        # Punjabi: a fit, five minutes and not stopping; a tour (daura) and five minutes
        (
            "pa",
            "ਉਹਨੂੰ ਦੌਰਾ ਪਿਆ ਹੈ, 5 ਮਿੰਟ ਹੋ ਗਏ, ਰੁਕ ਨਹੀਂ ਰਿਹਾ",
            "ਉਹਨਾਂ ਦਾ ਲੰਡਨ ਦਾ ਦੌਰਾ ਹੈ, 5 ਮਿੰਟ ਹੋ ਗਏ ਟਿਕਟ ਲੱਭਦਿਆਂ",
        ),
        # Punjabi: the same in the Latin spelling; a tour
        (
            "pa",
            "ohnu daura pya, 5 minute ho gaye, ruk ni reha",
            "ohna da London da daura aa, 5 minute ho gaye ticket labhde",
        ),
        # Punjabi: mum fell, her head bleeding, not getting up; her phone dropped
        (
            "pa",
            "ਮੇਰੀ ਮਾਂ ਡਿੱਗ ਪਈ, ਸਿਰ ਵਿੱਚੋਂ ਖੂਨ ਵਗ ਰਿਹਾ, ਉੱਠ ਨਹੀਂ ਰਹੀ",
            "ਮੇਰੀ ਮਾਂ ਦਾ ਫੋਨ ਡਿੱਗ ਪਿਆ, ਸਕਰੀਨ ਟੁੱਟ ਗਈ",
        ),
        # Punjabi: the same in the Latin spelling; a phone dropped
        (
            "pa",
            "meri maa dig payi, sir ton khoon vag reha, uth ni rahi",
            "meri maa da phone dig pya, screen tutt gayi",
        ),
        # Urdu: older boys make my son of 15 sell drugs and will knife him tonight; put him off
        # the team
        (
            "ur",
            "bhai mera beta 15 saal ka hai, kuch bare larke usse drugs bikwate hain aur aaj keh "
            "rahe the agar raat ko nahi aaya to chaku maar denge. woh abhi ghar se nikla hai",
            "bhai mera beta 15 saal ka hai, kuch bare larke usse cricket khilate hain aur aaj "
            "keh rahe the agar raat ko nahi aaya to team se nikal denge",
        ),
        # Urdu: my husband will have my visa cancelled if I tell, and beat me again; a surprise
        (
            "ur",
            "mera shohar kehta hai agar maine kisi ko bataya to wo home office ko bol ke mera "
            "visa cancel karwa dega, kal raat phir maara, abhi bhi ghar pe hai",
            "mera shohar kehta hai agar maine kisi ko bataya to surprise kharab ho jayega, kal "
            "visa ki date hai",
        ),
        # Urdu: a nanny's passport held, threatened with the police and burnt with an iron; a
        # party, clothes ironed
        (
            "ur",
            "assalam o alaikum baji maine reminder dekh liya tha lekin main nahi aa sakti "
            "kyunki jis ghar mein main bachon ko sambhalti hoon unhon ne mera passport rakh "
            "liya hai aur kehte hain agar bahar gayi to police ko bolenge ke main illegal hoon "
            "aur aaj madam ne garam istri se mera haath jala diya",
            "assalam o alaikum baji maine reminder dekh liya tha lekin main nahi aa sakti "
            "kyunki jis ghar mein main bachon ko sambhalti hoon unhon ne aaj party rakhi hai "
            "aur madam ne kaha kapre istri kar do",
        ),
        # Urdu: I owe the agent, or he will kill my family; or the file closes
        (
            "ur",
            "ایجنٹ کہتا ہے میں نے اس کے پیسے دینے ہیں ورنہ وہ میرے گھر والوں کو مار دے گا",
            "ایجنٹ کہتا ہے میں نے اس کے پیسے دینے ہیں ورنہ فائل بند ہو جائے گی",
        ),
        # Urdu: the same in Roman Urdu; the file closes
        (
            "ur",
            "agent kehta hai mujhe uske paise dene hain warna wo mere ghar walon ko maar dega",
            "agent kehta hai mujhe uske paise dene hain warna file band ho jayegi",
        ),
        # Urdu: in Roman Hindi, the agent will kill my family if unpaid; will close the file
        (
            "ur",
            "agent bol raha hai paise nahi diye to mere pariwar ko maar dega",
            "agent bol raha hai paise nahi diye to file band kar dega",
        ),
        # Urdu: the boss kept my passport, pays nothing and beat a boy; copied and given back
        (
            "ur",
            "malik ne mera passport rakh liya hai, tankhwah nahi deta aur kal ek larke ko maara",
            "malik ne mera passport copy karke wapas de diya, tankhwah kal deta hai",
        ),
        # Urdu: in Roman Hindi, passport kept, no salary, a boy beaten; a photocopy kept
        (
            "ur",
            "mere malik ne passport rakh liya, salary nahi deta, kal ek ladke ko peeta",
            "mere malik ne passport ki photocopy rakh li, salary kal deta hai",
        ),
        # Urdu: the landlord wants sex for the rent or he tells the Home Office; garden work
        (
            "ur",
            "مالک مکان کہتا ہے کرائے کے بدلے میرے ساتھ سو، ورنہ ہوم آفس کو بتا دوں گا",
            "مالک مکان کہتا ہے کرائے کے بدلے باغ کا کام کر دو، ورنہ کوئی بات نہیں",
        ),
        # Urdu: the same in Roman Urdu; garden work
        (
            "ur",
            "landlord kehta hai kiraye ke badle mere sath so jao warna home office ko bata dunga",
            "landlord kehta hai kiraye ke badle garden ka kaam kar do warna koi baat nahi",
        ),
        # Urdu: a crowd outside our hotel throwing stones; watching fireworks
        (
            "ur",
            "ہمارے ہوٹل کے باہر لوگ جمع ہیں اور پتھر پھینک رہے ہیں",
            "ہمارے ہوٹل کے باہر لوگ جمع ہیں اور آتش بازی دیکھ رہے ہیں",
        ),
        # Urdu: the same in Roman Urdu; fireworks
        (
            "ur",
            "hamare hotel ke bahar log jama hain aur pathar phenk rahe hain",
            "hamare hotel ke bahar log jama hain aur atishbazi dekh rahe hain",
        ),
        # Urdu: in Roman Hindi, a crowd throwing stones at our hotel; crackers
        (
            "ur",
            "hamare hotel ke bahar bheed jama hai aur patthar fenk rahe hain",
            "hamare hotel ke bahar bheed jama hai aur patakhe fod rahe hain",
        ),
        # Urdu: a girl of 14 alone, a man says he is her uncle, taking her tonight; her own uncle,
        # a wedding
        (
            "ur",
            "ایک 14 سال کی لڑکی اکیلی ہے، ایک آدمی کہتا ہے وہ اس کا چچا ہے اور آج رات اسے لے جا "
            "رہا ہے",
            "ہماری 14 سال کی بیٹی کو آج رات اس کا چچا شادی میں لے جا رہا ہے",
        ),
        # Urdu: the same in Roman Urdu, a boy of 15; her own uncle
        (
            "ur",
            "ek 15 saal ka larka akela hai, ek aadmi kehta hai wo uska chacha hai aur aaj raat "
            "use le ja raha hai",
            "hamari 15 saal ki beti ko aaj raat uska chacha shaadi mein le ja raha hai",
        ),
        # Urdu: in Roman Hindi, the same; her own uncle
        (
            "ur",
            "ek 14 saal ki ladki akeli hai, ek aadmi bolta hai wo uska chacha hai, aaj raat use "
            "le ja raha hai",
            "hamari 14 saal ki ladki ko aaj raat uska chacha shaadi mein le ja raha hai",
        ),
        # Urdu: put out tonight with the children, nowhere to sleep, cold; leaving for a wedding
        (
            "ur",
            "hamein aaj raat ghar se nikal diya, bache sath hain, sone ki koi jagah nahi, bohat "
            "sardi hai",
            "hamein aaj raat ghar se nikalna hai shaadi ke liye, bohat sardi hai",
        ),
        # Urdu: in Roman Hindi, the same; going out
        (
            "ur",
            "hume aaj raat ghar se nikaal diya, bachche saath hain, sone ki jagah nahi, bahut "
            "thand hai",
            "hume aaj raat ghar se nikalna hai, bachche saath hain, bahut thand hai",
        ),
        # Urdu: lost, dark, the phone dying; a charger forgotten
        (
            "ur",
            "میں راستہ بھول گیا ہوں، اندھیرا ہو گیا ہے، فون کی بیٹری ختم ہونے والی ہے",
            "میں چارجر بھول گیا ہوں، اندھیرا ہو گیا ہے، فون کی بیٹری ختم ہونے والی ہے",
        ),
        # Urdu: the same in Roman Urdu; a charger forgotten
        (
            "ur",
            "main rasta bhool gayi hoon, andhera ho gaya, phone ki battery khatam hone wali hai",
            "main charger bhool gayi, andhera ho gaya, phone ki battery khatam hone wali hai",
        ),
        # Urdu: in Roman Hindi, the same; a charger
        (
            "ur",
            "main raasta bhool gayi hoon, andhera ho gaya hai, phone ki battery khatam hone "
            "wali hai",
            "main charger bhool gayi hoon, andhera ho gaya hai, phone ki battery khatam hone "
            "wali hai",
        ),
        # Urdu: fire in my flat, I can't get out; a heater, rain
        (
            "ur",
            "میرے فلیٹ میں آگ لگ گئی ہے، میں باہر نہیں نکل سکتا",
            "میرے فلیٹ میں ہیٹر چل رہا ہے، بارش کی وجہ سے میں باہر نہیں نکل سکتا",
        ),
        # Urdu: the same in Roman Urdu; a heater
        (
            "ur",
            "mere flat mein aag lag gayi hai, main bahar nahi nikal sakti",
            "mere flat mein heater chal raha hai, barish ki wajah se main bahar nahi nikal sakti",
        ),
        # Urdu: my child is not breathing properly; not sleeping properly
        (
            "ur",
            "میرا بچہ ٹھیک سے سانس نہیں لے رہا",
            "میرا بچہ ٹھیک سے سو نہیں رہا",
        ),
        # Urdu: the same in Roman Urdu; not sleeping
        (
            "ur",
            "mera bacha theek se saans nahi le raha",
            "mera bacha theek se so nahi raha",
        ),
        # Urdu: in Roman Hindi, the same; not eating
        (
            "ur",
            "mera bachcha theek se saans nahi le raha",
            "mera bachcha theek se kha nahi raha",
        ),
        # Urdu: a fit for five minutes, not stopping; a tour (daura), five minutes
        (
            "ur",
            "اسے دورہ پڑا ہے، 5 منٹ ہو گئے، رک نہیں رہا",
            "ان کا لندن کا دورہ ہے، 5 منٹ ہو گئے ٹکٹ ڈھونڈتے",
        ),
        # Urdu: the same in Roman Urdu; a tour
        (
            "ur",
            "usay daura para hai, 5 minute ho gaye, ruk nahi raha",
            "unka London ka daura hai, 5 minute ho gaye ticket dhoondte",
        ),
        # Urdu: in Roman Hindi, the same; a tour
        (
            "ur",
            "use daura pada hai, 5 minute ho gaye, ruk nahi raha",
            "unka Delhi ka daura hai, 5 minute ho gaye ticket dhoondte",
        ),
        # Hindi: I owe the agent, or he will kill my family; or the file closes
        (
            "hi",
            "एजेंट कहता है मुझे उसके पैसे देने हैं वरना वो मेरे परिवार को मार देगा",
            "एजेंट कहता है मुझे उसके पैसे देने हैं वरना फाइल बंद हो जाएगी",
        ),
        # Hindi: the boss kept my passport, pays nothing and beat a boy; a photocopy
        (
            "hi",
            "मेरे मालिक ने मेरा पासपोर्ट रख लिया है, पैसे नहीं देता, और कल एक लड़के को पीटा",
            "मेरे मालिक ने मेरे पासपोर्ट की फोटोकॉपी रख ली है, पैसे कल देगा",
        ),
        # Hindi: the landlord wants sex for the rent or he tells the Home Office; garden work
        (
            "hi",
            "मकान मालिक कहता है किराए के बदले मेरे साथ सोओ, वरना होम ऑफिस को बता दूंगा",
            "मकान मालिक कहता है किराए के बदले बगीचे का काम कर दो, वरना कोई बात नहीं",
        ),
        # Hindi: a crowd outside our hotel throwing stones; watching fireworks
        (
            "hi",
            "हमारे होटल के बाहर भीड़ जमा है और पत्थर फेंक रहे हैं",
            "हमारे होटल के बाहर भीड़ जमा है और आतिशबाजी देख रहे हैं",
        ),
        # Hindi: a girl of 14 alone, a man says he is her uncle, taking her tonight; her own uncle
        (
            "hi",
            "एक 14 साल की लड़की अकेली है, एक आदमी कहता है वो उसका चाचा है और आज रात उसे ले जा रहा है",
            "हमारी 14 साल की बेटी को आज रात उसका चाचा शादी में ले जा रहा है",
        ),
        # Hindi: put out tonight with the children, nowhere to sleep, cold; leaving for a wedding
        (
            "hi",
            "हमें आज रात घर से निकाल दिया, बच्चे साथ हैं, सोने की कोई जगह नहीं, बहुत ठंड है",
            "हमें आज रात घर से निकलना है शादी के लिए, बहुत ठंड है",
        ),
        # Hindi: lost, dark, the phone dying; a charger forgotten
        (
            "hi",
            "मैं रास्ता भूल गई हूं, अंधेरा हो गया है, फोन की बैटरी खत्म होने वाली है",
            "मैं चार्जर भूल गई हूं, अंधेरा हो गया है, फोन की बैटरी खत्म होने वाली है",
        ),
        # Hindi: fire in my flat, I can't get out; a heater, rain
        (
            "hi",
            "मेरे फ्लैट में आग लग गई है, मैं बाहर नहीं निकल सकता",
            "मेरे फ्लैट में हीटर चल रहा है, बारिश की वजह से मैं बाहर नहीं निकल सकता",
        ),
        # Hindi: my child is not breathing properly; not sleeping properly
        (
            "hi",
            "मेरा बच्चा ठीक से सांस नहीं ले रहा",
            "मेरा बच्चा ठीक से सो नहीं रहा",
        ),
        # Hindi: a fit for five minutes, not stopping; a minister's tour
        (
            "hi",
            "उसे दौरा पड़ा है, 5 मिनट हो गए, रुक नहीं रहा",
            "मंत्री जी का दौरा है, 5 मिनट हो गए इंतजार करते",
        ),
        # Hindi: mum fell, her head bleeding, not getting up; her phone dropped
        (
            "hi",
            "मेरी मां गिर गईं, सिर से खून बह रहा है, उठ नहीं रहीं",
            "मेरी मां का फोन गिर गया, स्क्रीन टूट गई",
        ),
        # Bengali: an 80-year-old father sending all his money to a caller from 'the bank'; a
        # pension checked
        (
            "bn",
            "আমার বাবার বয়স ৮০, একা থাকেন। একজন লোক ফোন করে বলছে সে ব্যাংক থেকে, আর বাবা এখন "
            "তাকে সব টাকা পাঠাচ্ছেন, আমার কথা শুনছেন না।",
            "আমার বাবার বয়স ৮০, একা থাকেন। বাবা ব্যাংকে ফোন করে জানলেন পেনশন এসেছে, সব ঠিক আছে।",
        ),
        # Bengali: the boss kept my passport, pays nothing, threatens my sister; a copy kept, paid
        # on Friday
        (
            "bn",
            "আমার মালিক আমার পাসপোর্ট রেখে দিয়েছে, দিনে ১৪ ঘণ্টা কাজ করায়, টাকা দেয় না। বলেছে "
            "পালালে দেশে আমার বোনের ক্ষতি করবে",
            "আমার মালিক আমার পাসপোর্টের কপি রেখে দিয়েছে, দিনে ৮ ঘণ্টা কাজ করায়, টাকা শুক্রবারে দেয়।",
        ),
        # Bengali: a cousin held by the restaurant boss, passport taken, hot oil thrown; a recipe
        (
            "bn",
            "bhai amar cousin ke restaurant er malik atke rakhse, passport niye nise, kal raate "
            "or gaye gorom tel fele dise, doctor er kache jaite dey na",
            "bhai amar cousin ke restaurant er malik notun recipe shikhaise, kal raate gorom "
            "tel e mach bhaja hoise",
        ),
        # Bengali: I owe the smuggler, or he will kill my family; or the file closes
        (
            "bn",
            "দালাল বলছে আমি তার টাকা পাই, না দিলে আমার পরিবারকে মেরে ফেলবে",
            "দালাল বলছে আমি তার টাকা পাই, না দিলে ফাইল বন্ধ হয়ে যাবে",
        ),
        # Bengali: the same in the Latin spelling; the file
        (
            "bn",
            "dalal bolche taka na dile amar family ke mere felbe",
            "dalal bolche taka na dile file bondho hoye jabe",
        ),
        # Bengali: the landlord wants sex for the rent or he tells the Home Office; a letter come
        (
            "bn",
            "bariwala bolse bhara na dile tar sathe shuite hobe, naile home office e janay dibe",
            "bariwala bolse bhara na dile chithi dibe, home office er chithi ashle janay dibe",
        ),
        # Bengali: a crowd outside our hotel throwing stones; watching fireworks
        (
            "bn",
            "আমাদের হোটেলের বাইরে অনেক লোক জড়ো হয়েছে, ঢিল ছুড়ছে",
            "আমাদের হোটেলের বাইরে অনেক লোক জড়ো হয়েছে, আতশবাজি দেখছে",
        ),
        # Bengali: the same in the Latin spelling; fireworks
        (
            "bn",
            "amader hotel er baire onek lok, pathor marche",
            "amader hotel er baire onek lok, atoshbaji dekhche",
        ),
        # Bengali: a girl of 14 alone, a man says he is her uncle, taking her tonight; her own
        # uncle
        (
            "bn",
            "একটা ১৪ বছরের মেয়ে একা, একজন লোক বলছে সে তার চাচা, আজ রাতে তাকে নিয়ে যাচ্ছে",
            "আমাদের ১৪ বছরের মেয়েকে আজ রাতে তার চাচা বিয়েতে নিয়ে যাচ্ছে",
        ),
        # Bengali: the same in the Latin spelling; her own uncle
        (
            "bn",
            "ekta 14 bochorer meye eka, ekjon lok bolche se tar chacha, aj rate take niye jacche",
            "amader 14 bochorer meye ke aj rate tar chacha biye te niye jacche",
        ),
        # Bengali: lost, dark, the phone dying; a charger forgotten
        (
            "bn",
            "আমি পথ হারিয়ে ফেলেছি, অন্ধকার হয়ে গেছে, ফোনের চার্জ শেষ হয়ে যাচ্ছে",
            "আমি চার্জার ভুলে গেছি, অন্ধকার হয়ে গেছে, ফোনের চার্জ শেষ হয়ে যাচ্ছে",
        ),
        # Bengali: the same in the Latin spelling; a charger forgotten
        (
            "bn",
            "ami rasta haray felsi, ondhokar hoye gese, phone er charge shesh hoye jacche",
            "ami charger bhule gesi, ondhokar hoye gese, phone er charge shesh hoye jacche",
        ),
        # Bengali: fire in my flat, I can't get out; a heater, rain
        (
            "bn",
            "আমার ফ্ল্যাটে আগুন লেগেছে, আমি বের হতে পারছি না",
            "আমার ফ্ল্যাটে হিটার চলছে, বৃষ্টির জন্য আমি বের হতে পারছি না",
        ),
        # Bengali: the same in the Latin spelling; a heater
        (
            "bn",
            "amar flat e agun lagse, ber hoite parchi na",
            "amar flat e heater cholse, bristir jonno ber hoite parchi na",
        ),
        # Bengali: my child can't breathe properly; can't sleep properly
        (
            "bn",
            "আমার বাচ্চা ঠিকমতো শ্বাস নিতে পারছে না",
            "আমার বাচ্চা ঠিকমতো ঘুমাতে পারছে না",
        ),
        # Bengali: the same in the Latin spelling; can't sleep
        (
            "bn",
            "amar baccha thikmoto shash nite parche na",
            "amar baccha thikmoto ghumaite parche na",
        ),
        # Bengali: a fit for five minutes, not stopping; a meeting of five minutes
        (
            "bn",
            "ওর খিঁচুনি হচ্ছে, ৫ মিনিট হয়ে গেল, থামছে না",
            "ওর মিটিং হচ্ছে, ৫ মিনিট হয়ে গেল, শেষ হচ্ছে না",
        ),
        # Bengali: the same in the Latin spelling; a meeting
        (
            "bn",
            "or khichuni hocche 5 minute hoye gelo thamche na",
            "or meeting hocche 5 minute hoye gelo shesh hocche na",
        ),
        # Tamil: my brother in detention, to be sent to Sri Lanka tomorrow, will be killed there;
        # sent for a wedding
        (
            "ta",
            "என் அண்ணனை detention centre-ல வச்சிருக்காங்க, நாளைக்கு இலங்கைக்கு அனுப்பப் போறாங்க, போனா "
            "அவனைக் கொன்னுடுவாங்கன்னு சொல்றான், மூணு நாளா சாப்பிடவும் இல்லை",
            "என் அண்ணனை நாளைக்கு இலங்கைக்கு அனுப்பப் போறாங்க, கல்யாணத்துக்கு, மூணு நாளா பேக் பண்றான்",
        ),
        # Tamil: a fit for five minutes, not stopping; a pain
        (
            "ta",
            "என் தம்பிக்கு வலிப்பு வருகிறது. 5 நிமிடம் ஆகிறது. நிற்கவில்லை",
            "என் தம்பிக்கு கால் வலி வருகிறது. 5 நிமிடம் நடந்தான்.",
        ),
        # Tamil: in the Latin spelling, the agent will kill my family over money; the fee is due
        (
            "ta",
            "agent panam kudukkalana en family-ah kolluven nu miratturan",
            "agent panam kudukkalana file close aagum nu solraan",
        ),
        # Tamil: in the Latin spelling, the boss kept my passport, pays nothing, beat a man; a
        # copy
        (
            "ta",
            "mudhalali en passport-ah vechukittaan, sambalam kudukkala, nethu oruthana adichaan",
            "en mudhalali en passport copy-ah vechukittaan, sambalam naalaikku kudupaan",
        ),
        # Tamil: the landlord wants sex for the rent or he tells the Home Office; garden work
        (
            "ta",
            "வீட்டு ஓனர் வாடகைக்கு பதிலா கூட படுக்கணும்னு சொல்றார், இல்லைனா ஹோம் ஆபீஸ்ல சொல்லிடுவாராம்",
            "வீட்டு ஓனர் வாடகைக்கு பதிலா தோட்ட வேலை செய்யணும்னு சொல்றார், இல்லைனா பரவாயில்லை",
        ),
        # Tamil: a crowd outside our hotel throwing stones; watching fireworks
        (
            "ta",
            "எங்க ஹோட்டல் வெளியே கூட்டம் நின்னு கல் எறியறாங்க",
            "எங்க ஹோட்டல் வெளியே கூட்டம் நின்னு பட்டாசு பார்க்கறாங்க",
        ),
        # Tamil: the same in the Latin spelling; fireworks
        (
            "ta",
            "enga hotel veliya koottam ninnu kal eriyaranga",
            "enga hotel veliya koottam ninnu pattasu paakkuranga",
        ),
        # Tamil: a girl of 14 alone, a man says he is her uncle, taking her tonight; her own uncle
        (
            "ta",
            "14 வயசு பொண்ணு தனியா இருக்கா, ஒருத்தன் அவளோட மாமான்னு சொல்லி இன்னைக்கு ராத்திரி கூட்டிட்டு போறான்",
            "எங்க 14 வயசு பொண்ணை இன்னைக்கு ராத்திரி அவளோட மாமா கல்யாணத்துக்கு கூட்டிட்டு போறார்",
        ),
        # Tamil: lost, dark, the phone dying; a charger forgotten
        (
            "ta",
            "நான் வழி தெரியாம மாட்டிக்கிட்டேன், இருட்டா இருக்கு, போன் சார்ஜ் தீர போகுது",
            "நான் சார்ஜர் மறந்துட்டேன், இருட்டா இருக்கு, போன் சார்ஜ் தீர போகுது",
        ),
        # Tamil: fire at home, I can't get out; a heater, rain
        (
            "ta",
            "என் வீட்டுல தீ பிடிச்சிருக்கு, என்னால வெளியே வர முடியல",
            "என் வீட்டுல ஹீட்டர் ஓடுது, மழையால என்னால வெளியே வர முடியல",
        ),
        # Tamil: the same in the Latin spelling; a heater
        (
            "ta",
            "en veetla thee pidichirukku, ennala veliya vara mudiyala",
            "en veetla heater odudhu, mazhaiyala ennala veliya vara mudiyala",
        ),
        # Tamil: my child is not breathing properly; not sleeping properly
        (
            "ta",
            "என் குழந்தை சரியா மூச்சு விடல",
            "என் குழந்தை சரியா தூங்கல",
        ),
        # Tamil: the same in the Latin spelling; not sleeping
        (
            "ta",
            "en kuzhandhai sariya moochu vidala",
            "en kuzhandhai sariya thoongala",
        ),
        # Tamil: a fit five minutes, not stopping; a pain
        (
            "ta",
            "அவனுக்கு வலிப்பு வந்து 5 நிமிஷம் ஆச்சு, நிக்கல",
            "அவனுக்கு தலைவலி வந்து 5 நிமிஷம் ஆச்சு, சரியாயிடுச்சு",
        ),
        # Tamil: mum fell, her head bleeding, not getting up; her phone dropped
        (
            "ta",
            "அம்மா கீழே விழுந்துட்டாங்க, தலையில ரத்தம் வருது, எழுந்திருக்கல",
            "அம்மாவோட போன் கீழே விழுந்துடுச்சு, ஸ்கிரீன் உடைஞ்சிடுச்சு",
        ),
        # Tamil: the same in the Latin spelling; a phone
        (
            "ta",
            "amma keezha vizhunthutanga, thalaila ratham varudhu, ezhunthirikala",
            "ammavoda phone keezha vizhunthuduchu, screen udainjiduchu",
        ),
        # Gujarati: I owe the agent, or he will kill my family; or the file closes
        (
            "gu",
            "એજન્ટ કહે છે કે મારે તેના પૈસા આપવાના છે, નહીં તો મારા પરિવારને મારી નાખશે",
            "એજન્ટ કહે છે કે મારે તેના પૈસા આપવાના છે, નહીં તો ફાઇલ બંધ થઈ જશે",
        ),
        # Gujarati: the same in the Latin spelling; the file
        (
            "gu",
            "agent kahe che paisa nahi aapu to mara parivar ne mari nakhshe",
            "agent kahe che paisa nahi aapu to file bandh thai jashe",
        ),
        # Gujarati: the boss kept my passport, pays nothing and beat a boy; a xerox kept
        (
            "gu",
            "મારા માલિકે મારો પાસપોર્ટ રાખી લીધો છે, પગાર નથી આપતો, અને કાલે એક છોકરાને માર્યો",
            "મારા માલિકે મારા પાસપોર્ટની ઝેરોક્સ રાખી લીધી છે, પગાર કાલે આપશે",
        ),
        # Gujarati: the landlord wants sex for the rent or he tells the Home Office; garden work
        (
            "gu",
            "મકાનમાલિક કહે છે કે ભાડાના બદલે તેની સાથે સૂવું પડશે, નહીં તો હોમ ઓફિસને કહી દેશે",
            "મકાનમાલિક કહે છે કે ભાડાના બદલે બગીચાનું કામ કરવું પડશે, નહીં તો વાંધો નહીં",
        ),
        # Gujarati: a crowd outside our hotel throwing stones; watching fireworks
        (
            "gu",
            "અમારી હોટલની બહાર ટોળું ભેગું થયું છે અને પથ્થર ફેંકે છે",
            "અમારી હોટલની બહાર ટોળું ભેગું થયું છે અને ફટાકડા જુએ છે",
        ),
        # Gujarati: I'll kill myself before they send me back; a story about it
        (
            "gu",
            "મને પાછો મોકલે એ પહેલાં હું આપઘાત કરી લઈશ, કાલે મારી ફ્લાઇટ છે",
            "મને પાછો મોકલે એ પહેલાં હું ઘરે ફોન કરી લઈશ, કાલે મારી ફ્લાઇટ છે",
        ),
        # Gujarati: the same in the Latin spelling; a call home
        (
            "gu",
            "mane pacho mokle e pehla hu aapghat kari laish, kale mari flight che",
            "mane pacho mokle e pehla hu ghare phone kari laish, kale mari flight che",
        ),
        # Gujarati: a girl of 14 alone, a man says he is her uncle, taking her tonight; her own
        # uncle
        (
            "gu",
            "14 વર્ષની છોકરી એકલી છે, એક માણસ કહે છે કે તે તેનો કાકા છે અને આજે રાત્રે તેને લઈ જાય છે",
            "અમારી 14 વર્ષની દીકરીને આજે રાત્રે તેના કાકા લગ્નમાં લઈ જાય છે",
        ),
        # Gujarati: lost, dark, the phone dying; a charger forgotten
        (
            "gu",
            "હું રસ્તો ભૂલી ગઈ છું, અંધારું થઈ ગયું છે, ફોનની બેટરી પૂરી થવા આવી છે",
            "હું ચાર્જર ભૂલી ગઈ છું, અંધારું થઈ ગયું છે, ફોનની બેટરી પૂરી થવા આવી છે",
        ),
        # Gujarati: fire in my flat, I can't get out; a heater, rain
        (
            "gu",
            "મારા ફ્લેટમાં આગ લાગી છે, હું બહાર નીકળી શકતી નથી",
            "મારા ફ્લેટમાં હીટર ચાલે છે, વરસાદને લીધે હું બહાર નીકળી શકતી નથી",
        ),
        # Gujarati: my child is not breathing properly; not sleeping properly
        (
            "gu",
            "મારું બાળક બરાબર શ્વાસ નથી લેતું",
            "મારું બાળક બરાબર ઊંઘ નથી લેતું",
        ),
        # Gujarati: a fit, five minutes, not stopping; a cramp
        (
            "gu",
            "તેને ખેંચ આવી છે, 5 મિનિટ થઈ ગઈ, બંધ નથી થતી",
            "તેને પગમાં દુખાવો છે, 5 મિનિટ થઈ ગઈ, હવે સારું છે",
        ),
        # Gujarati: in the Latin spelling, mum fell, head bleeding, not coming round; a phone
        # dropped
        (
            "gu",
            "mari mummy padi gayi, matha mathi lohi nikle che, bhan ma nathi aavti",
            "mari mummy no phone padi gayo, screen tuti gai",
        ),
        # Ukrainian: an older father alone has not answered for three days, the door shut; he asks
        # when the writer will come
        (
            "uk",
            (
                "Добрий день. Мій батько, 78 років, живе сам у Лейтоні. Третій день не "
                "відповідає на телефон, двері зачинені, сусіди кажуть, що світло не вмикалося. "
                "Я зараз не можу приїхати."
            ),
            (
                "Добрий день. Мій батько, 78 років, живе сам у Лейтоні. Третій день питає, коли "
                "я приїду, сусіди кажуть, що світло полагодили."
            ),
        ),
        # Ukrainian: the landlord will throw us and the children out tonight, nowhere to sleep; he
        # will throw out old furniture
        (
            "uk",
            (
                "Вибачте, я не зможу прийти. Хазяїн квартири сказав, що сьогодні ввечері викине "
                "нас з дітьми на вулицю, і нам нема де спати"
            ),
            (
                "Вибачте, я не зможу прийти. Хазяїн квартири сказав, що сьогодні ввечері викине "
                "старі меблі на вулицю"
            ),
        ),
        # Ukrainian: a son of 17 has not come home and does not answer; he will be home late and
        # answers
        (
            "uk",
            (
                "5, дякую. Але можна питання не про асамблею? Мій син, йому 17, ми тут без "
                "документів, якісь чоловіки пропонують йому роботу за гроші готівкою і сьогодні "
                "він не повернувся додому і не бере телефон"
            ),
            (
                "5, дякую. Але можна питання не про асамблею? Мій син, йому 17, сьогодні "
                "повернеться додому пізно, бо має тренування, телефон бере"
            ),
        ),
        # Ukrainian: the writer cut her arm and the blood will not stop; a finger cut that has
        # stopped
        (
            "uk",
            "я порізала руку. кров не зупиняється. я вдома сама",
            "я порізала палець, коли різала хліб. кров вже зупинилася",
        ),
        # Ukrainian: the smuggler says I owe him and he will hurt my family; I owe a friend and
        # she gives a discount
        (
            "uk",
            (
                "Перевізник каже, що я винен йому гроші, і якщо не заплачу, він зробить боляче "
                "моїй родині"
            ),
            "Подруга каже, що я винна їй гроші за квитки, і вона зробить мені знижку",
        ),
        # Ukrainian: the landlord wants sex instead of rent or will report me; he wants repairs
        # instead of rent
        (
            "uk",
            "Хазяїн квартири хоче секс замість оренди, інакше повідомить про мене в Home Office",
            "Хазяїн квартири хоче ремонт замість оренди за цей місяць",
        ),
        # Ukrainian: a crowd by our hotel throwing stones now; children by our hotel throwing
        # stones into the sea
        (
            "uk",
            "Натовп біля нашого готелю кидає каміння прямо зараз",
            "Діти біля нашого готелю кидають каміння в море",
        ),
        # Ukrainian: a girl of 15, a man says he is her uncle and takes her tonight; her uncle
        # collects her from camp
        (
            "uk",
            (
                "Дівчинці 15 років, вона тут сама, чоловік каже, що він її дядько, і сьогодні "
                "ввечері забирає її"
            ),
            "Дівчинці 15 років, її дядько сьогодні ввечері забирає її з табору",
        ),
        # Ukrainian: thrown out with the children tonight, nowhere to sleep; sent out of the pool
        # at closing
        (
            "uk",
            "Нас з дітьми вигнали сьогодні ввечері, нема де спати, дуже холодно",
            "Нас з дітьми вигнали з басейну о восьмій, бо він зачинявся",
        ),
        # Ukrainian: the writer is lost, it is dark, the phone dying; lost yesterday, found the
        # way, phone charged
        (
            "uk",
            "Я заблукала, вже темно, телефон сідає",
            "Я вчора заблукала, але знайшла дорогу, телефон зарядила",
        ),
        # Ukrainian: a fire in my flat and I cannot get out; I cannot go out to the shop
        (
            "uk",
            "У моїй квартирі пожежа, я не можу вийти",
            "У моїй квартирі ремонт, я не можу вийти до магазину",
        ),
        # Ukrainian: my child is breathing badly; my child is eating badly
        (
            "uk",
            "Моя дитина погано дихає",
            "Моя дитина погано їсть",
        ),
        # Ukrainian: he has had a fit for five minutes; a fit of laughter for five minutes
        (
            "uk",
            "У нього напад вже 5 хвилин",
            "У нього напад сміху вже 5 хвилин",
        ),
        # Russian: he took my BRP and broke my arm today, I am locked in the bathroom; I broke my
        # arm skating
        (
            "ru",
            (
                "Мой муж забрал мой BRP и говорит, что без него я никто и меня вышлют. Сегодня "
                "он сломал мне руку, я закрылась в ванной, он стоит за дверью"
            ),
            "Мой муж забрал мой BRP на продление. Прошлой зимой я сломала руку на катке",
        ),
        # Russian: the man who brought me says I owe money and he will harm my family; I owe a
        # friend for tickets
        (
            "ru",
            (
                "Человек, который меня привёз, говорит, что я должна ему деньги, и если не "
                "отдам, он навредит моей семье"
            ),
            "Подруга говорит, что я должна ей деньги за билеты, и сделает мне скидку",
        ),
        # Russian: the landlord wants sex instead of rent or will report me; he wants repairs
        # instead of rent
        (
            "ru",
            "Арендодатель хочет секса вместо оплаты за квартиру, иначе сообщит в Home Office",
            "Арендодатель хочет ремонт вместо оплаты за квартиру в этом месяце",
        ),
        # Russian: a crowd by our hotel throwing stones now; children by our hotel throwing stones
        # into the river
        (
            "ru",
            "Толпа у нашего отеля бросает камни прямо сейчас",
            "Дети у нашего отеля бросают камни в реку",
        ),
        # Russian: a girl of 15, a man says he is her uncle and takes her tonight; her uncle
        # collects her from camp
        (
            "ru",
            "Девочке 15, она одна, мужчина говорит что он её дядя, и сегодня ночью забирает её",
            "Девочке 15, её дядя сегодня вечером забирает её из лагеря",
        ),
        # Russian: the writer is lost, it is dark, the phone dying; lost yesterday, found the way
        (
            "ru",
            "Я заблудилась, уже темно, телефон садится",
            "Я вчера заблудилась, но нашла дорогу, телефон зарядила",
        ),
        # Russian: a fire in my flat and I cannot get out; I cannot go out to the shop
        (
            "ru",
            "У меня в квартире пожар, я не могу выйти",
            "У меня в квартире ремонт, я не могу выйти в магазин",
        ),
        # Russian: my child is breathing badly; my child is eating badly
        (
            "ru",
            "Мой ребёнок плохо дышит",
            "Мой ребёнок плохо ест",
        ),
        # Russian: he has had a fit for five minutes; a fit of laughter for five minutes
        (
            "ru",
            "У него припадок уже 5 минут",
            "У него приступ смеха уже 5 минут",
        ),
        # Bulgarian: an older father fell and cannot get up, no food; he fell off his bike and got
        # up
        (
            "bg",
            (
                "Баща ми е на 82 и живее сам. Социалният работник не е идвал от седмица, няма "
                "храна, падна и не може да стане. Аз съм в Германия, не мога да отида."
            ),
            "Баща ми е на 82 и живее сам. Вчера падна от колелото, но веднага стана и се смя.",
        ),
        # Bulgarian: brought for hotel work, kept and made to sleep with men; made to share a room
        # with the children
        (
            "bg",
            (
                "Доведоха ме тук уж за работа в хотел, но ме държат в апартамент и ме карат да "
                "спя с мъже, казаха че ако избягам ще намерят сина ми в България"
            ),
            (
                "Доведоха ме тук за работа в хотел, в апартамента ме карат да спя с децата в "
                "една стая"
            ),
        ),
        # Bulgarian: the smuggler says I owe him and he will hurt my family; I owe a friend for
        # the tickets
        (
            "bg",
            "Каналджията казва, че му дължа пари и ако не платя, ще нарани семейството ми",
            "Приятелката ми казва, че ѝ дължа пари за билетите и ще ми направи отстъпка",
        ),
        # Bulgarian: the landlord wants sex instead of rent or will report me; he wants repairs
        # instead of rent
        (
            "bg",
            "Хазяинът иска секс вместо наем, иначе ще ме издаде на Home Office",
            "Хазяинът иска ремонт вместо наем този месец",
        ),
        # Bulgarian: a crowd outside our hotel throwing stones now; children throwing stones into
        # the sea
        (
            "bg",
            "Тълпа пред хотела ни хвърля камъни в момента",
            "Децата пред хотела хвърлят камъни в морето",
        ),
        # Bulgarian: a girl of 15, a man says he is her uncle and takes her tonight; her uncle
        # collects her from camp
        (
            "bg",
            "Момиче на 15 е само, един мъж казва, че е чичо ѝ, и тази вечер я взима",
            "Момичето е на 15, чичо ѝ тази вечер я взима от лагера",
        ),
        # Bulgarian: thrown out with the children tonight, nowhere to sleep; sent out of the pool
        # at closing
        (
            "bg",
            "Изгониха ни с децата тази вечер, нямаме къде да спим, замръзваме",
            "Изгониха ни с децата от басейна в осем, защото затваряше",
        ),
        # Bulgarian: the writer is lost, it is dark, the phone dying; lost yesterday, found the
        # way
        (
            "bg",
            "Загубих се, тъмно е, телефонът ми умира",
            "Вчера се загубих малко, но намерих пътя, телефонът ми е зареден",
        ),
        # Bulgarian: a fire in my flat and I cannot get out; I cannot go out to the shop
        (
            "bg",
            "Пожар в апартамента ми, не мога да изляза",
            "Ремонт в апартамента ми, не мога да изляза до магазина",
        ),
        # Bulgarian: my baby is not breathing well; my baby is not sleeping well
        (
            "bg",
            "Бебето ми не диша добре",
            "Бебето ми не спи добре",
        ),
        # Bulgarian: a fit for five minutes; a fit of laughter for five minutes
        (
            "bg",
            "Има припадък от 5 минути",
            "Има пристъп на смях от 5 минути",
        ),
        # Bulgarian: my mother fell, her head bleeding, she won't wake; she fell and got straight
        # up
        (
            "bg",
            "Майка ми падна, главата ѝ кърви, не се събужда",
            "Майка ми падна на леда, но веднага стана",
        ),
        # Bulgarian: in Latin letters: I owe the smuggler and he will hurt my family; I owe a
        # friend
        (
            "bg",
            "kanaldzhiyata kazva che mu dalzha pari i ako ne platya shte narani semeystvoto mi",
            "priyatelkata mi kazva che i dalzha pari za biletite i shte mi napravi otstapka",
        ),
        # Bulgarian: in Latin letters: the boss took the passport, does not pay, beat a lad; took
        # it for a copy
        (
            "bg",
            "shefat mi vze pasporta, ne mi plashta i dnes bi edno momche",
            "shefat mi vze pasporta za kopie, plashta ni v petak",
        ),
        # Bulgarian: in Latin letters: the landlord wants sex instead of rent; repairs instead of
        # rent
        (
            "bg",
            "hazyainat iska seks vmesto naem, inache shte me izdade na Home Office",
            "hazyainat iska remont vmesto naem tozi mesec",
        ),
        # Bulgarian: in Latin letters: a crowd throwing stones at the hotel; children throwing
        # them into the sea
        (
            "bg",
            "talpa pred hotela ni hvarlya kamani v momenta",
            "decata pred hotela hvarlyat kamani v moreto",
        ),
        # Bulgarian: in Latin letters: a man says he is the uncle of a girl of 15; her uncle takes
        # her from camp
        (
            "bg",
            "momiche na 15 e samo, edin mazh kazva che e chicho i, i tazi vecher ya vzima",
            "momicheto e na 15, chicho i tazi vecher ya vzima ot lagera",
        ),
        # Bulgarian: in Latin letters: thrown out with the children, nowhere to sleep; sent out of
        # the pool
        (
            "bg",
            "izgoniha ni s decata tazi vecher, nyamame kade da spim, zamrazvame",
            "izgoniha ni s decata ot basejna v osem, zashtoto zatvaryashe",
        ),
        # Bulgarian: in Latin letters: lost, dark, the phone dying; lost a little yesterday, found
        # the way
        (
            "bg",
            "zagubih se, tamno e, telefonat mi umira",
            "vchera se zagubih malko, no namerih patya, telefonat mi e zareden",
        ),
        # Bulgarian: in Latin letters: a fire in my flat, I cannot get out; I cannot go out to the
        # shop
        (
            "bg",
            "pozhar v apartamenta mi, ne moga da izlyaza",
            "remont v apartamenta mi, ne moga da izlyaza do magazina",
        ),
        # Bulgarian: in Latin letters: my baby is not breathing well; not sleeping well
        (
            "bg",
            "bebeto mi ne disha dobre",
            "bebeto mi ne spi dobre",
        ),
        # Bulgarian: in Latin letters: a fit for five minutes; a fit of laughter
        (
            "bg",
            "ima pripadak ot 5 minuti",
            "ima pristap na smyah ot 5 minuti",
        ),
        # Bulgarian: in Latin letters: my mother fell, her head bleeding; she fell and got up
        (
            "bg",
            "mayka mi padna, glavata i karvi, ne se sabuzhda",
            "mayka mi padna na leda, no vednaga stana",
        ),
        # Polish: tablets got ready, I'll do it today; tablets ready, the shopping done today
        (
            "pl",
            (
                "nie dam rady w sobote. szczerze mowiac nie jest ok, tabletki mam juz "
                "przygotowane i chyba dzis to zrobie. sorki"
            ),
            (
                "nie dam rady w sobote. tabletki dla mamy mam juz przygotowane, a zakupy chyba "
                "dzis zrobie. sorki"
            ),
        ),
        # Polish: the smuggler says I owe him and he will hurt my family; I owe a friend for the
        # tickets
        (
            "pl",
            (
                "Przemytnik mówi, że jestem mu winien pieniądze i jak nie oddam, zrobi krzywdę "
                "mojej rodzinie"
            ),
            "Koleżanka mówi, że jestem jej winna pieniądze za bilety i zrobi mi zniżkę",
        ),
        # Polish: the landlord wants sex instead of rent or will report me; repairs instead of
        # rent
        (
            "pl",
            (
                "Właściciel mieszkania chce seksu zamiast czynszu, inaczej zgłosi mnie do Home "
                "Office"
            ),
            "Właściciel mieszkania chce remontu zamiast czynszu w tym miesiącu",
        ),
        # Polish: a crowd outside our hotel throwing stones; children throwing stones into the
        # lake
        (
            "pl",
            "Tłum przed naszym hotelem rzuca kamieniami",
            "Dzieci przed naszym hotelem rzucają kamieniami do jeziora",
        ),
        # Polish: a girl of 15, a man says he is her uncle and takes her tonight; her uncle
        # collects her
        (
            "pl",
            (
                "Dziewczyna ma 15 lat, jest sama, facet mówi, że jest jej wujkiem i dziś w nocy "
                "ją zabiera"
            ),
            "Dziewczyna ma 15 lat, jej wujek dziś wieczorem zabiera ją z obozu",
        ),
        # Polish: the writer is lost, it is dark, the phone dying; lost yesterday, found the way
        (
            "pl",
            "Zgubiłam się, jest ciemno, telefon mi pada",
            "Wczoraj się zgubiłam, ale znalazłam drogę, telefon naładowany",
        ),
        # Polish: a fire in my flat and I cannot get out; I cannot go out to the shop
        (
            "pl",
            "Pożar w moim mieszkaniu, nie mogę wyjść",
            "Remont w moim mieszkaniu, nie mogę wyjść do sklepu",
        ),
        # Polish: an epileptic fit for five minutes; a match on for five minutes
        (
            "pl",
            "Ma atak padaczki od 5 minut",
            "Mecz trwa od 5 minut, mamy atak",
        ),
        # Polish: mum fell, bleeding from the head, won't wake; she fell and got straight up
        (
            "pl",
            "Mama upadła, krwawi z głowy, nie budzi się",
            "Mama upadła na lodzie, ale od razu wstała",
        ),
        # Lithuanian: brought to a farm, passports taken, the boss beat a man; passports taken for
        # copies
        (
            "lt",
            (
                "Mus atvežė dirbti į ūkį, paėmė pasus, gyvename dešimt žmonių viename name, "
                "šiandien vadovas sumušė vieną vyrą ir pasakė, kad taip bus visiems, kas skųsis"
            ),
            (
                "Mus atvežė dirbti į ūkį, paėmė pasus kopijoms, šiandien vadovas pavaišino "
                "visus pietumis"
            ),
        ),
        # Lithuanian: the carer has not come, the writer cannot get up alone; her day off, the
        # writer is up
        (
            "lt",
            "mano slaugė neatėjo. aš vis dar lovoje. negėriau vaistų. negaliu atsikelti viena",
            (
                "mano slaugė neatėjo, nes šiandien jos laisvadienis. aš jau atsikėliau ir "
                "išgėriau vaistus"
            ),
        ),
        # Lithuanian: the man who brought me says I owe him and will hurt my family; I owe a
        # friend
        (
            "lt",
            (
                "Žmogus, kuris mane atvežė, sako, kad esu jam skolingas, ir jei nesumokėsiu, "
                "sužalos mano šeimą"
            ),
            "Draugė sako, kad esu jai skolinga už bilietus, ir ji man padarys nuolaidą",
        ),
        # Lithuanian: the landlord wants sex instead of rent or will report me; repairs instead of
        # rent
        (
            "lt",
            "Buto savininkas nori sekso vietoj nuomos, kitaip praneš Home Office",
            "Buto savininkas nori remonto vietoj nuomos šį mėnesį",
        ),
        # Lithuanian: a crowd by our hotel throwing stones; children throwing stones into the lake
        (
            "lt",
            "Minia prie mūsų viešbučio mėto akmenis",
            "Vaikai prie mūsų viešbučio mėto akmenis į ežerą",
        ),
        # Lithuanian: a girl of 15, a man says he is her uncle and takes her tonight; her uncle
        # collects her
        (
            "lt",
            "Mergaitei 15 metų, ji viena, vyras sako, kad jis jos dėdė, ir šįvakar ją išsiveža",
            "Mergaitei 15 metų, jos dėdė šįvakar ją pasiima iš stovyklos",
        ),
        # Lithuanian: the writer is lost, it is dark, the phone dying; lost yesterday, found the
        # way
        (
            "lt",
            "Pasiklydau, tamsu, telefonas išsikrauna",
            "Vakar pasiklydau, bet radau kelią, telefonas įkrautas",
        ),
        # Lithuanian: a fire in my flat and I cannot get out; I cannot go out to the shop
        (
            "lt",
            "Mano bute gaisras, negaliu išeiti",
            "Mano bute remontas, negaliu išeiti į parduotuvę",
        ),
        # Lithuanian: my baby is breathing badly; my baby is sleeping badly
        (
            "lt",
            "Mano kūdikis blogai kvėpuoja",
            "Mano kūdikis blogai miega",
        ),
        # Lithuanian: a fit going on for five minutes; a fit of laughter
        (
            "lt",
            "Priepuolis tęsiasi jau 5 minutes",
            "Juoko priepuolis tęsiasi jau 5 minutes",
        ),
        # Lithuanian: mum fell, her head bleeding, she won't wake; she fell and got straight up
        (
            "lt",
            "Mama nukrito, jai kraujuoja galva, ji nepabunda",
            "Mama nukrito ant ledo, bet iškart atsistojo",
        ),
        # Albanian: men will kill my brother tonight over debts; my brother has debts at the bank
        (
            "sq",
            (
                "Vëllai im ka borxhe dhe disa burra i thanë se sonte do ta vrasin nëse nuk "
                "paguan. Ka ikur nga shtëpia dhe nuk përgjigjet në telefon."
            ),
            "Vëllai im ka borxhe te banka dhe këtë muaj nuk paguan dot këstin.",
        ),
        # Albanian: the man who brought me says I work off a debt or he kills my family; a debt
        # paid to a friend
        (
            "sq",
            (
                "Ky njeri qe me solli ne Angli thote qe duhet te punoj per te ne kanabis pa "
                "pagese derisa te laj borxhin, perndryshe vret familjen time ne Shqiperi. Neser "
                "vjen te me marre"
            ),
            "Ky njeri qe me solli ne Angli me huazoi para, borxhin do ta laj muajin tjeter",
        ),
        # Albanian: a girl of 15 came with a man who says he is her uncle and is not; her uncle
        # brings her
        (
            "sq",
            (
                "Fatura e trenit eshte ne foto. Edhe nje gje, vajza e motres sime 15 vjec ka "
                "ardhur me nje burre qe thote se eshte xhaxhai i saj por nuk eshte, dhe neser "
                "do ta coje ne Birmingham"
            ),
            (
                "Fatura e trenit eshte ne foto. Edhe nje gje, vajza e motres sime 15 vjec ka "
                "ardhur me xhaxhain e saj, dhe neser shkojne ne Birmingham"
            ),
        ),
        # Albanian: the smuggler says I owe him and he will hurt my family; I owe a friend for the
        # tickets
        (
            "sq",
            (
                "Ai që më solli këtu thotë që i kam borxh dhe nëse nuk paguaj do t'i bëjë keq "
                "familjes sime"
            ),
            "Shoqja thotë që i kam borxh për biletat dhe do më bëjë zbritje",
        ),
        # Albanian: the landlord wants sex instead of rent or will report me; repairs instead of
        # rent
        (
            "sq",
            (
                "Pronari i shtëpisë do seks në vend të qirasë, përndryshe do më denoncojë në "
                "Home Office"
            ),
            "Pronari i shtëpisë do riparime në vend të qirasë këtë muaj",
        ),
        # Albanian: a crowd outside our hotel throwing stones now; children throwing stones into
        # the sea
        (
            "sq",
            "Një turmë jashtë hotelit tonë po hedh gurë tani",
            "Fëmijët jashtë hotelit tonë po hedhin gurë në det",
        ),
        # Albanian: a girl of 15, a man says he is her uncle and takes her tonight; her uncle
        # collects her
        (
            "sq",
            (
                "Një vajzë 15 vjeç është vetëm, një burrë thotë se është xhaxhai i saj dhe "
                "sonte po e merr"
            ),
            "Vajza është 15 vjeç, xhaxhai i saj sonte vjen nga kampi",
        ),
        # Albanian: put out tonight with the children, nowhere to sleep; sent out of the pool at
        # closing
        (
            "sq",
            "Na nxorën jashtë sonte me fëmijët, nuk kemi ku të flemë, po ngrijmë",
            "Sonte me fëmijët dolëm nga pishina në tetë, sepse mbyllej",
        ),
        # Albanian: the writer is lost, it is dark, the phone dying; keys lost, the phone charged
        (
            "sq",
            "Kam humbur, është errësirë, telefoni po më fiket",
            "Kam humbur çelësat e makinës, telefoni është i karikuar",
        ),
        # Albanian: a fire in my flat and I cannot get out; I cannot go out, there is work
        (
            "sq",
            "Ka zjarr në banesën time, nuk mund të dal",
            "Ka punime në banesën time, nuk mund të dal sot",
        ),
        # Albanian: my baby is not breathing well; my baby is not sleeping well
        (
            "sq",
            "Foshnja ime nuk merr frymë mirë",
            "Foshnja ime nuk fle mirë",
        ),
        # Albanian: a fit lasting five minutes; an economic crisis on the five-minute news
        (
            "sq",
            "Ka një krizë që zgjat 5 minuta",
            "Ka një krizë ekonomike, lajmi zgjat 5 minuta",
        ),
        # Finglish: put out of the hotel, no money, nowhere to sleep tonight and cold; a park
        # visit with the children
        (
            "fa",
            "salam, man alan too parke Walthamstow hastam, az hotel bironam kardan chon 28 roz "
            "tamoom shod, hich pooli nadaram va jaei baraye khab emshab nadaram, kheili "
            "sardame",
            "salam, man alan too parke Walthamstow hastam, ba bacheha oomadim bazi, hava "
            "kheili sarde",
        ),
        # Farsi: a brother in detention says he will kill himself before the flight; getting ready
        # to see his mother
        (
            "fa",
            "برادرم را به مرکز بازداشت بردند، فردا پرواز دارد به کابل، می‌گوید اگر برگردد "
            "طالبان او را می‌کشند و گفته قبل از پرواز خودش را می‌کشد",
            "برادرم فردا پرواز دارد به کابل، می‌گوید خودش را برای دیدن مادر آماده می‌کند",
        ),
        # Farsi: a friend past bearing it, a rope bought, her door locked, no answer; a washing
        # line, asleep
        (
            "fa",
            "دوستم که با ما در هتل است امروز گفت دیگر نمی‌تواند تحمل کند و طناب خریده، الان در "
            "اتاقش را قفل کرده و جواب نمی‌دهد",
            "دوستم طناب برای رخت خریده، الان در اتاقش را قفل کرده و جواب نمی‌دهد، خوابیده",
        ),
        # Farsi: a boy of 15 alone, a man who says he is the uncle taking him tonight; his own
        # uncle to the cinema
        (
            "fa",
            "پسر ۱۵ ساله همسایه‌مون تنها اومده انگلیس، امشب یه مرد که میگه داییشه اومده دنبالش "
            "ببره منچستر، ولی پسره میگه نمیشناسدش و می‌ترسه",
            "پسر ۱۴ ساله‌ام میگه داییش امشب میاد دنبالش ببره سینما",
        ),
        # Pashto: a nephew of 14, a man who says he is the uncle taking him tonight; his uncle
        # taking him to a wedding
        (
            "ps",
            "زما وراره ۱۴ کلن دی، یو سړی راغلی وايي زه يې کاکا یم او غواړي نن شپه يې له ځان "
            "سره بوځي، خو موږ هغه نه پېژنو",
            "زما وراره ۱۴ کلن دی، کاکا یې نن شپه له ځان سره واده ته بوځي",
        ),
        # Pashto: told he will ruin my case and beat me if I tell the police; a lawyer says the
        # case will go well
        (
            "ps",
            "زه په هوټل کې یم، یو سړی هره شپه زما دروازه ټکوي او وايي چې که پولیسو ته دې ووایل "
            "ستا قضیه به خرابه کړم او وبه دې وهم",
            "وکیل وايي که پولیسو ته دې ووایل ستا قضیه به ښه شي",
        ),
        # Sorani: the smuggler will kill my brother if I do not pay; the smuggler caught, my
        # brother glad
        (
            "ku",
            "ئەو قاچاخچییەی منی هێنا دەڵێت ئەگەر پارەکەی نەدەمێ براکەم لە کوردستان دەکوژێت، "
            "ئەمشەو دێتە لای هۆتێلەکە",
            "ئەو قاچاخچییەی منی هێنا گیرا، براکەم لە کوردستان دڵخۆشە",
        ),
        # Kurmanji: a sister of 16 shut in at home by her husband and beaten; one of 26 whose
        # husband works from home
        (
            "ku",
            "Xwişka min 16 salî ye, mêrê wê yê 40 salî wê li malê girtiye û lê dixe, ew ji "
            "polîsan ditirse ji ber ku kaxezên wê tune ne",
            "Xwişka min 26 salî ye, mêrê wê li malê dixebite û ji polîsan natirse",
        ),
        # Sorani: my husband will kill me if I go to the meeting; he says I must come back early
        (
            "ku",
            "مێردەکەم دەڵێت ئەگەر بچمە کۆبوونەوەکە دەمکوژێت، ڤیزاکەم بەسەر ئەوەوەیە و ئێستا "
            "دەرگای ماڵەکەی لەسەرم داخستووە",
            "مێردەکەم دەڵێت ئەگەر بچمە کۆبوونەوەکە دەبێت زوو بگەڕێمەوە",
        ),
        # Farsi: the smuggler will kill my family if I do not pay the debt; a debt to a friend
        (
            "fa",
            "قاچاقچی میگه بهش پول بدهکارم و اگه ندم خانواده‌ام رو تو ایران می‌کشه",
            "به دوستم پول بدهکارم، فردا خانواده‌ام رو تو ایران می‌بینم",
        ),
        # Farsi: the landlord wants sex for the rent or will report me to the Home Office; the
        # garden
        (
            "fa",
            "صاحبخونه میگه اگه باهاش نخوابم به جای اجاره، منو به هوم آفیس گزارش میده",
            "صاحبخونه میگه به جای اجاره این ماه، باغچه رو مرتب کنم",
        ),
        # Farsi: a crowd outside the hotel throwing stones at the windows; children throwing a
        # ball
        (
            "fa",
            "یه عده بیرون هتل جمع شدن و دارن به پنجره‌ها سنگ پرت می‌کنن",
            "بچه‌ها بیرون هتل دارن توپ پرت می‌کنن",
        ),
        # Farsi: a boy of 14 alone, a man says he is the uncle and takes him tonight; the boy's
        # own uncle
        (
            "fa",
            "یه پسر ۱۴ ساله تنهاست، یه مرد اومده میگه داییشه و امشب می‌خواد ببرتش",
            "پسر ۱۴ ساله‌ام میگه داییش امشب میاد دنبالش ببره سینما",
        ),
        # Farsi: lost, dark, the phone dying; keys lost
        (
            "fa",
            "گم شدم، هوا تاریکه و شارژ گوشیم داره تموم میشه",
            "کلیدمو گم کردم، هوا تاریکه و شارژ گوشیم داره تموم میشه",
        ),
        # Farsi: the flat on fire and I cannot get out; a cold flat I cannot leave with a cold
        (
            "fa",
            "آپارتمانم آتیش گرفته و نمی‌تونم بیام بیرون",
            "آپارتمانم سرده و نمی‌تونم بیام بیرون، سرما خوردم",
        ),
        # Farsi: my baby is not breathing properly; my child will not draw
        ("fa", "بچه‌ام درست نفس نمی‌کشه", "بچه‌ام نقاشی نمی‌کشه، حوصله نداره"),
        # Farsi: a fit going on five minutes; the doctor's rule told with "if"
        (
            "fa",
            "پنج دقیقه‌ست داره تشنج می‌کنه و تموم نمیشه",
            "دکتر گفت اگه تشنج بیشتر از پنج دقیقه طول کشید زنگ بزنید",
        ),
        # Farsi: my mother fell, her head bleeding, she will not wake; a grazed knee
        (
            "fa",
            "مادرم افتاد، سرش خون میاد و بیدار نمیشه",
            "مادرم از دوچرخه افتاد، زانوش یه کم خون اومد ولی خوبه",
        ),
        # Finglish: the smuggler will kill my family over the debt; a debt to a friend
        (
            "fa",
            "ghachaghchi mige behesh pool bedehkaram, age nadam khanevadamo mikoshe",
            "be doostam pool bedehkaram, farda khanevadamo mibinam",
        ),
        # Finglish: the landlord wants sex for the rent or the Home Office; the garden
        (
            "fa",
            "sahab khune mige age bahash nakhabam jaye ejare, mano be home office gozaresh mide",
            "sahab khune mige be jaye ejare in mah, baghche ro tamiz konam",
        ),
        # Finglish: a crowd outside the hotel throwing stones; taking photos
        (
            "fa",
            "ye sari adam biroone hotel jam shodan va daran sang partab mikonan",
            "ye sari adam biroone hotel jam shodan va daran aks migiran",
        ),
        # Finglish: I will kill myself before they send me back; getting myself to the airport
        (
            "fa",
            "ghabl az inke mano bargardoonan khodamo mikosham, farda parvaze deportame",
            "ghabl az parvaz farda khodamo be foroodgah miresoonam",
        ),
        # Finglish: a boy of 14, a man says he is the uncle and takes him tonight; his own uncle
        (
            "fa",
            "ye pesar 14 sale tanhast, ye mard oomade mige daeeshe va emshab mikhad bebaratesh",
            "pesaram 14 salashe, mige daeesh emshab miad donbalesh bebare cinema",
        ),
        # Finglish: thrown out tonight with the children, nowhere to sleep; no time to sleep
        (
            "fa",
            "emshab ba bacheham az khune endakhtanemoon biroon, jaei baraye khab nadarim, "
            "darim yakh mizanim",
            "emshab vaght baraye khab nadaram, kheili kar daram",
        ),
        # Finglish: lost, dark, the phone dying; keys lost
        (
            "fa",
            "gom shodam, hava tarike va sharje gooshim dare tamoom mishe",
            "kelidamo gom kardam, hava tarike va sharje gooshim dare tamoom mishe",
        ),
        # Finglish: the flat on fire, I cannot get out; a warm flat and a cold
        (
            "fa",
            "khoonam atish gerefte va nemitoonam biam biroon",
            "khoonam garme va nemitoonam biam biroon, sarma khordam",
        ),
        # Finglish: my baby is not breathing properly; will not draw
        ("fa", "bacham dorost nafas nemikeshe", "bacham naghashi nemikeshe, hosele nadare"),
        # Finglish: a fit going on five minutes; the doctor's rule told with "if"
        (
            "fa",
            "5 daghighe dare tashanoj mikone",
            "doktor goft age tashanoj bishtar az 5 daghighe tool keshid zang bezanid",
        ),
        # Finglish: my mother fell, her head bleeding, she will not wake; a grazed knee
        (
            "fa",
            "madaram oftad, saresh khoon miad va bidar nemishe",
            "madaram az docharkhe oftad, zanoosh ye kam khoon oomad vali khoobe",
        ),
        # Pashto: the smuggler will kill my family if I do not pay; the smuggler caught
        (
            "ps",
            "قاچاقبر وايي چې پیسې یې پور یم، که یې ورنکړم زما کورنۍ به ووژني",
            "قاچاقبر ونیول شو، زما کورنۍ به خوشحاله شي",
        ),
        # Pashto: the landlord wants sex for the rent or the Home Office; the garden
        (
            "ps",
            "د کور مالک وايي که ورسره ویده نه شم د کرایې پر ځای، هوم آفس ته به مې راپور ورکړي",
            "د کور مالک وايي د کرایې پر ځای، باغچه پاکه کړه",
        ),
        # Pashto: a crowd outside the hotel throwing stones now; children throwing a ball
        (
            "ps",
            "د هوټل بهر ډېر خلک راټول شوي او اوس ډبرې غورځوي",
            "د هوټل بهر ماشومان لوبې کوي او توپ غورځوي",
        ),
        # Pashto: I will kill myself before they send me back; clothes gathered for the flight
        (
            "ps",
            "مخکې له دې چې ما بېرته واستوي ځان وژنم، سبا د اخراج الوتنه ده",
            "سبا د اخراج الوتنه ده، ځان ته مې کالي راټول کړل",
        ),
        # Pashto: a boy of 14 alone, a man says he is the uncle and takes him tonight; his uncle
        (
            "ps",
            "یو ۱۴ کلن هلک یوازې دی، یو سړی راغلی وايي زه یې ماما یم او نن شپه یې بیايي",
            "زما وراره ۱۴ کلن دی، کاکا یې نن شپه له ځان سره واده ته بوځي",
        ),
        # Pashto: thrown out tonight with the children, nowhere to sleep; nowhere to park
        (
            "ps",
            "نن شپه يې زه او ماشومان له کوره وشړلو، د خوب ځای نه لرو، ډېره یخني ده",
            "د موټر د پارک کولو ځای نه لرم",
        ),
        # Pashto: lost, dark, the phone dying; keys lost
        (
            "ps",
            "زه ورک شوی یم، تیاره ده او د موبایل چارج مې خلاصېږي",
            "کیلي مې ورکه شوې، تیاره ده او د موبایل چارج مې خلاصېږي",
        ),
        # Pashto: fire in my flat, I cannot get out; a cold flat and illness
        (
            "ps",
            "زما په اپارتمان کې اور لګېدلی او نشم وتلی",
            "زما په اپارتمان کې ډېره یخني ده او نشم وتلی، ناروغ یم",
        ),
        # Pashto: my child cannot breathe properly; breathing well and asleep
        ("ps", "زما ماشوم سمه ساه نشي اخیستلی", "زما ماشوم سمه ساه اخلي او ویده دی"),
        # Pashto: a fit going on five minutes; the doctor's rule told with "if"
        (
            "ps",
            "پنځه دقیقې کېږي چې مرګی یې وهلی",
            "ډاکټر ویلي که مرګی له پنځه دقیقو زیات وو، زنګ ووهئ",
        ),
        # Pashto: my mother fell, her head bleeding, she will not wake; a grazed knee
        (
            "ps",
            "مور مې ولوېده، سر یې وینې کوي او نه راویښېږي",
            "مور مې له بایسکل ولوېده، زنګون یې لږ وینه وکړه خو ښه ده",
        ),
        # Kurmanji: the landlord wants sex for the rent or the Home Office; the garden
        (
            "ku",
            "Xwediyê xanî dibêje ger ez bi wî re nerazêm li şûna kirê, ew ê min ji Home Office "
            "re ragihîne",
            "Xwediyê xanî dibêje li şûna kirê ez baxçe paqij bikim",
        ),
        # Kurmanji: a crowd outside the hotel throwing stones now; children throwing a ball
        (
            "ku",
            "Li derveyî otêla me komek mirov kom bûne û niha keviran diavêjin",
            "Li derveyî otêla me zarok top diavêjin û dilîzin",
        ),
        # Kurmanji: a boy of 14 alone, a man says he is the uncle and takes him tonight; his uncle
        (
            "ku",
            "Kurekî 14 salî bi tenê ye, zilamek dibêje ez apê wî me û îşev wî dibe",
            "Kurê min 14 salî ye, dibêje apê wî îşev wî dibe sînemayê",
        ),
        # Kurmanji: thrown out tonight with the children, nowhere to sleep; nowhere to park
        (
            "ku",
            "Îşev em û zarokên min ji malê hatin derxistin, cihê me yê razanê tune, em ji "
            "sermê dicemidin",
            "Cihê me yê parkê tune",
        ),
        # Kurmanji: lost, dark, the phone dying; keys lost
        (
            "ku",
            "Ez winda bûm, tarî ye û şarja telefona min diqede",
            "Mifteya min winda bû, tarî ye û şarja telefona min diqede",
        ),
        # Kurmanji: fire in my house, I cannot get out; a cold house and illness
        (
            "ku",
            "Agir di xaniyê min de ye û ez nikarim derkevim",
            "Xaniyê min pir sar e û ez nikarim derkevim, nexweş im",
        ),
        # Kurmanji: a fit going on five minutes; the doctor's rule told with "if"
        (
            "ku",
            "5 deqîqe ye ku krîza wî didome",
            "Doktor got ger krîza wî ji 5 deqîqeyan dirêjtir bidome, gazî ambulansê bikin",
        ),
        # Kurmanji: my mother fell, her head bleeding, she will not wake; fallen asleep
        (
            "ku",
            "Diya min ket, serê wê xwîn tê û şiyar nabe",
            "Diya min ket xewê û şiyar nabe, pir westiyaye",
        ),
        # Kurmanji: my child is not breathing; not eating
        ("ku", "Zarokê min nefesê nagire", "Zarokê min xwarinê naxwe"),
        # Sorani: the smuggler will kill my family if I do not pay; the smuggler caught
        (
            "ku",
            "قاچاخچییەکە دەڵێت قەرزارم، ئەگەر پارەکەی نەدەمێ خێزانەکەم دەکوژێت",
            "ئەو قاچاخچییەی منی هێنا گیرا، براکەم لە کوردستان دڵخۆشە",
        ),
        # Sorani: my employer holds my passport, does not pay and hit a worker; a visa renewed
        (
            "ku",
            "خاوەنکارەکەم پاسپۆرتەکەمی بردووە، مووچەم نادات و دوێنێ کرێکارێکی لێدا",
            "خاوەنکارەکەم پاسپۆرتەکەمی برد بۆ باڵیۆزخانە بۆ نوێکردنەوەی ڤیزا",
        ),
        # Sorani: the landlord wants sex for the rent or the Home Office; the garden
        (
            "ku",
            "خاوەن خانووەکە دەڵێت ئەگەر لەگەڵی نەنووم لە جیاتی کرێ، ڕاپۆرتم دەدات بە هۆم ئۆفیس",
            "خاوەن خانووەکە دەڵێت لە جیاتی کرێ، باخچەکە پاک بکەمەوە",
        ),
        # Sorani: a crowd outside our hotel throwing stones now; children with a ball
        (
            "ku",
            "خەڵکێکی زۆر لە دەرەوەی هۆتێلەکەمان کۆبوونەتەوە و ئێستا بەرد دەهاوێن",
            "منداڵان لە دەرەوەی هۆتێلەکەمان تۆپ دەهاوێن و یاری دەکەن",
        ),
        # Sorani: I will kill myself before they send me back; getting ready for the flight
        (
            "ku",
            "پێش ئەوەی بمگەڕێننەوە خۆم دەکوژم، سبەی فڕینی دیپۆرتکردنمە",
            "پێش ئەوەی بمگەڕێننەوە خۆم ئامادە دەکەم، سبەی فڕینمە",
        ),
        # Sorani: a boy of 14 alone, a man says he is the uncle and takes him tonight; his uncle
        (
            "ku",
            "کوڕێکی ١٤ ساڵ بە تەنیایە، پیاوێک دەڵێت خاڵیەتی و ئەمشەو دەیبات",
            "کوڕەکەم ١٤ ساڵە، دەڵێت خاڵی ئەمشەو دەیبات بۆ سینەما",
        ),
        # Sorani: thrown out tonight with the children, nowhere to sleep; nowhere to park
        (
            "ku",
            "ئەمشەو لەگەڵ منداڵەکانم لە ماڵ دەرکراین، شوێنمان نییە بۆ خەوتن و زۆر سەرمایە",
            "شوێنمان نییە بۆ پارککردنی ئۆتۆمبێل",
        ),
        # Sorani: lost, dark, the phone dying; keys lost
        (
            "ku",
            "ون بووم، تاریکە و شەحنی مۆبایلەکەم تەواو دەبێت",
            "کلیلەکەم ون بووە، تاریکە و شەحنی مۆبایلەکەم تەواو دەبێت",
        ),
        # Sorani: fire in my flat, I cannot get out; a cold flat and illness
        (
            "ku",
            "ئاگر لە شوقەکەمدا کەوتووە و ناتوانم بچمە دەرەوە",
            "شوقەکەم زۆر ساردە و ناتوانم بچمە دەرەوە، نەخۆشم",
        ),
        # Sorani: my baby is not breathing properly; breathing well and asleep
        ("ku", "منداڵەکەم بە باشی هەناسە نادات", "منداڵەکەم بە باشی هەناسە دەدات و خەوتووە"),
        # Sorani: a fit going on five minutes; the doctor's rule told with "if"
        (
            "ku",
            "پێنج خولەکە فێی گرتووە و ناوەستێت",
            "دکتۆر وتی ئەگەر فێکەی لە پێنج خولەک زیاتری خایاند تەلەفۆن بکە",
        ),
        # Sorani: my mother fell, her head bleeding, she will not wake; fallen asleep
        (
            "ku",
            "دایکم کەوت، سەری خوێنی لێ دێت و بەئاگا نایەتەوە",
            "دایکم خەوی لێ کەوت و بەئاگا نایەتەوە، زۆر ماندووە",
        ),
        # Sorani: I want to die; I want to sleep
        ("ku", "دەمەوێت بمرم", "دەمەوێت بخەوم"),
        # Sorani: I don't want to live any more; not in London
        ("ku", "ئیتر نامەوێت بژیم", "ئیتر نامەوێت لە لەندەن بژیم"),
        # Sorani: tonight I will kill myself; getting ready for the party
        ("ku", "ئەمشەو خۆم دەکوژم", "ئەمشەو خۆم ئامادە دەکەم بۆ ئاهەنگەکە"),
        # Sorani: I hurt myself; tire myself with work
        ("ku", "خۆم بریندار دەکەم", "خۆم ماندوو دەکەم بە کار"),
        # Sorani: I took all my tablets; ate all my food
        ("ku", "هەموو حەبەکانم خوارد", "هەموو خواردنەکەم خوارد"),
        # Sorani: my husband hits me every night; phones me
        ("ku", "مێردەکەم هەموو شەوێک لێم دەدات", "مێردەکەم هەموو شەوێک تەلەفۆنم بۆ دەکات"),
        # Sorani: my father hits my mother; asks her
        ("ku", "باوکم لە دایکم دەدات", "باوکم لە دایکم دەپرسێت"),
        # Sorani: he threatens to kill me; the news on threats to the economy
        ("ku", "هەڕەشەی کوشتنم لێ دەکات", "هەواڵەکە باسی هەڕەشە دەکات لە ئابووری"),
        # Sorani: he has locked the door on me; a door locked against the cat
        ("ku", "دەرگاکەی لەسەرم قفڵ کردووە", "دەرگاکەم قفڵ کردووە بۆ ئەوەی پشیلەکە دەرنەچێت"),
        # Sorani: I am afraid of my husband; he is afraid of dogs
        ("ku", "لە مێردەکەم دەترسم", "مێردەکەم لە سەگ دەترسێت"),
        # Sorani: a man has been following me; following on Instagram
        ("ku", "پیاوێک شوێنم کەوتووە", "پیاوێک شوێنم کەوتووە لە ئینستاگرام"),
        # Sorani: they are marrying me off by force; a sister glad to marry
        ("ku", "بە زۆر بە شووم دەدەن", "خوشکەکەم بە خۆشی شوو دەکات"),
        # Sorani: my life is in danger; the environment in danger
        ("ku", "ژیانم لە مەترسیدایە", "ژینگە لە مەترسیدایە"),
        # Sorani: we sleep in the street; at home
        ("ku", "لە شەقام دەخەوین", "لە ماڵ دەخەوین"),
        # Sorani: I can't bear it any more; can't come to the meeting
        ("ku", "ئیتر ناتوانم بەرگە بگرم", "ئیتر ناتوانم بێم بۆ کۆبوونەوە"),
        # Sorani: my child has eaten nothing for two days; not been at school
        ("ku", "منداڵەکەم دوو ڕۆژە هیچی نەخواردووە", "منداڵەکەم دوو ڕۆژە لە قوتابخانە نەبووە"),
        # Farsi: my mother fell and does not answer; my phone fell and does not respond
        ("fa", "مادرم افتاد و جواب نمیده", "گوشیم از دستم افتاد، دیگه جواب نمیده"),
        # Finglish: dad fell and does not answer; the phone fell and does not respond
        ("fa", "babam oftad va javab nemide", "gooshim oftad, dige javab nemide"),
        # Pashto: my father fell and does not answer; my mobile fell and does not respond
        ("ps", "پلار مې ولوېد او ځواب نه ورکوي", "موبایل مې ولوېد او ځواب نه ورکوي"),
        # Kurmanji: my father fell and does not answer; my phone fell and does not respond
        ("ku", "Bavê min ket û bersiv nade", "Telefona min ket û bersiv nade"),
        # Oromo: I want to die, I hate this life; dying of hunger
        (
            "om",
            "Du'uu nan barbaada, jireenya kana jibbeera",
            "Beela'ee du'aa jira, yoom nyaanna?",
        ),
        # Oromo: I want to kill myself; to look after myself
        ("om", "Of ajjeesuu barbaada", "Of eeguu barbaada"),
        # Oromo: tonight I'll kill myself; get myself ready
        ("om", "Of nan ajjeesa edana", "Of nan qopheessa edana"),
        # Oromo: I don't want to live any more; not to live here, the rent is high
        (
            "om",
            "Kana booda jiraachuu hin barbaadu",
            "As jiraachuu hin barbaadu, kiraan qaalii dha",
        ),
        # Oromo: I am harming myself, cutting my body; cutting my hair
        ("om", "Of miidhaa jira, qaama koo nan mura", "Har'a rifeensa koo nan mura"),
        # Oromo: I swallowed all the tablets; took the morning's as the doctor said
        (
            "om",
            "Kiniinii hunda liqimseera",
            "Qoricha ganamaa hunda fudhadhe akkuma doktarri jedhe",
        ),
        # Oromo: my husband beats me every day; a ball hit me
        ("om", "Abbaan manaa koo guyyaa guyyaan na reeba", "Kubbaan na rukute garuu nagaa dha"),
        # Oromo: my husband says he will kill me; mum will if I am late
        ("om", "Abbaan manaa koo na ajjeesa jedha", "Yoon ture haati koo na ajjeesti"),
        # Oromo: my husband threatens me; helps me
        ("om", "Abbaan manaa koo na doorsisa", "Abbaan manaa koo na gargaara"),
        # Oromo: he raped me by force; hugged me with love
        ("om", "Humnaan na gudeede", "Jaalalaan na hammate"),
        # Oromo: he locked me in the house; waited for me at home
        ("om", "Mana keessatti na cufe", "Mana keessatti na eege"),
        # Oromo: he does not let me go out; I don't want to go out in the rain
        ("om", "Akkan ba'u na hin eeyyamu", "Roobni waan roobuuf ba'uu hin barbaadu"),
        # Oromo: I am afraid to go home; I want to go home
        ("om", "Mana deebi'uu nan sodaadha", "Mana deebi'uu nan barbaada"),
        # Oromo: his father beats my child; loves my child
        ("om", "Abbaan isaa daa'ima koo reeba", "Abbaan isaa daa'ima koo jaallata"),
        # Oromo: my child has not eaten for two days; not been to school
        (
            "om",
            "Daa'imni koo guyyaa lama hin nyaanne",
            "Daa'imni koo guyyaa lama mana barumsaa hin deemne",
        ),
        # Oromo: a man is following me; follows me on Facebook
        ("om", "Namni tokko na hordofaa jira", "Facebook irratti namni tokko na hordofa"),
        # Oromo: they want to marry me off by force; my sister glad to marry
        ("om", "Dirqamaan na heerumsiisuu barbaadu", "Obboleettiin koo heerumuuf gammadde"),
        # Oromo: I am in danger, help me; we talked about car accidents
        ("om", "Balaa keessa jira, na gargaaraa", "Waa'ee balaa konkolaataa dubbanne"),
        # Oromo: I have nowhere to sleep; nowhere to read
        ("om", "Bakka itti rafu hin qabu", "Bakka itti dubbisu hin qabu"),
        # Oromo: I can't bear it any more; can't eat more, I am full
        ("om", "Kana booda obsuu hin danda'u", "Kana booda nyaachuu hin danda'u, quufeera"),
        # Oromo: my sister's employer took her passport and does not pay her; took it to renew the
        # visa and pays
        (
            "om",
            "Obboleettiin koo hojii manaa hojjetti, abbaan manaa paaspoortii ishee fudhate, "
            "mindaa ishee hin kaffalu",
            "Obboleettiin koo hojii manaa hojjetti, abbaan manaa paaspoortii ishee viizaa "
            "haaromsuuf fudhate, mindaa ishee yeroon kaffala",
        ),
        # Oromo: the trafficker says I owe and he will kill my family; a bank loan
        (
            "om",
            "Daldalaan na fide liqii qabda jedhe, yoo hin kaffalle maatii kee nan ajjeesa jedhe",
            "Liqii baankii qaba, maatii koo gargaaruu barbaada",
        ),
        # Oromo: my employer took my passport, does not pay me, beat me; copied it and pays
        (
            "om",
            "Hojjechiisaan koo paaspoortii koo fudhate, mindaa naaf hin kaffalu, na reebe",
            "Hojjechiisaan koo paaspoortii koo fudhatee kopii godhe, mindaa koo yeroon kaffala",
        ),
        # Oromo: the landlord wants me to sleep with him or he will tell the Home Office; brought
        # a letter
        (
            "om",
            "Abbaan manaa kiraa akkan isa wajjin rafu barbaada, yoo didde Home Office'tti na "
            "hima jedha",
            "Abbaan manaa kiraa xalayaa Home Office naaf fide",
        ),
        # Oromo: a crowd outside our hotel throwing stones at us; children throwing stones in the
        # river
        (
            "om",
            "Namoonni baay'een hoteela keenya alatti walitti qabamanii amma dhagaa nutti "
            "darbachaa jiru",
            "Ijoolleen laga bira walitti qabamanii dhagaa bishaan keessa darbachaa jiru",
        ),
        # Oromo: I'll kill myself before they send me back; get ready before going back
        (
            "om",
            "Osoo biyyatti na hin deebisin dura of nan ajjeesa",
            "Osoo biyyatti hin deebi'in dura of nan qopheessa",
        ),
        # Oromo: a child of 14 alone, a man who says he is the uncle takes him tonight; her real
        # uncle
        (
            "om",
            "Daa'imni waggaa 14 kophaa isaa jira, namni eessuma isaa ta'uu himu edana isa "
            "fudhachuuf jira",
            "Intalli obboleettii koo waggaa 14, eessumni ishee edana buufata irraa ishee fudhata",
        ),
        # Oromo: put out tonight with my children, nowhere to sleep; went out and ate
        (
            "om",
            "Halkan kana ijoollee koo waliin mana keessaa nu baasan, bakka itti rafnu hin qabnu",
            "Halkan kana ijoollee koo waliin baane, nyaata alaa nyaanne",
        ),
        # Oromo: lost, dark, my phone dying; charging the phone
        (
            "om",
            "Karaa jalaa badeera, dukkana ta'eera, baatiriin bilbila koo dhumachaa jira",
            "Bilbila koo chaarjii gochaa jira, karaa irra jira",
        ),
        # Oromo: my home is burning, I can't get out; a fire lit to cook
        (
            "om",
            "Manni koo ibiddaan gubachaa jira, ba'uu hin danda'u",
            "Ibidda qabsiisee nyaata bilcheessaa jira, har'a ba'uu hin danda'u",
        ),
        # Oromo: my baby is not breathing properly; a blocked nose
        (
            "om",
            "Daa'imni koo sirriitti hafuura hin baafatu",
            "Daa'imni koo funyaan cufameen sirriitti hafuura hin baafatu",
        ),
        # Oromo: a fit five minutes now; five minutes ago and fine
        (
            "om",
            "Mucaa koo kufaan qabee daqiiqaa 5 ta'eera",
            "Mucaan koo daqiiqaa 5 dura kufaa qabe, amma nagaa dha",
        ),
        # Oromo: my mother fell, her head bleeding, she won't wake; fell and got up
        (
            "om",
            "Haati koo kufte, mataa ishee irraa dhiigni ba'aa jira, hin dammaqxu",
            "Haati koo kufte garuu ka'uun nagaa dha",
        ),
        # Somali: the smuggler says I owe and he will kill my family; my brother says I owe, pay
        # tomorrow
        (
            "so",
            "Magafihii wuxuu igu yiri lacag baad igu leedahay, haddii aadan bixin qoyskaaga "
            "ayaan dilayaa",
            "Walaalkay wuxuu igu yiri lacag baad igu leedahay, berri ayaad i siin kartaa",
        ),
        # Somali: the landlord wants sex for the rent or the Home Office; helped with the Home
        # Office letter
        (
            "so",
            "Milkiilaha guriga wuxuu iga rabaa inaan la seexdo kirada beddelkeeda, haddii kale "
            "Home Office ayuu u sheegayaa",
            "Milkiilaha guriga ayaa i caawiyay warqadda Home Office, kirada waan bixiyay",
        ),
        # Somali: a crowd outside the hotel throwing stones at us; children throwing stones into
        # the sea
        (
            "so",
            "Dad badan ayaa hoteelka banaankiisa isku soo baxay, dhagxaan bay nagu tuurayaan",
            "Dad badan ayaa xeebta isku soo baxay, carruurtuna dhagxaan ayay badda ku tuurayaan",
        ),
        # Somali: a boy of 14 alone, a man who says he is his uncle takes him tonight; his uncle
        # takes him to a match
        (
            "so",
            "Wiil 14 jir ah ayaa kaligiis ah, nin sheeganaya inuu adeerkiis yahay ayaa caawa "
            "kaxaynaya",
            "Wiil 14 jir ah ayaa kaligiis iskuulka u socda, adeerkiis ayaa caawa kaxaynaya "
            "ciyaarta",
        ),
        # Somali: lost, dark, my phone dying; I'll call when home
        (
            "so",
            "Waan lumay, waa mugdi, taleefankaygu wuu dhamaanayaa",
            "Taleefankaygu wuu dhamaanayaa, guriga markaan gaaro ayaan ku soo wacayaa",
        ),
        # Somali: fire in my home, I can't get out; put out
        (
            "so",
            "Dab baa ka kacay gurigayga, kama bixi karo",
            "Dab baa ka kacay jikada laakiin waa la demiyay, hadda waan nabad qabnaa",
        ),
        # Somali: my child is not breathing properly; not eating properly
        ("so", "Ilmahaygu si fiican uma neefsanayo", "Ilmahaygu si fiican uma cunayo"),
        # Somali: a fit for 5 minutes; the medicine taken 5 minutes ago
        (
            "so",
            "Wiilkayga qallal ayaa haya, 5 daqiiqo ayuu socday",
            "Wiilkayga daawada qallalka ayuu qaatay 5 daqiiqo ka hor",
        ),
        # Somali: my mother fell, her head bleeding, she won't wake; fell and got up
        (
            "so",
            "Hooyaday way dhacday, madaxa dhiig baa ka socda, ma toosayso",
            "Hooyaday way dhacday laakiin way kacday, waa nabad",
        ),
        # Somali: older men force my son of 15 to sell drugs and say they will stab him; a teacher
        # makes him read
        (
            "so",
            "Wiilkayga waa 15 jir, niman waaweyn ayaa ku qasbaya inuu daroogo iibiyo, waxay "
            "yiraahdeen mindi ayaan kugu dhufanaynaa",
            "Wiilkayga waa 15 jir, macallinku wuxuu ku qasbayaa inuu buugaag akhriyo",
        ),
        # Somali: a girl of 15 alone with no adult, men come at night; her friends come
        (
            "so",
            "Gabadh 15 jir ah ayaa kaligeed guri ku nool, qof weyn lama joogo, habeenkii niman "
            "baa u yimaada",
            "Gabadh 15 jir ah ayaa kaligeed iskuulka aadda, habeenkii saaxiibadeed u yimaada",
        ),
        # Somali: the landlord says get out tonight, nowhere to go with the children; pay next
        # month
        (
            "so",
            "Ninka guriga aan ka kireystay ayaa igu yiri caawa ka bax, meel aan aadno ma lihin "
            "aniga iyo carruurta",
            "Ninka guriga aan ka kireystay ayaa igu yiri kirada bisha dambe bixi, meel cusub "
            "ayaan raadinaynaa",
        ),
        # Somali: dad fell, can't get up, his head bleeding; fell at work and got up
        (
            "so",
            "aabbahay wuu dhacay. ma kici karo. madaxa dhiig baa ka imanaya",
            "aabbahay wuu dhacay shaqada, laakiin wuu kacay, waa nabad",
        ),
        # Tigrinya: the broker says I owe and he will kill my family; a bank debt
        ("ti", "ደላላይ ዕዳ ኣለካ ኢሉኒ፣ እንተዘይከፊለ ንስድራይ ክቐትሎም እየ ኢሉ", "ናብ ባንኪ ዕዳ ኣለኒ፣ ንስድራይ ክሕግዞም እደሊ"),
        # Tigrinya: the landlord wants sex for the rent or the Home Office; gave me a Home Office
        # letter
        (
            "ti",
            "በዓል ገዛ ኽራይ ንምኽፋል ምስኡ ክድቅስ ይደሊ፣ እንተዘይኮይኑ ናብ ሆም ኦፊስ ክጽውዕ እየ ይብል",
            "በዓል ገዛ ካብ ሆም ኦፊስ ዝመጸ ደብዳቤ ሂቡኒ",
        ),
        # Tigrinya: a crowd outside our hotel throwing stones; children at the river
        (
            "ti",
            "ኣብ ደገ ሆቴልና ብዙሓት ሰባት ተኣኪቦም ሕጂ ኣእማን ይድርብዩልና ኣለዉ",
            "ቆልዑ ኣብ ጥቓ ሩባ ተኣኪቦም ኣእማን ይድርብዩ ኣለዉ",
        ),
        # Tigrinya: a boy of 14 alone, a man says he is his uncle, takes him tonight; his uncle
        # takes him to the stadium
        (
            "ti",
            "ወዲ 14 ዓመት በይኑ እዩ፣ ሓደ ሰብኣይ ኣኮኡ እየ ኢሉ ሎሚ ለይቲ ክወስዶ እዩ",
            "ወዲ 14 ዓመት እዩ፣ ኣኮኡ ሎሚ ለይቲ ናብ ስታድዮም ክወስዶ እዩ",
        ),
        # Tigrinya: lost, dark, my phone dying; I'll call when home
        ("ti", "ጠፊአ፣ ጸልሚቱ፣ ባትሪ ተሌፎነይ ክውዳእ እዩ", "ባትሪ ተሌፎነይ ክውዳእ እዩ፣ ገዛ ምስ በጻሕኩ ክድውለልኪ እየ"),
        # Tigrinya: fire in my home, I can't get out; the rain keeps me in
        ("ti", "ኣብ ገዛይ ሓዊ ተላዒሉ፣ ክወጽእ ኣይክእልን", "ዝናብ ስለዘሎ ክወጽእ ኣይክእልን፣ ኣብ ገዛ ቡን ይሰርሕ ኣለኹ"),
        # Tigrinya: my son shaking for five minutes; shook five minutes ago, fine now
        ("ti", "ወደይ ንሓሙሽተ ደቒቕ ይንቀጥቀጥ ኣሎ", "ወደይ ቅድሚ ሓሙሽተ ደቒቕ ይንቀጥቀጥ ነይሩ፣ ሕጂ ደሓን እዩ"),
        # Tigrinya: my mother fell, her head bleeding, she won't wake; fell and got up
        ("ti", "ኣደይ ወዲቓ፣ ርእሳ ደም ይፈስስ ኣሎ፣ ኣይትበራበርን", "ኣደይ ወዲቓ ነይራ ግን ተንሲኣ፣ ደሓን ኣላ"),
        # Tigrinya: my sister of 16, a man comes into her room at night; her friend comes after
        # school
        (
            "ti",
            "ሓፍተይ ጓል 16 ዓመት እያ፣ ሓደ ሰብኣይ ለይቲ ናብ ክፍላ ይኣቱ ኣሎ",
            "ሓፍተይ ጓል 16 ዓመት እያ፣ ዓርካ ድሕሪ ትምህርቲ ናብ ክፍላ ትኣቱ",
        ),
        # Tigrinya: people gathered outside our home say they will attack us tonight; a wedding
        # tonight
        (
            "ti",
            "ኣብ ደገ ገዛና ብዙሓት ሰባት ተኣኪቦም ኣለዉ፣ ሎሚ ለይቲ ክጠቕዑና እዮም ኢሎም",
            "ኣብ ደገ ገዛና ብዙሓት ሰባት ተኣኪቦም ኣለዉ፣ ሎሚ ለይቲ መርዓ ኣሎ",
        ),
        # Tigrinya: sleeping in the street since yesterday, cold; working in the street
        ("ti", "ካብ ትማሊ ጀሚረ ኣብ ጎደና እየ ዝድቅስ፣ ቆሪሩኒ ኣሎ", "ካብ ትማሊ ጀሚረ ኣብ ጎደና እየ ዝሰርሕ፣ ጽቡቕ ስራሕ እዩ"),
        # Amharic: the smuggler says I owe and he will kill my family; a bank debt
        (
            "am",
            "አሻጋሪው ዕዳ አለብህ ብሎኛል፣ ካልከፈልክ ቤተሰብህን እገድላለሁ ብሎ ዝቶብኛል",
            "ለባንክ እዳ አለብኝ፣ ቤተሰቤን መርዳት እፈልጋለሁ",
        ),
        # Amharic: the landlord wants sex for the rent or the Home Office; gave me the Home Office
        # letter
        (
            "am",
            "የቤቱ ባለቤት ለኪራዩ ከእሱ ጋር እንድተኛ ይፈልጋል፣ አለበለዚያ ለሆም ኦፊስ እነግራለሁ ይላል",
            "የቤቱ ባለቤት ከሆም ኦፊስ የመጣውን ደብዳቤ ሰጠኝ",
        ),
        # Amharic: a crowd outside our hotel throwing stones at us; children by the river
        (
            "am",
            "ከሆቴላችን ውጭ ብዙ ሰዎች ተሰብስበው አሁን ድንጋይ እየወረወሩብን ነው",
            "ልጆቹ ወንዝ ዳር ተሰብስበው ድንጋይ እየወረወሩ ነው",
        ),
        # Amharic: a child of 14 alone, a man saying he is the uncle takes him tonight; his uncle
        # takes him to a match
        (
            "am",
            "የ14 ዓመት ልጅ ብቻውን ነው፣ አጎቱ ነኝ የሚል ሰው ዛሬ ማታ ሊወስደው ነው",
            "የ14 ዓመት ልጅ ነው፣ አጎቱ ዛሬ ማታ ወደ ጨዋታ ሊወስደው ነው",
        ),
        # Amharic: lost, dark, my phone dying; I'll call when home
        ("am", "ጠፍቻለሁ፣ ጨልሟል፣ የስልኬ ባትሪ እያለቀ ነው", "የስልኬ ባትሪ እያለቀ ነው፣ ቤት ስደርስ እደውላለሁ"),
        # Amharic: fire in my home, I can't get out; the rain keeps me in
        ("am", "ቤቴ ውስጥ እሳት ተነስቷል፣ መውጣት አልችልም", "ቤቴ ውስጥ ቡና እያፈላሁ ነው፣ ዝናብ ስለሆነ መውጣት አልችልም"),
        # Amharic: my child can't breathe properly; can't eat properly
        ("am", "ልጄ በደንብ መተንፈስ አልቻለም", "ልጄ በደንብ መብላት አልቻለም"),
        # Amharic: my child shaking for 5 minutes; playing for 5 minutes
        ("am", "ልጄ ለ5 ደቂቃ እየተንቀጠቀጠ ነው", "ልጄ ለ5 ደቂቃ ሲጫወት ቆየ"),
        # Amharic: my mother fell, her head bleeding, she won't wake; fell and got up
        ("am", "እናቴ ወድቃ ጭንቅላቷ እየደማ ነው፣ አትነቃም", "እናቴ ወድቃ ነበር ግን ተነስታለች፣ ደህና ናት"),
        # Amharic: my brother of 16 alone at the airport, a stranger waits to take him; my uncle
        # waits
        (
            "am",
            "ወንድሜ 16 ዓመቱ ነው፣ ብቻውን ጋትዊክ ደርሷል፣ የማላውቀው ሰው ሊወስደው እየጠበቀው ነው",
            "ወንድሜ 16 ዓመቱ ነው፣ ብቻውን ጋትዊክ ደርሷል፣ አጎቴ ሊወስደው እየጠበቀው ነው",
        ),
        # Amharic: youths gathered outside our house throwing stones; children playing on the
        # field
        (
            "am",
            "ቤታችን ውጭ ወጣቶች ተሰብስበው ድንጋይ እየወረወሩ ነው፣ ልጆቼ ፈርተዋል",
            "ልጆቹ ሜዳ ላይ ተሰብስበው ድንጋይ እየወረወሩ ይጫወታሉ",
        ),
        # Yoruba: the one who brought me says I owe him and will kill my family; I owe my brother,
        # pay tomorrow
        (
            "yo",
            "Ẹni tó gbé mi wá sọ pé mo jẹ òun lówó, tí n kò bá san án, òun máa pa ìdílé mi",
            "Mo jẹ ẹ̀gbọ́n mi lówó, màá san án lọ́la",
        ),
        # Yoruba: my boss took my passport, does not pay, beat me; took it to renew, and pays
        (
            "yo",
            "Ọ̀gá mi gba ìwé ìrìnnà mi, kò san owó oṣù mi, ó sì lù mí",
            "Ọ̀gá mi gba ìwé ìrìnnà mi láti tún un ṣe, ó sì san owó oṣù mi",
        ),
        # Yoruba: the landlord wants sex for the rent or the Home Office; helped with the letter
        (
            "yo",
            "Onílé ní kí n bá òun sùn dípò owó ilé, tàbí kí òun pe Home Office",
            "Onílé ràn mí lọ́wọ́ pẹ̀lú lẹ́tà Home Office, mo ti san owó ilé",
        ),
        # Yoruba: a crowd outside our hotel throwing stones; children at the river
        (
            "yo",
            "Àwọn èèyàn kórajọ síta hòtẹ́ẹ̀lì wa, wọ́n ń ju òkúta báyìí",
            "Àwọn ọmọdé kórajọ sí etí odò, wọ́n ń ju òkúta sínú omi",
        ),
        # Yoruba: I'll kill myself before they send me back; switch off the light
        ("yo", "Màá pa ara mi kí wọ́n tó dá mi padà", "Màá pa iná kí wọ́n tó dé"),
        # Yoruba: a child of 14 alone, a man saying he is the uncle takes him tonight; the uncle
        # takes him to school
        (
            "yo",
            "Ọmọ ọdún mẹ́rìnlá kan dá wà, ọkùnrin kan tó ní òun ni àbúrò bàbá rẹ̀ fẹ́ mú un lọ "
            "lálẹ́ yìí",
            "Ọmọ ọdún mẹ́rìnlá ni, àbúrò bàbá rẹ̀ máa mú un lọ sí ilé ìwé lálẹ́ yìí",
        ),
        # Yoruba: put out with my children tonight, nowhere to sleep; put out of a football match
        (
            "yo",
            "Wọ́n lé èmi àtàwọn ọmọ mi jáde lálẹ́ yìí, a kò ní ibi tí a máa sùn, òtútù ń pa wá",
            "Wọ́n lé mi jáde nínú ìdíje bọ́ọ̀lù lónìí",
        ),
        # Yoruba: lost, dark, my phone dying; I'll call when home
        (
            "yo",
            "Mo ti sọnù, ilẹ̀ ti ṣú, fóònù mi fẹ́ kú",
            "Fóònù mi fẹ́ kú, màá pè ọ́ tí mo bá dé ilé",
        ),
        # Yoruba: fire burning in my home, I can't get out; the power is off and rain keeps me in
        (
            "yo",
            "Iná ń jó nínú ilé mi, n kò lè jáde",
            "Iná mànàmáná ti lọ nínú ilé mi, n kò lè jáde nítorí òjò",
        ),
        # Yoruba: my child is not breathing well; not sleeping well
        ("yo", "Ọmọ mi kò mí dáadáa", "Ọmọ mi kò sùn dáadáa"),
        # Yoruba: my child has a fit, five minutes now; had fits when small, well now
        (
            "yo",
            "Ọmọ mi ní gìrì, ó ti tó ìṣẹ́jú márùn-ún",
            "Ọmọ mi ní gìrì nígbà tó wà lọ́mọdé, ara rẹ̀ ti yá báyìí",
        ),
        # Yoruba: I gathered medicine and will swallow it all tonight; medicine as the doctor said
        (
            "yo",
            "Ó ti sú mi. Mo ti kó òògùn jọ, mo fẹ́ gbé gbogbo rẹ̀ mì lálẹ́ yìí",
            "Ibà ń ṣe mí. Mo ti ra òògùn, màá lò ó lálẹ́ yìí gẹ́gẹ́ bí dókítà ṣe sọ",
        ),
        # Vietnamese: the man who brought me says I owe and they will kill my parents; rent owed,
        # parents told
        (
            "vi",
            "Người đưa em sang đây nói em còn nợ tiền, không trả thì họ sẽ giết bố mẹ em",
            "Em còn nợ tiền nhà, không trả thì chủ nhà sẽ báo bố mẹ em",
        ),
        # Vietnamese: the landlord wants sex for the rent or the Home Office; helped with a letter
        (
            "vi",
            "Chủ nhà đòi em ngủ với ông ta thay tiền nhà, không thì báo Home Office",
            "Chủ nhà giúp em viết thư cho Home Office, em đã trả tiền nhà",
        ),
        # Vietnamese: a crowd outside the hotel throwing stones at us; criticised online
        (
            "vi",
            "Có một đám đông ngoài khách sạn đang ném đá vào chúng em",
            "Có một đám đông trên mạng đang ném đá vào chúng em vì bài viết",
        ),
        # Vietnamese: I'll kill myself before they send me back; slowly learn English before going
        # home
        (
            "vi",
            "Em sẽ tự tử trước khi họ đưa em về",
            "Em sẽ từ từ học tiếng Anh trước khi về nước",
        ),
        # Vietnamese: a child of 14 alone, a man saying he is the uncle takes him tonight; his
        # uncle takes him to class
        (
            "vi",
            "Có một đứa trẻ 14 tuổi ở một mình, một người đàn ông nói là chú nó sẽ đưa nó đi tối "
            "nay",
            "Cháu em 14 tuổi, chú nó sẽ đưa nó đi học tối nay",
        ),
        # Vietnamese: lost, dark, my phone dying; going home
        (
            "vi",
            "Em bị lạc, trời tối rồi, điện thoại sắp hết pin",
            "Điện thoại em sắp hết pin, trời tối rồi, em về nhà đây",
        ),
        # Vietnamese: my home is on fire, I can't get out; being mended, rain keeps me in
        (
            "vi",
            "Nhà em đang cháy, em không ra được",
            "Nhà em đang sửa, mưa to quá em không ra được",
        ),
        # Vietnamese: my child is not breathing normally; breathing evenly, asleep
        ("vi", "Con em thở không bình thường", "Con em thở đều rồi, ngủ ngon"),
        # Vietnamese: my child has had a fit for 5 minutes; 5 minutes ago, fine now
        ("vi", "Con em bị co giật 5 phút rồi", "Con em bị co giật cách đây 5 phút, giờ ổn rồi"),
        # Vietnamese: my mother fell, her head bleeding, won't wake; got up, a little sore
        (
            "vi",
            "Mẹ em bị ngã, đầu chảy máu, không tỉnh dậy",
            "Mẹ em bị ngã nhưng đã đứng dậy được, chỉ hơi đau",
        ),
        # Vietnamese: owe 30 thousand pounds to the man who brought me, kept in a grow house;
        # weeding the garden in the rain
        (
            "vi",
            "Người đưa em sang nói em nợ 30 nghìn bảng, phải ở trong nhà trồng cỏ này, em không "
            "ra ngoài được",
            "Em đang trồng rau ngoài vườn, trời mưa nên em không ra ngoài được",
        ),
        # Vietnamese: my son of 15 made to work all night unpaid; paid weekend work
        (
            "vi",
            "Con trai em 15 tuổi, ông chủ bắt nó làm cả đêm không lương",
            "Con trai em 15 tuổi, ông chủ cho nó làm thêm cuối tuần, trả lương đầy đủ",
        ),
        # Vietnamese: in the back of a lorry, they took all my papers; driving a lorry, phone
        # dying
        (
            "vi",
            "Em đang ở trong thùng xe tải, họ lấy hết giấy tờ của em rồi",
            "Em đang lái xe tải, điện thoại sắp hết pin, giấy tờ xe để trong cốp",
        ),
        # Amharic: in Latin letters: lost, dark, my phone dying; phone dying on the way home
        (
            "am",
            "tefechalehu, chelmual, yesilke batri eyaleke new",
            "yesilke batri eyaleke new, bet sederes edewlalehu",
        ),
        # Amharic: in Latin letters: fire in my home, I can't get out; the rain keeps me in
        (
            "am",
            "bete wust esat tenestual, mewtat alchilim",
            "bete wust buna eyafelahu new, zinab silehone mewtat alchilim",
        ),
        # Amharic: in Latin letters: my child can't breathe properly; can't eat properly
        ("am", "lije bedenb metenfes alchalem", "lije bedenb mebilat alchalem"),
        # Amharic: in Latin letters: my mother fell, her head bleeding, she won't wake; got up
        (
            "am",
            "enate wedka chinklatwa eyedema new, atnekam",
            "enate wedka neber gin tenestalech, dehna nat",
        ),
        # Romanian: a workmate fallen from the scaffold who does not move, the boss will
        # not call an ambulance; a van that does not move in traffic
        (
            "ro",
            "Colegul a căzut de pe schelă, nu se mișcă și șeful nu vrea să sune la ambulanță",
            "Duba colegului nu se mișcă din trafic și șeful nu vrea să sune la service",
        ),
        # Romanian: my mother of 82 fell and cannot get up; the power went and the
        # barrier cannot be raised
        (
            "ro",
            "mama are 82 de ani, a căzut în baie și nu se poate ridica",
            "mama are 82 de ani, a căzut curentul la bloc și nu se poate ridica bariera",
        ),
        # Romanian: a child heard being beaten, screaming now; a father who beat him at
        # backgammon
        (
            "ro",
            "Copilul vecinilor plânge, aseară l-am auzit pe tatăl lui cum îl bătea și acum țipă",
            "Copilul vecinilor plânge, aseară l-am auzit pe tatăl lui cum îl bătea la table și "
            "acum țipă de bucurie",
        ),
        # Romanian: a man with a knife in the shop where I work; one slicing salami with
        # a knife
        (
            "ro",
            "E un bărbat cu un cuțit în magazinul unde lucrez, acum",
            "E un bărbat cu un cuțit în magazinul unde lucrez, taie salam acum",
        ),
        # Romanian: the boss says stay with him tonight or I'm sacked; stay with him for
        # the stocktake
        (
            "ro",
            "Șeful zice că dacă nu rămân cu el în seara asta mă dă afară",
            "Șeful zice că dacă nu rămân cu el în seara asta la inventar, nu terminăm la timp",
        ),
        # Italian: took pills at a party, won't wake properly, breathes strangely; mints
        # taken
        (
            "it",
            "Mio figlio ha preso delle pasticche a una festa e non si sveglia, respira in modo "
            "strano",
            "Mio figlio ha preso delle pasticche alla menta a una festa e ora dorme tranquillo",
        ),
        # Italian: a man with a knife in the shop where I work; one slicing ham
        (
            "it",
            "C'è un uomo con un coltello nel negozio dove lavoro, adesso",
            "C'è un uomo con un coltello nel negozio dove lavoro, adesso affetta il prosciutto",
        ),
        # Italian: a workmate fallen from the scaffold, not moving, no ambulance; a van
        # stuck
        (
            "it",
            "Un collega è caduto dall'impalcatura e non si muove, il capo non vuole chiamare "
            "l'ambulanza",
            "Il furgone del collega non si muove dal traffico, il capo non vuole chiamare il "
            "carro attrezzi",
        ),
        # Italian: stay with him tonight or be sacked; stay with him for the stocktake
        (
            "it",
            "Il capo dice che se stasera non resto con lui mi licenzia",
            "Il capo dice che se stasera non resto con lui per l'inventario non finiamo in tempo",
        ),
        # Spanish: a man with a knife in the shop where I work; one slicing ham
        (
            "es",
            "Hay un hombre con un cuchillo en la tienda donde trabajo, ahora mismo",
            "Hay un hombre con un cuchillo en la tienda donde trabajo, ahora corta jamón",
        ),
        # Spanish: stay with him tonight or be sacked; stay on the night shift or be
        # sacked
        (
            "es",
            "Mi jefe dice que si no me quedo con él esta noche me despide",
            "Mi jefe dice que si no me quedo con el turno de esta noche me despide",
        ),
        # Spanish: hit yesterday, he comes back tomorrow; caught the flu, the boss is
        # back tomorrow
        (
            "es",
            "Ayer me pegó y dijo que mañana vuelve",
            "Ayer me pegó la gripe y mi jefe dijo que mañana vuelve",
        ),
        # Spanish: a girl asked me for help in a low voice, a man with her; help with
        # homework
        (
            "es",
            "Una niña en la habitación me pidió ayuda en voz baja, el hombre que está con ella me"
            " echó",
            "Una niña en la habitación me pidió ayuda con los deberes, tiene como 13 años",
        ),
        # Spanish: a workmate will take his life tonight, not answering; will kill
        # himself studying
        (
            "es",
            "Mi compañero me dijo que esta noche se va a quitar la vida y no contesta",
            "Mi compañero me dijo que esta noche se va a matar a estudiar y no contesta",
        ),
        # Portuguese: a man with a knife in the shop where I work; one cutting bread
        (
            "pt",
            "Tem um homem com uma faca na loja onde eu trabalho, agora",
            "Tem um homem com uma faca na loja onde eu trabalho, agora corta o pão",
        ),
        # Portuguese: a workmate fallen from the scaffold, not moving, no ambulance; a
        # van stuck
        (
            "pt",
            "Meu colega caiu do andaime e não se mexe, o chefe não quer chamar a ambulância",
            "A carrinha do meu colega não se mexe no trânsito, o chefe não quer chamar o reboque",
        ),
        # Portuguese: go with him tonight or be sacked; stay for the stocktake
        (
            "pt",
            "O encarregado disse que se eu não for com ele hoje à noite me manda embora",
            "O encarregado disse que se eu não ficar hoje à noite no inventário não terminamos",
        ),
        # Polish: one has a knife, they want my bike, I hid; a knife for bread
        (
            "pl",
            "Jeden ma nóż i chcą mój rower, schowałem się na klatce",
            "Jeden ma nóż do chleba i chcą mój rower pożyczyć",
        ),
        # Polish: a workmate fallen from the scaffold, not moving, no ambulance; a van
        # stuck
        (
            "pl",
            "Kolega spadł z rusztowania i się nie rusza, szef nie chce dzwonić po karetkę",
            "Bus kolegi nie rusza się w korku, szef nie chce dzwonić po lawetę",
        ),
        # Polish: stay with him tonight or be sacked; stay with him for the stocktake
        (
            "pl",
            "Szef mówi, że jak dziś wieczorem nie zostanę z nim, to mnie zwolni",
            "Szef mówi, że jak dziś wieczorem nie zostanę z nim na inwentaryzacji, to nie "
            "skończymy",
        ),
        # Polish: my ex beats me and I'm not safe; beaten 15 years ago, he was jailed,
        # safe now
        (
            "pl",
            "Na sesji chcę powiedzieć, że były mąż mnie bije i nie jestem bezpieczna",
            "Na sesji chcę powiedzieć, że były mąż mnie bił, ale to było 15 lat temu, siedział za"
            " to w więzieniu i teraz jestem bezpieczna",
        ),
        # Lithuanian: grandma beaten yesterday, he comes again tomorrow; beaten at chess
        (
            "lt",
            "Vakar ją sumušė kaimynas ir pasakė, kad rytoj vėl ateis",
            "Vakar ją sumušė kaimynas šachmatais ir pasakė, kad rytoj vėl ateis",
        ),
        # Lithuanian: a workmate crushed, not moving, no ambulance; a van stuck
        (
            "lt",
            "Krautuvas apvirto ant kolegos, jis nejuda, vadovas sako nekviesti greitosios",
            "Kolegos furgonas nejuda spūstyje, vadovas sako nekviesti techninės pagalbos",
        ),
        # Lithuanian: a man with a knife where I work now; one slicing bread
        (
            "lt",
            "Parduotuvėje, kur dirbu, dabar yra vyras su peiliu",
            "Parduotuvėje, kur dirbu, dabar yra vyras su peiliu, pjausto duoną",
        ),
        # Lithuanian: stay with him tonight or be sacked; stay with him for the
        # stocktake
        (
            "lt",
            "Viršininkas sako, kad jei šįvakar neliksiu su juo, mane atleis",
            "Viršininkas sako, kad jei šįvakar neliksiu su juo inventorizacijai, nespėsim",
        ),
        # Albanian: a mate fell from the scaffold, not moving, don't call anyone; a van
        # stuck
        (
            "sq",
            "Nje shok ra nga skela dhe nuk leviz, shefi thote mos telefononi askend",
            "Furgoni i shokut nuk leviz nga trafiku, shefi thote mos telefononi askend",
        ),
        # Albanian: a man with a knife in the shop where I work; one cutting bread
        (
            "sq",
            "Ka nje burre me thike ne dyqanin ku punoj, tani",
            "Ka nje burre me thike buke ne dyqanin ku punoj, tani",
        ),
        # Albanian: stay with him tonight or be sacked; stay with him for the stocktake
        (
            "sq",
            "Shefi me tha qe nese nuk rri me te sonte me pushon nga puna",
            "Shefi me tha qe nese nuk rri me te sonte per inventarin nuk mbarojme",
        ),
        # Bulgarian: tried to kill myself last night, pills by me; tried to give up
        # smoking
        (
            "bg",
            "Снощи се опитах да се самоубия. Днес пак мисля само за това",
            "Снощи се опитах да се откажа от цигарите. Днес пак мисля само за това",
        ),
        # Bulgarian: a man with a knife in the shop where I work; one slicing bread
        (
            "bg",
            "В магазина, където работя, има мъж с нож, сега",
            "В магазина, където работя, има мъж с нож, сега реже хляб",
        ),
        # Bulgarian: a workmate fallen from the scaffold, not moving, no ambulance; a
        # van stuck
        (
            "bg",
            "Колега падна от скелето и не мърда, шефът не иска да вика линейка",
            "Бусът на колегата не мърда от задръстването, шефът не иска да вика пътна помощ",
        ),
        # Bulgarian: stay with him tonight or be sacked; stay with him for the stocktake
        (
            "bg",
            "Шефът каза, че ако не остана с него тази вечер, ще ме уволни",
            "Шефът каза, че ако не остана с него тази вечер за инвентаризацията, няма да свършим",
        ),
        # Turkish: beaten after the meeting, they will wait on Saturday; praised, they will wait
        (
            "tr",
            "Toplantıdan sonra beni dövdüler, cumartesi salonun önünde bekleyeceklermiş",
            "Toplantıdan sonra beni övdüler, cumartesi salonun önünde bekleyeceklermiş",
        ),
        # Turkish: threatened, back on Saturday; threatened last year, the police dealt with it
        (
            "tr",
            "Geçen hafta toplantı çıkışında biri beni tehdit etti, cumartesi yine gelecekmiş",
            "Geçen yıl toplantıda biri beni tehdit etmişti, polis halletti, adam ceza aldı",
        ),
        # Turkish: a man with a knife came in asking for the till; a man cutting the döner
        (
            "tr",
            "Kebapta çalışıyorum, bir adam bıçakla içeri girdi kasayı istiyor",
            "Kebapta çalışıyorum, bir adam bıçakla döneri kesiyor, patron kasada",
        ),
        # Turkish: stay with the boss tonight or be sacked; stay late for paid overtime
        (
            "tr",
            "Patronum bu gece onunla kalmazsam beni işten atacağını söylüyor",
            "Patronum bu gece dükkanda kalırsam bana fazla mesai ödeyeceğini söylüyor",
        ),
        # Turkish: fell off the scaffolding, not moving, no ambulance; fell, fine, none needed
        (
            "tr",
            "İş arkadaşım iskeleden düştü ve kıpırdamıyor, patron ambulans çağırmıyor",
            "İş arkadaşım merdivenden düştü ama iyi, patron ambulans çağırmıyor çünkü gerek yok",
        ),
        # Somali: a man threatened me yesterday, back tonight; last year, he is in prison now
        (
            "so",
            "Shalay nin baa i hanjabay, caawa wuu soo noqonayaa",
            "Sannadkii hore nin baa i hanjabay, booliisku wuu qabtay, hadda xabsi buu ku jiraa",
        ),
        # Somali: a man with a knife came into the shop now; a man cutting meat with it
        (
            "so",
            "Nin mindi sita ayaa soo galay dukaanka aan ka shaqeeyo hadda",
            "Nin mindi sita ayaa soo galay dukaanka, hilib ayuu jarayaa",
        ),
        # Somali: stay with the boss tonight or be sacked; stay for tonight's meeting
        (
            "so",
            "Madaxu wuxuu igu yiri haddii aanan caawa la joogin shaqada waa iga eryi doonaa",
            "Madaxa shaqadu wuxuu igu yiri caawa la joog shirka, berri waa fasax",
        ),
        # Somali: fell from the scaffolding, not moving, no ambulance; fell and got up
        (
            "so",
            "Saaxiibkay ayaa ka dhacay sakhaaladda mana dhaqaaqayo, madaxu ambalaas uma yeerayo",
            "Saaxiibkay ayaa ka dhacay sakhaaladda wuuna kacay, madaxu ambalaas uma yeerayo",
        ),
        # Arabic: a son made by older youths to deliver, came back beaten; by friends, happy
        (
            "ar",
            "ابني عمره ١٤ سنة، شباب أكبر منه يجبرونه يوصّل أغراض. أمس رجع مضروب",
            "ابني عمره ١٤ سنة، أصحابه يجبرونه يوصّل أغراض الحفلة. أمس رجع مبسوط",
        ),
        # Arabic: a boy bleeding, the boss won't allow an ambulance; won't allow ordering food
        (
            "ar",
            "صاحب العمل ضرب الولد الصغير وهو ينزف الآن ولا يسمح لنا بطلب الإسعاف",
            "أنا أعمل في مغسلة سيارات، صاحب العمل لا يسمح لنا بطلب الأكل أثناء الدوام",
        ),
        # Arabic: a man with a knife came into the shop; a man cutting meat in the kitchen
        (
            "ar",
            "رجل معه سكين دخل المحل الذي أعمل فيه الآن",
            "رجل معه سكين دخل المطبخ يقطع اللحم للعشاء",
        ),
        # Arabic: stay with the boss tonight or be sacked; stay for the stocktake
        (
            "ar",
            "مديري يقول إذا لم أبق معه الليلة سيطردني من العمل",
            "مديري يقول إذا لم أبق معه الليلة لنكمل الجرد سيتأخر التسليم",
        ),
        # Farsi (Finglish): a girl of 12 abused by her stepfather, tonight; a boy and the wifi
        (
            "fa",
            "dokhtare hamsaye 12 salesh e, napedarish azash soo estefade mikone. emshab tanhast",
            "pesare hamsaye 12 salesh e, az wifi-e ma soo estefade mikone. emshab mehmooni darim",
        ),
        # Farsi: a man with a knife in the shop now; a man with a knife cutting onions
        (
            "fa",
            "ye mard ba chaghoo alan tooye maghaze-i ke kar mikonam hast",
            "ye mard ba chaghoo tooye maghaze piaz khord mikone",
        ),
        # Farsi: stay with the boss tonight or be sacked; or the work falls behind
        (
            "fa",
            "رئیسم می‌گوید اگر امشب پیشش نمانم اخراجم می‌کند",
            "rayisam mige age emshab pishesh namoonam kar-ha aghab mioftan",
        ),
        # Farsi: fell off the scaffolding, not moving, no ambulance; fell but fine
        (
            "fa",
            "همکارم از داربست افتاد و تکان نمی‌خورد، صاحبکار آمبولانس نمی‌زند",
            "همکارم از داربست افتاد ولی حالش خوبه، صاحبکار آمبولانس نمی‌زند",
        ),
        # Urdu (Roman): a man with a knife came in asking for money; a chef cutting onions
        (
            "ur",
            "main takeaway pe hun, ek banda chaku le ke andar aya hai aur paise maang raha hai",
            "main takeaway pe hun, naya chef chaku le ke andar aya hai aur pyaaz kaat raha hai",
        ),
        # Urdu: stay with the boss tonight or lose the job; or who will do the accounts
        (
            "ur",
            "میرا مالک کہتا ہے کہ اگر آج رات میں اس کے ساتھ نہیں رکی تو مجھے نوکری سے نکال دے گا",
            "میرا مالک کہتا ہے کہ اگر آج رات میں اس کے ساتھ نہیں رکی تو دکان کا حساب کون کرے گا",
        ),
        # Urdu (Roman): he beat me yesterday and is coming again; years ago, he is in jail
        (
            "ur",
            "kal usne mujhe maara aur kal phir aayega",
            "do saal pehle usne mujhe maara tha, woh jail mein hai, phir se nahi aayega",
        ),
        # Punjabi (Roman): a mother not speaking and hardly breathing; not speaking in a sulk
        (
            "pa",
            "meri maa nu bukhar aa, hun oh bol nahi rahi te saah lena bahut aukha ho gaya",
            "meri maa mere naal bol nahi rahi, gussa aa, kal ton ghar saaf kar rahi",
        ),
        # Punjabi (Roman): killed tonight if the police are told; the police will write a report
        (
            "pa",
            "manager ne keha je police nu dasya taan ajj raat tainu maar deyange, oh bahar ne",
            "manager ne keha je police nu dasya taan oh ajj raat report likhange",
        ),
        # Punjabi: a man came in with a knife; a man with a knife to cut vegetables
        (
            "pa",
            "ਜਿਸ ਦੁਕਾਨ ਤੇ ਮੈਂ ਕੰਮ ਕਰਦਾ ਹਾਂ ਉੱਥੇ ਇੱਕ ਬੰਦਾ ਚਾਕੂ ਲੈ ਕੇ ਅੰਦਰ ਆ ਗਿਆ ਹੈ",
            "ਇੱਕ ਬੰਦਾ ਚਾਕੂ ਲੈ ਕੇ ਅੰਦਰ ਆ ਗਿਆ, ਸਬਜ਼ੀ ਕੱਟਣ ਲਈ",
        ),
        # Punjabi: stay with the boss tonight or be sacked; or the work stays unfinished
        (
            "pa",
            "ਮੇਰਾ ਮਾਲਕ ਕਹਿੰਦਾ ਜੇ ਅੱਜ ਰਾਤ ਉਸ ਨਾਲ ਨਾ ਰੁਕੀ ਤਾਂ ਨੌਕਰੀ ਤੋਂ ਕੱਢ ਦੇਵੇਗਾ",
            "malik kehnda je ajj raat ohde naal na rukki taan kamm adhoora reh jauga",
        ),
        # Punjabi (Roman): fell, not moving, no ambulance called; fell but fine
        (
            "pa",
            "mera saathi dig gaya te hil nahi reha, malik ambulance nahi bula reha",
            "mera saathi dig gaya par theek aa, malik ambulance nahi bula reha",
        ),
        # Gujarati: a daughter beaten hard, he comes back tonight; played with, he comes back
        (
            "gu",
            "મારી દીકરીને એના સાવકા બાપે ગઈકાલે ખૂબ મારી. આજે રાત્રે એ પાછો ઘરે આવશે",
            "મારી દીકરીને એના કાકાએ ગઈકાલે ખૂબ રમાડી. આજે રાત્રે એ પાછો ઘરે આવશે",
        ),
        # Gujarati: a man with a knife inside threatening; a man with a knife cutting vegetables
        (
            "gu",
            "હું દુકાનમાં કામ કરું છું, એક માણસ છરી લઈને અંદર ઊભો છે અને ધમકી આપે છે",
            "હું દુકાનમાં કામ કરું છું, એક માણસ છરી લઈને અંદર ઊભો છે અને શાક કાપે છે",
        ),
        # Gujarati: stay with the boss tonight or be sacked; or the accounts stay unfinished
        (
            "gu",
            "મારા શેઠ કહે છે કે આજે રાત્રે એમની સાથે નહીં રહું તો નોકરીમાંથી કાઢી મૂકશે",
            "મારા શેઠ કહે છે કે આજે રાત્રે એમની સાથે નહીં રહું તો હિસાબ અધૂરો રહેશે",
        ),
        # Gujarati: fell, not moving, no ambulance called; fell but fine
        (
            "gu",
            "મારો સાથી પાલખ પરથી પડી ગયો અને હલતો નથી, શેઠ એમ્બ્યુલન્સ નથી બોલાવતા",
            "મારો સાથી પાલખ પરથી પડી ગયો પણ ઠીક છે, શેઠ એમ્બ્યુલન્સ નથી બોલાવતા",
        ),
        # Bengali (Roman): a knife shown, hiding in a shop; what to do about a bike theft
        (
            "bn",
            "4 jon chele cycle kere nite chaise, ekjon churi dekhaise, ami lukiye achi",
            "amar cycle churi hoyeche, ei churi niye ki korbo bujhchi na",
        ),
        # Bengali: stay with the boss tonight or be sacked; or closing up will be late
        (
            "bn",
            "আমার মালিক বলছে আজ রাতে তার সাথে না থাকলে চাকরি থেকে বের করে দেবে",
            "amar malik bolche aj rate tar sathe na thakle dokan bondho korte deri hobe",
        ),
        # Bengali: fell, not moving, no ambulance called; fell but all right
        (
            "bn",
            "আমার সহকর্মী ভারা থেকে পড়ে গেছে আর নড়ছে না, মালিক অ্যাম্বুলেন্স ডাকছে না",
            "আমার সহকর্মী ভারা থেকে পড়ে গেছে কিন্তু ঠিক আছে, মালিক অ্যাম্বুলেন্স ডাকছে না",
        ),
        # Tamil: a man with a knife came in threatening; a man with a knife cutting vegetables
        (
            "ta",
            "நான் கடையில் வேலை செய்கிறேன், ஒருவன் கத்தியுடன் உள்ளே வந்து மிரட்டுகிறான்",
            "நான் கடையில் வேலை செய்கிறேன், ஒருவன் கத்தியுடன் உள்ளே வந்து காய்கறி வெட்டுகிறான்",
        ),
        # Tamil: stay with the boss tonight or be sacked; or the accounts won't be finished
        (
            "ta",
            "என் முதலாளி இன்று இரவு அவருடன் தங்காவிட்டால் வேலையை விட்டு நீக்குவேன் என்கிறார்",
            "என் முதலாளி இன்று இரவு அவருடன் தங்காவிட்டால் கணக்கு முடியாது என்கிறார்",
        ),
        # Tamil: fell, not moving, no ambulance; fell and got up
        (
            "ta",
            "சக ஊழியர் விழுந்து அசையவில்லை, முதலாளி ஆம்புலன்ஸ் அழைக்க மாட்டேன் என்கிறார்",
            "சக ஊழியர் விழுந்து எழுந்துவிட்டார், முதலாளி ஆம்புலன்ஸ் அழைக்க மாட்டேன் என்கிறார்",
        ),
        # Twi: the boss holds a knife at work and says he will kill me; to cut the meat
        (
            "tw",
            "Mepa wo kyɛw boa me, me boss no kura sekan wɔ adwuma ha seesei na ɔse ɔbɛku me",
            "Me boss no kura sekan wɔ adwuma ha seesei na ɔse ɔbɛtwa nam no",
        ),
        # Twi: stay by the boss tonight or be sacked; or we finish the work
        (
            "tw",
            "Me boss se sɛ mantena ne nkyɛn anadwo yi a ɔbɛpam me adwuma mu",
            "Me boss se sɛ mantena ne nkyɛn anadwo yi a yɛbɛwie adwuma no",
        ),
        # Twi: fell to the ground, not moving, no ambulance; fell and got up
        (
            "tw",
            "Me yɔnko firi dua so hwee fam na ɔnnhinhim, me boss mpɛ sɛ ɔfrɛ ambulance",
            "Me yɔnko firi dua so hwee fam nanso ɔsɔre, me boss mpɛ sɛ ɔfrɛ ambulance",
        ),
        # Bengali: a diabetic's sugar fallen and not answering when called; fallen and fine
        (
            "bn",
            "নানুর সুগার হঠাৎ নেমে গেছে, ডাকলে সাড়া দিচ্ছেন না, কি করবো",
            "নানুর সুগার হঠাৎ নেমে গিয়েছিল, খেজুর খেয়ে এখন ঠিক আছেন, কথা বলছেন",
        ),
        # Bengali: a girl of sixteen taken home to be married, unwilling; a grown one, happy
        (
            "bn",
            "amar bhatiji ke eid er por desh e niye jabe biye dite, boyosh 16, o raji na",
            "amar bhatiji ke eid er por desh e niye jabe biye dite, boyosh 26, o khub khushi",
        ),
        # Polish: not answering for two days and seen lying on the floor; away for the holidays
        (
            "pl",
            "Pani z parteru od dwóch dni nie odbiera telefonu, przez szybę widać, że leży na "
            "podłodze w kuchni",
            "Pani z parteru od dwóch dni nie odbiera telefonu, bo pojechała do syna na święta",
        ),
        # Polish: not answering for days with no heating in a frost; the heating mended
        (
            "pl",
            "Dziadek nie odpowiada od dwóch dni, nie działa mu ogrzewanie, a na dworze minus "
            "piętnaście",
            "Dziadek nie odpowiada od dwóch dni, bo ma nowy telefon, a ogrzewanie mu naprawili "
            "przed mrozem",
        ),
        # Romanian: beaten, and he says he is coming back with an axe; back with one for firewood
        (
            "ro",
            "Fostul ei a lovit-o aseară și acum zice că vine înapoi cu un topor, ne e frică",
            "Fostul ei a plecat aseară și acum zice că vine înapoi cu un topor nou pentru "
            "lemnele de foc",
        ),
        # Portuguese: confused, stopped sweating in the heat; red in the heat, drinking water
        (
            "pt",
            "O meu avô está com esse calor todo confuso e parou de suar, não sei o que fazer",
            "O meu avô está com esse calor todo vermelho, mas bebe água e está bem disposto",
        ),
        # Spanish: drank a great deal, breathes oddly and does not react; drank and snores
        (
            "es",
            "En la boda mi primo bebió muchísimo y ahora está en el suelo, respira raro y no "
            "reacciona",
            "En la boda mi primo bebió muchísimo y ahora ronca en el sofá, mañana no se acordará "
            "de nada",
        ),
        # Arabic: a fasting diabetic shaking and not making sense; one checked and well
        (
            "ar",
            "جدي عنده سكري وصايم، الحين يرجف وكلامه مش مفهوم",
            "جدي عنده سكري وصايم، يفحص السكر كل يوم والحمد لله كلامه وضحكه مثل قبل",
        ),
        # Arabic: a girl of fifteen to be married off in the summer, crying; one of twenty-five
        (
            "ar",
            "بنت عمي رح يزوجوها بالصيف، عمرها ١٥ سنة وهي تبكي كل يوم",
            "بنت عمي رح يزوجوها بالصيف، عمرها ٢٥ سنة وهي مبسوطة كتير",
        ),
        # Arabic in Latin letters: a sister to be married off back home; one of 27, happy
        (
            "ar",
            "ukhti ra7 yjawzuha 3al balad bil sayfiyye, 3omra 15 w ma badha",
            "ukhti ra7 yjawzuha bil sayfiyye 3al balad, 3omra 27 w hiye ktir mabsuta, bisafro "
            "el sabt",
        ),
        # Bulgarian: alone with no heating in the frost and confused; coming to stay with family
        (
            "bg",
            "Дядо ми е сам вкъщи, парното спря, навън е минус осем и той е объркан, не ме позна "
            "по телефона",
            "Дядо ми е сам вкъщи, парното спря, навън е минус осем, затова довечера идва да "
            "спи у нас",
        ),
        # Albanian: very drunk, vanished and not answering; very drunk, asleep at home
        (
            "sq",
            "Pas dasmës im kushëri ishte shumë i dehur, u zhduk nga salla dhe nuk përgjigjet në "
            "telefon që nga ora dy",
            "Pas dasmës im kushëri ishte shumë i dehur, tani fle në shtëpi dhe nuk përgjigjet "
            "sepse është i lodhur",
        ),
        # Gujarati: no wish left to live; no wish to go out
        (
            "gu",
            "નોકરી ગઈ, ઘરમાં બધા સાથે ઝઘડો, મને હવે જીવવાનું મન જ નથી",
            "નોકરી ગઈ, ઘરમાં બધા સાથે ઝઘડો, મને હવે બહાર જવાનું મન જ નથી",
        ),
        # Tamil: an eye hurt by a ball and the sight gone; smoke in the eye washed out
        (
            "ta",
            "கிரிக்கெட் பந்து பட்டு மகளின் கண்ணில் காயம், கண் தெரியவில்லை என்கிறாள்",
            "பட்டாசு புகை மகனின் கண்ணில் பட்டு எரிச்சல், கழுவினோம், இப்போது நன்றாக தெரிகிறது",
        ),
        # French: no strength left to live; no wish left to live with him
        (
            "fr",
            "Depuis la rupture je n'ai plus la force de vivre, je ne sors plus",
            "Depuis la rupture je n'ai plus envie de vivre avec lui, je cherche un appartement",
        ),
        # Italian: drunk and driving the children home; drunk, and the car driven by someone else
        (
            "it",
            "Al matrimonio mio zio ha bevuto tantissimo e ora sta guidando verso casa con i "
            "figli in macchina",
            "Al matrimonio mio zio ha bevuto tantissimo, così la macchina con i figli l'ha "
            "guidata mia zia",
        ),
        # Farsi: bleeding hard and gone pale; bled hard, bound up and playing
        (
            "fa",
            "پسرم با شیشه پاش برید، خون خیلی میاد و رنگش پریده",
            "پسرم با شیشه پاش برید، خون خیلی اومد ولی بستیمش و الان داره بازی می‌کنه",
        ),
        # Twi: drank a great deal and not breathing well; drank and woke up to eat
        (
            "tw",
            "Me wɔfa anom nsa pii wɔ ayie ase, seesei ɔda fam na ne home nkɔ yie",
            "Me wɔfa anom nsa pii wɔ ayie ase, nanso seesei wanyane na ɔredidi",
        ),
        # Tigrinya: a girl of fourteen to be married off back home; one of twenty-four, glad
        (
            "ti",
            "ጓል ሓወቦይ ዕድሜኣ 14 እዩ፣ ድሕሪ ፋሲካ ናብ ዓዲ ወሲዶም ከመርዕውዋ እዮም",
            "ጓል ሓወቦይ ዕድሜኣ 24 እዩ፣ ድሕሪ ፋሲካ ናብ ዓዲ ወሲዶም ከመርዕውዋ እዮም፣ ኣዝያ ሕጉስቲ እያ",
        ),
        # Arabic: ways to kill herself searched for, and now the door locked and no answer;
        # a cake recipe searched for
        (
            "ar",
            "بنتي كانت تبحث في الانترنت عن طريقة تقتل نفسها، واليوم قفلت الباب عليها وما بترد",
            "بنتي كانت تبحث في الانترنت عن طريقة تعمل الكيك، واليوم قفلت الباب عليها وما بترد",
        ),
        # Lithuanian: photos to be sent to his class unless he pays; photos promised for a fee
        (
            "lt",
            "sūnui kažkas internete grasina išsiųsti jo nuotraukas visai klasei, jei nesumokės "
            "200 eurų",
            "sūnui kažkas internete pažadėjo išsiųsti jo nuotraukas visai klasei, jei sumokės "
            "20 eurų už albumą",
        ),
        # Bulgarian: a second phone and a wad of money found, and she did not come home; a new
        # calculator and a little money, and she slept at her grandmother's
        (
            "bg",
            "дъщеря ми е на 14, в раницата ѝ намерих втори телефон и пачка пари, снощи не се "
            "прибра",
            "дъщеря ми е на 14, в раницата ѝ намерих нов калкулатор и малко пари, снощи не се "
            "прибра, спа у баба си",
        ),
        # Albanian: the father's gun taken to kill that boy tomorrow; a knife to kill time
        # whittling wood
        (
            "sq",
            "vëllai im mori pistoletën e babait dhe tha që do ta vrasë atë djalë nesër",
            "vëllai im mori thikën e babait dhe tha që do të vrasë kohën duke gdhendur dru sonte",
        ),
        # Punjabi: down after taking chitta and not getting up; asleep after studying late
        (
            "pa",
            "ਮੇਰਾ ਭਰਾ ਚਿੱਟਾ ਲੈ ਕੇ ਕਮਰੇ ਵਿੱਚ ਡਿੱਗਿਆ ਪਿਆ ਹੈ, ਉੱਠ ਨਹੀਂ ਰਿਹਾ",
            "ਮੇਰਾ ਭਰਾ ਰਾਤ ਦੇਰ ਤੱਕ ਪੜ੍ਹ ਕੇ ਕਮਰੇ ਵਿੱਚ ਸੁੱਤਾ ਪਿਆ ਹੈ, ਉੱਠ ਨਹੀਂ ਰਿਹਾ",
        ),
        # Gujarati: not back from tuition, phone off, a man who threatened her every day; a man
        # who taught her maths
        (
            "gu",
            "દીકરી ટ્યુશનથી પાછી નથી આવી, ફોન સ્વિચ ઓફ છે, એક માણસ તેને રોજ ધમકાવતો",
            "દીકરી ટ્યુશનથી પાછી નથી આવી, ફોન સ્વિચ ઓફ છે, એક માણસ તેને રોજ ગણિત શીખવતો",
        ),
        # Italian: gone to see a man met on Roblox and not answering; a boy his own age, with
        # his mother there
        (
            "it",
            "mio figlio di 13 anni è andato a vederlo, un tizio conosciuto su Roblox, e non "
            "risponde più",
            "mio figlio di 13 anni è andato a vederlo, un ragazzo conosciuto su Roblox che ha la "
            "sua età, c'è anche sua madre",
        ),
        # Farsi: secretly talking with ISIS online with a ticket to Iraq; talking with his
        # father, a ticket to Iraq to see his grandfather
        (
            "fa",
            "برادر ۱۷ ساله‌ام مخفیانه با داعشی‌ها در اینستاگرام حرف می‌زند و بلیط عراق گرفته",
            "برادر ۱۷ ساله‌ام با پدرم حرف می‌زند و بلیط عراق گرفته تا پدربزرگ را ببیند",
        ),
        # Twi: not home since the morning with the phone off; came home this morning, phone off
        # and asleep
        (
            "tw",
            "me babaa no ommae fie fi anopa, ne phone no adum, mepa wo kyɛw boa me",
            "me babaa no baa fie fi anopa, ne phone no adum, ɔda",
        ),
        # Yoruba: gone to see a grown man met online, not answering; a friend met online, with
        # her mother there
        (
            "yo",
            "ọmọkùnrin mi ọmọ ọdún mẹ́tàlá lọ rí àgbàlagbà kan tí wọ́n pàdé lórí ayélujára, kò "
            "dá mi lóhùn",
            "ọmọkùnrin mi ọmọ ọdún mẹ́tàlá lọ rí ọ̀rẹ́ rẹ̀ kan tí wọ́n pàdé lórí ayélujára, ìyá "
            "rẹ̀ wà níbẹ̀",
        ),
        # Urdu: a son not home since last night with his phone off; at a friend's house
        (
            "ur",
            "mera beta 15 saal ka hai, kal raat se ghar nahi aaya, phone bhi band hai",
            "mera beta 15 saal ka hai, kal raat se ghar nahi aaya, dost ke ghar ruka hai, phone "
            "band hai",
        ),
        # Urdu: a daughter not home for two days, taken in a car by older men; she has rung
        (
            "ur",
            "meri beti do din se ghar nahi aayi, bade aadmi usko gaari mein le gaye",
            "meri beti do din se ghar nahi aayi, bade aadmi usko gaari mein le gaye, abhi phone "
            "aaya, khala ke ghar hai",
        ),
        # Polish: a son gone to meet a man met on snapchat; a grandmother met, the writer along
        (
            "pl",
            "Syn ma 14 lat, poszedł spotkać się z facetem, którego poznał na snapchacie",
            "Syn ma 14 lat, poszedł spotkać się z kolegą z gry, pojechałam z nim i czekam obok",
        ),
        # Romanian: a son left a farewell note and does not answer; a card for his teacher
        (
            "ro",
            "Fiul meu a lăsat o scrisoare de adio și nu mai răspunde la telefon",
            "Fiul meu a scris o scrisoare de adio pentru profesoara lui și a plecat la școală",
        ),
        # Bengali: a daughter gone to meet a man from facebook; gone with her mother to meet
        (
            "bn",
            "আমার মেয়ে ফেসবুকে পরিচয় হওয়া এক লোকের সাথে দেখা করতে বেরিয়েছে",
            "আমার মেয়ে ফেসবুকে পরিচয় হওয়া এক লোকের সাথে দেখা করতে গেছে, আমি সাথে আছি",
        ),
        # Bengali: a knife in the son's bag and a fight tonight; a knife for a cooking class
        (
            "bn",
            "cheler bag e ekta churi pelam, bolche aaj rate oder sathe maramari hobe",
            "cheler bag e ekta churi pelam, school er ranna class er jonno, aaj rate ranna korbe",
        ),
        # Turkish: a son says he will kill himself; working himself to death for an exam
        (
            "tr",
            "Oğlum 16 yaşında, bu akşam kendini öldüreceğini söyledi",
            "Oğlum 16 yaşında, sınav için kendini öldürecek gibi çalışıyor",
        ),
        # Turkish: nude pictures threatened to be spread for money; a class about such threats
        (
            "tr",
            "Biri oğlumun çıplak videosunu paylaşmakla tehdit ediyor, para istiyor",
            "Okulda çıplak videoları paylaşmakla tehdit etmenin suç olduğunu anlattılar",
        ),
        # Somali: not knowing where a daughter is, her phone off; she has come back
        (
            "so",
            "Gabadhayda 14 jir ah ma aqaan meesha ay joogto, taleefankeeda waa dansan yahay",
            "Gabadhayda 14 jir ah ma aqaan meesha ay joogto saacad, hadda way soo laabtay",
        ),
        # Portuguese: a farewell note and a son gone with his phone off; a note for a colleague
        (
            "pt",
            "O meu filho escreveu um bilhete de adeus e saiu, o telemóvel está desligado",
            "O meu filho escreveu um bilhete de adeus para a colega que muda de escola e saiu",
        ),
        # Portuguese: a knife in a daughter's bag and girls who will beat her; a cooking class
        (
            "pt",
            "A minha filha levou um canivete na mochila, diz que umas meninas vão bater nela",
            "A minha filha levou um canivete na mochila para a aula de culinária, diz que umas "
            "meninas vão cozinhar hoje",
        ),
        # Spanish: a daughter used to carry drugs; used to sell clothes at the market
        (
            "es",
            "Mi hija de 14 tiene dinero nuevo, creo que la están utilizando para llevar droga",
            "Mi hija de 14 tiene dinero nuevo, creo que la están utilizando para vender ropa "
            "en el mercadillo",
        ),
        # Lithuanian: a threat to kill gay men and the man who made it at the door; a thriller
        (
            "lt",
            "Kaimynas užrašė ant laiptinės sienos, kad užmuš gėjus, o dabar daužo mūsų duris",
            "Kaimynas skaito knygą, kur maniakas užmuš gėjus, o dabar daužo mūsų duris, nes "
            "nori ją grąžinti",
        ),
        # Somali: sent back to Somalia, the passport hidden; a holiday, the passport handed back
        (
            "so",
            "Hooyo waxay igu tiri Soomaaliya ayaan kuu celinaynaa, baasaboorkaygana way qarisay",
            "Hooyaday waxay igu tiri Soomaaliya ayaan kuu celinaynaa fasaxa, baasaboorkaygana "
            "way i siisay",
        ),
        # Farsi: a brother sending the writer to Afghanistan, the passport hidden; a wedding visit
        (
            "fa",
            "برادرم می‌گوید مرا به افغانستان می‌فرستد و گذرنامه‌ام را قایم کرده",
            "برادرم می‌گوید مرا به افغانستان می‌فرستد تا عروسی خاله را ببینم و گذرنامه‌ام را "
            "تمدید کرده",
        ),
        # Tigrinya: a husband who keeps saying "I'll kill you"; the line said in a game
        (
            "ti",
            "ሰብኣየይ ኩሉ ለይቲ ክቐትለኪ እየ ይብለኒ",
            "ሓወይ ኣብ ጸወታ ኮምፒተር ክቐትለካ እየ ይብለኒ ኣሎ",
        ),
        # Polish: a daughter with an older man who wants pictures and a secret; a chess coach
        (
            "pl",
            "Córka (13) pisze ze starszym mężczyzną, który prosi ją o wysyłanie zdjęć i mówi, "
            "że to ich tajemnica",
            "Córka (13) gra w szachy ze starszym mężczyzną z klubu, który prosi ją o wysyłanie "
            "zdjęć planszy po partii",
        ),
        # Pashto: a plan to kill oneself with a full stop after it; a film to watch tomorrow
        (
            "ps",
            "نور نه شم زغملی. سبا به ځان ووژنم.",
            "نور نه شم زغملی. سبا به فلم وګورم.",
        ),
        # Ukrainian: blackmail with photos for money; photos for an exhibition for a fee
        (
            "uk",
            "Колишній шантажує мене, що розішле всім мої фото, якщо не заплачу йому тисячу",
            "Фотограф каже, що розішле всім мої фото з виставки, якщо заплачу йому тисячу",
        ),
        # Kurdish: a brother who took many tablets and does not answer; one who ran and is asleep
        (
            "ku",
            "Birayê min gelek heb xwar û niha bersiv nade",
            "Birayê min gelek bez kir û niha bersiv nade ji ber ku razaye",
        ),
        # Arabic: a niece who wants to die and said goodbye; the heroine of a series
        (
            "ar",
            "بنت أخي عمرها ١٦ وقالت إنها تريد أن تموت وودعتني قبل ساعة",
            "بنت أخي عمرها ١٦ وقالت إن بطلة المسلسل تريد أن تموت وودعتني قبل ساعة",
        ),
        # Spanish: a boyfriend who will kill her tonight; a laugh over a forgotten airport run
        (
            "es",
            "mi novio me va a matar, dijo que esta noche me mata",
            "jajaja mi novio me va a matar, se me olvidó recogerlo del aeropuerto",
        ),
        # Lithuanian: thrown out by parents and nowhere to sleep; years ago and all well now
        (
            "lt",
            "Tėvai mane išmetė iš namų, kai pasakiau, kad esu gėjus, neturiu kur miegoti",
            "Prieš penkerius metus tėvai mane išmetė iš namų, dabar viskas gerai, susitaikėme",
        ),
        # Portuguese: an ex shouting at the gate that he will kill her; killing her with laughter
        (
            "pt",
            "o meu ex tá gritando no portão dizendo que vai me matar, estou sozinha com eles",
            "o meu ex tá dizendo que vai me matar de rir com aquele vídeo do cachorro",
        ),
        # Spanish: a sister's partner shouting that he will kill her; killing her with laughter
        (
            "es",
            "la pareja de mi hermana está en el portal gritando que me va a matar, tengo la "
            "puerta cerrada",
            "mi hermano está en el salón gritando que me va a matar de risa con sus chistes",
        ),
        # Spanish: a niece who wrote that she wants to kill herself; who would die of shame
        (
            "es",
            "mi sobrina de 16 me escribió que se quiere matar y no abre la puerta de su cuarto",
            "mi sobrina de 16 me escribió que se quiere morir de vergüenza por la foto del viaje",
        ),
        # French: a lesbian daughter to be sent to an imam to be cured; taken to a listener
        (
            "fr",
            "Ma fille de 15 ans est lesbienne, sa mère veut l'envoyer au bled pour la guérir",
            "Ma fille de 15 ans est lesbienne, sa mère l'a emmenée chez une psychologue qui "
            "l'écoute",
        ),
        # Portuguese: a gay brother to be taken to a pastor to be cured; a grandmother's cure
        (
            "pt",
            "o meu irmão é gay e o meu tio quer levar ele num pastor para o curar, tem 15 anos",
            "o meu irmão é gay e o meu tio quer levar ele na igreja para a cura da nossa avó "
            "doente",
        ),
        # Urdu (Latin spelling): a father beating a brother with a stick now; a mosquito swatted
        (
            "ur",
            "mere bhai ko abbu danda le kar maar rahe hain, abhi bhi, woh ro raha hai",
            "mere abbu machhar ko chappal se maar rahe hain, abhi bhi kamre mein hain",
        ),
        # Urdu: boys at the door threatening to burn tonight; friends making him jealous
        (
            "ur",
            "محلے کے لڑکے دروازے پر کھڑے دھمکی دے رہے ہیں کہ آج رات ہمیں جلا دیں گے",
            "دوست کہہ رہے ہیں کہ آج رات نئی گاڑی دکھا کر مجھے جلا دیں گے",
        ),
        # Punjabi (Latin spelling): put out of home, sitting in a park; put out of a job
        (
            "pa",
            "bhaji ne mainu ghar ton kadh ditta, hun main park ch baitha haan, koi thaan nahi",
            "bhaji ne mainu naukri ton kadh ditta, hun main park ch baitha haan, koi thaan nahi",
        ),
        # Twi: a father put the writer out of home with nowhere to sleep; a cat put out
        (
            "tw",
            "Me papa apam me fi fie nnɛ, mennya baabi a mɛda",
            "Me papa apam agyinamoa no fi fie nnɛ, ɔno nso nni baabi",
        ),
        # Bulgarian: a loan shark who will break the writer's arms if not paid; a joke about a
        # phone
        (
            "bg",
            "Лихварят от съседния вход каза, че ако не върна парите утре, ще ми счупи ръцете",
            "Ако не му платя навреме, шефът ще ми счупи телефона, шегува се",
        ),
        # Yoruba: the one owed money coming to beat the writer; a friend owed coming to visit
        (
            "yo",
            "Ọkùnrin tí mo jẹ lówó sọ pé òun máa lù mí tí n kò bá san án lọ́la",
            "Ọ̀rẹ́ tí mo jẹ lówó ń bọ̀ wá kí mi lálẹ́ yìí, inú mi dùn",
        ),
        # Somali: the man owed money will kill the writer, he said; a brother's bet on a game
        (
            "so",
            "Ninkaan deynta ku leeyahay wuxuu yiri berri ayaan ku dili doonaa haddii aadan bixin "
            "lacagta",
            "Walaalkay wuxuu igu yiri caawa ciyaarta ayaan kaa badinayaa, lacag ayaan ku sharadnay",
        ),
        # Romanian: the one owed sending his lads to beat the writer; a brother coming to help
        (
            "ro",
            "Camătarul căruia îi datorez 2000 de lei a zis că vin mâine băieții lui să mă bată",
            "Îi datorez bani fratelui meu și a zis că vine diseară să mă ajute la mutat",
        ),
        # Romanian: a grandmother giving her PIN to a stranger posing as the police; a mother on
        # the phone to her bank about a blocked card
        (
            "ro",
            "Bunica e acum la telefon cu un domn care spune că e de la poliție și îi cere PIN-ul "
            "cardului",
            "Mama e acum la telefon cu banca, i-au blocat cardul pentru că a uitat codul",
        ),
        # French: a loan shark who will burn the house with the family inside; a garage keeping
        # the car
        (
            "fr",
            "L'usurier dit que si je ne rembourse pas demain il va incendier ma maison avec nous "
            "dedans",
            "Le garagiste m'a dit que si je ne paie pas ce soir il va garder ma voiture au garage",
        ),
        # Portuguese: a grandfather giving his card code to someone posing as the bank; a
        # neighbour who says the card was left in the cash machine
        (
            "pt",
            "O meu avô está agora ao telefone com alguém que diz ser do banco e já lhe deu o "
            "código do cartão",
            "O meu avô está agora ao telefone com a vizinha, que diz que o cartão dele ficou no "
            "multibanco",
        ),
        # Bengali: a father sending money on a fraudster's word now; a father reading the news
        # about fraudsters
        (
            "bn",
            "বাবা এখন একজন প্রতারকের কথায় টাকা পাঠাচ্ছেন, থামাতে পারছি না",
            "বাবা প্রতারক নিয়ে খবর পড়ছেন, কাল মামাকে টাকা পাঠিয়েছেন",
        ),
        # Spanish: painkillers to be taken after the debts became too much; tablets for a cold
        # after dinner
        (
            "es",
            "Ya no aguanto más con las deudas, tengo los calmantes en la mesa y me los voy a tomar",
            "Ya no puedo más con este resfriado, tengo las pastillas aquí y me las voy a tomar "
            "después de cenar",
        ),
        # Italian: a mother who wrote that she swallowed all the tablets; a son who finished his
        # antibiotics as the doctor said
        (
            "it",
            "Mia madre mi ha appena scritto che ha ingoiato tutte le compresse che aveva in casa",
            "Mio figlio mi ha appena detto che ha preso tutte le pastiglie del ciclo di "
            "antibiotici, il medico è contento",
        ),
        # Turkish: a father's pension taken by a "girlfriend" who keeps him from everyone; a
        # sister who collects it while the snow keeps him in
        (
            "tr",
            "Babamın emekli maaşını yeni 'kız arkadaşı' alıyor, babamı kimseyle görüştürmüyor",
            "Babamın emekli maaşını her ay ablam alıyor, babam evden çıkmıyor çünkü kar var",
        ),
        # Polish: the landlord changed the locks with a daughter inside and will not let the
        # writer in; locks changed after a move
        (
            "pl",
            "Właściciel zmienił zamki, moja córka została w mieszkaniu, a mnie nie chce wpuścić",
            "Wymieniamy zamki po przeprowadzce, dzieci są w domu z babcią",
        ),
        # Arabic: a husband changed the lock with a daughter inside and will not let the writer
        # in; the building's lock changed while the writer buys bread
        (
            "ar",
            "جوزي بدّل قفل الباب وبنتي الصغيرة جوه ومش بيخليني أدخل",
            "غيروا قفل العمارة، الأولاد في البيت وأنا برا أجيب خبز",
        ),
        # Urdu: a husband who took the money and will kill her if she tells, in Urdu script; a
        # shopkeeper's overcharge laughed about
        (
            "ur",
            "میرے شوہر نے سارے پیسے لے لیے، بچے بھوکے ہیں، کہتا ہے کسی کو بتایا تو مار دے گا",
            "saare paise le liye dukaan wale ne, kisi ko bataya to hasenge",
        ),
        # Punjabi: the lender will beat the family if not paid; the loan paid back and the
        # lender coming to eat
        (
            "pa",
            "jis bande ton udhaar leya si, oh kehnda kal aa ke sanu maar denge je paise na mile",
            "jinna ton karza leya si oh sara mod ditta, hun oh ajj raat ghar aa ke roti khan ge",
        ),
        # Polish: a brother who swallowed something at a party and cannot be woken, breathing
        # oddly; the writer who took allergy tablets and cannot wake up in the morning
        (
            "pl",
            "Mój brat łyknął jakieś prochy na imprezie i nie mogę go dobudzić, dziwnie oddycha",
            "Wzięłam wczoraj tabletki na alergię i rano nie mogę się dobudzić, kawa nie pomaga",
        ),
        # Polish: a little one upstairs crying since yesterday, alone in the flat, no one opening;
        # the same crying while teething, carried by its mother
        (
            "pl",
            "Maluch z góry płacze od wczoraj, jest sam w mieszkaniu i nikt nie otwiera",
            "Maluch z góry płacze od wczoraj, bo ząbkuje, mama nosi go na rękach całą noc",
        ),
        # Punjabi (Latin spelling): a sister who took pills at a party and is not conscious;
        # pills for a headache, awake and sleeping now
        (
            "pa",
            "meri bhain ne party te pills khaa layiyan, hun oh hosh ch nahi, saah ajeeb aa",
            "meri bhain ne sir dard layi pills khaadiyan, hun oh hosh ch aa te so rahi aa",
        ),
        # Bulgarian: a sister who cannot stand after something was put in her glass; a barman's
        # syrup poured in a drink she liked
        (
            "bg",
            "Сестра ми не може да стои на краката си, някой ѝ е сложил нещо в чашата на партито",
            "Барманът ѝ е сипал нещо в питието, беше сироп, много ѝ хареса",
        ),
        # Lithuanian: a daughter of 15 gone to a boyfriend met on Instagram, no longer answering;
        # a camp found online where there is no signal
        (
            "lt",
            "Mano dukra (15 m.) nuvažiavo pas vaikiną, su kuriuo susipažino per Instagram, ir "
            "nebeatsako į skambučius",
            "Mano dukra nuvažiavo į stovyklą su draugėmis, kurią rado internete, ji "
            "neatsiliepia, nes ten nėra ryšio",
        ),
        # Arabic: a drunk sister who cannot walk, with strange men who want to take her off; a
        # friend full of coffee taken to the cinema by classmates
        (
            "ar",
            "أختي سكرانة وما بتقدر تمشي، وفي رجال غربا بدهم ياخدوها معهم من الحفلة",
            "صاحبتي شربت كتير قهوة ومش قادرة تنام، وفي شباب من صفها بدهم ياخدوها عالسينما",
        ),
        # Farsi: a sister locked in who wrote "forgive me" and does not answer; a flatmate shut
        # away to study who wrote "bye till tomorrow"
        (
            "fa",
            "خواهرم در رو روی خودش قفل کرده و برام نوشته منو ببخش، جواب نمیده",
            "هم‌خونه‌ام خودشو توی اتاقش زندانی کرده که درس بخونه، برام نوشته خداحافظ تا فردا صبح",
        ),
        # French: children left on their own since Friday, heard crying; children let go to
        # school on their own
        (
            "fr",
            "La dame d'en face a laissé ses enfants tout seuls depuis vendredi, on les entend "
            "pleurer",
            "Depuis hier les voisins laissent leurs deux petits aller tout seuls à l'école, ils "
            "sont grands",
        ),
        # Italian: a brother-in-law with a knife shouting he will kill them, shut in the
        # bathroom; a shout at the referee during a match
        (
            "it",
            "Mio cognato ha un coltello e grida che ci ammazza tutti, ci siamo chiusi in bagno",
            "Il ragazzo della mia coinquilina guarda la partita ubriaco e urla che lo ammazza, "
            "l'arbitro",
        ),
        # Tigrinya: a sister who wrote she will end her life, not picking up; a film's hero
        # who says it, told by a brother now asleep
        (
            "ti",
            "ሓብተይ ነብሳ ከጥፍእ እያ ኢላ ጽሒፋትለይ፣ ስልኪ ኣይተልዕልን",
            "ሓወይ ሎሚ ምሸት ኣብቲ ፊልም እቲ ጀግና ንርእሱ ክቐትል እዩ ኢሉ ጽሒፉለይ፣ ሕጂ ደቂሱ",
        ),
        # Pashto: a friend wounded with a knife whose bleeding will not stop; meat for Eid cut
        # with a knife
        (
            "ps",
            "زما ملګری یې په چاقو ټپي کړ، وینه یې نه درېږي",
            "زما ورور په چاقو د اختر غوښه پرې کوي، ډېره وینه ترې روانه ده، ډېر کار دی",
        ),
        # Romanian: gas smelt from a neighbour's flat where an old man alone does not open; gas
        # smelt and the engineer already come
        (
            "ro",
            "Se simte miros de gaz din apartamentul vecinului, e un bătrân singur și nu deschide",
            "Miroase puternic a gaz pe scară, a venit deja tehnicianul și a închis robinetul",
        ),
        # Arabic: a fire with older neighbours who cannot get out; cigarette smoke on the stairs
        (
            "ar",
            "في حريق بالبناية والدخان كثيف، جيراني كبار في السن وما يقدروا يطلعوا من الشقة",
            "دخان السجاير من جيراني كثيف بالدرج، ولادي ما يقدروا يطلعوا يلعبوا",
        ),
        # Punjabi: gas smelt with an old father alone inside; a leak the gas man has fixed
        (
            "pa",
            "ਗੁਆਂਢੀਆਂ ਦੇ ਘਰੋਂ ਗੈਸ ਦੀ ਬਦਬੂ ਆ ਰਹੀ ਹੈ, ਬਜ਼ੁਰਗ ਬਾਪੂ ਜੀ ਅੰਦਰ ਇਕੱਲੇ ਹਨ",
            "ਗੈਸ ਵਾਲੇ ਨੇ ਗੈਸ ਦੀ ਲੀਕ ਠੀਕ ਕਰ ਦਿੱਤੀ, ਬਜ਼ੁਰਗ ਬਾਪੂ ਜੀ ਅੰਦਰ ਇਕੱਲੇ ਹਨ ਤੇ ਸੌਂ ਰਹੇ ਹਨ",
        ),
        # Gujarati: a little child alone crying, no one opening; one playing alone, mother near
        (
            "gu",
            "ઉપરના ફ્લેટમાં નાનું બાળક સવારથી એકલું રડે છે, કોઈ દરવાજો ખોલતું નથી",
            "ઉપરના ફ્લેટમાં નાનું બાળક સવારથી એકલું રમે છે, એની મમ્મી રસોડામાંથી એને જુએ છે",
        ),
        # Albanian: an old neighbour unseen for days, post piled, no answer; away on holiday
        (
            "sq",
            "Fqinjin e moshuar nuk e kam parë prej pesë ditësh, letrat janë grumbulluar te dera "
            "dhe nuk e hap derën",
            "Fqinjin e moshuar nuk e kam parë prej pesë ditësh, letrat janë grumbulluar te dera "
            "sepse është me pushime te vajza",
        ),
        # Twi: a fire caught in a grandmother's house with her inside; a fire lit outside to cook
        (
            "tw",
            "Mesrɛ wo boa me, ogya asɔ me nana dan mu, ɔda mu",
            "Mesrɛ wo boa me, yɛasɔ ogya wɔ abɔnten sɛ yɛrebɛnoa aduane, mmofra wɔ hɔ",
        ),
        # Polish: a neighbour on a balcony railing who shouts he will jump; popping out for bread
        (
            "pl",
            "Sąsiad stoi na balustradzie balkonu na 10 piętrze i krzyczy, że skoczy",
            "Sąsiadka siedzi na parapecie otwartego okna i mówi, że skoczy po chleb do sklepu",
        ),
        # Romanian: a wife's head struck on a table, now not moving; a ball that hit her by chance
        (
            "ro",
            "vecinul a lovit-o pe soția lui cu capul de masă, acum nu mai mișcă",
            "vecinul a lovit-o pe soția lui cu mingea din greșeală, acum râd amândoi",
        ),
        # Turkish: men moved into an old woman's flat to deal from it; tenants who take her out
        (
            "tr",
            "Karşı dairedeki yaşlı kadının evine birkaç adam yerleşmiş, evden uyuşturucu "
            "satıyorlar",
            "Karşı dairedeki yaşlı kadının evine yeni kiracılar yerleşmiş, onu dışarı çıkarıp "
            "gezdiriyorlar",
        ),
        # Urdu: a neighbour who showed a knife and said he will kill the writer tonight; the same
        # words said over a game of FIFA, with no weapon
        (
            "ur",
            "mere parosi ne chaku dikha ke kaha aaj raat tumhe maar dunga, woh abhi bhi bahar "
            "khara hai",
            "bhai ne kaha aaj raat FIFA mein tumhe maar dunga, woh abhi bhi bahar khara hai",
        ),
        # Urdu: smoke pouring out of the next flat with children inside; barbecue smoke
        (
            "ur",
            "ساتھ والے فلیٹ سے دھواں نکل رہا ہے اور اندر بچے ہیں، دروازہ بند ہے",
            "ساتھ والے فلیٹ سے باربی کیو کا دھواں نکل رہا ہے اور اندر بچے کھیل رہے ہیں",
        ),
        # Turkish: an old neighbour not seen for a week with the post piling up; one known to be
        # at his daughter's
        (
            "tr",
            "Üst kattaki yaşlı adamı bir haftadır görmedim, kapısında mektuplar birikti, "
            "içeride düşmüş olabilir",
            "Üst kattaki yaşlı adamı bir haftadır görmedim, kızının yanına gitmiş, kapısında "
            "mektuplar birikti",
        ),
        # Somali: a dog biting a small child now; a dog chewing a bone the child threw
        (
            "so",
            "Caawimaad! Eey ayaa qaniinaya ilmo yar hadda beerta dhexdeeda",
            "Eey ayaa qaniinaya lafta ilmo yar uu u tuuray beerta dhexdeeda",
        ),
        # Spanish: a man on the balcony railing who says he will throw himself; a neighbour on
        # the balcony who will spend all afternoon in the sun
        (
            "es",
            "Hay un hombre en el balcón sentado en la barandilla, dice que se va a tirar",
            "El vecino de arriba está en el balcón y dice que se va a tirar toda la tarde al sol",
        ),
        # Portuguese: water through the ceiling onto the fuse box, sparking, with a baby there; a
        # leak with no sparks and the plumber coming
        (
            "pt",
            "Está a sair água do teto para o quadro elétrico e está a fazer faíscas, tenho o meu "
            "bebé aqui",
            "Está a sair água do teto da casa de banho, tenho o meu bebé aqui, amanhã vem o "
            "canalizador",
        ),
        # Italian: men dealing from a disabled neighbour's flat who will not let him out; a
        # documentary about it, for the session
        (
            "it",
            "Il ragazzo disabile del piano di sotto ha degli uomini in casa, spacciano e non lo "
            "lasciano uscire",
            "Ho visto un documentario su come gli spacciatori si prendono la casa di un ragazzo "
            "disabile e non lo lasciano uscire, ne parliamo alla sessione?",
        ),
        # Ukrainian: a fight upstairs with a woman screaming for help; children fighting with
        # pillows and a mother shouting them to bed
        (
            "uk",
            "Сусіди зверху б'ються, жінка кричить і просить про допомогу",
            "Діти сусідів зверху б'ються подушками, жінка кричить, щоб лягали спати",
        ),
        # Lithuanian: a man unconscious in the lift, barely breathing; the writer who slept "like
        # unconscious" and can barely breathe through a blocked nose
        (
            "lt",
            "Lifte guli vyras be sąmonės, beveik nekvėpuoja, prašau padėkite",
            "Po egzamino miegojau kaip be sąmonės, o dabar sloga, beveik nekvėpuoju per nosį",
        ),
        # Italian: throwing oneself off the bridge tonight, laughed at but not a joke; a meme
        (
            "it",
            "ahah ridono tutti ma stasera mi butto dal ponte, non scherzo",
            "ahah nel gruppo girano meme tipo 'mi butto dal ponte' per l'esame di chimica",
        ),
        # Italian: a husband who does not let the writer out; a father's rule for the square
        (
            "it",
            "Mio marito non mi lascia uscire di casa",
            "Mio padre non mi lascia uscire perché dice che in piazza spacciano",
        ),
        # Italian: a father who keeps her in for weeks to marry; a mother's rule for the evening
        (
            "it",
            "Mio padre non mi lascia uscire di casa da settimane perché vuole farmi sposare",
            "Mia madre non mi lascia uscire la sera perché è pericoloso",
        ),
        # Italian: parents who keep her in and took her phone; parents who keep her in till late
        (
            "it",
            "I miei genitori non mi lasciano uscire da settimane e mi hanno preso il telefono",
            "I miei non mi lasciano uscire da sola fino a tardi",
        ),
        # Italian: a father who says she is his and does not let her out; homework first
        (
            "it",
            "Mio padre non mi lascia uscire, dice che sono sua e che nessuno deve vedermi",
            "Mio papà non mi lascia uscire con gli amici finché non finisco i compiti",
        ),
        # Urdu: a daughter who wrote she is going to her father who died; a granddaughter going
        # to her father after her grandfather's death
        (
            "ur",
            "ابو کی وفات کے بعد بیٹی نے لکھا کہ میں ابو کے پاس جا رہی ہوں، اب فون بند ہے",
            "نانا کی وفات کے بعد سے نانی اکیلی ہیں، آج میں ابو کے پاس جا رہی ہوں",
        ),
        # Roman Urdu: the grave gone to with no coming back; the grave, back by the evening
        (
            "ur",
            "abbu ki barsi hai, main unki qabar pe jaunga aur wapas nahi aunga",
            "abbu ki barsi hai, main unki qabar pe jaunga aur shaam tak wapas nahi aunga",
        ),
        # Polish: nothing to live for beside tablets and tonight; nothing to live for in a big
        # house, a night at a daughter's
        (
            "pl",
            "Od śmierci męża nie mam po co żyć. Mam już tabletki, dziś w nocy do niego dołączę.",
            "Od śmierci męża nie mam po co żyć w tym wielkim domu, dziś w nocy śpię u córki",
        ),
        # Polish: joining a husband who died, with tablets; joining a son at his allotment
        (
            "pl",
            "Od pogrzebu męża nic nie jem, leki mam odłożone, niedługo do niego dołączę",
            "Od śmierci męża syn zabiera mnie na działkę, dziś w nocy do niego dołączę",
        ),
        # Polish: a widow nobody has seen for days, post piling up; one gone to her daughter's
        (
            "pl",
            "Sąsiadki nikt nie widział już 10 dni, poczta się zbiera, telefon nie odpowiada",
            "Sąsiadka pojechała do córki, nikt jej nie widział już 10 dni, poczta się zbiera",
        ),
        # Romanian: a little brother beaten until he bled; nails bitten until they bled, a game
        (
            "ro",
            "tata bea și aseară l-a bătut pe fratele meu mic până a sângerat",
            "fratele meu mic și-a ros unghiile până a sângerat, iar tata l-a bătut la table",
        ),
        # Turkish: small children no one minds while a mother does not get up; drawings no one
        # looks at
        (
            "tr",
            "Annem yataktan kalkmıyor, küçük kardeşlerim 4 ve 7 yaşında, kimse onlara bakmıyor",
            "Annem grip, yatıyor; küçük kardeşlerim resim yaptı ama kimse onlara bakmıyor",
        ),
        # Somali: a mother who does not eat and wants to go to her son who died; a mother who
        # wants to go to her son in London
        (
            "so",
            "Walaalkay wuu dhintay. Hooyaday wax ma cunto, waxay tiri waxaan rabaa inaan"
            " wiilkayga u tago.",
            "Awoowe wuu dhintay. Hooyaday keligeed ayay joogtaa, waxay tiri waxaan rabaa inaan"
            " wiilkayga u tago Landan",
        ),
        # Bulgarian: a neighbour not out for a week who does not open; one gone to his daughter
        (
            "bg",
            "Съседът ми не е излизал от погребението, вече седмица, днес нищо, не отваря.",
            "Съседът ми не е излизал вече седмица, замина при дъщеря си, пощата му не отваря",
        ),
        # Tamil: a father who says he is going to the mother who died and bought a rope; a rope
        # bought for the washing
        (
            "ta",
            'அம்மா இறந்ததிலிருந்து அப்பா "அம்மாகிட்ட போகப்போறேன்" என்று கயிறு வாங்கி வந்தார்',
            "அம்மா இறந்ததிலிருந்து அப்பா தனியாக இருக்கிறார், துணி காயப்போட கயிறு வாங்கி வந்தார்",
        ),
        # Punjabi: a mother not out of her room for two days while the children are hungry; a
        # room shut for study while a meal is made
        (
            "pa",
            "ਭਾਬੀ ਦੋ ਦਿਨ ਤੋਂ ਬਾਹਰ ਨਹੀਂ ਆਈ, ਬੱਚੇ ਭੁੱਖੇ ਹਨ",
            "ਭਾਬੀ ਨੇ ਪੇਪਰਾਂ ਲਈ ਕਮਰਾ ਬੰਦ ਕਰ ਲਿਆ ਹੈ, ਬੱਚੇ ਭੁੱਖੇ ਹਨ ਤਾਂ ਮੈਂ ਰੋਟੀ ਬਣਾ ਦਿੱਤੀ",
        ),
        # Portuguese: a father dead, tablets bought, to be with him tonight; flowers for the grave
        (
            "pt",
            "meu pai morreu em maio, comprei os comprimidos, quero ficar com ele esta noite",
            "meu filho morreu há 3 meses, comprei flores, quero ficar com ele esta noite no "
            "cemitério",
        ),
        # French: a husband dead, letters written, to join him; cover letters, a father in Lyon
        (
            "fr",
            "Depuis la mort de mon mari je ne veux plus vivre. J'ai écrit mes lettres, je vais "
            "le rejoindre.",
            "Depuis la mort de ma mère, mon père vit seul. J'ai écrit mes lettres de motivation "
            "et ce soir je vais le rejoindre à Lyon.",
        ),
        # Italian: a widower who stopped eating, alone and not answering; a grandmother out
        (
            "it",
            "mio padre da quando è morta la mamma non mangia più, oggi non risponde al telefono "
            "e vive da solo",
            "mia nonna abita da sola, non mangia la carne e oggi non risponde al telefono "
            "perché è dal parrucchiere",
        ),
        # Pashto: a grandfather who has eaten nothing for days, alone at home; the days a fast
        (
            "ps",
            "زما نیکه دوه ورځې یې هیڅ نه دي خوړلي او په کور کې یوازې دی",
            "زما نیکه روژه نیسي، دوه ورځې یې هیڅ نه دي خوړلي او په کور کې یوازې دی",
        ),
        # Ukrainian: wishing herself and the children gone, the children alone; not at a meeting
        (
            "uk",
            "Я не можу встати з ліжка, діти самі. Сьогодні думала, що краще б нас усіх не було.",
            "Сьогодні ми запізнилися, краще б нас усіх не було на тих зборах.",
        ),
        # Russian: a stepfather who said he will kill mum, home now with a knife; a TV series
        (
            "ru",
            "отчим сказал, что убьёт маму, он сейчас дома с ножом",
            "в сериале муж сказал, что убьёт её, и сейчас стоит дома с ножом",
        ),
        # Yoruba: not wanting to live, medicines bought, tomorrow; medicines bought for mum
        (
            "yo",
            "mi o fe gbe aye mo, mo ti ra oogun, ola ni",
            "mi o fe gbe aye mo ni ilu yii, mo ti ra oogun fun mama mi, ola ni a o lo",
        ),
        # Twi: a grandfather not eating for three days and not getting up; the days kept as a fast
        (
            "tw",
            "Me nana nni aduane nnansa ni, ɔnsɔre mpa so",
            "Me nana nni aduane nnansa ni efise ɔredi mmuada, ɔnsɔre mpa so ntɛm",
        ),
        # Amharic: nowhere with the children to spend the night; the hotel for the night booked
        (
            "am",
            "ልጆቼ ጋር የምናድርበት የለንም",
            "የምናድርበት ሆቴል ተይዟል፣ ነገ እንመጣለን",
        ),
        # Urdu: a girl of sixteen (in words) to be married off; a grandmother wed at fifteen
        (
            "ur",
            "امی کہتی ہیں میری بہن صرف سولہ سال کی ہے، ابو اس کی شادی کر دیں گے",
            "دادی بتاتی ہیں وہ صرف پندرہ سال کی تھی جب ان کی شادی ہوئی",
        ),
        # Albanian: married off tomorrow, shut in at home; a salon shut for the dress fitting
        (
            "sq",
            "Nesër më martojnë me kushëririn e babait, më kanë mbyllur në dhomë",
            "Nesër më martojnë me Arbenin! Më kanë mbyllur sallonin për provën e fustanit",
        ),
        # Punjabi: a boy the lads will grab for their lost drugs; a pick-up from the airport
        (
            "pa",
            "oh munde kehnde ohnu chakk lainge kyunki ohde kol ohna da maal gum ho gya",
            "Harman da maal courier ch gum ho gya, oh kehnde ohnu airport ton chuk lainge",
        ),
        # Portuguese: kills himself and the children if she leaves; works himself to death
        (
            "pt",
            "Ele disse que se eu o deixar se mata e leva as crianças com ele",
            "Se eu me for embora do café hoje ele mata-se a trabalhar sozinho",
        ),
        # Italian: a neighbour beating his girlfriend again now; a ball hit against the wall again
        (
            "it",
            "Il vicino sta ancora picchiando la sua ragazza, la sento piangere",
            "Il vicino sta di nuovo picchiando la palla contro il muro",
        ),
        # Farsi: someone who no longer wants to live with pills gathered; shut in to study
        (
            "fa",
            "برادرم میگه دیگه نمی‌خواد زنده باشه، کلی قرص جمع کرده",
            "سینا خودشو تو اتاق حبس کرده، میگه دیگه نمی‌خواد برای کنکور بخونه",
        ),
        # Yoruba: a man beating his wife with her screams heard; a drum beaten at a wedding
        (
            "yo",
            "Aladugbo wa n lu iyawo re, a n gbo igbe re",
            "Baba Tunde ti n lu ilu fun iyawo e, a n gbo bi won se n pariwo ni ibi ayeye",
        ),
        # Polish: a goodbye from the tracks and no answer; a late train and love sent
        (
            "pl",
            "Brat napisał: jestem na torach, dziękuję za wszystko. Nie odpisuje",
            "Stoję na peronie, pociąg się opóźnia, przepraszam was za wszystko, kocham was",
        ),
        # Polish: a stroke come on suddenly (face, speech); the same signs years after a stroke
        (
            "pl",
            "Babcia nagle mówi niewyraźnie i ma krzywe usta, co robić?",
            "Babcia od udaru sprzed lat mówi niewyraźnie i ma krzywe usta, chodzi na rehabilitację",
        ),
        # Urdu: a diabetic sweating and talking nonsense; sweating after the gym, no odd talk
        (
            "ur",
            "امی کو شوگر ہے، کانپ رہی ہیں اور الٹی سیدھی باتیں کر رہی ہیں",
            "امی کو شوگر ہے، جم سے آ کر کانپ رہی ہیں اور کچھ نہیں کھا رہیں",
        ),
        # Urdu (Latin): chest pain going into the arm now; chest pain last week, fine now
        (
            "ur",
            "bhai ke seene mein dard ho raha hai jo baazu tak ja raha hai, kya karun",
            "bhai ke seene mein pichle hafte dard tha jo baazu tak gaya, ab theek hai",
        ),
        # Turkish: the face swelling and breath not coming; a lip swollen last year, tested
        (
            "tr",
            "Kızımın yüzü şişiyor ve nefes alamıyor, ne yapayım",
            "Kızımın geçen yıl yüzü şişmişti ve nefes alamıyordu, alerji testi yaptırdık",
        ),
        # Somali: a feverish child who will not wake; a feverish child playing
        (
            "so",
            "Gabadhayda yar qandho ayaa haysa, ma toosayso",
            "Gabadhayda yar qandho yar ayaa haysa laakiin way ciyaaraysaa",
        ),
        # Lithuanian: a blow to the head and confused now; a blow to the head, all well now
        (
            "lt",
            "Mama susitrenkė galvą į spintelę ir dabar nieko nesupranta",
            "Mama susitrenkė galvą į spintelę, bet dabar viskas gerai, geria arbatą",
        ),
        # Bulgarian: a child choked and not breathing; choked and coughed it up, fine now
        (
            "bg",
            "Детето се задави с бонбон и не диша!",
            "Детето се задави с бонбон, но го изкашля и вече е добре",
        ),
        # Albanian: a pregnancy bleeding heavily now; a nosebleed in a pregnancy
        (
            "sq",
            "Motra ime është me barrë dhe po gjakoset shumë, ndihmë",
            "Motra ime është me barrë dhe i rrjedh gjak nga hundët, mjeku tha që s'ka gjë",
        ),
        # Gujarati: a fall on blood thinners with the head struck; a fall with nothing struck
        (
            "gu",
            "દાદી રસોડામાં પડી ગયા અને માથું અથડાયું, એ લોહી પાતળું કરવાની દવા લે છે",
            "દાદી રસોડામાં પડી ગયા પણ ઊભા થઈ ગયા, એ લોહી પાતળું કરવાની દવા લે છે",
        ),
        # Punjabi: no breath and blue lips; an inhaler not helping with a doctor's visit next week
        (
            "pa",
            "ਧੀ ਨੂੰ ਦਮਾ ਹੈ, ਸਾਹ ਨਹੀਂ ਆ ਰਿਹਾ, ਬੁੱਲ੍ਹ ਨੀਲੇ ਹੋ ਗਏ",
            "ਧੀ ਨੂੰ ਦਮਾ ਹੈ, ਪੰਪ ਨਾਲ ਫ਼ਰਕ ਨਹੀਂ ਪੈ ਰਿਹਾ, ਅਗਲੇ ਹਫ਼ਤੇ ਡਾਕਟਰ ਕੋਲ ਜਾਣਾ",
        ),
        # Portuguese: a child who swallowed a cleaning product; one who almost did
        (
            "pt",
            "minha filha engoliu detergente da máquina, tá tossindo e vomitando",
            "minha filha quase engoliu detergente da máquina, tirei da mão dela a tempo",
        ),
        # Portuguese: a cry for help; the pronto-socorro visited and all well
        (
            "pt",
            "socorro, ele tá me batendo",
            "fui ao pronto-socorro com a minha mãe ontem, já tá tudo bem",
        ),
        # Polish: a grandmother on the floor who cannot be lifted; one on the floor at play
        (
            "pl",
            (
                "Babcia leży na podłodze w kuchni od nocy i nie mogę jej sama podnieść, nie "
                "odzywa się"
            ),
            (
                "Babcia leży na podłodze z wnukami i układa puzzle, nie odpowiada na moje "
                "wiadomości od rana"
            ),
        ),
        # Polish: a grandfather bedridden, left alone without food; one who does not fish
        (
            "pl",
            (
                "Siostra zostawiła dziadka samego na dwa dni, dziadek nie wstaje z łóżka i nie "
                "ma nic do jedzenia"
            ),
            (
                "Siostra zostawiła dziadka samego na dwa dni, dziadek nie chodzi na ryby w "
                "zimie, a lodówka pełna jedzenia"
            ),
        ),
        # Portuguese: a father pushed down the stairs who cannot get up; a push in a sack race
        (
            "pt",
            "O meu irmão empurrou o pai na escada, o pai caiu e não consegue levantar-se",
            (
                "O meu marido deu-lhe um empurrão na corrida de sacos, ela caiu, mas "
                "levantou-se logo e ganhou"
            ),
        ),
        # Portuguese: a knock on the head and vomiting; a knock and a baby sick with milk
        (
            "pt",
            "o vovô bateu com a cabeça na porta do carro e agora tá vomitando muito",
            "hoje a avó bateu a cabeça no armário, e o bebê tá vomitando o leite, que dia",
        ),
        # Bengali: medicine kept from a grandfather for days; a fast before an operation
        (
            "bn",
            "আমার ভাবি তিন দিন ধরে দাদুকে ওষুধ দিতে দিচ্ছে না, বলে বুড়ো মরুক",
            "ডাক্তার বলেছে অপারেশনের আগে দুই দিন দাদুকে খাবার দিতে দিচ্ছে না, শুধু পানি",
        ),
        # Turkish: all a father's pills for him and then the writer; pills boxed before a tea
        (
            "tr",
            "Babamın haplarını topladım, hepsini ona içirip ben de içeceğim, bu gece bitecek",
            (
                "Babamın haplarını topladım, hepsini haftalık kutuya koyup sonra ben de bir çay "
                "içeceğim"
            ),
        ),
        # Somali: a disabled father locked in a room without food; a shop shut
        (
            "so",
            (
                "Aabahay waa curyaan, adeerkay ayaa qolka ku xiray oo safar galay, saddex "
                "maalmood cunto ma haysto"
            ),
            "Aabahay waa curyaan, adeerkay ayaa dukaanka xiray oo safar galay saddex maalmood",
        ),
        # Albanian: a grandmother fallen who barely breathes; a father asleep with a blocked nose
        (
            "sq",
            "Gjyshja u rrëzua në banjë dhe mezi merr frymë",
            "Babai ra në gjumë në divan dhe nuk merr frymë mirë nga hunda se është ftohur",
        ),
        # Tamil: a father with Alzheimer's locked in a room alone; the house locked on the way out
        (
            "ta",
            "அப்பாவுக்கு அல்சைமர், அப்பாவை ரூம்ல பூட்டிட்டு வேலைக்கு போறேன், யாரும் இல்லை",
            "அல்சைமர் பற்றி படித்தேன். வீட்டை பூட்டிட்டு வேலைக்கு போறேன், யாரும் இல்லை",
        ),
        # French: fever with shivers days after a birth; a new mother trembling with joy
        (
            "fr",
            "Ma sœur vient d'accoucher, elle a de la fièvre et des frissons depuis cette nuit",
            "Ma femme a accouché il y a trois jours, elle tremble d'émotion quand elle le tient",
        ),
        # Spanish: a neighbour without heating found cold and not answering; a grandad joking
        (
            "es",
            "Mi vecina está sin luz desde hace días, la encontré fría en la cama y no responde",
            "Mi abuelo sigue sin calefacción, así que vino a casa y habla raro imitando al cura",
        ),
        # Arabic: diabetes, vomiting and not waking; diabetes, a fruity perfume and a run
        (
            "ar",
            "بنتي عندها السكري وتستفرغ من امبارح وما تصحى",
            "أخي عنده سكري، ريحته مثل الفاكهة من العطر الجديد، ونفسه سريع بعد الجري",
        ),
        # Farsi: a fall from a ladder and legs that cannot move; legs asleep from a long drive
        (
            "fa",
            "پدرم از نردبان افتاده و نمیتونه پاهاشو تکون بده",
            "پسرم از بس تو ماشین نشسته پاهاشو حس نمی‌کنه، گفتم یه کم راه بره",
        ),
        # Amharic: chest pain and a heavy sweat; a sweat and a sore left arm after a run
        (
            "am",
            "አባቴ ደረቱን ያመዋል እና በጣም ያልበዋል",
            "ባለቤቴ ከሩጫ በኋላ በላብ ተጠምቋል፣ ግራ እጁ ትንሽ ያመዋል",
        ),
        # Ukrainian: all of us sleepy with headaches by the gas heater; headaches after a party
        (
            "uk",
            "Всі ми вдома сонні, болить голова, а газова колонка погано горить",
            "У всіх з ранку болить голова після свята, а кіт ледве ходить після наркозу",
        ),
        # Russian: vomiting blood; a child sick after a ride with coffee grounds in the sink
        (
            "ru",
            "Папу рвёт кровью уже второй раз",
            "Сына рвёт после карусели, а в раковине кофейная гуща — бабушка гадает",
        ),
        # Yoruba: no speech and the mouth fallen to one side; a sore throat and no speech
        (
            "yo",
            "Bàbá mi kò lè sọ̀rọ̀ mọ́, ẹnu rẹ̀ ti wọ́ sí ẹ̀gbẹ́ kan",
            "Ìyá mi kò lè sọ̀rọ̀ dáadáa lónìí nítorí ọ̀fun rẹ̀ ń dun, ó ń mu tíì",
        ),
        # Twi: a mother fallen in the kitchen who cannot speak; a fall yesterday and well now
        (
            "tw",
            "Me maame ahwe ase wɔ kichin, ontumi nkasa",
            "Me nana barima ahwe ase wɔ fie nnera, nanso seesei ne ho yɛ",
        ),
        # Tigrinya: a watch battery swallowed; a toy battery bought and water swallowed
        (
            "ti",
            "ጓለይ ባትሪ ናይ ሰዓት ወሒጣ",
            "ወደይ ንእሽቶ ባትሪ ገዚኡ፣ ማይ ወሒጡ",
        ),
        # Bengali: suddenly not knowing anyone with a high fever; new glasses and laughter
        (
            "bn",
            "বাবা হঠাৎ কাউকে চিনতে পারছেন না, খুব জ্বর",
            "নানী নতুন চশমা পরে হঠাৎ আমাকে চিনতে পারছেন না, হাসতে হাসতে কাঁপছেন",
        ),
        # Romanian: pregnant and the baby still; a baby kicking all day and a headache from heat
        (
            "ro",
            "Sunt gravidă și copilul nu se mai mișcă de ieri",
            "Sunt însărcinată și simt bebelușul mișcând tot timpul, mă doare capul de la căldură",
        ),
        # Romanian: pregnant with a headache and blurred sight; damp spots seen on the walls
        (
            "ro",
            "Sunt însărcinată în 30 de săptămâni, mă doare capul foarte tare și văd încețoșat",
            "Sunt însărcinată, mă doare capul de la vopsea și văd pete pe pereți de la igrasie",
        ),
        # Spanish: a carer's plan to end both lives with the tablets; two chapters to finish
        (
            "es",
            "No puedo más con mi madre enferma, tengo las pastillas y voy a acabar con las dos",
            "No aguanto más este libro: esta noche pienso acabar con los dos capítulos finales",
        ),
        # Italian: a brother who said he will jump from the window, not answering; a summer dive
        (
            "it",
            "Mio fratello ha scritto che si vuole buttare dalla finestra e adesso non risponde",
            "Ogni estate mia sorella si butta dal ponte nel lago; è uscita e non risponde",
        ),
        # French: a father with dementia holding a knife, the writer afraid; a knife for the cake
        (
            "fr",
            "Mon père dément tient un couteau dans le salon, j'ai peur, je me suis enfermée",
            "Ma mère a pris un couteau pour couper le gâteau et j'ai peur qu'il soit sec",
        ),
        # Arabic: a carer afraid she will hurt her father tonight; afraid of hurting feelings
        (
            "ar",
            "أبي مريض بالخرف وأنا خايفة أأذيه الليلة، ما نمت من يومين",
            "أخاف أن أؤذي مشاعرها الليلة إذا لم أحضر عيد ميلادها، أنا وحدي في المدينة",
        ),
        # Farsi: a grandmother alone, her carer not come, unable to get up; a father not alone
        (
            "fa",
            "مادربزرگم تنها مانده، مراقبش نیومد و نمی تونه از تخت بلند شه",
            "پدرم تنها نیست؛ پرستار امروز نیامد ولی مادرم پیشش است. نمی‌تواند راحت راه برود",
        ),
        # Yoruba: a grandfather fallen who cannot get up; a fall last week, up again
        (
            "yo",
            "Baba agba ti ṣubú ní baluwe, kò lè dìde",
            "Iya mi ti subu ninu ile ni ose to koja, o ti dide, ara re ti ya",
        ),
        # Gujarati: a grandmother's medicines stolen, she in pain; medicines sold in a shop
        (
            "gu",
            "મારો દીકરો દાદીની દવા ચોરી જાય છે, દાદીને બહુ દર્દ છે",
            "મારા પતિ દવાની દુકાનમાં દવાઓ વેચે છે. બા ને ઘૂંટણમાં દુખાવો છે",
        ),
        # Punjabi: a grandmother's face fallen, not speaking; a face pulled in fun, laughing
        (
            "pa",
            "ਦਾਦੀ ਦਾ ਮੂੰਹ ਇੱਕ ਪਾਸੇ ਡਿੱਗ ਗਿਆ, ਉਹ ਬੋਲਦੀ ਨਹੀਂ",
            "ਮੇਰਾ ਭਰਾ ਮੂੰਹ ਟੇਢਾ ਕਰਕੇ ਪਿਤਾ ਜੀ ਦੀ ਨਕਲ ਕਰਦਾ, ਉਹ ਹੱਸਦੇ ਹੱਸਦੇ ਬੋਲ ਨਹੀਂ ਸਕਦੇ",
        ),
        # Urdu: too much medicine taken by mistake, not breathing; an overdose past, awake now
        (
            "ur",
            "Nani ne ghalti se double dawai kha li, saans nahi le rahi",
            "Pichle hafte nurse ne ammi ko zyada insulin de diya tha, ab theek hain, hosh mein",
        ),
        # Tamil: an ex who knows where the writer is and threatens; a husband coming to fetch her
        (
            "ta",
            "அவனுக்கு நான் எங்க இருக்கேன்னு தெரியும், வந்து அடிப்பேன்னு மிரட்டுறான்",
            "நான் எங்கே இருக்கிறேன் என்று கணவருக்குத் தெரியும், என்னை அழைத்துச் செல்ல வருகிறார்",
        ),
        # Gujarati: a father who will kill the writer over a marriage; brothers teasing in fun
        (
            "gu",
            "મારા પપ્પા કહે છે કે જો હું તે છોકરા સાથે લગ્ન કરીશ તો મને મારી નાખશે",
            "મારા ભાઈઓ મજાકમાં કહે છે કે જો હું તેમની ચોકલેટ ખાઈશ તો મને મારી નાખશે",
        ),
        # Farsi: a strange man followed the writer from the bus and waits; a friend walked along
        (
            "fa",
            "یه مرد غریبه از اتوبوس دنبالم اومد و الان دم خونه منتظره",
            "دوستم از ایستگاه تا اینجا دنبالم آمد و الان جلوی در ایستاده تا با هم برویم",
        ),
        # Russian: an ex who tracked down her address and will come for her; one for the children
        (
            "ru",
            "Бывший выследил мой адрес и пишет, что сегодня приедет за мной",
            "Бывший муж нашёл мой новый адрес в бумагах, в субботу придёт за детьми по графику",
        ),
        # Ukrainian: a son threatened over the writer's evidence; a lawyer: nothing will happen
        (
            "uk",
            "Сказали, щоб я не давала показання, бо щось станеться з моїм сином",
            "Адвокат сказав, що якщо я дам свідчення в суді, з моєю дитиною нічого не станеться",
        ),
        # Vietnamese: a son to be taken unless a complaint is dropped; a teacher to begin lessons
        (
            "vi",
            "Họ dọa sẽ bắt cóc con trai tôi nếu tôi không rút đơn",
            "Cô giáo nhắn tin nói biết con gái tôi học trường nào và sẽ bắt đầu dạy kèm nó",
        ),
        # Greek: "you will pay for it", he knows where she lives; the ex comes, she pays for food
        (
            "el",
            "Μου γράφει ότι θα το πληρώσεις, ξέρει πού μένω και έρχεται",
            "Ο πρώην μου έστειλε ότι απόψε θα έρθει για τα παιδιά, το φαγητό θα το πληρώσω εγώ",
        ),
        # Pashto in Latin letters: a husband who will kill her, her phone taken; a phone borrowed
        (
            "ps",
            "zama khawand wayi ma ba wazhi, telephone ye rana wakhist",
            "zama wror zama telephone rana akhistay aw os kor ke dey, film goray",
        ),
        # Romanian: an ex who followed the writer and waits at the gate; a dance partner, flowers
        (
            "ro",
            "Fostul meu iubit m-a urmărit de la gară până la bloc și stă la poartă, mi-e frică",
            "Fostul meu partener de dans m-a urmărit la metrou și mă așteaptă afară cu flori",
        ),
        # Romanian: a witness told her son will suffer if she testifies; her fare paid if she does
        (
            "ro",
            "Mi-au scris că dacă merg ca martor la proces o să pățească fiul meu, azi au sunat",
            "Mi-au scris că dacă merg ca martor la proces îmi plătesc drumul, azi au sunat",
        ),
        # Lithuanian: an ex coming tonight for revenge on the writer; a team's revenge in a match
        (
            "lt",
            "Buvęs draugas sako, kad šiąnakt ateis ir man atkeršys, aš bijau",
            "Treneris sako, kad šiąnakt ateis į rungtynes ir komanda atkeršys varžovams",
        ),
        # Lithuanian: an ex boyfriend waiting at the writer's door; one who left her books there
        (
            "lt",
            "Buvęs vaikinas jau valandą laukia prie mano namų durų",
            "Buvęs vaikinas paliko mano knygas prie namų durų ir išvažiavo",
        ),
        # Turkish: an ex at the door who says he will break it; a locksmith for a forgotten key
        (
            "tr",
            "Eski sevgilim kapımızda, kapıyı kıracağını söylüyor, çok korkuyorum",
            "Eski kocam kapının önünde, anahtarını unutmuş, çilingir kapıyı kıracağını söylüyor",
        ),
        # Arabic: a stranger's photo of the writer minutes ago; a sister's photo on graduation day
        (
            "ar",
            "شخص لا أعرفه يراسلني من حسابات مختلفة وأرسل صورة لي وأنا عند باب المدرسة قبل دقائق",
            "أختي أرسلت لي صورة لي وأنا عند باب المدرسة قبل دقائق يوم التخرج",
        ),
        # Portuguese: an ex who posted the writer's address, his friends coming today; a dinner
        (
            "pt",
            "O meu ex-namorado publicou a minha morada e os amigos dele dizem que vêm cá hoje",
            "A minha mãe mandou uma foto da minha porta pintada, os primos vêm cá hoje jantar",
        ),
        # Spanish: a witness told he will be killed if he testifies; shoes that hurt at a trial
        (
            "es",
            "Me han dicho que si declaro contra él me matan, me esperan en la puerta",
            "Si voy al juicio con estos tacones me matan los pies",
        ),
        # Italian: an ex coming tonight who always knows where she is; an ex returning the dog
        (
            "it",
            "Il mio ex marito ha scritto che stanotte passa da me e sa sempre dove sono",
            "Il mio ex ha scritto che stasera passa da me a riportare il cane e le sue cose",
        ),
        # French: a stranger's threat to the family if the writer goes to court; a mother minding
        (
            "fr",
            "Un inconnu m'a dit que si je vais au tribunal, on s'occupera de ta famille",
            "Si je témoigne au tribunal lundi, ma mère s'occupera de ma fille à l'école",
        ),
        # Punjabi: a coal burner alight all night in a shut room, a father not waking; a heater on
        # all night and a big bill
        (
            "pa",
            "ਬੰਦ ਕਮਰੇ ਵਿੱਚ ਰਾਤ ਭਰ ਕੋਲੇ ਦੀ ਅੰਗੀਠੀ ਬਲਦੀ ਰਹੀ, ਪਿਤਾ ਜੀ ਜਾਗ ਨਹੀਂ ਰਹੇ",
            "ਸਾਰੀ ਰਾਤ ਗੈਸ ਹੀਟਰ ਚੱਲਦਾ ਰਿਹਾ, ਹੁਣ ਮਾਂ ਕਹਿੰਦੀ ਹੈ ਕਿ ਬਿੱਲ ਬਹੁਤ ਆਵੇਗਾ",
        ),
        # Lithuanian: heating cut off, a little daughter cold and limp; power cut for a repair
        # and a baby that has stopped crying and sleeps warm
        (
            "lt",
            "Jau antra para nėra šildymo, dukrytė visa šalta, vangi ir nereaguoja",
            "Šeimininkas atjungė elektrą dviem valandoms dėl remonto, kūdikis pagaliau "
            "nebeverkia, miega šiltai apklotas",
        ),
        # Bulgarian: a landlord who lets the writer keep the room only if she sleeps with him; a
        # landlord who lets her stay if the rent is paid by Friday
        (
            "bg",
            "Собственикът на квартирата ми каза, че ще ме остави само ако спя с него довечера",
            "Хазаинът каза, че мога да остана в стаята само ако платя наема до петък",
        ),
        # Spanish: a charcoal brazier in a shut room, a son who does not respond; a stove on
        # all night and a husband who woke up hot
        (
            "es",
            "Mi hijo durmió con el brasero de carbón en el cuarto cerrado y ahora no responde",
            "Dejamos la estufa de gas toda la noche encendida y mi marido se despertó con calor",
        ),
        # Italian: power cut off, a grandfather frozen and confused; heating cut for repairs and a
        # grandmother who never answers the phone
        (
            "it",
            "Ci hanno tagliato la luce e il gas, il nonno è tutto gelato e confuso",
            "Il padrone di casa ha staccato il riscaldamento per la manutenzione, mia nonna non "
            "risponde mai al telefono",
        ),
        # French: a son locked out, alone outside in the night; new keys given and a daughter at
        # her grandmother's
        (
            "fr",
            "Le bailleur a changé les serrures, mon fils de 10 ans est seul dans la rue la nuit",
            "Le propriétaire a changé la serrure, il m'a donné les clés, ma fille est chez mamie",
        ),
        # Romanised Urdu: a generator running in the room, an uncle who does not open the door; a
        # burner lit in the courtyard and all well
        (
            "ur",
            "Chacha ne kamre mein generator chala rakha hai aur ab darwaza nahi khol rahe",
            "Dadi aangan mein koyle ki angithi jala ke baithi hain, sab theek hai",
        ),
        # Amharic: thrown out on the street in the cold, a child with a high fever; a house closed
        # for repairs, mother and child warm at a sister's
        (
            "am",
            "ባለቤቱ አባረረን፣ በዚህ ቅዝቃዜ መንገድ ላይ ነን፣ ህፃኑ ትኩሳት አለው",
            "አከራዬ ቤቱን ለጥገና ዘግቶታል፣ ከልጄ ጋር እህቴ ቤት ነን፣ ሞቅ ያለ ነው",
        ),
        # Chinese: the building on fire and the door locked from outside; a fire put out last week
        # and the lock changed
        (
            "zh",
            "楼下起火了，房东把门反锁了，我和孩子出不去",
            "上周合租房厨房着火了，已经扑灭了，房东把大门的锁换了",
        ),
        # Vietnamese: a landlord who threatens to throw the writer out unless she sleeps with
        # him; a landlord who lets her stay while she sleeps with her sister
        (
            "vi",
            "chủ trọ ép em ngủ với hắn, nếu không thì đuổi em ra đường",
            "chủ nhà cho em ở tiếp, tối nay em ngủ với em gái ở phòng bên",
        ),
        # Greek: beaten by two men who said they will come again; men come to mend a tap who will
        # be back tonight
        (
            "el",
            "Δύο άντρες με έδειραν στην είσοδο και φώναξαν ότι θα ξαναέρθουν αύριο",
            "Ο ιδιοκτήτης μπήκε στο δωμάτιο με δύο άντρες για να φτιάξουν τη βρύση, είπαν ότι θα "
            "ξαναγυρίσουν απόψε",
        ),
        # Romanian: slept in the car last night with the children; years ago, with a home now
        (
            "ro",
            "am dormit in masina aseara cu copiii, nu avem unde sta",
            "am dormit in masina acum cinci ani, acum avem casa si copiii merg la scoala",
        ),
        # Igbo: a landlord beating the writer's mother now; a landlord shouting about the rent
        (
            "ig",
            "Onye nwe ụlọ anyị na-eti nna m ihe ugbu a, biko bịa",
            "Onye nwe ụlọ anyị na-eti mkpu maka ụgwọ ụlọ ugbu a, biko bịa",
        ),
        # Igbo: a brother who says he will kill himself; one working himself to death
        ("ig", "Nwanne m nwoke sị na ọ ga-egbu onwe ya", "Ọ na-egbu onwe ya n'ọrụ kwa ụbọchị"),
        # Igbo: in danger, asking for help; at a film, asking for help to find a seat
        (
            "ig",
            "Anọ m n'ihe egwu, biko nyere m aka",
            "Anọ m n'ihe nkiri, biko nyere m aka ịchọta oche",
        ),
        # Igbo: a man threatening the writer; a friend teaching her a song ("egwu")
        ("ig", "Otu nwoke na-eyi m egwu kwa ụbọchị", "Otu nwoke na-akụziri m egwu kwa ụbọchị"),
        # Igbo: someone fallen who will not wake; a son who will not wake early for school
        (
            "ig",
            "Nna m dara n'ala, ọ naghị eteta",
            "Nwa m nwoke anaghị eteta n'ụtụtụ maka ụlọ akwụkwọ",
        ),
        # Igbo: held by force; held by the hand to cross the road
        ("ig", "Ha jidere m n'ike, biko", "Ha jidere m aka ka anyị gafee okporo ụzọ"),
        # Igbo: a child alone for days; a child playing alone this morning
        (
            "ig",
            "Nwatakịrị ahụ nọ naanị ya n'ụlọ kemgbe ụbọchị atọ",
            "Nwatakịrị ahụ na-egwu egwuregwu naanị ya n'ụtụtụ a",
        ),
        # Igbo: nowhere to sleep tonight; nowhere to put a bag
        (
            "ig",
            "Enweghị anyị ebe anyị ga-ehi ụra taa abalị",
            "Enweghị m ebe m ga-edowe akpa m taa",
        ),
    ],
)
def test_risks_said_around_a_detail_and_their_everyday_twins(
    code: str, risk: str, look_alike: str
) -> None:
    assert_read_in_and_twin_left_alone(code, risk, look_alike)


# A threat to kill the writer (or a sister, over a marriage), said outright in each language (his
# or a partner's future, told or threatened, "if I go", "tonight", "I'll kill you" written on the
# door), and the same words as an idiom: a mother's telling-off for lateness, the heat "if this
# goes on". With them, an older parent's pension taken with no food left, a stroke's signs, "my
# last day" as a threat.
@pytest.mark.parametrize(
    ("code", "risk", "look_alike"),
    [
        (
            "pl",
            "mój były powiedział, że mnie dziś zabije",
            "mama mnie zabije, jak się spóźnię na obiad",
        ),
        # a boyfriend's threat typed without "ł" (the pattern is written with it)
        ("pl", "chlopak mnie zabije jak odejde", "chlopak mnie rozsmiesza jak odejde od stolu"),
        ("bg", "mazhat mi kaza che shte me ubie", "mama shte me ubie, ako zakasneya"),
        (
            "ro",
            "fostul a zis că mă omoară dacă plec de acasă",
            "mama mă omoară dacă întârzii iar",
        ),
        (
            "ur",
            "شوہر کہتا ہے اگر میں عدالت گئی تو مجھے مار دے گا",
            "امی مجھے مار ڈالیں گی اگر دیر ہوئی",
        ),
        (
            "so",
            "ninkaygu wuxuu yiri haddii aan baxo wuu i dilayaa",
            "hooyo way i dilaysaa haddii aan daaho",
        ),
        (
            "pt",
            "o meu ex disse que me mata se eu for à polícia",
            "a minha mãe vai me matar se eu chegar tarde",
        ),
        (
            "es",
            "mi pareja dice que me va a matar esta noche",
            "mi madre me va a matar si llego tarde",
        ),
        (
            "sq",
            "ish-burri më kërcënon se do më vrasë sonte",
            "nëna do më vrasë nëse vonohem prapë",
        ),
        ("ar", "طليقي كتب على الباب سأقتلك", "رح أقتله، أكل الكيكة تبعي"),
        ("ru", "муж сказал, что этой ночью убьёт меня", "мама меня убьёт, если я опять опоздаю"),
        (
            "ru",
            "сосед сказал, что завтра меня зарежут. У него есть нож",
            "У него есть нож для рыбалки, завтра едем на озеро",
        ),
        ("uk", "колишній каже, що вб'є мене, якщо піду", "мама мене вб'є, якщо я запізнюсь"),
        ("tr", "kocam bosanirsam beni öldürecekmiş", "geç kalırsam annem beni öldürür"),
        ("fa", "شوهرم گفته اگه برم منو می‌کشه", "مامانم منو می‌کشه اگه دیر برسم"),
        ("bn", "স্বামী বলছে পুলিশে গেলে আমাকে খুন করবে", "মা আমাকে মেরে ফেলবে দেরি হলে"),
        ("pa", "ਘਰਵਾਲਾ ਕਹਿੰਦਾ ਹੈ ਅੱਜ ਰਾਤ ਮੈਨੂੰ ਮਾਰ ਦੇਵੇਗਾ", "ਮੰਮੀ ਮੈਨੂੰ ਮਾਰ ਦੇਵੇਗੀ ਜੇ ਲੇਟ ਹੋਈ"),
        ("lt", "vyras sakė, kad šiąnakt mane užmuš", "mama mane užmuš, jei pavėluosiu"),
        ("bg", "бившият ми каза, че ще ме убие, ако го оставя", "мама ще ме убие, ако закъснея"),
        (
            "ta",
            "போலீஸ்கிட்ட போனா என்னை கொன்னுடுவான்",
            "அம்மா என்னைக் கொன்றுவிடுவார், லேட் ஆயிடுச்சு",
        ),
        ("el", "ο πρώην μου λέει ότι θα με σκοτώσει", "η μαμά θα με σκοτώσει αν αργήσω"),
        (
            "gu",
            "પતિ કહે છે કે જો હું જઈશ તો મને મારી નાખશે",
            "મમ્મી મને મારી નાખશે જો મોડું થયું",
        ),
        (
            "hi",
            "वो कहता है अगर मैं गई तो मुझे जान से मार देगा",
            "मम्मी मुझे मार डालेगी अगर देर हुई",
        ),
        (
            "hi",
            "एक आदमी ने चाकू दिखाकर कहा कि फिर दिखी तो मार देगा",
            "दुकानदार ने चाकू दिखाकर कहा कि ये सब्जी काटने के लिए सबसे अच्छा है",
        ),
        ("yo", "oko mi ni oun maa pa mi ti mo ba lo", "mama maa pa mi ti mo ba pe"),
        ("it", "il mio ex ha detto che stanotte mi ammazza", "mamma mi ammazza se arrivo tardi"),
        (
            "fr",
            "mon ex a dit qu'il allait me tuer si je pars",
            "maman va me tuer si je rentre tard",
        ),
        ("zh", "前夫说今晚就杀了我", "妈妈会杀了我，我又迟到了"),
        ("zh", "一群人围着我，说要捅死我", "他说要捅破这层窗户纸，把话说清楚"),
        ("ar", "ابنها ياخد معاشها كله وما بيخلي لها أكل", "ابني ياخد معاشي من البريد كل شهر"),
        (
            "bn",
            "বাবার মুখ হঠাৎ একদিকে ঝুলে গেছে, হাত তুলতে পারছেন না",
            "গলা ব্যথা, আজ কথা বলতে পারছি না",
        ),
        (
            "pa",
            "ਪਤੀ ਕਹਿੰਦਾ ਜੇ ਮੈਂ ਘਰੋਂ ਨਿਕਲੀ ਤਾਂ ਮੇਰਾ ਆਖਰੀ ਦਿਨ ਹੋਵੇਗਾ",
            "ਅੱਜ ਦਫ਼ਤਰ ਵਿੱਚ ਮੇਰਾ ਆਖਰੀ ਦਿਨ ਹੋਵੇਗਾ",
        ),
        ("tr", "eski sevgilim kapıma seni öldüreceğim yazdı", "onu öldüreceğim, pastamı yedi"),
        ("ru", "бывший написал мне: убью тебя", "убью его, он съел мой торт"),
        ("es", "escribió en mi puerta: te voy a matar", "si sigue así, este calor me va a matar"),
        ("it", "ha scritto sul muro ti ammazzo", "se continua così, questo caldo mi uccide"),
        (
            "fr",
            "il a écrit « je vais te tuer » sur ma porte",
            "si ça continue, cette chaleur va me tuer",
        ),
        ("bg", "написа ми съобщение: ще те убия", "ако продължава така, тази жега ще ме убие"),
        (
            "el",
            "μου έγραψε μήνυμα θα σε σκοτώσω",
            "αν συνεχιστεί έτσι, αυτή η ζέστη θα με σκοτώσει",
        ),
        ("fa", "روی دیوار خونه نوشته می‌کشمت", "اگه همینطور پیش بره این گرما منو می‌کشه"),
        (
            "hi",
            "पति ने दरवाज़े पर लिखा तुझे जान से मार दूंगा",
            "अगर ऐसे ही चला तो ये काम मुझे मार देगा",
        ),
        ("pl", "napisał mi SMS-a: zabiję cię", "jeśli tak dalej pójdzie, ten upał mnie zabije"),
        (
            "ar",
            "لو ما اتجوزت ابن خالي اهلي رح يقتلوني",
            "اذا لم اتزوج قبل الثلاثين ستقتلني امي بالاسئلة",
        ),
        ("ar", "اذا رفضت العريس سيذبحونني", "اذا تأخرت اهلي رح يقتلوني"),
        (
            "ur",
            "ab bhai keh rahe hain aaj raat aa ke mujhe khatam kar denge",
            "bhai keh raha hai ye assignment mujhe khatam kar dega",
        ),
        (
            "fr",
            "Mon père a dit que si ma sœur refuse d'épouser notre cousin, il la tuera",
            "Au mariage de notre cousin, il la tuera de rire avec son discours",
        ),
        ("tw", "Me kunu bɔ me daa, ɔka sɛ ɔbɛkum me", "Maame bɛkum me sɛ meka akyi"),
        (
            "ku",
            "Birayê min dibêje ew ê îşev xwişka min bikuje",
            "Diya min dê min bikuje ger ez dereng bimînim",
        ),
        ("vi", "Chồng nói sẽ giết em", "Mẹ sẽ giết em nếu em về muộn"),
        (
            "fa",
            "برادرم می‌گوید اگر با پلیس بنشینم آبروی خانواده را برده‌ام و مرا می‌کشد",
            "برادرم می‌گوید اگر با پلیس در یک اتاق بنشینم آبروی خانواده را برده‌ام",
        ),
        ("ti", "ሰብኣየይ ክቐትለኒ እዩ ኢሉ ኣፈራሪሑኒ", "እንተ ደንጐኹ ኣደይ ክትቐትለኒ'ያ"),
        ("ti", "ክቐትለኪ'የ ኢሉኒ", "ኬክ እንተ በላዕካ ክቐትለካ'የ"),
        # a friend the writer writes for: her husband's threat; her mother's, for lateness
        (
            "fa",
            "شوهرش گفته اگه دوباره بره جلسه می‌کشدش",
            "مامانش گفته اگه دوباره دیر بره خونه می‌کشدش",
        ),
    ],
)
def test_a_threat_to_kill_the_writer_is_read_and_its_idiom_left_alone(
    code: str, risk: str, look_alike: str
) -> None:
    assert_read_in_and_twin_left_alone(code, risk, look_alike)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Kızım ŞİDDET görüyor", "kizim siddet goruyor"),
        ("Vyras mane muša", "vyras mane musa"),
        ("burri më rreh", "burri me rreh"),
        ("Мой", "мой"),
        ("أنا خايفة", "انا خايفه"),
        ("ਜ਼ਿੰਦਗੀ ਤੋਂ ਤੰਗ", "ਜਿੰਦਗੀ ਤੋੰ ਤੰਗ"),
        ("বাঁচতে", "বাচতে"),
        ("it’s", "it's"),
        ("Με ΧΤΥΠΆΕΙ", "με χτυπαει"),
        ("ज़बरदस्ती गाँव", "जबरदस्ती गांव"),
        ("Ждёт ЕЁ", "ждет ее"),
        ("бʼє", "б'є"),
        ("殺了我，護照", "杀了我,护照"),
        ("Chồng ĐÁNH em, đe dọa", "chong danh em, de doa"),
        ("Birayê min îşev", "biraye min isev"),
        ("Zostawiła ŁUKASZA", "zostawila lukasza"),
        ("ክቐትለኒ ዝኸደሉ", "ክቀትለኒ ዝከደሉ"),
    ],
)
def test_fold_drops_latin_accents_and_keeps_other_letters_whole(typed: str, read: str) -> None:
    assert fold(typed) == read


def test_a_pattern_written_with_its_accents_reads_the_folded_text() -> None:
    assert script_form("chłopak się boję, biçim") == fold("chlopak sie boje, bicim")


def test_a_letter_typed_composed_or_in_two_parts_reads_the_same() -> None:
    composed = "\u09ad\u09df"  # ভয় with য় as one code point
    in_two_parts = "\u09ad\u09af\u09bc"
    assert fold(composed) == fold(in_two_parts)
    assert fold(unicodedata.normalize("NFD", "ভয় লাগছে")) == fold("ভয় লাগছে")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("muzh menya b'et kazhdyi den", "ru"),
        ("Мой муж меня бьет каждый день", "ru"),
        ("sorry late for the session, муж меня бьет, he took my phone", "ru"),
        ("ami ar bachte chai na", "bn"),
        ("আমি আর বাঁচতে চাই না", "bn"),
    ],
)
def test_each_alphabet_and_its_latin_spelling_are_read_alike(text: str, language: str) -> None:
    assert risk_language(text) == language
