"""The Romanian phrase net's readings of the main kinds said plainly, as they happen (read by
safeguarding_languages with safeguarding_romanian, whose module has no room left): a whole box of
tablets swallowed; someone being beaten now; a man with a knife who has locked the door; a man
who followed the writer from the bus or the station; a child hit and bleeding from the head; a
girl married off to a cousin or back home; a girl to be cut; chest pain with no speech; and a
child beaten, starved or kept from a doctor to drive out a spirit ("duhul", "posedată"). Also a
debt to a smuggler with harm threatened; stones thrown at the writer's hotel or home; a child
taken by a man who says he is the uncle; put out with nowhere to sleep; lost at night with a
dying phone; trapped by a fire; a baby not breathing properly; a fit that goes on; someone
fallen who will not wake; someone who said they will throw themselves off a block and is up
there now.
Text has been through safeguarding_languages.fold (no diacritics: "cuțit" reads "cutit").

At work and at home: a man with a knife or a gun where the writer works; a workmate fallen or
crushed who does not move, with no ambulance called; a boss who says stay or go with him tonight
or be sacked; an older parent fallen who cannot get up; a child heard being beaten and screaming
now.

Left alone: a whole box of chocolates, a game of backgammon won against a mother, a knife for the
bread, a dog that followed the writer from the bus, a ball that hit a child, a cousin's wedding
back home, a son's circumcision, a grandfather not speaking to an aunt, a house blessed, a
brother owed 30 lei, stones thrown into a lake, an uncle taking a niece to a film, a lost puppy,
a fire in the grill, a cold, a fit of nerves, an exam failed, work on a roof.
Also someone who says he is coming back with a knife or an axe, beside a beating or fear (not a
new knife brought back for the firewood or the kitchen).
Also an older parent giving a card's codes now to a stranger posing as the bank or the police
(not a parent on the phone to their own bank).
Also a strong smell of gas beside someone inside who does not answer or is made ill (not a
smell the engineer has come to and shut off).
Also a man who hit a woman, with her head struck against a wall or her silent, not moving or
bleeding now (not a ball or a pillow that hit her by mistake, nor a game).
Also someone beaten until they bled ("l-a bătut pe fratele meu mic până a sângerat"); not a
game won, nor nails bitten until they bled.
Also a pregnancy in trouble: the baby not felt moving, or a bad headache beside spots or
blurred sight (not a baby kicking with a headache from the heat, nor damp spots on the walls).
Also an ex partner who followed the writer and waits outside (not a dance or business partner),
and a witness told that they or the children will suffer if they go to court (not a fare paid).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

_RO_DRUG = (
    r"(?:pastile|pastilele|medicamente|medicamentele|tablete|somnifere|calmante|paracetamol|"
    r"antidepresive|xanax|diazepam)"
)
# A whole box or strip of tablets swallowed ("am înghițit o cutie întreagă de pastile"); not a
# whole box of chocolates.
_RO_WHOLE_BOX = (
    r"\b(?:am|a|tocmai\s+am)\s+(?:luat|inghitit|baut)\s+(?:\w+\s+)?(?:o|toata|toate)\s+"
    r"(?:cutie|cutia|folie|folia|folii|cutiile|flacon)\s+(?:intreaga\s+|intreg\s+)?de\s+"
    rf"(?:\w+\s+)?{_RO_DRUG}\b"
)
ROMANIAN_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    _RO_WHOLE_BOX,
)

# Someone beating a person now ("soțul meu o bate pe mama acum", "îl bate pe frate-miu"); not a
# game won ("o bate pe mama la table").
_RO_BEATING_SOMEONE = (
    r"\b(?:o|il|ii|le|ne|ma)\s+(?:bate|loveste|snopeste|ia\s+la\s+bataie|ia\s+la\s+pumni)\s+"
    r"(?:\w+\s+)?pe\s+(?:mama|mamica|tata|sora|fratele|frate-?\s?miu|bunica|bunicul|fiica|fiul|"
    r"copil\w*|sotia|nevasta|mine|noi|ea|el|fetit\w*|baiat\w*|cel\s+mic|cea\s+mica)\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:table|tabla|carti|sah|remi|fotbal|tenis|joc\w*|concurs\w*|alergare|"
    r"la\s+cap)\b)" + every_one_of(_RO_BEATING_SOMEONE),
)

# A man with a knife or a gun who has locked the door ("are un cuțit și a încuiat ușa"); not a
# knife for the bread, nor a door locked for the night.
_RO_ARMED = (
    r"\b(?:are|avea|tine|a\s+luat|a\s+scos|cu)\s+(?:un|o)\s+(?:cutit|topor|pistol|arma|"
    r"foarfeca|satar|briceag)\b|\bcu\s+(?:cutitul|toporul|pistolul|arma)\b"
)
_RO_LOCKED_DOOR = (
    r"\ba\s+(?:incuiat|blocat|zavorat)\s+(?:\w+\s+)?(?:usa|usile|casa|camera|apartamentul)\b|"
    r"\b(?:ne|m-?\s?a|ma)\s+(?:a\s+)?incui\w*"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:paine|tort|carne|legume|ceapa|fructe|branza|bucatari\w*|pisic\w*|caine)\b)"
    + every_one_of(_RO_ARMED, _RO_LOCKED_DOOR),
)

# A man or an ex partner who followed the writer from the bus, the station or school, with him
# waiting outside or her fear ("un bărbat m-a urmărit de la autobuz și mă așteaptă afară"); not
# a dog, a business or dance partner, nor a follow on Facebook or LinkedIn.
_RO_FOLLOWED_ME = (
    r"\bm-?\s?a\s+(?:urmarit|luat\s+la\s+urma)\b|\bvine\s+dupa\s+mine\b|\bs-?\s?a\s+luat\s+"
    r"dupa\s+mine\b|\bma\s+urmare(?:ste|sc)\b"
)
_RO_A_MAN = (
    r"\b(?:barbat\w*|tip|tipul|individ\w*|necunoscut\w*|cineva|nene|masina|duba|un\s+om|"
    r"oameni)\b|"
    r"\bfost(?:ul|a)\s+(?:meu\s+|mea\s+)?(?:partener|iubit|sot|prieten)\w*\b"
    r"(?!\s+de\s+(?:afaceri|dans|echipa|munca|camera|birou))"
)
_RO_FROM_A_STOP_OR_OUTSIDE = (
    r"\bde\s+la\s+(?:autobuz|statie|gara|metrou|tramvai|troleibuz|scoala|serviciu|munca)\b|"
    r"\bma\s+asteapta\s+(?:\w+\s+)?(?:afara|jos|la\s+usa|in\s+fata|la\s+poarta|la\s+scara)\b|"
    r"\bmi-?\s?e\s+(?:frica|teama)\b|\bma\s+tem\b|\bce\s+sa\s+fac\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:facebook|instagram|tiktok|linkedin|caine\w*|catel\w*|pisic\w*)\b)"
    + every_one_of(_RO_FOLLOWED_ME, _RO_A_MAN, _RO_FROM_A_STOP_OR_OUTSIDE),
)

# A child hit and bleeding from the head ("copilul a fost lovit și îi curge sânge din cap");
# not a child hit by a ball whose head hurts.
_RO_A_CHILD = (
    r"\b(?:copil\w*|fetit\w*|baiet\w*|bebelus\w*|cel\s+mic|cea\s+mica|micut\w*|fiul|fiica|"
    r"nepot\w*)\b"
)
_RO_HIT = r"\b(?:lovit\w*|batut\w*|bate|loveste|au\s+snopit)\b"
_RO_HEAD_BLEEDING = (
    r"\bsang\w*\s+(?:\w+\s+)?(?:din|la)\s+cap\b|\bcap\w*\s+(?:\w+\s+)?sanger\w*|"
    r"\bsangereaza\s+(?:\w+\s+)?(?:la|din)\s+cap\b|\bcurge\s+sange\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_A_CHILD, _RO_HIT, _RO_HEAD_BLEEDING),
)

# A girl married off by her family, to a cousin, back home or by force ("tata vrea să mă
# mărite cu vărul meu în țară"); not "vreau să mă mărit" (her own wish), nor a cousin's wedding.
_RO_MARRIES_ME_OFF = (
    r"\b(?:sa\s+)?ma\s+(?:marite|marita|casatoreasca|casatoresc)\b|\bsa\s+ma\s+dea\s+de\s+"
    r"nevasta\b|\bma\s+(?:da|dau)\s+de\s+nevasta\b"
)
_RO_COUSIN_OR_BACK_HOME = (
    r"\b(?:var\w*|verisor\w*|in\s+tara|acasa\s+in|bilet\w*|cu\s+forta|cu\s+de-?\s?a\s+sila|"
    r"impotriva\s+vointei|nu\s+vreau)\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_MARRIES_ME_OFF, _RO_COUSIN_OR_BACK_HOME),
)

# A girl to be cut ("vor s-o taie pe fetița mea în vacanță, circumcizie"); not a son's
# circumcision, nor the subject of a talk.
_RO_CUTTING = r"\b(?:circumciz\w*|excizi\w*|mutilar\w*\s+genital\w*|infibul\w*)\b"
_RO_A_GIRL = r"\b(?:fetit\w*|fiica|fata|fetei|nepoata|sora|fiicei)\b"
_RO_TO_BE_DONE = r"\b(?:vor|vrea|o\s+sa|vacant\w*|in\s+tara|o\s+duc|s-?\s?o|o\s+trimit)\b"
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:conferint\w*|curs\w*|sesiune\w*|campani\w*|documentar\w*)\b)"
    + every_one_of(_RO_CUTTING, _RO_A_GIRL, _RO_TO_BE_DONE),
)

# Chest pain with no speech, no answer or a faint ("bunicul are dureri în piept și nu mai
# vorbește"); not a grandfather with a sore knee who does not speak to an aunt.
_RO_CHEST_PAIN = (
    r"\bdureri?\s+(?:mari\s+|puternic\w*\s+|tari\s+)?(?:in|de)\s+piept\b|\b(?:il|o|ma)\s+doare\s+"
    r"(?:\w+\s+)?pieptul\b|\bjunghi\s+in\s+piept\b|\bapasare\s+(?:in|pe)\s+piept\b"
)
_RO_NO_SPEECH = (
    r"\bnu\s+(?:mai\s+)?(?:poate\s+(?:sa\s+)?)?(?:vorbeste|vorbi|vorbeasca)\b(?!\s+cu)|"
    r"\bnu\s+(?:mai\s+)?(?:raspunde|reactioneaza)\b(?!\s+la\s+(?:telefon|mesaj\w*|apel\w*))|"
    r"\blesin\w*|\btranspira\w*\s+rece\b|\bgura\s+stramba\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:tuse|tuseste|sala|ieri|a\s+trecut|mai\s+bine)\b)"
    + every_one_of(_RO_CHEST_PAIN, _RO_NO_SPEECH),
)

# A child beaten, starved or kept from a doctor to drive out a spirit ("au bătut-o ca să scoată
# duhul din ea", "zice că e posedată și nu mă lasă s-o duc la doctor"); not a house blessed.
_RO_SPIRIT = (
    r"\b(?:duh|duhul|duhului|duhuri\w*|demon\w*|posedat\w*|necurat\w*|diavol\w*|exorciz\w*|"
    r"molitf\w*)\b"
)
_RO_HARMED_FOR_IT = (
    r"\bbatut-?\s?(?:o|l)\b|\b(?:au|a)\s+batut\b|\b(?:o|il)\s+(?:bat|bate|lovesc|loveste)\b|"
    r"\bfara\s+(?:mancare|apa|sa\s+manance)\b|\bnu\s+(?:ma|o|il|ne)\s+lasa\s+(?:\w+\s+){0,3}"
    r"(?:doctor|medic|spital)\b|\bnu\s+(?:mai\s+)?mananca\b|\babia\s+se\s+(?:trezeste|misca)\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\bduhul\s+sfant\b)" + every_one_of(_RO_SPIRIT, _RO_HARMED_FOR_IT),
)

# A debt to a smuggler or an agent with harm threatened to the writer or the family ("călăuza
# zice că îi datorez 3000 de lire și dacă nu plătesc îmi face rău familiei"); not a brother owed
# 30 lei who will tell mum, nor "mama mă omoară"; also the one owed coming to beat the writer
# ("omul căruia îi datorez bani vine diseară să mă bată").
_RO_I_OWE = (
    r"\b(?:ii|le|iti)\s+datorez\b|\bdatorez\s+(?:\w+\s+)?\d+|\bdatori[ae]\b|\bdaca\s+nu\s+(?:ii\s"
    r"+|le\s+)?(?:platesc|dau|returnez)\b"
)
_RO_HARM_THREATENED = (
    r"\b(?:face|fac|faca)\s+rau\s+(?:familiei|copiilor|mamei|alor\s+mei|fratelui|surorii)\b|"
    r"\b(?:o\s+sa|va|vor)\s+(?:ma|ne)\s+(?:omoare|bata|taie)\b|\b(?:ma|ne)\s+(?:omoara|omoare)\b|"
    r"\btrimite\s+(?:pe\s+cineva|oameni|baietii)\b|\b(?:omoara|omoare)\s+(?:familia|pe\s+mama|"
    r"copiii)\b|\b(?:vine|vin|vor\s+veni|o\s+sa\s+vina)\s+(?:\w+\s+){0,3}?sa\s+(?:ma|ne)\s+"
    r"(?:bata|omoare|taie|snopeasca)\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:mama|tata|ai\s+mei|nevasta|sotia|sotul)\s+(?:\w+\s+)?(?:ma|o\s+sa\s+ma)\s+"
    r"(?:omoara|omoare)\b)" + every_one_of(_RO_I_OWE, _RO_HARM_THREATENED),
)

# People throwing stones at the writer's hotel or home now ("sunt oameni în fața hotelului care
# aruncă cu pietre acum"); not children throwing stones in the lake.
_RO_THROWING_STONES = (
    r"\b(?:arunca|aruncau|aruncat|dau|dadeau)\s+(?:\w+\s+)?(?:cu\s+)?(?:pietre|caramizi|sticle)\b"
)
_RO_AT_OUR_PLACE = r"\b(?:hotel\w*|casa|casei|geam\w*|ferestre\w*|usa|usii|bloc\w*|noi|ne)\b"
_RO_NOW_OR_A_CROWD = r"\b(?:acum|acuma|oameni|grup|barbati|afara|in\s+fata)\b"
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:lac|lacul|apa|mare|balta|plaja|raul)\b)"
    + every_one_of(_RO_THROWING_STONES, _RO_AT_OUR_PLACE, _RO_NOW_OR_A_CROWD),
)

# A girl or boy taken tonight by a man who says he is the uncle ("un bărbat care zice că e
# unchiul ei o ia în seara asta"); not her uncle taking her to the cinema.
_RO_SAYS_HE_IS_UNCLE = (
    r"\b(?:zice|spune|pretinde|a\s+zis|a\s+spus)\s+ca\s+(?:e|este|ar\s+fi)\s+unchiul\s+(?:ei|lui|"
    r"lor)\b|\b(?:pretinsul|asa-?\s?zisul|zisul)\s+unchi\b"
)
_RO_TAKES_AWAY = (
    r"\b(?:o|il|ii)\s+(?:ia|duce|va\s+lua|va\s+duce)\b|\bsa\s+(?:o|il)\s+(?:ia|ea|duca)\b|\bvine"
    r"\s+dupa\s+(?:ea|el)\b|\bpleaca\s+cu\s+(?:ea|el)\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_SAYS_HE_IS_UNCLE, _RO_TAKES_AWAY),
)

# Put out with nowhere to sleep, with children or in the cold ("ne-au dat afară în seara asta cu
# copiii, n-avem unde dormi"); not the children sent out to play.
_RO_NOWHERE_TONIGHT = (
    r"\bn(?:u\s+|-)(?:am|avem|are|au)\s+(?:\w+\s+)?unde\s+(?:sa\s+)?(?:dormi|dorm|dormim)\b|\bnu"
    r"\s+stiu\s+unde\s+(?:sa\s+)?(?:dorm|dormim|dormi)\b|\b(?:sunt|suntem|am\s+ramas|am\s+ajuns)"
    r"\s+(?:in|pe)\s+strada\b|\b(?:dorm|dormim)\s+afara\b"
)
_RO_PUT_OUT_OR_COLD = (
    r"\bdat\w*\s+afara\b|\bevacuat\w*|\bfrig\w*|\binghet\w*|\bcopii\w*|\bbebe\w*|\bcei\s+mici\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_NOWHERE_TONIGHT, _RO_PUT_OUT_OR_COLD),
)

# Lost in the dark or with a phone running out ("m-am pierdut, e întuneric și mi se descarcă
# telefonul"); not lost in thought or in paperwork.
_RO_I_AM_LOST = (
    r"\bm-?\s?am\s+pierdut\b(?!\s+(?:in|cu)\s+(?:gandur\w*|acte|hartii|formular\w*|serial\w*|"
    r"film\w*))|\bsunt\s+pierdut[a]?\b|\bnu\s+stiu\s+unde\s+(?:sunt|ma\s+aflu)\b"
)
_RO_DARK_OR_BATTERY = (
    r"\b(?:e|este|s-a\s+facut)\s+(?:\w+\s+)?(?:intuneric|noapte|bezna)\b|\bbateri[ae]\b|\b(?:se|"
    r"mi\s+se)\s+(?:descarca|inchide|stinge)\s+telefonul\b|\btelefonul\s+(?:\w+\s+)?(?:descarcat|"
    r"moare|se\s+descarca|se\s+inchide)\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_I_AM_LOST, _RO_DARK_OR_BATTERY),
)

# A fire at home with the writer unable to get out ("e foc în apartament și nu pot ieși"); not a
# fire in the grill on a rainy evening.
_RO_FIRE_HERE = (
    r"\b(?:e|este|a\s+luat|ia)\s+foc\b|\bfoc\s+in\s+(?:apartament|casa|bloc|camera|bucatarie)\w*|"
    r"\bincendiu\b|\barde\s+(?:casa|apartamentul|blocul|camera)\b|\bfum\s+peste\s+tot\b"
)
_RO_CANNOT_GET_OUT = (
    r"\bnu\s+(?:pot|putem|poate|mai\s+pot)\s+(?:sa\s+)?(?:ies|iesi|iesim|iasa|iese)\b|\bblocat\w*"
    r"\s+(?:inauntru|in\s+casa|in\s+apartament)\b|\bprins\w*\s+inauntru\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:seminee?|gratar|foc\s+de\s+tabara|lumanar\w*|film\w*|ploaie|ploua)\b)"
    + every_one_of(_RO_FIRE_HERE, _RO_CANNOT_GET_OUT),
)

# A baby or child not breathing properly ("bebelușul meu nu respiră bine"); not a blocked nose.
_RO_MY_LITTLE_ONE = (
    r"\b(?:bebelus\w*|bebe\w*|copil\w*|fiul|fiica|fetit\w*|baietel\w*|cel\s+mic|cea\s+mica|"
    r"nou-?\s?nascut\w*)\b"
)
_RO_BREATHES_BADLY = (
    r"\bnu\s+(?:mai\s+)?respira\s+(?:bine|normal|cum\s+trebuie)\b|\brespira\s+(?:foarte\s+)?(?:gr"
    r"eu|ciudat|urat|cu\s+greutate|sacadat)\b|\bnu\s+poate\s+(?:sa\s+)?respire?\b|\bse\s+sufoca\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:raceala|racit\w*|nasul|nas|mucii|alergi\w*|sforai\w*|ieri|mai\s+bine)\b)"
    + every_one_of(_RO_MY_LITTLE_ONE, _RO_BREATHES_BADLY),
)

# A fit that has gone on for minutes or will not stop ("fiul meu are convulsii de 5 minute și nu
# se oprește"); not a fit of nerves, nor one that passed yesterday.
_RO_FITTING = r"\bconvulsi\w*|\bcriz\w*\s+(?:de\s+)?(?:epilepsie|epileptic\w*)|\bepilepti\w*"
_RO_NOT_PAST = r"^(?!.*\b(?:ieri|saptamana\s+trecuta|a\s+trecut)\b)"
_RO_GOES_ON = (
    r"\bde\s+(?:mai\s+bine\s+de\s+|peste\s+)?(?:\d+|doua|trei|patru|cinci|zece)\s+minute\b|\bnu\s"
    r"+(?:se\s+)?(?:mai\s+)?(?:opreste|trece)\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    _RO_NOT_PAST + every_one_of(_RO_FITTING, _RO_GOES_ON),
)

# Someone fallen who will not wake or whose head bleeds ("mama a căzut, îi curge sânge din cap și
# nu se trezește"); not an exam failed, nor someone who sleeps till noon.
_RO_FELL_DOWN = (
    r"\b(?:cazut|s-?a\s+prabusit|lesinat)\b(?!\s+(?:la|in)\s+(?:examen|bac|test|admitere))"
)
_RO_WONT_WAKE_OR_HEAD_BLEEDING = (
    r"\bnu\s+(?:se\s+)?(?:mai\s+)?trezeste\b(?!\s+pana)|\bnu\s+(?:mai\s+)?reactioneaza\b|"
    r"\binconstient\w*|\bnu\s+(?:o|il)\s+pot\s+trezi\b|\b(?:ii|imi)\s+curge\s+sange\s+din\s+cap\b"
    r"|\bsanger\w*\s+(?:la|din)\s+cap\b|\bcapul\s+(?:\w+\s+)?sanger\w*"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_FELL_DOWN, _RO_WONT_WAKE_OR_HEAD_BLEEDING),
)

# Someone else who said they will throw themselves off a block or a bridge and is up there now
# or not answering ("azi a zis că se aruncă de pe bloc, acum e pe acoperiș și nu mai răspunde");
# not a brother who threw himself into work.
_RO_SAYS_HE_WILL_JUMP = (
    r"\b(?:a\s+zis|zice|spune|a\s+spus|ameninta|vrea)\s+(?:ca\s+)?(?:sa\s+)?se\s+(?:arunca|arunce"
    r")\s+(?:de\s+pe|de\s+la|in\s+gol|in\s+fata|sub)\b"
)
_RO_UP_THERE_OR_SILENT = (
    r"\b(?:e|este|sta)\s+(?:acum\s+)?(?:sus\s+)?pe\s+(?:acoperis|bloc|pod|balcon|pervaz|"
    r"margine)\w*|\bnu\s+(?:mai\s+)?raspunde\b|\bacum\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_SAYS_HE_WILL_JUMP, _RO_UP_THERE_OR_SILENT),
)

# A workmate fallen or crushed at work who does not move, with no ambulance called ("colegul a
# căzut de pe schelă, nu mișcă și șeful nu vrea să sune la ambulanță"); not a van that does not
# move in traffic with the boss who will not call the mechanic.
_RO_WORKMATE = r"\b(?:coleg\w*|muncitor\w*|un\s+om|un\s+baiat|prieten\w*|tovaras\w*)\b"
_RO_FELL_OR_CRUSHED = (
    r"\ba\s+cazut\b|\bs-?\s?a\s+prabusit\b|\b(?:l-?\s?a|a)\s+(?:prins|strivit)\b|\bstrivit\w*"
)
_RO_DOES_NOT_MOVE = (
    r"\bnu\s+(?:se\s+)?(?:mai\s+)?misca\b|\binconstient\w*|\bnu\s+(?:mai\s+)?respira\b"
)
_RO_NO_AMBULANCE = r"\bambulant\w*|\b112\b|\bsalvar\w*"
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_WORKMATE, _RO_FELL_OR_CRUSHED, _RO_DOES_NOT_MOVE, _RO_NO_AMBULANCE),
)

# An older parent fallen who cannot get up ("mama are 82 de ani, a căzut și nu se poate
# ridica"); not the power or the snow that fell, with a barrier that cannot be raised.
_RO_CANNOT_GET_UP = (
    r"\bnu\s+(?:se\s+)?(?:mai\s+)?(?:poate|putea)\s+(?:sa\s+se\s+)?(?:ridica|ridice|scula|scoale)"
    r"\b|\bnu\s+se\s+(?:mai\s+)?ridica\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\bcazut\s+(?:\w+\s+)?(?:curentul|zapada|ploaia|sistemul|netul|reteaua|bruma)\b)"
    + every_one_of(_RO_FELL_DOWN, _RO_CANNOT_GET_UP),
)

# A child heard being beaten, crying or screaming now ("l-am auzit pe tatăl lui cum îl bătea,
# și acum țipă din nou"); not a father who beat him at backgammon.
_RO_HEARD = r"\b(?:l-?\s?am|am|o\s+am|i-?\s?am)\s+auzit\b|\baud\b"
_RO_BEATING_HIM = r"\b(?:il|o|ii)\s+(?:batea|bate|lovea|loveste|snopea|snopeste)\b"
_RO_CRIES = r"\b(?:plange|plangea|tipa|tipat\w*|urla|urlet\w*)\b"
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:table|tabla|carti|sah|remi|fotbal|tenis|joc\w*|covor\w*)\b)"
    + every_one_of(_RO_A_CHILD, _RO_HEARD, _RO_BEATING_HIM, _RO_CRIES),
)

# A man with a knife or a gun where the writer works or now ("e un bărbat cu un cuțit în
# magazinul unde lucrez"); not a man slicing bread or salami with a knife in the shop.
_RO_ARMED_MAN = (
    r"\b(?:barbat\w*|tip|tipul|individ\w*|client\w*|cineva|un\s+om)\s+(?:\w+\s+)?(?:cu\s+(?:un\s+"
    r"|o\s+)?(?:cutit|topor|pistol|arma|satar|maceta)|(?:are|tine)\s+(?:un|o)\s+(?:cutit|topor|"
    r"pistol|arma|satar))\b"
)
_RO_WHERE_I_AM = r"\b(?:unde\s+lucrez|magazin\w*|la\s+munca|acum|acuma|ajutor|in\s+fata\s+mea)\b"
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:paine|salam|carne|branza|legume|taie\s+felii|bucatari\w*)\b)"
    + every_one_of(_RO_ARMED_MAN, _RO_WHERE_I_AM),
)

# A boss who says the writer must stay or go with him tonight or lose the job ("șeful zice că
# dacă nu rămân cu el în seara asta mă dă afară"); not staying with him for the stocktake.
_RO_BOSS = r"\b(?:sef\w*|patron\w*|manager\w*|angajator\w*|maistr\w*)\b"
_RO_IF_NOT_WITH_HIM = (
    r"\bdaca\s+nu\s+(?:\w+\s+){0,2}(?:raman|ma\s+culc|merg|vin|dorm|ies|plec)\s+(?:\w+\s+){0,2}"
    r"cu\s+el\b"
)
_RO_SACKED = (
    r"\bma\s+(?:da|dau|va\s+da)\s+afara\b|\bma\s+concediaz\w*|\b(?:imi\s+)?pierd\s+(?:slujba|"
    r"locul\s+de\s+munca|jobul)\b|\bimigrar\w*"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_BOSS, _RO_IF_NOT_WITH_HIM, _RO_SACKED),
)

# Someone who says he is coming back with a knife, an axe or a gun ("zice că se întoarce cu un
# cuțit"), beside a beating or a threat; not a brother back from the shops with a new knife.
_RO_BACK_ARMED = (
    r"\b(?:se\s+intoarce|se\s+va\s+intoarce|revine|vine\s+(?:inapoi|iar|din\s+nou)|se\s+"
    r"intoarna|o\s+sa\s+vina)\s+(?:\w+\s+)?cu\s+(?:un\s+|o\s+)?(?:cutit\w*|topor\w*|pistol\w*|"
    r"arma|satar\w*|maceta|bata|ranga)\b"
)
_RO_VIOLENCE_OR_FEAR = (
    r"\b(?:a\s+batut|m-?\s?a\s+batut|a\s+batut-?\s?o|a\s+batut-?\s?l|a\s+lovit|bate|loveste|"
    r"ameninta\w*|ne\s+omoara|ma\s+omoara|o\s+omoara|frica|ne\s+e\s+frica|ajutor|beat\w*)\b|"
    r"\bbatut-?\s?o\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_BACK_ARMED, _RO_VIOLENCE_OR_FEAR),
)

# An older parent on the phone now, or with someone at the door, who says they are from the
# bank or the police (a stranger: "cineva", "un domn") and is given the card's codes or the
# money ("mama e la telefon chiar acum cu cineva care zice că e de la bancă și îi dă codurile
# cardului"); not a parent who rang the bank about a new card.
_RO_OLDER_PARENT = r"\b(?:mama|tata|bunica|bunicul|mamaia|tataia|buni|mamica|parintii)\b"
_RO_POSING = (
    r"\b(?:cineva|un\s+\w+|o\s+\w+)\s+(?:care\s+)?(?:zice|spune|pretinde|sustine|a\s+zis|"
    r"a\s+spus)\s+"
    r"(?:ca\s+)?(?:e|este|ar\s+fi|"
    r"sunt)\s+de\s+la\s+(?:banca|politie|bt|bcr|brd|ing)\b|\bse\s+da\s+drept\b"
)
_RO_CODES_OR_MONEY = (
    r"\b(?:cod\w*|pin\w*|parola|parol\w*|datele\s+cardului|card\w*|transfer\w*|toti\s+banii|"
    r"economii\w*)\b"
)
_RO_NOW = (
    r"\b(?:acum|acuma|chiar\s+acum|in\s+clipa\s+asta|la\s+telefon|"
    r"nu\s+vrea\s+sa\s+inchida)\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_OLDER_PARENT, _RO_POSING, _RO_CODES_OR_MONEY, _RO_NOW),
)

# A strong smell of gas beside someone inside who does not answer or open, or is made ill by it
# ("miroase puternic a gaz, e o bătrână acolo și nu răspunde"); not a gas smell the engineer has
# already come to and shut off, nor a landlord who does not answer messages.
_RO_GAS_SMELT = (
    r"\b(?:miroase|pute|put)\s+(?:\w+\s+)?a\s+gaz\b|\bmiros\w*\s+(?:\w+\s+)?de\s+"
    r"gaz\b|\bscurgere\w*\s+de\s+gaz\b|\bse\s+simte\s+(?:\w+\s+)?gaz\w*"
)
_RO_NO_ANSWER_OR_ILL = (
    r"\bnu\s+(?:raspunde|deschide|raspund|deschid)\b(?!\s+la\s+(?:mesaj\w*|mail\w*|email\w*|"
    r"sms\w*))|\bnu\s+(?:se\s+)?(?:trezeste|misca|mai\s+misca)\b|\blesin\w*|\bameti\w*|"
    r"\bvoma\w*|\bvarsa\b|\bdoare\s+(?:\w+\s+)?capul\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_GAS_SMELT, _RO_NO_ANSWER_OR_ILL),
)

# A man who hit or beat a woman ("a lovit-o pe nevasta-sa"), with her head struck against a
# wall or the floor, or her silent, not moving or bleeding now ("acum nu mai aud nimic de la
# ea"); not a ball or a pillow that hit her by mistake, nor a game she lost.
_RO_HE_HIT_HER = (
    r"\b(?:a\s+)?(?:lovit|batut|izbit|trantit|impins)-?\s?o\b|\bi-?\s?a\s+(?:dat|izbit|"
    r"lovit|spart)\s+(?:\w+\s+)?capul\b"
)
_RO_HURT_OR_SILENT_NOW = (
    r"\bcu\s+capul\s+(?:de|in|cu)\s+(?:perete|peretele|pereti|masa|podea|usa|calorifer\w*|"
    r"chiuveta|gresie|faianta|scari)\b|\bnu\s+(?:mai\s+)?(?:aud|auzim|se\s+(?:mai\s+)?aude)\s+"
    r"nimic\b|\bnu\s+mai\s+(?:misca|se\s+misca|raspunde|respira|vorbeste|scoate\s+un\s+sunet)\b|"
    r"\b(?:sange|sangereaza|plina\s+de\s+sange|lesinat\w*|inconstient\w*)\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:minge\w*|fotbal|joc\w*|din\s+greseala|perna|table|sah|carti)\b)"
    + every_one_of(_RO_HE_HIT_HER, _RO_HURT_OR_SILENT_NOW),
)

# Someone beaten until they bled ("l-a bătut pe fratele meu mic până a sângerat"); not a game
# won ("l-a bătut la șah"), nor nails bitten until they bled.
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:sah|table|tenis|ping\w*|joc\w*|meci\w*|fotbal|carti|scor\w*)\b).*\b(?:l|i|o|"
    r"m|ne)-?\s?a\s+batut\s+(?:pe\s+)?(?:\w+\s+){0,4}?pana\s+(?:a\s+|au\s+|i-?\s?a\s+|"
    r"ne-?\s?a\s+|am\s+)?(?:sangerat|curs\s+sange\w*|dat\s+sangele)\b",
)

# A pregnancy in trouble: the baby not felt moving ("nu mai simt bebelușul mișcând"), or a bad
# headache beside spots or blurred sight; not a baby felt kicking all day with a headache from
# the heat, nor damp spots seen on the walls.
_RO_PREGNANT = (
    r"\b(?:insarcinata|gravida|in\s+luna\s+a\s+\w+\s+de\s+sarcina|in\s+\d{1,2}\s+(?:de\s+)?"
    r"saptamani)\b"
)
_RO_BABY = r"(?:bebelusul|bebele|copilul|copilasul|puiul|fatul|fetita|baietelul)"
_RO_NOT_MOVING = (
    rf"\bnu\s+(?:il\s+|o\s+)?(?:mai\s+)?simt\s+(?:\w+\s+)?{_RO_BABY}\s+(?:\w+\s+)?(?:miscand|"
    rf"cum\s+se\s+misca|sa\s+se\s+(?:mai\s+)?miste|lovind)\b|\b{_RO_BABY}\s+nu\s+(?:se\s+)?mai\s+"
    r"misca\b|\bnu\s+(?:mai\s+)?simt\s+(?:nicio|nici\s+o)\s+miscare\b"
)
_RO_HEADACHE = r"\bma\s+doare\s+(?:\w+\s+)?capul\b|\bdureri?\s+(?:\w+\s+)?de\s+cap\b"
_RO_SPOTS = (
    r"\bvad\s+(?:pete|puncte|stelute|scantei|sclipiri|dublu|incetosat|in\s+ceata|negru)\b"
    r"(?!\s+(?:pe|de|la|in|din)\b)|\bvedere\w*\s+incetosat\w*\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_PREGNANT, _RO_NOT_MOVING),
    "^" + every_one_of(_RO_PREGNANT, _RO_HEADACHE, _RO_SPOTS),
)

# A witness threatened: harm to the writer or the children if they go to court or testify, by
# someone who wrote or came ("mi-a scris că dacă merg la tribunal ca martor o să pățească copiii
# mei"); not the fares paid for a witness, nor a child who comes along to court.
_RO_IF_I_TESTIFY = (
    r"\bdaca\s+(?:\w+\s+){0,2}?(?:merg|ma\s+duc|vin|depun|dau|marturisesc|vorbesc|spun)\b"
    r".{0,40}\b(?:tribunal\w*|instanta|judecat\w*|proces\w*|martor\w*|marturie|politie)\b"
)
_RO_HARM_THREATENED = (
    r"\b(?:o\s+sa|or\s+sa|vor|va|ai\s+sa)\s+(?:\w+\s+)?(?:pateasca|patesti|patiti|o\s+pateasca|"
    r"o\s+patesti|sufere|suferi|regreti|platesti\s+scump)\b|\bte\s+(?:omoram|terminam)\b|"
    r"\bne\s+ocupam\s+de\s+(?:copii|copilul|fiica|fiul|familia)\w*"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_IF_I_TESTIFY, _RO_HARM_THREATENED),
)
