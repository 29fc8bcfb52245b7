#!/usr/bin/env python3
"""field_checklists: what an official writes on a site visit (현장 확인서, 점검표, 단속 결과 ...).

python3 generate.py --n 200 --seed 1 --out docs.jsonl
Standard library only, deterministic for a given seed.
"""
import argparse
import json
import random
import datetime

FAMILY = "field_checklists"

# ---------------------------------------------------------------- segments
# A value is a list of (text, label-or-None). Plain strings are unlabelled.

def S(*items):
    out = []
    for it in items:
        if it is None:
            continue
        if isinstance(it, str):
            if it:
                out.append((it, None))
        elif isinstance(it, tuple):
            out.append(it)
        else:
            out.extend(it)
    return out


def plain(segs):
    return "".join(t for t, _ in segs)


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []

    def add(self, *items):
        for text, lab in S(*items):
            if lab:
                self.ents.append({"start": self.n, "end": self.n + len(text), "label": lab, "text": text})
            self.buf.append(text)
            self.n += len(text)
        return self

    def line(self, *items):
        self.add(*items)
        self.add("\n")
        return self

    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------- vocab
SURNAMES = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉")
SURNAMES_COMMON = list("김이박최정강조윤장임한오서신권황안송")
SURNAMES_TWO = ["남궁", "독고", "사공", "황보", "제갈", "선우", "서문", "동방"]
GIVEN_SYL = list("영수순자민준서연지현우성호철경숙미정희진태윤하은도재석상혁광옥분말례동길복남춘화봉기명훈아름보람승연주원채나래")
GIVEN_TWO = ["영수", "순자", "민준", "서연", "지훈", "경숙", "영희", "철수", "말순", "복례", "옥분", "춘자", "상철", "재석",
             "동현", "하은", "도윤", "승민", "정희", "미경", "광호", "태식", "금순", "명자", "현우", "지아", "서윤", "예준",
             "영자", "종팔", "기철", "숙희", "남수", "용길", "순덕", "덕배", "은비", "가람", "한결", "보람"]
GIVEN_ONE = ["준", "혁", "솔", "윤", "건", "란", "훈", "진", "담", "별"]
HANJA = [("홍재석", "洪在錫"), ("김영수", "金英洙"), ("박순자", "朴順子"), ("이명호", "李明浩"), ("최수현", "崔秀賢"),
         ("정미경", "鄭美京"), ("윤태식", "尹泰植"), ("한광옥", "韓光玉"), ("송기철", "宋基哲"), ("서말례", "徐末禮")]
FOREIGN = [("응우옌 티 하", "NGUYEN THI HA"), ("쩐 반 남", "TRAN VAN NAM"), ("왕웨이", "WANG WEI"), ("리우팡", "LIU FANG"),
           ("바트볼드 간바트", "BATBOLD GANBAT"), ("마리아 산토스", "MARIA SANTOS"), ("아지즈 카리모프", "AZIZ KARIMOV"),
           ("존 스미스", "JOHN SMITH"), ("수닐 쿠마르", "SUNIL KUMAR"), ("타나카 유키", "TANAKA YUKI"),
           ("누르 아이샤", "NUR AISYAH"), ("올레그 페트로프", "OLEG PETROV")]
MASKED = ["김○수", "박OO", "이○○", "A씨", "최**", "정○희", "B씨", "甲", "한○○", "윤OO"]

GU = {  # district -> (office address, office line prefix, domain)
    "강남구": ("서울특별시 강남구 학동로 426", "02-3423-", "gangnam.go.kr"),
    "송파구": ("서울특별시 송파구 올림픽로 326", "02-2147-", "songpa.go.kr"),
    "관악구": ("서울특별시 관악구 관악로 145", "02-879-", "gwanak.go.kr"),
    "노원구": ("서울특별시 노원구 노해로 437", "02-2116-", "nowon.kr"),
    "은평구": ("서울특별시 은평구 은평로 195", "02-351-", "ep.go.kr"),
    "강서구": ("서울특별시 강서구 화곡로 302", "02-2600-", "gangseo.seoul.kr"),
    "성북구": ("서울특별시 성북구 보문로 168", "02-2241-", "sb.go.kr"),
    "중랑구": ("서울특별시 중랑구 봉화산로 179", "02-2094-", "jungnang.go.kr"),
    "영등포구": ("서울특별시 영등포구 당산로 123", "02-2670-", "ydp.go.kr"),
    "도봉구": ("서울특별시 도봉구 마들로 656", "02-2091-", "dobong.go.kr"),
    "강북구": ("서울특별시 강북구 도봉로89길 13", "02-901-", "gangbuk.go.kr"),
    "동작구": ("서울특별시 동작구 장승배기로 161", "02-820-", "dongjak.go.kr"),
}
ROADS = {
    "강남구": ["개포로", "삼성로", "논현로", "봉은사로", "선릉로"], "송파구": ["가락로", "오금로", "송파대로", "백제고분로"],
    "관악구": ["신림로", "봉천로", "남부순환로", "난곡로"], "노원구": ["상계로", "동일로", "한글비석로", "공릉로"],
    "은평구": ["통일로", "연서로", "불광로", "진관2로"], "강서구": ["공항대로", "화곡로", "까치산로", "등촌로"],
    "성북구": ["동소문로", "정릉로", "보국문로", "삼양로"], "중랑구": ["면목로", "망우로", "동일로", "용마산로"],
    "영등포구": ["도림로", "신길로", "대림로", "여의대방로"], "도봉구": ["방학로", "해등로", "도봉로", "시루봉로"],
    "강북구": ["삼양로", "수유로", "인수봉로", "솔샘로"], "동작구": ["상도로", "사당로", "노량진로", "여의대방로"],
}
DONGS = ["상계동", "신림동", "봉천동", "면목동", "정릉동", "수유동", "방학동", "대림동", "화곡동", "불광동", "상도동", "가락동", "개포동", "미아동", "신길동"]
GU_DONGS = {"강남구": ["개포동", "일원동", "수서동"], "송파구": ["가락동", "마천동", "거여동"], "관악구": ["신림동", "봉천동", "남현동"],
            "노원구": ["상계동", "중계동", "월계동"], "은평구": ["불광동", "응암동", "갈현동"], "강서구": ["화곡동", "등촌동", "방화동"],
            "성북구": ["정릉동", "길음동", "장위동"], "중랑구": ["면목동", "망우동", "중화동"], "영등포구": ["대림동", "신길동", "도림동"],
            "도봉구": ["방학동", "쌍문동", "창동"], "강북구": ["수유동", "미아동", "번동"], "동작구": ["상도동", "사당동", "노량진동"]}
APTS = ["OO빌라", "한신빌라", "대림아파트", "현대아파트", "우성연립", "삼익맨션", "진달래아파트", "청솔빌", "그린하이츠"]
HEALTH = ["거동 불편", "치매 증상", "고혈압·당뇨 투약 중", "지체장애 3급", "뇌병변장애", "휠체어 사용", "우울증 치료 중",
          "산소호흡기 사용", "시각장애 1급", "파킨슨병 투병 중", "청력 저하", "허리 골절로 입원", "알코올 의존 증상", "신장투석 중(주 3회)"]
BANKS = ["농협", "국민은행", "신한은행", "우리은행", "하나은행", "기업은행", "우체국", "새마을금고"]
COMPANIES = ["(주)대성종합건설", "한빛건설(주)", "(주)우리이앤씨", "동명토건(주)", "(주)세진건축", "삼원산업개발(주)", "(주)미래광고기획", "(주)스카이사인"]
SHOPS = ["행복반찬", "맛나분식", "우리정육점", "은하노래연습장", "청춘당구장", "스마일PC방", "하나약국", "소망세탁", "골목커피", "동네치킨", "미소헤어", "온누리마트"]
SHOP_KIND = {"행복반찬": "식품제조가공업", "맛나분식": "휴게음식점", "우리정육점": "식육판매업", "은하노래연습장": "노래연습장업", "청춘당구장": "당구장업",
             "스마일PC방": "인터넷컴퓨터게임시설제공업", "하나약국": "약국", "소망세탁": "세탁업", "골목커피": "휴게음식점", "동네치킨": "일반음식점",
             "미소헤어": "미용업", "온누리마트": "소매점"}
SHOP_TYPE = ["일반음식점", "노래연습장업", "휴게음식점", "인터넷컴퓨터게임시설제공업", "세탁업", "미용업", "식육판매업", "소매점"]
OFF_RANKS = ["주무관", "주무관", "주무관", "팀장", "시설주사", "행정주사보", "건축주사"]


def rname(rng, foreign=False, style=None):
    """returns dict: full (segs for first mention), ref (short plain for later), given (plain)"""
    r = rng.random() if style is None else style
    if foreign or (style is None and r < 0.05):
        h, l = rng.choice(FOREIGN)
        k = rng.random()
        if k < 0.4:
            segs = [(h, "PERSON"), ("(", None), (l, "PERSON"), (")", None)]
        elif k < 0.7:
            segs = [(h, "PERSON")]
        else:
            segs = [(l, "PERSON")]
        return {"full": segs, "ref": h, "given": None, "foreign": True}
    if r < 0.10:
        h, z = rng.choice(HANJA)
        segs = [(h, "PERSON"), ("(", None), (z, "PERSON"), (")", None)] if rng.random() < 0.6 else [(z, "PERSON")]
        return {"full": segs, "ref": h, "given": h[1:], "foreign": False}
    sur = rng.choice(SURNAMES_TWO) if r < 0.18 else (rng.choice(SURNAMES_COMMON) if rng.random() < 0.6 else rng.choice(SURNAMES))
    if rng.random() < 0.1:
        given = rng.choice(GIVEN_ONE)
    elif rng.random() < 0.6:
        given = rng.choice(GIVEN_TWO)
    else:
        given = rng.choice(GIVEN_SYL) + rng.choice(GIVEN_SYL)
    name = sur + given
    k = rng.random()
    if k < 0.06:
        shown = sur + " " + given
    elif k < 0.09 and len(given) == 2 and len(sur) == 1:
        shown = sur + " " + given[0] + " " + given[1]
    else:
        shown = name
    return {"full": [(shown, "PERSON")], "ref": name, "given": given, "foreign": False}


def batchim(s):
    c = s[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    return False


def topic(s):
    return "은" if batchim(s) else "는"


def phone(rng, kind="mobile"):
    if kind == "home":
        p = rng.choice(["02-9", "02-3", "02-2", "031-8", "02-4"])
        return p + "%02d-%04d" % (rng.randint(10, 99), rng.randint(0, 9999))
    a, b = rng.randint(1000, 9999), rng.randint(1000, 9999)
    f = rng.random()
    if f < 0.55:
        return "010-%d-%d" % (a, b)
    if f < 0.67:
        return "010 %d %d" % (a, b)
    if f < 0.78:
        return "010%d%d" % (a, b)
    if f < 0.88:
        return "010.%d.%d" % (a, b)
    if f < 0.95:
        return "+82-10-%d-%d" % (a, b)
    return "(010)%d-%d" % (a, b)


def email(rng):
    u = rng.choice(["minsu", "hong.gd", "jy_park", "sunja", "kkh", "happyday", "yoon.t", "dream", "blue.sky", "gogo"]) + str(rng.randint(1, 99))
    return u + "@" + rng.choice(["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com"])


def birth(rng, lo=1935, hi=2004):
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(["%d. %d. %d." % (y, m, d), "%d-%02d-%02d" % (y, m, d), "%d년 %d월 %d일" % (y, m, d), "%d.%02d.%02d" % (y, m, d)]), y, m, d


def rrn(rng, y, m, d, foreign=False):
    front = "%02d%02d%02d" % (y % 100, m, d)
    if foreign:
        s = rng.choice("56") if y < 2000 else rng.choice("78")
    else:
        s = rng.choice("12") if y < 2000 else rng.choice("34")
    back = s + "%06d" % rng.randint(0, 999999)
    f = rng.random()
    if f < 0.55:
        return front + "-" + back
    if f < 0.7:
        return front + back
    if f < 0.85:
        return front + "-" + s + "******"
    return front + " - " + back


def plate(rng, moto=False):
    h = rng.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
    if moto:
        reg = rng.choice(["서울강남", "서울 관악", "서울마포", "서울 노원", "경기성남", "서울송파"])
        return rng.choice(["%s%s%04d", "%s %s %04d"]) % (reg, h, rng.randint(1000, 9999))
    f = rng.random()
    if f < 0.25:
        return rng.choice(["서울", "경기", "인천"]) + "%02d%s%04d" % (rng.randint(10, 99), h, rng.randint(1000, 9999))
    if f < 0.55:
        return "%02d%s%04d" % (rng.randint(10, 99), h, rng.randint(1000, 9999))
    if f < 0.85:
        return "%03d%s%04d" % (rng.randint(100, 399), h, rng.randint(1000, 9999))
    return "%03d%s %04d" % (rng.randint(100, 399), h, rng.randint(1000, 9999))


def dlicense(rng):
    if rng.random() < 0.6:
        return "%d-%02d-%06d-%02d" % (rng.choice([11, 12, 13, 22, 28]), rng.randint(0, 25), rng.randint(0, 999999), rng.randint(10, 99))
    return "%s %02d-%06d-%02d" % (rng.choice(["서울", "경기", "인천"]), rng.randint(0, 25), rng.randint(0, 999999), rng.randint(10, 99))


def account(rng):
    return rng.choice(["%03d-%04d-%04d-%02d", "%06d-%02d-%06d", "%03d-%06d-%02d-%03d"]) % tuple(
        rng.randint(0, 10 ** k - 1) for k in ([3, 4, 4, 2] if False else [3, 4, 4, 2])) if False else rng.choice([
        "%03d-%04d-%04d-%02d" % (rng.randint(301, 356), rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(10, 99)),
        "%06d-%02d-%06d" % (rng.randint(100000, 999999), rng.randint(1, 99), rng.randint(0, 999999)),
        "%03d-%06d-%02d-%03d" % (rng.randint(100, 999), rng.randint(0, 999999), rng.randint(1, 99), rng.randint(0, 999)),
        "1002-%03d-%06d" % (rng.randint(100, 999), rng.randint(0, 999999))])


def bizno(rng):
    return "%03d-%02d-%05d" % (rng.randint(101, 899), rng.randint(1, 99), rng.randint(0, 99999))


def home_address(rng, gu, style=None):
    road = rng.choice(ROADS[gu])
    num = "%d" % rng.randint(1, 300) + (("-%d" % rng.randint(1, 40)) if rng.random() < 0.5 else "")
    f = rng.random() if style is None else style
    if f < 0.35:
        return "서울특별시 %s %s %s" % (gu, road, num)
    if f < 0.6:
        return "서울특별시 %s %s %s, %d동 %d호" % (gu, road, num, rng.randint(101, 112), rng.randint(1, 15) * 100 + rng.randint(1, 4))
    if f < 0.75:
        return "서울시 %s %s %s (%s)" % (gu, road, num, rng.choice(GU_DONGS[gu]))
    if f < 0.9:
        return "%s %s %s %s %d호" % (gu, road, num, rng.choice(APTS), rng.choice([101, 102, 201, 202, 301, 302, 401, "B01"]) if False else rng.choice([101, 102, 201, 202, 301, 302, 401]))
    return "서울 %s %s %d-%d번지" % (gu, rng.choice(GU_DONGS[gu]), rng.randint(1, 900), rng.randint(1, 60))


def fdate(d, style):
    y, m, dd = d.year, d.month, d.day
    return [
        "%d. %d. %d." % (y, m, dd), "%d-%02d-%02d" % (y, m, dd), "%d년 %d월 %d일" % (y, m, dd),
        "'%02d.%d.%d." % (y % 100, m, dd), "%d.%02d.%02d." % (y, m, dd), "%d/%02d/%02d" % (y, m, dd)][style]


WD = "월화수목금토일"


class Ctx:
    """per-document vocabulary choices"""

    def __init__(self, rng):
        self.rng = rng
        self.gu = rng.choice(sorted(GU))
        self.office, self.linepfx, self.domain = GU[self.gu]
        self.dstyle = rng.randrange(6)
        base = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 480))
        self.date = base
        self.hh = rng.randint(9, 16)
        self.mm = rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        on = lambda: (rng.choice(SURNAMES_COMMON) if rng.random() < 0.8 else rng.choice(SURNAMES)) + (rng.choice(GIVEN_TWO) if rng.random() < 0.9 else rng.choice(GIVEN_ONE))
        self.officials = [(on(), rng.choice(OFF_RANKS)) for _ in range(3)]
        self.lead = (on(), "팀장")
        self.approver = (on(), rng.choice(["과장", "과장", "팀장", "동장"]))
        self.dongs = GU_DONGS[self.gu]
        self.check_style = rng.randrange(7)

    def d(self, delta=0):
        return fdate(self.date + datetime.timedelta(days=delta), self.dstyle)

    def t(self, plus=0):
        mins = self.hh * 60 + self.mm + plus
        return "%02d:%02d" % (mins // 60, mins % 60)

    def line(self):
        return self.linepfx + "%04d" % self.rng.randint(1000, 9999) if len(self.linepfx) < 8 else self.linepfx + "%04d" % self.rng.randint(1000, 9999)

    def offmail(self):
        return self.rng.choice(["jmk", "civil", "office", "team", "minwon", "info", "adm"]) + str(self.rng.randint(1, 99)) + "@" + self.rng.choice([self.domain, "seoul.go.kr", "korea.kr"])

    def mark(self, ok):
        """checkbox rendering for a result: ok in (True, False, None)"""
        s = self.check_style
        if s == 0:
            return "☑ 양호 ☐ 불량" if ok else ("☐ 양호 ☑ 불량" if ok is False else "☐ 양호 ☐ 불량 (해당없음)")
        if s == 1:
            return "■ 양호 □ 불량" if ok else ("□ 양호 ■ 불량" if ok is False else "□ 양호 □ 불량 - 해당없음")
        if s == 2:
            return "O" if ok else ("X" if ok is False else "-")
        if s == 3:
            return "적합" if ok else ("부적합" if ok is False else "해당없음")
        if s == 4:
            return "○" if ok else ("×" if ok is False else "／")
        if s == 5:
            return "[v] 이상없음" if ok else ("[v] 지적" if ok is False else "[ ] 미확인")
        return "Y" if ok else ("N" if ok is False else "N/A")


# ---------------------------------------------------------------- kinds
# each returns rec: title, doc_type, dept, fields [(hdr, segs)], checks [(item, ok, note)], notes [(time, segs)],
# prose [segs], opinion segs, signs [(role, segs)], photos [segs], addressee (segs or None), pii flag

def person_block(ctx, pii, *, foreign=False):
    rng = ctx.rng
    if not pii:
        m = rng.choice(MASKED)
        return {"full": [(m, None)], "ref": m, "given": None, "foreign": False, "masked": True}
    p = rname(rng, foreign=foreign)
    p["masked"] = False
    return p


def withp(p, particle):
    if p["foreign"]:
        return S(p["full"], " 씨" + particle)
    return S(p["full"], particle)


def k_site_confirm(ctx, pii):
    rng = ctx.rng
    topicw, checks = rng.choice([
        ("담장 기울어짐 및 붕괴 위험", ["담장 균열 여부", "기울기(수직도)", "통행로 인접 여부", "배수 상태", "긴급 조치 필요성"]),
        ("생활소음(공사·영업) 민원", ["소음 발생원 확인", "발생 시간대", "방음 조치", "관계인 면담", "재발 방지 약속"]),
        ("도로 무단점용(적치물)", ["적치물 종류", "보행로 확보(1.5m 이상)", "점용허가 여부", "자진 정비 의사", "사진 촬영"]),
        ("누수로 인한 아래층 피해", ["누수 위치 확인", "천장 얼룩·곰팡이", "전기 설비 침수 위험", "관계인 입회", "분쟁조정 안내"]),
        ("무허가 가설건축물 신고", ["가설물 규모", "신고·허가 여부", "용도", "위반 기간", "자진 철거 안내"]),
    ])
    comp = person_block(ctx, pii)
    rel = person_block(ctx, pii and rng.random() < 0.8)
    ph = phone(rng) if pii else None
    ph2 = phone(rng, "home" if rng.random() < 0.3 else "mobile") if pii and not rel["masked"] else None
    addr = home_address(rng, ctx.gu) if pii and not rel["masked"] else None
    hdr_c = rng.choice(["신고인", "민원인", "신청인", "제보자"])
    hdr_r = rng.choice(["관계인", "입회자", "점유자", "소유자", "세대주"])
    health = rng.random() < 0.3 and pii and not rel["masked"]
    hv = rng.choice(HEALTH) if health else None
    fields = [("민원 내용", S(topicw)), ("확인 일시", S(ctx.d(), " ", ctx.t())),
              (hdr_c, S(comp["full"], (" (" if ph else ""), ((ph, "PHONE") if ph else ""), (")" if ph else "")))]
    if pii and rng.random() < 0.35:
        fields.append(("회신 이메일", S((email(rng), "EMAIL"))))
    if rel["masked"]:
        fields.append((hdr_r, S(rel["full"], " (인적사항 생략)")))
    else:
        fields.append((hdr_r, S(rel["full"])))
        fields.append(("연락처", S((ph2, "PHONE"))))
        fields.append(("주소" if rng.random() < 0.5 else "거주지", S((addr, "ADDRESS"))))
    if hv:
        fields.append(("특이사항", S(hdr_r + " 본인 ", (hv, "HEALTH_INFO"), "으로 장시간 면담 곤란")))
    cl = [(c, rng.random() < 0.7, "") for c in checks]
    notes = [(ctx.t(), S("현장 도착, ", hdr_r + " ", rel["full"], " 입회" if not rel["masked"] else " 부재(문틈 안내문 투입)")),
             (ctx.t(15), S(topicw, " 상태 확인 및 사진 촬영(4매)")),
             (ctx.t(35), S(hdr_c + " ", comp["full"], "에게 유선으로 처리 방향 안내" if pii else " 면담 후 처리 방향 안내"))]
    prose = [S(ctx.d(), " 접수된 ", topicw, " 관련 민원을 처리하기 위하여 현장을 확인하였습니다."),
             S(hdr_c + " ", withp(comp, "의"), " 진술에 따르면 해당 문제는 약 ", str(rng.randint(1, 6)), "개월 전부터 지속되었으며, ",
               hdr_r + " ", withp(rel, topic(rel["ref"])), " 현장에서 사실관계를 대체로 인정하였습니다.")]
    if hv:
        prose.append(S("다만 " + hdr_r + " 본인이 ", (hv, "HEALTH_INFO"), " 상태여서 자진 정비 기한을 충분히 부여할 필요가 있습니다."))
    opinion = S(rng.choice(["관계인에게 ", "현장에서 "]), rng.choice(["14일 이내 자진 정비하도록 안내하였으며, 기한 경과 시 재확인 예정임.",
                                                             "시정 요청 공문을 발송하고 결과를 민원인에게 회신할 예정임.",
                                                             "위험 요소는 없으나 유지 관리 방법을 안내하였음."]))
    signs = [("확인자(" + hdr_r + ")", S(rel["full"], " (서명)")), ("확인 공무원", S(ctx.officials[0][1] + " " + ctx.officials[0][0] + " (인)"))]
    return dict(title="현장 확인서(" + topicw + ")", doc_type="현장 확인서", dept=rng.choice(["건축과", "건설관리과", "환경과", "민원여권과", "주택과"]),
                fields=fields, checks=cl, notes=notes, prose=prose, opinion=opinion, signs=signs,
                photos=[S("사진 1. ", topicw, " 전경"), S("사진 2. 세부 상태(", ctx.d(), " 촬영)")],
                addressee=rel if not rel["masked"] else None, addr=addr,
                nonpub=[([4], "고발 검토 중인 위반 사항 포함"), ([6], "특정 개인에 관한 사항")])


def k_safety(ctx, pii):
    rng = ctx.rng
    public_fac = not pii
    if public_fac:
        fac = rng.choice(["구립도서관", "구민체육센터", "청소년문화의집", "주민센터 복합청사", "구립 공영주차장"])
        fields = [("시설명", S(ctx.gu + " " + fac)), ("소재지", S(ctx.office.replace(ctx.office.split()[-1], str(rng.randint(10, 400))) + " (공공시설)")),
                  ("관리부서", S(rng.choice(["시설관리공단", "문화체육과", "자치행정과"]))), ("점검일", S(ctx.d())),
                  ("입회자", S("시설관리 담당 " + ctx.officials[1][1] + " " + ctx.officials[1][0]))]
        who = None
    else:
        shop = rng.choice(SHOPS)
        who = person_block(ctx, True)
        mgr = person_block(ctx, rng.random() < 0.5)
        bn = bizno(rng)
        fields = [("상호", S(shop)), ("업종", S(SHOP_KIND[shop])), ("사업자등록번호", S(bn)),
                  (rng.choice(["대표자", "대표자(개인)", "영업자"]), S(who["full"])),
                  ("대표자 휴대전화" if rng.random() < 0.5 else "연락처", S((phone(rng), "PHONE"))),
                  ("업소 소재지", S("서울특별시 %s %s %d, 1층" % (ctx.gu, rng.choice(ROADS[ctx.gu]), rng.randint(1, 300)))),
                  ("업소 전화", S(ctx.linepfx[:3] + "%d-%04d" % (rng.randint(300, 999), rng.randint(0, 9999)) if False else "02-%d-%04d" % (rng.randint(300, 999), rng.randint(0, 9999)))),
                  ("관계인(입회)", S(mgr["full"], " (종업원)" if not mgr["masked"] else " (종업원, 성명 미기재)")), ("점검일", S(ctx.d()))]
        fac = shop
    items = ["소화기 비치 및 충압 상태", "비상구·피난통로 확보", "피난안내도 부착", "유도등 점등", "전기 분전반 덮개·누전차단기",
             "가스 중간밸브 및 누출경보기", "실내 장식물 방염", "비상조명등", "콘센트 문어발 사용", "주방 후드 기름때"]
    rng.shuffle(items)
    cl = [(i, ok, rng.choice(["", "현장 시정", "보완 요청"]) if not ok else "") for i in items[:rng.randint(5, 8)] for ok in [rng.random() < 0.78]]
    bad = [c for c in cl if c[1] is False]
    notes = [(ctx.t(), S("현장 도착, ", ("대표자 " if who else "입회자 "), (who["full"] if who else S(ctx.officials[1][0] + " " + ctx.officials[1][1])), " 입회")),
             (ctx.t(10), S("점검표에 따라 항목별 확인")),
             (ctx.t(40), S("지적사항 ", str(len(bad)), "건 설명 및 보완 기한 안내" if bad else "지적사항 없음"))]
    prose = [S("「다중이용업소의 안전관리에 관한 특별법」 및 「화재의 예방 및 안전관리에 관한 법률」에 따라 ", fac, "에 대한 안전점검을 실시하였다.")]
    if who:
        prose.append(S("대표자 ", withp(who, topic(who["ref"])), " 점검 전 과정에 입회하였으며, 지적사항에 대해 ", ctx.d(14), "까지 보완하겠다고 진술하였다."))
    else:
        prose.append(S("공공시설로서 관리부서 담당자가 입회하였으며, 지적사항은 유지 보수 예산(", "{:,}".format(rng.randint(2, 40) * 100000), "원) 범위에서 정비 예정이다."))
    opinion = S("지적사항 " + str(len(bad)) + "건은 " + ("보완 후 사진 제출하도록 요청함." if bad else "없으며 현 상태 유지 관리를 당부함."))
    signs = [("점검자", S(ctx.officials[0][1] + " " + ctx.officials[0][0])), ("점검자", S(ctx.officials[2][1] + " " + ctx.officials[2][0]))]
    if who:
        signs.append(("확인자(대표자)", S(who["full"], " (서명)")))
    return dict(title=rng.choice(["안전점검 체크리스트", "다중이용업소 안전점검표", "시설물 안전점검 결과표"]) + " - " + fac,
                doc_type="안전점검 체크리스트", dept=rng.choice(["안전총괄과", "재난안전과", "위생과"]), fields=fields, checks=cl, notes=notes,
                prose=prose, opinion=opinion, signs=signs, photos=[S("사진. 소화기 및 비상구 상태")], addressee=who, addr=None,
                nonpub=[([7], "업소의 영업상 비밀(시설 배치도) 포함"), ([3], "시설 보안 취약점 기재")])


def k_parking(ctx, pii):
    rng = ctx.rng
    places = ["%s %d 앞 도로" % (rng.choice(ROADS[ctx.gu]), rng.randint(1, 300)), "OO초등학교 정문 어린이보호구역", "%s역 %d번 출구 앞" % (rng.choice(["수유", "신림", "화곡", "노원", "잠실", "사당"]), rng.randint(1, 8)),
              "횡단보도 위(%s 사거리)" % rng.choice(ROADS[ctx.gu]), "소화전 5m 이내(%s %d)" % (rng.choice(ROADS[ctx.gu]), rng.randint(1, 300)), "버스정류소 10m 이내", "장애인전용주차구역(구민회관)"]
    viol = ["어린이보호구역 정차·주차", "소화전 주변 주차", "횡단보도 주차", "보도 주차", "버스정류소 주차", "장애인전용주차구역 주차", "이중주차"]
    rows = []
    n = rng.randint(3, 6)
    for i in range(n):
        moto = rng.random() < 0.15
        pl = plate(rng, moto) if pii else rng.choice(["12가****", "***나 4567", "(비공개)"])
        drv = None
        if pii and rng.random() < 0.45:
            drv = person_block(ctx, True)
        rows.append(dict(time=ctx.t(i * rng.randint(6, 14)), place=rng.choice(places), plate=pl, kind="이륜차" if moto else rng.choice(["승용", "승합", "SUV", "화물"]),
                         viol=rng.choice(viol), drv=drv, ph=phone(rng) if drv and rng.random() < 0.7 else None,
                         lic=dlicense(rng) if drv and rng.random() < 0.3 else None,
                         act=rng.choice(["과태료 부과(4만원)", "계도(현장 이동)", "견인 조치", "과태료 부과(12만원)", "스티커 부착"])))
    fields = [("단속 일시", S(ctx.d(), " ", ctx.t(), "~", ctx.t(120))), ("단속 구역", S(ctx.gu + " " + rng.choice(["주요 간선도로", "어린이보호구역", "전통시장 주변", "역세권 일대"]))),
              ("단속반", S(rng.choice(["주무관 ", "단속공무원 ", "주차단속요원(공무직) "]) + ctx.officials[0][0] + ", 주무관 " + ctx.officials[1][0])), ("단속 건수", S("%d건" % n))]
    if not pii:
        fields = [("단속 일시", S(ctx.d())), ("단속 구역", S(ctx.gu + " 전역")), ("총 단속", S("%d건 (과태료 %d, 계도 %d)" % (n * 37, n * 30, n * 7))), ("담당", S(ctx.officials[0][1] + " " + ctx.officials[0][0]))]
    cl = [("단속 전 안내방송", True, ""), ("증거사진 2매 이상 촬영", True, ""), ("시간차 촬영(5분 이상)", rng.random() < 0.9, ""), ("운전자 현장 고지", rng.random() < 0.6, ""), ("PDA 입력", True, "")]
    notes = []
    for r in rows:
        if r["drv"] is not None:
            notes.append((r["time"], S("차량 ", (r["plate"], "VEHICLE_PLATE"), " 운전자 ", r["drv"]["full"], "(", ((r["ph"], "PHONE") if r["ph"] else "연락처 거부"), ") 현장 고지, ", r["act"])))
        elif pii:
            notes.append((r["time"], S((r["plate"], "VEHICLE_PLATE"), " ", r["viol"], ", 운전자 부재 → ", r["act"])))
    if not notes:
        notes = [(ctx.t(), S("단속 개시, 안내방송 실시")), (ctx.t(90), S("단속 종료, 실적 PDA 전송"))]
    prose = [S("「도로교통법」 제32조부터 제34조까지 및 제160조에 따라 ", ctx.gu, " 관내 불법 주정차 차량에 대한 단속을 실시하고 그 결과를 아래와 같이 보고합니다.")]
    for r in rows[:3]:
        if not pii:
            break
        if r["drv"]:
            prose.append(S(r["place"], "에서 적발된 ", (r["plate"], "VEHICLE_PLATE"), " 차량의 운전자 ", withp(r["drv"], topic(r["drv"]["ref"])), " 잠시 정차했다고 진술하였으나 ", r["viol"], "에 해당하여 ", r["act"], " 처리하였습니다."))
        else:
            prose.append(S(r["place"], "의 ", (r["plate"], "VEHICLE_PLATE"), rng.choice(["은(는) ", " 차량은 "]), "운전자가 없어 ", r["act"], " 처리하였습니다."))
    if not pii:
        prose.append(S("세부 차량 정보는 과태료 부과 시스템에서 관리하며, 본 보고서에는 통계만 기재합니다."))
    opinion = S(rng.choice(["상습 민원 구역으로 주 2회 이상 집중 단속 예정", "어린이보호구역 단속카메라 추가 설치 검토 필요", "현장 계도 위주로 운영하되 반복 위반 차량은 견인 조치"]))
    return dict(title=rng.choice(["불법 주정차 단속 결과 보고", "불법주정차 단속 결과", "주정차 위반 단속 일지"]), doc_type="불법주정차 단속 결과",
                dept=rng.choice(["주차관리과", "교통행정과", "교통지도과"]), fields=fields, checks=cl, notes=notes, prose=prose, opinion=opinion,
                signs=[("단속자", S(ctx.officials[0][1] + " " + ctx.officials[0][0])), ("확인", S(ctx.lead[1] + " " + ctx.lead[0]))],
                photos=[S("증거사진(시간차 2매) 별첨")], addressee=None, addr=None, rows=rows,
                nonpub=[([4], "이의신청·행정심판 진행 중 사건 포함")])


def k_dumping(ctx, pii):
    rng = ctx.rng
    foreign = pii and rng.random() < 0.2
    v = person_block(ctx, pii, foreign=foreign)
    spot = "%s %d-%d 전신주 앞" % (rng.choice(ctx.dongs), rng.randint(1, 900), rng.randint(1, 50)) if rng.random() < 0.5 else "%s 공원 입구 수거함 옆" % rng.choice(["꿈나무", "솔밭", "느티나무", "OO근린"])
    waste = rng.choice(["종량제 봉투 미사용 생활쓰레기 2포대", "폐가구(장롱) 1점 무단 배출", "음식물 쓰레기 혼합 배출", "차량 이용 건축폐기물 투기", "재활용품 미분리 배출"])
    fields = [("적발 일시", S(ctx.d(), " ", ctx.t())), ("적발 장소", S(spot)), ("투기 내용", S(waste)), ("적발 경위", S(rng.choice(["CCTV 영상 확인", "현장 잠복 단속", "주민 신고(사진 첨부)", "봉투 내 우편물로 인적사항 확인"])))]
    hdr = rng.choice(["위반자", "행위자", "과태료 부과 대상자", "적발자"])
    if v["masked"]:
        fields.append((hdr, S(v["full"], " (인적사항 별도 관리)")))
    else:
        fields.append((hdr, S(v["full"])))
        if foreign:
            b, y, m, d = birth(rng, 1970, 2002)
            fields.append(("외국인등록번호", S((rrn(rng, y, m, d, foreign=True), "KR_FRN"))))
            if rng.random() < 0.4:
                fields.append(("국적", S(rng.choice(["베트남", "중국", "몽골", "우즈베키스탄", "필리핀"]))))
        elif rng.random() < 0.5:
            b, y, m, d = birth(rng, 1950, 2004)
            fields.append(("주민등록번호", S((rrn(rng, y, m, d), "KR_RRN"))))
        else:
            b, y, m, d = birth(rng, 1950, 2004)
            fields.append(("생년월일", S((b, "BIRTH_DATE"))))
        fields.append(("주소", S((home_address(rng, ctx.gu), "ADDRESS"))))
        fields.append(("연락처", S((phone(rng), "PHONE"))))
        if "차량" in waste:
            fields.append(("차량번호", S((plate(rng), "VEHICLE_PLATE"))))
    fine = rng.choice([100000, 200000, 300000, 500000, 1000000])
    fields.append(("처분", S("과태료 {:,}원 부과 예정".format(fine))))
    cl = [("투기 행위 영상 확보", True, ""), ("인적사항 확인", not v["masked"] or rng.random() < 0.5, ""), ("의견진술 기회 부여", rng.random() < 0.8, ""),
          ("현장 원상복구", rng.random() < 0.6, "위반자 직접 수거" if rng.random() < 0.5 else "")]
    notes = [(ctx.t(), S("CCTV 확인 결과 ", waste, " 장면 확인")),
             (ctx.t(25), S("봉투 내 택배 송장으로 " if rng.random() < 0.5 else "탐문으로 ", hdr + " ", v["full"], " 특정")),
             (ctx.t(60), S(hdr + " ", withp(v, "에게") if not v["masked"] else S(v["full"], "에게"), " 위반 사실 고지, 본인 ", rng.choice(["인정", "일부 부인", "부인"])))]
    prose = [S("「폐기물관리법」 제8조제1항을 위반하여 ", spot, "에 ", waste, " 행위를 적발하였기에 보고합니다."),
             S(hdr + " ", withp(v, topic(v["ref"])) if not v["masked"] else S(v["full"], "는"), " 현장 확인 과정에서 ", rng.choice(["이사 과정에서 배출 방법을 몰랐다고", "수거일을 착각하였다고", "본인이 버린 것이 아니라고"]), " 진술하였습니다.")]
    if foreign and not v["masked"]:
        prose.append(S("외국인 주민으로 배출 요령 안내문(", rng.choice(["베트남어", "중국어", "영어"]), ")을 함께 교부하였습니다."))
    opinion = S("같은 법 제68조제3항에 따라 과태료 {:,}원을 부과하고, 해당 지점에 무단투기 금지 안내 현수막을 설치할 예정임.".format(fine))
    return dict(title=rng.choice(["무단투기 적발 보고", "쓰레기 무단투기 적발 결과 보고", "폐기물 무단투기 단속 보고서"]), doc_type="무단투기 적발 보고",
                dept=rng.choice(["자원순환과", "청소행정과", "환경과"]), fields=fields, checks=cl, notes=notes, prose=prose, opinion=opinion,
                signs=[("적발자", S(ctx.officials[0][1] + " " + ctx.officials[0][0])), ("확인자(위반자)", S(v["full"], " (서명)" if not v["masked"] else " (서명 거부)"))],
                photos=[S("CCTV 캡처 화면(", ctx.d(), " ", ctx.t(), ")")], addressee=v if not v["masked"] else None, addr=None,
                nonpub=[([4], "경찰 수사의뢰(불법 투기 반복) 진행 중"), ([4, 6], "형사 고발 진행 중, 특정인 인적사항")])


def k_oldhouse(ctx, pii):
    rng = ctx.rng
    owner = person_block(ctx, pii)
    res = owner if rng.random() < 0.5 else person_block(ctx, pii)
    hv = rng.sample(HEALTH, rng.randint(1, 2)) if pii and rng.random() < 0.7 else []
    addr = home_address(rng, ctx.gu) if pii else None
    hdr_o = rng.choice(["소유자", "소유주", "건물주"])
    hdr_r = rng.choice(["세대주", "거주자", "점유자", "대상자"])
    fields = [("조사번호", S("%s-노후-%03d" % (ctx.date.year, rng.randint(1, 400))))]
    if pii:
        fields.append(("소재지", S((addr, "ADDRESS"))))
    else:
        fields.append(("소재지", S(ctx.gu + " " + rng.choice(ctx.dongs) + " 일원(상세주소 생략)")))
    fields += [("건축연도", S("%d년" % rng.randint(1962, 1990))), ("구조", S(rng.choice(["블록조 슬래브", "목조 기와", "벽돌조", "시멘트 벽돌조 슬레이트"]))),
               (hdr_o, S(owner["full"]))]
    if res is not owner:
        fields.append((hdr_r, S(res["full"])))
    if pii:
        b, y, m, d = birth(rng, 1930, 1965)
        if rng.random() < 0.5:
            fields.append(("생년월일", S((b, "BIRTH_DATE"))))
        fields.append(("연락처", S((phone(rng, "home" if rng.random() < 0.4 else "mobile"), "PHONE"))))
        if rng.random() < 0.3:
            fields.append(("보호자(자녀) 연락처", S((phone(rng), "PHONE"))))
    fields.append(("가구원", S(rng.choice(["1인(독거)", "2인(부부)", "3인", "1인(독거, 기초생활수급)"]))))
    if hv:
        fields.append(("건강 상태", S(*[x for i, h in enumerate(hv) for x in (([", "] if i else []) + [(h, "HEALTH_INFO")])])))
    items = ["지붕 누수", "외벽 균열", "전기 배선 노후", "가스 시설", "화장실(재래식 여부)", "난방 설비", "창호 단열", "계단·문턱 단차", "곰팡이·결로"]
    rng.shuffle(items)
    cl = [(i, rng.random() < 0.5, "") for i in items[:6]]
    notes = [(ctx.t(), S("방문, ", hdr_r + " ", res["full"], " 면담")),
             (ctx.t(20), S("지붕 및 외벽 상태 확인, ", rng.choice(["천장 누수 흔적", "벽체 균열 3곳", "슬레이트 파손"]), " 확인"))]
    if hv:
        notes.append((ctx.t(35), S(res["full"], " 어르신 ", (hv[0], "HEALTH_INFO"), rng.choice([" 상태로 외출 어려움", ", 계단 이용 곤란", " 확인 → 동 주민센터 방문간호 연계 요청"]))))
    prose = [S("저소득 노후주택 집수리 지원사업 대상 선정을 위하여 ", ("해당 주택" if not pii else "아래 주택"), "의 실태를 조사하였습니다.")]
    if pii and not res["masked"]:
        g = res["given"]
        prose.append(S(hdr_r + " ", withp(res, topic(res["ref"])), " 약 ", str(rng.randint(10, 45)), "년째 거주 중이며, ",
                       (S((hv[0], "HEALTH_INFO"), "으로 ") if hv else ""), "일상적인 주택 유지 관리가 어려운 상태입니다."))
        if g and rng.random() < 0.6:
            prose.append(S("이웃 주민들은 ", (g, "PERSON"), rng.choice([" 할머니", " 어르신", " 님", " 할아버지"]), "가 겨울철 난방비 부담으로 전기장판에 의존한다고 전했습니다."))
    opinion = S(rng.choice(["지붕 방수 및 전기 배선 교체 우선 지원 필요(예상 사업비 ", "단열·창호 교체 지원 대상으로 선정 건의(예상 사업비 "]),
                "{:,}원).".format(rng.randint(30, 120) * 100000))
    return dict(title=rng.choice(["노후주택 실태조사표", "저층 노후주택 실태조사 결과", "집수리 지원 대상 주택 실태조사표"]), doc_type="노후주택 실태조사표",
                dept=rng.choice(["주택과", "주거정비과", "도시재생과"]), fields=fields, checks=cl, notes=notes, prose=prose, opinion=opinion,
                signs=[("조사자", S(ctx.officials[0][1] + " " + ctx.officials[0][0])), ("확인자(" + hdr_r + ")", S(res["full"], " (서명)"))],
                photos=[S("사진 1. 주택 전경"), S("사진 2. 지붕 누수 부위")], addressee=res if pii else None, addr=addr,
                nonpub=[([6], "특정 개인의 건강·생활 실태 전반에 관한 문서"), ([5], "지원 대상 선정 심의 진행 중")])


def k_vacant(ctx, pii):
    rng = ctx.rng
    owner = person_block(ctx, pii)
    no = "%s-%s-%03d" % (str(ctx.date.year)[2:], ctx.gu[:2], rng.randint(1, 200))
    fields = [("관리번호", S(no))]
    if pii:
        fields.append(("소재지", S((home_address(rng, ctx.gu, style=rng.choice([0.1, 0.95])), "ADDRESS"))))
        fields.append(("소유자", S(owner["full"])))
        fields.append(("소유자 주소", S((home_address(rng, rng.choice(sorted(GU))), "ADDRESS"))))
        if rng.random() < 0.7:
            fields.append(("소유자 연락처", S((phone(rng), "PHONE"))))
        if rng.random() < 0.25:
            fields.append(("이메일", S((email(rng), "EMAIL"))))
    else:
        fields.append(("소재지", S(ctx.gu + " " + rng.choice(ctx.dongs) + " (지번 생략)")))
        fields.append(("소유자", S(owner["full"], " (등기부 확인)")))
    grade = rng.randint(1, 4)
    fields += [("빈집 기간", S("약 %d년" % rng.randint(1, 15))), ("등급", S("%d등급" % grade)), ("조사일", S(ctx.d()))]
    items = ["지붕 붕괴 위험", "외벽 균열·탈락", "담장 기울어짐", "쓰레기 적치", "출입문 폐쇄 여부", "수목 방치", "해충·악취", "화재 위험(전기 인입)"]
    rng.shuffle(items)
    cl = [(i, rng.random() < 0.5, "") for i in items[:6]]
    nb = rng.choice(MASKED)
    notes = [(ctx.t(), S("현장 도착, 출입문 ", rng.choice(["시건", "개방", "파손"]), " 상태")),
             (ctx.t(10), S("인근 주민 ", nb, " 씨 진술: ", rng.choice(["'3년 전 어르신이 요양원에 들어간 뒤 비어 있음'", "'밤에 청소년들이 드나듦'", "'여름마다 모기·악취 심함'"]))),
             (ctx.t(30), S("소유자 ", owner["full"], "에게 " if not owner["masked"] else "에게 ", "정비 안내문 발송 예정"))]
    prose = [S("「빈집 및 소규모주택 정비에 관한 특례법」 제5조에 따른 빈집 실태조사를 실시하였다."),
             S("소유자 ", withp(owner, topic(owner["ref"])) if not owner["masked"] else S(owner["full"], "는"), " 현재 ", rng.choice(["타 지역에 거주", "연락 두절 상태", "요양시설 입소 중"]), "이며, 해당 빈집은 ", str(grade), "등급으로 판정되었다.")]
    if pii and rng.random() < 0.4:
        hv = rng.choice(["치매 증상", "거동 불편", "뇌경색 후유증"])
        prose.append(S("소유자의 자녀 진술에 따르면 소유자 본인은 ", (hv, "HEALTH_INFO"), "으로 직접 관리가 어렵다고 한다."))
    opinion = S(rng.choice(["소유자와 협의하여 철거 후 공공 주차장·쉼터 활용 검토", "안전조치(출입 통제 펜스) 우선 시행", "정비 계획 수립 시 우선 정비 대상으로 반영"]))
    return dict(title=rng.choice(["빈집 조사 카드", "빈집 실태조사 카드", "빈집 현장조사표"]) + " (" + no + ")", doc_type="빈집 조사 카드",
                dept=rng.choice(["주거정비과", "건축과", "도시재생과"]), fields=fields, checks=cl, notes=notes, prose=prose, opinion=opinion,
                signs=[("조사자", S(ctx.officials[0][1] + " " + ctx.officials[0][0])), ("조사자", S(ctx.officials[1][1] + " " + ctx.officials[1][0]))],
                photos=[S("사진. 빈집 전경(정면)"), S("사진. 담장 균열 부위")], addressee=owner if pii else None, addr=None,
                nonpub=[([8], "정비 예정 부지 정보(부동산 투기 우려)"), ([5], "정비계획 수립 검토 중")])


def k_sign(ctx, pii):
    rng = ctx.rng
    corp = not pii
    shop = rng.choice(COMPANIES[6:] + ["(주)한결프랜차이즈 ", "OO은행 "]) + rng.choice(["", "", ""]) if corp else rng.choice(SHOPS)
    shop = shop.strip() + (" " + rng.choice(DONGS[:5]) + "점" if corp else "")
    kinds = ["돌출간판", "벽면이용간판", "옥상간판", "입간판(에어라이트)", "현수막", "창문이용광고물"]
    signs_list = [(rng.choice(kinds), "%.1fm × %.1fm" % (rng.randint(5, 60) / 10, rng.randint(5, 30) / 10), rng.choice(["허가", "신고", "미신고", "기간 만료"])) for _ in range(rng.randint(1, 3))]
    fields = [("업소명", S(shop)), ("사업자등록번호", S(bizno(rng))),
              ("소재지", S("서울특별시 %s %s %d" % (ctx.gu, rng.choice(ROADS[ctx.gu]), rng.randint(1, 300)), rng.choice(["", " 1층", " 2층"])))]
    who = None
    if pii:
        who = person_block(ctx, True)
        fields.append((rng.choice(["대표자", "대표", "표시자(대표자)", "광고주"]), S(who["full"])))
        fields.append(("연락처", S((phone(rng), "PHONE"))))
        if rng.random() < 0.2:
            fields.append(("전자우편", S((email(rng), "EMAIL"))))
    else:
        fields.append(("표시자", S(shop, " (법인, 대표번호 1588-%04d)" % rng.randint(0, 9999))))
    for i, (k, sz, st) in enumerate(signs_list):
        fields.append(("광고물 %d" % (i + 1), S("%s / %s / %s" % (k, sz, st))))
    items = ["허가·신고 여부", "표시 기간", "규격 준수", "고정 상태(볼트·앵커)", "전기 배선 노출", "보행 장애(입간판)", "안전도 검사 필증"]
    cl = [(i, rng.random() < 0.7, "") for i in items]
    notes = [(ctx.t(), S(shop, " 앞 도착, ", ("대표자 " if who else "점장 부재, 직원 안내"), (who["full"] if who else ""), (" 입회" if who else ""))),
             (ctx.t(15), S("광고물 규격 실측 및 사진 촬영"))]
    prose = [S("「옥외광고물 등의 관리와 옥외광고산업 진흥에 관한 법률」 제3조 및 같은 법 시행령 제5조에 따라 ", shop, "의 옥외광고물을 점검하였다.")]
    if who:
        prose.append(S("대표자 ", withp(who, topic(who["ref"])), " ", rng.choice(["간판 교체 시 신고가 필요한 줄 몰랐다", "전 임차인이 설치한 간판이라", "곧 철거할 예정"]), "고 말하였다."))
    opinion = S(rng.choice(["미신고 광고물은 15일 이내 자진 정비 또는 신고하도록 계고", "입간판은 현장에서 자진 철거함", "이상 없음(관리 상태 양호)"]))
    sg = [("점검자", S(ctx.officials[0][1] + " " + ctx.officials[0][0]))]
    if who:
        sg.append(("확인자(대표자)", S(who["full"], " (서명)")))
    return dict(title=rng.choice(["옥외광고물 점검표", "옥외광고물 일제 점검 결과", "불법 광고물 현장 점검표"]), doc_type="옥외광고물 점검표",
                dept=rng.choice(["도시디자인과", "건축과", "가로정비과"]), fields=fields, checks=cl, notes=notes, prose=prose, opinion=opinion,
                signs=sg, photos=[S("사진. 광고물 전경 및 실측")], addressee=who, addr=None,
                nonpub=[([7], "업체 영업상 비밀(광고 계약 단가) 포함"), ([5], "행정처분 심의 진행 중")])


def k_construct(ctx, pii):
    rng = ctx.rng
    co = rng.choice(COMPANIES[:6])
    lot = "%s %s %d-%d번지" % (ctx.gu, rng.choice(ctx.dongs), rng.randint(1, 900), rng.randint(1, 60))
    purpose = rng.choice(["단독주택 신축", "다세대주택 신축", "근린생활시설 증축", "다가구주택 대수선", "단독주택 철거"])
    fields = [("공사명", S(lot.split()[-2] + " " + purpose + " 공사")), ("현장 위치", S(lot)), ("허가번호", S("%d-건축과-신축허가-%d" % (ctx.date.year, rng.randint(1, 300)))),
              ("시공자", S(co, " (사업자등록번호 ", bizno(rng), ")")), ("공사기간", S(ctx.d(-rng.randint(30, 120)), " ~ ", ctx.d(rng.randint(60, 200))))]
    owner = person_block(ctx, pii)
    agent = person_block(ctx, pii)
    sup = person_block(ctx, pii and rng.random() < 0.6)
    if pii:
        fields.append(("건축주", S(owner["full"])))
        if rng.random() < 0.6:
            fields.append(("건축주 주소", S((home_address(rng, ctx.gu), "ADDRESS"))))
        fields.append(("현장대리인", S(agent["full"], " (", (phone(rng), "PHONE"), ")")))
        fields.append(("감리자", S(rng.choice(["OO건축사사무소", "한울건축사사무소", "다온건축"]), " ", sup["full"])))
    else:
        fields.append(("건축주", S(rng.choice(["(주)", ""]) + rng.choice(["한성개발", "다솜주택", "OO종중"]) + rng.choice(["(주)", "", "(법인)"]))))
        fields.append(("현장대리인", S(agent["full"], " (성명 비공개)")))
    items = ["가설울타리(높이 1.8m 이상)", "안전난간·추락방지망", "개구부 덮개", "비산먼지 방진막·살수", "세륜시설", "소음 저감(방음벽)", "안전모·안전대 착용",
             "작업발판 고정", "인접 건물 균열 계측", "건설폐기물 분리 보관", "안전보건 표지"]
    rng.shuffle(items)
    cl = [(i, ok, rng.choice(["", "즉시 시정", "시정 지시"]) if not ok else "") for i in items[:rng.randint(6, 9)] for ok in [rng.random() < 0.72]]
    notes = [(ctx.t(), S("현장 도착, 현장대리인 ", agent["full"], " 입회")),
             (ctx.t(20), S("골조 공사 진행 중, 근로자 %d명 작업" % rng.randint(3, 15))),
             (ctx.t(45), S("지적사항 설명, 시정계획서 제출 요청"))]
    prose = [S("「건축물관리법」 및 「산업안전보건법」에 따른 소규모 건축공사장(연면적 ", str(rng.randint(150, 1900)), "㎡) 안전점검을 실시하였다."),
             S("현장대리인 ", withp(agent, topic(agent["ref"])) if not agent["masked"] else S(agent["full"], "은"), " 지적사항에 대해 ", ctx.d(7), "까지 보완하겠다고 하였다.")]
    if pii and rng.random() < 0.35:
        w = rname(rng, foreign=rng.random() < 0.5)
        hv = rng.choice(["손목 골절", "열사병 증상", "허리 염좌"])
        prose.append(S("점검 당일 작업자 ", w["full"], "이 " if not w["foreign"] else " 씨가 ", (hv, "HEALTH_INFO"), "으로 병원 이송된 사실이 확인되어 재해 경위를 추가 확인하기로 하였다."))
    opinion = S(rng.choice(["지적사항 시정 완료 시까지 2주 간격 재점검", "민원(소음·분진) 다발 현장으로 관리 강화", "특이사항 없음"]))
    return dict(title=rng.choice(["소규모 공사장 안전점검표", "소규모 건축공사장 점검 결과", "해빙기 소규모 공사장 점검"]), doc_type="소규모 공사장 점검",
                dept=rng.choice(["건축과", "건축안전센터", "건설관리과"]), fields=fields, checks=cl, notes=notes, prose=prose, opinion=opinion,
                signs=[("점검자", S(ctx.officials[0][1] + " " + ctx.officials[0][0])), ("민간전문가", S(sup["full"] if False else rng.choice(["건축안전자문단 위원(서명)", "외부 전문가 동행(서명)"]))),
                       ("확인자(현장대리인)", S(agent["full"], " (서명)"))],
                photos=[S("사진 1. 가설울타리"), S("사진 2. 개구부 덮개 미설치 부위")], addressee=None, addr=None,
                nonpub=[([5], "행정처분(공사중지) 심의 진행 중"), ([7], "시공사 공정·원가 자료 포함")])


def k_visit(ctx, pii):
    rng = ctx.rng
    senior = rng.random() < 0.55
    if senior:
        fac = rng.choice(["OO경로당", "느티나무경로당", "햇살경로당", "OO아파트 경로당", "행복한경로당"])
        fields = [("시설명", S(fac)), ("소재지", S("서울특별시 %s %s %d (공공시설)" % (ctx.gu, rng.choice(ROADS[ctx.gu]), rng.randint(1, 300)))),
                  ("등록 회원", S("%d명(남 %d, 여 %d)" % ((lambda a, b: (a + b, a, b))(rng.randint(5, 20), rng.randint(15, 40))))), ("방문일", S(ctx.d()))]
        head = person_block(ctx, pii)
        fields.append((rng.choice(["회장", "경로당 회장", "면담자(회장)"]), S(head["full"])))
        if pii:
            fields.append(("회장 연락처", S((phone(rng), "PHONE"))))
        items = ["냉난방기 작동", "소화기 비치", "식자재 위생(냉장고)", "운영비 집행 장부", "양곡 지원 수령", "미끄럼 방지 매트", "응급벨"]
    else:
        fac = rng.choice(["구립 OO어린이집", "국공립 햇님어린이집", "OO동 구립어린이집", "직장어린이집(구청)"])
        fields = [("시설명", S(fac)), ("소재지", S("서울특별시 %s %s %d" % (ctx.gu, rng.choice(ROADS[ctx.gu]), rng.randint(1, 300)))),
                  ("정원/현원", S("%d명 / %d명" % (rng.randint(30, 99), rng.randint(20, 80)))), ("방문일", S(ctx.d()))]
        head = person_block(ctx, pii)
        fields.append((rng.choice(["원장", "면담자(원장)", "시설장"]), S(head["full"])))
        items = ["CCTV 60일 보관", "급식 위생·보존식", "놀이시설 안전검사", "비상대피 훈련 기록", "투약의뢰서 관리", "차량 안전(하차 확인벨)", "보육교사 배치 기준"]
    cl = [(i, rng.random() < 0.82, "") for i in items]
    notes = [(ctx.t(), S(fac, " 방문, ", ("회장 " if senior else "원장 "), head["full"], " 면담"))]
    prose = [S(rng.choice(["하절기", "동절기", "정기", "민원 접수에 따른"]), " ", "현장 방문을 통해 ", fac, "의 운영 실태를 확인하였습니다.")]
    hv_people = []
    if pii:
        if senior:
            for _ in range(rng.randint(1, 2)):
                p = rname(rng)
                hv = rng.choice(HEALTH[:8])
                hv_people.append((p, hv))
                notes.append((ctx.t(15 + 10 * len(hv_people)), S("이용 어르신 ", p["full"], "(", str(rng.randint(72, 95)), "세) ", (hv, "HEALTH_INFO"), " → 보건소 방문건강관리 연계")))
            prose.append(S("이용 어르신 중 ", hv_people[0][0]["full"], rng.choice([" 어르신은 ", "님은 "]), (hv_people[0][1], "HEALTH_INFO"), " 상태로 경로당 이용 시 동행이 필요합니다."))
        else:
            t = rname(rng)
            kid = rname(rng)
            hv = rng.choice(["땅콩 알레르기", "아토피 피부염", "소아 천식", "뇌전증 약 복용 중"])
            notes.append((ctx.t(20), S("보육교사 ", t["full"], " 면담, 투약의뢰서 확인")))
            if kid["given"] and rng.random() < 0.6:
                g = kid["given"]
                notes.append((ctx.t(30), S("원아 ", (g, "PERSON"), rng.choice(["(만 3세)", "(5세반)", " 어린이"]), " ", (hv, "HEALTH_INFO"), " 관리 기록 확인")))
            else:
                notes.append((ctx.t(30), S("원아 ", kid["full"], "(만 %d세) " % rng.randint(1, 5), (hv, "HEALTH_INFO"), " 관리 기록 확인")))
            prose.append(S("보육교사 ", withp(t, topic(t["ref"])), " 투약의뢰서를 날짜별로 정리하여 보관하고 있었습니다."))
    else:
        notes.append((ctx.t(20), S("시설 내부 점검 및 운영 장부 확인")))
        prose.append(S("운영비(월 ", "{:,}".format(rng.randint(30, 60) * 10000), "원) 집행 내역과 장부가 일치함을 확인하였습니다."))
    opinion = S(rng.choice(["냉방기 필터 교체 필요(유지 보수 요청)", "미끄럼 방지 매트 추가 지원 검토", "운영 상태 양호, 지속 관리 안내", "놀이시설 도색 정비 필요"]))
    sg = [("방문자", S(ctx.officials[0][1] + " " + ctx.officials[0][0])), ("동행", S(ctx.officials[1][1] + " " + ctx.officials[1][0]))]
    if pii:
        sg.append(("확인자(" + ("회장" if senior else "원장") + ")", S(head["full"], " (서명)")))
    return dict(title=("경로당 " if senior else "어린이집 ") + rng.choice(["방문 결과 보고", "현장 방문 점검 결과", "운영 실태 확인 결과"]),
                doc_type="경로당·어린이집 방문 결과", dept=("어르신복지과" if senior else "보육지원과"), fields=fields, checks=cl, notes=notes, prose=prose,
                opinion=opinion, signs=sg, photos=[S("사진. 시설 내부")], addressee=None, addr=None,
                nonpub=[([6], "이용자 건강 정보 다수 포함"), ([5], "지도점검 결과 처분 검토 중")])


def k_disaster(ctx, pii):
    rng = ctx.rng
    dis = rng.choice(["집중호우", "태풍", "대설", "강풍", "화재", "지반침하"])
    fields = [("재난 유형", S(dis)), ("발생 일시", S(ctx.d(-rng.randint(1, 5)), " ", "%02d:%02d" % (rng.randint(0, 23), rng.choice([0, 20, 40])))), ("조사일", S(ctx.d()))]
    if pii:
        v = person_block(ctx, True, foreign=rng.random() < 0.1)
        b, y, m, d = birth(rng, 1935, 1995)
        hdr = rng.choice(["세대주", "피해자", "신고인(세대주)", "이재민 대표"])
        fields.append((hdr, S(v["full"])))
        if v["foreign"]:
            fields.append(("외국인등록번호", S((rrn(rng, y, m, d, True), "KR_FRN"))))
        elif rng.random() < 0.5:
            fields.append(("주민등록번호", S((rrn(rng, y, m, d), "KR_RRN"))))
        else:
            fields.append(("생년월일", S((b, "BIRTH_DATE"))))
        fields.append(("피해 주소", S((home_address(rng, ctx.gu), "ADDRESS"))))
        fields.append(("연락처", S((phone(rng), "PHONE"))))
        fields.append(("세대원", S("%d명" % rng.randint(1, 5))))
        dmg = rng.choice(["주택 침수(바닥 50cm)", "주택 반파", "지붕 파손", "주택 전파", "가재도구 소실", "담장 붕괴"])
        fields.append(("피해 내용", S(dmg)))
        inj = rng.random() < 0.4
        if inj:
            hv = rng.choice(["허리 골절로 입원", "연기 흡입으로 치료 중", "발목 골절", "찰과상 및 타박상", "화상 2도"])
            fields.append(("인명 피해", S((hv, "HEALTH_INFO"))))
        fields.append(("지원금 입금 계좌", S(rng.choice(BANKS), " ", (account(rng), "BANK_ACCOUNT"), " (예금주 본인)")))
        if rng.random() < 0.3:
            fields.append(("여권번호(해외 체류 가족 확인용)" if False else "차량 피해", S((plate(rng), "VEHICLE_PLATE"), " 침수")))
        addressee = v
    else:
        fac = rng.choice(["%s 제방" % rng.choice(["우이천", "중랑천", "도림천", "안양천"]), "%s 보도블록" % rng.choice(ROADS[ctx.gu]), "구립 놀이터 옹벽", "공영주차장 배수로"])
        fields += [("피해 시설", S(fac + " (공공시설)")), ("피해 규모", S("연장 %dm" % rng.randint(5, 120))), ("복구 추정액", S("{:,}천원".format(rng.randint(5, 900) * 1000)))]
        dmg = "공공시설 파손"
        inj = False
        v = None
        addressee = None
    items = ["피해 사진 촬영", "세대 거주 여부 확인", "전기·가스 안전 확인", "임시 주거시설 안내", "재난지원금 신청 안내", "구호물품 지급"]
    cl = [(i, rng.random() < 0.85, "") for i in items[:rng.randint(4, 6)]]
    notes = [(ctx.t(), S("피해 현장 도착, ", ("세대주 " if v else "관리부서 "), (v["full"] if v else ctx.officials[1][0] + " " + ctx.officials[1][1]), " 입회"))]
    notes.append((ctx.t(20), S("피해 상황 확인: ", dmg)))
    prose = [S("「재난 및 안전관리 기본법」 제58조 및 「자연재난 구호 및 복구 비용 부담기준 등에 관한 규정」에 따라 ", dis, " 피해 조사를 실시하였습니다.")]
    if v:
        prose.append(S(hdr + " ", withp(v, topic(v["ref"])), " 이번 ", dis, "로 ", dmg, " 피해를 입었습니다."))
        if inj:
            prose.append(S("또한 세대주 본인이 ", (hv, "HEALTH_INFO"), " 상태로 확인되어 긴급 구호 대상으로 분류하였습니다."))
    if v:
        opinion = S(rng.choice(["재난지원금(주택 ", "긴급 복구비(", "구호비("]), "{:,}원) 지급 대상으로 판단됨.".format(rng.choice([2000000, 3000000, 5000000, 16000000])))
    else:
        opinion = S("응급 복구 후 항구 복구 계획 수립, 특별교부세 지원 건의(", "{:,}천원".format(rng.randint(50, 900) * 1000), ").")
        cl = [("피해 사진 촬영", True, ""), ("통행 제한 조치", rng.random() < 0.8, ""), ("2차 피해 위험", rng.random() < 0.5, ""), ("응급 복구 장비 투입", rng.random() < 0.7, "")]
    sg = [("조사자", S(ctx.officials[0][1] + " " + ctx.officials[0][0])), ("확인자", S(ctx.lead[1] + " " + ctx.lead[0]))]
    if v:
        sg.append(("피해자 확인", S(v["full"], " (서명)")))
    return dict(title=rng.choice(["재난 피해 조사서", "재난피해 현장조사서", dis + " 피해 조사 결과"]), doc_type="재난 피해 조사서",
                dept=rng.choice(["치수방재과", "안전총괄과", "재난안전과"]), fields=fields, checks=cl, notes=notes, prose=prose, opinion=opinion,
                signs=sg, photos=[S("사진. 피해 현장 전경")], addressee=addressee, addr=None,
                nonpub=[([3], "방재시설 취약 지점 정보 포함"), ([6], "피해 세대의 생활·건강 정보 전반")])


KINDS = [k_site_confirm, k_safety, k_parking, k_dumping, k_oldhouse, k_vacant, k_sign, k_construct, k_visit, k_disaster]


# ---------------------------------------------------------------- layouts

def header(doc, ctx, rec, style):
    rng = ctx.rng
    docno = "%s-%d" % (rec["dept"], rng.randint(1000, 19999))
    if style == 0:
        doc.line(rec["title"])
        doc.line("문서번호: " + docno + " / 작성일: " + ctx.d(rng.randint(0, 2)))
    elif style == 1:
        doc.line("【 " + rec["title"] + " 】")
        doc.line(ctx.gu + "청 " + rec["dept"] + "  " + docno)
    elif style == 2:
        doc.line("■ " + rec["title"])
        doc.line("(" + ctx.d() + ", " + rec["dept"] + ")")
    else:
        doc.line(rec["title"])
        doc.line("=" * 30)
    doc.line()


def contact(doc, ctx, rec):
    rng = ctx.rng
    o = ctx.officials[0]
    v = rng.randrange(4)
    if v == 0:
        doc.line("담당: " + rec["dept"] + " " + o[1] + " " + o[0] + " (☎ " + ctx.line() + ")")
    elif v == 1:
        doc.line("문의: " + ctx.gu + "청 " + rec["dept"] + " " + ctx.line() + ", " + ctx.offmail())
    elif v == 2:
        doc.line("※ 기타 문의는 다산콜센터(120) 또는 " + rec["dept"] + "(" + ctx.line() + ")로 연락 바랍니다.")
    else:
        doc.line("작성 " + o[1] + " " + o[0] + " / 검토 " + ctx.lead[1] + " " + ctx.lead[0] + " / 결재 " + ctx.approver[1] + " " + ctx.approver[0])


def fields_pairs(doc, rec, sep):
    for h, v in rec["fields"]:
        doc.line(h, sep, v)


def rows_lines(doc, rec, ctx, style):
    rows = rec.get("rows")
    if not rows or not any(r["plate"] for r in rows):
        return
    pii = not rows[0]["plate"].endswith("*") and rows[0]["plate"] != "(비공개)" and "*" not in rows[0]["plate"]

    def P(r):
        return (r["plate"], "VEHICLE_PLATE") if pii else r["plate"]

    def D(r):
        if r["drv"] is None:
            return S("부재")
        out = S(r["drv"]["full"])
        if r["ph"]:
            out += S(" ", (r["ph"], "PHONE"))
        if r["lic"]:
            out += S(" / 면허 ", (r["lic"], "KR_DRIVER_LICENSE"))
        return out
    hdr_d = ctx.rng.choice(["운전자", "운전자(현장)", "위반자", "차주/운전자", "관계인"])
    hdr_p = ctx.rng.choice(["차량번호", "차량 번호", "등록번호"])
    if style == "pipe":
        doc.line("| 연번 | 시각 | 장소 | ", hdr_p, " | 차종 | 위반 내용 | ", hdr_d, " | 조치 |")
        doc.line("|---|---|---|---|---|---|---|---|")
        for i, r in enumerate(rows):
            doc.line("| %d | %s | %s | " % (i + 1, r["time"], r["place"]), P(r), " | " + r["kind"] + " | " + r["viol"] + " | ", D(r), " | " + r["act"] + " |")
    elif style == "box":
        doc.line("┌────┬──────┬────────────┬──────┬────────┐")
        doc.line("│연번│ 시각 │ " + hdr_p + " │ " + hdr_d + " │ 조치 │")
        doc.line("├────┼──────┼────────────┼──────┼────────┤")
        for i, r in enumerate(rows):
            doc.line("│ %d │ %s │ " % (i + 1, r["time"]), P(r), " │ ", D(r), " │ " + r["act"] + " │")
        doc.line("└────┴──────┴────────────┴──────┴────────┘")
    elif style == "tab":
        doc.line("연번\t시각\t장소\t" + hdr_p + "\t위반\t" + hdr_d + "\t조치")
        for i, r in enumerate(rows):
            doc.line("%d\t%s\t%s\t" % (i + 1, r["time"], r["place"]), P(r), "\t" + r["viol"] + "\t", D(r), "\t" + r["act"])
    else:
        for i, r in enumerate(rows):
            doc.line("  %s %s %s, " % (style, r["time"], r["place"]), P(r), "(" + r["kind"] + ") " + r["viol"] + " - " + hdr_d + ": ", D(r), " → " + r["act"])


def L_pipe(doc, ctx, rec):
    header(doc, ctx, rec, ctx.rng.randrange(4))
    doc.line("1. 기본 사항")
    h1, h2 = ctx.rng.choice([("구분", "내용"), ("항목", "확인 내용"), ("구 분", "내 용")])
    doc.line("| " + h1 + " | " + h2 + " |")
    doc.line("|---|---|")
    for h, v in rec["fields"]:
        doc.line("| " + h + " | ", v, " |")
    doc.line()
    rows_lines(doc, rec, ctx, "pipe")
    doc.line("2. 점검 결과")
    doc.line("| 번호 | 점검 항목 | 결과 | 비고 |")
    doc.line("|:---:|---|:---:|---|")
    for i, (it, ok, note) in enumerate(rec["checks"]):
        doc.line("| %d | %s | %s | %s |" % (i + 1, it, ctx.mark(ok), note))
    doc.line()
    doc.line("3. 조치 의견: ", rec["opinion"])
    for p in rec["photos"]:
        doc.line("※ ", p)
    doc.line()
    for r, v in rec["signs"]:
        doc.line(r + ": ", v)
    contact(doc, ctx, rec)


def L_box(doc, ctx, rec):
    header(doc, ctx, rec, ctx.rng.randrange(4))
    doc.line("┌──────────┬──────────────────────────┐")
    for i, (h, v) in enumerate(rec["fields"]):
        if i:
            doc.line("├──────────┼──────────────────────────┤")
        doc.line("│ " + h + " │ ", v, " │")
    doc.line("└──────────┴──────────────────────────┘")
    rows_lines(doc, rec, ctx, "box")
    doc.line("┌─────────────────────┬──────────┐")
    doc.line("│ " + ctx.rng.choice(["점검항목", "확인사항", "조사항목"]) + " │ 결과 │")
    doc.line("├─────────────────────┼──────────┤")
    for it, ok, note in rec["checks"]:
        doc.line("│ " + it + " │ " + ctx.mark(ok) + (" (" + note + ")" if note else "") + " │")
    doc.line("└─────────────────────┴──────────┘")
    doc.line("◎ 종합의견: ", rec["opinion"])
    doc.line()
    doc.line(ctx.d() + "  ", rec["signs"][0][0] + " ", rec["signs"][0][1])
    for r, v in rec["signs"][1:]:
        doc.line("            " + r + " ", v)
    contact(doc, ctx, rec)


def L_tab(doc, ctx, rec):
    header(doc, ctx, rec, ctx.rng.randrange(4))
    for h, v in rec["fields"]:
        doc.line(h + "\t", v)
    doc.line()
    rows_lines(doc, rec, ctx, "tab")
    doc.line("점검항목\t결과\t비고")
    for it, ok, note in rec["checks"]:
        doc.line(it + "\t" + ctx.mark(ok) + "\t" + (note or "-"))
    doc.line()
    doc.line("의견\t", rec["opinion"])
    for r, v in rec["signs"]:
        doc.line(r + "\t", v)
    contact(doc, ctx, rec)


def L_kv(doc, ctx, rec):
    header(doc, ctx, rec, ctx.rng.randrange(4))
    b = ctx.rng.choice(["○ ", "- ", "· ", "▶ "])
    sep = ctx.rng.choice([": ", " : ", " - ", "： "])
    doc.line("[대상 및 현황]")
    for h, v in rec["fields"]:
        doc.line(b + h + sep, v)
    rows_lines(doc, rec, ctx, "-")
    doc.line()
    doc.line("[점검 내용]")
    for it, ok, note in rec["checks"]:
        doc.line(b + it + " " + ctx.mark(ok) + (" ※" + note if note else ""))
    doc.line()
    doc.line("[현장 메모]")
    for t, v in rec["notes"]:
        doc.line("- " + t + " ", v)
    doc.line()
    doc.line("[조치 의견] ", rec["opinion"])
    doc.line()
    for r, v in rec["signs"]:
        doc.line(r + sep, v)
    contact(doc, ctx, rec)


def L_prose(doc, ctx, rec):
    header(doc, ctx, rec, ctx.rng.randrange(4))
    doc.line("1. 개요")
    doc.line("  ", rec["prose"][0])
    doc.line("  - 일시: " + ctx.d() + " " + ctx.t() + " / 장소: 현장 / 확인자: " + ctx.officials[0][1] + " " + ctx.officials[0][0] + " 외 1명")
    doc.line()
    doc.line("2. 확인 결과")
    for p in rec["prose"][1:]:
        doc.line("  ", p)
    picks = ctx.rng.sample(rec["fields"], min(len(rec["fields"]), ctx.rng.randint(3, 6)))
    for h, v in rec["fields"]:
        if (h, v) in picks:
            doc.line("  - " + h + ": ", v)
    rows_lines(doc, rec, ctx, "·")
    bad = [c[0] for c in rec["checks"] if c[1] is False]
    doc.line("  - 점검 " + str(len(rec["checks"])) + "개 항목 중 부적합 " + str(len(bad)) + "건" + (" (" + ", ".join(bad) + ")" if bad else ""))
    doc.line()
    doc.line("3. 조치 계획")
    doc.line("  ", rec["opinion"])
    doc.line()
    doc.line("붙임  현장 사진 " + str(len(rec["photos"])) + "매.  끝.")
    doc.line()
    contact(doc, ctx, rec)


def L_memo(doc, ctx, rec):
    doc.line(ctx.rng.choice(["[현장 메모] ", "<출장 복명> ", "현장확인 메모 - "]) + rec["title"])
    doc.line("출장자: " + ctx.officials[0][1] + " " + ctx.officials[0][0] + ", " + ctx.officials[1][1] + " " + ctx.officials[1][0] + " / " + ctx.d())
    doc.line()
    for t, v in rec["notes"]:
        doc.line(ctx.rng.choice(["- ", "· ", ""]) + t + " ", v)
    doc.line("- " + ctx.t(70) + " 현장 종료, 복귀")
    doc.line()
    doc.line("체크: " + " / ".join(it + " " + ctx.mark(ok) for it, ok, _ in rec["checks"][:5]))
    for h, v in ctx.rng.sample(rec["fields"], min(3, len(rec["fields"]))):
        doc.line("  * " + h + " ", v)
    rows_lines(doc, rec, ctx, "*")
    doc.line("→ ", rec["opinion"])
    for p in rec["photos"]:
        doc.line("(", p, ")")
    contact(doc, ctx, rec)


def L_letter(doc, ctx, rec):
    a = rec.get("addressee")
    if not a:
        return L_prose(doc, ctx, rec)
    rng = ctx.rng
    doc.line(ctx.gu + "청")
    doc.line()
    doc.line("수신  ", a["full"], rng.choice([" 귀하", " 님", "님 귀하"]))
    if rec.get("addr"):
        doc.line("      (", (rec["addr"], "ADDRESS"), ")")
    doc.line("(경유)")
    doc.line("제목  " + rec["title"] + " 통보")
    doc.line()
    doc.line("1. 귀하의 가정에 평안을 기원합니다." if rng.random() < 0.5 else "1. 평소 구정에 협조해 주셔서 감사합니다.")
    doc.line("2. ", ctx.d(), " 우리 구 " + rec["dept"] + "에서 실시한 현장 확인 결과를 아래와 같이 알려 드립니다.")
    doc.line()
    doc.line("  가. 확인 내용")
    for h, v in rec["fields"][:5]:
        doc.line("    " + h + ": ", v)
    doc.line("  나. 점검 결과")
    for it, ok, note in rec["checks"]:
        doc.line("    " + it + " … " + ctx.mark(ok))
    doc.line("  다. 요청 사항: ", rec["opinion"])
    doc.line()
    doc.line("3. 본 결과에 이의가 있는 경우 통보를 받은 날부터 30일 이내에 의견을 제출할 수 있습니다.  끝.")
    doc.line()
    doc.line(ctx.gu + "청장")
    doc.line()
    doc.line(ctx.officials[0][1] + " " + ctx.officials[0][0] + "   " + ctx.lead[1] + " " + ctx.lead[0] + "   " + ctx.approver[1] + " " + ctx.approver[0])
    doc.line("시행 " + rec["dept"] + "-" + str(rng.randint(1000, 20000)) + " (" + ctx.d(1) + ")  접수")
    doc.line("우 %05d " % rng.randint(1000, 9999) + ctx.office + " / 전화 " + ctx.line() + " / " + ctx.offmail() + " / 공개구분 " + rng.choice(["부분공개(6)", "공개", "부분공개"]))


def L_gana(doc, ctx, rec):
    header(doc, ctx, rec, ctx.rng.randrange(4))
    doc.line("가. 조사 대상")
    num = ctx.rng.choice(["(%d) ", "%d) ", "CIRC"])
    for k, (h, v) in enumerate(rec["fields"]):
        lab = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮"[k] + " " if num == "CIRC" else num % (k + 1)
        doc.line("   " + lab + h + " — ", v)
    rows_lines(doc, rec, ctx, "→")
    doc.line("나. 체크리스트")
    for it, ok, note in rec["checks"]:
        box = "[v]" if ok else ("[x]" if ok is False else "[ ]")
        doc.line("   " + box + " " + it + ("  (" + note + ")" if note else ""))
    doc.line("다. 현장 기록")
    for t, v in rec["notes"]:
        doc.line("   " + t + "  ", v)
    doc.line("라. 의견")
    for p in rec["prose"][1:2]:
        doc.line("   ", p)
    doc.line("   ", rec["opinion"])
    doc.line("마. 사진")
    for p in rec["photos"]:
        doc.line("   [사진] ", p)
    doc.line()
    doc.line("위 내용이 사실과 다름없음을 확인합니다.")
    for r, v in rec["signs"]:
        doc.line("   " + r + "  ", v)
    contact(doc, ctx, rec)


LAYOUTS = [L_pipe, L_box, L_tab, L_kv, L_prose, L_memo, L_letter, L_gana]

NEG_TAIL = [
    "※ 본 점검은 관련 법령에 따른 정비 및 유지 관리를 위하여 실시하였으며, 장애인 편의시설 안내를 병행함.",
    "※ 근거: 「{law}」(법률 제{no}호, {y}. {m}. {d}. 개정) 및 {gu} 현장점검 운영계획(예산 {bud:,}원).",
    "※ 조사에 응해 주신 주민께 감사드리며, 당해 결과는 서명부와 함께 보관함.",
    "※ 부모 등 보호자가 소유한 주택의 경우 추가 확인이 필요할 수 있음.",
    "※ 관계 부서 공람: 안전총괄과(02-2133-{x}), 서울특별시 {gu} 담당 {mail}",
]
LAWS = ["도로교통법", "폐기물관리법", "건축물관리법", "빈집 및 소규모주택 정비에 관한 특례법", "재난 및 안전관리 기본법", "옥외광고물 등의 관리와 옥외광고산업 진흥에 관한 법률", "노인복지법", "영유아보육법"]


def make_doc(rng, seed, i):
    ctx = Ctx(rng)
    kind = rng.choice(KINDS)
    r = rng.random()
    pii = r >= 0.25
    rec = kind(ctx, pii)
    layout = rng.choice(LAYOUTS)
    doc = Doc()
    layout(doc, ctx, rec)
    if rng.random() < 0.6:
        t = rng.choice(NEG_TAIL)
        doc.line(t.format(law=rng.choice(LAWS), no=rng.randint(10000, 20999), y=rng.randint(2015, 2024), m=rng.randint(1, 12), d=rng.randint(1, 28),
                          gu=ctx.gu, bud=rng.randint(10, 900) * 100000, x="%04d" % rng.randint(1000, 9999), mail=ctx.offmail()))
    text = doc.text().rstrip("\n")
    ents = [e for e in doc.ents if e["end"] <= len(text)]
    if ents:
        sens = any(e["label"] in ("HEALTH_INFO", "KR_RRN", "KR_FRN", "BANK_ACCOUNT") for e in ents)
        opts = [o for o in rec["nonpub"] if 6 not in o[0] or sens]
        if opts and rng.random() < 0.15:
            grounds, _ = rng.choice(opts)
            grade = "nonpublic"
            grounds = sorted(set(grounds + [6]))
        else:
            grade, grounds = "partial", [6]
    else:
        opts = [o for o in rec["nonpub"] if 6 not in o[0]]
        if opts and rng.random() < 0.1:
            grade, grounds = "nonpublic", rng.choice(opts)[0]
        else:
            grade, grounds = "public", []
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["text"].strip() == e["text"] and e["text"], e
    return {"id": "%s-%d-%d" % (FAMILY, seed, i), "lang": "ko", "title": rec["title"] if layout is not L_letter or not rec.get("addressee") else rec["title"] + " 통보",
            "department": ctx.gu + " " + rec["dept"], "doc_type": rec["doc_type"], "approved_at": (ctx.date + datetime.timedelta(days=rng.randint(0, 3))).isoformat(),
            "drafter": ctx.officials[0][0], "approver": ctx.approver[0], "approver_rank": ctx.approver[1], "text": text,
            "entities": ents, "grade": grade, "grounds": grounds}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for i in range(a.n):
            d = make_doc(rng, a.seed, i)
            for e in d["entities"]:
                assert d["text"][e["start"]:e["end"]] == e["text"]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
