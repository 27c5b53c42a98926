"""The French phrase net's readings of the main kinds said plainly, as they happen (read by
safeguarding_languages with safeguarding_french): cutting oneself now; a whole box of tablets
swallowed; hanging oneself or all the tablets tonight; someone being beaten now; a man with a
knife who has locked the door; a man who followed the writer from the bus or the station; a child
alone at home for days; a child hit and bleeding from the head; a girl married off to a cousin or
back home ("au bled"); a woman kept in, or kept from going out with her papers taken; a girl to
be cut, or whose breasts are ironed; chest pain with no speech; and someone beaten or starved to
drive out a djinn, a spirit or a demon. Also what people who came from abroad and their children
text: a debt to a smuggler with harm threatened; an employer who holds the passport and does
not pay or beats; a landlord who wants sex or will report the writer to the Home Office; killing
oneself rather than be sent back; a child taken by a man who says he is the uncle; put out with
nowhere to sleep; lost at night with a dying phone; trapped by a fire; a baby breathing badly; a
fit that goes on; someone fallen who will not wake; a child beaten with a belt; an adult who
touches the writer and calls it a secret; a young person taken or sent to be "cured" of being
gay or trans.
Text has been through safeguarding_languages.fold (no accents: "tête" reads "tete").

Left alone: a haircut, a whole box of chocolates, the morning's tablets, a game won against a
mother ("battre aux cartes"), a knife for the bread, a dog that followed the writer from the
bus, a child home alone for two hours, a knock at the door and a headache, a cousin's wedding
back home, a teenager not let out on Saturday, a son's circumcision, a dress ironed, a
grandfather not speaking to an aunt, a blessing against the djinn, a brother owed 30 euros, a
passport copied, rent due, an early flight, an uncle taking a niece to the cinema, a lost cat, a
fire in the fireplace, a cold, a tantrum, someone fallen ill, a judo belt, a surprise party.
Also young children left on their own since yesterday or for days (not let go to school on
their own).
Also someone who has died whom the writer will join, beside letters written or not able to live
any more (not a father joined in Lyon, nor cover letters).
Also a mother days after a birth with a high fever beside shivers, confusion or saying she
will die (not one trembling with joy, nor a fever gone down).
Also someone at home who has taken up a knife, beside the writer hit or afraid (not a knife taken
to cut the cake, nor a child who may cut himself).
Also a witness told their child or family will be "dealt with" if they testify, by a note under
the door or people who know where the child goes (not a mother minding a daughter on the day).
Also a child locked out, alone outside in the cold or the night ("a changé la serrure, ma fille
est toute seule dehors dans le froid"; not new keys given and a daughter at her grandmother's).
"""

from __future__ import annotations

from bot.gateway.safeguarding_french import _FR_DAY, _FR_TABLETS, _FR_WEAPON
from bot.gateway.safeguarding_words import every_one_of

_FR_DRUG = (
    rf"(?:{_FR_TABLETS}|gelules|doliprane|paracetamol|anxiolytiques|antidepresseurs|"
    r"xanax|lexomil)"
)
# Cutting oneself now, or the wrists or veins cut ("je suis en train de me couper et ça
# s'arrête pas de saigner"); not a haircut or nails.
_FR_CUTTING_NOW = (
    r"\bje\s+suis\s+en\s+train\s+de\s+me\s+(?:couper|taillader|scarifier|mutiler)\b(?!\s+(?:les|"
    r"la|le|un|une)\s+(?:cheveux|ongles|frange|barbe|pointes|doigt|pain))|\bje\s+me\s+suis\s+"
    r"(?:\w+\s+)?(?:coupee?|ouverte?|tailladee?)\s+(?:les\s+|le\s+)?(?:poignets?|veines|bras)\b"
)
# A whole box or all the tablets swallowed ("j'ai avalé toute la boîte de somnifères", "je viens
# d'avaler une boîte entière de cachets"); not a box of chocolates.
_FR_WHOLE_BOX = (
    r"\b(?:j'?\s*ai|je\s+viens\s+d'?\s*|il\s+a|elle\s+a)\s*(?:pris|avale\w?|avaler|prendre)\s+"
    r"(?:\w+\s+)?(?:toute\s+(?:la|une|ma)\s+(?:boite|plaquette|tablette)|(?:une|la|ma)\s+"
    r"(?:boite|plaquette|tablette)\s+entiere|tout\s+(?:le|un)\s+(?:flacon|tube))\s+(?:de\s+|d'"
    rf"\s*)(?:\w+\s+)?{_FR_DRUG}\b"
)
# Hanging oneself or all the tablets tonight ("ce soir je vais me pendre", "ce soir je prends
# tous les cachets"); not "si j'entends encore ça je vais me pendre", nor the morning's tablets.
_FR_HANG_OR_ALL = (
    r"\b(?:je\s+vais\s+me\s+pendre|j'?\s?vais\s+me\s+pendre|je\s+me\s+pends|je\s+me\s+"
    r"pendrai)\b|\b(?:je\s+prends|je\s+vais\s+prendre|je\s+prendrai|j'?\s*avale|je\s+vais\s+"
    rf"avaler)\s+(?:\w+\s+)?(?:tous|toutes)\s+(?:les|mes)\s+{_FR_DRUG}\b"
)
FRENCH_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    _FR_CUTTING_NOW,
    _FR_WHOLE_BOX,
    r"^(?!.*\b(?:si\s+(?:je|j|tu|il|elle|on|ca|ils|encore)\b|matin|petit\s+dejeuner|repas|ordonnance|medecin|plaisant\w*|"
    r"blague|mdr|comme\s+d'habitude)\b)" + every_one_of(_FR_HANG_OR_ALL, rf"\b{_FR_DAY}\b"),
)

# Someone being beaten now ("mon mari est en train de frapper ma mère"); not a game won against
# her ("battre ma mère aux cartes").
_FR_BEATING_NOW = (
    r"\b(?:est|sont)\s+en\s+train\s+de\s+(?:me\s+|la\s+|le\s+|les\s+|nous\s+|l'\s*)(?:frapper|"
    r"battre|tabasser|cogner|etrangler)\b|\b(?:est|sont)\s+en\s+train\s+de\s+(?:frapper|battre|"
    r"tabasser|cogner|etrangler)\s+(?:ma|mon|mes|sa|son|ses|notre|nos|la|le|les)\s+(?:\w+\s+)?"
    r"(?:mere|pere|soeur|frere|fils|fille|enfants?|petit|petite|femme|copine|bebe|grand-mere|"
    r"maman|papa)\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:aux|au)\s+(?:echecs|cartes|scrabble|tennis|ping-?pong|foot|jeu|course)\b)"
    + every_one_of(_FR_BEATING_NOW),
)

# A man with a knife or a gun who has locked the door ("il a un couteau et il a fermé la porte
# à clé"); not a knife for the bread, nor a door locked for the night.
_FR_ARMED = (
    r"\b(?:il|elle|ils|mari|ex|copain|pere|frere|homme)\s+(?:\w+\s+)?(?:a|avait|tient|tenait|"
    rf"a\s+pris|a\s+sorti)\s+(?:un|une|son|sa|le|la)\s+{_FR_WEAPON}\b"
)
_FR_LOCKED_DOOR = (
    r"\bferme\w*\s+(?:la\s+porte\s+)?a\s+cle\b|\b(?:nous|m')\s*(?:a|ont)\s+enferme\w*|"
    r"\bverrouill\w*\s+(?:la\s+)?porte\b|\bporte\s+(?:est\s+)?verrouill\w*"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:pain|gateau|viande|legumes|oignons?|fruits?|fromage|cuisine|chat|chien)\b)"
    + every_one_of(_FR_ARMED, _FR_LOCKED_DOOR),
)

# A man who followed the writer from the bus, the station or school, with him waiting outside
# or her fear ("un homme m'a suivie depuis le bus et il m'attend dehors"); not a dog, nor a
# follow on Instagram.
_FR_FOLLOWS_ME = r"\b(?:me|m')\s*(?:a\s+|ont\s+)?(?:suit|suivent|suivie?s?|suivi)\b"
_FR_A_MAN = (
    r"\b(?:homme|hommes|mec|type|gars|monsieur|inconnu|quelqu'un|voiture|camionnette|scooter)\b"
)
_FR_FROM_A_STOP_OR_OUTSIDE = (
    r"\bdepuis\s+(?:le|la|l')\s*(?:bus|gare|metro|station|arret|rer|tram|ecole|college|lycee|"
    r"sortie|boulot|travail)\b|\b(?:du|au)\s+(?:bus|metro|tram|rer)\b|\bde\s+la\s+gare\b|"
    r"\bm'?\s*attend\w*\s+(?:\w+\s+)?(?:dehors|en\s+bas|devant|a\s+la\s+porte|dans\s+la\s+rue)\b|"
    r"\bpeur\b|\bflippe\b|\bqu'?est-?ce\s+que\s+je\s+fais\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:instagram|insta|tiktok|snap|twitter|reseaux|chien|chat|chiot)\b)"
    + every_one_of(_FR_FOLLOWS_ME, _FR_A_MAN, _FR_FROM_A_STOP_OR_OUTSIDE),
)

# A child alone at home or left on their own for days ("l'enfant est tout seul à la maison depuis
# deux jours", "ils ont laissé leurs petits tout seuls depuis hier soir"); not two hours of
# homework alone, nor children let go to school on their own.
_FR_A_CHILD = (
    r"\b(?:enfants?|l'enfant|petits?|petites?|bebes?|fils|fille|gamins?|gamines?|neveu|niece)\b"
)
_FR_ALONE_AT_HOME = (
    r"\b(?:tout\s+|toute\s+|tous\s+|toutes\s+)?seule?s?\s+(?:a\s+la\s+maison|chez\s+(?:lui|elle|"
    r"eux)|dans\s+l'?\s*appart\w*)\b|\babandonne\w*|\blaiss\w*\s+(?:\w+\s+){0,2}?(?:enfants?|"
    r"petite?s?|bebes?|gamine?s?)\s+(?:tout\s+|toute\s+|tous\s+|toutes\s+)?seule?s?\b"
)
_FR_FOR_DAYS = (
    r"\bdepuis\s+(?:deux|trois|quatre|cinq|plusieurs|\d+)\s+jours\b|\bdepuis\s+(?:hier|"
    r"avant-hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:film|serie)\b)" + every_one_of(_FR_A_CHILD, _FR_ALONE_AT_HOME, _FR_FOR_DAYS),
)

# A child hit and bleeding from the head ("ils ont frappé le petit et il saigne de la tête");
# not a knock at the door and a headache.
_FR_HIT_HIM = (
    r"\b(?:l'|le|la|les|lui)\s*(?:a|ont)\s+(?:frapp|battu|tabass|cogn)\w*|\b(?:ont|a)\s+"
    r"(?:frappe|tabasse|battu|cogne)\s+(?:le|la|les|mon|ma|mes|son|sa|ses|l')\s*(?:\w+\s+)?"
    r"(?:enfants?|petite?s?|bebe|fils|fille|gamine?s?|neveu|niece)\b"
)
_FR_HEAD_BLEEDING = (
    r"\bsaign\w*\s+(?:\w+\s+)?(?:de\s+la|a\s+la)\s+tete\b|\btete\s+(?:\w+\s+)?saign\w*|"
    r"\bsang\s+(?:\w+\s+)?(?:de\s+la|sur\s+la)\s+tete\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_A_CHILD, _FR_HIT_HIM, _FR_HEAD_BLEEDING),
)

# A girl married off by her family, to a cousin, back home or with tickets bought ("mon père
# veut me marier avec mon cousin au bled"); not taken to a cousin's wedding back home.
_FR_MARRIES_ME_OFF = (
    r"\b(?:pere|mere|parents|famille|oncle|frere|freres|ils)\s+(?:\w+\s+){0,2}?(?:veut|veulent|"
    r"va|vont|voulait|voulaient|ont\s+decide\s+de)\s+me\s+(?:marier|faire\s+epouser|donner\s+"
    r"en\s+mariage)\b"
)
_FR_COUSIN_OR_BACK_HOME = (
    r"\b(?:cousins?|bled|au\s+pays|la-bas|billets?|de\s+force|contre\s+mon\s+gre|"
    r"je\s+(?:ne\s+)?veux\s+pas)\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_MARRIES_ME_OFF, _FR_COUSIN_OR_BACK_HOME),
)

# A woman kept in by a partner or family ("ma belle-famille m'enferme à la maison"), or kept
# from going out with her papers taken ("mon copain m'interdit de sortir et il a pris mes
# papiers"); not "je m'enferme" (shutting oneself in), nor a teenager not let out on Saturday.
_FR_KEPT_FROM_GOING_OUT = (
    r"\b(?:m'|me)\s*(?:interdit|interdisent|empeche|empechent)\s+de\s+sortir\b|\bne\s+me\s+"
    r"laisse\w*\s+(?:pas|plus)\s+sortir\b"
)
_FR_PAPERS_TAKEN = (
    r"\b(?:a|ont|avait)\s+(?:pris|garde|confisque|cache)\s+(?:mes|mon|ma|tous\s+mes)\s+"
    r"(?:papiers|"
    r"passeport|titre\s+de\s+sejour|carte\s+d'identite|documents)\b|\b(?:garde|gardent|cache|"
    r"cachent)\s+(?:mes|mon)\s+(?:papiers|passeport)\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    r"(?<!\bje\s)\b(?:m'|me|nous)\s*(?:enferm\w*|sequestr\w*)\s+(?:\w+\s+)?(?:a\s+la\s+maison|"
    r"dans\s+(?:la|ma|une)\s+(?:chambre|maison|piece)|a\s+cle|chez\s+(?:eux|lui))\b",
    "^" + every_one_of(_FR_KEPT_FROM_GOING_OUT, _FR_PAPERS_TAKEN),
)

# A girl to be cut ("ils vont exciser ma fille pendant les vacances"), or whose breasts are
# ironed with a hot stone ("ma tante repasse la poitrine de ma fille ... elle va recommencer
# demain"); not a son's circumcision, a dress ironed, nor the subject of a talk.
_FR_CUTTING = (
    r"\b(?:exciser|excisee?s?|excision|mutilations?\s+genitales?|infibul\w*|"
    r"repass\w*\s+(?:la\s+)?poitrine|repassage\s+des\s+seins|(?:aplatir|ecraser)\s+(?:les\s+|"
    r"ses\s+)?seins)\b"
)
_FR_A_GIRL = r"\b(?:fille|fillette|petite|niece|soeur|belle-fille|gamine)\b"
_FR_TO_BE_DONE = (
    r"\b(?:va|vont|veut|veulent|vacances|voyage|emmener|envoyer|recommencer|depuis|demain)\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:conference|atelier|seance|cours|campagne|documentaire|sensibilisation|"
    r"en\s+parler)\b)" + every_one_of(_FR_CUTTING, _FR_A_GIRL, _FR_TO_BE_DONE),
)

# Chest pain with no speech, no answer or a faint ("mon grand-père a mal à la poitrine et il ne
# parle plus"); not a grandfather with a sore knee who is not speaking to an aunt.
_FR_CHEST_PAIN = (
    r"\bmal\s+(?:a\s+la|dans\s+la)\s+poitrine\b|\bdouleurs?\s+(?:\w+\s+)?(?:a\s+la\s+poitrine|"
    r"dans\s+la\s+poitrine|thoraciques?)\b|\boppression\s+(?:dans\s+la|a\s+la)\s+poitrine\b"
)
_FR_NO_SPEECH = (
    r"\bne\s+parle\s+(?:plus|pas)\b(?!\s+(?:a|avec|de|du|anglais|francais))|\bn'?\s*arrive\s+"
    r"(?:plus|pas)\s+a\s+parler\b|\bne\s+(?:repond|reagit)\s+(?:plus|pas)\b(?!\s+(?:au|aux|a))|"
    r"\bevanoui\w*|\bs'est\s+effondre\w*|\bsueurs?\s+froides?\b|\bbouche\s+de\s+travers\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:toux|tousse|sport|hier|passe|mieux)\b)"
    + every_one_of(_FR_CHEST_PAIN, _FR_NO_SPEECH),
)

# Someone beaten, starved or kept from a doctor to drive out a djinn, a spirit or a demon ("ils
# l'ont frappée pour chasser le djinn", "possédé ... trois jours à l'église sans manger"); not a
# blessing against the djinn.
_FR_SPIRIT = (
    r"\b(?:djinns?|jinns?|demons?|diable|possedee?s?|envoutee?s?|sorcell\w*|exorcis\w*)\b|"
    r"\b(?:chasser|expulser|faire\s+sortir)\s+(?:le|les|l'|un|ses)\s*(?:\w+\s+)?esprits?\b"
)
_FR_HARMED_FOR_IT = (
    r"\b(?:l'|la|le|les|me|m'|nous|lui)\s*(?:a|ont|avait|avaient)?\s*(?:frapp|battu|tabass|"
    r"brul|fouett|attach)\w*|\bsans\s+(?:manger|boire|nourriture|eau)\b|\bne\s+(?:le|la|me)\s+"
    r"(?:laisse\w*|emmene\w*)\s+pas\s+(?:\w+\s+){0,2}(?:medecin|hopital|docteur)\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_SPIRIT, _FR_HARMED_FOR_IT),
)

# A debt to a smuggler, an agent or a blackmailer with harm threatened to the writer or the
# family ("le passeur dit que je lui dois 3000 euros et si je paie pas il va faire du mal à ma
# famille", "il va brûler ma voiture avec moi dedans"); not a brother owed 30 euros who will
# tell mum, nor "ma mère va me tuer".
_FR_I_OWE = (
    r"\bje\s+(?:lui|leur)\s+dois\b|\bje\s+dois\s+(?:\w+\s+)?\d+|\bj'?\s*ai\s+une\s+dette\b|"
    r"\bma\s+dette\b|\bsi\s+je\s+(?:ne\s+)?(?:le\s+|les\s+|lui\s+|leur\s+)?(?:paie|paye|"
    r"rembourse)\s+pas\b"
)
_FR_HARM_THREATENED = (
    r"\b(?:faire\s+du\s+mal|s'en\s+prendre|toucher)\s+a\s+(?:ma|mes|mon|moi)\b|\b(?:tuer|"
    r"frapper|tabasser)\s+(?:ma|mes|mon)\s+(?:famille|parents|mere|pere|enfants?|soeur|frere)\b|"
    r"\b(?:va|vont|menace\w*\s+de)\s+(?:me\s+(?:tuer|faire\s+tuer|casser|tabasser|frapper)|"
    r"envoyer\s+(?:quelqu'un|des\s+gens|ses\s+gars))\b|\b(?:bruler|incendier|cramer)\s+(?:ma|mon|"
    r"notre)\s+(?:voiture|maison|appart\w*|logement)\s+avec\s+(?:moi|nous)\s+dedans\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:ma\s+mere|maman|mon\s+pere|papa|ma\s+femme|mon\s+mari|ma\s+copine|mdr|lol)\s+"
    r"(?:\w+\s+)?(?:va|vont)\s+me\s+tuer\b)" + every_one_of(_FR_I_OWE, _FR_HARM_THREATENED),
)

# An employer who holds the writer's passport or papers and does not pay, or beats people ("mon
# patron a pris mon passeport, il me paie pas et hier il a frappé un collègue"); not a passport
# taken for a copy by a boss who pays on Friday.
_FR_EMPLOYER = r"\b(?:patron|patronne|chef|employeur|boss|gerant|contremaitre|le\s+proprio)\b"
_FR_UNPAID_OR_BEATEN = (
    r"\b(?:me|nous)\s+(?:paie|paye|payent|paient)\s+(?:pas|plus|rien)\b|\bpas\s+(?:ete\s+)?"
    r"paye\w*\b|\bsans\s+(?:salaire|etre\s+payee?)\b|\b(?:a|ont)\s+(?:frappe|battu|tabasse|"
    r"cogne)\b|\b(?:me|nous|les|le|la|l')\s*(?:frappe|bat|battent|tabasse)\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_EMPLOYER, _FR_PAPERS_TAKEN, _FR_UNPAID_OR_BEATEN),
)

# A landlord who wants sex for the rent, or who will report the writer to the Home Office ("mon
# propriétaire veut que je couche avec lui pour le loyer"); not rent due on Monday or a letter.
_FR_LANDLORD = (
    r"\b(?:proprio|proprietaire|bailleur|logeur|logeuse|marchand\s+de\s+sommeil)\b|\b(?:homme|"
    r"monsieur|mec|dame|femme)\s+qui\s+me\s+(?:loue|sous-?loue|loge|heberge)\b"
)
_FR_SEX_OR_REPORT = (
    r"\bcouche\w*\s+avec\s+(?:lui|elle|eux)\b|\b(?:faveurs|relations?)\s+sexuel\w*|\bfaire\s+"
    r"l'amour\b|\bpayer\s+(?:en\s+nature|avec\s+mon\s+corps)\b|\b(?:me\s+)?(?:denonc|signal)\w*\s"
    r"+(?:au|a\s+l'|a\s+la|aux)\s*(?:home\s+office|immigration|prefecture|services\s+"
    r"d'immigration)\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_LANDLORD, _FR_SEX_OR_REPORT),
)

# Killing oneself rather than be sent back, a removal flight near ("je préfère me tuer plutôt
# que de retourner là-bas, mon vol d'expulsion c'est demain"); not "je me tue au travail", nor
# getting up early rather than miss a flight home.
_FR_KILL_MYSELF_FIRST = (
    r"\bje\s+(?:prefere|prefererais|vais\s+plutot)\s+(?:me\s+(?:tuer|suicider|pendre|jeter)|"
    r"mourir)\b|\bplutot\s+mourir\b|\bje\s+me\s+(?:tue|tuerai|suicide|suiciderai)\s+avant\b"
)
_FR_SENT_BACK = (
    r"\bexpuls\w*|\brenvoy\w*|\brenvoi\w*|\bretourner\s+(?:la-?\s?bas|au\s+pays|au\s+bled)\b|"
    r"\bcharter\b|\brapatri\w*|\bdeport\w*"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:au\s+travail|a\s+la\s+tache|au\s+boulot)\b)"
    + every_one_of(_FR_KILL_MYSELF_FIRST, _FR_SENT_BACK),
)

# A girl or boy taken away tonight by a man who says he is the uncle ("un homme qui dit être son
# oncle veut l'emmener ce soir"); not her uncle fetching her for the cinema.
_FR_SAYS_HE_IS_UNCLE = (
    r"\b(?:dit|pretend|affirme)\s+(?:etre|qu'il\s+est|que\s+c'est)\s+(?:son|leur)\s+oncle\b|"
    r"\bsoi-?\s?disant\s+(?:son\s+|leur\s+)?oncle\b|\bse\s+(?:dit|fait\s+passer\s+pour)\s+"
    r"(?:son|leur)\s+oncle\b"
)
_FR_TAKES_AWAY = (
    r"\b(?:emmen\w*|l'emmene\w*|prendre|partir\s+avec|vient\s+(?:la|le|les)\s+chercher|"
    r"(?:la|le|les)\s+(?:prend|recupere))\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_SAYS_HE_IS_UNCLE, _FR_TAKES_AWAY),
)

# Put out with nowhere to sleep, with children, a baby or in the cold ("on nous a mis dehors ce
# soir avec mes enfants, on a nulle part où dormir et il gèle", "je suis à la rue ... je ne sais
# pas où dormir ce soir"); not the children sent out to play, a bed found, nor "à la rue de la
# gare" (a street).
_FR_NOWHERE_TONIGHT = (
    r"\b(?:nulle\s+part|pas|aucun\s+endroit)\s+ou\s+dormir\b|\b(?:je\s+suis|on\s+est|nous\s+"
    r"sommes|me\s+retrouve|nous\s+retrouvons)\s+a\s+la\s+rue\b(?=\s*(?:[,.!;]|$|depuis|avec|"
    r"ce\s+soir|et\b))|\bdormir\s+dehors\b"
)
_FR_PUT_OUT_OR_COLD = (
    r"\b(?:mise?s?|jetee?s?)\s+(?:dehors|a\s+la\s+rue)\b|\bexpulse\w*|\bfroid\b|\bgele\w*|"
    r"\bglacial\b|\benfants\b|\bbebe\b|\bpetits\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_NOWHERE_TONIGHT, _FR_PUT_OUT_OR_COLD),
)

# Lost in the dark or with a phone running out ("je suis perdue, il fait nuit et mon téléphone
# va s'éteindre"); not lost in forms or a film, nor a lost cat.
_FR_I_AM_LOST = (
    r"\bje\s+(?:suis|me\s+suis)\s+perdue?\b|\b(?:je\s+)?(?:ne\s+)?sais\s+pas\s+ou\s+je\s+suis\b"
)
_FR_DARK_OR_BATTERY = (
    r"\bil\s+fait\s+(?:nuit|noir)\b|\bbatterie\b|\btelephone\s+(?:\w+\s+)?(?:s'eteindre|"
    r"s'eteint|mourir|meurt|lache)\b|\bplus\s+de\s+(?:batterie|forfait|reseau)\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\bperdue?s?\s+(?:avec|sur|dans)\s+(?:les|mes|ces|ce|cette|le|la)\s+(?:papiers|"
    r"demarches|cours|devoirs|formulaires|exercices|dossier|serie|film|jeu)\b)"
    + every_one_of(_FR_I_AM_LOST, _FR_DARK_OR_BATTERY),
)

# A fire at home with the writer unable to get out ("il y a le feu dans mon appartement, je peux
# pas sortir"); not a fire in the fireplace on a rainy evening in.
_FR_FIRE_HERE = (
    r"\bil\s+y\s+a\s+(?:le|du)\s+feu\b|\bincendie\b|\ben\s+feu\b|\bau\s+feu\b|\bca\s+brule\b|"
    r"\bfumee\s+(?:partout|dans)\b"
)
_FR_CANNOT_GET_OUT = (
    r"\b(?:je|on|nous)?\s*(?:ne\s+|n')?(?:peux|peut|pouvons|arrive|arrivons)\s+(?:pas|plus)\s+"
    r"(?:a\s+)?sortir\b|\bcoincee?s?\b|\bbloquee?s?\s+(?:dedans|a\s+l'interieur|dans)\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:cheminee|barbecue|bougies?|feu\s+de\s+camp|film|pluie|pleut)\b)"
    + every_one_of(_FR_FIRE_HERE, _FR_CANNOT_GET_OUT),
)

# The writer's baby or child breathing badly ("mon bébé respire mal"); not a blocked nose.
_FR_MY_LITTLE_ONE = (
    r"\b(?:mon|ma|notre|le|la)\s+(?:bebe|nourrisson|fils|fille|petit|petite|enfant)\b"
)
_FR_BREATHING_BADLY = (
    r"\brespire\s+(?:tres\s+|vraiment\s+)?(?:mal|pas\s+bien|difficilement|a\s+peine|bizarrement)"
    r"\b|\bdu\s+mal\s+a\s+respirer\b|\bn'?\s*arrive\s+(?:plus|pas)\s+a\s+respirer\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:rhume|nez|bouche|pollen|allergi\w*|ronfle\w*|hier|mieux)\b)"
    + every_one_of(_FR_MY_LITTLE_ONE, _FR_BREATHING_BADLY),
)

# A fit that has gone on for minutes or will not stop ("mon fils fait une crise d'épilepsie
# depuis 5 minutes"); not a tantrum that will not stop.
_FR_FITTING = (
    r"\bcrise\s+(?:d'\s*epilepsie|epileptique|de\s+convulsions?)\b|\bconvuls\w*|"
    r"\bepilepti\w*"
)
_FR_GOES_ON = (
    r"\bdepuis\s+(?:plus\s+de\s+)?(?:\d+|deux|trois|quatre|cinq|dix)\s+min\w*|\b(?:ca\s+)?"
    r"(?:ne\s+)?s'arrete\s+(?:pas|plus)\b|\bn'arrete\s+(?:pas|plus)\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_FITTING, _FR_GOES_ON),
)

# Someone fallen who will not wake, or with a bleeding head ("ma mère est tombée, elle saigne de
# la tête et elle se réveille pas"); not someone fallen ill who sleeps late.
_FR_WONT_WAKE = (
    r"\b(?:ne\s+)?se\s+reveille\s+(?:pas|plus)\b(?!\s+avant)|\barrive\s+pas\s+a\s+la\s+"
    r"reveiller\b|\binconscient\w*|\b(?:ne\s+)?(?:repond|reagit|bouge)\s+(?:plus|pas)\b"
    rf"(?!\s+(?:au|a|aux)\b)|{_FR_HEAD_BLEEDING}"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?=.*\b(?:est|suis)\s+tombee?s?\b(?!\s+(?:malade|amoureu\w*|sur|enceinte|d'accord|en\s+"
    r"panne)))" + every_one_of(_FR_WONT_WAKE),
)

# A child beaten with a belt or a stick, or till blood ("il a frappé notre fils de 6 ans avec une
# ceinture jusqu'au sang"); not a belt bought for a son.
_FR_CHILD_BEATEN = (
    r"\b(?:a|ont)\s+(?:frappe|battu|tabasse|fouette|cogne)\s+(?:notre|nos|mon|ma|mes|son|sa|ses|"
    r"le|la|les)\s+(?:\w+\s+)?(?:enfants?|petite?s?|bebe|fils|fille|gamine?s?)\b"
)
_FR_WITH_A_BELT_OR_BLOOD = (
    r"\b(?:ceinture|baton|cable|fil\s+electrique|ceinturon|fouet|bouteille)\b|\bjusqu'au\s+sang\b"
    r"|\bsaign\w*"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_CHILD_BEATEN, _FR_WITH_A_BELT_OR_BLOOD),
)

# An adult who touches the writer and calls it a secret ("le chauffeur me touche. il dit que
# c'est un secret"); not a message that touches the writer, nor a surprise kept secret.
_FR_TOUCHES_ME = (
    r"\b(?:il|elle|chauffeur|prof|professeur|oncle|voisin|entraineur|educateur|animateur|"
    r"beau-pere|cousin|monsieur)\s+(?:\w+\s+){0,5}?(?:me\s+"
    r"(?:touche|tripote|caresse)|m'a\s+(?:touchee?|tripotee?|caressee?))\b"
    r"(?!\s+(?:beaucoup|enormement|profondement|le\s+coeur|l'epaule))"
)
_FR_A_SECRET = r"\b(?:c'est|c'etait)\s+(?:un|notre)\s+secret\b|\bdire?\s+a\s+personne\b"
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_TOUCHES_ME, _FR_A_SECRET),
)

# A young person taken or sent to be "cured" of being gay or trans ("son père l'a emmené chez un
# « thérapeute » qui promet de le « guérir »", "ils veulent m'envoyer au bled pour me soigner de
# ça"); not a son who is trans taken to a therapist who listens, nor a cold to be cured.
_FR_GAY_OR_TRANS = (
    r"\b(?:est|suis|soit|etre|es|sommes)\s+(?:\w+\s+)?(?:trans|transgenre|gay|homo|homosexuel\w*|"
    r"lesbienne|bi|bisexuel\w*|queer|non[\s-]binaire)\b|\b(?:homosexualite|transidentite|"
    r"son\s+coming[\s-]out|mon\s+coming[\s-]out)\b"
)
_FR_TAKEN = (
    r"\b(?:emmen\w*|amen\w*|envoy\w*|envoi\w*|conduit|force\w*|oblig\w*|inscrit\w*|traine\w*)\b"
)
# Cured, corrected or set right, not of an illness or in a school subject ("le guérir de sa
# grippe", "le corriger en maths"), though of what they are ("de son homosexualité").
_FR_TO_CURE = (
    r"\b(?:le|la|me|les|l'|m'|t'|te)\s*(?:\W\s*)?(?:guerir|corriger|reparer|convertir|"
    r"exorciser|redresser|soigner\s+de\s+(?:ca|cela))\b(?!\W*\s*(?:en\s|de\s+(?:sa|son|ses|"
    r"la|le|mon|ma|une?)\s+(?!homo|trans|orientation|attirance)|d'une?\s))|\btherapie\s+de\s+"
    r"conversion\b|\bpour\s+(?:qu'il|qu'elle|que\s+je)\s+(?:redevienne|change|guerisse)\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_GAY_OR_TRANS, _FR_TAKEN, _FR_TO_CURE),
)

# Someone who has died, whom the writer will join ("ce soir je vais la rejoindre"), beside
# letters written or not able to live any more ("j'ai écrit mes lettres", "je n'arrive plus à
# vivre"); not a father joined in Lyon, nor cover letters written.
_FR_A_DEATH = (
    r"\b(?:mort|deces|disparition)\s+(?:de|d')\s*(?:mon|ma|mes|son|sa|notre)\b|"
    r"\b(?:est|sont)\s+(?:mort|morte|morts|decede\w*|parti\w*)\b"
)
_FR_JOIN_THEM = (
    r"\b(?:je\s+vais|je\s+veux|j'irai|je\s+pars|je\s+vais\s+aller)\s+(?:la|le|les)\s+rejoindre\b"
    r"(?!\s+(?:a|au|en|chez|dans|demain|la-bas)\b)"
)
_FR_LETTERS_OR_CANT_LIVE = (
    r"\b(?:j'ai|ai)\s+ecrit\s+(?:mes|ma|une|des)\s+(?:lettres?|mots?)\s*(?:[.,!;]|$|pour\s+"
    r"(?:vous|mes\s+enfants|toi))|\blettres?\s+d'adieu\b|\bn'arrive\s+plus\s+a\s+vivre\b|"
    r"\bne\s+(?:veux|peux)\s+plus\s+vivre\b|\bplus\s+envie\s+de\s+vivre\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_A_DEATH, _FR_JOIN_THEM, _FR_LETTERS_OR_CANT_LIVE),
)

# A mother who gave birth days ago, with a high fever now beside shivering, confusion or saying
# she will die ("elle a accouché il y a cinq jours, elle a beaucoup de fièvre et elle tremble");
# not a new mother who trembles with joy and "will die" of love, nor a fever that has gone down.
_FR_GAVE_BIRTH = (
    r"\b(?:a|ai|as|vient\s+d'?|viens\s+d'?)\s*accouche\w*\b|\b(?:depuis|apres)\s+(?:l'|son|sa|"
    r"mon|ma)\s*(?:accouchement|cesarienne)\b"
)
_FR_FEVER_NOW = (
    r"\b(?:elle|j'?\s*ai|a|fait)\s+(?:\w+\s+){0,2}?fievre\b(?!.*\b(?:a\s+baisse|est\s+tombee|"
    r"va\s+mieux|n'a\s+plus|plus\s+de\s+fievre)\b)"
)
_FR_SEPSIS_SIGN = (
    r"\b(?:tremble|grelotte|frissons|claque\s+des\s+dents|va\s+mourir|delire|confuse|ne\s+"
    r"(?:repond|reagit)\s+plus|respire\s+(?:tres\s+)?(?:vite|mal))\b"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_GAVE_BIRTH, _FR_FEVER_NOW, _FR_SEPSIS_SIGN),
)

# Someone at home who has taken up or holds a knife ("elle a pris un couteau", "il tient un
# couteau"), beside the writer hit by them or afraid; not a knife taken to cut the cake, nor the
# writer afraid a child holding one will cut himself ("j'ai peur qu'il se coupe").
_FR_KNIFE_TAKEN_UP = (
    r"\b(?:a\s+(?:pris|attrape|saisi|sorti)|prend|tient|brandit)\s+(?:un|le|des|les)\s+"
    r"(?:couteaux?|ciseaux)\b(?!\s+(?:pour|a\s+pain|de\s+cuisine\s+pour)\b)"
)
_FR_HIT_OR_AFRAID = (
    r"\b(?:m'a|m'ont|me)\s+(?:encore\s+)?(?:frappe|tape|battu|gifle|pousse)\w*|\bj'ai\s+"
    r"(?:tres\s+|trop\s+|si\s+)?peur\b(?!\s+qu'(?:il|elle)\s+se\s+(?:coupe|blesse))"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_KNIFE_TAKEN_UP, _FR_HIT_OR_AFRAID),
)

# A witness told that if they testify or go to the police their child or family will be "dealt
# with", by a note slipped under the door or by people who know where the child goes ("si je
# témoigne, on s'occupera de ma fille. Ils savent où elle va à l'école"); not a grandmother who
# will look after the daughter on the day of the hearing.
_FR_IF_I_TESTIFY = (
    r"\bsi\s+(?:je|tu|vous|il|elle)\s+(?:\w+\s+)?(?:temoign\w*|parl\w*\s+a\s+la\s+police|"
    r"(?:vais|vas|va|allez)\s+au\s+(?:tribunal|proces)|port\w*\s+plainte)\b"
)
_FR_DEALT_WITH = (
    r"\b(?:on|nous|ils)\s+s'?\s?occuper\w*\s+de\s+(?:ta|ma|votre|sa|vos|mes|tes|ses)\s+"
    r"(?:fille|fils|famille|enfants?|gamin\w*|petit\w*|femme|mere)\b|\bil\s+(?:va\s+)?arriver\w*"
    r"\s+quelque\s+chose\s+a\b|\btu\s+(?:le\s+)?regretteras\b|\bon\s+(?:te|vous)\s+"
    r"(?:tue|tuera|retrouvera)\b"
)
_FR_THEY_KNOW = (
    r"\b(?:ils|on)\s+sai(?:t|vent)\s+ou\b|\b(?:glisse|depose|laisse)\w*\s+(?:\w+\s+)?(?:lettre|"
    r"mot|message)\s+sous\s+(?:ma|la|notre)\s+porte\b|\blettre\s+anonyme\b|\binconnu\w*"
)
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_FR_IF_I_TESTIFY, _FR_DEALT_WITH, _FR_THEY_KNOW),
)

# A child locked out, alone outside in the cold or the night; not new keys given and a daughter
# at her grandmother's, nor a child at play in the garden.
_FR_LOCKED_OUT = (
    r"\b(?:change|changer)\s+(?:\w+\s+)?serrures?\b|"
    r"\b(?:enferme|enfermee|bloque|bloquee|mise?)\s+dehors\b|\bexpuls\w*|"
    r"\bne\s+peut\s+pas\s+rentrer\b"
)
_FR_CHILD = r"\b(?:fille|fils|enfant|petite?|bebe|gamin\w*)\b"
_FR_ALONE_OUTSIDE = (
    r"\b(?:toute?s?\s+)?seule?s?\s+(?:\w+\s+)?(?:dehors|devant\s+la\s+porte|dans\s+la\s+rue)\b"
)
_FR_COLD_OR_NIGHT = r"\b(?:froid|gel|neige|pluie|nuit|minuit)\b"
_FR_AT_PLAY = r"\b(?:jardin|joue|jouer|parc)\b"
FRENCH_NOW_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*{_FR_AT_PLAY})"
    + every_one_of(_FR_LOCKED_OUT, _FR_CHILD, _FR_ALONE_OUTSIDE, _FR_COLD_OR_NIGHT),
)
