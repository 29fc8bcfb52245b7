#!/usr/bin/env python3
"""Generator: counselling_records — records of conversations an office keeps
(민원 상담 기록, 전화 상담 일지, 120다산콜 이관, 방문 면담, 청문 조서, 사례회의 녹취,
주민 간담회 질의응답).  Python 3 standard library only, deterministic.

    python3 generate.py --n 200 --seed 1 --out docs.jsonl
"""
import argparse
import json
import random

FAMILY = "counselling_records"


# --------------------------------------------------------------------------- spans
class Ent:
    __slots__ = ("label", "text")

    def __init__(self, label, text):
        self.label = label
        self.text = text


def build(parts):
    """parts: nested lists of str / Ent -> (text, entities)"""
    out, ents, pos = [], [], 0

    def walk(p):
        nonlocal pos
        if p is None:
            return
        if isinstance(p, str):
            out.append(p)
            pos += len(p)
        elif isinstance(p, Ent):
            ents.append({"start": pos, "end": pos + len(p.text), "label": p.label, "text": p.text})
            out.append(p.text)
            pos += len(p.text)
        else:
            for q in p:
                walk(q)

    walk(parts)
    return "".join(out), ents


def flat_str(parts):
    return build(parts)[0]


# --------------------------------------------------------------------------- josa
def has_batchim(s):
    for ch in reversed(s):
        if "가" <= ch <= "힣":
            return (ord(ch) - 0xAC00) % 28 != 0
        if ch.isdigit():
            return ch in "013678"
        if ch.isalpha():
            return ch.lower() in "lmnr"
        if ch in " )":
            continue
        return False
    return False


def rieul(s):
    for ch in reversed(s):
        if "가" <= ch <= "힣":
            return (ord(ch) - 0xAC00) % 28 == 8
        if ch.isdigit():
            return ch in "178"
        if ch in " )":
            continue
        return False
    return False


def j(s, a, b):
    """a after batchim, b otherwise (이/가, 은/는, 을/를, 과/와, 이에요/예요)"""
    return a if has_batchim(s) else b


def ro(s):
    return "으로" if has_batchim(s) and not rieul(s) else "로"


# --------------------------------------------------------------------------- vocab
SUR1 = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 "
        "차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 "
        "금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 빈 동 온 호 범 좌 승 견").split()
SUR_COMMON = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송".split()
SUR2 = "남궁 독고 사공 황보 제갈 선우 서문 동방".split()
GIVEN2 = ("영수 순자 경숙 재석 민준 서연 도윤 하율 수진 지훈 현우 미영 정희 상철 말순 옥자 영희 철민 은지 예린 태호 "
          "성민 지아 윤서 건우 다은 혜숙 명자 춘자 동현 승우 유진 민서 준호 보람 한결 가온 세영 길순 덕배 용식 "
          "귀례 복남 정숙 병철 창호 나래 슬기 주원 시우 하은 채원 서진 기순 막례 점순 금자 영길 판수 봉자 "
          "광수 미숙 현숙 태식 은비 소율 이안 로운 해솔 다인 재희 윤아 경민 상훈 정란 명숙").split()
GIVEN1 = "혁 란 솔 결 훈 별 웅 진 산 담 율 빈 찬 설 온 람".split()
HANJA = [("홍", "재석", "洪在錫"), ("김", "영수", "金英洙"), ("이", "순자", "李順子"), ("박", "민준", "朴敏俊"),
         ("최", "수진", "崔秀珍"), ("정", "상철", "鄭相哲"), ("윤", "미영", "尹美英"), ("강", "동현", "姜東炫"),
         ("한", "정희", "韓貞姬"), ("서", "광수", "徐光洙"), ("남궁", "민", "南宮珉"), ("황보", "경숙", "皇甫敬淑")]
FOREIGN = [  # hangul, latin, short(given) form, nationality
    ("응우옌 티 흐엉", "NGUYEN THI HUONG", "흐엉", "베트남"),
    ("쩐 반 민", "TRAN VAN MINH", "민", "베트남"),
    ("왕웨이", "WANG WEI", "왕웨이", "중국"),
    ("장메이린", "ZHANG MEILIN", "메이린", "중국"),
    ("바트바야르 간볼드", "BATBAYAR GANBOLD", "바트바야르", "몽골"),
    ("마리아 산토스", "Maria Santos", "마리아", "필리핀"),
    ("아지즈 카리모프", "Aziz Karimov", "아지즈", "우즈베키스탄"),
    ("누르 아이샤", "Nur Aisyah", "아이샤", "인도네시아"),
    ("올가 페트로바", "Olga Petrova", "올가", "러시아"),
    ("수파차이 분마", "Supachai Boonma", "수파차이", "태국"),
    ("라훌 샤르마", "Rahul Sharma", "라훌", "인도"),
    ("타티아나 김", "Tatiana Kim", "타티아나", "카자흐스탄"),
    ("호앙 득 안", "HOANG DUC ANH", "안", "베트남"),
    ("세실리아 오캄포", "Cecilia Ocampo", "세실리아", "필리핀"),
]
OFFICIAL_NAMES = ("김지현 이정민 박상우 최윤정 정다운 강민호 조은별 윤태식 장하늘 임수빈 한지원 오세훈 서미란 신동욱 "
                  "권나영 황인성 안소희 송재민 류경아 전성호 고은비 문지호 양혜린 배정우 백승연 허민재 노아름 "
                  "하지석 곽도연 성미경 차준혁 주하영 구본석 민세라 진태웅 나혜진 엄기태 채수민 원종혁").split()
COUNCIL = ("구의원", "시의원", "도시안전건설위원장", "복지위원회 위원")

GU = [("종로구", "삼봉로 43", "02-2148"), ("중구", "창경궁로 17", "02-3396"), ("용산구", "녹사평대로 150", "02-2199"),
      ("성동구", "고산자로 270", "02-2286"), ("광진구", "자양로 117", "02-450"), ("동대문구", "천호대로 145", "02-2127"),
      ("중랑구", "봉화산로 179", "02-2094"), ("성북구", "보문로 168", "02-2241"), ("강북구", "도봉로89길 13", "02-901"),
      ("도봉구", "마들로 656", "02-2091"), ("노원구", "노해로 437", "02-2116"), ("은평구", "은평로 195", "02-351"),
      ("서대문구", "연희로 248", "02-330"), ("마포구", "월드컵로 212", "02-3153"), ("양천구", "목동동로 105", "02-2620"),
      ("강서구", "화곡로 302", "02-2600"), ("구로구", "가마산로 245", "02-860"), ("금천구", "시흥대로73길 70", "02-2627"),
      ("영등포구", "당산로 123", "02-2670"), ("동작구", "장승배기로 161", "02-820"), ("관악구", "관악로 145", "02-879"),
      ("서초구", "남부순환로 2584", "02-2155"), ("강남구", "학동로 426", "02-3423"), ("송파구", "올림픽로 326", "02-2147"),
      ("강동구", "성내로 25", "02-3425")]
ROADS = ("상계로 도봉로 마들로 화곡로 가로공원로 시흥대로 도림로 신림로 봉천로 난곡로 망원로 성미산로 연희로 "
         "통일로 불광로 역촌로 면목로 망우로 사가정로 천호대로 올림픽로 양재대로 개포로 노원로 동일로 한천로 "
         "오패산로 솔샘로 정릉로 아리랑로 장위로 답십리로 고산자로 왕십리로 자양로 능동로 구의강변로").split()
DONGS = "상계동 방학동 화곡동 신림동 봉천동 망원동 불광동 면목동 중계동 창동 번동 수유동 미아동 정릉동 장위동 신정동 목동 대림동 독산동 가리봉동 구의동 자양동".split()
APTS = ("주공", "현대", "한신", "벽산", "래미안", "e편한세상", "SK뷰", "두산위브", "롯데캐슬", "우성", "삼익", "청구")
BANKS = ("국민은행", "농협", "신한은행", "우리은행", "하나은행", "기업은행", "우체국", "새마을금고", "카카오뱅크", "수협")
COMPANIES = ("㈜한빛관리", "(주)대성종합관리", "㈜새롬케어", "늘푸른요양㈜", "(주)동행물류", "㈜미래식품", "(주)청솔건설",
             "㈜온누리산업", "(주)한결푸드", "㈜다온테크", "(주)우리손해사정", "㈜정도주택관리", "(주)해오름식품")
TOPIC_DEPTS = {}

# HEALTH: (span, continuation in a citizen's mouth)
HEALTH = [
    ("허리 디스크", "{ro} 입원했다가 지난달에 퇴원했어요"),
    ("우울증", " 약을 먹고 있어요"),
    ("치매 초기", " 진단을 받으셨어요"),
    ("뇌경색", "{ro} 쓰러지신 뒤로 거동을 못 하세요"),
    ("당뇨 합병증", " 때문에 투석 얘기까지 나와요"),
    ("공황장애", " 때문에 밖에를 잘 못 나가요"),
    ("지체장애 2급", "이라서 계단을 못 올라가요"),
    ("유방암 3기", "라 항암 치료를 받고 있어요"),
    ("알코올 의존증", "{ro} 병원에 다닌 적이 있어요"),
    ("무릎 인공관절 수술", "을 받아서 한동안 일을 못 했어요"),
    ("조현병", " 진단받고 통원 치료 중이에요"),
    ("심부전", "{ro} 산소발생기를 쓰고 계세요"),
    ("청각장애", "가 있어서 문자로만 연락이 돼요"),
    ("시각장애 1급", "이라 혼자는 못 다녀요"),
    ("고관절 골절", "{ro} 수술하고 재활 중이에요"),
    ("파킨슨병", " 때문에 손이 떨리세요"),
    ("불면증", "{ro} 수면제를 먹고 있어요"),
    ("간경화", "{ro} 입원 치료를 받았어요"),
    ("ADHD", " 진단을 받아서 약을 먹고 있어요"),
    ("자폐성장애", "가 있어서 낯선 사람을 힘들어해요"),
    ("산후우울증", " 때문에 상담을 받고 있어요"),
    ("손목 골절", "{ro} 깁스를 6주 했어요"),
    ("천식", "이 심해서 곰팡이 냄새만 맡아도 기침을 해요"),
    ("아토피 피부염", "이 심해졌어요"),
]

OFFICIAL_ROLE_WORDS = ("주무관", "팀장", "상담원", "사회복지사(주무관)", "담당자", "과장", "동장")


# --------------------------------------------------------------------------- helpers
def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def fmt_date(rng, y, m, d, style=None):
    style = style if style is not None else rng.randrange(6)
    return [f"{y}. {m}. {d}.", f"{y}-{m:02d}-{d:02d}", f"{y}년 {m}월 {d}일", f"'{y % 100}.{m}.{d}.",
            f"{y}.{m:02d}.{d:02d}.", f"{y}. {m:02d}. {d:02d}."][style]


def rand_date(rng, y0=2025, y1=2026):
    y = rng.randint(y0, y1)
    return y, rng.randint(1, 12), rng.randint(1, 28)


def hhmm(rng):
    return f"{rng.randint(9, 17):02d}:{rng.randrange(60):02d}"


def mobile(rng, ab=None):
    a, b = ab or (rng.randint(2000, 9999), rng.randint(1000, 9999))
    mid = "010"
    st = rng.random()
    if st < 0.45:
        return f"{mid}-{a}-{b}"
    if st < 0.6:
        return f"{mid} {a} {b}"
    if st < 0.72:
        return f"{mid}{a}{b}"
    if st < 0.82:
        return f"{mid}.{a}.{b}"
    if st < 0.9:
        return f"+82-10-{a}-{b}"
    if st < 0.95:
        return f"+82 10 {a} {b}"
    return f"010)-{a}-{b}" if rng.random() < 0.3 else f"(010) {a}-{b}"


def home_phone(rng):
    st = rng.random()
    ex = rng.choice(["9", "2", "3", "4", "8"]) + f"{rng.randint(10, 99)}"
    if st < 0.5:
        return f"02-{ex}-{rng.randint(1000, 9999)}"
    if st < 0.75:
        return f"(031){rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    return f"02){ex}-{rng.randint(1000, 9999)}"


def office_line(rng, gu=None):
    if gu and rng.random() < 0.6:
        pre = gu[2]
        return f"{pre}-{rng.randint(1000, 9999)}" if len(pre) == 6 else f"{pre}-{rng.randint(1000, 9999)}"
    return pick(rng, ["02-2133-" + str(rng.randint(1000, 9999)), "120", "02-120", "02-2133-" + str(rng.randint(1000, 9999)),
                      "1661-2642", "129", "1577-1389", "1345"])


def gov_email(rng):
    ids = ("welfare", "minwon", "civil", "care", "dasan", "hearing", "housing", "jumin", "tax", "cs")
    dom = pick(rng, ["seoul.go.kr", "seoul.go.kr", "korea.kr", "mapo.go.kr", "nowon.go.kr", "dobong.go.kr"])
    return f"{pick(rng, ids)}{rng.randint(1, 99)}@{dom}"


def priv_email(rng, p):
    base = pick(rng, ["sunny", "happy", "moon", "star", "jh", "mk", "blue", "hope", "dream", "gold", "bom"])
    return f"{base}{rng.randint(1, 9999)}@{pick(rng, ['naver.com', 'gmail.com', 'daum.net', 'hanmail.net', 'nate.com', 'kakao.com'])}"


def biz_no(rng):
    return f"{rng.randint(101, 899)}-{rng.randint(10, 89)}-{rng.randint(10000, 99999)}"


def rrn(rng, y, m, d, female, foreign=False, tail=None):
    if foreign:
        g = (6 if female else 5) if y < 2000 else (8 if female else 7)
    else:
        g = (2 if female else 1) if y < 2000 else (4 if female else 3)
    back = f"{g}{tail}"
    front = f"{y % 100:02d}{m:02d}{d:02d}"
    st = rng.random()
    if st < 0.45:
        return f"{front}-{back}"
    if st < 0.65:
        return f"{front}-{g}******"
    if st < 0.8:
        return f"{front}{back}"
    return f"{front} - {back}"


def account(rng):
    st = rng.randrange(4)
    if st == 0:
        return f"{rng.randint(100000, 999999)}-{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"
    if st == 1:
        return f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"
    if st == 2:
        return f"{rng.randint(1000, 9999)}-{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"
    return f"{rng.randint(100, 999)}{rng.randint(10, 99)}{rng.randint(100000, 999999)}"


def plate(rng):
    h = pick(rng, "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호".split() if False else list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주허호"))
    st = rng.random()
    if st < 0.5:
        return f"{rng.randint(100, 399)}{h}{rng.randint(1000, 9999)}"
    if st < 0.75:
        return f"{rng.randint(10, 99)}{h}{rng.randint(1000, 9999)}"
    if st < 0.88:
        return f"{rng.randint(100, 399)}{h} {rng.randint(1000, 9999)}"
    return f"서울{rng.randint(10, 99)}{h}{rng.randint(1000, 9999)}"


def passport(rng):
    L = "MSRGD"
    if rng.random() < 0.6:
        return f"{pick(rng, L)}{rng.randint(10000000, 99999999)}"
    return f"{pick(rng, L)}{rng.randint(100, 999)}{pick(rng, 'ABCDEFG')}{rng.randint(1000, 9999)}"


# --------------------------------------------------------------------------- persons
class Person:
    def __init__(self, rng, female=None, foreign=False, kind=None, old=False, young=False):
        self.female = rng.random() < 0.5 if female is None else female
        self.foreign = foreign
        self.hanja = None
        self.latin = None
        if foreign:
            f = pick(rng, FOREIGN)
            self.full, self.latin, self.short, self.nation = f
            self.sur, self.given = "", self.short
        else:
            r = rng.random()
            if r < 0.08:
                h = pick(rng, HANJA)
                self.sur, self.given, self.hanja = h
            else:
                self.sur = pick(rng, SUR2) if r < 0.2 else (pick(rng, SUR_COMMON) if r < 0.7 else pick(rng, SUR1))
                self.given = pick(rng, GIVEN1) if rng.random() < 0.12 else pick(rng, GIVEN2)
            self.full = self.sur + self.given
            self.short = self.given
        by = rng.randint(1938, 1960) if old else (rng.randint(2010, 2019) if young else rng.randint(1955, 2002))
        self.birth = (by, rng.randint(1, 12), rng.randint(1, 28))
        self.age = 2026 - by

    def spaced(self):
        if self.foreign:
            return self.full
        return self.sur + " " + self.given

    def spaced_all(self):
        return " ".join(list(self.sur + self.given)) if len(self.sur) == 1 else self.sur + " " + " ".join(self.given)


class Ctx:
    """Holds rng and mode; returns parts, masked when the document carries no personal data."""

    def __init__(self, rng, pii):
        self.rng = rng
        self.pii = pii
        self.used_names = set()

    def person(self, **kw):
        for _ in range(50):
            p = Person(self.rng, **kw)
            if p.full not in self.used_names:
                self.used_names.add(p.full)
                return p
        return p

    def masked(self, p):
        if getattr(p, "mask", None) is None:
            p.mask = self._masked(p)
        return p.mask

    def _masked(self, p):
        r = self.rng.random()
        if p.foreign:
            return pick(self.rng, ["외국인 주민 A", "A씨", "외국인 근로자 B"])
        if r < 0.4:
            return p.sur + "○" + p.given[-1] if len(p.given) == 2 else p.sur + "○○"
        if r < 0.7:
            return p.sur + "OO"
        return p.sur + "○○"

    def name(self, p, form=None):
        """full name (or a variant form) as a PERSON span"""
        if not self.pii:
            return self.masked(p)
        rng = self.rng
        if form is None:
            r = rng.random()
            if p.foreign:
                form = "latin" if r < 0.3 else "full"
            elif p.hanja and r < 0.5:
                form = "hanja"
            elif r < 0.08:
                form = "spaced"
            elif r < 0.12:
                form = "spaced_all"
            else:
                form = "full"
        if form == "latin" and p.latin:
            return Ent("PERSON", p.latin)
        if form == "hanja" and p.hanja:
            return Ent("PERSON", p.hanja)
        if form == "spaced" and not p.foreign:
            return Ent("PERSON", p.spaced())
        if form == "spaced_all" and not p.foreign:
            return Ent("PERSON", p.spaced_all())
        return Ent("PERSON", p.full)

    def short(self, p):
        """given-name-only reference (수진 씨, 도윤이), or full name if given name is one syllable"""
        if not self.pii:
            return self.masked(p)
        if not p.foreign and len(p.given) == 1:
            return Ent("PERSON", p.full)
        return Ent("PERSON", p.short)

    def nm_str(self, p):
        x = self.name(p, "full")
        return x.text if isinstance(x, Ent) else x

    def phone(self, p=None, home=False):
        if not self.pii:
            return pick(self.rng, ["010-****-****", "(연락처 생략)", "010-XXXX-XXXX"])
        if p is None:
            p = self.S["P"]
        if home:
            if not hasattr(p, "home"):
                p.home = home_phone(self.rng)
            return Ent("PHONE", p.home)
        if not hasattr(p, "mob"):
            p.mob = (self.rng.randint(2000, 9999), self.rng.randint(1000, 9999))
        return Ent("PHONE", mobile(self.rng, p.mob))

    def addr(self, gu=None, kind=None, p=None):
        if p is None and self.pii:
            p = self.S["P"]
        if self.pii and kind is None and getattr(p, "addr", None):
            return Ent("ADDRESS", p.addr)
        x = self._addr(gu, kind)
        if self.pii and kind is None and p is not None:
            p.addr = x.text
        return x

    def _addr(self, gu=None, kind=None):
        rng = self.rng
        gu = gu or pick(rng, GU)
        if not self.pii:
            return f"{gu[0]} ○○동 일대"
        kind = kind if kind is not None else rng.randrange(6)
        city = pick(rng, ["서울특별시 ", "서울시 ", "서울 ", ""])
        if kind == 0:
            s = f"{city}{gu[0]} {pick(rng, ROADS)} {rng.randint(1, 480)}, {rng.randint(101, 120)}동 {rng.randint(1, 25)}{rng.randint(1, 4):02d}호"
        elif kind == 1:
            s = f"{city}{gu[0]} {pick(rng, DONGS)} {rng.randint(10, 999)}-{rng.randint(1, 60)}"
        elif kind == 2:
            s = f"{city}{gu[0]} {pick(rng, ROADS)}{rng.randint(1, 40)}길 {rng.randint(1, 99)}-{rng.randint(1, 20)} {rng.randint(1, 4)}0{rng.randint(1, 3)}호"
        elif kind == 3:
            s = f"{gu[0]} {pick(rng, DONGS)} {pick(rng, APTS)}아파트 {rng.randint(101, 115)}동 {rng.randint(1, 20)}{rng.randint(1, 6):02d}호"
        elif kind == 4:
            s = f"{city}{gu[0]} {pick(rng, ROADS)} {rng.randint(1, 300)}-{rng.randint(1, 30)} 반지하"
        else:
            s = f"{gu[0]} {pick(rng, ROADS)} {rng.randint(1, 480)} ({pick(rng, DONGS)}) {rng.randint(2, 5)}층"
        return Ent("ADDRESS", s)

    def unit(self, dong=True):
        rng = self.rng
        s = (f"{rng.randint(101, 115)}동 " if dong else "") + f"{rng.randint(1, 22)}{rng.randint(1, 4):02d}호"
        return Ent("ADDRESS", s) if self.pii else "○○○호"

    def health(self, cont=True, idx=None):
        rng = self.rng
        h = HEALTH[idx] if idx is not None else pick(rng, HEALTH)
        if not self.pii:
            return pick(rng, ["몸이 좀 안 좋아서 병원에 다니고 있어요", "건강이 안 좋아서 일을 못 하고 있어요",
                              "몸이 불편하셔서 거동이 어려우세요"]) if cont else "건강 문제"
        span, tail = h
        tail = tail.replace("{ro}", ro(span))
        return [Ent("HEALTH_INFO", span), tail] if cont else Ent("HEALTH_INFO", span)

    def birth(self, p):
        if not self.pii:
            return "19○○. ○. ○."
        y, m, d = p.birth
        return Ent("BIRTH_DATE", fmt_date(self.rng, y, m, d, self.rng.choice([0, 1, 2, 4])))

    def rrn(self, p):
        if not self.pii:
            return "(생략)"
        y, m, d = p.birth
        lab = "KR_FRN" if p.foreign else "KR_RRN"
        if not hasattr(p, "rrn_tail"):
            p.rrn_tail = self.rng.randint(100000, 999999)
        return Ent(lab, rrn(self.rng, y, m, d, p.female, p.foreign, p.rrn_tail))

    def acct(self):
        if not self.pii:
            return "(계좌 생략)"
        p = self.S["P"]
        if not hasattr(p, "acct"):
            p.acct = (pick(self.rng, BANKS), account(self.rng))
        return [p.acct[0], " ", Ent("BANK_ACCOUNT", p.acct[1])]

    def plate(self):
        if not self.pii:
            return "○○가○○○○"
        return Ent("VEHICLE_PLATE", plate(self.rng))

    def email(self, p):
        if not self.pii:
            return "(이메일 생략)"
        if not hasattr(p, "mail"):
            p.mail = priv_email(self.rng, p)
        return Ent("EMAIL", p.mail)

    def passport(self):
        if not self.pii:
            return "(생략)"
        return Ent("KR_PASSPORT", passport(self.rng))


def nm(ctx, p, particle_pair, form=None):
    """name + glued particle, e.g. 김영수가 / 김영수 씨가 / 김영수님께서"""
    x = ctx.name(p, form)
    s = x.text if isinstance(x, Ent) else x
    a, b = particle_pair
    return [x, j(s, a, b)]


def title_of(ctx, p):
    rng = ctx.rng
    return pick(rng, [" 씨", " 님", "님", " 씨", "씨", " 어르신"] if not p.foreign else [" 씨", " 님", "씨"])


# --------------------------------------------------------------------------- topics
# Each topic returns a dict:
#   kind:     short title noun (e.g. 긴급복지 생계지원 상담)
#   speakers: {key: {'role':..., 'person':Person or None, 'official':name or None}}
#   turns:    [(speaker_key, parts), ...]
#   facts:    [(field label, parts), ...]  (header block)
#   summary:  [parts, ...]  (sentences for prose / memo layouts)
#   result:   parts        (처리 결과)
#   np:       [(grounds, note parts), ...] possible nonpublic grounds for this topic
#   dept:     department

def off_name(ctx, used):
    for _ in range(50):
        n = pick(ctx.rng, OFFICIAL_NAMES)
        if n not in used and n not in ctx.used_names:
            used.add(n)
            return n
    return n


def topic_welfare(ctx, S):
    rng = ctx.rng
    P = S["P"]
    gu = S["gu"]
    rel = pick(rng, ["아들", "딸", "남편", "아내", "어머니"])
    young = rel in ("아들", "딸") and rng.random() < 0.6
    if rel == "어머니":
        F = ctx.person(female=True, old=True)
    else:
        F = ctx.person(young=young, female=rel in ("딸", "아내"))
    oline = office_line(rng, gu)
    hi = pick(rng, [18, 19, 1, 5, 22, 23, 20]) if young else rng.randrange(len(HEALTH))
    debt, debt_n = pick(rng, [("카드 대출이 1,800만 원", "카드 대출 1,800만 원"), ("사채까지 합쳐서 빚이 3천만 원", "사채 포함 3천만 원"),
                              ("밀린 월세가 7개월치", "월세 7개월분 체납액"), ("대부업체 빚이 900만 원", "대부업체 채무 900만 원"),
                              ("관리비랑 가스요금이 넉 달 밀려서 120만 원", "관리비·가스요금 체납 120만 원")])
    gu = S["gu"]
    amt = pick(rng, ["1,833,000원", "1,183,000원", "1,536,000원", "2,313,000원"])
    law = pick(rng, ["「긴급복지지원법」 제7조", "「국민기초생활 보장법」 제23조", "「긴급복지지원법 시행령」 제2조"])
    turns = [
        ("O", [pick(rng, ["네, ", "안녕하세요. "]), S["office_name"], pick(rng, [" 복지상담 창구입니다. 어떤 일로 연락 주셨어요?", " 맞춤형복지팀입니다. 말씀하세요."])]),
        ("C", ["저는 ", ctx.name(P), pick(rng, ["인데요, ", "이라고 하는데요, ", "입니다. "]) if has_batchim(ctx.nm_str(P)) else pick(rng, ["인데요, ", "라고 하는데요, ", "입니다. "]),
               "제가 작년 말에 일하던 데서 나오고 나서 ", pick(rng, ["", "몸까지 안 좋아져서 "]), "생활이 너무 어려워서요."]),
        ("O", ["네, 어떤 도움이 필요하신지 천천히 말씀해 주세요. 지금 거주하시는 주소가 어떻게 되세요?"]),
        ("C", [ctx.addr(gu), pick(rng, ["이에요. ", "요. ", "에 살아요. "]), "전입은 ", fmt_date(rng, 2023, rng.randint(1, 12), rng.randint(1, 28), 2), "에 했고요."]),
        ("C", ["저희 ", rel, " ", ctx.name(F), j(ctx.nm_str(F), "이 ", "가 "), ctx.health(idx=hi), ". 그래서 제가 옆에 붙어 있어야 돼서 일을 못 나가요."]),
        ("O", ["많이 힘드셨겠어요. 혹시 채무나 밀린 공과금도 있으세요?"]),
        ("C", ["네, ", debt, " 정도 돼요. 독촉 전화가 하루에도 몇 번씩 와요."]),
        ("O", [law, "에 따라 위기 사유가 확인되면 생계지원을 먼저 하고 나중에 조사할 수 있습니다. 4인 가구 기준 월 ", amt, "이고요."]),
        ("O", ["연락 가능한 번호 하나 남겨 주시겠어요?"]),
        ("C", [ctx.phone(), pick(rng, ["이요. ", "로 주세요. ", "입니다. "]), pick(rng, ["낮에는 잘 못 받을 수도 있어서 ", ""]), "집 전화는 ", ctx.phone(home=True), "예요."]),
        ("C", ["지원금 들어오면 ", ctx.acct(), pick(rng, [" 이 통장으로 받을 수 있을까요?", " 계좌로 넣어 주세요."])]),
        ("O", ["네, 본인 명의 계좌면 됩니다. ", pick(rng, ["내일 ", "이번 주 안에 "]), "동주민센터 담당 주무관이 가정방문해서 소득·재산 조사 안내드릴 거예요. 문의는 ",
               oline, ro(oline), " 하시면 됩니다."]),
    ]
    if young:
        sh = ctx.short(F)
        shs = sh.text if isinstance(sh, Ent) else sh
        glue = (j(shs, "이가 ", "가 ") if len(shs) >= 2 else " 씨가 ") if isinstance(sh, Ent) else "가 "
        turns.insert(6, ("C", ["큰애 ", sh, glue, "고등학생인데 요즘 말을 안 해요. 집안 사정 때문에 그런 것 같아서 속상해요."]))
    facts = [("상담유형", ["긴급복지 생계지원"]), ("민원인", [ctx.name(P)]), ("연락처", [ctx.phone()]),
             ("주소", [ctx.addr(gu)])]
    if rng.random() < 0.5:
        facts.insert(2, ("생년월일", [ctx.birth(P)]))
    summary = [
        ["민원인 ", ctx.name(P), "(", str(P.age), "세)은 실직 후 생계 곤란을 호소하며 ", law, "에 따른 긴급지원 가능 여부를 문의함."],
        ["가구원 중 ", rel, " ", ctx.name(F), j(ctx.nm_str(F), "은 ", "는 "), ctx.health(cont=False, idx=hi), "(으)로 돌봄이 필요하고, ", debt_n, " 상당의 채무가 있다고 진술함."],
        ["연락처 ", ctx.phone(), ", 지원금 수령 계좌 ", ctx.acct(), "를 확인함."],
    ]
    result = ["동주민센터(", oline, ")로 이관, 3일 이내 가정방문 예정. 긴급생계지원 1개월분(", amt, ") 선지원 검토."]
    np = [([6], ["※ 본 기록은 특정 개인의 생활·건강·채무 상황에 관한 상담 기록으로, 개인을 가려도 식별 가능성이 있어 비공개함."]),
          ([5, 6], ["※ 긴급지원심의위원회 심의 전 검토 자료로 의사결정 과정에 있음."])]
    return dict(kind=pick(rng, ["긴급복지 생계지원 상담", "복지 위기가구 상담", "생활고 전화상담"]), turns=turns, facts=facts,
                summary=summary, result=result, np=np, dept=pick(rng, ["복지정책과", "희망복지지원과", "주민복지과", "복지정책팀"]))


def topic_noise(ctx, S):
    rng = ctx.rng
    P = S["P"]
    N = ctx.person()
    my_unit = ctx.unit(dong=rng.random() < 0.6)
    up_unit = ctx.unit(dong=False)
    hi = pick(rng, [16, 22, 23, 1, 5])
    apt = pick(rng, APTS) + pick(rng, ["아파트", " 아파트", "아파트 3단지"])
    oline = office_line(rng, S["gu"])
    turns = [
        ("C", [pick(rng, ["여보세요, ", "", "저기요, "]), apt, " ", my_unit, "에 사는 사람인데요, 윗집 소음 때문에 도저히 못 살겠어요."]),
        ("O", ["네, 층간소음 관련이시군요. 언제부터 그러셨어요?"]),
        ("C", ["이사 온 게 ", fmt_date(rng, 2025, rng.randint(1, 8), rng.randint(1, 28), 2), "인데 그 뒤로 계속이에요. 밤 12시 넘어서도 쿵쿵거려요."]),
        ("C", ["위층 ", up_unit, " 사는 ", ctx.name(N), j(ctx.nm_str(N), " 씨한테 ", " 씨한테 "), "몇 번 말했는데 오히려 저한테 소리를 지르더라고요."]),
        ("C", ["저는 ", ctx.health(idx=hi), ". 애도 밤에 자꾸 깨고요."]),
        ("O", ["많이 힘드시겠네요. 「공동주택관리법」 제20조에 따라 관리주체가 먼저 중재하도록 되어 있어서요, 관리사무소에 접수는 하셨을까요?"]),
        ("C", ["관리사무소는 말만 하지 아무것도 안 해요. ", pick(rng, COMPANIES), "인가 거기가 위탁 관리하는데 소용없어요."]),
        ("O", ["그러면 한국환경공단 층간소음 이웃사이센터(1661-2642)에 방문 상담 신청하실 수 있고, 구청 공동주택지원팀 ", oline, ro(oline), "도 연결해 드릴게요."]),
        ("C", ["제 번호는 ", ctx.phone(), pick(rng, ["이에요.", "예요.", "입니다."]), " 연락 꼭 주세요."]),
    ]
    extra = {"N": {"role": "주민", "person": N, "unit": up_unit}}
    mediation = rng.random() < 0.5
    if mediation:
        M = ctx.person()
        extra["M"] = {"role": pick(rng, ["조정위원", "층간소음 조정위원", "갈등조정관(위촉)"]), "person": M}
        turns = [("C", [apt, " ", my_unit, "에 삽니다. 윗집 소음 때문에 도저히 못 살겠어서 조정 신청했어요."]), turns[2], turns[3], turns[4]]
        turns += [
            ("M", ["양쪽 말씀 다 들어 보겠습니다. 저는 이웃사이센터 위촉 조정위원 ", ctx.name(M), "입니다. 위층 세대 말씀해 주세요."]),
            ("N", ["저희는 애가 둘이라 어쩔 수 없어요. 매트도 다 깔았고요. 저도 ", ctx.health(), "."]),
            ("C", [ctx.short(N), pick(rng, [" 씨", " 엄마"]) if isinstance(ctx.short(N), Ent) else "", " 말은 알겠는데 밤 11시 이후만이라도 조심해 달라는 거예요."]),
            ("N", ["그건 노력하겠습니다. 대신 새벽에 천장 치는 건 그만해 주세요. 제 번호 ", ctx.phone(N), " 드릴 테니 직접 연락 주세요."]),
            ("M", ["그럼 오후 10시 이후 생활소음 자제, 직접 연락 창구 마련으로 합의서 작성하겠습니다."]),
        ]
    facts = [("민원인", [ctx.name(P)]), ("거주", [apt, " ", my_unit]), ("상대 세대", [up_unit, " (", ctx.name(N), ")"]),
             ("연락처", [ctx.phone()])]
    summary = [
        [apt, " ", my_unit, " 거주 ", ctx.name(P), j(ctx.nm_str(P), "은 ", "는 "), "위층 ", up_unit, "(", ctx.name(N), ")의 야간 소음을 호소함."],
        ["민원인은 ", ctx.health(cont=False, idx=hi), " 등으로 생활에 지장이 있다고 진술하였음."],
    ]
    result = ["「공동주택관리법」 제20조 안내, 이웃사이센터 방문상담 연계 및 관리사무소 중재 요청 공문 발송(공동주택과-", str(rng.randint(1000, 9999)), ")."]
    np = [([6], ["※ 이웃 간 분쟁 당사자가 특정되어 있어 전체 비공개."])]
    if mediation:
        summary.append(["조정위원 ", ctx.name(M), " 입회하에 ", up_unit, " 세대와 대면 조정, 야간 소음 자제에 합의함."])
    return dict(kind=pick(rng, ["층간소음 조정 회의 녹취", "층간소음 대면 조정 기록"]) if mediation else pick(rng, ["층간소음 민원 상담", "공동주택 층간소음 상담", "층간소음 분쟁 상담"]),
                turns=turns, facts=facts, extra=extra, c_unit=my_unit, c_role="주민",
                summary=summary, result=result, np=np, dept=pick(rng, ["공동주택과", "주택과", "공동주택지원과"]))


def topic_parking(ctx, S):
    rng = ctx.rng
    P = S["P"]
    pl = ctx.plate()
    y, m, d = rand_date(rng, 2026, 2026)
    inc = fmt_date(rng, y, m, d)
    fine = pick(rng, ["40,000원", "50,000원", "80,000원", "120,000원"])
    hi = pick(rng, [6, 13, 14, 3])
    turns = [
        ("C", [pick(rng, ["제 차가 ", "저희 차가 "]), inc, "에 견인됐다는데요, 차 번호는 ", pl, j(flat_str([pl]), "이에요", "예요"), "."]),
        ("O", ["네, 조회해 보겠습니다. 성함이 어떻게 되세요?"]),
        ("C", [ctx.name(P), pick(rng, ["이요.", "입니다.", "요."]) if has_batchim(ctx.nm_str(P)) else pick(rng, ["요.", "입니다.", "예요."])]),
        ("O", ["확인됩니다. 「도로교통법」 제32조 위반으로 단속되었고 과태료 ", fine, "에 견인료가 별도 부과됩니다."]),
        ("C", ["그게요, 저희 어머니가 ", ctx.health(idx=hi), ". 병원 앞에 잠깐 세운 거예요. 장애인 주차표지도 있어요."]),
        ("O", ["사정은 이해합니다. 의견진술 기한 내에 진단서 사본이랑 같이 이의신청하시면 감경 여부를 심의합니다. 주차관리팀 ", office_line(rng, S["gu"]), "입니다."]),
        ("C", ["서류는 제 메일 ", ctx.email(P), "로 양식 좀 보내 주시겠어요? 번호는 ", ctx.phone(), "이고요."]),
        ("O", ["네, 양식은 담당자 메일 ", gov_email(rng), "에서 발송해 드리겠습니다."]),
    ]
    facts = [("민원인", [ctx.name(P)]), ("차량번호", [pl]), ("단속일", [inc]), ("연락처", [ctx.phone()])]
    summary = [
        ["민원인 ", ctx.name(P), "(차량 ", pl, ")은 ", inc, " 견인 조치에 대해 보호자의 ", ctx.health(cont=False, idx=hi), " 치료를 위한 일시 정차였다며 감경을 요청함."],
    ]
    result = ["과태료 의견진술 절차 안내, 이의신청서 양식 전자우편 발송."]
    np = [([4], ["※ 해당 건은 과태료 이의신청에 따라 관할 법원 재판 절차가 진행 중임."])]
    return dict(kind=pick(rng, ["불법주정차 견인 관련 상담", "주정차 과태료 이의 상담", "견인 민원 전화상담"]), turns=turns, facts=facts,
                summary=summary, result=result, np=np, dept=pick(rng, ["주차관리과", "교통행정과", "교통지도과"]))


def topic_care(ctx, S):
    rng = ctx.rng
    P = S["P"]
    M = ctx.person(old=True, female=rng.random() < 0.7)
    rel = "어머니" if M.female else "아버지"
    hi = pick(rng, [2, 3, 11, 15, 14])
    comp = pick(rng, COMPANIES)
    bn = biz_no(rng)
    turns = [
        ("C", ["저희 ", rel, " 일로 왔어요. ", ctx.name(M), pick(rng, [" 씨요", "이요", " 어르신이요"]) if has_batchim(ctx.nm_str(M)) else pick(rng, [" 씨요", "요"]), ". ",
               pick(rng, ["", "생신이 "]), ctx.birth(M), pick(rng, ["생이세요.", " 생이고요."])]),
        ("C", [rel, "가 ", ctx.health(idx=hi), ". 저 혼자 모시기가 너무 힘들어요."]),
        ("O", ["장기요양 등급 신청은 국민건강보험공단에서 하시고요, 결과 나오기 전까지 구 노인돌봄 서비스를 먼저 연계해 드릴 수 있어요."]),
        ("C", ["지금 다니는 주간보호센터가 ", comp, "인데, 거기서 등급 없으면 안 된다고 해서요."]),
        ("O", [comp, "(사업자등록번호 ", bn, ")는 구 지정기관이 맞고요, 대표번호 ", pick(rng, ["1588-", "1644-", "1577-"]), str(rng.randint(1000, 9999)), "로 확인하시면 됩니다."]),
        ("C", [rel, " 집은 ", ctx.addr(S["gu"], p=M), "이고요, 저는 ", ctx.addr(), "에 살아서 매일 왔다 갔다 해요."]),
        ("C", ["제 동생 ", ctx.name(ctx.person()), "도 있는데 연락이 안 돼요. 빚 문제로 집을 나가서요."]),
        ("O", ["보호자 연락처 남겨 주시면 방문간호 일정 잡아 드릴게요."]),
        ("C", [ctx.phone(), pick(rng, [" 이 번호로요.", "로 해 주세요.", "입니다."])]),
    ]
    facts = [("대상자", [ctx.name(M), "(", ctx.birth(M), ")"]), ("보호자(관계)", [ctx.name(P), "(", pick(rng, ["자", "녀", "자녀"]), ")"]),
             ("보호자 연락처", [ctx.phone()]), ("대상자 주소", [ctx.addr(S["gu"], p=M)])]
    summary = [
        ["대상자 ", ctx.name(M), "(", str(M.age), "세)은 ", ctx.health(cont=False, idx=hi), " 상태로 돌봄 공백이 우려되며, 보호자 ", ctx.name(P), "이(가) 단독 부양 중임."],
        ["노인맞춤돌봄서비스 및 방문간호 연계, 장기요양 등급 신청 안내."],
    ]
    result = ["노인맞춤돌봄서비스 수행기관 연계(", comp, "), 2주 후 재상담."]
    np = [([6], ["※ 특정 어르신의 건강·가족 관계에 관한 사례 기록으로 비공개."])]
    return dict(kind=pick(rng, ["어르신 돌봄 방문상담", "노인돌봄 상담", "보호자 면담"]), turns=turns, facts=facts, summary=summary,
                result=result, np=np, dept=pick(rng, ["어르신복지과", "노인복지과", "돌봄정책과"]))


def topic_foreign(ctx, S):
    rng = ctx.rng
    P = S["P"]
    comp = pick(rng, COMPANIES)
    bn = biz_no(rng)
    wage = pick(rng, ["3개월치 임금 780만 원", "퇴직금 420만 원", "두 달치 월급 510만 원"])
    hi = pick(rng, [21, 14, 0, 9])
    boss = ctx.person()
    interp = ctx.person(female=True)
    turns = [
        ("X", ["(통역 ", ctx.name(interp), " 동석) 상담 시작합니다."]),
        ("C", ["제 이름은 ", ctx.name(P, "full"), pick(rng, ["이에요.", "입니다."]) if has_batchim(P.full) else pick(rng, ["예요.", "입니다."]), " 여권에는 ", ctx.name(P, "latin") if P.latin else "", "로 되어 있어요."]),
        ("C", ["외국인등록번호는 ", ctx.rrn(P), pick(rng, ["이에요.", "입니다."]), " 여권번호는 ", ctx.passport(), "요."]),
        ("O", [ctx.short(P), pick(rng, [" 씨, ", " 님, "]), "어떤 일로 오셨어요?"]),
        ("C", [comp, "에서 일했는데 ", wage, "을 못 받았어요. 사장님 ", ctx.name(boss), j(ctx.nm_str(boss), "이", "가"), " 다음 달에 준다고만 해요."]),
        ("C", ["일하다가 ", ctx.health(idx=hi), ". 병원비도 제가 냈어요."]),
        ("O", ["임금체불은 고용노동부 서울관악지청(1350)에 진정하실 수 있고, 외국인주민센터 무료 노무상담도 연결해 드릴게요. ", comp, "의 사업자등록번호는 ", bn, "로 확인됩니다."]),
        ("C", ["제 전화는 ", ctx.phone(), "이에요. 한국어 잘 못 해서 문자로 주세요."]),
    ]
    facts = [("성명", [ctx.name(P, "full"), " (", ctx.name(P, "latin") if P.latin else "", ")"]), ("국적", [P.nation]),
             ("외국인등록번호", [ctx.rrn(P)]), ("연락처", [ctx.phone()]), ("통역", [ctx.name(interp), "(", P.nation, "어 통역 자원봉사자)"])]
    summary = [
        [P.nation, " 국적 ", ctx.name(P), "은(는) ", comp, "(", bn, ")에서 ", wage, "을 지급받지 못하였다고 진술함."],
        ["업무 중 ", ctx.health(cont=False, idx=hi), " 진료비를 본인이 부담하였다고 함. 통역은 자원봉사자 ", ctx.name(interp), "이(가) 맡음."],
    ]
    result = ["고용노동부 진정 절차 안내, 외국인주민센터 노무상담 예약(", fmt_date(rng, *rand_date(rng, 2026, 2026)), ")."]
    np = [([6], ["※ 외국인 주민 개인의 체류·임금·건강 정보를 담고 있어 비공개."]), ([4, 6], ["※ 사업주에 대한 근로감독 및 수사가 진행 중임."])]
    return dict(kind=pick(rng, ["외국인 주민 생활상담", "외국인 근로자 임금체불 상담", "다문화가족 방문상담"]), turns=turns, facts=facts,
                summary=summary, result=result, np=np, dept=pick(rng, ["외국인주민지원과", "글로벌협력과", "다문화가족지원팀"]), foreign=True)


def topic_leak(ctx, S):
    rng = ctx.rng
    P = S["P"]
    L = ctx.person()
    dep = pick(rng, ["보증금 5천만 원", "보증금 1억 2천", "보증금 3천에 월세 45만 원"])
    y, m, d = rand_date(rng, 2026, 2026)
    hi = pick(rng, [22, 23, 5, 1])
    turns = [
        ("C", ["제가 세 들어 사는 집이 ", ctx.addr(S["gu"]), "인데요, ", fmt_date(rng, y, m, d), "부터 천장에서 물이 새요."]),
        ("C", ["집주인 ", ctx.name(L), pick(rng, [" 씨는 ", "은 " if has_batchim(ctx.nm_str(L)) else "는 "]), "전화를 안 받아요. 집주인 번호가 ", ctx.phone(L), "인데 계속 꺼져 있어요."]),
        ("O", ["임대차 관계는 민사 사안이라 구청이 직접 강제할 수는 없지만, 서울시 전월세지원센터(02-2133-1200)에서 무료 상담을 받으실 수 있어요."]),
        ("C", ["곰팡이 때문에 아이가 ", ctx.health(idx=hi), ". 계약은 ", dep, "이에요."]),
        ("O", ["주택 안전점검은 건축안전팀에서 현장 확인 가능해요. 방문 일정 잡으려면 연락처가 필요합니다."]),
        ("C", [ctx.phone(), pick(rng, ["이요. ", "입니다. "]), "저녁엔 ", ctx.phone(home=True), "로 하셔도 돼요."]),
    ]
    facts = [("신청인", [ctx.name(P)]), ("임대인", [ctx.name(L)]), ("소재지(거주지)", [ctx.addr(S["gu"])]), ("연락처", [ctx.phone()])]
    summary = [["임차인 ", ctx.name(P), "은(는) ", fmt_date(rng, y, m, d), " 발생한 누수에 대해 임대인 ", ctx.name(L), "과(와) 연락이 닿지 않는다고 호소함."],
               ["자녀가 ", ctx.health(cont=False, idx=hi), " 증상을 보인다고 하여 주거환경 개선 사업 대상 여부를 함께 검토함."]]
    result = ["전월세지원센터 상담 연계, 건축안전팀 현장점검 요청(", fmt_date(rng, y, m, min(d + 3, 28)), ")."]
    np = [([6], ["※ 임대차 분쟁 당사자 개인정보 포함, 비공개."])]
    return dict(kind=pick(rng, ["주택 누수 및 임대차 분쟁 상담", "세입자 주거 상담", "주거환경 민원 면담"]), turns=turns, facts=facts,
                summary=summary, result=result, np=np, dept=pick(rng, ["주택정책과", "건축과", "주거복지팀"]))


def topic_tax(ctx, S):
    rng = ctx.rng
    P = S["P"]
    arrears = pick(rng, ["2,340,000원", "870,500원", "5,120,000원", "1,093,400원"])
    pl = ctx.plate()
    hi = pick(rng, [0, 7, 17, 9])
    turns = [
        ("C", ["자동차세랑 재산세가 밀려서 차가 압류됐다는 통지를 받았어요. 차 번호 ", pl, "이요."]),
        ("O", ["네, 체납액은 가산금 포함 ", arrears, "으로 조회됩니다. 「지방세징수법」 제25조에 따라 분할납부 신청이 가능합니다."]),
        ("C", ["제가 ", ctx.health(idx=hi), ". 가게도 접었고 빚이 ", pick(rng, ["4천만 원", "8천 정도", "2천만 원 넘게"]), " 있어요."]),
        ("O", ["생년월일 확인 부탁드립니다."]),
        ("C", [ctx.birth(P), pick(rng, ["이요.", "입니다."])]),
        ("O", ["확인됐습니다. 분납하시면 매월 자동이체로 가능합니다. 출금 계좌 알려 주시겠어요?"]),
        ("C", [ctx.acct(), pick(rng, ["이요. 제 명의예요.", " 이거요."])]),
        ("O", ["네, 분할납부 승인 통지는 우편으로 ", ctx.addr(S["gu"]), pick(rng, ["로 보내 드립니다.", " 주소지로 발송됩니다."])]),
    ]
    facts = [("납세자", [ctx.name(P)]), ("생년월일", [ctx.birth(P)]), ("압류 차량", [pl]), ("체납액", [arrears])]
    summary = [["납세자 ", ctx.name(P), "은(는) ", ctx.health(cont=False, idx=hi), " 치료와 폐업으로 체납액 ", arrears, " 일시 납부가 어렵다며 분납을 요청함."]]
    result = ["분할납부(6개월) 승인, 자동이체 등록 완료. 압류 해제는 완납 후 처리."]
    np = [([6], ["※ 납세자 개인의 체납·재산·건강 정보로 비공개(「지방세기본법」 제86조 비밀유지)."]), ([1, 6], ["※ 「지방세기본법」 제86조에 따른 과세정보로 비공개."])]
    return dict(kind=pick(rng, ["지방세 체납 분납 상담", "체납 차량 압류 관련 상담", "세외수입 체납 상담"]), turns=turns, facts=facts,
                summary=summary, result=result, np=np, dept=pick(rng, ["세무1과", "징수과", "세무관리과"]))


def topic_hearing(ctx, S):
    rng = ctx.rng
    P = S["P"]
    comp = pick(rng, COMPANIES)
    bn = biz_no(rng)
    y, m, d = rand_date(rng, 2025, 2026)
    law = pick(rng, ["「식품위생법」 제75조", "「공중위생관리법」 제11조", "「건축법」 제79조", "「폐기물관리법」 제68조"])
    presider_ext = rng.random() < 0.5
    presider = ctx.person() if presider_ext else None
    staff = ctx.person()
    hi = pick(rng, [0, 4, 16, 1])
    turns = [
        ("O", ["지금부터 ", law, "에 따른 처분에 앞서 청문을 진행하겠습니다. 진술인은 성명과 주소를 말씀해 주십시오."]),
        ("C", [ctx.name(P), pick(rng, ["이고, ", "입니다. 주소는 "]) if has_batchim(ctx.nm_str(P)) else pick(rng, ["이고, ", "입니다. 주소는 "]).replace("이고", "고"),
               ctx.addr(), pick(rng, ["입니다.", "에 삽니다."])]),
        ("O", ["주민등록번호도 확인하겠습니다."]),
        ("C", [ctx.rrn(P), "입니다."]),
        ("O", [comp, "(사업자등록번호 ", bn, ")의 대표자가 맞습니까?"]),
        ("C", ["네, 맞습니다. ", fmt_date(rng, y, m, d), " 점검 때 지적받은 건 인정합니다. 다만 그 무렵 제가 ", ctx.health(idx=hi), "."]),
        ("O", ["위반 당시 매장 관리는 누가 하였습니까?"]),
        ("C", ["직원 ", ctx.name(staff), j(ctx.nm_str(staff), "이", "가"), " 맡고 있었습니다. ", ctx.short(staff), " 씨도 처음이라 잘 몰랐던 것 같습니다."]),
        ("O", ["처분 수위에 대해 추가로 하실 말씀 있습니까?"]),
        ("C", ["영업정지 한 달이면 가게 문 닫아야 합니다. 대출이 ", pick(rng, ["1억 넘게", "7천만 원", "9천만 원"]), " 있어서요. 과징금으로 바꿔 주셨으면 합니다."]),
    ]
    pres = (["청문주재자 변호사 ", ctx.name(presider)] if presider_ext else ["청문주재자 ", pick(rng, ["위생과장", "건축과장", "환경과장"]), " ", S["off2"]])
    facts = [("사건", [law, " 위반에 따른 영업정지 처분 사전 청문"]), ("청문주재자", ["변호사 ", pres[1]] if presider_ext else pres[1:]),
             ("진술인", [ctx.name(P), " (", comp, " 대표)"]), ("진술인 주소", [ctx.addr()]), ("진술인 연락처", [ctx.phone()])]
    summary = [["진술인 ", ctx.name(P), "은(는) ", comp, "(", bn, ") 대표자로서 ", fmt_date(rng, y, m, d), " 점검 시 적발된 위반 사실을 인정함."],
               ["진술인은 당시 ", ctx.health(cont=False, idx=hi), "로 매장을 직원 ", ctx.name(staff), "에게 맡겼다고 진술하고 과징금 전환을 요청함."],
               pres + [j(flat_str(pres[-1:]), "은 ", "는 "), "진술 내용을 청문조서에 기재하고 진술인의 확인 서명을 받음."]]
    result = ["청문 결과를 반영하여 처분 수위 결정 예정(", law, ", 「행정절차법」 제35조)."]
    np = [([4], ["※ 위반 사실에 대하여 관할 경찰서 수사가 진행 중임."]),
          ([7], ["※ 진술 중 업체의 원재료 배합비율·거래처 단가 등 영업상 비밀이 포함되어 비공개."]),
          ([5], ["※ 처분 결정 전 의사결정 과정에 있는 자료임."])]
    return dict(kind=pick(rng, ["청문 조서", "영업정지 처분 사전 청문조서", "청문 진술 기록"]), turns=turns, facts=facts,
                summary=summary, result=result, np=np, dept=pick(rng, ["위생과", "식품위생과", "건축과", "청소행정과"]), hearing=True,
                presider=pres)


def topic_child(ctx, S):
    rng = ctx.rng
    P = S["P"]  # parent
    K = ctx.person(young=True)
    school = pick(rng, ["○○초등학교", "관내 초등학교", "○○중학교"])
    hi = pick(rng, [18, 19, 1, 5])
    teacher = ctx.person(female=True)
    kref = ctx.short(K)
    ks = kref.text if isinstance(kref, Ent) else kref
    kglue = (j(ks, "이는 ", "는 ") if isinstance(kref, Ent) and ks == K.given and len(ks) == 2 else " 학생은 ")
    turns = [
        ("O", ["오늘 사례회의 안건은 ", ctx.name(K), " 아동 보호 계획 점검입니다. 먼저 보호자 말씀 듣겠습니다."]),
        ("C", ["제 아들 ", ctx.name(K), j(ctx.nm_str(K), "이 ", "가 "), "요즘 학교를 자꾸 빠져요. ", ctx.health(idx=hi), "."] if not K.female else
         ["저희 딸 ", ctx.name(K), j(ctx.nm_str(K), "이 ", "가 "), "요즘 학교를 자꾸 빠져요. ", ctx.health(idx=hi), "."]),
        ("T", ["담임입니다. ", kref, kglue, "수업 중에는 밝은 편인데 지각이 잦습니다."]),
        ("C", [("남편" if P.female else "애 엄마"), "랑 별거 중이라 제가 야간 일을 해요. 빚도 ", pick(rng, ["3천 정도", "1천5백", "몇천"]), " 있고요. 애를 챙길 수가 없어요."]),
        ("O", ["드림스타트 사례관리로 방과후 돌봄과 정신건강복지센터 연계를 진행하겠습니다. 보호자 연락처 확인 부탁드립니다."]),
        ("C", [ctx.phone(), "이요. 집은 ", ctx.addr(S["gu"]), "예요."]),
    ]
    facts = [("대상 아동", [ctx.name(K), " (", ctx.birth(K), ", ", school, ")"]), ("보호자", [ctx.name(P), " (모)" if P.female else " (부)"]),
             ("보호자 연락처", [ctx.phone()]), ("참석(외부)", ["담임교사, 아동보호전문기관 상담원"])]
    summary = [["아동 ", ctx.name(K), "은(는) 잦은 결석이 있고 ", ctx.health(cont=False, idx=hi), " 관련 치료가 필요함."],
               ["보호자 ", ctx.name(P), "은(는) 야간 근로와 채무로 양육 여건이 취약하다고 진술함."]]
    result = ["드림스타트 통합사례관리 대상 선정(안) 제안, 정신건강복지센터 연계, 4주 후 재회의."]
    np = [([6], ["※ 특정 아동의 건강·가정환경에 관한 사례회의 기록으로 비공개."]),
          ([5, 6], ["※ 통합사례관리 대상 선정 여부를 심의 중인 자료임."])]
    return dict(kind=pick(rng, ["아동 사례회의 녹취", "통합사례회의 녹취록", "드림스타트 사례회의 기록"]), turns=turns, facts=facts,
                summary=summary, result=result, np=np, dept=pick(rng, ["아동청소년과", "가족정책과", "아동보호팀"]), meeting=True)


def topic_road(ctx, S):
    rng = ctx.rng
    P = S["P"]
    y, m, d = rand_date(rng, 2025, 2026)
    inc = fmt_date(rng, y, m, d)
    place = pick(rng, ["○○역 2번 출구 앞 보도", "구청 앞 횡단보도 부근", "○○시장 입구 보도블록", "○○공원 산책로"])
    hi = pick(rng, [21, 14, 0])
    hb = ctx.name(ctx.person(female=False))
    hbs = hb.text if isinstance(hb, Ent) else hb
    ins = pick(rng, ["한국지방재정공제회", "(주)우리손해사정", "서울시 시민안전보험 콜센터"])
    turns = [
        ("C", [inc, " 저녁에 ", place, "에서 들뜬 보도블록에 걸려 넘어졌어요."]),
        ("C", ["그래서 ", ctx.health(idx=hi), ". 진단서도 떼 놨어요."]),
        ("O", ["다치셔서 고생 많으셨습니다. 영조물 배상은 ", ins, "를 통해 심사하고, 청구서에 사고 경위와 진단서를 첨부하시면 됩니다."]),
        ("C", ["그때 같이 있던 제 남편 ", hb, j(hbs, "이", "가"), pick(rng, [" 사진을 찍어 놨어요.", " 현장 사진 찍었어요."])]),
        ("O", ["청구인 연락처와 주소 알려 주시면 접수 안내문 보내 드립니다."]),
        ("C", [ctx.addr(S["gu"]), pick(rng, ["이고요, ", "이에요. "]), "전화는 ", ctx.phone(), "입니다."]),
    ]
    facts = [("청구인", [ctx.name(P)]), ("사고일시", [inc, " ", hhmm(rng)]), ("사고장소", [place]), ("연락처", [ctx.phone()])]
    summary = [["청구인 ", ctx.name(P), "은(는) ", inc, " ", place, "에서 넘어져 ", ctx.health(cont=False, idx=hi), " 진단을 받았다고 진술함."]]
    result = ["영조물배상 청구 절차 안내, 도로관리팀 보도 정비 요청(", office_line(rng, S["gu"]), ")."]
    np = [([6], ["※ 청구인 개인의 상해 정보로 비공개."]), ([4], ["※ 손해배상 소송이 계속 중인 사건임."])]
    return dict(kind=pick(rng, ["보도 안전사고 배상 상담", "영조물 배상 청구 상담", "도로 파손 피해 상담"]), turns=turns, facts=facts,
                summary=summary, result=result, np=np, dept=pick(rng, ["도로과", "안전총괄과", "건설관리과"]))


def topic_defector(ctx, S):
    rng = ctx.rng
    P = S["P"]
    cop = off_name(ctx, set([S["off1"], S["off2"]]))
    turns = [
        ("O", ["정착 상담을 시작하겠습니다. 하나원 수료는 언제 하셨어요?"]),
        ("C", [fmt_date(rng, 2025, rng.randint(1, 12), rng.randint(1, 28), 2), "에 나왔어요. 임대주택은 ", ctx.addr(S["gu"]), "로 배정받았어요."]),
        ("C", ["북에 남은 가족 때문에 잠을 못 자요. ", ctx.health(idx=pick(rng, [1, 5, 16])), "."]),
        ("O", ["신변보호담당관과 정보 공유가 필요합니다. 연락처 확인할게요."]),
        ("C", [ctx.phone(), "이요. 신변보호관 ", cop, " 경위님 번호도 있어요."]),
        ("O", ["네, 하나센터 전문상담사 연계해 드리겠습니다."]),
    ]
    facts = [("대상자", [ctx.name(P)]), ("생년월일", [ctx.birth(P)]), ("거주지", [ctx.addr(S["gu"])]), ("연락처", [ctx.phone()])]
    summary = [["북한이탈주민 ", ctx.name(P), "은(는) 정착 초기 불안과 수면 문제를 호소하여 심리상담을 연계함."]]
    result = ["하나센터 심리상담 연계, 신변보호담당관에게 거주지 변동 없음 통보."]
    np = [([2, 3, 6], ["※ 북한이탈주민의 신변 및 거주지 정보로, 공개될 경우 신변 안전과 남북관계 관련 국가 이익을 해칠 우려가 있어 비공개."])]
    return dict(kind=pick(rng, ["북한이탈주민 정착 상담", "탈북민 초기 정착 면담"]), turns=turns, facts=facts, summary=summary,
                result=result, np=np, dept=pick(rng, ["자치행정과", "통일협력팀"]), force_np=True)


TOPICS = [(topic_welfare, 16), (topic_noise, 12), (topic_parking, 9), (topic_care, 11), (topic_foreign, 9), (topic_leak, 9),
          (topic_tax, 8), (topic_hearing, 10), (topic_child, 8), (topic_road, 7), (topic_defector, 2)]


# --------------------------------------------------------------------------- public-only content (간담회 etc.)
def public_forum(ctx, S):
    """주민 간담회 질의응답 with only officials / council members named — no personal data at all."""
    rng = ctx.rng
    gu = S["gu"]
    cm = S["council"]
    qs = [
        ("○○동 주민", "마을버스 배차 간격이 너무 길어요. 출근 시간만이라도 늘려 줄 수 있나요?",
         "교통행정과", "운수업체와 협의하여 출근 시간대 2대 증차를 검토하고 있으며, 2026년 하반기 노선 조정 때 반영하겠습니다."),
        ("주민 A", "공원 산책로 가로등이 어두워서 밤에 다니기 무섭습니다.",
         "공원녹지과", "올해 예산 1억 2천만 원을 확보해 LED 가로등 48개를 교체할 예정입니다."),
        ("상인회 관계자", "전통시장 주차장 유지 관리가 안 됩니다.",
         "지역경제과", "「전통시장 및 상점가 육성을 위한 특별법」 제18조에 따라 시설 정비 보조금을 신청하실 수 있습니다."),
        ("주민 B", "재개발 조합 설립 동의서는 어디서 확인하나요?",
         "도시재생과", "정비구역 지정 고시(제2025-" + str(rng.randint(100, 399)) + "호) 이후 구청 누리집 고시공고란에서 열람할 수 있습니다."),
        ("아파트 입주자대표", "단지 앞 횡단보도에 신호등 설치를 요청합니다.",
         "교통행정과", "관할 경찰서 교통안전시설심의위원회에 상정하여 결과를 안내드리겠습니다."),
        ("○○경로당 회원", "경로당 냉난방비 지원이 부족합니다.",
         "어르신복지과", "경로당 냉난방비는 월 15만 원에서 18만 원으로 인상되었으며 2026. 1. 1.부터 적용됩니다."),
        ("학부모", "통학로에 불법 주정차가 많아 아이들이 위험합니다.",
         "주차관리과", "어린이보호구역 내 주정차 과태료는 일반도로의 3배이며, 무인단속카메라 2대를 추가 설치하겠습니다."),
        ("청년 주민", "청년 월세 지원 신청 기간을 알고 싶습니다.",
         "청년정책과", "서울시 청년월세지원은 매년 상반기 공고하며 문의는 120다산콜재단으로 하시면 됩니다."),
        ("1층 상가 세입자", "하수구 악취가 심해요.",
         "치수과", "하수관로 정비공사를 2026년 4월 착공 예정이며, 공사 중 불편 신고는 " + office_line(rng, gu) + "로 받습니다."),
    ]
    rng.shuffle(qs)
    return qs[: rng.randint(3, 6)]


# --------------------------------------------------------------------------- layouts
def speaker_label(ctx, S, key, style):
    rng = ctx.rng
    sp = S["speakers"][key]
    if sp.get("official"):
        role = sp["role"]
        if style == "name":
            return [role, " ", sp["official"]]
        if style == "paren":
            return [role, "(", sp["official"], ")"]
        return [role]
    p = sp["person"]
    role = sp["role"]
    if p is None:
        return [role]
    if style == "name":
        return [ctx.name(p)]
    if style == "paren":
        r = rng.random()
        if r < 0.35 or not ctx.pii:
            return [role, "(", p.sur + pick(rng, ["OO", "○○", "○○"]) if not p.foreign else "외국인", ")"]
        return [role, "(", ctx.name(p), ")"]
    if style == "unit" and sp.get("unit") is not None:
        return [sp["unit"], " ", role]
    return [role]


def header_block(ctx, S, D, style):
    rng = ctx.rng
    rows = [(pick(rng, ["상담일시", "일시", "접수일시", "면담일시"]), [D["date_s"], " ", D["time"]]),
            (pick(rng, ["상담방법", "구분", "경로"]), [D["channel"]]),
            (pick(rng, ["상담자", "담당", "상담원", "처리자"]), [S["off_role"], " ", S["off1"]])]
    rows += D["facts"]
    out = []
    if style == 0:
        for k, v in rows:
            out += [k, ": ", v, "\n"]
    elif style == 1:
        for k, v in rows:
            out += ["■ ", k, " : ", v, "\n"]
    elif style == 2:
        for k, v in rows:
            out += ["- ", k.ljust(6, " ") if len(k) < 6 else k, " : ", v, "\n"]
    elif style == 3:
        out += ["┌────────────┬────────────────────────────┐\n"]
        for i, (k, v) in enumerate(rows):
            out += ["│ ", k, " │ ", v, "\n"]
            if i < len(rows) - 1:
                out += ["├────────────┼────────────────────────────┤\n"]
        out += ["└────────────┴────────────────────────────┘\n"]
    elif style == 4:
        out += ["| 항목 | 내용 |\n|---|---|\n"]
        for k, v in rows:
            out += ["| ", k, " | ", v, " |\n"]
    else:
        for k, v in rows:
            out += [k, "\t", v, "\n"]
    return out


def render_turns(ctx, S, turns, style):
    rng = ctx.rng
    out = []
    lab_style = pick(rng, ["role", "paren", "name"]) if style in ("colon",) else None
    S["unit_labels"] = rng.random() < 0.7
    t0 = rng.randint(9, 16) * 60 + rng.randrange(50)
    if style == "qa":
        while turns and S["speakers"][turns[0][0]].get("official"):
            turns = turns[1:]
    for i, (k, parts) in enumerate(turns):
        sp = S["speakers"][k]
        if style == "colon":
            ls = lab_style if not sp.get("official") else ("paren" if lab_style == "paren" else ("name" if lab_style == "name" else "role"))
            if sp.get("unit") is not None and S.get("unit_labels"):
                ls = "unit"
            out += [speaker_label(ctx, S, k, ls), pick(rng, [": ", " : "]) if i == 0 else S["sep"], parts, "\n"]
        elif style == "time":
            t0 += rng.randint(0, 2)
            t = t0
            out += [f"[{t // 60:02d}:{t % 60:02d}] ", speaker_label(ctx, S, k, "unit" if sp.get("unit") is not None else "role"), " — ", parts, "\n"]
        elif style == "circle":
            out += ["○ ", speaker_label(ctx, S, k, "name"), " : ", parts, "\n"]
        elif style == "qa":
            q = sp.get("official") is None
            out += [S["qa"][0] if q else S["qa"][1], " ", parts, "\n"]
        elif style == "munda":
            # hearing: 문 = official, 답 = 진술인
            q = sp.get("official") is not None
            out += ["문) " if q else "답) ", parts, "\n"]
        elif style == "table":
            out += ["| ", speaker_label(ctx, S, k, "unit" if sp.get("unit") is not None else ("paren" if rng.random() < 0.5 else "role")), " | ", parts, " |\n"]
        elif style == "box":
            out += ["│ ", speaker_label(ctx, S, k, "role"), " │ ", parts, "\n"]
        elif style == "dash":
            out += ["  - ", speaker_label(ctx, S, k, "role"), ": ", parts, "\n"]
    return out


def hard_neg_footer(ctx, S):
    rng = ctx.rng
    gu = S["gu"]
    lines = []
    r = rng.random()
    if r < 0.35:
        lines.append(["담당: ", S["dept"], " ", S["off_role"], " ", S["off1"], " (", office_line(rng, gu), ", ", gov_email(rng), ")"])
    elif r < 0.7:
        lines.append(["문의: ", gu[0], "청 ", S["dept"], " ☎ ", office_line(rng, gu), " / 서울특별시 ", gu[0], " ", gu[1], "(", gu[0], "청)"])
    else:
        lines.append(["※ 본 상담 기록은 「민원 처리에 관한 법률」 제12조 및 같은 법 시행령(2022. 7. 11. 개정)에 따라 보존하며, 보존기간은 ",
                      pick(rng, ["3년", "5년", "10년"]), "입니다."])
    if rng.random() < 0.5:
        lines.append(["검토: ", pick(rng, ["팀장", "과장"]), " ", S["off2"], "  |  문서번호 ", S["dept"], "-", str(rng.randint(1000, 29999))])
    return [[l, "\n"] for l in lines]


def make_doc(rng, idx, seed):
    r = rng.random()
    mode = "public" if r < 0.27 else ("nonpublic" if r < 0.38 else "partial")
    topic_fn = None
    # choose topic
    tot = sum(w for _, w in TOPICS)
    x = rng.uniform(0, tot)
    for fn, w in TOPICS:
        x -= w
        if x <= 0:
            topic_fn = fn
            break
    topic_fn = topic_fn or TOPICS[0][0]
    if topic_fn is topic_defector:
        mode = "nonpublic"
    if mode == "public" and topic_fn in (topic_foreign, topic_hearing, topic_child):
        mode = "partial"
    ctx = Ctx(rng, pii=(mode != "public"))
    gu = pick(rng, GU)
    used_off = set()
    S = {"gu": gu}
    ctx.S = S
    foreign = topic_fn is topic_foreign
    P = ctx.person(foreign=foreign, female=rng.random() < 0.55)
    S["P"] = P
    S["off1"] = off_name(ctx, used_off)
    S["off2"] = off_name(ctx, used_off)
    S["office_name"] = pick(rng, [gu[0] + "청", gu[0] + " " + pick(rng, DONGS) + " 주민센터", "120다산콜재단", "서울시 복지상담센터"])
    S["council"] = off_name(ctx, used_off)
    forum = mode == "public" and rng.random() < 0.35
    if forum:
        return make_forum_doc(rng, ctx, S, idx, seed)
    T = topic_fn(ctx, S)
    S["dept"] = T["dept"]
    if T.get("hearing"):
        S["off_role"] = pick(rng, ["주무관", "청문 담당 주무관", "위생팀 주무관"])
        crole = "진술인"
    elif T.get("meeting"):
        S["off_role"] = pick(rng, ["사례관리사(주무관)", "드림스타트 팀장", "아동보호팀 주무관"])
        crole = pick(rng, ["보호자", "어머니" if P.female else "아버지"])
    else:
        S["off_role"] = pick(rng, ["상담원", "상담사", "담당자", "주무관", "복지상담관"])
        crole = pick(rng, ["민원인", "신청인", "상담자", "내담자", "민원인", "본인"]) if not foreign else pick(rng, ["민원인", "내담자"])
    S["speakers"] = {
        "O": {"role": S["off_role"], "official": S["off1"]},
        "C": {"role": crole, "person": P},
        "X": {"role": pick(rng, ["상담원", "기록"]), "official": S["off2"]},
        "T": {"role": "담임교사", "person": None},
    }
    S["sep"] = pick(rng, [": ", " : ", ": "])
    S["qa"] = pick(rng, [("Q.", "A."), ("Q:", "A:"), ("질의", "답변"), ("문.", "답.")])

    # teacher speaker: treat as private speaker without explicit person -> role only label
    S["speakers"]["T"] = {"role": "담임교사", "person": None, "fixed": True}
    S["speakers"].update(T.get("extra", {}))
    if T.get("c_unit") is not None and rng.random() < 0.7:
        S["speakers"]["C"]["unit"] = T["c_unit"]
        S["speakers"]["C"]["role"] = T["c_role"]

    ch = pick(rng, ["전화", "방문", "전화(120다산콜 이관)", "내방", "현장 방문", "화상"])
    if T.get("hearing"):
        ch = "대면 청문"
    elif T.get("meeting"):
        ch = pick(rng, ["통합사례회의(대면)", "사례회의", "화상 사례회의"])
    elif T.get("extra", {}).get("M"):
        ch = pick(rng, ["대면 조정", "현장 방문 조정"])
    y, m, d = rand_date(rng, 2025, 2026)
    D = {"date_s": fmt_date(rng, y, m, d), "time": hhmm(rng), "channel": ch, "facts": T["facts"]}
    approved = f"{y}-{m:02d}-{min(d + rng.randint(0, 2), 28):02d}"

    turns = T["turns"]
    # hearing -> munda layout likely; meeting -> table likely
    layouts = ["colon", "time", "circle", "qa", "table", "box", "prose", "tsv", "letter", "memo"]
    if T.get("hearing"):
        lay = pick(rng, ["munda", "munda", "colon", "box", "prose"])
    elif T.get("meeting"):
        lay = pick(rng, ["table", "circle", "colon", "memo", "prose"])
    else:
        lay = pick(rng, layouts)

    title = f"{T['kind']}"
    title_parts = [title]
    if mode != "public" and rng.random() < 0.35:
        title_parts = [title, "(", pick(rng, ["민원인 ", "대상자 ", "", "신청인 "]), ctx.name(P), ")"]
    elif rng.random() < 0.3:
        title_parts = [title, " (", fmt_date(rng, y, m, d), ")"]

    body = []
    body += [title_parts, "\n\n"]
    hstyle = rng.randrange(6)

    def fix_turns(turns):
        # teacher turn requires label; fine with role only.
        return turns

    turns = fix_turns(turns)
    if lay in ("colon", "time", "circle", "qa", "table", "box", "munda"):
        if lay == "time":
            body += [S["office_name"], " 상담 → ", S["dept"], " 이관 (120 상담번호 ", str(rng.randint(2025000000, 2026999999)), ")\n"]
        body += header_block(ctx, S, D, hstyle)
        body += ["\n", pick(rng, ["[상담 내용]", "< 녹취 요지 >", "□ 진술 내용", "2. 상담 내용", "■ 대화 기록", "【 면담 내용 】"]), "\n"]
        if lay == "table":
            body += ["| 발언자 | 내용 |\n|---|---|\n"]
        if lay == "box":
            body += ["┌──────────┬─────────────────────────────────────┐\n│ 발언자   │ 내용\n├──────────┼─────────────────────────────────────┤\n"]
        body += render_turns(ctx, S, turns, lay)
        if lay == "box":
            body += ["└──────────┴─────────────────────────────────────┘\n"]
        body += ["\n", pick(rng, ["[처리 결과] ", "□ 조치사항: ", "3. 처리 결과\n  ", "▶ 결과: "]), T["result"], "\n"]
    elif lay == "prose":
        body += ["1. 개요\n  ", D["date_s"], " ", D["time"], "경 ", D["channel"], "으로 접수된 상담 내용을 아래와 같이 기록함.\n\n2. 상담 요지\n"]
        for s in T["summary"]:
            body += ["  ", s, "\n"]
        body += ["\n3. 주요 발언\n"]
        for k, parts in turns[: rng.randint(3, len(turns))]:
            body += ["  ", speaker_label(ctx, S, k, "role"), ": “", parts, "”\n"]
        body += ["\n4. 조치 결과\n  ", T["result"], "\n"]
    elif lay == "tsv":
        # a multi-row call log; the main call first, then 2-4 short other calls
        body += ["번호\t접수일시\t성명\t연락처\t상담요지\t처리\n"]
        body += ["1\t", D["date_s"], " ", D["time"], "\t", ctx.name(P), "\t", ctx.phone(), "\t", T["kind"], "\t", pick(rng, ["이관", "완료", "진행"]), "\n"]
        for n in range(2, rng.randint(3, 6)):
            Q = ctx.person()
            yy, mm, dd = rand_date(rng, y, y)
            note = pick(rng, [[ "여권 재발급 절차 문의"], ["대형폐기물 수거 신청(", ctx.addr(gu, p=Q), ")"],
                              ["주민등록 등본 발급 문의"], ["본인 ", ctx.health(cont=False), " 관련 장애인 등록 절차 문의"],
                              ["불법 주정차 신고(차량 ", ctx.plate(), ")"], ["재산세 납부 기한 문의"]])
            body += [str(n), "\t", fmt_date(rng, yy, mm, dd, 1), " ", hhmm(rng), "\t", ctx.name(Q), "\t", ctx.phone(Q), "\t", note, "\t", pick(rng, ["완료", "안내", "이관"]), "\n"]
        body += ["\n", pick(rng, ["[1번 상담 상세]", "※ 1번 건 상담 요지"]), "\n"]
        for s in T["summary"]:
            body += ["- ", s, "\n"]
        body += ["- 처리: ", T["result"], "\n"]
    elif lay == "letter":
        body += [pick(rng, ["수신: ", "받는 분: "]), ctx.name(P), pick(rng, [" 귀하", " 님"]), "\n",
                 pick(rng, ["주소: ", f"(우 0{rng.randint(1000, 8999)}) "]), ctx.addr(gu), "\n\n"]
        body += ["1. 귀하께서 ", D["date_s"], " ", D["channel"], "으로 상담하신 내용에 대한 결과를 알려 드립니다.\n"]
        body += ["2. 상담 시 말씀하신 내용은 다음과 같이 정리하였습니다.\n"]
        for i, s in enumerate(T["summary"]):
            body += ["  ", "가나다라마"[i], ". ", s, "\n"]
        body += ["3. 처리 결과: ", T["result"], "\n"]
        body += ["4. 추가 문의는 ", S["dept"], " ", S["off_role"], " ", S["off1"], "(☎ ", office_line(rng, gu), ")에게 연락 주시기 바랍니다.\n\n",
                 gu[0], "청장\n"]
    elif lay == "memo":
        body += [pick(rng, ["[메모] ", "※ 면담 메모 ", "◇ 상담 메모 "]), D["date_s"], " / ", D["channel"], " / ", S["off_role"], " ", S["off1"], "\n"]
        for k, v in T["facts"]:
            body += ["· ", k, ": ", v, "\n"]
        body += ["· 요지\n"]
        for s in T["summary"]:
            body += ["   - ", s, "\n"]
        for k, parts in turns[: rng.randint(2, 4)]:
            body += ["   > ", speaker_label(ctx, S, k, "role"), " 발언: ", parts, "\n"]
        body += ["· 조치: ", T["result"], "\n"]
    body += ["\n"]
    body += hard_neg_footer(ctx, S)

    grounds = []
    if mode == "partial":
        grade, grounds = "partial", [6]
    elif mode == "public":
        grade, grounds = "public", []
    else:
        g, note = pick(rng, T["np"])
        body += [note, "\n"]
        grade, grounds = "nonpublic", list(g)
    text, ents = build(body)
    if mode == "public":
        assert not ents, ents
    elif not ents:
        grade, grounds = ("public", []) if mode == "partial" else (grade, grounds)
    title_s = flat_str(title_parts)
    return {
        "id": f"{FAMILY}-{seed}-{idx}", "lang": "ko", "title": title_s, "department": f"{gu[0]} {S['dept']}",
        "doc_type": pick(rng, {"colon": ["민원 상담 기록"], "time": ["120다산콜 이관 상담 기록"], "circle": ["면담 기록"],
                               "qa": ["상담 질의응답 기록"], "table": ["회의 녹취록" if (T.get("meeting") or T.get("extra", {}).get("M")) else "상담 녹취록"], "box": ["상담 기록부"], "munda": ["청문 조서"],
                               "prose": ["상담 결과 보고"], "tsv": ["전화 상담 일지"], "letter": ["민원 상담 결과 회신"],
                               "memo": ["상담 메모"]}[lay]),
        "approved_at": approved, "drafter": S["off1"], "approver": S["off2"],
        "approver_rank": pick(rng, ["팀장", "과장", "동장"]), "text": text, "entities": ents, "grade": grade, "grounds": grounds,
    }


def make_forum_doc(rng, ctx, S, idx, seed):
    gu = S["gu"]
    dept = pick(rng, ["자치행정과", "주민자치과", "소통담당관"])
    S["dept"] = dept
    y, m, d = rand_date(rng, 2025, 2026)
    qs = public_forum(ctx, S)
    cm = S["council"]
    style = rng.randrange(4)
    dong = pick(rng, DONGS)
    body = [[f"{dong} 주민 간담회 질의응답 결과"], "\n\n",
            "○ 일시: ", fmt_date(rng, y, m, d), " 14:00~16:00\n",
            "○ 장소: ", dong, " 주민센터 3층 다목적실(서울특별시 ", gu[0], " ", pick(rng, ROADS), " ", str(rng.randint(1, 300)), ")\n",
            "○ 참석: ", gu[0], "청장, ", pick(rng, COUNCIL), " ", cm, ", ", dong, "장 ", S["off2"], ", 주민 ", str(rng.randint(25, 80)), "명\n\n"]
    unit_lab = pick(rng, ["○○아파트 주민", "주민", "○○동 주민"])
    for i, (who, q, dep, a) in enumerate(qs, 1):
        if style == 0:
            body += [f"Q{i}. ({who}) ", q, "\n", f"A{i}. ({dep}) ", a, "\n\n"]
        elif style == 1:
            body += ["문) ", who, ": ", q, "\n답) ", dep, " 과장: ", a, "\n\n"]
        elif style == 2:
            body += [f"| {i} | {who} | ", q, f" | {dep} | ", a, " |\n"]
        else:
            body += [f"{i}. {who} — ", q, "\n   → ", dep, ": ", a, "\n"]
    if style == 2:
        body.insert(5, "| 연번 | 발언자 | 질의 | 답변부서 | 답변 |\n|---|---|---|---|---|\n")
    body += ["\n※ 간담회 발언자는 개인정보 보호를 위해 성명을 기재하지 않음.\n",
             "작성: ", dept, " 주무관 ", S["off1"], " (☎ ", office_line(rng, gu), ", ", gov_email(rng), ")\n"]
    text, ents = build(body)
    assert not ents
    return {"id": f"{FAMILY}-{seed}-{idx}", "lang": "ko", "title": f"{dong} 주민 간담회 질의응답 결과", "department": f"{gu[0]} {dept}",
            "doc_type": "주민 간담회 질의응답", "approved_at": f"{y}-{m:02d}-{d:02d}", "drafter": S["off1"], "approver": S["off2"],
            "approver_rank": "동장", "text": text, "entities": [], "grade": "public", "grounds": []}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    docs = []
    for i in range(a.n):
        rng = random.Random(a.seed * 1000003 + i)
        doc = make_doc(rng, i, a.seed)
        for e in doc["entities"]:
            assert doc["text"][e["start"]:e["end"]] == e["text"], (doc["id"], e)
        docs.append(doc)
    with open(a.out, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
