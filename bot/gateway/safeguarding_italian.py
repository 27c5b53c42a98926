"""The Italian safeguarding phrase net (read by safeguarding_languages). Italian puts its object
pronouns before the verb ("mi picchia", "mi ha minacciato") and drops the subject, so a harm is
read with "mi" before it. Text has been through safeguarding_languages.fold (no accents: "più"
reads "piu"). Beyond the main kinds it reads an older person's card or pension held by someone
with a sign of harm, a "new friend" handling an older person's money, an older person not eating
for days, many tablets swallowed with what they do, and a child going to meet a man met online
who told her to keep it secret (said in Italian or half in English), and tablets saved up for
when the writer decides or just to know they are there; the writer afraid of what they might
do, and voices telling them to stop or hurt someone; a heart attack's signs now (chest pain with
cold sweat, the left arm or no breath).

Left alone: "muoio di fame" (dying of hunger), "mamma mi ammazza" (mum will kill me), "prendo
tutte le pastiglie alle otto" (medicine times), "la sessione sulla polizia", "la febbre mi
costringe a letto", "mi obbliga ad andare a letto presto", a brother who holds
her card to do her shopping, a grandmother off sweets for days, a box of tablets bought at the
chemist, a girl of her own age met online and met with a parent there, a chest sore from
coughing or a run, the signs of a heart attack taught at a first-aid course, a parent who does
not let the writer out at night, alone or because of dealing in the square.
Also a trusted adult (a teacher, a coach, a priest) who messages a child at night, asks to
meet her alone or to keep a secret, two of them; and a baby shaken, not waking or breathing
strangely, two of them. Left alone: a coach who sees the team on Saturday, a rattle shaken.
Also: a stranger or false engineer in the home of someone with dementia now (not the real
engineer booked); someone fallen or hit who does not respond (not a phone); rape just now
(not made to work late); someone beaten now for who they are (not a rug beaten); a young person
paid to carry parcels under a threat (not a neighbour's errands); the writer's plan to end their
life said plainly, or a means made ready beside a goodbye or a time (not tablets saved for a
trip, a rope for the washing, a gun for the hunt, "la faccio finita con le sigarette").
Also someone else who said they will throw themselves from a bridge or a window and has gone
out or does not answer (not a summer dive from the bridge into the lake).
The main kinds said plainly as they happen: safeguarding_italian_now.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of

_IT_HARMS = (
    r"picchia|picchiato|picchiava|prende\s+a\s+(?:schiaffi|calci|pugni)|"
    r"minaccia|minacciato|minacciava|violenta|violentato|stupra|stuprato|chiude\s+in\s+casa|"
    r"rinchiude|rinchiuso|strangola|strangolato|perseguita"
)
_IT_CHILD = r"(?:figli[oa]?|figlie|bambin[oaie]|nipot[ei]|ragazz[oa])"
_IT_OLDER = r"(?:padre|madre|papa|mamma|nonn[oa]|fratello|sorella|zi[oa])"
_IT_ELDERLY = rf"\b(?:{_IT_OLDER}|anzian\w*|(?:[6-9]\d|1[01]\d)\s+anni)\b"
# Her or his pension, card, PIN, account or savings.
_IT_HER_MONEY = (
    r"(?:(?:la|il|i|le)\s+)?(?:sua|suo|suoi|sue)\s+(?:pensione|bancomat|carta|carte|pin|conto|"
    r"soldi|risparmi|libretto)"
)
# Not eating (or getting up) for days, not off meat or sweets for days.
_IT_NOT_EATING = (
    r"\bnon\s+(?:mangia|beve|si\s+alza)\s+(?:niente\s+|nulla\s+|piu\s+)?da\s+(?:\w+\s+)?giorni\b"
)
# A parent's ordinary rule: not let out at night, alone, with friends or till the homework is
# done, or kept in "perché" of dealing in the square; not with a blow, a threat, a wedding, a
# phone taken or days of it.
_IT_PARENTS_RULE = (
    r"^(?!.*\b(?:mio\s+(?:padre|papa|babbo)|mia\s+(?:madre|mamma)|i\s+miei(?:\s+genitori)?|i\s+"
    r"genitori)\s+non\s+mi\s+(?:lascia|lasciano)\s+uscire\b(?=[^.!?]*\b(?:perche|la\s+sera|"
    r"di\s+sera|(?:di|la)\s+notte|da\s+sol[oa]|con\s+(?:gli|le|i\s+miei|le\s+mie)\s+amic\w*|"
    r"fino\s+a\s+tardi|dopo\s+le|finche|compiti)\b)(?!.*\b(?:picchi\w*|botte|chius[oaie]|"
    r"chiude|rinchi\w*|telefono|cellulare|spos\w*|matrimonio|paura|minacc\w*|da\s+(?:giorni|"
    r"settimane|mesi))\b))"
    r".*?"
)

ITALIAN_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    r"\b(?:voglio|vorrei|penso\s+di|sto\s+pensando\s+di)\s+(?:\w+\s+)?(?:morire|uccidermi|"
    r"ammazzarmi|farla\s+finita|togliermi\s+la\s+vita)\b|\bnon\s+voglio\s+piu\s+vivere\b|"
    r"\bmi\s+(?:uccido|ammazzo)\b(?!\s+(?:di|dal|dalle|dalla)\b)",
    # self-harm
    r"\bmi\s+(?:taglio|brucio)\s+(?:\w+\s+)?(?:le\s+braccia|i\s+polsi|le\s+gambe|apposta|"
    r"ancora|di\s+nuovo)\b|\bmi\s+faccio\s+del\s+male\b|\bautolesion\w*",
    # all the tablets
    r"\b(?:ho\s+preso|ho\s+ingoiato|prendero|mi\s+prendo)\s+(?:\w+\s+)?tutte\s+(?:le\s+)?"
    r"(?:pastiglie|pillole|compresse|medicine)\b(?!.*\b(?:alle|stamattina|stasera|"
    r"colazione|dopo|prima|ogni))",
    # being hit, threatened, locked in
    rf"\b(?:mi|ci)\s+(?:ha\s+|hanno\s+|aveva\s+)?(?:{_IT_HARMS})\b(?!\s+(?:su\s+instagram|"
    r"sui\s+social|a\s+carte))",
    _IT_PARENTS_RULE + r"\bnon\s+mi\s+(?:lascia|lasciano|fa|fanno)\s+(?:uscire|andare\s+via)\b",
    r"\bmi\s+segue\s+(?:\w+\s+){0,3}(?:fino\s+a\s+casa|ogni\s+giorno|tutti\s+i\s+giorni|"
    r"dalla\s+stazione)\b",
    # afraid to go home, not safe
    r"\bho\s+paura\s+(?:di\s+(?:lui|lei|loro|mio\s+marito|tornare\s+a\s+casa|andare\s+a\s+casa)|"
    r"che\s+mi\s+(?:picchi|uccida|trovi))\b|\bnon\s+(?:sono|mi\s+sento)\s+al\s+sicuro\b|"
    r"\bsono\s+in\s+pericolo\b",
    # forced marriage
    r"\b(?:mi|la|lo)\s+(?:vogliono|vuole)\s+(?:far\s+)?sposare\b(?=.*\b(?:non\s+voglio|contro|"
    r"forza|non\s+conosco|\d{2}\s+anni))|\bmatrimonio\s+forzato\b",
    # a child or an older person neglected or hurt
    rf"\b{_IT_CHILD}\s+(?:\w+\s+){{0,3}}(?:non\s+(?:mangia|mangiano)\s+(?:niente\s+)?da\s+"
    r"(?:\w+\s+)?giorni|picchiat\w*|"
    r"lasciat\w*\s+sol\w*\s+(?:tutta\s+la\s+notte|per\s+giorni))\b",
    rf"\b{_IT_OLDER}\s+(?:\w+\s+){{0,6}}(?:lascia|lasciano)\s+(?:\w+\s+)?senza\s+"
    r"(?:mangiare|cibo|"
    r"medicine)\b",
    # an older or dependent person's money held by someone, with a sign of harm: frightened,
    # dirty, not eating, nothing left, or the writer unable to talk with him there
    rf"\b(?:si\s+tiene|si\s+e\s+pres[oa]|prende|tiene|ha\s+preso|gestisce|usa)\s+(?:\w+\s+)?"
    rf"{_IT_HER_MONEY}\b(?=.*\b(?:spaventat\w*|sporc\w*|senza\s+(?:mangiare|cibo|soldi|"
    rf"medicine)|paura|{_IT_NOT_EATING}|non\s+le\s+(?:resta|rimane|lascia)\s+(?:niente|nulla)|"
    r"non\s+posso\s+parlar\w*|e\s+sempre\s+li)\b)",
    # an older person not eating or getting up for days
    "^" + every_one_of(_IT_ELDERLY, _IT_NOT_EATING),
    # a "new friend" handling an older person's money
    "^"
    + every_one_of(
        r"\bnuov[oa]\s+amic[oa]\b",
        rf"\b(?:{_IT_HER_MONEY}|bonific\w*|preliev\w*|(?:le|gli)\s+(?:chiede|prende|ha\s+preso|"
        r"fa\s+dare)\s+(?:\w+\s+)?(?:soldi|denaro))\b",
        _IT_ELDERLY,
    ),
    # sex demanded by a boss or landlord, with the job or the room at stake
    r"\b(?:mi|la|ci|ti)\s+(?:costring\w*|obblig\w*|forza|forzava|ricatt\w*)\s+(?:a|ad)\s+"
    r"(?:andare\s+a\s+letto|fare\s+sesso|avere\s+rapporti)\s+con\s+(?:lui|lei|loro)\b|"
    r"\b(?:costrett[ao]|obbligat[ao]|ricattat[ao])\s+(?:a|ad)\s+(?:andare\s+a\s+letto|"
    r"fare\s+sesso|avere\s+rapporti)\s+con\b|\bvuole\s+che\s+(?:io\s+)?(?:vada|venga)\s+a\s+"
    r"letto\s+con\s+lui\b",
    # nowhere to sleep
    r"\bnon\s+(?:ho|abbiamo)\s+(?:un\s+posto\s+)?dove\s+dormire\b|\bdormo\s+(?:per\s+strada|"
    r"in\s+macchina)\b",
    # an older parent threatened with a care home to make him sign
    r"\bmi\s+(?:chiude|chiudera|mette|mettera|manda|mandera|porta)\s+in\s+(?:una?\s+)?(?:casa\s+di\s+"
    r"riposo|rsa|ospizio)\s+se\s+non\b",
)

# Many tablets swallowed at once (a count, a box, a handful), with what they do: stomach pain,
# dizziness, sickness, sleepiness; not a box bought at the chemist or a course over a month.
_IT_MANY_TABLETS = (
    r"\b(?:ho|ha|hai)\s+(?:preso|ingoiato|inghiottito|mandato\s+giu)\s+(?:\w+\s+)?(?:[1-9]\d|"
    r"\d{3}|venti|trenta|quaranta|cinquanta|una\s+scatola\s+(?:intera\s+)?di|un\s+blister\s+"
    r"(?:intero\s+)?di|una\s+manciata\s+di|un\s+sacco\s+di|tantissime)\s+(?:\w+\s+)?"
    r"(?:pastiglie|pillole|compresse|pasticche|tachipirine|sonniferi|calmanti)\b"
)
_IT_WHAT_THEY_DO = (
    r"\b(?:mal\s+di\s+(?:pancia|stomaco)|(?:mi|le|gli)\s+gira\s+la\s+testa|nausea|vomit\w*|"
    r"sto\s+male|non\s+mi\s+sento\s+bene|non\s+si\s+sveglia|sonnolen\w*|fischi\w*\s+"
    r"(?:nelle|alle)\s+orecchie|tutte\s+insieme|in\s+una\s+volta)\b"
)
_IT_AS_PRESCRIBED = (
    r"^(?!.*\b(?:farmacia|ricetta|comprat\w*|al\s+giorno|in\s+un\s+mese|confezione\s+da|"
    r"per\s+(?:\w+\s+)?(?:settimane|mesi))\b)"
)
ITALIAN_PHRASES += (  # i18n-exempt: input
    _IT_AS_PRESCRIBED + every_one_of(_IT_MANY_TABLETS, _IT_WHAT_THEY_DO),
)

# A threat to kill the writer: "lui mi ucciderà", "ha detto che mi ammazza", "se me ne vado mi
# uccide", "ti ammazzo" written on the door; not "mamma mi ammazza se arrivo tardi", "questo
# traffico mi sta uccidendo", "lo ammazzo, mi ha mangiato la torta".
_IT_KILLS_ME = (
    r"\b(?:mi\s+(?:uccidera|ammazzera|uccide|ammazza|fa\s+fuori)|uccidermi"
    r"|ammazzarmi)\b"
)
ITALIAN_PHRASES += (  # i18n-exempt: input
    r"\b(?:lui|marito|ex|compagno|ragazzo|fidanzato"
    r"|convivente)\s+(?:\w+\s+){0,3}?" + _IT_KILLS_ME,
    r"^(?!.*\b(?:tardi|ritardo)\b)(?=.*\b(?:detto|dice|diceva|minaccia\w*|giura\w*|urla\w*|"
    r"scritto|scrive|se\s+(?:\w+\s+){0,2}?(?:me\s+ne\s+vado|vado|lo\s+lascio|"
    r"lo\s+denuncio|denuncio|parlo|chiamo|scappo|racconto|dico|mi\s+separo))\b(?:\W+\w+){0,5}?\W+"
    + _IT_KILLS_ME[2:]
    + ")",
    _IT_KILLS_ME
    + r"\s+(?:\w+\s+)?(?:stanotte|stasera)\b|\b(?:stanotte|stasera)\s+"
    + _IT_KILLS_ME[2:],
    r"^(?=.*\bti\s+(?:ammazzo|uccido|ammazzero|uccidero)\b)(?=.*\b(?:scritto|scrive|porta|muro|"
    r"messaggi\w*)\b)",
)

# A child going to meet a man met online, told to keep it secret, meeting him now, gone out to
# meet him or not answering, said in Italian or half in English ("mia figlia, 14 anni, is
# meeting this man she met online tonight"); not a girl of her age met online and met with a
# parent there.
_IT_A_CHILD = (
    r"\b(?:(?:mia|mio|nostra|nostro)\s+(?:figli[oa]|nipote|sorellina|fratellino)|"
    r"(?:[1-9]|1[0-7])\s+anni)\b"
)
_IT_A_MAN = (
    r"\b(?:un|quest[o']|quell[o']|il)\s*(?:uomo|signore|tizio|adulto|ragazzo\s+(?:molto\s+)?"
    r"(?:piu\s+)?grande)|\b(?:a|this|that|the|an\s+older)\s+(?:man|guy|adult)\b"
)
_IT_MET_ONLINE = (
    r"\b(?:conosciut[oa]|incontrat[oa])\s+(?:\w+\s+){0,3}(?:online|on\s+line|su\s+internet|in\s+"
    r"chat|su\s+(?:instagram|tiktok|snapchat|snap|discord|roblox|un\s+gioco))|\bmet\s+"
    r"(?:\w+\s+)?(?:online|on\s+(?:instagram|tiktok|snapchat|snap|discord|roblox|a\s+game))\b"
)
_IT_SECRET_OR_MEETING = (
    r"\b(?:(?:le\s+)?ha\s+detto\s+di\s+non\s+(?:dirlo|dirmelo|dire)|(?:e\s+un|e\s+il\s+"
    r"loro)\s+segreto|told\s+her\s+not\s+to\s+tell|not\s+to\s+tell\s+(?:me|anyone|her\s+"
    r"(?:mum|mom|dad|parents))|(?:lo|la)\s+(?:incontra|vede)\s+(?:\w+\s+)?(?:stasera|stanotte|"
    r"oggi|domani)|meeting\s+him\s+(?:\w+\s+)?(?:tonight|today|tomorrow|later)|going\s+off\s+"
    r"with|(?:uscit[oa]|andat[oa]|partit[oa]|scappat[oa])\s+(?:\w+\s+)?(?:per\s+|a\s+)?"
    r"(?:incontrar\w*|vederl\w*)|non\s+(?:mi\s+)?risponde)\b"
)
ITALIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_IT_A_CHILD, _IT_A_MAN, _IT_MET_ONLINE, _IT_SECRET_OR_MEETING),
)

# Tablets saved up over time for when the writer decides, or just to know they are there ("ho
# messo da parte un bel po' di pastiglie, per sapere che ci sono quando decido"); not a supply
# kept for a headache, an allergy or a trip.
_IT_SAVED_UP = (
    r"\b(?:messo|mett\w+|tenuto|tengo)\s+da\s+parte|\b(?:accumulat\w*|accumulo|conservat\w*|"
    r"raccolt\w*|nascost\w*|nascondo|fatto\s+scorta|faccio\s+scorta)\b"
)
_IT_TABLETS = r"\b(?:pastiglie|pillole|compresse|pasticche|sonniferi|calmanti|farmaci|medicine)\b"
_IT_SAVED_UP_TABLETS = rf"(?:{_IT_SAVED_UP})\s+(?:\S+\s+){{0,5}}?{_IT_TABLETS}"
_IT_FOR_WHEN_I_DECIDE = (
    r"\b(?:quando|se|il\s+giorno\s+(?:che|in\s+cui))\s+(?:\w+\s+)?(?:(?:decido|decidero)"
    r"(?!\s+(?:di|se|dove|quando|cosa|come|che)\b)|"
    r"saro\s+pront[oa]|sara\s+il\s+momento|non\s+ce\s+la\s+faro\s+piu|non\s+ce\s+la\s+faccio\s+"
    r"piu)\b|\bper\s+sapere\s+che\s+ci\s+sono\b|\bper\s+farla\s+finita\b"
)
_IT_FOR_AN_ILLNESS = (
    r"^(?!.*\b(?:mal\s+di\s+testa|emicrania|allergi\w*|viaggio|vacanz\w*|febbre|raffreddore|"
    r"influenza|dolor\w*|mestruazion\w*|ciclo|medico|dottore|farmacia)\b)"
)
ITALIAN_PHRASES += (  # i18n-exempt: input
    _IT_FOR_AN_ILLNESS + every_one_of(_IT_SAVED_UP_TABLETS, _IT_FOR_WHEN_I_DECIDE),
)

# The writer afraid of what they might do, said alone or to someone ("ho paura di quello che
# potrei fare", "...che potrei fargli"), and voices heard telling the writer to stop, hurt or
# kill someone; not a fear of what one might say at an interview, nor a choir's voices.
_IT_WHAT_I_MIGHT_DO = (
    r"\bho\s+paura\s+di\s+(?:(?:quello|cio)\s+che|cosa(?:\s+che)?)\s+(?:potrei|posso|potevo)\s+"
    r"(?:fare|far(?:gli|le|mi)|combinare)(?:\s*(?:[.!…]|$)|\s+(?:a\s+(?:lui|lei|loro|qualcuno|"
    r"me\s+stess[oa]|mi[oa]|suo|sua)|con\s+(?:il|un)\s+coltello)\b)"
)
_IT_VOICES_TELL_ME = (
    r"\b(?:le\s+)?voci\s+(?:\w+\s+){0,3}?mi\s+(?:dicono|ordinano|dicevano|urlano|chiedono)\b"
)
_IT_TO_STOP_OR_HURT = (
    r"\b(?:devo|dovrei|di)\s+(?:\w+\s+){0,2}?(?:fermar(?:lo|la|li)|uccider\w*|ammazzar\w*|"
    r"colpir(?:lo|la|li)|punir(?:lo|la|li)|far(?:gli|le)?\s+del\s+male|accoltellar\w*)\b"
)
_IT_NOT_HEARD_IN_ME = r"^(?!.*\b(?:coro|cantant\w*|radio|podcast|film|libro|serie|romanzo)\b)"
ITALIAN_PHRASES += (  # i18n-exempt: input
    _IT_WHAT_I_MIGHT_DO,
    _IT_NOT_HEARD_IN_ME + every_one_of(_IT_VOICES_TELL_ME, _IT_TO_STOP_OR_HURT),
)

# A heart attack's signs now: chest pain ("dolore al petto", "mi fa male il petto") with cold
# sweat, the left arm or jaw, no breath or an hour of it; not a chest sore from coughing or the
# gym, a pain told as past and checked, nor the signs taught at a first-aid course.
_IT_CHEST_PAIN = (
    r"\b(?:dolor[ei]|male|peso|oppressione|fitta|fitte)\s+(?:forte\s+)?(?:al|sul|nel)\s+petto\b|"
    r"\bfa\s+(?:molto\s+)?male\s+il\s+petto\b|\bdolore\s+toracico\b"
)
_IT_HEART_SIGN = (
    r"\bsud\w*\s+fredd\w*|\bbraccio\s+sinistro\b|\bmascella\b|\b(?:non\s+riesce\s+a|fa\s+fatica"
    r"\s+a)\s+respirare\b|\bmanca\s+(?:il\s+respiro|l'?aria)\b|\bda\s+(?:un'?\s*ora|mezz'?\s*ora|"
    r"ore)\b|\b(?:pallid\w*|grigi\w*)\b"
)
ITALIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:tosse|tossire|bronchite|raffreddore|influenza|palestra|corsa|allenamento|"
    r"ridere|riso|risate|anni\s+fa|sta\s+bene|controll\w*|corso|lezione|primo\s+soccorso|"
    r"sintomi|segni)\b)" + every_one_of(_IT_CHEST_PAIN, _IT_HEART_SIGN),
)

# Someone else who wrote goodbye to everyone, or said they will end it, and is not answering now
# ("ha scritto addio a tutti e non risponde"); not a farewell to a job or a team ("addio al
# calcio"), nor the question asked with no such sign.
_IT_GOODBYE_OR_ENDING = (
    r"\b(?:ha|hanno)\s+(?:scritto|mandato|inviato|lasciato|postato|pubblicato)\s+(?:\w+\s+){0,3}?"
    r"(?:un\s+)?(?:messaggio\s+d'?\s*)?addio\b(?!\s+(?:al|alla|alle|ai|agli)\b)|"
    r"\b(?:lettera|messaggio)\s+d'?\s*addio\b|\b(?:dice|detto|scritto)\s+che\s+(?:\w+\s+)?"
    r"(?:la\s+fa\s+finita|vuole\s+farla\s+finita|si\s+(?:ammazza|uccide|toglie\s+la\s+vita))"
)
_IT_UNANSWERED_NOW = (
    r"\bnon\s+(?:mi\s+|ci\s+)?(?:risponde|rispondono|apre|richiama)\b|\btelefono\s+(?:e\s+)?"
    r"spento\b|\birraggiungibile\b"
)
ITALIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_IT_GOODBYE_OR_ENDING, _IT_UNANSWERED_NOW),
)

# Tablets taken with drink by someone who now will not answer, wake or breathes oddly ("ha preso
# non so quante pastiglie con l'alcol, non risponde e respira in modo strano"); not tablets
# taken with water, nor someone asleep and breathing quietly.
_IT_PILLS_WITH_DRINK = every_one_of(
    r"\b(?:pastigli\w*|pillol\w*|compress\w*|farmac\w*|sonnifer\w*|psicofarmac\w*|xanax|"
    r"tavor|benzodiazepin\w*)\b",
    r"\b(?:alcol|alcool|vino|birra|vodka|whisky|gin|superalcolic\w*|bevuto|bevut[ao]|"
    r"ubriac\w*)\b",
)
_IT_UNRESPONSIVE = (
    r"\bnon\s+(?:risponde|si\s+sveglia|riesco\s+a\s+svegliar\w*|reagisce|apre\s+gli\s+occhi)\b|"
    r"\brespira\s+(?:\w+\s+){0,2}?(?:strano|male|piano|a\s+fatica|lentamente|rumorosamente)\b|"
    r"\brespira\s+in\s+modo\s+(?:strano|irregolare)\b|\b(?:russa|rantola)\b"
)
ITALIAN_PHRASES += (  # i18n-exempt: input
    "^" + _IT_PILLS_WITH_DRINK + every_one_of(_IT_UNRESPONSIVE),
)

# An adult trusted with a child (a teacher, coach, priest, an employer) who goes around the
# parents, two of: messages at night, asks to meet the child alone, tells her to keep it secret,
# asks for photos; not a teacher who sees the class on Saturday for a lesson.
_IT_TRUSTED_ADULT = (
    r"\b(?:professor\w*|prof|insegnant\w*|maestr[oa]|allenator\w*|mister|prete|parroco|don|"
    r"catechist\w*|istruttor\w*|educator\w*|datore\s+di\s+lavoro|capo|vicino|"
    r"padrone\s+di\s+casa)\b"
)
_IT_NIGHT_MESSAGES = r"\b(?:scrive|scriveva|manda|messaggia)\w*\s+(?:\w+\s+){0,3}di\s+notte\b"
_IT_MEET_ALONE = (
    r"\b(?:veder|incontrar|uscire\s+con|andare\s+da)\w*\s+(?:\w+\s+){0,3}da\s+sol[aoie]\b"
)
_IT_KEEP_SECRET = (
    r"\bnon\s+dir\w*\s+(?:niente\s+|nulla\s+)?a\s+nessuno\b|\b(?:il\s+)?nostro\s+segreto\b"
)
_IT_ASKS_PHOTOS = r"\b(?:chiest\w*|chiede)\s+(?:\w+\s+){0,3}(?:foto|video)\b"
ITALIAN_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(_IT_TRUSTED_ADULT)
    + any_two_of(_IT_NIGHT_MESSAGES, _IT_MEET_ALONE, _IT_KEEP_SECRET, _IT_ASKS_PHOTOS),
)

# A baby or small child shaken hard, or who will not open the eyes or wake, or breathes
# strangely, two of them; not a rattle shaken, nor a baby who opens her eyes and laughs.
_IT_SHAKEN = (
    r"\b(?:scoss\w*|scuot\w*|scrollat\w*)\s+(?:\w+\s+)?(?:la\s+|il\s+)?(?:bambin\w*|neonat\w*|"
    r"piccol\w*|bimb\w*)\b|\b(?:l'|la|lo)\s*(?:ha\s+)?(?:scoss\w*|scrollat\w*)\s+(?:forte|"
    r"violentemente)\b|\bstat[oa]\s+(?:scoss|scrollat)\w*"
)
_IT_EYES_SHUT = r"\bnon\s+(?:apre|riapre)\s+(?:piu\s+)?gli\s+occhi\b|\bnon\s+si\s+sveglia\b"
_IT_BREATHES_ODDLY = (
    r"\brespira\s+(?:\w+\s+)?(?:strano|male|a\s+fatica|piano|poco)\b|\bnon\s+respira\b"
)
ITALIAN_PHRASES += (  # i18n-exempt: input
    "^" + any_two_of(_IT_SHAKEN, _IT_EYES_SHUT, _IT_BREATHES_ODDLY),
)

# A stranger in the home of a parent with dementia now, saying he is from the gas or bank.
ITALIAN_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\b(?:alzheimer|demenz\w*|disabil\w*)",
        r"\bsconosciut\w*|\bdice\s+di\s+essere\s+(?:del|della|dell\W?)\s*(?:gas|luce|banca|"
        r"comune|polizia|acqua)\b|\bfint[oa]\s+(?:tecnico|operatore|poliziotto)",
        r"\b(?:in\s+casa|in\s+questo\s+momento|adesso|gli\s+ha\s+aperto|e\s+entrato)\b",
    ),
)

# Someone fallen or hit who does not respond or breathe.
ITALIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:telefono|cellulare)\b)"
    + every_one_of(
        r"\b(?:cadut[oa]\s+(?:dalla|dal|dalle|giu)|ha\s+battuto\s+la\s+testa|investit[oa])\b",
        r"\bnon\s+(?:risponde|respira|si\s+muove|reagisce)\b|\bsvenut[oa]\b",
    ),
)

# Sex forced or rape, just happened or going on ("ieri sera mi ha costretta. Ho ancora i
# lividi"); not made to work on a Saturday ("mi ha costretto a lavorare"), nor a film about it.
_IT_FORCED_SEX = (
    r"(?<!\bnon\s)\b(?:mi|l'|la|ci|ti)\s*(?:ha|hanno)\s+(?:costrett[ao]|forzat[ao])\b"
    r"(?!\s+la\s+mano)(?!\s+(?:\w+\s+)?(?:a|ad)\s+"
    r"(?!(?:fare\s+sesso|fare\s+cose|andare\s+a\s+letto|spogliar)))|\b(?:mi|l'|la|ci)\s*"
    r"(?:ha|hanno)\s+(?:violentat|stuprat|abusat)\w*|\b(?:sono|e)\s+stat[ao]\s+(?:violentat|"
    r"stuprat)\w*"
)
_IT_JUST_OR_STILL = (
    r"\b(?:ieri|stanotte|stasera|stamattina|oggi|adesso|ora|ancora|lividi|continua|poco\s+fa|"
    r"appena|di\s+nuovo)\b"
)
ITALIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:film|libro|serie|notizia)\b)" + every_one_of(_IT_FORCED_SEX, _IT_JUST_OR_STILL),
)

# Someone beaten or kicked now for who they are ("stanno picchiando un ragazzo nero ... lo
# prendono a calci"); not a rug beaten in the yard, nor children playing football.
_IT_BEATING_NOW = (
    r"\b(?:sta|stanno)\s+(?:picchiando|pestando|aggredendo|massacrando|prendendo\s+a\s+"
    r"(?:calci|pugni))\b|\b(?:lo|la|li|le)\s+(?:stanno\s+)?(?:prendendo|prendono)\s+a\s+"
    r"(?:calci|pugni)\b"
)
_IT_TARGETED = (
    r"\b(?:ragazz[oa]|uomo|donna|signor[ae]|figli[oa]|bambin[oa])\s+(?:\w+\s+)?(?:ner[oa]|"
    r"gay|musulman[oa]|ebre[oa]|stranier[oa]|trans|rom)\b|\bperche\s+(?:e|sono)\s+"
    r"(?:ner[oa]|gay|musulman\w*|ebre\w*|stranier\w*|trans)\b|\brazzis\w*"
)
ITALIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_IT_BEATING_NOW, _IT_TARGETED),
)

# A young person paid by a man to carry parcels, with a threat to the writer or the family if
# they do not go ("un uomo che mi dà soldi per portare pacchi dice che stasera devo andare a
# Birmingham sennò fa male a mia madre"); not a neighbour's shopping carried for pocket money.
_IT_PAID_TO_CARRY = (
    r"\b(?:mi|ci|gli|le)\s+(?:da|dava|ha\s+dato|danno|paga|pagano)\s+(?:\w+\s+){0,2}?"
    r"(?:soldi|euro|sterline|pounds|un\s+telefono|il\s+telefono)\s+(?:\w+\s+){0,2}?per\s+"
    r"(?:portare|consegnare|spostare|tenere|nascondere)\s+(?:dei\s+|i\s+|le\s+|delle\s+)?"
    r"(?:pacchi|pacchetti|buste|roba|borse|droga)\b"
)
_IT_OR_ELSE_HARM = (
    r"\b(?:senno|altrimenti|se\s+non\s+(?:\w+\s+){0,3}?)\s*(?:\w+\s+){0,2}?(?:fa\s+male|"
    r"fara\s+male|picchia|ammazza|uccide|brucia|me\s+la\s+fa\s+pagare)\b|"
    r"\b(?:minaccia\w*|debito)\b"
)
ITALIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_IT_PAID_TO_CARRY, _IT_OR_ELSE_HARM),
)

# The writer's plan to end their life, said plainly: the verb of ending it in the first person,
# future or decided ("stanotte mi tolgo la vita", "mi ucciderò", "ho deciso di farla finita",
# "la faccio finita", "dopo domenica non sarò più viva", "è l'ultima volta che mi vedete"); not
# ending it with a habit or a person ("la faccio finita con le sigarette"), "mi ammazzerò di
# lavoro", "morire dal ridere", nor the last time seen with long hair.
_IT_MY_LIFE_ENDED = (
    r"\bmi\s+(?:uccidero|ammazzero|suicidero|suicido)\b(?!\s+(?:di|dal|dalla|dalle|con)\b)|"
    r"\bmi\s+(?:tolgo|togliero)\s+la\s+vita\b|\b(?:metto|mettero|mettere|porre|pongo|porro)\s+"
    r"fine\s+alla\s+mia\s+vita\b|\bla\s+(?:faccio|faro)\s+finita\b(?!\s+(?:con|di|qui|li)\b)|"
    r"\bho\s+deciso\s+di\s+(?:morire|farla\s+finita|uccidermi|ammazzarmi|suicidarmi|"
    r"togliermi\s+la\s+vita)\b(?!\s+(?:con|di|dal|dalla)\b)|"
    r"\bnon\s+(?:ci\s+)?saro\s+piu\s+(?:viv[oa]|in\s+questo\s+mondo|tra\s+(?:voi|di\s+voi))\b|"
    r"\b(?:e|sara|questa\s+e)\s+l'?\s*ultima\s+volta\s+che\s+mi\s+(?:vedete|vedrete|vedi|"
    r"vedrai|sentite|sentirete|senti|sentirai)\s*(?:[.!…]|$)"
)
# Throwing oneself from a bridge, a window or under a train ("mi butto sotto il treno"); not a
# dive from a board or a bungee jump off a bridge, nor a meme laughed at ("ahah ho visto un
# meme") unless said to be meant ("davvero", "non scherzo").
_IT_THROW_MYSELF = (
    r"\b(?:mi\s+(?:butto|getto|lancio|buttero|gettero)|buttarmi|gettarmi)\s+(?:giu\s+)?"
    r"(?:dal|dalla|da\s+(?:un|una)|sotto\s+(?:il|un|al|la|una)|sui|nel)\s+(?:\w+\s+)?"
    r"(?:ponte|finestra|balcone|tetto|palazzo|treno|metro|binari|camion)\b"
)
ITALIAN_PHRASES += (  # i18n-exempt: input
    _IT_MY_LIFE_ENDED,
    r"^(?!.*\b(?:bungee|elastico|tuff\w*|piscina|mare|lago)\b)"
    r"(?!(?!.*\b(?:davvero|sul\s+serio|non\s+(?:sto\s+)?scherz\w*)\b).*\b(?:memes?|(?:ah)+ah?)\b)"
    + every_one_of(_IT_THROW_MYSELF),
)

# A means made ready (tablets saved, a rope bought or at home, a loaded gun, a hose to the car's
# exhaust, the bridge or the tracks gone to) beside a goodbye, a choice made or a time with "I
# do it" ("ho messo da parte le pastiglie e domenica lo faccio", "ho il fucile carico in casa e
# ho deciso"); not tablets saved for a trip, a rope for the washing, a gun for the hunt, nor a
# goodbye with no means.
_IT_MEANS_READY = (
    rf"{_IT_SAVED_UP_TABLETS}|{_IT_TABLETS}\s+(?:\w+\s+)?(?:mess[ei]\s+da\s+parte|nascost[ei]|"
    r"conservat[ei]|accumulat[ei]|pront[ei])\b|\b(?:una|la)\s+corda\b|\b(?:fucile|pistola|"
    r"arma|doppietta)\s+(?:\w+\s+)?caric[oa]\b|\btubo\s+(?:\w+\s+){0,3}?(?:allo|nello|alla|"
    r"nella)\s+(?:scarico|marmitta)\b|\b(?:vado|andro|torno)\s+(?:\w+\s+)?(?:al\s+ponte|ai\s+"
    r"binari|sui\s+binari|al\s+fiume)\b"
)
_IT_DAY = (
    r"(?:stanotte|stasera|domani|oggi|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|"
    r"questa\s+settimana)"
)
_IT_GOODBYE_OR_CHOICE = (
    r"\bho\s+deciso\s*(?:[.!…]|$)|\bgrazie\s+di\s+tutto\b|\baddio\b|\b(?:ho\s+dato|ho\s+"
    r"regalato|ho\s+lasciato)\s+(?:via\s+)?(?:il\s+|la\s+)?(?:mio\s+|mia\s+)?(?:gatt[oa]|"
    r"cane|cagnolin[oa])\b|\bho\s+(?:sistemato|messo\s+in\s+ordine)\s+(?:tutto|le\s+mie\s+"
    r"cose)\b|\b(?:e|sara|e\s+stata|sara\s+stata)\s+(?:la\s+)?mia\s+ultima\s+(?:volta|uscita|"
    r"sessione|serata|passeggiata|giornata)\b|"
    rf"\b{_IT_DAY}\s+(?:\w+\s+)?(?:lo\s+faccio|e\s+finita|finisce\s+tutto)\b|\blo\s+faccio\s+"
    rf"{_IT_DAY}\b"
)
_IT_FOR_AN_ERRAND = (
    r"^(?!.*\b(?:viaggio|vacanz\w*|bucato|stendere|panni|campeggio|arrampicata|barca|caccia|"
    r"poligono|pesca|mal\s+di\s+testa|allergi\w*|meccanico|passeggiata\s+al\s+fiume)\b)"
)
ITALIAN_PHRASES += (  # i18n-exempt: input
    _IT_FOR_AN_ERRAND + every_one_of(_IT_MEANS_READY, _IT_GOODBYE_OR_CHOICE),
)

# Someone else who said they will throw themselves from a bridge or a window ("ha detto che si
# butta dal ponte"), gone out or not answering; not a summer dive from the bridge into the lake.
_IT_THEY_WILL_JUMP = (
    r"\b(?:si\s+(?:butta|buttera|getta|gettera|lancia|lancera)|(?:vuole|voleva|minaccia\s+di|"
    r"va\s+a)\s+(?:buttarsi|gettarsi|lanciarsi)|si\s+vuole\s+(?:buttare|gettare|lanciare))\s+"
    r"(?:giu\s+)?(?:dal|dalla|da\s+(?:un|una)|sotto\s+(?:il|un|al|la|una)|sui|nel)\s+(?:\w+\s+)?"
    r"(?:ponte|finestra|balcone|tetto|palazzo|treno|metro|binari)\b"
)
_IT_GONE_OR_NO_ANSWER = (
    r"\b(?:non\s+(?:risponde|rispondono|torna|e\s+tornat[oa])|(?:e|sono)\s+uscit[oaie]|"
    r"se\s+n'?\s*e\s+andat[oa]|(?:e|sono)\s+sparit[oaie]|spento\s+il\s+telefono)\b"
)
ITALIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:bungee|elastico|tuff\w*|piscina|estate|mare|lago)\b)"
    + every_one_of(_IT_THEY_WILL_JUMP, _IT_GONE_OR_NO_ANSWER),
)
