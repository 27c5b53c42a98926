"""The Oromo (Afaan Oromoo) safeguarding phrase net (read by safeguarding_languages), for members
from Ethiopia and Kenya. Oromo is written in Latin letters (Qubee), with the glottal stop as an
apostrophe ("du'uu", to die; "daa'ima", a child) and long sounds written double ("reebuu", to
beat), both often typed single; text has been through safeguarding_languages.fold, which
straightens curly apostrophes.

Oromo puts the verb last and the person done to before it as a small word: "na" me, "nu" us,
"ishee" her, "isa" him ("abbaan manaa koo na reeba", my husband beats me; "ishee reebe", he beat
her); "I" is the verb's ending, often with "nan" before it ("nan sodaadha", I am afraid), and
oneself is "of" ("of ajjeesuu", to kill oneself). The one who does a thing ends in "-n" or "-ni"
("daa'imni", the child; "abbaan", the father); the one it is done to does not ("daa'ima").

It reads the main kinds: wanting to die, to kill oneself or not to live, harming oneself, all
the tablets swallowed, being beaten, hit, threatened or told one will be killed, raped, locked in
or not let out, fear of him or of going home, a child beaten or not fed, being followed, a
marriage by force, being in danger, nowhere to sleep, not able to go on. Beside them: a passport
taken by an employer with the wage not paid or a beating (a domestic worker kept); a debt for
the journey held over the writer with a threat to hurt the family; a landlord who wants sex for
the rent or to report the writer to the Home Office; a crowd outside throwing stones; a child
under 18 whom a man who says he is an uncle is taking; put out of the home tonight with
children; lost in the dark with the phone dying; a fire at home with no way out; a child not
breathing properly; a fit that has gone on five minutes; someone fallen whose head is bleeding
or who does not wake.

Left alone: dying of hunger ("beela'ee du'aa jira"), not wanting to live in a place ("as
jiraachuu hin barbaadu"), a ball or the rain that hit me, "haati koo na ajjeesti" for being
late, all of the morning's medicine taken as the doctor said, a passport taken to be renewed,
following on Facebook, a wedding looked forward to, children throwing stones in the river, a
real uncle meeting a niece, a fire lit to cook, a nose blocked by a cold, a fit told as five
minutes ago, a fall and up again.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of

# The writer's "I" said before the verb ("nan", "ani").
_OM_I = r"(?:(?:ani\s+)?nan\s+|ani\s+)?"
# Beating or hitting ("reeba", "reebe", "reebaa jira", "rukute", "dhaane"), said of the person
# done to before it; not a ball, the rain or the sun, nor a door knocked on.
_OM_BEATS = r"(?:reeb|rukut|dhaan)(?:a|e|u|an|aa|ee|te|ti|ani|ame|amt|uu)\w*"
_OM_NOT_A_BLOW = r"\b(?:kubbaa\w*|bokkaa\w*|aduu\w*|qorr\w*|balbala)\b"
# Being late or hungry: what a mother's "she'll kill me" or "dying" is said of.
_OM_LATE_OR_HUNGER = r"\b(?:tur\w*|turee|beela\w*|dheebu\w*|qorra|ho'a)\b"
# Killing ("ajjeesa", "ajjeessa", "ajjeesuuf"), typed with one or two "s".
_OM_KILL = r"ajje+s+\w*"
# A child or a young person, and an age under 18 ("waggaa 15", "15 waggaa").
_OM_UNDER_18 = (
    r"\bwaggaa\s+(?:1[0-7]|[5-9]|kudha\w*)\b|(?<![0-9])(?:1[0-7]|[5-9])\s+(?:waggaa|wagga)\b"
)
_OM_CHILD = r"\b(?:daa'?im\w*|muc(?:aa|aan|ayyoo)\w*|ijoollee\w*|intala\w*|ilma\w*)"
_OM_YOUNG = rf"(?:{_OM_CHILD}|{_OM_UNDER_18})"
# Tonight, now.
_OM_TONIGHT = r"\b(?:edana|halkan\s+kana|galgala\s+kana|amma|ammuma|har'?a)\b"

OROMO_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die or to kill oneself ("du'uu barbaada", "of ajjeesuu barbaada", "of nan
    # ajjeesa"); not dying of hunger
    rf"\b(?:du'?u+n?|of\s+{_OM_KILL}|lubbuu\s+koo\s+(?:baas|ballees)\w*)\s+{_OM_I}"
    r"(?:barbaada|barbaadeera|yaada|yaadaa\s+jira|murteesseera)\b|"
    rf"\bof\s+{_OM_I}(?:ajje+s+(?:a|aa|uuf)|ballees(?:a|uuf))\b",
    # not wanting to live any more (not to live in a place)
    r"^(?!.*\b(?:as|asitti|magaalaa|naannoo|biyya|mana|achi|londonitti)\s+(?:\w+\s+)?"
    r"jiraachuu)(?=.*\bjiraachuu\s+(?:kana\s+booda\s+|lammata\s+|si'?achi\s+)?hin\s+"
    r"(?:barbaadu|barbaadne|danda'u)\b)",
    # harming or cutting oneself
    rf"\bof\s+{_OM_I}(?:miidh|mur|kut|gub)(?:a|e|eera|aa|uu|uun|aa\s+jira)\b|\bqaama\s+koo\s+"
    rf"{_OM_I}(?:mur|kut|miidh|gub)\w*",
    # all the tablets swallowed (not the morning's, as the doctor said)
    r"^(?!.*\b(?:ganama|doktar\w*|hakiim\w*|akkuma\s+jedhame)\b)(?=.*\b(?:kiniin\w*|"
    r"qoricha\w*|paaraasitaamool)\s+(?:\w+\s+){0,2}?(?:hunda\w*|baay'?ee|guutuu)\s+(?:\w+\s+)?"
    r"(?:liqims|dhug|nyaadh)\w*)",
    # beaten or hit by a person (not a ball, the rain or the sun)
    rf"^(?!.*{_OM_NOT_A_BLOW})(?=.*\bna\s+(?:\w+\s+)?{_OM_BEATS})",
    # threatened, or told one will be killed (not a mother's telling-off for lateness)
    rf"^(?!.*{_OM_LATE_OR_HUNGER})(?=.*\b(?:ni\s+)?na\s+(?:\w+\s+)?{_OM_KILL})",
    r"\bna\s+(?:\w+\s+)?doorsis\w*|\bdoorsisa\s+(?:\w+\s+)?(?:na|nu)\b",
    # raped
    r"\b(?:na|ishee)\s+(?:\w+\s+)?gudeed\w*|\bgudeedame(?:era)?\b",
    # locked in, not let out
    r"\bmana\s+(?:keessatti\s+|keessa\s+)?(?:\w+\s+)?na\s+(?:\w+\s+)?cuf\w*|\bakka(?:n|\s+ani)\s+"
    r"(?:\w+\s+)?ba'u\s+(?:\w+\s+)?(?:na\s+)?hin\s+(?:eeyyam|hayyam)\w*",
    # afraid of him, afraid to go home
    r"\b(?:mana|manatti|biyyatti)\s+(?:\w+\s+)?deebi'?uu?\s+(?:\w+\s+)?(?:nan\s+)?"
    r"sodaa(?:dha|chaa)\b|\b(?:isa|isaan|abbaa\s+manaa\s+koo)\s+(?:\w+\s+)?nan\s+sodaadha\b",
    # a child beaten (the child the one done to: "daa'ima koo reeba"), or not fed for days
    rf"^(?!.*{_OM_NOT_A_BLOW})(?=.*\b(?:daa'?ima|mucaa|ijoollee|daa'?imman)\s+(?:koo|keenya|"
    rf"ishee|isaa|kee)\s+(?:\w+\s+)?{_OM_BEATS})",
    "^"
    + every_one_of(
        _OM_CHILD,
        r"\bnyaata\s+(?:\w+\s+)?hin\s+(?:kennan|kennu|kenninu|nyaanne|nyaatne)\b|\bguyyaa\s+"
        r"(?:lama|sadii|afur|\d+)\s+(?:\w+\s+)?hin\s+nyaanne\b",
    ),
    # followed (not on social media)
    r"^(?!.*\b(?:facebook|feesbuukii|tiktok|instagram|telegram|youtube)\b)"
    r"(?=.*\bna\s+(?:hordof|duukaa\s+bu'|faana\s+bu')\w*)",
    # a marriage by force
    r"\b(?:dirqamaan|humnaan|fedhii\s+koo\s+malee)\s+(?:\w+\s+){0,2}?(?:heerum|fuudh|fuus)\w*",
    # in danger, not safe
    r"\bbalaa\s+keessa\s+(?:jira|jirra|jirti|jirutti)\b|\blubbuun\s+koo\s+(?:\w+\s+)?balaa\b|"
    r"\bnageenya\s+(?:koo\s+)?hin\s+qabu\b",
    # nowhere to sleep
    r"\bbakka\s+(?:itti\s+)?(?:rafu|rafnu|bulu|bulnu|jiraadhu)\s+hin\s+(?:qabu|qabnu)\b",
    # not able to go on
    r"\b(?:kana\s+booda|lammata|kana\s+caalaa)\s+(?:\w+\s+)?(?:obsuu|danda'?uu|jiraachuu|itti\s+"
    r"fufuu)\s+hin\s+danda'u\b|\bjireenya\s+(?:kana\s+)?(?:\w+\s+)?(?:jibbeera|na\s+"
    r"dadhabsiise)\b",
)

# A worker kept: a passport taken or held ("paaspoortii ishee fudhateera"), beside the wage not
# paid ("mindaa ishee hin kaffalu") or a beating ("ishee reebe"); not a passport taken to be
# renewed or for a visa, nor a wage paid.
_OM_PASSPORT_TAKEN = (
    r"\b(?:paaspoort|paasport|pasport|paspoort|passport)\w*\s+(?:\w+\s+)?(?:fudhat|qabat|dhoks|"
    r"qabachaa|hin\s+deebis)\w*"
)
_OM_NOT_PAID = r"\bmindaa\s+(?:\w+\s+){0,2}?hin\s+(?:kaffal|kafal|kenn)\w*"
_OM_BEATS_SOMEONE = rf"\b(?:na|ishee|isa|nu)\s+(?:\w+\s+)?{_OM_BEATS}"
_OM_NOT_LET_OUT = r"\bba'uu\s+(?:\w+\s+)?hin\s+(?:eeyyam|hayyam)\w*"
OROMO_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:haaroms\w*|viizaa|visa|embaas\w*)\b)"
    + any_two_of(_OM_PASSPORT_TAKEN, _OM_NOT_PAID, _OM_BEATS_SOMEONE, _OM_NOT_LET_OUT),
)

# A debt for the journey ("liqii qabda", "maallaqa na irraa qaba") held over the writer, with a
# threat to kill or hurt the family or the writer ("maatii kee nan ajjeesa"); not a bank loan
# with the family helped.
_OM_DEBT = r"\b(?:liqii|idaa)\b|\bmaallaqa\s+(?:\w+\s+)?(?:na|nu)\s+irraa\s+qab\w*"
_OM_HURT_THREAT = (
    rf"\b(?:maatii|warra|haadha|abbaa|obbolee)\w*\s+(?:\w+\s+){{0,3}}?(?:{_OM_KILL}|miidh\w*|"
    rf"reeb\w*)|\b(?:na|si|nu)\s+(?:\w+\s+)?(?:{_OM_KILL}|miidh\w*)"
)
# A landlord ("abbaa manaa kiraa", "kireessaa") who wants sex for the rent or threatens to
# report the writer to the Home Office; not a landlord who brings a letter.
_OM_LANDLORD = r"\b(?:abbaa\w*\s+mana\w*\s+kiraa|kireess\w*|landlord|abbaa\w*\s+qabeenyaa)\b"
_OM_SEX_FOR_RENT = r"\b(?:isa|ishee)\s+(?:wajjin|waliin|faana)\s+(?:akkan?\s+)?raf\w*|\bsaal\w*"
_OM_HOME_OFFICE_REPORT = (
    r"\bhome\s*office\w*\s+(?:\w+\s+){0,2}?(?:hima|himu|himna|bilbil|gabaas|beeksis)\w*|"
    r"\b(?:gabaas|beeksis)\w*\s+(?:\w+\s+)?home\s*office"
)
# A crowd gathered outside ("namoonni baay'een walitti qabamanii") throwing stones at the
# writer's hotel or home; not children throwing stones in the river.
_OM_CROWD = r"\bnamoonni\b|\bwalitti\s+qabam\w*|\bwal\s+ga'\w*|\bgaree\b"
_OM_STONES_AT_US = (
    r"\bdhagaa\s+(?:\w+\s+){0,2}?(?:nutti|natti|manatti|hoteelatti|foddaatti)?\s*darb\w*"
)
_OM_OUR_PLACE = r"\bnutti\b|\bhotee?l\w*|\bmana\s+keenya\b|\bfoddaa\w*|\balatti\b"
OROMO_PHRASES += (  # i18n-exempt: input
    # a debt for the journey with a threat to the family or the writer
    "^" + every_one_of(_OM_DEBT, _OM_HURT_THREAT),
    # a landlord who wants sex for the rent or threatens the Home Office
    "^" + every_one_of(_OM_LANDLORD, rf"{_OM_SEX_FOR_RENT}|{_OM_HOME_OFFICE_REPORT}"),
    # a crowd outside throwing stones at the hotel or home (not at play)
    r"^(?!.*\b(?:taphat\w*|laga|bishaan)\b)"
    + every_one_of(_OM_CROWD, _OM_STONES_AT_US, _OM_OUR_PLACE),
)

# A child under 18, and a man who says he is an uncle or a relative ("eessuma isaa ta'uu
# himu"), or a stranger, taking the child tonight; not a real uncle meeting a niece.
_OM_CLAIMS_KIN = (
    r"\b(?:eessuma|abbeeraa|adaadaa|fira)\w*\s+(?:\w+\s+){0,2}?(?:ta'?uu|dha|ti)\s+(?:\w+\s+)?"
    r"(?:jedh|him|of\s+jedh)\w*|\bnam(?:a|ni)\s+(?:\w+\s+)?hin\s+beekne\b"
)
_OM_TAKES = r"\b(?:fudhach|fudhat|geess|fuudh)\w*"
# Put out of the home ("mana keessaa nu baasan", "nu ari'e") tonight or with the children.
_OM_PUT_OUT = r"\bmana\s+(?:\w+\s+)?(?:keessaa\s+)?(?:na|nu)\s+(?:\w+\s+)?(?:baas|ari'|oof)\w*"
# Lost ("karaa jalaa bade", "eessa akkan jiru hin beeku", "badeera"), in the dark or with the
# phone dying ("baatiriin bilbila koo dhumachaa jira").
_OM_LOST = (
    r"\bkaraa\s+(?:\w+\s+)?(?:jalaa\s+)?bade\w*|\beessa\s+akkan\s+jiru\s+hin\s+beeku\b|"
    r"\b(?:ani\s+|nan\s+)?badeera\b"
)
_OM_PHONE_DYING_OR_DARK = (
    r"\b(?:bilbil|baatirii|bateerii|chaarjii)\w*\s+(?:\w+\s+){0,3}?(?:dhum|dhaam|du'?aa|xumur)"
    r"\w*|\bdukkan\w*"
)
# A fire at home ("ibiddi ka'eera", "manni koo gubachaa jira") with no way out.
_OM_FIRE = (
    r"\bibidd(?:i|a)\s+(?:\w+\s+)?(?:ka'|qabat|bobba'|gubach)\w*|\bgubachaa\s+jira\b|"
    r"\bibiddaan\s+gubach\w*"
)
_OM_NO_WAY_OUT = (
    r"\bba'?uu\s+(?:\w+\s+)?hin\s+(?:danda'u|dandeenyu|dandeessu|dandeettu)\b|\bkeessatti\s+"
    r"(?:\w+\s+)?(?:hafe|hafne|marfam)\w*"
)
# A child not breathing properly ("sirriitti hafuura hin baafatu"); not a nose blocked by a cold.
_OM_NOT_BREATHING = (
    r"\bhafuura\s+(?:\w+\s+)?(?:hin\s+(?:baafatu|baafattu|fudhatu|fudhattu)|baafachuu\s+"
    r"(?:\w+\s+)?(?:hin\s+danda'|dadhab)\w*|dhab\w*)"
)
# A fit ("kufaa", shaking) gone on five minutes or more (not "five minutes ago").
_OM_FIT = r"\b(?:kufaa\w*|raafam\w*|hollach\w*|seizure)\b"
_OM_FIVE_MINUTES = (
    r"\b(?:daqiiqaa\s+(?:shan|ja'?a|torba|saddeet|sagal|kudhan|[5-9]|\d{2})|(?:[5-9]|\d{2})\s+"
    r"daqiiqaa)\b(?!\s+dura\b)"
)
# Someone fallen ("kufte", she fell) whose head is bleeding or who does not wake or get up; not
# fallen in love, nor up again.
_OM_FELL = r"\b(?:kuf(?:e|te|eera|teetti|tee|an)|lafa\s+kuf\w*)\b"
_OM_HURT_OR_GONE = (
    r"\bmataa\s+(?:\w+\s+){0,2}?dhiig\w*|\bdhiig\w*\s+(?:\w+\s+)?mataa\w*|\bhin\s+(?:dammaq|ka'u|"
    r"kaatu|dubbat|deebis)\w*|\bka'?uu\s+hin\s+dand\w*"
)
OROMO_PHRASES += (  # i18n-exempt: input
    # a child, and a man who says he is an uncle or a stranger taking the child
    "^" + every_one_of(_OM_YOUNG, _OM_CLAIMS_KIN, _OM_TAKES),
    # put out of the home tonight or with the children
    "^" + every_one_of(_OM_PUT_OUT, rf"{_OM_TONIGHT}|\bijoollee\w*|\bbakka\b|\bqorr\w*"),
    # lost, in the dark or with the phone dying
    "^" + every_one_of(_OM_LOST, _OM_PHONE_DYING_OR_DARK),
    # a fire at home with no way out (not a fire lit to cook)
    r"^(?!.*\b(?:nyaata\s+bilcheess\w*|buna)\b)" + every_one_of(_OM_FIRE, _OM_NO_WAY_OUT),
    # a child not breathing properly (not a blocked nose)
    r"^(?!.*\b(?:funyaan\w*|qufaa)\b)" + every_one_of(_OM_CHILD, _OM_NOT_BREATHING),
    # a fit gone on five minutes or more
    "^" + every_one_of(_OM_FIT, _OM_FIVE_MINUTES),
    # someone fallen, bleeding from the head or not waking (not in love)
    r"^(?!.*\bjaalal\w*)" + every_one_of(_OM_FELL, _OM_HURT_OR_GONE),
)
