"""The Tamil safeguarding phrase net's main kinds said plainly (read by safeguarding_languages
beside safeguarding_tamil), in Tamil script and in the Latin spelling people text in. Tamil
vowel signs are not word letters to `\\b`, so the script patterns need no word edges.

It reads: the writer cutting her own hand or wrist now, the reflexive verb ("கையை
வெட்டிக்கிட்டு இருக்கேன்", "kaiya vettikittu irukken"); a box or bottle of tablets swallowed;
all the tablets to be taken tonight (Latin spelling); a mother, sister, wife or child beaten
(Latin spelling, "ammava adikkiraan"); someone with a knife in hand beside a door locked; being
followed from the bus or station or to the door; a child alone for days with no food; a child
hit and bleeding from the head (Latin spelling); the writer to be married to a cousin or with
tickets bought; the writer locked in, and papers taken by in-laws or a husband; a girl to be cut;
chest pain with someone not speaking or fainting; someone beaten to drive out a spirit.
Also an agent owed money who threatens to kill the family, and an employer holding the passport
with pay kept back or a beating (Latin spelling); a landlord who wants sex for the rent or
threatens the Home Office; a crowd throwing stones at the hotel or home; a child alone taken by
a man who says he is the uncle; lost in the dark with the phone dying; a fire with no way out;
a child not breathing right; a fit going on for minutes; a fall with the head bleeding or not
waking; someone held for removal who will be killed if sent back.

Left alone: vegetables chopped, a box of tablets bought, all the food to be eaten tonight, a
whistle blown or a call made, vegetables cut with a knife, a follow on Instagram, a child who
walks to school alone, a ball kicked, a cousin's wedding gone to, a bike locked up, a boy's
circumcision, back pain and a sulk, a prayer against a spirit; an agent's fee, a passport
copied, garden work for the rent, fireworks outside the hotel, the family's own uncle taking a
girl to a wedding, a charger forgotten, a heater on in the rain, a child not sleeping, a pain
of five minutes, a phone dropped, a trip home for a wedding.
Also: a man with a knife come into the shop threatening; a worker fallen and not moving with
no ambulance called; a boss who says stay with him tonight or be sacked. Left alone: a knife
for vegetables, a fall with the person up again, accounts to finish.
Also an eye hurt beside blood or the sight gone (not smoke in the eye washed out).
Also a rope got beside a death or one who says they are going to the one who died (not a rope
for the washing, a cow, a well or a kite).
Also a person with dementia locked in at home with no one there, at night or after leaving the
stove on ("அவங்களை வீட்டுக்குள்ள பூட்டிட்டு போறேன்"); not the house locked on the way to work.
Also a husband or an ex who knows where the writer is and threatens to come ("நான் எங்கே
இருக்கிறேன் என்று அவனுக்குத் தெரியும் ... மிரட்டுகிறான்"); not a husband who knows and comes to
fetch her.
"""

from __future__ import annotations

from bot.gateway.safeguarding_tamil import _TA_NOT_COMING_ROUND, _TA_TO_KILL_LATIN
from bot.gateway.safeguarding_words import every_one_of

# The writer's own hand or wrist being cut, the reflexive ("for oneself") verb in the present;
# not the past, a hand cut once while chopping ("கையை வெட்டிக்கிட்டேன்").
_TA_HAND = r"(?:கையை|கைய|கை|மணிக்கட்டை|மணிக்கட்ட|நரம்ப)\S*\s+(?:\S+\s+)?"
_TA_CUT_ONESELF = (
    r"(?:வெட்டிக்கிட்டு|வெட்டிக்கிட்டிருக்க|வெட்டிக்கிறேன்|வெட்டிக்கறேன்|வெட்டிக்கொண்டு|"
    r"கீறிக்கிட்டு|அறுத்துக்கிட்டு)"
)
_TA_HAND_LATIN = r"\b(?:kaiya|kaiyai|kai|manikattai|manikatta|naramba)\s+(?:\w+\s+)?"
_TA_CUT_ONESELF_LATIN = (
    r"(?:vett?ikk?itt?u|vett?ikk?iren|vett?ikk?ondu|keerikk?itt?u|aruthukk?itt?u)\b"
)
# Tablets, and swallowed.
_TA_PILLS = r"(?:மாத்திரை|மருந்து|டேப்லெட்)\S*"
_TA_SWALLOWED = (
    r"(?:சாப்பிட்டுட்ட|சாப்பிட்டேன்|சாப்பிட்டுவிட்ட|முழுங்கிட்ட|முழுங்கினேன்|விழுங்கிட்ட|"
    r"விழுங்கினேன்|போட்டுட்ட)"
)
_TA_PILLS_LATIN = r"(?:maa?(?:th|t|tth|thth)irai|marun?dhu|marunthu|tablet)\w*"
_TA_SWALLOWED_LATIN = (
    r"(?:saa?p(?:p|pi|i)?t+u?t+en|saa?pp?itt?en|saa?pt?en|mu(?:zh|l)ungitt?en|"
    r"mu(?:zh|l)unginen|vizhungitt?en|pott?utt?en)\b"
)
_TA_TONIGHT_LATIN = (
    r"\b(?:innaikku|inniki|innikki|innaiku|indru)\s+(?:raathiri|rathiri|raatri|night|iravu)\b|"
    r"\bore\s+thadavai\b"
)
# Someone of the family or a child beaten (Latin spelling); only time words between.
_TA_KIN_LATIN = (
    r"\b(?:ammava|ammavai|ammaava|akkava|akkavai|thangachiya|thangachiyai|manaiviya|"
    r"pondattiya|paatiya|kuzhandhaiya|kozhandhaiya|kuzhandhaiyai|pullaiya|paiyana|ponna|"
    r"thambiya|paapava)"
)
_TA_BEATS_LATIN = r"(?:adik(?:ki|ka|ku)(?:r|ra|ru)\w*|adicha\w*|adichi\w*|udhaik\w*|odhaik\w*)\b"
_TA_ONLY_WHEN = r"(?:(?:ippo|ippa|ipo|dhinamum|thinamum|daily|romba|thirumba|pottu)\s+){0,2}"
# A knife in hand and a door locked; not vegetables or fish cut.
_TA_KNIFE_HELD = (
    r"கத்தி(?:யோட|யோடு|யுடன்|யை\s+(?:\S+\s+)?(?:காட்டி|வச்சு|எடுத்து)|\s+(?:வச்சுக்கிட்டு|"
    r"கையில|எடுத்துக்கிட்டு))|\b(?:kaththi|katthi|kathi)(?:yoda|yodu|ya\s+(?:\w+\s+)?(?:kaati|"
    r"kaatti|vachu|eduthu)|\s+(?:vachukittu|kaila|kaiyila|eduthukittu))\b"
)
_TA_DOOR_LOCKED = (
    r"கதவ\S*\s+(?:\S+\s+)?(?:பூட்டி|தாழ்ப்பாள்|லாக்)|\b(?:kadhava|kathava|kadhavai|kathavai|door)"
    r"\w*\s+(?:\w+\s+)?(?:poott?i\w*|lock\s+pann\w*|thaalpaal\w*)"
)
_TA_NOT_COOKING = (
    r"^(?!.*(?:காய்|வெங்காயம்|பழம்|கேக்|மீன்|கறி|சமைய|\b(?:kaai|kaaikari|vengayam|pazham|cake|"
    r"meen|kari|samai\w*)\b))"
)
# Followed, with the bus, station, street or door.
_TA_FOLLOWED = (
    r"என்னை\S*\s+(?:\S+\s+){0,2}(?:பின்தொடர்|பின்னாடியே\s+வ|பின்னால\s+வ|ஃபாலோ\s+பண்ணி)|"
    r"\b(?:ennai|enna|ennaiye)\s+(?:\w+\s+){0,2}(?:follow\s+(?:pann|panr)\w*|pinthodar\w*|"
    r"pinnaadiye\s+va\w*|pinnala\s+va\w*)"
)
_TA_OUT_THERE = (
    r"பஸ்|ஸ்டேஷன்|ரயில்|வெளியே|வெளிய|காத்திருக்க|வீடு\s+வரைக்கும்|\b(?:bus|station|train|veliya|"
    r"veliye|wait|kaathirukk\w*|veedu\s+varaikkum|veettu\s+varai)\b"
)
# A child alone for days, with no food or no one there.
_TA_CHILD = (
    r"குழந்தை|பிள்ளை|பையன்|பொண்ணு|பாப்பா|\b(?:ku(?:zh|l)andh?ai|kozhandha|pulla|pillai|paiyan|"
    r"ponnu|paapa)\w*"
)
_TA_DAYS = (
    r"(?:ரெண்டு|இரண்டு|மூணு|மூன்று|[23])\s+(?:நாளா|நாட்களாக|நாளாக|நாள்)|\b(?:rendu|irandu|moonu|"
    r"[23])\s+(?:naa?laa?|naalaaga|naal|days)\b"
)
_TA_ALONE = r"தனியா|தனியாக|தனியே|\b(?:thaniya|thaniyaa|thaniyaga|thaniyaa?ga)\b"
_TA_NO_FOOD = (
    r"சாப்பாடு\s+(?:\S+\s+)?இல்ல|சாப்பிடல|சாப்பிடவில்லை|பசியோட|யாரும்\s+இல்ல|"
    r"\b(?:saa?pp?aa?du|saapadu)\s+(?:\w+\s+)?illa\w*|\b(?:saa?pp?idala|pasiyoda|pasila)\b|"
    r"\byaarum\s+illa\w*"
)
# A child hit and bleeding from the head (Latin spelling).
_TA_HEAD_BLEEDING_LATIN = (
    r"\b(?:thalaila|thalaiyil|thalaiyila|thala\s*la)\s+(?:\w+\s+)?(?:(?:irundhu|irunthu)\s+)?"
    r"ra(?:t|th|tth)am\b"
)
_TA_CHILD_HIT_LATIN = (
    r"\b(?:ku(?:zh|l)andh?aiya|kozhandhaiya|kuzhandhaiyai|pullaiya|paiyana|ponna|paapava|avana|"
    r"avala)\s+(?:\w+\s+)?(?:adichi\w*|adicha\w*|adik\w*)"
)
# The writer married off, with a cousin, tickets or home named.
_TA_MARRIED_OFF = (
    r"என்னை\S*\s+(?:\S+\s+){0,5}(?:கல்யாணம்|கலியாணம்|திருமணம்)\s+(?:பண்ணி|செய்து|செஞ்சு)\s+"
    r"(?:வைக்க|கொடுக்க|குடுக்க)|\bennai\s+(?:\w+\s+){0,5}(?:kal?y?aa?nam|thirumanam)\s+"
    r"(?:panni|senji|seidhu)\s+(?:vaikk?a|kodukk?a|kudukk?a)"
)
_TA_COUSIN_OR_TICKETS = (
    r"மாமா\s+பையன|அத்தை\s+பையன|மச்சான|முறைப்பையன|கசின்|டிக்கெட்|ஊர்ல|ஊருக்கு|"
    r"\b(?:maa?ma\s+paiyan|athai\s+paiyan|machaan|muraippaiyan|cousin|ticket|oorla|oorukku)\w*"
)
# The writer locked in; papers taken by in-laws, a husband or an employer.
_TA_LOCKED_IN = (
    r"என்னை\S*\s+(?:\S+\s+){0,2}(?:பூட்டி|அடைச்சு|அடைத்து)\s+(?:வச்சிருக்கா|வைத்திருக்கி|"
    r"வச்சுட்டா|வச்சிட்டா|வெச்சிருக்கா|வைக்கிறா)|\bennai\s+(?:\w+\s+){0,2}(?:poott?i|adaichu)\s+"
    r"(?:vachirukk|vechirukk|vachutt|vachitt|vachiruk)\w*"
)
_TA_PAPERS_TAKEN = (
    r"(?:பாஸ்போர்ட்|ஆவண|டாக்குமெண்ட்|விசா)\S*\s+(?:\S+\s+)?(?:எடுத்துக்கிட்டா|பிடுங்கிட்டா|"
    r"பறிச்சுட்டா|வச்சுக்கிட்டா|ஒளிச்சு\s+வச்சிருக்கா)|\b(?:passport|documents?|visa)\w*\s+"
    r"(?:\w+\s+)?(?:eduthukk?itt|pudungitt|parichutt|vachukk?itt|olichu\s+vach)\w*"
)
_TA_IN_LAWS = (
    r"மாமியார்|மாமனார்|கணவர்|புருஷன்|புருசன்|முதலாளி|\b(?:maa?miyar|maa?manar|purushan|purusan|"
    r"kanavar|husband|muthalali|owner)\w*"
)
# A girl to be cut; not a boy's circumcision.
_TA_GIRL_CUT = (
    r"(?:பொண்ணு|மகள|பெண்\s+குழந்தை|பாப்பாவ)\S*\s+(?:\S+\s+){0,2}(?:கத்னா|சுன்னத்|பெண்ணுறுப்பு)|"
    r"\b(?:ponnu|magal|penn\s+kuzhandhai|paapav)\w*\s+(?:\w+\s+){0,2}(?:katna|khatna|kathna|"
    r"sunnath?u?)\b"
)
# Chest pain with someone not speaking or fainting.
_TA_CHEST_PAIN = (
    r"நெஞ்சு\s*வலி|நெஞ்சில\S*\s+வலி|மார்பு\s+வலி|\bne(?:n|nn)(?:ju|chu)\s*vali\w*|\bmaarbu\s+vali"
)
_TA_NOT_SPEAKING = (
    r"பேசவே\s+இல்ல|பேச\s+முடியல|பேசல|பேசவில்லை|பேச்சு\s+வரல|மயக்க|கண்ணு\s+திறக்கல|"
    r"\b(?:pesave\s+illa|pesa\s+mudiyala|pesala|pechu\s+varala|mayakk\w*|mayangi\w*|kannu\s+"
    r"thirakkala)\b"
)
# Someone beaten to drive out a spirit or a jinn.
_TA_SPIRIT = r"பேய்|ஜின்|பிசாசு|சாத்தான்|\b(?:pei|pey|jinn?|pisasu|saathaan)\b"
_TA_BEATEN = r"அடிக்கிறா|அடிக்கறா|அடிக்குறா|அடிச்சா|அடிச்சிட்டா|அடித்தா|அடிப்பா|\badi(?:k|ch)\w*"
_TA_DRIVE_OUT = r"ஓட்ட|விரட்ட|துரத்த|இறக்க|\b(?:ott|virat|thurath|irakk)\w*"

TAMIL_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # cutting one's own hand
    _TA_HAND + _TA_CUT_ONESELF + "|" + _TA_HAND_LATIN + _TA_CUT_ONESELF_LATIN,
    # a box or bottle of tablets swallowed
    r"(?:ஒரு|முழு)\s+(?:\S+\s+)?(?:பெட்டி|பாக்ஸ்|பாட்டில்|டப்பா)\S*\s+(?:\S+\s+)?"
    + _TA_PILLS
    + r"\s+(?:\S+\s+){0,2}"
    + _TA_SWALLOWED,
    r"\b(?:oru|mu(?:zh|l)u|full)\s+(?:\w+\s+)?(?:petti|box|bottle|dabba|paatil)\s+(?:\w+\s+)?"
    + _TA_PILLS_LATIN
    + r"\s+(?:\w+\s+){0,2}"
    + _TA_SWALLOWED_LATIN,
    # all the tablets to be taken tonight (Latin spelling)
    "^"
    + every_one_of(
        r"\b(?:ella|ellaa|motha|mu(?:zh|l)u)\s+(?:\w+\s+)?"
        + _TA_PILLS_LATIN
        + r"\s+(?:\w+\s+)?(?:saa?pp?ida|mu(?:zh|l)unga|vizhunga)\s+poren\b",
        _TA_TONIGHT_LATIN,
    ),
    # someone of the family or a child beaten (Latin spelling)
    _TA_KIN_LATIN + r"\s+" + _TA_ONLY_WHEN + _TA_BEATS_LATIN,
    # a knife in hand, a door locked; followed from the bus or to the door
    _TA_NOT_COOKING + every_one_of(_TA_KNIFE_HELD, _TA_DOOR_LOCKED),
    r"^(?!.*\b(?:insta\w*|facebook|twitter|tiktok|youtube|online)\b)"
    + every_one_of(_TA_FOLLOWED, _TA_OUT_THERE),
    # a child alone for days with no food; a child hit and bleeding from the head
    "^" + every_one_of(_TA_CHILD, _TA_DAYS, _TA_ALONE, _TA_NO_FOOD),
    "^" + every_one_of(_TA_CHILD_HIT_LATIN, _TA_HEAD_BLEEDING_LATIN),
    # married to a cousin or with tickets bought; locked in; papers taken by in-laws
    "^" + every_one_of(_TA_MARRIED_OFF, _TA_COUSIN_OR_TICKETS),
    _TA_LOCKED_IN,
    "^" + every_one_of(_TA_PAPERS_TAKEN, _TA_IN_LAWS),
    # a girl to be cut; chest pain and not speaking; beaten to drive out a spirit
    _TA_GIRL_CUT,
    "^" + every_one_of(_TA_CHEST_PAIN, _TA_NOT_SPEAKING),
    "^" + every_one_of(_TA_SPIRIT, _TA_BEATEN, _TA_DRIVE_OUT),
)

# An agent owed money who threatens to kill or hurt the writer or family (Latin spelling, "agent
# panam kudukkalana en family-ah kolluven nu miratturan"); not an agent's fee due.
_TA_AGENT_LATIN = r"\b(?:agent|smuggler|dalal|broker)\b"
_TA_MONEY_OWED_LATIN = r"\b(?:panam|panatha|kaasu|kasu|kadan|money|rooba|rupees?|pounds?)\b"
_TA_HARM_THREAT_LATIN = rf"{_TA_TO_KILL_LATIN}|\bmirat\w*"
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TA_AGENT_LATIN, _TA_MONEY_OWED_LATIN, _TA_HARM_THREAT_LATIN),
)

# An employer who holds the writer's passport with pay kept back or a beating (Latin spelling,
# "passport-ah vechukittaan, sambalam kudukkala"); not a passport copied.
_TA_PASSPORT_HELD_LATIN = (
    r"\bpassport\S*\s+(?:\w+\s+)?(?:eduthukk?itt|pudungitt|parichutt|v[ae]chukk?itt|olichu\s+"
    r"v[ae]ch)\w*"
)
_TA_UNPAID_OR_BEATEN_LATIN = (
    r"\b(?:sambalam|salary|panam)\s+(?:\w+\s+)?(?:kudukkala|kudukala|tharala|tharalai|"
    r"kudukkiradhilla|kudukradhilla)\b|\badich\w*|\bsoodu\s+v[ae]ch\w*"
)
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:copy|xerox|scan)\b)"
    + every_one_of(_TA_PASSPORT_HELD_LATIN, _TA_UNPAID_OR_BEATEN_LATIN),
)

# A landlord who wants sex for the rent or threatens to tell the Home Office ("வீட்டு ஓனர்
# வாடகைக்கு பதிலா அவர் கூட படுக்கணும்னு சொல்றார்"); not a landlord who wants the garden done.
_TA_LANDLORD = (
    r"வீட்டு\s+ஓனர்|ஹவுஸ்\s+ஓனர்|வீட்டுக்காரர|லேண்ட்லார்ட்|\b(?:house\s+owner|veettu\s+owner|"
    r"landlord|veetukaarar)\b"
)
_TA_SLEEP_WITH = r"கூட\s+(?:படு|தூங்க)|\b(?:kooda|koodave)\s+(?:padu|thoong)\w*|\bsex\b"
_TA_RENT_OR_ELSE = r"வாடகை|இல்லைனா|இல்லன்னா|இல்லேன்னா|\b(?:vaadagai|vadagai|illana|illaina|illena)\b"
_TA_HOME_OFFICE_TOLD = (
    r"(?:ஹோம்\s+ஆபீஸ்|ஹோம்\s+ஆஃபீஸ்|இமிக்ரேஷன்)\S*\s+(?:\S+\s+)?(?:சொல்லிடுவ|சொல்லுவ|"
    r"ரிப்போர்ட்|புகார்)|\b(?:home\s+office|immigration)\S*\s+(?:\w+\s+)?(?:solliduv|solluv|"
    r"report|complaint)\w*"
)
_TA_SEX_OR_REPORT = f"{_TA_SLEEP_WITH}|{_TA_HOME_OFFICE_TOLD}"
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TA_LANDLORD, _TA_RENT_OR_ELSE, _TA_SEX_OR_REPORT),
)

# A crowd at the writer's hotel or home throwing stones now ("எங்க ஹோட்டல் வெளியே கூட்டம் நின்னு
# கல் எறியறாங்க"); not fireworks watched.
_TA_AT_OUR_PLACE = r"ஹோட்டல்|வீட்டு|வீடு|ஜன்னல்|\b(?:hotel|veedu|veetu|jannal|window|flat)\b"
_TA_STONES_NOW = (
    r"(?<!\S)(?:கல்|கற்கள்|கல்லு|கல்லை|கல்லால்)\s+(?:\S+\s+)?(?:எறியறாங்க|எறியுறாங்க|எறிகிறார்கள்|"
    r"வீசுறாங்க|வீசுகிறார்கள்|அடிக்கிறாங்க)|\b(?:kal|kallu|kalla|stones?)\s+(?:\w+\s+)?(?:eriyar|"
    r"eriyur|eriyir|veesur|veesar|adikkir)\w*"
)
_TA_CROWD = r"கூட்டம்|ஆட்கள்|பசங்க|மக்கள்|\b(?:koottam|kootam|aalunga|pasanga|crowd)\b"
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TA_AT_OUR_PLACE, _TA_STONES_NOW, _TA_CROWD),
)

# A child alone and a man who says he is the uncle taking the child away ("ஒருத்தன் அவளோட
# மாமான்னு சொல்லி இன்னைக்கு ராத்திரி கூட்டிட்டு போறான்"); not the family's own uncle taking her
# to a wedding.
_TA_SAYS_HE_IS_KIN = (
    r"(?:மாமா|சித்தப்பா|பெரியப்பா|அங்கிள்|சொந்தக்காரன்)(?:ன்னு|னு)?\s+(?:என்று\s+)?(?:சொல்லி|"
    r"சொல்ற|சொல்கிற)|\b(?:mama|maama|chithappa|periyappa|uncle|sonthakaran)\s*-?(?:nu|nnu)?\s+"
    r"(?:solli|solraan|solran|solraru)\b"
)
_TA_TAKING_AWAY = (
    r"(?:கூட்டிட்டு|கூட்டிக்கிட்டு|கூட்டிப்)\s+போ|அழைத்து\s+செல்|\b(?:kootittu|kootitu|"
    r"kootikittu|kootti)\s+(?:po|pora|poran|poraan|poga)\w*"
)
_TA_CHILD_ALONE = (
    r"தனியா|(?:1[2-7]|௧[௨-௭])\s+வய|\b(?:thaniya|thaniyaa|thaniyaga)\b|\b1[2-7]\s+(?:vayasu|"
    r"vayathu|years?)\b"
)
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TA_SAYS_HE_IS_KIN, _TA_TAKING_AWAY, _TA_CHILD_ALONE),
)

# Lost, in the dark, with the phone dying ("நான் வழி தெரியாம மாட்டிக்கிட்டேன், இருட்டா இருக்கு,
# போன் சார்ஜ் தீர போகுது"); not a charger forgotten on a dark evening.
_TA_LOST_WAY = (
    r"வழி\s+(?:\S+\s+)?(?:தெரியாம|தெரியாமல்|தவறி|மாறி)|தொலைஞ்சு|தொலைந்து|\b(?:vazhi|vali|route)\s+"
    r"(?:\w+\s+)?(?:theriyama|theriyaama|thavari|maari)\b|\btholanj\w*"
)
_TA_DARK = r"இருட்டா|இருட்டு|இருள்|\b(?:iruttu|irutta|irul)\b"
_TA_PHONE_DYING = (
    r"(?:போன்|சார்ஜ்|பேட்டரி)\S*\s+(?:\S+\s+){0,2}(?:தீர|முடிய|குறைய|காலி|ஆஃப்|ஆப்)|\b(?:phone|"
    r"charge|battery)\w*\s+(?:\w+\s+){0,2}(?:theera|theer|mudiy|kuraiy|kaali|off|low)\w*"
)
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TA_LOST_WAY, _TA_DARK, _TA_PHONE_DYING),
)

# A fire broken out where the writer is, with no way out ("என் வீட்டுல தீ பிடிச்சிருக்கு, என்னால
# வெளியே வர முடியல"); not a heater on with rain outside.
_TA_FIRE_NOW = (
    r"(?<!\S)தீ\s+(?:பிடிச்சிருக்கு|பிடித்து|பிடிச்சு|பற்றி|எரியுது|பத்திக்கிச்சு)|தீப்பிடி|\b(?:thee|"
    r"fire)\s+(?:pidich|pidithu|patti|pathik|eriyu)\w*"
)
_TA_NO_WAY_OUT = (
    r"வெளியே\s+(?:\S+\s+)?(?:வர|போக)\s+(?:முடியல|முடியவில்லை)|மாட்டிக்கிட்ட|சிக்கி|புகை|"
    r"\b(?:veliya|veliye)\s+(?:\w+\s+)?(?:vara|poga)\s+(?:mudiyala|mudiyalai|mudiyadhu)\b|"
    r"\bmaattik\w*|\bsikki\w*|\bpugai\b"
)
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TA_FIRE_NOW, _TA_NO_WAY_OUT),
)

# A child not breathing right ("என் குழந்தை சரியா மூச்சு விடல"); not a child who won't sleep.
_TA_NOT_BREATHING = (
    r"மூச்சு\S*\s+(?:\S+\s+){0,2}(?:விடல|விடவில்லை|வரல|வரவில்லை|விட\s+முடியல|திணற)|மூச்சுத்திணற|"
    r"\b(?:moochu|muchu|moochi)\s+(?:\w+\s+){0,2}(?:vidala|vidalai|varala|thinar|vida\s+"
    r"mudiyala)\w*"
)
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TA_CHILD + r"|\bbaby\b", _TA_NOT_BREATHING),
)

# A fit that has gone on for minutes or won't stop ("வலிப்பு வருகிறது. 5 நிமிடம் ஆகிறது.
# நிற்கவில்லை"); not a pain ("வலி") of five minutes.
_TA_FIT = r"வலிப்பு|ஃபிட்ஸ்|\b(?:valippu|valipu)\b"
_TA_GOING_ON = (
    r"(?:\d+|ஐந்து|அஞ்சு|பத்து)\s+(?:நிமிஷ|நிமிட)|நிக்கல|நிற்கவில்லை|நிக்கவே\s+இல்ல|நிற்கல|"
    r"\b\d+\s+(?:nimisham|nimidam|minute|min)\w*|\bnikkala\b"
)
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TA_FIT, _TA_GOING_ON),
)

# Someone who fell, with the head bleeding or not waking ("அம்மா கீழே விழுந்துட்டாங்க, தலையில
# ரத்தம் வருது"); not a phone dropped.
_TA_FELL = (
    r"விழுந்துட்ட|விழுந்துவிட்ட|விழுந்துட்டா|கீழே\s+விழு|\b(?:vizhunth|vizhund|vilunth|vilund)\w*|"
    r"\bkeezha\s+vizh\w*"
)
_TA_HEAD_BLEEDING_OR_OUT = (
    r"தலை\S*\s+(?:\S+\s+)?(?:ரத்தம்|இரத்தம்)|எழுந்திருக்கல|எழுந்திருக்கவில்லை|மயக்க|"
    r"\b(?:thalai|thala)\w*\s+(?:\w+\s+)?(?:ratham|rattham|ratam)\b|\b(?:ezhunthirikala|"
    r"ezhundhirikala|mayakk\w*)\b|" + _TA_NOT_COMING_ROUND
)
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TA_FELL, _TA_HEAD_BLEEDING_OR_OUT),
)

# Someone held for removal who will be killed if sent back ("நாளைக்கு இலங்கைக்கு அனுப்பப்
# போறாங்க, போனா அவனைக் கொன்னுடுவாங்க"); not a trip home for a wedding.
_TA_SENT_BACK = (
    r"(?:திருப்பி|நாட்டுக்கு|இலங்கைக்கு|ஊருக்கு)\s+(?:\S+\s+)?அனுப்ப|டிபோர்ட்|தடுப்பு\s+முகாம்|"
    r"\b(?:detention|deport\w*)|\b(?:thiruppi|naattukku|ilangaikku|oorukku)\s+(?:\w+\s+)?anupp\w*"
)
_TA_THEY_WILL_KILL = (
    r"கொன்னுடுவாங்க|கொல்லுவாங்க|கொன்றுவிடுவார்கள்|கொன்னுருவாங்க|\b(?:konnuduvanga|kolluvanga|"
    r"konnuruvanga)\b"
)
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TA_SENT_BACK, _TA_THEY_WILL_KILL),
)

# A man with a knife or a sickle come in where the writer works, threatening, or a plea for
# help ("ஒருவன் கத்தியுடன் உள்ளே வந்து மிரட்டுகிறான், உதவி செய்யுங்கள்"); not a knife for
# vegetables or a film.
_TA_ARMED = (
    r"(?:கத்தி|அரிவாள்|துப்பாக்கி)(?:யுடன்|யோட|யோடு|உடன்|ஓடு)|(?:கத்தி|அரிவாள்|துப்பாக்கி)\S*\s+"
    r"(?:காட்டி|வைத்து|எடுத்து|கையில்)"
)
_TA_IN_HERE_NOW = (
    r"உள்ளே\s+(?:\S+\s+)?(?:வந்து|வந்தான்|வந்திருக்கிறான்|இருக்கிறான்|நிற்கிறான்)|மிரட்டு\S*|"
    r"உதவி\s+செய்யுங்கள்|காப்பாற்று\S*|ஒளிந்து|பணம்\s+(?:\S+\s+)?கேட்கிறான்"
)
_TA_NOT_A_COOK = r"^(?!.*(?:காய்கறி|வெங்காயம்|பழம்|இறைச்சி|வெட்டுகிற|நறுக்கு|படம்|சினிமா))"
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    # a man with a knife in the shop now, threatening
    _TA_NOT_A_COOK + every_one_of(_TA_ARMED, _TA_IN_HERE_NOW),
)
# A worker fallen, not moving or bleeding, and a boss who will not call an ambulance
# ("சாரத்திலிருந்து விழுந்து அசையவில்லை, முதலாளி ஆம்புலன்ஸ் அழைக்க மாட்டேன் என்கிறார்"); not
# someone fine.
_TA_DOWN = r"விழுந்து|விழுந்தார்|விழுந்தான்|அசையவில்லை|மயக்க|ரத்தம்|இரத்தம்"
_TA_NO_AMBULANCE = (
    r"ஆம்புலன்ஸ்\S*\s+(?:\S+\s+)?(?:அழைக்க\s+மாட்டே|அழைக்கவில்லை|கூப்பிட\s+மாட்டே|கூப்பிடவில்லை|"
    r"அழைக்க\s+விடவில்லை)"
)
# A boss who says stay with him tonight or be sacked ("இன்று இரவு அவருடன் தங்காவிட்டால்
# வேலையை விட்டு நீக்குவேன்"); not a late shift.
_TA_STAY_TONIGHT = (
    r"இன்று\s+இரவு\s+(?:\S+\s+)?(?:அவருடன்|அவனுடன்|அவரோடு|அவனோடு)\s+"
    r"(?:தங்கா|இருக்கா)"
)
_TA_OR_SACKED = r"வேலையை\s+(?:விட்டு\s+)?(?:நீக்கு|துரத்து)|வேலையிலிருந்து\s+நீக்கு|விசா"
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:நலமாக|பரவாயில்லை|எழுந்து))" + every_one_of(_TA_DOWN, _TA_NO_AMBULANCE),
    "^" + every_one_of(_TA_STAY_TONIGHT, _TA_OR_SACKED),
)

# An eye hurt ("கண்ணில் காயம்", a firework or a blow in the eye) beside blood or the sight gone
# ("கண் தெரியவில்லை"); not smoke in the eye washed out, nor a hurt knee.
_TA_EYE_HURT = (
    r"(?:கண்ணில்|கண்ணுல|கண்ணுக்குள்|கண்களில்|கண்ணிலே)\s+(?:\S+\s+){0,2}(?:காயம்|அடி|பட்டு|"
    r"பட்டது|குத்தி|குத்திய|வெடித்|தெறித்)|\bkannula\s+(?:\w+\s+)?(?:kaayam|kayam|adi|pattu)\b"
)
_TA_BLOOD_OR_BLIND = (
    r"ரத்தம்|இரத்தம்|கண்\s+(?:\S+\s+)?(?:தெரியவில்லை|தெரியல|தெரியலை|தெரியலே)|பார்க்க\s+"
    r"(?:\S+\s+)?(?:முடியவில்லை|முடியல)|\b(?:raththam|ratham|rattham|theriyala|theriyalai)\b"
)
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TA_EYE_HURT, _TA_BLOOD_OR_BLIND),
)

# A rope got or made ready beside a death or a parent who says they are going to the one who
# died ("உன் அம்மாகிட்ட போகப்போறேன் ... கயிறு வாங்கி வந்தார்"); not a rope for the washing, a
# cow, a well or a kite.
_TA_ROPE_GOT = r"கயிறு\s+(?:\S+\s+)?(?:வாங்கி|வாங்கின|வாங்கினா|தயார்|கட்டி|மாட்டி)"
_TA_DEATH_OR_GOING_TO_THEM = (
    r"இறந்த|இறந்து|செத்து|செத்த|மரணம்|(?:கிட்ட|இடம்|இடத்துக்கு|கூட)\s+(?:போகப்போறேன்|"
    r"போகப்போகிறேன்|போறேன்|போகிறேன்|போய்\s+சேர)"
)
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:துணி|காயப்|காய\s+வை|மாட்டுக்கு|மாடு|கிணறு|கிணற்று|பட்டம்|கூடாரம்|ஊஞ்சல்))"
    + every_one_of(_TA_ROPE_GOT, _TA_DEATH_OR_GOING_TO_THEM),
)

# A person with dementia locked in at home ("அம்மாவுக்கு டிமென்ஷியா ... அவங்களை வீட்டுக்குள்ள
# பூட்டிட்டு போறேன்"), with no one there, at night or after leaving the stove on; not the house
# locked on the way to work, nor a talk about dementia.
_TA_DEMENTIA = (
    r"டிமென்ஷியா|டிமென்சியா|அல்சைமர்|மறதி\s+நோய்|ஞாபக\s+மறதி|\b(?:dementia|alzheimer\w*|"
    r"marathi\s+noi)\b"
)
_TA_THEM_LOCKED_IN = (
    r"(?:அவங்களை|அவங்கள|அவரை|அவளை|அம்மாவை|அம்மாவ|அப்பாவை|அப்பாவ|பாட்டியை|தாத்தாவை)\s+"
    r"(?:\S+\s+){0,2}(?:பூட்டி|பூட்டு|லாக்)|\b(?:avangala|avangalai|avara|ammava|appava|"
    r"paatiya|thathava)\s+(?:\w+\s+){0,2}(?:pootti|pooti|puutti|lock)\w*"
)
_TA_NO_ONE_OR_THE_STOVE = (
    r"யாரும்\s+இல்ல|தனியா|தனியாக|அடுப்ப|கேஸ்|இரவு|ராத்திரி|\b(?:yaarum\s+illa\w*|thaniya|"
    r"aduppu|adupp\w*|gas|night|raathiri|iravu)\b"
)
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TA_DEMENTIA, _TA_THEM_LOCKED_IN, _TA_NO_ONE_OR_THE_STOVE),
)

# Someone who knows where the writer is and threatens her ("நான் எங்க இருக்கேன்னு அவனுக்குத்
# தெரியும், வந்து அடிப்பேன்னு மிரட்டுறான்"); not a husband who knows where she is and comes to
# fetch her.
_TA_KNOWS_WHERE_I_AM = (
    r"(?:எங்கே|எங்க|எங்கு)\s+(?:இருக்கிறேன்|இருக்கேன்|இருக்கேன்னு|தங்கி)\S*\s+(?:\S+\s+){0,3}?"
    r"\S*தெரியும்|\b(?:enga|engae|enge)\s+(?:irukken|irukkiren|irukenu|irukkennu)\w*\s+"
    r"(?:\w+\s+){0,3}?\w*theriyum\b"
)
_TA_THREATENS = r"மிரட்டு|மிரட்டி|மிரட்டற|வந்து\s+(?:\S+\s+)?(?:கொல்|அடிப்ப)|\bmirat\w*"
TAMIL_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TA_KNOWS_WHERE_I_AM, _TA_THREATENS),
)
