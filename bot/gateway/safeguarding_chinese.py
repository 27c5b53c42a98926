"""The Chinese safeguarding phrase net (read by safeguarding_languages). Chinese is written
without spaces, so each pattern is a sequence of characters with short gaps (".{0,4}") where
words may come between, and word boundaries are not used. Text has been through
safeguarding_languages.fold, which reads the traditional forms of the characters these patterns
use as their simplified ones (TRADITIONAL_FORMS: "護照" as "护照", "殺" as "杀") and full-width
punctuation as ASCII, so patterns are written once, in simplified characters. The person doing
harm comes first and "我" after the verb ("他打我", "老公经常打我"), or the passive "被" before it
("我被他打了"), so both are read; a threat is told ("说要捅死我", "威胁要杀我").

Beyond the main kinds it reads a passport held and wages withheld by a boss, being stalked, an
older parent who has not got up or eaten for days, and a medical emergency (not breathing, lips
gone blue, can't be woken, a face or throat swollen by an allergy, a fit that has not stopped).
Chinese typed in pinyin ("laoban bu gei gongzi", "huzhao bei ta na zou le") is read for the
main kinds and a worker kept (see below).
Left alone: "饿死了" (starving), "热死了", "想死你了" (missed you so much), "妈妈会杀了我" (mum
will kill me), "打我电话" (call me), "女儿在抖音上关注我", "催我结婚" (nagging to marry),
"没地方停车", "说要捅破窗户纸" (to say things plainly), the pills taken at eight, a son who
won't wake for school, work pressure "喘不过气", a peanut allergy asked about for lunch,
epilepsy well controlled, a twitching eyelid, and the session on domestic violence and policing
talked about.
Also a plan to die said plainly: "I" will kill myself, go and die, jump or lie on the tracks
("我今晚就杀了自己", "我已经决定去死了", "明天我就从桥上跳下去"), pills hoarded or a rope
bought beside a time or a goodbye, no longer in this world after tonight; not a fish killed for
soup, the Dead Sea, pills saved for a trip, a rope for the washing, away from London.
Also the main kinds said plainly: hanging oneself or all the medicine tonight, someone of the
family beaten, a knife held behind a locked door, a child beaten, a girl to be cut, chest pain
with no speech, a beating to drive out a ghost; not a film about it, a phone call, cutting
vegetables, an injection, a son, sutras chanted.
Also a fire in the home now with the way out locked or people trapped ("厨房着火了，大门被锁
了"); not a fire put out last week and the lock changed, nor one in a drama or the news.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import every_one_of

# Traditional characters (as typed in Hong Kong and Taiwan) and the simplified ones they are read
# as: only those the patterns below use, in two strings of equal length.
_TRADITIONAL = (
    "殺結輕沒義殘傷劃藥強姦脅鎖關門讓繼兒飯東餓給蹤隨著樓險無歸趕撐堅護資發離"
    "開闆媽爺幾兩難過氣識暈個們說對覺現處錢動頭後還這裡裏話電學遲鬧鐘壓熱會嚇"
    "證見車時間點請醫腫嚨風癲癇講罵臉緊應蝦"
)
_SIMPLIFIED = (
    "杀结轻没义残伤划药强奸胁锁关门让继儿饭东饿给踪随着楼险无归赶撑坚护资发离"
    "开板妈爷几两难过气识晕个们说对觉现处钱动头后还这里里话电学迟闹钟压热会吓"
    "证见车时间点请医肿咙风癫痫讲骂脸紧应虾"
)
TRADITIONAL_FORMS: dict[str, str] = dict(zip(_TRADITIONAL, _SIMPLIFIED, strict=True))

_ZH_HARMER = (
    r"(?:他|她|老公|丈夫|男朋友|男友|前夫|前男友|爸爸|爸|父亲|继父|妈妈|婆婆|公公|哥哥|"
    r"老板|雇主|房东|他们)"
)
_ZH_KEEPER = r"(?:他|她|老公|丈夫|男朋友|男友|前夫|老板|雇主|房东|中介|他们)"
_ZH_ROOM = r"(?:房间|屋|家|厕所|卫生间|地下室|柜|里面)"
_ZH_CHILD = r"(?:孩子|小孩|儿子|女儿|宝宝|孙子|孙女|外孙)"
_ZH_OLDER = r"(?:妈妈|我妈|母亲|爸爸|我爸|父亲|奶奶|爷爷|外婆|姥姥|外公|婆婆|老人)"
_ZH_DAYS = r"(?:[一两二三四五六七几好]+天|一个星期|一周|一个礼拜)"

CHINESE_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it
    r"想死(?![你您他她大家我们了啦]|的心都有)|想死了算了|(?<!得)不想活|我(?!们).{0,4}活不下去|"
    r"死了算了|不如死了|"
    r"(?:想|要|准备|打算|想过)自杀|自杀的念头|轻生|结束(?:自己的|我的)?生命|了结自己|"
    r"活着(?:没有?|有什么)意(?:思|义)",
    r"(?:大家|你们|他们|孩子们?)没有我(?:会)?(?:更好|过得更好)",
    # self-harm
    r"(?:我|又|一直|还在|经常|开始).{0,4}(?:自残|割腕|伤害自己|割自己|划自己|用刀划)",
    # all the tablets
    r"^(?!.*(?:早上|晚上|按时|医生说|点钟|\d点))(?=.*(?:吃|吞|喝)了?(?:一整[瓶盒板]|一[瓶盒板]|整[瓶盒板]|所有的?|"
    r"全部的?|一大把|很多)(?:的)?.{0,3}(?:安眠药|药片|药))",
    # violence, threats, control
    _ZH_HARMER + r".{0,4}(?:打|揍|踢|掐|扇|推)(?:了|过)?我(?!.{0,2}(?:电话|手机|微信|视频))",
    r"(?:我|她)被.{0,6}(?:打(?![动败扰断电针卡折开湿包印算])|揍|踢|掐|强奸|强暴|性侵|虐待|家暴|"
    r"(?:锁|关)在" + _ZH_ROOM + r")",
    r"(?:强奸|强暴|性侵|猥亵)(?:了)?(?:我|她)|家暴我|对我家暴|(?:一直|经常)家暴",
    r"威胁.{0,8}(?:杀|砍|捅|弄死|打死)|说要(?:杀|砍|捅|弄死|打死)(?:死|伤)?(?:了)?(?:我|她)|拿刀.{0,4}"
    r"(?:砍|威胁|对着|指着)",
    r"把(?:我|她|我们)(?:锁|关)在" + _ZH_ROOM + r"|" + _ZH_KEEPER + r".{0,4}不让(?:我|她|我们)"
    r"(?:出门|出去|离开|走|回家|打电话|见)",
    # papers held, wages withheld
    r"扣(?:着|了|下|住)?(?:我|她|我们)?的?护照|护照被.{0,4}(?:扣|收|拿|藏)|(?:拿走|收走|藏起来?|"
    r"扣押)(?:了)?(?:我|她|我们)的?(?:护照|证件|身份证)|(?:老板|雇主|中介|工头).{0,6}"
    r"(?:拿|收|藏|扣).{0,3}(?:护照|证件)",
    r"^(?=.*(?:不给|不发|没给|没发|拿不到).{0,3}(?:工资|工钱|钱))(?=.*不让.{0,3}(?:走|离开|出门|"
    r"出去))",
    # afraid of him, afraid to go home
    r"(?:我|她)(?:很|好|真的|非常)?(?:怕|害怕)(?:我的?)?"
    + _ZH_HARMER
    + r"(?:[。,.!?]|$|会(?:打|杀|伤害|弄死)"
    r"|打我)|不敢回家|害怕回家|怕回家",
    # a child at risk
    _ZH_CHILD
    + r".{0,6}"
    + _ZH_DAYS
    + r".{0,3}没(?:有)?吃(?:饭|东西|的)|"
    + _ZH_CHILD
    + r".{0,4}饿了"
    + _ZH_DAYS
    + r"|不给"
    + _ZH_CHILD
    + r".{0,2}(?:吃饭|饭吃|吃东西|吃的)",
    r"(?:打|揍|虐待|踢|掐|猥亵)"
    + _ZH_CHILD
    + r"(?!的?(?:电话|手机))|"
    + _ZH_CHILD
    + r".{0,4}(?:身上|脸上).{0,4}"
    r"(?:都是|有|全是)?(?:伤|淤青|青一块)",
    # followed, stalked
    r"跟踪(?:我|她)|尾随(?:我|她)|(?:有个|有一个|一个).{0,6}(?:人|男的|男人).{0,10}跟着(?:我|她)(?!们)",
    r"^(?=.*(?:每天|天天|一直|经常).{0,4}在.{0,4}(?:楼下|门口).{0,2}等(?:我|她))(?=.*(?:陌生|"
    r"害怕|怕|威胁|不认识|邻居|男的|男人|前夫|前男友))",
    r"(?:前夫|前男友).{0,4}找到(?:了)?(?:我|我住的地方|我家)",
    # forced marriage
    r"(?:逼|强迫|强逼)(?:我|她).{0,4}(?:结婚|嫁)|要把(?:我|她)嫁给|包办婚姻|强迫婚姻",
    # in danger, not safe, help
    r"我(?:现在)?(?:有|很|非常)?危险|生命危险|救命.{0,6}(?:他|打|杀)|救救我|"
    r"我(?:现在|在家|在家里)?(?:很|非常|真的)?不安全",
    # nowhere to sleep
    r"没(?:有)?地方(?:睡|住|过夜)|无家可归|睡在(?:街上|外面|车里|公园)|露宿街头|"
    r"赶出(?:了)?家门|把(?:我|我们|她)赶出(?:了)?(?:家|来|去)",
    # can't go on
    r"我(?:真的|实在|快|已经)?(?:撑|熬|坚持)不下去了",
    # an older parent not up or eating for days, a carer not coming
    _ZH_OLDER + r".{0,6}" + _ZH_DAYS + r".{0,3}(?:没|不)(?:起床|下床|吃东西|吃饭|接电话)",
    r"护工.{0,8}(?:打|虐待|骂|不来|没来)|不给(?:她|他|老人)(?:吃饭|吃的|药)",
    # a medical emergency: not breathing, blue lips, can't be woken
    r"没(?:有)?呼吸|不呼吸了|呼吸困难|嘴唇(?:发)?(?:紫|青)",
    r"(?:他|她|孩子|儿子|女儿|妈|爸|老公|丈夫|老人|奶奶|爷爷).{0,4}(?:昏迷|失去(?:了)?意识|"
    r"晕倒.{0,4}不醒)",
    r"^(?!.*(?:上学|迟到|起床|早上|闹钟))(?=.*叫不醒)",
    r"^(?=.*(?:喘不[过上]气|透不过气|不能呼吸))(?=.*(?:一个人|心跳|救))",
    # an allergic reaction: the face, lips, tongue or throat swollen now (not "会肿", what an
    # allergy does), with the breath or speech going or a food or sting that set it off
    r"^(?=.*(?:脸|嘴唇|嘴巴|舌头|喉咙|嗓子)(?:(?!会|可能|容易).){0,5}肿(?:了|起来|得|成))"
    r"(?=.*(?:喘不[过上]气|透不过气|呼吸|说话.{0,2}(?:困难|不清)|说不出话|咽不下|吞不下|"
    r"喉咙.{0,2}(?:紧|堵)|过敏|花生|坚果|海鲜|虾|蜂))",
    # a fit now: foam at the mouth, a fit that has not stopped or gone on for minutes, not coming
    # round, the first one, or a sudden fall into one; not an eyelid's twitch, a fit had before
    # and over, or talking "till foaming at the mouth"
    r"^(?!.*(?:眼皮|眼睛|嘴角|肌肉|上次|以前|去年|小时候|(?:说|讲|骂|吵|喊)得口吐白沫))"
    r"(?=.*(?:口吐白沫|(?:抽搐|抽风|癫痫(?:大)?发作|浑身抽|全身抽).{0,12}(?:没停|不停|停不下来|"
    r"[\d一两二三四五六七八九十几]+分钟|叫不醒|没(?:有)?反应|醒不过来|没(?:有)?意识|第一次)|"
    r"(?:突然|倒地|倒在地上).{0,3}(?:抽搐|抽风)))",
)

# A threat to kill the writer: "他会杀了我", "我老公今晚会杀了我",
# "如果我走他会杀了我", "我要杀了你" written on the door; not
# "妈妈会杀了我，我又迟到了", "今天热死了", "我要杀了他，他吃了我的蛋糕".
CHINESE_PHRASES += (  # i18n-exempt: input
    r"(?:他|老公|丈夫|前夫|男朋友|男友)[^，。,.!?！？]{0,6}(?:会|要|就)"
    r"(?:杀了我|杀死我|弄死我|宰了我|杀我)",
    r"^(?=.*我(?:要|会|就)?(?:杀了你|弄死你|杀死你))(?=.*(?:写|门上|墙上|短信|信息|留言))",
)

# Chinese in pinyin, typed without tones (or with them: fold drops the marks) and with the
# syllables of a word together or apart ("gongzi", "gong zi"; "women", "wo men"). It reads
# wanting to die, being beaten by a partner, a threat to kill the writer, afraid to go home,
# being locked in, and a worker's passport held by a boss or wages withheld with the worker kept
# in. Left alone: "lei de bu xiang huo le" (tired to death), "ta mei tian da wo dian hua", "ma
# ma hui sha le wo" (late), a passport left at the embassy for a visa, wages not yet paid this
# month, a door locked at night against customers, suicide prevention talked about.
_PY_BOSS = r"(?:lao\s?ban|gu\s?zhu|zhong\s?jie|gong\s?tou|fang\s?dong|ta\s?men|ta)"
_PY_PARTNER = r"(?:ta|lao\s?gong|zhang\s?fu|nan\s?peng\s?you|nan\s?you|qian\s?fu|ji\s?fu)"
_PY_US = r"(?:wo\s?men|wo|ta\s?men|ta)"
_PY_UNPAID = (
    r"\b(?:bu|mei)\s+(?:\w+\s+)?(?:gei|fa)\s+(?:wo\s?(?:men)?\s+)?(?:gong\s?zi|gong\s?qian|"
    r"xin\s?shui)\b|\b(?:gong\s?zi|gong\s?qian|xin\s?shui)\s+(?:\w+\s+)?(?:bu\s+gei|mei\s+gei|"
    r"bu\s+fa|mei\s+fa|na\s+bu\s+dao)\b"
)
_PY_KEPT_IN = (
    rf"\bbu\s+rang\s+{_PY_US}\s+(?:\w+\s+)?(?:chu\s?qu|chu\s?men|zou|li\s?kai|hui\s?jia)\b|"
    r"\b(?:ba|jiang)\s+(?:da\s?)?men\s+suo\s+(?:shang|le|zhu|qi\s?lai)\b|"
    rf"\b(?:ba|jiang)\s+{_PY_US}\s+(?:suo|guan)\s+(?:zai|qi\s?lai)\b"
)
CHINESE_PHRASES += (  # i18n-exempt: input
    # wanting to die (not "tired to death")
    r"(?<!\bde\s)\bbu\s+xiang\s+huo\s+(?:le|xia\s?qu)\b|\bhuo\s+bu\s+xia\s?qu\s+le\b|\b(?:xiang|"
    r"yao|da\s?suan|zhun\s?bei)\s+zi\s?sha\b|\bsi\s+le\s+suan\s+le\b",
    # beaten by a partner (not rung by him)
    rf"\b{_PY_PARTNER}\s+(?:(?:jing\s?chang|you|yi\s?zhi|zong\s?shi|tian\s?tian|mei\s?tian)\s+)?"
    r"da\s+wo\b(?!\s+(?:de\s+)?(?:dian\s?hua|shou\s?ji|wei\s?xin|shi\s?pin))|\bwo\s+bei\s+"
    rf"{_PY_PARTNER}\s+da\s+(?:le|shang)\b",
    # a threat to kill the writer, by him (not mum, for lateness)
    rf"\b{_PY_PARTNER}\s+(?:\w+\s+){{0,3}}?(?:hui|yao|jiu)\s+(?:sha\s+le|sha\s?si|nong\s?si|"
    r"da\s?si)\s+wo\b",
    # afraid to go home; locked in a room
    r"\b(?:bu\s+gan|hai\s?pa)\s+hui\s?jia\b|\b(?:ba|jiang)\s+(?:wo\s?men|wo)\s+(?:suo|guan)\s+"
    r"(?:zai\s+)?(?:\w+\s+)?(?:fang\s?jian|wu\s?li|jia\s?li|li\s?mian|ce\s?suo|di\s?xia\s?shi)\b",
    # a passport held by a boss or an agent, not left at an embassy for a visa
    r"^(?!.*\b(?:da\s?shi\s?guan|ling\s?shi\s?guan|qian\s?zheng|yi\s?min\s?ju)\b)"
    r"(?=.*(?:\bhu\s?zhao\s+(?:\w+\s+){0,2}?bei\s+(?:\w+\s+){0,2}?(?:na\s?zou|shou\s?zou|kou|"
    r"cang|na\s+qu)\b|\b"
    + _PY_BOSS
    + r"\s+(?:\w+\s+){0,3}?(?:na\s?zou|shou\s?zou|kou\s?(?:zhe|le|xia|zhu)?|cang\s?(?:qi\s?lai)?)"
    r"\s+(?:le\s+)?(?:wo\s?(?:men)?\s+)?(?:de\s+)?hu\s?zhao\b))",
    # wages withheld and kept in
    "^" + every_one_of(_PY_UNPAID, _PY_KEPT_IN),
)

# A plan to die said plainly: the writer's own death as what "I" will do or have decided, or a
# means made ready beside a time or a goodbye.
# Soon: tonight, tomorrow, the weekend, a day of the week.
_ZH_SOON = (
    r"(?:今晚|今天晚上|今天|明天|明早|明晚|后天|这周|这个?周末|周末|这个?星期|这个?礼拜|"
    r"星期[一二三四五六天日]|周[一二三四五六日]|礼拜[一二三四五六天日]|马上)"
)
# Pills hoarded ("药我已经攒够了", "我攒了两个月的安眠药"), or a rope, charcoal or blades bought
# or made ready ("绳子已经买好了"); not medicine bought, which is taken as prescribed.
_ZH_PILLS = r"(?:安眠药|药片|药)"
_ZH_SAVED = r"(?:(?:攒|囤)(?:够|好|齐)?|存够)了"
_ZH_TOOL = r"(?:绳子|绳|炭|刀片)"
_ZH_BOUGHT = r"(?:准备|买)(?:够|好|齐)?了"
_ZH_MEANS_READY = (
    rf"{_ZH_PILLS}.{{0,6}}{_ZH_SAVED}|{_ZH_SAVED}.{{0,8}}{_ZH_PILLS}|"
    rf"{_ZH_TOOL}.{{0,6}}{_ZH_BOUGHT}|{_ZH_BOUGHT}.{{0,8}}{_ZH_TOOL}"
)
# A goodbye: forgive me, don't look for me, see you in the next life, farewell for ever.
_ZH_GOODBYE = r"(?:对不起|别找我|不用找我|下辈子见|来世再见|永别|再也见不到|照顾好)"
# What else a rope, pills or charcoal are for: a trip, the washing, a barbecue, a climb, a move.
_ZH_EVERYDAY_USE = (
    r"(?:旅行|旅游|出差|出门|带着|晾|晒|衣服|烧烤|烤|露营|爬山|攀岩|以防万一|备用|搬家|打包)"
)
CHINESE_PHRASES += (  # i18n-exempt: input
    # "I" will, or have decided to, kill myself, go and die, jump from a bridge or a roof or into
    # a river, lie on the tracks, burn charcoal: "我今晚就杀了自己", "我已经决定去死了", "明天我
    # 就从桥上跳下去"; not a fish killed for soup, the Dead Sea, a "跳楼价" sale, a barbecue
    r"我(?!们).{0,8}(?:杀(?:了|死)?自己(?!的)|(?:要|决定|打算|准备)去死(?!海)|(?:去|要|就|会)"
    r"跳(?:河|江|海|楼(?!价|大甩卖)|桥)|卧轨)",
    r"我.{0,10}(?:桥|楼顶|天台|楼上|窗户|阳台|悬崖)上?.{0,2}跳下去|"
    r"我.{0,10}烧炭(?!.{0,6}(?:烤|取暖|火锅))",
    # a means made ready beside a time or a goodbye, with no everyday use for it: "绳子已经买
    # 好了，今晚就结束这一切"; not pills saved for a trip, a rope for the washing
    rf"^(?!.*{_ZH_EVERYDAY_USE})" + every_one_of(_ZH_MEANS_READY, f"{_ZH_SOON}|{_ZH_GOODBYE}"),
    # no longer in this world ("过了今晚我就不在这个世界上了", "之后我就不在了"), the last message
    # with a goodbye for ever; not away from London after tonight, the last message till next
    # month
    r"我.{0,4}不在(?:这个)?(?:世上|世界上|人世|人间)|(?:过了|之后|以后).{0,4}我就不在了"
    r"(?=[。,.!?]|$)|我(?:就)?活不(?:过|到)" + _ZH_SOON,
    r"最后(?:一次|一条|的消息).{0,15}(?:下辈子见|来世再见|永别|再也见不到)",
    # the same in pinyin: "wo jue ding qu si le", "sha le zi ji"; not "qu si hai" (the Dead Sea)
    r"\b(?:jue\s?ding|da\s?suan|zhun\s?bei|yao)\s+qu\s+si\b(?!\s+hai)|"
    r"\b(?:sha\s+le|sha\s?si)\s+zi\s?ji\b",
)

# The main kinds said plainly.
# The writer about to hang herself ("今晚我就上吊"), or to take all the medicine at once ("我要把
# 药全吃了"); not a film about it, all the food eaten, medicine taken as the doctor said.
_ZH_I_WILL = r"我(?!们).{0,6}(?:要|就|会|想|准备|打算|决定)"
_ZH_ALL_THE_PILLS = r"把.{0,4}(?:安眠药|药片|药).{0,2}(?:全|全部|一次)(?:吃|吞|喝)(?:了|掉|下去)"
# Someone of the family beaten ("我哥正在打我妈"); not phoned.
_ZH_FAMILY_BEATER = r"(?:他|她|老公|丈夫|爸爸?|哥哥?|弟弟?|继父|男朋友|他们)"
_ZH_MY_FAMILY = r"(?:我的?)?(?:妈妈?|母亲|爸爸?|姐姐?|妹妹?|奶奶|外婆)"
# A knife or gun held ("他拿着刀"), beside the door locked ("把门锁了") or a threat; not cooking.
_ZH_WEAPON_HELD = r"(?:拿|握|举|持)着?(?:一把)?(?:刀|菜刀|枪|斧头|剪刀)"
_ZH_DOOR_LOCKED = r"把门.{0,2}(?:锁|反锁|关)|锁了门|反锁|说要|威胁"
# A child beaten ("孩子被打了"); not an injection ("打针") or dressed up ("打扮").
_ZH_CHILD_BEATEN = _ZH_CHILD + r"被.{0,6}(?:打(?![动败扰断电针卡折开湿包印算扮])|揍|踢|虐待)"
# A girl to be cut ("给我女儿做割礼"); not a son.
_ZH_GIRL = r"(?:女儿|女孩|姑娘|妹妹|孙女|外孙女)"
_ZH_CUT = r"(?:割礼|女性割礼|切割生殖器|阴蒂)"
# Chest pain with no speech, no breath or a fall ("爷爷胸口痛，说不出话了").
_ZH_CHEST_PAIN = r"(?:胸口|胸|心口|心脏)(?:很|好|特别|突然)?(?:痛|疼|闷)"
_ZH_NO_SPEECH = r"说不出话|不能说话|不会说话了|昏迷|晕倒|倒在地|喘不上气|不省人事"
# Beaten to drive out a ghost or a spirit ("他们打她说要赶走附身的鬼"); not prayers said for it.
_ZH_SPIRIT = r"(?:附身|驱魔|邪灵|中邪|赶鬼|驱鬼|鬼)"
CHINESE_PHRASES += (  # i18n-exempt: input
    # hanging myself; all the medicine to be taken (not as the doctor said)
    _ZH_I_WILL + r"(?:去)?(?:上吊|吊死自己)",
    r"^(?!.*(?:医生说|按时|按医嘱))(?=.*" + _ZH_I_WILL + _ZH_ALL_THE_PILLS + ")",
    # someone of the family beaten (not phoned)
    _ZH_FAMILY_BEATER
    + r".{0,4}(?:打|揍|踢|掐)(?:了|过)?"
    + _ZH_MY_FAMILY
    + r"(?!.{0,2}(?:电话|手机|微信|视频))",
    # a knife held, the door locked or a threat (not cooking)
    r"^(?!.*(?:切菜|做饭|厨房|切肉|水果|削))" + every_one_of(_ZH_WEAPON_HELD, _ZH_DOOR_LOCKED),
    # a child beaten
    _ZH_CHILD_BEATEN,
    # a girl to be cut (not a son)
    r"^(?!.*儿子)" + every_one_of(_ZH_GIRL, _ZH_CUT),
    # chest pain with no speech, no breath or a fall
    "^" + every_one_of(_ZH_CHEST_PAIN, _ZH_NO_SPEECH),
    # beaten to drive out a spirit
    r"^(?!.*(?:念经|祈祷|做法事))"
    + every_one_of(r"(?:打|揍|鞭|烫)(?:了|过)?(?:她|他|孩子)", _ZH_SPIRIT),
)

# A fire in the home now with the way out locked or people trapped; not a fire put out last week
# and the lock changed, nor one in a drama or the news.
_ZH_ON_FIRE = r"着火|起火|失火|火灾|烧起来"
_ZH_TRAPPED = r"门被锁|门锁了|门锁着|被锁了|锁住了|反锁|出不去|逃不出|下不去|被困|困在"
_ZH_PUT_OUT = r"扑灭|灭了|上周|上个月|去年|演习|电视剧|电影|新闻|小说"
CHINESE_PHRASES += (  # i18n-exempt: input
    rf"^(?!.*(?:{_ZH_PUT_OUT}))" + every_one_of(_ZH_ON_FIRE, _ZH_TRAPPED),
)
