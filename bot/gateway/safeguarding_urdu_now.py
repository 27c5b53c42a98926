"""The Urdu safeguarding phrase net's main kinds said plainly as happening now (read by
safeguarding_languages with safeguarding_urdu, whose module has no room left), in Urdu script
and in the Latin spelling people text in (Roman Urdu and Hinglish, so romanised Hindi too).
Text has been through safeguarding_languages.fold.

It reads a whole box or strip of tablets just swallowed; a hanging or all the tablets for
tonight, in the first person; a husband, brother or father beating the writer or her mother
now; someone holding a knife who has locked the door; children alone at home for days with no
food; a child beaten with blood from the head; the writer's marriage to be made by the family
with the tickets bought; the writer kept locked in at home, with her papers taken or by her
husband or in-laws; a girl to be cut (khatna); chest pain with someone not speaking or not
responding now; and someone beaten or tied up to drive out a jinn or a spirit.
Also an agent owed money who threatens to kill or hurt the family; a knife threatened; a visa
to be cancelled or the Home Office told if she tells; a landlord who wants sex for the rent or
threatens the Home Office; a crowd throwing stones at the hotel or home; a child alone taken by
a man who says he is the uncle; the family put out tonight with nowhere to sleep (Latin
spelling); lost in the dark with the phone dying; a fire with no way out; a child not breathing
right; a fit going on for minutes.
Left alone: a whole box of biscuits eaten, curtains put up tonight, all the biryani eaten, a
husband killing mosquitoes, a knife taken to the vegetables with the door shut for the cold,
children at their grandmother's for two days, a ball hit with sweat on the head, one's own
wedding long past and a cousin's tickets, documents handed to a solicitor, a son's khatna,
chest pain gone by and someone talking well, a prayer said over someone for a jinn; an
agent's fee with a file to close, a team place lost, a visa date beside a surprise, garden work
for the rent, fireworks outside the hotel, the family's own uncle taking a girl to a wedding,
leaving home for a wedding, a charger forgotten, a heater on in the rain, a child not sleeping,
a tour ("daura") of five minutes.
Also: a man with a knife come into the shop or takeaway now, asking for money or with the
writer hiding; a boss who says stay with him tonight or lose the job or visa; beaten and he is
coming again (Roman Urdu). Left alone: a chef cutting onions, the accounts to finish tonight,
a beating years ago with him in jail.
Also: a child not home since last night with the phone off, taken off in a car by older boys
or gone to someone met online. Left alone: a child at a friend's or an aunt's, or who has rung.
Also a father or brother beating a sister, brother or child now or with a belt (Latin spelling);
not mosquitoes or a ball. And a threat to burn the writer or their home, said by people
outside or for tonight; not friends who will make the writer jealous.
Also a threat to kill the writer if she tells anyone, beside the money taken or hungry children.
Also smoke pouring out of a flat or house with children or someone old inside or the door shut;
not smoke from a barbecue, a cigarette or incense.
"""

from __future__ import annotations

from bot.gateway.safeguarding_urdu import _UR_ARMED_NOW, _UR_KIN, _UR_KIN_LATIN
from bot.gateway.safeguarding_words import every_one_of

# A whole box, strip or bottle of tablets swallowed just now ("گولیوں کا پورا ڈبہ کھا لیا",
# "poori goliyon ki strip kha li"); not a whole box of biscuits eaten.
_UR_PILLS = r"(?:گولیوں|گولیاں|گولی|ٹیبلٹس|ٹیبلٹ|نیند\s+کی)"
_UR_WHOLE_PACK = (
    r"(?:پورا|پوری|سارا|ساری|پورے|سارے)\s+(?:\S+\s+){0,2}(?:ڈبہ|ڈبا|ڈبی|ڈبے|پتا|پتہ|پتے|پیکٹ|"
    r"شیشی|بوتل|اسٹرپ|سٹرپ)"
)
_UR_SWALLOWED = r"(?:کھا|نگل)\s+(?:لیا|لی|لیں|لیے|لئے|گیا|گئی|گئے)"
_UR_PILLS_LATIN = r"\b(?:goliy?on|goliy?an|golian|goli|tablets?|pills|neend\s+ki)\b"
_UR_WHOLE_PACK_LATIN = (
    r"\b(?:poora|pura|poori|puri|saara|sara|saari|sari|whole|full)\s+(?:\w+\s+){0,2}(?:dabba|"
    r"dabbi|dibba|dibbi|patta|packet|pack|box|strip|bottle|shishi)\b"
)
_UR_SWALLOWED_LATIN = r"\b(?:kha|khaa|nigal)\s+(?:liya|lia|li|lee|liye|lin|gaya|gayi|gai|gya)\b"
URDU_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    "^" + every_one_of(_UR_PILLS, _UR_WHOLE_PACK + r"\s+(?:\S+\s+){0,2}" + _UR_SWALLOWED),
    "^"
    + every_one_of(
        _UR_PILLS_LATIN, _UR_WHOLE_PACK_LATIN + r"\s+(?:\w+\s+){0,2}" + _UR_SWALLOWED_LATIN
    ),
)

# A hanging or all the tablets, in the first person's future ("aaj raat phansi laga lungi",
# "pankhe se latak jaungi", "aaj raat saari goliyan kha lungi"); not curtains put up tonight,
# nor all the biryani eaten, nor the tablets a doctor gave.
_UR_I_WILL_LATIN = r"(?:lunga|lungi|loonga|loongi|jaunga|jaungi|jaoonga|jaoongi|jaonga|jaongi)\b"
URDU_NOW_PHRASES += (  # i18n-exempt: input
    r"\b(?:phaa?n?si|faa?n?si|phanda|fanda)\s+(?:\w+\s+)?(?:laga|lagaa|le|lai)\s+"
    + _UR_I_WILL_LATIN,
    r"\b(?:pankh[ea]y?|chh?at|phand[ea]y?|fand[ea]y?|rass?i)\s+se\s+(?:\w+\s+)?latak\s+"
    + _UR_I_WILL_LATIN,
    r"^(?!.*\b(?:doctor|daktar)\b)"
    + every_one_of(
        r"\baa?j\s+raa?t\b|\bfaisla\b|\birada\b|\bsoch\s+(?:liya|lia|li)\b|\bek\s+sa+th\b",
        r"\b(?:saari|sari|saare|sare|sab|poori|puri)\s+(?:\w+\s+)?(?:goliy?an|golian|pills|"
        r"tablets)\s+(?:ek\s+sa+th\s+)?(?:kha|khaa|nigal)\s+" + _UR_I_WILL_LATIN,
    ),
)

# A husband, brother, father or son beating the writer or her mother now ("میرا شوہر ابھی
# مجھے مار رہا ہے", "bhai abhi ammi ko maar raha hai"); not the heat or work "killing" her, nor
# mosquitoes killed.
_UR_NOT_A_PERSON = r"(?!گرمی|کام|سردی|بھوک|درد|ٹینشن|یاد|آواز)"
_UR_ME_OR_MUM = r"(?:مجھے|ہمیں|امی\s+کو|ماں\s+کو|اماں\s+کو|والدہ\s+کو|بہن\s+کو)"
_UR_NOT_A_PERSON_LATIN = r"(?!(?:garmi|kaam|sardi|thand|bhook|bhukh|dard|tension|yaad|awaa?z)\b)"
_UR_ME_OR_MUM_LATIN = (
    r"(?:mujhe|mujhay|mje|hamein|humein|(?:ammi|ami|amma|maa|mummy|mama|walida|behen|bahen)\s+"
    r"(?:ko|ku))"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    rf"(?:{_UR_KIN}|وہ|بیٹا|باپ|والد)\s+(?:{_UR_NOT_A_PERSON}\S+\s+){{0,3}}{_UR_ME_OR_MUM}\s+"
    r"(?:\S+\s+)?(?:مار|پیٹ)\s+(?:رہا|رہی|رہے)",
    rf"(?:{_UR_KIN_LATIN}|\b(?:woh|wo|vo|beta|baap|papa|husband|boyfriend))\s+"
    rf"(?:{_UR_NOT_A_PERSON_LATIN}\w+\s+){{0,3}}{_UR_ME_OR_MUM_LATIN}\s+(?:\w+\s+)?(?:maa?r|"
    r"pee?t)\s+(?:raha|rahi|rahe|rha|rhi|rhe)\b",
)

# Someone holding a knife or a gun who has locked or shut the door ("چھری لے کر کھڑا ہے اور
# اس نے دروازہ بند کر دیا ہے", "chaku lekar khada hai, darwaza band kar diya"); not a knife
# taken to the vegetables or the meat with the door shut for the cold.
_UR_GUN_HELD = (
    r"(?:بندوق|پستول)\s+(?:\S+\s+)?(?:لے\s+کر|لے\s+کے|لیکر|اٹھا|ہاتھ\s+میں|تان)|"
    r"\b(?:chaa?ku|chakk?u|chaa?qu|chh?uri|chh?urri|chh?ura|bandook|banduk|pistol|gun)\s+"
    r"(?:\w+\s+)?(?:le\s*kar|le\s*ke|utha\w*|haath\s+(?:mein|me)|taan\w*|nikal\w*)\b"
)
_UR_DOOR_LOCKED = (
    r"دروازہ\s+(?:\S+\s+)?(?:بند\s+کر\s+(?:دیا|دی|رکھا)|لاک\s+کر)|(?:تالا|کنڈی)\s+لگا\s+(?:دیا|"
    r"دی)|\bdarw?a+z[ae]+h?\s+(?:\w+\s+)?(?:band|lock)\s+kar\s+(?:diya|dia|di|rakha)\b|"
    r"\b(?:tala|taala|kundi)\s+laga\s+(?:diya|dia|di)\b"
)
_UR_NOT_KITCHEN = (
    r"^(?!.*(?:سبزی|گوشت|پیاز|پھل|کیک|بکرا|قربانی|\b(?:sabzi|sabji|gosht|pyaz|piyaz|phal|"
    r"fruit|cake|bakra|qurbani|kitchen)\b))"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    _UR_NOT_KITCHEN + every_one_of(f"{_UR_ARMED_NOW}|{_UR_GUN_HELD}", _UR_DOOR_LOCKED),
)

# Children alone at home for days with no food ("bachay do din se ghar mein akele hain, khana
# nahi hai"); not children at their grandmother's for two days with food enough.
_UR_CHILDREN = (
    r"بچے|بچوں|بچی|بچیاں|بیٹا|بیٹی|\bbach+(?:ay|e|on|i|iyan|ey)\b|\bbacch\w*|\bbet[aei]\b"
)
_UR_DAYS = (
    r"(?:دو|تین|چار|[0-9۰-۹]+)\s+(?:دن|دنوں|راتوں)\s+سے|\b(?:do|teen|char|\d+)\s+(?:din|dino|"
    r"dinon|raat|raaton)\s+se\b"
)
_UR_ALONE = r"اکیلے|اکیلی|اکیلا|\bakel[aeiy]\b"
_UR_NO_FOOD = (
    r"کھانا\s+(?:بھی\s+)?نہیں|کھانے\s+کو\s+کچھ\s+نہیں|\bkhaa?n[ae]+\s+(?:bhi\s+|ko\s+kuch\s+)?"
    r"(?:nahi|nahin|nai)\b"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_CHILDREN, _UR_DAYS, _UR_ALONE, _UR_NO_FOOD),
)

# A child beaten with blood from the head ("usne bachay ko mara, uske sar se khoon beh raha
# hai"); not a ball hit with sweat on the head.
_UR_BEATEN_OR_HIT = (
    r"(?<!\S)(?:مارا|مار\s+رہا|پیٹا|مارتا|تھپڑ)|\b(?:maa?ra|maa?r\s+(?:raha|rahe|diya)|pee?ta|"
    r"maa?rta|thappa?d)\b"
)
_UR_HEAD_BLEEDING = (
    r"(?:سر|ماتھے)\s+(?:سے|میں|پر)\s+(?:\S+\s+)?خون\s+(?:\S+\s+)?(?:بہہ|بہ|نکل|آ)|سر\s+پھٹ|"
    r"\b(?:sar|sir|sarr|math[ae])\s+(?:se|mein|me|pe|par)\s+(?:\w+\s+)?khoon\s+(?:\w+\s+)?"
    r"(?:beh|bah|nikal|aa)\w*|\b(?:sar|sir)\s+phat\w*"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_CHILDREN, _UR_BEATEN_OR_HIT, _UR_HEAD_BLEEDING),
)

# The writer's marriage to be made by the family, with the tickets bought ("ابو میری شادی
# پاکستان میں کزن سے کروانا چاہتے ہیں، ٹکٹ بک ہو گئے"); not her own wedding long past with a
# cousin's tickets booked.
_UR_MY_MARRIAGE_MADE = (
    r"(?:میری|میرا)\s+(?:شادی|نکاح)\s+(?:\S+\s+){0,5}(?:(?:کروانا|کرانا|کرنا)\s+چاہت|"
    r"(?:کروا|کرا)\s+"
    r"(?:رہے|رہا|دیں|دے)|کر\s+دیں\s*گے|طے\s+کر)|\b(?:meri|mera)\s+(?:shaa?di|nikk?ah)\s+"
    r"(?:\w+\s+){0,5}(?:(?:karwana|karana|karna)\s+chaha?t|(?:karwa|kara)\s+(?:rahe|raha|"
    r"denge|dege)|kar\s+denge|karwayenge|tay\s+kar)\w*"
)
_UR_TICKETS = (
    r"ٹکٹ\S*\s+(?:\S+\s+)?(?:بک|لے|خرید|کروا|ہو)|\b(?:tickets?|flights?|seats?)\s+(?:\w+\s+)?"
    r"(?:book|buk|le\s+li|ho\s+ga|kar\s+(?:li|diye|di|diya)|khareed|kharid)\w*"
)
URDU_NOW_PHRASES += ("^" + every_one_of(_UR_MY_MARRIAGE_MADE, _UR_TICKETS),)  # i18n-exempt: input

# The writer kept locked in at home, with her papers taken or by her husband or in-laws
# ("سسرال والے مجھے گھر میں بند رکھتے ہیں اور میرے کاغذات لے لیے ہیں"); not documents handed to a
# solicitor, nor a shop kept shut.
_UR_KEPT_IN = (
    r"(?:مجھے|ہمیں)\s+(?:\S+\s+){0,2}(?:گھر|کمرے)\s+میں\s+(?:بند|قید)\s+(?:رکھ|کر\s+کے\s+رکھ)|"
    r"\b(?:mujhe|mujhay|hamein|humein)\s+(?:\w+\s+){0,2}(?:ghar|kamre|kamray|room)\s+(?:mein|me|"
    r"main|mai)\s+(?:band|qaid|lock)\s+(?:rakh|kar\s+ke\s+rakh|kar\s+kar\s+rakh)\w*"
)
_UR_PAPERS_TAKEN_OR_KIN = (
    r"(?:کاغذات|کاغذ|دستاویزات|پاسپورٹ|ویزا)\S*\s+(?:\S+\s+)?(?:لے\s+لی|چھین|رکھ\s+لی|چھپا)|"
    r"\b(?:kaa?ghaz\w*|kaa?gaz\w*|documents?|papers|passport|visa)\s+(?:\w+\s+)?(?:le\s+(?:liye|"
    r"liya|li|lie|lia)|chh?een|chh?in|rakh\s+(?:liye|liya|li)|chh?upa)\w*|"
    + _UR_KIN
    + "|"
    + _UR_KIN_LATIN
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_KEPT_IN, _UR_PAPERS_TAKEN_OR_KIN),
)

# A girl to be cut (khatna: for a girl it is FGM); not a son's or a grandson's khatna, nor a
# school project on it.
_UR_GIRL = (
    r"بیٹی|بچی|لڑکی|پوتی|نواسی|بھتیجی|بھانجی|بہن|\b(?:beti|bet[iy]an|bachi|bacchi|ladki|larki|"
    r"poti|nawasi|bhatiji|bhanji|behen|bahen)\b"
)
_UR_CUT = r"ختنہ|ختنے|\b(?:khatn[ae]h?)\b"
_UR_BOYS_CUT = (
    r"(?:بیٹے|بیٹا|لڑکے|پوتے|نواسے|بچے)\s+(?:کا|کی|کے)\s+ختن|\b(?:bete|beta|ladke|larke|pote|"
    r"nawase|bache|son)\s+(?:ka|ki|ke|'s)\s+khatn"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_UR_BOYS_CUT}|بارے|پروجیکٹ|\b(?:bare|baare|project)\b))"
    + every_one_of(_UR_GIRL, _UR_CUT),
)

# Chest pain with someone not speaking or not responding now ("دادا جان کے سینے میں درد ہے اور
# وہ بول نہیں رہے"); not a pain gone by, nor someone talking well.
_UR_CHEST_PAIN = (
    r"سینے\s+میں\s+(?:\S+\s+){0,2}درد|\b(?:seene|sine|seena|chh?aa?ti|chest)\s+(?:mein|me|main|"
    r"mai)\s+(?:\w+\s+){0,2}(?:dard|pain)\b"
)
_UR_NOT_SPEAKING = (
    r"بول\s+نہیں\s+(?:رہ|پا|سک)|جواب\s+نہیں\s+دے|بے\s*ہوش|ہوش\s+نہیں|"
    r"\bbol\s+(?:nahi|nahin|nai)\s+"
    r"(?:rahe|raha|rahi|pa|sak)\w*|\bjawab\s+(?:nahi|nahin|nai)\s+de|\bbehosh\b|\bhosh\s+(?:nahi|"
    r"nahin|mein\s+nahi)\b"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:پچھلے|ٹھیک\s+ہو|\b(?:pichle|last\s+year|theek\s+ho)\b))"
    + every_one_of(_UR_CHEST_PAIN, _UR_NOT_SPEAKING),
)

# Someone beaten or tied up to drive out a jinn or a spirit ("جن نکالنے ... اسے بہت مارا تھا
# اور باندھ کر رکھا"); not a prayer said over someone for it, nor a film.
_UR_SPIRIT_OUT = (
    r"(?:جن|جنات|سایہ|سائے|آسیب|بھوت|چڑیل)\s+(?:\S+\s+)?(?:نکال|اتار|بھگا)|\b(?:jinn?|jinn?at|"
    r"jinaat|saa?ya|aseb|bh?oot|bhut|churail|chudail)\s+(?:\w+\s+)?(?:nikal|utar|utaar|bhaga)\w*"
)
_UR_BEATEN_OR_TIED = (
    r"(?<!\S)(?:مار|پیٹ|باندھ|جلا|داغ)|\b(?:maa?ra|maa?rte|maa?rta|maa?r\s+(?:kar|ke|rahe|raha|"
    r"diya)|pee?t\w*|baa?ndh|jala\w*|daagh?\w*)\b"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:فلم|ڈرامہ|کہانی|\b(?:film|movie|drama|kahani|game)\b))"
    + every_one_of(_UR_SPIRIT_OUT, _UR_BEATEN_OR_TIED),
)

# An agent or smuggler owed money who threatens to kill or hurt the writer or family ("ایجنٹ
# کہتا ہے پیسے دو ورنہ گھر والوں کو مار دے گا", "agent bolta hai paise nahi diye to pariwar ko
# maar dega"); not an agent's fee due with the file to be closed.
_UR_AGENT = r"ایجنٹ|سمگلر|اسمگلر|ڈنکی|دلال|\b(?:agent|smuggler|dunki|donkey|dalal)\b"
_UR_MONEY_OWED = (
    r"پیس[ےہ]|قرض|رقم|ادھار|\b(?:paise|paisa|paisay|pese|qarz|karz|karza|qarza|raqam|udhaar|"
    r"udhar)\b"
)
_UR_HARM_THREAT = (
    r"(?:مار|مروا|اٹھوا|اٹھا)\s+(?:دے|دیں|ڈالے|ڈالیں|دوں)\s*(?:گے|گا)|نقصان\s+پہنچا|"
    r"\b(?:maar|mar|marwa|marva|uthwa|utha)\s*(?:dega|denge|dunga|doonga|dalega|daalega|"
    r"dalenge|daalenge|degi)\b|\b(?:nuqsan|nuksan)\s+(?:pohncha|pahuncha|pohoncha)\w*"
)
# A knife or a gun to be used on someone, told as a threat ("چاقو مار دیں گے", "chaku maar
# denge"); not a knife to cut the cake.
_UR_STAB_THREAT = (
    r"(?:چاقو|چھری|چھرا|گولی)\s+(?:\S+\s+)?مار\s+(?:دیں|دے|دوں)\s*(?:گے|گا)|"
    r"\b(?:chaa?ku|chaa?qu|chh?uri|chh?ura|knife|goli)\s+(?:\w+\s+)?(?:maar|mar)\s*(?:denge|"
    r"dega|dunga|doonga|dengay|dein\s+ge|de\s+ga)\b"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_AGENT, _UR_MONEY_OWED, _UR_HARM_THREAT),
    _UR_STAB_THREAT,
)

# The writer's visa to be cancelled or the Home Office told, if she tells anyone ("agar maine
# kisi ko bataya to home office ko bol ke mera visa cancel karwa dega"); not a visa date said
# beside a surprise kept.
_UR_IF_TOLD_OR_ELSE = (
    r"بتایا\s+تو|بتاؤ\S*\s+(?:گی|گے)\s+تو|ورنہ|\bbataya\s+(?:to|tou|toh)\b|"
    r"\bbatao?(?:gi|ge|gay)\s+(?:to|toh)\b|\b(?:warna|varna)\b"
)
_UR_STATUS_THREAT = (
    r"(?:ویزا|پاسپورٹ)\s+(?:\S+\s+)?(?:کینسل|منسوخ|ختم)|(?:ہوم\s+آفس|امیگریشن)\s+(?:کو\s+)?"
    r"(?:\S+\s+)?(?:بتا|بول|رپورٹ|شکایت)|\b(?:visa|passport)\s+(?:\w+\s+)?(?:cancel|radd|"
    r"khatam|khatm)\b|\b(?:home\s+office|immigration)\s+(?:ko|ku)\s+(?:\w+\s+)?(?:bol|bata|"
    r"report|shikayat|complain)\w*"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_IF_TOLD_OR_ELSE, _UR_STATUS_THREAT),
)

# A landlord who wants sex for the rent, or threatens to tell the Home Office ("landlord kehta
# hai kiraye ke badle mere sath so jao", "ورنہ ہوم آفس کو بتا دوں گا"); not a landlord who
# wants the garden done for the rent.
_UR_LANDLORD = r"مالک\s+مکان|مکان\s+مالک|\b(?:makan\s+malik|malik\s+makan|landlord)\b"
_UR_SLEEP_WITH = (
    r"ساتھ\s+(?:سو|سونا|سوؤ|سوئے|سوو)|سیکس|\b(?:saath|sath|sat)\s+(?:so|sona|sone|soo|soyo|"
    r"sooo|sojao|so\s+jao)\b|\bsex\b"
)
_UR_RENT_OR_ELSE = (
    r"کرای|ورنہ|نہیں\s+تو|\b(?:kiraya|kiraye|kiraaya|kiraa?ye|warna|varna|wrna)\b|"
    r"\bnahi\s+(?:to|toh)\b"
)
_UR_HOME_OFFICE_TOLD = (
    r"(?:ہوم\s+آفس|امیگریشن)\s+(?:کو\s+)?(?:\S+\s+)?(?:بتا|رپورٹ|شکایت|بول)\s*(?:کر\s+)?"
    r"(?:دوں\s*گا|دے\s*گا|دیں\s*گے)|\b(?:home\s+office|immigration)\s+(?:\w+\s+){0,2}(?:bata|"
    r"report|shikayat|bol|complain)\s*(?:kar\s+)?(?:dunga|doonga|dega|denge|dungi)\b"
)
_UR_SEX_OR_REPORT = f"{_UR_SLEEP_WITH}|{_UR_HOME_OFFICE_TOLD}"
URDU_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_LANDLORD, _UR_RENT_OR_ELSE, _UR_SEX_OR_REPORT),
)

# A crowd at the writer's hotel or home throwing stones now ("ہمارے ہوٹل کے باہر لوگ جمع ہیں اور
# پتھر پھینک رہے ہیں"); not fireworks set off outside.
_UR_AT_OUR_PLACE = (
    r"ہوٹل|گھر|کھڑکی|فلیٹ|عمارت|\b(?:hotel|ghar|khirki|khidki|window|flat|building|house)\b"
)
_UR_STONES_NOW = (
    r"(?:پتھر|اینٹ)\S*\s+(?:\S+\s+)?(?:پھینک|مار|برسا)\s*(?:رہے|رہی)|\b(?:pat?th?h?ar|"
    r"eent|eentein|int|stones?|bricks?)\s+(?:\w+\s+)?(?:phenk|fenk|phaink|maar|mar|barsa|"
    r"throw)\s*(?:rahe|raha|rhe|rahay)\b"
)
_UR_CROWD = (
    r"لوگ|ہجوم|بھیڑ|لڑکے|جمع|\b(?:log|hujoom|bheed|bheer|larke|ladke|crowd|jama|ikathe|"
    r"ikatthe|gang)\b"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_AT_OUR_PLACE, _UR_STONES_NOW, _UR_CROWD),
)

# A child alone and a man who says he is the uncle taking the child away ("ایک آدمی کہتا ہے وہ
# اس کا چچا ہے اور آج رات اسے لے جا رہا ہے"); not the family's own uncle taking her to a wedding.
_UR_SAYS_HE_IS_KIN = (
    r"(?:کہتا|بتاتا|بولتا)\s+(?:ہے\s+)?(?:کہ\s+)?(?:(?:وہ|میں)\s+)?(?:اس\s+کا|اس\s+کی|اسکا|اسکی)\s+"
    r"(?:چچا|ماموں|تایا|خالو|پھوپھا|انکل|رشتہ\s*دار)|\b(?:kehta|kahta|keh\s+raha|bolta|"
    r"bol\s+raha|batata|bata\s+raha)\s+(?:(?:hai|he|h)\s+)?(?:(?:ke|ki|k)\s+)?(?:(?:wo|woh|vo|"
    r"main|mai)\s+)?(?:uska|iska|uski|iski|us\s+ka|is\s+ka|us\s+ki|is\s+ki)\s+(?:chacha|"
    r"chachu|mamu|mama|mamoo|taya|khalu|phupha|uncle|rishtedar)\b"
)
_UR_TAKING_AWAY = (
    r"لے\s+(?:\S+\s+)?(?:جا\s+رہا|جا\s+رہے|جائے\s*گا)|\b(?:le|lay|ley)\s+(?:\w+\s+)?(?:ja\s+"
    r"(?:raha|rahe|rha)|jayega|jaega|jaye\s*ga|jaa\s+raha)\b"
)
_UR_CHILD_ALONE = (
    r"اکیل|(?:1[2-7]|۱[۲-۷])\s+سال|\b(?:akela|akeli|akelay|akele)\b|\b1[2-7]\s+(?:saal|sal|"
    r"years?)\b"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_SAYS_HE_IS_KIN, _UR_TAKING_AWAY, _UR_CHILD_ALONE),
)

# The writer and family put out of home tonight with nowhere to sleep or in the cold ("hamein
# aaj raat ghar se nikal diya, sone ki koi jagah nahi"); not leaving home for a wedding.
_UR_WE_OR_I_LATIN = r"\b(?:hamein|hame|hume|humein|hamko|humko|mujhe|mujhko|hum|ham|main)\b"
_UR_PUT_OUT_LATIN = (
    r"\b(?:ghar|flat|makan)\s+(?:se\s+)?(?:\w+\s+)?(?:nikal|nikaal|nikala|nikaala)\s*(?:diya|"
    r"dia|di|diye|dia\s+gaya)\b"
)
_UR_NOWHERE_OR_COLD_LATIN = (
    r"\b(?:sone|rehne|rukne)\s+(?:ki|ka)\s+(?:koi\s+)?jagah\s+(?:nahi|nahin|nai)\b|\bkoi\s+"
    r"jagah\s+(?:nahi|nahin|nai)\b|\b(?:sardi|thand|thandi)\b|\baa?j\s+raa?t\b"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_WE_OR_I_LATIN, _UR_PUT_OUT_LATIN, _UR_NOWHERE_OR_COLD_LATIN),
)

# Lost, in the dark, with the phone dying ("میں راستہ بھول گیا ہوں، اندھیرا ہو گیا ہے، فون کی
# بیٹری ختم ہونے والی ہے"); not a charger forgotten on a dark evening.
_UR_LOST_WAY = (
    r"(?:راستہ|رستہ)\s+(?:\S+\s+)?بھول|کھو\s+(?:گیا|گئی)|بھٹک|\b(?:ra?a?sta|rasta)\s+(?:\w+\s+)?"
    r"(?:bhool|bhul)\w*|\bkho\s+(?:gaya|gayi|gai|gya|gyi)\b|\bbhatak\w*"
)
_UR_DARK = r"اندھیر|\b(?:andhera|andhere)\b"
_UR_PHONE_DYING = (
    r"(?:بیٹری|چارج|فون)\S*\s+(?:\S+\s+){0,2}(?:ختم|کم|مر|بند\s+ہو)|\b(?:battery|charge|"
    r"charging|phone)\s+(?:\w+\s+){0,2}(?:khatam|khatm|kam|low|mar|band\s+ho|dead)\w*"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_LOST_WAY, _UR_DARK, _UR_PHONE_DYING),
)

# A fire broken out where the writer is, with no way out ("میرے فلیٹ میں آگ لگ گئی ہے، میں باہر
# نہیں نکل سکتا"); not a heater on with rain outside.
_UR_FIRE_BROKE_OUT = r"آگ\s+لگ\s*(?:گئی|گئ|رہی)|\baa?g\s+lag\s*(?:gayi|gai|gyi|gaee|rahi)\b"
_UR_NO_WAY_OUT = (
    r"باہر\s+نہیں|نکل\s+نہیں|پھنس|دھو[ئا]|\b(?:bahar|baahar)\s+(?:nahi|nahin|nai)\b|\bnikal\s+"
    r"(?:nahi|nahin|nai)\b|\b(?:phans|phas|fas|fans)\w*|\b(?:dhuan|dhuwan|dhuaan)\b"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_FIRE_BROKE_OUT, _UR_NO_WAY_OUT),
)

# A child not breathing right ("میرا بچہ ٹھیک سے سانس نہیں لے رہا", "bachcha saans nahi le
# raha"); not a child who won't sleep.
_UR_A_CHILD = (
    r"بچ|بیٹ[اییے]|بےبی|\b(?:bacha|bachcha|bachha|bacche|bachay|bachi|bacchi|beta|beti|baby|"
    r"munna|munni)\b"
)
_UR_NOT_BREATHING = (
    r"سانس\s+(?:\S+\s+){0,2}نہیں\s+(?:لے|آ)\s*(?:رہا|رہی|پا)|سانس\s+(?:رک|اکھڑ)|"
    r"\b(?:saans|sans|saas)\s+(?:\w+\s+){0,2}(?:nahi|nahin|nai)\s+(?:le|aa|a|lay)\s*(?:raha|"
    r"rahi|rha|rhi|pa)\w*|\b(?:saans|sans)\s+(?:ruk|ukhar)\w*"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_A_CHILD, _UR_NOT_BREATHING),
)

# A fit that has gone on for minutes or won't stop ("اسے دورہ پڑا ہے، 5 منٹ ہو گئے", "daura
# para hai, ruk nahi raha"); not a tour ("daura") of five minutes.
_UR_FIT = (
    r"دورہ\s+(?:\S+\s+)?(?:پڑا|پڑ\s+رہا|آیا|آ\s+رہا)|مرگی|جھٹکے|\b(?:daura|dora|dorah|daurah)\s+"
    r"(?:\w+\s+)?(?:para|pada|parha|padha|pad\s+raha|par\s+raha|aaya|aya|aa\s+raha)\b|"
    r"\b(?:mirgi|jhatke|jhatkay)\b|\bfits?\s+(?:aaya|aya|para|pada|aa\s+raha)\b"
)
_UR_GOING_ON = (
    r"(?:\d+|[۰-۹]+|پانچ|دس)\s+منٹ|رک\s+نہیں|بند\s+نہیں|\b(?:\d+|paanch|panch|das)\s+(?:minute|"
    r"mint|min|minat)\w*|\b(?:ruk|band)\s+(?:nahi|nahin|nai)\s+(?:raha|rahe|rahi|ho)\b"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_FIT, _UR_GOING_ON),
)

# A man with a knife come into the shop or takeaway now, asking for money, or the writer hiding
# ("ek banda chaku le ke andar aya hai aur paise maang raha hai, main kitchen mein chupa hun");
# not a cook with a knife for vegetables or meat.
_UR_CAME_IN_OR_DEMANDS = (
    r"اندر\s+(?:\S+\s+)?(?:آ|آیا|آگیا|گھس)|پیسے\s+(?:\S+\s+)?مانگ|چھپ[ای]\s+(?:ہوا|ہوئی|ہوں)|"
    r"\bandar\s+(?:\w+\s+)?(?:aa?ya|aa?\s+gaya|aa?\s+gya|ghus\w*)\b|\baa?\s+ga?ya\s+hai\b|"
    r"\b(?:paise|paisay|cash|galla)\s+(?:\w+\s+)?maa?ng\w*|\b(?:chupa|chhupa|chupi|chhupi)\s+"
    r"(?:hua\s+)?(?:hun|hoon|hu|hui)\b"
)
_UR_NOT_A_COOK = r"^(?!.*(?:سبزی|گوشت|پیاز|\bsabzi|\bgosht|\bpyaa?z|\bdrama|\bfilm))"
# A boss who says the writer must stay with him tonight or lose the job or the visa ("اگر آج
# رات میں اس کے ساتھ نہیں رکی تو مجھے نوکری سے نکال دے گا", "aaj raat uske saath nahi ruki to
# naukri se nikaal dega"); not a boss who asks for the accounts to be done tonight.
_UR_BOSS = r"(?:مالک|باس|سیٹھ|منیجر|\bmalik\b|\bboss\b|\bseth\b|\bmanager\b)"
_UR_TONIGHT_WITH_HIM = (
    r"آج\s+رات\s+(?:\S+\s+){0,4}(?:ساتھ|پاس)\s+(?:\S+\s+){0,2}(?:رک|رہ|سو)|"
    r"\b(?:aaj|aj)\s+raat\s+(?:\w+\s+){0,4}(?:saath|sath|paas|pas)\s+(?:\w+\s+){0,2}"
    r"(?:ruk|reh|rah|so)\w*"
)
_UR_OR_SACKED = (
    r"نوکری\s+سے\s+(?:\S+\s+)?نکال|کام\s+سے\s+(?:\S+\s+)?نکال|ویزا|\b(?:naukri|nokri|kaam)\s+"
    r"se\s+(?:\w+\s+)?nika?al\w*|\bvisa\b|\bfire\s+kar\w*"
)
# Beaten by him and he is coming again ("kal usne mujhe maara aur kal phir aayega"); not a harm
# told as over (years ago, he is in jail, the police caught him).
_UR_HE_BEAT_ME_LATIN = (
    r"\b(?:mujhe|mujhay|hame|hamein)\s+(?:\w+\s+)?(?:maara|mara|peeta|pita|maarta)\b"
)
_UR_COMING_AGAIN_LATIN = (
    r"\b(?:phir|phir\s+se|dobara|wapas)\s+(?:\w+\s+)?(?:aaye?ga|ayega|aayegi|aa\s+raha|"
    r"aa\s+rahi)\b"
)
_UR_OVER_LATIN = r"^(?!.*\b(?:saal\s+pehle|jail|police\s+ne\s+pakad\w*|ab\s+mehfooz)\b)"

URDU_NOW_PHRASES += (  # i18n-exempt: input
    # beaten and he is coming again
    _UR_OVER_LATIN + every_one_of(_UR_HE_BEAT_ME_LATIN, _UR_COMING_AGAIN_LATIN),
    # a man with a knife come in now; stay with the boss tonight or be sacked
    _UR_NOT_A_COOK + every_one_of(_UR_ARMED_NOW, _UR_CAME_IN_OR_DEMANDS),
    "^" + every_one_of(_UR_BOSS, _UR_TONIGHT_WITH_HIM, _UR_OR_SACKED),
)

# A child not home since last night or for days, with the phone off, taken off in a car by
# older boys or men, or gone to someone met online ("beta kal raat se ghar nahi aaya, phone band
# hai", "بیٹی دو دن سے گھر نہیں آئی، فون بند ہے"); not a child who is at a friend's or an
# aunt's, has rung or come back.
_UR_CHILD = (
    r"بیٹ[اےی]|بچ[ہےی]|لڑک[اےی]|\b(?:beta|bete|beti|bacha|bachcha|bachi|bacchi|larka|ladka|"
    r"larki|ladki)\b"
)
_UR_NOT_HOME_SINCE = (
    r"(?:رات|کل|صبح|دن|دنوں|پرسوں)\s+سے\s+(?:\S+\s+)?(?:گھر|واپس)\s+(?:\S+\s+)?(?:نہیں|نہ)\s+"
    r"(?:آیا|آئی|لوٹا|لوٹی)|\b(?:raat|kal|subah|subha|din|dino|dinon|parson)\s+se\s+(?:\w+\s+)?"
    r"(?:ghar|wapas|waapas|wapis)\s+(?:\w+\s+)?(?:nahi|nahin|nai|na)\s+(?:aaya|aya|aayi|ayi|aai|"
    r"lauta|lota|lauti|loti)\b"
)
_UR_A_SIGN_OF_DANGER = (
    r"فون\s+(?:بھی\s+)?بند|(?:بڑے|بڑی\s+عمر\s+کے)\s+(?:لڑکے|آدمی|مرد)|"
    r"گاڑی\s+میں\s+(?:\S+\s+)?لے\s+گئے|انٹرنیٹ|آن\s*لائن|"
    r"\bphone\s+(?:bhi\s+)?(?:band|off|switch\s*off)\b|\b(?:bare|baray|bade|baday)\s+"
    r"(?:umar\s+ke\s+)?(?:larke|ladke|larkay|aadmi|admi|mard)\b|\b(?:gaa?ri|gaadi|car)\s+"
    r"(?:mein|me|main)\s+(?:\w+\s+)?le\s+(?:gaye|gae|gye)\b|\b(?:internet|online)\b"
)
_UR_SAFE_SOMEWHERE = (
    r"^(?!.*(?:دوست\s+کے\s+گھر|خالہ|نانی|دادی|فون\s+(?:کیا|آیا)|آ\s+گیا|آ\s+گئی|\bdost\s+ke\s+"
    r"ghar|\b(?:khala|phuppo|nani|dadi)\b|\bphone\s+(?:kiya|aaya|aya)\b|\b(?:aa|a)\s+(?:gaya|"
    r"gya|gayi|gai)\b))"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    _UR_SAFE_SOMEWHERE + every_one_of(_UR_CHILD, _UR_NOT_HOME_SINCE, _UR_A_SIGN_OF_DANGER),
)

# A father, brother or husband beating a sister, a brother or a child now, with a belt or a stick
# or "abhi" ("abbu usko belt se maar rahe hain, abhi bhi maar rahe hain"); not a mosquito or a
# ball hit, nor a story of a beating long ago.
_UR_SOMEONE_ELSE_LATIN = (
    r"(?:usko|usse|use|usay|unko|(?:behen|bahen|behan|bhai|beti|beta|bete|bachon|bachay|bachche|"
    r"bache|chhote|choti)\s+(?:ko|ku))"
)
_UR_NOW_OR_A_BELT_LATIN = (
    r"\b(?:abhi|abi|ab\s+bhi|belt|patta|danda|dande|dandey|chappal|joota|joote|jootay|chhadi|"
    r"chari|lathi|pipe|taar)\b"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:machhar|machar|makhi|ball|cricket|khel|game|cockroach|chooha|chuha|saanp|"
    r"keeda|kida|film|drama|"
    r"kahani)\b)"
    + every_one_of(
        rf"{_UR_KIN_LATIN}|\b(?:papa|dad|daddy|walid|chacha|chachu|mamu|sautela)\b",
        rf"\b{_UR_SOMEONE_ELSE_LATIN}\s+(?:\w+\s+){{0,4}}?(?:maa?r|pee?t)\s+"
        r"(?:raha|rahi|rahe|rha|rhi|rhe)\b",
        _UR_NOW_OR_A_BELT_LATIN,
    ),
)

# A threat to burn the writer or their home, said by people outside or told as tonight's plan
# ("کہہ رہے ہیں کہ وہ آج رات مجھے جلا دیں گے", "keh rahe hain ghar ko aag laga denge"); not
# friends who will make the writer jealous ("جلا دیں گے" with a new car shown), nor a candle.
_UR_BURNS_ME = (
    r"(?:مجھے|ہمیں|گھر\s+کو)\s+(?:\S+\s+){0,2}?(?:جلا\s+(?:دیں|دے|ڈالیں|ڈالے)|آگ\s+لگا\s+"
    r"(?:دیں|دے))\s*(?:گے|گا)"
)
_UR_BURNS_ME_LATIN = (
    r"\b(?:mujhe|mujhay|mje|hamein|humein|ghar\s+ko)\s+(?:\w+\s+){0,2}?(?:jala|aag\s+laga)\s+"
    r"(?:denge|dega|dalenge|daalenge|de\s+ga|den\s+ge)\b"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:جیلس|حسد|دکھا|موم\s*بتی|سالگرہ))(?=.*(?:کہہ|کہا|کہتے|کہتا|دھمکی|آج\s+رات|باہر)"
    r"\S*\s+(?:\S+\s+){0,8}?" + _UR_BURNS_ME + ")",
    r"^(?!.*\b(?:jealous|jelous|hasad|dikha\w*|candle|birthday)\b)(?=.*\b(?:keh|kehte|kehta|"
    r"kaha|dhamki|aaj\s+raat|bahar)\b(?:\W+\w+){0,8}?\W+" + _UR_BURNS_ME_LATIN + ")",
)

# A threat to kill or hurt the writer if she tells anyone, beside the money taken or no food
# for the children ("shohar ne saare paise le liye hain, bachay bhookay hain, kehta hai kisi
# ko bataya to maar dega"); not a surprise kept from a friend, nor "ammi maar degi" over a
# broken plate.
_UR_IF_TOLD = (
    r"کسی\s+کو\s+(?:\S+\s+)?(?:بتایا|بتاؤ|بتاؤں|بتائی|بتایی)|\b(?:kisi|kissi)\s+ko\s+(?:\w+\s+)?"
    r"(?:bataya|batayi|batai|batao|bataogi|bataye|btaya)\b"
)
_UR_MONEY_TAKEN_OR_HUNGRY = (
    r"(?:سارے|سب)\s+پیسے\s+(?:\S+\s+)?(?:لے|چھین)|کھانا\s+نہیں|بھوک[ےی]|"
    r"\b(?:saare|sare|sab)\s+(?:paise|pese|paisay)\s+(?:\w+\s+)?(?:le|chheen|chin)\w*|"
    r"\bkhana\s+(?:nahi|nahin|nai)\b|\b(?:bhooke|bhookay|bhooki|bhuke|bhukay|bhooka)\b"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:haha|hahaha|lol|mazaq|mazak|mazaak)\b)"
    + every_one_of(_UR_IF_TOLD, _UR_HARM_THREAT, _UR_MONEY_TAKEN_OR_HUNGRY),
)

# Smoke pouring out of a flat, a house or a window with children or someone old inside, or the
# door shut ("ساتھ والے فلیٹ سے دھواں نکل رہا ہے اور اندر بچے ہیں"); not smoke from a barbecue,
# a tandoor or stove lit, a cigarette, a hookah or incense.
_UR_SMOKE_POURING = (
    r"(?:فلیٹ|گھر|مکان|کمرے|کھڑکی|کچن)\S*\s+(?:\S+\s+)?سے\s+(?:\S+\s+)?دھو[ائ]ں\s+(?:\S+\s+)?"
    r"(?:نکل|آ)\s*(?:رہا|رہی)|\b(?:flat|ghar|makan|kamre|khirki|khidki|kitchen)\w*\s+(?:\w+\s+)?"
    r"se\s+(?:\w+\s+)?(?:dhuan|dhuwan|dhuaan)\s+(?:\w+\s+)?(?:nikal|aa)\s*(?:raha|rha)\b"
)
_UR_SOMEONE_INSIDE = (
    r"اندر\s+(?:\S+\s+){0,2}(?:بچے|بچہ|بچی|بزرگ|بوڑھ|کوئی|لوگ|امی|ابو|نانی|دادی)|دروازہ\s+"
    r"(?:\S+\s+)?(?:بند|لاک)|\bandar\s+(?:\w+\s+){0,2}(?:bache|bachay|bachche|bacche|bacha|"
    r"buzurg|koi|log|ammi|abbu|nani|dadi)\b|\b(?:darwaza|darvaza)\s+(?:\w+\s+)?(?:band|lock)\b"
)
URDU_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:سگریٹ|باربی|تکے|کباب|حقہ|شیشہ|اگربتی|لوبان|تندور|چولہ|انگیٹھی|\b(?:cigarette|bbq|"
    r"barbecue|tikk[ae]|kabab|hookah|shisha|agarbatti|tandoor|chulha|chula|angeethi|angithi)\b))"
    + every_one_of(_UR_SMOKE_POURING, _UR_SOMEONE_INSIDE),
)
