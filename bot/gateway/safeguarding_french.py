"""The French safeguarding phrase net (read by safeguarding_languages). French puts its object
pronouns before the verb ("il me frappe", "ils l'ont menacé"), so a harm is read with "me",
"m'" or "l'" before it. Text has been through safeguarding_languages.fold (no accents: "menacé"
reads "menace").

Beyond the main kinds it reads a sister or daughter whose family will kill her over a marriage
or honour, a young person watching recruiters' videos who talks of leaving for Syria, and
someone else's plan to jump off a bridge or under a train, and a knife or other weapon held to
the writer or drawn on her, and someone who has stopped breathing or breathes badly beside a
fall, blue lips or no answer (not a cold or a blocked nose, nor falling ill or in love), and a
home falling in on people (a ceiling coming down, sockets or wires sparking or smoking, water on
them, with children asleep there). Being
hit, not safe and afraid to go home are also read in the spoken register young people text in
("jsuis plus en sécurité", "mon daron m'a frappée", "j'ose pas rentrer").

Left alone: "je meurs de faim" (dying of hunger), "maman va me tuer" (mum will kill me), "je
prends tous les comprimés le matin" (medicine times), "la séance sur la police", "je me suis
coupée en épluchant les légumes", "je me coupe les cheveux", a son going to Syria to see his
grandmother, a game lost to a father, not going home after missing the last bus, a jump into the
river for fun, "il va se tuer au travail", a socket that has stopped working, a ceiling
repaired last year, sons ("fils") who "font des étincelles".
Also a man who goes after a child, two of waiting at the school gate, telling her to get in
his car, knowing where the family lives, a secret; and magnets, a button battery or bleach
swallowed by a child. Left alone: a bus driver at the gate, a magnet nearly swallowed.
Also: a disabled or older person left alone with no water, food or phone (not for an
hour); someone trapped in a car after a crash (not in a traffic jam); rape just now (not
made to tidy a room); a home set on fire or stoned with hate or a threat to come back (not
stones in a river); photos to be sent to everyone if the writer refuses (not holiday photos);
the writer's plan to end their life said plainly, or a means made ready beside a goodbye or a
time (not tablets kept for a trip, a rope for the washing line, "j'en finis avec ce dossier").
The main kinds said plainly as they happen: safeguarding_french_now.
Also no wish or strength left to live ("je n'ai plus envie de vivre"); not to live here or with
him.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of

_FR_HARMS = (
    r"frappe|frappait|a\s+frappe|bat|battait|a\s+battu|menace|menacait|a\s+menace|ont\s+menace|"
    r"viole|a\s+viole|enferme|a\s+enferme|etrangle|harcele"
)
_FR_CHILD = r"(?:fils|fille|enfants?|petit|petite|neveu|niece|bebe)"

FRENCH_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # nowhere to sleep
    r"\bje\s+n'?ai\s+(?:nulle\s+part|pas\s+d'?endroit)\s+ou\s+dormir\b|\bje\s+dors\s+"
    r"(?:dans\s+la\s+rue|dans\s+ma\s+voiture)\b",
    # wanting to die or end it, and self-harm
    r"\b(?:je\s+veux\s+|j'?ai\s+envie\s+(?:de\s+|d'\s*)|je\s+pense\s+a\s+)(?:\w+\s+)?(?:mourir|"
    r"me\s+tuer|me\s+suicider|en\s+finir)\b|\bje\s+ne\s+veux\s+plus\s+vivre\b|\bje\s+vais\s+me\s+"
    r"(?:tuer|suicider)\b",
    # no wish or strength left to live ("je n'ai plus envie de vivre"); not to live here, with him
    r"\bje\s+n'?\s*ai\s+plus\s+(?:\w+\s+)?(?:envie|la\s+force|le\s+courage|de\s+raison)\s+de\s+"
    r"vivre\b(?!\s+(?:ici|a|au|en|avec|dans|comme|chez|la-?bas|sous|seule?|ensemble|pres)\b)",
    r"\bje\s+me\s+(?:scarifie|mutile|coupe\s+(?:les\s+)?(?:bras|poignets|veines)|"
    r"fais\s+du\s+mal)\b|\bme\s+(?:suis\s+)?(?:\w+\s+)?(?:scarifi|mutil)\w*",
    # cutting again, on purpose or to feel something; not a kitchen, shaving or haircut cut
    r"^(?!.*\b(?:en\s+(?:me\s+)?(?:rasant|cuisinant|epluchant|coupant|bricolant|jardinant|"
    r"ouvrant|faisant|tombant)|doigts?|pouce|cheveux|ongles|frange|barbe|legumes|oignons?|pain|"
    r"gateau|tranche|papier)\b)(?=.*\b(?:je\s+me\s+suis\s+(?:encore|de\s+nouveau|a\s+nouveau|"
    r"re)\s*coupe|je\s+me\s+(?:re)?coupe\s+(?:encore|souvent|tous\s+les|toutes\s+les|chaque|"
    r"expres|pour\s+(?:ne|oublier|sentir|me))|je\s+me\s+suis\s+(?:\w+\s+)?coupe\w*\s+(?:expres|"
    r"volontairement|pour\s+(?:ne|oublier|sentir|me))|(?:recommence|envie|besoin)\s+(?:a|de)\s+"
    r"me\s+(?:couper|taillader|bruler|faire\s+du\s+mal)))",
    # all the tablets
    r"\bj'?ai\s+(?:pris|avale)\s+(?:\w+\s+)?tous\s+(?:les\s+|mes\s+)?(?:comprimes|cachets|"
    r"medicaments)\b(?!\s+(?:le\s+matin|ce\s+matin|a\s+\d|avant|apres))",
    # being hit, threatened, locked in
    r"\b(?:il|elle|ils|elles|on|qui|mari|copain|compagnon|ex|pere|mere|frere)\s+"
    rf"(?:me|m'|l'|nous)\s*(?:{_FR_HARMS})(?:e|es|s)?\b"
    r"(?!\s+(?:\d|aux|au|a\s+la|aussi\s+aux|de\s+(?:venir|passer|partir)))",
    r"\b(?:me|nous)\s+suit\s+(?:\w+\s+){0,3}(?:jusqu|chaque\s+jour|tous\s+les\s+jours|depuis)",
    rf"\b(?:me|m'|l'|nous)\s*(?:{_FR_HARMS})\b(?=.*\b(?:peur|chaque\s+jour|tous\s+les\s+jours))",
    # afraid of going home or out, not safe
    r"\bj'?ai\s+peur\s+(?:de\s+(?:lui|rentrer|retourner\s+a\s+la\s+maison|mon\s+mari)|"
    r"qu'?il\s+me)\b|\bje\s+ne\s+(?:suis|me\s+sens)\s+pas\s+en\s+securite\b|"
    r"\bje\s+suis\s+en\s+danger\b",
    # a child drawn into selling drugs and threatened
    rf"\b{_FR_CHILD}\s+(?:\w+\s+){{0,4}}(?:vend|deal\w*|transporte)\s+(?:de\s+la\s+|des\s+)?"
    r"(?:drogue|shit|coke|beuh)\b(?=.*\b(?:menace|peur|pour\s+des|gars|mecs|dette)\b)",
    # a child or an older person neglected or hurt
    rf"\b{_FR_CHILD}\s+(?:\w+\s+){{0,3}}(?:n'?a\s+pas\s+mange\s+depuis|est\s+battu\w*|"
    r"a\s+des\s+bleus)\b",
    # forced marriage; not a professional's question on reporting it in general
    r"\b(?:me|la)\s+(?:marier|faire\s+epouser)\s+de\s+force\b",
    r"^(?!.*\b(?:en\s+general|assistante?\s+sociale?|travailleu(?:r|se)\s+sociale?|"
    r"pour\s+(?:mieux\s+)?informer|sensibilis\w*)\b).*\bmariage\s+force\b",
    # a child coming home with drugs
    r"\b(?:mon\s+fils|ma\s+fille|il|elle)\s+(?:\w+\s+){0,3}(?:revient|rentre)\s+avec\s+"
    r"(?:\w+\s+){0,3}(?:drogue|coke|cocaine|cannabis|shit)\b",
)

# A threat to kill the writer: "il va me tuer", "il a dit qu'il allait me tuer", "si je pars il
# me tuera", "je vais te tuer" written on the door; not "maman va me tuer si je rentre tard", "ces
# bouchons me tuent", "je vais le tuer, il a mangé mon gâteau".
_FR_KILLS_ME = r"\b(?:(?:va|vont|allait)\s+me\s+tuer|me\s+tuera(?:it)?|me\s+tueront)\b"
FRENCH_PHRASES += (  # i18n-exempt: input
    r"\b(?:il|mari|ex|copain|conjoint|compagnon)\s+(?:\w+\s+){0,3}?" + _FR_KILLS_ME,
    r"^(?!.*\b(?:tard|retard)\b)(?=.*\b(?:dit|menace\w*|jure|crie|ecrit|"
    r"si\s+je\s+(?:\w+\s+)?(?:pars|le\s+quitte|quitte|parle|"
    r"porte\s+plainte|appelle|m'en\s+vais|m'enfuis|dis|divorce|refuse))\b(?:\W+\w+){0,5}?\W+"
    + _FR_KILLS_ME[2:]
    + ")",
    r"\bmenac\w*\s+de\s+me\s+tuer\b|\bm'a\s+menace\w*\s+de\s+mort\b|\bmenaces?\s+de\s+mort\b",
    _FR_KILLS_ME + r"\s+(?:\w+\s+)?(?:ce\s+soir|cette\s+nuit)\b",
    r"^(?=.*\b(?:je\s+vais\s+te\s+tuer|je\s+te\s+tuerai)\b)(?=.*\b(?:ecrit|porte|mur|message\w*|"
    r"sms|tague)\b)",
)

# A sister or daughter to be killed by her family over a marriage, a boyfriend or honour: "si ma
# sœur refuse d'épouser notre cousin, il la tuera"; not "maman va la tuer si elle rentre tard",
# "il la tuera de rire au mariage".
_FR_KILLS_HER = (
    r"\b(?:(?:va|vont|allait|allaient)\s+(?:la|le|les)\s+tuer|(?:la|le|les)\s+tuer(?:a|ait|ont|"
    r"aient))\b(?!\s+de\s+rire)"
)
FRENCH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:tard|retard)\b)(?=.*\b(?:epous\w*|marier|mariage|fianc\w*|honneur|copain|"
    r"petit\s+ami|bled)\b)(?=.*\b(?:il|ils|pere|frere|freres|oncle|oncles|famille|cousins?)\s+"
    r"(?:\w+\s+){0,3}?" + _FR_KILLS_HER + ")",
)

# A young person drawn in by recruiters and set on leaving to join the fighting ("regarde des
# vidéos de recrutement, il parle de partir en Syrie"); not a son going to Syria to see his
# grandmother, with no recruiter in it.
_FR_YOUNG = (
    r"\b(?:fils|fille|neveu|niece|frere|soeur|cousin\w*|ado\w*|petit|petite|"
    r"1[2-9]\s+ans)\b"
)
_FR_TO_JOIN = (
    r"\b(?:partir|aller|rejoindre|partira|part|va\s+partir)\s+(?:\w+\s+){0,2}?(?:en\s+syrie|"
    r"en\s+irak|au\s+sham|(?:le|les|la|l')\s*(?:daech|daesh|ei|etat\s+islamique|califat|"
    r"combattants|moudjahid\w*|djihad\w*|freres\s+(?:la-bas|au\s+sham)))\b|\bfaire\s+(?:sa\s+|"
    r"la\s+)?hijra\b"
)
_FR_RECRUITED = (
    r"\b(?:recrut\w*|propagande|djihad\w*|jihad\w*|radicalis\w*|endoctrin\w*|daech|daesh|"
    r"etat\s+islamique|califat|moudjahid\w*)\b"
)
FRENCH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_YOUNG, _FR_TO_JOIN, _FR_RECRUITED),
)

# The same kinds said in the spoken register young people text in: "ne" dropped, "je suis"
# run together ("jsuis", "chuis", "j'suis"), a parent or partner in slang ("mon daron", "ma
# daronne", "mon reup", "mon mec", "mon beau-père"), hit by them ("m'a frappée avec sa
# ceinture", "me cogne", "m'a mis une gifle", "une rouste"); not safe now, and not daring to go
# home ("j'ose pas rentrer ce soir", "jflippe de rentrer"). Not "mon daron m'a mis une raclée
# aux échecs", "il m'a tapé dans l'œil", "jsuis pas sûre pour samedi", "j'ose pas rentrer dans
# la salle", nor not going home because the writer is late or has missed the bus.
_FR_I_AM = r"(?:je\s+(?:ne\s+|n'\s*)?suis|j'?\s?suis|chuis|jsuis|js)"
_FR_CLOSE = (
    r"(?:daron(?:ne)?|reup|reum|vieux|vieille|pere|mere|beau-?pere|belle-?mere|mari|mec|keum|"
    r"copain|ex|frere|reuf|oncle|tonton)"
)
_FR_HITS_ME = (
    r"(?:me|m')\s*(?:a\s+|ont\s+)?(?:frapp|cogn|tabass|gifl|baff)\w*|(?:me|m')\s*(?:a\s+)?tape"
    r"\w*(?!\s+(?:dans\s+l'?\s*(?:oe|\u0153)il|sur\s+les\s+nerfs|la\s+discut\w*|"
    r"un\s+(?:message|texto|sms)))"
)
# "m'a mis une claque" is also a game won against the writer, when the game is named after it.
_FR_SLAPPED = (
    r"(?!.*\b(?:echecs|foot|fifa|jeu|match|tennis|cartes?)\b)m'?\s*a\s+(?:mis|mise|mit|"
    r"donne|colle)\s+(?:une|des)\s+(?:gifle|claque|baffe|beigne|tarte|coups?|patate|raclee|"
    r"rouste|trempe|derouillee|correction)s?\b"
)
_FR_NOT_LATE = r"^(?!.*\b(?:tard|retard|bus|train|metro|cles?|clefs?)\b)"
FRENCH_PHRASES += (  # i18n-exempt: input
    rf"\b(?:mon|ma)\s+{_FR_CLOSE}\s+(?:\w+\s+)?(?:{_FR_HITS_ME}|{_FR_SLAPPED})",
    rf"\b{_FR_I_AM}\s+(?:pas|plus|vraiment\s+pas)\s+en\s+(?:securite|secu)\b",
    _FR_NOT_LATE + r"(?=.*\b(?:j'?\s?ose|jose)\s+(?:pas|plus)\s+(?:rentrer|retourner)\b"
    r"(?!\s+(?:dans|en|au|aux|a\s+l|sur|chez\s+(?:le|la|les|un|une))\b))",
    _FR_NOT_LATE + r"(?=.*\b(?:j'?\s?ai\s+(?:trop\s+|grave\s+|tellement\s+)?peur|j'?\s?flippe"
    r"|jflippe|je\s+flippe)\s+(?:\w+\s+)?de\s+rentrer\b(?!\s+dans))",
)


# Someone else's plan to end their life, told by the writer: "il a écrit qu'il allait sauter du
# pont ce soir", "elle veut se jeter sous un train", "il parle de se suicider"; not a jump into
# the river or the pool for fun, a bungee or parachute jump, nor "il va se tuer au travail".
_FR_FROM_A_HEIGHT = (
    r"(?:sauter|se\s+jeter|se\s+lancer)\s+(?:du|d'\s?un|d'\s?une|de\s+la|de\s+l'\s?|par\s+la|"
    r"sous\s+(?:un|une|le|la|les))\s*(?:\w+\s+)?(?:pont|fenetre|toit|immeuble|balcon|falaise|"
    r"viaduc|tour|train|metro|rer|voitures?|camion)\b"
)
_FR_END_THEIR_LIFE = (
    r"(?:se\s+suicider|en\s+finir|mettre\s+fin\s+a\s+ses\s+jours|se\s+tuer\b(?!\s+(?:a|au|en)\b))"
)
_FR_THEY_PLAN = (
    r"\b(?:il|elle)\s+(?:\w+\s+)?(?:va|allait|vont|veut|voulait|voudrait|compte|comptait|"
    r"pense\s+a|parle\s+de|menace\s+de)\s+"
    rf"(?:{_FR_FROM_A_HEIGHT}|{_FR_END_THEIR_LIFE})"
)
_FR_FOR_FUN = (
    r"^(?!.*\b(?:riviere|lac|mer|eau|piscine|plong\w*|baign\w*|elastique|parachute|trampoline|"
    r"defi|pour\s+rire|s'amuser)\b)"
)
FRENCH_PHRASES += (  # i18n-exempt: input
    _FR_FOR_FUN + every_one_of(_FR_THEY_PLAN),
)

# A weapon held to or drawn on the writer or the children ("il m'a menacée avec un couteau
# devant les enfants", "mon ex a sorti un couteau", "il nous menace d'un pistolet"); not a knife
# taken out to cut the cake or for the picnic, nor a weapon in a film or a game.
_FR_WEAPON = (
    r"(?:couteau|couteaux|arme|pistolet|fusil|flingue|hache|marteau|lame|cutter|machette|"
    r"tournevis|ciseaux)"
)
_FR_NOT_A_MEAL = (
    r"^(?!.*\b(?:gateau|pain|fromage|pique-?nique|cuisine|legumes|viande|film|serie|jeu|"
    r"jouet|video)\b)"
)
FRENCH_PHRASES += (  # i18n-exempt: input
    r"\b(?:m'|me|nous|l'|les|la|le)\s*(?:a\s+|ont\s+|avait\s+)?menac\w*\s+(?:\w+\s+)?"
    rf"(?:avec|d'|de|au)\s*(?:un|une|son|sa|le|la|l')?\s*{_FR_WEAPON}\b",
    _FR_NOT_A_MEAL + r"(?=.*\b(?:il|elle|mari|ex|copain|compagnon|conjoint|pere|frere|beau-?pere)"
    rf"\s+(?:\w+\s+){{0,2}}?(?:a\s+)?sorti\s+(?:un|une|son|sa|le|la)\s+{_FR_WEAPON}\b"
    r"(?=.*\b(?:moi|me|m'|nous|enfants|peur|devant)))",
)

# Someone who has stopped breathing ("il ne respire plus"), or two signs of an emergency now:
# breathing badly ("elle respire mal", "elle n'arrive plus à respirer"), lips or face gone blue
# ("ses lèvres sont bleues"), a fall ("elle est tombée", not ill, in love or on an article), gone
# unconscious or not answering (not a phone). Left alone: a cold, a blocked nose or an allergy,
# blue lipstick, a fall last week that she got over.
# Said of someone else: "je ne respire plus" and "on ne respire plus" are work or a stuffy room.
_FR_NOT_BREATHING = r"(?<!\bje\s)(?<!\bon\s)\bne\s+respire\s+plus\b"
_FR_BREATHES_BADLY = (
    r"\brespire\s+(?:tres\s+)?(?:mal|difficilement|a\s+peine|bizarrement|fort)\b|\bn'?\s*"
    r"arrive\s+(?:plus|pas)\s+a\s+respirer\b|\bdu\s+mal\s+a\s+respirer\b|\bne\s+respire\s+pas\b"
)
_FR_BLUE = (
    r"\b(?:ses|les|mes|leurs)\s+levres\s+(?:sont|deviennent|devenues|virent|toutes)\s+"
    r"(?:\w+\s+)?bleu\w*|\b(?:il|elle)\s+(?:est|devient)\s+(?:tout\s+|toute\s+)?bleu\w*"
)
_FR_FELL = (
    r"\b(?:est|suis)\s+tombee?s?\b(?!\s+(?:malade|amoureu\w*|sur|enceinte|d'accord|en\s+panne))|"
    r"\bs'est\s+effondre\w*"
)
_FR_GONE = (
    r"\binconscient\w*|\bevanoui\w*|\bne\s+(?:repond|reagit|bouge)\s+(?:plus|pas)\b"
    r"(?!\s+(?:au|a|aux)\s+(?:telephone|messages?|mails?|sms|appels?))"
)
_FR_NOT_A_COLD = (
    r"^(?!.*\b(?:rhume|nez|pollen|allergi\w*|grippe|rouge\s+a\s+levres|semaine\s+derniere|"
    r"va\s+mieux)\b)"
)
FRENCH_PHRASES += (  # i18n-exempt: input
    _FR_NOT_A_COLD + r".*" + _FR_NOT_BREATHING,
    _FR_NOT_A_COLD + any_two_of(_FR_BREATHES_BADLY, _FR_BLUE, _FR_FELL, _FR_GONE),
)

# A home falling in on people: a ceiling coming down, a socket or wires sparking or smoking, or
# water on them, two together or one with children or someone asleep in the room; not a socket
# that has stopped working, a ceiling repaired last year, a cap on benefits ("plafond des
# aides"), children who "tombent de fatigue", nor sons ("fils") or a team that "font des
# étincelles".
_FR_CEILING = (
    r"\bplafond\s+(?!des\b|de\s+(?:la\s+)?(?:carte|depense|aide|revenu|credit|paiement))"
    r"(?:(?!(?:et|mais|les|des)\s)[\w']+\s+){0,5}?(?:s'\s*)?(?:effondr|ecroul|tomb|cede|"
    r"affaiss)\w*(?!\s+(?:de\s+(?:fatigue|sommeil)|bien|mal|a\s+pic|amoureu\w*|en\s+panne))"
)
_FR_SPARKS = (
    r"\b(?:prises?(?:\s+electriques?)?|fils\s+(?:electriques?|denudes)|cables?|compteur|"
    r"tableau\s+electrique)\s+"
    r"(?:[\w']+\s+){0,3}?(?:fait|font|faisait|a\s+fait|ont\s+fait|jette|crache)\s+des\s+"
    r"etincelles\b|"
    r"\betincelles\s+(?:\w+\s+){0,3}(?:prises?|cables|compteur)\b|\b(?:prises?|fils|"
    r"cables?)\s+electriques?\s+(?:fume|fument|grille|grillent|crepite)\b|\b(?:prises?|"
    r"cables?)\s+(?:fume|fument|grille|grillent|crepite)\b|\b(?:l'?\s*)?eau"
    r"\s+(?:[\w']+\s+){0,4}(?:dans|sur)\s+(?:la|les)\s+(?:prises?|cables|compteur)\b"
)
_FR_PEOPLE_THERE = r"\b(?:enfants?|bebe|petits?|dort|dorment|dormir|couche\w*|ma\s+mere)\b"
FRENCH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:refait|repare|l'an\s+dernier|annee\s+derniere)\b)"
    + r"(?:"
    + every_one_of(_FR_CEILING, _FR_SPARKS)
    + r"|(?=.*(?:"
    + _FR_CEILING
    + "|"
    + _FR_SPARKS
    + "))"
    + every_one_of(_FR_PEOPLE_THERE)
    + ")",
)

# An adult who gives the writer's child money or a phone to deliver parcels, with a sign of
# danger: a child of school age, afraid, threatened, in debt, not come home ("donne de l'argent
# et un téléphone à mon fils de 13 ans pour livrer des colis"); not a job with a delivery firm.
_FR_GIVEN_TO_CARRY = (
    r"\b(?:donne|donnent|a\s+donne|ont\s+donne|file|filent|a\s+file|ont\s+file)\s+"
    r"(?:[\w']+\s+){0,4}?(?:l'\s*)?(?:argent|telephone|portable|tel|billets)\b"
)
_FR_TO_DELIVER = r"\b(?:livrer|livraisons?|colis|paquets?|sachets?|deposer\s+des)\b"
_FR_MY_CHILD_AT_RISK = (
    r"\b(?:mon|ma|notre)\s+(?:fils|fille|gamin|gamine|petit|petite|neveu|niece|frere|soeur|"
    r"enfant|ado)\b.{0,80}(?:\b(?:[89]|1[0-5])\s+ans\b|\ba\s+peur\b|\bmenac\w*|\bdette\b|"
    r"\b(?:pas|jamais)\s+rentre\b|\bparti\s+avec\s+eux\b)"
)
FRENCH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:amazon|entreprise|employeur|patron|interim|stage)\b)"
    + every_one_of(_FR_GIVEN_TO_CARRY, _FR_TO_DELIVER, _FR_MY_CHILD_AT_RISK),
)

# A voice heard that tells the writer to harm someone or themselves ("une voix qui me dit de
# lui faire du mal", "les voix me disent de le tuer"); not voices from next door, nor a little
# voice saying to take care or to kill time.
FRENCH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\btuer\s+le\s+temps\b)"
    + every_one_of(
        r"\bvoix\b",
        r"\b(?:dit|disent|dire|ordonne\w*|commande\w*|pousse\w*|demande\w*)\s+(?:de\s+|d'\s*)?"
        r"(?:lui\s+|le\s+|la\s+|les\s+|me\s+|m'\s*)?(?:faire\s+(?:du\s+)?mal|tuer|blesser|"
        r"noyer|jeter|etouffer|secouer|frapper|sauter)\b",
    ),
)

# A man who goes after a child (a guard, a neighbour, a coach), two of: waits for her at the
# school gate, tells her to get into his car, knows where the family lives, tells her to keep it
# secret; not a school bus driver who waits at the gate as his job.
_FR_WAITS_AT_SCHOOL = (
    r"\b(?:l'|les\s+)?attend\w*\s+(?:\w+\s+){0,8}?(?:a\s+la\s+)?sortie\s+(?:de\s+l'\s*|du\s+)"
    r"(?:ecole|college|lycee)\b"
)
_FR_INTO_HIS_CAR = r"\b(?:monter|entrer)\s+dans\s+sa\s+(?:voiture|camionnette|auto)\b"
_FR_KNOWS_WHERE = r"\bsait\s+ou\s+(?:on|nous|elle|il)\s+(?:habit\w*|vi\w*)\b"
_FR_KEEP_SECRET = r"\bn(?:e|')\s*(?:le\s+)?dire?\s+a\s+personne\b|\bnotre\s+secret\b"
FRENCH_PHRASES += (  # i18n-exempt: input
    "^" + any_two_of(_FR_WAITS_AT_SCHOOL, _FR_INTO_HIS_CAR, _FR_KNOWS_WHERE, _FR_KEEP_SECRET),
)

# A child who has swallowed magnets, a button battery, bleach or washing capsules; not one who
# nearly did ("a failli avaler"), nor a warning to parents, nor a pile ("une pile de") eaten.
FRENCH_PHRASES += (  # i18n-exempt: input
    r"\b(?:a|ont|vient\s+d'\s*|viens\s+d'\s*)\s*avale\w?\s+(?:\w+\s+){0,3}?(?:aimants?|piles?"
    r"(?:\s+bouton)?(?!\s+d(?:e\b|'))|batterie\w*|javel|eau\s+de\s+javel|"
    r"capsules?\s+de\s+lessive|lessive|"
    r"produit\s+(?:menager|vaisselle))\b",
)

# A disabled or older person left alone with no water, food or phone.
FRENCH_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\b(?:sourd|aveugle|handicap\w*|alzheimer|dement\w*|grabataire|fauteuil)",
        r"\b(?:l\'a|les\s+a|m\'a)\s+(?:laisse|abandonne)\w*\s+seul\w*|\babandonn\w*",
        r"\bsans\s+(?:eau|manger|nourriture|medicaments|telephone)\b|\bne\s+peut\s+(?:appeler|"
        r"bouger|se\s+lever)\b",
    ),
)

# Someone trapped in a car after a crash, or as it smokes.
FRENCH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:bouchons?|embouteillage|trafic)\b)"
    + every_one_of(
        r"\b(?:coince|bloque|incarcere)\w*\s+dans\s+(?:sa|la|une|leur|son)\s+(?:voiture|vehicule|"
        r"camion|bus)\b",
        r"\b(?:accident|fum\w*|feu|brule|au\s+secours|sang)\b",
    ),
)

# Sex forced or rape, just happened or going on ("hier il m'a forcée. Il est dans
# l'appartement en ce moment"); not made to tidy up ("il m'a forcée à ranger"), nor a film.
_FR_FORCED_SEX = (
    r"\b(?:m'|l'|nous\s+)\s*(?:a|ont)\s+forcee?s?\b(?!\s+la\s+main)(?!\s+(?:\w+\s+)?a\s+"
    r"(?!(?:coucher|faire\s+l'amour|"
    r"avoir\s+des\s+relations|me\s+deshabiller)))|\b(?:m'|l'|nous\s+)\s*(?:a|ont)\s+"
    r"(?:violee?|agressee?\s+sexuellement)|\b(?:abuse|abusait)\s+de\s+(?:moi|elle)\b|"
    r"\bj'ai\s+ete\s+violee?\b"
)
_FR_JUST_OR_ONGOING = (
    r"\b(?:hier|cette\s+nuit|ce\s+soir|ce\s+matin|aujourd'hui|maintenant|en\s+ce\s+moment|"
    r"encore|la\s+nuit|tout\s+a\s+l'heure|de\s+nouveau)\b"
)
FRENCH_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:film|livre|serie|roman)\b)" + every_one_of(_FR_FORCED_SEX, _FR_JUST_OR_ONGOING),
)

# A home, shop or place of worship set on fire, stoned or broken into by people who shout at
# the family or will come back ("ont mis le feu à notre porte ... 'rentrez chez vous' ... ils
# reviendraient ce soir"); not a barbecue lit, nor a door painted.
_FR_HOME_ATTACKED = (
    r"\b(?:mis|mettre|mettent)\s+le\s+feu\s+a\s+(?:notre|nos|ma|mon|la|leur)\s+(?:\w+\s+)?"
    r"(?:porte|maison|appartement|boutique|magasin|voiture|mosquee|synagogue|eglise)\b|"
    r"\b(?:jete|lance|jettent|lancent)\s+des\s+(?:pierres|cailloux)\s+(?:\w+\s+){0,2}"
    r"(?:fenetres?|porte|maison|vitres?)\b|\bcasse\s+(?:nos|les)\s+(?:vitres|fenetres)\b"
)
_FR_HATE_OR_AGAIN = (
    r"\brentrez\s+chez\s+vous\b|\breviendr\w*|\brevenir\b|\bce\s+soir\b|\ben\s+ce\s+moment\b|"
    r"\bmaintenant\b|\benfants\b|\braciste\w*|\bsale\s+\w+"
)
FRENCH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_HOME_ATTACKED, _FR_HATE_OR_AGAIN),
)

# A threat to send or post the writer's photos if she refuses or leaves ("il dit que si je
# refuse il envoie mes photos à tout le monde"); not holiday photos sent round the family.
_FR_SENDS_MY_PHOTOS = (
    r"\b(?:envoi\w*|enverr\w*|publi\w*|post\w*|balanc\w*|diffus\w*|montr\w*|partag\w*|"
    r"mettr\w*|met)\s+(?:\w+\s+)?(?:mes|nos)\s+(?:photos|videos|nudes|images)\b"
)
_FR_IF_I_REFUSE = (
    r"\bsi\s+(?:je|j')\s*(?:ne\s+|n'\s*)?(?:\w+\s+)?(?:refuse|dis\s+non|viens\s+pas|"
    r"fais\s+pas|le\s+quitte|paie\s+pas|pars|parle|en\s+parle|le\s+dis)\b|\bmenac\w*|"
    r"\bsinon\b"
)
FRENCH_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_SENDS_MY_PHOTOS, _FR_IF_I_REFUSE),
)

# The writer's plan to end their life, said plainly: the verb in the first person, future or
# decided ("je vais mettre fin à mes jours", "je me tuerai", "j'ai décidé d'en finir", "ce soir
# j'en finis", "je me suicide demain", "je ne serai plus en vie dimanche", "c'est la dernière fois
# que vous me voyez"); not ending a file ("j'en finis avec ce dossier"), "je me tue au travail",
# nor the last time seen with long hair.
_FR_DAY = (
    r"(?:ce\s+soir|cette\s+nuit|demain|aujourd'hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|cette\s+semaine|ce\s+week-?end)"
)
_FR_MY_LIFE_ENDED = (
    r"\b(?:je\s+vais|j'?\s?vais|je\s+veux|je\s+compte)\s+mettre\s+fin\s+a\s+(?:mes\s+jours|ma\s+"
    r"vie)\b|\bje\s+(?:mettrai|mets)\s+fin\s+a\s+(?:mes\s+jours|ma\s+vie)\b|\bje\s+me\s+"
    r"(?:tuerai|suiciderai)\b|\bj'?\s?ai\s+decide\s+(?:de\s+|d'\s*)(?:mourir|me\s+tuer|"
    r"me\s+suicider|en\s+finir|mettre\s+fin\s+a\s+mes\s+jours)\b(?!\s+(?:avec|de\s+rire)\b)|"
    r"\b(?:je\s+vais|j'?\s?vais)\s+en\s+finir\b(?!\s+avec)|\bj'?\s?en\s+finis\b(?!\s+avec)|"
    rf"\bje\s+me\s+(?:suicide|tue)\s+(?:\w+\s+)?{_FR_DAY}\b|\b{_FR_DAY}\s+je\s+me\s+"
    r"(?:suicide|tue)\b(?!\s+(?:a|au|aux|de)\b)|\bje\s+ne\s+serai\s+plus\s+(?:en\s+vie|"
    r"vivante?|de\s+ce\s+monde|parmi\s+vous)\b|\b(?:c'est|ce\s+sera)\s+la\s+derniere\s+fois\s+"
    r"que\s+(?:vous\s+me\s+voyez|tu\s+me\s+vois|vous\s+me\s+verrez|tu\s+me\s+verras)\s*"
    r"(?:[.!…]|$)"
)
# Throwing oneself from a bridge or under a train ("je vais me jeter sous le train"); not a dive
# or a bungee jump.
_FR_THROW_MYSELF = (
    r"\b(?:me\s+jeter|je\s+me\s+jette|je\s+me\s+jetterai)\s+(?:du|d'\s?un|d'\s?une|de\s+la|"
    r"sous\s+(?:un|une|le|la|les)|par\s+la|dans\s+la)\s*(?:\w+\s+)?(?:pont|fenetre|toit|"
    r"immeuble|balcon|falaise|viaduc|train|metro|rer|camion|seine|riviere)\b"
)
FRENCH_PHRASES += (  # i18n-exempt: input
    _FR_MY_LIFE_ENDED,
    _FR_FOR_FUN + every_one_of(_FR_THROW_MYSELF),
)

# A means made ready (tablets kept aside, a rope, a loaded gun, a hose to the exhaust) beside a
# goodbye, a choice made or a time with "I do it"; or the bridge, the tracks or the river gone
# to with the end said ("ce soir je vais au pont et c'est fini"). Not tablets kept for a trip, a
# rope for the washing line, a gun for the hunt, nor the bridge gone to for the fireworks.
_FR_TABLETS = r"(?:comprimes|cachets|medicaments|somniferes|pilules|calmants)"
_FR_MEANS_READY = (
    r"\b(?:garde|gardes|mis\s+de\s+cote|stocke|cache|accumule|rassemble|economise)\s+(?:\w+\s+)?"
    rf"{_FR_TABLETS}\b|\b{_FR_TABLETS}\s+(?:\w+\s+)?(?:de\s+cote|caches|stockes|gardes|prets)\b|"
    r"\b(?:une|la|ma)\s+corde\b|\b(?:fusil|pistolet|arme|carabine)\s+(?:\w+\s+)?charge\w*|"
    r"\btuyau\s+(?:\w+\s+){0,3}?(?:au|dans\s+le|sur\s+le)\s+pot\s+d'?\s*echappement\b"
)
_FR_GOES_TO_THE_END = (
    r"\b(?:je\s+vais|j'?\s?vais|j'?\s?irai)\s+(?:\w+\s+)?(?:au\s+pont|sur\s+le\s+pont|sur\s+"
    r"les\s+(?:voies|rails)|a\s+la\s+riviere|a\s+la\s+seine|a\s+la\s+falaise)\b"
)
_FR_THE_END_SAID = (
    r"\b(?:c'est|ce\s+sera|tout\s+sera)\s+fini\s*(?:[.!…]|$)|\badieu\b|\bpour\s+en\s+finir\b|"
    r"\bje\s+saute\b"
)
_FR_GOODBYE_OR_CHOICE = (
    rf"{_FR_THE_END_SAID}|\bj'?\s?ai\s+decide\s*(?:[.!…]|$)|\bmerci\s+pour\s+tout\b|"
    r"\bj'?\s?ai\s+(?:donne|confie|laisse)\s+(?:le|la|mon|ma|mes|les)\s+(?:chat|chatte|chien|"
    r"chienne|chats|chiens)\b|\bj'?\s?ai\s+mis\s+(?:mes\s+affaires|tout)\s+en\s+ordre\b|"
    r"\b(?:c'est|c'etait|ce\s+sera)\s+(?:ma|la)\s+derniere\s+(?:fois|sortie|seance)\b|"
    rf"\b{_FR_DAY}\s+(?:\w+\s+)?je\s+le\s+fais\b|\bje\s+le\s+fais\s+{_FR_DAY}\b"
)
_FR_FOR_AN_ERRAND = (
    r"^(?!.*\b(?:voyage|vacances|linge|etendre|camping|escalade|bateau|chasse|stand\s+de\s+tir|"
    r"peche|migraine|mal\s+de\s+tete|allergi\w*|garagiste|feu\s+d'artifice|balade)\b)"
)
FRENCH_PHRASES += (  # i18n-exempt: input
    _FR_FOR_AN_ERRAND + every_one_of(_FR_MEANS_READY, _FR_GOODBYE_OR_CHOICE),
    _FR_FOR_AN_ERRAND + every_one_of(_FR_GOES_TO_THE_END, _FR_THE_END_SAID),
)
