"""The Yoruba safeguarding phrase net (read by safeguarding_languages). Yoruba puts the object
after the verb ("o n lu mi", he beats me), with the first person "mi"/"mo"/"n" before the verb.
Text has been through safeguarding_languages.fold (no tone marks or dots: "ọ̀tútù" reads
"otutu"), as members usually type it.

Beyond the main kinds it reads a child beaten by a husband or parent ("ọkọ mi lù ú títí ẹ̀jẹ̀ fi
jáde"), and children left alone at home for days or with no grown-up, or crying since morning
("àwọn ọmọ aládùúgbò wà nílé nìkan fún ọjọ́ mẹ́ta"), and a child called a witch and starved,
made to fast or to be "delivered" for it (said "jẹ́ àjẹ́", or "ní àjẹ́" with two harms), and a
girl to be cut ("dá abẹ́ fún un"), and a worker kept: passport taken, not let out, not paid,
and a child kept to work in someone's home (brought from Nigeria, no school, working from
morning till night, beaten), and a fit now ("ó ń ṣe gìrì") with no answer, five minutes or more
or the first time, or a faint with no waking.

Left alone: "ebi n pa mi" (I'm hungry), "oorun n pa mi" (I'm sleepy), "mama maa pa mi" said in
jest, a drum beaten for a child ("ọkọ mi lu ìlù"), children home alone for an hour who played
well, a child prayed for to have wealth ("ajé") beside a church fast, a witch in a school play,
fits told as past, a phone not answered.
Also: an older parent whose carer has not come, with no food or in dirt; a dog biting
someone now (not a bite yesterday, treated); sex forced, just now or asked again (not made
to work); stones thrown at a home or car with people inside (not stones in a river).
Also a plan to die said plainly: "mo máa pa ara mi", "mo ti pinnu láti kú", "màá pokùnso",
"màá bọ́ sínú odò", "mi ò ní sí láàyè mọ́", medicines gathered beside a time or a goodbye; not
a light switched off, a jump in to swim, medicines gathered for a trip.
Also the main kinds said plainly: all the tablets swallowed ("gbé ... mì"), someone of the
family beaten, a knife held behind a locked door, married off to a cousin abroad, locked in,
chest pain with no speech, a beating to drive out a spirit; not pills bought, a greeting, a
knife for the meat, prayers said.
Also, said as they happen: medicines bought to be used up at once ("mo fẹ́ lò ó tán"); a debt held
over the writer with a threat to the family; a worker's passport taken beside no pay or a
beating; a landlord who wants sex for the rent or threatens the Home Office; a crowd throwing
stones at the hotel; a child taken by a man who says he is kin; put out with the children or
nowhere for us to sleep; lost in the dark or with the phone dying; a fire with no way out; a
child not breathing well; "Màá pa ara mi" said alone. Not medicine as the doctor said, a debt
paid back, a passport renewed, children at the river, an uncle named, the light switched off.
Also a child gone to meet a man or a grown-up known only online; left alone: a friend of her
age met online, with her mother there.
Also not wanting to live any more beside medicines bought and tonight or soon; left alone:
medicines bought for a parent or a trip.
Also a man beating his wife now beside her screams or blood (not a drum beaten at a wedding).
Also a stroke told by its signs: not able to speak beside the mouth or face fallen to one side
or one arm gone dead (not a sore throat that stops the speech).
Also someone fallen who cannot get up or is bleeding now (not a fall last week, up again).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of

YORUBA_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    r"\bmo\s+fe\s+ku\b|\bmo\s+fe\s+pa\s+ara\s+mi\b|\bmi\s+o\s+fe\s+wa\s+laaye\s+mo\b",
    # self-harm
    r"\bmo\s+(?:n\s+)?(?:ge|fi\s+obe\s+ge)\s+ara\s+mi\b",
    # all the tablets
    r"\bmo\s+(?:ti\s+)?lo\s+gbogbo\s+(?:\w+\s+)?(?:oogun|tablet\w*)\b"
    r"(?!.*\b(?:laaro|lale|bi\s+dokita))",
    # being hit, threatened, locked in
    r"\b(?:o|won)\s+(?:n\s+|ti\s+)?(?:lu|na|hale\s+mo|ti\s+mi\s+mole)\s+mi\b|"
    r"\b(?:oko|iyawo|baba|iya)\s+mi\s+(?:n\s+)?(?:lu|na)\s+mi\b",
    # a child beaten by a husband or parent ("ọkọ mi lù ú", "ó lu ọmọ mi", "wọ́n lu ọmọ náà"),
    # with the child or blood named; not a drum beaten for the child ("lu ilu")
    r"^(?=.*\b(?:omo|eje)\b)(?=.*\b(?:(?:oko|iyawo|baba|iya|ale)\s+(?:mi|re|e|won)\s+"
    r"(?:n\s+|ti\s+|maa\s+n\s+)?(?:lu|na)\s+(?:u|omo\s+(?:mi|wa|re|e)|awon\s+omo)|(?:o|won)\s+"
    r"(?:n\s+|ti\s+|maa\s+n\s+)?(?:lu|na)\s+(?:omo\s+(?:mi|wa|re|e|naa|yen|kekere)|"
    r"awon\s+omo))\b)",
    # afraid to go home, not safe, followed
    r"\bmo\s+n\s+beru\s+(?:lati\s+)?lo\s+ile\b|\bara\s+mi\s+o\s+bale\b|\bmo\s+wa\s+ninu\s+ewu\b|"
    r"\b(?:okunrin|eniyan)\s+kan\s+(?:n\s+|ti\s+)?tele\s+mi\b",
    # forced marriage
    r"\bwon\s+fe\s+fi\s+(?:mi|omo\s+mi)\s+fun\s+(?:\w+\s+)?(?:oko|okunrin)\b",
    # a child or an older person neglected
    r"\b(?:omo|baba|iya)\s+mi\s+(?:\w+\s+)?(?:o\s+ti\s+jeun|ko\s+ti\s+jeun)\s+lati\b",
    # put out, sleeping outside, the cold "killing" me
    r"\b(?:onile|landlord)\s+(?:ti\s+)?le\s+(?:mi|wa)\s+(?:jade|sita)\b|"
    r"\bmo\s+(?:ti\s+)?n\s+sun\s+(?:ni\s+)?(?:ita|ode|igboro)\b(?=.*\b(?:fun\s+(?:ose|ojo|osu)|"
    r"otutu|le\s+(?:mi|wa)|ko\s+si\s+ile))|"
    r"\bmi\s+o\s+ni\s+ibi\s+(?:ti\s+)?(?:maa\s+|ma\s+)?sun\b",
)

# A threat to kill the writer: "oko mi maa pa mi lale yi", "o ni oun maa pa mi", "ti mo ba lo, o
# maa pa mi"; not "mama maa pa mi ti mo ba pe", "ooru yi n pa mi", "maa pa a, o je keeki mi".
YORUBA_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\bti\s+mo\s+ba\s+pe\b)(?=.*(?:\boko\s+mi\b|\boun\b|\bo\s+ni\b|\bderuba\b|\bti\s+mo\s+"
    r"ba\s+(?:lo|so|kuro|fi\s+sile)\b|\blale\s+(?:yi|oni)\b|^o\s|[,.!]\s*o\s))(?=.*\b(?:maa|ma|"
    r"yoo|yio|a)\s+pa\s+mi\b)",
)

# Children left alone ("nikan") at home or in a flat, for days ("fun ọjọ́ mẹ́ta"; "ọjọ́" with a
# count, since "ojo" is also rain once tone marks are gone) or since yesterday, with no grown-up
# ("kò sí àgbàlagbà"), or crying since morning; not an hour alone while a parent went to market,
# nor "nikan" as "only" away from home.
_YO_DAYS = r"(?:meji|meta|merin|marun|mefa|meje|mejo|mesan|mewa|pupo|\d+)"
_YO_AT_HOME = r"(?:nile|ni\s+ile|ninu\s+(?:ile|yara|iyara|flat)|ni\s+iyara)"
_YO_HOME_ALONE = (
    r"\b(?:omo|omode|ikoko)\b.{0,60}"
    rf"\b(?:{_YO_AT_HOME}\s+(?:\w+\s+)?nikan|nikan\s+(?:\w+\s+)?{_YO_AT_HOME})\b"
)
_YO_TOO_LONG = (
    rf"\b(?:(?:fun|ni)\s+ojo\s+{_YO_DAYS}|lati\s+(?:ana|ijeta|ojo\s+{_YO_DAYS})|ko\s+si\s+"
    r"agbalagba|ko\s+si\s+(?:eni|enikan|enikeni)\s+(?:kankan\s+)?(?:to|ti)\s+(?:n\s+)?(?:wo|"
    r"toju|boju\s+to)|n\s+sunkun\s+lati\s+(?:aaro|ana|ale|oru))\b"
)
YORUBA_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_YO_HOME_ALONE, _YO_TOO_LONG),
)

# A child called a witch ("ọmọ ... jẹ́ àjẹ́", "ó ní ẹ̀mí èṣù"), and starved, made to fast, beaten,
# shut in or to be "delivered" for it (abuse linked to faith or belief); not a child prayed for
# to have wealth ("ní ajé", the same letters once tone marks are gone) beside a church fast.
_YO_CALLED_A_WITCH = r"\bje\s+aje\b|\b(?:omo|o)\s+(?:\w+\s+)?aje\s+ni\b|\bemi\s+(?:aje|esu)\b"
_YO_BEATEN = r"\b(?:n|ti|maa\s+n)\s+lu\s+(?:u|o|omo)\b"
_YO_NOT_FED = (
    r"\b(?:ko|o)\s+(?:fun|fi)\s+(?:\w+\s+)?(?:ni\s+)?(?:ounje|onje|lounje)\b|"
    r"\bebi\s+(?:n\s+)?pa\s+(?:u|omo)\b"
)
_YO_DELIVERED = r"\bdeliverance\b|\bitusile\b"
_YO_SHUT_IN = r"\bti\s+(?:\w+\s+)?mole\b"
_YO_HARMED_FOR_IT = "|".join((_YO_NOT_FED, r"\baawe\b", _YO_DELIVERED, _YO_BEATEN, _YO_SHUT_IN))
YORUBA_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(r"\bomo\b", _YO_CALLED_A_WITCH, _YO_HARMED_FOR_IT),
)

# The same said as "... ni ajé" ("pastor ni ọmọ náà ni àjẹ́", says the child is a witch), which
# is also a wish for wealth ("kí ó ní ajé"); read when two harms come with it (beaten, not fed,
# a "deliverance", shut in), and not as a wish ("ki ... ni aje") nor beside a church fast alone.
_YO_SAID_TO_BE_A_WITCH = r"^(?!.*\bki\s+(?:\w+\s+){0,2}ni\s+aje\b)(?=.*\bni\s+aje\b)"
YORUBA_PHRASES += (  # i18n-exempt: input
    _YO_SAID_TO_BE_A_WITCH
    + every_one_of(r"\bomo\b")
    + any_two_of(_YO_BEATEN, _YO_NOT_FED, _YO_DELIVERED, _YO_SHUT_IN),
)

# A girl to be cut (female genital mutilation: "dá abẹ́", "ìdábẹ́", "gé abẹ́", "kọ ilà" for a
# girl), wanted or planned by family ("ìyá ọkọ mi fẹ́ kí wọ́n dá abẹ́ fún un"); the words once
# tone marks are gone, beside a daughter or a girl. Not "lábẹ́" (under), a boy's ìkọlà, nor the
# practice talked about at a session ("ìpàdé nípa ìdábẹ́ obìnrin").
_YO_GIRL = r"\b(?:omobinrin|omobirin|omo\s+obinrin|omidan|omo|obinrin)\b"
_YO_CUT = (
    r"\b(?:da\s+abe|dabe|idabe|dida\s+abe|ge\s+abe|gige\s+abe|ko\s+ila\s+(?:abe|fun\s+"
    r"(?:omobinrin|omobirin)))\b"
)
_YO_NOT_TALKED_ABOUT = r"^(?!.*\bnipa\s+(?:\w+\s+){0,2}(?:idabe|dida\s+abe|dabe|gige\s+abe)\b)"
YORUBA_PHRASES += (_YO_NOT_TALKED_ABOUT + every_one_of(_YO_GIRL, _YO_CUT),)  # i18n-exempt: input

# Kept and made to work (trafficking), two of: the passport taken by those the writer works for
# ("wọ́n ti gba passport mi"; not "mo ti gba", I got it), not let out ("wọn ò jẹ́ kí n jáde"),
# not paid ("wọn ò san owó fún mi"); not pay received and a passport collected back.
_YO_PAPERS_TAKEN = (
    r"(?<!\bmo\s)(?<!\bmo\sti\s)\b(?:ti\s+)?(?:gba|mu|toju|fi\s+pamo)\s+(?:passport|pasipoti|"
    r"iwe\s+irinna|iwe\s+irina|document)\w*\s+mi\b|\b(?:passport|pasipoti|iwe\s+irinna)\s+"
    r"mi\s+(?:\w+\s+)?(?:wa\s+)?lowo\s+(?:won|re|oga)\b"
)
_YO_NOT_LET_OUT = (
    r"\b(?:won|o)\s+(?:o|ko|ki\s+i|kii)\s+(?:je|gba)\s+(?:ki\s+)?(?:n|mi|mo)\s+(?:jade|kuro|"
    r"lo\s+(?:ita|ode|sita))\b"
)
_YO_NOT_PAID = (
    r"\b(?:won|o)\s+(?:o|ko|ki\s+i|kii)\s+(?:si\s+)?(?:san\s+owo|sanwo)\b|\b(?:ko|kii|ki\s+i)\s+"
    r"san\s+owo\s+(?:osu|ise)\b"
)
# A beating by those the writer works for ("ó sì lù mí").
_YO_BEATEN_AT_WORK = r"\b(?:o|won)\s+(?:si\s+|tun\s+)?(?:ti\s+|n\s+)?(?:lu|na)\s+(?:mi|a|u)\b"
YORUBA_PHRASES += (  # i18n-exempt: input
    "^" + any_two_of(_YO_PAPERS_TAKEN, _YO_NOT_LET_OUT, _YO_NOT_PAID, _YO_BEATEN_AT_WORK),
)

# A child kept to work in someone's home (domestic servitude), two of: brought over from Nigeria
# or a village ("won mu u wa lati Naija"), not going to school at all, working from morning till
# night, beaten by those she lives with ("won maa n na a"); not a child brought on a visit who
# goes to school, nor a day off school when ill.
_YO_A_CHILD = r"\b(?:omo|omode|omo\w*binrin|omo\w*birin|omo\w*kunrin|omo\s+odo)\b"
_YO_BROUGHT_OVER = (
    r"\b(?:mu|gbe)\s+(?:u|o|omo\s+\w+|e)\s+wa\s+(?:\w+\s+)?(?:lati|lat)\s+(?:naija|nigeria|"
    r"ilu\s+oyinbo|abule|ile)\b"
)
_YO_NO_SCHOOL = (
    r"\b(?:ko|kii|ki\s+i)\s+(?:\w+\s+)?lo\s+(?:si\s+)?(?:school|skul|ile[\s-]?iwe)\b"
    r"(?!\s+(?:loni|lana|oni|nitori))"
)
_YO_WORKS_ALL_DAY = (
    r"\b(?:n|maa\s+n)\s+(?:sise|se\s+ise|ise)\s+(?:\w+\s+)?(?:lati\s+)?(?:aaro|owuro)\s+"
    r"(?:di|de|titi\s+di|titi)\s+(?:ale|oru|irole)\b"
)
_YO_BEATEN_BY_THEM = r"\bwon\s+(?:si\s+)?(?:n|maa\s+n|ti)\s+(?:na|lu)\s+(?:a|u|o|omo)\b"
YORUBA_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(_YO_A_CHILD)
    + any_two_of(_YO_BROUGHT_OVER, _YO_NO_SCHOOL, _YO_WORKS_ALL_DAY, _YO_BEATEN_BY_THEM),
)

# A fit now ("ó ń ṣe gìrì", "gìrì ń mú u", "wárápá ń mú u") with no answer, no waking or breath,
# five minutes or more, or the first time; or a faint or a fall with no waking or answer. Not a
# fit told as past or stopped, nor "kò dáhùn" to a phone alone.
_YO_FIT_NOW = (
    r"\b(?:n|ti|tun|si\s+n|mi|o|re)\s+(?:se|ni)\s+(?:giri|warapa)\b|"
    r"\b(?:giri|warapa)\s+(?:n\s+|ti\s+)?(?:mu|gbe)\s+"
    r"(?:u|un|o|omo\w*|mi|e|won)\b"
)
_YO_NO_ANSWER = (
    r"\b(?:ko|o|ko\s+le|ko\s+si)\s+(?:dahun|ji|mi\s+(?:mo|daadaa|dada)|le\s+mi)\b|"
    r"\b(?:dahun|ji)\s+mo\b"
)
_YO_LONG_OR_FIRST = (
    r"\biseju\s+(?:marun|mefa|meje|mejo|mesan|mewaa?|ogun|[5-9]|[1-9]\d)\b|\bigba\s+akoko\b"
)
_YO_FAINTED = r"\b(?:daku|subu|wo\s+lule)\b"
_YO_OVER_NOW = r"^(?!.*\b(?:tele|lodun\s+to\s+koja|ti\s+da\s+duro|ara\s+re\s+ti\s+ya|ti\s+ji)\b)"
YORUBA_PHRASES += (  # i18n-exempt: input
    _YO_OVER_NOW + every_one_of(_YO_FIT_NOW, f"{_YO_NO_ANSWER}|{_YO_LONG_OR_FIRST}"),
    _YO_OVER_NOW + every_one_of(_YO_FAINTED, _YO_NO_ANSWER),
)

# A child alone at home ("dá wà nílé") with a sign of need now: no food, hungry, crying ("kò sí
# oúnjẹ, ó ń sunkún báyìí"); not the question of how long a child may be left, asked alone.
YORUBA_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        rf"\b(?:omo|omode|ikoko)\b.{{0,60}}\bda\s+(?:wa\s+)?(?:{_YO_AT_HOME}|nikan)\b",
        r"\bko\s+si\s+(?:ounje|onje)\b|\bebi\s+(?:n\s+)?pa\b|\bn\s+sunkun\b|"
        r"\bko\s+(?:tii\s+)?jeun\b",
    ),
)

# Someone not eating for days ("kò jẹun fún ọjọ́ márùn-ún", typed "o jeun fun ojo marun") who
# has fainted or whose heart races or chest hurts now; not a meal had for days at a relative's
# with no such sign, nor a fast that is over.
_YO_UNFED_DAYS = (
    r"\b(?:ko|o|ko\s+ti|ko\s+tii|ti\s+o)\s+(?:je|jeun|je\s+ounje)\s+(?:\w+\s+)?(?:fun|ni|lati)"
    r"\s+(?:\w+\s+)?ojo\b"
)
_YO_HEART_OR_FAINT = (
    rf"{_YO_FAINTED}|\bokan\s+(?:re|mi)\s+(?:n\s+)?(?:lu|fo|sare)\s+(?:\w+\s+)?(?:kiakia|ju|"
    r"gidigidi|pupo)\b|\baya\s+(?:re|mi)\s+(?:n\s+)?dun\b"
)
YORUBA_PHRASES += (  # i18n-exempt: input
    _YO_OVER_NOW + every_one_of(_YO_UNFED_DAYS, _YO_HEART_OR_FAINT),
)

# An older or disabled parent whose carer has not come, with no food or left in dirt.
YORUBA_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\b(?:carer|olutoju|oluranlowo)\w*\s+(?:\w+\s+)?ko\s+(?:wa|de|wa\s+mo)\b",
        r"\b(?:ko\s+si\s+ounje|ninu\s+idoti|ko\s+le\s+rin|ko\s+ti\s+jeun)\b",
    ),
)

# A dog biting someone now.
YORUBA_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\baja\b.{0,30}\bbu\b",
        r"\b(?:n\s+bu|ran\s+(?:mi|wa)\s+lowo|bayi|ko\s+fe\s+fi\s+sile)\b",
    ),
)

# Rape or sex forced ("o fipa ba mi lopo", "o fi tipatipa ba a sun"), just happened or asked
# again ("lana", "o ni ki n pada wa loni"); not a word about a law or a talk on the subject.
_YO_FORCED_SEX = (
    r"\bfi\s*(?:ipa|tipa\s*tipa|tipatipa)\s+(?:\w+\s+){0,2}(?:ba|b')\s*(?:mi|a|wa|won|omo\s+mi)"
    r"\s+(?:lo\s*po|sun|ni\s+ajosepo)\b|\bfipa\s+ba\s+(?:mi|a)\b|\bifipabanilopo\b|"
    r"\b(?:o|won)\s+fipa\s+(?:\w+\s+){0,2}(?:lopo|sun)\b"
)
_YO_JUST_OR_AGAIN = r"\b(?:lana|loni|lale\s+yi|ni\s+ale\s+yi|nisinsin\s*yi|pada\s+wa|lẹẹkansi)\b"
YORUBA_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:ofin|ipade\s+nipa|eko\s+nipa)\b)"
    + every_one_of(_YO_FORCED_SEX, _YO_JUST_OR_AGAIN),
)

# Stones thrown at the home, its door set on fire or broken into now, with a cry to go back or
# children inside ("won n ju okuta si ferese ile wa ... awon omo mi wa ninu ile"); not
# children throwing stones in a river.
_YO_HOME_ATTACKED = (
    r"\b(?:n|ti)\s+(?:ju|so)\s+okuta\s+(?:\w+\s+){0,2}(?:ile|ferese|ilekun|oko)\b|"
    r"\bdana\s+(?:sun\s+)?(?:\w+\s+){0,2}(?:ile|ilekun|soobu|isoo)\b|"
    r"\bn\s+fo\s+(?:ferese|ilekun)\b"
)
_YO_HATE_OR_INSIDE = (
    r"\bpada\s+si\s+(?:africa|afrika|ilu\s+yin|nigeria)\b|\bwa\s+ninu\s+ile\b|\bn\s+pariwo\b|"
    r"\bnisinsin\s*yi\b|\bpa\s+wa\b"
)
YORUBA_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_YO_HOME_ATTACKED, _YO_HATE_OR_INSIDE),
)

# A plan to die said plainly. Soon: tomorrow, tonight, this week, Sunday.
_YO_SOON = r"\b(?:ola|lola|lale\s+(?:oni|yii?)|ale\s+oni|ose\s+yii?|ojo\s+(?:aiku|isinmi))\b"
# A goodbye: goodbye, forgive me, don't look for me, look after my children.
_YO_GOODBYE = (
    r"\b(?:o\s+dabo|o\s+digba|e\s+dariji\s+mi|e\s+ma\s+(?:wa|wa\s+kiri)\s+mi|e\s+toju\s+"
    r"(?:awon\s+)?omo\s+mi)\b"
)
# Medicines gathered or put away ("mo ti kó oògùn jọ"), with no everyday use (a trip, a parent).
_YO_PILLS_GATHERED = (
    r"\b(?:ko|ra|to|fi)\s+(?:\w+\s+)?(?:oogun|tablet\w*|pills)\s+(?:\w+\s+)?(?:jo|pamo)\b"
)
_YO_EVERYDAY_USE = r"\b(?:irin\s+ajo|dokita|ile\s+iwosan|fun\s+(?:mama|baba|iya|omo|awon))\b"
# What "I" will do or have decided ("mo máa", "ni máa", "pinnu pé máa").
_YO_I_WILL = (
    r"(?:\b(?:mo|n|emi|ni|pe)\s+(?:\w+\s+){0,3}?(?:maa|ma|yoo|yio)|\bpinnu\s+lati|"
    r"(?:^|[.,!?]\s*)maa)"
)
YORUBA_PHRASES += (  # i18n-exempt: input
    # "I" will kill or hang myself, or have decided to die: "mo máa pa ara mi lálẹ́ òní", "mo ti
    # pinnu láti kú", "màá pokùnso"; not a light switched off ("pa iná"), nor killing myself
    # for work
    rf"{_YO_I_WILL}\s+(?:pa\s+ara\s+mi\b(?!\s+(?:fun|nitori)\b)|pokunso\b|so\s+ara\s+mi\s+ko\b)|"
    r"\bpinnu\s+(?:lati|pe\s+(?:n\s+|mo\s+)?(?:maa|ma|yoo|a))\s+ku\b",
    # jumping into the river or from a bridge or a tall building, in front of a train: "ọ̀la ni
    # màá bọ́ sínú odò láti orí afárá", "màá bọ́ síwájú ọkọ̀ ojú irin"; not a jump in to swim
    rf"^(?!.*\b(?:we|luwe|lo\s+we)\b)(?=.*{_YO_I_WILL}\s+(?:bo|fo|ju\s+ara\s+mi)\s+(?:si\s*inu|"
    r"sinu|siwaju|si\s+iwaju|lati\s+ori|sori)\s+(?:\w+\s+){0,3}?(?:odo|osa|afara|oko\s+oju\s+"
    r"irin|oko\s+reluwe|reluwe|train|ile\s+giga)\b)",
    # no longer alive after a time; the last time you will hear from me or see me: "mi ò ní sí
    # láàyè mọ́", "ìgbà ìkẹyìn tí ẹ máa gbọ́ láti ọ̀dọ̀ mi"; not away from home on a trip, the
    # last meeting the writer comes to
    r"\b(?:mi\s+o|n\s+o|emi\s+o|mi\s+ko)\s+ni\s+(?:si|wa)\s+laaye\b|\bigba\s+ikeyin\s+ti\s+"
    r"(?:e|o|eyin|won)\s+(?:maa|ma|yoo)\s+(?:gbo\s+(?:lati\s+odo\s+mi|ohun\s+mi|nipa\s+mi)|"
    r"ri\s+mi)\b",
    # medicines gathered beside a time or a goodbye; not gathered for a trip or for a parent
    rf"^(?!.*{_YO_EVERYDAY_USE})" + every_one_of(_YO_PILLS_GATHERED, f"{_YO_SOON}|{_YO_GOODBYE}"),
)

# The main kinds said plainly.
# All the tablets swallowed by the writer ("mo ti gbé gbogbo oògùn mì", "màá gbé gbogbo oògùn
# mì"); "gbé ... mì" is to swallow, not "lo" (to take, as the doctor said), nor bought.
_YO_SWALLOW_ALL = (
    r"\b(?:mo|mi|n|maa|ma|ni)\s+(?:ti\s+|maa\s+|ma\s+|yoo\s+)?gbe\s+gbogbo\s+(?:\w+\s+){0,2}?"
    r"(?:oogun|tablet\w*|pills|paracetamol)\b"
)
# Someone of the family beating the writer's mother or another of them ("ẹ̀gbọ́n mi ń lu ìyá mi").
_YO_BEATS_MY_FAMILY = (
    r"\b(?:oko|egbon|aburo|baba|ale|omo|iyawo)\s+(?:mi|iya\s+mi)\s+(?:n\s+|ti\s+|maa\s+n\s+)?"
    r"(?:lu|na)\s+(?:iya|mama|maami|egbon|aburo|arabinrin|iyawo|baba)\s+(?:mi|wa)\b"
)
# A knife held ("ó dúró pẹ̀lú ọ̀bẹ"), beside the door locked ("ó ti ti ilẹ̀kùn pa") or a threat;
# not to cut meat or yam.
_YO_KNIFE_HELD = (
    r"\b(?:mu|gbe|ni|pelu|di)\s+(?:obe|ibon|ada)\b|\b(?:obe|ibon|ada)\s+(?:wa\s+)?lowo\s+re\b"
)
_YO_DOOR_LOCKED = (
    r"\bti\s+ilekun\s+(?:\w+\s+)?(?:pa|mo)\b|\bti\s+(?:mi|wa)\s+mo\b|\bhale\b|\bpa\s+(?:mi|wa)\b"
)
# Married off by a parent ("fẹ́ fi mí fún ọmọ ẹ̀gbọ́n rẹ̀", give me to her brother's son) to a
# cousin or abroad, with a ticket bought.
_YO_GIVEN_AWAY = r"\bfi\s+mi\s+(?:fun|f')\b"
_YO_COUSIN_OR_ABROAD = (
    r"\bomo\s+(?:egbon|aburo|arakunrin|arabinrin)\b|\boke\s+okun\b|\btiketi\b|\bticket\b|"
    r"\bigbeyawo\b|\bfe\s+mi\s+(?:ni\s+)?iyawo\b"
)
# Locked in the house or a room ("wọ́n ti tì mí mọ́ inú ilé").
_YO_LOCKED_IN = r"\bti\s+(?:mi|wa)\s+mo\s+(?:inu\s+)?(?:ile|yara|iyara)\b"
# The chest hurting ("ó ń ro àyà") with no speech, a faint or a fall.
_YO_CHEST_PAIN = (
    r"\baya\s+(?:re|mi|e)?\s*(?:n\s+)?(?:dun|ro)\b|"
    r"\b(?:n\s+)?ro\s+aya\b|\bidi\s+aya\b"
)
_YO_NO_SPEECH = rf"\bko\s+le\s+(?:soro|so\s+oro|mi)\b|\bko\s+soro\b|{_YO_FAINTED}|\bko\s+dahun\b"
# Beaten to drive out a spirit ("wọ́n ń lù ú láti lé ẹ̀mí èṣù jáde"); not prayed for.
_YO_SPIRIT = r"\ble\s+(?:emi|esu|aje|iwin)\w*|\bemi\s+(?:esu|aje|buburu)\b|\bdeliverance\b"
_YO_BEATS_SOMEONE = r"\b(?:n|ti|maa\s+n)\s+(?:lu|na)\s+(?:u|o|a|omo|iyawo|won)\b"
YORUBA_PHRASES += (  # i18n-exempt: input
    # all the tablets swallowed (not as the doctor said)
    r"^(?!.*\b(?:dokita|bi\s+dokita)\b)(?=.*" + _YO_SWALLOW_ALL + ")",
    # someone of the family beating the writer's mother (not a drum)
    _YO_BEATS_MY_FAMILY,
    # a knife held, the door locked or a threat (not to cut meat or yam)
    r"^(?!.*\b(?:eran|isu|ata|alubosa|idana|ibi\s+idana)\b)"
    + every_one_of(_YO_KNIFE_HELD, _YO_DOOR_LOCKED),
    # married off to a cousin or abroad
    "^" + every_one_of(_YO_GIVEN_AWAY, _YO_COUSIN_OR_ABROAD),
    # locked in the house
    _YO_LOCKED_IN,
    # chest pain with no speech, a faint or a fall
    _YO_OVER_NOW + every_one_of(_YO_CHEST_PAIN, _YO_NO_SPEECH),
    # beaten to drive out a spirit
    "^" + every_one_of(_YO_SPIRIT, _YO_BEATS_SOMEONE),
)

# Beside the main kinds, said as they happen.
# Medicines bought or gathered, with all of them to be used up ("mo ti ra òògùn púpọ̀, mo fẹ́ lò
# ó tán"); not bought for a trip, a doctor's course or a parent.
_YO_PILLS_GOT = r"\b(?:ra|ko|to|gba)\s+(?:\w+\s+)?(?:oogun|tablet\w*|pills|paracetamol)\b"
_YO_USE_THEM_UP = (
    r"\blo\s+(?:o|won|e|gbogbo\s+re|gbogbo\s+won)\s+tan\b|\bgbe\s+(?:o|won|gbogbo\s+re|"
    r"gbogbo\s+won)\s+mi\b"
)
# A debt said to be owed ("mo jẹ òun lówó", "gbèsè") with a threat to kill or hurt the family or
# the writer ("òun máa pa ìdílé mi", "wọ́n ń bọ̀ wá pa mí"); not a debt paid back with thanks,
# nor a joke that will make the writer laugh ("pa mí lẹ́rìn-ín").
_YO_OWE = r"\b(?:mo|mi|a)\s+je\s+(?:\w+\s+)?(?:lowo|gbese)\b|\bgbese\b"
_YO_HURT_FAMILY = (
    r"\b(?:maa|ma|yoo|yio|a|fe)\s+(?:pa|lu|se\s+ijamba\s+si|se\s+ise\s+ibi\s+si)\s+(?:idile|ebi|"
    r"awon\s+ebi|iya|baba|awon\s+obi|obi|awon\s+omo)\s+mi\b|\b(?:n|maa|ma|yoo|yio|fe)\s+"
    r"(?:bo\s+(?:wa\s+)?)?(?:pa|lu)\s+(?:mi|wa)\b(?!\s+(?:lerin\w*|ni\s+erin))"
)
# The landlord ("onílé") who wants sex for the rent ("bá òun sùn dípò owó ilé") or to report the
# writer to the Home Office ("pe Home Office", "fi mí sùn"); not a landlord who helps with a
# letter.
_YO_LANDLORD = r"\b(?:onile|landlord|oni\s+ile)\b"
_YO_SEX_FOR_RENT = (
    r"^(?=.*\bba\s+(?:oun|un|e|re|won)\s+sun\b|.*\b(?:ibalopo|ajosepo)\b)(?=.*\bowo\s+ile\b)"
)
_YO_REPORT_ME = (
    r"\b(?:pe|so\s+fun|fi\s+(?:mi\s+)?sun|fi\s+ejo\s+(?:mi\s+)?sun|ta\s+(?:mi\s+)?lolobo\s+fun)"
    r"\s+(?:\w+\s+)?home\s*office\b|\bhome\s*office\s+(?:\w+\s+){0,2}?(?:mu|gbe|le)\s+(?:mi|wa)\b"
)
# A crowd gathered ("àwọn èèyàn kórajọ") throwing stones at the hotel or home now; not children
# at the river.
_YO_CROWD = r"\b(?:korajo|kora\s+jo|ero\s+po|opo\s+eniyan|awon\s+(?:eeyan|eniyan|okunrin|odo))\b"
_YO_STONES = r"\b(?:n|ti)\s+(?:ju|so)\s+okuta\b"
_YO_OUR_PLACE = r"\bhote\w*|\botele\w*|\bile\s+wa\b|\bsi\s+wa\b|\blu\s+wa\b|\bsita\b|\bode\b"
# A child under 18 ("ọmọ ọdún mẹ́rìnlá"), and a man who says he is an uncle or kin ("tó ní òun ni
# àbúrò bàbá rẹ̀") or a stranger, taking the child ("mú un lọ"); not an uncle named who takes the
# child to school.
_YO_UNDER_18 = (
    r"\bodun\s+(?:marun|mefa|meje|mejo|mesan|mewaa?|mokanla|mejila|metala|merinla|meedogun|"
    r"merindinlogun|metadinlogun|[5-9]|1[0-7])\b|(?<![0-9])1[0-7]\s+(?:odun|years?)\b"
)
_YO_CLAIMS_KIN = (
    r"\b(?:ni|pe)\s+(?:oun\s+|on\s+)?(?:ni|je)\s+(?:aburo|egbon|ebi|molebi|ara\s+ile)\b|"
    r"\b(?:alejo|eni\s+ti\s+(?:a|n|mi)\s+(?:o|ko)\s+mo)\b"
)
_YO_TAKES = r"\b(?:mu|gbe)\s+(?:u|un|o|e|omo\s+\w+)\s+lo\b"
# "We" with nowhere to sleep ("a kò ní ibi tí a máa sùn"); put out ("wọ́n lé èmi àtàwọn ọmọ mi
# jáde") tonight, with the children or into the cold; not put out of a shop.
_YO_NOWHERE_FOR_US = (
    r"\b(?:a|awa)\s+(?:o|ko)\s+ni\s+ibi\s+(?:ti\s+)?(?:a\s+)?(?:maa\s+|ma\s+|le\s+)?sun\b"
)
_YO_PUT_OUT = r"\bwon\s+(?:ti\s+)?le\s+(?:mi|wa|emi|awa)\s+(?:\w+\s+){0,3}?(?:jade|sita)\b"
_YO_TONIGHT_CHILDREN_COLD = r"\blale\b|\balee?\s+(?:yii?|oni)\b|\bomo\b|\botutu\b"
# Lost ("mo ti sọnù"), in the dark or with the phone dying ("fóònù mi fẹ́ kú").
_YO_LOST = r"\bmo\s+(?:ti\s+)?(?:sonu|sina)\b|\bmi\s+(?:o|ko)\s+mo\s+ibi\s+ti\s+mo\s+wa\b"
_YO_DARK_OR_PHONE_DYING = (
    r"\bile\s+ti\s+su\b|\bokunkun\b|\b(?:foonu|fonu|phone|batiri|battery)\s+(?:mi\s+)?"
    r"(?:ti\s+)?(?:fe|n)\s+(?:ku|tan)\b"
)
# A fire burning in the home ("iná ń jó nínú ilé mi") with no way out.
_YO_FIRE = r"\bina\s+(?:n\s+|ti\s+)?jo\b|\bina\s+ti\s+(?:mu|ko\s+lu)\b"
_YO_NO_WAY_OUT = r"\b(?:n|mi|a|mo)\s+(?:ko|o)\s+le\s+(?:jade|sa\s+jade|kuro)\b"
# A child not breathing well ("ọmọ mi kò mí dáadáa", "kò lè mí"); not a blocked nose.
_YO_BREATHES_BADLY = r"\b(?:ko|o)\s+(?:le\s+)?mi\s+(?:daadaa|dada|dara)\b|\bko\s+le\s+mi\b"
YORUBA_PHRASES += (  # i18n-exempt: input
    # medicines bought with all of them to be used up (not for a trip, a parent, a course)
    rf"^(?!.*{_YO_EVERYDAY_USE})" + every_one_of(_YO_PILLS_GOT, _YO_USE_THEM_UP),
    # a debt held over the writer with a threat to the family
    "^" + every_one_of(_YO_OWE, _YO_HURT_FAMILY),
    # the landlord wanting sex for the rent or threatening to report the writer
    "^" + every_one_of(_YO_LANDLORD) + f"(?:{_YO_SEX_FOR_RENT}|(?=.*{_YO_REPORT_ME}))",
    # a crowd throwing stones at the hotel or home (not at the river)
    r"^(?!.*\b(?:odo|omi|osa)\b)" + every_one_of(_YO_CROWD, _YO_STONES, _YO_OUR_PLACE),
    # a child under 18 taken by a man who says he is kin, or a stranger
    "^" + every_one_of(_YO_UNDER_18, _YO_CLAIMS_KIN, _YO_TAKES),
    # nowhere for us to sleep; put out tonight, with the children or into the cold
    _YO_NOWHERE_FOR_US,
    "^" + every_one_of(_YO_PUT_OUT, _YO_TONIGHT_CHILDREN_COLD),
    # lost in the dark or with the phone dying
    "^" + every_one_of(_YO_LOST, _YO_DARK_OR_PHONE_DYING),
    # a fire in the home with no way out
    "^" + every_one_of(_YO_FIRE, _YO_NO_WAY_OUT),
    # a child not breathing well (not a blocked nose)
    r"^(?!.*\bimu\b)" + every_one_of(r"\b(?:omo|omode|ikoko|baby)\b", _YO_BREATHES_BADLY),
)

# A child gone to meet a man or a grown-up known only online ("omobinrin mi ti lo pade okunrin
# kan ti o mo lori intaneeti"); not a friend of her age met online, nor a man gone to with a
# parent.
_YO_A_CHILD = (
    r"\b(?:omo(?:binrin|kunrin)?\s+mi|omo\s+odun|omode)\b|\b(?:[1-9]|1[0-7])\s*(?:odun|years?)\b"
)
_YO_GONE_TO_MEET = r"\b(?:lo|jade\s+lo|sa\s+lo)\s+(?:\w+\s+)?(?:pade|ri)\b"
_YO_A_MAN = r"\b(?:okunrin|agbalagba|man|guy)\b"
_YO_MET_ONLINE = (
    r"\b(?:lori|ni|on)\s+(?:intaneeti|intanet|internet|ayelujara|online|instagram|snapchat|snap|"
    r"tiktok|facebook|whatsapp|roblox|ere\s+ori\s+foonu)\b|\bonline\b"
)
YORUBA_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\bpelu\s+(?:mi|baba\s+re|iya\s+re|baba\s+mi|iya\s+mi)\b)"
    + every_one_of(_YO_A_CHILD, _YO_GONE_TO_MEET, _YO_A_MAN, _YO_MET_ONLINE),
)

# Not wanting to live any more ("mi ò fẹ́ gbé ayé mọ́") beside medicines bought and tonight or
# soon ("mo ti ra òògùn, lálẹ́ yìí ni"); not medicines bought for a parent or a trip.
_YO_NO_WISH_TO_LIVE = r"\b(?:mi|n|emi)\s+(?:o|ko)\s+fe\s+(?:gbe\s+aye|wa\s+laaye)\s+mo\b"
YORUBA_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*{_YO_EVERYDAY_USE})" + every_one_of(_YO_NO_WISH_TO_LIVE, _YO_PILLS_GOT, _YO_SOON),
)

# A man beating his wife or a woman now ("Bàbá Túndé ti ń lu ìyàwó ẹ̀ láti àárọ̀"), beside her
# screams heard or blood; not a drum beaten at a wedding ("ń lu ìlù") with the guests shouting.
_YO_BEATING_HIS_WIFE = (
    r"\b(?:n|ti\s+n|maa\s+n|tun\s+n)\s+(?:na|lu)\s+(?:iyawo|obinrin|aya|ale|omobinrin)\s+"
    r"(?:e|re|won|yen|naa|kan)\b"
)
_YO_SCREAMS_OR_BLOOD = r"\b(?:pariwo|kigbe|igbe|eje|ke\s+gbajare|n\s+sunkun)\b"
YORUBA_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_YO_BEATING_HIS_WIFE, _YO_SCREAMS_OR_BLOOD),
)

# A stroke told by its signs: not able to speak properly beside the mouth or face fallen to one
# side or one arm gone dead ("kò lè sọ̀rọ̀ dáadáa, ẹnu rẹ̀ ti wọ́ sí ẹ̀gbẹ́ kan"); not a sore
# throat that stops the speech, nor a child watching TV at one side.
_YO_CANT_SPEAK = r"\b(?:ko|ko\s+tun|ko\s+si)\s+le\s+(?:soro|so\s+oro|se\s+oro)\b"
_YO_ONE_SIDE_FALLEN = (
    r"\b(?:enu|oju|ete)\s+(?:re|e|won)\s+(?:ti\s+)?(?:wo|yi|yi\s+pada)\s+(?:si\s+)?(?:egbe|apa|"
    r"ibi)\s+kan\b|\bapa\s+(?:re|e|won)\s+kan\s+(?:ti\s+)?(?:ku|ro|ko\s+sise)\b"
)
YORUBA_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_YO_CANT_SPEAK, _YO_ONE_SIDE_FALLEN),
)

# Someone fallen ("ìyá mi ti ṣubú nínú ilé") who cannot get up or is bleeding now ("kò lè dìde",
# "ẹ̀jẹ̀ ń jáde"); not a fall last week after which she got up ("ó ti dìde").
_YO_FALLEN = r"\b(?:ti\s+subu|subu\s+lule|ti\s+ja\s+lule|ti\s+ja\s+sile|subu\s+(?:ninu|ni))\b"
_YO_CANT_RISE_OR_BLEEDING = (
    r"\b(?:ko|o\s+o|ko\s+tii?)\s+le\s+dide\b|\beje\s+(?:n|si\s+n|tun\s+n)\s+(?:jade|san|ro)\b|"
    r"\bko\s+(?:ji|dahun)\b"
)
YORUBA_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_YO_FALLEN, _YO_CANT_RISE_OR_BLEEDING),
)
