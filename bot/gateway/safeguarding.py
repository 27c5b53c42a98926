"""Reading a message as a risk: the phrase net, and the classifier's word on it.

Safeguarding is the gateway's own job: a message that says someone may be at risk gets the
numbers to call and an urgent staff alert whatever Rasa would have said, in every state and
from any sender. Two readers decide, and either is enough:

- the phrase net, which needs nothing running (it is all there is when Rasa is down);
- Rasa's classifiers (`/model/parse`): the risk classifier (nlu/components/risk_classifier.py,
  a yes/no model trained apart from the intents) saying `at_risk`, or the intent classifier
  reading report_safeguarding at or above the handover threshold while the risk classifier
  scores the message at least worth a look (`classifier_reads_risk`); unless the message is
  explained as everyday (a figure of speech, an everyday fear, being picked up, the assembly's
  topics talked about) and the net does not catch it either.

A message the risk classifier scores only over its lower review threshold gets no crisis text:
it opens a safeguarding case for staff to read, and the member is answered as usual.

The English net reads a message in one spelling (safeguarding_words.normalise: emoji as words,
dialect, slang and spelling by ear by safeguarding_dialect, Nigerian Pidgin's grammar by
safeguarding_pidgin, and a first language's grammar carried into English by
safeguarding_learner), then by category: the writer's own risk (safeguarding_self:
wanting to die; safeguarding_selfharm: self-harm; safeguarding_coping: not coping, self-neglect),
harm from other people (safeguarding_harm: violence, sexual harm, control), danger from outside
and from circumstances (safeguarding_danger: threats, stalking, exploitation, a child or an adult
at risk, a child kept by a parent and taken for good or abroad, nowhere to sleep, fear of the
police; safeguarding_abroad: children being flown out tonight by a parent without the other's
consent; safeguarding_marriage: forced marriage and honour, taken abroad or to the village to be
married, a refusal threatened in the family's honour, hunted by the family to be brought back for
the wedding; safeguarding_hate: hate incidents; safeguarding_hate_now and safeguarding_targeted:
hate attacks and threats happening now or planned), the writer's state now (safeguarding_now:
distress a session has brought back, not expecting to be around for the next session, an alarm in
a word or two), harm from the people someone depends on or cannot get away from
(safeguarding_care: an older or disabled adult neglected by a carer or family, a child not fed or
hit, threats over rent or a debt, being found after leaving, a home taken over), risks said in two
everyday halves (safeguarding_pairs.CUE_PAIRS), and warning signs said sideways, with no word of
risk (safeguarding_signs: belongings given away, self-harm come back, no memory of saying yes, a
child asked for pictures, a threat in street words), and risks told as an errand or an aside
(safeguarding_veiled: affairs put in order, a goodbye at a bridge or a reservoir or sent and then
silence, a plea not to be looked for, a means named beside a bare goodbye, an overdose as a count
of tablets or tablets counted out, being watched, a child with no food or not home, no home
tonight, asides that only make sense from someone at risk: a false finish time, the refuge,
sedatives with drink), and risks told as one concrete detail (safeguarding_details: a bridge's
height looked up, a room entered at night, a tent slashed with them inside, being taken abroad to
marry), a medical emergency happening to the writer or in front of them (safeguarding_emergency: a
fall and not getting up or not answering, chest pain into the arm, no breath, someone not waking
after taking something or with a needle beside them, someone with dementia not back or gone off
hours ago, someone not breathing and cold, a stroke's signs, a diabetic's sugars crashed, someone
who cannot be woken and breathes oddly, someone living alone not seen for days with the milk
piling up, a collapse with no breath, an allergy swelling the lips, a fit gone on five minutes or
the first one), money taken from an older or dependent adult (safeguarding_money: a pension
stolen, a card kept and no money for tablets, withdrawals in secret for a new "friend", a caller
posing as the police or the bank sending a courier), and harms safeguarding policy names that the
rest had no words for (safeguarding_crimes: a girl taken "back home" for "the cleaning" or to be
"made a woman" or to "get done" like the women before her, a nikah with a threat if the writer
runs, work that "is prison", workmen back every week for more, "friends" who charge to stay
friends, and harm from others told as what happened: a man who turns up, knows the school, a woman
not allowed to take part, savings drained by a carer or a son, a house signed away, money sent to
a partner never met, a child groomed or given a phone by a neighbour and told it is a secret, a
worker with no passport and no pay; and harm told by a neighbour or a youth worker: a "friend"
moved in who keeps the carers out, a disabled man tipped out of his chair for a laugh, screaming
then silence next door, someone sat in their own mess, a teenager passed round for sex; self-
neglect, a disabled adult hit or used for sex, a baby limp and grey, a child exploited by older
men), extremism (safeguarding_extremism: a plan to "do something" at a mosque in an extremist's
words, means bought by someone who calls the council traitors, a young person leaving on Tuesday
to join fighters, the assembly called the enemy while its crowds are asked about, a planned attack
on a place of worship or a gathering: a people called invaders with a day named, "do something"
there with a device, a nail bomb's makings bought; a family threatened with being burnt out),
violence planned against others (safeguarding_violence: "he's a dead man" or "going to do him"
beside a knife carried or prison taken as the price; vigilantes sorting it themselves because the
police will not; petrol brought to the town hall or the council's offices torched, with a day or
"serious"; safeguarding_street: the same in London street words, a "ting" brought that they "can
talk to", out on the opp block with the nank till he comes out), and harm inside someone's own
home (safeguarding_home: "friends" moved in who
will not leave, took the keys or the card and use the kitchen for their business; a "friend" moved
in with a disabled or lone adult, and no food, the card gone or screaming heard; a pillow held
over the face until she passed out; a row at her with things smashing or a shout for help; a
stranger in the house now, heard or hidden from), risks said in shorthand (safeguarding_shorthand:
an overdose or a beating in emoji, someone not breathing in a few words, a neighbour behind a door
in signed English), and danger to someone else happening now that the writer sees or alone knows
of (safeguarding_witnessed: a man dragging or hitting a woman who bleeds or screams, a young child
on a balcony for hours with no one answering, a baby shut in a hot car gone quiet, someone with
dementia alone at home while the writer is kept in hospital, smoke from the flat of someone who
lives alone and does not answer, smoke up through the floor or flames catching the window frames
with people in there, a woman covered in blood with a man coming after her, someone who has
taken something and can barely talk), and risks
framed as something else
(safeguarding_framed: a death planned, asked about as a question for a day of the writer's own; a
low safety score with the danger put at home; a reservoir or a cliff, weighing whether to drive
in, told as a joke), and someone gone unanswered for days (safeguarding_unanswered: old or alone
with the carer off and not picking up, or shut in their room with a smell), and an urgent need
told as an aside (safeguarding_urgent: a diabetic shaky and confused, a battery swallowed, a head
hit in a fall and muddled after, a carbon monoxide alarm with the house sick, a bedbound adult
unfed since the carer went away or locked in with no food, an eating disorder with fainting and
days unfed), and risks
told beside a history already on record (safeguarding_known: chest pain into the arm with a stent
years ago, a young person once referred to Prevent back on the same videos, a safe house found, a
MARAC case with him seen on the road, someone unwell in mind with a knife on them), and
exploitation told as an arrangement (safeguarding_exploited: a child kept from school to do a
household's work, help with a case or a home offered for going to his room, a worker taken away
in a van over the debt for his passage), and risks that reach someone through phones, apps and
the internet (safeguarding_online: a child sent by someone online to carry packages, a phone scam
going on now, an ex who got into an account and knows where the writer is, a lethal dose
searched for, a weapon posted for a gathering, a tracking tag on someone who fled, a woman
advertised online, a child set up online to meet a stranger, a carer in the banking app, a
goodbye posted online; safeguarding_reached: an abuser inside the phone who knows where she
hides, an address posted with a call to visit, a child told in a group chat to bring a knife,
pictures demanded with a threat, a job abroad from a man met online), risks at a public venue or
event (safeguarding_venue: a driver drunk or driving on past the writer's road, someone removed
for threats back inside, a man with a weapon outside, a fire with the exits chained, someone on
the ground being kicked, a lost child led off by a stranger, a fit coming on alone, someone
suddenly confused and slurring), and risks on the way to or from the assembly or while stuck
there (safeguarding_journey: trapped in a lift with no air, stranded in the cold with the
battery going, found by the man someone escaped, held in a room and not let leave, a threat to
kill shouted while someone hides, a weapon shown to be used, petrol brought where the police
will be, a carer unable to leave someone unfed and weak), the body in trouble now
(safeguarding_body: someone breathing who cannot be woken, a diabetic low and not waking or high
with the signs of ketoacidosis, an asthma attack pulling in under the ribs, a baby blue round
the lips, seizures without coming round, slurred speech with things dropped, a rash that does
not fade under a glass, a child who ate someone's tablets, someone gone down a funny colour, the
worst headache of someone's life), dangers in the home happening now (safeguarding_hazards: a
smell of gas beside someone at risk or a plea, the gas left on by someone with dementia, a
carbon monoxide alarm with the house drowsy or sick, smoke or fire with someone who cannot get
out, sockets sparking with a burning smell, a burning smell with the smoke alarm going), and
cold, hunger and care that never came for someone who cannot go without (safeguarding_unmet: no
heat with a baby or someone old cold and floppy or muddled, a meter on zero in freezing weather,
a child with no food for days, young children on their own since yesterday, a carer who never
came and no tablets or food, an autistic or non-verbal child lost and not found, someone old
suddenly confused with a fever), a risk put as a question about the law, a service or a number
with a sign that it is here now (safeguarding_questions: self-defence asked about with him
coming back tonight, a lethal amount with the packet here, a passport kept with the writer there
now, a sentence asked with the petrol in the hall), risks put as a question or an ask with a
sign the risk is here now (safeguarding_asked: the payment passed to the children if something
happens tonight, a weapon someone says they will use later, a row and a bang and then quiet, a
lethal amount of a medicine, kept in and unfed with "this is me", the sentence for revenge asked
outside his house, getting out before he is back, a goodbye posted by someone said to be ending
it, a stranger luring children who is still there, a threat with him outside the writer's work),
mental health crises told in passing (safeguarding_unwell: days or weeks unfed or purging with
the body giving way, a panic attack or dissociation at a platform edge, at the wheel or shut in
unseen, someone sectioned gone from the ward, food refused for days for fear of poison), a mind
in crisis with danger now (safeguarding_mind: voices telling someone to do harm, a belief of
being poisoned with a plan to act on it, days without sleep with money spent wildly or driving
off, a new mother who believes the baby is not hers, someone gone from a ward armed), drink and
drugs in crisis (safeguarding_substances: withdrawal with hallucinations, shaking all over or
fits; a dose doubled or mixed with drink or drugs and drowsy or not responding; using again
after a long break with the tolerance gone; a carer drinking again with the one in their care
found on the floor, their doses muddled or a pan left on), harm from someone with power or trust
over the person at risk (safeguarding_trust: a landlord's men changing the locks with the
children inside, a landlord inside or coming in on a tenant in the shower, rent let off for sex,
a debt to be paid by going with the boss's friends or his men sent, an attorney who has emptied
an old person's account, a coach, teacher, youth worker, pastor or guard grooming or abusing a
child), accidents outdoors now (safeguarding_accidents: someone in the water going under or
through the ice, someone hit by a vehicle and not moving or bleeding, left in the road after a
car drove off, trapped in or under a vehicle, a bus, car or boat on fire with people inside),
pregnancy and birth emergencies (safeguarding_pregnancy: bleeding with severe pain, a baby not
moving since a time named, waters gone early, a birth now on a floor or hidden by a teenager,
pre-eclampsia's signs, labour alone with no way in, a baby born alone and cold, a pregnancy to
be ended by force), and babies and toddlers in danger now (safeguarding_baby: a newborn yellow
or grey and not waking, breathing fast with a fever or fitting; a fall with a head hurt, a
cleaning liquid or magnets swallowed, a scald; a baby left with someone high or drunk, thrown or
shaken; a parent who calls the baby evil or will jump with it), physical emergencies out in
public now (safeguarding_outdoors: a dog that will not let go, someone trampled in a crush,
someone on the tracks or caught in the gap, collapsed with no pulse, heatstroke, soaked and
freezing and barely talking, a young child lost near a main road, a builder buried in a trench
or limp in a harness, a fall with a head injury, chest pain stuck in a lift), older and disabled
adults exploited or hurt now (safeguarding_exploited_adults: a scam caller still on the line, a
card and PIN handed over at the door, a stranger in the home of someone with dementia, benefits
taken, a learning-disabled adult groomed online, a relative's harm), older and disabled
adults left without care (safeguarding_left_alone: on the floor and unable to get up, a care
alarm taken, not turned or left in wet sheets, a carer who never came, unfed, exits blocked by
hoarding, someone with dementia missing, a hob left on), and sexual violence now or just done
(safeguarding_sexual: someone out of it led off by men, sex forced or done while asleep, filming
with a threat to send it, a man exposing himself or touching on a bus or in a taxi, a room or a
visa kept for sex, a young or disabled person with a much older man, a carer touching someone),
and the writer's own plan to die told stoically (safeguarding_farewell: a pet rehomed for good
beside affairs settled, not a burden or not planning to be around past a day, the payment asked
about for the estate, gone by then with the funeral paid, a goodbye the other does not know is
one, notes written and "tonight probably", a last time before going through with it, a gun
licence not for the sport), and told through the means or the place (safeguarding_means: a hose
fitted to the exhaust or got ready with the garage, sat in the car in a shut garage with the
engine running, a river, a bridge or a platform gone to night after night working up to it, the
river "calling", walking into the reservoir, a multi-storey not to be come down from, the
railway gone to instead of where the family is told, sat with a loaded gun, a beam looked at, a
belt practised with, a knife sharpened "not for cooking", extra tablets taken on purpose,
tablets kept not taken or morphine saved, "took the lot"), and children and teenagers at risk
now in their own words (safeguarding_young: a parent on the floor not waking or gone for days,
no food and no money, a boyfriend much older who says tell no one, an older man met on an app, a
man outside school with vapes, a stay paid back with his mates, running away tonight, pictures
demanded with a threat, sent away to be married off, an hour on a bridge, a drunk parent hitting
them, acid threatened), and harmful practices and honour-based abuse now or about to happen
(safeguarding_practices: a girl's cutting with a time or her age named, a trip "for sunna", a
woman coming to "do" the girls called a party; breast ironing; a relative with a knife over
shame, relatives hunting the writer to take her back, a punishment for talking to a man; dowry
demanded with burns; a flight booked to be married, someone married off who cannot understand,
beatings since a match refused; put out with a baby in the cold tonight; an abortion forced over
a girl; a childminder who hit a child going back; followed since a place and still behind), and
harm tied to faith and belief (safeguarding_faith: someone called possessed, a witch or cursed
and beaten, starved, shut out or "delivered"; a spirit beaten out; medicine stopped because the
illness is "a spirit"; a young person sent to a healing camp or abroad "to be fixed", or taken
to have it "prayed out"; a faith leader alone with a child for "private blessings"), and men and
boys at risk told in an understated way (safeguarding_men: a drunk dad laying into mum, the
people owed who said he is "done", the boots hung up beside a rope in the garage, a shotgun got
down "just thinking", men in balaclavas asking for him by name, the casino had everything and
"easier if I'm not here", a coach taking boys to his flat and saying not to tell, a hosepipe in
the car "trying to decide", a son's pictures held for money by midnight, a child driven off by a
drunk parent, a crowd at the hotel saying they will come in, "I will jump before I go back", a
man with a knife at the door), and risks told in short literal sentences by members who write
differently (safeguarding_literal: an emergency in fragments, made to do things to a man or to
undress, sex with a partner's friends to pay back money, hit with a belt, hurt and told it will
be done again, a threat if the writer is late, locked in by staff, lost in the dark with the
phone nearly flat, a baby struggling to breathe, someone autistic gone and not answering, fire
at home with no way out, a drunk driver with the children, cleaning liquid drunk, thinking of
jumping at a platform, a young child left alone in a car), and harm already done that is still
dangerous now or due again (safeguarding_again: a child hit by someone who has them again
tomorrow or wanted out again tonight to carry packages, a threat set for a day that has come, a
beating every weekend with the weekend here, attackers who say they will be waiting, wages taken
with a beating for leaving, petrol poured at the door, back again with a knife this time,
someone alone who fell and is silent since the morning, someone old with no heat in the freeze
not answering the door, letters written and "done" after a day, a stroke's signs on waking), and
risks at work and on the job now (safeguarding_work: a weapon out at a till, a cab or a
warehouse, locked in a building with the phone dying, pills from work and "tonight I'm done", a
man kicked on the floor or a passenger punching a woman, trapped under a forklift, a boss's grab
with a threat for tonight, robbers back at the door, a resident found barely breathing or unfed
for days, a fall through a skylight, a threat to blow up a bus, petrol and a lighter, a worker
kicked and coughing blood), and children lured, groomed or used by others, or gone after a
goodbye, told by the family (safeguarding_lured: picked up by men in a car no one knows and gone
off with them, cash or a second phone and going "up country" tonight, gone to meet someone from
an app who is older than he says, fifteen or under and staying with a partner of eighteen or
more, a goodbye note and the child not in their room), and a parent's fear for a teenager or of
one, with the danger now (safeguarding_parent_fears: a child taken to work the lines, paid by a
man and going back to pick something up, rivals coming for him tonight with machetes shown,
"I'll kill you" with a weapon in hand at the writer's door), and serious injuries now
(safeguarding_injured: a finger or a hand hanging off or blown off with blood everywhere,
someone glassed or stabbed and bleeding badly, a hip or a leg broken in a fall outdoors with no
one about and the dark or the cold coming), and someone badly burnt now (safeguarding_burns:
clothes caught fire off a candle or a diya, fallen into a bonfire, a firework gone off on
someone, and the skin blistered, peeling or burnt bad), and risks LGBT+ members and their
families tell of (safeguarding_identity: taken or sent to be "cured" or "healed" of being gay or
trans, or held at a retreat that takes the phone; put out for being trans with nowhere tonight;
family who found out coming round "to sort" them out; hate words sprayed on a home now; HIV
pills locked away by a partner until an apology; a learning-disabled adult not let home by an
online "boyfriend"; a chemsex session with the lips gone blue), and debts, gambling and scams
with the danger here now (safeguarding_debt: a caller posing as the bank, HMRC or the police
with money handed over now, the people owed coming round or doing someone's face in, bailiffs
changing the locks with the children inside, medicine sold or pawned for a debt and someone
unwell, everything lost with the writer on a bridge or the car running in the garage, a child
with a parent drunk for days, no food and someone hit), and a young person cornered now by
people who mean harm (safeguarding_cornered: chased by someone armed who is still close, a child
of fifteen or under getting into an adult partner's car, someone out of it shut in a room with a
man, made to carry for people who show the family is within reach, grabbed at work by a man who
says next time he will not stop), harm heard from a neighbour's home now
(safeguarding_next_door: a blow or a plea heard through the wall, a neighbour fallen and still
on the floor behind a locked door, a young child crying for hours with no one come or gone),
danger on the landing, in the block or on the estate now (safeguarding_landing: a neighbour not
seen for days with the post piling up or flies at the window and feared inside, water onto the
electrics sparking with the children or a mother there, someone on a balcony railing crying,
someone collapsed, breathing badly and grey, locked in a room with the children and the phone
taken, a bat swung at a woman cornered, a man with a crowbar at the door now, a loose dog that
has bitten a child and is chasing more, the gas left on by someone with dementia who lights
candles), and risks young adults tell of on a night out, at home or at a friend's
(safeguarding_young_adults: a flatmate shut in and silent after a goodbye, someone fitting or
burning up after taking something, out cold after the drink and gurgling, a friend left outside
and her location moving off in a car, someone in a canal who cannot swim, an asthma attack with
the inhaler empty, a sister made to sell herself, a cousin kept at a flat and not let go, a rope
ready and no one to miss the writer), someone bereaved with the danger now
(safeguarding_bereaved: joining someone who died with a time, a means or a goodbye, a death
beside signs of an end, the children handed on from today, not seen since the funeral with the
curtains shut, not up for days with young children unfed), danger now told around a death
(safeguarding_after_a_death: the dead heard calling the writer to them at a platform, medicine
stopped to go to the one who died, chest pain with no ambulance let be called, not eating or
drinking for days, a disabled adult with nobody there who cannot take their medicine alone, no
heat and days unfed), risks passed on in a message meant for someone else, forwarded, pasted or
quoted (safeguarding_passed_on: a landlord coming in at night while the writer sleeps, men
coming tonight with bats, a friend's wrists posted with "last one tonight", a child who chewed a
dishwasher tablet and is being sick, a son kept at a flat till he has sold it all, a debt with
"or we come to your mum's house", a caller after a bank PIN who will not leave, a thank-you sent
from the top of a multi-storey), and risks told in a message meant for someone else, forwarded
or pasted (safeguarding_relayed: hit and hiding with a plea to be fetched or for 999 rung, a
threat that knows the home or the school, a stabbing promised with the knife in the bag, someone
to be "done" tonight with the boys and "the thing", a girl under sixteen with a grown man who
gives her weed or cash, an old parent not eating and wandering at night, no insulin left and no
carer come, an ex out of prison at the school gates asking for the children), medical
emergencies told by their signs, never by name (safeguarding_seen, safeguarding_red_flags,
safeguarding_symptoms: a face dropped on one side with slurred speech, a swallowed battery, a
rash that stays under a glass, a fit that will not stop, a baby of weeks feverish and not
waking, gasping and grey holding the chest), unpaid carers at breaking point and the one cared
for in danger now (safeguarding_carers, safeguarding_breaking_point: the cared-for's tablets
saved up beside an end, a pillow over a suffering face thought of with a time, someone who
cannot walk locked in for hours, oxygen off in a power cut), danger at home tonight for people
in crowded, temporary or no housing (safeguarding_housing: smoke with the way out locked, a gas
heater on all night and someone not waking, a landlord's man coming back tonight), risks that
come with having no safe home (safeguarding_no_safe_bed: a sofa kept for holding packages, a
parent since the eviction who took a hosepipe and left), and stalking and intimidation happening
now (safeguarding_stalked: a tracker found hidden, a threat to come round tonight with the
children there, hiding with the follower outside, a witness watched or threatened). Each
module's own docstring lists what it reads and leaves alone.
The assembly's subjects talked about as subjects, a harm of the writer's own long past told as
over (in a good place now, got out of it), being followed by an animal, a relative's attempt on
their life years ago with them well now, a question for the panel about what a witness should do
and a table's case study answer are taken out before it reads
(safeguarding_everyday.without_topics), as are questions asked in general
(safeguarding_framed.ASKED_IN_GENERAL) and, for every kind, a harm told as over (a year named
and him in prison, convicted, left, or the member well for years, with nothing saying it is back
or still going on), a question put hypothetically, what a first aid course taught, a scene from
a drama and wanting to die laughed off after a long shift, a soap's storyline, a captioned meme,
a rumour of a stranger hurt and wanting to die over a match lost
(safeguarding_over.without_the_past).
The languages the assistant speaks (Polish, Romanian, Urdu) and the others members of the borough
write in (Bengali, Turkish, Somali, Portuguese, Spanish, Arabic, Farsi, Lithuanian, Bulgarian,
Albanian, Punjabi, Tamil, Greek, Gujarati, Hindi, Yoruba, Italian, French, Russian, Ukrainian,
Chinese) have nets of their own, one module each (safeguarding_polish, ..., safeguarding_chinese),
read by safeguarding_languages. Everyday idioms ("my feet are killing me", "I'm dying to know",
"I'm afraid I can't come", "scared I'll be late") are left alone: each pattern needs the first
person, a person doing harm, or the words of despair themselves.

A lower classifier threshold when the message has a weak cue (a word of fear, hurt, home or
despair) was measured and not taken: on 298 disclosures and 137 everyday messages, 0.25 with a
cue caught one more disclosure and let eight more everyday messages through.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.gateway.safeguarding_abroad import ABROAD_PHRASES
from bot.gateway.safeguarding_accidents import ACCIDENT_PHRASES
from bot.gateway.safeguarding_after_a_death import AFTER_A_DEATH_PHRASES
from bot.gateway.safeguarding_again import AGAIN_PHRASES
from bot.gateway.safeguarding_asked import ASKED_PHRASES
from bot.gateway.safeguarding_baby import BABY_PHRASES
from bot.gateway.safeguarding_bereaved import BEREAVED_PHRASES
from bot.gateway.safeguarding_body import BODY_PHRASES
from bot.gateway.safeguarding_breaking_point import BREAKING_POINT_PHRASES
from bot.gateway.safeguarding_burns import BURN_PHRASES
from bot.gateway.safeguarding_care import CARE_PHRASES
from bot.gateway.safeguarding_carers import CARER_PHRASES
from bot.gateway.safeguarding_coping import COPING_PHRASES
from bot.gateway.safeguarding_cornered import CORNERED_PHRASES
from bot.gateway.safeguarding_crimes import CRIME_PHRASES
from bot.gateway.safeguarding_danger import DANGER_PHRASES
from bot.gateway.safeguarding_debt import DEBT_PHRASES
from bot.gateway.safeguarding_details import DETAIL_PHRASES
from bot.gateway.safeguarding_emergency import EMERGENCY_PHRASES
from bot.gateway.safeguarding_everyday import EVERYDAY_IDIOMS, without_topics
from bot.gateway.safeguarding_exploited import EXPLOITED_PHRASES
from bot.gateway.safeguarding_exploited_adults import EXPLOITED_ADULT_PHRASES
from bot.gateway.safeguarding_extremism import EXTREMISM_PHRASES
from bot.gateway.safeguarding_faith import FAITH_PHRASES
from bot.gateway.safeguarding_farewell import FAREWELL_PHRASES
from bot.gateway.safeguarding_framed import FRAMED_PHRASES
from bot.gateway.safeguarding_harm import HARM_PHRASES
from bot.gateway.safeguarding_hate import HATE_PHRASES
from bot.gateway.safeguarding_hate_now import HATE_NOW_PHRASES
from bot.gateway.safeguarding_hazards import HAZARD_PHRASES
from bot.gateway.safeguarding_home import HOME_PHRASES
from bot.gateway.safeguarding_housing import HOUSING_PHRASES
from bot.gateway.safeguarding_identity import IDENTITY_PHRASES
from bot.gateway.safeguarding_injured import INJURED_PHRASES
from bot.gateway.safeguarding_journey import JOURNEY_PHRASES
from bot.gateway.safeguarding_known import KNOWN_PHRASES
from bot.gateway.safeguarding_landing import LANDING_PHRASES
from bot.gateway.safeguarding_languages import risk_language
from bot.gateway.safeguarding_left_alone import LEFT_ALONE_PHRASES
from bot.gateway.safeguarding_literal import LITERAL_PHRASES
from bot.gateway.safeguarding_lured import LURED_PHRASES
from bot.gateway.safeguarding_marriage import MARRIAGE_PHRASES
from bot.gateway.safeguarding_means import MEANS_PHRASES
from bot.gateway.safeguarding_men import MEN_PHRASES
from bot.gateway.safeguarding_mind import MIND_PHRASES
from bot.gateway.safeguarding_money import MONEY_PHRASES
from bot.gateway.safeguarding_next_door import NEXT_DOOR_PHRASES
from bot.gateway.safeguarding_no_safe_bed import NO_SAFE_BED_PHRASES
from bot.gateway.safeguarding_now import NOW_PHRASES
from bot.gateway.safeguarding_online import ONLINE_PHRASES
from bot.gateway.safeguarding_outdoors import OUTDOOR_PHRASES
from bot.gateway.safeguarding_pairs import CUE_PAIRS
from bot.gateway.safeguarding_parent_fears import PARENT_FEAR_PHRASES
from bot.gateway.safeguarding_passed_on import PASSED_ON_PHRASES
from bot.gateway.safeguarding_practices import PRACTICE_PHRASES
from bot.gateway.safeguarding_prefilter import PatternSet
from bot.gateway.safeguarding_pregnancy import PREGNANCY_PHRASES
from bot.gateway.safeguarding_questions import QUESTION_PHRASES
from bot.gateway.safeguarding_reached import REACHED_PHRASES
from bot.gateway.safeguarding_red_flags import RED_FLAG_PHRASES
from bot.gateway.safeguarding_relayed import RELAYED_PHRASES
from bot.gateway.safeguarding_seen import SEEN_PHRASES
from bot.gateway.safeguarding_self import SELF_PHRASES
from bot.gateway.safeguarding_selfharm import SELF_HARM_PHRASES
from bot.gateway.safeguarding_sexual import SEXUAL_PHRASES
from bot.gateway.safeguarding_shorthand import SHORTHAND_PHRASES
from bot.gateway.safeguarding_signs import SIGN_PHRASES
from bot.gateway.safeguarding_stalked import STALKED_PHRASES
from bot.gateway.safeguarding_street import STREET_PHRASES
from bot.gateway.safeguarding_substances import SUBSTANCE_PHRASES
from bot.gateway.safeguarding_symptoms import SYMPTOM_PHRASES
from bot.gateway.safeguarding_targeted import TARGETED_PHRASES
from bot.gateway.safeguarding_trust import TRUST_PHRASES
from bot.gateway.safeguarding_unanswered import UNANSWERED_PHRASES
from bot.gateway.safeguarding_unmet import UNMET_PHRASES
from bot.gateway.safeguarding_unwell import UNWELL_PHRASES
from bot.gateway.safeguarding_urgent import URGENT_PHRASES
from bot.gateway.safeguarding_veiled import VEILED_PHRASES
from bot.gateway.safeguarding_venue import VENUE_PHRASES
from bot.gateway.safeguarding_violence import VIOLENCE_PHRASES
from bot.gateway.safeguarding_witnessed import WITNESSED_PHRASES
from bot.gateway.safeguarding_words import normalise
from bot.gateway.safeguarding_work import WORK_PHRASES
from bot.gateway.safeguarding_young import YOUNG_PHRASES
from bot.gateway.safeguarding_young_adults import YOUNG_ADULT_PHRASES

SAFEGUARDING_INTENT = "report_safeguarding"

# Every English pattern by the kind of risk it reads (any one is enough).
RISK_PHRASES: Mapping[str, tuple[str, ...]] = {
    **SELF_PHRASES,
    **SELF_HARM_PHRASES,
    **COPING_PHRASES,
    **HARM_PHRASES,
    **DANGER_PHRASES,
    **MARRIAGE_PHRASES,
    **HATE_PHRASES,
    **HATE_NOW_PHRASES,
    **SIGN_PHRASES,
    **VEILED_PHRASES,
    **NOW_PHRASES,
    **CARE_PHRASES,
    **DETAIL_PHRASES,
    **EMERGENCY_PHRASES,
    **CRIME_PHRASES,
    **EXTREMISM_PHRASES,
    **MONEY_PHRASES,
    **HOME_PHRASES,
    **VIOLENCE_PHRASES,
    **STREET_PHRASES,
    **SHORTHAND_PHRASES,
    **WITNESSED_PHRASES,
    **FRAMED_PHRASES,
    **UNANSWERED_PHRASES,
    **URGENT_PHRASES,
    **KNOWN_PHRASES,
    **EXPLOITED_PHRASES,
    **ABROAD_PHRASES,
    **ONLINE_PHRASES,
    **REACHED_PHRASES,
    **VENUE_PHRASES,
    **JOURNEY_PHRASES,
    **BODY_PHRASES,
    **HAZARD_PHRASES,
    **UNMET_PHRASES,
    **QUESTION_PHRASES,
    **ASKED_PHRASES,
    **UNWELL_PHRASES,
    **SUBSTANCE_PHRASES,
    **MIND_PHRASES,
    **TRUST_PHRASES,
    **PREGNANCY_PHRASES,
    **BABY_PHRASES,
    **EXPLOITED_ADULT_PHRASES,
    **ACCIDENT_PHRASES,
    **OUTDOOR_PHRASES,
    **LEFT_ALONE_PHRASES,
    **TARGETED_PHRASES,
    **SEXUAL_PHRASES,
    **FAREWELL_PHRASES,
    **MEANS_PHRASES,
    **YOUNG_PHRASES,
    **PRACTICE_PHRASES,
    **FAITH_PHRASES,
    **MEN_PHRASES,
    **LITERAL_PHRASES,
    **AGAIN_PHRASES,
    **WORK_PHRASES,
    **LURED_PHRASES,
    **PARENT_FEAR_PHRASES,
    **INJURED_PHRASES,
    **BURN_PHRASES,
    **IDENTITY_PHRASES,
    **DEBT_PHRASES,
    **CORNERED_PHRASES,
    **NEXT_DOOR_PHRASES,
    **LANDING_PHRASES,
    **YOUNG_ADULT_PHRASES,
    **BEREAVED_PHRASES,
    **AFTER_A_DEATH_PHRASES,
    **PASSED_ON_PHRASES,
    **RELAYED_PHRASES,
    **RED_FLAG_PHRASES,
    **SEEN_PHRASES,
    **SYMPTOM_PHRASES,
    **CARER_PHRASES,
    **BREAKING_POINT_PHRASES,
    **NO_SAFE_BED_PHRASES,
    **HOUSING_PHRASES,
    **STALKED_PHRASES,
}

_IDIOM = re.compile("|".join(f"(?:{idiom})" for idiom in EVERYDAY_IDIOMS))

# Each pattern compiled on its own, and tried only when a word it needs is in the message
# (safeguarding_prefilter): the same readings as trying every pattern, in a tenth of the time.
_KINDS = tuple(kind for kind, phrases in RISK_PHRASES.items() for _ in phrases)
_RISK = PatternSet([re.compile(phrase) for phrases in RISK_PHRASES.values() for phrase in phrases])
_PAIRS = tuple((re.compile(first), re.compile(second)) for _, first, second in CUE_PAIRS)


def risk_kind(text: str | None) -> str | None:
    """Which kind of risk the English net reads in this message (for tests and tuning), or
    None."""
    if not text:
        return None
    read = without_topics(normalise(text))
    first = next(_RISK.matching(read), None)
    if first is not None:
        return _KINDS[first]
    for (kind, _, _), (first, second) in zip(CUE_PAIRS, _PAIRS, strict=True):
        if first.search(read) and second.search(read):
            return kind
    return None


def says_someone_is_at_risk(text: str | None) -> bool:
    """Whether the phrase net (English, or another language the assistant speaks) reads this
    message as a risk."""
    if not text:
        return False
    read = without_topics(normalise(text))
    return (
        _RISK.any_match(read)
        or any(first.search(read) and second.search(read) for first, second in _PAIRS)
        or risk_language(text) is not None
    )


def is_everyday_idiom(text: str | None) -> bool:
    """Whether the message uses an everyday figure of speech about pain, death or killing."""
    return bool(text) and _IDIOM.search(normalise(text or "")) is not None


def classifier_reads_risk(parse: Mapping[str, Any], threshold: float) -> bool:
    """Whether Rasa's risk classifier reads the message as a risk, or its parse ranks
    report_safeguarding at `threshold` or above and the risk classifier does not clear it.

    The intent classifier has few safeguarding examples and reads short logistics with a
    partner or the children in them ("my partner is picking me up at 6") as report_safeguarding;
    the risk classifier, trained on disclosures and their everyday near-twins, is the better
    judge of those. So the intent's reading stands unless the risk classifier scores the message
    under its review threshold (where it still catches 97% of the risks it is cross-validated
    on). A parse without a risk reading (a model trained without the risk classifier) is read
    by the intent alone."""
    if _risk_reading(parse, "at_risk"):
        return True
    risk = parse.get("risk")
    if isinstance(risk, Mapping) and risk.get("worth_a_look") is False:
        return False
    ranking = [*(parse.get("intent_ranking") or []), parse.get("intent") or {}]
    return any(
        intent.get("name") == SAFEGUARDING_INTENT
        and float(intent.get("confidence") or 0.0) >= threshold
        for intent in ranking
    )


def classifier_asks_for_a_look(parse: Mapping[str, Any]) -> bool:
    """Whether the risk classifier scores the message under its alert threshold but over its
    review threshold: not enough to send the crisis text, enough for staff to read it."""
    return _risk_reading(parse, "worth_a_look")


def _risk_reading(parse: Mapping[str, Any], key: str) -> bool:
    risk = parse.get("risk")
    return isinstance(risk, Mapping) and risk.get(key) is True
