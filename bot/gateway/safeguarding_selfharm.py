"""The English phrase net, part one continued: hurting oneself on purpose (read with
safeguarding_self, which reads wanting to die).

Written from how people describe self-harm to crisis lines: cutting, burning, scratching or
hitting oneself, the head struck against a wall told as literal, an overdose as a count of
tablets, "the lot" or a whole box, tablets saved up (one's own or a friend's), stashed or lined
up, sleeves worn because of the arms, a blade and blood in words or emoji, the blade spoken of as
a friend come back or months clean lost, a blade carried in a pocket beside cutting. Accidents
("cut myself shaving", "burnt myself on the urn"), a regime ("three times a day"), tablets taken
back to the chemist and self-harm told as long-past history are kept out by what must follow or
precede the words; the text has been through safeguarding_words.normalise.

Cutting again and going deeper than before is read, told as a "situation" or played
down (not cuts to a budget or a hedge), and someone else's cutting told by a parent or a friend
with the cuts deeper than before, gaping or not stopping bleeding (not a child cutting hair).
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_self import (
    _HEDGE,
    _MEDS,
    _SELF,
    NOT_GOT_THROUGH,
)
from bot.gateway.safeguarding_words import every_one_of

# Medicines taken on a schedule ("a lot of tablets morning, noon and night", "three times a
# day"): a regime, not an overdose.
_ON_A_SCHEDULE = (
    r"(?!.{0,40}\b(?:morning,?\s+noon|noon\s+and\s+night|morning\s+and\s+night|(?:once|twice|"
    r"three\s+times|four\s+times|\d\s+times)\s+a\s+day|every\s+day|each\s+day|daily|"
    r"with\s+(?:food|meals))\b)"
)
# Self-harm as the subject of a school lesson: "about self harm in PSHE".
_NOT_A_LESSON = (
    r"(?:(?<!about\s)(?<!\son\s)|(?!self[\s-]*harm\s+(?:in|during)\s+(?:pshe|rse|pshee|"
    r"citizenship|form\s+time|tutor\s+time)\b))"
)
# Blood said in words or an emoji, and blood with no harm in it.
_BLOOD = r"(?:🩸|\b(?:blood|bled|bleeding|stitches)\b)"
_NOT_HARM_BLOOD = (
    r"\b(?:onions?|bread|cooking|chopping|veg\w*|carrots?|finger|thumb|slipped|kitchen|nose|"
    r"nosebleeds?|fell|fall|tripped|accident\w*|"
    r"gave\s+blood|giving\s+blood|blood\s+(?:test|tests|donation|pressure|orange|sugar|bank))\b"
)
# The head struck on a wall, a door or the floor; what tells a reader it is meant literally (for
# how long, until what, blood, a habit for when it is too much); what tells them it is the idiom
# or an accident.
_HEAD_STRUCK = (
    r"\b(?:bang|bangs|banged|banging|hit|hits|hitting|smash\w*|slam\w*|bash\w*)\s+my\s+head\s+"
    r"(?:against|on|off|into)\s+(?:the\s+|a\s+|my\s+)?(?:wall|walls|floor|door|radiator|mirror|"
    r"headboard)\b"
)
HEAD_STRUCK_LITERALLY = (
    r"\b(?:till|until|bleed\w*|bled|blood|bruis\w*|lump|on\s+purpose|deliberately|again\s+and\s+"
    r"again|over\s+and\s+over|for\s+(?:a\s+long\s+time|hours|ages|ten\s+minutes)|i\s+do\s+"
    r"(?:that|it|this)\s+when|when\s+(?:it|things|everything|i|my\s+head)\s+(?:is|gets|get|am|"
    r"feel)\b|to\s+(?:make\s+(?:it|them|the\s+\w+)\s+stop|stop\s+the|feel\s+something|"
    r"quiet)|hurt\s+myself)\b"
)
_HEAD_NOT_LITERAL = (
    r"\b(?:brick\s+wall|(?:against|on)\s+(?:a|the)\s+wall\s+(?:with|over|about|trying)|trying\s+"
    r"to\s+(?:get|make|explain|sort|understand|find|work|fix)|by\s+accident|accidentally|"
    r"slipped|tripped|getting\s+(?:in|into|out|up|off)|car|cupboards?|shelf|beam|ceiling|lol|"
    r"haha\w*|ouch|clumsy)\b"
)
# A food or a drink "swallowed" or "downed" in a joke.
_FOOD_OR_DRINK = (
    r"(?:biscuits?|cake|crisps|chips|sweets|chocolates?|pizza|sandwich\w*|pint|pints|beer|wine|"
    r"coffee|tea|drink|drinks|shots?|food|dinner|lunch|buffet|pride|words|lol|haha|😂|🤣)"
)
# The blade spoken of as a friend come back, or months clean from it gone.
_BLADE_BACK = (
    r"\b(?:me\s+and\s+(?:the|my)\s+(?:blades?|razors?)|(?:the|my)\s+(?:blades?|razors?)\s+and\s+"
    r"(?:me|i))\s+(?:are|is)\s+(?:back|friends|together|reunited|on\s+speaking)\b"
)
_CLEAN_LOST = (
    r"\b(?:\d+|a|one|two|three|six|nine)\s+(?:days?|weeks?|months?|years?)\s+(?:clean|free)\b"
    r".{0,30}\b(?:down\s+the\s+drain|gone|ruined|wasted|over|reset|back\s+to\s+(?:zero|day\s+"
    r"(?:one|1|0)))"
)


# Cutting again, deeper than before: told as a "situation" as often as by its name.
_CUTTING = (
    r"\b(?:cutting\s+(?:situation|again|myself)|cut\s+myself|cuts\s+on\s+my|my\s+cuts|blades?)\b"
)
# Not cuts to a budget, a service or a hedge.
_NOT_BUDGET_CUTS = (
    r"^(?!.*\b(?:budgets?|costs?|funding|spending|staff|jobs|services|council|hair|hedges?|"
    r"trees?|grass|wood|tunnel|dig\w*|mine|quarry)\b)"
)
_DEEPER = r"\b(?:going|gone|went|cutting|cuts?|getting)\s+deeper\b(?!\s+(?:into|in\s+debt))"
# Someone else cutting: "my son keeps cutting", "she is cutting herself", "cuts on her arms".
_THEY_CUT = (
    r"\b(?:keeps?|kept|been|is|are|started|still)\s+cutting\s*(?:(?:himself|herself|themselves|"
    r"again)\b|(?=[.,!?;]|$))|\bcutting\s+(?:himself|herself|themselves)\b|\bcuts\s+on\s+(?:his|"
    r"her|their)\s+(?:arms?|wrists?|legs?|thighs?|stomach)\b|\bself\s*-?\s*harm\w*"
)
# Wounds past what a plaster covers: deeper than before, gaping, bleeding that will not stop.
_DEEP_WOUNDS = (
    _DEEPER + r"|\b(?:much|far|way|a\s+lot)\s+deeper\s+than\s+(?:before|last\s+time|usual|ever)"
    r"\b|\b(?:are|is|it\s+is|they\s+are)\s+gaping\b|\bgaping\s+(?:cuts?|wounds?|open)\b|"
    r"\b(?:will|would|does|do)\s+not\s+stop\s+bleeding\b|\bneeds?\s+stitches\b"
)

SELF_HARM_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # hurting oneself on purpose, overdoses and pills saved up; not accidents ("cut myself shaving")
    "self-harm": (
        # not told as long-past history: "self-harmed as a teenager ... fine now, 20 years on",
        # nor as got through: "used to self harm when I was 13 ... a much better place now",
        # nor as a school lesson's subject: "a thing about self harm in PSHE"
        NOT_GOT_THROUGH
        + r".*?"
        + _NOT_A_LESSON
        + r"\bself[\s-]*harm(?!ed\s+(?:as\s+a\s+(?:teenager|teen|kid|child|student)|when\s+"
        r"i\s+was\s+(?:young|younger|a\s+teen\w*|a\s+kid|at\s+school)|(?:years|decades)\s+ago)\b"
        r"(?!.*\b(?:again|relaps\w*|lately|recently|started|urges?)\b))",
        # not told as got through: "i used to hurt myself at school. i do not now"
        NOT_GOT_THROUGH
        + r".*?\b(?:cut|cutting|burn|burning|burnt|hurt|hurting|harm|harming|punish|punishing|"
        r"scratch|scratching|hit|hitting|bang|banging|starv(?:e|ing)|mark|marking)\s+"
        + _SELF
        # not an accident: "burnt myself on the urn", "cut myself shaving"
        + r"(?!\s+(?:on\s+(?:the|a|an|some)|shaving|cooking|chopping|by\s+accident|accidentally|"
        r"while|making|opening|slightly|a\s+bit\s+on|in\s+the\s+kitchen|with\s+(?:the|a)\s+(?:iron|"
        r"kettle|oven|pan|tray))(?!.{0,40}\b(?:on\s+purpose|deliberately|again)\b))",
        # "been cutting again"; not "cutting back", "cutting my hair", "a burning smell" or toast
        r"(?:^|\bi\s+|\bbeen\s+|\bstarted\s+|\bkeep\s+|\bback\s+to\s+|\blike\s+)"
        r"(?:cutting|cuttin|burning|self\s+harming)\b(?!\s+(?:the|a|an|down|back|out|up|off|in|"
        r"corners|costs|it|smell\w*|toast|food|rubber|plastic|sensation|hot|"
        r"my\s+(?!arms?|legs?|wrists?|thighs?|skin|body|stomach))\b)",
        r"(?<!has\s)(?<!it\s)\b(?:been|keep|kept|started|start|stop|i\s+am|i\s+have\s+been)\s+"
        r"(?:cutting|burning|scratching|hurting|harming|marking)\s+my\s+(?:arms?|legs?|wrists?|"
        r"thighs?|skin|body|stomach|face|hands?)\b",
        r"\b(?:cut|slit|slash|slashed)\s+(?:my|his|her|their)\s+wrists?\b",
        r"\b(?:slic\w+|carv\w+|gouge\w*|cutting|cut|burning|scratching)\s+(?:up\s+)?(?:my|her|his)\s+"
        r"(?:arms?|legs?|wrists?|thighs?|skin|stomach)\b(?!\s+(?:on|shaving|by\s+accident))",
        r"\b(?:urge|urges|feel\s+like|want\s+to|thinking\s+about|relapsed|relapse)\s+(?:to\s+)?"
        r"(?:cut|cutting|burn|self\s+harm|hurt\s+myself)\b",
        r"\boverdos",
        r"\b(?:arms?|legs?|thighs?|wrists?|stomach|body)\s+(?:is|are)\s+(?:\w+\s+)?(?:covered\s+in|"
        r"full\s+of)\s+(?:cuts|scars|burns|marks)\b|\b(?:cuts|scars|burns)\s+on\s+my\s+(?:arms?|legs?|"
        r"thighs?|wrists?|stomach)\b",
        r"\brelapsed?\b.{0,60}\b(?:cut|cuts|cutting|burn|burning|harm|blood|bleeding|blades?|"
        r"razors?)\b",
        r"\b(?:scratch\w*|punch\w*|hit|hitting|bang\w*)\s+(?:\w+\s+){0,3}(?:till|until)\s+(?:they|"
        r"it|my\s+\w+)\s+(?:bled|bleed|bleeds|bleeding|broke)\b",
        r"\b(?:till|until)\s+(?:it|they|i)\s+(?:bleeds?|bled)\b|\b(?:will\s+not|can\s+not)\s+stop\s+"
        r"bleeding\b|\bi\s+am\s+bleeding\b|\bcut\s+(?:deeper|too\s+deep|really\s+deep)\b",
        r"\b(?:arms?|legs?|wrists?|thighs?)\s+(?:are|is)\s+(?:a\s+mess|cut\s+up|scarred)\b",
        # the head struck against a wall or the floor, told as literal: how long, blood, "I do
        # that when"; not the wall of the idiom ("banging my head against a brick wall with the
        # council") or a knock on a cupboard
        r"^(?!.*"
        + _HEAD_NOT_LITERAL
        + r")(?=.*"
        + _HEAD_STRUCK
        + r")(?=.*"
        + HEAD_STRUCK_LITERALLY
        + r")",
        r"\benough\s+(?:\w+\s+)?"
        + _MEDS
        + r"\b|\b"
        + _MEDS
        + r"\s+(?:saved|stored|hidden|stockpiled)\b",
        r"\bi\s+(?:have\s+|just\s+)?(?:od|odd|oded)\s+(?:on|last|again|tonight|yesterday|earlier)\b",
        r"\b(?:take|taking|taken|took|swallow(?:ed|ing)?|down(?:ed|ing)?)\s+(?:all\s+(?:of\s+)?"
        r"(?:my|the|these|those|them|her|his|their)\s+|(?:a\s+load|loads|a\s+lot|lots|a\s+handful|handfuls|a\s+"
        r"bunch|too\s+many|a\s+(?:whole\s+)?(?:box|packet|bottle|strip)|the\s+(?:whole|lot))\s+"
        r"(?:of\s+)?(?:my\s+)?)" + _MEDS + r"\b" + _ON_A_SCHEDULE,
        _MEDS + r"\b.{0,60}\b(?:take|taking|swallow\w*)\s+(?:them\s+)?all\b",
        # all of someone else's tablets: "took all of my mum's sleeping tablets"; not taken back
        r"\b(?:took|taken|swallowed|necked|downed|had)\s+"
        + _HEDGE
        + r"(?:all|the\s+rest)\s+(?:of\s+)?(?:my\s+|the\s+)?\w+s\s+(?:\w+\s+)?"
        + _MEDS
        + r"\b(?!\s+(?:to|into|back|round|in|out|with|for|from|off)\b)"
        + _ON_A_SCHEDULE,
        r"\b(?:saving|saved|stockpil\w+|hoarding|collecting|counting|counted)\s+(?:up\s+)?"
        r"(?:all\s+)?(?:my|the|some)?\s*" + _MEDS,
        # someone else's tablets saved up: "she said she'd been saving up her meds", "saving up
        # my mum's morphine"; not a list or a prescription saved, nor tablets collected for her
        r"\b(?:saving|saved|stockpil\w+|hoarding|stashing|stashed)\s+(?:up\s+)?(?:all\s+)?"
        r"(?:(?:of\s+)?(?:her|his|their)\s+(?:own\s+)?|my\s+\w+s\s+)"
        + _MEDS
        + r"\b(?!\s+(?:list|card|app|receipts?|prescriptions?|box|organiser|reminders?)\b)",
        _MEDS + r"\s+(?:in\s+front\s+of\s+me|lined\s+up|ready|here\s+with\s+me|in\s+my\s+hand)\b",
        # "the pills are still lined up on the table"; not a week's dosette box
        _MEDS + r"\s+(?:are|is)\s+(?:still\s+|all\s+)?(?:lined\s+up|laid\s+out|counted\s+"
        r"out|in\s+front\s+of\s+me|in\s+my\s+hand)\b(?!.{0,60}\b(?:dosette|organiser|"
        r"pill\s*box|for\s+the\s+week|each\s+day|every\s+(?:morning|night|day)|ready\s+for)\b)",
        # a blade in the hand again, or with a sad face; not shaving, a craft knife or a kitchen
        r"^(?!.*\b(?:shav\w*|stanley|craft\w*|cardboard|boxes|carpet|lino|model\w*|chopping|"
        r"cooking|kitchen|scissors)\b)(?=.*(?:\bagain\b|\btonight\b|[😞😢😭💔😔☹🙁😣😥]))(?=.*\b"
        r"(?:blades?|razors?)\s+(?:is\s+|are\s+)?(?:back\s+)?in\s+my\s+hands?\b)",
        r"\b(?:got|have)\s+(?:the|my|all\s+my)\s+" + _MEDS + r"\s+(?:here|out|ready)\b",
        r"\b(?:all\s+(?:of\s+)?(?:my|the)\s+)" + _MEDS + r"\s+at\s+once\b",
        r"\bstopped\s+(?:taking\s+)?(?:my\s+)?(?:meds|medication|antidepressants|tablets|pills)\b"
        r"(?!.{0,20}\b(?:hay\s*fever|allerg\w+|cold|cough|feeling\s+(?:fine|good|better)|doctor|gp)\b)",
        r"\b(?:taken|took|had)\s+too\s+(?:much|many)\b(?!\s+(?:time|on|food|holiday|leave|of\s+(?:your|the)))",
        r"\b(?:hitting|punching|bruising|burning|cutting|scratching)\s+my\s+(?:own\s+)?(?:legs?|arms?|"
        r"thighs?|stomach|face)\b|\bbald\s+patches\b",
        # "burned my hands on purpose"
        r"\b(?:cut|cutting|burn|burned|burnt|burning|scald\w*|scratch\w*|hit|hitting|punch\w*|"
        r"bruis\w*|hurt|hurting)\s+my\s+(?:own\s+)?(?:\w+\s+)?(?:hands?|arms?|legs?|wrists?|"
        r"thighs?|skin|face|stomach|fingers?|feet|foot)\s+(?:\w+\s+)?(?:on\s+purpose|deliberately)\b",
        # "the tablets I've been saving up"
        _MEDS + r"\s+(?:that\s+)?i\s+(?:have\s+been|have|am|was|had\s+been)\s+(?:saving|"
        r"stockpil\w+|hoarding|stashing|collecting|putting\s+by)(?:\s+up\b|\s*(?:[.,!]|$))",
        # "it was tablets ... i've been saving them up."; not saved up for the returns bin
        r"\b" + _MEDS + r"\b[^?]{0,60}?\bi\s+(?:have\s+been|have|had\s+been)\s+(?:saving|"
        r"stockpil\w+|hoarding|stashing|putting\s+by)\s+(?:them|these|those)(?:\s+up)?"
        r"\s*(?:[.,!]|$)",
        r"\bstash\b(?:\s+\w+){0,7}\s+" + _MEDS + r"\b|" + _MEDS + r"\s+(?:\w+\s+){0,2}stash\w*\b",
        # sleeves worn because of the arms, not because of the cold or a rash
        r"\b(?:long\s+sleeves|sleeves\s+(?:down|on)|hoodie|jumper|cardigan)\b.{0,40}\b(?:because\s+"
        r"of|to\s+hide|to\s+cover(?:\s+up)?|so\s+(?:no\s+one|nobody|people\s+do\s+not|they\s+do\s+"
        r"not)\s+(?:sees?|notices?|asks?\s+about))\s+my\s+(?:arms?|wrists?|legs?|thighs?)\b"
        r"(?!.{0,40}\b(?:sunburn\w*|sun|eczema|rash|psoriasis|tattoos?|bites?|cold|freezing|"
        r"chilly|allerg\w*)\b)",
        # a blade and blood (words or emoji), again or kept from someone, or "did it again" with
        # blood; not a kitchen accident, a blood test or a blood orange
        r"^(?!.*"
        + _NOT_HARM_BLOOD
        + r")(?=.*(?:\b(?:knife|knives|blades?|razors?)\b|🪒))(?=.*"
        + _BLOOD
        + r")(?=.*\b(?:again|do\s+not\s+tell|sorry)\b)",
        r"^(?!.*"
        + _NOT_HARM_BLOOD
        + r")(?=.*\b(?:did|done|doing)\s+it\s+again\b)(?=.*"
        + _BLOOD
        + r")",
        # an overdose as "the lot", said bare or with the tablets named
        r"\bswallowed\s+(?:the\s+(?:whole\s+)?lot|every\s+(?:last\s+)?one(?:\s+of\s+them)?)\s*(?:$|"
        r"[.!,]|just\s+now|earlier|tonight|an\s+hour\s+ago|and\b)(?!.{0,40}"
        + _FOOD_OR_DRINK
        + r")",
        r"\b(?:took|taken|swallowed|necked|downed|had)\s+"
        + _HEDGE
        + r"(?:the|a|my)\s+(?:whole|entire|full)\s+"
        r"(?:box|packet|pack|bottle|strip|tub|blister)\s+(?:of\s+)?(?:\w+\s+){0,2}"
        + _MEDS
        + r"\b(?!\s+(?:to|into|back|with\s+me|in\s+my\s+bag)\b)",
        # tablets put aside "just in case"; not put aside for the weekend so as not to forget
        r"\b" + _MEDS + r"\s+(?:aside|by|away)\b.{0,40}(?:\bjust\s+in\s+case\s*(?:$|[.!,])|\bin\s+"
        r"case\s+i\s+need\s+them\b|\bsince\s+(?:the\s+last|last)\s+(?:session|time|month|week)\b|"
        r"\bfor\s+(?:weeks|months)\b)",
        r"^(?=.*\b(?:pills|tablets|meds|packets?|boxes|strips?|paracetamol|sleeping)\b)(?=.*\b(?:"
        r"took|taken|necked|downed|had)\s+(?:the\s+(?:whole\s+)?lot|every\s+(?:last\s+)?one)\s*(?:$|"
        r"[.!,]|just\s+now|earlier|tonight|an\s+hour\s+ago|and\b))(?!.*" + _FOOD_OR_DRINK + r")",
        # cuts kept out of sight, cuts getting deeper, stitches again
        r"\b(?:sleeves?\s+(?:down|on)|long\s+sleeves|cover(?:ing|ed)?\s+(?:up\s+)?my\s+(?:arms?|"
        r"wrists?|legs?))\b.{0,80}\b(?:cuts|scars|burns|marks|bruises)\b",
        r"\b(?:my\s+|the\s+)?cuts\s+(?:are|keep)\s+getting\s+deeper\b"
        r"(?!.{0,40}\b(?:funding|budgets?|services|council|government|benefits)\b)",
        r"\b(?:arms?|wrists?|legs?|thighs?)\s+(?:stitched|glued|dressed)\s+(?:up\s+)?(?:again|"
        r"\w+\s+time)\b|\bkeep\s+(?:saying|promising|telling\s+myself)\s+(?:i\s+will|ill)\s+stop\s*"
        r"(?:[.!,]|$)",
        # the blade back as a friend, or months clean from it lost
        _BLADE_BACK,
        r"^(?=.*\b(?:blades?|razors?|cutting|self\s+harm\w*)\b)(?=.*" + _CLEAN_LOST + r")",
        # a blade carried, and cutting in the toilets or been cutting; not a craft or a haircut
        r"^(?!.*\b(?:shav\w*|stanley|craft\w*|cardboard|boxes|carpet|lino|tiles?|model\w*|"
        r"hair\w*|barber\w*|fabric|vinyl|paper|wallpaper|pattern\w*|plasterboard)\b)(?=.*\b"
        r"(?:blades?|razors?)\s+(?:\w+\s+)?in\s+my\s+(?:pocket|bag|sleeve|hand|sock|bra|purse)\b)"
        r"(?=.*\b(?:been|keep|started|was)\s+cutting\b(?!\s+(?:the|a|an|down|back|out|up|off|"
        r"corners|costs|it|through|across|my\s+(?!arms?|legs?|wrists?|thighs?|skin|stomach))\b))",
    ),
    # cutting, and going deeper than before
    "cutting deeper": (
        _NOT_BUDGET_CUTS + every_one_of(_CUTTING, _DEEPER),
        # someone else's cuts past what a plaster covers: deeper than before, gaping
        _NOT_BUDGET_CUTS + every_one_of(_THEY_CUT, _DEEP_WOUNDS),
    ),
}
