#!/usr/bin/env python3
"""Generator for the `tax_appeals` family: a city/district tax department's papers
(local-tax objection decisions, pre-assessment reviews, delinquent lists, seizure notices,
refunds, reduction applications, inheritance/corporate cases, call records, guidance).
Standard library only, deterministic for a given --seed."""
import argparse
import datetime as dt
import json
import random
import unicodedata

FAMILY = "tax_appeals"


# ---------------------------------------------------------------- builder
class B:
    """Accumulates text; tuples (text, LABEL) become gold spans."""

    def __init__(self):
        self.buf, self.n, self.ents = [], 0, []

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self.buf.append(it)
                self.n += len(it)
            elif isinstance(it, tuple):
                txt, lab = it
                if lab:
                    self.ents.append({"start": self.n, "end": self.n + len(txt), "label": lab, "text": txt})
                self.buf.append(txt)
                self.n += len(txt)
            elif isinstance(it, list):
                self.add(*it)
            else:
                raise TypeError(it)
        return self

    def ln(self, *items):
        self.add(*items)
        self.add("\n")
        return self

    def text(self):
        return "".join(self.buf)


def flat(items):
    out = []
    for it in items if isinstance(items, list) else [items]:
        if it is None:
            continue
        if isinstance(it, list):
            out.extend(flat(it))
        else:
            out.append(it)
    return out


def plain(items):
    return "".join(i if isinstance(i, str) else i[0] for i in flat(items))


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# ---------------------------------------------------------------- Korean particles
def _bat(word):
    for ch in reversed(word):
        if "가" <= ch <= "힣":
            return (ord(ch) - 0xAC00) % 28
        if ch.isdigit():
            return {"0": 21, "1": 8, "2": 0, "3": 16, "4": 0, "5": 0, "6": 1, "7": 8, "8": 8, "9": 0}[ch]
        if ch.isalpha():
            return 0
    return 0


def cop(word):
    return "이라" if _bat(word) else "라"


def jo(word, pair):
    a, b = pair.split("/")
    if a == "으로":
        t = _bat(word)
        return "으로" if t not in (0, 8) else "로"
    return a if _bat(word) else b


# ---------------------------------------------------------------- vocabularies
SUR_COMMON = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉")
SUR_RARE = list("빈팽승간견계뇌단두묵범복피필화")
SUR_TWO = ["남궁", "독고", "사공", "황보", "제갈", "선우", "서문", "동방"]
GIV = list("민준서연지현수영경숙재석성호은혜진우훈희정미순자철동상태윤하율도예주원승기광명선옥춘길남덕용환규범혁아린나다솔빈찬건형일식근분례말")
H_SUR = {"김": "金", "이": "李", "박": "朴", "최": "崔", "정": "鄭", "강": "姜", "조": "趙", "윤": "尹", "장": "張", "임": "林",
         "한": "韓", "오": "吳", "서": "徐", "신": "申", "권": "權", "황": "黃", "안": "安", "송": "宋", "류": "柳", "홍": "洪",
         "남궁": "南宮", "제갈": "諸葛", "황보": "皇甫", "선우": "鮮于"}
H_GIV = {"민": "敏", "준": "俊", "서": "瑞", "연": "妍", "지": "智", "현": "賢", "수": "秀", "영": "英", "경": "京", "숙": "淑",
         "재": "在", "석": "錫", "성": "成", "호": "浩", "은": "恩", "혜": "惠", "진": "眞", "우": "宇", "훈": "勳", "희": "熙",
         "정": "貞", "미": "美", "순": "順", "자": "子", "철": "哲", "동": "東", "상": "相", "태": "泰", "윤": "潤", "하": "夏",
         "도": "道", "주": "周", "원": "元", "승": "承", "기": "基", "광": "光", "명": "明", "선": "善", "옥": "玉", "춘": "春",
         "길": "吉", "남": "男", "덕": "德", "용": "龍", "환": "煥", "규": "奎", "범": "範", "혁": "赫"}
FOREIGN = [("응우옌 티 흐엉", "NGUYEN THI HUONG", "베트남"), ("쩐 반 남", "TRAN VAN NAM", "베트남"),
           ("왕웨이", "WANG WEI", "중국"), ("리우 팡", "LIU FANG", "중국"), ("타나카 유키", "TANAKA YUKI", "일본"),
           ("존 스미스", "John Smith", "미국"), ("마리아 산토스", "Maria Santos", "필리핀"),
           ("바트에르덴 간바트", "BAT-ERDENE GANBAT", "몽골"), ("이바노바 올가", "IVANOVA OLGA", "러시아"),
           ("알리 칸", "Ali Khan", "파키스탄"), ("소피아 뮐러", "Sophia Mueller", "독일"), ("김 알렉산드르", "KIM ALEXANDR", "우즈베키스탄")]
ROM_SUR = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon",
           "hwang", "ahn", "song", "ryu", "hong", "nam", "baek", "heo"]
ROM_GIV = ["minjun", "seoyeon", "jihoon", "sua", "hyunwoo", "eunji", "dongha", "yuna", "jaeseok", "kyungsook", "sj", "hk",
           "mj", "yh", "taeho", "minji", "jiwon", "sunok", "daeho", "yeonhee"]
MAIL_DOM = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "hotmail.com"]

SEOUL_GU = ["강서구", "양천구", "구로구", "영등포구", "관악구", "동작구", "노원구", "도봉구", "강북구", "성북구", "중랑구",
            "송파구", "강동구", "은평구", "서대문구", "금천구", "광진구", "동대문구"]
OTHER_CITY = [("경기도", ["고양시 일산동구", "수원시 영통구", "성남시 분당구", "부천시", "용인시 수지구", "남양주시", "김포시"]),
              ("인천광역시", ["부평구", "남동구", "연수구", "서구"])]
ROADS = ["도림로", "화곡로", "등촌로", "양천로", "신월로", "오목로", "목동로", "난곡로", "신림로", "봉천로", "동일로", "노원로",
         "상계로", "한글비석로", "석계로", "월계로", "오금로", "가락로", "백제고분로", "성미산로", "동교로", "은평로",
         "통일로", "시흥대로", "독산로", "능동로", "천호대로", "망우로", "수락산로", "도봉로", "공항대로", "까치산로"]
DONGS = ["화곡", "등촌", "신정", "목", "신월", "구로", "개봉", "신림", "봉천", "상계", "중계", "하계", "월계", "창", "방학",
         "번", "미아", "길음", "면목", "묵", "가락", "문정", "천호", "명일", "응암", "불광", "홍제", "독산", "시흥", "자양", "장안"]
APTS = ["래미안", "힐스테이트", "푸르지오", "e편한세상", "주공", "현대", "한신", "벽산", "두산위브", "삼성", "우성", "동아"]
BANKS = ["국민은행", "신한은행", "우리은행", "하나은행", "농협은행", "기업은행", "새마을금고", "우체국", "카카오뱅크", "SC제일은행", "수협은행"]
CARD_CO = ["신한카드", "삼성카드", "KB국민카드", "현대카드", "롯데카드", "BC카드", "하나카드", "NH농협카드"]
CARS = ["쏘나타", "아반떼", "그랜저", "K5", "K7", "카니발", "스포티지", "싼타페", "투싼", "SM6", "모닝", "레이", "쏘렌토", "포터Ⅱ", "제네시스 G80"]
PLATE_H = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")

OFFICES = [
    # (name, head, office address, phone prefix, mail domain, postal)
    ("서울특별시 강서구", "강서구청장", "서울특별시 강서구 화곡로 302", "02-2600", "gangseo.seoul.kr", "07658"),
    ("서울특별시 강남구", "강남구청장", "서울특별시 강남구 학동로 426", "02-3423", "gangnam.go.kr", "06090"),
    ("서울특별시 송파구", "송파구청장", "서울특별시 송파구 올림픽로 326", "02-2147", "songpa.go.kr", "05552"),
    ("서울특별시 노원구", "노원구청장", "서울특별시 노원구 노해로 437", "02-2116", "nowon.kr", "01689"),
    ("서울특별시 영등포구", "영등포구청장", "서울특별시 영등포구 당산로 123", "02-2670", "ydp.go.kr", "07260"),
    ("서울특별시 관악구", "관악구청장", "서울특별시 관악구 관악로 145", "02-879", "gwanak.go.kr", "08832"),
    ("서울특별시 성북구", "성북구청장", "서울특별시 성북구 보문로 168", "02-2241", "sb.go.kr", "02848"),
    ("서울특별시", "서울특별시장", "서울특별시 중구 세종대로 110", "02-2133", "seoul.go.kr", "04524"),
    ("경기도 수원시", "수원시장", "경기도 수원시 팔달구 효원로 241", "031-228", "korea.kr", "16490"),
    ("경기도 성남시", "성남시장", "경기도 성남시 중원구 성남대로 997", "031-729", "korea.kr", "13437"),
    ("인천광역시 부평구", "부평구청장", "인천광역시 부평구 부평대로 168", "032-509", "icbp.go.kr", "21354"),
]
DEPTS_GU = ["세무1과", "세무2과", "징수과", "세무관리과", "지방소득세과", "재산세과"]
DEPTS_CITY = ["재무국 세제과", "재무국 세무과", "38세금징수과", "재무국 세정담당관"]
TEAMS = {"세무1과": ["취득세팀", "등록면허세팀", "세무총괄팀"], "세무2과": ["재산세팀", "자동차세팀", "세외수입팀"],
         "징수과": ["체납관리팀", "징수총괄팀", "체납추적팀"], "세무관리과": ["심사팀", "세무조사팀", "세정팀"],
         "지방소득세과": ["법인소득세팀", "개인소득세팀"], "재산세과": ["재산세1팀", "재산세2팀"],
         "재무국 세제과": ["심사팀", "세제팀"], "재무국 세무과": ["세무조사팀", "취득세팀"],
         "38세금징수과": ["징수1팀", "징수2팀", "체납추적팀"], "재무국 세정담당관": ["세정팀", "심사팀"]}

DIAG = ["뇌경색", "폐암 3기", "척추관협착증", "파킨슨병", "알츠하이머성 치매", "만성신부전", "급성 심근경색", "유방암",
        "중증 우울증", "조현병", "간경화", "위암", "대장암 2기", "루게릭병(근위축성 측삭경화증)", "뇌출혈", "고관절 골절"]
DISAB = ["지체장애 2급", "시각장애 1급", "뇌병변장애 1급", "청각장애 3급", "장애의 정도가 심한 장애인(지체)",
         "장애의 정도가 심한 장애인(신장)", "지적장애 2급", "자폐성장애", "국가유공자 상이등급 3급", "정신장애 2급"]
TREAT = ["혈액투석 치료 중", "항암치료 중", "우울증 치료 중", "재활치료 중", "요양병원 입원 중", "수술 후 회복 중"]

EVERYDAY = ["위하여", "부모", "소유한", "당해", "장애인", "서명부", "조사", "안내", "정비", "유지", "장기", "고지", "심사",
            "방문", "성실", "전자", "공정", "오류", "이자"]


# ---------------------------------------------------------------- generators of values
class Gen:
    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    # names
    def surname(self):
        x = self.r.random()
        if x < 0.84:
            # weighted towards the first surnames
            idx = min(int(self.r.expovariate(1 / 10)), len(SUR_COMMON) - 1)
            return SUR_COMMON[idx]
        if x < 0.92:
            return self.pick(SUR_RARE)
        return self.pick(SUR_TWO)

    def person(self, foreign_p=0.04, birth_lo=1940, birth_hi=2002):
        r = self.r
        p = {"foreign": r.random() < foreign_p}
        if p["foreign"]:
            ko, lat, nat = self.pick(FOREIGN)
            p.update(ko=ko, lat=lat, nat=nat, sur=ko.split()[0], giv=ko)
        else:
            sur = self.surname()
            giv = "".join(self.pick(GIV) for _ in range(1 if r.random() < 0.1 else 2))
            p.update(sur=sur, giv=giv, ko=sur + giv)
        y = r.randint(birth_lo, birth_hi)
        p["birth"] = dt.date(y, r.randint(1, 12), r.randint(1, 28))
        p["male"] = r.random() < 0.5
        return p

    def name(self, p, style=None):
        """Return the surface form of a person's name."""
        r = self.r
        if p["foreign"]:
            return p["lat"] if (style == "lat" or (style is None and r.random() < 0.35)) else p["ko"]
        if style is None:
            x = r.random()
            style = "plain" if x < 0.8 else "spaced" if x < 0.88 else "full" if x < 0.92 else "hanja" if x < 0.97 else "plain"
        if style == "spaced":
            return p["sur"] + " " + p["giv"]
        if style == "full":
            return " ".join(list(p["sur"] + p["giv"])) if len(p["sur"]) == 1 else p["sur"] + " " + " ".join(p["giv"])
        if style == "hanja":
            if p["sur"] in H_SUR and all(c in H_GIV for c in p["giv"]):
                return H_SUR[p["sur"]] + "".join(H_GIV[c] for c in p["giv"])
            return p["ko"]
        return p["ko"]

    def masked(self, p=None):
        sur = p["sur"] if p and not p["foreign"] else self.surname()
        return self.pick([sur + "○○", sur + "○" + self.pick(GIV), sur + "**", sur + "OO", "A씨", "B씨", "갑", "을"])

    def rrn(self, p, style=None):
        b = p["birth"]
        if p["foreign"]:
            g = str((5 if b.year < 2000 else 7) + (0 if p["male"] else 1))
        else:
            g = str((1 if b.year < 2000 else 3) + (0 if p["male"] else 1))
        front = f"{b.year % 100:02d}{b.month:02d}{b.day:02d}"
        back = g + "".join(str(self.r.randint(0, 9)) for _ in range(6))
        style = style or self.pick(["h", "h", "h", "n", "s", "m", "m"])
        if style == "n":
            return front + back
        if style == "s":
            return front + " - " + back
        if style == "m":
            return front + "-" + g + "******"
        return front + "-" + back

    def mobile(self, style=None):
        a, b = self.r.randint(1000, 9999), self.r.randint(1000, 9999)
        style = style or self.pick(["h", "h", "h", "h", "s", "n", "d", "i"])
        return {"h": f"010-{a}-{b}", "s": f"010 {a} {b}", "n": f"010{a}{b}", "d": f"010.{a}.{b}",
                "i": f"+82-10-{a}-{b}"}[style]

    def home_phone(self):
        return self.pick([f"02-{self.r.randint(2000, 9999)}-{self.r.randint(1000, 9999)}",
                          f"(031){self.r.randint(200, 999)}-{self.r.randint(1000, 9999)}",
                          f"032-{self.r.randint(400, 599)}-{self.r.randint(1000, 9999)}"])

    def email(self):
        loc = self.pick(ROM_SUR) + self.pick(["", ".", "_"]) + self.pick(ROM_GIV) + self.pick(["", "", str(self.r.randint(1, 99)), str(self.r.randint(60, 99))])
        return loc + "@" + self.pick(MAIL_DOM)

    def address(self, kind=None):
        r = self.r
        kind = kind or self.pick(["road_unit", "road_unit", "road_apt", "road", "jibun", "other"])
        if kind == "other":
            prov, cities = self.pick(OTHER_CITY)
            city = prov + " " + self.pick(cities)
        else:
            city = self.pick(["서울특별시", "서울특별시", "서울시", "서울"]) + " " + self.pick(SEOUL_GU)
        road = f"{self.pick(ROADS)} {r.randint(1, 420)}" + (f"-{r.randint(1, 40)}" if r.random() < 0.35 else "")
        if kind == "jibun":
            return f"{city} {self.pick(DONGS)}동 {r.randint(1, 1200)}-{r.randint(1, 60)}" + (f", {r.randint(1, 5)}0{r.randint(1, 4)}호" if r.random() < 0.5 else "")
        if kind == "road_apt":
            return f"{city} {road}, {r.randint(101, 125)}동 {r.randint(1, 25)}0{r.randint(1, 6)}호 ({self.pick(DONGS)}동, {self.pick(APTS)}아파트)"
        if kind == "road_unit" or kind == "other":
            return f"{city} {road}" + self.pick([f", {r.randint(101, 130)}동 {r.randint(1, 25)}0{r.randint(1, 6)}호",
                                                 f", {r.randint(1, 5)}0{r.randint(1, 4)}호", f" {r.randint(1, 3)}층",
                                                 f", {self.pick(['가', '나', 'B'])}동 {r.randint(1, 4)}0{r.randint(1, 3)}호"])
        return f"{city} {road}"

    def lot(self):
        r = self.r
        if r.random() < 0.7:
            city = self.pick(["서울특별시", "서울시"]) + " " + self.pick(SEOUL_GU)
            return f"{city} {self.pick(DONGS)}동 {r.randint(1, 1500)}-{r.randint(1, 80)}"
        return self.pick(["경기도 양평군 양서면 대심리", "경기도 가평군 설악면 방일리", "강원특별자치도 홍천군 서면 팔봉리",
                          "충청남도 당진시 송악읍 기지시리", "경기도 화성시 서신면 궁평리"]) + f" {self.pick(['', '산 '])}{r.randint(1, 900)}-{r.randint(1, 30)}"

    def account(self):
        r = self.r
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        return self.pick([f"{d(6)}-{d(2)}-{d(6)}", f"{d(3)}-{d(6)}-{d(2)}-{d(3)}", f"{d(3)}-{d(4)}-{d(4)}-{d(2)}",
                          f"{d(4)}-{d(2)}-{d(7)}", d(13), f"3333-{d(2)}-{d(7)}", f"{d(3)}-{d(2)}-{d(6)}"])

    def card(self):
        r = self.r
        g = [str(r.randint(1000, 9999)) for _ in range(4)]
        return self.pick(["-".join(g), " ".join(g), g[0] + "-" + g[1] + "-****-" + g[3]])

    def plate(self):
        r = self.r
        h = self.pick(PLATE_H)
        s = self.pick([f"{r.randint(10, 99)}{h}{r.randint(1000, 9999)}", f"{r.randint(100, 399)}{h}{r.randint(1000, 9999)}",
                       f"{r.randint(100, 399)}{h} {r.randint(1000, 9999)}",
                       f"{self.pick(['서울', '경기', '인천'])}{r.randint(10, 99)}{h}{r.randint(1000, 9999)}"])
        return s

    def biz_no(self):
        r = self.r
        return f"{r.randint(101, 899)}-{r.randint(10, 99)}-{r.randint(10000, 99999)}"

    def corp_no(self):
        r = self.r
        return f"{self.pick(['110111', '110114', '131111', '124311', '284211'])}-{r.randint(1000000, 9999999)}"

    def company(self):
        core = self.pick(["한빛", "대성", "동명", "삼우", "세진", "우림", "청솔", "가온", "미래", "태양", "서해", "한결", "누리", "보람", "성원", "진성"])
        kind = self.pick(["건설", "개발", "물산", "산업", "디앤씨", "테크", "에프앤비", "로지스", "홀딩스", "인베스트먼트", "종합건설", "부동산개발"])
        form = self.pick(["(주)", "주식회사 ", "", "㈜", "유한회사 "])
        return (form + core + kind) if form in ("(주)", "주식회사 ", "㈜", "유한회사 ") else (core + kind + "(주)")

    def shop(self):
        return self.pick(["행복식당", "우리마트", "청춘분식", "서울철물", "다온카페", "명성인쇄", "한솔세탁", "정담한식", "새봄약국", "소망부동산",
                          "별빛공방", "늘푸른화원", "대박치킨", "온누리안경"])

    def taxfirm(self):
        return self.pick(["세무법인 다온", "세무법인 한결", "세무법인 정우", "세무법인 새롬", "세무회계 바른", "세무법인 온담", "세무법인 가람"])

    def money(self, lo, hi, unit=10):
        return self.r.randint(lo // unit, hi // unit) * unit

    def date(self, lo, hi):
        a, b = lo.toordinal(), hi.toordinal()
        return dt.date.fromordinal(self.r.randint(a, b))


def won(x, style=None, rng=None):
    s = f"{x:,}"
    style = style or "w"
    return {"w": s + "원", "g": "금" + s + "원", "gs": "금 " + s + "원", "n": s, "k": f"{x // 1000:,}천원"}[style]


DSTYLES = ["dot", "dot", "iso", "kor", "short", "dot0"]


def fd(d, style):
    if style == "dot":
        return f"{d.year}. {d.month}. {d.day}."
    if style == "iso":
        return d.isoformat()
    if style == "kor":
        return f"{d.year}년 {d.month}월 {d.day}일"
    if style == "short":
        return f"'{d.year % 100:02d}.{d.month}.{d.day}."
    if style == "dot0":
        return f"{d.year}.{d.month:02d}.{d.day:02d}."
    raise ValueError(style)


def fbirth(d, style):
    return {"dot": f"{d.year}. {d.month}. {d.day}.", "iso": d.isoformat(), "kor": f"{d.year}년 {d.month}월 {d.day}일",
            "six": f"{d.year % 100:02d}{d.month:02d}{d.day:02d}", "dot0": f"{d.year}.{d.month:02d}.{d.day:02d}"}[style]


# ---------------------------------------------------------------- tables
def table(b, headers, rows, style):
    hs = [[h] for h in headers]
    cells = [[flat(c) if isinstance(c, list) else [c] if isinstance(c, (str, tuple)) else flat(c) for c in row] for row in rows]
    if style == "pipe":
        b.ln("| " + " | ".join(headers) + " |")
        b.ln("|" + "|".join("---" for _ in headers) + "|")
        for row in cells:
            b.add("| ")
            for i, c in enumerate(row):
                b.add(c)
                b.add(" | " if i < len(row) - 1 else " |")
            b.add("\n")
    elif style == "box":
        widths = [max(dw(plain(c[i])) for c in cells + [[[h] for h in headers]]) for i in range(len(headers))]
        b.ln("┌" + "┬".join("─" * (w + 2) for w in widths) + "┐")
        b.ln("│" + "│".join(" " + h + " " * (widths[i] - dw(h) + 1) for i, h in enumerate(headers)) + "│")
        b.ln("├" + "┼".join("─" * (w + 2) for w in widths) + "┤")
        for row in cells:
            b.add("│")
            for i, c in enumerate(row):
                b.add(" ", c, " " * (widths[i] - dw(plain(c)) + 1), "│")
            b.add("\n")
        b.ln("└" + "┴".join("─" * (w + 2) for w in widths) + "┘")
    elif style == "tab":
        b.ln("\t".join(headers))
        for row in cells:
            for i, c in enumerate(row):
                b.add(c)
                b.add("\t" if i < len(row) - 1 else "\n")
    elif style == "space":
        widths = [max(dw(plain(c[i])) for c in cells + [[[h] for h in headers]]) for i in range(len(headers))]
        b.ln("  ".join(h + " " * (widths[i] - dw(h)) for i, h in enumerate(headers)).rstrip())
        b.ln("-" * (sum(widths) + 2 * len(widths)))
        for row in cells:
            for i, c in enumerate(row):
                b.add(c)
                if i < len(row) - 1:
                    b.add(" " * (widths[i] - dw(plain(c)) + 2))
            b.add("\n")
    elif style == "slash":
        b.ln("(" + " / ".join(headers) + ")")
        for k, row in enumerate(cells, 1):
            b.add(f"{k}) ")
            for i, c in enumerate(row):
                b.add(c)
                b.add(" / " if i < len(row) - 1 else "\n")
    elif style == "kv":
        for k, row in enumerate(cells, 1):
            b.ln(f"[{k}]")
            for h, c in zip(headers, row):
                b.add(f"  - {h}: ", c, "\n")
    else:
        raise ValueError(style)


TSTYLES = ["pipe", "box", "tab", "space", "slash", "kv"]


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, g, kind_dept=None):
        self.g = g
        o = g.pick(OFFICES)
        self.office, self.head, self.oaddr, self.opre, self.omail, self.opost = o
        city = self.office == "서울특별시"
        pool = [d for d in (kind_dept or []) if (d in DEPTS_CITY) == city]
        self.dept = g.pick(pool or (DEPTS_CITY if city else DEPTS_GU))
        self.team = g.pick(TEAMS.get(self.dept, ["세무팀"]))
        self.drafter = g.person(foreign_p=0, birth_lo=1965, birth_hi=1998)
        self.lead = g.person(foreign_p=0, birth_lo=1965, birth_hi=1985)
        self.chief = g.person(foreign_p=0, birth_lo=1962, birth_hi=1980)
        self.approver_rank = g.pick(["과장", "과장", "과장", "팀장", "국장"])
        self.approver = self.chief if self.approver_rank != "팀장" else self.lead
        self.day = g.date(dt.date(2024, 1, 8), dt.date(2026, 3, 20))
        self.ds = g.pick(DSTYLES)

    def line(self):
        return f"{self.opre}-{self.g.r.randint(1000, 9999)}" if self.opre.count("-") == 1 else self.opre

    def mail(self, p):
        return self.g.pick(ROM_SUR) + self.g.pick(ROM_GIV) + str(self.g.r.randint(1, 99)) + "@" + self.omail

    def d(self, d, style=None):
        return fd(d, style or self.ds)

    def docno(self):
        return f"{self.dept.split()[-1]}-{self.g.r.randint(1000, 29999)}"

    def contact(self, b, style=None):
        g = self.g
        style = style or g.pick(["a", "b", "c", "d"])
        nm = self.drafter["ko"]
        if style == "a":
            b.ln(f"담당: {self.dept} {self.team} 주무관 {nm} (☎ {self.line()})")
        elif style == "b":
            b.ln(f"※ 문의: {self.office} {self.dept} {self.team} ({self.line()}, {self.mail(self.drafter)})")
        elif style == "c":
            rev = "" if self.approver_rank == "팀장" else f"  검토자 {self.team}장 {self.lead['ko']}"
            b.ln(f"기안자 주무관 {nm}{rev}  결재권자 {self.approver_rank} {self.approver['ko']}")
            b.ln(f"협조자 {g.pick(['세무1과장', '징수과장', '감사담당관'])} {g.person(0)['ko']}")
        else:
            b.ln(f"{self.dept} {self.team}  담당자 {nm}  전화 {self.line()}  팩스 {self.line()}")
            b.ln(f"{self.opost} {self.oaddr} / {self.mail(self.drafter)} / 다산콜센터 120")


# ---------------------------------------------------------------- scenario pieces
def health_phrase(g):
    return g.pick(DIAG) if g.chance(0.6) else g.pick(DISAB)


TAX_ITEMS = ["취득세", "재산세", "자동차세", "지방소득세", "주민세(사업소분)", "등록면허세", "지역자원시설세", "지방교육세"]


def scenario(g, c, claimant, nm, has_agent):
    """Returns dict of text blocks (lists of items) for a tax dispute. nm = how claimant is named."""
    r = g.r
    kind = g.pick(["first_home", "one_house", "two_house", "car_tax", "disabled_car", "penalty", "income", "prop_use"])
    acq = g.date(dt.date(2021, 1, 5), c.day - dt.timedelta(days=200))
    imp = g.date(acq + dt.timedelta(days=60), c.day - dt.timedelta(days=30))
    amt = g.money(300000, 48000000)
    out = {"kind": kind, "amt": amt, "imp": imp, "acq": acq}
    home = g.address(g.pick(["road_unit", "road_apt", "jibun"]))
    out["tax"] = {"first_home": "취득세", "one_house": "재산세", "two_house": "취득세", "car_tax": "자동차세",
                  "disabled_car": "취득세", "penalty": g.pick(["취득세", "지방소득세"]), "income": "지방소득세",
                  "prop_use": "재산세"}[kind]
    sub = "청구인"
    H = None
    if kind == "first_home":
        reason = g.pick(["ill", "tenant", "repair"])
        out["overview"] = [f"{sub}은 {c.d(acq)} ", (home, "ADDRESS"), " 소재 주택(이하 \"쟁점주택\"이라 한다)을 취득하고 「지방세특례제한법」 제36조의3에 따른 생애최초 주택 구입 취득세 감면을 받았다. 처분청은 ",
                           f"{sub}이 취득일부터 3개월 이내에 상시 거주를 시작하지 아니한 것으로 보아 감면세액 {won(amt)}(가산세 포함)을 {c.d(imp)} 추징하였다."]
        if reason == "ill":
            H = health_phrase(g)
            out["claim"] = [f"{sub}은 쟁점주택 취득 직후 ", (H, "HEALTH_INFO"), f" 진단을 받고 입원하여 전입이 불가능하였던 것이므로 부득이한 사유에 해당한다고 주장한다."]
        elif reason == "tenant":
            out["claim"] = [f"{sub}은 종전 임차인이 임대차기간 만료 후에도 퇴거를 거부하여 명도소송을 제기하였고, 판결 확정 후 즉시 전입하였으므로 정당한 사유가 있다고 주장한다."]
        else:
            out["claim"] = [f"{sub}은 쟁점주택의 누수로 인한 대수선 공사 때문에 입주가 지연되었고, 공사 기간 중에도 관리비를 부담하며 주택을 유지하였다고 주장한다."]
        out["opinion"] = ["처분청은 감면 요건은 객관적으로 판단하여야 하고 「지방세특례제한법」 제36조의3 제4항 제1호의 추징 사유에 해당하며, 개인적 사정은 정당한 사유로 보기 어렵다는 의견이다."]
        out["issue"] = "생애최초 주택 감면 후 상시 거주 요건 미충족에 정당한 사유가 있는지 여부"
        out["law"] = "「지방세특례제한법」 제36조의3 제4항"
    elif kind == "one_house":
        dec = g.person(0)
        out["overview"] = [f"{sub}은 ", (home, "ADDRESS"), f"에 거주하는 1세대 1주택자로서 재산세 특례세율(「지방세법」 제111조의2)을 적용받아 왔으나, 처분청은 {sub}이 ",
                           f"{c.d(acq)} 부친 ", (g.name(dec), "PERSON"), "의 사망으로 상속받은 주택 지분(1/4)을 주택 수에 포함하여 ",
                           f"{imp.year}년 정기분 재산세 {won(amt)}을 부과하였다."]
        out["claim"] = [f"{sub}은 상속개시일부터 5년이 지나지 아니한 소수지분 상속주택은 「지방세법 시행령」 제110조의2에 따라 주택 수에서 제외되어야 한다고 주장한다."]
        out["opinion"] = ["처분청은 해당 지분의 최대지분자가 청구인으로 확인되어 주택 수 제외 대상에 해당하지 아니한다는 의견이다."]
        out["issue"] = "상속주택 지분을 1세대 1주택 판정 시 주택 수에 포함할지 여부"
        out["law"] = "「지방세법 시행령」 제110조의2"
    elif kind == "two_house":
        out["overview"] = [f"{sub}은 {c.d(acq)} ", (home, "ADDRESS"), " 소재 아파트를 취득하면서 일시적 2주택으로 1~3%의 세율을 적용하여 신고하였으나, ",
                           f"종전주택을 3년 이내에 처분하지 아니하여 처분청이 「지방세법」 제13조의2에 따른 중과세율을 적용한 취득세 등 {won(amt)}을 {c.d(imp)} 부과하였다."]
        out["claim"] = [f"{sub}은 종전주택 매매계약을 기한 내 체결하였으나 매수인의 잔금 지연으로 소유권이전이 늦어졌을 뿐이라고 주장한다."]
        out["opinion"] = ["처분청은 처분 여부는 소유권이전등기일을 기준으로 판단하며 매매계약 체결만으로는 처분한 것으로 볼 수 없다는 의견이다."]
        out["issue"] = "일시적 2주택 처분기한 경과에 정당한 사유가 있는지 여부"
        out["law"] = "「지방세법」 제13조의2 및 같은 법 시행령 제28조의5"
    elif kind == "car_tax":
        pl = g.plate()
        out["overview"] = [f"처분청은 {sub} 명의로 등록된 차량(", (pl, "VEHICLE_PLATE"), f", {g.pick(CARS)})에 대하여 {imp.year}년 제1기분 및 제2기분 자동차세 {won(amt // 20 * 10)}을 부과하였다."]
        out["claim"] = [f"{sub}은 위 차량을 {c.d(acq)} 도난당하여 관할 경찰서에 신고하였고 이후 사용·수익한 사실이 없으므로 「지방세법」 제130조에 따라 과세대상에서 제외되어야 한다고 주장한다."]
        out["opinion"] = ["처분청은 도난신고 접수증명 외에 말소등록 신청 등 후속 조치가 없어 사실상 운행 여부를 확인할 수 없다는 의견이다."]
        out["issue"] = "도난 신고된 차량이 자동차세 과세대상인지 여부"
        out["law"] = "「지방세법」 제125조 및 제130조"
    elif kind == "disabled_car":
        pl = g.plate()
        H = g.pick(DISAB)
        fam = g.person(0)
        out["overview"] = [f"{sub}은 ", (H, "HEALTH_INFO"), "인 본인 명의로 차량(", (pl, "VEHICLE_PLATE"), f", {g.pick(CARS)})을 {c.d(acq)} 취득하면서 「지방세특례제한법」 제17조에 따라 취득세를 면제받았다. ",
                           f"처분청은 위 차량을 {sub}과 세대를 달리하는 ", (g.name(fam), "PERSON"), f"이 단독으로 운행한 사실을 확인하고 면제세액 {won(amt // 10 * 1)}을 {c.d(imp)} 추징하였다."]
        out["claim"] = [f"{sub}은 통원치료를 위하여 지인에게 운전을 부탁하였을 뿐 {sub}이 동승하지 아니한 운행은 일시적이었다고 주장한다."]
        out["opinion"] = ["처분청은 주차단속 및 통행기록상 청구인 미동승 운행이 반복적으로 확인된다는 의견이다."]
        out["issue"] = "장애인용 자동차를 장애인 외의 사람이 사용한 것으로 볼 수 있는지 여부"
        out["law"] = "「지방세특례제한법」 제17조 제1항 및 같은 법 시행령 제8조"
    elif kind == "penalty":
        H = health_phrase(g)
        out["overview"] = [f"{sub}은 {c.d(acq)} 부동산을 취득하고 법정신고기한(60일)을 {r.randint(3, 40)}일 경과하여 신고·납부하였으며, 처분청은 무신고가산세 및 납부지연가산세 {won(amt // 20 * 10)}을 {c.d(imp)} 부과하였다."]
        out["claim"] = [f"{sub}은 신고기한 무렵 ", (H, "HEALTH_INFO"), "으로 거동이 불가능하였으므로 「지방세기본법」 제57조 제1항의 정당한 사유가 있다고 주장한다." if jo(H, "으로/로") == "으로" else "로 거동이 불가능하였으므로 「지방세기본법」 제57조 제1항의 정당한 사유가 있다고 주장한다."]
        if g.chance(0.3):
            ip = f"{r.choice([211, 121, 175, 59, 118, 222])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            out["claim"] += [" 또한 기한 내 위택스 신고를 시도하였다며 접속 기록(IP ", (ip, "IP_ADDRESS"), ")을 제출하였다."]
        out["opinion"] = ["처분청은 가족 등을 통한 신고가 가능하였으므로 정당한 사유로 보기 어렵다는 의견이다."]
        out["issue"] = "질병으로 인한 신고 지연이 가산세 감면 사유인 정당한 사유에 해당하는지 여부"
        out["law"] = "「지방세기본법」 제57조"
    elif kind == "income":
        shop = g.shop()
        out["overview"] = [f"{sub}은 「{shop}」이라는 상호로 음식점업을 영위하는 개인사업자(사업자등록번호 {g.biz_no()})로서, 관할 세무서가 {imp.year - 1}년 귀속 종합소득세를 경정함에 따라 처분청은 ",
                           f"개인지방소득세 {won(amt // 10)}을 {c.d(imp)} 경정·고지하였다."]
        out["claim"] = [f"{sub}은 세무서의 경정처분에 대하여 조세심판원에 심판청구를 제기하여 계류 중이므로 그 결과에 따라야 한다고 주장한다."]
        out["opinion"] = ["처분청은 「지방세법」 제103조의59에 따라 세무서장의 결정·경정 자료에 따라 경정한 것으로 적법하다는 의견이다."]
        out["issue"] = "종합소득세 경정에 따른 개인지방소득세 경정의 적법 여부"
        out["law"] = "「지방세법」 제103조의59"
    else:
        out["overview"] = [f"처분청은 {sub} 소유의 ", (home, "ADDRESS"), f" 소재 건축물 중 2층 부분을 주택으로 보아 {imp.year}년 재산세를 부과하였으나, {sub}은 해당 부분을 근린생활시설로 사용하고 있다며 이의를 제기하였다."]
        out["claim"] = [f"{sub}은 건축물대장상 용도가 제2종 근린생활시설이고 실제 사무실로 임대하고 있다고 주장한다."]
        out["opinion"] = ["처분청은 현장 조사 결과 취사시설과 거주 흔적이 확인되어 사실상 주거용으로 사용된다는 의견이다."]
        out["issue"] = "쟁점건축물의 사실상 용도가 주택인지 여부"
        out["law"] = "「지방세법」 제106조 및 같은 법 시행령 제105조"
    out["health"] = H
    return out


def outcome(g):
    return g.pick(["기각", "기각", "인용", "일부인용", "각하"])


# ---------------------------------------------------------------- document kinds
def k_objection(g):
    """이의신청 결정서 (ruling prose) or 결정통지 letter."""
    c = Ctx(g, ["세무관리과", "세무1과", "세무2과", "재무국 세제과", "재무국 세정담당관"])
    b = B()
    r = g.r
    pre = g.chance(0.35)  # 과세전적부심사
    cl = g.person()
    agent = g.person(0, 1960, 1990) if g.chance(0.55) else None
    firm = g.taxfirm()
    sc = scenario(g, c, cl, None, agent)
    nm = g.name(cl)
    case_no = g.pick([f"{c.day.year}-이의-{r.randint(1, 240):04d}", f"제{c.day.year}-{r.randint(1, 99)}호", f"{c.day.year}이의{r.randint(1, 300)}"])
    if pre:
        case_no = g.pick([f"{c.day.year}-과세전-{r.randint(1, 90):03d}", f"과세전적부 제{c.day.year}-{r.randint(1, 60)}호"])
    layout = g.pick(["ruling", "ruling", "notice_letter", "ruling_compact"])
    res = outcome(g)
    if pre:
        res_txt = {"기각": "불채택", "인용": "채택", "일부인용": "일부채택", "각하": "심사하지 아니함"}[res]
    else:
        res_txt = res
    title = ("과세전적부심사 결정서" if pre else "지방세 이의신청 결정서") if layout != "notice_letter" else ("과세전적부심사 결과 통지" if pre else "이의신청 결정 통지")
    grounds = None
    if layout in ("ruling", "ruling_compact"):
        b.ln(f"{c.office} 지방세심의위원회" if g.chance(0.5) else c.office)
        b.ln(g.pick(["결 정 서", "결정서", f"{title}"]))
        b.ln("")
        lab = g.pick(["청 구 인", "청구인", "신청인", "청구인(납세자)"])
        b.ln(f"사    건 : {case_no} {sc['tax']} {'과세예고에 대한 과세전적부심사' if pre else '부과처분 취소청구'}")
        b.add(f"{lab} : ", (nm, "PERSON"))
        idst = g.pick(["birth", "rrn", "none"])
        if idst == "birth":
            bs = g.pick(["dot", "iso", "kor", "six"])
            b.add(" (생년월일: ", (fbirth(cl["birth"], bs), "BIRTH_DATE"), ")")
        elif idst == "rrn" and not cl["foreign"]:
            b.add(" (", (g.rrn(cl, g.pick(["m", "h"])), "KR_RRN"), ")")
        elif idst == "rrn":
            b.add(" (외국인등록번호 ", (g.rrn(cl, "h"), "KR_FRN"), ")")
        b.add("\n")
        b.ln("주    소 : ", (g.address(), "ADDRESS"))
        if agent:
            b.ln(f"대 리 인 : {g.pick(['세무사', '세무사', '변호사', '공인회계사'])} ", (g.name(agent), "PERSON"), f" ({firm})")
        b.ln(f"처 분 청 : {c.head}")
        b.ln(f"{'심사' if pre else '결정'}일자 : {c.d(c.day)}")
        b.ln("")
        b.ln("주    문" if layout == "ruling" else "[주문]")
        if res_txt in ("기각", "불채택"):
            b.ln(f"  청구인의 {'과세전적부심사청구를' if pre else '이의신청을'} {'채택하지 아니한다' if pre else '기각한다'}.")
        elif res_txt in ("인용", "채택"):
            b.ln(f"  처분청이 {c.d(sc['imp'])} 청구인에게 {'통지한 과세예고' if pre else '한'} {sc['tax']} {won(sc['amt'])}의 {'부과는 이를 하지 아니한다' if pre else '부과처분은 이를 취소한다'}.")
        elif res_txt == "각하":
            b.ln(f"  청구인의 {'청구를' if pre else '이의신청을'} 각하한다.")
        else:
            b.ln(f"  처분청이 {c.d(sc['imp'])} 청구인에게 한 {sc['tax']} {won(sc['amt'])} 중 가산세 {won(sc['amt'] // 5 // 10 * 10)}은 이를 취소하고, 나머지 청구는 기각한다.")
        b.ln("")
        if layout == "ruling":
            b.ln("청구취지")
            b.ln(f"  처분청이 {c.d(sc['imp'])} 청구인에게 한 {sc['tax']} 등 {won(sc['amt'])}의 {'과세예고를' if pre else '부과처분을'} 취소한다는 결정을 구함.")
            b.ln("")
        b.ln("이    유" if layout == "ruling" else "[이유]")
        heads = g.pick([["1. 처분개요", "2. 청구인 주장", "3. 처분청 의견", "4. 쟁점", "5. 사실관계 및 판단", "6. 결론"],
                        ["가. 처분개요", "나. 청구 주장", "다. 처분청 답변", "라. 쟁점", "마. 판단", "바. 결론"]])
        b.ln(heads[0])
        if g.chance(0.45):
            nm2 = g.name(cl, "plain") if not cl["foreign"] else cl["ko"]
            b.ln("  청구인 ", (nm2, "PERSON"), jo(nm2, "은/는") + f" {c.d(c.day - dt.timedelta(days=r.randint(50, 88)))} 이 건 처분에 불복하여 {'과세전적부심사를 청구' if pre else '이의신청을 제기'}하였다.")
        b.ln("  ", sc["overview"])
        b.ln(heads[1]); b.ln("  ", sc["claim"])
        if agent and g.chance(0.5):
            b.ln("  대리인 ", (g.name(agent, "plain") if not agent["foreign"] else agent["ko"], "PERSON"), f"은 {c.d(c.day - dt.timedelta(days=r.randint(10, 40)))} 의견진술에 출석하여 같은 취지로 진술하였다.")
        b.ln(heads[2]); b.ln("  ", sc["opinion"])
        b.ln(heads[3]); b.ln(f"  {sc['issue']}")
        b.ln(heads[4])
        b.ln(f"  (1) 관계법령: {sc['law']}, 「지방세기본법」 제{96 if not pre else 88}조")
        b.ln(f"  (2) 살피건대, 처분청이 제출한 과세자료와 청구인이 제출한 소명자료(진단서, 등기사항전부증명서, 주민등록표 등본 등)를 종합하여 보면, ")
        if res in ("기각", "각하"):
            b.ln("  청구인의 주장을 인정할 만한 객관적인 증빙이 부족하고, 조세법률주의 원칙상 감면요건 규정은 엄격하게 해석하여야 하므로 "
                 f"(대법원 {r.randint(2015, 2023)}두{r.randint(10000, 69999)}, {fd(g.date(dt.date(2016, 1, 1), dt.date(2024, 6, 1)), 'dot')} 선고 같은 뜻임) 처분청의 처분은 달리 잘못이 없다고 판단된다.")
        else:
            yy = r.randint(2019, 2024)
            b.ln(f"  청구인에게는 의무 불이행을 탓할 수 없는 정당한 사유가 있었다고 봄이 타당하다(조세심판원 {yy}지{r.randint(100, 2999)}, {fd(g.date(dt.date(yy, 2, 1), dt.date(yy + 1, 12, 1)), 'dot')} 참조).")
        if g.chance(0.3):
            b.ln(f"  한편, 유사사례(청구인 {g.masked()}, {c.day.year - 1}-이의-{r.randint(10, 200):04d})에서도 같은 취지로 결정한 바 있다.")
        b.ln(heads[5])
        b.ln(f"  이 건 {'청구는' if pre else '이의신청은'} {'이유 없으므로' if res == '기각' else '이유 있으므로' if res == '인용' else '일부 이유 있으므로' if res == '일부인용' else '청구기간이 지난 후 제기되어 부적법하므로'} 「지방세기본법」 제{96 if not pre else 88}조에 따라 주문과 같이 결정한다.")
        b.ln("")
        b.ln(c.d(c.day))
        chair = g.person(0, 1962, 1975)
        b.ln(g.pick([f"{c.office} 지방세심의위원회 위원장 부{c.head[-3:] if c.head.endswith('구청장') else '시장'} {chair['ko']}",
                     f"{c.head} (직인생략)", f"위원장 {chair['ko']} (부{'구청장' if c.head.endswith('구청장') else '시장'})"]))
        b.ln("")
        b.ln(f"※ 이 결정에 이의가 있는 경우 결정 통지를 받은 날부터 90일 이내에 조세심판원에 심판청구를 하거나 감사원 심사청구 또는 행정소송을 제기할 수 있습니다(「지방세기본법」 제{91 if not pre else 89}조).")
        c.contact(b)
    else:
        # letter
        b.ln(c.office)
        b.ln(f"수신  ", (nm, "PERSON"), g.pick([" 귀하", " 님", "님 귀하"]), g.pick(["", "  (경유)"]))
        if agent and g.chance(0.6):
            b.ln("      (대리인: ", (g.name(agent), "PERSON"), f" 세무사, {firm})")
        b.ln(f"제목  {title} ({case_no})")
        b.ln("")
        b.ln(f"1. 귀하께서 {c.d(c.day - dt.timedelta(days=r.randint(40, 85)))} 제기하신 {sc['tax']} {'과세전적부심사청구' if pre else '이의신청'}에 대하여 「지방세기본법」 제{96 if not pre else 88}조에 따라 다음과 같이 결정하였음을 알려드립니다.")
        b.ln(f"2. 결정 내용")
        kvs = [("청구인", [(nm, "PERSON")]), ("주소", [(g.address(), "ADDRESS")]),
               ("세목 및 금액", f"{sc['tax']} {won(sc['amt'], g.pick(['w', 'g']))}"), ("결정", res_txt),
               ("결정일", c.d(c.day)), ("심의", f"{c.office} 지방세심의위원회 제{r.randint(1, 12)}차 회의")]
        if g.chance(0.5):
            kvs.insert(2, ("연락처", [(g.mobile(), "PHONE")]))
        if g.chance(0.25):
            kvs.insert(2, ("전자송달", [(g.email(), "EMAIL")]))
        for k, v in kvs:
            b.ln(f"  {g.pick(['○', '-', '·'])} {k}{g.pick([': ', ' : ', '  '])}", v)
        b.ln(f"3. 결정 이유(요지)")
        b.ln("  ", sc["claim"])
        b.ln("  ", sc["opinion"])
        b.ln(f"  → {sc['issue']}에 관하여 심의한 결과 '{res_txt}'(으)로 의결하였습니다.")
        b.ln(f"4. 이 결정에 불복하시는 경우 통지를 받은 날부터 90일 이내에 조세심판원 심판청구 또는 행정소송을 제기하실 수 있습니다.")
        b.ln(f"5. 기타 궁금하신 사항은 {c.dept}({c.line()})로 문의하여 주시기 바랍니다.  끝.")
        b.ln("")
        b.ln(f"{c.head}")
        b.ln(f"주무관 {c.drafter['ko']}  {c.team}장 {c.lead['ko']}  {c.approver_rank} {c.approver['ko']}")
        b.ln(f"시행 {c.docno()} ({c.d(c.day)})  접수")
        b.ln(f"우 {c.opost} {c.oaddr} / 전화 {c.line()} / {c.mail(c.drafter)}" if g.chance(0.5) else f"우 {c.opost} {c.oaddr} / 전화 {c.line()} / 공개구분: 부분공개(6)")
    grade = "partial"
    if sc["health"] and g.chance(0.35) and layout == "notice_letter":
        grade, grounds = "nonpublic", [6]
    return c, title, "과세전적부심사 결정" if pre else "이의신청 결정", b, grade, grounds


def k_delinquent_list(g):
    """고액·상습체납자 명단 공개 (공고) or 명단공개 심의자료 / 체납자 관리대장."""
    c = Ctx(g, ["징수과", "38세금징수과", "세무관리과"])
    b = B()
    r = g.r
    variant = g.pick(["publish", "publish", "review", "ledger", "ledger"])
    ts = g.pick(TSTYLES)
    grade, grounds = "partial", [6]
    if variant in ("publish", "review"):
        title = "지방세 고액·상습체납자 명단 공개" if variant == "publish" else "고액·상습체납자 명단공개 대상자 사전심의 자료"
        if variant == "publish":
            b.ln(f"{c.office} 공고 제{c.day.year}-{r.randint(100, 2999)}호")
        else:
            b.ln(f"[내부 검토] {c.office} 지방세심의위원회 제{r.randint(1, 6)}차 회의 안건")
        b.ln(title)
        b.ln("")
        b.ln(f"「지방세징수법」 제11조 및 같은 법 시행령 제19조에 따라 체납 발생일부터 1년이 지난 지방세 체납액이 1천만원 이상인 체납자 중 "
             f"{'명단공개 사전안내 후 6개월간 소명기회를 부여하였음에도 납부하지 아니한' if variant == 'publish' else '명단공개 대상으로 선정 예정인'} 자를 다음과 같이 {'공개합니다' if variant == 'publish' else '심의하고자 합니다'}.")
        b.ln("")
        b.ln(f"가. 기준일: {c.d(dt.date(c.day.year, 6, 1))}   나. 대상: 개인 {r.randint(20, 300)}명, 법인 {r.randint(5, 90)}개 업체")
        b.ln(f"다. 공개 항목: 체납자의 성명·상호(법인명), 나이, 직업, 주소 또는 영업소, 체납액의 세목·납부기한 및 체납요지")
        b.ln("")
        hdr = [g.pick(["성명(상호)", "체납자", "성명(법인명)", "납세자", "성명/상호(대표자)"]), "나이", g.pick(["직업(업종)", "업종"]),
               g.pick(["주소(영업소)", "주소", "소재지"]), g.pick(["체납액(천원)", "체납액", "총체납액(원)"]), "세목", "체납요지"]
        rows = []
        for i in range(r.randint(3, 7)):
            amt = g.money(10_000_000, 2_400_000_000, 1000)
            amt_s = f"{amt // 1000:,}" if "천원" in hdr[4] else f"{amt:,}" if "원" in hdr[4] else won(amt)
            if g.chance(0.35):
                co = g.company()
                rep = g.person(0, 1950, 1985)
                cell = [co, " (대표자 ", (g.name(rep), "PERSON"), ")"] if g.chance(0.7) else [co]
                rows.append([cell, "-", g.pick(["건설업", "부동산업", "도소매", "제조업"]),
                             f"{g.pick(['서울특별시 중구 을지로', '경기도 성남시 분당구 판교로', '서울특별시 강남구 테헤란로', '서울특별시 서초구 강남대로', '인천광역시 연수구 컨벤시아대로'])} {r.randint(1, 300)}, {r.randint(2, 15)}층(영업소)",
                             amt_s, g.pick(["취득세", "지방소득세", "주민세"]), g.pick(["법인 부동산 취득 후 중과세 미납", "폐업 후 재산 은닉 의심", "사업부진"])])
            else:
                p = g.person(0.05, 1945, 1990)
                age = c.day.year - p["birth"].year
                rows.append([[(g.name(p), "PERSON")], f"{age}", g.pick(["자영업", "무직", "부동산임대업", "회사원", "기타", "음식점업"]),
                             [(g.address(g.pick(["road_unit", "road", "jibun", "other"])), "ADDRESS")], amt_s,
                             g.pick(["취득세", "재산세", "지방소득세", "자동차세 외 2"]), g.pick(["사업부진", "납부 의지 부족", "재산 처분 후 체납", "부동산 양도 후 미납"])])
        table(b, hdr, rows, ts)
        b.ln("")
        b.ln(f"※ 공개 대상자의 체납액은 {c.d(dt.date(c.day.year, 11, 1))} 기준이며, 공개 이후 납부한 체납자는 명단에서 삭제합니다.")
        if variant == "review":
            b.ln("※ 본 자료는 위원회 심의 전 자료로서 대상자 소명 결과에 따라 변경될 수 있음(외부 유출 금지).")
            grade, grounds = "nonpublic", [5]
        c.contact(b)
        dtype = "체납자 명단 공개" if variant == "publish" else "명단공개 심의자료"
    else:
        title = g.pick(["체납자 징수독려 관리대장", "체납액 정리보류 검토 대상자 현황", "고질체납자 현장방문 결과"])
        b.ln(f"{title} ({c.d(c.day)} 현재)")
        b.ln(f"부서: {c.office} {c.dept} {c.team}")
        b.ln("")
        hdr = ["연번", g.pick(["체납자", "납세자", "성명", "명의인", "체납자(관계인)"]), g.pick(["주민등록번호", "생년월일", "주민번호"]),
               g.pick(["연락처", "전화", "휴대전화"]), g.pick(["주소", "거소", "주소지"]), "세목", g.pick(["체납액", "체납금액(원)"]), g.pick(["조치사항", "비고", "처리결과"])]
        rows = []
        notes = []
        for i in range(1, r.randint(3, 7)):
            p = g.person(0.06, 1940, 1995)
            idv = ((g.rrn(p), "KR_FRN" if p["foreign"] else "KR_RRN") if "주민" in hdr[2] else (fbirth(p["birth"], g.pick(["dot", "iso", "six", "dot0"])), "BIRTH_DATE"))
            ph = g.mobile() if g.chance(0.85) else g.home_phone()
            act = g.pick(["전화독촉", "예금 압류", "차량 번호판 영치", "분납 약정(6개월)", "현장방문 부재", "급여 압류", "정리보류 검토"])
            nmv = g.name(p)
            rows.append([str(i), [(nmv, "PERSON")], [idv], [(ph, "PHONE")], [(g.address(), "ADDRESS")],
                         g.pick(TAX_ITEMS), f"{g.money(100000, 30000000):,}", act])
            if g.chance(0.4):
                notes.append(p)
        table(b, hdr, rows, ts)
        b.ln("")
        if notes:
            b.ln("특이사항")
            for p in notes:
                k = g.pick(["health", "basic", "family", "given"])
                n2 = g.name(p, "plain") if not p["foreign"] else p["ko"]
                if k == "health":
                    H = g.pick(DIAG + TREAT)
                    b.ln(f" - ", (n2, "PERSON"), f"{jo(n2, '은/는')} 본인 ", (H, "HEALTH_INFO"), cop(H) + "며 분할납부를 요청함(진단서 사본 제출).")
                elif k == "basic":
                    b.ln(f" - ", (n2, "PERSON"), f"{jo(n2, '은/는')} {c.day.year}년부터 국민기초생활 생계급여 수급자로 확인되어 「지방세징수법」 제106조에 따른 결손처분(정리보류) 검토")
                elif k == "family":
                    fam = g.person(0)
                    b.ln(f" - ", (n2, "PERSON"), " 부재로 배우자 ", (g.name(fam), "PERSON"), "(", (g.mobile(), "PHONE"), ")에게 납부 안내함")
                else:
                    gv = p["giv"] if not p["foreign"] else p["ko"]
                    b.ln(f" - 방문 시 자녀가 \"", (gv, "PERSON"), " 님은 요양병원에 계신다\"고 하여 재방문 예정")
        b.ln(f" - 체납 세목 중 {g.pick(['재산세', '자동차세'])}는 「지방세기본법」 제39조에 따른 부과제척기간 경과 여부 확인 필요")
        b.ln("")
        c.contact(b, g.pick(["a", "c"]))
        dtype = "체납자 관리대장"
    return c, title, dtype, b, grade, grounds


def k_seizure(g):
    c = Ctx(g, ["징수과", "38세금징수과"])
    b = B()
    r = g.r
    what = g.pick(["deposit", "car", "estate", "multi"])
    p = g.person(0.05)
    nm = g.name(p)
    title = {"deposit": "예금채권 압류통지서", "car": "자동차 압류 통지", "estate": "부동산 압류 통지서", "multi": "재산 압류 통지"}[what]
    layout = g.pick(["letter", "form"])
    items = []
    if layout == "letter":
        b.ln(c.office)
        b.ln(f"{c.opost} {c.oaddr}  {c.dept} {c.team}  ☎ {c.line()}")
        b.ln("")
        b.ln(f"수 신 : ", (nm, "PERSON"), g.pick([" 귀하", "님", " 귀하 (체납자)"]))
        b.ln(f"주 소 : ", (g.address(), "ADDRESS"))
        b.ln(f"제 목 : {title}")
        b.ln("")
        b.ln(f"1. 귀하께서 체납하신 지방세에 대하여 「지방세징수법」 제33조 및 제{g.pick(['52', '55', '61'])}조에 따라 아래와 같이 재산을 압류하였음을 통지합니다.")
    else:
        b.ln(f"【{title}】")
        b.ln(f"문서번호 : {c.docno()}      시행일자 : {c.d(c.day)}")
        b.ln("")
        hdr = g.pick(["체납자", "성명", "납세자", "소유자", "명의인"])
        b.ln(f"■ {hdr}")
        b.ln(f"  성    명 : ", (nm, "PERSON"))
        if g.chance(0.6):
            b.ln(f"  {'외국인등록번호' if p['foreign'] else '주민등록번호'} : ", (g.rrn(p), "KR_FRN" if p["foreign"] else "KR_RRN"))
        else:
            b.ln(f"  생년월일 : ", (fbirth(p["birth"], g.pick(["dot", "iso", "kor"])), "BIRTH_DATE"))
        b.ln(f"  주    소 : ", (g.address(), "ADDRESS"))
    b.ln("")
    b.ln("■ 체납 내역" if layout == "form" else "2. 체납 내역")
    rows, tot = [], 0
    for _ in range(r.randint(1, 4)):
        amt = g.money(50000, 9000000)
        tot += amt
        y = c.day.year - r.randint(1, 5)
        rows.append([g.pick(TAX_ITEMS), f"{y}", c.d(dt.date(y, g.pick([1, 3, 6, 7, 9, 12]), g.pick([10, 16, 25, 30]))), f"{amt:,}"])
    rows.append(["합계", "", "", f"{tot:,}"])
    table(b, ["세목", "과세연도", "납기", "금액(원)"], rows, g.pick(["pipe", "box", "tab", "space"]))
    b.ln("")
    b.ln("■ 압류 재산" if layout == "form" else "3. 압류 재산")
    kinds = [what] if what != "multi" else g.r.sample(["deposit", "car", "estate"], 2)
    for k in kinds:
        if k == "deposit":
            bank = g.pick(BANKS)
            b.ln(f"  - 종류: 예금채권 / 제3채무자: {bank} {g.pick(['본점', '영업부', g.pick(DONGS) + '지점'])}(대표전화 {g.pick(['1588-9999', '1599-8000', '1588-5000', '1577-8000'])})")
            b.ln(f"  - 계좌번호: ", (g.account(), "BANK_ACCOUNT"), f"  (예금주 ", (g.name(p, 'plain') if not p['foreign'] else p['ko'], "PERSON"), ")")
            b.ln(f"  - 압류금액: {won(tot, g.pick(['w', 'g']))}  (「민사집행법」 제246조에 따른 압류금지 금액 1,850,000원 제외)")
        elif k == "car":
            pl = g.plate()
            b.ln(f"  - 종류: 자동차 / 차량번호: ", (pl, "VEHICLE_PLATE"), f" / 차명: {g.pick(CARS)} ({r.randint(2012, 2023)}년식)")
            b.ln(f"  - 압류등록일: {c.d(c.day - dt.timedelta(days=r.randint(1, 9)))} (자동차등록원부 등록), 체납 지속 시 번호판 영치 및 공매 예정")
        else:
            lot = g.lot()
            b.ln(f"  - 종류: 부동산 / 소재지: ", (lot, "ADDRESS"), f" / 지목: {g.pick(['대', '전', '답', '임야'])} / 면적: {r.randint(30, 2000)}㎡" + (f" (소유자 지분 {g.pick(['1/2', '1/3', '2/5'])})" if g.chance(0.3) else ""))
            b.ln(f"  - 등기 접수: {g.pick(['서울남부지방법원', '서울북부지방법원', '수원지방법원'])} 등기국 {c.d(c.day - dt.timedelta(days=r.randint(1, 20)))} 접수 제{r.randint(10000, 99999)}호")
    b.ln("")
    b.ln(("4. " if layout == "letter" else "※ ") + "체납액을 완납하시면 「지방세징수법」 제63조에 따라 압류를 해제하며, 생계가 곤란한 경우 분할납부를 상담하실 수 있습니다.")
    if g.chance(0.4):
        b.ln(("5. " if layout == "letter" else "※ ") + f"납부 가상계좌: {g.pick(BANKS)} {g.r.randint(100, 999)}-{g.r.randint(100000, 999999)}-{g.r.randint(10, 99)}-{g.r.randint(100, 999)} (예금주 {c.office}) — 전자납부번호 {r.randint(10000, 99999)}-{r.randint(1, 9)}-{r.randint(10000000, 99999999)}")
    b.ln("")
    b.ln(f"{c.d(c.day)}")
    b.ln(f"{c.head} (직인생략)")
    c.contact(b, g.pick(["a", "b", "d"]))
    return c, title, "압류 통지", b, "partial", [6]


def k_refund(g):
    c = Ctx(g, ["세무1과", "세무2과", "징수과", "재무국 세무과"])
    b = B()
    r = g.r
    variant = g.pick(["notice", "notice", "batch", "unclaimed"])
    reason = g.pick(["이의신청 인용에 따른 감액경정", "이중납부", "카드납부 취소", "과오납(착오납부)", "자동차 말소에 따른 자동차세 일할계산 환급", "연납 후 소유권 이전"])
    if variant == "notice":
        if g.chance(0.35):
            reason = "카드납부 취소"
        p = g.person(0.04)
        nm = g.name(p)
        title = g.pick(["지방세 환급금 지급 통지서", "지방세 과오납금 환급 통지", "환급금 충당 및 지급 안내"])
        amt = g.money(8000, 6000000)
        intr = amt // 200 // 10 * 10
        b.ln(f"{title}")
        b.ln(f"({c.office} {c.dept})")
        b.ln("")
        sep = g.pick([" : ", ": ", "\t", "  "])
        kv = [(g.pick(["납세자", "성명", "환급받을 분", "성명(상호)"]), [(nm, "PERSON")]),
              (g.pick(["주소", "주소지"]), [(g.address(), "ADDRESS")]),
              ("환급사유", reason),
              ("환급금", won(amt, g.pick(["w", "g"]))), ("환급가산금", won(intr) + f" (「지방세기본법」 제62조, 연 {g.pick(['2.9', '3.1', '3.5'])}%)"),
              ("지급예정일", c.d(c.day + dt.timedelta(days=r.randint(3, 20))))]
        if reason == "카드납부 취소":
            kv.append(("취소 카드", [g.pick(CARD_CO) + " ", (g.card(), "CARD_NUMBER")]))
        else:
            bank = g.pick(BANKS)
            kv.append((g.pick(["지급계좌", "환급계좌", "입금계좌(예금주)"]), [bank + " ", (g.account(), "BANK_ACCOUNT")] + ([" (", (g.name(p, "plain") if not p["foreign"] else p["ko"], "PERSON"), ")"] if g.chance(0.5) else [])))
        if g.chance(0.6):
            kv.append(("연락처", [(g.mobile(), "PHONE")]))
        pf = g.pick(['', '□ ', '- ', '· '])
        for k, v in kv:
            b.ln(f"{pf}{k}{sep}", v)
        b.ln("")
        b.ln(f"※ 위 환급금은 「지방세기본법」 제60조에 따라 {'체납액에 먼저 충당한 후 잔액을 ' if g.chance(0.3) else ''}지급합니다. 환급금은 5년간 청구하지 않으면 소멸시효가 완성됩니다.")
        c.contact(b)
    elif variant == "batch":
        title = "지방세 과오납 환급금 지급 결의"
        b.ln(f"{title}")
        b.ln(f"1. 「지방세기본법」 제60조에 따라 {c.d(c.day)} 기준 과오납 환급 대상을 다음과 같이 지급하고자 합니다.")
        b.ln(f"2. 예산과목: 세입세출외 / 과오납 반환금(총 {r.randint(3, 40)}건)")
        rows = []
        for i in range(1, r.randint(4, 7)):
            p = g.person(0.04)
            if g.chance(0.25):
                co = g.company()
                rows.append([str(i), co, g.biz_no(), g.pick(TAX_ITEMS), f"{g.money(10000, 3000000):,}", g.pick(BANKS), "법인계좌"])
            else:
                rows.append([str(i), [(g.name(p), "PERSON")], [(fbirth(p["birth"], "six"), "BIRTH_DATE")] if g.chance(0.5) else "-", g.pick(TAX_ITEMS),
                             f"{g.money(10000, 3000000):,}", g.pick(BANKS), [(g.account(), "BANK_ACCOUNT")]])
        table(b, ["번호", g.pick(["납세자", "성명(상호)", "예금주"]), g.pick(["생년월일/사업자번호", "식별번호"]), "세목", "환급액(원)", "은행", "계좌번호"], rows, g.pick(TSTYLES))
        b.ln("붙임 환급 내역서 1부. 끝.")
        c.contact(b, "c")
    else:
        p = g.person(0)
        nm = g.name(p)
        title = "미환급금 찾아가기 안내"
        b.ln(f"{c.office}")
        b.ln(f"", (nm, "PERSON"), f"{g.pick(['님께', ' 님께', ' 귀하'])}")
        b.ln("")
        b.ln(f"안녕하십니까. {c.office} {c.dept}입니다. 귀하께서 찾아가지 않은 지방세 환급금이 있어 안내드립니다.")
        b.ln(f"  ○ 환급 사유: {reason}")
        b.ln(f"  ○ 환급 금액: {won(g.money(5000, 900000))}")
        b.ln(f"  ○ 신청 방법: 위택스(www.wetax.go.kr) 또는 ARS 1899-0341, 방문 신청(구청 {g.r.randint(1, 5)}층 {c.dept})")
        b.ln(f"  ○ 주의: 구청은 문자로 계좌 비밀번호나 카드번호를 요구하지 않습니다.")
        mob = g.mobile()
        b.ln(f"등기우편 반송 시 주민등록 주소 ", (g.address(), "ADDRESS"), "로 재발송 예정이며, 휴대전화 ", (mob, "PHONE"), f"{jo(mob, '으로/로')} 알림톡을 발송하였습니다.")
        c.contact(b, "b")
    return c, title, "환급 통지", b, "partial", [6]


def k_reduction(g):
    c = Ctx(g, ["세무1과", "세무2과", "재산세과"])
    b = B()
    r = g.r
    p = g.person(0.03, 1938, 1995)
    nm = g.name(p)
    why = g.pick(["disabled_car", "basic", "merit", "illness"])
    title = {"disabled_car": "장애인용 자동차 취득세 감면 신청 검토", "basic": "기초생활수급자 주민세 개인분 비과세 신청 검토",
             "merit": "국가유공자 자동차 취득세·자동차세 감면 검토", "illness": "재해·질병에 따른 지방세 징수유예 신청 검토"}[why]
    b.ln(title)
    b.ln(f"{c.office} {c.dept} / {c.d(c.day)}")
    b.ln("")
    layout = g.pick(["kv", "prose", "box"])
    H = None
    kvs = [(g.pick(["신청인", "성명", "신청인(납세자)", "대상자"]), [(nm, "PERSON")]),
           ("주민등록번호" if not p["foreign"] else "외국인등록번호", [(g.rrn(p), "KR_FRN" if p["foreign"] else "KR_RRN")]),
           ("주소", [(g.address(), "ADDRESS")]), ("연락처", [(g.mobile(), "PHONE")])]
    if why in ("disabled_car", "merit"):
        pl = g.plate()
        H = g.pick(DISAB) if why == "disabled_car" else f"국가유공자 상이등급 {r.randint(1, 7)}급"
        kvs += [("감면대상 차량", [(pl, "VEHICLE_PLATE"), f" ({g.pick(CARS)}, {r.randint(998, 2999)}cc, 승용 {r.choice([5, 7, 9])}인승)"]),
                ("장애 정도" if why == "disabled_car" else "상이 등급", [(H, "HEALTH_INFO")]),
                ("감면근거", "「지방세특례제한법」 제17조 제1항" if why == "disabled_car" else "「지방세특례제한법」 제29조 제4항"),
                ("감면세액", f"취득세 {won(g.money(400000, 2000000))} (한도 {won(1400000 if why == 'disabled_car' else 2000000)})")]
        if g.chance(0.5):
            fam = g.person(0)
            kvs.append(("공동명의자", [(g.name(fam), "PERSON"), f"({g.pick(['배우자', '자녀', '부모'])}, ", (g.rrn(fam, "m"), "KR_RRN"), ")"]))
            if g.chance(0.5):
                kvs.append(("공동명의자 운전면허번호", [(f"{g.pick(['11', '12', '13', '서울'])}-{r.randint(10, 24)}-{r.randint(100000, 999999)}-{r.randint(10, 99)}" , "KR_DRIVER_LICENSE")]))
    elif why == "basic":
        kvs += [("수급 구분", f"국민기초생활보장법에 따른 {g.pick(['생계급여', '의료급여', '주거급여'])} 수급자"), ("비과세 근거", "「지방세법」 제77조 제2항"), ("해당 세액", won(g.pick([10000, 11000, 12500])))]
    else:
        H = g.pick(DIAG + TREAT)
        kvs += [("사유", [(H, "HEALTH_INFO"), "에 따른 사업 중단 및 생계 곤란"]), ("유예 신청 세액", f"{g.pick(TAX_ITEMS)} {won(g.money(500000, 15000000))}"),
                ("근거", "「지방세징수법」 제25조(징수유예 등의 요건)"), ("유예기간", f"{c.d(c.day)} ~ {c.d(c.day + dt.timedelta(days=270))} (9개월)")]
    if layout == "kv":
        pf, sp = g.pick(['· ', '- ', '', '○ ']), g.pick([': ', ' : ', '：', '\t'])
        for k, v in kvs:
            b.ln(f"{pf}{k}{sp}", v)
    elif layout == "box":
        table(b, ["항목", "내용"], [[k, v] for k, v in kvs], g.pick(["box", "pipe", "tab"]))
    else:
        b.ln(f"1. 신청 내용")
        b.ln(f"  신청인 ", (nm, "PERSON"), f"({kvs[2][0]} ", kvs[2][1], ")은 " if _bat(nm) else ")는 ", f"{c.d(c.day - dt.timedelta(days=r.randint(3, 20)))} 위 {title.split(' 검토')[0]}을 하였다.")
        for k, v in kvs[3:]:
            b.ln(f"  - {k}: ", v)
    b.ln("")
    b.ln("2. 검토 의견" if layout != "kv" else "[검토의견]")
    if why == "disabled_car":
        b.ln(f"  장애인 또는 그 배우자·직계존비속이 공동 등록하는 1대의 승용자동차로서 보행상 장애 요건을 충족하므로 감면 대상에 해당함. 다만 취득일부터 1년 이내 소유권 이전 시 추징(같은 법 제17조 제2항) 대상임을 안내함.")
    elif why == "merit":
        b.ln(f"  보훈관서 통보 자료로 상이등급을 확인하였으며 1대에 한하여 감면함. 장애인·유공자 중복 감면은 불가함.")
    elif why == "basic":
        b.ln(f"  사회보장정보시스템(행복e음) 조회 결과 수급자격 유지 중이므로 비과세 처리함. 세대 분리된 부모 소유한 주택과는 무관함.")
    else:
        b.ln(f"  의료기관 발행 진단서와 소득 감소 자료를 제출하였으므로 징수유예 요건을 충족함. 납세담보는 「지방세징수법」 제27조 단서에 따라 면제함.")
    b.ln(f"  → 결재: {g.pick(['징수유예 승인', '승인']) if why == 'illness' else g.pick(['비과세 결정', '승인']) if why == 'basic' else g.pick(['감면 승인', '승인', '감면 결정'])} (전결: {c.approver_rank})")
    b.ln("")
    c.contact(b, g.pick(["a", "c"]))
    grade, grounds = "partial", [6]
    if H and g.chance(0.4):
        grade, grounds = "nonpublic", [6]
    return c, title, "감면 신청 검토", b, grade, grounds


def k_inheritance(g):
    c = Ctx(g, ["세무1과", "재무국 세무과", "세무관리과"])
    b = B()
    r = g.r
    dec = g.person(0, 1930, 1955)
    death = g.date(dt.date(2022, 1, 1), c.day - dt.timedelta(days=90))
    title = g.pick(["상속 취득세 신고 검토 결과", "상속 부동산 취득세 무신고 조사 결과", "상속인별 취득세 납세의무 확인"])
    b.ln(title)
    b.ln("")
    b.ln(f"1. 개요")
    b.ln(f"  피상속인 ", (g.name(dec), "PERSON"), f"(이하 '망인')이 {c.d(death)} 사망함에 따라 상속인들은 「지방세법」 제20조 제1항에 따라 상속개시일이 속하는 달의 말일부터 6개월 이내에 취득세를 신고·납부하여야 함.")
    b.ln(f"  망인의 최후 주소지: ", (g.address(), "ADDRESS"))
    b.ln("")
    b.ln("2. 상속재산")
    props = []
    for _ in range(r.randint(1, 3)):
        props.append([[(g.lot() if g.chance(0.6) else g.address("road_apt"), "ADDRESS")], g.pick(["대", "공동주택", "전", "임야", "근린생활시설"]),
                      f"{r.randint(25, 1800)}㎡", f"{g.money(50_000_000, 1_500_000_000, 1000):,}"])
    table(b, ["소재지", "지목/용도", "면적", "시가표준액(원)"], props, g.pick(["pipe", "box", "tab", "slash", "space"]))
    b.ln("")
    b.ln("3. 상속인 현황")
    heirs = []
    n = r.randint(2, 5)
    shares = g.pick([["3/9", "2/9", "2/9", "2/9", "0"], ["1/2", "1/2"], ["3/7", "2/7", "2/7"], ["1/4", "1/4", "1/4", "1/4"]])
    rels = ["배우자", "장남", "장녀", "차남", "차녀", "손자(대습)"]
    for i in range(min(n, len(shares))):
        h = g.person(0.06 if i else 0, 1932 if i == 0 else 1955, 1958 if i == 0 else 1995)
        idcol = g.pick(["birth", "rrn"])
        if h["foreign"]:
            idv = [(g.rrn(h, "h"), "KR_FRN")] if g.chance(0.6) else ["여권 ", (g.pick("MSR") + str(r.randint(10000000, 99999999)), "KR_PASSPORT")]
        elif idcol == "birth":
            idv = [(fbirth(h["birth"], g.pick(["dot", "iso", "dot0"])), "BIRTH_DATE")]
        else:
            idv = [(g.rrn(h), "KR_RRN")]
        heirs.append([[(g.name(h), "PERSON")], rels[i] if i < len(rels) else "기타", idv, shares[i],
                      [(g.address(), "ADDRESS")] if g.chance(0.7) else "망인과 동일"])
    table(b, [g.pick(["상속인", "성명", "납세의무자", "상속인(성명)"]), "관계", g.pick(["생년월일/등록번호", "식별정보"]), "지분", "주소"], heirs, g.pick(TSTYLES))
    b.ln("")
    b.ln("4. 검토 의견")
    tax = g.money(1_000_000, 60_000_000)
    b.ln(f"  상속인 전원이 신고기한({c.d(death.replace(day=28) + dt.timedelta(days=185))})을 경과하여 무신고가산세(20%) 대상이며, 산출세액(세율 2.8%, 농지 2.3%)은 {won(tax)}임.")
    b.ln(f"  무주택 상속인의 1가구 1주택 상속은 「지방세법」 제15조 제1항 제2호 가목에 따른 세율의 특례 적용 대상인지 주민등록 세대 현황으로 확인 요망.")
    if g.chance(0.3):
        b.ln(f"  상속인 중 {g.masked()}은 상속포기 신고(가정법원 {c.day.year - 1}느단{r.randint(1000, 9999)})가 확인되어 납세의무자에서 제외함.")
    b.ln("")
    c.contact(b, g.pick(["a", "c", "d"]))
    grade, grounds = ("nonpublic", [6]) if g.chance(0.15) else ("partial", [6])
    return c, title, "상속 취득세 검토", b, grade, grounds


def k_corporate(g):
    c = Ctx(g, ["세무1과", "지방소득세과", "세무관리과", "재무국 세무과"])
    b = B()
    r = g.r
    co = g.company()
    variant = g.pick(["heavy", "heavy", "income", "sole", "secret"])
    grade, grounds = None, None
    if variant == "sole":
        shop = g.shop()
        p = g.person(0.05)
        title = "개인사업자 주민세(사업소분) 및 종업원분 경정 결과"
        b.ln(title)
        b.ln("")
        sep = g.pick([": ", " : ", "  "])
        b.ln(f"상호{sep}{shop}")
        b.ln(f"사업자등록번호{sep}{g.biz_no()}")
        b.ln(f"{g.pick(['대표자', '성명(대표자)', '사업주'])}{sep}", (g.name(p), "PERSON"))
        b.ln(f"사업장 소재지{sep}{c.office} {g.pick(ROADS)} {r.randint(1, 300)}, 1층 (점포)")
        if g.chance(0.6):
            b.ln(f"대표자 휴대전화{sep}", (g.mobile(), "PHONE"))
        if g.chance(0.4):
            b.ln(f"대표자 주소{sep}", (g.address(), "ADDRESS"))
        b.ln("")
        b.ln(f"○ 경정 사유: 종업원 급여총액 월평균 {won(g.money(150_000_000, 400_000_000, 10000))} 초과로 「지방세법」 제84조의2에 따른 종업원분 과세 대상이나 무신고함")
        b.ln(f"○ 경정 세액: 주민세(종업원분) {won(g.money(200000, 4000000))} 및 무신고가산세")
        b.ln(f"○ 통지: {c.d(c.day)} 과세예고 통지 (과세전적부심사 청구 가능 기간 30일)")
        c.contact(b)
        grade, grounds = "partial", [6]
    else:
        rep = g.person(0, 1950, 1985)
        show_rep = g.chance(0.5)
        title = {"heavy": "법인 부동산 취득세 중과 세무조사 결과 보고", "income": "법인지방소득세 경정청구 처리 결과",
                 "secret": "법인 세무조사 결과 보고(영업 정보 포함)"}[variant]
        b.ln(title)
        b.ln(f"({c.office} {c.dept} {c.team}, {c.d(c.day)})")
        b.ln("")
        b.ln("1. 조사 대상 법인")
        rows = [["법인명", co], ["사업자등록번호", g.biz_no()], ["법인등록번호", g.corp_no()],
                ["본점 소재지", f"{g.pick(['서울특별시 강남구 테헤란로', '서울특별시 영등포구 국제금융로', '경기도 성남시 분당구 판교역로', '서울특별시 구로구 디지털로'])} {r.randint(1, 500)}, {r.randint(2, 20)}층"],
                ["대표전화", g.pick([f"02-{r.randint(500, 599)}-{r.randint(1000, 9999)}", f"1588-{r.randint(1000, 9999)}", f"031-{r.randint(600, 799)}-{r.randint(1000, 9999)}"])],
                ["업종", g.pick(["부동산 개발 및 공급업", "종합건설업", "소프트웨어 개발", "물류창고업"])]]
        if show_rep:
            rows.insert(3, [g.pick(["대표이사", "대표자"]), [(g.name(rep), "PERSON")]])
        table(b, ["구분", "내용"], rows, g.pick(["pipe", "box", "tab", "kv"]) if g.chance(0.6) else "space")
        b.ln("")
        b.ln("2. 조사 결과")
        if variant in ("heavy", "secret"):
            b.ln(f"  가. 위 법인은 {c.d(g.date(dt.date(2019, 1, 1), dt.date(2023, 1, 1)))} 설립된 후 5년 이내에 대도시(과밀억제권역) 내 부동산을 취득하였으므로 「지방세법」 제13조 제2항에 따른 중과세율을 적용하여야 함.")
            b.ln(f"  나. 추징세액: 취득세 {won(g.money(50_000_000, 900_000_000, 1000))}, 지방교육세 {won(g.money(5_000_000, 90_000_000, 1000))}, 가산세 {won(g.money(1_000_000, 50_000_000, 1000))}")
            b.ln(f"  다. 근거: 「지방세기본법」 제102조(지방세의 세무조사 등), 같은 법 제88조에 따른 과세예고 통지 예정")
        else:
            b.ln(f"  가. {c.day.year - 1}사업연도 법인지방소득세 경정청구({won(g.money(3_000_000, 80_000_000, 1000))})에 대하여 「지방세기본법」 제50조에 따라 검토함.")
            b.ln(f"  나. 연구·인력개발비 세액공제 적용 누락분을 인정하여 {g.pick(['전부', '일부'])} 환급 결정함.")
        if variant == "secret":
            b.ln(f"  라. 참고: 주요 거래처별 공급단가 및 원가율(매출원가율 {r.randint(55, 88)}.{r.randint(0, 9)}%), 미공개 신규 사업 부지 매입 계획 등 법인의 영업상 비밀이 포함되어 있음.")
            grade, grounds = "nonpublic", [7]
        if show_rep and g.chance(0.5):
            b.ln(f"  ※ 법인 측 확인자: 대표이사 ", (g.name(rep, "plain"), "PERSON"), f"{jo(rep['ko'], '과/와')} 재무팀 직원 ", (g.name(g.person(0)), "PERSON"), f"(", (g.mobile(), "PHONE"), ")")
        b.ln("")
        b.ln(f"3. 향후 조치: 과세예고 통지({c.d(c.day + dt.timedelta(days=7))}) → 과세전적부심사 청구기간(30일) 경과 후 부과")
        c.contact(b, g.pick(["a", "c"]))
        if grade is None:
            grade, grounds = ("partial", [6]) if show_rep else ("public", [])
    return c, title, "법인 세무 사건", b, grade, grounds


def k_call(g):
    c = Ctx(g, ["세무1과", "세무2과", "징수과", "재무국 세정담당관"])
    b = B()
    r = g.r
    p = g.person(0.05, 1940, 2000)
    nm = g.name(p)
    title = g.pick(["지방세 상담 통화 기록", "민원 전화상담 처리부", "체납 안내 통화 메모"])
    h0, m0 = r.randint(9, 17), r.randint(0, 50)
    t0 = f"{h0:02d}:{m0:02d}"
    layout = g.pick(["memo", "dialog", "table"])
    topic = g.pick(["재산세 고지서 미수령", "자동차세 연납 환급", "체납액 분할납부", "취득세 감면 문의", "압류 해제 요청", "이의신청 방법"])
    if layout == "dialog":
        topic = g.pick(["재산세 고지서 미수령", "가산세 부과 문의", "공시송달 이의"])
    b.ln(f"[{title}]")
    b.ln("")
    if layout == "table":
        rows = [[c.d(c.day) + " " + t0, [(nm, "PERSON")], [(g.mobile(), "PHONE")], topic, f"주무관 {c.drafter['ko']}"]]
        for _ in range(r.randint(0, 3)):
            q = g.person(0.05)
            rows.append([c.d(c.day) + f" {r.randint(9, 17):02d}:{r.randint(0, 59):02d}", [(g.name(q), "PERSON")],
                         [(g.mobile(), "PHONE")] if g.chance(0.8) else [(g.home_phone(), "PHONE")], g.pick(["재산세 고지서 미수령", "자동차세 연납 환급", "체납액 분할납부", "납부확인서 발급"]), f"주무관 {c.drafter['ko']}"])
        table(b, ["일시", g.pick(["민원인", "상담자(민원인)", "통화 상대"]), "연락처", "상담내용", "처리자"], rows, g.pick(["pipe", "tab", "box", "space"]))
        b.ln("")
        b.ln("비고: 전화번호는 본인 동의 하에 회신용으로 기록함. 녹취 보존기간 1년.")
    else:
        b.ln(f"○ 일시: {c.d(c.day)} {t0} ~ {h0:02d}:{m0 + r.randint(3, 9):02d}")
        b.ln(f"○ 상담자: {c.dept} {c.team} 주무관 {c.drafter['ko']} ({c.line()})")
        b.ln(f"○ 민원인: ", (nm, "PERSON"), " (", (g.mobile(), "PHONE"), ")" + g.pick(["", " / 본인"]))
        if g.chance(0.4):
            b.ln(f"○ 회신 이메일: ", (g.email(), "EMAIL"))
        b.ln(f"○ 주제: {topic}")
        b.ln("")
        gv = p["giv"] if not p["foreign"] else p["ko"]
        if layout == "dialog":
            b.ln(f"민원인: 고지서를 받지 못했는데 가산세가 붙었습니다. 주소는 ", (g.address(), "ADDRESS"), "입니다.")
            b.ln(f"담당자: 확인해 보니 등기 반송 후 공시송달 처리되었습니다. 「지방세기본법」 제33조에 따른 절차입니다.")
            if g.chance(0.5):
                H = g.pick(DIAG + TREAT)
                b.ln(f"민원인: 그 기간에 ", (H, "HEALTH_INFO"), cop(H) + " 집을 비웠습니다. 서류를 내면 되나요?")
                b.ln(f"담당자: 입원확인서를 제출하시면 가산세 감면 여부를 검토하겠습니다.")
            b.ln(f"담당자: ", (gv, "PERSON"), " 님, 제출 서류는 팩스(" + f"{c.line()}" + ") 또는 위택스로 보내 주세요.")
        else:
            if g.chance(0.4):
                kid = g.name(g.person(0))
                b.ln(f"- 내용: {topic} 관련 문의. 민원인 자녀 ", (kid, "PERSON"), jo(kid, "이/가") + " 대신 통화함.")
            else:
                b.ln(f"- 내용: {topic} 관련 본인 문의.")
            if g.chance(0.5):
                b.ln(f"- 납부 계좌 확인 요청 → 본인 계좌(", (g.pick(BANKS) + " ", None), (g.account(), "BANK_ACCOUNT"), ")로 환급 입금 예정 안내")
            if g.chance(0.4):
                b.ln(f"- 차량(", (g.plate(), "VEHICLE_PLATE"), ") 번호판 영치 해제 절차 안내함")
            b.ln(f"- 조치: 분할납부 신청서 안내, 「지방세징수법」 제25조의2 근거. 재통화 예정({c.d(c.day + dt.timedelta(days=3))}).")
        b.ln("")
        if g.chance(0.5):
            nm3 = g.name(p, "plain") if not p["foreign"] else p["ko"]
            b.ln("- 민원인 ", (nm3, "PERSON"), f" 씨의 요청으로 처리 결과를 문자로 회신하기로 함.")
        b.ln(f"※ 다산콜센터(120) 이관 건 아님. 처리자 {c.dept} 주무관 {c.drafter['ko']}, 확인 {c.team}장 {c.lead['ko']}")
    return c, title, "상담 기록", b, "partial", [6]


def k_guidance(g):
    c = Ctx(g)
    b = B()
    r = g.r
    y = c.day.year
    topic = g.pick(["prop", "car", "objection", "install", "acq", "penalty", "resident"])
    bullet = g.pick([("○", "-"), ("1.", "가."), ("■", "·"), ("□", "○")])
    if topic == "prop":
        title = f"{y}년 {g.pick(['7월', '9월'])} 정기분 재산세 납부 안내"
        lines = [f"납부기간: {c.d(dt.date(y, 7, 16))} ~ {c.d(dt.date(y, 7, 31))}", "과세기준일: 매년 6월 1일 현재 사실상 소유한 자(「지방세법」 제114조)",
                 "1세대 1주택 특례세율: 공시가격 9억원 이하 주택에 대하여 0.05%p 인하 세율 적용(「지방세법」 제111조의2)",
                 "세부담 상한: 직전 연도 대비 105~130% 이내"]
    elif topic == "car":
        title = f"{y}년 자동차세 연납 신청 안내"
        lines = [f"신청기간: {c.d(dt.date(y, 1, 16))} ~ {c.d(dt.date(y, 1, 31))} (3월·6월·9월 신청 가능)", f"공제율: 연세액의 {g.pick(['5', '4.57', '3'])}% (「지방세법」 제128조)",
                 "차량을 당해 연도 중 이전·폐차하면 남은 기간 세액을 일할 계산하여 환급", "장애인 자동차 감면 차량은 연납 대상에서 제외될 수 있음"]
    elif topic == "objection":
        title = "지방세 불복 청구 절차 안내"
        lines = ["과세전적부심사: 과세예고 통지를 받은 날부터 30일 이내 청구(「지방세기본법」 제88조)",
                 "이의신청: 처분이 있음을 안 날(고지서를 받은 날)부터 90일 이내(「지방세기본법」 제90조)",
                 "심판청구: 조세심판원, 이의신청 결정 통지를 받은 날부터 90일 이내(「지방세기본법」 제91조)",
                 "청구서 제출처: 처분청(구청 세무부서) 또는 위택스 전자청구", "청구금액 1천만원 미만은 '선정대리인(무료)' 제도 이용 가능(「지방세기본법」 제93조의2)"]
    elif topic == "install":
        title = "생계형 체납자 분할납부 및 체납처분 유예 안내"
        lines = ["대상: 경제적 어려움으로 일시 납부가 곤란한 납세자", "분할 기간: 최대 1년(「지방세징수법」 제25조의2)",
                 "제출 서류: 분할납부 신청서, 소득 증빙(필요 시)", "체납처분 유예 시 압류 해제 가능(「지방세징수법」 제105조)"]
    elif topic == "acq":
        title = "생애최초 주택 구입 취득세 감면 안내"
        lines = ["감면 한도: 200만원(「지방세특례제한법」 제36조의3)", "요건: 본인 및 배우자가 주택을 소유한 사실이 없을 것",
                 "추징: 취득일부터 3개월 이내 상시 거주 미개시, 3년 이내 매각·임대 시", f"개정 연혁: 법률 제{r.randint(19000, 20999)}호, {c.d(dt.date(r.choice([2023, 2024, 2025]), r.randint(1, 12), r.randint(1, 28)), 'dot')} 일부개정"]
    elif topic == "penalty":
        title = "납부지연가산세 제도 변경 안내"
        lines = ["2024. 1. 1. 이후 납세의무 성립분부터 가산금이 납부지연가산세로 통합", "고지 후 미납 시 3% 가산 후 매월 0.66%(최대 60개월)",
                 "「지방세기본법」 제55조 개정(법률 제18653호)", "납부고지서 1장당 45만원 미만은 월 가산 미적용"]
    else:
        title = f"{y}년 주민세(개인분·사업소분) 신고·납부 안내"
        lines = [f"개인분 납기: {c.d(dt.date(y, 8, 16))} ~ {c.d(dt.date(y, 8, 31))}", "사업소분 신고납부: 7. 1. ~ 7. 31.(과세기준일 7. 1.)",
                 "기초생활수급자는 「지방세법」 제77조에 따라 비과세", "사업소 연면적 330㎡ 초과 시 ㎡당 250원 추가"]
    layout = g.pick(["notice", "notice", "table", "qa"])
    b.ln(f"{c.office} {g.pick(['알림', '공지', '안내문', '공고 제' + str(y) + '-' + str(r.randint(100, 3000)) + '호'])}")
    b.ln(title)
    b.ln("")
    b.ln(g.pick(["구민 여러분의 성실한 납세에 감사드리며, 아래와 같이 안내하오니 기한 내 납부하여 불이익이 없도록 하여 주시기 바랍니다.",
                 "납세자의 권익 보호와 편의를 위하여 다음과 같이 알려드립니다.", "지방세 관련 주요 사항을 안내드립니다."]))
    b.ln("")
    if layout == "table":
        table(b, ["구분", "내용"], [[f"{i + 1}", l] for i, l in enumerate(lines)], g.pick(["pipe", "box", "tab"]))
    elif layout == "qa":
        for l in lines:
            k, _, v = l.partition(":")
            if v:
                b.ln(f"Q. {k.strip()}은(는)?")
                b.ln(f"A. {v.strip()}")
            else:
                b.ln(f"※ {l}")
    else:
        for i, l in enumerate(lines):
            b.ln(f"{bullet[0]} {l}" if bullet[0] not in ("1.",) else f"{i + 1}. {l}")
    b.ln("")
    b.ln(f"{bullet[1]} 납부 방법: 위택스(www.wetax.go.kr), 스마트폰 앱 '서울시 세금납부', 가상계좌, ARS 1899-0341")
    b.ln(f"{bullet[1]} 장애인·고령자 등 방문이 어려운 분은 전화로 상담하시면 서명부 없이 처리를 도와드립니다.")
    b.ln(f"{bullet[1]} 문의: {c.office} {c.dept} {c.team} {c.line()}" + (f", {c.dept} 주무관 {c.drafter['ko']}" if g.chance(0.5) else "") + f" / 다산콜센터 120")
    b.ln(f"{bullet[1]} 방문: ({c.opost}) {c.oaddr} {r.randint(1, 6)}층 {c.dept}")
    b.ln("")
    b.ln(f"{c.d(c.day)}  {c.head}")
    return c, title, "세무 안내", b, "public", []


def k_committee(g):
    c = Ctx(g, ["세무관리과", "재무국 세제과", "징수과"])
    b = B()
    r = g.r
    title = f"{c.office} 지방세심의위원회 제{r.randint(1, 12)}차 회의 결과"
    b.ln(title)
    b.ln("")
    chair = g.person(0, 1962, 1975)
    b.ln(f"1. 일시/장소: {c.d(c.day)} {r.randint(10, 16)}:00 / {c.office.split()[-1]}청 {r.randint(2, 9)}층 소회의실")
    b.ln(f"2. 참석: 위원장 {chair['ko']}(부{'구청장' if c.head.endswith('구청장') else '시장'}), 당연직 위원 {c.dept}장 {c.chief['ko']}, 위촉위원 {r.randint(4, 8)}명")
    if g.chance(0.4):
        b.ln(f"   ※ 구의회 {g.pick(['재정건설위원회', '행정복지위원회'])} 위원장 {g.person(0)['ko']} 의원 참관")
    b.ln(f"3. 심의 안건")
    rows = []
    for i in range(1, r.randint(3, 6)):
        if g.chance(0.5):
            who = g.masked()
        else:
            who = [(g.name(g.person(0.05)), "PERSON")]
        rows.append([f"안건 {i}", g.pick(["이의신청", "과세전적부심사", "명단공개 제외", "감면 사후관리"]), who, g.pick(TAX_ITEMS), f"{g.money(300000, 90000000):,}",
                     g.pick(["기각", "인용", "일부인용", "채택", "계속심의"])])
    table(b, ["번호", "구분", g.pick(["청구인", "신청인", "대상자"]), "세목", "청구금액(원)", "결과"], rows, g.pick(["pipe", "box", "tab", "space"]))
    b.ln("")
    grade, grounds = "partial", [6]
    if any(rw[-1] == "계속심의" for rw in rows) and g.chance(0.5):
        b.ln("※ 계속심의 안건은 차기 회의에서 추가 자료 검토 후 의결 예정(심의 진행 중)")
        grade, grounds = "nonpublic", [5]
    b.ln("4. 위촉위원 참석수당 지급")
    fee_rows = []
    for _ in range(r.randint(2, 5)):
        m = g.person(0, 1955, 1985)
        fee_rows.append([[(g.name(m), "PERSON")], g.pick(["세무사", "변호사", "공인회계사", "대학교수", "감정평가사"]),
                         f"{g.pick([150000, 200000, 250000]):,}", g.pick(BANKS), [(g.account(), "BANK_ACCOUNT")]])
    table(b, [g.pick(["위원명", "성명", "위원"]), "직업", "수당(원)", "은행", "계좌번호"], fee_rows, g.pick(["pipe", "tab", "space", "slash"]))
    b.ln(f"  예산과목: 일반회계 / 세무행정 / 위원회 참석수당(총 {r.randint(2, 8) * 100000 + 50000:,}원 이내)")
    b.ln("")
    c.contact(b, g.pick(["c", "a"]))
    return c, title, "위원회 회의 결과", b, grade, grounds


def k_investigation(g):
    c = Ctx(g, ["징수과", "38세금징수과"])
    b = B()
    r = g.r
    p = g.person(0.04, 1950, 1988)
    nm = g.name(p)
    title = g.pick(["고액체납자 은닉재산 추적조사 계획(내부)", "체납자 가택수색 실시 계획", "지방세 범칙사건 조사 착수 보고"])
    b.ln(f"{title}")
    b.ln(f"[대외비] {c.d(c.day)} / {c.dept} {c.team}")
    b.ln("")
    b.ln("1. 대상자")
    b.ln(f"  - {g.pick(['성명', '체납자', '대상자'])}: ", (nm, "PERSON"), " (", (g.rrn(p), "KR_FRN" if p["foreign"] else "KR_RRN"), ")")
    b.ln(f"  - 주민등록지: ", (g.address(), "ADDRESS"), f" / 실거주 추정지: ", (g.address("road_apt"), "ADDRESS"))
    b.ln(f"  - 체납액: {won(g.money(30_000_000, 3_000_000_000, 1000))} (지방소득세 외 {r.randint(1, 4)}건)")
    b.ln("2. 은닉 의심 정황")
    fam = g.person(0)
    b.ln(f"  - 체납 발생 직후 배우자 ", (g.name(fam), "PERSON"), " 명의로 고가 차량(", (g.plate(), "VEHICLE_PLATE"), ") 취득")
    b.ln(f"  - 친인척 명의 계좌(", (g.pick(BANKS) + " ", None), (g.account(), "BANK_ACCOUNT"), ")로 임대수입 입금 추정")
    if g.chance(0.4):
        b.ln(f"  - 위택스 로그인 기록상 접속 IP ", (f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "IP_ADDRESS"), " (실거주지 인터넷 회선 추정)")
    if g.chance(0.4):
        b.ln(f"  - 해외 출입국 잦음(여권번호 ", (g.pick("MSR") + str(r.randint(10000000, 99999999)), "KR_PASSPORT"), "), 출국금지 요청 검토")
    b.ln("3. 조치 계획")
    b.ln(f"  - 「지방세징수법」 제35조에 따른 수색, 「지방세기본법」 제102조 질문·검사권 행사, 사해행위취소소송 제기 검토")
    b.ln(f"  - 참여 인원: {c.team}장 {c.lead['ko']} 외 주무관 {r.randint(3, 6)}명, 관할 경찰서 협조 요청 예정")
    b.ln("")
    b.ln("※ 조사 진행 중인 사항으로 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제4호에 따라 비공개")
    c.contact(b, "c")
    return c, title, "체납 조사", b, "nonpublic", [4]


def k_stats(g):
    c = Ctx(g, ["징수과", "38세금징수과", "세무관리과"])
    b = B()
    r = g.r
    y = c.day.year
    title = f"{y}년 {g.pick(['상반기', '1분기', '3분기', '연간'])} 지방세 체납액 정리 실적"
    b.ln(title)
    b.ln(f"{c.office} {c.dept} ({c.d(c.day)})")
    b.ln("")
    rows = []
    tot_a = tot_b = 0
    for t in g.r.sample(TAX_ITEMS, r.randint(4, 6)):
        a = g.money(100_000_000, 9_000_000_000, 1000)
        bb = int(a * r.uniform(0.1, 0.6)) // 1000 * 1000
        tot_a += a
        tot_b += bb
        rows.append([t, f"{r.randint(200, 30000):,}", f"{a // 1000:,}", f"{bb // 1000:,}", f"{bb / a * 100:.1f}%"])
    rows.append(["계", "-", f"{tot_a // 1000:,}", f"{tot_b // 1000:,}", f"{tot_b / tot_a * 100:.1f}%"])
    table(b, ["세목", "체납건수", "이월체납액(천원)", "정리액(천원)", "정리율"], rows, g.pick(["pipe", "box", "tab", "space"]))
    b.ln("")
    b.ln("주요 추진 실적")
    b.ln(f"  ○ 예금 압류 {r.randint(100, 3000):,}건, 자동차 번호판 영치 {r.randint(50, 900):,}대, 가택수색 {r.randint(1, 30)}회")
    b.ln(f"  ○ 고액·상습체납자 명단공개 {r.randint(10, 200)}명(「지방세징수법」 제11조), 출국금지 요청 {r.randint(1, 40)}명")
    b.ln(f"  ○ 체납자 A씨(체납액 {r.randint(1, 9)}억원)의 은닉 미술품 압류 등 특이 사례 {r.randint(1, 5)}건")
    b.ln(f"  ○ 생계형 체납자 {r.randint(50, 900)}명 체납처분 유예 및 복지부서 연계")
    b.ln(f"  ○ 예산: 체납정리 활동비 {won(g.money(10_000_000, 90_000_000, 100000))} 집행")
    b.ln("")
    c.contact(b, g.pick(["a", "b", "d"]))
    return c, title, "징수 실적 보고", b, "public", []


KINDS = [(k_objection, 22), (k_delinquent_list, 14), (k_seizure, 10), (k_refund, 8), (k_reduction, 8), (k_inheritance, 7),
         (k_corporate, 9), (k_call, 8), (k_guidance, 13), (k_committee, 6), (k_investigation, 4), (k_stats, 6)]


def make_doc(rng, family, seed, i):
    g = Gen(rng)
    fn = rng.choices([k for k, _ in KINDS], weights=[w for _, w in KINDS])[0]
    c, title, dtype, b, grade, grounds = fn(g)
    text = b.text()
    ents = sorted(b.ents, key=lambda e: e["start"])
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], (e, text[e["start"]:e["end"]])
        assert e["text"] == e["text"].strip() and e["text"], e
    if not ents and grade == "partial":
        grade, grounds = "public", []
    if ents and grade == "public":
        grade, grounds = "partial", [6]
    if grade == "partial" and not grounds:
        grounds = [6]
    return {"id": f"{family}-{seed}-{i}", "lang": "ko", "title": title, "department": f"{c.office} {c.dept}",
            "doc_type": dtype, "approved_at": c.day.isoformat(), "drafter": c.drafter["ko"], "approver": c.approver["ko"],
            "approver_rank": c.approver_rank, "text": text, "entities": ents, "grade": grade, "grounds": sorted(grounds or [])}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    docs = [make_doc(rng, FAMILY, a.seed, i) for i in range(a.n)]
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            for e in d["entities"]:
                assert d["text"][e["start"]:e["end"]] == e["text"]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
