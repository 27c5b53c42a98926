"""The Bengali safeguarding phrase net's main kinds said plainly (read by safeguarding_languages
beside safeguarding_bengali, whose module has little room left), in Bengali script and in the
Latin spelling people text in. Text has been through safeguarding_languages.fold (the
chandrabindu dropped: "দাঁড়িয়ে" reads as "দাড়িয়ে").

It reads: the writer cutting her own arm or wrist now ("ami ekhon nijer hat katchi"), or with
blood that will not stop; a whole box or strip of tablets swallowed; the writer, or the writer
and a child, to be put out of the home tonight or over a dowry ("aj rate amake ar baccha ke ghor
theke ber kore dibe"); someone standing with a knife in hand beside a door locked; a child alone
for days with no one there or no food ("বাচ্চাটা দুই দিন ধরে একা, বাবা-মা কেউ নেই"); a child
hit and bleeding from the head; the writer to be married off to a cousin or with tickets bought;
a girl to be cut ("মেয়ের খতনা"); chest pain with someone not speaking or not responding; and
someone beaten to drive out a jinn.

Left alone: one's own nails or hair cut, a whole box of sweets eaten or tablets bought, a trip
out tonight with the child, fish cut with a knife behind a door shut against the cold, a child
who walks to school alone, a child who kicked a ball, being taken to a cousin's wedding, a boy's
circumcision in the holidays, back pain and a sulk, a prayer said against a jinn.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# The writer's own arm, hand or wrist being cut now ("নিজের হাত কাটছি", "nijer hat katchi"),
# or cut with blood that will not stop; not nails or hair, nor a hand cut once while chopping.
_BN_OWN = r"(?:নিজের|নিজ)\s+(?:\S+\s+)?"
_BN_LIMB = r"(?:হাত|কবজি|কব্জি|শরীর|পা|গা|রগ)\S*\s+(?:\S+\s+)?"
_BN_CUTTING_NOW = r"(?:কাটছি|কাটতেছি)"
_BN_CUTTING = r"(?:কাটছি|কাটতেছি|কেটেছি|কাটলাম|কেটে\s+(?:ফেলেছি|ফেললাম|দিয়েছি))"
_BN_OWN_LATIN = r"\b(?:nijer|nijeri|nizer)\s+(?:\w+\s+)?"
_BN_LIMB_LATIN = r"\b(?:hat|haat|hath|kobji|kobzi|shorir|sorir|pa|ga|rog)\w*\s+(?:\w+\s+)?"
_BN_CUTTING_NOW_LATIN = r"(?:katchi|kaatchi|katsi|katchhi|katteshi)\b"
_BN_CUTTING_LATIN = (
    r"(?:katchi|kaatchi|katsi|katchhi|katteshi|ketechi|ketesi|ketechhi|katlam|kete\s+"
    r"(?:felechi|felsi|fellam|diyechi|disi))\b"
)
_BN_BLOOD_WONT_STOP = (
    r"রক্ত\s+(?:\S+\s+)?(?:থামছে\s+না|থামছেনা|বন্ধ\s+হচ্ছে\s+না)|থামাতে\s+পারছি\s+না|"
    r"\bro?kto\s+(?:\w+\s+)?(?:thamche\s*na|thamtese\s*na|bondho\s+hocche\s*na)\b|"
    r"\bthamate\s+(?:parchi|parsi|partesi)\s*na\b"
)
# A whole box, strip or bottle of tablets swallowed ("পুরো এক বাক্স ওষুধ খেয়ে ফেলেছি").
_BN_WHOLE = r"(?:পুরো|গোটা|সম্পূর্ণ)\s+(?:এক\s+)?(?:বাক্স|বক্স|পাতা|কৌটা|প্যাকেট|শিশি|বোতল)\S*"
_BN_PILLS = r"(?:ওষুধ|ঔষধ|ট্যাবলেট|বড়ি|পিল)\S*"
_BN_SWALLOWED = r"(?:খেয়ে\s+(?:ফেলেছি|ফেললাম|নিয়েছি)|খেয়েছি|খেলাম|গিলে\s+(?:ফেলেছি|ফেললাম))"
_BN_WHOLE_LATIN = (
    r"\b(?:pura|puro|gota|ashto|asto)\s+(?:ek\s+)?(?:box|baksho|bakso|pata|kouta|packet|"
    r"shishi|botol|bottle)\w*"
)
_BN_PILLS_LATIN = r"\b(?:oshudh|osudh|oshud|osud|ousudh|oushodh|tablet|pill|bori)\w*"
_BN_SWALLOWED_LATIN = (
    r"(?:kheye\s+(?:felechi|felsi|fellam|niyechi)|kheyechi|khaisi|khailam|gile\s+"
    r"(?:felechi|felsi|fellam))\b"
)
# Put out of the home tonight, with a child, or over a dowry; not a trip out with the child.
_BN_PUT_OUT = (
    r"(?:ঘর|বাড়ি|বাসা)\s+থেকে\s+(?:বের\s+করে|তাড়িয়ে)\s+(?:দেবে|দিবে|দিচ্ছে)|"
    r"\b(?:ghor|ghar|bari|basha|basa)\s+theke\s+(?:ber\s+kore|bair\s+kore|tariye|taraiya)\s+"
    r"(?:dibe|debe|dibo|dicche|dichhe|diba)\b"
)
_BN_PUT_OUT_WHEN = (
    r"আজ\s+রাতে|আজকে|এখনই|যৌতুক|বাচ্চা|কোথায়\s+যাব|\baa?j\s*(?:ke\s+)?rate\b|\bekhoni\b|"
    r"\b(?:joutuk|jotuk|joutuker|jotuker|dowry|baccha|bachcha|bacha)\w*|\bkothay\s+jabo\b"
)
# Someone standing with a knife in hand, a door locked; not fish or meat being cut.
_BN_KNIFE_HELD = (
    r"(?:ছুরি|চাকু|বটি)\S*\s+(?:হাতে|নিয়ে)\s+(?:\S+\s+)?(?:দাঁড়িয়ে|দাড়িয়ে|আছে|ঘুরছে|আসছে)|"
    r"(?:ছুরি|চাকু)\s+দেখা|\b(?:churi|chhuri|chury|chaku|boti)\s+(?:hate|niye|nie)\s+"
    r"(?:\w+\s+)?(?:dariye|daraiya|darie|ache|ase|ghurche|ashche)\b|\b(?:churi|chhuri|chaku)\s+"
    r"dekha\w*"
)
_BN_DOOR_LOCKED = (
    r"দরজা\S*\s+(?:\S+\s+)?(?:বন্ধ\s+করে|লক\s+করে|তালা\s+(?:মেরে|দিয়ে)|আটকে)\s+"
    r"(?:দিয়েছে|দিল|রেখেছে)|\b(?:dorja|darja|door)\w*\s+(?:\w+\s+)?(?:bondho\s+kore|lock\s+"
    r"kore|tala\s+(?:mere|diye)|atke)\s+(?:diyeche|dieche|dise|dilo|rekheche)\b"
)
_BN_NOT_COOKING = (
    r"^(?!.*(?:মাছ|মাংস|সবজি|তরকারি|কেক|ফল\s|রান্না|\b(?:mach|maach|mangsho|mangso|sobji|"
    r"torkari|cake|fol|ranna)\b))"
)
# A child alone for days with no one there or no food.
_BN_CHILD = r"বাচ্চা|শিশু|ছেলেটা|মেয়েটা|\b(?:baccha|bachcha|bacha|shishu|cheleta|meyeta)\w*"
_BN_DAYS = r"(?:দুই|দু|তিন|২|৩|কয়েক)\s+দিন|\b(?:dui|du|tin|2|3|koyek|koek)\s+din"
_BN_ALONE = r"একা|\b(?:eka|ekla)\b"
_BN_NO_ONE_NO_FOOD = (
    r"খায়নি|খায়\s+নি|খাবার\s+(?:চাইছে|নেই|নাই)|না\s+খেয়ে|বাবা-?\s*মা\s+(?:কেউ\s+)?(?:নেই|নাই)|"
    r"(?:বাড়িতে|ঘরে|বাসায়)\s+কেউ\s+(?:নেই|নাই)|\b(?:khayni|khay\s+ni|khaini|khai\s+nai)\b|"
    r"\bkhabar\s+(?:chaiche|chacche|chaitese|nei|nai)\b|\bna\s+kheye\b|\bbaba\s*-?\s*ma\s+"
    r"(?:keu\s+)?(?:nei|nai)\b|\b(?:barite|basay|ghore)\s+keu\s+(?:nei|nai)\b"
)
# A child hit and bleeding from the head; not a ball kicked.
_BN_CHILD_HIT = (
    r"(?:বাচ্চাটাকে|বাচ্চাকে|শিশুটিকে|ছেলেটাকে|মেয়েটাকে|ছেলেকে|মেয়েকে|ওকে)\s+(?:\S+\s+){0,2}"
    r"(?:মেরেছে|মারছে|মারল|মেরে|পিটিয়েছে|পেটাচ্ছে|আঘাত)|\b(?:bacchatake|bacchake|bachchake|"
    r"bachake|baccha\s*ke|cheletake|chele\s*ke|meyetake|meye\s*ke|oke)\s+(?:\w+\s+){0,2}"
    r"(?:mereche|marche|marlo|mere|pitiyeche|pitaise|petacche|marse)\b"
)
_BN_HEAD_BLEEDING = (
    r"মাথা\S*\s+(?:থেকে|দিয়ে)\s+(?:\S+\s+)?রক্ত|মাথা\s+ফেটে|"
    r"\bmatha\s+(?:theke|diye)\s+(?:\w+\s+)?ro?kto\b|\bmatha\s+fete\b"
)
# The writer to be married off to a cousin, or taken home with tickets bought.
_BN_MARRIED_OFF = (
    r"(?:আমাকে|আমারে|আমায়)\s+(?:\S+\s+){0,5}বিয়ে\s+(?:দেবে|দিবে|দিয়ে\s+(?:দেবে|দিবে)|দিতে\s+"
    r"চায়|দিচ্ছে)|\b(?:amake|amare|amay)\s+(?:\w+\s+){0,6}(?:biye|bie|bia)\s+(?:dibe|debe|"
    r"diye\s+(?:dibe|debe)|dite\s+chay|dicche)\b"
)
_BN_COUSIN_OR_TICKETS = (
    r"চাচাতো|মামাতো|খালাতো|ফুপাতো|কাজিন|টিকিট|\b(?:chachato|mamato|khalato|fupato|phuphato|"
    r"cousin|ticket)\w*"
)
# A girl to be cut ("মেয়ের খতনা"); not a boy's circumcision.
_BN_GIRL_CUT = (
    r"(?:মেয়ে|ভাতিজি|ভাগ্নি|নাতনি|কন্যা)\S*\s+(?:\S+\s+){0,2}(?:খতনা|খৎনা|সুন্নত|সুন্নাত)|"
    r"(?:খতনা|খৎনা|সুন্নত|সুন্নাত)\S*\s+(?:\S+\s+){0,2}(?:মেয়ে|ভাতিজি|ভাগ্নি|নাতনি)|"
    r"\b(?:meye|meyer|meyeke|meyeta\w*|bhatiji|bhagni|natni)\s+(?:\w+\s+){0,2}(?:khotna|khatna|"
    r"khatona|sunnot|sunnat|musolmani)\b"
)
# Chest pain with someone not speaking or not responding; not a back pain and a sulk.
_BN_CHEST_PAIN = (
    r"বুক\S*\s+(?:\S+\s+)?(?:ব্যথা|ব্যাথা|চাপ)|\b(?:buke|buk|buker)\s+(?:\w+\s+)?(?:betha|"
    r"batha|byatha|chap)\b"
)
_BN_NOT_SPEAKING = (
    r"কথা\s+(?:বলছে|বলছেন|বলতে\s+পারছে|বলতে\s+পারছেন)\s+না|সাড়া\s+দিচ্ছে(?:ন)?\s+না|অজ্ঞান|"
    r"জ্ঞান\s+নেই|বেহুশ|\bkotha\s+(?:bolche|bolchen|bolte\s+parche|bolte\s+parchen|bolse|"
    r"bolsen)\s*na\b|\bsara\s+dicche(?:n)?\s*na\b|\b(?:ogyan|oggan|behush)\b"
)
# Someone beaten to drive out a jinn or a spirit; not a prayer said against one.
_BN_JINN = r"জিন|জ্বিন|ভূত|আছর|\b(?:jin|jinn|jeen|bhut|vut|asor|achor)\b"
_BN_BEATEN = (
    r"মারছে|মারে|মেরেছে|পেটাচ্ছে|পেটায়|পিটিয়েছে|মারধর|\b(?:marche|mare|mereche|pitay|"
    r"petacche|pitaise|mardhor|marse)\b"
)
_BN_DRIVE_OUT = r"তাড়া|ছাড়া|বের\s+কর|নামা|ঝাড়|\b(?:tara|chara|charano|ber\s+kor|nama|jhar)\w*"

BENGALI_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # cutting one's own arm now, or with blood that will not stop
    _BN_OWN
    + _BN_LIMB
    + _BN_CUTTING_NOW
    + "|"
    + _BN_OWN_LATIN
    + _BN_LIMB_LATIN
    + _BN_CUTTING_NOW_LATIN,
    "^"
    + every_one_of(
        f"{_BN_LIMB}{_BN_CUTTING}|{_BN_LIMB_LATIN}{_BN_CUTTING_LATIN}", _BN_BLOOD_WONT_STOP
    ),
    # a whole box of tablets swallowed, either order
    rf"{_BN_WHOLE}\s+(?:\S+\s+)?{_BN_PILLS}\s+(?:\S+\s+)?{_BN_SWALLOWED}|{_BN_PILLS}\s+(?:এর\s+)?"
    rf"{_BN_WHOLE}\s+(?:\S+\s+)?{_BN_SWALLOWED}",
    rf"{_BN_WHOLE_LATIN}\s+(?:\w+\s+)?{_BN_PILLS_LATIN}\s+(?:\w+\s+)?{_BN_SWALLOWED_LATIN}|"
    rf"{_BN_PILLS_LATIN}\s+(?:er\s+)?{_BN_WHOLE_LATIN}\s+(?:\w+\s+)?{_BN_SWALLOWED_LATIN}",
    # put out of the home tonight, with a child or over a dowry
    r"^(?=.*(?:আমাকে|আমারে|আমাদের|\b(?:amake|amare|amay|amader)\b))"
    + every_one_of(_BN_PUT_OUT, _BN_PUT_OUT_WHEN),
    # a knife held, a door locked
    _BN_NOT_COOKING + every_one_of(_BN_KNIFE_HELD, _BN_DOOR_LOCKED),
    # a child alone for days with no one there or no food
    "^" + every_one_of(_BN_CHILD, _BN_DAYS, _BN_ALONE, _BN_NO_ONE_NO_FOOD),
    # a child hit and bleeding from the head
    "^" + every_one_of(_BN_CHILD_HIT, _BN_HEAD_BLEEDING),
    # married off to a cousin or with tickets bought; a girl to be cut
    "^" + every_one_of(_BN_MARRIED_OFF, _BN_COUSIN_OR_TICKETS),
    _BN_GIRL_CUT,
    # chest pain with someone not speaking
    "^" + every_one_of(_BN_CHEST_PAIN, _BN_NOT_SPEAKING),
    # beaten to drive out a jinn
    "^" + every_one_of(_BN_JINN, _BN_BEATEN, _BN_DRIVE_OUT),
)
