"""The Arabic safeguarding phrase net (read by safeguarding_languages), in Arabic script, in
Standard Arabic and the Levantine, Egyptian, Gulf and Maghrebi ways of saying it ("بدي موت",
"عايزة أموت", "ابغى اموت"), and in the Latin chat spelling with numbers for letters ("bade
moot", "3ayza amoot", "by2teleni"). Arabic joins "me" to the end of the verb ("يضربني": he beats
me; "هددني": he threatened me), so a harm is a verb that only a person does to a person with
that ending. Text and patterns have been through safeguarding_languages.fold: short vowels and
the tatweel dropped, the hamza seats of alif read as bare alif, ى as ي and ة as ه ("خايفة" reads
as "خايفه"), so the patterns are written in ordinary spelling.

Left alone: "ميت من الجوع" (dying of hunger), "أمي رح تقتلني" (mum will kill me, late), "الحر
بيقتلني", "مش قادر أكمل الأكل", "تأخرت غصب عني" (I couldn't help being late), a session about
violence or suicide as a subject, a carer's visit time, collecting a mother's pension at the post
office, a hot room where one can't breathe, an ex dropping the children at school, sugar run
out at home, blood sugar a little low on the way alone, a neighbour banging the door, a
headscarf taken off at home, a friend going back home for the summer, a son joining the writer
after school, a son urged by friends to travel to study, a passport kept at the embassy for a
visa, a child who has fallen and breathes badly through a nose blocked by a cold, a child who
broke their own arm at play, a plea for help with the children's club, food kept off by a
doctor before an operation, a fast or a diet, guests with no bed for the night, a landlord
changing a lock tomorrow or putting old furniture out for the council.

In the Latin chat spelling it also reads pills gathered to take tonight, someone not breathing
and gone blue or choking, and children locked in all day ("kat9fel 3la wladha nhar kamel").

It also reads an alarm in a few words ("ساعدوني، الأولاد", "طليقي على الباب"), a child's arm
broken by someone ("كسر ذراع الصغير"), and a family put out by a landlord or with nowhere to
sleep, told by the writer for a brother, or a brother urged online or armed to "do an
operation" ("يسوي عملية", not one at the hospital), a child who swallowed a battery, a
magnet or bleach, and someone's child beaten with a belt or leaving marks ("يضرب ابنها
بالحزام"), not a ball in a game, and threats sent by someone who says he knows the writer's
address or is coming.
Also a mother after a birth who says the baby is not hers or is better without her, alone
with it or not answering now.
It also reads a child who swallowed someone else's tablets or an unknown number ("بلع حبوب
جدته، لا أعرف كم"), not his own medicine as given; and someone beaten, locked in or tied by a
sheikh or healer to drive out a jinn, not a ruqya read with no harm.
Also: an older or disabled neighbour who fell or does not answer the door (not one away);
gas smelled at a parent's with dementia, in Latin letters; a fire with someone trapped.
Also a harasser from many accounts or a stranger who sends a photo of the writer taken minutes
ago or is near now (not a sister's photo from the school gate).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import a_plea_in_a_few_words, every_one_of

# "I want": Standard, Levantine, Egyptian, Gulf, Maghrebi.
_AR_I_WANT = (
    r"(?:اريد\s+(?:ان\s+)?|بدي\s+|ابي\s+|ابغى\s+|عايز\s+|عايزة\s+|عاوز\s+|عاوزة\s+|نفسي\s+|"
    r"حابب\s+|حابة\s+|بغيت\s+|نبغي\s+)"
)
_AR_HARMS_ME = (
    r"يضربني|بيضربني|ضربني|بيضربوني|يضربوني|ضربوني|يعنفني|عنفني|يهددني|بيهددني|هددني|"
    r"اغتصبني|يغتصبني|يحبسني|بيحبسني|حبسني|يخنقني|خنقني|يرفسني|رفسني|يؤذيني|بيؤذيني|"
    r"يلاحقني|بيلاحقني|لاحقني|يطاردني|بيطاردني|يراقبني|بيراقبني|يتحرش\s+بي|تحرش\s+بي|"
    r"بيتحرش\s+بي|يقفل\s+علي|قفل\s+علي|بيقفل\s+علي|يسكر\s+علي|سكر\s+علي"
)
# "He / they will kill me", in Standard Arabic and the dialects: "سيقتلني", "سيقتلونني", "رح
# يقتلوني", "بيدبحوني", "ح يخلص علي"; "she will" (تقتلني: mum, late) is left to the idiom.
_AR_KILLS_ME = (
    r"(?:و|ف)?(?:سي|س|رح\s+ي|راح\s+ي|ح\s*ي|هي|بي|ي)(?:(?:قتل|ذبح|دبح)(?:ني|وني|ونني)|"
    r"خلص(?:و|وا)?\s+علي)"
)
_AR_CHILD = (
    r"(?:الاطفال|الولاد|الاولاد|ابني|بنتي|ابنتي|طفلي|اطفالي|العيال|الطفل|ولادي|ولدي|"
    r"الصغار|بناتي)"
)

ARABIC_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    _AR_I_WANT + r"(?:اموت|موت|انتحر|اقتل\s+نفسي|انهي\s+حياتي|اخلص\s+من\s+حياتي)",
    r"(?:سا|س|رح\s+|راح\s+|ح|ها|هـ|باش\s+)انتحر|(?:افكر|بفكر|عم\s+فكر)\s+(?:\S+\s+)?(?:ب|في\s+)"
    r"(?:ال)?انتحار|افكار\s+انتحاريه|(?:ا|سا|رح\s+ا|ح|راح\s+ا)قتل\s+(?:نفسي|حالي)",
    r"(?:لا\s+اريد\s+(?:ان\s+)?|ما\s+بدي\s+|مش\s+عايزه?\s+|مش\s+عاوزه?\s+|ما\s+ابي\s+|ما\s+ابغى\s+|"
    r"ما\s+بغيتش\s+)(?:ا?عيش|الحياه|اكمل\s+حياتي)",
    r"(?:تعبت|زهقت|مليت|كرهت)\s+(?:من\s+)?(?:الحياه|حياتي|العيشه|عيشتي|هالحياه)",
    r"(?:احسن|افضل)\s+(?:\S+\s+)?(?:بدوني|من\s+غيري|بلاي|بلاياي)|(?:بدوني|من\s+غيري)\s+(?:\S+\s+)?"
    r"(?:احسن|افضل)",
    # self-harm
    r"(?:ا?جرح|جرحت|بجرح|اؤذي|اذي|اذيت|باذي|اقطع|قطعت|بقطع|احرق|حرقت)\s+(?:نفسي|حالي|ايدي\s+"
    r"بالموس|شراييني)",
    # all the tablets
    r"(?:اخذت|بلعت|شربت|اكلت|باخذ|ساخذ|رح\s+اخذ|اخدت|خدت|ابلع|ح\s*اخد|هاخد)\s+(?:\S+\s+)?(?:كل|"
    r"جميع|علبه|علبة|شريط)\s+(?:ال)?(?:حبوب|ادويه|دوا|دواء|حبات|اقراص|برشام)|جرعه\s+زائده",
    r"(?:خبيت|خبأت|جمعت|مخبي|مخبيه|مخبايه)\s+(?:\S+\s+)?(?:حبوب|ادويه|دوا|اقراص|برشام)",
    r"^(?=.*(?:حبوب|ادويه|دوا|اقراص|برشام))(?=.*(?:اخدها|اخذها|ابلعها|اشربها|خدتها|اخدتها|اخذتها|"
    r"بلعتها)\s+كلها)",
    # violence, threats, control
    rf"(?:{_AR_HARMS_ME})(?!\s+(?:ال)?(?:برد|شمس|حر|كهربا))",
    r"(?:يهددني|هددني|بيهددني)\s+(?:\S+\s+)?بالقتل|اتعرض\s+(?:\S+\s+)?(?:ل|لل)(?:عنف|ضرب|"
    r"تحرش|اعتداء)",
    r"(?:اخذ|اخد|خد|سحب|يخبي|خبا|حاجز)\s+(?:مني\s+)?(?:جوازي|جواز\s+سفري|تلفوني|تليفوني|"
    r"موبايلي|فلوسي|اوراقي|هويتي|باسبوري)",
    r"(?:ما|مش|لا|مو)\s+(?:بي|ي)?(?:خليني|سيبني|سمح\s+لي|خلينيش)\s+(?:ا|ب|ن)?(?:طلع|خرج|بالخروج)",
    # afraid of him, afraid to go home
    r"(?:خايف|خايفة|اخاف|بخاف|خوفي|مرعوب|مرعوبة)\s+(?:\S+\s+)?(?:منه|منها|منهم|من\s+(?:زوجي|"
    r"جوزي|ابي|ابوي|بابا|اخوي|اخي|طليقي|حماي)|(?:ا|ن)?(?:رجع|روح)\s+(?:ع|على|الى|ل)?\s*"
    r"(?:ال)?بيت|(?:ا|ن)?رجع\s+(?:لل|عال)بيت|يقتلني|يضربني)",
    # a child at risk
    _AR_CHILD
    + r"\s+(?:\S+\s+){0,2}(?:ما\s+(?:اكلوا|اكل|اكلو|كلو)\s+(?:شي|شيء|حاجه|من)|بدون\s+اكل\s+"
    r"من|لحالهم\s+(?:كل|طول)|وحدهم\s+(?:كل|طول))",
    r"(?:يضرب|بيضرب|ضرب|يعنف|يؤذي|بيؤذي|يتحرش\s+ب)\s*(?:ال)?(?:اطفال|ولاد|اولاد|ابني|بنتي|"
    r"طفلي|عيال|ولادي|صغار)|ما\s+(?:بيطعم|يطعم|يعطي)\s+(?:ال)?(?:اطفال|ولاد|عيال)\s+اكل",
    # followed: in the harms ending in "me" above; someone walking behind, or started following
    r"صار\s+(?:ي|بي)لحقني|(?:ي|بي)لحقني\s+(?:\S+\s+)?(?:كل\s+يوم|كل\s+ليله|دايما|لل?بيت)",
    r"(?:ماشي|بيمشي|يمشي)\s+(?:ورايا|وراي|خلفي)\s+(?:\S+\s+)?(?:كل\s+يوم|دايما|للبيت)",
    # someone else beaten at home: a wife, a mother, a sister
    r"(?:بي|ي|عم\s+ي)?(?:ضرب|عنف)\s+(?:مرتو|مرته|مراته|زوجته|امه|امها|اخته|اختها|امي|اختي|"
    r"زوجتي|مرتي)(?:\s|$|[،,.])",
    # hate: a headscarf pulled off, told to go back to one's country
    r"(?:شد|شدو|شدوا|سحب|سحبو|سحبوا|نزع|نزعو|نزعوا|شلح|شلحو|خلع)\s+(?:\S+\s+)?(?:ال)?حجاب\S*\s+"
    r"(?:عن|من\s+(?:على\s+)?)\s*(?:راسي|راسها|راس)|(?:شد|سحب|نزع|شلح)\S*\s+حجابي",
    r"(?:قال|قلي|قالي|قالولي|قالتلي|صرخ|صرخو|صرخوا|بيقول|يقول)\S*\s+(?:\S+\s+){0,3}ارجع(?:ي|و|وا)?"
    r"\s+(?:على|ع|عل|الى|ل)?\s*(?:بلدك|بلدكم|بلادك|بلادكم|بلدكن)",
    # forced marriage
    r"(?:يجبروني|بيجبروني|اجبروني|يغصبوني|غصبوني|بدهم\s+يجبروني)\s+(?:\S+\s+)?(?:على\s+|ع\s*)?"
    r"(?:ال)?(?:زواج|جواز|اتزوج|اتجوز)|زواج\s+(?:بالاجبار|بالقوه|قسري|اجباري|بالغصب)|"
    r"(?:يزوجوني|يجوزوني|زوجوني|جوزوني)\s+(?:\S+\s+)?(?:غصب|بالقوه|بالغصب)",
    # in danger, not safe, help
    r"(?:انا|احنا|نحن)\s+(?:في|ب)\s*خطر|حياتي\s+(?:في|ب)\s*خطر|انقذوني|الحقوني|"
    r"(?:ساعدوني|ساعدني)\s+(?:\S+\s+){0,3}(?:يضربني|يقتلني|خطر)",
    r"(?:انا\s+)?(?:مش|ما|لست|مو)\s+(?:بامان|امنه|امن)\s+(?:في\s+)?(?:البيت|هون|هنا|الليله|معه)|"
    r"(?:لا\s+اشعر|مش\s+حاسه?|ما\s+حاسه?|ما\s+احس|مش\s+حاسس)\s+بالامان",
    # nowhere to sleep tonight
    r"(?:ما\s+عندي|ما\s+لي|ماليش|مليش|ليس\s+لدي|ما\s+في\s+عندي|معنديش)\s+(?:\S+\s+)?(?:مكان|وين|"
    r"فين)\s+(?:\S+\s+)?(?:انام|نام|ابات|اروح\s+الليله)|(?:طردني|طردوني|كبني|كبوني)\s+"
    r"(?:\S+\s+)?(?:من\s+)?(?:ال)?(?:بيت|دار)",
    # can't go on
    r"(?:مش\s+قادره?|ما\s+بقدر|ما\s+اقدر|لم\s+اعد\s+اقدر\s+(?:على\s+)?|ما\s+عدت\s+اقدر|مو\s+قادره?|"
    r"ما\s+عاد\s+فيني)\s+(?:ا|ب)?(?:تحمل|حتمل|ستحمل|كمل|عيش)\s+(?:هالحياه|الحياه|حياتي|هيك)",
    # in the Latin chat spelling
    r"\b(?:bad+[ei]|bdi|bde|3ayz[ae]?|3aiz[ae]?|3awz[ae]?|n[ei]fsi|abi|abgha|abghy|ariid|arid)\s+"
    r"(?:2?a)?m[ou]{1,2}t\b|\b(?:ra[h7]\s+|bad+i\s+|bdi\s+)2?[ae]nt[ei](?:7|h)[ae]r\b",
    r"(?:2|q|k)t[eou]?l\s+(?:nafsi|nefsi|7ali|hali)\b|\b(?:b|a)?fak+[ae]r\s+(?:bi?l?\s*|fi\s+(?:el\s+)?)"
    r"2?[ie]nti(?:7|h)ar\b",
    r"\b\w{0,4}d[ae]?r[aeo]?bni\b|\b\w{0,4}h[ae]d+[ae]dni\b|\b\w{0,3}[ie]?ghtasab?ni\b|"
    r"\b\w{0,3}(?:la7[ae]2ni|la7[ae]qni|lahe2ni|tarad?ni)\b",
    r"\b(?:kh|5)a[iy]?[ei]?f[ae]?h?\s+(?:m[ei]n+[ou]+\b|m[ei]n+ha\b|mno\b|mnha\b|m[ei]n\s+(?:jozi|zawji)\b|"
    r"arja3\s+3al?\s*b[ae][iy]?t\b)",
    r"\bana\s+(?:fi|fe|b)\s*(?:kh|5)atar\b|\bma\s*(?:3|a)[ae]?ndi\s+(?:\w+\s+)?(?:wen|wein|fen|mkan|"
    r"makan)\s+(?:\w+\s+)?(?:nam|anam|bat|abat)\b",
    # many tablets at once: a count or "at once" and swallowed, in the past
    r"(?:اخذت|بلعت|شربت|اخدت|خدت|اكلت)\s+(?:\S+\s+)?(?:حبوب|اقراص|برشام|حبات|دوا|دواء)\s+"
    r"(?:\S+\s+)?(?:كثير|كتير|وايد|بزاف|ياما|كثيره|كتيره)\s+(?:\S+\s+)?(?:مره\s+وحده|مره\s+واحده|"
    r"دفعه\s+وحده|دفعه\s+واحده|مع\s+بعض|ع\s+بعض|على\s+بعض)|(?:اخذت|بلعت|اخدت|خدت)\s+"
    r"(?:[0-9٠-٩]{2}|عشرين|ثلاثين|تلاتين)\s+(?:حبه|حبات|قرص|اقراص|حبوب)",
    # an older parent robbed or neglected by a carer or family; kept without food or medicine
    r"(?:تتركها|يتركها|بتتركها|بيتركها|تخليها|يخليها|بتخليها|بيخليها|تتركه|يتركه|تخليه|يخليه|"
    r"بيخليه|بتخليه|تركوها|تركوه|خلوها|خلوه|يتركوني|بيتركوني|يخلوني|بيخلوني)\s+(?:\S+\s+)?"
    r"(?:بدون|بلا|من\s+غير|بلاش)\s+(?:اكل|طعام|اكلا|دوا|دواء|ادويه|علاج)",
    r"(?:يسرق|تسرق|سرق|سرقت|بيسرق|بتسرق|يسرقوا|سرقوا)\s+(?:\S+\s+)?(?:معاش|راتب|تقاعد|فلوس)\S*|"
    r"^(?=.*(?:المرافقه|المرافق|الممرضه|مقدمه\s+الرعايه|العامله|الخادمه|(?:اللي|التي|الذي)\s+"
    r"(?:بتعتني|تعتني|يعتني|بيعتني|بتهتم|تهتم|يهتم|بتخدم|تخدم)))(?=.*(?:كدمات|تضربها|تضربه|"
    r"بتضربها|بتضربه|بدون\s+اكل|بلا\s+اكل|معاشها|معاشه|تحبسها|تحبسه|تقفل\s+عليها|تصرخ\s+عليها))",
    r"(?:يمنع|يمنعون|يمنعوا|بيمنع|بيمنعوا|منع|منعوا|تمنع|بتمنع|منعت)\s+عني\s+(?:ال)?(?:اكل|طعام|"
    r"دوا|دواء|ادويه|علاج)|(?:ما|مش|لا)\s+(?:بي|ي|بت|ت)(?:عطوني|عطيني|طعموني|طعميني)\s+(?:\S+\s+)?"
    r"(?:اكل|طعام|دوا|دواء|ادويتي|علاجي)(?!\s*حلال)",
    # food kept from the writer at home: deprived of it ("يحرمني من الطعام") or not let eat by a
    # husband or family ("زوجي لا يسمح لي بالأكل"); not a doctor's orders, a fast or a diet
    r"^(?!.*(?:دكتور|طبيب|عمليه|صيام|صوم|رمضان|رجيم|دايت|حميه))(?=.*(?:(?:بي|ي|بت|ت)?حرم"
    r"(?:ني|وني|تني)\s+(?:من\s+)?(?:ال)?(?:اكل|طعام)|(?:زوجي|جوزي|ابي|ابوي|اخوي|اخي|حماتي|حماي|"
    r"عمي|اهلي|اهل\s+زوجي)\s+(?:\S+\s+){0,2}(?:لا|ما|مش|مو)\s+(?:بي|ي|بت|ت)?(?:سمح\s+لي|سمحلي|"
    r"خليني|خلينيش)\s+(?:ب|ان\s+)?(?:ال)?(?:اكل|ناكل)(?![\u0621-\u064a\u066e-\u06d3])))",
    r"(?:حبسوني|يحبسوني|بيحبسوني|حابسني|حابسيني|حابسينني)|(?:محبوسه?|مقفول\s+علي|مسكر\s+علي)\s+"
    r"(?:في|ب)\s*(?:ال)?(?:غرفه|اوضه|بيت|حمام)",
    # alone and panicking: no breath, with no one there or the heart racing
    r"^(?=.*(?:لا\s+استطيع|ما\s+اقدر|ما\s+بقدر|مش\s+قادره?|مو\s+قادره?|ما\s+عم\s+اقدر)\s+"
    r"(?:ا|ب)?(?:التنفس|تنفس|اتنفس|خذ\s+نفسي|اخد\s+نفسي))(?=.*(?:وحدي|لوحدي|لحالي|بروحي|"
    r"(?:احد|حدا|حد|حدا)\s+(?:يرد|يجاوب)|قلبي\s+(?:\S+\s+)?(?:يدق|بيدق|يخفق|بيخبط|بيدق)))",
    # a body in trouble with no one there: blood sugar falling or about to faint, alone
    r"^(?=.*(?:(?:ال)?سكر(?:ي)?\s+(?:عندي\s+)?(?:\S+\s+)?(?:نازل|واطي|هابط|منخفض|ناقص)|(?:هبوط|نزول|"
    r"انخفاض)\s+(?:في\s+|ب)?(?:ال)?سكر|(?:رح\s+|راح\s+|ح)يغمى\s+علي))(?=.*(?:(?:ما\s+(?:في|فيه|فيش)|"
    r"مافي|مفيش)\s+(?:حدا|حد|احد)|لا\s+يوجد\s+احد|(?:لوحدي|لحالي|وحدي|بروحي)\s+(?:\S+\s+)?(?:ب|في\s+)?"
    r"(?:ال)?(?:بيت|دار|هون|هنا)))",
    # honour and a refused match; a threat to kill said outright; found by an ex
    r"(?:شرف|الشرف|شرفي|شرفنا|شرف\s+العيله)\s+(?:\S+\s+){0,5}" + _AR_KILLS_ME,
    r"(?:اذا|لو|ان)\s+(?:رفضت|هربت|(?:ما|لم)\s+(?:ا|ب|ن)?(?:وافق|تزوج|اتزوج|تجوز|اتجوز|قبل|"
    r"رضي)\S*)\s+(?:\S+\s+){0,5}" + _AR_KILLS_ME,
    r"(?:(?:قال|قالوا|بيقول)\S*\s+(?:\S+\s+){0,4}|(?:هدد|هددوا|حلف|حلفوا)\S*\s+(?:\S+\s+){0,8})"
    r"(?:ح|رح\s+|راح\s+|س)?(?:يقتلني|يقتلوني|يذبحني|يذبحوني|يخلص\s+علي)",
    r"(?:طليقي|زوجي\s+السابق|جوزي\s+القديم|جوزي\s+السابق|خطيبي\s+السابق)\s+(?:\S+\s+){0,3}"
    r"(?:عرف|لقى|وصل|اكتشف)\s+(?:\S+\s+)?(?:عنواني|مكاني|وين\s+(?:ساكنه?|بسكن|عايشه?)|فين\s+"
    r"(?:ساكنه?|عايشه?)|بيتي|لعندي)|(?:طليقي|زوجي\s+السابق|جوزي\s+السابق)\s+(?:\S+\s+)?"
    r"(?:لقاني|لاقاني)",
    # a boy drawn online into travelling to fight
    r"(?:يقنع|يحرض|يجند|يشجع|يغري)\S*\s+(?:\S+\s+){0,3}(?:بالسفر|على\s+السفر|ان\s+يسافر|يسافر)\s+"
    r"(?:\S+\s+)?(?:للقتال|للجهاد|ليقاتل|ليجاهد|يقاتل|يجاهد)",
)

# A threat to kill the writer: "زوجي سيقتلني الليلة", "إذا تركته رح يقتلني", "سأقتلك" written on
# the door, "jozi ra7 yi2telni"; not "أمي رح تقتلني إذا تأخرت", "الحر بيقتلني", "رح أقتله، أكل
# الكيكة تبعي".
ARABIC_PHRASES += (  # i18n-exempt: input
    r"(?:^|\s)(?:زوجي|جوزي|طليقي|خطيبي|هو|هوه)\s+(?:\S+\s+){0,3}" + _AR_KILLS_ME,
    r"(?:سي|رح\s+ي|راح\s+ي|ح\s*ي|هي)(?:قتلني|ذبحني)\s+(?:\S+\s+)?(?:الليله|اليوم|هالليله)",
    r"(?:^|\s)(?:اذا|لو|ان)\s+(?:\S+\s+){0,2}(?:تركته|رحت|طلعت|هربت|حكيت|قلت|اشتكيت|بلغت|"
    r"رفضت|طلبت\s+الطلاق|سبته|خليته|تطلقت)\s+(?:\S+\s+){0,3}" + _AR_KILLS_ME,
    r"^(?=.*(?:سا|س|رح\s+ا|راح\s+ا|ح\s*ا|ه)قتلك)(?=.*(?:كتب|كاتب|باب|حيط|حائط|رساله|مسج))",
    r"\b(?:jozi|zawji|howa|huwe|taliqi)\s+(?:\w+\s+)?(?:ra7|rah|7a|ha|bi|sa)?\s*y?[ie]?(?:2|q|k)"
    r"t[ie]?lni\b",
    # an older parent's whole pension taken and no food left, or too weak to stand
    r"^(?=.*(?:ياخذ|ياخد|اخذ|اخد|بياخد|بياخذ|يستولي\s+على)\s+(?:\S+\s+)?(?:معاش|راتب|تقاعد)\S*)"
    r"(?=.*(?:(?:لا|ما|مش)\s+(?:بي|ي)?(?:ترك|خلي)\s+(?:له|لها|الو|الها)\s+(?:\S+\s+)?"
    r"(?:طعام|اكل)|"
    r"(?:لا|ما|مش)\s+(?:يستطيع|يقدر|بيقدر|تستطيع|تقدر)\s+(?:ان\s+)?(?:ال)?(?:وقوف|يوقف|يقف)))",
    # a passport or papers taken by "them", not held by an embassy or at the airport
    r"^(?!.*(?:تجديد|تاشيره|فيزا|سفاره|قنصليه|مطار|الجوازات|تصوير|نسخه)).*(?:^|\s)(?:و|ف)?"
    r"(?:اخذوا|اخدوا|خدوا|اخذو|اخدو|خدو|سحبوا|سحبو|خبوا|خبو|حجزوا|حجزو|صادروا|صادرو|"
    r"(?:بي|ي)خبوا)\s+(?:مني\s+)?(?:جوازي|جواز\s+سفري|باسبوري|اوراقي|هويتي)",
    # someone (he or she) not breathing who has fallen, collapsed, gone blue or does not move or
    # answer (the sign may be said in English); not a nose blocked by a cold
    r"^(?!.*(?:(?:من|ب)\s*(?:انف|مناخير|خشم)|زكام|مزكوم|رشح))(?=.*(?:(?:^|\s)(?:و|ف)?(?:لا|ما|"
    r"مش|مو)\s+(?:عم\s+)?(?:بي|بت|ي|ت)تنفس|(?:لم\s+(?:يعد|تعد)|ما\s+(?:عاد|عادت))\s+(?:ي|ت)تنفس|"
    r"(?:توقف|وقف|انقطع)\S*\s+(?:عن\s+التنفس|نفسه|نفسها|تنفسه|تنفسها))(?!\s+(?:جيدا|جيد|كويس|"
    r"منيح|مليح|زين|مزبوط|بشكل|طبيعي)))(?=.*(?:(?:^|\s)(?:و|ف)?(?:سقط|وقع|طاح|انهار)|اغمي\s+"
    r"علي|مغمي\s+علي|فاقد\S*\s+(?:ال)?وعي|غايب\S*\s+عن\s+الوعي|(?:وجه|شفايف|شفاه|لون)\S*\s+"
    r"(?:\S+\s+)?\S*زرق|(?:^|\s)(?:و|ف)?(?:لا|ما|مش)\s+(?:عم\s+)?(?:بي|بت|ي|ت)(?:تحرك|رد|ستجيب|"
    r"صحى|صحي|فيق)|blue|fell|collapsed|unconscious))",
)

# An alarm in a few words (safeguarding_words.a_plea_in_a_few_words): "ساعدوني، الأولاد", "هو
# هون", "طليقي على الباب", "help, جوزي رجع"; not "ساعدوني، الأولاد بدهم يسجلوا بالنادي".
_AR_PLEA = r"ساعدوني|ساعدني|النجده|الحقوني|الحقني|انقذوني|بسرعه|ارجوكم|ارجوك|help|sos"
_AR_HERE = r"(?:هنا|هون|هين|على\s+الباب|عالباب|ع\s+الباب|قدام\s+(?:ال)?باب|برا|تحت\s+البيت)"
# Someone who, here or at the door, is an alarm said alone (an ex); "هو" (he, it) or a husband
# at the door may be a lift or a parcel, and is one beside a plea.
_AR_WHO = r"(?:طليقي|زوجي\s+السابق|جوزي\s+القديم|جوزي\s+السابق)"
_AR_FAMILY = r"(?:هو|هم|زوجي|جوزي|ابوهم|ابوي|اخوي|حماي)"
_AR_ALARM = (
    rf"{_AR_WHO}\s+(?:\S+\s+)?{_AR_HERE}|{_AR_WHO}\s+(?:وصل|وصلوا|رجع|رجعوا|جاي|جايين)|"
    r"(?:لقاني|لقوني|لاقاني|وجدني|عرف\s+(?:وين|فين)\s+انا)|(?:بي|ي)?كسر(?:وا|و)?\s+الباب|"
    r"(?:قفلوا|قفلو|سكروا|سكرو|حبسوا|حبسو)\s+علينا|(?:حبسونا|قفلونا)"
)
_AR_BESIDE_A_PLEA = (
    rf"{_AR_CHILD}|(?:{_AR_FAMILY}\s+)?(?:{_AR_HERE}|وصل|رجع|جاي)|{_AR_FAMILY}|{_AR_WHO}"
)

# A child's arm or leg broken, or burnt, by someone ("كسر ذراع الصغير", "كسرله ايده"); not a
# child who broke their own arm falling ("ابني كسر ذراعه في الملعب"), nor a chair's arm.
_AR_LIMB = r"(?:ذراع|يد|ايد|رجل|ساق|اضلاع|ضلع|انف|كتف)"
_AR_YOUNG = (
    r"(?:ال)?(?:صغير|صغيره|ولد|بنت|طفل|طفله|رضيع|بيبي|صغار)|ابني|ابنتي|بنتي|ابنه|بنته|ابنها|"
    r"بنتها|ولدي|ولده|ولدها"
)
ARABIC_PHRASES += (  # i18n-exempt: input
    a_plea_in_a_few_words(_AR_PLEA, _AR_ALARM, _AR_BESIDE_A_PLEA),
    rf"(?:^|\s)(?:و|ف)?(?:بي|ي)?(?:كسر|حرق|خلع|لوى|لوا)\s+{_AR_LIMB}\s+(?:{_AR_YOUNG})"
    r"(?:\s|$|[،,.])|"
    rf"(?:^|\s)(?:و|ف)?(?:كسر|حرق)(?:له|لها|لو|لي|لهم)\s+{_AR_LIMB}\S*",
)

# Put out of the home: a family with nowhere to sleep tonight ("ما عندهم مكان يناموا فيه", "ما
# لنا وين ننام"), or a landlord who threw the things into the street, turned them out or changed
# the lock with them outside; not guests with no bed, a lock to be changed tomorrow, nor old
# furniture put out for the council.
_AR_THEY_HAVE_NOT = (
    r"(?:ما|مو|مش)\s+(?:في\s+)?(?:عند|ل)(?:نا|هم|ه|ها|و|هن)|(?:ما|م)(?:لنا|لهم|لوش|لهاش|لناش)|"
    r"معند(?:نا|هم|و|ها)ش|(?:ليس|لا\s+يوجد)\s+(?:لدي|ل)(?:نا|هم|ه|ها)"
)
_AR_LANDLORD = (
    r"(?:صاحب|صاحبه|مالك)\s+(?:ال)?(?:بيت|شقه|سكن|عقار|ملك|دار|بنايه|عماره)|المالك|المؤجر"
)
_AR_THINGS = r"(?:اغراض|غراض|عفش|اثاث|اشياء|حاجات|ملابس|هدوم|شنط)\S*"
_AR_PUT_OUT = (
    rf"{_AR_THINGS}\s+(?:\S+\s+)?(?:في|ب|ع|على|عال|برا|بره|الى)\s*(?:ال)?(?:شارع|رصيف)|"
    r"(?:^|\s)(?:و|ف)?(?:طرد|طردو|طردوا)(?:نا|هم|ه|ها)?\s+(?:\S+\s+)?(?:من|برا|بره)\s+"
    r"(?:ال)?(?:بيت|شقه|سكن|دار)|(?:غير|بدل)\S*\s+(?:ال)?(?:قفل|كالون|غال|زرفيل)\S*\s+(?:\S+\s+)?"
    r"(?:و(?:هم|احنا|نحن|هو|هي)\s+)?(?:برا|بره|بالشارع|في\s+الشارع)"
)
_AR_OLD_THINGS = r"(?:اغراض|عفش|اثاث|كنبه|الكنبه|خزانه|الخزانه|فرشه)\S*\s+(?:ال)?قديم"
ARABIC_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:ضيوف|ضيف|زوار|زائر))(?=.*(?:{_AR_THEY_HAVE_NOT})\s+(?:\S+\s+)?(?:مكان|وين|فين)"
    r"\s+(?:\S+\s+)?(?:(?:ا|ي|ت|ن|ب|بي|بن|بت)?(?:نام|بات)(?:وا|و|ون)?(?![\u0621-\u064a])|"
    r"للنوم|للمبيت))",
    rf"^(?!.*(?:البلديه|القمامه|الزباله|النفايات|الحاويه|{_AR_OLD_THINGS}))"
    rf"(?=.*(?:{_AR_LANDLORD}))"
    rf"(?=.*(?:{_AR_PUT_OUT}))",
)

# A young person drawn in to an attack: told by people online or a group to "do an operation",
# or talking of attacking, stabbing or blowing up, with a weapon got or the people urging him
# ("يقولوا له يسوي عملية", "اشترى سكاكين"); not an operation at the hospital, knives bought for
# the kitchen, nor a dinner planned for Friday.
_AR_ATTACK = (
    r"(?:(?:^|\s)(?:و|ف)?(?:رح\s+|راح\s+|ح\s*)?(?:ي|بي|ت|بت|ن|ا)(?:سوي|سوو|عمل|نفذ)\S*|"
    r"(?:^|\s)(?:سوي|اعمل|نفذ))\s+(?:\S+\s+)?عمليه(?!\s+(?:شراء|دفع|بيع|تحويل|حسابيه|جراحيه|"
    r"تسجيل))|(?:ي|بي|رح\s+ي|ح\s*ي)(?:هاجم|فجر|طعن)\S*|"
    r"تفجير|هجوم\s+على"
)
_AR_ARMED_OR_URGED = (
    r"(?:اشترى|اشترا|شرى|جاب|عنده|مخبي|خبا)\s+(?:\S+\s+)?(?:سكاكين|سكين|ساطور|سلاح|مسدس|"
    r"متفجرات|بارود|قنبله)|تلغرام|تليغرام|تيليجرام|تليجرام|ديسكورد|داعش|جهاد|"
    r"(?:يقولوا|يقولو|بيقولوا|قالوا|قالو|يحرضوه|حرضوه)\s+(?:له|لو|الو)?\s*(?:ي|بي)?"
    r"(?:سوي|عمل|نفذ)"
)
_AR_A_HOSPITAL = (
    r"مستشفى|مستشفي|دكتور|الدكتور|طبيب|جراح|تخدير|عيون|ركبه|لوز|زايده|ولاده|قيصريه|تجميل"
)
ARABIC_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_AR_A_HOSPITAL}))(?=.*(?:{_AR_ATTACK}))(?=.*(?:{_AR_ARMED_OR_URGED}))",
)

# In the Latin chat spelling (Arabizi: "7" for ح, "3" for ع, "2" for ء, "5" for خ, "9" for ق in
# the Maghreb), three kinds the Arabic-script patterns above read: pills gathered or hidden with
# a plan to take them ("jama3et kel 7boub el dawa w ra7 e5edon el leile"); someone not
# breathing with a sign of danger (gone blue, choking, fallen, not answering: "ebni mesh
# bey-etnafes, weshsho azra2"); children locked in by an adult with a sign it goes on (all day,
# bruises, only bread: "kat9fel 3la wladha f lbit nhar kamel"). Left alone: old pills gathered
# for the pharmacy or sorted for a grandmother, a nose blocked by a cold, a face blue with paint,
# a door locked on oneself to work from home.
_AZ_PILLS = (
    r"\b(?:(?:7|h)(?:o|e)?b(?:ou|oo|u|o)b\w*|(?:7|h)[ae]b+at|d[ae]?wa|(?:2|a)?adwi?y[ae]\w*|"
    r"br[ae]?sh[ae]{1,2}m|kachiyat|(?:2|a)?[9q]ras\w*)\b"
)
_AZ_GATHERED = (
    r"\b(?:(?:j|g)[ae]?m[ae]?3[ae]?t|lam+[ae]y?t|(?:5|kh)[ae]b+[ae]?[iy]?t|"
    r"m(?:5|kh)[ae]?b+[ae]?[iy]\w*)\b"
)
# Taking or swallowing them ("e5edon", "a5odhom", "ebla3on"), or tonight ("el leile", "lleila").
_AZ_TAKE_THEM = (
    r"\b(?:n|t|y|ha|7a)?[aei]?(?:5|kh)[aeiou]?dh?(?:on|om|oun|hon|hom|hum)\b|"
    r"\b\w{0,3}bl[ae]3h?(?:on|om|oun|hon|hom|hum)\b|\b(?:el\s+|l|hal\s+)l[ei]{1,2}l[ae]h?\b"
)
_AZ_PHARMACY = r"\b(?:s[ae]ydal\w*|farmas\w*|pharmac\w*|d[ao]k+t[ou]?r\w*|doctor|tabib\w*)\b"
# Not breathing ("mesh bey-etnafes", "ma 3am yetnaffas", "mabyetnafasch"), or the breath stopped.
_AZ_BREATH = r"(?:b[ie]?[yt]?|[yt])-?[ei]?tn[ae]f+[ae]?s"
_AZ_NO_BREATH = (
    rf"\b(?:mesh|mish|msh|mush|ma|mu|mo|mich|mch)\s+(?:3am\s+|3ammal\s+)?{_AZ_BREATH}\b|"
    rf"\bma-?{_AZ_BREATH}(?:sh|ch)\b|\bnafas(?:o|u|ha|hu)\s+(?:wa2af|w2ef|wa2ef|2ata3|t2ata3)\b"
)
_AZ_BREATH_ALARM = (
    r"\b(?:azra2|zar2a|zer2an|zr[ae]?2|zra9|zer9a|zr9a|azra9)\b|"
    r"\b\w{0,3}(?:z[ae]2[ae]t|sh[ae]r[ae][2q]|(?:5|kh)an(?:a|e)2|(?:5|kh)ne2)\w*|"
    r"\b(?:w[aei]?2[aei]3|oghmi|ughmi|m[au]?ghm[ae])\w*|"
    r"\bta7(?:et|at)?\b|\bmesh\s+bi?-?y?(?:rod|rud|fo2|s7a)\w*\b|"
    r"\b(?:blue|choking|choked|fell|collapsed|unconscious)\b"
)
_AZ_A_COLD = (
    r"\b(?:man[ae](?:kh|5)[iey]+r\w*|anf(?:o|u|ha|i)|zokam|zukam|mzakam|rash7|rash[ae]7|bard)\b"
)
# Children ("wladha", "drari", "el 3eyal") locked in by someone ("kat9fel 3la", "bet2afel 3al").
_AZ_CHILDREN = (
    r"(?:l|el\s+|al\s+)?(?:wl[ae]d\w*|wled\w*|2wlad\w*|awlad\w*|d+rari|3[ie]yal\w*|atfal\w*|"
    r"ttfal\w*|sghar|zghar|bnat\w*)"
)
_AZ_LOCKS_IN = (
    r"\b\w{0,4}(?:(?:9|q|2|g)[ae]?f[ae]?l|s[ae]k+[ae]r)\w*\s+(?:\w+\s+)?3[ae]?l[aei]?\s+"
    rf"(?:\w+\s+)?{_AZ_CHILDREN}\b"
)
_AZ_KEPT_LONG = (
    r"\b(?:nhar\s+kam[ae]?l|kol\s+(?:el\s+|l)?nhar|kol\s+yom|t[ou]{1,2}l\s+(?:el\s+|l)?"
    r"(?:nhar|yom)|ghir\s+(?:l|el\s+)?khobz|bas\s+(?:el\s+)?khebz|zr9a|zer9a|zar9a|zr9in|"
    r"kadamat|ayyam|iyyam)\b"
)
ARABIC_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*{_AZ_PHARMACY})"
    + every_one_of(rf"{_AZ_GATHERED}\s+(?:\w+\s+){{0,3}}{_AZ_PILLS}", _AZ_TAKE_THEM),
    rf"^(?!.*{_AZ_A_COLD})" + every_one_of(_AZ_NO_BREATH, _AZ_BREATH_ALARM),
    "^" + every_one_of(_AZ_LOCKS_IN, _AZ_KEPT_LONG),
)

# A child who has swallowed a button battery, a magnet, bleach or a washing capsule ("ابني عمره
# سنتين بلع بطارية صغيرة من الريموت", "بنتي شربت كلور"); not a child who swallowed his medicine
# or a sweet, nor a battery changed in the remote.
_AR_A_CHILD = (
    r"(?:ابني|ابنتي|بنتي|ولدي|طفلي|طفلتي|ابنها|بنتها|ابنه|بنته|حفيدي|حفيدتي|(?:ال)?(?:صغير|"
    r"صغيره|ولد|بنت|طفل|طفله|رضيع|بيبي))"
)
_AR_SWALLOWED = (
    r"(?:بلع|بلعت|ابتلع|ابتلعت|اكل|اكلت|شرب|شربت|حط\s+بتمه|حطت\s+بتمها)\s+(?:\S+\s+){0,2}"
    r"(?:بطاري|بطاريه|بطاريات|حجر\s+(?:ال)?(?:ساعه|بطاري)|مغناطيس|مغنطيس|مغناطيسات|كلور|كلوركس|"
    r"مبيض|ديتول|كبسول\S*\s+(?:ال)?غسيل|مسحوق\s+(?:ال)?غسيل|سائل\s+(?:ال)?جلي|مطهر|"
    r"كاز|بنزين|سم\s+(?:ال)?فيران)"
)
ARABIC_PHRASES += (  # i18n-exempt: input
    rf"^(?=.*{_AR_A_CHILD}\s+(?:\S+\s+){{0,4}}{_AR_SWALLOWED})",
)

# A child beaten with a belt, a stick or a cable, or leaving marks or fear, by someone the writer
# tells of ("زوج أختي يضرب ابنها بالحزام، شفت آثار على ظهره"); not a ball kicked in a game.
_AR_BEATS_A_CHILD = rf"(?:يضرب|بيضرب|عم\s+يضرب|ضرب|يعنف|بيعنف)\s+(?:\S+\s+)?{_AR_A_CHILD}"
_AR_HOW_BEATEN = (
    r"(?:بال)?(?:حزام|قشاط|كرباج|عصا|عصايه|سلك|خرطوم|شبشب)|(?:اثار|علامات|كدمات|ازرقاق|زرقه)\s+"
    r"(?:\S+\s+)?(?:على|ع|في|بـ?)\s*(?:ظهر|جسم|جسد|وجه|ايد|رجل)|(?:خايف|خايفه|يخاف|بيخاف)\s+"
    r"(?:\S+\s+)?(?:ي|ا)?(?:رجع|روح)"
)
ARABIC_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:الكره|بالكره|كره\s+القدم|يلعب|يلعبوا|لعبه))"
    + every_one_of(_AR_BEATS_A_CHILD, _AR_HOW_BEATEN),
)

# A parent who fell and does not answer, alone at home ("سقطت على الأرض ولا ترد عليّ. هي وحدها
# في البيت"); not a fall after which she is fine.
ARABIC_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"(?:سقط|وقع)(?:ت)?\s+(?:على\s+الأرض|أرضا)",
        r"(?:لا|ما|مش)\s+(?:ترد|يرد|تجيب|يجيب|تتكلم|يتكلم|تتحرك|يتحرك)",
        r"وحد(?:ها|ه)|لوحد(?:ها|ه)",
    ),
)

# Threats sent to the writer by someone who says he knows where she lives or will come ("يرسل لي
# تهديدات ويقول إنه يعرف عنواني وسيأتي الليلة", "بيبعتلي تهديدات وبيقول جاي لعندك"); not threats
# of a fine from the council, nor a friend who knows the address and is coming to a party.
_AR_THREATS_SENT = (
    r"(?:يرسل|بيرسل|ارسل|يبعث|بعث|يبعت|بيبعت|بعت|تصلني|وصلتني|وصلني|بتوصلني|تجيني|جاتني)\S*\s+"
    r"(?:\S+\s+){0,2}?(?:تهديد|تهديدات|رسائل\s+تهديد|رسايل\s+تهديد)"
)
_AR_KNOWS_OR_COMING = (
    r"(?:يعرف|بيعرف|عارف|عرف|يعرفون|عرفوا)\s+(?:\S+\s+)?(?:عنواني|بيتي|مكاني|وين\s+(?:ساكنه?|"
    r"بسكن|عايشه?)|فين\s+(?:ساكنه?|عايشه?)|اين\s+اسكن)|(?:سياتي|سياتون|سيجي|رح\s+ييجي|"
    r"رح\s+يجي|حييجي|جاي|جايين|راح\s+يجي)\s+(?:\S+\s+){0,2}?(?:الليله|لعندي|لعندك|للبيت|"
    r"لبيتي|الي|اليوم|بكره)"
)
_AR_NOT_A_FINE_OR_A_PARTY = r"^(?!.*(?:غرامه|مخالفه|البلديه|الضرايب|حفله|عيد\s+ميلاد))"
_AR_THREATENED_AND_FOUND = _AR_NOT_A_FINE_OR_A_PARTY + every_one_of(
    _AR_THREATS_SENT, _AR_KNOWS_OR_COMING
)
ARABIC_PHRASES += (_AR_THREATENED_AND_FOUND,)  # i18n-exempt: input

# Someone who fell or collapsed and does not wake or come round, or breathes with difficulty
# ("زوجي سقط على الأرض ولا يستيقظ، ويتنفس بصعوبة"); or who cannot be woken and breathes with
# difficulty. Not a fall after which he is fine, nor a child who will not wake for school.
_AR_COLLAPSED = (
    r"(?:^|\s)(?:و|ف)?(?:سقط|سقطت|وقع|وقعت|طاح|طاحت|انهار|انهارت)(?:\s|$|،|\.)|اغمي\s+علي|"
    r"مغمي\s+علي|فقد\S*\s+(?:ال)?وعي"
)
_AR_NOT_WAKING = (
    r"(?:^|\s)(?:و|ف)?(?:لا|ما|مش|مو|لم)\s+(?:عم\s+)?(?:بي|بت|ي|ت)?(?:ستيقظ|صحى|صحي|صحو|فيق|"
    r"فوق|قدر\s+اصحي|قدر\s+اصحيه)"
)
_AR_BREATHES_HARD = (
    r"(?:ي|ت|بي|بت)تنفس\s+(?:\S+\s+)?(?:بصعوبه|بصعوبة|بثقل|بسرعه|بشكل\s+غريب)|(?:يشخر|يشهق|"
    r"نفسه\s+ثقيل|نفسها\s+ثقيل|ضيق\s+(?:في\s+)?(?:ال)?(?:نفس|تنفس))"
)
_AR_NOT_SCHOOL = r"^(?!.*(?:المدرسه|المدرسة|للمدرسه|الدوام))"
ARABIC_PHRASES += (  # i18n-exempt: input
    r"^(?!.*بخير)"
    + _AR_NOT_SCHOOL
    + every_one_of(_AR_COLLAPSED, f"{_AR_NOT_WAKING}|{_AR_BREATHES_HARD}"),
    _AR_NOT_SCHOOL + every_one_of(_AR_NOT_WAKING, _AR_BREATHES_HARD),
)

# A mother after a birth who says the baby is not hers or that it would be better without her,
# with a sign it is now (alone with the baby, not answering): "ولدت من شهر ... تقول إن الطفل ليس
# طفلها ... هي وحدها معه الآن"; not a relative's baby minded for the day.
_AR_AFTER_BIRTH = r"ولدت|انجبت|الولاده|الولادة|النفاس|نفاس|وضعت\s+(?:مولود|طفل|بنت|ولد)"
_AR_NOT_HER_BABY = (
    r"(?:الطفل|الطفله|البيبي|المولود|البنت|الولد|الرضيع)\S*\s+(?:\S+\s+)?(?:ليس|ليست|مش|مو|"
    r"موش|ماهو)\s+(?:طفلها|ابنها|بنتها|لها|طفلي|ابني|بنتي|منها)|(?:بدلوا|استبدلوا|بدلو)\S*\s+"
    r"(?:\S+\s+)?(?:الطفل|المولود|طفلها|ابنها|بنتها)|افضل\s+(?:\S+\s+)?بدونها|افضل\s+"
    r"(?:\S+\s+)?من\s+غيرها"
)
_AR_BABY_AT_RISK_NOW = r"وحدها|لا\s+ترد|ما\s+ترد|الان|الحين|هلق|اليوم|الليله|قفلت|اغلقت"
ARABIC_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_AR_AFTER_BIRTH, _AR_NOT_HER_BABY, _AR_BABY_AT_RISK_NOW),
)

# In the Latin chat spelling, someone out of the psychiatric hospital or off their medicine who
# is sure people are watching, following or out to kill them, and is going to confront or hurt
# them ("tele3 mn el mustashfa w ma 3ad yakhod el dawa, bi2ool fi nas bterakbo w ra7 yrooh
# ywaj3hom elyom"); not someone home from hospital and taking the medicine, nor neighbours
# watching a match.
_AZ_OFF_CARE = (
    r"\b(?:tele3|tal3|tel3|hereb|harab|hrb|9rb|ahrab)\s+(?:\w+\s+){0,2}?(?:el\s*|al\s*|l)?"
    r"(?:mustashfa|mostashfa|mustashfa|must[ae]shfa|sbitar|sbetar)\b|\b(?:ma|mesh|mish|mush)\s+"
    r"(?:3ad|3am|bi|b)?\s*(?:yakhod|ya5od|tekhod|te5od|yakhud|yeshrab|byakhod|bya5od)\s+"
    r"(?:\w+\s+)?(?:el\s*)?(?:dawa|dawa2|adwi\w*|7obob|7boub)\b|\b(?:wa2af|w2ef|ba6al|batal)\s+"
    r"(?:el\s*)?(?:dawa|dawa2|adwi\w*)\b"
)
_AZ_PARANOID = (
    r"\b(?:fi|fee|fih)\s+nas\s+(?:b|bi|bt|bte|by|bye|y|t|te)?"
    r"(?:ra[kq28]e?b|tra[kq28]e?b|l7a2|la7)\w*|"
    r"\b(?:b|bi|bt|by)?(?:terakb|tra2b|ra2b|raqb)\w*\s+(?:\w+\s+)?(?:3aleh|3aleih|3alay|3leh)\b|"
    r"\b(?:bdon|biddon|bdhom|bedhom|bado)\s+(?:y2tlo|ye2tlo|yo2tlo)\w*|\baswat\b"
)
_AZ_GOING_TO_ACT = (
    r"\b(?:ra7|ra7a|7a|7ay|bdo|biddo|bado|bidha|bdha)\s+(?:y|t)(?:rooh|ru7|roo7|ro7|waj3|waje3|"
    r"wa[gj]eh|2tel|2otl|edrab|odrob|drob|hajem|hjom)\w*"
)
ARABIC_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_AZ_OFF_CARE, _AZ_PARANOID, _AZ_GOING_TO_ACT),
)

# A child who has swallowed someone else's tablets or an unknown number of them ("طفلي عمره
# سنتين بلع حبوب جدته، لا أعرف كم"); not a child who took his own medicine as given.
_AR_SWALLOWED_PILLS = (
    r"(?:بلع|بلعت|ابتلع|ابتلعت|اكل|اكلت|شرب|شربت)\s+(?:\S+\s+){0,2}(?:حبوب|حبات|اقراص|برشام|"
    r"دوا|دواء|ادويه)"
)
_AR_NOT_HIS_OR_UNCOUNTED = (
    r"(?:حبوب|حبات|اقراص|دوا|دواء|ادويه)\s+(?:\S+\s+)?(?:جدته|جدتها|جده|جدها|امي|ابوي|ابي|"
    r"زوجي|الكبار|الضغط|السكر|القلب|الاعصاب)|(?:لا|ما|مش)\s+(?:ا|ب|بـ)?(?:عرف|اعرف|بعرف|"
    r"نعرف|بنعرف|عارف|عارفه|ادري|بدري)\s+(?:\S+\s+)?(?:كم|قديش|اديش|قداش|كام)|"
    r"(?:العلبه|الشريط|الظرف)\s+(?:كله|كلها|كامل)|كل\s+(?:ال)?(?:علبه|شريط|حبوب)"
)
ARABIC_PHRASES += (  # i18n-exempt: input
    rf"^(?=.*{_AR_A_CHILD}\s+(?:\S+\s+){{0,4}}{_AR_SWALLOWED_PILLS})"
    rf"(?=.*(?:{_AR_NOT_HIS_OR_UNCOUNTED}))",
)

# Someone beaten, locked in, burnt or choked by a sheikh or a healer to drive out a jinn or in a
# ruqya ("الشيخ اللي يسوي رقية لأختي يحبسها في غرفة ويضربها عشان يطلع الجن"); not a ruqya read
# over someone with no harm, nor a talk about such abuse.
_AR_JINN_OR_RUQYA = r"رقيه|رقيا|الرقيه|الجن|جني|ممسوس|ملبوس|مسحور|السحر|المس(?:\s|$)|يطلع\s+ال"
_AR_HARMED_BY_HIM = (
    r"(?:^|\s)(?:و|ف)?(?:ي|ب|بي|عم\s+ي)?(?:ضرب|حبس|قفل\s+علي|كوي|كوا|خنق|جلد|ربط)(?:ها|ه|هم|"
    r"و|وها|وه|ونها|ونه|ونهم)(?:\s|$|،|\.)|(?:^|\s)(?:و|ف)?(?:ضرب|حبس|خنق|جلد|ربط|كوى)"
    r"(?:ها|ه|وها|وه|هم)(?:\s|$|،|\.)"
)
ARABIC_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:محاضره|ندوه|درس\s+عن|برنامج\s+عن))"
    + every_one_of(_AR_JINN_OR_RUQYA, _AR_HARMED_BY_HIM),
)

# An older or disabled neighbour or parent who fell or does not answer the door now.
ARABIC_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:نايم|نائم|مسافر|سافر))"
    + every_one_of(
        r"(?:العجوز|المسن|كبير\w*\s+في\s+السن|لا\s+(?:تستطيع|يستطيع)\s+المشي|مقعد)",
        r"(?:لا|ما)\s+(?:ترد|يرد)\s+على\s+(?:الباب|التلفون|الهاتف)",
        r"(?:سقط|وقع|الانذار|امس|يومين|منذ)",
    ),
)

# Gas leaking in the home of a parent with dementia, typed in Latin letters (Egyptian).
ARABIC_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\b(?:ri7(?:et|a)\s+(?:el\s+)?ga[sz]|botagaz\s+wala3|el\s+gaz\s+maftou7)\b",
        r"\b(?:alzheimer|zheimer|mesh\s+byerod|msh\s+byrod|mesh\s+byrod)\b",
    ),
)

# A fire or thick smoke in a building with someone trapped inside.
ARABIC_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"(?:احترق|حريق|الدخان|دخان)",
        r"(?:عالق|محاصر|محبوس|لا\s+(?:يستطيع|تستطيع)\s+الخروج)",
    ),
)

# Someone assaulted or raped, just now or at a party, told of a sister, daughter or friend.
_AR_ASSAULTED = r"اعتدى\s+عليها|اعتدوا\s+عليها|اعتدى\s+علي|اغتصب\w*|تحرش\s+بها|هتك\s+عرض"
_AR_JUST_NOW = r"رجعت|الليلة|البارحة|امس|الان|للتو|تبكي|حفلة|غرفة|لا\s+تريد"
# A mob besieging a home or a hotel, throwing stones or threatening to burn it now.
_AR_MOB = r"مجموعة|رجال|شباب|عصابة"
_AR_NOT_A_MOB = r"شرطة|الشرطة|جيش|الجيش|فيلم|مسلسل|لعبة"
_AR_MOB_ACT = (
    r"يحاصر\w*|سيحرق\w*|سنحرق\w*|سيقتل\w*|سنقتل\w*|يهاجمون|يرمون\s+(?:ال)?حجار\w*|"
    r"يكسرون\s+(?:ال)?(?:نوافذ|شبابيك|زجاج|باب)"
)
ARABIC_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_AR_ASSAULTED, _AR_JUST_NOW),
    f"^(?!.*(?:{_AR_NOT_A_MOB}))" + every_one_of(_AR_MOB, _AR_MOB_ACT),
)

# Someone who harasses the writer from many accounts or is a stranger, who sends a photo of the
# writer taken minutes ago or says he is near ("أرسل لي صورة لي وأنا في موقف الباص قبل دقائق");
# not a friend or a sister who sends a photo from the bus stop.
_AR_HARASSER = (
    r"(?:حسابات|ارقام)\s+(?:كثيره|مختلفه|عديده|وهميه|جديده)|(?:لا|ما|مش)\s+(?:اعرفه|بعرفه|"
    r"عارفاه|عارفه)|(?:شخص|رجل|واحد)\s+غريب|يتحرش|بيتحرش|يلاحقني|يطاردني|يراقبني"
)
_AR_PHOTO_OF_ME = r"(?:صوره|صور)\s+(?:لي|ليا)\s+(?:\w+\s+)?و\s?انا|صورتي\s+و\s?انا"
_AR_NEAR_NOW = (
    r"قبل\s+(?:دقائق|دقايق|دقيقه|شوي|قليل)|قريب\s+مني|(?:حولي|ورايا|ورائي|جنبي)\s+(?:الان|"
    r"هلا|هلق|دلوقتي)"
)
ARABIC_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_AR_HARASSER, _AR_PHOTO_OF_ME, _AR_NEAR_NOW),
)
