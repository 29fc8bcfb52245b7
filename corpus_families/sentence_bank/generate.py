#!/usr/bin/env python3
"""sentence_bank: short annotated Korean texts (1-4 sentences) taken from court
judgments/decisions, county/district office work, police and fire reports and local
news.  Standard library only, deterministic.

    python3 generate.py --n 200 --seed 1 --out docs.jsonl
"""
import argparse
import json
import random

FAMILY = "sentence_bank"

# ---------------------------------------------------------------- josa helpers
DIGIT_BATCHIM = {"0": 21, "1": 8, "2": 0, "3": 16, "4": 0, "5": 0, "6": 1,
                 "7": 8, "8": 8, "9": 0}   # jongseong index of 영 일 이 삼 사 오 육 칠 팔 구


def _jong(word):
    """jongseong index of the last readable char (0 = none, 8 = ㄹ)."""
    for ch in reversed(word):
        if "가" <= ch <= "힣":
            return (ord(ch) - 0xAC00) % 28
        if ch.isdigit():
            return DIGIT_BATCHIM[ch]
        if ch.isalpha():
            return 4 if ch.lower() in "lmnr" else 0
    return 0


def josa(word, kind):
    j = _jong(word)
    if kind == "은":
        return "은" if j else "는"
    if kind == "이":
        return "이" if j else "가"
    if kind == "을":
        return "을" if j else "를"
    if kind == "과":
        return "과" if j else "와"
    if kind == "로":
        return "으로" if j and j != 8 else "로"
    if kind == "이다":
        return "이다" if j else "다"
    if kind == "입니다":
        return "입니다"
    if kind == "아":
        return "아" if j else "야"
    return kind


# ---------------------------------------------------------------- builder
class B:
    def __init__(self):
        self.parts = []
        self.ents = []
        self.pos = 0

    def t(self, s):
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, s, label):
        self.ents.append({"start": self.pos, "end": self.pos + len(s), "label": label, "text": s})
        return self.t(s)

    def p(self, person, j=None):
        """emit a person (PERSON span unless masked) with optional josa."""
        if person["masked"]:
            self.t(person["surface"])
        else:
            self.e(person["surface"], "PERSON")
        if j:
            self.t(josa(person["reading"], j))
        return self

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- pools
SUR1 = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제탁국어은편용예경봉부")
SUR_COMMON = list("김이박최정강조윤장임한오서신권")
SUR2 = ["남궁", "독고", "사공", "황보", "제갈", "선우", "서문", "동방"]
GIVEN = ["영수", "민준", "서연", "지훈", "순자", "경숙", "재석", "미경", "동현", "하은", "정호",
         "수빈", "영희", "철수", "말순", "복남", "태식", "은지", "성민", "지영", "상철", "옥자",
         "현우", "예린", "도윤", "춘자", "광수", "명숙", "기철", "선희", "준호", "혜진", "승우",
         "다온", "하율", "재민", "용태", "금순", "병철", "순덕", "유진", "민서", "정숙", "만복",
         "덕배", "보람", "슬기", "나래", "한결", "윤서", "태희", "종국", "창호", "영자", "귀남"]
GIVEN1 = ["혁", "솔", "별", "훈", "진", "란", "결", "준", "민", "현", "철", "숙", "웅", "건"]
HANJA = [("洪在錫", "홍재석"), ("金英洙", "김영수"), ("李順子", "이순자"), ("朴敏俊", "박민준"),
         ("崔東旭", "최동욱"), ("鄭美京", "정미경"), ("姜成浩", "강성호"), ("尹智慧", "윤지혜"),
         ("張承民", "장승민"), ("南宮珉", "남궁민"), ("諸葛誠", "제갈성"), ("黃甫仁", "황보인"),
         ("宋基龍", "송기룡"), ("韓貞淑", "한정숙"), ("吳萬福", "오만복")]
FOREIGN = [("NGUYEN VAN AN", "응우옌 반 안"), ("Tran Thi Mai", "쩐 티 마이"),
           ("Zhang Wei", "장웨이"), ("Maria Santos", "마리아 산토스"),
           ("John Smith", "존 스미스"), ("IVANOVA OLGA", "이바노바 올가"),
           ("Batbayar Ganbold", "바트바야르 간볼드"), ("Siti Rahma", "시티 라흐마"),
           ("Pham Van Duc", "팜 반 득"), ("Aziz Karimov", "아지즈 카리모프"),
           ("Li Na", "리나"), ("Ahmed Hassan", "아흐메드 하산"), ("Sarah O'Connor", "사라 오코너"),
           ("Thapa Ram Bahadur", "타파 람 바하두르")]
MASKED = ["A", "B", "C", "甲", "乙", "김○수", "이○○", "박○진", "최모", "정모", "홍○○",
          "김**", "이◯◯", "○○○"]


def rname(rng, style=None):
    """return a person dict: surface (as written), reading (for josa), masked flag."""
    style = style or rng.choices(
        ["full", "sur2", "given1", "spaced", "spaced3", "hanja", "foreign_h", "foreign_l"],
        [46, 8, 8, 8, 4, 6, 10, 10])[0]
    if style in ("full", "spaced", "spaced3"):
        s = rng.choice(SUR1 if rng.random() < 0.5 else SUR_COMMON)
        g = rng.choice(GIVEN)
        n = s + g
        if style == "spaced":
            return {"surface": s + " " + g, "reading": n, "masked": False, "sur": s, "given": g}
        if style == "spaced3":
            return {"surface": " ".join(n), "reading": n, "masked": False, "sur": s, "given": g}
        return {"surface": n, "reading": n, "masked": False, "sur": s, "given": g}
    if style == "sur2":
        s = rng.choice(SUR2)
        g = rng.choice(GIVEN + GIVEN1)
        return {"surface": s + g, "reading": s + g, "masked": False, "sur": s, "given": g}
    if style == "given1":
        s = rng.choice(SUR1)
        g = rng.choice(GIVEN1)
        return {"surface": s + g, "reading": s + g, "masked": False, "sur": s, "given": g}
    if style == "hanja":
        h, r = rng.choice(HANJA)
        return {"surface": h, "reading": r, "masked": False, "sur": r[0], "given": r[1:]}
    if style == "foreign_h":
        l, h = rng.choice(FOREIGN)
        return {"surface": h, "reading": h, "masked": False, "sur": h.split()[0], "given": h, "foreign": True}
    l, h = rng.choice(FOREIGN)
    return {"surface": l, "reading": h, "masked": False, "sur": l.split()[-1], "given": l, "foreign": True}


def mname(rng, pool=None):
    m = rng.choice(pool or MASKED)
    return {"surface": m, "reading": m.replace("○", "영").replace("◯", "영").replace("*", "영")
            .replace("甲", "갑").replace("乙", "을").replace("A", "에이").replace("B", "비").replace("C", "씨"),
            "masked": True}


def oname(rng):
    """an official's name (never a span when in role)."""
    return rname(rng, rng.choice(["full"] * 8 + ["sur2", "given1"]))["surface"]


def ofname(rng):
    s = rng.choice(SUR_COMMON)
    g = rng.choice(GIVEN)
    return s + g


# ---------------------------------------------------------------- value generators
def d2(n):
    return "%02d" % n


def rdate(rng, y0=2021, y1=2026):
    y = rng.randint(y0, y1)
    return y, rng.randint(1, 2 if y >= 2026 else 12), rng.randint(1, 28)


def fdate(y, m, d, style):
    return {
        "dot": "%d. %d. %d." % (y, m, d),
        "dot0": "%d.%s.%s." % (y, d2(m), d2(d)),
        "iso": "%d-%s-%s" % (y, d2(m), d2(d)),
        "kor": "%d년 %d월 %d일" % (y, m, d),
        "short": "'%s.%d.%d." % (str(y)[2:], m, d),
        "yy": "%s.%s.%s." % (str(y)[2:], d2(m), d2(d)),
        "six": "%s%s%s" % (str(y)[2:], d2(m), d2(d)),
    }[style]


def idate(rng, y0=2021, y1=2026):
    """incident / document date (never a span)."""
    y, m, d = rdate(rng, y0, y1)
    return fdate(y, m, d, rng.choice(["dot", "dot", "dot", "kor", "iso", "short"]))


def itime(rng):
    return "%02d:%02d" % (rng.randint(0, 23), rng.choice(range(0, 60, 5)))


def birth(rng, y0=1938, y1=2008):
    y, m, d = rdate(rng, y0, y1)
    return (y, m, d)


def bd_text(y, m, d, rng):
    return fdate(y, m, d, rng.choice(["dot", "dot", "dot0", "iso", "kor", "yy", "six"]))


def rrn(rng, bd=None, masked=None, foreign=False):
    y, m, d = bd or birth(rng)
    if foreign:
        g = rng.choice("5678") if y < 2000 else rng.choice("78")
    else:
        g = rng.choice("12") if y < 2000 else rng.choice("34")
    front = "%s%s%s" % (str(y)[2:], d2(m), d2(d))
    back = g + "".join(str(rng.randint(0, 9)) for _ in range(6))
    if masked is None:
        masked = rng.random() < 0.45
    if masked and not foreign:
        style = rng.choice(["g", "g", "all", "x"])
        if style == "g":
            back = g + "******"
        elif style == "all":
            back = "*******"
        else:
            back = g + "xxxxxx"
    sep = rng.choice(["-", "-", "-", " - ", ""]) if not masked else "-"
    return front + sep + back


def mobile(rng):
    a = rng.choice(["010"] * 9 + ["011", "016"])
    b = "%04d" % rng.randint(2000, 9999) if a == "010" else "%03d" % rng.randint(200, 999)
    c = "%04d" % rng.randint(0, 9999)
    st = rng.choice(["dash"] * 6 + ["space", "plain", "dot", "intl", "paren"])
    if st == "dash":
        return "%s-%s-%s" % (a, b, c)
    if st == "space":
        return "%s %s %s" % (a, b, c)
    if st == "plain":
        return a + b + c
    if st == "dot":
        return "%s.%s.%s" % (a, b, c)
    if st == "intl":
        return "+82-%s-%s-%s" % (a[1:], b, c)
    return "(%s)%s-%s" % (a, b, c)


def home_phone(rng):
    area = rng.choice(["02", "031", "032", "041", "043", "051", "061", "063", "033"])
    mid = "%d" % rng.randint(200, 999) if area != "02" else "%d" % rng.randint(2000, 9999)
    if area == "02" and rng.random() < 0.5:
        mid = "%d" % rng.randint(300, 999)
    return rng.choice(["%s-%s-%04d", "(%s)%s-%04d", "%s %s %04d"]) % (area, mid, rng.randint(0, 9999))


def office_phone(rng):
    return rng.choice([
        "02-2133-%04d" % rng.randint(1000, 9999), "02-879-%04d" % rng.randint(5000, 7999),
        "02-3423-%04d" % rng.randint(5000, 6999), "041-350-%04d" % rng.randint(3000, 4999),
        "031-770-%04d" % rng.randint(2000, 3999), "061-530-%04d" % rng.randint(5000, 5999),
        "02-530-%04d" % rng.randint(1000, 2999), "02-120", "120", "031-8008-%04d" % rng.randint(2000, 9999)])


EMAIL_USERS = ["minsu82", "hong.gd", "sunny_kim", "jy0312", "happyday77", "kimys1985", "leesj",
               "parkmin.j", "choi_dh", "gold7", "moonlight22", "wlsdud91", "hana.p", "dawn.s"]


def pemail(rng):
    return rng.choice(EMAIL_USERS) + str(rng.randint(0, 99) if rng.random() < 0.4 else "") + "@" + \
        rng.choice(["naver.com", "gmail.com", "daum.net", "hanmail.net", "nate.com", "kakao.com"])


def oemail(rng):
    return rng.choice(["welfare", "minwon", "civil", "fire119", "police", "gwanak", "dangjin"]) + \
        str(rng.randint(1, 99)) + "@" + rng.choice(["seoul.go.kr", "korea.kr", "gwanak.go.kr",
                                                  "police.go.kr", "dangjin.go.kr", "ggyp.go.kr"])


BANKS = {
    "국민은행": lambda r: "%06d-%02d-%06d" % (r.randint(0, 999999), r.randint(0, 99), r.randint(0, 999999)),
    "KB국민은행": lambda r: "%06d-%02d-%06d" % (r.randint(0, 999999), r.randint(0, 99), r.randint(0, 999999)),
    "신한은행": lambda r: "110-%03d-%06d" % (r.randint(0, 999), r.randint(0, 999999)),
    "우리은행": lambda r: "1002-%03d-%06d" % (r.randint(0, 999), r.randint(0, 999999)),
    "하나은행": lambda r: "%03d-%06d-%05d" % (r.randint(100, 999), r.randint(0, 999999), r.randint(0, 99999)),
    "농협은행": lambda r: "302-%04d-%04d-%02d" % (r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 99)),
    "NH농협": lambda r: "351-%04d-%04d-%02d" % (r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 99)),
    "IBK기업은행": lambda r: "%03d-%06d-%02d-%03d" % (r.randint(0, 999), r.randint(0, 999999), r.randint(0, 99), r.randint(0, 999)),
    "카카오뱅크": lambda r: "3333-%02d-%07d" % (r.randint(0, 99), r.randint(0, 9999999)),
    "우체국": lambda r: "%06d-%02d-%06d" % (r.randint(0, 999999), r.randint(0, 99), r.randint(0, 999999)),
    "새마을금고": lambda r: "9002-%04d-%04d-%d" % (r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 9)),
    "토스뱅크": lambda r: "1000-%04d-%04d" % (r.randint(0, 9999), r.randint(0, 9999)),
}


def account(rng):
    bank = rng.choice(list(BANKS))
    num = BANKS[bank](rng)
    if rng.random() < 0.15:
        num = num.replace("-", "")
    return bank, num


def plate(rng):
    han = rng.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
    st = rng.choice(["new", "new", "old", "region", "space"])
    if st == "new":
        return "%d%s%04d" % (rng.randint(100, 399), han, rng.randint(1000, 9999))
    if st == "old":
        return "%02d%s%04d" % (rng.randint(10, 99), han, rng.randint(1000, 9999))
    if st == "region":
        return "%s%02d%s%04d" % (rng.choice(["서울", "경기", "충남", "부산", "인천"]), rng.randint(10, 99), han, rng.randint(1000, 9999))
    return "%d%s %04d" % (rng.randint(100, 399), han, rng.randint(1000, 9999))


def card(rng):
    g = ["%04d" % rng.randint(0, 9999) for _ in range(3)]
    return rng.choice(["9410", "4518", "5327", "3560", "4364"]) + rng.choice(["-", " "]).join([""] + g)


def passport(rng):
    return rng.choice("MSRGD") + ("%08d" % rng.randint(0, 99999999) if rng.random() < 0.6 else
                                   "%03d%s%04d" % (rng.randint(0, 999), rng.choice("ABCD"), rng.randint(0, 9999)))


def dlicense(rng):
    if rng.random() < 0.5:
        return "%02d-%02d-%06d-%02d" % (rng.randint(11, 28), rng.randint(10, 25), rng.randint(0, 999999), rng.randint(10, 99))
    return "%s %02d-%06d-%02d" % (rng.choice(["서울", "경기", "충남", "부산"]), rng.randint(10, 25), rng.randint(0, 999999), rng.randint(10, 99))


def ipaddr(rng):
    return "%d.%d.%d.%d" % (rng.choice([211, 118, 175, 222, 121, 61]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


REGIONS = [
    ("서울특별시", "서울", "관악구", ["신림로", "난곡로", "봉천로", "남부순환로", "관악로"], ["신림동", "봉천동", "남현동"]),
    ("서울특별시", "서울", "마포구", ["월드컵로", "망원로", "성미산로", "독막로"], ["망원동", "성산동", "합정동"]),
    ("서울특별시", "서울", "영등포구", ["도림로", "당산로", "신길로", "여의대방로"], ["도림동", "신길동", "당산동"]),
    ("서울특별시", "서울", "노원구", ["동일로", "상계로", "한글비석로"], ["상계동", "중계동", "하계동"]),
    ("경기도", "경기", "수원시 팔달구", ["효원로", "매산로", "경수대로"], ["인계동", "매교동"]),
    ("경기도", "경기", "안산시 단원구", ["원곡로", "중앙대로", "선부광장로"], ["원곡동", "선부동"]),
    ("충청남도", "충남", "당진시", ["당진중앙2로", "서해로", "합덕대덕로"], ["읍내동", "채운동"]),
    ("부산광역시", "부산", "사하구", ["낙동대로", "다대로", "하신중앙로"], ["괴정동", "하단동"]),
    ("인천광역시", "인천", "남동구", ["인주대로", "구월로", "논현로"], ["구월동", "만수동"]),
]
RURAL = [
    ("경기도", "경기", "양평군", "양서면", ["목왕리", "대심리", "신원리"]),
    ("충청남도", "충남", "당진시", "합덕읍", ["석우리", "운산리", "도리"]),
    ("전라남도", "전남", "해남군", "송지면", ["산정리", "미야리"]),
    ("경상북도", "경북", "의성군", "봉양면", ["도리원리", "화전리"]),
    ("강원특별자치도", "강원", "홍천군", "내촌면", ["물걸리", "도관리"]),
]
APTS = ["래미안", "한신", "주공", "현대", "e편한세상", "푸르지오", "삼성", "벽산", "우성", "행복"]


def address(rng, kind=None):
    """a private residential address; returns (text, region tuple)."""
    kind = kind or rng.choice(["road", "road", "road_apt", "lot", "rural", "short", "unit"])
    if kind == "rural":
        p, ps, g, eup, ris = rng.choice(RURAL)
        pre = rng.choice([p + " ", ps + " ", ""])
        s = "%s%s %s %s %d" % (pre, g, eup, rng.choice(ris), rng.randint(10, 999))
        if rng.random() < 0.4:
            s += "-%d" % rng.randint(1, 30)
        return s
    p, ps, g, roads, dongs = rng.choice(REGIONS)
    pre = rng.choice([p + " ", ps + " ", p + " ", ""])
    if kind == "road":
        s = "%s%s %s %d" % (pre, g, rng.choice(roads), rng.randint(1, 300))
        if rng.random() < 0.5:
            s += "-%d" % rng.randint(1, 40)
        if rng.random() < 0.5:
            s += rng.choice([", %d호" % rng.randint(101, 502), " %d층" % rng.randint(1, 4),
                             ", 지하 1층", " (%s)" % rng.choice(dongs)])
        return s
    if kind == "road_apt":
        return "%s%s %s %d, %d동 %d호" % (pre, g, rng.choice(roads), rng.randint(1, 300),
                                        rng.randint(101, 120), rng.randint(1, 25) * 100 + rng.randint(1, 6)) + \
            rng.choice(["", " (%s, %s아파트)" % (rng.choice(dongs), rng.choice(APTS))])
    if kind == "lot":
        return "%s%s %s %d-%d" % (pre, g, rng.choice(dongs), rng.randint(1, 1800), rng.randint(1, 60)) + \
            rng.choice(["", " %s빌라 %d호" % (rng.choice(["한빛", "대림", "청솔", "그린"]), rng.randint(101, 402))])
    if kind == "short":
        return "%s %s %d" % (g, rng.choice(roads), rng.randint(1, 300)) + rng.choice(["", "-%d" % rng.randint(1, 40)])
    # unit only
    return rng.choice(["%d동 %d호" % (rng.randint(101, 120), rng.randint(1, 25) * 100 + rng.randint(1, 6)),
                       "%d호" % rng.randint(101, 502)])


PUBLIC_PLACES = ["서울특별시 관악구 관악로 145", "서울특별시 중구 세종대로 110", "충청남도 당진시 시청1로 1",
                 "경기도 양평군 양평읍 군청앞길 2", "서울특별시 서초구 서초중앙로 157", "서울 마포구 월드컵로 212"]
PUBLIC_PLACE_NAMES = ["관악구청", "서울특별시청", "당진시청", "양평군청", "서울중앙지방법원", "마포구청"]
COURTS = ["서울중앙지방법원", "서울남부지방법원", "수원지방법원 안산지원", "대전지방법원 서산지원",
          "광주지방법원 해남지원", "서울고등법원", "부산지방법원 동부지원", "인천지방법원", "서울가정법원",
          "대구지방법원 의성지원", "춘천지방법원 홍천군법원"]
COMPANIES = ["(주)한빛건설", "주식회사 대성물산", "유한회사 미래푸드", "(주)서해물류", "주식회사 동방테크",
             "(주)새벽유통", "○○운수(주)", "한결산업 주식회사", "(유)청솔식품"]
HOSPITALS = ["○○대학교병원", "서울보라매병원", "당진종합병원", "△△정형외과의원", "국립정신건강센터",
             "양평군보건의료원", "한림대학교 강남성심병원", "○○요양병원"]
POLICE = ["관악경찰서", "마포경찰서", "당진경찰서", "양평경찰서", "안산단원경찰서", "사하경찰서"]
FIRE = ["관악소방서", "마포소방서", "당진소방서", "양평소방서", "안산소방서", "사하소방서"]
OFFICES = [("관악구", "구청", "신림동"), ("마포구", "구청", "망원1동"), ("영등포구", "구청", "도림동"),
           ("당진시", "시청", "합덕읍"), ("양평군", "군청", "양서면"), ("해남군", "군청", "송지면"),
           ("의성군", "군청", "봉양면"), ("노원구", "구청", "상계3동")]
INJURIES = ["비골 골절상", "우측 요골 원위부 골절", "안면부 타박상", "뇌진탕", "좌측 늑골 골절상",
            "요추 염좌", "우측 슬관절 인대 파열", "두피 열상", "경추 염좌", "치아 파절"]
CONDITIONS = ["우울증", "중등도 우울증", "공황장애", "알코올 의존증", "알츠하이머형 치매", "뇌경색",
              "당뇨병", "고혈압", "조현병", "양극성 장애", "파킨슨병", "만성 신부전", "폐암 3기",
              "외상 후 스트레스 장애", "경도인지장애"]
DISAB = ["지체장애 2급", "시각장애 1급", "청각장애(심한 장애)", "지적장애 3급", "뇌병변장애(심한 장애)",
         "정신장애 2급", "장애의 정도가 심한 장애인", "장기요양 3등급", "장기요양 4등급(치매)"]
STATUTES = ["형법 제257조 제1항", "형법 제347조 제1항", "도로교통법 제148조의2 제1항", "민법 제750조",
            "국민기초생활 보장법 제23조", "식품위생법 제44조 제1항", "개인정보 보호법 제71조",
            "특정범죄 가중처벌 등에 관한 법률 제5조의11", "건축법 제79조", "주택임대차보호법 제3조의2",
            "민법 제1000조 제1항", "상법 제732조의2", "폭력행위 등 처벌에 관한 법률 제2조 제2항"]
LAWNO = ["법률 제%d호" % n for n in (17091, 18652, 19134, 12345, 16954)]


def case_no(rng, kind):
    y = rng.randint(2019, 2026)
    return "%d%s%d" % (y, kind, rng.randint(1000, 99999) if kind not in ("가합", "구합") else rng.randint(50000, 599999))


def won(rng, lo=1, hi=500):
    v = rng.randint(lo, hi) * rng.choice([10000, 100000, 1000000])
    opts = ["{:,}원".format(v), "금 {:,}원".format(v)]
    if v < 100000000:
        opts.append("{:,}만 원".format(v // 10000))
    elif v % 10000000 == 0:
        opts.append("%d억 %s원" % (v // 100000000, ("{:,}만 ".format((v % 100000000) // 10000)) if v % 100000000 else ""))
    return rng.choice(opts).replace("  ", " ")


def age(rng, lo=20, hi=89):
    return rng.randint(lo, hi)


# ---------------------------------------------------------------- templates
# Each template: f(rng, b, anon) -> meta dict (department, doc_type, title, rank, nonpublic grounds or None)
# anon=True must produce NO personal value (masked forms only).

def P(rng, anon, pool=None, style=None):
    return mname(rng, pool) if anon else rname(rng, style)


def t_crim_assault(rng, b, anon):
    court = rng.choice(COURTS)
    cn = case_no(rng, rng.choice(["고단", "고정", "노"]))
    if rng.random() < 0.4:
        b.t(rng.choice(["범죄사실\n", "【범죄사실】\n", "[범 죄 사 실]\n", "1. 범죄사실\n"]))
    d = idate(rng, 2019, 2025)
    dpn = P(rng, anon, ["A", "甲", "김○수", "피고인"] if anon else None)
    vic = P(rng, anon, ["B", "乙", "이○○", "피해자 B"] if anon else None)
    if dpn["surface"] != "피고인":
        b.t("피고인 ")
    b.p(dpn)
    if not anon and rng.random() < 0.45:
        y, m, dd = birth(rng, 1960, 2003)
        if rng.random() < 0.5:
            b.t("(").e(bd_text(y, m, dd, rng), "BIRTH_DATE").t(rng.choice(["생)", "생, 남)", "생, 여)"]))
        else:
            b.t(rng.choice(["(%d년생)" % y, "(%s년생)" % str(y)[2:], "(%d세)" % rng.randint(20, 60), "(만 %d세)" % rng.randint(20, 60)]))
    b.t(josa(dpn["reading"], "은"))
    b.t(" %s %s경 " % (d, itime(rng)))
    place = rng.choice(["서울 관악구 신림로 소재 '○○호프' 주점 앞 노상", "당진시 읍내동에 있는 편의점 앞",
                        "안산시 단원구 원곡동 소재 공원 벤치 부근", "피해자가 운영하는 식당 안"])
    home = False
    if not anon and rng.random() < 0.35:
        home = True
        b.t("피해자의 주거지인 ").e(address(rng, rng.choice(["road_apt", "lot", "road"])), "ADDRESS").t("에서 ")
    else:
        b.t(place + "에서 ")
    if vic["surface"].startswith("피해자"):
        b.p(vic)
    else:
        b.t("피해자 ").p(vic)
    if rng.random() < 0.6:
        b.t("(%s, %d세)" % (rng.choice(["남", "여"]), rng.randint(19, 80)))
    vr = vic["reading"]
    b.t(rng.choice([josa(vr, "과") + " 말다툼을 하던 중 화가 나 ",
                    josa(vr, "이") + " 시끄럽다고 항의하였다는 이유로 ",
                    josa(vr, "과") + " 술값 문제로 시비가 되어 "]))
    b.t("주먹으로 피해자의 얼굴을 수회 때려 피해자에게 약 %d주간의 치료가 필요한 " % rng.randint(2, 8))
    inj = rng.choice(INJURIES)
    if anon:
        b.t(inj)
    else:
        b.e(inj, "HEALTH_INFO")
    b.t(rng.choice(["을 가하였다.", " 등의 상해를 가하였다."]) if _jong(inj) else rng.choice(["를 가하였다.", " 등의 상해를 가하였다."]))
    if rng.random() < 0.5:
        b.t(" 이로써 피고인은 %s에 해당하는 죄를 범하였다." % rng.choice(["형법 제257조 제1항", "폭력행위 등 처벌에 관한 법률 제2조 제2항"]) if rng.random() < 0.5
            else " (%s %s, 재판장 판사 %s)" % (court, cn, ofname(rng)))
    return dict(department=court, doc_type="형사 판결문 발췌", title="상해 사건 판결 범죄사실 (%s)" % cn, rank="부장판사")


def t_dui(rng, b, anon):
    court = rng.choice(COURTS)
    cn = case_no(rng, "고단")
    dpn = P(rng, anon, ["A", "피고인 A", "김○○"] if anon else None)
    if not dpn["surface"].startswith("피고인"):
        b.t("피고인 ")
    b.p(dpn, "은")
    b.t(" %s %s경 혈중알코올농도 0.%03d%%의 술에 취한 상태로 " % (idate(rng, 2020, 2025), itime(rng), rng.randint(31, 210)))
    b.t(rng.choice(["서울 관악구 봉천로 앞 도로에서부터 같은 구 남부순환로", "당진시 서해로 일대", "양평군 양서면 소재 국도 6호선"]))
    b.t(" 약 %d.%dkm 구간에서 " % (rng.randint(0, 12), rng.randint(1, 9)))
    if anon:
        b.t("%s 승용차를 운전하였다." % rng.choice(["쏘나타", "K5", "그랜저", "모닝"]))
    else:
        pl = plate(rng)
        b.e(pl, "VEHICLE_PLATE").t(" %s 승용차를 운전하였다." % rng.choice(["쏘나타", "K5", "그랜저", "모닝", "아반떼"]))
        if rng.random() < 0.45:
            b.t(" 피고인의 자동차운전면허(")
            b.e(dlicense(rng), "KR_DRIVER_LICENSE")
            b.t(")는 %s 취소되었다." % idate(rng, 2024, 2025))
    if rng.random() < 0.5:
        b.t(" 검사 %s은 %s 위반으로 피고인을 기소하였다." % (ofname(rng), rng.choice(["도로교통법 제148조의2 제1항", "도로교통법 제44조 제1항"])))
    return dict(department=court, doc_type="형사 판결문 발췌", title="도로교통법위반(음주운전) %s" % cn, rank="판사")


def t_civil_loan(rng, b, anon):
    court = rng.choice(COURTS)
    cn = case_no(rng, rng.choice(["가단", "가소", "가합", "나"]))
    pl = P(rng, anon, ["원고", "A"] if anon else None)
    df = P(rng, anon, ["피고", "B"] if anon else None)
    hdr = rng.choice(["", "1. 기초사실\n", "가. 인정사실\n", "【이유】\n"])
    b.t(hdr)
    if pl["surface"] != "원고":
        b.t("원고 ")
    b.p(pl, "은")
    ly = rng.randint(2018, 2023)
    d = idate(rng, ly, ly)
    b.t(" %s " % d)
    if df["surface"] != "피고":
        b.t("피고 ")
    b.p(df)
    b.t("에게 %s을 변제기 %s로 정하여 대여하면서, " % (won(rng, 5, 900), idate(rng, ly + 1, ly + 2)))
    if anon:
        b.t("피고 명의의 예금계좌로 위 돈을 송금하였다")
    else:
        bank, ac = account(rng)
        b.t(rng.choice(["피고 명의의 %s 계좌(" % bank, "피고가 지정한 %s " % bank]))
        b.e(ac, "BANK_ACCOUNT")
        b.t(")로 위 돈을 송금하였다" if b.parts[-2].endswith("(") else josa(ac, "로") + " 위 돈을 송금하였다")
    end = rng.choice(["(다툼 없는 사실, 갑 제1, 2호증의 각 기재).", ".", " 사실이 인정된다."])
    if end.startswith(" 사실"):
        b.parts[-1] = b.parts[-1].replace("송금하였다", "송금한")
        b.pos -= 2
    b.t(end)
    if rng.random() < 0.5:
        b.t(" 따라서 피고는 원고에게 위 대여금 및 이에 대하여 %s부터 다 갚는 날까지 연 12%%의 비율로 계산한 지연손해금을 지급할 의무가 있다." % idate(rng, 2020, 2025))
    if not anon and rng.random() < 0.3:
        lw = rname(rng, "full")
        b.t(" (원고 소송대리인 법무법인 %s 담당변호사 " % rng.choice(["한결", "세움", "다온", "바른길"]))
        b.p(lw)
        b.t(")")
    return dict(department=court, doc_type="민사 판결문 발췌", title="대여금 %s 판결 이유" % cn, rank="판사")


def t_inherit(rng, b, anon):
    court = rng.choice(["서울가정법원", "수원가정법원", "대전가정법원", "광주가정법원 해남지원"])
    cn = case_no(rng, rng.choice(["느단", "느합", "드단"]))
    dec = P(rng, anon, ["망 A", "피상속인 A"] if anon else None)
    h1 = P(rng, anon, ["청구인 B", "B"] if anon else None)
    h2 = P(rng, anon, ["C", "상대방 C"] if anon else None)
    if not anon:
        b.t(rng.choice(["피상속인 망 ", "망 ", "피상속인 "]))
        b.p(dec)
        if rng.random() < 0.6:
            y, m, d = birth(rng, 1930, 1960)
            b.t("(").e(bd_text(y, m, d, rng), "BIRTH_DATE").t("생)")
        b.t(josa(dec["reading"], "은") + " ")
    else:
        b.p(dec, "은").t(" ")
    b.t("%s 사망하였고, 그 상속인으로는 배우자인 " % idate(rng, 2019, 2025))
    if not anon:
        b.t("청구인 ")
    b.p(h1)
    b.t("과 자녀인 " if _jong(h1["reading"]) else "와 자녀인 ")
    if not anon:
        b.t(rng.choice(["상대방 ", ""]))
    b.p(h2)
    b.t(rng.choice(["이 있다.", "가 있다."]) if True else "")
    # fix josa of last
    b.parts[-1] = josa(h2["reading"], "이") + " 있다."
    if not anon and rng.random() < 0.6:
        b.t(" 피상속인은 사망 당시 ")
        b.e(address(rng, rng.choice(["road", "rural", "lot"])), "ADDRESS")
        b.t(rng.choice(["에 거주하였다.", "에 주소를 두고 있었다."]))
    if rng.random() < 0.5:
        b.t(" 상속재산분할에 관하여는 %s에 따라 법정상속분을 기준으로 한다." % rng.choice(["민법 제1009조", "민법 제1013조 제2항"]))
    return dict(department=court, doc_type="가사 결정문 발췌", title="상속재산분할 %s" % cn, rank="부장판사")


def t_insurance(rng, b, anon):
    court = rng.choice(COURTS)
    cn = case_no(rng, rng.choice(["가단", "가합", "나"]))
    ins = P(rng, anon, ["A", "소외 A"] if anon else None)
    comp = rng.choice(["피고 ○○화재해상보험 주식회사", "피고 △△생명보험 주식회사", "피고 보험회사"])
    b.t(rng.choice(["가. ", "", "1) "]))
    b.t("%s는 %s " % (comp, idate(rng, 2015, 2022)))
    b.t(rng.choice(["원고와 사이에 피보험자를 ", "보험계약자 겸 피보험자를 "]))
    b.p(ins)
    b.t("(" + ("이하 '피보험자'" if True else "") + ")" if rng.random() < 0.3 else "")
    b.t("%s 하는 %s보험계약을 체결하였다." % ("으로" if not ins["masked"] and _jong(ins["reading"]) not in (0, 8) else "로", rng.choice(["상해", "실손의료", "종합"])))
    b.t(" 피보험자는 %s " % idate(rng, 2020, 2024))
    cond = rng.choice(CONDITIONS + INJURIES)
    if anon:
        b.t(cond)
    else:
        b.e(cond, "HEALTH_INFO")
    b.t(rng.choice([" 진단을 받고 %s에서 %d일간 입원 치료를 받았다." % (rng.choice(HOSPITALS), rng.randint(3, 60)),
                    "%s 입원하였다." % (" 진단 아래 " + rng.choice(HOSPITALS) + "에"),
                    " 진단을 받았다."]))
    if not anon and rng.random() < 0.4:
        b.t(" 원고는 보험금을 원고 명의 ")
        bank, ac = account(rng)
        b.t(bank + " ").e(ac, "BANK_ACCOUNT").t(" 계좌로 지급하여 달라고 청구하였다.")
    return dict(department=court, doc_type="민사 판결문 발췌", title="보험금 %s" % cn, rank="판사")


def t_witness(rng, b, anon):
    court = rng.choice(COURTS)
    w = P(rng, anon, ["증인 A", "A", "증인 김○○"] if anon else None)
    if not w["surface"].startswith("증인"):
        b.t("증인 ")
    b.p(w, "은")
    b.t(rng.choice([" 이 법정에서 ", " 수사기관에서부터 이 법정에 이르기까지 일관하여 ", " 제3회 공판기일에서 "]))
    opener, closer, tail = rng.choice([("'", "'", "라고 진술하였다."), ("\"", "\"", "라는 취지로 진술하였다."),
                                       ("“", "”", "라고 증언하였다.")])
    b.t(opener)
    k = rng.randrange(5)
    if k == 0:
        b.t("그날 밤 피고인이 제 휴대폰")
        if anon:
            b.t("으로 ")
        else:
            v = mobile(rng)
            b.t(" ").e(v, "PHONE").t(josa(v, "로") + " ")
        b.t("전화해서 돈을 안 갚으면 가만 안 두겠다고 했습니다")
    elif k == 1:
        b.t("저는 ")
        if anon:
            b.t("바로 옆 세대")
        else:
            b.e(address(rng, rng.choice(["road_apt", "short", "lot", "unit"])), "ADDRESS")
        b.t("에 사는데, 그날 새벽에 옆집에서 유리 깨지는 소리가 났어요")
    elif k == 2:
        b.t("피고인이 ")
        if anon:
            b.t("알려준 계좌로")
        else:
            bank, ac = account(rng)
            b.t(bank + " ").e(ac, "BANK_ACCOUNT").t(" 계좌로")
        b.t(" 돈을 보내라고 해서 그대로 보냈습니다")
    elif k == 3:
        if anon:
            b.t("그 차가 흰색 승용차였던 것은 확실히 기억합니다")
        else:
            v = plate(rng)
            b.t("그 차 번호가 ").e(v, "VEHICLE_PLATE").t(("이었던" if _jong(v) else "였던") + " 것은 확실히 기억합니다")
    else:
        b.t("당시 저는 ")
        if anon:
            b.t("몸이 좋지 않아서")
        else:
            c = rng.choice(CONDITIONS)
            b.e(c, "HEALTH_INFO").t(" 때문에 약을 먹고 있어서")
        b.t(" 정신이 좀 없었습니다")
    b.t(closer + tail)
    if rng.random() < 0.5:
        b.t(" 그러나 위 진술은 %s의 기재에 비추어 선뜻 믿기 어렵다." % rng.choice(["통화내역 조회 결과", "CCTV 영상 캡처 사진", "계좌거래내역"]))
    return dict(department=court, doc_type="판결문 발췌", title="증거의 요지", rank="판사")


def t_debtor(rng, b, anon):
    court = rng.choice([c for c in COURTS if "가정" not in c and "고등" not in c])
    ck, cname, head, last = rng.choice([
        ("카단", "채권가압류", "결 정", "채무자의 제3채무자 %s에 대한 임금채권 중 %s에 이르기까지의 금액을 가압류한다." % (rng.choice(COMPANIES), won(rng))),
        ("카합", "부동산가압류", "결정", "채무자 소유의 별지 목록 기재 부동산을 가압류한다. 청구채권 %s." % won(rng)),
        ("차", "대여금", "지급명령", "채무자는 채권자에게 %s 및 이에 대한 지연손해금을 지급하라." % won(rng)),
        ("타경", "부동산강제경매", "경매개시결정", "별지 목록 기재 부동산에 대하여 경매절차를 개시하고 채권자를 위하여 이를 압류한다.")])
    cn = case_no(rng, ck)
    cr = P(rng, anon, ["A"] if anon else None)
    dr = P(rng, anon, ["B"] if anon else None)
    sep = rng.choice(["  ", "\t", " : ", "\n"])
    b.t("%s %s\n" % (court, head))
    b.t(rng.choice(["사    건  ", "사건 ", "사건: "]) + "%s %s\n" % (cn, cname))
    b.t("채 권 자" + sep)
    b.p(cr)
    if not anon:
        b.t(rng.choice([", ", "\n          ", " / 주소: "]))
        b.e(address(rng), "ADDRESS")
    b.t("\n채 무 자" + sep)
    b.p(dr)
    if not anon:
        if rng.random() < 0.5:
            b.t(" (").e(rrn(rng), "KR_RRN").t(")")
        b.t(rng.choice([", ", "\n          "]))
        b.e(address(rng), "ADDRESS")
    b.t("\n")
    b.t(last)
    return dict(department=court, doc_type="결정문", title="%s 결정" % cn, rank="사법보좌관")


def t_admin_appeal(rng, b, anon):
    gu, kind, dong = rng.choice(OFFICES)
    cl = P(rng, anon, ["청구인", "A"] if anon else None)
    if cl["surface"] != "청구인":
        b.t("청구인 ")
    b.p(cl, "은")
    ay = rng.randint(2022, 2024)
    item = rng.choice(["주거급여", "기초연금", "긴급복지 생계지원", "장애인 보조기기 지원", "기초생활수급자 책정"])
    b.t(" %s 피청구인 %s%s에게 %s 신청을 하였으나, 피청구인은 %s " % (
        idate(rng, ay, ay), gu, "청장" if kind == "구청" else ("수" if kind == "군청" else "장"), item,
        idate(rng, ay + 1, ay + 1)))
    b.t(rng.choice(["소득인정액이 선정기준액을 초과한다는 이유로 이를 거부하였다.",
                    "부양의무자 기준 미충족을 이유로 %s에 따라 부적합 통보를 하였다." % rng.choice(["국민기초생활 보장법 제23조", "긴급복지지원법 제7조"])]))
    if not anon and rng.random() < 0.6:
        b.t(" 청구인은 ")
        b.e(rng.choice(DISAB + CONDITIONS), "HEALTH_INFO")
        b.t(rng.choice(["으로 근로능력이 없다고 주장한다.", "을 앓고 있어 생계가 곤란하다고 주장한다."]) if True else "")
        last = b.ents[-1]["text"]
        if not _jong(last) or _jong(last) == 8:
            b.parts[-1] = b.parts[-1].replace("으로 근로", "로 근로").replace("을 앓고", "를 앓고")
    if rng.random() < 0.5:
        b.t(" (%s행정심판위원회 재결, 사건번호 %d-%05d)" % (rng.choice(["서울특별시", "경기도", "충청남도", "중앙"]), rng.randint(2023, 2025), rng.randint(1, 20000)))
    return dict(department="%s 행정심판위원회" % rng.choice(["서울특별시", "경기도", "충청남도"]), doc_type="행정심판 재결서 발췌",
                title="행정심판 재결 이유", rank="위원장")


def t_minwon_memo(rng, b, anon):
    gu, kind, dong = rng.choice(OFFICES)
    who = P(rng, anon, ["민원인", "김○○", "신청인"] if anon else None)
    if rng.random() < 0.5:
        b.t(rng.choice(["■ 민원 처리 결과 알림\n", "[민원 처리 결과]\n", "제목: 불법 주정차 민원 처리\n", "○ 민원 요지\n"]))
    b.t(rng.choice(["", "- ", "○ "]))
    if who["surface"] not in ("민원인", "신청인"):
        b.t(rng.choice(["민원인 ", "신청인 "]))
    b.p(who)
    if not anon and rng.random() < 0.7:
        b.t("(")
        b.e(mobile(rng), "PHONE")
        b.t(")")
    b.t(josa(who["reading"], "이") if not who["masked"] else josa(who["reading"], "이"))
    b.t(" %s 국민신문고를 통해 제기한 " % idate(rng, 2025, 2026))
    b.t(rng.choice(["%s 앞 불법 주정차" % (address(rng, "short") if False else "○○초등학교"), "생활 소음", "무단 투기 쓰레기", "보도블록 파손", "가로등 고장"]))
    b.t(" 민원에 대하여 현장 확인 후 조치하였음을 알려드리고자 함.")
    if not anon and rng.random() < 0.5:
        b.t(" 민원인 거주지(")
        b.e(address(rng, rng.choice(["road", "unit", "road_apt"])), "ADDRESS")
        b.t(") 인근 %s에 대해서는 추가 점검 예정임." % rng.choice(["이면도로", "골목길", "공영주차장"]))
    if rng.random() < 0.8:
        off = ofname(rng)
        b.t(rng.choice(["\n(담당: %s%s %s 주무관, ☎ %s)" % (gu, rng.choice([" 교통행정과", " 청소행정과", " 건설관리과"]), off, office_phone(rng)),
                        " 기타 문의사항은 %s 주무관(%s)에게 연락 바람." % (off, office_phone(rng)),
                        " 문의: %s (%s)" % (oemail(rng), office_phone(rng))]))
    return dict(department="%s %s" % (gu, rng.choice(["교통행정과", "청소행정과", "건설관리과", "민원여권과"])),
                doc_type="민원 처리 결과", title="민원 처리 결과 알림", rank="과장")


def t_welfare_kv(rng, b, anon):
    gu, kind, dong = rng.choice(OFFICES)
    who = P(rng, anon, ["김○○", "대상자 A", "이**"] if anon else None)
    key = rng.choice(["대상자", "성명", "이름", "상담대상", "신청인"])
    sep = rng.choice([": ", " : ", "\t", " - ", "："])
    b.t(rng.choice(["", "[%s 맞춤형복지팀 상담기록]\n" % dong, "◆ 복지 상담 내역\n"]))
    b.t("상담일" + sep + idate(rng, 2025, 2026) + "\n")
    b.t(key + sep)
    b.p(who)
    if not anon:
        bits = []
        r = rng.random()
        b.t(" (")
        if r < 0.35:
            y, m, d = birth(rng, 1935, 1965)
            b.e(bd_text(y, m, d, rng), "BIRTH_DATE").t("생")
        elif r < 0.6:
            b.e(rrn(rng, masked=True), "KR_RRN")
        else:
            b.t("만 %d세" % rng.randint(62, 94))
        b.t(", %s)" % rng.choice(["독거", "부부 세대", "손자녀와 동거", "1인 가구"]))
        b.t("\n" + rng.choice(["주소", "거주지", "주 소"]) + sep)
        b.e(address(rng), "ADDRESS")
        b.t("\n" + rng.choice(["연락처", "전화", "휴대전화"]) + sep)
        b.e(mobile(rng) if rng.random() < 0.7 else home_phone(rng), "PHONE")
    else:
        b.t(" (만 %d세)" % rng.randint(62, 94))
    b.t("\n" + rng.choice(["상담내용", "내용", "특이사항"]) + sep)
    b.t("대상자는 ")
    c = rng.choice(CONDITIONS + DISAB)
    if anon:
        b.t("거동이 불편하여")
    else:
        b.e(c, "HEALTH_INFO")
        b.t(josa(c, "로") + " 거동이 불편하여")
    b.t(rng.choice([" 방문요양 서비스 연계를 희망함.", " 밑반찬 배달 및 안부 확인 서비스 연계 바람.", " 긴급복지 의료지원 신청 안내함."]))
    grounds = None
    if not anon and rng.random() < 0.4:
        grounds = [6]
    return dict(department="%s %s" % (gu, dong + (" 행정복지센터" if kind != "군청" else "사무소")), doc_type="복지 상담 기록",
                title="복지 상담 기록", rank="동장" if "동" in dong else "읍면장", nonpublic=grounds)


def t_permit(rng, b, anon):
    gu, kind, dong = rng.choice(OFFICES)
    comp = rng.choice(COMPANIES)
    bn = "%03d-%02d-%05d" % (rng.randint(100, 899), rng.randint(10, 99), rng.randint(0, 99999))
    who = P(rng, anon, ["신청인", "대표자"] if anon else None)
    b.t(rng.choice(["1. ", "가. ", "", "□ "]))
    ptype, law, act = rng.choice([("일반음식점 영업신고", "식품위생법 제37조", "수리"), ("옥외광고물 표시 허가", "옥외광고물 등의 관리와 옥외광고산업 진흥에 관한 법률 제3조", "허가"),
                                  ("도로점용 허가", "도로법 제61조", "허가"), ("건축물 사용승인", "건축법 제22조", "승인")])
    b.t("%s(사업자등록번호 %s)의 %s 신청에 대하여 " % (comp, bn, ptype))
    b.t("%s 현장 확인 결과 %s에 적합하여 %s하고자 함." % (idate(rng, 2025, 2026), law, act))
    if not anon and rng.random() < 0.8:
        b.t(" " + rng.choice(["다만 종업원 ", "아울러 건축주 ", "영업장 관리인 "]))
        b.p(who)
        if b.parts[-2].endswith("건축주 "):
            b.t("(").e(address(rng, "road"), "ADDRESS").t(" 거주)")
        b.t(josa(who["reading"], "은"))
        b.t(rng.choice([" 건강진단결과서 유효기간이 경과하여 재발급 받도록 안내하였음." if "종업원" in b.parts[-3] else " 현장 확인에 입회하였음.",
                        " 보완 서류를 %s까지 제출하기 바람." % idate(rng, 2026, 2026),
                        " 연락처 "]))
        if b.parts[-1] == " 연락처 ":
            v = mobile(rng)
            b.e(v, "PHONE").t(josa(v, "로") + " 결과를 통보하였음.")
    b.t(" 업소 대표전화 %s-%s-%04d, 소재지 %s." % (rng.choice(["02", "031", "041"]), rng.randint(300, 999), rng.randint(0, 9999), rng.choice(["서울 관악구 신림로 %d, 1층" % rng.randint(1, 300), "당진시 서해로 %d" % rng.randint(1, 300), "양평군 양서면 목왕로 %d" % rng.randint(1, 300)])))
    return dict(department="%s %s" % (gu, rng.choice(["위생과", "건축과", "도시디자인과", "건설과"])), doc_type="인허가 검토",
                title="영업신고 수리 검토", rank="과장")


def t_subsidy(rng, b, anon):
    gu, kind, dong = rng.choice(OFFICES)
    who = P(rng, anon, ["○○○", "농가 A"] if anon else None)
    b.t(rng.choice(["", "□ 보조금 지급 계획\n", "제목: %d년 소규모 농기계 지원사업 보조금 지급\n" % rng.randint(2025, 2026)]))
    b.t(rng.choice(["○ ", "- ", "1. ", ""]))
    b.t(rng.choice(["보조사업자 ", "지원 대상 농가 ", "수령인 ", "신청인 "]))
    b.p(who)
    if not anon:
        b.t("(" + rng.choice(["", "연락처 ", "☎ "]))
        b.e(mobile(rng), "PHONE")
        b.t(")")
    b.t(josa(who["reading"], "에게") if False else "에게 ")
    amt = rng.randint(2, 300) * 10000
    b.t("%s 보조금 %s을 " % (rng.choice(["농기계 구입", "주택 수리", "노후 슬레이트 철거", "청년 월세"]),
                          rng.choice(["{:,}원".format(amt), "{:,}만 원".format(amt // 10000), "금{:,}원".format(amt)])))
    if anon:
        b.t("본인 명의 계좌로 지급하고자 함.")
    else:
        bank, ac = account(rng)
        b.t(rng.choice(["%s " % bank, "%s(예금주 본인) " % bank]))
        b.e(ac, "BANK_ACCOUNT")
        b.t(josa(ac, "로") + " 지급하고자 함.")
    b.t(" 예산: %s %s(%s 일반회계)." % (rng.choice(["농업기술센터", "주택과", "청년정책과"]), won(rng, 100, 900), rng.randint(2025, 2026)))
    np = None
    if rng.random() < 0.25:
        b.t(" ※ 보조금심의위원회 심의 중으로 지급 여부 미확정.")
        np = [5]
    return dict(department="%s %s" % (gu, rng.choice(["농업정책과", "주택과", "청년정책과"])), doc_type="보조금 지급 계획",
                title="보조금 지급 계획", rank="과장", nonpublic=np)


def t_facility(rng, b, anon):
    gu, kind, dong = rng.choice(OFFICES)
    res = P(rng, anon, ["입소자 A", "김○○"] if anon else None)
    gd = P(rng, anon, ["보호자", "B"] if anon else None)
    fac = rng.choice(["○○요양원", "행복노인요양센터", "△△장애인거주시설", "사랑의집 공동생활가정"])
    b.t(rng.choice(["", "※ ", "○ "]))
    b.t("%s 입소자 " % fac if not res["surface"].startswith("입소자") else "%s " % fac)
    b.p(res)
    b.t("(%d세" % rng.randint(65, 98))
    if not anon:
        b.t(", ")
        b.e(rng.choice(DISAB + CONDITIONS[4:]), "HEALTH_INFO")
    b.t(")" + josa(res["reading"], "이") + " %s %s경 낙상하여 " % (idate(rng, 2025, 2026), itime(rng)))
    if anon:
        b.t("병원으로 이송되었음.")
    else:
        inj = rng.choice(INJURIES[:3] + ["고관절 골절", "대퇴골 골절"])
        b.t(rng.choice(HOSPITALS) + "에서 ").e(inj, "HEALTH_INFO").t(" 진단을 받고 입원 치료 중임.")
    b.t(" 시설장은 즉시 ")
    if gd["surface"] != "보호자":
        b.t("보호자 ")
    b.p(gd)
    if not anon:
        b.t("(%s, " % rng.choice(["아들", "딸", "배우자", "며느리", "조카"]))
        v = mobile(rng)
        b.e(v, "PHONE").t(")")
    b.t("에게 " + rng.choice(["연락하였다고 보고함.", "통보하였으며 %s 사회복지과(%s)에 사고 보고서를 제출하였음." % (gu, office_phone(rng))]))
    return dict(department="%s 어르신복지과" % gu, doc_type="사고 보고", title="노인요양시설 안전사고 보고", rank="과장")


def t_police(rng, b, anon):
    ps = rng.choice(POLICE)
    vic = P(rng, anon, ["피해자 A", "A", "김모"] if anon else None)
    sus = P(rng, anon, ["피의자 B", "B", "성명불상자"] if anon else None)
    layout = rng.choice(["kv", "prose"])
    if layout == "kv":
        sep = rng.choice([": ", " : ", "\t"])
        b.t(rng.choice(["■ 발생보고\n", "[사건 발생 보고]\n", "○ 112 신고 처리 결과\n"]))
        b.t("일시" + sep + "%s %s경\n" % (idate(rng, 2025, 2026), itime(rng)))
        b.t("장소" + sep + rng.choice(["관악구 신림동 소재 ○○마트 앞 노상", "당진시 읍내동 시외버스터미널 대합실", "마포구 망원로 일대 이면도로"]) + "\n")
        b.t("피해자" + sep)
        b.p(vic)
        if not anon:
            b.t("(%s, %d세, " % (rng.choice(["여", "남"]), rng.randint(18, 85)))
            b.e(mobile(rng), "PHONE").t(")")
        b.t("\n내용" + sep)
        b.t("피해자가 ")
    else:
        b.t("%s %s경 " % (idate(rng, 2025, 2026), itime(rng)))
        if not vic["surface"].startswith("피해자"):
            b.t("피해자 ")
        b.p(vic)
        if not anon and rng.random() < 0.6:
            b.t("(")
            y, m, d = birth(rng, 1945, 2005)
            if rng.random() < 0.5:
                b.e(rrn(rng, (y, m, d)), "KR_RRN")
            else:
                b.e(bd_text(y, m, d, rng), "BIRTH_DATE").t("생")
            b.t(")")
        b.t(josa(vic["reading"], "이") + " ")
    b.t(rng.choice(["보이스피싱 조직원에게 속아 ", "중고거래 사기를 당해 ", "택배 기사를 사칭한 문자를 받고 "]))
    if anon:
        b.t("금원을 송금하였다는 신고가 접수됨.")
    else:
        r = rng.random()
        if r < 0.4:
            bank, ac = account(rng)
            b.t("피의자가 알려준 %s 계좌(" % bank).e(ac, "BANK_ACCOUNT").t(")로 %s을 송금하였다는 신고가 접수됨." % won(rng, 10, 500))
        elif r < 0.7:
            b.t("본인 명의 신용카드(").e(card(rng), "CARD_NUMBER").t(") 정보를 입력하였고 %s이 결제됨." % won(rng, 10, 200))
        else:
            b.t("원격제어 앱을 설치하였으며, 접속 IP ").e(ipaddr(rng), "IP_ADDRESS").t("에서 피해자 계정 로그인 기록이 확인됨.")
    if not anon and rng.random() < 0.5:
        b.t(" 피의자 ")
        b.p(sus)
        b.t("(")
        if sus.get("foreign"):
            b.e(rrn(rng, masked=False, foreign=True), "KR_FRN")
        else:
            b.e(rrn(rng), "KR_RRN")
        b.t(")" + josa(sus["reading"], "은") + " 주거지인 ")
        b.e(address(rng, rng.choice(["road_apt", "lot", "road"])), "ADDRESS")
        b.t("에서 검거됨.")
    elif rng.random() < 0.5:
        b.t(" 담당 %s %s(%s)." % (rng.choice(["수사2팀장 경감", "경위", "경사", "사이버수사팀 경장"]), ofname(rng), office_phone(rng)))
    np = [4] if rng.random() < 0.6 else None
    if np and rng.random() < 0.3:
        np = [4, 6]
    return dict(department="%s %s" % (ps, rng.choice(["형사과", "수사과", "여성청소년과"])), doc_type="사건 발생보고",
                title="사건 발생보고", rank="과장", nonpublic=np)


def t_traffic(rng, b, anon):
    ps = rng.choice(POLICE)
    d1 = P(rng, anon, ["A", "운전자 A"] if anon else None)
    d2_ = P(rng, anon, ["B", "피해자 B"] if anon else None)
    b.t(rng.choice(["", "[교통사고 발생 보고]\n", "교통사고 처리 결과\n"]))
    b.t("%s %s경 %s 교차로에서 " % (idate(rng, 2024, 2026), itime(rng), rng.choice(["관악구 봉천로와 남부순환로가 만나는", "당진시 서해로", "양평군 양서면 국도 6호선"])))
    if anon:
        b.t("운전자 A가 운전하는 승용차가 신호를 위반하여 피해자 B가 운전하던 오토바이를 들이받았다.")
    else:
        pl1, pl2 = plate(rng), plate(rng)
        b.e(pl1, "VEHICLE_PLATE").t(" 승용차 운전자 ")
        b.p(d1)
        if rng.random() < 0.5:
            y, m, d = birth(rng, 1950, 2004)
            if rng.random() < 0.5:
                b.t("(").e(bd_text(y, m, d, rng), "BIRTH_DATE").t("생)")
            else:
                b.t("(생년월일 ").e(bd_text(y, m, d, rng), "BIRTH_DATE").t(")")
        elif rng.random() < 0.4:
            b.t("(%d세)" % rng.randint(20, 80))
        if rng.random() < 0.35:
            b.t(", 면허번호 " if rng.random() < 0.5 else ", 운전면허 ").e(dlicense(rng), "KR_DRIVER_LICENSE").t(",")
        b.t(josa(d1["reading"], "이") + " 신호를 위반하여 직진하다가 ")
        b.e(pl2, "VEHICLE_PLATE").t(" 차량 운전자 ")
        b.p(d2_)
        b.t("의 차량 측면을 들이받아 ")
        b.p(d2_)
        b.t("에게 ")
        inj = rng.choice(INJURIES)
        b.e(inj, "HEALTH_INFO").t(" 등을 입게 하였다.")
    if rng.random() < 0.5:
        b.t(" 사고 처리 담당 %s 교통조사계 경사 %s(%s)." % (ps, ofname(rng), office_phone(rng)))
    return dict(department="%s 교통과" % ps, doc_type="교통사고 보고", title="교통사고 처리 결과", rank="교통과장",
                nonpublic=[4] if rng.random() < 0.2 else None)


def t_fire(rng, b, anon):
    fs = rng.choice(FIRE)
    who = P(rng, anon, ["거주자 A", "A씨", "김모(78)씨"] if anon else None)
    b.t(rng.choice(["", "□ 화재 발생 개요\n", "[화재 현장 조사 요약]\n", "【화재속보】 "]))
    b.t("%s %s경 " % (idate(rng, 2025, 2026), itime(rng)))
    if anon:
        b.t(rng.choice(["관악구 신림동 소재 다세대주택 3층", "당진시 합덕읍 소재 단독주택", "양평군 양서면 소재 비닐하우스"]))
    else:
        b.e(address(rng, rng.choice(["road", "lot", "rural", "road_apt"])), "ADDRESS")
        b.t(" " + rng.choice(["다세대주택", "단독주택", "아파트", "주택"]))
        b.t("(거주자 ")
        b.p(who)
        b.t(")")
    b.t("에서 " + rng.choice(["전기적 요인으로 추정되는 화재가 발생하였다.", "주방 음식물 조리 중 부주의로 화재가 발생하였다.", "원인 미상의 화재가 발생하였다."]))
    if anon:
        b.t(" 이 화재로 거주자 1명이 연기를 흡입하여 병원으로 이송되었다.")
    else:
        b.t(" 이 화재로 ")
        b.p(who)
        b.t(josa(who["reading"], "이") + " ")
        b.e(rng.choice(["2도 화상", "하지 2도 화상", "안면부 1도 화상", "양손 2도 화상"]), "HEALTH_INFO")
        b.t(josa(b.ents[-1]["text"], "을") + " 입고 %s으로 이송되었다." % rng.choice(HOSPITALS))
    inv = ofname(rng)
    b.t(" 재산피해는 약 %s(소방서 추산)이며, %s 화재조사관 소방위 %s%s 현장을 조사 중이다." % (won(rng, 100, 5000), fs, inv, josa(inv, "이")))
    return dict(department="%s 화재조사팀" % fs, doc_type="화재 발생 보고", title="화재 발생 보고", rank="서장")


def t_news(rng, b, anon):
    gu, kind, dong = rng.choice(OFFICES)
    who = P(rng, anon, ["김모(67)씨", "주민 A씨", "이모씨"] if anon else None)
    title = rng.choice(["%s, 홀몸 어르신 안부 확인 서비스 확대" % gu, "%s 주택가 화재…주민 대피" % gu,
                        "\"이웃 덕에 살았다\"…%s 주민의 하루" % gu, "%s, 폭염 대비 무더위쉼터 운영" % gu])
    b.t(rng.choice(["[%s] " % title, title + "\n", "▲ " + title + "\n", ""]))
    b.t("%s에 사는 " % (gu if rng.random() < 0.6 else dong))
    if anon:
        b.t(who["surface"] + josa(who["reading"], "은") if not who["surface"].endswith("씨") else who["surface"] + "는")
    else:
        b.p(who)
        r = rng.random()
        if r < 0.5:
            b.t("(%d)씨는" % rng.randint(30, 92))
        elif r < 0.8:
            b.t(" 씨는")
        else:
            b.t(josa(who["reading"], "은"))
    b.t(rng.choice([" \"구청 공무원이 매일 전화를 해 주니 외롭지 않다\"고 말했다.",
                    " \"불이 나자 옆집 청년이 문을 두드려 깨워 줬다\"며 당시를 떠올렸다.",
                    " \"쉼터가 가까워 하루 종일 지낸다\"고 했다."]))
    if not anon and rng.random() < 0.4 and not who.get("foreign"):
        b.t(" ")
        b.e(who["sur"], "PERSON")
        b.t(rng.choice(["씨는 ", " 씨는 "]))
        b.e(rng.choice(["무릎 관절염", "당뇨병", "허리 디스크"]), "HEALTH_INFO")
        b.t("으로 거동이 불편한 상태다." if _jong(b.ents[-1]["text"]) not in (0, 8) else "로 거동이 불편한 상태다.")
    b.t(rng.choice([" %s청장은 \"취약계층 보호에 최선을 다하겠다\"고 밝혔다." % gu[:-1] if kind == "구청" else " %s은 관련 예산 %s을 추가 편성했다." % (gu, won(rng, 100, 900)),
                    " 문의는 %s %s(%s)." % (gu, rng.choice(["복지정책과", "재난안전과"]), office_phone(rng))]))
    return dict(department="지역 언론 보도 스크랩(%s 홍보과)" % gu, doc_type="언론 보도", title="지역 언론 보도", rank="홍보과장")


def t_news_incident(rng, b, anon):
    ps = rng.choice(POLICE)
    who = P(rng, True, ["김모(45)씨", "A(32)씨", "30대 남성 A씨", "이모(71·여)씨"])
    b.t(rng.choice(["", "[사회] ", "(지역=뉴스) "]))
    b.t("%s는 %s 혐의로 %s" % (ps, rng.choice(["사기", "절도", "특수폭행", "음주운전"]), who["surface"]))
    b.t(rng.choice(["를", "을"]) if False else "")
    b.t(josa(who["reading"].replace(")씨", "씨"), "을") if not who["surface"].endswith("씨") else "를")
    b.t(rng.choice([" 불구속 입건했다고 %s 밝혔다." % idate(rng, 2025, 2026), " 구속했다고 밝혔다."]))
    b.t(" 경찰에 따르면 그는 %s께 %s에서 %s 혐의를 받고 있다." % (
        idate(rng, 2025, 2026), rng.choice(["관악구 신림동의 한 편의점", "당진시 읍내동 주택가", "양평군의 한 캠핑장"]),
        rng.choice(["피해자 5명에게서 모두 %s을 가로챈" % won(rng, 100, 900), "주차된 차량에서 금품을 훔친", "술에 취해 행인을 폭행한"])))
    if rng.random() < 0.5:
        b.t(" %s 관계자는 \"공범 여부를 수사하고 있다\"고 말했다." % ps)
    return dict(department="%s 홍보 스크랩" % ps, doc_type="언론 보도", title="지역 언론 보도(사건)", rank="청문감사관")


def t_table(rng, b, anon):
    gu, kind, dong = rng.choice(OFFICES)
    style = rng.choice(["pipe", "box", "tab"])
    col = rng.choice([("성명", "연락처", "비고"), ("수령인(관계)", "전화번호", "비고"), ("보호자", "휴대전화", "주소"),
                      ("신청인", "연락처", "생년월일"), ("수강자(예금주)", "계좌번호", "비고"),
                      ("이름", "연락처", "주민등록번호"), ("대상자", "전화", "주민번호")])
    rows = []
    n = rng.randint(1, 3)
    for _ in range(n):
        p = P(rng, anon, ["김○○", "이○○", "박○○", "최○○"] if anon else None)
        row = []
        # cell 1
        if col[0] == "수령인(관계)":
            row.append([(p, None), ("(%s)" % rng.choice(["본인", "자녀", "배우자"]), None)])
        else:
            row.append([(p, None)])
        if anon:
            row.append([("비공개", None)])
            row.append([(rng.choice(["-", "완료", "대리 수령"]), None)])
        else:
            if col[1] == "계좌번호":
                bank, ac = account(rng)
                row.append([(bank + " ", None), (ac, "BANK_ACCOUNT")])
            else:
                row.append([(mobile(rng), "PHONE")])
            if col[2] == "주소":
                row.append([(address(rng, rng.choice(["short", "road", "unit"])), "ADDRESS")])
            elif col[2] in ("주민등록번호", "주민번호"):
                row.append([(rrn(rng), "KR_RRN")])
            elif col[2] == "생년월일":
                y, m, d = birth(rng)
                row.append([(bd_text(y, m, d, rng), "BIRTH_DATE")])
            else:
                row.append([(rng.choice(["-", "완료", "대리 수령", "재안내 필요"]), None)])
        rows.append(row)
    b.t(rng.choice(["", "※ %s 명단 일부\n" % rng.choice(["지원금 수령자", "교육 수강자", "보호자 연락망"])]))

    def cell(cells):
        for v, lab in cells:
            if isinstance(v, dict):
                b.p(v)
            elif lab:
                b.e(v, lab)
            else:
                b.t(v)
    if style == "pipe":
        b.t("| " + " | ".join(col) + " |\n|---|---|---|\n")
        for r in rows:
            for k, c in enumerate(r):
                b.t("| ")
                cell(c)
                b.t(" ")
            b.t("|\n")
    elif style == "box":
        b.t("┌────────┬──────────────┬────────┐\n│ " + " │ ".join(col) + " │\n├────────┼──────────────┼────────┤\n")
        for r in rows:
            b.t("│ ")
            for k, c in enumerate(r):
                cell(c)
                b.t(" │ " if k < 2 else " │\n")
        b.t("└────────┴──────────────┴────────┘\n")
    else:
        b.t("\t".join(col) + "\n")
        for r in rows:
            for k, c in enumerate(r):
                cell(c)
                b.t("\t" if k < 2 else "\n")
    b.t("담당: %s %s 주무관 %s (%s)" % (gu, rng.choice(["복지정책과", "평생교육과", "자치행정과"]), ofname(rng), office_phone(rng)))
    return dict(department="%s %s" % (gu, rng.choice(["복지정책과", "평생교육과"])), doc_type="명단 발췌", title="명단 발췌", rank="팀장")


def t_statement(rng, b, anon):
    """spoken-style quote from a complaint / statement record."""
    who = P(rng, anon, ["고소인 A", "진술인 B"] if anon else None)
    role = rng.choice(["고소인", "진술인", "신고인", "참고인"])
    b.t(rng.choice(["문: 피의자와는 어떤 관계인가요?\n답: ", "", "진술 요지) "]))
    if not b.parts or not b.parts[-1].startswith("문:"):
        if not who["surface"].startswith(("고소인", "진술인")):
            b.t(role + " ")
        b.p(who)
        b.t(": ")
    qo, qc = rng.choice([("\"", "\""), ("“", "”"), ("", "")])
    b.t(qo)
    if anon:
        b.t("그 사람이 제 번호로 새벽마다 문자를 보냈어요. 무서워서 이사까지 했습니다.")
    else:
        r = rng.random()
        if r < 0.35:
            v = mobile(rng)
            b.t("그 사람이 제 번호 ").e(v, "PHONE").t(josa(v, "로") + " 새벽마다 문자를 보냈어요. ")
            b.t("결국 ")
            b.e(rng.choice(["불면증", "공황장애", "우울증", "적응장애"]), "HEALTH_INFO")
            b.t(" 진단까지 받았습니다.")
        elif r < 0.65:
            b.t("저는 ")
            b.e(address(rng, rng.choice(["road_apt", "unit", "road"])), "ADDRESS")
            b.t("에 살고 있는데, 그 사람이 집 앞까지 찾아왔어요. 이메일(")
            b.e(pemail(rng), "EMAIL")
            b.t(")로도 계속 연락이 왔고요.")
        elif r < 0.8:
            b.t("제 블로그에 악성 댓글이 계속 달렸는데, 작성자 접속 IP가 ")
            v = ipaddr(rng)
            b.e(v, "IP_ADDRESS").t(josa(v, "로") + " 확인됐다고 들었어요.")
        else:
            b.t("전 남편 ")
            p2 = rname(rng, "full")
            b.p(p2)
            b.t(josa(p2["reading"], "이") + " 제 명의로 ")
            bank, ac = account(rng)
            b.t(bank + " 계좌 ").e(ac, "BANK_ACCOUNT").t("를 만들어서 쓰고 있었어요.")
    b.t(qc)
    return dict(department="%s %s" % (rng.choice(POLICE), rng.choice(["수사과", "여성청소년과"])), doc_type="진술 조서 발췌",
                title="진술 요지", rank="과장", nonpublic=[4] if rng.random() < 0.4 else None)


def t_foreign(rng, b, anon):
    gu, kind, dong = rng.choice(OFFICES)
    l, h = rng.choice(FOREIGN)
    b.t(rng.choice(["○ ", "", "- "]))
    if anon:
        b.t("외국인 근로자 A(%s 국적, %d세)는 %s 출입국·외국인청에 체류기간 연장을 신청하였음." % (rng.choice(["베트남", "네팔", "필리핀"]), rng.randint(22, 45), rng.choice(["서울남부", "수원", "대전"])))
        return dict(department="%s 외국인주민지원팀" % gu, doc_type="외국인 주민 상담", title="외국인 주민 상담", rank="팀장")
    form = rng.choice(["both", "latin", "hangul"])
    b.t(rng.choice(["외국인 근로자 ", "결혼이민자 ", "유학생 ", "이주노동자 ", "외국인 주민 "]))
    if form == "both":
        b.e(l, "PERSON").t("(").e(h, "PERSON").t(")")
    elif form == "latin":
        b.e(l, "PERSON")
    else:
        b.e(h, "PERSON")
    b.t(josa(h, "은") + " ")
    r = rng.random()
    if r < 0.55:
        b.t("외국인등록번호 ")
        y, m, d = birth(rng, 1975, 2004)
        b.e(rrn(rng, (y, m, d), masked=False, foreign=True), "KR_FRN")
    else:
        b.t("여권번호 ")
        b.e(passport(rng), "KR_PASSPORT")
    b.t("로 " + rng.choice(["%s에서 외국인 주민 생활 상담을 받았다." % (gu + " 외국인주민지원센터"),
                           "%s 사업장 %s에서 근무 중 산업재해를 입었다고 신고하였다." % (idate(rng, 2025, 2026), rng.choice(COMPANIES))]))
    if rng.random() < 0.5:
        v = mobile(rng)
        b.t(" 연락처는 ").e(v, "PHONE").t("이며 통역은 %s 통역사 " % rng.choice(["베트남어", "몽골어", "러시아어"]))
        it = rname(rng, "full")
        b.p(it)
        b.t(josa(it["reading"], "이") + " 맡았다.")
    return dict(department="%s 외국인주민지원팀" % gu, doc_type="외국인 주민 상담", title="외국인 주민 상담", rank="팀장")


def t_statute_only(rng, b, anon):
    """public: regulation / council / court-administration sentences, no personal data."""
    gu, kind, dong = rng.choice(OFFICES)
    court = rng.choice(COURTS)
    c = rng.choice(range(6))
    if c == 0:
        b.t("%s 「%s 주민자치회 설치·운영 조례」는 %s 개정(%s)되어 %s부터 시행된다." % (
            gu, gu, idate(rng, 2022, 2025), rng.choice(LAWNO), idate(rng, 2025, 2026)))
    elif c == 1:
        b.t("%s 제%d민사부(재판장 부장판사 %s, 판사 %s, 판사 %s)는 %s 사건에서 원고의 청구를 기각하였다." % (
            court, rng.randint(1, 30), ofname(rng), ofname(rng), ofname(rng), case_no(rng, "가합")))
    elif c == 2:
        b.t("%s의회 %s 의원은 %s 제%d회 임시회 본회의에서 \"%s 예산 %s을 조속히 집행해야 한다\"고 말했다." % (
            gu, ofname(rng), idate(rng, 2025, 2026), rng.randint(250, 330), rng.choice(["경로당 냉방비", "통학로 정비", "장애인 이동지원"]), won(rng, 100, 900)))
    elif c == 3:
        b.t("%s %s은 %s 오전 %s(%s)에서 %s 관련 주민설명회를 개최하고자 함. 문의: %s %s 주무관(%s, %s)" % (
            gu, rng.choice(["도시계획과", "건설과", "공원녹지과"]), idate(rng, 2026, 2026), rng.choice(PUBLIC_PLACE_NAMES),
            rng.choice(PUBLIC_PLACES), rng.choice(["재개발 정비구역 지정", "하천 정비 사업", "도시공원 조성"]),
            rng.choice(["도시계획팀", "공원조성팀"]), ofname(rng), office_phone(rng), oemail(rng)))
    elif c == 4:
        b.t("%s 검사 %s은 %s 혐의로 송치된 사건(%s형제%d호)을 %s 불기소 처분하였다. 피의자 A의 인적사항은 생략한다." % (
            rng.choice(["서울중앙지방검찰청", "대전지방검찰청 서산지청", "수원지방검찰청 안산지청"]), ofname(rng),
            rng.choice(["사기", "업무상횡령", "명예훼손"]), rng.randint(2023, 2025), rng.randint(1000, 99999), idate(rng, 2025, 2026)))
    else:
        b.t("%s(대표이사 %s, 사업자등록번호 %03d-%02d-%05d)는 %s 조달청과 %s 규모의 계약을 체결하였다. 대표전화 %s-%d-%04d." % (
            rng.choice(COMPANIES), ofname(rng), rng.randint(100, 899), rng.randint(10, 99), rng.randint(0, 99999),
            idate(rng, 2025, 2026), won(rng, 100, 900), rng.choice(["02", "031"]), rng.randint(300, 999), rng.randint(0, 9999)))
    return dict(department=court if c in (1,) else "%s %s" % (gu, rng.choice(["자치행정과", "기획예산과", "도시계획과"])),
                doc_type="공개 문장", title="공개 문장", rank="과장", public_only=True)


def t_discipline(rng, b, anon):
    """official as subject of a personal matter -> PERSON; approver stays visible."""
    gu, kind, dong = rng.choice(OFFICES)
    who = rname(rng, "full") if not anon else mname(rng, ["A", "징계혐의자 A"])
    b.t(rng.choice(["징계의결서 요지\n", "", "【징계 사유】 "]))
    if not who["surface"].startswith("징계"):
        b.t("징계혐의자 %s 주무관 " % rng.choice(["지방행정주사보", "지방세무주사", "지방사회복지주사"]) if rng.random() < 0.5 else "징계혐의자 ")
    b.p(who, "은")
    b.t(" %s %s %s 위반으로 %s 처분을 의결함." % (
        idate(rng, 2024, 2025), rng.choice(["초과근무수당을 부당 수령하여", "음주운전으로 적발되어", "근무 중 민원인에게 폭언하여"]),
        rng.choice(["지방공무원법 제48조", "지방공무원법 제55조"]), rng.choice(["견책", "감봉 1월", "정직 1월"])))
    if not anon and rng.random() < 0.5:
        b.t(" 혐의자는 당시 ")
        b.e(rng.choice(["우울증 치료 중", "공황장애 치료 중", "알코올 의존증 치료 중"]), "HEALTH_INFO")
        b.t("이었다고 소명함.")
    b.t(" (인사위원회 위원장 부%s %s)" % ("구청장" if kind == "구청" else "군수" if kind == "군청" else "시장", ofname(rng)))
    return dict(department="%s 감사담당관" % gu, doc_type="징계의결서 발췌", title="징계 의결 요지", rank="감사담당관",
                nonpublic=[5, 6] if rng.random() < 0.6 else None)


def t_secret(rng, b, anon):
    """nonpublic [7] / [2] / [8] without personal data (mostly)."""
    gu, kind, dong = rng.choice(OFFICES)
    c = rng.choice(range(3))
    if c == 0:
        comp = rng.choice(COMPANIES)
        b.t("%s 식품제조공장 위생점검 결과, 같은 회사의 주력 제품 배합비(원료 A %d%%, 원료 B %d%%)와 살균 공정 온도(%d℃, %d분)가 확인되었으며 기준에 적합함." % (
            comp, rng.randint(30, 60), rng.randint(10, 30), rng.randint(70, 130), rng.randint(5, 40)))
        g = [7]
    elif c == 1:
        b.t("%s 관내 %s 통합방위 취약지역 점검 결과 및 %s 대피시설 %d개소의 출입 통제 계획을 보고함. 담당 %s 비상대비팀장 %s(%s)." % (
            gu, rng.choice(["국가중요시설", "군 작전 지역"]), rng.choice(["지하", "민방위"]), rng.randint(3, 20), gu, ofname(rng), office_phone(rng)))
        g = [2]
    else:
        b.t("%s %s 일원 %s 후보지(약 %s㎡)는 %s 내부 검토 중이며 확정 전 외부 유출을 금함." % (
            gu, dong, rng.choice(["공공택지", "역세권 개발", "산업단지"]), "{:,}".format(rng.randint(10, 900) * 1000),
            rng.choice(["도시계획위원회 상정 전", "국토교통부 협의 중"])))
        g = [5, 8]
    return dict(department="%s %s" % (gu, rng.choice(["위생과", "비상대비팀", "도시계획과"])), doc_type="내부 보고",
                title="내부 보고", rank="과장", nonpublic=g, public_only=True)


def t_letter(rng, b, anon):
    """letter / reply form to a resident; given-name-only references, 님께서 etc."""
    gu, kind, dong = rng.choice(OFFICES)
    who = P(rng, anon, ["○○○", "김○○", "민원인"] if anon else "full")
    if anon:
        b.t("%s 님 귀하\n" % who["surface"] if who["surface"] != "민원인" else "민원인 귀하\n")
        b.t("귀하께서 %s 신청하신 %s에 대하여 검토한 결과를 아래와 같이 알려드립니다. 자세한 사항은 %s %s(%s)로 문의하여 주시기 바랍니다." % (
            idate(rng, 2025, 2026), rng.choice(["아동수당", "첫만남이용권", "장애인 활동지원", "긴급복지 지원"]), gu,
            rng.choice(["아동청소년과", "복지정책과"]), office_phone(rng)))
        return dict(department="%s %s" % (gu, "복지정책과"), doc_type="회신문", title="신청 결과 회신", rank="과장")
    b.p(who)
    b.t(rng.choice([" 님 귀하\n", " 귀하\n", "님께\n", " 님께 드리는 회신\n"]))
    k = rng.randrange(3)
    if k == 0:
        child = rng.choice(GIVEN + GIVEN1 * 0)
        b.t("%s 신청하신 자녀 " % idate(rng, 2025, 2026))
        b.e(who["sur"] + child, "PERSON")
        b.t("의 %s이 결정되었습니다. " % rng.choice(["아동수당 지급", "보육료 지원", "발달재활서비스 바우처 지원"]))
        b.e(child, "PERSON")
        b.t(rng.choice(["이는 ", "이의 ", " 어린이는 "]))
        b.e(rng.choice(["발달지연", "자폐스펙트럼장애", "언어발달장애", "소아 천식"]), "HEALTH_INFO")
        b.t(" 관련 의사소견서가 확인되어 지원 대상에 포함되었음을 알려드립니다.")
    elif k == 1:
        gv = who["given"] if len(who["given"]) >= 2 else who["surface"]
        b.e(gv, "PERSON")
        b.t("님께서 %s 전화(" % idate(rng, 2025, 2025))
        v = mobile(rng)
        b.e(v, "PHONE")
        svc = rng.choice(["에너지바우처", "기저귀 지원", "장애인 보조기기 교부"])
        b.t(")로 문의하신 %s%s %s부터 주민센터에서 신청하실 수 있습니다." % (svc, josa(svc, "은"), rng.choice(["2026. 3. 2.", "2026년 3월 3일", "다음 달 1일"])))
        if rng.random() < 0.5:
            b.t(" 결정 통지서는 ")
            b.e(address(rng), "ADDRESS")
            b.t("로 우편 발송하겠습니다." if rng.random() < 0.5 else "(으)로 우편 발송하겠습니다.")
    else:
        b.t("귀하의 %s 지원금 %s은 %s " % (rng.choice(["출산축하", "재난위로", "생활안정"]), won(rng, 10, 200), idate(rng, 2026, 2026)))
        bank, ac = account(rng)
        b.t(rng.choice(["귀하 명의의 %s 계좌(" % bank, "%s " % bank]))
        b.e(ac, "BANK_ACCOUNT")
        b.t(")" if b.parts[-2].endswith("(") else "")
        b.t("로 입금될 예정입니다." if b.parts[-1] == ")" else josa(ac, "로") + " 입금될 예정입니다.")
        if rng.random() < 0.5:
            b.t(" 안내 메일은 ")
            b.e(pemail(rng), "EMAIL")
            b.t("로 보내드렸습니다.")
    b.t("\n%s %s%s (담당 %s, %s)" % (gu, dong, " 행정복지센터장" if dong.endswith("동") else "장", ofname(rng), office_phone(rng)))
    return dict(department="%s %s" % (gu, dong), doc_type="회신문", title="신청 결과 회신", rank="동장")


TEMPLATES = [
    (t_crim_assault, 9), (t_dui, 6), (t_civil_loan, 8), (t_inherit, 5), (t_insurance, 5), (t_witness, 6),
    (t_debtor, 4), (t_admin_appeal, 4), (t_minwon_memo, 7), (t_welfare_kv, 7), (t_permit, 4),
    (t_subsidy, 5), (t_facility, 5), (t_police, 6), (t_traffic, 4), (t_fire, 5), (t_news, 5),
    (t_table, 5), (t_statement, 5), (t_foreign, 5), (t_discipline, 3), (t_letter, 5),
]
ANON_OK = [t_crim_assault, t_dui, t_civil_loan, t_inherit, t_insurance, t_witness, t_debtor, t_admin_appeal,
           t_minwon_memo, t_welfare_kv, t_subsidy, t_facility, t_police, t_traffic, t_fire, t_news, t_table,
           t_statement, t_foreign, t_discipline, t_letter]


def make_doc(rng, i, seed):
    r = rng.random()
    b = B()
    if r < 0.05:
        fn, anon = t_statute_only, True
    elif r < 0.10:
        fn, anon = t_secret, True
    elif r < 0.13:
        fn, anon = t_news_incident, True
    elif r < 0.27:
        fn, anon = rng.choice(ANON_OK), True
    else:
        fn = rng.choices([f for f, w in TEMPLATES], [w for f, w in TEMPLATES])[0]
        anon = False
    meta = fn(rng, b, anon)
    text = b.text()
    ents = b.ents
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], (fn.__name__, e, text)
        assert e["text"] == e["text"].strip() and e["text"], (fn.__name__, e)
    if meta.get("nonpublic"):
        grade, grounds = "nonpublic", sorted(meta["nonpublic"])
    elif ents:
        grade, grounds = "partial", [6]
    else:
        grade, grounds = "public", []
    y, m, d = rdate(rng, 2025, 2026)
    return {
        "id": "%s-%d-%d" % (FAMILY, seed, i), "lang": "ko", "title": meta["title"],
        "department": meta["department"], "doc_type": meta["doc_type"],
        "approved_at": "%d-%s-%s" % (y, d2(m), d2(d)), "drafter": ofname(rng), "approver": ofname(rng),
        "approver_rank": meta["rank"], "text": text, "entities": ents, "grade": grade, "grounds": grounds,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    docs = [make_doc(rng, i, a.seed) for i in range(a.n)]
    for d in docs:
        for e in d["entities"]:
            assert d["text"][e["start"]:e["end"]] == e["text"]
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
