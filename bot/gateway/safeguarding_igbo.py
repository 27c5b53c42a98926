"""The Igbo safeguarding phrase net (read by safeguarding_languages), for members from Nigeria.
Igbo is written in Latin letters with dots below (ị, ọ, ụ) and a dot above (ṅ), often typed
without them; text has been through safeguarding_languages.fold, which drops them ("ụlọ" reads
as "ulo"), so the patterns are written in plain letters. The verb's present is "na-" before it
("na-eti", is beating), typed with or without its hyphen.

Igbo puts the one who acts before the verb and the one done to after it ("di m na-eti m ihe",
my husband beats me; "ọ ga-egbu m", he will kill me), while "I" comes after the verb with "a-"
or "e-" before it ("achọrọ m", I want; "akpọchiri m ụzọ", I locked the door). Beating is "iti
ihe" with the one beaten between ("na-eti nne m ihe", is beating my mother), so "iti egwu"
(dancing), "iti mkpu" (shouting) and "iti aka" (clapping, knocking) are left alone.

It reads the main kinds: wanting to die or not to live any more ("achọrọ m ịnwụ", "achọghị m
ịdị ndụ ọzọ"), killing oneself ("aga m egbu onwe m"; someone who says "ọ ga-egbu onwe ya"),
cutting or harming oneself, all the tablets swallowed, someone beaten now or often, a threat
to kill the writer or her family, locked in or held by force, afraid to go home, in danger,
followed by a man or a stranger, a child not fed or alone for days, someone not breathing,
someone who will not wake beside a fall, tablets, drink or a call for help, nowhere to sleep.

Left alone: hunger, sleep or laughter that "kills" ("agụụ na-egbu m"), time wasted ("ọ ga-egbu
m oge"), a mother's "she'll kill me" for lateness, not wanting to live in a place ("ibi"), an
injury at football, the morning's medicine taken as the doctor said, a friend who goes to church
with the writer or follows her on Instagram, a door locked by the writer, a film, a son who will
not wake early for school, the heat that makes breathing hard, a breakfast skipped.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# Someone close or someone who acts: a pronoun ("ọ", "ha") or a person named.
_IG_SOMEONE = (
    r"(?:\b(?:o|ha|e)|\b(?:di|nwunye|nna|nne|nwanne|nwa|umu|enyi|nwoke|onye\s+nwe\s+ulo|"
    r"landlord)(?:\s+(?:m|ya|anyi|ha|nwoke|nwanyi|ahu|a))?)"
)
# One who threatens: a pronoun or a partner, a man or a landlord; a mother's or father's "will
# kill me" is most often a telling-off.
_IG_THREATENS = (
    r"(?:\b(?:o|ha|e)|\b(?:di|nwunye|enyi|nwoke|onye\s+nwe\s+ulo|landlord)(?:\s+(?:m|ya|anyi|"
    r"ha|nwoke|nwanyi|ahu|a))?)"
)
# The one done to: me, us, him or her, or someone of the family ("nne m", "nwa m", "ụmụaka").
_IG_DONE_TO = (
    r"(?:m|anyi|ya|ha|(?:nne|nna|nwa|umu|nwanne|nwunye|nwanna|nne\s+ochie|nna\s+ochie|nwatakiri|"
    r"umuaka|nwa\s+nwanyi|nwa\s+nwoke)(?:\s+(?:m|anyi|ya|ha|nwoke|nwanyi|ahu))?)"
)
# A child.
_IG_CHILD = r"\b(?:nwa|umu|umuaka|nwatakiri|umuntakiri|nwa\s+ohuru)\b"
# Days or since a time ("kemgbe ụnyaahụ", since yesterday; "ụbọchị atọ", three days).
_IG_DAYS = (
    r"\bkemgbe\b|\bubochi\s+(?:abuo|ato|ano|ise|niile|ole\s+na\s+ole)\b|\b(?:\d+|abuo|ato)\s+"
    r"ubochi\b"
)

IGBO_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, not wanting to be alive any more ("ịdị ndụ"; not "ibi", to live in a
    # place), better dead
    r"\ba?cho(?:ro)?\s+m\s+(?:inwu|ka\s+m\s+nwuo)\b|\bachoghi\s+m\s+(?:idi|ino)\s+ndu\b|"
    r"\bo\s+ka\s+mma\s+ka\s+m\s+nwuo\b|\bo\s+(?:na-?\s*)?cho(?:ro)?\s+inwu\b",
    # killing myself; someone who says he will kill himself (not working himself to death)
    r"\b(?:aga\s+m|a?cho(?:ro)?\s+m)\s+(?:egbu|igbu)\s+onwe\s+m\b|"
    r"\bo\s+(?:ga-?\s*egbu|cho(?:ro)?\s+igbu)\s+onwe\s+ya\b(?!\s+(?:n'?\s*)?oru)",
    # cutting or harming myself ("ana m ebepụ onwe m", "m na-emerụ onwe m ahụ"); not an injury
    # told as past at football ("emerụrụ m onwe m")
    r"\b(?:ana\s+m|m\s+na-?\s*|aga\s+m)\s*(?:ebe|ebepu|emeru|egbutu)\s+onwe\s+m\b",
    # all the tablets swallowed ("aṅụọla m ọgwụ niile", "elola m mkpụrụ ọgwụ niile"); not the
    # morning's taken as the doctor said, nor every day
    r"^(?!.*\b(?:dokita|dokinta|doctor|ututu|kwa\s+ubochi|dika\s+e\s+si)\b)(?=.*\b(?:a?nuo?la|"
    r"elola|a?nuru|eloro|m\s+nuru|m\s+loro)\s+(?:m\s+)?(?:mkpuru\s+)?ogwu\s+(?:m\s+|ahu\s+)?"
    r"(?:niile|nile|dum)\b)",
    # beaten ("na-eti nne m ihe", "tiri m ihe"), with the one beaten between; not dancing,
    # shouting or clapping ("iti egwu", "iti mkpu", "iti aka"), nor something funny
    rf"\b(?:na-?\s*|a?na\s+)?(?:eti|tiri|tie|etiri)\s+{_IG_DONE_TO}\s+ihe\b(?!\s+(?:ochi|uto)\b)",
    # a threat to kill ("ọ sị na ọ ga-egbu m", "ha ga-egbu anyị"); not hunger or sleep, time
    # wasted ("egbu m oge"), pain ("mgbu"), nor a telling-off for lateness
    r"^(?!.*\b(?:agu+|ura|ochi|n'?\s*azu\s+oge|lati|late)\b)"
    rf"(?=.*{_IG_THREATENS}\s+ga-?\s*egbu\s+{_IG_DONE_TO}\b(?!\s+(?:oge|mgbu)\b))",
    # threatened ("ọ na-eyi m egwu")
    rf"{_IG_SOMEONE}\s+(?:na-?\s*|a?na\s+)?(?:eyi|yiri)\s+{_IG_DONE_TO}\s+egwu\b",
    # locked in by someone ("ha kpọchiri m n'ime ụlọ"); not a door the writer locked
    rf"{_IG_SOMEONE}\s+(?:na-?\s*akpochi|kpochiri|kpochie)\s+{_IG_DONE_TO}\s+(?:n'?\s*(?:ime\s+)?"
    r"(?:ulo|onu\s+ulo)|na\s+(?:ime\s+)?ulo)\b",
    # held by force, not let out ("ha jidere m n'ike", "ha anaghị ekwe ka m pụọ")
    rf"{_IG_SOMEONE}\s+jide(?:re|ere)?\s+{_IG_DONE_TO}\s+n'?\s*ike\b|"
    r"\b(?:ha|o|di\s+m)\s+(?:a?naghi|ekweghi)\s+(?:ekwe\s+)?ka\s+m\s+puo?\b",
    # afraid to go home ("ana m atụ egwu ịla n'ụlọ"); in danger ("anọ m n'ihe egwu")
    r"\b(?:ana\s+m|m\s+na-?\s*)\s*atu\s+egwu\s+(?:ila|ilota|ilaghachi|iloghachi)\s+"
    r"(?:n'?\s*)?ulo\b|\b(?:ano\s+m|anyi\s+no|ndu\s+m\s+no)\s+n'?\s*(?:ime\s+)?ihe\s+egwu\b",
    # followed by a man or a stranger ("otu nwoke na-eso m azụ"); not a friend who goes to
    # church with the writer, nor following on Instagram
    r"^(?!.*\b(?:instagram|facebook|tiktok|twitter|snapchat)\b)"
    + every_one_of(
        r"\b(?:nwoke|onye\s+m\s+amaghi|ndi\s+m\s+amaghi|otu\s+onye)\b",
        r"\b(?:na-?\s*eso|esoro)\s+m\s+azu\b|\b(?:na-?\s*)?esochi\s+m\b",
    ),
    # a child not fed or alone for days ("ụmụaka erighị nri kemgbe ụnyaahụ"); not a breakfast
    # skipped this morning
    "^"
    + every_one_of(
        _IG_CHILD,
        r"\b(?:a?righi|erighi|a?naghi\s+eri)\s+nri\b|\bno\s+naani\s+(?:ya|ha)\b|"
        r"\b(?:ha\s+)?a?naghi\s+enye\s+(?:\w+\s+){1,2}nri\b",
        _IG_DAYS,
    ),
    # nowhere to sleep tonight ("enweghị m ebe m ga-ehi ụra")
    r"\benweghi\s+(?:m|anyi)\s+ebe\s+(?:m|anyi)\s+ga-?\s*(?:ehi|hi|ararua|aru)\s+ura\b",
)

# Someone not breathing ("ọ naghị eku ume", "nwa m anaghị eku ume"); not "I" in a hot room,
# nor a nose blocked by a cold.
_IG_NOT_BREATHING = (
    r"(?:\bo|\b(?:nne|nna|nwa|nwanne|di|nwunye|nwatakiri|onye)(?:\s+(?:m|anyi|ya|nwoke|nwanyi|"
    r"ochie|nne|ahu|a)){1,2})\s+(?:a?naghi|adighi|akwusila)\s+(?:eku|iku)\s+ume\b"
    r"(?!\s+nke\s+oma)|\bo\s+kughi\s+ume\b"
)
# Someone who will not wake ("ọ naghị eteta", "anyị enweghị ike ịkpọte ya"); not a son who will
# not wake early for school.
_IG_WILL_NOT_WAKE = (
    r"\b(?:a?naghi|a?gaghi)\s+eteta\b(?!\s+(?:n'?\s*)?(?:oge|ututu|ngwa))|\bo\s+teteghi\b|"
    r"\benweghi\s+(?:m|anyi)\s+ike\s+ikpote\s+ya\b"
)
# Beside it: a fall, tablets or drink, an ambulance or a cry for help, now.
_IG_FALL_OR_HELP = (
    r"\bdara\s+(?:n'?\s*ala|ada)\b|\bogwu\b|\bmmanya\b|\bambulance\b|\b999\b|\bbiko\b|"
    r"\bnyere\s+(?:m|anyi)\s+aka\b|\bugbu\s+a\b"
)
IGBO_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:imi|oyi|okpomoku|oku\s+na-?\s*ekpo)\b)(?=.*(?:" + _IG_NOT_BREATHING + "))",
    "^" + every_one_of(_IG_WILL_NOT_WAKE, _IG_FALL_OR_HELP),
)
