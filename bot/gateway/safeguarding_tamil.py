"""The Tamil safeguarding phrase net (read by safeguarding_languages), in Tamil script, written
and spoken ("சாக வேண்டும்", "சாகணும் போல இருக்கு"), and in the Latin spelling people text in
("saaganum pola irukku"). Tamil puts the verb last and joins its endings on, so a pattern is the
person done to ("என்னை", "குழந்தையை") or the despair word, then the verb stem with the endings
that make it a wish, a habit or a threat rather than a plain present ("பசியால் சாகிறேன்", dying
of hunger, is not a wish to die). Tamil vowel signs are not word letters to `\\b`, so the script
patterns need no word edges; "\\S+" stands for a word, and "\\S*" for the endings and the doubled
consonant a word takes before the next ("என்னைக்", "சாகறதைப்"). Text and patterns have been
through safeguarding_languages.fold, so vowel signs typed in two parts read as one. Someone not
coming round (the eyes not opening, not to be woken) is read with a second sign: not speaking,
sweating, sugar, the breath; speech gone confused with sweating, sugar, fainting or not
being able to get up; chest pain with the breath not coming, sweating or the left arm;
someone young or close not home for days with the phone off, the police or an age under 18;
and a threat to kill over caste, in Tamil script and in the Latin spelling ("vera caste, kolla
aal anupuven"), and not being a burden to anyone after a set time or with things made ready.

Left alone: "பசியால் சாகிறேன்" (dying of hunger), "இந்த வெயில்ல சாகணும் போல இருக்கு" (this
heat is killing me), "அம்மா என்னைக் கொன்றுவிடுவார்" (mum will kill me, late), medicine times,
a scan appointment, a session on the police, a hand cut while chopping vegetables, a house a
mother chose to leave to a son, a pension collected at the bank, a bike locked indoors, no room
to park, the cost of living in London, a daughter following the writer on Instagram, a wedding
everyone must come to, a baby kicking all night, gums bleeding in pregnancy, time off after the
birth, a family going back to its own country next month, a call where the line was too bad to
talk, a puppy's eyes not open yet, a son who won't wake for school, sweating in the heat, talk
that is confused in one's sleep, a chest pain last year now put right, a first-aid class, a
brother away two days at a friend's or on a trip with his phone off.
Also days unslept with God's voice or a drive, and a sign it is now (tonight, the car);
not nights lost to a teething baby.
It also reads an older parent's money all taken with her left unfed or kept from seeing anyone,
and a woman months into a pregnancy ("மனைவிக்கு 8 மாதம்") bleeding now; not money drawn on a
fast day, nor gums that bleed.
Also: someone fallen outdoors who cannot get up (not a child who got up and plays).
A plan to die said plainly: suicide, hanging or a leap to come, dying decided, the railway tracks
tonight, pills saved beside a goodbye (not a shift on the tracks, nor tablets for a journey).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# Someone done to: "me", a child, an older parent (the accusative, "-ஐ").
_TA_ME = r"என்னை\S*"
_TA_CHILD = (
    r"(?:குழந்தையை|குழந்தைய|குழந்தைகளை|குழந்தைங்கள|பிள்ளையை|பிள்ளைகளை|பிள்ளைங்கள|புள்ளைங்கள|"
    r"பையனை|பையன|பொண்ணை|பொண்ண|மகனை|மகளை|பாப்பாவை|பாப்பாவ)(?:ப்|க்|த்)?"
)
# What a person does to a person, as a habit, a past act or a threat.
_TA_HARMS = (
    r"அடிக்கிறா|அடிக்கறா|அடிக்குறா|அடிச்சா|அடித்தா|அடிப்பா|அடிச்சிட்டா|அடிச்சுட்டா|உதைக்கிறா|"
    r"உதைக்கறா|உதைச்சா|உதைத்தா|எட்டி\s+உதை|மிரட்டுறா|மிரட்டுகிறா|மிரட்டறா|மிரட்டினா|மிரட்டுனா|"
    r"மிரட்டிட்டா|தள்ளி\s*விட்டா|கழுத்தை\S*\s+(?:\S+\s+)?நெரி|கழுத்த\s+நெரி|கொடுமைப்படுத்து|"
    r"துன்புறுத்து|சித்திரவதை\s+(?:பண்ணு|செய்)|பலாத்காரம்|கற்பழி|சூடு\s+(?:வை|வச்ச|வெச்ச)|"
    r"பட்டினி\s+போடு|பெல்ட்டால|பெல்டால|பெல்ட்டால்|கரண்டியால"
)
# Who does it, said as the subject of a habit ("என் கணவர் தினமும் அடிக்கிறார்").
_TA_WHO = (
    r"(?:கணவர்|கணவன்|புருஷன்|புருசன்|வீட்டுக்காரர்|அப்பா|அண்ணன்|தம்பி|மாமியார்|மாமனார்|மகன்|"
    r"காதலன்|பார்ட்னர்|அவன்|அவர்)\S*"
)
# What else one "hits": a phone call, a bell (not a belt, "பெல்ட்"), a ball, a drink, a glance,
# a mosquito, a drum.
_TA_NOT_A_PERSON = (
    r"போன்|ஃபோன்|மணி|பந்த|பெல்(?!ட)|கால்|அலாரம்|ஹார்ன்|ஹாரன்|கொசு|ஆணி|பெயிண்ட்|டைப்|லாட்டரி|"
    r"தண்ணி|சரக்கு|சைட்|பீர்|விசில்|சிக்ஸ|கிரிக்கெட்|பேட்|கோல்|ஸ்கோர்|நல்லா|ஜாலியா|டிரம்|மேளம்"
)
# "I think about it", "it feels like it": what makes a word of death a thought of one's own.
_TA_I_THINK = (
    r"(?:யோசிக்கிறேன்|யோசிக்கறேன்|யோசிக்குறேன்|யோசிச்சுக்கிட்டே|யோசிச்சிட்டே|நினைக்கிறேன்|"
    r"நினைக்கறேன்|நினைச்சுக்கிட்டே|எண்ணம்\s+வருது|எண்ணம்\s+வருகிறது|தோணுது|தோன்றுகிறது)"
)
# Not given: food or medicine kept from someone.
_TA_NOT_GIVEN = (
    r"(?:குடுக்காம|கொடுக்காம|குடுக்கறதில்ல|குடுக்குறதில்ல|கொடுக்கிறதில்லை|கொடுப்பதில்லை|"
    r"தர்றதில்ல|தருவதில்லை|தராம)"
)

# Dying of hunger, of the heat, of the cold, of boredom: what a wish to die is not said of.
_TA_NOT_OF = (
    r"(?<!பசியால்\s)(?<!பசியால\s)(?<!பசியில\s)(?<!பசில\s)(?<!வெயில்ல\s)(?<!வெயிலில்\s)"
    r"(?<!குளிர்ல\s)(?<!குளிரில்\s)(?<!போர்\s)(?<!பசியிலே\s)"
)

TAMIL_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    _TA_NOT_OF + r"(?:சாகணும்|சாக\s+வேணும்|சாக\s+வேண்டும்|சாகலாம்னு|சாகலாம்\s+என்று|சாகத்\s+தோணுது|சாக\s+"
    r"ஆசை|செத்துப்\s+போகணும்|செத்துப்போகணும்|செத்துடணும்|செத்துடலாம்|செத்துப்\s+போயிடலாம்|"
    r"செத்துப்போயிடலாம்|சாவதே\s+நல்லது|செத்துப்\s+போவதே\s+நல்லது)",
    r"(?:சாகறதை|சாகுறதை|சாவதை|சாவை|மரணத்தை|செத்துப்\s+போறதை)\S*\s+(?:பத்தி|பற்றி)\S*\s+(?:\S+\s+)?"
    + _TA_I_THINK,
    r"தற்கொலை\S*\s+(?:\S+\s+)?(?:பண்ணிக்க|பண்ணிக்கலாம்|பண்ணிக்கணும்|பண்ணிக்கப்|செய்து\s+"
    r"கொள்ள|செஞ்சுக்க|செய்துகொள்ள|எண்ணம்|யோசனை|பண்ணிடுவேன்)|(?:உயிரை|உசுர)\S*\s+(?:விடப்\s+"
    r"போறேன்|விடணும்|விட்டுடலாம்|மாய்த்துக்)|(?:உயிரோட|உயிரோடு)\s+இருக்க\s+(?:விருப்பம்|"
    r"விருப்பமில்|பிடிக்கல|மாட்டே)",
    r"நான்\s+இல்லா\S*\s+(?:\S+\s+){0,2}(?:நல்லா|சந்தோஷமா|நிம்மதியா|நிம்மதியாக|சந்தோஷமாக)\s+"
    r"இருப்ப",
    # after the birth: thoughts of not being here, or of harming the baby
    r"^(?=.*(?:குழந்தை\s+பிறந்த|பாப்பா\s+பிறந்த|பிரசவ|டெலிவரி))(?=.*இருக்க\s+மாட்டே\S*\s+(?:\S+\s+)?"
    r"(?:தோணுது|தோன்றுது|தோன்றுகிறது))",
    r"(?:குழந்தைய|பாப்பாவ)\S*\s+(?:\S+\s+)?(?:ஏதாவது|எதாவது)\s+(?:பண்ணிடுவேனோ|செஞ்சிடுவேனோ|"
    r"செய்துவிடுவேனோ)",
    # self-harm: on purpose, again, with a blade
    r"(?:என்னை\s+நானே|நானே\s+என்னை)\s+(?:\S+\s+)?(?:காயப்படுத்த|காயப்படுத்தி|வெட்டி|கீறி|அடிச்சு|"
    r"அடித்து|சூடு)|(?:பிளேட|ப்ளேட|ரேசர|பிளேடு|ப்ளேடு)\S*\s+(?:\S+\s+)?(?:கீறி|வெட்டி|கிழி)|"
    r"(?:மறுபடியும்|மறுபடி|திரும்பவும்|வேணும்னே|வேண்டுமென்றே|தினமும்)\s+(?:\S+\s+)?(?:கையை|"
    r"கைய|கை|மணிக்கட்டை)\s+(?:\S+\s+)?(?:கீறி|வெட்டி|கிழி)",
    # all the tablets, or many at once
    r"(?:எல்லா|மொத்த|முழு\s+அட்டை|ஒரு\s+அட்டை|நிறைய|நெறைய|[0-9]{2}|இருபது|முப்பது)\s+(?:\S+\s+)?"
    r"(?:தூக்க\s+)?(?:மாத்திரை|மருந்து|டேப்லெட்)\S*\s+(?:\S+\s+)?(?:சாப்பிட்டுட்ட|சாப்பிட்டேன்|"
    r"சாப்பிட்டுவிட்ட|முழுங்கிட்ட|முழுங்கினேன்|விழுங்கிட்ட|விழுங்கினேன்|போட்டுட்ட|குடிச்சிட்ட|"
    r"சாப்பிடப்\s+போறேன்|முழுங்கப்\s+போறேன்)",
    r"(?:மாத்திரை|மருந்து|டேப்லெட்)\S*\s+(?:எல்லாத்தையும்|எல்லாவற்றையும்|மொத்தமா|மொத்தமாக|ஒரே\s+"
    r"தடவையில|ஒரே\s+நேரத்துல|ஒரேயடியா)\s+(?:\S+\s+){0,2}(?:சாப்பிட்டு|சாப்பிட்டேன்|முழுங்கி|விழுங்கி|"
    r"போட்டு)",
    # all the tablets to be taken, beside tonight, at once or not able to go on; not the day's
    # tablets the doctor gave, to be taken tomorrow
    r"^(?=.*(?:மாத்திரை|மருந்து|டேப்லெட்)\S*\s+(?:எல்லாம்|எல்லாமே|எல்லாத்தையும்|முழுசா)\s+"
    r"(?:\S+\s+){0,2}(?:சாப்பிடப்\s+போ(?:றேன்|கிறேன்)|சாப்பிடுவேன்|முழுங்கப்\s+போ(?:றேன்|கிறேன்)|"
    r"விழுங்கப்\s+போ(?:றேன்|கிறேன்)|முழுங்குவேன்|விழுங்குவேன்))(?=.*(?:இன்று\s+இரவு|இன்றிரவு|"
    r"இன்னைக்கு\s+(?:ராத்திரி|நைட்)|ஒரே\s+(?:தடவை|நேரத்)|ஒரேயடியா|முடியாது|முடியல|போதும்))",
    # hit, threatened, controlled
    _TA_ME + rf"\s+(?:\S+\s+){{0,2}}(?:{_TA_HARMS})",
    _TA_WHO + rf"\s+(?:(?!{_TA_NOT_A_PERSON})\S+\s+){{0,3}}(?:அடிக்கிறா|அடிக்கறா|அடிக்குறா|அடிப்பா|"
    r"உதைக்கிறா|உதைக்கறா|மிரட்டுறா|மிரட்டுகிறா|மிரட்டறா|கொடுமைப்படுத்து|துன்புறுத்து)",
    r"(?:கொன்னுடுவேன்|கொன்னுருவேன்|கொன்றுவிடுவேன்|கொன்னுடுவோம்|கொல்லுவேன்|கொலை\s+பண்ணிடுவேன்|"
    r"தீர்த்துக்கட்டுவேன்|வெட்டிருவேன்|வெட்டிடுவேன்)\S*\s+(?:\S+\s+)?(?:மிரட்ட|மிரட்டு)",
    r"(?:போலீஸ்|போலீசு|போலிஸ்|காவல்)\S*\s+(?:\S+\s+){0,2}(?:சொன்னா|போனா|சொன்னால்|போனால்|புகார்\s+"
    r"(?:குடுத்தா|கொடுத்தால்|பண்ணா))\S*\s+(?:\S+\s+){0,2}(?:கொன்னுடு|கொன்னுரு|கொன்றுவிடு|கொல்லு|"
    r"அடிச்சு|அடித்து|வெட்டி|தொலைச்சு|நாடு\s+கடத்)",
    r"(?:பாஸ்போர்ட்|போனை|ஃபோனை|பணத்தை|காசை)\S*\s+(?:\S+\s+)?(?:பிடுங்கி|புடுங்கி|பறிச்சு|பறித்து|"
    r"ஒளிச்சு\s+வச்சிருக்கா|மறைச்சு\s+வச்சிருக்கா)|(?:வெளியே|வெளிய|வெளில|வெளியில)\s+(?:போக|"
    r"போகவே|போகக்)\s+(?:\S+\s+)?(?:விட\s+மாட்டா|விடமாட்டா|விடறதில்ல|விடுவதில்லை|விடுறதில்ல)",
    # locked in a room, by someone else ("ரூம்ல பூட்டி வைக்கிறான்"), not a bike or a dog
    r"^(?!.*(?:நாயை|நாய|பூனையை|பூனைய|சைக்கிளை|சைக்கிள|பைக்கை|காரை|பொருட்களை|சாமான்களை|"
    r"சாமானை)\s).*(?:ரூம்ல|ரூமில|ரூமுக்குள்ள|அறையில|அறையில்|அறைக்குள்|அறைக்குள்ள|வீட்டுக்குள்ள|வீட்டுக்குள்|"
    r"பாத்ரூம்ல|குளியலறையில்|பாத்ரூமுக்குள்ள)\s+(?:பூட்டி|அடைச்சு|அடைத்து|அடைச்சி)\s*(?:வ|வெ)\S*"
    r"(?<!ேன்)(?<!ோம்)(?<!ேன்,)(?<!ோம்,)(?:\s|$)",
    # afraid of him, afraid to go home
    r"வீட்டுக்கு\S*\s+(?:திரும்பி\s+)?(?:போக|போகவே|திரும்ப)\S*\s+(?:ரொம்ப\S*\s+)?(?:பயம|பயப்பட)",
    r"(?:அவரை|அவனை|கணவரை|புருஷனை|வீட்டுக்காரரை|அப்பாவை|அண்ணனை|மாமியாரை|மாமனாரை)\S*\s+(?:(?:பார்த்தா"
    r"|பாத்தா|பார்த்தாலே|பாத்தாலே|நினைச்சா|நினைச்சாலே|நினைத்தால்|ரொம்ப\S*)\s+)*(?:பயமா|பயமாக|"
    r"பயப்படுறேன்|பயப்படுகிறேன்|பயம்)(?!\S*\s+இல்ல)",
    # a child hit or not fed; an older parent kept without food or medicine
    _TA_CHILD + rf"\s+(?:\S+\s+){{0,2}}(?:{_TA_HARMS})",
    r"(?:குழந்தை|பிள்ளை|புள்ளை|பசங்க|அம்மா|அப்பா|பாட்டி|தாத்தா|அவங்க|அவரு|அவள|அவன|மாமியார|"
    r"மாமனார|என)\S*க்கு\s+(?:\S+\s+){0,3}(?:சாப்பாடு|சோறு|உணவு|மருந்து|மாத்திரை)\S*\s+(?:கூட\S*\s+)?"
    + _TA_NOT_GIVEN,
    r"(?:குழந்தைங்க|குழந்தைகள்|பிள்ளைங்க|புள்ளைங்க|பசங்க|குழந்தை|பாப்பா)\s+(?:\S+\s+){0,2}(?:நாளா|"
    r"நாளாக|நேத்துல\s+இருந்து|நேற்றிலிருந்து|நேத்திலிருந்து)\s+(?:\S+\s+)?(?:சாப்பிடல|சாப்பிடவில்லை|"
    r"சாப்பிடலை|பட்டினி)",
    # an older parent's house, money or pension taken by force
    r"(?:வீட்டை|வீட்ட|சொத்தை|சொத்த|நிலத்தை|நிலத்த|பணத்தை|நகையை|நகைய|பென்ஷனை|பென்சனை)\S*\s+"
    r"(?:\S+\s+){0,3}(?:எழுதி|கையெழுத்து)\S*\s+(?:\S+\s+){0,3}(?:கட்டாயப்படுத்|மிரட்ட|மிரட்டு|"
    r"வற்புறுத்|அடிச்சு|டார்ச்சர்)|(?:பென்ஷன|பென்சன|ஓய்வூதிய)\S*\s+(?:\S+\s+)?(?:பிடுங்கி|"
    r"புடுங்கி|பறிச்சு|பறித்து|திருடு|திருடி|எடுத்துக்கிறா|எடுத்துக்கறா|எடுத்துக்குறா)",
    # followed: "பின்தொடர்", or walking behind every day or all the way home
    _TA_ME + r"\s+(?:\S+\s+){0,2}பின்தொடர்|(?:தினமும்|எப்பவும்|எப்போதும்|டெய்லி|வீடு\s+வரை\S*|"
    r"வீட்டு\s+வரைக்கும்)\s+(?:\S+\s+){0,3}(?:பின்னாடியே|பின்னாலேயே)\s+(?:வர்றா|வர்ரா|வரா|"
    r"வருகிறா|வருவா|வந்துக்கிட்டே)",
    # forced marriage
    r"(?:கட்டாயக்|கட்டாய|கட்டாயத்)\s+(?:கல்யாண|திருமண)|(?:கட்டாயப்படுத்தி|வலுக்கட்டாயமா\S*|"
    r"விருப்பம்\s+இல்லாம\S*|இஷ்டம்\s+இல்லாம\S*|சம்மதம்\s+இல்லாம\S*)\s+(?:\S+\s+){0,3}(?:கல்யாண|"
    r"திருமண)|(?:கல்யாண|திருமண)\S*\s+(?:\S+\s+){0,3}(?:கட்டாயப்படுத்|வற்புறுத்)",
    # a girl married off under 18 or to a man she doesn't know
    r"^(?=.*(?:கல்யாணம்|திருமணம்)\S*\s+(?:\S+\s+)?(?:பண்ணி\s+வைக்க|பண்ணி\s+வச்சு|செய்து\s+வைக்க|"
    r"செஞ்சு\s+வைக்க|கட்டி\s+வைக்க|கட்டிக்\s+(?:குடுக்க|கொடுக்க)))(?=.*(?:(?<![0-9])1[0-7]\s+"
    r"வய(?:சு|து)\S*\s+(?:தான்|பொண்|பெண்|சின்ன|ஆகுது)|தெரியாத\s+(?:ஒருத்த|ஆள|பைய|ஒருவ)))",
    # in danger, not safe, help
    r"(?:நான்|வீட்டுல|வீட்டில்|வீட்டில)\s+(?:\S+\s+)?(?:பாதுகாப்பா|பாதுகாப்பாக|சேஃபா|சேப்பா)\s+"
    r"(?:இல்ல|இருக்கல|இருக்க\s+முடியல|உணரல|உணரவில்லை)|எனக்கு\s+(?:\S+\s+)?பாதுகாப்பு\s+இல்ல|"
    r"உயிருக்கு\s+ஆபத்து|ஆபத்துல\s+இருக்கேன்|ஆபத்தில்\s+இருக்கிறேன்|(?:என்னைக்|என்னை|யாராவது)\s+"
    r"(?:காப்பாத்துங்க|காப்பாற்றுங்கள்)",
    # nowhere to sleep tonight
    r"(?:தூங்க|தங்க|படுக்க)\s+(?:ஒரு\s+)?(?:இடம்|இடமே|எடம்)\s+(?:இல்ல|இல்லை)|வீட்டை\s+விட்டு\s+"
    r"(?:\S+\s+)?(?:துரத்தி|வெளியே\s+தள்ளி|விரட்டி)",
    # can't go on
    r"வாழ(?:வே|ப்)?\s+(?:பிடிக்கல|பிடிக்கவில்லை|விருப்பம்\s+இல்ல|விருப்பமில்ல|ஆசை\s+இல்ல)|"
    r"வாழ்க்கையே\s+(?:வெறுத்து|வெறுப்பா)|வாழ்க்கை\s+வெறுத்து",
    # a stroke's signs: the face dropped to one side and speech gone
    r"^(?=.*முகம்\S*\s+(?:\S+\s+){0,3}(?:கோணலா|கோணி|கோணிக்|ஒரு\s+பக்கம்\s+(?:இழு|சாய|சாஞ்|தொங்க)))"
    r"(?=.*(?:பேச\S*\s+(?:\S+\s+)?(?:முடியவில்லை|முடியல|வரல|வரவில்லை)|பேச்சு\s+(?:\S+\s+)?(?:குழறு|"
    r"தடுமாறு|வரல|வரவில்லை)|வாய்\s+(?:\S+\s+)?கோண))",
    # a pregnancy in trouble: the baby not moving, bleeding
    r"(?:குழந்தை|பாப்பா|பேபி)\S*\s+(?:\S+\s+){0,2}(?:அசையவே|அசைய|அசைவே|அசைவு|உதைக்கவே|உதைக்க)\S*"
    r"\s+(?:(?:கூட|கொஞ்சம்\s+கூட|சுத்தமா|சுத்தமாக|ஒண்ணும்)\s+)?(?:இல்ல|இல்லை|இல்லே)(?!யா)|(?:குழந்தை|பாப்பா|பேபி)\S*\s+(?:\S+\s+){0,2}(?:அசையல|"
    r"அசையவில்லை|உதைக்கல|உதைக்கவில்லை)",
    r"^(?=.*(?:கர்ப்ப|பிரக்னன்ட்|ப்ரெக்னன்ட்|மாசம்\s+முழுகாம|வயித்துல\s+(?:குழந்தை|பாப்பா)))"
    r"(?=.*(?:ப்ளீடிங்|பிளீடிங்|ரத்தப்போக்கு|இரத்தப்போக்கு|உதிரப்போக்கு))",
    # in the Latin spelling
    r"(?<!pasila\s)(?<!veyilla\s)\bsaa?g(?:anum|anumnu|alaam|alam|alamnu|a\s+thonudhu|a\s+thonuthu|a\s+aasa)\b|\bseth(?:u|thu)"
    r"\s*(?:pog(?:anum|alaam|alam)|poyid(?:anum|alaam|alam)|d(?:anum|alaam|alam))\b|\b(?:that|thar|"
    r"tat|tar)\s?kolai\s+(?:pann|seiy|seyy)\w*",
    r"\bsaa?ga(?:ra|radha|radhu|rathu|ratha|radhai)\w*\s+(?:pathi|patthi|pathiye)\s+yosi\w*|"
    r"\benn?aa?i\s+(?:\w+\s+){0,2}(?:adik(?:ki|ka|ku)(?:r|ra|ru)\w*|adicha\w*|mirat\w*)",
    r"\b(?:veetuku|veettukku|vitukku|veetukku)\s+(?:thirumbi\s+)?poga?\s+(?:romba\s+)?(?:bayama|bayam|"
    r"bhayama|payama)\b|\b(?:naan|na)\s+(?:aabathula|abathula|aabathil)\s+irukk?en\b",
    # hate: told to go back to one's country
    r"(?:உங்க|உன்|உங்கள்|உன்னோட)\s+(?:சொந்த\s+)?(?:நாட்டுக்கு|ஊருக்கு|நாட்டுக்கே)\s+(?:திரும்பி\s+)?"
    r"(?:போ|போங்க|போடா|ஓடு|ஓடுங்க)(?:'?\s*ன்னு|(?![\u0b80-\u0bff]))",
)

# A threat to kill the writer: "என் கணவர் இன்னைக்கு ராத்திரி என்னை கொன்னுடுவார்", "போனா என்னை
# கொன்னுடுவான்", "கொலை மிரட்டல் விடுறான்"; not "அம்மா என்னைக் கொன்றுவிடுவார், லேட் ஆயிடுச்சு",
# "இந்த வெயில் என்னை கொல்லுது", "அவனை கொன்னுடுவேன், என் கேக்கை சாப்பிட்டுட்டான்".
TAMIL_PHRASES += (  # i18n-exempt: input
    r"என்ன(?:ை|ைக்)?\s+(?:\S+\s+){0,2}(?:கொன்னுடுவான்|கொன்னுருவான்|கொன்றுவிடுவான்|கொன்றுடுவான்|"
    r"கொல்லுவான்|கொல்லப்\s*போறான்|கொன்னுடுவேன்னு|கொன்றுவிடுவேன்\s+என்று|கொன்னுடுவேன்\s+என்று)",
    r"(?:கணவர்|கணவன்|புருஷன்|புருசன்|வீட்டுக்காரர்|அவர்)\S*\s+(?:\S+\s+){0,4}என்ன(?:ை|ைக்)?\s+"
    r"(?:\S+\s+)?(?:கொன்னுடுவார்|கொன்றுவிடுவார்|கொல்லப்\s*போறார்)",
    r"கொலை\s+மிரட்டல்",
)

# Someone not coming round: the eyes not opening or not to be woken ("கண் திறக்கவில்லை", "எழுப்ப
# முடியல"), with a second sign (not speaking, sweating, sugar, breath, no movement); not a puppy's
# eyes not open yet, nor a son who won't wake for school.
_TA_NOT_COMING_ROUND = (
    r"(?:கண்|கண்ண|கண்ணை|கண்ணைத்|கண்ணு|கண்களை|கண்ணையே)\s+(?:\S+\s+)?(?:திறக்க|தொறக்க)"
    r"(?:வில்லை|ல|லை|வே\s+இல்ல\S*)(?![\u0b80-\u0bff])|எழுப்ப\s+(?:\S+\s+)?(?:முடியவில்லை|"
    r"முடியல|முடியலை)(?![\u0b80-\u0bff])"
)
_TA_SECOND_SIGN = (
    r"பேச(?:வில்லை|வே\s+இல்ல\S*|ல|லை)(?![\u0b80-\u0bff])|பேச்சு\s+(?:\S+\s+)?இல்ல|"
    r"வியர்|வேர்க்|சர்க்கரை|சுகர்|மூச்சு|அசைவு\s+இல்ல|அசையல|மயக்க|மயங்கி"
)
# Speech gone confused ("குழப்பமாகப் பேசுகிறார்") with a sign of the body: sweating, sugar, not
# able to get up, fainting; not talk in one's sleep, nor a bad line on the phone.
_TA_CONFUSED = (
    r"குழப்பமா\S*\s+(?:\S+\s+)?பேசு|குழம்பிப்\s+பேசு|"
    r"பேச்சு\s+(?:\S+\s+)?(?:குழறு|தடுமாறு)"
)
_TA_BODY_SIGN = (
    r"வியர்|வேர்க்|சர்க்கரை|சுகர்|(?:எழுந்திருக்க|எழுந்து\s+நிற்க|எந்திரிக்க)\s+(?:\S+\s+)?"
    r"(?:முடியவில்லை|முடியல)|மயக்க|மயங்கி"
)
TAMIL_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:ஸ்கூல|பள்ளி|நாய்|பூனை))(?=.*(?:{_TA_NOT_COMING_ROUND}))"
    rf"(?=.*(?:{_TA_SECOND_SIGN}))",
    rf"^(?!.*(?:தூக்கத்தில|தூக்கத்துல|கனவு))(?=.*(?:{_TA_CONFUSED}))(?=.*(?:{_TA_BODY_SIGN}))",
)

# Chest pain now ("நெஞ்சு வலி", "மார்பில் வலிக்குது", "நெஞ்சு அடைக்குது") with the breath not
# coming, sweating or the pain going down the left arm; not a pain gone by last month or put
# right, nor a first-aid class that names the signs.
_TA_CHEST_PAIN = (
    r"(?:நெஞ்சு|நெஞ்ச|நெஞ்சில்|நெஞ்சுல|நெஞ்சில|மார்பு|மார்பில்|மார்புல)\s*(?:\S+\s+)?"
    r"(?:வலி|அடைக்|இறுக்க|அழுத்த)"
)
_TA_NO_BREATH = (
    r"மூச்சு\S*\s+(?:\S+\s+)?(?:விட|வாங்க|எடுக்க)\s+(?:\S+\s+)?(?:முடியவில்லை|முடியல|"
    r"முடியலை|சிரமம|கஷ்டம)|மூச்சு(?:த்)?\s*திணற|மூச்சு\s+(?:\S+\s+)?(?:வரல|வரவில்லை)|"
    r"வியர்|வேர்த்|வேர்க்|இடது\s+கை\S*\s+(?:\S+\s+)?(?:வலி|பரவ)"
)
_TA_GONE_BY = (
    r"(?:போன|கடந்த)\s+(?:வருஷம்|வருடம்|ஆண்டு|மாசம்|மாதம்|வாரம்)|சரியாயிடுச்சு|சரியாயிருச்சு|"
    r"சரியாகிவிட்ட|குணமாயிடுச்சு|குணமாகிவிட்ட|இப்போ\s+நல்லா\s+இருக்|இப்போது\s+நலமாக|முதலுதவி|"
    r"பயிற்சி"
)
TAMIL_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_TA_GONE_BY}))(?=.*(?:{_TA_CHEST_PAIN}))(?=.*(?:{_TA_NO_BREATH}))",
    r"^(?!.*\b(?:pona|kadantha)\s+(?:varusham|maasam|vaaram)\b)(?=.*\bne(?:n|nn)(?:ju|chu)\s*"
    r"vali\w*)(?=.*\b(?:moo?chu\s+(?:vida|vaanga|vanga)\s+mudiya\w*|moo?chu\s+thinar\w*|"
    r"vey?arth\w*|vearkk?\w*))",
)

# Someone young or close not home for days or since last night ("ரெண்டு நாளா வீட்டுக்கு வரல",
# "rendu naala veetuku varala") with the phone off, the police or an age under 18 said; not
# someone staying at a friend's or on a trip, nor one who has since rung.
_TA_GONE = (
    r"(?:நாளா|நாளாக|நாட்களாக|நேத்துல\s+இருந்து|நேற்றிலிருந்து|நேத்து\s+ராத்திரி\S*)\s+"
    r"(?:\S+\s+){0,2}(?:வீட்டுக்கு|வீட்டுக்கே|வீடு)\S*\s+(?:\S+\s+)?(?:வரல|வரலை|வரவில்லை|"
    r"வரவே\s+இல்ல|திரும்பல|திரும்பவில்லை)"
)
_TA_GONE_SIGN = (
    r"(?:போன்|ஃபோன்)\S*\s+(?:\S+\s+)?(?:ஸ்விட்ச்|சுவிட்ச்|ஆஃப்|ஆப்|எடுக்கல|எடுக்கவில்லை)|போலீஸ்|"
    r"போலிஸ்|காவல்|(?<![0-9])1[0-7]\s+வய"
)
_TA_GONE_EXPLAINED = (
    r"ஃப்ரெண்ட்\s+வீட்டு|நண்பன்\s+வீட்டு|டூர்|ட்ரிப்|பேசினான்|பேசினாள்|"
    r"போன்\s+பண்ணான்|ஹாஸ்டல்"
)
_TA_GONE_LATIN = (
    r"\b(?:naa?la|naa?laa|naa?lah|naatkala|days|nethu\s*(?:la\s+)?(?:irundhu|irunthu|"
    r"lerndhu|lendhu)|nethulerndhu|nethu\s+(?:raathiri|rathiri|night))\s+(?:\w+\s+){0,2}"
    r"(?:veet\w*|vit(?:t)?ukku|veedu)\s+(?:\w+\s+)?(?:varala|varalai|varalla|varave\s+illa|"
    r"varavillai|thirumbala|thirumbavillai)\b"
)
_TA_GONE_SIGN_LATIN = (
    r"\bphone\s+(?:\w+\s+)?(?:switch(?:ed)?\s*off|off|edukkala|edukkalai|not\s+reachable|reach\s+"
    r"aagala)\b|\bpolice\b|\bpolis\b|(?<![0-9])1[0-7]\s+(?:vayasu|vayathu|vayadhu|vayasaagudhu)\b"
)
_TA_GONE_EXPLAINED_LATIN = (
    r"\b(?:friend|nanban|nanbi)\s+(?:\w+\s+)?veet\w*|\b(?:tour|trip|hostel|camp|pesinaan|pesunan|"
    r"pesinaa|pesunaa|call\s+pannan|call\s+pannaa|message\s+pannan)\b"
)
TAMIL_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_TA_GONE_EXPLAINED}))(?=.*(?:{_TA_GONE}))(?=.*(?:{_TA_GONE_SIGN}))",
    rf"^(?!.*(?:{_TA_GONE_EXPLAINED_LATIN}))(?=.*(?:{_TA_GONE_LATIN}))"
    rf"(?=.*(?:{_TA_GONE_SIGN_LATIN}))",
)

# A threat to kill over caste: someone to be killed, or men sent to kill, because a partner is of
# another caste ("vera caste, kolla aal anupuven", "வேற சாதி, கொன்னுடுவேன்"); not the plot of a
# film or a serial, a joke, nor a family that knows and does not mind.
_TA_TO_KILL_LATIN = (
    r"\b(?:koll?a|kolluv\w*|kolluren|kondr?(?:u|uv|ud)\w*|konn?u(?:du|ru)\w*|kolai\s+"
    r"(?:pann|panr|sei)\w*|vett(?:i|u)\s*(?:poduv\w*|podu\w*|saaipp?\w*))\b"
)
_TA_CASTE_LATIN = r"\b(?:caste|jaa?thi|jaa?dhi|saa?thi|saa?dhi|kulam)\b"
_TA_A_STORY_LATIN = (
    r"\b(?:padam\w*|padath\w*|movie|film|serial|kathai|story|session|news|joke|lol|haha\w*)\b|"
    r"😂|🤣"
)
_TA_TO_KILL = r"கொல்ல|கொன்னு|கொன்று|கொலை|வெட்டி"
_TA_CASTE = r"சாதி|ஜாதி"
_TA_A_STORY = r"பட(?:ம்|த்)|சினிமா|சீரியல்|கதை|செய்தி|ஜோக்|😂|🤣"
TAMIL_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_TA_A_STORY_LATIN}))" + every_one_of(_TA_TO_KILL_LATIN, _TA_CASTE_LATIN),
    rf"^(?!.*(?:{_TA_A_STORY}))" + every_one_of(_TA_TO_KILL, _TA_CASTE),
)

# Not being a burden to anyone any more, said with a time after which the writer will not be
# ("அதற்குப் பிறகு நான் யாருக்கும் பாரமாக இருக்க மாட்டேன்", "inime yarukkum baarama irukka
# maatten") or beside things made ready or a goodbye; not "I won't be a burden, I'll bring my
# own food", said with nothing of an end.
_TA_WONT_BE = r"(?:இருக்க\s*மாட்டே|இருக்கமாட்டே|ஆக\s*மாட்டே|ஆகமாட்டே)"
_TA_NO_BURDEN = r"(?:பாரம|சுமைய)\S*\s+(?:\S+\s+)?" + _TA_WONT_BE
_TA_AFTER_OR_READY = (
    r"அதற்குப்\s*பிறகு|அதுக்கப்புறம்|அதுக்கு\s+அப்புறம்|அதன்\s*பிறகு|(?<!\S)இனி(?:மே\S*|\s)|"
    r"எல்லாம்\s+(?:\S+\s+){0,2}தயார்|எல்லாத்தையும்\s+(?:\S+\s+)?(?:ரெடி|தயார்)|ஏற்பாடு|"
    r"கடிதம்|லெட்டர்|மன்னிச்சு|மன்னிக்கவும்|மன்னித்து|விடைபெற|குட்\s*பை"
)
_TA_NO_BURDEN_LATIN = (
    r"\b(?:baa?ram\w*|sumai\w*)\s+(?:\w+\s+)?(?:irukk?a\s*maa?tt?en|irukk?amaa?tt?en|"
    r"aa?ga\s*maa?tt?en)\b"
)
_TA_AFTER_OR_READY_LATIN = (
    r"\b(?:appuram|apram|adhukk?app?uram|athukk?app?uram|piragu|pirahu|inime\w*|ini|ready|"
    r"thayaa?r|letter|goodbye|bye|sorry|mannich\w*)\b"
)
TAMIL_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TA_NO_BURDEN, _TA_AFTER_OR_READY),
    "^" + every_one_of(_TA_NO_BURDEN_LATIN, _TA_AFTER_OR_READY_LATIN),
)

# Mania: days without sleep, God said to speak to them, and a drive with a child tonight ("ஐந்து
# நாட்களாக தூங்கவில்லை ... இன்று இரவு குழந்தையுடன் காரில் போகப் போகிறேன்"); not a night
# without sleep over a baby's teeth.
_TA_NO_SLEEP_DAYS = (
    r"(?:நாட்களாக|நாளாக|நாளா|நாட்களா|வாரமாக|இரவுகளாக)\s+(?:\S+\s+)?(?:தூங்கவில்லை|தூங்கல|"
    r"தூக்கம்\s+இல்லை|தூங்கவே\s+இல்லை)|தூங்கவே\s+இல்லை"
)
_TA_MANIC_SIGN = (
    r"கடவுள்\S*\s+(?:\S+\s+){0,2}பேசு\S*|காரில்\s+(?:\S+\s+)?போக|கார்\s+ஓட்ட\S*|வண்டி\S*\s+"
    r"(?:\S+\s+)?(?:ஓட்ட|போக)\S*|எல்லா\s+பணத்தை\S*\s+(?:\S+\s+)?செலவ\S*"
)
# ... with a sign it is now: tonight, now, a drive, a knife
_TA_MANIC_NOW = r"இன்று|இன்னைக்கு|இன்றிரவு|இப்போது|இப்ப|காரில்|கார்\s+ஓட்ட|கத்தி"
TAMIL_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TA_NO_SLEEP_DAYS, _TA_MANIC_SIGN, _TA_MANIC_NOW),
)

# An older parent's money all taken by the one who holds it (a son, a power of attorney) and her
# left without food or kept from seeing anyone ("பணம் எல்லாம் எடுத்துவிட்டார், அம்மாவுக்கு
# சாப்பாடு இல்லை, யாரையும் பார்க்க விடவில்லை"); not money drawn at the bank on a fast day.
_TA_ELDER = r"அம்மா|அப்பா|பாட்டி|தாத்தா|மாமியார|மாமனார|வயது|வயசு"
_TA_ALL_MONEY_TAKEN = (
    r"(?:பணம்|பணத்தை|காசு|காச|பென்ஷன்|பென்சன்|சேமிப்பு)\S*\s+(?:\S+\s+)?(?:எல்லாம்|எல்லாத்தையும்|"
    r"முழுவதும்|முழுசா|அனைத்தும்)?\s*(?:\S+\s+)?(?:எடுத்துவிட்ட|எடுத்துட்ட|எடுத்துக்கொண்ட|"
    r"எடுத்துக்கிட்ட|எடுத்துகிட்ட|பறித்து|பறிச்சு|காலி\s+பண்ணி|காலி\s+செய்த|திருடி)"
)
_TA_UNFED_OR_KEPT_APART = (
    r"(?:சாப்பாடு|சோறு|உணவு|சாப்பிட)\S*\s+(?:\S+\s+)?(?:இல்லை|இல்ல|கிடையாது)(?![\u0b80-\u0bff])|"
    r"(?:யாரையும்|யாரும்|யாரையுமே|எங்களை)\s+(?:\S+\s+)?(?:பார்க்க|பாக்க|சந்திக்க|பேச)\s+"
    r"(?:\S+\s+)?(?:விடவில்லை|விடல|விடுவதில்லை|விடமாட்ட)"
)
TAMIL_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:விரத|நோன்பு))"
    + every_one_of(_TA_ELDER, _TA_ALL_MONEY_TAKEN, _TA_UNFED_OR_KEPT_APART),
)

# A woman months into a pregnancy, her months given ("மனைவிக்கு 8 மாதம்"), bleeding now; not
# gums that bleed, a period, nor a bleed in a pregnancy gone by.
_TA_MONTHS_ALONG = (
    r"(?:மனைவி|மகள்|மருமகள்|அக்கா|தங்கை|அண்ணி|எனக்கு|அவளுக்கு|அவங்களுக்கு)\S*\s+(?:\S+\s+)?"
    r"\d+\s*(?:மாதம்|மாசம்|வாரம்)"
)
_TA_BLEEDING_NOW = (
    r"இரத்தப்போக்கு|ரத்தப்போக்கு|உதிரப்போக்கு|ப்ளீடிங்|பிளீடிங்|(?:இரத்தம்|ரத்தம்)\s+(?:\S+\s+)?"
    r"(?:வருகிறது|வருது|போகிறது|போகுது|வந்துகிட்டே|கொட்டு)"
)
TAMIL_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:ஈறு|மாதவிடாய்|பீரியட்|போன\s+முறை|முதல்\s+பிரசவ))"
    + every_one_of(_TA_MONTHS_ALONG, _TA_BLEEDING_NOW),
)

# Someone fallen outdoors who cannot get up, with dark or cold coming.
TAMIL_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"விழுந்து",
        r"(?:எழ\s*முடிய|எழுந்திருக்க\s*முடிய|எழுந்துக்க\s*முடிய)",
        r"(?:காட்டில்|மலை|இருட்ட|குளிர்|வெளியே|சாலையில்|தெருவில்|தனியாக)",
    ),
)

# An employer or owner who touches someone and tells her to keep quiet or lose her work.
_TA_TOUCHES = r"தொடுகிற|தொட்டா|தொடுவா|தடவு|தப்பா\s*தொட|தவறாக\s*தொட|பாலியல்"
_TA_EMPLOYER = r"முதலாளி|மேனேஜர்|மேலாளர்|ஓனர்|சூப்பர்வைசர்"
_TA_KEEP_QUIET = r"சொன்னால்|சொல்லக்கூடாது|சொல்லாதே|வேலை\s*போ|வேலையை\s*விட்டு"
TAMIL_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_TA_TOUCHES, _TA_EMPLOYER, _TA_KEEP_QUIET),
)

# A plan to die said plainly, in the first person: suicide that "I am going to" do ("தற்கொலை
# செய்யப் போகிறேன்", "தற்கொலை பண்ணப் போறேன்"), killing oneself ("என்னை நானே கொல்லப்
# போகிறேன்"), hanging oneself ("தூக்கு போட்டுக்கொள்வேன்", "தூக்கில் தொங்கப் போறேன்"), a leap from
# a bridge, a roof or into a well or river, and dying as decided ("சாக முடிவு செய்துவிட்டேன்");
# and in the Latin spelling ("thookku pottukkuven", "saaga mudivu panniten"). Not a mosquito to
# be killed, washing put out to dry, the river looked at from a bridge, a swim in it.
_TA_GOING_TO = r"(?:ப்)?\s*(?:போகிறேன்|போறேன்|போறன்|போகிறன்)"
_TA_JUMP_FROM = (
    r"(?:பாலத்தி|பாலத்து|மாடியி|மாடில|கிணற்றி|கிணத்து|ஆற்றி|ஆத்து|ரயில்\s+முன்|ரயிலுக்கு\s+"
    r"முன்|தண்டவாளத்தி)"
)
TAMIL_PHRASES += (  # i18n-exempt: input
    r"தற்கொலை\S*\s+(?:\S+\s+)?(?:செய்ய|பண்ண)" + _TA_GOING_TO + r"|தற்கொலை\S*\s+(?:செய்வேன்|"
    r"பண்ணுவேன்)",
    r"(?:என்னை\s+நானே|நானே\s+என்னை)\s+(?:\S+\s+)?(?:கொல்ல" + _TA_GOING_TO + r"|கொன்னுடுவேன்|"
    r"கொன்றுவிடுவேன்|கொல்லுவேன்|கொன்னுக்குவேன்)",
    r"தூக்கு\S*\s*போட்டு(?:க்)?\s*(?:கொள்வேன்|கொள்ள|குவேன்|கப்|கிடுவேன்|கிட)|தூக்கில்\s+"
    r"தொங்க(?:" + _TA_GOING_TO + r"|ுவேன்)",
    rf"^(?!.*(?:குளிக்க|நீச்சல்|நீந்த)).*{_TA_JUMP_FROM}\S*\s+(?:\S+\s+){{0,2}}(?:குதிக்க"
    + _TA_GOING_TO
    + r"|குதிப்பேன்|விழ"
    + _TA_GOING_TO
    + r"|பாய"
    + _TA_GOING_TO
    + r")",
    r"(?:சாக|சாவது|சாவதென்று|சாகறதுன்னு|சாகுறதுன்னு|செத்துப்\s*போக)\S*\s+(?:\S+\s+)?முடிவு\s+"
    r"(?:செய்துவிட்டேன்|செய்தேன்|பண்ணிட்டேன்|எடுத்துவிட்டேன்|எடுத்துட்டேன்)",
    r"\b(?:thookk?u\s+(?:pott?ukk?(?:uven|a\s+poren)|podap\s+poren)|(?:ennai|ennai)\s+naane\s+"
    r"kolla\s+poren|saaga\s+mudivu\s+(?:panniten|pannitten|seithen)|uyiroda\s+irukk?a\s*"
    r"maa?tt?en)\b",
)

# Dying said as going to be done ("நான் சாகப் போகிறேன்") beside decided, tonight or tomorrow; the
# railway tracks gone to ("தண்டவாளத்துக்கு போகிறேன்") beside tonight or a debt or life not borne;
# pills gathered ("மாத்திரைகளைச் சேர்த்து வைத்திருக்கிறேன்") beside all of them to be swallowed
# or a goodbye; not being here tomorrow ("நாளை நான் இருக்க மாட்டேன்") beside "the last time" or a
# goodbye. Not dying of laughter or the heat, a shift on the tracks, tablets for a journey, a
# last meeting before a trip home.
_TA_TONIGHT = r"இன்று\s+இரவு|இன்றிரவு|இன்னைக்கு\s+(?:ராத்திரி|நைட்)"
_TA_NOW_OR_DECIDED = rf"முடிவு|{_TA_TONIGHT}|நாளை|இந்த\s+வாரம்"
_TA_CANT_BEAR = r"தாங்க\s+முடியவில்லை|தாங்க\s+முடியல|முடியவில்லை|முடியல|கடன்"
_TA_LAST_OR_GOODBYE = r"கடைசி\s+(?:முறை|தடவை|மெசேஜ்|செய்தி)|குட்\s*பை|விடைபெற"
_TA_NOT_HERE_TOMORROW = r"(?:நாளை|நாளைக்கு|நாளையிலிருந்து)\s+(?:நான்\s+)?" + _TA_WONT_BE
_TA_A_JOURNEY = r"பயண|ஊருக்கு|டிரிப்|லீவு|விடுமுறை|வேலை|ஷிப்ட்|டியூட்டி"
TAMIL_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:சிரிச்சு|சிரித்து|பசி|வெயில்))"
    + every_one_of(_TA_NOT_OF + r"சாக" + _TA_GOING_TO, _TA_NOW_OR_DECIDED),
    rf"^(?!.*(?:{_TA_A_JOURNEY}))"
    + every_one_of(
        r"தண்டவாள\S*\s+(?:\S+\s+)?(?:போகிறேன்|போறேன்|போவேன்|படுக்க|படுப்பேன்)",
        rf"{_TA_NOW_OR_DECIDED}|{_TA_CANT_BEAR}",
    ),
    rf"^(?!.*(?:{_TA_A_JOURNEY}))"
    + every_one_of(
        r"(?:மாத்திரை|டேப்லெட்)\S*\s+(?:\S+\s+)?(?:சேர்த்து|சேகரித்து|சேமிச்சு|சேமித்து)",
        r"எல்லா\S*\s+(?:\S+\s+)?(?:விழுங்கு|முழுங்கு)|" + _TA_LAST_OR_GOODBYE,
    ),
    rf"^(?!.*(?:{_TA_A_JOURNEY}))" + every_one_of(_TA_NOT_HERE_TOMORROW, _TA_LAST_OR_GOODBYE),
)
