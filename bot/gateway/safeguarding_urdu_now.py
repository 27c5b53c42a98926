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
Left alone: a whole box of biscuits eaten, curtains put up tonight, all the biryani eaten, a
husband killing mosquitoes, a knife taken to the vegetables with the door shut for the cold,
children at their grandmother's for two days, a ball hit with sweat on the head, one's own
wedding long past and a cousin's tickets, documents handed to a solicitor, a son's khatna,
chest pain gone by and someone talking well, a prayer said over someone for a jinn.
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
