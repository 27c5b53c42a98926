"""The Albanian safeguarding phrase net (read by safeguarding_languages), for standard (Tosk)
Albanian and the Gheg of Kosovo and the north. "Më" (me) comes before the verb ("më rreh", "më
kërcënon", "ma mori pasaportën"); once folded it reads "me", which is also "with" and, in Gheg,
the mark of the infinitive ("me mbyll" is "to close"), so a harm is "me" with a verb form that
can only mean something done to the writer, or with the place it is done ("me mbyll në
shtëpi"). Text has been through safeguarding_languages.fold (no diacritics: "ë" reads "e", "ç"
reads "c"). Beyond the main kinds it reads a home taken over (a relative's flat occupied and
dealt from, or her threatened if she calls the police), a girl under 18 with a much older
"boyfriend" who gives her money or takes her to other men, a passport taken with being made
to work or not let out, a child not home with the phone off or no one knowing where, a child
made to sell or carry drugs or sent out of town with packages or gone off with older boys and
silent for days or back with a knife wound, a threat to kill someone if they talk, and a
threat to burn a family's home, and a marriage by force for the writer, a sister or a daughter
beside her being taken abroad for it or her passport taken (not forced marriage asked about).

Left alone: "po vdes nga uria" (dying of hunger), "nuk jam i sigurt" (I'm not sure), "me rrah
vezët" (to beat the eggs), "nuk kam ku të parkoj", "nëna do më vrasë" (mum will kill me), "do ta
vrasë veten me punë" (working himself to death), "burri e mbyll dyqanin", nephews staying at
a grandmother's for the holidays, the writer threatening to call the police over noise, a coach
who takes a girl to training, a political life ended, a brother who no longer wants to live in
London, a boss's night shifts, a teenager's phone taken by her parents, a child late home from
a friend's or from training.
It also reads someone else's papers held by those he works for with a debt or a threat ("i
kanë marrë pasaportën dhe i thonë që ka borxh"); not a passport at an embassy for a visa.
Also: gas smelled at the home of someone with dementia or who does not answer; someone hit
by a car or lorry who does not move (not a fall from a bike with a child up again). A plan to end
one's life said plainly ("do hidhem nga ura", "kam vendosur të vdes", "nuk do jem më gjallë"),
or the river gone to tonight with no coming back (not fishing, back late).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import a_means_beside_a_plan, any_two_of, every_one_of

# What a person does to "me" (më), in forms that are not also an infinitive.
_SQ_HARMS = (
    r"rreh|rrahu|rrihte|godet|goditi|qellon|qelloi|kercenon|kercenoi|kanos|kanosi|perdhunoi|"
    r"perdhunon|dhunon|dhunoi|keqtrajton|keqtrajtoi|shkelmoi|"
    r"ngacmon|ngacmoi|perndjek|perndoqi|ndoqi|terrorizon|poshteron|kercenojne|rrahin"
)
_SQ_CHILD = r"(?:femij\w*|djal\w*|vajz\w*|foshnj\w*|cun\w*|goc\w*|nip\w*|mbes\w*)"
_SQ_WHO = (
    r"(?:prej\s+tij|prej\s+saj|prej\s+tyre|nga\s+ai|nga\s+ajo|nga\s+(?:burri|bashkeshorti|"
    r"partneri|babai|vellai|vjehrri|vjehrra|i\s+dashuri|ish\s*\w*|njerku))"
)
# "If" and "will break my (bone)": a threat, not stairs or ice that "will break my legs".
_SQ_IF = r"(?:nese|n'?se|po\s+(?:te|qe)|ne\s+qofte\s+se|neqoftese)"
_SQ_BREAK_MY = (
    r"\bdo\s+(?:te\s+)?(?:me|na)\s+thye\w*\s+(?:\w+\s+)?(?:krah\w*|kemb\w*|dor\w*|duar\w*|"
    r"qaf\w*|brinj\w*|hund\w*|kok\w*|dhemb\w*|eshtra\w*|gisht\w*)"
)

# Moved into someone's home and kept it: "kanë zënë banesën", "u futën në shtëpinë".
_SQ_TAKEN_OVER = (
    r"\b(?:kane\s+zene|zune|kane\s+pushtuar|pushtuan|jane\s+futur\s+ne|u\s+futen\s+ne|"
    r"jane\s+vendosur\s+ne|u\s+vendosen\s+ne|kane\s+marre|moren)"
)
_SQ_HOME = r"(?:banes\w*|shtepi\w*|shpi\w*|apartament\w*)"

ALBANIAN_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    r"\b(?:dua|due|deshiroj)\s+(?:(?:vetem|thjesht|me\s+shume|ma\s+shume)\s+)?(?:te|me)\s+"
    r"(?:vdes|dek|vras\s+veten|vra\s+veten|zhdukem\s+pergjithmone)\b",
    r"\b(?:do\s+ta|dua\s+ta|due\s+me|po\s+e)\s+vra(?:s|sh)?\s+veten\b|\bvetevrit\w*|\bmendoj\s+"
    r"(?:\w+\s+)?(?:per\s+)?vetevras\w*|\bmendime\s+vetevras\w*",
    r"\b(?:nuk\s+|s'?)(?:dua|due)\s+(?:(?:me|te|ma|me\s+shume)\s+){0,2}(?:jetoj|jetu|jetue|"
    r"zgjohem)\b",
    r"\bme\s+mire\s+(?:\w+\s+){0,2}pa\s+mua\b|\bpa\s+mua\s+(?:\w+\s+){0,2}(?:me\s+mire|ma\s+mire)\b",
    r"\bjeta\s+(?:ime\s+)?nuk\s+ka\s+(?:me\s+)?kuptim\b",
    # ending a life, the writer's or a brother's told for him ("do t'i japë fund jetës sonte"):
    # not a political or working life ended
    r"\bt'?i?\s*jap(?:e|in|i)?\s+fund\s+(?:jetes|vetes|kesaj\s+jete|gjithckaje|gjithcka)\b"
    r"(?!\s+(?:se\s+(?:tij|saj|tyre|time)\s+)?(?:politike|profesionale|artistike|sportive|"
    r"publike|studentore|beqare))",
    # someone else who no longer wants to live, not live somewhere or with someone
    r"\b(?:nuk|s'?)\s*(?:do|don|deshiron)\s+(?:(?:me|te)\s+)?(?:jetoje|jetoj|jetu|jetuar)\s+"
    r"(?:me|ma)\b(?!\s+(?:ne|me|tek|te|atje|ketu|larg|kete|ate|vete\w*)\b)",
    # someone else who says she or he will kill themselves ("do ta vrasë veten"), not one
    # killing themselves with work
    r"\b(?:do\s+ta|do\s+te|deshiron\s+ta|kercenon\s+se\s+do\s+ta)\s+vra(?:se|sin|sh|sesh)\s+"
    r"veten\b(?!\s+(?:me|nga|ne)\s+(?:pune\w*|mesim\w*|studim\w*|duhan|stres|vrap\w*|te\s+"
    r"qeshur))",
    # self-harm
    r"\b(?:e\s+)?(?:pres|preva|lendoj|lendova|demtoj|demtova|djeg|dogja|gervisht\w*)\s+(?:\w+\s+)?"
    r"veten\b|\bvetelendim\w*|\bvetedemtim\w*",
    # all the tablets
    r"\b(?:i\s+)?(?:piva|mora|gelltita|do\s+t[ie]\s+pi|do\s+t[ie]\s+marr)\s+(?:\w+\s+)?(?:te\s+"
    r"gjitha|krejt|gjithe)\s+(?:\w+\s+)?(?:hap\w*|tablet\w*|ilac\w*|barna\w*|barerat)\b|"
    r"\bmbidoz\w*",
    r"\b(?:kam\s+mbledhur|mbledh|fsheh|kam\s+fshehur)\s+(?:\w+\s+)?(?:hapat|tabletat|ilacet|"
    r"barnat)\b",
    # violence, threats, control
    rf"\bme\s+(?:{_SQ_HARMS})\b",
    r"\bme\s+(?:mbyll|mbylli|mbyllin|mban\s+te\s+mbyllur)\s+(?:\w+\s+)?(?:ne\s+)?(?:shtepi|shpi|"
    r"dhome|brenda|banjo)\b",
    r"\b(?:burri|bashkeshorti|partneri|djali|i\s+biri|vajza|nusja|vjehrr\w*|vellai|kunat\w*)\s+"
    r"(?:\w+\s+){0,3}(?:e|i)\s+(?:mbyll|mbyllte|mbylli|mbyllin|kyc\w*|mban\s+te\s+mbyllur)\s+"
    r"(?:ne\s+)?(?:dhome|shtepi|shpi|banjo|bodrum|brenda)\b",
    r"\bkercen\w*\s+(?:\w+\s+){0,3}(?:se\s+)?do\s+(?:te\s+)?me\s+vra\w*|\bme\s+kercen\w*\s+(?:\w+\s+){0,2}me\s+"
    r"(?:vdekje|thike)\b",
    r"\b(?:perjetoj|vuaj)\s+(?:\w+\s+)?(?:dhune|keqtrajtim)\b",
    r"\bma\s+(?:mori|merr|fsheh|fshehu|mban)\s+(?:\w+\s+)?(?:pasaporten|telefonin|parate|leket|"
    r"dokumentet|karten|rrogen)\b",
    r"\bnuk\s+me\s+le\s+(?:te|me)\s+(?:dal|shkoj|takoj|flas|punoj)\b",
    # "më mori kartën" in Tosk (folded "me"), in a past form that is not an infinitive
    r"\bme\s+(?:mori|morri|ka\s+marre|fshehu|ka\s+fshehur)\s+(?:\w+\s+)?(?:pasaporten|"
    r"telefonin|parate|leket|dokumentet|karten|rrogen|celesat)\b",
    # a bone to be broken, said as a threat ("tha që do të më thyejë krahun") or with a condition
    rf"\b(?:tha|thote|thoshte|kercen\w*|kanos\w*|bertit\w*|{_SQ_IF})\b.{{0,40}}{_SQ_BREAK_MY}|"
    rf"{_SQ_BREAK_MY}\s+(?:\w+\s+)?{_SQ_IF}\b",
    # afraid of him, afraid to go home
    r"\b(?:kam\s+(?:shume\s+)?frike|frikesohem|druhem|me\s+vjen\s+frike|trembem)\s+(?:shume\s+)?"
    + _SQ_WHO,
    r"\b(?:kam\s+(?:shume\s+)?frike|frikesohem|druhem|me\s+vjen\s+frike)\s+(?:te|me)\s+(?:shkoj|"
    r"kthehem|hyj|ktheh)\w*\s+(?:ne\s+)?(?:shtepi|shpi)\b",
    # a child at risk
    rf"\b{_SQ_CHILD}\s+(?:\w+\s+){{0,3}}(?:nuk\s+(?:ka|kane)\s+ngrene\s+(?:\w+\s+)?(?:qe\s+nga|"
    r"prej|gjithe\s+diten|dite)|(?:jane?|rrine?)\s+pa\s+buke|rrihen|u\s+rrah\w*|keqtrajt\w*|"
    r"(?:jane?|rrine?)\s+vetem\s+(?:ne\s+shtepi\s+)?(?:gjithe\s+diten|dite|cdo\s+dite)|vuajne?\s+"
    r"uri)",
    rf"\b(?:rreh|rrah|godet|keqtrajton|ngacmon)\s+(?:\w+\s+)?{_SQ_CHILD}",
    # followed
    r"\b(?:dikush|nje\s+burre|nje\s+njeri|ai|ish\w*)\s+me\s+(?:ndjek|ndjekin|ndiqte|ndoqi)\b|"
    r"\bme\s+(?:ndjek|ndjekin|ndiqte|ndoqi)\s+(?:\w+\s+)?(?:kudo|deri\s+ne|ne\s+rruge|cdo\s+dite|"
    r"nga\s+puna)\b",
    # forced marriage
    r"\b(?:me\s+)?detyro\w*\s+(?:\w+\s+){0,2}(?:te|me)\s+(?:martohem|martuar|fejohem)\b|\bmartes\w*"
    r"\s+(?:me\s+)?(?:zor|detyrim|te\s+detyruar)\b|\bme\s+zor\s+(?:\w+\s+){0,3}(?:martoj\w*|"
    r"martoh\w*|martes\w*|fejes\w*)",
    # in danger, not safe, help
    r"\bjam\s+ne\s+rrezik\b|\bjeta\s+ime\s+(?:eshte\s+)?ne\s+rrezik\b|\bme\s+shpetoni\b|"
    r"\bndihm[eo]?n?i?\s+(?:\w+\s+){0,3}(?:do\s+me\s+vras\w*|me\s+rreh|jam\s+ne\s+rrezik)",
    r"\bnuk\s+ndihem\s+(?:\w+\s+)?(?:i\s+|e\s+)?sigurt\w*|\bnuk\s+jam\s+(?:i\s+|e\s+)?sigurt\w*\s+"
    r"(?:ne\s+shtepi|ne\s+shpi|me\s+te|me\s+ate)\b|\bnuk\s+jam\s+ne\s+siguri\b",
    # nowhere to sleep tonight
    r"\b(?:nuk\s+kam|s'?kam)\s+(?:ku|vend\s+ku)\s+(?:te\s+|me\s+)?(?:fle|flej|rri|qendroj|shkoj|"
    r"jetoj|kaloj\s+naten)\b|\bme\s+(?:nxori|perzuri|qiti|dboi)\s+(?:\w+\s+)?(?:nga\s+)?"
    r"(?:shtepia|shpia|shtepie|banesa)\b",
    # can't go on
    r"\b(?:nuk|s'?)\s*(?:mund|mundem|po\s+mundem)\s+(?:me\s+)?(?:te|me)\s+(?:vazhdoj|jetoj|"
    r"jetu|duroj)\s+(?:me\s+)?(?:keshtu|kete\s+jete|me\s+shume)\b|\b(?:jam\s+lodhur|u\s+lodha|"
    r"jam\s+merzitur)\s+(?:\w+\s+)?(?:nga|prej)\s+jeta?\b",
    # killed if she leaves her husband
    r"\b(?:nese|n'?se|po\s+qe\s+se|ne\s+qofte\s+se)\s+(?:\w+\s+)?(?:e\s+le\s+(?:ate|burrin|"
    r"bashkeshortin)|e\s+lej\s+(?:ate|burrin)|ndahem|divorcohem|largohem\s+(?:prej|nga)\s+(?:tij|"
    r"ai|burri))\b.{0,40}\bdo\s+(?:te\s+)?(?:me|na)\s+(?:vrasin|vrase|vret|vrasi|"
    r"mbysin|mbyt\w*)\b",
    # a relative kept locked in or not let out, over a debt or in a cannabis house
    r"^(?=.*\b(?:vellai|motra|djali|vajza|nipi|mbesa|kusheri\w*|burri|gruaja|shoku|shoqja)\b)"
    r"(?=.*\b(?:e\s+mbajne\s+(?:te\s+)?mbyllur|e\s+kane\s+mbyllur|nuk\s+e\s+(?:lene|lejojne)"
    r"\s+(?:te|me)\s+dal\w*)\b)(?=.*\b(?:borxh\w*|kanabis\w*|bar\s+droge|droge|udhetim\w*|"
    r"pasaport\w*)\b)",
    # brought here and kept in a house, not let out, told a debt is owed
    r"\bme\s+mbajne\s+(?:\w+\s+){0,6}(?:shtepi|dhome|banes\w*)\b(?=.*\b(?:nuk\s+me\s+(?:lene|"
    r"lejojne)|borxh\w*|me\s+sollen)\b)",
    # threatened if the police are called ("e kërcënojnë nëse thërret policinë"), not the
    # writer who threatened to call them
    rf"\b(?:e|i|me|na|ju)\s+(?:kercen|kanos)\w*\s+(?:\w+\s+){{0,8}}?{_SQ_IF}\s+"
    r"(?:\w+\s+){0,2}?(?:therr\w*|thirr\w*|lajmer\w*|tregon\w*|tregoj\w*|raport\w*|"
    r"telefon\w*|shkon\w*|shkoj\w*)\s+(?:\w+\s+)?(?:ne\s+)?polici\w*",
    # a home taken over (cuckooing): someone has moved into a relative's flat and deals from it,
    # threatens her or will not let her out
    rf"^(?=.*{_SQ_TAKEN_OVER}\s+(?:\w+\s+)?{_SQ_HOME})(?=.*\b(?:drog\w*|kercen\w*|kanos\w*|"
    r"me\s+force|me\s+dhune|nuk\s+e\s+(?:lene|lejojne)|s'?e\s+lene|frik\w*)\b)",
    rf"\b(?:shesin|shet|shperndajne|mbajne|fshehin)\s+(?:\w+\s+)?drog\w*\s+(?:\w+\s+){{0,2}}?"
    rf"(?:prej|nga|ne)\s+(?:andej|aty|atje|{_SQ_HOME}\s+(?:e|te)\s+\w+)\b",
    # an older parent left alone without food or medicine by the one who cares for her
    r"\b(?:e|i|me|na)\s+(?:le|lene|la|lane)\s+(?:\w+\s+){0,3}pa\s+(?:ngrene|ushqim|buke|"
    r"ilace\w*|barna\w*)\b",
)

# A child (under 18, her age given) with a much older "boyfriend" who gives her money or takes
# her to other men; not a coach who takes her to training with her friends.
ALBANIAN_PHRASES += (  # i18n-exempt: input
    rf"^(?=.*\b{_SQ_CHILD}\s+(?:\w+\s+){{0,2}}(?:1[0-7]|[1-9])\s+vjec)(?=.*\b(?:burr\w*|"
    r"meshkuj\w*|[2-6]\d\s+vjec)\b)(?=.*\b(?:(?:e|i|ia)\s+(?:con|coi|ce|dergon|dergoi|merr|"
    r"mori|shpie|shpuri)\s+(?:\w+\s+){0,4}(?:me|te|tek|per)\s+(?:burra|meshkuj)|"
    r"(?:te|i)\s+dashur\W+(?:\w+\W+){0,6}?(?:i|ia)\s+(?:jep|jepte|dha|ble|blen)\s+(?:\w+\s+)?"
    r"(?:para|leke|dhurata|droge|telefon\w*|rroba))\b)",
)

# A threat to kill the writer: "burri do më vrasë sonte", "tha që do më vrasë", "nëse iki, do më
# vrasë", "do të vras" written on the door; not "nëna do më vrasë nëse vonohem", "kjo vapë po më
# vret", "do ta vras, më hëngri tortën".
_SQ_KILLS_ME = r"\bdo\s+(?:te\s+)?me\s+(?:vrase|vrasin|mbyte|mbysin)\b"
ALBANIAN_PHRASES += (  # i18n-exempt: input
    r"\b(?:ai|burri|ish\s*burri|ish\s*i\s+dashuri\w*|i\s+dashuri\w*|partneri)\s+(?:\w+\s+){0,3}?"
    + _SQ_KILLS_ME,
    r"^(?!.*\b(?:vonohem|vonesh|vone)\b)(?=.*\b(?:tha|thote|kercenon|kercenoi|shkroi|bertiti|"
    r"(?:nese|po)\s+(?:\w+\s+)?(?:iki|ik|largohem|tregoj|ankohem|divorcohem|raportoj))\b"
    r"(?:\W+\w+){0,5}?\W+" + _SQ_KILLS_ME[2:] + ")",
    _SQ_KILLS_ME + r"\s*,?\s+(?:\w+\s+)?(?:sonte|sot)\b",
    r"^(?=.*\bdo\s+te\s+vras\b)(?=.*\b(?:shkroi|shkruar|shkruan|dere\w*|mur\w*|mesazh\w*)\b)",
)

# Made to work and kept (trafficking), two of: the passport or papers taken ("më kanë marrë
# pasaportën", "na i mbajnë dokumentet"), made to work or go out with men ("më detyrojnë të
# punoj natën"), not let out alone ("nuk më lënë të dal vetëm"); not a boss who makes the
# writer work a Saturday, nor parents who take a teenager's phone and will not let her out.
_SQ_PAPERS_KEPT = (
    r"\b(?:me|ma|na|ua|m'i)\s+(?:i\s+)?(?:kane\s+)?(?:marre|moren|marrin|mbajne|mbajten|"
    r"mbajtur|fshehin|fshehen|fshehur)\s+(?:\w+\s+)?(?:pasaport\w*|dokument\w*|letrat|"
    r"leternjoftim\w*)"
)
_SQ_MADE_TO_WORK = (
    r"\b(?:me|na)\s+(?:detyro\w*|shtrengoj\w*|cojne|cuan|dergojne)\s+(?:\w+\s+)?(?:te|me)\s+"
    r"(?:punoj\w*|punu\w*|dal\w*\s+me|fle\w*\s+me|shes\w*|rri\w*\s+me)"
)
_SQ_NOT_LET_OUT = (
    r"\b(?:nuk|s'?)\s*(?:me|na)\s+(?:le|lene|lejon|lejojne|lane)\s+(?:te|me)\s+(?:dal|dalim)"
    r"(?:\s+(?:vetem|jashte|nga\s+(?:shtepia|shpia|dhoma|banesa|klubi))\b|\s*(?:[.!,;]|$))"
)
ALBANIAN_PHRASES += (  # i18n-exempt: input
    "^" + any_two_of(_SQ_PAPERS_KEPT, _SQ_MADE_TO_WORK, _SQ_NOT_LET_OUT),
)

# A child who has not come home, with the phone off or no one knowing where ("djali nuk është
# kthyer nga shkolla, telefoni i fikur, shokët nuk dinë gjë"); not a child known to be at a
# friend's, at training or on a trip.
_SQ_KNOWN_WHERE = (
    r"^(?!.*\b(?:(?:eshte|fle|rri|mbeti|qendron|ndodhet)\s+(?:te|tek)\s+\w+|kamp\w*|"
    r"ekskursion\w*|pushime\w*|stervitj\w*|di\s+ku\s+eshte)\b)"
)
_SQ_NOT_HOME = (
    r"\b(?:nuk|s'?)\s*(?:eshte|ka)\s+(?:\w+\s+)?(?:kthyer|ardhur|ardh)\b|\bka\s+humbur\b|"
    r"\b(?:u\s+)?zhduk\w*"
)
_SQ_NOT_FOUND = (
    r"\btelefon\w*\s+(?:\w+\s+)?(?:i\s+|e\s+)?(?:fikur|mbyllur|fik|pa\s+pergjigje)\b|"
    r"\b(?:nuk|s'?)\s*(?:pergjigjet|ja\s+kap|e\s+gjejme|e\s+gjej)\b|\b(?:nuk|s'?)\s*"
    r"(?:dine|di|dime)\s+(?:gje|asgje|ku\s+(?:eshte|ndodhet))\b|\baskush\s+(?:nuk|s'?)\s*di\b|"
    r"\b(?:thirra|lajmerova|thirrem|lajmeruam)\s+policin\w*"
)
ALBANIAN_PHRASES += (  # i18n-exempt: input
    _SQ_KNOWN_WHERE + every_one_of(rf"\b{_SQ_CHILD}", _SQ_NOT_HOME, _SQ_NOT_FOUND),
)

# A child made to sell or carry drugs by older boys or men ("e detyrojnë të shesë drogë", "e
# përdorin për të shpërndarë drogë"), or a threat to burn the family's home or car ("do t'ia
# djegin shtëpinë"); not young people forced into drugs talked about at a session, nor a cake
# burnt in the oven.
_SQ_MADE_TO_DEAL = (
    r"\b(?:e|i|ia|ja)\s+(?:kane\s+)?(?:detyro\w*|shtrengo\w*|perdor\w*|kercen\w*|cojne|dergojne)"
    r"\s+(?:\w+\s+){0,2}?(?:te|me|per\s+te)\s+(?:shes\w*|shit\w*|shperndar\w*|shperndaj\w*|"
    r"mbaj\w*|mbart\w*|coj\w*|con\w*|dergo\w*|transport\w*|fsheh\w*)\s+(?:\w+\s+)?drog\w*"
)
_SQ_BURNT_HOME = (
    r"\bdo\s+(?:t'?\s*(?:ia|ja|ta|na|ma|jua|i)|te\s+(?:ia|ja|ta|na|ma|i)|ta|na|ma)\s+"
    r"(?:djegin|djege|djeg)\s+(?:\w+\s+)?(?:shtepi\w*|shpi\w*|banes\w*|makin\w*|dyqan\w*)"
)
ALBANIAN_PHRASES += (  # i18n-exempt: input
    _SQ_MADE_TO_DEAL,
    _SQ_BURNT_HOME,
)

# A threat to kill someone if they talk ("i kanë thënë se do ta vrasin nëse flet", "nëse tregon
# në polici, do të të vrasim"), and a child sent out of town by older boys with packages
# (county lines: "disa djem më të mëdhenj e dërgojnë jashtë Londrës me tren me pako"); not "mum
# will kill him if he's late", nor a boy sent by his club to a match out of town.
_SQ_TELLS = (
    r"(?:flet|flase|flas|fole|flasim|tregon|tregoje|tregoj|tregojme|tregosh|thote|ankohet|"
    r"raporton|lajmeron)"
    r"(?:\s*(?:[.!,;]|$)|\s+(?:\w+\s+)?(?:polici\w*|dikujt|askujt|mesues\w*|shkoll\w*|prind\w*|"
    r"askend|dike|kujt|gje|asgje)\b)"
)
_SQ_WILL_KILL = (
    r"\bdo\s+(?:t[ae]\s+|t'\s*)?(?:(?:e|i|te|me|na|ju)\s+)?(?:vrasin|vrase|vrasim|vras|therin|"
    r"mbysin)\b"
)
_SQ_SENT_AWAY = (
    r"\b(?:e|i|ia|ja)\s+(?:dergojne|dergon|dergonin|cojne|con|conin)\s+(?:\w+\s+){0,4}?"
    r"(?:jashte\s+\w+|ne\s+qytet\w*\s+(?:te\s+)?tjer\w*|me\s+tren|me\s+autobus)"
)
_SQ_OLDER_OR_YOUNG = (
    r"\b(?:djem|burra|cuna|te\s+rritur)\s+(?:\w+\s+)?(?:me|ma)\s+te\s+(?:medhenj|rritur)\b|"
    rf"\b{_SQ_CHILD}\s+(?:\w+\s+){{0,2}}(?:1[0-7]|[1-9])\s+vjec"
)
ALBANIAN_PHRASES += (  # i18n-exempt: input
    rf"{_SQ_WILL_KILL}\s*,?\s+(?:\w+\s+)?{_SQ_IF}\s+(?:\w+\s+)?{_SQ_TELLS}|"
    rf"\b{_SQ_IF}\s+(?:\w+\s+)?{_SQ_TELLS}\W+(?:\w+\W+){{0,3}}?{_SQ_WILL_KILL[2:]}",
    "^" + every_one_of(_SQ_OLDER_OR_YOUNG, _SQ_SENT_AWAY, r"\b(?:pako|paket|qese|drog)\w*"),
)

# A child gone off again with older boys or men, not answering for days or back before with a
# knife wound ("djali 15 vjeç iku prapë me të mëdhenjtë, nuk përgjigjet prej tre ditësh"); not
# a child on a trip or at a camp with the older ones from the club, out of signal.
_SQ_WITH_OLDER = (
    r"\b(?:iku|ikën|ikin|shkoi|shkon|doli|del|rri|rrin|endet)\s+(?:\w+\s+){0,2}?me\s+(?:ata\s+|"
    r"disa\s+|do\s+)?(?:te\s+|djem\s+(?:me\s+)?te\s+|burra\s+(?:me\s+)?te\s+)?(?:medhenj\w*|"
    r"rritur\w*)"
)
_SQ_SILENT_OR_CUT = (
    r"\b(?:nuk|s'?)\s*(?:pergjigjet|e\s+ngre|e\s+hap|duket)\b(?:\s+\w+){0,4}?\s+(?:prej|qe\s+"
    r"prej|per)\s+(?:\w+\s+)?(?:dit\w*|net\w*|jav\w*)|\bplag\w*\s+(?:me\s+)?thik\w*|"
    r"\b(?:e|i)\s+(?:kane\s+)?(?:theren|therur|theri)\b"
)
_SQ_ON_A_TRIP = r"^(?!.*\b(?:kamp\w*|ekskursion\w*|pushime\w*|turne\w*|sinjal\w*|klub\w*)\b)"
ALBANIAN_PHRASES += (  # i18n-exempt: input
    _SQ_ON_A_TRIP + every_one_of(rf"\b{_SQ_CHILD}", _SQ_WITH_OLDER, _SQ_SILENT_OR_CUT),
)

# The writer's address put online with a name or a threat, and people outside the home now ("ka
# publikuar adresën time... thotë që jam spiun... disa djem po rrinë jashtë shtëpisë sime dhe po
# bërtasin"); not an address posted and taken down, nor friends at the door for a party.
ALBANIAN_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\b(?:publik\w*|postuar|nxjerr\w*|shpërnda\w*)\s+(?:\S+\s+)?adres\w*\s+(?:time|tonë)\b",
        r"\b(?:jashtë|para|përpara|te)\s+(?:shtëpisë|derës|pallatit)\s+(?:sime|tonë)\b",
        r"\bspiun|\btradhtar|\bbërtas|\bkërcën|\bgodit|\bgurë\b|\bthye|\bsulm|\bvra[sr]",
    ),
)

# Someone who has fallen at home and cannot get up, or does not speak, answer or wake properly
# ("babai im ra në shtëpi dhe nuk mund të ngrihet, nuk po flet mirë"); not falling asleep ("ra në
# gjumë"), rain or snow, nor a fall after which the person is fine and up again.
_SQ_FELL = (
    r"\b(?:babai|baba|nëna|nena|mamaja|mami|gjyshi|gjyshja|burri|gruaja|djali|vajza|fëmija|"
    r"femija|vëllai|vellai|motra|ai|ajo|fqinj\w*)\s+(?:\w+\s+){0,2}(?:ra|ka\s+rënë|ka\s+rene|"
    r"u\s+rrëzua|u\s+rrezua|është\s+rrëzuar|eshte\s+rrezuar|u\s+pengua)\b(?!\s+(?:n[eë]\s+)?"
    r"(?:gjum|shi|borë|bore|dakord|në\s+provim))"
)
_SQ_CANNOT_GET_UP = (
    r"\bnuk\s+(?:mund\s+t[eë]\s+|po\s+|mundet\s+t[eë]\s+)?(?:ngrihet|çohet|cohet|lëviz|leviz|"
    r"zgjohet|përgjigjet|pergjigjet|flet)\b|\bs'?\s*(?:ngrihet|çohet|cohet|flet|përgjigjet|"
    r"pergjigjet|zgjohet)\b|\bpa\s+ndjenja\b|\bhumbi\s+ndjenjat\b"
)
ALBANIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:tani\s+(?:është|eshte)\s+mirë|u\s+ngrit|s'ka\s+gjë|ska\s+gje)\b)"
    + every_one_of(_SQ_FELL, _SQ_CANNOT_GET_UP),
)

# A marriage by force for the writer, a sister or a daughter ("a është e ligjshme që babai të më
# martojë me forcë?"), beside her being taken abroad for it or her passport taken ("nesër më
# çojnë në Shqipëri dhe ma kanë marrë pasaportën"); not forced marriage asked about in general,
# nor a trip home for a cousin's wedding.
_SQ_WED_BY_FORCE = (
    r"\b(?:me|e|i|na|ta)\s+(?:\w+\s+)?(?:marto\w*|martu\w*|fejo\w*|feju\w*)\s+(?:\w+\s+)?"
    r"(?:me\s+(?:force|zor|dhune)|pa\s+(?:deshiren|vullnetin|pelqimin)\s+(?:time|tim|e\s+saj|"
    r"te\s+saj))\b|\bme\s+(?:force|zor)\s+(?:\w+\s+)?(?:me|e|i|na|ta)\s+(?:marto|martu|fejo|"
    r"feju)\w*"
)
_SQ_TAKEN_OR_PAPERS = (
    r"\b(?:me|e|i|na|ta)\s+(?:\w+\s+)?(?:cojne|cuan|coni|dergojne|derguan|dergon|marrin|ojne)\s+"
    r"(?:\w+\s+)?(?:ne|per\s+ne|n')\s*(?:shqiperi|kosov\w*|maqedoni\w*|fshat\w*|vendlindj\w*)|"
    r"\b(?:me|ma|ia|ja|i|na|ua|m'i)\s+(?:\w+\s+)?(?:kane\s+|kan\s+)?(?:marre|moren|mori|"
    r"fshehur|fshehen|fshehu|mbajne|mban)\s+(?:\w+\s+)?(?:pasaport\w*|dokument\w*|letrat)"
)
ALBANIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_SQ_WED_BY_FORCE, _SQ_TAKEN_OR_PAPERS),
)

# Someone else made to work and kept (a son at a building site, a sister in a kitchen): his or
# her papers held by those he works for ("i kanë marrë pasaportën") with a debt he is told he
# owes or a threat now ("e kërcënuan me thikë", "s'e lënë të ikë"); not a passport left at an
# embassy or with a lawyer for a visa, nor a debt to a bank.
_SQ_THEIR_PAPERS_KEPT = (
    r"\b(?:i|ia|ja|ua|e|u)\s+(?:i\s+)?(?:kane\s+|kan\s+|ka\s+)?(?:marre|moren|mori|marrin|mbajne|"
    r"mban|mbajten|mbajtur|fshehin|fshehur)\s+(?:\w+\s+)?(?:pasaport\w*|dokument\w*|letrat|"
    r"leternjoftim\w*)"
)
_SQ_WORKS_FOR = (
    r"\b(?:punon|punojne|punonte|pune\w*|kantier\w*|shef\w*|pronar\w*|burra|punedhenes\w*)\b"
)
_SQ_OWES_OR_THREATENED = (
    r"\b(?:borxh\w*|kercen\w*|kanos\w*|thik\w*|arme\w*)\b|\b(?:nuk|s'?)\s*(?:e|i|u)\s+(?:lene|"
    r"lejojne)\s+(?:te|me)\s+(?:ike|iki|dale|dal|largohet|shkoje)"
)
ALBANIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:ambasad\w*|konsullat\w*|avokat\w*|viz\w*|bank\w*)\b)"
    + every_one_of(_SQ_THEIR_PAPERS_KEPT, _SQ_WORKS_FOR, _SQ_OWES_OR_THREATENED),
)

# A smell of gas from the home of someone who cannot help themselves or open the door.
ALBANIAN_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\b(?:ere|arome)\s+(?:gaz|tym)\w*|\brrjedh\w*\s+gaz\w*",
        r"\bnuk\s+(?:e\s+)?hap\w*\s+der\w*|\bnuk\s+pergjigj\w*|\bdemenc\w*|\balzheim\w*",
    ),
)

# Someone run over or thrown from a bike who does not move or bleeds.
ALBANIAN_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\b(?:e|i)\s+(?:shtypi|perplasi|goditi)\s+(?:nje\s+)?(?:kamion|makin|autobus|tren)\w*|"
        r"\b(?:kamion|makin|autobus|tren)\w*\s+(?:e|i)\s+(?:shtypi|perplasi|goditi)\b",
        r"\bnuk\s+(?:leviz|merr\s+fryme|flet|pergjigjet)\w*|\bpa\s+ndjenja\b|\bgjakos\w*",
    ),
)

# Made to sleep with men to pay a debt, or raped, with tonight or again.
_SQ_SOLD = (
    r"\bfle(?:je|sh|ne|ni)?\s+me\s+(?:burra(?:t|\b)|meshkuj|klient)\w*|\bme\s+shet\w*|"
    r"\bprostitu\w*|\bme\s+perdhun\w*|\bme\s+dhunoi\w*"
)
_SQ_SOLD_NOW = r"\bborxh\w*|\bsonte\b|\btani\b|\bperseri\b|\bduhet\b|\b(?:e|me|na)\s+detyro\w*"
# A group outside threatening to burn or kill the family now.
_SQ_GROUP = r"\bdisa\s+(?:djem|burra|njerez)\b|\bgrup\w*|\bdjem\w*\s+jane\s+jashte"
_SQ_THREAT = (
    r"\b(?:do\s+)?(?:na|ju)\s+(?:djeg|vras|rrah)\w*|\bdo\s+(?:djegin|vrasin)\b|"
    r"\b(?:na|me|ju)\s+kercen\w*"
)
ALBANIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_SQ_SOLD, _SQ_SOLD_NOW),
    "^" + every_one_of(_SQ_GROUP, _SQ_THREAT),
)

# A plan to end one's life said plainly, in the first person, future or decided: "do të varem"
# (not "varem nga", to depend on), "do hidhem nga ura" or "para trenit", "kam vendosur të vdes",
# "nuk do jem më gjallë", "nesër nuk do të jem më."; tablets gathered and all to be swallowed
# ("do t'i pi të gjitha"); a means held (a rope, a gun, tablets gathered) beside a day or time
# and a decision or a goodbye, and a place gone to (a bridge, the rails, a river) beside a day
# or time and a goodbye ("po shkoj te lumi sonte dhe nuk kthehem").
# Not a shift ended, a bridge crossed, a train caught, a rope for the washing, fishing at the
# river, "nuk do jem më në zyrë", tablets packed for a trip.
_SQ_MY_DEATH = (
    r"\bdo\s+(?:te\s+)?(?:varem|var\s+veten)\b(?!\s+(?:nga|prej|te|tek)\b)|\bvet[e]?vritem\b|"
    r"\bdo\s+(?:te\s+)?vras\s+veten\b(?!\s+me\s+pun)|\b(?:do\s+(?:te\s+)?)?hidhem\s+(?:nga|"
    r"prej)\s+(?:\w+\s+)?(?:ura|ure|ures|pallati|pallatit|"
    r"ballkoni|ballkonit|dritarja|dritares|shkemb\w*|kati\w*|tarrac\w*)\b|\bhidhem\s+(?:para|"
    r"nen|perpara)\s+(?:\w+\s+)?(?:trenit|makines|kamionit|metrose)\b|"
    r"\b(?:kam\s+vendosur|e\s+kam\s+vendosur|vendosa)\s+(?:\w+\s+)?(?:te|me)\s+(?:vdes|dek|"
    r"vras\s+"
    r"veten|vetevritem|var\s+veten|hidhem)\b"
)
_SQ_GONE = (
    r"\bnuk\s+do\s+(?:te\s+)?(?:jem|jetoj)\s+(?:me\s+)?(?:gjalle|ne\s+kete\s+bote|mes\s+te\s+"
    r"gjalleve)\b|\bnuk\s+do\s+(?:te\s+)?jem\s+me\s*(?:[.!…]|$)"
)
_SQ_TABLETS = r"\b(?:hap(?:a|at|e)|tablet\w*|ilac\w*|barna|barnat)\b"
_SQ_SWALLOW_ALL = (
    r"\b(?:t'?|do\s+)i\s+(?:pi|gelltit\w*)\s+(?:te\s+)?gjitha\b|"
    r"\b(?:piva|gelltita)\s+te\s+gjitha\b"
)
_SQ_MEANS = r"(?:litar\w*|lak|laku|lakun|arm(?:e|en|et|a)|pistolet\w*|pushk\w*)"
_SQ_MEANS_HELD = (
    rf"\b(?:kam|bleva|kam\s+blere|pergatita|kam\s+pergatitur|gjeta|fsheha)\s+(?:\w+\s+)?"
    rf"{_SQ_MEANS}\b|\b(?:kam\s+mbledhur|mblodha|kam\s+grumbulluar|kam\s+ruajtur)\s+(?:\w+\s+)?"
    r"(?:hapa|tablet\w*|ilac\w*)"
)
_SQ_PLACE = (
    r"\b(?:po\s+shkoj|shkoj|do\s+(?:te\s+)?shkoj|po\s+nisem|nisem)\s+(?:\w+\s+){0,2}?(?:te|tek|"
    r"ne|drejt|mbi)\s+(?:\w+\s+)?(?:lumi|lume|ura|ure|shinat|hekurudh\w*)\b"
)
_SQ_DECIDED = r"\b(?:(?:e\s+)?kam\s+vendosur|(?:e\s+)?vendosa)\s*(?:[.!…,;]|$)"
_SQ_GOODBYE = (
    r"\bnuk\s+(?:do\s+(?:te\s+)?)?kthehem\s*(?:me\b|[.!…,]|$)|\blamtumire\b|\bme\s+falni\s+per\s+"
    r"(?:gjithcka|te\s+gjitha)\b|\bmos\s+me\s+kerkoni\b|\bnuk\s+do\s+(?:te\s+)?(?:jem|behem)\s+"
    r"(?:me\s+)?barre\b|\bmbaroi\s+gjithcka\b"
)
_SQ_WHEN = (
    r"\b(?:sonte|neser|nesr|pasneser|sot|te\s+(?:shtunen|dielen|henen|marten|merkuren|enjten|"
    r"premten)|kete\s+jave|fundjav\w*|se\s+shpejti)\b"
)
_SQ_EVERYDAY_MEANS = (
    r"^(?!.*\b(?:rrob\w*|peshk\w*|kallam\w*|gjueti\w*|foto\w*|bilet\w*|udhetim\w*|valixh\w*|"
    r"loj\w*|lodr\w*|palest\w*|bungee)\b)"
)
ALBANIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:palest\w*|bungee)\b).*(?:" + _SQ_MY_DEATH + ")",
    _SQ_GONE,
    "^" + every_one_of(_SQ_TABLETS, _SQ_SWALLOW_ALL),
    _SQ_EVERYDAY_MEANS
    + a_means_beside_a_plan(_SQ_MEANS_HELD, _SQ_PLACE, _SQ_DECIDED, _SQ_GOODBYE, _SQ_WHEN),
)
