#!/usr/bin/env python3
"""Generator: district council proceedings (구의회 회의록·청원·공청회·서면질문·증인명단 ...).

python3 generate.py --n 200 --seed 1 --out docs.jsonl

Personal values are written inline with E(label, value); render() strips the markers
and records the offsets, so every span is exact by construction (and asserted again).
"""
import argparse
import datetime as dt
import json
import random

FAM = "council_proceedings"
S, M, T = "\x01", "\x02", "\x03"


def E(label, value):
    return f"{S}{label}{M}{value}{T}"


def render(marked):
    out, ents, i = [], [], 0
    pos = 0
    while i < len(marked):
        c = marked[i]
        if c == S:
            j = marked.index(M, i)
            k = marked.index(T, j)
            label, val = marked[i + 1:j], marked[j + 1:k]
            assert S not in val and M not in val
            ents.append({"start": pos, "end": pos + len(val), "label": label, "text": val})
            out.append(val)
            pos += len(val)
            i = k + 1
        else:
            out.append(c)
            pos += 1
            i += 1
    text = "".join(out)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["text"] == e["text"].strip() and e["text"], e
    return text, ents


def strip(marked):
    return render(marked)[0]


# ----------------------------------------------------------------- vocabularies
SURN = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹탁국어은편용예봉사부복태목형피두감")
SURN_W = [30, 20, 12, 8, 7, 5, 5, 5, 5, 4] + [2] * 20 + [1] * 200
SURN2 = ["남궁", "독고", "사공", "황보", "제갈", "선우", "서문", "동방"]
GIVEN = ("민준 서연 지훈 영숙 경숙 순자 정희 재석 철수 영호 미경 은지 하율 도윤 수빈 지민 현우 상철 명자 옥순 "
         "말순 성호 동현 혜진 유진 태식 복남 춘자 광수 길례 금순 진영 예은 승민 정란 봉수 기순 해진 다온 서준 "
         "윤서 채원 용팔 덕희 상훈 종민 미숙 순덕 점례 희정 태호 은영 건우 지아 병철 문자 화자 영길 두식 "
         "소윤 가람 한결 보람 새롬 나래 정미 영애 형준 재민 인숙 귀남 만복").split()
GIVEN1 = list("솔훈란혁별결윤웅찬현진숙")
HANJA = ["洪在錫", "金英淑", "李順子", "朴正浩", "崔東鉉", "鄭美京", "姜敏俊", "尹恩智", "張泰植", "韓光洙", "吳福男", "徐英浩"]
FOREIGN = [("응우옌 티 란", "Nguyen Thi Lan", "Ms Nguyen"), ("레 반 훙", "Le Van Hung", "Mr Le"),
           ("왕웨이", "Wang Wei", "Mr Wang"), ("리우 양", "Liu Yang", "Ms Liu"),
           ("마리아 산토스", "Maria Santos", "Ms Santos"), ("아지즈 카리모프", "Aziz Karimov", "Mr Karimov"),
           ("바트바야르 에르덴", "Batbayar Erdene", "Mr Batbayar"), ("사라 오코너", "Sarah O'Connor", "Ms O'Connor"),
           ("쩐 민 득", "Tran Minh Duc", "Mr Tran"), ("프리야 샤르마", "Priya Sharma", "Ms Sharma"),
           ("다니엘 박", "Daniel Park", "Mr Park"), ("올가 이바노바", "Olga Ivanova", "Ms Ivanova")]

DISTRICTS = {
    "마포구": (["망원동", "성산동", "합정동", "연남동", "공덕동", "아현동"], ["월드컵로", "성미산로", "동교로", "망원로", "포은로"], "월드컵로 212", "02-3153"),
    "은평구": (["응암동", "불광동", "갈현동", "역촌동", "수색동", "진관동"], ["통일로", "연서로", "은평로", "가좌로", "서오릉로"], "은평로 195", "02-351"),
    "성북구": (["정릉동", "길음동", "돈암동", "석관동", "장위동", "종암동"], ["보문로", "정릉로", "아리랑로", "화랑로", "오패산로"], "보문로 168", "02-2241"),
    "강서구": (["화곡동", "등촌동", "가양동", "방화동", "염창동", "공항동"], ["화곡로", "강서로", "양천로", "공항대로", "등촌로"], "화곡로 302", "02-2600"),
    "관악구": (["봉천동", "신림동", "남현동", "조원동", "서원동", "은천동"], ["관악로", "남부순환로", "신림로", "봉천로", "난곡로"], "관악로 145", "02-879"),
    "동작구": (["상도동", "사당동", "노량진동", "흑석동", "대방동", "신대방동"], ["상도로", "장승배기로", "동작대로", "노량진로", "사당로"], "장승배기로 161", "02-820"),
    "노원구": (["상계동", "중계동", "하계동", "공릉동", "월계동"], ["동일로", "노해로", "상계로", "한글비석로", "공릉로"], "노해로 437", "02-2116"),
    "중랑구": (["면목동", "상봉동", "중화동", "묵동", "망우동", "신내동"], ["망우로", "용마산로", "봉화산로", "동일로", "겸재로"], "봉화산로 179", "02-2094"),
    "구로구": (["구로동", "개봉동", "고척동", "오류동", "신도림동", "가리봉동"], ["구로중앙로", "경인로", "디지털로", "고척로", "오리로"], "가마산로 245", "02-860"),
    "영등포구": (["신길동", "대림동", "문래동", "당산동", "도림동", "양평동"], ["도림로", "영등포로", "당산로", "신길로", "시흥대로"], "당산로 123", "02-2670"),
}
APTS = ["해오름", "한신", "현대", "래미안", "푸른마을", "벽산", "삼성", "주공", "신동아", "우성", "e편한세상", "두산위브"]
SHOPS = ["OO떡방앗간", "망원수선집", "행복마트", "소문난순대국", "새한철물", "미소헤어", "우리분식", "대성카센터", "꽃피는화원",
         "중앙약국", "정원세탁소", "한우리정육점", "동네책방 오후", "제일부동산"]
HEALTH0 = ["지체장애 2급", "뇌병변장애", "시각장애 1급", "우울증", "공황장애", "당뇨 합병증", "만성 신부전", "초기 치매",
           "허리디스크", "천식", "폐암 3기", "자폐성 장애", "파킨슨병", "뇌경색 후유증", "청각장애 4급", "퇴행성 관절염",
           "협심증", "루게릭병", "조현병", "알코올 의존증", "갑상선암", "척수손상"]


class _H(list):
    pass


HEALTH = HEALTH0
BANKS = ["국민은행", "신한은행", "우리은행", "하나은행", "농협", "기업은행", "새마을금고", "우체국"]
UNIVS = ["서울시립대학교", "한양대학교", "성균관대학교", "국민대학교", "서울과학기술대학교", "숭실대학교"]
COMPANIES = [("(주)한빛환경", "214-86-33021"), ("㈜청솔건설", "105-81-77432"), ("대한시설관리(주)", "313-81-20458"),
             ("(주)그린에코텍", "120-87-90113"), ("㈜미래주차시스템", "211-88-45210"), ("(사)함께돌봄협회", "107-82-11934")]
TOPICS = [
    ("유수지 공영주차장 건립", "주차"), ("○○재정비촉진지구 지정", "재개발"), ("경로당 이전 및 복합화", "경로당"),
    ("마을버스 노선 조정", "버스"), ("전통시장 시설현대화 사업", "시장"), ("자원회수시설 증설", "소각장"),
    ("어린이보호구역 확대 지정", "스쿨존"), ("근린공원 조성", "공원"), ("공동주택 층간소음 조례 제정", "소음"),
]
EN_TOPIC = {"주차": "the public car park plan", "재개발": "the redevelopment zone", "경로당": "moving the senior centre",
            "버스": "the village bus route change", "시장": "the market modernisation project",
            "소각장": "the incinerator expansion", "스쿨존": "the school-zone extension", "공원": "the new neighbourhood park",
            "소음": "the noise ordinance"}
COMMITTEES = ["행정기획위원회", "복지건설위원회", "재정경제위원회", "도시건설위원회", "행정복지위원회", "운영위원회"]
DEPTS = ["교통행정과", "도시계획과", "주택과", "공원녹지과", "복지정책과", "어르신복지과", "지역경제과", "청소행정과",
         "건축과", "기획예산과", "자치행정과", "보건소 건강관리과"]
BUREAUS = ["도시관리국장", "복지문화국장", "행정관리국장", "안전건설국장", "보건소장"]


class Ctx:
    def __init__(self, rnd):
        self.r = rnd
        self.used = set()
        self.used_given = set()
        self.gu = rnd.choice(list(DISTRICTS))
        self.dongs, self.roads, self.hall, self.pfx = DISTRICTS[self.gu]
        self.council = f"{self.gu}의회"
        self.city = "서울특별시"
        y = rnd.choice([2024, 2025, 2026])
        self.date = dt.date(y, 1, 1) + dt.timedelta(days=rnd.randint(0, 360))
        self.session = rnd.randint(248, 335)

    # ----- names
    def _fresh(self, f):
        for _ in range(50):
            n = f()
            if n not in self.used:
                self.used.add(n)
                return n
        return n

    def surname(self):
        r = self.r
        if r.random() < 0.08:
            return r.choice(SURN2)
        return r.choices(SURN, weights=SURN_W[:len(SURN)])[0]

    def plain_name(self):
        r = self.r
        for _ in range(60):
            sn = self.surname()
            gv = r.choice(GIVEN1) if r.random() < 0.08 else r.choice(GIVEN)
            if sn + gv not in self.used and gv not in self.used_given:
                break
        self.used.add(sn + gv)
        self.used_given.add(gv)
        return sn + gv

    def person(self):
        """private person; returns (display_form, given_only or None)"""
        r = self.r
        x = r.random()
        if x < 0.06:
            h = self._fresh(lambda: r.choice(HANJA))
            return h, None
        if x < 0.12:
            ko, la, short = r.choice(FOREIGN)
            self.used.add(ko)
            return ko, None
        n = self.plain_name()
        sn = n[:2] if n[:2] in SURN2 else n[:1]
        gv = n[len(sn):]
        if x < 0.20 and len(gv) == 2:
            return f"{sn} {gv}", gv
        if x < 0.24 and len(gv) == 2 and len(sn) == 1:
            return f"{sn} {gv[0]} {gv[1]}", gv
        return n, (gv if len(gv) == 2 else None)

    def official(self):
        return self.plain_name()

    def masked(self):
        r = self.r
        return r.choice([self.surname()[0] + "○" + r.choice(GIVEN)[1], self.surname() + "OO", self.surname() + "○○",
                         r.choice("ABCD") + "씨", "주민 " + r.choice("ABC"), self.surname() + "모씨"])

    # ----- numbers
    def mobile(self):
        r = self.r
        a, b = r.randint(2000, 9999), r.randint(1000, 9999)
        pre = r.choice(["010"] * 9 + ["011"])
        return r.choice([f"{pre}-{a}-{b}", f"{pre} {a} {b}", f"{pre}{a}{b}", f"{pre}.{a}.{b}",
                         f"+82-10-{a}-{b}", f"+82 10 {a} {b}", f"({pre}){a}-{b}", f"{pre}-{a}-{b}"])

    def home(self):
        r = self.r
        return r.choice([f"02-{r.randint(300, 999)}-{r.randint(1000, 9999)}", f"(02){r.randint(2000, 9999)}-{r.randint(1000, 9999)}",
                         f"02 {r.randint(300, 999)} {r.randint(1000, 9999)}"])

    def office(self):
        r = self.r
        if len(self.pfx) == 7:
            return f"{self.pfx}-{r.randint(1000, 9999)}"
        return f"{self.pfx}{r.randint(0, 9)}-{r.randint(1000, 9999)}"

    def unit(self):
        r = self.r
        return r.choice([f"{r.randint(101, 118)}동 {r.randint(1, 25)}{r.randint(1, 8):02d}호", f"{r.randint(1, 5)}0{r.randint(1, 4)}호",
                         f"{r.choice(APTS)}아파트 {r.randint(101, 112)}동 {r.randint(2, 19)}0{r.randint(1, 4)}호",
                         f"B{r.randint(1, 2)}0{r.randint(1, 3)}호", f"반지하 {r.randint(1, 2)}0{r.randint(1, 3)}호"])

    def addr(self):
        r = self.r
        road = r.choice(self.roads)
        k = r.random()
        if k < 0.35:
            return f"{self.city} {self.gu} {road} {r.randint(3, 320)}, {r.randint(101, 115)}동 {r.randint(1, 22)}0{r.randint(1, 4)}호"
        if k < 0.6:
            return f"서울 {self.gu} {road}{r.randint(1, 15)}길 {r.randint(2, 80)}{r.choice(['', '-' + str(r.randint(1, 30))])}, {r.randint(1, 4)}0{r.randint(1, 3)}호"
        if k < 0.8:
            return f"{self.gu} {r.choice(self.dongs)} {r.randint(10, 580)}-{r.randint(1, 60)}번지"
        return f"{self.gu} {road} {r.randint(3, 300)} {r.choice(APTS)}아파트 {r.randint(101, 112)}동 {r.randint(2, 19)}0{r.randint(1, 4)}호"

    def plate(self):
        r = self.r
        h = r.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
        return r.choice([f"{r.randint(10, 99)}{h}{r.randint(1000, 9999)}", f"{r.randint(100, 399)}{h} {r.randint(1000, 9999)}",
                         f"서울{r.randint(10, 99)}{h}{r.randint(1000, 9999)}"])

    def birth(self):
        r = self.r
        d = dt.date(r.randint(1938, 2004), r.randint(1, 12), r.randint(1, 28))
        return d, fmt_date(d, r.randint(0, 4))

    def rrn(self, d=None):
        r = self.r
        d = d or dt.date(r.randint(1950, 1999), r.randint(1, 12), r.randint(1, 28))
        g = r.choice("12") if d.year < 2000 else r.choice("34")
        tail = f"{g}{r.randint(0, 999999):06d}"
        return r.choice([f"{d:%y%m%d}-{tail}", f"{d:%y%m%d}-{g}******", f"{d:%y%m%d}{tail}", f"{d:%y%m%d} - {tail}"])

    def frn(self):
        r = self.r
        d = dt.date(r.randint(1970, 2000), r.randint(1, 12), r.randint(1, 28))
        g = r.choice("56") if d.year < 2000 else r.choice("78")
        return f"{d:%y%m%d}-{g}{r.randint(0, 999999):06d}"

    def account(self):
        r = self.r
        return r.choice([f"{r.randint(100000, 999999)}-{r.randint(10, 99)}-{r.randint(100000, 999999)}",
                         f"{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}",
                         f"1002-{r.randint(100, 999)}-{r.randint(100000, 999999)}", f"{r.randint(10**11, 10**12 - 1)}"])

    def email(self, hint="user"):
        r = self.r
        base = r.choice(["sunny", "happy", "moon", "hanul", "dream", "green", "blue", "jinju", "sora", "minho", "gold"])
        return f"{base}{r.choice(['', '_', '.'])}{r.randint(1, 9999)}@{r.choice(['naver.com', 'gmail.com', 'daum.net', 'hanmail.net', 'kakao.com', 'nate.com'])}"

    def ip(self):
        r = self.r
        return f"{r.choice([211, 175, 121, 58, 223, 118, 112])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def passport(self):
        r = self.r
        return r.choice([f"M{r.randint(10000000, 99999999)}", f"M{r.randint(100, 999)}{r.choice('ABCDEFG')}{r.randint(1000, 9999)}",
                         f"C{r.randint(1000000, 9999999)}{r.choice('ABCD')}"])

    # ----- official furniture (not personal)
    def hp(self):
        """a health value: a condition noun, sometimes with '치료 중' / '투병 중' inside the span"""
        r = self.r
        h = r.choice(HEALTH0)
        x = r.random()
        if x < 0.15:
            h += " 치료 중"
        elif x < 0.22:
            h += " 진단"
        return h

    def budget2(self):
        r = self.r
        t = r.randint(50, 98000) * 1000
        p = t * r.randint(10, 80) // 100 // 1000 * 1000
        f = r.choice([lambda v: f"{v // 1000:,}천원", lambda v: f"{v:,}원", lambda v: f"{v // 10000:,}만 원"])
        return f(t), f(p)

    def budget(self):
        r = self.r
        v = r.randint(12, 98000) * 1000
        return r.choice([f"{v // 1000:,}천원", f"{v:,}원", f"금 {v:,}원", f"{v / 1e8:.1f}억 원" if v > 1e8 else f"{v // 10000:,}만 원"])

    def statute(self, kind="any"):
        r = self.r
        d = dt.date(r.randint(2015, 2025), r.randint(1, 12), r.randint(1, 28))
        if kind == "local":
            return r.choice([f"「{self.city} {self.gu} 주차장 설치 및 관리 조례」(조례 제{r.randint(1200, 1690)}호)",
                             f"「{self.city} {self.gu} 주민참여 기본 조례」 제{r.randint(3, 15)}조",
                             f"「지방자치법」 제{r.choice([17, 28, 29])}조", f"「행정절차법」 제{r.choice([38, 39])}조"])
        if kind == "council":
            return r.choice([f"「지방자치법」 제{r.choice([48, 49, 51, 85])}조", f"「{self.city} {self.council} 회의규칙」 제{r.randint(5, 60)}조",
                             f"「지방자치법 시행령」 제{r.randint(40, 90)}조제{r.randint(1, 4)}항"])
        return r.choice([f"「지방자치법」 제{r.choice([47, 48, 49, 51, 85, 86])}조",
                         f"「{self.city} {self.council} 회의규칙」 제{r.randint(5, 60)}조",
                         f"「청원법」(법률 제{r.randint(17000, 20500)}호, {fmt_date(d, 0)} 개정)",
                         f"「지방자치법 시행령」 제{r.randint(40, 90)}조제{r.randint(1, 4)}항",
                         f"「{self.city} {self.gu} 주차장 설치 및 관리 조례」(조례 제{r.randint(1200, 1690)}호)",
                         f"「공공기관의 정보공개에 관한 법률」 제9조제1항"])

    def bill(self, kind="bill"):
        r = self.r
        if kind == "petition":
            return r.choice([f"청원 제{r.randint(1, 40)}호", f"청원번호 {self.date.year}-{r.randint(1, 40):02d}", f"제{r.randint(1, 40)}호"])
        return r.choice([f"의안번호 제{r.randint(100, 1800)}호", f"의안번호 {self.date.year}-{r.randint(1, 150):03d}",
                         f"의안 제{r.randint(10, 400)}호", f"의안번호 {r.randint(100, 1800)}"])

    def docno(self):
        r = self.r
        return r.choice([f"{self.gu[:-1]}의회사무국-{r.randint(100, 9999)}", f"{r.choice(DEPTS)}-{r.randint(1000, 29999)}",
                         f"의사팀-{r.randint(100, 2999)}"])

    def gov_mail(self):
        r = self.r
        return f"{r.choice(['council', 'assembly', 'gucouncil', 'minwon', 'uisa'])}{r.randint(1, 99)}@{r.choice(['seoul.go.kr', 'korea.kr'])}"


def _final(w):
    """jongseong index of the last Hangul syllable (0 = open syllable); digits/latin handled roughly"""
    for ch in reversed(w):
        if "가" <= ch <= "힣":
            return (ord(ch) - 0xAC00) % 28
        if ch.isdigit():
            return {"0": 1, "1": 8, "2": 0, "3": 1, "4": 0, "5": 0, "6": 1, "7": 8, "8": 8, "9": 0}[ch]
        if ch.isalpha():
            return 0 if ch.lower() in "aeiouy" else 4
    return 0


def J(w, pair):
    """J('공원', '을/를') -> '을'; '으로/로' treats ㄹ-final as open"""
    a, b = pair.split("/")
    f = _final(w)
    if a == "으로":
        return "로" if f in (0, 8) else "으로"
    return a if f else b


def fmt_date(d, style):
    return [f"{d.year}. {d.month}. {d.day}.", f"{d:%Y-%m-%d}", f"{d.year}년 {d.month}월 {d.day}일",
            f"'{d:%y}.{d.month}.{d.day}.", f"{d:%Y.%m.%d}", f"{d:%Y/%m/%d}"][style % 6]


def wk(d):
    return "월화수목금토일"[d.weekday()]


def pick(r, *opts):
    return r.choice(opts)


# --------------------------------------------------------------- speaker markers
def HJ(c, pair=None, h=None):
    """marked health value + particle glued after it"""
    h = h or c.hp()
    return E("HEALTH_INFO", h) + (J(h, pair) if pair else "")


def NJ(name, pair, label="PERSON"):
    return E(label, name) + J(name, pair)


def marker_fn(r):
    """one speaker-marker style per document: f(role, name, clock) -> prefix"""
    st = r.randint(0, 7)

    def f(role, name, clock=""):
        nm = name or ""
        if st == 0:
            return f"○{role} {nm}  " if nm else f"○{role}  "
        if st == 1:
            return f"◯{nm} {role}  " if nm else f"◯{role}  "
        if st == 2:
            return f"{role} {nm}: " if nm else f"{role}: "
        if st == 3:
            return f"[{role}] " if not nm or r.random() < 0.5 else f"[{role} {nm}] "
        if st == 4:
            return f"[{clock}] {role} {nm}: " if nm else f"[{clock}] {role}: "
        if st == 5:
            return f"▶{nm}({role}) " if nm else f"▶{role} "
        if st == 6:
            return f"{nm} {role}> " if nm else f"{role}> "
        return f"○{role}({nm})  " if nm else f"○{role}  "
    return f, st


class Clock:
    def __init__(self, r):
        self.r = r
        self.t = dt.datetime(2000, 1, 1, r.choice([10, 10, 11, 14, 14, 15]), r.choice([0, 2, 5, 7, 10, 30]))

    def tick(self):
        self.t += dt.timedelta(minutes=self.r.randint(1, 9))
        return f"{self.t:%H:%M}"


# ------------------------------------------------------------ resident speech
def resident_speech(c, topic, name, given, rich=True, masked=False):
    """returns marked text of a resident speaking"""
    r = c.r
    name_m = name if masked else E("PERSON", name)
    shop = r.choice(SHOPS)
    parts = []
    dong = r.choice(c.dongs)
    intro = r.choice([
        f"안녕하십니까. {dong}에 사는 {name_m}입니다.",
        f"저는 {dong} {E('ADDRESS', c.unit())}에 살고 있는 {name_m}{J(name, '이라고/라고')} 합니다.",
        f"{dong}에서 {shop}{J(shop, '을/를')} {r.randint(5, 30)}년째 하고 있는 {name_m}입니다.",
        f"{E('ADDRESS', c.addr())}에 거주하는 {name_m}입니다. 여기서 {r.randint(3, 40)}년 살았습니다.",
        f"네, {name_m}입니다. {E('ADDRESS', c.addr())}에 삽니다.",
        f"반갑습니다. {dong} 주민 {name_m}이고요, 통장 일도 조금 보고 있습니다.",
    ])
    parts.append(intro)
    issue = {
        "주차": "골목에 주차할 데가 없어서 밤마다 한 바퀴씩 돕니다. 공영주차장이 들어온다니 반갑긴 한데 공사 기간 동안 대책이 하나도 없습니다.",
        "재개발": "정비구역으로 묶이면 세입자는 어디로 가라는 겁니까. 동의서 받으러 다니는 사람들이 제대로 설명도 안 해 줍니다.",
        "경로당": "경로당을 3층으로 옮기면 엘리베이터도 없는데 어르신들이 어떻게 올라갑니까.",
        "버스": "마을버스가 없어지면 시장 보러 갈 방법이 없습니다. 배차 간격이라도 유지해 주십시오.",
        "시장": "아케이드 공사한다고 석 달 동안 손님이 반으로 줄었습니다. 보상 얘기는 한 번도 못 들었습니다.",
        "소각장": "지금도 냄새 때문에 창문을 못 엽니다. 증설하면 저희 동네는 어떻게 됩니까.",
        "스쿨존": "아이들 등굣길에 인도가 없습니다. 보호구역을 넓혀 주시고 단속 카메라도 달아 주십시오.",
        "공원": "공원 생기는 건 좋은데 밤에 가로등이 없어서 무섭습니다. 안전 대책을 같이 세워 주십시오.",
        "소음": "윗집 소음 때문에 2년째 잠을 못 잡니다. 조례로 중재 절차를 꼭 만들어 주십시오.",
    }[topic]
    parts.append(issue)
    if rich:
        extras = []
        extras.append(r.choice([
            f"제가 {HJ(c, '이라서/라서')} 계단을 오르내리는 게 제일 힘듭니다.",
            f"저는 {HJ(c)} 때문에 병원을 일주일에 세 번 다닙니다.",
            f"집사람이 {HJ(c, '이라/라')} 제가 혼자 돌보고 있습니다.",
            f"저희 아들이 {HJ(c, '이/가')} 있어서 소음에 아주 예민합니다.",
            f"작년에 {HJ(c, '을/를')} 진단받고 일을 그만뒀습니다.",
            "혼자 손주 둘을 키우고 있어서 멀리 다니기가 어렵습니다.",
            "남편 먼저 보내고 기초생활수급을 받으면서 살고 있습니다.",
        ]))
        if r.random() < 0.5:
            extras.append(r.choice([
                f"제 차가 {E('VEHICLE_PLATE', c.plate())}인데 집 앞에 세웠다고 이번 달만 딱지를 세 번 뗐습니다.",
                f"{E('VEHICLE_PLATE', c.plate())} 이 차가 제 차입니다. 거주자우선주차 배정을 3년째 못 받았어요.",
            ]))
        if r.random() < 0.55:
            extras.append(r.choice([
                f"자세한 건 제 번호 {E('PHONE', c.mobile())}로 연락 주시면 설명드리겠습니다.",
                f"연락처는 {E('PHONE', c.mobile())}입니다. 꼭 회신 부탁드립니다.",
                f"집 전화 {E('PHONE', c.home())}으로 하셔도 됩니다.",
            ]))
        r.shuffle(extras)
        parts.extend(extras)
    parts.append(r.choice(["이상입니다.", "꼭 반영해 주십시오.", "감사합니다.", "의원님들께서 현장에 한번 나와 보셨으면 합니다."]))
    return " ".join(parts)


def chair_ack(c, given, full_m):
    r = c.r
    if given and r.random() < 0.5:
        return r.choice([f"네, {E('PERSON', given)} 님 말씀 잘 들었습니다.", f"{E('PERSON', given)} 씨 감사합니다."])
    return r.choice([f"{full_m} 님 말씀 감사합니다.", "네, 말씀 잘 들었습니다.", f"{full_m} 진술인 감사합니다."])


# ========================================================== LAYOUTS
def L_plenary(c, variant):
    """본회의 회의록 with 5분 자유발언 and 구정질문 answer"""
    r = c.r
    mk, st = marker_fn(r)
    clk = Clock(r)
    speaker = c.official()
    mayor = c.official()
    members = [c.official() for _ in range(r.randint(7, 12))]
    fs = r.choice(members)
    topic, tk = r.choice(TOPICS)
    kind = r.choice(["임시회", "정례회"])
    title = f"제{c.session}회 {c.council}({kind}) 제{r.randint(1, 4)}차 본회의 회의록"
    L = [title, ""]
    L.append(r.choice([f"일시: {fmt_date(c.date, r.randint(0, 5))}({wk(c.date)}) {clk.t:%H시 %M분}",
                       f"일  시 : {fmt_date(c.date, 2)} {clk.t.hour}시 {clk.t.minute}분",
                       f"■ 일시 {fmt_date(c.date, 0)} 오{'전' if clk.t.hour < 12 else '후'} {clk.t.hour % 12 or 12}시"]))
    L.append(f"장소: {c.council} 본회의장")
    L.append("의사일정")
    L.append(f"1. 5분 자유발언")
    L.append(f"2. {c.gu} {topic} 관련 조례 일부개정조례안({c.bill()})")
    L.append(f"3. {c.date.year}년도 제{r.randint(1, 3)}회 추가경정예산안(총 {c.budget()})")
    L.append(f"출석의원({len(members) + 1}인): {speaker} " + " ".join(members))
    L.append(f"출석공무원: 구청장 {mayor}, 부구청장 {c.official()}, {r.choice(BUREAUS)} {c.official()}")
    L.append("")
    L.append(f"({clk.t:%H시 %M분} 개의)")
    L.append(mk("의장", speaker, clk.tick()) + f"성원이 되었으므로 제{c.session}회 {c.council} {kind} 제1차 본회의를 개의하겠습니다. "
             f"의사일정 제1항 5분 자유발언을 실시하겠습니다. {fs} 의원 나오셔서 발언해 주시기 바랍니다.")
    speech = [f"존경하는 {c.gu} 주민 여러분, 의장님과 선배·동료 의원 여러분, 그리고 구청장님을 비롯한 공무원 여러분. "
              f"{r.choice(c.dongs)} 지역구 {fs} 의원입니다.",
              f"오늘 저는 {topic}에 대하여 말씀드리고자 합니다."]
    residents = []
    if variant != "public":
        for _ in range(r.randint(1, 2)):
            p, g = c.person()
            residents.append(p)
            speech.append(r.choice([
                f"지난달 {r.choice(c.dongs)}에 사시는 {E('PERSON', p)} 어르신을 만났습니다. {HJ(c, '으로/로')} 거동이 불편하신데 "
                f"{E('ADDRESS', c.unit())} 계단을 하루에도 몇 번씩 오르내리십니다.",
                f"{r.choice(SHOPS)}에서 일하시는 {E('PERSON', p)} 사장님께서는 공사 이후 매출이 절반으로 줄었다고 하십니다.",
                f"한 주민({E('PERSON', p)}, {r.randint(30, 88)}세)께서는 제 사무실로 직접 찾아오셔서 호소하셨습니다.",
                f"{E('PERSON', p)} 님의 허락을 받고 말씀드립니다. 이분은 {HJ(c)}인 자녀를 홀로 돌보고 계십니다.",
            ]))
    else:
        speech.append(f"현재 관련 사업비는 {c.budget()}이 편성되어 있으나 집행률은 {r.randint(8, 60)}%에 그치고 있습니다.")
    speech.append(f"{c.statute('local')}에 따라 구청장은 주민의 의견을 듣고 이를 반영하여야 합니다. "
                  f"집행부는 실태 조사를 조속히 실시하고, 안내와 정비, 유지관리 계획을 함께 마련해 주시기 바랍니다. 감사합니다.")
    L.append(mk("의원", fs, clk.tick()) + " ".join(speech))
    L.append(mk("의장", speaker, clk.tick()) + f"{fs} 의원 수고하셨습니다. 구청장께서 답변해 주시기 바랍니다.")
    L.append(mk("구청장", mayor, clk.tick()) + f"구청장 {mayor}입니다. {fs} 의원님께서 지적하신 사항에 대하여 답변드리겠습니다. "
             f"{topic}{J(topic, '과/와')} 관련하여 {c.date.year}년 예산에 {c.budget()}을 반영하였으며, 관련 부서({r.choice(DEPTS)}, ☎{c.office()})에서 "
             f"현장 점검을 실시하겠습니다." + (f" 말씀하신 {E('PERSON', residents[0])} 님 댁에는 담당 주무관이 직접 방문하도록 하겠습니다." if residents and r.random() < 0.6 else ""))
    L.append(mk("의장", speaker, clk.tick()) + f"의사일정 제2항을 상정합니다. {r.choice(COMMITTEES)} 위원장 {r.choice(members)} 의원 나오셔서 심사결과를 보고해 주시기 바랍니다.")
    L.append(mk("의장", speaker, clk.tick()) + "이의가 없으므로 가결되었음을 선포합니다. 이상으로 오늘 회의를 모두 마치겠습니다. 산회를 선포합니다.")
    L.append(f"({clk.tick().replace(':', '시 ')}분 산회)")
    return title, "\n".join(L), "본회의 회의록", f"{c.council} 사무국 의사팀", None


def L_committee(c, variant):
    """상임위원회 회의록 with time stamps, officials answering, sometimes 참고인(private)"""
    r = c.r
    mk, st = marker_fn(r)
    if r.random() < 0.5:
        mk = lambda role, nm, clock="", _f=mk: f"[{clock}] " + _f(role, nm, clock) if st != 4 else _f(role, nm, clock)
    clk = Clock(r)
    com = r.choice(COMMITTEES)
    chair = c.official()
    mems = [c.official() for _ in range(r.randint(3, 6))]
    dept = r.choice(DEPTS)
    head = c.official()
    bureau = r.choice(BUREAUS)
    bname = c.official()
    topic, tk = r.choice(TOPICS)
    closed = variant == "security"
    title = f"제{c.session}회 {c.council} {com} 회의록 제{r.randint(1, 5)}호" + (" (비공개)" if closed else "")
    L = [title, "", r.choice([f"{c.council} 사무국", f"{c.council}사무국 의사팀"]), ""]
    L.append(f"일시: {fmt_date(c.date, r.randint(0, 5))} {clk.t:%H:%M}  장소: {com} 회의실")
    L.append(f"출석위원: {chair}(위원장) " + ", ".join(mems))
    L.append(f"출석공무원: {bureau} {bname}, {dept}장 {head}, {dept[:-1]}팀장 {c.official()}")
    L.append(f"위원회 전문위원 {c.official()}  ☎ {c.office()}")
    L.append("")
    if closed:
        L.append(mk("위원장", chair, clk.tick()) + f"「지방자치법」 제75조에 따라 이 안건은 비공개로 진행하겠습니다. "
                 f"{c.gu} 통합방위협의회 운영 현황과 관내 국가중요시설 경비 및 방호 계획에 대하여 보고해 주십시오.")
        L.append(mk(bureau, bname, clk.tick()) + f"관내 {r.choice(['가','나','다'])}급 국가중요시설 {r.randint(2, 6)}개소의 방호 인력은 "
                 f"{r.randint(30, 140)}명이며, 예비군 동원 시 집결지는 {r.choice(c.dongs)} 일대 {r.randint(2, 4)}개소입니다. 세부 배치도는 별첨 대외비 자료와 같습니다.")
        L.append(mk("위원", r.choice(mems), clk.tick()) + "비상시 통신망 이중화는 언제 완료됩니까?")
        L.append(mk(dept + "장", head, clk.tick()) + f"{c.date.year + 1}년 상반기까지 {c.budget()}을 들여 완료하겠습니다.")
        L.append(mk("위원장", chair, clk.tick()) + "보고를 마치겠습니다. 자료는 회의 종료 후 회수하겠습니다.")
        return title, "\n".join(L), "위원회 회의록(비공개)", f"{c.council} {com}", ("nonpublic", [2])
    L.append(mk("위원장", chair, clk.tick()) + f"{com} 회의를 개의하겠습니다. 의사일정 제1항 {c.gu} {topic} 관련 조례안({c.bill()})을 상정합니다. "
             f"{dept}장 나오셔서 제안설명해 주시기 바랍니다.")
    L.append(mk(dept + "장", head, clk.tick()) + f"{dept}장 {head}입니다. 본 조례안은 {c.statute('local')}에 근거하여 {topic}에 필요한 사항을 정하려는 것으로, "
             f"소요 예산은 {c.budget()}입니다.")
    q = r.choice(mems)
    qa = r.choice([
        ("주민설명회는 몇 번 하셨습니까? 반대 의견은 어떻게 반영했는지 말씀해 주세요.",
         f"설명회는 {r.randint(2, 5)}회 개최하였고, 총 {r.randint(40, 300)}명이 참석하였습니다. 제출된 의견 {r.randint(5, 60)}건 중 {r.randint(1, 5)}건을 반영하였습니다."),
        ("부모님 세대 어르신들이 이용하시기에 불편함이 없도록 장애인 편의시설 기준은 지켰습니까?",
         f"「장애인·노인·임산부 등의 편의증진 보장에 관한 법률」에 따른 기준을 모두 충족하도록 설계하였고, 경사로와 승강기 {r.randint(1, 3)}대를 반영하였습니다."),
        ("당해 연도 집행 잔액이 얼마나 됩니까? 정비 예산이 중복 편성된 것 아닙니까?",
         "집행 잔액은 %s이며, 정비 예산은 유지관리 예산 %s과 구분하여 편성하였습니다." % c.budget2()),
    ])
    L.append(mk("위원", q, clk.tick()) + qa[0])
    L.append(mk(dept + "장", head, clk.tick()) + qa[1])
    if variant != "public":
        ref, g = c.person()
        ref_m = E("PERSON", ref)
        if r.random() < 0.5:
            univ = r.choice(UNIVS)
            L.append(mk("위원장", chair, clk.tick()) + f"참고인으로 {univ} {r.choice(['도시공학과', '교통공학과', '사회복지학과'])} {ref_m} 교수님을 모셨습니다. 의견 말씀해 주십시오.")
            L.append(mk("참고인", ref_m, clk.tick()) + f"{ref_m}입니다. 외국 사례를 보면 주민 협의 기간을 최소 6개월 이상 둡니다. 조례안 제{r.randint(3, 12)}조의 위원회 구성에 주민 대표를 포함하실 것을 권합니다.")
        else:
            L.append(mk("위원장", chair, clk.tick()) + f"방청석의 주민 {ref_m} 님께서 발언을 신청하셨습니다. 위원님들 이의 없으시면 3분간 발언 기회를 드리겠습니다.")
            L.append(mk("주민", ref_m, clk.tick()) + resident_speech(c, tk, ref, g, rich=r.random() < 0.8))
            L.append(mk("위원장", chair, clk.tick()) + chair_ack(c, g, ref_m) + f" {dept}에서는 오늘 중으로 연락드리십시오.")
        if r.random() < 0.4:
            L.append(mk("위원", r.choice(mems), clk.tick()) + f"지난번 민원 주신 {E('PERSON', c.person()[0])} 씨 건({E('ADDRESS', c.unit())})은 어떻게 처리됐습니까?")
            L.append(mk(dept[:-1] + "팀장", None, clk.tick()) + f"현장 확인 후 {fmt_date(c.date + dt.timedelta(days=r.randint(3, 20)), r.randint(0, 5))}까지 조치 결과를 회신하겠습니다.")
    else:
        L.append(mk("위원", r.choice(mems), clk.tick()) + f"김○○ 주민이 낸 민원도 있던데, 개인 사정이니 회의록에서는 언급하지 않겠습니다. 사업비 {c.budget()} 중 설계비 비중은 어떻게 됩니까?")
        L.append(mk(dept + "장", head, clk.tick()) + f"설계비는 {c.budget()}으로 약 {r.randint(5, 15)}% 수준입니다.")
    L.append(mk("위원장", chair, clk.tick()) + "더 질의하실 위원님 안 계십니까? (「없습니다」하는 위원 있음) 원안대로 가결되었음을 선포합니다.")
    return title, "\n".join(L), "위원회 회의록", f"{c.council} {com}", None


def L_free_speech(c, variant):
    """5분 자유발언 원고 (running prose, standalone)"""
    r = c.r
    mem = c.official()
    topic, tk = r.choice(TOPICS)
    title = r.choice([f"[5분 자유발언] {topic}, 주민의 목소리를 들어야 합니다", f"5분 자유발언 원고 - {mem} 의원({topic})",
                      f"{topic}에 관한 5분 자유발언"])
    L = [title, "", f"발언자: {mem} 의원({r.choice(c.dongs)}·{r.choice(c.dongs)})", f"발언일: {fmt_date(c.date, r.randint(0, 5))} 제{c.session}회 임시회 제{r.randint(1, 3)}차 본회의", ""]
    L.append(f"존경하는 {c.gu} 주민 여러분, 그리고 의장님과 동료 의원 여러분, {mem} 의원입니다.")
    L.append(f"저는 오늘 {topic}{J(topic, '을/를')} 위하여 반드시 짚어야 할 문제를 말씀드리겠습니다.")
    if variant != "public":
        p, g = c.person()
        pm = E("PERSON", p)
        L.append(r.choice([
            f"{r.choice(c.dongs)} {E('ADDRESS', c.unit())}에 사시는 {pm} 씨는 {r.randint(70, 91)}세의 홀몸 어르신입니다. {HJ(c, '으로/로')} "
            f"외출이 어려우신데, 지난겨울 보일러가 고장 나 {r.randint(3, 12)}일 동안 냉방에서 지내셨습니다.",
            f"{r.choice(SHOPS)} 사장 {pm} 님의 이야기를 전합니다. 공사 펜스가 가게 입구를 막은 지 {r.randint(2, 7)}개월, 손님이 끊겼습니다.",
            f"초등학교 {r.randint(1, 6)}학년인 {pm} 학생은 {HJ(c, '을/를', r.choice(['자폐성 장애', '뇌병변장애', '소아당뇨', 'ADHD 진단']))} 갖고 있어 통학로의 작은 턱 하나도 큰 위험이 됩니다.",
        ]))
        if g and r.random() < 0.6:
            L.append(f"{E('PERSON', g)} 님은 제게 \"의원님, 우리 같은 사람도 주민입니까?\"라고 물으셨습니다.")
        if r.random() < 0.3:
            L.append(f"(발언자 주: 당사자의 동의를 받아 실명을 밝힙니다. 문의 {E('PHONE', c.mobile())})")
    L.append(f"현재 구의 관련 예산은 {c.budget()}에 불과하며, {c.statute('local')}에서 정한 실태 조사는 {r.randint(2, 6)}년째 실시되지 않았습니다.")
    L.append(r.choice(["집행부에 세 가지를 요구합니다. 첫째, 전수 조사를 실시하십시오. 둘째, 안내 체계를 정비하십시오. 셋째, 유지관리 예산을 확보하십시오.",
                       "구청장께서는 장애인과 어르신, 부모 세대 모두가 안심할 수 있는 대책을 마련해 주시기 바랍니다."]))
    L.append("경청해 주셔서 감사합니다.")
    return title, "\n".join(L), "5분 자유발언", f"{c.council} 사무국 의사팀", None


def L_written_qa(c, variant):
    """서면질문 및 답변서 (letter/reply)"""
    r = c.r
    mem = c.official()
    mayor = c.official()
    dept = r.choice(DEPTS)
    head, staff = c.official(), c.official()
    topic, tk = r.choice(TOPICS)
    no = r.randint(1, 40)
    title = r.choice([f"{mem} 의원 서면질문({topic})에 대한 답변", f"서면질문 제{no}호 답변서", f"구정에 관한 서면질문 답변({dept})"])
    L = [title, ""]
    L.append(r.choice([f"수신  {c.council} 의장\n(경유)\n제목  {mem} 의원 서면질문에 대한 답변서 제출",
                       f"수 신: {c.council}의장\n제 목: 서면질문 답변서 송부"]))
    L.append("")
    L.append(f"1. {c.council} {c.docno()}({fmt_date(c.date - dt.timedelta(days=r.randint(10, 20)), r.randint(0, 5))})호와 관련입니다.")
    L.append(f"2. {c.statute('council')}에 따라 {mem} 의원이 제출한 서면질문에 대한 답변서를 붙임과 같이 제출합니다.")
    L.append("")
    L.append("■ 질문 요지")
    qtxt = f"  가. {topic} 추진 현황 및 향후 계획\n  나. 관련 민원 처리 현황"
    if variant != "public" and r.random() < 0.5:
        p, g = c.person()
        qtxt += f"\n  다. {E('PERSON', p)}(민원인, {E('ADDRESS', c.addr())}) 세대의 피해에 대한 구의 조치 계획"
    L.append(qtxt)
    L.append("")
    L.append("■ 답변")
    L.append(f"  가. 본 사업은 총사업비 %s(구비 %s)으로 {c.date.year}. {r.randint(1, 12)}. 착공 예정이며, 현재 실시설계 중입니다." % c.budget2())
    tot = r.randint(5, 90)
    done = r.randint(1, tot)
    L.append(f"  나. {c.date.year}년 접수된 관련 민원은 {tot}건으로, 처리 완료 {done}건, 처리 중 {tot - done}건입니다.")
    if variant != "public":
        p2, g2 = c.person()
        pm = E("PERSON", p2)
        L.append(r.choice([
            f"  다. 민원인 {pm} 님({E('PHONE', c.mobile())})께는 {fmt_date(c.date, r.randint(0, 5))} 담당 주무관이 방문하여 경위를 설명하였으며, "
            f"{HJ(c)}인 점을 고려하여 이동 지원 서비스를 연계하였습니다.",
            f"  다. 해당 세대({E('ADDRESS', c.unit())}, 세대주 {pm})에 대하여는 {r.choice(['긴급복지 생계지원', '주거급여 수선유지', '방문건강관리'])}를 연계하였습니다.",
            f"  다. {pm} 씨 소유 차량({E('VEHICLE_PLATE', c.plate())})에 부과된 과태료는 의견진술 절차를 거쳐 감경하였습니다.",
        ]))
    L.append("")
    L.append(f"붙임  서면질문 답변서 1부.  끝.")
    L.append("")
    L.append(f"{c.city} {c.gu}청장")
    L.append(f"주무관 {staff}  {dept[:-1]}팀장 {c.official()}  {dept}장 {head}  {fmt_date(c.date, 1)}")
    L.append(f"시행 {dept}-{r.randint(1000, 29999)} ({fmt_date(c.date, 0)})  우 {r.randint(3000, 8999):05d} {c.city} {c.gu} {c.hall} / {c.gu}청")
    L.append(f"전화 {c.office()}  전송 {c.office()}  / {c.gov_mail()} / 공개구분 {'공개' if variant == 'public' else '부분공개(6)'}")
    return strip(title), "\n".join(L), "서면질문 답변서", f"{c.gu} {dept}", None


def L_petition(c, variant):
    """청원서 / 청원 심사보고서 (key: value block)"""
    r = c.r
    intro = c.official()
    com = r.choice(COMMITTEES)
    topic, tk = r.choice(TOPICS)
    p, g = c.person()
    pm = E("PERSON", p)
    n_co = r.randint(12, 2400)
    single = variant == "single"
    sep = r.choice([": ", " : ", "\t", " | ", "  "])
    if single:
        hp = c.hp()
        title = f"{pm} 장애인 활동지원 급여 재판정 요청 청원"
    else:
        title = r.choice([f"{topic} 재검토 청원", f"{pm} 외 {n_co:,}명 {topic} 관련 청원", f"{topic}에 관한 청원(청원 제{r.randint(1, 30)}호)"])
    keys = r.choice([("청원인", "주소", "연락처", "소개의원"), ("청 원 인", "주    소", "전화번호", "소개 의원"), ("대표청원인", "거주지", "휴대전화", "소개의원")])
    L = [title, ""]
    L.append(f"접수번호{sep}{c.bill('petition')}")
    L.append(f"접수일자{sep}{fmt_date(c.date, r.randint(0, 5))}")
    L.append(f"{keys[0]}{sep}{pm}" + ("" if single else f" 외 {n_co:,}명"))
    if r.random() < 0.5:
        d, ds = c.birth()
        L.append(f"생년월일{sep}{E('BIRTH_DATE', ds)}")
    L.append(f"{keys[1]}{sep}{E('ADDRESS', c.addr())}")
    L.append(f"{keys[2]}{sep}{E('PHONE', c.mobile())}")
    if r.random() < 0.4:
        L.append(f"전자우편{sep}{E('EMAIL', c.email())}")
    if r.random() < 0.35:
        L.append(f"접수경로{sep}전자청원(접속 IP {E('IP_ADDRESS', c.ip())})")
    L.append(f"{keys[3]}{sep}{intro} 의원")
    L.append(f"회부위원회{sep}{com}(회부일 {fmt_date(c.date + dt.timedelta(days=3), r.randint(0, 5))})")
    L.append("")
    L.append("1. 청원 요지")
    if single:
        L.append(f"  청원인 {pm}{J(p, '은/는')} {HJ(c, '으로/로', hp)} {fmt_date(c.date - dt.timedelta(days=400), 0)}부터 활동지원 급여를 받아 왔으나, "
                 f"재판정 결과 급여량이 월 {r.randint(60, 120)}시간에서 {r.randint(20, 59)}시간으로 줄었음. 배우자 {E('PERSON', c.person()[0])}도 "
                 f"{HJ(c, '으로/로')} 돌봄이 불가능하여 재판정을 요청함.")
        L.append(f"  (첨부: 진단서, 장애인증명서, 소득금액증명 각 1부)")
    else:
        L.append(f"  {topic}{J(topic, '과/와')} 관련하여 주민 의견 수렴 없이 사업이 추진되고 있으므로 사업을 재검토하고 주민설명회를 다시 개최하여 줄 것.")
        if r.random() < 0.5:
            L.append(f"  특히 청원인은 {HJ(c, '으로/로')} {r.choice(['보행', '외출', '수면'])}에 어려움을 겪고 있음.")
        L.append(f"  서명부 {r.randint(20, 150)}매 첨부(서명자 명단은 비공개).")
    L.append("2. 소개의견")
    L.append(f"  {intro} 의원: 청원의 취지에 공감하며, {c.statute('council')}에 따라 위원회 심사를 요청함.")
    L.append("3. 검토의견(전문위원)")
    L.append(f"  관련 예산 %s 중 %s이 집행되었으며, 집행부({r.choice(DEPTS)}, ☎ {c.office()})는 보완 계획을 제출하였음." % c.budget2())
    L.append("4. 심사결과: " + r.choice(["채택(본회의 부의)", "본회의에 부의하지 아니하기로 함", "계속 심사"]))
    grade = ("nonpublic", [6]) if single else None
    return strip(title), "\n".join(L), "청원 심사보고서" if r.random() < 0.5 else "청원서", f"{c.council} {com}", grade


def L_hearing(c, variant):
    """공청회 회의록: residents speaking"""
    r = c.r
    mk, st = marker_fn(r)
    clk = Clock(r)
    topic, tk = r.choice(TOPICS)
    chairm = c.official()
    prof, _ = c.person()
    title = r.choice([f"{topic} 주민 공청회 회의록", f"{c.council} {r.choice(COMMITTEES)} 공청회 결과 ({topic})",
                      f"「{topic}」 공청회 속기록"])
    L = [title, ""]
    L.append(f"▣ 일시: {fmt_date(c.date, r.randint(0, 5))} {clk.t:%H:%M}~  ▣ 장소: {c.gu}청 {r.choice(['대강당', '기획상황실', '2층 소회의실'])}({c.gu} {c.hall})")
    L.append(f"▣ 주최: {c.council} {r.choice(COMMITTEES)}(위원장 {chairm})  ▣ 문의: 의사팀 {c.office()}, {c.gov_mail()}")
    L.append(f"▣ 좌장: {E('PERSON', prof)} ({r.choice(UNIVS)} 교수)")
    L.append("")
    L.append(mk("위원장", chairm, clk.tick()) + f"바쁘신 가운데 참석해 주신 주민 여러분께 감사드립니다. 오늘 공청회는 {c.statute('council')}에 따라 개최하며, 발언 시간은 1인 3분입니다.")
    L.append(mk("좌장", E("PERSON", prof), clk.tick()) + "그럼 사전에 발언을 신청하신 순서대로 진행하겠습니다.")
    for i in range(r.randint(2, 4)):
        p, g = c.person()
        pm = E("PERSON", p)
        role = r.choice(["진술인", "주민", "발언자", "방청인"])
        style = r.random()
        if style < 0.15:
            who = c.masked()
            L.append(f"[{who}] " + resident_speech(c, tk, who, None, rich=r.random() < 0.5, masked=True))
            continue
        if style < 0.35:
            prefix = f"{i + 1}) {role} {pm}({r.choice(c.dongs)}, {r.choice(['자영업', '세입자', '주부', '회사원', '무직', '통장'])}) : "
        else:
            prefix = mk(role, pm, clk.tick())
        L.append(prefix + resident_speech(c, tk, p, g, rich=True))
        L.append(mk("좌장", E("PERSON", prof), clk.tick()) + chair_ack(c, g, pm))
    dept = r.choice(DEPTS)
    L.append(mk(dept + "장", c.official(), clk.tick()) + f"{dept}장입니다. 말씀하신 내용은 검토하여 사업계획에 반영하겠습니다. 총사업비 {c.budget()} 중 주민 편의시설 예산을 별도로 확보하겠습니다.")
    L.append(mk("위원장", chairm, clk.tick()) + f"이상으로 공청회를 마칩니다. 추가 의견은 {fmt_date(c.date + dt.timedelta(days=14), r.randint(0, 5))}까지 의회 홈페이지 또는 ☎{c.office()}로 제출해 주십시오.")
    return strip(title), "\n".join(L), "공청회 회의록", f"{c.council} 사무국 의사팀", None


def _table(r, header, rows, style):
    if style == "pipe":
        out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        out += ["| " + " | ".join(x) + " |" for x in rows]
        return "\n".join(out)
    if style == "tab":
        return "\n".join(["\t".join(header)] + ["\t".join(x) for x in rows])
    if style == "box":
        w = [max(len(strip(h)), *(len(strip(x[i])) for x in rows)) + 1 for i, h in enumerate(header)]
        pad = lambda s, n: s + " " * (n - len(strip(s)))
        top = "┌" + "┬".join("─" * n for n in w) + "┐"
        mid = "├" + "┼".join("─" * n for n in w) + "┤"
        bot = "└" + "┴".join("─" * n for n in w) + "┘"
        line = lambda xs: "│" + "│".join(pad(x, n) for x, n in zip(xs, w)) + "│"
        return "\n".join([top, line(header), mid] + [line(x) for x in rows] + [bot])
    # ascii / plus-minus
    w = [max(len(strip(h)), *(len(strip(x[i])) for x in rows)) + 1 for i, h in enumerate(header)]
    pad = lambda s, n: s + " " * (n - len(strip(s)))
    sepl = "+" + "+".join("-" * n for n in w) + "+"
    line = lambda xs: "|" + "|".join(pad(x, n) for x, n in zip(xs, w)) + "|"
    return "\n".join([sepl, line(header), sepl] + [line(x) for x in rows] + [sepl])


def L_witness(c, variant):
    """행정사무감사 증인·참고인 명단 (table)"""
    r = c.r
    com = r.choice(COMMITTEES)
    chair = c.official()
    style = r.choice(["pipe", "box", "tab", "ascii"])
    title = f"{c.date.year}년도 {com} 행정사무감사 증인·참고인 {r.choice(['출석요구 명단', '채택의 건', '명단'])}"
    H = r.choice([["구분", "성명", "소속 및 직위", "신문 요지", "출석일"], ["연번", "구분", "이름", "소속/직", "요구사항", "일자"],
                  ["구분", "성 명", "직 위", "감사 사항", "출석요구일시"]])
    rows = []
    n = 0
    only_officials = variant == "public"
    for _ in range(r.randint(2, 4)):
        n += 1
        dept = r.choice(DEPTS)
        rows.append(["증인", c.official(), f"{c.gu} {dept}장", r.choice(["위탁사업 관리·감독 소홀", "예산 이월 및 불용", "공사 설계변경 경위"])])
    if not only_officials:
        for _ in range(r.randint(1, 3)):
            comp, bno = r.choice(COMPANIES)
            rows.append(["증인", E("PERSON", c.person()[0]), f"{comp} {r.choice(['대표이사', '현장소장', '사무국장', '시설장'])}", r.choice(["민간위탁 운영비 정산", "하도급 대금 지급 지연", "시설 안전점검 결과"])])
        for _ in range(r.randint(1, 2)):
            if r.random() < 0.5:
                rows.append(["참고인", E("PERSON", c.person()[0]), f"{r.choice(UNIVS)} 교수", "사업 타당성에 대한 전문가 의견"])
            else:
                rows.append(["참고인", E("PERSON", c.person()[0]), f"{r.choice(c.dongs)} 주민(민원 제기인)", "피해 경위 진술"])
    r.shuffle(rows)
    dd = c.date
    body_rows = []
    for i, x in enumerate(rows, 1):
        day = fmt_date(dd + dt.timedelta(days=r.randint(0, 6)), r.randint(0, 5))
        if len(H) == 6:
            body_rows.append([str(i), x[0], x[1], x[2], x[3], day])
        else:
            body_rows.append([x[0], x[1], x[2], x[3], day])
    L = [title, ""]
    L.append(f"{r.choice(['□', '■', '1.'])} 근거: 「지방자치법」 제49조 및 「{c.city} {c.gu} 행정사무감사 및 조사에 관한 조례」 제{r.randint(5, 15)}조")
    L.append(f"{r.choice(['□', '■', '2.'])} 감사기간: {fmt_date(dd, 0)} ~ {fmt_date(dd + dt.timedelta(days=8), 0)} ({r.randint(7, 9)}일간)")
    L.append(f"{r.choice(['□', '■', '3.'])} 명단")
    L.append(_table(r, H, body_rows, style))
    grade = None
    if variant == "trade":
        comp, bno = r.choice(COMPANIES)
        L.append(f"※ 참고자료: {comp}(사업자등록번호 {bno}, 대표전화 1588-{r.randint(1000, 9999)}) 제출 원가계산서 및 단가 산출 내역(영업비밀 표시)")
        L.append(f"   - 원자재 단가 {c.budget()}/톤, 협력사별 납품 단가, 공정 특허 출원 전 기술자료 포함 — 열람은 위원에 한함")
        grade = ("nonpublic", [7])
    elif variant == "probe":
        L.append(f"※ 위 증인 중 일부는 {r.choice(['서울중앙지방검찰청', '서울경찰청 반부패수사대', '관할 경찰서'])}의 수사를 받고 있어 신문 사항 및 명단은 수사 종결 시까지 비공개함.")
        L.append(f"   (관련 사건: {fmt_date(dd - dt.timedelta(days=r.randint(30, 200)), 0)} 발생 {r.choice(['보조금 부정수급', '공사 입찰 담합', '위탁시설 횡령'])} 의혹)")
        grade = ("nonpublic", [4])
    L.append("")
    L.append(f"{r.choice(['※', '*'])} 증인·참고인은 출석요구서 수령 후 불출석 시 「지방자치법」 제49조제5항에 따라 과태료(500만원 이하)가 부과될 수 있음.")
    L.append(f"{com} 위원장 {chair}   (문의: 의사팀 {c.office()})")
    return title, "\n".join(L), "행정사무감사 증인·참고인 명단", f"{c.council} {com}", grade


def L_english(c, variant):
    """English summary for foreign residents"""
    r = c.r
    topic, tk = r.choice(TOPICS)
    chairn = c.official()
    d = c.date
    dstr = r.choice([f"{d:%d %B %Y}", f"{d:%B} {d.day}, {d.year}", f"{d:%Y-%m-%d}", f"{d.day}.{d.month}.{d.year}"])
    title = r.choice([f"{c.council} - English summary of the public hearing ({topic})",
                      f"[For foreign residents] Summary of council proceedings, {dstr}"])
    gu_en = {"마포구": "Mapo-gu", "은평구": "Eunpyeong-gu", "성북구": "Seongbuk-gu", "강서구": "Gangseo-gu", "관악구": "Gwanak-gu",
             "동작구": "Dongjak-gu", "노원구": "Nowon-gu", "중랑구": "Jungnang-gu", "구로구": "Guro-gu", "영등포구": "Yeongdeungpo-gu"}[c.gu]
    rom = lambda nm: nm  # council members written in Hangul + role
    L = [title, "", f"{gu_en} District Council | Secretariat, Proceedings Team | Tel. {c.office()} | {c.gov_mail()}", ""]
    L.append(f"On {dstr} the council held a public hearing on {EN_TOPIC[tk]}. The chair, Councillor {rom(chairn)} (위원장), opened the meeting "
             f"under Article {r.choice([47, 49, 75])} of the Local Autonomy Act. The project budget is KRW {r.randint(100, 9000):,} million.")
    if variant != "public":
        for _ in range(r.randint(1, 3)):
            ko, la, short = r.choice(FOREIGN)
            if ko in c.used:
                continue
            c.used.add(ko)
            nm = la if r.random() < 0.7 else ko
            pr = "her" if short.startswith("Ms") else "his"
            he = "she" if short.startswith("Ms") else "he"
            s = r.choice([
                f"{E('PERSON', nm)}, a resident of {E('ADDRESS', r.choice(['Flat ', 'Unit ', 'No. ']) + str(r.randint(1, 12)) + '0' + str(r.randint(1, 4)))} in {r.choice(c.dongs)}, said the works block {pr} shop entrance. "
                f"{E('PERSON', short)} asked for a reply at {E('PHONE', c.mobile())}.",
                f"{E('PERSON', nm)} (alien registration no. {E('KR_FRN', c.frn())}) explained that {he} has {E('HEALTH_INFO', r.choice(['diabetes', 'asthma', 'a heart condition', 'kidney disease']))} "
                f"and cannot walk to the new bus stop.",
                f"{E('PERSON', nm)} spoke through an interpreter. {he.capitalize()} lives at {E('ADDRESS', c.addr())} with two children and asked for multilingual notices.",
                f"{E('PERSON', nm)} wrote in by e-mail ({E('EMAIL', c.email())}) to support the plan.",
                f"{E('PERSON', nm)} (passport {E('KR_PASSPORT', c.passport())}, staying on a D-2 visa) asked whether students can attend the next hearing. {E('PERSON', short)} can be reached at {E('PHONE', c.mobile())}.",
                f"{E('PERSON', short)} from {r.choice(c.dongs)} said {pr} son, who has {E('HEALTH_INFO', r.choice(['autism', 'epilepsy', 'cerebral palsy']))}, crosses the road twice a day.",
            ])
            L.append(s)
        if r.random() < 0.5:
            p, g = c.person()
            if p not in [f[0] for f in FOREIGN]:
                L.append(f"A Korean neighbour, {E('PERSON', p)}, supported the request and mentioned that a family member of theirs is {E('HEALTH_INFO', r.choice(['a wheelchair user', 'in dialysis treatment', 'recovering from a stroke']))}.")
        if r.random() < 0.3:
            L.append(f"The interpreter at the hearing was {E('PERSON', r.choice(FOREIGN)[1])}, paid under the council's fee rules.")
    else:
        L.append(f"No individual statements are reproduced in this summary. {r.randint(12, 80)} residents attended; {r.randint(3, 12)} spoke.")
    L.append(f"The district office ({r.choice(DEPTS)}) replied that opinions will be reviewed by {fmt_date(d + dt.timedelta(days=30), 1)}. "
             f"Questions: Foreign Residents Support Centre, 02-{r.randint(2000, 2999)}-{r.randint(1000, 9999)}, or the Dasan call centre 120.")
    body = "\n".join(L)
    return title, body, "English summary", f"{c.council} 사무국", None


def L_speaker_register(c, variant):
    """공청회 발언 신청자 / 참고인 수당 지급 명세 (tab or pipe)"""
    r = c.r
    pay = r.random() < 0.45
    style = r.choice(["tab", "pipe", "ascii", "box"])
    topic, tk = r.choice(TOPICS)
    if pay:
        title = f"{c.date.year}년 {c.date.month}월 공청회·간담회 참석 수당 지급 내역"
        H = r.choice([["연번", "성명", "구분", "주민등록번호", "은행", "계좌번호", "지급액"], ["No", "수령인", "자격", "생년월일-성별", "금융기관", "예금계좌", "금액(원)"]])
        rows = []
        for i in range(r.randint(3, 6)):
            p = c.person()[0]
            role = r.choice(["좌장", "토론자", "진술인(전문가)", "통역"])
            if r.random() < 0.2:
                ko, la, _ = r.choice(FOREIGN)
                p, role = r.choice([ko, la]), r.choice(["통역", "통역(베트남어)", "토론자"])
                idv = r.choice([E("KR_FRN", c.frn()), E("KR_PASSPORT", c.passport()) + "(여권)"])
            else:
                idv = E("KR_RRN", c.rrn())
            rows.append([str(i + 1), E("PERSON", p), role, idv,
                         r.choice(BANKS), E("BANK_ACCOUNT", c.account()), f"{r.choice([100000, 150000, 200000, 250000]):,}"])
        L = [title, "", f"근거: 「{c.city} {c.gu}의회 위원회 수당 등 지급 조례」 제{r.randint(3, 8)}조", f"공청회명: {topic} 공청회({fmt_date(c.date, r.randint(0, 5))})", ""]
        L.append(_table(r, H, rows, style))
        L.append("")
        L.append(f"합계 {len(rows)}명, 예산과목: 의회운영 업무추진비(일반운영비) / 담당 의사팀 주무관 {c.official()} ☎{c.office()}")
        return title, "\n".join(L), "수당 지급 명세", f"{c.council} 사무국 의사팀", None
    title = f"{topic} 공청회 발언 신청자 명부"
    H = r.choice([["연번", "성명", "거주지", "연락처", "발언요지"], ["순번", "신청인", "주소(동·호)", "전화", "의견"], ["No.", "이름", "사는 곳", "휴대폰", "요지"]])
    rows = []
    for i in range(r.randint(3, 7)):
        p, g = c.person()
        where = E("ADDRESS", c.unit()) if r.random() < 0.4 else (E("ADDRESS", c.addr()) if r.random() < 0.5 else r.choice(c.dongs))
        ph = E("PHONE", c.mobile()) if r.random() < 0.85 else "(미기재)"
        gist = r.choice(["찬성", "반대 - 소음", "보상 요구", "주차 대책", "일정 연기 요청", "반대 - 건강 문제(" + HJ(c) + ")"])
        rows.append([str(i + 1), E("PERSON", p), where, ph, gist])
    L = [title, "", f"접수기간: {fmt_date(c.date - dt.timedelta(days=10), 0)} ~ {fmt_date(c.date - dt.timedelta(days=3), 0)}  (접수처: {c.council} 의사팀, {c.office()})", ""]
    L.append(_table(r, H, rows, style))
    L.append("")
    L.append("※ 본 명부는 발언 순서 결정을 위하여만 사용하며, 공개 시 개인정보는 가림 처리함.")
    return title, "\n".join(L), "발언신청자 명부", f"{c.council} 사무국 의사팀", None


def L_agenda(c, variant):
    """의사일정·안건 처리 현황 (public)"""
    r = c.r
    style = r.choice(["pipe", "tab", "bullets", "box"])
    title = f"제{c.session}회 {c.council} {r.choice(['임시회', '정례회'])} 의사일정 및 안건 처리 결과"
    L = [title, "", f"회기: {fmt_date(c.date, 0)} ~ {fmt_date(c.date + dt.timedelta(days=r.randint(6, 20)), 0)}", f"의장 {c.official()} / 부의장 {c.official()}", ""]
    rows = []
    for i in range(r.randint(4, 8)):
        topic, tk = r.choice(TOPICS)
        kind = r.choice(["조례안", "동의안", "예산안", "결의안", "의견제시의 건"])
        prop = r.choice([f"{c.official()} 의원 외 {r.randint(2, 9)}인", "구청장", f"{r.choice(COMMITTEES)}"])
        res = r.choice(["원안가결", "수정가결", "보류", "부결", "채택"])
        rows.append([r.choice([f"제{r.randint(100, 1800)}호", f"{c.date.year}-{r.randint(1, 150):03d}", str(r.randint(100, 1800))]), f"{c.gu} {topic} {kind}", prop, res, c.budget() if kind == "예산안" else "-"])
    if style == "bullets":
        for x in rows:
            L.append(f"{r.choice(['○', '-', '·'])} [{x[0]}] {x[1]} (제안: {x[2]}) → {x[3]}" + (f", 총액 {x[4]}" if x[4] != "-" else ""))
    else:
        L.append(_table(r, ["의안번호", "안건명", "제안자", "처리결과", "금액"], rows, "ascii" if style == "box" and r.random() < 0.5 else style))
    L.append("")
    L.append(f"※ 관련 근거: {c.statute()}, {c.statute()}")
    L.append(f"※ 회의록은 의회 홈페이지에 게재되며, 문의는 의사팀({c.office()}, {c.gov_mail()})으로 하시기 바랍니다.")
    L.append(f"의회청사: {c.city} {c.gu} {c.hall} {c.gu}의회 (우 {r.randint(3000, 8999):05d})")
    return title, "\n".join(L), "의사일정", f"{c.council} 사무국 의사팀", ("public", [])


def L_memo(c, variant):
    """의회사무국 민원 접수 메모 / 의원 민원 전달 메모"""
    r = c.r
    mem = c.official()
    staff = c.official()
    p, g = c.person()
    pm = E("PERSON", p)
    topic, tk = r.choice(TOPICS)
    title = r.choice(["민원 전달 메모", f"[메모] {mem} 의원실 접수 민원 전달", "의원 상담 민원 처리 요청"])
    bul = r.choice(["-", "·", "○", "▷"])
    L = [title, "", f"받는 곳: {r.choice(DEPTS)}장   보내는 곳: {c.council} {mem} 의원(의원실 ☎{c.office()})", f"작성: 의사팀 주무관 {staff} / {fmt_date(c.date, r.randint(0, 5))}", ""]
    L.append(f"{bul} 민원인: {pm}" + (f" ({E('PERSON', g)} 님으로 불러 달라고 함)" if g and r.random() < 0.3 else ""))
    L.append(f"{bul} 주소: {E('ADDRESS', c.addr())}")
    if r.random() < 0.2:
        L.append(f"{bul} 접수: 의회 홈페이지 '의원에게 바란다'(작성 IP {E('IP_ADDRESS', c.ip())}, {fmt_date(c.date, 1)} {r.randint(8, 23)}:{r.randint(0, 59):02d})")
    L.append(f"{bul} 연락처: {E('PHONE', c.mobile())}" + (f", 자택 {E('PHONE', c.home())}" if r.random() < 0.3 else ""))
    if r.random() < 0.4:
        L.append(f"{bul} 차량: {E('VEHICLE_PLATE', c.plate())}")
    L.append(f"{bul} 내용: {topic} 관련 — " + r.choice([
        f"{HJ(c, '으로/로')} 거동이 불편하여 구청 방문이 어렵다고 함. 방문 상담 희망.",
        "공사 소음으로 가게 영업에 지장. 피해 보상 절차 문의.",
        f"이웃 {E('PERSON', c.person()[0])} 씨와 주차 문제로 다툼이 잦음. 중재 요청.",
    ]))
    L.append(f"{bul} 요청: {fmt_date(c.date + dt.timedelta(days=7), r.randint(0, 5))}까지 처리 결과를 의원실로 회신 바랍니다(회신처 {c.gov_mail()}).")
    if variant == "internal":
        L.append(f"{bul} 비고: 위 민원은 현재 {r.choice(['감사담당관 조사', '구 인사위원회 심의'])} 중인 사안과 연관되어 있으므로 결론 전 외부 공개 금지.")
        return strip(title), "\n".join(L), "메모", f"{c.council} 사무국 의사팀", ("nonpublic", [5, 6])
    return strip(title), "\n".join(L), "메모", f"{c.council} 사무국 의사팀", None


def L_ethics(c, variant):
    """윤리특별위원회 징계 심사 (closed) — member as subject of a personal matter is PERSON"""
    r = c.r
    mk, st = marker_fn(r)
    clk = Clock(r)
    chair = c.official()
    subj = c.official()
    sm = E("PERSON", subj)
    mems = [c.official() for _ in range(3)]
    adv, _ = c.person()
    title = f"제{c.session}회 {c.council} 윤리특별위원회 회의록(비공개) — 의원 징계요구의 건"
    L = [title, "", f"일시: {fmt_date(c.date, r.randint(0, 5))} {clk.t:%H:%M}", f"출석위원: {chair}(위원장), " + ", ".join(mems),
         f"윤리심사자문위원: {E('PERSON', adv)}(변호사)", ""]
    L.append(mk("위원장", chair, clk.tick()) + f"{c.bill()} 징계대상 의원 {sm}에 대한 징계요구의 건을 상정합니다. 본 안건은 「지방자치법」 제98조에 따라 비공개로 심사합니다.")
    L.append(mk("위원", r.choice(mems), clk.tick()) + f"징계대상자 {sm} 의원은 {fmt_date(c.date - dt.timedelta(days=r.randint(20, 90)), 0)} 회식 자리에서 사무국 직원에게 폭언을 한 사실이 있습니까?")
    L.append(f"○징계대상자 {sm}  " + r.choice([f"당시 {HJ(c, '이어서/여서', r.choice(['공황장애', '우울증 치료 중', '불면증 약물 복용']))} 감정 조절이 어려웠습니다. 피해 직원께 사과드립니다.",
                                                "사실관계 일부가 다릅니다. 소명자료를 추가로 제출하겠습니다."]))
    L.append(mk("자문위원", E("PERSON", adv), clk.tick()) + "자문위원회는 출석정지 30일을 권고하였습니다.")
    L.append(mk("위원장", chair, clk.tick()) + "심사는 다음 회의에서 계속하겠습니다. 오늘 회의록은 의결 전까지 공개하지 않습니다.")
    return strip(title), "\n".join(L), "윤리특별위원회 회의록", f"{c.council} 윤리특별위원회", ("nonpublic", [5, 6])


LAYOUTS = [
    (L_plenary, 12, [("public", 0.2)]),
    (L_committee, 12, [("public", 0.3), ("security", 0.1)]),
    (L_free_speech, 8, [("public", 0.25)]),
    (L_written_qa, 9, [("public", 0.25)]),
    (L_petition, 10, [("single", 0.3)]),
    (L_hearing, 12, []),
    (L_witness, 10, [("public", 0.3), ("trade", 0.15), ("probe", 0.15)]),
    (L_english, 7, [("public", 0.2)]),
    (L_speaker_register, 8, []),
    (L_agenda, 6, []),
    (L_memo, 7, [("internal", 0.25)]),
    (L_ethics, 4, []),
]


def make_doc(rnd, seed, i):
    c = Ctx(rnd)
    fn = rnd.choices([x[0] for x in LAYOUTS], weights=[x[1] for x in LAYOUTS])[0]
    variants = dict((f, v) for f, _, v in LAYOUTS)[fn]
    variant = None
    x = rnd.random()
    acc = 0
    for v, p in variants:
        acc += p
        if x < acc:
            variant = v
            break
    title, body, doc_type, dept, grade = fn(c, variant)
    title = strip(title) if S in title else title
    if not strip(body).startswith(title):
        body = title + "\n\n" + body
    text, ents = render(body)
    if grade is None:
        grade = ("partial", [6]) if ents else ("public", [])
    if grade[0] == "public":
        assert not ents, (fn.__name__, variant, ents)
    drafter = c.official()
    approver = c.official()
    return {"id": f"{FAM}-{seed}-{i}", "lang": "en" if fn is L_english else "ko", "title": title, "department": dept,
            "doc_type": doc_type, "approved_at": c.date.isoformat(), "drafter": drafter, "approver": approver,
            "approver_rank": rnd.choice(["의사팀장", "사무국장", "전문위원", "과장"]) if "의회" in dept else rnd.choice(["과장", "국장"]),
            "text": text, "entities": ents, "grade": grade[0], "grounds": grade[1], "layout": fn.__name__[2:]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    docs = [make_doc(rnd, a.seed, i) for i in range(a.n)]
    for d in docs:
        for e in d["entities"]:
            assert d["text"][e["start"]:e["end"]] == e["text"]
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            d = {k: v for k, v in d.items() if k != "layout"}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
