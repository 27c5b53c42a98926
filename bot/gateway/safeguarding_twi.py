"""The Twi (Akan) safeguarding phrase net (read by safeguarding_languages), for a medical
emergency told in Twi (chest pain and no breath, or either with a cry for help, lying on the
floor unable to get up, many tablets taken and not waking), wanting to die (the writer, or
someone the writer writes for: "ɔbɛkum ne ho", he will kill himself), and being beaten or
threatened with death by a husband or family, and a stroke's signs (a crooked face, no speech, a
fall), two together. Text has been through safeguarding_languages.fold, which reads "ɛ" as "e"
and "ɔ" as "o" (members type "yɛ" and "ye", "kyɛw" and "kyew" alike), so the patterns are
written in plain letters.

Twi puts the subject on the verb ("ɔbɛkum me", he will kill me; "wɔbɛkum me", they will) and
the object after it ("bɔ me", beats me). "Bɔ me" is also telling or warning ("bɔ me amanneɛ",
"bɔ me kɔkɔ") and "ɛbɛkum me" (it will kill me) is hunger or heat, so a beating needs the one
who does it and nothing after "me" but how often, and a death threat needs "he" or "they" or
the person named. Left alone: "ɛkɔm bɛkum me" (hunger), "me kunu bɔ me amanneɛ" (tells me),
"maame bɛkum me" said of being late.

It also reads someone else beaten by someone of the family, told by the one writing for them
("ne babarima bɔ no", her son beats her; "ne kunu boro no daa"), threatened with a knife or
with death ("ɔde sekan hunahunaa no sɛ ɔbɛkum no"), and someone on the floor who cannot get up
("ɔda fam na ontumi nsɔre"). Left alone: "ne babarima bɔ no amanneɛ" (tells her), "mentumi
nsɔre anɔpa ntɛm" (can't get up early), a child who likes to sleep on the floor, a knife that
cut the meat.

Each sign alone is everyday: "mepa wo kyɛw" is "please", "boa me" asks for help with a form or
the way ("boa me na menhu ..."), a chest sore "kakra" (a little) is taken to the doctor on
Friday, and "mentumi nhome" is also said of a hot, crowded hall. So two of them are needed: the
chest or heart hurting ("me koko mu yɛ me ya", "m'akoma yɛ me ya") with no breath ("mentumi
nhome", "ahome ayɛ me den") or with "boa me!" said on its own; or no breath with "boa me!" or a
call for an ambulance. Left alone: "me ti yɛ me ya" (a headache), "me ho yɛ" (I'm well), please
and help with an errand, a chest sore a little with a doctor's visit, a hot room.

An older parent neglected in a care home (or by whoever looks after her) is two of a sore on her
body ("kuru"), not fed ("ɔnnidii") and her clothes not changed ("wɔnsesaa ne ntoma"). Left
alone: a sore that has healed ("kuru no ayɛ yie") beside a meal skipped for a hospital visit.

A landlord who will put a family out today or tonight or comes into the writer's room at
night, and a birth now (two of the waters broken, labour now, no ambulance or blood). Left
alone: a landlord who mends a pipe, a burst pipe, a birth due next month.
Also: someone forced to sleep with a man, now or under a threat (not a child sent to bed);
men beating on the door with a threat (not a relative knocking).
Also: a plan to die said plainly ("masi me bo sɛ mɛwu", "mɛsɛn me ho", "mɛtow me ho agu
keteke anim", medicines gathered beside a time); not clothes hung, a jump in to bathe, a trip.
Also the main kinds said plainly: cutting myself, all the tablets swallowed or to be, someone
of the family beaten now, a knife held behind a locked door, followed by a man, a child alone
for days or beaten and bleeding from the head, married off to a cousin abroad, locked in, a
girl to be cut (FGM), chest pain with no speech, called a witch or beaten for a spirit and
starved or beaten; not hair cut, news told, a son, prayers said ("bɔ no mpae").
Also at work: a boss or a man holding a knife or a gun now or saying he will kill the
writer; a worker fallen and not moving with no ambulance called; a boss who says stay by him
tonight or be sacked. Left alone: a knife for meat, a fall with the person up, finishing work.
Also someone who has drunk a great deal and will not wake or is not breathing well ("ne home nkɔ
yie"); not someone who drank and has woken to eat.
Also someone not come home since a time named, with the phone off ("ɔmmaa fie fi nnora, ne
fon dum"); left alone: someone who came home yesterday with a flat phone.
Also put out of home with nowhere to sleep tonight or out in the cold ("apam me afiri fie",
"mennya baabi nna"); left alone: a move last year, a cat chased out.
Also a fire caught in a house with someone inside or a cry for help ("ogya asɔ yɛn dan mu,
mmofra wɔ mu"); left alone: a fire lit outside to cook.
Also a parent or an older person not eating for days who does not get up or is at home with
only a child ("nni aduane, ɔnsɔre mpa so, nnansa ni"); left alone: days kept as a fast.
Also someone fallen down who does not speak or breathes badly ("ahwe ase ... onnka asem"; not
a fall told beside being well now).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of

# The chest ("koko") or the heart ("akoma") hurting, tight or burning the writer or someone
# ("yɛ me ya", "yɛ no yaw"); not sore "kakra" (a little).
_TW_CHEST = (
    r"\b(?:koko|akoma)\s+(?:mu\s+)?(?:\w+\s+)?(?:ye\s+(?:me|no)\s+(?:ya|yaw|yea)|"
    r"keka\s+(?:me|no)|hyehye\s+(?:me|no)|mia\s+(?:me|no))\b(?!\s+kakra\b)"
)
# No breath: "mentumi nhome" (I can't breathe), "ontumi nhome" (he can't), "ahome ayɛ me den".
_TW_NO_BREATH = (
    r"\b(?:(?:me|mi|o)\s*)?n{1,2}tumi\s+n{0,2}home\b|\b(?:m'?\s*ahome|me\s+home|ahome)\s+"
    r"(?:\w+\s+)?(?:aye|eye)\s+(?:me\s+|no\s+)?den\b"
)
# A cry for help said on its own ("boa me!", "mmoa!"), not help asked with an errand, or a call
# for an ambulance.
_TW_CRY = (
    r"(?:^|[.!,;?]\s*)(?:mesre\s+wo\s*,?\s*)?(?:boa\s+me|mmoa|bra\s+beboa\s+me)\s*(?:[.!,;?]|$)|"
    r"\bfre\s+(?:ambulance|ambulans|999|112)\b"
)

TWI_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    rf"^(?=.*(?:{_TW_CHEST}))(?=.*(?:{_TW_NO_BREATH}|{_TW_CRY}))",
    rf"^(?=.*(?:{_TW_NO_BREATH}))(?=.*(?:{_TW_CRY}))",
)

# Beats: "bɔ" ("ɔbɔɔ me", beat me) and "bɔrɔ"/"boro" ("ne kunu boro no daa", beats her daily).
_TW_BEAT = r"(?:bo{1,2}|boroo?)"
# Someone close, named before the verb.
_TW_WHO = r"\bme\s+(?:kunu|yere|papa|wofa|nua\w*|busuani\w*|sewaa|akonta)\s+(?:\w+\s+)?"
TWI_PHRASES += (  # i18n-exempt: input
    # wanting to die, killing oneself, not wanting to live
    r"\bmepe\s+se\s+(?:me)?wu\b|\b(?:me|mepe\s+se\s+me)(?:be|re)?kum\s+me\s*ho\b|"
    r"\bmempe\s+se\s+mete\s+ase\s+bio\b",
    # someone the writer writes for who says he will kill himself or wants to die ("ɔbɛkum ne
    # ho", "ɔpɛ sɛ ɔwu"); not working himself to death ("ɔrekum ne ho wɔ adwuma ho")
    r"\b(?:o|wa|wo)(?:be|re|pe\s+se\s+(?:o|wa|obe))kum\s+ne\s*ho\b(?!\s+(?:wo\s+)?"
    r"(?:adwuma|nnwuma))|\b(?:o|wa)?pe\s+se\s+(?:o|wa)wu\b",
    # beaten: "me kunu bɔ me daa", "ɔbɔɔ me nnɛra", "ɔboro me", "me kunu rebɔ me seesei" (is
    # beating me now); not "bɔ me amanneɛ", "bɔ me kɔkɔ"
    rf"(?:{_TW_WHO}|\b(?:o|wo))(?:taa?\s+|re|a)?{_TW_BEAT}\s+me\b(?=\s*(?:[.,!;]|$)|\s+(?:daa|"
    r"paa|bio|nne|nnera|anadwo|dennen|ara|bere\s+biara|seesei|mprempren)\b)",
    # a threat to kill: "ɔka sɛ ɔbɛkum me", "wɔbɛkum me", "me kunu bɛkum me"
    rf"(?:{_TW_WHO}|\b(?:o|wo))(?:be|pe\s+se\s+(?:o|wo)|re)?kum\s+me\b(?!\s*ho\b)",
)

# Someone of the writer's or of an older person's family ("ne babarima", her son) who beats her
# or him: "ne babarima bɔ no", with nothing after but how often or "na" (and); not "bɔ no
# amanneɛ" (tells her).
_TW_THEIR_WHO = (
    r"\b(?:ne|me)\s+(?:babarima|mmabarima|ba|mma|kunu|yere|papa|wofa|nua\w*|"
    r"busuani\w*)\s+(?:\w+\s+)?"
)
# On the floor and unable to get up ("ɔda fam na ontumi nsɔre"); not unable to get up early,
# nor sleeping on the floor by choice.
_TW_ON_THE_FLOOR = r"\b(?:o|me|e)?da\s+(?:fam|ase\s+wo\s+fam)\b"
_TW_CANNOT_GET_UP = r"\b(?:(?:me|mi|o)\s*)?n{1,2}tumi\s+n{0,2}sore\b(?!\s+(?:ntem|anopa))"
TWI_PHRASES += (  # i18n-exempt: input
    rf"{_TW_THEIR_WHO}(?:taa?\s+)?{_TW_BEAT}\s+no\b(?=\s*(?:[.,!;]|$)|\s+(?:na|daa|paa|bio|nne|"
    r"nnera|anadwo|dennen|ara|bere\s+biara)\b)",
    rf"^(?=.*{_TW_ON_THE_FLOOR})(?=.*{_TW_CANNOT_GET_UP})",
)

# Someone who has taken many tablets or all of them ("anom aduro bebree", has drunk much
# medicine; "ɔmenee nnuro no nyinaa") and will not wake, answer or breathe ("ɔnnyane", "ɔnnye
# so", "ontumi nhome"); not someone who has woken ("ɔnyane"), nor medicine taken as usual with
# a sleep that does not end early in the morning.
_TW_MANY_TABLETS = (
    r"\b\w{0,3}(?:nom|nnom|mene)\w{0,3}\s+(?:\w+\s+)?(?:aduro|aduru|nnuro|nnuru|pills|tablets|"
    r"paracetamol)\s+(?:no\s+)?(?:bebree|bebre|pii|nyinaa|dodo\w*|\d{2,})\b"
)
_TW_WILL_NOT_WAKE = (
    r"\b(?:o|wo|e)?nnyane?\b(?!\s+(?:ntem|anopa))|\b(?:(?:me|mi|o)\s*)?n{1,2}tumi\s+"
    r"n{0,2}yane?\s+(?:no|noo)\b|\b(?:o|wo)?nnye\s+so\b"
)
TWI_PHRASES += (  # i18n-exempt: input
    rf"^(?=.*{_TW_MANY_TABLETS})(?=.*(?:{_TW_WILL_NOT_WAKE}|{_TW_NO_BREATH}))",
)

# A threat to kill her or him, told by the one writing for them ("ɔde sekan hunahunaa no sɛ
# ɔbɛkum no"), or his own wife or children ("ɔbɛkum ne yere"): "ɔbɛkum no" with a knife or gun,
# a threat ("hunahuna") or her husband named; and a threat made with a knife or gun. Not "ɛkɔm
# bɛkum no" (hunger), a mother's "kill" for coming home late ("ka akyi"), a knife to cut meat, a
# film that frightened the writer.
_TW_KILLS_THEM = (
    r"\b(?:o|wo)(?:be|pe\s+se\s+(?:o|wo)|re)kum\s+(?:no|won|yen|ne\s+(?:yere|kunu|ba|mma|"
    r"maame|papa|nua\w*))\b"
)
_TW_WEAPON = r"(?:sekan|tuo|akuma|dade\s+bi)"
_TW_THREAT = r"hunahuna\w*"
_TW_PARTNER = r"\bne\s+(?:kunu|yere|mpena|dofo)\b"
TWI_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*\bka\s+akyi\b)(?=.*{_TW_KILLS_THEM})(?=.*(?:\b{_TW_WEAPON}\b|\b{_TW_THREAT}|"
    rf"{_TW_PARTNER}))",
    rf"\b{_TW_WEAPON}\s+(?:\w+\s+)?{_TW_THREAT}\s+(?:me|no|yen|won)\b",
)

# An older parent neglected where she is cared for: two of a sore on her body, not fed, and her
# clothes not changed ("kuru kɛseɛ wɔ n'akyi, na ɔnnidii", "wɔnsesaa ne ntoma"), in a care
# home or of an older relative; not a sore that has healed, nor one sign alone.
_TW_CARED_FOR = (
    r"\b(?:care\s+home|nursing\s+home|staff|nurse\w*|carer\w*|ohwefo\w*|mpanyimfo\s+fie|"
    r"(?:me|ne)\s+(?:maame|papa|nana|mmerewa|akwakoraa))\b"
)
_TW_SORE = r"\bkuru\b(?!(?:\s+\w+){0,6}?\s+(?:aye\s+yie|ayeyie|agye|resa)\b)"
_TW_NOT_FED = r"\b(?:o|wo)?nnidi+\b|\bwo(?:m|n)?ma+\s+no\s+(?:aduan|nnuan|nsu)\b|\bekom\s+de\s+no\b"
_TW_NOT_CHANGED = r"\bwon{1,2}sesa+\s+(?:\w+\s+)?(?:ntoma|ntade|napkin|pampers|pad)\w*"
TWI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TW_CARED_FOR) + any_two_of(_TW_SORE, _TW_NOT_FED, _TW_NOT_CHANGED),
)

# A stroke's signs now, two of: the face gone crooked ("n'anim ayɛ kyea"), no speech ("ɔnkasa
# bio", "ontumi nkasa"), a fall to the floor or 999 called; not a face pulled in a sulk or a
# photo, nor a fall alone.
_TW_FACE_CROOKED = r"\banim\s+(?:\w+\s+)?(?:aye\s+|eye\s+)?a?kyea+\b"
_TW_NO_SPEECH = r"\b(?:o|wo)?nkasa\b|\b(?:(?:me|mi|o)\s*)?n{1,2}tumi\s+n{0,2}kasa\b"
_TW_FELL_OR_CALLED = (
    r"\b(?:a|o|wa)?to\s+fam\b|\bahwe\s+ase\b|\b(?:ma)?fre\s+(?:ambulance|ambulans|999|112)\b"
)
_TW_A_SULK = r"^(?!.*\b(?:bo\s+afu\w*|abufuw?\w*|foto|mfonini|selfie)\b)"
TWI_PHRASES += (  # i18n-exempt: input
    _TW_A_SULK + any_two_of(_TW_FACE_CROOKED, _TW_NO_SPEECH, _TW_FELL_OR_CALLED),
)

# Drink and medicines taken together ("anom nsa ne nnuro abom", has drunk drink and medicine
# mixed) with someone who will not wake now or breathes slowly ("ne home ye breoo"); not
# medicine taken with water ("nsuo"), nor drink and medicine with someone who is well.
_TW_DRINK_AND_PILLS = (
    r"\b(?:nsa|mmoboro|akpeteshie|beer|wine)\b.{0,40}\b(?:aduro|aduru|nnuro|nnuru|pills|"
    r"tablets)\b|\b(?:aduro|aduru|nnuro|nnuru|pills|tablets)\b.{0,40}\b(?:nsa|akpeteshie|"
    r"beer|wine)\b"
)
_TW_BREATHES_SLOWLY = (
    r"\b(?:ne|ni|n')\s*home\s+(?:\w+\s+)?(?:ye|re\s+ko)\s+(?:breoo|brebre|fitaa|den)\b"
)
TWI_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        _TW_DRINK_AND_PILLS, f"{_TW_WILL_NOT_WAKE}|{_TW_NO_BREATH}|{_TW_BREATHES_SLOWLY}"
    ),
)

# A landlord ("landlord", "ofiewura", "dan wura") who will put the writer and her children out
# today or tonight ("ɔbɛpam me ne me mma nnɛ"), or who comes into her room at night ("aba me dan
# mu anadwo"); not a landlord who comes to mend something in the day, nor a notice for next year.
_TW_LANDLORD = r"\b(?:landlord|land\s+lord|ofiewura|ofie\s+wura|dan\s+wura)\b"
_TW_NOW_OR_TONIGHT = r"\b(?:nne|anadwo|seesei|mprempren|okyena)\b"
_TW_PUTS_OUT = (
    rf"\b(?:o|wo)?(?:be|re|a)?pam\s+(?:me|yen|no|won)\b.{{0,40}}{_TW_NOW_OR_TONIGHT}|"
    rf"{_TW_NOW_OR_TONIGHT}.{{0,40}}\b(?:o|wo)?(?:be|re|a)?pam\s+(?:me|yen|no|won)\b"
)
_TW_IN_MY_ROOM_AT_NIGHT = (
    r"\b(?:a|wa|o|be)?(?:ba|bra|ko|wura|hyen)\s+me\s+(?:dan|pia)\s+mu\b.{0,40}\banadwo\b|"
    r"\banadwo\b.{0,40}\b(?:a|wa|o|be)?(?:ba|bra|wura|hyen)\s+me\s+(?:dan|pia)\s+mu\b"
)
TWI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TW_LANDLORD, f"{_TW_PUTS_OUT}|{_TW_IN_MY_ROOM_AT_NIGHT}"),
)

# A birth now: two of the waters broken ("nsuo abɔ"), labour now ("ɔrewo seesei", she is giving
# birth now) and an ambulance not come or called or blood; not a burst pipe, nor a birth due
# this month.
_TW_WATERS_BROKE = r"\b(?:ne|me)\s+(?:\w+\s+)?nsuo?\s+(?:no\s+)?(?:abo|apae|atu)\b"
_TW_IN_LABOUR_NOW = r"\b(?:o|me|wa)?re\s*wo\s+(?:seesei|mprempren|ara|wo\s+fie)\b"
_TW_NO_AMBULANCE = (
    rf"\bambulan\w*\s+(?:no\s+)?(?:mmae?|mmaa|nnii)\b|{_TW_CRY}|\bmogya\s+(?:\w+\s+)?(?:re)?"
    r"(?:tu|sen|ba)\b"
)
TWI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:paipu|pipe|pompi|tap|kichin|kitchen)\b)"
    + any_two_of(_TW_WATERS_BROKE, _TW_IN_LABOUR_NOW, _TW_NO_AMBULANCE),
)

# Someone hit by a car or lorry who lies still or bleeds.
TWI_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\b(?:kaa|lori|trotro)\s+(?:bi\s+)?(?:apem|abo|apia)\b|\bkaa\s+atia\b",
        r"\b(?:onhinhim|nhinhim|mogya\s+(?:retu|tu|reba)|da\s+fam)\b",
    ),
)

# Someone forced to sleep with a man or raped, with a threat or a sign it is now or again soon
# ("ɔhyɛ no ma ɔne no da, ɔde video hunahuna no. Anadwo yi ɔbɛba bio"); not a child made to go
# to bed, nor a friend who sleeps over.
_TW_FORCED_SEX = (
    r"\bhye\s+(?:me|no|wo|yen)\s+(?:ma|se)\s+(?:\w+\s+){0,2}?(?:o|me|wo|e)?ne\s+(?:no|me|won|"
    r"obi|mmarima\w*)\s+(?:\w+\s+)?da\b|\btoo\s+(?:me|no)\s+monaa\b|"
    r"\bde\s+ahooden\s+(?:\w+\s+){0,3}da\b"
)
_TW_THREAT_OR_NOW = (
    r"\bhunahuna\b|\bvideo\b|\bfoto\b|\banadwo\s+yi\b|\bnne\b|\bseesei\b|\bnnora\b|\bbio\b"
)
TWI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:mpa\s+so|ko\s+da\s+ntem)\b)" + every_one_of(_TW_FORCED_SEX, _TW_THREAT_OR_NOW),
)

# Men at the home beating on the door or throwing stones now, saying they will kill or burn the
# family or telling them to go back ("mmarima bi rebɔ yɛn pon no na wɔreka sɛ wɔbɛkum yɛn"); not
# a knock at the door while the baby cries.
_TW_AT_THE_DOOR = (
    r"\bre(?:bo|boro|tu)\s+(?:yen|me|ne)\s+(?:fie\s+)?(?:pon|ponn?o)\b|\bato\s+abo\b|"
    r"\bto\s+abo\s+(?:\w+\s+){0,3}(?:fie|mfe[n]sere|windo)|\bhye\s+(?:yen|ne)\s+fie\b"
)
_TW_THEIR_THREAT = r"\bwobekum\s+(?:yen|me|no|mo)\b|\bwobehye\b|san\s+nko\b|\bhunahuna\b"
TWI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TW_AT_THE_DOOR, _TW_THEIR_THREAT),
)

# A plan to die said plainly. Soon: tomorrow, tonight, this week, Sunday.
_TW_SOON = r"\b(?:okyena|anadwo\s+yi|nne\s+anadwo|nnawotwe\s+yi|kwasiada)\b"
# A goodbye: forgive me, farewell, look after my children.
_TW_GOODBYE = r"\b(?:(?:mom)?fa\s+kye\s+me|nante\s+yie|hwe\s+me\s+mma)\b"
# Medicines gathered ("maboaboa nnuro ano"), with no everyday use (a trip, a doctor, a parent).
_TW_PILLS_GATHERED = (
    r"\b\w{0,2}boaboa\s+(?:\w+\s+)?(?:nnuro|aduro|nnuru|aduru|pills|tablets)\s+ano\b|"
    r"\b(?:nnuro|aduro|nnuru|aduru)\s+(?:\w+\s+)?\w{0,2}boaboa\b"
)
_TW_EVERYDAY_USE = r"\b(?:akwantu\w*|dokota|ayaresabea|maame|papa|nana)\b"
TWI_PHRASES += (  # i18n-exempt: input
    # decided to die ("masi me bo sɛ mɛwu", "mayɛ m'adwene sɛ mɛwu"); "I" will hang or shoot
    # myself ("mɛsɛn me ho", "mɛtow tuo abɔ me ho"); not clothes hung, birds shot
    r"\b(?:\w{0,2}si\s+me\s+bo|\w{0,2}ye\s+m'?\s*adwene)\s+se\s+me(?:be|re)?wu\b|"
    r"\bme(?:be|re)?sen\s+me\s*ho\b|\b(?:me(?:be|re)?)?tow\s+tuo\s+a?bo\s+me\s*ho\b",
    # throwing myself in front of a train or a car, jumping into the river or the sea: "mɛtow
    # me ho agu keteke anim", "mɛhuri agu asuo no mu"; not thrown into work, a jump in to bathe
    r"^(?!.*\b\w{0,3}guare\b)(?=.*\bme(?:be|re)?(?:tow\s+me\s*ho|huri)\s+a?gu\s+(?:\w+\s+){0,2}?"
    r"(?:keteke|lori|kaa|asuo|nsuo|subonten|po)\b)",
    # no longer in this world after a time; the last time you will hear from me or see me:
    # "merenka wiase yi mu bio", "bere a ɛtwa to a mobɛte me nka"; not away from London, the
    # last meeting the writer comes to
    r"\bme(?:ren|n)ka\s+wiase\s+(?:\w+\s+){0,2}?bio\b|"
    r"\betwa\s+to\s+(?:a|se)\s+mo(?:be|re)?(?:te\s+me\s+nka|hu\s+me)\b",
    # medicines gathered beside a time or a goodbye; not gathered for a trip or for a parent
    rf"^(?!.*{_TW_EVERYDAY_USE})" + every_one_of(_TW_PILLS_GATHERED, f"{_TW_SOON}|{_TW_GOODBYE}"),
)

# The main kinds said plainly.
# Cutting oneself: "meretwa me ho" (I am cutting myself), "metaa twa me nsa"; not hair cut.
_TW_CUTTING_MYSELF = r"\bme(?:re|taa\s+|be)\s*twa\s+me\s*(?:ho|nsa|basa|nan)\b"
# The tablets, all or many, swallowed or to be by the writer ("mamene nnuru no nyinaa",
# "anadwo yi mɛnom nnuru no nyinaa"); not taken every day or as the doctor said.
_TW_I_SWALLOW_ALL = (
    r"\bm(?:a|e|ebe|ere)?(?:mene|nom)\s+(?:\w+\s+)?(?:nnuro|nnuru|aduro|aduru|pills|tablets|"
    r"paracetamol)\b.{0,30}\b(?:nyinaa|bebree|pii|dodo\w*|adaka)\b"
)
# Someone of the family beating the writer's mother or another of them ("me nuabarima rebɔ me
# maame"); not telling her ("bɔ me maame amanneɛ").
_TW_BEATS_MY_FAMILY = (
    rf"{_TW_WHO}(?:taa?\s+|re|a)?{_TW_BEAT}\s+me\s+(?:maame|papa|nua\w*|ba|mma|nana)\b"
    r"(?!\s+(?:\w+\s+)?(?:amanne\w*|koko|nkra|mpae))"
)
# A knife or gun held ("ɔkura sekan"), beside the door locked ("wato ɔpon no mu") or a threat;
# not to cut meat.
_TW_HOLDS_A_WEAPON = rf"\b(?:o|wa|a)?kura\s+{_TW_WEAPON}\b|\b{_TW_WEAPON}\s+wo\s+ne\s+nsa\b"
_TW_DOOR_LOCKED = (
    rf"\b(?:a|wa|o|wo)?to\s+(?:opon|pon|dan|kwan)\s+(?:no\s+)?mu\b|\b{_TW_THREAT}|"
    rf"{_TW_KILLS_THEM}|\b(?:o|wo)(?:be|re)kum\s+me\b"
)
# Followed ("di m'akyi") by a man or a stranger, or one who waits outside; not a son.
_TW_FOLLOWED = r"\bdi\s+m'?\s*akyi\b"
_TW_A_STRANGER_OUTSIDE = (
    r"\bo?barima\s+bi\b|\bmmarima\b|\bobi\s+a\s+(?:mennim|minnim)\b|\babonten\b|\bmisuro\b"
)
# A child alone ("ne nko") for days or without food.
_TW_A_CHILD = r"\b(?:abofra|mmofra|akokoaa|me\s+ba|ne\s+ba)\b"
_TW_ALONE = r"\b(?:ne|won)\s+nko\b"
_TW_DAYS_OR_NO_FOOD = (
    rf"\bnna(?:nu|nsa|nan|num)\b|\b(?:o|wo)nni\s+aduan\w*|{_TW_NOT_FED}|\bekom\s+de\s+no\b"
)
# A child beaten ("wɔbɔɔ abofra no"), bleeding from the head; not named or prayed for.
_TW_BEATS_A_CHILD = (
    rf"\b(?:wo|o|a|wa)?(?:re|a)?{_TW_BEAT}\s+{_TW_A_CHILD}(?!\s+(?:no\s+)?(?:din|mpae|amanne))"
)
_TW_HEAD_BLEEDING = r"\bmogya\b.{0,20}\bti\b|\bti\s+(?:\w+\s+)?mogya\b"
# Married off by a parent ("ɔbɛma me aware", will make me marry) to a cousin or abroad, with a
# ticket bought.
_TW_MARRIED_OFF = (
    r"\b(?:be|re|pe\s+se\s+(?:o|wo)\s*)?ma\s+me\s+aware\b|\bhye\s+me\s+(?:se\s+)?(?:menware|"
    r"maware|aware)\b"
)
_TW_COUSIN_OR_ABROAD = (
    r"\b(?:wofa|sewaa|sewa)\s+ba\b|\baburokyire\b|\btikiti\b|\bticket\b|\bhye\s+me\b"
)
# A girl to be cut, said with the English words ("wɔpɛ sɛ wɔyɛ me babea no FGM"); not a son's
# circumcision.
_TW_GIRL = r"\b(?:babea|babaa|ababaa|nuabaa|obaa\s+ketewa|mmabaa)\b"
_TW_CUT = r"\b(?:fgm|circumcis\w*|female\s+cut\w*)\b"
# Locked in ("wɔto me mu wɔ fie"), at home or in a room, or with the writer's papers taken.
_TW_LOCKED_IN = (
    r"^(?=.*\b(?:wo|o|wa|a)?(?:to|too|ato)\s+(?:me|yen)\s+mu\b)(?=.*\b(?:fie|dan|pia|krataa|"
    r"nkrataa|passport|pasipot)\b)"
)
# Called a witch ("yɛ bayifoɔ") or beaten to drive out a spirit ("wɔrebɔ no sɛ wɔretu honhom
# bɔne"), with a beating or food kept from them; not prayed for ("bɔ no mpae").
_TW_WITCH_OR_SPIRIT = (
    r"\b(?:a)?bayifo\w*|\b(?:a)?bayie\b|\bhonhom\s+bone\b|\bsunsum\s+bone\b|\bobonsam\b|\bjinn?\b"
)
_TW_BEATEN_OR_STARVED = (
    rf"\b(?:wo|o|a|wa)?(?:re|a)?{_TW_BEAT}\s+no\b(?!\s+(?:\w+\s+)?(?:mpae|amanne\w*|koko|din))|"
    rf"{_TW_NOT_FED}"
)
TWI_PHRASES += (  # i18n-exempt: input
    # cutting myself
    _TW_CUTTING_MYSELF,
    # the tablets, all or many, swallowed or to be (not every day or as the doctor said)
    r"^(?!.*\b(?:daa|dokota|anopa\s+biara)\b)(?=.*" + _TW_I_SWALLOW_ALL + ")",
    # someone of the family beating the writer's mother or another of them
    _TW_BEATS_MY_FAMILY,
    # a knife held, the door locked or a threat (not to cut meat)
    r"^(?!.*\b(?:nam|enam|ntoosi|bayere|kichin|kitchen)\b)"
    + every_one_of(_TW_HOLDS_A_WEAPON, _TW_DOOR_LOCKED),
    # followed by a man or a stranger, or waited for outside
    "^" + every_one_of(_TW_FOLLOWED, _TW_A_STRANGER_OUTSIDE),
    # a child alone for days or without food
    "^" + every_one_of(_TW_A_CHILD, _TW_ALONE, _TW_DAYS_OR_NO_FOOD),
    # a child beaten, bleeding from the head
    "^" + every_one_of(_TW_BEATS_A_CHILD, _TW_HEAD_BLEEDING),
    # married off to a cousin or abroad
    "^" + every_one_of(_TW_MARRIED_OFF, _TW_COUSIN_OR_ABROAD),
    # a girl to be cut (not a son)
    "^" + every_one_of(_TW_GIRL, _TW_CUT),
    # locked in at home
    _TW_LOCKED_IN,
    # chest pain with no speech or a fall
    rf"^(?=.*{_TW_CHEST})(?=.*(?:{_TW_NO_SPEECH}|{_TW_FELL_OR_CALLED}))",
    # called a witch or beaten for a spirit, beaten or starved (not prayed for)
    "^" + every_one_of(_TW_WITCH_OR_SPIRIT, _TW_BEATEN_OR_STARVED),
)

# Someone holding a knife or a gun at the writer's work or where the writer is, now, or saying
# he will kill the writer ("me boss no kura sekan wɔ adwuma ha seesei na ɔse ɔbɛku me"); not a
# knife held to cut meat or food.
_TW_ARMED = r"\b(?:kura|de|kita)\s+(?:sekan|tuo|abaa|dadesen)\b"
_TW_KILLS_ME_OR_NOW = r"\b(?:obeku|wobeku|obekum|wobekum)\s+me\b|\bseesei\b|\bboa\s+me\b"
TWI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:nam|aduan|bayere|ntoosi|twa\s+nnua|abe)\b)"
    + every_one_of(_TW_ARMED, _TW_KILLS_ME_OR_NOW),
)

# A worker fallen to the ground, not moving or bleeding, and a boss who will not call an
# ambulance ("ɔhwee fam na ɔnnhinhim, me boss mpɛ sɛ ɔfrɛ ambulance"); not someone who got up.
_TW_DOWN = r"\bhwee\s+fam\b|\bda\s+fam\b|\bonn?hinhim\b|\bmogya\b"
_TW_NO_AMBULANCE = (
    r"\bmpe\s+(?:\w+\s+){0,2}(?:fre|ofre|yefre|yenfre)\s+(?:ambulance|ambulans|999)\b"
)
# A boss who says stay by him tonight or lose the job ("sɛ mantena ne nkyɛn anadwo yi a ɔbɛpam
# me adwuma mu"); not a late shift.
_TW_STAY_TONIGHT = r"\b(?:mantena|mentena|menna)\s+ne\s+nkyen\b"
_TW_OR_SACKED = r"\bobepam\s+me\b|\bobeyi\s+me\s+(?:afi\s+)?adwuma"
TWI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:o?sore|ne\s+ho\s+ye)\b)" + every_one_of(_TW_DOWN, _TW_NO_AMBULANCE),
    "^" + every_one_of(_TW_STAY_TONIGHT, r"\banadwo\b", _TW_OR_SACKED),
)

# Someone who has drunk a great deal ("anom nsã pii", "ɔboroo nsa") and will not wake or is not
# breathing well ("ne home nkɔ yie"); not someone who drank and has woken ("wanyane") to eat.
_TW_DRANK_A_LOT = (
    r"\b\w{0,3}(?:nom|nnom)\w{0,3}\s+(?:\w+\s+)?(?:nsa|mmoboro|akpeteshie|beer|wine|gin)\s+"
    r"(?:no\s+)?(?:bebree|bebre|pii|dodo\w*|nyinaa)\b|\b\w{0,2}boro\w*\s+nsa\b|\bnsa\s+abo\s+"
    r"(?:no|noo)\b"
)
_TW_BREATHING_BADLY = (
    rf"{_TW_BREATHES_SLOWLY}|\b(?:ne|ni|n')\s*home\s+(?:\w+\s+)?(?:nko|nnko|nye)\s+(?:yie|yiye)\b"
)
TWI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TW_DRANK_A_LOT, f"{_TW_WILL_NOT_WAKE}|{_TW_BREATHING_BADLY}"),
)

# Someone not come home since a time named, with the phone off ("me babarima no mmaa fie fi
# nnora, ne fon dum"); not someone who came home yesterday with a flat phone.
_TW_NOT_HOME = r"\b(?:o|wa|a)?mma[ae]\s+fie\b|\b(?:o|wa|a)?nsan\s+mma[ae]\b"
_TW_SINCE = (
    r"\bfi\s+(?:nnora|anopa|awia|anwummere|nnansa|dwoda|benada|wukuda|yawoda|fida|memeneda|"
    r"kwasiada)\b|\bnnansa\b|\bnna\s+(?:mmienu|abien|mmiensa|abiesa)\b"
)
_TW_PHONE_OFF = r"\b(?:fon|phone)\s+(?:no\s+)?(?:dum|adum|nko|nnye|ennye|off)\b"
TWI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TW_NOT_HOME, _TW_SINCE, _TW_PHONE_OFF),
)

# Put out of home ("me maame apam me afiri fie"), with nowhere to sleep tonight or out in the cold
# ("anadwo yi mennya baabi nna", "awɔw de me"); not a move last year to a better room, nor a cat
# chased out of the house.
_TW_PUT_OUT_OF_HOME = (
    r"\b(?:o|wo|wa)?(?:be|re|a)?pam\s+(?:me|yen|no)\s+(?:a?firi|a?fi|fii)\s+(?:efie|fie|dan)\b"
)
_TW_NOWHERE_TO_SLEEP = (
    r"\b(?:mennya|menya|menni|meenya|minnya|mennyaa)\s+baabi\s+(?:a\s+)?(?:me|mi)?(?:be|re)?n?"
    r"(?:da|nna|beda)\b|\bawow\s+(?:de|di)\s+(?:me|yen)\b"
)
TWI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:agyinamoa|afe\s+a\s+etwam)\b)"
    + every_one_of(_TW_PUT_OUT_OF_HOME, _TW_NOWHERE_TO_SLEEP),
)

# A fire caught in a house ("ogya asɔ yɛn dan mu", "dan no rehyɛ"), with children or someone
# inside or a cry for help ("mmofra wɔ mu", "boa me"); not a fire lit outside to cook, with the
# children there.
_TW_HOUSE_ON_FIRE = (
    r"\bo?gya\s+(?:aso|reso|ato|rehye|ahye|redi)\s+(?:\w+\s+){0,2}?(?:o?dan|e?fie|ofie|flat)\b|"
    r"\b(?:o?dan|e?fie|flat)\s+(?:no\s+)?(?:rehye|ahye|ahyew|reso\s+o?gya|aso\s+o?gya)\b"
)
_TW_SOMEONE_INSIDE = (
    r"\b(?:mmofra|abofra|nkwadaa|akokoaa|ba|mma|maame|papa|nana|obi|nnipa|opanyin|mpanyimfo)\s+"
    r"(?:no\s+)?(?:wo|da|te|ka)\s+(?:(?:dan|fie)\s+(?:no\s+)?)?mu\b"
)
TWI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TW_HOUSE_ON_FIRE, f"{_TW_SOMEONE_INSIDE}|{_TW_CRY}"),
)

# A parent or an older person who has not eaten ("nni aduane") for days, and does not get up or
# is at home with only a child ("ɔnsɔre mpa so", "ne no nko ara na wɔwɔ fie"); not a fast kept
# for days, nor a father who only skips breakfast.
_TW_NOT_EATING = r"\b(?:nni|nnidi|nnie)\s+(?:aduane|edziban|biribiara)\b|\bnnidi\b"
_TW_NOT_UP_OR_ALONE = (
    r"\b(?:o|wo)?nsore\s+(?:mpa|mpaso|mpa\s+so)\b|\bnko\s+ara\s+(?:na\s+)?(?:wo|wowo|te)\s+"
    r"(?:fie|dan\s+mu)\b|\b(?:ne\s+ho\s+)?nko\s+ara\s+wo\s+fie\b"
)
TWI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:mmuada|mmuadadi|ramadan|fast\w*)\b)"
    + every_one_of(_TW_NOT_EATING, _TW_SINCE, _TW_NOT_UP_OR_ALONE),
)

# Someone fallen down ("ahwe ase") who does not speak or whose breathing is bad ("ɔnnka asɛm
# biara na ne home nyɛ papa"); not a fall yesterday and well now, nor a quiet grandfather.
_TW_FALLEN = r"\b(?:ahwe|hwee|ahwee)\s+(?:ase|fam)\b"
_TW_SILENT_OR_BREATHLESS = (
    r"\b(?:onnka|onka|onkasa|onnkasa)\s+asem\b|\bontumi\s+(?:nkasa|nhome|nsore|nnyina)\b|"
    r"\bne\s+home\s+(?:nye|nnye|ye\s+den|reye\s+den|aye\s+den)\b|\bonnhome\b|\bonsore\b"
)
TWI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\bne\s+ho\s+ye\b(?!\s+den))" + every_one_of(_TW_FALLEN, _TW_SILENT_OR_BREATHLESS),
)
