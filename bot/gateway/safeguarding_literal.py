"""The English phrase net: risks told by members who write differently, in short literal
sentences.

Members with a learning disability, autism, dyslexia or aphasia, or who use voice typing, tell a
risk plainly and in order, with exact times, spelling by sound (read into the net's spelling by
safeguarding_dialect: "pinshed", "becos", "brake my arm") and words dropped ("pain. chest. cant
breath good. alone"). What is read: an emergency in fragments (a word or two a sentence, a danger
beside a plea or being alone); made to do things to a man with a threat or a secret, or to take
clothes off; sex with a partner's friends to pay back money; hit with a belt or another object;
hurt and told it will be done again; a threat to break a bone or hurt the writer if they are late
or get something wrong; locked in a room by staff and unable to get out; lost in the dark with the
phone nearly flat; a baby struggling to breathe; someone autistic or with a learning disability
not home hours late and not answering, or gone to meet a man met online; fire or smoke at home
with the writer unable to get out or to see; a drunk driver about to drive the children; cleaning
liquid or bleach drunk; thinking of jumping at a platform or a bridge; a young child left alone in
a car by someone minding her.

The same plain words are everyday beside them, and left alone: a friend who visits on Tuesdays, a
support worker's visit time, a medication routine, a heart attack in a TV drama, a nosebleed that
stopped, a chest cold that has gone, a secret birthday card, a boyfriend who drives the writer and
waits in the cafe, adapted cutlery, a quiet room. Text has been through
safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import any_two_of, every_one_of

# Not said as a joke: "he said if i am late again he will break my arm lol".
_NOT_A_JOKE = r"^(?!.*\b(?:lol|haha\w*|lmao|joke|joking|kidding)\b)"

# A message in fragments: three or more sentences of one to four words each ("man. door.
# shouting. kick door. scared. alone. help.").
_FRAGMENT = r"(?:[a-z0-9]+\s+){0,3}[a-z0-9]+"
_IN_FRAGMENTS = rf"^(?=\W*{_FRAGMENT}(?:\s*[.!,;:]+\s*{_FRAGMENT}){{2,}}[^\w?]*$)"
# What a fragment names as the danger: the body in trouble, a blow, a man at the door, a fire.
_DANGER_WORD = (
    r"\b(?:stroke|fall|fell|fallen|blood|bleeding|chest|pain|not\s+wake|not\s+waking|not\s+"
    r"breathing|can\s+not\s+breathe|collapsed|fit|man|men|door|shouting|kick\w*|bang\w*|hit\w*|"
    r"knife|fire|smoke|gas|hurt|attack\w*)\b"
)
# What a fragment pleads or says of the writer: help, scared, alone.
_PLEA_WORD = (
    r"\b(?:help|please|scared|frightened|afraid|alone|on\s+my\s+own|999|ambulance|police|"
    r"can\s+not\s+breathe|not\s+wake)\b"
)
# A fragment that tells it is over or everyday: gone, stopped, fine, thanks, a joke.
_FRAGMENTS_AT_EASE = (
    r"^(?!.*\b(?:gone|stopped|fine|ok|okay|good\s+now|better|thanks?|thank\s+you|lol|haha\w*|"
    r"film|tv|telly|drama|episode|game|quiz|lesson|class)\b)"
)

# Someone who says the writer has to do things to him, or makes them take their clothes off.
_DO_THINGS_TO_HIM = (
    r"\b(?:says|said|tells|told|makes|made|wants)\s+(?:me\s+)?(?:that\s+)?(?:i\s+)?(?:have\s+|"
    r"has\s+|got\s+)?to\s+do\s+(?:the\s+|these\s+|those\s+|some\s+|rude\s+|sex\s+)?(?:things|"
    r"stuff)\s+(?:to|on)\s+(?:him|her|them)\b"
)
_THREAT_OR_SECRET = (
    r"\b(?:or\s+(?:else\s+)?(?:he|she|they)\s+will|a\s+secret|our\s+secret|(?:do\s+not|not\s+to|"
    r"never)\s+tell)\b"
)
_MADE_TO_UNDRESS = (
    r"\b(?:makes|made|make|making|forces|forced|force)\s+me\s+(?:\w+\s+){0,8}?(?:take\s+"
    r"(?:off\s+)?my\s+clothes(?:\s+off)?|get\s+(?:undressed|naked)|undress|strip|touch\s+"
    r"(?:him|his|it))\b"
    r"(?!\s+(?:and\s+)?(?:put\s+(?:them|my|on)|in(?:to)?\s+the\s+(?:wash|washing|basket|bath|"
    r"shower)|for\s+(?:the\s+)?(?:wash|bath|shower|swimming|pe)|before\s+(?:bed|the\s+bath|"
    r"swimming|pe)))"
)
# Sex with a partner's friends demanded (to pay back money): "i have to sleep with his friends".
_SEX_WITH_HIS_FRIENDS = (
    r"\b(?:says|said|tells|told|makes|made|wants|forces|forced)\s+(?:me\s+)?(?:that\s+)?(?:i\s+)?"
    r"(?:have\s+|has\s+|got\s+)?to\s+(?:sleep\s+with|have\s+sex\s+with)\s+(?:his|her|their)\s+"
    r"(?:\w+\s+)?(?:friends?|mates?|boss|cousins?|brothers?|men|pals?)\b"
)
# Hit with a belt or another object: "he hit mum and me with a belt".
_HIT_WITH_AN_OBJECT = (
    r"\b(?:he|she|they|my\s+\w+)\s+(?:\w+\s+)?(?:hit|hits|beat|beats|whipped|whips|hurt|hurts|"
    r"smacked|smacks|slapped|slaps)\s+(?:\w+\s+and\s+)?(?:me|us|my\s+\w+)\s+with\s+(?:a|his|her|"
    r"the)\s+(?:belt|stick|cane|shoe|slipper|cable|wire|hanger|bat|spoon|hose|pipe|rope|whip|"
    r"broom|mop|rod|chair|plug|lead|charger)\b"
)
# Hurt by someone who says they will do it again: "he said tomorrow he will do it again".
_HURTS = (
    r"\b(?:hit|hits|punched|punches|kicked|kicks|slapped|slaps|pinched|pinches|bit|bites|pushed|"
    r"pushes|scratched|strangled|choked|hurt|hurts)\s+"
)
_HURT_ME = _HURTS + r"me\b"
_HURT_ME_OR_MINE = _HURTS + r"(?:me|my\s+\w+)\b"
_AGAIN_AND_WORSE = (
    r"\b(?:he|she|they)\s+(?:said|says|told\s+me)\s+(?:that\s+)?(?:\w+\s+){0,2}?(?:he|she|they)"
    r"\s+(?:will|is\s+going\s+to|are\s+going\s+to)\s+do\s+it\s+(?:again|more|worse|harder)\b"
)
# A threat to break a bone or hurt the writer if they are late or do wrong: "if i am late again
# he will break my arm".
_THREAT_IF_I = (
    r"\b(?:he|she|they|my\s+\w+)\s+(?:said|says|told\s+me|threatened|promised)\s+(?:that\s+)?"
    r"(?:if|when|next\s+time)\s+i\s+[^.!?]{0,50}?\b(?:he|she|they)\s+(?:will|is\s+going\s+to|"
    r"would)\s+(?:break|snap|smash|hurt|hit|beat|stab|burn|cut|punch|kick|strangle)\s+"
    r"(?:me|my\s+(?:arms?|legs?|neck|jaw|nose|face|fingers?|ribs?|head|hands?|wrists?|knees?|"
    r"teeth|back|skull))\b"
)
# Carers or staff who hurt the writer, and the writer's own dread of them coming back.
_CARER = (
    r"\b(?:my\s+|the\s+|a\s+|our\s+)?(?:carers?|care\s+workers?|support\s+workers?|staff|night\s+"
    r"staff|day\s+staff|key\s*workers?|helpers?|nurses?)\b"
)
_MARKED_OR_DREADED = (
    r"\b(?:it\s+is|they\s+are|gone|went|is)\s+(?:all\s+)?(?:purple|black|blue|red|bruised)\b|"
    r"\bbruis\w*|\b(?:do\s+not|does\s+not)\s+want\s+(?:her|him|them)\s+to\s+come\b|"
    r"\b(?:scared|frightened|afraid)\s+of\s+(?:her|him|them)\b"
)
_AGAIN = r"\b(?:again|every\s+(?:day|time|morning|night)|always)\b"
# Care that hurts as it is given: a blood test, a jab, physio.
_NOT_TREATMENT = (
    r"^(?!.*\b(?:blood\s+tests?|bloods|injections?|jabs?|vaccin\w*|cannula|drip|physio\w*|"
    r"stretch\w*|massage|dressing|wound)\b)"
)
# Locked in a room by staff or a carer and unable to get out.
_LOCKED_IN_BY_THEM = (
    r"\b(?:staff|carers?|they|he|she|nurses?|my\s+\w+)\s+(?:\w+\s+){0,8}?(?:lock|locks|locked|"
    r"locking)\s+(?:me\s+in|the\s+door|my\s+door)\b"
)
_CANNOT_GET_OUT = r"\b(?:can\s+not|could\s+not|not\s+able\s+to)\s+(?:get|go)\s+out\b"
# Lost in the dark with the phone nearly flat: "i am lost. it is dark ... my phone is 4 percent".
_LOST = (
    r"\b(?:i\s+am|i\s+got|i\s+have\s+got|i\s+am\s+really)\s+lost\b(?!\s+(?:for\s+words|in\s+"
    r"(?:a\s+)?(?:book|film|music|thought)))|\b(?:do\s+not|can\s+not)\s+(?:know|tell|work\s+out)"
    r"\s+where\s+i\s+am\s*(?:[.!,]|$|now|at\s+all)"
)
_DARK_NOW = r"\b(?:it\s+is|getting|now)\s+(?:very\s+|really\s+|so\s+)?dark\b"
_PHONE_FLAT = (
    r"\b(?:phone|battery)\s+(?:is\s+|is\s+on\s+|is\s+at\s+|on\s+|at\s+)(?:\d|1\d)\s*"
    r"(?:percent|%)|\b(?:phone|battery)\s+(?:is\s+)?(?:nearly|almost|about\s+to\s+go)\s+"
    r"(?:dead|flat|out|off)\b"
)
# A baby struggling to breathe: two signs of it.
_A_BABY = (
    r"\b(?:baby|babies|newborn|toddler|\d+\s+(?:months?|weeks?)(?:\s+old)?|(?:one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven)\s+months?)\b"
)
_NOT_BREATHING_RIGHT = (
    r"\bnot\s+breathing\s+(?:right|properly|well|good|normal\w*)\b|\bbreathing\s+(?:is\s+)?"
    r"(?:funny|strange|weird|fast|very\s+fast|really\s+fast|hard|noisy)\b|\bstruggling\s+to\s+"
    r"breathe\b"
)
_NOISE_BREATHING = (
    r"\b(?:noise|sound)\s+like\s+a\s+(?:whistle|squeak|seal|bark)\b|\bwheez\w*|\bgrunting\b"
)
_CHEST_HEAVING = (
    r"\b(?:chest|tummy|belly|ribs?)\s+(?:is\s+|are\s+)?(?:going|sucking|pulling|caving)\s+in\b|"
    r"\bsucking\s+in\s+(?:under|between)\b"
)
# Someone autistic or with a learning disability gone hours and not answering, or gone to meet a
# man met online.
_NEEDS = (
    r"\b(?:autism|autistic|asd|learning\s+disabilit\w+|learning\s+difficult\w+|down\s+syndrome|"
    r"downs|non\s+verbal|nonverbal|special\s+needs|sen)\b"
)
_NOT_HOME = (
    r"\b(?:has|have)\s+not\s+(?:come|got|been)\s+(?:back\s+)?home\b|\bnot\s+(?:back|home)\s+yet\b"
    r"|\b(?:is|has\s+gone)\s+missing\b"
)
_UNREACHABLE = (
    r"\bnot\s+answering\b|\b(?:switched|turned)\s+(?:his|her|their)\s+phone\s+off\b|\bphone\s+"
    r"(?:is\s+)?(?:off|going\s+to\s+voicemail)\b|\bnever\s+done\s+this\s+before\b"
)
_MEET_A_MAN_ONLINE = (
    r"\b(?:went|gone|going|left)\s+(?:out\s+)?(?:\w+\s+){0,3}?to\s+meet\s+(?:a|an|this|some)\s+"
    r"(?:\w+\s+)?(?:man|men|guy|bloke|stranger)\s+(?:he|she|they)\s+(?:met|talks?\s+to|"
    r"talked\s+to|knows|"
    r"chats?\s+(?:to|with))\s+(?:on|from|through)\s+(?:the\s+|a\s+)?(?:internet|online|app|"
    r"game|gaming|snapchat|tiktok|instagram|discord|roblox|fortnite|facebook)\b"
)
_LURED = (
    r"\b(?:will\s+give|is\s+giving|promised|buy|buying)\s+(?:him|her|them)\s+(?:a\s+|some\s+)?"
    r"(?:new\s+)?(?:phone|money|present|gift|vape|trainers)\b|" + _UNREACHABLE
)
# Fire or smoke at home, the writer unable to get out or to see.
_FIRE_AT_HOME = (
    r"\b(?<!electric\s)(?<!gas\s)(?<!log\s)(?<!coal\s)(?<!open\s)(?:fire|smoke|flames)\s+in\s+"
    r"(?:my|the|our)\s+(?:flat|house|home|hall|hallway|kitchen|room|bedroom|stairs|building|"
    r"landing|lounge)\b(?!\s+(?:is\s+on|is\s+broken|alarm|drill|test))"
)
_TRAPPED = (
    r"\b(?:can\s+not|could\s+not)\s+(?:see|get\s+out|breathe|find\s+the\s+(?:door|way))\b|"
    r"\b(?:trapped|stuck)\b"
)
# A drunk driver about to drive the writer or the children.
_ABOUT_TO_DRIVE = (
    r"\b(?:he|she|my\s+\w+)\s+(?:says\s+(?:he|she)\s+)?(?:will|is\s+going\s+to|is\s+about\s+to|"
    r"wants\s+to|insists\s+on)\s+(?:drive|driving)\b|\b(?:getting|got|grabbed|has)\s+(?:the|his|"
    r"her)\s+(?:car\s+)?keys\b"
)
_DRUNK = (
    r"\b(?:(?<!\bnot\s)(?<!\bi\sam\s)drunk|been\s+drinking(?!\s+(?:tea|coffee|water|juice|"
    r"squash|milk|pop|coke|cola|lemonade|hot\s+chocolate|decaf|smoothies?)\b)|drinking\s+"
    r"(?:beer|wine|lager|cider|vodka|whisky|cans|pints|since|all\s+day)|can\s+not\s+walk\s+"
    r"straight|slurring|pissed|hammered|wasted)\b"
)
_WITH_THE_CHILDREN = (
    r"\b(?:me\s+and\s+my|my|the|our)\s+(?:brother|sister|son|daughter|kids|children|baby|boys|"
    r"girls)\b|\bdrive\s+(?:me|us)\b"
)
# Cleaning liquid or bleach drunk by the writer.
_DRANK_A_CLEANER = (
    r"\bi\s+(?:drank|drunk|have\s+drunk|swallowed|have\s+swallowed|had|took)\s+(?:some\s+)?"
    r"(?:of\s+)?(?:the\s+|some\s+|a\s+)?(?:cleaning\s+(?:stuff|liquid|spray|fluid)|bleach|"
    r"washing\s+up\s+liquid|antifreeze|weed\s*killer|drain\s+cleaner|toilet\s+cleaner|white\s+"
    r"spirit|dettol|domestos|fairy\s+liquid|oven\s+cleaner|screen\s*wash)\b"
)
# Thinking of jumping, at a platform, a bridge or a height; not into a pool, onto a train or
# for joy.
_THINKING_TO_JUMP = (
    r"\b(?:thinking|think|thought|want|wanting|going)\s+(?:to|about|of)\s+jump(?:ing)?\b"
    r"(?!\s+(?:in(?:to)?\s+(?:the\s+)?(?:pool|sea|lake|shower|car|taxi|queue)|on|onto|"
    r"off\s+the\s+(?:bus|train)\s+(?:at|and)|the\s+queue|ahead|at\s+the\s+chance|ship|around|"
    r"up|about|for\s+joy|the\s+gun))"
)
_A_DROP = r"\b(?:platform|tracks|railway|train|bridge|roof|cliff|balcony|window|car\s+park)\b"
# A young child left alone in a car by someone minding her.
_LEFT_IN_THE_CAR = (
    r"\b(?:he|she|they|childminder|minder|nanny|babysitter|sitter|au\s+pair)\s+(?:always\s+|"
    r"often\s+|just\s+|has\s+|keeps\s+)?(?:leaves|left|leaving|locks|locked)\s+(?:him|her|them|"
    r"(?:my|her|his|the|our)\s+(?:\w+\s+)?(?:daughter|son|baby|child|kids|children|toddler|"
    r"boy|girl))\s+(?:\w+\s+){0,2}?in\s+(?:the|her|his)\s+car\s+(?:on\s+(?:her|his|their)\s+"
    r"own|alone|by\s+(?:her|him|them)sel(?:f|ves))\b"
)
_YOUNG_OR_NOW = (
    r"\b(?:is|are)\s+(?:[1-5]|one|two|three|four|five|a\s+baby)\b(?!\s*(?:pm|am|o\s*clock))|"
    r"\b(?:again\s+now|now|today|right\s+now)\b"
)

LITERAL_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # an emergency in fragments: a danger and a plea or being alone, each a word or two; not a
    # list told as over or about a drama ("chest cold. gone now. thanks")
    "an emergency told in fragments": (
        _IN_FRAGMENTS + _FRAGMENTS_AT_EASE + every_one_of(_DANGER_WORD, _PLEA_WORD),
    ),
    # made to do things to a man with a threat or a secret; made to take clothes off; not a list
    # of jobs or getting changed for the wash or the bath
    "made to do sexual things": (
        "^" + every_one_of(_DO_THINGS_TO_HIM, _THREAT_OR_SECRET),
        _MADE_TO_UNDRESS,
    ),
    # a partner who says the writer has to sleep with his friends (to pay back money)
    "sex with his friends demanded": (_SEX_WITH_HIS_FRIENDS,),
    # hit with a belt or another object by someone named; not a belt bought or helped with
    "hit with an object": (_HIT_WITH_AN_OBJECT,),
    # hurt by someone who says they will do it again; a carer or staff who hurt the writer again,
    # with a bruise or the writer's dread of them coming
    "hurt and told it will happen again": (
        "^" + every_one_of(_HURT_ME, _AGAIN_AND_WORSE),
        _NOT_TREATMENT + every_one_of(_CARER, _HURT_ME_OR_MINE, _AGAIN, _MARKED_OR_DREADED),
    ),
    # a threat to break a bone or hurt the writer if they are late or do something wrong
    "a threat if the writer gets it wrong": (_NOT_A_JOKE + ".*?" + _THREAT_IF_I,),
    # locked in a room by staff or a carer and unable to get out; not a quiet room left open
    "locked in by staff": (_NOT_A_JOKE + every_one_of(_LOCKED_IN_BY_THEM, _CANNOT_GET_OUT),),
    # lost, in the dark, with the phone nearly flat
    "lost in the dark with the phone going": ("^" + every_one_of(_LOST, _DARK_NOW, _PHONE_FLAT),),
    # a baby with two signs of struggling to breathe: not breathing right, a whistle, the chest
    # pulling in
    "a baby struggling to breathe": (
        "^(?=.*"
        + _A_BABY
        + ")"
        + any_two_of(_NOT_BREATHING_RIGHT, _NOISE_BREATHING, _CHEST_HEAVING),
    ),
    # someone autistic or with a learning disability not home and not answering, or gone to meet
    # a man met online who promised a phone or with the phone off
    "someone vulnerable gone and not answering": (
        "^" + every_one_of(_NEEDS, _NOT_HOME, _UNREACHABLE),
        "^" + every_one_of(_MEET_A_MAN_ONLINE, _LURED),
    ),
    # fire or smoke at home and the writer unable to get out or see; not a gas fire or a drill
    "fire at home and trapped": ("^" + every_one_of(_FIRE_AT_HOME, _TRAPPED),),
    # a drunk driver about to drive the writer or the children
    "a drunk driver with the children": (
        _NOT_A_JOKE + every_one_of(_ABOUT_TO_DRIVE, _DRUNK, _WITH_THE_CHILDREN),
    ),
    # cleaning liquid or bleach drunk by the writer
    "cleaning liquid drunk": (_DRANK_A_CLEANER,),
    # thinking of jumping at a platform or a bridge; not on a train, in the pool or for joy
    "thinking of jumping": ("^" + every_one_of(_THINKING_TO_JUMP, _A_DROP),),
    # a young child left alone in a car, with her age or it happening now
    "a child left alone in a car": ("^" + every_one_of(_LEFT_IN_THE_CAR, _YOUNG_OR_NOW),),
}
