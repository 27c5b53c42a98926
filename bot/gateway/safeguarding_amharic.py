"""The Amharic safeguarding phrase net (read by safeguarding_languages), in the Ethiopic (Ge'ez)
script. Amharic puts the verb last and joins the person done to onto it: "-ኝ"/"-ኛል" for me,
"-ት"/"-ታል" for her, "-ን"/"-ናል" for us ("ደበደበኝ" he beat me, "ይደበድበኛል" he beats me,
"ደብድበዋታል" they have beaten her, "ይገድለኛል" he will kill me), so a pattern is the verb's stem
and those endings. Each letter is a syllable whose vowel changes with what is joined on
("ፓስፖርት", "ፓስፖርቴን" my passport), so a stem stops before that letter, or names the
consonant's row ("ገድ[ለ-ሏ]"). Text has been through safeguarding_languages.fold, which reads
the letters typed two ways as one (ETHIOPIC_FORMS: "ሐ" and "ኀ" as "ሀ", "ሠ" as "ሰ", "ዐ" as
"አ", "ፀ" as "ጸ", in each of their vowel forms), so "ሕይወቴ" and "ህይወቴ" read alike.

It reads the main kinds: wanting to die or to kill oneself, cutting or harming oneself, all the
tablets swallowed, being beaten, hit, threatened or told one will be killed, locked in or not let
out of the house, a passport taken or held, fear of him or of going home, being followed, a
marriage by force, being in danger, nowhere to sleep, a child beaten or not fed for days, and
someone not breathing or unconscious; an employer or a landlord who comes into her room at
night; and a young person sent or made to deliver or sell drugs, or not come back with a sign of
danger (the phone off, older boys or men, a knife, an age under 18 and a night gone). Amharic
typed in Latin letters is read for death wished for, being beaten or told one will be killed,
locked in, a phone or passport taken, and children beaten ("mot yishalegnal", "zegtobign",
"silken wesdobign").

Left alone: "መኖር አልፈልግም" said of a place ("እዚህ ሰፈር መኖር አልፈልግም"), a ball, the rain or the
sun that "hit me", "እናቴ ትገድለኛለች" (mum will kill me) for being late, a passport taken to the
embassy for a visa, a fight ("ድብድብ") talked about, following on social media, a dog that
followed me, a son who won't wake for school, a child who comes into her room at night when
afraid, herbs ("ዕፅዋት") taken to a grandmother, a lesson about drugs, a daughter not home who
is at her grandmother's and has phoned, a phone out of charge.
Also a plan to die said plainly: decided to die ("ለመሞት ወስኛለሁ"), "ራሴን እሰቅላለሁ", "ራሴን
እወረውራለሁ", "በህይወት አልኖርም", a goodbye for ever, tablets gathered beside a time; not a stone
thrown from a bridge, no longer living in London, tablets taken on a trip.
Also the main kinds said plainly: all the tablets to be swallowed, a knife held behind a locked
door, a child alone for days or hit and bleeding from the head, married off to a cousin abroad
("ሊድረኝ"), a girl to be cut ("ሊገርዟት", not "ሊገርዙት", him), chest pain with no speech, a beating
to drive out a jinn; not pills bought, a carpet beaten, a knife for the meat, prayers said.
Also, said as they happen: a debt held over the writer with a threat to the family; a landlord
who wants sex for the rent or threatens the Home Office; a crowd outside throwing stones; a
young person whom a stranger or a man who says he is an uncle waits to take; lost in the dark or
with the phone dying; a fire with no way out; a child breathing badly; a fit of five minutes; a
fall with the head bleeding or no waking (the emergencies in Latin letters too). Not a bank
debt, a letter handed over, children at play, an uncle named, the rain that keeps one in, a
blocked nose, a fit five minutes ago, a fall and up again.
Nowhere to sleep is read with or without "place" ("ከልጆቼ ጋር የምናድርበት የለንም"); not the hotel
for the night booked.
Also chest pain beside the pain going to the left arm or a heavy sweat (not a sweat and a
sore left arm after a run).
Also the writer put out of the home with a child outside in the cold and the child very ill
("ከልጄ ጋር በብርድ ውጭ ነኝ፣ ልጄ በጣም ታሟል"); not a landlord who closed the house for repairs
while mother and child stay warm with a sister.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# Homophone letters typed either way, as (row typed, row read) pairs of first code points; each
# row is its seven vowel forms.
_ROWS_READ_AS_ONE = ((0x1210, 0x1200), (0x1280, 0x1200), (0x1220, 0x1230), (0x12D0, 0x12A0))
ETHIOPIC_FORMS: dict[str, str] = {
    chr(typed + i): chr(read + i) for typed, read in _ROWS_READ_AS_ONE for i in range(7)
} | {chr(0x1340 + i): chr(0x1338 + i) for i in range(7)}

# Where a word ends: no Ethiopic letter after it (a space, "፣", "።", or the end).
_AM_END = r"(?![\u1200-\u135f])"
# The person done to, joined on at the end of the verb: me, her (or him), us.
_AM_DONE_TO = r"(?:ኝ|ኛል|ኛለ\S*|ኛሉ|ት|ታል|ታለ\S*|ን|ናል|ናለ\S*)" + _AM_END
# Beating ("ደበደበ", "ይደበድባል", "ደብድበዋል", "እየደበደበኝ"), or being beaten ("ተደበደብኩ"): not the noun
# "ድብድብ" (a fight), which starts "ድ".
_AM_BEATEN = r"(?<!\S)(?:ደበደ|ደብድ|[ይትእ]ደበድ|ሲደበድ|እየደበደ)\S*?" + _AM_DONE_TO
_AM_WAS_BEATEN = r"(?<!\S)ተደበደብ(?:ኩ|ሁ|ን|ች)"
# Hitting ("መታኝ", "ይመታኛል", "መቱኝ", "መታችኝ").
_AM_HIT = r"(?<!\S)[ይት]?(?:መታ|መቱ|መታች)" + _AM_DONE_TO
# Being killed, said as what he or they will do ("ይገድለኛል", "ሊገድሉኝ", "ይገድሏታል"): "ገድ" and
# an l-syllable (not "ይገድበኛል", it holds me back), or slaughtered ("ያርደኛል").
_AM_KILLS = r"(?<!\S)(?:[ይሊት]|ልት)(?:ገድ[ለ-ሏ]|ያር[ደ-ዷ])\S*?" + _AM_DONE_TO
_AM_CHILD_DONE_TO = r"(?:ልጄን|ልጆቼን|ልጁን|ልጆቹን|ልጅቷን|ህጻኑን|ህጻናቱን|ህጻኗን)"
_AM_CHILDREN = r"(?:ልጄ|ልጆቼ|ልጁ|ልጆቹ|ልጅቷ|ህጻኑ|ህጻናቱ|ህጻኗ|ልጆች)"
_AM_LATE_OR_HEAT = r"(?:ካረፈድ|ብዘገይ|ከዘገየ|አረፍዳለሁ|ዘግይ|ሙቀት|ረሃብ|ርሃብ)"
# What else "hits" one: a ball ("ኳሱ", the ball), the rain, the sun, the cold, one's heart.
_AM_NOT_A_BLOW = r"(?:ኳ[ስሱሷ]|ዝና[ብቡ]|ጸሀይ|ጸሐይ|ብርድ|ልቤ)"

AMHARIC_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it (not a wish not to live somewhere)
    r"መሞት\s+(?:\S+\s+)?(?:እፈልጋለሁ|ፈልጌአለሁ|ፈልጌያለሁ|ፈለግሁ|ፈለኩ|አምሮኛል|ይሻለኛል)|"
    r"(?<!ውስጥ\s)(?<!እዚህ\s)(?<!እዚያ\s)(?<!ሰፈር\s)(?<!ከተማ\s)(?<!ጋር\s)መኖር\s+(?:ከእንግዲህ\s+|"
    r"ከዚህ\s+በኋላ\s+|ከእንግዲህ\s+ወዲህ\s+)?(?:አልፈልግም|አልችልም|ሰልችቶኛል|መሮኛል)(?!\s+(?:እዚህ|በዚህ))|"
    r"ራሴን\s+(?:\S+\s+)?(?:ማጥፋት|ላጠፋ|አጠፋለሁ|ልገድል|እገድላለሁ|መግደል|ለማጥፋት)",
    # cutting or harming oneself
    r"ራሴን\s+(?:\S+\s+)?(?:እቆርጣለሁ|ቆረጥኩ|እየቆረጥኩ|እጎዳለሁ|ጎዳሁ|እየጎዳሁ|አቆስላለሁ|አቆሰልኩ|አቃጥላለሁ|አቃጠልኩ)",
    # all the tablets, or many at once, swallowed
    r"(?:ሁሉንም|ብዙ|በርካታ|አንድ\s+ሙሉ)\s+(?:\S+\s+)?(?:ኪኒ|ክኒ|መድሀኒ|መድሃኒ|እንክብ)\S*\s+"
    r"(?:\S+\s+)?(?:ዋጥኩ|ውጫለሁ|ዋጠች|ውጣለች|ዋጠ|ውጧል)",
    # beaten or hit by a person (not a ball, the rain or the sun)
    rf"^(?!.*{_AM_NOT_A_BLOW})(?=.*(?:{_AM_BEATEN}|{_AM_WAS_BEATEN}|{_AM_HIT}))",
    # threatened, or told one will be killed (not mum's "she'll kill me" for being late)
    rf"^(?!.*{_AM_LATE_OR_HEAT})(?=.*{_AM_KILLS})",
    r"(?<!\S)(?:ያስፈራራ|አስፈራራ|አስፈራሩ|ዛተብ)\S*?" + _AM_DONE_TO,
    # "I'll kill you" written or said to the writer (not said in jest)
    r"^(?=.*(?<!\S)እገድል(?:ሻ|ሀ|ሃ|ህ)ለ(?:ሁ|ው)(?!\S))(?=.*(?:አለኝ|አለችኝ|ብሎ|ብላ|ጻፈ|ጽፎ|ጽፏል|"
    r"በሩ|በር\s+ላይ|ግድግዳ|መልእክት|ሜሴጅ))",
    # locked in, not let out of the house
    r"(?:ቤት|ክፍል|ቤቱ)\s+ውስጥ\s+(?:\S+\s+)?(?:ቆልፈው|ዘግተው|ቆለፉብ|ዘጉብ|ቆልፎ|ዘግቶ|ቆልፋ|ዘግታ)",
    r"(?:ከቤት|ከቤቱ|ወደ\s+ውጭ|ውጭ)\s+(?:\S+\s+)?(?:እንድወጣ|እንድትወጣ|እንድንወጣ|መውጣት|እንዳልወጣ)\S*\s+"
    r"(?:\S+\s+)?(?:አይፈቅዱ|አይፈቅድ|አልፈቀዱ|አይፈቀድ|አትፈቅድ|አይፈቅዱል)",
    # a passport taken, held or hidden (not taken to the embassy for a visa)
    r"^(?!.*(?:ኤምባሲ|ቪዛ|ለማሳደስ|ለማደስ))(?=.*ፓስፖር\S*\s+(?:\S+\s+)?(?:ወሰዱ|ወስደ|ወሰደ|ያዙ|"
    r"ያዘ|ደበቁ|ደብቀ|ደበቀ|ቀሙ|ቀምተ|ነጠቁ|አይሰጡ|አይመልሱ|አልመለሱ|አልሰጡ|(?:እሱ|እነሱ|እሷ|አሰሪ\S*|ባሌ|"
    r"ባለቤቴ)\s+(?:ጋ|ጋር|ዘንድ|እጅ)\s+(?:ነው|ነዉ|ይገኛል|ቀርቷል)))",
    # a man of the house where she works (an employer, the landlord) who comes into her room at
    # night, or a door she cannot lock (not a child who comes in when afraid)
    r"^(?=.*(?:ማታ|ሌሊት|ምሽት))(?=.*ወደ\s+(?:ክፍሌ|ክፍሏ|መኝታ\s+ክፍሌ|መኝታዬ)\s+(?:\S+\s+)?(?:ይገባ|ገባ|"
    r"ይመጣ|መጣ))(?=.*(?:አሰሪ|ቀጣሪ|አከራይ|የቤቱ\s+(?:ባለቤት|ጌታ)|መቆለፍ\s+(?:አልችልም|አልቻልኩም|"
    r"አይቻልም)))",
    # afraid of him, afraid to go home
    r"ወደ\s+ቤት\s+(?:\S+\s+)?(?:መሄድ|መመለስ|ለመሄድ|ለመመለስ|መግባት)\s+(?:\S+\s+)?(?:እፈራለሁ|ፈራሁ|"
    r"ያስፈራኛል|ፈርቻለሁ)|(?:ባሌን|ባለቤቴን|አባቴን|ወንድሜን|እሱን|እርሱን|የቀድሞ\s+ባሌን)\s+(?:\S+\s+)?"
    r"(?:እፈራዋለሁ|እፈራለሁ|ፈራሁት|ፈርቸዋለሁ)",
    # followed (not on social media, not by a dog)
    r"^(?!.*(?:ኢንስታግራም|ፌስቡክ|ቲክቶክ|instagram|facebook|tiktok|ውሻ|ድመት))(?=.*(?<!\S)"
    r"(?:ይከተለ|ይከታተለ|እየተከተለ|እየተከተሉ|ይከተሉ|ተከተለ|ተከተሉ)\S*?(?:ኝ|ኛል|ኛለ\S*|ኛሉ)" + _AM_END + ")",
    # a marriage by force or against her will (not "not by force")
    r"በግድ(?!\s+አይደለ)\s+(?:\S+\s+){0,2}(?:ሊድሩ|ሊያጋቡ|ሊያገቡ|ማግባት|እንዳገባ|እንድታገባ|ሊድሯ|ትዳር|"
    r"አጋቡ|ዳሩ)|ያለ\s+(?:\S+\s+)?(?:ፍላጎቴ|ፍላጎቷ|ፈቃዴ|ፈቃዷ)\s+(?:\S+\s+)?(?:ሊድሩ|ሊያጋቡ|ማግባት|"
    r"አጋቡ|ዳሩ)",
    # in danger, not safe at home
    r"(?<!\S)አደጋ\s+ላይ\s+(?:ነኝ|ነን|ናት)|ህይወቴ\s+(?:\S+\s+)?አደጋ\s+ላይ|(?:ቤት|ቤቴ)\s+(?:ውስጥ\s+)?"
    r"(?:\S+\s+)?(?:ደህንነት|ደህንነቴ)\s+(?:አይሰማኝም|የለኝም)",
    # nowhere to sleep
    r"(?:የምተኛበት|የማድርበት|የምንተኛበት|የምኖርበት|የምንኖርበት|የማርፍበት)\s+(?:\S+\s+)?(?:ቦታ|ቤት)\s+"
    r"(?:\S+\s+)?(?:የለኝም|የለንም)|መንገድ\s+ላይ\s+(?:\S+\s+)?(?:እተኛለሁ|ተኛሁ|አደርኩ|አድራለሁ|ነው\s+"
    r"የምተኛው)|(?:የምተኛበት|የማድርበት|የምናድርበት|የምንተኛበት)\s+(?:የለኝም|የለንም)",
    # a child beaten, or not fed for days
    _AM_CHILD_DONE_TO + r"\s+(?:\S+\s+)?(?:(?:ይደበድ|ደበደ|ደብድ)\S*|[ይት]?(?:መታ|መቱ|መታች)(?:ው|ዋል|"
    r"ት|ታል|ቸው|ቸዋል)(?!\S))",
    rf"^(?=.*{_AM_CHILDREN})(?=.*(?:ከትናንት|ለቀናት|ቀናት|(?:ሁለት|ሶስት|[0-9]+)\s+ቀን)\S*\s+"
    r"(?:\S+\s+){0,3}(?:አልበሉም|አልበላም|አልበላችም|ምግብ\s+አልቀመሱም))|"
    + _AM_CHILDREN
    + r"\S*\s+(?:\S+\s+)?ምግብ\s+(?:አይሰጣቸውም|አይሰጣቸው|አይሰጡአቸውም)",
    # someone not breathing, blue lips, unconscious
    r"(?<!\S)(?:አይተነፍስም|አትተነፍስም|አይተነፍሱም)|መተንፈስ\s+(?:አቁሟል|አቁማለች|አቆመ|አቆመች)|"
    r"ትንፋሽ\s+(?:\S+\s+)?(?:የለውም|የላትም|ቆሟል)|ከንፈሩ\S*\s+(?:\S+\s+)?(?:ሰማያዊ|ጠቁሯል)|"
    r"ከንፈሯ\S*\s+(?:\S+\s+)?(?:ሰማያዊ|ጠቁሯል)|(?:ራሱን|ራሷን)\s+(?:\S+\s+)?(?:ስቷል|ስታለች|ስቶ|ሳተ|"
    r"ሳተች)(?!.*(?:ትናንት\s+ነበር|አሁን\s+ደህና))",
)

# A young person: a child of the writer's or someone's, a younger brother or sister, or an age
# under 18 given ("15 ዓመቱ", "የ16 አመት").
_AM_UNDER_18 = r"(?<![0-9])(?:1[0-7]|[5-9])\s*[ዓአ]መ"
_AM_YOUNG = rf"(?:(?<!\S)(?:ልጅ|ልጄ|ልጇ|ልጁ|ልጃ|ልጆቼ|ልጆቹ|ህጻ|ወንድሜ|እህቴ|ታናሽ)|{_AM_UNDER_18})"
# Drugs ("ዕፅ", "አደንዛዥ ዕፅ", named ones), not plants or herbs ("ዕፅዋት"); sent, made to
# deliver, sell, carry or move them ("እንዲያደርስ", "ይሸጣል", "ያዘዋውራል", "ይልኩታል", "ይዞ").
_AM_DRUGS = r"(?<!\S)የ?(?:ዕፅ(?!ዋ)|አደንዛዥ|ሀሺሽ|ሃሺሽ|ኮኬይን|ማሪዋና|ሄሮይን|ድራግ)"
_AM_CARRIES = (
    r"\S*(?:ደርስ|ደርሱ|ድርስ|ሸጥ|ሸጣ|ሸጡ|ሸጭ|ዘዋውር|ዘዋውራ|ዘዋውሩ|ልኩ|ላኩ|ልካ|ላከ|ልከ|ያዝ|ይዞ|ይዘ|"
    r"ያስይዙ|ቀብል|ቀበል)"
)
# Not come back or home ("አልተመለሰም", "ቤት አልመጣችም", "አላደረም"), or gone ("ልጄ ጠፍቷል").
_AM_NOT_BACK = (
    r"(?<!\S)(?:አልተመለ[ሰሱ]|አልመጣ|አልመጡ|አልገባ|አልገቡ|አላደረ|አላደሩ)(?:ችም|ም)"
    + _AM_END
    + r"|(?<!\S)(?:ልጄ|ልጇ|ልጁ|ልጃችን|ወንድሜ|እህቴ)\s+(?:ጠፍቷል|ጠፍታለች|ጠፋ|ጠፋች|ጠፍተዋል)"
    + _AM_END
)
# What makes a young person not back a risk: the phone off, older boys or men, a knife, drugs,
# the police, no one knowing where, or an age under 18 with a night or days gone by.
_AM_TIME_GONE = r"(?:ትናንት|ትላንት|ጀምሮ|ሌሊት|(?:ሁለት|ሶስት|[0-9]+)\s+ቀን)"
_AM_NOT_BACK_SIGN = (
    r"ስል[\u12a8-\u12b5]\S*\s+(?:\S+\s+)?(?:ዝግ|ተዘግቷል|ተዘግቶ|ጠፍቷል|አይሰራም|አያነሳም|አታነሳም|"
    r"አይነሳም)|(?:ትልልቅ|ትላልቅ|ታላላቅ|አዋቂ)\s+(?:ልጆች|ወንዶች|ሰዎች|ወጣቶች)|(?<!\S)(?:ቢላ|ስለት|"
    r"ሽጉጥ|ጩቤ)|ፖሊስ|የት\s+(?:እንዳለ|እንዳለች|እንደሄደ|እንደሄደች)\S*\s+(?:\S+\s+)?(?:አናውቅም|"
    rf"አላውቅም|አታውቅም|አያውቁም|አይታወቅም)|{_AM_DRUGS}|{_AM_UNDER_18}.*{_AM_TIME_GONE}|"
    rf"{_AM_TIME_GONE}.*{_AM_UNDER_18}"
)
# Where the young person is known to be: at a grandmother's or a friend's, on a trip, phoned,
# back, fine.
_AM_WHEREABOUTS_KNOWN = (
    r"(?<!\S)(?:ደውሎ|ደውላ|ደወለ|ተመልሷል|ተመልሳለች|ጉዞ|ካምፕ)|ደህና\s+(?:ነው|ናት|ነች)|(?<!\S)(?:አያቱ|"
    r"አያቷ|አክስቱ|አክስቷ|አጎቱ|አጎቷ|አባቱ|አባቷ|እናቱ|እናቷ|ጓደኛው|ጓደኛዋ|ጓደኞቹ|ጓደኞቿ)\s+(?:ቤት|ጋ|ጋር)"
)
AMHARIC_PHRASES += (  # i18n-exempt: input
    # a young person sent or made to deliver, sell or carry drugs, to another town or not (not a
    # lesson about drugs, nor herbs taken to a grandmother)
    rf"^(?!.*(?<!\S)ስለ\s+(?:\S+\s+)?ዕፅ)(?=.*{_AM_YOUNG})"
    rf"(?=.*{_AM_DRUGS}\S*\s+(?:\S+\s+){{0,4}}?{_AM_CARRIES})",
    # a young person not come back, with a sign of danger (not one known to be at a relative's
    # or a friend's, or who has phoned)
    rf"^(?!.*(?:{_AM_WHEREABOUTS_KNOWN}))(?=.*{_AM_YOUNG})(?=.*(?:{_AM_NOT_BACK}))"
    rf"(?=.*(?:{_AM_NOT_BACK_SIGN}))",
)

# Amharic in Latin letters, as members type it: the person done to is joined on the same way,
# "-gn"/"-gnal" for me ("debedebegn" he beat me, "yigedilegnal" he will kill me), "-bign" for
# against me ("zegtobign" he locked it on me, "wesdobign" he took it from me) and "-achew" for
# them ("yimetachewal" he hits them). It reads death wished for or better ("mot yishalegnal"),
# killing oneself, being beaten or hit, told one will be killed, locked in, a phone, passport or
# money taken, and children beaten. Left alone: a bus "better" than work, a house locked on
# leaving, a phone taken for the children's film, mum's "she'll kill me" for being late, a ball
# that hit one.
_AML_TO_ME = r"(?:gn|ñ)(?:al|alu|alech)?\b"
_AML_AGAINST_ME = r"(?:bign|bgn|biñ)\b"
_AML_NOT_A_BLOW = r"\b(?:kuas|kwas|kuwas|zinab|tsehay|tsehai|tehay)\b"
_AML_LATE = r"\b(?:kareffedku|kar[ae]f+edku|bizegey|bzegey|zegey\w*|ruhab|rehab|mukat)\b"
_AML_TAKEN = r"\b(?:silk|silken|silke|sliken|pas+port|genzeb|wereqet|metawoqiya)\w*"
AMHARIC_PHRASES += (  # i18n-exempt: input
    # death wished for, or better; killing oneself
    r"\b(?:mot|momot|memot|mmot)\s+(?:\w+\s+)?(?:yishalegn|yeshalegn|yshalegn|efel[ei]?galehu|"
    r"ifel[ei]?galehu|felgalehu|amrognal|nafeqegn)\w*|\brasen\s+(?:\w+\s+)?(?:matfat|lematfat|"
    r"lateffa|latefa|legedl|legedel|egedlalehu|megdel)\b",
    # beaten or hit (not by a ball, the rain or the sun); told one will be killed (not for late)
    rf"^(?!.*{_AML_NOT_A_BLOW})(?=.*\b(?:yi|ti|i)?(?:debed|debd|dabd|dabad)\w*?{_AML_TO_ME}|"
    rf".*\b(?:yi|ti)?met(?:a|u|achi|ach){_AML_TO_ME})",
    rf"^(?!.*{_AML_LATE})(?=.*\b(?:yi|li|ti|lit)ged[ie]?l\w*?{_AML_TO_ME})",
    # locked in against the writer; a phone, passport or money taken from her
    rf"\b(?:zeg[iy]?t|kol[iy]?f|qol[iy]?f)\w*?{_AML_AGAINST_ME}",
    rf"^(?!.*\b(?:embassy|embasi|ambasi|visa|viza)\b)(?=.*{_AML_TAKEN}\s+(?:\w+\s+)?"
    rf"(?:wes[ei]?d|yaz|qem|kem|neteq|netq)\w*?{_AML_AGAINST_ME})",
    # children beaten ("lijochen yimetachewal")
    rf"^(?!.*{_AML_NOT_A_BLOW})(?=.*\blij\w*\s+(?:\w+\s+)?(?:yi|ti)?(?:meta|debedba|debdiba|"
    r"debedeba|dabdaba)chew\w*)",
)

# A plan to die said plainly. Soon: tonight, tomorrow, this week, Sunday.
_AM_SOON = r"(?:ዛሬ\s+ማታ|ዛሬ\s+ምሽት|ዛሬ\s+ሌሊት|(?<!\S)ነገ|በዚህ\s+ሳምንት|እሁድ)"
# A goodbye: forgive me, goodbye, don't look for me, look after my children.
_AM_GOODBYE = r"(?:ይቅርታ\s+አድርጉልኝ|ይቅር\s+በሉኝ|ደህና\s+ሁኑ|አትፈልጉኝ|ልጆቼን\s+ጠብቁ)"
# Tablets or medicines gathered or stored ("ክኒኖቹን ሰብስቤአለሁ"), with no everyday use (a trip,
# a doctor, a hospital, a parent).
_AM_PILLS_GATHERED = r"(?:ኪኒ|ክኒ|መድሀኒ|መድሃኒ|እንክብ)\S*\s+(?:\S+\s+)?(?:ሰብስ|ሰበሰብ|አጠራቅ|አጠራቀ|አከማች|አከማቸ)"
_AM_EVERYDAY_USE = r"(?:ጉዞ|ሀኪም|ሆስፒታል|ለእናቴ|ለአባቴ|ለአያቴ)"
AMHARIC_PHRASES += (  # i18n-exempt: input
    # decided to die ("ለመሞት ወስኛለሁ"); "I" will hang myself or throw myself from a bridge or in
    # front of a train ("ራሴን እሰቅላለሁ", "ራሴን እወረውራለሁ", "ራሴን እጥላለሁ"); not a stone thrown from
    # the bridge, nor throwing oneself into work or study
    r"ለመሞት\s+(?:\S+\s+)?ወስ[ነንኜኛ]|"
    r"^(?!.*(?:ስራ|ትምህርት))(?=.*ራሴን\s+(?:\S+\s+)?(?:እሰቅላለሁ|ልሰቅል|እወረውራለሁ|ልወረውር|"
    r"እጥላለሁ|ልጥል))",
    # no longer alive after a time ("ከዛሬ ማታ በኋላ በህይወት አልኖርም"); a goodbye for ever; not
    # no longer living in London, a goodbye to a group
    r"በህይወት\s+(?:\S+\s+)?(?:አልኖርም|አልገኝም|አልቆይም)|ለዘላለም\s+(?:\S+\s+)?(?:ደህና\s+ሁ|"
    r"ተሰናብ|እሰናበ)|ደህና\s+ሁ\S*\s+ለዘላለም",
    # tablets gathered beside a time or a goodbye; not gathered for a trip or for a parent
    rf"^(?!.*{_AM_EVERYDAY_USE})" + every_one_of(_AM_PILLS_GATHERED, f"{_AM_SOON}|{_AM_GOODBYE}"),
    # in Latin letters: decided to die ("lemot wesnyalehu"), will kill or hang myself ("rasen
    # atefalehu", "rasen esekilalehu"); not decided to study, clothes hung
    r"\blemot\s+(?:\w+\s+)?wes[ei]?n\w*|\brasen\s+(?:\w+\s+)?(?:atefalehu|atefalew|"
    r"esekilalehu|esekelalehu|esekilalew|egedilalehu|egedlalew)\b",
)

# The main kinds said plainly.
# The tablets, all of them, swallowed or to be ("ዛሬ ማታ ኪኒኖቹን በሙሉ እውጣለሁ"); not bought, nor
# taken as the doctor said.
_AM_PILLS = r"(?:ኪኒ|ክኒ|መድሀኒ|መድሃኒ|እንክብ)"
_AM_ALL = r"(?:በሙሉ|ሁሉንም|ሁሉም|ሙሉ\s+ሳጥን|አንድ\s+ሙሉ)"
_AM_SWALLOWS = r"(?<!\S)(?:እውጣ|ልውጥ|ልውጣ|ዋጥ|ውጫ|ዋጠ|ውጧ)\S*"
# A knife or gun held ("ቢላ ይዞ"), beside the door locked ("በሩን ቆልፎታል") or a threat; not to
# cut meat, onions or bread.
_AM_WEAPON_HELD = r"(?<!\S)(?:ቢላ|ጩቤ|ሽጉጥ|ገጀራ|መሳሪያ)\S*\s+(?:\S+\s+)?(?:ይዞ|ይዛ|ይዘው|ታጥቆ|ደግኖ|አንስቶ)"
_AM_DOOR_LOCKED = (
    rf"(?<!\S)በሩ\S*\s+(?:\S+\s+)?(?:ቆልፎ|ቆልፋ|ቆልፈው|ዘግቶ|ዘግታ|ቆለፈ|ዘጋ)\S*|{_AM_KILLS}|"
    r"(?<!\S)(?:ያስፈራራ|አስፈራራ)"
)
# A child alone ("ብቻውን") for days or with no food.
_AM_A_CHILD = r"(?<!\S)(?:ልጅ|ልጄ|ልጁ|ልጇ|ልጅቷ|ልጆች|ህጻ|ትንሽ\s+ልጅ)"
_AM_ALONE = r"(?<!\S)ብቻ(?:ውን|ዋን|ቸውን)"
_AM_DAYS_OR_NO_FOOD = (
    r"(?:ሁለት|ሶስት|አራት|[0-9]+)\s+ቀን|ከትናንት|ለቀናት|ምግብ\s+(?:\S+\s+)?(?:የለውም|የላትም|የላቸውም|"
    r"አልበላ\S*)"
)
# A child hit or beaten ("ተመትቶ", "ደበደቡት"), bleeding from the head ("ከጭንቅላቱ ደም").
_AM_WAS_HIT = r"(?<!\S)(?:ተመት|ተደበደ|ተደብድ|መቱ|መታ|ደበደ|ደብድ|እየደበደ)"
_AM_HEAD_BLEEDING = r"ጭንቅላ\S*\s+(?:\S+\s+)?ደም|(?<!\S)ደም\s+(?:\S+\s+)?ከጭንቅላ"
# Married off by the family ("ሊድረኝ", to marry me off; not "ሊያገባኝ", to marry me) to a cousin or
# abroad, with a ticket bought or the writer refusing.
_AM_WED_ME_OFF = r"(?<!\S)(?:ሊድረ|ሊድሩ|ይድረ|ይድሩ|ዳረ|ዳሩ|ሊያጋቡ|ያጋቡ|አጋቡ)\S*?(?:ኝ|ኛል|ኛለ\S*|ኛሉ)" + _AM_END
_AM_COUSIN_OR_ABROAD = r"(?:የአጎቴ|የአክስቴ|ውጭ\s+ሀገር|ውጪ\s+ሀገር|ትኬት|አልፈልግም|በግድ)"
# A girl to be cut: a daughter or sister named with the cut ("ግርዛት", "ሊገርዙ"), or the cut done
# to "her" ("ሊገርዟት", "ልትገረዝ"); not a son ("ሊገርዙት", him), nor talked about.
_AM_GIRL = r"(?:ሴት|ልጅቷ|እህቴ|ልጃገረ)"
_AM_CUT = r"(?:ገረዝ|ገርዝ|ገረዟ|ገርዟ|ገረዛ|ገርዛ|ግርዛ|ገረዙ|ገርዙ)"
_AM_CUT_HER = r"(?:ገረ|ገር)(?:ዟ|ዛ)(?:ት|ታ)|(?<!\S)(?:ልትገረዝ|ትገረዛለች|ተገረዘች)"
# The chest hurting ("ደረቱን እያመመው") with no speech, no breath or a fall.
_AM_CHEST_PAIN = r"(?:ደረ[ቱቷቴ]|ልቡ|ልቧ)\S*\s+(?:\S+\s+)?(?:እያመመ|ያመ|አመመ|ይወጋ|እየወጋ|ያቃጥ|ጨመደ)"
_AM_NO_SPEECH = (
    r"መናገር\s+(?:\S+\s+)?(?:አልቻለ|አልቻለች|አይችል|አትችል)\S*|(?<!\S)(?:አይናገርም|አትናገርም|ወደቀ|"
    r"ወደቀች|አይተነፍስም|አትተነፍስም)|መተንፈስ\s+(?:አልቻለ|አቃተ)"
)
# Beaten to drive out a jinn or a spirit ("ጂኒ ለማውጣት እየደበደቧት"); not prayed over for it.
_AM_SPIRIT = r"(?:ጂኒ|ጅኒ|ጋኔን|ሰይጣን|ዛር|ቡዳ|ርኩስ\s+መንፈስ|እርኩስ\s+መንፈስ)"
AMHARIC_PHRASES += (  # i18n-exempt: input
    # the tablets, all of them, swallowed or to be (not bought, not as the doctor said)
    r"^(?!.*(?:ሀኪም|ዶክተር|ጠዋት))" + every_one_of(_AM_PILLS, _AM_ALL, _AM_SWALLOWS),
    # a knife held, the door locked or a threat (not to cut meat, onions or bread)
    r"^(?!.*(?:ስጋ|ሽንኩርት|ዳቦ|ወጥ|ኩሽና))" + every_one_of(_AM_WEAPON_HELD, _AM_DOOR_LOCKED),
    # a child alone for days or with no food
    "^" + every_one_of(_AM_A_CHILD, _AM_ALONE, _AM_DAYS_OR_NO_FOOD),
    # a child hit or beaten, bleeding from the head
    "^" + every_one_of(_AM_A_CHILD, _AM_WAS_HIT, _AM_HEAD_BLEEDING),
    # married off to a cousin or abroad, or refused
    "^" + every_one_of(_AM_WED_ME_OFF, _AM_COUSIN_OR_ABROAD),
    # a girl to be cut (not a son, not talked about)
    r"^(?!.*(?<!\S)ስለ\s+(?:\S+\s+)?ግርዛት)(?:"
    + every_one_of(_AM_GIRL, _AM_CUT)
    + "|"
    + every_one_of(_AM_CUT_HER)
    + ")",
    # chest pain with no speech, no breath or a fall
    "^" + every_one_of(_AM_CHEST_PAIN, _AM_NO_SPEECH),
    # beaten to drive out a jinn or a spirit
    "^" + every_one_of(_AM_SPIRIT, _AM_WAS_HIT),
)

# Beside the main kinds, said as they happen.
# A debt said to be owed ("ዕዳ አለብህ") with a threat to kill or hurt the family or the writer
# ("ቤተሰብህን እገድላለሁ", "ዝቶብኛል"); not a bank debt with the family helped.
_AM_DEBT = r"(?<!\S)እዳ|ገንዘብ\s+(?:\S+\s+)?(?:አለብህ|አለብሽ|አለብኝ|ትከፍያለሽ|ትከፍላለህ)"
_AM_HURT_FAMILY = (
    r"ቤተሰብ\S*\s+(?:\S+\s+)?(?:[እይሊል]ገድ|[እይሊ]ጎ[ዳድ]|አጠፋ|ያጠፋ)\S*|"
    rf"(?<!\S)ዝቶብ|{_AM_KILLS}"
)
# The landlord ("አከራይ", "የቤቱ ባለቤት") who wants sex for the rent ("ለኪራዩ ከእሱ ጋር እንድተኛ") or
# says he will report the writer to the Home Office; not a landlord who hands over a letter.
_AM_LANDLORD = r"(?:አከራ|የቤቱ\s+ባለቤት|ባለ\s*ቤቱ)"
_AM_SEX_FOR_RENT = r"^(?=.*ጋር\s+(?:\S+\s+)?(?:እንድተኛ|ልተኛ|እንድታድር|እንድታድሪ|ወሲብ))(?=.*ኪራ)"
_AM_REPORT_ME = r"(?:ሆም\s*ኦፊስ|ኢሚግሬሽን|ፖሊስ)\S*\s+(?:\S+\s+)?(?:እነግራ|እጠቁ|እደውላ|አሳውቃ|ሪፖርት|ይነግራ|ሊጠቁ)"
# A crowd gathered ("ሰዎች ተሰብስበው") throwing stones ("ድንጋይ እየወረወሩ") outside the hotel or
# home, or at us; not children at play or by the river.
_AM_CROWD = r"(?:ሰዎች|ወጣቶች|ዘረኞች|ተሰብስ|ብዙ\s+ሰው)"
_AM_STONES = r"ድንጋይ\s+(?:\S+\s+)?(?:እየወረወሩ|ወረወሩ|ይወረውራ|እየጣሉ|ጣሉ)\S*"
_AM_OUR_PLACE = (
    r"(?:ሆቴ|ቤ)\S*\s+(?:\S+\s+)?(?:ውጭ|ውጪ|ደጅ)|(?<!\S)(?:ውጭ|ውጪ)|ብን(?![\u1200-\u135f])|"
    r"መስኮ"
)
# A young person, and a man who says he is an uncle or kin ("አጎትሽ ነኝ ብሎ") or a stranger
# ("የማናውቀው ሰው"), there to take her or him ("ሊወስዳት"); not an uncle named who meets her.
_AM_CLAIMS_KIN = r"(?:አጎ|አክስ|ዘመድ|ወንድም)\S*\s+ነኝ|የማና?ውቀው|የማላውቀው|የማታውቀው|የማያውቁት"
_AM_TAKES = r"(?<!\S)(?:ሊወስ|ይወስ|ሊያስወ|እየጠበቃ|ሊያነሳ)\S*"
# Lost ("ጠፍቻለሁ", "መንገድ ጠፋብኝ"), in the dark or with the phone dying ("ባትሪ እያለቀ").
_AM_LOST = r"(?<!\S)(?:ጠፍቻለሁ|ጠፋሁ)|መንገ\S*\s+(?:\S+\s+)?ጠፋብኝ|የት\s+እንዳለሁ\s+(?:\S+\s+)?አላውቅም"
_AM_DARK_OR_PHONE_DYING = (
    r"(?<!\S)(?:ጨልሟል|ጨለማ|ጨለመ)|(?:ባትሪ|ስልኬ|ስልክ)\S*\s+(?:\S+\s+)?(?:እያለቀ|ሊያልቅ|ሊዘጋ|ሊጠፋ|"
    r"አልቋል)"
)
# A fire at home ("እሳት ተነስቷል") with no way out ("መውጣት አልችልም").
_AM_FIRE = r"እሳት\s+(?:\S+\s+)?(?:ተነስ|ተያያዘ|እየነደደ|ነደደ|ተቀጣጠለ)\S*|(?<!\S)(?:እየተቃጠለ|ተቃጠለ)"
_AM_NO_WAY_OUT = (
    r"መውጣት\s+(?:\S+\s+)?(?:አልችልም|አልቻልኩም|አንችልም|አልቻልንም)|ውስጥ\s+(?:\S+\s+)?(?:ተዘግቶብ|ታፍነ|ተቆልፎብ)"
)
# A child breathing badly ("በደንብ መተንፈስ አልቻለም", "ትንፋሹ እያጠረ"); not a blocked nose.
_AM_BREATHES_BADLY = (
    r"መተንፈስ\s+(?:\S+\s+)?(?:አልቻለ|አቃተ|ተቸገረ|ያቅተ|እየተቸገረ|አቃታ)\S*|በደንብ\s+(?:አይተነፍስ|አትተነፍስ)"
    r"\S*|ትንፋ\S*\s+(?:\S+\s+)?(?:አጠረ|ያጥረ|እያጠረ)\S*"
)
# A fit ("የሚጥል", shaking) gone on five minutes or more (not five minutes ago, nor the cold).
_AM_FIT = r"(?:የሚጥል|የሚያጥል|እየተንቀጠቀጠ|እየተንዘፈዘ|ይንቀጠቀጣ|ተንቀጠቀጠ)"
_AM_FIVE_MINUTES = (
    r"(?:(?<![0-9])(?:[5-9]|[1-9][0-9])\s*|(?:አምስት|ስድስት|ሰባት|ስምንት|አስር)\s+)ደቂቃ(?!\s+በፊት)"
)
# Someone fallen ("ወድቃ") whose head bleeds ("ጭንቅላቷ እየደማ") or who does not wake or get up.
_AM_FELL = r"(?<!\S)(?:ወደቀ|ወድቆ|ወድቃ|ወድቀ|ተደፋ)\S*"
_AM_HEAD_BLEEDS_OR_GONE = (
    rf"{_AM_HEAD_BLEEDING}|ጭንቅላ\S*\s+(?:\S+\s+)?(?:እየደማ|ደማ|ይደማ)|(?<!\S)(?:አትነቃም|አይነቃም|"
    r"አትነሳም|አይነሳም|አትናገርም|አይናገርም)|መነሳት\s+(?:\S+\s+)?(?:አልቻለ|አትችልም|አይችልም)"
)
AMHARIC_PHRASES += (  # i18n-exempt: input
    # a debt held over the writer with a threat to the family or the writer
    "^" + every_one_of(_AM_DEBT, _AM_HURT_FAMILY),
    # the landlord wanting sex for the rent or threatening to report the writer
    "^" + every_one_of(_AM_LANDLORD) + f"(?:{_AM_SEX_FOR_RENT}|(?=.*{_AM_REPORT_ME}))",
    # a crowd throwing stones outside the hotel or home (not at play, not by the river)
    r"^(?!.*(?:ይጫወ|ጨዋታ|ወንዝ))" + every_one_of(_AM_CROWD, _AM_STONES, _AM_OUR_PLACE),
    # a young person, a man who says he is kin or a stranger, there to take them
    "^" + every_one_of(_AM_YOUNG, _AM_CLAIMS_KIN, _AM_TAKES),
    # lost in the dark or with the phone dying
    "^" + every_one_of(_AM_LOST, _AM_DARK_OR_PHONE_DYING),
    # a fire at home with no way out
    "^" + every_one_of(_AM_FIRE, _AM_NO_WAY_OUT),
    # a child breathing badly (not a blocked nose or a cold)
    r"^(?!.*(?:አፍንጫ|ጉንፋን))" + every_one_of(_AM_A_CHILD, _AM_BREATHES_BADLY),
    # a fit gone on five minutes or more (not the cold)
    r"^(?!.*(?:ብርድ|በርዶ))" + every_one_of(_AM_FIT, _AM_FIVE_MINUTES),
    # someone fallen, bleeding from the head or not waking (not in love)
    r"^(?!.*ፍቅር)" + every_one_of(_AM_FELL, _AM_HEAD_BLEEDS_OR_GONE),
)

# The same emergencies in Latin letters, as members type them: lost ("tefechalehu") in the dark
# ("chelmual") or with the phone dying ("batri eyaleke new"); a fire ("esat tenestual") with no
# way out ("mewtat alchilim"); a child who cannot breathe ("metenfes alchalem"); someone fallen
# ("wedka") whose head bleeds ("chinklatwa eyedema") or who does not wake ("atnekam"). Not a
# phone dying on the way home, the rain that keeps one in, a child who cannot eat, a fall and
# up again.
_AML_LOST = r"\b(?:tefichalehu|tefechalehu|tefahu|tefechalew|tefichalew)\b|\bmenged\w*\s+tefab\w*"
_AML_DARK_OR_PHONE_DYING = (
    r"\b(?:chelmual|chelemual|chelmoal|chelema|chilema)\b|\b(?:batri|bateri|battery|silke|"
    r"slke)\w*\s+(?:\w+\s+)?(?:eyaleke|eyalek|liyalk|alqual|alkual)\w*"
)
_AML_FIRE = r"\besat\s+(?:\w+\s+)?(?:tenestual|tenesto|tenesa|yizual|eyeneded)\w*"
_AML_NO_WAY_OUT = r"\bmewtat\s+(?:\w+\s+)?(?:alchilim|alchlm|alchalkum|anchilim|alchalinm)\b"
_AML_CHILD = r"\b(?:lij|hitsan|hisan|ljie|lije)\w*"
_AML_BREATHES_BADLY = r"\bmeten?fes\w*\s+(?:\w+\s+)?(?:alchal|akat|techeg|eyetecheg)\w*"
_AML_FELL = r"\b(?:wedka|wedqa|wedko|wedqo|wedeke|wedeqe|wedekech|wedeqech)\b"
_AML_HEAD_OR_GONE = (
    r"\b(?:chinklat|chinqlat|chenklat|chinkilat)\w*\s+(?:\w+\s+)?(?:eyedema|yedemal|dem)\w*|"
    r"\b(?:atneqam|atnekam|aynekam|ayneqam|atnesam|aynesam)\b"
)
AMHARIC_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_AML_LOST, _AML_DARK_OR_PHONE_DYING),
    "^" + every_one_of(_AML_FIRE, _AML_NO_WAY_OUT),
    r"^(?!.*\b(?:afincha|afnicha|gunfan)\b)" + every_one_of(_AML_CHILD, _AML_BREATHES_BADLY),
    "^" + every_one_of(_AML_FELL, _AML_HEAD_OR_GONE),
)

# The chest hurting beside the pain going to the left arm or a sweat ("ህመሙ ወደ ግራ እጁ ይሄዳል",
# "በላብ ተጠምቋል"); not a left arm sore and a sweat after a run, with no chest pain.
_AM_ARM_OR_SWEAT = (
    rf"ግራ\s+(?:እጁ|እጇ|እጄ|ክንዱ|ክንዷ|ክንዴ|ትከሻ|መንጋጋ)|(?<!\S)በ?ላብ(?:ን|ም)?{_AM_END}|"
    r"(?<!\S)(?:ያልበዋል|ያልባታል|ያልበኛል|እያላበ)"
)
AMHARIC_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_AM_CHEST_PAIN, _AM_ARM_OR_SWEAT),
)

# The writer put out of the home with a child outside in the cold and the child very ill; not a
# landlord who closed the house for repairs while mother and child stay warm with a sister.
_AM_PUT_OUT = r"አስወጣ|አባረረ|አባረሩ|አስወጡ|ውጭ\s+ነኝ|ውጭ\s+ነን|ሜዳ\s+ላይ|መንገድ\s+ላይ"
_AM_IN_THE_COLD = r"ብርድ|ቅዝቃዜ|በረዶ"
_AM_CHILD_ILL = r"(?:ልጄ|ህፃኑ|ሕፃኑ|ልጆቼ|ልጃችን)\s+(?:\S+\s+){0,2}?(?:ታሟል|ታመመ|ታማለች|ታሟል|ትኩሳት)"
AMHARIC_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_AM_PUT_OUT, _AM_IN_THE_COLD, _AM_CHILD_ILL),
)
