"""The Kurdish safeguarding phrase net (read by safeguarding_languages), for Kurmanji written in
Latin letters as most members from Turkey, Syria and northern Iraq type it (Sorani, in Arabic
script, is not read here). Kurmanji puts the verb last and the one a harm is done to before it
("dê min bikuje", will kill me; "xwişka min bikuje", will kill my sister), names a person with
"-ê"/"-a" and "min" (my) after ("birayê min", my brother), and hits "on" someone ("li min dide",
hits me). Text has been through safeguarding_languages.fold (no marks: "ê" reads "e", "î" reads
"i", "ş" reads "s", "ç" reads "c"), as members often type without them.

It reads wanting to die or to kill oneself, being hit, locked in or threatened, a death threat
against the writer or someone of the family ("bikuje", he will kill; "bikujin", they will), fear
of someone or of going home, a marriage forced, being in danger, papers taken, someone not
breathing.

Left alone: "ji birçîna dimirim" (dying of hunger), "diya min dê min bikuje ger dereng bimînim"
(mum will kill me if I'm late), a death in a game or a joke ("henek"), "ez ê wî bikujim" said of
a friend who ate the cake, "ev germ min dikuje" (this heat is killing me).
Also a plan to die said plainly: "min biryar da ku bimirim", "dawî li jiyana xwe bînim", "xwe
daleqînim", "xwe ji pirê bavêjim", no longer alive after tonight, tablets gathered beside a
time; not a move decided, a job ended, clothes hung, a stone thrown, a trip.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# The one a harm is done to: me, us, him, her, them, or someone "of mine" ("xwişka min").
_KU_WHOM = r"(?:min|me|wi|we|wan|\w+(?:a|e|en|an)\s+(?:min|me))"
# Being late, a joke or a game, which make "kill" an idiom.
_KU_NOT_MEANT = r"\b(?:dereng|henek\w*|listik\w*|game|lol|haha\w*)\b"

KURDISH_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, killing oneself, not wanting to live
    r"\b(?:dixwazim|dixwaze|dixwazin)\s+(?:\w+\s+)?bimir(?:im|e|in)\b|\bxwe\s+(?:\w+\s+)?"
    r"bikuj(?:im|e|in)\b|\bxwekust\w*|\b(?:naxwazim|ez\s+naxwazim)\s+(?:\w+\s+)?(?:bijim|"
    r"bijime|zindi\s+bim)\b",
    # being hit: "li min dide", "li min xist", "min dikute"
    r"(?<!telefon\s)(?<!zeng\s)(?<!zenge\s)\bli\s+(?:min|me)\s+(?:\w+\s+)?(?:dide|didin|dida|dixe|dixin|dixist|xist|xistin)\b|"
    r"\b(?:min|me)\s+(?:\w+\s+)?(?:dikute|dikutin|kuta|kutan)\b",
    # threatened, locked in, papers taken
    r"\bgef\w*\s+li\s+(?:min|me)\s+(?:\w+\s+)?(?:dixwe|dixwin|xwar|xwarin|dike|kir)\b|"
    r"\b(?:min|me)\s+(?:\w+\s+)?tehdit\s+(?:dike|dikin|kir|kirin)\b",
    r"\bderi\s+li\s+(?:min|me)\s+(?:\w+\s+)?(?:girt\w*|kilit\w*|dad\w*)|\b(?:min|me)\s+"
    r"(?:\w+\s+){0,3}(?:hepis|kilit)\s+(?:kir\w*|dik\w*)",
    r"\bpasaport(?:a|en)\s+(?:min|me)\s+(?:\w+\s+)?(?:girtiye|girtine|biriye|birine|standiye|"
    r"standine|vesartiye|vesartine|nade|nadin)\b",
    # a death threat against the writer or someone of the family (he or they will kill), not
    # a joke, a game or being late
    rf"^(?!.*{_KU_NOT_MEANT})(?=.*\b{_KU_WHOM}\s+(?:\w+\s+)?bikuj(?:e|in)\b)",
    # afraid of him or of going home
    r"\bji\s+(?:wi|wan|\w+e\s+xwe|\w+e\s+min)\s+(?:gelek\s+|pir\s+)?ditirs(?:im|in)\b|"
    r"\bditirs(?:im|in)\s+(?:\w+\s+)?(?:vegerim|vegerin|herim|biçim|bicim)\s+(?:\w+\s+)?male\b",
    # a marriage forced
    r"\bbi\s+(?:dare\s+)?zore\s+(?:\w+\s+){0,4}(?:dizewicin\w*|bizewicin\w*|zewicand\w*|"
    r"bidin\s+mer|didin\s+mer)\b",
    # in danger, help
    r"\b(?:ez|em|jiyana\s+min)\s+di\s+(?:xetere|talukeye|metirsiye)\s+de\s+(?:me|ye|in)\b|"
    r"^\W*hewar\b",
    # someone not breathing
    r"\b(?:nefes|nefesa\s+xwe|behna\s+xwe|behne)\s+(?:\w+\s+)?(?:nagire|nagirin|nastine|"
    r"nastinin)\b|\bnikare\s+(?:nefes|nefese|behne)\s+(?:\w+\s+)?(?:bigire|bistine)\b",
)

# A plan to die said plainly. Soon: tonight, tomorrow, this week, Sunday.
_KU_SOON = r"\b(?:isev|sibe|vê\s+hefteyê|yeksem\w*)\b"
# A goodbye: goodbye, forgive me, don't look for me.
_KU_GOODBYE = r"\b(?:xatirê\s+we|min\s+bibexşînin|li\s+min\s+negerin)\b"
# Tablets or medicines gathered ("min heb kom kirine"), with no everyday use (a trip, a doctor, a
# hospital, a parent).
_KU_PILLS_GATHERED = (
    r"\b(?:heb|derman)\w*\s+(?:\w+\s+)?kom\s+kir\w*|\bkom\s+kir\w*\s+(?:\w+\s+)?(?:heb|derman)\w*"
)
_KU_EVERYDAY_USE = r"\b(?:rêwîtî\w*|doktor\w*|nexweşxane\w*|diya\s+min|bavê\s+min|dapîr\w*)\b"
# Where one throws oneself: a bridge, the river, a train, a car, a roof, a building.
_KU_DROP = r"\b(?:pirê|pira|çemê|rûbar\w*|trên\w*|tren\w*|erebe\w*|otomobîl\w*|banê|avahî\w*)\b"
KURDISH_PHRASES += (  # i18n-exempt: input
    # decided to die ("min biryar da ku bimirim"); ending my life ("dawî li jiyana xwe bînim");
    # hanging myself ("xwe daleqînim"); not a move to London decided, a job ended, clothes hung
    r"\bbiryar\s+(?:\w+\s+){0,2}?(?:da|daye|dame|didim)\s+(?:ku\s+)?(?:bimirim|xwe\s+"
    r"bikujim)\b|\bdawî\s+li\s+jiyana\s+xwe\s+(?:\w+\s+)?(?:bînim|bianîm|tînim|anîm)\b|"
    r"\bxwe\s+(?:\w+\s+)?(?:daleqînim|bixeniqînim|bidarve\s+bikim)\b",
    # throwing myself from the bridge or in front of the train ("xwe ji pirê bavêjim"); not a
    # stone thrown from it, a train taken
    "^" + every_one_of(_KU_DROP, r"\bxwe\s+(?:\w+\s+){0,3}?(?:bi|b|di)?a?vêj(?:im|ime)\b"),
    # no longer alive after a time ("piştî îşev ez ê êdî sax nebim"), nor in this world; the last
    # time you will hear from me; not away from London, the last meeting
    r"\bpiştî\s+\w+\s+(?:\w+\s+){0,3}?(?:sax|zindî)\s+(?:na|ne)bim\b|\bli\s+(?:vê\s+)?dinyayê\s+"
    r"(?:de\s+)?(?:na|ne)bim\b|\bcara\s+dawî\s+(?:\w+\s+){0,3}?(?:hûn|tu)\s+(?:\w+\s+)?(?:ji\s+"
    r"min\s+(?:dibihîz|bibihîz)\w*|min\s+(?:dibîn|bibîn)\w*)",
    # tablets gathered beside a time or a goodbye; not gathered for a trip or for a parent
    rf"^(?!.*{_KU_EVERYDAY_USE})" + every_one_of(_KU_PILLS_GATHERED, f"{_KU_SOON}|{_KU_GOODBYE}"),
)
