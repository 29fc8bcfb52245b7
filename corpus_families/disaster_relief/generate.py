#!/usr/bin/env python3
"""Generator for the `disaster_relief` document family.

District-office disaster and safety papers: flood/typhoon damage surveys of homes,
재난지원금 payment lists and objections, temporary-shelter occupancy logs, hour-by-hour
situation reports, landslide/fire field reports, SMS alerts and call-centre records,
heat-wave shelter visitor logs, volunteer rosters, insurance claim memos, public notices,
internal deliberation memos.

Standard library only, deterministic:
    python3 generate.py --n 200 --seed 1 --out docs.jsonl
"""
import argparse
import datetime as dt
import json
import random
import unicodedata

FAMILY = "disaster_relief"

# ---------------------------------------------------------------- text builder


class B:
    """Append-only text builder that records entity offsets."""

    def __init__(self):
        self.parts = []
        self.n = 0
        self.ents = []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, s, label):
        if not s:
            return self
        if label:
            self.ents.append({"start": self.n, "end": self.n + len(s), "label": label, "text": s})
        return self.t(s)

    def seg(self, segs):
        """segs: str | (text,label) | list of those."""
        if isinstance(segs, str):
            return self.t(segs)
        if isinstance(segs, tuple):
            return self.e(segs[0], segs[1])
        for s in segs:
            self.seg(s)
        return self

    def nl(self, k=1):
        return self.t("\n" * k)

    def text(self):
        return "".join(self.parts)


def seg_text(segs):
    if isinstance(segs, str):
        return segs
    if isinstance(segs, tuple):
        return segs[0]
    return "".join(seg_text(s) for s in segs)


def has_batchim(w):
    c = w.rstrip()[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    return False


def ro(w):
    c = w.rstrip()[-1]
    if "가" <= c <= "힣" and (ord(c) - 0xAC00) % 28 not in (0, 8):
        return w + "으로"
    return w + "로"


def iga(w):
    return w + ("이" if has_batchim(w) else "가")


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in s)


# ---------------------------------------------------------------- vocabularies

SURNAMES = ("김 김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 "
            "홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 "
            "변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 "
            "용 예 경 봉 사 부").split()
RARE2 = ["남궁", "독고", "사공", "황보", "제갈", "선우", "서문", "동방"]
GIVEN = ("영수 순자 민준 서연 지훈 하은 정숙 영희 상철 미경 경숙 재석 동현 수빈 은정 명자 말순 "
         "춘자 옥순 정호 성민 현우 지아 하율 도윤 예준 서윤 채원 건우 민서 준호 태희 영길 복순 "
         "금례 정애 순옥 병철 기철 광수 용남 혜진 지영 윤서 승현 다은 유진 재훈 소영 덕순 귀남 "
         "만식 을순 상훈 보람 한결 나래 슬기 은비 진우 경호 문희 길자 판례 막례 두식 칠성 "
         "정란 인숙 봉자 희정 세영 가은 시우").split()
GIVEN1 = "철 훈 숙 현 진 영 민 준 희 혁 란 솔 결 림 웅".split()
HANJA = ["洪在錫", "金英洙", "李順子", "朴正淑", "崔允熙", "鄭美京", "姜東鉉", "尹相喆", "張明子",
         "林秀彬", "韓貞愛", "吳光洙"]
FOREIGN_HG = [("응우옌 티 란", "란"), ("쩐 반 민", "민"), ("왕웨이", "왕웨이"), ("마리아 산토스", "마리아"),
              ("바트에르덴 간바트", "간바트"), ("리우팡", "리우팡"), ("아지즈 카리모프", "아지즈"),
              ("누르 하스나", "하스나"), ("팜 티 흐엉", "흐엉"), ("이브라힘 칸", "이브라힘")]
FOREIGN_LT = [("Nguyen Thi Lan", "Lan"), ("Tran Van Minh", "Minh"), ("Wang Fang", "Fang"),
              ("Maria Santos", "Maria"), ("Bolormaa Ganbat", "Bolormaa"), ("Aziz Karimov", "Aziz"),
              ("Siti Rahmawati", "Siti"), ("Muhammad Rahman", "Rahman"), ("John Mercer", "Mercer")]

OFFICES = [
    # (구청, 시도, 구, phone prefix, office addr, dongs, roads)
    ("마포구청", "서울특별시", "마포구", "02-3153-", "서울특별시 마포구 월드컵로 212",
     ["망원동", "성산동", "합정동", "연남동"], ["망원로", "성미산로", "동교로", "희우정로"]),
    ("관악구청", "서울특별시", "관악구", "02-879-", "서울특별시 관악구 관악로 145",
     ["신림동", "봉천동", "난곡동"], ["신림로", "난곡로", "봉천로", "문성로"]),
    ("동작구청", "서울특별시", "동작구", "02-820-", "서울특별시 동작구 장승배기로 161",
     ["상도동", "사당동", "대방동"], ["상도로", "사당로", "성대로", "양녕로"]),
    ("영등포구청", "서울특별시", "영등포구", "02-2670-", "서울특별시 영등포구 당산로 123",
     ["대림동", "도림동", "신길동"], ["도림로", "신길로", "대림로", "도신로"]),
    ("구로구청", "서울특별시", "구로구", "02-860-", "서울특별시 구로구 가마산로 245",
     ["구로동", "개봉동", "고척동"], ["구로중앙로", "개봉로", "경인로", "고척로"]),
    ("금천구청", "서울특별시", "금천구", "02-2627-", "서울특별시 금천구 시흥대로73길 70",
     ["독산동", "시흥동", "가산동"], ["독산로", "시흥대로", "금하로", "범안로"]),
    ("양천구청", "서울특별시", "양천구", "02-2620-", "서울특별시 양천구 목동동로 105",
     ["신월동", "신정동", "목동"], ["신월로", "가로공원로", "남부순환로", "중앙로"]),
    ("강남구청", "서울특별시", "강남구", "02-3423-", "서울특별시 강남구 학동로 426",
     ["대치동", "개포동", "일원동"], ["삼성로", "개포로", "선릉로", "영동대로"]),
    ("사하구청", "부산광역시", "사하구", "051-220-", "부산광역시 사하구 낙동대로398번길 12",
     ["괴정동", "하단동", "신평동"], ["낙동대로", "하신번영로", "다대로", "괴정로"]),
    ("울산 중구청", "울산광역시", "중구", "052-290-", "울산광역시 중구 문화의거리 14",
     ["태화동", "우정동", "반구동"], ["태화로", "번영로", "내황로", "북부순환도로"]),
]

DEPTS = ["안전총괄과", "재난안전과", "안전재난과", "재난관리과", "치수과", "복지정책과", "안전건설과", "재난대응과"]
RANKS_LOW = ["주무관", "주무관", "주무관", "행정주사", "방재안전주사보", "시설주사"]
RANKS_HIGH = ["팀장", "과장", "국장"]

BANKS = ["국민은행", "신한은행", "우리은행", "하나은행", "농협", "NH농협은행", "기업은행", "새마을금고",
         "우체국", "카카오뱅크", "부산은행", "경남은행"]
HOSP_REGION = {"부산광역시": ["부산대학교병원", "동아대학교병원", "고신대학교복음병원", "부산성모병원"],
               "울산광역시": ["울산대학교병원", "동강병원", "울산병원"]}
HOSPITALS = ["보라매병원", "이대목동병원", "한림대학교강남성심병원", "고려대학교구로병원", "신촌세브란스병원",
             "강남세브란스병원", "중앙대학교병원", "부산대학교병원", "동아대학교병원", "울산대학교병원", "명지성모병원"]
INSURERS = [("DB손해보험(주)", "1588-0100"), ("현대해상화재보험(주)", "1588-5656"), ("KB손해보험(주)", "1544-0114"),
            ("삼성화재해상보험(주)", "1588-5114"), ("NH농협손해보험", "1644-9000")]
COMPANIES = ["(주)한빛종합건설", "대성환경(주)", "(주)우리방재", "청솔건설(주)", "(주)새한양수기", "한결복구(주)"]
VOL_GROUPS = ["대한적십자사 봉사회", "새마을부녀회", "자율방재단", "바르게살기운동 협의회", "해병대전우회",
              "자원봉사캠프", "한국자유총연맹 청년회", "○○교회 봉사단"]

STATUTES = [
    ("「재난 및 안전관리 기본법」", ["제36조", "제37조", "제38조의2", "제60조", "제66조", "제66조의3"]),
    ("「재해구호법」", ["제3조", "제4조", "제5조", "제6조"]),
    ("「자연재난 구호 및 복구 비용 부담기준 등에 관한 규정」", ["제3조", "제4조", "제7조"]),
    ("「사회재난 구호 및 복구 비용 부담기준 등에 관한 규정」", ["제4조", "제5조"]),
    ("「풍수해보험법」", ["제7조", "제19조"]),
    ("「재난 및 안전관리 기본법 시행령」", ["제46조", "제70조"]),
    ("「폭염 대비 무더위쉼터 운영 지침」", ["Ⅲ.2.", "Ⅳ.1."]),
]

HEALTH_SHELTER = ["고혈압 약 복용 중", "당뇨(인슐린 투약)", "임신 28주", "임신 7개월", "지체장애(심한 장애)",
                  "시각장애 1급", "청각장애", "치매 초기", "혈액투석 주 3회", "천식(흡입기 사용)", "뇌병변장애 2급",
                  "우울증 치료 중", "심장질환(스텐트 시술)", "관절염으로 보행 곤란", "공황장애 약 복용",
                  "뇌전증 약 복용", "파킨슨병", "임신 초기(12주)", "척추 수술 후 회복 중", "발달장애"]
HEALTH_INJURY = ["우측 대퇴부 골절 의심", "연기 흡입", "2도 화상(양손)", "두부 열상", "좌측 발목 염좌",
                 "저체온 증상", "갈비뼈 골절", "의식 저하", "찰과상", "허리 타박상", "호흡곤란", "탈수 증상",
                 "열사병 의심", "어지럼증 호소"]
HEALTH_HEAT = ["고혈압", "어지럼증", "당뇨", "보행보조기 사용", "심장질환", "열탈진 증세", "관절염", "치매",
               "천식", "만성신부전"]

EVERYDAY = [
    "주민 안전을 위하여 신속히 조치하였음.",
    "부모와 함께 거주하는 아동 세대는 별도 관리함.",
    "주택을 소유한 세대와 임차 세대를 구분하여 조사함.",
    "당해 연도 재난관리기금에서 집행 예정임.",
    "장애인·노약자 등 안전취약계층을 우선 지원함.",
    "서명부는 동 주민센터에 비치함.",
    "현장 조사 결과를 안내하고 배수 시설을 정비함.",
    "유지관리 부서와 협의하여 재발 방지 대책을 마련함.",
    "고령자 세대 안부 확인을 실시함.",
    "이상 유무를 전 직원에게 전파함.",
    "정밀 조사 후 보고 예정.",
    "장기 미복구 세대는 별도 관리 대장으로 유지함.",
]


# ---------------------------------------------------------------- random values

class Gen:
    def __init__(self, rng):
        self.rng = rng

    def choice(self, xs):
        return self.rng.choice(xs)

    # names ----------------------------------------------------------
    def person(self, kind=None):
        r = self.rng
        x = r.random() if kind is None else {"plain": 0.0, "foreign": 0.95}[kind]
        if x < 0.80:
            sur = r.choice(RARE2) if r.random() < 0.1 else r.choice(SURNAMES)
            given = r.choice(GIVEN1) if r.random() < 0.1 else r.choice(GIVEN)
            return {"name": sur + given, "given": given, "sur": sur}
        if x < 0.87:
            sur = r.choice(SURNAMES)
            given = r.choice(GIVEN)
            form = r.choice([sur + " " + given, sur + " " + given[0] + " " + given[1:]])
            return {"name": form, "given": given, "sur": sur}
        if x < 0.91:
            h = r.choice(HANJA)
            return {"name": h, "given": h[1:], "sur": h[0]}
        if r.random() < 0.5:
            n, g = r.choice(FOREIGN_HG)
        else:
            n, g = r.choice(FOREIGN_LT)
        return {"name": n, "given": g, "sur": n.split()[0], "foreign": True}

    def official(self):
        r = self.rng
        return r.choice(SURNAMES) + r.choice(GIVEN)

    # numbers --------------------------------------------------------
    def mobile(self):
        r = self.rng
        a, b = r.randint(1000, 9999), r.randint(1000, 9999)
        f = r.random()
        if f < 0.55:
            return f"010-{a}-{b}"
        if f < 0.67:
            return f"010 {a} {b}"
        if f < 0.77:
            return f"010{a}{b}"
        if f < 0.86:
            return f"010.{a}.{b}"
        if f < 0.93:
            return f"+82-10-{a}-{b}"
        return f"010-{a}-{b}"

    def home_line(self, office):
        r = self.rng
        pre = office[3].split("-")[0]
        if r.random() < 0.5:
            return f"{pre}-{r.randint(300, 999)}-{r.randint(1000, 9999)}"
        return f"({pre}){r.randint(300, 999)}-{r.randint(1000, 9999)}"

    def office_line(self, office):
        return office[3] + str(self.rng.randint(1000, 9999)).zfill(4)[-4:]

    def rrn(self, birth, sex, masked=None):
        r = self.rng
        yy = birth.strftime("%y%m%d")
        g = (1 if sex == "남" else 2) + (2 if birth.year >= 2000 else 0)
        back = f"{g}{r.randint(0, 999999):06d}"
        if masked is None:
            masked = r.random() < 0.4
        if masked:
            back = back[0] + "******"
        sep = r.choice(["-", "-", "-", " - ", ""]) if not masked else "-"
        return yy + sep + back

    def frn(self, birth, sex):
        g = 5 if sex == "남" else 6
        if birth.year >= 2000:
            g += 2
        return birth.strftime("%y%m%d") + "-" + f"{g}{self.rng.randint(0, 999999):06d}"

    def passport(self):
        r = self.rng
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if r.random() < 0.5:
            return r.choice(["M", "S", "R"]) + f"{r.randint(0, 99999999):08d}"
        return r.choice(L) + r.choice(L) + f"{r.randint(0, 9999999):07d}"

    def account(self, bank):
        r = self.rng
        pats = {"국민은행": "######-##-######", "신한은행": "###-###-######", "우리은행": "####-###-######",
                "하나은행": "###-######-#####", "농협": "###-####-####-##", "NH농협은행": "###-####-####-##",
                "기업은행": "###-######-##-###", "새마을금고": "9###-####-####-#", "우체국": "######-##-######",
                "카카오뱅크": "3333-##-#######", "부산은행": "###-####-####-##", "경남은행": "###-##-#######"}
        p = pats.get(bank, "###-######-##")
        s = "".join(str(r.randint(0, 9)) if c == "#" else c for c in p)
        if r.random() < 0.15:
            s = s.replace("-", "")
        return s

    def card(self):
        r = self.rng
        g = [str(r.choice([9410, 5310, 4518, 6251, 9490]))] + [f"{r.randint(0, 9999):04d}" for _ in range(3)]
        return r.choice(["-", " "]).join(g)

    def plate(self):
        r = self.rng
        h = r.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
        s = f"{r.randint(10, 399)}{h}{r.randint(1000, 9999)}"
        x = r.random()
        if x < 0.15:
            s = f"{r.randint(10, 399)}{h} {r.randint(1000, 9999)}"
        elif x < 0.25:
            s = r.choice(["서울", "부산", "경기", "울산"]) + f"{r.randint(10, 99)}{h}{r.randint(1000, 9999)}"
        return s

    def licence(self):
        r = self.rng
        return f"{r.randint(11, 28)}-{r.randint(10, 26)}-{r.randint(0, 999999):06d}-{r.randint(10, 99)}"

    def email(self, p):
        r = self.rng
        roms = ["hong", "kim.ys", "minsu", "leesj", "parkjh", "sunny", "jh.choi", "happyday", "mw.kang",
                "yoon77", "gildong", "star_sh", "bada", "oksun.lee"]
        dom = r.choice(["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com"])
        return f"{r.choice(roms)}{r.randint(1, 99)}@{dom}"

    def ip(self):
        r = self.rng
        return f"{r.choice([211, 175, 121, 59, 1, 118, 222])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def birth(self, lo=1935, hi=2005):
        r = self.rng
        return dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))

    # addresses --------------------------------------------------------
    def home(self, office, unit="any"):
        """Private residential address string."""
        r = self.rng
        sido, gu, dongs, roads = office[1], office[2], office[5], office[6]
        road = r.choice(roads)
        if r.random() < 0.3:
            road = road + f"{r.randint(1, 30)}길"
        num = f"{r.randint(1, 220)}" + (f"-{r.randint(1, 40)}" if r.random() < 0.6 else "")
        if unit == "basement" or (unit == "any" and r.random() < 0.5):
            u = r.choice(["B01호", "B02호", "지하1층", "지하 101호", "B102호", "반지하", "지층 2호", "B01"])
        else:
            u = r.choice([f"{r.randint(1, 5)}0{r.randint(1, 4)}호", f"{r.randint(101, 112)}동 {r.randint(1, 15)}0{r.randint(1, 4)}호",
                          f"{r.randint(2, 4)}층", ""])
        sido_s = r.choice([sido, sido, sido[:2], ""])
        head = (sido_s + " " if sido_s else "") + gu + " "
        x = r.random()
        if x < 0.55:
            s = f"{head}{road} {num}" + (f", {u}" if u else "")
            if r.random() < 0.3:
                s += f" ({r.choice(dongs)})"
        elif x < 0.75:
            s = f"{r.choice(dongs)} {r.randint(10, 800)}-{r.randint(1, 60)}" + (f" {u}" if u else "")
        elif x < 0.9:
            s = f"{head}{r.choice(dongs)} {r.randint(10, 800)}-{r.randint(1, 60)}" + (f" {u}" if u else "")
        else:
            bn = r.choice(["한신빌라", "우성하이츠", "그린빌", "동광맨션", "현대연립", "삼익빌라", "해뜨는집"])
            s = f"{road} {num} {bn} " + (u if u else "B01호")
        return s

    def public_place(self, office):
        r = self.rng
        gu, roads, dongs = office[2], office[6], office[5]
        name = r.choice([f"{r.choice(dongs)[:-1]}초등학교 체육관", f"{gu[:-1]}구민체육센터",
                         f"{r.choice(dongs)} 주민센터 3층 강당", f"{r.choice(dongs)[:-1]}중학교 다목적실",
                         f"{gu[:-1]}청소년수련관", f"{r.choice(dongs)[:-1]}경로당"])
        addr = f"{gu} {r.choice(roads)} {r.randint(1, 300)}"
        return name, addr

    # formats ----------------------------------------------------------
    def date(self, d, style=None):
        r = self.rng
        style = style if style is not None else r.randint(0, 5)
        if style == 0:
            return f"{d.year}. {d.month}. {d.day}."
        if style == 1:
            return d.strftime("%Y-%m-%d")
        if style == 2:
            return f"{d.year}년 {d.month}월 {d.day}일"
        if style == 3:
            return f"'{d.year % 100}.{d.month}.{d.day}."
        if style == 4:
            return d.strftime("%Y.%m.%d.")
        return f"{d.year}.{d.month:02d}.{d.day:02d}"

    def money(self, v):
        r = self.rng
        x = r.random()
        if x < 0.45:
            return f"{v:,}원"
        if x < 0.6:
            return f"{v:,}"
        if x < 0.75 and v % 10000 == 0:
            return f"{v // 10000:,}만 원"
        if x < 0.85 and v % 10000 == 0:
            return f"{v // 10000:,}만원"
        if v % 1000 == 0:
            return f"{v // 1000:,}천원"
        return f"금{v:,}원"

    def docno(self, dept, d):
        r = self.rng
        return r.choice([f"{dept}-{r.randint(1000, 29999)}", f"{dept}-{d.year}-{r.randint(1, 999):04d}",
                         f"제{d.year}-{r.randint(10, 999)}호"])

    def statute(self):
        r = self.rng
        law, arts = r.choice(STATUTES)
        return f"{law} {r.choice(arts)}"

    def law_no(self):
        r = self.rng
        y = r.randint(2017, 2025)
        return f"법률 제{r.randint(15000, 20999)}호({y}. {r.randint(1, 12)}. {r.randint(1, 28)}. 개정)"


# ---------------------------------------------------------------- layouts

def table(b, g, headers, rows, style=None):
    r = g.rng
    style = style or r.choice(["pipe", "box", "tsv", "bullet", "kv", "fixed", "num"])
    if style == "pipe":
        b.t("| " + " | ".join(headers) + " |").nl()
        b.t("|" + "|".join(["---"] * len(headers)) + "|").nl()
        for row in rows:
            b.t("| ")
            for i, c in enumerate(row):
                if i:
                    b.t(" | ")
                b.seg(c)
            b.t(" |").nl()
    elif style == "box":
        ws = [max([dwidth(h)] + [dwidth(seg_text(rw[i])) for rw in rows]) + 2 for i, h in enumerate(headers)]
        b.t("┌" + "┬".join("─" * (w // 1) for w in ws) + "┐").nl()

        def line(cells):
            b.t("│")
            for i, c in enumerate(cells):
                pad = ws[i] - dwidth(seg_text(c)) - 1
                b.t(" ")
                b.seg(c)
                b.t(" " * max(pad, 0) + "│")
            b.nl()
        line(headers)
        b.t("├" + "┼".join("─" * w for w in ws) + "┤").nl()
        for row in rows:
            line(row)
        b.t("└" + "┴".join("─" * w for w in ws) + "┘").nl()
    elif style == "tsv":
        b.t("\t".join(headers)).nl()
        for row in rows:
            for i, c in enumerate(row):
                if i:
                    b.t("\t")
                b.seg(c)
            b.nl()
    elif style == "fixed":
        ws = [max([dwidth(h)] + [dwidth(seg_text(rw[i])) for rw in rows]) + 2 for i, h in enumerate(headers)]
        b.t("━" * min(sum(ws), 90)).nl()
        b.t("".join(h + " " * (ws[i] - dwidth(h)) for i, h in enumerate(headers)).rstrip()).nl()
        b.t("─" * min(sum(ws), 90)).nl()
        for row in rows:
            for i, c in enumerate(row):
                b.seg(c)
                if i < len(row) - 1:
                    b.t(" " * (ws[i] - dwidth(seg_text(c))))
            b.nl()
        b.t("━" * min(sum(ws), 90)).nl()
    elif style == "bullet":
        mark = r.choice(["○", "◦", "-", "·", "▪"])
        sub = r.choice([", ", " / ", "; "])
        for row in rows:
            b.t(mark + " ")
            first = True
            for h, c in zip(headers, row):
                if h in ("연번", "번호", "순번", "No"):
                    continue
                if not first:
                    b.t(sub)
                first = False
                if r.random() < 0.8:
                    b.t(h + r.choice([": ", " ", "："]))
                b.seg(c)
            b.nl()
    elif style == "kv":
        for k, row in enumerate(rows, 1):
            b.t(r.choice([f"[{k}]", f"<{k}>", f"{k})", f"■ {k}"])).nl()
            for h, c in zip(headers, row):
                if h in ("연번", "번호", "순번", "No"):
                    continue
                b.t("  " + h + r.choice([" : ", ": ", " - "]))
                b.seg(c)
                b.nl()
    else:  # num : 가. 나. lines
        marks = "가나다라마바사아자차카타파하"
        for k, row in enumerate(rows):
            m = marks[k % len(marks)] + "."
            b.t(m + " ")
            b.seg(row[1] if len(row) > 1 else row[0])
            rest = [(h, c) for h, c in zip(headers, row) if h not in ("연번", "번호", "순번", "No")][1:]
            b.t("(")
            for i, (h, c) in enumerate(rest):
                if i:
                    b.t(", ")
                b.t(h + " ")
                b.seg(c)
            b.t(")").nl()
    return style


# ---------------------------------------------------------------- common doc pieces

class Ctx:
    def __init__(self, g, idx):
        r = g.rng
        self.g = g
        self.office = r.choice(OFFICES)
        self.dept = r.choice(DEPTS)
        self.drafter = g.official()
        self.drank = r.choice(RANKS_LOW)
        self.approver = g.official()
        self.arank = r.choice(RANKS_HIGH)
        self.team = g.official()
        y = r.choice([2022, 2023, 2024, 2025, 2026])
        self.event = dt.date(y, r.choice([7, 7, 8, 8, 9]), r.randint(1, 28))
        self.approved = self.event + dt.timedelta(days=r.randint(1, 40))
        self.disaster = r.choice(["집중호우", "태풍 " + r.choice(["카눈", "힌남노", "미탁", "하이선", "종다리", "산산"]),
                                  "국지성 집중호우", "호우 및 강풍"])
        self.line = g.office_line(self.office)
        self.mail = r.choice(["", "", f"{r.choice(['safety', 'disaster', 'bjs', 'kimjh', 'sos', 'relief'])}{r.randint(1, 99)}@"
                              + (r.choice(["seoul.go.kr", "korea.kr"]) if self.office[1] == "서울특별시" else "korea.kr")])

    def header(self, b, title, docno=True, recv=None):
        g, r = self.g, self.g.rng
        o = self.office
        style = r.randint(0, 3)
        if style == 0:
            b.t(f"{o[0]}").nl()
            if recv:
                b.t(f"수신  {recv}").nl()
            b.t(f"(경유)").nl()
            b.t(f"제목  {title}").nl(2)
        elif style == 1:
            b.t(f"[{title}]").nl()
            b.t(f"{o[0]} {self.dept} / {g.date(self.approved)}").nl(2)
        elif style == 2:
            b.t(title).nl()
            b.t("=" * min(40, dwidth(title))).nl()
            if docno:
                b.t(f"문서번호: {g.docno(self.dept, self.approved)}  시행일: {g.date(self.approved)}").nl()
            b.nl()
        else:
            b.t(f"■ {title}").nl()
            b.t(f"  ({self.dept}, {g.date(self.approved)})").nl(2)

    def footer(self, b):
        g, r = self.g, self.g.rng
        o = self.office
        style = r.randint(0, 3)
        if style == 0:
            b.nl().t(f"기안자 {self.drank} {self.drafter}  검토자 {r.choice(['팀장', '재난대응팀장', '방재팀장'])} {self.team}  "
                     f"결재권자 {self.arank} {self.approver}").nl()
            b.t(f"시행 {g.docno(self.dept, self.approved)} ({g.date(self.approved)})  접수").nl()
            b.t(f"우 {r.randint(3000, 8999):05d} {o[4]} / 전화 {self.line} / 전송 {g.office_line(o)}"
                + (f" / {self.mail}" if self.mail else "")).nl()
        elif style == 1:
            b.nl().t(f"※ 문의: {o[0]} {self.dept} {self.drafter} {self.drank} ({self.line})").nl()
        elif style == 2:
            b.nl().t(f"담당: {self.dept} {self.drank} {self.drafter} ☎ {self.line}").nl()
            b.t(f"{o[0]} {self.dept}장").nl()
        else:
            b.nl().t(f"작성 {self.drank} {self.drafter} / 확인 {self.arank} {self.approver}").nl()

    def neg(self, b):
        """Sprinkle an everyday sentence with surname-syllable words."""
        r = self.g.rng
        b.t(r.choice(["※ ", "- ", "  ", "○ "]) + r.choice(EVERYDAY)).nl()


def name_ref(b, g, p, particle=None):
    """Write a person's name (span) followed by an optional particle/ending."""
    r = g.rng
    if particle is None:
        particle = r.choice(["", "", " 씨", "님", " 님", "(세대주)", "씨의", "은", "는", " 씨가", "님께서", "이"])
    b.e(p["name"], "PERSON")
    if particle:
        b.t(particle)


def given_ref(b, g, p):
    b.e(p["given"], "PERSON")
    b.t(g.rng.choice([" 님", "님", " 씨", "씨는"]))


# ---------------------------------------------------------------- document kinds

def k_survey_table(ctx):
    """침수 주택 피해 조사 결과 (table)."""
    g, r = ctx.g, ctx.g.rng
    b = B()
    title = r.choice(["반지하 주택 침수 피해 조사 결과", f"{ctx.disaster} 주택 피해 현황 조사", "주택 침수 피해 세대 현황",
                      "풍수해 피해 주택 현장조사 결과 보고", "침수 세대 피해 조사표"])
    ctx.header(b, title)
    b.t(f"1. 관련: {g.statute()}, {g.docno(ctx.dept, ctx.event)}").nl()
    b.t(f"2. {g.date(ctx.event)} {ro(ctx.disaster)} 인한 관내 주택 침수 피해 세대를 아래와 같이 조사하였습니다.").nl(2)
    hname = r.choice(["세대주", "성명", "거주자", "피해자", "신청인", "이름", "세대주(관계)"])
    hten = r.choice(["소유구분", "점유형태", "소유/임차", "거주형태"])
    haddr = r.choice(["주소", "피해주소", "소재지", "주택 소재지", "거주지"])
    hph = r.choice(["연락처", "전화", "휴대전화", "연락처(HP)"])
    hdmg = r.choice(["피해내용", "피해 내역", "침수 정도", "피해상황"])
    hamt = r.choice(["피해액(원)", "추정피해액", "피해금액", "산정액"])
    with_owner = r.random() < 0.35
    headers = ["연번", hname, hten, haddr, hph, hdmg, hamt] + (["임대인"] if with_owner else [])
    rows = []
    total = 0
    for i in range(r.randint(3, 8)):
        p = g.person()
        ten = r.choice(["소유", "임차(월세)", "임차(전세)", "세입자", "자가", "임차"])
        addr = g.home(ctx.office, unit="basement" if r.random() < 0.7 else "any")
        ph = g.mobile() if r.random() < 0.85 else g.home_line(ctx.office)
        dmg = r.choice(["반지하 침수(수위 0.8m), 가재도구 전손", "전기·보일러 침수", "주거 공간 완전 침수", "벽지·장판 훼손",
                        "토사 유입", "창호 파손, 누수", "침수 1.2m, 냉장고·세탁기 파손", "하수 역류"])
        amt = r.choice([1500000, 2000000, 3000000, 5000000, 2400000, 8600000, 12000000])
        total += amt
        name_cell = [(p["name"], "PERSON")]
        if hname == "세대주(관계)":
            name_cell.append(r.choice(["(본인)", "(배우자)", "(자녀)"]))
        row = [str(i + 1), name_cell, ten, [(addr, "ADDRESS")], [(ph, "PHONE")], dmg, g.money(amt)]
        if with_owner:
            if ten.startswith("임차") or ten == "세입자":
                row.append([(g.person()["name"], "PERSON")])
            else:
                row.append("-")
        rows.append(row)
    table(b, g, headers, rows)
    b.nl().t(f"3. 합계: {len(rows)}세대, {g.money(total)}").nl()
    b.t(f"4. 조사반: {ctx.dept} {ctx.drank} {ctx.drafter}, {r.choice(['건축과', '주택과', '치수과'])} 주무관 {g.official()}, "
        f"{r.choice(ctx.office[5])} 주민센터 {r.choice(['맞춤형복지팀장', '동장', '주무관'])} {g.official()}").nl()
    if r.random() < 0.5:
        b.t(f"5. 향후 조치: 재난지원금 지급 대상 확정 후 {r.choice(['국민재난안전포털', 'NDMS'])} 입력 "
            f"(입력 기한 {g.date(ctx.event + dt.timedelta(days=10))}까지)").nl()
    ctx.neg(b)
    ctx.footer(b)
    return title, "피해조사 보고", b, "partial", [6]


def k_payment_list(ctx):
    """재난지원금 지급 명단 (table) with accounts / RRN / cards."""
    g, r = ctx.g, ctx.g.rng
    b = B()
    title = r.choice(["재난지원금 지급 대상자 명단", "주택 침수 재난지원금 지급 계획", "이재민 구호금 지급 명단",
                      "풍수해 재난지원금 지급(2차)", "소상공인·주택 재난지원금 지급 내역"])
    ctx.header(b, title, recv=r.choice(["내부결재", "재무과장", None]))
    b.t(f"가. 근거: {g.statute()} 및 {g.law_no()}").nl()
    b.t(f"나. 재원: {r.choice(['재난관리기금', '재해구호기금', '국비·시비 매칭'])} {g.money(r.randint(50, 900) * 1000000)} "
        f"(세출예산 {r.choice(['재난관리', '안전관리', '구호'])} 사업)").nl()
    b.t(f"다. 지급 기준: 주택 침수 1세대당 {g.money(r.choice([2000000, 3000000, 3500000]))}").nl(2)
    pay_mode = r.choice(["account", "account", "card", "mixed"])
    hname = r.choice(["수령인", "성명", "예금주", "수령인(관계)", "지원대상자", "대상자"])
    hid = r.choice(["생년월일", "주민등록번호", "생년월일"])
    headers = ["번호", hname, hid, r.choice(["주소", "피해주택"]), r.choice(["금융기관", "은행"]),
               r.choice(["계좌번호", "입금계좌", "계좌/카드번호"]), r.choice(["지급액", "금액", "지원금"])]
    rows = []
    tot = 0
    for i in range(r.randint(3, 7)):
        p = g.person()
        sex = r.choice(["남", "여"])
        bd = g.birth()
        if hid == "생년월일":
            idc = [(g.date(bd, r.choice([0, 1, 5])), "BIRTH_DATE")]
        elif p.get("foreign"):
            idc = [(g.frn(bd, sex), "KR_FRN")]
        else:
            idc = [(g.rrn(bd, sex), "KR_RRN")]
        namec = [(p["name"], "PERSON")]
        if hname.endswith("(관계)"):
            namec.append(r.choice(["(본인)", "(세대주)", "(배우자)"]))
        mode = pay_mode if pay_mode != "mixed" else r.choice(["account", "card"])
        if mode == "account":
            bank = r.choice(BANKS)
            acc = [(g.account(bank), "BANK_ACCOUNT")]
        else:
            bank = r.choice(["선불카드", "지역사랑상품권카드", "서울사랑카드"])
            acc = [(g.card(), "CARD_NUMBER")]
        amt = r.choice([2000000, 3000000, 3500000, 1000000])
        tot += amt
        rows.append([str(i + 1), namec, idc, [(g.home(ctx.office), "ADDRESS")], bank, acc, g.money(amt)])
    table(b, g, headers, rows)
    b.nl().t(f"계 {len(rows)}명 {g.money(tot)}").nl()
    if r.random() < 0.6:
        b.t(f"※ 예금주 불일치 세대는 {r.choice(ctx.office[5])} 주민센터를 통해 본인 확인 후 재지급함"
            f"(담당 주무관 {g.official()}, {g.office_line(ctx.office)}).").nl()
    ctx.neg(b)
    ctx.footer(b)
    return title, "지급 명단", b, "partial", [6]


def k_objection(ctx):
    """이의신청 처리 결과 통보 (letter) or 이의신청 접수 현황 (table)."""
    g, r = ctx.g, ctx.g.rng
    b = B()
    if r.random() < 0.5:
        p = g.person()
        title = r.choice(["재난지원금 이의신청 처리 결과 통보", "피해조사 결과 이의신청에 대한 회신", "재난지원금 지급 결정 재검토 결과 알림"])
        addr = g.home(ctx.office)
        b.t(f"{ctx.office[0]}").nl()
        b.t("수신  ")
        b.e(p["name"], "PERSON")
        b.t(r.choice([" 귀하", " 님", "님 귀하"]))
        b.t(" (")
        b.e(addr, "ADDRESS")
        b.t(")").nl()
        b.t(f"제목  {title}").nl(2)
        b.t(f"1. 귀하께서 {g.date(ctx.approved - dt.timedelta(days=r.randint(3, 15)))} "
            f"{r.choice(['방문', '우편', '온라인(국민재난안전포털)', '전자우편'])}으로 제출하신 이의신청에 대한 검토 결과를 알려드립니다.").nl()
        if r.random() < 0.5:
            b.t("   - 신청인 연락처: ")
            b.e(g.mobile(), "PHONE")
            if r.random() < 0.5:
                b.t(", 전자우편: ")
                b.e(g.email(p), "EMAIL")
            b.nl()
        if r.random() < 0.25:
            b.t("   - 온라인 접수 정보: 접수번호 " + f"{ctx.approved.year}-{r.randint(100, 9999)}, 접속 IP ")
            b.e(g.ip(), "IP_ADDRESS")
            b.nl()
        ok = r.random() < 0.5
        if r.random() < 0.3:
            b.t(f"   - 동일 건물 {masked_name(g)} 세대의 이의신청은 별도 회신합니다.").nl()
        b.t(f"2. 신청 취지: {r.choice(['주택 침수 피해 미인정에 대한 재조사 요청', '지원금 산정액(소파 → 반파) 상향 요청', '임차인 지원 대상 제외에 대한 이의', '세대 분리 인정 요청'])}").nl()
        b.t(f"3. 검토 결과: {'인용' if ok else '기각'} — ")
        if ok:
            b.t(f"현장 재조사({g.date(ctx.approved - dt.timedelta(days=2))}, 조사자 {r.choice(['건축과', '재난안전과'])} 주무관 {g.official()}) "
                f"결과 주거 공간 침수가 확인되어 {g.money(r.choice([2000000, 3000000]))}을 추가 지급합니다.").nl()
        else:
            b.t(f"{g.statute()}에 따라 주거 공간이 아닌 창고·지하 주차장 침수는 지원 대상이 아니므로 기존 결정을 유지합니다.").nl()
        if r.random() < 0.4:
            b.t("   ※ ")
            b.e(p["given"] if not p.get("foreign") else p["name"], "PERSON")
            b.t(r.choice([" 님께서 말씀하신 ", "님이 제출하신 "]) + "사진 자료(침수 흔적)는 반환하여 드립니다.").nl()
        b.t(f"4. 이 처분에 이의가 있는 경우 「행정심판법」 제27조에 따라 처분이 있음을 안 날부터 90일 이내에 "
            f"행정심판을 청구할 수 있습니다.  끝.").nl()
        ctx.footer(b)
        if r.random() < 0.45:
            return title, "회신문", b, "nonpublic", [6]
        return title, "회신문", b, "partial", [6]
    title = r.choice(["재난지원금 이의신청 접수 및 처리 현황", "피해조사 이의신청 심의 결과", "이의신청 처리대장"])
    ctx.header(b, title)
    b.t(f"○ 기간: {g.date(ctx.event + dt.timedelta(days=5))} ~ {g.date(ctx.approved)}").nl()
    b.t(f"○ 심의: {ctx.office[0]} 재난지원금 심의위원회 (위원장 부구청장 {g.official()})").nl(2)
    hname = r.choice(["신청인", "이의신청인", "성명", "청구인"])
    with_mail = r.random() < 0.4
    headers = ["순번", hname, r.choice(["연락처", "전화번호"])] + (["회신 메일"] if with_mail else []) + \
        [r.choice(["신청 사유", "이의 내용"]), r.choice(["처리결과", "결과"])]
    rows = []
    for i in range(r.randint(3, 7)):
        p = g.person()
        res = r.choice(["인용", "기각", "일부인용", "각하(기한 경과)", "재조사 중"])
        mail = [[(g.email(p), "EMAIL")] if r.random() < 0.7 else "-"] if with_mail else []
        rows.append([str(i + 1), [(p["name"], "PERSON")], [(g.mobile(), "PHONE")]] + mail +
                    [r.choice(["피해 미인정", "임차인 제외", "산정액 이의", "중복 수령 판정 이의", "세대 분리"]), res])
    if r.random() < 0.5:
        b.t(f"※ 기 처리분({masked_name(g)} 등 {r.randint(2, 9)}건)은 제외").nl()
    table(b, g, headers, rows)
    ctx.neg(b)
    ctx.footer(b)
    return title, "처리대장", b, "partial", [6]


def k_shelter_log(ctx):
    """임시주거시설 입소 현황 with health notes."""
    g, r = ctx.g, ctx.g.rng
    b = B()
    title = r.choice(["이재민 임시주거시설 입소자 현황", "임시주거시설 운영 일지", "이재민 대피소 입·퇴소 현황", "임시대피시설 수용 현황"])
    ctx.header(b, title)
    name, addr = g.public_place(ctx.office)
    b.t(f"□ 시설명: {name} ({addr}) / 시설 전화 {g.office_line(ctx.office)}").nl()
    b.t(f"□ 운영기간: {g.date(ctx.event)} ~ (운영 중)  □ 책임자: {ctx.dept} {r.choice(['팀장', '주무관'])} {g.official()}").nl()
    b.t(f"□ 구호물품: 응급구호세트 {r.randint(10, 80)}세트, 모포 {r.randint(20, 200)}장 (대한적십자사 {ctx.office[2]}지구협의회 지원)").nl(2)
    hn = r.choice(["성명", "입소자", "이재민", "대상자", "이름"])
    hh = r.choice(["건강 특이사항", "건강상태", "특이사항(건강)", "보건 메모", "의료 필요사항"])
    headers = ["No", hn, r.choice(["성별/나이", "성별·연령"]), r.choice(["원 거주지", "피해 주소", "주소"]),
               r.choice(["연락처", "비상연락"]), hh, r.choice(["입소일시", "입소"])]
    rows = []
    for i in range(r.randint(3, 8)):
        p = g.person()
        sex = r.choice(["남", "여"])
        age = r.randint(3, 92)
        hc = []
        if r.random() < 0.6:
            hc = [(health_for(r, sex, age), "HEALTH_INFO")]
        else:
            hc = [r.choice(["없음", "-", "특이사항 없음"])]
        phone = [(g.mobile(), "PHONE")] if age > 12 else ["보호자 동반"]
        if p.get("foreign") and r.random() < 0.6:
            phone = phone + [" / 등록번호 ", (g.frn(g.birth(1960, 2002), sex), "KR_FRN")] if r.random() < 0.6 else \
                phone + [" / 여권 ", (g.passport(), "KR_PASSPORT")]
        t = ctx.event + dt.timedelta(hours=r.randint(1, 60))
        rows.append([str(i + 1), [(p["name"], "PERSON")], f"{sex}/{age}", [(g.home(ctx.office, 'basement'), "ADDRESS")],
                     phone, hc, g.date(t, r.choice([1, 3, 5])) + f" {r.randint(0, 23):02d}:{r.choice(['00', '20', '40'])}"])
    table(b, g, headers, rows)
    b.nl()
    if r.random() < 0.7:
        p = rows[r.randrange(len(rows))][1][0][0]
        b.t(f"※ {r.choice(ctx.office[5])} 방문간호사(보건소 간호주사 {g.official()}) {r.randint(1, 3)}일 1회 순회. ")
        b.e(p, "PERSON")
        b.t(r.choice(["의 복용약은 ", " 씨 상비약은 "]))
        b.e(r.choice(["혈압약·당뇨약", "항경련제", "인슐린"]), "HEALTH_INFO")
        b.t(r.choice([" 확보 완료.", " 보건소에서 대리 처방 예정."])).nl()
    if r.random() < 0.5:
        b.t(f"※ 퇴소 예정: {g.date(ctx.approved)} (도배·장판 복구 완료 세대)").nl()
    ctx.neg(b)
    ctx.footer(b)
    return title, "운영일지", b, "partial", [6]


def k_sitrep(ctx):
    """상황보고 — hourly log lines."""
    g, r = ctx.g, ctx.g.rng
    b = B()
    n = r.randint(2, 12)
    title = r.choice([f"{ctx.disaster} 대처 상황보고(제{n}보)", f"호우특보 상황보고 제{n}보", f"재난안전대책본부 상황보고({n}보)",
                      f"{ctx.disaster} 피해 및 조치 상황"])
    ctx.header(b, title, docno=False)
    b.t(f"◎ 기상: {r.choice(['호우경보', '호우주의보', '태풍경보', '강풍주의보'])} 발효({g.date(ctx.event)} {r.randint(0, 23):02d}:00), "
        f"누적 강수량 {r.randint(80, 420)}㎜, 시간당 최대 {r.randint(30, 110)}㎜").nl()
    b.t(f"◎ 비상근무: {r.choice(['비상 1단계', '비상 2단계', '비상 3단계'])} ({r.randint(40, 400)}명), 상황관리: "
        f"{ctx.dept} {ctx.drank} {ctx.drafter} ☎ {ctx.line}").nl(2)
    lf = r.randint(0, 3)
    h = r.randint(0, 12)
    m = 0
    b.t(r.choice(["< 주요 상황 >", "【 시간대별 조치 】", "■ 시간별 상황", "[상황 일지]"])).nl()
    lines = r.randint(5, 10)
    for k in range(lines):
        m += r.randint(5, 55)
        hh, mm = (h + m // 60) % 24, m % 60
        ts = [f"{hh:02d}:{mm:02d}", f"{hh}시 {mm:02d}분", f"[{hh:02d}:{mm:02d}]", f"{hh:02d}{mm:02d}"][lf]
        b.t(ts + r.choice(["  ", " ", "\t", " - "]))
        ev = r.randint(0, 8)
        p = g.person()
        dong = r.choice(ctx.office[5])
        if ev == 0:
            b.t(f"{dong} 주민 ")
            name_ref(b, g, p, r.choice(["", "(", " 씨("]))
            if b.parts[-1].endswith("("):
                b.e(g.mobile(), "PHONE")
                b.t(")")
            b.t(" 신고: ")
            b.e(g.home(ctx.office, 'basement'), "ADDRESS")
            b.t(r.choice([" 반지하 세대 물이 무릎까지 참 → 119 공동대응 요청", " 하수 역류 중, 배수 지원 요청", " 현관 침수로 고립"])).nl()
        elif ev == 1:
            b.t(f"{r.choice([ctx.office[2][:-1] + '소방서', '소방재난본부'])} {r.choice(['119구조대', dong[:-1] + '119안전센터'])} "
                f"{r.choice(['소방장', '소방위', '소방교', '소방경'])} {g.official()} 현장 도착, 배수 작업 개시").nl()
        elif ev == 2:
            b.t(f"{dong} 거주 ")
            name_ref(b, g, p, r.choice(["(", " 씨(", "님("]))
            b.t(f"{r.randint(60, 95)}세, ")
            b.e(r.choice(["거동 불가", "와상 환자", "지체장애", "치매", "휠체어 사용", "산소치료 중"]), "HEALTH_INFO")
            b.t(") 구조하여 ")
            b.t(hosp(ctx) + " 이송")
            b.nl()
        elif ev == 3:
            b.t(f"{r.choice(['동부간선도로', '도림천변 산책로', '안양천 하부도로', '강변북로 일부 구간', dong + ' 지하차도'])} 통제 "
                f"({ctx.office[2][:-1]}경찰서 {r.choice(['경위', '경사', '경감'])} {g.official()} 협조)").nl()
        elif ev == 4:
            b.t("재난문자 발송: 「저지대·반지하 주민은 침수에 대비하여 안전한 곳으로 대피 바랍니다」 (")
            b.t(r.choice(["구청장 승인", "상황실장 승인", f"과장 {ctx.approver} 승인"]) + ")").nl()
        elif ev == 5:
            b.t("전화 신고(")
            b.e(g.mobile(), "PHONE")
            b.t(") — ")
            b.e(p["name"], "PERSON")
            b.t(r.choice(["의 모친", "의 자녀", " 씨 배우자"]) + " 연락 두절, ")
            b.e(g.home(ctx.office), "ADDRESS")
            b.t(" 방문 확인 요청 → 동 주민센터 전파").nl()
        elif ev == 6 and r.random() < 0.4:
            b.t(f"{dong} {masked_name(g)} 세대(기 접수) 배수 완료, 추가 피해 없음").nl()
        elif ev == 6:
            b.t(f"임시주거시설 개설: {g.public_place(ctx.office)[0]} (이재민 {r.randint(2, 60)}명 입소)").nl()
        elif ev == 7:
            b.t(f"양수기 {r.randint(2, 30)}대 추가 배치({r.choice(COMPANIES)} 협조), 모래주머니 {r.randint(100, 2000)}포 지급").nl()
        else:
            b.t("인명 구조: ")
            b.e(g.home(ctx.office, "basement"), "ADDRESS")
            b.t(" 거주자 ")
            name_ref(b, g, p, "")
            b.t(f"({r.choice(['남', '여'])}, {r.randint(20, 90)}) ")
            b.e(r.choice(HEALTH_INJURY), "HEALTH_INFO")
            b.t(f", {hosp(ctx)} 응급실 이송").nl()
    b.nl().t(f"◎ 피해 집계(잠정): 주택 침수 {r.randint(3, 300)}세대, 이재민 {r.randint(0, 120)}명, 도로 침수 {r.randint(0, 20)}개소").nl()
    ctx.neg(b)
    ctx.footer(b)
    if r.random() < 0.1:
        b.t("※ 사망 사고 관련 경찰 수사 진행 중").nl()
        return title, "상황보고", b, "nonpublic", [4, 6]
    return title, "상황보고", b, "partial", [6]


def k_field_report(ctx):
    """Prose field report: landslide / fire with injured persons."""
    g, r = ctx.g, ctx.g.rng
    b = B()
    kind = r.choice(["산사태", "화재", "옹벽 붕괴", "주택 화재", "토사 유출"])
    title = r.choice([f"{kind} 발생 현장 보고", f"{kind} 사고 현장 조치 결과", f"{kind} 피해 발생 보고(속보)", f"{kind} 현장 확인 결과"])
    ctx.header(b, title)
    when = f"{g.date(ctx.event)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}경"
    dong = r.choice(ctx.office[5])
    invest = False
    if "화재" in kind:
        p1 = g.person()
        addr = g.home(ctx.office, unit="any")
        b.t(f"{when} ")
        b.e(addr, "ADDRESS")
        b.t(r.choice([" 다세대주택", " 단독주택", " 빌라"]) + "에서 화재가 발생하였다는 신고가 ")
        if r.random() < 0.6:
            b.t("이웃 주민 ")
            b.e(g.person()["name"], "PERSON")
            b.t("(")
            b.e(g.mobile(), "PHONE")
            b.t(")에 의하여 ")
        b.t(f"119로 접수되었습니다. {ctx.office[2][:-1]}소방서 {r.choice(['소방령', '소방경', '소방위'])} {g.official()} 지휘 하에 "
            f"펌프차 등 {r.randint(5, 25)}대, 인원 {r.randint(20, 80)}명이 출동하여 {r.randint(20, 90)}분 만에 완진하였습니다.").nl(2)
        b.t("이 화재로 거주자 ")
        name_ref(b, g, p1, r.choice(["(", " 씨(", "님("]))
        b.t(f"{r.randint(30, 88)}세)가 ")
        b.e(r.choice(["2도 화상(양손)", "연기 흡입", "얼굴 화상", "호흡곤란"]), "HEALTH_INFO")
        b.t(f"으로 {hosp(ctx)}에 이송되었으며")
        if r.random() < 0.6:
            p2 = g.person()
            b.t(", 동거인 ")
            name_ref(b, g, p2, r.choice(["은 ", " 씨는 ", "님은 "]))
            b.e(r.choice(["연기 흡입", "찰과상", "어지럼증 호소"]), "HEALTH_INFO")
            b.t("으로 현장 응급처치 후 귀가하였습니다.")
        else:
            b.t(" 생명에는 지장이 없는 것으로 확인되었습니다.")
        b.nl()
        if r.random() < 0.5:
            b.t("건물 앞에 주차된 ")
            b.e(p1["name"], "PERSON")
            b.t(" 소유 승용차(")
            b.e(g.plate(), "VEHICLE_PLATE")
            b.t(")도 일부 그을음 피해를 입었습니다.").nl()
        invest = r.random() < 0.35
        if invest:
            b.t(f"화재 원인은 {ctx.office[2][:-1]}경찰서와 소방 합동감식 결과에 따라 확정될 예정이며, 방화 가능성에 대하여 수사가 진행 중입니다.").nl()
        else:
            b.t(f"화재 원인은 전기적 요인(멀티탭 과열)으로 추정되며, 재산피해는 약 {g.money(r.randint(5, 90) * 1000000)}(소방 추산)입니다.").nl()
    else:
        site = r.choice([f"{dong} 산{r.randint(1, 200)}-{r.randint(1, 30)} 일대 절개지", f"{dong[:-1]}근린공원 배수로 인근 사면",
                         f"{r.choice(ctx.office[6])} 변 축대", f"{dong} 재개발 구역 공사장 옹벽"])
        b.t(f"{when} {ro(ctx.disaster)} 인하여 {site}에서 {iga(kind)} 발생하였습니다. "
            f"토사 약 {r.randint(20, 400)}㎥가 인근 주택 쪽으로 흘러내려 주택 {r.randint(1, 4)}동이 일부 파손되었습니다.").nl(2)
        for k in range(r.randint(1, 3)):
            p = g.person()
            b.t(r.choice(["피해 주택 ", "인접 주택 ", "하부 주택 "]))
            b.e(g.home(ctx.office, unit="any"), "ADDRESS")
            b.t("에 거주하는 ")
            name_ref(b, g, p, r.choice(["(", " 씨(", "님("]))
            b.t(f"{r.randint(8, 90)}세)")
            if r.random() < 0.6:
                b.t("는 ")
                b.e(r.choice(HEALTH_INJURY), "HEALTH_INFO")
                b.t(f"으로 {hosp(ctx)}에 이송되었습니다. ")
            else:
                b.t(f"는 부상 없이 {g.public_place(ctx.office)[0]}로 대피하였습니다. ")
            b.nl()
        b.t(f"현장에는 {ctx.dept} {ctx.drank} {ctx.drafter}, {r.choice(['치수과장', '안전건설과장', '재난안전과장'])} {ctx.approver}, "
            f"{ctx.office[2][:-1]}소방서 구조대가 출동하였고, 한국토지주택공사 및 {r.choice(COMPANIES)}"
            f"(사업자등록번호 {r.randint(100, 899)}-{r.randint(81, 88)}-{r.randint(10000, 99999)})에 응급 복구를 요청하였습니다.").nl()
        b.t(f"2차 붕괴 우려로 반경 {r.randint(30, 200)}m 주민 {r.randint(5, 60)}세대에 대피 명령({g.statute()})을 발령하였습니다.").nl()
    b.nl().t(f"향후 조치: {r.choice(['안전진단 실시', '임시 방수포 설치', '이재민 구호', '위험도 평가'])} 및 "
             f"{g.date(ctx.approved)}까지 {r.choice(['응급복구', '항구복구 설계'])} 완료 예정").nl()
    ctx.neg(b)
    ctx.footer(b)
    if invest:
        return title, "현장보고", b, "nonpublic", [4]
    return title, "현장보고", b, "partial", [6]


def k_sms_call(ctx):
    """SMS alerts (public) or call-centre record (partial)."""
    g, r = ctx.g, ctx.g.rng
    b = B()
    o = ctx.office
    if r.random() < 0.45:
        title = r.choice(["재난문자 발송 내역", "긴급재난문자 송출 현황", "호우 관련 안전안내문자 발송 결과"])
        ctx.header(b, title, docno=False)
        for k in range(r.randint(3, 6)):
            d = ctx.event + dt.timedelta(hours=r.randint(0, 48))
            b.t(f"{g.date(d, r.choice([1, 4, 5]))} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} "
                f"[{r.choice(['안전안내문자', '긴급재난문자', '위급재난문자'])}]").nl()
            b.t(r.choice([
                f"[{o[0]}] 현재 호우경보 발효 중. 하천변·지하차도 출입을 자제하시고 반지하 주택 거주자는 침수 시 즉시 대피하시기 바랍니다. 문의 {o[3]}{r.randint(1000, 9999)}",
                f"[{o[0]}] 태풍 북상에 따라 {g.public_place(o)[0]}({g.public_place(o)[1]})에 임시주거시설을 운영합니다. ☎120",
                f"[{o[0]}] 오늘 폭염경보. 무더위쉼터(경로당·주민센터) 이용 바랍니다. 야외활동 자제, 물 자주 마시기",
                f"[행정안전부] 산사태 위험이 높으니 산지 인접 주민은 안전한 곳으로 대피 바랍니다",
                f"[{o[0]}] {r.choice(o[6])} 일부 구간 침수로 차량 통제 중. 우회 바랍니다.",
                f"[{o[0]}] 재난지원금 신청 접수: ~{g.date(ctx.approved, 0)}까지 주소지 동 주민센터. 문의 {o[3]}{r.randint(1000, 9999)}",
            ])).nl()
            b.t(f"  - 발송 대상: {o[2]} 전역 / 승인: {r.choice(['재난안전과장', '상황실장', '부구청장'])} {g.official()}").nl()
        b.t(f"※ 발송 근거: {g.statute()}, 「재난문자방송 기준 및 운영규정」").nl()
        ctx.footer(b)
        return title, "발송내역", b, "public", []
    title = r.choice(["재난 콜센터 상담 기록", "호우 피해 신고 전화 접수대장", "재난안전상황실 민원 접수 내역", "120 이관 민원 처리 현황"])
    ctx.header(b, title)
    style = r.choice(["lines", "table"])
    if style == "table":
        headers = ["순번", r.choice(["접수시각", "시간"]), r.choice(["신고자", "민원인", "발신자", "전화자"]),
                   r.choice(["전화번호", "회신번호", "연락처"]), "내용", r.choice(["조치", "처리결과"])]
        rows = []
        for i in range(r.randint(4, 8)):
            p = g.person()
            rows.append([str(i + 1), f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", [(p["name"], "PERSON")],
                         [(g.mobile() if r.random() < 0.8 else g.home_line(o), "PHONE")],
                         [r.choice(["자택(", "집("]), (g.home(o, 'basement'), "ADDRESS"), r.choice([") 물 유입", ") 역류", ") 정전"])],
                         r.choice(["동 주민센터 이관", "119 공동대응", "양수기 지원", "현장 확인 완료", "안내 종결"])])
        table(b, g, headers, rows)
    else:
        for i in range(r.randint(4, 8)):
            p = g.person()
            b.t(f"#{i + 1} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} 수신 — ")
            name_ref(b, g, p, r.choice(["", " 님", "(여)", "(남)"]))
            b.t(", ")
            b.e(g.mobile(), "PHONE")
            b.t(r.choice([" / ", ", "]))
            x = r.random()
            if x < 0.4:
                b.t("'")
                b.e(g.home(o), "ADDRESS")
                b.t(r.choice(["인데 물이 계속 차요'", " 옆집 할머니가 안 보여요'", " 하수구가 넘칩니다'"]))
            elif x < 0.7:
                b.t("재난지원금 신청 자격 문의(임차인) → 안내 완료")
            else:
                b.t("본인 ")
                b.e(r.choice(["투석 환자", "임산부(34주)", "휠체어 사용자", "산소발생기 사용"]), "HEALTH_INFO")
                b.t("로 정전 시 대피 지원 요청 → 동 주민센터 전파")
            b.t(f" [처리: 주무관 {g.official()}]").nl()
    b.nl().t(f"※ 총 {r.randint(20, 900)}건 접수 중 주요 건만 발췌. 상황실 대표번호 {o[3]}{r.randint(1000, 9999)}, 120 다산콜재단 이관 {r.randint(2, 60)}건").nl()
    ctx.neg(b)
    ctx.footer(b)
    return title, "접수대장", b, "partial", [6]


def k_heat(ctx):
    """무더위쉼터 이용자 명부 or shelter designation list (public)."""
    g, r = ctx.g, ctx.g.rng
    b = B()
    o = ctx.office
    if r.random() < 0.4:
        title = r.choice(["무더위쉼터 지정 현황", f"{ctx.approved.year}년 무더위쉼터 운영 계획", "폭염 대비 무더위쉼터 목록"])
        ctx.header(b, title)
        b.t(f"○ 운영기간: {ctx.approved.year}. 5. 20. ~ 9. 30. / 운영시간 09:00~18:00(폭염특보 시 21:00까지 연장)").nl()
        b.t(f"○ 소요예산: {g.money(r.randint(30, 500) * 1000000)} (냉방비 지원 {g.money(r.randint(10, 90) * 100000)}/개소)").nl(2)
        headers = ["연번", "쉼터명", "소재지", "전화", "수용인원"]
        rows = []
        for i in range(r.randint(4, 8)):
            nm, ad = g.public_place(o)
            rows.append([str(i + 1), nm, ad, g.office_line(o), f"{r.randint(10, 120)}명"])
        table(b, g, headers, rows)
        b.t(f"※ 근거: {g.statute()} / 관리: 각 동 주민센터 및 {ctx.dept}").nl()
        ctx.neg(b)
        ctx.footer(b)
        return title, "운영계획", b, "public", []
    nm, ad = g.public_place(o)
    title = r.choice(["무더위쉼터 이용자 명부", "폭염 쉼터 방문자 일지", "무더위쉼터 이용 현황 및 건강 확인"])
    ctx.header(b, title)
    b.t(f"쉼터: {nm} / {ad} / ☎ {g.office_line(o)}").nl()
    b.t(f"일자: {g.date(ctx.event)}  기온 최고 {r.randint(33, 39)}.{r.randint(0, 9)}℃  점검자: {r.choice(o[5])} 주민센터 주무관 {g.official()}").nl(2)
    if r.random() < 0.5:
        lead = g.person("plain")
        b.t(r.choice(["경로당 회장 ", "쉼터 자원관리인 "]))
        b.e(lead["name"], "PERSON")
        b.t("(")
        b.e(g.mobile(), "PHONE")
        b.t(") 입회").nl()
    mark = r.choice(["-", "○", "•", "·"])
    for i in range(r.randint(4, 9)):
        p = g.person()
        b.t(f"{mark} {r.randint(9, 16)}:{r.choice(['00', '10', '30', '45'])} ")
        name_ref(b, g, p, r.choice(["", " ", " 어르신 "]))
        b.t(f"({r.choice(['남', '여'])} {r.randint(62, 94)})")
        if r.random() < 0.6:
            b.t(" ")
            b.e(g.mobile() if r.random() < 0.7 else g.home_line(o), "PHONE")
        if r.random() < 0.55:
            b.t(r.choice([" — ", " / 특이: ", " ※"]))
            b.e(r.choice(HEALTH_HEAT), "HEALTH_INFO")
            b.t(r.choice(["", ", 수분 섭취 권유", " 있어 보건소 연계"]))
        b.nl()
    if r.random() < 0.4:
        p = g.person("plain")
        b.t(f"※ 독거 어르신 ")
        given_ref(b, g, p)
        b.t(" 결석 → 자택(")
        b.e(g.home(o, "any"), "ADDRESS")
        b.t(") 방문 안부 확인").nl()
    ctx.neg(b)
    ctx.footer(b)
    return title, "이용자 명부", b, "partial", [6]


def k_volunteer(ctx):
    """자원봉사자 배치 명단."""
    g, r = ctx.g, ctx.g.rng
    b = B()
    o = ctx.office
    title = r.choice(["수해 복구 자원봉사자 배치 계획", "자원봉사 인력 배치 명단", "침수 피해 세대 복구 지원 봉사자 현황", "자원봉사 투입 일지"])
    ctx.header(b, title)
    b.t(f"1. 일시: {g.date(ctx.event + dt.timedelta(days=r.randint(1, 5)))} 09:00~17:00").nl()
    b.t(f"2. 집결: {g.public_place(o)[0]} 앞 ({g.public_place(o)[1]}) — 현장 총괄 자치행정과 주무관 {g.official()} ({g.office_line(o)})").nl()
    b.t(f"3. 작업: 반지하 세대 가재도구 반출, 토사 제거, 도배·장판 철거").nl(2)
    style = r.choice(["roster", "table"])
    if style == "table":
        headers = ["No", r.choice(["봉사자", "성명", "이름"]), r.choice(["소속", "단체"]), r.choice(["연락처", "휴대폰"]),
                   r.choice(["배치 세대", "투입 장소"]), "비고"]
        rows = []
        for i in range(r.randint(4, 8)):
            p = g.person()
            pl = r.random() < 0.25
            rows.append([str(i + 1), [(p["name"], "PERSON")], r.choice(VOL_GROUPS + ["개인"]), [(g.mobile(), "PHONE")],
                         [(g.home(o, "basement"), "ADDRESS")],
                         ["차량 봉사 ", (g.plate(), "VEHICLE_PLATE")] if pl else r.choice(["조장", "-", "1365 등록", "청소년"])])
        table(b, g, headers, rows)
    else:
        for t in range(r.randint(2, 4)):
            b.t(f"[{t + 1}조] 배치: ")
            b.e(g.home(o, "basement"), "ADDRESS")
            b.t(" (세대주 ")
            b.e(g.person()["name"], "PERSON")
            b.t(r.choice([" 입회)", ", 고령 독거)", ", 임차)"])).nl()
            for k in range(r.randint(2, 4)):
                p = g.person()
                b.t(r.choice(["   - ", "   · "]))
                name_ref(b, g, p, r.choice(["", "(조장)", " "]))
                b.t(f" / {r.choice(VOL_GROUPS)} / ")
                b.e(g.mobile(), "PHONE")
                if r.random() < 0.2:
                    b.t(" / 생년월일 ")
                    b.e(g.date(g.birth(1950, 2007), r.choice([0, 1, 2])), "BIRTH_DATE")
                b.nl()
    b.nl().t(f"※ 봉사자 상해보험: {r.choice(INSURERS)[0]} 단체 가입(보험료 {g.money(r.randint(3, 40) * 10000)}, 자원봉사센터 부담)").nl()
    ctx.neg(b)
    ctx.footer(b)
    return title, "배치명단", b, "partial", [6]


def k_insurance(ctx):
    """풍수해보험 청구 지원 메모."""
    g, r = ctx.g, ctx.g.rng
    b = B()
    o = ctx.office
    ins, insl = r.choice(INSURERS)
    title = r.choice(["풍수해보험 보험금 청구 지원 메모", "침수 피해 보험 청구 안내 결과", "풍수해보험 가입 세대 피해 접수 메모"])
    b.t(r.choice(["메모", "MEMO", "업무 메모", "<업무연락>"])).nl()
    b.t(f"수신: {ctx.arank} / 발신: {ctx.dept} {ctx.drank} {ctx.drafter} / {g.date(ctx.approved)}").nl()
    b.t(f"건명: {title}").nl(2)
    b.t(f"- {ctx.disaster}({g.date(ctx.event)}) 피해 세대 중 풍수해보험(정책보험, 「풍수해보험법」) 가입 세대 확인 결과 아래와 같음.").nl()
    b.t(f"- 보험사: {ins}, 대표전화 {insl}, 사업자등록번호 {r.randint(100, 899)}-{r.randint(81, 88)}-{r.randint(10000, 99999)}; "
        f"손해사정 담당 부서 직통은 별도 협의").nl()
    for i in range(r.randint(2, 4)):
        p = g.person()
        b.t(f"  {i + 1}) 피보험자 ")
        name_ref(b, g, p, r.choice(["", " ", "님 "]).rstrip() + " ")
        b.t("/ ")
        b.e(g.home(o), "ADDRESS")
        b.t(" / ")
        b.e(g.mobile(), "PHONE")
        b.t(f" — {r.choice(['주택 침수', '온실 파손', '상가 침수', '차량 침수'])}")
        if r.random() < 0.35:
            b.t(", 침수 차량 ")
            b.e(g.plate(), "VEHICLE_PLATE")
            if r.random() < 0.3:
                b.t(" (운전면허 ")
                b.e(g.licence(), "KR_DRIVER_LICENSE")
                b.t(" 사본 제출)")
        if r.random() < 0.3:
            b.t(", 보험금 입금계좌 ")
            bank = r.choice(BANKS)
            b.t(bank + " ")
            b.e(g.account(bank), "BANK_ACCOUNT")
        b.t(f", 청구 예정액 {g.money(r.randint(2, 40) * 1000000)}").nl()
    b.nl().t(f"- 재난지원금과 보험금은 중복 수령 가능(「풍수해보험법」 제{r.randint(7, 20)}조). 단, 동일 피해 재난지원금 "
             f"산정 시 보험금 {r.choice(['일부', '전액'])} 차감 여부 {ctx.office[1]} 질의 중.").nl()
    ctx.neg(b)
    b.t(f"- 끝. ({ctx.drafter}, 내선 {ctx.line[-4:]})").nl()
    return title, "메모", b, "partial", [6]


def k_notice(ctx):
    """공고 — no personal data."""
    g, r = ctx.g, ctx.g.rng
    b = B()
    o = ctx.office
    no = f"{o[0][:-1]} 공고 제{ctx.approved.year}-{r.randint(100, 2500)}호"
    if r.random() < 0.3:
        title = r.choice(["폭염 대비 안전수칙 안내", "호우 대비 주민 행동요령 안내", "태풍 대비 시민 행동요령"])
        b.t(r.choice(["[알림]", "◆ 안내 ◆", no])).nl().t(title).nl(2)
        tips = ["물을 자주 마시고 한낮(12시~17시) 야외활동을 자제합니다.", "어르신·어린이·만성질환자는 무더위쉼터를 이용하십시오.",
                "반지하 주택은 물막이판을 설치하고 침수 시 즉시 대피합니다.", "하천변 산책로, 지하차도, 계곡 출입을 삼갑니다.",
                "창문은 테이프 대신 창틀에 단단히 고정합니다.", "정전에 대비하여 손전등과 비상 식수를 준비합니다.",
                "이웃의 독거 어르신 안부를 확인합니다.", "공사장·축대 주변 통행을 피합니다."]
        mk = r.choice(["①②③④⑤⑥", "123456", "······"])
        for k, t in enumerate(r.sample(tips, r.randint(4, 6))):
            m = mk[k] + ("." if mk[0] == "1" else "")
            b.t(f"{m} {t}").nl()
        b.nl().t(f"※ 재난 발생 시 119, 구청 재난안전상황실 {ctx.line}(24시간), 다산콜 120").nl()
        b.t(f"※ 근거: {g.statute()}").nl()
        b.t(f"{g.date(ctx.approved)} {o[0][:-1]}청장").nl()
        ctx.neg(b)
        return title, "안내문", b, "public", []
    title = r.choice([f"{ctx.disaster} 피해 재난지원금 신청 안내 공고", "주택 침수 피해 재난지원금 지급 신청 공고",
                      "재난지원금 신청 및 이의신청 절차 안내", "사유시설 피해 신고 접수 공고"])
    b.t(no).nl().t(title).nl(2)
    b.t(f"{g.statute()} 및 {g.law_no()}에 따라 다음과 같이 공고합니다.").nl(2)
    b.t(f"{g.date(ctx.approved)}").nl().t(f"{o[1]} {o[2]}청장").nl(2)
    mk = r.choice([("1.", "2.", "3.", "4.", "5."), ("가.", "나.", "다.", "라.", "마."), ("□", "□", "□", "□", "□")])
    b.t(f"{mk[0]} 대상: {g.date(ctx.event)} {ro(ctx.disaster)} 주거 공간이 침수된 세대(소유자·임차인 포함)").nl()
    b.t(f"{mk[1]} 지원 금액: 세대당 {g.money(r.choice([2000000, 3000000]))} (전파 {g.money(r.choice([16000000, 36000000]))})").nl()
    b.t(f"{mk[2]} 신청 기간: {g.date(ctx.event + dt.timedelta(days=3))} ~ {g.date(ctx.event + dt.timedelta(days=13))} 10일간").nl()
    b.t(f"{mk[3]} 신청 장소: 주소지 동 주민센터 또는 국민재난안전포털(온라인)").nl()
    b.t(f"{mk[4]} 문의: {o[0]} {ctx.dept} ({ctx.line}), {o[4]}").nl()
    if r.random() < 0.5:
        b.t(f"※ 임시주거시설: ")
        for k in range(r.randint(2, 4)):
            nm, ad = g.public_place(o)
            b.t(("" if k == 0 else ", ") + f"{nm}({ad})")
        b.nl()
    if r.random() < 0.5:
        b.t(f"※ 총 사업비 {g.money(r.randint(100, 3000) * 1000000)} (국비 {r.choice([50, 60, 70])}%)").nl()
    ctx.neg(b)
    return title, "공고", b, "public", []


def k_budget(ctx):
    """Budget / damage statistics memo — public."""
    g, r = ctx.g, ctx.g.rng
    b = B()
    title = r.choice(["재난관리기금 집행 현황", f"{ctx.disaster} 피해 및 복구 현황(집계)", "응급복구비 집행 계획", "재해구호기금 사용 내역"])
    ctx.header(b, title)
    headers = ["구분", r.choice(["예산액", "계획"]), r.choice(["집행액", "실적"]), r.choice(["집행률", "비율"]), "비고"]
    rows = []
    for lab in r.sample(["주택 재난지원금", "응급복구 장비 임차", "구호물품 구입", "임시주거시설 운영", "하수관로 준설",
                         "물막이판 설치", "이재민 숙박비", "방역 소독"], r.randint(3, 6)):
        a = r.randint(10, 900) * 1000000
        c = int(a * r.uniform(0.2, 1.0)) // 1000 * 1000
        rows.append([lab, g.money(a), g.money(c), f"{c * 100 // a}%", r.choice(["-", "국비 포함", "예비비", f"{r.choice(COMPANIES)} 계약"])])
    table(b, g, headers, rows)
    b.t(f"※ 피해: 주택 {r.randint(10, 900)}세대, 도로 {r.randint(1, 40)}개소, 하천 {r.randint(0, 12)}개소 / 기준일 {g.date(ctx.approved)}").nl()
    b.t(f"※ 근거 {g.statute()}; 집행 관련 문의 {ctx.office[0]} {ctx.dept} {ctx.line}").nl()
    ctx.neg(b)
    ctx.footer(b)
    return title, "집행현황", b, "public", []


def k_internal(ctx):
    """Internal deliberation / national-security memos, or fraud investigation (nonpublic)."""
    g, r = ctx.g, ctx.g.rng
    b = B()
    o = ctx.office
    x = r.random()
    if x < 0.4:
        title = r.choice(["반지하 침수 세대 지원 기준 개선(안) 검토", "재난지원금 지급 기준 상향 검토(내부)", "임차인 주거이전 지원 방안 검토(안)"])
        ctx.header(b, title)
        b.t("1. 검토 배경").nl().t(f"  - {ctx.disaster} 시 반지하 임차 세대 피해 집중, 현행 기준({g.statute()}) 상 지원 한계").nl()
        b.t("2. 검토 안").nl()
        b.t(f"  - 1안: 세대당 {g.money(r.choice([2000000, 3000000]))} → {g.money(r.choice([4000000, 5000000]))} 상향 (추가 소요 {g.money(r.randint(100, 900) * 1000000)})").nl()
        b.t(f"  - 2안: 임차 세대 이주비 {g.money(r.choice([1000000, 2000000]))} 별도 지원").nl()
        b.t(f"3. 향후: {o[1]} 협의 및 구의회 {r.choice(['행정건설위원회', '복지도시위원회'])} 보고 (위원장 {g.official()} 의원) 후 확정").nl()
        b.t("※ 본 문서는 의사결정 과정에 있는 검토 자료임").nl()
        ctx.neg(b)
        ctx.footer(b)
        return title, "검토보고", b, "nonpublic", [5]
    if x < 0.6:
        title = r.choice(["비상대비 자원 관리 현황(충무계획 관련)", "전시 대비 대피시설 운용 계획", "통합방위 협의회 비상연락 체계 점검"])
        ctx.header(b, title)
        b.t(f"○ 비상대비 중점관리대상업체 {r.randint(3, 20)}개소, 비상대비 자원(양수기 {r.randint(10, 90)}대, 발전기 {r.randint(5, 40)}대) 지정 현황").nl()
        b.t(f"○ 지정 대피시설: 지하 공공시설 {r.randint(10, 90)}개소 (수용 {r.randint(10000, 90000):,}명)").nl()
        b.t(f"○ 협조: {o[2][:-1]}경찰서, 수도방위사령부 예하 부대, {o[1]} 비상기획관실").nl()
        b.t(f"○ 관리 책임: {ctx.dept} 비상대비팀장 {g.official()} (☎ {ctx.line})").nl()
        ctx.neg(b)
        ctx.footer(b)
        return title, "비상대비", b, "nonpublic", [2]
    title = r.choice(["재난지원금 부정수급 의심 건 조사 결과", "재난지원금 중복 수령 환수 대상 조사", "허위 피해 신고 수사 의뢰(안)"])
    ctx.header(b, title)
    b.t(f"1. 개요: {ctx.disaster} 재난지원금 지급 건 중 실거주 불일치 등 부정수급 의심 {r.randint(2, 9)}건 확인").nl()
    b.t("2. 대상").nl()
    for i in range(r.randint(2, 4)):
        p = g.person()
        b.t(f"  {chr(0x2460 + i)} ")
        b.e(p["name"], "PERSON")
        b.t(" (")
        bd = g.birth(1950, 1995)
        if r.random() < 0.5:
            b.e(g.rrn(bd, r.choice(["남", "여"])), "KR_RRN")
        else:
            b.t("생년월일 ")
            b.e(g.date(bd, r.choice([0, 1])), "BIRTH_DATE")
        b.t(") 주민등록지 ")
        b.e(g.home(o), "ADDRESS")
        b.t(f" — {r.choice(['전입 3일 후 신청', '실거주 확인 불가', '동일 세대 중복 신청', '피해 사진 도용 의심'])}, 수령액 "
            f"{g.money(r.choice([2000000, 3000000]))}")
        if r.random() < 0.5:
            bank = r.choice(BANKS)
            b.t(f" ({bank} ")
            b.e(g.account(bank), "BANK_ACCOUNT")
            b.t(")")
        b.nl()
    b.t(f"3. 조치: {o[2][:-1]}경찰서 수사과 {r.choice(['경위', '경감'])} {g.official()}에게 수사 의뢰({g.date(ctx.approved)}), "
        f"{g.statute()}에 따른 환수 절차 병행").nl()
    ctx.neg(b)
    ctx.footer(b)
    return title, "조사보고", b, "nonpublic", [4, 6]


def k_survey_form(ctx):
    """Key: value single-household damage survey form."""
    g, r = ctx.g, ctx.g.rng
    b = B()
    o = ctx.office
    title = r.choice(["주택 피해 상황 조사서", "재난피해 신고서(주택)", "풍수해 피해 확인서", "사유시설 피해 조사표"])
    b.t(r.choice([f"[별지 제{r.randint(1, 9)}호 서식]", "[서식 1]", ""])).nl()
    b.t(title).nl()
    b.t(r.choice(["━" * 30, "-" * 40, "=" * 36])).nl()
    p = g.person()
    sep = r.choice([": ", " : ", "  ", "："])
    items = []
    lab_name = r.choice(["신고인", "성명", "세대주", "피해자", "신청인(세대주)"])
    b.t(lab_name + sep)
    b.e(p["name"], "PERSON")
    b.nl()
    bd = g.birth(1935, 2000)
    sex = r.choice(["남", "여"])
    if r.random() < 0.5:
        b.t("생년월일" + sep)
        b.e(g.date(bd, r.choice([0, 1, 2, 4])), "BIRTH_DATE")
    else:
        if p.get("foreign"):
            b.t("외국인등록번호" + sep)
            b.e(g.frn(bd, sex), "KR_FRN")
        else:
            b.t("주민등록번호" + sep)
            b.e(g.rrn(bd, sex), "KR_RRN")
    b.nl()
    b.t(r.choice(["피해주소", "주소", "피해 장소(주택)"]) + sep)
    b.e(g.home(o, "basement"), "ADDRESS")
    b.nl()
    b.t(r.choice(["휴대전화", "연락처", "전화번호"]) + sep)
    b.e(g.mobile(), "PHONE")
    b.nl()
    if r.random() < 0.3:
        b.t("자택전화" + sep)
        b.e(g.home_line(o), "PHONE")
        b.nl()
    if r.random() < 0.3:
        b.t("이메일" + sep)
        b.e(g.email(p), "EMAIL")
        b.nl()
    ten = r.choice(["소유", "임차(월세)", "임차(전세)"])
    b.t("소유관계" + sep + ten).nl()
    if ten != "소유" and r.random() < 0.7:
        b.t("소유자(임대인)" + sep)
        b.e(g.person("plain")["name"], "PERSON")
        b.t(" / ")
        b.e(g.mobile(), "PHONE")
        b.nl()
    b.t("세대원" + sep + f"{r.randint(1, 5)}명")
    if r.random() < 0.6:
        b.t(" (")
        q = g.person()
        b.e(q["name"], "PERSON")
        rel = r.choice(['배우자', '자녀', '모', '손자녀', '부'])
        age = r.randint(2, 17) if rel in ('자녀', '손자녀') else r.randint(30, 85)
        sx = '여' if rel == '모' else ('남' if rel == '부' else r.choice(['남', '여']))
        b.t(f", {rel}, ")
        b.e(health_for(r, sx, age), "HEALTH_INFO")
        b.t(")")
    b.nl()
    b.t("피해일시" + sep + f"{g.date(ctx.event)} {r.randint(0, 23):02d}시경").nl()
    b.t("피해내용" + sep + r.choice(["주거 공간 침수(바닥에서 0.9m)", "반지하 전체 침수, 가전 전손", "지붕 파손(강풍)", "토사 유입"])).nl()
    b.t("피해 정도" + sep + r.choice(["전파", "반파", "침수", "소파"])).nl()
    b.t("지원금 입금계좌" + sep)
    bank = r.choice(BANKS)
    b.t(bank + " ")
    b.e(g.account(bank), "BANK_ACCOUNT")
    b.t(" (예금주 ")
    b.e(p["name"], "PERSON")
    b.t(")").nl()
    b.t(r.choice(["-" * 40, ""])).nl()
    b.t(f"조사일: {g.date(ctx.event + dt.timedelta(days=r.randint(1, 6)))}   조사자: {o[0]} {ctx.dept} {ctx.drank} {ctx.drafter} (서명)").nl()
    b.t(f"확인자: {r.choice(o[5])} 주민센터 {r.choice(['동장', '주무관', '통장'])} ")
    # a 통장 is a private resident commissioned by the dong; treat as official-in-role only for 동장/주무관
    last = b.parts[-1]
    if "통장" in last:
        b.e(g.person("plain")["name"], "PERSON")
    else:
        b.t(g.official())
    b.nl()
    b.t(f"※ 본 조사서는 {g.statute()}에 따른 지원금 산정 자료로만 활용됩니다.").nl()
    ctx.neg(b)
    grade = "nonpublic" if r.random() < 0.3 else "partial"
    return title, "조사서", b, grade, [6]


def hosp(ctx):
    return ctx.g.rng.choice(HOSP_REGION.get(ctx.office[1], HOSPITALS[:7] + HOSPITALS[-1:]))


def health_for(r, sex, age):
    while True:
        h = r.choice(HEALTH_SHELTER)
        if "임신" in h and not (sex == "여" and 18 <= age <= 45):
            continue
        if age < 20 and h in ("치매 초기", "파킨슨병", "심장질환(스텐트 시술)", "관절염으로 보행 곤란"):
            continue
        return h


def masked_name(g):
    r = g.rng
    x = r.random()
    if x < 0.5:
        return r.choice(SURNAMES) + "○" + r.choice(GIVEN)[-1]
    if x < 0.8:
        return r.choice(["A", "B", "C"]) + "씨"
    return r.choice(SURNAMES) + "모 씨"


KINDS = [
    (k_survey_table, 12), (k_payment_list, 9), (k_objection, 8), (k_shelter_log, 9), (k_sitrep, 10),
    (k_field_report, 8), (k_sms_call, 9), (k_heat, 8), (k_volunteer, 7), (k_insurance, 6),
    (k_notice, 10), (k_budget, 6), (k_internal, 8), (k_survey_form, 7),
]


def make_doc(seed, i):
    rng = random.Random(f"{FAMILY}-{seed}-{i}")
    g = Gen(rng)
    ctx = Ctx(g, i)
    fn = rng.choices([k for k, _ in KINDS], weights=[w for _, w in KINDS])[0]
    title, doc_type, b, grade, grounds = fn(ctx)
    text = b.text()
    ents = b.ents
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], (e, text[e["start"]:e["end"]])
        assert e["text"] == e["text"].strip(), e
    if grade == "partial" and not ents:
        grade, grounds = "public", []
    if grade == "public":
        assert not ents, (fn.__name__, ents)
    return {
        "id": f"{FAMILY}-{seed}-{i}", "lang": "ko", "title": title, "department": f"{ctx.office[0]} {ctx.dept}",
        "doc_type": doc_type, "approved_at": ctx.approved.isoformat(), "drafter": ctx.drafter,
        "approver": ctx.approver, "approver_rank": ctx.arank, "text": text, "entities": ents,
        "grade": grade, "grounds": grounds,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    docs = [make_doc(a.seed, i) for i in range(a.n)]
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            for e in d["entities"]:
                assert d["text"][e["start"]:e["end"]] == e["text"]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
