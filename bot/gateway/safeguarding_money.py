"""The English phrase net, part eleven: money taken from an older or dependent adult by someone
close to them, or by a caller who pretends to be the police; and debts run up in the writer's
name by a partner or an ex.

Financial abuse is told as what is being done, rarely by its name: a brother "stealing nan's
pension again", a lodger who has the bank card and says how much may be spent, a son who has taken
charge of the bank account and left nothing for food, a son-in-law who takes the pension and says
she should die, a new "friend" who has her withdraw £500 at a time and says not to tell the
family, a caller "from the police" who has a father hand his savings to a courier. Each is read
only when the taking comes with what makes it harm: stolen outright, or taken and leaving someone
without tablets or food, told what they may spend, wished dead or kept from a doctor, or sworn to
secrecy. So a son who takes mum's pension to the post office for her, a carer who has the card for
the shopping, a granddaughter who helps with a withdrawal, the government "stealing our pensions",
and a fraud talk at the assembly about couriers are left alone. Text has been through
safeguarding_words.normalise.

Money taken over with the writer cut off is read as well: finances taken over and a
"not allowed to" use the phone or go out, everything taken and an allowance handed back, the
phone and the money done by someone who is difficult about anything done without asking. A
partner met online is read when sums go to them or a home is remortgaged for them, and a carer
when they take money from the wallet or the purse, not for the shopping.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import every_one_of

# Whose money: the writer's, or an older relative's or someone else's named by a possessive (not
# "our pensions", which is politics).
_WHOSE = (
    r"(?:my|her|his|(?:my\s+|her\s+|his\s+)?(?:nans|grans|grannys|grandmas|grandads|mums|dads|"
    r"aunties|uncles|grandpas|neighbours))"
)
_THE_MONEY = (
    r"(?:pension|state\s+pension|benefits|savings|bank\s+card|card|pin|money|attendance\s+"
    r"allowance|pip|universal\s+credit|bank\s+account|account|finances)"
)
# The state, a tax or prices doing the "stealing" are the assembly's subjects, not a disclosure.
_NOT_POLITICS = (
    r"^(?!.*\b(?:council|government|tories|labour|reform|chancellor|treasury|state|taxe?s?|"
    r"inflation|energy\s+companies|banks)\b.{0,30}\b(?:steal\w*|stole|robb\w*|tak\w+))"
)
_STOLEN = (
    r"\b(?:steal\w*|stole|stolen|nick\w*|pinch\w*|robb\w*)\s+(?:all\s+(?:of\s+)?)?"
    + _WHOSE
    + r"\s+(?:\w+\s+)?"
    + _THE_MONEY
    + r"\b"
)
# Someone close has the money or the card (not a shop that has the card on file, or someone
# taking it somewhere for them).
_TAKEN = (
    r"\b(?:he|she|they|lodger|carer|son|daughter|in\s*-?\s*law|nephew|niece|grandson|"
    r"granddaughter|brother|sister|friend|partner|husband|wife|boyfriend|girlfriend|neighbour)"
    r"[\w\s,]{0,40}?\b(?:takes|took|taken|taking|has|had|keeps|kept|holds|spends|spent|cashes|"
    r"cashed|(?:taken|took|takes|taking)\s+(?:charge|control|over)(?:\s+of)?)\s+"
    + _WHOSE
    + r"\s+(?:\w+\s+)?"
    + _THE_MONEY
    + r"\b(?!\s+(?:to|out|in|up|round|down|for\s+(?:me|her|him|them))\b)"
)
# What makes it harm: left without, told what may be spent, wished dead, kept from help.
_LEFT_WITHOUT = (
    r"\b(?:can\s+not|could\s+not|not\s+(?:been\s+)?able\s+to|unable\s+to)\s+"
    r"(?:buy|afford|get|pay\s+for)\s+(?:my|her|his|any)\s+(?:\w+\s+)?(?:tablets|medication|"
    r"medicine|pills|insulin|inhaler|food|shopping|gas|electric|heating)\b|"
    r"\b(?:nothing|no\s+money|not\s+enough)\s+(?:left\s+)?(?:for|to\s+buy)\s+(?:food|my\s+"
    r"tablets|(?:the|my|her|his)\s+(?:shopping|heating|medication))\b|"
    r"\btells?\s+(?:me|her|him)\s+how\s+much\s+(?:i|she|he)\s+(?:am|is|are)\s+allowed\b|"
    r"\b(?:she|he|i)\s+(?:should|ought\s+to)\s+(?:just\s+)?(?:die|be\s+dead)\b|"
    r"\b(?:will\s+not|would\s+not|does\s+not|never)\s+let\s+(?:me|her|him)\s+(?:see|go\s+"
    r"to|call|ring)\s+(?:a|the|my|her|his)\s+(?:doctor|gp|nurse|hospital|family|children)\b"
)
# Someone who has her take money out, and says not to tell, or is put on her account.
_HAS_HER_WITHDRAW = (
    r"\b(?:getting|gets|got|making|makes|made|having|persuad\w+|talk\w*)\s+(?:her|him|me|mum|dad|"
    r"nan|gran|grandad|my\s+\w+)\s+(?:into\s+)?(?:to\s+)?(?:withdraw\w*|tak\w+\s+out|draw\w*\s+ou"
    r"t|"
    r"transfer\w*|hand\w*\s+over)\s+(?:£\s?\d+|money|cash|savings|thousands|hundreds)"
)
_IN_SECRET_OR_AGAIN = (
    r"\b(?:told|tells|telling)\s+(?:her|him|me)\s+not\s+to\s+tell\b(?!\s+(?:anyone|anybody)\s+"
    r"(?:my|her|his|the)\s+pin)|\bkeep\s+it\s+(?:a\s+)?secret\b|\badded\s+(?:him|her|them)\s+"
    r"(?:to|on)\s+(?:her|his|my|the)\s+(?:bank\s+)?account\b"
)
# Debts run up in someone's name by a partner or an ex ("my ex has taken out three loans in my
# name"), with the debt chased or the account still in his hands; not a loan taken out together
# for the kitchen.
_DEBT_IN_MY_NAME = (
    r"\b(?:he|she|they|ex|partner|husband|wife|boyfriend|girlfriend|son|daughter|brother|"
    r"carer)\s+(?:has\s+|have\s+|had\s+)?(?:taken|took|run|ran|opened|put|got)\s+"
    r"(?:out\s+|up\s+)?(?:\w+\s+){0,2}(?:loans?|credit\s+cards?|debts?|catalogues?|overdrafts?|"
    r"finance|phone\s+contracts?)\s+(?:\w+\s+){0,2}in\s+(?:my|her|his)\s+name\b"
)
_CHASED_OR_STILL_HIS = (
    r"\b(?:bailiffs|debt\s+collectors?|red\s+letters|court\s+letters|ccjs?|without\s+(?:asking|"
    r"telling|my\s+knowledge)|behind\s+my\s+back|empty\s+(?:it|anything|everything|my)|still\s+"
    r"(?:has|got|uses|gets\s+into)\s+(?:my|her|his)\s+(?:online\s+)?(?:bank\w*|account|card|"
    r"pin|app))\b"
)
# A caller who says they are the police or the bank, the savings to be handed over, and a
# courier or a man coming to collect.
_POSING = (
    r"\b(?:saying|says|said|claiming|claims|claimed|pretending|pretends|pretended|making\s+out)\s"
    r"+"
    r"(?:that\s+)?(?:they\s+are|he\s+is|she\s+is|they\s+were|he\s+was|to\s+be|it\s+is|it\s+was)\s"
    r"+"
    r"(?:from\s+)?(?:the\s+|an?\s+)?(?:police|bank|fraud\s+(?:team|squad|department)|hmrc|"
    r"detectives?|"
    r"officers?|scotland\s+yard)\b|"
    # a caller named by where they say they are from: "a man from the bank rang dad"
    r"\b(?:someone|somebody|a\s+(?:man|woman|lady|guy|caller|detective|officer))\s+(?:\w+\s+)?"
    r"from\s+(?:the\s+|my\s+|her\s+|his\s+)?(?:police|bank|fraud\s+(?:team|squad|department)|"
    r"hmrc|scotland\s+yard)\s+(?:rang|called|phoned|rung|has\s+(?:rang|rung|called|phoned))\b"
)
_TO_HAND_OVER = (
    r"\b(?:he|she|i|dad|mum|nan|gran|grandad|grandma|my\s+\w+)\s+(?:(?:needs|has|had|must|should|"
    r"is|was\s+told|is\s+(?:being\s+)?told|has\s+been\s+told|agreed|have|got|has\s+got)\s+to|"
    r"must|should)\s+(?:hand|give|withdraw|take\s+out|draw\s+out|transfer|move|put)\s+"
    r"(?:over\s+)?(?:all\s+)?(?:his|her|my|their)\s+(?:\w+\s+)?"
    r"(?:savings|cash|money|cards?|pin|gold|jewellery|valuables)\b|"
    # or wants them collected: "needs his bank cards collected"
    r"\b(?:needs?|wants?)\s+(?:all\s+)?(?:his|her|my|their|your)\s+(?:\w+\s+)?(?:savings|cash|"
    r"money|cards?|pin|gold|jewellery|valuables)\s+(?:collected|picked\s+up|handed\s+over)\b"
)
_COLLECTED = (
    r"\b(?:couriers?|(?:coming|come|sending\s+someone|send\s+someone)\s+(?:\w+\s+){0,2}?(?:to\s+)"
    r"?"
    r"(?:collect|pick\s+(?:it|them)\s+up)|for\s+safe\s*keeping)\b"
)


# Money taken over and the writer cut off: finances taken over, with a "not allowed to" use the
# phone or go out; everything taken and an allowance handed back; someone who does all the
# phone and the money and is difficult about anything done without his say.
_FINANCES_TAKEN_OVER = (
    r"\b(?:taken|took|taking)\s+(?:over|control\s+of|charge\s+of)\s+(?:all\s+)?(?:my|her|his)\s+"
    r"(?:finances|money|bank\w*|accounts?|pension|affairs)\b"
)
_CUT_OFF = (
    r"\b(?:not\s+(?:allowed|permitted)\s+to|(?:will|does)\s+not\s+let\s+(?:me|her|him))\s+"
    r"(?:use|have|touch|go|see|leave|phone|ring|call|spend|drive|access|open|answer|speak)\b"
)
_TAKES_EVERYTHING = (
    r"\b(?:he|she)\s+takes\s+(?:everything|all\s+(?:of\s+)?(?:my|the)\s+(?:money|wages|pay|"
    r"benefits)|my\s+(?:wages|benefits|pay|universal\s+credit))\b"
)
_AN_ALLOWANCE = r"\bgives\s+(?:me|us)\s+£?\d+\s*(?:a|per|each)\s+(?:week|month|day)\b"
_DOES_MY_MONEY = (
    r"\b(?:he|she)\s+(?:does|handles|controls|runs|has)\s+all\s+(?:of\s+)?my\s+(?:(?:phone|post|"
    r"letters)\s+and\s+(?:money|bank\w*|finances)|(?:money|bank\w*|finances)\s+and\s+(?:phone|"
    r"post|letters))\b"
)
_DIFFICULT_WITHOUT_HIS_SAY = (
    r"\b(?:(?:gets|goes|get)\s+(?:funny|angry|nasty|mad|arsey|cross|off\s+on\s+one)|kicks\s+off)"
    r"\b.{0,40}\bwithout\s+(?:checking|asking|telling|his|her)\b"
)
# A partner met online, and money going to them in sums or a home remortgaged for them
# ("a new boyfriend off the internet who's had £30k off her"); not a gift bought for her.
_MET_ONLINE = (
    r"\b(?:boyfriend|girlfriend|partner|fella|fiance|fiancee|admirer|man|woman)\s+(?:\w+\s+){0,2}"
    r"(?:off|from|on|met\s+on|met)\s+(?:the\s+)?(?:internet|online|facebook|a\s+dating\s+\w+)\b|"
    r"\bonline\s+(?:boyfriend|girlfriend|partner|fella|fiance|fiancee)\b"
)
_MONEY_TO_THEM = (
    r"\b(?:had|took|taken|got|conned)\s+(?:nearly\s+|over\s+|about\s+)?£\s?\d[\d,.]*k?\s+(?:off|"
    r"out\s+of|from)\s+(?:her|him|them)\b|\b(?:sent|given|gave|lent|transferred|wired)\s+(?:him|"
    r"her|them)\s+(?:nearly\s+|over\s+|about\s+)?£\s?\d|\bremortgag\w+|\b(?:all|most)\s+of\s+"
    r"(?:her|his)\s+savings\b"
)
# A carer who helps themselves to the money of the person they care for ("took £200 out his
# wallet"); not cash drawn for the shopping.
_CARER_TAKES = (
    r"\b(?:carer|care\s+worker|home\s+help|helper)s?\b.{0,80}\b(?:took|takes|taken|taking|"
    r"helps\s+(?:her|him)self\s+to)\s+(?:£\s?\d+\w*|money|cash|notes)\s+(?:out\s+(?:of\s+)?|"
    r"from\s+)(?:his|her|their)\s+(?:wallet|purse|handbag|bag|account|tin|drawer)\b(?!.{0,40}\b"
    r"(?:for\s+(?:the|his|her)\s+(?:shopping|prescriptions?|bills?)|receipts?\s+(?:for|kept))\b)"
)

MONEY_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a pension, savings or card stolen, or taken and leaving someone without or wished dead
    "pension or card taken": (
        _NOT_POLITICS + every_one_of(_STOLEN),
        "^" + every_one_of(_TAKEN, _LEFT_WITHOUT),
    ),
    # someone who has her take money out, in secret or onto his account
    "withdrawals for someone": ("^" + every_one_of(_HAS_HER_WITHDRAW, _IN_SECRET_OR_AGAIN),),
    # a caller posing as the police or the bank, and the savings handed to a courier
    "courier fraud": ("^" + every_one_of(_POSING, _TO_HAND_OVER, _COLLECTED),),
    # debts run up in someone's name by a partner or an ex, chased or the account still his
    "debts in someone's name": ("^" + every_one_of(_DEBT_IN_MY_NAME, _CHASED_OR_STILL_HIS),),
    # finances taken over with the writer cut off, an allowance handed back, or no say
    "money taken over, cut off": (
        "^" + every_one_of(_FINANCES_TAKEN_OVER, _CUT_OFF),
        "^" + every_one_of(_TAKES_EVERYTHING, _AN_ALLOWANCE),
        "^" + every_one_of(_DOES_MY_MONEY, _DIFFICULT_WITHOUT_HIS_SAY),
    ),
    # a partner met online who takes sums or a remortgage; a carer taking from the wallet
    "money to a partner online": ("^" + every_one_of(_MET_ONLINE, _MONEY_TO_THEM),),
    "carer takes the money": (_CARER_TAKES,),
}
