"""The Bulgarian phrase net's reading of the main kinds said plainly (read by
safeguarding_languages with safeguarding_bulgarian, whose module is nearly full). Text has been
through safeguarding_languages.fold, which keeps Cyrillic letters whole.

Also: a suicide attempt in the first person with the thoughts or the means still there; and at
work, a man with a knife or a gun where the writer works; a workmate fallen or crushed who does
not move, with no ambulance called; a boss who says stay or go with him tonight or be sacked.

It reads a mother or sister beaten now ("мъжът ми бие майка ми"); someone standing with a knife
who has locked the door; a child hit and bleeding from the head; the writer to be married off
to a cousin or abroad ("ще ме омъжи за братовчед ми"); a daughter to be cut ("ще обрязват
дъщеря ми"); chest pain beside someone who does not speak or respond; someone beaten to drive
out a spirit, a demon or a jinn. Left alone: a game of backgammon won, a cake cut with a knife, a
child hit by a ball, a cousin's wedding abroad, a son's circumcision, chest pain after the gym,
drums beaten to drive out spirits at New Year.

It also reads a debt the writer is told they owe beside a threat to hurt or kill them or their
family; a landlord who wants sex for the rent or will report the writer; a crowd throwing stones
at the hotel or house; a girl or boy a man says he is the uncle of, being taken away; the writer
and children thrown out with nowhere to sleep; the writer lost in the dark or with the phone
dying; a fire at home with no way out; a baby breathing badly; a fit that has gone on for minutes;
someone fallen who cannot get up, will not wake or whose head bleeds; the writer made to sleep
with men; in Latin letters, the passport taken by the boss with wages unpaid or a worker beaten
(most of these kinds are read in Latin letters too). Left alone: a debt to a friend, "mum will
kill me", a landlord who wants repairs, stones thrown into the water, an uncle who collects a girl
from camp, children sent out of the pool, a way found again, a fire in the hearth, a baby who
sleeps badly, a fit of laughter, a mother who fell and got straight up, a phone that fell, made to
share a room with the children, a passport taken for a copy.
Also someone with no heating in the cold who does not get up, talk sense or answer (not a
grandparent coming to stay until the heating is mended).
Also a child found with a new or second phone or a lot of money, and now gone or not answering
(the signs of a child drawn in to run drugs); left alone: a new calculator found, a phone given
for a birthday.
Also a drink spiked beside someone who fainted or cannot stand (not a barman's syrup).
Also a landlord who lets the writer stay only if she sleeps with him ("мога да остана само ако
спя с него"); left alone: a landlord who lets the writer stay if the rent is paid by Friday.
Also someone not out or seen for days who does not open or answer now (not a shop that does not
open, nor someone gone away or in hospital).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# A mother, sister or child beaten, the verb before them ("бие майка ми"); not a game won.
_BG_BEATS = r"(?:бие|бият|пребива|пребиват|удря|удрят|рита|ритат|души|блъска|малтретира)"
_BG_MUM_OR_SISTER = (
    r"(?:майка\s+(?:ми|ни)|мама|сестра\s+(?:ми|ни)|баба\s+(?:ми|ни)|дъщеря\s+(?:ми|ни)|"
    r"сина\s+(?:ми|ни)|брат\s+ми)"
)
_BG_A_GAME = r"^(?!.*\b(?:табла|шах\w*|карти|мач\w*|рекорд\w*)\b)"

# Someone standing with a knife ("стои с нож") beside a door locked; not a cake being cut.
_BG_KNIFE_HELD = (
    r"\b(?:стои|ходи|тича|чака|седи|дойде|влезе|нахлу)\s+(?:\S+\s+){0,2}?с\s+(?:\S+\s+)?"
    r"(?:нож|ножа|ножове|брадва|брадвата)\b|\b(?:държи|извади|грабна|размахва)\s+(?:\S+\s+)?"
    r"(?:нож|ножа|брадва|брадвата)\b"
)
_BG_DOOR_LOCKED = (
    r"\b(?:заключи|заключил|заключила|заключиха|затвори)\s+(?:\S+\s+){0,2}?(?:вратата|ни|ме)\b|"
    r"\bвратата\s+(?:е\s+)?заключена\b"
)
_BG_COOKING = r"^(?!.*\b(?:реже|бели|хляб\w*|торт\w*|зеленчу\w*|лук\w*|месо\w*)\b)"

# A child hit and bleeding from the head; not a child hit by a ball with a bruise, nor one who
# hit itself ("се удари").
_BG_A_CHILD = (
    r"\b(?:детето|дете|бебето|малкия|малката|малкият|сина\s+ми|синът\s+ми|дъщеря\s+ми|внука|"
    r"внучката)\b"
)
_BG_HIT = (
    r"\b(?:ударен\w*|удари|удариха|ударил\w*|пребит\w*|преби|пребиха|"
    r"блъсна\w*)\b(?!\s+се\b)"
)
_BG_HEAD_BLEEDING = (
    r"\bкръв\w*\s+(?:\S+\s+){0,2}?от\s+главата\b|\bкърви\s+(?:\S+\s+)?(?:от\s+)?главата\b|"
    r"\bглавата\s+(?:\S+\s+)?(?:кърви|в\s+кръв|разбита)\b|\bразби\w*\s+(?:\S+\s+)?главата\b"
)

# The writer to be married off ("ще ме омъжи", "искат да ме оженят") beside a cousin, abroad or
# tickets; not a cousin's own wedding abroad.
_BG_MARRY_ME_OFF = r"\bме\s+(?:омъж\w*|ожен\w*)\b|\bнасила\s+(?:да\s+)?(?:ме\s+)?(?:омъж|ожен)\w*"
_BG_COUSIN_OR_ABROAD = r"\b(?:братовчед\w*|в\s+чужбина|билет\w*|против\s+волята\s+ми|насила)\b"

# A daughter, sister or granddaughter to be cut ("обрязват дъщеря ми"); not a son.
_BG_GIRL = r"(?:дъщеря|дъщерята|момиче\w*|внучка\w*|сестра|мен)"
_BG_GIRL_CUT = (
    rf"\bобряз\w*\s+(?:\S+\s+){{0,2}}?(?:на\s+)?{_BG_GIRL}\b|\b{_BG_GIRL}\s+(?:\S+\s+){{0,3}}?"
    r"(?:ще\s+)?обряз\w*"
)

# Chest pain beside someone who does not speak or respond; not chest pain after the gym.
_BG_CHEST_PAIN = (
    r"\b(?:боли|болка|болки|стяга|пари)\s+(?:\S+\s+){0,2}?(?:в\s+)?гърдите\b|\bгърдите\s+"
    r"(?:\S+\s+)?боля\w*"
)
_BG_NOT_SPEAKING = (
    r"\bне\s+(?:говори|отговаря|реагира|може\s+да\s+говори|проговаря)\s*(?:[.!,;]|$|и\b)|"
    r"\bзагуби\w*\s+говора\b"
)

# Someone beaten to drive out a spirit, a demon or a jinn ("бият я, за да изгонят злия дух");
# not drums beaten ("бият барабани").
_BG_BEATS_THEM = (
    r"\b(?:бият|бие|биха|би|пребиват|пребиха|малтретират)\s+(?:я|го|ме|детето)\b|\b(?:я|го|ме)\s+"
    r"(?:бият|бие|биха|пребиват|пребиха)\b"
)
_BG_SPIRIT = r"\b(?:дух\w*|демон\w*|джин\w*|бяс|бесове\w*|дявол\w*|зли\s+сили|обладан\w*)"

# The Latin letters people text Bulgarian in: "ще" as "shte" or "6te", "ъ" as "a", "u" or "y",
# "ж" as "zh" or "j", "я" as "ya", "q" or "ia".
_BG_WILL = r"(?:ще|shte|6te|ste)"

# A debt the writer is told they owe ("дължа му пари", "dalzha mu pari") beside a threat to
# hurt or kill them or their family, or to break their legs ("лихварят каза, че ако не му
# платя, ще ми счупи краката"); not a debt to a friend settled with a discount, nor a phone
# broken.
_BG_DEBT = (
    r"\b(?:дълж(?:а|им|ах|ахме)|d[auy]l(?:zh|j)(?:a|im))\s+(?:\S+\s+){0,2}?(?:пари|сума|"
    r"pari|suma|\d+)|\b(?:дълг\w*|d[auy]lg(?:a|ove|ovete)?)\b|\b(?:лихвар\w*|lihvar\w*)|"
    r"\b(?:ако|ako)\s+(?:не|ne)\s+(?:(?:му|им|mu|im)\s+)?(?:платя|върна|plat[yq]a|v[auy]rna)\b"
)
_BG_THREAT_TO_HURT = (
    rf"\b{_BG_WILL}\s+(?:\S+\s+){{0,2}}?(?:нарани|наранят|убие|убият|пребие|пребият|посегне|"
    r"посегнат|заколи|заколят|narani|naran[yq]at|ubie|ubi[yq]at|prebie|prebi[yq]at|posegne|"
    r"posegnat)\b|\bзаплаш\w*|\bzaplash\w*|\b(?:счупи|счупят|schupi|s4upi|schup[yq]at)\s+"
    r"(?:\S+\s+)?(?:краката|ръцете|главата|пръстите|krakata|r[auy]tsete|r[auy]cete|glavata)\b"
)
_BG_FAMILY_OR_ME = (
    r"\b(?:семейство\w*|близките|децата|майка|мен|ме|ми|semeystvo\w*|semejstvo\w*|blizkite|"
    r"decata|detsata|ma[yj]ka|men|me|mi)\b"
)

# A landlord who wants sex for the rent ("хазяинът иска секс вместо наем") or will give the
# writer away to the Home Office; not a landlord who wants repairs instead of rent.
_BG_LANDLORD = (
    r"\b(?:хазяи\w*|хазайк\w*|наемодател\w*|собственик\w*\s+на\s+(?:квартирата|апартамента|"
    r"жилището|къщата)|haz[yq]ain\w*|hazain\w*|hazajk\w*|naemodatel\w*|landlord)\b"
)
_BG_SEX_OR_REPORT = (
    r"\b(?:секс\w*|интим\w*|seks\w*)|\bда\s+спя\s+с\s+него\b|\bda\s+sp[yq]a\s+s\s+nego\b|"
    rf"\b{_BG_WILL}\s+(?:ме\s+|me\s+)?(?:издаде|докладва|наклевети|izdade|dokladva|naklevet)"
)

# A crowd or men throwing stones or bottles at the writer's hotel or house now; not children
# skimming stones on the water.
_BG_THROWING_STONES = (
    r"\b(?:хвърл\w*|мятат|замерват|h[auy]?v[auy]rl\w*|m[yq]atat|zamervat)\s+(?:\S+\s+){0,2}?"
    r"(?:камъ\w*|тухли|бутилки|kam[auy]\w*|tuhli|butilki)|\bс\s+камъни\b|\bs\s+kam[auy]ni\b"
)
_BG_OUR_PLACE = (
    r"\b(?:хотел\w*|къща\w*|дом\w*|прозор\w*|врат\w*|апартамент\w*|нас|ни|тълпа\w*|hotel\w*|"
    r"k[auy]shta\w*|prozor\w*|vrata\w*|nas|ni|t[auy]lpa\w*)\b"
)
_BG_NOT_THE_WATER = (
    r"^(?!.*\b(?:река\w*|водата|море\w*|езеро\w*|reka\w*|vodata|more\w*|ezero\w*)\b)"
)

# A girl or boy who a man says he is the uncle or a relative of ("казва, че е чичо ѝ"), taken
# away; not a girl whose uncle collects her from camp.
_BG_SAYS_HE_IS_KIN = (
    r"\b(?:казва|каза|твърди|представя\s+се\s+за|kazva|kaza|tv[auy]rdi)\s*,?\s+(?:че\s+|che\s+|"
    r"4e\s+)?(?:\S+\s+){0,2}?(?:чичо|вуйчо|роднин\w*|брат\w*|настойник\w*|chicho|4i4o|"
    r"vu[yj]cho|rodnin\w*|brat\w*)"
)
_BG_TAKES_AWAY = (
    r"\b(?:взима|взема|вземе|води|заведе|откарва|откара|отвежда|отведе|vzima|vzema|vzeme|vodi|"
    r"zavede|otkarva|otkara|otvezhda|otvejda|otvede)\b"
)
_BG_YOUNG = (
    r"\b1[0-7]\b|\b(?:момиче\w*|момче\w*|дете|детето|племенни\w*|дъщеря|момичето|momiche\w*|"
    r"momche\w*|dete|deteto|plemenni\w*)\b"
)

# The writer and children thrown out ("изгониха ни с децата") with nowhere to sleep or
# freezing; not children sent out of the pool at closing time.
_BG_THROWN_OUT = (
    r"\b(?:изгони\w*|изхвърли\w*|гонят|izgoni\w*|izh?v[auy]rli\w*)\s+(?:\S+\s+){0,2}?(?:ни|ме|"
    r"нас|ni|me|nas)\b|\b(?:ни|ме|ni|me)\s+(?:изгони\w*|изхвърли\w*|izgoni\w*)"
)
_BG_NOWHERE_TO_SLEEP = (
    r"\b(?:нямаме|нямам|n[yq]amame|n[yq]amam|niamame)\s+(?:къде|k[auy]de)\s+(?:да|da)\s+"
    r"(?:спим|спя|нощува\w*|spim|sp[yq]a|noshtuva\w*|no6tuva\w*)\b|\b(?:замръзваме|мръзнем|"
    r"zamr[auy]zvame|mr[auy]znem)\b"
)

# The writer lost in the dark or with the phone dying ("загубих се, тъмно е"); not a way found
# again with the phone charged.
_BG_LOST = (
    r"\b(?:загубих\s+се|изгубих\s+се|заблудих\s+се|zagubih\s+se|izgubih\s+se|zabludih\s+se)\b|"
    r"\b(?:не\s+знам\s+къде\s+съм|ne\s+znam\s+k[auy]de\s+s[auy]m)\b"
)
_BG_DARK_OR_PHONE_DYING = (
    r"\b(?:тъмно|стъмва|t[auy]mno|st[auy]mva)\b|\b(?:телефон\w*|батерия\w*|telefon\w*|"
    r"bateri[yj]a\w*)\s+(?:\S+\s+)?(?:умира|пада|свършва|се\s+изтощава|umira|svarshva|"
    r"se\s+izto[s6]h?tava)\b"
)

# A fire in the writer's home with no way out ("пожар, не мога да изляза"); not the writer who
# cannot go out to the shop.
_BG_FIRE = r"\b(?:пожар\w*|огън|дим|дима|pozhar\w*|pojar\w*|og[auy]n|dim|dima)\b"
_BG_TRAPPED = (
    r"\bне\s+(?:мога|можем|могат|може)\s+да\s+(?:изляза|излезем|излязат|излезе|избягам|"
    r"избягаме|отворя\s+вратата)\b|\bne\s+(?:moga|mozhem|mojem|mogat|mozhe|moje)\s+da\s+"
    r"(?:izl[yq]a[zs]a|izlezem|izleze|izb[yq]agam\w*|otvor[yq]a\s+vratata)\b"
)

# A baby or child breathing badly or turning blue ("бебето не диша добре"); not one who sleeps
# badly.
_BG_LITTLE_ONE = (
    r"\b(?:бебето|детето|бебе|дете|малкия|малката|сина\s+ми|дъщеря\s+ми|bebeto|deteto|bebe|"
    r"dete|malkiya|malkata)\b"
)
_BG_NOT_BREATHING = (
    r"\b(?:не|трудно|едва|зле|тежко|странно|ne|trudno|edva|zle|tezhko)\s+(?:\S+\s+)?"
    r"(?:диша|disha)\b|\b(?:задушава\s+се|посиня\w*|синее|zadushava\s+se|posin[yq]a\w*)"
)

# A fit or seizure that has gone on for minutes ("припадък от 5 минути"); not a fit of laughter.
_BG_FIT = r"\b(?:припад\w*|гърч\w*|епилепт\w*|конвулс\w*|pripad\w*|g[auy]rch\w*)"
_BG_FOR_MINUTES = (
    r"\b(?:\d+|пет|десет|няколко|pet|deset|n[yq]akolko)\s+(?:минути|минута|minuti|minuta)\b|"
    r"\b(?:не\s+спира|ne\s+spira)\b"
)
_BG_NOT_A_LAUGH = r"^(?!.*\b(?:смях\w*|кашл\w*|хълц\w*|sm[yq]ah\w*|kashl\w*)\b)"

# Someone fallen who cannot get up, will not wake or whose head bleeds ("падна и не може да
# стане"); not a mother who fell and got straight up.
_BG_FELL = r"\b(?:падна|паднал\w*|падат|padna|padnal\w*)\b"
_BG_CANT_GET_UP = (
    r"\bне\s+(?:може|можеше)\s+да\s+(?:стане|се\s+изправи)\b|\bне\s+(?:се\s+)?(?:събужда|"
    r"свестява|реагира)\b|\bглавата\s+(?:ѝ\s+|и\s+|му\s+)?кърви\b|\bкърви\s+от\s+главата\b|"
    r"\bne\s+(?:mozhe|moje)\s+da\s+(?:stane|se\s+izpravi)\b|\bne\s+se\s+(?:s[auy]bu(?:zh|j)da|"
    r"svest[yq]ava)\b|\bglavata\s+(?:i\s+|mu\s+)?k[auy]rvi\b"
)

# The writer made to sleep with men or clients ("карат ме да спя с мъже", "ме карат да"); not
# made to share a room with the children.
_BG_MAKE = r"(?:карат|кара|принуждават|принуждава|накараха|заставят|karat|kara|prinuzhdavat)"
_BG_MADE_TO_SLEEP_WITH = (
    rf"\b(?:{_BG_MAKE}\s+(?:ме|me)|(?:ме|me)\s+{_BG_MAKE})\s+(?:да|da)\s+(?:спя|sp[yq]a)\s+"
    r"(?:с|s)\s+(?:\S+\s+)?(?:мъже|клиенти|него|тях|непознати|"
    r"m[auy](?:zh|j)e|klienti|nego|tyah)\b"
)

# In Latin letters, the passport taken by the boss ("vze pasporta") beside wages not paid or a
# worker beaten; not a passport taken for a copy with the wages paid on Friday.
_BG_PASSPORT_TAKEN = (
    r"\b(?:vze|vzeha|vzima|vzimat|pribra|zad[auy]r(?:zh|j)a\w*|skri)\s+(?:\S+\s+){0,2}?"
    r"pasport\w*"
)
_BG_UNPAID_OR_BEATEN = (
    r"\bne\s+(?:mi\s+|ni\s+)?(?:plashta|pla6ta|plashtat|plati|platil|platiha)\b|\b(?:bi|prebi|"
    r"prebiha|bie|biyat|udari)\s+(?:\S+\s+)?(?:edin|edno|ednogo|n[yq]ako\w*|momche|chovek|"
    r"rabotnik)\b"
)

# A parent's telling-off ("mum will kill me") is not a threat over a debt.
_BG_NOT_A_PARENTS_TELLING_OFF = (
    r"^(?!.*\b(?:мама|майка|татко|баща|mama|ma[yj]ka|tatko|bashta)\s+(?:\S+\s+){0,2}?"
    r"(?:ще|shte|6te)\s+(?:ме\s+|me\s+)?(?:убие|ubie)\b)"
)
# A fire in the hearth, a barbecue or a candle is not a fire in the home.
_BG_NOT_A_HEARTH = r"^(?!.*\b(?:камин\w*|скара\w*|огнище\w*|свещ\w*|kamina|skara\w*|ognishte)\b)"
# A phone or a screen that fell and does not respond is not a person fallen.
_BG_NOT_A_DEVICE = (
    r"^(?!.*\b(?:телефон\w*|екран\w*|лаптоп\w*|компютър\w*|telefon\w*|ekran\w*)\s+(?:\S+\s+)?"
    r"(?:падна|padna)\b)"
)

# Snow, prices or a meeting that "fell" or "cannot happen" are not a person fallen.
_BG_NOT_SNOW_OR_A_PLAN = (
    r"^(?!.*\b(?:сняг\w*|дъжд\w*|градушка|температура\w*|цен\w*|среща\w*|сделка\w*|snyag|"
    r"sniag|dazhd|temperatura\w*|sreshta\w*)\b)"
)
# A blocked nose is not breathing badly.
_BG_NOT_THE_NOSE = r"^(?!.*\b(?:нос\w*|хрем\w*|запушен\w*|nos\w*|hrema)\b)"

BULGARIAN_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    _BG_A_GAME + rf".*\b{_BG_BEATS}\s+(?:сега\s+)?{_BG_MUM_OR_SISTER}\b",
    _BG_COOKING + every_one_of(_BG_KNIFE_HELD, _BG_DOOR_LOCKED),
    "^" + every_one_of(_BG_A_CHILD, _BG_HIT, _BG_HEAD_BLEEDING),
    "^" + every_one_of(_BG_MARRY_ME_OFF, _BG_COUSIN_OR_ABROAD),
    _BG_GIRL_CUT,
    "^" + every_one_of(_BG_CHEST_PAIN, _BG_NOT_SPEAKING),
    "^" + every_one_of(_BG_BEATS_THEM, _BG_SPIRIT),
    _BG_NOT_A_PARENTS_TELLING_OFF + every_one_of(_BG_DEBT, _BG_THREAT_TO_HURT, _BG_FAMILY_OR_ME),
    "^" + every_one_of(_BG_LANDLORD, _BG_SEX_OR_REPORT),
    _BG_NOT_THE_WATER + every_one_of(_BG_THROWING_STONES, _BG_OUR_PLACE),
    "^" + every_one_of(_BG_YOUNG, _BG_SAYS_HE_IS_KIN, _BG_TAKES_AWAY),
    "^" + every_one_of(_BG_THROWN_OUT, _BG_NOWHERE_TO_SLEEP),
    "^" + every_one_of(_BG_LOST, _BG_DARK_OR_PHONE_DYING),
    _BG_NOT_A_HEARTH + every_one_of(_BG_FIRE, _BG_TRAPPED),
    _BG_NOT_THE_NOSE + every_one_of(_BG_LITTLE_ONE, _BG_NOT_BREATHING),
    _BG_NOT_A_LAUGH + every_one_of(_BG_FIT, _BG_FOR_MINUTES),
    _BG_NOT_A_DEVICE + _BG_NOT_SNOW_OR_A_PLAN + every_one_of(_BG_FELL, _BG_CANT_GET_UP),
    _BG_MADE_TO_SLEEP_WITH,
    "^" + every_one_of(_BG_PASSPORT_TAKEN, _BG_UNPAID_OR_BEATEN),
)

# A suicide attempt in the first person with the thoughts or the means still there ("снощи се
# опитах да се самоубия, днес пак мисля само за това, хапчетата са до мен"); not trying to give
# up smoking.
_BG_I_TRIED_TO_DIE = (
    r"\b(?:се\s+опитах|опитах\s+се)\s+да\s+(?:се\s+самоубия|се\s+обеся|сложа\s+край|свърша\s+със"
    r"\s+себе\s+си)\b|\bопит\s+за\s+самоубийство\b"
)
_BG_STILL_THERE = (
    r"\b(?:днес|пак|отново|сега|още)\b|\bхапчетата\b|\bдо\s+мен\b|\bмисля\s+само\s+за\s+това\b"
)
BULGARIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BG_I_TRIED_TO_DIE, _BG_STILL_THERE),
)

# A man with a knife or a gun where the writer works or now ("в магазина, където работя, има мъж
# с нож"); not a man slicing bread with a knife.
_BG_ARMED_MAN = (
    r"\b(?:мъж\w*|човек|тип|някой|клиент\w*|момче)\s+(?:\w+\s+)?с\s+(?:нож|брадва|пистолет|"
    r"оръжие|мачете)\b|\bима\s+(?:нож|пистолет|оръжие)\b"
)
_BG_WHERE_I_AM = r"\b(?:сега|където\s+работя|магазин\w*|помощ|помогнете)\b"
BULGARIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:хляб\w*|месо\w*|салам\w*|сирене\w*|кухн\w*|реже)\b)"
    + every_one_of(_BG_ARMED_MAN, _BG_WHERE_I_AM),
)

# A workmate fallen or crushed at work who does not move, with no ambulance called ("колега
# падна от скелето и не мърда, шефът не иска да вика линейка"); not a van stuck in traffic.
_BG_WORKMATE = r"\b(?:колег\w*|работник\w*|човек|момче\w*|приятел\w*)\b"
_BG_FELL_OR_CRUSHED = r"\b(?:падна|затрупа\w*|притисна\w*|смачка\w*)\b"
_BG_DOES_NOT_MOVE = r"\bне\s+(?:мърда|диша|реагира)\b|\bв\s+безсъзнание\b"
_BG_NO_AMBULANCE = r"\bлинейк\w*|\b112\b|\bспешн\w*"
BULGARIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BG_WORKMATE, _BG_FELL_OR_CRUSHED, _BG_DOES_NOT_MOVE, _BG_NO_AMBULANCE),
)

# A boss who says the writer must stay with him tonight or be sacked ("ако не остана с него тази
# вечер, ще ме уволни"); not staying with him to finish the stocktake.
_BG_BOSS = r"\b(?:шеф\w*|началник\w*|собственик\w*|работодател\w*|бригадир\w*)\b"
_BG_IF_NOT_WITH_HIM = (
    r"\bако\s+не\s+(?:\w+\s+)?(?:остана|отида|дойда|спя|легна|изляза)\s+(?:\w+\s+)?с\s+него\b"
)
_BG_SACKED = r"\bще\s+ме\s+(?:уволни|изгони)\b|\bме\s+уволнява\b|\bще\s+загубя\s+работата\b"
BULGARIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BG_BOSS, _BG_IF_NOT_WITH_HIM, _BG_SACKED),
)

# Someone left in the cold with no heating ("парното не работи, навън е минус десет") who does
# not get up, does not talk sense, is confused or does not answer; not a grandmother coming to
# stay with the family until the heating is mended.
_BG_NO_HEATING = (
    r"\b(?:парно\w*|отопление\w*|радиатор\w*|печка\w*|тока|ток\w*)\s+(?:\w+\s+)?(?:не\s+работи|"
    r"го\s+няма|спря\w*|изключ\w*|прекъсна\w*)|\bняма\s+(?:\w+\s+)?(?:парно|отопление|ток)\b"
)
_BG_COLD = r"\b(?:минус|студ\w*|мраз\w*|леден\w*|замръз\w*|вкочан\w*)"
_BG_FAILING = (
    r"\bне\s+(?:става|може\s+да\s+стане|се\s+надига)\s+(?:\w+\s+)?от\s+(?:леглото|стола|пода)|"
    r"\bне\s+говори\s+(?:\w+\s+)?(?:смислено|свързано|ясно)|\bговори\s+(?:\w+\s+)?несвързано|"
    r"\bобъркан\w*|\bне\s+(?:отговаря|реагира|ме\s+позна\w*)\b|\bтрепери\s+(?:\w+\s+)?цял\w*"
)
BULGARIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BG_NO_HEATING, _BG_COLD, _BG_FAILING),
)

# A child found with a new or second phone or a lot of money no one gave them, and now gone or
# not answering ("намерих у него нов телефон и много пари, а сега го няма"): the signs of a child
# drawn in to run drugs; not a new calculator found, a phone bought for a birthday, nor a phone
# found in a shop that is out of stock.
_BG_FOUND_ON_THEM = (
    r"\b(?:намерих|открих|намерихме|открихме)\b\s+(?:\S+\s+){0,4}?"
    r"(?:(?:нов|втори|друг|скъп)\w*\s+(?:\S+\s+)?телефон\w*|(?:много|куп|пачк\w*|хиляд\w*|"
    r"стотин\w*)\s+(?:\S+\s+)?(?:пари|лева|евро|паунд\w*))"
)
_BG_GONE_NOW = (
    r"\bго\s+няма\b|\bя\s+няма\b|\bне\s+се\s+(?:е\s+)?(?:прибра|прибрал|прибрала|върна|върнал|"
    r"върнала)\b|\bизчезна\w*|\bне\s+(?:си\s+)?вдига\b|\bне\s+(?:ми\s+)?отговаря\s+на\s+"
    r"(?:телефона|обаждания\w*|съобщения\w*)"
)
BULGARIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:подар\w*|купих|купихме|рожден\w*|магазин\w*|склад\w*|сайт\w*|оферт\w*|"
    r"обява\w*|цена\w*)\b)" + every_one_of(_BG_FOUND_ON_THEM, _BG_GONE_NOW),
)

# A drink spiked ("някой ѝ е сипал нещо в питието") beside someone who fainted, cannot stand or
# does not react; not a barman's syrup poured in a drink that she liked.
_BG_SPIKED = (
    r"\b(?:сипал\w*|сипа|сложил\w*|сложи|пуснал\w*|пусна|добавил\w*)\s+(?:\S+\s+){0,2}?нещо\s+"
    r"(?:\S+\s+)?(?:в|във)\s+(?:питие\w*|чаш\w*|напитк\w*|коктейл\w*|пиене\w*)|\bупои\w*|"
    r"\bупоен\w*|\bдрогира\w*"
)
_BG_GONE_DOWN = (
    r"\bприпадна\w*|\bне\s+може\s+да\s+(?:стои|стане|ходи|говори|се\s+изправи)\b|\bне\s+се\s+"
    r"държи\s+на\s+крака|\bв\s+безсъзнание|\bне\s+(?:реагира|се\s+събужда)\b|\bгуби\s+съзнание"
)
BULGARIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BG_SPIKED, _BG_GONE_DOWN),
)

# Someone not out or seen for days who does not open or answer now ("не е излизал ..., вече
# седмица ... не отваря"); not a shop that does not open, nor someone gone to the sea or in
# hospital.
_BG_NOT_OUT = r"\bне\s+(?:е|са)\s+(?:излизал\w*|излязъл|излязла|виждан\w*|мърдал\w*)\b"
_BG_FOR_DAYS = (
    r"\b(?:вече|от|цяла)\s+(?:\w+\s+)?(?:седмица|седмици|\d+\s+дни|дни|(?:два|три|четири|пет|"
    r"няколко)\s+дни)\b"
)
_BG_NO_ANSWER = (
    r"\bне\s+(?:ни\s+|ми\s+)?(?:отваря|отговаря|вдига)(?=\s*(?:[.,!;]|$))|\bникой\s+не\s+"
    r"(?:отваря|отговаря)\b|\bвратата\s+(?:\w+\s+)?не\s+(?:се\s+)?отваря\b"
)
BULGARIAN_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:магазин\w*|болница\w*|море\w*|почивка\w*|вила\w*|замина\w*|пътува\w*)\b)"
    + every_one_of(_BG_NOT_OUT, _BG_FOR_DAYS, _BG_NO_ANSWER),
)

# A landlord who lets the writer stay only if she sleeps with him; not one who lets her stay if
# the rent is paid by Friday.
_BG_LANDLORD = r"\b(?:хазаин\w*|хазяин\w*|хазайк\w*|собственик\w*|наемодател\w*)"
_BG_ONLY_IF_SEX = (
    r"\bсамо\s+ако\s+(?:\S+\s+){0,2}?(?:спя\s+с\s+(?:него|нея)|правя\s+секс|легна\s+с\s+него|"
    r"съм\s+с\s+него)|\bако\s+не\s+(?:спя|легна)\s+с\s+него\b"
)
BULGARIAN_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BG_LANDLORD, _BG_ONLY_IF_SEX),
)
