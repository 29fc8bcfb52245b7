#!/usr/bin/env python3
"""Generator for the `commendations_volunteers` family.

City papers about private citizens the city thanks, pays or recruits: 모범구민 표창
공적조서, 자원봉사 실적·봉사시간 인증, 명예시민 위촉, 주민자치위원·통장 위촉, 시민감사관·
명예감시원 수당, 장학생 선발, 공모전 수상·상금, 경로당 회장 간담회.

Standard library only, deterministic:
    python3 generate.py --n 200 --seed 1 --out docs.jsonl
"""
import argparse
import json
import random

FAMILY = "commendations_volunteers"

# ----------------------------------------------------------------------------
# text builder: pieces are str (visible) or (str, LABEL) (gold span)
# ----------------------------------------------------------------------------


class Doc:
    def __init__(self):
        self.parts = []

    def t(self, *xs):
        for x in xs:
            if isinstance(x, tuple):
                assert len(x) == 2 and x[1].isupper(), x
                self.parts.append((x[0], x[1]))
            elif isinstance(x, list):
                self.t(*x)
            elif isinstance(x, str):
                self.parts.append(x)
            elif x is None:
                pass
            else:
                raise TypeError(repr(x))
        return self

    def nl(self, k=1):
        self.parts.append("\n" * k)
        return self

    def build(self):
        text = []
        ents = []
        pos = 0
        for p in self.parts:
            if isinstance(p, tuple):
                s, lab = p
                if s:
                    ents.append({"start": pos, "end": pos + len(s), "label": lab, "text": s})
            else:
                s = p
            text.append(s)
            pos += len(s)
        return "".join(text), ents


def plen(pieces):
    return sum(len(p[0]) if isinstance(p, tuple) else len(p) for p in flat(pieces))


def flat(pieces):
    out = []
    if isinstance(pieces, tuple) and len(pieces) == 2 and isinstance(pieces[1], str) and pieces[1].isupper():
        return [pieces]
    if isinstance(pieces, str):
        return [pieces]
    for p in pieces:
        out.extend(flat(p))
    return out


def ptext(pieces):
    return "".join(p[0] if isinstance(p, tuple) else p for p in flat(pieces))


def dwidth(s):
    w = 0
    for ch in s:
        o = ord(ch)
        w += 2 if (0x1100 <= o <= 0x11FF or 0x2E80 <= o <= 0xA4CF or 0xAC00 <= o <= 0xD7A3 or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFF60) else 1
    return w


def batchim(s):
    for ch in reversed(s):
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            return (o - 0xAC00) % 28 != 0
        if ch.isalpha():
            return False
        if ch.isdigit():
            return ch in "013678"
    return False


def josa(word, pair):
    a, b = pair.split("/")
    return a if batchim(word) else b


# ----------------------------------------------------------------------------
# vocabularies
# ----------------------------------------------------------------------------

SUR1 = ("김 김 김 김 이 이 이 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 "
        "우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 "
        "용 예 봉 경 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌").split()
SUR2 = "남궁 독고 사공 황보 제갈 선우 서문 동방".split()
G1 = "영 민 서 지 현 수 준 도 하 예 은 윤 재 성 경 미 순 정 숙 혜 희 철 호 석 진 우 혁 태 연 아 승 동 상 기 종 창 명 규 건 한 세 주 소 채 유 보 인 선 광 용 덕".split()
G2 = "영 민 서 지 현 수 준 도 하 원 은 윤 재 성 경 미 순 정 숙 자 옥 희 철 호 석 진 우 혁 태 연 아 린 율 빈 훈 용 식 국 만 복 덕 남 길 희 주 나 희 임 란 애 근 환 열 범 찬".split()
OLD_GIVEN = "순자 영자 말순 복순 정숙 옥희 덕수 만복 춘자 금순 영숙 순옥 명자 갑순 봉순 창수 종팔 병철 기순 옥분 순례 점례 용팔 팔용 복례 귀남".split()
KID_GIVEN = "민준 서준 하율 지호 서연 하은 도윤 지우 예준 시우 수아 지안 하린 은우 유나 채원 로운 이안 윤슬 다온 시아 건우 준서 아린".split()
ONE = "솔 결 별 찬 훈 빈 욱 혁 란 현 웅 철 진 선 윤".split()
HANJA = [("홍재석", "洪在錫"), ("김영수", "金英洙"), ("이순자", "李順子"), ("박민준", "朴敏俊"), ("최미숙", "崔美淑"),
         ("정종국", "鄭鍾國"), ("강성호", "姜成浩"), ("조은혜", "趙恩惠"), ("장윤정", "張允貞"), ("임재현", "林載賢"),
         ("한상철", "韓相哲"), ("오정희", "吳貞姬"), ("신동혁", "申東赫"), ("권영주", "權寧珠"), ("황보인", "皇甫仁"),
         ("남궁현", "南宮鉉"), ("서문경", "西門卿"), ("문경자", "文京子"), ("송병철", "宋炳哲"), ("윤덕희", "尹德姬"),
         ("배만복", "裵萬福"), ("안옥분", "安玉粉"), ("류승환", "柳承煥"), ("제갈성", "諸葛晟")]
FOREIGN = [("응우옌 티 투 흐엉", "Nguyen Thi Thu Huong", "베트남"), ("왕리", "Wang Li", "중국"), ("다나카 유키", "Tanaka Yuki", "일본"),
           ("마리아 산토스", "Maria Santos", "필리핀"), ("존 스미스", "John Smith", "미국"), ("아나스타시아 페트로바", "Anastasia Petrova", "러시아"),
           ("바트바야르 돌고르수렌", "Batbayar Dolgorsuren", "몽골"), ("라힘 우딘", "Rahim Uddin", "방글라데시"),
           ("소피 마르탱", "Sophie Martin", "프랑스"), ("데이비드 오코너", "David O'Connor", "아일랜드"), ("쩐 반 남", "Tran Van Nam", "베트남"),
           ("아이게림 누를라노바", "Aigerim Nurlanova", "카자흐스탄"), ("프리야 샤르마", "Priya Sharma", "인도"),
           ("카를로스 멘도사", "Carlos Mendoza", "페루"), ("리웨이", "Li Wei", "중국"), ("스리 와휴니", "Sri Wahyuni", "인도네시아"),
           ("피터 뮐러", "Peter Müller", "독일"), ("에밀리 브라운", "Emily Brown", "캐나다"), ("사토 겐지", "Sato Kenji", "일본"),
           ("누르 아이샤", "Nur Aisyah", "말레이시아")]

# district: (name, domain, office prefix, office road, zip, dongs, roads)
GUS = [
    ("마포구", "mapo", "02-3153-", "월드컵로 212", "03937", ["성산1동", "망원2동", "합정동", "연남동", "아현동", "공덕동", "도화동"], ["성미산로", "동교로", "망원로", "독막로", "양화로"]),
    ("노원구", "nowon", "02-2116-", "노해로 437", "01689", ["상계3·4동", "중계본동", "하계1동", "공릉2동", "월계3동"], ["동일로", "한글비석로", "섬밭로", "덕릉로", "공릉로"]),
    ("은평구", "ep", "02-351-", "은평로 195", "03383", ["불광2동", "응암3동", "갈현1동", "녹번동", "진관동", "역촌동"], ["통일로", "서오릉로", "연서로", "진흥로", "은평터널로"]),
    ("관악구", "gwanak", "02-879-", "관악로 145", "08832", ["신림동", "보라매동", "은천동", "청룡동", "낙성대동"], ["남부순환로", "신림로", "봉천로", "난곡로", "관천로"]),
    ("송파구", "songpa", "02-2147-", "올림픽로 326", "05552", ["가락2동", "문정1동", "잠실본동", "방이1동", "오금동", "석촌동"], ["송파대로", "오금로", "백제고분로", "양재대로", "중대로"]),
    ("성북구", "sb", "02-2241-", "보문로 168", "02848", ["길음1동", "정릉3동", "돈암2동", "석관동", "장위1동"], ["동소문로", "아리랑로", "보국문로", "화랑로", "정릉로"]),
    ("동작구", "dongjak", "02-820-", "장승배기로 161", "06928", ["상도3동", "사당2동", "노량진1동", "흑석동", "대방동"], ["상도로", "사당로", "만양로", "여의대방로", "장승배기로"]),
    ("서대문구", "sdm", "02-330-", "연희로 248", "03718", ["홍제1동", "북가좌2동", "남가좌1동", "연희동", "천연동"], ["통일로", "증가로", "모래내로", "수색로", "가좌로"]),
    ("강서구", "gangseo", "02-2600-", "화곡로 302", "07658", ["화곡본동", "등촌3동", "가양1동", "방화2동", "염창동"], ["강서로", "양천로", "공항대로", "화곡로", "곰달래로"]),
    ("양천구", "yangcheon", "02-2620-", "목동동로 105", "07996", ["신정3동", "목5동", "신월1동", "신월7동", "목1동"], ["목동로", "신월로", "중앙로", "오목로", "남부순환로"]),
    ("중랑구", "jungnang", "02-2094-", "봉화산로 179", "02043", ["면목본동", "상봉1동", "묵2동", "신내1동", "망우본동"], ["겸재로", "망우로", "용마산로", "면목로", "동일로"]),
]
CITIES = [
    ("수원시", "suwon", "031-228-", "효원로 241", "16490", ["매탄3동", "권선1동", "영통2동", "조원1동", "세류2동"], ["권광로", "매봉로", "경수대로", "동수원로", "장안로"], "경기도"),
    ("성남시", "seongnam", "031-729-", "성남대로 997", "13437", ["태평2동", "상대원1동", "정자1동", "금광1동", "분당동"], ["산성대로", "수정로", "불정로", "내정로", "탄천로"], "경기도"),
    ("고양시", "goyang", "031-8075-", "고양시청로 10", "10462", ["행신2동", "화정1동", "주엽1동", "성사1동", "식사동"], ["중앙로", "호수로", "화정로", "일산로", "고양대로"], "경기도"),
]
APTS = ["래미안", "푸르지오", "e편한세상", "한신", "현대", "주공", "벽산", "삼성", "쌍용", "우성", "두산위브", "롯데캐슬", "SK뷰", "한양", "극동", "신동아"]
BANKS = [("국민은행", "{6}-{2}-{6}"), ("KB국민은행", "{6}-{2}-{6}"), ("신한은행", "{3}-{3}-{6}"), ("우리은행", "1002-{3}-{6}"),
         ("농협", "{3}-{4}-{4}-{2}"), ("NH농협은행", "302-{4}-{4}-{2}"), ("하나은행", "{3}-{6}-{5}"), ("IBK기업은행", "{3}-{6}-{2}-{3}"),
         ("새마을금고", "9002-{4}-{4}-{1}"), ("우체국", "{6}-{2}-{6}"), ("카카오뱅크", "3333-{2}-{7}"), ("신협", "{3}-{3}-{6}"),
         ("SC제일은행", "{3}-{2}-{6}"), ("수협", "{4}-{4}-{4}")]
MAILS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "nate.com", "kakao.com"]
DEPTS = {
    "award": ["자치행정과", "총무과", "행정지원과"],
    "volunteer": ["자치행정과", "복지정책과", "자원봉사과"],
    "honor": ["국제협력과", "대외협력담당관", "자치행정과"],
    "council": ["자치행정과", "주민자치과"],
    "auditor": ["감사담당관", "환경과", "청소행정과", "감사과"],
    "scholar": ["교육지원과", "교육협력과", "평생교육과"],
    "contest": ["문화체육과", "홍보과", "일자리경제과", "기획예산과", "환경과"],
    "senior": ["어르신복지과", "노인복지과", "복지정책과"],
}
ORGS_WELFARE = ["종합사회복지관", "노인종합복지관", "장애인복지관", "지역아동센터", "푸드뱅크", "자원봉사센터", "건강가정지원센터", "가족센터"]
PARTICLE_SENT = ["은/는", "이/가", "을/를"]


class Ctx:
    """randomised per-document choices"""

    def __init__(self, rng):
        self.r = rng
        if rng.random() < 0.82:
            g = rng.choice(GUS)
            self.gu, self.dom, self.pref, self.road, self.zip, self.dongs, self.roads = g
            self.sido = "서울특별시"
            self.city_full = "서울특별시 " + self.gu
            self.head = "구청장"
            self.office = self.gu + "청"
            self.council = self.gu + "의회"
            self.lvl = "구"
            self.headt = self.gu + "청장"
        else:
            g = rng.choice(CITIES)
            self.gu, self.dom, self.pref, self.road, self.zip, self.dongs, self.roads, self.sido = g
            self.city_full = self.sido + " " + self.gu
            self.head = "시장"
            self.office = self.gu + "청"
            self.council = self.gu + "의회"
            self.lvl = "시"
            self.headt = self.gu + "장"
        self.date_fmt = rng.randrange(5)
        self.phone_fmt = rng.choices(range(6), [40, 14, 12, 10, 5, 4])[0]
        self.birth_fmt = rng.randrange(7)
        self.addr_fmt = rng.randrange(4)
        self.year = rng.choice([2024, 2025, 2025, 2026, 2026, 2026])
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)
        self.used_names = []

    # --- dates ---------------------------------------------------------------
    def date(self, y, m, d, fmt=None):
        f = self.date_fmt if fmt is None else fmt
        if f == 0:
            return f"{y}. {m}. {d}."
        if f == 1:
            return f"{y}-{m:02d}-{d:02d}"
        if f == 2:
            return f"{y}년 {m}월 {d}일"
        if f == 3:
            return f"'{y % 100}.{m}.{d}."
        return f"{y}.{m:02d}.{d:02d}."

    def docdate(self, fmt=None):
        return self.date(self.year, self.month, self.day, fmt)

    def iso(self):
        return f"{self.year}-{self.month:02d}-{self.day:02d}"

    def _shift(self, days, fmt=None):
        import datetime
        dt = datetime.date(self.year, self.month, self.day) + datetime.timedelta(days=days)
        return self.date(dt.year, dt.month, dt.day, fmt)

    def past(self, a=3, b=90, fmt=None):
        return self._shift(-self.r.randint(a, b), fmt)

    def future(self, a=3, b=60, fmt=None):
        return self._shift(self.r.randint(a, b), fmt)

    def period(self, when="future"):
        if when == "future":
            a = self.r.randint(3, 40)
            return self._shift(a) + " ~ " + self._shift(a + self.r.randint(7, 60))
        a = self.r.randint(20, 200)
        return self._shift(-a) + " ~ " + self._shift(-a + self.r.randint(5, a - 1))

    def some_date(self, back_years=1, fmt=None):
        y = self.year - self.r.randint(0, back_years)
        return self.date(y, self.r.randint(1, 12), self.r.randint(1, 28), fmt)

    # --- names ---------------------------------------------------------------
    def raw_name(self, kind="adult"):
        r = self.r
        sur = r.choice(SUR2) if r.random() < 0.07 else r.choice(SUR1)
        if kind == "old" and r.random() < 0.55:
            g = r.choice(OLD_GIVEN)
        elif kind == "kid" and r.random() < 0.6:
            g = r.choice(KID_GIVEN)
        elif r.random() < 0.06:
            g = r.choice(ONE)
        else:
            g = r.choice(G1) + r.choice(G2)
        return sur, g

    def name(self, kind="adult", allow_space=True):
        """returns display string of a private person's name"""
        r = self.r
        for _ in range(20):
            sur, g = self.raw_name(kind)
            n = sur + g
            if n not in self.used_names:
                break
        self.used_names.append(n)
        if allow_space and r.random() < 0.05:
            return sur + " " + g
        if allow_space and r.random() < 0.03 and len(g) == 2:
            return " ".join(sur + g)
        return n

    def official(self):
        sur, g = self.raw_name()
        n = sur + g
        self.used_names.append(n)
        return n

    # --- contact values ------------------------------------------------------
    def mobile(self, fmt=None):
        r = self.r
        a, b = r.randint(2000, 9999), r.randint(1000, 9999)
        f = self.phone_fmt if fmt is None else fmt
        if f == 0:
            return f"010-{a}-{b}"
        if f == 1:
            return f"010 {a} {b}"
        if f == 2:
            return f"010{a}{b}"
        if f == 3:
            return f"010.{a}.{b}"
        if f == 4:
            return f"+82-10-{a}-{b}"
        return f"010){a}-{b}"

    def home_phone(self):
        r = self.r
        for _ in range(10):
            h = self._home_phone()
            if self.pref.split("-")[1] not in h.replace(")", "-").split("-")[1:2]:
                return h
        return h

    def _home_phone(self):
        r = self.r
        if self.lvl == "구":
            return r.choice([f"02-{r.randint(300, 999)}-{r.randint(1000, 9999)}", f"(02){r.randint(300, 999)}-{r.randint(1000, 9999)}"])
        return r.choice([f"031-{r.randint(200, 999)}-{r.randint(1000, 9999)}", f"(031){r.randint(200, 999)}-{r.randint(1000, 9999)}"])

    def office_phone(self):
        return self.pref + str(self.r.randint(2000, 9999))

    def office_mail(self, who=None):
        r = self.r
        user = r.choice(["kim", "lee", "park", "jung", "choi", "hong", "yoon", "han", "seo", "kang"]) + str(r.randint(1, 99))
        return f"{user}@{self.dom}.go.kr" if r.random() < 0.8 else f"{user}@korea.kr"

    def email(self, name_hint=None):
        r = self.r
        user = r.choice(["sunny", "happy", "minsu", "jh", "hope", "blue", "green", "volun", "dream", "mom", "sky", "star", "ok"]) + \
            r.choice(["", ".", "_"]) + r.choice(["kim", "lee", "park", "love", "day", ""]) + str(r.randint(1, 999))
        return f"{user}@{r.choice(MAILS)}"

    def address(self, full=None):
        r = self.r
        f = self.addr_fmt if full is None else full
        dong = r.choice(self.dongs).replace("본동", "동")
        bare_dong = dong.rstrip("0123456789·동") + "동" if dong[-2].isdigit() else dong
        road = r.choice(self.roads)
        if r.random() < 0.4:
            road = f"{road}{r.randint(1, 40)}길"
        num = f"{r.randint(1, 250)}" + (f"-{r.randint(1, 30)}" if r.random() < 0.3 else "")
        apt = r.random() < 0.55
        unit = f"{r.randint(101, 120)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호" if apt else (f"{r.randint(1, 5)}0{r.randint(1, 4)}호" if r.random() < 0.5 else "")
        if f == 0:
            s = f"{self.city_full} {road} {num}"
            if unit:
                s += f", {unit}"
            if r.random() < 0.5:
                s += f" ({bare_dong}" + (f", {r.choice(APTS)}아파트)" if apt else ")")
            return s
        if f == 1:
            s = f"{self.gu} {road} {num}"
            return s + (f" {unit}" if unit else "")
        if f == 2:
            jib = f"{r.randint(1, 999)}-{r.randint(1, 99)}"
            if apt:
                return f"{self.gu} {bare_dong} {r.choice(APTS)}아파트 {unit}"
            return f"{self.sido[:2] if self.sido == '서울특별시' else self.sido} {self.gu} {bare_dong} {jib}" + (f" {unit}" if unit else "")
        # 3: short, just street + unit
        s = f"{road} {num}"
        return s + (f", {unit}" if unit else "")

    def birth(self, y=None, fmt=None):
        r = self.r
        y = y or r.randint(1938, 1990)
        m, d = r.randint(1, 12), r.randint(1, 28)
        self.last_md = (m, d)
        f = self.birth_fmt if fmt is None else fmt
        if f == 0:
            return f"{y}. {m}. {d}.", y
        if f == 1:
            return f"{y}-{m:02d}-{d:02d}", y
        if f == 2:
            return f"{y}년 {m}월 {d}일", y
        if f == 3:
            return f"{y % 100:02d}.{m:02d}.{d:02d}", y
        if f == 4:
            return f"{y % 100:02d}{m:02d}{d:02d}", y
        if f == 5:
            return f"{y}.{m:02d}.{d:02d}.", y
        return f"{y}. {m:02d}. {d:02d}", y

    def rrn(self, y, female=None, masked=None, md=None):
        r = self.r
        m, d = md or (r.randint(1, 12), r.randint(1, 28))
        if female is None:
            female = r.random() < 0.5
        g = (2 if female else 1) + (2 if y >= 2000 else 0)
        front = f"{y % 100:02d}{m:02d}{d:02d}"
        if masked is None:
            masked = r.random() < 0.45
        back = f"{g}******" if masked else f"{g}{r.randint(0, 999999):06d}"
        sep = r.choice(["-", "-", "-", " - ", ""]) if not masked else "-"
        return front + sep + back

    def frn(self, y, md=None):
        r = self.r
        g = r.choice([5, 6]) if y < 2000 else r.choice([7, 8])
        m, d = md or (r.randint(1, 12), r.randint(1, 28))
        return f"{y % 100:02d}{m:02d}{d:02d}-{g}{r.randint(0, 999999):06d}"

    def account(self):
        r = self.r
        bank, pat = r.choice(BANKS)
        out = ""
        i = 0
        while i < len(pat):
            if pat[i] == "{":
                j = pat.index("}", i)
                k = int(pat[i + 1:j])
                out += "".join(str(r.randint(0, 9)) for _ in range(k))
                i = j + 1
            else:
                out += pat[i]
                i += 1
        if r.random() < 0.12:
            out = out.replace("-", "")
        return bank, out

    def plate(self):
        r = self.r
        h = r.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
        s = f"{r.randint(10, 399)}{h}{r.randint(1000, 9999)}"
        if r.random() < 0.3:
            s = s[:-4] + " " + s[-4:]
        if r.random() < 0.15:
            s = "서울" + s
        return s

    def official_plate(self):
        r = self.r
        return f"{r.randint(10, 99)}{r.choice('허하호')}{r.randint(1000, 9999)}"  # rental/lease plate, not private

    def license(self):
        r = self.r
        reg = r.randint(11, 28)
        s = f"{reg}-{r.choice([r.randint(85, 99), r.randint(0, 24)]):02d}-{r.randint(0, 999999):06d}-{r.randint(10, 99)}"
        return s

    def passport(self):
        r = self.r
        if r.random() < 0.5:
            return f"M{r.randint(10000000, 99999999)}"
        return f"M{r.randint(100, 999)}{r.choice('ABCDEFGHJKLMN')}{r.randint(1000, 9999)}"

    def won(self, amt):
        return f"{amt:,}원"

    def biz_no(self):
        r = self.r
        return f"{r.randint(101, 899)}-{r.randint(10, 99)}-{r.randint(10000, 99999)}"

    def company(self):
        r = self.r
        return r.choice(["(주)", "주식회사 ", ""]) + r.choice(["한빛", "온누리", "다온", "새봄", "누리", "푸른", "으뜸", "하나로"]) + r.choice(["기획", "디자인", "상사", "인쇄", "컴퍼니", "트로피", "애드"])

    def docno(self):
        r = self.r
        return f"{self.dept}-{r.randint(1000, 29999)}"

    def welfare_org(self):
        r = self.r
        d = r.choice(self.dongs)
        o = r.choice(ORGS_WELFARE)
        if o == "자원봉사센터":
            return f"{self.gu}{o}"
        if o == "푸드뱅크":
            return f"{self.gu} 기초{o}"
        return r.choice([self.gu.rstrip("구시"), d.rstrip("0123456789·동").rstrip(), r.choice(["성산", "한빛", "우리", "사랑", "열린", "함께"])]) + o

    def senior_center(self):
        r = self.r
        base = r.choice([r.choice(APTS) + "아파트", r.choice(self.dongs).replace("·", "")[:2] + r.choice(["", "1", "2"]),
                         r.choice(["느티나무", "은행나무", "행복", "소나무", "장수", "무지개", "새마을", "샘터"])])
        return base + r.choice(["경로당", "경로당", "경로회관", "노인정"])


# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------


def name_span(c, kind="adult"):
    """a PERSON value: may come with hanja or Latin doublet; returns (pieces, plain)"""
    r = c.r
    x = r.random()
    if x < 0.05:
        h, hj = r.choice(HANJA)
        if h in c.used_names:
            return [(c.name(kind), "PERSON")], None
        c.used_names.append(h)
        if r.random() < 0.5:
            return [(h, "PERSON"), "(", (hj, "PERSON"), ")"], h
        return [(hj, "PERSON")], hj
    n = c.name(kind)
    return [(n, "PERSON")], n


class Person:
    def __init__(self, c, kind="adult", foreign=False):
        r = c.r
        self.c = c
        self.foreign = foreign
        if foreign:
            ko, la, nat = r.choice(FOREIGN)
            self.nat = nat
            self.ko, self.la = ko, la
            self.plain = ko
            mode = r.randrange(3)
            if mode == 0:
                self.np = [(ko, "PERSON")]
            elif mode == 1:
                self.np = [(ko, "PERSON"), "(", (la, "PERSON"), ")"]
            else:
                self.np = [(la, "PERSON")]
                self.plain = la
        else:
            self.np, self.plain = name_span(c, kind)
            if self.plain is None:
                self.plain = ptext(self.np)
        if kind == "kid":
            by = c.year - r.randint(8, 18)
        elif kind == "old":
            by = r.randint(1936, 1958)
        elif kind == "young":
            by = c.year - r.randint(17, 30)
        else:
            by = r.randint(1950, 1995)
        self.bstr, self.by = c.birth(by)
        self.md = c.last_md
        self.age = c.year - self.by
        self.female = r.random() < 0.55
        self.sex = "여" if self.female else "남"
        self.mobile = c.mobile() if r.random() > 0.05 else c.mobile(r.randrange(6))
        self.home = c.home_phone()
        self.addr = c.address()
        self.dong = r.choice(c.dongs)
        self.bank, self.acct = c.account()
        self.rrn = c.rrn(self.by, self.female, md=self.md)
        self.frn = c.frn(self.by, md=self.md)
        self.email = c.email()

    def n(self):
        return list(self.np)

    def b(self):
        return [(self.bstr, "BIRTH_DATE")]

    def ph(self):
        return [(self.mobile, "PHONE")]

    def ad(self):
        return [(self.addr, "ADDRESS")]

    def ac(self):
        return [self.bank + " ", (self.acct, "BANK_ACCOUNT")]

    def id_(self):
        return [(self.frn, "KR_FRN")] if self.foreign else [(self.rrn, "KR_RRN")]


HEALTH = ["지체장애 2급", "시각장애 1급", "청각장애(심한 장애)", "지적장애 3급", "뇌병변장애 판정", "자폐성 장애(심한 장애)",
          "신장투석 치료 중", "당뇨 합병증 치료 중", "척수장애로 휠체어 이용", "암 투병 중", "우울증 치료 이력", "희귀난치성 질환(근이영양증)"]
HEALTH_OLD = ["무릎 인공관절 수술 후 요양 중", "폐렴으로 입원 치료 중", "허리 협착증 시술", "백내장 수술", "뇌경색 후 재활 치료 중", "고관절 골절로 입원"]


# ----------------------------------------------------------------------------
# roster rendering (the wide part)
# ----------------------------------------------------------------------------


def render_table(d, c, cols, rows, style):
    """cols: list of header strings, rows: list of list-of-pieces"""
    r = c.r
    if style == "pipe":
        d.t("| " + " | ".join(cols) + " |").nl()
        if r.random() < 0.6:
            d.t("|" + "|".join("---" for _ in cols) + "|").nl()
        for row in rows:
            d.t("| ")
            for i, cell in enumerate(row):
                if i:
                    d.t(" | ")
                d.t(flat(cell) if ptext(cell) else "-")
            d.t(" |").nl()
    elif style == "box":
        ws = []
        for i, h in enumerate(cols):
            w = dwidth(h)
            for row in rows:
                w = max(w, dwidth(ptext(row[i]) or "-"))
            ws.append(w + 2)

        def line(a, b, e):
            return a + b.join("─" * w for w in ws) + e

        def cellpad(pieces, w):
            s = ptext(pieces) or "-"
            pad = w - dwidth(s) - 1
            return [" "] + (flat(pieces) if ptext(pieces) else ["-"]) + [" " * max(pad, 0)]

        d.t(line("┌", "┬", "┐")).nl()
        d.t("│")
        for h, w in zip(cols, ws):
            d.t(cellpad([h], w), "│")
        d.nl()
        d.t(line("├", "┼", "┤")).nl()
        for k, row in enumerate(rows):
            d.t("│")
            for cell, w in zip(row, ws):
                d.t(cellpad(cell, w), "│")
            d.nl()
            if k < len(rows) - 1 and r.random() < 0.3:
                d.t(line("├", "┼", "┤")).nl()
        d.t(line("└", "┴", "┘")).nl()
    elif style == "tab":
        d.t("\t".join(cols)).nl()
        for row in rows:
            for i, cell in enumerate(row):
                if i:
                    d.t("\t")
                d.t(flat(cell) if ptext(cell) else "")
            d.nl()
    elif style == "space":
        ws = [max([dwidth(h)] + [dwidth(ptext(row[i])) for row in rows]) + 2 for i, h in enumerate(cols)]
        for i, h in enumerate(cols):
            d.t(h + (" " * (ws[i] - dwidth(h)) if i < len(cols) - 1 else ""))
        d.nl()
        d.t("-" * min(sum(ws), 100)).nl()
        for row in rows:
            for i, cell in enumerate(row):
                d.t(flat(cell))
                if i < len(cols) - 1:
                    d.t(" " * (ws[i] - dwidth(ptext(cell))))
            d.nl()
    elif style == "csv":
        d.t(",".join(cols)).nl()
        for row in rows:
            for i, cell in enumerate(row):
                if i:
                    d.t(",")
                s = ptext(cell)
                q = "," in s
                if q:
                    d.t('"')
                d.t(flat(cell))
                if q:
                    d.t('"')
            d.nl()
    elif style == "kv":
        lw = max(dwidth(h) for h in cols)
        spaced = r.random() < 0.4
        mk = r.choice(["", "[{}]", "{})", "< {} >", "({})"])
        for k, row in enumerate(rows):
            if mk:
                d.t(mk.format(k + 1)).nl()
            for h, cell in zip(cols, rows[k]):
                if h in ("연번", "순번", "번호", "No"):
                    continue
                hh = (" ".join(h) if spaced and len(h) <= 3 else h)
                d.t("  " + hh + " " * max(0, lw + (4 if spaced else 0) - dwidth(hh)) + " : ", flat(cell) if ptext(cell) else "-").nl()
            d.nl()
    elif style in ("bullet", "dash", "ganada"):
        marks = {"bullet": "○ ", "dash": "- ", "ganada": None}[style]
        gnd = "가나다라마바사아자차카타파하"
        skip = {"연번", "순번", "번호", "No"}
        for k, row in enumerate(rows):
            m = marks if marks else gnd[k % 14] + ". "
            d.t(m)
            body = [(h, cell) for h, cell in zip(cols, row) if h not in skip and ptext(cell)]
            if not body:
                d.nl()
                continue
            d.t(flat(body[0][1]))
            rest = body[1:]
            if rest:
                sep = r.choice([", ", " / ", " · "])
                paren = r.random() < 0.5
                d.t(" (" if paren else " : ")
                for i, (h, cell) in enumerate(rest):
                    if i:
                        d.t(sep)
                    if r.random() < 0.6:
                        d.t(h + " ")
                    d.t(flat(cell))
                if paren:
                    d.t(")")
            d.nl()
    else:
        raise ValueError(style)


TABLE_STYLES = ["pipe", "box", "tab", "space", "csv", "kv", "bullet", "dash", "ganada"]


def pick_style(c, allow=None):
    st = allow or TABLE_STYLES
    w = {"pipe": 18, "box": 16, "tab": 12, "space": 10, "csv": 5, "kv": 10, "bullet": 10, "dash": 8, "ganada": 7}
    return c.r.choices(st, [w[s] for s in st])[0]


# ----------------------------------------------------------------------------
# frames (document voices)
# ----------------------------------------------------------------------------


def officials(c):
    c.drafter = c.official()
    c.reviewer = c.official()
    c.approver = c.official()
    c.approver_rank = c.r.choice(["과장", "과장", "과장", "국장", "담당관", "팀장"])
    teams = {"자치행정과": ["자치행정팀", "주민자치팀", "자원봉사팀", "행정팀"], "총무과": ["총무팀", "행정팀"], "행정지원과": ["행정팀", "의전팀"],
             "복지정책과": ["복지기획팀", "자원봉사팀"], "자원봉사과": ["자원봉사팀", "나눔봉사팀"], "국제협력과": ["국제교류팀"], "대외협력담당관": ["대외협력팀"],
             "주민자치과": ["주민자치팀", "동행정팀"], "감사담당관": ["감사팀", "조사팀", "청렴팀"], "감사과": ["감사팀", "청렴팀"], "환경과": ["환경관리팀", "환경지도팀"],
             "청소행정과": ["청소행정팀", "가로정비팀"], "교육지원과": ["교육지원팀", "장학팀"], "교육협력과": ["교육협력팀"], "평생교육과": ["평생학습팀", "장학팀"],
             "문화체육과": ["문화예술팀", "문화정책팀"], "홍보과": ["홍보기획팀", "언론팀"], "일자리경제과": ["일자리정책팀", "기업지원팀"], "기획예산과": ["기획팀", "제안팀"],
             "어르신복지과": ["어르신복지팀", "경로당지원팀"], "노인복지과": ["노인복지팀", "경로당팀"], "스마트도시과": ["스마트도시팀"], "기업지원과": ["창업지원팀"],
             "비상대비과": ["비상대비팀"], "안전총괄과": ["민방위팀"], "민방위과": ["민방위팀"]}
    c.team = c.r.choice(teams.get(c.dept, ["행정팀"]))
    c.tel = c.office_phone()
    c.fax = c.office_phone()
    c.omail = c.office_mail()
    c.head_name = c.official()


def header_gian(d, c, title):
    r = c.r
    d.t(c.office if r.random() < 0.5 else c.city_full).nl(2)
    d.t(r.choice(["수신  ", "수신자 ", "수신: "]), r.choice(["내부결재", "내부결재", f"{c.gu} 각 동장", "수신자 참조"])).nl()
    d.t("(경유)").nl()
    d.t(r.choice(["제목  ", "제목: ", "제  목 "]), title).nl(2)


def footer_gian(d, c, grade_word):
    r = c.r
    d.nl()
    d.t("끝." if r.random() < 0.3 else "").nl() if r.random() < 0.5 else None
    d.t(f"{c.gu}청장" if c.lvl == "구" else f"{c.gu}장").nl(2)
    lines = [f"{r.choice(['주무관', '행정주무관', '사회복지주무관'])} {c.drafter}", f"{r.choice(['팀장', '주민자치팀장', '팀장'])} {c.reviewer}",
             f"{c.approver_rank} {c.approver}"]
    if r.random() < 0.5:
        d.t("기안자 ", lines[0], "   검토자 ", lines[1], "   결재권자 ", lines[2]).nl()
    else:
        d.t("   ".join(lines)).nl()
    d.t(f"시행 {c.dept}-{r.randint(1000, 30000)} ({c.docdate(0)})   접수").nl()
    d.t(f"우 {c.zip} {c.city_full} {c.road} ({c.office}) / {c.gu}청 누리집 www.{c.dom}.go.kr").nl()
    d.t(f"전화 {c.tel}  전송 {c.fax}  / {c.omail} / {grade_word}").nl()


def header_report(d, c, title):
    r = c.r
    d.t(r.choice(["", "■ ", "◈ ", ""]), title).nl()
    if r.random() < 0.6:
        d.t(f"{c.docdate()}  {c.dept}").nl()
    d.nl()


def footer_report(d, c):
    r = c.r
    d.nl()
    d.t(r.choice(["※ 문의: ", "※ 담당: ", "담당자 "]), f"{c.dept} {c.team} {r.choice(['주무관', '주무관', '팀장'])} {c.drafter} ({c.tel})").nl()


def header_notice(d, c, title):
    r = c.r
    d.t(f"{c.gu} 공고 제{c.year}-{r.randint(10, 1999)}호").nl(2)
    d.t(title).nl(2)


def footer_notice(d, c):
    d.nl()
    d.t(c.docdate(2)).nl(2)
    d.t(f"{c.gu}청장" if c.lvl == "구" else f"{c.gu}장").nl()


def header_press(d, c, title):
    r = c.r
    d.t("보 도 자 료" if r.random() < 0.5 else "보도자료").nl()
    d.t(f"배포일시: {c.docdate()}   담당부서: {c.dept}   담당자: {c.team}장 {c.reviewer} ☎{c.tel}, 주무관 {c.drafter} ☎{c.office_phone()}").nl(2)
    d.t(title).nl(2)


# ----------------------------------------------------------------------------
# family kinds: each returns (title, doc_type, grade, grounds, Doc)
# ----------------------------------------------------------------------------

HARD_NEG_SENT = [
    "장애인 및 취약계층 복지 증진을 위하여 지역사회에 헌신한 주민을 발굴함",
    "부모와 자녀가 함께 참여하는 가족 봉사단 활동을 안내함",
    "당해 연도 예산 범위 내에서 집행하며 잔액은 불용 처리함",
    "추천 서명부 및 관련 증빙은 동 주민센터에서 보관·유지함",
    "관내 경로당 시설 정비 및 유지관리 실태 조사 결과를 반영함",
    "건물을 소유한 법인·단체는 추천 대상에서 제외함",
    "대상자 안내 및 일정 조정은 담당 부서에서 일괄 처리함",
    "주소지 이전 등 자격 변동이 있는 경우 즉시 해촉 절차를 진행함",
    "조사 결과 결격 사유가 없는 것으로 확인됨",
    "정비 사업 추진 과정에서 주민 의견을 수렴함",
]


def statute(c, which):
    r = c.r
    lv = c.gu
    opts = {
        "award": [f"「서울특별시 {lv} 표창 조례」 제{r.randint(3, 9)}조" if c.lvl == "구" else f"「{lv} 포상 조례」 제{r.randint(3, 9)}조",
                  "「상훈법」 제2조", "「정부 표창 규정」(대통령령 제" + str(r.randint(27000, 33999)) + "호)"],
        "volunteer": ["「자원봉사활동 기본법」 제14조", f"「자원봉사활동 기본법 시행령」 제{r.randint(2, 15)}조",
                      f"「{c.sido} {lv} 자원봉사활동 지원 조례」 제{r.randint(4, 12)}조", f"「자원봉사활동 기본법」(법률 제{r.randint(12000, 19999)}호, {r.randint(2015, 2023)}. {r.randint(1, 12)}. {r.randint(1, 28)}. 개정)"],
        "honor": [f"「{lv} 명예시민 및 명예구민 조례」 제{r.randint(2, 7)}조" if c.lvl == "구" else f"「{lv} 명예시민 조례」 제{r.randint(2, 7)}조"],
        "council": ["「지방자치법」 제40조", f"「{lv} 주민자치회 설치 및 운영에 관한 조례」 제{r.randint(5, 12)}조",
                    f"「{lv} 통·반 설치 조례」 제{r.randint(4, 10)}조", f"「{lv} 주민자치회 설치 및 운영에 관한 조례 시행규칙」 제{r.randint(3, 8)}조"],
        "auditor": [f"「{lv} 시민감사관 운영 규정」 제{r.randint(3, 12)}조", "「소득세법」 제21조(기타소득)", "「공공감사에 관한 법률」 제" + str(r.randint(20, 30)) + "조"],
        "monitor": [f"「{lv} 명예환경감시원 운영 조례」 제{r.randint(3, 9)}조", "「환경정책기본법」 제" + str(r.randint(55, 60)) + "조", "「소득세법」 제21조(기타소득)"],
        "scholar": [f"「{lv} 장학기금 설치 및 운용 조례」 제{r.randint(4, 11)}조", f"재단법인 {lv.rstrip('구시')}장학회 정관 제{r.randint(3, 20)}조"],
        "contest": [f"「{lv} 공모전 운영 및 시상 규정」 제{r.randint(3, 9)}조", "「소득세법」 제21조제1항제1호", f"「{lv} 제안제도 운영 조례」 제{r.randint(4, 10)}조"],
        "senior": ["「노인복지법」 제37조", f"「{lv} 경로당 운영 지원 조례」 제{r.randint(3, 9)}조", "「노인복지법 시행규칙」 제25조"],
    }
    return r.choice(opts[which])


def hard_neg_block(d, c, which):
    """a few visible-only lines: statute, budget, organisation, council member"""
    r = c.r
    k = r.sample(range(5), r.randint(2, 4))
    for i in sorted(k):
        if i == 0:
            d.t(r.choice(["○ 근거: ", "  - 근거 : ", "가. 관련 근거: "]), statute(c, which)).nl()
        elif i == 1:
            amt = r.choice([300000, 500000, 1200000, 2500000, 4800000, 12000000, 36000000])
            d.t(r.choice(["○ 소요예산: ", "  - 예산 : ", "나. 사업비: "]), c.won(amt), r.choice([f" ({c.year}년 본예산)", " (구비 100%)", " (시비 50%, 구비 50%)", ""])).nl()
        elif i == 2:
            d.t(r.choice(["○ ", "  - "]), r.choice(HARD_NEG_SENT)).nl()
        elif i == 3:
            d.t(r.choice(["○ 협조: ", "  - 협력기관 : "]), c.welfare_org(), ", ", f"{c.gu}자원봉사센터" if r.random() < 0.5 else r.choice(c.dongs) + " 주민센터").nl()
        else:
            cm = r.choice(["행정복지위원회", "복지건설위원회", "기획재정위원회", "행정보건위원회"])
            d.t(r.choice(["○ 참석: ", "  - 내빈 : "]), f"{c.council} {cm} 위원장 {c.official()} 의원, {c.headt} {c.head_name}").nl()


# ---- A. 모범구민 표창 --------------------------------------------------------

AWARD_TITLES = ["구청장 표창", "모범구민 표창", "자원봉사 유공 표창", "효행 표창", "지역사회 발전 유공 표창", "모범 통장 표창", "이웃돕기 유공 표창",
                "환경 보전 유공 표창", "안전문화 유공 표창", "서울특별시장 표창"]
DEEDS = [
    "{since}년부터 관내 독거어르신 {n}가구에 주 2회 밑반찬을 직접 배달하며 안부를 살펴 왔음",
    "{org}에서 {since}년부터 급식 봉사를 이어 오며 누적 봉사시간 {h}시간을 달성함",
    "매주 토요일 새벽 골목길 환경 정화 활동을 {years}년간 빠짐없이 실천함",
    "거동이 불편한 이웃을 위하여 병원 동행 및 장보기 지원을 자청하여 수행함",
    "집중호우 피해 당시 침수 가구 복구 작업에 자발적으로 참여하여 주민 생활 안정에 기여함",
    "어려운 가정 형편의 학생 {n}명에게 사비로 장학금을 전달하여 지역 인재 양성에 이바지함",
    "{years}년간 통장으로 재직하며 복지 사각지대 가구를 {n}건 발굴·연계함",
    "노부모를 {years}년 넘게 극진히 봉양하며 이웃의 귀감이 되어 옴",
    "{org}의 나눔 냉장고 운영을 맡아 식품 기부 {n}건을 관리함",
    "어린이 등굣길 교통안전 지도 활동을 {years}년째 이어 오고 있음",
]


def deed(c):
    r = c.r
    return r.choice(DEEDS).format(since=c.year - r.randint(3, 20), n=r.randint(3, 40), h=r.choice([520, 800, 1200, 1650, 2300, 3100]),
                                  years=r.randint(3, 25), org=c.welfare_org())


def kind_award_list(c):
    r = c.r
    c.dept = r.choice(DEPTS["award"])
    officials(c)
    award = r.choice(AWARD_TITLES)
    title = r.choice([f"{c.year}년 {award} 대상자 선정 결과", f"{award} 수여 계획", f"제{r.randint(20, 45)}회 {c.gu}민의 날 {award} 대상자 명단",
                      f"{c.year}년 상반기 모범구민 표창 대상자 확정 알림"])
    d = Doc()
    frame = r.choice(["gian", "report", "notice"])
    {"gian": header_gian, "report": header_report, "notice": header_notice}[frame](d, c, title)
    if frame == "gian":
        d.t(f"1. 관련: {statute(c, 'award')}").nl()
        d.t(f"2. {c.year}년 {award} 대상자를 아래와 같이 선정하고자 합니다.").nl(2)
        d.t(r.choice(["가. 수여일시: ", "가. 일시 : "]), c.future(), f" {r.randint(10, 16)}:00").nl()
        d.t(f"나. 장소: {c.office} {r.choice(['대강당', '기획상황실', '3층 소회의실'])}").nl()
        d.t("다. 대상자: ").nl()
    else:
        d.t("□ 추진 개요" if frame == "report" else "1. 개요").nl()
        hard_neg_block(d, c, "award")
        d.nl()
        d.t("□ 대상자 명단" if frame == "report" else "2. 대상자").nl()
    people = [Person(c, r.choice(["adult", "old", "adult"])) for _ in range(r.randint(3, 9))]
    hdr_name = r.choice(["성명", "성 명", "이름", "대상자", "수상자", "피표창자"])
    colsets = [
        ["연번", "동", hdr_name, "생년월일", "공적요지"],
        ["순번", hdr_name, "주소", "연락처", "공적"],
        ["번호", "소속", hdr_name, "생년월일", "연락처"],
        ["연번", hdr_name, "생년월일", "주소", "주요 공적"],
        ["No", hdr_name, "추천 동", "휴대전화", "비고"],
    ]
    cols = r.choice(colsets)
    rows = []
    for i, p in enumerate(people):
        row = []
        for h in cols:
            if h in ("연번", "순번", "번호", "No"):
                row.append([str(i + 1)])
            elif h == hdr_name:
                row.append(p.n())
            elif h == "생년월일":
                row.append(p.b())
            elif h in ("동", "소속", "추천 동"):
                row.append([p.dong])
            elif h == "주소":
                row.append(p.ad())
            elif h in ("연락처", "휴대전화"):
                row.append(p.ph())
            elif h in ("공적요지", "공적", "주요 공적"):
                row.append([r.choice(["독거어르신 반찬 배달", "급식 봉사 1,200시간", "환경 정화", "복지 사각지대 발굴", "효행", "장학금 기탁", "교통안전 지도", "재난 복구 지원"])])
            elif h == "비고":
                row.append([r.choice(["", "통장", "주민자치위원", "새마을부녀회", "", "자율방범대"])])
        rows.append(row)
    render_table(d, c, cols, rows, pick_style(c))
    d.nl()
    if frame == "gian":
        hard_neg_block(d, c, "award")
        d.t(f"붙임  {award} 공적조서 {len(people)}부.  끝.").nl()
        footer_gian(d, c, "부분공개(6)")
    elif frame == "notice":
        d.t("위와 같이 표창 대상자를 공고합니다. 이의가 있는 경우 공고일로부터 7일 이내에 ", f"{c.dept}({c.tel})로 문의하여 주시기 바랍니다.").nl()
        footer_notice(d, c)
    else:
        d.t("□ 향후 계획").nl()
        d.t(f"  ○ 표창 수여: {c.future()}, {c.headt} 수여").nl()
        d.t("  ○ 언론 보도 시 수상자 성명은 '김○○' 형식으로 표기").nl()
        footer_report(d, c)
    return title, r.choice(["표창 대상자 명단", "결과보고", "공고"]), "partial", [6], d


def kind_gongjeok_single(c):
    """공적조서 for one person -> nonpublic [6]"""
    r = c.r
    c.dept = r.choice(DEPTS["award"])
    officials(c)
    p = Person(c, r.choice(["adult", "old"]))
    award = r.choice(AWARD_TITLES)
    in_title = r.random() < 0.5
    title = ["공적조서(", p.n(), ")"] if in_title else f"{award} 추천 공적조서"
    d = Doc()
    d.t("공 적 조 서" if r.random() < 0.5 else "공적조서")
    if in_title:
        d.t("(", p.n(), ")")
    d.nl(2)
    d.t(f"□ 포상 종류: {award}").nl()
    d.t("□ 인적사항").nl()
    kv = [("성    명", p.n()), ("생년월일", p.b()), ("주    소", p.ad()), ("연 락 처", p.ph()),
          ("직    업", [r.choice(["자영업", "주부", "무직", "회사원", "개인택시 운전", "은퇴자"])]), ("소    속", [f"{p.dong} " + r.choice(["새마을부녀회", "주민자치회", "자율방범대", "통장협의회", "바르게살기위원회"])])]
    if r.random() < 0.4:
        kv.append(("주민등록번호", p.id_()))
    hp = None
    if r.random() < 0.35:
        hp = r.choice(HEALTH)
        kv.append(("비    고", ["본인 ", (hp, "HEALTH_INFO")]))
    style = r.choice(["kv", "box", "pipe"])
    if style == "kv":
        for k, v in kv:
            d.t(f"  {k} : ", v).nl()
    else:
        render_table(d, c, [k.replace(" ", "") for k, _ in kv], [[v for _, v in kv]], style)
    d.nl()
    d.t("□ 공적요지").nl()
    pn = p.plain
    d1, d2 = deed(c), deed(c)
    while d2[:6] == d1[:6]:
        d2 = deed(c)
    d.t("  ", p.n(), f"{josa(pn, '은/는')} ", d1, ". ")
    if hp:
        d.t("본인이 ", (hp, "HEALTH_INFO"), "임에도 불구하고 ")
    d.t(d2, ".").nl(2)
    d.t("□ 주요 공적사항").nl()
    rows = []
    for _ in range(r.randint(3, 5)):
        y = c.year - r.randint(1, 12)
        rows.append([[str(y)], [r.choice(["반찬 배달 봉사", "무료 급식 봉사", "방범 순찰", "환경 정화", "장학금 기탁 " + c.won(r.choice([500000, 1000000, 2000000])), "김장 나눔", "집수리 봉사"])],
                     [c.welfare_org()]])
    render_table(d, c, ["연도", "공적내용", "관련 기관"], rows, r.choice(["pipe", "box", "tab", "dash"]))
    d.nl()
    d.t("위 공적 내용이 사실과 틀림없음을 확인합니다.").nl(2)
    d.t(c.docdate()).nl()
    d.t(f"추천기관: {p.dong}장 {c.official()}   확인자: {c.dept} 주무관 {c.drafter} ({c.tel})").nl()
    return title, "공적조서", "nonpublic", [6], d


def kind_award_review(c):
    """공적심사위원회 심의자료 (진행 중) -> nonpublic [5,6]"""
    r = c.r
    c.dept = r.choice(DEPTS["award"])
    officials(c)
    title = f"{c.year}년 {r.choice(AWARD_TITLES)} 공적심사위원회 심의 자료"
    d = Doc()
    header_report(d, c, title)
    d.t("※ 본 자료는 심의 진행 중인 내부 검토 자료로 외부 유출을 금함").nl(2)
    d.t("□ 심의 개요").nl()
    d.t(f"  ○ 일시: {c.future(1, 10)} {r.randint(10, 16)}:00 / 장소: {c.office} 소회의실").nl()
    d.t(f"  ○ 위원: 위원장 {'부구청장' if c.lvl == '구' else '부시장'} {c.official()} 외 {r.randint(4, 8)}명").nl(2)
    d.t("□ 후보자별 검토 의견").nl()
    ppl = [Person(c) for _ in range(r.randint(3, 6))]
    rows = []
    for i, p in enumerate(ppl):
        rows.append([[str(i + 1)], p.n(), [p.dong], p.b(), [str(r.randint(60, 98))], [r.choice(["적격", "보류(추가 확인 필요)", "적격", "부적격(중복 수상)", "재심의"])]])
    render_table(d, c, ["연번", "후보자", "추천 동", "생년월일", "평점", "검토의견"], rows, pick_style(c, ["pipe", "box", "tab", "space"]))
    d.nl()
    d.t("□ 향후 일정: 최종 의결 후 결과 통보 예정").nl()
    footer_report(d, c)
    return title, "심의자료", "nonpublic", [5, 6], d


def kind_award_plan_public(c):
    r = c.r
    c.dept = r.choice(DEPTS["award"])
    officials(c)
    award = r.choice(AWARD_TITLES)
    title = r.choice([f"{c.year}년 {award} 추천 계획", f"{award} 대상자 추천 안내", f"제{r.randint(20, 45)}회 {c.gu}민의 날 유공 구민 표창 계획"])
    d = Doc()
    frame = r.choice(["gian", "report", "notice"])
    {"gian": header_gian, "report": header_report, "notice": header_notice}[frame](d, c, title)
    d.t("□ 추진 개요").nl()
    hard_neg_block(d, c, "award")
    d.t(f"○ 추천 인원: 동별 {r.randint(1, 3)}명 이내 (총 {r.randint(15, 45)}명)").nl()
    d.t(f"○ 추천 기한: {c.future(10, 40)}까지").nl()
    d.t("○ 추천 대상: 관내 거주 1년 이상 주민으로 지역사회 발전에 공헌한 자").nl()
    d.t("  - 제외 대상: 최근 3년 이내 동일 표창 수상자, 형사처벌 이력자").nl()
    d.t("○ 제출 서류: 공적조서 1부, 추천서 1부, 개인정보 수집·이용 동의서 1부").nl(2)
    d.t("□ 동별 배정 인원").nl()
    rows = [[[dn], [f"{r.randint(1, 3)}명"], [r.choice(["", "통장 1명 포함", "자원봉사자 우선"])]] for dn in c.dongs]
    render_table(d, c, ["동명", "배정", "비고"], rows, pick_style(c, ["pipe", "box", "tab", "space", "dash"]))
    d.nl()
    d.t(f"□ 문의: {c.dept} {c.team} 주무관 {c.drafter} (☎ {c.tel}, {c.omail})").nl()
    if frame == "gian":
        footer_gian(d, c, "공개")
    elif frame == "notice":
        footer_notice(d, c)
    return title, "계획", "public", [], d


# ---- B. 자원봉사 ---------------------------------------------------------------

ACTS = ["급식 보조", "반찬 배달", "말벗 봉사", "환경 정화", "학습 멘토링", "행사 안내", "방역 지원", "김장 나눔", "도서관 정리", "어르신 이동 지원", "연탄 배달", "통역 지원"]


def kind_volunteer_hours(c):
    r = c.r
    c.dept = r.choice(DEPTS["volunteer"])
    officials(c)
    org = f"{c.gu}자원봉사센터"
    title = r.choice([f"{c.year}년 {r.randint(1, 12)}월 자원봉사 활동 실적 및 봉사시간 인증 결과", "우수 자원봉사자 인증서 발급 대상자 명단",
                      f"{c.year}년 자원봉사 마일리지 우수자 선정", "자원봉사 시간 인증 내역 통보"])
    d = Doc()
    frame = r.choice(["gian", "report", "memo"])
    if frame == "gian":
        header_gian(d, c, title)
        d.t(f"1. {statute(c, 'volunteer')}에 따라 {org}에서 제출한 봉사시간 인증 내역을 아래와 같이 확인합니다.").nl(2)
    elif frame == "report":
        header_report(d, c, title)
        d.t("□ 개요").nl()
        hard_neg_block(d, c, "volunteer")
        d.nl()
    else:
        d.t(r.choice(["[업무 메모] ", "메모 — "]), title).nl()
        d.t(f"작성: {c.dept} 주무관 {c.drafter} / {c.docdate()}").nl(2)
        d.t(f"{org} 팀장님 요청으로 {r.choice(['상반기', '하반기', '분기'])} 인증 내역 정리했습니다. 확인 부탁드립니다.").nl(2)
    ppl = []
    for _ in range(r.randint(3, 10)):
        kind = r.choice(["adult", "adult", "young", "old", "kid"])
        ppl.append((Person(c, kind, foreign=r.random() < 0.08), kind))
    hname = r.choice(["성명", "봉사자", "자원봉사자명", "이름", "봉사자 성명"])
    variants = [
        ["연번", hname, "생년월일", "활동처", "활동내용", "인증시간"],
        ["순번", hname, "연락처", "활동기간", "누적시간", "비고"],
        ["번호", hname, "소속", "활동내용", "인증시간", "연락처"],
        ["연번", hname, "생년월일", "주소", "누적시간"],
        ["No", hname, "학교", "학년", "활동내용", "인증시간"],
    ]
    cols = r.choice(variants)
    rows = []
    for i, (p, kind) in enumerate(ppl):
        row = []
        for h in cols:
            if h in ("연번", "순번", "번호", "No"):
                row.append([str(i + 1)])
            elif h == hname:
                row.append(p.n())
            elif h == "생년월일":
                row.append(p.b())
            elif h == "연락처":
                row.append(p.ph())
            elif h == "주소":
                row.append(p.ad())
            elif h == "활동처":
                row.append([c.welfare_org()])
            elif h == "소속":
                row.append([r.choice(["개인", "개인", f"{p.dong} 주민센터 봉사단", "가족봉사단", c.welfare_org(), "(주)" + r.choice(["한빛", "누리", "새봄"]) + " 사회공헌팀"])])
            elif h == "활동내용":
                row.append([r.choice(ACTS)])
            elif h == "활동기간":
                row.append([f"{c.year}. {r.randint(1, 6)}. ~ {c.year}. {r.randint(7, 12)}."])
            elif h in ("인증시간", "누적시간"):
                row.append([f"{r.randint(4, 600)}시간" if r.random() < 0.7 else f"{r.randint(4, 600)}h"])
            elif h == "학교":
                row.append([r.choice(["", c.gu.rstrip("구시") + r.choice(["중학교", "고등학교", "초등학교", "여자고등학교"])]) if kind in ("kid", "young") else "-"])
            elif h == "학년":
                row.append([f"{r.randint(1, 3)}학년" if kind == "kid" else "-"])
            elif h == "비고":
                v = r.random()
                if v < 0.15:
                    row.append(["본인 ", (r.choice(HEALTH), "HEALTH_INFO")])
                else:
                    row.append([r.choice(["", "인증서 발급", "우수봉사자", "1,000시간 달성", ""])])
        rows.append(row)
    render_table(d, c, cols, rows, pick_style(c))
    d.nl()
    if r.random() < 0.5:
        d.t(r.choice(["※ ", "* "]), f"봉사시간은 1365 자원봉사포털 인증 기준이며, 문의는 {org}(☎ {c.office_phone()})로 하시기 바랍니다.").nl()
    if frame == "gian":
        hard_neg_block(d, c, "volunteer")
        footer_gian(d, c, "부분공개(6)")
    elif frame == "report":
        footer_report(d, c)
    else:
        d.t(f"— {c.drafter} (내선 {c.tel[-4:]})").nl()
    return title, r.choice(["실적보고", "인증내역", "명단"]), "partial", [6], d


def kind_volunteer_cert_single(c):
    r = c.r
    c.dept = r.choice(DEPTS["volunteer"])
    officials(c)
    kind = r.choice(["adult", "kid", "young"])
    p = Person(c, kind, foreign=r.random() < 0.1)
    title = r.choice(["자원봉사활동 확인서", "봉사활동 확인서", "자원봉사 실적 인증서"])
    d = Doc()
    d.t(f"제 {c.year}-{r.randint(1, 9999):04d} 호").nl(2)
    d.t(" ".join(title) if r.random() < 0.4 else title).nl(2)
    d.t(r.choice(["성    명: ", "성명 : ", "이    름 : "]), p.n()).nl()
    d.t(r.choice(["생년월일: ", "생년월일 : "]), p.b()).nl()
    if kind == "kid":
        d.t(f"학    교: {c.gu.rstrip('구시')}{r.choice(['중학교', '고등학교'])} {r.randint(1, 3)}학년").nl()
    d.t(r.choice(["주    소: ", "주소 : "]), p.ad()).nl()
    if p.foreign:
        d.t("외국인등록번호: ", [(p.frn, "KR_FRN")]).nl()
    d.t(f"활동기간: {c.past(60, 400)} ~ {c.docdate()}").nl()
    d.t(f"활동기관: {c.welfare_org()}").nl()
    d.t(f"활동내용: {r.choice(ACTS)}").nl()
    d.t(f"인정시간: 총 {r.randint(10, 400)}시간").nl(2)
    d.t("위 사람은 위와 같이 자원봉사활동을 하였음을 확인합니다.").nl(2)
    d.t(c.docdate(2)).nl(2)
    d.t(f"{c.gu}자원봉사센터장 (직인생략)").nl()
    d.t(f"※ 진위 확인: {c.gu}자원봉사센터 ☎ {c.office_phone()}").nl()
    return title, "확인서", "nonpublic", [6], d


def kind_volunteer_fraud(c):
    r = c.r
    c.dept = r.choice(DEPTS["volunteer"])
    officials(c)
    title = "자원봉사 시간 허위 인증 의혹 관련 수사 의뢰"
    d = Doc()
    header_gian(d, c, title)
    d.t(f"1. {c.welfare_org()}에서 봉사시간을 실제 활동 시간보다 부풀려 인증한 의혹이 제기되어 관할 경찰서에 수사를 의뢰하고자 합니다.").nl()
    d.t(f"2. 의혹 개요 (제보 접수 {c.past(5, 60)})").nl()
    ppl = [Person(c, r.choice(["adult", "young"])) for _ in range(r.randint(2, 4))]
    rows = []
    for i, p in enumerate(ppl):
        rows.append([[str(i + 1)], p.n(), p.b(), p.ph(), [f"{r.randint(100, 900)}시간"], [f"{r.randint(5, 80)}시간"]])
    render_table(d, c, ["연번", "관련자", "생년월일", "연락처", "인증시간", "확인된 활동"], rows, pick_style(c, ["pipe", "box", "kv", "tab"]))
    d.t(f"3. 수사 결과 통보 시까지 해당 인증 내역은 효력을 정지하며, 관련 자료는 수사기관 요청에 따라 제출함.").nl()
    d.t("붙임  제보 내용 및 인증 기록 사본 1부.  끝.").nl()
    footer_gian(d, c, "비공개(4)")
    return title, "수사의뢰", "nonpublic", [4, 6], d


def kind_volunteer_stats_public(c):
    r = c.r
    c.dept = r.choice(DEPTS["volunteer"])
    officials(c)
    title = r.choice([f"{c.year}년 자원봉사 활동 실적 현황", f"{c.year}년 상반기 동별 자원봉사 참여 통계", "자원봉사센터 운영 실적 보고"])
    d = Doc()
    header_report(d, c, title)
    d.t("□ 총괄").nl()
    tot = r.randint(8000, 40000)
    d.t(f"  ○ 등록 자원봉사자 {tot:,}명, 활동 인원 {int(tot * 0.4):,}명, 누적 봉사시간 {r.randint(100000, 600000):,}시간").nl()
    hard_neg_block(d, c, "volunteer")
    d.nl()
    d.t("□ 동별 현황").nl()
    rows = [[[dn], [f"{r.randint(300, 3000):,}"], [f"{r.randint(5000, 60000):,}"], [f"{r.randint(1, 30)}"]] for dn in c.dongs]
    render_table(d, c, ["동", "봉사자 수(명)", "봉사시간", "봉사단 수"], rows, pick_style(c, ["pipe", "box", "tab", "space", "csv"]))
    d.nl()
    d.t("□ 연령대별").nl()
    d.t("  - 10대 " + f"{r.randint(10, 35)}%, 20대 {r.randint(5, 15)}%, 50대 이상 {r.randint(30, 55)}%").nl()
    d.t(f"  - 우수 봉사단: {c.welfare_org()} 나눔봉사단, {r.choice(c.dongs)} 새마을부녀회").nl()
    footer_report(d, c)
    return title, "통계", "public", [], d


def kind_volunteer_drivers(c):
    """차량봉사·해외봉사: plates, licences, passports"""
    r = c.r
    c.dept = r.choice(DEPTS["volunteer"])
    officials(c)
    mode = r.choice(["car", "abroad"])
    d = Doc()
    if mode == "car":
        title = r.choice(["어르신 이동지원 차량봉사자 등록 및 유류비 지원", "나눔카 차량봉사단 운영 결과"])
        header_report(d, c, title)
        d.t("□ 개요").nl()
        d.t(f"  ○ 거동이 불편한 어르신의 병원 이동을 위하여 자가용 차량 봉사자를 모집·운영함").nl()
        d.t(f"  ○ 유류비: 1회 {c.won(r.choice([10000, 15000, 20000]))} (월 한도 {c.won(r.choice([100000, 150000]))})").nl()
        d.t(f"  ○ 관용 지원차량: {c.official_plate()} (임차, {c.company()})").nl(2)
        d.t("□ 봉사자 현황").nl()
        ppl = [Person(c) for _ in range(r.randint(3, 7))]
        cols = ["연번", r.choice(["봉사자", "성명", "운전자"]), "차량번호", "운전면허번호", "연락처", r.choice(["유류비 입금계좌", "입금계좌(본인)", "계좌"])]
        rows = []
        for i, p in enumerate(ppl):
            rows.append([[str(i + 1)], p.n(), [(c.plate(), "VEHICLE_PLATE")], [(c.license(), "KR_DRIVER_LICENSE")] if r.random() < 0.8 else ["확인완료"], p.ph(), p.ac()])
        render_table(d, c, cols, rows, pick_style(c))
    else:
        title = f"{c.year}년 {c.gu} 청년 해외봉사단 파견 대상자 확정"
        header_report(d, c, title)
        d.t(f"□ 파견 개요: {r.choice(['베트남 하노이', '캄보디아 시엠립', '몽골 울란바토르', '라오스 비엔티안'])}, {c.future(20, 90)}부터 {r.randint(7, 14)}일간").nl()
        d.t(f"  ○ 항공권 발권 및 여행자보험 가입: {c.company()} (사업자등록번호 {c.biz_no()})").nl(2)
        d.t("□ 파견 대상자").nl()
        ppl = [Person(c, "young") for _ in range(r.randint(3, 8))]
        rows = []
        for i, p in enumerate(ppl):
            rows.append([[str(i + 1)], p.n(), p.b(), [(c.passport(), "KR_PASSPORT")], p.ph(), [r.choice(["대학생", "대학생", "휴학생", "직장인"])]])
        render_table(d, c, ["연번", "성명", "생년월일", "여권번호", "비상연락처", "구분"], rows, pick_style(c))
        if r.random() < 0.5:
            p0 = ppl[0]
            d.t("※ 보호자 비상연락: ", [(c.name(), "PERSON")], "(모) ", [(c.mobile(), "PHONE")]).nl()
    d.nl()
    hard_neg_block(d, c, "volunteer")
    footer_report(d, c)
    return title, "결과보고", "partial", [6], d


# ---- C. 명예시민 ----------------------------------------------------------------


def kind_honor(c):
    r = c.r
    c.dept = r.choice(DEPTS["honor"])
    officials(c)
    title = r.choice([f"{c.year}년 명예{'구민' if c.lvl == '구' else '시민'} 위촉 계획", f"외국인 명예{'구민' if c.lvl == '구' else '시민'} 증서 수여", "명예시민 위촉 대상자 선정 결과"])
    d = Doc()
    frame = r.choice(["gian", "report", "letter"])
    ppl = [Person(c, foreign=True) for _ in range(r.randint(2, 5))]
    # avoid duplicate foreign names
    seen, uniq = [], []
    for p in ppl:
        if p.ko not in seen:
            seen.append(p.ko)
            uniq.append(p)
    ppl = uniq
    if frame == "letter":
        title = "명예시민 위촉 안내 서한 발송"
        header_report(d, c, title)
        d.t("□ 서한 내용(안)").nl()
        p = ppl[0]
        d.t("  Dear ", p.n() if p.plain == p.la else [(p.la, "PERSON")], ",").nl()
        d.t(f"  On behalf of {c.gu}, I am pleased to inform you that you have been selected as an Honorary Citizen in recognition of your dedication to our community.").nl()
        d.t(f"  The ceremony will be held on {c.future(10, 60, 1)} at {c.office}.").nl()
        d.t(f"  Sincerely, {c.head_name}, Mayor of {c.gu}").nl(2)
        d.t("□ 발송 대상").nl()
    elif frame == "gian":
        header_gian(d, c, title)
        d.t(f"1. 관련: {statute(c, 'honor')}").nl()
        d.t(f"2. 우리 지역 발전에 기여한 외국인을 아래와 같이 명예{'구민' if c.lvl == '구' else '시민'}으로 위촉하고자 합니다.").nl(2)
    else:
        header_report(d, c, title)
        d.t("□ 추진 배경").nl()
        d.t("  ○ 지역사회에 공헌한 외국인 주민의 자긍심 고취 및 국제교류 활성화").nl()
        hard_neg_block(d, c, "honor")
        d.nl()
        d.t("□ 위촉 대상자").nl()
    cols = ["연번", "국적", r.choice(["성명", "성명(영문)", "대상자"]), "생년월일", r.choice(["외국인등록번호", "등록번호"]), "주소", "공적"]
    if r.random() < 0.4:
        cols = ["연번", "국적", "성명", "직업", "연락처", "이메일", "공적"]
    rows = []
    for i, p in enumerate(ppl):
        row = []
        for h in cols:
            if h == "연번":
                row.append([str(i + 1)])
            elif h == "국적":
                row.append([p.nat])
            elif h in ("성명", "성명(영문)", "대상자"):
                row.append(p.n())
            elif h == "생년월일":
                row.append(p.b())
            elif h in ("외국인등록번호", "등록번호"):
                row.append([(p.frn, "KR_FRN")])
            elif h == "주소":
                row.append(p.ad())
            elif h == "직업":
                row.append([r.choice(["원어민 교사", "대학 교수", "자영업", "통번역사", "요리사", "선교사", "무역업"])])
            elif h == "연락처":
                row.append(p.ph())
            elif h == "이메일":
                row.append([(p.email, "EMAIL")])
            elif h == "공적":
                row.append([r.choice(["다문화가정 한국어 교육 봉사", "외국인 주민 통역 봉사 10년", "자매도시 교류 기여", "지역 축제 홍보대사 활동", "이주여성 자조모임 운영"])])
        rows.append(row)
    render_table(d, c, cols, rows, pick_style(c))
    d.nl()
    if r.random() < 0.6:
        d.t(r.choice(["○ 위촉장 문안: ", "  - 증서 문구: "]), "귀하는 우리 ", c.gu, "의 발전과 국제교류 증진에 기여한 공로가 크므로 명예", "구민" if c.lvl == "구" else "시민", "으로 위촉합니다.").nl()
    if frame == "gian":
        footer_gian(d, c, "부분공개(6)")
    else:
        footer_report(d, c)
    return title, r.choice(["위촉계획", "결과보고", "서한"]), "partial", [6], d


# ---- D. 주민자치위원·통장 ----------------------------------------------------------


def kind_council(c):
    r = c.r
    c.dept = r.choice(DEPTS["council"])
    officials(c)
    dong = r.choice(c.dongs)
    which = r.choice(["통장", "주민자치위원", "주민자치회 위원"])
    title = r.choice([f"{dong} {which} 위촉 명단", f"{c.year}년 {which} 신규 위촉 결과", f"{dong} {which} 재위촉 및 신규 위촉 알림"])
    d = Doc()
    frame = r.choice(["gian", "notice", "report", "memo"])
    if frame == "gian":
        header_gian(d, c, title)
        d.t(f"1. 관련: {statute(c, 'council')}").nl()
        d.t(f"2. {dong} {which} 공개모집 결과 선정위원회 심사를 거쳐 아래와 같이 위촉하였음을 알려드립니다.").nl()
        d.t(f"  가. 임기: {c.docdate()} ~ {c.year + 2}. {c.month}. {max(1, c.day - 1)}. (2년)").nl()
        d.t("  나. 위촉 명단").nl()
    elif frame == "notice":
        header_notice(d, c, title)
        d.t(f"{dong} {which} 공개모집 결과를 다음과 같이 공고합니다.").nl(2)
    elif frame == "report":
        header_report(d, c, title)
        hard_neg_block(d, c, "council")
        d.nl()
    else:
        d.t(f"{dong} 주민센터 → {c.dept}").nl()
        d.t(f"건명: {title}").nl()
        d.t(f"보고자: {dong}장 {c.official()}").nl(2)
    ppl = [Person(c, r.choice(["adult", "old"]), foreign=r.random() < 0.04) for _ in range(r.randint(3, 10))]
    if which == "통장":
        cols = [r.choice(["통", "담당 통"]), r.choice(["성명", "통장명", "성 명"]), "생년월일", r.choice(["주소", "거주지", "주   소"]), r.choice(["연락처", "휴대폰", "전화번호"]), "구분"]
    else:
        cols = ["연번", r.choice(["성명", "위원명", "이름"]), "성별", r.choice(["연령", "나이"]), r.choice(["주소", "거주지"]), r.choice(["연락처", "휴대폰"]), "분과", "구분"]
    if r.random() < 0.3:
        cols = [h for h in cols if h not in ("주소", "거주지", "주   소")]
    rows = []
    for i, p in enumerate(ppl):
        row = []
        for h in cols:
            if h in ("통", "담당 통"):
                row.append([f"{r.randint(1, 40)}통"])
            elif h == "연번":
                row.append([str(i + 1)])
            elif h in ("성명", "통장명", "성 명", "위원명", "이름"):
                row.append(p.n())
            elif h == "생년월일":
                row.append(p.b())
            elif h == "성별":
                row.append([p.sex])
            elif h in ("연령", "나이"):
                row.append([f"{p.age}세" if r.random() < 0.5 else str(p.age)])
            elif h in ("주소", "거주지", "주   소"):
                row.append(p.ad())
            elif h in ("연락처", "휴대폰", "전화번호"):
                row.append([(p.home, "PHONE")] if r.random() < 0.15 else p.ph())
            elif h == "분과":
                row.append([r.choice(["자치분과", "복지분과", "환경분과", "문화분과", "안전분과"])])
            elif h == "구분":
                row.append([r.choice(["신규", "재위촉", "신규", "재위촉", "보궐"])])
        rows.append(row)
    render_table(d, c, cols, rows, pick_style(c))
    d.nl()
    if r.random() < 0.5:
        d.t(r.choice(["※ ", "○ "]), f"위촉식: {c.future(2, 20)} {r.randint(10, 17)}:00, {dong} 주민센터 {r.choice(['2층 회의실', '다목적실', '3층 강당'])}",
            f" (참석: {c.council} {c.official()} 의원)" if r.random() < 0.5 else "").nl()
    if r.random() < 0.4:
        d.t(r.choice(["※ ", "○ "]), "통장 수당: 월 ", c.won(400000), ", 회의참석수당 회당 ", c.won(20000), " (「" + c.gu + " 통·반 설치 조례」 제" + str(r.randint(8, 15)) + "조)").nl()
    if frame == "gian":
        footer_gian(d, c, "부분공개(6)")
    elif frame == "notice":
        footer_notice(d, c)
    elif frame == "report":
        footer_report(d, c)
    else:
        d.t(f"담당: {dong} 주민센터 행정민원팀 ☎ {c.office_phone()}").nl()
    return title, r.choice(["위촉명단", "공고", "결과보고"]), "partial", [6], d


def kind_council_recruit_public(c):
    r = c.r
    c.dept = r.choice(DEPTS["council"])
    officials(c)
    which = r.choice(["통장", "주민자치회 위원", "시민감사관", "명예환경감시원"])
    title = f"{c.year}년 {which} 공개모집 공고"
    d = Doc()
    header_notice(d, c, title)
    d.t(f"{c.gu}에서는 주민과 함께하는 행정을 위하여 {which}{josa(which, '을/를')} 다음과 같이 공개 모집합니다.").nl(2)
    d.t("1. 모집인원: ", f"{r.randint(2, 30)}명").nl()
    d.t("2. 자격요건").nl()
    d.t(f"  가. 공고일 현재 {c.gu}에 주민등록을 두고 6개월 이상 거주한 만 19세 이상인 자").nl()
    d.t("  나. 「지방공무원법」 제31조의 결격사유에 해당하지 아니하는 자").nl()
    d.t(f"3. 접수기간: {c.period()}").nl()
    d.t(f"4. 접수처: 각 동 주민센터 또는 {c.dept}({c.office}, {c.city_full} {c.road})").nl()
    d.t("5. 제출서류: 신청서 1부, 주민등록초본 1부, 개인정보 수집·이용 동의서 1부").nl()
    d.t(f"6. 활동수당: 월 {c.won(r.choice([200000, 300000, 400000]))} 또는 회의 참석 시 회당 {c.won(r.choice([30000, 50000]))} (예산 범위 내)").nl()
    d.t(f"7. 문의: {c.dept} {c.team} (☎ {c.tel}) 또는 다산콜센터 120").nl()
    hard_neg_block(d, c, "council")
    footer_notice(d, c)
    return title, "공고", "public", [], d


# ---- E. 시민감사관·명예감시원 수당 -------------------------------------------------


def kind_allowance(c):
    r = c.r
    c.dept = r.choice(DEPTS["auditor"])
    officials(c)
    which = r.choice(["시민감사관", "명예환경감시원", "명예감시원", "주민감사관", "청렴 시민감사관", "불법광고물 명예감시원"])
    title = r.choice([f"{c.year}년 {c.month}월 {which} 활동수당 지급", f"{which} 회의참석 수당 지급 알림", f"{which} 활동비 지급 조서"])
    d = Doc()
    frame = r.choice(["gian", "report", "plain"])
    if frame == "gian":
        header_gian(d, c, title)
        d.t(f"1. 관련: {statute(c, 'monitor' if '감시원' in which else 'auditor')}").nl()
        d.t(f"2. {c.year}년 {c.month}월 {which} 활동에 대한 수당을 다음과 같이 지급하고자 합니다.").nl()
        d.t("  가. 지급액: 총 ", "@@TOTAL@@", " (예산과목: 일반운영비 > 사무관리비)").nl()
        d.t("  나. 지급방법: 개인별 계좌 입금").nl()
        d.t("  다. 지급내역").nl()
    elif frame == "report":
        header_report(d, c, title)
        hard_neg_block(d, c, "auditor")
        d.nl()
    else:
        d.t(f"{which} 수당 지급 조서 ({c.year}년 {c.month}월분)").nl(2)
    ppl = [Person(c, r.choice(["adult", "old"])) for _ in range(r.randint(3, 9))]
    hname = r.choice(["성명", "수령인", "수령인(예금주)", "감사관", "감시원", "이름"])
    colsets = [["연번", hname, "주민등록번호", "은행", "계좌번호", "활동일수", "지급액", "소득세", "지방소득세", "실지급액"],
               ["연번", hname, "생년월일", "금융기관", "계좌번호", "지급액"],
               ["연번", hname, "활동일", "지급액", "입금계좌"],
               ["번호", hname, "주소", "연락처", "계좌", "금액"]]
    if "감시원" in which and r.random() < 0.5:
        colsets = [["연번", hname, "활동구역", "활동차량", "연락처", "입금계좌", "지급액"]]
    cols = r.choice(colsets)
    rows = []
    total = 0
    for i, p in enumerate(ppl):
        days = r.randint(1, 12)
        amt = days * r.choice([30000, 40000, 50000])
        total += amt
        tax = int(amt * 0.08) // 10 * 10 if amt > 125000 else 0
        row = []
        for h in cols:
            if h in ("연번", "번호"):
                row.append([str(i + 1)])
            elif h == hname:
                row.append(p.n())
            elif h == "주민등록번호":
                row.append(p.id_())
            elif h == "생년월일":
                row.append(p.b())
            elif h in ("은행", "금융기관"):
                row.append([p.bank])
            elif h == "계좌번호":
                row.append([(p.acct, "BANK_ACCOUNT")])
            elif h in ("계좌", "입금계좌"):
                row.append(p.ac())
            elif h in ("활동일수", "활동일"):
                row.append([f"{days}일"])
            elif h in ("지급액", "금액"):
                row.append([f"{amt:,}"])
            elif h == "소득세":
                row.append([f"{tax:,}"])
            elif h == "지방소득세":
                row.append([f"{tax // 10:,}"])
            elif h == "실지급액":
                row.append([f"{amt - tax - tax // 10:,}"])
            elif h == "주소":
                row.append(p.ad())
            elif h == "연락처":
                row.append(p.ph())
            elif h == "활동구역":
                row.append([r.choice(c.dongs)])
            elif h == "활동차량":
                row.append([(c.plate(), "VEHICLE_PLATE")] if r.random() < 0.8 else ["도보"])
        rows.append(row)
    render_table(d, c, cols, rows, pick_style(c, ["pipe", "box", "tab", "space", "csv", "kv"]))
    d.t(f"합계: {total:,}원").nl(2)
    d.parts = [c.won(total) if p == "@@TOTAL@@" else p for p in d.parts]
    if r.random() < 0.5:
        d.t(f"※ 1회 지급액 125,000원 초과 시 기타소득세 원천징수 ({statute(c, 'auditor')})").nl()
    if r.random() < 0.4 and frame != "report":
        d.t(f"※ 문의: {c.team} 주무관 {c.drafter} {c.tel}, {c.omail}").nl()
    if frame == "gian":
        footer_gian(d, c, "부분공개(6)")
    elif frame == "report":
        footer_report(d, c)
    return title, r.choice(["지급조서", "수당지급", "지출결의"]), "partial", [6], d


def kind_audit_ongoing(c):
    r = c.r
    c.dept = r.choice(["감사담당관", "감사과"])
    officials(c)
    title = f"시민감사관 참여 {r.choice(['특정감사', '복무감사', '보조금 집행 점검'])} 착수 보고"
    d = Doc()
    header_report(d, c, title)
    d.t("※ 감사 진행 중 자료 — 감사 종료 시까지 비공개").nl(2)
    d.t("□ 감사 개요").nl()
    d.t(f"  ○ 대상: {c.welfare_org()} 및 {r.choice(c.dongs)} 주민센터 보조금 집행 전반").nl()
    d.t(f"  ○ 기간: {c.period()} (실지감사 {r.randint(3, 10)}일)").nl()
    d.t(f"  ○ 근거: {statute(c, 'auditor')}").nl(2)
    d.t("□ 감사반 편성").nl()
    d.t(f"  ○ 반장: 감사팀장 {c.reviewer}, 반원: 주무관 {c.drafter} 외 {r.randint(1, 3)}명").nl()
    ppl = [Person(c) for _ in range(r.randint(2, 3))]
    d.t("  ○ 시민감사관: ")
    for i, p in enumerate(ppl):
        if i:
            d.t(", ")
        d.t(p.n(), f"({r.choice(['회계사', '세무사', '전직 교사', '주민', '사회복지사'])}, ", p.ph(), ")")
    d.nl(2)
    d.t("□ 중점 점검 사항").nl()
    d.t("  - 보조금 정산 증빙 누락 및 목적 외 사용 여부 조사").nl()
    d.t("  - 인건비 중복 지급 의혹(제보 접수 건) 사실관계 확인").nl()
    footer_report(d, c)
    return title, "감사계획", "nonpublic", [5, 6], d


# ---- F. 장학생 ----------------------------------------------------------------


def kind_scholar(c):
    r = c.r
    c.dept = r.choice(DEPTS["scholar"])
    officials(c)
    fund = f"재단법인 {c.gu.rstrip('구시')}장학회" if r.random() < 0.5 else f"{c.gu} 장학기금"
    title = r.choice([f"{c.year}년 {fund} 장학생 선발 결과", f"{c.year}년 {r.choice(['상반기', '하반기'])} 장학금 지급 대상자 확정", "꿈나무 장학생 선발 결과 알림"])
    d = Doc()
    frame = r.choice(["gian", "report", "letter", "kvlist"])
    if frame == "gian":
        header_gian(d, c, title)
        d.t(f"1. 관련: {statute(c, 'scholar')}").nl()
        d.t(f"2. {fund} 장학생 선발위원회 심사 결과에 따라 장학금을 아래와 같이 지급하고자 합니다.").nl()
        d.t(f"  가. 지급액: 1인당 {c.won(r.choice([500000, 1000000, 1500000, 2000000]))} (총 {c.won(r.randint(10, 80) * 1000000)})").nl()
        d.t("  나. 지급 대상").nl()
    elif frame == "letter":
        title = "장학생 선발 결과 통지(보호자 안내문)"
        header_report(d, c, title)
        d.t("□ 안내문(안)").nl()
        d.t("  학부모님께,").nl()
        d.t(f"  {fund}에서는 성실하게 학업에 정진하는 학생을 격려하기 위하여 장학생을 선발하였습니다. 자녀의 선발을 진심으로 축하드립니다.").nl()
        d.t(f"  장학금은 {c.future(5, 30)} 보호자 명의 계좌로 입금될 예정입니다.").nl(2)
        d.t("□ 통지 대상").nl()
    elif frame == "kvlist":
        header_report(d, c, title)
        a1, a2, a3 = r.randint(3, 10), r.randint(3, 10), r.randint(1, 5)
        d.t(f"○ 선발 인원: {a1 + a2 + a3}명 (성적우수 {a1}명, 생활모범 {a2}명, 특기 {a3}명) ※ 아래는 보호자 동의를 받은 대상자").nl(2)
    else:
        header_report(d, c, title)
        hard_neg_block(d, c, "scholar")
        d.nl()
        d.t("□ 선발 명단").nl()
    kids = [Person(c, "kid", foreign=r.random() < 0.05) for _ in range(r.randint(3, 8))]
    style = "kv" if frame == "kvlist" else pick_style(c)
    guard_hdr = r.choice(["보호자", "보호자(관계)", "예금주(보호자)", "학부모"])
    colsets = [["연번", "학교", "학년", "성명", guard_hdr, "연락처", "계좌번호", "구분"],
               ["연번", "성명", "생년월일", "학교", "학년", "선발분야"],
               ["번호", "학생명", "학교/학년", "주소", guard_hdr, "보호자 연락처"],
               ["연번", "성명", "학교", "구분", "비고"]]
    cols = r.choice(colsets)
    rows = []
    for i, k in enumerate(kids):
        if k.age <= 13:
            school, grade = c.gu.rstrip("구시") + r.choice(["초등학교", "동초등학교", "숲초등학교"]), f"{max(1, min(6, k.age - 6))}학년"
        elif k.age <= 16:
            school, grade = c.gu.rstrip("구시") + r.choice(["중학교", "여자중학교", "서중학교"]), f"{k.age - 13}학년"
        else:
            school, grade = c.gu.rstrip("구시") + r.choice(["고등학교", "공업고등학교", "여자고등학교", "외국어고등학교"]), f"{min(3, k.age - 16)}학년"
        g = Person(c)
        rel = r.choice(["부", "모", "모", "조모", "조부"])
        row = []
        for h in cols:
            if h in ("연번", "번호"):
                row.append([str(i + 1)])
            elif h in ("성명", "학생명"):
                row.append(k.n())
            elif h == "생년월일":
                row.append(k.b())
            elif h == "학교":
                row.append([school])
            elif h == "학년":
                row.append([grade])
            elif h == "학교/학년":
                row.append([f"{school} {grade}"])
            elif h == guard_hdr:
                row.append(g.n() + ([f"({rel})"] if "관계" in h or r.random() < 0.3 else []))
            elif h in ("연락처", "보호자 연락처"):
                row.append(g.ph())
            elif h == "계좌번호":
                row.append(g.ac())
            elif h == "주소":
                row.append(k.ad())
            elif h in ("구분", "선발분야"):
                row.append([r.choice(["성적우수", "생활모범", "예체능 특기", "저소득 가정", "다자녀 가정", "성적우수"])])
            elif h == "비고":
                if r.random() < 0.25:
                    row.append([(r.choice(HEALTH[:6]), "HEALTH_INFO")])
                else:
                    row.append([r.choice(["", "재선발", "", "추천: 담임교사"])])
        rows.append(row)
    render_table(d, c, cols, rows, style)
    d.nl()
    if r.random() < 0.5:
        d.t("○ 장학증서 수여식: ", c.future(5, 30), f", {c.office} {r.choice(['대강당', '소통마당'])} (장학회 이사장, {c.headt} 참석)").nl()
    if r.random() < 0.4:
        d.t("○ ", r.choice(HARD_NEG_SENT)).nl()
    if frame == "gian":
        footer_gian(d, c, "부분공개(6)")
    else:
        footer_report(d, c)
    return title, r.choice(["선발결과", "지급계획", "안내문"]), "partial", [6], d


def kind_scholar_review(c):
    r = c.r
    c.dept = r.choice(DEPTS["scholar"])
    officials(c)
    title = f"{c.year}년 장학생 선발위원회 심사표(심사 중)"
    d = Doc()
    header_report(d, c, title)
    d.t("※ 선발위원회 의결 전 검토 자료임. 결과 확정 전 공개 불가.").nl(2)
    kids = [Person(c, "kid") for _ in range(r.randint(4, 8))]
    rows = []
    for i, k in enumerate(kids):
        inc = r.choice(["기초생활수급", "차상위", "한부모", "일반", "일반"])
        row = [[str(i + 1)], k.n(), [c.gu.rstrip("구시") + r.choice(["중학교", "고등학교"])], [inc], [str(r.randint(50, 100))], [str(r.randint(50, 100))]]
        note = [(r.choice(HEALTH), "HEALTH_INFO")] if r.random() < 0.25 else [r.choice(["", "형제 동시 신청", "", "전년도 수혜"])]
        row.append(note)
        rows.append(row)
    render_table(d, c, ["연번", "성명", "학교", "가구 구분", "성적 점수", "면접 점수", "비고"], rows, pick_style(c, ["pipe", "box", "tab", "space"]))
    d.nl()
    d.t(f"○ 심사위원: 위원장 {c.gu.rstrip('구시')}장학회 이사장 외 {r.randint(4, 6)}명, 간사 {c.dept} 주무관 {c.drafter}").nl()
    footer_report(d, c)
    return title, "심사자료", "nonpublic", [5, 6], d


def kind_scholar_plan_public(c):
    r = c.r
    c.dept = r.choice(DEPTS["scholar"])
    officials(c)
    fund = f"재단법인 {c.gu.rstrip('구시')}장학회"
    title = f"{c.year}년 {fund} 장학생 선발 계획"
    d = Doc()
    header_report(d, c, title) if r.random() < 0.5 else header_notice(d, c, title)
    d.t("1. 선발 규모").nl()
    rows = [[["성적우수"], [f"{r.randint(5, 20)}명"], [c.won(1000000)]], [["생활모범"], [f"{r.randint(5, 20)}명"], [c.won(700000)]],
            [["예체능 특기"], [f"{r.randint(2, 8)}명"], [c.won(1000000)]], [["저소득 가정"], [f"{r.randint(10, 30)}명"], [c.won(500000)]]]
    render_table(d, c, ["분야", "인원", "1인당 장학금"], rows, pick_style(c, ["pipe", "box", "tab", "space", "dash", "csv"]))
    d.nl()
    d.t(f"2. 신청 자격: 공고일 현재 보호자와 함께 {c.gu}에 거주하는 초·중·고등학생").nl()
    d.t("3. 제출 서류: 신청서, 재학증명서, 성적증명서, 주민등록등본(보호자), 통장 사본(보호자 명의)").nl()
    d.t(f"4. 접수: {c.future(15, 45)}까지 재학 중인 학교 또는 {c.dept} 방문 제출").nl()
    d.t(f"5. 문의: {c.dept} (☎ {c.tel}, {c.omail})").nl()
    hard_neg_block(d, c, "scholar")
    return title, "계획", "public", [], d


# ---- G. 공모전 ------------------------------------------------------------------

CONTESTS = ["정책 아이디어 공모전", "UCC 영상 공모전", "사진 공모전", "캐치프레이즈 공모전", "어린이 그림 그리기 대회", "환경 글짓기 공모전",
            "도시재생 아이디어 공모전", "청소년 웹툰 공모전", "적극행정 국민 제안 공모"]
PRIZES = [("대상", 1000000), ("최우수상", 700000), ("우수상", 500000), ("장려상", 300000), ("입선", 100000)]


def kind_contest(c):
    r = c.r
    c.dept = r.choice(DEPTS["contest"])
    officials(c)
    ct = r.choice(CONTESTS)
    title = r.choice([f"{c.year} {c.gu} {ct} 수상자 발표", f"{ct} 시상금 지급", f"{ct} 심사 결과 및 수상자 명단", f"제{r.randint(2, 15)}회 {ct} 수상작 선정"])
    d = Doc()
    frame = r.choice(["gian", "notice", "press", "report"])
    nwin = r.randint(3, 8)
    ppl = []
    for i in range(nwin):
        kind = "kid" if ("어린이" in ct or "청소년" in ct) else r.choice(["adult", "young", "adult"])
        ppl.append(Person(c, kind, foreign=r.random() < 0.05))
    prizes = []
    for i in range(nwin):
        prizes.append(PRIZES[min(i, 4)] if i < 3 else PRIZES[r.randint(2, 4)])
    prizes.sort(key=lambda p: -p[1])
    works = ["「" + w + "」" for w in r.sample(["우리 동네 골목길", "함께 걷는 길", "초록 지구", "다시 쓰는 마을", "안녕, 이웃", "빛나는 한강", "할머니의 텃밭",
                                               "내일의 정류장", "골목의 온도", "버스 창밖으로", "작은 정원", "우리가 지킨 바다"], nwin)]
    if frame == "press":
        header_press(d, c, title)
        d.t(f"- {c.gu}, {ct} 응모작 {r.randint(80, 600)}점 중 {nwin}점 선정… {c.future(5, 30)} 시상식 개최").nl(2)
        d.t(f"{c.gu}({'청장' if c.lvl == '구' else '시장'} {c.head_name})는 ", c.docdate(), f" ‘{ct}’ 수상작을 발표했다고 밝혔다. ").nl()
        p0 = ppl[0]
        d.t("대상은 ", p0.n(), " 학생의 " if p0.age < 20 else " 씨의 ", f"{works[0]}{josa(works[0], '이/가')} 차지했다. ")
        if len(ppl) > 1:
            d.t("최우수상은 ", ppl[1].n(), r.choice([" 씨", "님", " 학생" if ppl[1].age < 20 else " 씨"]), f"의 {works[1]}에 돌아갔다. ")
        if r.random() < 0.5:
            d.t(f"심사는 {c.gu} 관계자와 외부 전문가로 구성된 심사위원회가 맡았다. ")
        d.nl()
        d.t(f"{c.head} {c.head_name}{josa(c.head_name, '은/는')} “주민 여러분의 참여에 감사드린다”고 말했다.").nl(2)
        if r.random() < 0.4:
            d.t("한편 장려상 수상자 가운데 ", r.choice(["김○○", "이○○", "A씨", "박○○"]), " 씨는 최연소 수상자로 눈길을 끌었다.").nl(2)
        d.t("[붙임] 수상자 명단").nl()
    elif frame == "gian":
        header_gian(d, c, title)
        d.t(f"1. 관련: {statute(c, 'contest')}").nl()
        d.t(f"2. {ct} 심사 결과에 따라 수상자에게 시상금을 지급하고자 합니다.").nl()
        d.t(f"  가. 소요예산: {c.won(sum(p[1] for p in prizes))} (기타소득세 원천징수 후 지급)").nl()
        d.t("  나. 수상자 및 지급 내역").nl()
    elif frame == "notice":
        header_notice(d, c, title)
        d.t(f"{ct} 심사 결과를 다음과 같이 발표합니다. 응모해 주신 모든 분께 감사드립니다.").nl(2)
    else:
        header_report(d, c, title)
        d.t("□ 공모 개요").nl()
        d.t(f"  ○ 공모기간: {c.period('past')} / 응모 {r.randint(50, 400)}건").nl()
        d.t(f"  ○ 심사: 1차 서면(내부), 2차 전문가 심사 (심사위원장 {c.dept}장 {c.approver})").nl()
        d.t(f"  ○ 기념품·상패 제작: {c.company()} (사업자등록번호 {c.biz_no()}, 대표전화 {c.office_phone() if r.random() < 0.3 else '1588-' + str(r.randint(1000, 9999))})").nl(2)
        d.t("□ 수상자").nl()
    payment = frame == "gian" or (frame == "report" and r.random() < 0.5)
    if payment:
        cols = ["상격", r.choice(["수상자", "성명", "수령인(예금주)"]), "작품명", "시상금", "원천징수", r.choice(["입금계좌", "계좌"])]
    elif frame == "notice" or frame == "press":
        cols = ["상격", "작품명", r.choice(["성명", "수상자", "이름"]), r.choice(["소속", "거주지(동)", "학교"])]
    else:
        cols = ["연번", "상격", r.choice(["성명", "수상자"]), "생년월일", "연락처", r.choice(["이메일", "E-mail"]), "작품명"]
    rows = []
    for i, p in enumerate(ppl):
        pr, amt = prizes[i]
        tax = int(amt * 0.22) // 10 * 10 if amt > 50000 else 0
        row = []
        for h in cols:
            if h == "연번":
                row.append([str(i + 1)])
            elif h == "상격":
                row.append([pr])
            elif h in ("수상자", "성명", "수령인(예금주)", "이름"):
                row.append(p.n())
            elif h == "작품명":
                row.append([works[i]])
            elif h == "시상금":
                row.append([f"{amt:,}원"])
            elif h == "원천징수":
                row.append([f"{tax:,}원"])
            elif h in ("입금계좌", "계좌"):
                row.append(p.ac())
            elif h == "소속":
                row.append([r.choice(["일반", "대학생", "주부", "회사원", c.gu.rstrip("구시") + "고등학교"])])
            elif h == "거주지(동)":
                row.append([p.dong])
            elif h == "학교":
                row.append([c.gu.rstrip("구시") + r.choice(["초등학교", "중학교", "고등학교"]) if p.age < 20 else "일반"])
            elif h == "생년월일":
                row.append(p.b())
            elif h == "연락처":
                row.append(p.ph())
            elif h in ("이메일", "E-mail"):
                row.append([(p.email, "EMAIL")])
        rows.append(row)
    render_table(d, c, cols, rows, pick_style(c))
    d.nl()
    if r.random() < 0.5:
        d.t(f"※ 시상금 5만원 초과분은 「소득세법」에 따라 제세공과금(22%)을 원천징수함").nl()
    if frame == "gian":
        footer_gian(d, c, "부분공개(6)")
    elif frame == "notice":
        footer_notice(d, c)
    elif frame == "press":
        d.t(f"※ 문의: {c.dept} {c.tel}").nl()
    else:
        footer_report(d, c)
    return title, r.choice(["수상자 명단", "보도자료", "시상금 지급"]), "partial", [6], d


def kind_contest_plan_public(c):
    r = c.r
    c.dept = r.choice(DEPTS["contest"])
    officials(c)
    ct = r.choice(CONTESTS)
    title = f"{c.year} {c.gu} {ct} 개최 계획"
    d = Doc()
    frame = r.choice(["report", "notice", "gian"])
    {"gian": header_gian, "report": header_report, "notice": header_notice}[frame](d, c, title)
    d.t("□ 공모 개요").nl()
    d.t(f"  ○ 주제: {r.choice(['살기 좋은 우리 동네', '탄소중립 생활 실천', '주민이 만드는 정책', '안전한 골목길'])}").nl()
    d.t(f"  ○ 기간: {c.period()}").nl()
    d.t("  ○ 대상: 관심 있는 누구나 (개인 또는 3인 이하 팀)").nl()
    d.t("□ 시상 내역").nl()
    rows = [[[p], ["1점" if k < 2 else f"{k}점"], [c.won(a)]] for k, (p, a) in enumerate(PRIZES)]
    render_table(d, c, ["구분", "수상작 수", "시상금"], rows, pick_style(c, ["pipe", "box", "tab", "space", "dash", "ganada"]))
    d.t(f"  ※ 총 시상금 {c.won(r.randint(3, 9) * 1000000)}, 제세공과금은 수상자 부담").nl()
    d.t(f"□ 심사 및 발표: 심사위원회 심사 후 {c.future(60, 120)} {c.gu} 누리집 게시 (수상자 개별 통보)").nl()
    d.t(f"□ 운영 대행: {c.company()} (사업자등록번호 {c.biz_no()})").nl()
    d.t(f"□ 문의: {c.dept} ☎ {c.tel} / {c.omail}").nl()
    hard_neg_block(d, c, "contest")
    if frame == "gian":
        footer_gian(d, c, "공개")
    elif frame == "notice":
        footer_notice(d, c)
    return title, "계획", "public", [], d


def kind_contest_tradesecret(c):
    r = c.r
    c.dept = r.choice(["일자리경제과", "스마트도시과", "기업지원과"])
    officials(c)
    co = c.company().replace("기획", "테크").replace("인쇄", "랩스").replace("트로피", "바이오")
    title = f"{c.year} 창업 아이디어 공모전 본선 심사 자료({co})"
    d = Doc()
    header_report(d, c, title)
    d.t("※ 출품 기업의 영업비밀(기술·원가 정보)이 포함되어 있어 외부 공개를 금함").nl(2)
    d.t(f"□ 출품 기업: {co} (사업자등록번호 {c.biz_no()})").nl()
    d.t(f"□ 출품작: {r.choice(['AI 기반 독거노인 안부 확인 센서', '폐플라스틱 재생 건축자재', '저전력 스마트 가로등 제어 모듈', '음식물류 폐기물 발효 건조기'])}").nl()
    d.t(f"  ○ 핵심 공정: {r.choice(['촉매 배합비 3:1:0.4, 반응온도 182℃', '센서 보정 알고리즘(특허 출원 중, 출원번호 비공개)', '금형 단가 1,840원/개, 수율 93%'])}").nl()
    d.t(f"  ○ 제조원가: 단위당 {c.won(r.randint(8, 90) * 1000)}, 목표 판매가 {c.won(r.randint(100, 300) * 1000)}").nl()
    d.t(f"  ○ 주요 거래처 및 납품 단가 협상 현황: 별첨").nl(2)
    if r.random() < 0.6:
        p = Person(c)
        d.t("□ 발표자: 기술이사 ", p.n(), " (", p.ph(), ")").nl()
    d.t(f"□ 심사위원장: {c.dept}장 {c.approver}").nl()
    footer_report(d, c)
    ents = [p for p in d.parts if isinstance(p, tuple)]
    return title, "심사자료", "nonpublic", [6, 7] if ents else [7], d


# ---- H. 경로당 회장 간담회 ----------------------------------------------------------

REQUESTS = ["냉방기 교체", "노후 화장실 보수", "경로당 프로그램 강사 지원 확대", "운영비 인상", "안마의자 수리", "출입구 경사로 설치", "난방비 추가 지원",
            "방충망 교체", "주변 불법 주차 단속", "건강체조 강사 파견"]


def kind_senior(c):
    r = c.r
    c.dept = r.choice(DEPTS["senior"])
    officials(c)
    title = r.choice([f"{c.year}년 {r.choice(['상반기', '하반기', '제' + str(r.randint(1, 4)) + '차'])} 경로당 회장 간담회 결과 보고", "경로당 회장단 간담회 참석자 명단 및 건의사항",
                      f"{c.headt}과 경로당 회장 간담회 개최 결과"])
    d = Doc()
    frame = r.choice(["report", "memo", "gian", "prose"])
    if frame == "gian":
        header_gian(d, c, title)
        d.t(f"1. 관련: {statute(c, 'senior')}").nl()
        d.t(f"2. 경로당 회장 간담회를 아래와 같이 개최하였기에 그 결과를 보고합니다.").nl()
    elif frame == "memo":
        d.t("[간담회 메모]").nl()
        d.t(f"일시 {c.docdate()} 14:00 / 장소 {c.office} {r.choice(['기획상황실', '소회의실', '대회의실'])} / 작성 {c.drafter}").nl(2)
    else:
        header_report(d, c, title)
    if frame != "memo":
        d.t("□ 개요").nl()
        h0 = r.randint(10, 15)
        d.t(f"  ○ 일시: {c.past(2, 14)} {h0}:00 ~ {h0 + r.randint(1, 2)}:{r.choice(['00', '30'])}").nl()
        d.t(f"  ○ 장소: {c.office} {r.choice(['기획상황실', '대회의실', '구민회관 소강당'])} ({c.city_full} {c.road})").nl()
        d.t(f"  ○ 참석: {c.headt} {c.head_name}, {c.dept}장 {c.approver}, 대한노인회 {c.gu}지회장, 경로당 회장 {r.randint(8, 40)}명").nl(2)
    ppl = [Person(c, "old") for _ in range(r.randint(3, 8))]
    centers = []
    for _ in ppl:
        s = c.senior_center()
        while s in centers:
            s = c.senior_center()
        centers.append(s)
    d.t("□ 참석 경로당 회장" if frame != "memo" else "참석 회장님").nl()
    cols = ["연번", r.choice(["경로당명", "경로당"]), r.choice(["성명", "회장", "회장명", "성 명"]), r.choice(["연락처", "휴대전화", "연락처(자택)"]), "비고"]
    if r.random() < 0.3:
        cols.insert(3, r.choice(["연세", "나이"]))
    rows = []
    absent_health = []
    for i, p in enumerate(ppl):
        row = []
        for h in cols:
            if h == "연번":
                row.append([str(i + 1)])
            elif h in ("경로당명", "경로당"):
                row.append([centers[i]])
            elif h in ("성명", "회장", "회장명", "성 명"):
                row.append(p.n())
            elif h in ("연세", "나이"):
                row.append([f"{p.age}세"])
            elif h in ("연락처", "휴대전화"):
                row.append(p.ph())
            elif h == "연락처(자택)":
                row.append([(p.home, "PHONE")])
            elif h == "비고":
                if r.random() < 0.18:
                    hh = r.choice(HEALTH_OLD)
                    absent_health.append((p, hh))
                    row.append(["불참(", (hh, "HEALTH_INFO"), ")"])
                else:
                    row.append([r.choice(["", "", "지회 이사", "분회장 겸임", "대리 참석(총무)"])])
        rows.append(row)
    render_table(d, c, cols, rows, pick_style(c))
    d.nl()
    d.t("□ 주요 건의사항 및 조치계획" if frame != "memo" else "건의 내용").nl()
    absent = [p for p, _ in absent_health]
    speakers = [i for i, p in enumerate(ppl) if p not in absent] or [0]
    reqs = r.sample(REQUESTS, 4)
    for j in range(min(len(speakers), r.randint(2, 4))):
        i = speakers[j]
        p = ppl[i]
        req = reqs[j]
        v = r.randrange(4)
        if v == 0:
            d.t(f"  ○ {centers[i % len(ppl)]} 회장 ", p.n(), f": {req} 요청 → {c.dept} 검토 후 {c.year}년 {r.choice(['추경', '본예산'])} 반영 예정").nl()
        elif v == 1:
            d.t("  - ", p.n(), f" 회장님께서 {req}{josa(req, '을/를')} 건의하심 → 담당 주무관 {c.drafter} 현장 확인 예정").nl()
        elif v == 2:
            d.t(f"  ○ {req}: ", p.n(), f"({centers[i % len(ppl)]}) 건의, {(lambda o: o + josa(o, '과/와'))(c.welfare_org())} 협의하여 조치").nl()
        else:
            g = p.plain
            d.t("  - ", p.n(), f" 회장({centers[i % len(ppl)]}){josa('장', '은/는')} “{req}{josa(req, '이/가')} 시급하다”고 말씀하심 → {c.head} 적극 검토 지시").nl()
    if absent_health and r.random() < 0.6:
        p, hh = absent_health[0]
        d.t("  ※ ", p.n(), " 회장은 ", (hh, "HEALTH_INFO"), "으로 불참하여 추후 방문 예정").nl()
    d.nl()
    if r.random() < 0.5:
        d.t(f"□ 후속조치: 건의사항 처리 결과를 {c.future(14, 40)}까지 각 경로당에 서면 통보 (문의 {c.tel})").nl()
    if frame == "gian":
        footer_gian(d, c, "부분공개(6)")
    elif frame in ("report", "prose"):
        footer_report(d, c)
    return title, r.choice(["결과보고", "간담회 결과", "메모"]), "partial", [6], d


def kind_senior_public(c):
    r = c.r
    c.dept = r.choice(DEPTS["senior"])
    officials(c)
    title = f"{c.year}년 경로당 회장 간담회 결과(요약)"
    d = Doc()
    header_report(d, c, title)
    d.t("□ 개요").nl()
    d.t(f"  ○ 일시/장소: {c.past(2, 20)} 14:00, {c.office} 대회의실").nl()
    d.t(f"  ○ 참석: {c.headt} {c.head_name}, 경로당 회장 {r.randint(20, 60)}명, {c.council} {c.official()} 의원").nl(2)
    d.t("□ 분야별 건의 현황").nl()
    rows = [[[k], [f"{r.randint(1, 12)}건"], [r.choice(["추경 반영", "검토 중", "완료", "타 부서 이관"])]] for k in ["시설 보수", "냉·난방", "프로그램", "운영비", "교통·주차"]]
    render_table(d, c, ["분야", "건수", "처리 방향"], rows, pick_style(c, ["pipe", "box", "tab", "space", "dash", "csv"]))
    d.nl()
    d.t("□ 주요 내용").nl()
    d.t(f"  ○ 노후 경로당 {r.randint(3, 15)}개소 시설 정비 및 유지보수 예산 {c.won(r.randint(50, 300) * 1000000)} 편성").nl()
    d.t("  ○ 장애인 어르신 이용 편의를 위하여 출입구 경사로 설치 추진").nl()
    d.t("  ○ 혹서기 무더위쉼터 운영 안내 및 냉방비 지원").nl()
    hard_neg_block(d, c, "senior")
    footer_report(d, c)
    return title, "결과보고", "public", [], d


# ---- letters of thanks (multi-recipient) -------------------------------------------


def kind_thanks_letter(c):
    r = c.r
    c.dept = r.choice(DEPTS["volunteer"] + DEPTS["award"])
    officials(c)
    title, event = r.choice([("자원봉사자 감사서한 발송", "어르신 급식 현장에서"), ("수해 복구 봉사자 감사 서한 발송 계획", "집중호우로 피해를 입은 이웃을 위하여"),
                             ("연말 나눔 기부자 감사편지 발송", "연말 김장 나눔 행사에서"), ("폭염 대비 방역 자원봉사자 감사장 수여", "무더위 속 방역 현장에서"),
                             ("산불 진화 지원 봉사자 감사 서한", "산불 진화 현장 급식 지원으로")])
    d = Doc()
    header_report(d, c, title)
    d.t("□ 서한문(안)").nl()
    ppl = [Person(c, r.choice(["adult", "old", "young"]), foreign=r.random() < 0.05) for _ in range(r.randint(3, 8))]
    p0 = ppl[0]
    v = r.randrange(3)
    if v == 0:
        d.t("  ", p0.n(), r.choice([" 님께", " 님 귀하", " 선생님께"])).nl(2)
    elif v == 1:
        d.t("  존경하는 ", p0.n(), " 님,").nl(2)
    else:
        gname = p0.plain[1:] if len(p0.plain) == 3 and not p0.foreign and all(0xAC00 <= ord(ch) <= 0xD7A3 for ch in p0.plain) else None
        if gname:
            d.t("  ", [(gname, "PERSON")], " 님, 안녕하세요.").nl(2)
        else:
            d.t("  ", p0.n(), " 님께").nl(2)
    d.t(f"  지난 {c.past(10, 120)} {event} 보여주신 헌신에 {c.gu} 주민을 대표하여 깊이 감사드립니다.").nl()
    d.t(f"  당신의 따뜻한 손길이 {c.gu}를 더 살기 좋은 곳으로 만들고 있습니다.").nl(2)
    d.t(f"  {c.docdate(2)}").nl()
    d.t(f"  {c.gu}청장 {c.head_name}" if c.lvl == "구" else f"  {c.gu}장 {c.head_name}").nl(2)
    d.t("□ 발송 대상").nl()
    cols = ["연번", r.choice(["성명", "받는 분", "수신인"]), r.choice(["주소", "배송지", "우편 주소"]), r.choice(["연락처", "휴대폰"]), "활동"]
    rows = []
    for i, p in enumerate(ppl):
        rows.append([[str(i + 1)], p.n(), p.ad(), p.ph(), [r.choice(ACTS)]])
    render_table(d, c, cols, rows, pick_style(c))
    d.nl()
    d.t(f"□ 발송 방법: 등기우편 (우편료 {c.won(len(ppl) * 2530)}), 감사장 동봉").nl()
    footer_report(d, c)
    return title, "서한 발송", "partial", [6], d


def kind_security(c):
    r = c.r
    c.dept = r.choice(["비상대비과", "안전총괄과", "민방위과"])
    officials(c)
    title = f"{c.year}년 통합방위 유공 민간인 표창 추천(작전 관련)"
    d = Doc()
    header_gian(d, c, title)
    d.t(f"1. {r.choice(['제52보병사단', '수도방위사령부 예하 부대', '제56보병사단'])} 요청에 따라 통합방위 유공 민간인 표창 대상자를 추천합니다.").nl()
    d.t("2. 추천 사유에는 국가중요시설 방호 계획, 예비군 동원 경로 및 대공 감시 초소 위치가 포함되어 있음.").nl()
    d.t(f"  가. 관련 시설: 국가중요시설 {r.choice(['가', '나', '다'])}급 {r.randint(2, 5)}개소 방호 지원 (좌표 별첨)").nl()
    ppl = [Person(c) for _ in range(r.randint(1, 3))]
    for i, p in enumerate(ppl):
        d.t(f"  {'나다라'[i]}. 추천 대상: ", p.n(), " (", r.choice(["예비군 소대장", "민간 대공감시원", "통합방위협의회 위원"]), ", ", p.b(), ")").nl()
    d.t("붙임  작전지역 방호 현황 1부.  끝.").nl()
    footer_gian(d, c, "비공개(2)")
    return title, "추천", "nonpublic", [2, 6], d


KINDS_PARTIAL = [(kind_award_list, 13), (kind_volunteer_hours, 14), (kind_volunteer_drivers, 6), (kind_honor, 8), (kind_council, 13),
                 (kind_allowance, 13), (kind_scholar, 11), (kind_contest, 12), (kind_senior, 11), (kind_thanks_letter, 7)]
KINDS_PUBLIC = [(kind_award_plan_public, 1), (kind_volunteer_stats_public, 1), (kind_council_recruit_public, 1), (kind_scholar_plan_public, 1),
                (kind_contest_plan_public, 1), (kind_senior_public, 1)]
KINDS_NONPUBLIC = [(kind_gongjeok_single, 5), (kind_volunteer_cert_single, 3), (kind_award_review, 2), (kind_volunteer_fraud, 1), (kind_audit_ongoing, 2),
                   (kind_scholar_review, 1), (kind_contest_tradesecret, 1), (kind_security, 0.5)]


def make_doc(rng, idx, seed):
    c = Ctx(rng)
    x = rng.random()
    pool = KINDS_PUBLIC if x < 0.2 else (KINDS_NONPUBLIC if x < 0.335 else KINDS_PARTIAL)
    fn = rng.choices([k for k, _ in pool], [w for _, w in pool])[0]
    title, doc_type, grade, grounds, d = fn(c)
    title_pieces = flat(title)
    title = ptext(title_pieces)
    if title not in ptext(d.parts) or any(isinstance(p, tuple) for p in title_pieces):
        d.parts = flat(title_pieces) + ["\n\n"] + d.parts
    text, ents = d.build()
    if not ents and grade == "partial":
        grade, grounds = "public", []
    if ents and grade == "public":
        raise AssertionError("public doc with entities: " + fn.__name__)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["text"] == e["text"].strip(), e
    return {
        "id": f"{FAMILY}-{seed}-{idx}",
        "lang": "ko",
        "title": title,
        "department": f"{c.city_full} {c.dept}" if c.lvl == "구" else f"{c.sido} {c.gu} {c.dept}",
        "doc_type": doc_type,
        "approved_at": c.iso(),
        "drafter": c.drafter,
        "approver": c.approver,
        "approver_rank": c.approver_rank,
        "text": text,
        "entities": ents,
        "grade": grade,
        "grounds": grounds,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    docs = [make_doc(rng, i, a.seed) for i in range(a.n)]
    for doc in docs:
        for e in doc["entities"]:
            assert doc["text"][e["start"]:e["end"]] == e["text"]
    with open(a.out, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
