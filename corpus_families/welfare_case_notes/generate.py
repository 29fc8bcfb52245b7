#!/usr/bin/env python3
"""Generator for the `welfare_case_notes` family: district welfare work documents
(통합사례관리 회의록, 긴급지원 결정 통지, 기초생활수급 책정 결과, 위기가구 발굴 보고,
돌봄 서비스 연계 의뢰서, 장학금·후원금 지급 명단, 무료 급식 대상자 현황, 고독사 예방
방문 기록, 장애인 활동지원 변경, 노인 맞춤돌봄 배정표) with gold PII spans.

Standard library only, deterministic:  python3 generate.py --n 200 --seed 1 --out docs.jsonl
"""
import argparse
import json
import random
import re
import unicodedata

FAMILY = "welfare_case_notes"

# ----------------------------------------------------------------------------
# fragments: list of (text, label-or-None)
# ----------------------------------------------------------------------------


def E(s, label):
    return [(s, label)]


def F(*parts):
    out = []
    for p in parts:
        if p is None:
            continue
        if isinstance(p, str):
            out.append((p, None))
        else:
            out.extend(p)
    return out


def T(template, **kw):
    """template with {key} slots; values are str or fragments."""
    out = []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", template):
        out.append((template[pos:m.start()], None))
        v = kw[m.group(1)]
        out.extend(F(v))
        pos = m.end()
    out.append((template[pos:], None))
    return [x for x in out if x[0]]


def ftext(f):
    return "".join(s for s, _ in f)


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def fwidth(f):
    return dwidth(ftext(f))


def JOIN(sep, frags):
    out = []
    for i, f in enumerate(frags):
        if i:
            out.append((sep, None))
        out.extend(F(f))
    return out


# ----------------------------------------------------------------------------
# Korean particles
# ----------------------------------------------------------------------------

def has_batchim(word):
    w = word.strip()
    if not w:
        return False
    c = w[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    if c.isdigit():
        return c in "013678"
    return False


def rieul(word):
    c = word.strip()[-1]
    return "가" <= c <= "힣" and (ord(c) - 0xAC00) % 28 == 8


def J(word, kind):
    b = has_batchim(word)
    if kind == "은":
        return "은" if b else "는"
    if kind == "이":
        return "이" if b else "가"
    if kind == "을":
        return "을" if b else "를"
    if kind == "과":
        return "과" if b else "와"
    if kind == "으로":
        return "으로" if b and not rieul(word) else "로"
    if kind == "이다":
        return "이다" if b else "다"
    return ""


# ----------------------------------------------------------------------------
# vocabularies
# ----------------------------------------------------------------------------

SURNAMES = ("김김김김김이이이이박박박최최정정강조윤장임한오서신권황안송전홍유고문양손배백허남심노"
            "하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹"
            "제모탁국어은편용예경봉사부복태목형피두감음빈동온호범좌")
RARE2 = ["남궁", "독고", "사공", "황보", "제갈", "선우", "서문", "동방"]
GIVEN_F = ["영희", "순자", "경숙", "명숙", "정희", "미경", "은정", "수진", "지영", "혜진", "옥순", "말순",
           "복례", "순례", "금자", "영자", "정순", "춘자", "미란", "현주", "서연", "하윤", "지우", "수아",
           "하은", "민서", "예린", "소율", "채원", "다온", "유나", "가은", "보람", "미숙", "선희", "애자"]
GIVEN_M = ["영수", "철수", "재석", "동환", "대성", "민준", "서준", "도윤", "예준", "시우", "하준", "주원",
           "정호", "성민", "광수", "만복", "기철", "용팔", "상철", "병곤", "종구", "태식", "경환", "진우",
           "현우", "건우", "우진", "지호", "승민", "동욱", "창호", "석진", "덕배", "봉수", "판석", "윤기"]
GIVEN_KID_F = ["서연", "하윤", "지우", "수아", "하은", "민서", "예린", "소율", "채원", "다온", "유나", "가은", "서아", "지안", "아린"]
GIVEN_KID_M = ["민준", "서준", "도윤", "예준", "시우", "하준", "주원", "지호", "건우", "우진", "현우", "이안", "은호", "시윤", "로운"]
GIVEN_1 = ["훈", "별", "솔", "찬", "현", "준", "혁", "결", "담", "윤", "빈", "슬"]
HANJA = [("洪在錫", "홍재석", "M"), ("金英洙", "김영수", "M"), ("李順子", "이순자", "F"), ("朴明淑", "박명숙", "F"),
         ("崔東煥", "최동환", "M"), ("鄭美京", "정미경", "F"), ("姜大成", "강대성", "M"), ("尹貞姬", "윤정희", "F"),
         ("張春子", "장춘자", "F"), ("韓光洙", "한광수", "M"), ("吳福禮", "오복례", "F"), ("宋基哲", "송기철", "M")]
FOREIGN = [("응우옌 티 란", "NGUYEN THI LAN", "베트남", "F"), ("쩐 반 훙", "TRAN VAN HUNG", "베트남", "M"),
           ("팜 티 호아", "PHAM THI HOA", "베트남", "F"), ("왕웨이", "WANG WEI", "중국", "M"),
           ("리우팡", "LIU FANG", "중국", "F"), ("마리아 산토스", "MARIA SANTOS", "필리핀", "F"),
           ("나스린 악테르", "NASRIN AKTER", "방글라데시", "F"), ("사이다 카리모바", "SAIDA KARIMOVA", "우즈베키스탄", "F"),
           ("알리나 김", "ALINA KIM", "우즈베키스탄", "F"), ("바트바야르 강바트", "BATBAYAR GANBAT", "몽골", "M"),
           ("솜폰 차이야", "SOMPHON CHAIYA", "태국", "M"), ("누르 아이다", "NUR AIDA", "인도네시아", "F")]

# municipality context: name, short, city, dongs, roads, office address, office phone prefix, domain
MUNIS = [
    ("관악구", "서울특별시", ["신림동", "봉천동", "남현동"], ["신림로", "봉천로", "남부순환로", "관악로", "난곡로"],
     "서울특별시 관악구 관악로 145", "02-879", "gwanak.go.kr"),
    ("중랑구", "서울특별시", ["면목동", "중화동", "묵동", "망우동"], ["면목로", "망우로", "동일로", "용마산로"],
     "서울특별시 중랑구 봉화산로 179", "02-2094", "jungnang.go.kr"),
    ("강서구", "서울특별시", ["화곡동", "등촌동", "방화동"], ["화곡로", "까치산로", "강서로", "방화대로"],
     "서울특별시 강서구 화곡로 302", "02-2600", "gangseo.seoul.kr"),
    ("노원구", "서울특별시", ["상계동", "중계동", "월계동"], ["동일로", "노해로", "한글비석로", "덕릉로"],
     "서울특별시 노원구 노해로 437", "02-2116", "nowon.kr"),
    ("은평구", "서울특별시", ["불광동", "응암동", "역촌동", "수색동"], ["통일로", "은평로", "연서로", "응암로"],
     "서울특별시 은평구 은평로 195", "02-351", "ep.go.kr"),
    ("금천구", "서울특별시", ["독산동", "시흥동", "가산동"], ["시흥대로", "독산로", "금하로", "벚꽃로"],
     "서울특별시 금천구 시흥대로73길 70", "02-2627", "geumcheon.go.kr"),
    ("강북구", "서울특별시", ["수유동", "미아동", "번동", "우이동"], ["도봉로", "삼양로", "한천로", "솔매로"],
     "서울특별시 강북구 도봉로89길 13", "02-901", "gangbuk.go.kr"),
    ("동대문구", "서울특별시", ["제기동", "청량리동", "이문동", "장안동"], ["왕산로", "천호대로", "이문로", "한천로"],
     "서울특별시 동대문구 천호대로 145", "02-2127", "ddm.go.kr"),
    ("영등포구", "서울특별시", ["대림동", "신길동", "도림동"], ["도림로", "대림로", "신길로", "가마산로"],
     "서울특별시 영등포구 당산로 123", "02-2670", "ydp.go.kr"),
    ("성북구", "서울특별시", ["정릉동", "길음동", "장위동", "석관동"], ["정릉로", "보국문로", "장월로", "화랑로"],
     "서울특별시 성북구 보문로 168", "02-2241", "sb.go.kr"),
    ("단원구", "경기도 안산시", ["원곡동", "선부동", "와동"], ["원곡로", "중앙대로", "선부광장로"],
     "경기도 안산시 단원구 화랑로 387", "031-481", "iansan.net"),
    ("원미구", "경기도 부천시", ["심곡동", "원미동", "춘의동"], ["부일로", "소사로", "원미로"],
     "경기도 부천시 원미구 길주로 210", "032-625", "bucheon.go.kr"),
]

DEPTS = ["복지정책과", "희망복지지원과", "복지정책과 통합사례관리팀", "노인복지과", "장애인복지과",
         "생활보장과", "아동청소년과", "돌봄복지과", "복지지원과"]
OFFICIAL_RANKS = ["주무관", "주무관", "주무관", "팀장", "과장", "동장", "사회복지주사", "복지플래너",
                  "통합사례관리사", "사례관리자"]
STATUTES = [
    ("「긴급복지지원법」", ["제5조", "제7조", "제9조", "제10조", "제13조"]),
    ("「국민기초생활 보장법」", ["제7조", "제8조", "제12조", "제27조", "제29조"]),
    ("「사회보장급여의 이용ㆍ제공 및 수급권자 발굴에 관한 법률」", ["제12조의2", "제41조", "제42조의2"]),
    ("「장애인활동 지원에 관한 법률」", ["제5조", "제7조", "제16조", "제20조"]),
    ("「노인복지법」", ["제27조의2", "제23조의2"]),
    ("「고독사 예방 및 관리에 관한 법률」", ["제6조", "제11조", "제12조"]),
    ("「아동복지법」", ["제35조", "제4조"]),
]
COMPANIES = ["(주)한빛식품", "(주)대한에너지", "㈜새벽유통", "(주)하늘건설", "우리가스(주)", "(주)푸른제약",
             "동네마트협동조합", "(주)세움테크", "(주)다온물산", "한결회계법인"]
ORGS = ["○○종합사회복지관", "사회복지법인 늘푸른복지재단", "지역자활센터", "정신건강복지센터",
        "노인맞춤돌봄 수행기관 ○○노인복지관", "치매안심센터", "지역아동센터", "사회복지공동모금회",
        "건강가정지원센터", "장애인복지관", "푸드마켓", "방문건강관리팀(보건소)"]
BANKS = ["국민은행", "농협", "신한은행", "우리은행", "하나은행", "기업은행", "우체국", "새마을금고",
         "카카오뱅크", "수협", "신협", "부산은행", "NH농협", "KB국민"]
HARDNEG_SENT = [
    "지원 대상 선정을 위하여 소득·재산 조사를 실시하였다.",
    "부모 등 부양의무자 기준은 적용하지 않는다.",
    "해당 가구가 소유한 재산은 기준 이하로 확인되었다.",
    "당해 연도 예산 범위 내에서 지원한다.",
    "장애인 가구에 대하여는 우선 연계를 원칙으로 한다.",
    "서명부는 주민센터에서 별도 보관한다.",
    "주거 환경 정비 및 유지 관리를 위해 민간 자원을 연계한다.",
    "안내문은 동 주민센터 게시판에 게시한다.",
    "전기·가스 체납 정보는 사회보장정보시스템(행복e음)으로 수신되었다.",
    "방문 상담 결과는 행복e음 상담이력에 입력한다.",
    "연락 두절 시 통·반장 협조를 요청한다.",
    "한부모 가구 및 조손 가구는 별도 관리한다.",
    "이상 징후 발견 시 즉시 보고한다.",
    "정기 모니터링은 월 1회 이상 실시한다.",
]

# health phrases, by kind; span is the phrase itself
HEALTH_COND = ["뇌경색", "뇌출혈", "당뇨", "고혈압", "만성 신부전", "간경화", "폐암 3기", "유방암", "파킨슨병",
               "치매", "경증 치매", "조현병", "우울증", "공황장애", "알코올 의존증", "척추협착증", "퇴행성 관절염",
               "심부전", "결핵", "갑상선암", "COPD", "녹내장", "류머티즘 관절염", "허리 디스크"]
HEALTH_STATUS = ["우울증 치료 중", "알코올 의존 치료 중", "주 3회 혈액투석 중", "항암치료 중", "정신과 약물 복용 중",
                 "오른쪽 편마비", "왼쪽 편마비", "하지 마비", "청력 저하", "보행 보조기 사용", "와상 상태",
                 "재활치료 중", "인슐린 투약 중", "폐결핵 치료 중", "산소호흡기 사용"]
DISAB = ["지체장애 2급", "뇌병변장애 1급", "시각장애 3급", "지적장애 2급", "청각장애 4급",
         "심한 장애(지체)", "심한 장애(뇌병변)", "심하지 않은 장애(시각)", "심한 장애(지적)",
         "심한 장애(자폐성)", "심하지 않은 장애(청각)", "정신장애 2급", "심한 장애(신장)"]
CHILD_HEALTH = ["ADHD", "자폐스펙트럼장애", "소아당뇨", "발달지연", "소아 우울증", "틱장애", "아토피 피부염", "천식"]
LTC = ["장기요양 3등급", "장기요양 4등급", "장기요양 5등급", "장기요양 인지지원등급", "장기요양 2등급"]

RELS_SPOUSE = ["배우자", "처", "남편", "부인"]
RELS_CHILD = ["아들", "딸", "자녀", "장남", "장녀", "차남", "손자", "손녀"]
RELS_OTHER = ["모", "부", "동생", "형", "언니", "누나", "조모", "시어머니", "며느리", "사위"]
GOSIWON = ["행복고시원", "한마음고시텔", "새희망고시원", "그린고시원", "하나원룸텔", "미래고시텔"]
APTS = ["임대아파트", "영구임대아파트", "매입임대주택"]


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        m = rng.choice(MUNIS)
        self.gu, self.city, self.dongs, self.roads, self.office_addr, self.tel_prefix, self.domain = m
        self.gu_full = (self.city + " " + self.gu)
        self.dong = rng.choice(self.dongs) + rng.choice(["", "", "제1", "제2", "제3"])
        if self.dong.endswith("동제1") or "제" in self.dong:
            self.dong = self.dong.replace("동제", "제") + "동"
        self.dept = rng.choice(DEPTS)
        self.year = rng.choice([2024, 2025, 2025, 2026, 2026, 2026])
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)
        self.used_names = set()

    # --------------------------------------------------------------- dates
    def date(self, y=None, m=None, d=None, style=None):
        rng = self.rng
        y = y or self.year
        m = m or self.month
        d = d or self.day
        style = style if style is not None else rng.randint(0, 6)
        return [f"{y}. {m}. {d}.", f"{y}-{m:02d}-{d:02d}", f"{y}년 {m}월 {d}일", f"'{y % 100}.{m}.{d}.",
                f"{y}.{m:02d}.{d:02d}.", f"{y}. {m:02d}. {d:02d}.", f"{y}/{m:02d}/{d:02d}"][style]

    def near_date(self, delta_days, style=None):
        y, m, d = self.year, self.month, self.day + delta_days
        while d > 28:
            d -= 28
            m += 1
        while d < 1:
            d += 28
            m -= 1
        if m > 12:
            m -= 12
            y += 1
        if m < 1:
            m += 12
            y -= 1
        return self.date(y, m, d, style)

    def iso(self):
        return f"{self.year}-{self.month:02d}-{self.day:02d}"

    # --------------------------------------------------------------- officials
    def official_name(self):
        while True:
            n = self.rng.choice(SURNAMES) + self.rng.choice(GIVEN_M + GIVEN_F)
            if n not in self.used_names:
                self.used_names.add(n)
                return n

    def office_tel(self):
        rng = self.rng
        p = self.tel_prefix
        last = f"{rng.randint(1000, 9999)}" if p.count("-") == 1 and len(p.split("-")[1]) == 4 else f"{rng.randint(1000, 9999)}"
        return rng.choice([f"{p}-{last}", f"{p}-{last}", f"☎ {p}-{last}", f"({p.split('-')[0]}){p.split('-')[1]}-{last}"])

    def office_email(self, who=None):
        rng = self.rng
        ident = rng.choice(["welfare", "hope", "care", "bokji", "case", "dolbom"]) + str(rng.randint(1, 99))
        dom = rng.choice([self.domain, self.domain, "seoul.go.kr", "korea.kr"])
        return f"{ident}@{dom}"


# ----------------------------------------------------------------------------
# private persons
# ----------------------------------------------------------------------------

class Person:
    def __init__(self, ctx, sex=None, age=None, foreign=False, child=False):
        rng = ctx.rng
        self.ctx = ctx
        self.sex = sex or rng.choice("MF")
        self.foreign = None
        self.hanja = None
        if foreign:
            fo = rng.choice(FOREIGN)
            self.foreign = fo
            self.sex = fo[3]
            self.full = fo[0] if rng.random() < 0.6 else fo[1]
            self.sur, self.given = "", self.full
        else:
            for _ in range(50):
                if rng.random() < 0.07 and not child and (age is None or age > 40):
                    hj, hg, _ = rng.choice([h for h in HANJA if h[2] == self.sex])
                    self.hanja = hj
                    self.sur, self.given = hg[0], hg[1:]
                else:
                    self.sur = rng.choice(RARE2) if rng.random() < 0.1 else rng.choice(SURNAMES)
                    young = child or (age is not None and age < 35)
                    pool = (GIVEN_KID_M if young else GIVEN_M) if self.sex == "M" else (GIVEN_KID_F if young else GIVEN_F)
                    self.given = rng.choice(GIVEN_1) if rng.random() < 0.07 else rng.choice(pool)
                full = self.sur + self.given
                if full not in ctx.used_names:
                    break
            self.full = full
            ctx.used_names.add(full)
        if age is None:
            age = rng.randint(5, 17) if child else rng.randint(28, 92)
        self.age = age
        self.byear = ctx.year - age
        self.bmonth = rng.randint(1, 12)
        self.bday = rng.randint(1, 28)
        # display style chosen once per person
        r = rng.random()
        if self.foreign or self.hanja:
            self.style = "plain"
        elif r < 0.08:
            self.style = "spaced"
        elif r < 0.12 and len(self.given) == 2:
            self.style = "allspaced"
        else:
            self.style = "plain"

    def disp(self):
        if self.style == "spaced":
            return self.sur + " " + self.given
        if self.style == "allspaced":
            return " ".join(self.full)
        return self.full

    def name(self):
        """name fragment (PERSON span)."""
        if self.hanja and self.ctx.rng.random() < 0.5:
            return F(E(self.full, "PERSON"), "(", E(self.hanja, "PERSON"), ")")
        if self.hanja and self.ctx.rng.random() < 0.3:
            return E(self.hanja, "PERSON")
        return E(self.disp(), "PERSON")

    def n(self):
        """plain name span only (for table cells / repeated mentions)."""
        return E(self.disp(), "PERSON")

    def given_ref(self):
        if self.foreign:
            return E(self.full, "PERSON")
        return E(self.given, "PERSON")

    def josa(self, kind):
        """name + particle, glued."""
        d = self.disp()
        if self.foreign and not re.search("[가-힣]$", d):
            return F(E(d, "PERSON"), " 씨" + {"은": "는", "이": "가", "을": "를", "과": "와", "으로": "로"}.get(kind, ""))
        return F(E(d, "PERSON"), J(d, kind))

    def masked(self):
        rng = self.ctx.rng
        if self.foreign:
            return rng.choice(["A씨", "B씨", "외국인 ○○○"])
        g = self.given
        return rng.choice([self.sur + "○○", self.sur + "○" + g[-1] if len(g) > 1 else self.sur + "○",
                           self.sur + "**", "A씨", "B씨", self.sur + "모씨"])

    def bdate(self, style=None):
        rng = self.ctx.rng
        y, m, d = self.byear, self.bmonth, self.bday
        style = rng.randint(0, 5) if style is None else style
        return E([f"{y}. {m}. {d}.", f"{y}-{m:02d}-{d:02d}", f"{y}년 {m}월 {d}일", f"{y}.{m:02d}.{d:02d}",
                  f"{y % 100:02d}.{m:02d}.{d:02d}", f"{y}{m:02d}{d:02d}"][style], "BIRTH_DATE")

    def rrn(self, masked_back=None):
        rng = self.ctx.rng
        y, m, d = self.byear, self.bmonth, self.bday
        g = (1 if self.sex == "M" else 2) + (2 if y >= 2000 else 0)
        if self.foreign:
            g = (5 if self.sex == "M" else 6) + (2 if y >= 2000 else 0)
        back = f"{g}{rng.randint(0, 999999):06d}"
        mb = rng.random() < 0.4 if masked_back is None else masked_back
        if mb:
            back = f"{g}******"
        sep = rng.choice(["-", "-", "-", " - ", ""]) if not mb else "-"
        return E(f"{y % 100:02d}{m:02d}{d:02d}{sep}{back}", "KR_FRN" if self.foreign else "KR_RRN")


def phone(ctx, home=False):
    rng = ctx.rng
    if home:
        area = ctx.tel_prefix.split("-")[0]
        a = rng.randint(200, 999)
        b = rng.randint(1000, 9999)
        s = rng.choice([f"{area}-{a}-{b}", f"{area}) {a}-{b}", f"({area}){a}-{b}", f"{area} {a} {b}"])
        return E(s, "PHONE")
    a = rng.randint(1000, 9999) if rng.random() < 0.9 else rng.randint(200, 999)
    b = rng.randint(1000, 9999)
    s = rng.choice([f"010-{a}-{b}", f"010-{a}-{b}", f"010-{a}-{b}", f"010 {a} {b}", f"010{a}{b}",
                    f"010.{a}.{b}", f"+82-10-{a}-{b}", f"+82 10 {a} {b}", f"010-{a}-{b}", f"(010){a}-{b}"])
    return E(s, "PHONE")


def address(ctx, kind=None, short=False):
    rng = ctx.rng
    kind = kind or rng.choice(["banjiha", "oktap", "b01", "gosiwon", "apt", "villa", "plain", "jibun", "room"])
    road = rng.choice(ctx.roads)
    if rng.random() < 0.5:
        road = f"{road}{rng.randint(1, 40)}길"
    num = f"{rng.randint(1, 180)}" + (f"-{rng.randint(1, 30)}" if rng.random() < 0.4 else "")
    dong = rng.choice(ctx.dongs)
    jibun = f"{dong} {rng.randint(10, 1700)}-{rng.randint(1, 99)}"
    pre = rng.choice([ctx.gu_full + " ", ctx.gu_full + " ", ctx.gu + " ", ctx.gu + " "])
    if ctx.city.startswith("서울") and pre.startswith("서울특별시") and rng.random() < 0.3:
        pre = pre.replace("서울특별시", "서울시")
    if short:
        pre = ""
    loc = f"{road} {num}" if kind != "jibun" and rng.random() < 0.7 else jibun
    if kind == "banjiha":
        unit = rng.choice(["반지하", "지하 1층", "반지하 1호", f"B{rng.randint(1, 2)}호", "지층 101호"])
    elif kind == "oktap":
        unit = rng.choice(["옥탑", "옥탑방", f"{rng.randint(3, 5)}층 옥탑", f"옥탑 {rng.randint(3, 5)}01호"])
    elif kind == "b01":
        unit = rng.choice(["B01호", "B02호", "B101호", "B102호", "비01호"])
    elif kind == "gosiwon":
        unit = f"{rng.choice(GOSIWON)} {rng.randint(2, 5)}{rng.randint(1, 25):02d}호"
    elif kind == "apt":
        unit = f"{rng.randint(101, 115)}동 {rng.randint(1, 15)}{rng.randint(1, 6):02d}호"
    elif kind == "villa":
        unit = f"{rng.choice(['가', '나', 'A', 'B', '다'])}동 {rng.randint(1, 4)}0{rng.randint(1, 4)}호"
    elif kind == "room":
        unit = f"{rng.randint(1, 3)}층 {rng.randint(1, 9)}호"
    else:
        unit = f"{rng.randint(1, 4)}0{rng.randint(1, 6)}호"
    sep = rng.choice([", ", " ", ", "])
    return E(f"{pre}{loc}{sep}{unit}".strip(), "ADDRESS")


def unit_only(ctx):
    rng = ctx.rng
    return E(rng.choice([f"{rng.randint(1, 4)}0{rng.randint(1, 6)}호", f"B0{rng.randint(1, 3)}호",
                         f"{rng.randint(101, 112)}동 {rng.randint(1, 15)}0{rng.randint(1, 6)}호"]), "ADDRESS")


def account(ctx):
    rng = ctx.rng
    bank = rng.choice(BANKS)
    pats = ["###-####-####-##", "######-##-######", "###-######-##-###", "####-####-####-##", "###-##-######-#",
            "3333-##-#######", "##########", "###-###-######"]
    p = rng.choice(pats)
    num = "".join(str(rng.randint(0, 9)) if c == "#" else c for c in p)
    return bank, E(num, "BANK_ACCOUNT")


def card(ctx):
    rng = ctx.rng
    p = rng.choice(["9410", "9430", "4579", "5310", "9490"])
    groups = [p] + [f"{rng.randint(0, 9999):04d}" for _ in range(3)]
    sep = rng.choice(["-", "-", " ", ""])
    return E(sep.join(groups), "CARD_NUMBER")


def plate(ctx):
    rng = ctx.rng
    h = rng.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
    s = f"{rng.randint(10, 399)}{h}{rng.choice(['', ' '])}{rng.randint(1000, 9999)}"
    if rng.random() < 0.15:
        s = "서울" + s.replace(" ", "")
    return E(s, "VEHICLE_PLATE")


def email(ctx, p=None):
    rng = ctx.rng
    ids = ["minsu82", "happyday", "gd.hong", "sunny1004", "lovemom", "kjs5012", "parkhj", "bluesky77",
           "dream2020", "yoon.mk", "chlgusdn", "leeok", "jeju0312", "hana_k"]
    dom = rng.choice(["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com"])
    return E(f"{rng.choice(ids)}{rng.randint(1, 99) if rng.random() < 0.5 else ''}@{dom}", "EMAIL")


def health(ctx, pool=None):
    rng = ctx.rng
    pool = pool or rng.choice([HEALTH_COND, HEALTH_STATUS, DISAB])
    return E(rng.choice(pool), "HEALTH_INFO")


def won(rng, lo, hi, step=10000):
    v = rng.randint(lo // step, hi // step) * step
    return f"{v:,}원"


def statute(ctx):
    rng = ctx.rng
    law, arts = rng.choice(STATUTES)
    s = f"{law} {rng.choice(arts)}"
    if rng.random() < 0.3:
        s += f"(법률 제{rng.randint(15000, 20999)}호, {rng.randint(2019, 2024)}. {rng.randint(1, 12)}. {rng.randint(1, 28)}. 개정)"
    return s


def docno(ctx):
    rng = ctx.rng
    return rng.choice([f"{ctx.dept.split()[0]}-{rng.randint(1000, 29999)}",
                       f"{ctx.gu} {ctx.dept.split()[0]}-{rng.randint(100, 9999)}",
                       f"{ctx.dong}-{rng.randint(100, 4999)}"])


def company(ctx):
    rng = ctx.rng
    c = rng.choice(COMPANIES)
    bizno = f"{rng.randint(101, 899)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}"
    rep = rng.choice([f"1588-{rng.randint(1000, 9999)}", f"02-{rng.randint(300, 899)}-{rng.randint(1000, 9999)}",
                      f"1644-{rng.randint(1000, 9999)}"])
    return c, bizno, rep


# ----------------------------------------------------------------------------
# tables and blocks
# ----------------------------------------------------------------------------

def pad(f, w):
    return F(f, " " * max(0, w - fwidth(f)))


def table(ctx, headers, rows, style=None):
    rng = ctx.rng
    style = style or rng.choice(["pipe", "pipe2", "box", "tab", "list", "cards", "csv"])
    headers = [F(h) for h in headers]
    rows = [[F(c) for c in r] for r in rows]
    out = []
    if style in ("pipe", "pipe2"):
        out += F("| ", JOIN(" | ", headers), " |\n")
        if style == "pipe":
            out += F("|" + "|".join("---" for _ in headers) + "|\n")
        for r in rows:
            out += F("| ", JOIN(" | ", r), " |\n")
    elif style == "box":
        ws = [max([fwidth(h)] + [fwidth(r[i]) for r in rows]) + 2 for i, h in enumerate(headers)]
        line = lambda a, b, c: a + b.join("─" * w for w in ws) + c + "\n"
        out += F(line("┌", "┬", "┐"))
        out += F("│", JOIN("│", [pad(F(" ", h), w) for h, w in zip(headers, ws)]), "│\n")
        out += F(line("├", "┼", "┤"))
        for r in rows:
            out += F("│", JOIN("│", [pad(F(" ", c), w) for c, w in zip(r, ws)]), "│\n")
        out += F(line("└", "┴", "┘"))
    elif style == "tab":
        out += F(JOIN("\t", headers), "\n")
        for r in rows:
            out += F(JOIN("\t", r), "\n")
    elif style == "csv":
        out += F(JOIN(",", headers), "\n")
        for r in rows:
            out += F(JOIN(",", [c if "," not in ftext(c) else F('"', c, '"') for c in r]), "\n")
    elif style == "list":
        mark = rng.choice(["{i}. ", "({i}) ", "○ ", "- ", "· "])
        sep = rng.choice([" / ", ", ", " │ "])
        for i, r in enumerate(rows, 1):
            out += F(mark.format(i=i), JOIN(sep, [F(ftext(h), ": ", c) if rng.random() < 0.4 else c
                                                 for h, c in zip(headers, r)]), "\n")
    else:  # cards
        kv = rng.choice([" : ", ": ", " - ", "\t"])
        for i, r in enumerate(rows, 1):
            out += F(rng.choice([f"[{i}]\n", f"■ 연번 {i}\n", f"#{i}\n"]))
            for h, c in zip(headers, r):
                out += F("  ", h, kv, c, "\n")
    return out, style


def kv_block(ctx, pairs, style=None):
    rng = ctx.rng
    style = style or rng.choice(["colon", "bracket", "box", "dot"])
    out = []
    if style == "box":
        w = max(fwidth(F(k)) for k, _ in pairs) + 2
        vw = max(fwidth(F(v)) for _, v in pairs) + 2
        out += F("┌" + "─" * w + "┬" + "─" * vw + "┐\n")
        for i, (k, v) in enumerate(pairs):
            out += F("│", pad(F(" ", k), w), "│", pad(F(" ", v), vw), "│\n")
            out += F(("├" + "─" * w + "┼" + "─" * vw + "┤\n") if i < len(pairs) - 1 else ("└" + "─" * w + "┴" + "─" * vw + "┘\n"))
    else:
        for k, v in pairs:
            if style == "colon":
                out += F(k, rng.choice([": ", " : ", "："]), v, "\n")
            elif style == "bracket":
                out += F("[", k, "] ", v, "\n")
            else:
                out += F("· ", k, " : ", v, "\n")
    return out, "kv-" + ("box" if style == "box" else "colon")


# ----------------------------------------------------------------------------
# household and narrative
# ----------------------------------------------------------------------------

class Household:
    def __init__(self, ctx, size=None, elderly=False, foreign=False):
        rng = ctx.rng
        self.ctx = ctx
        size = size or rng.choice([1, 1, 1, 2, 2, 3, 4])
        self.head = Person(ctx, age=rng.randint(66, 93) if elderly else rng.randint(32, 88), foreign=foreign)
        self.members = []
        for i in range(size - 1):
            if i == 0 and rng.random() < 0.5:
                rel = rng.choice(RELS_SPOUSE)
                p = Person(ctx, sex="F" if self.head.sex == "M" else "M", age=max(25, self.head.age + rng.randint(-6, 4)))
            elif self.head.age < 60 or rng.random() < 0.6:
                rel = rng.choice(["아들", "딸", "자녀", "장남", "장녀"])
                child = self.head.age < 60
                p = Person(ctx, sex="M" if rel in ("아들", "장남") else ("F" if rel in ("딸", "장녀") else None),
                           age=rng.randint(4, 19) if child else rng.randint(30, 55), child=child)
            else:
                rel = rng.choice(["손자", "손녀", "모", "동생"])
                p = Person(ctx, sex="M" if rel == "손자" else ("F" if rel in ("손녀", "모") else None),
                           age=rng.randint(6, 17) if rel in ("손자", "손녀") else rng.randint(40, 90), child=rel in ("손자", "손녀"))
            self.members.append((rel, p))
        self.addr = address(ctx)
        self.phone = phone(ctx)
        self.masked_rel = rng.random() < 0.5  # mention a masked relative too

    def all(self):
        return [("본인", self.head)] + self.members


def end(ctx, voice):
    return {"ham": "함.", "im": "임.", "da": "다.", "sm": "습니다."}[voice]


def narrative(ctx, hh, voice=None, n=None):
    """sentences about the household (list of fragments, each a sentence)."""
    rng = ctx.rng
    voice = voice or rng.choice(["ham", "da", "sm", "ham"])
    h = hh.head
    sents = []
    cond = rng.choice(["뇌경색", "뇌출혈", "심근경색", "저혈당 쇼크", "대퇴골 골절", "당뇨 합병증"])
    stat = rng.choice(["오른쪽 편마비", "왼쪽 편마비", "하지 마비", "언어장애", "보행 장애", "와상 상태"])
    cands = []
    if voice == "im":
        voice = "ham"
    hv = {"ham": ("남아 거동이 불편함.", "상태임.", "있음.", "없음.", "필요함."),
          "da": ("남아 거동이 불편하다.", "상태이다.", "있다.", "없다.", "필요하다."),
          "sm": ("남아 거동이 불편하십니다.", "상태입니다.", "있습니다.", "없습니다.", "필요합니다.")}[voice]
    cands.append(T("{who} 지난달 {c}{p} 쓰러진 후 {s}{i} " + hv[0],
                   who=F(h.josa("은")) if rng.random() < 0.6 else "대상자는",
                   c=E(cond, "HEALTH_INFO"), p=J(cond, "으로"), s=E(stat, "HEALTH_INFO"), i=J(stat, "이")))
    c2 = rng.choice(HEALTH_STATUS + ["알코올 의존 치료 중", "우울증 치료 중"])
    if c2.endswith("중"):
        cands.append(T("본인은 현재 {c}인 " + hv[1], c=E(c2, "HEALTH_INFO")))
    else:
        cands.append(T("본인은 {c}{j} 일상생활에 도움이 " + hv[4], c=E(c2, "HEALTH_INFO"), j=J(c2, "으로")))
    c3 = rng.choice(HEALTH_COND)
    cands.append(T("{c}{j} 오랫동안 앓아 왔으며 최근 복약을 중단한 것으로 보여 방문간호 연계가 " + hv[4],
                   c=E(c3, "HEALTH_INFO"), j=J(c3, "을")))
    d = rng.choice(DISAB)
    if not hh.members:
        cands.append(T("{n}({a}세), {d} 등록 장애인으로 홀로 생활하고 " + hv[2], n=h.n(), a=str(h.age), d=E(d, "HEALTH_INFO")))
    else:
        cands.append(T("{n}{j} {d}{j2} 외출이 어려운 " + hv[1], n=h.n(), j=J(h.disp(), "은"), d=E(d, "HEALTH_INFO"), j2=J(d, "으로")))
    for rel, p in hh.members:
        if p.age < 20:
            ch = rng.choice(CHILD_HEALTH)
            form = rng.random()
            if form < 0.4:
                cands.append(T(rel + "({a}세)은 {c} 진단을 받아 학교 적응에 어려움이 " + hv[2], a=str(p.age), c=E(ch, "HEALTH_INFO")))
            elif form < 0.7:
                cands.append(T(rel + " {n}({a}세)은 {c}{j} 치료 중이며 방과 후 돌봄이 " + hv[4],
                               n=p.n(), a=str(p.age), c=E(ch, "HEALTH_INFO"), j=J(ch, "으로")))
            else:
                cands.append(T("{g} 님(" + rel + ", {a}세)은 지역아동센터를 이용 중이며 특이사항 " + hv[3],
                               g=p.given_ref(), a=str(p.age)))
        else:
            c4 = rng.choice(HEALTH_COND + HEALTH_STATUS)
            r = rng.random()
            if r < 0.5:
                cands.append(T(rel + " {n}{j} {c}{j2} 경제활동이 어려운 " + hv[1],
                               n=p.n(), j=J(p.disp(), "은"), c=E(c4, "HEALTH_INFO"), j2=J(c4, "으로")))
            else:
                cands.append(T(rel + " {n}{j} 일용직 근로 중이나 소득이 일정하지 않으며 연락처는 {ph}" + ("임." if voice == "ham" else ("이다." if voice == "da" else "입니다.")),
                               n=p.n(), j=J(p.disp(), "은"), ph=phone(ctx)))
    if hh.masked_rel:
        m = Person(ctx)
        rel = rng.choice(["전 배우자", "배우자", "아들", "딸", "형"])
        cands.append(T(rel + " " + m.masked() + "과는 연락이 끊긴 지 오래되어 부양을 기대하기 어려운 " + hv[1]))
    cands.append(T("월세 {w} 체납이 3개월째이며 단전 예고 통지를 받은 " + hv[1], w=won(rng, 200000, 450000)))
    cands.append(T("주거지는 {a}{j} 습기와 곰팡이가 심한 " + hv[1], a=hh.addr, j="로"))
    rng.shuffle(cands)
    n = n or rng.randint(3, 5)
    return cands[:n], voice


# ----------------------------------------------------------------------------
# document frame
# ----------------------------------------------------------------------------

def officials(ctx):
    rng = ctx.rng
    drafter = ctx.official_name()
    approver = ctx.official_name()
    reviewer = ctx.official_name()
    arank = rng.choice(["과장", "팀장", "동장", "국장", "과장"])
    return drafter, reviewer, approver, arank


def frame(ctx, title_f, body, style, grade, grounds, offs):
    """wrap the body in a header/footer according to style; returns fragments."""
    rng = ctx.rng
    drafter, reviewer, approver, arank = offs
    office = rng.choice([f"{ctx.gu}청", f"{ctx.gu} {ctx.dong} 주민센터", f"{ctx.gu} {ctx.dept.split()[0]}",
                         f"{ctx.gu} {ctx.dong} 행정복지센터"])
    out = []
    if style == "gongmun":
        out += F(title_f, "\n\n", office, "\n", rng.choice(["수신  내부결재", "수신  수신자 참조", "수신자  내부결재", f"수신  {ctx.gu}청장"]),
                 "\n(경유)\n제목  ", title_f, "\n\n")
        out += body
        out += F("  끝.\n\n")
        if rng.random() < 0.5:
            out += F(f"기안자 주무관 {drafter}   검토자 팀장 {reviewer}   결재권자 {arank} {approver}\n")
        else:
            out += F(f"주무관 {drafter}  팀장 {reviewer}  {arank} 전결 {approver}\n")
        out += F(f"시행 {docno(ctx)} ({ctx.date()})   접수\n")
        out += F(f"우 0{rng.randint(1000, 9999)}  {ctx.office_addr}  / {ctx.office_tel()} / {ctx.office_email()}")
        if rng.random() < 0.35:
            out += F("  / " + {"public": "공개", "partial": "부분공개(6)", "nonpublic": "비공개(" + ",".join(map(str, grounds)) + ")"}[grade])
        out += F("\n")
    elif style == "memo":
        out += F(rng.choice(["[메모] ", "※ 업무 메모 - ", "메모: ", ""]), title_f, "\n")
        out += F(rng.choice([f"작성 {ctx.date()} / 담당 {drafter}\n", f"({ctx.date()}, 주무관 {drafter})\n",
                             f"작성자: 복지플래너 {drafter}  작성일: {ctx.date()}\n"]), "\n")
        out += body
        out += F(rng.choice([f"\n→ {arank} 보고 후 처리 예정\n", "\n", f"\n문의 {ctx.office_tel()} (담당 {drafter})\n"]))
    elif style == "report":
        out += F(title_f, "\n", rng.choice([f"{ctx.date()} / {ctx.gu} {ctx.dept}\n", f"({ctx.dept}, {ctx.date()})\n",
                                             f"보고일: {ctx.date()}  보고자: {ctx.dept} 주무관 {drafter}\n"]), "\n")
        out += body
        out += F(f"\n담당: {ctx.dept} 주무관 {drafter} ({ctx.office_tel()}) / 팀장 {reviewer}\n")
    elif style == "letter":
        out += F(title_f, "\n\n")
        out += body
        out += F("\n", ctx.date(), "\n\n", f"{ctx.gu}청장", rng.choice(["", " (직인생략)", " [직인]"]), "\n")
        out += F(f"담당부서: {ctx.dept} / 담당자: {drafter} / 전화: {ctx.office_tel()}\n")
        out += F(f"주소: {ctx.office_addr} / 전자우편: {ctx.office_email()}\n")
    else:  # plain
        out += F(title_f, "\n\n")
        out += body
        out += F(f"\n({ctx.dept} {drafter})\n")
    return out


# ----------------------------------------------------------------------------
# kinds (partial = personal data present and maskable)
# ----------------------------------------------------------------------------

def hn(ctx):
    """one hard-negative sentence"""
    return ctx.rng.choice(HARDNEG_SENT)


def k_case_minutes(ctx, offs):
    """통합사례관리 회의록: several households discussed."""
    rng = ctx.rng
    chair = ctx.official_name()
    planner = ctx.official_name()
    mgr = ctx.official_name()
    civ = Person(ctx)
    n_case = rng.randint(2, 4)
    hhs = [Household(ctx) for _ in range(n_case)]
    ttl = rng.choice(["통합사례관리 회의록", f"{ctx.month}월 통합사례회의 결과", "솔루션회의 회의록",
                      f"{ctx.dong} 사례회의 결과 보고", "사례관리 회의 결과(내부)"])
    title = F(ttl)
    body = []
    hs = rng.randrange(3)
    body += F(["□ 일시: ", "1. 일시 : ", "○ 회의일시 - "][hs], ctx.near_date(-2), " 14:00\n")
    body += F(["□ 장소: ", "2. 장소 : ", "○ 장소 - "][hs], f"{ctx.dong} 주민센터 2층 회의실\n")
    body += F(["□ 참석: ", "3. 참석자 : ", "○ 참석 - "][hs],
              f"{ctx.dong}장 {chair}(위원장), 맞춤형복지팀장 {ctx.official_name()}, 사례관리자 {mgr}, 복지플래너 {planner}, ",
              T("지역사회보장협의체 민간위원 {c}, ", c=civ.name()), rng.choice(ORGS), " 관계자\n\n")
    style = rng.choice(["dialogue", "bullets", "table"])
    layouts = ["minutes"]
    if style == "table":
        rows = []
        for i, hh in enumerate(hhs, 1):
            sents, _ = narrative(ctx, hh, "im", 1)
            rows.append([str(i), hh.head.n(), f"{hh.head.age}세", sents[0],
                         rng.choice(["긴급생계 연계", "방문간호 의뢰", "사례 종결", "주거급여 신청 안내", "정신건강복지센터 연계"])])
        tb, ts = table(ctx, ["연번", rng.choice(["대상자", "성명", "세대주"]), "연령", "주요 욕구", "결정사항"], rows,
                       rng.choice(["pipe", "box", "tab", "pipe2"]))
        body += F("4. 안건별 논의\n") + tb
        layouts.append(ts)
    else:
        hsel = rng.randrange(3)
        for i, hh in enumerate(hhs, 1):
            hdr = ([T("【안건 {i}】 {n} 가구(" + str(len(hh.all())) + "인)\n", i=str(i), n=hh.head.n()),
                              T(str(i) + ". {n} 님 가구 - {a}\n", n=hh.head.n(), a=hh.addr),
                              T("사례 {i}. {n}({g}, {a}세)\n", i=str(i), n=hh.head.n(), g="남" if hh.head.sex == "M" else "여", a=str(hh.head.age))])[hsel]
            body += hdr
            sents, voice = narrative(ctx, hh, rng.choice(["ham", "im"]) if style == "bullets" else "da")
            if style == "dialogue":
                body += T("  - 사례관리자 {m}: ", m=mgr) + JOIN(" ", sents) + F("\n")
                body += F(f"  - 위원장 {chair}: ", rng.choice(["긴급지원 가능 여부를 먼저 검토하기 바람.", "보건소 방문건강관리와 연계하는 방안을 찾아보자.",
                                                          "민간 후원 연계도 병행할 것."]), "\n")
                body += T("  - 민간위원 {c}: ", c=civ.n()) + F(rng.choice(["이웃 주민들이 최근 외출을 못 보았다고 함.", "통장과 함께 주 1회 안부 확인하겠음.",
                                                                                "반찬 나눔 봉사단 연계 가능함."]), "\n")
                layouts.append("dialogue")
            else:
                for s in sents:
                    body += F("   ", rng.choice(["- ", "· ", "○ "]), s, "\n")
                layouts.append("bullets")
            body += F("   ⇒ 결정: ", rng.choice(["긴급지원(생계) " + won(rng, 700000, 1900000) + " 지원 의뢰", "서비스 제공계획 수립 후 3개월 모니터링",
                                                 "의료급여 신청 안내 및 동행", "주거취약계층 주거상향 지원사업 연계"]), "\n")
            if rng.random() < 0.4:
                body += T("   ※ 연락처 {p}, 보호자 연락처 {q}\n", p=hh.phone, q=phone(ctx))
        body += F("\n")
    body += F("\n", rng.choice(["※ ", "○ "]), hn(ctx), "\n")
    return dict(title=title, doc_type="회의록", body=body, style=rng.choice(["report", "gongmun", "plain"]), layouts=layouts)


def k_emergency_notice(ctx, offs):
    """긴급지원 결정 통지 (to one person)."""
    rng = ctx.rng
    hh = Household(ctx, foreign=rng.random() < 0.25)
    p = hh.head
    bank, acc = account(ctx)
    amount = won(rng, 700000, 2000000)
    kind = rng.choice(["생계지원", "의료지원", "주거지원", "생계지원(2회차)", "연료비 지원", "전기요금 지원"])
    title = rng.choice([F("긴급지원 결정 통지서"), T("긴급지원 결정 통지({n})", n=p.n()), F("긴급복지지원 대상자 결정 통지"),
                        T("{n} 님 긴급지원 지원결정 안내", n=p.n())])
    layout = rng.choice(["letter", "kv", "box"])
    body = []
    idtype = "외국인등록번호" if p.foreign else "주민등록번호"
    pairs = [(rng.choice(["성명", "신청인", "대상자", "수급자"]), p.name()),
             (idtype, p.rrn()) if (p.foreign or rng.random() < 0.6) else ("생년월일", p.bdate()),
             (rng.choice(["주소", "거주지", "주소지"]), hh.addr),
             (rng.choice(["연락처", "전화번호", "휴대전화"]), hh.phone),
             ("지원종류", kind), ("지원금액", amount + rng.choice(["", " (4인 가구 기준)", " (1인 가구)"])),
             ("지원기간", f"{ctx.date()} ~ {ctx.near_date(27)}"),
             (rng.choice(["입금계좌", "지급계좌", "계좌번호"]), F(bank, " ", acc, rng.choice([T(" (예금주: {n})", n=p.n()), T("(예금주 {n})", n=p.n()), ""])))]
    if p.foreign:
        pairs.insert(1, ("국적", p.foreign[2]))
    if layout == "letter":
        body += T("{n} 귀하\n\n", n=p.name())
        body += F("1. 귀하의 가정에 평안을 기원합니다.\n")
        body += T("2. 귀하께서 " + ctx.near_date(-5) + "에 신청하신 긴급지원에 대하여 " + statute(ctx) + "에 따라 아래와 같이 지원하기로 결정하였음을 알려드립니다.\n\n")
        body += F("  가. 지원대상자: ", p.n(), "(", p.rrn() if rng.random() < 0.5 else p.bdate(), ")\n")
        body += F("  나. 주    소: ", hh.addr, "\n")
        body += F("  다. 지원내용: ", kind, " ", amount, "\n")
        body += F("  라. 입금계좌: ", bank, " ", acc, "\n")
        body += F("\n3. 지원 결정 이후 소득·재산 등의 변동이 있는 경우 즉시 신고하여야 하며, 거짓이나 부정한 방법으로 지원받은 경우 ",
                  "지원금이 환수될 수 있습니다.\n")
        body += F("4. 이 결정에 이의가 있는 경우 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다. (문의: 보건복지상담센터 129)\n")
        layouts = ["letter", "hier"]
        style = "letter"
    else:
        intro = T(statute(ctx) + "에 따라 긴급지원 대상자로 결정되었음을 통지합니다.\n\n")
        kb, ks = kv_block(ctx, pairs, "box" if layout == "box" else rng.choice(["colon", "bracket", "dot"]))
        body += intro + kb
        body += F("\n※ ", rng.choice(["지원 기간 중 지원대상자의 생활실태를 확인하기 위해 담당 공무원이 방문할 수 있습니다.",
                                      hn(ctx), "긴급지원심의위원회 심의 결과에 따라 연장될 수 있습니다."]), "\n")
        layouts = [ks]
        style = rng.choice(["gongmun", "letter", "plain"])
    if rng.random() < 0.3:
        body += T("※ 현장확인 시 {c} 소유 확인(생업용으로 재산 산정 제외)\n", c=plate(ctx))
    return dict(title=title, doc_type="결정통지", body=body, style=style, layouts=layouts)


def k_nbls(ctx, offs):
    """기초생활수급 책정 결과: household table + benefits, or multi-household list."""
    rng = ctx.rng
    if rng.random() < 0.5:
        hh = Household(ctx, size=rng.randint(2, 5), foreign=rng.random() < 0.1)
        p = hh.head
        title = rng.choice([F("국민기초생활보장 수급자 책정 결과 통지"), T("기초생활수급 책정 결과({n} 가구)", n=p.n()),
                            F("사회보장급여 결정 통지서(기초생활보장)")])
        body = T("1. " + statute(ctx) + "에 따라 귀하 가구의 급여 신청에 대한 조사 결과를 아래와 같이 통지합니다.\n\n")
        body += F("2. 신청인: ", p.name(), rng.choice([" / 주소: ", ", 주소 "]), hh.addr, "\n\n3. 가구원 현황\n")
        rows = []
        use_rrn = rng.random() < 0.4
        for rel, m in hh.all():
            rows.append([rel, m.n(), m.rrn() if use_rrn else m.bdate(),
                         E(rng.choice(DISAB + LTC), "HEALTH_INFO") if rng.random() < 0.3 else rng.choice(["-", "해당없음", ""])])
        tb, ts = table(ctx, [rng.choice(["관계", "가구주와의 관계"]), rng.choice(["성명", "세대원", "이름"]),
                             "주민등록번호" if use_rrn else "생년월일", rng.choice(["장애·질환", "비고", "장애여부"])], rows,
                       rng.choice(["pipe", "box", "tab", "cards", "pipe2"]))
        body += tb
        body += F("\n4. 급여 결정 내용\n")
        body += F(f"  - 소득인정액: 월 {won(rng, 0, 900000, 1000)}\n  - 생계급여: 월 {won(rng, 300000, 1500000, 10)}\n",
                  f"  - 주거급여: 월 {won(rng, 150000, 380000, 10)} (임차급여)\n  - 의료급여: {rng.choice(['1종', '2종'])}\n",
                  f"  - 급여개시일: {ctx.date()}\n")
        bank, acc = account(ctx)
        body += F("  - 지급계좌: ", bank, " ", acc, rng.choice([T(" (예금주 {n})", n=p.n()), ""]), "\n")
        if hh.members and rng.random() < 0.5:
            body += F("\n※ 부양의무자 ", rng.choice(["아들 ", "딸 "]), Person(ctx).masked(), "은(는) 부양능력 미약으로 판정함.\n")
        return dict(title=title, doc_type="결정통지", body=body, style=rng.choice(["gongmun", "letter"]), layouts=["hier", ts])
    # list of 책정 results
    n = rng.randint(3, 8)
    rows = []
    for i in range(n):
        p = Person(ctx)
        rows.append([str(i + 1), p.n() if rng.random() < 0.85 else p.masked(), p.bdate() if rng.random() < 0.5 else f"{p.age}세",
                     address(ctx, short=rng.random() < 0.5), rng.choice(["생계·의료·주거", "주거", "의료·주거", "교육", "생계·주거"]),
                     rng.choice(["적합", "적합", "부적합(소득초과)", "보류(서류보완)"])])
    title = F(f"{ctx.month}월 기초생활수급자 책정 결과 보고")
    tb, ts = table(ctx, ["연번", rng.choice(["신청인", "세대주", "성명"]), rng.choice(["생년월일", "나이"]), "주소", "급여종류", "책정결과"], rows)
    body = F(f"1. 관련: {statute(ctx)}\n2. {ctx.month}월 중 신청 건에 대한 책정 결과를 다음과 같이 보고합니다.\n\n")
    body += tb
    body += F(f"\n3. 부적합 가구는 차상위 본인부담경감 등 타 급여 연계를 검토함.\n4. {hn(ctx)}\n")
    return dict(title=title, doc_type="결과보고", body=body, style=rng.choice(["gongmun", "report"]), layouts=["hier", ts])


def k_crisis(ctx, offs):
    """위기가구 발굴 보고."""
    rng = ctx.rng
    hh = Household(ctx)
    p = hh.head
    rep = Person(ctx)
    title = rng.choice([F("위기가구 발굴 보고"), T("위기의심가구 발굴 및 조치 결과({n})", n=p.n()), F("복지사각지대 발굴 대상 현장 확인 결과"),
                        F("명예사회복지공무원 제보 가구 확인 보고")])
    style = rng.choice(["bullets", "prose", "memo"])
    src = rng.choice(["단전·단수 위기정보", "건강보험료 6개월 체납 정보", "이웃 주민 제보", "우유배달원 제보", "집주인 제보", "편의점 신고"])
    body = []
    if style == "prose":
        sents, _ = narrative(ctx, hh, "da")
        body += T(f"{ctx.near_date(-3)} {src}를 통해 {'{a}'}에 거주하는 {'{n}'}({p.age}세)의 위기 상황을 인지하였다. ", a=hh.addr, n=p.name())
        if "제보" in src or "신고" in src:
            body += T("제보자 {r}(연락처 {rp})는 최근 며칠간 인기척이 없고 우편물이 쌓여 있다고 하였다. ", r=rep.name(), rp=phone(ctx))
        body += JOIN(" ", sents) + F("\n\n")
        body += F("이에 따라 ", rng.choice(["긴급지원(생계) 신청을 안내하고 ", "푸드마켓 이용을 연계하고 "]),
                  "통합사례관리 대상자로 선정을 검토하고자 한다. ", hn(ctx), "\n")
        layouts = ["prose"]
    elif style == "memo":
        sents, _ = narrative(ctx, hh, "ham", 3)
        body += T("- {d} {s} 수신 → {n} 가구 방문\n", d=ctx.near_date(-2), s=src, n=p.n())
        body += T("- 주소 {a}, 본인 휴대폰 {ph}" + rng.choice([J(ftext(hh.phone), "으로") + " 통화됨", " 연결 안 됨", "(문자 발송)"]) + "\n", a=hh.addr, ph=hh.phone)
        if rng.random() < 0.3:
            body += T("- 딸이 {e}" + rng.choice(["로 진료비 영수증 보내옴", "(메일)로 연락 희망"]) + "\n", e=email(ctx))
        for s in sents:
            body += F("- ", s, "\n")
        if "제보" in src:
            body += T("- 제보자: {r} {rp}\n", r=rep.n(), rp=phone(ctx))
        body += F("- 다음 주 재방문(", rng.choice(["복지플래너 동행", "방문간호사 동행", "통장 동행"]), ")\n")
        layouts = ["memo"]
    else:
        body += F("1. 발굴 개요\n", f"  ○ 발굴 경로: {src}\n", f"  ○ 확인 일자: {ctx.near_date(-1)}\n")
        body += T("  ○ 대상: {n} ({s}, {a}세) / {ad}\n", n=p.name(), s="남" if p.sex == "M" else "여", a=str(p.age), ad=hh.addr)
        if "제보" in src:
            body += T("  ○ 제보자: {r} ({rp})\n", r=rep.n(), rp=phone(ctx))
        body += F("2. 가구 상황\n")
        sents, _ = narrative(ctx, hh, "ham")
        for s in sents:
            body += F("  - ", s, "\n")
        body += F("3. 조치 사항\n  - ", rng.choice(["긴급지원 생계비 신청 접수", "주민센터 푸드뱅크 연계", "정신건강복지센터 사례 의뢰"]), "\n  - ", hn(ctx), "\n")
        layouts = ["bullets", "hier"]
    return dict(title=title, doc_type="보고", body=body, style="memo" if style == "memo" else rng.choice(["report", "gongmun"]), layouts=layouts)


def k_care_referral(ctx, offs):
    """돌봄 서비스 연계 의뢰서 (form)."""
    rng = ctx.rng
    hh = Household(ctx, elderly=rng.random() < 0.6)
    p = hh.head
    grel = rng.choice(["아들", "딸", "며느리", "조카", "동생", "손녀"])
    g = Person(ctx, sex={"아들": "M", "딸": "F", "며느리": "F", "손녀": "F"}.get(grel), age=rng.randint(25, 60))
    org = rng.choice(ORGS)
    title = rng.choice([F("돌봄서비스 연계 의뢰서"), F("서비스 연계 의뢰(회신)"), T("{n} 님 재가돌봄 연계 의뢰", n=p.n()),
                        F("돌봄SOS센터 서비스 의뢰서")])
    sents, _ = narrative(ctx, hh, "ham", rng.randint(2, 3))
    pairs = [("의뢰기관", f"{ctx.gu} {ctx.dong} 주민센터 (담당 복지플래너 {ctx.official_name()}, {ctx.office_tel()})"),
             ("수신기관", org),
             (rng.choice(["대상자", "이용자", "성명"]), F(p.name(), f" ({'남' if p.sex == 'M' else '여'}/{p.age}세)")),
             ("생년월일", p.bdate()),
             ("주소", hh.addr),
             ("연락처", F(hh.phone, rng.choice(["", T(" / 자택 {h}", h=phone(ctx, home=True))]))),
             (rng.choice(["보호자", "보호자(관계)", "비상연락"]), T("{n}(" + grel + ") {ph}", n=g.n(), ph=phone(ctx))),
             ("건강상태", E(rng.choice(HEALTH_COND + HEALTH_STATUS + LTC), "HEALTH_INFO")),
             ("의뢰사유", JOIN(" ", sents)),
             ("요청서비스", rng.choice(["일시재가(요양보호사 방문)", "식사지원(도시락 배달)", "동행지원(병원)", "주거편의(방역·청소)", "단기시설"]))]
    if rng.random() < 0.5:
        pairs.append((rng.choice(["이메일(보호자)", "보호자 전자우편", "e-mail"]), email(ctx)))
    kb, ks = kv_block(ctx, pairs)
    body = F(rng.choice(["아래 대상자에 대하여 서비스 제공을 의뢰하오니 검토 후 회신하여 주시기 바랍니다.\n\n",
                         "다음과 같이 돌봄서비스 연계를 의뢰합니다.\n\n", ""]))
    body += kb
    body += F("\n", rng.choice(["※ 개인정보 제3자 제공 동의서 첨부", "붙임  1. 개인정보 수집·이용 동의서 1부.", "※ " + hn(ctx)]), "\n")
    return dict(title=title, doc_type="의뢰서", body=body, style=rng.choice(["gongmun", "plain", "letter"]), layouts=[ks])


def k_payment_list(ctx, offs):
    """장학금·후원금 지급 명단."""
    rng = ctx.rng
    what = rng.choice(["장학금", "후원금", "명절 위문금", "희망나눔 성금", "교복 구입비"])
    comp, bizno, rep = company(ctx)
    donor = Person(ctx)
    title = F(rng.choice([f"{ctx.year}년 {what} 지급 명단", f"{what} 지급 대상자 명단 및 지급 계획", f"{comp} 지정기탁 {what} 지급 결과",
                          f"{ctx.dong} {what} 수령인 명단"]))
    n = rng.randint(3, 9)
    stud = what in ("장학금", "교복 구입비")
    hdr_name = rng.choice(["수령인(관계)", "수강자(예금주)", "대상자", "성명", "학생명", "수혜자"] if stud else ["수령인(관계)", "대상자", "성명", "수혜자", "세대주"])
    rows = []
    for i in range(n):
        child = what in ("장학금", "교복 구입비")
        st = Person(ctx, child=child)
        rel = rng.choice(["모", "부", "조모", "본인", "본인"] if child else ["본인", "본인", "배우자", "딸", "아들"])
        rec = Person(ctx, sex={"모": "F", "조모": "F", "부": "M", "딸": "F", "아들": "M"}.get(rel))
        bank, acc = account(ctx)
        if hdr_name == "수령인(관계)":
            namecell = st.n() if rel == "본인" else F(rec.n(), f"({rel})")
            holder = namecell if rel == "본인" else rec.n()
        elif hdr_name == "수강자(예금주)":
            namecell = F(st.n(), "(", rec.n(), ")")
            holder = rec.n()
        else:
            namecell = st.n()
            holder = st.n() if rel == "본인" or not child else rec.n()
        rows.append([str(i + 1), namecell, rng.choice([f"{rng.choice(['중', '고'])}{rng.randint(1, 3)}", f"{st.age}세"]) if child else rng.choice(["수급", "차상위", "한부모", "조손"]),
                     bank, acc, holder, won(rng, 100000, 1000000, 50000)])
    tb, ts = table(ctx, ["연번", hdr_name, "학년" if what in ("장학금", "교복 구입비") else "구분", "은행", "계좌번호", "예금주", "금액"], rows)
    body = F(f"1. 관련: {docno(ctx)}({ctx.near_date(-10)})\n")
    body += T("2. " + comp + "(사업자등록번호 " + bizno + ", 대표전화 " + rep + ") 및 개인 후원자 {d}의 지정기탁금으로 아래와 같이 " + what + J(what, "을") + " 지급하고자 합니다.\n",
              d=donor.name() if rng.random() < 0.7 else donor.masked())
    if rng.random() < 0.3:
        body += T("  ※ 개인 후원자 기부금 영수증 발송: {e}\n", e=email(ctx))
    body += F(f"  가. 총액: {won(rng, 1000000, 9000000, 100000)}\n  나. 지급일: {ctx.near_date(3)}\n  다. 지급 대상: 붙임 명단\n\n")
    body += tb
    if rng.random() < 0.4:
        bank, _ = account(ctx)
        body += F(f"\n※ 후원금 입금 계좌: {bank} {rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}-{rng.randint(100, 999)} (예금주: {ctx.gu} 희망복지기금)\n")
    if rng.random() < 0.5:
        v = Person(ctx)
        body += T("\n3. 전달식 진행: 자원봉사자 {v}({ph}) 협조\n", v=v.name(), ph=phone(ctx))
    body += F(f"\n{hn(ctx)}\n")
    return dict(title=title, doc_type="지급명단", body=body, style=rng.choice(["gongmun", "report", "plain"]), layouts=[ts])


def k_meal(ctx, offs):
    """무료 급식 대상자 현황."""
    rng = ctx.rng
    child = rng.random() < 0.45
    title = F(rng.choice(["아동급식 지원 대상자 현황", f"{ctx.year}년 {ctx.month}월 무료급식 대상자 현황", "경로식당 무료급식 대상자 명단",
                          "재가노인 식사배달 대상자 현황", f"{ctx.dong} 밑반찬 배달 대상 현황"]))
    n = rng.randint(4, 9)
    rows = []
    use_bd = rng.random() < 0.5
    for i in range(n):
        p = Person(ctx, child=child, age=None if child else rng.randint(65, 95))
        cells = [str(i + 1), p.n() if rng.random() < 0.9 else p.masked(), p.bdate() if use_bd else f"{p.age}",
                 address(ctx, short=True) if rng.random() < 0.6 else unit_only(ctx)]
        if child:
            grel = rng.choice(["모", "부", "조모", "모"])
            g = Person(ctx, sex="M" if grel == "부" else "F", age=rng.randint(30, 48) if grel != "조모" else rng.randint(60, 80))
            cells += [F(g.n(), f"({grel})"), phone(ctx), card(ctx)]
        else:
            reason = rng.choice([E(rng.choice(HEALTH_STATUS + HEALTH_COND), "HEALTH_INFO"), "독거", "기초수급", "저소득 독거",
                                 E(rng.choice(LTC), "HEALTH_INFO")])
            cells += [reason, phone(ctx, home=rng.random() < 0.3)]
        rows.append(cells)
    hdr = ["번호", rng.choice(["성명", "대상자", "이름", "아동명" if child else "어르신"]), "생년월일" if use_bd else "나이", "주소"]
    hdr += ["보호자", "보호자 연락처", "급식카드번호"] if child else [rng.choice(["선정사유", "사유", "건강상태"]), "연락처"]
    tb, ts = table(ctx, hdr, rows)
    law = "「아동복지법」 제35조" if child else rng.choice(["「노인복지법」 제27조의2", "「국민기초생활 보장법」 제7조", statute(ctx)])
    body = F(f"□ 근거: {law}\n□ 기준일: {ctx.date()}\n□ 총 {n}명 ", rng.choice(["(신규 2명 포함)", "", "(중지 1명 제외)"]), "\n\n")
    body += tb
    body += F(f"\n□ 급식 제공기관: {rng.choice(ORGS)} / 1식 단가 {won(rng, 7000, 11000, 500)}\n□ {hn(ctx)}\n")
    return dict(title=title, doc_type="현황", body=body, style=rng.choice(["report", "plain", "gongmun"]), layouts=[ts])


def k_visit_log(ctx, offs):
    """고독사 예방 방문 기록."""
    rng = ctx.rng
    hh = Household(ctx, size=1, elderly=rng.random() < 0.5)
    p = hh.head
    vol = Person(ctx)
    title = rng.choice([F("고독사 예방 안부확인 방문 기록"), T("{n} 님 방문상담 일지", n=p.n()), F("1인가구 안부확인 결과"),
                        F("중장년 고립가구 방문 기록지")])
    style = rng.choice(["log_table", "notes", "prose"])
    body = []
    layouts = []
    if style == "log_table":
        body += T("대상자: {n} / {a} / {ph}\n\n", n=p.name(), a=hh.addr, ph=hh.phone)
        rows = []
        for k in range(rng.randint(3, 5)):
            who = rng.choice([F(f"복지플래너 {ctx.official_name()}"), T("자원봉사자 {v}", v=vol.n()), F("통장 동행"), F(f"방문간호사(보건소)")])
            obs = rng.choice([F("문 두드렸으나 응답 없음, 전화로 통화됨"), F("식사 거르는 날 많다고 함"),
                              T("{h} 증상 호소, 병원 동행 권유", h=health(ctx, HEALTH_COND)),
                              F("집 안 정리 상태 양호"), T("술병 다수 발견, {h}", h=E("알코올 의존 의심", "HEALTH_INFO")),
                              F("안부 확인, 특이사항 없음")])
            rows.append([ctx.near_date(-7 * (4 - k), rng.choice([0, 1, 4])), who, rng.choice(["방문", "전화", "방문", "문자"]), obs])
        tb, ts = table(ctx, ["일자", "확인자", "방법", "내용"], rows, rng.choice(["pipe", "box", "tab", "pipe2"]))
        body += tb
        layouts.append(ts)
    elif style == "notes":
        body += T("○ 대상: {n}({a}세, " + ("남" if p.sex == "M" else "여") + ")\n○ 주소: {ad}\n○ 연락처: {ph}\n", n=p.name(), a=str(p.age), ad=hh.addr, ph=hh.phone)
        sents, _ = narrative(ctx, hh, "ham")
        body += F("○ 상담 내용\n")
        for s in sents:
            body += F("  - ", s, "\n")
        body += T("  - 자원봉사자 {v} 주 2회 안부전화 예정({vp})\n", v=vol.josa("이"), vp=phone(ctx))
        body += F("○ 향후 계획: ", rng.choice(["스마트플러그 설치", "AI 안부확인 서비스 신청", "이웃 살피미 지정"]), "\n")
        layouts.append("bullets")
    else:
        sents, _ = narrative(ctx, hh, "sm")
        body += T(ctx.near_date(-1, 2) + " 오전 {n} 님 댁({a})을 방문하였습니다. ", n=p.name(), a=hh.addr)
        body += JOIN(" ", sents)
        body += T(" 이웃 {v} 씨가 평소 반찬을 가져다준다고 하여 협조를 부탁드렸습니다. 본인 휴대전화 {ph}" + J(ftext(hh.phone), "으로") + " 주 1회 안부 전화를 드리기로 하였습니다.\n",
                  v=vol.n(), ph=hh.phone)
        layouts.append("prose")
    body += F("\n", rng.choice(["※ ", "* "]), hn(ctx), "\n")
    return dict(title=title, doc_type="방문기록", body=body, style=rng.choice(["memo", "report", "plain"]), layouts=layouts)


def k_activity_change(ctx, offs):
    """장애인 활동지원 변경."""
    rng = ctx.rng
    p = Person(ctx, age=rng.randint(8, 70))
    old_w = Person(ctx)
    new_w = Person(ctx)
    grel = rng.choice(["모", "부", "배우자", "누나"])
    g = Person(ctx, sex="M" if grel == "부" else ("F" if grel in ("모", "누나") else None), age=rng.randint(30, 75))
    dis = E(rng.choice([d for d in DISAB]), "HEALTH_INFO")
    title = rng.choice([F("장애인 활동지원 급여 변경 결정 통지"), T("활동지원사 변경 신청 처리 결과({n})", n=p.n()), F("활동지원 급여량 변경 알림"),
                        F("장애인활동지원 변경 내역 보고")])
    if rng.random() < 0.5:
        rows = []
        for i in range(rng.randint(2, 5)):
            q = Person(ctx, age=rng.randint(8, 70))
            w1, w2 = Person(ctx), Person(ctx)
            rows.append([str(i + 1), q.n(), E(rng.choice(DISAB), "HEALTH_INFO"), f"{rng.randint(1, 15)}구간 → {rng.randint(1, 15)}구간",
                         F(w1.n(), " → ", w2.n()), rng.choice(["이용자 요청", "활동지원사 사정", "종합조사 재판정", "거주지 이전"])])
        tb, ts = table(ctx, ["연번", rng.choice(["이용자", "대상자", "수급자"]), rng.choice(["장애정도", "장애유형·정도"]), "급여구간",
                             rng.choice(["활동지원사(변경 전→후)", "활동지원인력"]), "변경사유"], rows)
        body = F(f"1. 관련: {statute(ctx)}\n2. {ctx.month}월 장애인활동지원 변경 내역을 다음과 같이 보고합니다.\n\n") + tb
        body += F(f"\n3. 활동지원기관: {rng.choice(['○○장애인자립생활센터', '사회복지법인 ○○복지재단 활동지원센터', '○○장애인복지관'])}\n")
        layouts = ["hier", ts]
        style = rng.choice(["gongmun", "report"])
    else:
        body = T("{n} 님({b}생)의 활동지원 급여 변경 신청에 대하여 아래와 같이 결정하였습니다.\n\n", n=p.name(), b=p.bdate())
        pairs = [("장애 정도", dis), ("주소", address(ctx)), ("연락처", phone(ctx)),
                 ("급여 구간", f"{rng.randint(1, 15)}구간 (월 {rng.randint(60, 480)}시간)"),
                 ("변경 내용", T("활동지원사 {a} → {b}", a=old_w.n(), b=new_w.n())),
                 ("변경 사유", rng.choice(["이용자와의 갈등", "활동지원사 개인 사정", T("{h}{j} 인한 야간 돌봄 필요", h=health(ctx, HEALTH_STATUS), j="으로"), "이사"])),
                 ("보호자", T("{g}(" + grel + ") {ph}", g=g.n(), ph=phone(ctx))),
                 ("적용일", ctx.near_date(5))]
        if p.age < 19:
            pairs.insert(1, ("비고", T("{c} 동반", c=health(ctx, CHILD_HEALTH))))
        kb, ks = kv_block(ctx, pairs)
        body += kb + F("\n※ 급여 변경에 이의가 있는 경우 90일 이내 이의신청 가능\n")
        layouts = [ks]
        style = rng.choice(["letter", "gongmun", "plain"])
    return dict(title=title, doc_type="변경결정", body=body, style=style, layouts=layouts)


def k_elderly_assign(ctx, offs):
    """노인 맞춤돌봄 배정표."""
    rng = ctx.rng
    title = F(rng.choice(["노인맞춤돌봄서비스 대상자 배정표", f"{ctx.month}월 생활지원사 배정 현황", "맞춤돌봄 신규 대상자 배정 결과",
                          "노인맞춤돌봄 서비스 제공계획(배정)"]))
    n = rng.randint(4, 9)
    rows = []
    workers = [Person(ctx, sex="F", age=rng.randint(50, 66)) for _ in range(rng.randint(2, 3))]
    for i in range(n):
        p = Person(ctx, age=rng.randint(65, 97))
        w = rng.choice(workers)
        rows.append([str(i + 1), p.n(), f"{p.age}", address(ctx, short=rng.random() < 0.5), phone(ctx, home=rng.random() < 0.35),
                     rng.choice(["중점돌봄군", "일반돌봄군", "특화서비스"]),
                     E(rng.choice(HEALTH_COND + LTC), "HEALTH_INFO") if rng.random() < 0.5 else rng.choice(["-", "독거", "고령부부"]), w.n()])
    tb, ts = table(ctx, ["연번", rng.choice(["대상자", "어르신 성명", "이용자"]), "연령", "주소", "연락처", "돌봄군", "특이사항",
                         rng.choice(["생활지원사", "담당 생활지원사", "배정인력"])], rows)
    body = F(f"○ 수행기관: {rng.choice(['○○노인복지관', '○○재가노인지원센터', '○○종합사회복지관'])} (전담사회복지사 배치)\n",
             f"○ 근거: {statute(ctx)}\n○ 배정일: {ctx.date()}\n\n")
    body += tb
    body += F(f"\n○ 생활지원사 1인당 담당 인원은 {rng.randint(12, 18)}명 이내로 조정함.\n○ {hn(ctx)}\n")
    return dict(title=title, doc_type="배정표", body=body, style=rng.choice(["report", "plain", "gongmun"]), layouts=[ts])


PARTIAL_KINDS = [k_case_minutes, k_emergency_notice, k_nbls, k_crisis, k_care_referral, k_payment_list,
                 k_meal, k_visit_log, k_activity_change, k_elderly_assign]


# ----------------------------------------------------------------------------
# public (no personal data) variants
# ----------------------------------------------------------------------------

def p_stats(ctx, offs):
    rng = ctx.rng
    what = rng.choice(["위기가구 발굴 및 지원 실적", "긴급지원 추진 실적", "노인맞춤돌봄 동별 배정 현황", "아동급식 지원 현황",
                       "기초생활수급 신규 책정 현황", "고독사 예방 안부확인 실적", "장애인활동지원 변경 처리 현황"])
    title = F(f"{ctx.year}년 {ctx.month}월 {what}")
    rows = []
    for d in ctx.dongs + [ctx.dongs[0].replace("동", "제2동")]:
        rows.append([d, str(rng.randint(5, 140)), str(rng.randint(1, 60)), f"{rng.randint(3, 90) * 100000:,}"])
    hdrs = ["동명", rng.choice(["발굴(명)", "대상자 수", "신청 건수", "배정 인원"]), rng.choice(["지원(건)", "연계(건)", "신규(명)", "종결(건)"]), "집행액(원)"]
    tb, ts = table(ctx, hdrs, rows, rng.choice(["pipe", "box", "tab", "csv", "pipe2"]))
    body = F(f"1. 관련: {statute(ctx)}\n2. {ctx.month}월 {what}을 다음과 같이 보고합니다.\n\n") + tb
    body += F(f"\n3. 전월 대비 {rng.randint(2, 30)}% {rng.choice(['증가', '감소'])}하였으며, ", hn(ctx), "\n")
    body += F(f"4. 문의: {ctx.dept} 주무관 {ctx.official_name()} ({ctx.office_tel()}), 보건복지상담센터 129, 다산콜센터 120\n")
    return dict(title=title, doc_type="현황", body=body, style=rng.choice(["gongmun", "report"]), layouts=["hier", ts])


def p_plan(ctx, offs):
    rng = ctx.rng
    prog = rng.choice(["노인맞춤돌봄서비스", "고독사 예방 안부확인 사업", "통합사례관리 사업", "아동급식 지원사업", "희망나눔 장학금 지원사업",
                       "돌봄SOS센터", "위기가구 발굴 민관협력 사업"])
    title = F(f"{ctx.year}년 {prog} 추진 계획")
    comp, bizno, rep = company(ctx)
    org = rng.choice(ORGS)
    body = F("Ⅰ. 추진 근거\n", f"  ○ {statute(ctx)}\n  ○ {statute(ctx)}\n\n",
             "Ⅱ. 사업 개요\n", f"  ○ 사업기간: {ctx.year}. 1. 1. ~ {ctx.year}. 12. 31.\n",
             f"  ○ 사업대상: 관내 {rng.choice(['65세 이상 독거노인', '중장년 1인 가구', '저소득 위기가구', '결식 우려 아동', '장애인 가구'])} 약 {rng.randint(100, 3000):,}명\n",
             f"  ○ 소요예산: {rng.randint(100, 9000) * 1000000:,}원 (국비 {rng.randint(30, 70)}%, 시비, 구비)\n",
             f"  ○ 수행기관: {org}, {comp}(사업자등록번호 {bizno}, 대표전화 {rep})\n\n",
             "Ⅲ. 세부 추진 내용\n",
             "  1) 대상자 발굴: 행복e음 위기정보 및 이웃 제보를 통한 상시 발굴\n",
             f"  2) 서비스 제공: 생활지원사 {rng.randint(20, 120)}명 배치, 월 {rng.randint(2, 8)}회 방문\n",
             f"  3) 모니터링: {hn(ctx)}\n\n",
             "Ⅳ. 행정사항\n",
             f"  - 동 주민센터는 {ctx.near_date(14)}까지 대상자 현황을 제출\n",
             f"  - 담당: {ctx.dept} 팀장 {ctx.official_name()}, 주무관 {ctx.official_name()} ({ctx.office_tel()}, {ctx.office_email()})\n",
             f"  - 장소: {ctx.gu}청({ctx.office_addr}) 3층 대회의실\n")
    return dict(title=title, doc_type="계획", body=body, style=rng.choice(["gongmun", "report", "plain"]), layouts=["hier"])


def p_meeting_notice(ctx, offs):
    rng = ctx.rng
    title = F(rng.choice(["통합사례회의 개최 알림", "지역사회보장협의체 실무분과 회의 개최", "민관 합동 사례회의 개최 안내",
                          "솔루션회의 참석 요청"]))
    chair = ctx.official_name()
    body = F(f"1. 귀 기관의 무궁한 발전을 기원합니다.\n2. {statute(ctx)}에 따라 {ctx.dong} 통합사례회의를 아래와 같이 개최하오니 참석하여 주시기 바랍니다.\n",
             f"  가. 일시: {ctx.near_date(7, 2)} 14:00\n  나. 장소: {ctx.dong} 주민센터 2층 회의실\n",
             f"  다. 참석: {ctx.dong}장 {chair}(위원장), 맞춤형복지팀장 {ctx.official_name()}, 사례관리자 {ctx.official_name()}, 관계기관 담당자\n",
             f"  라. 안건: 고위험 사례 {rng.randint(2, 6)}건 (개인정보 보호를 위해 사례 내용은 회의 당일 배부, 사례 대상자는 A씨·B씨로 표기)\n",
             f"3. 회의 자료는 회의 종료 후 회수합니다. 문의 {ctx.office_tel()}\n")
    return dict(title=title, doc_type="회의 개최", body=body, style="gongmun", layouts=["hier"])


def p_guide(ctx, offs):
    rng = ctx.rng
    title = F(rng.choice(["긴급복지지원 제도 안내", "위기가구 신고 요령 안내", "기초생활보장 신청 안내문", "겨울철 한파 대비 취약계층 지원 안내"]))
    body = F("■ 누가 받을 수 있나요?\n", "  - 갑작스러운 실직, 질병, 화재 등으로 생계가 어려워진 가구\n",
             f"  - 소득 기준중위소득 75% 이하, 재산 {ctx.city.split()[0]} 기준 {rng.randint(19, 26)}억 원 이하\n",
             "■ 무엇을 지원하나요?\n", f"  - 생계지원: 4인 가구 기준 월 {won(rng, 1600000, 1900000, 100)}\n",
             "  - 의료지원: 회당 300만원 이내\n", "■ 어떻게 신청하나요?\n",
             f"  - 가까운 동 주민센터 또는 {ctx.gu}청 {ctx.dept}({ctx.office_tel()}) 방문·전화\n",
             "  - 보건복지상담센터 ☎129 (24시간), 다산콜센터 ☎120\n",
             f"■ 주변에 어려운 이웃이 있다면 알려주세요. 신고자의 신원은 보호됩니다.\n  - 구청 주소: {ctx.office_addr}\n  - 전자우편: {ctx.office_email()}\n")
    return dict(title=title, doc_type="안내문", body=body, style=rng.choice(["plain", "letter"]), layouts=["bullets"])


def p_donation(ctx, offs):
    rng = ctx.rng
    rows = []
    for _ in range(rng.randint(3, 6)):
        c, b, r = company(ctx)
        rows.append([c, b, rng.choice(["쌀 10kg 200포", "라면 100박스", "현금", "온누리상품권", "연탄 3,000장", "김장김치 500kg"]),
                     f"{rng.randint(5, 300) * 100000:,}"])
    title = F(f"{ctx.year}년 {rng.choice(['설', '추석', '연말', '동절기'])} 이웃돕기 후원 접수 현황")
    tb, ts = table(ctx, ["기탁처", "사업자등록번호", "품목", "환산액(원)"], rows)
    body = F("1. 관련: 「기부금품의 모집 및 사용에 관한 법률」 제5조\n2. 관내 기업·단체의 후원 접수 현황을 다음과 같이 보고합니다.\n\n") + tb
    body += F(f"\n3. 후원품은 동 주민센터를 통해 저소득 가구에 배분 예정이며 배분 명단은 별도 관리함.\n4. 담당 {ctx.dept} {ctx.official_name()} 주무관({ctx.office_tel()})\n")
    return dict(title=title, doc_type="현황", body=body, style=rng.choice(["gongmun", "report"]), layouts=["hier", ts])


PUBLIC_KINDS = [p_stats, p_plan, p_meeting_notice, p_guide, p_donation]


# ----------------------------------------------------------------------------
# nonpublic variants
# ----------------------------------------------------------------------------

def n_single_case(ctx, offs):
    rng = ctx.rng
    hh = Household(ctx, size=rng.randint(2, 4))
    p = hh.head
    title = T("고위험 사례 심층 사례회의 결과({n} 가구)", n=p.n()) if rng.random() < 0.6 else F("고위험 사례 심층 사례회의 결과")
    sents, _ = narrative(ctx, hh, "ham", 5)
    body = T("□ 대상가구: {n}({b}) 외 " + str(len(hh.members)) + "인 / {a} / {ph}\n", n=p.name(), b=p.bdate(), a=hh.addr, ph=hh.phone)
    body += F("□ 가계도 및 가구원\n")
    for rel, m in hh.members:
        body += T("  - " + rel + " {n}({a}세)" + rng.choice(["", ", 동거", ", 별거"]) + "\n", n=m.n(), a=str(m.age))
    body += F("□ 사례 개요(생애사)\n")
    for s in sents:
        body += F("  - ", s, "\n")
    body += T("  - 과거 {h} 입원 이력 2회, 자해 시도 1회 있음.\n", h=health(ctx, ["조현병", "양극성 장애", "우울증", "알코올 사용장애"]))
    body += F("□ 위험도 판정: 고위험(자살·자해 위험 상)\n□ 결정: 정신건강복지센터 긴급 개입, 의료급여 연계, 주 2회 모니터링\n",
              "※ 본 회의록은 특정 개인의 생애 전반과 정신건강 정보를 담고 있어 비공개로 관리함.\n")
    return dict(title=title, doc_type="회의록", body=body, style=rng.choice(["report", "gongmun"]), layouts=["bullets", "hier"], grounds=[6])


def n_death(ctx, offs):
    rng = ctx.rng
    p = Person(ctx, age=rng.randint(45, 85))
    sib = Person(ctx)
    addr = address(ctx)
    title = F(rng.choice(["고독사 의심 사망 발생 보고", "1인가구 사망 사건 발생 보고(내부)", "관내 무연고 사망자 발생 보고"]))
    body = F("1. 발생 개요\n", f"  ○ 발견일시: {ctx.near_date(-1)} 10:40경\n")
    body += T("  ○ 사망자: {n}({a}세, " + ("남" if p.sex == "M" else "여") + ") / {ad}\n", n=p.name(), a=str(p.age), ad=addr)
    body += F("  ○ 발견 경위: 집주인이 악취 신고 → 112 출동, 사망 확인\n")
    body += T("  ○ 생전 상황: {h}, 최근 3개월간 긴급지원 대상으로 관리 중이었음\n", h=health(ctx, HEALTH_COND + HEALTH_STATUS))
    body += T("  ○ 연고자: " + rng.choice(["동생", "누나", "형", "딸"]) + " {s}({sp}) — 시신 인수 의사 확인 중\n", s=sib.n(), sp=phone(ctx))
    body += F("2. 처리 상황\n", f"  - {ctx.gu} 관할 경찰서에서 변사 사건으로 사인 조사 중(수사 진행 중)이며, 결과 통보 전까지 외부 공개를 금함\n",
              "  - 「고독사 예방 및 관리에 관한 법률」 제6조에 따른 고독사 실태조사 자료로 보고 예정\n", f"  - {hn(ctx)}\n")
    return dict(title=title, doc_type="보고", body=body, style=rng.choice(["report", "gongmun"]), layouts=["hier", "bullets"], grounds=[4, 6])


def n_review(ctx, offs):
    rng = ctx.rng
    title = F(rng.choice(["긴급지원 적정성 심사 안건(심의 중)", "긴급지원심의위원회 안건 검토(내부)", "부정수급 의심 건 환수 여부 검토"]))
    rows = []
    for i in range(rng.randint(2, 5)):
        q = Person(ctx)
        rows.append([str(i + 1), q.n() if rng.random() < 0.8 else q.masked(), rng.choice(["생계", "의료", "주거"]),
                     won(rng, 500000, 3000000), rng.choice(["소득 누락 의심", "사실혼 관계 의심", "재산 은닉 의심", "지원기간 중 취업"]),
                     rng.choice(["검토 중", "추가 조사", "심의 예정"])])
    tb, ts = table(ctx, ["연번", "지원대상자", "종류", "지원액", "검토 사유", "진행"], rows)
    body = F(f"1. {statute(ctx)}에 따른 사후조사 결과 적정성 심사가 필요한 건을 아래와 같이 검토 중임.\n\n") + tb
    body += F(f"\n2. 긴급지원심의위원회({ctx.near_date(10)} 개최 예정) 심의 전 내부 검토 자료로, 의사결정 과정에 있는 사항이므로 공개하지 않음.\n",
              f"3. 위원장 {ctx.gu} 부구청장, 간사 {ctx.dept}장\n")
    return dict(title=title, doc_type="검토", body=body, style=rng.choice(["gongmun", "report"]), layouts=["hier", ts], grounds=[5, 6])


def n_trade(ctx, offs):
    rng = ctx.rng
    comp, bizno, rep = company(ctx)
    title = F(f"{comp} 무료급식 식자재 공급 원가 자료")
    rows = [[rng.choice(["쌀", "김치", "국거리", "도시락 용기", "반찬 3종", "우유"]), f"{rng.randint(500, 9000):,}", f"{rng.randint(300, 8000):,}",
             f"{rng.randint(5, 40)}%"] for _ in range(rng.randint(3, 6))]
    tb, ts = table(ctx, ["품목", "납품단가(원)", "원가(원)", "마진율"], rows)
    body = F(f"1. 업체명: {comp} (사업자등록번호 {bizno}, 대표전화 {rep})\n",
             "2. 업체가 제출한 품목별 원가 및 거래처 정보는 영업상 비밀로서 공개 시 업체의 정당한 이익을 해칠 우려가 있음.\n\n") + tb
    body += F(f"\n3. 담당 {ctx.dept} 주무관 {ctx.official_name()} ({ctx.office_tel()})\n")
    return dict(title=title, doc_type="계약 참고자료", body=body, style="gongmun", layouts=["hier", ts], grounds=[7])


def n_defector(ctx, offs):
    rng = ctx.rng
    hh = Household(ctx, size=rng.randint(1, 3))
    p = hh.head
    title = F("북한이탈주민 위기가구 지원 협조(신변보호 대상)")
    body = T("1. 관내 거주 북한이탈주민 {n}({b}) 가구에 대한 생계 위기 정보가 접수되어 관계기관 협조를 요청합니다.\n", n=p.name(), b=p.bdate())
    body += T("  - 주소: {a}\n  - 연락처: {ph}\n", a=hh.addr, ph=hh.phone)
    sents, _ = narrative(ctx, hh, "ham", 2)
    for s in sents:
        body += F("  - ", s, "\n")
    body += F("2. 대상자는 관할 경찰서 신변보호담당관의 보호 대상으로, 「북한이탈주민의 보호 및 정착지원에 관한 법률」에 따라 ",
              "신변 관련 정보가 공개될 경우 국가안전보장 및 본인의 안전에 위해가 우려되므로 비공개함.\n")
    body += F(f"3. 문의: {ctx.dept} 주무관 {ctx.official_name()} ({ctx.office_tel()})\n")
    return dict(title=title, doc_type="협조", body=body, style="gongmun", layouts=["hier"], grounds=[2, 6])


def n_abuse(ctx, offs):
    rng = ctx.rng
    hh = Household(ctx, size=rng.randint(2, 4))
    p = hh.head
    kid = Person(ctx, child=True)
    title = F("위기아동 발굴 가구 아동학대 의심 신고 건 보고")
    body = T("○ 대상가구: {n} / {a}\n", n=p.name(), a=hh.addr)
    body += T("○ 아동: {k}({age}세) — {h}, 최근 결석 잦음\n", k=kid.n(), age=str(kid.age), h=health(ctx, CHILD_HEALTH))
    body += F("○ 경위: 위기아동 조기발견시스템 정보로 가정방문 중 아동 신체의 멍 자국 확인 → 112 신고\n",
              f"○ 현재 경찰 및 아동보호전문기관 조사 진행 중({ctx.near_date(-1)} 접수)\n",
              "○ 수사 중인 사안으로 결과 확인 전까지 외부 제공 및 공개 불가\n")
    return dict(title=title, doc_type="보고", body=body, style=rng.choice(["memo", "report"]), layouts=["bullets"], grounds=[4, 6])


NONPUBLIC_KINDS = [n_single_case, n_single_case, n_death, n_review, n_trade, n_defector, n_abuse]


# ----------------------------------------------------------------------------
# assemble
# ----------------------------------------------------------------------------

def make_doc(rng, seed, i):
    ctx = Ctx(rng)
    offs = officials(ctx)
    r = rng.random()
    if r < 0.2:
        grade, fn = "public", rng.choice(PUBLIC_KINDS)
    elif r < 0.32:
        grade, fn = "nonpublic", rng.choice(NONPUBLIC_KINDS)
    else:
        grade, fn = "partial", rng.choice(PARTIAL_KINDS)
    d = fn(ctx, offs)
    grounds = [] if grade == "public" else d.get("grounds", [6])
    frags = frame(ctx, d["title"], d["body"], d["style"], grade, grounds, offs)
    text = ""
    ents = []
    for s, lab in frags:
        if lab:
            ents.append({"start": len(text), "end": len(text) + len(s), "label": lab, "text": s})
        text += s
    if grade == "partial" and not ents:
        grade, grounds = "public", []
    if grade == "public":
        assert not ents, (fn.__name__, ents)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["text"] == e["text"].strip() and e["text"], e
    drafter, reviewer, approver, arank = offs
    return {
        "id": f"{FAMILY}-{seed}-{i}", "lang": "ko", "title": ftext(d["title"]),
        "department": f"{ctx.gu_full} {ctx.dept}", "doc_type": d["doc_type"], "approved_at": ctx.iso(),
        "drafter": drafter, "approver": approver, "approver_rank": arank, "text": text,
        "entities": ents, "grade": grade, "grounds": grounds,
        "_layouts": [d["style"]] + d["layouts"],
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    ap.add_argument("--keep-layouts", action="store_true", help="keep the _layouts debug field")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for i in range(a.n):
            d = make_doc(rng, a.seed, i)
            if not a.keep_layouts:
                d.pop("_layouts")
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
