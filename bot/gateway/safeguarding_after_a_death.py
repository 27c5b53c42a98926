"""The English phrase net: danger now told around a death, by the bereaved or about them.

Grief alone is no risk; these read the danger now that a death has left behind: a dead twin's
voice calling the writer to come to her while the writer stands at a platform or a bridge; a
widowed parent who has stopped their medicine to go to the one who died, or who has chest pain
and will not let an ambulance be called; an old person not eating or drinking for days; a
disabled adult with nobody with them who cannot cook or take their medicine alone; and a house
with the gas cut off, someone in bed in a coat for days and not eating. Each needs the danger
itself (a drop, a medicine stopped, days unfed, no one there), so its everyday twin with the same
words reads past it: a voice remembered telling the writer to eat their greens, medicine stopped
on the doctor's say, fasting before an operation, a support worker there every evening, a boiler
being fitted. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

_SOMEONE_CLOSE = (
    r"(?:him|her|them|dad|mum|my\s+(?:dad|mum|husband|wife|partner|twin|son|daughter|brother|"
    r"sister|boy|girl))"
)
# The one who died heard calling the writer to come to them or join them.
_CALLED_TO_THE_DEAD = (
    r"\b(?:hear|hears|hearing|heard)\s+(?:her|him|them|(?:her|his|their)\s+voice)\s+(?:\w+\s+)?"
    r"(?:telling|asking|calling|begging)\s+(?:me\s+)?(?:to\s+)?(?:come|go|join)\s+(?:to\s+)?"
    r"(?:her|him|them)\b"
)
# Standing or sat at a drop now: a platform, the tracks, a bridge, an edge, a roof.
_AT_A_DROP = (
    r"\b(?:i\s+am|am|im)\s+(?:standing|stood|sat|sitting|waiting|on|at)\s+(?:at\s+|on\s+)?"
    r"(?:the|a)\s+(?:platform|tracks|bridge|edge|roof|cliff|viaduct|multi\W*storey)\b"
)

# Medicine stopped by someone who says they want to go to or be with the one who died.
_MEDICINE_STOPPED = (
    r"\b(?:stopped|stopping|not|refus\w*\s+to\s+keep|given\s+up)\s+(?:taking\s+)?(?:her|his|"
    r"their|my)\s+(?:\w+\s+)?(?:meds|medicine|medication|tablets|pills|insulin)\b"
)
_WANTS_TO_GO_TO_THEM = (
    r"\b(?:wants?|wanted|wanting|ready)\s+to\s+(?:go\s+to|be\s+with|join)\s+"
    + _SOMEONE_CLOSE
    + r"\b(?!\s+(?:for|at|on|about|in|to)\b)"
)
# Chest pain, or no breath, with the one in pain refusing an ambulance.
_CHEST_PAIN_NOW = (
    r"\b(?:chest\s+pains?|pains?\s+in\s+(?:her|his|my)\s+chest|can\s+not\s+(?:breathe|catch\s+"
    r"(?:her|his)\s+breath))\b"
)
_NO_AMBULANCE_LET = (
    r"\b(?:will\s+not|would\s+not|does\s+not|refuses\s+to)\s+let\s+(?:me|us|anyone)\s+(?:call|"
    r"ring|phone)\s+(?:999|111|an\s+ambulance|the\s+ambulance|a\s+doctor)\b"
)

# An old or unwell person not eating or drinking for days; not fasting, an operation or a pet.
_NOT_EATING_OR_DRINKING = (
    r"\b(?:will\s+not|would\s+not|does\s+not|has\s+not|have\s+not|not|stopped|refus\w*\s+to)\s+"
    r"(?:eat|eating|eaten)\s+or\s+(?:drink|drinking|drunk)\b"
)
_FOR_DAYS = r"\b(?:\d+|two|three|four|five|six|several|a\s+few|a\s+couple\s+of)\s+days\b"
_NOT_A_FAST = (
    r"^(?!.*\b(?:fast\w*|ramadan|lent|op|operation|surgery|procedure|scan|anaesthetic|"
    r"colonoscopy|dog|cat|puppy|kitten|hamster|rabbit|pet|vet|diet|detox|juice\w*)\b)"
)

# A disabled or dependent adult with nobody with them, who cannot cook or take their medicine
# alone.
_NOBODY_WITH_THEM = (
    r"\b(?:nobody|no\s+one|no\s+body)\s+(?:is|has\s+been)\s+(?:with|looking\s+after|checking\s+"
    r"on|caring\s+for)\s+(?:him|her|them|my\s+\w+)\b(?!\s+(?:at|in|on)\s+(?:the\s+)?(?:dentist|"
    r"doctors|moment|match|party|school|work|college)\b)"
)
_CAN_NOT_MANAGE_ALONE = (
    r"\b(?:can\s+not|could\s+not|is\s+not\s+able\s+to|unable\s+to)\s+(?:\w+\s+){0,2}?(?:cook|eat|"
    r"wash|feed\s+(?:himself|herself|themselves)|take\s+(?:his|her|their)\s+(?:\w+\s+)?"
    r"(?:medicine|meds|medication|tablets|insulin))\b[^.!?]{0,40}?\b(?:alone|on\s+(?:his|her|"
    r"their)\s+own|by\s+(?:himself|herself|themselves))\b"
)

# No heat at home and days unfed: the gas or heating cut off, in bed in a coat, not eaten; not
# the gas off for a new boiler or an engineer's visit, nor takeaways instead of cooking.
_NOT_A_REPAIR = r"^(?!.*\b(?:boiler\s+(?:fitted|being\s+fitted|installed)|engineer|takeaways?)\b)"
_NO_HEAT = (
    r"\b(?:cut\s+off\s+(?:the|my|our)\s+(?:gas|heating|electric\w*|power)|(?:gas|heating|"
    r"electric\w*|power)\s+(?:has\s+been\s+|was\s+|got\s+|is\s+)?(?:cut\s+off|disconnected)|"
    r"no\s+(?:heating|heat|gas)\b|(?:house|flat|home)\s+is\s+(?:so\s+|really\s+|freezing\s+)?"
    r"cold)\b"
)
# Not eaten (not "not eaten out" or "not eaten yet"), or in bed in a coat to keep warm.
_UNFED = (
    r"\b(?:have\s+not|has\s+not|not)\s+eaten\b(?!\s+(?:a\s+hot|out|properly|much|meat|yet)\b)|"
    r"\bin\s+bed\s+in\s+(?:my|her|his)\s+coat\b"
)

AFTER_A_DEATH_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # the one who died heard calling the writer to them while the writer stands at a drop
    "called to the dead at a drop": (every_one_of(_CALLED_TO_THE_DEAD, _AT_A_DROP),),
    # medicine stopped to go to the one who died, or chest pain with no ambulance let be called
    "medicine stopped to join the dead": (
        every_one_of(_MEDICINE_STOPPED, _WANTS_TO_GO_TO_THEM),
        every_one_of(_CHEST_PAIN_NOW, _NO_AMBULANCE_LET),
    ),
    # not eating or drinking for days; not a fast, an operation or a pet
    "not eating or drinking for days": (
        _NOT_A_FAST + every_one_of(_NOT_EATING_OR_DRINKING, _FOR_DAYS),
    ),
    # a dependent adult with nobody with them who cannot cook or take their medicine alone
    "a dependent adult with no one there": (
        every_one_of(_NOBODY_WITH_THEM, _CAN_NOT_MANAGE_ALONE),
    ),
    # no heat at home, days in bed in a coat or unfed
    "no heat and days unfed": (_NOT_A_REPAIR + every_one_of(_NO_HEAT, _UNFED, _FOR_DAYS),),
}
