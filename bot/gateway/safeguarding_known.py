"""The English phrase net: a risk told beside a history already on record.

A member names what services already know (a stent, a Prevent referral, a safe house, a MARAC
case, a section) and then what is happening now, which is the risk: chest pain into the arm in
someone with a heart history, even with the stent dated "years ago"; a young person once
referred to Prevent back on the same videos and naming targets; someone placed in a safe house
or a refuge whose traffickers or abuser have found the address; a MARAC or non-mol case with
him seen on the member's road; someone unwell in mind now (no sleep for days, the messiah, the
voices, meds stopped) with a knife on them. Each needs the history and the now together, so a
closed referral with the young person doing well, a refuge that found the member a flat, a
MARAC long ago with him gone, and chest pain checked over and fine are left alone. Text has been
through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_emergency import _CHEST_PAIN, _SPREADING
from bot.gateway.safeguarding_words import every_one_of

# A heart history, and chest pain now with where it goes; not a pain told as over or checked.
_HEART_HISTORY = (
    r"\b(?:stents?|bypass|angina|pacemaker|heart\s+(?:attack|condition|problems?|failure|"
    r"surgery|op))\b"
)
_PAIN_OVER = (
    r"^(?!.*\b(?:last\s+(?:year|month|week|night)|fine\s+now|(?:all\s+)?healed|all\s+clear|"
    r"checked\s+(?:\w+\s+)?(?:out|over)|(?:doctor|gp|hospital)\s+said|gym|muscle|pulled|workout|"
    r"lol|haha\w*)\b)"
)
# A Prevent or Channel referral before, the same content again, and targets or violence named.
_PREVENT_BEFORE = (
    r"\b(?:referred\s+to\s+(?:prevent|channel)|(?:prevent|channel)\s+(?:referral|case|officer|"
    r"team|programme|worker|panel))\b"
)
_BACK_AT_IT = (
    r"\b(?:again|back\s+(?:to|on|into)|same\s+(?:videos|stuff|content|channels|groups|forums|"
    r"people|sites))\b"
)
_TARGETS = (
    r"\b(?:legitimate\s+targets?|deserve\s+to\s+die|traitors?|enemy|enemies|invaders|race\s+war|"
    r"kill\w*|attack\w*|bomb\w*|knife|knives|weapons?|martyr\w*)\b"
)
# Placed somewhere safe, and those who harmed the member have found it.
_IN_PROTECTION = (
    r"\b(?:(?:i\s+am|we\s+are|i\s+was|we\s+were)\s+(?:\w+\s+){0,2}?(?:in|at)|(?:put|moved|placed|"
    r"housed)\s+(?:me|us)\s+(?:\w+\s+)?(?:in|into|at))\s+(?:the\s+|a\s+)?(?:nrm|national\s+"
    r"referral\s+mechanism|safe\s*house|refuge|witness\s+protection|safe\s+accommodation)\b"
)
_FOUND_IT = (
    r"\b(?:he|they|men|man|ex|gang|traffickers?|family|husband|brothers?)\s+(?:\w+\s+){0,4}?"
    r"(?:found|know|knows|have\s+got|got|worked\s+out|tracked\s+down)\s+(?:out\s+)?(?:the|my|our|"
    r"this)\s+(?:new\s+)?(?:address|location|postcode)\b|\b(?:photo|picture|pic|video)s?\s+of\s+"
    r"(?:the|my|our)\s+(?:front\s+)?(?:door|house|building|window|street)\b|\b(?:found|tracked\s+"
    r"down)\s+(?:me|us)\b(?!\s+(?:a|an|some|the)\b)"
)
# A high-risk domestic abuse case or order, and him seen near the member's home now.
_DA_CASE = r"\b(?:marac|idva|non\s*-?\s*mol\w*|restraining\s+order|dvpo|dvpn)\b"
_HE_IS_NEAR = (
    r"\b(?:he|him|ex)\s+(?:(?!(?:my|her|his|she|i|neighbour)\b)\w+\s+){0,8}?(?:seen|spotted|sat|"
    r"parked|parking|waiting|hanging\s+around|walking\s+past|driving\s+past|turned\s+up|turning"
    r"\s+up)\s+(?:\w+\s+){0,3}?(?:on|near|outside|at|by|round|past)\s+(?:my|our|the\s+kids)\s+"
    r"(?:\w+\s+)?(?:road|street|house|flat|door|block|school|work|estate)\b"
)
# Someone unwell in mind now, and a weapon on them; not a cook's knife.
_UNWELL_NOW = (
    r"\b(?:psychotic|hearing\s+voices|the\s+voices|(?:says|thinks|believes|convinced)\s+(?:he|"
    r"she)\s+(?:is\s+)?(?:the\s+)?(?:messiah|god|jesus|chosen\s+one|devil)|(?:has\s+not|not|"
    r"have\s+not)\s+slept\s+(?:for|in)\s+(?:\d+|two|three|four|five|several|days)|stopped\s+"
    r"(?:taking\s+)?(?:his|her|their)\s+(?:meds|medication|tablets|injections?))\b"
)
_ARMED = (
    r"\b(?:(?:has|got|carrying|carries|keeps|took|taken|sleeping\s+with)\s+(?:a\s+)?(?:\w+\s+)?"
    r"(?:knife|knives|blade|machete|hammer|axe|weapon)|(?:knife|blade|machete|hammer|weapon)\s+"
    r"(?:in|under)\s+(?:his|her|their)\s+(?:coat|pocket|bag|jacket|room|bed|pillow|hoodie))\b"
)
_A_COOK = r"^(?!.*\b(?:chef|cooking|kitchen|butcher|cake|bread|carv\w*|diy|shed)\b)"

KNOWN_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # chest pain spreading now in someone with a heart history, the history dated or not
    "chest pain with a heart history": (
        _PAIN_OVER + every_one_of(_HEART_HISTORY, _CHEST_PAIN, _SPREADING),
    ),
    # a young person referred before, back on the same content, naming targets
    "radicalisation come back": ("^" + every_one_of(_PREVENT_BEFORE, _BACK_AT_IT, _TARGETS),),
    # placed somewhere safe and found there; a protected case with him near now
    "found in a safe place": (
        "^" + every_one_of(_IN_PROTECTION, _FOUND_IT),
        "^" + every_one_of(_DA_CASE, _HE_IS_NEAR),
    ),
    # someone unwell in mind now with a weapon on them
    "a crisis in mind with a weapon": (_A_COOK + every_one_of(_UNWELL_NOW, _ARMED),),
}
