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
            "bg",
            "вуйчо я заключва в стаята без храна",
            "колелото на сина ми го заключваме в мазето",
        ),
        ("bg", "баща ми го бие с кабела", "Синът ми удря тъпана с пръчки в оркестъра"),
        (
            "bg",
            "Бригадирът ни взе паспортите и не ни пуска",
            "На входа ни взеха личните карти за проверка",
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
