"""The safeguarding phrase net in the other languages the assistant speaks (Polish, Romanian,
Urdu): the main kinds of risk of the English net (bot/gateway/safeguarding.py) — wanting to
die, self-harm, violence and threats at home, a child at risk, being followed or in danger —
written for how people say them in each language, without diacritics (members often type
without them).

Each kind is a vocabulary and its word orders rather than a list of sentences: Polish puts
its pronouns either side of the verb ("mnie bije", "bije mnie"; "się tnę", "tnę się"), Romanian
joins them on ("m-a lovit", "mă bate"), Urdu is matched in its own script and in the Latin
spelling people text in ("mujhe maarta hai").

A match also tells which language the message is in, so a stranger's disclosure is answered
in the language it was written in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

_L = "[łl]"  # Polish ł does not lose its stroke when accents are dropped


def _either_side(clitic: str, verbs: str) -> str:
    """A Polish verb with its pronoun before it (one word may come between) or after it."""
    return rf"\b(?:{clitic}\s+(?:\w+\s+)?(?:{verbs})|(?:{verbs})\s+{clitic})\b"


# Polish: who does harm, and what they do to "me" (mnie) or "to me" (mi).
_PL_HARMS_ME = (
    rf"bije|bi{_L}|bi{_L}a|pobi{_L}a?|uderza|uderzy{_L}a?|kopie|kopn[aą]{_L}|dusi|dusi{_L}a?|"
    rf"popchn[aą]{_L}a?|popycha|szarpie|szarpa{_L}|zgwa{_L}ci{_L}|gwa{_L}ci|krzywdzi|"
    rf"skrzywdzi{_L}|zastrasza|prze[sś]laduje|n[eę]ka|[sś]ledzi|obserwuje|zamyka|zamkn[aą]{_L}|"
    rf"wyzywa|poni[zż]a|dotyka{_L}?|molestuje|molestowa{_L}"
)
_PL_THREATENS_ME = r"grozi|grozi[lł]a?|zagrozi[lł]a?|straszy|zastraszy[lł]"
_PL_HURT_SELF = (
    rf"tn[eę]|pci[eę]{_L}[ae]m|poci[eę]{_L}[ae]m|okaleczam|rani[eę]|krzywdz[eę]|przypalam"
)
_PL_CHILD = (
    rf"\b(?:dziecko|dzieci|dzieciaki|c[oó]rk[eęa]|syna?|ma{_L}[aey]|ma{_L}ego|ch{_L}opca|"
    r"dziewczynk[eęa])"
)

RISK_PHRASES_BY_LANGUAGE: Mapping[str, tuple[str, ...]] = {
    "pl": (
        # wanting to die
        r"\bchc[eę]\s+(?:(?:ju[zż]|tylko|po\s+prostu)\s+)*(?:umrze[cć]|si[eę]\s+zabi[cć]|zabi[cć]\s+si[eę]|"
        r"sko[nń]czy[cć]\s+ze\s+sob[aą]|znikn[aą][cć])",
        r"\bzabij[eę]\s+si[eę]\b|\bsi[eę]\s+zabij[eę]\b|\b(?:[zż]eby|by)\s+si[eę]\s+zabi[cć]\b|"
        r"\bzabi[cć]\s+si[eę]\b",
        rf"\bnie\s+chc[eę]\s+(?:ju[zż]\s+|d{_L}u[zż]ej\s+|wi[eę]cej\s+)*(?:[zż]y[cć]|si[eę]\s+obudzi[cć]|tu\s+by[cć])\b",
        r"\bsamob[oó]j",
        r"\bodebra[cć]\s+sobie\s+[zż]ycie\b|\bsko[nń]cz[eęy][cć]?\s+ze\s+sob[aą]\b",
        r"\b(?:mam\s+dos[cć]\s+[zż]ycia|nie\s+ma\s+sensu\s+[zż]y[cć]|[zż]ycie\s+nie\s+ma\s+sensu|"
        r"nie\s+widz[eę]\s+sensu\s+(?:[zż]ycia|[zż]y[cć]|dalej))",
        rf"\b(?:lepiej|l[zż]ej|szcz[eę][sś]liwsi)\s+(?:by\s+)?(?:by{_L}o|byliby|by{_L}oby)?\s*"
        r"(?:wszystkim\s+)?beze\s+mnie\b",
        r"\b(?:skocz[eę]|rzuc[eę]\s+si[eę])\s+(?:z|pod)\b|\bpowiesz[eę]\s+si[eę]\b",
        rf"\b(?:wezm[eę]|po{_L}kn[eę]|{_L}ykn[eę]|wzi[aą][cć])\s+wszystkie\s+(?:tabletki|leki|"
        rf"pigu{_L}ki)",
        r"\bnie\s+daj[eę]\s+(?:ju[zż]\s+)?rady\s+(?:[zż]y[cć]|dalej|z\s+tym\s+wszystkim)",
        rf"\b[zż]eby\s+(?:to\s+)?wszystko\s+si[eę]\s+sko[nń]czy{_L}o\b",
        # all the tablets taken, in the past tense
        rf"\b(?:wzi[eę]{_L}am|wzi[aą]{_L}em|po{_L}kn[eę]{_L}am|po{_L}kn[aą]{_L}em|{_L}ykn[eę]{_L}am|"
        rf"{_L}ykn[aą]{_L}em)\s+(?:\w+\s+)?wszystkie\s+(?:tabletki|leki|pigu{_L}ki)",
        # self-harm
        _either_side(r"si[eę]", _PL_HURT_SELF),
        r"\bsamookalecz|\brobi[eę]\s+sobie\s+krzywd|\bzrobi[cćeę]\s+sobie\s+krzywd",
        # violence, threats, control at home
        _either_side("mnie", _PL_HARMS_ME),
        _either_side(r"(?:mi|nam)", _PL_THREATENS_ME),
        r"\bgrozi[lł]?a?,?\s+(?:[zż]e\s+)?(?:mnie|nas|mi)\b|\b(?:zabije|skrzywdzi|pobije)\s+(?:mnie|"
        r"nas|dzieci)\b",
        r"\bzn[eę]ca\s+si[eę]|\bprzemoc\w*\s+domow|\bprzemoc\w*\s+w\s+domu",
        rf"\b(?:zabiera|zabra{_L}a?|trzyma|ukrywa)\s+mi\s+(?:pieni[aą]dze|telefon|paszport|"
        r"dokumenty|klucze|kart[eę])",
        r"\bnie\s+pozwala\s+mi\s+(?:wychodzi[cć]|wyj[sś][cć]|widywa[cć]|spotyka[cć]|mie[cć])",
        r"\bboj[eę]\s+si[eę]\s+(?:go|jej|ich|jego|mojego|mojej|m[eę][zż]a|partnera|[zż]ony|ojca|"
        r"ojczyma|s[aą]siada|wraca[cć]|i[sś][cć]\s+do\s+domu|o\s+(?:swoje|moje)\s+[zż]ycie|o\s+dzieci)",
        # a child at risk
        _PL_CHILD + rf"\s+(?:\w+\s+)?(?:jest|s[aą]|by{_L}[oay]?)\s+(?:bite|bity|bita|krzywdzon\w*|"
        rf"zaniedban\w*|g{_L}odn\w*|w\s+niebezpiecze[nń]stwie|sam[eoa]?\s+w\s+domu)",
        r"\b(?:bij[eaą]|krzywdz[aąi]|dotyka|zamyka)\s+(?:\w+\s+)?" + _PL_CHILD[2:],
        rf"\bdzieci\s+s[aą]\s+(?:ca{_L}ymi\s+dniami\s+)?same\b",
        # in danger
        r"\bnie\s+(?:jestem\s+bezpieczn|czuj[eę]\s+si[eę]\s+bezpieczn)",
        r"\bjestem\s+w\s+niebezpiecze[nń]stwie\b|\bgrozi\s+mi\s+niebezpiecze",
        r"\bboj[eę]\s+si[eę]\s*(?:[.!,]|$)",
        # nowhere to sleep tonight
        r"\bnie\s+mam(?:y)?\s+gdzie\s+(?:(?:dzi[sś]|dzisiaj|tej\s+nocy|ju[zż])\s+)?(?:spa[cć]|mieszka[cć]|si[eę]\s+podzia[cć]|p[oó]j[sś][cć])\b",
        rf"\bwyrzuci{_L}\w*\s+(?:nas|mnie)\s+(?:\w+\s+){{0,2}}(?:z\s+(?:mieszkania|domu)|na\s+ulic[eę])\b",
    ),
    "ro": (
        # wanting to die
        r"\bvreau\s+sa\s+(?:mor|dispar|nu\s+mai\s+traiesc)\b",
        r"\b(?:sa\s+)?(?:pun|pune|puna)\s+capat\s+(?:la\s+tot(?:ul)?|la\s+toate|vietii)\b",
        r"\bsinucid|\bsa\s+ma\s+omor\b|\bma\s+omor\b|\bimi\s+pun\s+capat\s+zilelor\b",
        r"\b(?:imi|mi-?\s?as|sa\s+imi|sa-?\s?mi)\s+(?:iau|voi\s+lua|lua)\s+viata\b",
        r"\bnu\s+mai\s+(?:vreau|pot)\s+sa\s+(?:traiesc|fiu\s+in\s+viata|continui)",
        r"\bnu\s+mai\s+(?:are\s+rost|are\s+niciun\s+rost|pot\s+(?:continua|trai))\b",
        r"\b(?:m-?\s?am\s+saturat|sunt\s+satul|sunt\s+satula)\s+de\s+viata\b",
        r"\b(?:ar\s+fi|toti\s+ar\s+fi)\s+mai\s+bine\s+fara\s+mine\b",
        # self-harm
        r"\bma\s+(?:tai|ranesc|ard|autoranesc|lovesc\s+singur)\b|\bm-?\s?am\s+(?:taiat|ranit|ars)\b",
        r"\bimi\s+fac\s+rau\b|\bautovatam|\bautoranire\b",
        # tablets saved up or all taken; not able to bear it
        r"\bam\s+(?:strans|adunat|pus\s+deoparte)\s+(?:\w+\s+)?(?:pastile|pastilele|medicamente\w*|"
        r"tablete\w*|somnifere\w*)\b",
        r"^(?=.*\b(?:pastil\w*|medicament\w*|tablet\w*|somnifer\w*)\b)(?=.*\b(?:le\s+iau|le\s+"
        r"inghit|am\s+luat|am\s+inghitit|iau)\s+(?:\w+\s+)?(?:pe\s+)?toate\b)",
        r"\bnu\s+mai\s+pot\s+(?:sa\s+)?(?:duc|suport|rezist|indur)\b",
        # violence, threats, control at home
        r"\bma\s+(?:bate|loveste|ameninta|urmareste|urmaresc|agreseaza|abuzeaza|sugruma|"
        r"impinge|hartuieste|violeaza|terorizeaza|inchide|injura|atinge|pipaie)\b",
        r"\bdaca\s+(?:spun|zic|povestesc)\s+(?:cuiva|ceva|la\s+cineva)\b",
        r"\bm-?\s?a\s+(?:batut|lovit|amenintat|violat|agresat|abuzat|sugrumat|impins|inchis|"
        r"strans\s+de\s+gat)\b",
        r"\bmi-?\s?e\s+(?:frica|teama)\s+de\s+(?:el|ea|ei|sotul|sotia|partener|iubit|tatal|mama|"
        r"vecin|fostul|fiul)",
        r"\bmi-?\s?e\s+(?:frica|teama)\s+sa\s+(?:merg|ma\s+intorc|stau)\s+acasa",
        r"\bmi-?\s?e\s+(?:frica|teama)\s+(?:pentru\s+viata\s+mea|ca\s+(?:ma|o|il|ne)\s+(?:omoara|"
        r"bate|loveste))",
        r"\bviolenta\s+(?:domestica|in\s+familie)\b",
        r"\b(?:imi|ne)\s+(?:ia|a\s+luat)\s+(?:banii|telefonul|actele|pasaportul|cardul)\b",
        r"\bnu\s+ma\s+lasa\s+sa\s+(?:ies|plec|vorbesc|vad)\b",
        # a child at risk
        r"\bcopi(?:l|lul|ii|lul\s+meu|lului)\s+(?:\w+\s+)?(?:este|e|sunt|a\s+fost|au\s+fost)\s+(?:batut|batuti|"
        r"abuzat|abuzati|lasat\w*\s+singur\w*|flamanzi|flamand|in\s+pericol|neglijat\w*)",
        r"\b(?:bate|loveste|abuzeaza|atinge)\s+copil(?:ul|ii|a)\b",
        r"\b(?:fiica|fiul|copilul|baiatul|fata|nepoata|nepotul)\s+(?:mea|meu|noastra|nostru)?\s*"
        r"(?:de\s+\d+\s+ani\s+)?(?:a\s+disparut|a\s+fugit\s+de\s+acasa|nu\s+(?:a\s+)?(?:mai\s+)?"
        r"(?:venit|s-?a\s+intors)\s+acasa)\b",
        # in danger
        r"\bnu\s+(?:sunt|ma\s+simt)\s+in\s+siguranta\b",
        r"\bsunt\s+in\s+pericol\b|\bviata\s+mea\s+e\s+in\s+pericol\b",
    ),
    "ur": (
        # wanting to die
        r"خودکشی|خود\s*کشی|khud\s?kushi|khudkhushi",
        r"مرنا\s+چاہت[اییے]|مر\s+جانا\s+چاہت|مر\s+جاؤں|marna\s+chaht|mar\s+jana\s+chaht",
        r"اپنی\s+جان\s+(?:لے|لینا|دے)|زندگی\s+(?:ختم\s+کر|سے\s+تنگ)|zindagi\s+khatam",
        r"جینا\s+نہیں\s+چاہت|جینے\s+(?:کا|کو)\s+(?:دل|من)\s+نہیں|جینے\s+کی\s+کوئی\s+وجہ\s+نہیں|"
        r"jeena\s+nahi\s+chaht",
        r"میرے\s+بغیر\s+(?:\S+\s+)?(?:بہتر|خوش)|mere\s+(?:baghair|bagair|bina)\s+(?:sab\s+)?(?:behtar|khush)",
        r"سب\s+(?:کچھ\s+)?ختم\s+کر\s+دوں|ہمیشہ\s+کے\s+لی[ےئ]\s+سو\s+جا|hamesha\s+ke\s+liye\s+so\s+ja|"
        r"زندہ\s+نہیں\s+رہ|نہیں\s+لگتا\s+(?:\S+\s+){0,4}زندہ\s+رہ|zinda\s+nahi\s+rah|nahi\s+lag(?:ta|ti)\s+"
        r"(?:\w+\s+){0,4}zinda\s+rah",
        r"zind[ae]\s+r[ae]hne?\s+(?:ka|ki|ko)\s+(?:koi\s+)?(?:faida|faaida|fayda|matlab|dil|mann?)\s+"
        r"nahi|jeene?\s+(?:ka|ko)\s+(?:dil|mann?)\s+nahi|(?:sab|sab\s+kuch|khud\s+ko)\s+khatam\s+"
        r"kar(?:na|ne|\s+dena?)\s+chah",
        # self-harm
        r"(?:خود|اپنے\s+آپ)\s+کو\s+(?:نقصان|مار|زخمی|تکلیف|کاٹ|جلا)",
        r"khud\s+ko\s+(?:nuqsan|nuksan|maar|kaat|zakhmi)",
        # violence, threats, control at home
        r"مجھے\s+(?:\S+\s+)?(?:مارت[اےی]|پیٹت[اےی]|مارا|پیٹا|دھمکی|دھمکیاں|دھمکات|تنگ\s+کرت|"
        r"گالیاں)",
        r"(?:شوہر|بیوی|ساتھی|باپ|والد|بھائی|پڑوسی|وہ|سسر|ساس|بیٹا)\s+(?:نے\s+)?(?:مجھے\s+)?"
        r"(?:\S+\s+){0,4}(?:مارت|پیٹت|دھمکات|مارا|پیٹا|دھمکی)",
        r"\b(?:bhai|shohar|shauhar|abbu|abba|baap|walid|saas|sasur|beta|pati)\s+(?:ne\s+)?(?:(?:phir|"
        r"se|aaj|kal|mujhe)\s+)*(?:maara|mara|peeta|pita|maarta|marta)\b",
        r"(?:ghar\s+(?:mein|me|main)\s+(?:\w+\s+)?|main\s+)(?:mehfooz|mahfooz|mehfuz)\s+nahi",
        r"mujhe\s+(?:maarta|maarti|marta|marti|mara|peet|dhamki|dhamkata)",
        r"(?:سے|کا)\s+ڈر\s+(?:لگ|لگتا)|ڈر\s+لگ\s+رہا|ڈرتی\s+ہوں|ڈرتا\s+ہوں|dar\s+lag",
        r"گھریلو\s+تشدد",
        r"پیچھا\s+(?:کر|کرت)|peecha\s+kar|picha\s+kar",
        r"باہر\s+نہیں\s+جانے\s+دیت|میرے\s+پیسے\s+(?:لے|چھین)|میرا\s+(?:فون|پاسپورٹ)\s+(?:لے|چھین)",
        r"زیادتی\s+(?:کی|کرت)",
        r"شادی\s+(?:\S+\s+){0,4}زبردستی|shadi\s+(?:\w+\s+){0,4}zabardasti|"
        r"زبردستی\s+(?:\S+\s+)?شادی|zabardasti\s+(?:\w+\s+)?shadi|(?:پاسپورٹ|passport|pasport)\s+"
        r"(?:ان|اس|un|us)\s+(?:کے|ke)\s+(?:پاس|paas)",
        r"کمرے\s+میں\s+بند|kamre\s+(?:mein|me|main)\s+band\s+(?:rakh|kar)|(?:phone|paise|passport)\s+"
        r"(?:bhi\s+)?(?:chheen|chhin|cheen|chin)\s+(?:lete|leta|leti|liya|li)",
        # a child at risk
        r"(?:بچے|بچی|بچوں|بچہ)\s+(?:کو|پر)\s+(?:\S+\s+)?(?:مارت|مارا|تشدد|زیادتی|پیٹت)",
        r"(?:بچے|بچوں)\s+(?:\S+\s+)?اکیلے|بچوں\s+کو\s+کھانا\s+نہیں",
        # in danger
        r"میں\s+محفوظ\s+نہیں|خود\s+کو\s+محفوظ\s+محسوس\s+نہیں|محفوظ\s+نہیں\s+(?:ہوں|ہے)",
        r"خطرے\s+میں\s+(?:ہوں|ہیں|ہے)|khatre\s+mein",
    ),
}

_NETS = {
    code: re.compile("|".join(f"(?:{phrase})" for phrase in phrases))
    for code, phrases in RISK_PHRASES_BY_LANGUAGE.items()
}


def fold(text: str) -> str:
    """Lower case, one space between words, Latin accents dropped ("się" reads as "sie")."""
    decomposed = unicodedata.normalize("NFKD", " ".join(text.lower().split()))
    return "".join(c for c in decomposed if not unicodedata.combining(c) or ord(c) > 0x600)


def risk_language(text: str | None) -> str | None:
    """The language whose net reads this message as a risk, or None."""
    if not text:
        return None
    folded = fold(text)
    return next((code for code, net in _NETS.items() if net.search(folded)), None)
