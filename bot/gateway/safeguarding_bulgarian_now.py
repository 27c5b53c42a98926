"""The Bulgarian phrase net's reading of the main kinds said plainly (read by
safeguarding_languages with safeguarding_bulgarian, whose module is nearly full). Text has been
through safeguarding_languages.fold, which keeps Cyrillic letters whole.

It reads a mother or sister beaten now ("мъжът ми бие майка ми"); someone standing with a knife
who has locked the door; a child hit and bleeding from the head; the writer to be married off
to a cousin or abroad ("ще ме омъжи за братовчед ми"); a daughter to be cut ("ще обрязват
дъщеря ми"); chest pain beside someone who does not speak or respond; someone beaten to drive
out a spirit, a demon or a jinn. Left alone: a game of backgammon won, a cake cut with a knife, a
child hit by a ball, a cousin's wedding abroad, a son's circumcision, chest pain after the gym,
drums beaten to drive out spirits at New Year.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# A mother, sister or child beaten, the verb before them ("бие майка ми"); not a game won.
_BG_BEATS = r"(?:бие|бият|пребива|пребиват|удря|удрят|рита|ритат|души|блъска|малтретира)"
_BG_MUM_OR_SISTER = (
    r"(?:майка\s+(?:ми|ни)|мама|сестра\s+(?:ми|ни)|баба\s+(?:ми|ни)|дъщеря\s+(?:ми|ни)|"
    r"сина\s+(?:ми|ни)|брат\s+ми)"
)
_BG_A_GAME = r"^(?!.*\b(?:табла|шах\w*|карти|мач\w*|рекорд\w*)\b)"

# Someone standing with a knife ("стои с нож") beside a door locked; not a cake being cut.
_BG_KNIFE_HELD = (
    r"\b(?:стои|ходи|тича|чака|седи|дойде|влезе|нахлу)\s+(?:\S+\s+){0,2}?с\s+(?:\S+\s+)?"
    r"(?:нож|ножа|ножове|брадва|брадвата)\b|\b(?:държи|извади|грабна|размахва)\s+(?:\S+\s+)?"
    r"(?:нож|ножа|брадва|брадвата)\b"
)
_BG_DOOR_LOCKED = (
    r"\b(?:заключи|заключил|заключила|заключиха|затвори)\s+(?:\S+\s+){0,2}?(?:вратата|ни|ме)\b|"
    r"\bвратата\s+(?:е\s+)?заключена\b"
)
_BG_COOKING = r"^(?!.*\b(?:реже|бели|хляб\w*|торт\w*|зеленчу\w*|лук\w*|месо\w*)\b)"

# A child hit and bleeding from the head; not a child hit by a ball with a bruise, nor one who
# hit itself ("се удари").
_BG_A_CHILD = (
    r"\b(?:детето|дете|бебето|малкия|малката|малкият|сина\s+ми|синът\s+ми|дъщеря\s+ми|внука|"
    r"внучката)\b"
)
_BG_HIT = (
    r"\b(?:ударен\w*|удари|удариха|ударил\w*|пребит\w*|преби|пребиха|"
    r"блъсна\w*)\b(?!\s+се\b)"
)
_BG_HEAD_BLEEDING = (
    r"\bкръв\w*\s+(?:\S+\s+){0,2}?от\s+главата\b|\bкърви\s+(?:\S+\s+)?(?:от\s+)?главата\b|"
    r"\bглавата\s+(?:\S+\s+)?(?:кърви|в\s+кръв|разбита)\b|\bразби\w*\s+(?:\S+\s+)?главата\b"
)

# The writer to be married off ("ще ме омъжи", "искат да ме оженят") beside a cousin, abroad or
# tickets; not a cousin's own wedding abroad.
_BG_MARRY_ME_OFF = r"\bме\s+(?:омъж\w*|ожен\w*)\b|\bнасила\s+(?:да\s+)?(?:ме\s+)?(?:омъж|ожен)\w*"
_BG_COUSIN_OR_ABROAD = r"\b(?:братовчед\w*|в\s+чужбина|билет\w*|против\s+волята\s+ми|насила)\b"

# A daughter, sister or granddaughter to be cut ("обрязват дъщеря ми"); not a son.
_BG_GIRL = r"(?:дъщеря|дъщерята|момиче\w*|внучка\w*|сестра|мен)"
_BG_GIRL_CUT = (
    rf"\bобряз\w*\s+(?:\S+\s+){{0,2}}?(?:на\s+)?{_BG_GIRL}\b|\b{_BG_GIRL}\s+(?:\S+\s+){{0,3}}?"
    r"(?:ще\s+)?обряз\w*"
)

# Chest pain beside someone who does not speak or respond; not chest pain after the gym.
_BG_CHEST_PAIN = (
    r"\b(?:боли|болка|болки|стяга|пари)\s+(?:\S+\s+){0,2}?(?:в\s+)?гърдите\b|\bгърдите\s+"
    r"(?:\S+\s+)?боля\w*"
)
_BG_NOT_SPEAKING = (
    r"\bне\s+(?:говори|отговаря|реагира|може\s+да\s+говори|проговаря)\s*(?:[.!,;]|$|и\b)|"
    r"\bзагуби\w*\s+говора\b"
)

# Someone beaten to drive out a spirit, a demon or a jinn ("бият я, за да изгонят злия дух");
# not drums beaten ("бият барабани").
_BG_BEATS_THEM = (
    r"\b(?:бият|бие|биха|би|пребиват|пребиха|малтретират)\s+(?:я|го|ме|детето)\b|\b(?:я|го|ме)\s+"
    r"(?:бият|бие|биха|пребиват|пребиха)\b"
)
_BG_SPIRIT = r"\b(?:дух\w*|демон\w*|джин\w*|бяс|бесове\w*|дявол\w*|зли\s+сили|обладан\w*)"

BULGARIAN_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    _BG_A_GAME + rf".*\b{_BG_BEATS}\s+(?:сега\s+)?{_BG_MUM_OR_SISTER}\b",
    _BG_COOKING + every_one_of(_BG_KNIFE_HELD, _BG_DOOR_LOCKED),
    "^" + every_one_of(_BG_A_CHILD, _BG_HIT, _BG_HEAD_BLEEDING),
    "^" + every_one_of(_BG_MARRY_ME_OFF, _BG_COUSIN_OR_ABROAD),
    _BG_GIRL_CUT,
    "^" + every_one_of(_BG_CHEST_PAIN, _BG_NOT_SPEAKING),
    "^" + every_one_of(_BG_BEATS_THEM, _BG_SPIRIT),
)
