"""The Gujarati safeguarding phrase net (read by safeguarding_languages), in Gujarati script,
and in the Latin spelling for someone who cannot be woken ("jagadu chu to pan uthta nathi").
Gujarati puts the verb last, so a pattern is the person done to ("મને", "મારી જાતને") or the
despair word, then the verb. Text has been through safeguarding_languages.fold.

Beyond the main kinds it reads being put out of the home or kept from the children as a threat
("નહીં તો મને ઘરમાંથી કાઢી મૂકશે"); a medical emergency: someone unconscious now or not
breathing, and a stroke's signs (the face fallen to one side, or speech or an arm gone all of a
sudden, said in Gujarati or with the time in English: "started 10 mins ago"); and a caller
posing as the bank or the police with money to go to a "safe account" or be taken out. A
writer's sister beaten by her father ("પપ્પા તેને મારે છે") or her marriage made under 18 or
against her "no" is read as the writer's own would be, and so is an older relative beaten or
harmed in a care home ("દાદાને કેર હોમમાં મારે છે"); a bride beaten, tormented or burnt by her
in-laws over dowry, and someone branded with a hot iron; someone kept locked in by family and
not fed or not let speak (in script or Latin letters); and a heart attack's signs now (the
chest in pain or heavy, with the left arm numb, sweat or no breath), in script or Latin letters.

Left alone: "ભૂખથી મરી રહી છું" (dying of hunger), "મમ્મી મને મારી નાખશે" (mum will kill me,
late), "મને મારી બહેન લેવા આવશે" (my sister will pick me up), medicine times, a scan
appointment, a session on the police, a pension collected at the bank, nowhere to park, a faint
last week now better, a hot hall where one can't breathe, a toddler not talking properly yet, a
picture hanging to one side, a call from the bank and a withdrawal, a session about such fraud,
being picked up from home, a ward where the children may not be visited, mum's "she'll throw me
out" for an untidy room, a sister of 24 whose wedding all look forward to, a father dropping
her at the writer's house ("મારે ઘરે"), dowry talked about as a custom or a crime, a hand burnt
while ironing.
It also reads an older relative neglected in a care home (two of: dirty clothes, no food, a
wound, the fear they will die there), and a pregnancy with the baby not moving or bleeding now;
not food held back before an operation, nor a baby kicking all night.
Also: someone touched or forced sexually, again soon (not a child who likes to touch things);
a home or shop stoned or set on fire with a threat to come back (not stones in a lake).
A child left days alone by a parent with no food (not a mother home with a fever), and a plan to
die said plainly (death decided on, a life ended, a jump, a means made ready beside a time or a
goodbye); not a trip, a washing line, a game or a joke.
Also no wish left to live ("જીવવાનું મન નથી"); not no wish to go out.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of

GUJARATI_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it, no wish ("મન") left to live
    r"(?:મરી\s+જવું|મરવું)\s+(?:\S+\s+)?છે|મરી\s+જવા\s+(?:\S+\s+)?માંગ|(?:આત્મહત્યા|આપઘાત)\s+(?:\S+\s+)?(?:કરી\s+"
    r"લઈશ|કરવી\s+છે|કરવાનો|કરવાના\s+વિચાર)|જીવવું\s+(?:જ\s+)?નથી|"
    r"જીવવાની\s+(?:કોઈ\s+)?ઈચ્છા\s+નથી|જીવવાનું\s+(?:જરાય\s+|હવે\s+)?મન\s+(?:જ\s+)?નથી",
    # self-harm
    r"(?:મારી\s+)?જાતને\s+(?:\S+\s+)?(?:કાપ|નુકસાન|ઈજા|દઝાડ|સળગાવ)",
    # all the tablets
    r"(?:બધી|ઘણી\s+બધી|ઘણી)\s+(?:\S+\s+)?(?:ગોળીઓ|ગોળી|દવાઓ|દવા)\s+(?:\S+\s+)?(?:ખાઈ|ગળી)\s+"
    r"(?:લીધી|ગઈ|ગયો|લીધ)",
    # being hit, threatened or locked in
    r"મને\s+(?:\S+\s+){0,2}(?:મારે\s+છે|મારતો|મારતી|મારતા|માર્યું|માર્યો|માર્યા|મારઝૂડ|ધમકી|ધમકાવ|"
    r"પીટે|પીટી|પીટ્ય|ઝૂડે|ઝૂડી|ઝૂડ્ય)",
    r"(?:મને|એમને|તેમને|બાને|બાપુજીને|મમ્મીને|પપ્પાને)\s+(?:\S+\s+){0,3}(?:(?:રૂમમાં|ઓરડામાં|ઘરમાં)\s+"
    r"(?:પૂરી|બંધ|કેદ)|(?:ઘરની\s+|ઘરથી\s+)?બહાર\s+(?:નીકળવા|જવા)\s+(?:\S+\s+)?નથી\s+દેત)",
    # afraid to go home or of him
    r"ઘરે\s+(?:પાછ[ાીો]\s+)?જવા(?:માં|થી)?\s+(?:\S+\s+)?(?:ડર|બીક)|(?:તેનાથી|એનાથી|પતિથી|તેમનાથી|"
    r"એમનાથી)\s+(?:બહુ\s+)?(?:ડર|બીક)\s+લાગે",
    # followed
    r"મારો\s+પીછો\s+કર",
    # forced marriage; a girl under 18 married off
    r"(?:જબરદસ્તી|બળજબરીથી|મરજી\s+વિરુદ્ધ)\s+(?:\S+\s+){0,3}(?:લગ્ન|પરણાવ)|લગ્ન\s+(?:\S+\s+){0,3}"
    r"(?:જબરદસ્તી|બળજબરી)",
    r"(?:1[0-7]|[0-9])\s+(?:વર્ષની|વરસની|વર્ષ\s+ની)\s+(?:દીકરી|છોકરી|બહેન)\S*\s+(?:\S+\s+){0,6}"
    r"(?:લગ્ન|પરણાવ)\S*\s+(?:\S+\s+){0,4}(?:કરાવવા|કરાવી\s+દેવા|કરી\s+દેવા|નક્કી\s+કર)",
    # in danger, not safe; nowhere to sleep
    r"(?:હું|મને)\s+(?:\S+\s+)?સુરક્ષિત\s+(?:નથી|નથી\s+લાગતું)|જોખમમાં\s+છું|મારો\s+જીવ\s+જોખમમાં",
    r"(?:સૂવા|રહેવા)\s+(?:માટે\s+)?(?:કોઈ\s+)?(?:જગ્યા|ઠેકાણું)\s+નથી",
    # a child hurt or not fed
    r"(?:બાળકો|છોકરાં|છોકરાઓ|બાળક|દીકરા|દીકરી)\S*\s+(?:\S+\s+){0,2}(?:મારે\s+છે|મારતો|મારતી|"
    r"ખાવાનું\s+(?:નથી\s+આપ|આપતો\s+નથી|આપતા\s+નથી|આપતી\s+નથી))|બાળકો\s+(?:\S+\s+){0,3}ભૂખ્યા\s+"
    r"(?:છે|રહે|સૂઈ)",
    # put out of the home, or kept from the children "or else", by a partner or family (not mum's
    # telling-off)
    r"^(?!.*(?:મમ્મી|મમ્મા))(?=.*મને\s+(?:\S+\s+)?ઘર(?:માંથી|ની\s+બહાર|થી)\s+(?:\S+\s+)?"
    r"(?:કાઢી\s+(?:મૂકશે|મૂક્યો|મૂકી|મૂક્યા|મૂકે|નાખશે|નાખ્યો|નાખી)|હાંકી\s+કાઢ))",
    r"(?:નહીં|નહિ)\s+તો\s+(?:\S+\s+){0,6}(?:બાળકો|છોકરાં|છોકરાઓ|દીકરા|દીકરી)\S*\s+(?:\S+\s+)?"
    r"(?:મળવા|જોવા)\s+(?:નહીં|નહિ)\s+દે",
    # an older parent robbed of a pension or left without food or medicine
    r"પેન્શન\S*\s+(?:\S+\s+)?(?:લઈ\s+લે|છીનવી|રાખી\s+લે|પડાવી|ચોરી)",
    r"(?:મને|બાને|બાપુજીને|મમ્મીને|પપ્પાને|દાદીને|દાદાને|એમને|તેમને)\s+(?:\S+\s+)?(?:ખાવાનું|"
    r"જમવાનું|ખાવાના\s+પૈસા|દવા)\s+(?:પણ\s+)?(?:નથી\s+આપ|આપતો\s+નથી|આપતા\s+નથી|આપતી\s+નથી)",
)

# A threat to kill the writer: "મારો પતિ આજે રાત્રે મને મારી નાખશે", "કહે છે કે મને મારી નાખશે",
# "જો હું જઈશ તો મને મારી નાખશે"; not "મમ્મી મને મારી નાખશે જો મોડું થયું", "આ ગરમી મને મારી
# નાખશે", "એને મારી નાખીશ, મારી કેક ખાઈ ગયો".
_GU_KILLS_ME = r"મને\s+(?:\S+\s+){0,2}(?:મારી\s+(?:નાખશે|નાંખશે)|જાનથી\s+મારી)"
GUJARATI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:મોડું|મોડી|લેટ))(?=.*(?:^|\s)(?:પતિ|ઘરવાળો|વર|એ|તે|કહે|કહ્યું|ધમકી|"
    r"જો\s+(?:\S+\s+){0,3}(?:જઈશ|જાઉં|કહીશ|છોડીશ|ભાગીશ|પોલીસ|ના\s+પાડીશ|"
    r"છૂટાછેડા)"
    r"|આજે\s+રાત્રે)"
    r"\S*\s+(?:\S+\s+){0,6}" + _GU_KILLS_ME + ")",
)

# A medical emergency: someone not breathing ("શ્વાસ નથી લેતા", not "નાકથી શ્વાસ નથી લેતા",
# how one breathes) or unconscious now ("બેભાન થઈ ગયા છે", not "બેભાન થઈ ગયા હતા", a faint
# over, nor one come round from, nor "out of his senses" with anger); a stroke's signs: the face
# fallen to one side, or speech or an arm gone all of a sudden (not a voice hoarse with a cold).
_GU_SUDDEN = r"(?:અચાનક|હમણાં\s+જ|(?:\d+|પાંચ|દસ|વીસ)\s+મિનિટ|\bmins?\b|\bminutes?\b|suddenly)"
_GU_SPEECH_OR_ARM = (
    r"(?:બરાબર|સરખું|સ્પષ્ટ|ચોખ્ખું)\s+બોલી\s+(?:શક(?:તા|તી|તો)\s+નથી|નથી\s+શક)|જીભ\s+"
    r"(?:\S+\s+)?(?:લથડ|ઝલાઈ)|હાથ\S*\s+(?:\S+\s+){0,2}(?:ઉપાડી|ઊંચો\s+કરી|હલાવી)\s+"
    r"(?:શક(?:તા|તી|તો)\s+નથી|નથી\s+શક)"
)
GUJARATI_PHRASES += (  # i18n-exempt: input
    r"(?<!થી\s)શ્વાસ\s+(?:\S+\s+)?(?:નથી\s+લે(?:તા|તી|તો|તાં)|બંધ\s+થઈ\s+ગય)",
    r"^(?!.*(?:ભાનમાં\s+આવી\s+ગ|હવે\s+(?:ઠીક|સારું|સારા)|ગુસ્સ))(?=.*(?:(?:બેભાન|બેહોશ)\s+(?:(?:થઈ\s+)?"
    r"(?:ગ(?:યા|યો|ઈ|યાં)|પડ્ય(?:ા|ો|ી|ાં))\s+)?છે|ભાનમાં\s+(?:નથી|આવતા\s+નથી|આવતી\s+નથી|"
    r"આવતો\s+નથી)))",
    r"(?:ચહેરો|મોઢું|મોં|હોઠ)\S*\s+(?:\S+\s+){0,2}એક\s+(?:બાજુ|તરફ)\S*\s+(?:\S+\s+)?"
    r"(?:ઢળી|લટકી|વાંક|ત્રાંસ|નમી|ખેંચાઈ)\S*\s+(?:\S+\s+)?ગ(?:યો|યું|યા|ઈ)",
    rf"^(?!.*(?:ગળું|અવાજ\s+બેસી|શરદી))(?=.*(?:{_GU_SPEECH_OR_ARM}))(?=.*{_GU_SUDDEN})",
)

# A caller posing as the bank or the police ("બેંકવાળા બનીને", "પોલીસ હોવાનું કહીને") and money
# sent to a "safe account" or taken out for them; not a call from the bank and a withdrawal, nor
# such fraud talked about ("... વિશે").
_GU_POSING = (
    r"(?:બેંક|બેન્ક|પોલીસ)\S*\s+(?:\S+\s+)?(?:બનીને|હોવાનું\s+કહીને|હોવાનો\s+ડોળ)|"
    r"(?:નકલી|ખોટા|ખોટો)\s+(?:બેંક|બેન્ક|પોલીસ)"
)
_GU_MONEY_MOVED = (
    r"સુરક્ષિત\s+(?:ખાતા|એકાઉન્ટ)|(?:પૈસા|બચત|રકમ|£\s?[\d,]+|₹\s?[\d,]+)\S*\s+(?:\S+\s+){0,3}"
    r"(?:ઉપાડ|મોકલ|ટ્રાન્સફર)"
)
GUJARATI_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:વિશે|વિષે))(?=.*(?:{_GU_POSING}))(?=.*(?:{_GU_MONEY_MOVED}))",
)

# A girl's marriage to be made by the family ("ઘરવાળા તેને ભારત લઈ જઈને લગ્ન કરાવી દેવાના
# છે"), her age said as under 18 ("તે 17 વર્ષની છે", "હું 16 વર્ષની છું") or her "no" said; not a
# sister of 24 whose wedding all look forward to, a daughter of 5 at an aunt's wedding, nor a
# wedding hall that said no.
_GU_MARRIED_OFF = (
    r"(?:લગ્ન|પરણ)\S*\s+(?:\S+\s+){0,2}(?:કરાવી\s+(?:દે|નાખ)|કરાવવા|કરાવશે|કરી\s+દે|"
    r"નક્કી\s+કર|ગોઠવ)|પરણાવી\s+(?:દે|દેશે|દેવા)"
)
_GU_UNDER_18 = r"(?<![0-9૦-૯])(?:1[0-7]|[0-9]|૧[૦-૭]|[૦-૯])(?![0-9૦-૯])\s+(?:વર્ષ|વરસ)(?:ની|નો)"
_GU_NO = r"\s+(?:\S+\s+)?ના\s+(?:પાડ|કહે)|\s+(?:\S+\s+)?લગ્ન\s+નથી\s+કરવા"
_GU_HERS = (
    rf"^(?=.*(?:તેને|તેના|તેનાં|એને|એના|એનાં|તેણીના)\s+(?:\S+\s+){{0,5}}(?:{_GU_MARRIED_OFF}))"
    rf"(?=.*(?:{_GU_UNDER_18}\s+છે|(?:^|\s)(?:તે|એ)(?:{_GU_NO})|તેની\s+મરજી\s+(?:\S+\s+)?"
    r"(?:નથી|વિરુદ્ધ|વગર)))"
)
_GU_MINE = (
    rf"^(?=.*(?:મને|મારા|મારાં)\s+(?:\S+\s+){{0,5}}(?:{_GU_MARRIED_OFF}))"
    rf"(?=.*(?:{_GU_UNDER_18}\s+છું|(?:^|\s)(?:હું|મેં)(?:{_GU_NO})|મારી\s+મરજી\s+(?:\S+\s+)?"
    r"(?:નથી|વિરુદ્ધ|વગર)))"
)
# Someone else beaten at home by a father, a brother, a husband or the in-laws ("પપ્પા તેને
# મારે છે", "સાસરિયાં દહેજ માટે તેને મારે છે"); not "પપ્પા તેને મારે ઘરે મૂકી જશે" (to my
# house), nor a father who does not beat her.
_GU_WHO_BEATS = (
    r"(?:પપ્પા|પિતા|પિતાજી|બાપુ|બાપ|ભાઈ|પતિ|ઘરવાળો|ઘરવાળા|સસરા|સાસુ|કાકા|મામા|સાસરિયાં|સાસરિયા|"
    r"સાસરીવાળા|સાસરાવાળા)"
)
_GU_DONE_TO = r"(?:તેને|એને|તેમને|એમને|બહેનને|મમ્મીને|બાને|દીકરીને|દીકરાને|છોકરાંને|બાળકોને)"
GUJARATI_PHRASES += (  # i18n-exempt: input
    _GU_HERS,
    _GU_MINE,
    rf"(?:^|\s){_GU_WHO_BEATS}\s+(?:\S+\s+){{0,2}}{_GU_DONE_TO}\s+(?:\S+\s+)?(?:મારે\s+છે|મારતા|"
    r"મારતો|મારતી|માર્યું|માર્યો|માર્યા|મારઝૂડ|પીટે|પીટી|પીટ્ય|ઝૂડે|ઝૂડી|ઝૂડ્ય)(?!\S*\s+નથી)",
)

# An older relative beaten, by whoever ("દાદાને કેર હોમમાં મારે છે"), or a care home or carer
# with a sign of harm: bruises not from a fall, a beating, not even food given. Not "દાદાને કેર
# હોમમાં મારે મળવા જવું છે" (I must go and see grandpa), nor bruises from a fall there.
_GU_ELDER = r"(?:દાદા|દાદી|બા|બાપુજી|નાના|નાની|મમ્મી|પપ્પા|પિતાજી|સાસુ|સસરા|માજી)ને"
_GU_BEATEN = (
    r"(?:મારે\s+છે|મારતા|મારતો|મારતી|માર્યા|માર્યું|માર્યો|મારઝૂડ|પીટે|પીટી|પીટ્ય|ઝૂડે|ઝૂડી|"
    r"ઝૂડ્ય)(?!\S*\s+નથી)"
)
_GU_CARE = r"કેર\s*હોમ|વૃદ્ધાશ્રમ|ઘરડાઘર|નર્સિંગ\s*હોમ|કેરર|સંભાળ\s+રાખનાર"
_GU_CARE_HARM = (
    rf"{_GU_BEATEN}|ખાવાનું\s+પણ\s+(?:નથી\s+આપ|આપતા\s+નથી)|ભૂખ્યા\s+રાખ|"
    r"^(?!.*પડી\s+ગ).*(?:ઉઝરડા|ચકામા|સોળ\s+પડ)"
)
GUJARATI_PHRASES += (  # i18n-exempt: input
    rf"(?:^|\s){_GU_ELDER}\s+(?:\S+\s+){{0,3}}{_GU_BEATEN}",
    rf"^(?=.*(?:{_GU_CARE}))(?=.*(?:{_GU_CARE_HARM}))",
)

# A bride harmed over dowry ("દહેજ માટે તેને મારે છે", "દહેજ માટે ત્રાસ આપે છે"): beaten,
# tormented, burnt, put out or threatened with death; and someone burnt on purpose by another,
# branded with an iron or a rod ("ગરમ ઇસ્ત્રીથી ડામ આપ્યો"). Not dowry as a custom or a crime
# talked about ("દહેજ પ્રથા વિશે"), a wedding with no dowry, a hand burnt while ironing ("હાથ
# દાઝી ગયો"), nor a tarred road ("ડામર").
_GU_DOWRY_HARM = (
    rf"{_GU_BEATEN}|ત્રાસ\s+(?:આપ|ગુજાર)|હેરાન\s+કર|(?:^|\s)ડામ\s|દઝાડ|સળગાવ|કેરોસીન|"
    r"મારી\s+(?:નાખશે|નાંખશે|નાખવાની)|ઘર(?:માંથી|ની\s+બહાર)\s+(?:\S+\s+)?કાઢી"
)
_GU_DOWRY_TALKED_ABOUT = r"વિશે|વિષે|પ્રથા|કાયદ|ગુનો|સત્ર"
_GU_BURNT_BY_SOMEONE = (
    r"(?:^|\s)ડામ\s+(?:આપ|દીધ|દઈ|દે)|(?:ઇસ્ત્રી|સળિયા|ચીપિયા|સાણસી|તવેથા)\S*\s+(?:\S+\s+)?"
    r"(?:ડામ|દઝાડ)"
)
GUJARATI_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_GU_DOWRY_TALKED_ABOUT}))" + every_one_of("દહેજ", _GU_DOWRY_HARM),
    _GU_BURNT_BY_SOMEONE,
)

# Gujarati in the Latin spelling: someone who cannot be woken or has passed out ("jagadu chu to
# pan uthta nathi", "behosh") with a sign of the body (sweating, the eyes shut, the breath, low
# sugar, lips gone dark); not a son who won't get up for school or on a Sunday. (Romanised
# "aatmahatya" is read by the Hindi net, whose word it shares.)
_GU_NOT_WAKING_LATIN = (
    r"\b(?:jaga+d\w*|utha+d\w*)\s+(?:\w+\s+){0,3}?(?:uth|jag)(?:ta|ti|tu|to)\s+(?:j\s+)?"
    r"nath[iy]\b|\b(?:behosh|beshudh)\b|\bbhaa?n\s+(?:nathi|gayu|jatu\s+rahyu)\b|\bhosh\s+"
    r"(?:nathi|gayo)\b"
)
_GU_BODY_SIGN_LATIN = (
    r"\b(?:parsev\w*|pasin\w*|a+nkh\w*\s+bandh|sh?v?was\w*|shvas\w*|hoth\s+(?:\w+\s+)?(?:bhura|"
    r"vadli|blue|kala|jambli)|sugar\s+(?:ochhi|ochi|low|ghati)|thanda\s+pad\w*)\b"
)
_GU_EVERYDAY_SLEEP_LATIN = r"\b(?:school|nishal|office|college|ravivar|sunday|raja|alarm)\b"
_GU_NOT_COMING_ROUND_LATIN = every_one_of(_GU_NOT_WAKING_LATIN, _GU_BODY_SIGN_LATIN)
GUJARATI_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*{_GU_EVERYDAY_SLEEP_LATIN})" + _GU_NOT_COMING_ROUND_LATIN,
)

# A heart attack's signs now, of the writer or someone the writer writes for: the chest in pain,
# pressed or heavy ("પપ્પાને છાતીમાં બહુ દુખે છે") with the left arm numb or in pain, sweat or no
# breath; in Gujarati script or the Latin spelling ("chhati ma dukhe che, dabo hath sunn").
# Not a chest pain gone by last year, a cold's cough, nor the signs named at a first-aid class.
_GU_CHEST = r"છાતી\S*\s+(?:\S+\s+){0,2}?(?:દુખ|દુઃખ|દર્દ|દબાણ|ભાર|બળતરા|ચૂંક|સણકા)"
_GU_HEART_SIGN = (
    r"ડાબ\S*\s+(?:\S+\s+)?(?:હાથ|ખભ)\S*\s+(?:\S+\s+){0,2}?(?:સુન્ન|ખાલી\s+ચડ|દુખ|ઝણઝણ)|પરસેવ|"
    r"શ્વાસ\s+(?:\S+\s+)?(?:ચડ|નથી\s+લઈ|લેવામાં\s+તકલીફ|રુંધા)"
)
_GU_GONE_BY = (
    r"ગયા\s+(?:વર્ષે|મહિને|અઠવાડિયે)|હવે\s+(?:ઠીક|સારું|સારા)|પ્રાથમિક\s+સારવાર|તાલીમ|ટ્રેનિંગ|"
    r"લક્ષણ|શરદી|ખાંસી|કફ"
)
_GU_CHEST_LATIN = (
    r"\b(?:chhati|chhaati|chati|chaati)\w*\s+(?:\w+\s+){0,2}?(?:dukh\w*|dard|dabaan|bhar)\b"
)
_GU_HEART_SIGN_LATIN = (
    r"\b(?:dabo|dabu|dabi|daba)\s+(?:\w+\s+)?(?:hath|haath|khabho)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:sunn|khali\s+chad\w*|dukh\w*)|\bparsev\w*|\b(?:shwas|swas|shvas)\s+(?:\w+\s+)?"
    r"(?:chad\w*|nathi\s+lai)"
)
_GU_GONE_BY_LATIN = r"\b(?:gaya\s+(?:varshe|mahine)|first\s+aid|training|shardi|khansi)\b"
GUJARATI_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_GU_GONE_BY}))" + every_one_of(_GU_CHEST, _GU_HEART_SIGN),
    rf"^(?!.*{_GU_GONE_BY_LATIN})" + every_one_of(_GU_CHEST_LATIN, _GU_HEART_SIGN_LATIN),
)

# Someone kept locked in by family, beside being given no food or not let speak ("mara sasu ne
# jeth ghar ma bandh kari ne rakhe chhe, khavanu pan nathi aapta", "ઘરમાં પૂરી રાખે છે, ખાવાનું
# નથી આપતા"); not windows kept shut for the cold, nor a shop shut for the night.
_GU_LOCKED_IN = (
    r"(?:ઘર|રૂમ|ઓરડ)\S*\s+(?:\S+\s+)?(?:બંધ\s+(?:કરી\s*ને|કરીને)|પૂરી(?:\s*ને)?|તાળું\s+"
    r"મારી(?:\s*ને)?)\s+(?:રાખે|રાખ્યા|રાખ્યો|રાખી|રાખ્યાં|મૂકે)"
)
_GU_UNFED_OR_HUSHED = (
    r"(?:ખાવાનું|જમવાનું|દવા)\s+(?:પણ\s+)?(?:નથી\s+આપ|આપતા\s+નથી|આપતો\s+નથી|આપતી\s+નથી)|બોલવા\s+"
    r"(?:જ\s+)?(?:નથી\s+દે|દેતા\s+નથી|દેતો\s+નથી)"
)
_GU_LOCKED_IN_LATIN = (
    r"\b(?:ghar|room|rum|ordo|ordi|ordama)\s*(?:ma|maa|man)?\s+(?:bandh\s+(?:kari\s*ne|karine|"
    r"kari)|puri(?:\s*ne)?|taa?lu\s+mari(?:\s*ne)?)\s+(?:rakhe|rakhi|rakhya|rakhyo|rakhta|muke)\b"
)
_GU_UNFED_OR_HUSHED_LATIN = (
    r"\b(?:khavanu|khavanun|khaavanu|jamvanu|jamvanun|dava)\s+(?:pan\s+)?(?:nathi\s+(?:aapta|"
    r"apta|aapto|apto|aapti|apti)|(?:aapta|apta|aapto|apto)\s+nathi)\b|\bbol(?:va|vaa)\s+"
    r"(?:j\s+)?(?:nathi\s+(?:deta|deto|deti)|(?:deta|deto)\s+nathi)\b"
)
GUJARATI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_LOCKED_IN, _GU_UNFED_OR_HUSHED),
    "^" + every_one_of(_GU_LOCKED_IN_LATIN, _GU_UNFED_OR_HUSHED_LATIN),
)

# Someone who said they would end their life or who took all the tablets, shut in a room now or
# not answering ("પતિએ એવું કહ્યું છે અને બધી ગોળીઓ લઈને રૂમમાં બંધ છે"); not tablets kept in a
# locked cupboard, nor the question asked with no such sign.
_GU_SAYS = r"(?:કહ્યુ|કહે\s+છે|કહેતા|કહેતો|કહેતી|લખ્યુ)"
_GU_ENDING = r"(?:જીવ\s+(?:આપી|આપવા|આપવાનુ)|આત્મહત્યા|મરી\s+જવા)"
_GU_MEANS_OR_WORDS = (
    r"(?:બધી|આખી)\s+(?:\S+\s+)?(?:ગોળીઓ|દવા)\S*\s+(?:લઈને|લઇને|લઈ\s+ગય|ખાઈ|ખાઇ|ગળી)|"
    rf"{_GU_ENDING}\S*\s+(?:\S+\s+){{0,3}}?{_GU_SAYS}|"
    rf"{_GU_SAYS}\S*\s+(?:કે\s+)?(?:\S+\s+){{0,3}}?{_GU_ENDING}"
)
_GU_SHUT_IN_NOW = (
    r"(?:રૂમ|ઓરડા|ઓરડ|કમરા|બાથરૂમ)\S*\s+બંધ\s+(?:છે|થઈ|થઇ|કરી\s+દીધ)|"
    r"દરવાજો\s+(?:\S+\s+)?ખોલ(?:તા|તો|તી)\s+નથી|જવાબ\s+(?:નથી|નહીં)|બેભાન"
)
GUJARATI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_MEANS_OR_WORDS, _GU_SHUT_IN_NOW),
)

# Drink stopped all at once ("દારૂ બંધ કર્યો") with withdrawal's danger signs now: the whole
# body shaking, things seen on the wall, a fit; not drink given up years ago with him well.
_GU_DRINK_STOPPED = (
    r"(?:દારૂ|દારુ|શરાબ)\s+(?:\S+\s+)?(?:બંધ|છોડ)|\bdaa?ru\s+(?:\w+\s+)?(?:band|chhod|chod)"
)
_GU_WITHDRAWAL = (
    r"ધ્રુજ|ધ્રૂજ|કાંપ|આંચકી|ખેંચ\s+આવ|દેખાય|ભ્રમ|બેભાન|\b(?:dhruj|dhrooj|kamp|"
    r"dekhay|dekhai|aanchki|khench)\w*"
)
GUJARATI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:વર્ષ\s+પહેલા|વર્ષથી|સ્વસ્થ|\bvarsh\s+pehla))"
    + every_one_of(_GU_DRINK_STOPPED, _GU_WITHDRAWAL),
)

# An older relative neglected in a care home, two signs of it: kept in dirty clothes, not given
# food, a wound or sore, the fear they will die there ("આખો દિવસ ગંદા કપડામાં રાખે છે, ખાવાનું
# નથી આપતા, માથા પર ઘા હતો"); not food held back before an operation, nor a visit planned.
_GU_DIRTY = r"ગંદા\s+(?:\S+\s+)?(?:કપડા|કપડાં|બિસ્તર|ડાયપર)|નવડાવતા\s+નથી|કપડા\S*\s+બદલતા\s+નથી"
_GU_UNFED = r"ખાવાનું\s+(?:\S+\s+)?(?:નથી\s+આપ|આપતા\s+નથી)|ભૂખ્યા\s+રાખ|પાણી\s+(?:પણ\s+)?નથી\s+આપ"
_GU_WOUND = r"(?:^|\s)ઘા(?:\s|$)|ઘાવ|ચાંદા|જખમ|લોહી\s+નીકળ"
_GU_DIE_THERE = r"(?:ત્યાં|ત્યા)\s+(?:\S+\s+)?મરી\s+જશ"
GUJARATI_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:ઓપરેશન|સર્જરી))(?=.*(?:{_GU_CARE}))"
    + any_two_of(_GU_DIRTY, _GU_UNFED, _GU_WOUND, _GU_DIE_THERE),
)

# A pregnancy in trouble now: weeks or months along (or "ગર્ભવતી") with the baby not moving, or
# bleeding ("36 અઠવાડિયાની ગર્ભવતી છે, બાળક આજે બિલકુલ હલતું નથી"); not a baby kicking all
# night, a scan booked, a nose or gums that bleed, nor a pregnancy gone by.
_GU_PREGNANT = (
    r"ગર્ભવતી|ગર્ભ|પ્રેગ્નન્ટ|પ્રેગનન્ટ|સગર્ભા|\bpregnant\b|\d+\s*(?:અઠવાડિયા|મહિના)\S*\s+"
    r"(?:\S+\s+)?(?:પેટ|ગર્ભ|છે)"
)
_GU_NOT_MOVING_OR_BLEEDING = (
    r"(?:બાળક|બચ્ચું|બેબી|બાળ)\S*\s+(?:\S+\s+){0,3}(?:હલતું|હાલતું|ફરકતું|હલનચલન|લાત\s+મારતું)\s+"
    r"(?:\S+\s+)?નથી|(?:બાળક|બેબી)\S*\s+(?:\S+\s+){0,2}(?:હલતું|હાલતું)\s+બંધ|"
    r"લોહી\s+(?:\S+\s+)?(?:પડે|પડી\s+રહ્યું|વહે|જાય|નીકળ)|રક્તસ્ત્રાવ|બ્લીડિંગ"
)
GUJARATI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ગયા\s+વખતે|ગયા\s+વર્ષે|નાક|પેઢા|દાંત))"
    + every_one_of(_GU_PREGNANT, _GU_NOT_MOVING_OR_BLEEDING),
)

# Someone with dementia gone out of the home and not found.
GUJARATI_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"(?:ડિમેન્શિયા|અલ્ઝાઇમર|અલ્ઝાઈમર)",
        r"(?:ઘરેથી|ઘરની\s+બહાર|નીકળી\s+ગ|રાતે|રાત્રે)",
        r"(?:મળ્યા\s+નથી|મળતા\s+નથી|મળ્યો\s+નથી|મળી\s+નથી|ગુમ\s+થ|ખોવાઈ\s+ગ)",
    ),
)

# Someone touched, forced or made to do sexual things, with a sign it goes on now or again soon
# ("બસ ડ્રાઇવર તેને અડકે છે. કાલે સવારે ફરી એ જ બસમાં"); not a child who touches everything, nor
# a bus taken again tomorrow with nothing done.
_GU_TOUCHED_OR_FORCED = (
    r"(?:મને|તેને|એને|તેણીને|મારી\s+\S+ને|દીકરીને|બહેનને)\s+(?:\S+\s+){0,3}?"
    r"(?:અડક(?:ે|્ય|તો)|અડે\s|"
    r"અડી\s|અડ્યો|ખોટી\s+રીતે\s+(?:અડ|સ્પર્શ)|સ્પર્શ\s+કરે)|બળાત્કાર|જબરદસ્તી\s+(?:\S+\s+){0,3}"
    r"(?:કર્યું|કર્યો|સંબંધ|અડ)|શારીરિક\s+સંબંધ\s+માટે\s+(?:દબાણ|મજબૂર)"
)
_GU_AGAIN_SOON = r"ફરી|કાલે|આજે|અત્યારે|હમણાં|રોજ|દરરોજ|દર\s+વખતે|ગઈ\s+રાત|રાત્રે"
GUJARATI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_TOUCHED_OR_FORCED, _GU_AGAIN_SOON),
)

# A hate attack on a home, shop or temple now or threatened for tonight: stones thrown, fire
# set, broken in, "કહે છે કે આજે રાત્રે પાછા આવીશું", someone alone there; not stones in a
# garden, nor a shop shut for the night.
_GU_ATTACKED = (
    r"(?:ઘર|દુકાન|મંદિર|મસ્જિદ|બારી|દરવાજ|ગાડી)\S*\s+(?:\S+\s+){0,3}(?:પથ્થર\s+(?:\S+\s+)?"
    r"(?:ફેંક|માર)|આગ\s+(?:\S+\s+)?(?:લગાડ|લગાવ|ચાંપ)|હુમલો\s+(?:\S+\s+)?"
    r"(?:કર્યો|કરે|કરશે|કરીશું)|તોડફોડ|કાચ\s+(?:\S+\s+)?તોડ)"
)
_GU_COMING_BACK_OR_ALONE = (
    r"પાછા\s+(?:આવીશું|આવશે|આવશું)|ફરી\s+(?:આવીશું|આવશે)|આજે\s+રાત્રે|અત્યારે|હમણાં|એકલા|એકલી|"
    r"અંદર\s+(?:છે|છીએ)|મારી\s+નાખીશું"
)
GUJARATI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_ATTACKED, _GU_COMING_BACK_OR_ALONE),
)

# A child left alone: a parent not home for days ("મમ્મી ત્રણ દિવસથી ઘરે નથી આવી"), with the
# writer under 18, alone, or no food in the house; not a mother home with a fever.
_GU_PARENT_AWAY_DAYS = (
    r"(?:^|\s)(?:મમ્મી|મા|પપ્પા|બા|બાપુ|પિતા|માતા)\s+(?:\S+\s+)?(?:[0-9૦-૯]+|બે|ત્રણ|ચાર|પાંચ|ઘણા)\s+"
    r"(?:દિવસ|રાત)\S*\s+(?:\S+\s+)?(?:ઘરે\s+)?નથી\s+આવ"
)
_GU_CHILD_ALONE_OR_UNFED = (
    r"હું\s+(?:1[0-7]|૧[૦-૭]|[0-9]|[૦-૯])\s+(?:વર્ષ|વરસ)(?:ની|નો)|એકલ|ખાવાનું\s+(?:કંઈ\s+)?નથી|"
    r"ખાવા\s+માટે\s+કંઈ\s+નથી"
)
GUJARATI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_GU_PARENT_AWAY_DAYS, _GU_CHILD_ALONE_OR_UNFED),
)

# The writer's own plan to die said plainly: death decided on ("મેં મરવાનો નિર્ણય કરી લીધો છે"),
# a life ended or given ("હું મારું જીવન પૂરું કરી દઈશ", "મારો જીવ આપી દઈશ"), oneself killed ("મારી
# જાતને મારી નાખીશ"), a jump from a bridge or a roof or in front of a train, into a well or the
# river, not alive after a day; not a decision to come, work finished, a vote given, photos from
# the bridge, the train to Leicester, looking after oneself, not living in London.
GUJARATI_PHRASES += (  # i18n-exempt: input
    r"મરવાનો\s+(?:પાકો\s+)?(?:નિર્ણય|નિશ્ચય|ફેંસલો|ફેસલો)\s+(?:કરી\s+લીધો|લઈ\s+લીધો|કર્યો|લીધો)",
    r"(?:મારું|મારૂં)\s+જીવન\s+(?:ટૂંકાવી|પૂરું\s+કરી|ખતમ\s+કરી|સમાપ્ત\s+કરી)\s+(?:દઈશ|નાખીશ)|"
    r"(?<!માટે\s)મારો\s+જીવ\s+(?:આપી|દઈ)\s+દઈશ|(?:મારી\s+)?જાતને\s+(?:મારી\s+(?:નાખીશ|નાંખીશ)|"
    r"(?:ખતમ|પૂરી)\s+કરી\s+(?:દઈશ|નાખીશ)|ગોળી\s+મારી\s+દઈશ)",
    r"^(?!.*(?:😂|🤣|મેચ|મજાક|હારી|\b(?:match|lol|jk)\b)).*(?:"
    r"(?:પુલ|બ્રિજ|છત|ધાબા|બિલ્ડિંગ|ટ્રેન|રેલ)\S*\s+(?:\S+\s+){0,2}(?:કૂદી\s+(?:જઈશ|પડીશ)|પડતું\s+"
    r"મૂકીશ)|(?:નદી|કૂવા|તળાવ|દરિયા)\S*\s+(?:\S+\s+)?પડતું\s+મૂકીશ|પાટા\s+પર\s+(?:\S+\s+)?સૂઈ\s+જઈશ)",
    r"(?:જીવતો|જીવતી|જીવિત)\s+નહીં\s+(?:રહું|રહીશ|હોઉં|હોઈશ)|આ\s+દુનિયામાં\s+નહીં\s+(?:હોઉં|રહું|"
    r"હોઈશ)",
)

# A means made ready (a rope tied, ready or bought, a gun got) beside a time or a goodbye ("પંખા
# સાથે દોરડું બાંધી દીધું છે, આજે રાત્રે બધું ખતમ"); tablets gathered beside a goodbye, or a time
# with sleeping tablets or all of them to be taken; not tablets gathered for a trip, a rope for
# the washing or a swing.
_GU_PILLS_SAVED = (
    r"(?:ગોળીઓ|ગોળી|દવાઓ|ટેબ્લેટ)\S*\s+(?:\S+\s+){0,2}(?:ભેગી|ભેગા|જમા|એકઠી|એકઠા|સંઘરી)\s+"
    r"(?:કરી\s+)?(?:રાખી|લીધી|કરી)"
)
_GU_SLEEPING_OR_ALL = r"ઊંઘની|(?:બધી|બધા)\s+(?:\S+\s+)?(?:ખાઈ|ગળી)\s+(?:જઈશ|લઈશ)"
_GU_MEANS_READY = (
    r"(?:દોરડું|દોરડા|દોરડી|ફાંસો|ગાળિયો)\S*\s+(?:\S+\s+){0,3}(?:બાંધ|તૈયાર|ખરીદ|લટકાવ)|(?:પિસ્તોલ|"
    r"બંદૂક|રિવોલ્વર)\s+(?:\S+\s+){0,2}(?:ખરીદ|લઈ\s+આવ|મળી\s+ગઈ|તૈયાર|લોડ)"
)
_GU_TIME = (
    r"આજે\s+રાત્રે|આજ\s+રાત|આજે|કાલે|આ\s+અઠવાડિયે|રવિવાર|સોમવાર|મંગળવાર|બુધવાર|ગુરુવાર|શુક્રવાર|"
    r"શનિવાર"
)
_GU_GOODBYE = (
    r"છેલ્લી\s+(?:વાર|વખત)|અલવિદા|માફ\s+(?:કરજો|કરી\s+દેજો)|બધું\s+(?:ખતમ|પૂરું)|પાછ[ોી]\s+નહીં\s+"
    r"આવું|વસિયત"
)
_GU_NOT_A_PLAN = (
    r"^(?!.*(?:કપડ|સૂકવ|સુકવ|પ્રવાસ|મુસાફરી|રજા|ફ્લાઇટ|ટિકિટ|ડૉક્ટર|ડોક્ટર|કેમિસ્ટ|કેમ્પ|તંબુ|હીંચકો|"
    r"ઝૂલો|પિકનિક|મેચ|રમત|કબડ્ડી|રસ્સીખેંચ))"
)
GUJARATI_PHRASES += (  # i18n-exempt: input
    _GU_NOT_A_PLAN + every_one_of(_GU_MEANS_READY, _GU_TIME + "|" + _GU_GOODBYE),
    _GU_NOT_A_PLAN
    + every_one_of(_GU_PILLS_SAVED)
    + "(?:"
    + every_one_of(_GU_GOODBYE)
    + "|"
    + every_one_of(_GU_TIME, _GU_SLEEPING_OR_ALL)
    + ")",
)
