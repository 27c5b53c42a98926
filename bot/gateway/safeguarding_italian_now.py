"""The Italian phrase net's readings of the main kinds said plainly, as they happen (read by
safeguarding_languages with safeguarding_italian): cutting oneself now or the wrists cut, with
bleeding; a whole box of tablets swallowed; hanging oneself or all the tablets tonight; beaten by
a partner or family, or someone being beaten now; a man with a knife who has locked the door; a
man who followed the writer from the station or the bus; a child alone at home for days; a child
hit and bleeding from the head; a girl married off to a cousin or abroad; a woman kept locked in;
a girl to be cut; chest pain with no speech; and someone beaten or starved to drive out a demon.
Also a debt to a trafficker with harm threatened; an employer who holds the passport and does
not pay or beats; stones thrown at the writer's hotel or home; a child taken by a man who says
he is the uncle; lost at night with a dying phone; trapped by a fire; a baby not breathing
properly; a fit that goes on; someone fallen who will not wake.
Text has been through safeguarding_languages.fold (no accents: "già" reads "gia").

At work and after a night out: a man with a knife or a gun where the writer works; a workmate
fallen or crushed who does not move, with no ambulance called; a boss who says stay or go with
him tonight or be sacked; a child who took pills or drugs and will not wake or breathes
strangely.

Left alone: a haircut, a finger cut in the kitchen, a whole box of chocolates, a match lost
("mi ha battuta a carte"), a door knocked ("picchiare alla porta"), a knife for the bread, a dog
that followed the writer from the stop, a child home alone for two hours, a cousin's wedding
abroad, in-laws who keep the writer company, a son's circumcision, a grandfather not speaking to
an aunt, a blessing against the evil eye, a brother owed 30 euro, a passport copied, stones
thrown into a lake, an uncle taking a niece to the cinema, a match missed, a fire in the
fireplace, a cold, laughter that will not stop, someone taken aback ("caduta dalle nuvole").
Also someone drunk at the wheel with children in the car or not answering (not someone who drank
and let another drive).
Also someone close who has just said they took all the tablets (not a course the doctor gave).
Also someone shouting they will kill her or them beside a door broken down, drink, a knife or
the others shut in a room (not a shout at the referee during a match).
Also a home taken over by people dealing from it who keep the one who lives there in (not a
documentary or a session about it).
Also someone who lives alone, has stopped eating or getting up and today does not answer (not a
grandmother who does not eat meat or is at the hairdresser).
Also an ex coming to the writer's home tonight, with a threat to make her pay or a tracker on
her car (not an ex who brings the dog back).
Also heating or power cut off beside someone frozen who does not respond well or is confused
("ha staccato il riscaldamento, mia nonna è gelata e non risponde"; not heating cut for repairs
and a grandmother who never answers the phone).
"""

from __future__ import annotations

from bot.gateway.safeguarding_italian import _IT_CHEST_PAIN, _IT_DAY
from bot.gateway.safeguarding_words import every_one_of

_IT_DRUG = (
    r"(?:pastiglie|pillole|compresse|pasticche|sonniferi|calmanti|farmaci|medicine|"
    r"tachipirin\w*|paracetamolo|antidepressivi|tranquillanti|xanax|valium)"
)
# Cutting oneself now, or the wrists or arms cut, with bleeding ("mi sto tagliando adesso e il
# sangue non si ferma", "mi sono appena tagliata i polsi"); not a haircut, nor a finger cut in
# the kitchen.
_IT_CUTTING = (
    r"\bmi\s+sto\s+(?:tagliando|ferendo)\b(?!\s+(?:i|le|la|il|un|una)\s+(?:capelli|unghie|"
    r"frangia|barba|punte|dito|pane|cipolla))|\bmi\s+sono\s+(?:\w+\s+)?tagliat[oa]\s+(?:i\s+"
    r"polsi|le\s+vene|le\s+braccia|il\s+braccio|le\s+gambe)\b|\bmi\s+(?:taglio|ho\s+tagliato)\s+"
    r"(?:i\s+polsi|le\s+vene)\b"
)
_IT_BLEEDING_OR_NOW = (
    r"\bsangue\b|\bsanguin\w*|\bnon\s+si\s+ferma\b|\badesso\b|\bora\b|\bpolsi\b|\bvene\b"
)
# A whole box or blister of tablets swallowed ("ho appena preso una scatola intera di
# pastiglie"); not a box of chocolates.
_IT_WHOLE_BOX = (
    r"\b(?:ho|ha)\s+(?:appena\s+)?(?:preso|ingoiato|inghiottito|mandato\s+giu)\s+(?:\w+\s+)?"
    r"(?:una|la|un|il|tutta\s+la|tutto\s+il)\s+(?:scatola|confezione|blister|flacone|boccetta)"
    rf"\s+(?:intera?\s+|intero\s+)?di\s+(?:\w+\s+)?{_IT_DRUG}\b"
)
# Hanging oneself or taking all the tablets tonight ("stanotte mi impicco", "stasera prendo
# tutte le pillole"); not "se perdo ancora mi impicco", nor tablets at their times.
_IT_HANG_OR_ALL = (
    r"\b(?:mi\s+impicco|mi\s+impicchero|mi\s+vado\s+a\s+impiccare|vado\s+a\s+impiccarmi)\b|"
    r"\b(?:prendo|mi\s+prendo|prendero|ingoio|mando\s+giu)\s+(?:\w+\s+)?tutte\s+(?:le|quante\s+"
    rf"le)\s+{_IT_DRUG}\b(?!\s+(?:della\s+sera|del\s+giorno|alle|come|dopo|prima))"
)
ITALIAN_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    r"^(?!.*\b(?:cucin\w*|affett\w*|verdur\w*|dito)\b)"
    + every_one_of(_IT_CUTTING, _IT_BLEEDING_OR_NOW),
    _IT_WHOLE_BOX,
    r"^(?!.*\b(?:se\s+(?!ne\b|lo\b|la\b|stess)\w+|scherz\w*|medico|dottore|ricetta|prescritt\w*|come\s+sempre)\b)"
    + every_one_of(_IT_HANG_OR_ALL, rf"\b{_IT_DAY}\b"),
)

# Beaten by a partner or family ("mio marito mi ha picchiata di nuovo"), or someone being
# beaten now ("sta picchiando mia madre"); not a door knocked, nor the sun beating down.
_IT_BEATEN = (
    r"\b(?:mi|ci|l'|la|lo|li|le)\s*(?:ha|hanno|aveva)\s+(?:\w+\s+)?(?:picchiat|pestat|"
    r"malmenat|massacrat)\w*|\b(?:mi|ci|l'|la|lo)\s*(?:ha|hanno)\s+(?:\w+\s+)?preso\w*\s+a\s+"
    r"(?:botte|calci|pugni|schiaffi|cinghiate)\b"
)
_IT_BEATING_NOW = (
    r"\b(?:mi|la|lo|li|le|ci)\s+(?:sta|stanno)\s+(?:picchiando|pestando|menando|prendendo\s+a\s+"
    r"(?:botte|calci|pugni|schiaffi))\b|\b(?:sta|stanno)\s+(?:(?:di\s+nuovo|ancora)\s+)?"
    r"(?:picchiando|pestando|menando)\s+"
    r"(?:mia|mio|la\s+mia|il\s+mio|mamma|papa|i\s+miei|le\s+mie|me|la|il)\s+(?:\w+\s+)?"
    r"(?:madre|mamma|padre|sorella|fratello|figli[oa]?|nonn[oa]|bambin[oaie]|moglie|ragazza)\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:sole|caldo|pioggia|grandine|ping\s*pong|carte|scacchi|calcio|tennis|briscola|"
    r"partita|gioco|videogioc\w*)\b).*(?:" + _IT_BEATEN + "|" + _IT_BEATING_NOW + ")",
)

# A man with a knife or a gun who has locked the door ("ha un coltello in mano e ha chiuso la
# porta a chiave"); not a knife for the bread, nor a door locked for the cat.
_IT_ARMED = (
    r"\b(?:ha|aveva|tiene|con|preso|impugna)\s+(?:in\s+mano\s+)?(?:un|una|il|la)\s+(?:coltello|"
    r"coltellaccio|pistola|arma|forbici|accetta|mannaia|machete|lama)\b"
)
_IT_LOCKED_DOOR = (
    r"\bchius[oaie]\s+(?:la\s+porta\s+|dentro\s+)?a\s+chiave\b|\b(?:ci|mi)\s+ha\s+(?:chius|rinchius)[oaie]\b|"
    r"\bsbarrat\w*"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:pane|torta|carne|verdur\w*|cipoll\w*|frutta|formaggio|cucin\w*|gatto|cane)\b)"
    + every_one_of(_IT_ARMED, _IT_LOCKED_DOOR),
)

# A man who followed the writer from the station, the bus or school, with him waiting outside
# or her fear ("un uomo mi ha seguita dalla stazione e mi aspetta fuori"); not a dog, nor a
# follow on Instagram.
_IT_FOLLOWS_ME = (
    r"\bmi\s+(?:ha\s+|hanno\s+|sta\s+|stanno\s+)?(?:seguit[oa]|seguendo|segue|seguono|"
    r"pedina\w*)\b"
)
_IT_A_MAN = (
    r"\b(?:uomo|uomini|tizio|tipo|ragazzo|signore|sconosciuto|qualcuno|macchina|auto|furgone|"
    r"moto)\b"
)
_IT_FROM_A_STOP_OR_OUTSIDE = (
    r"\b(?:dall[a']\s*(?:stazione|fermata|uscita|autobus|scuola)|dal\s+(?:bus|treno|tram|"
    r"pullman|metro|lavoro))\b|\bmi\s+(?:sta\s+)?aspett\w*\s+(?:\w+\s+)?(?:fuori|sotto\s+casa|"
    r"davanti|al\s+portone|giu)\b|\bpaura\b|\bcosa\s+faccio\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:instagram|insta|tiktok|social|cane|gatto)\b)"
    + every_one_of(_IT_FOLLOWS_ME, _IT_A_MAN, _IT_FROM_A_STOP_OR_OUTSIDE),
)

# A child alone at home for days ("il bambino è solo in casa da due giorni senza cibo"); not a
# child home alone for two hours doing homework.
_IT_A_CHILD = r"\b(?:bambin[oaie]|bimb[oaie]|figli[oa]?|piccol[oaie]|neonat[oa]|ragazzin[oaie])\b"
_IT_ALONE_AT_HOME = r"\b(?:da\s+)?sol[oaie]\s+(?:a|in)\s+casa\b|\b(?:chius|abbandonat)[oaie]\b"
_IT_FOR_DAYS = (
    r"\bda\s+(?:due|tre|quattro|cinque|parecchi|alcuni|\d+)\s+giorni\b|"
    r"\bda\s+ieri\b(?!\s+(?:sera\s+|mattina\s+)?fino)|"
    r"\bda\s+(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:film|guardando|serie)\b)"
    + every_one_of(_IT_A_CHILD, _IT_ALONE_AT_HOME, _IT_FOR_DAYS),
)

# A child hit and bleeding from the head ("hanno picchiato il bambino e gli sanguina la testa");
# not a door knocked and a headache.
_IT_HIT_HIM = (
    r"\b(?:picchiat|pestat|malmenat|preso\s+a\s+(?:botte|calci|pugni))\w*\b(?!\s+(?:alla|"
    r"sulla)\s+porta)|\b(?:lo|la|l')\s*(?:hanno|ha)\s+colpit[oa]\b"
)
_IT_HEAD_BLEEDING = (
    r"\bsanguin\w*\s+(?:\w+\s+)?(?:la|dalla)\s+testa\b|\btesta\s+(?:\w+\s+)?sanguin\w*|"
    r"\bsangue\s+(?:\w+\s+)?dalla\s+testa\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_IT_A_CHILD, _IT_HIT_HIM, _IT_HEAD_BLEEDING),
)

# A girl married off by her family, to a cousin, abroad, by force or with tickets bought ("mio
# padre mi vuole sposare con mio cugino in Pakistan"); not a cousin's wedding abroad.
_IT_MARRIES_ME_OFF = (
    r"\b(?:padre|papa|madre|mamma|famiglia|genitori|zio|fratello|nonno|loro)\s+(?:\w+\s+){0,2}?"
    r"(?:mi\s+(?:vuole|vogliono|vuol|fa|fanno|fara|faranno)\s+sposare|(?:vuole|vogliono)\s+"
    r"(?:farmi\s+)?sposarmi|mi\s+(?:da|danno|dara|daranno)\s+in\s+sposa|mi\s+(?:obbliga|"
    r"obbligano|costring\w*)\s+a\s+sposar\w*)\b"
)
_IT_COUSIN_OR_ABROAD = (
    r"\b(?:cugin[oa]|all'?\s*estero|al\s+paese|nel\s+suo\s+paese|pakistan|biglietti?|"
    r"con\s+la\s+forza|contro\s+la\s+mia\s+volonta|non\s+voglio)\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_IT_MARRIES_ME_OFF, _IT_COUSIN_OR_ABROAD),
)

# A woman kept locked in at home ("i miei suoceri mi tengono chiusa in casa"); not in-laws who
# keep the writer company.
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"\bmi\s+(?:tiene|tengono|tenevano|hanno)\s+(?:\w+\s+)?(?:chius[ao]|rinchius[ao]|"
    r"segregat[ao]|prigionier[ao])\b|\bmi\s+(?:chiude|chiudono|rinchiude\w*)\s+(?:\w+\s+)?"
    r"(?:in\s+casa|in\s+camera|dentro|a\s+chiave)\b",
)

# A girl to be cut ("vogliono fare l'infibulazione a mia figlia durante le vacanze"); not a
# son's circumcision, nor the subject of a talk.
_IT_CUTTING = (
    r"\b(?:infibula\w*|mutilazion\w*\s+genital\w*|escission\w*|circoncision\w*|"
    r"circoncider\w*)\b"
)
_IT_A_GIRL = r"\b(?:figlia|bambina|nipote|sorella|figliastra|ragazza|bimba)\b"
_IT_TO_BE_DONE = r"\b(?:vogliono|vuole|faranno|fara|vacanz\w*|viaggio|portar\w*|mandar\w*)\b"
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:conferenza|lezione|incontro|campagna|documentario)\b)"
    + every_one_of(_IT_CUTTING, _IT_A_GIRL, _IT_TO_BE_DONE),
)

# Chest pain with no speech, no answer or a faint ("mio nonno ha dolore al petto e non parla");
# not a grandfather with a sore knee who is not speaking to an aunt.
_IT_NO_SPEECH = (
    r"\bnon\s+(?:riesce\s+a\s+)?parla(?:re)?\b(?!\s+(?:con|piu\s+con|inglese|italiano))|"
    r"\bnon\s+(?:risponde|reagisce)\b(?!\s+(?:al|ai|alle)\s+(?:telefono|messaggi|chiamate))|"
    r"\bsvenut[oa]\b|\bbocca\s+storta\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:tosse|palestra|ieri|passato|meglio)\b)"
    + every_one_of(_IT_CHEST_PAIN, _IT_NO_SPEECH),
)

# Someone beaten, starved or kept from a doctor to drive out a demon or a spirit ("l'hanno
# picchiata per scacciare il demonio"); not a blessing against the evil eye.
_IT_SPIRIT = (
    r"\b(?:demon\w*|diavol\w*|possedut[oa]|indemoniat[oa]|jinn|djinn|esorcis\w*)\b|"
    r"\b(?:scacciar|cacciar|liberar)\w*\s+(?:\w+\s+)?(?:lo|gli|il|uno|dallo|dagli)\s+(?:\w+\s+)?"
    r"spiriti?\b"
)
_IT_HARMED_FOR_IT = (
    r"\b(?:picchiat|pestat|bastonat|frustat|bruciat|malmenat)\w*|\bpicchia(?:no)?\b(?!\s+"
    r"(?:alla|sulla)\s+porta)|\bsenza\s+(?:mangiare|bere|cibo|acqua)\b|\bnon\s+(?:la|lo|mi|ci)"
    r"\s+(?:lascia|lasciano|porta|portano)\s+(?:\w+\s+){0,2}(?:medico|ospedale|dottore)\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_IT_SPIRIT, _IT_HARMED_FOR_IT),
)

# A debt to a trafficker or an agent with harm threatened to the writer or the family ("il
# trafficante dice che gli devo 5000 euro e se non pago fa del male alla mia famiglia"); not a
# brother owed 30 euro who will tell mum, nor "mia madre mi ammazza".
_IT_I_OWE = (
    r"\b(?:gli|le)\s+devo\b|\bdevo\s+(?:\w+\s+)?\d+|\b(?:il\s+mio|il)\s+debito\b|\bse\s+non\s+"
    r"(?:gli\s+|le\s+)?(?:pago|do|restituisco)\b"
)
_IT_HARM_THREATENED = (
    r"\b(?:fa|fanno|fara|faranno|fare)\s+del\s+male\s+(?:a|alla|al|ai|alle)\s+(?:mia|mio|miei|mie"
    r"|me)\b|\b(?:ammazza|uccide|ammazzano|uccidono)\s+(?:la\s+mia|i\s+miei|mia|mio)\b|\bmi\s+"
    r"(?:ammazzano|uccidono|fa\s+ammazzare|fanno\s+la\s+pelle)\b|\bmanda\w*\s+qualcuno\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:mia\s+madre|mamma|mio\s+padre|papa|i\s+miei|mia\s+moglie|mio\s+marito|ahah\w*)\s"
    r"+"
    r"(?:\w+\s+)?mi\s+(?:ammazza|uccide)\w*)" + every_one_of(_IT_I_OWE, _IT_HARM_THREATENED),
)

# An employer who holds the writer's passport and does not pay, or beats people ("il mio capo mi
# ha preso il passaporto, non mi paga e ieri ha picchiato un collega"); not a passport copied by
# a boss who pays on Friday.
_IT_EMPLOYER = r"\b(?:capo|padrone|datore\s+di\s+lavoro|titolare|caporale|boss)\b"
_IT_PASSPORT_TAKEN = (
    r"\bha\s+(?:preso|tolto|tenuto|sequestrato|nascosto)\s+(?:il\s+|i\s+)?(?:mio\s+|miei\s+)?"
    r"(?:passaporto|documenti|permesso\s+di\s+soggiorno)\b|\btiene\s+(?:lui\s+)?(?:il\s+mio|i\s+"
    r"miei)\s+(?:passaporto|documenti)\b"
)
_IT_UNPAID_OR_BEATS = (
    r"\bnon\s+(?:mi|ci)\s+paga\w*\b|\bsenza\s+(?:stipendio|paga|essere\s+pagat[oa])\b|\b(?:ha|"
    r"hanno)\s+(?:picchiato|menato|pestato)\b|\b(?:mi|ci|lo|la|li)\s+(?:picchia|mena|pesta)\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_IT_EMPLOYER, _IT_PASSPORT_TAKEN, _IT_UNPAID_OR_BEATS),
)

# People throwing stones at the writer's hotel or home now ("c'è gente fuori dal nostro hotel che
# tira sassi adesso"); not children throwing stones in the lake.
_IT_THROWING_STONES = (
    r"\b(?:tira|tirano|tirando|lancia|lanciano|lanciando|tirato|lanciato)\s+(?:\w+\s+)?(?:sassi|"
    r"pietre|mattoni|bottiglie)\b|\bsassaiola\b"
)
_IT_AT_OUR_PLACE = r"\b(?:hotel|casa|finestre|finestra|porta|palazzo|edificio|noi|ci)\b"
_IT_NOW_OR_A_CROWD = r"\b(?:adesso|ora|in\s+questo\s+momento|gente|gruppo|uomini|fuori)\b"
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:lago|fiume|mare|acqua|spiaggia|stagno)\b)"
    + every_one_of(_IT_THROWING_STONES, _IT_AT_OUR_PLACE, _IT_NOW_OR_A_CROWD),
)

# A girl or boy taken tonight by a man who says he is the uncle ("un uomo che dice di essere suo
# zio la porta via stasera"); not her uncle taking her to the cinema.
_IT_SAYS_HE_IS_UNCLE = (
    r"\b(?:dice|ha\s+detto|sostiene)\s+(?:di\s+essere|che\s+e)\s+(?:suo|lo|il\s+suo)\s+zio\b|"
    r"\b(?:presunto|sedicente)\s+zio\b"
)
_IT_TAKES_AWAY = (
    r"\b(?:la|lo|li|le)\s+(?:porta|portera|prende|vuole\s+portare)\b|\bportar(?:la|lo|li)\b|\bvia"
    r"\s+con\s+(?:se|lui)\b|\bviene\s+a\s+prender(?:la|lo)\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_IT_SAYS_HE_IS_UNCLE, _IT_TAKES_AWAY),
)

# Lost in the dark or with a phone running out ("mi sono persa, è buio e il telefono si sta
# scaricando"); not a match missed ("mi sono perso la partita").
_IT_I_AM_LOST = (
    r"\bmi\s+sono\s+pers[oa]\b(?!\s+(?:il|la|lo|l'|i|gli|le|un|una|tutto|tutta|nei|nel)\b)|"
    r"\bnon\s+so\s+dove\s+(?:sono|mi\s+trovo)\b"
)
_IT_DARK_OR_BATTERY = (
    r"\b(?:e|fa)\s+(?:gia\s+)?(?:buio|notte)\b|\bbatteria\b|\btelefono\s+(?:si\s+)?(?:sta\s+)?"
    r"(?:scaricando|scarica|spegnendo|morendo|muore)\b|\bsenza\s+(?:batteria|credito|campo)\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_IT_I_AM_LOST, _IT_DARK_OR_BATTERY),
)

# A fire at home with the writer unable to get out ("c'è un incendio nel mio appartamento e non
# riesco a uscire"); not a fire in the fireplace on a rainy evening.
_IT_FIRE_HERE = (
    r"\bc'e\s+(?:un\s+)?(?:incendio|fuoco)\b|\bincendio\b|\b(?:va|sta\s+andando)\s+a\s+fuoco\b|"
    r"\bfuoco\s+(?:nel|nella|in)\s+(?:mio|mia|casa|appartamento|palazzo)\b|\bfumo\s+dappertutto\b"
)
_IT_CANNOT_GET_OUT = (
    r"\bnon\s+(?:riesco|riusciamo|riesce|posso|possiamo)\s+(?:a\s+)?(?:uscire|scappare)\b|"
    r"\bintrappolat[oaie]\b|\bbloccat[oaie]\s+(?:dentro|in\s+casa)\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:camino|barbecue|falo|candel\w*|film|pioggia|piove)\b)"
    + every_one_of(_IT_FIRE_HERE, _IT_CANNOT_GET_OUT),
)

# The writer's baby or child not breathing properly ("il mio bambino non respira bene"); not a
# blocked nose.
_IT_MY_LITTLE_ONE = (
    r"\b(?:mio|mia|il|la|nostro|nostra)\s+(?:bambin[oa]|bimb[oa]|neonat[oa]|figli[oa]|piccol[oa])"
    r"\b"
)
_IT_BREATHES_BADLY = (
    r"\bnon\s+respira\s+(?:bene|normalmente)\b|\brespira\s+(?:molto\s+)?(?:male|a\s+fatica|"
    r"strano)\b|\bfa\s+fatica\s+a\s+respirare\b|\bnon\s+riesce\s+a\s+respirare\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:raffreddore|raffreddat\w*|naso|muco|allergi\w*|russa|ieri|meglio)\b)"
    + every_one_of(_IT_MY_LITTLE_ONE, _IT_BREATHES_BADLY),
)

# A fit that has gone on for minutes or will not stop ("mio figlio ha le convulsioni da 5 minuti
# e non si ferma"); not a fit of laughter, nor one that passed yesterday.
_IT_FITTING = (
    r"\bconvulsioni\b|\bcrisi\s+(?:epilettic\w*|convulsiv\w*)|\battacco\s+epilettico\b|"
    r"\bepilessia\b"
)
_IT_NOT_PAST = r"^(?!.*\b(?:ieri|settimana\s+scorsa|e\s+passata)\b)"
_IT_GOES_ON = (
    r"\bda\s+(?:piu\s+di\s+)?(?:\d+|due|tre|quattro|cinque|dieci)\s+minuti\b|\bnon\s+(?:si\s+)?"
    r"(?:ferma|smette|passa)\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    _IT_NOT_PAST + every_one_of(_IT_FITTING, _IT_GOES_ON),
)

# Someone fallen who will not wake or whose head bleeds ("mia madre è caduta, le sanguina la
# testa e non si sveglia"); not a dropped line, nor someone who sleeps till noon.
_IT_FELL = (
    r"\b(?:e|sono)\s+cadut[oaie]\b(?!\s+(?:la\s+linea|il\s+sistema|dalle\s+nuvole|in\s+"
    r"(?:depressione|disgrazia)))"
)
_IT_WONT_WAKE_OR_HEAD_BLEEDING = (
    r"\bnon\s+si\s+sveglia\b(?!\s+(?:prima|fino))|\bnon\s+(?:apre|riapre)\s+(?:piu\s+)?gli\s+"
    r"occhi\b|\bsvenut[oa]\b|\bincosciente\b|\bpriv[oa]\s+di\s+sensi\b|\b(?:le|gli|mi)\s+sanguina"
    r"\s+(?:la\s+testa|dalla\s+testa)\b|\bsangu\w*\s+(?:dalla|alla)\s+testa\b|\btesta\s+(?:\w+\s+"
    r")?sanguin\w*"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_IT_FELL, _IT_WONT_WAKE_OR_HEAD_BLEEDING),
)

# A child or young person who took pills or drugs and will not wake or breathes strangely ("ha
# preso delle pasticche e non si sveglia bene e respira in modo strano"); not mints taken.
_IT_TOOK_DRUGS = (
    r"\b(?:ha|hanno|avra)\s+(?:preso|ingoiato|calato|mandato\s+giu)\s+(?:\w+\s+){0,2}(?:pasticch"
    r"\w*|pastigli\w*|pillol\w*|droga|ecstasy|mdma|md|ketamina)\b"
)
_IT_NOT_RIGHT = (
    r"\bnon\s+si\s+(?:sveglia|riprende)\b|\brespira\s+(?:\w+\s+){0,3}(?:strano|strana|male|a\s+"
    r"fatica|pochissimo)\b|\bnon\s+respira\b|\bnon\s+risponde\b(?!\s+al\s+telefono)"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:menta|tosse|gola|vitamin\w*)\b)" + every_one_of(_IT_TOOK_DRUGS, _IT_NOT_RIGHT),
)

# A man with a knife or a gun where the writer works or now ("c'è un uomo con un coltello nel
# negozio dove lavoro"); not a man slicing ham or bread with a knife in the shop.
_IT_ARMED_MAN = (
    r"\b(?:uomo|tizio|tipo|ragazzo|cliente|qualcuno|uno)\s+(?:\w+\s+)?(?:con\s+(?:un\s+|una\s+|il"
    r"\s+)?(?:coltello|pistola|machete|accetta|arma|mannaia)|(?:ha|tiene)\s+(?:un\s+|una\s+)?"
    r"(?:coltello|pistola|machete|arma))\b"
)
_IT_WHERE_I_AM = r"\b(?:adesso|ora|dove\s+lavoro|negozio|aiuto|davanti\s+a\s+me|qui)\b"
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:pane|prosciutto|salame|formaggio|carne|affetta\w*|cucina)\b)"
    + every_one_of(_IT_ARMED_MAN, _IT_WHERE_I_AM),
)

# A workmate fallen or crushed at work who does not move, with no ambulance called ("un collega
# è caduto dall'impalcatura e non si muove, il capo non vuole chiamare l'ambulanza"); not a van
# that does not move in traffic.
_IT_WORKMATE = r"\b(?:collega|colleghi|operaio|ragazzo|amico|compagno)\b"
_IT_FELL_OR_CRUSHED = (
    r"\be\s+caduto\b|\bcaduto\s+(?:da|dal|dalla|dall)\b|\bschiacciat\w*|\btravolt\w*"
)
_IT_DOES_NOT_MOVE = r"\bnon\s+si\s+muove\b|\bnon\s+respira\b|\bsvenut\w*|\bincosciente\b"
_IT_NO_AMBULANCE = r"\bambulanz\w*|\b11[28]\b"
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_IT_WORKMATE, _IT_FELL_OR_CRUSHED, _IT_DOES_NOT_MOVE, _IT_NO_AMBULANCE),
)

# A boss who says the writer must stay or go with him tonight or be sacked ("se stasera non resto
# con lui mi licenzia"); not staying with him to finish the stocktake.
_IT_BOSS = r"\b(?:capo|titolare|padrone|principale|datore|responsabile|direttore|caporale)\b"
_IT_IF_NOT_WITH_HIM = (
    r"\bse\s+(?:\w+\s+){0,2}non\s+(?:\w+\s+)?(?:resto|rimango|vado|vengo|dormo|esco|sto)\s+(?:\w+"
    r"\s+){0,2}con\s+lui\b"
)
_IT_SACKED = (
    r"\bmi\s+licenzi\w*|\bmi\s+caccia\b|\bmi\s+manda\s+via\b|\bperdo\s+il\s+lavoro\b|"
    r"\bimmigrazione\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_IT_BOSS, _IT_IF_NOT_WITH_HIM, _IT_SACKED),
)

# Someone drunk or high at the wheel ("ha bevuto tantissimo e ha preso la macchina", "guida
# ubriaco") with children in the car or not answering; not someone who drank and left the car,
# nor children driven home by someone sober ("guida mia moglie").
_IT_DRUNK = (
    r"\b(?:ubriac\w*|sbronz\w*|fatt[oa]\s+(?:di|fradici\w*)|strafatt\w*)\b|\bha\s+bevuto\s+"
    r"(?:\w+\s+)?(?:tantissimo|tanto|troppo|molto|parecchio|come\s+una\s+spugna)\b"
)
_IT_AT_THE_WHEEL = (
    r"\b(?:ha\s+preso|si\s+e\s+messo\s+al\s+volante\s+del\w*|e\s+partit[oa]\s+con|guida|sta\s+"
    r"guidando|e\s+andat[oa]\s+via\s+con)\s+(?:la\s+|il\s+)?(?:macchina|auto|furgone|"
    r"motorino)\b|\b(?:si\s+e\s+messo|e\s+salit[oa])\s+(?:\w+\s+)?al\s+volante\b|"
    r"\bsta\s+guidando\b"
)
_IT_CHILDREN_OR_UNREACHABLE = (
    r"\b(?:bambin\w*|figli\w*|pargol\w*|piccol[ie]|nipotin\w*|neonat\w*)\b|\bnon\s+risponde\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:(?:guida\w*|sta\s+guidando)\s+(?:mia|mio|io|lei|sua|suo)|io\s+guido)\b)"
    + every_one_of(_IT_DRUNK, _IT_AT_THE_WHEEL, _IT_CHILDREN_OR_UNREACHABLE),
)

# Someone close who says they have taken all the tablets, told to the writer now ("mio figlio
# ha perso tutto alle scommesse e mi ha appena detto che ha preso tutte le pastiglie"); not a
# course of tablets finished as the doctor said.
_IT_TOOK_ALL_THE_TABLETS = (
    r"\b(?:ha|si\s+e)\s+(?:preso|ingoiato|inghiottito|mandato\s+giu)\s+(?:\w+\s+)?tutte\s+"
    r"(?:le\s+)?(?:sue\s+)?(?:pastiglie|pillole|compresse|pasticche|sonniferi|medicine)\b"
)
_IT_TOLD_NOW = (
    r"\b(?:mi\s+ha\s+(?:appena\s+)?(?:detto|scritto|mandato\s+un\s+messaggio)|cosa\s+(?:faccio|"
    r"devo\s+fare)|non\s+(?:risponde|si\s+sveglia)|ha\s+perso\s+tutto|aiuto)\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:come\s+(?:ha\s+detto|diceva|prescritto)|il\s+medico|la\s+dottoressa|"
    r"il\s+dottore|cura|ciclo)\b)" + every_one_of(_IT_TOOK_ALL_THE_TABLETS, _IT_TOLD_NOW),
)

# Someone shouting that they will kill her or them ("urla che la ammazza") beside a door broken
# down, drink, a knife or the others shut in a room; not a shout at the referee during a match.
_IT_WILL_KILL_HER = (
    r"\b(?:urla|grida|dice|minaccia|giura|ha\s+detto|continua\s+a\s+dire)\s+(?:che|di)\s+"
    r"(?:la|lo|ci|vi|li|le)\s+(?:ammazza|uccide|ammazzera|uccidera|ammazzare|uccidere|"
    r"ammazzer\w*|uccider\w*)\b"
)
_IT_BREAKING_IN = (
    r"\bsfond\w*\s+(?:\w+\s+)?port\w*|\b(?:rotto|spaccato|buttato\s+giu)\s+(?:\w+\s+)?port\w*|"
    r"\b(?:siamo|sono|ci\s+siamo|mi\s+sono)\s+(?:chius[aeio]|barricat[aeio])\b|\bubriac\w*|"
    r"\bcoltell\w*"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:partita|arbitro|gioc\w*|fifa|playstation|film|serie)\b)"
    + every_one_of(_IT_WILL_KILL_HER, _IT_BREAKING_IN),
)

# A home taken over by people dealing from it, who keep the one who lives there in or out
# ("ha degli uomini in casa da giorni, spacciano e non lo lasciano uscire"); not a documentary
# or a session about it, nor parents who keep a child in because of dealing in the square.
_IT_DEALING_FROM_IT = (
    r"\b(?:spacci\w*|vendono\s+(?:la\s+)?(?:droga|roba)|usano\s+(?:la\s+)?(?:sua\s+)?casa)\b"
)
_IT_KEPT_IN_OR_OUT = (
    r"\bnon\s+(?:lo|la|li|le|mi|ci)\s+(?:lasciano|fanno|lascia|fa)\s+(?:uscire|entrare|andare)\b|"
    r"\b(?:lo|la|li|le)\s+tengono\s+(?:chius[oaie]|dentro|prigionier[oaie]|rinchius[oaie])\b|"
    r"\bsi\s+sono\s+(?:pres[ie]|impadroniti)\s+(?:la|della)\s+(?:sua\s+)?casa\b"
)
_IT_IN_THE_HOME = (
    r"\b(?:in\s+casa|casa\s+(?:sua|mia|loro)|(?:suo|mio|nel|nell')\s*appartamento|da\s+(?:lui|"
    r"lei|me))\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:documentari\w*|film|serie|podcast|articol\w*|libr[oi]|session\w*|incontr[oi]|"
    r"notizi\w*|puntata|genitori|padre|madre|mamma|papa)\b)"
    + every_one_of(_IT_DEALING_FROM_IT, _IT_KEPT_IN_OR_OUT, _IT_IN_THE_HOME),
)

# Someone old or bereaved who lives alone, has stopped eating or getting up, and today does not
# answer ("non mangia e non si alza, oggi non risponde al citofono ... abita da sola"); not a
# grandmother who does not eat meat, nor one out at the hairdresser.
_IT_STOPPED_EATING_OR_UP = (
    r"\bnon\s+(?:mangia|si\s+alza|esce\s+dal\s+letto)(?:\s+(?:piu|da\s+\w+|e|niente|nulla|"
    r"dal\s+letto)\b|\s*[,.;!]|$)"
)
_IT_NOT_ANSWERING = (
    r"\bnon\s+(?:risponde|apre)\s+(?:piu\s+)?(?:al\s+(?:citofono|telefono|cellulare|campanello)|"
    r"alla\s+porta|ai\s+messaggi)\b"
)
_IT_LIVES_ALONE = r"\b(?:abita|vive|sta|e)\s+(?:\w+\s+)?da\s+sol[oa]\b|\bsol[oa]\s+in\s+casa\b"
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:parrucchier\w*|vacanza|ospedale|mercato|dieta)\b)"
    + every_one_of(_IT_STOPPED_EATING_OR_UP, _IT_NOT_ANSWERING, _IT_LIVES_ALONE),
)

# An ex coming to the writer's home tonight, with a threat to make her pay or a tracker on her car
# ("stasera viene sotto casa e me la farà pagare", "ha messo un localizzatore sulla mia
# macchina"); not an ex who brings the dog back tonight.
_IT_AN_EX = r"\b(?:il\s+mio\s+ex|l'ex|ex\s+(?:marito|ragazzo|compagno|fidanzato|moglie))\b"
_IT_PAY_OR_TRACKED = (
    r"\bme\s+la\s+(?:fara|fa|faranno)\s+pagare\b|\bla\s+pagherai\b|\bte\s+la\s+faccio\s+"
    r"pagare\b|\b(?:localizzatore|gps|airtag|tracker)\b.{0,40}\b(?:mia|mio)\s+(?:macchina|auto|"
    r"borsa|telefono|bici)\b|\bsa\s+sempre\s+dove\s+sono\b"
)
_IT_COMING_TONIGHT = (
    r"\b(?:stasera|stanotte|oggi|adesso|ora)\s+(?:\w+\s+)?(?:viene|arriva|passa)\s+(?:\w+\s+)?"
    r"(?:sotto\s+casa|a\s+casa\s+mia|qui|da\s+me)\b|\b(?:viene|arriva|passa)\s+(?:\w+\s+)?"
    r"(?:sotto\s+casa|da\s+me|a\s+casa\s+mia)\s+(?:\w+\s+)?(?:stasera|stanotte)\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_IT_AN_EX, _IT_PAY_OR_TRACKED, _IT_COMING_TONIGHT),
)

# Heating or power cut off beside someone frozen who does not respond well or is confused; not
# heating cut for repairs and a grandmother who never answers the phone.
_IT_HEAT_CUT = (
    r"\b(?:staccat\w*|tagliat\w*|spent\w*|chius\w*|interrott\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:riscaldamento|termosifoni|gas|luce|corrente)\b|\bsenza\s+riscaldamento\b"
)
_IT_FROZEN = r"\b(?:e|sono|sta)\s+(?:\w+\s+)?(?:gelat[oaie]|congelat[oaie]|ghiacciat[oaie])\b"
_IT_NOT_RESPONDING = (
    r"\bnon\s+(?:risponde|reagisce|si\s+sveglia|parla)\b|\bconfus[oa]\b|\bsvenut[oa]\b"
)
ITALIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_IT_HEAT_CUT, _IT_FROZEN, _IT_NOT_RESPONDING),
)
