"""The Romanian phrase net's readings of the main kinds said plainly, as they happen (read by
safeguarding_languages with safeguarding_romanian, whose module has no room left): a whole box of
tablets swallowed; someone being beaten now; a man with a knife who has locked the door; a man
who followed the writer from the bus or the station; a child hit and bleeding from the head; a
girl married off to a cousin or back home; a girl to be cut; chest pain with no speech; and a
child beaten, starved or kept from a doctor to drive out a spirit ("duhul", "posedată").
Text has been through safeguarding_languages.fold (no diacritics: "cuțit" reads "cutit").

Left alone: a whole box of chocolates, a game of backgammon won against a mother, a knife for the
bread, a dog that followed the writer from the bus, a ball that hit a child, a cousin's wedding
back home, a son's circumcision, a grandfather not speaking to an aunt, a house blessed.
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

# A man who followed the writer from the bus, the station or school, with him waiting outside
# or her fear ("un bărbat m-a urmărit de la autobuz și mă așteaptă afară"); not a dog, nor a
# follow on Facebook.
_RO_FOLLOWED_ME = (
    r"\bm-?\s?a\s+(?:urmarit|luat\s+la\s+urma)\b|\bvine\s+dupa\s+mine\b|\bs-?\s?a\s+luat\s+"
    r"dupa\s+mine\b|\bma\s+urmare(?:ste|sc)\b"
)
_RO_A_MAN = (
    r"\b(?:barbat\w*|tip|tipul|individ\w*|necunoscut\w*|cineva|nene|masina|duba|un\s+om|oameni)\b"
)
_RO_FROM_A_STOP_OR_OUTSIDE = (
    r"\bde\s+la\s+(?:autobuz|statie|gara|metrou|tramvai|troleibuz|scoala|serviciu|munca)\b|"
    r"\bma\s+asteapta\s+(?:\w+\s+)?(?:afara|jos|la\s+usa|in\s+fata|la\s+poarta|la\s+scara)\b|"
    r"\bmi-?\s?e\s+(?:frica|teama)\b|\bma\s+tem\b|\bce\s+sa\s+fac\b"
)
ROMANIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:facebook|instagram|tiktok|caine\w*|catel\w*|pisic\w*)\b)"
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
