"""The Romanian safeguarding phrase net (read by safeguarding_languages): Romanian joins its
pronouns on ("m-a lovit", "mă bate"). Text has been through safeguarding_languages.fold (no
diacritics).

Beyond the main kinds it reads an alarm in a few words ("ajutor. ne-au încuiat"), wages taken
whole by a boss for a debt for the journey, someone lying on the floor who breathes badly or
does not answer, a fall down the stairs or from a height with no getting up, no moving or
bleeding from the head, a child made to beg or steal by someone who hits her or keeps her, and a
relative's wish to die told by the one writing for them ("zice că nu mai
vrea să trăiască"; tablets saved up and a goodbye said), and, whatever question is put around
them, a child under 16 at a grown man's now and not answering, and someone heard or seen being
hit now. Left alone: pilates on the floor, a
phone fallen and dead, "mor de foame" (dying of hunger), "sunt moartă de oboseală", "n-am mai
mâncat de două zile carne", the session on domestic violence talked about or gone through
years ago and told as over, being locked out of
the hall, a bank taking a loan's payment, a mother who no longer wants to live in London, pills
sorted into a box by the day, a goodbye at the airport, a girl sent to sell cakes at the school
fair, a girl at her grandfather's, rain heard beating on the window.
Also voices that tell someone to do harm or voices beside a knife, and days unfed with
fainting or a racing heart; not voices from the next room, nor a fast. An employer who holds
the papers and beats or threatens to beat, a landlord who asks for rent "in kind", a child who
swallowed a battery, a magnet or bleach; not rent paid another way by transfer, nor a near miss.
An adult with a disability whose benefit or money others take or who is kept from going out
(not a brother helped with his forms), and a fall with the writer or another unable to move or
feel their legs, or not breathing (not a fall from a bike with a graze). Someone groped who is
still near the groper (not a doctor's examination), a girl under 18 sent money by a man met
online who wants her at his hotel or place tonight (not a girl selling online); a threat to set
a home or car alight (not a barbecue), and someone beaten with a slur or a knife (not nagged).
The main kinds said plainly as they happen: safeguarding_romanian_now.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import a_plea_in_a_few_words, every_one_of

# Signs that someone who has stopped breathing well is in danger: no answer (not on the phone),
# fainted, blue, fallen.
_RO_NO_ANSWER = (
    r"(?:nu\s+(?:mai\s+)?(?:raspunde|reactioneaza)(?!\s+la\s+(?:telefon|mesaj\w*|apel\w*))|"
    r"lesin\w*|inconstient\w*|vinet\w*|invinet\w*|a\s+cazut|s-?\s?a\s+prabusit)"
)

ROMANIAN_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die
    r"\bvreau\s+sa\s+(?:mor|dispar|nu\s+mai\s+traiesc)\b",
    r"\b(?:sa\s+)?(?:pun|pune|puna)\s+capat\s+(?:la\s+tot(?:ul)?|la\s+toate|vietii)\b",
    r"\bsinucid|\bsa\s+ma\s+omor\b|\bma\s+omor\b|\bimi\s+pun\s+capat\s+zilelor\b",
    r"\b(?:imi|mi-?\s?as|sa\s+imi|sa-?\s?mi)\s+(?:iau|voi\s+lua|lua)\s+viata\b",
    r"\bnu\s+mai\s+(?:vreau|pot)\s+sa\s+(?:traiesc|fiu\s+in\s+viata|continui)",
    r"\bnu\s+mai\s+(?:are\s+rost|are\s+niciun\s+rost|pot\s+(?:continua|trai))\b",
    r"\b(?:m-?\s?am\s+saturat|sunt\s+satul|sunt\s+satula)\s+de\s+viata\b",
    r"\b(?:ar\s+fi|toti\s+ar\s+fi)\s+mai\s+bine\s+fara\s+mine\b",
    r"\btermin\s+cu\s+(?:tot(?:ul)?|toate|viata)\s*(?:[.!,]|$|diseara|azi|astazi|acum|in\s+seara)",
    # affairs put in order "for when I'm no more"
    r"\b(?:cand|dupa\s+ce)\s+nu\s+(?:voi\s+)?mai\s+(?:fi|sunt|exist)\b|\binainte\s+(?:sa|de\s+a)\s+"
    r"(?:mor|muri)\b",
    # a long look at the water from a bridge
    r"^(?=.*\bpe\s+pod\w*\b)(?=.*\b(?:m-?\s?am\s+uitat|ma\s+uit|am\s+privit|priveam|ma\s+"
    r"gandeam\s+sa\s+sar)\s+(?:\w+\s+)?(?:la|in)\s+apa\b)(?=.*\b(?:nu\s+mai\s+pot|o\s+ora|ore\s+"
    r"intregi|singur\w*|noaptea|nu\s+stiu\s+de\s+ce)\b)",
    # self-harm
    r"\bma\s+(?:tai|ranesc|ard|autoranesc|lovesc\s+singur)\b|\bm-?\s?am\s+(?:taiat|ranit|ars)\b",
    r"\bimi\s+fac\s+rau\b|\bautovatam|\bautoranire\b",
    # tablets saved up or all taken; not able to bear it
    r"\bam\s+(?:strans|adunat|pus\s+deoparte)\s+(?:\w+\s+)?(?:pastile|pastilele|medicamente\w*|"
    r"tablete\w*|somnifere\w*)\b",
    r"\bam\s+(?:luat|inghitit|baut)\s+(?:o\s+cutie|o\s+folie|un\s+pumn|un\s+flacon|multe|prea\s+"
    r"multe|toata\s+cutia|\d{2,})\s+(?:de\s+)?(?:pastile|medicamente|tablete|somnifere|calmante)\b",
    r"^(?=.*\b(?:pastil\w*|medicament\w*|tablet\w*|somnifer\w*)\b)(?=.*\b(?:le\s+iau|le\s+"
    r"inghit|am\s+luat|am\s+inghitit|iau)\s+(?:\w+\s+)?(?:pe\s+)?toate\b)",
    r"\bnu\s+mai\s+pot\s+(?:sa\s+)?(?:duc|suport|rezist|indur)\b",
    # violence, threats, control at home
    r"\bma\s+(?:bate|loveste|ameninta|urmareste|urmaresc|agreseaza|abuzeaza|sugruma|"
    r"impinge|hartuieste|violeaza|terorizeaza|inchide|incuie|injura|atinge|pipaie)\b",
    r"\bdaca\s+(?:spun|zic|povestesc)\s+(?:cuiva|ceva|la\s+cineva)\b",
    r"\bm-?\s?a\s+(?:batut|lovit|amenintat|violat|agresat|abuzat|sugrumat|impins|inchis|"
    r"strans\s+de\s+gat)\b",
    # hands at the throat, with a word between ("m-a strâns puțin de gât", "mă ia de gât"); not
    # a sore throat that took hold ("m-a luat o durere de gât")
    r"^(?!.*\b(?:durer\w*|doare|raceal\w*|tuse|gripa|angin\w*|amigdal\w*)\b).*(?:\b(?:m|ne)-?"
    r"\s?a\s+(?:strans|apucat|luat|prins|tinut)|\bma\s+(?:strange|apuca|ia|prinde|tine))\s+"
    r"(?:\w+\s+){0,2}?de\s+gat\b",
    r"\bmi-?\s?e\s+(?:frica|teama)\s+de\s+(?:el|ea|ei|sotul|sotia|partener|iubit|tatal|mama|"
    r"vecin|fostul|fiul)",
    r"\bmi-?\s?e\s+(?:frica|teama)\s+sa\s+(?:merg|ma\s+intorc|stau)\s+acasa",
    r"\bmi-?\s?e\s+(?:frica|teama)\s+(?:pentru\s+viata\s+mea|ca\s+(?:ma|o|il|ne)\s+(?:omoara|"
    r"bate|loveste))",
    r"\b(?:imi|ne)\s+(?:ia|a\s+luat)\s+(?:toti\s+|toate\s+)?(?:banii|telefonul|actele|"
    r"pasaportul|pasapoartele|cardul)\b",
    r"\bnu\s+ma\s+lasa\s+sa\s+(?:ies|plec|vorbesc|vad)\b",
    # papers taken by the boss, work with no pay
    r"\b(?:mi|ne|i)-?\s?au?\s+luat\s+(?:\w+\s+)?(?:pasap(?:o|oa)rt\w*|actele|buletin\w*)\b",
    r"^(?=.*\bnu\s+(?:ne|ma|mi|le)\s+(?:plateste|platesc|da\s+banii)\b)"
    r"(?=.*\b(?:pasap(?:o|oa)rt\w*|actele|dormim\s+(?:acolo|aici)|datoram|datorez)\b)",
    # kept locked in by a boss or someone at home ("patronul ne ține închiși în casă"); not the
    # flu or the rain keeping one indoors, which names no one
    r"\b(?:seful|sefa|sefu|patronul|patroana|sotul|sotia|barbatul|iubitul|fostul|tatal|tata|"
    r"mama|socrul|soacra|el|ea|ei|omul)\s+(?:\w+\s+){0,2}?(?:ne|ma|m|il|o|i|le)\s+"
    r"(?:tine|tin|tinea|tineau)\s+(?:\w+\s+)?(?:inchis|incuiat)\w*\b",
    # a child at risk
    r"\bcopi(?:l|lul|ii|lul\s+meu|lului)\s+(?:\w+\s+)?(?:este|e|sunt|a\s+fost|au\s+fost)\s+(?:batut|batuti|"
    r"abuzat|abuzati|lasat\w*\s+singur\w*|flamanzi|flamand|in\s+pericol|neglijat\w*)",
    r"\b(?:bate|loveste|abuzeaza|atinge)\s+copil(?:ul|ii|a)\b",
    r"\b(?:fiica|fiul|copilul|baiatul|fata|nepoata|nepotul)\s+(?:mea|meu|noastra|nostru)?\s*"
    r"(?:de\s+\d+\s+ani\s+)?(?:a\s+disparut|a\s+fugit\s+de\s+acasa|nu\s+(?:a\s+)?(?:mai\s+)?"
    r"(?:venit|s-?a\s+intors)\s+acasa)\b",
    # a child asked for pictures by a grown man
    r"^(?=.*\b(?:fiica|fiul|copilul|copila|fata|baiatul|nepoata|nepotul)\b)(?=.*\b(?:i|le)-?\s?a\s+"
    r"(?:cerut|cere)\s+(?:\w+\s+)?(?:poze|fotografii|imagini|filmulete)\b)",
    # an older person alone who has not eaten for days and cannot look after themselves
    r"^(?=.*\b(?:(?:nu\s+am|n-?\s?am)\s+(?:mai\s+)?mancat\s+(?:nimic\s+)?(?:de\s+(?:\w+\s+)?"
    r"(?:zile|saptamani|o\s+saptamana)|din\s+\w+)|de\s+(?:\w+\s+)?(?:zile|o\s+saptamana)\s+"
    r"(?:nu\s+am|n-?\s?am)\s+(?:mai\s+)?mancat)\b)(?=.*\b(?:nu\s+mai\s+pot\s+(?:sa\s+)?(?:am\s+"
    r"grija\s+de\s+mine|ma\s+ingrijesc|ma\s+descurc)|nu\s+(?:mai\s+)?am\s+pe\s+nimeni|nimeni\s+"
    r"nu\s+(?:ma\s+ajuta|vine|ma\s+cauta)|nu\s+(?:mai\s+)?am\s+(?:caldura|incalzire|curent|"
    r"bani\s+de\s+mancare))\b)",
    # small children alone in a flat since yesterday or for days, or with no one answering the
    # door (the time and the door may be said in English: "since yesterday", "nobody answers")
    r"^(?=.*\b(?:copi(?:l|ii?|lul|lului|ilor|la|lasi)|bebelus\w*|fetit\w*|baietel\w*|cei\s+mici)"
    r"\s+(?:\w+\s+){0,2}(?:singur\w*|alone)\s+(?:\w+\s+)?(?:acasa|in\s+(?:apartament\w*|casa|"
    r"camera|masina|the\s+flat)|(?:at\s+)?home)\b)(?=.*\b(?:de\s+ieri|de\s+azi-?\s?noapte|"
    r"de\s+(?:\w+\s+)?zile|"
    r"toata\s+noaptea|nimeni\s+nu\s+(?:raspunde|deschide)|since\s+yesterday|for\s+(?:\w+\s+)?"
    r"days|(?:nobody|no\s+one)\s+(?:answers|opens))\b)",
    # someone not breathing (well) who has fallen or does not answer; either half may be said in
    # English, the other in Romanian
    rf"^(?=.*\bnu\s+(?:mai\s+)?respira\b)(?=.*\b(?:{_RO_NO_ANSWER}|fell|collapsed|unconscious|"
    rf"not\s+(?:answering|responding)|what\s+number)\b)|^(?=.*\b(?:not\s+breathing|can'?t\s+"
    rf"breathe)\b)(?=.*\b{_RO_NO_ANSWER}\b)",
    # nowhere to sleep; slept out years ago with a home now is the writer's past
    r"\b(?:dormim|dorm)\s+(?:\w+\s+)?(?:in|pe)\s+(?:parc|strada|masina|gara|statie|banca|"
    r"scara\s+blocului)\b|^(?!.*\b(?:acum|cu)\s+(?:\d+|doi|doua|trei|patru|cinci|sase|sapte|opt|"
    r"noua|zece|cativa|multi)\s+ani\b.*\bacum\s+(?:am|avem)\s+(?:casa|locuinta|apartament|"
    r"chirie)\b).*\bam\s+dormit\s+(?:\w+\s+)?(?:in|pe)\s+(?:parc|strada|masina|gara|statie|banca|"
    r"scara\s+blocului)\b",
    # in danger
    r"\bnu\s+(?:sunt|ma\s+simt)\s+in\s+siguranta\b",
    r"\bsunt\s+in\s+pericol\b|\bviata\s+mea\s+e\s+in\s+pericol\b",
    # locked in, money taken; passports held and no pay
    r"\b(?:il|o|ne|ma|ii)\s+(?:\w+\s+)?incui\w*\s+(?:\w+\s+)?(?:inauntru|in\s+casa|in\s+camera)\b",
    r"\b(?:ne|imi|ii|ni|mi)\s+(?:tine|tin|a\s+luat|au\s+luat|ia)\s+(?:\w+\s+)?pasapo\w+|\bnu\s+"
    r"(?:primim|primesc|suntem\s+platiti|sunt\s+platit\w*)\s+(?:niciun\s+|nici\s+un\s+)?(?:bani|"
    r"salariu\w*)\b",
    # cards or papers held by the one who brought us, with a debt, a few pounds a week or no
    # leaving
    r"^(?=.*\b(?:ne|imi|mi|le|ii|i)(?:-a\s+luat|-au\s+luat|\s+(?:tine|tin|a\s+luat|au\s+luat|ia|"
    r"iau|pastreaza|pastreza))\s+(?:\w+\s+)?(?:card\w*|pasapo\w*|actele|documentele|buletin\w*)"
    r"\b)(?=.*\b(?:datoram|datorez|datoreaza|datoria\s+(?:pentru|de\s+la)|nu\s+(?:ne|ma|ii|le)"
    r"\s+lasa\s+sa\s+(?:plec\w*|ies\w*)|\d+\s+(?:de\s+)?lire\s+pe\s+(?:saptamana|luna))\b)",
    # an ex who waits for the writer every evening or writes from new numbers, with a threat
    # ("you'll regret it") or her fear
    r"^(?=.*\bfost(?:ul|a)\s+(?:meu|mea|sot|sotie|iubit\w*|partener\w*|prieten\w*)\b)"
    r"(?=.*\b(?:ma\s+(?:asteapta|pandeste|urmareste)\s+(?:\w+\s+){0,2}(?:in\s+)?fiecare\s+"
    r"(?:seara|noapte|dimineata|zi)|(?:\d+\s+|mai\s+multe\s+)?numere\s+noi)\b)(?=.*\b(?:daca\s+"
    r"nu\b.{0,40}\b(?:o\s+sa|ai\s+sa|vei)\s+regret\w*|mi-?\s?e\s+(?:frica|teama)|ma\s+tem|"
    r"(?:\d+\s+|mai\s+multe\s+)?numere\s+noi.*\bfiecare\s+(?:seara|noapte|dimineata|zi)|"
    r"fiecare\s+(?:seara|noapte|dimineata|zi).*\bnumere\s+noi)\b)",
    # a young worker or child touched by a boss, coach or teacher, crying or afraid to tell
    r"^(?=.*\b(?:seful|sefa|patronul|patroana|managerul|antrenorul|profesorul|unchiul|vecinul)"
    r"\s+(?:\w+\s+){0,8}(?:o|il|ii|le|i)\s+(?:atinge|pipaie|pipaia|atingea|mangaie|a\s+atins|"
    r"a\s+pipait)\b)(?=.*\b(?:de\s+1[0-7]\s+ani|minor\w*|plange|plangea|daca\s+spune|(?:frica|"
    r"teama)|sa\s+nu\s+spuna|pierde\s+(?:munca|locul|slujba))\b)",
    # identity cards held by the boss with a few pounds a day or seven days a week
    r"\b(?:seful|patronul|sefu)\s+(?:\w+\s+){0,2}(?:tine|ia|a\s+luat|are)\s+(?:\w+\s+)?(?:buletin\w*|"
    r"actel\w*|pasap(?:o|oa)rt\w*|documentel\w*)\b(?=.*\b(?:\d+\s+(?:de\s+)?lire\s+pe\s+zi|"
    r"7\s+zile|sapte\s+zile|dormim\s+\d+|datori\w*)\b)",
)

# A threat to kill the writer: "o să mă omoare", "a zis că mă omoară", "dacă plec, mă omoară",
# "te omor" written on the door; not "mama mă omoară dacă întârzii", "traficul ăsta mă omoară",
# "îl omor, mi-a mâncat prăjitura".
_RO_KILLS_ME = (
    r"(?:(?:o\s+)?sa\s+ma\s+(?:omoare|ucida)|ma\s+(?:omoara|ucide|va\s+(?:omori"
    r"|ucide)))\b"
)
ROMANIAN_PHRASES += (  # i18n-exempt: input
    r"\b(?:el|sotul(?:\s+meu)?|barbatul(?:\s+meu)?|fostul\w*|iubitul\w*|concubinul\w*|"
    r"partenerul\w*)\s+(?:\w+\s+){0,3}?" + _RO_KILLS_ME,
    r"^(?!.*\b(?:intarzi\w*|tarziu)\b)(?=.*\b(?:zis|zice|spune|spus|ameninta\w*|striga\w*|"
    r"scris|scrie|(?:daca|cand)\s+(?:\w+\s+){0,3}?(?:plec|ma\s+duc|spun|sun|il\s+parasesc|fug|"
    r"divortez|refuz|reclam|denunt))\b(?:\W+\w+){0,5}?\W+" + _RO_KILLS_ME + ")",
    _RO_KILLS_ME + r"\s*,?\s+(?:\w+\s+)?(?:diseara|la\s+noapte|in\s+noaptea\s+asta)\b",
    r"^(?=.*\bte\s+(?:omor|ucid)\b)(?=.*\b(?:scris|scrie|usa|usi|perete|mesaj\w*|sms)\b)",
)

# An alarm in a few words (safeguarding_words.a_plea_in_a_few_words): "ajutor. ne-au încuiat",
# "ajutor, e la ușă", "m-a găsit"; not "ne-au încuiat afară din sală", "ajutor cu formularul".
_RO_PLEA = (
    r"ajutor|ajuta(?:ti)?-?\s?ma|ajutati-?\s?ne|salvati-?\s?(?:ma|ne)|sariti|help|sos|"
    r"sunati\s+la\s+(?:politie|112)|chemati\s+politia"
)
# Someone who, here or at the door, is an alarm said alone (an ex); "el" (he, it) or a husband
# at the door may be a parcel or a lift, and is one beside a plea.
_RO_WHO = r"(?:fostul|fostul\s+meu|fostul\s+sot)"
_RO_FAMILY = r"(?:el|ea|ei|sotul|sotul\s+meu|tata|barbatul|barbatul\s+meu|socrul)"
_RO_HERE = r"(?:aici|la\s+usa|in\s+fata\s+usii|in\s+casa|sub\s+geam)"
_RO_LOCKED_IN = (
    r"(?:incuiat|inchis)\w*(?:\s+(?:aici|inauntru|in\s+(?:casa|camera|camion|pivnita|baie|"
    r"apartament|duba|beci)))?"
)
_RO_ALARM = (
    rf"(?:(?:ne|ma|m)-?\s?(?:au|a)|suntem)\s+{_RO_LOCKED_IN}|{_RO_WHO}\s+(?:e|este|sunt)\s+"
    rf"(?:iar\s+|din\s+nou\s+)?{_RO_HERE}|(?:{_RO_WHO}\s+)?(?:m|ne)-?\s?(?:a|au)\s+gasit|"
    r"sparge\s+usa"
)
_RO_BESIDE_A_PLEA = (
    rf"(?:{_RO_FAMILY}\s+)?(?:(?:e|este|sunt)\s+{_RO_HERE}|a\s+venit|vine)|"
    rf"sunt\s+{_RO_LOCKED_IN}|au\s+venit|vin|copiii|bate\s+in\s+usa|{_RO_WHO}|{_RO_FAMILY}"
)

# Wages taken whole by a boss or the one who brought the writer over, for a debt for the
# journey, or with nothing eaten; not a bank taking a loan's payment, nor a debt in jest.
_RO_PAY_TAKEN = (
    r"\b(?:seful|sefa|sefu|patronul|patroana|el|ea|ei|omul|cel\s+care\s+(?:ne|m)-?\s?a\s+adus)\s+"
    r"(?:\w+\s+){0,2}?(?:ia|iau|a\s+luat|au\s+luat|opreste|opresc|pastreaza|tine)\s+(?:\w+\s+)?"
    r"(?:tot\s+ce\s+(?:intra|castig|castigam|primesc|primim)|toti\s+banii|tot\s+salariul|"
    r"salariul|salariile|banii\s+(?:de\s+pe\s+card|nostri|mei))\b"
)
_RO_OWED_OR_HUNGRY = (
    r"\b(?:datorez|datoram|datoreaza|datoria|pentru\s+drum\w*|pentru\s+transport\w*|pentru\s+"
    r"cazare|(?:nu|n-?\s?)\s?am\s+(?:mai\s+)?mancat|nu\s+avem\s+ce\s+manca)\b"
)
ROMANIAN_PHRASES += (  # i18n-exempt: input
    a_plea_in_a_few_words(_RO_PLEA, _RO_ALARM, _RO_BESIDE_A_PLEA),
    rf"^(?=.*{_RO_PAY_TAKEN})(?=.*{_RO_OWED_OR_HUNGRY})",
)

# Someone found lying on the floor who breathes badly or does not answer ("e întinsă pe jos în
# bucătărie, respiră greu și nu răspunde"); not someone stretched out for pilates or yoga, a
# phone fallen on the floor, nor calls she does not answer.
_RO_ON_THE_FLOOR = (
    r"\b(?:intins\w*|cazut\w*|prabusit\w*|zace|zacea|(?:l|o)-?\s?am\s+gasit|am\s+gasit-?\s?"
    r"(?:o|l))\s+(?:\w+\s+)?pe\s+(?:jos|podea|gresie|parchet|pamant|asfalt|trotuar)\b"
)
_RO_NOT_RIGHT = (
    r"\b(?:respira\s+(?:\w+\s+)?(?:greu|ciudat|rar|slab|urat|zgomotos|cu\s+greu)|abia\s+respira|"
    r"horcai\w*|nu\s+(?:mai\s+)?(?:raspunde|reactioneaza|se\s+misca|se\s+trezeste|deschide\s+"
    r"ochii|o\s+pot\s+trezi|il\s+pot\s+trezi)(?!\s+(?:la\s+(?:telefon\w*|mesaj\w*|apel\w*|"
    r"email\w*)|nimeni))|inconstient\w*|lesinat\w*|vinet\w*|invinet\w*)\b"
)
_RO_NOT_A_COLLAPSE = (
    r"^(?!.*\b(?:yoga|pilates|exercit\w*|gimnastic\w*|se\s+joaca|telefonul|ecranul|laptopul|"
    r"tableta)\b)"
)
ROMANIAN_PHRASES += (  # i18n-exempt: input
    _RO_NOT_A_COLLAPSE + every_one_of(_RO_ON_THE_FLOOR, _RO_NOT_RIGHT),
)

# Someone else's wish to die, told by the one writing for them: "zice că nu mai vrea să
# trăiască", "vrea să moară", "vrea să-și ia viața"; not living somewhere or with someone, "vrea
# să moară de râs", "își ia viața în propriile mâini".
_RO_NOT_A_PLACE = r"(?!\s+(?:in|la|cu|aici|acolo|langa|departe|fara|singur\w*|asa|intr\w*|pe)\b)"
# Tablets saved up by them or by the writer, and a goodbye said or written; not said at an
# airport, a station or before a holiday.
_RO_SAVED_UP = (
    r"\b(?:am|a|au|si-?\s?a|si-?\s?au|isi)\s+(?:strans|adunat|pus\s+deoparte|ascuns|facut\s+"
    r"rezerva\s+de)\s+(?:\w+\s+)?(?:pastil\w*|medicament\w*|tablet\w*|somnifer\w*|calmant\w*)"
)
_RO_GOODBYE = (
    r"\b(?:(?:mi|ne|le|i|si|ti)-?\s?a\s+(?:spus|zis|scris|trimis)\s+adio|(?:si|mi|ne)-?\s?a\s+"
    r"luat\s+ramas\s+bun|adio\s+(?:tuturor|la\s+toti))\b"
)
ROMANIAN_PHRASES += (  # i18n-exempt: input
    r"\bnu\s+mai\s+(?:vrea|poate|vor)\s+sa\s+(?:traiasca|fie\s+in\s+viata)\b" + _RO_NOT_A_PLACE,
    r"\b(?:vrea|vor|ar\s+vrea)\s+sa\s+(?:moara|se\s+omoare|se\s+sinucida|dispara\s+pentru\s+"
    r"totdeauna)\b(?!\s+de\s+(?:ras|foame|plictiseal\w*|rusine|dor|oboseala))",
    r"\b(?:sa-?\s?si|isi|si-?\s?a|si-?\s?ar)\s+(?:ia|lua|va\s+lua|luat|puna\s+capat|pune\s+"
    r"capat|pus\s+capat)\s+(?:viata|zilelor|vietii)\b(?!\s+in\s+(?:propriile\s+)?maini)",
    r"^(?!.*\b(?:aeroport\w*|gara|statie|vacanta|concediu|zbor\w*)\b)"
    + every_one_of(_RO_SAVED_UP, _RO_GOODBYE),
)

# Domestic violence lived (suffered, gone through) or done by a partner or family, not the
# subject talked about; gone through years ago and told as over ("acum câțiva ani am trecut prin
# violență domestică, acum sunt bine și în siguranță, fostul locuiește în alt oraș") is the
# writer's past, unless it is still lived ("trec prin"), back, near or feared.
_RO_LIVING_IT = (
    r"\b(?:sufar|sufer|traiesc|trec\s+prin|indur|sunt\s+victim\w*\s+(?:a|al)|ma\s+confrunt\s+cu)"
)
_RO_LIVED_DV = (
    rf"(?:{_RO_LIVING_IT}|\bam\s+trecut\s+prin|\bam\s+suferit|\bam\s+fost\s+victim\w*\s+"
    r"(?:a|al))\s+(?:\w+\s+)?violent\w*\s+(?:domestic\w*|in\s+familie|acasa)\b|\bviolent\w*\s+"
    r"(?:domestic\w*|in\s+familie)\s+(?:din\s+partea|de\s+la)\s+(?:sot\w*|partener\w*|"
    r"iubit\w*|fost\w*|tat\w*|mam\w*|fiu\w*|fiul|frat\w*|socr\w*|el|ea|ei)\b|\b(?:sotul|"
    r"partenerul|iubitul|fostul|tatal|fiul|fratele|socrul)\s+(?:\w+\s+){0,2}(?:e|este|devine|"
    r"a\s+devenit)\s+violent\b"
)
_RO_WHEN_IT_WAS = (
    r"\b(?:acum|cu)\s+(?:\d+|doi|doua|trei|patru|cinci|sase|sapte|opt|noua|zece|cativa|"
    r"multi|niste)\s+ani\b|\bani\s+in\s+urma\b|\bin\s+(?:19[5-9]\d|20[0-2]\d)\b|"
    r"\b(?:in\s+trecut|demult|candva)\b|\bcand\s+eram\s+(?:\d+|mic\w*|copil|tanar\w*)\b"
)
_RO_OVER_NOW = (
    r"\b(?:sunt|suntem|ma\s+simt|ne\s+simtim)\s+(?:\w+\s+){0,2}?(?:bine|in\s+siguranta|"
    r"liber\w*|fericit\w*)\b|\bnu\s+mai\s+(?:are|am|avem)\s+(?:niciun\s+)?contact\b|"
    r"\b(?:locuieste|sta|traieste|s-?\s?a\s+mutat)\s+(?:in|intr-?\s?un|intr-?\s?o)\s+(?:alt|"
    r"alta)\s+(?:oras|tara|judet)\b|\b(?:a\s+trecut|s-?\s?a\s+terminat|e\s+in\s+trecut)\b"
)
_RO_BACK_NEAR_OR_FEARED = (
    rf"{_RO_LIVING_IT}\b|\b(?:iar\s+(?:a|m|e)|din\s+nou|inca|m-?\s?a\s+gasit|a\s+aparut|"
    r"ma\s+(?:cauta|suna|urmareste|ameninta|asteapta)|a\s+iesit\s+din\s+inchisoare|"
    r"mi-?\s?e\s+(?:frica|teama)|ma\s+tem|azi|aseara|ieri|in\s+seara\s+asta)\b"
)
_RO_TOLD_AS_OVER = (
    every_one_of(_RO_WHEN_IT_WAS, _RO_OVER_NOW) + rf"(?!.*(?:{_RO_BACK_NEAR_OR_FEARED}))"
)
ROMANIAN_PHRASES += (  # i18n-exempt: input
    rf"^(?!{_RO_TOLD_AS_OVER})(?=.*(?:{_RO_LIVED_DV}))",
)


# A child made to beg, steal or sell for someone ("un bărbat o trimite să cerșească toată ziua")
# who hits her, takes the money or keeps her ("nu are voie să plece", "nu e tatăl ei"); not a
# child begging seen and given a pretzel, nor a father who sends his girl to sell cakes at the
# school fair.
_RO_A_CHILD = (
    r"\b(?:copil\w*|fetit\w*|baiet\w*|fata|fetei|minor\w*|nepo\w+|de\s+(?:vreo\s+)?"
    r"(?:[1-9]|1[0-7])\s+ani)\b"
)
_RO_SENT_TO_BEG = (
    r"\b(?:o|il|ii|i|le|ma|ne)\s+(?:\w+\s+)?(?:trimite|trimit|trimitea|trimiteau|pune|pun|punea|"
    r"obliga|obligau|forteaza|scoate|scot)\s+(?:pe\s+\w+\s+)?(?:sa\s+(?:cerseasca|cersim|cersesc|"
    r"fure|furam|fur|vanda\s+flori)|la\s+(?:cersit|furat|cerseala))\b"
)
_RO_HIT_OR_KEPT = (
    r"\b(?:o|il|ii|ma|ne)\s+(?:\w+\s+)?(?:loveste|bate|bat|lovesc|batea|lovea)\b|"
    r"\bnu\s+(?:are|au|am|avem)\s+voie\s+sa\s+(?:plece|plec|plecam|iasa)\b|"
    r"\bdaca\s+nu\s+(?:aduce|aducem|aduc)\s+(?:\w+\s+)?bani\b|\b(?:ii|le|imi|ne)\s+ia\s+"
    r"(?:toti\s+)?banii\b|\bnu\s+(?:e|este)\s+(?:tatal|mama|parintele)\s+(?:ei|lui|meu|mea)\b"
)
ROMANIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_A_CHILD, _RO_SENT_TO_BEG, _RO_HIT_OR_KEPT),
)

# A child under 18 sent by a man with packages to another town, gone and not answering ("îl
# trimite «la muncă» în alt oraș cu pachete... nu mai răspunde la telefon"); not a grown
# brother who works as a courier.
_RO_UNDER_18 = r"\bde\s+1[0-7]\s+ani\b|\bminor\w*|\bcopilul\s+meu\b"
_RO_SENT_WITH_PACKAGES = (
    r"\b(?:[iî]l|o|i)\s+(?:trimite|trimitea|pune|obliga)\b(?:\s+\S+){0,8}?\s+\W*(?:pachet|colet)"
)
_RO_GONE = (
    r"\bnu\s+(?:mai\s+)?r[aă]spunde\b|\ba\s+disp[aă]rut\b|"
    r"\bnu\s+s-a\s+(?:mai\s+)?[iî]ntors"
)
ROMANIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_UNDER_18, _RO_SENT_WITH_PACKAGES, _RO_GONE),
)

# An ex who has found where the writer lives now (through her account, a photo of the block)
# and whom she fears or who is coming ("a aflat unde stau acum... mi-e frică că vine"); not an ex
# who knows the address and comes tonight, as agreed, for the children.
_RO_AN_EX = r"\bfost(?:ul|ului)\s+(?:meu|mieu|so[tț]|partener|iubit)"
_RO_FOUND_WHERE_I_LIVE = (
    r"\b(?:a\s+aflat|afl[aă]|[sș]tie|a\s+g[aă]sit)\s+unde\s+(?:\w+\s+)?(?:stau|locuiesc|suntem|"
    r"st[aă]m|locuim|m[aă]\s+ascund)\b"
)
_RO_AFRAID_OR_COMING = (
    r"\bmi-e\s+(?:fric|team)|\bm[aă]\s+tem\b|\b(?:vine|venea|va\s+veni)\s+dup[aă]\s+mine|"
    r"\bpoz[aă]\s+cu\s+(?:blocul|casa|u[sș]a)"
)
ROMANIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_AN_EX, _RO_FOUND_WHERE_I_LIVE, _RO_AFRAID_OR_COMING),
)

# A fall down the stairs or from a height, with the one fallen not moving, not answering or
# bleeding from the head ("a căzut pe scări și nu se mai mișcă, sângerează la cap"), said of
# someone else or of the writer ("am căzut, nu mă pot ridica, sângerez"); not a fall got up
# from with a scratch, nor a phone dropped on the stairs.
_RO_FELL = (
    r"\b(?:a|am|au|ai|s-?\s?a)\s+(?:mai\s+)?(?:cazut|prabusit)\s+(?:jos\b|rau\b|(?:pe|de\s+pe|"
    r"din|in|la|de\s+la)\s+(?:\w+\s+)?(?:scar\w*|trept\w*|bordur\w*|etaj\w*|geam\w*|"
    r"balcon\w*|copac\w*|acoperis\w*|gheata|cap|pamant|jos|podea|asfalt|trotuar\w*|strad\w*|"
    r"baie|cada|dus)\b)|\b(?:s-?\s?a|m-?\s?am)\s+lovit\s+(?:\w+\s+)?(?:la|cu)\s+capul?\b"
)
_RO_BADLY_HURT = (
    rf"{_RO_NOT_RIGHT}|\bsanger(?:eaza|ez)\b|\b(?:ii|imi|le|i)\s+"
    r"curge\s+sange|\bplin\w*\s+de\s+sange\b|\bbalt\w*\s+de\s+sange\b|\bnu\s+(?:mai\s+)?"
    r"(?:se|ma)\s+(?:mai\s+)?(?:poate|pot)\s+(?:ridica|misca)\b|\bnu\s+(?:mai\s+)?poate\s+sa\s+"
    r"se\s+ridice\b"
)
ROMANIAN_PHRASES += (  # i18n-exempt: input
    _RO_NOT_A_COLLAPSE + every_one_of(_RO_FELL, _RO_BADLY_HURT),
)

# Someone with diabetes, or whose sugar has dropped, who is now confused, sweating, shaking,
# fainting or not answering ("tatăl meu are diabet și acum e foarte confuz, transpirat și nu
# mai răspunde"); not diabetes told as controlled, nor a phone not answered.
_RO_DIABETIC = (
    r"\bdiabet\w*|\bglicemi\w*|\bhipoglicemi\w*|\binsulin\w*|\bzahar\w*\s+(?:\w+\s+)?"
    r"(?:mic|scazut|foarte\s+jos|jos|a\s+scazut|i-?\s?a\s+scazut)"
)
_RO_SUGAR_SIGNS = (
    r"\b(?:e|este|pare|a\s+devenit|s-?\s?a\s+facut)\s+(?:\w+\s+)?(?:confuz\w*|ametit\w*|"
    r"dezorientat\w*)(?!\s+(?:de|cu|in\s+legatura)\b)|\btranspir\w*|\btremur\w*|\blesin\w*|"
    r"\bnu\s+(?:mai\s+)?(?:se\s+)?(?:trezeste|poate\s+trezi)|\bnu\s+(?:mai\s+)?"
    r"(?:raspunde|reactioneaza)(?!\s+la\s+(?:telefon|mesaj\w*|apel\w*|email\w*))|"
    r"\bvorbeste\s+(?:\w+\s+)?(?:incoerent|aiurea|ciudat)|\bnu\s+(?:mai\s+)?poate\s+"
    r"(?:sa\s+)?vorb\w*"
)
ROMANIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:controlat\w*|sub\s+control)\b)" + every_one_of(_RO_DIABETIC, _RO_SUGAR_SIGNS),
)

# Put out of home with nowhere to sleep tonight, for the writer, a family or the children ("ne-au
# dat afară din casă azi, eu și cei doi copii nu avem unde să dormim la noapte"); not an
# eviction long past with a home found since.
_RO_NOWHERE_TO_SLEEP = (
    r"\bn(?:u\s+|-)(?:am|avem|are|au)\s+(?:\w+\s+)?unde\s+(?:sa\s+)?(?:dorm|dormim|doarma|"
    r"innoptam|innoptez)\b"
)
_RO_TONIGHT = r"\b(?:azi|astazi|la\s+noapte|diseara|in\s+seara\s+asta|noaptea\s+asta|acum)\b"
ROMANIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_NOWHERE_TO_SLEEP, _RO_TONIGHT),
)

# A child under 16 staying or sleeping at a grown man's, there now and not answering or not back
# ("o fată de 13 ani să doarmă la un bărbat de 40 de ani? Fiica mea e acolo acum și nu-mi
# răspunde"); not the question asked in general, nor a girl at her grandfather's.
_RO_YOUNG = r"\bde\s+(?:[4-9]|1[0-5])\s+ani\b|\bminor\w*"
_RO_GROWN_MAN = (
    r"\b(?:barbat\w*|tip|tipul|adult\w*|domnul|un\s+domn|nene\w*)\s+(?:\w+\s+){0,2}?de\s+"
    r"(?:[2-9]\d)\s+(?:de\s+)?ani\b|\b(?:barbat\w*|tip)\s+(?:mult\s+)?mai\s+(?:mare|in\s+"
    r"varsta|batran)\b"
)
_RO_THERE_NOW = (
    r"\b(?:e|este|sta|doarme|ramane)\s+(?:\w+\s+){0,2}?(?:acolo|la\s+el|cu\s+el|in\s+masina\s+"
    r"lui|la\s+(?:casa|apartamentul)\s+lui)\s+(?:\w+\s+)?acum\b|\bnu\s*-?\s*(?:mi|imi|ne|ii)\s*"
    r"-?\s*(?:mai\s+)?raspunde\b|\bnu\s+(?:mai\s+)?raspunde\s+la\s+telefon|\bnu\s+(?:s-?\s?a|"
    r"a)\s+(?:mai\s+)?(?:intors|venit)\s+acasa\b"
)
ROMANIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:bunic\w*|tatal\s+ei|tatal\s+lui|unchi\w*)\b)"
    + every_one_of(_RO_YOUNG, _RO_GROWN_MAN, _RO_THERE_NOW),
)

# Someone heard or seen being hit now ("îl aud acum cum urlă la ea și o lovește", "văd cum o
# bate"), whatever the question around it; not rain or the wind heard beating, nor a drum.
_RO_HEARS_HITTING = (
    r"\b(?:aud|auzim|auzeam|am\s+auzit|vad|vedem|am\s+vazut)\b(?:\s+\w+){0,3}?\s+(?:cum|ca)\s+"
    r"(?:\w+\s+){0,4}?(?:o|il|ii|i|le|ma|ne)\s+(?:mai\s+|tot\s+|iar\s+)?(?:loveste|lovesc|"
    r"bate|bat|strange\s+de\s+gat|sugruma|tranteste|izbeste|pocneste|plesneste|calca\s+in\s+"
    r"picioare)\b(?!\s+(?:la\s+usa|ploaia|vantul|soarele|toba|cuie))"
)
ROMANIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:ploaia|vantul|grindina|toba|tobe|cuie|film\w*|serial\w*)\b)(?=.*"
    + _RO_HEARS_HITTING
    + ")",
)

# Voices that tell someone to hurt or kill, or voices beside a knife ("aude voci care îi spun
# să-l pedepsească pe vecin", "a plecat cu un cuțit"); not voices heard from the next room.
_RO_VOICES = (
    r"\b(?:aude|aud|auzea|auzeam|aude\s+iar)\s+voc[ie]\b|\bvocile\b|\bvoci\w*\s+[iî]n\s+cap"
)
_RO_VOICES_COMMAND_OR_KNIFE = (
    r"\b(?:care\s+)?(?:[iî]i|[iî]mi|mi|i)\s*-?\s*(?:spun|zic|poruncesc|cer)\s+s[aă]\b|"
    r"\bcu[tț]it\w*|\btopor\w*|\bs[aă]\s*-?\s*(?:l|o|[iî]i|se|m[aă])\s*-?\s*(?:omoare|"
    r"pedepseasc[aă]|r[aă]neasc[aă]|arunce|taie)\b"
)
# Days without food with fainting or a racing heart ("nu am mâncat de 5 zile și azi am leșinat");
# not a day without meat, nor a fast told as kept.
_RO_DAYS_UNFED = (
    r"\bn(?:u\s+|-)?(?:am|a)\s+(?:mai\s+)?m[aâ]ncat\s+(?:nimic\s+)?de\s+(?:\w+\s+)?(?:zile|o\s+"
    r"s[aă]pt[aă]m[aâ]n[aă])\b(?!\s+(?:carne|dulciuri|p[aâ]ine|zah[aă]r))"
)
_RO_BODY_GIVING_WAY = (
    r"\bam\s+le[sș]inat\b|\ble[sș]in\w*|\bmi\s*-?\s*e\s+r[aă]u\s+de\s+tot\b|"
    r"\binima\s+(?:[iî]mi\s+)?bate\s+(?:foarte\s+)?(?:tare|repede)\b|\bnu\s+m[aă]\s+(?:pot\s+)?"
    r"(?:ridica|[tț]ine\s+pe\s+picioare)\b|\bam\s+c[aă]zut\b"
)
ROMANIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:camera|cam[eă]ra|al[aă]turat\w*|vecini\s+vorbesc|hol)\b)"
    + every_one_of(_RO_VOICES, _RO_VOICES_COMMAND_OR_KNIFE),
    r"^(?!.*\b(?:post|postul|postesc|ramadan)\b)"
    + every_one_of(_RO_DAYS_UNFED, _RO_BODY_GIVING_WAY),
)

# An employer who keeps the papers and beats or threatens to beat those who would leave ("ne
# ține actele și zice că ne bate dacă plecăm"); not papers kept for a contract.
_RO_PAPERS_HELD = (
    r"\b(?:ne|imi|mi|ii|le)\s*-?\s*(?:tine|a\s+luat|ia|retine|a\s+retinut|ascunde|a\s+ascuns|"
    r"pastreaza)\s+(?:\w+\s+)?(?:actele|pasaport\w*|buletin\w*)\b"
)
_RO_BEATS_IF_LEAVING = (
    r"\b(?:ne|ma|il|o|va|te)\s+(?:bate|omoara|loveste|ucide)\b(?!\s+(?:la\s+cap|capul))|"
    r"\b(?:l|i)-?\s?a\s+(?:lovit|batut)\b"
)
# A landlord who asks for rent "another way" (in kind, sex); not another way of paying the bank.
_RO_LANDLORD = r"\b(?:proprietar\w*|gazda|gazdei|administrator\w*)\b"
_RO_PAY_IN_KIND = (
    r"\b(?:sa\s+)?(?:platesc|platim|plateasca|platesti|plati|achit\w*)\s+(?:\w+\s+)?"
    r"(?:altfel|in\s+natura|cu\s+corpul)\b(?!\s+(?:prin|cu\s+cardul|cash|in\s+rate))|"
    r"\bsa\s+(?:ma\s+culc|dorm|fac\s+sex)\s+cu\s+el\b"
)
# A small child who swallowed a button battery, a magnet, a coin or bleach.
_RO_SWALLOWED = (
    r"\b(?:a|au)\s+(?:inghitit|bagat\s+in\s+gura)\s+(?:\w+\s+){0,2}?(?:baterie|baterii|bateria|"
    r"magnet\w*|moneda|monede|clor|inalbitor|detergent|capsul\w*\s+de\s+detergent)\b"
)
ROMANIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_PAPERS_HELD, _RO_BEATS_IF_LEAVING),
    r"^(?!.*\b(?:transfer\w*|card\w*|cash|numerar|rate|banca)\b)"
    + every_one_of(_RO_LANDLORD, _RO_PAY_IN_KIND),
    r"^(?!.*\b(?:aproape\s+(?:ca\s+)?(?:a|au)|n-?\s?a|nu\s+a|nu\s+au)\s+inghitit\b)(?=.*"
    + _RO_SWALLOWED
    + ")",
)

# An adult with a disability (or an older relative) whose money others take or who is kept in.
_RO_VULNERABLE = (
    r"\b(?:dizabilit\w*|handicap\w*|retard\w*|autis\w*|sindrom\w*\s+down|dementa|alzheimer|"
    r"nevazator\w*|batran\w*|bunic\w*)\b"
)
_RO_OTHERS = (
    r"\b(?:prieten\w*|vecin\w*|cineva|niste|oameni|indivizi|tipi|ingrijitor\w*|ingrijitoare|"
    r"rude|ei|el|ea)\b"
)
_RO_EXPLOITED = (
    r"\b(?:ii|i|le)\s+(?:iau|ia|au\s+luat|a\s+luat)\s+(?:\w+\s+)?(?:ajutor\w*|bani\w*|pensi\w*|"
    r"indemnizati\w*|cardul)|\bnu\s+(?:il|o|ii|-?l)\s+lasa\s+sa\s+(?:iasa|plece|vorbeasca|sune)|"
    r"\bnu-?l\s+lasa\s+sa\s+(?:iasa|plece)|\b(?:il|o)\s+(?:incuie|inchid|tin\s+inchis)\w*|"
    r"\b(?:il|o)\s+(?:bat|bate|lovesc|loveste)\b"
)
# A fall, with someone who cannot move or feel their legs, or is not breathing.
_RO_FELL_HARD = r"\bcazut\w*|\bs-?a\s+prabusit\w*|\blesinat\w*"
_RO_CANT_MOVE = (
    r"\bnu\s+(?:ma|se|mai)\s+(?:pot|poate|mai\s+poate|mai\s+pot)\s+misca|\bnu-?\s?mi\s+simt\b|"
    r"\bnu-?\s?si\s+simte\b|\bnu\s+(?:mai\s+)?respira\b|\binconstient\w*|\bnu\s+se\s+misca\b"
)
ROMANIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:il|o)\s+ajut\b)" + every_one_of(_RO_VULNERABLE, _RO_OTHERS, _RO_EXPLOITED),
    r"^(?!.*\bde\s+frig\b)" + every_one_of(_RO_FELL_HARD, _RO_CANT_MOVE),
)

# Groped by someone who is still there ("m-a pipăit", "e încă lângă mine"); a girl under 18 sent
# money by a man met online who wants her at his hotel or place tonight. Not a doctor's
# examination, nor a cousin's gift.
_RO_GROPED = r"\bm-?a\s+pipai\w*|\bma\s+pipaie\b|\b(?:o|il)\s+pipaie\b|\ba\s+pipait-?o\b"
_RO_STILL_NEAR = r"\b(?:inca|acum|langa\s+mine|ma\s+urmareste|nu\s+stiu\s+ce\s+sa\s+fac)\b"
_RO_MINOR = r"\b1[0-7]\s+ani\b|\bminor\w*"
_RO_MET_ONLINE = (
    r"\bde\s+pe\s+(?:instagram|insta|tiktok|facebook|snapchat|snap|internet|net)\b|\bonline\b"
)
_RO_LURED = (
    r"\btrimite\s+bani\b|\bi-?a\s+trimis\s+bani\b|\bhotel\w*|\bla\s+el\s+(?:acasa|in\s+camera)\b"
)
_RO_TONIGHT = r"\b(?:diseara|in\s+seara\s+asta|acum|azi|pe\s+drum|in\s+noaptea\s+asta)\b"
ROMANIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_RO_GROPED, _RO_STILL_NEAR),
    "^" + every_one_of(_RO_MINOR, _RO_MET_ONLINE, _RO_LURED, _RO_TONIGHT),
)

# A threat to set a home alight ("ne dau foc la casă diseară") from people outside; someone
# beaten now with a slur or a knife. Not a barbecue lit, nor "îl bate la cap" (nags).
_RO_BURN_HOME = (
    r"\b(?:ne|va|iti|le|ii)\s+(?:\w+\s+)?(?:dau|da|dea|vor\s+da)\s+foc\b|"
    r"\bfoc\s+(?:la\s+)?(?:casa|casei|masina)\b|\bincendi(?:eze|ez|aza)\b"
)
_RO_OUTSIDE_NOW = (
    r"\bin\s+fata\s+(?:casei|blocului|usii)\b|\bdiseara\b|\bacum\b|\bafara\b|\bstriga\w*"
)
_RO_BEATS = r"\b(?:il|o|ii|ma|ne|te)\s+(?:\w+\s+)?(?:loveste|lovesc|bate|bat|ataca|snopeste)\b"
_RO_SLUR_OR_KNIFE = (
    r"\b(?:tigan\w*|cioar\w*|bozgor\w*|imputit\w*|jidan\w*|cutit\w*)\b|"
    r"\bpentru\s+ca\s+(?:e|este|suntem|sunt)\b"
)
ROMANIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\bgratar\w*)" + every_one_of(_RO_BURN_HOME, _RO_OUTSIDE_NOW),
    r"^(?!.*\bbate\s+la\s+cap\b)" + every_one_of(_RO_BEATS, _RO_SLUR_OR_KNIFE),
)
