"""The Tagalog (Filipino) safeguarding phrase net (read by safeguarding_languages), for members
who write in Tagalog or in Taglish, Tagalog with English mixed in ("hindi ako safe dito",
"uminom siya ng maraming pills"). It reads the main kinds of risk: wanting to die, self-harm,
many or all tablets taken, being beaten, threatened with death, raped or locked in by a partner
or family, fear of someone or of going home, a child beaten or not fed, being followed, a
forced marriage, being in danger or not safe, nowhere to sleep; and a medical emergency
(someone not breathing, or two signs of a stroke or a heart attack together).

Tagalog marks who is done to by the verb's form and a pronoun after it: "binubugbog ako ng
asawa ko" (my husband beats me), "sinusundan ako" (I am followed), "papatayin niya ako" (he
will kill me). So a pattern is the verb with "ako" (me), "kami" (us) or the person named after
it. Idioms are left alone: "papatayin ako ni nanay" for lateness, "hindi ako makahinga sa
init" (the heat), "sinusundan ako sa Instagram", "sinaktan niya ang damdamin ko" (hurt my
feelings), "pinagsamantalahan ang kabaitan ko" (my kindness used), "nahihirapan siyang
magsalita ng English", medicines taken as the doctor said, a wedding planned.
Also a plan to die said plainly: "magbibigti na ako", "magpapasagasa ako sa tren", "tatalon
ako sa tulay", "napagdesisyunan ko nang mamatay", "hindi na ako buhay bukas", tablets hoarded
beside a time or a goodbye; not the washing hung out, a train ridden, a jump in the river to
bathe, a resignation decided, tablets saved for a trip.
Also the main kinds said plainly: all the tablets to be taken, someone of the family beaten, a
knife held behind a locked door, followed by a man, a child alone for days, a girl to be cut
("ipapatuli ... babae"), a beating to drive out a spirit; not a son's circumcision, cooking,
prayers said.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of

# Someone close, as "ng"/"ni" names the one who does it: a partner, a parent, an employer.
_TL_WHO = (
    r"(?:asawa|mister|misis|kinakasama|live[- ]?in|partner|boyfriend|bf|nobyo|ex|dating\s+asawa|"
    r"tatay|itay|papa|ama|nanay|inay|mama|ina|kuya|ate|kapatid|tiyo|tito|tiya|tita|amo|"
    r"biyenan|stepfather|stepdad|madrasta|padrasto)"
)
# A partner or an employer, whose "I'll kill you" is a threat (a parent's is mostly lateness).
_TL_PARTNER = (
    r"(?:asawa|mister|misis|kinakasama|live[- ]?in|partner|boyfriend|bf|nobyo|ex|dating\s+asawa|"
    r"amo|stepfather|stepdad|padrasto)"
)
# Me or us, after the verb ("binubugbog ako", "kinukulong kami"), and optionally "niya" / "nila".
_TL_ME = r"(?:(?:niya|nya|nila)\s+)?(?:ako|akong|kami|kaming)\b"

TAGALOG_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die: "gusto ko nang mamatay", "ayoko nang mabuhay", "magpapakamatay ako"
    r"\b(?:gusto|gusto\s+ko|gustong?)\s+(?:ko\s+)?(?:na|nang)\s+(?:ng\s+)?mamatay\b|"
    r"\b(?:ayoko|ayaw\s+ko)\s+(?:na|nang)\s+(?:ng\s+)?mabuhay\b|"
    r"\b(?:magpapakamatay|nagpapakamatay|magpakamatay)\b"
    r"(?!(?:\s+\w+){0,3}?\s+(?:trabaho|kakatrabaho|pag-?aaral|review|gym)\b)|"
    r"\b(?:papatayin|tatapusin)\s+ko\s+(?:na\s+)?(?:ang\s+)?(?:sarili\s+ko|buhay\s+ko)\b|"
    r"\bpagod\s+na\s+(?:ako|akong)\s+(?:na\s+)?mabuhay\b|\bhindi\s+ko\s+na\s+kayang\s+mabuhay\b",
    # self-harm: "sinasaktan ko ang sarili ko", "naglalaslas ako", "hiniwa ko ang pulso ko"
    r"\b(?:sinasaktan|sinaktan|sinusugatan|hinihiwa|hiniwa)\s+ko\s+(?:na\s+naman\s+|ulit\s+)?"
    r"(?:ang\s+)?(?:sarili\s+ko|pulso\s+ko|braso\s+ko)\b|\bnag(?:la)?laslas\b",
    # beaten, slapped or kicked: "binubugbog ako ng asawa ko", "sinampal niya ako"; hurt
    # ("sinaktan ako") only by someone named, not in the feelings ("damdamin", "puso")
    rf"\b(?:binubugbog|binugbog|bugbugin|sinasampal|sinampal|sinusuntok|sinuntok|sinisipa|sinipa|"
    rf"hinahampas|hinampas|sinasakal|sinakal)\s+{_TL_ME}",
    rf"\b(?:sinasaktan|sinaktan|sasaktan)\s+{_TL_ME}\s*(?:ng|ni)\s+(?:\w+\s+)?{_TL_WHO}\b"
    r"(?!.*\b(?:damdamin|puso|feelings)\b)",
    # a threat to kill: "papatayin daw ako ng asawa ko", "pinagbantaan niya akong papatayin",
    # "tinutukan ako ng kutsilyo"; not "papatayin ako ni nanay pag na-late ako"
    rf"^(?!.*\b(?:late|na-?late|mahuli|nahuli)\b)(?=.*\bpapatayin\s+(?:daw\s+|raw\s+)?{_TL_ME}"
    rf"(?:\s+(?:daw|raw))?)(?=.*\b(?:ng|ni)\s+(?:\w+\s+)?{_TL_WHO}\b|.*\b(?:banta|pinagbantaan|"
    r"kutsilyo|baril|itak|seryoso)\b)",
    rf"\bpinagbantaan\s+{_TL_ME}\s+(?:na\s+)?(?:papatayin|sasaktan)\b|"
    rf"\btinutukan\s+{_TL_ME}\s+(?:ng\s+)?(?:kutsilyo|baril|itak|patalim)\b",
    # raped or abused: "ginahasa ako", "minolestiya niya ang anak ko"; not someone's kindness
    r"\b(?:ginahasa|hinalay|minolestiya|minomolestiya|ginagahasa|hinahalay)\s+"
    r"(?:niya\s+|nila\s+)?"
    r"(?:ako|kami|ang\s+(?:anak|kapatid|pamangkin|apo)\s+ko)\b|"
    r"\bpinagsamantalahan\s+(?:niya\s+|nila\s+)?ako\b",
    # locked in: "ikinulong ako sa kwarto", "kinukulong kami ng amo"; not by the police
    rf"\b(?:ikinulong|kinukulong|ikinukulong|ikinandado|kinandado)\s+{_TL_ME}"
    r"(?!\s+(?:ng\s+)?pulis)",
    # fear of going home or of someone: "takot akong umuwi", "natatakot ako sa asawa ko"
    r"\b(?:takot|natatakot)\s+(?:na\s+)?(?:ako|akong)\s+(?:na\s+)?"
    r"(?:umuwi|bumalik\s+sa\s+bahay)\b|"
    rf"\b(?:takot|natatakot)\s+(?:na\s+)?ako\s+(?:sa|kay)\s+(?:aking\s+)?{_TL_WHO}\b",
    # followed: "may lalaking sumusunod sa akin", "sinusundan ako pauwi"; not online, not a dog
    r"^(?!.*\b(?:instagram|ig|tiktok|facebook|fb|twitter|online|aso|pusa)\b)"
    r"(?=.*\b(?:sumusunod|nakasunod)\s+sa\s+akin\b|.*\bsinusundan\s+(?:niya\s+|nila\s+)?ako\b)",
    # a forced marriage: "pinipilit akong ipakasal", "ipapakasal nila ako sa pinsan ko"
    r"\b(?:pinipilit|pinilit|pipilitin)\s+(?:nila\s+|niya\s+)?(?:akong|ako\s+na)\s+"
    r"(?:ipakasal|magpakasal|ikasal)\b|\b(?:ipapakasal|ipakakasal)\s+(?:nila\s+|niya\s+)?ako\b|"
    r"\bsapilitang\s+(?:kasal|pagpapakasal)\b",
    # in danger, not safe: "nasa panganib ako", "hindi ako ligtas", "hindi ako safe dito"
    r"\bnasa\s+panganib\s+(?:ako|kami|ang\s+buhay\s+ko)\b|\bhindi\s+(?:ako|kami)\s+ligtas\b|"
    r"\bhindi\s+(?:ako|kami)\s+safe\s+(?:dito|sa\s+bahay|sa\s+kanya|sa\s+amin)\b",
    # nowhere to sleep: "wala akong matutulugan ngayong gabi"
    r"\bwala\s+(?:akong|kaming|na\s+akong)\s+(?:matutulugan|matutuluyan|matitirhan)\b",
)

# A child: "ang bata", "ang mga bata", "ang anak ko", "ang apo ko".
_TL_CHILD = r"(?:(?:ang|yung|sa)\s+)?(?:mga\s+)?(?:bata|anak|apo|pamangkin|baby)\b"
TAGALOG_PHRASES += (  # i18n-exempt: input
    # a child beaten: "binubugbog niya ang mga bata", "sinasaktan ng tatay ang anak ko"
    rf"\b(?:binubugbog|binugbog|sinasaktan|sinaktan|sinasampal|sinampal|sinusuntok|sinuntok|"
    rf"pinapalo\s+ng\s+sinturon|hinahampas)\s+(?:niya\s+|nila\s+|ng\s+\w+\s+)?{_TL_CHILD}",
    # a child not fed for days: "hindi pinapakain ang mga bata", "hindi pa kumakain ang mga bata
    # mula kahapon"; not a child who will not eat vegetables
    rf"\bhindi\s+(?:niya\s+|nila\s+)?(?:pinapakain|pinakain)\s+(?:ng\s+\w+\s+)?{_TL_CHILD}|"
    rf"\bhindi\s+pa\s+(?:kumakain|nakakakain)\s+{_TL_CHILD}(?:\s+\w+)?\s+"
    r"(?:mula|simula|since)\s+(?:pa\s+)?(?:kahapon|kagabi|noong)\b",
)

# Many or all tablets taken: "naka-inom na ako ng maraming gamot", "ininom ko lahat ng
# tableta", "uminom siya ng isang banig ng pills"; not medicine taken as the doctor said.
_TL_SWALLOWED = (
    r"\b(?:(?:naka|nag)-?\s?inom|uminom|ininom|nilunok|lumunok|nakalunok)\s+(?:na\s+)?"
    r"(?:(?:si|ang)\s+\w+\s+(?:ko\s+)?|ako\s+|siya\s+|sya\s+|ko\s+|niya\s+|nya\s+)?(?:na\s+)?"
    r"(?:ng\s+)?(?:lahat\s+ng|maraming|napakaraming|"
    r"isang\s+banig\s+ng|buong\s+banig\s+ng|isang\s+bote\s+ng)\s+(?:\w+\s+)?(?:gamot|tableta|"
    r"tabletas|pills|tablets|paracetamol|sleeping\s+pills|pampatulog)\b"
)
TAGALOG_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*\b(?:reseta|sabi\s+ng\s+doktor|gaya\s+ng\s+sabi|ayon\s+sa)\b)(?=.*{_TL_SWALLOWED})",
)

# A medical emergency: someone not breathing ("hindi humihinga"), or two signs of a stroke or a
# heart attack together, one of them told in Tagalog: the chest hurting ("masakit ang
# dibdib"), no breath ("hindi makahinga", "nahihirapang huminga"), the face gone to one side
# ("tabingi ang mukha", "face drooping"), speech gone ("hindi makapagsalita", "nahihirapan
# siyang magsalita", not of English), an arm or half the body that will not move, gone
# unconscious ("nawalan ng malay"). Each alone is everyday: a chest sore from coughing, the
# heat, a shy child, a language not yet learnt.
_TL_NOT_BREATHING = r"\bhindi\s+(?:na\s+)?(?:siya\s+|sya\s+)?humihinga\b"
_TL_CHEST = (
    r"\b(?:masakit|sumasakit|naninikip|sumisikip|mabigat)\s+(?:na\s+)?(?:ang\s+)?dibdib\b|"
    r"\bdibdib\s+(?:niya|nya|ko)\s+(?:ay\s+)?(?:masakit|sumasakit|naninikip)\b"
)
_TL_BREATH = (
    r"\b(?:hindi|di)\s+(?:siya\s+|sya\s+|ako\s+)?makahinga\b(?!\s+sa\s+(?:init|traffic|tawa))|"
    r"\bnahihirapan(?:g)?\s+(?:siya(?:ng)?\s+|sya(?:ng)?\s+|akong\s+)?huminga\b"
)
_TL_FACE = (
    r"\b(?:tabingi|ngiwi|nakangiwi|nakalaylay|lumaylay|bumagsak)\s+(?:na\s+)?(?:ang\s+)?mukha\b"
)
_TL_SPEECH = (
    r"\b(?:hindi|di)\s+(?:siya\s+|sya\s+)?makapagsalita\b|\bnahihirapan(?:g)?\s+"
    r"(?:siya(?:ng)?\s+|sya(?:ng)?\s+)?magsalita\b"
    r"(?!\s+ng\s+(?:english|ingles|tagalog|filipino))|"
    r"\bbulol\s+(?:na\s+)?(?:ang\s+)?(?:salita|pagsasalita)\b"
)
_TL_LIMB = (
    r"\b(?:hindi|di)\s+(?:niya\s+|nya\s+)?(?:maigalaw|maiangat|magalaw)\s+(?:ang\s+)?"
    r"(?:braso|kamay|kalahati)\b|\bnamamanhid\s+(?:ang\s+)?(?:kalahati|isang\s+bahagi)\b"
)
_TL_UNCONSCIOUS = r"\b(?:nawalan\s+ng\s+malay|walang\s+malay|hindi\s+(?:ma)?gising)\b"
_TL_ENGLISH_SIGN = (
    r"\bchest\s+pains?\b|\bface\s+(?:is\s+)?drooping\b|\bdrooping\s+(?:on\s+)?one\s+side\b|"
    r"\bcan'?t\s+breathe\b|\bslurr\w*\s+(?:his|her)?\s*(?:speech|words)\b"
)
_TL_SIGN = "|".join((_TL_CHEST, _TL_BREATH, _TL_FACE, _TL_SPEECH, _TL_LIMB, _TL_UNCONSCIOUS))
TAGALOG_PHRASES += (  # i18n-exempt: input
    _TL_NOT_BREATHING,
    "^"
    + every_one_of(_TL_SIGN)
    + any_two_of(
        _TL_CHEST, _TL_BREATH, _TL_FACE, _TL_SPEECH, _TL_LIMB, _TL_UNCONSCIOUS, _TL_ENGLISH_SIGN
    ),
)

# A plan to die said plainly. Soon: later, tonight, tomorrow, this week, a day of the week
# ("linggo" is both a week and Sunday).
_TL_SOON = (
    r"(?:mamaya|mamayang\s+gabi|ngayong\s+gabi|bukas|ngayong\s+linggo|sa\s+linggo|"
    r"sa\s+(?:lunes|martes|miyerkules|huwebes|biyernes|sabado)|this\s+week|tonight|tomorrow)"
)
# A goodbye: forgive me, goodbye for ever, don't look for me, look after my children.
_TL_GOODBYE = (
    r"\bpatawarin\s+(?:niyo|nyo|mo|ninyo)\s+(?:na\s+)?ako\b|\bpaalam\s+(?:na\s+)?(?:\w+\s+)?"
    r"(?:habambuhay|magpakailanman|forever)\b|\b(?:wag|huwag)\s+(?:niyo|nyo|mo)\s+na\s+"
    r"akong\s+hanapin\b|\balagaan\s+(?:niyo|nyo|mo)\s+(?:ang\s+)?(?:mga\s+)?anak\s+ko\b"
)
# Tablets hoarded ("naipon ko na ang mga tableta"), and a rope or poison bought or ready; not
# medicine bought, taken as the doctor said.
_TL_PILLS_HOARDED = (
    r"\b(?:naipon|inipon|iniipon|nag-?ipon|nag-?iipon)\s+(?:\w+\s+){0,4}?(?:tableta|tabletas|"
    r"gamot|pills|pampatulog)\b"
)
_TL_ROPE_READY = r"\b(?:bumili|binili|nabili|handa\s+na)\s+(?:\w+\s+){0,3}?(?:lubid|lason)\b"
# What else tablets or a rope are for: a trip, the washing, camping, a grandparent's medicine.
_TL_EVERYDAY_USE = (
    r"\b(?:biyahe|byahe|trip|bakasyon|labada|sampay|sinampay|damit|camping|tent|reseta|doktor|"
    r"daga|ipis|lola|lolo)\b"
)
TAGALOG_PHRASES += (  # i18n-exempt: input
    # "I" will hang myself, be run over, shoot or poison myself, or have decided to die:
    # "magbibigti na ako", "magpapasagasa ako sa tren", "babarilin ko ang sarili ko",
    # "napagdesisyunan ko nang mamatay"; not hanging out the washing, a train taken
    r"\b(?:magbibigti|magpapasagasa|magpapatiwakal)\b|\b(?:babarilin|bibigtihin|lalasunin|"
    r"sasaksakin)\s+ko\s+(?:na\s+)?(?:ang\s+)?sarili\s+ko\b|\b(?:napagdesisyunan|"
    r"napagpasyahan|nagdesisyon|nagpasya|desidido)\s+(?:na\s+)?(?:ko|ako|akong)\s+"
    r"(?:na\s+|nang\s+)?(?:mamatay|magpakamatay|magpatiwakal|wakasan\s+ang\s+buhay\s+ko)\b",
    # jumping from a bridge, a building or a window or into a river or onto the tracks: "tatalon
    # ako sa tulay mamayang gabi"; not a jump into the river to swim
    r"^(?!.*\b(?:maligo|naligo|lumangoy|swimming|swim|langoy|outing|picture|litrato)\b)"
    r"(?=.*\btatalon\s+(?:na\s+)?ako\s+(?:\w+\s+){0,2}?(?:sa|mula\s+sa|galing\s+sa)\s+"
    r"(?:\w+\s+)?(?:tulay|ilog|building|gusali|bintana|riles|tren|dagat|bangin|rooftop)\b)",
    # no longer alive by a time, gone from this world: "hindi na ako buhay bukas", "bukas wala
    # na ako sa mundong ito"; not asleep tomorrow, away from the office
    rf"\bhindi\s+na\s+ako\s+buhay\s+(?:\w+\s+)?{_TL_SOON}|\bwala\s+na\s+ako\s+"
    r"(?:dito\s+)?sa\s+mundo(?:ng\s+ito)?\b",
    # the last night or message with a goodbye for ever: "ito na ang huling gabi ko, patawarin
    # niyo ako"; not the last night at a hotel
    r"^" + every_one_of(r"\bhuling\s+(?:gabi|araw|mensahe|beses|text)\b", _TL_GOODBYE),
    # tablets hoarded beside a time or a goodbye, a rope or poison beside a goodbye, with no
    # everyday use for them: "naipon ko na ang mga tableta, iinumin ko lahat bukas"; not tablets
    # saved for a trip, a rope for the washing line
    rf"^(?!.*{_TL_EVERYDAY_USE})" + every_one_of(_TL_PILLS_HOARDED, f"{_TL_SOON}|{_TL_GOODBYE}"),
    rf"^(?!.*{_TL_EVERYDAY_USE})" + every_one_of(_TL_ROPE_READY, _TL_GOODBYE),
)

# The main kinds said plainly.
# All the tablets, to be taken by the writer ("iinumin ko lahat ng gamot"); not bought, nor as
# the doctor said.
_TL_WILL_SWALLOW_ALL = (
    r"\b(?:iinumin|lulunukin|inumin|lunukin)\s+ko\s+(?:na\s+)?(?:ang\s+)?lahat\s+(?:ng\s+)?"
    r"(?:\w+\s+)?(?:gamot|tableta|tabletas|pills|tablets|pampatulog)\b"
)
# Someone of the family beaten by another ("sinasaktan ng kuya ko si mama"); not accompanied.
_TL_BEATS_FAMILY = (
    r"\b(?:binubugbog|binugbog|sinasaktan|sinaktan|sinasampal|sinampal|sinusuntok|sinuntok|"
    r"sinisipa|sinipa|hinahampas|hinampas)\s+(?:niya\s+|nila\s+|ng\s+(?:\w+\s+){1,2})?(?:si|ang)"
    r"\s+(?:mama|nanay|inay|papa|tatay|lola|lolo|ate|kuya|kapatid)\b"
)
# A knife or gun held ("may hawak siyang kutsilyo"), beside the door locked or a threat; not
# cooking.
_TL_WEAPON_HELD = (
    r"\b(?:may\s+hawak|hawak|may\s+dala|dala)\s+(?:siyang|syang|niyang|nyang|na)?\s*(?:\w+\s+)?"
    r"(?:kutsilyo|itak|baril|patalim|gunting)\b"
)
_TL_DOOR_LOCKED = (
    r"\b(?:ni-?lock|ini-?lock|kinandado|sinara|isinara|ni-?lak)\s+(?:niya|nya|nila)\s+(?:ang\s+)?"
    r"pinto\b|\bpapatayin\b|\bbanta\b"
)
# Followed ("sumunod sa akin", "sinundan ako") by a man or a stranger, or one who waits outside;
# not a dog, nor online.
_TL_FOLLOWED = r"\b(?:sumunod|sinundan)\s+(?:sa\s+akin|ako)\b"
_TL_A_STRANGER_OUTSIDE = (
    r"\blalaki\w*|\bestranghero\b|\bhindi\s+ko\s+kilala\b|\bnaghihintay\s+(?:siya\s+|sya\s+)?"
    r"sa\s+labas\b|\btakot\b|\bnatatakot\b"
)
# A child alone ("mag-isa") for days or with no food.
_TL_ALONE = r"\bmag-?isa(?:ng)?\b|\biniwan\s+(?:\w+\s+)?mag-?isa\b"
_TL_DAYS_OR_NO_FOOD = (
    r"\b(?:dalawang|tatlong|ilang|\d+)\s+araw\b|\bwalang\s+(?:pagkain|makain)\b|\bhindi\s+pa\s+"
    r"kumakain\b|\bgutom\b"
)
# A girl to be cut ("ipapatuli ... ang anak kong babae"); not a son's circumcision.
_TL_GIRL = r"\b(?:babae|dalaga|batang\s+babae)\b"
_TL_CUT = r"\b(?:(?:ipa|pa|magpa|nagpa|na)?(?:pa)?tuli(?:n|an)?|tutuliin|tinuli|fgm)\b"
# Beaten to drive out a spirit ("binubugbog nila siya para palayasin ang masamang espiritu").
_TL_BEATEN = (
    r"\b(?:binubugbog|binugbog|sinasaktan|sinaktan|pinapalo|pinalo|hinahampas|hinampas|"
    r"sinasampal|sinampal)\b"
)
_TL_SPIRIT = r"\b(?:masamang\s+espiritu|demonyo|sinapian|sapi|engkanto|aswang|kulam)\b"
TAGALOG_PHRASES += (  # i18n-exempt: input
    # all the tablets, to be taken (not as the doctor said)
    rf"^(?!.*\b(?:reseta|doktor|gaya\s+ng\s+sabi|ayon\s+sa)\b)(?=.*{_TL_WILL_SWALLOW_ALL})",
    # someone of the family beaten
    _TL_BEATS_FAMILY,
    # a knife held, the door locked or a threat (not cooking)
    r"^(?!.*\b(?:nagluluto|luto|kusina|gulay|karne|prutas|hiniwa)\b)"
    + every_one_of(_TL_WEAPON_HELD, _TL_DOOR_LOCKED),
    # followed by a man or a stranger, or waited for outside
    r"^(?!.*\b(?:aso|pusa|instagram|tiktok|facebook|fb)\b)"
    + every_one_of(_TL_FOLLOWED, _TL_A_STRANGER_OUTSIDE),
    # a child alone for days or with no food
    "^" + every_one_of(r"\b(?:bata|batang|anak|baby)\b", _TL_ALONE, _TL_DAYS_OR_NO_FOOD),
    # a girl to be cut (not a son)
    r"^(?!.*\blalaki\b)" + every_one_of(_TL_GIRL, _TL_CUT),
    # beaten to drive out a spirit
    "^" + every_one_of(_TL_BEATEN, _TL_SPIRIT),
)
