"""The Hindi safeguarding phrase net (read by safeguarding_languages), in Devanagari and in the
Latin spelling people text in where it differs from Urdu's ("aatmahatya", "shaadi karwana
chahte hain"); romanised Hindi and Urdu overlap, and Urdu's net is tried first, so a message
both read is answered as Urdu. Hindi puts the verb last, so a pattern is the person done to
("मुझे", "खुद को") or the despair word, then the verb. Text has been through
safeguarding_languages.fold: the nukta dropped and chandrabindu read as anusvara, since people
type them either way, so patterns are written in ordinary spelling. A knife or a gun shown with a
threat to kill is read whoever the threat names ("चाकू दिखाकर कहा ... तो मार देगा"); a child not
home since yesterday with the phone off, no word or the police; a girl under 18 whose marriage
is being arranged, her age said before it or after; a child being beaten now, with a belt, a
stick or a cry; someone chased by people carrying a knife or a gun, in both spellings; and, in
Hinglish, someone not responding with their breath slow or faint; in Devanagari, breath gone
odd with a high fever or someone not getting up, and children unfed for days.

Left alone: "भूख से मर रही हूं" (dying of hunger), "मम्मी मुझे मार डालेगी" (mum will kill me,
late), "मुझे मारवाड़ी खाना पसंद है", medicine times, a scan appointment, a session on the
police, a pension collected at the bank, nowhere to park, a friend's sister's wedding, out of
breath on the stairs, a knife shown in a shop, a son staying at his grandmother's since
yesterday who has phoned, a slap to oneself for forgetting, a girl of 15 at her older sister's
wedding, a child beaten in a film, a phone not responding, breath short after the stairs,
children fasting for a vrat.
It also reads a plan to die said plainly (death decided on, a jump, a train, a means made ready
beside a time or a goodbye); not a trip, a washing line, a game of kabaddi or a joke.
In Devanagari it reads the main kinds said plainly as happening now: a whole box of tablets
swallowed, a hanging or all the tablets tonight, a beating of the writer or her mother now, a
knife held with the door locked, children alone for days with no food, a child bleeding from the
head after a beating, a marriage with the tickets bought, a girl to be cut, chest pain with no
speech, a beating to drive out a spirit; not the same words over sweets, mosquitoes, vegetables,
a grandmother's house, a son's khatna, a pain gone by or a puja.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

HINDI_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    r"(?:मरना|मर\s+जाना)\s+चाहत|आत्महत्या\s+(?:\S+\s+)?(?:कर\s+लूं|करना\s+चाहत|करने\s+का|कर\s+लूंग)|"
    r"खुदकुशी|जीना\s+नहीं\s+चाहत|जीने\s+(?:का|को)\s+(?:मन|दिल)\s+नहीं|जिंदगी\s+(?:खत्म\s+कर|से\s+तंग)|"
    r"\baa?tma\s*hatya\b|\bmarna\s+chaha?t(?:i|a)\b",
    # self-harm; killing oneself ("खुद को मार लेगी"), not a slap for forgetting
    r"(?:खुद|अपने\s+आप)\s+को\s+(?:\S+\s+)?(?:काट|नुकसान\s+पहुं|चोट\s+पहुं|जला|खत्म\s+कर)|"
    r"(?:खुद|अपने\s+आप)\s+को\s+(?:(?:जान\s+से|भी)\s+)?मार\s+(?:ल|डाल)",
    # all the tablets
    r"(?:सारी|सब|बहुत\s+सारी|ढेर\s+सारी|पूरा\s+पत्ता)\s+(?:\S+\s+){0,2}(?:गोलियां|गोलियाँ|दवाइयां|"
    r"दवाएं|टैबलेट)\S*\s+(?:\S+\s+)?(?:एक\s+साथ\s+)?(?:खा\s+ली|निगल\s+ली|खा\s+गई|खा\s+गया)",
    # being hit, threatened or locked in
    r"मुझे\s+(?:\S+\s+){0,3}(?:मारत|पीटत|मारा|पीटा|धमकी|धमकात)|मुझ\s*पर\s+हाथ\s+उठा",
    r"(?:मुझे|उन्हें|मां\s+को|पापा\s+को|दादी\s+को|दादा\s+को|नानी\s+को|नाना\s+को)\s+(?:\S+\s+){0,3}"
    r"(?:(?:कमरे|घर)\s+में\s+(?:बंद|ताला)|(?:घर\s+से\s+)?बाहर\s+(?:नहीं\s+)?जाने\s+(?:नहीं\s+)?देत)",
    r"\b(?:mujhe|unhe|unhein)\s+(?:\w+\s+){0,3}bahar\s+(?:nahi\s+)?jaa?ne\s+(?:nahi\s+)?"
    r"de(?:te|ta|ti)\b",
    # afraid to go home or of him
    r"घर\s+(?:वापस\s+)?जाने\s+से\s+डर|(?:उससे|उनसे|पति\s+से|पापा\s+से|ससुर\s+से)\s+(?:बहुत\s+)?डर\s+"
    r"(?:लगता|लग)",
    # followed
    r"मेरा\s+पीछा\s+कर",
    # forced marriage; a girl under 18 married off
    r"(?:जबरदस्ती|मर्जी\s+के\s+खिलाफ|मर्जी\s+के\s+बिना)\s+(?:\S+\s+){0,3}(?:शादी|ब्याह)|(?:शादी|ब्याह)\s+"
    r"(?:\S+\s+){0,3}जबरदस्ती",
    r"(?:1[0-7]|[0-9])\s+(?:साल|बरस)\s+की\s+(?:बेटी|लडकी|बच्ची|बहन)\S*\s+(?:\S+\s+){0,2}(?:शादी|ब्याह)\s+"
    r"(?:\S+\s+){0,6}(?:करवाना|कराना|करवा\s+दे|करा\s+दे|कर\s+दे|तय\s+कर)",
    r"\b(?:1[0-7]|[0-9])\s+(?:saal|sal|baras)\s+ki\s+(?:beti|ladki|bachi|bachchi|behen|bahan)\s+"
    r"(?:\w+\s+){0,2}(?:shaa?di|byah)\s+(?:\w+\s+){0,6}(?:karwana|karana|karwa\s+de|kara\s+de|"
    r"kar\s+de|tay\s+kar)",
    # her age said first ("बहन 16 साल की है"), then her marriage arranged ("उसे भारत ले जाकर
    # शादी करवा रहे हैं"); not an older sister's wedding she goes to
    r"^(?=.*(?<![0-9०-९])(?:1[0-7]|१[०-७]|[0-9०-९])\s+(?:साल|बरस)\s+की\s+(?:है|हैं|थी|ही))"
    r"(?=.*(?:उसे|उसको|उसकी|इसे|इसकी)\s+(?:(?!की(?:\s|$))\S+\s+){0,4}(?:शादी|ब्याह)\s+"
    r"(?!में\s)(?:\S+\s+){0,2}(?:करवा|करा|कर\s+(?:दे|दी|रहे|देंगे)|तय))",
    r"\bshaa?di\s+(?:\w+\s+){0,4}(?:karwana|karwa\s+dena|kara\s+dena)\s+chaha?t(?:e|a|i)\b.{0,60}"
    r"\b(?:(?:main|mai)\s+nahi\s+chaht|marzi\s+ke\s+(?:bina|khilaf)|ro(?:ti|te)\s+rah)",
    # in danger, not safe; nowhere to sleep
    r"मैं\s+(?:\S+\s+){0,2}सुरक्षित\s+नहीं|(?:मैं|हम)\s+खतरे\s+में\s+(?:हूं|हैं)|जान\s+को\s+खतरा",
    r"\b(?:main|mai|mein)\s+(?:\w+\s+){0,2}surakshit\s+nahi|\bjeene\s+ki\s+(?:ichha|iccha|"
    r"ichchha)\s+nahi",
    r"(?:सोने|रहने)\s+(?:के\s+लिए\s+)?(?:कोई\s+)?(?:जगह|ठिकाना)\s+नहीं",
    # a child hurt or not fed
    r"(?:बच्चों|बच्चे|बच्ची|बेटे|बेटी)\s+को\s+(?:\S+\s+)?(?:मारत|पीटत|खाना\s+नहीं\s+देत)|बच्चे\s+"
    r"(?:\S+\s+){0,3}भूखे\s+(?:हैं|सो)",
    # a child or young person not home since a day or a night, with the phone off, no word, or
    # the police (not a child staying at a grandmother's who has phoned)
    r"^(?=.*(?:बेटा|बेटी|बच्चा|बच्ची|लड़का|लड़की|भाई|बहन|पोता|पोती|भतीजा|भतीजी))(?=.*(?:कल|रात|"
    r"सुबह|परसों|दो\s+दिन|तीन\s+दिन|[0-9]+\s+दिन)\s+से\s+(?:\S+\s+){0,2}(?:घर\s+)?"
    r"(?:नहीं\s+(?:आया|आई|लौटा|लौटी)|लापता|गायब))(?=.*(?:फोन\s+(?:\S+\s+)?(?:बंद|नहीं\s+"
    r"(?:उठा|लग))|पता\s+नहीं\s+(?:कहां|किधर)|कोई\s+खबर\s+नहीं|पुलिस))",
    # someone who can't breathe, with help called for, or blue lips, or no one there
    r"^(?=.*(?:सांस|श्वास)\s+(?:नहीं\s+(?:ले\s+पा|आ\s+रही|आ\s+रहा|ले\s+रह)|लेने\s+में\s+(?:बहुत\s+)?"
    r"(?:दिक्कत|तकलीफ)))(?=.*(?:मदद\s+(?:करो|कीजिए|करें|चाहिए)|एम्बुलेंस|एंबुलेंस|होंठ\s+(?:\S+\s+)?नीले|"
    r"बेहोश|अकेल|इनहेलर|दिल\s+(?:बहुत\s+)?(?:तेज|जोर)))",
    # an older parent robbed of a pension or left without food or medicine
    r"पेंशन\S*\s+(?:\S+\s+)?(?:ले\s+लेत|छीन|रख\s+लेत|हडप)",
    r"(?:मुझे|मां\s+को|पापा\s+को|दादी\s+को|दादा\s+को|उन्हें)\s+(?:\S+\s+)?(?:खाना|दवाई|दवा)\s+"
    r"(?:भी\s+)?नहीं\s+देत",
)

# A threat to kill the writer: "मेरा पति आज रात मुझे मार डालेगा", "कहता है अगर मैं गई तो मुझे मार
# डालेगा", "तुझे मार डालूँगा" written on the door; not "मम्मी मुझे मार डालेगी अगर देर हुई", "ये
# गर्मी मुझे मार डालेगी", "उसे मार डालूँगा, मेरा केक खा गया".
_HI_KILLS_ME = (
    r"मुझे\s+(?:\S+\s+){0,2}(?:मार\s+(?:डालेगा|देगा|डालेंगे|देंगे|डाल\s+देगा)"
    r"|जान\s+से\s+मार)"
)
HINDI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:देर|लेट))(?=.*(?:^|\s)(?:पति|वो|वह|शौहर|उसने|कहता|कहा|कह|बोलता|बोला|धमकी|"
    r"अगर\s+(?:\S+\s+){0,3}(?:गई|गया|जाऊं|बताया|बताऊं|छोड़|भागी|पुलिस|"
    r"तलाक|मना)|"
    r"आज\s+रात)\S*\s+(?:\S+\s+){0,6}" + _HI_KILLS_ME + ")",
    r"^(?=.*तुझे\s+(?:जान\s+से\s+)?मार\s+(?:डालूंगा|दूंगा))(?=.*(?:लिखा|लिख|दरवाज|दीवार|मैसेज))",
)

# A knife or a gun shown or pulled ("चाकू दिखाकर", "बंदूक तान कर") with a threat to kill, said
# of the writer or not ("तो मार देगा"); not a knife shown in a shop or a kitchen.
_HI_WEAPON_SHOWN = r"(?:चाकू|छुरा|छुरी|बंदूक|पिस्तौल)\s+(?:\S+\s+)?(?:दिखा|निकाल|तान|लहरा|अडा)"
_HI_TO_KILL = r"मार\s+(?:देगा|डालेगा|देंगे|डालेंगे|दूंगा|डालूंगा)|जान\s+से\s+मार"
HINDI_PHRASES += (  # i18n-exempt: input
    rf"^(?=.*(?:{_HI_WEAPON_SHOWN}))(?=.*(?:{_HI_TO_KILL}))",
)

# A child being beaten now ("पड़ोस के बच्चे को उसका बाप बेल्ट से मार रहा है, वो चीख रहा है"), with
# "now", a cry or a belt or a stick; not a film or a story, nor a mosquito swatted.
_HI_CHILD = r"(?:बच्चे|बच्ची|बच्चों|बेटे|बेटी|लड़के|लड़की|भाई|बहन)"
_HI_BEATEN_NOW = r"(?:मार|पीट)\s+(?:रहा|रही|रहे)\s+(?:है|हैं)"
_HI_NOW_OR_WITH = r"अभी|चीख|चिल्ला|रो\s+(?:रहा|रही|रहे)|बेल्ट|डंडे|लाठी|चप्पल|जूते|तार\s+से"
HINDI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:कहानी|फिल्म|सीरियल|नाटक|मच्छर|वीडियो))"
    rf"(?=.*{_HI_CHILD}\s+को\s+(?:\S+\s+){{0,5}}{_HI_BEATEN_NOW})(?=.*(?:{_HI_NOW_OR_WITH}))",
)

# In Hinglish: someone not responding or not coming round, with their breath slow, faint or
# catching ("she's not responding, saans bhi bahut slow hai"); not a phone or a message not
# answered, nor breath short after the stairs.
_HI_NOT_RESPONDING_LATIN = (
    r"\bnot\s+respond\w*\b(?!\s+to\s+(?:my\s+|the\s+)?(?:texts?|messages?|calls?|emails?))|"
    r"\bunresponsive\b|\bhosh\s+(?:mein\s+|me\s+)?(?:nahi|nahin|nai)\b|\bjawab\s+(?:nahi|"
    r"nahin|nai)\s+de\s+(?:rahi|raha|rahe)\b|\b(?:uth|jaag)\s+(?:nahi|nahin|nai)\s+(?:rahi|"
    r"raha|rahe)\b"
)
_HI_BREATH_FAINT_LATIN = (
    r"\bsaa?ns\s+(?:bhi\s+)?(?:bahut\s+|bohat\s+|bohot\s+|kaafi\s+|ekdum\s+)?(?:slow|dheere|"
    r"dhire|dheemi|dhimi|halki|weak|shallow|ruk\s+ruk|atak)"
)
HINDI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:phone|laptop|app|screen|wifi|stairs|seedhi|seedhiyan)\b)"
    rf"(?=.*(?:{_HI_NOT_RESPONDING_LATIN}))(?=.*{_HI_BREATH_FAINT_LATIN})",
)

# Someone chased by people with a knife or a gun, in Hinglish and in Devanagari ("kuch larke
# chaaku le kar uske peeche hain", "बंदूक लेकर मेरे पीछे पड़े हैं"): a weapon carried ("le kar",
# "liye", "nikala") with a person chased ("mere/uske/hamare peeche", "peecha kar"); not a knife
# to cut a cake while friends stand behind someone in a queue.
_HI_WEAPON_LATIN = (
    r"\b(?:chaa?ku|chakk?u|chaa?qu|chhuri|churi|chhura|chura|knife|knives|bandook|banduk|"
    r"bandooq|pistol|gun|katta|talwar|blade)s?\s+(?:\w+\s+)?(?:le\s*kar|leke|lekar|le\s+ke|"
    r"liye|liya|nikal|dikha|haath\s+(?:mein|me|main))"
)
_HI_CHASED_LATIN = (
    r"\b(?:mere|uske|iske|unke|inke|hamare|humare|tumhare|tere|hum\s+sab\s+ke|dost\s+ke|"
    r"bhai\s+ke|bete\s+ke|beti\s+ke)\s+(?:\w+\s+)?(?:peeche|piche|pichhe|peechhe)\s+"
    r"(?:\w+\s+)?(?:hai|hain|he|pade|pad\s+gaye|lage|lag\s+gaye|bhaag|bhag|daud|aa\s+rahe|"
    r"aa\s+raha)|\b(?:peecha|picha|pichha|peechha)\s+kar\s+(?:rahe|raha|rahi)\b"
)
_HI_WEAPON = (
    r"(?:चाकू|छुरा|छुरी|बंदूक|पिस्तौल|कट्टा|तलवार)\s+(?:\S+\s+)?(?:ले\s*कर|लेके|ले\s+के|लिए|"
    r"लिया|निकाल|दिखा|हाथ\s+में)"
)
_HI_CHASED = (
    r"(?:मेरे|उसके|इसके|उनके|हमारे|तुम्हारे|दोस्त\s+के|भाई\s+के|बेटे\s+के|बेटी\s+के)\s+"
    r"(?:\S+\s+)?पीछे\s+(?:\S+\s+)?(?:हैं|है|पड|लगे|भाग|दौड|आ\s+रहे)|पीछा\s+कर\s+(?:रहे|रहा|रही)"
)
HINDI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_HI_WEAPON_LATIN, _HI_CHASED_LATIN),
    "^" + every_one_of(_HI_WEAPON, _HI_CHASED),
)

# In Devanagari: breath gone odd with a high fever or someone not getting up or coming round
# ("तेज़ बुखार है, साँस अजीब सी ले रही है"); children unfed for days, or the food run out with no
# money. Not breath short after the stairs, a fast, nor a child off food with a stomach bug.
_HI_BREATH_ODD = r"सांस\s+(?:\S+\s+){0,2}(?:अजीब|रुक\s+रुक|उखड|मुश्किल\s+से)"
_HI_FEVER_OR_GONE = r"तेज\s+बुखार|(?:उठ|जाग)\s+नहीं\s+(?:रह|पा|सक)|होश\s+(?:में\s+)?नहीं"
_HI_UNFED = (
    r"(?:बच्चों|बच्चे|बच्ची|बेटी|बेटे)\s+(?:ने\s+)?(?:\S+\s+){0,2}(?:दिन|दिनों)\s+से\s+कुछ\s+"
    r"(?:भी\s+)?नहीं\s+खाया"
)
_HI_NOT_HUNGER = r"^(?!.*(?:व्रत|उपवास|रोजा|रोजे|डाइट|पेट\s+खराब|उल्टी|बुखार))"
HINDI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:सीढ़ि|सीढि|दौड|जिम))" + every_one_of(_HI_BREATH_ODD, _HI_FEVER_OR_GONE),
    _HI_NOT_HUNGER + every_one_of(_HI_UNFED),
    _HI_NOT_HUNGER + every_one_of(r"घर\s+में\s+(?:\S+\s+)?खाना\s+खत्म", r"पैसे\s+नहीं|भूखे"),
)

# Mania with danger now: days without sleep beside money thrown away or a car driven to race,
# with someone gone just now or about to go ("4 din se soya nahi, sara paisa uda diya, gaari le
# ke race lagayega, abhi nikla hai"), in the Latin spelling and in Devanagari; not a few nights
# without sleep over exams, nor a race watched on television.
_HI_NO_SLEEP_DAYS = (
    r"\b(?:din|dino|dinon|raat|raaton|raton)\s+se\s+(?:\w+\s+)?(?:soya|soyi|soi|soye|sota|soti|"
    r"neend)\s+(?:\w+\s+)?(?:nahi|nahin|nai|na)\b|(?:दिन|दिनों|रात|रातों)\s+से\s+(?:\S+\s+)?"
    r"(?:सोया|सोई|सोए|नींद)\s+(?:\S+\s+)?नहीं"
)
_HI_RECKLESS = (
    r"\b(?:sara|saara|sare|saare|sab|poora|pura)\s+(?:ka\s+sab\s+)?(?:paisa|paise|pese|paisay|"
    r"salary|savings)\s+(?:\w+\s+)?(?:uda|udaa|luta|lutaa|kharch)|\b(?:race|racing)\b|"
    r"\b(?:tez|taiz|fast)\s+(?:gaa?[dr]i|car)\b|(?:सारा|सारे|सब)\s+(?:\S+\s+)?पैस\S*\s+"
    r"(?:\S+\s+)?(?:उड़ा|उडा|लुटा)|रेस"
)
_HI_GONE_NOW = (
    r"\b(?:abhi|abi|abhi\s+abhi|aaj\s+raat)\b|\b(?:nikla|nikli|nikal\s+gay[ai]|chala\s+gaya|"
    r"chali\s+gayi)\b|\b(?:gaa?[dr]i|car)\s+(?:le\s*ke|lekar|le\s+kar)\b|अभी|निकल|गाड़ी\s+ले"
)
HINDI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:tv|t\.v\.|match|dekh\w*)\b)"
    + every_one_of(_HI_NO_SLEEP_DAYS, _HI_RECKLESS, _HI_GONE_NOW),
)

# Someone run away from hospital or the ward, with their medicine stopped, a mind in crisis or
# no word from them since ("hospital se bhaag gaya, dawai nahi le raha", "अस्पताल से भाग गया,
# फोन बंद है"); not someone discharged and home, nor the writer come running from hospital.
_HI_FLED_WARD = (
    r"\b(?:hospital|haspatal|aspatal|ward)\s+se\s+(?:\w+\s+)?(?:(?:bhaa?g|bhag)\s+(?:gaya|gayi|"
    r"gai|gaye|gya|nikla|nikli)|bhaa?ga\s+hai|bhaa?gi\s+hai|fara?r)\b|"
    r"(?:अस्पताल|हॉस्पिटल|वार्ड)\s+से\s+(?:\S+\s+)?(?:भाग\s+(?:गया|गई|गयी|गए|निकला|निकली)|फरार)"
)
_HI_CRISIS_SINCE = (
    r"\b(?:dawai|dawa|dawaiyan|goli|goliyan|medicine)\s+(?:\w+\s+)?(?:nahi|nahin|nai)\s+"
    r"(?:le|kha)\w*|\b(?:maar|zeher|zehar|awaaz|awazein|peecha)\w*|\bphone\s+(?:band|off|"
    r"nahi\s+utha)\w*|(?:दवा|दवाई|दवाइयां)\s+(?:\S+\s+)?नहीं\s+(?:ले|खा)|मारने|ज़हर|जहर|आवाज़ें|"
    r"आवाजें|फोन\s+(?:बंद|नहीं\s+उठा)"
)
HINDI_PHRASES += ("^" + every_one_of(_HI_FLED_WARD, _HI_CRISIS_SINCE),)  # i18n-exempt: input

# The writer's own plan to die said plainly: death decided on ("मैंने मरने का फैसला कर लिया है"),
# a life given, a shot or a noose to oneself ("अपनी जान दे दूंगा", "खुद को गोली मार लूंगा"), a jump
# from a bridge or a roof, in front of a train or onto the tracks ("पुल से नदी में कूद जाऊंगा"),
# not alive or not in this world after a day ("शुक्रवार के बाद मैं जिंदा नहीं रहूंगा"); not a
# decision to come, one's all given in a match, a goal scored, a photo from the bridge, the
# train to Delhi, a wait by the tracks, not living in Delhi.
_HI_I_WILL = r"(?:जाऊंग|जाऊं|दूंग|दूं|लूंग|लूं)"
_HI_NOT_A_JOKE = r"^(?!.*(?:😂|🤣|मैच|मजाक|हार\s+गय|\b(?:match|lol|jk)\b)).*"
HINDI_PHRASES += (  # i18n-exempt: input
    r"मरने\s+का\s+(?:पक्का\s+)?(?:फैसला|निर्णय|इरादा)\s+(?:कर\s+(?:लिया|ली|चुका|चुकी)|ले\s+(?:लिया|"
    r"चुका|चुकी))|मरने\s+की\s+ठान\s+ली",
    r"अपनी\s+जान\s+(?:दे|ले)\s+" + _HI_I_WILL + r"|(?:खुद|अपने\s+आप)\s+को\s+(?:गोली\s+मार|फांसी\s+"
    r"(?:लगा|दे))\s+" + _HI_I_WILL + r"|फांसी\s+(?:लगा|लगाकर)\s+(?:लूं|मर\s+जाऊं)|गले\s+में\s+फंदा\s+"
    r"डाल\s+" + _HI_I_WILL,
    _HI_NOT_A_JOKE
    + r"(?:पुल|छत|बिल्डिंग|इमारत)\s+(?:से|पर\s+से)\s+(?:\S+\s+){0,2}(?:कूद|छलांग\s+लगा)\s+"
    + _HI_I_WILL,
    r"(?:ट्रेन|रेल|रेलगाडी|गाडी)\s+(?:के\s+)?(?:आगे|नीचे|सामने)\s+(?:\S+\s+)?(?:कूद|लेट|आ|छलांग\s+"
    r"लगा)\s+" + _HI_I_WILL + r"|(?:पटरी|पटरियों|रेलवे\s+लाइन)\s+पर\s+(?:\S+\s+)?लेट\s+" + _HI_I_WILL,
    r"(?:जिंदा|जीवित)\s+नहीं\s+(?:रहूंग|रहूं|बचूंग)|इस\s+दुनिया\s+में\s+नहीं\s+(?:रहूंग|हूंग|रहूं)",
)

# A means made ready (a rope tied, ready or bought, a gun got, a pipe to the car) beside a time or
# a goodbye ("पंखे से रस्सी बांध ली है, आज रात सब खत्म"); tablets gathered beside a goodbye, or a
# time with sleeping tablets or all of them to be taken; and a river, a bridge or the tracks gone
# to with no coming back or a last word. Not tablets saved for a trip, a rope for the washing or
# a swing, a picnic by the river.
_HI_PILLS_SAVED = (
    r"(?:गोलियां|गोलियों|दवाइयां|दवाएं|टैबलेट)\S*\s+(?:\S+\s+){0,2}(?:जमा|इकट्ठी|इकट्ठा|इकट्ठे)\s+"
    r"कर\s+(?:ली|लीं|रखी|रखीं|चुका|चुकी)"
)
_HI_SLEEPING_OR_ALL = r"नींद\s+की|(?:सब|सारी|सारे)\s+(?:\S+\s+)?(?:खा|निगल)\s+(?:लूं|जाऊं)"
_HI_MEANS_READY = (
    r"(?:रस्सी|फंदा)\s+(?:\S+\s+){0,3}(?:बांध|तैयार|खरीद|लटका)|"
    r"(?:पिस्तौल|बंदूक|कट्टा|रिवॉल्वर)\s+(?:\S+\s+){0,2}(?:खरीद|ले\s+(?:ली|आया)|मिल\s+गई|तैयार|"
    r"लोड)|(?:गाडी|कार)\s+(?:\S+\s+){0,3}पाइप\s+(?:लगा|डाल|जोड)"
)
_HI_PLAN_TIME = (
    r"आज\s+रात|आज|कल|परसों|इस\s+हफ्ते|(?:रविवार|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार)\s+"
    r"(?:को|की\s+रात|रात)"
)
_HI_PLAN_GOODBYE = (
    r"आखिरी\s+(?:बार|दफा|मैसेज|संदेश)|अलविदा|माफ\s+कर\s+(?:देना|दो|दीजिए)|सब\s+खत्म|वापस\s+नहीं\s+"
    r"(?:आऊंग|लौटूंग)|नहीं\s+रहूंग|वसीयत"
)
_HI_NOT_A_PLAN = (
    r"^(?!.*(?:कपडे|कपडों|धो|सफर|यात्रा|छुट्टी|छुट्टियों|फ्लाइट|टिकट|डॉक्टर|डाक्टर|केमिस्ट|फार्मेसी|"
    r"कैंप|टेंट|झूला|पिकनिक|मैच|खेल|कबड्डी|रस्साकशी))"
)
_HI_GOING_THERE = (
    r"(?:नदी|पुल|पटरी|समुद्र)\s+(?:पर|की\s+तरफ|के\s+पास)\s+(?:\S+\s+)?(?:जा\s+(?:रहा|रही)|जाऊंग|"
    r"चला\s+जाऊंग|चली\s+जाऊंग)"
)
_HI_NO_RETURN = (
    r"वापस\s+नहीं\s+(?:आऊंग|लौटूंग)|आखिरी\s+(?:बार|दफा|मैसेज|संदेश)|अलविदा|माफ\s+कर\s+(?:देना|"
    r"दीजिए)|वसीयत"
)
HINDI_PHRASES += (  # i18n-exempt: input
    _HI_NOT_A_PLAN + every_one_of(_HI_MEANS_READY, _HI_PLAN_TIME + "|" + _HI_PLAN_GOODBYE),
    _HI_NOT_A_PLAN
    + every_one_of(_HI_PILLS_SAVED)
    + "(?:"
    + every_one_of(_HI_PLAN_GOODBYE)
    + "|"
    + every_one_of(_HI_PLAN_TIME, _HI_SLEEPING_OR_ALL)
    + ")",
    _HI_NOT_A_PLAN + every_one_of(_HI_GOING_THERE, _HI_NO_RETURN),
)

# The main kinds said plainly as happening now, in Devanagari (the Latin spelling is read by the
# Urdu net, tried first): a whole box or strip of tablets just swallowed ("गोलियों का पूरा डिब्बा
# खा लिया"); a hanging from the fan or all the tablets for tonight, in the first person ("पंखे से
# लटक जाऊंगी"); a husband, brother or father beating the writer or her mother now ("पति अभी मुझे
# मार रहा है"). Not a whole box of biscuits eaten, all the sweets for tonight, the tablets a
# doctor gave, the heat "killing" her, mosquitoes killed.
_HI_PILLS = r"(?:गोलियों|गोलियां|गोली|टैबलेट|नींद\s+की)"
_HI_WHOLE_PACK = (
    r"(?:पूरा|पूरी|सारा|सारी|पूरे|सारे)\s+(?:\S+\s+){0,2}(?:डिब्बा|डिब्बी|डिब्बे|पत्ता|पत्ते|पैकेट|"
    r"स्ट्रिप|शीशी|बोतल)\s+(?:\S+\s+){0,2}(?:खा|निगल)\s+(?:लिया|ली|लीं|लिए|गया|गई|गयी|गए)"
)
_HI_KIN = r"(?:पति|पापा|भाई|बाप|बेटा|ससुर|सास|देवर|जेठ|वो|वह|शौहर|पिताजी|बॉयफ्रेंड)"
_HI_NOT_A_PERSON = r"(?!गर्मी|काम|ठंड|भूख|दर्द|टेंशन|याद|आवाज)"
_HI_ME_OR_MUM = r"(?:मुझे|हमें|मम्मी\s+को|मां\s+को|माता\s+जी\s+को|बहन\s+को)"
HINDI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_HI_PILLS, _HI_WHOLE_PACK),
    r"(?:पंखे|छत|फंदे|रस्सी)\s+से\s+(?:\S+\s+)?लटक\s+(?:जाऊंग|जाऊं)",
    r"^(?!.*(?:डॉक्टर|डाक्टर))"
    + every_one_of(
        r"आज\s+रात|फैसला|इरादा|सोच\s+लिया|एक\s+साथ",
        r"(?:सारी|सब|पूरी)\s+(?:\S+\s+)?(?:गोलियां|टैबलेट)\S*\s+(?:एक\s+साथ\s+)?(?:खा|निगल)\s+"
        r"(?:लूंग|जाऊंग)",
    ),
    rf"(?:^|\s){_HI_KIN}\s+(?:{_HI_NOT_A_PERSON}\S+\s+){{0,3}}{_HI_ME_OR_MUM}\s+"
    r"(?:\S+\s+)?(?:मार|पीट)\s+(?:रहा|रही|रहे)",
)

# Someone holding a knife or a gun who has locked or shut the door ("चाकू लेकर खड़ा है और उसने
# दरवाज़ा बंद कर दिया है"); not a knife taken to the vegetables with the door shut for the cold.
_HI_DOOR_LOCKED = (
    r"दरवाजा\s+(?:\S+\s+)?(?:बंद\s+कर\s+(?:दिया|दी|रखा)|लॉक\s+कर)|(?:ताला|कुंडी)\s+लगा\s+(?:दिया|दी)"
)
HINDI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:सब्जी|गोश्त|प्याज|फल|केक|रसोई))" + every_one_of(_HI_WEAPON, _HI_DOOR_LOCKED),
)

# Children alone at home for days with no food ("बच्चे दो दिन से घर पर अकेले हैं, खाना नहीं
# है"); a child beaten with blood from the head ("बेटी को पापा ने मारा, सिर से खून बह रहा है");
# the writer's marriage to be made by the family with the tickets bought ("पापा मेरी शादी विदेश
# में करवाना चाहते हैं, टिकट बुक हो गए"). Not children at their grandmother's with food enough, a
# ball hit with sweat on the head, one's own wedding long past with a cousin's tickets.
_HI_CHILDREN = r"बच्चे|बच्चों|बच्ची|बेटा|बेटे|बेटी"
_HI_DAYS_ALONE = r"(?:दो|तीन|चार|[0-9०-९]+)\s+(?:दिन|दिनों)\s+से\s+(?:\S+\s+){0,3}(?:अकेले|अकेली|अकेला)"
_HI_NO_FOOD = r"खाना\s+(?:भी\s+)?नहीं|खाने\s+को\s+कुछ\s+नहीं"
_HI_BEATEN = r"(?<!\S)(?:मारा|पीटा|मार\s+रहा|मार\s+रहे|थप्पड)"
_HI_HEAD_BLEEDING = (
    r"(?:सिर|माथे)\s+(?:से|में|पर)\s+(?:\S+\s+)?खून\s+(?:\S+\s+)?(?:बह|निकल|आ)|"
    r"सिर\s+फट"
)
_HI_MY_MARRIAGE_MADE = (
    r"(?:मेरी|मेरा)\s+(?:शादी|ब्याह|निकाह)\s+(?:\S+\s+){0,5}(?:(?:करवाना|कराना|करना)\s+चाहत|"
    r"(?:करवा|करा)\s+(?:रहे|रहा|देंगे|दें)|कर\s+देंगे|तय\s+कर)"
)
_HI_TICKETS = r"टिकट\S*\s+(?:\S+\s+)?(?:बुक|ले|खरीद|करवा|हो)"
HINDI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_HI_CHILDREN, _HI_DAYS_ALONE, _HI_NO_FOOD),
    "^" + every_one_of(_HI_CHILDREN, _HI_BEATEN, _HI_HEAD_BLEEDING),
    "^" + every_one_of(_HI_MY_MARRIAGE_MADE, _HI_TICKETS),
)

# A girl to be cut ("बेटी का खतना"; not a son's, nor a school project on it); chest pain with
# someone not speaking or not responding now ("सीने में दर्द है और वो बोल नहीं रहे"; not a pain
# gone by); someone beaten or tied up to drive out a spirit ("भूत निकालने के लिए उसे पीटा"; not a
# prayer said, nor a film).
_HI_GIRL = r"बेटी|बच्ची|लडकी|पोती|नातिन|भतीजी|भांजी|बहन"
_HI_CHEST_PAIN = r"(?:सीने|छाती)\s+में\s+(?:\S+\s+){0,2}दर्द"
_HI_NOT_SPEAKING = r"बोल\s+नहीं\s+(?:रह|पा|सक)|जवाब\s+नहीं\s+दे|बेहोश|होश\s+नहीं"
_HI_SPIRIT_OUT = (
    r"(?:भूत|जिन्न|जिन|साया|साये|चुडैल|प्रेत|आत्मा|ऊपरी\s+हवा)\s+(?:\S+\s+)?"
    r"(?:निकाल|उतार|भगा)"
)
HINDI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:(?:बेटे|बेटा|लडके|पोते|नाती|बच्चे)\s+का\s+खतना|बारे|प्रोजेक्ट))"
    + every_one_of(_HI_GIRL, "खतना"),
    r"^(?!.*(?:पिछले|ठीक\s+हो))" + every_one_of(_HI_CHEST_PAIN, _HI_NOT_SPEAKING),
    r"^(?!.*(?:फिल्म|कहानी|सीरियल|नाटक))"
    + every_one_of(_HI_SPIRIT_OUT, r"(?<!\S)(?:मार|पीट|बांध|जला|दाग)"),
)
