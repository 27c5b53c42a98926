"""The Italian phrase net's readings of the main kinds said plainly, as they happen (read by
safeguarding_languages with safeguarding_italian): cutting oneself now or the wrists cut, with
bleeding; a whole box of tablets swallowed; hanging oneself or all the tablets tonight; beaten by
a partner or family, or someone being beaten now; a man with a knife who has locked the door; a
man who followed the writer from the station or the bus; a child alone at home for days; a child
hit and bleeding from the head; a girl married off to a cousin or abroad; a woman kept locked in;
a girl to be cut; chest pain with no speech; and someone beaten or starved to drive out a demon.
Text has been through safeguarding_languages.fold (no accents: "già" reads "gia").

Left alone: a haircut, a finger cut in the kitchen, a whole box of chocolates, a match lost
("mi ha battuta a carte"), a door knocked ("picchiare alla porta"), a knife for the bread, a dog
that followed the writer from the stop, a child home alone for two hours, a cousin's wedding
abroad, in-laws who keep the writer company, a son's circumcision, a grandfather not speaking to
an aunt, a blessing against the evil eye.
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
    r"(?:botte|calci|pugni|schiaffi))\b|\b(?:sta|stanno)\s+(?:picchiando|pestando|menando)\s+"
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
