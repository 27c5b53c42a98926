"""The English phrase net: extremism and hate, violence planned or threatened against people for
what they are or what a place stands for, told as what someone is doing rather than by its name.

Radicalisation: a plan to "do something" (in quotes or not) at a mosque, a church, the town hall
or a place named ("at Walthamstow market") from someone who watches extremist videos, or shares,
shows or talks up an extremist creed in its adherents' words ("the great replacement", the
Christchurch video, pictures of an attacker), or whom someone online calls special and asks to
help their group, or who says it and buys knives, or who calls the council traitors, buys
fertiliser, "stuff to make something" or a weapon (or has one come in the post) and will "do
something" (about it), or says "our people" must fight back, has something planned for the march
and a heavy box came; instructions sent for making something that explodes; a young person set on
going abroad to join fighters or "the brothers" or fight for them, with a day to leave, money or
a ticket sent; someone told that the people at a gathering are the enemy who asks about its venue
and crowds while deliveries are hidden or a plan is feared; a young person told online that the
assembly or the police are the enemy, set to "prove himself" or looking up how to make things. A
planned attack: a group who will "sort
it" themselves at a place of worship, gathering what they need; a people called invaders or vermin
with an act foretold for a day ("after friday everyone will know what we think"); "do something"
at a gathering with a homemade device shown or a weapon bought; "do something about" an asylum
hotel or a mosque, with petrol cans or a weapon got; a weapon to be taken to a place
people gather with a day named or by someone sharing a creed; both halves of a nail bomb bought
(nails or ball bearings, and gas canisters or a pressure cooker) with a gathering place and "won't
know what hit it" or a day; "torch it" or "burn it" beside a place of worship or its prayers,
named or as an emoji ("🔥🕌"), with the petrol got; "do something" at a gathering by someone who has
bought "items I find most worrying"; a "visit" to be paid to a place of worship with a weapon
shown or bought and a day named. Hate that threatens a family with fire: "burn us out" in a note
through the door, shouted with racist words, written on the door or said with the windows put in,
or "if we don't leave". A threat to the assembly: something left in the room next time that none
of them will walk out of, or a group with a grievance ("rigged against people like us") wanting
the home addresses of the officers or facilitators.

Each is written so that the assembly's own subjects talked about (a session on radicalisation or
the Prevent duty: safeguarding_everyday.without_topics), a creed named in the news with no one
sharing it and no plan, and everyday twins with the same words (doing something at the mosque on
Friday for the open day, a union that will fight back at the march, fertiliser for the allotment,
a machete for the brambles, a knife for the cake at the church hall, a visit on an interfaith
day with a knife for the challah, a glazier who put the window in, an attacker's pictures shown
by a documentary, a bath bomb, a podcast about an attack, the lads sorting the kit out, space
invaders in fancy dress, refugees called invaders in a session on hate crime, a homemade device
for the science fair, nails and gas canisters for the barbecue, joining the fire fighters, a
grandad who fought in Spain, a boxer's fight, the enemies of a cycle lane, a surprise stall,
shifts or early starts that will burn the staff out) read past it. Text has been through
safeguarding_words.normalise.

People called invaders beside something planned for a place of worship is read
(not Space Invaders, not a church fete).
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.gateway.safeguarding_hate import _SLUR
from bot.gateway.safeguarding_words import any_two_of, every_one_of

# An extremist creed in its adherents' own words, shared, watched or talked up by someone
# ("sharing stuff about the great replacement"; not the Nazis or the far right as a history
# lesson or the news), or a recruiter flattering a young person into a group.
_CREED_NAME = (
    r"(?:great\s+replacement|replacement\s+theory|white\s+genocide|race\s+war|remigration|"
    r"white\s+power|14\s*/?\s*88|kuffar|kafirs?|accelerationis\w+|christchurch\s+(?:shooter|"
    r"attacker|video|manifesto)|extremist\s+(?:videos?|content|material|propaganda|stuff|"
    r"channels?|forums?|sites?|posts?|chats?|groups?))"
)
_CREED = (
    r"(?:\b(?:sharing|shares|shared|posting|posts|posted|spreading|sending|sends|sent|watching|"
    r"watches|showing|shows|showed|talking\s+about|talks\s+about|going\s+on\s+about|banging\s+"
    r"on\s+about|obsessed\s+with|into|believes?\s+in|says?|saying)\s+(?:\w+\s+){0,6}?"
    + _CREED_NAME
    + r"\b|"
    # pictures of an attacker shared (not shown on the news): "posting pictures of the guy who did
    # the Christchurch shooting"
    r"\b(?:sharing|shares|shared|posting|posts|posted|spreading|sending|sends|sent)\s+(?:\w+\s+)?"
    r"(?:pictures?|photos?|pics?|memes?|images?|posters?|stickers?)\s+of\s+(?:the\s+)?(?:guy|man|"
    r"bloke|lad|shooter|gunman|killer|attacker|terrorist)\s+(?:who|that)\s+(?:did|carried\s+out|"
    r"committed|was\s+behind)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:shootings?|massacres?|attacks?|"
    r"bombings?)\b|"
    r"\b(?:says|said|saying|tells|told|telling)\s+(?:me|him|her|my\s+\w+)\s+(?:that\s+)?"
    r"(?:i\s+am|he\s+is|she\s+is)\s+(?:special|chosen|a\s+warrior|a\s+soldier)\b|\b(?:help|"
    r"join|fight\s+for)\s+(?:their|his)\s+(?:group|cause|movement|brothers|war)\b)"
)
# A place where people gather, and something to be done there; read only beside a creed or a
# recruiter, so a bake sale at the mosque is not.
_GATHERING_PLACE = (
    r"(?:mosque|synagogue|church|gurdwara|temple|mandir|town\s+hall|council|school|college|"
    r"march|rally|protest|pride|festival|parade|station|market|shopping\s+centre|high\s+street|"
    r"vigil|refugee\s+(?:centre|hotel)|asylum\s+hotel|hotel)"
)
# Which one: "the", "a", "our" or the place's own name ("at walthamstow market").
_WHICH_PLACE = (
    r"(?:(?:the|a|our|their|that)\s+(?:local\s+)?|"
    r"(?!(?:the|a|our|their|that|home|work|school)\b)\w+\s+(?:\w+\s+)?)"
)
# The act may be put in quotes: going to "do something" at the mosque.
_DO_SOMETHING_THERE = (
    r"(?:\b(?:do|doing|does|did|done|carry\s+out|carrying\s+out|plant|planting|leave|leaving|"
    r"set\s+off|setting\s+off)\s+(?:something|it|this|that|them|one)[\"”]?\s+(?:\w+\s+){0,2}"
    r"(?:at|near|outside|to|in|by)\s+" + _WHICH_PLACE + _GATHERING_PLACE + r"\b|"
    r"\b(?:attack\w*|bomb\w*|blow\w*\s+up|shoot\w*\s+up|burn\w*\s+down|set\w*\s+fire\s+to|"
    r"torch\w*)\s+(?:the|a|our|their|that)\s+(?:local\s+)?" + _GATHERING_PLACE + r"\b)"
)
# Something made to explode, or instructions for it (not a bath bomb, a bomb shelter or the
# allotment's feed).
_EXPLOSIVE_MADE = (
    r"\b(?:instructions|how\s+to|recipes?|guides?|videos?|manuals?|plans?|diagrams?)\s+"
    r"(?:\w+\s+){0,3}(?:mak\w+|build\w*|assembl\w+)\s+(?:\w+\s+){0,2}(?:(?<!bath\s)(?<!seed\s)"
    r"(?<!chocolate\s)(?<!glitter\s)bombs?(?!\s+(?:shelters?|proof|disposal|calorimeters?))|"
    r"explosives?|ieds?|detonators?|(?:something|stuff|things|one)\s+(?:\w+\s+)?(?:with|from|"
    r"out\s+of)\s+(?:fertili[sz]er|nails|gas\s+canisters|pressure\s+cookers?|weed\s*killer|"
    r"chemicals))\b"
    r"(?!.{0,40}\b(?:garden\w*|allotment|plants?|lawn|veg\w*|tomatoes|crops|compost|bath|"
    r"science\s+(?:class|lesson|homework|fair)|chemistry\s+(?:class|lesson|homework))\b)"
)

# A call to arms for "our people", something planned at a gathering, and a heavy parcel or
# the means bought: read only all together (not a union that will fight back at the march).
_OUR_PEOPLE_FIGHT = (
    r"\b(?:our|my|his|their)\s+(?:own\s+)?(?:people|kind|race|folk|blood|brothers)\s+(?:need|"
    r"needs|have|has|must|should|got|are\s+going)\s+(?:to\s+)?(?:fight\s+back|rise\s+up|"
    r"strike\s+back|take\s+revenge|defend\s+(?:ourselves|themselves))\b"
)
_PLANNED_THERE = (
    r"\b(?:something|stuff|it)\s+(?:big\s+)?planned\s+(?:for|at)\s+(?:the|a|our|their|that)\s+"
    r"(?:\w+\s+)?" + _GATHERING_PLACE + r"\b"
)
_PARCEL_OR_MEANS = (
    r"\b(?:heavy|strange|odd|suspicious|big)\s+(?:box|boxes|package|parcel|delivery|bag)\b"
    r"(?!\s+(?:of|from)\s+(?:books|food|shopping|amazon|leaflets|flyers|banners))"
)

# Someone's grievance in an extremist's words (the council or the government as traitors,
# "traders" as speech-to-text hears it; an area to be "cleansed"), the means bought for
# something that is not for the garden, and "something" to be done: read only all together.
_TRAITORS_OR_CLEANSING = (
    r"\b(?:council|councillors|government|politicians|mps|police|they)\s+(?:are|is)\s+(?:all\s+)?"
    r"(?:traitors|traders)\b|\b(?:cleans\w+|clean\s+up|purg\w+)\s+(?:the|our|this)\s+(?:area|"
    r"streets|estate|town|borough|country|neighbourhood)\b|"
    r"\b(?:invaders|vermin|race\s+traitors)\b"
)
_MEANS_BOUGHT = (
    r"\b(?:bought|buying|buys|ordered|ordering|got|getting|stockpil\w+|collect\w+)\s+"
    r"(?:\w+\s+){0,3}?(?:fertili[sz]er|nails|ball\s*bearings|gas\s+canisters|"
    r"pressure\s+cookers?|chemicals|petrol|(?:stuff|things|bits|parts)\s+to\s+make\s+"
    r"(?:something|it|one|them))\b"
    r"(?!.{0,40}\b(?:garden\w*|allotment|plants?|lawn|veg\w*|tomatoes|roses|crops|compost|"
    r"car|mower|shed|fence)\b)"
)
_SOMETHING_TO_BE_DONE = (
    r"\b(?:will|going\s+to|is\s+about\s+to|planning\s+to|wants?\s+to)\s+do\s+something\b"
    r"(?!\s+(?:about|with|for|nice|special|fun|lovely|different|new|useful|positive|creative)\b)"
)

# Weapons bought or gathered, or come in the post, read only beside a creed ("says the race war
# is coming") or a plan.
_WEAPON = (
    r"(?:knives|knife|machetes?|swords?|crossbows?|guns?|firearms?|ammo|ammunition|weapons|"
    r"body\s+armou?r|zombie\s+knives)"
)
_ARMING = (
    r"\b(?:buy|buys|buying|bought|order\w*|collect\w*|stockpil\w+|hoard\w*|hiding|hides|hid)\s+"
    r"(?:\w+\s+){0,2}?" + _WEAPON + r"\b|"
    # what was bought left unnamed, and the writer alarmed by it: "items I find most worrying"
    r"\b(?:bought|ordered|collected|hiding|hidden)\s+(?:some\s+|certain\s+)?(?:items|things|"
    r"stuff)\s+(?:that\s+)?(?:i|we)\s+(?:find|found)\s+(?:most\s+|very\s+|deeply\s+|really\s+)?"
    r"(?:worrying|alarming|frightening|disturbing|troubling)\b|"
    # a machete come in the post (not for the brambles on the allotment)
    r"\b(?:a|an|the|his|her|some|two|three)\s+(?:\w+\s+)?" + _WEAPON + r"\s+(?:has\s+)?(?:came|"
    r"come|arrived|turned\s+up|was\s+delivered|got\s+delivered)\b(?!.{0,40}\b(?:garden\w*|"
    r"allotment|brambles|hedges?|camping|bushcraft|kitchen|cooking|chef|fishing)\b)"
)
# A weapon taken to a place people gather: "going to bring a knife to the mosque"; not a knife
# for the cake, nor a knife crime talk or amnesty.
_WEAPON_TAKEN_THERE = (
    r"\b(?:bring|brings|bringing|brought|take|takes|taking|carry|carries|carrying)\s+(?:a|an|his|"
    r"her|their|the|some)?\s*(?:\w+\s+)?(?:knife|knives|machetes?|guns?|firearms?|crossbows?|"
    r"blades?)\s+(?:\w+\s+)?(?:to|into|in\s+to|down\s+to|up\s+to)\s+(?:the|a|our|their|that)\s+"
    r"(?:local\s+)?" + _GATHERING_PLACE + r"\b"
)
_NOT_A_WEAPON_USE = (
    r"\b(?:cakes?|cut\w*|bread|kitchen|cook\w*|food|fruit|carv\w*|buffet|kirpan|amnesty|"
    r"knife\s+(?:crime|arch|bins?)|surrender\w*|hand\s+(?:it|them)\s+in|sharpen\w*|sell\w*)\b"
)
# "Do something about it", said by someone who calls the council traitors with a weapon got.
_DO_SOMETHING_ABOUT_IT = (
    r"\b(?:will|going\s+to|is\s+about\s+to|planning\s+to|wants?\s+to)\s+do\s+something\s+about\s+"
    r"(?:it|them|this|that)\b"
)

# A "visit" paid to a place of worship with a weapon shown or bought and a day named ("they'll
# pay a visit with the stuff they've bought ... showed me a machete ... this friday"); not an
# open day visited with a machete for the brambles or a knife for the cake.
_A_VISIT_PAID = (
    r"\b(?:pay|paying|pays|paid|give|giving)\s+(?:(?:it|them|him|her|(?:the|that|those)\s+"
    r"\w+)\s+)?a\s+(?:little\s+|proper\s+|surprise\s+|friendly\s+)?visit\b"
)
_WEAPON_SHOWN = (
    r"\b(?:showed|shown|shows|showing|flashed|flashing|pulled\s+out)\s+(?:(?:me|us|them|"
    r"everyone|off)\s+)?(?:a|an|his|her|their|the|some|two|three)\s+(?:\w+\s+)?" + _WEAPON + r"\b"
)

_SORT_IT_OURSELVES = (
    r"\b(?:we|us|me\s+and\s+the\s+(?:lads|boys)|the\s+lads|the\s+boys)\s+(?:\w+\s+){0,6}?"
    r"(?:are\s+)?"
    r"(?:going\s+to|gonna|will)\s+(?:sort|deal\s+with|handle)\s+(?:it|them|this)\s+(?:out\s+)?"
    r"ourselves\b"
)
_PLACE_OF_WORSHIP = r"\b(?:mosques?|synagogues?|churche?s?|temples?|gurdwaras?)\b"
_MEANS_OR_NEWS = (
    r"\b(?:you\s+will|youll)\s+(?:see|hear\s+about)\s+(?:it|us)\s+on\s+the\s+news\b|\bgetting\s+"
    r"together\s+what\s+we\s+need\b"
)

# A young person set on going abroad to fight (a youngster joining firefighters, a grandad who
# fought in Spain, a boxer's fight night, a militia in a video game are not), and what makes it
# a plan: a day to leave, money or a ticket sent, a passport.
_INTENT = (
    r"\b(?:talk\w*\s+about|wants?\s+to|wanting\s+to|planning\s+to|plans?\s+to|going\s+to|"
    r"about\s+to|trying\s+to|determined\s+to|desperate\s+to|ready\s+to|dreams?\s+of|"
    r"leaving\s+to|left\s+to|off\s+to|says?\s+(?:he|she)\s+(?:will|is\s+going\s+to))"
)
_TO_FIGHT_ABROAD = (
    _INTENT + r"\s+(?:\w+\s+){0,3}?(?:(?:join|joining)\s+(?:the\s+|some\s+|a\s+group\s+of\s+|"
    r"his\s+|their\s+)?(?:fighters|mujahid(?:een|in)|jihadis?|jihadists?|militants?|militias?|"
    r"isis|isil|daesh|(?:al\s+)?shabaa?b|the\s+caliphate|(?:the\s+)?jihad)\b|(?:join|joining)\s+"
    r"the\s+(?:brothers|brotherhood)\b|(?:go\s+and\s+|"
    r"to\s+)?fight(?:ing)?\s+(?:abroad|overseas|over\s+there|in\s+(?:syria|iraq|somalia|yemen|"
    r"afghanistan|the\s+war)|for\s+(?:the|his|their|our)\s+(?:brothers|ummah|caliphate))\b)"
)
# Fighting as a sport or in a game.
_NOT_A_WAR = (
    r"\b(?:mma|ufc|boxing|boxer|kick\s*boxing|martial\s+arts?|muay\s+thai|jiu\s*jitsu|judo|"
    r"karate|wrestling|fight\s+night|bout|sparring|video\s+games?|gaming|fortnite|call\s+of\s+"
    r"duty|xbox|playstation|roblox|minecraft)\b"
)
_SET_TO_GO = (
    r"\b(?:plans?|planning|intends?|booked|about)\s+to\s+(?:leave|go|fly|travel|set\s+off)\b|"
    r"\b(?:leav\w+|fly\w*|flight|go|going|travel\w*|set\w*\s+off)\s+(?:\w+\s+){0,3}?(?:on|this|"
    r"next|by)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week(?:end)?|"
    r"month)\b|\b(?:sent|given|wired|transferred)\s+(?:him\s+|her\s+|them\s+)?(?:money|cash|"
    r"£\s?\d+)|\b(?:tickets?|flights?|passport)\b"
)

# Someone told that people at a gathering are the enemy (not "enemies of the bypass"), who
# asks about its venue and crowds, and whose deliveries are hidden or whose plan is feared.
_CALLED_THE_ENEMY = (
    r"\b(?:is|are)\s+(?:all\s+)?(?:full\s+of\s+)?(?:the\s+)?(?:enemies|enemy|kuffar|kafirs?|"
    r"infidels|apostates|legitimate\s+targets?)\b(?!\s+of\b)|\bdeserves?\s+(?:what\s+is\s+"
    r"coming|everything\s+coming|to\s+(?:die|be\s+(?:killed|punished|wiped\s+out)))\b"
)
_SCOUTING = (
    r"\b(?:ask\w*|questions?|look\w*\s+(?:up|at)|check\w*|research\w*|photograph\w*|film\w*|"
    r"map\w*|wants?\s+to\s+know)\s+(?:\w+\s+){0,4}?(?:venue|crowds?|entrances?|exits?|"
    r"security|cctv|guards|layout|floor\s+plan|how\s+(?:many\s+people|busy|crowded)|"
    r"busiest)\b"
)
_HIDDEN_PREPARATION = (
    r"\b(?:stuff|things|something|packages?|parcels?|boxes|deliveries)\s+(?:\w+\s+){0,3}?"
    r"(?:delivered|arriv\w+|hidden|hiding)\b.{0,40}\b(?:will\s+not|would\s+not|does\s+not|"
    r"did\s+not|never|refuses\s+to|not)\s+(?:show|tell|let\s+(?:me|us)\s+see|open|say)\b|"
    r"\b(?:scared|afraid|frightened|terrified|worried)\s+(?:of|about)\s+what\s+(?:he|she|"
    r"they)\s+(?:is|are|might\s+be|may\s+be|could\s+be)\s+(?:planning|plotting|going\s+to\s+"
    r"do)\b|" + _ARMING + r"|" + _PARCEL_OR_MEANS
)

# A family's home threatened with fire ("burn us out"; not shifts that will burn the staff out),
# with hate said or the threat delivered: a note through the door, graffiti, leave or else.
_FIRE_TO_HOME = (
    r"\b(?:burn|burns|burning|burnt|burned|torch|torching|torched|firebomb\w*|petrol\s*bomb\w*)"
    r"\s+(?:us|you|them|me|him|her|the\s+family|(?:the|all\s+the|those|these)\s+\w+s)\s+out\b|"
    r"\b(?:burn|torch|firebomb|petrol\s*bomb)\w*\s+(?:down\s+)?(?:our|your|their|my|his|her)\s+"
    r"(?:house|flat|home|place|shop|door)\b|\bset\s+fire\s+to\s+(?:our|your|their|my|his|her)\s+"
    r"(?:house|flat|home|place|shop|door)\b|\b(?:house|flat|home|place)\s+(?:will\s+|is\s+going\s+"
    r"to\s+)?(?:go|goes|going)\s+up\s+in\s+flames\b"
)
# Work wearing people out: "the new rota will burn the volunteers out", "these early starts
# will burn us out".
_WORN_OUT_BY_WORK = (
    r"\b(?:rotas?|shifts?|workload|overtime|hours|schedule|deadlines|sessions|meetings|job|pace|"
    r"starts|weekends|commute|training)\b[^.!?]{0,30}\bburn"
)
_HATE_OR_DELIVERED = (
    r"\b(?:racist|racial|racially|homophobic|transphobic|islamophobic|antisemitic|hate\s+"
    r"(?:crime|mail|speech)|slurs?|foreigners|immigrants|your\s+(?:kind|lot|sort))\b|"
    + _SLUR
    + r"|\bgo\s+back\s+to\s+(?:your|where)\b|\b(?:notes?|letters?|cards?|messages?)\s+(?:\w+\s+)"
    r"{0,3}?(?:through|under|on|in|pushed\s+through)\s+(?:the\s+|my\s+|our\s+)?(?:front\s+)?"
    r"(?:door|letter\s*box)\b|\b(?:graffiti|sprayed|spray\s+painted|scrawled)\b|\b(?:if|unless)"
    r"\s+(?:we|you|they)\s+(?:do\s+not\s+)?(?:leave|move|go)\b|\bor\s+else\b|"
    # the home itself attacked: written on, the windows put in
    r"\b(?:wrote|written|writing|painted)\s+(?:\w+\s+){0,2}?on\s+(?:the|my|our)\s+(?:front\s+)?"
    r"(?:door|wall|windows?)\b|\b(?:put|smashed|bricked|kicked)\s+(?:the|my|our|all\s+the)\s+"
    r"(?:front\s+)?(?:windows?|door)\s+in\b|\b(?:smashed|bricked)\s+(?:the|my|our|all\s+the)\s+"
    r"windows?\b"
)

# A people called invaders or vermin, and an act foretold for a day: "after friday everyone will
# know what we think about the invaders" (not space invaders or a fancy-dress night).
_DEHUMANISED = r"\b(?<!space\s)(?:invaders|vermin|cockroaches|race\s+traitors|kuffar|infidels)\b"
# Not space invaders, vermin in the bins, or people being called it (a session on hate crime).
_NOT_A_PEOPLE = (
    r"\b(?:space\s+invaders|fancy\s+dress|costumes?|arcade|retro|pest\s+control|exterminators?|"
    r"rats|mice|slugs)\b|\b(?:call\w*|label\w*|brand\w*|words?\s+like|names?\s+like)\s+"
    r"(?:\w+\s+){0,2}?[\"']?(?:invaders|vermin|cockroaches|race\s+traitors|kuffar|infidels)\b"
)
_ACT_FORETOLD = (
    r"\b(?:everyone|everybody|people|the\s+whole\s+(?:borough|town|country|world)|they|you)\s+"
    r"(?:will|are\s+going\s+to)\s+(?:all\s+)?(?:know|see|hear\s+about|remember)\b|\bwill\s+not\s+"
    r"know\s+what\s+(?:is\s+|has\s+|had\s+)?hit\s+(?:it|them|him|her|us)\b|\babout\s+time\s+"
    r"(?:someone|somebody|we|people)\s+(?:\w+\s+){0,5}?(?:did|do|does)\s+something\b|"
    r"\bsee\s+it\s+on\s+the\s+news\b"
)
_A_DAY = (
    r"\b(?:after|on|this|by|before|come|next|for)\s+(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|week(?:end)?)\b|\b(?:tonight|tomorrow)\b"
)
# Something made to go off, shown or bought, beside a plan to "do something" at a gathering.
_DEVICE = (
    r"\b(?:home\s*made|improvised|explosive|incendiary)\s+(?:device|bomb|explosive)s?\b|"
    r"\b(?:pipe|nail|petrol)\s+bombs?\b|\bdetonators?\b|\bieds?\b"
)
_A_MAKER = r"\b(?:robot\w*|science|invent\w*|project|stem|coding|engineering|gadget|prototype)\b"
# What a nail bomb is made of, both halves (nails alone are DIY, gas canisters camping), with a
# place people gather and an act foretold; not for the barbecue or the shed.
_SHRAPNEL = r"\b(?:nails|ball\s*bearings|screws|bolts|shrapnel)\b"
_FUEL = (
    r"\b(?:gas\s+canisters?|butane|propane|fertili[sz]er|pressure\s+cookers?|petrol|gunpowder|"
    r"fireworks)\b"
)
# An attack by fire or a bomb on "it", beside a place of worship or its prayers (named or as an
# emoji: "🔥🕌 ... torch it friday prayers") and the fuel got; not the church bonfire.
_TORCH_IT = (
    r"\b(?:torch(?:ing)?|burn(?:ing)?|(?:fire|petrol\s*)bomb(?:ing)?|blow(?:ing)?\s+up|"
    r"set(?:ting)?\s+fire\s+to|shoot(?:ing)?\s+up)\s+(?:it|them|the\s+place|that\s+place|"
    r"(?:the|that)\s+(?:building|hall))\b"
)
_WORSHIP = (
    _PLACE_OF_WORSHIP
    + r"|\b(?:friday\s+)?prayers\b|\b(?:jummah|mass|shabbat|sunday\s+service)\b|[🕌⛪🛕🕍]"
)
_FUEL_GOT = (
    r"\b(?:got|bought|buying|getting|filled|bringing|have|has)\s+(?:\w+\s+){0,2}?(?:petrol|"
    r"lighter\s+fluid|accelerant|jerry\s*cans?)\b|⛽"
)
# A place of worship scouted ("printed out pictures of the mosque") and an act foretold for a
# day in words that leave it unsaid ("do what needs doing this weekend"); not pictures for
# coursework, a wedding or an open day.
_WORSHIP_SCOUTED = (
    r"\b(?:pictures?|photos?|images?|maps?|plans?|layout|floor\s+plans?)\s+of\s+(?:the|a|that|"
    r"their|our)\s+(?:local\s+)?(?:mosque|synagogue|church|gurdwara|temple|mandir)\b"
)
_WHAT_NEEDS_DOING = (
    r"\b(?:do|doing)\s+what\s+(?:needs|has|have|must)\s+(?:to\s+be\s+)?(?:doing|done|be\s+"
    r"done)\b|" + _SOMETHING_TO_BE_DONE
)
_NOT_A_PLOT = (
    r"\b(?:coursework|homework|project|assignment|essay|wedding|christening|baptism|funeral|"
    r"open\s+day|tour|booklet|exhibition|architecture|painting|drawing|sketch\w*|volunteer\w*|"
    r"clean\w*|decorat\w*|flowers)\b"
)
_FOR_DIY = (
    r"\b(?:barbecue|bbq|camping|stove|heater|shed|fence|decking|roof|diy|garden\w*|allotment|"
    r"bonfire)\b"
)

# A gathering told no one will leave it: "there'll be something in that room none of you walk
# out of"; not an escape room, nor a quiz none of them walk out of without a prize.
_NONE_WALK_OUT = (
    r"\b(?:none\s+of\s+(?:you|yous|them|us)|no\s+one|nobody|not\s+one\s+of\s+(?:you|them))\s+"
    r"(?:will\s+|is\s+going\s+to\s+|are\s+going\s+to\s+|gonna\s+)?(?:walk|walks|get|gets|come|"
    r"comes|make\s+it|makes\s+it)\s+out\s+(?:of\s*(?:[.!?]|$)|(?:of\s+(?:\w+\s+){0,2})?alive\b)"
)
_SOMETHING_LEFT_THERE = (
    r"\bthere\s+(?:will|is\s+going\s+to)\s+be\s+(?:something|a\s+(?:surprise|package|parcel|"
    r"device|present))\s+(?:in|at|under|inside)\b|\bnext\s+time\b"
)
_NOT_A_GAME_ROOM = r"^(?!.*\b(?:escape\s+room|quiz|game|lol|haha\w*|only\s+joking)\b)"
# Officials' homes asked for by a group with a grievance: "they want the names and addresses of
# the officers at the sessions"; not email addresses for a complaint.
_HOMES_ASKED = (
    r"\b(?:want|wants|need|needs|get|find|share|send|give|post)\s+(?:\w+\s+){0,3}?(?:names\s+"
    r"and\s+(?:home\s+)?addresses|home\s+addresses|where\s+(?:they|he|she)\s+(?:all\s+)?lives?)"
    r"\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:officers?|police|coppers|cops|pigs|staff|facilitators?|"
    r"councillors?|speakers?|panel\w*|organisers?|judges?|mps?|politicians?)\b"
)
_GRIEVANCE_GROUP = (
    r"\b(?:rigged|people\s+like\s+us|traitors?|scum|pigs|(?:the\s+)?enemy|pay\s+for\s+this|"
    r"the\s+(?:group|channel|chat|lads)\s+(?:i\s+am\s+in|online))\b"
)

# "Do something about" a place where a people some want gone live or pray ("the hotel with the
# asylum seekers", "the mosque"), with petrol or a weapon got; not petrol for the van taking
# donations there, nor something done about the mosque's roof.
_WHERE_THEY_LIVE_OR_PRAY = (
    r"(?:(?:asylum|migrant|refugee)s?\s+(?:hotel|hostel|centre|camp|barracks|barge)|(?:hotel|"
    r"hostel|centre|houses?|flats|block|barge)\s+(?:with|full\s+of|for|housing|where)\s+"
    r"(?:\w+\s+)?(?:asylum\s+seekers|migrants|refugees|immigrants|foreigners|illegals|muslims|"
    r"jews)|mosque|synagogue|gurdwara|temple|mandir)\b(?!\s+(?:roof|car\s+park|parking|"
    r"committee|fund\w*|hall|garden|fence|boiler|heating|kitchen|toilets)\b)"
)
_DO_SOMETHING_ABOUT_THEM = (
    r"\b(?:do|doing|does|did)\s+something\s+(?:about|at|to|outside)\s+(?:the|that|those|this|"
    r"their)\s+(?:local\s+|new\s+)?" + _WHERE_THEY_LIVE_OR_PRAY
)
_FIRE_OR_WEAPON_GOT = (
    r"\b(?:bought|buying|got|getting|stocking\s+up\s+on|filled|filling|hiding|hidden|has|have|"
    r"collect\w*)\s+(?:\w+\s+){0,2}?(?:petrol|jerry\s*cans?|fuel\s+cans?|lighter\s+fluid|"
    r"accelerants?)\b(?!\s+(?:\w+\s+)?(?:for|in|into)\s+(?:the|his|my|her|our)\s+(?:\w+\s+)?"
    r"(?:car|van|minibus|mower|generator|strimmer|bbq|barbecue|drive|journey|trip|bike|motorbike|"
    r"chainsaw|boat)\b)|" + _ARMING
)

# People called invaders to be removed, and something planned for a place of worship.
_INVADERS = (
    r"(?<!space\s)\binvaders\b|\bremigration\b|\b(?:them|they|these\s+people|those\s+people)\s+"
    r"need\w*\s+(?:removing|wiping\s+out|clearing\s+out)\b"
)
_PLANNED_FOR_WORSHIP = (
    r"\bplann\w*\s+(?:something|a\s+\w+|it|stuff)\s+(?:for|at|on|against|outside)\s+(?:the|a|"
    r"that)\s+(?:\w+\s+)?(?:mosque|synagogue|church|temple|gurdwara|mandir)\b"
    r"(?!\s+(?:fete|bake|sale|hall|choir|fair|roof|fund\w*|party|event|trip|open\s+day|garden))"
)
# A young person groomed online: a man met there, a test to "prove himself", how to make
# things looked up.
_MET_ONLINE = (
    r"\b(?:talking|chatting|speaking|messaging)\s+(?:to|with)\s+(?:some|this|a|an\s+older)\s+"
    r"(?:\w+\s+)?(?:man|men|guy|bloke|group|lads)\s+(?:\w+\s+)?(?:online|on\s+(?:telegram|"
    r"discord|tiktok|snapchat|the\s+internet))\b"
)
_PROVE_HIMSELF = (
    r"\b(?:prove|show)\s+(?:himself|herself|themselves|what\s+(?:he|she)\s+is\s+made\s+of|"
    r"(?:he|she)\s+is\s+(?:a\s+)?(?:real|true|loyal)\s+\w+)\b"
)
# The enemy in a game, a book or a film, not a person's creed.
_IN_A_STORY = (
    r"\b(?:game|gaming|level|quest|campaign|roleplay|rpg|novel|film|story|series|episode)s?\b"
)
_HOW_TO_MAKE = (
    r"\b(?:look\w*\s+up|search\w*(?:\s+for)?|googl\w*|watch\w*\s+videos\s+(?:on|about))\s+"
    r"how\s+to\s+(?:make|build)\s+(?:stuff|things|something|bombs?|explosives?|weapons?|guns?)\b"
)

EXTREMISM_PHRASES: Mapping[str, tuple[str, ...]] = {  # i18n-exempt: input
    # a plan to do something at a place people gather, from someone sharing an extremist creed
    # or flattered into a group online; instructions for something that explodes; the means
    # bought by someone who calls the council traitors and will "do something"
    "radicalisation": (
        r"^(?=.*" + _CREED + r")(?=.*" + _DO_SOMETHING_THERE + r")",
        r"^(?=.*" + _CREED + r")(?=.*" + _ARMING + r")",
        _EXPLOSIVE_MADE,
        "^"
        + every_one_of(
            _TRAITORS_OR_CLEANSING,
            "(?:" + _MEANS_BOUGHT + "|" + _ARMING + ")",
            "(?:" + _SOMETHING_TO_BE_DONE + "|" + _DO_SOMETHING_ABOUT_IT + ")",
        ),
        "^"
        + every_one_of(
            _OUR_PEOPLE_FIGHT, _PLANNED_THERE, "(?:" + _PARCEL_OR_MEANS + "|" + _ARMING + ")"
        ),
    ),
    # a group settling it themselves at a place of worship, with the means gathered or the
    # news to come
    "planned attack": (
        "^" + every_one_of(_SORT_IT_OURSELVES, _PLACE_OF_WORSHIP, _MEANS_OR_NEWS),
        # a people called invaders, with an act foretold for a day
        "^(?!.*(?:" + _NOT_A_PEOPLE + "))" + every_one_of(_DEHUMANISED, _ACT_FORETOLD, _A_DAY),
        # "do something" at a gathering, with a device shown or a weapon bought
        "^(?!.*"
        + _A_MAKER
        + ")"
        + every_one_of(_DO_SOMETHING_THERE, "(?:" + _DEVICE + "|" + _ARMING + ")"),
        # a weapon to be taken to a place people gather, by someone sharing a creed or with a day
        "^(?!.*"
        + _NOT_A_WEAPON_USE
        + ")"
        + every_one_of(_WEAPON_TAKEN_THERE, "(?:" + _CREED + "|" + _A_DAY + ")"),
        # fire or a bomb for "it", a place of worship or its prayers, and the fuel got
        "^(?!.*"
        + _FOR_DIY
        + ")"
        + every_one_of(_TORCH_IT, _WORSHIP, "(?:" + _FUEL_GOT + "|" + _DEVICE + ")"),
        # a "visit" paid to a place of worship, a weapon shown or bought, and a day
        "^(?!.*(?:"
        + _NOT_A_WEAPON_USE
        + "|"
        + _FOR_DIY
        + r"|\bbrambles\b))"
        + every_one_of(
            _A_VISIT_PAID, _WORSHIP, "(?:" + _WEAPON_SHOWN + "|" + _ARMING + ")", _A_DAY
        ),
        # "do something about" where a people live or pray, with petrol or a weapon got
        "^" + every_one_of(_DO_SOMETHING_ABOUT_THEM, _FIRE_OR_WEAPON_GOT),
        # a nail bomb's makings with a gathering place and an act foretold or a day
        "^(?!.*"
        + _FOR_DIY
        + ")"
        + every_one_of(
            _SHRAPNEL,
            _FUEL,
            r"\b" + _GATHERING_PLACE + r"\b",
            "(?:" + _ACT_FORETOLD + "|" + _A_DAY + ")",
        ),
    ),
    # a young person set on going abroad to fight, with a day, money or a ticket; someone told
    # a gathering is the enemy, asking about its venue and crowds, preparing out of sight
    "radicalisation with a plan": (
        "^(?!.*" + _NOT_A_WAR + ")" + every_one_of(_TO_FIGHT_ABROAD, _SET_TO_GO),
        "^" + every_one_of(_CALLED_THE_ENEMY, _SCOUTING, _HIDDEN_PREPARATION),
        # a place of worship scouted, and what "needs doing" there on a day
        "^(?!.*" + _NOT_A_PLOT + ")" + every_one_of(_WORSHIP_SCOUTED, _WHAT_NEEDS_DOING, _A_DAY),
        # someone called the enemy to a young person groomed online, set a test or making things
        "^(?!.*"
        + _IN_A_STORY
        + ")"
        + every_one_of(_CALLED_THE_ENEMY)
        + any_two_of(_MET_ONLINE, _PROVE_HIMSELF, _HOW_TO_MAKE),
    ),
    # a gathering of the assembly told none of it will walk out; officials' homes asked for
    # by a group with a grievance
    "a threat to the assembly": (
        _NOT_A_GAME_ROOM + every_one_of(_NONE_WALK_OUT, _SOMETHING_LEFT_THERE),
        "^" + every_one_of(_HOMES_ASKED, _GRIEVANCE_GROUP),
    ),
    # a family's home threatened with fire, with hate said or the threat delivered
    "threat of fire to a home": (
        "^(?!.*" + _WORN_OUT_BY_WORK + ")" + every_one_of(_FIRE_TO_HOME, _HATE_OR_DELIVERED),
    ),
    # people called invaders, and something planned for a place of worship
    "something planned for a place of worship": (
        "^" + every_one_of(_INVADERS, _PLANNED_FOR_WORSHIP),
    ),
}
