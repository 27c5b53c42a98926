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
"""

from __future__ import annotations

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
