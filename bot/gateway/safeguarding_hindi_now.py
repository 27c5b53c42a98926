"""The Hindi safeguarding phrase net's urgent kinds in Devanagari (read by safeguarding_languages
with safeguarding_hindi, whose module is near full); romanised Hindi is read by Urdu's net
(safeguarding_urdu_now). Text and patterns have been through safeguarding_languages.fold: the
nukta dropped and chandrabindu read as anusvara, so patterns are written in ordinary spelling;
Devanagari vowel signs are not word letters to `\\b`, so the patterns need no word edges.

It reads an agent or smuggler owed money who threatens to kill or hurt the writer or family; an
employer who holds the writer's passport with pay kept back or a beating; a landlord who wants
sex for the rent or threatens to tell the Home Office; a crowd at the writer's hotel or home
throwing stones now; a child alone and a man who says he is the uncle taking the child away; the
writer and family put out of home with nowhere to sleep or in the cold; lost in the dark with
the phone dying; a fire broken out with no way out; a child not breathing right; a fit that has
gone on for minutes; someone who fell, with the head bleeding or not waking.
Left alone: an agent's fee due with the file to be closed, a passport photocopied, a landlord
who wants the garden done for the rent, fireworks outside the hotel, the family's own uncle
taking a girl to a wedding, leaving home for a wedding on a cold night, a charger forgotten on a
dark evening, a heater on with rain outside, a child who won't sleep, a minister's tour
("दौरा") of five minutes, a phone dropped.
"""

from __future__ import annotations

from bot.gateway.safeguarding_hindi import _HI_HEAD_BLEEDING, _HI_NOT_SPEAKING
from bot.gateway.safeguarding_words import every_one_of

# An agent or smuggler owed money who threatens to kill or hurt the writer or family ("एजेंट
# कहता है पैसे दो वरना परिवार को मार देगा"); not an agent's fee due with the file to be closed.
_HI_AGENT = r"एजेंट|स्मगलर|तस्कर|डंकी|दलाल"
_HI_MONEY_OWED = r"पैस[ेा]|कर्ज|रकम|उधार"
_HI_HARM_THREAT = r"(?:मार|मरवा|उठवा|उठा)\s+(?:देगा|देंगे|दूंगा|डालेगा|डालेंगे)|नुकसान\s+(?:\S+\s+)?पहुंचा"
HINDI_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    "^" + every_one_of(_HI_AGENT, _HI_MONEY_OWED, _HI_HARM_THREAT),
)

# An employer who holds the writer's passport with pay kept back or a beating ("मालिक ने मेरा
# पासपोर्ट रख लिया है, पैसे नहीं देता"); not a passport photocopied and given back.
_HI_PASSPORT_HELD = r"पासपोर्ट\s+(?:\S+\s+)?(?:रख\s+(?:लिया|ली)|ले\s+लिया|छीन|जब्त|नहीं\s+दे)"
_HI_UNPAID_OR_BEATEN = (
    r"(?:तनख्वाह|तनखा|वेतन|पगार|सैलरी|पैसे)\s+(?:\S+\s+)?नहीं\s+(?:देता|देते|दी|दिया|मिल)|"
    r"(?<!\S)(?:मारा|पीटा)|जला\s+दिया"
)
HINDI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:कॉपी|फोटोकॉपी|स्कैन|वापस\s+दे))"
    + every_one_of(_HI_PASSPORT_HELD, _HI_UNPAID_OR_BEATEN),
)

# A landlord who wants sex for the rent, or threatens to tell the Home Office ("मकान मालिक कहता
# है किराए के बदले मेरे साथ सोओ, वरना होम ऑफिस को बता दूंगा"); not a landlord who wants the garden
# done for the rent.
_HI_LANDLORD = r"मकान\s+मालिक|मालिक\s+मकान|लैंडलॉर्ड"
_HI_SLEEP_WITH = r"साथ\s+(?:सो|सोना|सोओ|सोने)|सेक्स"
_HI_RENT_OR_ELSE = r"किरा|वरना|नहीं\s+तो"
_HI_HOME_OFFICE_TOLD = (
    r"(?:होम\s+ऑफिस|होम\s+आफिस|इमिग्रेशन)\s+(?:को\s+)?(?:\S+\s+)?(?:बता|रिपोर्ट|शिकायत)\s*"
    r"(?:कर\s+)?(?:दूंगा|देगा|देंगे)"
)
_HI_SEX_OR_REPORT = f"{_HI_SLEEP_WITH}|{_HI_HOME_OFFICE_TOLD}"
HINDI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_HI_LANDLORD, _HI_RENT_OR_ELSE, _HI_SEX_OR_REPORT),
)

# A crowd at the writer's hotel or home throwing stones now ("होटल के बाहर भीड़ जमा है और पत्थर
# फेंक रहे हैं"); not fireworks set off outside.
_HI_AT_OUR_PLACE = r"होटल|घर|खिडकी|फ्लैट|इमारत"
_HI_STONES_NOW = r"(?:पत्थर|ईंट)\S*\s+(?:\S+\s+)?(?:फेंक|मार|बरसा)\s*(?:रहे|रही)"
_HI_CROWD = r"लोग|भीड|लडके|जमा|गुंडे"
HINDI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_HI_AT_OUR_PLACE, _HI_STONES_NOW, _HI_CROWD),
)

# A child alone and a man who says he is the uncle taking the child away ("एक आदमी कहता है वो
# उसका चाचा है और आज रात उसे ले जा रहा है"); not the family's own uncle taking her to a wedding.
_HI_SAYS_HE_IS_KIN = (
    r"(?:कहता|बताता|बोलता)\s+(?:है\s+)?(?:कि\s+)?(?:(?:वो|वह|मैं)\s+)?(?:उसका|उसकी|इसका|इसकी)\s+"
    r"(?:चाचा|मामा|ताऊ|फूफा|मौसा|अंकल|रिश्तेदार)"
)
_HI_TAKING_AWAY = r"ले\s+(?:\S+\s+)?(?:जा\s+(?:रहा|रहे)|जाएगा|जायेगा)"
_HI_CHILD_ALONE = r"अकेल|(?:1[2-7]|१[२-७])\s+साल"
HINDI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_HI_SAYS_HE_IS_KIN, _HI_TAKING_AWAY, _HI_CHILD_ALONE),
)

# The writer and family put out of home with nowhere to sleep or in the cold ("हमें आज रात घर
# से निकाल दिया, सोने की कोई जगह नहीं"); not leaving home for a wedding on a cold night.
_HI_WE_OR_I = r"(?<!\S)(?:हमें|हमको|मुझे|मुझको|हम|मैं)(?!\S)"
_HI_PUT_OUT = r"(?:घर|फ्लैट|मकान)\s+से\s+(?:\S+\s+)?(?:निकाल|बाहर\s+कर)\s*(?:दिया|दी|दिए)"
_HI_NOWHERE_OR_COLD = r"(?:सोने|रहने|रुकने)\s+की\s+(?:कोई\s+)?जगह\s+नहीं|कोई\s+जगह\s+नहीं|ठंड|सर्दी"
HINDI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_HI_WE_OR_I, _HI_PUT_OUT, _HI_NOWHERE_OR_COLD),
)

# Lost, in the dark, with the phone dying ("मैं रास्ता भूल गई हूं, अंधेरा हो गया है, फोन की बैटरी
# खत्म होने वाली है"); not a charger forgotten on a dark evening.
_HI_LOST_WAY = r"रास्ता\s+(?:\S+\s+)?भूल|खो\s+(?:गया|गई|गयी)|भटक"
_HI_DARK = r"अंधेर"
_HI_PHONE_DYING = r"(?:बैटरी|चार्ज|फोन)\S*\s+(?:\S+\s+){0,2}(?:खत्म|कम|मर|बंद\s+हो)"
HINDI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_HI_LOST_WAY, _HI_DARK, _HI_PHONE_DYING),
)

# A fire broken out where the writer is, with no way out ("मेरे फ्लैट में आग लग गई है, मैं बाहर
# नहीं निकल सकता"); not a heater on with rain outside.
_HI_FIRE_BROKE_OUT = r"आग\s+लग\s*(?:गई|गयी|रही)"
_HI_NO_WAY_OUT = r"बाहर\s+नहीं|निकल\s+नहीं|फंस|धुआं|धुंआ"
HINDI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_HI_FIRE_BROKE_OUT, _HI_NO_WAY_OUT),
)

# A child not breathing right ("मेरा बच्चा ठीक से सांस नहीं ले रहा"); not a child who won't
# sleep.
_HI_A_CHILD = r"बच्च|बच्ची|बेबी|बेटा|बेटी|मुन्ना|मुन्नी"
_HI_NOT_BREATHING = r"सांस\s+(?:\S+\s+){0,2}नहीं\s+(?:ले|आ)\s*(?:रहा|रही|पा)|सांस\s+(?:रुक|उखड)"
HINDI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_HI_A_CHILD, _HI_NOT_BREATHING),
)

# A fit that has gone on for minutes or won't stop ("उसे दौरा पड़ा है, 5 मिनट हो गए"); not a
# minister's tour ("दौरा") of five minutes.
_HI_FIT = r"दौरा\s+(?:\S+\s+)?(?:पडा|पड\s+रहा|आया|आ\s+रहा)|मिर्गी|झटके"
_HI_GOING_ON = r"(?:\d+|[०-९]+|पांच|दस)\s+मिनट|रुक\s+नहीं|बंद\s+नहीं"
HINDI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_HI_FIT, _HI_GOING_ON),
)

# Someone who fell, with the head bleeding or not waking ("मां गिर गईं, सिर से खून बह रहा है");
# not a phone dropped.
_HI_FELL = r"गिर\s+(?:गईं|गई|गए|गया|पडी|पडे|पडा)"
_HI_NOT_WAKING = r"उठ\s+नहीं\s+(?:रह|पा|सक)|होश\s+में\s+नहीं"
HINDI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_HI_FELL, f"{_HI_HEAD_BLEEDING}|{_HI_NOT_SPEAKING}|{_HI_NOT_WAKING}"),
)
