"""The Somali net's second module (read with safeguarding_somali under one code, "so"): risks
said as they happen, in the same forms (the person done to as a small word before the verb, "i"
me, "na" us; the one who does it with a focus word, "ayuu", "buu", "wuxuu"). Text has been
through safeguarding_languages.fold.

It reads: a debt held over the writer ("lacag baad igu leedahay"), or a child forced into
selling drugs, with a threat to kill, stab or hurt ("qoyskaaga ayaan dilayaa", "mindi ku
dhufanayaan"); the landlord who wants sex for the rent, tells the writer to get out tonight or
says he will report them to the Home Office; a crowd outside the hotel or home throwing stones
at us; a child under 18 alone, and a man who says he is an uncle or men who come at night;
nowhere to go tonight with the children; lost in the dark or with the phone dying; a fire at
home with no way out; a child not breathing properly; a fit that has gone on five minutes;
someone fallen whose head is bleeding or who cannot get up or wake.

Left alone: a debt to a brother paid back tomorrow, a teacher who makes a boy read, a landlord
who helps with a Home Office letter, children throwing stones into the sea, a girl of 14 who
walks to school alone, a phone charging, a fire put out, a child who does not eat well, seizure
medicine taken five minutes ago, a fall and up again.
Also: a man armed come into the shop now; a boss who says stay with him tonight or be sacked;
a worker fallen and not moving with no ambulance called. Left alone: a knife for meat, a
meeting tonight, a fall with the person up again.
Also the writer to be sent back to Somalia beside the passport taken or a marriage there; left
alone: a holiday with the passport handed over.
Also a dog biting or attacking a child or a person now; left alone: a dog chewing a bone or a
ball, or playing with a child, a bite told with the child fine since.
Also one who grieves a death and wants to go to the one who died ("waxaan rabaa inaan wiilkayga u
tago"), beside not eating, not getting up or being alone; left alone: going to a son in a city,
a grave visited.
Also someone locked in the house or a room with no food or for days ("guriga ku xidhay ... cunto
ma haysto laba maalmood"); left alone: a shop shut for two days, a dog tied up at home.
"""

from __future__ import annotations

from bot.gateway.safeguarding_somali import (
    _SO_CHILD,
    _SO_DAYS_OR_NO_FOOD,
    _SO_GIRL,
    _SO_HEAD_BLEEDING,
    _SO_KILL_THREAT,
)
from bot.gateway.safeguarding_words import every_one_of

# A debt held over the writer ("lacag baad igu leedahay", "deyn"), or being forced into selling
# drugs ("ku qasbaya inuu daroogo iibiyo").
_SO_OWED_OR_FORCED = (
    r"\blacag\s+(?:\w+\s+)?(?:baad|ayaad)\s+(?:igu|nagu|ku)\s+leedahay\b|\bdeyn\w*|\b(?:igu|nagu)"
    r"\s+(?:leeyahay|leeyihiin)\b|\b(?:ku|igu|lagu)\s+qasb\w*\s+(?:\w+\s+){0,2}?(?:daroogo|"
    r"maandooriye|mukhaadaraad)\w*"
)
# A threat to kill, stab or hurt the family or the writer ("qoyskaaga ayaan dilayaa", "mindi ku
# dhufanayaan").
_SO_HURT_THREAT = (
    rf"{_SO_KILL_THREAT}|\b(?:ku|i|na|idin)\s+(?:dil|dhaawac)(?:ayaa|ayaan|i\s+doon)\w*|"
    r"\bmindi\w*\s+(?:\w+\s+){0,2}?(?:ku\s+|ugu\s+)?(?:dhufan|gudh|mudd?)\w*|\b(?:qoys|ehel|"
    r"reer|hooyo|aabb?e|walaal)\w*\s+(?:\w+\s+){0,3}?(?:dil|dhaawac)(?:ayaa|i\s+doon|ayaan)\w*"
)
# The landlord ("milkiilaha guriga", "ninkii guriga aan ka kireystay"), and sex for the rent,
# "get out tonight", or a report to the Home Office ("Home Office ayuu u yeerayaa").
_SO_LANDLORD = (
    r"\b(?:milkiil|mulkiil)\w*|\b(?:nin|naag)(?:ka|kii|ta|tii)\s+guriga\b|\bkirey(?:st|s)\w*|"
    r"\bkireey\w*|\blandlord\b"
)
_SO_SEX_FOR_RENT = r"^(?=.*\bla\s+(?:seexdo|seexato|seexo|galmoodo)\b|.*\bgalmo\w*)(?=.*\bkir\w*)"
_SO_OUT_OR_REPORTED = (
    r"\bhome\s*office\s+(?:\w+\s+){0,2}?(?:u\s+)?(?:sheeg|yeer|wac|gudbi)\w*|\b(?:u\s+)?"
    r"(?:sheeg|yeer|wac)\w*\s+home\s*office\b|\bcaawa\s+(?:\w+\s+)?ka\s+bax\b|"
    r"\bka\s+bax\s+caawa\b"
)
# A crowd ("dad badan", "koox") outside the hotel or home throwing stones at us ("dhagxaan bay
# nagu tuurayaan"); not children throwing stones into the sea.
_SO_CROWD = r"\b(?:dad\s+badan|koox\w*|niman|rag\s+badan|dhalinyaro\w*|isku\s+soo\s+bax\w*)\b"
_SO_STONES_AT_US = (
    r"\bdhag(?:ax|xaan|axyo)\w*\s+(?:\w+\s+){0,3}?(?:nagu|noogu|igu)\s+(?:soo\s+)?tuur\w*|"
    r"\b(?:hoteel|huteel|guri|daaqad)\w*\s+(?:\w+\s+){0,3}?dhag(?:ax|xaan)\w*\s+(?:\w+\s+)?"
    r"(?:ku\s+)?tuur\w*"
)
# A child under 18 ("14 jir"), alone or with no adult ("kaligeed", "qof weyn lama joogo"), and a
# man who says he is an uncle ("nin sheeganaya inuu adeerkiis yahay") or men who come at night.
_SO_UNDER_18 = r"(?<![0-9])(?:1[0-7]|[5-9])\s+(?:jir|sano)\b"
_SO_ALONE_OR_NO_ADULT = (
    r"\b(?:keli|kali)(?:gii?s|geed|good)\b|\bqof\s+weyn\s+(?:\w+\s+)?(?:lama|ma|la'?aan)\b"
)
_SO_MAN_CLAIMS_OR_COMES = (
    r"\bsheegan\w*\s+(?:\w+\s+)?(?:inuu|in\s+uu)\s+(?:adeer|abti|eedo|qaraabo|ehel)\w*|"
    r"\b(?:niman|rag|nin)\s+(?:waaweyn|aan\s+la\s+aqoon)\b|\b(?:niman|rag)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:u\s+)?(?:yimaad|yimid|yimaadeen|imaan)\w*|\bu\s+(?:yimaada|yimaado|yimid)\s+(?:\w+\s+)?"
    r"(?:niman|rag|nin)\b"
)
_SO_TAKEN_OR_AT_NIGHT = r"\b(?:kaxay|kaxee|qaad|wad)\w*|\bcaawa\b|\bhabeen\w*"
# Nowhere to go or sleep ("meel aan aadno ma leh"), with the children or tonight, or told to get
# out.
_SO_NOWHERE_TO_GO = (
    r"\bmeel\s+(?:aan\s+)?(?:u\s+|ku\s+)?(?:aadno|aado|tagno|tago|hoyno|hoydo)\s+(?:\w+\s+)?"
    r"ma\s+(?:leh|lihi|lihin|haysto|haysanno|hayno)\b"
)
# Lost ("waan lumay", "waan habaabay"), in the dark or with the phone dying.
_SO_LOST = (
    r"\b(?:waan|waxaan|anigu)\s+(?:\w+\s+)?(?:lumay|habaabay|lunsaday)\b|\bma\s+garanayo\s+"
    r"meesha\s+aan\s+(?:joogo|ku\s+sugnahay)\b"
)
_SO_DARK_OR_PHONE_DYING = (
    r"\bmugdi\w*|\b(?:taleefan|telefoon|telefon|batar|batteri)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:wuu\s+|way\s+)?(?:dhamaan|dhammaan|dansan|damis|dhiman)\w*"
)
# A fire ("dab baa ka kacay") at home with no way out ("kama bixi karo"); not a fire put out.
_SO_FIRE = (
    r"\bdab\s+(?:\w+\s+)?(?:baa|ayaa)\s+(?:\w+\s+)?(?:ka\s+kacay|qabsaday|ka\s+baxay|ka\s+"
    r"holcay)|\b(?:guri|qol|aqal)\w*\s+(?:\w+\s+)?(?:wuu|ayaa|waa)\s+(?:\w+\s+)?gubanay\w*"
)
_SO_NO_WAY_OUT = (
    r"\bka(?:ma)?\s+(?:soo\s+)?bixi\s+(?:karo|karno|kari\s+maayo|kari\s+mayno)\b|\bku\s+"
    r"(?:xayiran|go'?doonsan)\w*|\bma\s+(?:soo\s+)?bixi\s+(?:karo|karno)\b"
)
# A child not breathing properly ("si fiican uma neefsanayo"); not a nose blocked by a cold.
_SO_BREATHES_BADLY = (
    r"\bsi\s+(?:fiican|wanaagsan|caadi\s+ah)\s+(?:uma|ma)\s+(?:neefsan|neefsad)\w*|\bneef\w*\s+"
    r"(?:\w+\s+)?ku\s+(?:adag|yar)\b|\bsi\s+xun\s+(?:u\s+)?neefsan\w*"
)
# A fit ("qallal", "suuxdin") gone on five minutes or more (not five minutes ago).
_SO_FIT = r"\bqal+al\w*|\bsuuxdin\w*|\bdhicis\w*|\bgariir\w*"
_SO_FIVE_MINUTES = (
    r"\b(?:[5-9]|\d{2}|shan|lix|toddoba|siddeed|sagaal|toban)\s+daqiiq\w*\b(?!\s+ka\s+hor)"
)
# Someone of the family or a child fallen ("hooyaday way dhacday"), bleeding from the head, or
# who cannot get up or wake; not fallen and up again.
_SO_SOMEONE_FELL = (
    r"\b(?:hooyo|hooyaday|aabb?ah|aabbahay|aabe|ayeeyo|awoowe|walaal|wiil|gabadh|gabar|ilmo|"
    r"ilmah|naag|nin)\w*\s+(?:\w+\s+){0,2}?dhac(?:ay|day|een)\b"
)
_SO_HURT_OR_GONE = (
    rf"{_SO_HEAD_BLEEDING}|\bma\s+(?:kici|kacaan)\s+(?:karto|karo)\b|\bma\s+(?:toosayso|toosayo"
    r"|soo\s+toosayso|soo\s+toosayo)\b|\bmiyir\w*"
)

SOMALI_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # a debt held over the writer, or a child forced into drugs, with a threat to hurt (not a
    # drug-prevention talk)
    r"^(?!.*\b(?:barnaamij\w*|ka\s+hortag\w*|wacyigelin\w*)\b)"
    + every_one_of(_SO_OWED_OR_FORCED, _SO_HURT_THREAT),
    # the landlord wanting sex for the rent, telling the writer to get out tonight, or
    # threatening the Home Office
    "^" + every_one_of(_SO_LANDLORD) + f"(?:{_SO_SEX_FOR_RENT}|(?=.*{_SO_OUT_OR_REPORTED}))",
    # a crowd throwing stones at the hotel or home, or at us (not into the sea)
    r"^(?!.*\b(?:badda|harada|webiga|wabiga)\b)" + every_one_of(_SO_CROWD, _SO_STONES_AT_US),
    # a child under 18 alone, with a man who says he is kin or men who come, or at night
    "^"
    + every_one_of(
        rf"{_SO_UNDER_18}|\b{_SO_CHILD}|\b{_SO_GIRL}|\bwiil\w*",
        _SO_ALONE_OR_NO_ADULT,
        _SO_MAN_CLAIMS_OR_COMES,
        _SO_TAKEN_OR_AT_NIGHT,
    ),
    # nowhere to go, tonight, with the children or told to get out
    "^" + every_one_of(_SO_NOWHERE_TO_GO, rf"\bcaawa\b|\b{_SO_CHILD}|\bka\s+bax\b|\bsaar\w*"),
    # lost in the dark or with the phone dying
    "^" + every_one_of(_SO_LOST, _SO_DARK_OR_PHONE_DYING),
    # a fire at home with no way out (not put out)
    r"^(?!.*\b(?:la\s+demiyay|demiy\w*|bakhti\w*)\b)" + every_one_of(_SO_FIRE, _SO_NO_WAY_OUT),
    # a child not breathing properly (not a blocked nose or a cold)
    r"^(?!.*\b(?:sanka|sankiis|sankeed|hargab|duray|durey)\b)"
    + every_one_of(rf"\b{_SO_CHILD}|\bwiil\w*|\bgabadh\w*", _SO_BREATHES_BADLY),
    # a fit gone on five minutes or more (not the medicine for it)
    r"^(?!.*\b(?:daaw|dawo|kiniin)\w*)" + every_one_of(_SO_FIT, _SO_FIVE_MINUTES),
    # someone fallen, bleeding from the head, or not able to get up or wake
    r"^(?!.*\b(?:way\s+kacday|wuu\s+kacay|waa\s+nabad)\b)"
    + every_one_of(_SO_SOMEONE_FELL, _SO_HURT_OR_GONE),
)

# A man with a knife or a gun come into the shop where the writer works, now, asking for money,
# or the writer hiding ("nin mindi sita ayaa soo galay dukaanka aan ka shaqeeyo hadda"); not a
# knife for meat or vegetables.
_SO_ARMED = r"\b(?:mindi|toorray\w*|bastoolad\w*|qori)\s+(?:\w+\s+)?(?:sita|wata|haysta|qaata)\b"
_SO_IN_HERE_NOW = (
    r"\bsoo\s+gal\w*|\bhadda\b|\bi\s+caawi\w*|\bqarsoon\w*|\bdhuumanay\w*|\blacag\w*\s+"
    r"(?:\w+\s+)?(?:dalbay\w*|doon\w*)"
)
# A boss who says stay with him tonight or be sacked ("haddii aanan caawa la joogin shaqada waa
# iga eryi doonaa"); not a late shift.
_SO_STAY_TONIGHT = r"\bcaawa\s+(?:\w+\s+)?la\s+(?:joog|seex|hoyd)\w*"
_SO_OR_SACKED = (
    r"\bery(?:i|ayaa|ay|eyn)\w*|\bshaqada\s+(?:\w+\s+)?iga\s+(?:saar|qaad)\w*|\bfiiso\w*"
)
SOMALI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:hilib\w*|khudaar\w*|basal\w*|jar\w*)\b)"
    + every_one_of(_SO_ARMED, _SO_IN_HERE_NOW),
    "^" + every_one_of(_SO_STAY_TONIGHT, _SO_OR_SACKED),
)
# A worker fallen, not moving or bleeding, and a boss who will not call an ambulance ("ka dhacay
# sakhaaladda mana dhaqaaqayo, madaxu ambalaas uma yeerayo"); not someone who got up.
_SO_DOWN = r"\bka\s+dhac\w*|\b(?:ma|mana)\s+dhaqaaq\w*|\bmiyir\w*|\bdhiig\w*"
_SO_NO_AMBULANCE = (
    r"\bambalaas\w*\s+(?:\w+\s+)?(?:uma|uusan|ma|aan)\s+(?:yeer|wac)\w*|\b(?:uma|ma)\s+"
    r"(?:yeerayo|wacayo)\s+ambalaas\w*"
)
SOMALI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:kacay|kacday|waa\s+nabad|fiican)\b)" + every_one_of(_SO_DOWN, _SO_NO_AMBULANCE),
)

# The writer to be sent back to Somalia or the home country by the family ("berri ayaan
# Soomaaliya kuu dirayaa"), beside the passport taken or a marriage arranged there ("si lagu
# guuriyo"); not a summer visit to a grandmother with the passport handed over.
_SO_SENT_HOME = (
    r"\b(?:soomaaliya|soomaali|dalka|dal\s+hooyo|waddanka|baadiyaha|miyiga|itoobiya|kenya|"
    r"xamar|muqdisho|hargeysa)\w*\s+(?:\w+\s+){0,3}(?:kuu|ku|ii|i|la\s+i|la\s+ii|naga|na)\s+"
    r"(?:dir|celi|celin|diri|geyn)\w*|\b(?:kuu|ii|la\s+ii|i)\s+(?:dir|celi|celin)\w*\s+"
    r"(?:\w+\s+){0,2}(?:soomaaliya|dalka|waddanka)\b"
)
_SO_PASSPORT_OR_MARRIED = (
    r"\b(?:baasaboork\w*|basaboork\w*|baasaboor|dukumiintig\w*)\s+(?:\w+\s+){0,2}?(?:qaat\w*|"
    r"qaad\w*|haysta\w*|qari(?:y|s)\w*)|\b(?:lagu|laygu|la\s+i|la\s+ii|ii|i)\s+(?:guursiiy|"
    r"guursiin|guuriy|guurin|guursan)\w*|\bqasab\w*|\bkhasab\w*"
)
SOMALI_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_SO_SENT_HOME, _SO_PASSPORT_OR_MARRIED),
)

# A dog biting or attacking a child or a person now or with a cry for help ("eey ayaa
# qaniinaya ilmo yar hadda"); not a dog chewing a bone or a ball, a puppy playing, nor a bite
# told with the child fine since.
_SO_DOG = r"\b(?:eey|ey|eeyg\w*|eyg\w*|eyda|eydii|eeyda|eeydii|eeyo)\b"
_SO_BITES = r"\b(?:qaniin|weerar)\w*"
_SO_A_PERSON = rf"\b(?:{_SO_CHILD}|{_SO_GIRL}|wiil\w*|qof\w*|naag\w*|nin\b|ninka|hooyo\w*)"
_SO_NOW_OR_HELP = (
    r"\b(?:hadda|haatan|caawi\w*|gargaar\w*|degdeg\w*|qaniinaya|weeraraya|weerarayaan)\b"
)
SOMALI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:laf\w*|kubad\w*|hilib\w*|ciyaar\w*|toy|fiican|nabad|bogs\w*)\b)"
    + every_one_of(_SO_DOG, _SO_BITES, _SO_A_PERSON, _SO_NOW_OR_HELP),
)

# One who grieves a death ("wuu dhintay") and says they want to go to the one who died ("waxaan
# rabaa inaan wiilkayga u tago", with no place after it), beside not eating, not getting up or
# being alone; not a mother who wants to go to her son in London, nor the grave visited.
_SO_A_DEATH = (
    r"\b(?:dhintay|dhimatay|dhimashad\w*|geeri\w*|geeriyood\w*|"
    r"allaha\s+u\s+naxariisto)\b"
)
_SO_CLAUSE_END = r"(?=\s*(?:[\"'.,!”]|$))"
_SO_WANTS_TO_GO_TO_THEM = (
    r"\b(?:rabaa|doonayaa|rab\w*)\s+(?:inaan|in\s+aan)\s+(?:\w+\s+)?u\s+(?:tago|raaco)"
    + _SO_CLAUSE_END
    + r"|\b(?:waan|waxaan)\s+(?:\w+\s+)?u\s+(?:tegayaa|raacayaa)"
    + _SO_CLAUSE_END
)
_SO_NOT_EATING_OR_ALONE = (
    r"\bwax\s+ma\s+(?:cunto|cunin|cuno|cunayo)\b|\bcunto\s+ma\s+(?:cunto|cunin|cuno)\b|"
    r"\bsariirta\s+(?:\w+\s+)?(?:kama|ma)\s+(?:kacdo|kacin)\b|\b(?:keli|kali)(?:gii?s|geed)\b"
)
SOMALI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:qabri\w*|xabaal\w*|safar\w*|booqa\w*)\b)"
    + every_one_of(_SO_A_DEATH, _SO_WANTS_TO_GO_TO_THEM, _SO_NOT_EATING_OR_ALONE),
)

# Someone locked in the house or a room ("hooyaday ayaa guriga ku xidhay oo baxday") with no food
# or for days; not a shop shut ("dukaanka ayay xidhay") for two days, nor a dog tied up at home.
_SO_LOCKED_IN = (
    r"\b(?:guriga|gurigii|qolka|qolkii|qol)\s+(?:\w+\s+)?(?:ku|igu|nagu|lagu|ugu)\s+(?:xidh|xir|"
    r"quful)\w*|\b(?:ku|igu|nagu|lagu)\s+(?:xidh|xir|quful)\w*\s+(?:\w+\s+)?(?:guriga|gurigii|"
    r"qolka|qolkii)\b"
)
SOMALI_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:eey\w*|ey|bisad\w*|xoolo\w*)\b)"
    + every_one_of(_SO_LOCKED_IN, _SO_DAYS_OR_NO_FOOD),
)
