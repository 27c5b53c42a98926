"""The Polish safeguarding phrase net (read by safeguarding_languages): a vocabulary and its
word orders, since Polish puts its pronouns either side of the verb ("mnie bije", "bije mnie";
"się tnę", "tnę się"). Text and patterns have been through safeguarding_languages.fold and
script_form (no diacritics, and "ł" read as "l", as members type it), so a pattern is written
in ordinary spelling.

Beyond the main kinds it reads an alarm in a few words ("pomocy on tu jest"), domestic violence
lived ("doświadczam przemocy domowej ze strony męża"), someone not breathing, a fall heard with
no answer since ("słyszałam jak upadła, nie odpowiada"), ending it at a time set ("jutro to
skończę") beside a letter to the family or thanks for everything, a teenager put out of home or
offered a bed by older men "za przysługę", passports held by a boss with no pay or a threat to
kill "us" if we go to the police, and a parent alone not answering for days with the curtains
shut (the signs may be said in English), and being followed home, with the writer afraid or a
stranger still outside her home, and, put as a question, a beating named beside screams or
smashing heard now, and how many tablets it takes not to wake up beside the tablets at hand or
the question taken back. Left alone: domestic violence as a survey or session
subject ("przy zgłoszeniach przemocy domowej policja powinna mieć tłumacza"), "on tu jest?",
"pomocy" with a form, a child who cannot breathe through the nose, a fall after which "nic jej
nie jest", emails not answered, a bed offered for help with the garden, passports taken to be
copied, a mother on holiday who does not answer, a letter to finish tomorrow, the question of a
beating asked in general, how many tablets it takes to fall asleep.
Also someone drunk getting into a car or driving off, days unslept with money spent or
God's voice and a drive or a knife now, and a mother after a birth who says the baby is not
hers or was swapped, shut in or gone out with it; not someone who was drunk and did not drive.
A landlord who comes into a bedroom at night or uninvited, or touches someone (not one who comes
to mend a tap, announced); a partner drinking with a baby or child left with them, not
answering (not one who does not drink); an urge to shake a crying baby (not a rattle); waters
broken now (not a birth told of), bleeding in a pregnancy (not gums), a baby days old not
feeding or blue, and deportation threatened if the writer tells (not asked as a question).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import a_plea_in_a_few_words, every_one_of


def _either_side(clitic: str, verbs: str) -> str:
    """A Polish verb with its pronoun before it (one word may come between) or after it."""
    return rf"\b(?:{clitic}\s+(?:\w+\s+)?(?:{verbs})|(?:{verbs})\s+{clitic})\b"


# Polish: who does harm, and what they do to "me" (mnie) or "to me" (mi).
_PL_HARMS_ME = (
    r"bije|bił|biła|pobiła?|uderza|uderzyła?|kopie|kopn[aą]ł|dusi|dusiła?|"
    r"popchn[aą]ła?|popycha|szarpie|szarpał|zgwałcił|gwałci|krzywdzi|"
    r"skrzywdził|zastrasza|prze[sś]laduje|n[eę]ka|[sś]ledzi|obserwuje|zamyka|zamkn[aą]ł|"
    r"wyzywa|poni[zż]a|dotykał?|molestuje|molestował|pobije|zbije|uderzy|skopie|udusi"
)
_PL_THREATENS_ME = r"grozi|grozi[lł]a?|zagrozi[lł]a?|straszy|zastraszy[lł]"
_PL_HURT_SELF = r"tn[eę]|pci[eę]ł[ae]m|poci[eę]ł[ae]m|okaleczam|rani[eę]|krzywdz[eę]|przypalam"
_PL_CHILD = (
    r"\b(?:dziecko|dzieci|dzieciaki|c[oó]rk[eęa]|syna?|mał[aey]|małego|chłopca|"
    r"dziewczynk[eęa])"
)
# Alone, as said of children left: "same", "sami", "samych" ("zostawiła dzieci samych").
_PL_ALONE = r"sam(?:[aeoiy]|ych)?\b"
_PL_TO_FAMILY = (
    r"(?:do|dla)\s+(?:syna|c[oó]rki|dzieci|[zż]ony|m[eę][zż]a|mamy|taty|rodziny|wnuk[oó]w|wnuka|"
    r"wnuczki)"
)

# Violence at home as a noun: lived (below) it is a disclosure, talked about it is a subject.
_PL_HOME_VIOLENCE = r"przemoc\w*\s+(?:domow\w*|w\s+(?:moim\s+|naszym\s+)?domu|w\s+rodzinie)"

# Harm told as over: years ago, with the man jailed for it or the writer safe now.
_PL_NOT_OVER = r"^(?!(?=.*\blat\s+temu\b)(?=.*\b(?:siedzia|wi[eę]zieni|jestem\s+bezpieczn))).*?"
POLISH_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die
    r"\bchc[eę]\s+(?:(?:ju[zż]|tylko|po\s+prostu)\s+)*(?:umrze[cć]|si[eę]\s+zabi[cć]|zabi[cć]\s+si[eę]|"
    r"sko[nń]czy[cć]\s+ze\s+sob[aą]|znikn[aą][cć])",
    r"\bzabij[eę]\s+si[eę]\b|\bsi[eę]\s+zabij[eę]\b|\b(?:[zż]eby|by)\s+si[eę]\s+zabi[cć]\b|"
    r"\bzabi[cć]\s+si[eę]\b",
    r"\bnie\s+chc[eę]\s+(?:ju[zż]\s+|dłu[zż]ej\s+|wi[eę]cej\s+)*(?:[zż]y[cć]|si[eę]\s+obudzi[cć]|tu\s+by[cć])\b",
    r"\bsamob[oó]j",
    # no strength left, a last weekend; money left for someone "before I go" ("zanim odejdę")
    r"\bju[zż]\s+nie\s+mam\s+siły\b(?!\s+(?:na|do)\b)|\bbył\s+m[oó]j\s+ostatni\b",
    r"\bzanim\s*(?:\.{2,}|…)?\s*(?:\w+\s+){0,3}odejd[eę]\s*(?:[.!…]|$)|\bjak\s+mnie\s+(?:ju[zż]\s+)?"
    r"nie\s+b[eę]dzie\b|\bzostawi[cć]\s+(?:\w+\s+){0,3}dla\s+\w+\s+zanim\b",
    r"\bodebra[cć]\s+sobie\s+[zż]ycie\b|\bsko[nń]cz[eęy][cć]?\s+ze\s+sob[aą]\b",
    r"\b(?:mam\s+dos[cć]\s+[zż]ycia|nie\s+ma\s+sensu\s+[zż]y[cć]|[zż]ycie\s+nie\s+ma\s+sensu|"
    r"nie\s+widz[eę]\s+sensu\s+(?:[zż]ycia|[zż]y[cć]|dalej))",
    r"\b(?:lepiej|l[zż]ej|szcz[eę][sś]liwsi)\s+(?:by\s+)?(?:było|byliby|byłoby)?\s*"
    r"(?:wszystkim\s+)?beze\s+mnie\b",
    r"\b(?:skocz[eę]|rzuc[eę]\s+si[eę])\s+(?:z|pod)\b|\bpowiesz[eę]\s+si[eę]\b",
    r"\b(?:wezm[eę]|połkn[eę]|łykn[eę]|wzi[aą][cć])\s+wszystkie\s+(?:tabletki|leki|"
    r"pigułki)",
    r"\bnie\s+daj[eę]\s+(?:ju[zż]\s+)?rady\s+(?:[zż]y[cć]|dalej|z\s+tym\s+wszystkim)",
    r"\b[zż]eby\s+(?:to\s+)?wszystko\s+si[eę]\s+sko[nń]czyło\b",
    # all the tablets taken, in the past tense
    r"\b(?:wzi[eę]łam|wzi[aą]łem|połkn[eę]łam|połkn[aą]łem|łykn[eę]łam|"
    r"łykn[aą]łem)\s+(?:\w+\s+)?wszystkie\s+(?:tabletki|leki|pigułki)",
    # a whole pack or a handful swallowed, or taken all at once (not a course finished)
    r"\b(?:połkn[eaę]ł(?:am|em)|łykn[eaę]ł(?:am|em))\s+(?:\w+\s+)?(?:cał[eay]\s+"
    r"(?:opakowanie|paczk[eę]|listek|blister|fiolk[eę]|pudełko)|p[oó]ł\s+opakowania|"
    r"gar[sś][cć]|kilkana[sś]cie|kilkadziesi[aą]t|\d{2,})\s+(?:\w+\s+)?(?:tabletek|lek[oó]w|"
    r"pigułek|proszk[oó]w|nasenn\w*|przeciwb[oó]lowych|paracetamolu|ibupromu|tablets|"
    r"pills)\b",
    r"\b(?:wzi[eę]łam|wzi[aą]łem|za[zż]yłam|za[zż]yłem)\s+(?:cał[eay]\s+"
    r"(?:opakowanie|paczk[eę]|listek)|gar[sś][cć]|kilkana[sś]cie|kilkadziesi[aą]t|"
    r"dwadzie[sś]cia|trzydzie[sś]ci|\d{2,}|du[zż]o|mn[oó]stwo|wiele)\s+(?:\w+\s+)?"
    r"(?:tabletek|lek[oó]w|"
    r"pigułek|proszk[oó]w)\s+(?:\w+\s+)?(?:naraz|na\s+raz|jednocze[sś]nie|za\s+jednym\s+"
    r"razem)\b",
    # tablets put by
    r"\bmam\s+(?:ju[zż]\s+)?(?:odło[zż]on[eay]|zebran[eay]|schowan[eay]|przygotowan[eay]|"
    r"uzbieran[eay])\s+(?:\w+\s+)?(?:tabletki|leki|pigułki|proszki)\b",
    # self-harm
    _either_side(r"si[eę]", _PL_HURT_SELF),
    r"\bsamookalecz|\brobi[eę]\s+sobie\s+krzywd|\bzrobi[cćeę]\s+sobie\s+krzywd",
    # violence, threats, control at home; not told as over (years ago and jailed, or safe now)
    _PL_NOT_OVER + "(?:" + _either_side("mnie", _PL_HARMS_ME) + ")",
    _either_side(r"(?:mi|nam)", _PL_THREATENS_ME),
    r"\bgrozi[lł]?a?,?\s+(?:[zż]e\s+)?(?:mnie|nas|mi)\b|\b(?:zabije|skrzywdzi|pobije)\s+(?:mnie|"
    r"nas|dzieci)\b",
    # someone thrown or slammed against a wall or furniture, or heard being beaten
    r"\b(?:rzuca|rzucił\w*|rzucał\w*|popycha|popchn[aą]ł\w*|uderza|uderzył\w*|"
    r"pcha|wali)\s+(?:ni[aą]|mn[aą]|j[aą]|mnie|go)\s+o\s+(?:\w+\s+)?(?:meble|[sś]cian\w*|"
    r"podłog\w*|drzwi|szaf\w*|st[oó]ł\w*|kaloryfer\w*|lod[oó]wk\w*|kant\w*|futryn\w*)\b",
    r"\bsłysz[eęy]\w*\s+(?:\S+\s+){0,4}jak\s+(?:\w+\s+){0,3}(?:j[aą]|go|je)\s+"
    r"(?:bije|t[lł]ucze|dusi|kopie|katuje|leje)\b(?!\s+(?:brawo|rekord\w*|kotlet\w*|pian\w*))",
    # an older person's pension or money taken from them
    r"\b(?:zabiera|zabrała?|bierze)\s+(?:mu|jej|im)\s+(?:cał[aą]\s+|wszystkie\s+)?"
    r"(?:emerytur[eę]|rent[eę]|pieni[aą]dze|pensj[eę]|zasiłek)\b",
    r"\bzn[eę]ca\s+si[eę]|\bsi[eę]\s+(?:\w+\s+){0,2}zn[eę]ca\b",
    # domestic violence lived, or done by someone at home; not the subject of a survey or a talk
    rf"\b(?:do[sś]wiadcza\w*|dozna\w*|prze[zż]ywa\w*|prze[zż]ył\w*|cierpi\w*\s+z\s+powodu|"
    rf"(?:jestem|byłam|byłem|jest|pada\w*)\s+ofiar[aą]|uciekam\s+przed|uciekłam\s+"
    rf"przed|ucierpiał\w*\s+(?:od|z\s+powodu))\s+(?:\w+\s+){{0,2}}{_PL_HOME_VIOLENCE}",
    rf"{_PL_HOME_VIOLENCE}\s+(?:\w+\s+){{0,2}}ze\s+strony\s+(?:mojego\s+|mojej\s+|jej\s+|"
    rf"jego\s+)?(?:m[eę][zż]a|partner\w*|ojca|ojczyma|syna|brata|te[sś]ci\w*|byłego|byłej|"
    rf"[zż]ony|chłopaka|niego|niej|rodziny)\b",
    r"\b(?:u\s+(?:nas|mnie)\s+)?w\s+(?:moim\s+|naszym\s+)?domu\s+(?:jest|by[lł]a|panuje|"
    r"dzieje\s+si[eę])\s+przemoc\b|\bstosuje\s+(?:wobec|na)\s+(?:mnie|nas|dzieci)\s+przemoc|"
    r"\b(?:m[aą][zż]|partner|ojciec|ojczym|syn|on|by[lł]y)\s+(?:\w+\s+)?stosuje\s+(?:\w+\s+)?"
    r"przemoc",
    r"\b(?:zabiera|zabrała?|trzyma|ukrywa)\s+mi\s+(?:pieni[aą]dze|telefon|paszport|"
    r"dokumenty|klucze|kart[eę])",
    r"\bnie\s+pozwala\s+mi\s+(?:wychodzi[cć]|wyj[sś][cć]|widywa[cć]|spotyka[cć]|mie[cć])",
    r"\bboj[eę]\s+si[eę]\s+(?:go|jej|ich|jego|mojego|mojej|m[eę][zż]a|partnera|[zż]ony|ojca|"
    r"ojczyma|s[aą]siada|wraca[cć]|i[sś][cć]\s+do\s+domu|o\s+(?:swoje|moje)\s+[zż]ycie|o\s+dzieci)",
    # a child at risk
    _PL_CHILD + r"\s+(?:\w+\s+)?(?:jest|s[aą]|był[oay]?)\s+(?:bite|bity|bita|krzywdzon\w*|"
    r"zaniedban\w*|głodn\w*|w\s+niebezpiecze[nń]stwie|sam[eoa]?\s+w\s+domu)",
    r"\b(?:bij[eaą]|krzywdz[aąi]|dotyka|zamyka)\s+(?:\w+\s+)?" + _PL_CHILD[2:],
    r"\bdzieci\s+s[aą]\s+(?:całymi\s+dniami\s+)?same\b",
    # children left alone; not "nie zostawiam dzieci samych" (so they come to the session)
    r"(?<!\bnie\s)\bzostawi\w*\s+(?:\w+\s+){0,2}(?:dzieci|dziecko|c[oó]rk[eę]|syna|niemowl[eę])\s+"
    + _PL_ALONE,
    # in danger
    r"\bnie\s+(?:jestem\s+bezpieczn|czuj[eę]\s+si[eę]\s+bezpieczn)",
    r"\bjestem\s+w\s+niebezpiecze[nń]stwie\b|\bgrozi\s+mi\s+niebezpiecze",
    r"\bboj[eę]\s+si[eę]\s*(?:[.!,]|$)",
    # nowhere to sleep tonight
    r"\bnie\s+mam(?:y)?\s+gdzie\s+(?:(?:dzi[sś]|dzisiaj|tej\s+nocy|ju[zż])\s+)?(?:spa[cć]|mieszka[cć]|si[eę]\s+podzia[cć]|p[oó]j[sś][cć])\b",
    r"\bwyrzucił\w*\s+(?:nas|mnie)\s+(?:\w+\s+){0,2}(?:z\s+(?:mieszkania|domu)|na\s+ulic[eę])\b",
    # not needing the payment any more, a thank-you for everything; children left alone nights
    r"^(?=.*\bmnie\s+ju[zż]\s+nie\s+b[eę]dzie\s+(?:potrzebn\w*|przyda\w*)\b)(?=.*\bdzi[eę]kuj[eę]\s+"
    r"za\s+wszystko\b)",
    r"^(?=.*\bdzieci\w*\b)(?=.*(?<!\bnie\s)\bzostawi\w*\b.{0,40}\b"
    + _PL_ALONE
    + r")(?=.*\b(?:noc\w*|bez\s+jedzenia|"
    r"płacz\w*)\b)",
    # a farewell letter left for the family, with thanks for everything or affairs settled
    rf"^(?=.*\b(?:list\w*\s+{_PL_TO_FAMILY}\s+(?:\w+\s+){{0,3}}(?:le[zż]y|zostawił\w*|jest)|"
    rf"zostawił\w*\s+(?:\w+\s+)?list\w*\s+{_PL_TO_FAMILY})\b)"
    r"(?=.*\b(?:dzi[eę]kuj[eę]\s+(?:\w+\s+)?za\s+wszystko|wszystko\s+(?:ju[zż]\s+)?"
    rf"(?:załatwił\w*|uporz[aą]dkował\w*|załatwione)|przepraszam\s+(?:was\s+)?za\s+wszystko)\b)",
    # no power or heating for days, someone frail in the cold
    r"^(?=.*\bod\s+(?:\w+\s+)?(?:dni|dnia|tygodni\w*)\s+nie\s+mam\s+(?:\w+\s+){0,2}(?:pr[aą]du|"
    r"ogrzewania|gazu)\b)(?=.*\b(?:mama|tata|babcia|dziadek|dzieci|dziecko|lodowato|nie\s+chce\s+"
    r"je[sś][cć])\b)",
    # signs of a stroke: an arm or leg numb or limp, with the face drooping or speech slurred
    r"^(?=.*\b(?:r[eę]k\w*|nog\w*|d[lł]o[nń]\w*)\b.{0,30}\b(?:zdr[eę]twia\w*|bezw[lł]adn\w*|"
    r"opad\w*|nie\s+czuj[eę])|\b(?:zdr[eę]twia\w*|bezw[lł]adn\w*)\s+(?:\w+\s+)?(?:r[eę]k\w*|"
    r"nog\w*))(?=.*\b(?:(?:buzi\w*|twarz\w*|usta|k[aą]cik\w*)\s+(?:\w+\s+){0,2}(?:krzyw\w*|"
    r"opad\w*|wykrzywi\w*)|m[oó]wi[eę]\s+niewyra[zź]\w*|be[lł]kocz\w*|"
    r"nie\s+mog[eę]\s+(?:\w+\s+)?m[oó]wi[cć]|pl[aą]cze\s+mi\s+si[eę]\s+j[eę]zyk)\b)",
    # someone holding an older person's card and PIN or pension, with nothing left, shouting,
    # or the writer afraid to refuse
    r"^(?=.*\b(?:emerytur|rent|pensj|kart|pieni[aą]dz|kont|pin)\w*\b)"
    r"(?=.*\b(?:boj[eę]\s+si[eę]\s+(?:mu|jej|im)\s+odm[oó]wi[cć]|(?:ma|trzyma|zabra[lł]\w*|"
    r"wzi[aą][lł]\w*)\s+(?:\w+\s+)?kart[eęy]\s+(?:\w+\s+)?i\s+pin\w*.{0,80}\b(?:nic\s+mi\s+nie\s+"
    r"zostaje|krzycz\w*|boj[eę]))\b)",
    # a wage taken for housing, many in one house, no leaving over a debt
    r"\b(?:nie\s+(?:mozemy|moge|mozna)\s+(?:\w+\s+)?(?:odejsc|wyjechac|uciec|odejsc\s+z\s+pracy))\b"
    r"(?=.*\b(?:(?:mamy|mam)\s+(?:\w+\s+)?d[lł]ug|(?:winni|winna|winien)\s+(?:mu|jej|im|szefowi)|"
    r"zabiera\s+(?:\w+\s+)?(?:ca[lł]a\s+)?wyp[lł]at\w*))",
    # hate at home: a note to get out to Poland, a fire set by the house
    r"\b(?:podpali[lł]\w*|podpalaj\w*)\s+(?:\w+\s+){0,3}(?:smietnik\w*|drzwi|samoch\w*|"
    r"skrzynk\w*|plot\w*)\s+(?:\w+\s+){0,2}(?:pod\s+(?:naszym\s+)?oknem|przed\s+domem|nam)\b|"
    r"\b(?:wypierdala[lł]\w*|wypierdalac|wynosi[lł]\w*|wraca[lł]\w*)\s+do\s+(?:polski|swojego\s+kraju)\b"
    r"(?=.*\b(?:sasiad\w*|kartk\w*|list\w*|drzwi|boj\w*))",
    # someone kept locked in at night where he works, or not knowing what to live for
    r"\bzamykaj[aą]?\s+(?:go|ja|mnie|nas|ich)\s+(?:\w+\s+){0,3}(?:w\s+(?:kontenerze|baraku|"
    r"piwnicy|pokoju|pomieszczeniu)|na\s+klucz)\b",
    r"\bnie\s+wiem\s+(?:juz\s+)?po\s+co\s+(?:mam\s+|jeszcze\s+)?(?:zyc|zyje)\b",
    # someone (family, a neighbour, a stranger lying outside) not breathing or who has
    # stopped, not a blocked nose
    rf"\b(?:{_PL_CHILD[2:]}|dzieciak|niemowl\w*|mama|mam[aey]|tata|taty|m[aą][zż]|babci\w*|"
    r"dziadek|dziadka|on|ona|s[aą]siad\w*|kolega|kole[zż]anka|przyjaciel\w*|brat|siostra|"
    r"ktoś|facet|m[eę][zż]czyzna|kobieta|pan|pani)\s+(?:\w+\W+){0,6}?(?:nie\s+oddycha|"
    r"przestał[ao]?\s+oddycha[cć])"
    r"\b(?!.{0,30}\b(?:przez\s+nos|nosem)\b)",
    # a fall heard or seen, with no answer or no getting up now; not a fall that left her well,
    # nor messages she has not answered
    r"^(?!.*\bnic\s+(?:si[eę]\s+)?(?:mu|jej)\s+(?:si[eę]\s+)?nie\s+(?:jest|stało)\b)"
    r"(?=.*\b(?:upadł\w*|"
    r"przewr[oó]cił\w*\s+si[eę]|si[eę]\s+przewr[oó]cił\w*|spadł\w*\s+ze\s+schod\w*)\b)"
    r"(?=.*\bnie\s+(?:odpowiada|reaguje|odzywa\s+si[eę]|rusza\s+si[eę]|mo[zż]e\s+wsta[cć]|"
    r"daje\s+rady\s+wsta[cć])\b(?!\s+na\s+(?:\w+\s+)?(?:telefon\w*|mail\w*|wiadomo\w*|sms\w*|"
    r"pytani\w*|list\w*)))",
    # a teenager put out or sleeping outside, offered a bed, money or a lift "for a favour" by
    # older men or strangers; not a neighbour's bed offered for help with the garden
    r"^(?=.*\b(?:faceci|facet|m[eę][zż]czy[zź]\w*|starsi|starszy|obcy|kole[sś]\w*|doros[lł]\w*)"
    r"\b)(?=.*\b(?:proponuj\w*|oferuj\w*|obiecuj\w*|daj[aą]|daje)\s+(?:mu|jej|mi)\s+"
    r"(?:\w+\s+){0,2}za\W+(?:przys[lł]ug\w*|seks\w*|numerek))",
    r"\bwyrzucił\w*\s+(?:go|j[aą])\s+z\s+domu\b(?=.*\b[sś]pi\s+(?:\w+\s+)?(?:na\s+dworze|"
    r"na\s+ulicy|w\s+parku|na\s+dworcu|na\s+klatce|pod\s+mostem)\b)",
)

# Ending it at a time set ("jutro to skończę", "dziś w nocy z tym skończę"), beside a letter
# written or left for the family, or beside not caring any more with thanks or sorry for
# everything; not a letter the writer will finish tomorrow ("jutro go skończę"), nor a report
# finished tomorrow with thanks for everything.
_PL_WHEN = (
    r"(?:jutro|pojutrze|dzi[sś](?:iaj)?(?:\s+w\s+nocy|\s+wieczorem)?|tej\s+nocy|w\s+nocy|"
    r"wieczorem|w\s+weekend|po\s+wszystkim)"
)
_PL_END_IT = r"(?:to|z\s+tym|ze\s+wszystkim)\s+(?:wszystk\w+\s+)?sko[nń]cz[eę]"
_PL_ENDING_IT = (
    rf"\b{_PL_WHEN}\s+(?:ju[zż]\s+)?{_PL_END_IT}\b|\bsko[nń]cz[eę]\s+(?:to|z\s+tym|ze\s+"
    rf"wszystkim)\s+(?:wszystko\s+)?{_PL_WHEN}\b"
)
_PL_FAREWELL_LETTER = (
    r"\b(?:napisał\w*|zostawił\w*|pisz[eę]|zostawi[eę])\s+(?:\w+\s+)?list\w*\s+"
    rf"(?:pożegnaln\w*\s+)?{_PL_TO_FAMILY}|\blist\w*\s+pożegnaln\w*"
)
_PL_PAST_CARING = (
    r"\bju[zż]\s+mi\s+(?:(?:wszystko\s+)?(?:jedno|oboj[eę]tne)|na\s+niczym\s+nie\s+zale[zż]y)\b"
)
_PL_FOR_EVERYTHING = r"\b(?:dzi[eę]kuj[eę]|przepraszam)\s+(?:\w+\s+)?za\s+wszystko\b"
POLISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PL_ENDING_IT, _PL_FAREWELL_LETTER),
    "^" + every_one_of(_PL_ENDING_IT, _PL_PAST_CARING, _PL_FOR_EVERYTHING),
)

# A threat to kill the writer: "on mnie zabije", "powiedział, że mnie zabije", "jeśli odejdę,
# zabije mnie", "zabiję cię" written on the door; not "mama mnie zabije, jak się spóźnię", "ten
# korek mnie zabija", "zabiję go, zjadł mi ciasto".
_PL_KILLS_ME = (
    r"(?:mnie\s+(?:\w+\s+){0,3}?(?:zabije|zabija|ukatrupi)|(?:zabije"
    r"|ukatrupi)\s+mnie)\b"
)
POLISH_PHRASES += (  # i18n-exempt: input
    r"\b(?:on|maz|partner|chłopak|byly|były|konkubent|ojczym)\s+(?:\w+\s+){0,3}?" + _PL_KILLS_ME,
    r"^(?!.*\b(?:spozni\w*|spoznie|za\s+pozno)\b)(?=.*\b(?:powiedzia[lł]\w*|mowi|mowil\w*|"
    r"grozi\w*|krzycza[lł]\w*|krzyczy|pisze|napisa[lł]\w*|obieca[lł]\w*|"
    r"(?:jesli|jezeli|jak|gdy)\s+(?:\w+\s+){0,3}?(?:odejde|pojde|powiem|zglosze|zadzwonie|"
    r"uciekne|wyjde|zostawie|odmowie|rozwiode))\b"
    r"(?:\W+\w+){0,6}?\W+" + _PL_KILLS_ME + ")",
    _PL_KILLS_ME + r"\s*,?\s+(?:\w+\s+)?(?:dzis|dzisiaj|tej\s+nocy|w\s+nocy)\b|\bdzis(?:iaj)?\s+"
    r"(?:w\s+nocy\s+)?(?:mnie\s+)?zabije\b",
    r"^(?=.*\bzabije\s+(?:cie|ciebie)\b)(?=.*\b(?:napisa[lł]\w*|pisze|drzwi\w*|scian\w*|sms\w*|"
    r"wiadomos\w*)\b)",
)

# A threat to kill "us" if we go to the police, tell or run: "jak pójdziemy na policję, to nas
# zabije", "zabije nas, jeśli komuś powiemy"; not "jak pójdziemy na imprezę bez niej, to nas
# zabije", "mama nas zabije, jak zjemy tort".
_PL_IF_WE_TELL = (
    r"\b(?:jesli|jezeli|jak|gdy|kiedy)\s+(?:\w+\s+){0,3}?(?:pojdziemy\s+(?:na\s+policj\w*|do\s+"
    r"(?:policji|urzedu|sadu|prawnika))|(?:powiemy|pisniemy)\s+(?:\w+\s+)?(?:komu[sk]|policji|"
    r"nikomu|na\s+policji)|zg[lł]osimy|zadzwonimy\s+(?:na|po)\s+(?:policj\w*|112|999)|uciekniemy|"
    r"odejdziemy)\b"
)
_PL_KILLS_US = r"\bnas\s+(?:\w+\s+)?(?:zabije|zabija|zabij[aą]|pozabija|ukatrupi)\b"
POLISH_PHRASES += (  # i18n-exempt: input
    rf"{_PL_IF_WE_TELL}(?:\W+\w+){{0,6}}?\W+(?:to\s+)?{_PL_KILLS_US}|"
    rf"{_PL_KILLS_US}\s*,?\s+{_PL_IF_WE_TELL}",
)

# Work that holds the writer: passports or papers taken by the boss or held from "us", with no
# pay, a debt, or sleeping where they work ("szef zabrał nam paszporty i nie płaci"); not
# passports taken by the boss to copy for the agency, paid on Friday.
_PL_PAPERS_HELD = (
    r"\b(?:zabrał\w*|zabiera\w*|trzyma\w*|ukrywa\w*|schował\w*|odebrał\w*|"
    r"wzi[aą]ł\w*)\s+(?:\w+\s+)?(?:nam|mi|im|jej|mu|nasze|moje|ich)\s+(?:\w+\s+)?"
    r"(?:paszport\w*|dowod\w*|dokument\w*)|\b(?:nasze|moje|ich)\s+(?:paszporty|dowody|"
    r"dokumenty)\s+(?:\w+\s+)?(?:trzyma|ma|zabrał\w*|schował\w*)\b"
)
_PL_HELD_AT_WORK = (
    r"\bnie\s+(?:\w+\s+)?(?:płaci|zapłacił\w*|dostajemy|dostaj[eę]|dostał\w*)\b"
    r"(?!\s+(?:za\s+)?nadgodzin)|\bbez\s+(?:\w+\s+)?(?:wypłat\w*|pieni[eę]dzy|pensji)\b|"
    r"\b(?:spimy|mieszkamy|spie|mieszkam)\s+(?:\w+\s+){0,2}(?:w\s+kontenerze|na\s+budowie|"
    r"w\s+baraku|w\s+magazynie|w\s+pracy|w\s+warsztacie)\b|\b(?:winni|winna|winien)\s+"
    r"(?:mu|jej|im|szefowi)\b|\b(?:mu|jej|im)\s+winni\b|\bdług\w*|\bnie\s+(?:mozemy|moge)\s+"
    r"(?:\w+\s+)?(?:odejsc|wyjechac|uciec|wyjsc)\b"
)
POLISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PL_PAPERS_HELD, _PL_HELD_AT_WORK),
)

# A parent or someone alone not answering for days, with a sign at the home or living alone,
# in Polish or English ("mama nie odbiera od 2 dni, she lives alone, curtains closed"); not
# someone on holiday, in hospital or with a lost phone, nor emails not answered.
_PL_SILENT_FOR_DAYS = (
    r"\bnie\s+(?:odbiera|odpowiada|otwiera|odzywa\s+si[eę]|daje\s+znaku\s+[zż]ycia|oddzwania)"
    r"\b(?!\s+na\s+(?:\w+\s+)?(?:mail\w*|wiadomo\w*|sms\w*|pytani\w*))(?:\s+\w+){0,3}?\s+"
    r"od\s+(?:\d+|dw[oó]ch|trzech|czterech|kilku|paru|wczoraj|przedwczoraj|soboty|niedzieli|"
    r"poniedzia\w*|wtorku|[sś]rody|czwartku|pi[aą]tku)\b|\bod\s+(?:\d+|dw[oó]ch|trzech|"
    r"czterech|kilku|paru)\s+dni\s+(?:\w+\s+)?nie\s+(?:odbiera|odpowiada|otwiera|odzywa|daje)\b"
)
_PL_ALONE_OR_SIGN = (
    r"\b(?:mieszka\s+sam[aey]?|jest\s+sam[aey]?\s+w\s+domu|zasłon\w*|rolet\w*|firank\w*|"
    r"mlek\w*|poczt\w*\s+(?:\w+\s+)?(?:le[zż]y|pi[eę]trzy|zbiera)|[sś]wiatł\w*\s+(?:\w+\s+)?"
    r"(?:pali|zgaszon\w*)|nikt\s+nie\s+otwiera|lives?\s+(?:alone|on\s+(?:her|his)\s+own|by\s+"
    r"(?:herself|himself))|curtains|milk|post\s+(?:is\s+)?piling|(?:nobody|no\s+one)\s+"
    r"answers)\b"
)
_PL_ACCOUNTED_FOR = (
    r"^(?!.*\b(?:wakacj\w*|urlop\w*|wyjecha\w*|zgubi\w*|szpital\w*|sanatori\w*|zepsu\w*|"
    r"roz[lł]adowa\w*|holiday|hospital)\b)"
)
POLISH_PHRASES += (  # i18n-exempt: input
    _PL_ACCOUNTED_FOR + every_one_of(_PL_SILENT_FOR_DAYS, _PL_ALONE_OR_SIGN),
)

# An alarm in a few words (safeguarding_words.a_plea_in_a_few_words): "pomocy on tu jest",
# "ratunku", "mąż stoi pod drzwiami"; not "on tu jest?", "pomocy, nie umiem wypełnić formularza".
# Someone who, here or at the door, is an alarm said alone (an ex); "on" (he, it) or a husband
# at the door may be a parcel or a lift, and is one beside a plea.
_PL_WHO = r"(?:były|były\s+m[aą][zż]|były\s+partner)"
_PL_FAMILY = r"(?:on|ona|oni|m[aą][zż]|ojczym|partner|te[sś][cć]|ojciec)"
_PL_HERE = r"(?:tu|tutaj|pod\s+drzwiami|za\s+drzwiami|przed\s+domem|pod\s+domem|na\s+klatce)"
_PL_IS = r"(?:jest|s[aą]|stoi|stoj[aą]|czeka|czekaj[aą])"
_PL_PLEA = (
    r"pomocy|ratunku|pom[oó][zż](?:cie)?(?:\s+mi)?|niech\s+kto[sś]\s+(?:pomo[zż]e|przyjdzie)|"
    r"na\s+pomoc|help|sos|dzwo[nń]cie\s+(?:na\s+policj[eę]|po\s+policj[eę]|na\s+112)"
)
_PL_ALARM = (
    rf"ratunku|{_PL_WHO}\s+(?:(?:ju[zż]|znowu)\s+)?(?:{_PL_IS}\s+{_PL_HERE}|{_PL_HERE}\s+"
    rf"{_PL_IS}|wr[oó]cił\w*|idzie|id[aą]|przyszedł|przyszli)|(?:{_PL_WHO}\s+)?(?:"
    rf"znalazł\w*\s+mnie|mnie\s+znalazł\w*)|(?:dobija|dobijaj[aą])\s+si[eę]\s+do\s+drzwi|"
    rf"wywa[zż]a\w*\s+drzwi|zamkn[eę]li\s+(?:nas|mnie)|zamkn[aą]ł\s+(?:nas|mnie)"
)
_PL_BESIDE_A_PLEA = (
    rf"(?:{_PL_FAMILY}\s+)?(?:{_PL_IS}\s+{_PL_HERE}|{_PL_HERE}\s+{_PL_IS}|wr[oó]cił|idzie)|"
    rf"{_PL_WHO}|{_PL_FAMILY}|dzieci"
)
POLISH_PHRASES += (  # i18n-exempt: input
    a_plea_in_a_few_words(_PL_PLEA, _PL_ALARM, _PL_BESIDE_A_PLEA),
)

# An ex who keeps coming to the writer's home (outside the block again, banging on the door) or
# says he will find her ("jak pójdę w sobotę, to mnie znajdzie"); not an ex who came by the
# block once to collect the children, nor one who knocked to bring the maintenance.
_PL_AN_EX = (
    r"\b(?:m[oó]j\s+by[lł]y|mojego\s+by[lł]ego|by[lł]y\s+(?:m[aą][zż]|partner|chłopak|"
    r"narzeczony|konkubent)|by[lł]ego\s+(?:m[eę][zż]a|partnera|chłopaka))\b"
)
_PL_AT_MY_DOOR = (
    r"\b(?:wali|walił|łomocze|łomotał|dobija\s+si[eę]|dobijał\s+si[eę]|kopie|kopał|szarpie|"
    r"szarpał)\s+(?:\w+\s+)?(?:w|do)\s+(?:moje\s+|nasze\s+)?drzwi\b|"
    r"\b(?:był|stał|czekał|kr[eę]ci\s+si[eę]|kr[eę]cił\s+si[eę]|stoi|czeka)\s+(?:\w+\s+)?pod\s+"
    r"(?:moim\s+|naszym\s+)?(?:blokiem|domem|oknami|drzwiami|klatk[aą]|prac[aą])\s+(?:\w+\s+)?"
    r"(?:znowu|ci[aą]gle|codziennie|\d+|dwa|trzy|kilka)\s*(?:razy)?\b|"
    r"\b(?:to\s+)?mnie\s+(?:i\s+tak\s+)?znajdzie\b|\bznajd[eę]\s+ci[eę]\b|\bdopadnie\s+mnie\b"
)
POLISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PL_AN_EX, _PL_AT_MY_DOOR),
)

# An ex who tracks the writer: he knows or sees where she is now, beside a tracker found, an
# order against him or her fear ("napisał, że widzi, gdzie jestem... boję się wyjść"); not an ex
# who knows the address because he collects the children.
_PL_KNOWS_WHERE_I_AM = (
    r"\b(?:widzi|wie|zna|sprawdza|namierzył\w*|znalazł\w*),?\s+(?:\w+\s+)?gdzie\s+(?:teraz\s+)?"
    r"(?:jestem|mieszkam|si[eę]\s+ukrywam|jeste[sś]my|mieszkamy)\b"
)
_PL_TRACKED_OR_AFRAID = (
    r"\bbo(?:j[eę]|imy)\s+si[eę]\b|\bzakaz\w*\s+zbli[zż]ania|\bairtag|\blokalizator|"
    r"\bnadajnik|\bpodsłuch|\bprogram\w*\s+szpieg"
)
POLISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PL_AN_EX, _PL_KNOWS_WHERE_I_AM, _PL_TRACKED_OR_AFRAID),
)

# An older parent taken in by a caller posing as the bank or the police, or told by them to
# move the money, with money already sent or handed over ("dzwoni z 'banku' i kazał jej przelać
# wszystkie oszczędności, już wysłała 30 tysięcy"); not a call put down and reported in time,
# nor the writer's own instalment paid after a call from the bank.
_PL_FAKE_CALLER = (
    r"(?:\bpodaj\w*\s+si[eę]\s+za|\budaj\w*|\bniby|\brzekomo|['\"„])\s*(?:z\s+)?['\"„]?"
    r"(?:bank|policj|policjant)|\bkaza\w*\s+(?:jej|mu|im)\s+(?:\w+\s+)?(?:przela|wypłaci|odda|"
    r"przekaza|wysła)"
)
_PL_ALREADY_SENT = (
    r"\bju[zż]\s+(?:\w+\s+){0,2}"
    r"(?:wysłał|przelał|oddał|wypłacił|przekazał|dał)\w*\b"
)
POLISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PL_FAKE_CALLER, _PL_ALREADY_SENT),
)

# Followed home by someone, with the writer afraid now or a stranger still outside her home
# ("facet szedł za mną do domu i teraz stoi pod moim blokiem, boję się wyjść"); not a dog or a
# cat that followed her, nor her mother walking behind her with the shopping.
_PL_FOLLOWED_ME = (
    r"\b(?:szedł|szła|szli|idzie|idą|jechał|jechała|jechali|łaził|łaziła|łazi|chodził|chodzi|"
    r"biegł)\s+(?:\w+\s+)?za\s+mną\b|\b(?:śledził|śledziła|śledzili|śledzi)\s+mnie\b|"
    r"\bmnie\s+(?:\w+\s+)?(?:śledził|śledziła|śledzili)\b"
)
_PL_AFRAID_NOW = (
    r"\bboj[eę]\s+si[eę]\s+(?:wyj[sś][cć]|wychodzi[cć]|wr[oó]ci[cć]|otworzy[cć]|sama|sam)\b|"
    r"\b(?:jestem\s+)?przera[zż]on[aey]\b|\bbardzo\s+si[eę]\s+boj[eę]\b"
)
_PL_A_STRANGER = r"\b(?:facet|gość|gosc|mężczyzna|typ|koleś|ktoś|nieznajomy|obcy|jakiś)\b"
_PL_OUTSIDE_MY_HOME = (
    r"\b(?:stoi|stoją|czeka|czekają|czai\s+si[eę]|kręci\s+si[eę])\s+(?:\w+\s+)?(?:pod|przed|"
    r"przy|koło)\s+(?:(?:moim|moją|mojego|mojej|naszym|naszą)\s+)?(?:blok\w*|dom\w*|drzwi\w*|"
    r"klatk\w*|bram\w*|mieszkani\w*)"
)
POLISH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:pies\w*|psem|kot\w*|kaczk\w*|gołęb\w*)\b)"
    + f"(?:{every_one_of(_PL_FOLLOWED_ME, _PL_AFRAID_NOW)}|"
    + f"{every_one_of(_PL_FOLLOWED_ME, _PL_A_STRANGER, _PL_OUTSIDE_MY_HOME)})",
)

# Gas or fumes smelt at home with someone made ill by them now: headaches, sickness, drowsy or
# not waking ("w mieszkaniu czuć gaz, dzieci boli głowa i wymiotują", "śmierdzi gazem, mama
# zemdlała"); not a gas smell with no one ill, nor a gas engineer booked.
_PL_GAS_SMELT = (
    r"\b(?:czu[cć]|czuj[eę]|czujemy|czuła?m)\s+(?:\w+\s+)?gaz\w*|\b(?:zapach|smr[oó]d|wo[nń])\w*"
    r"\s+gazu\b|\b(?:[sś]mierdzi|pachnie|cuchnie|czu[cć])\s+(?:\w+\s+)?gazem\b|\bulatnia\s+si[eę]"
    r"\s+gaz\b|\bwyciek\w*\s+gazu\b|\bczad\w*\b"
)
_PL_MADE_ILL = (
    r"\bbol[iaą]\s+(?:\w+\s+)?(?:g[lł]ow|g[lł]owy)|\bg[lł]owa\s+(?:\w+\s+)?boli|\bwymiot\w*|"
    r"\bmdli\b|\bmd[lł]o[sś]ci|\bzawrot\w*\s+g[lł]owy|\bsenn[aeiy]\b|\bsenno[sś]\w*|\bzemdla\w*|"
    r"\bnie\s+(?:mog[eę]|mo[zż]emy|mo[zż]na)\s+(?:\w+\s+)?(?:obudzi[cć]|dobudzi[cć])|"
    r"\bstraci\w*\s+przytomno\w*"
)
POLISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PL_GAS_SMELT, _PL_MADE_ILL),
)

# Someone beaten, named in a question ("czy policja przyjedzie, jeśli sąsiad bije żonę?") or
# told, beside screams or smashing heard now ("słyszę teraz przez ścianę, jak krzyczy"); not the
# question asked for a session, nor a neighbour heard shouting at the match.
_PL_BEATS_SOMEONE = (
    r"\b(?:bije|bij[aą]|bi[lł](?:a|o|y|i)?|pobi[lłjt]\w*|leje|la[lł][aoy]?|katuje|"
    r"katowa[lł]\w*|t[lł]ucze|t[lł]uk[lł]\w*|kopie|dusi)\s+(?:\w+\s+)?(?:[zż]on[eęy]|j[aą]|go|"
    r"kobiet\w*|matk[eęi]|mam[eęy]|mamusi\w*|dzieck\w*|dzieci\w*|syn\w*|c[oó]rk\w*|partnerk\w*|"
    r"dziewczyn\w*|babci\w*|dziadk\w*|ojc\w*)\b"
)
_PL_HEARD_NOW = (
    r"\b(?:s[lł]ysz\w*|s[lł]ycha[cć])\b(?=.{0,60}\b(?:teraz|w[lł]a[sś]nie|w\s+tej\s+"
    r"chwili|ci[aą]gle|przez\s+(?:[sś]cian\w*|sufit|pod[lł]og\w*|okno|drzwi))\b)"
)
_PL_SCREAMS_OR_SMASHING = (
    r"\b(?:krzycz\w*|krzyk\w*|wrzeszcz\w*|wrzask\w*|p[lł]acz\w*|p[lł]acze|wo[lł]a\w*\s+o\s+"
    r"pomoc|jęcz\w*|jęk\w*|t[lł]ucze\s+si[eę]|t[lł]uk[aą]\s+si[eę]|[lł]omot\w*|huk\w*|"
    r"trzask\w*|uderzeni\w*)"
)
POLISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PL_BEATS_SOMEONE, _PL_HEARD_NOW, _PL_SCREAMS_OR_SMASHING),
)

# How many tablets it takes not to wake up or to die, asked beside the tablets at hand, tonight,
# or taken back ("mam całe opakowanie przy sobie. Nieważne, zapomnij że pytałam"); not how many
# may be taken a day, nor how many it takes to fall asleep.
_PL_HOW_MANY_TO_DIE = (
    r"\b(?:ile|jaka\s+dawk\w*|jak\s+du[zż]o)\s+(?:\w+\W+){0,6}?(?:[zż]eby|aby|by)\s+"
    r"(?:si[eę]\s+)?(?:ju[zż]\s+)?(?:nie\s+obudzi[cć]|umrze[cć]|zabi[cć]|nie\s+prze[zż]y[cć]|"
    r"zasn[aą][cć]\s+na\s+zawsze)|\b(?:[sś]mierteln\w*|zab[oó]jcz\w*)\s+dawk\w*"
)
_PL_AT_HAND_OR_TAKEN_BACK = (
    r"\bmam\s+(?:\w+\s+){0,3}(?:opakowan\w*|listek|listki|paczk\w*|fiolk\w*|pude[lł]k\w*|"
    r"tabletk\w*|tabletek|pigu[lł]\w*|lek\w*|proszk\w*)|\bmam\s+(?:je|ich|to)\s+(?:\w+\s+)?"
    r"(?:tu|tutaj|obok|przy|pod\s+r[eę]k\w*|w\s+szuflad\w*)\b|\bprzy\s+sobie\b|"
    r"\bnie\s*wa[zż]ne\b|\bzapomnij\w*|\bnie\s+pytam\b|\bdzi[sś]\s+(?:w\s+nocy|wieczorem)\b|"
    r"\btej\s+nocy\b"
)
POLISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PL_HOW_MANY_TO_DIE, _PL_AT_HAND_OR_TAKEN_BACK),
)

# Someone drunk or high getting into a car or driving off now ("wsiadł pijany do auta z synem",
# "pijana jedzie samochodem"); not someone who did not drive because they had been drinking.
_PL_DRUNK = r"\b(?:pijan\w*|po\s+pijaku|nietrzeźw\w*|naćpan\w*|pod\s+wpływem)\b"
_PL_DRIVES_OFF = (
    r"\b(?<!\bnie\s)(?:wsiad[lł]\w*|wsiada\w*|prowadzi\w*|jedzie|pojecha[lł]\w*|odjecha[lł]\w*|"
    r"odpali[lł]\w*)\b(?:\s+\w+){0,3}?\s+(?:do\s+|za\s+)?(?:aut\w*|samoch[oó]d\w*|"
    r"kierownic\w*|wozem)\b|\bza\s+kierownic[aąę]\b"
)
# Mania: days without sleep beside money spent wildly, God's voice or a drive
_PL_NO_SLEEP_DAYS = (
    r"\bnie\s+(?:śpi|spał\w*|spała|zmrużył\w*\s+oka)\s+(?:od|przez)\s+(?:\w+\s+)?(?:dni|dnia|"
    r"tygodni\w*|nocy)\b|\bod\s+(?:\w+\s+)?(?:dni|tygodni\w*|nocy)\s+nie\s+(?:śpi|spał\w*)\b"
)
_PL_MANIC_ACT = (
    r"\bwyda[lł]\w*\s+(?:wszystk\w*|ca[lł]\w*)\s+(?:\w+\s+)?(?:oszcz[eę]dno\w*|pieni\w*|kas\w*)|"
    r"\bb[oó]g\s+(?:do\s+niego|do\s+niej|z\s+nim|z\s+ni[aą])\s+m[oó]wi\b|" + _PL_DRIVES_OFF
)
# ... with a sign it is now: a drive, tonight, gone out, a knife
_PL_MANIC_NOW = (
    _PL_DRIVES_OFF
    + r"|\bteraz\b|\bdzi[sś]\b|\bw\s+nocy\b|\bwysz[lł]\w*\s+z\s+domu\b|\bn[oó][zż]\w*"
)
# A mother after a birth who says the baby is not hers or was swapped, with a sign it is now
# (shut in with the baby, left alone with it, not answering); not a baby-sitter's "not mine".
_PL_AFTER_BIRTH = r"\burodzi[lł]\w*|\bpo\s+porodzie\b|\bporod\w*|\bpołog\w*|\bnoworod\w*"
_PL_NOT_HER_BABY = (
    r"\bto\s+nie\s+(?:jest\s+)?(?:nasze|jej|moje|ich)\s+dzieck\w*|\bpodmieni\w*|\bto\s+nie\s+"
    r"(?:jest\s+)?(?:nasz|jej|m[oó]j)\s+(?:syn|synek)\b|\bto\s+nie\s+(?:jest\s+)?(?:nasza|jej|"
    r"moja)\s+(?:c[oó]rk\w*|ma[lł]a)\b"
)
_PL_WITH_BABY_NOW = (
    r"\bzamkn[eę]\w*\s+si[eę]|\bnie\s+(?:otwiera|odbiera|odpowiada)\b|\bsama\s+z\b|\bzostawi"
    r"\w*|\bwysz[lł]\w*\s+z\b|\bteraz\b|\bdzi[sś]\b|\bchce\s+(?:j[aą]|go|je)\b"
)
POLISH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\bnie\s+(?:wsiad|prowadz|jecha)\w*)" + every_one_of(_PL_DRUNK, _PL_DRIVES_OFF),
    "^" + every_one_of(_PL_NO_SLEEP_DAYS, _PL_MANIC_ACT, _PL_MANIC_NOW),
    "^" + every_one_of(_PL_AFTER_BIRTH, _PL_NOT_HER_BABY, _PL_WITH_BABY_NOW),
)

# A landlord who comes into a room at night or uninvited, or touches someone ("właściciel ma
# klucz i w nocy wchodzi do jej pokoju"); not one who comes in to mend the heating, announced.
_PL_LANDLORD = r"\bwłaściciel\w*|\bwynajmując\w*|\bgospodarz\w*"
_PL_COMES_IN = (
    r"\b(?:wchodzi|wszed[lł]\w*|wchodzi[lł]\w*|przychodzi)\s+(?:\w+\s+){0,2}(?:pokoju|sypialni|"
    r"łóżka|łazienki)|\bdotyk\w*|\bmolest\w*|\bnapastu\w*"
)
_PL_UNINVITED = (
    r"\bw\s+nocy\b|\bnocą\b|\bkiedy\s+(?:śpi|śpimy|śpię)\b|\bbez\s+(?:pukania|pozwolenia|"
    r"zgody|uprzedzenia)\b|\bboj[eę]\s+si[eę]|\bdotyk\w*|\bmolest\w*"
)
# A parent or partner drinking with a baby or child left with them, and not answering or the
# child small; not "nie pije", nor coffee or tea.
_PL_DRINKING = (
    r"(?<!nie\s)\bpij(?:e|ą)\b(?!\s+(?:kaw|herbat|wod|mlek|sok|lek))|\bpijan\w*|\bupi[lł]\w*|"
    r"\bnawalon\w*|\bpo\s+alkoholu\b"
)
_PL_CHILD_LEFT = (
    r"\bzostawi\w*\s+(?:\w+\s+){0,2}(?:z\s+nim|z\s+ni[aą]|dzieck\w*|ma[lł][aą]|ma[lł]ego|syn\w*|"
    r"c[oó]rk\w*)|\bsam\w*\s+z\s+(?:dzieckiem|ma[lł][aą]|ma[lł]ym|niemowl\w*)|"
    r"\bopiekuje\s+si[eę]\s+(?:dzieckiem|ma[lł][aą]|ma[lł]ym)"
)
_PL_CHILD_AT_RISK_NOW = (
    r"\bnie\s+(?:odbiera|odpowiada|otwiera)\b|\bmiesi[eę]c\w*|\bniemowl\w*|\bteraz\b|"
    r"\btygodni\w*\b"
)
# An urge or act to shake a baby; not a rattle, a bottle or a hand shaken.
_PL_SHAKE = r"\bpotrząs\w*|\bpotrząś\w*|\bpotrzęs\w*|\btrząść\s+(?:nim|nią|dzieckiem)"
_PL_URGE = (
    r"\bmam\s+ochot\w*|\bchce\s+mi\s+si[eę]|\bboj[eę]\s+si[eę]|\bzaraz\b|\bpotrząsn[eę][lł]\w*|"
    r"\bpotrząsnął\b|\bpotrząsam\s+(?:nim|nią|dzieckiem)|\bnie\s+wytrzymam\b|"
    r"\bnie\s+daj[eę]\s+rady\b"
)
_PL_BABY = (
    r"\bdzieck\w*|\bma[lł]y\b|\bma[lł]a\b|\bniemowl\w*|\bsynek\b|\bsynka\b|\bcóreczk\w*|"
    r"\bpłacze\b"
)
_PL_NOT_A_BABY_SHAKEN = (
    r"^(?!.*(?:grzechot\w*|butelk\w*|mleko|koktajl\w*|r[eę]k[aąi]\b|g[lł]ow[aąe]\b|drzew\w*|"
    r"dywan\w*|kocem|ko[lł]dr\w*))"
)
POLISH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PL_LANDLORD, _PL_COMES_IN, _PL_UNINVITED),
    "^" + every_one_of(_PL_DRINKING, _PL_CHILD_LEFT, _PL_CHILD_AT_RISK_NOW),
    _PL_NOT_A_BABY_SHAKEN + every_one_of(_PL_SHAKE, _PL_URGE, _PL_BABY),
)

# Waters broken now with the weeks or alone, bleeding in a pregnancy (not gums or nose), a baby
# days old not feeding or floppy, and deportation threatened if the writer tells.
_PL_WATERS = r"\bodesz[lł]y\s+(?:mi\s+|jej\s+)?wody\b|\bwody\s+(?:mi\s+|jej\s+)?odesz[lł]y\b"
_PL_BIRTH_DANGER = r"\d+\s+tydz|\btydzie[nń]\b|\bsama\b|\bkrw\w*|\bkaretk\w*|\bnikogo\b|\bteraz\b"
_PL_PREGNANT_BLEEDING = r"\bkrwawi\w*|\bkrwotok\w*|\bleci\s+(?:mi\s+)?krew\b"
_PL_NEWBORN = r"\bnoworod\w*|\bkilkudniow\w*|\b\d+\s*-?\s*dniow\w*|\bma\s+\d+\s+dni\b"
_PL_NEWBORN_DANGER = r"\bnie\s+(?:je|ssie|oddycha|budzi\s+si[eę])\b|\bwiotk\w*|\bsini\w*|\bsiny\b"
_PL_TELL_THREAT = (
    r"\b(?:jak|je[sś]li|je[zż]eli)\s+(?:\w+\s+){0,2}"
    r"(?:powiem|powiesz|zg[lł]osz\w*)\b"
)
POLISH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:\burodzi\w*|\btemu\b))" + every_one_of(_PL_WATERS, _PL_BIRTH_DANGER),
    r"^(?!.*(?:dzi[aą]s|\bnos\w*))"
    + every_one_of(r"\bw\s+ciąży\b|\bciężarn\w*", _PL_PREGNANT_BLEEDING),
    "^" + every_one_of(_PL_NEWBORN, _PL_NEWBORN_DANGER),
    r"^(?!.*\bczy\b)" + every_one_of(r"\bdeport\w*", _PL_TELL_THREAT),
)
