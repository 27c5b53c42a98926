"""The Urdu safeguarding phrase net's plans to die said plainly (read by safeguarding_languages
beside safeguarding_urdu), in Urdu script and in the Latin spelling people text in (Roman Urdu
and Hinglish). Text has been through safeguarding_languages.fold.

It reads the writer's own plan: death decided on ("میں نے مرنے کا فیصلہ کر لیا ہے", "marne ka
faisla kar liya"); a life given or ended, a shot or a noose to oneself, in the first person
("kal apni jaan de dunga", "khud ko khatam kar lunga", "خود کو گولی مار لوں گا"); a jump from a
bridge or a roof into the river, or in front of a train or onto the tracks ("ٹرین کے آگے کود
جاؤں گا", "train ke aage chala jaonga."); not being in this world, or no longer here from a
day on, with nothing more said ("kal se nahi rahunga."); a means made ready (tablets gathered, a
rope tied or ready, a gun got, a pipe to the car) beside a time or a goodbye ("goliyan jama kar
li hain, itwar ko"; "آخری بار"); and a river, bridge or the tracks gone to with no coming back
or a last word ("دریا پر جا رہا ہوں، واپس نہیں آؤں گا").

Left alone: a decision to come on Sunday; fireworks seen from the bridge; the train to London
and its front carriage; tablets saved for a trip or a flight; a rope tied for the washing; not
living in a city, a flat or a job from a day on; giving one's all for the team; a goal scored;
the car washed with a pipe; a picnic by the river, back by the evening.
Also a grave gone to with no coming back ("qabar pe jaunga aur wapas nahi aunga"), and going to
the parent, husband or child who died, named again ("ابو کی وفات کے بعد ... میں ابو کے پاس جا
رہی ہوں"). Left alone: the grave, back by the evening; another relative visited after a death.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# The first person's future ("جاؤں گا", "jaunga", "dungi").
_UR_I_WILL = r"(?:جاؤں|جاؤنگ|دوں|دونگ|لوں|لونگ)"
_UR_I_WILL_LATIN = (
    r"(?:jaunga|jaungi|jaoonga|jaoongi|jaonga|jaongi|dunga|dungi|doonga|doongi|lunga|lungi|"
    r"loonga|loongi)\b"
)
# A joke over a lost match or a laugh ("match haar gaya to chhat se kood jaunga 😂").
_UR_NOT_A_JOKE = r"^(?!.*(?:😂|🤣|میچ|مذاق|\b(?:match|haar\w*|lol|jk|mazaa?[qk]?)\b)).*"
# The end of a clause: a full stop, a comma or the end of the message.
_UR_CLAUSE_END = r"(?=\s*(?:[.!,،۔]|$))"

URDU_PLANS_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # death decided on (not a story's character)
    r"^(?!.*(?:فلم|ڈرامہ|کہانی|ناول|\b(?:film|drama|kahani|novel|serial)\b))(?=.*(?:مرنے\s+کا\s+"
    r"(?:پکا\s+)?(?:فیصلہ|ارادہ)\s+کر\s+(?:لیا|لی|چکا|چکی)|مرنے\s+کی\s+ٹھان\s+لی|\bmarne\s+ka\s+"
    r"(?:pakka\s+)?(?:faisla|faisala|fesla|irada|iraada)\s+kar\s+(?:liya|lia|li|chuka|chuki)\b))",
    # a life given or taken, a shot or a noose to oneself, in the first person future
    r"\bapni\s+jaa?n\s+(?:de|le)\s+" + _UR_I_WILL_LATIN + r"|\b(?:khud|apne\s+aap)\s+ko\s+(?:khatam"
    r"\s+kar|goli\s+maar|phaa?nsi\s+(?:laga|de))\s+" + _UR_I_WILL_LATIN,
    r"(?:خود|اپنے\s+آپ)\s+کو\s+(?:گولی\s+مار|پھانسی\s+(?:لگا|دے))\s+" + _UR_I_WILL + r"|پھانسی\s+"
    r"(?:لگا|لے)\s+لوں|گلے\s+میں\s+پھندا\s+ڈال\s+" + _UR_I_WILL,
    # a jump from a bridge or a roof (not into the river alone: a swim); in front of or under a
    # train, onto the tracks (to "go in front of the train" only as the clause's end, not to its
    # front carriage)
    _UR_NOT_A_JOKE
    + r"(?:پل|چھت|عمارت|بلڈنگ)\s+سے\s+(?:\S+\s+){0,2}(?:کود|چھلانگ\s+لگا)\s+"
    + _UR_I_WILL,
    r"(?:ٹرین|ریل|گاڑی)\s+(?:کے\s+)?(?:آگے|نیچے|سامنے)\s+(?:کود|لیٹ|آ|چھلانگ\s+لگا)\s+"
    + _UR_I_WILL
    + r"|(?:ٹرین|ریل)\s+(?:کے\s+)?(?:آگے|سامنے)\s+(?:چلا|چلی)\s+"
    + _UR_I_WILL
    + _UR_CLAUSE_END
    + r"|(?:پٹری|پٹڑی|ریلوے\s+لائن)\s+پر\s+لیٹ\s+"
    + _UR_I_WILL,
    _UR_NOT_A_JOKE + r"\b(?:pul|bridge|chh?at|building)\s+se\s+(?:\w+\s+){0,2}(?:kood|"
    r"kud|chh?alaa?ng\s+laga)\s+" + _UR_I_WILL_LATIN,
    r"\b(?:train|rail|gaa?ri|gaadi)\s+(?:ke\s+)?(?:aage|aagay|agay|agey|neeche|niche|saa?mne)\s+"
    r"(?:kood|kud|let|aa|a)\s+" + _UR_I_WILL_LATIN + r"|\b(?:train|rail)\s+(?:ke\s+)?(?:aage|aagay|"
    r"agay|agey|saa?mne)\s+(?:chala|chali)\s+" + _UR_I_WILL_LATIN + _UR_CLAUSE_END + r"|\b(?:patri|"
    r"patriyon|railway\s+line|tracks?)\s+(?:par|pe|pr)\s+let\s+" + _UR_I_WILL_LATIN,
    # not in this world; no longer here from a day on, with nothing more said (not a city, a
    # flat or a job left)
    r"(?:اس\s+)?دنیا\s+میں\s+نہیں\s+(?:رہوں|ہوں)\s*(?:گا|گی)|\b(?:is\s+)?duniya\s+(?:mein|me|main)\s+"
    r"(?:nahi|nahin|nai)\s+(?:rahunga|rahungi|rahoonga|rahoongi|hunga|hungi|hoonga|hounga)\b",
    r"^(?!.*(?:گھر|فلیٹ|شہر|نوکری|ملازمت|کمرے|ہاسٹل|دفتر|اسکول|دکان|\b(?:ghar|flat|makaa?n|shehe?r|"
    r"city|naukri|job|kaam|hostel|room|kamr[ae]|team|group|uk|london|office|school|college|"
    r"dukaa?n)\b))(?=.*(?:(?:کے\s+بعد|سے)\s+(?:میں\s+)?نہیں\s+رہوں\s*(?:گا|گی)|\b(?:se|baad)\s+"
    r"(?:main\s+|mai\s+|mein\s+)?(?:nahi|nahin|nai)\s+rah(?:unga|ungi|oonga|oongi)\b)"
    + _UR_CLAUSE_END
    + ")",
)

# A means made ready: a rope or noose tied, ready or bought, a gun got, a pipe to the car, beside
# a time (tonight, tomorrow, a day) or a goodbye; tablets gathered or saved, beside a goodbye, or
# a time with sleeping tablets or all of them to be taken. Not tablets fetched for a parent or a
# trip, a rope for the washing, a tent or a game, a car washed with a pipe.
_UR_PILLS_SAVED = (
    r"(?:گولیاں|گولیوں|دوائیاں|دوائیں|ٹیبلٹس)\s+(?:\S+\s+){0,2}(?:جمع|اکٹھی|اکٹھا|اکٹھے|ذخیرہ)\s+"
    r"کر\s+(?:لی|لیں|رکھی|رکھیں|چکا|چکی)|\b(?:goliyan|goliya|golian|dawaiyan|dawaian|pills|"
    r"tablets)\s+(?:\w+\s+){0,2}(?:jama|ikatth?[aei]|ikath[aei]|collect)\s+kar\s+(?:li|lee|lin|liye|"
    r"rakhi|rakhe|rakhin|rakha|chuka|chuki)\b"
)
_UR_SLEEPING_OR_ALL = (
    r"نیند\s+کی|(?:سب|ساری|سارے)\s+(?:\S+\s+)?(?:کھا|نگل)\s+(?:لوں|جاؤں)|\bneend\s+ki\b|"
    r"\b(?:sab|saa?ri|saa?re)\s+(?:\w+\s+)?(?:kha|khaa|nigal)\s+(?:lunga|lungi|loonga|loongi|"
    r"jaunga|jaungi)\b"
)
_UR_MEANS_READY = (
    r"(?:رسی|پھندا|پھندہ)\s+(?:\S+\s+){0,3}(?:باندھ|تیار|خرید|لٹکا)|(?:پستول|بندوق|ریوالور)\s+"
    r"(?:\S+\s+){0,2}(?:خرید|لے\s+(?:لی|آیا)|مل\s+گئی|تیار|لوڈ)|(?:گاڑی|کار)\s+(?:\S+\s+){0,3}"
    r"(?:پائپ|ٹیوب)\s+(?:لگا|ڈال|جوڑ)|\b(?:rassi|rasi|rassa|phanda|phandaa)\s+(?:\w+\s+){0,3}"
    r"(?:baa?ndh|tayyar|tayar|taiyar|khareed|kharid|latka)|\b(?:pistol|bandook|bandooq|revolver)\s+"
    r"(?:\w+\s+){0,2}(?:khareed|kharid|le\s+(?:li|aaya|aya)|mil\s+gayi|load|tayyar|tayar)|"
    r"\b(?:gaa?ri|gaadi|car)\s+(?:\w+\s+){0,3}(?:pipe|hose)\s+(?:laga|daal|dal|jod|jor)"
)
_UR_PLAN_TIME = (
    r"آج\s+رات|آج|کل|پرسوں|اس\s+ہفتے|(?:اتوار|پیر|منگل|بدھ|جمعرات|جمعہ|ہفتے)\s+(?:کو|کی\s+رات)|"
    r"\b(?:aa?j\s+raat|aaj|kal|parson|parso|is\s+hafte|(?:itwa+r|etwa+r|somwa+r|peer|mangal|budh|"
    r"jumm?eraa?t|jumm?[ae]|hafte)\s+(?:ko|ki\s+raat|raat))\b"
)
_UR_PLAN_GOODBYE = (
    r"آخری\s+(?:بار|دفعہ|مرتبہ|پیغام)|الوداع|خدا\s+حافظ|معاف\s+کر\s+(?:دینا|دیں|دو)|سب\s+ختم|"
    r"واپس\s+نہیں\s+(?:آؤں|لوٹوں)|نہیں\s+رہوں|وصیت|\b(?:aa?khri|akhiri)\s+(?:baar|bar|dafa|"
    r"dafaa|martaba|message|paigham)\b|\balvida\b|\bmaaf\s+kar\s+(?:dena|dein|do)\b|\bsab\s+"
    r"(?:kuch\s+)?khatam\b|\b(?:wapas|wapis|vapas)\s+(?:nahi|nahin|nai)\s+(?:aaunga|aunga|aaungi|"
    r"aungi|aaoonga|lautunga)\b|\bnahi\s+rah(?:unga|ungi|oonga|oongi)\b|\bwasiyat\b"
)
_UR_NOT_A_PLAN = (
    r"^(?!.*(?:کپڑے|کپڑوں|دھو|سفر|چھٹی|چھٹیوں|فلائٹ|ٹکٹ|ڈاکٹر|کیمسٹ|فارمیسی|کیمپ|خیمہ|جھولا|پکنک|"
    r"میچ|کھیل|کبڈی|رسہ\s*کشی|\b(?:kapd[ae]|kapr[ae]y?|dho|dhona|safar|chh?ut+i\w*|flight|ticket|doctor|"
    r"pharmacy|chemist|prescription|camping|tent|jhoola|picnic|holiday|trip|washing|match|khel|"
    r"game|kabaddi|kabadd?i|rassa\s*kashi)\b))"
)
# A river, a bridge or the tracks gone to, with no coming back or a last word ("دریا پر جا رہا
# ہوں، واپس نہیں آؤں گا"); not a trip there and back by the evening, nor one gone to last time.
_UR_GOING_THERE = (
    r"(?:دریا|سمندر|پٹری|پٹڑی|پل)\s+(?:پر|کی\s+طرف|کے\s+پاس)\s+(?:\S+\s+)?(?:جا\s+(?:رہا|رہی)|جاؤں|"
    r"چلا\s+جاؤں|چلی\s+جاؤں)|\b(?:dar[iy]+a|nadi|samundar|patri|pul|bridge)\s+(?:par|pe|ki\s+"
    r"taraf|ke\s+paas)\s+(?:\w+\s+)?(?:ja\s+(?:raha|rahi)|jaunga|jaungi|jaonga|chala\s+jaunga|"
    r"chali\s+jaungi)\b"
)
_UR_NO_RETURN = (
    r"واپس\s+نہیں\s+(?:آؤں|لوٹوں)|آخری\s+(?:بار|دفعہ|پیغام)|الوداع|معاف\s+کر\s+(?:دینا|دیں)|وصیت|"
    r"\b(?:wapas|wapis|vapas)\s+(?:nahi|nahin|nai)\s+(?:aaunga|aunga|aaungi|aungi|aaoonga|"
    r"lautunga)\b|\b(?:aa?khri|akhiri)\s+(?:baar|bar|dafa|message)\b|\balvida\b|\bwasiyat\b"
)
URDU_PLANS_PHRASES += (  # i18n-exempt: input
    _UR_NOT_A_PLAN + every_one_of(_UR_MEANS_READY, _UR_PLAN_TIME + "|" + _UR_PLAN_GOODBYE),
    _UR_NOT_A_PLAN
    + every_one_of(_UR_PILLS_SAVED)
    + "(?:"
    + every_one_of(_UR_PLAN_GOODBYE)
    + "|"
    + every_one_of(_UR_PLAN_TIME, _UR_SLEEPING_OR_ALL)
    + ")",
    _UR_NOT_A_PLAN + every_one_of(_UR_GOING_THERE, _UR_NO_RETURN),
)

# A grave gone to with no coming back ("qabar pe jaunga aur wapas nahi aunga"); not back only
# after a time ("shaam tak").
_UR_TO_THE_GRAVE = (
    r"(?:قبر|قبرستان)\s+(?:پر|پہ|کی\s+طرف|کے\s+پاس)\s+(?:\S+\s+)?(?:جا\s+(?:رہا|رہی)|جاؤں)|"
    r"\b(?:qa?bar|qabr|kabar|qabristan|kabristan)\s+(?:par|pe|pr|ki\s+taraf|ke\s+paas)\s+"
    r"(?:\w+\s+)?(?:ja\s+(?:raha|rahi)|jaunga|jaungi|jaonga|jaongi)\b"
)
# Going to a parent, a husband or a child who has died ("ابو کی وفات کے بعد ... میں ابو کے پاس جا
# رہی ہوں"): the one who died named again as the one gone to; not another relative visited.
_UR_KIN = r"(?:ابو|امی|ابا|اماں|والد|والدہ|شوہر|بیٹے|بیٹی|بھائی|بہن|دادی|دادا|نانی|نانا)"
_UR_KIN_LATIN = r"(?:abbu|abu|ammi|amma|abba|shohar|shauhar|bete|beti|bhai|behen|dadi|nani)"
URDU_PLANS_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:تک|\btak\b))" + _UR_NOT_A_PLAN + every_one_of(_UR_TO_THE_GRAVE, _UR_NO_RETURN),
    rf"({_UR_KIN})\s+(?:کی|کے)\s+(?:وفات|انتقال|موت|جانے)\b.*\bمیں\s+(?:بھی\s+)?\1\s+کے\s+"
    r"پاس\s+(?:جا\s+(?:رہا|رہی)|چلا\s+جاؤں|چلی\s+جاؤں|جاؤں)",
    rf"\b({_UR_KIN_LATIN})\s+(?:ki|ke)\s+(?:wafat|wafaat|inteqal|intiqal|maut|maot)\b.*\b(?:main|"
    r"mai|mein)\s+(?:bhi\s+)?\1\s+ke\s+(?:paas|pas)\s+(?:ja\s+(?:raha|rahi)|chala\s+jaunga|"
    r"chali\s+jaungi|jaunga|jaungi)\b",
)
