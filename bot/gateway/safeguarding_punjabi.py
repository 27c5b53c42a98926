"""The Punjabi safeguarding phrase net (read by safeguarding_languages), in Gurmukhi, in the
Latin spelling people text in ("mainu maarda", "marna chaundi"), and a few Shahmukhi (Arabic
script) forms where Punjabi differs from Urdu ("مینوں ماردا"); Urdu's own net reads the rest of
Shahmukhi. Punjabi puts the verb last, so a pattern is the person done to ("ਮੈਨੂੰ", "ਆਪਣੇ ਆਪ
ਨੂੰ") or the despair word, then the verb stem. Gurmukhi vowel signs are not word letters to
`\\b`, so the script patterns need no word edges. Text and patterns have been through
safeguarding_languages.fold: the nukta and the doubling mark (addak) dropped and bindi read as
tippi, since people type them either way or not at all, so patterns are written in ordinary
spelling.

Left alone: "ਭੁੱਖ ਨਾਲ ਮਰ ਰਹੀ ਹਾਂ" (dying of hunger), "ਗਰਮੀ ਬਰਦਾਸ਼ਤ ਨਹੀਂ ਹੁੰਦੀ", "ਰਸਤਾ ਸੁਰੱਖਿਅਤ
ਨਹੀਂ", "ਦਵਾਈ ਖਾਣ ਦਾ ਸਮਾਂ", "ਪਤੀ ਮੈਨੂੰ ਛੱਡ ਕੇ ਜਾਵੇਗਾ" (my husband will drop me off), "ਮੰਮੀ
ਮੈਨੂੰ ਮਾਰ ਦੇਵੇਗੀ" (mum will kill me, late), "ਸਾਹ ਨਹੀਂ ਆਉਂਦਾ" (no time to breathe), a fan off in
the room, "ਗਰਮੀ ਮੈਨੂੰ ਮਾਰ ਰਹੀ ਹੈ" (the heat is killing me), "ਮੈਨੂੰ ਆਵਾਜ਼ ਮਾਰਦਾ" (calls out to
me), a nurse's visit time, a pension collected at the bank, a father pushed in his
wheelchair to the park, the fear of forgetting something again, a heater kept off in the room,
a dog shut in a room at night, a meal held back on a doctor's word.

It also reads, in the Latin spelling, an older relative kept locked in a room or not given food
by family ("ohna nu kamre ch band rakhde ne", "bebe nu roti vi ni dinde"), and a home taken
over and dealt from ("aa ke reh rahe ne, drugs vechde ne"), a beating told in the past by a
husband or in-laws ("sass te pati ne maaria"), and a threat to send her back to India or
Pakistan, or take the children, if she goes out or tells anyone ("je kise nu dasya taan wapas
bhej dauga"). It also reads a newborn with two danger signs now (cold, not feeding, the breath
slow or hard, blue); not a baby who won't take cold milk.
Also: sex demanded under a threat, tonight (not a night spent beside a sister); a temple,
gurdwara, home, hotel or shop attacked with people inside (not a fire lit for the langar). A girl
under 18 whose marriage the family will make (not a wedding she is glad of at 24), and a plan to
die said plainly (death decided on, a jump, a train, a means made ready beside a time or a
goodbye); not a trip, a washing line, a game or a joke.
Also a stroke's signs now: the face gone crooked beside speech lost (not a face pulled in fun,
laughing too hard to speak).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of

PUNJABI_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    r"ਮਰ(?:ਨਾ|\s+ਜਾਣਾ)\s+(?:\S+\s+)?ਚਾਹੁ|ਮਰਨ\s+(?:ਨੂੰ|ਦਾ)\s+(?:ਦਿਲ|ਜੀ)\s+ਕਰਦ",
    r"(?:ਖ਼ੁਦਕੁਸ਼ੀ|ਆਤਮਹੱਤਿਆ|ਆਤਮ\s+ਹੱਤਿਆ)\s+(?:\S+\s+)?(?:ਕਰ\s+ਲਵਾਂ|ਕਰਨਾ\s+ਚਾਹੁ|ਕਰਨ\s+ਬਾਰੇ|ਕਰ\s+ਲੈਣੀ|"
    r"ਕਰਾਂਗ|ਕਰ\s+ਲਵਾਂਗ)",
    r"(?:ਜੀਣਾ|ਜਿਉਣਾ|ਜੀਉਣਾ|ਜੀਣ|ਜਿਉਣ)\s+(?:ਨੂੰ\s+)?(?:ਦਿਲ\s+)?ਨਹੀਂ\s+(?:ਚਾਹੁ|ਕਰਦ)",
    r"ਆਪਣੇ\s+ਆਪ\s+ਨੂੰ\s+(?:ਖ਼ਤਮ|ਮਾਰ)\s+(?:ਕਰ\s+)?(?:ਲਵਾਂ|ਦੇਵਾਂ|ਲੈਣਾ|ਦੇਣਾ|ਲਵਾਂਗ)|ਮੇਰੇ\s+ਬਿਨਾਂ\s+"
    r"(?:\S+\s+){0,2}(?:ਚੰਗੇ|ਸੌਖੇ|ਖ਼ੁਸ਼|ਵਧੀਆ|ਸੁਖੀ)",
    # self-harm
    r"(?:ਆਪਣੇ\s+ਆਪ|ਖ਼ੁਦ)\s+ਨੂੰ\s+(?:\S+\s+)?(?:ਕੱਟ|ਨੁਕਸਾਨ|ਸੱਟ|ਜ਼ਖ਼ਮੀ|ਸਾੜ)",
    # all the tablets
    r"(?:ਸਾਰੀਆ|ਇਕੱਠੀਆ)\S*\s+(?:\S+\s+)?(?:ਗੋਲੀਆ|ਦਵਾਈਆ)\S*\s+(?:\S+\s+)?(?:ਖਾ\s+ਲ|ਨਿਗਲ)",
    # violence, threats, control
    r"ਮੈਨੂੰ\s+(?:(?!ਆਵਾਜ|ਅਵਾਜ|ਹਾਕ)\S+\s+){0,2}(?:ਮਾਰਦ|ਕੁੱਟਦ|ਕੁੱਟਿਆ|ਮਾਰਿਆ|ਕੁੱਟ\s+(?:ਦਿੰਦ|ਰਿਹਾ|"
    r"ਰਹੀ|ਰਹੇ)|ਧਮਕੀ|ਧਮਕਾਉ|ਬੰਦ\s+ਕਰ\s*ਕੇ)",
    # beating me now ("ਮਾਰ ਰਿਹਾ ਹੈ"), said of a person, since "ਮਾਰ" is also the heat or work
    # "killing me"
    r"(?:^|\s)(?:ਪਤੀ|ਘਰਵਾਲਾ|ਘਰਵਾਲੇ|ਖਸਮ|ਉਹ|ਓਹ|ਸਹੁਰਾ|ਸਹੁਰੇ|ਸੱਸ|ਪਿਓ|ਪਿਤਾ|ਡੈਡੀ|ਭਰਾ|ਪੁੱਤ|ਪੁੱਤਰ|ਮੁੰਡਾ|"
    r"ਜੇਠ|ਦਿਓਰ|ਨਣਾਨ|ਸਾਥੀ|ਬੰਦਾ|ਆਦਮੀ)\s+(?:(?!ਕੰਮ|ਗਰਮੀ|ਠੰਡ|ਭੁੱਖ|ਦਰਦ|ਫਿਕਰ)\S+\s+){0,3}ਮੈਨੂੰ\s+"
    r"(?:(?:ਬਹੁਤ|ਫਿਰ|ਫੇਰ|ਦੁਬਾਰਾ|ਰੋਜ਼|ਹਰ\s+ਰੋਜ਼|ਹੁਣ|ਬੁਰੀ\s+ਤਰ੍ਹਾਂ|ਬੁਰੀ\s+ਤਰਾਂ)\s+)?"
    r"(?:ਮਾਰ|ਮਾਰ\s+ਕੁੱਟ)\s+(?:ਰਿਹਾ|ਰਹੀ|ਰਹੇ)|"
    r"(?:پتی|گھروالا|گھر\s+والا|اوہ|سس|سوہرا|پیو|بھرا|منڈا)\s+(?:\S+\s+){0,2}مینوں\s+"
    r"(?:مار|کٹ)\s+(?:رہیا|ریہا|رہا|رہی|رہے)|\b(?:pati|ghar\s*wal[ae]|khasam|oh|ohh|"
    r"sauhra|sohra|sass|pio|peo|bhra|munda|putt)\s+(?:(?!kamm?|garmi|thand|bhukh)\w+\s+){0,3}"
    r"(?:mainu|mainoo|menu|mennu|mnu)\s+(?:(?:bahut|fer|phir|roz)\s+)?(?:maar|mar|kutt?)\s+"
    r"(?:reha|riha|rya|raha|rahi|rehi|rhi|rahe|rehe)\b",
    r"ਮੇਰ[ਾੀੇ]\s+(?:ਪਾਸਪੋਰਟ|ਫ਼ੋਨ|ਪੈਸੇ)\s+(?:\S+\s+)?(?:ਖੋਹ|ਰੱਖ\s+ਲਿਆ|ਲੁਕਾ)|ਬਾਹਰ\s+(?:ਨਹੀਂ\s+)?"
    r"ਜਾਣ\s+(?:ਨਹੀਂ\s+)?ਦਿੰਦ|ਬਲਾਤਕਾਰ\s+(?:\S+\s+)?(?:ਕੀਤਾ|ਕਰਦ)|ਘਰੇਲੂ\s+ਹਿੰਸਾ\s+(?:\S+\s+)?"
    r"(?:ਸਹਿ|ਝੱਲ)",
    # afraid of him, afraid to go home
    r"(?:ਉਸ|ਓਸ|ਉਹਦੇ|ਓਹਦੇ|ਪਤੀ|ਘਰਵਾਲੇ|ਪਿਤਾ|ਪਿਓ|ਭਰਾ|ਸਹੁਰੇ|ਸੱਸ)\s+(?:ਤੋਂ|ਕੋਲੋਂ)\s+(?:ਬਹੁਤ\s+)?"
    r"(?:ਡਰ\s+ਲੱਗਦਾ|ਡਰ\s+ਲਗਦਾ|ਡਰਦੀ|ਡਰਦਾ)|ਘਰ\s+(?:ਵਾਪਸ\s+)?ਜਾਣ\s+(?:ਤੋਂ\s+)?(?:ਡਰ|ਡਰਦੀ|ਡਰਦਾ)",
    # a child at risk
    r"ਬੱਚ\S*\s+(?:ਨੂੰ\s+)?(?:\S+\s+){0,2}(?:ਕੁੱਟਦ|ਕੁੱਟਿਆ|ਮਾਰਦ|ਰੋਟੀ\s+ਨਹੀਂ\s+(?:ਦਿੰਦ|ਮਿਲ)|ਖਾਣਾ\s+"
    r"ਨਹੀਂ\s+(?:ਦਿੰਦ|ਮਿਲ)|ਭੁੱਖੇ\s+(?:ਰਹਿੰਦ|ਸੌਂ))",
    # followed
    r"ਪਿੱਛਾ\s+(?:\S+\s+)?(?:ਕਰਦ|ਕਰ\s+ਰਿਹਾ|ਕੀਤਾ)",
    # followed by others ("ਦੋ ਬੰਦੇ ਮੇਰਾ ਪਿੱਛਾ ਕਰ ਰਹੇ ਹਨ"), the writer or someone close; not
    # dreams chased
    r"(?:ਮੇਰਾ|ਸਾਡਾ|ਉਹਦਾ|ਉਸਦਾ|ਉਸ\s+ਦਾ|ਉਹਨਾਂ\s+ਦਾ|ਉਨ੍ਹਾਂ\s+ਦਾ|ਇਹਦਾ|ਇਸ\s+ਦਾ)\s+ਪਿੱਛਾ\s+(?:\S+\s+)?"
    r"(?:ਕਰ\s+(?:ਰਹੇ|ਰਹੀ|ਰਹੀਆਂ)|ਕਰਨ\s+ਲੱਗ|ਕਰੀ\s+ਜਾ|ਕੀਤਾ|ਕਰਦੇ|ਕਰਦੀ)|"
    r"\b(?:mera|saada|sada|ohda|usda|onha\s+da)\s+pich+h?a\s+(?:\w+\s+)?(?:kar\s+(?:rahe|"
    r"rahi|reha|riha)|karde|kardi|kita)\b",
    # forced marriage
    r"ਜ਼ਬਰਦਸਤੀ\s+(?:\S+\s+){0,3}ਵਿਆਹ|ਵਿਆਹ\s+(?:\S+\s+){0,4}ਜ਼ਬਰਦਸਤੀ|ਮਰਜ਼ੀ\s+(?:\S+\s+){0,2}"
    r"(?:ਖ਼ਿਲਾਫ਼|ਬਿਨਾਂ)\s+(?:\S+\s+){0,2}ਵਿਆਹ",
    # in danger, not safe, help
    r"(?:ਮੈਂ|ਅਸੀਂ)\s+(?:\S+\s+)?ਖ਼ਤਰੇ\s+ਵਿ|ਜਾਨ\s+ਨੂੰ\s+ਖ਼ਤਰਾ|ਮੈਨੂੰ\s+ਬਚਾ",
    r"(?:ਮੈਂ|ਘਰ\s+ਵਿ\S*|ਘਰੇ)\s+(?:\S+\s+)?ਸੁਰੱਖਿਅਤ\s+ਨਹੀਂ",
    # nowhere to sleep tonight
    r"(?:ਸੌਣ|ਰਹਿਣ|ਰਾਤ\s+ਕੱਟਣ)\s+(?:ਲਈ|ਨੂੰ|ਵਾਸਤੇ)\s+(?:ਕੋਈ\s+)?(?:ਥਾਂ|ਜਗ੍ਹਾ|ਜਗਾ|ਟਿਕਾਣਾ)\s+ਨਹੀਂ|"
    r"ਘਰੋਂ\s+(?:\S+\s+)?ਕੱਢ",
    # can't go on
    r"(?:ਹੋਰ|ਹੁਣ\s+ਹੋਰ|ਹੁਣ)\s+(?:ਬਰਦਾਸ਼ਤ|ਸਹਿ)\s+ਨਹੀਂ\s+(?:ਹੁੰਦ|ਕਰ\s+ਸਕਦ|ਸਕਦ)|ਜ਼ਿੰਦਗੀ\s+ਤੋਂ\s+"
    r"(?:\S+\s+)?(?:ਤੰਗ|ਅੱਕ|ਥੱਕ)",
    # Shahmukhi, where Punjabi differs from Urdu
    r"مینوں\s+(?:\S+\s+){0,2}(?:ماردا|ماردی|کٹدا|کٹدی|کٹیا|ماریا|دھمکی)|مرنا\s+چاہند|"
    r"(?:اوہدے|اوس|اودے|اوہدے)\s+(?:توں|کولوں)\s+ڈر",
    # in the Latin spelling
    r"\b(?:mainu|mainoo|menu|mennu|mnu)\s+(?:(?!awaa?[zj]|haak)\w+\s+){0,2}(?:maa?rd[aie]|"
    r"kutt?d[aie]|kutt?[iy]a|maa?r[iy]a|dhamki\w*|dhamka\w*|band\s+kar\s*ke)\b",
    r"\bbahar\s+(?:nahi|ni|nai)\s+(?:jaan|jan|jaane|nikalan)\s+(?:dind|dend|dend)\w*",
    r"\bmar(?:na|n)\s+(?:\w+\s+)?(?:chaunda|chaundi|chahunda|chahundi|chaheda)\b|\bmar\s+jana\s+"
    r"chau?h?und[ai]\b|\bmarn\s+(?:nu|noo)\s+(?:dil|ji)\s+kard[ai]\b",
    r"\b(?:ji|jee|jeo|jio|jeu)(?:na|n|ona|un)\s+(?:nu\s+)?(?:dil\s+)?(?:ni|nahi|nai)\s+"
    r"(?:chau?h?und|kard)",
    r"\b(?:ohton|usto|ohde\s+ton|pati\s+ton|gharwale\s+ton)\s+(?:bahut\s+)?(?:dar|darr)\b|"
    r"\bghar\s+(?:\w+\s+)?jaan\s+(?:ton\s+)?(?:dar|darr)\b",
    r"\b(?:saun|sonn?|sone|rehan|rehn|rahin)\s+(?:lai|layi|nu|noo)\s+(?:koi\s+)?(?:thaan|than|jagah|"
    r"jaga|jgah|thikana)\s+(?:ni|nahi|nai)\b|\bkhatre\s+(?:vich|ch)\s+(?:haan|han|aan)\b|"
    r"\bmainu\s+bacha(?:o|lo)\b",
    r"\b(?:hor|hun\s+hor)\s+(?:bardasht|sehn|seh)\s+(?:ni|nahi|nai)\s+(?:hunda|hundi|kar\s+sakd)|"
    r"\bpich+a\s+kard[aie]\b|\bzabardasti\s+(?:\w+\s+)?(?:viah|viyah|vyah|wyah)\b|\b(?:viah|"
    r"viyah|vyah)\s+(?:\w+\s+){0,3}zabardasti\b",
    r"\bbachian?\s+(?:nu|noo)\s+(?:\w+\s+)?(?:kutt?d|maa?rd|roti\s+(?:ni|nahi)\s+dind)|\bsaari"
    r"(?:an|yan)?\s+goli(?:an|yan)\s+(?:kha|khaa)\s+(?:lai|layi|laiyan|lian)\b|\b(?:khud|apne\s+"
    r"aap)\s+nu\s+(?:\w+\s+)?(?:katt|nuksan|sat|khatam|maar)\w*",
    # many tablets at once: a count or "at once" and swallowed
    r"(?:ਬਹੁਤ|ਢੇਰ|ਕਈ|ਪੂਰਾ\s+ਪੱਤਾ|ਪੰਦਰਾਂ|ਵੀਹ|ਤੀਹ|[0-9੦-੯]{2})\s+(?:\S+\s+){0,3}(?:ਗੋਲੀਆ|ਦਵਾਈਆ)\S*\s+"
    r"(?:ਇਕੱਠੀਆ\S*|ਇੱਕੋ\s+ਵਾਰ|ਇਕੋ\s+ਵਾਰ|ਇੱਕ\s+ਵਾਰ)\s+(?:ਹੀ\s+)?(?:ਖਾ\s+ਲ|ਨਿਗਲ)|\b(?:bahut|bohat|"
    r"kai)\s+(?:\w+\s+)?goli(?:an|yan|a)\s+(?:ikathian|ikattian|ikko\s+vaar|ik\s+vaar)\s+(?:kha|"
    r"khaa)\s+(?:lai|layi|laiyan|lian)\b",
    # an older parent robbed or neglected by a carer or family; kept without food or medicine
    r"(?:ਮੈਨੂੰ|ਮਾਂ\s+ਨੂੰ|ਮਾਤਾ\s+ਜੀ\s+ਨੂੰ|ਪਿਤਾ\s+ਜੀ\s+ਨੂੰ|ਬਾਪੂ\s+ਜੀ\s+ਨੂੰ|ਬੇਬੇ\s+ਨੂੰ|ਬਾਪੂ\s+ਨੂੰ|"
    r"ਉਹਨਾਂ\s+ਨੂੰ)\s+(?:\S+\s+)?(?:ਖਾਣਾ|ਰੋਟੀ|ਦਵਾਈ)\S*\s+(?:ਵੀ\s+)?ਨਹੀਂ\s+ਦਿੰਦ|ਦਵਾਈ\S*\s+"
    r"(?:ਵੀ\s+)?(?:ਲੁਕਾ|ਖੋਹ|ਰੋਕ)\s+(?:ਦਿੰਦ|ਲੈਂਦ|ਲਈ|ਦਿੱਤੀ|ਰੱਖ)|ਭੁੱਖ[ੀਾੇ]\s+(?:ਹੀ\s+)?(?:ਛੱਡ|ਰੱਖ)",
    r"ਪੈਨਸ਼ਨ\S*\s+(?:\S+\s+)?(?:ਖੋਹ|ਲੈ\s+ਲੈਂਦ|ਰੱਖ\s+ਲੈਂਦ|ਰੱਖ\s+ਲਈ|ਚੋਰੀ|ਹੜੱਪ)|^(?=.*(?:ਦੇਖਭਾਲ\s+"
    r"ਕਰਨ\s+ਵਾਲ|ਕੇਅਰਰ|ਨਰਸ))(?=.*(?:ਨੀਲ|ਮਾਰਦ|ਕੁੱਟਦ|ਭੁੱਖ|ਪੈਨਸ਼ਨ|ਬੰਦ\s+ਕਰ))",
    r"(?:ਮੈਂ|ਮੈਨੂੰ)\s+(?:\S+\s+)?ਕਮਰੇ\s+ਵਿ\S*\s+ਬੰਦ|ਤਾਲਾ\s+(?:ਲਾ|ਲਗਾ)\s+ਕੇ\s+(?:ਰੱਖ|ਬੰਦ)|\b(?:mainu|"
    r"menu|main)\s+(?:\w+\s+)?kamre\s+(?:vich|ch)\s+band\b",
    # a carer's own harm to the person cared for, and the fear of doing something again
    r"ਮੈਂ\s+(?:\S+\s+){0,2}(?:ਪਿਤਾ\s+ਜੀ|ਮਾਤਾ\s+ਜੀ|ਮਾਂ|ਬੇਬੇ|ਬਾਪੂ(?:\s+ਜੀ)?|ਪਿਓ|ਦਾਦੀ|ਦਾਦਾ|ਨਾਨੀ|ਨਾਨਾ|"
    r"ਸੱਸ|ਸਹੁਰੇ|ਮੰਮੀ|ਡੈਡੀ|ਬੱਚੇ|ਬੱਚਿਆਂ)\s+ਨੂੰ\s+(?:\S+\s+)?(?:ਧੱਕਾ\s+(?:ਦੇ\s+ਦਿੱਤਾ|ਮਾਰਿਆ|ਦਿੱਤਾ)|"
    r"ਥੱਪੜ\s+(?:ਮਾਰ|ਜੜ)|ਮਾਰ\s+ਬੈਠ|ਕੁੱਟ\s+(?:ਦਿੱਤਾ|ਬੈਠ))",
    r"ਡਰ\s+(?:ਹੈ|ਲੱਗਦਾ|ਲਗਦਾ)\s+(?:ਹੈ\s+)?(?:ਕਿ\s+)?ਮੈਂ\s+(?:ਫਿਰ|ਮੁੜ|ਦੁਬਾਰਾ|ਕਿਤੇ)\s+(?:ਕੁਝ|ਕੁੱਝ)\s+"
    r"(?:ਕਰ\s+(?:ਬੈਠ|ਦੇਵ|ਦਿਆਂ)|ਗਲਤ\s+ਕਰ)",
    # alone and panicking: no breath, with no one there or the heart racing
    r"^(?=.*ਸਾਹ\s+(?:ਨਹੀਂ\s+(?:ਆ\s+ਰਿਹਾ|ਆ\s+ਰਹੀ|ਲੈ\s+ਹੁੰਦਾ|ਲੈ\s+ਸਕਦ)|ਲੈਣ\s+(?:ਵਿੱਚ|ਚ)\s+ਔਖ))(?=.*(?:ਇਕੱਲ|ਇੱਕਲ|ਕੋਈ\s+(?:ਜਵਾਬ|"
    r"ਨਹੀਂ)|ਦਿਲ\s+(?:ਬਹੁਤ\s+)?(?:ਤੇਜ਼|ਜ਼ੋਰ)|ਘਬਰਾਹਟ))",
    # honour and a refused match; a threat to kill said outright; found by an ex
    r"(?:ਇੱਜ਼ਤ|ਇਜ਼ਤ|ਅਣਖ)\S*\s+(?:\S+\s+){0,5}(?:ਮਾਰ\s+(?:ਦੇਣਗੇ|ਦੇਵੇਗਾ|ਦੇਊ|ਦੇਣ)|ਜਾਨੋਂ)|"
    r"(?:ਜਾਨੋਂ|ਜਾਨ\s+ਤੋਂ)\s+ਮਾਰ|ਮਾਰਨ\s+ਦੀ\s+ਧਮਕੀ|ਰਿਸ਼ਤੇ\s+(?:ਤੋਂ|ਨੂੰ)\s+(?:ਨਾਂਹ|ਇਨਕਾਰ)\s+(?:\S+\s+){0,4}"
    r"ਮਾਰ|\b(?:izzat|izat|ankh)\s+(?:\w+\s+){0,5}(?:maar\s+(?:denge|deuga|dewega|dena)|jaano)\b|"
    r"\bjaano\s+maar\w*",
    r"(?:ਸਾਬਕਾ|ਪਹਿਲਾ|ਪੁਰਾਣਾ|ਪਹਿਲੇ)\s+(?:ਪਤੀ|ਘਰਵਾਲ\S*|ਸਾਥੀ)\s+(?:\S+\s+){0,4}(?:ਲੱਭ\s+ਲਿਆ|ਲੱਭ\s+"
    r"ਲਈ|ਪਤਾ\s+ਲੱਗ\s+ਗਿਆ\s+(?:ਕਿ\s+)?(?:ਮੈਂ|ਮੇਰਾ)|ਘਰ\s+(?:ਦੇ\s+)?ਬਾਹਰ\s+(?:ਖੜ|ਆ))",
    # someone kept locked in a room by family
    r"ਨੂੰ\s+(?:\S+\s+){0,3}ਕਮਰੇ\s+(?:ਵਿ\S*|ਚ)\s+ਬੰਦ\s+(?:ਰੱਖ|ਕਰ\s+(?:ਦਿੰਦ|ਦਿੱਤਾ|ਕੇ\s+ਰੱਖ))",
)

# A threat to kill the writer: "ਮੇਰਾ ਪਤੀ ਅੱਜ ਰਾਤ ਮੈਨੂੰ ਮਾਰ ਦੇਵੇਗਾ", "ਜੇ ਮੈਂ ਗਈ ਤਾਂ ਮੈਨੂੰ ਮਾਰ
# ਦੇਵੇਗਾ", "ਜੇ ਮੈਂ ਗਈ ਤਾਂ ਇਹ ਮੇਰਾ ਆਖਰੀ ਦਿਨ ਹੋਵੇਗਾ", "kehnda mainu maar dauga"; not "ਮੰਮੀ ਮੈਨੂੰ
# ਮਾਰ ਦੇਵੇਗੀ ਜੇ ਲੇਟ ਹੋਈ", "ਇਹ ਗਰਮੀ ਮੈਨੂੰ ਮਾਰ ਦੇਵੇਗੀ", "ਅੱਜ ਦਫ਼ਤਰ ਵਿੱਚ ਮੇਰਾ ਆਖਰੀ ਦਿਨ ਹੋਵੇਗਾ".
_PA_KILLS_ME = (
    r"ਮੈਨੂੰ\s+(?:\S+\s+){0,2}ਮਾਰ\s+(?:ਦੇਵੇਗਾ|ਦੇਊਗਾ|ਦਊਗਾ|ਦੇਊ|ਦੇਣਗੇ|ਸੁੱਟੇਗਾ"
    r"|ਮੁਕਾ\s+ਦੇਵੇਗਾ)"
)
PUNJABI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ਲੇਟ|ਦੇਰ))(?=.*(?:^|\s)(?:ਪਤੀ|ਘਰਵਾਲਾ|ਉਹ|ਕਹਿੰਦਾ|ਕਹਿੰਦੇ|ਕਿਹਾ|ਆਖਦਾ|ਧਮਕੀ|"
    r"ਜੇ\s+(?:\S+\s+){0,4}(?:ਗਈ|ਗਿਆ|ਦੱਸਿਆ|ਦੱਸਾਂ|ਛੱਡ|ਭੱਜ|ਪੁਲਿਸ|ਤਲਾਕ|"
    r"ਨਾਂਹ|ਇਨਕਾਰ|ਨਿਕਲੀ)"
    r"|ਅੱਜ\s+ਰਾਤ)\S*\s+"
    r"(?:\S+\s+){0,6}" + _PA_KILLS_ME + ")",
    r"(?:ਜੇ|ਕਹਿੰਦਾ|ਕਹਿੰਦੇ|ਧਮਕੀ)\s+(?:\S+\s+){0,8}ਮੇਰਾ\s+ਆਖ(?:ਰੀ|ਿਰੀ)\s+ਦਿਨ\s+(?:ਹੋਵੇਗਾ|ਹੋਊ"
    r"|ਹੋਏਗਾ)",
    r"^(?!.*\b(?:late|der)\b)(?=.*\b(?:pati|gharwala|oh|kehnda|kehnde|dhamki|ajj\s+raat|"
    r"je\s+(?:\w+\s+){0,3}?(?:gayi|gai|"
    r"dasya|dassya|chhad|bhajj|police|talaq))\b"
    r"(?:\W+\w+){0,6}?\W+(?:mainu|menu|mennu)\s+(?:\w+\s+){0,2}(?:(?:maar|mar)\s+(?:dega|deuga|"
    r"dauga|dewega|devega|denge)|jaan\s+to[n]?\s+(?:maar|mar))\b)",
)

# Someone's breath not coming now ("ਮਾਂ ਨੂੰ ਸਾਹ ਨਹੀਂ ਆ ਰਿਹਾ", "saah nahi aa reha") with chest
# pain, a fall, a faint or blue lips; not a breath that was short yesterday ("ਆ ਰਿਹਾ ਸੀ", "now
# fine"), nor one lost to the heat, climbing the stairs, running or a blocked nose.
_PA_NO_BREATH = (
    r"ਸਾਹ\s+(?:ਨਹੀਂ\s+(?:ਆ|ਲੈ)\s+(?:ਰਿਹਾ|ਰਹੀ|ਰਹੇ|ਹੋ\s+ਰਿਹਾ)|(?:ਰੁਕ|ਬੰਦ\s+ਹੋ)\s+(?:ਗਿਆ|ਗਏ))"
    r"(?!\s+ਸੀ)|\bsaa?h\s+(?:nahi|ni|nai)\s+(?:aa?|lai|le)\s+(?:reha|riha|rya|rahi|rehi|rhi)\b"
    r"(?!\s+si\b)"
)
_PA_BREATH_ALARM = (
    r"ਛਾਤੀ\s+(?:ਵਿੱਚ|ਵਿਚ|ਚ)\s+(?:\S+\s+)?ਦਰਦ(?!\s+ਸੀ)|ਛਾਤੀ\s+ਫੜ|ਡਿੱਗ\s+(?:ਪਈ|ਪਿਆ|ਪਏ|ਗਈ|ਗਿਆ|ਗਏ)|"
    r"ਬੇਹੋਸ਼|ਬੁੱਲ੍ਹ\S*\s+(?:\S+\s+)?ਨੀਲ|ਜਵਾਬ\s+ਨਹੀਂ\s+ਦੇ|\b(?:chh?aa?ti|chhati)\s+(?:vich|ch)\s+"
    r"(?:\w+\s+)?dard\b(?!\s+si\b)|\bdigg?\s+(?:pai|pya|gai|gya)\b|\bbehosh\b"
)
_PA_NOT_AN_EMERGENCY = (
    r"ਗਰਮੀ|ਪੌੜੀ\S*\s+ਚੜ੍ਹ|ਦੌੜ|ਕਸਰਤ|ਨੱਕ|ਜ਼ੁਕਾਮ|ਹੁਣ\s+ਠੀਕ|\b(?:garmi|pau[dr]ian?\s+chadh?|"
    r"daud|nakk?|zukam|hun\s+theek)\b"
)
PUNJABI_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_PA_NOT_AN_EMERGENCY}))(?=.*(?:{_PA_NO_BREATH}))(?=.*(?:{_PA_BREATH_ALARM}))",
)

# An older relative or neighbour kept locked in a room or left without food by family, in the
# Latin spelling ("ohna nu kamre ch band rakhde ne", "bebe nu roti vi kade kade dinde ne"); not a
# dog shut in at night, nor a meal held back on a doctor's word or for a fast.
_PA_KEPT_LATIN = (
    r"(?:\b(?:ohna|onha|unha|ohnan|onhan|bebe(?:\s+ji)?|bapu(?:\s+ji)?|maa|mata\s+ji|pita\s+ji|"
    r"dadi|dada|nani|nana|bibi(?:\s+ji)?|mummy|papa)\s+(?:nu|noo)|\b(?:ohnu|ohnoo|usnu|mainu|"
    r"sanu|saanu))"
)
_PA_NOT_FED_REASON = r"\b(?:doctor|daktar|vrat|roza|rozay|fast|operation)\b"
PUNJABI_PHRASES += (  # i18n-exempt: input
    rf"{_PA_KEPT_LATIN}\s+(?:\w+\s+){{0,3}}?kamr[ae]\s+(?:ch|vich|wich)\s+band\s+(?:rakhd\w*|"
    r"rakhe\w*|kar\s+(?:dind\w*|ditta|dende|ke\s+rakhd\w*)|kita)\b",
    rf"^(?!.*{_PA_NOT_FED_REASON})(?=.*{_PA_KEPT_LATIN}\s+(?:\w+\s+)?(?:roti|rotti|khana|khaana|"
    r"dawai|dawaai|dwai)\s+(?:vi\s+|bhi\s+)?(?:ni|nahi|nai|kade\s+kade|kadi\s+kadi)\s+"
    r"(?:dind|dend)\w*)",
)

# A home taken over (cuckooing), in the Latin spelling: people have come to stay in someone's
# flat ("kuch munde ohna de flat vich aa ke reh rahe ne") and deal drugs from it, keep them
# frightened or threaten them; not lodgers who pay rent and are good to him.
_PA_HOME_LATIN = r"\b(?:flat|ghar|kamr[ae]|makaa?n)\w*"
_PA_MOVED_IN_LATIN = (
    r"\b(?:aa?\s+ke|aake|aa\s+k)\s+(?:\w+\s+)?(?:reh|rehn|rah)\s+(?:rahe|rhe|reh)\b|"
    r"\b(?:vich|ch)\s+(?:\w+\s+)?(?:reh|rah)\s+(?:rahe|rhe)\s+(?:ne|han)\b|\bkabza\s+kar\w*|"
    r"\bghus\s+(?:aaye|gaye|aye|gye)\b|\bvadd?\s+(?:gaye|aaye|gye)\b"
)
_PA_DEALS_OR_HOLDS_LATIN = (
    r"\b(?:drugs?|nasha|chitta|smack|heroin|dealer\w*)\b|\bdara+\s*(?:ke|k)\s+(?:rakhd|rakhe)\w*|"
    r"\bdhamki\w*|\bdhamka\w*|\bchaa?ku\b|\bchaa?bi\w*\s+(?:\w+\s+)?(?:lai|khoh)\w*"
)
PUNJABI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PA_HOME_LATIN, _PA_MOVED_IN_LATIN, _PA_DEALS_OR_HOLDS_LATIN),
)

# Beaten by a husband or his family, told in the past with "ne" ("sass te pati ne phir maaria",
# "ਪਤੀ ਨੇ ਮੈਨੂੰ ਕੁੱਟਿਆ"); not a call or a shout given ("ਆਵਾਜ਼ ਮਾਰੀ", "awaaz maari"), nor a name
# ("pati ne Maria nu phone kita").
_PA_KIN_LATIN = (
    r"\b(?:pati|ghar\s*wal[ae]|khasam|sass|saas|sauhr[ae]|sohr[ae]|jeth|dewar|diyor|nanaan|"
    r"nanad|pio|peo|bhra|munda|sass\s+sauhre)"
)
_PA_KIN = r"(?:ਪਤੀ|ਘਰਵਾਲ[ਾੇ]|ਖਸਮ|ਸੱਸ|ਸਹੁਰ[ਾੇ]|ਜੇਠ|ਦਿਓਰ|ਨਣਾਨ|ਪਿਓ|ਭਰਾ)"
PUNJABI_PHRASES += (  # i18n-exempt: input
    rf"{_PA_KIN_LATIN}\s+(?:\w+\s+){{0,2}}?ne\s+(?:(?!awaa?[zj]|haak)\w+\s+){{0,2}}?"
    r"(?:maa?r[iy]a|maareya|mareya|kutt?[iy]a|kutt?eya|thappa?d\s+maa?r[iy]a)\b(?!\s+nu\b)",
    rf"{_PA_KIN}\s+(?:\S+\s+){{0,2}}ਨੇ\s+(?:(?!ਆਵਾਜ|ਅਵਾਜ|ਹਾਕ)\S+\s+){{0,2}}(?:ਮਾਰਿਆ|ਕੁੱਟਿਆ|"
    r"ਥੱਪੜ\s+ਮਾਰਿਆ)",
)

# Held by a threat to her staying: "if I go out" (or leave, or tell) she will be sent back to
# India or Pakistan, or her children taken ("je main bahar gayi taan India wapas bhej denge", "je
# kise nu dasya taan wapas bhej dauga"); not a mother sent back after a visit, nor children kept
# by grandparents while she works.
_PA_IF_I_LATIN = (
    r"\bje\s+(?:(?:main|mai|me)\s+|(?:kise|kisi|police|pulis)\s+(?:nu|noo|nuu)\s+(?:kuch\s+)?"
    r"(?:das|dass)\w*\s+)(?:\w+\s+){0,5}?"
)
_PA_SENT_BACK_LATIN = (
    r"(?:wapas|vapas|waapas)\s+(?:\w+\s+)?(?:bhej|bhejh)\s*(?:denge|dinge|dauga|dega|dewange|"
    r"devange|deni|den)\b"
)
_PA_CHILDREN_TAKEN_LATIN = (
    r"\bbach+(?:e|ian|eyan|iyan)\s+(?:\w+\s+)?(?:kho|khoh|chhin|chhed|kadh)\s*(?:lainge|lenge|"
    r"launge|lauga|lega|laina)\b"
)
PUNJABI_PHRASES += (  # i18n-exempt: input
    rf"{_PA_IF_I_LATIN}(?:taan|tan|ta|fer|phir)\s+(?:(?!nu\b|noo\b)\w+\s+){{0,4}}?"
    + _PA_SENT_BACK_LATIN,
    _PA_CHILDREN_TAKEN_LATIN,
    r"ਜੇ\s+(?:ਮੈਂ|(?:ਕਿਸੇ|ਪੁਲਿਸ)\s+ਨੂੰ\s+ਦੱਸ\S*)\s+(?:\S+\s+){0,5}(?:ਤਾਂ|ਫਿਰ)\s+"
    r"(?:\S+\s+){0,4}ਵਾਪਸ\s+(?:\S+\s+)?ਭੇਜ\s+"
    r"(?:ਦੇਣਗੇ|ਦੇਵੇਗਾ|ਦਊਗਾ)|ਬੱਚ\S*\s+(?:\S+\s+)?(?:ਖੋਹ|ਖੋ)\s+(?:ਲੈਣਗੇ|ਲਵੇਗਾ|ਲਊਗਾ)",
)

# A caller posing as the police or the bank who is sending someone to collect cards or money
# ("ਪੁਲਿਸ ਵਾਲਾ ਬਣ ਕੇ... ਕੋਈ ਬੰਦਾ ਘਰੋਂ ਲੈਣ ਆ ਰਿਹਾ ਹੈ"); not such a call put down and reported.
PUNJABI_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"(?:ਪੁਲਿਸ|ਪੁਲੀਸ|ਬੈਂਕ)\s+(?:ਵਾਲਾ|ਵਾਲੇ|ਅਫ਼ਸਰ)\s+ਬਣ\s+ਕੇ",
        r"ਲੈਣ\s+(?:ਆ|ਆਉਣ)",
    ),
)

# Someone whose sugar has dropped very low who is not speaking, not waking, shaking or sweating
# ("ਮੇਰੇ ਪਿਤਾ ਜੀ ਦੀ ਸ਼ੂਗਰ ਬਹੁਤ ਘੱਟ ਗਈ ਹੈ, ਉਹ ਬੋਲ ਨਹੀਂ ਰਹੇ"), in Gurmukhi or the Latin spelling;
# not sugar told as controlled, nor sugar left out of the tea.
_PA_SUGAR_LOW = (
    r"(?:ਸ਼ੂਗਰ|ਸ਼ੱਕਰ|ਬਲੱਡ\s+ਸ਼ੂਗਰ)\s+(?:\S+\s+){0,2}(?:ਘੱਟ|ਡਿੱਗ|ਲੋਅ|ਲੋ)|\bsugar\s+(?:\w+\s+){0,2}"
    r"(?:ghat|ghatt|gir|dig|digg|low)\w*"
)
_PA_NOT_RIGHT = (
    r"(?:ਬੋਲ|ਉੱਠ|ਜਾਗ)\s+(?:ਨਹੀਂ|ਨੀ|ਨਈਂ)\s+(?:ਰਹੇ|ਰਿਹਾ|ਰਹੀ|ਸਕਦੇ|ਸਕਦਾ|ਸਕਦੀ|ਪਾ)|"
    r"(?:ਨਹੀਂ|ਨੀ)\s+(?:ਬੋਲ|ਉੱਠ|ਜਾਗ)(?:ਦੇ|ਦਾ|ਦੀ)|ਬੇਹੋਸ਼|ਹੋਸ਼\s+(?:ਨਹੀਂ|ਨੀ|ਗੁਆ)|ਕੰਬ\S*|"
    r"ਪਸੀਨ\S*|ਜਵਾਬ\s+(?:ਨਹੀਂ|ਨੀ)|"
    r"\b(?:bol|uth|jaag|jag)\s+(?:nahi|nahin|ni|nai)\s+(?:rahe|reha|rahi|rhe|sakde|sakda)|"
    r"\bbehosh\w*|\bhosh\s+(?:nahi|ni)"
)
PUNJABI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ਕੰਟਰੋਲ|control))" + every_one_of(_PA_SUGAR_LOW, _PA_NOT_RIGHT),
)

# Locked in a room by family, told by the one locked in ("ਨੂੰਹ ਨੇ ਮੈਨੂੰ ਤਿੰਨ ਦਿਨਾਂ ਤੋਂ ਕਮਰੇ
# ਵਿੱਚ ਬੰਦ ਕੀਤਾ ਹੋਇਆ ਹੈ"); not a door shut or a room locked with no one done to.
PUNJABI_PHRASES += (  # i18n-exempt: input
    r"(?:ਮੈਨੂੰ|ਸਾਨੂੰ)\s+(?:\S+\s+){0,6}?(?:ਕਮਰੇ|ਕੋਠੜੀ|ਕੋਠੇ|ਰੂਮ)\S*\s+(?:(?:ਵਿੱਚ|ਵਿਚ|ਚ|ਅੰਦਰ)\s+)?"
    r"ਬੰਦ\s+(?:ਕੀਤਾ|ਕੀਤੀ|ਕਰ\s*ਦਿੱਤ|ਕਰ\s*ਕੇ\s+ਰੱਖ|ਰੱਖਿਆ|ਰੱਖਦ)",
)

# A threat to set the house on fire, with a sign it is now: said by a relative, children asleep
# inside, drunk ("mera jija sharab pee ke keh reha ghar nu agg la du"), in the Latin spelling or
# in Gurmukhi; not the question alone.
_PA_FIRE_THREAT_LATIN = (
    r"\b(?:ghar|kamre|makan)\s+(?:nu|noo|nuu|ch|vich)\s+(?:\w+\s+)?(?:agg|ag|aag)\s+(?:la|laa|"
    r"lga|laga)\s*(?:du|doo|dun|dunga|duga|deuga|dauga|dange|denge|dena|deyanga|devanga)\b"
)
_PA_FIRE_NOW_LATIN = (
    r"\b(?:mera|meri|mere|sada|sadi|sade)\s+(?:\w+\s+)?(?:jija|jeeja|pati|gharwala|ghar\s+wala|"
    r"bhra|pio|peo|papa|dad|puttar|putt|munda|sohra|sauhra|gwandi|guandi|bapu|ex)\b|"
    r"\bbach+(?:e|ian|eyan)\s+(?:\w+\s+)?(?:andar|ander)\b|\bsharab\s+pee|\bpetrol\b"
)
_PA_FIRE_THREAT = (
    r"(?:ਘਰ|ਕਮਰੇ|ਮਕਾਨ)\s+(?:ਨੂੰ|ਚ|ਵਿੱਚ)\s+(?:\S+\s+)?ਅੱਗ\s+(?:ਲਾ|ਲਗਾ)\s*(?:ਦੂੰ|ਦੂੰਗਾ|ਦਊਂ|ਦਊਂਗਾ|"
    r"ਦੇਵਾਂਗਾ|ਦਿਆਂਗਾ|ਦੇਣਗੇ|ਦੇਵੇਗਾ|ਦਊਗਾ)"
)
_PA_FIRE_NOW = (
    r"(?:ਮੇਰਾ|ਮੇਰੀ|ਮੇਰੇ|ਸਾਡਾ)\s+(?:\S+\s+)?(?:ਜੀਜਾ|ਪਤੀ|ਘਰਵਾਲਾ|ਭਰਾ|ਪਿਓ|ਪਿਤਾ|ਪੁੱਤ|ਪੁੱਤਰ|ਸਹੁਰਾ|"
    r"ਗੁਆਂਢੀ)|"
    r"ਬੱਚ\S*\s+(?:\S+\s+)?ਅੰਦਰ|ਸ਼ਰਾਬ\s+ਪੀ|ਪੈਟਰੋਲ"
)
PUNJABI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PA_FIRE_THREAT_LATIN, _PA_FIRE_NOW_LATIN),
    "^" + every_one_of(_PA_FIRE_THREAT, _PA_FIRE_NOW),
)

# Someone drinking again or drunk with children in their care today, passed out or not picking
# up ("ਸ਼ਰਾਬ ਪੀਣੀ ਸ਼ੁਰੂ ਕਰ ਦਿੱਤੀ, ਬੱਚੇ ਉਹਨਾਂ ਕੋਲ ਹਨ, ਬੇਹੋਸ਼"); not drink given up, nor
# children with a parent who is well, nor a time years ago with him well now.
_PA_DRINKING = (
    r"(?:ਸ਼ਰਾਬ|ਦਾਰੂ)\s+(?:\S+\s+)?(?:ਪੀ|ਪੀਣੀ|ਪੀਂਦ|ਪੀਤੀ)(?!\S*\s+(?:\S+\s+)?(?:ਛੱਡ|ਬੰਦ))|"
    r"ਸ਼ਰਾਬੀ|ਨਸ਼ੇ\s+ਵਿੱਚ|\b(?:sharab|daru|daaru)\s+(?:\w+\s+)?(?:pee|pi|peeni|peendi)\w*\b"
    r"(?!\s+(?:\w+\s+)?(?:chhad|band))"
)
_PA_CHILDREN = r"ਬੱਚੇ|ਬੱਚਾ|ਬੱਚੀ|ਬੱਚਿਆਂ|ਨਿਆਣੇ|\b(?:bache|bachche|bacha|nyane|niane)\b"
_PA_OUT_OR_UNANSWERED = (
    r"ਬੇਹੋਸ਼|ਹੋਸ਼\s+ਨਹੀਂ|ਉੱਠ\s+ਨਹੀਂ|ਫ਼ੋਨ\s+ਨਹੀਂ\s+ਚੁੱਕ|ਜਵਾਬ\s+ਨਹੀਂ|\b(?:behosh|"
    r"phone\s+nahi\s+chuk)\w*"
)
PUNJABI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ਪਿਛਲੇ\s+ਸਾਲ|ਸਾਲ\s+ਪਹਿਲਾਂ|ਹੁਣ\s+ਠੀਕ))"
    + every_one_of(_PA_DRINKING, _PA_CHILDREN, _PA_OUT_OR_UNANSWERED),
)

# A baby days or weeks old with two signs of a newborn in danger now: cold to the touch, not
# feeding, the breath slow or hard, gone blue or limp, not waking ("ਬੱਚਾ ਇੱਕ ਹਫ਼ਤੇ ਦਾ ਹੈ, ਬਹੁਤ
# ਠੰਡਾ ਹੈ ਤੇ ਦੁੱਧ ਨਹੀਂ ਪੀਂਦਾ, ਸਾਹ ਹੌਲੀ ਹੈ"); not a baby who won't take cold milk, nor one fussy
# over teething.
_PA_NEWBORN = (
    r"(?:ਬੱਚਾ|ਬੱਚੀ|ਬੱਚੇ|ਨਿਆਣਾ|ਨਿਆਣੀ|ਕਾਕਾ|ਕਾਕੀ|ਬੇਬੀ)\S*\s+(?:\S+\s+){0,4}(?:ਦਿਨ|ਦਿਨਾਂ|ਹਫ਼ਤੇ|"
    r"ਹਫ਼ਤਿਆਂ|ਹਫ਼ਤਾ)|(?:ਨਵਜੰਮ|ਨਵਾਂ\s+ਜੰਮ|ਜਨਮ\s+ਤੋਂ)"
)
_PA_BABY_COLD = r"ਠੰਡਾ(?!\s+(?:ਦੁੱਧ|ਪਾਣੀ))|ਠੰਢਾ(?!\s+(?:ਦੁੱਧ|ਪਾਣੀ))|ਠੰਡੀ(?!\s+(?:ਹਵਾ|ਦੁੱਧ))"
_PA_NOT_FEEDING = r"ਦੁੱਧ\s+(?:\S+\s+)?(?:ਨਹੀਂ|ਨੀ|ਨਈਂ)\s+(?:ਪੀ|ਚੁੰਘ)"
_PA_BREATH_WRONG = (
    r"ਸਾਹ\s+(?:\S+\s+)?(?:ਹੌਲੀ|ਔਖਾ|ਔਖੇ|ਰੁਕ|ਨਹੀਂ\s+(?:ਆ|ਲੈ))|ਨੀਲਾ|ਨੀਲੀ|ਢਿੱਲਾ|ਢਿੱਲੀ|"
    r"(?:ਉੱਠ|ਜਾਗ)\S*\s+(?:ਨਹੀਂ|ਨੀ)|ਬੇਹੋਸ਼"
)
PUNJABI_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:ਦੰਦ\s+ਨਿਕਲ))(?=.*(?:{_PA_NEWBORN}))"
    + any_two_of(_PA_BABY_COLD, _PA_NOT_FEEDING, _PA_BREATH_WRONG),
)

# A small child lost in a street or market.
PUNJABI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ਫ਼ੋਨ|ਫੋਨ|ਚਾਬੀ|ਬਟੂਆ))"
    + every_one_of(
        r"(?:ਗੁੰਮ\s+ਹੋ\s+ਗ|ਗੁਆਚ\s+ਗ|ਲੱਭ\s+ਨਹੀਂ|ਨਹੀਂ\s+ਲੱਭ)",
        r"(?:ਸਾਲ\s+ਦ[ਾੀ]|ਛੋਟ[ਾੀ]|ਸੜਕ|ਮਾਰਕੀਟ|ਬਜ਼ਾਰ|ਬਾਜ਼ਾਰ|ਪਾਰਕ|ਭੀੜ)",
    ),
)

# Sex forced or demanded under a threat (photos sent, "if I don't sleep with him"), with a sign
# it is now or just happened ("ਅੱਜ ਸ਼ਾਮ ਨੂੰ ਆਉਣ ਲਈ ਕਿਹਾ"); not a mother who sleeps beside her
# baby, nor photos sent to family.
_PA_SEX_DEMANDED = (
    r"ਨਾਲ\s+(?:ਨਾ\s+)?(?:ਸੁੱਤੀ|ਸੁੱਤਾ|ਸੌਂ|ਸੌਣ|ਸੌਵਾਂ|ਸੋਈ|ਸੌਂਵਾਂ)|ਬਲਾਤਕਾਰ|ਜ਼ਬਰਦਸਤੀ\s+(?:\S+\s+){0,3}"
    r"(?:ਕੀਤਾ|ਕੀਤੀ|ਛੂਹ|ਸਰੀਰ)|ਗਲਤ\s+ਕੰਮ\s+(?:ਕੀਤਾ|ਕਰਨ)|ਸਰੀਰਕ\s+ਸਬੰਧ"
)
_PA_UNDER_THREAT = (
    r"ਜੇ\s+(?:\S+\s+){0,4}ਨਾ\s|(?:ਫੋਟੋ|ਫ਼ੋਟੋ|ਤਸਵੀਰ|ਵੀਡੀਓ)\S*\s+(?:\S+\s+){0,4}(?:ਭੇਜ\s+ਦੇਵੇਗਾ|"
    r"ਭੇਜ\s+ਦੂੰਗਾ|ਵਾਇਰਲ|ਦਿਖਾ\s+ਦੇਵੇਗਾ)|ਧਮਕੀ|ਮਜਬੂਰ|ਜ਼ਬਰਦਸਤੀ|ਬਲਾਤਕਾਰ"
)
_PA_TONIGHT_OR_JUST = r"ਅੱਜ|ਹੁਣ|ਕੱਲ੍ਹ\s+ਰਾਤ|ਕੱਲ\s+ਰਾਤ|ਰਾਤੀਂ|ਆਉਣ\s+ਲਈ\s+ਕਿਹਾ|ਫਿਰ\s+ਆ"
PUNJABI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ਬੱਚ\S*|ਨਿਆਣ\S*)\s+ਨਾਲ\s+ਸੌ)"
    + every_one_of(_PA_SEX_DEMANDED, _PA_UNDER_THREAT, _PA_TONIGHT_OR_JUST),
)

# A hate attack on a gurdwara, mandir, mosque, home, hotel or shop, made or threatened now (fire
# set, stones thrown, men or a crowd gathering, "ਅੱਜ ਰਾਤ ਅੱਗ ਲਾ ਦਿਆਂਗੇ") with people inside or
# tonight; not a langar's fire lit, nor a gathering for a festival.
_PA_PLACE = r"ਗੁਰਦੁਆਰ|ਮੰਦਰ|ਮੰਦਿਰ|ਮਸਜਿਦ|ਦੁਕਾਨ|ਘਰ|ਬੂਹ|ਦਰਵਾਜ਼|ਹੋਟਲ|ਫਲੈਟ|ਖਿੜਕੀ"
_PA_ATTACK = (
    r"ਅੱਗ\s+(?:ਲਾ|ਲਗਾ)\s*(?:ਦਿਆਂਗੇ|ਦੇਵਾਂਗੇ|ਦੇਣਗੇ|ਦੂੰ|ਦਿੱਤੀ|ਰਹੇ)|ਪੱਥਰ\s+(?:\S+\s+)?(?:ਸੁੱਟ|ਮਾਰ)|"
    r"ਹਮਲਾ\s+(?:\S+\s+)?(?:ਕਰ|ਕੀਤਾ)|ਭੰਨ\s*ਤੋੜ|ਸ਼ੀਸ਼ੇ\s+(?:\S+\s+)?ਤੋੜ"
)
_PA_PEOPLE_IN_DANGER = r"ਅੰਦਰ|ਅੱਜ\s+ਰਾਤ|ਹੁਣ|ਇਕੱਠ\S*\s+ਹੋ|ਭੀੜ|ਵਾਪਸ\s+ਆ|ਫਿਰ\s+ਆ|ਇਕੱਲ|ਬੱਚੇ|ਬਜ਼ੁਰਗ"
PUNJABI_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ਲੰਗਰ|ਦੀਵਾਲੀ|ਲੋਹੜੀ|ਗੁਰਪੁਰਬ|ਦਿਲ\s+ਦਾ))"
    + every_one_of(_PA_PLACE, _PA_ATTACK, _PA_PEOPLE_IN_DANGER),
)

# A girl under 18 whose own marriage the family will make, or who is taken to India or Pakistan
# for it ("ਮੈਂ 16 ਸਾਲ ਦੀ ਹਾਂ ... ਇੰਡੀਆ ਲੈ ਕੇ ਮੇਰਾ ਵਿਆਹ ਕਰ ਦੇਣਗੇ"); not a wedding she is glad of at
# 24, nor a sister's wedding she is taken to.
_PA_I_AM_UNDER_18 = r"ਮੈਂ\s+(?:1[0-7]|੧[੦-੭])\s+(?:ਸਾਲ|ਵਰ੍ਹਿਆਂ)\s+(?:ਦੀ|ਦਾ)"
_PA_MY_MARRIAGE_MADE = (
    r"ਮੇਰਾ\s+ਵਿਆਹ\s+(?:\S+\s+)?(?:ਕਰ|ਕਰਵਾ|ਕਰਾ)\s+(?:ਦੇਣਗੇ|ਦੇਣਾ|ਦਊ|ਦੇਵੇਗਾ|ਰਹੇ|ਦਿੱਤਾ)|"
    r"(?:ਇੰਡੀਆ|ਭਾਰਤ|ਪਾਕਿਸਤਾਨ|ਪਿੰਡ)\s+(?:\S+\s+){0,3}ਮੇਰਾ\s+ਵਿਆਹ"
)
PUNJABI_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PA_I_AM_UNDER_18, _PA_MY_MARRIAGE_MADE),
)

# The writer's own plan to die said plainly: death decided on ("ਮੈਂ ਮਰਨ ਦਾ ਫੈਸਲਾ ਕਰ ਲਿਆ ਹੈ",
# "marn da faisla kar lya"), a life given or ended, a shot or a noose to oneself ("ਆਪਣੀ ਜਾਨ ਦੇ
# ਦਿਆਂਗਾ", "ਆਪਣੀ ਜ਼ਿੰਦਗੀ ਖ਼ਤਮ ਕਰ ਦਿਆਂਗਾ"), a jump from a bridge or a roof (not into the canal
# alone: a swim), in front of a train or onto the tracks, not alive after a day; not a decision
# to come, one's all given in a match, a photo from the bridge, the train to Birmingham, work
# finished.
_PA_I_WILL = r"(?:ਦਿਆਂ|ਦੇਵਾਂ|ਲਵਾਂ|ਜਾਵਾਂ|ਦਊਂ|ਲਊਂ)"
_PA_NOT_A_JOKE = r"^(?!.*(?:😂|🤣|ਮੈਚ|ਮਜ਼ਾਕ|ਹਾਰ|\b(?:match|lol|jk|haar\w*|mazaa?k)\b)).*"
_PA_I_WILL_LATIN = r"(?:dawanga|davanga|dauga|deyanga|diyanga|dawangi|davangi|lavanga|lavangi)\b"
PUNJABI_PHRASES += (  # i18n-exempt: input
    r"ਮਰਨ\s+ਦਾ\s+(?:ਪੱਕਾ\s+)?(?:ਫੈਸਲਾ|ਇਰਾਦਾ)\s+(?:ਕਰ\s+(?:ਲਿਆ|ਲਈ|ਚੁੱਕਾ|ਚੁੱਕੀ)|ਲੈ\s+ਲਿਆ)|\bmar(?:n|an|na)\s+"
    r"da\s+(?:pakka\s+)?(?:faisla|fesla|faisala|irada)\s+(?:kar|kr)\s+(?:lya|leya|liya|lia|layi|"
    r"lai)\b",
    r"ਆਪਣੀ\s+(?:ਜਾਨ\s+(?:ਦੇ|ਲੈ)|ਜ਼ਿੰਦਗੀ\s+ਖ਼ਤਮ\s+ਕਰ)\s+" + _PA_I_WILL + r"|(?:ਆਪਣੇ\s+ਆਪ|ਖ਼ੁਦ)\s+ਨੂੰ\s+"
    r"(?:ਗੋਲੀ\s+ਮਾਰ|ਫਾਹਾ\s+ਲਾ)\s+" + _PA_I_WILL + r"|ਫਾਹਾ\s+(?:ਲੈ|ਲਾ)\s+(?:ਲਵਾਂ|ਲਊਂ)",
    _PA_NOT_A_JOKE + r"(?:ਪੁਲ|ਛੱਤ|ਬਿਲਡਿੰਗ)\s+ਤੋਂ\s+(?:\S+\s+){0,2}ਛਾਲ\s+ਮਾਰ\s+" + _PA_I_WILL,
    r"(?:ਟ੍ਰੇਨ|ਟਰੇਨ|ਰੇਲ|ਗੱਡੀ)\S*\s+(?:ਦੇ\s+)?(?:ਅੱਗੇ|ਥੱਲੇ|ਹੇਠਾਂ|ਸਾਹਮਣੇ)\s+(?:ਛਾਲ\s+ਮਾਰ\s+"
    r"(?:ਦਿਆਂ|ਦੇਵਾਂ)|(?:ਲੇਟ|ਆ)\s+ਜਾਵਾਂ)|ਪਟੜੀ\S*\s+(?:ਤੇ|ਉੱਤੇ)\s+ਲੇਟ\s+ਜਾਵਾਂ",
    _PA_NOT_A_JOKE
    + r"\b(?:pul|bridge|chatt|chhat)\s+(?:to|ton|tu)\s+(?:\w+\s+){0,2}(?:chh?aa?l|shaal)\s+maar\s+"
    + _PA_I_WILL_LATIN,
    r"ਜ਼ਿੰਦਾ\s+ਨਹੀਂ\s+(?:ਰਹਾਂਗ|ਬਚਾਂਗ)|ਇਸ\s+ਦੁਨੀਆ\s+(?:ਵਿੱਚ|ਚ)\s+ਨਹੀਂ\s+(?:ਰਹਾਂਗ|ਹੋਵਾਂਗ)",
)

# A means made ready (a rope tied, ready or bought, a gun got) beside a time, a goodbye or not
# coming ("ਮੈਂ ਸ਼ਨੀਵਾਰ ਨਹੀਂ ਆਵਾਂਗਾ ... ਗੈਰੇਜ ਵਿੱਚ ਰੱਸੀ ਤਿਆਰ ਹੈ"); tablets gathered beside a goodbye,
# or a time with sleeping tablets or all of them to be taken; not tablets gathered for a trip, a
# rope for the washing or a swing.
_PA_PILLS_SAVED = r"(?:ਗੋਲੀਆ|ਦਵਾਈਆ)\S*\s+(?:\S+\s+){0,2}(?:ਇਕੱਠ|ਜਮ੍ਹਾ|ਜਮਾ)\S*\s+(?:ਕਰ\s+)?(?:ਲ|ਰੱਖ)"
_PA_SLEEPING_OR_ALL = r"ਨੀਂਦ|(?:ਸਾਰੀਆਂ|ਸਭ)\s+(?:\S+\s+)?(?:ਖਾ|ਨਿਗਲ)\s+(?:ਲਵਾਂ|ਜਾਵਾਂ)"
_PA_MEANS_READY = (
    r"ਰੱਸੀ\s+(?:\S+\s+){0,3}(?:ਬੰਨ੍ਹ|ਬੰਨ|ਤਿਆਰ|ਖਰੀਦ|ਲਟਕਾ)|(?:ਪਿਸਤੌਲ|ਬੰਦੂਕ|ਰਿਵਾਲਵਰ)\s+"
    r"(?:\S+\s+){0,2}(?:ਖਰੀਦ|ਲੈ\s+ਲਈ|ਮਿਲ\s+ਗਈ|ਤਿਆਰ|ਲੋਡ)"
)
_PA_TIME = (
    r"ਅੱਜ\s+ਰਾਤ|ਅੱਜ|ਕੱਲ੍ਹ|ਕੱਲ|ਪਰਸੋਂ|ਇਸ\s+ਹਫ਼ਤੇ|ਐਤਵਾਰ|ਸੋਮਵਾਰ|ਮੰਗਲਵਾਰ|ਬੁੱਧਵਾਰ|ਵੀਰਵਾਰ|ਸ਼ੁੱਕਰਵਾਰ|"
    r"ਸ਼ਨੀਵਾਰ"
)
_PA_GOODBYE = (
    r"ਆਖਰੀ\s+(?:ਵਾਰ|ਵਾਰੀ|ਸੁਨੇਹਾ)|ਅਲਵਿਦਾ|ਮਾਫ਼\s+ਕਰ\s+(?:ਦੇਣਾ|ਦਿਓ)|ਸਭ\s+ਖ਼ਤਮ|"
    r"ਨਹੀਂ\s+ਰਹਾਂਗ|ਵਸੀਅਤ"
)
_PA_NOT_A_PLAN = (
    r"^(?!.*(?:ਕੱਪੜ|ਸੁਕਾ|ਸਫ਼ਰ|ਛੁੱਟੀ|ਫਲਾਈਟ|ਟਿਕਟ|ਡਾਕਟਰ|ਕੈਮਿਸਟ|ਕੈਂਪ|ਤੰਬੂ|ਪੀਂਘ|ਝੂਲਾ|ਪਿਕਨਿਕ|ਮੈਚ|ਖੇਡ|ਕਬੱਡੀ|ਰੱਸਾਕਸ਼ੀ))"
)
PUNJABI_PHRASES += (  # i18n-exempt: input
    _PA_NOT_A_PLAN + every_one_of(_PA_MEANS_READY, _PA_TIME + "|" + _PA_GOODBYE + r"|ਨਹੀਂ\s+ਆਵਾਂਗ"),
    _PA_NOT_A_PLAN
    + every_one_of(_PA_PILLS_SAVED)
    + "(?:"
    + every_one_of(_PA_GOODBYE)
    + "|"
    + every_one_of(_PA_TIME, _PA_SLEEPING_OR_ALL)
    + ")",
)

# A stroke's signs now: the face gone crooked or drooping ("ਮੂੰਹ ਟੇਢਾ ਹੋ ਗਿਆ", "muh tedha ho
# gaya") beside speech lost ("ਬੋਲ ਨਹੀਂ ਸਕਦੇ"); not a face pulled in fun ("ਮੂੰਹ ਟੇਢਾ ਕਰਕੇ")
# by someone laughing too hard to speak.
_PA_FACE_GONE_CROOKED = (
    r"(?:ਮੂੰਹ|ਚਿਹਰਾ|ਬੁੱਲ੍ਹ)\S*\s+(?:\S+\s+){0,2}(?:ਟੇਢਾ|ਟੇਡਾ|ਵਿੰਗਾ|ਡਿੱਗ|ਲਟਕ)\S*\s+"
    r"(?:ਹੋ\s+ਗਿਆ|ਗਿਆ)|"
    r"\b(?:muh|munh|mooh|chehra)\s+(?:\w+\s+)?(?:tedha|teda|vinga|winga)\s+ho\s+(?:gaya|gia)\b"
)
_PA_CANT_SPEAK = (
    r"ਬੋਲ\s+ਨਹੀਂ\s+(?:ਸਕ|ਰਹ|ਪਾ)|ਬੋਲ(?:ਦੇ|ਦਾ|ਦੀ)\s+ਨਹੀਂ|"
    r"\bbol\s+(?:nahi|nahin|ni)\s+(?:sak|reh|rah)\w*|\bbold[eai]\s+(?:nahi|nahin|ni)\b"
)
PUNJABI_PHRASES += (  # i18n-exempt: input
    "^(?!.*(?:ਹੱਸ|ਮਜ਼ਾਕ|ਨਕਲ))" + every_one_of(_PA_FACE_GONE_CROOKED, _PA_CANT_SPEAK),
)
