"""The Urdu safeguarding phrase net (read by safeguarding_languages), in its own script and in
the Latin spelling people text in ("mujhe maarta hai"). Text has been through
safeguarding_languages.fold.

Left alone: "ammi mujhe maar dengi agar late hui" (mum will kill me), a carer's visit time, a
pension collected at the bank, a hot room or stairs where one can't breathe, "izzat ki baat" at
a family wedding, a door locked on the way out, children who don't like the food, a car
someone else crashed, a grandchild pulling a beard in play, a trip back home, a piece of work one
wants to finish, the day's medicines after breakfast, a landlord coming to change the locks, no
parking by the hall, suicide as a session's subject in Farsi, a nikah said to be with no force
("زبردستی نہیں"), one's own wedding the family will arrange, looked forward to at 24, and forced
marriage as a session's subject, a daughter picked up from school ("beti ko utha lenge"), a
finger cut chopping vegetables, thread cut with a blade, bleeding that has since stopped.
It reads a threat to take a daughter or a wife if money is not paid, and someone's own arms or
wrists cut, or a blade cut bleeding now, told by the writer for a sister or a friend; and, in
the Latin spelling (Roman Urdu and Hinglish), a jump from a bridge or a roof said as what
someone will do, a wife beaten by her in-laws or over a dowry, a child blackmailed for pictures,
and someone with dementia not back (in Urdu script too); in both, a girl under 18 whose marriage
the family arranges or who is taken home to be married in tears, and a wife kept in by a threat
if she goes out (locked out, the children taken); half in English, a writer under 18 whose
marriage will be made, with a flight home for it or her "no", and thinking every night of
ending it; and, in both spellings, someone forced or dragged into a car. Left alone there: a
bungee jump, a joke over a lost match, in-laws who chat ("gappe maarte"), a school asking for
photos, "haaye main mar jaun" at a baby, a relative with dementia at home or out and phoned, a
cousin's wedding at 17, thinking of ending it with a boyfriend or ending a meeting early, a
child who insists on sitting in the car, a friend who "forced" the writer along to a party.
In both spellings it reads a carer who has not come with the person unable to get up, unfed or
without insulin; breath gone odd with a high fever or someone not getting up; children unfed for
days, or the food run out with no money (not a fast, a diet or a stomach bug). In the Latin
spelling, a beating named in a question is read beside a door broken or banged on now (not the
question asked for a session).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

URDU_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die
    # (the word is Farsi too: after "به", "فکر" or "درباره" or before a Farsi verb it is Farsi's)
    r"(?<!به\s)(?<!فکر\s)(?<!درباره\s)خود\s*کشی(?!\s+(?:کنم|کردم|بکنم|کند|کنه|کرده|می(?!ں)))|khud\s?kushi|"
    r"khudkhushi",
    r"مرنا\s+چاہت[اییے]|مر\s+جانا\s+چاہت|مر\s+جاؤں|marna\s+chaht|mar\s+jana\s+chaht",
    r"اپنی\s+جان\s+(?:لے|لینا|دے)|زندگی\s+(?:ختم\s+کر|سے\s+تنگ)|zindagi\s+khatam",
    r"جینا\s+نہیں\s+چاہت|جینے\s+(?:کا|کو)\s+(?:دل|من)\s+نہیں|جینے\s+کی\s+کوئی\s+وجہ\s+نہیں|"
    r"jeena\s+nahi\s+chaht",
    r"میرے\s+بغیر\s+(?:\S+\s+)?(?:بہتر|خوش)|mere\s+(?:baghair|bagair|bina)\s+(?:sab\s+)?(?:behtar|khush)",
    r"سب\s+(?:کچھ\s+)?ختم\s+کر\s+دوں|ہمیشہ\s+کے\s+لی[ےئ]\s+سو\s+جا|hamesha\s+ke\s+liye\s+so\s+ja|"
    r"زندہ\s+نہیں\s+رہ|نہیں\s+لگتا\s+(?:\S+\s+){0,4}زندہ\s+رہ|zinda\s+nahi\s+rah|nahi\s+lag(?:ta|ti)\s+"
    r"(?:\w+\s+){0,4}zinda\s+rah",
    r"zind[ae]\s+r[ae]hne?\s+(?:ka|ki|ko)\s+(?:koi\s+)?(?:faida|faaida|fayda|matlab|dil|mann?)\s+"
    r"nahi|jeene?\s+(?:ka|ko)\s+(?:dil|mann?)\s+nahi|(?:sab|sab\s+kuch|khud\s+ko)\s+khatam\s+"
    r"kar(?:na|ne|\s+dena?)\s+chah",
    # self-harm
    r"(?:خود|اپنے\s+آپ)\s+کو\s+(?:نقصان|مار|زخمی|تکلیف|کاٹ|جلا)",
    r"(?:khud|apne\s+aap)\s+ko\s+(?:nuqsan|nuksan|maar|kaat|zakhmi|jala)",
    # ending oneself
    r"(?:خود|اپنے\s+آپ)\s+کو\s+ختم\s+(?:کرنا\s+چاہت|کر\s+(?:دوں|لوں|ڈالوں|دیتا\s+ہوں|دیتی\s+ہوں))|"
    r"\b(?:khud|apne\s+aap)\s+ko\s+khatam\s+kar\s+(?:dun|doon|lun|loon)\b",
    # violence, threats, control at home
    r"مجھے\s+(?:\S+\s+)?(?:مارت[اےی]|پیٹت[اےی]|مارا|پیٹا|دھمکی|دھمکیاں|دھمکات|تنگ\s+کرت|"
    r"گالیاں)",
    r"(?:شوہر|بیوی|ساتھی|باپ|والد|بھائی|پڑوسی|وہ|سسر|ساس|بیٹا)\s+(?:نے\s+)?(?:مجھے\s+)?"
    r"(?:\S+\s+){0,4}(?:مارت|پیٹت|دھمکات|مارا|پیٹا|دھمکی)",
    r"\b(?:bhai|shohar|shauhar|abbu|abba|baap|walid|saas|sasur|beta|pati)\s+(?:ne\s+)?(?:(?:phir|"
    r"se|aaj|kal|mujhe|roz|rozana|bohat|bahut|bohot)\s+)*(?:maara|mara|peeta|pita|maarta|marta|"
    r"maarte|maartay)\b",
    r"(?:ghar\s+(?:mein|me|main)\s+(?:\w+\s+)?|main\s+)(?:mehfooz|mahfooz|mehfuz)\s+nahi",
    r"mujhe\s+(?:maarta|maarti|marta|marti|mara|peet|dhamki|dhamkata)",
    r"(?:سے|کا)\s+ڈر\s+(?:لگ|لگتا)|ڈر\s+لگ\s+رہا|ڈرتی\s+ہوں|ڈرتا\s+ہوں|dar\s+lag",
    r"گھریلو\s+تشدد",
    r"پیچھا\s+(?:کر|کرت)|peecha\s+kar|picha\s+kar",
    r"باہر\s+نہیں\s+جانے\s+دیت|میرے\s+پیسے\s+(?:لے|چھین)|میرا\s+(?:فون|پاسپورٹ)\s+(?:لے|چھین)",
    r"زیادتی\s+(?:کی|کرت)",
    # (a wedding or nikah by force, not "no force" nor the subject of a session)
    r"(?:شادی|نکاح)\s+(?:\S+\s+){0,4}زبردستی|\b(?:shaa?di|nikk?ah)\s+(?:\w+\s+){0,4}zabardasti|"
    r"زبردستی(?!\s+نہیں)\s+(?:\S+\s+){0,2}(?:شادی|نکاح)(?!\s+(?:کے|کی)\s+بارے)|"
    r"\bzabardasti(?!\s+nahi)\s+(?:\w+\s+){0,2}(?:shaa?di|nikk?ah)\b(?!\s+ke\s+bare)|"
    r"(?:پاسپورٹ|passport|pasport)\s+(?:ان|اس|un|us)\s+(?:کے|ke)\s+(?:پاس|paas)",
    # the writer's own marriage fixed or dated by the family ("میرے نکاح کی تاریخ رکھ دی"), with
    # her passport taken or her "no" (in Urdu or English), not a wedding she looks forward to
    r"^(?=.*\b(?:mera|meri|mere|mujh)\s+(?:\w+\s+){0,2}(?:nikk?ah|shaa?di|rishta)\s+"
    r"(?:\w+\s+){0,5}(?:(?:fix|tay|tai|tae|pakk[aie]|pakka)\s+(?:kar|kr)|(?:tareek?h|tarikh|"
    r"date)\s+rakh)\s+(?:diya|dia|di|dee|diye|rahe|rahi|dena|li|liya))"
    r"(?=.*(?:\bpassport\s+(?:\w+\s+){0,2}(?:le\s+(?:liya|lia|li)|chh?een|chh?in|rakh\s+(?:liya|"
    r"lia|li)|chupa|chhupa)|\b(?:main|mai|mein)\s+(?:ye\s+|yeh\s+)?(?:shaa?di\s+|nikk?ah\s+)?"
    r"(?:nahi|nahin|nai)\s+(?:karna|karni|chahti|chahta|jana|jaana)|\bi\s+(?:don'?t|do\s+not)\s+"
    r"want\s+(?:to\s+(?:go|marry|get\s+married)|this|him|it)\b|\bmarzi\s+ke\s+(?:bagh?air|"
    r"khilaf|bina)|\bagainst\s+my\s+will|\bzabardasti|"
    r"\bmujh\s*se\s+(?:\w+\s+)?(?:pucha|poocha|pooch[ae])\s+(?:bhi\s+)?(?:nahi|nahin|nai)))",
    r"^(?=.*(?:میرا|میری|میرے)\s+(?:\S+\s+){0,2}(?:نکاح|شادی|رشتہ|رشتے)\s+(?:\S+\s+){0,5}"
    r"(?:(?:طے|پکا|پکی|فکس)\s+کر|تاریخ\s+رکھ)\s+(?:دیا|دی|دیے|لی))"
    r"(?=.*(?:پاسپورٹ\s+(?:\S+\s+){0,2}(?:لے\s+لیا|چھین|رکھ\s+لیا|چھپا)|"
    r"میں\s+(?:\S+\s+)?نہیں\s+(?:کرنا|کرنی|چاہتی|چاہتا|جانا)|"
    r"مرضی\s+کے\s+(?:بغیر|خلاف)|زبردستی))",
    # the writer's own marriage to be made by the family ("میری شادی کر دیں گے", "meri shaadi
    # karwa denge", "meri shaadi karwani hai"), when she is under 18, does not want to go or to
    # marry, or her passport has been taken; not a wedding she is looking forward to at 24
    r"^(?=.*(?:میری|میرا)\s+(?:شادی|نکاح)\s+(?:\S+\s+)?(?:کر|کروا|کرا)\s+(?:دیں\s*گے|دے\s*گا|"
    r"دیں\s*گی|دینا\s+چاہت|دینے\s+وال|رہے))(?=.*(?:(?<![0-9۰-۹])(?:1[0-7]|۱[۰-۷])\s+"
    r"(?:سال|برس)\s+"
    r"(?:کی|کا)\s+ہوں|نہیں\s+(?:جانا|کرنی|کرنا)\s+چاہت|مرضی\s+کے\s+(?:بغیر|خلاف)))",
    r"^(?=.*\b(?:meri|mera)\s+(?:shaa?di|nikk?ah)\s+(?:\w+\s+)?(?:(?:kar|karwa|kara)\s+(?:denge|"
    r"dega|dengi|dena\s+chaha?t|dene\s+wal|rahe)|(?:karwa|kara|kar)n[ai]\s+(?:hai|he|h)\b|"
    r"(?:karwa|kara)(?:y|e)?(?:enge|nge)\b))(?=.*(?:\b(?:1[0-7])\s+(?:saal|sal|baras)\s+"
    r"(?:ki|ka)\s+(?:hoon|hun|hu)\b|\b(?:nahi|nahin|nai)\s+(?:jana|jaana|karni|karna)\s+"
    r"chaha?t|\bmarzi\s+ke\s+(?:bagh?air|khilaf|bina)|\bpassport\s+(?:\w+\s+){0,2}(?:le\s+"
    r"(?:liya|lia|li)|chh?een|chh?in|rakh\s+(?:liya|lia|li)|chh?upa)))",
    r"کمرے\s+میں\s+بند|kamre\s+(?:mein|me|main)\s+band\s+(?:rakh|kar)|(?:phone|paise|passport)\s+"
    r"(?:bhi\s+)?(?:chheen|chhin|cheen|chin)\s+(?:lete|leta|leti|liya|li)",
    # thoughts of crashing the car or jumping from a bridge, said as "I'd ..."
    r"(?:گاڑی|کار)\s+(?:\S+\s+){0,2}(?:پل|دیوار|ٹرک|درخت|کھمبے|دریا|کھائی)\s+(?:سے|میں)\s+"
    r"(?:ٹکرا|گرا)\s+(?:دوں|دیتا\s+ہوں|دیتی\s+ہوں)|(?:پل|چھت|عمارت|بلڈنگ)\s+سے\s+(?:کود|چھلانگ\s+"
    r"لگا)\s+(?:جاؤں|دوں)|\b(?:gaa?ri|gaadi|car)\s+(?:\w+\s+){0,2}(?:pul|deewar|diwar|truck|"
    r"darakht)\s+(?:se|mein|me)\s+(?:takra|gira)\s+(?:dun|doon|du)\b",
    # hate: a beard or headscarf pulled by a stranger, told to go back to one's country
    r"^(?!.*(?:بچے|بچی|بیٹی|بیٹے|پوتی|پوتے|نواسی|نواسے|منے|منی)\s+نے)(?=.*(?:داڑھی|پگڑی|دوپٹہ|"
    r"دوپٹا|اسکارف|ٹوپی)\s+(?:\S+\s+)?(?:کھینچ|نوچ|اتار\s+پھینک|اچھال))",
    r"(?:اپنے|اپنی)\s+(?:ملک|وطن|دیس)\s+(?:واپس\s+)?(?:چلے\s+|لوٹ\s+)?جاؤ(?!ں)|\bapne\s+(?:mulk|"
    r"desh|des|watan|country)\s+(?:wapas|wapis|vapas)\s+(?:jao|chale\s+jao)\b",
    # a threat to kill; a headscarf pulled off; a boy made to carry drugs
    r"جان\s+سے\s+مار|\bjaa?n\s+se\s+maa?r",
    r"زندہ\s+نہیں\s+چھوڑ|\bzinda\s+nahi?n?\s+chh?o?r",
    # "I'll break your legs"
    r"(?:ٹانگیں|ٹانگ|ہڈیاں|ہاتھ|گردن|بازو)\s+توڑ\s+د|\b(?:meri|mera|mere|teri|tumhari)\s+(?:taang\w*|"
    r"tang\w*|haddi\w*|haath|baazu|bazu|gardan)\s+(?:tor|tod|toor|todh)\s*(?:dega|degi|denge|diya|"
    r"di|doonga|dunga)\b",
    # affairs put in order "for after I die"
    r"میرے\s+مرنے\s+کے\s+بعد|جب\s+میں\s+نہیں\s+رہوں|\bmere\s+marne\s+ke\s+baad\b|\bjab\s+(?:main|mai|"
    r"mein)\s+(?:nahi|nahin)\s+rah(?:un|oon|u)(?:gi|ga)\b",
    r"حجاب\s+(?:\S+\s+)?کھینچ|\bhijab\s+(?:\w+\s+)?(?:kheench|khench|khainch)",
    r"\bdrugs?\s+(?:\w+\s+){0,4}(?:bhejte|bhejta|bhejti|bheja|le\s+jane|pahunchane|bechne|"
    r"bechwate)\b",
    # a child at risk
    r"(?:بچے|بچی|بچوں|بچہ)\s+(?:کو|پر)\s+(?:\S+\s+)?(?:مارت|مارا|تشدد|زیادتی|پیٹت)",
    r"(?:بچے|بچوں)\s+(?:\S+\s+)?اکیلے|بچوں\s+کو\s+کھانا\s+نہیں",
    r"\bbach(?:on|chon|che|chay|i|ay|e)\s+(?:ko|par)\s+(?:\w+\s+)?(?:maa?rt[aie]|peett?[aie]|"
    r"khana\s+(?:nahi|nahin|nai)\s+(?:dete|deta|deti|milta))\b",
    # in danger
    r"میں\s+محفوظ\s+نہیں|خود\s+کو\s+محفوظ\s+محسوس\s+نہیں|محفوظ\s+نہیں\s+(?:ہوں|ہے)",
    r"خطرے\s+میں\s+(?:ہوں|ہیں|ہے)|khatre\s+mein",
    # many sleeping pills taken; locked in the house; anything for honour
    r"\b(?:bohat|bahut|bohot|saari|sari|sab|zyada|ziada)\s+(?:\w+\s+){0,2}(?:goliyan|goliya|golian|"
    r"dawaiyan|pills|tablets)\s+(?:kha|khaa|le)\s+(?:li|lee|lin|liye|lein)\b",
    r"\bmujhe\s+(?:ghar|kamre|kamray)\s+(?:mein|mai|me)\s+band\s+kar\s+(?:diya|dia|rakha|dete)\b|"
    r"\bizzat\s+(?:ke\s+liye|ki\s+khatir)\b.{0,40}\bkuch\s+bhi\s+kar\w*",
    # all the tablets meant for tonight, or decided on
    r"^(?=.*(?:آج\s+رات|سوچ\s+لیا|فیصلہ\s+کر\s+لیا|ارادہ))(?=.*(?:ساری|سب|بہت\s+ساری|ڈھیر\s+ساری)\s+"
    r"(?:\S+\s+){0,2}(?:گولیاں|دوائیاں|دوائیں|ٹیبلٹس)\s+(?:\S+\s+)?(?:ایک\s+ساتھ\s+)?(?:کھا|نگل)\s+"
    r"(?:لوں|جاؤں))",
    # put out of the home: by a landlord, or a night on the street ahead
    r"مالک\s+مکان\s+(?:\S+\s+){0,3}(?:تالے\s+بدل\s+د|سامان\s+(?:\S+\s+)?باہر\s+پھینک|گھر\s+سے\s+نکال\s+د)|"
    r"(?:مجھے|ہمیں|انہیں|ان\s+کو|اسے)\s+(?:\S+\s+)?گھر\s+سے\s+(?:باہر\s+)?نکال\s+د|(?:رات|راتیں)\s+"
    r"(?:\S+\s+)?سڑک\s+پر\s+(?:گزار|سو)|سڑک\s+پر\s+(?:رات\s+)?(?:گزارنے|گزارنی|سونا\s+پڑ|سو\s+رہ)|"
    r"(?:سونے|رہنے)\s+کی\s+(?:کوئی\s+)?جگہ\s+نہیں",
    # many tablets at once, in Urdu script; "at once" in the Latin spelling
    r"(?:بہت\s+ساری|ساری|سب|بہت\s+سی|ڈھیر\s+ساری|پورا\s+پتا|پندرہ|بیس|تیس|[0-9۰-۹]{2})\s+(?:\S+\s+){0,2}(?:گولیاں|"
    r"دوائیاں|دوائیں|ٹیبلٹس)\s+(?:\S+\s+)?(?:ایک\s+ساتھ\s+)?(?:کھا\s+لی|نگل\s+لی)|\b(?:goliyan|"
    r"goliya|golian|dawaiyan|pills|tablets)\s+(?:\w+\s+)?(?:ek\s+saath|ek\s+sath|ikatthi|ikathi)\s+"
    r"(?:kha|khaa|nigal)\s+(?:li|lee|lin|liye|lein)\b",
    # an older parent robbed or neglected by a carer or family; kept without food or medicine
    r"(?:پنشن|پینشن)\S*\s+(?:\S+\s+){0,2}(?:لے\s+لیت|چھین|رکھ\s+لیت|ہڑپ|چوری)|\b(?:pension|"
    r"pinshan)\s+(?:\w+\s+){0,2}(?:le\s+let[aei]|chh?een|chh?in|rakh\s+let[aei]|hadap|chori)",
    r"(?:مجھے|امی\s+کو|ابو\s+کو|انہیں|ماں\s+کو|دادی\s+کو|نانی\s+کو|دادا\s+کو|نانا\s+کو)\s+"
    r"(?:\S+\s+)?(?:کھانا|دوائی|دوا)\s+(?:بھی\s+)?نہیں\s+دیت|\b(?:mujhe|ammi\s+ko|abbu\s+ko|"
    r"unhe|unhein|maa\s+ko|dadi\s+ko|nani\s+ko|dada\s+ko|nana\s+ko)\s+(?:\w+\s+){0,2}(?:khana|"
    r"dawai|dawa|dawaai)\s+(?:bhi\s+)?(?:nahi|nahin|nai)\s+(?:dete|deti|deta|detay)\b",
    # (not a story told at the assembly and discussed as an example)
    r"^(?!.*\b(?:the\s+story|a\s+story|good\s+example|the\s+debate)\b)"
    r"(?=.*(?:دیکھ\s*بھال\s+کرنے\s+وال|کیئرر|نرس|dekh\s*bh?aa?l\s+karne\s+wal|carer|care\s+"
    r"worker))(?=.*(?:نیل|مارت|بھوکا|بھوکی|پنشن|پینشن|\bneel(?:e|ay)?\b|\bmaa?rt[aie]\b|\bbh?ooki?a?\b|"
    r"\bpension))",
    r"(?:دوائی|دوا)\S*\s+(?:بھی\s+)?(?:چھپا|چھین)\s+(?:دیت|لیت)|تالا\s+لگا\s+کر\s+رکھت|(?:مجھے|انہیں)\s+"
    r"(?:\S+\s+){0,3}تالا|\b(?:dawai|dawa)\s+(?:bhi\s+)?(?:chhupa|chupa|chheen)\s+(?:deti|deta|"
    r"dete|leti|leta)\b|\b(?:tala|taala)\s+laga\s+(?:kar|ke)\s+rakh(?:te|ta|ti)\b|\b(?:mujhe|unhe|"
    r"unhein)\s+(?:\w+\s+){0,3}(?:tala|taala)\b",
    # alone and panicking: no breath, with no one there or the heart racing
    r"^(?=.*سانس\s+نہیں\s+(?:آ|لے))(?=.*(?:اکیل|کوئی\s+جواب|دل\s+(?:بہت\s+)?(?:تیز|زور)))|"
    r"^(?=.*\bsaa?ns\s+(?:nahi|nahin|nai)\s+(?:aa|a|le))(?=.*(?:\bakel[aiy]|koi\s+jawab|dil\s+"
    r"(?:bohat\s+|bahut\s+)?(?:tez|zor)))",
    # honour and a refused match; found by an ex
    r"\b(?:izzat|ghairat|izat)\s+(?:ke\s+liye|ki\s+khatir|ki\s+khaatir|ke\s+naam\s+par|ki\s+"
    r"wajah\s+se)\b.{0,50}\b(?:maa?r\s+(?:denge|dega|dalenge|daalenge|dale?ga)|qatl)|\b(?:inkaa?r|"
    r"mana)\s+(?:kiya|kia|karun|karungi|karoon)\b.{0,60}\b(?:maa?r\s+(?:denge|dega|dalenge|"
    r"daalenge|dale?ga)|qatl|zinda\s+nahi)",
    r"(?:عزت|غیرت)\s+(?:کے\s+لیے|کی\s+خاطر|کے\s+نام\s+پر).{0,50}(?:مار\s+(?:دیں|دے|ڈال)|قتل)|"
    r"انکار\s+(?:کیا|کروں).{0,60}(?:مار\s+(?:دیں|دے|ڈال)|قتل|زندہ\s+نہیں)",
    r"(?:سابق|پہلا|پہلے)\s+(?:شوہر|خاوند|منگیتر)\s+(?:\S+\s+){0,4}(?:ڈھونڈ\s+لیا|پتہ\s+(?:چل|لگا)|گھر\s+"
    r"کے\s+باہر)|\b(?:sabiq|pehla|pehle|purana|ex)\s+(?:shohar|shauhar|khawind|husband)\s+(?:\w+\s+)"
    r"{0,4}(?:dhoond|dhoondh|dhund)\s+(?:liya|lia|li)\b",
)

# A threat to kill the writer: "شوہر آج رات مجھے مار ڈالے گا", "کہتا ہے اگر میں گئی تو مجھے مار
# دے گا", "wo mujhe maar dega", "tujhe maar dunga" written on the door; not "امی مجھے مار ڈالیں
# گی اگر دیر ہوئی", "yeh garmi mujhe maar degi", "usko maar dunga, mera cake kha gaya".
_UR_KILLS_ME = r"مجھے\s+(?:\S+\s+){0,2}(?:مار\s+(?:ڈالے|دے|ڈال\s+دے)\s*گا|جان\s+سے\s+مار)"
_UR_KILLS_ME_LATIN = (
    r"\b(?:mujhe|mujhay|mje)\s+(?:\w+\s+){0,2}(?:(?:maar|mar)\s+(?:dega|dalega|daalega|de\s+ga|"
    r"dale\s+ga|daale\s+ga|dal\s+dega)|jaan\s+se\s+(?:maar|mar))\b"
)
URDU_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:دیر|لیٹ))(?=.*(?:وہ|شوہر|خاوند|میاں|منگیتر|کہتا|کہا|کہہ|دھمکی|آج\s+رات|"
    r"اگر\s+(?:\S+\s+){0,3}"
    r"(?:گئی|گیا|جاؤں|بتایا|بتاؤں|چھوڑ|انکار|پولیس|طلاق|بھاگ))\S*\s+"
    r"(?:\S+\s+){0,6}" + _UR_KILLS_ME + ")",
    r"^(?!.*\b(?:late|der|dair)\b)(?=.*\b(?:wo|woh|shohar|shauhar|khawand|miyan|kehta|kaha|"
    r"dhamki|aaj\s+raat|agar\s+(?:\w+\s+){0,3}?(?:gayi|gai|gaya|jaun|bataya|"
    r"bataun|chora|chhoda|inkar|police|talaq|bhaag))\b(?:\W+\w+){0,6}?\W+"
    + _UR_KILLS_ME_LATIN
    + ")",
    # said by them, in the plural or as "finish me" ("bhai keh rahe hain aaj raat aa ke mujhe
    # khatam kar denge"); not "ye assignment mujhe khatam kar dega", "abbu kehte hain late hua to
    # mujhe maar denge"
    r"^(?!.*\b(?:late|der|dair|kaam|exam|imtihan|paper|assignment|padhai|garmi|sardi|thand|"
    r"traffic|naukri|job)\b)(?=.*\b(?:keh|kehta|kehte|kehti|kaha|kahte|bol|bola|bolte|"
    r"dhamki)\b(?:\W+\w+){0,8}?\W+(?:mujhe|mujhay|mje)\s+(?:\w+\s+)?(?:khatam\s+kar|maa?r|"
    r"maa?r\s+daa?l|jaa?n\s+se\s+maa?r)\s+(?:denge|dega|dalenge|daalenge|dalega|daalega|"
    r"de\s+ga|den\s+ge)\b)",
    r"^(?=.*(?:تجھے|تمہیں)\s+(?:جان\s+سے\s+)?مار\s+(?:دوں|ڈالوں)\s*گا)(?=.*(?:لکھا|لکھ|دروازے|"
    r"دیوار|میسج))|^(?=.*\b(?:tujhe|tumhe)\s+(?:jaan\s+se\s+)?(?:maar|mar)\s+(?:dunga|doonga|"
    r"dalunga|daalunga)\b)(?=.*\b(?:likha|likh|darwaz\w*|deewar|diwar|message|msg)\b)",
    # the same threat said with a knife or a gun shown ("chaku dikha ke kaha aaj raat tumhe maar
    # dunga"); not "FIFA mein tumhe maar dunga" with no weapon
    r"^(?=.*(?:تجھے|تمہیں)\s+(?:جان\s+سے\s+)?مار\s+(?:دوں|ڈالوں)\s*گا)(?=.*(?:چاقو|چھری|بندوق|"
    r"پستول)\s+(?:\S+\s+)?(?:دکھا|نکال|لہرا))|^(?=.*\b(?:tujhe|tumhe)\s+(?:jaan\s+se\s+)?"
    r"(?:maar|mar)\s+(?:dunga|doonga|dalunga|daalunga)\b)(?=.*\b(?:chaku|chaaku|chhuri|churi|"
    r"chhura|bandook|banduk|pistol|katta)\s+(?:\w+\s+)?(?:dikha|dikhaa|nikal|lehra)\w*)",
)

# A threat to take away a daughter, a son or a wife if a loan or money is not paid or the police
# are told ("kal tak paise nahi diye to meri beti ko utha lenge", "ورنہ تمہاری بیٹی کو اٹھا لیں
# گے"); not a child picked up from school, with the fees paid.
_UR_TAKEN_LATIN = (
    r"\b(?:meri|mere|hamari|hamare|humari|humare|teri|tere|tumhari|tumhare|aap\s+ki|uski|uske)\s+"
    r"(?:beti|bete|beta|betiyon|bachi|bachchi|bacchi|bachche|bacche|bachon|bachchon|biwi|bivi|"
    r"behen|bahen|behan|bhai|ammi|maa)\s+ko\s+(?:\w+\s+)?(?:utha|uthaa|uthwa|uthva|kidnap\s+kar|"
    r"agwa\s+kar|aghwa\s+kar|gayab\s+kar)\s+(?:(?:kar|ke)\s+)?(?:le\s+)?(?:lenge|len\s*ge|"
    r"lein\s*ge|lega|le\s*ga|jayenge|jaenge|jaayenge|jayega|jaega|denge|dega)\b"
)
_UR_OR_ELSE_LATIN = (
    r"\b(?:nahi|nahin|nai|na)\s+(?:\w+\s+){0,2}?(?:diye|diya|di|lautaye|lautaya|chukaye|"
    r"chukaya|kiye|kiya|mile|mila)\s+to\b|\b(?:warna|varna|wagarna|nahi\s+to|nahin\s+to)\b|"
    r"\bpolice\s+(?:\w+\s+)?(?:bataya|batayi|gaye|gayi|gai|ko\s+bola)\s+to\b|\bdhamki"
)
_UR_TAKEN = (
    r"(?:میری|میرے|ہماری|ہمارے|تمہاری|تمہارے|تیری|تیرے|اس\s+کی)\s+(?:بیٹی|بیٹے|بیٹا|بچی|بچے|"
    r"بچوں|بیوی|بہن)\s+کو\s+(?:\S+\s+)?(?:اٹھا|اغوا\s+کر|غائب\s+کر)\s+(?:(?:کر|کے)\s+)?(?:لے\s+)?"
    r"(?:لیں\s*گے|لے\s*گا|جائیں\s*گے|جائے\s*گا|دیں\s*گے)"
)
_UR_OR_ELSE = r"ورنہ|نہیں\s+تو|نہ\s+(?:\S+\s+)?دی[ےا]?\s+تو|نہیں\s+(?:\S+\s+)?دی[ےا]?\s+تو|دھمکی"
URDU_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_TAKEN_LATIN, _UR_OR_ELSE_LATIN),
    "^" + every_one_of(_UR_TAKEN, _UR_OR_ELSE),
)

# Someone's own arms, wrists or thighs cut ("اس نے اپنے بازو بلیڈ سے کاٹ لیے ہیں", "apni kalai
# kaat li"), or cut with a blade and bleeding that will not stop now; not a finger cut chopping
# onions, a fall on glass, thread cut with a blade, a shaving cut, nor bleeding stopped since.
_UR_LIMB = r"(?:بازو|بازوؤں|کلائی|کلائیوں|کلائیاں|رگ|رگیں|رگوں|ران|رانوں|ٹانگوں|ٹانگیں)"
_UR_LIMB_LATIN = r"(?:bazu|baazu|bazoo|kalai|kalaai|kalaiyan|rag|ragen|ragein|raan|taangen)"
_UR_BLADE = r"(?:بلیڈ|ریزر|استرے|استرا)"
_UR_BY_ACCIDENT = (
    r"گرتے|گرنے|گر\s+کر|گر\s+گئ|حادث|غلطی\s+سے|سبزی|پیاز|شیو|\bgir(?:te|ne|a|i|\s+kar)\b|"
    r"\bsabzi\b|\bshave\b"
)
URDU_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_UR_BY_ACCIDENT}))(?=.*(?:(?:اپنے|اپنی|اپنا)\s+(?:دونوں\s+)?{_UR_LIMB}\s+"
    rf"(?:\S+\s+){{0,3}}کاٹ|{_UR_BLADE}\s+سے\s+(?:\S+\s+){{0,2}}{_UR_LIMB}\s+(?:\S+\s+)?کاٹ|"
    rf"\b(?:apne|apni|apna)\s+(?:dono\s+)?{_UR_LIMB_LATIN}\s+(?:\w+\s+){{0,3}}(?:kaat|kat)\s*"
    r"(?:liye|li|lia|liya|diye|di|rahi|raha|leti|leta)\b))",
    rf"^(?!.*(?:{_UR_BY_ACCIDENT}))(?=.*(?:{_UR_BLADE}|\b(?:blade|razor)\b))(?=.*(?:خون\s+"
    r"(?:ابھی\s+(?:تک\s+)?)?(?:نہیں\s+رک|رک\s+نہیں|بند\s+نہیں\s+ہو)\s+(?:رہا|رہی)(?!\s+تھ)|"
    r"\b(?:khoon|khun)\s+(?:abhi\s+(?:tak\s+)?)?(?:nahi|nahin|nai)\s+(?:ruk|rukk)\s+(?:raha|rha)"
    r"\b(?!\s+th)))",
)

# Jumping from a height said as what someone will do, in the Latin spelling ("wo bridge se kood
# jayegi", "chhat se kood jaunga", "train ke aage kood jaungi"), said by the writer or of
# someone; not a bungee jump or a dive, nor a joke over a lost match.
_UR_HEIGHT_LATIN = (
    r"\b(?:(?:pul|pull|bridge|chhat|chhatt|chat|terrace|building|imarat|balcony|balkoni)\s+"
    r"(?:se|sey|say)|(?:train|metro|gaa?di|gaa?ri)\s+ke\s+(?:aage|neeche|samne|saamne))"
)
_UR_WILL_JUMP_LATIN = (
    r"(?:kood|kud|kuud|chh?ala+ng\s+laga)\s*(?:jaungi|jaunga|jaun|jaoon|jaoongi|jaoonga|jaaungi|"
    r"jaaunga|jaugi|jauga|jayegi|jaegi|jayega|jaega|jaayegi|jaayega|jayenge|jaenge|dungi|dunga|"
    r"doongi|doonga)\b"
)
_UR_NOT_A_PLAN_LATIN = (
    r"bungee|bungy|swimming|diving|dive|parachute|skydiv|stunt|mazak|mazaak|joke|\blol\b|\bhaha|"
    r"\bmatch\b|😂|🤣"
)
URDU_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_UR_NOT_A_PLAN_LATIN}))"
    rf"(?=.*{_UR_HEIGHT_LATIN}\s+(?:\w+\s+)?{_UR_WILL_JUMP_LATIN})",
)

# A wife beaten or threatened by her in-laws, or over a dowry ("sasural wale dahej ke liye
# maarte hain", "saas maarti hai", "jala denge"); not in-laws who chat ("gappe maarte hain"),
# swat a mosquito or never hit, food burnt ("khana jala diya"), nor a mother-in-law in a serial.
_UR_IN_LAWS_LATIN = (
    r"\b(?:sasu?ra+l\s*(?:wal[eo]n?)?|susral\s*(?:wal[eo]n?)?|saas|sasur|jeth|jethani|devar|"
    r"nanad|nand)\b"
)
_UR_NOT_A_BLOW = (
    r"(?!(?:taane|tane|gapp?e|gap|chh?akk\w*|chakkar|awaa?z|jhaa?du|pochh?a|machh?ar|makkhi|"
    r"cockroach|nahi|nahin|na)\b)"
)
_UR_BEATS_LATIN = (
    r"(?:maa?rt[eia]|pee?tt?[eia]|maa?ra|pee?ta|jala\s+(?:denge|dege|dalenge|dalegi|dene\s+ki))\b"
)
URDU_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*\b(?:serial|drama|film|movie)\b)(?=.*{_UR_IN_LAWS_LATIN}\s+(?:ne\s+)?"
    rf"(?:{_UR_NOT_A_BLOW}\w+\s+){{0,5}}?{_UR_BEATS_LATIN})",
    r"\b(?:dahej|dahez|jahez|jahej|dowry)\s+(?:ke\s+liye|ki\s+wajah\s+se|ke\s+karan|ke\s+chakkar"
    r"\s+(?:mein|me))\s+(?:\w+\s+){0,3}?(?:maa?rt|pee?tt?|maa?r\s+(?:dalenge|denge|diya)|jala\s+"
    r"(?:denge|dege|dalenge|dete|diya|dene)|ghar\s+se\s+nikal)",
)

# A child blackmailed for pictures (sextortion): pictures asked for ("tasveerein mangta hai"),
# and a threat to send the earlier ones to everyone if none come ("nahi bheji to sab ko bhej
# dega"); and despair in the words themselves ("mar jaun to acha hai"). Not pictures a school
# asks for an ID card, nor "haaye main mar jaun" at a baby.
_UR_PICTURES_ASKED = (
    r"\b(?:tasv[ei]e?r\w*|photo\w*|foto\w*|pics?|pictures?|video\w*|nudes?)\s+(?:\w+\s+){0,2}?"
    r"(?:maa?ng(?:ta|ti|te|a|i|e|ne)?|bhejne\s+ko\s+(?:kehta|kehti|kaha|bola))\b"
)
_UR_OR_ELSE_SENT = (
    r"\b(?:nahi|nahin|nai|na)\s+(?:\w+\s+)?(?:bheji|bheja|bheje|bhejo|bhejega|bhejegi|di|diya|"
    r"diye)\s+to\b|\b(?:warna|varna|nahi\s+to|nahin\s+to)\b"
)
_UR_SHARED_WITH_ALL = (
    r"\b(?:sab\s*ko|sab\s+logon\s+ko|sare\s+logon\s+ko|ghar\s+walon\s+ko|family\s+ko|dost(?:on|o)"
    r"\s+ko|school\s+(?:mein|me)|internet\s+(?:pe|par)|online)\s+(?:\w+\s+)?(?:bhej|daal|dal|"
    r"share\s+kar|viral\s+kar|post\s+kar|dikha)\s*(?:dega|denge|doonga|dunga|degi|dalega|dalenge|"
    r"dalunga|de\s+ga)\b|\bviral\s+kar\s+(?:dega|denge|dunga|doonga)\b"
)
URDU_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_PICTURES_ASKED, _UR_OR_ELSE_SENT, _UR_SHARED_WITH_ALL),
    r"\bmar\s+ja(?:u|o|oo|au|aa)n?\s+to\s+(?:hi\s+)?(?:acha|achha|accha|acchha|behtar|theek)\b|"
    r"\bmar\s+jana\s+(?:hi\s+)?(?:behtar|acha|achha)\b",
)

# Someone with dementia who has not come back ("دادا جان کو ڈیمنشیا ہے، صبح سے گھر نہیں آئے",
# "subah se ghar nahi aaye", "lapata"); not one at home resting, nor one out who has phoned.
_UR_DEMENTIA = (
    r"ڈیمنشیا|ڈیمینشیا|الزائمر|بھولنے\s+کی\s+بیماری|\bdementia\b|\balzh?eimer\w*|"
    r"\bbhoolne\s+ki\s+bimari\b"
)
_UR_NOT_BACK = (
    r"(?:صبح|رات|کل|دوپہر|شام|گھنٹوں|گھنٹے|[0-9۰-۹]+\s+گھنٹ\S*)\s+سے\s+(?:\S+\s+){0,2}نہیں\s+"
    r"(?:آئے|آئی|آیا|لوٹے|لوٹی|لوٹا|ملے|ملی|ملا)|لاپت|\b(?:subah|subha|raat|kal|dopahar|"
    r"shaam|ghanton|\d+\s+ghante)\s+se\s+(?:\w+\s+){0,2}(?:nahi|nahin|nai)\s+(?:aaye|aayi|aai|"
    r"aaya|aya|lote|laute|lauti|mile|mili|mila)\b|\blapata\b"
)
_UR_HAS_RUNG = r"فون\s+(?:کیا|آیا)|بتا\s+کر\s+گئے|\bphone\s+(?:kiya|aaya)\b|\bbata\s+ke\s+gaye\b"
URDU_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_UR_HAS_RUNG}))" + every_one_of(_UR_DEMENTIA, _UR_NOT_BACK),
)

# A daughter, sister or girl under 18 (in digits or words: "پندرہ سال کی") whose marriage the
# family is arranging or says will be held ("میری بیٹی 15 سال کی ہے، ابو اس کی شادی کروانا
# چاہتے ہیں", "behen 16 saal ki hai, uska nikah karwa rahe hain", "وہاں اس کا نکاح ہوگا"),
# or a girl taken back home to be married while she cries or does not want it; not a cousin's
# wedding she will go to, nor a grown daughter's wedding.
_UR_UNDER_18 = (
    r"(?:(?<![0-9۰-۹])(?:1[0-7]|۱[۰-۷])|(?<!\S)(?:دس|گیارہ|بارہ|تیرہ|چودہ|پندرہ|سولہ|سترہ))\s+"
    r"(?:سال|برس)\s+(?:کی|کا)\s+(?:ہے|ہیں|ہو|تھی)"
)
_UR_UNDER_18_LATIN = r"(?<!\d)1[0-7]\s+(?:saal|sal|baras)\s+(?:ki|ka)\s+(?:hai|he|h|hain|thi)\b"
_UR_HER_MARRIAGE = (
    r"(?:اس|ان|بیٹی|بہن|بچی|لڑکی|بھتیجی|بھانجی|نواسی|پوتی)\s+(?:کی|کا)\s+(?:شادی|نکاح|رشتہ)\s+"
    r"(?:\S+\s+){0,3}(?:کروا|کرا|کر\s+(?:دی|دے|دیں)|کرنا\s+چاہ|کرنی|طے|پکا|پکی|ہو\s*(?:گا|گی)|"
    r"ہونا\s+ہے|ہو\s+رہا|ہو\s+رہی)"
)
_UR_HER_MARRIAGE_LATIN = (
    r"\b(?:(?:us|un|beti|behen|behan|bachi|bachchi|larki|ladki)\s+(?:ki|ka)|uski|unki|uska|"
    r"unka)\s+(?:shaa?di|nikk?ah|rishta)\s+(?:\w+\s+){0,3}(?:karwa|kara|kar\s+(?:di|de|den|"
    r"denge|dena)\b|karna\s+chah|karni|tay|tai|pakk|ho\s*(?:ga|gi)\b|hona\s+(?:hai|he)\b|"
    r"ho\s+(?:raha|rahi)\b)"
)
_UR_TAKEN_HOME_TO_WED = (
    r"(?:پاکستان|بنگلہ\s*دیش|کشمیر|گاؤں|وطن|واپس)\s+(?:\S+\s+)?لے\s+(?:جا|جانا|جائیں|جائے)\S*\s+"
    r"(?:\S+\s+){0,4}(?:شادی|نکاح)|\b(?:pakistan|bangladesh|kashmir|gaon|gaaon|watan|wapas)\s+"
    r"(?:\w+\s+)?le\s+(?:ja|jaa|jana|jaenge|jayenge)\s+(?:\w+\s+){0,4}(?:shaa?di|nikk?ah)\b"
)
_UR_SHE_DOES_NOT_WANT = (
    r"روتی|نہیں\s+(?:چاہتی|کرنا|کرنی)|مرضی\s+کے\s+(?:بغیر|خلاف)|ڈرتی|زبردستی|\broti\s+"
    r"(?:rehti|rahti|hai)\b|\b(?:nahi|nahin|nai)\s+(?:chahti|karna|karni)\b|\bmarzi\s+ke\s+"
    r"(?:bagh?air|khilaf|bina)\b|\bdarti\b|\bzabardasti\b"
)
URDU_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_UNDER_18, _UR_HER_MARRIAGE),
    "^" + every_one_of(_UR_UNDER_18_LATIN, _UR_HER_MARRIAGE_LATIN),
    "^" + every_one_of(_UR_TAKEN_HOME_TO_WED, _UR_SHE_DOES_NOT_WANT),
)

# A wife kept in by a threat from her husband or his family: if she goes out, she will not be
# let back in, the children will be taken, or she will be divorced ("shohar kehte hain agar main
# ghar se bahar gayi to wapas nahi aane denge aur bachay le jayenge"); not a husband's errand
# ("agar main bahar gayi to doodh le aana"), nor a hostel's door shut at night.
_UR_KIN_LATIN = (
    r"\b(?:shohar|shauhar|khawand|khawind|miyan|pati|sasural|susral|saas|sasur|abbu|abba|bhai|"
    r"devar|jeth)\b"
)
_UR_IF_I_GO_LATIN = (
    r"\bagar\s+(?:main|mai|mein|me)\s+(?:\w+\s+){0,4}?(?:gayi|gai|gaya|nikli|nikla|jaun|jaoon|"
    r"gayi)\s+(?:to|tou|toh)\b"
)
_UR_KEPT_OUT_LATIN = (
    r"\b(?:wapas|wapis|vapas|andar|ghar\s+(?:mein|me))\s+(?:nahi|nahin|nai)\s+(?:aane|aanay|"
    r"ghusne|rehne)\s+(?:denge|dega|dengi|degi|de\s+ga|den\s+ge)\b|\bbach(?:ay|e|che|chay|chon|"
    r"on|ey)\s+(?:bhi\s+)?(?:(?:mujh\s*se|mujhse)\s+)?(?:le\s+(?:jayenge|jaenge|jaayenge|"
    r"jayega|jaega|lenge)|chh?ee?n\s+(?:lenge|lega|len\s*ge))\b|\btalaq\s+de\s+(?:denge|dega)\b"
)
_UR_KIN = r"شوہر|خاوند|میاں|سسرال|ساس|سسر|ابو|ابا|بھائی|دیور|جیٹھ"
_UR_IF_I_GO = r"اگر\s+میں\s+(?:\S+\s+){0,4}(?:گئی|گیا|نکلی|نکلا|جاؤں)\s+تو"
_UR_KEPT_OUT = (
    r"(?:واپس|اندر)\s+(?:\S+\s+)?نہیں\s+(?:آنے|گھسنے|رہنے)\s+(?:دیں|دے)\s*(?:گے|گا|گی)|"
    r"بچ(?:ے|وں)\s+(?:کو\s+)?(?:بھی\s+)?(?:مجھ\s+سے\s+)?(?:لے\s+(?:جائیں|جائے)|چھین\s+"
    r"(?:لیں|لے))\s*(?:گے|گا|گی)|طلاق\s+دے\s+(?:دیں|دے)\s*(?:گے|گا)"
)
URDU_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_KIN_LATIN, _UR_IF_I_GO_LATIN, _UR_KEPT_OUT_LATIN),
    "^" + every_one_of(_UR_KIN, _UR_IF_I_GO, _UR_KEPT_OUT),
)

# In the Latin spelling, half in English: a writer under 18 whose marriage the family will make,
# with a flight or a trip back home for it or her "no" ("booking a flight to Pakistan for me,
# shaadi karwa denge, I'm 17"); not a sister's or a cousin's wedding ("uski shaadi", "behen ki
# shaadi") the writer goes to.
_UR_I_AM_UNDER_18 = (
    r"\b(?:i\s*'?m|i\s+am|main|mai|mein)\s+(?:only\s+|just\s+|sirf\s+|bas\s+)?1[0-7]\b"
    r"(?!\s*(?:mins?|minutes?|hours?|km|miles?|kg|%))"
)
_UR_TO_BE_WED_LATIN = (
    r"(?<!ki\s)(?<!ka\s)(?<!'s\s)\b(?:shaa?di|nikk?ah)\s+(?:kar|karwa|kara)\s+(?:denge|dege|"
    r"dengi|dega|rahe\s+(?:hain|hai|he))\b"
)
_UR_SENT_OR_UNWILLING_LATIN = (
    r"\b(?:flight|ticket|pakistan|bangladesh|kashmir|back\s+home|watan|gaon|passport)\b|"
    r"\b(?:nahi|nahin|nai)\s+(?:karni|karna|chahti)\b|\bdon'?t\s+want\b|\bzabardasti\b"
)
URDU_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_I_AM_UNDER_18, _UR_TO_BE_WED_LATIN, _UR_SENT_OR_UNWILLING_LATIN),
)

# Half in English: thinking, every night or all the time, of ending it ("har raat sochti hoon to
# end it", "sochta rehta hoon to kill myself"); not a meeting, a job or a relationship to end
# ("sochti hoon to end it with him").
_UR_THINKING_LATIN = (
    r"\bsoch(?:ti|ta|te)\s+(?:rehti\s+|rehta\s+|rahti\s+|rahta\s+)?(?:hoon|hun|hu|hain|"
    r"rehti|rehta)\s+(?:ke\s+|ki\s+|k\s+)?"
)
_UR_END_IT = (
    r"(?:to\s+end\s+(?:it|my\s+life|everything|it\s+all)|to\s+kill\s+myself)"
    r"(?!\s+(?:with|early|by|before|after|soon|there)\b)"
)
URDU_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:meeting|session|class|course|job|naukri|rishta|relationship|contract|game|"
    r"series|argument|jhagda|fight|subscription)\b)(?=.*" + _UR_THINKING_LATIN + _UR_END_IT + ")",
)

# A husband or his family who says he will beat the writer if she goes out ("کہتے ہیں اگر میں
# اسمبلی گئی تو مجھے ماریں گے"); not a mother's telling-off ("امی مجھے ماریں گی"), nor a husband
# who will come to fetch her if she goes.
_UR_WILL_BEAT_ME = r"مجھے\s+(?:\S+\s+){0,2}مار(?:یں|ے)\s*(?:گے|گا)"
URDU_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_KIN, _UR_IF_I_GO, _UR_WILL_BEAT_ME),
)

# Someone who says she or he will end themselves ("کہہ رہی ہے کہ آج رات خود کو ختم کر لے گی",
# "خود کو ختم کر لوں گا"); not work to finish oneself ("کام خود ختم کر لے گی").
URDU_PHRASES += (  # i18n-exempt: input
    r"خود\s+کو\s+(?:\S+\s+)?ختم\s+کر\s+(?:لے|دے|لوں|دوں)\s*(?:گی|گا)",
)

# Someone forced or dragged into a car ("ایک آدمی زبردستی اپنی گاڑی میں بٹھا رہا ہے", "zabardasti
# gaari mein daal ke le gaye"): by force, into a vehicle, seated, pushed, dragged or taken,
# with a person named; not a child who insists on sitting in the car, nor a friend who "forced"
# the writer into the car for a party.
_UR_SOMEONE = (
    r"بیٹی|بیٹے|بیٹا|بچے|بچی|بچوں|بہن|بھائی|بیوی|امی|ابو|لڑکی|لڑکے|عورت|آدمی|مجھے|اسے|انہیں|"
    r"دوست|میرے|میری"
)
_UR_FORCED_INTO_CAR = (
    r"زبردستی\s+(?:\S+\s+){0,3}(?:گاڑی|کار|وین|ٹیکسی|رکشے|رکشہ)\s+میں\s+(?:\S+\s+)?(?:بٹھا|ڈال|"
    r"دھکیل|کھینچ|گھسیٹ|لے\s+جا|لے\s+گئ|بند)|(?:گاڑی|کار|وین|ٹیکسی)\s+میں\s+(?:\S+\s+){0,2}"
    r"زبردستی\s+(?:\S+\s+)?(?:بٹھا|ڈال|دھکیل|کھینچ|گھسیٹ|لے\s+جا|لے\s+گئ)"
)
_UR_SOMEONE_LATIN = (
    r"\b(?:beti|bete|beta|bachay|bache|bachi|bacchi|behen|bahen|bhai|biwi|ammi|abbu|larki|"
    r"larke|ladki|ladke|aurat|mujhe|usay|use|unhe|dost|meri|mere)\b"
)
_UR_FORCED_INTO_CAR_LATIN = (
    r"\bzabardasti\s+(?:\w+\s+){0,3}(?:gaa?ri|gaadi|car|van|taxi|rickshaw)\s+(?:mein|me|main|"
    r"mai)\s+(?:\w+\s+)?(?:bitha|baitha|daal|dal|dhakel|kheench|khench|ghaseet|le\s+ja|le\s+ga|"
    r"band)"
)
_UR_FOR_FUN = r"^(?!.*(?:مزہ|مزے|پارٹی|دعوت|گھمانے|\b(?:maza|mazaa|maze|party|dawat|ghumane)\b))"
URDU_PHRASES += (  # i18n-exempt: input
    _UR_FOR_FUN + every_one_of(_UR_SOMEONE, _UR_FORCED_INTO_CAR),
    _UR_FOR_FUN + every_one_of(_UR_SOMEONE_LATIN, _UR_FORCED_INTO_CAR_LATIN),
)

# A carer who has not come today ("دیکھ بھال کرنے والی آج نہیں آئی", "carer nahi aayi"), with the
# person unable to get up, unfed since morning or without insulin or medicine; not a carer off
# with someone else there, nor her visit time.
_UR_CARER = r"(?:دیکھ\s*بھال\s+کرنے\s+وال|کیئرر|کیرر|\bdekh\s*bh?aa?l\s+karne\s+wal|\bcarer)"
_UR_NOT_COME = (
    r"(?:نہیں\s+(?:آئی|آیا|آئے|آئیں)|\b(?:nahi|nahin|nai)\s+(?:aayi|ayi|aaya|aya|aaye|aye))"
)
_UR_NEED_UNMET = (
    r"(?:اٹھ\s+نہیں\s+(?:سک|پا)|کچھ\s+نہیں\s+کھایا|(?:انسولین|دوائی|دوا)\s+(?:بھی\s+)?نہیں\s+"
    r"(?:لگی|ملی|لی|دی)|\buth\s+(?:nahi|nahin|nai)\s+(?:sak|pa)|\bkuch\s+(?:nahi|nahin|nai)\s+"
    r"khaya|\b(?:insulin|dawai|dawa)\s+(?:bhi\s+)?(?:nahi|nahin|nai)\s+(?:lagi|mili|li|di))"
)
# Breath gone odd ("saans ajeeb si le rahi hai") with a high fever or someone not getting up or
# coming round; not breath short after the stairs or a run.
_UR_BREATH_ODD = (
    r"(?:سانس\s+(?:\S+\s+){0,2}(?:عجیب|رک\s+رک|اکھڑ|مشکل\s+سے)|\bsaa?ns\s+(?:\w+\s+){0,2}"
    r"(?:ajeeb|ajib|ruk\s+ruk|ukhad|ukhar|mushkil\s+se))"
)
_UR_FEVER_OR_GONE = (
    r"(?:تیز\s+بخار|اٹھ\s+نہیں\s+(?:رہ|سک|پا)|ہوش\s+(?:میں\s+)?نہیں|\btez\s+bukhar|\b(?:uth|"
    r"jaag)\s+(?:nahi|nahin|nai)\s+(?:rahi|raha|rahe|sak|pa)|\bhosh\s+(?:mein\s+|me\s+)?(?:nahi|"
    r"nahin|nai))"
)
# Children unfed for days ("bachon ne 2 din se kuch nahi khaya"), or the food run out with no
# money or the children hungry; not a fast, a diet, a child off food with a stomach bug, nor food
# run out at a party.
_UR_CHILDREN_UNFED = (
    r"(?:(?:بچوں|بچے|بچی|بیٹی|بیٹے)\s+(?:نے\s+)?(?:\S+\s+){0,2}دن\s+سے\s+کچھ\s+نہیں\s+کھایا|"
    r"\bbach(?:on|chon|che|chay|i|e)\s+(?:ne\s+)?(?:\w+\s+){0,2}(?:din|dino|dinon|roz)\s+se\s+"
    r"kuch\s+(?:bhi\s+)?(?:nahi|nahin|nai)\s+khaya)"
)
_UR_FOOD_GONE = (
    r"(?:گھر\s+میں\s+(?:\S+\s+)?کھانا\s+ختم|"
    r"\bghar\s+(?:mein|me|main)\s+(?:\w+\s+)?khana\s+khatam)"
)
_UR_NO_MONEY_OR_HUNGRY = r"(?:پیسے\s+نہیں|بھوکے|\bpaise\s+(?:nahi|nahin|nai)|\bbh?ooke\b)"
_UR_NOT_HUNGER = (
    r"^(?!.*(?:روزہ|روزے|\broz[ae]\b|\bdiet\b|\bfast\b|\bpet\s+kharab|\bulti|\bbukhar|"
    r"\border|\bparty\b|\bdawat\b))"
)
URDU_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_UR_CARER, _UR_NOT_COME, _UR_NEED_UNMET),
    r"^(?!.*\b(?:seedhi|seedhiyan|stairs|gym|run|daud)\b)"
    + every_one_of(_UR_BREATH_ODD, _UR_FEVER_OR_GONE),
    _UR_NOT_HUNGER + every_one_of(_UR_CHILDREN_UNFED),
    _UR_NOT_HUNGER + every_one_of(_UR_FOOD_GONE, _UR_NO_MONEY_OR_HUNGRY),
)

# A beating named, in a question or told ("agar koi apni biwi ko maarta ho..."), beside a door
# being broken or banged on now ("wo abhi bhi bahar khara darwaza tod raha hai"); not the
# question alone, nor a workman breaking an old door to fit a new one.
_UR_A_BEATING = (
    r"(?:کو\s+(?:\S+\s+)?(?:مارت|پیٹت|مارا|پیٹا)|\bko\s+(?:\w+\s+)?(?:maa?rt[aeiy]|pee?tt?[aeiy]|"
    r"maa?ra|pee?ta)\b)"
)
_UR_DOOR_BROKEN_NOW = (
    r"(?:دروازہ\s+(?:\S+\s+)?(?:توڑ|پیٹ|ٹھوک|دھکیل|کھٹکھٹا)\s+(?:رہا|رہی|رہے)|"
    r"\bdarw?a+z[ae]+h?\s+"
    r"(?:\w+\s+)?(?:tod|tor|todh|peet|pit|thok|khatkha\w*|dhakel|dhakka\s+maar|laat\w*\s+maar)\s+"
    r"(?:raha|rahi|rahe|rha|rhi)\b)"
)
URDU_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:mistri|mistry|carpenter|naya\s+darwaza|lock\s+kharab)\b)"
    + every_one_of(_UR_A_BEATING, _UR_DOOR_BROKEN_NOW),
)

# A mind in crisis with a knife or axe taken up now: sure that neighbours or family put poison
# in their food, or that someone is after them, with a knife taken to someone's door ("پڑوسی
# کھانے میں زہر ڈال رہے ہیں ... چھری لے کر ان کے دروازے پر گئی ہیں"); not a knife taken up to
# cut vegetables, nor poison for rats.
_UR_PARANOID = (
    r"زہر\s+(?:\S+\s+)?(?:ڈال|ملا|دے)|(?:پیچھے\s+پڑے|جاسوسی\s+کر|مارنا\s+چاہتے)|"
    r"\b(?:zeher|zehar|zahar|zehr)\s+(?:\w+\s+)?(?:daal|dal|mila|de)\w*|\bpeechay?\s+pa?re\b"
)
_UR_ARMED_NOW = (
    r"(?:چھری|چاقو|کلہاڑی|ڈنڈا)\s+(?:\S+\s+)?(?:لے\s+کر|لے\s+کے|لیکر|اٹھا|ہاتھ\s+میں)|"
    r"\b(?:chhuri|churi|chhurri|chaku|chaaku|kulhari)\s+(?:\w+\s+)?(?:le\s*kar|le\s*ke|utha\w*|"
    r"haath\s+mein)\b"
)
URDU_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:سبزی|گوشت|پیاز|چوہ|\bsabzi|\bgosht|\bchooh))"
    + every_one_of(_UR_PARANOID, _UR_ARMED_NOW),
)
