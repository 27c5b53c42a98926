"""The Polish phrase net's readings of a plan to end one's life said plainly, and of children
left with a parent who cannot look after them (read by safeguarding_languages with
safeguarding_polish, whose module has no room left). Text has been through
safeguarding_languages.fold, so patterns are read without accents and "ł" as "l".

It reads the writer's own death in the first person, future or decided: "się powieszę", "się
zastrzelę", "odbiorę sobie życie", "skończę ze swoim życiem", "zdecydowałam się umrzeć",
"rzucam się pod pociąg", "skaczę z mostu", "jutro już nie będę żył", "nie będzie mnie na tym
świecie"; tablets gathered and to be swallowed all at once ("połknę je wszystkie"); and a means
at hand (a rope, a gun, the tracks, a bridge, a roof or a river, a hose to the exhaust) beside a
day or time and a decision or a goodbye ("mam linę w garażu i już zdecydowałem, w niedzielę";
"chodzę na tory, już niedługo nie będę nikomu problemem").
Left alone: a shift, a course or a parcel ended or collected, "się nie zabiję", a rope for the
washing or for towing, a train taken tomorrow as decided, photos from a bridge, tablets packed
for a trip, not living "w takim brudzie", "mnie nie będzie" in the office.
Also a child writing that a parent is drunk or lies and does not get up while the children have
no food or have not eaten (not a mother in bed with flu while dinner is made).
Also nothing left to live for beside a means or tonight ("nie mam po co żyć. Mam już tabletki"),
and joining one who has died beside a means ("do niego dołączę"). Left alone: nothing to live
for in a big house, joining a son at his allotment tonight.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import a_means_beside_a_plan, every_one_of

# The writer's own death, in the first person, future or decided. A verb of killing oneself with
# "się" either side (not "się nie zabiję", nor the hyperbole of "jak ... to się zastrzelę"); a
# life taken or ended; a decision to die; under a train or off a bridge now (not on a bungee
# rope); not alive, or not in this world, after a time.
_PL_KILL_MYSELF = r"zabij[eę]|powiesz[eę]|zastrzel[eę]|podpal[eę]"
_PL_TO_DIE = (
    r"umrze[cć]|umr[eę]|si[eę]\s+zabi[cć]|zabi[cć]\s+si[eę]|si[eę]\s+powiesi[cć]|powiesi[cć]\s+"
    r"si[eę]|odej[sś][cć]\s+z\s+tego\s+[sś]wiata|sko[nń]czy[cć]\s+ze\s+sob[aą]|ze\s+sob[aą]\s+"
    r"sko[nń]czy[cć]|sko[nń]czy[cć]\s+z\s+(?:moim\s+|swoim\s+)?[zż]yciem"
)
_PL_UNDER_OR_OFF = (
    r"\b(?:rzucam|rzuc[eę]|k[lł]ad[eę]|po[lł]o[zż][eę])\s+si[eę]\s+(?:\w+\s+)?(?:pod|na)\s+"
    r"(?:\w+\s+)?(?:poci[aą]g\w*|tramwaj\w*|tory|ci[eę][zż]ar[oó]wk\w*|tir\w*|metro)\b|"
    r"\b(?:skacz[eę]|skocz[eę])\s+z\s+(?:\w+\s+)?(?:mostu|dachu|wiaduktu|bloku|balkonu|okna|"
    r"wie[zż]owca|ska[lł]y|klifu)\b"
)
_PL_NOT_ALIVE = (
    r"\bnie\s+b[eę]d[eę]\s+(?:ju[zż]\s+)?(?:[zż]y[lł]a?|[zż]y[cć]|[zż]yw[ya])\b(?!\s+(?:w|we|z|"
    r"ze|u|na|tu|tam|tak|tutaj|razem|dalej|bez|po|przy|obok|dla)\b)|"
    r"\b(?:nie\s+b[eę]dzie\s+mnie|mnie\s+(?:ju[zż]\s+)?nie\s+b[eę]dzie)\s+(?:ju[zż]\s+)?"
    r"(?:na\s+tym\s+[sś]wiecie|w[sś]r[oó]d\s+[zż]ywych|na\s+[sś]wiecie)\b"
)
POLISH_PLANS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    rf"^(?!.*\b(?:jak|je[sś]li|je[zż]eli|gdyby)\b).*(?:\bsi[eę]\s+(?:(?!nie\b)\w+\s+)?"
    rf"(?:{_PL_KILL_MYSELF})\b|\b(?:{_PL_KILL_MYSELF})\s+si[eę]\b)",
    r"\bodbior[eę]\s+sobie\s+(?:\w+\s+)?[zż]ycie\b|\bsko[nń]cz[eę]\s+(?:ze\s+swoim\s+|"
    r"z\s+moim\s+|"
    r"z\s+)?[zż]yciem\b",
    rf"\b(?:zdecydowa[lł]\w*|postanowi[lł]\w*)\s+(?:\w+\s+){{0,3}}?(?:{_PL_TO_DIE})\b",
    r"^(?!.*\b(?:bungee|spadochron\w*)\b).*(?:" + _PL_UNDER_OR_OFF + ")",
    _PL_NOT_ALIVE,
)

# Tablets gathered or put by, to be swallowed all at once ("połknę je wszystkie"); not tablets
# packed for a trip ("wezmę je wszystkie do walizki").
_PL_TABLETS = r"\b(?:tabletk\w*|tabletek|lek[iow]\w*|pigu[lł]\w*|proszk\w*|nasenn\w*)"
_PL_SWALLOW_ALL = (
    r"\b(?:po[lł]kn[eę]|[lł]ykn[eę]|za[zż]yj[eę])\s+je\s+(?:\w+\s+)?wszystkie\b|"
    r"\bwezm[eę]\s+je\s+"
    r"wszystkie\s+(?:naraz|na\s+raz|jednocze[sś]nie|za\s+jednym\s+razem)\b"
)
# A means held (a rope, a gun, tablets gathered, a hose to the exhaust) beside a day or time and
# a decision or a goodbye; a place gone to (the tracks, a bridge, a roof, a river) beside a day
# or time and a goodbye. Not a rope bought for sails or the washing, a gun for paintball, a plan
# for "us" ("idziemy nad rzekę"), a rope given back, a walk to the bridge decided.
_PL_MEANS = (
    r"(?:lin[eay]|sznur(?:a|em|y)?|stryczek|stryczk\w*|p[eę]tl[eęai]|bro[nń]|pistolet\w*|"
    r"strzelb\w*|"
    r"rewolwer\w*)"
)
_PL_MEANS_HELD = (
    rf"\b(?:mam|kupi[lł]\w*|przygotowa[lł]\w*|zdoby[lł]\w*|za[lł]atwi[lł]\w*|schowa[lł]\w*|"
    rf"trzymam)\s+(?:ju[zż]\s+)?(?:\w+\s+)?{_PL_MEANS}\b|\b{_PL_MEANS}\s+(?:\w+\s+)?(?:gotow\w*|"
    r"czeka|wisi|le[zż]y)\b|\b(?:zebra[lł]\w*|uzbiera[lł]\w*|od[lł]o[zż]y[lł]\w*|schowa[lł]\w*|"
    r"zbieram)\s+(?:\w+\s+)?(?:tabletk\w*|tabletek|lek[iow]\w*|pigu[lł]\w*|proszk\w*)|"
    r"\bw[aąę][zż]\w*\b.{0,40}\b(?:rur\w*\s+wydechow\w*|wydech\w*)|\bspalin\w*"
)
_PL_PLACE = (
    r"\b(?:id[eę]|chodz[eę]|p[oó]jd[eę]|jad[eę]|pojad[eę]|wybieram\s+si[eę])\s+(?:\w+\s+){0,3}?"
    r"(?:na|nad|pod|do)\s+(?:\w+\s+)?(?:tory|poci[aą]g|most|wiadukt\w*|rzek[eę]|dach)\b"
)
_PL_GOODBYE = (
    r"\bnie\s+b[eę]d[eę]\s+(?:ju[zż]\s+)?(?:nikomu\s+|wam\s+|dla\s+nikogo\s+)?(?:problemem|"
    r"ci[eę][zż]arem|zawad[aą]|k[lł]opotem)\b|\b[zż]egnajcie\b|\bprzepraszam\s+(?:was\s+)?za\s+"
    r"wszystko\s*(?:[.!…,;]|$)|\bb[eę]dzie\s+po\s+wszystkim\b|\bsko[nń]cz[eę]\s+z\s+tym\b|"
    r"\bto\s+(?:ju[zż]\s+)?"
    r"koniec\b|\bnie\s+szukajcie\s+mnie\b|\bnie\s+wr[oó]c[eę]\s*(?:[.!…,]|$)|\b(?:to\s+zrobi[eę]|"
    r"zrobi[eę]\s+to)\s*(?:[.!…,]|$)"
)
_PL_DECIDED = r"\b(?:zdecydowa[lł]\w*|postanowi[lł]\w*|postanowione|zdecydowane)\s*(?:[.!…,;]|$)"
_PL_WHEN = (
    r"\b(?:dzi[sś]|dzisiaj|wieczorem|w\s+nocy|jutro|pojutrze|zaraz|nied[lł]ugo|wkr[oó]tce|"
    r"za\s+(?:\w+\s+)?(?:dni|dzie[nń]|tydzie[nń]|godzin\w*)|w\s+(?:ten\s+|tym\s+)?"
    r"(?:poniedzia[lł]ek|wtorek|[sś]rod[eę]|czwartek|pi[aą]tek|sobot[eę]|niedziel[eę]|weekend|"
    r"tygodniu)|po\s+weekendzie)\b"
)
# Not an outing or a hobby: the washing, towing, climbing, sails, photos, fishing, shooting,
# tickets, a trip, bungee, a means "do", "na" or "dla" something, or a plan for "us" (a verb in
# "-my": "idziemy", "gramy").
_PL_EVERYDAY_MEANS = (
    r"^(?!.*\b(?:pran\w*|bielizn\w*|susz\w*|holow\w*|wspin\w*|[zż]agl\w*|zdj[eę][cć]\w*|"
    r"fotograf\w*|w[eę]dk\w*|ryb\w*|strzelnic\w*|polowan\w*|paintball\w*|bilet\w*|"
    r"poci[aą]giem|spacer\w*|walizk\w*|wyjazd\w*|podr[oó][zż]\w*|bungee|spadochron\w*|"
    r"\w+(?:emy|imy|amy|ymy))\b)"
    rf"(?!.*{_PL_MEANS}\s+(?:do|na|dla)\b)"
)
POLISH_PLANS_PHRASES += (  # i18n-exempt: input
    _PL_EVERYDAY_MEANS
    + a_means_beside_a_plan(_PL_MEANS_HELD, _PL_PLACE, _PL_DECIDED, _PL_GOODBYE, _PL_WHEN),
    "^" + every_one_of(_PL_TABLETS, _PL_SWALLOW_ALL),
)

# A child writing that a parent is drunk or lies and does not get up, while the children have
# no food or have not eaten ("mama leży i nie wstaje, pije od rana, nie mamy jedzenia"); not a
# mother in bed with flu while dinner is made, nor a fridge to be filled.
_PL_PARENT_DOWN = (
    r"\b(?:mama|matka|tata|ojciec|ojczym|rodzice)\s+(?:\w+\s+){0,3}?(?:pij[ea]\s+od|pij[ea]\s+"
    r"(?:\w+\s+)?(?:w[oó]dk\w*|alkohol\w*)|jest\s+pijan\w*|pijan[aiy]|upi[lł]\w*|nie\s+wstaje|"
    r"nie\s+mo[zż]e\s+wsta[cć]|nie\s+budzi\s+si[eę]|nie\s+da\s+si[eę]\s+(?:jej|go)\s+obudzi[cć])"
)
_PL_CHILDREN_UNFED = (
    r"\bnie\s+mamy\s+(?:\w+\s+)?(?:jedzenia|co\s+je[sś][cć])\b|\bnie\s+ma\s+(?:nic\s+)?do\s+"
    r"jedzenia\b|\bnic\s+nie\s+jedli\w*|\bnie\s+jad[lł]\w*\s+od\b|\bg[lł]odn[aiy]\w*"
)
POLISH_PLANS_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PL_PARENT_DOWN, _PL_CHILDREN_UNFED),
)

# Nothing left to live for (said alone, not "w tym domu") beside a means at hand or tonight
# ("mam już tabletki, dziś w nocy"); joining one who has died ("do niego dołączę") beside a
# means; not joining a son at his allotment tonight, on a fishing trip or at a club.
_PL_NO_REASON = (
    r"\bnie\s+mam\s+(?:ju[zż]\s+)?(?:po\s+co|dla\s+kogo)\s+(?:dalej\s+)?[zż]y[cć]"
    r"(?=\s*(?:[.,!;]|$))"
)
_PL_JOINING = (
    r"\b(?:do|za)\s+(?:niego|niej|nim|ni[aą]|m[eę][zż]a|mamy|taty|syna|c[oó]rki|[zż]ony)\s+"
    r"(?:\w+\s+)?(?:do[lł][aą]cz[eę]|p[oó]jd[eę]|odejd[eę])\b"
)
_PL_A_DEATH = r"\b(?:[sś]mier[cć]\w*|zmar[lł]\w*|pogrzeb\w*|odszed[lł]|odesz[lł]a|umar[lł]\w*)"
_PL_MEANS = r"\b(?:tabletk\w*|leki|lek[oó]w|pigu[lł]k\w*|sznur\w*|lin[eęa]|most\w*|tory)\b"
_PL_TONIGHT = r"\b(?:dzi[sś]|dzisiaj)\s+w\s+nocy\b|\bjeszcze\s+dzi[sś]\b"
_PL_NOT_AN_OUTING = r"^(?!.*\b(?:ryb\w*|wycieczk\w*|klub\w*|wakacj\w*|urlop\w*|mecz\w*)\b)"
POLISH_PLANS_PHRASES += (  # i18n-exempt: input
    _PL_NOT_AN_OUTING + every_one_of(_PL_NO_REASON, _PL_MEANS + "|" + _PL_TONIGHT),
    _PL_NOT_AN_OUTING + every_one_of(_PL_JOINING, _PL_A_DEATH, _PL_MEANS),
)
