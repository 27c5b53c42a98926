"""The English phrase net: harm already done that is still dangerous now or due again.

A harm told as what happened ("last night", "yesterday", "on Monday") is a risk now when the
message also says it is not over: the one who did it is home now or back again with a weapon
this time; the child goes back to the one who hit him tomorrow, or is wanted out again tonight by
the lads who make him carry packages; a threat made for a day is followed by "it's Friday"; a
beating that comes every weekend is followed by "it's Saturday tomorrow"; the people who jumped
the writer say they will be waiting on Saturday; the people the writer lives with take the wages
and beat a man who asked to leave; a punishment kept for when the guests have gone or they are
home ("when the guests leave he'll teach me a lesson"), not a recipe taught then; petrol poured at
the door with a threat to light it; someone
alone who fell yesterday not answering since the morning; someone old with no heating all week
not answering the door in the freeze; letters written and "after Sunday I'm done"; a stroke's
signs on waking from a nap. So each reading needs the harm AND a sign that it is still dangerous
or coming again, and leaves alone the same harm told as over (the sign is missing, or the harm is
told in the past and put right) and the same words in their everyday life (a repair dealt with
on Friday, a surprise party that jumped the writer, packages carried for the food bank, petrol
spilled filling the mower, a knife for the cooking class). Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_emergency import (
    _ALONE_OR_FRAIL,
    _NOT_DRINK,
    _OVER,
    _SPEECH,
    _UNTOUCHED_AT_THE_DOOR,
    KNOWN_TO_BE_AWAY,
)
from bot.gateway.safeguarding_farewell import _LETTERS_WRITTEN, _PAST_A_TIME, _SAID_BARE
from bot.gateway.safeguarding_unmet import _FREEZING_OUT, _NO_HEAT, NOT_AT_HOME
from bot.gateway.safeguarding_violence import _ATTACKED_ME
from bot.gateway.safeguarding_words import every_one_of

_A_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# Soon: tomorrow, tonight, later, this evening or weekend, a day named.
_SOON = (
    r"(?:tomorrow|tonight|later(?:\s+(?:today|on))?|this\s+(?:afternoon|evening|weekend)|"
    r"(?:on\s+|this\s+|next\s+)?" + _A_DAY + r")"
)
# The day a harm was set for or comes back on is here: "it's Friday", "it's Saturday
# tomorrow", "the weekend is tomorrow".
_THE_DAY_IS_HERE = (
    r"\b(?:it\s+is|today\s+is)\s+(?:" + _A_DAY + r"|the\s+weekend|payday)(?:\s+(?:today|"
    r"tomorrow|tonight|now))?\s*(?:[.!,]|$)|\b(?:" + _A_DAY + r"|the\s+weekend|payday)\s+is\s+"
    r"tomorrow\b"
)
# The one who did it here now: home, back, next door, outside.
_HERE_NOW = (
    r"\b(?:he|she|they)\s+(?:is|are)\s+(?:home|back|in|next\s+door|upstairs|downstairs|outside|"
    r"there)\s+(?:now|again|right\s+now)\b"
)

# A child hit by someone (a minder's boyfriend, a relative), and the child with them again soon.
_HIT_A_CHILD = (
    r"\b(?:slap\w*|hit|hits|hitting|punch\w*|kick\w*|smack\w*|beat|beats|beating|threw|throw\w*|"
    r"shov\w*)\s+(?:my|our|her|his|the)\s+(?:little\s+|youngest\s+|eldest\s+)?(?:\d+\s+years?\s+"
    r"old|son|daughter|kids?|child|children|baby|boy|girl|little\s+one|toddler|grandson|"
    r"granddaughter)\b"
)
_WITH_THEM_AGAIN_SOON = (
    r"\b(?:got|has|have|having|minds?|minding|watching|looking\s+after|babysit\w*|taking|takes|"
    r"with)\s+(?:them|him|her|the\s+(?:kids|children|baby)|my\s+\w+)\s+(?:again\s+)?"
    + _SOON
    + r"\b|\b(?:they|he|she)\s+(?:go|goes|are\s+going|is\s+going)\s+back\s+(?:there|to\s+"
    r"(?:her|his|their)\s+(?:house|place|flat))\s+" + _SOON + r"\b"
)
# A game, a sport or a pet: a ball kicked at the child, a toy thrown.
_A_GAME = r"^(?!.*\b(?:ball|football|game|play\w*|toys?|pillow\s+fight|tag|dog|cat|puppy)\b)"

# A child made to carry packages by older lads, and wanted out again tonight.
_MADE_TO_RUN = (
    r"\b(?:make|makes|made|making|get|gets|getting|send|sends|sending|use|uses|using|force\w*)\s+"
    r"(?:him|her|them|my\s+(?:son|daughter|boy|girl))\s+(?:to\s+)?(?:carry\w*|deliver\w*|drop\w*"
    r"|run\w*|hold\w*|mov\w*|sell\w*|stash\w*)\s+(?:\w+\s+)?(?:packages?|parcels?|bags?|packs?|"
    r"drugs|stuff|food|weed|things)\b"
)
_OUT_AGAIN = (
    r"\b(?:want|wants|wanted|need|needs|told|telling|calling|ringing|texting)\s+(?:him|her|them|"
    r"my\s+\w+)\s+(?:to\s+(?:go|be|come)\s+)?out\s+(?:again\s+)?" + _SOON + r"\b"
)
# Errands and jobs: a paper round, the scouts, the food bank.
_AN_ERRAND = (
    r"^(?!.*\b(?:paper\s+round|job|paid|shift|work\s+experience|scouts|cubs|brownies|charity|"
    r"food\s*bank|church|mosque|school\s+trip|volunteer\w*)\b)"
)

# A threat set for a day, and that day here: "a note saying I'd be dealt with on Friday. It's
# Friday."
_SET_FOR_A_DAY = (
    r"\b(?:id|i\s+(?:would|will|d)|i\s+am\s+going\s+to|you\s+(?:would|will|are\s+going\s+to)|"
    r"(?:he|she|they|we)\s+(?:would|will|are\s+going\s+to|is\s+going\s+to))\s+(?:be|get)\s+"
    r"(?:dealt\s+with|done\s+in|hurt|stabbed|shot|killed|taught\s+a\s+lesson|battered|beaten\s+"
    r"up|finished\s+off|sorted\s+out\s+properly)\b.{0,40}\b(?:on|by|this|next|come)\s+" + _A_DAY
)
# A council, a repair or a claim to be dealt with.
_A_CASE_HANDLED = (
    r"^(?!.*\b(?:council|repairs?|complaints?|claims?|appeals?|applications?|case\w*|tribunal|"
    r"appointment|caseworker|adviser|advisor|department|team)\b)"
)

# A beating that comes back every weekend or when he drinks, and the day is here.
_HE_HURTS_ME = (
    r"\b(?:my\s+(?:face|body|ribs)\s+(?:that\s+|which\s+)?pays\s+for\s+it|(?:he|she|they)\s+"
    r"(?:hits|beats|batters|punches|slaps|kicks|hurts|chokes|strangles|lays\s+into|takes\s+it\s+"
    r"out\s+on)\s+(?:me|us|mum|my\s+mum|the\s+kids)|i\s+(?:get|cop)\s+(?:hit|battered|beaten|a\s+"
    r"beating|a\s+slap|slapped|punched))\b"
)
_EVERY_TIME = (
    r"\bevery\s+(?:weekend|" + _A_DAY + r"|night|payday|time\s+(?:he|she)\s+(?:drinks|is\s+drunk|"
    r"gets\s+drunk))\b|\bwhen\s+(?:he|she)\s+(?:drinks|is\s+drunk|gets\s+drunk)\b"
)

# Attacked, and told they will be waiting: "they've said they'll be waiting outside the hall on
# Saturday"; not friends with a surprise.
_WILL_BE_WAITING = (
    r"\b(?:said|say|says|told\s+(?:me|us|him|her)|saying|warned\s+(?:me|us))\s+(?:that\s+)?"
    r"(?:they|he|she)\s+(?:will|would|are\s+going\s+to|is\s+going\s+to)\s+be\s+(?:waiting|back|"
    r"outside)\b"
)
_A_SURPRISE = r"^(?!.*\b(?:surprise|party|cake|birthday|prank|lol|haha\w*|lmao)\b)"

# Wages taken by the people the writer lives or works with, and a beating for wanting to leave
# or a kitchen floor shared with many.
_WAGES_TAKEN = (
    r"\b(?:people|man|men|woman|family|they|he|she|boss|gang|ones)\s+(?:(?:that|who)\s+)?(?:i\s+"
    r"(?:live|work|stay)\s+(?:with|for)\s+)?(?:take|takes|keep|keeps|are\s+taking|are\s+keeping|"
    r"is\s+taking|is\s+keeping)\s+(?:all\s+)?(?:of\s+)?(?:my|our)\s+(?:wages|pay|salary|"
    r"earnings)\b"
)
_PUNISHED_FOR_LEAVING = (
    r"\b(?:beat|beats|beaten|hit|hurt|hurts|attacked|threatened|threaten|threatens|burned|"
    r"locked\s+up)\s+(?:(?:a|the|one|another|any)\s+)?(?:\w+\s+)?(?:who|that)\s+(?:asked|asks|"
    r"tried|tries|wanted|wants|said)\s+(?:to\s+)?(?:leave|go\s+home|quit|run)\b|\bnot\s+"
    r"(?:allowed|let)\s+(?:to\s+)?(?:leave|go\s+out)\b"
)
_SLEEP_CROWDED = (
    r"\b(?:sleep|sleeping|sleeps)\s+(?:in|on)\s+(?:the|a)\s+(?:kitchen|floor|corridor|hallway|"
    r"garage|shed|van|cupboard)\s+with\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"lots\s+of|many)\s+(?:others|other\s+\w+|people|men|women)\b"
)

# Petrol poured at the writer's door, with a threat to light it or the one who did it home now.
_FUEL = r"(?:petrol|diesel|fuel|lighter\s+fluid|paraffin|accelerant|white\s+spirit)"
_FUEL_AT_THE_HOME = (
    r"\b(?:poured|pouring|pours|splashed|splashing|threw|thrown|chucked|squirted|sprayed|put|"
    r"left)\s+(?:some\s+)?" + _FUEL + r"\s+(?:by|at|on|through|over|round|around|outside|under|"
    r"in\s+front\s+of)\s+(?:my|our|the|her|his)\s+(?:front\s+|back\s+)?(?:door|doorstep|step|"
    r"letter\s*box|house|flat|car|stairs|hallway|porch|gate|window)\b"
)
_LIGHT_IT = (
    r"\b(?:lights?|light\s+it|set\s+(?:it\s+alight|fire|it\s+on\s+fire)|burn\w*|torch\w*|strike"
    r"\s+a\s+match)\b"
)

# Back again after last night, with a weapon this time; not a knife for the cooking class, nor
# a drama's villain.
_BACK_AGAIN = r"\b(?:he|she|they)\s+(?:is|are|has\s+come|have\s+come)\s+back\b|\bback\s+again\b"
_ARMED_THIS_TIME = (
    r"\b(?:(?:with|got|has|brought|carrying)\s+a\s+)?(?:knife|knives|blade|machete|gun|bat|"
    r"hammer|axe|crowbar|weapon)\s+this\s+time\b"
)
_A_KITCHEN_OR_A_STORY = (
    r"^(?!.*\b(?:chef|cook\w*|kitchen|recipe|chopping|sharpen\w*|fork|cake|skills|baseball|"
    r"cricket|rounders|golf|shop\w*|bought|drama|film|movie|series|episode|show|telly|tv|book|"
    r"novel|game)\b)"
)

# Someone alone who fell or came over funny, and silent since this morning.
_A_FALL = (
    r"\b(?:had\s+a\s+(?:fall|funny\s+turn|dizzy\s+spell|fit)|fell|fallen|collapsed|passed\s+"
    r"out|blacked\s+out)\b"
)
_SILENT_SINCE = (
    r"\b(?:has|have|had)\s+not\s+(?:answered|picked\s+up|replied|rung\s+back|called\s+back)"
    r"(?:\s+(?:the|her|his|my|any)\s+(?:phone|calls?|door|texts?|messages?))?\s+(?:since|all)\s+"
    r"(?:this\s+morning|last\s+night|yesterday|lunch\w*|breakfast|early|morning|day|\d+)\b"
)
# Out and about: the shops, bingo, the hairdresser, church.
_OUT_AND_ABOUT = (
    r"^(?!.*\b(?:shops?|shopping|bingo|hairdress\w*|church|mosque|club|day\s+centre|out\s+with|"
    r"battery|phone\s+(?:is\s+)?(?:dead|broken|lost)|(?:now|since)\s+(?:she|he)\s+(?:is|has)\s+"
    r"(?:fine|ok|okay|answered|rung))\b)"
)

# Someone old with no heating for days in the freeze, confused, and not answering the door now.
_HEATING_NOT_ON = (
    r"\b(?:has|have|had)\s+not\s+(?:had|put|turned|got)\s+(?:her|his|their|the)\s+heating\s+"
    r"on\b|" + _NO_HEAT
)
_NOT_ANSWERING_THE_DOOR = (
    r"\b(?:not|nobody\s+is|no\s+one\s+is)\s+answering\s+(?:the|her|his)\s+(?:door|phone)\b|\b"
    r"(?:does|did|will)\s+not\s+answer\s+(?:the|her|his)\s+(?:door|phone)\b|\bno\s+answer\s+at\s+"
    r"the\s+door\b"
)
_OLD_OR_ODD = (
    r"\b(?:old\s+(?:lady|man|woman|gentleman|fella|chap|boy|girl|dear)|elderly|frail|"
    r"pensioner|dementia|nan|gran|grandma|grandad|(?:saying|talking)\s+(?:odd|strange|weird)\s+"
    r"things|confused|muddled)\b"
)

# A goodbye told as an errand: letters written, and "after Sunday I'm done" or "the last thing I
# do"; not done with the assembly.
_DONE_AFTER_A_DAY = r"\b" + _PAST_A_TIME + r",?\s+i\s+am\s+(?:done|gone|finished)" + _SAID_BARE
_LAST_THING_I_DO = (
    r"\blast\s+thing\s+i\s+(?:ever\s+)?(?:do|will\s+do|will\s+ever\s+do)\b(?!\s+(?:before|at|on|"
    r"in|is|every|each|tonight|today)\b)"
)
_DONE_OR_THE_LAST_THING = _DONE_AFTER_A_DAY + "|" + _LAST_THING_I_DO
_LETTERS_FOR_SOMETHING = (
    r"^(?!.*\b(?:cover|application|job|cv|reference|christmas|thank\s+you|council|panel|mp|"
    r"complaints?|assembly)\b|.*\b(?:letters?|notes?)\s+(?:\w+\s+){0,2}(?:written|done)\s+"
    r"(?:for|to|about|on)\b)"
)

# A stroke's signs on waking: slurred speech and one side of the face dropping now.
_FACE_GOING = (
    r"\b(?:(?:left|right|one)\s+side\s+of\s+(?:my|his|her|their)\s+(?:face|mouth)|face|mouth|"
    r"smile)\s+(?:(?:feels?|looks?|seems?|is|has|keeps?)\s+)?(?:like\s+(?:it\s+is|its)\s+|a\s+"
    r"bit\s+|all\s+)?(?:dropping|drooping|sagging|sliding|droopy|gone\s+numb)\b"
)
_AFTER_SLEEP_OR_NOW = (
    r"\b(?:now|right\s+now|woke\s+up|after\s+(?:a|my|his|her)\s+(?:nap|sleep|lie\s+down)|"
    r"slept|napped|dozed\s+off|nodded\s+off|since\s+(?:i|he|she)\s+woke)\b"
)

# A threat kept for when the others have gone: "when the guests leave he'll teach me a lesson",
# "wait till we get home, you'll get it"; not a recipe taught once the guests leave.
_WHEN_THE_OTHERS_GO = (
    r"\b(?:when|once|after|as\s+soon\s+as|(?:wait|just\s+wait)\s+(?:un)?till?)\s+(?:the\s+|my\s+|"
    r"your\s+|our\s+|his\s+|her\s+)?(?:guests|visitors|family|relatives|in\s*laws|people|"
    r"everyone|everybody|they|kids|children|party|friends|your\s+mum|my\s+mum|we\s+get\s+home|"
    r"we\s+are\s+(?:home|alone|on\s+our\s+own)|i\s+get\s+you\s+home)\b(?:\s+(?:have|has|are|is)"
    r")?(?:\s+(?:leave|left|go|gone|goes|leaves|home|over|out))?"
)
_KEPT_FOR_LATER = (
    r"\b(?:he|she|they)\s*(?:ll|will|is\s+going\s+to|are\s+going\s+to)\s+(?:teach\s+(?:me|"
    r"her|him|us|you)\s+a\s+(?:proper\s+|real\s+)?lesson|sort\s+(?:me|her|him|you)\s+out|"
    r"deal\s+with\s+(?:me|her|him|you)|show\s+(?:me|her|you)\s+what\s+happens|make\s+(?:me|her|"
    r"him|you)\s+pay|(?:kill|hurt|batter|beat|smash)\s+(?:me|her|him|you|us))\b|"
    r"\b(?:i|you|she)\s*(?:ll|will)\s+(?:get\s+it|pay\s+for\s+(?:it|this|that)|be\s+sorry|"
    r"regret\s+it)\s*(?:$|[.!,;]|then\b|proper\b|properly\b)"
)

AGAIN_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a child hit by a minder's boyfriend who has the child again tomorrow; not a ball kicked
    "a child hit and with them again soon": (
        _A_GAME + every_one_of(_HIT_A_CHILD, _WITH_THEM_AGAIN_SOON),
    ),
    # a child made to carry packages and wanted out again tonight; not the food bank's parcels
    "a child run for others and wanted out again": (
        _AN_ERRAND + every_one_of(_MADE_TO_RUN, _OUT_AGAIN),
    ),
    # a threat set for a day, and the day here; not a repair to be dealt with on Friday
    "a threat set for a day that has come": (
        _A_CASE_HANDLED + every_one_of(_SET_FOR_A_DAY, _THE_DAY_IS_HERE),
    ),
    # a beating every weekend, and the weekend here; not the wallet that pays for it
    "a beating that comes back, due now": (
        "^" + every_one_of(_HE_HURTS_ME, _EVERY_TIME, _THE_DAY_IS_HERE),
    ),
    # a punishment kept for when the guests have gone or they are home; not a recipe taught
    "a threat kept for when the others go": (
        r"^(?!.*\b(?:lol|haha\w*|joking|jk|i\s+mean|meaning|present|presents|surprise|gift)\b)"
        + every_one_of(f"{_WHEN_THE_OTHERS_GO}[^.!?]{{0,20}}?(?:{_KEPT_FOR_LATER})"),
    ),
    # jumped and told they will be waiting; not friends waiting with a surprise
    "attacked and told they will be waiting": (
        _A_SURPRISE + every_one_of(_ATTACKED_ME, _WILL_BE_WAITING),
    ),
    # wages taken by those the writer lives with, beaten for leaving or a floor shared with many
    "wages taken and kept from leaving": (
        "^" + every_one_of(_WAGES_TAKEN, _PUNISHED_FOR_LEAVING + "|" + _SLEEP_CROWDED),
    ),
    # petrol poured at the door with a threat to light it or him home now; not petrol spilled
    "petrol poured at the home": (
        "^" + every_one_of(_FUEL_AT_THE_HOME, _LIGHT_IT + "|" + _HERE_NOW),
    ),
    # back again after last night with a knife this time; not a cooking class nor a drama
    "back again, armed this time": (
        _A_KITCHEN_OR_A_STORY + every_one_of(_BACK_AGAIN, _ARMED_THIS_TIME),
    ),
    # someone alone who fell yesterday, silent since the morning; not out at the shops
    "a fall and silent since": (
        KNOWN_TO_BE_AWAY
        + _OUT_AND_ABOUT
        + every_one_of(_A_FALL, _SILENT_SINCE, _ALONE_OR_FRAIL + "|" + _UNTOUCHED_AT_THE_DOOR),
    ),
    # someone old with no heating in the freeze, not answering the door; not a cold hall
    "no heat in the freeze and not answering": (
        NOT_AT_HOME
        + KNOWN_TO_BE_AWAY
        + every_one_of(_HEATING_NOT_ON, _FREEZING_OUT, _OLD_OR_ODD, _NOT_ANSWERING_THE_DOOR),
    ),
    # letters written and "after Sunday I'm done"; not letters for the panel, nor done with it
    "letters written and done after a day": (
        _LETTERS_FOR_SOMETHING + every_one_of(_LETTERS_WRITTEN, _DONE_OR_THE_LAST_THING),
    ),
    # slurred speech and one side of the face dropping after a nap; not the dentist's numbing
    "a stroke's signs on waking": (
        _OVER + _NOT_DRINK + every_one_of(_SPEECH, _FACE_GOING, _AFTER_SLEEP_OR_NOW),
    ),
}
