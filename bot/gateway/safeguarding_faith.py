"""The English phrase net: harm tied to faith and belief, now or about to happen.

A child or an adult called possessed, a witch or cursed and then beaten, starved, shut out, not
fed or "delivered"; a spirit to be beaten or forced out, or a deliverance, an exorcism or a
ruqyah done with beating, holding down or no food; medicine (insulin, epilepsy tablets) stopped
because the illness is said to be a spirit or black magic; a young person sent to a "healing" or
conversion camp, sent abroad "to be fixed", or taken to have it "prayed out of" them; and a faith
leader who has a child come to him alone for "private blessings".

Faith itself is left alone: prayer, fasting in Ramadan, a blessing at church, a baptism, a
pastor's visit, a madrasa's class times, a healing or deliverance service, ruqyah recited on
oneself, possession or exorcism talked about as a topic or watched in a film, and a toddler
"possessed" at bedtime as a joke. Each reading needs the harm, or a person doing it, beside the
belief. Text has been through safeguarding_words.normalise.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_words import any_two_of, every_one_of

# A story, a film or a piece of writing: possession and exorcism as something watched or read.
_NOT_A_STORY = (
    r"^(?!.*\b(?:film|films|movie|movies|series|documentary|documentaries|book|novel|episode|"
    r"netflix|podcast|character|article|essay|horror|exorcist)\b)"
)
# What someone is said to be or to have: possessed, a witch, cursed, a spirit, black magic.
_SPIRIT = (
    r"(?:possessed|bewitched|cursed|a\s+curse|witch(?:craft)?|jinns?|djinns?|demons?|devils?|"
    r"(?:an?\s+)?(?:evil\s+|bad\s+|unclean\s+)?spirits?|black\s+magic|juju|voodoo|obeah|"
    r"(?:the\s+)?evil\s+eye|kindoki|sihr|jadu)"
)
# Someone said or held by others to be possessed or a witch: "say she is a witch", "says i have
# jinn", "calls him a demon", "accused her of witchcraft".
_CALLED_POSSESSED = (
    r"\b(?:say|says|said|saying|believe|believes|believed|think|thinks|claim|claims|claimed|"
    r"told\s+(?:us|me|them|her|him)|decided|insist\w*|reckon\w*)\s+(?:that\s+)?(?:\w+\s+){0,3}?"
    r"(?:is|are|was|were|has|have|had|has\s+got|is\s+got|got)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:\w+\s+)?" + _SPIRIT + r"\b|\bcall\w*\s+(?:her|him|them|me|my\s+\w+|the\s+\w+)\s+"
    r"(?:a\s+|an\s+)?(?:witch|demon|devil|cursed)\b|\baccus\w*\s+(?:her|him|them|me|my\s+\w+|"
    r"the\s+\w+)\s+of\s+(?:being\s+(?:a\s+)?)?(?:witch\w*|possessed|cursed|sorcery)\b"
)
# Force used in a rite: beaten, held or tied down, locked in, kept without food.
_FORCED = (
    r"\b(?:beat|beats|beating|hit|hits|hitting|whip\w*|cane\w*|slap\w*|burn\w*)\s+(?:me|her|him|"
    r"them|you|us|my\s+\w+)\b|\b(?:hold|holds|holding|held|pin|pins|pinned)\s+(?:me|her|him|"
    r"them|you|us|my\s+\w+)\s+(?:\w+\s+)?down\b|\b(?:tie|ties|tied|tying|chain\w*)\s+(?:me|"
    r"her|him|them|you|us|my\s+\w+)\b|\b(?:lock|locks|"
    r"locked|locking)\s+(?:me|her|him|them|you|us|my\s+\w+)\s+in\b|\b(?:make|makes|made|making)"
    r"\s+(?:me|her|him|them|you|us)\s+fast\b|\b(?:no|without)\s+food\b|\bwith\s+a\s+(?:stick|"
    r"belt|cane|whip|rod)\b"
)
# Harm done to the one called possessed: force as in a rite, or beaten, a head shaved, made to
# sleep outside, shut in or out, not fed, a deliverance done on them.
_HARMED = (
    _FORCED
    + r"|\b(?:been|being|was|were|is|are|get|gets|got)\s+(?:beaten|hit|whipped|caned|slapped|"
    r"burnt|burned|starved)\b|\bshaved\s+(?:\w+\s+){0,2}?head\b|\b(?:made|make|makes|making|"
    r"forced?)\s+(?:\w+\s+)?to\s+sleep\s+(?:in|outside)\b|\bsleep\w*\s+(?:in\s+the\s+(?:shed|"
    r"garden|yard|cold)|outside)\b|\b(?:locked|locks|shut|shuts|thrown|threw|throws|kicked|"
    r"kicks)\s+(?:her|him|them|me|us|my\s+\w+|the\s+\w+)\s+(?:in|out|into|outside)\b|\bnot\s+"
    r"(?:been\s+)?(?:fed|feeding)\b|\b(?:will\s+not|would\s+not|do\s+not|does\s+not|"
    r"refuse\w*\s+to)\s+(?:let\s+(?:her|him|me|them)\s+)?(?:feed|eat)\b|\b(?:deliverance|"
    r"exorcism|exorcis\w+|ruqyah|ruqya)\s+(?:on|for)\s+(?:her|him|them|me|my\s+\w+|the\s+\w+)\b"
)
# A rite to drive a spirit out: a deliverance, an exorcism, a ruqyah, "to get it out".
_RITE = (
    r"\b(?:deliverance|exorcism|exorcis\w+|ruqyah|ruqya|cast\w*\s+(?:it|them|the\s+\w+)\s+out|"
    r"(?:to|will)\s+(?:get|drive|force|beat)\s+(?:it|them|the\s+\w+)\s+out)\b"
)
# Medicine stopped or kept from someone: "stop her epilepsy tablets", "stopped his insulin".
_MEDICINE_STOPPED = (
    r"\b(?:stop|stops|stopped|stopping|took\s+(?:\w+\s+)?off|taken\s+(?:\w+\s+)?off|threw\s+away|"
    r"thrown\s+away|binned|flushed|hid|hidden|hiding|not\s+giving|will\s+not\s+(?:let\s+(?:her|"
    r"him|me|them)\s+)?(?:take|have|use))\s+(?:all\s+)?(?:his|her|my|their|the|our)\s+"
    r"(?:\w+\s+)?(?:insulin|tablets|meds|medication|medicines?|pills|inhalers?|injections|"
    r"antibiotics|treatment|chemo|dialysis|epilepsy\s+\w+|anti\s*psychotics|antidepressants|"
    r"lithium|methadone|arvs?)\b"
)
# The illness put down to a spirit, or healing promised by faith alone.
_ILLNESS_A_SPIRIT = (
    _SPIRIT + r"|\b(?:medicine|medication|tablets|insulin)\s+blocks?\b|\b(?:god|allah|jesus|"
    r"prayer|faith|the\s+prophet|the\s+pastor|the\s+pir)\s+will\s+heal\b|\bhealed\s+by\s+"
    r"(?:prayer|faith|god)\b"
)
# Someone found out to be gay or trans, or having turned to another faith.
_OUTED = (
    r"\b(?:found\s+out|find\s+out|told\s+(?:\w+\s+){0,3}?|came\s+out|come\s+out|know)\s+"
    r"(?:that\s+)?(?:i|he|she|they)\s+(?:am|is|are|was|got|have\s+been)\s+(?:gay|trans|lesbian|"
    r"bi|bisexual|queer|baptised|baptized|converted|christian|muslim|atheist)\b|\bcame\s+out\b"
)
# Not wanted, or done by force: "i do not want to go", "hold you down", the phone or passport.
_UNWILLING = (
    r"\b(?:do\s+not|does\s+not|did\s+not)\s+want\s+to\s+go\b|\bagainst\s+(?:my|her|his|their)\s+"
    r"will\b|\b(?:got|has|have|took|taken|kept|keeps)\s+(?:\w+\s+)?(?:my|her|his)\s+(?:passport|"
    r"phone)\b|" + _FORCED
)
# Being sent to a camp to be changed: "sending me to a pastors healing camp".
_SENT_TO_CAMP = (
    r"\b(?:send\w*|sent|tak\w*|took|driv\w*|drove|book\w*|mak\w*|made|forc\w*|put\w*)\s+(?:me|"
    r"him|her|them|us|my\s+\w+)\s+(?:\w+\s+){0,2}?(?:to|on|into|in|for)\s+(?:a\s+|an\s+|the\s+|"
    r"this\s+|some\s+)?(?:\w+\s+){0,2}?(?:conversion|healing|deliverance|cure|straight|"
    r"reparative|prayer|exorcism|ruqyah|correction|reform)\s+(?:camp|therapy|retreat|"
    r"programme|program|centre|center|school|house|course|ministry)\b"
)
# Being sent away or home: "sending me back home", "taking him to nigeria".
_SENT_AWAY = (
    r"\b(?:send\w*|sent|tak\w*|took|fly\w*|flown|ship\w*)\s+(?:me|him|her|them|my\s+\w+)\s+"
    r"(?:back\s+)?(?:home|abroad|away|back|to\s+(?:the\s+)?\w+)\b"
)
# To be fixed or cured there: "where they will fix me", "to get him cured".
_TO_BE_FIXED = (
    r"\b(?:fix|cure|straighten|correct|exorcise|deliver)\s+(?:me|him|her|them)\b(?!\s+(?:up|a|"
    r"an|some|dinner|lunch|food|tea|breakfast|drinks?)\b)|\bto\s+(?:be|get)\s+(?:fixed|cured|"
    r"straightened\s+out|corrected|sorted\s+out|delivered)\b"
)
# A faith leader: a pastor, an imam, a pir, a prophet, or the man who leads the prayers.
_FAITH_LEADER = (
    r"\b(?:pastor|priest|vicar|imam|sheikh|shaykh|pir|prophet|maulana|maulvi|molvi|mullah|qari|"
    r"ustadh|ustaz|hafiz|granthi|guru|swami|babaji|rabbi|deacon|elders?|bishop|apostle|"
    r"evangelist|healer|faith\s+healer|spiritual\s+(?:healer|leader|father))\b|\b(?:leads|runs|"
    r"takes)\s+the\s+(?:\w+\s+)?(?:prayers?|prayer\s+\w+|bible\s+\w+|quran\s+\w+|worship|"
    r"service|circle)\b"
)
# A child: "my daughter", "my 12 year old", "she is 12".
_CHILD = (
    r"\b(?:my|our|her|his)\s+(?:\w+\s+)?(?:sons?|daughters?|boys?|girls?|kids?|child|children|"
    r"stepson|stepdaughter|grandson|granddaughter|niece|nephew)\b|\b(?:1[0-7]|[4-9])\s*(?:yo|"
    r"yr\s+old|year\s+old|years\s+old)\b|\b(?:she|he)\s+is\s+(?:only\s+)?(?:1[0-7]|[4-9])\b"
)
# A rite done in private: "private blessings", "secret prayers", "special healing".
_PRIVATE_RITE = (
    r"\b(?:private|secret|special|personal|one\s+to\s+one|one\s+on\s+one|night)\s+(?:blessings?|"
    r"prayers?|healing|ruqyah|deliverance|cleansing|anointing|baths?|readings?)\b"
)
# Alone with him, or at his place: "come alone to his flat".
_ALONE_WITH_HIM = (
    r"\b(?:come|comes|came|coming|go|goes|went|going|visit\w*|sent|send|sends|stay\w*|takes|"
    r"took|taking)\s+(?:\w+\s+){0,2}?(?:alone|on\s+(?:her|his)\s+own|by\s+(?:her|him)self)\b|"
    r"\b(?:to|at|in)\s+his\s+(?:flat|house|place|home|room|office|car)\b|\balone\s+with\s+him\b"
)
# The child upset or sworn to secrecy after.
_UPSET_OR_SECRET = (
    r"\b(?:came|comes|come)\s+(?:back|home|out)\s+(?:\w+\s+)?crying\b|\b(?:cries|cried)\s+"
    r"(?:after|afterwards|all\s+night)\b|\b(?:scared|frightened|"
    r"terrified)\s+(?:of\s+(?:him|going)|to\s+go)\b|\b(?:do\s+not|not\s+to|never)\s+tell\b|"
    r"\b(?:a|our)\s+secret\b|\blocks?\s+the\s+door\b"
)

# A spirit to be beaten or forced out of someone: "beat the demon out of her".
_BEATEN_OUT = (
    r"\b(?:beat|beats|beating|whip\w*|hit|hits|hitting|cane|burn\w*|starv\w*|squeez\w*|choke|"
    r"choking|drown\w*|force|forcing|drive|driving)\s+(?:the\s+|a\s+|that\s+|this\s+)?"
    r"(?:demons?|devils?|spirits?|evil(?:\s+spirits?)?|jinns?|djinns?|witch(?:craft)?|curse|gay|"
    r"trans)\s+out\s+of\s+(?:her|him|me|them|you|us|my\s+\w+)\b"
)
# Being gay or trans to be "prayed out" of someone: "to pray it out of him".
_PRAYED_OUT = (
    r"\b(?:to|will|going\s+to|wants?\s+to|trying\s+to|tried\s+to|try\s+to|keep|keeps|kept|they|"
    r"he|she|elders|pastor)\s+(?:\w+\s+)?pray(?:ed|ing|s)?\s+(?:it|this|that|the\s+\w+)\s+"
    r"(?:away\s+)?out\s+of\s+(?:him|her|me|them|you|my\s+\w+)\b"
)
# Being gay or trans named: what the prayers are to take away.
_GAY_OR_TRANS = r"\b(?:gay|trans|transgender|lesbian|bisexual|queer|non\s*binary)\b"
# Why the young person is sent: conversion, being found out, or sent by force.
_SENT_TO_BE_CHANGED = r"\bconversion\b|" + _OUTED + r"|" + _UNWILLING

FAITH_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # someone called possessed, a witch or cursed, and beaten, starved, shut out or "delivered";
    # not a toddler "possessed" at bedtime as a joke, nor a film
    "called possessed or a witch, and harmed": (
        _NOT_A_STORY + every_one_of(_CALLED_POSSESSED, _HARMED),
    ),
    # a spirit to be beaten or forced out of someone, or a rite done with force; not a
    # deliverance service, ruqyah recited on oneself, nor an exorcism in a film
    "a spirit beaten or forced out": (
        _NOT_A_STORY + every_one_of(_BEATEN_OUT),
        _NOT_A_STORY + every_one_of(_RITE, _FORCED),
    ),
    # medicine stopped because the illness is said to be a spirit; not a doctor's change of
    # tablets, nor tablets timed round a fast
    "medicine stopped for a spirit": ("^" + every_one_of(_MEDICINE_STOPPED, _ILLNESS_A_SPIRIT),),
    # a young person taken to have being gay or trans "prayed out" of them, sent to a healing or
    # conversion camp, or sent away to be "fixed"; not a church camp or a family holiday
    "sent to be prayed straight or fixed": (
        _NOT_A_STORY + every_one_of(_PRAYED_OUT, _GAY_OR_TRANS + r"|" + _OUTED),
        _NOT_A_STORY + every_one_of(_SENT_TO_CAMP, _SENT_TO_BE_CHANGED),
        "^" + every_one_of(_SENT_AWAY, _TO_BE_FIXED, _SENT_TO_BE_CHANGED),
    ),
    # a faith leader who has a child come alone for "private blessings", and the child upset;
    # not a blessing at church, a pastor's visit for tea, nor a madrasa's class times
    "a faith leader alone with a child": (
        "^"
        + every_one_of(_FAITH_LEADER, _CHILD)
        + any_two_of(_PRIVATE_RITE, _ALONE_WITH_HIM, _UPSET_OR_SECRET),
    ),
}
