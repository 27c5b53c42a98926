"""The Bengali safeguarding phrase net's plans to die said plainly (read by safeguarding_languages
beside safeguarding_bengali), in Bengali script and in the Latin spelling people text in. Text
has been through safeguarding_languages.fold (the chandrabindu dropped: "ঝাঁপ" reads as "ঝাপ").

It reads the writer's own plan: death decided on ("আমি মরার সিদ্ধান্ত নিয়েছি", "morar siddhanto
niyechi"); a jump from a bridge or a roof, or under a train or onto the railway line ("কাল আমি
ব্রিজ থেকে নদীতে ঝাঁপ দেব", "train er niche jhap dibo"); a rope to the writer's own neck ("আমি
গলায় দড়ি দেব"); not living any more ("আর বেঁচে থাকব না", "ar beche thakbo na"); a life ended in
the Latin spelling ("amar jibon shesh kore dibo"); a means made ready (tablets gathered, a rope
tied or bought, a gun got) beside a time or a goodbye ("ফ্যানে দড়ি বেঁধে রেখেছি, আজ রাতেই সব
শেষ"); and a river, bridge or the railway line gone to with no coming back or a last word.

Left alone: a decision to come; a photo of the river from the bridge; the train to Sylhet; a
rope round a goat's neck; not living in London any more; tablets gathered for a trip, a rope
tied for the washing; work to be finished tonight; looking after oneself.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# The first person's future of "give" ("দেব", "dibo", Sylheti "dimu").
_BN_I_WILL_GIVE = r"(?:দেব|দিব|দেবো|দিবো|দিয়ে\s+দেব)"
_BN_I_WILL_GIVE_LATIN = r"(?:dibo|debo|dimu|dim|diye\s+dibo)\b"
# A joke over a lost match or a laugh.
_BN_NOT_A_JOKE = r"^(?!.*(?:😂|🤣|ম্যাচ|মজা|হেরে|\b(?:match|lol|jk|moja|here\s+gele)\b)).*"

BENGALI_PLANS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # death decided on
    r"মরার\s+(?:সিদ্ধান্ত|প্রতিজ্ঞা)\s+(?:নিয়েছি|নিয়ে\s+ফেলেছি|নিলাম|নিয়েছে)|মরব\s+বলে\s+(?:ঠিক|"
    r"সিদ্ধান্ত)\s+(?:করেছি|নিয়েছি)|\bmor(?:ar|bar|bo\s+bole)\s+(?:siddhanto|shiddhanto|sidhanto|"
    r"siddhanta|shidhanto)\s+(?:niyechi|niyesi|nilam|nisi|niye\s+felechi)\b",
    # a jump from a bridge or a roof; under a train or onto the railway line
    _BN_NOT_A_JOKE
    + r"(?:ব্রিজ|সেতু|ছাদ|বিল্ডিং)\S*\s+(?:থেকে\s+)?(?:\S+\s+){0,2}ঝাঁপ\s+"
    + _BN_I_WILL_GIVE,
    r"(?:ট্রেন|রেল)\S*\s+(?:নিচে|নীচে|সামনে|তলায়)\s+(?:\S+\s+)?(?:ঝাঁপ\s+" + _BN_I_WILL_GIVE + r"|শুয়ে\s+"
    r"পড়ব|মাথা\s+"
    + _BN_I_WILL_GIVE
    + r")|রেল\s*লাইনে\s+(?:\S+\s+)?(?:শুয়ে\s+পড়ব|মাথা\s+"
    + _BN_I_WILL_GIVE
    + ")",
    _BN_NOT_A_JOKE
    + r"\b(?:bridge|setu|chh?ad|chh?at|building)\s+(?:\w+\s+){1,3}(?:jhaa?m?p|zhap)\s+"
    + _BN_I_WILL_GIVE_LATIN,
    r"\b(?:train|rail|tren)\s*(?:er|ar)?\s+(?:niche|nichey|nice|samne|shamne|tolay)\s+(?:\w+\s+)?"
    r"(?:(?:jhaa?m?p|matha)\s+" + _BN_I_WILL_GIVE_LATIN + r"|shuye\s+porbo\b)|\brail\s*line\s*e\s+"
    r"(?:\w+\s+)?(?:shuye\s+porbo|matha\s+dibo)\b",
    # a rope to the writer's own neck (not to an animal's: "ছাগলের গলায়")
    r"(?:আমি|নিজে|নিজেই)\s+(?:(?!\S*র\s)\S+\s+)?গলায়\s+(?:দড়ি|ফাঁস|ফাঁসি)\s+" + _BN_I_WILL_GIVE + "|"
    r"(?:ফাঁস|ফাঁসি)\s+(?:নেব|নিব|নেবো|নিবো)|\bgolay\s+(?:dori|fash|fashi|phash)\s+"
    + _BN_I_WILL_GIVE_LATIN,
    # not living any more; a life ended (Latin spelling)
    r"(?:আর\s+)?বেঁচে\s+থাকব(?:ো)?\s+না|এই\s+পৃথিবীতে\s+(?:আর\s+)?থাকব(?:ো)?\s+না|\b(?:beche|"
    r"baiche|bechey)\s+thak(?:bo|mu)\s+na\b|\b(?:jibon|jibonta|jeebon)\s+shesh\s+kore\s+(?:dibo|"
    r"debo|dimu|felbo)\b(?!\s+na\b)",
)

# A means made ready (a rope tied, bought or ready, a gun got) beside a time or a goodbye; tablets
# gathered or saved beside a goodbye, or a time with sleeping tablets or all of them to be taken;
# not tablets gathered for a trip or from the chemist, a rope for the washing, a tent or a goat.
_BN_PILLS_SAVED = (
    r"(?:ওষুধ|ঔষধ|ট্যাবলেট|বড়ি)\S*\s+(?:\S+\s+){0,2}(?:জমা\s+(?:করেছি|করে\s+রেখেছি|করছি)|জমিয়ে|"
    r"জোগাড়\s+করেছি)|\b(?:oshudh|oshud|osud|ousudh|oushodh|tablet|tablets|bori|pills?)\s+"
    r"(?:\w+\s+){0,2}(?:joma\s+(?:korechi|kore\s+rekhechi|korsi|kore\s+rakhsi)|jomiye\s+"
    r"(?:rekhechi|rakhsi))\b"
)
_BN_SLEEPING_OR_ALL = (
    r"ঘুমের|(?:সব|সবগুলো|সবগুলা)\s+(?:\S+\s+)?(?:খাব|খাবো|খেয়ে\s+ফেলব|গিলে\s+ফেলব)|\bghumer\b|"
    r"\b(?:sob|shob|sobgula|shobgulo)\s+(?:\w+\s+)?(?:khabo|kheye\s+felbo)\b"
)
_BN_MEANS_READY = (
    r"দড়ি\s+(?:\S+\s+){0,3}(?:বেঁধে|বাঁধা|কিনে|কিনেছি|রেডি|তৈরি)|(?:পিস্তল|বন্দুক)\s+(?:\S+\s+){0,2}"
    r"(?:কিনেছি|জোগাড়|পেয়েছি|রেডি)|\b(?:dori|doori)\s+(?:\w+\s+){0,3}(?:bendhe|bedhe|bandha|"
    r"kinechi|ready)\b|\b(?:pistol|bonduk|bondhuk|gun)\s+(?:\w+\s+){0,2}(?:kinechi|jogar|"
    r"peyechi|ready)\b"
)
_BN_PLAN_TIME = (
    r"আজ\s+রাত|আজকে|আজ|কাল|পরশু|এই\s+সপ্তাহে|(?:রবিবার|সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার|"
    r"শুক্রবার|শনিবার)|\b(?:aa?j\s+rate|aa?jke|aa?j|kal|kalke|porshu|ei\s+shoptahe|(?:robibar|"
    r"shombar|mongolbar|budhbar|brihoshpotibar|shukrobar|shonibar)\w*)\b"
)
_BN_PLAN_GOODBYE = (
    r"শেষ\s*বার|বিদায়|(?:ক্ষমা|মাফ)\s+করে\s+(?:দিও|দিয়ো|দিবেন|দেবেন)|সব\s+শেষ|আর\s+ফিরব\s+না|"
    r"\bshesh\s*bar\b|\bbiday\b|\b(?:khoma|khama|maf)\s+kore\s+(?:dio|diyo|diben)\b|\bs[h]?ob\s+"
    r"shesh\b|\bar\s+(?:firbo|phirbo)\s+na\b"
)
_BN_NOT_A_PLAN = (
    r"^(?!.*(?:কাপড়|শুকানো|সফর|ভ্রমণ|ছুটি|ফ্লাইট|টিকিট|ডাক্তার|ফার্মেসি|ক্যাম্প|তাঁবু|দোলনা|পিকনিক|কাবাডি|দড়ি\s*টানা|ছাগল|গরু|"
    r"\b(?:kapor|kapar|shukano\w*|bhromon\w*|safar|shofor\w*|chh?uti|flight|ticket|daktar|doctor|pharmacy|"
    r"camp\w*|tabu|dolna|picnic|kabadi|holiday|trip|washing)\b))"
)
# A river, a bridge or the railway line gone to by the writer, with no coming back or a last
# word; not a trip there and back, nor one "we" make.
_BN_GOING_THERE = (
    r"(?:নদী|ব্রিজ|সেতু|রেললাইন|সমুদ্র)\S*\s+(?:\S+\s+)?(?:যাচ্ছি|যাব|যাবো|চলে\s+যাব)|\b(?:nodi|"
    r"bridge|setu|rail\s*line|shomudro)\w*\s+(?:\w+\s+)?(?:jacchi|jachchi|jabo|chole\s+jabo)\b"
)
_BN_NO_RETURN = (
    r"আর\s+ফিরব\s+না|ফিরে\s+আসব\s+না|শেষ\s*বার|বিদায়|(?:ক্ষমা|মাফ)\s+করে\s+(?:দিও|দিয়ো|দিবেন)|"
    r"\bar\s+(?:firbo|phirbo)\s+na\b|\bfire\s+ashbo\s+na\b|\bshesh\s*bar\b|\bbiday\b"
)
BENGALI_PLANS_PHRASES += (  # i18n-exempt: input
    _BN_NOT_A_PLAN + every_one_of(_BN_MEANS_READY, _BN_PLAN_TIME + "|" + _BN_PLAN_GOODBYE),
    _BN_NOT_A_PLAN
    + every_one_of(_BN_PILLS_SAVED)
    + "(?:"
    + every_one_of(_BN_PLAN_GOODBYE)
    + "|"
    + every_one_of(_BN_PLAN_TIME, _BN_SLEEPING_OR_ALL)
    + ")",
    _BN_NOT_A_PLAN + r"(?!.*(?:আমরা|\bamra\b))" + every_one_of(_BN_GOING_THERE, _BN_NO_RETURN),
)
