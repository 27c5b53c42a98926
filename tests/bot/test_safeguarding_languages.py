"""The phrase net in the languages members write in besides English, Polish, Romanian and Urdu
(bot/gateway/safeguarding_languages.py): per language, disclosures of each main kind of risk
it must read, and the same language's everyday look-alikes (idioms, lateness, food, medicine
times, a partner giving a lift, the assembly's subjects talked about) it must leave alone.
Written with and without diacritics, as members type; each disclosure is read by its own
language's net, so a stranger is answered in it when the assistant speaks it. Urdu's newer kinds
(an older parent neglected, panic alone, honour, a locked door) are checked here in pairs.
"""

from __future__ import annotations

import unicodedata

import pytest

from bot.gateway.safeguarding import says_someone_is_at_risk
from bot.gateway.safeguarding_languages import fold, risk_language

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
}


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
    ],
)
def test_urdu_reads_neglect_panic_and_honour_and_leaves_their_twins(
    risk: str, look_alike: str
) -> None:
    assert risk_language(risk) == "ur", fold(risk)
    assert not says_someone_is_at_risk(look_alike), fold(look_alike)


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
        ("ta", "ராத்திரி எல்லாம் சாவதைப் பற்றியே நினைக்கிறேன்", "மரணத்தைப் பற்றிய படம் பார்த்தேன், நல்லா இருந்தது"),
        ("ta", "தற்கொலை பண்ணிக்கலாம்னு இருக்கேன்", "தற்கொலை தடுப்பு பற்றிய செஷன் நல்லா இருந்தது"),
        ("ta", "நான் இல்லாம எல்லாரும் நிம்மதியா இருப்பாங்க", "நான் இல்லாம நீங்க நல்லா செஷன் நடத்துவீங்க"),
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
        ("ta", "மாத்திரை எல்லாத்தையும் ஒரே தடவையில முழுங்கிட்டேன்", "மாத்திரை எல்லாத்தையும் பையில வச்சுட்டேன்"),
        ("ta", "அண்ணன் என்னைப் போட்டு உதைக்கிறான்", "என்னை அடிக்கடி கூப்பிடுறாங்க"),
        ("ta", "புருஷன் குடிச்சிட்டு வந்து அடிக்கிறான்", "அப்பா தினமும் போன் அடிக்கிறார்"),
        ("ta", "வெட்டிடுவேன்னு மிரட்டுறாங்க", "அம்மா என்னைக் கொன்றுவிடுவார், லேட் ஆயிடுச்சு"),
        ("ta", "போலீஸ்கிட்ட சொன்னா கொன்னுடுவேன்னு சொன்னான்", "போலீஸ் ஸ்டேஷன் பக்கத்துல பார்க்கிங் இருக்கா?"),
        (
            "ta",
            "பாஸ்போர்ட்டை புடுங்கி வச்சிருக்கான், வெளியே போக விட மாட்டான்",
            "பாஸ்போர்ட்டை வீட்டுல மறந்துட்டேன், வேற ஐடி போதுமா?",
        ),
        ("ta", "மாமியார் என்னை அறையில் அடைத்து வைக்கிறார்", "சைக்கிளை வீட்டுக்குள்ள பூட்டி வச்சிருக்கேன்"),
        (
            "ta",
            "வீட்டுக்கு திரும்பி போக ரொம்ப பயமா இருக்கு",
            "இருட்டுல வீட்டுக்குப் போக லேட் ஆகுமோன்னு பயமா இருக்கு",
        ),
        ("ta", "அவரைப் பார்த்தாலே பயமா இருக்கு", "அவரை பார்த்தா பயம் இல்லை, நல்லவர்"),
        ("ta", "குழந்தையை பெல்ட்டால அடிக்கிறான்", "பையன் சிக்ஸர் அடிச்சான்!"),
        ("ta", "அப்பாவுக்கு மருந்து கூட குடுக்காம இருக்காங்க", "அம்மாவுக்கு மாத்திரை குடுக்கற நேரம் காலை 8 மணி"),
        ("ta", "குழந்தைங்க நேத்துல இருந்து சாப்பிடல", "குழந்தை காலையிலிருந்து சரியா சாப்பிடல, பல் முளைக்குது"),
        (
            "ta",
            "அம்மாவை சொத்தை எழுதிக் குடுக்கச் சொல்லி மிரட்டுறான்",
            "அம்மா வீட்டை தம்பி பேருக்கு எழுதித் தரலாம்னு முடிவு பண்ணிட்டாங்க",
        ),
        ("ta", "என் அப்பாவோட பென்ஷனை அண்ணன் பிடுங்கிக்கிறான்", "அம்மாவோட பென்ஷன் எடுக்க பேங்க் போகணும்"),
        (
            "ta",
            "தினமும் ஸ்டேஷன்ல இருந்து ஒருத்தன் பின்னாடியே வர்றான்",
            "அவன் பின்னாடியே வர்றான், அவனும் செஷனுக்கு வர்றான்",
        ),
        ("ta", "வலுக்கட்டாயமா எனக்கு கல்யாணம் பேசறாங்க", "கட்டாயம் என் தங்கச்சி கல்யாணத்துக்கு வாங்க"),
        (
            "ta",
            "15 வயசுப் பொண்ண ஊருக்கு கூட்டிட்டுப் போய் கல்யாணம் பண்ணி வைக்கப் போறாங்க",
            "என் பையனுக்கு 12 வயசு, அண்ணனுக்கு கல்யாணம் பண்ணி வைக்கப் போறோம்",
        ),
        ("ta", "என் உயிருக்கு ஆபத்து", "பார்க் பக்கம் நடக்க பாதுகாப்பா இல்லை"),
        ("ta", "வீட்டை விட்டு துரத்திட்டாங்க, தங்க இடம் இல்ல", "ஹால் பக்கத்துல கார் நிறுத்த இடம் இல்லை"),
        ("ta", "வாழ்க்கையே வெறுத்துப் போச்சு", "இந்த வாடகையில லண்டன்ல வாழ முடியல"),
        (
            "ta",
            "ஏழு மாசம், குழந்தை நேத்துல இருந்து அசையல",
            "பாப்பா ராத்திரி முழுக்க உதைச்சுக்கிட்டே இருக்கு, தூக்கமே இல்லை",
        ),
        ("ta", "கர்ப்பமா இருக்கேன், ப்ளீடிங் ஆகுது", "கர்ப்பமா இருக்கேன், பல் தேய்க்கும்போது ரத்தம் வருது"),
        ("ta", "sethudalam pola irukku", "pasila saaguren, saapadu eppo?"),
        ("ta", "ennai dhinamum adikkiraan", "ennai adikkadi koopiduvaanga"),
        ("ta", "veetuku poga bayama irukku", "veetuku poga late aagum"),
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
        ("fr", "je dors dans ma voiture depuis lundi", "je dors dehors sous la tente au festival"),
        ("yo", "mo n sun ni ita fun ojo meta, otutu n pa mi", "mo n sun ni ita lale yi fun ayeye"),
    ],
)
def test_risks_said_around_a_detail_and_their_everyday_twins(
    code: str, risk: str, look_alike: str
) -> None:
    assert risk_language(risk) == code, fold(risk)
    assert not says_someone_is_at_risk(look_alike), fold(look_alike)


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
    ],
)
def test_fold_drops_latin_accents_and_keeps_other_letters_whole(typed: str, read: str) -> None:
    assert fold(typed) == read


def test_a_letter_typed_composed_or_in_two_parts_reads_the_same() -> None:
    composed = "\u09ad\u09df"  # ভয় with য় as one code point
    in_two_parts = "\u09ad\u09af\u09bc"
    assert fold(composed) == fold(in_two_parts)
    assert fold(unicodedata.normalize("NFD", "ভয় লাগছে")) == fold("ভয় লাগছে")
