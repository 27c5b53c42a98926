"""The Urdu phrase net's readings of a risk from someone with power or trust, and of a newborn in
danger (read by safeguarding_languages with safeguarding_urdu, whose module has no room left),
in Urdu script and in the Latin spelling (Roman Urdu, Hinglish). Text has been through
safeguarding_languages.fold.

It reads a partner or anyone holding a visa or passport who threatens to have the writer sent
back if she tells, or who beats her; an employer or landlord holding a passport with pay kept
back, a beating or a burn, a door locked on the worker or a threat of deportation; a religious
teacher, tutor or coach who beats or touches a child, with a threat if it is told or a class
again soon; and a baby days or weeks old who will not feed, is floppy, blue or not breathing
well; waters broken now with the weeks, bleeding or no one home; bleeding in a pregnancy; a
landlord breaking in or throwing the family's things out.
Left alone: a visa sponsor or the Home Office named for a renewal, a passport taken to be
copied and given back, a teacher praised or a coach's "we'll beat them" about a match, a
newborn feeding well, a blood test in a pregnancy, a landlord fitting a new door.
Also sex forced or demanded by a landlord or boss, or someone paid, taken to a flat and filmed,
with a sign it is tonight or again (not "zabardasti" over food, nor wedding videos); a crowd
outside threatening to burn people or a mosque (not a stove lit), and a member followed and
called an informant or terrorist by men still there (not children after an ice cream van).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# A visa, a sponsor, a passport or the Home Office named.
_UR_STATUS = (
    r"ویزا|اسپانسر|ہوم\s+آفس|پاسپورٹ|امیگریشن|"
    r"\b(?:visa|sponsor\w*|passport|home\s+office|immigration)\b"
)
# Sent back or deported, as a threat.
_UR_SENT_BACK = (
    r"واپس\s+(?:\S+\s+)?(?:بھجوا|بھیج|بھیجوا)|ڈیپورٹ|ملک\s+سے\s+نکلوا|"
    r"\bdeport\w*|\bwa?apa?s\s+(?:\w+\s+)?(?:bhej|bhijwa|bhejwa|bhijva)\w*"
)
# "If you tell anyone", or a beating.
_UR_IF_TOLD = (
    r"بتایا\s+تو|بتاؤ\S*\s+(?:گی|گے)\s+تو|\bbataya\s+(?:to|tou|toh|tu)\b|"
    r"\bbatao?(?:gi|ge|gay)\s+(?:to|toh)\b"
)
_UR_BEATEN = r"(?:مارا|مارتا|مارتے|پیٹا|پیٹتا)|\b(?:maa?ra|maa?rta|maa?rte|pee?ta|pee?tta)\b"
# A passport held by someone else ("passport rakh ke betha hai", "پاسپورٹ رکھ لیا").
_UR_PASSPORT_HELD = (
    r"پاسپورٹ\s+(?:\S+\s+)?(?:رکھ|لے\s+لیا|چھین|نہیں\s+دیتا|نہیں\s+دے\s+رہا)|"
    r"\bpassport\s+(?:\w+\s+){0,2}(?:rakh|le\s+liya|le\s+li|chheen|cheen|"
    r"nahi\s+de(?:ta|ti|\s+raha))"
)
# Pay kept back, locked in, beaten or burnt, or threatened with deportation.
_UR_EXPLOITED = (
    r"تنخواہ\s+نہیں|پیسے\s+نہیں\s+د|بند\s+کر\s+(?:دیتا|دیتے|دیا)|"
    r"\b(?:tankhwa|tankhwah|tankha|salary|pagaar|paise)\s+(?:\w+\s+)?(?:nahi|nahin|nai)\s+"
    r"(?:di|diya|de|deta|dete|deti|mili|mila|milti)\b|\bband\s+kar\s+(?:deta|dete|diya|deti)\b|"
    r"جلا\s+دیا|\bjala\s+(?:diya|dia|di)\b|" + _UR_BEATEN + "|" + _UR_SENT_BACK
)
_UR_NOT_COPIED = r"^(?!.*(?:\bcopy\b|\bphotocopy\b|\bscan\b|\bwa?apa?s\s+de|کاپی|واپس\s+د))"
# A religious teacher, tutor, teacher or coach.
_UR_TRUSTED = (
    r"قاری|مولوی|مولانا|امام|استاد|ٹیچر|کوچ|ٹیوٹر|"
    r"\b(?:qari|qaari|maulvi|molvi|moulvi|maulana|molana|imam|ustad|ustaad|teacher|coach|"
    r"tutor|hafiz\s+sa(?:h|a)b)\b"
)
# A child beaten or touched by them.
_UR_CHILD_HARMED = (
    r"کو\s+(?:\S+\s+)?(?:مارت|پیٹت|مارا|پیٹا|غلط\s+جگہ|ہاتھ\s+لگات)|"
    r"\b(?:ko|ku)\s+(?:\w+\s+)?(?:maa?rt[aeiy]|maa?ra|pee?tt?[aeiy]|chhoo?t[aeiy]|"
    r"galat\s+(?:jagah|tareeqe)|ganda\s+(?:chhoo|touch))\w*\b|\bmaa?run?ga\b"
)
# A threat if it is told, or the next class or lesson coming.
_UR_AGAIN_SOON = (
    _UR_IF_TOLD + r"|پھر\s+(?:سے\s+)?(?:کلاس|سبق)|ڈرتا|ڈرتی|"
    r"\b(?:phir|fir)\s+(?:se\s+)?(?:class|sabaq|madrasa|training)\b|\bdar(?:ta|ti)\s+hai\b"
)
# A baby days or weeks old ("2 din ka hai", "ایک ہفتے کا بچہ").
_UR_NEWBORN = (
    r"(?:[\d]+|ایک|دو|تین)\s+(?:دن|ہفتے)\s+(?:کا|کی)|نومولود|"
    r"\b(?:\d+|ek|do|teen)\s+(?:din|dino|hafte|hafta|week)\s+(?:ka|ki)\s+"
    r"(?:hai|he|h|bacha|bachcha|baby|beta|beti)\b|\bnewborn\b"
)
# Not feeding, floppy, blue, cold or breathing badly.
_UR_NEWBORN_DANGER = (
    r"دودھ\s+نہیں\s+(?:پی|پیتا|پیتی)|ڈھیلا|ڈھیلی|نیلا|نیلی|سانس\s+(?:نہیں|رک|اکھڑ)|ٹھنڈا\s+پڑ|"
    r"\b(?:doodh|dudh|dood)\s+(?:\w+\s+)?(?:nahi|nahin|nai)\s+(?:pee|pi|peeta|peeti|pita)\w*|"
    r"\b(?:dheela|dheeli|dhila|dhili)\b|\bneela\s+pad|\bsaans\s+(?:nahi|nahin|ruk|ukhar)\w*|"
    r"\bthanda\s+pad"
)

URDU_POWER_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    r"^(?!.*(?:\brenew\w*|\bextension\b|تجدید))"
    + every_one_of(_UR_STATUS, _UR_SENT_BACK, f"{_UR_IF_TOLD}|{_UR_BEATEN}"),
    _UR_NOT_COPIED + every_one_of(_UR_PASSPORT_HELD, _UR_EXPLOITED),
    "^" + every_one_of(_UR_TRUSTED, _UR_CHILD_HARMED, _UR_AGAIN_SOON),
    "^" + every_one_of(_UR_NEWBORN, _UR_NEWBORN_DANGER),
)

# Waters broken now ("pani toot gaya"), with the weeks, bleeding or no one home; bleeding in a
# pregnancy (not a nosebleed, nor a blood test).
_UR_WATERS_BROKEN = r"پانی\s+ٹوٹ\s+(?:گیا|رہا)|\bpani\s+(?:toot|tut)\s+(?:gaya|gya|raha)\b"
_UR_BIRTH_DANGER = (
    r"\d+\s+(?:ہفتے|ہفتہ|مہینے)|ایمبولینس|خون|کوئی\s+نہیں|اکیلی|"
    r"\b\d+\s+(?:hafte|hafta|weeks?|mahine)\b|\bambulance\b|\bkhoon\b|\bkoi\s+nahi\b|\bakeli\b"
)
_UR_PREGNANT = r"حاملہ|امید\s+سے|\b(?:pregnant|hamla|haamla|umeed\s+se)\b"
_UR_BLEEDING = (
    r"خون\s+(?:\S+\s+)?(?:آ\s+رہا|بہہ\s+رہا|جا\s+رہا)|"
    r"\bkhoon\s+(?:\w+\s+)?(?:aa|beh|bah|ja)\s+raha\b|\bbleeding\b"
)
# A landlord breaking in or throwing the family's things out ("makan malik darwaza tod ke andar
# aa gaya"); not a landlord fitting a new door.
_UR_LANDLORD = r"مالک\s+مکان|مکان\s+مالک|\b(?:makan\s+malik|malik\s+makan|landlord)\b"
_UR_FORCED_OUT = (
    r"دروازہ\s+(?:\S+\s+)?توڑ|سامان\s+(?:\S+\s+)?باہر\s+(?:پھینک|نکال)|"
    r"\bdarw?aa?za\s+(?:\w+\s+)?(?:tod|tor|todh)\w*|"
    r"\bsaa?ma?an\s+(?:\w+\s+)?bahar\s+(?:phenk|fenk|phaink|nikal)\w*"
)
URDU_POWER_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_WATERS_BROKEN, _UR_BIRTH_DANGER),
    r"^(?!.*(?:ناک|\b(?:naak|nak|nose|test)\b))" + every_one_of(_UR_PREGNANT, _UR_BLEEDING),
    r"^(?!.*(?:\bnaya\s+darwaza|\bmistri|\bmistry|نیا\s+دروازہ))"
    + every_one_of(_UR_LANDLORD, _UR_FORCED_OUT),
)

# Sex forced or demanded ("zabardasti", "uske saath sona padega" from a landlord or boss, videos
# made of someone taken to a flat for money), with a sign it is tonight, again or a threat if
# told; not "zabardasti" over food, nor a child who wants to sleep beside a parent.
_UR_FORCED = r"زبردستی\s+(?:\S+\s+)?(?:کرتا|کرتے|کی|کر)|\bzabh?ardasti\s+(?:\w+\s+)?kar\w*"
_UR_SEXUAL_SIGN = (
    r"ویڈیو|تصویر|کپڑے|ساتھ\s+سو|زیادتی|\b(?:videos?|photos?|kapr[ae]|kapd[ae])\b|"
    r"\b(?:saath|sath)\s+(?:sona|sone|soye|so)\b|\b(?:rape|ziadti|zyadti|ziyadti)\b"
)
_UR_AGAIN_TONIGHT = (
    r"آج\s+رات|ابھی|پھر|آ\s+رہا|بتایا\s+تو|\baa?j\s+(?:raat|rat|phir|fir)\b|\babhi\b|"
    r"\b(?:phir|fir)\b|\baa?\s+raha\b|\bbataya\s+(?:to|toh)\b"
)
_UR_SLEEP_DEMANDED = (
    r"ساتھ\s+سونا\s+(?:\S+\s+)?(?:پڑے|ہوگا|ہو\s+گا)|"
    r"\b(?:saath|sath)\s+(?:sona|sone)\s+(?:\w+\s+)?(?:par|pad)(?:e|a|ay|ey)\s*ga\b"
)
_UR_HOLDS_POWER = (
    r"کرایہ|مالک|باس|نوکری|ورنہ|نہیں\s+\S+\s+تو|"
    r"\b(?:kiraya|kiraaya|rent|landlord|malik|boss|manager|naukri|job|warna|varna)\b|"
    r"\bnahi\s+(?:diya|di|kiya|mana)\s+(?:to|toh)\b"
)
_UR_FILMED = (
    r"(?:اس|ان|میری)\s+کی\s+ویڈیو\S*\s+بنا|"
    r"\b(?:uski|us\s+ki|unki|un\s+ki|iski|meri)\s+(?:\w+\s+)?videos?\s+bana\w*"
)
_UR_TAKEN_FOR_MONEY = (
    r"پیسے\s+دے\s+کر|\bpaise\s+de\s+(?:ke|kar|kr)\b|\ble\s+ja(?:te|ta|ti)\b|\bflat\b"
)
URDU_POWER_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_FORCED, _UR_SEXUAL_SIGN, _UR_AGAIN_TONIGHT),
    "^" + every_one_of(_UR_SLEEP_DEMANDED, _UR_HOLDS_POWER),
    r"^(?!.*\b(?:shaadi|shadi|wedding|youtube|tiktok|shoot)\b)"
    + every_one_of(_UR_FILMED, _UR_TAKEN_FOR_MONEY, _UR_AGAIN_TONIGHT),
)

# A threat to burn a home, mosque or people ("masjid ko aag laga denge", "جلا دیں گے") from
# people gathered outside now; a member followed and called an informant or a slur, the men
# still in the street. Not a stove lit, nor someone who followed for a lift.
_UR_BURN_THREAT = (
    r"(?:کو|تمہیں)\s+(?:\S+\s+)?(?:جلا|آگ\s+لگا)\s+دیں\s+گے|"
    r"\b(?:ko|tumhe|tumhein|tumko)\s+(?:\w+\s+)?(?:jala|aa?g\s+laga)\s+"
    r"d(?:enge|ainge|ein\s+ge|e\s+ge)\b"
)
_UR_GATHERED_OUTSIDE = (
    r"باہر\s+(?:\S+\s+){0,4}(?:کھڑے|جمع)|"
    r"\bbaa?har\s+(?:\w+\s+){0,4}(?:khade|khaday|khare|kharay|jama|ikathe|ikatthe)\b"
)
_UR_FOLLOWED = (
    r"پیچھے\s+لگ|پیچھا\s+کر|\b(?:peech?[ae]y?|pichh?[ae])\s+lag\s+ga\w*|\bpeecha\s+kar\w*"
)
_UR_NAMED_AS_ENEMY = (
    r"مخبر|دہشت\s*گرد|کافر|\b(?:mukhbir|dehshatgard|dehshat\s+gard|terrorist|kafir|paki)\b"
)
_UR_STILL_THERE = (
    r"ابھی\s+بھی|اب\s+بھی|کھڑے\s+ہیں|\b(?:abhi|ab)\s+(?:bhi|tak)\b|\b(?:khade|khare)\s+hain\b"
)
URDU_POWER_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_BURN_THREAT, _UR_GATHERED_OUTSIDE),
    "^" + every_one_of(_UR_FOLLOWED, _UR_NAMED_AS_ENEMY, _UR_STILL_THERE),
)
