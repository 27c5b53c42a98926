"""The Portuguese safeguarding phrase net (read by safeguarding_languages), for Brazilian and
European Portuguese: the object pronoun comes before the verb in Brazil ("me bate") and after it,
hyphenated, in Portugal ("bate-me"), so both orders are read. Text has been through
safeguarding_languages.fold (no accents: "não" reads "nao", "ameaça" reads "ameaca").

Beyond the main kinds it reads a pregnancy in trouble (bleeding heavily), someone kept from
the hospital or the phone by a partner or family, and a child beaten by someone with a belt or
a stick, daily or as a punishment ("bate-lhe com o cinto quando ele faz xixi na cama"),
someone's small children alone for days or nights, crying or with no grown-up answering, and a
neck squeezed by a partner or till she nearly fainted (not a tight necklace), and a child alone
or locked in a car in the heat or gone still.

Left alone: "morrendo de fome", "me bateu uma saudade" (a feeling came over me), "não aguento
mais esse trânsito", "me machuquei no trabalho", "não tenho onde estacionar", "caiu no chão mas
levantou-se logo", "o chefe me forçou a trabalhar no sábado", a landlord who came in with his key
to mend the heating, a child who grabbed the writer's leg again, a son two nights at his father's,
an ex outside the house to fetch the children, with no fear or a fear of being late, a
neighbour who follows the writer on Instagram, gums that bleed in pregnancy, a husband who
will not let her go to the hospital alone, a belt fastened for a child in the car.
Also a young child alone in the bath or left with a carer passed out, and tablets with
drink and the writer unable to stay awake; not a child of ten who bathes alone.
And the waters broken in a pregnancy (weeks given, contractions, blood, alone), and thoughts
of throwing or drowning one's baby; not a handbag that burst, nor the baby seat thrown out.
Also: a caller "from the bank" or police sending an older person to pay, now (not a call
hung up on); a child meeting a grown man met online alone or in secret (not a girl of her age
met with her mother). A plan to end one's life: safeguarding_portuguese_plans; the main kinds
said plainly as they happen: safeguarding_portuguese_now.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

_PT_WHO = (
    r"(?:\b(?:meu|minha|o\s+meu|a\s+minha)\s+(?:marido|esposo|namorad[oa]|companheir[oa]|mulher|"
    r"esposa|ex|pai|padrasto|mae|madrasta|irma[o]?|sogr[oa]|filh[oa]|tio|patrao|senhorio)\s+"
    r"(?:\w+\s+){0,2}|\b(?:ele|ela|eles)\s+(?:\w+\s+)?)"
)
# Things only a person does to a person.
_PT_HARMS = (
    r"bate|bateu|batia|espanca|espancou|agride|agrediu|ameaca|ameacou|estuprou|estupra|violou|"
    r"violentou|tranca|trancou|enforca|enforcou|esganou|empurra|empurrou|"
    r"maltrata|maltratou|persegue|perseguiu|humilha|chuta|chutou|xinga"
)
_PT_BEATS = r"bate|bateu|batia|espanca|espancou|espancava|agride|agrediu|chicoteia"
_PT_BEATS_HIM = (
    rf"(?:\b(?:{_PT_BEATS})-(?:lhe|lhes|o|a|os|as)|\b(?:lhe|lhes)\s+(?:{_PT_BEATS})|"
    r"\b(?:o|a|os|as)\s+(?:espanca|espancou|espancava|agride|agrediu)|"
    rf"\b(?:{_PT_BEATS})\s+(?:nele|nela|neles|nelas))"
    r"(?!\s+(?:palmas|a\s+porta|na\s+porta|continencia)\b)"
)
_PT_HOW_BEATEN = (
    r"(?:com\s+(?:o|a|um|uma)\s+(?:cinto|cinta|chinelo|pau|vara|cabo|fio|mangueira|regua|"
    r"colher|fivela)|todos\s+os\s+dias|todo\s+(?:o\s+)?dia|na\s+cara|no\s+rosto|quando|"
    r"sempre\s+que|ate\s+(?:sangrar|ficar\s+marcad\w*|chorar)|de\s+novo|outra\s+vez)"
)
_PT_NOT_A_PERSON = (
    r"\b(?:o\s+sol|a\s+luz|o\s+vento|a\s+chuva|a\s+bola|o\s+coracao)\s+(?:\w+\s+)?"
    r"(?:lhe\s+)?bate"
)
_PT_CHILD = (
    r"(?:meu|minha|meus|minhas|o|a|os|as)\s+(?:filh[oa]s?|criancas?|bebe|menin[oa]s?|net[oa]s?|"
    r"pequen[oa]s?)"
)

PORTUGUESE_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    r"\b(?:eu\s+)?(?:so\s+)?quero\s+(?:(?:muito|mesmo|so)\s+)?(?:morrer|me\s+matar|matar-me|"
    r"sumir\s+(?:para\s+sempre|do\s+mundo)|desaparecer\s+para\s+sempre|acabar\s+com\s+(?:tudo|a\s+"
    r"minha\s+vida))\b",
    r"\bvou\s+(?:me\s+matar|matar-me|acabar\s+com\s+a\s+minha\s+vida|tirar\s+a\s+minha\s+"
    r"(?:propria\s+)?vida)\b|\btirar\s+a\s+minha\s+(?:propria\s+)?vida\b",
    r"\bnao\s+vejo\s+(?:mais\s+)?sentido\s+(?:em\s+|na\s+)?(?:continuar\s+a\s+)?(?:viver|vida)\b",
    r"\b(?:me\s+suicidar|suicidar-me|penso\s+em\s+suicidio|pensamentos\s+suicidas)\b",
    r"\bnao\s+quero\s+(?:(?:mais|continuar\s+a|continuar)\s+)*(?:viver|estar\s+viv[oa]|acordar)\b",
    r"\b(?:vontade|pensando|penso)\s+(?:de|em)\s+(?:morrer|me\s+matar|acabar\s+com\s+tudo)\b",
    r"\b(?:estariam|ficariam|seriam|viveriam)\s+(?:todos\s+)?melhor(?:es)?\s+sem\s+mim\b|"
    r"\bmelhor\s+(?:\w+\s+){0,2}sem\s+mim\s+(?:neste\s+mundo|aqui)\b",
    r"\b(?:a\s+)?(?:minha\s+)?vida\s+nao\s+(?:tem|faz)\s+(?:mais\s+)?sentido\b|\bnao\s+vale\s+a\s+"
    r"pena\s+viver\b|\bcansad[oa]\s+de\s+viver\b",
    # self-harm
    r"\b(?:me\s+(?:corto|cortei|cortar|cortando)|cortei-me|corto-me)\s+(?:(?:os|as|nos|nas|meus)"
    r"\s+)?(?:bracos?|pulsos?|pernas?)\b|\b(?:voltei\s+a\s+me\s+cortar|voltei\s+a\s+cortar-me|"
    r"estou\s+me\s+cortando|me\s+cortei\s+de\s+novo)\b|\bautomutil|\bautolesa|\bautolesion",
    r"\bme\s+machuc(?:o|ar|ando|uei)\s+de\s+proposito\b|\bfaco\s+mal\s+a\s+mim\s+mesm[oa]\b|"
    r"\bme\s+machuc(?:o|ar)\s+sozinh[oa]\b",
    # all the tablets
    r"\b(?:tomei|engoli|vou\s+tomar|vou\s+engolir|tomar)\s+(?:\w+\s+)?(?:todos\s+os|todas\s+as|"
    r"uma\s+caixa\s+de|a\s+caixa\s+toda\s+de|a\s+cartela\s+toda\s+de)\s+(?:comprimidos|remedios|"
    r"medicamentos|pilulas|calmantes|tablets|pills)\b|\b(?:tomei|tomar|fiz|fazer)\s+(?:uma\s+)?"
    r"overdose\b",
    r"\b(?:tomei|engoli)\s+(?:uma|a)\s+(?:caixa|cartela)\s+(?:inteira|toda)\s+de\s+"
    r"(?:comprimidos|remedios|medicamentos|pilulas|calmantes|\w+\s+para\s+dormir)\b",
    r"\b(?:tenho|estou)\s+(?:\w+\s+)?(?:guardado|guardando|juntado|juntando|escondid[oa]s?)\s+"
    r"(?:\w+\s+)?(?:comprimidos|remedios|pilulas)\b",
    # violence, threats, control
    _PT_WHO + rf"me\s+(?:{_PT_HARMS})\b",
    r"\b(?:bate|bateu|espanca|espancou|agride|agrediu|ameaca|ameacou|violou|violentou|empurrou|"
    r"trancou|tranca|enforcou)-me\b",
    r"\bme\s+(?:espanca|espancou|agride|agrediu|estuprou|estupra|violentou|enforca|enforcou|"
    r"esganou|maltrata|maltratou)\b|\bfui\s+(?:estuprad|violad|espancad|agredid)[oa]\b",
    r"\bme\s+(?:bate|bateu)\s+(?:todo\s+dia|todos\s+os\s+dias|quando|na\s+cara|no\s+rosto|com|"
    r"de\s+novo|outra\s+vez)\b",
    r"\b(?:ameacou|ameaca|disse\s+que\s+vai)\s+(?:me\s+)?(?:matar|matar-me)\b|\bameac\w*\s+de\s+"
    r"morte\b",
    r"\bme\s+(?:tranca|trancou|prende|prendeu)\s+(?:em\s+casa|no\s+quarto|dentro)\b|\bnao\s+me\s+"
    r"deixa\s+(?:sair|ver|falar|trabalhar)\b",
    r"\b(?:tirou|pegou|esconde|escondeu|ficou\s+com)\s+(?:o\s+|os\s+)?(?:meu|meus)\s+(?:passaporte|"
    r"documentos|telemovel|celular|telefone|dinheiro|cartao)\b",
    r"\b(?:sofro|sofrendo|vivo)\s+(?:\w+\s+)?(?:violencia|maus\s+tratos|abuso)\b",
    # afraid of him, afraid to go home (not "não tenho medo dele")
    r"(?<!nao\s)\b(?:tenho|estou\s+com)\s+(?:muito\s+)?medo\s+(?:dele|dela|deles|do\s+meu\s+"
    r"(?:marido|namorado|companheiro|pai|padrasto|ex|irmao|sogro|patrao)|da\s+minha\s+(?:mae|"
    r"madrasta|sogra|mulher|esposa|namorada|companheira)|de\s+(?:voltar|ir)\s+(?:para|pra|a)\s+"
    r"casa|que\s+ele\s+me\s+(?:mate|bata|encontre))\b",
    # a child at risk
    rf"\b{_PT_CHILD}"
    + r"\s+(?:\w+\s+){0,2}(?:nao\s+(?:comeu|comeram|come|comem)\s+(?:nada\s+)?(?:ha\s+dias|"
    r"desde|o\s+dia\s+todo|hoje)|passa(?:m)?\s+fome|esta(?:o)?\s+sozinh[oa]s?\s+(?:em\s+casa\s+)?(?:o\s+dia\s+todo|ha\s+(?:\w+\s+)?dias|"
    r"todos\s+os\s+dias))",
    r"\b(?:bate|espanca|agride|abusa|maltrata)\s+(?:n|d|em\s+)?" + _PT_CHILD,
    # a child beaten by someone ("bate-lhe", "lhe bate", "bate nele", "o espanca") with a belt
    # or a stick, every day, on the face or as a punishment ("quando faz xixi na cama"); not a
    # belt fastened for him, a knock at his door or a clap, the sun or the wind on his face
    rf"^(?!.*{_PT_NOT_A_PERSON})(?=.*{_PT_BEATS_HIM}\s+(?:\w+\s+)?{_PT_HOW_BEATEN}\b)",
    r"\bnao\s+(?:da|dao)\s+(?:de\s+)?comer\s+(?:as|aos|para\s+as|pros)\s+(?:criancas|filhos|"
    r"meninos)\b",
    # a small child alone at home for days or since yesterday, or with no one answering the door
    # (the time and the door may be said in English: "for two days", "nobody answers")
    r"^(?=.*\b(?:crianca|bebe|menin[oa]|miud[oa]|pequen[oa])s?\s+(?:de\s+\d+\s+(?:anos|meses)"
    r"\s+)?(?:\w+\s+){0,2}sozinh[oa]s?\s+(?:\w+\s+)?(?:em\s+casa|no\s+(?:apartamento|quarto|"
    r"carro|flat))\b)(?=.*\b(?:ha\s+(?:\w+\s+)?dias|desde\s+ontem|ninguem\s+(?:abre|atende|"
    r"responde)|for\s+(?:\w+\s+)?days|since\s+yesterday|(?:nobody|no\s+one)\s+(?:answers|"
    r"opens|comes))\b)",
    # sexual abuse by someone: "abusa dela", "abusou de mim", "foi abusada"
    r"\babus(?:a|ou|ava|am|aram|avam|ando)\s+(?:sexualmente\s+)?(?:de\s+mim|dela|dele|delas|"
    r"deles|d[ao]s?\s+(?:minha|meu|minhas|meus|nossa|nosso)\s+(?:filh|net|sobrinh|irm|entead|"
    r"crianc|bebe|menin)\w*)\b|\b(?:fui|foi|tem\s+sido|esta\s+(?:a\s+ser|sendo))\s+"
    r"abusad[oa]\b",
    # followed
    r"\b(?:esta|estao|anda|andam)\s+me\s+(?:seguindo|perseguindo)\b|\bme\s+persegue\b|"
    r"\bseguiu-me\b|\bme\s+(?:segue|seguiu|seguem|seguiram|seguiam)\s+(?:ate|pra|para|na\s+rua|"
    r"por\s+todo)\b",
    # forced marriage
    r"\bcasar\s+a\s+forca\b|\b(?:me\s+)?(?:obrigar|obrigam|forcar|forcam|querem\s+me\s+"
    r"obrigar)\s+a\s+casar\b|\bcasamento\s+(?:forcado|arranjado\s+a\s+forca)\b|\bcasar\s+"
    r"contra\s+a\s+minha\s+vontade\b",
    # in danger, not safe, a cry for help (not the pronto-socorro, the emergency room)
    r"\bestou\s+em\s+perigo\b|\bcorro\s+perigo\b|\bminha\s+vida\s+(?:esta|corre)\s+(?:em\s+)?perigo\b|"
    r"(?<!pronto[-\s])\bsocorro\b",
    r"\bnao\s+(?:estou|me\s+sinto)\s+(?:segur[oa]|em\s+seguranca|protegid[oa])\s+(?:em\s+casa|"
    r"aqui|com\s+ele|com\s+ela|esta\s+noite|hoje)\b|\bnao\s+me\s+sinto\s+segur[oa]\s*(?:[.!,]|$)",
    # nowhere to sleep tonight
    r"\bnao\s+(?:tenho|temos)\s+(?:onde|para\s+onde|pra\s+onde)\s+(?:dormir|ir|ficar|passar\s+a\s+noite)\b|"
    r"\b(?:me\s+(?:expulsou|expulsaram|botou|botaram|pos)\s+(?:para\s+fora\s+)?de\s+casa|fui\s+"
    r"expuls[oa]\s+de\s+casa)\b",
    # can't go on
    r"\bnao\s+aguento\s+mais\s+(?:viver|esta\s+vida|essa\s+vida|a\s+minha\s+vida)\b|\bnao\s+"
    r"consigo\s+(?:mais\s+)?(?:continuar\s+a\s+viver|viver\s+assim|seguir\s+em\s+frente)\b",
    # a fall: someone on the floor who cannot move or get up, confused or not answering
    r"^(?=.*\b(?:caid[oa]|caiu|tombou)\s+(?:\w+\s+){0,2}(?:no\s+chao|na\s+casa\s+de\s+banho|"
    r"no\s+banheiro|na\s+escada|da\s+cama)\b)(?=.*\b(?:nao\s+(?:consegue|conseguia|consigo|pode)"
    r"\s+(?:se\s+)?(?:mexer|levantar|mover|andar|falar)|(?:esta|estava|ficou)\s+(?:muito\s+)?"
    r"confus[ao]|nao\s+(?:responde|acorda|reage)|desmai\w*|inconsciente|bateu\s+com\s+a\s+"
    r"cabeca)\b)",
    # killed if the police or anyone is told
    r"\bse\s+(?:eu\s+)?(?:falar|contar|disser|chamar|ligar|for)\s+(?:\w+\s+){0,3}(?:policia|"
    r"alguem|ninguem|assistente\s+social)\b.{0,30}\b(?:me|nos)\s+(?:mata|matar|matava)\b|\b(?:mata|"
    r"matar|matava)-(?:me|nos)\s+se\s+(?:eu\s+)?(?:falar|contar|disser|chamar|ligar)\b",
    # pushed against a wall, the phone kept
    r"\bme\s+empurr(?:ou|a|ava)\s+(?:contra|no|na|pela|pelas|da|escada)\b",
    # a small child left alone, locked in, crying or in a dirty nappy
    r"^(?=.*\b(?:filh[oa]|crianca|bebe|menin[oa]|net[oa]|pequen[oa])s?\b)(?=.*\b(?:deixa|deixou|"
    r"deixam|deixaram|deixava)\s+(?:\w+\s+){0,5}sozinh[oa]s?\b)"
    r"(?=.*\b(?:trancad[oa]s?|fralda\s+suja|chorando|a\s+chorar|sem\s+comer|a\s+noite\s+toda|"
    r"o\s+dia\s+todo)\b)",
    # hate: spat at, told people like the writer must die or go home
    r"\b(?:cuspiu|cuspiram|cospe|cospem|cuspia|cuspiam)\s+(?:em\s+mim|na\s+minha\s+cara|"
    r"no\s+meu\s+rosto|em\s+nos)\b|\bcuspiram-me\b|\bcuspiu-me\b",
    r"\b(?:imigrante|estrangeir[oa]|pret[oa]|negr[oa]|muculman[oa]|cigan[oa]|refugiad[oa])"
    r"s?\s+(?:\w+\s+){0,2}(?:tem\s+que|tinham\s+que|tinha\s+que|devem|deviam|deve|devia|precisa|"
    r"precisam)\s+morrer\b|\b(?:gritou|gritaram|disse|disseram)\s+(?:\w+\s+){0,3}(?:volta|volte|"
    r"voltar|vai\s+embora)\s+(?:pra|para)\s+(?:a\s+)?(?:sua|tua)\s+terra\b",
    # waking undressed somewhere, remembering nothing
    r"^(?=.*\bacordei\b.{0,60}\b(?:sem\s+roupa|nua?|pelad[oa]|despid[oa])\b)"
    r"(?=.*\b(?:(?:sem\s+lembrar|nao\s+(?:me\s+)?lembr\w*)\s+(?:de\s+)?(?:nada|como|o\s+que)|"
    r"(?:casa|cama|quarto|apartamento)\s+(?:dele|de\s+um|de\s+uns|de\s+estranh\w*)|um\s+cara|"
    r"um\s+homem|uns\s+caras|drogad\w*|batizad\w*|boa\s+noite\s+cinderela)\b)",
    # a child gone for days or nights with older men who give money, phones or packages (county
    # lines); not a son staying at his father's
    r"\b(?:filh[oa]|menino|menina|sobrinh[oa]|neto)\s+(?:\w+\s+){0,6}(?:nao\s+(?:volta|vem|aparece)"
    r"\s+(?:\w+\s+){0,3}(?:faz|ha)\s+(?:\w+\s+)?(?:dias|noites|semanas)|sumiu)\b(?=.*\b(?:mais\s+"
    r"velhos|dinheiro|pacotes?|drogas?|traficantes?)\b)",
    # followed every day, turned up where the writer works or lives
    r"\b(?:me\s+segue|esta\s+me\s+seguindo|me\s+persegue|anda\s+atras\s+de\s+mim)\b(?=.*\b(?:todos"
    r"\s+os\s+dias|toda\s+(?:noite|manha|tarde)|medo|(?:apareceu|aparece|esperou|espera)\s+"
    r"(?:\w+\s+)?(?:no|na|em)\s+(?:meu|minha)\s+(?:trabalho|casa|porta|escola|servico))\b)",
    # an ex who has found out where the writer lives, or a stepfather who touches a child
    r"\b(?:meu|o)\s+ex\s+(?:\w+\s+){0,3}(?:descobriu|encontrou|achou)\s+onde\s+(?:eu\s+)?"
    r"(?:moro|vivo|estou|trabalho)\b",
    r"\b(?:padrasto|tio|avo|primo|vizinho|pai)\s+entra\s+no\s+quarto\s+(?:\w+\s+){0,3}(?:e\s+)?"
    r"(?:lhe|a|me)\s+(?:mexe|toca|apalpa)\b",
)

# A threat to kill the writer: "ele vai me matar", "disse que me mata", "se eu sair ele me mata",
# "tá batendo na porta dizendo que vai me matar", "jurou que ia me matar quando saísse", "vou te
# matar" written on the door; not "minha mãe vai me matar se eu chegar tarde", "esse trânsito
# está me matando", "vou matá-lo, comeu meu bolo", "ele me mata de rir".
_PT_KILLS_ME = (
    r"(?:(?:vai|ia|iria)\s+me\s+matar|(?:vai|ia|iria)\s+matar-?me|me\s+mata(?:ra|va)?|mata-?me|"
    r"matar-?me-?(?:a|ia))\b"
    r"(?!\s+de\s+(?:rir|vergonha|saudade|tedio|raiva|susto))"
)
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    r"\b(?:ele|marido|ex|ex-marido|namorado|ex-namorado|companheiro)\s+(?:\w+\s+){0,3}?"
    + _PT_KILLS_ME,
    r"^(?!.*\b(?:tarde|atras\w*)\b)(?=.*\b(?:disse|diz|falou|fala|ameacou|ameaca|jurou|"
    r"escreveu|gritou|dizendo|falando|gritando|ameacando|se\s+eu\s+(?:\w+\s+){0,2}?(?:sair|for|"
    r"fosse|contar|deixar|denunciar|fugir|largar|separar|chamar|disser))\b(?:\W+\w+){0,5}?\W+"
    + _PT_KILLS_ME
    + ")",
    _PT_KILLS_ME + r"\s+(?:\w+\s+)?(?:hoje|esta\s+noite)\b",
    r"^(?=.*\b(?:vou\s+te\s+matar|vou\s+matar-?te|te\s+mato)\b)(?=.*\b(?:escreveu|escrito|"
    r"escreve|porta|parede|mensage\w*|sms)\b)",
)

# Rape or an attempt at it, said without the word: "me forçou" as the whole of it (not forced to
# work or to sign, not "ninguém me forçou"), "tentou me violentar", and a man (a landlord, a
# housemate, a stepfather) who came into the writer's room at night and touched them, or grabbed
# them again or by force.
_PT_MAN = (
    r"\b(?:senhorio|dono\s+da\s+casa|dono\s+do\s+(?:quarto|apartamento)|proprietario|colega\s+de"
    r"\s+casa|inquilino|padrasto|tio|vizinho|patrao|chefe|marido|namorado|ex|homem|ele)\b"
)
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    r"(?<!ninguem\s)(?<!nao\s)(?<!nunca\s)\b(?:me\s+(?:forcou|forcaram|forca)|forcou-me|"
    r"forcaram-me)\s*(?:[.!;]|$|,?\s+e\s|\s+a\s+(?:fazer\s+sexo|ter\s+relac\w*|transar|"
    r"dormir\s+com\s+ele|fazer\s+coisas))",
    r"\b(?:tentou|tentaram|tenta|tentava|quis|queria)\s+(?:me\s+(?:violentar|estuprar|violar|"
    r"abusar)|(?:violentar|estuprar|violar|abusar)-me|violentar|estuprar|violar|abusar\s+de\s+"
    r"mim)\b",
    rf"^(?=.*{_PT_MAN})(?=.*\b(?:entrou|entra|entrava|entraram)\s+no\s+meu\s+quarto\b.{{0,40}}"
    r"\b(?:a\s+noite|de\s+noite|de\s+madrugada|enquanto\s+(?:eu\s+)?(?:dormia|durmo|estava\s+"
    r"(?:a\s+dormir|dormindo)))\b)(?=.*\b(?:me\s+(?:tocou|toca|tocava|agarrou|agarra|apalpou|"
    r"apalpa|beijou|despiu)|(?:tocou|agarrou|apalpou|beijou)-me|deitou-se\s+na\s+minha\s+cama|"
    r"deitou\s+na\s+minha\s+cama|abusou)\b)",
    rf"{_PT_MAN}\s+(?:\w+\s+){{0,4}}?(?:me\s+agarr(?:ou|a|ava)|agarrou-me)\s+(?:\w+\s+){{0,3}}?"
    r"(?:de\s+novo|outra\s+vez|a\s+forca|sem\s+(?:o\s+meu\s+)?consentimento|contra\s+a\s+minha\s+"
    r"vontade|pelos?\s+(?:seios|peitos)|no\s+meu\s+quarto|a\s+noite)\b",
)

# An ex, or a man just out of prison, outside the writer's home, in her street, staring at her
# window or knowing where she lives, and her fear for herself or the children ("tô com muito
# medo pelos meus filhos"); not an ex who waits outside to fetch the children as agreed, nor a
# fear of being late.
_PT_EX = (
    r"\b(?:(?:meu|o)\s+ex\b|ex-?\s?(?:marido|namorado|companheiro|mulher|namorada|"
    r"companheira)\b|pai\s+d[oa]s\s+meus\s+filhos\b|agressor\b|sai(?:u|ram)\s+da\s+"
    r"(?:prisao|cadeia)\b)"
)
_PT_AT_MY_HOME = (
    r"\b(?:(?:parado|esperando|a\s+espera|rondando|estava|tava|apareceu|aparece|ficou)\s+"
    r"(?:\w+\s+){0,2}?(?:na\s+frente|em\s+frente|a\s+porta|na\s+porta|a\s+frente)\s+(?:d[ao]\s+)?"
    r"(?:minha\s+|meu\s+|de\s+)?(?:casa|predio|porta|trabalho|escola)|sabe\s+onde\s+(?:eu\s+)?"
    r"(?:moro|moramos|vivo|vivemos|estou|estamos|trabalho)|rondando\s+(?:a\s+)?(?:minha\s+)?(?:casa|rua)|"
    r"(?:olhando|olhar|a\s+olhar|encarando|vigiando|espiando)\s+(?:\w+\s+)?(?:pra|para|a)?\s*"
    r"(?:a\s+)?(?:minha|nossa)\s+(?:janela|casa|porta|varanda)|(?:apareceu|aparece|aparecendo|"
    r"parado|plantado)\s+(?:\w+\s+)?(?:aqui\s+)?na\s+(?:minha\s+|nossa\s+)?rua)\b"
)
_PT_AFRAID = (
    r"(?<!nao\s)\b(?:(?:estou|to|tou|tenho|estamos|fiquei|fico)\s+(?:com\s+)?(?:muito\s+|"
    r"tanto\s+)?medo\b(?!\s+de\s+(?:chegar|me\s+atrasar|atrasar|perder|esquecer))|apavorad[oa]\b|"
    r"aterrorizad[oa]\b|(?:morrendo|morta|morto)\s+de\s+medo\b)"
)
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    r"^" + every_one_of(_PT_EX, _PT_AT_MY_HOME, _PT_AFRAID),
)

# Someone who follows the writer, for weeks or to her door: "um homem que me segue há duas
# semanas", with him at her door, knowing where she lives or leaving a note ("deixou um bilhete
# com o nome da minha filha"); not a neighbour who follows her on Instagram, nor a dog or a cat
# at her heels.
_PT_FOLLOWS_ME = (
    r"\b(?:me\s+(?:segue|seguia|seguiu|perseguem?)|(?:esta|anda)\s+me\s+seguindo|seguiu-me|"
    r"segue-me)\b(?!\s+(?:\w+\s+)?(?:n[oa]s?|pel[oa]s?)\s+(?:insta\w*|facebook|face|tiktok|"
    r"twitter|redes|whats\w*|snap\w*))"
)
_PT_FOR_WEEKS_OR_TO_MY_DOOR = (
    rf"{_PT_AT_MY_HOME}|\bha\s+(?:\w+\s+)?(?:dias|semanas|meses)\b|\bdeixou\s+(?:\w+\s+)?"
    r"(?:bilhete|recado|carta|bilhetes|cartas|presente)\b"
)
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:cao|cachorro|cadela|gat[oa]|gatinh[oa]|pet)\b)"
    + every_one_of(_PT_FOLLOWS_ME, _PT_FOR_WEEKS_OR_TO_MY_DOOR),
)


# A pregnancy in trouble: a woman pregnant and bleeding heavily now ("grávida de sete meses e está
# a sangrar muito", "perdendo muito sangue"); not the nose or the gums that bleed (common in
# pregnancy), a cut that bled a little, nor "não está a sangrar".
_PT_PREGNANT = r"\b(?:gravida|gestante|gravidez)\b"
_PT_BLEEDING_HEAVILY = (
    r"\b(?:sangra|sangrar|sangrando)\s+(?:muito|bastante|sem\s+parar|imenso)\b|"
    r"\b(?:perde|perder|perdendo|perdeu)\s+"
    r"muito\s+sangue\b|\bhemorragia\b"
)
# Someone kept from help by a partner or family: not let go to the hospital or the doctor, nor
# call anyone ("o marido não a deixa ir ao hospital nem ligar a ninguém"); not a husband who
# will not let her go to the hospital alone, as he goes with her.
_PT_KEPT_FROM_HELP = (
    r"\b(?:marido|esposo|namorado|companheiro|pai|padrasto|mae|sogr[oa]|irmao|ele|ela|eles)\s+"
    r"(?:\w+\s+)?nao\s+(?:a|o|me|nos|as|os)\s+deix(?:a|am|ava|avam)\s+(?:ir\s+(?:ao|para\s+o|"
    r"pro|a)\s+(?:hospital|medico|centro\s+de\s+saude|urgencias?|policia)|ligar\s+(?:a|para)\s+"
    r"ninguem|chamar\s+(?:ninguem|a\s+ambulancia|ajuda)|pedir\s+ajuda)\b(?!\s+sozinh)"
)
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    r"^(?!.*(?:\bnao\s+(?:esta\s+|estava\s+)?(?:a\s+)?(?:sangr|perd)|\b(?:nariz|nasal|"
    r"gengivas?|dentes)\b))" + every_one_of(_PT_PREGNANT, _PT_BLEEDING_HEAVILY),
    _PT_KEPT_FROM_HELP,
)

# Someone's small children alone for days or nights, crying, unfed or with no grown-up
# answering ("os filhos da vizinha estão sozinhos desde sexta, ouço-os a chorar à noite e ela
# não atende"); not children alone for an hour after school, nor a neighbour away for the
# weekend with her children at their grandmother's.
_PT_LITTLE_ONES_ALONE = (
    r"\b(?:filh[oa]s|crianc\w*|miud[oa]s|menin[oa]s|bebes?|pequen[oa]s|putos)\b.{0,80}?\b"
    r"(?:esta|estao|ficaram|ficou|anda|andam|deixad[oa]s?|estavam|sempre)\s+(?:\w+\s+)?"
    r"sozinh[oa]s?\b"
)
_PT_FOR_DAYS = (
    r"\b(?:desde\s+(?:ontem|anteontem|sexta|sabado|domingo|segunda|terca|quarta|quinta|o\s+"
    r"fim\s+de\s+semana)|ha\s+(?:\w+\s+)?(?:dias|noites)|(?:\w+\s+)?noites?\s+seguidas|"
    r"a\s+noite\s+toda|toda\s+a\s+noite|a\s+noite)\b"
)
_PT_NO_ONE_CARES = (
    r"\b(?:a\s+chorar|chorando|choram|choro|sem\s+comer|com\s+fome|passam\s+fome|"
    r"nao\s+(?:atende|responde|aparece|volta|voltou|abre)|ninguem\s+(?:atende|responde|abre|"
    r"aparece)|desaparec\w*|sumiu)\b"
)
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PT_LITTLE_ONES_ALONE, _PT_FOR_DAYS, _PT_NO_ONE_CARES),
)

# Someone's neck or throat squeezed by a person, till they nearly fainted or could not breathe
# or by a partner ("ele apertou meu pescoço até eu quase desmaiar", "apertou-me o pescoço"); not
# a necklace or a collar that is tight, nor a doctor feeling the neck for glands.
_PT_NECK_SQUEEZED = (
    r"\b(?:(?:me|lhe)\s+)?(?:apert\w*|agarr\w*|torc\w*)(?:-(?:me|lhe))?\s+(?:\w+\s+)?"
    r"(?:pescoco|garganta|goela)\b|\b(?:esganou|esganava|estrangulou|estrangulava|sufocou)\b"
)
_PT_BY_SOMEONE_OR_TILL = (
    rf"{_PT_WHO}|\bate\s+(?:eu\s+|ela\s+|ele\s+)?(?:quase\s+)?(?:desmaiar|desmai\w*|apagar|"
    r"ficar\s+sem\s+ar|perder\s+o\s+ar|nao\s+(?:conseguir|poder)\s+respirar|ficar\s+roxa?o?)\b"
)
_PT_NOT_A_HAND = (
    r"^(?!.*\b(?:colar|gola|cachecol|gravata|camisa|camisola|medic[oa]|doutor\w*|enfermeir\w*|"
    r"massag\w*|fisio\w*|torcicolo|ganglios?)\b)"
)
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    _PT_NOT_A_HAND + every_one_of(_PT_NECK_SQUEEZED, _PT_BY_SOMEONE_OR_TILL),
)

# A child with an older man who gives her drugs or says she owes him money ("saiu com um homem
# mais velho que lhe dá drogas", "ele diz que ela lhe deve dinheiro"), the drugs alone or the
# debt with the child gone or not answering; not an older cousin taking her to the cinema, nor
# a school project about drugs.
_PT_YOUNG = r"\b(?:filh[oa]|menin[oa]|sobrinh[oa]|net[oa]|enteada|enteado|\d{1,2}\s+anos)\b"
_PT_OLDER_MAN = (
    r"\b(?:homem|homens|tipo|tipos|cara|caras|gajo|gajos|rapaz|rapazes)\s+(?:\w+\s+)?mais\s+"
    r"velhos?\b|\b(?:homem|tipo|cara|gajo)\s+de\s+[2-6]\d\s+anos\b"
)
# Gives (he or they): "dá", "deu", "dão", "oferecem", typed without accents.
_PT_GIVE = r"(?:da|deu|dava|dao|deram|davam|oferece|ofereceu|oferecem|passa|passam|vende|vendem)"
_PT_GIVES_DRUGS = (
    rf"\b(?:lhe|lhes)\s+(?:{_PT_GIVE}|arranja|arranjam)\s+(?:\w+\s+)?drogas?\b|"
    rf"\b{_PT_GIVE}-lhes?\s+(?:\w+\s+)?drogas?\b|"
    rf"\b{_PT_GIVE}\s+(?:\w+\s+)?drogas?\s+(?:pra|para|a)\s+(?:ela|ele)\b"
)
_PT_OWES_HIM = r"\b(?:lhe|me|nos)\s+deve\s+(?:\w+\s+)?dinheiro\b|\b(?:esta|ficou)\s+a\s+dever\b"
_PT_GONE = (
    r"\bnao\s+(?:atende|responde|aparece|volta|voltou)\b(?:\s+\w+){0,4}?\s+(?:desde|ha|faz)\b|"
    r"\bsumiu\b|\bdesapareceu\b"
)
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:trabalho\s+sobre|projeto\s+sobre|palestra|sessao\s+sobre)\b)"
    + every_one_of(_PT_YOUNG, _PT_OLDER_MAN)
    + f"(?:{every_one_of(_PT_GIVES_DRUGS)}|{every_one_of(_PT_OWES_HIM, _PT_GONE)})",
)

# A child alone or locked in a car, in the heat or gone still ("tem uma criança sozinha trancada
# num carro, está muito quente e ela não se mexe"); not a child in the car with a parent or with
# the air on, nor a toy car.
_PT_A_CHILD = r"\b(?:crianca|bebe|menin[oa]|miud[oa]|pequen[oa]|filh[oa]|net[oa])s?\b"
_PT_SHUT_IN_A_CAR = (
    r"\b(?:sozinh[oa]s?|trancad[oa]s?|fechad[oa]s?|esquecid[oa]s?|deixad[oa]s?|deixaram|"
    r"deixou|esqueceram|esqueceu)\s+"
    r"(?:\w+\s+){0,3}?(?:carro|automovel|carrinha)\b(?!\s+de\s+(?:brinquedo|bonecas))|"
    r"\b(?:carro|automovel|carrinha)\s+(?:\w+\s+){0,3}?(?:sozinh[oa]s?|trancad[oa]s?)\b"
)
_PT_HEAT_OR_STILL = (
    r"\b(?:muito\s+quente|calor|abafad[oa]|ao\s+sol|nao\s+se\s+mexe|nao\s+(?:reage|responde|"
    r"acorda)|parou\s+de\s+chorar|ja\s+nao\s+chora|vermelh[oa]|molinh[oa]|desmai\w*)\b"
)
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:ar\s+condicionado|com\s+(?:a\s+|o\s+)?(?:mae|pai|avo|mim|ela|ele)\b|"
    r"brinquedo))" + every_one_of(_PT_A_CHILD, _PT_SHUT_IN_A_CAR, _PT_HEAT_OR_STILL),
)

# An allergic reaction now: the mouth, lips, tongue, throat or face swelling with breathing
# hard, or a food or a sting that someone is allergic to with the swelling or the breathing
# ("a minha filha comeu amendoim e a boca dela está a inchar, ela não consegue respirar bem");
# not an allergy told as controlled, swollen eyes from pollen, nor a nose blocked by a cold.
_PT_SWELLING = (
    r"\b(?:boca|labios?|lingua|garganta|cara|rosto)\s+(?:\w+\s+){0,3}(?:(?:esta|estao)\s+"
    r"(?:a\s+)?)?inch\w*|\binch(?:ou|aram|ando|ar|ad[oa]s?)\s+(?:\w+\s+){0,2}(?:a\s+|o\s+|os\s+|"
    r"as\s+)?(?:boca|labios?|lingua|garganta|cara|rosto)\b"
)
_PT_BREATHING_HARD = (
    r"\bnao\s+(?:\w+\s+)?(?:consegu\w*|pode)\s+(?:\w+\s+)?respirar\b(?!\s+pelo\s+nariz)|"
    r"\bdificuldade\w*\s+(?:em|para|a)\s+respirar\b|\bfalta\s+de\s+ar\b|\brespir\w*\s+mal\b|"
    r"\bsufoc\w*|\bchiad\w*|\bpieira\b"
)
_PT_ATE_OR_STUNG = (
    r"\b(?:comeu|comi|comeram|provou|engoliu|picad[oa]|picou|mordeu)\s+(?:\w+\s+){0,3}"
    r"(?:amendoi\w*|nozes|noz|marisco\w*|camar\w*|ovo|abelha|vespa)"
)
_PT_ALLERGEN = _PT_ATE_OR_STUNG + r"|\bamendoi\w*|\balergi\w*"
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\bpolen\b)" + every_one_of(_PT_SWELLING, _PT_BREATHING_HARD),
    r"^(?!.*\b(?:controlad\w*|polen)\b)" + every_one_of(_PT_SWELLING, _PT_ALLERGEN),
    "^" + every_one_of(_PT_ATE_OR_STUNG, _PT_BREATHING_HARD),
)

# Someone else who says they want to die or kill themselves, with a sign it is happening now:
# locked in a room and not opening, a letter or a goodbye written ("meu filho diz q quer morrer,
# ta trancado no quarto"); not "morrer de vergonha", nor the question asked with no such sign.
_PT_SAYS_WANTS_TO_DIE = (
    r"\b(?:diz|dizer|disse|dizendo|fala|falar|falou|falando|escreveu)\s+(?:\w+\s+){0,2}?"
    r"(?:que|q)\s+(?:\w+\s+)?(?:quer|queria|vai|ia)\s+(?:se\s+matar|matar-se|morrer\b(?!\s+de\b)|"
    r"acabar\s+com\s+(?:a\s+)?(?:sua\s+)?vida)"
)
_PT_HAPPENING_NOW = (
    r"\btrancad[oa]s?\b|\bfechad[oa]s?\s+no\s+(?:quarto|banheiro|casa\s+de\s+banho)|"
    r"\b(?:nao|n)\s+(?:abre|atende|responde)\b|\bescreveu\s+(?:uma\s+)?(?:carta|bilhete)|"
    r"\bcarta\s+de\s+despedida|\bse\s+despediu\b"
)
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PT_SAYS_WANTS_TO_DIE, _PT_HAPPENING_NOW),
)

# A baby or young child alone in the bath, or left with a carer passed out drunk ("ele estava
# desmaiado e o bebé sozinho na banheira"); not a child who bathes alone at ten.
_PT_YOUNG_CHILD = r"\b(?:beb[eéê]\w*|nen[eé]\w*|crian[çc]a\w*|mi[uú]d\w*|menin\w*|filh\w*)"
_PT_ALONE_IN_BATH = (
    r"\bsozinh\w*\s+(?:na\s+banheira|no\s+banho|na\s+água)|\bna\s+banheira\s+sozinh\w*|"
    r"\bsozinh\w*\s+(?:em|com)\s+casa\s+com\s+(?:a\s+)?(?:água|banheira)"
)
_PT_CARER_OUT_COLD = (
    r"\b(?:estava|está|ficou|caiu)\s+(?:\w+\s+)?(?:desmaiad\w*|inconscient\w*|b[eê]bad\w*\s+"
    r"(?:no\s+ch[aã]o|a\s+dormir|ca[ií]d\w*))|\bn[aã]o\s+acorda(?:va)?\b"
)
_PT_CHILD_LEFT = r"\bsozinh\w*|\bcom\s+os\s+mi[uú]dos\b|\bficou\s+com\s+(?:os|as|o|a)\s+"
# Tablets taken with drink and the writer unable to stay awake ("tomei os comprimidos duas vezes
# e depois bebi vinho ... não consigo ficar acordada"); not medicine taken and a good sleep.
_PT_TABLETS = r"\b(?:comprimid\w*|rem[eé]dio\w*|medicament\w*|pastilh\w*|calmante\w*)"
_PT_DRINK = r"\bbebi\b|\bvinho\b|\b[aá]lcool\b|\bcerveja\w*|\bwhisky\b|\bvodka\b|\bbebida\w*"
_PT_GOING_UNDER = (
    r"\bn[aã]o\s+consigo\s+(?:ficar|me\s+manter|manter-me|estar)\s+acordad\w*|\bn[aã]o\s+consigo"
    r"\s+(?:abrir|manter)\s+os\s+olhos|\bestou\s+(?:muito\s+)?(?:tont\w*|a\s+desmaiar|a\s+apagar)"
    r"|\bvou\s+desmaiar\b"
)
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:\d{2}\s+anos|j[aá]\s+toma\s+banho\s+sozinh\w*)\b)"
    + every_one_of(_PT_YOUNG_CHILD, _PT_ALONE_IN_BATH),
    "^" + every_one_of(_PT_CARER_OUT_COLD, _PT_YOUNG_CHILD, _PT_CHILD_LEFT),
    "^" + every_one_of(_PT_TABLETS, _PT_DRINK, _PT_GOING_UNDER),
)

# The waters broken ("a bolsa estourou", "rompeu", "rebentou") in a pregnancy before term, or
# with contractions, blood or the mother alone; not a handbag that burst in the shop.
_PT_WATERS_BROKE = r"\bbolsa\s+(?:\w+\s+)?(?:estourou|rompeu|rebentou|arrebentou)\b"
_PT_IN_PREGNANCY = (
    r"\b(?:\d{2}|vinte\s+e\s+\w+|trinta\s+e\s+\w+)\s+semanas\b|\bgravid\w*|\bcontrac\w*|"
    r"\bsangr\w*|\bsozinha\b|\bparto\b"
)
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PT_WATERS_BROKE, _PT_IN_PREGNANCY),
)

# Thoughts of throwing, drowning or hurting one's baby ("penso em jogar o bebê da janela"); not
# the baby seat ("bebê conforto") thrown out, nor "vontade de matar" said of a naughty child.
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    r"\b(?:penso|pensei|pensando|vontade|pensamentos?|ideia)\s+(?:\w+\s+)?(?:de|em)\s+"
    r"(?:jogar|atirar|machucar|afogar|sufocar|sacudir)\s+(?:o\s+|a\s+|meu\s+|"
    r"minha\s+)?(?:bebe|nene|neném|filh[oa]|crianca)\b(?!\s+conforto)",
)

# A scam on an older person going on now: a caller "from the bank" sending them to pay, or a
# man at the door who says he is from the police asking for the card and PIN.
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    "^"
    + every_one_of(
        r"\b(?:diz|dizendo|falando|fingindo|disse)\s+(?:(?:q|que)\s+(?:e|eh|era|sou)|ser)\s+"
        r"d[oa]\s+(?:banco|policia)\b",
        r"\b(?:caixa\s+eletronico|multibanco|transferi\w*|pix|senha|cartao|pin|codigo)\b",
        r"\b(?:agora|ja\s+saiu|(?:ta|esta)\s+no\s+telefone)\b",
    ),
)

# A threat to post or send someone's naked or intimate pictures.
_PT_NUDES = (
    r"\b(?:fotos?|videos?|imagens?)\s+(?:\w+\s+){0,2}"
    r"(?:pelad\w*|nuas?|nus?|intim\w*|sem\s+roupa)\b|"
    r"\bnudes?\b"
)
_PT_TO_POST = (
    r"\b(?:ameac\w*|vai|vao|quer|disse\s+que\s+vai)\s+(?:\w+\s+)?(?:postar|publicar|mandar|"
    r"espalhar|vazar|divulgar|enviar)\w*"
)
# Men outside shouting they will kill a group of people, or breaking things, now.
_PT_HATE_THREAT = (
    r"\b(?:vao|vamos|vai)\s+matar\s+(?:os|as|todos|voces)\s+(?:\w+\s+)?(?:brasileir|estrangeir|"
    r"imigrant|portugues|angolan|african|negr|muculman|cigan|cabo\s*verdian)\w*|"
    r"\bvolt(?:a|em)\s+pr[ao]\s+(?:sua|seu|tua|teu)\s+(?:terra|pais)"
)
_PT_HATE_NOW = (
    r"\b(?:na\s+frente|gritando|quebr\w*|trancad\w*|agora|"
    r"cercad\w*|batendo|atacando)\b"
)
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PT_NUDES, _PT_TO_POST),
    "^" + every_one_of(_PT_HATE_THREAT, _PT_HATE_NOW),
)

# A child who tells of a grown man met online who wants to meet her alone or tells her to keep
# it secret ("um cara que conheci no insta tem 30 anos e quer me encontrar hoje a noite sozinha,
# ele disse pra nao contar pra ninguem. tenho 14"); not a girl of her age met online and met
# with her mother at the shopping centre.
_PT_I_AM_A_CHILD = r"\b(?:tenho|tem|fiz|de)\s+(?:1[0-5]|[89])(?:\s+anos)?\b"
_PT_MAN_MET_ONLINE = (
    r"\b(?:cara|homem|tio|senhor|moco|gajo|tipo)\s+(?:\w+\s+){0,3}?(?:conheci|conheceu|"
    r"conhecido)\s+(?:\w+\s+){0,2}?(?:n[oa]|pel[oa]|em)\s+(?:insta\w*|tiktok|snap\w*|discord|"
    r"roblox|internet|jogo|chat|whats\w*|face\w*|free\s*fire)\b"
)
_PT_ALONE_OR_SECRET = (
    r"\b(?:nao|n)\s+(?:contar|falar|dizer)\s+(?:\w+\s+)?(?:pra|para|a)\s+ninguem\b|\bsegredo\b|"
    r"\b(?:me\s+encontrar|encontrar-me|me\s+ver|me\s+buscar)\s+(?:\w+\s+){0,4}?sozinha?\b"
)
PORTUGUESE_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PT_I_AM_A_CHILD, _PT_MAN_MET_ONLINE, _PT_ALONE_OR_SECRET),
)
