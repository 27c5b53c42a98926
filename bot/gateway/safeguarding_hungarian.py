"""The Hungarian safeguarding phrase net (read by safeguarding_languages). Hungarian builds a word
from a stem and its endings: "my" is an ending ("a férjem", my husband; "a volt párom", my ex),
so is "from" and "to" ("a férjemtől", "a munkahelyemig"), and the verb tells by its ending who
does it, often with no pronoun, and that it is done to "me" ("a férjem megver", my husband beats
me; "megöl", will kill me). So a pattern is a person named with their ending, or "engem" (me),
and a verb stem with its endings. Text has been through safeguarding_languages.fold (no accents:
"megöl" reads "megol", "félek" reads "felek", "követ" reads "kovet").

It reads wanting to die or to kill oneself, self-harm, all the tablets, being hit, raped,
threatened with death or locked in by a partner or family, fear of someone or of going home, a
child hit or not fed, being followed to work or home every day or waited for outside by an ex,
a marriage forced, being in danger, nowhere to sleep, someone not breathing, and papers held by
an employer beside no pay or being locked in, and a farewell said bare ("nem bírom tovább ... ma
este befejezem").

Left alone: "meghalok az éhségtől" (dying of hunger), "halálra unom magam" (bored to death),
"anyám megöl, ha elkések" (mum will kill me if I'm late), "ez a hőség megöl" (this heat kills
me), "követ az Instagramon" (follows on Instagram), "a bolt bezárt" (the shop closed), a child
who cannot breathe through the nose, an ex who waits outside with the children for the handover,
a passport handed in for a visa, a report finished tonight, the room arranged.
Also a plan to die said plainly: "úgy döntöttem, hogy meghalok", "véget vetek az életemnek",
"felakasztom magam", "leugrom a hídról", "a vonat elé vetem magam", "nem leszek életben",
tablets gathered beside a time; not popping down to the shop, a trip, dying of laughter.
Also the main kinds said plainly: cutting oneself now, a whole box of pills swallowed or all of
them to be taken tonight, a mother beaten now, a knife held behind a locked door, a man who
followed the writer and waits outside, a child alone for days unfed or hit and bleeding from
the head, a marriage to a cousin abroad, a daughter to be cut, chest pain with no speech, a
beating to drive out a spirit; not onions cut, pills bought, chess, a cake sliced, a friend
waiting, a son's circumcision, chest pain after training, a drum beaten at New Year.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of

# A word between a person and a verb that is not a "not" ("nem", "soha", "sem").
_HU_NOT_NOT = r"(?:(?!(?:nem|soha|sosem|sem|se)\b)\w+\s+)"
# Someone close, with the "my" ending ("férjem", "párom", "volt párom", "exem") or "he/she".
_HU_WHO = (
    r"\b(?:(?:a\s+|az\s+)?(?:volt\s+)?(?:ferjem|parom|felesegem|elettarsam|partnerem|baratom|"
    r"baratnom|exem|apam|apukam|anyam|mostohaapam|batyam|ocsem|fiam|sogorom|aposom|anyosom)|"
    rf"o|ok)\s+{_HU_NOT_NOT}{{0,3}}?"
)
# What only a person does to a person, told with "me" understood ("megver", "megütött").
_HU_HARMS = (
    r"(?:meg)?ver(?:t|tek)?\b(?!\s+(?:adni|adott|adtam|ad|vettek|vesznek|venni|hany\w*|"
    r"kop\w*)\b)|megut\w*|utott\s+meg|ut\s+engem|megrug\w*|rugdos\w*|pofoz\w*|"
    r"megpofoz\w*|fojtogat\w*|megfojt\w*|bantalmaz\w*|megeroszakol\w*|eroszakol\w*|"
    r"megfenyeget\w*|fenyeget\w*|bezar\w*\s+(?:a\s+|egy\s+)?(?:szobaba|lakasba|hazba|"
    r"pincebe|furdobe)|lokdos\w*|meglok\w*"
)
# A threat to kill the writer ("megöl", "meg fog ölni", "megölnek", "kinyír").
_HU_KILLS_ME = r"\b(?:megol(?:sz|nek|ne)?|meg\s+fog\s+olni|meg\s+fognak\s+olni|kinyir\w*)\b"
# A match or a game, where a side is beaten.
_HU_GAME = r"\b(?:meccs\w*|csapat\w*|sakk\w*|kartya\w*|jatek\w*|verseny\w*|gol\w*|bajnok\w*)\b"
# Being late, which makes a parent's "kill" an idiom.
_HU_LATE = r"\b(?:elkes\w*|kesek|kesem|kesni|keses\w*|kesok|kesel)\b"
_HU_CHILD = r"\b(?:gyerek\w*|gyermek\w*|fiam\w*|lanyom\w*|baba\w*|kicsi\w*|unoka\w*)"
# A child as the one done to (the accusative "-t"): "a gyereket", "a fiamat".
_HU_CHILD_DONE_TO = (
    r"\b(?:gyerek\w*et|gyermek\w*et|fiamat|fiaimat|fiat|lany\w*t|babat|babamat|unoka\w*t)\b"
)
# Followed every day, to work or home, or everywhere; not followed on a social network.
_HU_FOLLOWS = (
    r"(?:\bkovet(?:ett|nek|tek)?\s+(?:engem\s+)?(?:\w+\s+){0,2}?(?:a\s+munkahelyemig|munkaba|"
    r"hazaig|haza|mindenhova|mindenhol|ahova\s+megyek|az\s+utcan|a\s+boltig|az\s+iskolaig)|"
    r"\b(?:minden\s+nap|naponta|mindig|allandoan|folyamatosan|titokban|egesz\s+nap)\s+"
    r"(?:\w+\s+)?kovet(?:ett|nek|tek)?|\bengem\s+kovet\w*|\bkovet\s+engem)\b"
    r"(?!.*\b(?:instagram\w*|facebook\w*|tiktok\w*|insta|youtube\w*|twitter\w*|oldal\w*|"
    r"neten|interneten)\b)"
)
# An ex waiting outside the writer's home or work, with fear, the following or again.
_HU_EX_WAITS = (
    r"\b(?:a\s+)?volt\s+(?:ferjem|parom|felesegem|elettarsam|partnerem|baratom|baratnom)\b|"
    r"\bexem\b"
)
_HU_OUTSIDE_MY_DOOR = (
    r"\b(?:a\s+)?(?:lakasom|hazam|ajtom|munkahelyem|ablakom|lakasunk|hazunk)\s+elott\s+"
    r"(?:\w+\s+)?(?:var\w*|all\w*|leselked\w*|ult\w*)\b"
)
_HU_AGAIN_OR_AFRAID = (
    r"\b(?:felek|felunk|megijedtem|rettegek|megint|ujra|ismet|minden\s+nap|naponta)\b|"
    + _HU_FOLLOWS
)
# Papers held by an employer, no pay, locked in.
_HU_PAPERS = (
    r"\b(?:elvett\w*|elvette\w*|nala\s+van|magunal\s+tart\w*|tartja\w*|nem\s+adj\w*\s+vissza)\s+"
    r"(?:\w+\s+)?(?:az\s+)?(?:utlevelem\w*|utlevelunk\w*|papirjaim\w*|iratai?m\w*|szemelyim\w*)|"
    r"\b(?:az\s+)?(?:utlevelem\w*|utlevelunk\w*|papirjaim\w*|iratai?m\w*)\s+(?:\w+\s+)?"
    r"(?:elvett\w*|elvette\w*|nala\s+van|magunal\s+tart\w*|tartja\w*|nem\s+adj\w*\s+vissza)"
)
_HU_UNPAID_OR_HELD = (
    r"\bnem\s+(?:\w+\s+)?(?:fizet\w*|kapunk\s+(?:\w+\s+)?(?:fizetest|penzt|berd?t)|kapok\s+"
    r"(?:\w+\s+)?(?:fizetest|penzt|bert))\b|\bnem\s+(?:engednek|enged)\s+(?:\w+\s+)?"
    r"(?:ki|el|haza|hazamenni|kimenni|elmenni)\b|\bbezar(?:nak|tak|va)\b"
)

HUNGARIAN_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    r"\b(?:meg\s+akarok\s+halni|meghalni\s+akarok|szeretnek\s+meghalni|barcsak\s+meghalnek|"
    r"bar\s+meghalnek)\b|\bnem\s+akarok\s+(?:(?:mar|tovabb|tobbe)\s+)*"
    r"elni\b|\bnincs\s+(?:mar\s+)?(?:ertelme\s+(?:az\s+)?elni|miert\s+elnem)\b",
    r"\b(?:meg\s*olom\s+magam|megolom\s+magam|meg\s+akarom\s+olni\s+magam|vegzek\s+magammal|"
    r"vegezni\s+akarok\s+magammal|vegzek\s+az\s+eletemmel|eldobom\s+az\s+eletem)\b|"
    r"\bongyilkos\s+(?:leszek|akarok\s+lenni)\b|\bongyilkossag\w*\s+(?:gondolok|gondoltam|"
    r"gondolkodom|tervezek|tervezem|keszulok)\b",
    r"\bjobb\s+lenne\s+(?:mindenkinek\s+)?nelkulem\b|\bnelkulem\s+(?:\w+\s+)?jobb\s+lenne\b|"
    r"\bmindenkinek\s+jobb\s+(?:lesz|lenne)\s+nelkulem\b|\bjobb\s+lesz\s+mindenkinek\s+"
    r"nelkulem\b",
    # self-harm
    r"\b(?:vagdosom|bantom|egetem|karcolom)\s+magam\b|\bmegvagtam\s+magam\s+"
    r"(?:szandekosan|direkt|megint|ujra)\b|\bonkarosit(?:ok|ottam|om|anom)\b",
    # all the tablets
    r"\bbevettem\s+(?:\w+\s+)?(?:az\s+)?osszes\s+(?:\w+\s+)?(?:gyogyszer\w*|tablett\w*|"
    r"pirul\w*|altato\w*)\b(?!\s+(?:reggel|este|ebed))|\b(?:egy\s+)?(?:egesz\s+)?doboz\s+"
    r"(?:\w+\s+)?(?:gyogyszert|tablettat|altatot)\s+(?:vettem\s+be|nyeltem\s+le|bevettem)\b|"
    r"\btuladagol\w*",
    # being hit, raped, threatened, locked in by someone close, or "engem" (me); not a team
    # beaten in a match
    rf"^(?!.*{_HU_GAME})(?=.*{_HU_WHO}(?:{_HU_HARMS}))",
    rf"\bengem\s+{_HU_NOT_NOT}?(?:ver|vert|bant\w*|fenyeget\w*|bezar\w*|megut\w*)\b|"
    r"\b(?:ver|vert|bantalmaz\w*|fenyeget\w*)\s+engem\b|\bbantalmazas\w*\s+(?:aldozata|"
    r"elszenvedoje)\s+vagyok\b|\bbantalmaz(?:nak|tak)\b",
    # a threat to kill the writer, by someone named or said; not a mother's "kill" for lateness
    # nor the heat
    rf"^(?!.*{_HU_LATE})(?=.*(?:{_HU_WHO}|\b(?:azt\s+mondta|mondta|irta|megfenyegetett|"
    rf"fenyeget\w*|ha\s+(?:\w+\s+){{0,2}}(?:elmegyek|elhagyom|feljelentem|szolok|elmondom|"
    rf"hivom))\b\W+(?:\w+\W+){{0,4}}?){_HU_KILLS_ME})",
    # afraid of him or of going home
    r"\bfelek\s+(?:nagyon\s+)?(?:tole|toluk|a\s+(?:volt\s+)?(?:ferjemtol|paromtol|"
    r"elettarsamtol|apamtol|batyamtol|baratomtol)|hazamenni|hazaterni|otthon\s+lenni\s+vele)\b|"
    r"\bretteg(?:ek|unk)\s+(?:tole|toluk|a\s+(?:ferjemtol|paromtol|apamtol))\b",
    # a child hit or not fed
    rf"{_HU_CHILD_DONE_TO}\s+{_HU_NOT_NOT}{{0,2}}(?:(?:meg)?veri|megverte|megutotte|bantja|"
    rf"bantalmazza)\b|\b(?:(?:meg)?veri|megverte|megutotte|bantja|bantalmazza)\s+(?:a\s+)?"
    rf"{_HU_CHILD_DONE_TO}",
    _HU_CHILD + r"\s+(?:\w+\s+){0,2}(?:nem\s+ettek?\s+(?:semmit\s+)?(?:(?:tegnap|reggel|napok)\s+"
    r"ota|ket\s+napja)|ehesek\s+napok\s+ota|egyedul\s+vannak\s+(?:otthon\s+)?napok\s+ota)\b",
    # followed, or an ex waiting outside the home again or with fear
    _HU_FOLLOWS,
    "^" + every_one_of(_HU_EX_WAITS, _HU_OUTSIDE_MY_DOOR, _HU_AGAIN_OR_AFRAID),
    # a marriage forced
    r"\bkenyszer\s*hazassag\w*|\b(?:erovel|akaratom\s+ellenere|kenyszeritve)\s+(?:\w+\s+)?"
    r"(?:ferjhez\s+(?:akarnak\s+)?adni|hazasitani|ferjhez\s+adnak|hazasitanak)\b|"
    r"\bferjhez\s+akarnak\s+adni\b(?=.*\b(?:nem\s+akarom|nem\s+akarok|nem\s+ismerem|"
    r"1[0-7]\s+eves)\b)",
    # in danger, not safe, a plea
    r"\bveszelyben\s+vagyok\b|\bnem\s+vagyok\s+biztonsagban\b|\bnem\s+erzem\s+magam\s+"
    r"biztonsagban\s+(?:otthon|vele|mellette|a\s+lakasban)\b|^\W*segitseg\W*$|\bsegitseg\W+"
    r"(?:\w+\s+)?(?:itt\s+van|megol|ver\s+engem)\b",
    # nowhere to sleep tonight, put out
    r"\bnincs\s+hol\s+aludn(?:om|unk)\b|\bnincs\s+hova\s+mennem\s+(?:ma\s+)?(?:ejszakara|"
    r"este|aludni)\b|\bkidobtak\s+(?:\w+\s+)?(?:a\s+lakasbol|otthonrol|a\s+hazbol|az\s+utcara)\b",
    # someone not breathing or unconscious; not a blocked nose
    r"\b(?:baba|gyerek\w*|fiam|lanyom|anyam|apam|ferjem|felesegem|nagymama|nagypapa|anyu|apu|"
    r"o)\s+(?:\w+\s+)?(?:nem\s+lelegzik|abbahagyta\s+a\s+legzest|nem\s+kap\s+levegot|"
    r"eszmeletlen\w*|elajult\s+es\s+nem\s+ter\s+magahoz)\b"
    r"(?!.{0,30}\b(?:orr\w*|natha\w*)\b)",
    # papers held by an employer, beside no pay or being kept in
    "^" + every_one_of(_HU_PAPERS, _HU_UNPAID_OR_HELD),
)

# A farewell said bare: two of "nem bírom tovább" standing alone, "jobb lesz nélkülem", "ma este
# befejezem" with nothing after it, and "mindent elrendeztem" with nothing after it, one of them
# a word of despair (the last two together are an errand done); not a report
# finished tonight ("ma este befejezem a beszámolót"), the room arranged ("mindent elrendeztem a
# teremmel"), the heat not borne ("nem bírom tovább ezt a hőséget").
_HU_END = r"\s*(?:[.!…,;]|$)"
_HU_CANT_GO_ON = rf"\bnem\s+birom\s+(?:mar\s+)?(?:tovabb|tobbet|mar){_HU_END}"
_HU_BETTER_WITHOUT_ME = (
    r"\bjobb\s+(?:lesz|lenne)\s+(?:\w+\s+)?nelkulem\b|\bnelkulem\s+(?:\w+\s+)?jobb\s+"
    r"(?:lesz|lenne)\b"
)
_HU_FINISH_IT = rf"\b(?:befejezem|veget\s+vetek\s+(?:mindennek|az\s+egesznek|neki)|vegzek){_HU_END}"
_HU_ALL_ARRANGED = rf"\bmindent\s+(?:elrendeztem|elintez(?:tem|ek)|rendbe\s+tettem){_HU_END}"
HUNGARIAN_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(f"{_HU_CANT_GO_ON}|{_HU_BETTER_WITHOUT_ME}")
    + any_two_of(_HU_CANT_GO_ON, _HU_BETTER_WITHOUT_ME, _HU_FINISH_IT, _HU_ALL_ARRANGED),
)

# A plan to die said plainly. Soon: tonight, tomorrow, this week, the weekend, Sunday.
_HU_SOON = r"\b(?:ma\s+(?:este|ejjel)|holnap\w*|(?:ezen\s+)?a\s+heten|hetvegen|vasarnap)\b"
# A goodbye: forgive me, don't look for me, look after the children, God be with you.
_HU_GOODBYE = (
    r"\b(?:bocsassatok\s+meg|bocsass\s+meg|ne\s+keress(?:etek)?|vigyazz(?:atok)?\s+(?:a\s+)?"
    r"gyerekekre|isten\s+veletek)\b"
)
# Tablets or sleeping pills gathered ("összegyűjtöttem a gyógyszereket", the pills as what is
# gathered, with "-t"; not money gathered for medicine, "a gyógyszerre"), with no everyday use
# (a trip, a doctor, a hospital, a parent).
_HU_PILLS = r"(?:gyogyszer|tablett|altato|pirula)\w*t\b"
_HU_PILLS_GATHERED = (
    rf"\b(?:osszegyujt|gyujtoget|gyujtott|felhalmoz)\w*\s+(?:\w+\s+){{0,2}}?{_HU_PILLS}|"
    rf"\b{_HU_PILLS}\s+(?:\w+\s+)?(?:osszegyujt|gyujtoget|gyujtott|felhalmoz)\w*"
)
_HU_EVERYDAY_USE = (
    r"\b(?:utazas\w*|utra|orvos\w*|korhaz\w*|nyaral\w*|"
    r"anyam\w*|apam\w*|nagymam\w*)"
)
HUNGARIAN_PHRASES += (  # i18n-exempt: input
    # decided to die ("úgy döntöttem, hogy meghalok"), ending my life ("véget vetek az
    # életemnek"), hanging myself ("felakasztom magam"); not a move decided, an argument ended,
    # dying of laughter ("meghalok a nevetéstől")
    r"\b(?:ugy\s+dontottem|elhataroztam|eldontottem)\s*,?\s+(?:hogy\s+)?(?:meghalok|vegzek\s+"
    r"magammal|megolom\s+magam)\b(?!\s+(?:az?\s+)?\w+t[oe]l\b)|"
    r"\bveget\s+vetek\s+(?:az\s+)?eletemnek\b|"
    r"\b(?:felakasztom|felkotom)\s+magam\b",
    # jumping from a bridge, a roof, a balcony or into the Danube, in front of a train ("holnap
    # leugrom a hídról", "a vonat elé vetem magam"); not popping down to the shop, crossing the
    # bridge, taking the train
    r"\bleugrom\s+(?:a\s+|az\s+)?(?:\w+\s+)?\w*(?:hidrol|hazrol|tetorol|erkelyrol|ablakbol|"
    r"sziklarol|emeletrol)\b|\b(?:dunaba|folyoba)\s+(?:ugrom|vetem\s+magam)\b|"
    r"\b(?:vonat|villamos|metro|kocsi|auto|kamion)\s+ele\s+(?:vetem|dobom|ugrom|fekszem)\b",
    # no longer alive after a time; a goodbye for ever ("örökre búcsúzom"); not no longer in
    # London, a goodbye to a group or to a town ("búcsúzom Londontól")
    r"\bnem\s+leszek\s+(?:mar\s+)?(?:eletben|az\s+elok\s+kozott)\b|\borokre\s+bucsuzom\b"
    r"(?!\s+\w+t[oe]l\b)|\bbucsuzom\s+orokre\b",
    # tablets gathered beside a time or a goodbye; not gathered for a trip or for a parent
    rf"^(?!.*{_HU_EVERYDAY_USE})" + every_one_of(_HU_PILLS_GATHERED, f"{_HU_SOON}|{_HU_GOODBYE}"),
)

# The main kinds said plainly. Cutting oneself ("vágom magam") now, again or with bleeding that
# will not stop; not onions cut, nor a cut while cooking or shaving.
_HU_CUT_SELF = (
    r"\b(?:vagom|megvagom|vagtam\s+meg|megvagtam|felvagtam)\s+"
    r"(?:meg\s+)?magam(?:at)?\b"
)
_HU_BLEEDING_OR_NOW = r"\bnem\s+all\s+(?:el|meg)\b|\bverz\w*|\bmost\b|\bmegint\b|\bujra\b"
_HU_COOKING = r"^(?!.*\b(?:fozes\w*|borotv\w*|hagym\w*|kenyer\w*|papir\w*)\b)"
# A whole box of pills just swallowed ("lenyeltem egy egész doboz gyógyszert"), not one bought
# ("vettem", without "be"); all the pills to be taken tonight or beside "I can't go on"
# ("ma este beveszem az összes gyógyszert"), not all of them picked up at the pharmacy.
_HU_ANY_PILLS = r"(?:gyogyszer|tablett|altato|pirula)\w*"
_HU_SWALLOWED_A_BOX = (
    r"\b(?:lenyeltem|nyeltem\s+le|bevettem|vettem\s+be|beszedtem)\s+(?:\w+\s+){0,2}?egesz\s+"
    rf"(?:doboz|level|tubus|uveg|csomag)\w*\s+(?:\w+\s+)?{_HU_ANY_PILLS}|\blenyeltem\s+az\s+"
    rf"osszes\s+{_HU_ANY_PILLS}"
)
_HU_WILL_TAKE_ALL = (
    rf"\b(?:beveszem|lenyelem|bekapom|beszedem)\s+(?:\w+\s+)?(?:az\s+)?osszes\s+(?:\w+\s+)?"
    rf"{_HU_ANY_PILLS}"
)
_HU_AS_PRESCRIBED = r"^(?!.*\b(?:orvos\w*|recept\w*|patik\w*|gyogyszertar\w*|szokas\w*)\b)"
# A mother, sister or child beaten now ("a párom most veri anyámat"); not a game won.
_HU_BEATS = r"(?:veri|verik|megveri|megverte|verte|uti|rugja|fojtogatja|pofozza)"
_HU_MUM_OR_SISTER = (
    r"(?:az\s+)?(?:anyamat|anyukamat|huganyomat|hugomat|noveremet|nagymamamat|lanyomat|fiamat|"
    r"testveremet)"
)
# Someone standing with a knife ("késsel áll") beside a door locked; not a cake being cut.
_HU_KNIFE_HELD = (
    r"\b(?:kessel|baltaval)\s+(?:\w+\s+)?(?:all|jar|jott|van|rohangal|fenyeget\w*|hadonasz\w*|"
    r"ul)\b|\b(?:all|jar|jott|van|rohangal|hadonasz\w*)\s+(?:\w+\s+)?(?:egy\s+)?(?:kessel|"
    r"baltaval)\b|\b(?:kest|baltat)\s+(?:\w+\s+)?(?:tart|fog|szorongat|elovett|rantott)\w*"
)
_HU_DOOR_LOCKED = (
    r"\b(?:bezarta|kulcsra\s+zarta|bezart)\s+(?:\w+\s+)?(?:az\s+)?(?:ajtot|ajtokat|minket|"
    r"engem)\b|\baz\s+ajto\s+(?:\w+\s+)?zarva\b"
)
_HU_CAKE = (
    r"^(?!.*\b(?:vagja|felvagja|szeleteli|hamozza|kenyer\w*|tortat|tortak\w*|zoldseg\w*|"
    r"hagym\w*|hust)\b)"
)
# A man following the writer now from a stop or a station ("követ a megállótól"), or who followed
# her ("követett") and waits outside; not a friend, nor a man who walked the same way.
_HU_FOLLOWING = r"\bkovet(?:nek)?\b|\bengem\s+kovet(?:nek)?\b"
_HU_FOLLOWED = rf"{_HU_FOLLOWING}|\bkovet(?:ett|tek)\b"
_HU_FROM = (
    r"\b\w*(?:megallotol|allomastol|busztol|metrotol|vonattol|palyaudvartol|bolttol|iskolatol|"
    r"munkatol)\b"
)
_HU_WAITING = (
    r"\b(?:kint|odakint|lent|a\s+kapu\s+elott|a\s+haz\s+elott|a\s+bejaratnal)\s+(?:\w+\s+)?"
    r"(?:var|all|leselkedik|acsorog)\b"
)
_HU_A_MAN = r"\b(?:ferfi|pasas|pasi|alak|idegen|valaki|ficko|srac)\b"
# A child alone at home for days without food; not a child at home with a fever.
_HU_ALONE = r"\b(?:egyedul|magara\s+hagy\w*|magukra\s+hagy\w*)\b"
_HU_FOR_DAYS = (
    r"\b(?:ket|harom|negy|ot|nehany|par|\d+)\s+(?:napja|napig|napra|nap\s+ota)\b|\btegnap\s+ota\b"
)
_HU_NO_FOOD = (
    r"\b(?:etel|enni|kaja)\s+nelkul\b|\bnincs\s+(?:mit\s+ennie|(?:\w+\s+)?etel)\b|"
    r"\bnem\s+evett\b|"
    r"\behes\w*|\behezik\b"
)
# A child hit and bleeding from the head; not a child hit by a ball with a bruise.
_HU_CHILD_HIT = r"\b(?:megut\w*|megvert\w*|meglok\w*|leutot\w*)"
_HU_HEAD_BLEEDING = (
    r"\bverzik\s+a\s+fej\w*|\bfej\w*\s+verzik\b|\bfejebol\s+(?:\w+\s+)?ver\b|\bfejseb\w*|"
    r"\b(?:betort\w*|felreped\w*)\s+a\s+fej\w*"
)
# The writer to be married off ("hozzáad az unokatestvéremhez", "férjhez ad") beside a cousin,
# abroad or tickets; not a cousin's own wedding abroad, nor salt added to a soup.
_HU_MARRY_ME_OFF = (
    r"\bferjhez\s+(?:\w+\s+)?ad\w*|\bhozzaad\w*\s+(?:\w+\s+){0,2}?\w+(?:hoz|hez)\b|"
    r"\bkihazasit\w*|\bkenyszer\w*\s+(?:\w+\s+)?(?:hazassag\w*|ferjhez)"
)
_HU_COUSIN_OR_ABROAD = r"\b(?:unokatestver\w*|kulfold\w*|jegy\w*|akaratom\s+ellenere)\b"
# A daughter, sister or granddaughter to be cut ("körül akarják metélni a lányomat"); not a son.
_HU_GIRL = r"(?:lanyom\w*|lany\w*|kislany\w*|hugom\w*|nover\w*|engem)"
_HU_CUT = r"(?:korulmetel\w*|korul\s+(?:\w+\s+){0,2}?metel\w*)"
_HU_GIRL_CUT = (
    rf"\b{_HU_CUT}\s+(?:\w+\s+){{0,2}}?{_HU_GIRL}\b|\b{_HU_GIRL}\s+(?:\w+\s+){{0,3}}?{_HU_CUT}"
)
# Chest pain beside someone who does not speak or respond; not chest pain after training.
_HU_CHEST_PAIN = (
    r"\bmellkas\w*\s+(?:\w+\s+)?(?:fajdalm\w*|fajdalom|szorit\w*|nyom\w*|faj)\b|\bfaj\s+a\s+"
    r"mellkas\w*"
)
_HU_NOT_SPEAKING = r"\bnem\s+(?:beszel|valaszol|reagal|tud\s+beszelni|szol)\s*(?:[.!,;]|$|es\b)"
# Someone beaten to drive out a spirit, a demon or a jinn ("verik, hogy kiűzzék belőle a
# gonosz szellemet"); not a drum beaten ("verik a dobot").
_HU_BEATS_THEM = (
    r"\b(?:verik|veri|vertek|megverik|megvertek|utik)\b(?=\s*[,.;!]|\s+(?:ot|engem|minket|mert|"
    r"hogy|a\s+(?:gyereket|lanyt|fiut|lanyomat|fiamat))\b)"
)
_HU_SPIRIT = r"\b(?:szellem\w*|demon\w*|ordog\w*|dzinn\w*|megszallt\w*)"
HUNGARIAN_PHRASES += (  # i18n-exempt: input
    _HU_COOKING + every_one_of(_HU_CUT_SELF, _HU_BLEEDING_OR_NOW),
    _HU_SWALLOWED_A_BOX,
    _HU_AS_PRESCRIBED + every_one_of(_HU_WILL_TAKE_ALL, f"{_HU_SOON}|{_HU_CANT_GO_ON}"),
    rf"^(?!.*{_HU_GAME}).*\b(?:{_HU_BEATS}\s+(?:most\s+)?{_HU_MUM_OR_SISTER}|"
    rf"{_HU_MUM_OR_SISTER}\s+(?:most\s+)?{_HU_BEATS})\b",
    _HU_CAKE + every_one_of(_HU_KNIFE_HELD, _HU_DOOR_LOCKED),
    "^" + every_one_of(_HU_A_MAN, _HU_FOLLOWING, _HU_FROM),
    "^" + every_one_of(_HU_A_MAN, _HU_FOLLOWED, _HU_WAITING),
    "^" + every_one_of(_HU_CHILD, _HU_ALONE, _HU_FOR_DAYS, _HU_NO_FOOD),
    "^" + every_one_of(_HU_CHILD, _HU_CHILD_HIT, _HU_HEAD_BLEEDING),
    "^" + every_one_of(_HU_MARRY_ME_OFF, _HU_COUSIN_OR_ABROAD),
    _HU_GIRL_CUT,
    "^" + every_one_of(_HU_CHEST_PAIN, _HU_NOT_SPEAKING),
    "^" + every_one_of(_HU_BEATS_THEM, _HU_SPIRIT),
)
