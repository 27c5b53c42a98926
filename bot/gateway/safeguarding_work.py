"""The English phrase net: risks at work and on the job, happening now.

Members who work nights, drive, clean, guard, serve at a till or care for others tell a risk in
the middle of a shift, often as an apology for missing a session: a rider boxed in for his bike
by lads with a knife, a man with a knife at the till saying open it, a customer with something
sharp at a cab driver's neck, a gun put on a warehouse table and a boy told he is not leaving;
a cleaner locked in a building with the phone dying; a carer with pills from the care home's
cupboard and "tonight I'm done"; a colleague who will "make sure I don't wake up"; a pupil found
with cuts still bleeding who will do worse at home; a man kicked on the floor outside, a
passenger punching a woman on a bus; a forklift over on a colleague trapped and not answering; a
supervisor or an owner who grabs or corners the writer and says "tonight" he will finish what he
started or "or else"; robbers back blocking the door saying they will "do" the writer; a resident
found on the floor cold and barely breathing, or unfed for days and gone grey with no doctor
called; a colleague's husband coming to kill her; a fall through a skylight with blood from the
ear; a man on a bus saying he will blow it up with a bag; petrol poured on a forecourt by a man
holding a lighter; a boss who kicked a boy now coughing blood and says no hospital.

Work has everyday words for all of it (a long shift, a difficult customer, health and safety
training with a video of a fall, a fire drill, a late payslip, a strict boss, "this job is
killing me", a forklift course), so each reading needs the person doing harm or the writer's own
words of despair beside a sign that it is happening now, and training, drills and films are
read as what they are. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_literal import _NOT_A_JOKE, _PHONE_FLAT
from bot.gateway.safeguarding_words import every_one_of

# Not a course, a drill, a film, a drama being shot or a "what to do if" being told about.
_NOT_TRAINING = (
    r"^(?!.*\b(?:course|training|trained|induction|drill|video|film|tv|telly|documentary|"
    r"episode|scene|game|role\s*play|dummy|what\s+to\s+do\s+if|practis\w*|practic\w*|"
    r"scenario|case\s+study|filming|drama|series|props?|rehears\w*|stunts?|acting|actors?)\b)"
)

# A weapon someone has or shows: "one has a knife", "a man in the shop with a knife", "put a
# gun on the table"; not a knife tattoo, a knife sharpener or a glue gun.
_WEAPON = (
    r"(?:knife|knives|blade|gun|pistol|shotgun|machete|hammer|crowbar|baseball\s+bat)\b"
    r"(?!\s+(?:tattoo|sharpener|block|set|drawer|skills?|crime\s+(?:talk|workshop)|trick|emoji|"
    r"shop|show|safety|amnesty))"
)
_ARMED = (
    r"\b(?:has|have|had|with|holding|pulled\s+out|pulled|put|got|showed|waving|pointing)\s+"
    r"(?:a|an|his|the|their)\s+" + _WEAPON
)
# What the writer does or is told beside the weapon: hiding, the till demanded, not let leave.
_HIDING = r"\bi\s+am\s+(?:hiding|hidden|locked|crouched|crouching)\s+(?:in|behind|under|inside)\b"
_DEMAND = (
    r"\b(?:open|empty)\s+the\s+(?:till|safe|register)\b|\bhand\s+over\s+(?:the|your)\b|"
    r"\bgive\s+(?:me|him|us|them)\s+(?:the|your|all\s+the)\s+(?:money|cash|takings|keys|phone|"
    r"bike|car)\b"
)
_NOT_LET_LEAVE = (
    r"\b(?:told|tells|said|says)\s+(?:(?:him|her|me|us|them)\s+)?(?:that\s+)?(?:he|she|i|we|"
    r"they|you)\s+(?:is|am|are)\s+not\s+(?:leaving|going\s+anywhere)\b|"
    r"\b(?:will|would)\s+not\s+let\s+(?:me|him|her|us|them)\s+(?:leave|go)\b"
)
# A weapon put to the writer's body: "put something sharp to my neck"; not a barber's blade.
_TO_MY_BODY = (
    r"^(?!.*\b(?:barber|shave|shaving|hairdresser|dentist|tattoo\w*|piercing)\b).*"
    r"\b(?:put|held|holds|holding|pressed|pressing|pushed|pushing|stuck)\s+(?:(?:a|an|his|her|"
    r"the|their)\s+(?:knife|blade|gun|pistol|screwdriver|syringe|needle|broken\s+bottle)|"
    r"something\s+(?:sharp|metal))\s+(?:to|against|at|into)\s+my\s+(?:neck|throat|head|side|"
    r"back|ribs|face|stomach|chest)\b"
)

# Locked in a building with the phone dying or no one answering: a cleaner alone at night.
_LOCKED_IN_WITH_ME = (
    r"\b(?:locked|shut)\s+(?:\w+\s+){0,2}?(?:with\s+me\s+(?:still\s+)?(?:inside|in)|me\s+in"
    r"(?:side)?)\b"
)
_NO_ONE_TO_CALL = (
    _PHONE_FLAT + r"|\b(?:no\s+one|nobody|no\s+body)\s+(?:is\s+)?(?:answering|picking\s+up|"
    r"coming|here)\b|\b(?:can\s+not|could\s+not)\s+get\s+out\b"
)

# Pills or tablets got from work's cupboard with "tonight I'm done": the writer's own means.
_PILLS_GOT = (
    r"\b(?:got|have|taken|took|stole|stolen|nicked|kept|saved)\s+(?:the\s+|some\s+|all\s+the\s+)?"
    r"(?:pills|tablets|meds|medication|morphine|oxycodone|insulin)\b"
)
_DONE_TONIGHT = (
    r"\btonight\s+i\s+am\s+(?:done|finishing\s+it|ending\s+it|going)\s*(?:[.!,]|$)|"
    r"\bi\s+am\s+done\s+tonight\s*(?:[.!,]|$)"
)
# Making sure of not waking up: the words of despair themselves; not waking up late or the baby.
_NOT_WAKE_UP = (
    r"\bmake\s+sure\s+i\s+(?:do\s+not|never|will\s+not)\s+wake\s+up\b"
    r"(?!\s+(?:late|early|at|in|before|after|the|my|him|her|them|everyone|anyone|till|until))"
)

# Someone hurting another person in front of the writer: kicking a man on the floor, a
# passenger punching a woman.
_ATTACKING = (
    r"(?:kicking|stamping\s+on|stomping\s+on|beating|punching|battering|hitting|jumping\s+on|"
    r"strangling|choking|stabbing|attacking)"
)
_ON_THE_FLOOR = (
    r"\b" + _ATTACKING + r"\s+(?:a|an|this|some|the|one)\s+(?:\w+\s+)?(?:man|woman|guy|lad|boy|"
    r"girl|bloke|person|someone|kid|lady|fella)\s+(?:on|who\s+is\s+on)\s+the\s+(?:floor|ground|"
    r"pavement|road|deck)\b"
)
_ONE_ATTACKING_ANOTHER = (
    r"\b(?:a|the|some|this|one)\s+(?:\w+\s+)?(?:passenger|customer|man|guy|lad|bloke|punter|"
    r"client|drunk|patient|resident)\s+(?:is|keeps)\s+" + _ATTACKING + r"\s+(?:a|an|the|this|"
    r"his|her|my|another)\s+(?:\w+\s+)?(?:woman|man|girl|boy|lady|child|kid|passenger|"
    r"colleague|driver|person|nurse|carer|guard)\b"
)

# Someone trapped under a machine or a load, not answering: "trapped under it".
_TRAPPED_UNDER = (
    r"\b(?:he|she|they|my\s+\w+|someone|a\s+\w+|the\s+\w+)\s+(?:is|are|is\s+still|are\s+still|"
    r"got|has\s+been|have\s+been)\s+(?:trapped|pinned|stuck|crushed)\s+under(?:neath)?\b"
)
_NOT_RESPONDING = (
    r"\bnot\s+(?:answering|responding|moving|breathing|talking|waking)\b|\bunconscious\b|"
    r"\b(?:barely|hardly)\s+breathing\b"
)

# Grabbed or cornered by a boss or a man at work, with a threat for tonight: "he will finish
# what he started", "or else"; not grabbing the writer a coffee.
_GRABS_ME = (
    r"\b(?:he|supervisor|boss|manager|owner|gaffer|foreman|landlord|chef|guard)\s+(?:\w+\s+)"
    r"{0,3}?(?:grabbing|grabbed|grabs|touching|touched|cornered|corners|cornering|groping|groped|"
    r"gropes|pinned|pinning)\s+me\b"
    r"(?!\s+(?:a|an|some|the|one|two|coffee|tea|lunch|food|drinks?|sandwich)\b)"
)
_TONIGHT_OR_ELSE = (
    r"\btonight\b.*\b(?:finish\s+what\s+(?:he|she|they)\s+started|or\s+else)\b|"
    r"\b(?:finish\s+what\s+(?:he|she|they)\s+started|or\s+else)\b.*\btonight\b"
)

# Robbers or a man back at the shop blocking the door, saying they will "do" the writer.
_BLOCKING = (
    r"\b(?:they|he|she|them|men|lads|guys)\s+(?:are|is)\s+(?:blocking|standing\s+in|stood\s+in)"
    r"\s+the\s+(?:door|doorway|exit|way\s+out|shutter)\b|\b(?:robbed|mugged|attacked|"
    r"stabbed|jumped)\s+(?:us|me)\b"
)
_WILL_DO_ME = (
    r"\b(?:said|says|saying|told\s+me)\s+(?:that\s+)?(?:they|he|she)\s+(?:are|is|were|was)\s+"
    r"going\s+to\s+(?:do|hurt|stab|kill|batter|shank|rob|finish|merk|wet)\s+me\b"
    r"(?!\s+(?:a|an|some|the|one)\b)"
)

# A resident or a client found on the floor cold or barely breathing, or unfed for days and
# grey with no doctor called.
_FOUND_ON_THE_FLOOR = (
    r"\bfound\s+(?:him|her|them|mr\s+\w+|mrs\s+\w+|ms\s+\w+|the\s+\w+)\s+(?:\w+\s+){0,3}?"
    r"(?:on\s+the\s+floor|collapsed|slumped|unconscious)\b"
)
_COLD_AND_BARELY = (
    r"\b(?:barely|hardly|not|only\s+just)\s+breathing\b|\bnot\s+(?:responding|waking)\b"
)
_UNFED_FOR_DAYS = (
    r"\b(?:has|have)\s+not\s+(?:eaten|drunk|had\s+(?:any\s+)?(?:food|drink|anything))\s+"
    r"(?:or\s+(?:eaten|drunk)\s+)?(?:anything\s+)?(?:for|in)\s+(?:\d+|two|three|four|five|six|"
    r"several|a\s+few)\s+days\b"
)
_NO_DOCTOR_OR_GREY = (
    r"\b(?:nobody|nobodys|no\s+one|no\s+body)\s+(?:has\s+)?(?:called|rung|phoned|got)\s+(?:the\s+"
    r"|a\s+)?(?:doctor|gp|ambulance|nurse|111|999)\b|\b(?:gone|going|turned|looks?|is)\s+"
    r"(?:grey|gray|blue|yellow)\b|\bnot\s+(?:waking|responding)\b"
)

# A partner or relative coming to kill someone at work, with her hiding or him calling.
_COMING_TO_KILL = (
    r"\b(?:her|his|my|their)\s+(?:husband|wife|ex|partner|boyfriend|girlfriend|brother|father|"
    r"dad|cousin|uncle)\s+(?:is|was)\s+coming\s+(?:\w+\s+){0,6}?to\s+(?:kill|hurt|stab|shoot|"
    r"attack|beat|burn)\s+(?:her|him|me|us|them)\b"
)
_HIDING_OR_CALLING = (
    r"\b(?:hiding|hid|scared|terrified|frightened|calling|ringing|police|injunction|"
    r"restraining|knife|locked)\b"
)

# A fall through a roof or a skylight with a head or breathing sign now.
_FELL_THROUGH = (
    r"\b(?:fell|fallen|falling|went)\s+(?:through|off|from)\s+(?:the|a)\s+(?:\w+\s+)?"
    r"(?:skylight|roof|scaffold\w*|ladder|mezzanine|balcony|loading\s+bay|cherry\s+picker)\b"
)
_HEAD_OR_BREATHING = (
    r"\bblood\s+(?:from|coming\s+(?:out\s+of|from)|out\s+of)\s+(?:his|her|their)\s+(?:ears?|"
    r"nose|mouth)\b|\b(?:he|she|they)\s+(?:is|are)\s+breathing\s+(?:weird|funny|strange|odd|"
    r"noisy|badly|wrong)\b|\bnot\s+(?:moving|answering|responding|breathing)\b"
)

# Someone saying he will blow a bus or a place up, with a bag or a device.
_BLOW_IT_UP = (
    r"\b(?:saying|says|said|threatening|shouting)\s+(?:that\s+)?(?:he|she|they)\s+(?:is|are|"
    r"will|is\s+going\s+to|are\s+going\s+to)\s+(?:going\s+to\s+)?blow\s+(?:it|us|this\s+\w+|the"
    r"\s+\w+|everyone)\s+up\b"
)
_A_DEVICE = (
    r"\b(?:bag|rucksack|backpack|device|bomb|wires|vest|passengers|pulled\s+over|evacuat\w*)\b"
)

# Petrol poured and a lighter held or a threat to light it.
_PETROL_POURED = (
    r"\b(?:poured|pouring|thrown|threw|splashed|splashing|doused|dousing)\s+(?:\w+\s+)?"
    r"(?:petrol|fuel|diesel|lighter\s+fluid|paraffin)\b"
)
_TO_LIGHT_IT = (
    r"\b(?:holding|has|got|flicking|waving)\s+(?:a|the|his|her)\s+(?:lighter|match|matches|"
    r"zippo)\b|\b(?:says|said|saying|threatening|threatens)\s+(?:that\s+)?(?:(?:he|she|they)\s+"
    r"(?:will|is\s+going\s+to|are\s+going\s+to)|hell|shell|theyll)\s+(?:light|set\s+fire\s+to|"
    r"torch|burn)\b"
)

# A boss or a man who kicked or beat a worker now coughing blood, or told no hospital.
_BEAT_A_WORKER = (
    r"\b(?:boss|manager|gaffer|supervisor|owner|foreman|he|they)\s+(?:\w+\s+){0,2}?(?:kicked|"
    r"punched|beat|battered|hit|stamped\s+on|whipped)\s+(?:the\s+|a\s+|my\s+|our\s+)?(?:\w+\s+)?"
    r"(?:boy|lad|man|girl|woman|worker|colleague|him|her|kid)\b"
)
_BLOOD_OR_NO_HOSPITAL = (
    r"\b(?:coughing|spitting|vomiting|throwing|peeing|weeing|pissing)\s+(?:up\s+)?blood\b|"
    r"\bno\s+(?:hospital|doctor|ambulance|a\s+and\s+e)\b"
)

# Cuts still bleeding on a pupil or a young person who says she will do worse.
_CUTS_BLEEDING = (
    r"\bcuts?\s+(?:on|all\s+over|up|down)\s+(?:her|his|their)\s+(?:arms?|legs?|wrists?|thighs?|"
    r"stomach)\s+(?:\w+\s+)?(?:still\s+)?bleeding\b"
)
_WILL_DO_WORSE = (
    r"\b(?:she|he|they)\s+(?:says|said)\s+(?:that\s+)?(?:she|he|they)\s+(?:will|is\s+going\s+to|"
    r"are\s+going\s+to|wants\s+to)\s+do\s+(?:it\s+)?(?:worse|more|deeper|it\s+again)\b"
    r"(?=\s+(?:when|tonight|later|at\s+home|after|once)|\s*[.!,]|\s*$)"
)

WORK_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a weapon beside hiding, the till demanded or not let leave; not a knife sharpener demo
    "a weapon out at work, hiding or kept": (
        _NOT_TRAINING + every_one_of(_ARMED, rf"{_HIDING}|{_DEMAND}|{_NOT_LET_LEAVE}"),
    ),
    # something sharp or a gun put to the writer's neck; not a barber's blade
    "a weapon put to the writer's body": (_TO_MY_BODY,),
    # locked in a building with the phone dying or nobody answering; not let out by security
    "locked in at work with no one to call": (
        _NOT_TRAINING + every_one_of(_LOCKED_IN_WITH_ME, _NO_ONE_TO_CALL),
    ),
    # pills got from work with "tonight I'm done"; not done at ten after the round
    "pills got and done tonight": ("^" + every_one_of(_PILLS_GOT, _DONE_TONIGHT),),
    # making sure of not waking up; not making sure of not waking up late
    "making sure of not waking up": (_NOT_A_JOKE + r".*" + _NOT_WAKE_UP,),
    # someone kicked on the floor or a passenger punching a woman now; not a film's fight
    "an attack in front of the writer at work": (
        _NOT_TRAINING + r".*(?:" + _ON_THE_FLOOR + "|" + _ONE_ATTACKING_ANOTHER + ")",
    ),
    # trapped under a machine and not answering; not a forklift course's scenario
    "trapped under a machine at work": (
        _NOT_TRAINING + every_one_of(_TRAPPED_UNDER, _NOT_RESPONDING),
    ),
    # grabbed or cornered by a boss with a threat for tonight; not grabbing a coffee
    "grabbed with a threat for tonight": ("^" + every_one_of(_GRABS_ME, _TONIGHT_OR_ELSE),),
    # robbers back blocking the door saying they will do the writer; not doing a favour
    "robbers back at work with a threat": ("^" + every_one_of(_BLOCKING, _WILL_DO_ME),),
    # found on the floor and barely breathing; not found doing exercises
    "found on the floor barely breathing": (
        _NOT_TRAINING + every_one_of(_FOUND_ON_THE_FLOOR, _COLD_AND_BARELY),
    ),
    # unfed for days and grey or no doctor called; not fasting for an operation
    "unfed for days with no doctor": (
        _NOT_TRAINING + every_one_of(_UNFED_FOR_DAYS, _NO_DOCTOR_OR_GREY),
    ),
    # a partner coming to kill someone at work with her hiding; not a joke about a birthday
    "a partner coming to kill someone at work": (
        _NOT_A_JOKE + every_one_of(_COMING_TO_KILL, _HIDING_OR_CALLING),
    ),
    # a fall through a skylight with blood from the ear; not a training video's fall
    "a fall through a roof with a head sign": (
        _NOT_TRAINING + every_one_of(_FELL_THROUGH, _HEAD_OR_BREATHING),
    ),
    # someone saying he will blow the bus up with a bag; not a photo blown up
    "a bomb threat with a bag": (_NOT_TRAINING + every_one_of(_BLOW_IT_UP, _A_DEVICE),),
    # petrol poured with a lighter held; not petrol spilled and cleaned up
    "petrol poured with a lighter": (_NOT_TRAINING + every_one_of(_PETROL_POURED, _TO_LIGHT_IT),),
    # a boss who kicked a worker coughing blood; not a kick at work football
    "a worker beaten by the boss": ("^" + every_one_of(_BEAT_A_WORKER, _BLOOD_OR_NO_HOSPITAL),),
    # cuts still bleeding and worse to come; not a graze from the playground
    "cuts bleeding and worse to come": ("^" + every_one_of(_CUTS_BLEEDING, _WILL_DO_WORSE),),
}
