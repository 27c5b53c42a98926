"""The Portuguese phrase net's readings of the main kinds said plainly, as they happen (read by
safeguarding_languages with safeguarding_portuguese, whose module is near its limit), in
Brazilian and European Portuguese and the way they are texted ("tô", "tá"): a whole box of
tablets swallowed; hanging oneself tonight; someone being beaten now; a man with a knife who has
locked the door; a man who followed the writer from the bus or the station; a child hit and
bleeding from the head; a girl married off to a cousin or abroad; a woman kept locked in at home;
a girl to be cut; chest pain with no speech; and someone beaten or starved to drive out a spirit.
Also a debt to a smuggler or an agent with harm threatened; a landlord who wants sex or will
report the writer to the Home Office; stones thrown at the writer's hotel or home; killing
oneself rather than be sent back; a child taken by a man who says he is the uncle; lost at night
with a dying phone; trapped by a fire; a baby not breathing properly; a fit that goes on;
someone fallen who will not wake; a young person taken or sent to be "cured" of being gay, bi or
trans.
Text has been through safeguarding_languages.fold (no accents: "ônibus" reads "onibus").

At work: a man with a knife or a gun where the writer works; a workmate fallen or crushed who
does not move, with no ambulance called; a boss who says stay or go with him tonight or be
sacked.
A knife in a child's school bag with a fight or a beating due (not a knife for a cooking class
or a picnic).

Left alone: a whole box of juice drunk, getting ready tonight, a cake beaten, a knife for the
bread, a dog that followed the writer from the bus, a ball that hit a child's head, a cousin's
wedding abroad, in-laws who wait at home, a son's circumcision, a grandfather not speaking to an
aunt, prayers said to drive out a bad spirit, a brother owed 50, a tax letter, a late fee,
stones thrown into the sea, an uncle taking a niece to the cinema, a lost dog, a fire in the
fireplace, a cold, a fit that passed yesterday, someone who fell asleep.
Also heatstroke: the heat beside two of its signs, confused, stopped sweating, fainted, vomiting,
burning hot (not someone red in the heat who is drinking water and well).
Also water coming through onto the electrics and sparking, with a baby or child there or no way
out (not a leak with no sparks, nor sparks already switched off).
Also a partner who will kill himself if the writer leaves, or kill himself and take the children
with him (not "mata-se a trabalhar").
Also someone pushed who fell and cannot get up or for whom no one is to be called (not a push in
a sack race, got up from), and a head knocked and vomiting after it (not a knock beside a baby
sick with milk).
Also an ex, his friends or a stranger who shared the writer's address or sent a photo of her door
and are coming tonight (not a mother's photo of a painted door before a dinner).
"""

from __future__ import annotations

from bot.gateway.safeguarding_portuguese_plans import _PT_DAY, _PT_TABLETS
from bot.gateway.safeguarding_words import any_two_of, every_one_of

# Tablets, and the medicines people name: "uma caixa inteira de paracetamol".
_PT_DRUG = (
    rf"(?:{_PT_TABLETS}|capsulas|paracetamol|ibuprofeno|dipirona|rivotril|clonazepam|diazepam|"
    r"soniferos|antidepressivos|tylenol|\w+\s+para\s+dormir)"
)
# A whole box, strip or bottle of them swallowed ("tomei uma caixa inteira de paracetamol faz
# uma hora", "acabei de engolir a cartela toda"); not a whole box of juice or of chocolates.
_PT_WHOLE_BOX = (
    r"\b(?:tomei|engoli|tomou|engoliu|acabei\s+de\s+(?:tomar|engolir)|bebi)\s+(?:\w+\s+)?"
    r"(?:uma|a|um|o)\s+(?:caixa|cartela|embalagem|frasco|vidro)\s+(?:inteir[ao]|tod[ao])\s+"
    rf"(?:de\s+|do\s+|da\s+)?(?:\w+\s+)?{_PT_DRUG}\b"
)
# Hanging oneself on a day or tonight ("hoje à noite vou me enforcar", "amanhã me enforco"); not
# "se eu ouvir essa música de novo eu me enforco", a joke with an "if".
_PT_HANG_MYSELF = (
    r"\b(?:vou\s+me\s+enforcar|vo\s+me\s+enforca|vou\s+enforcar-me|me\s+enforco|enforco-me)\b"
)
PORTUGUESE_NOW_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    _PT_WHOLE_BOX,
    r"^(?!.*\b(?:se\s+(?:eu\s+)?\w+(?:ar|er|ir|or)|brincadeira|zoeira|kkk+|de\s+tanto)\b)"
    + every_one_of(_PT_HANG_MYSELF, rf"\b{_PT_DAY}\b"),
)

# Someone beating a person now ("meu marido está batendo na minha mãe agora", "tá me batendo",
# "está a bater na minha irmã"); not a cake or eggs beaten, a door knocked, the sun on someone.
_PT_DOER = (
    r"\b(?:marido|esposo|namorado|companheiro|ex|pai|padrasto|irmao|filho|tio|sogro|cunhado|"
    r"vizinho|ele|eles|homem)\b"
)
_PT_BEATING_NOW = (
    r"\b(?:esta|ta|estao|tao)\s+(?:me\s+|a\s+)?(?:batendo|espancando|agredindo|bater|espancar|"
    r"agredir|chutando|enforcando)\s+(?:n[ao]s?|em|nele|nela|a|o|(?:a\s+|o\s+)?(?:minha|meu|"
    r"minhas|meus))?\s*(?:\w+\s+)?(?:mae|pai|irma|irmao|avo|filh[oa]s?|mim|mulher|esposa|"
    r"crianca|criancas|bebe|menin[oa]|ela|ele|namorada|sobrinh[oa]|net[oa])\b|"
    r"\b(?:esta|ta|estao|tao)\s+me\s+(?:batendo|espancando|agredindo|chutando|enforcando)\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    rf"{_PT_DOER}\s+(?:\w+\s+){{0,3}}?(?:{_PT_BEATING_NOW})",
)

# A man with a knife or a gun who has locked the door ("ele está com uma faca e trancou a
# porta"); not a knife for the bread or the cake, nor a door locked for the cat.
_PT_ARMED = (
    r"\b(?:esta|ta|estava|tem|pegou|segurando|com)\s+(?:com\s+)?(?:uma|um|a|o)\s+(?:faca|facao|"
    r"canivete|navalha|arma|revolver|pistola|tesoura|machado)\b"
)
_PT_LOCKED_DOOR = (
    r"\b(?:trancou\s+(?:a\s+)?(?:porta|casa|quarto)|trancou-(?:nos|me)|fechou\s+(?:a\s+porta\s+)?"
    r"a\s+chave|passou\s+a\s+chave\s+(?:n|a)\w*\s+porta|(?:nos|me)\s+trancou|"
    r"trancad[oa]s?\s+(?:em|no|na|dentro))\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:pao|bolo|carne|legumes|cebola|fruta|queijo|churrasco|cozinh\w*|gat[oa]|"
    r"cachorr[oa])\b)" + every_one_of(_PT_ARMED, _PT_LOCKED_DOOR),
)

# A man who followed the writer from the bus, the station or school, with him waiting outside,
# streets gone by or her fear ("tem um homem me seguindo desde o ônibus, já são três ruas, tô
# com medo"); not a dog that followed her from the stop, nor a follow on Instagram.
_PT_FOLLOWS_ME = (
    r"\b(?:me\s+(?:segue|seguiu|seguindo|persegue|perseguiu|perseguindo)|segue-me|seguiu-me|"
    r"(?:esta|ta|anda)\s+a\s+seguir-me)\b"
)
_PT_A_MAN = (
    r"\b(?:homem|cara|sujeito|tipo|senhor|rapaz|alguem|desconhecido|estranho|carro|moto|van|"
    r"carrinha)\b"
)
_PT_FROM_A_STOP_OR_OUTSIDE = (
    r"\b(?:desde|do|da|a\s+partir\s+d[oa])\s+(?:o\s+|a\s+)?(?:onibus|autocarro|estacao|metro|"
    r"comboio|trem|paragem|ponto|escola|trabalho|saida)\b|\b(?:esperando|a\s+esperar|espera|"
    r"parado)\s+(?:\w+\s+)?(?:la\s+fora|do\s+lado\s+de\s+fora|na\s+porta|em\s+frente|la\s+em\s+"
    r"baixo|embaixo)\b|\bmedo\b|\bo\s+que\s+(?:eu\s+)?faco\b|\b(?:ja\s+)?sao\s+\w+\s+ruas\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:instagram|insta|tiktok|twitter|facebook|cachorr\w*|cao|gat[oa])\b)"
    + every_one_of(_PT_FOLLOWS_ME, _PT_A_MAN, _PT_FROM_A_STOP_OR_OUTSIDE),
)

# A child hit and bleeding from the head ("bateram no menino e ele está sangrando da cabeça");
# not a ball that hit a child who has a headache.
_PT_A_CHILD = r"\b(?:crianca|bebe|menin[oa]|miud[oa]|filh[oa]|net[oa]|sobrinh[oa]|pequen[oa])\b"
_PT_HIT_HIM = (
    r"\b(?:bateram|bateu|espancaram|espancou|agrediram|agrediu|chutaram)\s+(?:n[oa]s?|nele|"
    r"nela|em)\b|\b(?:o|a|lhe)\s+(?:espancaram|agrediram|bateram)\b|\b(?:espancad|agredid)[oa]\b"
)
_PT_HEAD_BLEEDING = (
    r"\bsangr\w*\s+(?:\w+\s+)?(?:da|na|pela)\s+cabeca\b|\bcabeca\s+(?:\w+\s+)?(?:sangr\w*|"
    r"a\s+sangrar)|\bsangue\s+(?:\w+\s+)?(?:da|na)\s+cabeca\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PT_A_CHILD, _PT_HIT_HIM, _PT_HEAD_BLEEDING),
)

# A girl married off by her family, to a cousin, abroad, by force or with tickets bought ("meu
# pai vai me casar com meu primo lá fora"); not a cousin's wedding abroad with tickets bought.
_PT_MARRIES_ME_OFF = (
    r"\b(?:pai|mae|familia|pais|tio|irmao|avo|eles)\s+(?:\w+\s+){0,2}?(?:vai|vao|quer|querem|"
    r"ia|iam|vai\s+me\s+obrigar\s+a|querem\s+me\s+obrigar\s+a)\s+(?:me\s+casar|casar-me)\b"
)
_PT_COUSIN_OR_ABROAD = (
    r"\b(?:prim[oa]|la\s+fora|no\s+estrangeiro|exterior|na\s+terra|no\s+pais\s+del\w*|"
    r"passage(?:m|ns)|bilhetes?|a\s+forca|contra\s+a\s+minha\s+vontade|sem\s+eu\s+querer)\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PT_MARRIES_ME_OFF, _PT_COUSIN_OR_ABROAD),
)

# A woman kept locked in at home by her husband or in-laws ("meus sogros me trancam em casa e
# pegaram meus documentos"); not in-laws who wait for her at home.
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"\b(?:me|nos)\s+(?:trancam|trancaram|prendem|prenderam|fecham|mantem\s+trancad[oa]s?)\s+"
    r"(?:\w+\s+)?(?:em\s+casa|no\s+quarto|dentro|a\s+chave)\b|\b(?:trancam-me|prendem-me|"
    r"fecham-me)\s+(?:\w+\s+)?(?:em\s+casa|no\s+quarto)\b",
)

# A girl to be cut ("vão fazer a circuncisão da minha filha nas férias", "vão fanar a menina");
# not a son's circumcision, nor the subject of a talk.
_PT_CUTTING = (
    r"\b(?:circuncis\w*|mutila\w*\s+genita\w*|excis\w*|fanad[oa]|fanar|fanam|fanaram|"
    r"cortar\s+(?:a\s+)?"
    r"(?:minha\s+)?(?:filha|menina|sobrinha|neta))\b"
)
_PT_A_GIRL = r"\b(?:filha|menina|sobrinha|neta|irma|enteada|garota)\b"
_PT_TO_BE_DONE = r"\b(?:vao|vai|querem|quer|ferias|viagem|levar|levam|mandar)\b"
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:palestra|aula|sessao|campanha|documentario)\b)"
    + every_one_of(_PT_CUTTING, _PT_A_GIRL, _PT_TO_BE_DONE),
)

# Chest pain with no speech, no answer or a faint ("meu avô está com dor no peito e não está
# falando"); not a grandfather with a sore knee who is not speaking to an aunt.
_PT_CHEST_PAIN = (
    r"\b(?:dor|dores|aperto|pontada)\s+(?:forte\s+|muito\s+forte\s+)?no\s+peito\b|"
    r"\bdoi\s+(?:muito\s+)?o\s+peito\b"
)
_PT_NO_SPEECH = (
    r"\bnao\s+(?:esta\s+|ta\s+|consegue\s+)?(?:falando|a\s+falar|falar|fala)\b(?!\s+(?:com|"
    r"comigo|ingles|portugues))|\bnao\s+responde\b(?!\s+(?:as|aos|a|o)\s+(?:mensagens|"
    r"telefone))|\bdesmai\w*|\bsuando\s+frio\b|\bboca\s+torta\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:tosse|academia|ontem|ja\s+passou|melhorou)\b)"
    + every_one_of(_PT_CHEST_PAIN, _PT_NO_SPEECH),
)

# Someone beaten, starved or kept from a doctor to drive out a spirit or a demon ("bateram
# nela para expulsar o espírito", "o pastor disse que tem encosto e faz três dias que está sem
# comer"); not prayers said to drive out a bad spirit.
_PT_SPIRIT = (
    r"\b(?:encosto|demonio\w*|possuid[oa]|possess\w*|endemoninhad[oa]|jinn|djinn|exorcis\w*|"
    r"descarrego)\b|\b(?:expulsar|tirar|afastar|arrancar)\s+(?:\w+\s+)?(?:o|os|um)\s+(?:\w+\s+)?"
    r"espiritos?\b"
)
_PT_HARMED_FOR_IT = (
    r"\b(?:bateram|batem|bate|bateu|batendo)\s+(?:n[ao]s?|nele|nela|em)\b|\b(?:a|o|os|as|lhe|"
    r"me)\s+(?:bateram|espancaram|surraram|queimaram|amarraram)\b|\bespanc\w*|\bsurr(?:ar|aram|"
    r"ou|am)\b|\bsem\s+(?:comer|beber|agua|comida)\b|\bnao\s+(?:deixa|deixam)\s+(?:\w+\s+){0,2}"
    r"(?:medico|hospital)\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PT_SPIRIT, _PT_HARMED_FOR_IT),
)

# A debt to a smuggler or to the man who found the writer work, with harm threatened to the
# writer or the family ("disse que eu devo 5 mil libras e que se eu nao pagar ate sexta ele manda
# alguem me pegar"); not a tax bill that comes by letter, nor "minha mãe vai me matar".
_PT_I_OWE = (
    r"\b(?:eu\s+)?devo\s+(?:\w+\s+)?\d+|\b(?:eu\s+)?devo\s+(?:a|pra|para)\s+(?:ele|eles|ela)\b|"
    r"\b(?:minha|a)\s+divida\b|\bse\s+(?:eu\s+)?nao\s+(?:pagar|der|devolver)\b"
)
_PT_HARM_THREATENED = (
    r"\b(?:machucar|fazer\s+mal\s+(?:a|pra|para)|matar|bater\s+(?:em|na|no))\s+(?:a\s+|o\s+)?"
    r"(?:minha|meu|meus|minhas)\b|\bme\s+(?:matar|machucar|quebrar|matam)\b|\bmanda\w*\s+"
    r"(?:alguem|uns\s+caras|gente)\s+(?:\w+\s+)?(?:me|atras)\b|\b(?:vai|vao)\s+atras\s+de\s+mim\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:minha\s+mae|meu\s+pai|meus\s+pais|mainha|minha\s+mulher|meu\s+marido|kkk\w*)\s+"
    r"(?:\w+\s+)?(?:vai|vao)\s+me\s+matar\b)" + every_one_of(_PT_I_OWE, _PT_HARM_THREATENED),
)

# A landlord who wants sex for the rent or will report the writer to the Home Office ("o dono da
# casa quer que eu durma com ele pra pagar o aluguel"); not rent due on Monday.
_PT_LANDLORD = (
    r"\b(?:senhorio|senhoria|proprietari[oa]|(?:dono|dona)\s+d[ao]\s+(?:casa|quarto|apartamento|"
    r"ap|imovel)|locador\w*)\b|\bme\s+(?:aluga|subloca|subaluga)\b"
)
_PT_SEX_OR_REPORT = (
    r"\b(?:durma|dormir|transar|transe|deitar|deite|ir\s+pra\s+cama)\s+com\s+ele\b|\bsexo\s+com\s"
    r"+ele\b|\bpagar\s+com\s+(?:o\s+)?(?:meu\s+)?corpo\b|\b(?:me\s+)?(?:denunci|entreg)\w*\s+"
    r"(?:pro|pra|para\s+o|para\s+a|ao|a|na|no)\s+(?:home\s+office|imigracao)\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PT_LANDLORD, _PT_SEX_OR_REPORT),
)

# People throwing stones at the writer's hotel or home now ("tem um monte de gente na frente do
# hotel jogando pedra agora"); not children throwing stones in the lake.
_PT_THROWING_STONES = (
    r"\b(?:jogando|jogam|jogaram|atirando|atiram|atiraram|tacando|tacam|tacaram)\s+(?:\w+\s+)?"
    r"(?:pedras?|tijolos?|garrafas?)\b"
)
_PT_AT_OUR_PLACE = r"\b(?:hotel|casa|janelas?|porta|predio|nos|gente)\b"
_PT_NOW_OR_A_CROWD = r"\b(?:agora|ne(?:st|ss)e\s+momento|gente|grupo|homens|fora|frente)\b"
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:lago|rio|mar|agua|praia|telhado\s+de\s+vidro)\b)"
    + every_one_of(_PT_THROWING_STONES, _PT_AT_OUR_PLACE, _PT_NOW_OR_A_CROWD),
)

# Killing oneself rather than be sent back ("eu me mato antes de me mandarem de volta, o voo é
# amanhã"), in Portuguese words (Spanish "me deporten" is read by its own net); not working
# oneself to death.
_PT_KILL_MYSELF_FIRST = (
    r"\bme\s+(?:mato|suicido)\s+(?:antes|se)\b|\bprefiro\s+(?:me\s+matar|morrer|me\s+suicidar|"
    r"tirar\s+minha\s+vida)\b|\bantes\s+(?:me\s+mato|mort[oa])\b"
)
_PT_SENT_BACK = (
    r"\bdeportacao\b|\bdeportad[oa]\b|\bme\s+deportarem\b|\bexpuls\w*|\bmanda\w*\s+(?:\w+\s+)?"
    r"de\s+volta\b|\b(?:voltar|volto)\s+pr[ao]\s+(?:la|meu\s+pais)\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:trabalhando|estudando|de\s+rir)\b)"
    + every_one_of(_PT_KILL_MYSELF_FIRST, _PT_SENT_BACK),
)

# A girl or boy taken tonight by a man who says he is the uncle ("um homem que diz que é tio dela
# vai levar ela hoje à noite"); not her uncle taking her to the cinema.
_PT_SAYS_HE_IS_UNCLE = (
    r"\b(?:diz|disse|fala|falou)\s+(?:que\s+)?(?:e|eh|ser)\s+(?:o\s+)?(?:seu\s+)?tio\b|\bsuposto"
    r"\s+tio\b|\bse\s+diz\s+(?:o\s+)?tio\b"
)
_PT_TAKES_AWAY = r"\blev\w*|\bbuscar\s+el[ae]\b|\bbusca-?l[oa]\b|\bsair\s+com\s+el[ae]\b"
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PT_SAYS_HE_IS_UNCLE, _PT_TAKES_AWAY),
)

# Lost in the dark or with a phone running out ("tô perdida, tá escuro e meu celular tá acabando a
# bateria"); not lost in paperwork or a lesson.
_PT_I_AM_LOST = (
    r"\b(?:estou|to|tou|fiquei)\s+perdid[oa]\b|\bme\s+perdi\b|\bnao\s+sei\s+onde\s+(?:eu\s+)?"
    r"(?:estou|to|tou)\b"
)
_PT_DARK_OR_BATTERY = (
    r"\b(?:ta|esta)\s+(?:muito\s+)?(?:escuro|de\s+noite)\b|\bbateria\b|\bcelular\s+(?:\w+\s+)?"
    r"(?:desligando|morrendo|acabando|descarregando)\b|\bsem\s+(?:bateria|credito|dados|sinal)\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:perdid[oa]s?|me\s+perdi)\s+(?:com|em|nos|nas|no|na)\s+(?:\w+\s+)?(?:papelada|"
    r"papeis|tramites|aula|serie|filme|jogo|conta|formulario|materia)\b)"
    + every_one_of(_PT_I_AM_LOST, _PT_DARK_OR_BATTERY),
)

# A fire at home with the writer unable to get out ("tá pegando fogo no meu apartamento e eu não
# consigo sair"); not a fire in the fireplace on a rainy night.
_PT_FIRE_HERE = (
    r"\b(?:ta|esta)\s+pegando\s+fogo\b|\bpegou\s+fogo\b|\bincendio\b|\b(?:tem|ha)\s+fogo\b|\bfogo"
    r"\s+(?:no|na|em)\s+(?:meu|minha|nosso|nossa)\b"
)
_PT_CANNOT_GET_OUT = (
    r"\bnao\s+(?:consigo|conseguimos|consegue|posso|podemos|da\s+pra)\s+sair\b|\b(?:fiquei|"
    r"ficamos|to|estou|estamos)\s+pres[oa]s?\s+(?:aqui|dentro|no|na)\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:lareira|churrasco|fogueira|velas?|filme|chuva|chovendo|festa)\b)"
    + every_one_of(_PT_FIRE_HERE, _PT_CANNOT_GET_OUT),
)

# The writer's baby or child not breathing properly ("meu bebê não tá respirando direito"); not
# a blocked nose.
_PT_MY_LITTLE_ONE = (
    r"\b(?:meu|minha|o|a|nosso|nossa)\s+(?:bebe|nene|filh[oa]|crianca|menin[oa]|pequen[oa])\b"
)
_PT_BREATHES_BADLY = (
    r"\bnao\s+(?:ta|esta)\s+respirando\s+(?:direito|bem)\b|\brespir\w*\s+(?:muito\s+)?(?:mal|"
    r"estranho|com\s+dificuldade)\b|\bnao\s+(?:consegue|pode)\s+respirar\b|\bdificuldade\s+(?:pra"
    r"|para|em)\s+respirar\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:resfriad[oa]|gripe|nariz|catarro|alergia|ronca|ontem|melhor)\b)"
    + every_one_of(_PT_MY_LITTLE_ONE, _PT_BREATHES_BADLY),
)

# A fit that has gone on for minutes or will not stop ("meu filho tá tendo uma convulsão faz 5
# minutos"), in Portuguese words ("convulsão", not Spanish "convulsión"); not one that passed
# yesterday.
_PT_FITTING = (
    r"\bconvulsao\b|\bconvulsoes\b|\b(?:ta|esta|tava|estava)\s+convulsionando\b|\bcrise\s+"
    r"(?:epileptica|convulsiva|de\s+epilepsia)\b"
)
_PT_GOES_ON = r"\b(?:\d+|tres|quatro|cinco|dez)\s+min\w*|\bnao\s+(?:para|passa|termina)\b"
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:ontem|semana\s+passada|ja\s+passou|mes\s+passado)\b)"
    + every_one_of(_PT_FITTING, _PT_GOES_ON),
)

# Someone fallen who will not wake or whose head bleeds ("minha mãe caiu, a cabeça dela tá
# sangrando e ela não acorda"); not the internet that went down, nor someone who sleeps in.
_PT_FELL = (
    r"\b(?:caiu|cairam|levou\s+um\s+tombo|desmaiou)\b(?!\s+(?:a|o)\s+(?:internet|sistema|app|"
    r"ligacao|rede|sinal|ficha))"
)
_PT_WONT_WAKE_OR_HEAD_BLEEDING = (
    r"\bnao\s+(?:acorda|desperta|reage)\b(?!\s+ate)|\bdesacordad[oa]\b|\binconsciente\b|\bcabeca"
    r"\s+(?:\w+\s+){0,2}sangr\w*|\bsangr\w*\s+(?:\w+\s+)?(?:da|na)\s+cabeca\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PT_FELL, _PT_WONT_WAKE_OR_HEAD_BLEEDING),
)

# A man with a knife or a gun where the writer works or now ("tem um homem com uma faca na loja
# onde eu trabalho"); not a man cutting bread or ham with a knife in the shop.
_PT_ARMED_MAN = (
    r"\b(?:homem|cara|sujeito|cliente|alguem|tipo|rapaz)\s+(?:\w+\s+)?(?:com\s+(?:uma\s+|um\s+)?"
    r"(?:faca|facao|arma|pistola|revolver|machado|canivete)|(?:tem|esta\s+com)\s+(?:uma\s+|"
    r"um\s+)?(?:faca|facao|arma|pistola|revolver))\b"
)
_PT_WHERE_I_AM = r"\b(?:agora|onde\s+(?:eu\s+)?trabalho|loja|socorro|ajuda|aqui)\b"
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:pao|presunto|queijo|carne|legumes|cozinha|churrasco|fatia\w*)\b)"
    + every_one_of(_PT_ARMED_MAN, _PT_WHERE_I_AM),
)

# A workmate fallen or crushed at work who does not move, with no ambulance called ("meu colega
# caiu do andaime e não se mexe, o chefe não quer chamar a ambulância"); not a van stuck in
# traffic.
_PT_WORKMATE = r"\b(?:colega|companheiro|trabalhador|rapaz|amigo|peao|um\s+homem)\b"
_PT_FELL_OR_CRUSHED = r"\bcaiu\b|\bdespencou\b|\besmagad\w*|\bprensad\w*"
_PT_DOES_NOT_MOVE = (
    r"\bnao\s+se\s+(?:mexe|move)\b|\bdesmaiad\w*|\binconsciente\b|\bnao\s+respira\b|"
    r"\bnao\s+reage\b"
)
_PT_NO_AMBULANCE = r"\bambulancia\b|\bsamu\b|\b(?:192|112|999)\b|\bemergencia\b"
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PT_WORKMATE, _PT_FELL_OR_CRUSHED, _PT_DOES_NOT_MOVE, _PT_NO_AMBULANCE),
)

# A boss who says the writer must go or stay with him tonight or be sacked ("se eu não for com
# ele hoje à noite me manda embora e chama a imigração"); not staying on for the stocktake.
_PT_BOSS = r"\b(?:chefe|patrao|encarregad\w*|dono|gerente|supervisor|mestre\s+de\s+obras)\b"
_PT_IF_NOT_WITH_HIM = (
    r"\bse\s+(?:eu\s+)?nao\s+(?:\w+\s+)?(?:for|ficar|sair|dormir|vier|passar\s+a\s+noite)\s+com\s"
    r"+ele\b"
)
_PT_SACKED = (
    r"\bme\s+(?:manda|mandar|poe|por)\s+(?:embora|na\s+rua|pra\s+rua)\b|\bme\s+(?:despede|demite|"
    r"despedir|demitir)\b|\bperco\s+o\s+(?:emprego|trabalho)\b|\bimigracao\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PT_BOSS, _PT_IF_NOT_WITH_HIM, _PT_SACKED),
)

# Heatstroke: the heat ("com esse calor") beside two of its signs, confused, stopped sweating,
# red and hot, fainting, not answering, vomiting ("tá confusa, toda vermelha e parou de suar");
# not someone red in the face from the heat who is drinking water and fine.
_PT_HEAT = r"\b(?:calor\w*|canicula|onda\s+de\s+calor|ao\s+sol|insolac\w*|muito\s+quente)\b"
_PT_HEATSTROKE_SIGNS = (
    r"\bconfus[ao]\b|\b(?:nao\s+diz\s+coisa\s+com\s+coisa|delira\w*|fala\s+coisas\s+sem\s+"
    r"sentido)\b",
    r"\b(?:parou\s+de\s+suar|nao\s+(?:esta\s+a\s+|ta\s+|esta\s+)?sua(?:r|ndo)?\b|pele\s+"
    r"(?:\w+\s+)?seca)",
    r"\b(?:desmai\w*|nao\s+(?:responde|reage|acorda)|quase\s+nao\s+fala)\b",
    r"\b(?:vomit\w*|convuls\w*|tremendo|treme\s+toda)\b",
    r"\b(?:ferv\w*|queimando|muito\s+quente\s+ao\s+toque|febre\s+alta)\b",
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PT_HEAT) + any_two_of(*_PT_HEATSTROKE_SIGNS),
)

# A knife in a child's school bag, with a fight, a beating or revenge due ("tá com uma faca na
# mochila, diz que uns meninos vão bater nele hoje", "levou um canivete na mochila para se
# vingar"); not a knife packed for a cooking class or a picnic.
_PT_KNIFE_IN_BAG = (
    r"\b(?:faca|facao|canivete|navalha|estilete)\s+(?:\w+\s+){0,2}?(?:na|dentro\s+da|no)\s+"
    r"(?:mochila|bolsa|bolso|mala)\b|\b(?:mochila|bolsa|mala)\s+(?:\w+\s+){0,3}?(?:uma\s+|um\s+)?"
    r"(?:faca|facao|canivete|navalha|estilete)\b"
)
_PT_A_FIGHT_DUE = (
    r"\b(?:vao|vai|querem|iam)\s+(?:\w+\s+)?(?:bater|pegar|esfaquear|matar)\s+(?:nele|nela|"
    r"n[oa]s?\s+|ele|ela)|\b(?:brigar|briga|porrada|vingar|vinganca|ajustar\s+contas)\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:culinaria|cozinha\w*|piquenique|acampamento|pesca)\b)"
    + every_one_of(_PT_KNIFE_IN_BAG, _PT_A_FIGHT_DUE),
)

# A young person taken or sent to be "cured" of being gay, bi or trans ("descobriu que sou bi e
# amanhã me leva pra igreja pra 'cura'", "querem me internar pra me curar"); not a son who is gay
# taken to church for Christmas, nor a prayer for a grandmother's cure.
_PT_GAY_OR_TRANS = (
    r"\b(?:sou|e|seja|ser|somos)\s+(?:\w+\s+)?(?:gay|bi|bissexual|lesbica|trans|transexual|"
    r"homossexual|sapatao|viado|queer|nao[\s-]binari[oa])\b|\bhomossexualidade\b"
)
_PT_TAKEN = (
    r"\b(?:leva|levar|levou|levam|levaram|manda|mandar|mandou|mandam|internar|interna|obriga\w*|"
    r"forca\w*|arrasta\w*)\b"
)
_PT_TO_CURE = (
    r"\b(?:pra|para|pro)\s+(?:a\s+)?\W?(?:cura|curar|me\s+curar|o\s+curar|a\s+curar|"
    r"consertar|me\s+consertar|libertacao|exorcismo)\b(?!\s+(?:d[aoe]s?|pra|para)\b)|"
    r"\b(?:terapia|tratamento)\s+de\s+(?:conversao|reversao)\b|\bcura\s+gay\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PT_GAY_OR_TRANS, _PT_TAKEN, _PT_TO_CURE),
)

# Water coming through onto the electrics and sparking or smoking, with a baby, a child or
# someone old there or the writer unable to get out ("está a sair água do teto para o quadro
# elétrico e está a fazer faíscas, tenho o meu bebé aqui"); not a leak with no sparks, nor sparks
# already switched off or told with all well.
_PT_WATER = r"\b(?:agua|infiltracao|inundacao|inundad[oa]|alagad[oa]|goteira)\b"
_PT_ELECTRICS = (
    r"\b(?:quadro\s+(?:eletrico|de\s+luz|da\s+luz)|tomadas?|fios|fiacao|instalacao\s+eletrica|"
    r"disjuntor\w*|caixa\s+de\s+luz|candeeiro|lampada|luzes)\b"
)
_PT_SPARKING = (
    r"\b(?:faisc\w*|curto[\s-]?circuito|a\s+arder|pegando\s+fogo|a\s+pegar\s+fogo|fumo|"
    r"fumaca|a\s+deitar\s+fumo)\b"
)
_PT_SOMEONE_THERE = (
    r"\b(?:bebe|nene|filh[oa]s?|crianc\w*|miud[oa]s?|mae|avo|avos)\b|\bnao\s+(?:consigo|"
    r"conseguimos|posso|podemos)\s+sair\b|\bpres[oa]s?\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:desliguei|desligamos|ja\s+esta\s+(?:tudo\s+)?desligad[oa]|(?:esta|ta)\s+tudo\s+"
    r"bem|ninguem\s+se\s+magoou|ja\s+passou)\b)"
    + every_one_of(_PT_WATER, _PT_ELECTRICS, _PT_SPARKING, _PT_SOMEONE_THERE),
)

# A partner who says he will kill himself if the writer leaves, or kill himself and take the
# children with him ("se eu me for embora ele mata-se e leva os miúdos com ele"); not "mata-se
# a trabalhar", nor a father who takes the children with him to the beach.
_PT_HE_KILLS_HIMSELF = (
    r"\b(?:mata-se|se\s+mata|vai\s+se\s+matar|vai\s+matar-se|matava-se|se\s+matava|"
    r"se\s+suicida|suicida-se)\b(?!\s+(?:a|de|no|na|com\s+(?:o|a)\s+"
    r"(?:trabalho|treino))\b)"
)
_PT_IF_I_LEAVE_OR_THE_CHILDREN = (
    r"\bse\s+eu\s+(?:\w+\s+){0,2}?(?:for\s+embora|me\s+for|sair\s+de\s+casa|o\s+deixar|deixar|"
    r"separar|pedir\s+o\s+divorcio)\b|\b(?:leva|levar|levo|mata|matar)\s+(?:\w+\s+)?"
    r"(?:os\s+|as\s+)?(?:miudos|filhos|criancas|meninos|meninas|bebe|pequenos)\s+com\s+ele\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_PT_HE_KILLS_HIMSELF, _PT_IF_I_LEAVE_OR_THE_CHILDREN),
)

# Someone pushed who fell and cannot get up, or whom no one is to be called for ("deu-lhe um
# empurrão, ela caiu e não se levanta"); not a push in a race after which she got up, nor a
# swing pushed.
_PT_PUSHED = r"\bempurr\w*"
_PT_FELL_AND_STAYS_DOWN = (
    r"\b(?:caiu|cai|caida|caido)\b(?=.*\bnao\s+(?:se\s+)?(?:consegue\s+)?(?:se\s+)?"
    r"levant(?:a|ar|ar-se)\b)|\b(?:nao|nem)\s+(?:\w+\s+)?(?:chamar|chames|chame|chamem|ligar|"
    r"ligue|liguem)\s+(?:a\s+|o\s+|pra\s+|para\s+(?:a\s+|o\s+)?)?(?:ninguem|ambulancia|policia|"
    r"112|inem|samu|medico)\b"
)
# A head knocked and vomiting after it, said of one person ("a avó bateu a cabeça e tá
# vomitando"); not a knock and a baby sick with milk, nor a knock years ago.
_PT_HEAD_KNOCKED_THEN_SICK = (
    r"\b(?:bat\w*\s+(?:com\s+)?a\s+cabeca|levou\s+uma\s+pancada\s+na\s+cabeca)\b"
    r"(?:\s+(?:n[ao]s?|em|contra)\s+(?:\w+\s+){0,2}?\w+)?\W*(?:e\s+)?(?:agora\s+|depois\s+)?"
    r"(?:el[ae]\s+)?(?:(?:ta|esta|anda|comecou\s+a|continua\s+a|nao\s+para\s+de)\s+"
    r"(?:vomitando|a\s+vomitar|vomitar)|vomitou|vomita)\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:baloico|balanco|corrida|brincadeira|a\s+rir|de\s+rir)\b)"
    + every_one_of(_PT_PUSHED, r"\b(?:caiu|cai|caida|caido)\b", _PT_FELL_AND_STAYS_DOWN),
    r"^(?!.*\b(?:ano\s+passado|anos\s+atras|quando\s+(?:era|eramos)|ja\s+passou|ja\s+(?:esta|ta)"
    r"\s+bem)\b)" + every_one_of(_PT_HEAD_KNOCKED_THEN_SICK),
)

# An ex, his friends or a stranger who shared where the writer lives or sent a photo of her door,
# and who say they are coming tonight ("mandou uma foto da minha porta, dizem que vêm cá esta
# noite"); not a mother who sends a photo of the newly painted door before a dinner.
_PT_HIS_SIDE = (
    r"\b(?:(?:o\s+)?meu\s+ex|ex-?\s?(?:namorado|marido|companheiro)|amigos\s+dele|um\s+deles|"
    r"desconhecid\w*|um\s+(?:homem|tipo|gajo|cara)|eles)\b"
)
_PT_WHERE_I_LIVE = (
    r"\b(?:partilhou|compartilhou|espalhou|publicou|mandou|deu)\s+(?:\w+\s+)?(?:a\s+)?minha\s+"
    r"(?:localizacao|morada)\b|\bo\s+meu\s+endereco\b|\bfoto\s+da\s+minha\s+(?:porta|casa|"
    r"janela|rua|entrada)\b|\bsabem\s+onde\s+(?:moro|vivo)\b"
)
_PT_COMING_TONIGHT = (
    r"\b(?:vem|vao\s+vir|vao\s+aparecer|aparecem|vao\s+ca|vao\s+la)\s+(?:\w+\s+)?(?:esta\s+"
    r"noite|hoje|logo|a\s+noite)\b"
)
PORTUGUESE_NOW_PHRASES += (  # i18n-exempt: input
    r"^(?!.*\b(?:jantar|festa|aniversario|pintad\w*|visita|almoco)\b)"
    + every_one_of(_PT_HIS_SIDE, _PT_WHERE_I_LIVE, _PT_COMING_TONIGHT),
)
