"""The safeguarding phrase net in other languages: those the assistant speaks (Polish, Romanian,
Urdu) and those members of the borough also write in (Bengali, Turkish, Somali, Portuguese,
Spanish, Arabic, Farsi, Lithuanian, Bulgarian, Albanian, Punjabi, Tamil, Greek, Gujarati, Hindi,
Yoruba, Italian, French, Russian, Ukrainian, Chinese, Twi, Amharic, Tigrinya, Pashto,
Vietnamese, Kurdish (Kurmanji and Sorani), Hungarian, Lingala, Tagalog, Oromo, Igbo), since
a disclosure is missed when it has no English words. Each covers the main kinds of risk of the
English net (bot/gateway/safeguarding.py): wanting to die or end it, self-harm, all the tablets,
being hit, threatened, raped or locked in by a partner or family, fear of someone or of going
home, a child hurt or not fed, being followed, forced marriage, being in danger or not safe,
nowhere to sleep, not able to go on.
Most also read kinds that members of that language wrote in the development set (an older
parent robbed or left without food, papers held by an employer, honour, a pregnancy in trouble,
hate in the street): each language's module says what it reads beyond the main kinds and what it
leaves alone, written for how people say them in that language.

Each kind is a vocabulary and its word orders rather than a list of sentences: Polish puts its
pronouns either side of the verb ("mnie bije", "bije mnie"; "się tnę", "tnę się"), Romanian joins
them on ("m-a lovit", "mă bate"), Arabic ends the verb with them ("يضربني"), Italian and French
put them first ("mi picchia", "il me frappe"), Yoruba puts "mi" after the verb ("o n lu mi"),
Turkish, Bengali, Tamil, Gujarati, Hindi, Farsi and Kurdish put the verb last, Greek puts its
pronoun before the verb ("με χτυπάει"), Amharic and Tigrinya join the person done to onto the
verb ("ደበደበኝ", "ወቒዑኒ"), Pashto's past verb agrees with the person done to ("ووهلم", beat
me), Vietnamese tells who does what by order alone ("chồng đánh em"), Hungarian by endings ("a
férjem megver", my husband beats me). Urdu, Bengali, Arabic, Punjabi, Tamil and Hindi are
matched in their own script and in the Latin spelling people text in ("mujhe maarta hai",
"amake mare", "bade moot", "mainu maarda", "saaganum pola irukku", "shaadi karwana chahte
hain"); romanised Hindi and Urdu overlap, and Urdu, which the assistant speaks, is tried first.
Greek, Farsi (and Dari), Amharic, Tigrinya, Pashto, Russian and Ukrainian are read in Latin
letters too, for the kinds their writers typed that way ("thelw na pethanw", "mikham bemiram",
"mot yishalegnal", "passportey wesidomni", "ma yaw saray ta warkawi", "muzh menya b'et", "ne
mozhu bilshe. vybachte"), Chinese in pinyin ("laoban bu gei gongzi"), and Gujarati in the Latin
spelling for someone who cannot be woken.
As in English, each pattern needs the first person, a person doing harm, or the words of
despair themselves, so idioms ("dying of hunger", "mum will kill me") and the assembly's
subjects talked about are left alone.

Text and patterns are read in one form (fold, script_form): without Latin or Greek accents,
since members often type without them, and with letters typed two ways in other alphabets read as
one. A match also tells which language the message is in, so a stranger's disclosure is
answered in the language it was written in when the assistant speaks it (English otherwise).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from bot.gateway.safeguarding_albanian import ALBANIAN_PHRASES
from bot.gateway.safeguarding_albanian_now import ALBANIAN_NOW_PHRASES
from bot.gateway.safeguarding_albanian_signs import ALBANIAN_SIGNS_PHRASES
from bot.gateway.safeguarding_amharic import AMHARIC_PHRASES, ETHIOPIC_FORMS
from bot.gateway.safeguarding_arabic import ARABIC_PHRASES
from bot.gateway.safeguarding_arabic_now import ARABIC_NOW_PHRASES
from bot.gateway.safeguarding_arabic_plans import ARABIC_PLANS_PHRASES
from bot.gateway.safeguarding_arabic_signs import ARABIC_SIGNS_PHRASES
from bot.gateway.safeguarding_bengali import BENGALI_PHRASES
from bot.gateway.safeguarding_bengali_now import BENGALI_NOW_PHRASES
from bot.gateway.safeguarding_bengali_plans import BENGALI_PLANS_PHRASES
from bot.gateway.safeguarding_bulgarian import BULGARIAN_PHRASES
from bot.gateway.safeguarding_bulgarian_now import BULGARIAN_NOW_PHRASES
from bot.gateway.safeguarding_bulgarian_signs import BULGARIAN_SIGNS_PHRASES
from bot.gateway.safeguarding_chinese import CHINESE_PHRASES, TRADITIONAL_FORMS
from bot.gateway.safeguarding_farsi import FARSI_PHRASES
from bot.gateway.safeguarding_farsi_now import FARSI_NOW_PHRASES
from bot.gateway.safeguarding_french import FRENCH_PHRASES
from bot.gateway.safeguarding_french_now import FRENCH_NOW_PHRASES
from bot.gateway.safeguarding_greek import GREEK_PHRASES
from bot.gateway.safeguarding_gujarati import GUJARATI_PHRASES
from bot.gateway.safeguarding_gujarati_now import GUJARATI_NOW_PHRASES
from bot.gateway.safeguarding_gujarati_signs import GUJARATI_SIGNS_PHRASES
from bot.gateway.safeguarding_hindi import HINDI_PHRASES
from bot.gateway.safeguarding_hindi_now import HINDI_NOW_PHRASES
from bot.gateway.safeguarding_hungarian import HUNGARIAN_PHRASES
from bot.gateway.safeguarding_igbo import IGBO_PHRASES
from bot.gateway.safeguarding_italian import ITALIAN_PHRASES
from bot.gateway.safeguarding_italian_now import ITALIAN_NOW_PHRASES
from bot.gateway.safeguarding_kurdish import KURDISH_PHRASES
from bot.gateway.safeguarding_kurdish_sorani import SORANI_PHRASES
from bot.gateway.safeguarding_lingala import LINGALA_PHRASES
from bot.gateway.safeguarding_lithuanian import LITHUANIAN_PHRASES
from bot.gateway.safeguarding_lithuanian_now import LITHUANIAN_NOW_PHRASES
from bot.gateway.safeguarding_lithuanian_signs import LITHUANIAN_SIGNS_PHRASES
from bot.gateway.safeguarding_oromo import OROMO_PHRASES
from bot.gateway.safeguarding_pashto import PASHTO_FORMS, PASHTO_PHRASES
from bot.gateway.safeguarding_polish import POLISH_PHRASES
from bot.gateway.safeguarding_polish_care import POLISH_CARE_PHRASES
from bot.gateway.safeguarding_polish_now import POLISH_NOW_PHRASES
from bot.gateway.safeguarding_polish_plans import POLISH_PLANS_PHRASES
from bot.gateway.safeguarding_polish_signs import POLISH_SIGNS_PHRASES
from bot.gateway.safeguarding_portuguese import PORTUGUESE_PHRASES
from bot.gateway.safeguarding_portuguese_now import PORTUGUESE_NOW_PHRASES
from bot.gateway.safeguarding_portuguese_plans import PORTUGUESE_PLANS_PHRASES
from bot.gateway.safeguarding_portuguese_signs import PORTUGUESE_SIGNS_PHRASES
from bot.gateway.safeguarding_prefilter import PatternSet
from bot.gateway.safeguarding_punjabi import PUNJABI_PHRASES
from bot.gateway.safeguarding_punjabi_now import PUNJABI_NOW_PHRASES
from bot.gateway.safeguarding_punjabi_signs import PUNJABI_SIGNS_PHRASES
from bot.gateway.safeguarding_romanian import ROMANIAN_PHRASES
from bot.gateway.safeguarding_romanian_now import ROMANIAN_NOW_PHRASES
from bot.gateway.safeguarding_romanian_plans import ROMANIAN_PLANS_PHRASES
from bot.gateway.safeguarding_russian import RUSSIAN_PHRASES
from bot.gateway.safeguarding_russian_now import RUSSIAN_NOW_PHRASES
from bot.gateway.safeguarding_somali import SOMALI_PHRASES
from bot.gateway.safeguarding_somali_now import SOMALI_NOW_PHRASES
from bot.gateway.safeguarding_somali_signs import SOMALI_SIGNS_PHRASES
from bot.gateway.safeguarding_spanish import SPANISH_PHRASES
from bot.gateway.safeguarding_spanish_crisis import SPANISH_CRISIS_PHRASES
from bot.gateway.safeguarding_spanish_now import SPANISH_NOW_PHRASES
from bot.gateway.safeguarding_spanish_plans import SPANISH_PLANS_PHRASES
from bot.gateway.safeguarding_tagalog import TAGALOG_PHRASES
from bot.gateway.safeguarding_tamil import TAMIL_PHRASES
from bot.gateway.safeguarding_tamil_now import TAMIL_NOW_PHRASES
from bot.gateway.safeguarding_tigrinya import TIGRINYA_FORMS, TIGRINYA_PHRASES
from bot.gateway.safeguarding_turkish import TURKISH_PHRASES
from bot.gateway.safeguarding_turkish_now import TURKISH_NOW_PHRASES
from bot.gateway.safeguarding_turkish_plans import TURKISH_PLANS_PHRASES
from bot.gateway.safeguarding_turkish_signs import TURKISH_SIGNS_PHRASES
from bot.gateway.safeguarding_twi import TWI_PHRASES
from bot.gateway.safeguarding_ukrainian import UKRAINIAN_PHRASES
from bot.gateway.safeguarding_ukrainian_hate import UKRAINIAN_HATE_PHRASES
from bot.gateway.safeguarding_ukrainian_now import UKRAINIAN_NOW_PHRASES
from bot.gateway.safeguarding_ukrainian_plans import UKRAINIAN_PLANS_PHRASES
from bot.gateway.safeguarding_urdu import URDU_PHRASES
from bot.gateway.safeguarding_urdu_care import URDU_CARE_PHRASES
from bot.gateway.safeguarding_urdu_now import URDU_NOW_PHRASES
from bot.gateway.safeguarding_urdu_plans import URDU_PLANS_PHRASES
from bot.gateway.safeguarding_urdu_power import URDU_POWER_PHRASES
from bot.gateway.safeguarding_urdu_signs import URDU_SIGNS_PHRASES
from bot.gateway.safeguarding_vietnamese import VIETNAMESE_PHRASES
from bot.gateway.safeguarding_yoruba import YORUBA_PHRASES

# In the order they are tried: the languages the assistant speaks first, so a message two nets
# read (Shahmukhi Punjabi and Urdu, romanised Hindi and Urdu) is answered in the one it speaks.
# A language whose module reached 600 lines, or would with what it reads now, reads from more
# than one (the tuples below name them: safeguarding_<language>_plans reads a plan to die said
# plainly, safeguarding_<language>_now the main kinds said plainly as they happen,
# safeguarding_<language>_signs a medical emergency told by its signs, safeguarding_kurdish_sorani
# Kurdish in its Arabic-script dialect), one net under one code;
# each module's docstring says what it reads.
RISK_PHRASES_BY_LANGUAGE: Mapping[str, tuple[str, ...]] = {
    "pl": POLISH_PHRASES
    + POLISH_CARE_PHRASES
    + POLISH_PLANS_PHRASES
    + POLISH_NOW_PHRASES
    + POLISH_SIGNS_PHRASES,
    "ro": ROMANIAN_PHRASES + ROMANIAN_PLANS_PHRASES + ROMANIAN_NOW_PHRASES,
    "ur": URDU_PHRASES
    + URDU_POWER_PHRASES
    + URDU_CARE_PHRASES
    + URDU_PLANS_PHRASES
    + URDU_NOW_PHRASES
    + URDU_SIGNS_PHRASES,
    "bn": BENGALI_PHRASES + BENGALI_PLANS_PHRASES + BENGALI_NOW_PHRASES,
    "tr": TURKISH_PHRASES + TURKISH_PLANS_PHRASES + TURKISH_NOW_PHRASES + TURKISH_SIGNS_PHRASES,
    "so": SOMALI_PHRASES + SOMALI_NOW_PHRASES + SOMALI_SIGNS_PHRASES,
    "pt": PORTUGUESE_PHRASES
    + PORTUGUESE_PLANS_PHRASES
    + PORTUGUESE_NOW_PHRASES
    + PORTUGUESE_SIGNS_PHRASES,
    "es": SPANISH_PHRASES + SPANISH_CRISIS_PHRASES + SPANISH_PLANS_PHRASES + SPANISH_NOW_PHRASES,
    "ar": ARABIC_PHRASES + ARABIC_PLANS_PHRASES + ARABIC_NOW_PHRASES + ARABIC_SIGNS_PHRASES,
    "fa": FARSI_PHRASES + FARSI_NOW_PHRASES,
    "lt": LITHUANIAN_PHRASES + LITHUANIAN_NOW_PHRASES + LITHUANIAN_SIGNS_PHRASES,
    "bg": BULGARIAN_PHRASES + BULGARIAN_NOW_PHRASES + BULGARIAN_SIGNS_PHRASES,
    "sq": ALBANIAN_PHRASES + ALBANIAN_NOW_PHRASES + ALBANIAN_SIGNS_PHRASES,
    "pa": PUNJABI_PHRASES + PUNJABI_NOW_PHRASES + PUNJABI_SIGNS_PHRASES,
    "ta": TAMIL_PHRASES + TAMIL_NOW_PHRASES,
    "el": GREEK_PHRASES,
    "gu": GUJARATI_PHRASES + GUJARATI_NOW_PHRASES + GUJARATI_SIGNS_PHRASES,
    "hi": HINDI_PHRASES + HINDI_NOW_PHRASES,
    "yo": YORUBA_PHRASES,
    "it": ITALIAN_PHRASES + ITALIAN_NOW_PHRASES,
    "fr": FRENCH_PHRASES + FRENCH_NOW_PHRASES,
    "ru": RUSSIAN_PHRASES + RUSSIAN_NOW_PHRASES,
    "uk": UKRAINIAN_PHRASES
    + UKRAINIAN_HATE_PHRASES
    + UKRAINIAN_PLANS_PHRASES
    + UKRAINIAN_NOW_PHRASES,
    "zh": CHINESE_PHRASES,
    "tw": TWI_PHRASES,
    "am": AMHARIC_PHRASES,
    "ti": TIGRINYA_PHRASES,
    "ps": PASHTO_PHRASES,
    "vi": VIETNAMESE_PHRASES,
    "ku": KURDISH_PHRASES + SORANI_PHRASES,
    "hu": HUNGARIAN_PHRASES,
    "ln": LINGALA_PHRASES,
    "tl": TAGALOG_PHRASES,
    "om": OROMO_PHRASES,
    "ig": IGBO_PHRASES,
}

# Letters that members type two ways, brought to one (in the text and in the patterns alike):
# Polish ł typed as l (a stroke, which fold does not drop as an accent); Turkish dotless ı typed
# as i; Vietnamese đ typed as d; the open vowels of Twi and other Ghanaian languages (ɛ, ɔ) typed
# as e and o; Arabic-script hamza seats, alif maqsura, ta marbuta and the Urdu and Persian forms
# of ye, kaf and he; the Gurmukhi bindi read as tippi and the Devanagari
# chandrabindu as anusvara (each pair marks a nasal); Greek vowels without their accent (tonos);
# Cyrillic ё as е; the Ukrainian apostrophe (ʼ) as '; traditional Chinese characters as simplified
# (safeguarding_chinese.TRADITIONAL_FORMS); Ethiopic letters that sound alike as one
# (safeguarding_amharic.ETHIOPIC_FORMS) and Tigrinya's "ቐ" and "ኸ" as "ቀ" and "ከ"
# (safeguarding_tigrinya.TIGRINYA_FORMS); the Pashto ye and gaf as the Arabic-script ones
# (safeguarding_pashto.PASHTO_FORMS).
# Dropped: curly apostrophes straightened, Arabic short vowels and the tatweel, the Gurmukhi nukta
# and addak, the Bengali chandrabindu, the Devanagari nukta (often left out in typing).
_SAME_LETTER = str.maketrans(
    {
        "\u0142": "l",
        "\u0131": "i",
        "\u0111": "d",
        "\u025b": "e",
        "\u0254": "o",
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u0451": "\u0435",
        "\u0623": "\u0627",
        "\u0625": "\u0627",
        "\u0622": "\u0627",
        "\u0671": "\u0627",
        "\u0649": "\u064a",
        "\u06cc": "\u064a",
        "\u0629": "\u0647",
        "\u06c1": "\u0647",
        "\u06a9": "\u0643",
        "\u0a02": "\u0a70",
        "\u0901": "\u0902",
        "\u03ac": "\u03b1",
        "\u03ad": "\u03b5",
        "\u03ae": "\u03b7",
        "\u03af": "\u03b9",
        "\u03cc": "\u03bf",
        "\u03cd": "\u03c5",
        "\u03ce": "\u03c9",
        "\u0390": "\u03ca",
        "\u03b0": "\u03cb",
        "\u0640": None,
        **dict.fromkeys(range(0x064B, 0x0653)),
        "\u0a3c": None,
        "\u0a71": None,
        "\u0981": None,
        "\u093c": None,
        **TRADITIONAL_FORMS,
        **ETHIOPIC_FORMS,
        **TIGRINYA_FORMS,
        **PASHTO_FORMS,
    }
)
_LATIN_END = 0x2B0  # a combining mark on a letter below this (IPA ɛ, ɔ too) is a Latin accent


def fold(text: str) -> str:
    """Lower case, one space between words, Latin accents dropped ("się" reads as "sie"); other
    alphabets keep their marks (Cyrillic й, Bengali য়) and read in one form (_SAME_LETTER:
    Greek "ά" as "α", Devanagari "ज़" as "ज", Polish "był" as "byl")."""
    return script_form(unicodedata.normalize("NFKD", " ".join(text.lower().split())))


def script_form(text: str) -> str:
    """Composed letters without Latin accents, and one form for letters typed two ways: what
    fold gives, and how each net's patterns are read, so a pattern written with its accents
    ("się", "biçim") reads the text members type without them."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _without_latin_accents(decomposed)).translate(_SAME_LETTER)


def _without_latin_accents(decomposed: str) -> str:
    """Decomposed text with the combining marks on Latin letters left out."""
    kept: list[str] = []
    base = " "
    for c in decomposed:
        if not unicodedata.combining(c):
            base = c
        elif ord(base) < _LATIN_END:
            continue
        kept.append(c)
    return "".join(kept)


# Every language's patterns in the order above, each tried only when a word it needs (often a
# letter of its own alphabet) is in the message: safeguarding_prefilter.
_LANGUAGES = tuple(code for code, phrases in RISK_PHRASES_BY_LANGUAGE.items() for _ in phrases)
_NETS = PatternSet(
    [
        re.compile(script_form(phrase))
        for phrases in RISK_PHRASES_BY_LANGUAGE.values()
        for phrase in phrases
    ]
)


def risk_language(text: str | None) -> str | None:
    """The language whose net reads this message as a risk, or None."""
    if not text:
        return None
    first = next(_NETS.matching(fold(text)), None)
    return None if first is None else _LANGUAGES[first]
