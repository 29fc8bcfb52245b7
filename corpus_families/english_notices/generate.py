#!/usr/bin/env python3
"""English documents of a Korean city office (notices, letters, e-mails, memos,
meeting notes, replies to foreign residents) with gold PII spans.

    python3 generate.py --n 200 --seed 1 --out docs.jsonl

Standard library only, deterministic for a given seed.
"""
import argparse
import datetime as dt
import json
import random

FAMILY = "english_notices"


# ---------------------------------------------------------------- builder
class V:
    """A value put into the text; label None means it stays visible."""
    __slots__ = ("s", "label")

    def __init__(self, s, label=None):
        self.s = s
        self.label = label


class B:
    def __init__(self):
        self.buf, self.n, self.ents = [], 0, []

    def add(self, *xs):
        for x in xs:
            if x is None:
                continue
            if isinstance(x, (list, tuple)):
                self.add(*x)
                continue
            if isinstance(x, V):
                s = x.s
                if x.label:
                    self.ents.append({"start": self.n, "end": self.n + len(s),
                                      "label": x.label, "text": s})
            else:
                s = str(x)
            self.buf.append(s)
            self.n += len(s)
        return self

    def text(self):
        return "".join(self.buf)


def plain(segs):
    out = []
    for x in segs if isinstance(segs, (list, tuple)) else [segs]:
        if isinstance(x, V):
            out.append(x.s)
        elif isinstance(x, (list, tuple)):
            out.append(plain(x))
        elif x is not None:
            out.append(str(x))
    return "".join(out)


def has_pii(segs):
    if isinstance(segs, V):
        return bool(segs.label)
    if isinstance(segs, (list, tuple)):
        return any(has_pii(x) for x in segs)
    return False


# ---------------------------------------------------------------- vocab
SURNAMES = [("김", "Kim"), ("이", "Lee"), ("이", "Yi"), ("박", "Park"), ("최", "Choi"),
            ("정", "Jung"), ("정", "Jeong"), ("강", "Kang"), ("조", "Cho"), ("윤", "Yoon"),
            ("장", "Jang"), ("임", "Lim"), ("한", "Han"), ("오", "Oh"), ("서", "Seo"),
            ("신", "Shin"), ("권", "Kwon"), ("황", "Hwang"), ("안", "Ahn"), ("송", "Song"),
            ("류", "Ryu"), ("홍", "Hong"), ("전", "Jeon"), ("고", "Ko"), ("문", "Moon"),
            ("양", "Yang"), ("손", "Son"), ("배", "Bae"), ("백", "Baek"), ("허", "Heo"),
            ("남", "Nam"), ("노", "Noh"), ("하", "Ha"), ("곽", "Kwak"), ("성", "Sung"),
            ("차", "Cha"), ("주", "Joo"), ("우", "Woo"), ("민", "Min"), ("진", "Jin"),
            ("엄", "Eom"), ("채", "Chae"), ("원", "Won"), ("방", "Bang"), ("공", "Kong"),
            ("현", "Hyun"), ("함", "Ham"), ("석", "Seok"), ("설", "Seol"), ("마", "Ma"),
            ("길", "Gil"), ("표", "Pyo"), ("탁", "Tak"), ("맹", "Maeng"), ("봉", "Bong"),
            ("황보", "Hwangbo"), ("남궁", "Namgung"), ("독고", "Dokgo"), ("사공", "Sagong"),
            ("제갈", "Jegal"), ("선우", "Seonwoo"), ("서문", "Seomun")]
GIVEN = [("민수", "Min-su"), ("지훈", "Ji-hoon"), ("서연", "Seo-yeon"), ("하은", "Ha-eun"),
         ("도윤", "Do-yun"), ("예진", "Ye-jin"), ("성호", "Sung-ho"), ("은지", "Eun-ji"),
         ("현우", "Hyun-woo"), ("지영", "Ji-young"), ("수빈", "Su-bin"), ("영희", "Young-hee"),
         ("재석", "Jae-seok"), ("미경", "Mi-kyung"), ("동훈", "Dong-hoon"), ("혜린", "Hye-rin"),
         ("준호", "Jun-ho"), ("소연", "So-yeon"), ("상철", "Sang-cheol"), ("경숙", "Kyung-sook"),
         ("나래", "Na-rae"), ("보람", "Bo-ram"), ("승민", "Seung-min"), ("유진", "Yu-jin"),
         ("정우", "Jung-woo"), ("다은", "Da-eun"), ("우진", "Woo-jin"), ("한결", "Han-gyeol"),
         ("혁", "Hyuk"), ("율", "Yul"), ("솔", "Sol"), ("훈", "Hoon"), ("별", "Byeol")]

# (given names, surnames, gender-of-given list is mixed; title decided at random)
FOREIGN = {
    "Viet Nam": (["Lan", "Minh", "Hoa", "Tuan", "Thu", "Hung", "Mai", "Dung", "Linh", "Quang"],
                 ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"], "vn"),
    "China": (["Fang", "Wei", "Lei", "Xiu Ying", "Jun", "Hui", "Yan", "Zhiwei"],
              ["Wang", "Li", "Zhang", "Liu", "Chen", "Zhao", "Sun"], "cn"),
    "the Philippines": (["Maria", "Jose", "Angelica", "Mark", "Rhea", "Joy", "Ramon"],
                        ["Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Garcia"], "w"),
    "the United States": (["John", "Sarah", "Michael", "Emily", "David", "Jessica", "Tyler"],
                          ["Smith", "Johnson", "Miller", "Anderson", "Thompson", "Brown"], "w"),
    "Ireland": (["Siobhan", "Ciaran", "Aoife", "Sean", "Niamh"],
                ["O'Connor", "Murphy", "O'Brien", "Byrne", "McCarthy"], "w"),
    "India": (["Priya", "Rahul", "Anjali", "Vikram", "Deepa", "Arjun"],
              ["Patel", "Sharma", "Iyer", "Reddy", "Gupta", "Nair"], "w"),
    "Uzbekistan": (["Dilnoza", "Jasur", "Malika", "Bekzod", "Nodira"],
                   ["Karimova", "Rakhimov", "Yusupova", "Tashkentov", "Aliyev"], "w"),
    "Mongolia": (["Bat-Erdene", "Oyunchimeg", "Enkhbayar", "Solongo", "Tsetseg"],
                 ["Ganbold", "Dorj", "Batbayar", "Tumur"], "w"),
    "Russia": (["Olga", "Dmitry", "Natalia", "Sergei", "Anastasia"],
               ["Ivanova", "Petrov", "Smirnova", "Kuznetsov", "Volkova"], "w"),
    "Nepal": (["Ram Bahadur", "Sita", "Bikash", "Anita", "Suman"],
              ["Thapa", "Gurung", "Shrestha", "Tamang", "Rai"], "w"),
    "Nigeria": (["Chinedu", "Ngozi", "Emeka", "Adaeze", "Tunde"],
                ["Okafor", "Adeyemi", "Eze", "Balogun"], "w"),
    "Indonesia": (["Siti", "Budi", "Dewi", "Agus", "Rina"],
                  ["Rahmawati", "Santoso", "Wijaya", "Hidayat", "Sutrisno"], "w"),
    "Thailand": (["Somchai", "Nattaya", "Kittisak", "Pimchanok"],
                 ["Wongsakul", "Srisuk", "Chaiyaporn", "Boonmee"], "w"),
    "France": (["Jean-Luc", "Camille", "Amelie", "Olivier"],
               ["Moreau", "Lefebvre", "Dubois", "Laurent"], "w"),
    "the United Kingdom": (["Oliver", "Charlotte", "Harry", "Eleanor"],
                           ["Taylor", "Wright", "Hughes", "Clarke"], "w"),
    "Kazakhstan": (["Aigerim", "Nurlan", "Dana", "Yerlan"],
                   ["Nurlanova", "Sadykov", "Abenova", "Zhaksybekov"], "w"),
}
HANGUL_FOREIGN = [("Nguyen Thi Lan", "응우옌 티 란", "Viet Nam"), ("Tran Van Minh", "쩐 반 민", "Viet Nam"),
                  ("John Smith", "존 스미스", "the United States"), ("Maria Santos", "마리아 산토스", "the Philippines"),
                  ("Priya Patel", "프리야 파텔", "India"), ("Olga Ivanova", "올가 이바노바", "Russia"),
                  ("Wang Fang", "왕팡", "China"), ("Dilnoza Karimova", "딜노자 카리모바", "Uzbekistan"),
                  ("Bat-Erdene Ganbold", "바트에르덴 간볼드", "Mongolia"), ("Sarah O'Connor", "세라 오코너", "Ireland"),
                  ("Chinedu Okafor", "치네두 오카포", "Nigeria"), ("Siti Rahmawati", "시티 라흐마와티", "Indonesia"),
                  ("Ram Bahadur Thapa", "람 바하두르 타파", "Nepal"), ("Le Thi Hoa", "레 티 호아", "Viet Nam")]

OFFICES = [
    # (office, district, short, domain, phone prefix, public address)
    ("Mapo-gu Office", "Mapo-gu", "mapo", "mapo.go.kr", "02-3153-",
     "212 Worldcup-ro, Mapo-gu, Seoul"),
    ("Yongsan-gu Office", "Yongsan-gu", "yongsan", "yongsan.go.kr", "02-2199-",
     "150 Noksapyeong-daero, Yongsan-gu, Seoul"),
    ("Guro-gu Office", "Guro-gu", "guro", "guro.go.kr", "02-860-",
     "245 Gamasan-ro, Guro-gu, Seoul"),
    ("Yeongdeungpo-gu Office", "Yeongdeungpo-gu", "ydp", "ydp.go.kr", "02-2670-",
     "123 Dangsan-ro, Yeongdeungpo-gu, Seoul"),
    ("Seoul Metropolitan Government", "Jung-gu", "seoul", "seoul.go.kr", "02-2133-",
     "110 Sejong-daero, Jung-gu, Seoul"),
    ("Gwangjin-gu Office", "Gwangjin-gu", "gwangjin", "gwangjin.go.kr", "02-450-",
     "117 Jayang-ro, Gwangjin-gu, Seoul"),
    ("Ansan City Hall", "Danwon-gu", "ansan", "iansan.net", "031-481-",
     "387 Hwarang-ro, Danwon-gu, Ansan-si, Gyeonggi-do"),
    ("Geumcheon-gu Office", "Geumcheon-gu", "geumcheon", "geumcheon.go.kr", "02-2627-",
     "70 Siheung-daero 73-gil, Geumcheon-gu, Seoul"),
]
TEAMS = ["Foreign Residents Support Team", "Global Cooperation Team", "Multicultural Family Team",
         "International Affairs Division", "Civil Affairs Team", "Housing Welfare Team",
         "Resident Support Division", "Parking Management Team", "Health Promotion Division",
         "Global Village Centre"]
RANKS = [("Officer", "주무관"), ("Assistant Manager", "주무관"), ("Team Leader", "팀장"),
         ("Director", "과장"), ("Deputy Director", "팀장"), ("Senior Officer", "주무관")]
STREETS = {
    "Mapo-gu": ["Worldcup-ro", "Yanghwa-ro", "Seongmisan-ro", "Donggyo-ro", "Mangwon-ro"],
    "Yongsan-gu": ["Itaewon-ro", "Hannam-daero", "Bogwang-ro", "Huam-ro"],
    "Guro-gu": ["Dorim-ro", "Gamasan-ro", "Guro-dong-ro", "Digital-ro"],
    "Yeongdeungpo-gu": ["Daerim-ro", "Dorim-ro", "Singil-ro", "Yeongdeungpo-ro"],
    "Jung-gu": ["Toegye-ro", "Dasan-ro", "Cheonggyecheon-ro"],
    "Gwangjin-gu": ["Jayang-ro", "Achasan-ro", "Neungdong-ro"],
    "Danwon-gu": ["Wongok-ro", "Jungang-daero", "Damunhwa-gil"],
    "Geumcheon-gu": ["Siheung-daero", "Doksan-ro", "Beotkkot-ro"],
}
KO_DISTRICT = {"Mapo-gu": "마포구", "Yongsan-gu": "용산구", "Guro-gu": "구로구",
               "Yeongdeungpo-gu": "영등포구", "Jung-gu": "중구", "Gwangjin-gu": "광진구",
               "Danwon-gu": "안산시 단원구", "Geumcheon-gu": "금천구"}
KO_STREET = {"Worldcup-ro": "월드컵로", "Yanghwa-ro": "양화로", "Seongmisan-ro": "성미산로",
             "Donggyo-ro": "동교로", "Mangwon-ro": "망원로", "Itaewon-ro": "이태원로",
             "Hannam-daero": "한남대로", "Bogwang-ro": "보광로", "Huam-ro": "후암로",
             "Dorim-ro": "도림로", "Gamasan-ro": "가마산로", "Guro-dong-ro": "구로동로",
             "Digital-ro": "디지털로", "Daerim-ro": "대림로", "Singil-ro": "신길로",
             "Yeongdeungpo-ro": "영등포로", "Toegye-ro": "퇴계로", "Dasan-ro": "다산로",
             "Cheonggyecheon-ro": "청계천로", "Jayang-ro": "자양로", "Achasan-ro": "아차산로",
             "Neungdong-ro": "능동로", "Wongok-ro": "원곡로", "Jungang-daero": "중앙대로",
             "Damunhwa-gil": "다문화길", "Siheung-daero": "시흥대로", "Doksan-ro": "독산로",
             "Beotkkot-ro": "벚꽃로"}
MAIL_DOMAINS = ["gmail.com", "naver.com", "hotmail.com", "yahoo.com", "outlook.com",
                "daum.net", "mail.ru", "yahoo.co.in", "qq.com", "icloud.com"]
HEALTH_EN = ["a fractured left wrist", "type 2 diabetes", "depression", "severe depression",
             "a hip fracture", "stage 2 breast cancer", "tuberculosis", "chronic kidney failure",
             "a high-risk pregnancy", "panic disorder", "a hearing impairment",
             "epilepsy", "a herniated lumbar disc", "post-traumatic stress disorder",
             "hepatitis B", "asthma", "a spinal cord injury", "early-onset dementia"]
HEALTH_LONG = ["undergoing dialysis three times a week", "on sick leave for depression",
               "recovering from knee surgery", "receiving chemotherapy",
               "being treated for a fracture of the right ankle",
               "registered with a severe physical disability"]
HEALTH_KO = ["우울증 치료 중", "지체장애 2급", "당뇨병", "손목 골절", "청각장애 3급", "공황장애"]
BANKS = [("Shinhan Bank", "110-{3}-{6}"), ("KB Kookmin Bank", "{6}-01-{6}"),
         ("Woori Bank", "1002-{3}-{6}"), ("NH Nonghyup Bank", "302-{4}-{4}-{2}"),
         ("Hana Bank", "{3}-{6}-{5}"), ("IBK Industrial Bank", "{3}-{6}-01-{3}")]
COMPANIES = [("Hanbit Interpretation Co., Ltd.", "214-86-"), ("Global Bridge Language Services", "105-81-"),
             ("Seoul Translation Centre Inc.", "120-87-"), ("Dasarang Cleaning Co.", "312-81-"),
             ("Mirae Housing Management Ltd.", "617-86-")]
STATUTES = ["Article 10 of the Framework Act on Treatment of Foreigners Residing in the Republic of Korea",
            "Article 31 of the Immigration Act", "the Multicultural Families Support Act (Act No. 18972)",
            "the Seoul Metropolitan Government Ordinance on Support for Foreign Residents (amended 2023. 5. 22.)",
            "Article 36 of the Immigration Act (report of change of residence within 15 days)",
            "Article 9(1) of the Official Information Disclosure Act",
            "the National Health Insurance Act, Article 109", "the Road Traffic Act, Article 32",
            "Ordinance No. 1432 on Resident Parking (revised 15 January 2019)"]
HOTLINES = ["1345 (Immigration Contact Center)", "1577-1366 (Danuri Helpline)", "120 (Dasan Call Center)",
            "02-2075-4180 (Seoul Global Center)", "1644-0644 (Foreign Workers Counselling Center)",
            "119", "112"]


def d4(rng, k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


# ---------------------------------------------------------------- formats
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fmt_date(rng, d, style=None):
    style = style if style is not None else rng.randrange(7)
    if style == 0:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == 2:
        return d.isoformat()
    if style == 3:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 4:
        return f"{d.day} {MONTHS[d.month - 1][:3]}. {d.year}"
    if style == 5:
        return f"{d.year}. {d.month}. {d.day}."
    return f"{d.year}년 {d.month}월 {d.day}일"


BASE = [dt.date(2026, 3, 2)]


def rand_date(rng, y0=None, y1=None):
    """Without years: a date shortly before the document date."""
    if y0 is None:
        return BASE[0] - dt.timedelta(days=rng.randint(1, 120))
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 11, 30).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def later(rng):
    return BASE[0] + dt.timedelta(days=rng.randint(5, 75))


def birth(rng, y0=1955, y1=2005):
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def mobile(rng):
    a, b = d4(rng, 4), d4(rng, 4)
    mid = rng.choice(["010"] * 9 + ["011"])
    f = rng.randrange(8)
    return [f"{mid}-{a}-{b}", f"{mid} {a} {b}", f"{mid}{a}{b}", f"{mid}.{a}.{b}",
            f"+82-10-{a}-{b}", f"+82 10 {a} {b}", f"+82 (0)10 {a} {b}", f"({mid}) {a}-{b}"][f]


def foreign_mobile(rng):
    return pick(rng, [f"+84 9{d4(rng, 2)} {d4(rng, 3)} {d4(rng, 3)}",
                      f"+63 917 {d4(rng, 3)} {d4(rng, 4)}",
                      f"+1 (213) 555-{d4(rng, 4)}",
                      f"+44 7700 {d4(rng, 6)}",
                      f"+91 98{d4(rng, 3)} {d4(rng, 5)}",
                      f"+998 90 {d4(rng, 3)} {d4(rng, 2)} {d4(rng, 2)}",
                      f"+86 139 {d4(rng, 4)} {d4(rng, 4)}"])


def frn(rng, dob, style=None):
    y = dob.strftime("%y%m%d")
    g = rng.choice("5678")
    back = g + d4(rng, 6)
    style = style if style is not None else rng.randrange(5)
    return [f"{y}-{back}", f"{y}{back}", f"{y} - {back}", f"{y}-{g}******", f"{y}-{back}"][style]


def rrn(rng, dob):
    y = dob.strftime("%y%m%d")
    g = rng.choice("12") if dob.year < 2000 else rng.choice("34")
    return pick(rng, [f"{y}-{g}{d4(rng, 6)}", f"{y}{g}{d4(rng, 6)}", f"{y}-{g}******"])


def passport(rng, nat):
    return {"Viet Nam": lambda: "C" + d4(rng, 7), "China": lambda: "E" + d4(rng, 8),
            "the Philippines": lambda: "P" + d4(rng, 7) + "A",
            "India": lambda: rng.choice("JKLMN") + d4(rng, 7),
            "Uzbekistan": lambda: "FA" + d4(rng, 7),
            "Mongolia": lambda: "E" + d4(rng, 7),
            "Kazakhstan": lambda: "N" + d4(rng, 8)}.get(nat, lambda: d4(rng, 9))()


def kr_passport(rng):
    return pick(rng, ["M" + d4(rng, 8), "M" + d4(rng, 3) + rng.choice("ABCDEFGHJK") + d4(rng, 4)])


def plate(rng):
    h = pick(rng, list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"))
    n1 = d4(rng, rng.choice([2, 3])).lstrip("0") or "12"
    if len(n1) < 2:
        n1 = "1" + n1
    f = rng.randrange(4)
    return [f"{n1}{h} {d4(rng, 4)}", f"{n1}{h}{d4(rng, 4)}",
            f"서울{n1}{h}{d4(rng, 4)}", f"{n1}{h}-{d4(rng, 4)}"][f]


def office_line(rng, off):
    return off[4] + d4(rng, 4)


def addr_en(rng, district, unit=True):
    st = pick(rng, STREETS[district])
    num = f"{rng.randint(1, 220)}" + (f"-{rng.randint(1, 30)}" if rng.random() < 0.3 else "")
    gil = f" {rng.randint(1, 40)}-gil" if rng.random() < 0.6 else ""
    city = "Ansan-si, Gyeonggi-do" if district == "Danwon-gu" else "Seoul"
    u = ""
    if unit:
        u = pick(rng, [f"Apt {rng.randint(1, 25)}{rng.randint(1, 9):02d}, ",
                       f"{rng.randint(101, 115)}-{rng.randint(1, 25)}{rng.randint(1, 6):02d}, ",
                       f"Room {rng.randint(1, 5)}{rng.randint(1, 12):02d}, ",
                       f"Unit {rng.randint(1, 4)}0{rng.randint(1, 6)}, ",
                       f"B1, ", f"Flat {rng.randint(2, 5)}F, ", ""])
    tail = pick(rng, ["", f" {rng.randint(3, 8)}{d4(rng, 4)}", ", Republic of Korea"])
    return f"{u}{num} {st}{gil}, {district}, {city}{tail}"


def addr_ko(rng, district):
    st = KO_STREET[pick(rng, STREETS[district])]
    city = "경기도 " if district == "Danwon-gu" else "서울특별시 "
    gil = f"{rng.randint(1, 40)}길 " if rng.random() < 0.6 else " "
    unit = pick(rng, [f", {rng.randint(101, 115)}동 {rng.randint(1, 25)}{rng.randint(1, 6):02d}호",
                      f", {rng.randint(1, 5)}0{rng.randint(1, 6)}호", f" 지하1층", ""])
    return f"{city}{KO_DISTRICT[district]} {st}{gil}{rng.randint(1, 200)}{unit}".replace("  ", " ")


# ---------------------------------------------------------------- people
class Person:
    pass


def make_foreign(rng):
    nat = pick(rng, list(FOREIGN))
    gv, sn, style = FOREIGN[nat]
    p = Person()
    p.nat = nat
    p.title = rng.choice(["Ms", "Mr", "Ms", "Mr", "Mrs", "Dr", "Ms.", "Mr."])
    if rng.random() < 0.2:
        full, p.hangul, p.nat = pick(rng, HANGUL_FOREIGN)
        parts = full.split()
        p.sur = parts[0] if full.split()[0] in ("Nguyen", "Tran", "Wang", "Le") else parts[-1]
        p.given = parts[-1] if p.sur == parts[0] else " ".join(parts[:-1])
        p.full = full
    else:
        p.hangul = None
        p.sur, p.given = pick(rng, sn), pick(rng, gv)
        if style == "vn":
            mid = pick(rng, ["Thi", "Van", "Duc", "Minh", "Ngoc"])
            p.full = f"{p.sur} {mid} {p.given}"
        elif style == "cn":
            p.full = pick(rng, [f"{p.sur} {p.given}", f"{p.sur.upper()} {p.given}",
                                f"{p.given} {p.sur}"])
        else:
            p.full = pick(rng, [f"{p.given} {p.sur}", f"{p.given} {p.sur}", f"{p.sur.upper()} {p.given}"])
    p.dob = birth(rng, 1960, 2004)
    p.email = email_for(rng, p.given, p.sur)
    p.korean = False
    return p


def make_korean(rng):
    p = Person()
    (hs, rs), (hg, rg) = pick(rng, SURNAMES), pick(rng, GIVEN)
    p.sur, p.given, p.nat, p.hangul_full = rs, rg, "Korea", hs + hg
    p.full = pick(rng, [f"{rs} {rg}", f"{rs} {rg.replace('-', '').capitalize()}",
                        f"{rg.replace('-', '').capitalize()} {rs}", f"{rs.upper()} {rg}",
                        f"{rs} {rg.replace('-', ' ')}"])
    p.hangul = hs + hg
    p.title = rng.choice(["Ms", "Mr", "Ms.", "Mr."])
    p.dob = birth(rng, 1950, 2004)
    p.email = email_for(rng, rg.replace("-", "").lower(), rs)
    p.korean = True
    return p


def make_any(rng):
    return make_foreign(rng) if rng.random() < 0.75 else make_korean(rng)


def email_for(rng, given, sur):
    g = given.split()[0].replace("'", "").replace("-", "").lower()
    s = sur.replace("'", "").replace(" ", "").lower()
    local = pick(rng, [f"{g}.{s}", f"{s}{g}{rng.randint(70, 99)}", f"{g[0]}{s}", f"{g}_{s}{rng.randint(1, 9)}",
                       f"{g}{rng.randint(100, 999)}"])
    dom = pick(rng, MAIL_DOMAINS)
    f = rng.randrange(6)
    return [f"{local} (at) {dom}", f"{local} @ {dom}", f"{local}@{dom}", f"{local}[at]{dom}",
            f"{local}@{dom}", f"{local} at {dom.replace('.', ' dot ')}"][f]


def official(rng, off):
    (hs, rs), (hg, rg) = pick(rng, SURNAMES[:40]), pick(rng, GIVEN)
    o = Person()
    o.rom = pick(rng, [f"{rs} {rg}", f"{rs} {rg.replace('-', '')}", f"{rg.replace('-', '').capitalize()} {rs}"])
    o.hangul = hs + hg
    o.rank_en, o.rank_ko = pick(rng, RANKS)
    o.team = pick(rng, TEAMS)
    o.office = off
    o.tel = office_line(rng, off)
    user = rg.replace("-", "").lower()[:6] + rng.choice(["", str(rng.randint(1, 99))])
    o.email = pick(rng, [f"{user}@{off[3]}", f"{off[2]}global@{off[3]}", f"{user}@korea.kr"])
    return o


def off_sig(o, rng):
    """Signature block of an official: all visible."""
    f = rng.randrange(3)
    if f == 0:
        return [f"{o.rom}\n{o.rank_en}, {o.team}\n{o.office[0]}\nTel. {o.tel} | E-mail {o.email}\n"]
    if f == 1:
        return [f"{o.rank_en} {o.rom} ({o.hangul} {o.rank_ko})\n{o.team}, {o.office[0]}, {o.office[5]}\n"
                f"Phone: {o.tel}\n"]
    return [f"{o.rom}, {o.rank_en}\n{o.office[0]} | {o.office[5]}\n{o.tel} / {o.email}\n"]


def PN(s):
    return V(s, "PERSON")


def formal(p, rng):
    """Ms Nguyen / Mr O'Connor / Dr. Patel: title stays outside the span."""
    return [p.title + " ", PN(p.sur)]


def fullref(p, rng, title_p=0.4):
    if rng.random() < title_p:
        return [p.title + " ", PN(p.full)]
    return [PN(p.full)]


# ---------------------------------------------------------------- scenarios
# A scenario returns a dict with keys:
#  title (str), subject (segs), paras [segs], records [(field, segs)], rows (list of dicts for
#  tables), addressee (Person or None), grade override, kind, resident_mail (Person sending mail)

def sc_housing(rng, ctx):
    p = make_any(rng)
    d = ctx["district"]
    addr = addr_en(rng, d)
    landlord = make_korean(rng)
    dd = rand_date(rng)
    dep = rng.choice([5, 10, 20, 30, 50]) * 1000000
    paras = [
        ["Thank you for your enquiry of ", fmt_date(rng, dd), " regarding the return of your tenancy deposit of KRW ",
         f"{dep:,}", " for the property at ", V(addr, "ADDRESS"), "."],
        ["According to your message, the landlord, ", PN(landlord.full), ", has not returned the deposit although the lease ended on ",
         fmt_date(rng, rand_date(rng)), ". You said the landlord can be reached on ", V(mobile(rng), "PHONE"),
         " but does not answer calls."],
        ["Deposit disputes are handled by the Housing Lease Dispute Mediation Committee (Korea Legal Aid Corporation, tel. 132). "
         "Our office cannot order a landlord to pay, but our housing counsellor can help you prepare an application in English. "
         "Please note that the lease registration order procedure under the Housing Lease Protection Act (Act No. 19356) may also be available."],
        ["If you wish to book a consultation, please reply to this letter or call ", ctx["off"].tel,
         ". We will contact you at ", V(mobile(rng) if rng.random() < .7 else foreign_mobile(rng), "PHONE"),
         " as you requested."],
    ]
    recs = [("Applicant", fullref(p, rng, 0)), ("Nationality", [p.nat]),
            ("Address", [V(addr, "ADDRESS")]), ("E-mail", [V(p.email, "EMAIL")])]
    ask = ["my landlord ", PN(landlord.full), " does not give back my deposit. I moved out of ", V(addr, "ADDRESS"),
           " two months ago. What can I do? My phone is ", V(mobile(rng), "PHONE"), "."]
    return dict(ask=ask, kind="reply to enquiry", title=f"Reply to enquiry on return of tenancy deposit",
                subject=["Return of tenancy deposit (", V(addr, "ADDRESS"), ")"] if rng.random() < .3 else
                ["Your enquiry on the return of a tenancy deposit"],
                paras=paras, records=recs, addressee=p, resident=p, addr=addr)


def sc_residence(rng, ctx):
    p = make_foreign(rng)
    d = ctx["district"]
    old, new = addr_en(rng, d), addr_en(rng, pick(rng, list(STREETS)))
    dd = rand_date(rng)
    paras = [
        [formal(p, rng), " visited the Civil Affairs counter on ", fmt_date(rng, dd),
         " to report a change of residence (from ", V(old, "ADDRESS"), " to ", V(new, "ADDRESS"), ")."],
        ["The report was made within the 15-day period under ", STATUTES[4],
         ", so no fine applies. The new address was entered and the ARC was returned the same day."],
        ["The applicant asked for future notices to be sent in English to ", V(p.email, "EMAIL"), "."],
    ]
    recs = [("Name", [PN(p.full)]), ("Date of birth", [V(fmt_date(rng, p.dob), "BIRTH_DATE")]),
            ("Nationality", [p.nat]), ("Foreigner registration no.", [V(frn(rng, p.dob), "KR_FRN")]),
            ("Passport no.", [V(passport(rng, p.nat), "KR_PASSPORT")]),
            ("Previous address", [V(old, "ADDRESS")]), ("New address", [V(new, "ADDRESS")]),
            ("Mobile", [V(mobile(rng), "PHONE")])]
    ts = ["Report of change of residence - ", PN(p.full)] if rng.random() < .3 else None
    return dict(title_segs=ts, kind="case record", title="Report of change of residence (foreign resident)",
                subject=["Report of change of residence - ", PN(p.full)] if rng.random() < .3 else
                ["Report of change of residence"], paras=paras, records=recs, addressee=p, resident=p, addr=new)


def sc_health(rng, ctx):
    p = make_any(rng)
    cond = pick(rng, HEALTH_EN)
    hosp = pick(rng, ["Severance Hospital", "Seoul National University Hospital", "Korea University Guro Hospital",
                      "Hallym University Kangnam Sacred Heart Hospital", "Seoul Medical Center"])
    paras = [
        [fullref(p, rng), ", a resident of ", ctx["district"], ", contacted the Global Village Centre on ",
         fmt_date(rng, rand_date(rng)), " asking for a medical interpreter."],
        [formal(p, rng), " has been diagnosed with ", V(cond, "HEALTH_INFO"), " and is being treated at ", hosp,
         ". The next outpatient appointment is on ", fmt_date(rng, later(rng)), "."],
        ["A volunteer interpreter (", pick(rng, ["Vietnamese", "Chinese", "Russian", "Tagalog", "Uzbek", "Nepali"]),
         ") will be assigned through the Seoul Global Center. Interpretation is free of charge; the cost is met from "
         "the 2026 budget line for foreign residents' medical support (KRW 48,000,000)."],
        ["Contact for the patient: ", V(mobile(rng), "PHONE"), "."],
    ]
    if rng.random() < .5:
        paras.insert(2, ["The applicant also mentioned ", V(pick(rng, HEALTH_LONG), "HEALTH_INFO"),
                         " and asked whether the National Health Insurance covers the treatment."])
    recs = [("Patient", [PN(p.full)]), ("Date of birth", [V(fmt_date(rng, p.dob), "BIRTH_DATE")]),
            ("Condition", [V(cond, "HEALTH_INFO")]), ("Hospital", [hosp]),
            ("Phone", [V(mobile(rng), "PHONE")])]
    ask = ["I have ", V(cond, "HEALTH_INFO"), " and my Korean is not good enough to talk with the doctor at ", hosp,
           ". Can the office send an interpreter?"]
    return dict(ask=ask, kind="memo", title="Request for medical interpretation support",
                subject=["Medical interpretation support"], paras=paras, records=recs, addressee=p, resident=p)


def sc_school(rng, ctx):
    p = make_foreign(rng)
    cg = pick(rng, FOREIGN[p.nat][0]) if p.nat in FOREIGN else pick(rng, ["Mia", "Leo", "Anna", "Daniel"])
    child = Person()
    child.sur = p.sur
    cdob = birth(rng, 2013, 2020)
    school = pick(rng, ["Mangwon Elementary School", "Itaewon Elementary School", "Daerim Middle School",
                        "Guro Elementary School", "Wongok Elementary School"])
    paras = [
        ["We refer to your e-mail asking how to enrol your daughter " if rng.random() < .5 else
         "We refer to your e-mail asking how to enrol your son ", PN(cg), " (born ", V(fmt_date(rng, cdob), "BIRTH_DATE"),
         ") in a local school."],
        ["Children of foreign residents may enrol regardless of their status of stay. Please bring the child's passport, a "
         "certificate of residence (or lease contract) and vaccination records to ", school,
         ". The Education Office's multicultural desk (tel. 02-3999-" + d4(rng, 4) + ") can help with placement tests."],
        [PN(cg), " may also join the free Korean language class at the Global Village Centre, ",
         ctx["off"][5], ", on Saturdays from 10:00 to 12:00."],
    ]
    recs = [("Parent", [PN(p.full)]), ("Child", [PN(f"{child.sur} {cg}")]),
            ("Child's date of birth", [V(fmt_date(rng, cdob), "BIRTH_DATE")]),
            ("Home address", [V(addr_en(rng, ctx["district"]), "ADDRESS")]),
            ("Contact", [V(p.email, "EMAIL")])]
    ask = ["my child ", PN(cg), " is ", str(2026 - cdob.year), " years old and we just arrived in Korea. Which school can ",
           pick(rng, ["she", "he"]), " go to? We live at ", V(addr_en(rng, ctx["district"]), "ADDRESS"), "."]
    return dict(ask=ask, kind="reply to enquiry", title="School enrolment of a foreign resident's child",
                subject=["School enrolment for ", PN(cg)] if rng.random() < .4 else ["School enrolment"],
                paras=paras, records=recs, addressee=p, resident=p)


def sc_noise(rng, ctx):
    p = make_any(rng)
    unit = pick(rng, [f"Unit {rng.randint(2, 9)}0{rng.randint(1, 6)}", f"Apt {rng.randint(3, 20)}0{rng.randint(1, 4)}",
                      f"{rng.randint(101, 112)}-{rng.randint(3, 20)}0{rng.randint(1, 4)}"])
    own = addr_en(rng, ctx["district"])
    paras = [
        ["Your complaint of ", fmt_date(rng, rand_date(rng)), " about noise and waste from ", V(unit, "ADDRESS"),
         " in your building was received through the e-People portal."],
        ["On ", fmt_date(rng, rand_date(rng)), " our field officer visited the building and left a bilingual leaflet "
         "about quiet hours (22:00-06:00) and waste separation. Residents may park only in the marked spaces; "
         "the public car park near Mangwon Han River Park is open 24 hours."],
        ["Under the Waste Control Act, Article 68, a fine of up to KRW 1,000,000 may be imposed if waste is dumped "
         "without a standard bag. We will check again within two weeks."],
        ["We will reply to ", V(own, "ADDRESS"), " by post and to ", V(p.email, "EMAIL"), " by e-mail."],
    ]
    recs = [("Complainant", [PN(p.full)]), ("Address", [V(own, "ADDRESS")]),
            ("Unit complained about", [V(unit, "ADDRESS")]), ("Phone", [V(mobile(rng), "PHONE")])]
    ask = ["the people in ", V(unit, "ADDRESS"), " make noise every night after midnight and leave rubbish in front of "
           "the door. I have asked them many times. Please help."]
    return dict(ask=ask, kind="reply to complaint", title="Reply to a complaint about noise and waste",
                subject=["Complaint about noise and waste"], paras=paras, records=recs, addressee=p, resident=p)


def sc_fund(rng, ctx):
    p = make_foreign(rng)
    bank, pat = pick(rng, BANKS)
    acct = pat.format(*[0] * 0) if False else pat
    for k in (6, 5, 4, 3, 2):
        while "{%d}" % k in acct:
            acct = acct.replace("{%d}" % k, d4(rng, k), 1)
    cond = pick(rng, ["a fractured left wrist", "a hip fracture", "a spinal cord injury", "a herniated lumbar disc"])
    amt = rng.choice([300000, 500000, 800000, 1000000])
    paras = [
        [fullref(p, rng), " applied for the Emergency Livelihood Support for foreign residents on ",
         fmt_date(rng, rand_date(rng)), " after a workplace accident at a factory in ", ctx["district"], "."],
        ["The medical certificate states that ", formal(p, rng), " suffered ", V(cond, "HEALTH_INFO"),
         " and cannot work for eight weeks. The employer, ", pick(rng, COMPANIES)[0],
         ", has filed an industrial accident report."],
        ["The review committee approved KRW ", f"{amt:,}", ". Payment will be made to ", bank, " account ",
         V(acct, "BANK_ACCOUNT"), " in the applicant's name."],
    ]
    recs = [("Applicant", [PN(p.full)]), ("FRN", [V(frn(rng, p.dob), "KR_FRN")]),
            ("Injury", [V(cond, "HEALTH_INFO")]), ("Bank", [bank]), ("Account no.", [V(acct, "BANK_ACCOUNT")]),
            ("Amount (KRW)", [f"{amt:,}"]), ("Mobile", [V(mobile(rng), "PHONE")])]
    ts = ["Emergency livelihood support - payment decision (", PN(p.full), ")"] if rng.random() < .25 else None
    return dict(title_segs=ts, kind="decision", title="Emergency livelihood support - payment decision",
                subject=["Emergency livelihood support"], paras=paras, records=recs, addressee=p, resident=p)


def sc_parking(rng, ctx):
    p = make_any(rng)
    pl = plate(rng)
    lic = pick(rng, [f"11-{rng.randint(10, 24)}-{d4(rng, 6)}-{d4(rng, 2)}",
                     f"Seoul {rng.randint(10, 24)}-{d4(rng, 6)}-{d4(rng, 2)}",
                     f"{rng.randint(11, 28)}-{rng.randint(10, 24)}-{d4(rng, 6)}-{d4(rng, 2)}"])
    home = addr_en(rng, ctx["district"])
    paras = [
        ["Your application for a resident priority parking permit was received on ", fmt_date(rng, rand_date(rng)), "."],
        ["Vehicle ", V(pl, "VEHICLE_PLATE"), " is registered to ", fullref(p, rng, 0), " at ", V(home, "ADDRESS"),
         ". Your Korean driver's licence (no. ", V(lic, "KR_DRIVER_LICENSE"), ") was verified online."],
        ["A permit for zone ", f"{rng.choice('ABCDE')}-{rng.randint(1, 60)}", " is issued from ",
         fmt_date(rng, later(rng)), " for six months. The fee is KRW 60,000 per month. "
         "Please do not park outside the marked bay; enforcement officers check the zone daily."],
    ]
    recs = [("Applicant", [PN(p.full)]), ("Vehicle no.", [V(pl, "VEHICLE_PLATE")]),
            ("Driver's licence", [V(lic, "KR_DRIVER_LICENSE")]), ("Address", [V(home, "ADDRESS")]),
            ("Tel.", [V(mobile(rng), "PHONE")])]
    return dict(kind="notice of decision", title="Resident priority parking permit",
                subject=["Resident priority parking permit"], paras=paras, records=recs, addressee=p, resident=p)


def sc_class(rng, ctx):
    rows = []
    for _ in range(rng.randint(3, 7)):
        q = make_any(rng)
        rows.append([("No.", None), ("Name", PN(q.full)), ("Nationality", q.nat if not q.korean else "Korea (spouse)"),
                     ("Phone", V(mobile(rng) if rng.random() < .8 else foreign_mobile(rng), "PHONE")),
                     ("E-mail", V(q.email, "EMAIL"))])
    paras = [["The spring term of the Korean Language Class for foreign residents starts on ",
              fmt_date(rng, later(rng)), " at the Global Village Centre (", ctx["off"][5], ")."],
             ["Participants confirmed so far are listed below. The class is funded by the city (KRW 12,500,000) "
              "and is free of charge. Textbooks will be handed out on the first day."]]
    return dict(kind="participant list", title="Korean language class - participant list",
                subject=["Korean language class participants"], paras=paras, rows=rows, records=[],
                addressee=None, resident=rows and None)


def sc_council(rng, ctx):
    members = [make_any(rng) for _ in range(rng.randint(3, 6))]
    rows = [[("Name", PN(m.full)), ("Country", m.nat), ("Area", pick(rng, list(STREETS))),
             ("Contact", V(m.email, "EMAIL") if rng.random() < .5 else V(mobile(rng), "PHONE"))] for m in members]
    paras = [["The Foreign Residents' Council met on ", fmt_date(rng, rand_date(rng)), " in the ", ctx["off"][0],
              " conference room (", ctx["off"][5], ")."],
             [formal(members[0], rng), " raised the lack of English signs at the recycling points. ",
              formal(members[1], rng), " asked for evening hours at the Global Village Centre."],
             ["The team leader explained that the 2026 budget (KRW 35,000,000) covers multilingual signs and "
              "promised a pilot in two neighbourhoods."]]
    if rng.random() < .4:
        paras.append([formal(members[-1], rng), " mentioned being ", V(pick(rng, HEALTH_LONG), "HEALTH_INFO"),
                      " and asked for online attendance at future meetings."])
    return dict(kind="meeting notes", title="Foreign Residents' Council - meeting notes",
                subject=["Foreign Residents' Council meeting"], paras=paras, rows=rows, records=[],
                members=members, addressee=None)


def sc_public_notice(rng, ctx):
    topic = pick(rng, [
        ("Free legal and immigration consultation day",
         "Lawyers and administrative agents will give free consultations on visas, labour and housing. "
         "No appointment is needed. Interpreters for English, Chinese, Vietnamese and Russian will be present."),
        ("Change of office hours of the Global Village Centre",
         "From next month the centre will also open on Saturdays from 10:00 to 14:00. "
         "The centre is closed on public holidays."),
        ("Waste separation guide in 10 languages",
         "The revised guide on food waste, recyclables and large items is now available at every community service centre. "
         "Large items must be reported online before disposal; the fee depends on size."),
        ("Heatwave safety notice for foreign workers",
         "During heatwave warnings, outdoor work should stop between 14:00 and 17:00. Drink water often and rest in shade. "
         "Call 119 in an emergency; interpretation is available."),
        ("Recruitment of foreign resident supporters",
         "We are recruiting 20 supporters who will introduce local services to newcomers. "
         "Supporters receive an activity allowance of KRW 50,000 per session."),
    ])
    t, body = topic
    paras = [[body],
             ["Date: ", fmt_date(rng, later(rng)), " / Venue: ", ctx["off"][0], ", ", ctx["off"][5], "."],
             ["Legal basis: ", pick(rng, STATUTES), "."],
             ["Enquiries: ", ctx["o"].team, ", tel. ", ctx["o"].tel, " or ",
              pick(rng, HOTLINES), ". Young residents and families are welcome; the event is free."]]
    return dict(kind="public notice", title=t, subject=[t], paras=paras, records=[], addressee=None, public=True)


def sc_official_only(rng, ctx):
    o2, o3 = official(rng, ctx["off"]), official(rng, ctx["off"])
    paras = [["Attendees: ", o2.rank_en, " ", o2.rom, " (", o2.team, "), ", o3.rank_en, " ", o3.rom, " (", o3.team, ")."],
             ["The team reviewed the results of the 2025 foreign resident survey (1,204 responses). 62% of respondents "
              "said they did not know where to get help with housing; 18% said they had used the 120 Dasan Call Center."],
             ["Agreed: translate the housing guide into six languages by ", fmt_date(rng, later(rng)),
              " (budget KRW 8,400,000) and post it on the office website."],
             ["Contact: ", o2.tel, ", ", o2.email, "."]]
    return dict(kind="meeting notes", title="Working meeting on multilingual housing guide",
                subject=["Multilingual housing guide"], paras=paras, records=[], addressee=None, public=True)


def sc_personnel(rng, ctx):
    o2, o3 = official(rng, ctx["off"]), official(rng, ctx["off"])
    interp = make_foreign(rng)
    paras = [["Personnel notice: ", o2.rank_en, " ", o2.rom, " (", o2.team, ") is transferred to the ",
              pick(rng, TEAMS), " with effect from ", fmt_date(rng, later(rng)), "."],
             [o3.rank_en, " ", o3.rom, " will be on sick leave for ", V(pick(rng, ["depression", "a herniated lumbar disc",
                                                                                   "knee surgery and rehabilitation",
                                                                                   "cancer treatment"]), "HEALTH_INFO"),
              " from ", fmt_date(rng, rand_date(rng)), " for three months; duties are covered by the team leader."],
             ["The contract interpreter ", PN(interp.full), " (", interp.nat, ") will support the counter on Tuesdays and "
              "Thursdays; the interpreter's fee (KRW 150,000 per day) is paid to ", V(
                  pick(rng, ["110-" + d4(rng, 3) + "-" + d4(rng, 6), d4(rng, 6) + "-01-" + d4(rng, 6)]), "BANK_ACCOUNT"), "."]]
    return dict(kind="memo", title="Staff changes in the foreign residents' service",
                subject=["Staff changes"], paras=paras, records=[], addressee=None)


def sc_fraud(rng, ctx):
    p = make_foreign(rng)
    broker = make_korean(rng)
    ip = pick(rng, [f"203.0.113.{rng.randint(2, 250)}", f"211.{rng.randint(30, 250)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"175.{rng.randint(100, 220)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    paras = [["On ", fmt_date(rng, rand_date(rng)), ", ", fullref(p, rng), " reported that a person calling himself ",
              PN(broker.full), " had taken KRW 3,000,000 in return for a promised E-7 visa."],
             ["The broker used the mobile number ", V(mobile(rng), "PHONE"), " and posted advertisements from IP address ",
              V(ip, "IP_ADDRESS"), ". Similar reports were received from two other residents (Mr A and Ms B, both ", p.nat, " nationals)."],
             ["The case was referred to ", ctx["district"], " Police Station on ", fmt_date(rng, rand_date(rng)),
              ". As the investigation is in progress, this memo must not be disclosed."]]
    recs = [("Reporter", [PN(p.full)]), ("Passport", [V(passport(rng, p.nat), "KR_PASSPORT")]),
            ("Suspect", [PN(broker.full)]), ("Suspect's phone", [V(mobile(rng), "PHONE")]),
            ("IP address", [V(ip, "IP_ADDRESS")])]
    return dict(kind="memo", title="Referral of suspected visa-broker fraud to the police",
                subject=["Suspected visa-broker fraud"], paras=paras, records=recs, addressee=None,
                grade=("nonpublic", [4]))


def sc_welfare_case(rng, ctx):
    p = make_foreign(rng)
    sp = make_korean(rng)
    paras = [[fullref(p, rng), " (", p.nat, ") is married to ", PN(sp.full), " (RRN ", V(rrn(rng, sp.dob), "KR_RRN"),
              ") and lives at ", V(addr_en(rng, ctx["district"]), "ADDRESS"), "."],
             ["The case worker visited on ", fmt_date(rng, rand_date(rng)), ". ", formal(p, rng), " has ",
              V(pick(rng, ["severe depression", "post-traumatic stress disorder", "panic disorder"]), "HEALTH_INFO"),
              " and reported repeated domestic violence. The couple's child ", PN(pick(rng, GIVEN)[1]),
              " is in the care of the grandmother."],
             ["Shelter placement and legal aid were arranged. This record concerns one individual as a whole and is not "
              "to be released."]]
    recs = [("Client", [PN(p.full)]), ("FRN", [V(frn(rng, p.dob), "KR_FRN")]),
            ("Date of birth", [V(fmt_date(rng, p.dob), "BIRTH_DATE")]), ("Mobile", [V(mobile(rng), "PHONE")])]
    ts = ["Case record - crisis support for ", PN(p.full)] if rng.random() < .5 else None
    return dict(title_segs=ts, kind="case record", title=f"Case record - multicultural family crisis support",
                subject=["Crisis support case"], paras=paras, records=recs, addressee=None, grade=("nonpublic", [6]))


def sc_deliberation(rng, ctx):
    o2 = official(rng, ctx["off"])
    paras = [["Draft options for relocating the Global Village Centre were discussed by ", o2.rank_en, " ", o2.rom,
              " and the planning team. Option A (lease of a private building, KRW 420,000,000 over 5 years) and option B "
              "(moving into the new community centre in 2027) are still under review."],
             ["No decision has been made; the figures may change after the budget deliberation. Under Article 9(1)5 "
              "of the Official Information Disclosure Act this draft is withheld until the decision is taken."],
             ["Next review: ", fmt_date(rng, later(rng)), "."]]
    return dict(kind="memo", title="Relocation of the Global Village Centre - draft options (internal)",
                subject=["Relocation options (draft)"], paras=paras, records=[], addressee=None,
                grade=("nonpublic", [5]))


def sc_tender(rng, ctx):
    co, bn = pick(rng, COMPANIES)
    bn = bn + d4(rng, 5)
    rep = make_korean(rng)
    paras = [["Technical proposal of ", co, " (business registration no. ", bn, ", main line 02-",
              f"{rng.randint(500, 999)}-{d4(rng, 4)}", ") for the 2026 interpretation service contract."],
             ["The proposal contains unit prices per language (English KRW 52,000/hr; Vietnamese KRW 48,000/hr), the "
              "company's interpreter pay scale and its client list. The company asked that these be kept confidential."],
             ["Project manager: ", PN(rep.full), ", mobile ", V(mobile(rng), "PHONE"), ", ", V(rep.email, "EMAIL"), "."]]
    return dict(kind="contract document", title="Interpretation service contract - technical proposal",
                subject=["Technical proposal"], paras=paras, records=[], addressee=None, grade=("nonpublic", [7]))


def sc_consular(rng, ctx):
    p = make_foreign(rng)
    paras = [["The embassy of ", p.nat, " asked the office, through the Ministry of Foreign Affairs, for information about "
              "its national ", PN(p.full), " (passport ", V(passport(rng, p.nat), "KR_PASSPORT"), ")."],
             ["The exchange concerns diplomatic correspondence and security cooperation; it is classified and must not be "
              "released. Only the liaison officer may reply."]]
    return dict(kind="memo", title="Diplomatic enquiry about a foreign national",
                subject=["Diplomatic enquiry"], paras=paras, records=[], addressee=None, grade=("nonpublic", [2]))


SCENARIOS = [(sc_housing, 10), (sc_residence, 10), (sc_health, 9), (sc_school, 8), (sc_noise, 8),
             (sc_fund, 7), (sc_parking, 7), (sc_class, 7), (sc_council, 7), (sc_personnel, 4),
             (sc_public_notice, 11), (sc_official_only, 6),
             (sc_fraud, 3), (sc_welfare_case, 3), (sc_deliberation, 3), (sc_tender, 2), (sc_consular, 1)]


# ---------------------------------------------------------------- layouts
def ref_no(rng, ctx):
    return pick(rng, [f"{ctx['o'].team}-{rng.randint(100, 9999)}", f"FR-{rng.randint(2025, 2026)}-{rng.randint(1, 999):04d}",
                      f"{ctx['off'][2].upper()}/{rng.randint(2025, 2026)}/{rng.randint(10, 999)}"])


def tseg(sc):
    return sc.get("title_segs") or sc["title"]


def lay_letter(b, rng, sc, ctx):
    o, p = ctx["o"], sc.get("addressee")
    b.add(tseg(sc), "\n\n")
    b.add("Our ref: ", ref_no(rng, ctx), "\nDate: ", ctx["date"], "\n\n")
    if p is not None:
        b.add(fullref(p, rng, .6), "\n")
        if rng.random() < .6:
            b.add(V(sc.get("addr") or addr_en(rng, ctx["district"]), "ADDRESS"), "\n")
        b.add("\n", pick(rng, ["Dear ", "Dear ", "Hello "]),
              pick(rng, [formal(p, rng), [PN(p.given)], fullref(p, rng, 0), formal(p, rng)]), ",\n\n")
    else:
        b.add("Dear Sir or Madam,\n\n")
    b.add("Re: ", sc["subject"], "\n\n")
    for para in sc["paras"]:
        b.add(para, "\n\n")
    if sc.get("rows"):
        lay_table_rows(b, rng, sc["rows"])
        b.add("\n")
    b.add(pick(rng, ["If you have any questions, please contact us. We are happy to help.\n\n",
                     "Thank you for your patience.\n\n", "We hope this information is useful.\n\n"]))
    b.add(pick(rng, ["Yours sincerely,", "Kind regards,", "Sincerely,", "Best regards,"]), "\n\n", off_sig(o, rng))


def lay_email(b, rng, sc, ctx):
    o, p = ctx["o"], sc.get("addressee")
    b.add(tseg(sc), "\n\n")
    if p is not None and rng.random() < .6:
        # resident's mail first, then reply
        b.add("From: ", PN(p.full), " <", V(p.email, "EMAIL"), ">\nTo: ", o.email, "\nDate: ",
              fmt_date(rng, rand_date(rng)), pick(rng, [" 09:14", " 21:47", " 13:02", ""]), "\nSubject: ",
              pick(rng, ["Question", "Help please", "Enquiry", "Urgent - need help", sc["title"]]), "\n\n")
        b.add(pick(rng, ["Hello,", "Dear Sir/Madam,", "Hi,", "To whom it may concern,"]), "\n")
        b.add(pick(rng, ["I am writing because ", "I need help. ", "Sorry for my English. "]),
              sc.get("ask") or ["I have a question about ", sc["title"].lower(), ". Please call me on ",
                                V(mobile(rng), "PHONE"), "."], "\n", pick(rng, ["Thank you.", "Regards,", "Best,"]), "\n", PN(p.given if rng.random() < .5 else p.full),
              "\n\n---------- Reply ----------\n")
        b.add("From: ", o.rom, " <", o.email, ">\nTo: ", V(p.email, "EMAIL"), "\nCc: ",
              pick(rng, [ctx["o2"].email, "", "global@seoul.go.kr"]), "\nDate: ", ctx["date"],
              "\nSubject: RE: ", sc["subject"], "\n\n")
        b.add("Dear ", pick(rng, [formal(p, rng), [PN(p.given)]]), ",\n\n")
        rest = sc["paras"][1:]
    else:
        b.add("From: ", o.rom, " (", o.rank_en, ", ", o.team, ") <", o.email, ">\nTo: ",
              ctx["o2"].rom, " <", ctx["o2"].email, ">\nDate: ", ctx["date"], "\nSubject: ", sc["subject"], "\n\n")
        b.add("Dear ", ctx["o2"].rom.split()[0] if rng.random() < .5 else "colleagues", ",\n\n")
        if p is not None:
            b.add(pick(rng, ["Below is my draft reply to ", "For your review, the draft reply to ",
                             "Please check the reply prepared for "]), fullref(p, rng, .5), ".\n\n")
        rest = sc["paras"]
    for para in rest:
        b.add(para, "\n\n")
    if sc.get("records") and rng.random() < .6:
        b.add("Details:\n")
        for k, v in sc["records"]:
            b.add(f"  {k}: ", v, "\n")
        b.add("\n")
    if sc.get("rows"):
        lay_table_rows(b, rng, sc["rows"], style="tsv")
    b.add("\nRegards,\n", o.rom, "\n", o.team, " | ", o.office[0], "\n", o.tel, "\n")


def lay_memo(b, rng, sc, ctx):
    o = ctx["o"]
    b.add(pick(rng, ["MEMORANDUM", "INTERNAL MEMO", "Memo"]), "\n\n")
    b.add("To: ", pick(rng, ["Director, ", "Head of ", "All staff, "]), ctx["o2"].team, "\n")
    b.add("From: ", o.rank_en, " ", o.rom, ", ", o.team, "\n")
    b.add("Date: ", ctx["date"], "\n")
    b.add("Re: ", tseg(sc), "\n", "-" * rng.randint(20, 50), "\n\n")
    for i, para in enumerate(sc["paras"], 1):
        b.add(f"{i}. " if rng.random() < .7 else "", para, "\n\n")
    if sc.get("records"):
        b.add(pick(rng, ["Case details", "Particulars", "Facts"]), ":\n")
        for k, v in sc["records"]:
            b.add(pick(rng, ["- ", "  • ", "  "]), k, ": ", v, "\n")
    if sc.get("rows"):
        lay_table_rows(b, rng, sc["rows"])
    b.add("\n", o.rom, " (ext. ", o.tel[-4:], ")\n")


def lay_minutes(b, rng, sc, ctx):
    o, o2 = ctx["o"], ctx["o2"]
    members = sc.get("members") or []
    b.add(pick(rng, ["MINUTES - ", "Meeting notes: ", "Record of meeting - "]), tseg(sc), "\n\n")
    b.add("Date: ", ctx["date"], ", ", pick(rng, ["14:00-15:30", "10:00-11:45", "18:30-20:00"]), "\n")
    b.add("Venue: ", pick(rng, ["Conference Room 3, ", "Global Village Centre, ", "Room 502, "]), o.office[5], "\n")
    b.add("Chair: ", o2.rom, " (", o2.rank_en, ", ", o2.team, ")\n")
    if members:
        b.add("Present: ")
        for i, m in enumerate(members):
            b.add(", " if i else "", fullref(m, rng, .3))
        b.add("; ", o.rom, " (minutes)\n")
        if rng.random() < .5:
            w = make_any(rng)
            b.add("Witness: ", PN(w.full), " (resident observer)\n")
    else:
        b.add("Present: ", o.rom, ", ", ctx["o3"].rom, "\n")
    b.add("Apologies: ", pick(rng, ["none", ctx["o3"].rom + " (" + ctx["o3"].rank_en + ")"]), "\n\n")
    for i, para in enumerate(sc["paras"], 1):
        b.add(f"Item {i}. " if rng.random() < .5 else f"{i}) ", para, "\n")
    b.add("\n")
    if sc.get("rows"):
        lay_table_rows(b, rng, sc["rows"])
    b.add("Action points:\n")
    b.add("| Action | Owner | Due |\n|---|---|---|\n")
    b.add("| Draft multilingual signs | ", o.rom, " | ", fmt_date(rng, later(rng)), " |\n")
    b.add("| Report to the Mayor | ", o2.rom, " | ", fmt_date(rng, later(rng)), " |\n")
    if members and rng.random() < .5:
        b.add("| Collect feedback from residents | ", formal(members[0], rng), " | ", fmt_date(rng, later(rng)), " |\n")
    b.add("\nMinutes taken by ", o.rom, " (", o.tel, ")\n")


def lay_table_rows(b, rng, rows, style=None):
    style = style or pick(rng, ["pipe", "box", "tsv", "plain"])
    hdr = [k for k, _ in rows[0]]
    alias = {"Name": ["Name", "Full name", "Participant", "Name (as in passport)", "Member"],
             "Phone": ["Phone", "Mobile", "Tel.", "Contact no."], "E-mail": ["E-mail", "Email", "Mail"],
             "Nationality": ["Nationality", "Country"], "Contact": ["Contact", "Phone/e-mail"]}
    hdr = [pick(rng, alias.get(h, [h])) for h in hdr]
    cells = []
    for i, r in enumerate(rows, 1):
        cells.append([str(i) if v is None else v for _, v in r])
    if style == "pipe":
        b.add("| " + " | ".join(hdr) + " |\n|" + "|".join("---" for _ in hdr) + "|\n")
        for r in cells:
            b.add("| ")
            for j, c in enumerate(r):
                b.add(" | " if j else "", c)
            b.add(" |\n")
    elif style == "box":
        b.add("┌" + "┬".join("─" * 6 for _ in hdr) + "┐\n│ " + " │ ".join(hdr) + " │\n├" +
              "┼".join("─" * 6 for _ in hdr) + "┤\n")
        for r in cells:
            b.add("│ ")
            for j, c in enumerate(r):
                b.add(" │ " if j else "", c)
            b.add(" │\n")
        b.add("└" + "┴".join("─" * 6 for _ in hdr) + "┘\n")
    elif style == "tsv":
        b.add("\t".join(hdr) + "\n")
        for r in cells:
            for j, c in enumerate(r):
                b.add("\t" if j else "", c)
            b.add("\n")
    else:
        for r in cells:
            b.add("  - ")
            for j, c in enumerate(r):
                b.add(", " if j else "", c)
            b.add("\n")


def lay_kv(b, rng, sc, ctx):
    o = ctx["o"]
    b.add(pick(rng, ["CASE RECORD", "RECORD OF APPLICATION", "Application summary", "CASE SHEET"]), "\n")
    b.add(tseg(sc), "\n\n")
    sep = pick(rng, [": ", " : ", "\t", " - "])
    b.add("Case no.", sep, ref_no(rng, ctx), "\n", "Received", sep, ctx["date"], "\n")
    for k, v in sc.get("records") or []:
        b.add(k, sep, v, "\n")
    b.add("Officer in charge", sep, o.rom, " (", o.rank_en, ", ", o.tel, ")\n\n")
    b.add("Summary\n")
    for para in sc["paras"]:
        b.add(pick(rng, ["- ", "• ", "○ "]), para, "\n")
    if sc.get("rows"):
        b.add("\n")
        lay_table_rows(b, rng, sc["rows"])
    b.add("\nChecked by: ", ctx["o2"].rom, ", ", ctx["o2"].rank_en, "\n")


def lay_bilingual(b, rng, sc, ctx):
    o, o2 = ctx["o"], ctx["o2"]
    p = sc.get("addressee")
    b.add(o.office[0], " ", o.team, "\n\n")
    if p is not None and rng.random() < .7:
        if p.hangul and rng.random() < .6:
            b.add("수신: ", V(p.hangul, "PERSON"), pick(rng, [" 님", " 귀하", "님"]), " (", PN(p.full), ")\n")
        else:
            b.add("수신: ", PN(p.full), pick(rng, [" 귀하", " 님"]), "\n")
        if rng.random() < .5:
            b.add("주소: ", V(addr_ko(rng, ctx["district"]), "ADDRESS"), "\n")
    else:
        b.add("수신: 수신자 참조\n")
    b.add("(경유)\n제목: ", tseg(sc), "\n\n")
    b.add("1. 관련: ", pick(rng, ["「재한외국인 처우 기본법」 제10조", "「출입국관리법」 제36조", "「다문화가족지원법」 제6조",
                               "「공공기관의 정보공개에 관한 법률」 제9조제1항"]), "\n")
    b.add("2. 아래와 같이 영문으로 안내하오니 참고하시기 바랍니다.\n\n")
    b.add("[English]\n")
    for para in sc["paras"]:
        b.add(para, "\n\n")
    if sc.get("records"):
        b.add("[세부사항 / Details]\n")
        for k, v in sc["records"]:
            b.add("  ", k, ": ", v, "\n")
    if sc.get("rows"):
        lay_table_rows(b, rng, sc["rows"])
    if p is not None and rng.random() < .4:
        b.add("\n※ 민원인 ", V(p.hangul, "PERSON") if p.hangul else PN(p.full),
              pick(rng, ["님께서 ", "께서 ", " 씨가 "]), "요청하신 영문 회신입니다. 우울증 등 건강 관련 상담은 ",
              "보건소(02-3153-9000)로 문의하시기 바랍니다.\n")
    b.add("\n붙임 영문 안내문 1부. 끝.\n\n")
    b.add(o.office[0], "장\n\n", o.rank_ko, " ", o.hangul, "   ", o2.rank_ko, " ", o2.hangul, "\n")
    b.add("시행 ", ref_no(rng, ctx), " (", ctx["date"], ")  접수\n")
    b.add("우 04", d4(rng, 3), " ", o.office[5], " / 전화 ", o.tel, " / ", o.email, "\n")


def lay_bullets(b, rng, sc, ctx):
    o = ctx["o"]
    b.add(pick(rng, ["Briefing note: ", "Status report: ", "Summary - "]), tseg(sc), "\n")
    b.add("(", o.team, ", ", ctx["date"], ")\n\n")
    mk = pick(rng, [(["○"] * 5, "-"), (["■"] * 5, "·"), (["1.", "2.", "3.", "4."], "a."), (["•"] * 5, "–"),
                    (["가.", "나.", "다.", "라."], "1)"), (["I.", "II.", "III.", "IV."], "-")])
    heads = iter(mk[0])
    mark = [None, mk[1]]
    b.add(next(heads), " Background\n")
    b.add("  ", mark[1], " ", sc["paras"][0], "\n")
    b.add(next(heads), " Details\n")
    for para in sc["paras"][1:]:
        b.add("  ", mark[1], " ", para, "\n")
    if sc.get("records"):
        for k, v in sc["records"]:
            b.add("  ", mark[1], " ", k, ": ", v, "\n")
    if sc.get("rows"):
        b.add(next(heads), " List\n")
        lay_table_rows(b, rng, sc["rows"])
    b.add(next(heads), " Next steps\n  ", mark[1], " Follow-up by ", o.rom, " (", o.tel, ")\n")


def lay_notice(b, rng, sc, ctx):
    o = ctx["o"]
    b.add(pick(rng, ["NOTICE", "PUBLIC NOTICE", "Announcement", "Notice to Foreign Residents"]),
          pick(rng, [f" No. {rng.randint(2025, 2026)}-{rng.randint(1, 400)}", ""]), "\n\n")
    b.add(tseg(sc), "\n\n")
    for i, para in enumerate(sc["paras"], 1):
        b.add(f"{i}. ", para, "\n")
    if sc.get("records"):
        b.add("\n")
        for k, v in sc["records"]:
            b.add(k, ": ", v, "\n")
    if sc.get("rows"):
        b.add("\n")
        lay_table_rows(b, rng, sc["rows"])
    b.add("\n", ctx["date"], "\n", pick(rng, ["", "The Mayor, ", "Head of Global Affairs, ", "Director General, "]),
          o.office[0], "\n")


def lay_table_case(b, rng, sc, ctx):
    """A whole document that is a ruled or box table of key/value pairs followed by a note."""
    o = ctx["o"]
    b.add(tseg(sc), "\n\n")
    recs = list(sc.get("records") or [])
    if not recs:
        recs = [("Subject", sc["subject"])]
    recs = recs + [("Officer", [o.rom, " / ", o.tel])]
    if rng.random() < .5:
        b.add("+------------------------+----------------------------------------+\n")
        for k, v in recs:
            b.add("| ", k.ljust(22), " | ", v, "\n")
        b.add("+------------------------+----------------------------------------+\n")
    else:
        b.add("┌──────────────┬──────────────────────────┐\n")
        for i, (k, v) in enumerate(recs):
            b.add("│ ", k, " │ ", v, " │\n")
            if i < len(recs) - 1:
                b.add("├──────────────┼──────────────────────────┤\n")
        b.add("└──────────────┴──────────────────────────┘\n")
    b.add("\nNotes\n")
    for para in sc["paras"]:
        b.add("* ", para, "\n")
    if sc.get("rows"):
        lay_table_rows(b, rng, sc["rows"])
    b.add("\n", o.office[0], " · ", o.team, " · ", ctx["date"], "\n")


LAYOUTS = [("letter", lay_letter, 3), ("email", lay_email, 3), ("memo", lay_memo, 2), ("minutes", lay_minutes, 1),
           ("kv", lay_kv, 2), ("bilingual", lay_bilingual, 2), ("bullets", lay_bullets, 2), ("notice", lay_notice, 2),
           ("table_case", lay_table_case, 2)]
PREFERRED = {"meeting notes": ["minutes", "memo", "bullets", "email"],
             "public notice": ["notice", "bilingual", "email", "bullets", "letter"],
             "participant list": ["notice", "email", "memo", "bullets", "kv", "bilingual"]}


def weighted(rng, items):
    tot = sum(w for *_, w in items)
    r = rng.random() * tot
    for it in items:
        r -= it[-1]
        if r <= 0:
            return it
    return items[-1]


def make_doc(rng, i, seed):
    off = pick(rng, OFFICES)
    district = off[1] if off[1] in STREETS else "Mapo-gu"
    o, o2, o3 = official(rng, off), official(rng, off), official(rng, off)
    d = rand_date(rng, 2025, 2026)
    BASE[0] = d
    ctx = dict(off=_OffT(off, o), o=o, o2=o2, o3=o3, district=district, date=fmt_date(rng, d))
    fn = weighted(rng, SCENARIOS)[0]
    sc = fn(rng, ctx)
    pref = PREFERRED.get(sc["kind"])
    if pref and rng.random() < .7:
        lname = pick(rng, pref)
        lay = [x for x in LAYOUTS if x[0] == lname][0]
    else:
        lay = weighted(rng, LAYOUTS)
    b = B()
    lay[1](b, rng, sc, ctx)
    text = b.text()
    ents = b.ents
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["text"].strip() == e["text"] and e["text"], e
    if "grade" in sc:
        grade, grounds = sc["grade"][0], list(sc["grade"][1])
    elif ents:
        grade, grounds = "partial", [6]
    else:
        grade, grounds = "public", []
    return {"id": f"{FAMILY}-{seed}-{i}", "lang": "en", "title": plain(tseg(sc)),
            "department": f"{off[0]}, {o.team}", "doc_type": f"{sc['kind']} ({lay[0]})",
            "approved_at": d.isoformat(), "drafter": o.hangul, "approver": o2.hangul,
            "approver_rank": pick(rng, ["팀장", "과장"]), "text": text, "entities": ents,
            "grade": grade, "grounds": grounds}


class _OffT(tuple):
    """Office tuple that also exposes the signing official's tel (used in some scenarios)."""

    def __new__(cls, off, o):
        t = super().__new__(cls, off)
        t.tel = o.tel
        return t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    docs = [make_doc(rng, i, a.seed) for i in range(1, a.n + 1)]
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            for e in d["entities"]:
                assert d["text"][e["start"]:e["end"]] == e["text"]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
