"""The English phrase net: the writer's own plan to die, told stoically through the means or the
place.

Someone who has decided often names no wish to die at all, only the means got ready or the place
gone to: the hose and the garage "ready for sunday", the hose that "fits the exhaust, i checked",
sat in the car in the garage, engine running, door shut or all lost; a river, a bridge or a
platform gone to night after night "working up to it" or "letting the trains go past, trying to
decide", the river "calling me", walking into the reservoir tonight, a multi-storey gone up where
"next time I won't come down"; telling the family they are at the assembly while going to the
railway instead; sat with a loaded gun thinking the family would be better off; a beam in the
garage looked at again and again; practising with a belt at night; a knife sharpened "not for
cooking"; extra heart pills taken on purpose; tablets kept and not taken, or enough morphine
saved; "took the lot" an hour ago, or everything in the cupboard with "I wanted someone to know";
at the bridge again and "this time I'm doing it"; going to jump when home on the worst day. Each
means and place also has its everyday life (a hosepipe for the garden, a walk by the river, trains
watched for a hobby, clay shooting, a beam in a loft conversion, Sunday lunch carved, a belt for
trousers, a dosette box, a car warmed up on a frosty morning), so each reading needs the writer's
own means or place with what makes it a plan, and the everyday use read past it. Text has been
through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_framed import _NOT_A_SWIM
from bot.gateway.safeguarding_veiled import _MEDS, _SEDATIVES
from bot.gateway.safeguarding_words import every_one_of

# A hose run from a car's exhaust: fitted to it, taped on, through the window.
_HOSE = r"\bhose(?:\s*pipe)?s?\b"
_HOSE_TO_THE_EXHAUST = (
    r"\bhose(?:\s*pipe)?\s+(?:\w+\s+)?(?:fits|fitted|fit|on|onto|taped\s+to|attached\s+to|into|"
    r"through|from|goes\s+on|reaches)\s+(?:the\s+|my\s+)?(?:car\s+|cars\s+)?exhaust\b|"
    r"\bexhaust\s+(?:and|with)\s+(?:the|a)\s+hose\b|\bhose(?:\s*pipe)?\s+(?:\w+\s+){0,4}?"
    r"(?:through|in)\s+(?:the|my)\s+(?:car\s+)?window\b"
)
# The hose and the car or the garage, got ready.
_IN_THE_GARAGE = r"\b(?:garage|exhaust|cars?|engine)\b"
_GOT_READY = (
    r"\b(?:ready|sorted|set\s+up|rigged(?:\s+up)?|in\s+place|all\s+set|fits|checked|measured)\b"
)
# A hose for water or a car at the mechanic's: washing, the garden, a leak, the workshop.
_A_HOSE_FOR_EVERYDAY = (
    r"^(?!.*\b(?:wash\w*|clean\w*|garden\w*|allotment|plants?|lawn|water\w*|pool|jet|pressure|"
    r"leak\w*|drain\w*|flood\w*|vacuum|hoover|tumble|dryer|radiator|tap|ban|fundraiser|"
    r"mechanic|mot|servic\w*|repair\w*|workshop|extraction|fire\s+(?:drill|brigade|station)|"
    r"firefighters?|hose\s+down)\b)"
)

# Sat in the car in a shut garage with the engine running; not warming it up on a frosty morning
# nor waiting on a mechanic.
_IN_THE_CAR = r"\b(?:sat|sitting|sit|been\s+sitting|lying|lay)\s+in\s+(?:the|my)\s+(?:car|van)\b"
_GARAGE = r"\bgarage\b"
_ENGINE_RUNNING = (
    r"\bengine\s+(?:running|on|going|ticking\s+over)\b|\b(?:left|leave|leaving|with|kept|keep)\s+"
    r"the\s+engine\s+(?:on|running)\b"
)
_DOOR_SHUT = (
    r"\bdoors?\s+(?:shut|closed|down|pulled\s+down|locked)\b|\b(?:shut|closed|pulled\s+down|"
    r"locked)\s+the\s+(?:garage\s+)?doors?\b"
)
# What sends someone to sit there: everything lost, a secret from the family, a debt.
_LOST_IT_ALL = (
    r"\blost\s+(?:all|everything|(?:all\s+)?the\s+(?:\w+\s+)?(?:money|savings)|the\s+lot)\b|"
    r"\b(?:my|the)\s+(?:wife|husband|partner|family|missus|kids)\s+(?:does|do)\s+not\s+know\b|"
    r"\b(?:debts?|betting|gambl\w*|bookies|casino|can\s+not\s+face\s+(?:her|him|them|it)|"
    r"had\s+enough|better\s+off\s+without\s+me)\b"
)
# The car left running in the garage, said beside a goodbye or being no use to anyone.
_CAR_RUNNING_IN_THE_GARAGE = (
    r"\b(?:cars?|vans?|engine)\s+(?:is\s+)?(?:running|on|going)\s+in\s+the\s+garage\b"
)
_A_GOODBYE_OR_NO_USE = (
    r"\bnot\s+enough\s+for\s+(?:anyone|anybody|any\s+of\s+you)\b|\b(?:goodbye|love\s+you\s+all|"
    r"better\s+off\s+without\s+me)\b|\bsorry\W*$"
)
_WARMING_UP = (
    r"^(?!.*\b(?:open|frost\w*|defrost\w*|ice|icy|warm\w*|heater|mechanic|mot|servic\w*|tyres?|"
    r"battery|jump\s+start\w*|charg\w*)\b)"
)

# A place to drown or fall from, gone to by the writer.
_A_PLACE_OF_DYING = (
    r"\b(?:on|at|by|to|up\s+to|up\s+on|over|along|near|beside)\s+(?:the|a|that)\s+"
    r"(?:(?:top|edge|end)\s+of\s+(?:the|a|that)\s+)?(?:\w+\s+){0,2}?(?:bridge|reservoir|"
    r"river|canal|cliffs?|cliff\s+top|viaduct|quarry|railway|tracks|platform|multi\W*storey|"
    r"lake|weir|pier|edge)\b(?!\s+(?:road|rd|street|st|lane|club|station|dogs|path|cafe|pub)\b)"
)
# Again and again: every night, most mornings, a few times, for weeks.
_AGAIN_AND_AGAIN = (
    r"\b(?:every|each|most)\s+(?:night|nights|morning|mornings|evening|evenings|day|days)\b|"
    r"\bnight\s+after\s+night\b|\b(?:a\s+few|several|loads\s+of|so\s+many|a\s+couple\s+of)\s+"
    r"times\b|\bfor\s+(?:weeks|days|months)\b"
)
# Weighing it up: working up to it, trying to decide, letting the trains go past.
_WORKING_UP_TO_IT = (
    r"\b(?:working|building|gearing|psyching)\s+(?:myself\s+)?up\s+to\s+it\b|\btrying\s+to\s+"
    r"decide\b|\b(?:thinking|thought)\s+about\s+it\s*(?:[.!,]|$)|\bgetting\s+(?:up\s+)?"
    r"(?:the\s+)?"
    r"(?:nerve|courage|guts)\b|\bletting\s+(?:the\s+)?(?:trains?|tubes?)\s+go\s+(?:past|by)\b"
)
# A pastime there, or a commute: a run, a swim, fishing, photographs, trains watched or packed.
_A_PASTIME_THERE = (
    r"^(?!.*\b(?:run|runs|running|jog\w*|training|marathon|\d+k|swim\w*|fish\w*|photo\w*|"
    r"paint\w*|sketch\w*|bird\w*|herons?|ducks|dog|kayak\w*|canoe\w*|rowing|paddl\w*|spott\w*|"
    r"numbers|volunteer\w*|litter|patrols?|commut\w*|packed|rammed|crowded|full|delays?|late|"
    r"seat|holiday|project|essay|business|offer|job|proposal)\b)"
)
# The water or the drop "calling me"; not a holiday or a boat.
_CALLING_ME = (
    r"\bthe\s+(?:rivers?|reservoir|sea|water|canal|lake|tracks|railway|bridge|cliffs?|edge|"
    r"drop)(?:\s+(?:is|has|have|are))?\s+(?:been\s+)?(?:calling|pulling)\s+(?:out\s+)?(?:to\s+|"
    r"at\s+)?me\b"
)
_A_TRIP_ON_THE_WATER = (
    r"^(?!.*\b(?:holiday|trip|sail\w*|boat\w*|rod|cottage|camp\w*|beach|surf\w*|kayak\w*|"
    r"canoe\w*|fish\w*|swim\w*|paddl\w*|walk\w*|hike|hiking|cruise|ferry)\b)"
)
# Walking into the water, told as what the writer will do.
_INTO_THE_WATER = (
    r"\b(?:going\s+to|i\s+will|i\s+am\s+about\s+to|about\s+to|planning\s+to|i\s+am\s+going\s+to)"
    r"\s+(?:just\s+)?(?:walk|wade|step)\s+(?:into|in\s+to|out\s+into)\s+(?:the|a)\s+"
    r"(?:\w+\s+){0,3}?(?:reservoir|river|sea|canal|lake|water|thames|quarry|waves)\b"
    r"(?!\s+(?:\w+\s+)?(?:cafe|pub|centre|center|festival|district|path|room|house|club|gallery|"
    r"view|restaurant|bar|hotel|shop|side|walk|trail|office|museum|park)\b)"
)

# A high place, and not coming down from it next time; not the lift taken instead.
_A_HEIGHT = (
    r"\b(?:multi\W*storey|car\s*park|roof|rooftop|top\s+floor|top\s+level|bridge|cliffs?|tower|"
    r"balcony|ledge|viaduct)\b"
)
_NOT_COMING_DOWN = (
    r"\b(?:next\s+time|this\s+time|one\s+of\s+these\s+(?:days|nights)|tonight|tomorrow)\s*,?\s*"
    r"i\s+(?:will\s+not|am\s+not\s+going\s+to|am\s+not)\s+(?:be\s+)?(?:come|coming|walk\w*|"
    r"climb\w*)\s+(?:back\s+)?down\b(?!.{0,40}\b(?:lift|escalator|ramp|quicker|faster|knees?|"
    r"hips?|till|until|before)\b)"
)
_A_NIGHT_UP_THERE = r"^(?!.*\b(?:party|bar|drinks|view|fireworks|sunset|stars|gig)\b)"

# A cover story told at home, and a drowning place or the tracks gone to instead.
_COVER_STORY = (
    r"\b(?:told|telling|tell|said\s+to)\s+(?:\w+\s+){1,3}?(?:i\s+am|i\s+will\s+be|i\s+was)\s+"
    r"(?:at|going\s+to|in)\b"
)
_GOING_THERE_INSTEAD = (
    r"\bbut\s+(?:really\s+)?i\s+(?:am|will\s+be|will)\s+(?:really\s+)?(?:going|heading|off)\s+"
    r"(?:down\s+|up\s+)?to\s+(?:the|a)\s+(?:\w+\s+)?(?:railway(?:\s+line)?|tracks|line|bridge|"
    r"reservoir|river|canal|cliffs?|viaduct|multi\W*storey)(?:\s+(?:instead|really))?\s*"
    r"(?:[.!,]|$)"
)

# A gun held loaded by the writer, sat alone, with the family better off.
_A_GUN = r"\b(?:shot\s*guns?|guns?|rifles?|pistols?|revolvers?|(?:twelve|12)\s+bore)\b"
_SAT_WITH_IT_LOADED = (
    r"\b(?:sitting|sat|sit|been\s+sitting)\s+(?:\w+\s+){0,6}?with\s+(?:it|the\s+\w+|my\s+\w+)\s+"
    r"loaded\b|\bloaded\s+(?:it|the\s+\w+|my\s+\w+)\s+and\s+(?:sat|sit|sitting)\b|"
    r"\b(?:sitting|sat|sit)\s+(?:\w+\s+){0,6}?with\s+(?:a|the|my)\s+loaded\s+\w+"
)
_BETTER_OFF = (
    r"\bbetter\s+off\s+(?:without\s+me|with\s+(?:the|my)\s+(?:life\s+)?insurance|if\s+i\s+"
    r"(?:was|were)\s+(?:gone|dead|not\s+here)|with\s+me\s+gone)\b|\b(?:end|ending)\s+it\b|"
    r"\b(?:thinking|thought)\s+about\s+it\b|\bpull\s+the\s+trigger\b|\b(?:to|against|under)\s+my"
    r"\s+(?:head|chin|chest)\b|\bin\s+my\s+mouth\b"
)

# A beam, rafter or banister looked at again and again, or weighed for the writer's weight;
# not building work, a swing or a punch bag.
_A_BEAM = r"(?:beams?|rafters?|banisters?|loft\s+hatch|joists?)"
_BEAM_LOOKED_AT = (
    r"\b(?:keep|kept|keeps|been|can\s+not\s+stop|i)\s+(?:\w+\s+)?(?:looking|staring|glancing|"
    r"eyeing|looked|stared)\s+(?:up\s+)?at\s+(?:the|that|a)\s+(?:\w+\s+)?" + _A_BEAM + r"\b|"
    r"\b(?:whether|if)\s+(?:the|that|a)\s+(?:\w+\s+)?" + _A_BEAM + r"(?:\s+(?:in|on|over|across)"
    r"\s+(?:the|my)\s+\w+)?\s+(?:would|will|could|can)\s+(?:take|hold|bear)\s+my\s+weight\b"
)
_BUILDING_WORK = (
    r"^(?!.*\b(?:conversion|builders?|surveyor|structural|sag\w*|crack\w*|rot|woodworm|oak|"
    r"paint\w*|sand\w*|shelv\w*|prop\w*|extension|renovat\w*|swing|hammock|punch\w*|pull\s*ups?|"
    r"gym|rings|decorat\w*|lights?|fairy|bunting|baskets?|plaster\w*|architect|quote)\b)"
)

# A ligature practised with or tried round the neck; not a grading, a belt sander or trousers.
_LIGATURE_PRACTISED = (
    r"\b(?:i\s+(?:have\s+been|am|was|have)|been|i\s+keep|keep)\s+practi[sc](?:ing|ed|e)\s+"
    r"(?:with\s+)?(?:the|a|my)\s+(?:\w+\s+)?(?:belt|rope|cord|cable|noose|ligature)\b|"
    r"\b(?:tried|trying|try|tested|testing)\s+(?:the|a|my)\s+(?:belt|rope|cord|cable|noose|"
    r"ligature)\s+(?:round|around|on)\s+my\s+neck\b"
)
_A_BELT_FOR_EVERYDAY = (
    r"^(?!.*\b(?:karate|judo|taekwondo|jiu|bjj|martial|grading|sander|trousers|jeans|buckle|"
    r"notch|seat\s*belt|conveyor|knots?|climb\w*|abseil\w*|sail\w*|boat|scouts|skipping|tug|"
    r"lasso|yoga|stretch\w*|resistance|physio\w*|dance|gym|lifting|weights?|boxing|wrestling|"
    r"magic|trick|tie|scarf|necklace)\b)"
)

# A blade sharpened, said to be not for the kitchen; not whittling, camping or the garden.
_BLADE_SHARPENED = (
    r"\b(?:sharpen\w*|honed|whetted)\s+(?:the|a|my|that)\s+(?:\w+\s+)?(?:knife|knives|blade|"
    r"razor|machete)\b"
)
_NOT_FOR_THE_KITCHEN = (
    r"\bnot\s+for\s+(?:the\s+)?(?:cooking|kitchen|dinner|tea|food|meat|veg|roast|carving|lunch)\b"
)
_A_BLADE_FOR_A_CRAFT = (
    r"^(?!.*\b(?:whittl\w*|wood\w*|camping|fishing|hunting|crafts?|scouts|garden\w*|pruning|"
    r"leather|shaving|sculpt\w*|chisel)\b)"
)

# More of the writer's tablets taken, on purpose or to stop the heart; not a dose the doctor
# raised nor one taken by mistake.
_MORE_TAKEN = (
    r"\b(?:(?:taking|took|taken|having)\s+(?:extra|more|double|too\s+many|twice\s+as\s+many)"
    r"\s+(?:of\s+)?|doubl(?:ing|ed)\s+up\s+on\s+)(?:my|the|her|his)?\s*(?:\w+\s+)?" + _MEDS
)
_ON_PURPOSE = (
    r"\b(?:on\s+purpose|deliberately|to\s+see\s+if\s+(?:it|my\s+heart|i)\s+(?:will\s+)?"
    r"(?:just\s+)?(?:stop|stops|do\s+not\s+wake|never\s+wake)|so\s+i\s+(?:do\s+not|will\s+not|"
    r"never)\s+wake)\b"
)
_BY_MISTAKE_OR_TOLD = (
    r"^(?!.*\b(?:not\s+on\s+purpose|by\s+(?:mistake|accident)|accidentally|(?:gp|doctor|nurse|"
    r"consultant|pharmacist|cardiologist)\s+(?:said|told|says|advised|upped|raised)|as\s+"
    r"(?:prescribed|advised|told))\b)"
)

# Tablets kept and not taken, or enough of someone's morphine saved; not a dosette box, a
# holiday's supply or a prescription between repeats.
_KEPT_NOT_TAKEN = (
    r"\b(?:keeping|kept|saving|saved|hoarding|hoarded|stockpiling|stockpiled|storing|stored|"
    r"putting\s+by|hiding)\s+(?:them|it|(?:all\s+)?(?:my|the|her|his)\s+" + _MEDS + r")\s*,?\s+"
    r"(?:and\s+)?(?:not|instead\s+of|rather\s+than)\s+(?:taking|swallowing)\s+(?:them|it)\b|"
    r"\b(?:not|stopped)\s+taking\s+(?:them|my\s+\w+)\s*,?\s+(?:just\s+)?(?:keeping|saving|"
    r"hoarding|stockpiling|storing)\s+(?:them|it)\b"
)
_SAVED_ENOUGH = (
    r"\b(?:saved|saving|stockpiled|stockpiling|kept\s+back|put\s+by|hoarded|built\s+up)\s+"
    r"(?:up\s+)?enough\s+(?:of\s+)?(?:my|her|his|the|their|\w+s)?\s*(?:" + _SEDATIVES + "|"
    r"insulin|" + _MEDS + r")"
)
_A_SUPPLY_FOR_EVERYDAY = (
    r"^(?!.*\b(?:dosette|blister|pill\s+(?:box|organi[sz]er)|holiday|trip|travel\w*|flights?|"
    r"abroad|pharmacy|chemist|until|till|prescription|repeat|return\w*|dispos\w*|hand\w*\s+in|"
    r"take\s+(?:them\s+)?back)\b)"
)

# "Took the lot", said as a sentence of its own, with how long ago; not cakes, a charity shop or
# the tip.
_TOOK_THE_LOT = (
    r"(?:^|[.!?]\s*)(?:i\s+(?:have\s+)?)?(?:just\s+)?(?:took|taken|swallowed)\s+(?:the\s+lot|"
    r"them\s+all|all\s+of\s+them|the\s+whole\s+(?:lot|box|packet|bottle))\s*(?:(?:about|around|"
    r"like|maybe|nearly|over)\s+)?(?:(?:an?|half\s+an|one|two|three|\d+|ten|twenty|thirty|forty)"
    r"\s+(?:hours?|minutes?|mins?)\s+ago|just\s+now|earlier|tonight)?\s*(?:[.!]|$)"
)
_TAKEN_AWAY = (
    r"^(?!.*\b(?:tip|charity|shops?|sale|cakes?|biscuits?|custard|sweets|chocolates?|crisps|"
    r"sandwich\w*|food|buffet|pizza|bins?|recycl\w*|van|car\s+boot|dump|leftovers|raffle|chairs|"
    r"boxes|books|clothes|donat\w*|lol|haha\w*|photos?|pictures?|offer|deal|leaflets?|flyers?|"
    r"spares?|freebies|samples?)\b|😂|🤣)"
)
# Everything in the medicine cupboard taken, as a sentence of its own.
_TOOK_THE_CUPBOARD = (
    r"\b(?:took|taken|swallowed|had)\s+(?:everything|all|every\s+thing)\s+(?:that\s+was\s+)?"
    r"in\s+the\s+(?:medicine\s+|bathroom\s+)?(?:cupboard|cabinet|drawer|first\s+aid\s+box)"
    r"\s*(?:[.!,]|$)"
)
# Said as a confession or a goodbye: someone should know, it is no one's fault, sorry.
_WANTED_IT_KNOWN = (
    r"\b(?:wanted|want|needed)\s+(?:someone|somebody|some\s+one|you|anyone)\s+to\s+know\b|"
    r"\b(?:not|no\s*ones?)\s+(?:the\s+)?(?:\w+\s+)?fault\b|\bsorry\b|\bgoodbye\b|\bbye\b"
)
# At the place again, and this time doing it: not a walk or a photo gone back for.
_THIS_TIME_DOING_IT = (
    r"\bthis\s+time\s+(?:i\s+am|i\s+will|im|i\s+will\s+be)\s+(?:really\s+)?(?:doing|do|going\s+"
    r"through\s+with)\s+it\s*(?:[.!,]|$|sorry|now|tonight)"
)
# Going to jump when home or tonight, said bare, beside despair.
_GOING_TO_JUMP = (
    r"\b(?:going\s+to|gonna|will)\s+jump\s+(?:when|once|as\s+soon\s+as)\s+i\s+(?:get|am)\s+"
    r"(?:home|back|in|there)\b|\b(?:going\s+to|gonna|will)\s+jump\s+(?:tonight|later)\s*"
    r"(?:[.!,]|$)"
)
_DESPAIR = (
    r"\b(?:worst\s+day|had\s+enough|can\s+not\s+(?:do\s+this|go\s+on|take\s+(?:it|any\s+more))|"
    r"no\s+point|sorry|goodbye|done\s+with\s+(?:it|life|everything)|hate\s+my\s+life)\b"
)

MEANS_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a hose fitted to the exhaust, or the hose and the garage got ready; not a hosepipe for the
    # garden or the car wash
    "a hose to the exhaust": (
        _A_HOSE_FOR_EVERYDAY + every_one_of(_HOSE_TO_THE_EXHAUST),
        _A_HOSE_FOR_EVERYDAY + every_one_of(_HOSE, _IN_THE_GARAGE, _GOT_READY),
    ),
    # sat in the car in the garage, engine running, door shut or everything lost; not a car
    # warmed up on the drive
    "a car running in a shut garage": (
        _WARMING_UP + every_one_of(_IN_THE_CAR, _GARAGE, _ENGINE_RUNNING, _DOOR_SHUT),
        # or with everything lost, kept from the family, or a debt behind it
        _WARMING_UP + every_one_of(_IN_THE_CAR, _GARAGE, _ENGINE_RUNNING, _LOST_IT_ALL),
        # or the car left running in the garage, with a goodbye or being no use to anyone
        _WARMING_UP + every_one_of(_CAR_RUNNING_IN_THE_GARAGE, _A_GOODBYE_OR_NO_USE),
    ),
    # a river, a bridge or a platform gone to night after night, working up to it; not a run, a
    # walk or trains watched for a hobby
    "a drowning place or a drop gone to again and again": (
        _A_PASTIME_THERE + every_one_of(_A_PLACE_OF_DYING, _AGAIN_AND_AGAIN, _WORKING_UP_TO_IT),
    ),
    # the river or the tracks "calling me"; not the sea calling for a holiday
    "the water calling": (_A_TRIP_ON_THE_WATER + every_one_of(_CALLING_ME),),
    # "going to walk into the reservoir"; not a swim, nor walking into a riverside cafe
    "walking into the water": (_NOT_A_SWIM + every_one_of(_INTO_THE_WATER),),
    # up a multi-storey, and next time not coming down; not the lift taken next time
    "not coming down from a height": (
        _A_NIGHT_UP_THERE + every_one_of(_A_HEIGHT, _NOT_COMING_DOWN),
    ),
    # told at home they are at the assembly, and gone to the railway instead; not a museum
    "a cover story and the tracks instead": (
        "^" + every_one_of(_COVER_STORY, _GOING_THERE_INSTEAD),
    ),
    # sat with a gun loaded, the family better off; not cleaned for a clay shoot
    "sat with a loaded gun": ("^" + every_one_of(_A_GUN, _SAT_WITH_IT_LOADED, _BETTER_OFF),),
    # a beam looked at again and again or weighed for the writer's weight; not building work
    "a beam looked at": (_BUILDING_WORK + every_one_of(_BEAM_LOOKED_AT),),
    # a belt or rope practised with, or tried round the neck; not a grading or trousers
    "a ligature practised": (_A_BELT_FOR_EVERYDAY + every_one_of(_LIGATURE_PRACTISED),),
    # a knife sharpened "not for cooking"; not for Sunday lunch or whittling
    "a blade sharpened not for the kitchen": (
        _A_BLADE_FOR_A_CRAFT + every_one_of(_BLADE_SHARPENED, _NOT_FOR_THE_KITCHEN),
    ),
    # extra tablets taken on purpose, to see if the heart stops; not a dose the GP raised
    "extra tablets taken on purpose": (
        _BY_MISTAKE_OR_TOLD + every_one_of(_MORE_TAKEN, _ON_PURPOSE),
    ),
    # tablets kept and not taken, or enough morphine saved; not a dosette box or a holiday supply
    "tablets kept, not taken": (
        _A_SUPPLY_FOR_EVERYDAY + every_one_of(_KEPT_NOT_TAKEN),
        _A_SUPPLY_FOR_EVERYDAY + every_one_of(_SAVED_ENOUGH),
    ),
    # "took the lot" as a sentence of its own; not the cakes or a trip to the tip
    "took the lot": (_TAKEN_AWAY + every_one_of(_TOOK_THE_LOT),),
    # everything in the medicine cupboard taken, and someone told or no one blamed; not the
    # cupboard emptied for a move
    "took everything in the cupboard": (
        _TAKEN_AWAY + every_one_of(_TOOK_THE_CUPBOARD, _WANTED_IT_KNOWN),
    ),
    # at the bridge or the edge again, and "this time I'm doing it"; not a charity abseil
    "this time doing it": (
        _A_PASTIME_THERE + every_one_of(_A_PLACE_OF_DYING, _THIS_TIME_DOING_IT),
    ),
    # going to jump when home, beside despair; not jumping in the bath or on a call
    "going to jump": ("^" + every_one_of(_GOING_TO_JUMP, _DESPAIR),),
}
