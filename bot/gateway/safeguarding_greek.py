"""The Greek safeguarding phrase net (read by safeguarding_languages). Text has been through
safeguarding_languages.fold, which drops the Greek accent (tonos), since members often type
without it, so patterns are written unaccented. Greek puts its object pronoun before the verb
("με χτυπάει", "με απειλεί"), so a pattern is the pronoun and the verb, after the person who
does it and what is said of them ("ο ανιψιός μου που με φροντίζει με χτυπάει"); a child's
bruises are read beside fear of going back or the person the child stays with, a fall beside a
head that is not answering properly, and a stroke's signs two together (the mouth twisted, an
arm that cannot be lifted, speech gone strange).

Left alone: "πεθαίνω της πείνας" (dying of hunger), "η μαμά θα με σκοτώσει" (mum will kill me,
late), the sun hitting one's eyes, a daughter following on Instagram, medicine times, a scan
appointment, a session on the police, nowhere to park, a boy bruised at football, a son who
kicks the ball hard ("τη χτυπάει την μπάλα"), an arm not lifted after a shoulder operation, a
mouth numb and speech odd after the dentist, a nephew who rings the bell each morning.
"""

from __future__ import annotations

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
    r"(?:στομα|προσωπο|χειλ)\S*\s+(?:\S+\s+){0,3}(?:στραβωσ|στραβο|επεσε|πεσμεν|κρεμ)|"
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
    r"^(?!.*(?:οδοντιατρ|αναισθησ|ενεση))(?:"
    rf"(?=.*(?:{_EL_FACE}))(?=.*(?:{_EL_LIMB}|{_EL_SPEECH}))|"
    rf"(?=.*(?:{_EL_LIMB}))(?=.*(?:{_EL_SPEECH})))",
)
