"""The Bengali safeguarding phrase net (read by safeguarding_languages), in Bengali script and
in the Latin spelling people text in, standard and Sylheti ("amake mare", "amare mare").
Bengali puts the verb last, so a pattern is the person done to ("আমাকে", "নিজেকে") or the
despair word, then the verb. Bengali vowel signs are not word letters to `\\b`, so the script
patterns need no word edges; "\\S+" stands for a word. Text and patterns have been through
safeguarding_languages.fold: letters composed one way (a typed "য়" is one form) and the
chandrabindu dropped ("বাঁচতে" reads as "বাচতে"), so the patterns are written in ordinary
spelling.

Left alone: "খিদেয় মরে যাচ্ছি" (dying of hunger), "মরতে চাই না", "ছেলে গোল মেরেছে" (scored a
goal), "টাকা বাঁচাও" (save money), "রাস্তাটা নিরাপদ না", "আর হাঁটতে পারছি না" (can't walk any more),
"মা আমাকে মেরে ফেলবে" (mum will kill me, late), a carer's visit time, collecting a pension, a
stuffy room ("শ্বাস নিতে পারছি না" with no one alone), tablets a doctor says not to take together,
a grown-up sister's wedding, an office that won't give leave for one, being late leaving home, a
speaker at the session quoting what extremists say, a sister-in-law kept at home with a fever
("bhabi ke ghore rekheche", with no lock), a chest pain gone by last year, a heart attack's
signs named at a first-aid class, a chest cold, kept in by the rain or a fever ("brishti amake
ber hote dey na"), a phone lent and to be given back, "amake mere felbe" over an exam failed.

It also reads a heart attack's signs now (the chest pressed or in pain, with the left arm,
sweat or no breath) and a stroke's, said of the writer or of someone the writer writes for;
and, in the Latin spelling, a flat taken over by people who deal drugs or carry a knife there
("okhane dhuke ase, drugs bechche"), not a new family moved in next door; and an older
relative beaten by family or a pension taken ("deor take mare", "pension niye ney"); and the
writer's card or money kept by him beside her phone checked or her not let out alone; and, in
the Latin spelling, a room or house locked on the writer or a child, with her kept from going
out or someone inside; and, in both spellings, someone fallen and bleeding from the head, not
speaking or unable to get up (not a phone dropped, nor a child who fell and is fine), and someone
with dementia not found or not back (not glasses lost). And a landlord or his men forcing the
family out now (a door broken, belongings thrown out; not a lock to be mended), waters broken now
with the weeks, bleeding or no one home (not a birth told of), and a baby days old who will not
feed, is floppy or blue (not one feeding well); bleeding in a pregnancy (not a blood test), a
passport kept by an employer with pay held back (not one kept to be copied), a religious
teacher or coach who beats a child with a threat if told, and a husband who threatens to have
her sent back if she tells, or beats her (not a visa renewal). An older parent or grandparent
unfed or not let eat who cannot get up or is weak (not a fast), a person fallen into water or
through ice (not a phone dropped in it), and a fire with smoke no one can breathe in (not smoke
from cooking). Sex demanded with a job, visa or rent at stake, or forced with a sign it comes
again or a threat if told (not food pushed on someone); a home or shop being set alight now (not
a stove lit), and someone beaten now and called a slur (not a six hit at cricket).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

_BN_ME = r"(?:আমাকে|আমারে|আমায়)"
_BN_HARMS = (
    r"মারে|মারধর|মারছে|মেরেছে|মারত|মারলো|পেটায়|পেটাচ্ছে|পিটিয়েছে|হুমকি|ধর্ষণ|আটকে\s+রাখ|"
    r"নির্যাতন|ধাক্কা\s+দেয়|গলা\s+টিপে"
)

BENGALI_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    r"মরে\s+যেতে\s+(?:\S+\s+)?(?:চাই|ইচ্ছা|ইচ্ছে)|মরতে\s+(?:ইচ্ছা\s+কর|ইচ্ছে\s+কর|চাই(?!\s*না))|"
    r"মরে\s+যাওয়াই\s+(?:\S+\s+)?(?:ভালো|ভাল)",
    r"আত্মহত্যা\s+(?:\S+\s+)?(?:করব|করবো|করতে\s+চাই|করে\s+ফেলব|করার\s+কথা\s+ভাব)|আত্মহত্যার\s+"
    r"(?:কথা|চিন্তা)\s+(?:\S+\s+)?(?:ভাবছি|আসে|মাথায়|করছি)",
    r"নিজেকে\s+(?:শেষ|মেরে)\s+(?:করে\s+)?(?:দেব|দেবো|দিব|দিবো|ফেলব|ফেলবো|দিতে\s+চাই|ফেলতে\s+চাই)",
    r"বাঁচতে\s+(?:আর\s+)?(?:চাই\s+না|চাইনা|ইচ্ছা\s+করে\s+না|ইচ্ছে\s+করে\s+না)|বেঁচে\s+থাকার\s+"
    r"(?:কোনো\s+|কোন\s+)?(?:ইচ্ছা|ইচ্ছে|মানে|কারণ)\s+(?:নেই|নাই)|বেঁচে\s+থেকে\s+(?:কী|কি)\s+লাভ",
    r"জীবন(?:টা)?\s+শেষ\s+করে\s+(?:দেব|দিব|দিতে|ফেলব)|সব\s+শেষ\s+করে\s+দিতে\s+চাই|আমাকে\s+ছাড়া\s+"
    r"(?:\S+\s+){0,2}(?:ভালো|ভাল|সুখে|শান্তিতে)\s+থাকবে",
    # self-harm
    r"নিজেকে\s+(?:\S+\s+)?(?:কাটি|কাটছি|কেটেছি|আঘাত\s+কর|কষ্ট\s+দি|পুড়িয়ে|পোড়াই)|নিজের\s+"
    r"(?:\S+\s+)?ক্ষতি\s+(?:করি|করছি|করেছি|করতে\s+চাই)|(?:হাত|হাতে)\s+(?:\S+\s+)?কেটেছি\s+(?:ইচ্ছা|"
    r"ইচ্ছে)\s+করে",
    # all the tablets
    r"সব\s+(?:\S+\s+)?(?:ওষুধ|ঔষধ|ট্যাবলেট|বড়ি)\S*\s+(?:\S+\s+)?(?:খেয়ে\s+(?:ফেলেছি|ফেলব|নিয়েছি)|"
    r"খেয়েছি|খাব|খাবো|খেলাম)|(?:ওষুধ|ঔষধ|ট্যাবলেট|বড়ি)\S*\s+(?:সব|সবগুলো|সবগুলা)\s+(?:\S+\s+)?"
    r"(?:খেয়ে|খাব|খেয়েছি)|ঘুমের\s+ওষুধ\s+(?:অনেকগুলো|অনেক|এক\s+পাতা)\s+(?:খেয়ে|খেয়েছি)",
    r"(?:ওষুধ|ঔষধ|ট্যাবলেট|বড়ি)\S*\s+(?:\S+\s+)?(?:জমিয়ে|জমা\s+করে|লুকিয়ে)\s+(?:রেখেছি|রাখছি)",
    # violence, threats, control
    _BN_ME + rf"\s+(?:\S+\s+){{0,2}}(?:{_BN_HARMS})",
    r"গায়ে\s+হাত\s+(?:তোলে|তুলেছে|তুলে|তুলল|তোলে)|মেরে\s+ফেলার\s+হুমকি|ঘরে\s+(?:\S+\s+)?আটকে\s+"
    r"(?:রাখে|রেখেছে|রাখছে)|বাইরে\s+যেতে\s+দেয়\s+না",
    r"(?:পাসপোর্ট|ফোন|টাকা|কাগজপত্র)\S*\s+(?:\S+\s+)?(?:কেড়ে\s+(?:নিয়েছে|নেয়|নিছে)|লুকিয়ে\s+"
    r"রেখেছে)",
    # a mother, a sister or a wife beaten at home
    r"(?:মাকে|আম্মাকে|আম্মুকে|মায়েরে|বোনকে|স্ত্রীকে|বউকে|বৌকে|ভাবিকে|ভাবীকে)\s+(?:\S+\s+){0,2}"
    rf"(?:{_BN_HARMS})",
    # afraid of him, afraid to go home
    r"(?:ওকে|তাকে|ওনাকে|উনাকে|স্বামীকে|বাবাকে|ভাইকে|শ্বশুরকে|শাশুড়িকে)\s+(?:খুব\s+)?ভয়\s+"
    r"(?:পাই|লাগে|পাচ্ছি|করে)|বাড়ি(?:তে)?\s+(?:\S+\s+)?(?:যেতে|ফিরতে)\s+(?:\S+\s+)?ভয়",
    # a child at risk
    r"(?:বাচ্চা|শিশু|ছেলে|মেয়ে)\S*\s+(?:\S+\s+){0,2}(?:মারধর|পেটায়|পিটিয়েছে|গায়ে\s+হাত)",
    r"বাচ্চা\S*\s+(?:\S+\s+){0,3}(?:খেতে\s+দেয়\s+না|খাবার\s+দেয়\s+না|না\s+খেয়ে\s+(?:আছে|থাকে)|"
    r"সারাদিন\s+কিছু\s+খায়নি|অভুক্ত|সারাদিন\s+একা)",
    # followed
    r"পিছু\s+(?:\S+\s+)?(?:নেয়|নিচ্ছে|নিয়েছে|নিত)|পিছনে\s+পিছনে\s+(?:আসে|আসছে|আসত)",
    # forced marriage
    r"জোর\s+করে\s+(?:\S+\s+){0,3}বিয়ে|জোরপূর্বক\s+বিয়ে|বিয়ে\s+(?:\S+\s+){0,3}জোর\s+কর|অমতে\s+"
    r"(?:\S+\s+)?বিয়ে",
    # a girl married off under 18, to a man she doesn't know, or against her will
    r"^(?=.*বিয়ে\s+(?:দি|দেব|দেবে|দেয়া|দেওয়া|ঠিক))(?=.*(?:বয়স\s+(?:মাত্র\s+|সবে\s+|তো\s+)?"
    r"(?:১[০-৭]|1[0-7])(?![০-৯0-9])|(?:১[০-৭]|1[0-7])\s+(?:বছরের|বছর\s+বয়স)|(?:চেনে|চিনে|চেনেই|"
    r"চিনেই|চেনেও)\s+না|দেখেওনি))",
    # in danger, not safe, help
    r"বিপদে\s+আছি|আমাকে\s+বাঁচা|কেউ\s+(?:আমাকে\s+)?বাঁচা",
    r"(?:আমি|বাড়িতে|ঘরে|বাসায়)\s+(?:\S+\s+)?(?:নিরাপদ|সুরক্ষিত)\s+(?:নই|না|নেই)|নিরাপদ\s+(?:বোধ|"
    r"মনে)\s+করি\s+না",
    # nowhere to sleep tonight
    r"(?:থাকার|ঘুমানোর|রাত\s+কাটানোর|যাওয়ার)\s+(?:কোনো\s+|কোন\s+)?জায়গা\s+(?:নেই|নাই)|বাড়ি\s+থেকে\s+"
    r"(?:বের\s+করে\s+দিয়েছে|বের\s+করে\s+দিছে|তাড়িয়ে\s+দিয়েছে)",
    # can't go on
    r"আর\s+(?:সহ্য\s+(?:করতে\s+)?)?পারছি\s+না\s*(?:[.!।]|$)|জীবন\S*\s+(?:\S+\s+)?(?:আর\s+)?সহ্য\s+"
    r"(?:করতে\s+)?(?:পারছি\s+না|হয়\s+না)|বেঁচে\s+থাকতে\s+(?:আর\s+)?পারছি\s+না",
    # in the Latin spelling (standard and Sylheti)
    r"\b(?:more|mor[ei])\s+(?:jete|jaite|zaite|jaibar)\s+(?:\w+\s+)?(?:chai|iccha|ichha|mon\s+"
    r"chay)\b|\bmorte\s+(?:chai|iccha|ichha)\b(?!\s+na)",
    r"\b(?:attohotta|attohatta|atmohotta|atmohatta|attahatya)\w*\s+(?:\w+\s+)?(?:korbo|korte\s+"
    r"chai|kori|korar)\b|\bnijeke\s+(?:\w+\s+)?(?:sesh|shesh|mere)\s+(?:kore\s+)?(?:dibo|debo|"
    r"felbo|dite\s+chai|falmu)\b",
    r"\b(?:bachte|baachte|baste|bachar)\s+(?:ar\s+)?(?:chai\s+na|chaina|iccha\s+kore\s+na|ichha\s+"
    r"kore\s+na|mon\s+chay\s+na)\b",
    r"\b(?:amake|amare|amay)o?\s+(?:\w+\s+){0,2}(?:mare|maare|marche|mereche|marse|pitay|pitai|"
    r"petay|humki|mardhor|atke\s+rakh)\w*|\b(?:gaye|gae)\s+hat\s+(?:tole|tuleche|tulse|tulche)\b",
    r"\b(?:oke|take|tare|swamike|swami\s+ke|husband\s+ke|jamaike)\s+(?:khub\s+)?(?:bhoy|voy|bhoi|"
    r"dor)\s+(?:pai|lage|kori)\b|\b(?:bari|basay|ghore)\s+(?:\w+\s+)?(?:jete|firte|phirte)\s+"
    r"(?:\w+\s+)?(?:bhoy|voy|bhoi|dor)\b",
    r"\b(?:thakar|ghumanor|ghumabar|jawar|jabar)\s+(?:kono\s+)?(?:jayga|jaiga|jagah|jaga)\s+(?:nei|"
    r"nai|nay)\b|\b(?:ami\s+)?(?:bipode|bipod\s+e)\s+(?:achi|asi|aci)\b|\bamake\s+bachao\b",
    r"\bar\s+(?:sojjo\s+korte\s+)?(?:parchi\s+na|parchina|pari\s+na|parina)\s*(?:[.!]|$)|\b(?:jor|"
    r"zor)\s+kore\s+(?:\w+\s+){0,2}(?:biye|bie|bia)\b",
    r"\b(?:baccha|bacha|bachchader|bacchader|bacchake)\w*\s+(?:\w+\s+){0,2}(?:khete\s+dey\s+na|khaite"
    r"\s+dey\s+na|na\s+kheye|mardhor|pitay)\b|\bsob\s+(?:\w+\s+)?(?:oshudh|osudh|oshud|osud|tablet|"
    r"pill)\w*\s+(?:\w+\s+)?(?:kheye|khabo|kheyechi|khaisi|khailam)\b",
    r"\bnijeke\s+(?:\w+\s+)?(?:kati|katchi|ketechi|aghat)\w*|\bnijer\s+khoti\s+kor\w*|\bpichu\s+"
    r"(?:\w+\s+)?(?:ney|nicche|niyeche|nise)\b",
    # someone of the family kept locked in a room or the house ("bhabi ke ghore atke rekheche");
    # not kept at home with a fever, nor stuck in traffic
    r"\b(?:amake|amare|oke|take|tare|\w+\s*ke)\s+(?:\w+\s+){0,4}(?:ghore|rume|room\s*e|kamray|"
    r"bari\w*|bashay|basay)\s+(?:tala\s+(?:diye|mere)\s+)?(?:atke|atkiye|bondho\s+kore)\s+"
    r"(?:rekheche|rekhechhe|rakhe|rakhche|rakhse|rekhse|rekhe\s+diyeche)\b",
    # a threat to kill, being afraid to go out; an employer at night, the visa held over her
    r"(?:বলেছে|বলে|বলছে|আবার|দেখলে|পেলে)\s+(?:\S+\s+){0,3}মেরে\s+ফেলবে|(?:বাসা|বাড়ি|ঘর)\s+থেকে\s+বের\s+"
    r"হতে\s+(?:\S+\s+)?ভয়",
    r"বল(?:ে|েছে|ছে)\s+(?:\S+\s+)?(?:আমার\s+)?(?:ভিসা|কাগজ|পাসপোর্ট)\S*\s+বাতিল|রাতে\s+(?:\S+\s+)?"
    r"(?:আমার\s+)?ঘরে\s+(?:ঢোকে|ঢুকে|আসে|ঢুকেছে)",
    # many tablets at once: a count or "at once" and swallowed, in the past
    r"(?:অনেকগুলো|অনেকগুলা|অনেক|একগাদা|এক\s+পাতা|পুরো\s+পাতা|[০-৯0-9]{2}টা)\s+(?:ঘুমের\s+)?"
    r"(?:ওষুধ|ঔষধ|ট্যাবলেট|বড়ি|পিল)\S*\s+(?:\S+\s+)?(?:একসাথে|একসঙ্গে|একবারে|এক\s+সাথে)\s+"
    r"(?:খেয়ে|গিলে)\s+(?:ফেলেছি|নিয়েছি|ফেললাম)|\b(?:onek|onekgulo|onekgula)\s+(?:ghumer\s+)?"
    r"(?:oshudh|osudh|oshud|osud|tablet|pill)\w*\s+(?:\w+\s+)?(?:eksathe|ek\s+sathe|ekbare)\s+"
    r"(?:kheye|gile)\b",
    # an older parent robbed or neglected by a carer or family; kept without food or medicine
    r"(?:পেনশন|ভাতা)\S*\s+(?:\S+\s+){0,4}?(?:কেড়ে\s+নে|নিয়ে\s+নে|নিয়ে\s+নিচ্ছে|"
    r"নিয়ে\s+নিয়েছে|রেখে\s+দেয়|চুরি\s+কর)",
    r"(?:আমাকে|আমারে|মাকে|বাবাকে|ওনাকে|উনাকে|দাদিকে|নানিকে|দাদুকে|নানাকে|শাশুড়িকে|শ্বশুরকে)\s+"
    r"(?:\S+\s+)?(?:কিছু\s+)?(?:খেতে|খাবার|ওষুধ)\s+(?:ও\s+)?দেয়\s+না|না\s+খাইয়ে\s+(?:রাখে|রেখে)|"
    r"খাবার\s+ছাড়া\s+(?:ফেলে\s+)?(?:রাখে|রেখে\s+যায়)|ওষুধ\S*\s+(?:\S+\s+)?লুকিয়ে\s+(?:রাখে|ফেলে)",
    r"^(?=.*(?:কেয়ারার|কেয়ার\s+ওয়ার্কার|দেখাশোনা\s+কর|আয়া|সেবিকা))(?=.*(?:কালশিটে|কালশিরা|"
    r"মারের\s+দাগ|মারে|বকাবকি|খেতে\s+দেয়\s+না|পেনশন|ভাতা))",
    # someone beaten when they speak up ("কিছু বললে তাকে মারে"); not a child's game
    r"কিছু\s+(?:বললে|বলতে\s+গেলে|চাইলে)\s+(?:\S+\s+)?(?:তাকে|ওকে|ওনাকে|উনাকে|আমাকে|আমারে)\s+"
    r"(?:\S+\s+)?(?:মারে|মারধর|পেটায়|মেরেছে|গায়ে\s+হাত)|\bkichu\s+(?:bolle|bolte\s+gele|"
    r"chaile)\s+(?:\w+\s+)?(?:take|oke|onake|unake|amake|amare)\s+(?:\w+\s+)?(?:mare|pitay|"
    r"mereche)\b",
    r"(?:রুমে|ঘরে|কামরায়)\s+(?:\S+\s+)?তালা\s+(?:দিয়ে|মেরে)\s+(?:রাখে|রেখেছে|রাখছে)|"
    r"তালাবন্ধ\s+করে\s+(?:রাখে|রেখেছে)",
    # alone and panicking: no breath, with no one there or the heart racing
    r"^(?=.*(?:শ্বাস|নিঃশ্বাস|নিশ্বাস|দম)\s+(?:নিতে\s+)?(?:পারছি\s+না|পারছিনা|বন্ধ\s+হয়ে))"
    r"(?=.*(?:(?:আমি|বাড়িতে|ঘরে|বাসায়)\s+(?:\S+\s+)?একা|একা\s+আছি|কেউ\s+(?:নেই|উত্তর|সাড়া)|"
    r"বুক\S*\s+ধড়ফড়|বুক\S*\s+কাঁপ|হার্ট\s+(?:খুব\s+)?জোরে))",
    # honour and a refused match; a threat to kill said outright; found by an ex
    r"(?:ইজ্জত|সম্মান|মান\s*সম্মান)\S*\s+(?:\S+\s+){0,5}(?:মেরে\s+ফেলবে|খুন\s+কর)|"
    r"(?:রাজি\s+না\s+হলে|না\s+বললে|বিয়ে\s+না\s+করলে)\s+(?:\S+\s+){0,4}(?:মেরে\s+ফেলবে|খুন\s+কর|"
    r"বাড়ি\s+থেকে\s+বের)",
    r"(?:জানে|প্রাণে)\s+মেরে\s+ফেল|(?:আমাকে|আমারে)\s+(?:\S+\s+)?খুন\s+(?:করবে|করে\s+ফেলবে)",
    r"(?:প্রাক্তন|আগের|সাবেক)\s+(?:স্বামী|বর|প্রেমিক|পার্টনার)\S*\s+(?:\S+\s+){0,4}(?:খুঁজে\s+"
    r"(?:পেয়েছে|পেয়ে\s+গেছে|বের\s+করেছে)|ঠিকানা\s+(?:জেনে|পেয়ে)|জেনে\s+গেছে\s+(?:আমি\s+)?কোথায়)",
    # a young man told online to kill unbelievers, with a weapon got or a day set
    r"^(?=.*(?:কাফের|কাফির|বিধর্মী|অবিশ্বাসী)\S*\s+(?:\S+\s+)?(?:মারতে|হত্যা\s+করতে|খুন\s+করতে)\s+"
    r"হবে)(?=.*(?:(?:ছুরি|চাকু|অস্ত্র|বন্দুক)\S*\s+(?:\S+\s+)?(?:কিনেছে|কিনছে|জোগাড়|লুকিয়ে)|"
    r"(?:এমন\s+)?কিছু\s+করবে|মনে\s+রাখবে))",
    # not let out of the house
    r"(?:আমাকে|আমারে|আমায়)\s+(?:\S+\s+){0,2}(?:বের\s+হতে|বেরোতে|বাইরে\s+যেতে)\s+দেয়\s+না",
    # the same in the Latin spelling ("amake ghor theke ber hote dey na"), by a person, not the
    # rain, a fever or a doctor's orders
    r"^(?!.*\b(?:brishti|bristi|bishti|jwor|osukh|asukh|thanda|doctor|daktar|"
    r"jor\s+(?:hoy|ase|ashe|eseche|esheche|chilo)\w*)\b)"
    r"(?=.*\b(?:amake|amare|amay)\s+(?:\w+\s+){0,3}(?:ber\s+hote|ber\s+hoite|berote|beroite|"
    r"baire\s+(?:jete|jaite)|bahire\s+jete)\s+(?:dey|dei|de|den|dae)\s*na\b)",
    # papers, phone or money snatched ("phone kere niyeche", "taka kaira nise")
    r"\b(?:passport|phone|fon|mobile|taka|poisa|kagoj|kagojpotro)\w*\s+(?:\w+\s+)?"
    r"(?:kere|kaira)\s+(?:ney|nay|niyeche|nieche|nise|nilo|nisse)\b",
)

# A threat to kill the writer: "স্বামী আজ রাতে আমাকে মেরে ফেলবে", "চলে গেলে আমাকে খুন করবে",
# "তোকে মেরে ফেলব" written on the door, "jodi chole jai amake mere felbe", the writer with a
# child or the family ("amake ar baccha ke mere felbe", "amader mere felbe"); not "মা আমাকে মেরে
# ফেলবে দেরি হলে", "এই গরম আমাকে মেরে ফেলছে", "ওকে মেরে ফেলব, আমার কেক খেয়ে ফেলেছে".
_BN_KILLS_ME = (
    r"(?:আমাকে|আমায়|আমারে)\s+(?:\S+\s+){0,2}(?:মেরে\s+ফেলবে|খুন\s+করবে"
    r"|শেষ\s+করে\s+দেবে)"
)
BENGALI_PHRASES += (  # i18n-exempt: input
    r"(?:^|\s)(?:ও|সে|স্বামী|জামাই|বর|উনি|প্রাক্তন\s+স্বামী)\s+(?:\S+\s+){0,3}" + _BN_KILLS_ME,
    r"(?:আজ\s+রাতে|গেলে|ছাড়লে|জানালে|বললে|পালালে|পুলিশে\s+\S+)\s+(?:\S+\s+){0,3}" + _BN_KILLS_ME,
    r"^(?!.*\b(?:late|deri|exam|result|fail|haha|lol|match|khela)\b)(?=.*\b(?:"
    r"(?:amake|amay|amare)\s+(?:(?:ar|o|and)\s+(?:amar\s+)?\w+\s*(?:ke|re)\s+|\w+\s+)?|"
    r"(?:amader|amaderke|amgo)\s+(?:\w+\s+)?)"
    r"(?:mere\s+fel(?:be|bo|ba)|khun\s+kor(?:be|bo|ba))\b)(?=.*\b(?:bolche|boleche|bolechhe|"
    r"bolse|bolsilo|bolsay|bole|jodi|shami|swami|jamai|husband|ex|aj\s+rate|ajke\s+rate|gele|"
    r"chharle|charle|chere\s+gele|palale|janale|police\s+e|police\s+ke)\b)",
    r"^(?=.*(?:তোকে|তোমাকে)\s+(?:মেরে\s+ফেলব|খুন\s+করব))(?=.*(?:লিখেছে|লিখে|দরজায়|দেয়ালে"
    r"|মেসেজ))",
    # a stroke's signs: the face fallen on one side with speech or an arm gone, or both at once
    r"^(?=.*মুখ\S*\s+(?:\S+\s+){0,2}(?:বেঁকে|বাঁকা|ঝুলে))(?=.*(?:কথা\s+(?:\S+\s+)?(?:বলতে\s+"
    r"পারছ\S*\s+না|জড়িয়ে)|(?:হাত|পা)\s+(?:\S+\s+)?(?:নাড়াতে|তুলতে)\s+পারছ\S*\s+না))",
    r"^(?=.*হঠাৎ)(?=.*কথা\s+(?:\S+\s+)?বলতে\s+পারছ\S*\s+না)(?=.*(?:হাত"
    r"|পা)\s+(?:\S+\s+)?(?:নাড়াতে|"
    r"তুলতে)\s+পারছ\S*\s+না)",
)

# A heart attack's signs now: the chest pressed, heavy or in pain ("বুকে খুব চাপ লাগছে") with
# the left arm hurting, sweating or no breath, said of the writer or of a grandmother the writer
# writes for; not a pain gone by last year or put right, nor the signs named at a first-aid
# class or a talk, nor a chest cold with a cough.
_BN_CHEST = r"বুক\S*\s+(?:\S+\s+)?(?:চাপ|ব্যথা|ব্যাথা|ভারী|জ্বালা|চিনচিন|মোচড়|কামড়)"
_BN_HEART_SIGN = (
    r"(?:বাম|বা)\s+হাত\S*\s+(?:\S+\s+)?(?:ব্যথা|ব্যাথা|অবশ|ঝিনঝিন)|ঘাম|ঘেমে|"
    r"(?:শ্বাস|নিঃশ্বাস|নিশ্বাস)\s+(?:নিতে\s+)?(?:কষ্ট|পারছ)|দম\s+(?:বন্ধ|আটকে|নিতে\s+পারছ)"
)
_BN_GONE_BY = (
    r"গত\s+(?:বছর|মাস|সপ্তাহ)|আগের\s+বছর|ঠিক\s+হয়ে\s+গেছে|সেরে\s+গেছে|এখন\s+(?:ভালো|ভাল)|"
    r"প্রাথমিক\s+চিকিৎসা|প্রশিক্ষণ|ট্রেনিং|লক্ষণ|উপসর্গ|সর্দি|কাশি|কফ"
)
BENGALI_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_BN_GONE_BY}))(?=.*(?:{_BN_CHEST}))(?=.*(?:{_BN_HEART_SIGN}))",
    r"^(?!.*\b(?:gato|goto|gotho|ager)\s+(?:bochor|bochhor|bosor|mash|shoptah?|soptah?)\b)"
    r"(?=.*\bbuk[ea]?\s+(?:\w+\s+)?(?:chap|byatha|batha|betha|bytha|bhari|vari)\b)"
    r"(?=.*\b(?:(?:bam|ba)\s+hat\w*\s+(?:\w+\s+)?(?:byatha|batha|betha|bytha|obosh)|gham\w*|"
    r"ghem[ei]|(?:shash|sash|nishash)\s+(?:nite\s+)?(?:kosto|kashto|parchi\s+na)|dom\s+"
    r"(?:bondho|atke))\b)",
)

# A home taken over (cuckooing), in the Latin spelling: people have got into someone's flat or
# room ("okhane dhuke ase", "flat dokhol kore niyeche") and deal drugs there, carry a knife,
# frighten them, hold the keys or leave them unable to stay in their own room; not a new family
# moved in next door.
_BN_HOME_LATIN = r"\b(?:flat\w*|basa\w*|bash[ae]\w*|bari\w*|ghor\w*|room\w*)\b"
_BN_MOVED_IN_LATIN = (
    r"\b(?:dhuk[ei]|dhuike|ghus[ei])\s+(?:ase|ashe|asche|ashche|eseche|esheche|poreche|porse|"
    r"geche|gese|boseche|bosse|thakche|thaktese)\b|\bdhuk(?:eche|echhe|se|ese)\b|\b(?:dokhol|"
    r"dakhol)\s+(?:kore|koira)\s+(?:niyeche|nise|nieche|rekheche)\b"
)
_BN_DEALS_OR_HOLDS_LATIN = (
    r"\b(?:drugs?|yaba|ganja|heroin|nesha\w*|dealer\w*|chh?uri|chaku|knife|humki)\b|\bbhoy\s+"
    r"dekha\w*|\bchabi\s+(?:\w+\s+)?(?:niye|kere|kaira)\b|\bnijer\s+(?:ghor\w*|flat\w*|"
    r"bas[ah]\w*|bari\w*)\s+(?:e\s+)?thakte\s+(?:\w+\s+)?(?:parchen|parche|parchhen|pare|"
    r"paren)\s*na\b"
)
BENGALI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_HOME_LATIN, _BN_MOVED_IN_LATIN, _BN_DEALS_OR_HOLDS_LATIN),
)

# In the Latin spelling: an older relative beaten by family ("amar deor take mare", "bhai
# ma ke pitay"), or a pension taken for oneself ("or pension niye ney"); not a brother-in-law who
# takes her to the market, nor a pension brought home from the bank ("pension niye ashi") or
# collected and handed to her ("niye ney, pore ma ke diye dey").
_BN_KIN_WHO_LATIN = (
    r"\b(?:deor|debor|dewor|bhasur|bhai|chele|chhele|pola|jamai|nati|naati|bou|bouma|swami|"
    r"shami|mama|chacha|kaka|carer|caretaker)"
)
_BN_THEM_LATIN = (
    r"(?:take|tare|oke|ore|unake|onake|unare|onare|(?:ma|amma|ammu|abba|baba|shashuri|shasuri|"
    r"shashur|nani|dadi|nana|dadu|bon|bou|bhabi)\s*(?:ke|re))"
)
_BN_BEATS_LATIN = r"(?:mare|maare|marche|mereche|marse|mardhor|pitay|petay|pitai)\b"
BENGALI_PHRASES += (  # i18n-exempt: input
    rf"{_BN_KIN_WHO_LATIN}\s+(?:\w+\s+)?{_BN_THEM_LATIN}\s+(?:\w+\s+)?{_BN_BEATS_LATIN}",
    r"^(?!.*\b(?:diye|ene|tule|hate)\s+(?:dey|day|den|dae)\b).*"
    r"\b(?:pension|penshon|bhata|vata)\w*\s+(?:\w+\s+)?(?:niye\s+(?:ney|nay|niyeche|nieche|"
    r"nise|nilo)|kere\s+(?:ney|nay|niyeche|nieche|nise|nilo)|rekhe\s+(?:dey|day)|churi\s+"
    r"kor\w*)\b",
)

# Control at home: the writer's bank card or money kept by him, beside her phone checked or her
# not let out alone ("উনি আমার কার্ড নিজের কাছে রাখেন, ফোন চেক করেন, একা বাইরে যেতে দেন না";
# "amar card nijer kache rakhe, phone check kore"); not a card kept in her own purse, nor a
# phone checked for a message from the bank.
_BN_MINE_KEPT = (
    r"আমার\s+(?:\S+\s+)?(?:কার্ড|টাকা|বেতন|পাসপোর্ট|ব্যাংক|বেনিফিট)\S*\s+(?:\S+\s+){0,3}?"
    r"(?:রাখে|রাখেন|রাখছে|রেখে\s+(?:দেয়|দেন|দিয়েছে)|রেখেছে|রেখেছেন|"
    r"নিয়ে\s+(?:নেয়|নেন|নিয়েছে))"
)
_BN_CHECKED_OR_KEPT_IN = (
    r"(?:ফোন|মোবাইল|মেসেজ)\S*\s+(?:\S+\s+)?(?:চেক\s+কর|ঘাটে|ঘাটেন|দেখে\s+দেখে)|(?:একা\s+)?"
    r"(?:বাইরে|বাহিরে)\s+(?:যেতে|বেরোতে|বের\s+হতে)\s+(?:দেয়|দেন|দেবে)\s*না"
)
_BN_MINE_KEPT_LATIN = (
    r"\b(?:amar|amr)\s+(?:\w+\s+)?(?:card|taka|beton|passport|bank)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:rakhe|rakhen|rekhe\s+(?:dey|day|den)|rekheche|niye\s+(?:ney|nay|nen))\b"
)
_BN_CHECKED_OR_KEPT_IN_LATIN = (
    r"\b(?:phone|fon|mobile|message)\w*\s+(?:\w+\s+)?(?:check\s+kor\w*|ghate|ghaten)\b|"
    r"\b(?:baire|bahire)\s+(?:jete|jaite|berote|ber\s+hote)\s+(?:dey|day|den|dei)\s*na\b"
)
BENGALI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_MINE_KEPT, _BN_CHECKED_OR_KEPT_IN),
    "^" + every_one_of(_BN_MINE_KEPT_LATIN, _BN_CHECKED_OR_KEPT_IN_LATIN),
)

# A husband who says he will come home and beat the writer ("বলেছে বাড়ি এসে আমাকে মারবে"); not
# a mother's telling-off, nor a husband who will help at home.
BENGALI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(r"স্বামী|জামাই|শ্বশুর|শাশুড়ি", _BN_ME + r"\s+(?:\S+\s+)?মারবে"),
)

# In the Latin spelling, the writer or a child locked in by family ("ghore tala mere rekheche")
# beside her kept from going out or somewhere, or someone inside ("bachcha-ta-o bhitore ache"):
# not an office locked with no one in it, nor a door locked against a cat.
_BN_LOCKED_LATIN = (
    r"\b(?:ghore|ghor|rume|room|barite|bari|basay|bashay|dorjay|darjay|dorja|darja)\s+"
    r"(?:\w+\s+)?tala\s+(?:mere|mare|diye|dia|lagiye)\s+(?:rekheche|rekhechhe|rekhese|rakhe|"
    r"rakhche|rakhse|rekhse|rekhe\s+diyeche|rekhe\s+gese|diyeche|dieche|dise|gese|geche)\b"
)
_BN_KEPT_IN_LATIN = (
    r"\b(?:amake|amare|amay|amader|amago|oke|take)\s+(?:\w+\s+){0,3}(?:jete|jaite|zaite|"
    r"ber\s+hote|berote|beroite)\s+(?:dicche|dichche|dicchhe|dey|dei|den|dae|dibe|dibena|"
    r"ditese|dicchena)\s*na\b|\b(?:bhitore|bhitre|vitore|bhetore|bitore)\s+(?:\w+\s+)?(?:ache|"
    r"achhe|ase|achi|achhi|asi|atke)\b|\batke\s+(?:ache|achhe|ase|achi|achhi|asi)\b"
)
BENGALI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_LOCKED_LATIN, _BN_KEPT_IN_LATIN),
)

# Someone fallen ("পড়ে গেছেন", "pore gechen") and bleeding from the head, not speaking, not
# answering or unable to get up; not a phone dropped, a fall after which he is well, nor a child
# who will not speak in a sulk.
_BN_FELL = r"(?:পড়ে\s+(?:গেছ|গিয়|গেল)|\bpo?re\s+(?:gech|gesh|ges|giy|gelo|gelen))"
_BN_HURT_BAD = (
    r"(?:মাথা\s+(?:থেকে|দিয়ে|ফেটে)\s+(?:\S+\s+)?রক্ত|কথা\s+বলছে(?:ন)?\s+না|"
    r"সাড়া\s+দিচ্ছে(?:ন)?\s+না|"
    r"উঠতে\s+পারছে(?:ন)?\s+না|অজ্ঞান|জ্ঞান\s+নেই|\bmatha\s+(?:theke|diye|fete)\s+(?:\w+\s+)?"
    r"ro?kto|\bkotha\s+bolche(?:n)?\s+na|\bsara\s+dicche(?:n)?\s+na|\buthte\s+parche(?:n)?\s+na|"
    r"\bo(?:g|gg|gy)an\b)"
)
# Someone with dementia not found or not back ("khuje pacchi na", "bari fereni"); not keys or
# glasses lost, nor someone at home.
_BN_DEMENTIA = r"(?:ডিমেনশিয়া|স্মৃতিভ্রংশ|ভুলে\s+যাওয়ার\s+রোগ|\bdementia|\balzheimer)"
_BN_NOT_FOUND = (
    r"(?:কে\s+(?:\S+\s+)?খুজে\s+পাচ্ছি\s+না|বাড়ি\s+(?:ফেরেন|ফেরে|ফিরে\s+আসেন)\S*\s*নি|"
    r"(?:\b(?:ke|k|re)|(?:ona|o|ta|una|ma|ba|du|nu|di|ni|ri|bu|ou)ke)\s+(?:\w+\s+)?khu?j[ae]\s+"
    r"(?:pacchi|pachhi|paschi|pai|pacchina)\b|"
    r"\b(?:bari|ghore|basay)\s+(?:fereni|fere\s+ni|ferenni|fireni|fire\s+ashe\s*ni|ashe\s*ni))"
)
BENGALI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ফোন|মোবাইল|ভালো\s+আছে|ঠিক\s+আছে|রাগ|অভিমান|\bphone\b|\b(?:bhalo|thik)\s+ache|"
    r"\brag\s+kore|\bobhiman))" + every_one_of(_BN_FELL, _BN_HURT_BAD),
    "^" + every_one_of(_BN_DEMENTIA, _BN_NOT_FOUND),
)

# Sleeping pills or medicine taken too many, with someone not speaking, not waking or
# unconscious now ("ghumer oshudh beshi kheye fele... ammu ekhon kotha bolche na"); not the
# question asked with no such sign, nor a dose taken as prescribed.
_BN_PILLS_LATIN = r"(?:oshudh|osudh|oshud|osud|tablet|pill|bori)\w*"
_BN_MANY_LATIN = r"(?:beshi|onek|shob|sob|pura|ek\s*pata)"
_BN_TOO_MANY_LATIN = (
    rf"\b(?:{_BN_PILLS_LATIN}\s+(?:\w+\s+)?{_BN_MANY_LATIN}|{_BN_MANY_LATIN}\s+(?:\w+\s+){{0,2}}?"
    rf"{_BN_PILLS_LATIN})\s+(?:\w+\s+)?(?:kheye|kheyeche|khaise|khaiche|kheyech|gile)"
)
_BN_NOT_RESPONDING_LATIN = (
    r"\bkotha\s+(?:bolche|bolte\s+parche|bolse|bolteche|bolchhe)\s+na\b|\b(?:uthche|jagche|"
    r"sara\s+dicche|shara\s+dicche|chokh\s+khulche)\s+na\b|\b(?:behush|ogyan|oggan|ojnan)\b"
)
_BN_TOO_MANY = (
    r"(?:(?:ওষুধ|ওসুধ|বড়ি|ট্যাবলেট)\S*\s+(?:\S+\s+)?(?:বেশি|অনেক|সব)|(?:বেশি|অনেক|সব)\S*\s+"
    r"(?:\S+\s+){0,2}?(?:ওষুধ|ওসুধ|বড়ি|ট্যাবলেট))\S*\s+(?:\S+\s+)?খে"
)
_BN_NOT_RESPONDING = (
    r"কথা\s+(?:বলছে|বলতে\s+পারছে|বলছেন)\s+না|(?:উঠছে|জাগছে|সাড়া\s+দিচ্ছে|চোখ\s+খুলছে)\s+না|"
    r"অজ্ঞান|বেহুঁশ"
)
BENGALI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:doctor\s+bolse|daktar|prescription)\b)"
    + every_one_of(_BN_TOO_MANY_LATIN, _BN_NOT_RESPONDING_LATIN),
    "^" + every_one_of(_BN_TOO_MANY, _BN_NOT_RESPONDING),
)

# Someone run from hospital or off their medicine with a sign of a mind in crisis or gone
# missing: sure someone is coming to kill them, poison, watched; a phone off since ("হাসপাতাল
# থেকে পালিয়ে গেছে, ওষুধ খাচ্ছে না, বলছে কেউ ওকে মারতে আসছে"); not someone discharged and
# well, nor medicine stopped on the doctor's word.
_BN_FLED_WARD = (
    r"হাসপাতাল\s+থেকে\s+(?:\S+\s+)?(?:পালি|পালা)|\bhaspatal\s+(?:theke|thike)\s+(?:\w+\s+)?pala"
)
_BN_OFF_MEDICINE = (
    r"ওষুধ\s+(?:\S+\s+)?(?:খাচ্ছে\s+না|খায়\s+না|খাচ্ছেনা|খাওয়া\s+বন্ধ)|"
    r"\boshudh?\s+(?:khacche|khachhe|khay)\s+na\b"
)
_BN_MIND_IN_CRISIS = (
    r"(?:মারতে|মেরে\s+ফেলতে)\s+(?:আসছে|আসবে|চায়)|বিষ\s+(?:দিচ্ছে|মেশাচ্ছে)|নজর\s+রাখছে|"
    r"পিছু\s+নিচ্ছে|\bmarte\s+ashche\b"
)
_BN_GONE = r"ফোন\s+বন্ধ|ফোন\s+ধরছে\s+না|খুঁজে\s+পাচ্ছি\s+না|\bphone\s+bondho\b"
BENGALI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_FLED_WARD, f"{_BN_OFF_MEDICINE}|{_BN_MIND_IN_CRISIS}|{_BN_GONE}"),
    "^" + every_one_of(_BN_OFF_MEDICINE, _BN_MIND_IN_CRISIS),
)

# A landlord or his men forcing the family out now: a door broken, forced in, belongings thrown
# out ("বাড়িওয়ালা দরজা ভেঙে ঢুকেছে, জিনিস বাইরে ফেলে দিচ্ছে"); not a landlord come to mend
# a door, nor asking for old things to be put out.
_BN_LANDLORD = (
    r"বাড়িওয়ালা|বাড়িওলা|বাড়ির\s+মালিক|"
    r"\bbari\s*(?:wala|oala|ola)\b|\bbarir\s+malik\b"
)
_BN_FORCED_OUT = (
    r"দরজা\s+(?:\S+\s+)?ভেঙে|জোর\s+করে\s+(?:\S+\s+)?(?:ঢুক|বের\s+করে)|"
    r"(?:বাইরে|রাস্তায়)\s+(?:ফেলে|ছুড়ে)\s+(?:দিচ্ছে|দিয়েছে|দিল)|বের\s+করে\s+দিচ্ছে|"
    r"\bdorj?a\s+(?:\w+\s+)?bhe[n]?ge\b|\bjor\s+kore\s+(?:\w+\s+)?(?:dhuk|ber\s+kore)\w*|"
    r"\b(?:baire|rastay)\s+(?:fele|chure)\s+(?:dicche|dichhe|diyeche|dilo)\b"
)
# Waters broken now ("পানি ভেঙে গেছে"), with the weeks, no one home, bleeding or an ambulance;
# not a birth told of as past.
_BN_WATERS_BROKEN = (
    r"(?:পানি|জল)\s+ভেঙে\s+(?:গেছে|গেল|গিয়েছে|যাচ্ছে)|"
    r"\b(?:pani|jol)\s+bhenge\s+(?:geche|gese|gelo|jacche)\b"
)
_BN_BIRTH_DANGER = (
    r"\d+\s+সপ্তাহ|অ্যাম্বুলেন্স|এম্বুলেন্স|রক্ত|কেউ\s+নেই|একা|\bambulance\b|\d+\s+soptah|"
    r"\brokto\b|\bkeu\s+nei\b|\beka\b"
)
# A baby days or weeks old who will not feed, is floppy, blue or breathing badly.
_BN_NEWBORN = r"\d+\s+(?:দিনের|সপ্তাহের)|নবজাতক|\b\d+\s+(?:diner|shoptaher)\b|\bnewborn\b"
_BN_NEWBORN_DANGER = (
    r"দুধ\s+(?:খাচ্ছে|খায়)\s+না|নেতিয়ে|নীল\s+হয়ে|শ্বাস\s+(?:নিচ্ছে\s+না|কষ্ট)|"
    r"\bdudh\s+(?:khacche|khay)\s+na\b|\bnetiye\b|\bnil\s+hoye\b"
)
BENGALI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_LANDLORD, _BN_FORCED_OUT),
    "^" + every_one_of(_BN_WATERS_BROKEN, _BN_BIRTH_DANGER),
    "^" + every_one_of(_BN_NEWBORN, _BN_NEWBORN_DANGER),
)

# Bleeding in a pregnancy; a passport kept by an employer with pay held back, the worker held,
# burnt or her family threatened; a religious teacher, teacher or coach who beats a child, with
# a threat if told; a husband who threatens to have her sent back if she tells, or beats her.
_BN_PREGNANT = r"প্রেগন্যান্ট|গর্ভবতী|অন্তঃসত্ত্বা|\bpregnant\b"
_BN_BLEEDING = r"রক্ত\s+(?:যাচ্ছে|পড়ছে|বের\s+হচ্ছে)|রক্তপাত|\brokto\s+(?:jacche|porche)\b"
_BN_PASSPORT_KEPT = (
    r"পাসপোর্ট\s+(?:\S+\s+)?(?:রেখে|নিয়ে|কেড়ে)|\bpassport\s+(?:\w+\s+)?(?:rekhe|kere|niye)\b"
)
_BN_UNPAID = (
    r"(?:বেতন|টাকা)\s+(?:\S+\s+)?(?:দেয়নি|দেয়\s+না|দিচ্ছে\s+না)|আটকে\s+রাখ|দেশে\s+(?:\S+\s+)?পাঠা|"
    r"ক্ষতি\s+করবে|\b(?:beton|taka)\s+(?:\w+\s+)?(?:dey|dei)\s*na\b|\batke\s+rakh\w*|"
    r"\b(?:gorom|gorm)\s+(?:\w+\s+){0,2}(?:fele|dhele)\s+(?:dise|diyeche|dilo)\b"
)
_BN_TRUSTED = r"হুজুর|ইমাম|মৌলভী|মাওলানা|শিক্ষক|কোচ|\b(?:hujur|huzur|imam|maulvi|coach)\b"
_BN_CHILD_BEATEN = r"(?:ছেলেকে|মেয়েকে|বাচ্চাকে|ওকে)\s+(?:\S+\s+)?(?:মারে(?!নি)|মারেন|পেটায়)"
_BN_IF_TOLD = r"কাউকে\s+বললে|\bkauke\s+bolle\b"
_BN_STATUS = r"ভিসা|পাসপোর্ট|হোম\s+অফিস|\b(?:visa|home\s+office)\b"
_BN_SENT_BACK = r"দেশে\s+(?:\S+\s+)?পাঠা|ডিপোর্ট|\bdeport\w*|\bdeshe\s+(?:\w+\s+)?pathi"
BENGALI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_PREGNANT, _BN_BLEEDING),
    r"^(?!.*(?:ফটোকপি|কপি|\bcopy\b))" + every_one_of(_BN_PASSPORT_KEPT, _BN_UNPAID),
    "^" + every_one_of(_BN_TRUSTED, _BN_CHILD_BEATEN, f"{_BN_IF_TOLD}|আবার|\\babar\\b"),
    "^" + every_one_of(_BN_STATUS, _BN_SENT_BACK, f"{_BN_IF_TOLD}|মেরেছে|মারে|মারধর"),
)

# An older parent or grandparent not eating or not let eat, who cannot get up or is weak ("abba
# ke khaite dey na ... uthte parchen na"); not a fast kept by choice.
_BN_ELDER = (
    r"নানি|নানা|দাদি|দাদা|আব্বা|আব্বু|আম্মা|আম্মু|বাবা|বৃদ্ধ|বয়স্ক|"
    r"\b(?:nani|nana|dadi|dada|abba|abbu|amma|ammu|baba|briddho)\b"
)
_BN_NOT_FED = (
    r"খাননি|খায়নি|খায়\s+নি|খাবার\s+নেই|খেতে\s+দেয়\s+না|খেতে\s+দিচ্ছে\s+না|খাবার\s+দেয়\s+না|"
    r"\b(?:khaite|khete)\s+(?:dey|dei|dae|de|dicche|dise)\s*na\b|"
    r"\bkhabar\s+(?:dey\s+na|nai|nei)\b|"
    r"\b(?:khay|khae|khan)\s*(?:ni|nai)\b"
)
_BN_CANT_RISE = (
    r"উঠতে\s*(?:ও\s+)?পারছেন\s+না|উঠতে\s*(?:ও\s+)?পারছে\s+না|হুঁশ\s+নেই|অজ্ঞান|দুর্বল|"
    r"\buthte\s*(?:o\s+)?(?:parchen|parche|pare|partese|parsen)\s*na\b|"
    r"\b(?:durbol|dorbol|ogyan|behush)\b"
)
# A person (not a phone) fallen into water or through ice, with a plea or not coming out.
_BN_PERSON = (
    r"(?:ছেলে|মেয়ে|বাচ্চা|লোক)(?:টা|টি)?\s|শিশু|একজন|"
    r"\b(?:chele|cheleta|meye|meyeta|baccha|bacha|lokta|ekjon)\b"
)
_BN_IN_WATER = (
    r"(?:পানিতে|জলে|নদীতে|লেকে|পুকুরে|খালে)\s+(?:\S+\s+)?(?:পড়ে|ডুবে|ভেসে)|ডুবে\s+যাচ্ছে|"
    r"বরফ\s+ভেঙে|\b(?:panite|pani\s+te|jole|nodite|pukure)\s+(?:\w+\s+)?(?:pore|poira|dube)\w*|"
    r"\bdube\s+(?:jacche|jasse)\b"
)
_BN_PLEA = (
    r"তাড়াতাড়ি|বাঁচান|সাহায্য|প্লিজ|উঠতে\s+পারছে\s+না|"
    r"\b(?:taratari|tara\s+tari|bachan|help|please|plz|pls)\b"
)
# A fire, with smoke the writer or others cannot breathe in or are trapped by.
_BN_FIRE = (
    r"আগুন\s+(?:লেগেছে|লাগছে|লেগে\s+গেছে|ধরেছে)|\bagun\s+(?:legeche|legese|lagche|lagse|dhorse)\b"
)
_BN_CANT_BREATHE = (
    r"(?:নিঃশ্বাস|নিশ্বাস|শ্বাস|দম)\s+(?:নিতে\s+)?(?:পারছি|পারছে|পারছেন)\s+না|দম\s+বন্ধ|"
    r"আটকে\s+(?:আছি|আছে|গেছি|গেছে|পড়েছি)|"
    r"\b(?:nishshash|nishash|nisshas|shash|shas|dom)\s+(?:nite\s+)?(?:parchi|parsi|parche|parse)"
    r"\s*na\b|\batke\s+(?:achi|asi|gesi|geche|gese)\b"
)
_BN_NOT_A_PHONE = r"^(?!.*(?:ফোন|মোবাইল|\bphone\b|\bmobile\b))"
BENGALI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:রোজা|\broza\b|\broja\b))" + every_one_of(_BN_ELDER, _BN_NOT_FED, _BN_CANT_RISE),
    _BN_NOT_A_PHONE + every_one_of(_BN_PERSON, _BN_IN_WATER, _BN_PLEA),
    "^" + every_one_of(_BN_FIRE, _BN_CANT_BREATHE),
)

# Sex demanded with a job, visa or rent at stake ("সাথে না শুলে চাকরি যাবে"), or forced ("amar
# shathe jor kore") with a sign it comes again or a threat if told; not "jor kore khawano".
_BN_SLEEP_DEMANDED = (
    r"সাথে\s+না\s+শু|সাথে\s+শুতে\s+হবে|\b(?:sathe|shathe|shate)\s+na\s+(?:shule|shuile|sule)\b|"
    r"\b(?:sathe|shathe|shate)\s+(?:shute|sute|shuite|shoite)\s+hobe\b"
)
_BN_AT_STAKE = r"চাকরি|ভিসা|ভাড়া|বস|মালিক|\b(?:chakri|chakrii|job|visa|bhara|vara|boss|malik)\b"
_BN_FORCED = (
    r"সাথে\s+জোর\s+কর|ধর্ষণ|\b(?:sathe|shathe|shate)\s+(?:\w+\s+)?(?:jor|zor)\s+kor\w*|"
    r"\b(?:rape|dhorshon)\b"
)
_BN_AGAIN_OR_TOLD = (
    r"আজ\s+(?:রাতে|আবার)|আবার\s+আস|বললে\s+মার|থাকতে\s+বলেছে|"
    r"\baa?j\s+(?:rate|raate|abar)\b|\babar\s+ash\w*|\bbolle\s+(?:amake\s+)?mar\w*"
)
BENGALI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_SLEEP_DEMANDED, _BN_AT_STAKE),
    "^" + every_one_of(_BN_FORCED, _BN_AGAIN_OR_TOLD),
)

# A home set alight or being set alight now ("দরজায় আগুন লাগানোর চেষ্টা করছে"); someone beaten
# now and called a slur ("marche, bolche paki"). Not a stove lit, nor "paka" fruit.
_BN_ARSON = (
    r"(?:দরজা|বাড়ি|ঘর|দোকান)\S*\s+আগুন\s+(?:লাগা|দিচ্ছে|দেবে)|"
    r"\b(?:dorja|barite|bari|ghore|dokan)\w*\s+agun\s+(?:laga|dicche|dibe|debe)\w*"
)
_BN_NOW_INSIDE = r"করছে|চিৎকার|আটকা|বাইরে|\b(?:korche|korchhe|chitkar|atka|atke|baire)\b"
_BN_BEATEN_NOW = r"মারছে|পেটাচ্ছে|\b(?:marche|marchhe|petacche|petachhe)\b"
_BN_SLUR = r"পাকি|জঙ্গি|টেররিস্ট|বেরিয়ে\s+যাও|\b(?:paki|jongi|terrorist)\b|\bberiye\s+jao\b"
BENGALI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BN_ARSON, _BN_NOW_INSIDE),
    "^" + every_one_of(_BN_BEATEN_NOW, _BN_SLUR),
)
