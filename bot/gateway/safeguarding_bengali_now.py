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
Also an agent owed money who threatens to kill or hurt the family; an older parent sending all
the money to a caller who says he is from the bank; a landlord who threatens the Home Office; a
crowd throwing stones at the hotel or home; a child alone taken by a man who says he is the
uncle; lost in the dark with the phone dying; a fire with no way out; a child not breathing
right; a fit going on for minutes.

Left alone: one's own nails or hair cut, a whole box of sweets eaten or tablets bought, a trip
out tonight with the child, fish cut with a knife behind a door shut against the cold, a child
who walks to school alone, a child who kicked a ball, being taken to a cousin's wedding, a boy's
circumcision in the holidays, back pain and a sulk, a prayer said against a jinn; an agent's
fee with a file to close, a pension checked with the bank, a landlord's letter, fireworks
outside the hotel, the family's own uncle taking a girl to a wedding, a charger forgotten, a
heater on in the rain, a child not sleeping, a meeting of five minutes.
Also: a knife shown or brought in now with the writer hiding or robbed; a boss who says stay
with him tonight or be sacked; a worker fallen and not moving with no ambulance called. Left
alone: a knife for fish, a theft ("churi") talked about, closing late, a fall with the person
fine.
Also a diabetic's sugar fallen or risen with someone unconscious or not answering when called (not
sugar that dipped and came back); a girl taken home to be married off ("biye dite") under
eighteen, crying or unwilling (not a grown cousin glad of it).
Also: a child gone to meet someone met online; a knife found in a child's bag with a fight or
revenge planned. Left alone: a meeting the writer goes to or that is over, an online class, a
knife for a cooking class.
Also someone kept from food or medicine by another for days or with their death wished (not a
fast before an operation or a test).
Also sudden confusion with a fever: someone who of a sudden does not know the writer, with the
body hot (not a grandmother in new glasses who shakes with laughing).
"""

from __future__ import annotations

from bot.gateway.safeguarding_bengali import _BN_ELDER
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

# An agent or smuggler owed money who threatens to kill or hurt the writer or family ("দালাল
# বলছে টাকা না দিলে আমার পরিবারকে মেরে ফেলবে", "dalal bolche taka na dile family ke mere
# felbe"); not an agent's fee due with the file to be closed.
_BN_AGENT = r"দালাল|এজেন্ট|স্মাগলার|\b(?:dalal|agent|smuggler)\b"
_BN_MONEY_OWED = r"টাকা|ঋণ|দেনা|পাওনা|\b(?:taka|tk|rin|dena|paona)\b"
_BN_HARM_THREAT = (
    r"মেরে\s+(?:ফেলবে|ফেলব|ফেলবো|দেবে|দিবে)|ক্ষতি\s+করবে|তুলে\s+নিয়ে\s+যাবে|\bmere\s+(?:felbe|"
    r"felbo|felaibo|felaibe|dibe|debe)\b|\bkhoti\s+kor(?:be|bo)\b"
)
BENGALI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_AGENT, _BN_MONEY_OWED, _BN_HARM_THREAT),
)

# An older parent on the phone to someone who says he is from the bank, sending all the money
# now ("একজন লোক ফোন করে বলছে সে ব্যাংক থেকে, আর বাবা তাকে সব টাকা পাঠাচ্ছেন"), or to a
# fraudster named as one ("প্রতারকের সাথে কথা বলছে"); not a pension checked with the bank.
_BN_OLDER_PARENT = rf"{_BN_ELDER}|(?<!\S)(?:মা|মাকে|মায়ের)(?!\S)|\bma\b"
_BN_CALLER_FROM_BANK = (
    r"(?:ফোন|কল)\s+(?:করে|দিয়ে)\s+(?:\S+\s+){0,4}ব্যাংক|\b(?:phone|call)\s+(?:kore|diye)\s+"
    r"(?:\w+\s+){0,4}bank\b|প্রতারক|জালিয়াত|\b(?:protarok\w*|scammer|fraudster)\b"
)
_BN_MONEY_SENT_NOW = (
    r"টাকা\s+(?:\S+\s+)?(?:পাঠাচ্ছ|পাঠিয়ে\s+দিচ্ছ|ট্রান্সফার\s+কর|দিয়ে\s+দিচ্ছ)|\btaka\s+(?:\w+\s+)?"
    r"(?:pathacche|pathaitese|transfer\s+kor)\w*"
)
BENGALI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_OLDER_PARENT, _BN_CALLER_FROM_BANK, _BN_MONEY_SENT_NOW),
)

# A landlord who threatens to tell the Home Office ("বাড়িওয়ালা বলছে না হলে হোম অফিসে জানিয়ে
# দেবে"); not a landlord who will tell of a letter come.
_BN_LANDLORD_NOW = (
    r"বাড়িওয়ালা|বাড়িওলা|বাড়ির\s+মালিক|\b(?:bari\s*(?:wala|oala|ola)|barir\s+malik|landlord)\b"
)
_BN_OR_ELSE = r"না\s+হলে|নইলে|না\s+দিলে|\b(?:naile|noile|na\s+hole|na\s+dile)\b"
_BN_HOME_OFFICE_TOLD = (
    r"(?:হোম\s+অফিস|ইমিগ্রেশন)\S*\s+(?:\S+\s+)?(?:জানিয়ে|বলে|রিপোর্ট)\s+(?:দেবে|দিবে|দেব|দিব)|"
    r"\b(?:home\s+office|immigration)\w*\s+(?:\w+\s+)?(?:janay|janiye|bole|report)\s+(?:dibe|"
    r"debe|dibo|debo)\b"
)
BENGALI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_LANDLORD_NOW, _BN_OR_ELSE, _BN_HOME_OFFICE_TOLD),
)

# A crowd at the writer's hotel or home throwing stones now ("হোটেলের বাইরে লোক জড়ো হয়েছে, ঢিল
# ছুড়ছে", "hotel er baire onek lok, pathor marche"); not fireworks watched.
_BN_AT_OUR_PLACE = r"হোটেল|বাসা|বাড়ি|জানালা|ফ্ল্যাট|\b(?:hotel|basa|bari|janala|flat|window|house)\b"
_BN_STONES_NOW = (
    r"(?:ঢিল|ইট|পাথর)\S*\s+(?:\S+\s+)?(?:ছুড়ছে|ছুড়ে\s+মারছে|মারছে|ফেলছে)|\b(?:dhil|it|ita|"
    r"pathor|stones?)\s+(?:\w+\s+)?(?:chhurche|churche|marche|marse|martese)\b"
)
_BN_CROWD = r"লোক|ভিড়|জড়ো|ছেলে|\b(?:lok|bhir|bhid|joro|chele|pola|crowd)\b"
BENGALI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_AT_OUR_PLACE, _BN_STONES_NOW, _BN_CROWD),
)

# A child alone and a man who says he is the uncle taking the child away ("একজন লোক বলছে সে তার
# চাচা, আজ রাতে তাকে নিয়ে যাচ্ছে"); not the family's own uncle taking her to a wedding.
_BN_SAYS_HE_IS_KIN = (
    r"(?:বলছে|বলে|বলতেছে)\s+(?:যে\s+)?(?:সে\s+)?(?:তার|ওর)\s+(?:চাচা|মামা|কাকা|খালু|ফুপা|আংকেল|"
    r"আত্মীয়)|\b(?:bolche|bolse|bole|bolteche|boltese)\s+(?:je\s+)?(?:se\s+)?(?:tar|or)\s+"
    r"(?:chacha|mama|kaka|khalu|fupa|uncle)\b"
)
_BN_TAKING_AWAY = r"নিয়ে\s+(?:যাচ্ছে|যাবে|যাইতেছে)|\bniye\s+(?:jacche|jaitese|jabe|jaitase)\b"
_BN_CHILD_ALONE = (
    r"একা|(?:1[2-7]|১[২-৭])\s+বছর|\beka\b|\b1[2-7]\s+(?:bochor|bochorer|bosor|years?)\b"
)
BENGALI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_SAYS_HE_IS_KIN, _BN_TAKING_AWAY, _BN_CHILD_ALONE),
)

# Lost, in the dark, with the phone dying ("আমি পথ হারিয়ে ফেলেছি, অন্ধকার হয়ে গেছে, ফোনের চার্জ
# শেষ হয়ে যাচ্ছে"); not a charger forgotten on a dark evening.
_BN_LOST_WAY = (
    r"(?:পথ|রাস্তা)\s+(?:\S+\s+)?হারিয়ে|হারিয়ে\s+গেছি|\b(?:poth|rasta|path)\s+(?:\w+\s+)?"
    r"(?:haray|hariye|haraye|harai)\w*|\bharay\w*\s+(?:gesi|gechi)\b"
)
_BN_DARK = r"অন্ধকার|\b(?:ondhokar|andhokar)\b"
_BN_PHONE_DYING = (
    r"(?:ফোন|চার্জ|ব্যাটারি)\S*\s+(?:\S+\s+){0,2}(?:শেষ|কম|বন্ধ\s+হয়|মরে)|\b(?:phone|charge|"
    r"battery|charj)\w*\s+(?:\w+\s+){0,2}(?:shesh|sesh|kom|low|bondho|dead)\b"
)
BENGALI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_LOST_WAY, _BN_DARK, _BN_PHONE_DYING),
)

# A fire broken out where the writer is, with no way out ("আমার ফ্ল্যাটে আগুন লেগেছে, আমি বের হতে
# পারছি না"); not a heater on with rain outside.
_BN_FIRE_NOW = (
    r"আগুন\s+(?:লেগেছে|লাগছে|লেগে\s+গেছে|ধরেছে)|\bagun\s+(?:legeche|legese|lagche|lagse|dhorse)\b"
)
_BN_NO_WAY_OUT = (
    r"বের\s+হতে\s+(?:পারছি|পারছে|পারছেন)\s+না|বেরোতে\s+পারছি\s+না|ধোয়া|\bber\s+(?:hoite|hote)\s+"
    r"(?:parchi|parsi|parche|partesi)\s*na\b|\bdhoya\b"
)
BENGALI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_FIRE_NOW, _BN_NO_WAY_OUT),
)

# A child not breathing right ("আমার বাচ্চা ঠিকমতো শ্বাস নিতে পারছে না"); not a child who won't
# sleep.
_BN_A_CHILD = r"বাচ্চা|শিশু|ছেলে|মেয়ে|বেবি|\b(?:baccha|bacha|bachcha|baby|shishu|chele|meye)\b"
_BN_NOT_BREATHING = (
    r"(?:শ্বাস|নিঃশ্বাস|নিশ্বাস|দম)\s+(?:নিতে\s+)?(?:পারছে|পারছেনা|নিচ্ছে)\s*না|শ্বাস\s+(?:আটকে|বন্ধ)|"
    r"\b(?:shash|shas|nishash|nisshas|nishshash)\s+(?:nite\s+)?(?:parche|parse|nicche|nitese)"
    r"\s*na\b"
)
BENGALI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_A_CHILD, _BN_NOT_BREATHING),
)

# A fit that has gone on for minutes or won't stop ("খিঁচুনি হচ্ছে, ৫ মিনিট হয়ে গেল, থামছে না");
# not a meeting of five minutes.
_BN_FIT = r"খিচুনি|খিঁচুনি|মৃগী|\b(?:khichuni|khichu?ni|mrigi)\b"
_BN_GOING_ON = (
    r"(?:\d+|[০-৯]+|পাঁচ|দশ)\s+মিনিট|থামছে\s+না|বন্ধ\s+হচ্ছে\s+না|\b(?:\d+|pach|das|dosh)\s+"
    r"(?:minute|min|minit)\w*|\b(?:thamche|thamse|bondho\s+hocche)\s*na\b"
)
BENGALI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_FIT, _BN_GOING_ON),
)

# A knife shown or carried by someone come in or out to rob the writer, now, with the writer
# hiding or asking what to do ("ekjon churi dekhaise, ami ekta dokane lukiye achi, ki korbo";
# "একজন লোক ছুরি নিয়ে ঢুকেছে"); not a knife for fish or vegetables, nor a theft ("churi"
# also spells চুরি) talked about ("cycle churi niye ki korbo").
_BN_KNIFE_SHOWN = (
    r"(?:ছুরি|চাকু|পিস্তল|বন্দুক)\s+(?:\S+\s+)?(?:নিয়ে|দেখিয়ে|দেখাচ্ছে|দেখাল|দেখিয়েছে)|"
    r"\b(?:churi|chhuri|chaku|pistol|bonduk)\s+(?:\w+\s+)?(?:dekhaise|dekhaiche|dekhalo|"
    r"dekhacche|dekhiye)\b|\b(?:chaku|pistol|bonduk)\s+niye\b|\b(?:churi|chhuri)\s+niye\s+"
    r"(?:dhuk|ash)\w*"
)
_BN_RIGHT_NOW = (
    r"ঢুকেছে|ঢুকে\s+পড়েছে|লুকিয়ে\s+আছি|কেড়ে\s+নিতে|টাকা\s+চাইছে|কী\s+করব|বাঁচাও|"
    r"\blukiye\s+(?:achi|asi|aci)\b|\bkere\s+nite\s+(?:chaise|chaiche|chay|cay)\b|\bki\s+korbo\b|"
    r"\bbachao\b|\bdhukeche\b|\bdhukse\b|\btaka\s+chaise\b"
)
_BN_NOT_A_COOK = r"^(?!.*(?:মাছ|সবজি|পেঁয়াজ|মাংস|\bmach\b|\bsobji|\bpiyaj|\bmangsho))"
# A boss who says stay with him tonight or lose the job ("আজ রাতে তার সাথে না থাকলে চাকরি থেকে
# বের করে দেবে", "aj rate tar sathe na thakle chakri theke ber kore debe"); not a late shift.
_BN_STAY_TONIGHT = (
    r"আজ\s+রাতে\s+(?:\S+\s+){0,2}সাথে\s+(?:\S+\s+)?না\s+থাক|"
    r"\b(?:aj|aaj)\s+rate\s+(?:\w+\s+){0,2}(?:sathe|shathe)\s+(?:\w+\s+)?na\s+thak\w*"
)
_BN_OR_SACKED = (
    r"চাকরি\s+(?:থেকে\s+)?(?:\S+\s+)?(?:বের|ছাড়িয়ে)|ভিসা|"
    r"\b(?:chakri|chakori|kaj)\s+(?:theke\s+)?(?:\w+\s+)?(?:ber|chhariye|chariye)\b|\bvisa\b"
)
BENGALI_NOW_PHRASES += (  # i18n-exempt: input
    # a knife shown or brought in now; stay with the boss tonight or be sacked
    _BN_NOT_A_COOK + every_one_of(_BN_KNIFE_SHOWN, _BN_RIGHT_NOW),
    "^" + every_one_of(_BN_STAY_TONIGHT, _BN_OR_SACKED),
)
# A worker fallen, not moving or bleeding, and a boss who will not call an ambulance ("ভারা থেকে
# পড়ে গেছে আর নড়ছে না, মালিক অ্যাম্বুলেন্স ডাকছে না"); not someone fine.
_BN_DOWN = r"পড়ে\s+গেছে|নড়ছে\s+না|অজ্ঞান|রক্ত|\bpore\s+gech\w*|\bnorche\s+na\b|\boggan\b"
_BN_NO_AMBULANCE = (
    r"অ্যাম্বুলেন্স\s+(?:\S+\s+)?(?:ডাকছে\s+না|ডাকতে\s+দিচ্ছে\s+না|ডাকবে\s+না)|"
    r"\bambulance\s+(?:\w+\s+)?(?:dakche\s+na|dakte\s+dicche\s+na|dakbe\s+na)\b"
)
BENGALI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ঠিক\s+আছে|ভালো\s+আছে|\bthik\s+ache|\bbhalo\s+ache))"
    + every_one_of(_BN_DOWN, _BN_NO_AMBULANCE),
)

# A diabetic's sugar gone very low or high ("সুগার অনেক কমে গেছে", "sugar fall korse") beside
# someone unconscious or not answering when called; not sugar that dipped and came back with a
# date eaten.
_BN_SUGAR = r"(?:সুগার|ডায়াবেটিস|ডায়াবেটিক|\bsugar\b|\bdiabet\w*)"
_BN_SUGAR_SWUNG = (
    r"(?:সুগার|শুগার)\S*\s+(?:\S+\s+){0,2}(?:কমে|নেমে|বেড়ে|ফল)|\bsugar\s+(?:\w+\s+){0,2}(?:kome|"
    r"neme|bere|fall|low|high|drop)\w*"
)
BENGALI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_SUGAR, _BN_SUGAR_SWUNG, _BN_NOT_SPEAKING),
)

# A girl taken abroad or "to the desh" to be married off ("bon ke Bangladesh niye jacche biye
# dite"), beside her age under eighteen, her crying or her saying no; not a grown cousin's own
# wedding there, nor a girl of fifteen taken home for the holidays.
_BN_TAKEN_TO_MARRY = (
    r"(?:নিয়ে|পাঠি)\S*\s+(?:\S+\s+)?(?:যাচ্ছে|যাবে|দিচ্ছে|দেবে)\s+(?:\S+\s+)?বিয়ে\s+দিতে|"
    r"বিয়ে\s+দিতে\s+(?:\S+\s+){0,3}(?:নিয়ে|পাঠা)\S*|"
    r"\b(?:niye|nie|pathi?ye|pathay)\s+(?:\w+\s+)?(?:jacche|jabe|jaitese|jaitase|dicche|dibe|"
    r"jaitesi)\s+(?:\w+\s+)?(?:biye|bie|bia)\s+dite\b|\b(?:biye|bie|bia)\s+dite\s+(?:\w+\s+){0,3}"
    r"(?:niye|pathacche|pathabe)\b"
)
_BN_A_CHILD_OR_UNWILLING = (
    r"বয়স\s+(?:\S+\s+)?(?:১[০-৭]|1[0-7])\b|কান্না|কাঁদ|কাদছে|রাজি\s+না|চায়\s+না|জোর\s+করে|"
    r"\bbo?y[oa]sh?\s+(?:\w+\s+)?1[0-7]\b|\b1[0-7]\s+(?:bochor|bosor|bochhor|years?)\b|"
    r"\b(?:kanna|kande|kandtese|kandche|kandse)\w*|\b(?:raji|razi)\s+na\b|\bchay\s+na\b|"
    r"\bjor\s+kore\b"
)
BENGALI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_TAKEN_TO_MARRY, _BN_A_CHILD_OR_UNWILLING),
)

# A child gone to meet someone met online ("মেয়ে অনলাইনে পরিচয় হওয়া একজন লোকের সাথে দেখা
# করতে গেছে", "chele facebook e porichoy hoya ekjon er sathe dekha korte geche"); not a meeting
# the writer goes along to or that is over, nor an online class.
_BN_CHILD = (
    r"মেয়ে|ছেলে|বাচ্চা|বয়স\s+[০-৯0-9]+|\b(?:meye|chele|cheley|baccha|bachcha)\w*|"
    r"\b(?:boyos|boyosh)\s+\d+"
)
_BN_MET_ONLINE = (
    r"অনলাইন|ইন্টারনেট|ফেসবুক|ইনস্টাগ্রাম|স্ন্যাপচ্যাট|টিকটক|গেমে|"
    r"\b(?:online|internet|facebook|fb|instagram|insta|snapchat|snap|tiktok|game)\w*"
)
_BN_GONE_TO_MEET = (
    r"দেখা\s+করতে\s+(?:\S+\s+)?(?:গেছে|গিয়েছে|গেল|যাচ্ছে|বেরিয়েছে|বের\s+হয়েছে)|\bdekha\s+"
    r"korte\s+(?:\w+\s+)?(?:geche|gese|gechhe|giyeche|gelo|jacche|jasse|beriyeche|"
    r"ber\s+hoyeche)\b"
)
_BN_WITH_ME_OR_BACK = (
    r"^(?!.*(?:আমার\s+সাথে|আমি\s+সাথে|ফিরে\s+(?:এসেছে|আসছে)|ক্লাস|\bamar\s+sathe\b|"
    r"\bami\s+sathe\b|\bfire\s+(?:esheche|eseche|ashche)\b|\bclass\b))"
)
# A knife found in a child's bag, with a fight, a beating or revenge planned ("or bag e ekta
# chhuri pelam, o bolche aaj rate oder sathe maramari korbe"); not a knife for a cooking class.
_BN_KNIFE_IN_BAG = (
    r"ব্যাগে\s+(?:\S+\s+){0,2}(?:ছুরি|চাকু)|(?:ছুরি|চাকু)\s+(?:\S+\s+){0,2}ব্যাগে|"
    r"\bbag\s*e\s+(?:\w+\s+){0,2}(?:chhuri|churi|chaku)\b|\b(?:chhuri|churi|chaku)\s+(?:\w+\s+)"
    r"{0,2}bag\s*e\b"
)
_BN_A_FIGHT_PLANNED = (
    r"মারামারি\s+(?:\S+\s+)?(?:করবে|হবে)|মারবে|প্রতিশোধ|\bmaramari\s+(?:\w+\s+)?(?:korbe|hobe)\b|"
    r"\bmarbe\b|\b(?:protishodh|protisodh|bodla)\b"
)
BENGALI_NOW_PHRASES += (  # i18n-exempt: input
    _BN_WITH_ME_OR_BACK + every_one_of(_BN_CHILD, _BN_MET_ONLINE, _BN_GONE_TO_MEET),
    "^" + every_one_of(_BN_KNIFE_IN_BAG, _BN_A_FIGHT_PLANNED),
)

# Someone kept from food or medicine by another for days, or with their death wished ("ওনাকে
# খাবার দিতে দিচ্ছে না, বলছে মরে গেলে ভালো"); not a fast before an operation or a test.
_BN_KEPT_FROM_FOOD = (
    r"(?:খাবার|খেতে|ওষুধ|পানি)\s+(?:ও\s+)?দিতে\s+(?:দিচ্ছে|দিচ্ছেন|দেয়|দেন)\s*না|"
    r"\b(?:khabar|khete|khaite|oshudh|osudh|pani)\s+dite\s+(?:dicche|dey|dei|dae)\s*na\b"
)
_BN_DAYS_OR_DEATH_WISHED = (
    r"(?:দুই|দু|তিন|চার|কয়েক|[০-৯0-9]+)\s*দিন|দিন\s+ধরে|মরে\s+(?:গেলে|যাক)|মরুক|"
    r"\b(?:dui|du|tin|koyek|\d+)\s*din\b|\bdin\s+dhore\b|\bmore\s+(?:gele|jak)\b|\bmoruk\b"
)
BENGALI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ডাক্তার|অপারেশন|টেস্ট|পরীক্ষা|রোজা|উপোস|\b(?:doctor|daktar|operation|test|"
    r"roza|roja)\b))" + every_one_of(_BN_KEPT_FROM_FOOD, _BN_DAYS_OR_DEATH_WISHED),
)

# Sudden confusion with a fever: someone who of a sudden, or since the morning when they were
# well, does not know the writer, beside the body hot or a fever ("হঠাৎ আমাকে চিনতে পারছেন না,
# গা খুব গরম"); not a grandmother without her glasses who shakes with laughing.
_BN_NOT_KNOWING_ME = r"চিনতে\s+(?:\S+\s+)?পারছ\S*\s+না|চিনছ\S*\s+না"
_BN_SUDDENLY = r"হঠাৎ|হটাৎ|হঠাত|ঠিক\s+ছিল|ভালো\s+ছিল|আজ\s+থেকে"
_BN_FEVER = r"গা\s+(?:\S+\s+)?গরম|শরীর\s+(?:\S+\s+)?গরম|জ্বর|তাপমাত্রা"
BENGALI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_NOT_KNOWING_ME, _BN_SUDDENLY, _BN_FEVER),
)
