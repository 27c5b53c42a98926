"""The Tigrinya safeguarding phrase net (read by safeguarding_languages), in the Ethiopic (Ge'ez)
script it shares with Amharic. Tigrinya puts the verb last and joins the person done to onto it,
"-ኒ" for me and "-ና" for us ("ይወቕዓኒ" he beats me, "ወቒዑኒ" he beat me, "ክቐትለኒ'ዩ" he is
going to kill me, "ውጺ ኢሉኒ" he told me to get out), so a pattern is the verb's stem and that
ending, with or without the "'ዩ" (is) joined after it. A word ends where the Ethiopic letters
do, before a space or the Ethiopic comma and full stop ("፣", "።"). Text has been through
safeguarding_languages.fold, which reads the letters typed two ways as one: those Amharic's net
names (safeguarding_amharic.ETHIOPIC_FORMS: "ሐ" as "ሀ", "ዐ" as "አ", "ሠ" as "ሰ", "ፀ" as "ጸ")
and Tigrinya's own (TIGRINYA_FORMS: "ቐ" typed as "ቀ", "ኸ" as "ከ"), so "ክቐትለኒ" and "ክቀትለኒ"
read alike. Amharic's net is tried first, so a message both read is answered as Amharic.

It reads the main kinds: wanting to die, to kill oneself or not to live, harming oneself, all
the tablets swallowed, being beaten, hit, threatened or told one will be killed, locked in or
not let out, a passport taken or held, fear of him or of going home, a marriage by force, being
in danger or not safe, nowhere to sleep, being put out of the home (told "get out" with nowhere
to go, tonight or with a baby), a child beaten or not fed since yesterday, someone not
breathing, and a young person sent to deliver or sell drugs, or not come back with a sign of
danger (the phone off, older men, a knife, an age under 18 and a night gone), and someone fallen
who cannot get up or does not answer. Tigrinya typed in
Latin letters is read for wanting to die, a passport taken and being locked in ("passportey
wesidomni", "ab geza atsyomni").

Left alone: "ብጥሜት ክመውት እየ" (dying of hunger), "ኣብዚ ከባቢ ክነብር ኣይደልን" (not wanting to live
somewhere), a ball or the rain that hit me, "ኣደይ ክትቐትለኒ'ያ" (mum will kill me) for being
late, all of the morning's medicine taken, a passport taken to the embassy for a visa, a baby not
breathing through a nose blocked by a cold, a landlord who invites one to dinner tonight, a
marriage said to be not by force, an essay about drugs, a son not home who is at his
grandfather's and has phoned.
Also a landlord in the writer's room at night, and a pregnancy with bleeding; not a landlord
who mends the tap, nor a blood test in pregnancy.
Also: an older person's money taken by a relative she fears; someone fallen on the
railway line (not works on the line); someone made to sleep with men by force or for money,
now (not a child sleeping beside his father).
Also a plan to die said plainly: "ክመውት ወሲነ", jumping from a bridge or a roof, "ብህይወት
ኣይህሉን", a goodbye for ever, medicine gathered beside a time or a goodbye; not a bridge crossed,
no longer in London, medicine gathered for a trip or a mother.
Also the main kinds said plainly: all the tablets swallowed or to be, someone of the family
beaten, a knife held behind a locked door, followed by a man, a child alone for days or beaten
and bleeding from the head, married off to a cousin abroad ("ከመርዓወኒ"), a girl to be cut
("ክትግዘር", not "ገዝአ", to buy), chest pain with no speech, a beating to drive out a spirit; not
pills bought, a son circumcised, a knee that hurts, prayers said.
Also, said as they happen: a debt held over the writer with a threat to the family; a landlord
who wants sex for the rent or threatens the Home Office; people gathered outside throwing stones
or about to attack; a young person taken by a man who says he is an uncle, or whose room a man
comes into at night; lost in the dark or with the phone dying; a fire with no way out; a fit of
five minutes; sleeping in the street ("ኣብ ጎደና እየ ዝድቅስ"). Not a bank debt, a letter handed
over, children at the river, an uncle named, a friend who visits, the rain that keeps one in, a
fit five minutes ago, work in the street.
Also a girl to be married off by the family ("ከመርዕውዋ") under eighteen, by force or with a plea for
help; not a grown sister glad of it.
Also someone else who said or wrote they will kill themselves ("ንርእሱ ክቐትል እዩ"); not a
character in a film or a book.
Also a battery or a magnet swallowed ("ባትሪ ወሒጡ"; not a battery bought and water swallowed).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# Tigrinya's own letters typed two ways: "ቐ" (and its vowel forms) as "ቀ", "ኸ" as "ከ".
_ROWS_READ_AS_ONE = ((0x1250, 0x1240), (0x12B8, 0x12A8))
TIGRINYA_FORMS: dict[str, str] = {
    chr(typed + i): chr(read + i) for typed, read in _ROWS_READ_AS_ONE for i in range(7)
}

# Where a word ends: no Ethiopic letter after it (a space, "፣", "።", or the end).
_TI_END = r"(?![\u1200-\u135f])"
# The person done to, me or us, with "is" joined on or not ("ክቐትለኒ'ዩ", "ክቐትለኒ እዩ").
_TI_DONE_TO = r"(?:ኒ|ና)(?:'(?:ዩ|ዮም|ያ))?" + _TI_END
# Beating ("ይወቕዓኒ", "ወቒዑኒ", "ይዘብጠኒ", "ዘቢጡኒ"), hitting ("ይሃርመኒ", "ሃሪሙኒ").
_TI_BEATS = r"(?:[ይት]ወቕ|ወቒ|[ይት]ዘብ|ዘቢ|[ይት]ሃር|ሃሪ)"
# Killing, said as what he, she or they will do ("ክቐትለኒ", "ይቐትሉኒ", "ክትቐትለኒ").
_TI_KILLS = r"(?:ክ|ይ|ክት|ት)ቐት(?:ለ|ሉ|ላ)"
# What else hits one, and being late, hungry or hot: what a blow or "kills me" is said of.
_TI_NOT_A_BLOW = r"(?:ኩዕሶ|ዝናብ|ጸሓይ|በረድ|ንፋስ)"
_TI_LATE_OR_HEAT = r"(?:ደንጐ|ደንጎ|ደንጒ|ደንጉ|ጥሜት|ሙቐት|ዋዛ)"
# A child, and who puts the writer out of the home: a husband, family, a landlord, an employer.
_TI_CHILD = r"(?:ቆልዓ|ቆልዑ|ህጻን|ህጻናት|ውላደይ|ደቀይ|ወደይ|ጓለይ)"
_TI_HARMER = r"(?:ሰብኣየይ|በዓል\s+ቤተይ|ኣቦይ|ሓወይ|ሓሙየይ|ወናኒ\s+ገዛ|ኣሰሪየይ|ንሱ)"
# Told to get out ("ውጺ ኢሉኒ": he told me "get out"), by him, her or them.
_TI_TOLD_GET_OUT = (
    r"(?<!\S)(?:ውጺ|ውጻእ|ውጹ|ውጽኡ)\s+(?:\S+\s+)?"
    r"(?:ኢሉ|ኢላ|ኢሎም|ይብለ|ትብለ|ይብሉ)" + _TI_DONE_TO
)

TIGRINYA_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, to kill oneself or end one's life, not to live (not somewhere)
    r"ክመውት\s+(?:\S+\s+)?(?:እደሊ|ደልየ|ተመኒየ)|(?:ርእሰይ|ነብሰይ|ነፍሰይ)\s+(?:\S+\s+)?(?:ክቐትል|"
    r"ከጥፍእ|ክጠፍእ|ቐቲለ|ኣጥፊአ|ክሓንቕ)|ህይወተይ\s+(?:\S+\s+)?(?:ከብቅዕ|ከቋርጽ|ከጥፍእ)",
    r"^(?!.*ኣብ\S*\s+(?!ዓለም)(?:\S+\s+){0,2}ክነብር)(?=.*ክነብር\s+(?:(?:ደጊም|ድሕሪ\s+ሕጂ)\s+)?"
    r"(?:ኣይደልን|ኣይክእልን)" + _TI_END + ")",
    # harming oneself
    r"(?:ርእሰይ|ነብሰይ)\s+(?:\S+\s+)?(?:እጎድእ|ጎዲአ|ክጎድእ|ኣቑሲለ|እቖርጽ|ቆሪጸ)",
    # all the tablets swallowed (not all of the morning's medicine, as the doctor said)
    r"^(?!.*(?:ንግሆ|ምሸት|ሓኪም|ዶክተር))(?=.*(?:ኩሉ|ኩሎም|ብዙሕ|ብዙሓት|ሓደ\s+ምሉእ)\s+(?:\S+\s+)?"
    r"(?:ከኒና|ፈውሲ|መድሃኒት)\S*\s+(?:\S+\s+)?(?:ወሒጠ|ውሒጠ|ወሒጣ|ወሒጡ|ሰትየ|በሊዐ))",
    # beaten or hit by a person (not a ball, the rain or the sun)
    rf"^(?!.*{_TI_NOT_A_BLOW})(?=.*(?<!\S){_TI_BEATS}\S*?{_TI_DONE_TO})",
    # told one will be killed (not mum's "she'll kill me" for being late); threatened
    rf"^(?!.*{_TI_LATE_OR_HEAT})(?=.*(?<!\S){_TI_KILLS}\S*?{_TI_DONE_TO})",
    r"(?<!\S)(?:ኣ|የ)ፈራ(?:ሪ|ር)\S*?" + _TI_DONE_TO,
    # "I'll kill you" written or said to the writer, or said over and over ("ይብለኒ ኣሎ", he keeps
    # telling me); not a line in a game or a film, nor a joke
    r"^(?!.*(?:ጸወታ|ይጻወ|ፊልም|ዋዛ))(?=.*(?<!\S)ክቐትለ(?:ካ|ኪ|ኩም)\S*)(?=.*(?:ኢሉ|ኢላ|ጽሒፉ|ጸሓፈ|"
    r"ማዕጾ|መንደቕ|መልእኽቲ|ሜሴጅ|(?<!\S)(?:ይብለ|ትብለ|ይብሉ)(?:ኒ|ና)))",
    # locked in, not let out of the house
    r"(?:ገዛ|ክፍሊ)\s+(?:\S+\s+)?(?:ዓጺ|ዓጽ|ቆሊ)\S*?" + _TI_DONE_TO,
    r"^(?!.*(?:ዝናብ|ሕማም|ሓሚመ))(?=.*(?:ክወጽእ|ክንወጽእ|ክትወጽእ)\s+(?:\S+\s+)?ኣይ(?:ፈቕደ|ፈቕዱ|ፈቕድ)\S*)",
    # a passport taken, held or hidden (not taken to the embassy for a visa)
    r"^(?!.*(?:ኤምባሲ|ቪዛ|ምሕዳስ))(?=.*ፓስፖር\S*\s+(?:\S+\s+)?(?:ወሲዱ|ወሲዶም|ወሲዳ|ሒዙ|ሒዞም|ሒዛ|"
    r"ሓቢኡ|ሓቢኦም|ሓቢኣ|ከልኪሉ|ኣይህበንን|ኣይሃቡንን|ኣይመልሰለይን|ኣይመለሱለይን))",
    # afraid of him, afraid to go home
    r"(?:ንሰብኣየይ|ንበዓል\s+ቤተይ|ንኣቦይ|ንሓወይ|ንዕኡ|ንዓኡ)\s+(?:\S+\s+)?(?:እፈርሆ|ፈሪሐዮ)|"
    r"ናብ\s+ገዛ\s+(?:\S+\s+)?(?:ክምለስ|ክኸይድ|ምምላስ|ምኻድ)\s+(?:\S+\s+)?(?:እፈርህ|ፈሪሐ|የፍርሓኒ)",
    # a marriage by force (not "not by force")
    r"ብግዲ(?!\s+ኣይኮነ)\s+(?:\S+\s+){0,2}(?:ከመርዕ|ኣመርዕ|ክምርዖ|ክትምርዖ|ክምርዓ|ከምርዕ)",
    # in danger, not safe
    r"(?<!\S)ኣብ\s+ሓደጋ\s+(?:ኣለኹ|ኣለና)|ህይወተይ\s+(?:\S+\s+)?ኣብ\s+ሓደጋ|ውሑስ\s+ኣይኮን(?:ኩን|ናን)",
    # nowhere to sleep, a night in the street
    r"(?:ዝድቅሰሉ|ዝሓድረሉ|እንድቅሰሉ|እንሓድረሉ)\s+(?:\S+\s+)?(?:የብለይን|የብልናን)|ኣብ\s+(?:ጎደና|"
    r"ጽርግያ)\s+(?:\S+\s+)?(?:ሓዲረ|ሓዲርና|ደቂሰ|ደቂስና|ክሓድር|ክንሓድር|ዝድቅስ|ንድቅስ|እድቅስ|ዝሓድር|እሓድር)" + _TI_END,
    # put out of the home by someone ("ካብ ገዛ ሰጒጉኒ"), or told to get out by a landlord or a
    # husband, tonight, with nowhere to go or with a baby (not invited to dinner tonight)
    r"ካብ\s+ገዛ\S*\s+(?:\S+\s+)?(?:ሰጒጉ|ሰጉጉ|ሰጐጉ|ሰጒጎም|ሰጉጎም|ኣውጺኡ|ኣውጺኦም|ደርብዩ|ደርብዮም)\S*?" + _TI_DONE_TO,
    rf"^(?=.*{_TI_TOLD_GET_OUT})(?=.*(?:{_TI_HARMER}|ለይቲ|ቦታ\s+የብለይን|ቦታ\s+የብልናን|"
    rf"{_TI_CHILD}))",
    # a child beaten, or not fed since yesterday or for days
    rf"^(?!.*{_TI_NOT_A_BLOW})(?=.*(?<!\S)ን{_TI_CHILD}\S*\s+(?:\S+\s+)?{_TI_BEATS})",
    rf"^(?=.*{_TI_CHILD})(?=.*(?:ካብ\s+ትማሊ|ንመዓልታት|(?:ክልተ|ሰለስተ|[0-9]+)\s+መዓልቲ)\S*\s+"
    r"(?:\S+\s+){0,3}(?:ኣይበልዑን|ኣይበልዐን|ኣይበልዐትን|ጠምዮም))",
    # someone not breathing (not through a nose blocked by a cold)
    r"^(?!.*(?:ኣፍንጫ|ጉንፋዕ|ሰዓል))(?=.*(?:(?<!\S)ኣ[የይ]\S*ተንፍ\S*?ን"
    + _TI_END
    + r"|ትንፋስ\s+(?:\S+\s+)?(?:የብሉን|የብላን|ጠፊኡ|ጠፊኣ)|ምስትንፋስ\s+(?:\S+\s+)?(?:ኣቋሪጹ|ኣቋሪጻ|ደው\s+"
    r"ኢሉ|ደው\s+ኢላ)))",
)

# A young person: a child of the writer's or someone's ("ወዱ" his son, "ጓላ" her daughter), or an
# age under 18 given ("16 ዓመቱ", "ዕድሚኡ 14 እዩ": his age is 14).
_TI_UNDER_18 = (
    r"(?<![0-9])(?:1[0-7]|[5-9])\s*[ዓአ]መ|(?<!\S)ዕድሚ\S*\s+(?:\S+\s+)?(?:1[0-7]|[1-9])"
    r"(?![0-9])"
)
_TI_YOUNG = rf"(?:{_TI_CHILD}|(?<!\S)(?:ወዱ|ወዳ|ጓሉ|ጓላ|ደቁ|ደቃ|ንእሽቶ)|{_TI_UNDER_18})"
# Drugs, named; sent, made to deliver, sell or pass them on ("ከብጽሕ", "ይሸይጥ", "ይሰዱዎ").
_TI_DRUGS = r"(?<!\S)(?:ኣደንዛዚ|ሓሺሽ|ድራግ|ኮካይን|ማሪዋና|ሄሮይን|ዕጸ\s+ፋርስ)"
_TI_CARRIES = r"\S*(?:ብጽሕ|ብጺሑ|ሸይጥ|ሸይጡ|ልእኽ|ልኢኾ|ሰዱ|ሰዲዶ|ሰግር|ሓላልፍ|ሒዙ|ሒዞም)"
# Not come back or home ("ኣይተመልሰን", "ኣይመጸትን", "ኣይሓደረን"), or gone ("ወዱ ጠፊኡ").
_TI_NOT_BACK = (
    r"(?<!\S)ኣይ(?:ተመልሰ|ተመልሱ|መጸ|መጹ|ኣተወ|ኣተዉ|ሓደረ|ሓደሩ)ት?ን"
    + _TI_END
    + rf"|(?:{_TI_CHILD}|(?<!\S)(?:ወዱ|ወዳ|ጓሉ|ጓላ))\s+(?:ጠፊኡ|ጠፊኣ|ተሰዊሩ|ተሰዊራ)"
    + _TI_END
)
# What makes a young person not back a risk: the phone off, older men, a car with them, a
# knife, drugs, the police, no one knowing where, or an age under 18 with a night or days gone.
_TI_TIME_GONE = (
    r"(?:ትማሊ|ጀሚሩ|ለይቲ|(?:ክልተ|ሰለስተ|[0-9]+)\s+መዓልቲ|ካብ\s+(?:ሰኑይ|ሰሉስ|ረቡዕ|ሓሙስ|ዓርቢ|"
    r"ቀዳም|ሰንበት))"
)
_TI_NOT_BACK_SIGN = (
    r"(?:ተሌፎ|ተለፎ|ቴሌፎ|ስል[ኪኩካክ]|ሞባይ)\S*\s+(?:\S+\s+)?(?:ዕጹው|ዕጽው|ዝተዓጽወ|ተዓጽዩ|ተዓጺዩ|ጠፊኡ|"
    r"ኣይሰርሕን|ኣየልዕልን|ኣይለዓልን)|(?:ዓበይቲ|ዝዓበዩ|ዝዓብዩ)\s+(?:\S+\s+)?(?:ሰባት|ሰብኡት|ኣወዳት|"
    r"መንእሰያት)|(?<!\S)(?:ካራ|ሽጉጥ)" + _TI_END + r"|ፖሊስ|ኣበይ\s+(?:\S+\s+)?(?:ከም\s*ዘሎ|ከም\s*ዘላ|"
    r"ከይዱ|ከይዳ)\S*\s+(?:\S+\s+)?(?:ኣይንፈልጥን|ኣይፈልጥን|ኣይፈለጠን)|"
    rf"{_TI_DRUGS}|{_TI_UNDER_18}.*{_TI_TIME_GONE}|{_TI_TIME_GONE}.*{_TI_UNDER_18}"
)
# Where the young person is known to be: at a grandparent's or a friend's, on a trip, phoned,
# back, fine.
_TI_WHEREABOUTS_KNOWN = (
    r"(?<!\S)(?:ደዊሉ|ደዊላ|ተመሊሱ|ተመሊሳ|ጉዕዞ)|ደሃይ\s+(?:ገይሩ|ገይራ|ሂቡ|ሂባ)|ደሓን\s+(?:እዩ|እያ)|"
    r"ኣብ\s+(?:ገዛ\s+)?(?:ኣቦሓጎ|ዓባይ|ሓትን|ኣኮ|ዓርኪ|ዓርኩ|ዓርካ|ኣዕሩ)\S*"
)
TIGRINYA_PHRASES += (  # i18n-exempt: input
    # a young person sent or made to deliver or sell drugs (not an essay about them)
    rf"^(?!.*ብዛዕባ\s+(?:\S+\s+)?{_TI_DRUGS})(?=.*{_TI_YOUNG})"
    rf"(?=.*{_TI_DRUGS}\S*\s+(?:\S+\s+){{0,4}}?{_TI_CARRIES})",
    # a young person not come back, with a sign of danger (not one known to be at a
    # grandparent's or a friend's, or who has phoned)
    rf"^(?!.*(?:{_TI_WHEREABOUTS_KNOWN}))(?=.*{_TI_YOUNG})(?=.*(?:{_TI_NOT_BACK}))"
    rf"(?=.*(?:{_TI_NOT_BACK_SIGN}))",
)

# Tigrinya in Latin letters, as members type it: the person done to is joined on the same way,
# "-ni" for me ("atsiyomni" they locked me in, "wesidomni" they took it from me). It reads
# wanting to die ("kimewt ideli"), a passport taken or held, and being locked in the house. Left
# alone: dying of hunger ("bitmiet kimewt eye"), a passport taken to the embassy for a visa, a
# house locked on going out.
_TIL_PASSPORT = r"\bpas+p?ort\w*"
# Taken from me ("wesidomni", "hizumni"), or taken, hidden or withheld by him or them.
_TIL_TAKEN = (
    r"(?:wesid|wesed|hiz|hiyz|habi|kelkil)\w*(?:ni|na)\b|"
    r"(?:wesidu|wesidom|habiu|habi'u|habiom|kelkilu|kelkilom)\b"
)
TIGRINYA_PHRASES += (  # i18n-exempt: input
    r"\bkimewt\s+(?:\w+\s+)?(?:ideli|deleye|delye|temeniye)\b",
    rf"^(?!.*\b(?:embassy|embasi|ambasi|visa|viza|mihdas)\b)(?=.*{_TIL_PASSPORT}\s+(?:\w+\s+)?"
    rf"(?:{_TIL_TAKEN}))",
    r"\bab\s+(?:geza|gezana|kifli|kifil|kuxri|kutsri)\s+(?:\w+\s+)?(?:a'?ts[iy]|qol[iy]f)\w*"
    r"(?:ni|na)\b",
)

# Someone fallen ("ወዲቓ" she fell, "ወዲቑ" he fell) who cannot get up ("ክትትንስእ ኣይከኣለትን"), does
# not answer, speak or wake ("ኣይትበራበርን"), or bleeds from the head ("ርእሳ ደም ይፈስስ"); not a
# fall after which she is well again or got up.
_TI_FELL = r"(?<!\S)(?:ወዲ[ቁቃቆቀ]|ወደቀ)\S*"
_TI_CANT_GET_UP = (
    r"(?<!\S)ክ\S*ትንስ\S*\s+(?:\S+\s+)?ኣይ(?:ከኣለ|ክእል|ትክእል|ከኣሉ|ክእሉ)\S*ን" + _TI_END + r"|"
    r"(?<!\S)ኣይ(?:ት)?(?:መልስ|ምልስ|ዛረብ|በራበር|ነቅሕ)\S*ን" + _TI_END + r"|"
    r"ርእ(?:ሱ|ሳ)\S*\s+(?:\S+\s+)?ደም"
)
TIGRINYA_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ደሓን\s+(?:እያ|እዩ|ኣላ|ኣሎ)|(?<!\S)ተንሲ))" + every_one_of(_TI_FELL, _TI_CANT_GET_UP),
)

# A landlord ("በዓል ገዛ", "ወናኒ ገዛ") who comes into the writer's room at night or says he will
# come tonight, with the writer afraid or at night; not a landlord who comes to mend the tap.
_TI_LANDLORD = r"(?:በዓል|ወናኒ)\s+ገዛ"
_TI_INTO_MY_ROOM = r"ናብ\s+(?:ክፍለይ|ክፍሊ\s+መደቀሲይ|መደቀሲይ)\s+(?:\S+\s+)?(?:ይኣቱ|ኣትዩ|ኣቲዩ|ይመጽእ|መጺኡ|ክኣቱ)"
_TI_AT_NIGHT_OR_AFRAID = r"(?:ብለይቲ|ለይቲ|ፈሪሐ|እፈርህ|የፍርሓኒ|ሎሚ\s+ምሸት)"
TIGRINYA_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ክጽግን|ጽገና|ቧንቧ|ማይ\s+ዝፈስስ))"
    + every_one_of(_TI_LANDLORD, _TI_INTO_MY_ROOM, _TI_AT_NIGHT_OR_AFRAID),
)

# A pregnancy ("ጥንሲ", "ነፍሰ ጾር") with bleeding now ("ደም ይፈሳ ኣሎ") or the waters broken; not a
# blood test in pregnancy.
_TI_PREGNANT = r"(?:ጥንሲ|ጥኒሳ|ነፍሰ\s+ጾር|ወርሒ\s+ጥንሲ)"
_TI_BLEEDING = r"(?<!\S)ደም\s+(?:\S+\s+)?(?:ይፈሳ|ይፈስ|ፈሲሱ|ፈሲሳ|ይወጻ|ይወጽእ|ወጺኡ|ወጺኣ|ይፈስሳ)\S*"
TIGRINYA_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TI_PREGNANT, _TI_BLEEDING),
)

# An older person's money taken by a relative, who she fears.
TIGRINYA_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"(?:ገንዘባ|ገንዘቡ|ጡረታ\S*)\s+(?:ይወስድ|ወሲዱ|ይወስዱ)",
        r"(?:ትፈርሖ|ይፈርሖ|ትፈርሕ|ይፈርሕ|ዓባይ\s+ሰብ|ባንኪ|ካርዳ)",
    ),
)

# Someone fallen on the railway line.
TIGRINYA_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"(?:ሓዲድ)",
        r"(?:ወዲቑ|ወዲቓ|ወዲቁ|ወዲቃ|ተሓዚ)",
    ),
)

# Someone made to sleep with men, for money or by force, or raped, with a sign it is now or
# tonight ("ምስ ሰባት ክትድቃስ የገድዳ ኣሎ። ሎሚ ለይቲ ክወስዳ እዩ"); not a child made to go to sleep early.
_TI_SEX = r"ምስ\s+(?:\S+\s+){0,2}(?:ክት|ክ|ን|ት)?ድቃስ|ምስ\s+(?:\S+\s+){0,2}ክትድቅስ|ጾታዊ\s+ዓመጽ|ዓመጻ|ደፊሩ"
_TI_FORCED = r"የገድድ|የገድዳ|የገድደ|ኣገዲዱ|ገዲዱ|ብግዲ|ብገንዘብ|ይሸጣ|ሸይጡ"
_TI_NOW = r"ሎሚ|ሕጂ|ለይቲ|ጽባሕ|ትማሊ|ሕጂ\s+ኣሎ"
TIGRINYA_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TI_SEX, _TI_FORCED, _TI_NOW),
)

# A plan to die said plainly. Soon: tonight, tomorrow, this week, Sunday.
_TI_SOON = r"(?:ሎሚ\s+ምሸት|ሎሚ\s+ለይቲ|ጽባሕ|ኣብዚ\s+ሰሙን|ሰንበት)"
# A goodbye: forgive me, goodbye, don't look for me, look after my children.
_TI_GOODBYE = r"(?:ይቕረ\s+በሉለይ|ደሓን\s+ኩኑ|ኣይትድለዩኒ|ደቀይ\s+ተኸናኸኑ)"
# Medicines gathered ("ፈውሲ ኣኪበ ኣለኹ", "ኣዋህሊለ"), with no everyday use (a trip, a doctor, a
# parent).
_TI_PILLS_GATHERED = r"(?:ፈውሲ|ከኒና|ኪኒን|መድሃኒት)\S*\s+(?:\S+\s+)?(?:ኣኪበ|ኣከብ|ኣዋህሊለ|ኣዋህሊል)"
_TI_EVERYDAY_USE = r"(?:ጉዕዞ|ሓኪም|ዶክተር|ሆስፒታል|ንኣደይ|ንኣቦይ)"
TIGRINYA_PHRASES += (  # i18n-exempt: input
    # decided to die ("ክመውት ወሲነ ኣለኹ"); "I" will jump from a bridge or a roof, or throw myself
    # in front of a train ("ካብ ድልድል ክነጥር እየ", "ርእሰይ ክድርብዮ እየ"); not a bridge crossed, a
    # photo taken from a roof
    r"ክመውት\s+(?:\S+\s+)?ወሲነ|ካብ\s+(?:\S+\s+){0,2}(?:ድልድል|ህንጻ|ናሕሲ)\s+(?:\S+\s+)?(?:ክነጥር|"
    r"ክዘልል|ክወድቕ)|(?:ርእሰይ|ነብሰይ)\s+(?:\S+\s+)?(?:ክድርብዮ|ክድርቢ|ክድርብ)",
    # no longer alive after a time ("ብህይወት ኣይህሉን እየ"); a goodbye for ever ("ንዘልኣለም ደሓን
    # ኩኑ"); not away from London, a goodbye to a group
    r"ብህይወት\s+(?:\S+\s+)?(?:ኣይህሉን|ኣይክህሉን|ኣይክነብርን)|ንዘልኣለም\s+(?:\S+\s+)?(?:ደሓን\s+ኩኑ|"
    r"ተፋነ|ክፋነ)|ደሓን\s+ኩኑ\s+ንዘልኣለም",
    # medicines gathered beside a time or a goodbye; not gathered for a trip or for a parent
    rf"^(?!.*{_TI_EVERYDAY_USE})" + every_one_of(_TI_PILLS_GATHERED, f"{_TI_SOON}|{_TI_GOODBYE}"),
)

# The main kinds said plainly.
# The tablets, all or a whole box, swallowed or to be swallowed ("ሓደ ሳንዱቕ ከኒና ብምሉኡ ወሒጠ",
# "ሎሚ ለይቲ ኩሉ ከኒና ክውሕጦ እየ"); not bought, nor the morning's as the doctor said.
_TI_PILLS = r"(?:ከኒና|ኪኒን|ፈውሲ|መድሃኒት)"
_TI_ALL = r"(?:ብምሉኡ|ብምሉኦም|ኩሉ|ኩሎም|ሳንዱቕ|ሓደ\s+ምሉእ)"
_TI_SWALLOWS = r"(?<!\S)(?:ወሒ|ውሒ|ክውሕ|ክሰቲ|ሰትየ)\S*"
# Someone of the family beaten ("ሓወይ ንኣደይ ይወቕዓ ኣሎ"); not phoned.
_TI_MY_FAMILY_DONE_TO = r"(?<!\S)ን(?:ኣደይ|ሓፍተይ|ኣቦይ|ሓወይ|ሰበይተይ|ዓባየይ|ኣቦሓጎይ)"
# A knife or gun held ("ካራ ሒዙ"), beside the door locked or a threat; not to cut meat.
_TI_WEAPON_HELD = r"(?<!\S)(?:ካራ|ሽጉጥ|ሰይፊ|ጠበንጃ)\S*\s+(?:\S+\s+)?(?:ሒዙ|ሒዛ|ሒዞም|ኣልዒሉ|ኣልዒላ)"
_TI_DOOR_LOCKED = rf"(?<!\S)ማዕጾ\S*\s+(?:\S+\s+)?(?:ዓጺ|ዓጽ|ቆሊ|ቆለ)\S*|{_TI_KILLS}"
# Followed ("ተኸቲሉኒ", "ይከታተለኒ") by a man or a stranger, or waited for outside; not a son who
# followed the writer home, nor a dog.
_TI_FOLLOWED_ME = r"(?<!\S)(?:ተከቲ|ተኸቲ|ይከተ|ይኸተ|ይከታተ|ይኸታተ)\S*?" + _TI_DONE_TO
_TI_STRANGER = r"(?<!\S)(?:ሰብኣይ|ሰብኡት|ጓና|ዘይፈልጦ)|ኣብ\s+ደገ"
# A child alone ("በይኑ") for days or with no food.
_TI_ALONE = r"(?<!\S)(?:በይኑ|በይና|በይኖም)"
_TI_DAYS_OR_NO_FOOD = r"(?:ክልተ|ሰለስተ|[0-9]+)\s+መዓልቲ|ካብ\s+ትማሊ|ንመዓልታት|ምግቢ\s+(?:\S+\s+)?የብ(?:ሉ|ላ|ሎም)ን"
# A child beaten or hit ("ቆልዓ ተወቒዑ"), bleeding from the head ("ካብ ርእሱ ደም ይፈሶ").
_TI_WAS_BEATEN = rf"(?<!\S)(?:ተወቒ|ተወቕ|ተዘቢ|ተሃሪ|{_TI_BEATS})"
_TI_HEAD_BLEEDING = (
    r"ርእ(?:ሱ|ሳ)\S*\s+(?:\S+\s+)?ደም\s+(?:\S+\s+)?(?:ይፈሶ|ይፈሳ|ይፈስ|ይወጾ|ይወጻ|ይወጽእ|ፈሲሱ|"
    r"ፈሲሳ|ወጺኡ|ወጺኣ)"
)
# Married off by the family ("ከመርዓወኒ", to marry me off; not "ክምርዓኒ", to marry me) to a cousin
# or abroad, with a ticket bought or the writer refusing.
_TI_WED_ME_OFF = r"(?<!\S)(?:ከ|የ|ኣ)መር(?:ዓ|ዕ)\S*?" + _TI_DONE_TO
_TI_COUSIN_OR_ABROAD = r"ወዲ\s+(?:ኣኮ|ሓወቦ|ሓትነ|ኣሞ)|ወጻኢ|ትኬት|ኣይደለኹን|ኣይደልን|ብግዲ"
# A girl ("ጓለይ", "ንሓፍተይ") to be cut ("ክትግዘር", "ክትገዝራ", "ግዝረት": the root "ገዘረ"; not "ገዝአ",
# to buy, whose letters after "ዝ" are not of the "ረ" row); not a son's circumcision.
_TI_GIRL = r"(?:ጓለይ|ጓል|ጓላ|ጓሉ|ጓላት|ሓፍተይ|ደቀንስትዮ)"
_TI_CUT = r"(?:ገ|ግ)[ዘዚዝ][ረ-ሯ]"
# The chest hurting ("ኣፍልቡ የሕምሞ") with no speech, no breath, or a fall.
_TI_CHEST_PAIN = r"(?:ኣፍልብ|ኣፍ\s+ልብ|ደረት|ልቡ|ልባ)\S*\s+(?:\S+\s+)?(?:የሕም|ይሕም|ሓሚ|የቐንዝ|ይቐንዝ|ቃንዛ)"
_TI_NO_SPEECH = r"(?<!\S)ኣይ(?:ዛረብ|ትዛረብ|ተንፍስ|ትተንፍስ)\S*ን|ክዛረብ\s+ኣይ\S*|" + _TI_FELL
# Beaten to drive out a spirit ("ጋኔን ከውጽኡ ኢሎም ይወቕዕዋ"); not prayed over for it.
_TI_SPIRIT = r"(?:ጋኔን|ጋኒን|ሰይጣን|ዛር|ቡዳ|መንፈስ\s+ርኹስ|ርኹስ\s+መንፈስ|እኩይ\s+መንፈስ)"
TIGRINYA_PHRASES += (  # i18n-exempt: input
    # the tablets, all of them, swallowed or to be (not as the doctor said)
    r"^(?!.*(?:ንግሆ|ሓኪም|ዶክተር))" + every_one_of(_TI_PILLS, _TI_ALL, _TI_SWALLOWS),
    # someone of the family beaten
    rf"^(?!.*{_TI_NOT_A_BLOW})(?=.*{_TI_MY_FAMILY_DONE_TO}\s+(?:\S+\s+)?(?<!\S){_TI_BEATS})",
    # a knife held, the door locked (not to cut meat or onions)
    r"^(?!.*(?:ስጋ|ሽጉርቲ|ሽንኩርቲ|ኣሕምልቲ|ክሽና))" + every_one_of(_TI_WEAPON_HELD, _TI_DOOR_LOCKED),
    # followed by a man or a stranger, or waited for outside (not by a dog)
    r"^(?!.*(?:ከልቢ|ድሙ|ፌስቡክ|ኢንስታግራም|ቲክቶክ))" + every_one_of(_TI_FOLLOWED_ME, _TI_STRANGER),
    # a child alone for days or with no food
    "^" + every_one_of(_TI_CHILD, _TI_ALONE, _TI_DAYS_OR_NO_FOOD),
    # a child beaten, bleeding from the head
    rf"^(?!.*{_TI_NOT_A_BLOW})" + every_one_of(_TI_CHILD, _TI_WAS_BEATEN, _TI_HEAD_BLEEDING),
    # married off to a cousin or abroad, or refused
    "^" + every_one_of(_TI_WED_ME_OFF, _TI_COUSIN_OR_ABROAD),
    # a girl to be cut (not a son; not talked about)
    r"^(?!.*ብዛዕባ\s+(?:\S+\s+)?ግዝረት)" + every_one_of(_TI_GIRL, _TI_CUT),
    # chest pain with no speech, no breath or a fall
    "^" + every_one_of(_TI_CHEST_PAIN, _TI_NO_SPEECH),
    # beaten to drive out a spirit
    "^" + every_one_of(_TI_SPIRIT, _TI_WAS_BEATEN),
)

# Beside the main kinds, said as they happen.
# A debt said to be owed ("ዕዳ ኣለካ") with a threat to kill or hurt the family ("ንስድራይ
# ክቐትሎም እየ") or the writer; not a bank debt with the family helped.
_TI_DEBT = r"(?<!\S)እዳ|ገንዘብ\s+(?:\S+\s+)?(?:ኣለካ|ኣለኪ|ኣለኒ|ትኸፍል|ክትከፍል)"
_TI_HURT_FAMILY = (
    r"\S*(?:ስድራ|ወለድ)\S*\s+(?:\S+\s+)?(?:ክቐት|ክጎድ|ክሃር|ክወቕ|ከጥፍ)\S*|"
    rf"(?<!\S){_TI_KILLS}\S*?{_TI_DONE_TO}"
)
# The landlord who wants sex for the rent ("ኽራይ ንምኽፋል ምስኡ ክድቅስ") or says he will report the
# writer to the Home Office ("ናብ ሆም ኦፊስ ክጽውዕ እየ"); not a landlord who hands over a letter.
_TI_SEX_FOR_RENT = r"^(?=.*ምስኡ\s+(?:\S+\s+)?(?:ክድቅስ|ክትድቅስ|ክሓድር|ክትሓድር)|.*ጾታዊ)(?=.*ክራይ)"
_TI_REPORT_ME = (
    r"(?:ሆም\s*ኦፊስ|ኢሚግሬሽን|ፖሊስ)\S*\s+(?:\S+\s+)?(?:ክጽውዕ|ክጸውዕ|ክሕብር|ክነግር|ክከስስ|ከፍልጥ|"
    r"ክድውል)"
)
# People gathered ("ተኣኪቦም") who throw stones or say they will attack us ("ክጠቕዑና") outside the
# hotel or home, now; not children throwing stones at the river.
_TI_CROWD = r"(?:ተኣኪቦም|ብዙሓት\s+ሰባት|ጉጅለ)"
_TI_STONES_OR_ATTACK = (
    r"(?:ኣእማን|እምኒ)\s+(?:\S+\s+)?(?:ይድርብዩ|ደርብዮም|ይድርብዩልና|ይድርብዩና|ይወርውሩ)\S*|"
    r"(?<!\S)[ክይ]ጠቕዑ(?:ና|ኒ)"
)
_TI_OUTSIDE_NOW = r"ኣብ\s+ደገ|ሆቴል|ገዛና|(?<!\S)ሕጂ|ፈሪሕና"
# A young person, and a man who says he is an uncle or kin ("ኣኮኡ እየ ኢሉ") taking him or her,
# or a man who comes into the young person's room at night ("ሓደ ሰብኣይ ለይቲ ለይቲ ናብ ክፍሉ
# ይኣቱ"); not an uncle named, nor a friend who visits his room.
_TI_CLAIMS_KIN = r"(?:ኣኮ|ሓወቦ|ኣሞ|ሓትነ|ዘመድ)\S*\s+(?:\S+\s+)?እየ\s+(?:ኢሉ|ይብል)|ዘይንፈልጦ|ዘይፈልጦ"
_TI_TAKES = r"(?<!\S)(?:ክወስዶ|ክወስዳ|ይወስዶ|ይወስዳ|ክወስዶም)"
_TI_INTO_A_ROOM = r"ናብ\s+(?:ክፍሉ|ክፍላ|ክፍለይ|መደቀሲ\S*)\s+(?:\S+\s+)?(?:ይኣቱ|ኣትዩ|ኣቲዩ|ይመጽእ|መጺኡ|ክኣቱ)"
_TI_A_MAN_OR_NIGHT = r"(?<!\S)(?:ሰብኣይ|ሰብኡት)|ለይቲ"
# Lost ("ጠፊአ", I am lost; "ኣበይ ከም ዘለኹ ኣይፈልጥን"), in the dark or with the phone dying
# ("ባትሪ ተሌፎነይ ክውዳእ እዩ").
_TI_LOST = r"(?<!\S)ጠፊአ" + _TI_END + r"|ኣበይ\s+ከም\s*ዘለኹ\s+ኣይፈልጥን|መንገዲ\s+ጠፊኡኒ"
_TI_DARK_OR_PHONE_DYING = (
    r"(?<!\S)(?:ጸልሚቱ|ጸልማት|ጸሊሙ)|(?:ባትሪ|ተሌፎ|ስልኪ|ሞባይ)\S*\s+(?:\S+\s+)?(?:ክውዳእ|ክጠፍእ|ክዕጾ|"
    r"ተወዲኡ|ይውዳእ)"
)
# A fire at home ("ሓዊ ተላዒሉ") with no way out ("ክወጽእ ኣይክእልን").
_TI_FIRE = r"ሓዊ\s+(?:\S+\s+)?(?:ተላዒሉ|ተላኺሱ|ተታሒዙ|ይነድድ|ነዲዱ|ተኣጒዱ)|(?<!\S)(?:ይቃጸል|ተቓጺሉ)"
_TI_NO_WAY_OUT = r"(?:ክወጽእ|ክንወጽእ|ምውጻእ)\s+(?:\S+\s+)?(?:ኣይክእልን|ኣይከኣልኩን|ኣይንኽእልን|ኣይከኣልናን)"
# A fit (shaking) gone on five minutes or more ("ንሓሙሽተ ደቒቕ ይንቀጥቀጥ"); not the cold, nor
# five minutes ago ("ቅድሚ ሓሙሽተ ደቒቕ") and well now.
_TI_FIT = r"(?:ይንቀጥቀጥ|ይንቅጥቀጥ|ተንቀጥቀጠ|ሕማም\s+ምንፍርፋር|ይንፍርፈር)"
_TI_FIVE_MINUTES = (
    r"(?:(?<![0-9])(?:[5-9]|[1-9][0-9])\s*|\S*(?:ሓሙሽተ|ሽዱሽተ|ሸውዓተ|ሸሞንተ|ዓሰርተ)\s+)ደቒ"
    r"(?!\S*\s+ቅድሚ)"
)
_TI_OVER_OR_AGO = r"(?:ቆሪሩ|ቁሪ|በረድ|ቅድሚ\s+\S+\s+ደቒ|ሕጂ\s+ደሓን)"
TIGRINYA_PHRASES += (  # i18n-exempt: input
    # a debt held over the writer with a threat to the family or the writer
    "^" + every_one_of(_TI_DEBT, _TI_HURT_FAMILY),
    # the landlord wanting sex for the rent or threatening to report the writer
    "^" + every_one_of(_TI_LANDLORD) + f"(?:{_TI_SEX_FOR_RENT}|(?=.*{_TI_REPORT_ME}))",
    # people gathered outside throwing stones or about to attack (not at the river or at play)
    r"^(?!.*(?:ሩባ|ጸወታ|ይጻወቱ))" + every_one_of(_TI_CROWD, _TI_STONES_OR_ATTACK, _TI_OUTSIDE_NOW),
    # a young person taken by a man who says he is kin, or visited at night by a man
    "^" + every_one_of(_TI_YOUNG, _TI_CLAIMS_KIN, _TI_TAKES),
    "^" + every_one_of(_TI_YOUNG, _TI_INTO_A_ROOM, _TI_A_MAN_OR_NIGHT),
    # lost in the dark or with the phone dying
    "^" + every_one_of(_TI_LOST, _TI_DARK_OR_PHONE_DYING),
    # a fire at home with no way out
    "^" + every_one_of(_TI_FIRE, _TI_NO_WAY_OUT),
    # a fit gone on five minutes or more (not the cold, nor over)
    rf"^(?!.*{_TI_OVER_OR_AGO})" + every_one_of(_TI_FIT, _TI_FIVE_MINUTES),
)

# A girl to be married off by the family ("ከመርዕውዋ", to marry her off) beside her age under
# eighteen ("ዕድሜኣ 15"), by force or with a plea for help; not a grown sister to be married at
# home who is glad of it.
_TI_WED_HER_OFF = r"(?<!\S)(?:ከ|የ|ኣ)መር(?:ዓ|ዕ)\S*?(?:ዋ|ውዋ|ዋን|ውዎ)" + _TI_END
_TI_UNDER_AGE_OR_FORCED = (
    r"(?:ዕድሜ|ዕድመ)\S*\s+(?:\S+\s+)?(?:1[0-7])(?!\d)|(?<!\d)1[0-7]\s+(?:ዓመት|ዓመታ|ዓመቱ)|ብግዲ|"
    r"ሓግዙ(?:ና|ኒ|ዋ)|ትበኪ|ኣይደለየትን"
)
TIGRINYA_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TI_WED_HER_OFF, _TI_UNDER_AGE_OR_FORCED),
)

# Someone else who said or wrote they will kill themselves ("ንርእሱ ክቐትል እዩ ኢሉ ጽሒፉለይ", he wrote
# me he will kill himself); not a character in a film or a book.
_TI_THEMSELF = r"(?<!\S)(?:ን)?(?:ርእሱ|ርእሳ|ነብሱ|ነብሳ|ነፍሱ|ነፍሳ)" + _TI_END
_TI_WILL_KILL_OR_END = r"(?<!\S)(?:ክቐትል|ከጥፍእ|ክጠፍእ|ክሓንቕ|ቐቲሉ|ቐቲላ|ኣጥፊኡ|ኣጥፊኣ)"
TIGRINYA_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ፊልም|መጽሓፍ|ተከታታሊ|ዛንታ))(?=.*"
    + _TI_THEMSELF
    + r"\s+(?:\S+\s+)?"
    + _TI_WILL_KILL_OR_END
    + ")",
)

# A battery or a magnet swallowed ("ንእሽቶ ባትሪ ወሒጡ", he swallowed a small battery): the thing
# named just before the verb; not a battery bought and water swallowed, nor one changed.
_TI_SWALLOWED = r"(?:ወሒ|ውሒ)(?:ጡ|ጣ|ጦም|ጠ)" + _TI_END
TIGRINYA_PHRASES += (  # i18n-exempt: input
    r"(?:ባትሪ|ባተሪ|ማግኔት)\S*\s+(?:[^\s፣።]+\s+){0,2}?" + _TI_SWALLOWED,
)
