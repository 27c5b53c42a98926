"""The English phrase net: debts, gambling and scams with the danger here now.

Money trouble is told as money, and the risk is in what comes with it:

- a scam going on now on a parent or an older neighbour: a caller "from the bank", "HMRC" or
  "a policeman" with card numbers being read out, savings or money being moved, gift cards
  being bought or cash to be collected "for safekeeping", and a sign it is happening now (now,
  today, in ten minutes, for hours, will not put the phone down, will not leave);
- the people owed coming: a lender, a dealer or "the lads I owe" who will do someone's face
  in, send "collectors" or come round tonight with "his boys", or know where someone hides;
- bailiffs or a landlord's men changing the locks with the children inside and the writer
  kept out;
- medicine or an oxygen machine sold or pawned for a debt, and someone unwell or short of
  breath now;
- everything lost or the debt collectors ringing, with the writer at a bridge now or the car
  running in a garage;
- a child at home with a parent drinking or gambling for days, no food, and a brother, a
  sister or the writer hit.

The everyday twins share the words and are left alone: a scam text ignored and reported, a
fake bank call hung up on or told as years ago, a debt paid off, bailiffs years ago, insulin
pens collected from the chemist, a bridge walked over, a car warming up in the garage, a
parent's night out. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# Told as over, stopped or a subject: everyday.
_OVER = (
    r"^(?!.*\b(?:last\s+(?:year|month|week|christmas|winter|summer)|years?\s+ago|months?\s+ago|"
    r"weeks?\s+ago|back\s+in\s+(?:the\s+day|(?:\w+\s+)?(?:19|20)\d\d)|in\s+(?:19|20)\d\d|"
    r"did\s+not\s+fall\s+for\s+it|(?:bank|police)\s+(?:stopped|blocked|refunded)|"
    r"(?:she|he|they|i)\s+(?:hung|put\s+the\s+phone)\s+(?:up|down)|"
    r"reported\s+(?:it|them)|action\s+fraud|paid\s+off|debt\s+free|all\s+sorted|sorted\s+now|"
    r"roleplay|role\s+play|film|drama|episode|training|course|awareness|lol|haha\w*)\b)"
)
_NOW = (
    r"\b(?:right\s+now|now|rn|as\s+we\s+speak|today|tonight|this\s+(?:morning|afternoon|"
    r"evening)|in\s+(?:\d+|ten|five|twenty|a\s+few)\s+(?:mins?|minutes)|for\s+(?:over\s+|"
    r"nearly\s+|almost\s+)?(?:\d+|an|two|three|four)\s+hours?|(?:will|would)\s+not\s+"
    r"(?:put\s+(?:it|the\s+phone)\s+down|hang\s+up|leave|listen|stop)|not\s+to\s+hang\s+up)\b"
)

# The scam: a caller or a visitor posing as the bank, HMRC or the police, or named a scammer.
_SCAMMER = (
    r"\b(?:scammers?|fraudsters?|con\s*m[ae]n)\b|"
    r"\b(?:saying|says|said|claiming|claims|pretending)\s+(?:that\s+)?(?:they\s+are|he\s+is|"
    r"she\s+is|to\s+be|it\s+is)\s+(?:from\s+)?(?:the\s+|her\s+|his\s+|their\s+)?(?:bank|police|"
    r"hmrc|tax\s+office|fraud\s+(?:team|department))\b|"
    r"\b(?:call|calls|phone\s+call|ringing|rang)\s+from\s+(?:the\s+)?(?:hmrc|tax\s+office|bank|"
    r"police)\b.{0,60}\b(?:arrested|prison|court|unless|or\s+else)\b|"
    r"\b(?:a\s+)?(?:policeman|police\s+officer|detective|bank\s+manager)\s+is\s+coming\s+to\s+"
    r"(?:collect|pick\s+up|take)\b|"
    r"\b(?:man|woman|stranger|bloke|guy)\s+in\s+(?:her|his|their)\s+(?:house|flat|home|kitchen)"
    r"\s+(?:\w+\s+){0,2}?(?:making|telling|forcing|getting)\s+(?:her|him|them)\b"
)
# What is being handed over: card numbers read out, money moved, gift cards, cash collected.
_HANDED_OVER = (
    r"\b(?:reading|read|giving|gave)\s+(?:out\s+)?(?:her|his|their|the)\s+(?:card\s+(?:numbers?|"
    r"details)|bank\s+details|pin|security\s+(?:code|number))\b|"
    r"\b(?:transfer\w*|moving|move|sending|send|withdraw\w*|taking\s+out)\s+(?:all\s+)?"
    r"(?:her|his|their|the)?\s*(?:savings|money|cash|pension)\b|"
    r"\b(?:pays?|paying|buy|buying)\s+(?:\w+\s+){0,2}?(?:in\s+)?(?:gift|itunes|amazon|google\s+"
    r"play|steam)\s+(?:cards?|vouchers?)\b|"
    r"\bcollect\s+(?:her|his|their)\s+(?:cash|money|savings|cards?|gold)\b"
)

# The people owed: a lender, a loan shark, a dealer or the lads someone owes.
_OWED = (
    r"\b(?:payday\s+lender|lenders?|loan\s*sharks?|money\s*lenders?|dealer|the\s+(?:lads|guys|"
    r"men|people|man)\s+(?:i|he|she|we)\s+owes?|(?:i|he|she|we)\s+owes?\s+(?:him|them|money)|"
    r"said\s+(?:i|he|she|we)\s+owes?)\b"
)
# What they will do: a face done in, "collectors" sent to a house, come round with his boys.
_THEY_WILL_COME = (
    r"\b(?:do|smash|kick|cut)\s+(?:my|his|her|your)\s+(?:face|head|legs?|knees?)\s+in\b|"
    r"\bsend\s+(?:\w+\s+){0,2}?(?:collectors|people|men|someone|the\s+boys|lads)\s+(?:round\s+)?"
    r"to\s+(?:my|her|his|our|your|\w+s)\s+(?:\w+\s+)?(?:house|home|flat|door|work)\b|"
    r"\b(?:coming|come)\s+round\s+(?:\w+\s+){0,2}?with\s+(?:his|their|the)\s+(?:boys|lads|mates|"
    r"crew|men)\b|"
    r"\b(?:know|knows)\s+(?:what\s+(?:she|he|i)\s+looks?\s+like|where\s+(?:it|i|she|he|we)\s+"
    r"(?:is|am|are|live\w*|hid\w*|stay\w*))\b"
)

# Bailiffs or a landlord's men changing the locks with children inside and the writer kept out.
_LOCKS_CHANGED = (
    r"\b(?:bailiffs?|enforcement\s+(?:agents?|officers?)|landlord|his\s+men)\b.{0,60}\b"
    r"(?:chang\w+|chang\w+\s+all)\s+the\s+locks\b"
)
_CHILDREN_INSIDE = (
    r"\b(?:kids|children|baby|son|daughter|little\s+ones?)\s+(?:\w+\s+){0,2}?(?:are|is)\s+"
    r"(?:still\s+)?(?:upstairs|inside|in\s+(?:there|the\s+(?:house|flat)|bed))\b"
)
_KEPT_OUT = (
    r"\b(?:will\s+not|would\s+not|do\s+not|won\s*t)\s+let\s+(?:me|us)\s+(?:back\s+)?in\b|"
    r"\blocked\s+(?:me|us)\s+out\b|\bplease\s+help\b"
)

# Medicine someone cannot go without sold or pawned, and someone unwell or breathless now.
_MEDICINE_SOLD = (
    r"\b(?:sold|sell|selling|pawned|pawning|pawn)\s+(?:all\s+)?(?:my|her|his|their|mums|dads|"
    r"nans|grans)\s+(?:\w+\s+){0,2}?(?:insulin|inhalers?|oxygen|medication|medicine|tablets|"
    r"pills|pens)\b"
)
_UNWELL_NOW = (
    r"\b(?:(?:feel|feeling)\s+(?:really\s+|very\s+|so\s+)?(?:unwell|ill|sick|faint|dizzy|shaky)|"
    r"can\s+(?:barely|hardly|not)\s+breathe|struggling\s+to\s+breathe|none\s+left|"
    r"(?:run|ran)\s+out)\b"
)

# Everything lost or the debt collectors ringing, and the writer at a bridge or a running car.
_LOST_OR_HOUNDED = (
    r"\b(?:lost\s+(?:everything|it\s+all|all\s+(?:of\s+)?(?:it|the\s+\w+))|debt\s+collectors|"
    r"bailiffs|loan\s*sharks?|(?:had|have\s+had)\s+enough)\b"
)
_AT_THE_END = (
    r"\b(?:i\s+am|i\s+have\s+been|sat|standing)\s+(?:\w+\s+)?on\s+(?:the|a)\s+(?:\w+\s+)?"
    r"bridge\s+(?:\w+\s+){0,2}?now\b|"
    r"\b(?:car|engine)\s+(?:is\s+)?running\s+in\s+the\s+(?:garage|lock\s*up)\b"
)
_FAREWELL_OR_SORRY = (
    r"\b(?:tell\s+(?:my|the)\s+(?:kids|children|son|daughter|wife|husband|mum|family)\s+i\s+"
    r"love|sorry\s+for\s+(?:wasting|everything|being)|goodbye|bye\s+everyone|had\s+enough)\b"
)

# A child at home with a parent drinking or gambling for days, no food, someone hit.
_A_CHILD_WRITING = (
    r"\b(?:i\s+am|im)\s+(?:only\s+)?1[0-7]\b|\bmy\s+(?:little|baby|younger)\s+(?:brother|sister)"
)
_PARENT_DRUNK_FOR_DAYS = (
    r"\b(?:dad|mum|mother|father|stepdad|stepmum)s?\s+(?:\w+\s+){0,5}?(?:drunk|drinking|"
    r"gambling|high|using)\s+(?:for|since)\s+(?:\d+|two|three|four|five|days|a\s+week)\b|"
    r"\bno\s+food\b.{0,60}\bno\s+(?:electric|gas|heating|money)\b"
)
_HIT_A_CHILD = (
    r"\b(?:hit|punched|kicked|slapped|beat|battered|hurt)\s+(?:me|my\s+(?:little\s+|baby\s+|"
    r"younger\s+)?(?:brother|sister))\s+(?:this\s+morning|today|tonight|last\s+night|again|"
    r"just\s+now)\b"
)

DEBT_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a caller or visitor posing as the bank, HMRC or the police, with money handed over now
    "scam going on now": (_OVER + every_one_of(_SCAMMER, _HANDED_OVER, _NOW),),
    # the people owed coming round, sending collectors or doing someone's face in
    "the people owed coming": (
        _OVER + every_one_of(_OWED, _THEY_WILL_COME, _NOW + r"|\bhiding\b|\bnot\s+joking\b"),
    ),
    # bailiffs changing the locks with the children inside and the writer kept out
    "locked out from the children": (
        _OVER + every_one_of(_LOCKS_CHANGED, _CHILDREN_INSIDE, _KEPT_OUT),
    ),
    # medicine or oxygen sold or pawned for a debt, and someone unwell now
    "medicine sold for a debt": (_OVER + every_one_of(_MEDICINE_SOLD, _UNWELL_NOW),),
    # everything lost or debt collectors ringing, at a bridge now or the car running
    "lost everything, at the end": (
        _OVER + every_one_of(_LOST_OR_HOUNDED, _AT_THE_END, _FAREWELL_OR_SORRY),
    ),
    # a child with a parent drunk or gambling for days, no food, and someone hit
    "child with a drunk parent": (
        _OVER + every_one_of(_A_CHILD_WRITING, _PARENT_DRUNK_FOR_DAYS, _HIT_A_CHILD),
    ),
}
