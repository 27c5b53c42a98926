"""The Greek safeguarding phrase net (read by safeguarding_languages). Text has been through
safeguarding_languages.fold, which drops the Greek accent (tonos), since members often type
without it, so patterns are written unaccented. Greek puts its object pronoun before the verb
("με χτυπάει", "με απειλεί"), so a pattern is the pronoun and the verb, after the person who
does it and what is said of them ("ο ανιψιός μου που με φροντίζει με χτυπάει"); a child's
bruises are read beside fear of going back or the person the child stays with, a fall beside a
head that is not answering properly, and a stroke's signs two together (the mouth twisted or
fallen, an arm that cannot be lifted, speech gone strange), cutting one's arms beside a sign that
it is done on purpose (every night, a blade, blood that will not stop), and an allergy swelling
the lips or tongue beside a breath that will not come or the adrenaline pen. Greek typed in
Latin letters (Greeklish: "thelw na pethanw", "kovw ta xeria mou") is read for the main kinds,
a stroke's signs and an allergy too.

Left alone: "πεθαίνω της πείνας" (dying of hunger), "η μαμά θα με σκοτώσει" (mum will kill me,
late), the sun hitting one's eyes, a daughter following on Instagram, medicine times, a scan
appointment, a session on the police, nowhere to park, a boy bruised at football, a son who
kicks the ball hard ("τη χτυπάει την μπάλα"), an arm not lifted after a shoulder operation, a
mouth numb and speech odd after the dentist, a nephew who rings the bell each morning, cuts
while cooking or shaving.
A plan to die said plainly (dying decided, killing oneself to come, not alive after a day, a leap
from a bridge or onto the lines, pills or a rope gathered beside a goodbye) is read too; not a
move decided, a rope for the washing.
Also the main kinds said plainly: a whole box of pills swallowed, all of them to be taken
tonight, a mother beaten now, a knife held behind a locked door, a child alone for days unfed or
hit and bleeding from the head, a marriage to a cousin abroad, being kept locked in, a daughter
to be cut, chest pain with no speech, a beating to drive out a demon; not pills bought, a
doorbell rung, a cake cut, a son's circumcision, chest pain after the gym, drums at New Year.
Also "you will pay for it" beside one who knows where the writer lives or her being alone, and
an ex or tonight ("θα το πληρώσω, ξέρει πού μένω"); not a meal to be paid for.
Also the writer beaten by people who said they will be back ("με χτύπησαν, είπαν ότι θα
ξαναγυρίσουν απόψε"); not men come to mend a tap who will be back tonight, nor a knock in a
match.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of


def _an_allergy(swells: str, part: str, no_breath: str, a_cold: str) -> str:
    """An allergy closing the airway, in either alphabet: a `part` (lips, tongue, throat, face)
    that `swells`, said either way round, beside `no_breath`; not when the message names a cold
    (`a_cold`), whose blocked nose is what keeps the breath out."""
    swollen = rf"{swells}\s+(?:\S+\s+){{0,3}}{part}|{part}\s+(?:\S+\s+){{0,3}}{swells}"
    return rf"^(?!.*(?:{a_cold}))" + every_one_of(swollen, no_breath)


_GR_PERSON = (
    r"(?:αντρας|αντρα|συζυγος|πατερας|μπαμπας|αδερφος|αδελφος|γιος|φιλος|συντροφος|αυτος|"
    r"πεθερα|πεθερος|θειος|ξαδερφος|πρωην|ανιψιος|ανιψια|εγγονος|εγγονη|φροντιστης|"
    r"φροντιστρια|νοσηλευτρια)"
)

GREEK_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    r"θελω\s+να\s+(?:πεθανω|τελειωσω\s+με\s+(?:ολα|τη\s+ζωη))|δεν\s+θελω\s+(?:πια\s+)?να\s+ζω|"
    r"αυτοκτον(?:ησω|ια|ω)|(?:να|θα)\s+βαλω\s+τελος\s+(?:στη|στην)\s+ζωη\s+μου",
    # self-harm
    r"(?:κοβω|εκοψα|χτυπαω|χτυπησα|βλαπτω|πληγωνω|καιω|εκαψα)\s+(?:\S+\s+)?τον\s+εαυτο\s+μου",
    # all the tablets
    r"(?:πηρα|ηπια|καταπια)\s+(?:\S+\s+)?(?:ολα|πολλα)\s+(?:τα\s+)?(?:χαπια|φαρμακα)|(?:ολα|πολλα)\s+"
    r"(?:τα\s+)?(?:χαπια|φαρμακα)\s+(?:\S+\s+)?(?:πηρα|ηπια|καταπια)",
    # being hit, threatened or locked in
    _GR_PERSON + r"\s+(?:μου\s+)?(?:που\s+(?:\S+\s+){1,3})?(?:\S+\s+){0,2}με\s+(?:χτυπα|χτυπησε|"
    r"σπρωχν|εσπρωξε)|"
    r"με\s+(?:δερνει|εδειρε|απειλει|απειλησε|απειλουν|κλειδωνει|κλειδωσε|κλειδωνουν)|με\s+"
    r"(?:εχει|εχουν)\s+κλειδωμεν|δεν\s+με\s+αφηνει\s+να\s+βγω",
    # someone else hit by a person close to them ("ο γιος της τη χτυπάει"), not a ball or a door
    r"\b"
    + _GR_PERSON
    + r"\s+(?:\S+\s+){0,6}(?:τη|την|τον|τους|τις)\s+(?:χτυπα|χτυπησε|δερνει|εδειρε|σπρωχν|"
    r"εσπρωξε|πνιγει|επνιξε)\w*\b(?!\s+(?:\S+\s+)?(?:την|τη|το|τον|τα)\s+(?:μπαλα|πορτα|κουδουνι|"
    r"καμπανα|πιατ\S*|μπουκαλι|βιδα|πινεζα|μπαλακι|κεφαλι\s+στο))",
    # afraid to go home or of him
    r"φοβαμαι\s+να\s+(?:γυρισω|παω|επιστρεψω)\s+(?:\S+\s+)?σπιτι|(?:τον|την)\s+φοβαμαι\s+"
    r"(?:πολυ|παρα\s+πολυ)",
    # followed
    r"^(?!.*(?:instagram|facebook|tiktok|twitter|insta|σκυλ|γατ))(?=.*με\s+(?:ακολουθει|ακολουθουν|"
    r"παρακολουθει|παρακολουθουν))",
    # forced marriage
    r"(?:με|την)\s+(?:\S+\s+)?(?:αναγκαζ|πιεζ)\S*\s+(?:\S+\s+)?να\s+παντρευτ|θελουν\s+να\s+"
    r"(?:με|την)\s+παντρεψουν|(?:να|θα)\s+(?:με|την)\s+παντρεψουν\s+με\s+το\s+ζορι",
    # in danger, not safe
    r"δεν\s+(?:ειμαι|νιωθω|αισθανομαι)\s+(?:\S+\s+)?ασφαλ|κινδυνευω(?!\s+να)|κινδυνευει\s+η\s+ζωη\s+μου",
    # nowhere to sleep
    r"δεν\s+εχω\s+(?:\S+\s+)?(?:που|πουθενα)\s+(?:να\s+)?(?:κοιμηθω|μεινω)|(?:κοιμαμαι|μενω)\s+"
    r"στο\s+δρομο",
    # a child hurt or not fed: bruises beside fear of going back or the person the child stays with
    r"^(?=.*(?:μελανι|σημαδια|χτυπηματα))(?=.*(?:φοβαται\s+να\s+(?:ξανα)?(?:παει|γυρισει|μεινει)|"
    r"(?:μενει|κοιμαται|ειναι)\s+(?:με|στον|στην|στου|στης)\s+(?:\S+\s+){0,2}(?:πατερα|μπαμπα|"
    r"μητερα|μαμα|φιλο|φιλη|συντροφο|θειο|θεια|γιαγια|παππου)))",
    r"(?:παιδια|παιδι|μωρο)\S*\s+(?:\S+\s+){0,3}(?:δεν\s+(?:εχουν|εχει)\s+φαει|πεινανε|πειναει)\s+"
    r"(?:\S+\s+)?(?:μερες|μερα|απο\s+χθες|απο\s+χτες)",
    # an older person fallen and not answering properly; left without food or money
    r"^(?=.*(?:επεσε|χτυπησε\s+το\s+κεφαλι))(?=.*(?:δεν\s+(?:μου\s+)?(?:απαντα\S*\s+σωστα|"
    r"αντιδρα|ξυπνα|μπορει\s+να\s+σηκωθει)|μπερδεμεν|λιποθυμ))",
    r"(?:κλεβει|εκλεψε|κραταει|κρατησε)\s+(?:\S+\s+)?(?:τη\s+|την\s+)?συνταξη\s+μου|"
    r"(?:με|τη|την|τον)\s+(?:αφηνει|αφηνουν)\s+(?:\S+\s+)?(?:νηστικ|χωρις\s+φαγητο|χωρις\s+φαρμακα)",
)

# A threat to kill the writer: "θα με σκοτώσει απόψε", "είπε ότι θα με σκοτώσει", "αν φύγω θα με
# σκοτώσει", "θα σε σκοτώσω" written on the door; not "η μαμά θα με σκοτώσει αν αργήσω", "αυτή η
# ζέστη με σκοτώνει", "θα τον σκοτώσω, έφαγε την τούρτα μου".
_EL_KILLS_ME = r"\bθα\s+με\s+(?:σκοτωσει|σκοτωσουν|σφαξει)\b"
GREEK_PHRASES += (  # i18n-exempt: input
    r"\b(?:αυτος|αντρας\s+μου|συζυγος\s+μου|πρωην\s+μου|συντροφος\s+μου|φιλος\s+μου)\s+"
    r"(?:\w+\s+){0,3}?" + _EL_KILLS_ME,
    r"^(?!.*\b(?:αργησω|αργησουμε|αργα)\b)(?=.*\b(?:ειπε|λεει|απειλει|απειλησε|φωναζε|φωναζει|"
    r"εγραψε|γραφει|αν\s+(?:\w+\s+){0,2}?(?:φυγω|μιλησω|πω|καταγγειλω|παω|"
    r"τον\s+αφησω|χωρισω|αρνηθω))\b(?:\W+\w+){0,5}?\W+" + _EL_KILLS_ME[2:] + ")",
    _EL_KILLS_ME + r"\s+(?:\w+\s+)?(?:αποψε|σημερα)\b|\bαποψε\s+" + _EL_KILLS_ME[2:],
    r"^(?=.*\bθα\s+σε\s+σκοτωσω\b)(?=.*\b(?:εγραψε|γραφει|πορτα|τοιχο|μηνυμα\w*)\b)",
)

# A stroke's signs, two of them together: the mouth or face twisted or fallen ("το στόμα της
# έχει στραβώσει"), an arm or leg that cannot be lifted or has gone numb, speech gone strange or
# lost; not a numb mouth and odd speech after the dentist's injection.
_EL_FACE = (
    r"(?:στομα|προσωπο|χειλ)\S*\s+(?:\S+\s+){0,3}(?:στραβωσ|στραβο|επεσε|πεσει|πεσμεν|κρεμ)|"
    r"(?:στραβωσε|επεσε)\s+(?:\S+\s+)?(?:το\s+)?(?:στομα|προσωπο)"
)
_EL_LIMB = (
    r"δεν\s+(?:μπορει|μπορω)\s+να\s+(?:σηκωσ|κουνησ)\S*\s+(?:\S+\s+){0,2}(?:χερι|ποδι|μπρατσο)|"
    r"(?:χερι|ποδι|μπρατσο)\S*\s+(?:\S+\s+){0,3}(?:μουδιασ|παραλυσ|δεν\s+κουνιεται)"
)
_EL_SPEECH = (
    r"μιλα(?:ει|ω)\s+(?:πολυ\s+)?(?:περιεργα|μπερδεμενα|ακατανοητα|βαρια|σαν\s+μεθυσμεν)|"
    r"δεν\s+(?:μπορει|μπορω)\s+να\s+μιλησ|μπερδευει\s+τα\s+λογια"
)
GREEK_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:οδοντιατρ|αναισθησ|ενεση))" + any_two_of(_EL_FACE, _EL_LIMB, _EL_SPEECH),
)

# Cutting one's arms, wrists or legs ("κόβω τα χέρια μου") beside a sign that it is done to
# oneself: every night, on purpose, a razor or blade, "not ok", blood that will not stop, "το
# παράκανα" (I overdid it); not cuts from shaving, nor "κόβω το χέρι μου ότι..." (I'd bet my
# hand that).
_EL_CUTS_LIMBS = (
    r"(?:κοβω|χαρακωνω|εκοψα|χαρακωσα)\s+(?:(?:ξανα|παλι)\s+)?(?:τα\s+χερια|το\s+χερι|"
    r"τους\s+καρπους|τον\s+καρπο|τα\s+ποδια|τους\s+μηρους|τα\s+μπρατσα)\s+μου(?!\s+(?:οτι|πως))"
)
_EL_ON_PURPOSE = (
    r"καθε\s+(?:βραδυ|νυχτα|μερα|πρωι)|επιτηδες|σκοπιμα|ξυραφ|λεπιδ|δεν\s+ειμαι\s+καλα|"
    r"δεν\s+σταματα\S*\s+(?:το\s+)?αιμα|αιμα\s+(?:\S+\s+)?δεν\s+σταματα|το\s+παρακανα"
)
GREEK_PHRASES += (  # i18n-exempt: input
    r"^(?!.*ξυριζ)" + every_one_of(_EL_CUTS_LIMBS, _EL_ON_PURPOSE),
)

# An allergy closing the airway: the lips, tongue, throat or face swelling ("πρήστηκαν τα χείλη
# της") beside a breath that will not come or the adrenaline pen; not lips swollen by the sun,
# nor a breath through a nose blocked by a cold.
_EL_SWOLLEN_PART = r"(?:χειλ|γλωσσ|λαιμ|προσωπ)\S*"
_EL_SWELLS = r"(?:πρηστηκ|πρηζ|πρησμεν)\S*"
_EL_NO_BREATH = (
    r"δεν\s+(?:μπορει|μπορω)\s+να\s+(?:αναπνευσ|ανασαν)|δεν\s+(?:αναπνεει|ανασαινει)|"
    r"δυσκολευ\S*\s+να\s+(?:αναπνευσ|ανασαν)|πνιγεται|epipen|επιπεν|αδρεναλιν"
)
GREEK_PHRASES += (  # i18n-exempt: input
    _an_allergy(_EL_SWELLS, _EL_SWOLLEN_PART, _EL_NO_BREATH, r"μυτη|κρυωμεν|συναχ"),
)

# Greek in Latin letters (Greeklish), spelt the ways people text it: "w" or "o" for omega,
# "x", "h" or "ch" for chi, "th" or "8" for theta, "v" or "b" for beta ("kovw", "kobo", "kovo").
# It reads the main kinds: wanting to die, suicide, self-harm, being hit by someone close, a
# threat to kill the writer, not feeling safe, fear of going home. Left alone: "pethainw ths
# peinas", "den thelw na zw sto Londino", the sun that hits one's eyes, "h mama tha me skotwsei
# an arghsw", a road not safe for bikes, cuts while shaving, fear of the dentist.
_GL_CUT = (
    r"(?:ko[vb](?:w|o|oume)|xarak[wo]n[wo]|harak[wo]n[wo]|ekop?s?a|ekoya|xarak[wo]sa|"
    r"harak[wo]sa)"
)
_GL_LIMBS = (
    r"(?:ta\s+(?:x|h|ch)er(?:i|j|y)a|to\s+(?:x|h|ch)eri|tous\s+karpous|ton\s+karpo|ta\s+podia|"
    r"tous\s+m[iyh]rous|ta\s+m?p?ratsa)\s+mou\b(?!\s+(?:oti|pws|pos)\b)"
)
_GL_ON_PURPOSE = (
    r"\bka(?:th|8)e\s+(?:vrady|vradi|brady|bradi|vradu|nyxta|nixta|nyhta|nuxta|mera|prwi|proi)\b|"
    r"\b(?:epitides|epitidhs|skopima|(?:k?s|x)[yi]rafi\w*|lepid\w*)\b|\bden\s+(?:eimai|eime|imai|"
    r"ime)\s+kala\b|\bden\s+stamata\w*\s+(?:to\s+)?(?:aima|ema)\b|\b(?:aima|ema)\s+(?:\w+\s+)?"
    r"den\s+stamata\w*|\bto\s+parakana\b"
)
_GL_WHO = (
    r"(?:antras|andras|syzygos|sizigos|syzigos|pateras|mpampas|babas|mpabas|aderfos|adelfos|"
    r"gios|yios|filos|syntrofos|sintrofos|aftos|autos|aytos|pethera|petheros|theios|prwhn|"
    r"proin|prwin|ksaderfos|xaderfos)"
)
_GL_KILLS_ME = r"\btha\s+me\s+(?:skot[wo]s(?:ei|i|oun|un)|sfa(?:ks|x|j)(?:ei|i))\b"
GREEK_PHRASES += (  # i18n-exempt: input
    r"\b(?:th|8)el[wo]\s+na\s+pe(?:th|8)an[wo]\b(?!\s+(?:apo|ths|tis)\b)|\bden\s+"
    r"(?:th|8)el[wo]\s+(?:(?:pia|pleon|allo)\s+)?na\s+z[wo]\b(?!\s+(?:se|sto|sti|stin|ston|"
    r"stis|me|edw|edo|ekei)\b)|\b(?:af|au|ay|av)tokton(?:is|h|i|ei|hs)?s?[wo]\b|"
    r"\bskeftom(?:ai|e)\s+(?:\w+\s+)?(?:af|au|ay|av)tokton",
    r"\b(?:" + _GL_CUT + r"|kai[wo]|ekapsa|ekaya|xtyp(?:aw|ao)|xtip(?:aw|ao)|htyp(?:aw|ao)|"
    r"plhg[wo]n[wo]|plig[wo]n[wo])\s+(?:\w+\s+)?ton\s+e[ao]?[fvuy]t[ow]\s+mou\b",
    r"^(?!.*\b(?:k?s|x)[yi]riz\w*)"
    + every_one_of(rf"\b{_GL_CUT}\s+(?:(?:ksana|xana|pali)\s+)?{_GL_LIMBS}", _GL_ON_PURPOSE),
    rf"\b{_GL_WHO}\s+(?:mou\s+)?(?:\w+\s+){{0,3}}me\s+(?:xtyp|xtip|htyp|chtyp|xtup)\w*|\bme\s+"
    r"(?:dernei|derni|edeire|ediri|apeilei|apilei|apeilhse|apilise|apeilise)\b",
    r"^(?!.*\b(?:arg(?:h|i)s[wo]\w*|arga)\b)"
    + every_one_of(
        _GL_KILLS_ME,
        r"\b(?:eipe|ipe|leei|lei|apeilei|apilei|apeilhse|apilise|fwnaze|fonaze|egrapse|grafei|"
        r"apopse|simera|shmera|an(?:d|t)ras\s+mou|syzygos\s+mou|prwhn\s+mou|proin\s+mou)\b|"
        r"\ban\s+(?:\w+\s+){0,2}(?:fygw|figo|fugw|fygo|milhsw|miliso|pw|po|kataggeilw|kataggilo|"
        r"xwrisw|xoriso|chwrisw)\b",
    ),
    r"\bden\s+(?:eimai|eime|imai|ime|ni[ovw](?:th|8)[wo]|aisthanomai|esthanome)\s+"
    r"(?:\w+\s+)?asfal\w*|\bfo[vb]am(?:ai|e)\s+na\s+(?:g[yi]ris[wo]|paw|pao|epistreps[wo])\s+"
    r"(?:\w+\s+)?spiti\b",
)

# In Greeklish too, a stroke's signs two together (the face or mouth fallen or twisted, an arm or
# leg that will not move, speech gone: "to prosopo exei pesei", "to xeri den kounietai", "den
# mporei na milisei") and an allergy swelling the lips or throat beside a breath that will not
# come or the adrenaline pen; not a mouth numb and speech odd after the dentist, an arm kept
# still after an operation, nor a breath through a nose blocked by a cold.
_GL_CAN_NOT = r"\bden\s+(?:mporei|mpori|borei|bori|mporw|mporo|borw|boro)\s+na\s+"
_GL_FACE = (
    r"\b(?:stom|pros[ow]p|xeil|xil|heil|cheil)\w*\s+(?:\w+\s+){0,3}(?:strav|strab|epese|pesei|"
    r"pesi|pesmen|krem)\w*|\b(?:stravwse|stravose|epese)\s+(?:\w+\s+)?(?:to\s+)?(?:stoma|"
    r"pros[ow]po)\b"
)
_GL_LIMB = (
    rf"{_GL_CAN_NOT}(?:s[ih]k[wo]s|koun[hi]s)\w*\s+(?:\w+\s+){{0,2}}(?:x|h|ch)eri|"
    rf"{_GL_CAN_NOT}(?:s[ih]k[wo]s|koun[hi]s)\w*\s+(?:\w+\s+){{0,2}}(?:podi|m?pratso)|"
    r"\b(?:(?:x|h|ch)eri|podi|m?pratso)\w*\s+(?:\w+\s+){0,3}(?:moudias|paral[yi]s|den\s+"
    r"koun(?:i|ie|h|hie)tai|den\s+kounaei)\w*"
)
_GL_SPEECH = (
    r"\bmila(?:ei|i|w|o)\s+(?:poly\s+|poli\s+)?(?:perierga|mperdemena|akatanoh?ta|baria|"
    rf"varia)\b|{_GL_CAN_NOT}mil(?:h|i)s\w*|\bmperdevei\s+ta\s+logia\b"
)
_GL_SWOLLEN_PART = r"(?:xeil|xil|heil|cheil|gl[wo]ss|laim|lem|pros[ow]p)\w*"
_GL_SWELLS = r"(?:pr[ihy]s(?:th|8|t)[ihy]k|pr[ihy]z|pr[ihy]sm[ae]n)\w*"
_GL_NO_BREATH = (
    rf"{_GL_CAN_NOT}(?:anapn|anasan)\w*|\bden\s+(?:anapne\w*|anas[ae]ne\w*|anasainei)|"
    r"\bdyskoleve\w*\s+na\s+anapn\w*|\bpnig[eo]t(?:ai|e)\b|\bepi-?pen\b"
)
GREEK_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:odontiatr|anaisth[iy]s|enes[ih]))" + any_two_of(_GL_FACE, _GL_LIMB, _GL_SPEECH),
    _an_allergy(
        rf"\b{_GL_SWELLS}",
        rf"\b{_GL_SWOLLEN_PART}",
        _GL_NO_BREATH,
        r"\b(?:myti|miti|muti|kryomen|kriomen|synax|sinax)",
    ),
)

# A plan to die said plainly, in the first person: dying or suicide decided ("αποφάσισα να
# πεθάνω", not "θα πεθάνω" of hunger or laughter), killing oneself or an end put to one's life
# to come ("θα σκοτώσω τον εαυτό μου", "θα δώσω τέλος στη ζωή μου"), not being alive after a
# day ("δεν θα είμαι ζωντανή"), a fall or leap from a bridge or a roof or onto the railway
# lines ("θα πέσω στις γραμμές του τρένου"); and in Greeklish ("apofasisa na pethanw", "tha
# valw telos sti zwi mou"). Not a move decided, an end put to a talk, not being at home, a
# bridge crossed or a train taken.
_GR_END_MY_LIFE = (
    r"(?:αυτοκτονησω|σκοτωσω\s+τον\s+εαυτο\s+μου|(?:δωσω|βαλω)\s+τελος\s+(?:στη|στην)\s+"
    r"ζωη\s+μου|τελειωσω\s+(?:με\s+)?(?:τη|την)\s+ζωη\s+μου|κρεμαστω)"
)
_GR_LEAP = (
    r"(?:πεσω|πηδηξω|πεταχτω|ριξω\s+τον\s+εαυτο\s+μου)\s+(?:\S+\s+)?(?:απο\s+(?:τη|την|το)\s+"
    r"(?:γεφυρα|ταρατσα|μπαλκονι|γκρεμο|πολυκατοικια)|(?:στις|στη|στην)\s+(?:γραμμες|ραγες|"
    r"γραμμη)|(?:μπροστα|κατω)\s+απο\s+(?:το\s+)?(?:τρενο|μετρο|ηλεκτρικο))"
)
_GL_END_MY_LIFE = (
    r"(?:(?:af|au|ay|av)tokton(?:is|h|i)s[wo]|skot[wo]s[wo]\s+ton\s+"
    r"e[ao]?[fvuy]t[ow]\s+mou|(?:d[wo]s[wo]|val[wo])\s+telos\s+st[hi]n?\s+z[wo][hi]\s+mou|"
    r"krema(?:st|s)[wo])"
)
GREEK_PHRASES += (  # i18n-exempt: input
    rf"αποφασισα\s+(?:πια\s+)?να\s+(?:πεθανω|{_GR_END_MY_LIFE})|θα\s+{_GR_END_MY_LIFE}",
    r"δεν\s+θα\s+(?:ειμαι|ζω)\s+(?:πια\s+|πλεον\s+)?(?:ζωνταν|στη\s+ζωη)",
    rf"(?:θα|να)\s+{_GR_LEAP}",
    rf"\bapofasisa\s+(?:pia\s+)?na\s+(?:pe(?:th|8)an[wo]|{_GL_END_MY_LIFE})\b|"
    rf"\btha\s+{_GL_END_MY_LIFE}\b|\bden\s+"
    r"(?:th|8)a\s+(?:eimai|ime|imai)\s+(?:pia\s+)?zwntan\w*",
)

# Pills gathered or kept, a rope or a gun bought ("μάζεψα τα χάπια", "αγόρασα σχοινί") beside
# all of them to be taken, "the last time" or a goodbye; not a rope for the washing, tablets for
# a journey.
_GR_MEANS_GATHERED = (
    r"(?:μαζεψα|μαζευω|κραταω|κρατησα|φυλαω|φυλαξα|εκρυψα|κρυβω)\s+(?:\S+\s+){0,2}?(?:χαπια|"
    r"φαρμακα)|(?:αγορασα|βρηκα|εκρυψα|εχω\s+ετοιμο)\s+(?:\S+\s+){0,2}?(?:σχοινι|σκοινι|οπλο|"
    r"πιστολι|καραμπινα)"
)
_GR_LAST_OR_GOODBYE = (
    r"τελευταια\s+φορα|αντιο|συγγνωμη\s+(?:για\s+)?ολα|συγχωρεστε\s+με|θα\s+τα\s+(?:παρω|πιω|"
    r"καταπιω)\s+ολα|σας\s+αγαπω\s+(?:ολους|πολυ)"
)
GREEK_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ρουχα|απλω|ταξιδι|αναρριχηση|βαρκα|κατασκηνωση|κυνηγι))"
    + every_one_of(_GR_MEANS_GATHERED, _GR_LAST_OR_GOODBYE),
)

# The main kinds said plainly. A whole box of pills just swallowed ("κατάπια ένα ολόκληρο κουτί
# χάπια"), not one bought; all the pills to be taken tonight or beside "I can't take any more"
# ("απόψε θα πάρω όλα τα χάπια"), not all the pills picked up from the pharmacy or prescribed.
_GR_PILLS = r"(?:χαπια|χαπιων|φαρμακα|ηρεμιστικα|υπνωτικα|παυσιπονα)"
_GR_SWALLOWED_A_BOX = (
    r"\b(?:καταπια|ηπια)\s+(?:\S+\s+){0,2}?(?:κουτι|πακετο|μπουκαλακι|καρτελα|συσκευασια)\s+"
    rf"(?:\S+\s+){{0,2}}?{_GR_PILLS}"
)
_GR_WILL_TAKE_ALL = (
    rf"\bθα\s+(?:τα\s+)?(?:παρω|πιω|καταπιω)\s+(?:\S+\s+)?ολα\s+(?:\S+\s+)?{_GR_PILLS}"
)
_GR_TONIGHT_OR_DESPAIR = (
    r"\b(?:αποψε|αυτη\s+τη\s+νυχτα|τωρα|σημερα|αυριο)\b|\bδεν\s+(?:αντεχω|μπορω)\s+(?:\S+\s+)?"
    r"αλλο\b"
)
_GR_AS_PRESCRIBED = r"^(?!.*(?:φαρμακει\w*|συνταγ\w*|γιατρ\w*|δοσολογι\w*))"
# A mother, sister or child beaten now ("χτυπάει τη μαμά μου"); not the bell or a ball hit.
_GR_BEATS = r"(?:χτυπαει|χτυπα|χτυπανε|χτυπουν|δερνει|δερνουν|πλακωνει|κλωτσαει)"
_GR_MUM_OR_SISTER = (
    r"(?:τη|την|το|τον)\s+(?:μαμα|μητερα|αδερφη|αδελφη|γιαγια|κορη|γιο|αδερφο|αδελφο|παιδι)\s+"
    r"(?:μου|μας)"
)
# Someone standing with a knife ("στέκεται με ένα μαχαίρι") beside a door locked; not a cake cut.
_GR_KNIFE_HELD = (
    r"\b(?:στεκεται|ειναι|ηρθε|μπηκε|περιφερεται|κυκλοφορει|καθεται)\s+(?:\S+\s+){0,2}?με\s+"
    r"(?:ενα\s+|το\s+)?(?:μαχαιρι|μαχαιρια|τσεκουρι)\b|\b(?:κρατα|κραταει|εβγαλε|αρπαξε|"
    r"κουναει)\s+(?:\S+\s+)?(?:ενα\s+|το\s+)?(?:μαχαιρι|τσεκουρι)\b"
)
_GR_DOOR_LOCKED = (
    r"\b(?:κλειδωσε|κλειδωνει|κλειδωσαν|ασφαλισε)\s+(?:\S+\s+){0,2}?(?:πορτα|πορτες|μας|με)\b|"
    r"\bπορτα\s+(?:ειναι\s+)?κλειδωμενη\b"
)
_GR_COOKING = r"^(?!.*(?:κοβει|καθαριζει|ψωμι|τουρτα|λαχανικ|κρεμμυδ|κρεας))"
# A child alone at home for days without food; a child hit and bleeding from the head.
_GR_A_CHILD = r"\b(?:παιδι|παιδια|μωρο|γιος|γιο|κορη|μικρος|μικρη|μικρο|εγγον\w*)\b"
_GR_ALONE = r"\b(?:μονο|μονη|μονος|μονα|αφημενο|παρατημενο)\b"
_GR_FOR_DAYS = (
    r"\b(?:δυο|τρεις|τρια|τεσσερις|πολλες|μερικες|\d+)\s+(?:μερες|ημερες|εικοσιτετραωρα)\b|"
    r"\bαπο\s+χθες\b"
)
_GR_NO_FOOD = (
    r"\bχωρις\s+(?:φαγητο|φαι|τροφη)\b|\bδεν\s+(?:εχει\s+)?(?:φαει|φαγητο)\b|\bνηστικ\w*|"
    r"\bπειναει\b"
)
_GR_HIT = r"\b(?:χτυπησαν|χτυπησε|εδειραν|εδειρε|σπρωξαν|εσπρωξε|χτυπημενο|χτυπημενος|δαρμενο)\b"
_GR_HEAD_BLEEDING = (
    r"\bαιμορραγει\s+(?:\S+\s+){0,2}?κεφαλι\b|\bαιμα\w*\s+(?:\S+\s+){0,3}?κεφαλι\b|\bκεφαλι\s+"
    r"(?:\S+\s+){0,2}?(?:ματωμενο|ανοιχτο|σπασμενο|αιμορραγει)\b|\bανοιξε\s+το\s+κεφαλι\b"
)
# The writer to be married off ("θα με παντρέψει"; not "να με παντρευτεί", to marry me) beside
# a cousin, abroad or tickets; the writer kept locked in ("με κρατάνε κλειδωμένη").
_GR_MARRY_ME_OFF = r"\bμε\s+(?:παντρεψει|παντρεψουν|παντρευει|παντρευουν|παντρεψαν|παντρεψε)\b"
_GR_COUSIN_OR_ABROAD = (
    r"\b(?:ξαδερφ\w*|ξαδελφ\w*|εξωτερικο|εισιτηρι\w*|με\s+το\s+ζορι|χωρις\s+να\s+θελω)\b|"
    r"\bπαρα\s+τη\s+θεληση\s+μου\b"
)
_GR_KEPT_LOCKED = (
    r"\bμε\s+(?:κραταει|κρατανε|κρατουν|κρατησαν|κρατουσαν)\s+(?:\S+\s+)?(?:κλειδωμεν\w*|"
    r"φυλακισμεν\w*)"
)
# A daughter or granddaughter to be cut ("θα κάνουν περιτομή στην κόρη μου"); not a son.
_GR_GIRL = r"(?:κορη|κορουλα|εγγονη|αδερφη|αδελφη|κοριτσι|μενα)"
_GR_CUT = r"(?:περιτομ\w*|ακρωτηριασμ\w*)"
_GR_GIRL_CUT = (
    rf"\b{_GR_CUT}\s+(?:\S+\s+){{0,2}}?{_GR_GIRL}\b|\b{_GR_GIRL}\s+(?:\S+\s+){{0,3}}?{_GR_CUT}"
)
# Chest pain beside someone who does not speak or respond; not chest pain after the gym.
_GR_CHEST_PAIN = (
    r"\b(?:πονο|πονος|πονους|πονοι|πονα|πονανε|ποναει|σφιξιμο|βαρος)\s+(?:\S+\s+){0,2}?"
    r"(?:στηθος|καρδια)\b|\bστηθος\s+(?:\S+\s+)?πονα\w*"
)
_GR_NOT_SPEAKING = (
    r"\bδεν\s+(?:μιλαει|μιλα|απαντα|απανταει|αντιδρα|μπορει\s+να\s+μιλησει)\s*(?:[.!,;]|$|και\b)"
)
# Someone beaten to drive out a demon, a spirit or a jinn ("τη χτυπάνε για να βγάλουν το
# δαιμόνιο"); not drums beaten to chase spirits away.
_GR_BEATS_THEM = (
    r"\b(?:τη|την|τον|το|με|μας)\s+(?:χτυπανε|χτυπαει|χτυπουν|χτυπα|δερνουν|δερνει|εδειραν|"
    r"χτυπησαν)\b"
)
_GR_SPIRIT = r"(?:δαιμον\w*|πνευμα\w*|τζιν|διαβολ\w*|εξορκ\w*|ξορκ\w*)"
GREEK_PHRASES += (  # i18n-exempt: input
    _GR_SWALLOWED_A_BOX,
    _GR_AS_PRESCRIBED + every_one_of(_GR_WILL_TAKE_ALL, _GR_TONIGHT_OR_DESPAIR),
    rf"\b{_GR_BEATS}\s+(?:τωρα\s+)?{_GR_MUM_OR_SISTER}\b",
    _GR_COOKING + every_one_of(_GR_KNIFE_HELD, _GR_DOOR_LOCKED),
    "^" + every_one_of(_GR_A_CHILD, _GR_ALONE, _GR_FOR_DAYS, _GR_NO_FOOD),
    "^" + every_one_of(_GR_A_CHILD, _GR_HIT, _GR_HEAD_BLEEDING),
    "^" + every_one_of(_GR_MARRY_ME_OFF, _GR_COUSIN_OR_ABROAD),
    _GR_KEPT_LOCKED,
    _GR_GIRL_CUT,
    "^" + every_one_of(_GR_CHEST_PAIN, _GR_NOT_SPEAKING),
    "^" + every_one_of(_GR_BEATS_THEM, _GR_SPIRIT),
)

# "You will pay for it" as a threat, beside one who knows where the writer lives or her being
# alone, and an ex or his coming tonight ("απόψε θα έρθει και θα το πληρώσω, ξέρει πού μένω");
# not an ex who comes for the children while the writer pays for the food.
_GR_YOU_WILL_PAY = r"\bθα\s+(?:το\s+)?πληρωσ(?:ω|εις|ει)\b|\bθα\s+με\s+(?:σκοτωσει|δειρει)\b"
_GR_HE_KNOWS_OR_ALONE = r"\bξερει\s+που\s+(?:μενω|ειμαι|δουλευω)\b|\bειμαι\s+μον(?:η|ος)\b"
_GR_HE_IS_COMING = r"\b(?:πρωην|αποψε|θα\s+ερθει|ερχεται)\b"
GREEK_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GR_YOU_WILL_PAY, _GR_HE_KNOWS_OR_ALONE, _GR_HE_IS_COMING),
)

# The writer beaten by people who said they will be back; not men come to mend a tap who will be
# back tonight, nor a knock in a match.
_GR_BEAT_ME = r"\bμε\s+(?:χτυπησαν|εδειραν|πλακωσαν|χτυπησε|εδειρε|πλακωσε|κλοτσησαν)\b"
_GR_WILL_BE_BACK = (
    r"\b(?:ειπαν|ειπε|απειλησαν|απειλησε|φωναξαν)\s+(?:\S+\s+){0,2}?θα\s+(?:ξαναγυρισουν|"
    r"ξαναρθουν|ξαναερθουν|γυρισουν|ερθουν|ξαναγυρισει|ξαναρθει|ξαναερθει)\b"
)
_GR_SPORT = r"\b(?:ματς|ποδοσφαιρ\w*|μπασκετ|προπονηση|αγωνα|γηπεδο)\b"
GREEK_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*{_GR_SPORT})" + every_one_of(_GR_BEAT_ME, _GR_WILL_BE_BACK),
)
