"""The Lingala safeguarding phrase net (read by safeguarding_languages), for members from the
two Congos: a medical emergency told in Lingala (a fall, or a fit, with the body shaking or
someone who does not breathe, wake or answer), wanting to die, and being beaten or threatened
with death by a partner. Text has been through safeguarding_languages.fold, which reads "ɛ" as
"e" and "ɔ" as "o" and drops tone marks, so the patterns are written in plain letters.

Lingala puts the subject on the verb ("akwei", he fell; "nalingi", I want) and the object after
it ("abetaka ngai", he beats me); "being" is "azali ko-" and, as typed, "aza ko-" or "azo". So a
pattern is a verb with its subject and what follows it. Most of these come as someone writing
for a parent ("nazali kokoma mpo na papa na ngai"), so a fall or a fit is read of anyone.

Each sign alone is everyday: "akwei" is also falling in love ("akwei na bolingo") or a fall he
got up from, "koningana" is any moving or shaking (with cold, "malili"), "azali koloba te" is a
sulk, and "kobeta" is also calling ("abeti ngai telefone") or a drum. So a fall needs the body
shaking or someone who does not breathe (or breathes badly), wake, move or answer; a fit needs,
beside the shaking, someone who does not speak or breathe, or minutes gone by; a beating needs
nothing after "ngai" but how often or with what; and a threat to kill needs a partner named or a
threat told, not a mother's for lateness. Left alone: a fall at the market and up again, shaking
with cold, falling in love, a call, "mama akoboma ngai soki nazongi na retard", "nakufi na
nzala" (dying of hunger).

It also reads a child beaten by someone ("abetaka leki na ngai", beats my little brother) with
a stick or a cable, leaving wounds, or left without food. Left alone: "kobeta lisolo" (chatting)
with the children, a child who plays a drum.
Also a plan to die said plainly: "nazwi mokano ya kokufa", "nakosilisa bomoi na ngai",
"nakomibwaka na ebale", no longer alive, a goodbye for ever, medicines gathered beside a time;
not a decision to study, stones thrown in the river, a trip.
Also the main kinds said plainly: cutting myself, all the tablets swallowed or to be, someone of
the family beaten now, a knife held behind a locked door, followed by a man, a child alone for
days, married off ("kobalisa ngai") to a cousin abroad, locked in, a girl to be cut
(excision), chest pain with no speech, called a witch ("ndoki") or beaten for a spirit and
beaten or not fed; not hair cut, a call, a knife for the meat, prayers said.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# "Is (doing)", as written in full and as typed: "azali ko-", "aza ko-", "azo".
_LN_IS = r"(?:a|e|o|na)(?:zali|za|zo)\s+(?:ko)?"
# A fall ("akwei", "akweaki", "kokweya"), not in love ("akwei na bolingo").
_LN_FELL = r"\b(?:a|na|o|e|ba|to|ko)kwe(?:i|yi|aki|yaki|a|ya)\b(?!\s+(?:na\s+)?(?:bolingo|ndeke))"
# The body shaking or jerking ("nzoto na ye ezali koningana", "azali kolenga"); a fit named.
_LN_SHAKING = (
    rf"\b(?:{_LN_IS}(?:ningana|lenga)|(?:a|e)(?:ningani|lengi))\b(?!\s+te\b)|\bcrise\s+(?:ya|d'?)"
    r"\s*(?:epilep\w*|kifafa)|\bconvulsion\w*"
)
# Someone who does not breathe, wake, move or answer (not a phone or a message unanswered), or
# who breathes badly or hard ("azali kopema malamu te", "azali kopema na mpasi"); not "koyoka
# malamu te" (feeling unwell).
_LN_UNRESPONSIVE = (
    rf"\b{_LN_IS}(?:pema|lamuka|ningana|yanola|yoka)\s+te\b(?!\s+(?:na\s+)?(?:telefone|"
    r"telephone|message|appel|sms))|\b(?:a|e)(?:pemi|lamuki)\s+te\b|"
    rf"\b{_LN_IS}pema\s+(?:(?:malamu|lisusu|ata\s+moke)\s+te|(?:na\s+)?mpasi)\b"
)
# Not speaking, or minutes gone by ("eleki miniti zomi"): beside the shaking of a fit.
_LN_SILENT_OR_LONG = (
    rf"\b{_LN_IS}loba\s+te\b|\beleki\s+(?:\w+\s+)?miniti\b|\bminiti\s+(?:mitano|motoba|nsambo|"
    r"sambo|mwambe|libwa|zomi|[5-9]|\d{2})\b"
)
_LN_NOT_COLD = r"^(?!.*\bmalili\b)"

LINGALA_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    _LN_NOT_COLD + every_one_of(_LN_FELL, rf"{_LN_SHAKING}|{_LN_UNRESPONSIVE}"),
    _LN_NOT_COLD + every_one_of(_LN_SHAKING, rf"{_LN_UNRESPONSIVE}|{_LN_SILENT_OR_LONG}"),
    # wanting to die or to kill oneself, the writer or someone written for; not dying of
    # hunger or of laughing
    r"\b(?:na|a|ba)lingi\s+(?:ko)?(?:kufa|miboma)\b(?!\s+na\s+(?:nzala|koseka|nsoni))|"
    r"\b(?:na|a|ba)komiboma\b|\b(?:na|a)lingi\s+(?:lisusu\s+)?(?:kozala|kovanda)\s+na\s+bomoi"
    r"\s+(?:lisusu\s+)?te\b",
)

# A partner named ("mobali na ngai", my husband); a beating ("abetaka ngai", "abeti ngai") with
# nothing after but how often or with what; not "abeti ngai telefone" (called me).
_LN_PARTNER = r"\b(?:mobali|mwasi|molongani|ex)\s+na\s+(?:ngai|nga|ye)\b"
_LN_HOW_OFTEN = (
    r"(?=\s*(?:[.,!;?]|$)|\s+(?:mikolo|mokolo|butu|lelo|lobi|makasi|makofi|mbala|ntango|tango|"
    r"sikoyo|soki|pamba|na\s+(?:fimbo|nsinga|mabaku|loboko|makofi|ceinture|mukaba|mbeli))\b)"
)
_LN_KILL_ME = r"\ba(?:ko|lingi\s+ko|za\s+ko)boma\s+(?:ngai|nga|ye)\b"
LINGALA_PHRASES += (  # i18n-exempt: input
    r"\ba(?:zali\s+ko|za\s+ko|zo\s+)?bet(?:a|aka|i|aki|ake)\s+(?:ngai|nga)\b" + _LN_HOW_OFTEN,
    _LN_PARTNER
    + r"\s+(?:\w+\s+)?a(?:zali\s+ko|za\s+ko|zo\s+)?bet(?:a|aka|i|aki|ake)\s+ye\b"
    + _LN_HOW_OFTEN,
    r"^(?!.*\b(?:retard|tard\w*|nzala)\b)"
    + every_one_of(_LN_KILL_ME, rf"{_LN_PARTNER}|\ba(?:lobi|lobaki|kanisi)\b|\bmbeli\b"),
)

# A child beaten ("abetaka leki na ngai", beats my little brother; "babeti mwana", they beat the
# child) with something, leaving wounds
# or blood, or beside not being fed ("apesaka ye bilei te"); not "kobeta lisolo" (chatting) with
# the children, a drum, a ball.
_LN_BEATS_A_CHILD = (
    r"\b(?:a|ba)(?:zali\s+ko|za\s+ko|zo\s+)?bet(?:a|aka|i|aki|ake)\s+(?:\w+\s+)?"
    r"(?:mwana|bana|leki)\b"
    r"(?!\s+(?:\w+\s+)?(?:lisolo|masolo|tambour|ndembo|mbonda|libaku))"
)
_LN_HURT_OR_UNFED = (
    r"\bna\s+(?:fimbo|nsinga|mabaku|ceinture|mukaba|kamba)\b|\b(?:ba|ma)pota\b|\bmakila\b|"
    r"\b(?:a|ba)pes(?:a|aka|i|aki)\s+(?:ye|bango|mwana|bana|leki)\s+(?:\w+\s+)?(?:bilei|kolia|"
    r"eloko\s+ya\s+kolia)\s+te\b"
)
LINGALA_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_LN_BEATS_A_CHILD, _LN_HURT_OR_UNFED),
)

# A plan to die said plainly. Soon: tonight, tomorrow, this week, Sunday.
_LN_SOON = r"\b(?:lelo\s+na\s+(?:butu|mpokwa)|lobi|poso\s+oyo|eyenga)\b"
# A goodbye: forgive me, don't look for me, stay well, look after my children.
_LN_GOODBYE = (
    r"\b(?:(?:bo)?limbisa\s+ngai|bokoluka\s+ngai\s+te|tikala(?:ni)?\s+malamu|bobatela\s+bana\s+"
    r"na\s+ngai)\b"
)
# Medicines gathered ("nasangisi nkisi"), with no everyday use (a trip, a doctor, a parent).
_LN_PILLS_GATHERED = (
    r"\bna(?:sangisi|sangisaki|bombi|bombaki)\s+(?:\w+\s+)?(?:nkisi|manga|comprim\w*|pilule\w*)\b"
)
_LN_EVERYDAY_USE = r"\b(?:mobembo|monganga|lopitalo|mama|papa)\b"
LINGALA_PHRASES += (  # i18n-exempt: input
    # decided to die ("nazwi mokano ya kokufa"), ending my life ("nakosilisa bomoi na ngai"),
    # hanging myself ("nakomikanga nkingo"); not a decision to study, clothes hung, work ended
    r"\b(?:na)?(?:zwi|zui|zwaki)\s+mokano\s+ya\s+(?:ko)?(?:kufa|miboma)\b|\bna(?:ko)?silisa\s+"
    r"bomoi\s+na\s+ngai\b|\bna(?:ko)?(?:mikanga|mikangisa)\s+(?:\w+\s+)?nkingo\b",
    # throwing myself into the river or in front of a train ("nakomibwaka na ebale",
    # "liboso ya engbunduka"); not stones thrown into the river, a train taken
    r"\bna(?:ko)?mibwaka\s+(?:\w+\s+){0,3}?(?:ebale|mai|pont|engbunduka|masini|motuka|train|"
    r"liboso)\b",
    # no longer alive after a time; the last time you will hear from me; a goodbye for ever
    # ("tikala malamu libela"); not no longer in London, the last meeting
    r"\bna(?:ko)?zala\s+(?:lisusu\s+)?na\s+bomoi\s+(?:lisusu\s+)?te\b|\bmbala\s+ya\s+suka\s+"
    r"(?:\w+\s+){0,2}?(?:bo|o)ko(?:yoka|mona)\s+ngai\b|\btikala(?:ni)?\s+malamu\s+libela\b",
    # medicines gathered beside a time or a goodbye; not gathered for a trip or for a parent
    rf"^(?!.*{_LN_EVERYDAY_USE})" + every_one_of(_LN_PILLS_GATHERED, f"{_LN_SOON}|{_LN_GOODBYE}"),
)

# The main kinds said plainly.
# Cutting or hurting oneself ("nazali kokata nzoto na ngai", "namizokisi"); not hair cut.
_LN_CUTTING_MYSELF = (
    r"\bna(?:zali\s+ko|za\s+ko|zo\s+|ko)?(?:kata|katakata)\s+(?:nzoto|loboko|mabok\w*|"
    r"misapi)\s+na\s+ngai\b|\bna(?:zali\s+ko|za\s+ko|zo\s+|ko)?mi(?:zokisa|zokisi|kata|kati)\b"
)
# The tablets, all or many, swallowed or to be by the writer ("namelaki bakisi nyonso",
# "nakomela bakisi nyonso"); not bought, nor as the doctor said.
_LN_SWALLOWED_ALL = (
    r"\bna(?:meli|melaki|komela|zali\s+komela|mela)\s+(?:\w+\s+)?(?:bakisi|nkisi|kisi|"
    r"comprim\w*|pilule\w*|fanga)\s+(?:\w+\s+){0,3}?(?:nyonso|mobimba|ebele|mingi)\b"
)
# Someone of the family beaten ("azali kobeta mama"), with nothing after but how often; not
# called ("abeti mama telefone").
_LN_BEATS_FAMILY = (
    r"\b(?:a|ba)(?:zali\s+ko|za\s+ko|zo\s+)?bet(?:a|aka|i|aki|ake)\s+(?:mama|maman|papa|leki|"
    r"ndeko|tata|koko)(?:\s+na\s+ngai)?" + _LN_HOW_OFTEN
)
# A knife or gun held ("atelemi na mbeli"), beside the door locked ("akangi porte") or a threat;
# not to cut meat.
_LN_WEAPON_HELD = (
    r"\b(?:a|ba)(?:simbi|simbaki|zali\s+na|telemi\s+na|zwi|zwaki)\s+(?:\w+\s+)?(?:mbeli|"
    r"couteau|machette|mondoki|kisu)\b"
)
_LN_DOOR_LOCKED = (
    rf"\b(?:a|ba)(?:kangi|kangaki|zali\s+kokanga)\s+(?:\w+\s+)?(?:porte|ekuke|lopango)\b|"
    rf"{_LN_KILL_ME}"
)
# Followed ("alandi ngai") by a man or a stranger, or one who waits outside; not a child.
_LN_FOLLOWED = r"\b(?:a|ba)(?:zali\s+ko|za\s+ko|zo\s+)?land(?:a|aka|i|aki)\s+ngai\b"
_LN_A_STRANGER_OUTSIDE = (
    r"\b(?:mobali|moto)\s+moko\b|\bmoto\s+nayebi\s+te\b|\bkozela\s+ngai\s+libanda\b|\bnabangi\b|"
    r"\bnazali\s+kobanga\b"
)
# A child alone ("ye moko") for days or with no food.
_LN_A_CHILD = r"\b(?:mwana|bana|leki)\b"
_LN_ALONE = r"\b(?:ye|bango)\s+moko\b"
_LN_DAYS_OR_NO_FOOD = (
    r"\bmikolo\s+(?:mibale|misato|minei|mitano|\d+|ebele)\b|\bbanda\s+lobi\b|\bbilei\s+te\b|"
    r"\bnzala\b|\bazali\s+kolia\s+te\b"
)
# Married off ("kobalisa ngai", to marry me off; not "kobala ngai", to marry me) to a cousin or
# abroad, with a ticket bought or the writer refusing.
_LN_WED_ME_OFF = r"\b(?:ko|a|ba)?balis(?:a|i|aki)\s+ngai\b"
_LN_COUSIN_OR_ABROAD = (
    r"\bnoko\b|\btata\s+leki\b|\bpoto\b|\bmikili\b|\btike\b|\bbillet\b|\bnalingi\s+te\b|"
    r"\bna\s+makasi\b"
)
# A girl to be cut (excision): a daughter, a sister or girls, with the word for it.
_LN_GIRL = (
    r"\b(?:mwana\s+(?:na\s+ngai\s+)?ya\s+mwasi|leki\s+ya\s+mwasi|ndeko\s+ya\s+mwasi|"
    r"bana\s+basi|mwasi)\b"
)
_LN_CUT = r"\b(?:excision|exciser|fgm|mutilation\w*|circoncision)\b"
# The chest hurting ("pasi na ntolo") with no speech, no breath or a fall.
_LN_CHEST_PAIN = r"\bpasi\s+(?:na|ya)\s+(?:ntolo|motema)\b|\bntolo\s+(?:ezali\s+ko)?pasa\b"
# Called a witch ("ndoki") or beaten to drive out a spirit, and beaten or not fed; not prayed for.
_LN_WITCH_OR_SPIRIT = r"\b(?:ndoki|kindoki|molimo\s+mabe|milimo\s+mabe|satana|demon\w*)\b"
_LN_BEATEN_OR_STARVED = (
    r"\b(?:a|ba)(?:zali\s+ko|za\s+ko|zo\s+)?bet(?:a|aka|i|aki|ake)\s+(?:ye|bango|mwana|leki|"
    r"bana)\b(?!\s+(?:\w+\s+)?(?:telefone|lisolo|mbonda))|\b(?:a|ba)pes(?:a|aka|i|aki)\s+"
    r"(?:ye|bango|mwana|bana|leki)\s+(?:\w+\s+)?bilei\s+te\b"
)
LINGALA_PHRASES += (  # i18n-exempt: input
    # cutting or hurting oneself
    _LN_CUTTING_MYSELF,
    # the tablets, all or many, swallowed or to be (not as the doctor said)
    r"^(?!.*\b(?:monganga|ndenge\s+alobaki)\b)(?=.*" + _LN_SWALLOWED_ALL + ")",
    # someone of the family beaten
    _LN_BEATS_FAMILY,
    # a knife held, the door locked or a threat (not to cut meat)
    r"^(?!.*\b(?:niama|mosuni|ndunda|kokata\s+bilei|kuku|cuisine)\b)"
    + every_one_of(_LN_WEAPON_HELD, _LN_DOOR_LOCKED),
    # followed by a man or a stranger, or waited for outside
    "^" + every_one_of(_LN_FOLLOWED, _LN_A_STRANGER_OUTSIDE),
    # a child alone for days or with no food
    "^" + every_one_of(_LN_A_CHILD, _LN_ALONE, _LN_DAYS_OR_NO_FOOD),
    # married off to a cousin or abroad, or refused
    "^" + every_one_of(_LN_WED_ME_OFF, _LN_COUSIN_OR_ABROAD),
    # locked in the house ("bakangi ngai na ndako"), with nothing else needed
    r"\b(?:a|ba)(?:kangi|kangaki|kangaka|zali\s+kokanga)\s+ngai\s+na\s+(?:ndako|chambre|"
    r"shambre|suku)\b",
    # a girl to be cut
    "^" + every_one_of(_LN_GIRL, _LN_CUT),
    # chest pain with no speech, no breath or a fall
    "^" + every_one_of(_LN_CHEST_PAIN, rf"{_LN_SILENT_OR_LONG}|{_LN_UNRESPONSIVE}|{_LN_FELL}"),
    # called a witch or beaten for a spirit, beaten or not fed
    "^" + every_one_of(_LN_WITCH_OR_SPIRIT, _LN_BEATEN_OR_STARVED),
)
