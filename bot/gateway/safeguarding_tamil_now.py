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

Left alone: vegetables chopped, a box of tablets bought, all the food to be eaten tonight, a
whistle blown or a call made, vegetables cut with a knife, a follow on Instagram, a child who
walks to school alone, a ball kicked, a cousin's wedding gone to, a bike locked up, a boy's
circumcision, back pain and a sulk, a prayer against a spirit.
"""

from __future__ import annotations

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
