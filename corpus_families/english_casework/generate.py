#!/usr/bin/env python3
"""english_casework: English-language documents of a district office's global
(foreign-resident) centre, with gold PII spans (GUIDELINE.md).

python3 generate.py --n 200 --seed 1 --out docs.jsonl
Standard library only; deterministic for a given seed.
"""
import argparse
import json
import random
import string
import unicodedata

FAMILY = "english_casework"


# ----------------------------------------------------------------------------
# builder: pieces are str (plain text), E (entity) or lists of pieces
# ----------------------------------------------------------------------------
class E:
    __slots__ = ("text", "label")

    def __init__(self, text, label):
        self.text = text
        self.label = label


def plain(x):
    if isinstance(x, str):
        return x
    if isinstance(x, E):
        return x.text
    return "".join(plain(p) for p in x)


class B:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []

    def add(self, *xs):
        for x in xs:
            if x is None:
                continue
            if isinstance(x, str):
                if x.startswith(".") and self.buf and self.buf[-1].endswith("."):
                    x = x[1:]
                    if not x:
                        continue
                self.buf.append(x)
                self.n += len(x)
            elif isinstance(x, E):
                self.ents.append({"start": self.n, "end": self.n + len(x.text),
                                  "label": x.label, "text": x.text})
                self.buf.append(x.text)
                self.n += len(x.text)
            elif isinstance(x, (int, float)):
                self.add(str(x))
            else:
                self.add(*x)
        return self

    def f(self, tpl, **kw):
        """format-like: '{name}' fields take str / E / list values."""
        for lit, field, _spec, _conv in string.Formatter().parse(tpl):
            if lit:
                self.add(lit)
            if field is not None:
                self.add(kw[field])
        return self

    def line(self, tpl="", **kw):
        self.f(tpl, **kw)
        self.add("\n")
        return self

    def text(self):
        return "".join(self.buf)


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# ----------------------------------------------------------------------------
# vocabularies
# ----------------------------------------------------------------------------
DISTRICTS = [
    # name, ko, domain, office address (public building), office prefix, streets (en, ko)
    ("Mapo-gu", "마포구", "mapo.go.kr", "212 World Cup-ro, Mapo-gu, Seoul", "02-3153",
     [("Dohwa-gil", "도화길"), ("Mangwon-ro", "망원로"), ("Yeonnam-ro", "연남로"),
      ("Seongmisan-ro", "성미산로"), ("Worldcup-buk-ro", "월드컵북로"), ("Hapjeong-ro", "합정로")]),
    ("Guro-gu", "구로구", "guro.go.kr", "245 Gamasan-ro, Guro-gu, Seoul", "02-860",
     [("Garibong-ro", "가리봉로"), ("Guro-dong-ro", "구로동로"), ("Dorim-ro", "도림로"),
      ("Gurojungang-ro", "구로중앙로")]),
    ("Yeongdeungpo-gu", "영등포구", "ydp.go.kr", "123 Dangsan-ro, Yeongdeungpo-gu, Seoul", "02-2670",
     [("Daerim-ro", "대림로"), ("Dorim-ro", "도림로"), ("Singil-ro", "신길로"), ("Dorimcheon-ro", "도림천로")]),
    ("Geumcheon-gu", "금천구", "geumcheon.go.kr", "70 Siheung-daero 73-gil, Geumcheon-gu, Seoul", "02-2627",
     [("Siheung-daero", "시흥대로"), ("Beotkkot-ro", "벚꽃로"), ("Doksan-ro", "독산로"), ("Gasan-ro", "가산로")]),
    ("Gwangjin-gu", "광진구", "gwangjin.go.kr", "117 Jayang-ro, Gwangjin-gu, Seoul", "02-450",
     [("Jayang-ro", "자양로"), ("Neungdong-ro", "능동로"), ("Gwangnaru-ro", "광나루로"), ("Dongil-ro", "동일로")]),
    ("Seongdong-gu", "성동구", "sd.go.kr", "270 Gosanja-ro, Seongdong-gu, Seoul", "02-2286",
     [("Wangsimni-ro", "왕십리로"), ("Majang-ro", "마장로"), ("Seongsuil-ro", "성수일로")]),
    ("Dongdaemun-gu", "동대문구", "ddm.go.kr", "145 Cheonho-daero, Dongdaemun-gu, Seoul", "02-2127",
     [("Imun-ro", "이문로"), ("Hoegi-ro", "회기로"), ("Hwigyeong-ro", "휘경로"), ("Jangan-ro", "장안로")]),
]

CENTRE_NAMES = ["{d} Global Centre", "{d} Global Village Centre", "{d} Foreign Residents Support Centre",
                "Global Centre, {d} Office", "{d} Multicultural & Global Centre", "{d} Global Residents Centre"]
TEAMS = ["Global Policy Team", "Foreign Residents Support Team", "Multicultural Affairs Team",
         "Global Cooperation Team", "Resident Integration Team"]

# officials (stay visible when named in role)
OFFICIAL_NAMES = ["Kim Ji-won", "Lee Seung-hoon", "Choi Yun-seo", "Han Seo-yeon", "Oh Dong-hyun",
                  "Jung Hae-in", "Shin Mi-rae", "Yoon Tae-gyu", "Kang Bo-ra", "Seo Jun-ho",
                  "Baek Eun-ji", "Moon Ha-neul", "Ryu Ji-hoon", "Song Da-eun", "Hwang In-sook"]
OFFICIAL_KO = ["김지원", "이승훈", "최윤서", "한서연", "오동현", "정해인", "신미래", "윤태규", "강보라", "서준호"]

COMPANIES = [("Hanil Metal Co., Ltd.", "(주)한일금속"), ("Daesung Precision", "대성정밀"),
             ("Seoul Fresh Logistics Co.", "서울신선물류(주)"), ("Mirae Plastics", "미래플라스틱"),
             ("Jinwoo Textile", "진우섬유"), ("Gasan Electronics Ltd.", "가산전자(주)"),
             ("Hyundai Cleaning Service", "현대크리닝서비스"), ("Namsan Restaurant", "남산식당"),
             ("Dongbang Construction", "동방건설(주)"), ("Sejin Printing", "세진인쇄")]
HOSPITALS = ["Severance Hospital", "Seoul St. Mary's Hospital", "Ewha Womans University Mokdong Hospital",
             "Seoul Medical Center", "Boramae Medical Center", "Konkuk University Medical Center",
             "Hallym University Kangnam Sacred Heart Hospital", "Hanyang University Hospital",
             "Kyung Hee University Medical Center", "Guro Sungsim Hospital"]
SCHOOLS = ["Mangwon Elementary School", "Daerim Elementary School", "Garibong Middle School",
           "Seongsu Elementary School", "Jayang Middle School", "Imun Elementary School",
           "Dorim Elementary School", "Gasan Elementary School", "Hoegi High School"]
IMM_OFFICES = ["Seoul Southern Immigration Office", "Seoul Immigration Office",
               "Seoul Immigration Office Sejongno Branch", "Seoul Southern Immigration Office (Yangcheon-gu)"]
LABOUR_OFFICES = ["Seoul Western District Office of Employment and Labor",
                  "Seoul Southern District Office of Employment and Labor",
                  "Seoul Gwanak District Office of Employment and Labor",
                  "Seoul Eastern District Office of Employment and Labor"]
HOTLINES = [("the Immigration Contact Center", "1345"), ("Danuri Helpline", "1577-1366"),
            ("the Ministry of Employment and Labor call centre", "1350"),
            ("Seoul Dasan Call Center", "120"), ("Korea Legal Aid Corporation", "132"),
            ("the Seoul Global Center", "02-2075-4180"), ("the Emergency Support Center for Migrant Women", "1577-1366")]
STATUTES = ["Article 25 of the Immigration Act", "Article 36 of the Labor Standards Act",
            "Article 43 of the Labor Standards Act", "the Housing Lease Protection Act (Act No. 18928, amended 18 Jan. 2022)",
            "Article 19 of the Enforcement Decree of the Elementary and Secondary Education Act",
            "the Framework Act on Treatment of Foreigners Residing in the Republic of Korea (Act No. 8442)",
            "Article 11 of the Multicultural Families Support Act", "the Wage Claim Guarantee Act",
            "Article 31 of the Immigration Act", "the Act on the Employment, etc. of Foreign Workers"]

# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------
class Person:
    """forms: full, family, given, title (Mr/Ms), hangul optional, nat."""

    def __init__(self, full, family, given, sex, nat, hangul=None, upper=None, comma=None, korean=False):
        self.full, self.family, self.given, self.sex, self.nat = full, family, given, sex, nat
        self.hangul, self.upper, self.comma, self.korean = hangul, upper, comma, korean

    def title(self, rng):
        if self.sex == "f":
            return rng.choice(["Ms ", "Ms. ", "Mrs ", "Ms "])
        return rng.choice(["Mr ", "Mr. "])

    # reference helpers returning pieces
    def name(self, rng, style=None):
        opts = ["full"] * 5 + ["upper"] * (1 if self.upper else 0) + ["comma"] * (1 if self.comma else 0) + \
               ["hangul"] * (1 if self.hangul else 0)
        style = style or rng.choice(opts)
        if style == "upper" and self.upper:
            return E(self.upper, "PERSON")
        if style == "comma" and self.comma:
            return E(self.comma, "PERSON")
        if style == "hangul" and self.hangul:
            return E(self.hangul, "PERSON")
        if style == "both" and self.hangul:
            return [E(self.full, "PERSON"), " (", E(self.hangul, "PERSON"), ")"]
        return E(self.full, "PERSON")

    def short(self, rng):
        """second mention: Ms Tran / Dilnoza / Mr O'Connor"""
        r = rng.random()
        if self.given and r < 0.3 and not self.korean:
            return E(self.given, "PERSON")
        if self.hangul and r < 0.38:
            return [E(self.hangul, "PERSON"), rng.choice([" 씨", " 님", ""])]
        return [self.title(rng), E(self.family, "PERSON")]

    def dear(self, rng):
        if rng.random() < 0.25:
            return E(self.full, "PERSON")
        return [self.title(rng).replace("Mrs", "Ms"), E(self.family, "PERSON")]


VN_FAM = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo", "Duong", "Ly"]
VN_F = ["Mai", "Lan", "Huong", "Phuong", "Thao", "Linh", "Ngoc Anh", "Thu Trang", "Hanh", "Yen"]
VN_M = ["An", "Hung", "Tuan", "Quang", "Dung", "Minh", "Duc Anh", "Khanh", "Long", "Phuc"]
VN_HANGUL = {"Nguyen": "응우옌", "Tran": "쩐", "Le": "레", "Pham": "팜", "Hoang": "호앙", "Vu": "부"}
UZ = [("Dilnoza", "Karimova", "f"), ("Rustam", "Yusupov", "m"), ("Sardor", "Rakhimov", "m"),
      ("Malika", "Ismoilova", "f"), ("Bekzod", "Abdullaev", "m"), ("Gulnora", "Tursunova", "f"),
      ("Jasur", "Nematov", "m"), ("Nodira", "Saidova", "f"), ("Shakhzod", "Kholmatov", "m")]
CN = [("Wang", "Lei", "m"), ("Zhang", "Wei", "m"), ("Li", "Na", "f"), ("Liu", "Yang", "f"),
      ("Chen", "Jing", "f"), ("Zhao", "Min", "m"), ("Sun", "Xiaoyu", "f"), ("Huang", "Jun", "m")]
CN_KO = [("김춘화", "f"), ("박성철", "m"), ("리명숙", "f"), ("최광호", "m"), ("허금순", "f"), ("남궁룡", "m")]
PH = [("Maria", "Santos", "f"), ("Jose", "dela Cruz", "m"), ("Ana", "Reyes", "f"),
      ("Mark Anthony", "Villanueva", "m"), ("Rowena", "Bautista", "f"), ("Jennifer", "Garcia", "f"),
      ("Rhea Mae", "Del Rosario", "f")]
NP = [("Ram Bahadur", "Gurung", "m"), ("Sita", "Tamang", "f"), ("Bikash", "Shrestha", "m"),
      ("Anita", "Rai", "f"), ("Suman", "Magar", "m")]
MN = [("Batbayar", "Ganbold", "m"), ("Oyunchimeg", "Dorj", "f"), ("Enkhjargal", "Bat-Erdene", "f"),
      ("Tserendorj", "Munkh-Ochir", "m"), ("Nomin", "Tsogtbaatar", "f")]
KH = [("Dara", "Sok", "m"), ("Sophea", "Chan", "f"), ("Vanna", "Keo", "f"), ("Rith", "Heng", "m")]
ID = [("Siti", "Rahayu", "f"), ("Agus", "Setiawan", "m"), ("Dewi", "Lestari", "f"), ("Sutrisno", "", "m")]
TH = [("Somchai", "Wongsawat", "m"), ("Nattaya", "Srisuk", "f"), ("Kannika", "Boonmee", "f")]
MM = [("Aung Kyaw", "Zaw", "m"), ("Thandar", "Hlaing", "f"), ("Min Thu", "Ko", "m")]
LK = [("Kumara", "Perera", "m"), ("Nimali", "Fernando", "f"), ("Chaminda", "Silva", "m")]
BD = [("Mohammad Rahim", "Uddin", "m"), ("Nusrat", "Jahan", "f"), ("Abdul", "Karim", "m")]
CIS = [("Aigerim", "Sadykova", "f"), ("Olga", "Ivanova", "f"), ("Dmitry", "Kim", "m"),
       ("Timur", "Akhmetov", "m"), ("Yelena", "Pak", "f")]
WEST = [("Sean", "O'Connor", "m", "Ireland"), ("Emily", "Clarke", "f", "United Kingdom"),
        ("Daniel", "McAllister", "m", "Canada"), ("Sophie", "Dubois", "f", "France"),
        ("Lukas", "Müller", "m", "Germany"), ("Chloé", "Martin", "f", "France"),
        ("Ahmed", "El-Sayed", "m", "Egypt"), ("Fatima Zahra", "Benali", "f", "Morocco"),
        ("Chinedu", "Okafor", "m", "Nigeria"), ("Adaeze", "Nwosu", "f", "Nigeria"),
        ("Jessica", "Thompson", "f", "United States"), ("Michael", "Rodriguez", "m", "United States")]
KR = [("Kim", "Min-ji", "김민지", "f"), ("Park", "Soo-jin", "박수진", "f"), ("Lee", "Jae-seok", "이재석", "m"),
      ("Namgung", "Min-su", "남궁민수", "m"), ("Hwangbo", "Yeon", "황보연", "f"), ("Seonwoo", "Ha-eun", "선우하은", "f"),
      ("Jegal", "Sung", "제갈성", "m"), ("Choi", "Young-ho", "최영호", "m"), ("Jang", "Mi-kyung", "장미경", "f"),
      ("Yoo", "Seok", "유석", "m"), ("Dokgo", "Jin", "독고진", "m"), ("Sagong", "Eun-hye", "사공은혜", "f"),
      ("Hong", "Jae-seok", "홍재석", "m"), ("Bae", "Kyung-sook", "배경숙", "f"), ("Jeon", "Dong-wook", "전동욱", "m")]
HANJA = {"홍재석": "洪在錫", "김민지": "金敏智", "이재석": "李在錫", "최영호": "崔永浩"}

NATS = ["Viet Nam", "Uzbekistan", "China", "China (Korean-Chinese)", "Philippines", "Nepal", "Mongolia",
        "Cambodia", "Indonesia", "Thailand", "Myanmar", "Sri Lanka", "Bangladesh", "Kazakhstan", "Russia", "west"]
LANG_OF = {"Viet Nam": "Vietnamese", "Uzbekistan": "Uzbek", "China": "Chinese", "China (Korean-Chinese)": "Korean",
           "Philippines": "Tagalog", "Nepal": "Nepali", "Mongolia": "Mongolian", "Cambodia": "Khmer",
           "Indonesia": "Indonesian", "Thailand": "Thai", "Myanmar": "Burmese", "Sri Lanka": "Sinhala",
           "Bangladesh": "Bengali", "Kazakhstan": "Russian", "Russia": "Russian"}


def foreigner(rng, nat=None):
    if nat is not None and nat not in NATS:
        nat = "west"
    nat = nat or rng.choice(NATS)
    if nat == "Viet Nam":
        fam = rng.choice(VN_FAM)
        sex = rng.choice("fm")
        mid = "Thi" if sex == "f" else rng.choice(["Van", "Minh", "Duc", "Van", "Quoc"])
        giv = rng.choice(VN_F if sex == "f" else VN_M)
        full = f"{fam} {mid} {giv}"
        hg = None
        if fam in VN_HANGUL and rng.random() < 0.3:
            hg = VN_HANGUL[fam] + " " + rng.choice(["티 마이", "반 안", "티 란", "반 훙", "티 흐엉"])
        return Person(full, fam, giv, sex, nat, hangul=hg, upper=full.upper(), comma=f"{fam.upper()}, {mid} {giv}")
    if nat == "China":
        fam, giv, sex = rng.choice(CN)
        full = f"{fam} {giv}"
        return Person(full, fam, giv, sex, nat, upper=f"{fam.upper()} {giv.upper()}", comma=f"{fam}, {giv}")
    if nat == "China (Korean-Chinese)":
        hg, sex = rng.choice(CN_KO)
        rom = {"김춘화": ("Jin", "Chunhua"), "박성철": ("Piao", "Chengzhe"), "리명숙": ("Li", "Mingshu"),
               "최광호": ("Cui", "Guanghao"), "허금순": ("Xu", "Jinshun"), "남궁룡": ("Nangong", "Long")}[hg]
        return Person(f"{rom[0]} {rom[1]}", rom[0], rom[1], sex, nat, hangul=hg,
                      upper=f"{rom[0].upper()} {rom[1].upper()}", korean=True)
    if nat == "west":
        g, fam, sex, country = rng.choice(WEST)
        return Person(f"{g} {fam}", fam, g, sex, country, upper=f"{fam.upper()}, {g.upper()}", comma=f"{fam}, {g}")
    pool = {"Uzbekistan": UZ, "Philippines": PH, "Nepal": NP, "Mongolia": MN, "Cambodia": KH, "Indonesia": ID,
            "Thailand": TH, "Myanmar": MM, "Sri Lanka": LK, "Bangladesh": BD, "Kazakhstan": CIS, "Russia": CIS}[nat]
    g, fam, sex = rng.choice(pool)
    if nat == "Cambodia":  # family name first
        return Person(f"{fam} {g}", fam, g, sex, nat, upper=f"{fam.upper()} {g.upper()}")
    if not fam:  # mononym
        return Person(g, g, g, sex, nat, upper=g.upper())
    if nat == "Mongolia" and rng.random() < 0.5:
        full = f"{fam[0]}. {g}"  # patronymic initial, Mongolian style
        return Person(full, g, g, sex, nat, upper=f"{fam.upper()} {g.upper()}")
    return Person(f"{g} {fam}", fam, g, sex, nat, upper=f"{fam.upper()} {g.upper()}", comma=f"{fam}, {g}")


def other(rng, p, same_nat=True):
    """a different person, of the same nationality where possible"""
    for _ in range(20):
        q = foreigner(rng, p.nat if same_nat else None)
        if q.full != p.full and q.given != p.given and q.family != p.family:
            return q
    return foreigner(rng, "west")


def korean(rng):
    fam, giv, hg, sex = rng.choice(KR)
    r = rng.random()
    if r < 0.15 and hg in HANJA:
        hg2 = HANJA[hg]
    elif r < 0.3 and len(hg) == 3:
        hg2 = hg[0] + " " + hg[1:]
    else:
        hg2 = hg
    full = f"{fam} {giv}"
    upper = f"{fam.upper()} {giv.replace('-', '').upper()}"
    return Person(full, fam, giv.replace("-", ""), sex, "Republic of Korea", hangul=hg2, upper=upper,
                  comma=f"{fam}, {giv}", korean=True)


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def mobile(rng):
    a, b = str(rng.randint(2000, 9999)), digits(rng, 4)
    s = rng.choice(["{}-{}-{}", "{} {} {}", "{}{}{}", "{}.{}.{}", "+82 10-{1}-{2}", "+82-10-{1}-{2}",
                    "+82 10 {1} {2}", "(+82) 10-{1}-{2}", "{}-{}-{}", "{}-{}-{}"])
    if "+82" in s:
        txt = s.format("010", a, b)
    else:
        txt = s.format("010", a, b)
    return E(txt, "PHONE")


def home_phone(rng):
    return E(rng.choice(["02-{}-{}", "(02) {}-{}", "02-{}-{}"]).format(rng.randint(300, 999), digits(rng, 4)), "PHONE")


def office_line(ctx, rng):
    return f"{ctx['prefix']}-{rng.randint(1000, 9999)}" if rng.random() < 0.5 else ctx["line"]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fmt_date(rng, y, m, d, style=None):
    style = style or rng.choice(["iso", "dmy", "mdy", "dot", "slash", "abbr", "ko", "short"])
    if style == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    if style == "dmy":
        return f"{d} {MONTHS[m - 1]} {y}"
    if style == "mdy":
        return f"{MONTHS[m - 1]} {d}, {y}"
    if style == "dot":
        return f"{y}. {m}. {d}."
    if style == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "abbr":
        return f"{d} {MONTHS[m - 1][:3]} {y}"
    if style == "ko":
        return f"{y}년 {m}월 {d}일"
    return f"'{y % 100:02d}.{m}.{d}."


def rand_day(rng, y0=2025, y1=2026):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12 if y < 2026 else 6)
    d = rng.randint(1, 28)
    return y, m, d


def birth(rng, y0=1962, y1=2003):
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def birth_e(rng, b, style=None):
    return E(fmt_date(rng, *b, style=style or rng.choice(["iso", "dmy", "mdy", "dot", "slash", "abbr"])), "BIRTH_DATE")


def frn(rng, b, hide=False):
    y, m, d = b
    s = rng.choice("56") if y < 2000 else rng.choice("78")
    front = f"{y % 100:02d}{m:02d}{d:02d}"
    back = s + ("******" if hide else digits(rng, 6))
    sep = rng.choice(["-", "-", "-", " ", "", " - "])
    return E(front + sep + back, "KR_FRN")


def rrn(rng, b, sex="m", hide=False):
    y, m, d = b
    s = ("1" if sex == "m" else "2") if y < 2000 else ("3" if sex == "m" else "4")
    back = s + ("******" if hide else digits(rng, 6))
    return E(f"{y % 100:02d}{m:02d}{d:02d}" + rng.choice(["-", "-", " "]) + back, "KR_RRN")


def passport(rng, nat):
    L = string.ascii_uppercase
    pat = {"Viet Nam": "C#######", "China": "E########", "China (Korean-Chinese)": "EJ#######",
           "Philippines": "P#######A", "Uzbekistan": "FA#######", "Nepal": "PA#######", "Mongolia": "E#######",
           "Cambodia": "N#######", "Indonesia": "X#######", "Thailand": "AA#######", "Myanmar": "MH######",
           "Sri Lanka": "N#######", "Bangladesh": "A########", "Kazakhstan": "N########", "Russia": "75#######",
           "Republic of Korea": "M###A####"}.get(nat, rng.choice(["#########", "PA#######", "C01X#####", "A########"]))
    out = ""
    for c in pat:
        if c == "#":
            out += rng.choice("0123456789")
        elif c == "A" and pat.endswith("A") and c is pat[-1]:
            out += rng.choice(L)
        else:
            out += c
    return E(out, "KR_PASSPORT")


BANKS = [("Shinhan Bank", "110-{}-{}", (3, 6)), ("KB Kookmin Bank", "{}-01-{}", (6, 6)),
         ("Woori Bank", "1002-{}-{}", (3, 6)), ("Hana Bank", "{}-910{}-07", (3, 5)),
         ("NH Nonghyup Bank", "302-{}-{}-91", (4, 4)), ("IBK", "010-{}-01-{}", (6, 3)),
         ("Kakao Bank", "3333-{}-{}", (2, 7)), ("우리은행", "1002-{}-{}", (3, 6)),
         ("국민은행", "{}-04-{}", (6, 6)), ("신한은행", "110-{}-{}", (3, 6)), ("Citibank Korea", "{}-{}-01", (3, 6))]


def bank(rng):
    name, pat, (a, b) = rng.choice(BANKS)
    num = pat.format(digits(rng, a), digits(rng, b))
    if rng.random() < 0.15:
        num = num.replace("-", "")
    return name, E(num, "BANK_ACCOUNT")


def plate(rng):
    h = rng.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호")
    s = rng.choice(["{a}{h} {b}", "{a}{h}{b}", "서울 {a}{h} {b}", "서울{a}{h}{b}", "{a}{h} {b}"])
    a = str(rng.randint(10, 399)) if rng.random() < 0.6 else str(rng.randint(10, 99))
    return E(s.format(a=a, h=h, b=digits(rng, 4)), "VEHICLE_PLATE")


def licence(rng):
    return E(rng.choice(["11-{}-{}-{}", "서울 {}-{}-{}", "12-{}-{}-{}"]).format(
        digits(rng, 2), digits(rng, 6), digits(rng, 2)), "KR_DRIVER_LICENSE")


def email_of(rng, p):
    base = p.given.split()[0].lower() if p.given else p.family.lower()
    fam = p.family.lower().replace("'", "").replace(" ", "").replace("-", "")
    base = base.replace("'", "").replace("é", "e").replace("ü", "u")
    fam = fam.replace("é", "e").replace("ü", "u")
    user = rng.choice([f"{base}.{fam}", f"{fam}{base}{rng.randint(1, 99)}", f"{base}{rng.randint(80, 2005)}",
                       f"{fam}.{base[0]}", f"{base}_{fam}{rng.randint(1, 9)}"])
    dom = rng.choice(["gmail.com", "gmail.com", "naver.com", "hotmail.com", "yahoo.com", "daum.net", "outlook.com",
                      "yandex.ru", "mail.ru", "qq.com"])
    return E(f"{user}@{dom}", "EMAIL")


def address_en(rng, ctx, unit=True):
    st_en, _ = rng.choice(ctx["streets"])
    num = rng.choice([f"{rng.randint(2, 160)}", f"{rng.randint(2, 90)}-{rng.randint(1, 30)}"])
    st = st_en if rng.random() < 0.5 else f"{st_en} {rng.randint(1, 30)}-gil".replace("-ro ", "-ro ")
    d = ctx["d"]
    city = rng.choice([", Seoul", ", Seoul", "", ", Seoul, Republic of Korea"])
    u = rng.choice([f"Flat {rng.randint(101, 905)}", f"Room {rng.randint(101, 505)}", f"Apt. {rng.randint(101, 1504)}",
                    f"Unit B{rng.randint(1, 3):02d}", f"#{rng.randint(201, 403)}", f"{rng.randint(101, 112)}-dong {rng.randint(101, 1504)}-ho"])
    style = rng.randint(0, 3)
    if not unit:
        return E(f"{num} {st}, {d}{city}", "ADDRESS")
    if style == 0:
        return E(f"{u}, {num} {st}, {d}{city}", "ADDRESS")
    if style == 1:
        return E(f"{num}, {st}, {d}{city} ({u})", "ADDRESS")
    if style == 2:
        return E(f"{num} {st} {u}, {d}{city}", "ADDRESS")
    return E(f"{u}, {num}, {st}, {d}{city}", "ADDRESS")


def address_ko(rng, ctx):
    _, st_ko = rng.choice(ctx["streets"])
    gil = f"{rng.randint(1, 30)}길" if rng.random() < 0.5 else ""
    num = rng.choice([f"{rng.randint(2, 160)}", f"{rng.randint(2, 90)}-{rng.randint(1, 30)}"])
    city = rng.choice(["서울특별시 ", "서울 ", ""])
    unit = rng.choice([f", {rng.randint(101, 905)}호", f" {rng.randint(101, 112)}동 {rng.randint(101, 1504)}호",
                       " 지하1층", f", {rng.randint(2, 5)}층 {rng.randint(201, 505)}호", ""])
    return E(f"{city}{ctx['ko']} {st_ko}{gil} {num}{unit}", "ADDRESS")


def home_country_addr(rng, nat):
    return E(rng.choice({
        "Viet Nam": ["Thon 5, Xa An Binh, Nam Sach, Hai Duong", "So 12 ngo 45 Nguyen Trai, Thanh Xuan, Ha Noi"],
        "Uzbekistan": ["Mustaqillik str. 14-27, Samarkand", "Navoi street 8, Fergana"],
        "Philippines": ["Purok 3, Brgy. San Isidro, Tarlac City", "Blk 4 Lot 12, Camella Homes, Cavite"],
        "Nepal": ["Ward No. 4, Pokhara-12, Kaski"], "Mongolia": ["Bayanzurkh district, 13th khoroo, bldg 45-12, Ulaanbaatar"],
        "Cambodia": ["Phum Kok, Sangkat Chbar Ampov, Phnom Penh"]}.get(nat, ["Jl. Melati No. 7, Bandung"])), "ADDRESS")


HEALTH = {
    "preg": ["pregnant (28 weeks)", "24 weeks pregnant", "pregnant with her second child", "gestational diabetes",
             "a threatened miscarriage", "pre-eclampsia", "pregnant (approx. 30 weeks)"],
    "injury": ["a fractured left wrist", "a crush injury to two fingers of the right hand", "a lumbar disc herniation",
               "second-degree burns on the forearm", "a torn ligament in the right knee", "a fractured ankle",
               "a head injury (concussion)", "chemical burns to both eyes", "three fractured ribs"],
    "ill": ["hepatitis B", "pulmonary tuberculosis", "type 2 diabetes", "major depressive disorder",
            "chronic kidney failure (on dialysis)", "breast cancer (stage II)", "hypertension",
            "panic disorder", "HIV infection", "epilepsy", "thyroid cancer", "severe anaemia"],
    "child": ["autism spectrum disorder", "developmental delay", "asthma", "ADHD", "a congenital heart defect",
              "hearing impairment", "atopic dermatitis"],
}


def health(rng, kind):
    return E(rng.choice(HEALTH[kind]), "HEALTH_INFO")


def money(rng, lo, hi, step=10000):
    v = rng.randint(lo // step, hi // step) * step
    return rng.choice(["KRW {:,}", "{:,} won", "₩{:,}", "KRW {:,}"]).format(v)


def docno(rng, ctx):
    return rng.choice(["{a}-{y}-{n:04d}", "GC-{y}-{n:03d}", "{a} Global {y}/{n}", "글로벌센터-{n}"]).format(
        a=ctx["d"].split("-")[0], y=ctx["y"], n=rng.randint(12, 1800))


# ----------------------------------------------------------------------------
# context
# ----------------------------------------------------------------------------
def make_ctx(rng):
    d, ko, dom, oaddr, prefix, streets = rng.choice(DISTRICTS)
    y, m, dd = rand_day(rng)
    ctx = dict(d=d, ko=ko, dom=dom, oaddr=oaddr, prefix=prefix, streets=streets, y=y, m=m, dd=dd)
    ctx["centre"] = rng.choice(CENTRE_NAMES).format(d=d)
    ctx["team"] = rng.choice(TEAMS)
    ctx["line"] = f"{prefix}-{rng.randint(1000, 9999)}"
    ctx["email"] = rng.choice(["global", "globalcentre", "foreigner", "gc", "multiculture", "global.help"]) + "@" + dom
    offs = rng.sample(OFFICIAL_NAMES, 4)
    ctx["officer"], ctx["leader"], ctx["director"], ctx["officer2"] = offs
    ctx["officer_mail"] = offs[0].split()[1].lower().replace("-", "") + offs[0].split()[0].lower() + "@" + dom
    ctx["ko_off"] = OFFICIAL_KO[OFFICIAL_NAMES.index(offs[0])] if OFFICIAL_NAMES.index(offs[0]) < len(OFFICIAL_KO) else offs[0]
    ctx["date"] = (y, m, dd)
    return ctx


def dstr(rng, ctx, style=None, shift=0):
    y, m, d = ctx["date"]
    d = max(1, min(28, d + shift))
    return fmt_date(rng, y, m, d, style)


def role_officer(rng, ctx):
    return rng.choice([f"Officer {ctx['officer']}", f"{ctx['officer']} (case officer)",
                       f"case officer {ctx['officer']}", f"주무관 {ctx['ko_off']}",
                       f"{ctx['officer']}, Global Centre officer"])


def role_leader(rng, ctx):
    return rng.choice([f"Team Leader {ctx['leader']}", f"{ctx['leader']} (team leader)",
                       f"{ctx['leader']}, Head of {ctx['team']}", f"team leader {ctx['leader']}"])


def signature(b, rng, ctx, who=None):
    who = who or rng.choice(["officer", "leader"])
    name = ctx["officer"] if who == "officer" else ctx["leader"]
    rank = rng.choice(["Officer", "Counsellor (public official)", "Administrative Officer"]) if who == "officer" \
        else rng.choice(["Team Leader", "Head of Team"])
    sep = rng.choice(["--", "-- ", "________________", "", "—"])
    if sep:
        b.line(sep)
    b.line(name)
    b.line(f"{rank}, {ctx['team']}")
    b.line(ctx["centre"])
    b.line(rng.choice(["Tel. {l}", "T: {l}", "Office: {l}", "Tel +82-{l2}", "☎ {l}"]).format(l=ctx["line"], l2=ctx["line"][1:]))
    if rng.random() < 0.7:
        b.line(rng.choice(["E-mail: {e}", "{e}", "Email {e}"]).format(e=rng.choice([ctx["email"], ctx["officer_mail"]])))
    if rng.random() < 0.5:
        b.line(ctx["oaddr"])


def hard_negative_line(b, rng, ctx):
    """one line of visible-only material"""
    c = rng.randrange(7)
    if c == 0:
        h, n = rng.choice(HOTLINES)
        b.line(f"For out-of-hours help, residents may call {h} ({n}).")
    elif c == 1:
        b.line(f"Legal basis: {rng.choice(STATUTES)}.")
    elif c == 2:
        b.line(f"※ 문의: {ctx['centre']} ({ctx['line']}), {ctx['oaddr']}")
    elif c == 3:
        b.line(f"Budget: {rng.choice(['2026 Foreign Residents Settlement Support', 'Multicultural Family Support', 'Global Centre operations'])} "
               f"programme ({money(rng, 3000000, 90000000, 100000)}).")
    elif c == 4:
        b.line(f"Reviewed by {role_leader(rng, ctx)}; Director {ctx['director']} informed.")
    elif c == 5:
        b.line(f"본 건은 {ctx['centre']}에서 안내 및 조사 후 정비하여 유지 관리함. (담당 주무관 {ctx['ko_off']})")
    else:
        b.line(f"Ref. {docno(rng, ctx)} / filed {dstr(rng, ctx)}")


# ----------------------------------------------------------------------------
# layouts
# ----------------------------------------------------------------------------
CASE_KINDS = ["deposit", "wages", "visa", "school", "medical"]


def kv_lines(b, rng, rows):
    """rows: list of (label_variants, value_pieces)"""
    style = rng.randrange(5)
    labels = [rng.choice(l) if isinstance(l, list) else l for l, _ in rows]
    width = max(len(x) for x in labels) + 1
    for lab, (_, val) in zip(labels, rows):
        if style == 0:
            b.line("{l}: {v}", l=lab, v=val)
        elif style == 1:
            b.line("{l}{v}", l=(lab + " ").ljust(width + 2, "."), v=[" ", val])
        elif style == 2:
            b.line("{l}\t{v}", l=lab, v=val)
        elif style == 3:
            b.line("- {l} : {v}", l=lab, v=val)
        else:
            b.line("[{l}] {v}", l=lab, v=val)


def layout_casenote(rng, ctx):
    b = B()
    kind = rng.choice(CASE_KINDS)
    p = foreigner(rng)
    bd = birth(rng, 1975, 1996) if kind == "school" else birth(rng)
    heading = rng.choice(["CASE NOTE", "Case record", "Consultation record", "CASE FILE — Client contact log",
                          "상담일지 / Case note"])
    kname = {"deposit": "housing deposit", "wages": "unpaid wages", "visa": "visa extension",
             "school": "school enrolment", "medical": "medical interpreting"}[kind]
    b.line(f"{ctx['centre']} | {heading}")
    b.line(f"Case no. {docno(rng, ctx)}    Opened: {dstr(rng, ctx)}")
    b.line(rng.choice(["=" * 48, "-" * 40, "", "~" * 30]))
    rows = [(["Name", "Client", "Resident", "Applicant", "Full name (as on ARC)", "Service user", "성명"], p.name(rng)),
            (["Nationality", "Country", "국적"], p.nat)]
    if rng.random() < 0.7:
        rows.append((["DOB", "Date of birth", "Born", "생년월일"], birth_e(rng, bd)))
    if rng.random() < 0.6:
        rows.append((["ARC No.", "Alien reg. no.", "Registration No.", "외국인등록번호", "ARC"], frn(rng, bd, hide=rng.random() < 0.15)))
    if kind == "visa" or rng.random() < 0.3:
        rows.append((["Passport", "Passport No.", "여권번호"], passport(rng, p.nat)))
    rows.append((["Mobile", "Tel", "Contact", "H.P.", "Phone", "연락처"], mobile(rng)))
    if rng.random() < 0.5:
        rows.append((["E-mail", "Email", "이메일"], email_of(rng, p)))
    if rng.random() < 0.7:
        rows.append((["Address", "Home address", "Residence", "주소"],
                     address_en(rng, ctx) if rng.random() < 0.6 else address_ko(rng, ctx)))
    rows.append((["Request", "Issue", "Subject", "상담분야"], kname))
    rows.append((["Language", "Interpreting", "Lang."], LANG_OF.get(p.nat, "English")))
    rows.append((["Officer", "Handled by", "담당"], role_officer(rng, ctx)))
    kv_lines(b, rng, rows)
    b.line()
    b.line(rng.choice(["Progress notes", "NOTES", "Log", "경과", "Action log"]) + ":")
    bullet = rng.choice(["- ", "• ", "▶ ", "* ", "  "])
    s = p.short(rng)
    extra_grounds = []
    d1, d2, d3 = dstr(rng, ctx), dstr(rng, ctx, shift=3), dstr(rng, ctx, shift=9)
    if kind == "deposit":
        ll = korean(rng)
        amt = money(rng, 3000000, 50000000, 1000000)
        b.line("{b}{d}: {s} visited with the lease contract. Deposit {a} not returned since the lease ended on {e}. "
               "Landlord {ll} says a new tenant must be found first.", b=bullet, d=d1, s=s, a=amt, ll=ll.name(rng, "both" if rng.random() < 0.4 else None),
               e=dstr(rng, ctx, shift=-5))
        b.line("{b}{d}: Called the landlord on {ph}; no answer. Left message via 문자.", b=bullet, d=d2, ph=mobile(rng))
        b.line("{b}{d}: Referred to the Seoul Housing Lease Dispute Mediation Committee; explained the lease registration order "
               "(임차권등기명령) under {st}. Korea Legal Aid Corporation (132) to assist.", b=bullet, d=d3, st=STATUTES[3])
        if rng.random() < 0.5:
            b.line("{b}Client moved temporarily to a friend's place, {a}.", b=bullet, a=address_en(rng, ctx))
    elif kind == "wages":
        co, coko = rng.choice(COMPANIES)
        bn, acct = bank(rng)
        b.line("{b}{d}: {s} reports {m} unpaid for {k} months at {co} ({ko}, business reg. no. {br}). "
               "Worked as a machine operator; left the job on {e}.", b=bullet, d=d1, s=s, m=money(rng, 1500000, 12000000),
               k=rng.randint(2, 6), co=co, ko=coko, br=f"{rng.randint(100, 899)}-{rng.randint(10, 99)}-{digits(rng, 5)}",
               e=dstr(rng, ctx, shift=-12))
        b.line("{b}{d}: Helped fill in the petition to the {lo} ({st}). Account for payment: {bn} {ac} (holder: {nm}).",
               b=bullet, d=d2, lo=rng.choice(LABOUR_OFFICES), st=rng.choice(STATUTES[1:3]), bn=bn, ac=acct, nm=p.name(rng, "upper"))
        if rng.random() < 0.5:
            w = other(rng, p)
            b.line("{b}Co-worker {w} ({ph}) will act as witness.", b=bullet, w=w.name(rng), ph=mobile(rng))
        b.line("{b}{d}: Company representative line (02-{x}-{y}) confirmed the labour inspector's date.", b=bullet, d=d3,
               x=rng.randint(300, 999), y=digits(rng, 4))
        if rng.random() < 0.3:
            extra_grounds = [4]
    elif kind == "visa":
        b.line("{b}{d}: {s} holds E-9 status expiring on {e}; wants to apply for an extension at the {io}.",
               b=bullet, d=d1, s=s, e=dstr(rng, ctx, shift=20), io=rng.choice(IMM_OFFICES))
        b.line("{b}{d}: Booked an online reservation at HiKorea; advised on documents (passport, ARC, employment contract, "
               "fee {f}). Basis: {st}.", b=bullet, d=d2, f=money(rng, 60000, 130000), st=STATUTES[0])
        if rng.random() < 0.5:
            sp = korean(rng)
            sb = birth(rng, 1960, 1995)
            b.line("{b}Spouse {sp} (born {bd2}, RRN {rr}) to provide the marriage certificate for F-6 change.",
                   b=bullet, sp=sp.name(rng, "both"), bd2=birth_e(rng, sb, "dmy"), rr=rrn(rng, sb, sp.sex))
        b.line("{b}{d}: Further questions -> {h} (1345).", b=bullet, d=d3, h="Immigration Contact Center")
    elif kind == "school":
        ch = other(rng, p)
        cb = birth(rng, 2012, 2019)
        b.line("{b}{d}: {s} asks to enrol {rel} {c} (born {cb}) at {sc}; the child arrived in Korea on {a}.",
               b=bullet, d=d1, s=s, rel="daughter" if ch.sex == "f" else "son", c=ch.given and E(ch.given, "PERSON") or ch.name(rng), cb=birth_e(rng, cb),
               sc=rng.choice(SCHOOLS), a=dstr(rng, ctx, shift=-8))
        b.line("{b}{d}: Contacted the school administration office (official line); documents: entry record, "
               "tenancy contract, vaccination record. No birth certificate available — guarantee letter per {st}.",
               b=bullet, d=d2, st=STATUTES[4])
        if rng.random() < 0.5:
            b.line("{b}Teacher noted the child has {h}; Korean-language class (KSL) recommended.", b=bullet, h=health(rng, "child"))
    else:
        hosp = rng.choice(HOSPITALS)
        kindh = rng.choice(["preg", "ill", "injury"])
        it = other(rng, p) if p.nat != "west" else korean(rng)
        b.line("{b}{d}: Request for an interpreter at {h} on {a}. {s} was diagnosed with {hi}.",
               b=bullet, d=d1, h=hosp, a=dstr(rng, ctx, shift=4), s=s, hi=health(rng, kindh))
        b.line("{b}{d}: Volunteer interpreter {i} ({ph}) assigned; 2 hrs, fee {f} from the programme budget.",
               b=bullet, d=d2, i=it.name(rng), ph=mobile(rng), f=money(rng, 40000, 80000))
        b.line("{b}{d}: Follow-up: hospital social worker (official line) confirmed the medical fee reduction.", b=bullet, d=d3)
    if rng.random() < 0.4:
        b.line("{b}Resident A (roommate) was also mentioned but asked not to be named.", b=bullet)
    b.line()
    hard_negative_line(b, rng, ctx)
    if rng.random() < 0.5:
        b.line("※ 개인정보 포함 문서 — 외부 제공 시 마스킹 후 공개")
    grade, grounds = "partial", [6]
    if extra_grounds:
        grade, grounds = "nonpublic", [4, 6]
    meta = dict(title=f"Case note – {kname} ({p.nat})", doc_type="case note")
    return b, meta, grade, grounds


def layout_email(rng, ctx):
    b = B()
    p = foreigner(rng)
    pm = email_of(rng, p)
    kind = rng.choice(CASE_KINDS)
    subj = rng.choice({
        "deposit": ["Deposit not returned", "Help - landlord keeps my deposit", "Question about 보증금"],
        "wages": ["Unpaid salary", "My company did not pay 3 months", "wage claim question"],
        "visa": ["Visa extension appointment", "D-10 to E-7 change", "visa question (urgent)"],
        "school": ["School for my son", "Enrolment of my daughter", "입학 문의"],
        "medical": ["Interpreter for hospital", "Need interpreter - hospital visit", "병원 통역 요청"]}[kind])
    hdr = rng.choice([("From", "To", "Subject", "Date", "Sent"), ("보낸 사람", "받는 사람", "제목", "날짜", "날짜"),
                      ("FROM", "TO", "SUBJ", "DATE", "SENT")])
    officer_mail = rng.choice([ctx["email"], ctx["officer_mail"]])
    hdate = lambda shift: rng.choice(["{w}, {dt} {t} +0900", "{dt} {t}", "{dt}, {t}"]).format(
        w=rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), dt=dstr(rng, ctx, rng.choice(["abbr", "iso", "mdy"]), shift),
        t=f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}")
    # top: officer's reply
    b.line("{h}: {n} <{e}>", h=hdr[0], n=ctx["officer"], e=officer_mail)
    b.line("{h}: {n} <{e}>", h=hdr[1], n=p.name(rng), e=pm)
    if rng.random() < 0.4:
        b.line("Cc: {e}", e=ctx["email"])
    b.line("{h}: RE: {s}", h=hdr[2], s=subj)
    b.line("{h}: {d}", h=hdr[3], d=hdate(1))
    b.line()
    b.line("Dear {n},", n=p.dear(rng) if rng.random() < 0.7 else E(p.given or p.family, "PERSON"))
    b.line()
    body = {
        "deposit": "Thank you for your e-mail. You can apply for a lease registration order even after moving out. "
                   "Please bring the lease contract and your ARC to our office; our legal adviser is here every Thursday.",
        "wages": "Thank you for writing to us. You can file a petition with the labour office online or in person. "
                 "We can go with you and interpret. Please bring your pay slips and bank statements.",
        "visa": "Your reservation is confirmed. Please remember to bring your passport, ARC and the revenue stamp fee.",
        "school": "The school confirmed that your child can start next Monday. Please visit the administration office at 9:30.",
        "medical": "We have arranged an interpreter for your appointment. The interpreter will meet you at the main entrance."}[kind]
    b.line(body)
    if kind == "medical" and rng.random() < 0.7:
        it = other(rng, p) if p.nat != "west" else korean(rng)
        b.line("Your interpreter is {i} (mobile {ph}).", i=it.name(rng), ph=mobile(rng))
    hl = rng.choice([("the Immigration Contact Center", "1345"), ("Danuri Helpline", "1577-1366"), ("the Seoul Global Center", "02-2075-4180")])
    b.line("If you have any questions, please call {l} (Mon–Fri, 9:00–18:00) or {h} ({n}).",
           l=ctx["line"], h=hl[0], n=hl[1])
    b.line()
    b.line(rng.choice(["Kind regards,", "Best regards,", "Regards,", "감사합니다."]))
    signature(b, rng, ctx, "officer")
    b.line()
    # quoted original
    wrote_style = rng.randrange(3)
    if wrote_style == 0:
        b.line("On {d}, {n} <{e}> wrote:", d=hdate(0), n=p.name(rng), e=pm)
        q = "> "
    elif wrote_style == 1:
        b.line("-----Original Message-----")
        b.line("{h}: {n} <{e}>", h=hdr[0], n=p.name(rng), e=pm)
        b.line("{h}: {d}", h=hdr[4], d=hdate(0))
        b.line("{h}: {e}", h=hdr[1], e=ctx["email"])
        b.line("{h}: {s}", h=hdr[2], s=subj)
        q = rng.choice(["> ", ""])
    else:
        b.line("----- 원본 메일 -----")
        b.line("{n} <{e}> 님이 {d}에 작성:", n=p.name(rng), e=pm, d=hdate(0))
        q = ">"
    b.line(q + "Hello,")
    bd = birth(rng)
    intro = rng.choice(["My name is {n} from {c}.", "I am {n}, {c} citizen living in {d}.", "This is {n} ({c})."])
    b.line(q + intro, n=p.name(rng, "full"), c=p.nat, d=ctx["d"])
    if kind == "deposit":
        b.line(q + "My landlord did not return my deposit of {a}. I live at {ad}.", a=money(rng, 3000000, 30000000, 1000000),
               ad=address_en(rng, ctx))
        if rng.random() < 0.5:
            ll = korean(rng)
            b.line(q + "Landlord name is {l}, phone {ph}.", l=ll.name(rng, rng.choice(["hangul", "upper", "full"])), ph=mobile(rng))
    elif kind == "wages":
        bn, ac = bank(rng)
        b.line(q + "{co} did not pay my salary since {m}. My account is {bn} {ac}.", co=rng.choice(COMPANIES)[0],
               m=MONTHS[rng.randrange(12)], bn=bn, ac=ac)
    elif kind == "visa":
        b.line(q + "My ARC number is {f} and passport {pp}. My visa ends soon.", f=frn(rng, bd), pp=passport(rng, p.nat))
    elif kind == "school":
        ch = other(rng, p)
        b.line(q + "My {rel} {c} was born on {cb} and wants to go to school near {ad}.",
               rel="daughter" if ch.sex == "f" else "son", c=E(ch.given or ch.full, "PERSON"), cb=birth_e(rng, birth(rng, 2012, 2019), "dmy"), ad=address_en(rng, ctx, unit=False))
    else:
        if p.sex == "f" and rng.random() < 0.5:
            b.line(q + "I am {h} and have a check-up at {hs}. I do not speak Korean well.",
                   h=E(rng.choice(["24 weeks pregnant", "pregnant (7 months)", "pregnant with twins"]), "HEALTH_INFO"),
                   hs=rng.choice(HOSPITALS))
        else:
            b.line(q + "I have {h} and have a check-up at {hs}. I do not speak Korean well.",
                   h=health(rng, "ill"), hs=rng.choice(HOSPITALS))
    if rng.random() < 0.6:
        b.line(q + "My date of birth is {d}.", d=birth_e(rng, bd))
    b.line(q + "Thank you")
    b.line(q + "{n}", n=E(p.given or p.full, "PERSON") if rng.random() < 0.5 else p.name(rng))
    if rng.random() < 0.8:
        b.line(q + "{ph}", ph=mobile(rng))
    if rng.random() < 0.2:
        b.line(q + "Sent from my iPhone")
    meta = dict(title=f"E-mail: RE: {subj}", doc_type="e-mail")
    return b, meta, "partial", [6]


def layout_letter(rng, ctx):
    b = B()
    p = foreigner(rng)
    kind = rng.choice(["visa", "school", "wages", "medical", "deposit"])
    b.line(ctx["centre"].upper() if rng.random() < 0.5 else ctx["centre"])
    b.line(ctx["oaddr"])
    b.line(f"Tel {ctx['line']}  |  {ctx['email']}")
    b.line()
    b.line(f"Our ref: {docno(rng, ctx)}")
    b.line(dstr(rng, ctx, rng.choice(["dmy", "mdy", "iso"])))
    b.line()
    if rng.random() < 0.6:
        b.add(p.title(rng))
        b.line("{n}", n=E(p.full, "PERSON"))
        b.line("{a}", a=address_en(rng, ctx) if rng.random() < 0.7 else address_ko(rng, ctx))
        b.line()
    if kind == "visa":
        b.line("Re: Letter of confirmation for the extension of stay — {n}", n=p.name(rng, "upper"))
    else:
        b.line("Re: {k}".format(k={"school": "Enrolment of your child", "wages": "Your wage claim",
                                  "medical": "Medical interpreting support", "deposit": "Your housing deposit"}[kind]))
    b.line()
    b.line("Dear {n},", n=p.dear(rng))
    b.line()
    if kind == "visa":
        bd = birth(rng)
        b.line("This is to confirm that {n} (date of birth {d}, passport no. {pp}, ARC {f}) has taken part in the "
               "{c} settlement programme since {s} and attended {h} hours of Korean language classes.",
               n=p.name(rng, "full"), d=birth_e(rng, bd), pp=passport(rng, p.nat), f=frn(rng, bd), c=ctx["centre"],
               s=dstr(rng, ctx, shift=-20), h=rng.randint(40, 200))
        b.line("This letter is issued at the resident's request for submission to the {io} under {st}.",
               io=rng.choice(IMM_OFFICES), st=STATUTES[0])
    elif kind == "school":
        ch = other(rng, p)
        b.line("We are pleased to inform you that {c} (born {cb}) has been assigned to Grade {g} at {sc}. "
               "The first day is {d}.", c=ch.name(rng), cb=birth_e(rng, birth(rng, 2011, 2019)), g=rng.randint(1, 6),
               sc=rng.choice(SCHOOLS), d=dstr(rng, ctx, shift=5))
        b.line("A bilingual teaching assistant will support your child for the first semester. 등교 시 예방접종 증명서를 지참하여 주십시오.")
    elif kind == "wages":
        b.line("We have received your request dated {d}. The {lo} has registered your petition against {co}. "
               "The substitute payment (체당금) under the Wage Claim Guarantee Act will be paid into your account {ac}.",
               d=dstr(rng, ctx, shift=-10), lo=rng.choice(LABOUR_OFFICES), co=rng.choice(COMPANIES)[0], ac=bank(rng)[1])
    elif kind == "medical":
        it = korean(rng) if rng.random() < 0.5 else foreigner(rng, p.nat if p.nat != "west" else None)
        b.line("Following your request, an interpreter, {i}, will accompany you to {h} on {d}. We understand that you "
               "are being treated for {hi}; this information will be shared only with the interpreter.",
               i=it.name(rng), h=rng.choice(HOSPITALS), d=dstr(rng, ctx, shift=3), hi=health(rng, rng.choice(["ill", "preg"])))
    else:
        b.line("Our legal adviser reviewed your lease for {a}. The landlord, {l}, has been notified in writing. "
               "If the deposit is not returned by {d}, you may apply to the mediation committee free of charge.",
               a=address_en(rng, ctx), l=korean(rng).name(rng), d=dstr(rng, ctx, shift=14))
    b.line()
    b.line(f"Should you need further assistance, please contact {role_officer(rng, ctx)} at {ctx['line']}.")
    b.line()
    b.line(rng.choice(["Yours sincerely,", "Yours faithfully,", "Sincerely,", "With kind regards,"]))
    b.line()
    who = rng.choice(["leader", "mayor", "director"])
    if who == "leader":
        b.line(ctx["leader"])
        b.line(f"Team Leader, {ctx['team']}")
    elif who == "mayor":
        b.line(f"Mayor of {ctx['d']}")
        b.line("(구청장 직인 생략)")
    else:
        b.line(ctx["director"])
        b.line(f"Director, {ctx['centre']}")
    b.line(ctx["centre"])
    meta = dict(title={"visa": "Letter of confirmation (extension of stay)", "school": "School enrolment letter",
                       "wages": "Reply on wage claim", "medical": "Medical interpreting letter",
                       "deposit": "Reply on housing deposit"}[kind], doc_type="letter")
    grade, grounds = "partial", [6]
    if kind in ("visa", "medical") and rng.random() < 0.3:
        grade = "nonpublic"
    return b, meta, grade, grounds


def render_table(b, rng, header, rows, style):
    """rows: list of lists of pieces"""
    cols = len(header)
    w = [max(dwidth(plain(header[i])), *(dwidth(plain(r[i])) for r in rows)) for i in range(cols)]

    def pad(x, i):
        return " " * (w[i] - dwidth(plain(x)))

    if style == "pipe":
        b.line("| " + " | ".join(h + pad(h, i) for i, h in enumerate(header)) + " |")
        b.line("|" + "|".join("-" * (w[i] + 2) for i in range(cols)) + "|")
        for r in rows:
            b.add("| ")
            for i, c in enumerate(r):
                b.add(c, pad(c, i), " | " if i < cols - 1 else " |")
            b.add("\n")
    elif style == "box":
        b.line("┌" + "┬".join("─" * (w[i] + 2) for i in range(cols)) + "┐")
        b.line("│ " + " │ ".join(h + pad(h, i) for i, h in enumerate(header)) + " │")
        b.line("├" + "┼".join("─" * (w[i] + 2) for i in range(cols)) + "┤")
        for r in rows:
            b.add("│ ")
            for i, c in enumerate(r):
                b.add(c, pad(c, i), " │ " if i < cols - 1 else " │")
            b.add("\n")
        b.line("└" + "┴".join("─" * (w[i] + 2) for i in range(cols)) + "┘")
    elif style == "tsv":
        b.line("\t".join(header))
        for r in rows:
            for i, c in enumerate(r):
                b.add(c, "\t" if i < cols - 1 else "\n")
    else:  # fixed width, no rules
        b.line("  ".join(h + pad(h, i) for i, h in enumerate(header)))
        b.line("  ".join("=" * w[i] for i in range(cols)))
        for r in rows:
            for i, c in enumerate(r):
                b.add(c, pad(c, i) + "  " if i < cols - 1 else "\n")


def layout_roster(rng, ctx):
    b = B()
    mth = f"{MONTHS[ctx['m'] - 1]} {ctx['y']}"
    b.line(rng.choice([f"Interpreter roster and fees — {mth}", f"{ctx['centre']}: interpreting volunteers / paid interpreters ({mth})",
                       f"[{ctx['team']}] 통역인력 수당 지급 내역 ({mth})", f"INTERPRETER FEE SHEET {ctx['y']}-{ctx['m']:02d}"]))
    b.line(f"Prepared by {role_officer(rng, ctx)}; checked by {role_leader(rng, ctx)}")
    b.line()
    h_name = rng.choice(["Name", "Interpreter", "성명", "Name (payee)", "Volunteer", "통역인"])
    h_lang = rng.choice(["Language", "Lang.", "언어"])
    h_type = rng.choice(["Type", "Status", "구분"])
    h_tel = rng.choice(["Mobile", "Tel", "연락처", "Contact"])
    h_acct = rng.choice(["Account", "Bank account", "입금계좌", "Payee account (bank)"])
    h_id = rng.choice(["ARC / RRN", "ID No.", "등록번호", "Reg. No."])
    h_hrs = rng.choice(["Hours", "Hrs", "시간"])
    h_fee = rng.choice(["Fee (KRW)", "Amount", "지급액", "Allowance"])
    with_id = rng.random() < 0.5
    with_acct = rng.random() < 0.7
    header = ["No", h_name, h_lang, h_type, h_tel] + ([h_id] if with_id else []) + ([h_acct] if with_acct else []) + [h_hrs, h_fee]
    rows = []
    total = 0
    used = set()
    for i in range(rng.randint(3, 8)):
        while True:
            if rng.random() < 0.75:
                p = foreigner(rng, rng.choice([n for n in NATS if n != "west"]))
                lang = LANG_OF.get(p.nat, "English")
            else:
                p = korean(rng)
                lang = rng.choice(["English", "Chinese", "Russian", "Japanese"])
            if p.full not in used:
                used.add(p.full)
                break
        typ = rng.choice(["volunteer", "paid", "paid", "자원봉사", "유급"])
        hrs = rng.randint(2, 24)
        rate = 0 if typ in ("volunteer", "자원봉사") and rng.random() < 0.5 else rng.choice([15000, 20000, 25000, 30000])
        fee = hrs * rate
        total += fee
        row = [str(i + 1), p.name(rng, rng.choice(["full", "full", "upper", "comma", "hangul"])), lang, typ, mobile(rng)]
        if with_id:
            bd = birth(rng)
            row.append(rrn(rng, bd, p.sex, hide=rng.random() < 0.3) if p.korean and p.nat == "Republic of Korea" else frn(rng, bd, hide=rng.random() < 0.3))
        if with_acct:
            bn, ac = bank(rng)
            short_bn = bn.replace(" Bank", "").replace("은행", "")
            row.append([short_bn, " ", ac])
        row += [str(hrs), f"{fee:,}"]
        rows.append(row)
    style = rng.choice(["pipe", "box", "tsv", "fixed"])
    render_table(b, rng, header, rows, style)
    b.line()
    b.line(f"Total: KRW {total:,} (hourly rates per the 2026 interpreter fee guideline; tax withheld at 3.3%).")
    b.line(f"Budget line: Foreign Residents Settlement Support, {money(rng, 5000000, 40000000, 500000)} allocated.")
    if rng.random() < 0.5:
        b.line(f"Payments by bank transfer from the district account; queries to {ctx['email']} or {ctx['line']}.")
    meta = dict(title=f"Interpreter roster and fees ({mth})", doc_type="fee table")
    return b, meta, "partial", [6]


def layout_counselling(rng, ctx):
    b = B()
    topic = rng.choice(["preg", "injury", "ill", "dv"])
    p = foreigner(rng)
    while topic in ("preg", "dv") and p.sex != "f":
        p = foreigner(rng)
    s1 = p.short(rng)
    she, her = ("She", "her") if p.sex == "f" else ("He", "his")
    b.line(rng.choice(["Counselling session summary", "SESSION SUMMARY (confidential)", "상담 결과 요약 — Counselling summary",
                       "Record of counselling"]))
    b.line(f"{dstr(rng, ctx)}, {ctx['centre']}, counsellor: {role_officer(rng, ctx)}")
    b.line()
    bd = birth(rng, 1975, 2002)
    opener = rng.choice([
        "{n}, a {age}-year-old national of {c} (born {bd}), came to the centre {how}.",
        "The client, {n} ({c}, DOB {bd}), visited {how}. " + she + " is {age}.",
        "{n} from {c}, born {bd}, was seen {how}."])
    b.line(opener, n=p.name(rng), age=ctx["y"] - bd[0], c=p.nat, bd=birth_e(rng, bd),
           how=rng.choice(["with a friend", "alone", "after a referral from the community health centre",
                           "accompanied by a relative", "on the recommendation of a church volunteer"]))
    if topic == "preg":
        sp = korean(rng) if rng.random() < 0.5 else other(rng, p)
        b.line("{s} is {h} and has not registered with the public health centre because she has no health insurance. "
               "Her husband, {sp}, works night shifts and cannot accompany her to appointments. She was also "
               "told at her last check-up that she has {h2}.", s=s1, h=health(rng, "preg"), sp=sp.name(rng),
               h2=health(rng, rng.choice(["preg", "ill"])))
        b.line("We explained the maternity support available to foreign residents and booked an interpreter for "
               "the next visit to {hs} on {d}.", hs=rng.choice(HOSPITALS), d=dstr(rng, ctx, shift=6))
    elif topic == "injury":
        co, coko = rng.choice(COMPANIES)
        b.line("{s} was injured at work at {co} on {d}: {h}. The employer has not reported the accident to the "
               "Korea Workers' Compensation and Welfare Service and has asked {s2} to say it happened at home.",
               s=s1, co=co, d=dstr(rng, ctx, shift=-15), h=health(rng, "injury"), s2=p.short(rng))
        b.line("We explained the industrial accident compensation procedure (산재 신청) and gave the KCOMWEL number (1588-0075).")
    elif topic == "ill":
        b.line("{s} has {h} and has been missing treatment because of the cost. {s2} also mentioned "
               "{h2} and difficulty sleeping since losing " + her + " job.", s=s1, h=health(rng, "ill"),
               s2=p.short(rng), h2=health(rng, "ill"))
        b.line("We referred the client to the medical social work team at {hs} and to the free clinic for migrant workers.",
               hs=rng.choice(HOSPITALS))
    else:
        sp = korean(rng)
        b.line("{s} reported repeated violence by her husband {sp} and is staying with a friend at {ad}. "
               "She has bruises on her arms and was treated for {h}.", s=s1, sp=sp.name(rng, "both"),
               ad=address_en(rng, ctx) if rng.random() < 0.5 else address_ko(rng, ctx), h=health(rng, "injury"))
        b.line("With her consent, we contacted the Emergency Support Center for Migrant Women (1577-1366). "
               "The police were not informed at her request.")
    b.line("Contact for follow-up: {ph}{em}.", ph=mobile(rng), em=[" / ", email_of(rng, p)] if rng.random() < 0.5 else "")
    if rng.random() < 0.4 and bd[0] < 1994:
        b.line("Children: {c} (born {cb}), attends {sc}.", c=E(other(rng, p).given or "Minh", "PERSON"),
               cb=birth_e(rng, birth(rng, 2013, 2021)), sc=rng.choice(SCHOOLS))
    b.line()
    b.line(rng.choice(["Next session: ", "Follow-up planned: ", "다음 상담: "]) + dstr(rng, ctx, shift=10))
    hard_negative_line(b, rng, ctx)
    if topic == "dv" or rng.random() < 0.35:
        grade, grounds = "nonpublic", [6]
    else:
        grade, grounds = "partial", [6]
    meta = dict(title="Counselling session summary", doc_type="counselling summary")
    return b, meta, grade, grounds


def layout_incident(rng, ctx):
    b = B()
    kind = rng.choice(["fall", "traffic", "traffic"])
    p = foreigner(rng)
    num = rng.choice(["1.", "①", "■", "(1)", "A."])
    seqs = {"1.": ["1.", "2.", "3.", "4.", "5."], "①": ["①", "②", "③", "④", "⑤"], "■": ["■"] * 5,
            "(1)": ["(1)", "(2)", "(3)", "(4)", "(5)"], "A.": ["A.", "B.", "C.", "D.", "E."]}[num]
    b.line(rng.choice(["INCIDENT REPORT", "Incident report", "사고 보고서 (Incident report)", "Accident report — for internal filing"]))
    b.line(f"Report no. {docno(rng, ctx)}   Reported by: {role_officer(rng, ctx)}   Date: {dstr(rng, ctx)}")
    b.line()
    when = dstr(rng, ctx, shift=-1)
    t = f"{rng.randint(8, 20)}:{rng.choice(['05', '20', '35', '50'])}"
    if kind == "fall":
        b.line(f"{seqs[0]} When/where: {when}, about {t}, main staircase between the 2nd and 3rd floors of the "
               f"{ctx['centre']} ({ctx['oaddr']}).")
        b.line("{n} Person involved: {p} ({c}), participant of the Korean class, mobile {ph}.", n=seqs[1],
               p=p.name(rng), c=p.nat, ph=mobile(rng))
        b.line("{n} What happened: {s} slipped on the wet step after cleaning and fell; complained of pain and was "
               "taken by ambulance (119) to {h}, diagnosed with {hi}.", n=seqs[2], s=p.short(rng),
               h=rng.choice(HOSPITALS), hi=E(rng.choice(["a fractured ankle", "a sprained left ankle", "a bruised hip and a cut on the forehead",
                                                 "a fractured wrist", "a mild concussion"]), "HEALTH_INFO"))
        w = other(rng, p, same_nat=False)
        b.line("{n} Witness: {w}, another class participant. Staff on duty: {o}.", n=seqs[3], w=w.name(rng),
               o=role_officer(rng, ctx))
        b.line(f"{seqs[4]} Measures: anti-slip mats installed; claim submitted to the district's public liability "
               f"insurer (policy no. PL-{ctx['y']}-{digits(rng, 5)}).")
        grade, grounds = "partial", [6]
    else:
        dr = korean(rng)
        place = rng.choice(["the crossing in front of Hapjeong Station exit 7", "the Daerim-dong market intersection",
                            "Gasan Digital Complex Station crossroads", "the junction of Jayang-ro and Neungdong-ro",
                            "the bus stop opposite the district office"])
        b.line(f"{seqs[0]} Date/time/place: {when} {t}, {place}.")
        vb = birth(rng)
        b.line("{n} Victim: {v} ({c}), born {bd}, ARC {f}, resident at {ad}; riding a bicycle to work.",
               n=seqs[1], v=p.name(rng), c=p.nat, bd=birth_e(rng, vb), f=frn(rng, vb),
               ad=address_en(rng, ctx) if rng.random() < 0.6 else address_ko(rng, ctx))
        b.line("{n} Other party: driver {d} (mobile {ph}), passenger car {pl}{lic}.", n=seqs[2], d=dr.name(rng),
               ph=mobile(rng), pl=plate(rng), lic=[", driving licence ", licence(rng)] if rng.random() < 0.5 else "")
        b.line("{n} Injuries: {s} sustained {h}; admitted to {hs}.", n=seqs[3], s=p.short(rng), h=health(rng, "injury"),
               hs=rng.choice(HOSPITALS))
        b.line(f"{seqs[4]} Centre action: interpreter arranged for the police statement at {ctx['d']} Police Station "
               f"(case no. {ctx['y']}-{digits(rng, 6)}); insurer of the car contacted via its representative line 1588-{digits(rng, 4)}.")
        if rng.random() < 0.5:
            grade, grounds = "nonpublic", [4, 6]
            b.line("Note: the police investigation is ongoing; do not release.")
        else:
            grade, grounds = "partial", [6]
    b.line()
    b.line(f"Confirmed: {role_leader(rng, ctx)}")
    meta = dict(title=f"Incident report ({'fall at the centre' if kind == 'fall' else 'traffic accident'})",
                doc_type="incident report")
    return b, meta, grade, grounds


def layout_minutes(rng, ctx):
    b = B()
    nth = rng.randint(3, 40)
    members = [foreigner(rng) for _ in range(rng.randint(3, 6))]
    b.line(rng.choice([f"Minutes of the {nth}th meeting of the {ctx['d']} Foreign Residents' Council",
                       f"{ctx['d']} Foreign Residents Council — Minutes ({nth}th session)",
                       f"MINUTES / 외국인주민협의회 제{nth}차 회의록"]))
    b.line(f"Date: {dstr(rng, ctx)}, 19:00–20:30   Venue: {ctx['centre']} seminar room, {ctx['oaddr']}")
    b.line()
    chair_style = rng.choice(["Chair ({l}, team leader)", "Chair ({l})", "{l} (Chair, Team Leader)", "CHAIR"])
    chair = chair_style.format(l=ctx["leader"])
    att = rng.choice(["Present", "Attendance", "Members present", "참석"])
    b.add(att + ": ")
    for i, m in enumerate(members):
        b.add(m.name(rng), f" ({m.nat})", ", " if i < len(members) - 1 else "")
    b.add("\n")
    councillor = rng.choice(["Park Hye-rin", "Go Eun-sil", "Yang Min-chul", "Ahn Sung-woo", "Kwon Na-yeon"])
    b.line(f"Also present: {ctx['leader']} (team leader, chair), {role_officer(rng, ctx)} (secretary), "
           f"Councillor {councillor} ({ctx['d']} Council).")
    if rng.random() < 0.3:
        b.line("Absent: one member (apologies sent).")
    b.line()
    sep = rng.choice([":", " —", ":", " >"])

    def spk(m):
        r = rng.random()
        if r < 0.4:
            return [m.title(rng).strip(), " ", E(m.family, "PERSON")]
        if r < 0.6 and m.given:
            return E(m.given, "PERSON")
        return E(m.full, "PERSON")

    topics = [("Agenda 1: Garbage separation guide in more languages", [
        "The leaflet is only in Korean and English. Many neighbours in our building do not understand the food-waste rules.",
        "We could add Vietnamese and Uzbek. The cost is about KRW 2,400,000 for printing.",
        "I can help to check the Mongolian translation as a volunteer."]),
        ("Agenda 2: Night-time Korean classes", [
            "Factory workers finish at 8 pm; the 7 pm class is too early.",
            "Could the class move to Sunday afternoon?",
            "We will survey the participants and decide at the next meeting."]),
        ("Agenda 3: Deposit fraud cases", [
            "Three friends lost their deposits last year in the same building.",
            "Please invite a lawyer to explain the contract before people sign.",
            "The legal aid day is every second Thursday; we will publicise it in five languages."]),
        ("Agenda 4: Health check-ups", [
            "Many people without insurance do not know about the free check-up.",
            "The public health centre will run a session in April.",
            "I had a bad experience at the clinic because there was no interpreter."])]
    rng.shuffle(topics)
    for title, lines in topics[:rng.randint(2, 3)]:
        b.line(title)
        b.line("{c}{s} {t}", c=chair, s=sep, t=rng.choice(["Let us move to the next item.", "Please share your views.",
                                                           "Thank you. Any comments?"]))
        for ln in lines:
            m = rng.choice(members)
            b.line("{m}{s} {t}", m=spk(m), s=sep, t=ln)
        if rng.random() < 0.4:
            b.line(f"Councillor {councillor}{sep} I will raise this at the council's budget committee.")
        b.line("{c}{s} Noted. The secretariat will follow up.", c=chair, s=sep)
        b.line()
    if rng.random() < 0.5:
        m = rng.choice(members)
        b.line("{m}{s} Members who want the minutes can contact me at {ph} or {e}.", m=spk(m), s=sep, ph=mobile(rng),
               e=email_of(rng, m))
    if rng.random() < 0.4:
        m = rng.choice(members)
        b.line("{m}{s} I could not come last month because I had {h}.", m=spk(m), s=sep, h=health(rng, "ill"))
    b.line(f"Next meeting: {dstr(rng, ctx, shift=28)}. Minutes taken by {role_officer(rng, ctx)}.")
    meta = dict(title=f"Minutes of the {nth}th Foreign Residents' Council meeting", doc_type="meeting minutes")
    return b, meta, "partial", [6]


def layout_notice(rng, ctx):
    b = B()
    kind = rng.randrange(5)
    title = ["Free legal consultation day for foreign residents", "Evening Korean language classes — spring term",
             "Medical interpreting service: how to apply", "Year-end tax settlement help desk for foreign workers",
             "Notice: change of Global Centre opening hours"][kind]
    b.line(rng.choice(["NOTICE", "[Notice]", "공지 / Notice", "★ Announcement ★", "Public notice"]) + " " + title)
    b.line(rng.choice(["=" * len(title), "", "-" * 30]))
    bstyle = rng.choice([["○ "] * 6, ["- "] * 6, ["• "] * 6, ["가. ", "나. ", "다. ", "라. ", "마. ", "바. "],
                         ["1) ", "2) ", "3) ", "4) ", "5) ", "6) "], ["(a) ", "(b) ", "(c) ", "(d) ", "(e) ", "(f) "]])
    counter = iter(bstyle)

    def nb():
        return next(counter)
    b.line(rng.choice([f"The {ctx['centre']} announces the following.", f"{ctx['d']} Office ({ctx['centre']}) informs residents as follows.",
                       f"Dear residents of {ctx['d']}, please note the following."]))
    b.line()
    if kind == 0:
        b.line(f"{nb()}When: every second Thursday, 14:00–17:00, from {dstr(rng, ctx)}")
        b.line(f"{nb()}Where: {ctx['centre']}, {ctx['oaddr']}")
        b.line(f"{nb()}Topics: housing deposits, unpaid wages, visa status, family matters")
        b.line(f"{nb()}Lawyers from the Korea Legal Aid Corporation (132) and a certified labour attorney firm volunteer their time.")
    elif kind == 1:
        b.line(f"{nb()}Term: {dstr(rng, ctx)} – {dstr(rng, ctx, shift=20)} (12 weeks), Tue/Thu 19:30–21:00")
        b.line(f"{nb()}Levels: beginner, intermediate (KIIP level 1–3 equivalent)")
        b.line(f"{nb()}Fee: free (textbook {money(rng, 10000, 20000, 1000)})")
        b.line(f"{nb()}Apply: in person with your ARC, or by e-mail to {ctx['email']}")
    elif kind == 2:
        b.line(f"{nb()}Languages: Vietnamese, Chinese, Uzbek, Russian, Mongolian, Nepali, Tagalog, English")
        b.line(f"{nb()}Apply at least three working days before the hospital visit, by phone ({ctx['line']}) or e-mail ({ctx['email']}).")
        b.line(f"{nb()}Interpreters keep all medical information confidential under the Personal Information Protection Act.")
        b.line(f"{nb()}Emergencies: call 119; interpreting for emergencies via the BBB Korea line (1588-5644).")
    elif kind == 3:
        b.line(f"{nb()}Period: {dstr(rng, ctx)} – {dstr(rng, ctx, shift=14)}, weekdays 10:00–16:00")
        b.line(f"{nb()}Bring: ARC, withholding tax receipt from your employer, bank book")
        b.line(f"{nb()}In cooperation with the {ctx['d'].replace('-gu', '')} Tax Office (126).")
    else:
        b.line(f"{nb()}From {dstr(rng, ctx)} the centre is open Mon–Fri 09:00–18:00 and Sun 10:00–17:00 (closed Saturdays).")
        b.line(f"{nb()}The budget for Sunday opening ({money(rng, 20000000, 60000000, 1000000)}) was approved by the "
               f"{ctx['d']} Council on {dstr(rng, ctx, shift=-20)}.")
    b.line()
    b.line(rng.choice(["※ 자세한 사항은 글로벌센터로 문의하시기 바랍니다.", "※ All services are free of charge.",
                       "※ 본 안내는 다국어로 제공됩니다."]))
    b.line(f"Contact: {role_officer(rng, ctx)}, {ctx['team']}, Tel. {ctx['line']}, {ctx['officer_mail']}")
    b.line(f"{dstr(rng, ctx)}  Mayor of {ctx['d']}")
    meta = dict(title=title, doc_type="notice")
    return b, meta, "public", []


def layout_stats(rng, ctx):
    b = B()
    q = rng.randint(1, 4)
    b.line(rng.choice([f"Global Centre service statistics, Q{q} {ctx['y']}", f"{ctx['y']}년 {q}분기 외국인주민 상담 실적 (Counselling statistics)",
                       f"Quarterly report: consultations by nationality and type (Q{q}/{ctx['y']})"]))
    b.line()
    nats = rng.sample(["Viet Nam", "China", "Uzbekistan", "Philippines", "Nepal", "Mongolia", "Cambodia", "Other"], 5)
    header = [rng.choice(["Nationality", "국적", "Country"]), "Housing", "Wages", "Visa", "School", "Medical", "Total"]
    rows = []
    for n in nats:
        v = [rng.randint(0, 60) for _ in range(5)]
        rows.append([n] + [str(x) for x in v] + [str(sum(v))])
    render_table(b, rng, header, rows, rng.choice(["pipe", "box", "tsv", "fixed"]))
    b.line()
    b.line(f"- Interpreting hours provided: {rng.randint(150, 900)} (paid {rng.randint(50, 400)}, volunteer {rng.randint(50, 400)})")
    b.line(f"- Budget executed: {money(rng, 10000000, 80000000, 100000)} of {money(rng, 80000000, 150000000, 1000000)}")
    b.line(f"- Compiled by {role_officer(rng, ctx)}; reported to {role_leader(rng, ctx)} on {dstr(rng, ctx)}.")
    meta = dict(title=f"Service statistics Q{q} {ctx['y']}", doc_type="statistics report")
    return b, meta, "public", []


def layout_memo(rng, ctx):
    b = B()
    kind = rng.choice(["deliberation", "referral", "trade"])
    b.line(rng.choice(["INTERNAL MEMO", "Memo (internal — not for release)", "내부 검토 메모 / Internal memo", "MEMORANDUM"]))
    b.line(f"To: {ctx['director']}, Director   From: {role_leader(rng, ctx)}   Date: {dstr(rng, ctx)}")
    b.line("Re: " + {"deliberation": "Draft proposal — revision of the interpreter fee scale (under review)",
                     "referral": "Referral of a suspected broker fraud case to the police",
                     "trade": "Employer documents received in a wage dispute"}[kind])
    b.line()
    if kind == "deliberation":
        b.line("1. The current hourly fee (KRW 20,000) has not changed since 2019. Options under discussion:")
        b.line("   (a) KRW 25,000 flat; (b) KRW 30,000 for medical and legal settings; (c) keep the current scale and add travel costs.")
        b.line(f"2. Estimated additional cost: {money(rng, 8000000, 30000000, 100000)} a year. The finance division has not yet agreed.")
        b.line("3. This draft is for internal discussion only; no decision has been taken. 확정 전 외부 공개 불가.")
        grade, grounds = "nonpublic", [5]
    elif kind == "referral":
        br = korean(rng) if rng.random() < 0.5 else foreigner(rng)
        vics = [foreigner(rng) for _ in range(rng.randint(2, 3))]
        b.line("1. Several residents reported that a broker, {b} (mobile {ph}), took fees of {m} each for promised "
               "E-7 visas that were never issued.", b=br.name(rng), ph=mobile(rng), m=money(rng, 2000000, 8000000, 500000))
        b.add("2. Victims who agreed to give statements: ")
        for i, v in enumerate(vics):
            b.add(v.name(rng), " (", mobile(rng), ")", "; " if i < len(vics) - 1 else ".\n")
        b.line("3. Money was transferred to account {a} ({bn}).", a=bank(rng)[1], bn=rng.choice(["Shinhan Bank", "Kakao Bank", "우리은행"]))
        b.line(f"4. We propose to refer the case to the {ctx['d']} Police Station and the {rng.choice(IMM_OFFICES)}. "
               "The investigation has not started; release could alert the suspect.")
        grade, grounds = "nonpublic", [4, 6]
    else:
        co, coko = rng.choice(COMPANIES)
        w = foreigner(rng)
        b.line(f"1. In the wage dispute involving {co} (business reg. no. {rng.randint(100, 899)}-{rng.randint(10, 99)}-{digits(rng, 5)}), "
               "the company submitted its unit-price contracts with clients and its production cost breakdown.")
        b.line("2. The claimant, {w}, asked for copies. The company states the figures are trade secrets.", w=w.name(rng))
        b.line("3. Recommendation: keep the company's documents unpublished; share only the wage ledger entries for the claimant.")
        grade, grounds = "nonpublic", [6, 7]
    b.line()
    b.line(f"Drafted by {role_officer(rng, ctx)} ({ctx['line']})")
    meta = dict(title={"deliberation": "Internal memo: interpreter fee revision (draft)",
                       "referral": "Internal memo: referral of broker fraud case",
                       "trade": "Internal memo: employer documents in wage dispute"}[kind], doc_type="internal memo")
    return b, meta, grade, grounds


def layout_onlineform(rng, ctx):
    """web counselling form export: key=value, IP log, mixed Korean labels"""
    b = B()
    p = foreigner(rng)
    bd = birth(rng)
    b.line(f"[Online counselling request #{rng.randint(1000, 9999)}] received {dstr(rng, ctx, 'iso')} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")
    b.line("-" * 36)
    pairs = [("name / 이름", p.name(rng, rng.choice(["full", "upper", "comma"]))),
             ("gender", "F" if p.sex == "f" else "M"),
             ("birth / 생년월일", birth_e(rng, bd)),
             ("country", p.nat),
             ("phone", mobile(rng)),
             ("email", email_of(rng, p)),
             ("category", rng.choice(["Housing", "Labour", "Visa", "Education", "Health"]))]
    eq = rng.choice(["=", ": ", " => "])
    for k, v in pairs:
        b.line("{k}{eq}{v}", k=k, eq=eq, v=v)
    b.line("message{eq}".format(eq=eq))
    msg = rng.choice(["I work at a factory in {d}. My boss says I must pay for the dormitory {a} from my salary. Is this legal?",
                      "My wife is {h}. We want to know which hospital has a Vietnamese interpreter.",
                      "I lost my ARC card. I live in {a2}. How to get a new one?"])
    if "{h}" in msg:
        b.line("  " + msg, h=health(rng, "preg"))
    else:
        b.line("  " + msg, d=ctx["d"], a=money(rng, 100000, 400000), a2=address_en(rng, ctx))
    b.line("-" * 36)
    b.line("client_ip{eq}{ip}  agent=Mozilla/5.0 (Android 14)".replace("{eq}", eq),
           ip=E(f"{rng.choice([211, 223, 175, 121, 59])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}", "IP_ADDRESS"))
    b.line(f"assigned_to{eq}{role_officer(rng, ctx)} / reply due {dstr(rng, ctx, shift=3)}")
    b.line(f"server{eq}counsel.{ctx['dom']} (10.12.4.7, internal)")
    meta = dict(title="Online counselling request (web form export)", doc_type="online form")
    return b, meta, "partial", [6]


LAYOUTS = [(layout_casenote, 14), (layout_email, 13), (layout_letter, 11), (layout_roster, 9),
           (layout_counselling, 9), (layout_incident, 8), (layout_minutes, 8), (layout_notice, 14),
           (layout_stats, 7), (layout_memo, 5), (layout_onlineform, 5)]


def make_doc(rng, i, seed):
    ctx = make_ctx(rng)
    fns, ws = zip(*LAYOUTS)
    fn = rng.choices(fns, weights=ws)[0]
    b, meta, grade, grounds = fn(rng, ctx)
    text = b.text()
    ents = b.ents
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], (e, text[e["start"]:e["end"]])
        assert e["text"] and e["text"] == e["text"].strip(), e
    if grade == "public":
        assert not ents, (fn.__name__, ents)
    if grade == "partial":
        assert ents, fn.__name__
    drafter = ctx["officer"]
    approver, rank = rng.choice([(ctx["leader"], "Team Leader"), (ctx["director"], "Director"),
                                 (ctx["leader"], "팀장")])
    return {"id": f"{FAMILY}-{seed}-{i}", "lang": "en", "title": meta["title"],
            "department": f"{ctx['d']} Office, {ctx['team']} ({ctx['centre']})", "doc_type": meta["doc_type"],
            "approved_at": f"{ctx['y']:04d}-{ctx['m']:02d}-{ctx['dd']:02d}", "drafter": drafter,
            "approver": approver, "approver_rank": rank, "text": text, "entities": ents,
            "grade": grade, "grounds": grounds, "layout": fn.__name__.replace("layout_", "")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for i in range(a.n):
            fh.write(json.dumps(make_doc(rng, i, a.seed), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
