"""The Vietnamese safeguarding phrase net (read by safeguarding_languages). Vietnamese words do
not change: who does what is told by order alone, the one who does it first and the one it is
done to after the verb ("chồng đánh em", my husband hits me), or with "bị" before the verb when
it is done to the writer ("em bị đánh"). The writer is "tôi", "em", "mình", "con" or "cháu",
and "me" after the verb is the same words. Text has been through safeguarding_languages.fold,
which drops the tone marks and the hook and horn ("đánh" reads "danh", "sợ" reads "so",
"thở" reads "tho"), as many members type them; the syllables that then read alike ("tự tử",
suicide, and "từ từ", slowly) are told apart by what comes around them.

It reads wanting to die, self-harm, many tablets taken, being hit, locked in or threatened with
death, a marriage forced, not being safe at home, nowhere to sleep, someone not breathing or
unconscious, papers held by an employer beside unpaid work or being made to stay, and being made
to stay at work over a debt for being brought to England or kept in a house growing cannabis
(two of: not let go anywhere, a threat if the writer runs, the house and its windows taped shut,
the journey's debt).

Left alone: "đói muốn chết" and "mệt muốn chết" (hungry or tired "to death"), "em muốn từ từ
học" (slowly), "bố đánh thức em" (wakes me), "em bị đánh giá thấp" (underrated), "mẹ sẽ giết
em nếu về muộn" (mum will kill me if I'm late), "con không thở được bằng mũi" (a blocked nose),
"rách tay áo" (a torn sleeve), a passport collected or kept for a visa, a shift that runs late
with rent still owed, a teenager kept in to study, skipping school ("trốn học").
Also a plan to die said plainly: "đêm nay em sẽ treo cổ", "mai em sẽ nhảy cầu", "em đã quyết
định chết", "không còn trên đời này nữa", sleeping pills hoarded beside a time or a goodbye;
not diving at the pool, a shift that ends tonight, a move decided, no longer in London,
travel-sickness tablets for a trip.
Also the main kinds said plainly: all the medicine tonight, someone of the family hit, a knife
held behind a locked door, followed by a man, a child alone for days or beaten, made to marry,
a girl to be cut, chest pain with no speech, a beating to drive out a spirit; not antibiotics
as prescribed, waking someone ("đánh thức"), a knife in the kitchen, offerings made.
Also, said as they happen: a debt held over the writer with a threat to the family; a young
person taken to "meet clients" or made to work unpaid; papers taken in a lorry or with the phone
dying; lost in the dark; a landlord who wants sex for the rent or threatens the Home Office; a
crowd throwing stones at the hotel; suicide before being sent back; a child taken by a man who
says he is kin; a fire with no way out; a child breathing badly; a fit of five minutes; a fall
with the head bleeding or no waking. Not rent owed, customers ("khách hàng"), a lorry driven,
"ném đá" online, an uncle named, a fit five minutes ago, a fall and up again.
Also a threat to take the writer's child, beside the child's school or a statement to be
withdrawn ("sẽ bắt nó nếu tôi không rút lời khai"); not "sẽ bắt đầu" (will begin) a class.
Also a landlord who makes the writer sleep with him to keep the room ("chủ nhà bắt em phải ngủ
với ông ấy mới cho ở tiếp"); not a landlord who lets the writer stay while she sleeps with her
sister next door.
"""

from __future__ import annotations

from bot.gateway.safeguarding_words import any_two_of, every_one_of

# The writer, as subject or as the one a harm is done to.
_VI_ME = r"(?:toi|em|minh|tao|con|chau|chung\s+(?:toi|em))"
# Who does harm: a husband, a partner, a parent, "he" or "they", a boss.
_VI_WHO = (
    r"(?:chong|vo|anh\s+ay|anh\s+ta|han|ho|no|ong\s+ay|ong\s+ta|ba\s+ay|bo|ba|cha|me|"
    r"ban\s+trai|nguoi\s+yeu|chu|ong\s+chu|ba\s+chu|bon\s+\w+)"
)
# Hitting, beating, strangling; not "đánh thức" (wake), "đánh giá" (judge), "đánh trượt" (fail),
# "đánh rơi" (drop), "đánh mất" (lose), "đánh cắp" (steal), "đánh bại" (beat in a game), "đánh
# lừa" (trick), "đánh dấu" (mark), "đánh số" (number), "đánh thuế" (tax).
_VI_HITS = (
    r"(?:danh|dap|bop\s+co|hanh\s+ha|bao\s+hanh)"
    r"(?!\s+(?:thuc|gia|truot|roi|mat|cap|bai|lua|dau|so|thue)\b)"
)
# Being late, which makes a parent's "kill" an idiom.
_VI_LATE = r"\b(?:ve|den|di)\s+(?:\w+\s+)?(?:muon|tre)\b|\btre\s+gio\b|\bmuon\s+gio\b"

# Papers held, wages not paid, being made to stay or sleep at work.
_VI_PAPERS = (
    r"\b(?:giu|lay|cam|tich\s+thu|thu|giu\s+lai|lay\s+mat)\s+(?:luon\s+|het\s+)?(?:ho\s+chieu|"
    r"giay\s+to|the\s+cu\s+tru|can\s+cuoc)\b"
)
_VI_NOT_PAID = (
    r"\bkhong\s+(?:\w+\s+)?tra\s+(?:\w+\s+)?(?:luong|tien\s+cong)\b|\blam\s+khong\s+cong\b|"
    r"\bkhong\s+(?:duoc\s+)?(?:nhan\s+)?(?:dong\s+)?luong\s+nao\b"
)
_VI_MADE_TO_STAY = (
    rf"\bbat\s+{_VI_ME}\s+(?:phai\s+)?(?:ngu|o\s+lai|lam\s+(?:viec\s+)?(?:suot|ca\s+dem|"
    rf"ngay\s+dem|khong))|\bkhong\s+cho\s+{_VI_ME}\s+(?:ra\s+ngoai|ve|di\s+dau|nghi|"
    rf"lien\s+lac)\b|\bnhot\s+{_VI_ME}\b"
)
# A debt for being brought to England held over the writer ("còn nợ tiền đưa sang Anh", "nợ tiền
# đường"); not rent or a bill owed.
_VI_JOURNEY_DEBT = (
    r"\bno\s+(?:\w+\s+){0,2}?tien\s+(?:\w+\s+)?(?:dua\s+(?:\w+\s+)?sang|duong|chuyen\s+di|"
    r"ve\s+may\s+bay|sang\s+(?:anh|uk|day|ben\s+nay))\b|\bnguoi\s+(?:dua|dan|cho)\s+(?:\w+\s+)?"
    r"sang\b[^.!?]{0,40}?\bno\b|\bno\s+(?:\w+\s+)?\d+\s+(?:nghin|ngan|trieu)\s+(?:bang|pound)\b"
)

VIETNAMESE_PHRASES: tuple[str, ...] = (  # i18n-exempt: input
    # wanting to die, ending it: the writer wanting death itself, not hungry "to death"
    rf"\b{_VI_ME}\s+(?:(?:that\s+su|chi|rat|that|van|lai)\s+)?muon\s+chet\b|\b{_VI_ME}\s+"
    r"(?:\w+\s+)?(?:khong|chang)\s+(?:con\s+)?muon\s+song\s+(?:nua|tiep)\b",
    r"\b(?:muon|dinh|se)\s+tu\s+tu\s*(?:[.!,]|$|cho\s+xong|roi|that)|\b(?:nghi\s+(?:den|toi)\s+"
    r"(?:viec\s+)?|y\s+dinh\s+|muon\s+|dinh\s+|se\s+)tu\s+sat\b|\btu\s+ket\s+lieu\b|\bket\s+"
    r"(?:thuc|lieu)\s+(?:cuoc\s+)?doi\s+(?:minh|em|toi|con)\b",
    # self-harm; many tablets swallowed
    r"\btu\s+(?:lam\s+)?(?:dau|hai|ton\s+thuong)\s+(?:ban\s+than|chinh\s+minh)\b|\brach\s+"
    r"(?:co\s+)?tay\b(?!\s+ao\b)",
    r"\buong\s+(?:het\s+|ca\s+){1,2}(?:mot\s+)?(?:vi|lo|hop)\s+thuoc\b|\buong\s+(?:rat\s+)?nhieu\s+"
    r"(?:vien\s+)?thuoc\s+ngu\b|\buong\s+[1-9]\d\s+vien\b",
    # being hit, by someone named or said with "bị"
    rf"\b{_VI_WHO}\s+(?:\w+\s+){{0,2}}?{_VI_HITS}\s+{_VI_ME}\b",
    rf"\b{_VI_ME}\s+(?:\w+\s+)?bi\s+(?:\w+\s+){{0,2}}?{_VI_HITS}\b",
    # locked in
    rf"\bnhot\s+{_VI_ME}\b|\b{_VI_ME}\s+(?:\w+\s+)?bi\s+(?:\w+\s+)?nhot\b",
    # a threat to kill: "chồng nói sẽ giết em", "dọa giết"; not a parent's "kill" for lateness
    rf"^(?!.*(?:{_VI_LATE}))(?=.*\b{_VI_WHO}\s+(?:\w+\s+){{0,3}}?(?:se\s+|doa\s+|muon\s+)?giet\s+"
    rf"{_VI_ME}\b)",
    rf"\bdoa\s+(?:se\s+)?giet\s+{_VI_ME}\b|\b{_VI_ME}\s+(?:\w+\s+)?bi\s+(?:\w+\s+)?doa\s+giet\b",
    # a marriage forced
    rf"\bep\s+{_VI_ME}\s+(?:phai\s+)?(?:lay\s+chong|lay\s+vo|cuoi|ket\s+hon)\b|\bep\s+cuoi\b",
    # afraid of him, not safe at home, in danger
    rf"\b{_VI_ME}\s+(?:rat\s+)?so\s+(?:chong|han|anh\s+ay|ong\s+ay|ve\s+nha)\b"
    rf"(?!.*(?:{_VI_LATE}))",
    rf"\b{_VI_ME}\s+(?:\w+\s+)?khong\s+an\s+toan\s+(?:o\s+nha|khi\s+o\s+nha|voi\s+(?:chong|han|"
    rf"anh\s+ay|ho))\b|\b{_VI_ME}\s+(?:dang\s+)?(?:gap|o\s+trong)\s+(?:\w+\s+)?nguy\s+hiem\b",
    # nowhere to sleep, put out of the home
    rf"\b{_VI_ME}\s+(?:\w+\s+)?khong\s+co\s+(?:cho|noi)\s+(?:nao\s+)?(?:de\s+)?(?:ngu|o)\b|"
    rf"\b{_VI_ME}\s+(?:\w+\s+)?bi\s+duoi\s+ra\s+khoi\s+nha\b",
    # someone not breathing, unconscious, turning blue; not a blocked nose
    r"\b(?:be|con|chau|em\s+be|me|bo|ong|ba|chong|vo|anh\s+ay|chi\s+ay|no|cu)\s+(?:\w+\s+)?"
    r"(?:khong\s+(?:con\s+)?tho|ngung\s+tho|tat\s+tho|bat\s+tinh|tim\s+tai)\b"
    r"(?!.{0,30}\b(?:mui|ngat\s+mui|nghet\s+mui)\b)",
    # papers held by an employer, beside unpaid work or being made to stay; or both of those
    "^" + every_one_of(_VI_PAPERS, _VI_NOT_PAID + "|" + _VI_MADE_TO_STAY),
    "^" + every_one_of(_VI_NOT_PAID, _VI_MADE_TO_STAY),
    # made to stay at work over a debt for the journey to England
    "^" + every_one_of(_VI_JOURNEY_DEBT, _VI_MADE_TO_STAY + "|" + _VI_PAPERS),
)

# Kept in a house that grows cannabis, two of: not let go anywhere ("em không được đi đâu"), a
# threat if the writer runs ("nếu em trốn thì gia đình phải trả nợ"), a house growing plants
# with the windows taped shut ("nhà trồng cây", "cửa sổ dán kín"), a debt for the journey; not a
# teenager kept in to study beside the house's pot plants, nor skipping school ("trốn học").
_VI_KEPT_IN = (
    rf"\b{_VI_ME}\s+(?:\w+\s+)?khong\s+duoc\s+(?:phep\s+)?(?:ra\s+ngoai|di\s+dau|ra\s+khoi|"
    rf"roi\s+khoi|lien\s+lac)\b|\b{_VI_ME}\s+(?:\w+\s+)?khong\s+(?:the\s+)?(?:ra\s+ngoai|"
    r"ra\s+khoi\s+\w+|thoat\s+ra)\s+duoc\b"
)
_VI_IF_I_RUN = (
    rf"\bneu\s+{_VI_ME}\s+(?:\w+\s+)?(?:tron|bo\s+tron|chay\s+tron|bo\s+di|bao\s+cong\s+an)\b"
    r"(?!\s+(?:hoc|tiet|viec|lop))[^.!?]{0,60}\b(?:tra\s+no|giet|danh|gia\s+dinh)\b"
)
_VI_GROW_HOUSE = (
    r"\bnha\s+trong\s+(?:can\s+sa|co|weed|cay)\b(?!\s+(?:canh|rau|hoa|an\s+qua))|\btrong\s+"
    r"(?:can\s+sa|weed)\b|\btrong\s+co\s+(?:trong|o)\s+(?:can\s+)?nha\b|\bcua\s+so\s+(?:\w+\s+)?"
    r"(?:(?:dan|bit|che|dong)\s+kin|dong\s+dinh)\b"
)
VIETNAMESE_PHRASES += (  # i18n-exempt: input
    "^" + any_two_of(_VI_KEPT_IN, _VI_IF_I_RUN, _VI_GROW_HOUSE, _VI_JOURNEY_DEBT),
)

# A plan to die said plainly. Soon: tonight, tomorrow, this week, the weekend, a day of the week.
_VI_SOON = (
    r"\b(?:toi\s+nay|dem\s+nay|toi\s+mai|dem\s+mai|ngay\s+mai|sang\s+mai|mai|tuan\s+nay|"
    r"cuoi\s+tuan|chu\s+nhat|thu\s+(?:hai|ba|tu|nam|sau|bay))\b"
)
# A goodbye: forgive me, don't look for me, farewell for ever, look after the children.
_VI_GOODBYE = (
    rf"\b(?:tha\s+loi\s+cho\s+{_VI_ME}|dung\s+tim\s+{_VI_ME}|vinh\s+biet|cham\s+soc\s+"
    r"(?:\w+\s+)?(?:con|cac\s+con|chau)|xin\s+loi\s+(?:moi\s+nguoi|ca\s+nha|tat\s+ca))\b"
)
# Sleeping pills or tablets hoarded ("em đã gom đủ thuốc ngủ"), a rope or charcoal made ready.
_VI_PILLS_HOARDED = (
    r"\b(?:gom|tich|tich\s+tru|danh\s+dum)\s+(?:du\s+|duoc\s+|het\s+)?"
    r"(?:\w+\s+)?thuoc\b"
)
_VI_ROPE_READY = r"\b(?:day\s+thung|than)\s+(?:\w+\s+){0,2}?(?:mua|chuan\s+bi|san)\b"
# What else tablets, a rope or charcoal are for: a trip, the washing, a barbecue, camping,
# medicine taken over to someone.
_VI_EVERYDAY_USE = (
    r"\b(?:du\s+lich|chuyen\s+di|phoi|quan\s+ao|nuong|bbq|cam\s+trai|di\s+xa|ve\s+que|"
    r"say\s+xe|mang\s+(?:qua|theo|sang|den))\b"
)
VIETNAMESE_PHRASES += (  # i18n-exempt: input
    # "I" will hang myself, jump from a bridge, a building or into a river, throw myself under
    # a train, burn charcoal, kill myself: "đêm nay em sẽ treo cổ", "mai em sẽ nhảy cầu", "em
    # sẽ lao vào tàu hỏa", "tôi sẽ tự giết mình"; not diving at the pool, a train taken
    rf"^(?!.*\b(?:be\s+boi|ho\s+boi|thi\s+dau|luyen\s+tap|tap\s+luyen|olympic)\b)(?=.*\b{_VI_ME}"
    r"\s+(?:\w+\s+){0,3}?(?:treo\s+co|nhay\s+cau|nhay\s+song|nhay\s+lau|dot\s+than|lao\s+"
    r"(?:vao|xuong)\s+(?:\w+\s+)?(?:tau|xe\s+lua|duong\s+ray|song))\b)",
    r"\btu\s+giet\s+(?:minh|ban\s+than|chinh\s+minh)\b|\bgiet\s+(?:chet\s+)?(?:ban\s+than|"
    r"chinh\s+minh)\b",
    # decided to die, or to end it all: "em đã quyết định chết", "tối nay em sẽ kết thúc tất
    # cả"; not a shift that ends tonight
    rf"\b{_VI_ME}\s+(?:\w+\s+)?quyet\s+dinh\s+(?:se\s+)?(?:chet|tu\s+tu|tu\s+sat|ra\s+di\s+mai\s+"
    r"mai)\b|\b(?:se|dinh|quyet\s+dinh)\s+ket\s+thuc\s+(?:tat\s+ca|moi\s+thu|cuoc\s+song|"
    r"cuoc\s+doi|doi\s+minh)(?:\s+(?:roi|thoi|di|day|that))?\s*(?:[.!,]|$)",
    # no longer in this world: "sau tối nay em sẽ không còn trên đời này nữa"; not no longer
    # in London, nor living with someone
    rf"\b{_VI_ME}\s+(?:\w+\s+){{0,2}}?khong\s+con\s+(?:song|tren\s+(?:coi\s+)?doi|tren\s+the\s+"
    r"gian)\b(?!\s+(?:voi|o|cung|chung|tai|gan)\b)",
    # the last message with a farewell for ever: "đây là lần cuối em nhắn tin, vĩnh biệt"; not
    # the last message in a group, see you in the new one
    r"^(?=.*\b(?:lan\s+cuoi|tin\s+nhan\s+cuoi)\b)(?=.*\bvinh\s+biet\b)|\bvinh\s+biet\s+"
    r"cuoc\s+doi\b",
    # tablets hoarded beside a time or a goodbye, a rope or charcoal beside a goodbye, with no
    # everyday use for them; not travel-sickness tablets for a trip, a rope for the washing
    rf"^(?!.*{_VI_EVERYDAY_USE})" + every_one_of(_VI_PILLS_HOARDED, f"{_VI_SOON}|{_VI_GOODBYE}"),
    rf"^(?!.*{_VI_EVERYDAY_USE})" + every_one_of(_VI_ROPE_READY, _VI_GOODBYE),
)

# The main kinds said plainly.
# All the medicine to be swallowed by the writer tonight or at once ("tối nay em sẽ uống hết
# thuốc"); not a course of medicine finished as the doctor said.
_VI_SWALLOW_ALL = (
    rf"\b{_VI_ME}\s+(?:\w+\s+){{0,2}}?(?:uong|nuot)\s+(?:het|ca|toan\s+bo|tat\s+ca)\s+(?:\w+\s+)?"
    r"thuoc\b"
)
_VI_TONIGHT_OR_AT_ONCE = r"\b(?:toi\s+nay|dem\s+nay|mot\s+luc|mot\s+lan|de\s+chet|cho\s+xong)\b"
# Someone of the family hit ("anh trai em đang đánh mẹ em").
_VI_HITS_MY_FAMILY = (
    rf"\b{_VI_HITS}\s+(?:me|bo|ba|chi|em\s+gai|ong|ba\s+noi|ba\s+ngoai)\s+(?:cua\s+)?{_VI_ME}\b"
)
# A knife or gun held ("đang cầm dao"), beside the door locked or a threat; not cooking.
_VI_WEAPON_HELD = r"\b(?:cam|vung|dem|mang)\s+(?:\w+\s+)?(?:dao|sung|bua|keo)\b"
_VI_DOOR_LOCKED = r"\bkhoa\s+(?:\w+\s+)?cua\b|\bdoa\b|\bgiet\b|\bchem\b"
# Followed ("theo em", "bám theo em") by a man or a stranger, or one who waits outside.
_VI_FOLLOWED = rf"\b(?:theo|bam\s+theo|di\s+theo|theo\s+doi|theo\s+duoi)\s+{_VI_ME}\b"
_VI_A_STRANGER_OUTSIDE = (
    r"\bdan\s+ong\b|\bnguoi\s+la\b|\b(?:doi|cho)\s+(?:\w+\s+)?(?:o\s+)?ngoai\b|"
    r"\b(?:rat|em|toi)\s+so\s+qua\b"
)
# A child alone ("một mình") for days or with nothing to eat.
_VI_A_CHILD = r"\b(?:dua\s+be|be|chau|tre|dua\s+tre|em\s+be|con\s+be|con)\b"
_VI_DAYS_OR_NO_FOOD = (
    r"\b(?:hai|ba|bon|nam|may|\d+)\s+ngay\b|\bkhong\s+(?:co\s+)?(?:gi\s+)?(?:de\s+)?an\b"
)
# A child beaten ("đứa bé bị đánh") or bleeding from the head.
_VI_CHILD_HIT = (
    rf"\b(?:dua\s+be|be|chau|dua\s+tre|em\s+be|thang\s+be|con\s+be|con)\s+(?:\w+\s+)?bi\s+"
    rf"(?:\w+\s+){{0,2}}?{_VI_HITS}\b"
)
# Made to marry ("bố bắt em lấy anh họ"), with a husband or a cousin named; not made to fetch.
_VI_MADE_TO_MARRY = (
    rf"\b(?:bat|ep|buoc)\s+{_VI_ME}\s+(?:phai\s+)?(?:(?:lay|cuoi)\s+(?:chong|vo|anh\s+ho|"
    r"nguoi|ong|dan\s+ong|thang|mot)|ket\s+hon)\b"
)
# A girl to be cut ("cắt âm vật con gái em"), said in the words for it.
_VI_FGM = r"\bcat\s+(?:\w+\s+)?(?:am\s+vat|bo\s+phan\s+sinh\s+duc)\b"
# Chest pain with no speech, no breath or a faint.
_VI_CHEST_PAIN = r"\bdau\s+(?:nguc|tim|that\s+nguc)\b|\btuc\s+nguc\b"
_VI_NO_SPEECH = (
    r"\bkhong\s+(?:noi|tho)\s+(?:duoc|noi)\b|\bngat\b|\bbat\s+tinh\b|\bmeo\s+mieng\b|"
    r"\bnga\s+(?:xuong|ra)\b"
)
# Beaten to drive out an evil spirit ("đánh cô ấy để đuổi tà ma"); not offerings made for it,
# nor "đánh đuổi" (to drive away).
_VI_SPIRIT = r"\b(?:ta\s+ma|ma\s+quy|quy\s+am|nhap\s+(?:hon|xac)|bua\s+ngai)\b"
VIETNAMESE_PHRASES += (  # i18n-exempt: input
    # all the medicine swallowed tonight or at once (not a course finished as prescribed)
    r"^(?!.*\b(?:theo\s+don|bac\s+si|khang\s+sinh|dung\s+lieu|moi\s+ngay)\b)"
    + every_one_of(_VI_SWALLOW_ALL, _VI_TONIGHT_OR_AT_ONCE),
    # someone of the family hit
    _VI_HITS_MY_FAMILY,
    # a knife held, the door locked or a threat (not cooking)
    r"^(?!.*\b(?:bep|nau\s+an|thai\s+(?:rau|thit)|thit|hoa\s+qua|trai\s+cay|got)\b)"
    + every_one_of(_VI_WEAPON_HELD, _VI_DOOR_LOCKED),
    # followed by a man or a stranger, or waited for outside (not online)
    r"^(?!.*\b(?:facebook|instagram|tiktok|zalo|mang)\b)"
    + every_one_of(_VI_FOLLOWED, _VI_A_STRANGER_OUTSIDE),
    # a child alone for days or with nothing to eat
    "^" + every_one_of(_VI_A_CHILD, r"\bmot\s+minh\b", _VI_DAYS_OR_NO_FOOD),
    # a child beaten
    _VI_CHILD_HIT,
    # made to marry
    _VI_MADE_TO_MARRY,
    # a girl to be cut
    _VI_FGM,
    # chest pain with no speech, no breath or a faint
    "^" + every_one_of(_VI_CHEST_PAIN, _VI_NO_SPEECH),
    # beaten to drive out a spirit
    "^" + every_one_of(rf"\b{_VI_HITS}\b(?!\s+duoi\b)", _VI_SPIRIT),
)

# Beside the main kinds, said as they happen.
# A debt held over the writer ("em còn nợ tiền", the journey's debt) with a threat to kill or hurt
# the family or the writer if it is not paid ("không trả thì họ sẽ giết bố mẹ em"); not rent
# owed with the parents told.
_VI_OWES = rf"\b{_VI_ME}\s+(?:con\s+)?no\s+(?:\w+\s+)?(?:tien|\d+|nghin|trieu)\b"
_VI_HARM_THREAT = (
    r"\b(?:se|doa|thi|phai)\s+(?:\w+\s+)?(?:giet|danh|hai|chem|xu\s+ly)\s+(?:\w+\s+)?(?:bo\s+me|"
    rf"ba\s+me|gia\s+dinh|nguoi\s+nha|vo\s+con|{_VI_ME})\b"
)
# A young person (an age under 18, a daughter or son) made to work unpaid or taken to "meet
# clients" ("đưa nó đi gặp khách", "đi khách"); not customers ("khách hàng") of a business.
_VI_UNDER_18 = r"(?<![0-9])(?:1[0-7]|[5-9])\s+tuoi\b"
_VI_TO_CLIENTS = r"\b(?:gap|tiep|phuc\s+vu|ngu\s+voi|di)\s+khach\b(?!\s+hang)"
_VI_MADE_TO_WORK_UNPAID = (
    r"\bbat\s+(?:no|con|chau|em|toi|minh|ho)\s+(?:\w+\s+){0,3}?lam\b[^.!?]{0,40}?\bkhong\s+"
    r"(?:co\s+)?(?:luong|tra\s+(?:tien|luong)|cong)\b"
)
# Papers taken ("họ lấy hết giấy tờ của em") while being moved in a lorry or not knowing where
# to, or with the phone dying.
_VI_MOVED_OR_LOST = (
    r"\btrong\s+(?:thung\s+)?(?:xe\s+tai|container|cong\s+te\s+no|thung\s+xe)\b|\bkhong\s+"
    r"biet\s+(?:\w+\s+)?(?:di\s+dau|o\s+dau|dang\s+o\s+dau)\b"
)
_VI_PHONE_DYING = r"\bdien\s+thoai\s+(?:\w+\s+)?(?:sap|gan|da)\s+het\s+pin\b|\bsap\s+het\s+pin\b"
# Lost ("em bị lạc", "lạc đường"; not a key "lạc mất"), in the dark or with the phone dying.
_VI_LOST = (
    rf"\b{_VI_ME}\s+(?:\w+\s+)?(?:bi\s+lac|lac\s+duong)\b(?!\s+mat)|\bkhong\s+biet\s+(?:\w+\s+)?"
    r"(?:dang\s+)?o\s+dau\b"
)
_VI_DARK = r"\btroi\s+(?:\w+\s+)?toi\b|\bdem\s+toi\b"
# The landlord ("chủ nhà") who wants sex for the rent or says he will report the writer to the
# Home Office; not a landlord who helps with a letter.
_VI_LANDLORD = r"\bchu\s+(?:nha|tro|phong)\b"
_VI_SEX_FOR_RENT = (
    r"^(?=.*\b(?:ngu\s+voi|quan\s+he|lam\s+chuyen\s+(?:do|ay))\b)(?=.*\btien\s+(?:thue\s+)?"
    r"(?:nha|phong)\b)"
)
_VI_REPORT_ME = (
    r"\b(?:se|doa|thi|neu\s+khong)\s+(?:\w+\s+)?bao\s+(?:cho\s+)?(?:home\s*office|bo\s+noi\s+vu|"
    r"(?:so\s+)?di\s+tru|cong\s+an)\b"
)
# A crowd ("đám đông") throwing stones at the writer's hotel or home; not "ném đá" online (to
# pile criticism on someone).
_VI_CROWD = r"\b(?:dam\s+dong|nhieu\s+nguoi|mot\s+dam|mot\s+nhom|bon\s+\w+|nhom\s+nguoi)\b"
_VI_STONES_AT_US = (
    r"\b(?:nem|quang|liem)\s+(?:\w+\s+)?da\s+(?:vao|len|qua)\s+(?:\w+\s+)?(?:chung|nha|khach\s+"
    rf"san|cua|phong|xe|{_VI_ME})\b"
)
# A child and a man who says he is an uncle or kin ("nói là chú nó"), or a stranger, taking the
# child away ("đưa nó đi"); not an uncle named who takes the child to school.
_VI_CLAIMS_KIN = (
    r"\b(?:noi|tu\s+xung|xung|bao)\s+(?:la\s+)?(?:chu|bac|cau|chu\s+ruot|ho\s+hang|"
    r"nguoi\s+nha)\s+(?:cua\s+)?(?:no|be|chau|em|con)\b|\bnguoi\s+la\b"
)
_VI_TAKES_CHILD = r"\b(?:dua|don|dan|cho|bat)\s+(?:no|be|chau|con\s+be|dua\s+be)\s+di\b"
# A fire at home ("nhà em đang cháy") with no way out.
_VI_FIRE = (
    r"\b(?:nha|phong|can\s+ho|bep|toa\s+nha)\s+(?:\w+\s+)?(?:dang\s+)?(?:bi\s+)?"
    r"(?:chay|boc\s+chay)\b(?!\s+(?:dieu\s+hoa|may))|\bchay\s+nha\b|\bhoa\s+hoan\b"
)
_VI_NO_WAY_OUT = (
    r"\bkhong\s+(?:the\s+)?(?:ra|thoat|chay\s+ra|ra\s+ngoai)\s+(?:\w+\s+)?duoc\b|\bmac\s+ket\b|"
    r"\bket\s+(?:lai\s+)?(?:trong|o)\b"
)
# A child breathing badly ("con em thở không bình thường", "bé khó thở"); not a blocked nose.
_VI_BREATHES_BADLY = (
    r"\b(?:be|con|chau|em\s+be|no)\s+(?:(?:em|toi|minh)\s+)?(?:dang\s+|bi\s+)?"
    r"(?:tho\s+(?:rat\s+)?"
    r"(?:khong\s+(?:binh\s+thuong|deu|duoc|on)|kho|gap|rit)|kho\s+tho)\b"
)
# A fit ("co giật", "động kinh") gone on five minutes or more (not five minutes ago).
_VI_FIT = r"\b(?:co\s+giat|dong\s+kinh|len\s+con\s+giat)\b"
_VI_FIVE_MINUTES = (
    r"\b(?:[5-9]|\d{2}|nam|sau|bay|tam|chin|muoi)\s+phut\b(?!\s+truoc)(?!.*\b(?:cach\s+day|"
    r"on\s+roi|het\s+roi)\b)"
)
# Someone fallen ("mẹ em bị ngã") whose head bleeds or who does not wake or answer.
_VI_FELL = r"\b(?:bi\s+nga|te\s+nga|nga\s+(?:xuong|dap\s+dau|cau\s+thang))\b"
_VI_HEAD_BLEEDING_OR_GONE = (
    r"\bdau\s+(?:\w+\s+)?chay\s+mau\b|\bchay\s+mau\s+(?:\w+\s+)?dau\b|\bkhong\s+(?:\w+\s+)?"
    r"(?:tinh\s+day|tinh\s+lai|tra\s+loi|cu\s+dong|dung\s+day\s+duoc)\b|\bbat\s+tinh\b"
)
VIETNAMESE_PHRASES += (  # i18n-exempt: input
    # a debt held over the writer with a threat to kill or hurt
    "^" + every_one_of(f"{_VI_OWES}|{_VI_JOURNEY_DEBT}", _VI_HARM_THREAT),
    # a young person taken to meet clients, or made to work unpaid
    "^" + every_one_of(_VI_UNDER_18, _VI_TO_CLIENTS),
    "^" + every_one_of(_VI_MADE_TO_WORK_UNPAID, f"{_VI_UNDER_18}|{_VI_TO_CLIENTS}|{_VI_PAPERS}"),
    # papers taken while moved in a lorry, not knowing where to, or with the phone dying
    "^" + every_one_of(_VI_PAPERS, f"{_VI_MOVED_OR_LOST}|{_VI_PHONE_DYING}"),
    # lost in the dark or with the phone dying
    "^" + every_one_of(_VI_LOST, f"{_VI_PHONE_DYING}|{_VI_DARK}"),
    # the landlord wanting sex for the rent or threatening to report the writer
    "^" + every_one_of(_VI_LANDLORD) + f"(?:{_VI_SEX_FOR_RENT}|(?=.*{_VI_REPORT_ME}))",
    # a crowd throwing stones at the hotel or home (not online)
    r"^(?!.*\b(?:mang|facebook|tiktok|online|binh\s+luan)\b)"
    + every_one_of(_VI_CROWD, _VI_STONES_AT_US),
    # killing oneself before being sent back ("em sẽ tự tử trước khi họ đưa em về")
    r"\b(?:se|dinh)\s+tu\s+tu\s+(?:truoc\s+khi|neu|khi)\s+(?:\w+\s+){0,3}?(?:dua|tra|truc\s+xuat|"
    r"gui|bat)\s+(?:\w+\s+)?(?:ve|di)\b",
    # a child, and a man who says he is kin or a stranger, taking the child away
    "^" + every_one_of(_VI_A_CHILD, _VI_CLAIMS_KIN, _VI_TAKES_CHILD),
    # a fire at home with no way out
    "^" + every_one_of(_VI_FIRE, _VI_NO_WAY_OUT),
    # a child breathing badly (not a blocked nose)
    r"^(?!.*\b(?:mui|ngat\s+mui|nghet\s+mui|so\s+mui)\b)(?=.*" + _VI_BREATHES_BADLY + ")",
    # a fit gone on five minutes or more
    "^" + every_one_of(_VI_FIT, _VI_FIVE_MINUTES),
    # someone fallen, the head bleeding or not waking
    "^" + every_one_of(_VI_FELL, _VI_HEAD_BLEEDING_OR_GONE),
)

# A threat to take or hurt the writer's child, beside the child's school or a statement to be
# withdrawn ("biết con gái tôi học trường nào và sẽ bắt nó nếu tôi không rút lời khai"); not a
# teacher who "sẽ bắt đầu" (will begin) lessons.
_VI_WILL_TAKE_THE_CHILD = (
    r"\b(?:se|dinh|doa)\s+(?:\w+\s+)?(?:bat\s+coc|bat\s+(?:no|con|chau|be|di)|"
    r"danh\s+(?:no|con|chau))\b"
)
_VI_SCHOOL_OR_STATEMENT = (
    r"\b(?:truong\s+nao|hoc\s+truong|loi\s+khai|rut\s+don|lam\s+chung|"
    r"neu\s+(?:toi|em|chi)\s+khong)\b"
)
VIETNAMESE_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_VI_WILL_TAKE_THE_CHILD, _VI_SCHOOL_OR_STATEMENT),
)

# A landlord who makes the writer sleep with him to keep the room; not a landlord who lets the
# writer stay while she sleeps with her sister next door, nor one who asks her to sleep beside
# his frightened daughter.
_VI_LANDLORD = r"\bchu\s+(?:nha|tro|phong)\b"
_VI_MADE_TO_SLEEP_WITH = (
    r"\b(?:bat|ep|doi|muon|doa)\s+(?:\w+\s+){0,3}?ngu\s+voi\s+(?:ong\s+(?:ay|ta)|han|lao|"
    r"anh\s+(?:ay|ta)|chu\s+(?:nha|tro)|minh)\b"
)
_VI_TO_STAY = r"\b(?:cho\s+o|o\s+tiep|tien\s+(?:nha|phong|tro)|duoi|len\s+phong)\b"
VIETNAMESE_PHRASES += (  # i18n-exempt: input
    "^" + every_one_of(_VI_LANDLORD, _VI_MADE_TO_SLEEP_WITH, _VI_TO_STAY),
)
