"""The Somali safeguarding phrase net (read by safeguarding_languages). Somali marks "me" with a
small word before the verb (i garaacaa: beats me; igu hanjabay: threatened me; iga qaatay: took
from me) and "I" with a focus word (waan, waxaan, ayaan, baan), so a harm is "i"/"igu" with a
verb that only a person does to a person, and the writer's own fear or despair needs one of
those focus words. Somali is written in Latin letters without accents; text has been through
safeguarding_languages.fold.

Beyond the main kinds it reads an alarm in a few words ("i caawi, halkan ayuu joogaa") and a
girl to be cut, said in the words used for it ("inay gudniinto", "in la xalaaleeyo") or
"today" without the word, and control at home (two of being locked in, the phone or money
taken, a threat to take the children), and a child taken by men or over a debt, or gone
missing with men, a car, a dead phone or the police named. Left alone:
"gaajo ayaan u dhimanayaa" (dying of hunger), "wuu i raacay" (he came with me), "i caawi
foomka" (help me with the form), "ma adkaysan karo kulaylka" (can't stand the heat), a son
taken to be circumcised or to school, halal meat ("hilib xalaal ah"), a husband who keeps the
money and takes the children to school.
Also a mother after a birth who says the baby is not hers, with the baby left alone,
no food or sleep, or tonight; a child drawn into drugs and threatened with death over a debt
(not a drug-prevention talk); heavy bleeding in a pregnancy (not a blood test).
An older, blind or disabled adult whose carer or others take their money, keep food from them
or beat them (not a carer who cooks for a mother), and a child or other person fallen into
water who cannot get out or is going under (not a phone dropped in it).
A plan to die said plainly (killing oneself tonight or decided, a rope or a bridge, pills gathered
beside a goodbye), and a girl under 18 or refusing to be married off (not a sister's wedding).
Also the main kinds said plainly: someone of the family beaten, a knife held behind a locked
door, followed by a man, a child alone for days or hit and bleeding from the head, married off
to a cousin abroad, chest pain with no speech, a beating to drive out a jinn, little sisters to
be cut; not a door knocked on, a knife for the meat, a son who followed, goods moved house, a
knee that hurts, the Quran read over someone.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import a_plea_in_a_few_words, any_two_of, every_one_of

_SO_I = r"(?:waan|waxaan|ayaan|baan|aad\s+baan|anigu\s+waan)"  # "I" (focused)
_SO_PERSON = (
    r"(?:isaga|iyada|iyaga|ninkayg\w*|seygayg\w*|saygayg\w*|aabahay|aabbahay|aabahay\w*|"
    r"walaalkay|adeerkay|xaaskayg\w*|soddog\w*|hooyaday)"
)
_SO_CHILD = r"(?:carruur\w*|caruur\w*|ilmah\w*|ilmo\w*|wiilkayg\w*|gabadhayd\w*|canug\w*)"

# A girl, and her being cut: "si loo gudo", "in la gudo", "in gabadha la gudo", "gudi doonaan",
# "gudniin loo sameeyo", "inay gudniinto", and "in la xalaaleeyo" (made "pure", the word said
# for it); not "gudo gal", "gudo galay" (enter, entered), "hilib xalaal ah" (halal meat), nor
# girls who must not be cut ("waa in aan la gudniinsiin gabdhaha").
_SO_GIRL = r"(?:gabadh\w*|gabar\w*|gabdh\w*|inant\w*|walaash\w*)"
_SO_CUT = (
    r"(?:(?:si\s+)?loo\s+gudo|la\s+gud(?:o|ayo|ay|i\s+doon\w*)|gudi\s+doon\w*|"
    r"(?:ay|ayay|waxay|way)\s+gud(?:aan|ayaan|een)|gudniin\w*\s+(?:\w+\s+)?(?:loo|la)\s+"
    r"(?:sameeyo|samayn\w*|sameyn\w*|geeyo)|(?:inay|in\s+ay|(?<!aan\s)(?<!ma\s)la|loo)\s+"
    r"(?:gudniin(?:to|taan|tee|tay|eeyo|siiy\w*)|xalaal(?:ee|ey|ay)\w*))\b(?!\s+ga[ls]\w*)"
)

# A harm told as over: last year or years ago, the man caught by the police or in prison, the
# writer safe now ("sannadkii hore nin baa i hanjabay, hadda xabsi buu ku jiraa").
_SO_TOLD_AS_OVER = (
    r"^(?!.*\b(?:sannadkii\s+hore|sanadkii\s+hore|sannado\s+ka\s+hor|sanado\s+ka\s+hor|"
    r"xabsi\w*|booliisku\s+(?:\w+\s+)?qabtay|hadda\s+(?:waan\s+)?(?:nabad\w*|badbaad\w*))\b)"
)

SOMALI_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    _SO_I + r"\s+(?:\w+\s+)?(?:rabaa|doonayaa)\s+(?:inaan|in\s+aan)\s+(?:iska\s+)?(?:dhinto|"
    r"dhimano|is\s+dilo|isdilo|naftayda\s+qaato)\b",
    r"\b(?:inaan|in\s+aan)\s+(?:is\s+dilo|isdilo|dhinto)\s+(?:ayaan|baan|waan)\s+(?:rabaa|"
    r"doonayaa|ka\s+fikirayaa)\b",
    r"\bwaan\s+is\s+(?:dilayaa|dili)\b|\bis\s+dili\s+doonaa\b|\b(?:waan|waxaan|ayaan)\s+(?:\w+\s+)?"
    r"(?:ka|ku)\s+fikir\w*\s+(?:is\s*dil\w*|inaan\s+is\s+dilo|inaan\s+dhinto)",
    r"\b(?:ma\s+rabo|ma\s+doonayo)\s+(?:inaan|in\s+aan)\s+(?:sii\s+)?(?:noolaado|jiro|nool\s+"
    r"ahaado)\b|\bnaftayda\s+(?:ayaan|waan|baan)\s+(?:qaadan|ka\s+qaadi|dhammayn|dhamayn)\w*",
    r"\bla'?aanta?y(?:da|a)?\s+(?:\w+\s+){0,3}(?:ka\s+)?(?:fiicnaan|wanaagsanaan|roonaan|fiican)",
    # self-harm
    r"\b(?:waan|waxaan|ayaan|baan)\s+(?:\w+\s+)?is\s+(?:jarayaa|jaray|jarjaray|jarjarayaa|"
    r"dhaawacayaa|dhaawacay|gubayaa|gubay)\b|\bisdhaawac\w*|\bnaftayda\s+(?:\w+\s+)?dhaawac\w*",
    # all the tablets
    r"^(?=.*\b(?:kiniin\w*|daawo\w*|dawo\w*|daawad\w*)\b)(?=.*\b(?:oo\s+dhan|dhammaan|dhamaan|"
    r"kulligood|kulli)\b)(?=.*\b(?:liqay|liqi|liqayaa|qaatay|qaadan\s+doonaa|cunay)\b)",
    # violence, threats, control
    _SO_TOLD_AS_OVER
    + r".*\bi\s+(?:garaac\w*|jirdil\w*|kufsa\w*|tumay|tumaa|laaday|laadaa|ceejiy\w*|"
    r"handad\w*|hanjab\w*)\b",
    _SO_TOLD_AS_OVER + r".*(?:\bigu\s+(?:hanjab\w*|handad\w*|gooddiy\w*)\b|\b(?:guriga|qolka)\s+"
    r"(?:\w+\s+)?igu\s+(?:xir\w*|quful\w*)\b)",
    r"\b(?:baasaboork\w*|basaboork\w*|taleefank\w*|lacagtayd\w*|dukumiintig\w*|kaarkayga)\s+"
    r"(?:\w+\s+)?iga\s+(?:qaat\w*|qaad\w*|haystaa|haysta|qariy\w*)\b",
    r"\b(?:ima|iima|ma\s+ii)\s+(?:\w+\s+)?oggol\w*\s+(?:inaan|in\s+aan)\s+(?:baxo|dibadda|tago|"
    r"shaqeeyo)\b",
    # afraid of him, afraid to go home
    r"^(?=.*" + _SO_I + r"\s+(?:\w+\s+)?(?:ka\s+)?(?:baqayaa|cabsanayaa|baqaa|cabsadaa)\b)(?=.*\b"
    r"(?:" + _SO_PERSON + r"|guriga)\b)",
    # a child at risk
    rf"\b{_SO_CHILD}\s+(?:\w+\s+){{0,3}}(?:garaac\w*|jirdil\w*|cunto\s+ma\s+(?:\w+\s+)?"
    r"(?:siiyo|siiso|siiyaan|helin|helaan|haystaan)|ma\s+cunin\s+(?:\w+\s+)?(?:maalmo|maalin|"
    r"laba|saddex))\b",
    rf"\b(?:garaac\w*|jirdil\w*)\s+(?:\w+\s+)?{_SO_CHILD}",
    # followed
    r"\bi\s+daba\s+(?:socd\w*|jooga\w*|ordaya\w*)\b|\bdabadayda\s+(?:\w+\s+)?(?:socd\w*|"
    r"ordaya\w*)|\bi\s+raadraac\w*",
    # forced marriage
    r"\bguur\s+(?:\w+\s+)?(?:qasab|khasab|lagu\s+qasbay)\w*|\b(?:qasab|khasab|qasb|khasb)\w*\s+(?:\w+\s+){0,4}"
    r"(?:guur\w*|ku\s+guursiin\w*|la\s+ii\s+guurin\w*)",
    # in danger, not safe, help
    r"\b(?:khatar|halis)\s+(?:ayaan|baan|waan)\s+ku\s+jir\w*|\bwaxaan\s+ku\s+jiraa\s+(?:khatar|"
    r"halis)\b|\bnolosh\w*\s+(?:\w+\s+){0,2}(?:khatar|halis)\s+(?:\w+\s+)?(?:ku\s+)?jirtaa\b",
    r"^(?=.*\bi\s+caawi\w*)(?=.*\b(?:khatar|halis|garaac\w*|i\s+dili\w*)\b)",
    r"\b(?:ammaan|nabad|badbaado)\s+(?:\w+\s+)?(?:ma|kuma)\s+(?:ihi|ahi|haysto|dareemo|"
    r"dareemayo)\b|\bma\s+dareemayo\s+(?:ammaan|nabad|badbaado)\b",
    # nowhere to sleep tonight
    r"\bma\s+(?:lihi|haysto|hayo|lihin|haysanno)\s+meel\s+(?:aan\s+)?(?:ku\s+|u\s+)?(?:seexd|"
    r"jiif|hoyd|dego|joogo)\w*",
    r"\bmeel\s+(?:aan\s+)?(?:ku\s+|u\s+)?(?:seexdo|jiifo|hoydo|seexanno)\s+(?:\w+\s+)?ma\s+"
    r"(?:lihi|haysto|hayo|lihin|haysanno)\b",
    r"\bguriga\s+(?:\w+\s+){0,2}(?:iga\s+saar\w*|la\s+iga\s+saar\w*|iga\s+eryay|naga\s+saar\w*)",
    # can't go on
    r"\bnolosh\w*\s+(?:\w+\s+){0,2}ka\s+(?:quustay|daalay|niyad\s+jabay)\b|\bwaan\s+(?:ka\s+)?"
    r"quustay\b",
    r"\bma\s+(?:sii\s+)?(?:u\s+)?(?:adkaysan|adkeysan)\s+karo\s+(?:\w+\s+)?(?:noloshan|nolosha|mar\s+"
    r"dambe|intaas)\b",
    # can't breathe and shaking, send someone
    r"\bma\s+neefsan\s+karo\b.{0,60}\b(?:gariir\w*|cabsi\w*|fadlan|caawi\w*)|\bfadlan\s+qof\s+"
    r"(?:ii|ku)\s+soo\s+dir\b",
    # someone not breathing who has fallen, gone blue, fainted or does not move or answer
    # (the sign may be said in English: "blue", "fell", "unconscious")
    r"^(?=.*\b(?:ma\s+neefsan(?:ayo|ayso|ayn|aysaa)|neef\s+ma\s+(?:qaadayo|qaadayso|leh))\b)"
    r"(?=.*\b(?:buluug\w*|dhac(?:ay|day|een)|miyir\w*|suuxay|suuxday|ma\s+(?:dhaqaaqayo|"
    r"dhaqaaqayso|jawaabayo|jawaabayso|toosayo|toosayso)|blue|fell|collapsed|unconscious)\b)",
    # an older parent's money taken by family, or the parent going to sleep hungry
    r"\b(?:walaal\w*|wiil\w*|gabadh\w*|inan\w*|adeer\w*|abti\w*|eedo\w*|habaryar\w*|isaga|iyada)"
    r"\s+(?:\w+\s+){0,3}(?:qaata|qaatay|qaataa|qaato|haystaa|haysta|xado|xaday)"
    r"\s+(?:\w+\s+){0,1}lacag\w*\s+(?:\w+\s+){0,2}(?:hooyo|aabb?o|aabb?ah|ayeeyo|awoowe)\w*",
    r"\b(?:hooyo|aabb?o|aabb?ah|ayeeyo|awoowe)\w*\s+(?:\w+\s+){0,4}(?:seexat\w*|seexd\w*|"
    r"seexan\w*|jiifat\w*|maalmo)\s+(?:\w+\s+){0,2}gaajays\w*",
    # put out of the home and sleeping on a bus or outside with the children
    r"\b(?:ku\s+)?(?:seexannay|seexday|seexanay|seexdeen|seexanaa|seexdaa)\s+(?:\w+\s+)?(?:baska|"
    r"banaanka|waddada|wadada|gaariga)\b|\bguriga\s+(?:\w+\s+){0,2}(?:nalaga|layga|lagaga)\s+saaray\b",
    # a girl (a daughter, a sister, the girls) to be cut (FGM), often taken abroad for it, said
    # in one sentence either way round; a son's circumcision is left alone
    rf"\b{_SO_GIRL}\b[^.!?]{{0,160}}?\b{_SO_CUT}|\b{_SO_CUT}[^.!?]{{0,80}}?\b{_SO_GIRL}",
    # nowhere to sleep tonight
    r"\bma\s+(?:haysto|haystaan|haysanno|hayo|hayno)\s+meel\s+(?:\w+\s+){0,2}(?:ku\s+)?"
    r"(?:seexdo|seexdaan|seexanno|seexno|jiifno|jiifaan)\b",
)

# A threat to kill the writer: "ninkaygu caawa wuu i dilayaa", "wuxuu yiri waan ku dilayaa",
# "haddii aan baxo wuu i dilayaa", "waan ku dili" written on the door, "ayaan ku dilayaa" told
# beside a debt or tonight; not "hooyo way i dilaysaa haddii aan daaho", "kulaylkan wuu i
# dilayaa", "waan dilayaa, keegaygii buu cunay".
SOMALI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\bdaaho\b)(?=.*\b(?:ninkaygu|ninkayga|saygu|sayga|seygu|seyga|ninkii\s+hore|"
    r"wuxuu\s+(?:yiri|yidhi|leeyahay|igu\s+yiri)|caawa|haddii\s+aan)\b.{0,40}\b(?:wuu\s+i\s+"
    r"(?:dilayaa|dili\s+doonaa|dilaa)|i\s+dili\s+doonaa|inuu\s+i\s+dilayo)\b)",
    r"^(?=.*\bwaan\s+ku\s+(?:dilayaa|dili)\b)(?=.*\b(?:yiri|yidhi|qoray|qortay|fariin\w*|"
    r"albaab\w*|derbi\w*)\b)",
    r"^(?!.*\bdaaho\b)(?=.*\b(?:ayaan|baan)\s+ku\s+(?:dilayaa|dili\s+doonaa)\b)(?=.*\b(?:yiri|"
    r"yidhi|igu\s+yiri)\b)(?=.*\b(?:caawa|lacag\w*|deyn\w*|carruur\w*|guriga)\b)",
)

# An alarm in a few words (safeguarding_words.a_plea_in_a_few_words): "i caawi, halkan ayuu
# joogaa", "albaabka ayay taagan yihiin", "wuu i helay"; not "i caawi foomka", "wuu yimid" alone.
_SO_PLEA = r"(?:i\s+|na\s+)?caawi\w*|(?:i\s+|na\s+)?gargaar\w*|fadlan|degdeg|help|sos"
_SO_ALARM = (
    r"(?:halkan|albaabka|guriga|gudaha)\s+(?:ayuu|buu|ayay|bay|ayey|bey)\s+(?:joog\w*|taagan\s+"
    r"\w+|ku\s+jir\w*|soo\s+galay|soo\s+galeen)|(?:wuu|way)\s+i\s+hel(?:ay|een)|(?:albaabka|"
    r"guriga)\s+(?:ayuu|buu|ayay|bay)\s+(?:jabin\w*|jebin\w*)|(?:guriga|qolka)\s+(?:ayay|bay|"
    r"ayuu|buu)\s+nagu\s+xir\w*|nagu\s+xir(?:een|ay)"
)
_SO_BESIDE_A_PLEA = (
    rf"{_SO_CHILD}|(?:wuu|way|waa)\s+(?:yimid|yimaadeen|soo\s+socdaa|soo\s+socdaan)|halkan|"
    r"waa\s+halkan|isaga|iyaga"
)

# A girl to be cut said without the word: a girl named (often with her age), and "today they are
# doing it" with nothing done named, with a plea or her age; not a party they are holding today.
_SO_DOING_IT = (
    r"\b(?:maanta|caawa|berri|hadda|xagaagan|toddobaadkan|fasaxa)\s+(?:ayay|bay|way|ayey|bey|"
    r"waxay)\s+(?:sameyn|samayn|samee)\w*(?:\s+doon\w*)?\s*(?:[.!?,]|$)"
)
SOMALI_PHRASES += (  # i18n-exempt: input
    a_plea_in_a_few_words(_SO_PLEA, _SO_ALARM, _SO_BESIDE_A_PLEA),
    rf"^(?=.*\b{_SO_GIRL}\b)(?=.*{_SO_DOING_IT})(?=.*\b(?:caawi\w*|gargaar\w*|fadlan|\d+\s+"
    r"(?:sano|jir)|cabsi\w*|ka\s+celi\w*)\b)",
)

# Control at home, two of: locked in ("igu xiray guriga", in either order), the phone or all the
# money taken or held ("telefonkayga wuu qaatay", "lacagta oo dhan isaga ayaa haysa"), and a
# threat to take the children ("carruurta ayaan kaa qaadanayaa"); not a husband who keeps the
# money and takes the children to school.
_SO_LOCKED_IN = (
    r"\b(?:guriga|qolka)\s+(?:\w+\s+)?igu\s+(?:xir|quful)\w*|\bigu\s+(?:xir|quful)\w*\s+"
    r"(?:\w+\s+)?(?:guriga|qolka)\b"
)
_SO_HELD_FROM_ME = (
    r"\b(?:telefonk\w*|taleefank\w*|lacagt\w*|baasaboork\w*|basaboork\w*|kaarkayga)\s+"
    r"(?:\w+\s+){0,4}?(?:qaat\w*|qat(?:ay|aa)|haysta\w*|hayso|haysa|qariy\w*)\b"
)
_SO_TAKE_THE_CHILDREN = (
    rf"\b{_SO_CHILD}\s+(?:\w+\s+){{0,2}}(?:kaa|iga|naga)\s+(?:qaad|qad|kaxay|dhig)\w*"
)
SOMALI_PHRASES += (  # i18n-exempt: input
    "^" + any_two_of(_SO_LOCKED_IN, _SO_HELD_FROM_ME, _SO_TAKE_THE_CHILDREN),
)

# Girls named in one sentence (often with their ages) and their cutting in the next, with its
# subject left out ("Gabdhahaygu waa 5 iyo 7 jir. Ayeeyadood waxay rabtaa in la gudo"), read
# beside an age, a trip home or a summer, or the writer's refusal; not a son's circumcision
# said beside his sisters ("in wiilka la gudo"), nor the cut said as not to be done.
_SO_CUT_SAID = (
    rf"(?:^|[.!?])(?![^.!?]*\bwiil\w*)(?![^.!?]*\b(?:aan|ma)\s+{_SO_CUT})[^.!?]*\b{_SO_CUT}"
)
_SO_WHEN_OR_REFUSED = (
    r"\b(?:\d+\s+(?:iyo\s+\d+\s+)?(?:jir|sano)|xagaa\w*|fasax\w*|soomaaliya|dalka|"
    r"(?:ma|aan)\s+(?:rabo|rabin|oggoli|ogoli)|diid\w*|cabsi\w*|caawi\w*)\b"
)
SOMALI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(rf"\b{_SO_GIRL}\b", _SO_CUT_SAID, _SO_WHEN_OR_REFUSED),
)

# A child or someone of the family taken by men or kidnapped, often over a debt ("wiilkayga
# ayaa la qaaday, niman baa gaari ku qaaday", "lacag buu na leeyahay"): taken ("la qaaday", was
# taken; "qaadeen", they took; not "qaaday", he took, said of a son taking the car) or
# kidnapped ("la afduubay"), with men or a car or a debt named; not a son taken to school, to
# hospital or to the mosque, nor a kidnapping in the news.
_SO_FAMILY_TAKEN = (
    rf"\b(?:{_SO_CHILD}|{_SO_GIRL}|walaalkay\w*|wiil\w*)\s+(?:\w+\s+){{0,4}}?(?:(?:ayaa|baa|"
    r"waxaa|waa)\s+)?(?:la\s+(?:qaaday|kaxee?yay)|(?:\w+\s+)?(?:qaadeen|kaxee?yeen)|"
    r"(?:la\s+)?afduub\w*)\b"
)
_SO_BY_MEN_OR_FOR_DEBT = (
    r"\b(?:niman|nimank\w*|rag|raggii|burcad\w*|gaari|gaadhi|baabuur\w*|van|afduub\w*|"
    r"deyn\w*|lacag\s+(?:\w+\s+)?(?:na|i|ii|noo)\s+leeyahay)\b"
)
SOMALI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:dugsi\w*|iskuul\w*|isbitaal\w*|cisbitaal\w*|masjid\w*|dhakhtar\w*|"
    r"warka|wararka|telefishan\w*)\b)" + every_one_of(_SO_FAMILY_TAKEN, _SO_BY_MEN_OR_FOR_DEBT),
)

# A child under 18 sent by a man to carry packages to another town, gone and not answering
# ("15 jir... nin baa u diray inuu xirmooyin u qaado... taleefanka ma qabanayo"); not a grown
# son who delivers parcels for work.
SOMALI_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\b1[0-7]\s+jir",
        r"\bxirm\w*|\bbaakad\w*",
        r"\bma\s+qabanayo\b|\bkama\s+jawaabayo\b|\bma\s+soo\s+laaban\b|\blama\s+hel",
    ),
)

# A child gone missing ("wiilkayga 13 jir ah ayaa la waayay", my son was lost; "ma garanayo meel
# uu joogo", I do not know where he is) with men or a car that took them, the phone dead, or the
# police told ("rag baa gaari ku qaaday", "taleefankiisa ma shaqeynayo"); not a child lost in a
# game and found, nor a phone or keys lost.
_SO_CHILD_MISSING = (
    rf"\b(?:{_SO_CHILD}|{_SO_GIRL}|walaalkay\w*)\s+(?:\w+\s+){{0,4}}?(?:(?:ayaa|baa|"
    r"waa|waxaa)\s+)?(?:la\s+(?:waayay|waayey|la'?\s?yahay)|maqan|lumay|lumey|ma\s+soo\s+"
    r"laaban|ma\s+soo\s+noqon|lama\s+hel\w*|ma\s+(?:garanayo|garanayno|aqaan|aqaano|ogi)\s+"
    r"(?:meel|meesha|meeshii)\s+(?:uu|ay)\s+(?:joog(?:o|to)|ku\s+sugan\w*))\b"
)
_SO_TAKEN_OR_UNREACHABLE = (
    r"\b(?:gaari|gaadhi|baabuur\w*|van)\s+(?:\w+\s+)?(?:ku|lagu)\s+(?:qaad\w*|rid\w*|xir\w*|"
    r"kaxay\w*|gelin\w*|geliy\w*)|\b(?:niman|nimank\w*|rag|raggii)\s+(?:\w+\s+)?(?:baa|ayaa)\b|"
    r"\b(?:taleefan|telefon)\w*\s+(?:\w+\s+)?(?:ma\s+shaq\w*|xiran|dansan|damsan|dheeh\w*)|"
    r"\bbooliis\w*|\bboolis\w*"
)
SOMALI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:waa\s+la\s+helay|la\s+helay|soo\s+laabtay|dhuumaalaysi\w*|ciyaar\w*)\b)"
    + every_one_of(_SO_CHILD_MISSING, _SO_TAKEN_OR_UNREACHABLE),
)

# A child or an adult who cannot breathe properly with lips or face gone blue or passing out
# ("wiilkayga si fiican uma neefsan karo, bushimihiisuna waxay noqdeen buluug"), or lips gone
# blue alone; not a nose blocked by a cold, nor lips painted blue.
_SO_CANNOT_BREATHE = (
    r"\b(?:ma|uma|kuma|ayan|aan)\s+(?:\w+\s+){0,3}neefsan\s+(?:karo|karto|kari|karin|"
    r"karayo|karayso)\b|"
    r"\bneefsan\w*\s+(?:\w+\s+)?(?:waay\w*|kari\s+waay\w*|ku\s+adag)|\bneef\w*\s+(?:\w+\s+)?"
    r"(?:ku\s+)?(?:qabatay|qabsatay|dhegtay|xirmay|ka\s+go'?day)"
)
_SO_BLUE_OR_GONE = (
    r"\bbuluug\w*|\bbluug\w*|\bmiyir\w*\s+(?:\w+\s+)?(?:beel\w*|la'?|ma\s+leh)|\bsuuxs\w*|"
    r"\bsuuxd\w*|\bma\s+(?:soo\s+)?toosayo\b"
)
SOMALI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:sanka|sankiis|sankeed|hargab|duray|durey)\b)"
    + every_one_of(_SO_CANNOT_BREATHE, _SO_BLUE_OR_GONE),
    r"^(?!.*\b(?:lipstick|rinji|cadayo|marsad\w*|mariy\w*)\b).*\bbushim\w*\s+(?:\w+\s+){0,4}"
    r"(?:buluug|bluug)\w*",
)

# A mother after a birth who says the baby is not hers, with a sign it is now (the baby left
# alone, not eating or sleeping, tonight): "ilmahan ma aha kayga ... ilmaha keligiis kaga tagtay".
_SO_AFTER_BIRTH = r"\bumu?shay\b|\bumushay\b|\bdhashay\b|\bdhalay\b|\bfoolo\w*|\bummul\w*"
_SO_NOT_HER_BABY = (
    r"\b(?:ilma|ilmo|cunug|canug|ubad)\w*\s+(?:\w+\s+)?ma\s+aha\s+(?:kay|kiis|keed|kaag|kuw)"
    r"\w*|\b(?:la\s+)?beddel\w*\s+(?:\w+\s+)?(?:ilma|cunug)\w*"
)
_SO_BABY_AT_RISK_NOW = (
    r"\bkeligii?s\b|\bkeligeed\b|\bkaga\s+tag\w*|\bka\s+tag\w*|\bma\s+(?:cunto|seexato|"
    r"jecla)\b|\bcaawa\b|\bhadda\b"
)
SOMALI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_SO_AFTER_BIRTH, _SO_NOT_HER_BABY, _SO_BABY_AT_RISK_NOW),
)

# A child drawn into drugs by older men who now claim a debt and threaten to kill him ("waxay ku
# hanjabeen inay dili doonaan"); not a drug-prevention talk.
_SO_DRUGS_OR_DEBT = (
    r"\bdaroogo\w*|\bmaandooriye\w*|\bmukhaadaraad\w*|\blacag\s+(?:ayaad|baad)\s+(?:nagu|igu|"
    r"ku)\s+leedahay\b"
)
_SO_KILL_THREAT = r"\bdil[ia]\s+doonaan\b|\bdilayaan\b|\bdilaya\b|\binay\s+dilaan\b|\bhanjab\w*"
# Heavy bleeding in a pregnancy, with pain now; not a blood test at the clinic.
_SO_PREGNANT = r"\buur\w*\b"
_SO_BLEEDING = (
    r"\bdhiig\s+(?:\w+\s+){0,2}?(?:ka\s+imanaya|ka\s+yimid|ka\s+socda|ka\s+baxaya|badan|"
    r"joogsan\s+waayay)|\bdhiigbax\w*"
)
SOMALI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:barnaamij\w*|ka\s+hortag\w*|wacyigelin\w*)\b)"
    + every_one_of(_SO_DRUGS_OR_DEBT, _SO_KILL_THREAT),
    r"^(?!.*\b(?:baaritaan\w*|shaybaar\w*|tijaabo\w*)\b)"
    + every_one_of(_SO_PREGNANT, _SO_BLEEDING),
)

# An older, blind or disabled adult, someone else (a carer, men), and money taken, food kept
# back or a beating.
_SO_VULNERABLE = (
    r"\b(?:naafo\w*|indhoole|curyaan\w*|garaad\w*|waayeel\w*|hooyaday|hooyadiis|aabahay|"
    r"ayeeyo\w*|awoowe\w*|dementia)\b"
)
_SO_SOMEONE_ELSE = r"\b(?:daryeel\w*|carer|rag|nin|dad|qof\w*|saaxiib\w*|raga)\b"
_SO_EXPLOITED = (
    r"\blacag\w*\s+(?:\w+\s+)?(?:qaata|qaatay|qaataan|qaateen|qaada|qaadan|cuna)\b|"
    r"\bcunto\s+ma\s+(?:siiyo|siiso|siiyaan|siisay|siiyay)\b|\bgaraac\w*|\bku\s+(?:xidh|xir)\w*"
)
# A person (not a thing) fallen into water who cannot get out or is going under.
_SO_SOMEONE_IN_WATER = (
    r"\b(?:wiil\w*|gabadh\w*|gabar|ilmo|ilmaha|cunug\w*|caruur\w*|nin|naag|qof|haweeney)\b"
)
_SO_IN_WATER = (
    r"\bku\s+dhac(?:ay|day|ayay)\s+(?:\w+\s+)?(?:biyaha|harada|webiga|wabiga|badda|kanaalka)\b|"
    r"\b(?:biyaha|harada|webiga|wabiga|badda|kanaalka)\s+(?:\w+\s+){0,2}ku\s+dhac\w*|"
    r"\bquus\w*|\bhoos\s+u\s+galay\w*"
)
_SO_CANT_GET_OUT = (
    r"\bka(?:ma)?\s+soo\s+bixi\s+(?:karo|kari\s+waayay)|\bhoos\s+u\s+galay\w*|\bquus\w*|"
    r"\bcaawi\w*|\bdegdeg\w*|\bgurmad\w*"
)
SOMALI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_SO_VULNERABLE, _SO_SOMEONE_ELSE, _SO_EXPLOITED),
    r"^(?!.*\b(?:taleefan\w*|telefoon\w*|phone)\b)"
    + every_one_of(_SO_SOMEONE_IN_WATER, _SO_IN_WATER, _SO_CANT_GET_OUT),
)

# A man who raped or did bad things to someone and calls her again tonight or now.
_SO_SEXUAL = (
    r"\bkufs\w*|\bfaro\s*xumey\w*|\bwax(?:yaabo)?\s+xun\s+(?:\w+\s+)?(?:ku|igu|ugu|u)\s+"
    r"samee?y\w*|\bjirk\w*\s+(?:\w+\s+)?taabt\w*"
)
_SO_A_MAN = r"\bnin\w*|\bderis\w*|\bmacallin\w*|\boday\w*|\bwiil\w*"
_SO_AGAIN_NOW = r"\b(?:caawa|hadda|xalay|mar\s+kale|maanta|haatan|berri)\b"
# A mob now: men at the door who say they will burn the family, youths beating someone and
# telling him to go back to his country.
_SO_MOB = r"\bniman\b|\bkoox\w*|\bdhalinyaro\w*|\bdad\s+badan\b|\balbaab\w*"
_SO_BURN_THREAT = r"\bgub(?:i|ayn|no)\w*\s+(?:doon|rab)\w*|\b(?:idin|na|ina)\s+gub\w*"
_SO_GO_BACK = r"\bdal\w*\s+(?:\w+\s+)?(?:ku\s+)?noqo\w*"
_SO_BEATING = r"\bgaraac\w*|\bweerar\w*|\bdhufan\w*|\bjiid\w*"
SOMALI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_SO_SEXUAL, _SO_A_MAN, _SO_AGAIN_NOW),
    "^" + every_one_of(_SO_MOB, _SO_BURN_THREAT),
    "^" + every_one_of(_SO_GO_BACK, _SO_BEATING),
)

# A plan to die said plainly, in the first person (a focus word, "ayaan", "waan", or "inaan"):
# killing oneself now or to come ("caawa ayaan is dilayaa"), decided ("waxaan go'aansaday inaan
# isdilo"), one's life to be taken ("naftayda waan qaadayaa", "nafta ayaan iska qaadayaa"),
# hanging oneself ("isku deldelayaa"), a leap from a bridge or before a train ("buundada ayaan
# iska tuurayaa"), and not being alive tomorrow ("berri ma noolaan doono"); not getting oneself
# ready ("is diyaarinayaa"), a holiday taken, washing hung on a rope, a bridge crossed.
_SO_KILL_MYSELF = (
    r"(?:is\s*dil(?:ayaa|i\s+doonaa)|naft(?:ayd)?a\s+(?:\w+\s+){0,2}?(?:iska\s+)?"
    r"(?:qaad(?:ayaa|an\s+doonaa|i\s+doonaa)|ka\s+saar\w*))"
)
_SO_DECIDED = r"(?:go'?aans\w*|go'?aami\w*|ka\s+go'?day|qorsheey\w*|qorshay\w*)"
_SO_LEAP = (
    r"\b(?:buund\w*|biriij\w*|kubri\w*|tareen\w*|webi\w*|wabi\w*|dhismo\w*|saqaf\w*)\s+"
    r"(?:\w+\s+){0,3}?(?:iska|isku|is)\s+(?:tuur|rid|ridi|dhig)\w*"
)
SOMALI_PHRASES += (  # i18n-exempt: input
    rf"\b{_SO_I}\s+(?:\w+\s+)?{_SO_KILL_MYSELF}\b|\bnaft(?:ayd)?a\s+(?:\w+\s+)?"
    rf"{_SO_I}\s+(?:iska\s+)?qaad(?:ayaa|an\s+doonaa)\b",
    rf"\b{_SO_DECIDED}\s+(?:inaan|in\s+aan)\s+(?:iska\s+)?(?:is\s*dilo|dhinto|dhimato|"
    r"naftayda\s+(?:ka\s+)?qaato)\b",
    rf"\b(?:{_SO_I}|caawa|berri)\s+(?:\w+\s+)?(?:is|isku)\s+(?:deldel|dheldhel|sudh)\w*",
    rf"^(?!.*\b(?:ciyaar|dabaal)\w*).*{_SO_LEAP}",
    r"\b(?:berri|caawa|toddobaadkan|kadib|ka\s+dib)\s+(?:\w+\s+)?(?:nool\s+ma\s+(?:ahaan|"
    r"jiri)|ma\s+(?:sii\s+)?noolaan)\s+doono\b",
)

# Pills gathered or kept ("kiniinno ayaan ururiyay") beside all of them to be swallowed, a
# goodbye or "this is the last" ("tan ayaa ugu dambeysa"); not tablets put by for a journey.
_SO_PILLS_GATHERED = (
    r"\b(?:kiniin\w*|daawo\w*|dawo\w*)\s+(?:\w+\s+){0,2}?(?:ururi\w*|ururs\w*|kaydi\w*|"
    r"kaydsa\w*|keydi\w*|keydsa\w*|qari\w*|aruuri\w*)"
)
_SO_ALL_OR_GOODBYE = (
    r"\b(?:wada\s+liq\w*|dhammaan\w*\s+(?:\w+\s+)?liq\w*|liqayaa|nabadgelyo|nabad\s+gelyo|"
    r"ugu\s+dambe\w*|i\s+cafi\w*|iga\s+cafi\w*)"
)
SOMALI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:safar\w*|socdaal\w*|dalxiis\w*|fasax\w*)\b)"
    + every_one_of(_SO_PILLS_GATHERED, _SO_ALL_OR_GOODBYE),
)

# A girl under 18 or one who refuses, to be married off: "waa lagu guursanayaa" (you will be
# married), "waa la i guursiinayaa", "la ii guurinayaa", often taken home for the holiday; not a
# sister's wedding looked forward to ("walaashay waa la guursanayaa"), nor a wedding said to
# be held in a place ("masjidka lagu guursanayaa") with no age or refusal.
_SO_MARRIED_OFF = (
    r"\b(?:lagu|laygu|layga|la\s+i|la\s+ii|la\s+igu)\s+(?:guursan|guursiin|guursiis|guurin)\w*"
)
_SO_YOUNG_OR_REFUSED = (
    r"(?<![0-9])1[0-7]\s+(?:jir|sano)\b|\b(?:ma|aan)\s+(?:rabo|rabin|oggoli|ogoli)\b|"
    r"\bdiid\w*|\bcabsi\w*|\bcaawi\w*"
)
SOMALI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_SO_MARRIED_OFF, _SO_YOUNG_OR_REFUSED),
)

# The main kinds said plainly.
# Someone of the family beaten ("walaalkay hooyaday ayuu garaacayaa", my brother is beating my
# mother), in either order; not a door knocked on ("albaabka u garaacay") for her, a drum beaten
# or a number dialled.
_SO_MY_FAMILY = r"(?:hooyaday|hooyadey|walaashay|walaalahay|aabbahay|aabahay|ayeeyaday)"
_SO_BEATS = r"(?:garaac|jirdil|tum(?:ay|aa|ayaa)|laad(?:ay|aa|ayaa))\w*"
# He holds a knife or a gun ("mindi ayuu sitaa", "wuxuu haystaa toorey"), beside the door locked
# or a threat; not a knife to cut meat or vegetables.
_SO_WEAPON = r"(?:mindi|middi|toorey|seef|qori|bastoolad)\w*"
_SO_HOLDS = r"(?:sit(?:aa|aa?y|a)|hayst(?:aa|a)|qabt(?:aa|a)|wat(?:aa|a))\w*"
_SO_HOLDS_A_WEAPON = (
    rf"\b{_SO_WEAPON}\s+(?:\w+\s+)?(?:ayuu|buu|wuu|ayay|bay|way|ayey)\s+{_SO_HOLDS}|"
    rf"\b(?:wuxuu|waxay|ayuu|buu)\s+(?:\w+\s+)?{_SO_HOLDS}\s+{_SO_WEAPON}"
)
_SO_DOOR_LOCKED_OR_THREAT = (
    r"\balbaab\w*\s+(?:\w+\s+){0,2}(?:xir|quful|xidh)\w*|\bi\s+dil\w*|\bigu\s+hanjab\w*"
)
# Followed ("iga soo daba galay", "i soo daba socda") by a man or a stranger, or one who now
# waits outside for the writer; not a son who followed the writer onto the bus.
_SO_FOLLOWED_ME = r"\b(?:iga|i)\s+(?:soo\s+)?daba\s+(?:gal|soc|jir|ord)\w*"
_SO_A_STRANGER_WAITING = (
    r"\b(?:nin|niman|rag)\b|\bqof\s+aan\s+(?:aqaan|garan)\w*|\b(?:bannaanka|banaanka|"
    r"dibadda)\s+(?:\w+\s+)?(?:ii|i)\s+sug\w*|\b(?:ii|i)\s+sug\w*\s+(?:\w+\s+)?(?:bannaanka|"
    r"banaanka|dibadda)"
)
# A child alone ("keligiis") for days or with no food; not a child alone for an hour with food.
_SO_ALONE = r"\b(?:keli|kali)(?:gii?s|geed|good)\b"
_SO_DAYS_OR_NO_FOOD = (
    r"\b(?:laba|saddex|afar|shan|\d+)\s+maalm\w*|\bmaalmo\b|\bcunto\s+la'?aan\b|\bcunto\s+"
    r"(?:\w+\s+)?ma\s+(?:haysto|haystaan|hayo|cunin|helin)\b|\bgaajo\w*"
)
# A child hit or beaten ("wiilka waa la garaacay"), bleeding from the head.
_SO_A_CHILD = rf"(?:{_SO_CHILD}|wiil\w*|gabadh\w*|gabar\w*|inan\w*)"
_SO_HEAD_BLEEDING = r"\bmadax\w*\s+(?:\w+\s+){0,3}dhiig|\bdhiig\w*\s+(?:\w+\s+){0,3}madax\w*"
# Married off by the family ("inuu ii guuriyo", that he marry me off) to a cousin or abroad, with
# tickets bought; "guuri" is also to move house, so not goods or a home moved.
_SO_WED_ME_OFF = r"\b(?:ii|i|la\s+ii|la\s+i)\s+(?:guursiiy|guursiin|guuriy|guurin)\w*"
_SO_COUSIN_OR_ABROAD = (
    r"\bina\s+(?:adeer|abti|eedo|habaryar)\w*|\bdibadd?a\b|\btigidh\w*|\btikid\w*|\bticket\w*|"
    r"\bsoomaaliya\b"
)
# The chest hurting ("laabta ayaa ku xanuunaysa") with no speech, no breath, or a collapse; not a
# knee or a back that hurts.
_SO_CHEST_PAIN = (
    r"\b(?:laab|wadne|xabadk)\w*\s+(?:\w+\s+){0,3}(?:xanuun|xanuuj|cadaadis)\w*|"
    r"\b(?:xanuun|cadaadis)\w*\s+(?:\w+\s+)?(?:laab|wadne|xabadk)\w*"
)
_SO_NO_SPEECH_OR_COLLAPSE = (
    r"\bma(?:na)?\s+(?:hadl\w*|neefsan\w*)|\bhadli\s+(?:kari\s+waay|maay)\w*|\bsuux\w*|"
    r"\bmiyir\w*|\bdhac(?:ay|day)\b"
)
# Beaten to drive out a jinn or a spirit ("way garaaceen si jinka looga saaro").
_SO_SPIRIT = r"\bjin(?:ni|ka|ku|n)?\b|\bshaydaan\w*|\brooxaan\w*|\bcirfiid\w*|\bsaar(?:ka)?\b"
_SO_BEATEN = r"\b(?:garaac|jirdil|karbaash|dhufan|tum)\w*"
SOMALI_PHRASES += (  # i18n-exempt: input
    # someone of the family beaten, in either order
    r"^(?!.*\b(?:albaab|durbaan|taleef|telef|lambar|nambar)\w*)"
    rf"(?=.*\b(?:{_SO_MY_FAMILY}\s+(?:\w+\s+){{0,2}}?{_SO_BEATS}|"
    rf"{_SO_BEATS}\s+(?:\w+\s+)?{_SO_MY_FAMILY}))",
    # a knife held, beside the door locked or a threat (not to cut meat)
    r"^(?!.*\b(?:hilib\w*|khudaar\w*|basal\w*|jikad\w*|kariy\w*)\b)"
    + every_one_of(_SO_HOLDS_A_WEAPON, _SO_DOOR_LOCKED_OR_THREAT),
    # followed by a man or a stranger, or waited for outside
    "^" + every_one_of(_SO_FOLLOWED_ME, _SO_A_STRANGER_WAITING),
    # a child alone for days or with no food
    "^" + every_one_of(rf"\b{_SO_A_CHILD}", _SO_ALONE, _SO_DAYS_OR_NO_FOOD),
    # a child hit or beaten and bleeding from the head
    "^" + every_one_of(rf"\b{_SO_A_CHILD}", _SO_BEATEN, _SO_HEAD_BLEEDING),
    # married off to a cousin or abroad (not goods or a home moved)
    r"^(?!.*\b(?:alaab\w*|guriga\s+cusub|qolka)\b)"
    + every_one_of(_SO_WED_ME_OFF, _SO_COUSIN_OR_ABROAD),
    # chest pain with no speech, no breath or a collapse
    "^" + every_one_of(_SO_CHEST_PAIN, _SO_NO_SPEECH_OR_COLLAPSE),
    # beaten to drive out a jinn or a spirit (not read over with the Quran)
    "^" + every_one_of(_SO_SPIRIT, _SO_BEATEN),
    # little sisters or siblings to be cut, with the writer against it ("si loo gudo walaalahay
    # yaryar ... aniga ma rabo"); not a brother's circumcision
    "^"
    + every_one_of(
        r"\bwalaal(?:ahay|aheyga|ahayga)\s+(?:yar\w*|\d)",
        _SO_CUT_SAID,
        r"\b(?:ma|aan)\s+(?:rabo|rabin|oggoli|ogoli)\b|\bdiid\w*",
    ),
)
