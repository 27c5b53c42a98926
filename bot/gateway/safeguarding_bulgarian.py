"""The Bulgarian safeguarding phrase net (read by safeguarding_languages), in Cyrillic and, for
the main kinds and a beating with a belt, in the Latin letters people text it in. Bulgarian
puts its short pronouns either side of the verb ("бие ме", "мъжът ми ме бие", "заплаши ме"), so
both orders are read, with verbs that only a person does to a person. Stalking is a stranger or
an ex who "ме следи" or lies in wait for weeks, or says he knows where we live while the writer
is afraid. A parent or partner who fell is read when they cannot get up off the floor, or
cannot be lifted and have been down since. Someone locked in by family is read with her pension
taken, crying or hungry. A landlord is read when he demands sex on pain of putting the writer
out, or comes into her room whenever he likes. Pay is read when asked in cash because the boss
or a partner takes what goes into the account. A home is read as taken over when people who
moved in deal from it, took the writer's key or keep her in. Someone with a knife or a gun is
read when he threatens or goes for people. A young child alone at home is read when the one
who looks after it is not back since yesterday or gone all night and the child cries, is on the
balcony or hungry now, not for the age a child may be left alone asked in general. Text has
been through safeguarding_languages.fold, which keeps Cyrillic letters whole ("й" stays "й").

Left alone: "умирам от глад" (dying of hunger), "не съм сигурна" (I'm not sure), "не издържам
тази жега", "нямам къде да паркирам", "ме следи в инстаграм", "мама ще ме убие" (mum will kill me),
a carer's hours, a hot hall where one can't breathe, an ex collecting the children, a pension
collected at the post office, a bike locked in the cellar, a drum hit with sticks, identity
cards checked at the door, questions at the police station, a rope for the washing line, a lift
to a care home to visit an aunt, a cardiologist who "ме следи" a blood pressure, a courier who
knows where we live, a bag that fell and is too heavy to lift, a child who will cry unless the
writer sleeps beside him, a landlord who comes in to mend the heating, cash asked to spare a
bank's fee.
Also drink stopped all at once with shaking, things seen, a fit or family not known; not
a sober year told as well. A baby or small child who fell and vomits, is sleepy or will not
wake; not a fever that fell.
Also: an older person's pension or card taken, again now (not taken to help); someone who
collapsed and is not breathing (not a stuffy nose, nor a website that collapsed). A plan to end
one's life said plainly ("ще скоча от моста", "реших да умра", "няма да съм жив"), or a rope or
a gun held beside a day and a decision (not a rope for the washing, nor a paintball gun); a
young child unfed since yesterday beside a drunk parent (not a tired one).
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import a_means_beside_a_plan, every_one_of

# What a person does to "me" (ме).
_BG_HARMS = (
    r"бие|биеше|пребива|преби|пребил|пребила|удря|удари|удряше|заплашва|заплаши|заплашваше|"
    r"изнасили|изнасилва|изнасилил|заключва|заключи|заключил|души|удуши|душеше|блъска|блъсна|"
    r"рита|ритна|малтретира|преследва|дебне|насилва|шамароса"
)
# What else hits or "beats" someone: a car, a shock, the heat, an idea.
_BG_NOT_A_PERSON = (
    r"(?:кола|колата|ток|токът|слънцето|жега|жегата|идея|идеята|мисълта|в\s+инстаграм)"
)
# Who stalks: a man the writer does not know, or an ex.
_BG_STALKER = (
    r"(?:(?:един|някакъв|някакво|чужд)\s+(?:\w+\s+)?(?:мъж|човек|тип|младеж|шофьор)|"
    r"непознат\w*|бивши(?:ят|я)(?:\s+ми)?)"
)
_BG_ONLINE = r"(?:инстаграм|фейсбук|тикток|мрежите)"
_BG_CHILD = (
    r"(?:детето|децата|дъщеря\s+(?:ми|си|ни)|(?:сина|синът)\s+(?:ми|си|ни)|бебето|малкия|"
    r"малката|внука|внучката|детето\s+(?:ми|ни)|децата\s+(?:ми|ни))"
)
_BG_WHO = (
    r"(?:него|нея|тях|мъжа\s+ми|съпруга\s+ми|баща\s+ми|партньора\s+ми|приятеля\s+ми|бившия\s+ми|"
    r"бившия|свекър\s+ми|свекърва\s+ми|брат\s+ми|пастрока\s+ми|хазяина)"
)

BULGARIAN_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    r"\bискам\s+(?:(?:просто|вече|само|наистина)\s+)?да\s+(?:умра|се\s+самоубия|се\s+убия|"
    r"изчезна\s+завинаги|сложа\s+край)\b|\bискам\s+(?:просто|вече|само)\s+да\s+изчезна\b",
    r"\bще\s+се\s+(?:самоубия|убия|обеся|хвърля\s+от)\b|\bмисля\s+(?:\w+\s+)?за\s+(?:самоубийство|"
    r"смъртта|да\s+се\s+самоубия)\b|\bсамоубийствени\s+мисли\b",
    r"\bне\s+искам\s+(?:(?:вече|повече|да\s+продължавам)\s+)*(?:да\s+)?живея\b|\bне\s+искам\s+"
    r"(?:вече\s+)?да\s+се\s+събуждам\b",
    r"\b(?:сложа|сложи)\s+край\s+на\s+(?:живота\s+си|всичко)\b|\bживотът\s+(?:ми\s+)?няма\s+смисъл\b",
    r"\bпо-?\s?добре\s+(?:\w+\s+){0,2}без\s+мен\b|\bбез\s+мен\s+(?:\w+\s+){0,2}по-?\s?добре\b",
    # self-harm
    r"\b(?:режа|нарязвам|нарязах|наранявам|нараних|изгарям|изгорих)\s+се\b|\bсе\s+(?:режа|"
    r"нарязвам|нарязах|наранявам|нараних)\b|\bсамонараня\w*|\bсамонаранява\w*",
    r"\b(?:режа|нарязах|срязах)\s+(?:си\s+)?(?:ръцете|вените|китките)\b",
    # all the tablets
    r"\b(?:изпих|ще\s+изпия|глътнах|ще\s+глътна|взех|ще\s+взема)\s+(?:\w+\s+)?(?:всички|цялата\s+"
    r"кутия|цяла\s+кутия|цял\s+блистер)\s+(?:\w+\s+)?(?:хапчета|лекарства|таблетки|"
    r"приспивателни)\b|\bсвръхдоза\b",
    r"\b(?:събирам|събрах|крия|скрих)\s+(?:\w+\s+)?(?:хапчета|лекарства|таблетки|приспивателни)\b",
    # violence, threats, control
    rf"(?<!жегата\s)(?<!колата\s)(?<!токът\s)(?<!слънцето\s)\bме\s+(?:{_BG_HARMS})\b"
    rf"(?!\s+{_BG_NOT_A_PERSON})|\b(?:{_BG_HARMS})\s+ме\b(?!\s+{_BG_NOT_A_PERSON})",
    r"\b(?:бие|удря|заключва|заключи|заплашва|заплаши|души|рита)\s+(?:мен|нас)\b",
    r"\b(?:заплаши|заплашва|заплашил)\s+(?:\w+\s+)?(?:че\s+ще\s+ме\s+убие|да\s+ме\s+убие|с\s+"
    r"убийство|със\s+смърт)\b",
    r"\b(?:съм|бях)\s+жертва\s+на\s+(?:\w+\s+)?насилие\b|\bтърпя\s+(?:\w+\s+)?(?:насилие|тормоз|"
    r"побой)\b",
    r"\b(?:взе|взима|крие|скри|прибра|държи)\s+ми\s+(?:\w+\s+)?(?:паспорта|телефона|парите|"
    r"документите|картата|личната)\b",
    # papers held by an employer or a partner ("ни взе личните карти"), not cards checked at the
    # door and handed back
    r"^(?!.*(?:на\s+входа|проверка|регистрация|(?<!не\s)(?<!не\sни\s)(?<!не\sми\s)\bги\s+"
    r"върна))(?=.*\b(?:(?:ми|ни|ѝ|й|му|им)\s+(?:взе|взеха|прибра|прибраха|скри|скриха|задържа|"
    r"задържаха|държи|държат)|(?:взе|взеха|прибра|прибраха|задържа|задържаха|държи|държат)\s+"
    r"(?:ни|ѝ|й|му|им))\s+"
    r"(?:\w+\s+)?(?:паспорт\w*|документ\w*|личн\w+))",
    # the same with the owner after the paper ("държи картата ми и паспорта ми")
    r"^(?!.*(?:на\s+входа|проверка|регистрация|(?<!не\s)\bги\s+върна))(?=.*\b(?:взе|взеха|"
    r"взима|вземат|прибра|прибраха|скри|скриха|крие|задържа|задържаха|държи|държат)\s+"
    r"(?:\w+\s+){0,3}?(?:паспорта|паспортите|документите|личната\s+карта|личните\s+карти)\s+"
    r"(?:ми|ни)\b)",
    # pay asked in cash because what goes into the account is taken by the boss or by him
    r"^(?=.*\b(?:в\s+брой|на\s+ръка|кеш)\b)(?=.*\bсметка\w*)(?=.*\b(?:шеф\w*|работодател\w*|"
    r"началник\w*|бригадир\w*|той|мъж\w*|хазяин\w*)\s+(?:ще\s+)?(?:ми\s+)?(?:ги|всичко|"
    r"парите|заплатата)\s+(?:вземе|вземат|взема|взима|прибере|прибира|изтегли|тегли)\b)",
    # a threat if the police are told: "ако отидем в полицията, ще ни пребие"
    r"\bако\s+(?:\w+\s+){0,3}(?:полиция\w*|полицаи\w*)\s*,?\s*(?:\w+\s+){0,3}ще\s+(?:ме|ни|"
    r"я|го|ги|те)\s+(?:пребие|пребият|убие|убият|бие|бият|смаже|смажат|изгони|изгонят|удуши|"
    r"намери|намерят)\b",
    r"\bне\s+ме\s+пуска(?:т|ха|ше|ли)?\s+(?:\w+\s+)?(?:да\s+(?:изляза|излизам|ходя|работя|"
    r"виждам|мърдам)|навън)\b",
    # afraid of him, afraid to go home
    r"\b(?:страх\s+ме\s+е|страхувам\s+се|боя\s+се|плаша\s+се)\s+(?:много\s+)?(?:от\s+"
    + _BG_WHO
    + r"|да\s+се\s+(?:прибера|върна)|да\s+(?:отида|ходя)\s+(?:\w+\s+)?(?:вкъщи|у\s+дома))",
    # a child at risk
    _BG_CHILD + r"\s+(?:\w+\s+){0,3}(?:гладува\w*|не\s+(?:е|са)\s+(?:яло|яли|хапнал\w*)\s+(?:от|"
    r"цял|нищо)|бит[аио]?|бият|малтретира\w*|сам[аио]?\s+вкъщи\s+(?:по\s+)?(?:цял|цели|по\s+цял)|"
    r"не\s+получава\w*\s+храна)",
    r"\b(?:бие|удря|малтретира|тормози|пипа|не\s+храни)\s+(?:\w+\s+)?" + _BG_CHILD,
    # a child hit once, by a person (not a ball, a door or a swing, nor by accident)
    r"^(?!.*(?:топка|топката|вратата|люлката|вълната|колата|по\s+невнимание|без\s+да\s+иска|"
    r"случайно|на\s+игра))(?=.*\b(?:удари|удрял|удрила|преби|пребил|пребила|ритна|ритнал|"
    r"блъсна|зашлеви|зашлевил|шамароса|наби|набил|набила)\s+(?:\w+\s+)?" + _BG_CHILD + ")",
    # someone locked in a room or hit with a belt or a cable by another ("го заключва в банята")
    r"\b(?:го|я|ги|ме|ни)\s+(?:заключва|заключват|заключи|заключиха|заключил\w*)\s+(?:\w+\s+)?"
    r"(?:в(?:ъв)?\s+(?:банята|тоалетната|стаята|мазето|килера|гардероба|тавана|избата|шкафа|"
    r"къщата|апартамента)|вътре|вкъщи)\b",
    # unpaid and kept: wages withheld with papers taken or a locked door
    r"^(?=.*\bне\s+(?:ми|ѝ|й|му|ни|им)\s+(?:плаща|плащат|е\s+платил\w*|плати|платиха)\b)"
    r"(?=.*(?:паспорт\w*|лични\w*\s+карт\w*|\bзаключва\w*|\bне\s+(?:ме|я|ни|го)\s+пуска))",
    r"\b(?:го|я|ги|ме|ни)\s+(?:\w+\s+)?(?:удря|удари|удряше|удрят|бие|би|биеше|бият|пребива|"
    r"налага|налагаше|шиба)\s+(?:\w+\s+)?с\s+(?:колан|колана|кабел|кабела|пръчка|пръчки|тояга|"
    r"маркуч|ремък|ремъка|юмруци)\b",
    # followed
    r"\b(?:следи|дебне|преследва)\s+ме\b(?!\s+(?:в\s+)?(?:инстаграм|фейсбук|тикток|мрежите))|"
    r"\bме\s+следи\s+(?:навсякъде|до\s+вкъщи|по\s+улицата|от\s+работа)\b|\bвърви\s+след\s+мен\b",
    # stalked: a stranger or an ex who follows or lies in wait, for weeks or every day (not a
    # doctor who "следи" a condition), or who says he knows where we live, with fear or a threat
    rf"\b{_BG_STALKER}\s+(?:\w+\s+){{0,3}}?(?:ме|ни)\s+(?:следи|дебне|причаква|преследва|"
    rf"наблюдава|снима)\b(?!\s+(?:в\s+)?{_BG_ONLINE})",
    rf"^(?!.*(?:{_BG_ONLINE}|лекар|доктор|кардиолог|сестра|шеф|началник))(?=.*\b(?:ме|ни)\s+"
    r"(?:следи|дебне|причаква)\s+(?:\w+\s+)?(?:от\s+(?:\w+\s+)?(?:седмиц|месец|дни)\w*|"
    r"всеки\s+ден|всяка\s+(?:вечер|сутрин)|постоянно|непрекъснато))",
    r"^(?=.*\bзнае\s+(?:и\s+)?(?:къде\s+(?:живея|живеем|живее|работя|учи|спя)|адреса\s+(?:ми|"
    r"ни)))(?=.*(?:\b(?:ме|ни)\s+(?:следи|дебне|причаква|преследва)|\bследи\s+ме|\bстрах\s+ме|"
    r"\bме\s+е\s+страх|\bплаша\s+се|\bзаплаш\w*))",
    # forced marriage
    r"\bпринудителен\s+брак\b|\bнасила\s+(?:\w+\s+){0,3}(?:омъж\w*|ожен\w*|сватба|брак)|"
    r"\b(?:омъж\w*|ожен\w*)\s+(?:\w+\s+){0,3}(?:насила|против\s+волята\s+ми)|\b(?:карат|"
    r"принуждават|заставят)\s+ме\s+да\s+се\s+(?:омъжа|оженя)\b",
    # in danger, not safe, help
    r"\bв\s+опасност\s+съм\b|\bсъм\s+в\s+опасност\b|\bживотът\s+ми\s+е\s+в\s+опасност\b|"
    r"\bспасете\s+ме\b|\bпомогнете\s+(?:ми\s+)?(?:\w+\s+){0,3}(?:ще\s+ме\s+убие|бие\s+ме|опасност)",
    r"\bне\s+съм\s+в\s+безопасност\b|\bне\s+се\s+чувствам\s+(?:\w+\s+)?(?:в\s+безопасност|"
    r"сигурн\w*|защитен\w*)",
    # nowhere to sleep tonight
    r"\bнямам\s+(?:\w+\s+)?къде\s+(?:да\s+)?(?:спя|нощувам|отида|живея|преспя|остана)\b|"
    r"\bизгони\w*\s+(?:ме\s+|ни\s+)?от\s+(?:вкъщи|къщи|дома|квартирата)\b",
    # can't go on
    r"\bне\s+мога\s+(?:повече|вече)\s+(?:да\s+)?(?:живея|продължавам)\b|\bне\s+издържам\s+"
    r"(?:повече\s+|вече\s+)?(?:този\s+живот|да\s+живея)\b|\b(?:писна|омръзна)\s+ми\s+(?:от\s+"
    r"живота|да\s+живея)\b|\bуморих\s+се\s+(?:\w+\s+)?да\s+живея\b|\bуморих\s+се\s+от\s+живота\b",
    # many tablets at once
    r"\b(?:изпих|глътнах|взех)\s+(?:\w+\s+)?(?:много|куп|шепа|цяла\s+шепа|\d{2})\s+(?:\w+\s+)?"
    r"(?:хапчета|таблетки|приспивателни|лекарства)\s+(?:\w+\s+)?(?:наведнъж|накуп|едновременно)\b|"
    r"\b(?:изпих|глътнах)\s+(?:\w+\s+)?(?:наведнъж|накуп)\s+(?:\w+\s+){0,3}(?:хапчета|таблетки|"
    r"приспивателни)\b",
    # an older parent robbed or neglected by a carer or family; kept without food or medicine
    r"\b(?:краде|открадна|задържа|присвоява|прибира\s+цялата|взима\s+цялата|взема\s+цялата)\s+"
    r"(?:\w+\s+)?пенсия\w*|\bоставя\w*\s+(?:я|го|ме|ни)\s+без\s+(?:храна|ядене|лекарства|вода)\b|"
    r"\bне\s+(?:ѝ|й|му|ми)\s+дава\w*\s+(?:да\s+яде|да\s+ям|храна|ядене|лекарства\w*)\b",
    r"^(?=.*(?:гледачка\w*|болногледач\w*|санитар\w*|социалния\s+асистент|асистентката))"
    r"(?=.*(?:синини|насинен\w*|бие|удря|пенсия\w*|без\s+храна|заключва|\bне\s+е\s+(?:ходил|"
    r"идвал|дошл|дошъл)\w*\s+(?:\w+\s+){0,3}от\s+(?:седмица|(?:\w+\s+)?(?:дни|седмици))))",
    # an older parent not answering for days who cannot get up alone
    r"^(?=.*\bне\s+(?:вдига|отговаря\s+на)\s+телефона\s+от\s+(?:\w+\s+)?(?:дни|ден|седмица))"
    r"(?=.*\bне\s+може\s+(?:да\s+)?(?:става|стане|ходи|се\s+движи|се\s+изправи))",
    # a parent or partner fallen who cannot get up off the floor, or whom the writer cannot lift
    # and who has been down since (not a bag that fell and is heavy to lift)
    r"^(?=.*\bпадна\w*)(?=.*\b(?:баща|майка|мама|татко|баба|дядо|съпруг\w*|мъж\w*|свекър\w*|"
    r"свекърва|сестра|брат|съсед\w*|детето|синът|сина|дъщеря)\b)(?=.*(?:\bне\s+(?:може|можеше)\s+"
    r"(?:да\s+)?(?:стане|става|се\s+изправи)\s+(?:\w+\s+)?от\s+(?:пода|земята)\b|\bне\s+(?:мога|"
    r"можем)\s+(?:сама?\s+)?да\s+(?:го|я)\s+(?:вдигна|вдигнем|изправя)\b(?=.*\b(?:оттогава|от\s+"
    r"вчера|от\s+(?:\w+\s+)?часа|цяла\s+нощ|(?:на|от)\s+(?:пода|земята))\b)))",
    # alone and panicking: no breath, with no one there or the heart racing
    r"^(?=.*\bне\s+мога\s+да\s+(?:дишам|си\s+поема\s+въздух)\b)(?=.*(?:\bсама?\s+(?:съм|вкъщи)|"
    r"\bсърцето\s+ми\s+(?:\w+\s+)?(?:бие|блъска|препуска)|\bнякой\s+(?:да\s+)?(?:отговор|"
    r"помогн)))",
    # a rope got after a loss: a wife gone with the children, a job lost
    r"^(?=.*(?:\b(?:купих|взех|намерих|приготвих|имам)\s+(?:си\s+)?|\bси\s+купих\s+)въже\b"
    r"(?!\s*(?:за|от|и)\b))(?=.*\b(?:ме\s+напусна|напусна\s+ме|загубих|изгубих|почина|взе\s+"
    r"децата|останах\s+сам|сама?\s+съм|няма\s+смисъл|не\s+знам\s+защо\s+(?:ви\s+)?пиша|"
    r"фалирах|дългове))",
    # found by an ex
    r"\b(?:бившият|бившия)\s+(?:ми\s+)?(?:\w+\s+){0,2}(?:ме\s+намери|ме\s+откри|разбра\w*\s+къде\s+"
    r"(?:живея|съм)|откри\s+адреса\s+ми|намери\s+адреса\s+ми)\b",
    # an older person threatened with a care home
    r"\b(?:ще|да)\s+ме\s+(?:прати|изпрати|прата|даде|затвори|натика|вкара)\s+(?:\w+\s+)?в\s+"
    r"(?:старчески|дом\s+за\s+(?:стари|възрастни))",
)

# A threat to kill the writer: "той ще ме убие", "каза, че ще ме убие", "ако си тръгна, ще ме
# убие", "ще те убия" written on the door; not "мама ще ме убие, ако закъснея", "тази жега ме
# убива", "ще го убия, изяде ми тортата".
_BG_KILLS_ME = r"\bще\s+ме\s+(?:убие|утрепе|заколи)\b"
BULGARIAN_PHRASES += (  # i18n-exempt: input
    r"\b(?:той|мъжът|мъжа|съпругът|съпруга|бившият|бившия|приятелят|приятеля|партньорът)\s+"
    r"(?:\w+\s+){0,3}?" + _BG_KILLS_ME,
    r"^(?!.*\b(?:закъсн\w*|късно)\b)(?=.*\b(?:каза|казва|заплашва|заплаши|крещи|крещеше|писа|"
    r"написа|пише|ако\s+(?:\w+\s+){0,2}?(?:си\s+тръгна|тръгна|кажа|отида|избягам|"
    r"го\s+напусна|го\s+оставя|се\s+обадя|съобщя|откажа|се\s+разведа))\b(?:\W+\w+){0,5}?\W+"
    + _BG_KILLS_ME[2:]
    + ")",
    _BG_KILLS_ME + r"\s+(?:\w+\s+)?(?:тази\s+нощ|довечера|тази\s+вечер|днес)\b",
    r"^(?=.*\bще\s+те\s+(?:убия|утрепя|заколя)\b)(?=.*\b(?:написа|пише|писа|вратата|стената|"
    r"съобщени\w*|есемес\w*)\b)",
)

# Someone (an older neighbour, a parent) locked in or not let out by family ("синът ѝ я
# заключва") with her pension taken, no food, a beating or crying for help; not a son who locks
# the door at night and collects her pension at the post office, nor a bike or a car locked up.
_BG_KEPT_IN = (
    r"\b(?:я|го|ги|ме|ни)\s+(?:\w+\s+)?(?:заключва|заключват|заключи|заключиха|заключвал\w*)\b|"
    r"\bне\s+(?:я|го|ги)\s+пуска\w*\s+(?:\w+\s+)?(?:да\s+излиза|навън|от\s+вкъщи)"
)
_BG_ROBBED_OR_HURT = (
    r"\b(?:ѝ|й|му|им|ми|ни)\s+(?:взима|взема|взе|прибира|прибра|краде|открадна|задържа)\s+"
    r"(?:\w+\s+)?пенсия\w*|\bплаче\b|\bвика\s+за\s+помощ|\bбез\s+(?:храна|ядене)\b|\bгладн\w*|"
    r"\b(?:бие|удря|блъска)\b"
)
_BG_THING_LOCKED = (
    r"\b(?:врат\w*|колел\w*|велосипед\w*|кола|колата|колите|шкаф\w*|гараж\w*|кутия\w*|"
    r"мазе\w*)\s+(?:\w+\s+)?(?:я|го|ги)\s+(?:\w+\s+)?заключ"
)
BULGARIAN_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*{_BG_THING_LOCKED})(?=.*(?:{_BG_KEPT_IN}))(?=.*(?:{_BG_ROBBED_OR_HURT}))",
)

# Sex demanded with a threat: "ако не спя с него, ще изхвърли мен и детето" (or sack me, or
# tell); not a child who will cry "if I don't sleep with him" tonight.
_BG_SEX_WITH_HIM = (
    r"\bако\s+не\s+(?:\w+\s+)?(?:спя|легна|лягам|правя\s+секс|спим|бъда)\s+с\s+него\b"
)
_BG_OR_ELSE = (
    r"(?:\bще\s+(?:ме\s+|ни\s+)?(?:изхвърли|изгони|уволни|изрита|остави\s+(?:\w+\s+)?на\s+"
    r"улицата|каже|вдигне\s+наема|спре\s+(?:\w+\s+)?заплата)|\b(?:утре\s+|веднага\s+)?(?:съм|"
    r"сме|ще\s+съм|ще\s+бъда|ще\s+сме|ще\s+бъдем|оставам|излизам)\s+на\s+улицата\b)"
)
# A landlord, a housemate or a stepfather who comes into the writer's room whenever he likes,
# at night or without knocking; not one who came in with his key to mend the heating.
_BG_MAN_OF_THE_HOUSE = (
    r"\b(?:хазяин\w*|хазайк\w*|собственик\w*|наемодател\w*|съквартирант\w*|пастрок\w*|"
    r"вотчим\w*|шеф\w*)"
)
_BG_COMES_IN = r"\bвлиза\w*\s+(?:\w+\s+)?в\s+(?:стаята|спалнята|банята)\s+ми\b"
_BG_UNBIDDEN = (
    r"\bкогато\s+(?:си\s+)?(?:по)?иска\b|\bбез\s+(?:да\s+(?:чука|пита)|разрешение|покана)\b|"
    r"\bнощем\b|\bпрез\s+нощта\b|\bдокато\s+(?:спя|се\s+къпя|се\s+обличам)\b"
)
BULGARIAN_PHRASES += (  # i18n-exempt: input
    _BG_SEX_WITH_HIM + r"\W+(?:\w+\W+){0,4}?" + _BG_OR_ELSE,
    "^" + every_one_of(_BG_MAN_OF_THE_HOUSE, _BG_COMES_IN, _BG_UNBIDDEN),
)

# Bulgarian in Latin letters, spelt the ways people text it: "sh" or "6" for ш, "ch" or "4" for
# ч, "sht", "6t" or "st" for щ, "zh" or "j" for ж, "ya", "ia", "ja" or "q" for я, and "a", "u"
# or "y" for ъ. It reads the main kinds: wanting to die, being hit or threatened by someone, a
# threat to kill the writer, and someone hit with a belt, a cable or a stick ("chichoto go bie
# s kolan"). Left alone: a drum played with sticks, "toka me udari" (a shock), "mama shte me
# ubie, ako zakasneya" (mum will kill me if I'm late), "iskam da umra ot smyah" (die laughing).
_BGL_WILL = r"(?:sht|6t|st)e"
_BGL_HITS = (
    r"(?:bie|biat|biyat|biqt|biiat|udria|udrya|udrja|udrq|udari|pribiva|prebi|pribi|shiba|6iba|"
    r"naga)"
)
_BGL_WITH_A_BELT = (
    r"(?:kolan\w*|kabel\w*|pr[auy](?:ch|4)k\w*|t[oa](?:y|j|i)ag\w*|mar[kc]u(?:ch|4)\w*|"
    r"rem[auy]k\w*|(?:y|j|i)umru[ck]\w*)"
)
_BGL_NOT_A_PERSON = (
    r"^(?!.*\b(?:tok|toka|tokat|tokut|kolata|slantseto|sluntseto|zhegata|jegata|ideyata|"
    r"ideqta|ideiata)\b)"
)
_BGL_HOW_OFTEN = (
    r"(?=\s*(?:[.,!;?]|$)|\s+(?:vseki|vs[iy]aka|vsqka|vsiaka|postoyanno|postoianno|pak|otnovo|"
    r"kogato|koga|pred|s|sas|s[auy]s|zashtoto|za6toto|mnogo|silno|noshtem|vecher|dnes|vchera|"
    r"v4era)\b)"
)
_BGL_LATE = r"\b(?:zak[auy]sn\w*|k[auy]sno)\b"
BULGARIAN_PHRASES += (  # i18n-exempt: input
    # wanting to die, ending it
    r"\biskam\s+(?:(?:prosto|veche|samo)\s+)?da\s+(?:umra(?!\s+ot\b)|se\s+samoubi(?:ya|ia|q|ja)|"
    rf"se\s+ubi(?:ya|ia|q|ja))\b|\b{_BGL_WILL}\s+se\s+(?:samoubi(?:ya|ia|q|ja)|obes(?:ya|ia|q|ja))\b|"
    r"\bne\s+iskam\s+(?:veche\s+)?da\s+(?:zh|j)ive(?:ya|ia|q|ja|a)\b",
    # hit or threatened by someone (not a shock, the sun, the heat), with nothing after but how
    # often, when or how hard (Albanian "më bie në mend" is "it comes to mind")
    _BGL_NOT_A_PERSON
    + rf"(?=.*(?:\b(?:me|ni)\s+{_BGL_HITS}|\b{_BGL_HITS}\s+(?:me|ni)|\b(?:me|ni)\s+"
    + rf"zapla(?:sh|6)(?:va|i)){_BGL_HOW_OFTEN})",
    # someone hit with a belt, a cable or a stick: "go bie s kolan"; not a drum played with sticks
    rf"\b(?:go|ya|ia|ja|q|gi|me|ni)\s+(?:\w+\s+)?{_BGL_HITS}\s+(?:\w+\s+)?s\s+{_BGL_WITH_A_BELT}",
    # a threat to kill the writer, by someone named or said; not a mother's for lateness
    rf"^(?!.*{_BGL_LATE})(?=.*\b{_BGL_WILL}\s+me\s+(?:ubie|utrepe|zakoli)\b)(?=.*\b(?:to(?:y|i)|"
    r"m[auy](?:zh|j)\w*|s[auy]prug\w*|bivsh\w*|biv6\w*|priyatel\w*|kaza|kazva|zapla(?:sh|6)\w*|"
    r"ako)\b)",
)

# A home taken over (cuckooing): people who moved in with the writer or into her flat, beside
# dealing from it, her key or his bank card taken or her kept in ("едни момчета живеят при мен
# ... продават нещо от апартамента, взеха ми ключа", "се нанесоха при него ... взеха му
# банковата карта"); not a nephew who stays for a week and has his own key, nor
# flatmates selling the old sofa.
_BG_MOVED_IN = (
    r"\b(?:живеят|живее|(?:настаниха|нанесоха)\s+се|се\s+(?:настаниха|нанесоха)|останаха|"
    r"спят)\s+(?:\w+\s+)?(?:при\s+"
    r"(?:мен|нас|него|нея)|у\s+(?:нас|мен)|в\s+(?:моя|нашия)\s+(?:апартамент|дом))\b"
)
_BG_DEALS_OR_HOLDS = (
    r"\bпродават\s+(?:\w+\s+)?(?:от|в)\s+(?:апартамента|жилището|къщата|вкъщи)\b|"
    r"\b(?:дрога|наркотици|трева|хероин|кокаин)\b|\bвзеха\s+(?:ми\s+)?(?:\w+\s+)?ключ\w*|"
    r"\bключ\w*\s+(?:ми\s+)?(?:взеха|прибраха|не\s+ми\s+(?:дават|връщат))\b|"
    r"\bне\s+ме\s+пуска(?:т|ха)\b|\b(?:взеха\s+(?:ми|му|й|им)|(?:ми|му|й|им)\s+"
    r"взеха)\s+(?:\w+\s+)?карт\w*"
)
BULGARIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BG_MOVED_IN, _BG_DEALS_OR_HOLDS),
)

# Someone who says, in messages, that they will find and kill the writer ("праща гласови
# съобщения, че ще ме намери и ще ме убие"); not a mother who "will kill me" if I am late.
BULGARIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:мама|майка\s+ми|закъснея|закъснях|шефът|шефа))"
    r"(?=.*(?:съобщени|пише|писа|праща|заплаш|каза|казва|звъни))"
    r"(?=.*ще\s+ме\s+(?:намери\s+и\s+ще\s+ме\s+)?(?:убие|убият|заколи|застреля))",
)

# An older relative on the phone with callers posing as the bank or the police, with money
# already given and more asked ("e na telefona s nyakakvi ot 'bankata', veche im dade 20
# hilyadi"); not a call hung up before anything was given.
_BG_FAKE_CALLER = (
    r"(?:телефон|звън|обажд|обади|telefon|zvan|zvun|obazhd|obadi)\S*\s+(?:\S+\s+){0,4}?\W*"
    r"(?:от\s+|ot\s+)?\W*(?:банк|полиц|bank|polic|polits)"
)
_BG_ALREADY_GAVE = (
    r"(?:вече|ve(?:ch|[cč4])e)\s+(?:\S+\s+){0,2}?(?:даде|дал|прати|преведе|изтегли|dade|dal|"
    r"prati|prevede|izpra|iztegli)"
)
# The caller posing ("some", "supposedly", the bank in quotes) or asking for more.
_BG_POSED_OR_MORE = (
    r"някакви|nyakakvi|\bуж\b|\buzh\b|представ|predstav|['\"„](?:банк|bank)|още|oshte|o[sš]te"
)
BULGARIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BG_FAKE_CALLER, _BG_ALREADY_GAVE, _BG_POSED_OR_MORE),
)

# Someone with a knife or a gun threatening or going for someone ("дойде пиян с нож и заплашва
# фасилитатора", "размахва пистолет срещу охраната", "s nozh zaplashva"); not a knife for the
# cake, nor rain or a storm that threatens.
_BG_ARMED = (
    r"(?:\bнож|\bножа|\bножове|\bпистолет\w*|\bоръжие|\bбрадва|\bмачете|\bnozh|\bpistolet\w*)"
)
_BG_THREATENS = (
    r"\b(?:заплашва\w*|заплаши\w*|размахва\w*|нападна\w*|напада\w*|намушка\w*|наръга\w*|гони\s+"
    r"(?:\w+\s+)?(?:хора|нас|него|нея|ги)|zaplashva\w*|zaplashi\w*|razmahva\w*|napadna\w*)"
)
_BG_NOT_CAKE_OR_RAIN = r"^(?!.*(?:\bдъжд|\bбуря|\bвали\b|\bсняг|\bторта|\bхляб|\bготв))"
_BG_WEAPON_DRAWN = _BG_NOT_CAKE_OR_RAIN + every_one_of(_BG_ARMED, _BG_THREATENS)
BULGARIAN_PHRASES += (_BG_WEAPON_DRAWN,)  # i18n-exempt: input

# A rash that does not fade under a pressed glass, or beside a high fever, as meningitis shows
# ("детето има температура 40 и обрив, който не изчезва, когато натисна с чаша"); not a rash from
# a cream that went in two days, nor a rash that has lasted a week with no fever.
_BG_RASH = r"\bобрив\w*|\bпетн\w*|\bпетънц\w*|\bobriv\w*"
_BG_DOES_NOT_FADE = (
    r"\bне\s+(?:\w+\s+)?(?:изчезва\w*|избледн\w*|побледн\w*|бледне\w*|изчезн\w*|минава\w*)|"
    r"\bne\s+(?:izchezva\w*|izbledn\w*)"
)
_BG_GLASS_OR_FEVER = (
    r"\bнатисн\w*|\bнатиск\w*|\bчаш\w*|\bстъкл\w*|\bтемператур\w*\s+(?:\w+\s+)?(?:39|4\d)|"
    r"\bвисока\s+температур\w*|\bтреска\w*|\bchasha\b|\bnatisn\w*"
)
BULGARIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BG_RASH, _BG_DOES_NOT_FADE, _BG_GLASS_OR_FEVER),
)

# A young child alone at home, the one who looks after it not back since yesterday or gone all
# night, and the child crying, on the balcony, hungry or unfed ("детето на съседката е само вкъщи,
# тя не се е прибрала от вчера и малкият плаче на балкона"); not the question of the age a child
# may be left alone, nor a baby crying at night with its parents there.
_BG_A_CHILD = (
    r"\b(?:дете\w*|деца\w*|бебе\w*|малки(?:ят|я)|малката|малките|момиченце\w*|момченце\w*|"
    r"син(?:ът)?\s+ми|дъщеря\s+ми)"
)
_BG_LEFT_ALONE = (
    r"\b(?:сам|сама|само|сами)\s+(?:\w+\s+)?(?:вкъщи|у\s+дома|в\s+(?:апартамента|къщата|"
    r"жилището))\b|\bоставил\w*\s+(?:\w+\s+){0,2}(?:сам|сама|само|сами)\b|\bняма\s+(?:никой|"
    r"възрастен)\s+(?:\w+\s+)?(?:при\s+(?:него|нея|тях)|вкъщи)\b"
)
_BG_SINCE_OR_GONE = (
    r"\bне\s+се\s+(?:е|са)\s+(?:прибрал\w*|върнал\w*)|\bот\s+(?:вчера|снощи|сутринта|"
    r"(?:\w+\s+)?(?:дни|денонощия))\b|\bцяла\s+нощ\b|\bцелия\s+ден\b"
)
_BG_DISTRESS_NOW = (
    r"\bплач\w*\b(?!\s+от\s+(?:смях|радост))|\bпищи\b|\bвика\s+(?:мама|майка\s+си|за\s+"
    r"помощ)|\bна\s+балкона\b|\bникой\s+не\s+(?:отваря|отговаря)\b|\bгладн\w*|\bняма\s+"
    r"(?:какво\s+да\s+яде|храна)\b|\bбез\s+(?:храна|ядене)\b"
)
BULGARIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BG_A_CHILD, _BG_LEFT_ALONE, _BG_SINCE_OR_GONE, _BG_DISTRESS_NOW),
)

# Withdrawal after drink stopped all at once: shaking, seeing things, not knowing people, a fit
# ("спря да пие изведнъж, трепери цялата, вижда неща"); not a sober year told as well.
_BG_STOPPED_DRINK = (
    r"\bспря\w*\s+(?:\w+\s+)?(?:да\s+пие|пиенето|алкохола)|\bспрял\w*\s+(?:\w+\s+)?(?:да\s+пие|"
    r"пиенето|алкохола)|\bбез\s+алкохол\s+от\b|\bоткакто\s+не\s+пие\b"
)
_BG_WITHDRAWAL_SIGN = (
    r"(?<!\bне\s)\bтрепер\w*|\bвижда\s+(?:\w+\s+)?(?:неща|буболечки|хора|животни|паяци)|"
    r"\bхалюцин\w*|\bне\s+(?:ме|ни)\s+познава\b|\bгърч\w*|\bприпад\w*|\bбълнува\w*"
)
BULGARIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:от\s+(?:една\s+)?година|вече\s+е\s+добре|години)\b)"
    + every_one_of(_BG_STOPPED_DRINK, _BG_WITHDRAWAL_SIGN),
)

# A baby or small child who fell (off a changing table, a bed, the stairs) and since vomits, is
# sleepy, will not wake or fainted: a head hurt now. Not a fall with crying and play after.
_BG_SMALL_CHILD = r"\b(?:бебе\w*|детето|детенцето|малк(?:ият|ата)|син(?:ът)?\s+ми|дъщеря\s+ми)\b"
_BG_FELL = r"\b(?:падна|падна\w*|е\s+паднал\w*|се\s+удари\s+(?:\w+\s+)?(?:главата|в\s+пода))\b"
_BG_HEAD_SIGN = (
    r"\bповърн\w*|\bповръща\w*|\bсънлив\w*|"
    r"\bне\s+(?:може\s+да\s+)?(?:се\s+)?(?:събужда|събуди)\b|"
    r"\bприпадна\w*|\bзагуби\s+съзнание|\bне\s+реагира\b|\bгърч\w*"
)
BULGARIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:температура\w*|треска\w*)\b)"
    + every_one_of(_BG_SMALL_CHILD, _BG_FELL, _BG_HEAD_SIGN),
)

# An older or disabled person's pension or card taken by someone, again now.
BULGARIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*помог|.*помаг)"
    + every_one_of(
        r"\b(?:взима|взема|взе|прибира|краде|открадна)\w*\s+(?:му\s+|й\s+|ѝ\s+|на\s+\w+\s+)?"
        r"(?:пенсия|парите|картата)",
        r"(?:банкомат|\bсега\b|\bпак\b|всеки\s+ден|чака\s+пред)",
    ),
)

# Someone who collapsed and is not breathing.
BULGARIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\bнос)"
    + every_one_of(
        r"\b(?:колабира|припадна|рухна|падна)\w*",
        r"\b(?:не\s+диша|в\s+безсъзнание)\b",
    ),
)

# A woman who has had a drink and cannot talk or stand, taken off by a man now.
_BG_DRINK = r"\bпил[аи]?\b|\bпитие\w*|\bчаш\w*|\bсложил\w*\s+нещо"
_BG_CANT = (
    r"\bне\s+може\s+да\s+(?:говори|стои|ходи|се\s+държи)|\bне\s+се\s+държи\s+на\s+крака|"
    r"\bприпада\w*|\bв\s+безсъзнание"
)
_BG_TAKEN = r"\b(?:качва|води|отвежда|извежда|вкарва|влачи)\s+я\b|\bя\s+(?:качва|води|отвежда)"
# A mob breaking in or threatening to kill the family, now, over who they are.
_BG_MOB_ACT = r"\bчупят\w*|\bхвърлят\s+камъни|\bнападат\w*|\bблъскат\w*|\bпалят\w*"
_BG_MOB_THREAT = (
    r"\bще\s+ни\s+(?:убият|запалят|пребият|избият|изгорят)|\bзащото\s+сме\s+(?:цигани|роми|турци|"
    r"мюсюлмани|чужденци|черни|емигранти)"
)
BULGARIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BG_DRINK, _BG_CANT, _BG_TAKEN),
    "^" + every_one_of(_BG_MOB_ACT, _BG_MOB_THREAT),
)

# A plan to end one's life said plainly, in the first person, future or decided: "ще се
# застрелям", "ще се хвърля под влака", "ще скоча от моста", "реших да умра", "няма да съм жив",
# "вече няма да ме има."; a means held (a rope, a gun, tablets gathered) beside a day or time and
# a decision or a goodbye, and a place gone to (a bridge, the rails, a river) beside a day or
# time and a goodbye. Not a shift ended, a train caught tonight, a
# bridge crossed by car, a rope for the washing, "няма да съм на работа", "няма да ме има в
# офиса", a paintball or water gun, a bungee jump.
_BG_UNDER_OR_OFF = (
    r"\bще\s+се\s+(?:застрелям|хвърля\s+(?:под|пред)\s+(?:\w+\s+)?(?:влак\w*|метро\w*|"
    r"кола\w*|камион\w*|трамвай\w*))\b|\bще\s+скоча\s+от\s+(?:\w+\s+)?(?:моста|мост|покрива|"
    r"блока|терасата|балкона|прозореца|скалата|язовирната\s+стена)\b"
)
_BG_GONE = (
    r"\bняма\s+да\s+(?:съм|бъда)\s+(?:вече\s+)?жив[аи]?\b|\bняма\s+да\s+ме\s+има\s+(?:вече\s+)?"
    r"(?:на\s+този\s+свят|сред\s+живите)\b|\b(?:вече\s+няма\s+да\s+ме\s+има|няма\s+да\s+ме\s+"
    r"има\s+вече)\s*(?:[.!…]|$)"
)
_BG_DECIDED_TO_DIE = (
    r"\b(?:реших|решила\s+съм|решил\s+съм)\s+(?:\w+\s+)?да\s+(?:умра|се\s+(?:самоубия|убия|обеся|"
    r"застрелям|хвърля))\b"
)
_BG_MEANS = r"(?:въже|въжето|примка\w*|пистолет\w*|пушка\w*|оръжие\w*)"
_BG_MEANS_HELD = (
    rf"\b(?:имам|купих|приготвих|намерих|скрих|взех)\s+(?:\w+\s+)?{_BG_MEANS}\b|\b{_BG_MEANS}\s+"
    r"(?:\w+\s+)?(?:е\s+готов\w*|чака)\b|\b(?:събрах|скрих|купих|набавих)\s+(?:\w+\s+)?"
    r"(?:хапчета|лекарства|таблетки|приспивателни)\b"
)
_BG_PLACE = (
    r"\b(?:отивам|ще\s+отида|ходя|тръгвам)\s+(?:\w+\s+){0,2}?(?:на|до|към|в)\s+(?:\w+\s+)?"
    r"(?:моста|релсите|линията|реката|язовира)\b"
)
_BG_DECIDED = r"\b(?:реших\w*|решено)\s*(?:[.!…,;]|$)|\bреших\s+го\b"
_BG_GOODBYE = (
    r"\bсбогом\s*(?:[.!…,;]|$)|\bпростете\s+(?:ми\s+)?за\s+всичко\b|\bне\s+ме\s+търсете\b|"
    r"\bняма\s+да\s+се\s+"
    r"върна\s*(?:[.!…,]|$)|\bняма\s+да\s+съм\s+(?:повече\s+)?(?:в\s+тежест|бреме)\b|\bтова\s+е\s+"
    r"краят\b"
)
_BG_WHEN = (
    r"\b(?:днес|довечера|тази\s+вечер|тази\s+нощ|утре|вдругиден|тази\s+седмица|скоро|в\s+"
    r"(?:понеделник|вторник|сряда|четвъртък|петък|събота|неделя)|през\s+уикенда|след\s+уикенда)\b"
)
_BG_EVERYDAY_MEANS = (
    r"^(?!.*\b(?:простир\w*|пране\w*|риболов\w*|въдиц\w*|снимк\w*|билет\w*|екскурзи\w*|"
    r"пейнтбол\w*|боя|бънджи|парашут\w*|вода)\b)"
    rf"(?!.*{_BG_MEANS}\s+за\b)"
)
# The same in Latin letters: "reshih da se samoubiya", "shte skocha ot mosta".
_BGL_KILL_MYSELF = r"(?:samoubi|ubi|obes|zastrel|otrov)(?:ya|ia|q|ja|yam|iam|qm|jam)"
BULGARIAN_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:бънджи|парашут\w*)\b).*(?:" + _BG_UNDER_OR_OFF + ")",
    _BG_GONE,
    _BG_DECIDED_TO_DIE,
    _BG_EVERYDAY_MEANS
    + a_means_beside_a_plan(_BG_MEANS_HELD, _BG_PLACE, _BG_DECIDED, _BG_GOODBYE, _BG_WHEN),
    rf"\bre(?:sh|6)ih\s+(?:\w+\s+)?da\s+(?:umra|se\s+{_BGL_KILL_MYSELF})\b|\b{_BGL_WILL}\s+se\s+"
    rf"(?:zastrel|otrov)(?:ya|ia|q|ja)\b|\b{_BGL_WILL}\s+skoch?a\s+ot\s+(?:\w+\s+)?mosta\b",
)

# A young child left with a parent who is drunk, asleep or not getting up, who has not eaten
# since yesterday or for a day ("мама е пияна и спи, малкият ми брат ... не е ял нищо от
# вчера"); not a child who did not eat with a fever while his mother looked after him.
_BG_PARENT_DRUNK = (
    r"\b(?:мама|майка\s+ми|татко|баща\s+ми|тате|родителите\s+ми)\s+(?:\w+\s+){0,2}?(?:е\s+|са\s+|"
    r"пак\s+)?(?:пиян\w*|се\s+напи\w*|не\s+става|не\s+се\s+събужда)"
)
_BG_CHILD_UNFED = (
    r"\bне\s+(?:е|сме|са)\s+(?:\w+\s+)?(?:ял[аи]?|яли)\s+(?:\w+\s+)?(?:от\s+(?:вчера|сутринта|"
    r"\w+\s+дни)|цял\s+ден)\b|\bнямаме\s+(?:\w+\s+)?(?:храна|какво\s+да\s+ядем)\b|\bгладн\w*"
)
BULGARIAN_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_BG_PARENT_DRUNK, _BG_CHILD_UNFED),
)
