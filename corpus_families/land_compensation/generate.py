#!/usr/bin/env python3
"""Generator for the `land_compensation` document family.

Land and building papers of a Korean city / district office: 보상협의 요청,
토지·물건 조서, 수용재결 신청, 건축허가·민원 처리 결과, 도시계획시설 주민 의견
청취 결과, 무허가 건축물 철거 계고, 상속인 확인, 공시송달, plus status reports and
internal reviews.  Standard library only, deterministic for a given seed.

    python3 generate.py --n 200 --seed 1 --out docs.jsonl

Annotation rules used here (GUIDELINE.md, as applied to this family):
  * owners, co-owners, heirs, deceased registered owners, tenants, complainants,
    attorneys acting for an owner -> PERSON; officials in role stay visible;
  * the owner's residential address (주소 column, 최종 주소, 거주지) -> ADDRESS;
    a parcel (지번) that is only the object of the project (전, 답, 임야, 창고부지)
    stays visible; a location that the text presents as where a private person
    lives (건축주 거주, 소유자 거주 주택) -> ADDRESS;
  * compensation amounts, shares (지분), areas, parcel numbers, statute numbers,
    notice numbers, office lines and public owners (국, 시, 구, LH ...) stay visible.
"""
import argparse
import datetime as dt
import json
import random
import unicodedata

FAMILY = "land_compensation"

# --------------------------------------------------------------------------
# text builder that records spans


class B:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []

    def t(self, x):
        self.buf.append(x)
        self.n += len(x)
        return self

    def e(self, x, label):
        if label:
            self.ents.append({"start": self.n, "end": self.n + len(x), "label": label, "text": x})
        return self.t(x)

    def g(self, segs):
        for x, lab in segs:
            self.e(x, lab)
        return self

    def nl(self, k=1):
        return self.t("\n" * k)

    def text(self):
        return "".join(self.buf)


def T(x):
    return [(x, None)]


def E(x, lab):
    return [(x, lab)]


def stext(segs):
    return "".join(x for x, _ in segs)


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def has_batchim(w):
    for c in reversed(w):
        if "가" <= c <= "힣":
            return (ord(c) - 0xAC00) % 28 != 0
        if c.isdigit():
            return c in "013678"
        if c.isalpha():
            return False
    return False


def josa(w, pair):
    a, b = pair.split("/")
    return a if has_batchim(w) else b


# --------------------------------------------------------------------------
# vocabularies

SURNAMES = ("김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 "
            "유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 류 나 진 지 엄 채 원 천 방 공 "
            "현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 모 탁 "
            "국 어 은 편 용 예 경 봉 사 부 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 시 견").split()
SURNAMES2 = ["남궁", "독고", "사공", "황보", "제갈", "선우", "서문", "동방"]
GIVEN_SYL = list("민준서연지우현수영호진성혜은정희경숙자순철석재동상미아윤하도태종광명옥남길용훈주원기찬선보유예채소나다린율건혁승규한빈덕만식환봉춘")
OLD_GIVEN = ["순자", "영자", "말순", "옥순", "정자", "춘자", "복순", "길례", "점례", "분이", "귀남", "막례",
             "판순", "끝순", "순덕", "봉남", "만석", "덕수", "칠성", "용팔", "상철", "영식", "병호", "종태"]
ONE_GIVEN = ["혁", "결", "솔", "린", "훈", "별", "찬", "웅", "담", "건", "율", "현"]
H_SUR = {"김": "金", "이": "李", "박": "朴", "최": "崔", "정": "鄭", "강": "姜", "조": "趙", "윤": "尹",
         "장": "張", "임": "林", "한": "韓", "오": "吳", "서": "徐", "신": "申", "권": "權", "황": "黃",
         "안": "安", "송": "宋", "홍": "洪", "유": "柳", "고": "高", "문": "文", "양": "梁", "손": "孫",
         "배": "裵", "백": "白", "허": "許", "남": "南", "노": "盧", "하": "河", "곽": "郭", "성": "成"}
H_GIV = {"영": "英", "수": "秀", "순": "順", "자": "子", "재": "在", "석": "錫", "민": "敏", "준": "俊",
         "현": "賢", "호": "浩", "철": "哲", "숙": "淑", "희": "姬", "정": "貞", "미": "美", "경": "京",
         "성": "成", "진": "珍", "혜": "惠", "은": "恩", "동": "東", "상": "相", "기": "基", "용": "龍",
         "태": "泰", "종": "鍾", "우": "宇", "병": "炳", "광": "光", "명": "明", "옥": "玉", "남": "男",
         "길": "吉", "춘": "春", "복": "福", "말": "末", "례": "禮", "덕": "德", "만": "萬", "식": "植",
         "환": "煥", "규": "奎", "분": "粉", "귀": "貴"}
FOREIGN = [("왕웨이", "WANG WEI"), ("리우양", "LIU YANG"), ("장샤오린", "ZHANG XIAOLIN"),
           ("응우옌 티 투", "NGUYEN THI THU"), ("쩐 반 흐엉", "TRAN VAN HUONG"),
           ("마리아 산토스", "Maria Santos"), ("존 스미스", "John Smith"), ("다니엘 리", "Daniel Lee"),
           ("세라 오코너", "Sarah O'Connor"), ("아나스타시야 박", "Anastasiya Pak"),
           ("타나카 유키", "TANAKA YUKI"), ("바트어르길", "BAT-ORGIL"), ("로버트 김", "Robert Kim")]
MASKED = ["김○○", "이○수", "박OO", "최○○", "정**", "A씨", "B씨", "홍○동", "○○○", "윤○희", "甲", "乙"]

SEOUL = [
    # name, short, head, office addr, zip, tel prefix, domain, dongs, roads
    ("서울특별시 은평구", "은평구", "은평구청장", "서울특별시 은평구 은평로 195", "03354", "02-351-", "ep.go.kr",
     ["진관동", "구파발동", "갈현동", "불광동", "수색동"], ["진관2로", "통일로", "연서로", "불광로", "갈현로"]),
    ("서울특별시 강서구", "강서구", "강서구청장", "서울특별시 강서구 화곡로 302", "07658", "02-2600-", "gangseo.seoul.kr",
     ["마곡동", "방화동", "개화동", "오곡동", "과해동"], ["화곡로", "강서로", "공항대로", "까치산로", "등촌로"]),
    ("서울특별시 성북구", "성북구", "성북구청장", "서울특별시 성북구 보문로 168", "02848", "02-2241-", "sb.go.kr",
     ["정릉동", "장위동", "석관동", "길음동", "돈암동"], ["보문로", "정릉로", "동소문로", "아리랑로", "화랑로"]),
    ("서울특별시 노원구", "노원구", "노원구청장", "서울특별시 노원구 노해로 437", "01689", "02-2116-", "nowon.kr",
     ["상계동", "중계동", "월계동", "공릉동", "하계동"], ["동일로", "노해로", "상계로", "한글비석로", "공릉로"]),
    ("서울특별시 관악구", "관악구", "관악구청장", "서울특별시 관악구 관악로 145", "08832", "02-879-", "gwanak.go.kr",
     ["신림동", "봉천동", "남현동"], ["관악로", "봉천로", "남부순환로", "신림로", "난곡로"]),
    ("서울특별시", "서울시", "서울특별시장", "서울특별시 중구 세종대로 110", "04524", "02-2133-", "seoul.go.kr",
     ["내곡동", "세곡동", "항동", "고덕동", "신내동"], ["서초구 헌릉로", "구로구 서해안로", "강동구 고덕로", "중랑구 신내로"]),
    ("경기도 고양시", "고양시", "고양시장", "경기도 고양시 덕양구 고양시청로 10", "10475", "031-8075-", "goyang.go.kr",
     ["덕은동", "향동동", "지축동", "풍동", "식사동"], ["중앙로", "호수로", "화중로", "고양대로"]),
    ("경기도 성남시", "성남시", "성남시장", "경기도 성남시 중원구 성남대로 997", "13437", "031-729-", "seongnam.go.kr",
     ["금토동", "시흥동", "고등동", "복정동", "대장동"], ["판교로", "황새울로", "성남대로", "수정로"]),
    ("경기도 화성시", "화성시", "화성시장", "경기도 화성시 남양읍 시청로 159", "18338", "031-5189-", "hscity.go.kr",
     ["봉담읍 상리", "비봉면 양노리", "향남읍 구문천리", "매송면 어천리"], ["동탄대로", "봉담읍 동화길", "향남로"]),
    ("경기도 파주시", "파주시", "파주시장", "경기도 파주시 시청로 50", "10932", "031-940-", "paju.go.kr",
     ["문산읍 선유리", "파평면 금파리", "조리읍 봉일천리", "월롱면 덕은리"], ["문향로", "중앙로", "통일로"]),
]

RES_REGIONS = [
    ("서울특별시", "서울", "서울시", ["은평구", "강서구", "마포구", "송파구", "관악구", "동작구", "중랑구", "양천구", "도봉구", "강동구"],
     ["통일로", "화곡로", "성산로", "오금로", "봉천로", "상도로", "망우로", "목동동로", "도봉로", "천호대로", "양재대로"],
     ["불광동", "화곡동", "망원동", "가락동", "봉천동", "상도동", "면목동", "신정동", "창동", "천호동"]),
    ("경기도", "경기", "경기도", ["고양시 일산동구", "성남시 분당구", "수원시 팔달구", "용인시 수지구", "부천시", "남양주시", "김포시", "의정부시"],
     ["중앙로", "정자일로", "효원로", "풍덕천로", "길주로", "경춘로", "김포한강로", "시민로"],
     ["장항동", "정자동", "인계동", "풍덕천동", "중동", "다산동", "장기동", "의정부동"]),
    ("부산광역시", "부산", "부산시", ["해운대구", "수영구", "동래구"], ["해운대로", "수영로", "충렬대로"], ["우동", "광안동", "온천동"]),
    ("대전광역시", "대전", "대전시", ["서구", "유성구"], ["둔산로", "대학로", "계룡로"], ["둔산동", "봉명동", "월평동"]),
    ("충청남도", "충남", "충청남도", ["천안시 동남구", "아산시", "당진시"], ["충절로", "배방로", "당진중앙2로"], ["신부동", "배방읍", "읍내동"]),
    ("전북특별자치도", "전북", "전라북도", ["전주시 완산구", "익산시"], ["효자로", "인북로"], ["효자동", "영등동"]),
    ("경상남도", "경남", "경상남도", ["창원시 성산구", "김해시"], ["중앙대로", "김해대로"], ["상남동", "내동"]),
    ("인천광역시", "인천", "인천시", ["부평구", "연수구", "서구"], ["부평대로", "컨벤시아대로", "청라대로"], ["부평동", "송도동", "청라동"]),
    ("제주특별자치도", "제주", "제주도", ["제주시", "서귀포시"], ["연삼로", "중앙로"], ["연동", "서귀동"]),
]
APTS = ["래미안", "힐스테이트", "푸르지오", "자이", "현대", "삼성", "한신", "주공", "벽산", "우성", "신동아", "롯데캐슬", "e편한세상", "두산위브", "한양수자인"]
VILLAS = ["그린빌라", "한마음빌라", "청솔맨션", "동산연립", "해오름빌", "대원하이츠"]

BANKS = [("국민은행", "6-2-6"), ("KB국민은행", "6-2-6"), ("신한은행", "3-3-6"), ("우리은행", "4-3-6"),
         ("농협", "3-4-4-2"), ("NH농협은행", "6-2-6"), ("하나은행", "3-6-5"), ("IBK기업은행", "3-6-2-3"),
         ("우체국", "6-2-6"), ("새마을금고", "4-2-6-1"), ("수협은행", "3-2-6"), ("카카오뱅크", "4-2-7"),
         ("지역농협", "3-4-4-2"), ("부산은행", "3-4-4-2")]

APPRAISERS = [("㈜태평양감정평가법인", "214-81-33520"), ("㈜제일감정평가법인", "116-81-20951"),
              ("대한감정평가법인㈜", "220-86-11408"), ("㈜가람감정평가법인", "120-87-55321"),
              ("㈜하나감정평가법인", "105-86-71204"), ("㈜대화감정평가법인", "211-88-40612")]
COMPANIES = [("㈜한결건설", "123-81-45678", "02-555-1204"), ("주식회사 대성산업", "214-86-10293", "02-3471-8800"),
             ("㈜우림개발", "131-81-77410", "032-860-4100"), ("동원종합건설㈜", "609-81-22418", "1588-2270"),
             ("㈜새롬에너지", "409-81-33019", "062-950-3300"), ("㈜미래로지스", "135-86-90024", "031-8039-7000"),
             ("유한회사 정림산업", "312-81-00487", "041-551-2040")]
PUBLIC_OWNERS = ["국(기획재정부)", "국(국토교통부)", "국(환경부)", "서울특별시", "한국토지주택공사", "LH",
                 "한국농어촌공사", "한국도로공사", "국가철도공단", "경기주택도시공사"]
PUBLIC_ADDR = {"국(기획재정부)": "세종특별자치시 갈매로 477", "국(국토교통부)": "세종특별자치시 도움6로 11",
               "국(환경부)": "세종특별자치시 도움6로 11", "서울특별시": "서울특별시 중구 세종대로 110",
               "한국토지주택공사": "경상남도 진주시 충의로 19", "LH": "경상남도 진주시 충의로 19",
               "한국농어촌공사": "전라남도 나주시 빛가람로 656", "한국도로공사": "경상북도 김천시 혁신8로 77",
               "국가철도공단": "대전광역시 동구 중앙로 242", "경기주택도시공사": "경기도 수원시 영통구 광교중앙로 (GH 본사)"}
CLANS = ["김해김씨 삼현파 종중", "밀양박씨 규정공파 종중", "전주이씨 효령대군파 ○○종회", "경주최씨 관가정공파 종중",
         "재단법인 대한예수교장로회 ○○교회 유지재단", "사단법인 ○○노인회"]
JIMOK = ["전", "답", "대", "임야", "잡종지", "과수원", "도로", "구거", "창고용지"]
OBJECTS = [("주거용 건축물(블록조 슬레이트)", "㎡"), ("창고(샌드위치패널)", "㎡"), ("비닐하우스(철파이프)", "㎡"),
           ("감나무(근원직경 15㎝)", "주"), ("은행나무(흉고 20㎝)", "주"), ("담장(블록조)", "m"),
           ("지하수 관정(소형)", "공"), ("축사(조립식)", "㎡"), ("컨테이너(3×6m)", "동"), ("정화조(FRP 10인용)", "개")]
RELATIONS = ["배우자", "자", "자녀", "장남", "장녀", "차남", "차녀", "삼남", "손자(대습상속)", "손녀(대습상속)", "형제", "조카"]
HEALTH = ["치매(알츠하이머형) 진단", "지체장애 2급", "뇌병변장애(심한 장애)", "파킨슨병으로 요양병원 입원 중",
          "폐암 4기 투병 중", "뇌경색 후유증으로 거동 불가", "시각장애 1급", "중증 우울증 치료 중",
          "만성신부전으로 주 3회 혈액투석 중", "고관절 골절 수술 후 재활 치료 중"]
LAWS = ["「공익사업을 위한 토지 등의 취득 및 보상에 관한 법률」", "「토지보상법」"]
LAWNO = ["법률 제19117호", "법률 제18828호", "법률 제20243호", "대통령령 제33621호", "법률 제17453호"]
LAWDATE = ["2022. 12. 27.", "2022. 2. 3.", "2024. 2. 6.", "2023. 6. 20.", "2020. 6. 9."]
PROJ_T = ["{d} 근린공원 조성사업", "도시계획도로(중로2-{n}호선) 개설공사", "{d} 공영주차장 건립사업",
          "{s} 생태하천 복원사업", "{d} 공공청사 부지 확보사업", "도시계획도로(소로3-{n}호선) 확장공사",
          "{d} 어린이공원 조성사업", "{d} 배수지 및 송수관로 설치사업", "{d} 체육공원 조성사업",
          "{d} 교차로 구조개선사업"]
STREAMS = ["창릉천", "구파발천", "정릉천", "당현천", "도림천", "탄천", "곡릉천", "황구지천", "문산천", "개화천"]


# --------------------------------------------------------------------------
# value generators


def given(rng):
    r = rng.random()
    if r < 0.2:
        return rng.choice(OLD_GIVEN)
    if r < 0.27:
        return rng.choice(ONE_GIVEN)
    a, b = rng.choice(GIVEN_SYL), rng.choice(GIVEN_SYL)
    while a == b:
        b = rng.choice(GIVEN_SYL)
    return a + b


def surname(rng):
    return rng.choice(SURNAMES2) if rng.random() < 0.08 else rng.choice(SURNAMES)


def plain_name(rng):
    return surname(rng) + given(rng)


def person(rng, allow_foreign=True, style=None):
    """Return the surface form of a private person's name."""
    r = rng.random() if style is None else style
    if allow_foreign and r < 0.05:
        h, l = rng.choice(FOREIGN)
        return rng.choice([h, h, l])
    if r < 0.11:
        s = rng.choice(list(H_SUR))
        g = "".join(rng.choice(list(H_GIV)) for _ in range(2))
        return H_SUR[s] + "".join(H_GIV[c] for c in g)
    if r < 0.17:
        s, g = surname(rng), given(rng)
        if len(g) == 2 and rng.random() < 0.5:
            return s + " " + g[0] + " " + g[1]
        return s + " " + g
    return plain_name(rng)


def official(rng):
    return plain_name(rng)


def rrn(rng, foreign=False, year=None):
    y = year or rng.randint(1935, 1999)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    front = "%02d%02d%02d" % (y % 100, m, d)
    if foreign:
        g = rng.choice("56") if y < 2000 else rng.choice("78")
    else:
        g = rng.choice("12") if y < 2000 else rng.choice("34")
    back = g + "".join(str(rng.randint(0, 9)) for _ in range(6))
    st = rng.random()
    if st < 0.55:
        return front + "-" + back
    if st < 0.7:
        return front + back
    if st < 0.8:
        return front + " - " + back
    return front + "-" + g + "******"


def mobile(rng):
    a, b = rng.randint(1000, 9999), rng.randint(1000, 9999)
    st = rng.random()
    if st < 0.5:
        return "010-%d-%d" % (a, b)
    if st < 0.62:
        return "010 %d %d" % (a, b)
    if st < 0.74:
        return "010%d%d" % (a, b)
    if st < 0.84:
        return "010.%d.%d" % (a, b)
    if st < 0.92:
        return "+82-10-%d-%d" % (a, b)
    return "(010)%d-%d" % (a, b)


def home_line(rng):
    area = rng.choice(["02", "031", "032", "041", "051", "063"])
    mid = rng.randint(300, 999) if area != "02" else rng.randint(300, 9999)
    v = "%s-%d-%04d" % (area, mid, rng.randint(0, 9999))
    return v if rng.random() < 0.8 else "(%s)%d-%04d" % (area, mid, rng.randint(0, 9999))


def email(rng, name_hint=""):
    ids = ["hong.gd", "minsu82", "ksj0412", "parkland", "leeys1957", "jhkim_77", "wooyoung.c", "sunny_lim",
           "ddolmi", "goodland21", "yh.seo", "bjy1960", "namgoong.h", "haneul_j", "jinkwan88"]
    dom = rng.choice(["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com"])
    return rng.choice(ids) + (str(rng.randint(1, 99)) if rng.random() < 0.4 else "") + "@" + dom


def account(rng):
    bank, pat = rng.choice(BANKS)
    parts = [int(p) for p in pat.split("-")]
    num = "-".join("".join(str(rng.randint(0, 9)) for _ in range(k)) for k in parts)
    if rng.random() < 0.12:
        num = num.replace("-", "")
    return bank, num


def passport(rng):
    if rng.random() < 0.6:
        return "M" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return "M%03d%s%04d" % (rng.randint(0, 999), rng.choice("ABCDEFGH"), rng.randint(0, 9999))


def driver(rng):
    core = "%02d-%06d-%02d" % (rng.randint(10, 28), rng.randint(0, 999999), rng.randint(10, 99))
    if rng.random() < 0.6:
        return "%02d-" % rng.choice([11, 12, 13, 14, 15, 16, 28]) + core
    return rng.choice(["서울", "경기", "부산", "충남"]) + " " + core


def plate(rng):
    h = rng.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호")
    st = rng.random()
    if st < 0.5:
        return "%d%s%04d" % (rng.randint(10, 99), h, rng.randint(1000, 9999))
    if st < 0.8:
        return "%d%s %04d" % (rng.randint(100, 399), h, rng.randint(1000, 9999))
    return "%s%d%s%04d" % (rng.choice(["서울", "경기", "인천"]), rng.randint(10, 99), h, rng.randint(1000, 9999))


def ip(rng):
    return "%d.%d.%d.%d" % (rng.choice([211, 175, 121, 39, 118, 223, 58]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def res_address(rng, unit_only=False):
    """A private residential address."""
    if unit_only:
        return "%d동 %d호" % (rng.randint(101, 125), rng.randint(1, 25) * 100 + rng.randint(1, 8))
    sido, s2, s3, gus, roads, dongs = rng.choice(RES_REGIONS)
    sd = rng.choice([sido, sido, s2, s3])
    gi = rng.randrange(len(gus))
    gu = gus[gi]
    road = rng.choice(roads)
    dong = dongs[min(gi, len(dongs) - 1)]
    st = rng.random()
    if st < 0.35:
        apt = rng.choice(APTS)
        return "%s %s %s %d, %d동 %d호 (%s, %s아파트)" % (sd, gu, road, rng.randint(2, 480), rng.randint(101, 125),
                                                     rng.randint(1, 25) * 100 + rng.randint(1, 8), dong, apt)
    if st < 0.55:
        return "%s %s %s%d길 %d" % (sd, gu, road, rng.randint(1, 40), rng.randint(2, 99))
    if st < 0.72:
        return "%s %s %s %d-%d, %s %d호" % (sd, gu, road, rng.randint(10, 300), rng.randint(1, 30),
                                          rng.choice(VILLAS), rng.choice([101, 102, 201, 202, 301, 302, 401]))
    if st < 0.87:
        return "%s %s %s %d-%d" % (sd, gu, dong, rng.randint(1, 999), rng.randint(1, 40))
    rural = rng.choice(["경기도 파주시 파평면 금파리", "충청남도 당진시 합덕읍 운산리", "전라남도 해남군 화산면 관동리",
                        "경상북도 의성군 봉양면 도리원리", "강원특별자치도 홍천군 서석면 풍암리", "충청북도 괴산군 청천면 도원리"])
    return "%s %d" % (rural, rng.randint(1, 999)) + (("-%d" % rng.randint(1, 9)) if rng.random() < 0.5 else "")


def lot_no(rng):
    if rng.random() < 0.15:
        return "산%d-%d" % (rng.randint(1, 150), rng.randint(1, 30))
    if rng.random() < 0.3:
        return str(rng.randint(1, 999))
    return "%d-%d" % (rng.randint(1, 999), rng.randint(1, 60))


def fmt_date(rng, d, style=None):
    st = rng.randrange(6) if style is None else style
    if st == 0:
        return "%d. %d. %d." % (d.year, d.month, d.day)
    if st == 1:
        return d.isoformat()
    if st == 2:
        return "%d년 %d월 %d일" % (d.year, d.month, d.day)
    if st == 3:
        return "'%02d.%d.%d." % (d.year % 100, d.month, d.day)
    if st == 4:
        return "%d.%02d.%02d." % (d.year, d.month, d.day)
    return "%d. %d. %d." % (d.year, d.month, d.day)


def birth_str(rng, y=None):
    y = y or rng.randint(1932, 1995)
    d = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    st = rng.randrange(4)
    if st == 0:
        return "%d. %d. %d." % (d.year, d.month, d.day)
    if st == 1:
        return d.isoformat()
    if st == 2:
        return "%d년 %d월 %d일" % (d.year, d.month, d.day)
    return "%d.%02d.%02d" % (d.year, d.month, d.day)


def won(rng, lo, hi):
    v = rng.randint(lo, hi) * 1000
    st = rng.random()
    if st < 0.6:
        return "{:,}원".format(v)
    if st < 0.8:
        return "금{:,}원".format(v)
    return "{:,}천원".format(v // 1000)


def area(rng):
    return "{:,.1f}".format(rng.randint(80, 35000) / 10) if rng.random() < 0.6 else "{:,}".format(rng.randint(12, 4200))


def share(rng):
    return rng.choice(["1/2", "1/3", "2/3", "1/4", "3/4", "2/5", "3/7", "지분 1/2", "단독", "전부", "150/600", "3/11"])


# --------------------------------------------------------------------------
# table rendering


def table(b, rng, headers, rows, style=None):
    style = style or rng.choice(["pipe", "box", "tsv", "records", "bullets", "cols"])
    rows = [[c if isinstance(c, list) else T(str(c)) for c in r] for r in rows]
    if style == "pipe":
        b.t("| " + " | ".join(headers) + " |\n")
        if rng.random() < 0.75:
            b.t("|" + "|".join(rng.choice(["---", "----", ":---:"]) for _ in headers) + "|\n")
        for r in rows:
            b.t("| ")
            for j, c in enumerate(r):
                if j:
                    b.t(" | ")
                b.g(c)
            b.t(" |\n")
    elif style == "box":
        w = [max([dw(h)] + [dw(stext(r[j])) for r in rows]) for j, h in enumerate(headers)]
        b.t("┌" + "┬".join("─" * (x + 2) for x in w) + "┐\n")
        b.t("│" + "│".join(" " + h + " " * (w[j] - dw(h)) + " " for j, h in enumerate(headers)) + "│\n")
        b.t("├" + "┼".join("─" * (x + 2) for x in w) + "┤\n")
        for r in rows:
            b.t("│")
            for j, c in enumerate(r):
                if j:
                    b.t("│")
                b.t(" ").g(c).t(" " * (w[j] - dw(stext(c))) + " ")
            b.t("│\n")
        b.t("└" + "┴".join("─" * (x + 2) for x in w) + "┘\n")
    elif style == "tsv":
        b.t("\t".join(headers) + "\n")
        for r in rows:
            for j, c in enumerate(r):
                if j:
                    b.t("\t")
                b.g(c)
            b.nl()
    elif style == "records":
        mark = rng.choice(["{i}.", "({i})", "{i})", "[{i}]"])
        multi = rng.random() < 0.5
        for i, r in enumerate(rows, 1):
            b.t(mark.format(i=i) + " ")
            for j, (h, c) in enumerate(zip(headers, r)):
                if multi:
                    if j:
                        b.t("   ")
                    b.t(h + " : ").g(c).nl()
                else:
                    if j:
                        b.t(", ")
                    b.t(h + ": ").g(c)
            if not multi:
                b.nl()
    elif style == "bullets":
        bullet = rng.choice(["○", "-", "•", "▪", "·"])
        b.t("※ 항목: " + " / ".join(headers) + "\n")
        for r in rows:
            b.t(bullet + " ")
            for j, c in enumerate(r):
                if j:
                    b.t(" / ")
                b.g(c)
            b.nl()
    else:  # cols
        w = [max([dw(h)] + [dw(stext(r[j])) for r in rows]) for j, h in enumerate(headers)]
        b.t("  ".join(h + " " * (w[j] - dw(h)) for j, h in enumerate(headers)).rstrip() + "\n")
        b.t("-" * (sum(w) + 2 * (len(w) - 1)) + "\n")
        for r in rows:
            for j, c in enumerate(r):
                if j:
                    b.t("  ")
                b.g(c)
                if j < len(r) - 1:
                    b.t(" " * (w[j] - dw(stext(c))))
            b.nl()
    return style


# --------------------------------------------------------------------------
# document context


class Ctx:
    def __init__(self, rng, dept_choices):
        (self.city, self.short, self.head, self.addr, self.zip, self.tel, self.dom,
         self.dongs, self.roads) = rng.choice(SEOUL)
        self.gov = "시" if self.short.endswith("시") else "구"
        self.dept = rng.choice(dept_choices)
        self.team = rng.choice(DEPT_TEAMS.get(self.dept, ["총괄팀"]))
        self.o1, self.o2, self.o3 = official(rng), official(rng), official(rng)
        self.date = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 480))
        self.dong = rng.choice(self.dongs)
        dshort = self.dong.split()[-1]
        pt = rng.choice(PROJ_T)
        self.project = pt.format(d=dshort, n=rng.randint(11, 420), s=rng.choice(STREAMS))
        yr = self.date.year - rng.choice([0, 1, 1, 2])
        if self.short == "서울시":
            gosi = "서울특별시고시"
        elif self.gov == "시":
            gosi = self.short + " 고시"
        else:
            gosi = rng.choice(["서울특별시고시", self.short + " 고시"])
        self.gosi = "%s 제%d-%d호" % (gosi, yr, rng.randint(12, 640))
        self.gosi_date = dt.date(yr, rng.randint(1, 12), rng.randint(1, 28))
        self.docno = "%s-%d" % (self.dept, rng.randint(1200, 39999))
        self.phone = self.tel + "%04d" % rng.randint(1000, 9999)
        self.fax = self.tel + "%04d" % rng.randint(1000, 9999)
        self.mail = rng.choice(["", "", "land", "bosang", "archi", "upc", "jhkim", "sjlee"]) or \
            rng.choice(["kyh", "parkmj", "hsy2", "chlee", "bjw"]) + str(rng.randint(1, 99))
        self.mail += "@" + rng.choice([self.dom, "korea.kr", self.dom])
        self.chief_rank = rng.choice(["과장", "과장", "과장", "국장"])
        self.site = "www." + self.dom if not self.dom.endswith("seoul.go.kr") else "www.seoul.go.kr"

    def office_line(self, rng):
        return self.tel + "%04d" % rng.randint(1000, 9999)


def disclosure_label(rng, grade, grounds):
    if grade == "public":
        return rng.choice(["공개", "대시민공개", "공개"])
    if grade == "partial":
        return rng.choice(["부분공개(%s)" % ",".join(map(str, grounds)), "부분공개 (제9조제1항제6호)", "부분공개(6)"])
    return rng.choice(["비공개(%s)" % ",".join(map(str, grounds)),
                       "비공개 (제9조제1항제%s호)" % "·".join(map(str, grounds))])


def footer(b, rng, c, grade, grounds):
    st = rng.randrange(3)
    b.nl()
    if st == 0:
        chief = c.dept + "장" if c.chief_rank == "과장" else rng.choice(["도시관리국장", "도시계획국장", "주택국장", "안전건설국장"])
        b.t("기안자 주무관 %s   검토자 %s장 %s   결재권자 %s %s\n" % (c.o1, c.team, c.o2, chief, c.o3))
        b.t("협조자\n")
        b.t("시행 %s (%s)   접수\n" % (c.docno, fmt_date(rng, c.date, 0)))
        b.t("우 %s %s / %s\n" % (c.zip, c.addr, c.site))
        b.t("전화번호 %s   팩스번호 %s   %s   / %s\n" % (c.phone, c.fax, c.mail, disclosure_label(rng, grade, grounds)))
    elif st == 1:
        b.t("담당: %s %s 주무관 %s (☎ %s)\n" % (c.dept, c.team, c.o1, c.phone))
        b.t("팀장 %s  %s %s\n" % (c.o2, c.chief_rank, c.o3))
        b.t("문서번호: %s | 시행일: %s | 공개여부: %s\n" % (c.docno, fmt_date(rng, c.date), disclosure_label(rng, grade, grounds)))
    else:
        b.t("─" * 20 + "\n")
        b.t("%s %s  (담당 %s, %s, 전자우편 %s)\n" % (c.city, c.dept, c.o1, c.phone, c.mail))
        b.t("%s / %s\n" % (c.docno, disclosure_label(rng, grade, grounds)))


def law(rng):
    return rng.choice(LAWS)


def lawcite(rng):
    i = rng.randrange(len(LAWNO))
    return "(%s, %s 개정)" % (LAWNO[i], LAWDATE[i])


# owners ---------------------------------------------------------------------


class Owner:
    def __init__(self, rng, kind="person"):
        self.kind = kind
        if kind == "person":
            self.name = person(rng)
            self.addr = res_address(rng)
            self.phone = mobile(rng) if rng.random() < 0.85 else home_line(rng)
        elif kind == "public":
            self.name = rng.choice(PUBLIC_OWNERS)
            self.addr = PUBLIC_ADDR.get(self.name, "-")
            if self.name.startswith("국(") and rng.random() < 0.5:
                self.addr = "관리청: " + self.name[2:-1]
            self.phone = None
        elif kind == "company":
            co = rng.choice(COMPANIES)
            self.name, self.bizno, self.phone = co
            self.addr = rng.choice(["서울특별시 강남구 테헤란로 %d (본점)" % rng.randint(100, 600),
                                    "경기도 성남시 분당구 판교역로 %d" % rng.randint(100, 250),
                                    "인천광역시 연수구 컨벤시아대로 %d" % rng.randint(60, 200)])
        else:  # clan / foundation
            self.name = rng.choice(CLANS)
            self.addr = "-"
            self.phone = None

    def name_segs(self):
        return E(self.name, "PERSON") if self.kind == "person" else T(self.name)

    def addr_segs(self):
        return E(self.addr, "ADDRESS") if self.kind == "person" else T(self.addr)


def owners(rng, n, private_ok=True, p_private=0.7):
    out = []
    for _ in range(n):
        if private_ok and rng.random() < p_private:
            out.append(Owner(rng, "person"))
        else:
            out.append(Owner(rng, rng.choice(["public", "public", "company", "clan"])))
    return out


def lotcell(c, rng):
    return "%s %s" % (c.short if rng.random() < 0.4 else c.city, c.dong)


# --------------------------------------------------------------------------
# document kinds. each returns dict(title, doc_type, grade, grounds) and fills b


def head_letter(b, rng, c, title_segs, to_segs, via=True):
    b.t(c.city + ("\n\n" if rng.random() < 0.5 else "\n"))
    b.t("수신  ").g(to_segs).nl()
    if via:
        b.t("(경유)\n")
    b.t("제목  ").g(title_segs).nl(2)


def k_consult(b, rng, c, mode):
    """보상협의 요청 (letter to an owner)."""
    public = mode == "public"
    own = Owner(rng, rng.choice(["public", "company"])) if public else Owner(rng, "person")
    co = [] if public or rng.random() < 0.5 else [Owner(rng, "person") for _ in range(rng.randint(1, 2))]
    n_req = rng.choice(["", "", "%d차 " % rng.randint(2, 3)])
    tw = rng.choice(["{p} 편입 토지 등 {n}보상협의 요청", "{n}손실보상 협의 요청({p})", "{p} 보상협의 안내 및 {n}협의 요청"])
    title = T(tw.format(p=c.project, n=n_req))
    voice = rng.choice(["letter", "letter", "kv", "prose"])
    grounds = [] if public else [6]
    grade = "public" if public else "partial"
    if mode == "nonpublic":
        grade, grounds = "nonpublic", [5, 6]
        title = T("%s 보상협의 경위 및 증액 요구 검토(내부 검토)" % c.project)
    if voice == "letter" and mode != "nonpublic":
        if own.kind == "person":
            to = own.name_segs() + T(rng.choice([" 귀하", " 님", " 귀하 (토지소유자)"]))
        else:
            to = T(own.name + rng.choice([" 보상담당 부서장", " 대표이사", "(관리청)"]))
        head_letter(b, rng, c, title, to)
    else:
        b.g(title).nl(2)
    d1 = c.date + dt.timedelta(days=rng.randint(3, 10))
    d2 = d1 + dt.timedelta(days=rng.choice([30, 30, 45, 60]))
    ds = rng.randrange(6)
    lots = [(lotcell(c, rng), lot_no(rng), rng.choice(JIMOK), area(rng), share(rng), won(rng, 2000, 900000)) for _ in range(rng.randint(1, 4))]
    if mode == "nonpublic":
        b.t("□ 개요\n")
        b.t("  ○ 사업명: %s (%s)\n" % (c.project, c.gosi))
        b.t("  ○ 대상: 협의 미성립 토지 %d필지, 소유자 " % len(lots)).g(own.name_segs())
        if co:
            b.t(" 외 %d인" % len(co))
        b.nl()
        b.t("□ 협의 경위\n")
        b.t("  - %s 1차 보상협의 요청 → 소유자 미응답\n" % fmt_date(rng, c.date - dt.timedelta(days=60), ds))
        b.t("  - %s 2차 협의 요청, 소유자가 보상금 30%% 증액 요구(연락처 " % fmt_date(rng, c.date - dt.timedelta(days=20), ds)).e(own.phone, "PHONE").t(")\n")
        b.t("  - 소유자 주장: 인근 거래사례 대비 감정평가액 과소, 재감정 요청\n")
        if rng.random() < 0.5:
            b.t("  - 소유자 ").g(own.name_segs()).t(josa(own.name, "은/는") + " 현재 ").e(rng.choice(HEALTH), "HEALTH_INFO").t("으로 가족이 대리 협의 중\n")
        b.t("□ 검토 의견(안)\n")
        b.t("  ○ 감정평가업체(%s, %s) 재평가 여부는 보상심의위원회 상정 후 결정 예정\n" % tuple(a[0] for a in rng.sample(APPRAISERS, 2)))
        b.t("  ○ 협의 불성립 시 %s 제28조에 따른 수용재결 신청 검토\n" % law(rng))
        b.t("  ※ 본 문서는 의사결정 과정 중인 내부 검토자료로 공개 시 협의 진행에 지장 우려\n")
        footer(b, rng, c, grade, grounds)
        return dict(title=stext(title), doc_type="내부 검토보고", grade=grade, grounds=grounds)
    if voice in ("letter", "prose"):
        b.t("1. " + (rng.choice(["귀 기관의 무궁한 발전을 기원합니다.", "평소 %s 행정에 협조하여 주신 데 감사드립니다." % c.short]) if public else
                     rng.choice(["귀 댁의 평안과 건승을 기원합니다.", "평소 %s 행정에 협조하여 주신 데 감사드립니다." % c.short,
                                 "귀하의 가정에 건강과 행복이 함께하시기를 바랍니다."])) + "\n")
        b.t("2. 우리 %s에서 시행하는 「%s」(%s, %s 고시)에 편입되는 " % (c.gov, c.project, c.gosi, fmt_date(rng, c.gosi_date, ds)))
        if own.kind == "person":
            b.t("귀하(").g(own.name_segs()).t(") 소유")
            if co:
                b.t(" 및 공유자 ")
                for i, o in enumerate(co):
                    if i:
                        b.t(", ")
                    b.g(o.name_segs())
                b.t(" 공동소유")
        else:
            b.t(("귀사(%s) 소유" if own.kind == "company" else "귀 기관(%s) 소유·관리") % own.name)
        b.t(" 토지 등에 대하여 %s 제16조 및 같은 법 시행령 제8조에 따라 아래와 같이 보상협의를 요청하오니 협의기간 내에 협조하여 주시기 바랍니다.\n" % law(rng))
        b.t("\n3. 보상 내역\n")
    else:
        b.t("■ 사업명: %s\n■ 사업인정(의제) 고시: %s\n■ 사업시행자: %s\n" % (c.project, c.gosi, c.head))
        b.t("■ 토지소유자: ").g(own.name_segs())
        if co:
            b.t(" (공유자: ")
            for i, o in enumerate(co):
                if i:
                    b.t(", ")
                b.g(o.name_segs())
            b.t(")")
        b.nl()
        b.t("■ 주소: ").g(own.addr_segs()).nl()
        if own.kind == "person" and rng.random() < 0.6:
            b.t("■ 연락처: ").e(own.phone, "PHONE").nl()
        if own.kind == "person" and rng.random() < 0.3:
            b.t("■ 전자우편(회신용): ").e(email(rng), "EMAIL").nl()
        b.t("■ 보상 내역\n")
    hdr = rng.choice([["소재지", "지번", "지목", "편입면적(㎡)", "지분", "보상금액"],
                      ["소 재 지", "지 번", "지목", "면적㎡", "소유지분", "보상금(원)"],
                      ["위치", "번지", "지목(현황)", "편입㎡", "지분", "금액"]])
    table(b, rng, hdr, [list(l) for l in lots])
    appr = rng.sample(APPRAISERS, 2)
    b.t("\n※ 보상금은 %s, %s 2개 감정평가법인의 평가액을 산술평균하여 산정하였습니다.\n" % (appr[0][0], appr[1][0]))
    cnt = [3]

    def nx():
        cnt[0] += 1
        return "■ " if voice == "kv" else "%d. " % cnt[0]
    b.t(nx() + "협의기간: %s ~ %s\n" % (fmt_date(rng, d1, ds), fmt_date(rng, d2, ds)))
    b.t(nx() + "협의장소: %s청 %d층 %s (%s)\n" % (c.short, rng.randint(2, 8), c.dept, c.addr))
    b.t(nx() + "구비서류: " + rng.choice(["인감증명서(부동산매도용) 1부, 신분증, 보상금 수령 통장 사본 1부",
                                    "인감도장, 인감증명서(매도용), 주민등록초본, 통장 사본",
                                    "등기권리증, 인감증명서, 신분증 사본, 입금 계좌 사본"]) + "\n")
    if own.kind == "person":
        r = rng.random()
        if r < 0.45:
            bank, num = account(rng)
            b.t(nx() + "보상금 입금 계좌(소유자 제출): %s " % bank).e(num, "BANK_ACCOUNT").t(" (예금주 ").g(own.name_segs()).t(")\n")
        elif r < 0.65:
            b.t(nx() + "협의 회신 시 소유자 본인 확인을 위해 주민등록번호(").e(rrn(rng), "KR_RRN").t(")를 기재한 보상금 청구서를 함께 제출하여 주시기 바랍니다.\n")
        if voice != "kv" and rng.random() < 0.5:
            b.t("   ※ 기재된 주소(").g(own.addr_segs()).t(")로 우편 송달하였으며, 주소 변경 시 알려주시기 바랍니다.\n")
        if voice != "kv" and rng.random() < 0.4:
            g = own.name.replace(" ", "")
            if len(g) == 3 and "가" <= g[0] <= "힣":
                b.t("   ※ 지난 %s 전화 문의 시 " % fmt_date(rng, c.date - dt.timedelta(days=5), ds)).e(g[1:], "PERSON").t(" 님께서 요청하신 감정평가서 열람은 협의기간 중 가능합니다.\n")
    b.t(nx() + "협의에 응하지 않을 경우 같은 법 제28조에 따라 관할 토지수용위원회에 재결을 신청하게 됨을 알려드립니다.\n")
    b.t(nx() + "기타 문의사항은 %s %s(☎ %s, %s)로 연락하여 주시기 바랍니다.\n" % (c.dept, c.team, c.phone, c.mail))
    b.t("\n붙임  1. 토지조서 1부.\n      2. 보상금 청구서 서식 1부.  끝.\n\n")
    b.t(c.head + "\n")
    footer(b, rng, c, grade, grounds)
    return dict(title=stext(title), doc_type=rng.choice(["보상협의 요청", "보상협의 요청서", "손실보상 협의 통지"]), grade=grade, grounds=grounds)


def k_schedule(b, rng, c, mode):
    """토지조서 / 물건조서."""
    public = mode == "public"
    kind = rng.choice(["토지", "토지", "물건", "토지·물건"])
    tw = rng.choice(["{p} 편입 {k}조서", "보상 대상 {k} 조서({p})", "{k}조서 — {p}", "[붙임] {k}조서"])
    if mode == "nonpublic":
        tw = "{p} 편입 예정 {k} 조서(안) — 보상계획 공고 전"
    title = T(tw.format(p=c.project, k=kind))
    b.g(title).nl()
    b.t(rng.choice(["사업시행자: %s\n" % c.head, "(%s, %s)\n" % (c.gosi, fmt_date(rng, c.gosi_date)),
                    "작성일: %s   작성자: %s 주무관 %s\n" % (fmt_date(rng, c.date), c.dept, c.o1)]))
    nrows = rng.randint(3, 8)
    if public:
        os_ = owners(rng, nrows, private_ok=False)
    else:
        os_ = owners(rng, nrows, p_private=0.72)
        if not any(o.kind == "person" for o in os_):
            os_[0] = Owner(rng, "person")
    hdr_owner = rng.choice(["소유자", "성명", "소유자 성명", "소유자(공유자)", "권리자", "소유자명"])
    hdr_addr = rng.choice(["주소", "소유자 주소", "주소지", "주소(등기부)", "거주지"])
    rows = []
    if kind.startswith("토지"):
        headers = ["연번", rng.choice(["소재지", "소 재 지", "위치"]), "지번", rng.choice(["지목", "공부지목"]),
                   rng.choice(["편입면적(㎡)", "편입㎡", "면적"]), hdr_owner, hdr_addr, rng.choice(["지분", "소유지분"]),
                   rng.choice(["비고", "관계인", "비 고"])]
        for i, o in enumerate(os_, 1):
            note = T("-")
            r = rng.random()
            if o.kind == "person" and r < 0.15:
                note = T("근저당권자 " + rng.choice(["○○농협", "신한은행", "새마을금고", "㈜한빛캐피탈"]))
            elif o.kind == "person" and r < 0.3:
                note = T("임차인 ") + E(person(rng, allow_foreign=False), "PERSON")
            elif o.kind == "person" and r < 0.38:
                note = T("상속 미등기(망 ") + E(person(rng), "PERSON") + T(")")
            elif o.kind == "person" and r < 0.45:
                note = T("가압류 ") + E(person(rng), "PERSON")
            elif o.kind != "person" and r < 0.4:
                note = T(rng.choice(["국공유지", "관리청 협의", "무상귀속 검토", "양여 대상"]))
            nm = o.name_segs()
            if o.kind == "person" and rng.random() < 0.15:
                nm = nm + T(" 외 %d인" % rng.randint(1, 4))
            rows.append([str(i), lotcell(c, rng), lot_no(rng), rng.choice(JIMOK), area(rng), nm, o.addr_segs(), share(rng), note])
    else:
        headers = ["번호", rng.choice(["소재지 지번", "소재지"]), rng.choice(["물건의 종류", "물건명", "지장물"]),
                   rng.choice(["구조·규격", "규격"]), "수량", "단위", hdr_owner, hdr_addr, "비고"]
        for i, o in enumerate(os_, 1):
            ob, unit = rng.choice(OBJECTS)
            note = T("-")
            if o.kind == "person" and ob.startswith("주거용") and rng.random() < 0.6:
                note = T("소유자 거주")
            elif o.kind == "person" and rng.random() < 0.2:
                note = T("세입자 ") + E(person(rng), "PERSON")
            rows.append([str(i), "%s %s" % (c.dong, lot_no(rng)), ob.split("(")[0], ob[ob.find("(") + 1:-1] if "(" in ob else "-",
                         str(rng.randint(1, 300)), unit, o.name_segs(), o.addr_segs(), note])
    if rng.random() < 0.35:
        # drop the address column sometimes
        ai = headers.index(hdr_addr)
        headers = headers[:ai] + headers[ai + 1:]
        rows = [r[:ai] + r[ai + 1:] for r in rows]
    b.nl()
    table(b, rng, headers, rows)
    b.nl()
    b.t("※ %s 제14조 및 제26조에 따라 작성, 지적공부 및 등기사항전부증명서 기준(%s 현재)\n" % (law(rng), fmt_date(rng, c.date - dt.timedelta(days=rng.randint(5, 40)))))
    if rng.random() < 0.5:
        b.t("※ 면적은 분할측량 성과에 따라 변경될 수 있으며, 국공유지는 관리청과 별도 협의함.\n")
    if mode == "nonpublic":
        grade, grounds = "nonpublic", [5, 8]
        b.t("※ 보상계획 공고 전 내부 자료로서 공개 시 편입 예정지에 대한 투기 우려가 있어 비공개함.\n")
    elif public:
        grade, grounds = "public", []
    else:
        grade, grounds = "partial", [6]
    footer(b, rng, c, grade, grounds)
    return dict(title=stext(title), doc_type=rng.choice(["토지조서", "물건조서", "보상조서"]) if kind != "토지·물건" else "토지·물건조서", grade=grade, grounds=grounds)


def k_adjudication(b, rng, c, mode):
    """수용재결 신청."""
    public = mode == "public"
    committee = rng.choice(["서울특별시 지방토지수용위원회", "경기도 지방토지수용위원회", "중앙토지수용위원회"])
    n = rng.randint(1, 4)
    os_ = owners(rng, n, private_ok=not public, p_private=0.8)
    if not public and not any(o.kind == "person" for o in os_):
        os_[0] = Owner(rng, "person")
    title = T(rng.choice(["{p} 수용재결 신청", "수용재결 신청서 제출({p})", "{p} 편입토지 재결신청"]).format(p=c.project))
    if mode == "nonpublic":
        title = T("%s 수용재결 심리 관련 의견 검토(안)" % c.project)
    voice = rng.choice(["letter", "kv", "memo"])
    if voice == "letter" and mode != "nonpublic":
        head_letter(b, rng, c, title, T(committee + "위원장"), via=rng.random() < 0.5)
        b.t("1. %s 제28조 및 같은 법 시행령 제12조에 따라 아래 토지 등에 대한 수용재결을 신청합니다.\n" % law(rng))
        b.t("2. 신청 내용\n")
    else:
        b.g(title).nl(2)
        if voice == "memo":
            b.t("□ 추진 배경\n  ○ %s에 편입된 토지 중 협의가 성립되지 않은 %d필지에 대하여 재결 절차 진행\n□ 신청 내용\n" % (c.project, n))
    b.t("  가. 사업시행자: %s (대표 연락처 %s)\n" % (c.head, c.phone))
    b.t("  나. 사업인정 고시: %s (%s)\n" % (c.gosi, fmt_date(rng, c.gosi_date)))
    b.t("  다. %s\n" % rng.choice(["피수용자 및 대상 토지", "토지소유자 및 관계인", "재결 신청 대상"]))
    rows = []
    for i, o in enumerate(os_, 1):
        rows.append([str(i), o.name_segs(), o.addr_segs(), "%s %s" % (c.dong, lot_no(rng)), rng.choice(JIMOK), area(rng), won(rng, 5000, 2500000)])
    table(b, rng, ["연번", rng.choice(["소유자", "피수용자", "토지소유자"]), rng.choice(["주소", "송달 주소"]), "소재지", "지목", "면적(㎡)", rng.choice(["협의 제시액", "보상 제시액"])], rows)
    b.t("  라. 협의 경위\n")
    d = c.date - dt.timedelta(days=rng.randint(120, 200))
    ds = rng.randrange(6)
    for step in rng.sample(["보상계획 열람공고", "1차 보상협의 요청", "2차 보상협의 요청", "현장 방문 협의", "보상협의회 개최"], 3):
        d += dt.timedelta(days=rng.randint(15, 40))
        b.t("    - %s %s\n" % (fmt_date(rng, d, ds), step))
    p = next(o for o in os_ if o.kind == "person") if not public else None
    if p is not None:
        b.t("    - 소유자 ").g(p.name_segs()).t(josa(p.name, "은/는") + rng.choice([" 보상금 과소를 이유로 협의를 거부함", " 영농손실보상 추가 요구로 협의 불성립", " 주소 불명으로 협의 통지 반송(공시송달)"]) + "\n")
        if rng.random() < 0.4:
            law_firm = rng.choice(["법무법인 한결", "법무법인 바른길", "법률사무소 정도", "법무법인(유한) 세림"])
            b.t("    - 소유자 대리인 %s 변호사 " % law_firm).e(person(rng, allow_foreign=False), "PERSON").t(" 명의 재결신청 청구서 접수(%s 제30조)\n" % law(rng))
        if rng.random() < 0.4:
            b.t("    - 소유자 휴대전화(").e(mobile(rng), "PHONE").t(") 통화 결과 재감정 요구\n")
    else:
        b.t("    - %s 측 보상가 이견으로 협의 불성립\n" % os_[0].name)
    b.t("  마. 감정평가업체: %s, %s\n" % tuple(a[0] for a in rng.sample(APPRAISERS, 2)))
    b.t("  바. 재결신청 수수료: %s (%s 시행규칙 별표 1)\n" % (won(rng, 50, 900), law(rng)))
    if mode == "nonpublic":
        grade, grounds = "nonpublic", [5]
        b.t("\n□ 검토 의견\n  ○ 위원회 심리 진행 중으로 재결 전 보상금 증감 여부 미확정\n  ○ 이의재결 대비 감정평가서 보완 여부 내부 협의 필요\n")
        if rng.random() < 0.5:
            grounds = [5, 6]
    elif public:
        grade, grounds = "public", []
    else:
        grade, grounds = "partial", [6]
    if voice == "letter" and mode != "nonpublic":
        b.t("\n붙임  1. 재결신청서 1부.\n      2. 토지조서 및 물건조서 각 1부.\n      3. 협의경위서 1부.  끝.\n\n%s\n" % c.head)
    footer(b, rng, c, grade, grounds)
    return dict(title=stext(title), doc_type=rng.choice(["수용재결 신청", "재결신청서", "재결 신청 보고"]), grade=grade, grounds=grounds)


def k_building(b, rng, c, mode):
    """건축허가 및 민원 처리 결과."""
    sub = rng.choice(["reply", "reply", "list", "list"]) if mode != "nonpublic" else "refer"
    if mode == "public" and sub == "reply":
        sub = "list"
    if sub == "reply":
        name = person(rng)
        title = T(rng.choice(["건축 관련 민원 처리 결과 알림", "민원(%s 인근 공사장 소음·진동) 처리 결과 통보" % c.dong,
                              "건축허가 관련 질의 민원 회신", "고충민원 처리 결과 안내"]))
        to = E(name, "PERSON") + T(rng.choice([" 귀하", " 님", "님 귀하"]))
        voice = rng.choice(["letter", "letter", "prose"])
        if voice == "letter":
            head_letter(b, rng, c, title, to, via=False)
        else:
            b.g(title).nl(2).g(to).nl(2)
        rno = "%d-%07d" % (c.date.year, rng.randint(0, 9999999))
        b.t("1. 평소 %s 행정에 관심을 가져 주신 데 감사드립니다.\n" % c.short)
        b.t("2. 귀하께서 국민신문고(신청번호 %s)를 통해 제출하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다.\n" % rno)
        b.t("\n  가. 민원 요지\n")
        unit = rng.random() < 0.5
        b.t("    ○ 민원인(").e(name, "PERSON").t(", ")
        if unit:
            b.t(rng.choice(APTS) + "아파트 ").e(res_address(rng, unit_only=True), "ADDRESS").t(" 거주")
        else:
            b.t("주소 ").e(res_address(rng), "ADDRESS")
        b.t(")은 인접 대지(%s %s) 신축공사로 인한 %s 피해를 호소하며 공사 중지를 요청함\n" % (c.dong, lot_no(rng), rng.choice(["소음·분진", "벽체 균열", "일조 침해", "지반 침하", "사생활 침해"])))
        if rng.random() < 0.35:
            b.t("    ○ 공사차량이 민원인 소유 차량(").e(plate(rng), "VEHICLE_PLATE").t(")을 파손하였다는 주장 포함\n")
        if rng.random() < 0.25:
            b.t("    ○ 민원인 가족 중 ").e(rng.choice(HEALTH), "HEALTH_INFO").t("인 환자가 있어 소음 피해가 크다고 함\n")
        co = rng.choice(COMPANIES)
        b.t("\n  나. 검토 결과\n")
        b.t("    ○ 해당 공사는 %s에 건축허가(허가번호 %d-건축과-신축허가-%d)를 받은 %s 신축공사로, 시공자는 %s(사업자등록번호 %s, 대표전화 %s)입니다.\n"
            % (fmt_date(rng, c.date - dt.timedelta(days=rng.randint(60, 300))), c.date.year - 1, rng.randint(10, 400),
               rng.choice(["제2종 근린생활시설", "다세대주택", "업무시설", "공동주택(도시형생활주택)"]), co[0], co[1], co[2]))
        b.t("    ○ %s 현장점검 결과 %s 「건축법」 제28조(공사현장의 위해 방지 등) 위반 사항에 대하여 시정지시하였습니다.\n"
            % (fmt_date(rng, c.date - dt.timedelta(days=rng.randint(2, 12))), rng.choice(["방음벽 일부 훼손 및 살수 미흡 등", "가설울타리 미설치 구간 등", "작업시간(07:00~18:00) 미준수 등"])))
        b.t("    ○ 피해 보상은 당사자 간 협의 사항이며, 필요 시 %s 환경분쟁조정위원회 조정 신청이 가능합니다.\n" % ("서울특별시" if c.city.startswith("서울") else "경기도"))
        if rng.random() < 0.6:
            b.t("    ○ 처리 결과는 민원인께서 알려주신 연락처(")
            if rng.random() < 0.6:
                b.e(mobile(rng), "PHONE")
            else:
                b.e(email(rng), "EMAIL")
            b.t(")로도 안내드렸습니다.\n")
        b.t("3. 추가 문의는 %s %s 주무관 %s(%s)에게 연락 주시면 성실히 답변드리겠습니다.  끝.\n\n%s\n" % (c.dept, c.team, c.o1, c.phone, c.head))
        grade, grounds = "partial", [6]
        footer(b, rng, c, grade, grounds)
        return dict(title=stext(title), doc_type="민원 처리 결과 통보", grade=grade, grounds=grounds)
    if sub == "list":
        title = T(rng.choice(["%d년 %d월 건축허가 처리 현황", "건축허가(신고) 처리 결과 보고(%d. %d.)", "건축 인허가 처리 결과 공개(%d년 %d월분)"]) % (c.date.year, c.date.month))
        b.g(title).nl(2)
        b.t(rng.choice(["○ 처리 기간: %s ~ %s\n" % (fmt_date(rng, c.date.replace(day=1)), fmt_date(rng, c.date)),
                        "□ 근거: 「건축법」 제11조, 제14조 및 같은 법 시행령 제9조\n",
                        "※ 「건축법」 제11조에 따른 허가 및 제14조에 따른 신고 수리 건\n"]))
        rows = []
        nrows = rng.randint(3, 7)
        for i in range(1, nrows + 1):
            priv = mode != "public" and rng.random() < 0.6
            use = rng.choice(["단독주택", "다가구주택", "제1종 근린생활시설", "제2종 근린생활시설", "창고시설", "다세대주택", "업무시설"])
            kind = rng.choice(["신축", "증축", "대수선", "용도변경"])
            if priv:
                nm = E(person(rng), "PERSON")
                if use == "단독주택" and rng.random() < 0.6:
                    road = rng.choice(c.roads)
                    site = E("%s %s%d길 %d" % (c.short if rng.random() < 0.5 else c.city, road, rng.randint(1, 30), rng.randint(2, 99)), "ADDRESS")
                    note = T("건축주 거주")
                else:
                    site = T("%s %s" % (c.dong, lot_no(rng)))
                    note = T(rng.choice(["-", "-", "조건부 허가", "보완 후 처리"]))
            else:
                co = rng.choice(COMPANIES + [("%s 주민센터" % c.dong, "", ""), ("%s %s" % (c.short, "도시관리공단"), "", "")])
                nm = T(co[0])
                site = T("%s %s" % (c.dong, lot_no(rng)))
                note = T(rng.choice(["-", "공공건축물", "사업자 %s" % co[1] if co[1] else "-"]))
            rows.append([str(i), "%d-%s-%d" % (c.date.year, rng.choice(["신축", "증축", "건축"]), rng.randint(1, 999)), nm, site,
                         use, kind, area(rng), fmt_date(rng, c.date - dt.timedelta(days=rng.randint(0, 28)), 1), note])
        table(b, rng, ["연번", "허가번호", rng.choice(["건축주", "신청인", "건축주(성명)"]), rng.choice(["대지위치", "대지 위치"]), "용도", "구분", "연면적(㎡)", "허가일", "비고"], rows)
        privrows = [k for k, r in enumerate(rows) if r[2][0][1]]
        if privrows and rng.random() < 0.4:
            k = rng.choice(privrows)
            nm = rows[k][2][0][0]
            b.t("\n※ 연번 %d 건축주 " % (k + 1)).e(nm, "PERSON").t("의 대리인(설계자 %s건축사사무소) 보완서류 제출 완료\n" % rng.choice(["한울", "공간", "다온", "새길"]))
        b.t("\n※ 문의: %s %s (%s)\n" % (c.dept, c.team, c.phone))
        grade, grounds = ("partial", [6]) if b.ents else ("public", [])
        footer(b, rng, c, grade, grounds)
        return dict(title=stext(title), doc_type="건축허가 처리 현황", grade=grade, grounds=grounds)
    # refer: 위반 건축물 수사 의뢰 (nonpublic)
    name = person(rng)
    title = T("위반건축물 건축주 수사 의뢰(%s %s)" % (c.dong, lot_no(rng)))
    b.g(title).nl(2)
    b.t("1. 관련: %s-%d(%s) 위반건축물 시정명령\n" % (c.dept, rng.randint(1000, 9999), fmt_date(rng, c.date - dt.timedelta(days=90))))
    b.t("2. 아래 위반건축물에 대하여 시정명령 및 이행강제금 부과에도 불구하고 시정되지 않아 「건축법」 제108조 및 제111조 위반 혐의로 수사를 의뢰합니다.\n")
    b.t("  - 피의자(건축주): ").e(name, "PERSON").t(" (").e(rrn(rng), "KR_RRN").t(")\n")
    b.t("  - 주소: ").e(res_address(rng), "ADDRESS").nl()
    b.t("  - 연락처: ").e(mobile(rng), "PHONE").nl()
    b.t("  - 위반내용: 옥상 무단 증축(경량철골조 %s㎡) 및 주거 용도 무단 변경\n" % rng.randint(12, 80))
    b.t("3. 수사 진행 중인 사안으로 관련 자료는 공개를 제한합니다.\n")
    grade, grounds = "nonpublic", [4, 6] if rng.random() < 0.5 else [4]
    footer(b, rng, c, grade, grounds)
    return dict(title=stext(title), doc_type="수사 의뢰", grade=grade, grounds=grounds)


OPINIONS = ["도로 개설로 주택이 편입되어 이주 대책 마련을 요구함", "공원 조성은 찬성하나 주차장 확충이 필요함",
            "편입 토지의 보상가를 현실화해 달라는 의견", "도로 선형을 북측으로 조정하여 주택 편입을 최소화해 달라",
            "사업 추진 일정을 조속히 확정해 달라는 의견", "경사지 옹벽 설치 시 일조 침해가 우려됨",
            "상가 영업 손실에 대한 보상 요구", "학교 통학로 안전 확보 필요", "녹지 훼손 최소화 요청",
            "사업 자체를 반대함(생활권 단절 우려)"]
REVIEWS = ["반영", "미반영", "일부 반영", "검토 후 반영", "보상 단계에서 검토", "관련 부서 통보", "사업 추진 시 참고"]


def k_hearing(b, rng, c, mode):
    """도시계획시설 결정 주민 의견 청취 결과."""
    fac = rng.choice(["도로(중로2-%d호선)" % rng.randint(11, 300), "공원(%s 근린공원)" % c.dong.split()[-1],
                      "주차장(%s 공영주차장)" % c.dong.split()[-1], "공공공지", "하천(%s)" % rng.choice(STREAMS), "문화시설"])
    title = T(rng.choice(["도시관리계획(도시계획시설: {f}) 결정(안) 주민 의견 청취 결과",
                          "{f} 도시계획시설 결정 주민 열람공고 의견 검토 결과", "주민 의견 청취 결과 보고 — {f}"]).format(f=fac))
    if mode == "nonpublic":
        title = T("도시계획시설(%s) 결정(안) 의견 검토 — 도시계획위원회 상정 전 내부 검토" % fac)
    b.g(title).nl(2)
    d0 = c.date - dt.timedelta(days=rng.randint(20, 60))
    ds = rng.randrange(6)
    npp = rng.randint(4, 9)
    b.t("1. 공람 개요\n")
    b.t("  ○ 근거: 「국토의 계획 및 이용에 관한 법률」 제28조 및 같은 법 시행령 제22조 %s\n" % lawcite(rng))
    b.t("  ○ 공고: %s 공고 제%d-%d호(%s)\n" % (c.short, d0.year, rng.randint(100, 2400), fmt_date(rng, d0, ds)))
    b.t("  ○ 열람 기간: %s ~ %s(14일간)\n" % (fmt_date(rng, d0, ds), fmt_date(rng, d0 + dt.timedelta(days=13), ds)))
    b.t("  ○ 열람 장소: %s %s, %s 주민센터\n" % (c.short, c.dept, c.dong))
    pro = rng.randint(0, npp // 3)
    con = rng.randint(1, npp - pro)
    b.t("  ○ 제출 의견: 총 %d건(찬성 %d, 반대 %d, 기타 %d)\n\n" % (npp, pro, con, npp - pro - con))
    b.t("2. 제출 의견 및 검토 결과\n")
    masked_all = mode == "public"
    rows = []
    extra = []
    for i in range(1, npp + 1):
        if masked_all or rng.random() < 0.35:
            nm = T(rng.choice(MASKED))
            ad = T(rng.choice([c.dong, c.dong + " 거주", "-", c.short + " " + c.dong]))
        else:
            nm = E(person(rng), "PERSON")
            r = rng.random()
            if r < 0.5:
                ad = E(res_address(rng), "ADDRESS")
            elif r < 0.7:
                ad = T(c.dong)
            else:
                ad = E(res_address(rng, unit_only=True), "ADDRESS")
        op = rng.choice(OPINIONS)
        opseg = T(op)
        if not masked_all and nm[0][1] and rng.random() < 0.15:
            opseg = T("본인은 ") + E(rng.choice(HEALTH), "HEALTH_INFO") + T("인 상태로 " + op)
        if not masked_all and nm[0][1] and rng.random() < 0.15:
            opseg = opseg + T("(연락처 ") + E(mobile(rng), "PHONE") + T(")")
        rows.append([str(i), nm, ad, opseg, rng.choice(REVIEWS)])
        if not masked_all and nm[0][1] and rng.random() < 0.12:
            extra.append((nm[0][0], ip(rng), email(rng)))
    table(b, rng, ["연번", rng.choice(["제출인", "성명", "의견 제출자", "신청인", "이름"]), rng.choice(["주소", "거주지", "주소(동)"]),
                   rng.choice(["의견 요지", "주요 의견", "제출 의견"]), rng.choice(["검토 결과", "조치 계획", "반영 여부"])], rows)
    if extra:
        b.t("\n※ 온라인(%s 홈페이지) 접수분 확인 내역\n" % c.short)
        for nm, ipv, em in extra:
            b.t("  - ").e(nm, "PERSON").t(": 접수 IP ").e(ipv, "IP_ADDRESS").t(", 회신 전자우편 ").e(em, "EMAIL").nl()
    b.t("\n3. 향후 계획\n")
    b.t("  ○ %s 도시계획위원회 자문(%s 예정) 후 도시관리계획 결정 고시\n" % (c.short if c.gov == "시" else "서울특별시", fmt_date(rng, c.date + dt.timedelta(days=rng.randint(20, 60)), ds)))
    b.t("  ○ 의견 제출인에게 검토 결과 개별 통지(%s)\n" % rng.choice(["우편", "문자", "우편 및 전자우편"]))
    has = any(lab for r in rows for cell in r if isinstance(cell, list) for _, lab in cell) or bool(extra)
    if mode == "nonpublic":
        grade, grounds = "nonpublic", [5]
        b.t("  ※ 위원회 심의 전 검토 중인 사항으로 결정 시까지 비공개\n")
    elif has:
        grade, grounds = "partial", [6]
    else:
        grade, grounds = "public", []
    footer(b, rng, c, grade, grounds)
    return dict(title=stext(title), doc_type=rng.choice(["주민의견 청취 결과", "의견 청취 결과 보고", "열람공고 의견 검토"]), grade=grade, grounds=grounds)


def k_demolition(b, rng, c, mode):
    """무허가 건축물 철거 계고."""
    corp = mode == "public"
    voice = rng.choice(["kv", "kv", "letter", "memo"])
    if voice == "memo" and not corp:
        title = T("무허가 건축물 자진철거 계고 추진 보고(%s 일대)" % c.dong)
        b.g(title).nl(2)
        b.t("□ 개요\n  ○ 대상: %s 일대 무허가 건축물 %d동 (%s 사업부지 내)\n  ○ 근거: 「건축법」 제79조, 「행정대집행법」 제3조제1항\n\n□ 계고 대상자\n" % (c.dong, rng.randint(3, 7), c.project))
        rows = []
        for i in range(1, rng.randint(3, 6) + 1):
            nm = E(person(rng), "PERSON") if rng.random() < 0.75 else T(rng.choice(MASKED))
            loc_priv = rng.random() < 0.4
            loc = E("%s %s %s" % (c.short, c.dong, lot_no(rng)), "ADDRESS") if loc_priv and nm[0][1] else T("%s %s" % (c.dong, lot_no(rng)))
            use = "주거용(본인 거주)" if loc_priv and nm[0][1] else rng.choice(["창고", "비닐하우스", "축사", "컨테이너 사무실", "적치장 가설건축물"])
            rows.append([str(i), nm, loc, use, "%d㎡" % rng.randint(8, 150), fmt_date(rng, c.date + dt.timedelta(days=rng.randint(20, 40)), 0)])
        table(b, rng, ["연번", rng.choice(["성명", "점유자", "건축주", "대상자"]), rng.choice(["위치", "소재지"]), "용도", "면적", "이행기한"], rows)
        b.t("\n□ 향후 계획\n  ○ 기한 내 미이행 시 2차 계고 후 행정대집행 영장 통지\n  ○ 주거용 건축물 점유자는 이주대책 및 주거이전비 안내 병행\n")
        if rng.random() < 0.4:
            p = person(rng)
            b.t("  ○ 대상자 ").e(p, "PERSON").t(rng.choice(["은(는) ", "씨는 "])).e(rng.choice(HEALTH), "HEALTH_INFO").t("으로 철거 유예 요청, 복지정책과와 긴급주거 지원 협의\n")
        grade, grounds = ("partial", [6]) if b.ents else ("public", [])
        footer(b, rng, c, grade, grounds)
        return dict(title=stext(title), doc_type="계고 추진 보고", grade=grade, grounds=grounds)
    if corp:
        owner = Owner(rng, "company")
        nm = T(owner.name)
        ad = T(owner.addr)
        title = T(rng.choice(["계고서(무허가 가설건축물 자진철거)", "위반건축물 자진철거 계고"]))
    else:
        owner = Owner(rng, "person")
        nm = owner.name_segs()
        ad = owner.addr_segs()
        title = T("계고서 (") + nm + T(")") if rng.random() < 0.3 else T(rng.choice(["무허가 건축물 자진철거 계고서", "계고서", "위반건축물 철거 계고(1차)"]))
    if voice == "letter":
        head_letter(b, rng, c, title, nm + T(" 귀하" if not corp else " 대표자 귀하"), via=False)
    else:
        b.g(title).nl(2)
    b.t(rng.choice(["성    명: ", "성명(명칭): ", "수 신 인: ", "대 상 자: "])).g(nm).nl()
    if corp:
        b.t("사업자등록번호: %s\n" % owner.bizno)
    elif rng.random() < 0.5:
        if rng.random() < 0.5:
            b.t("생년월일: ").e(birth_str(rng), "BIRTH_DATE").nl()
        else:
            b.t("주민등록번호: ").e(rrn(rng), "KR_RRN").nl()
    b.t(rng.choice(["주    소: ", "주소(소재지): ", "주  소: "])).g(ad).nl()
    resid = not corp and rng.random() < 0.35
    if resid:
        b.t("위반건축물 소재지: ").g(ad).t(" (소유자 거주 주택 옥상)\n")
    else:
        b.t("위반건축물 소재지: %s %s %s\n" % (c.city, c.dong, lot_no(rng)))
    what = rng.choice(["조립식 패널 창고 무단 축조", "옥상 경량철골조 무단 증축", "비닐하우스 용도 외 사용(주거)", "컨테이너 2동 무단 설치", "주차장 부지 내 가설건축물 무단 설치"])
    b.t("위반내용: %s (%d㎡)\n" % (what, rng.randint(9, 160)))
    ds = rng.randrange(6)
    dl = c.date + dt.timedelta(days=rng.choice([15, 20, 30]))
    b.t("\n위 건축물은 「건축법」 제11조 및 제20조를 위반하여 건축된 것으로, 같은 법 제79조에 따라 시정명령(%s)을 하였으나 이행되지 아니하였습니다. "
        "이에 「행정대집행법」 제3조제1항에 따라 %s까지 자진 철거할 것을 계고하며, 기한 내 이행하지 않을 경우 대집행하고 그 비용(예정액 %s)을 징수하겠습니다.\n"
        % (fmt_date(rng, c.date - dt.timedelta(days=rng.randint(30, 120)), ds), fmt_date(rng, dl, ds), won(rng, 800, 30000)))
    if not corp and rng.random() < 0.35:
        b.t("\n※ ").g(nm).t(rng.choice([" 님께서", "께서", " 씨가"]) + " 제출한 철거 유예 신청서(사유: ").e(rng.choice(HEALTH), "HEALTH_INFO").t(")는 별도 검토 후 회신합니다.\n")
    if not corp and rng.random() < 0.3:
        b.t("※ 통지 확인을 위해 연락드릴 번호: ").e(owner.phone, "PHONE").nl()
    b.t("\n※ 이 처분에 이의가 있는 경우 처분이 있음을 안 날부터 90일 이내에 행정심판 또는 행정소송을 제기할 수 있습니다.\n")
    b.t("\n%s  %s\n" % (fmt_date(rng, c.date, ds), c.head))
    if mode == "nonpublic":
        b.t("\n※ 대집행 후 고발 예정 사안으로 수사기관 협조 진행 중\n")
        grade, grounds = "nonpublic", [4, 6]
    elif corp:
        grade, grounds = "public", []
    else:
        grade, grounds = "partial", [6]
    footer(b, rng, c, grade, grounds)
    return dict(title=stext(title), doc_type=rng.choice(["계고서", "철거 계고", "행정대집행 계고"]), grade=grade, grounds=grounds)


def k_heirs(b, rng, c, mode):
    """상속인 확인."""
    if mode == "public":
        title = T(rng.choice(["상속 미등기 토지 보상금 청구 절차 안내", "피상속인 명의 편입토지 보상 안내문"]))
        b.g(title).nl(2)
        b.t("○ 대상: %s 편입 토지 중 등기부상 소유자가 사망한 토지\n" % c.project)
        b.t("○ 절차: ① 상속인 전원 확인 → ② 상속등기 또는 상속인 전원 공동 청구 → ③ 보상금 지급\n")
        b.t("○ 제출서류: 기본증명서(상세), 가족관계증명서(상세), 제적등본(2008. 1. 1. 이전 사망자), 상속인 전원의 인감증명서\n")
        b.t("○ 근거: 「민법」 제1000조(상속의 순위), 제1009조(법정상속분), %s 제40조\n" % law(rng))
        b.t("○ 상속인 중 외국 거주자가 있는 경우 재외공관 발급 서명인증서로 갈음할 수 있습니다.\n")
        b.t("○ 문의: %s %s (%s, %s)\n" % (c.dept, c.team, c.phone, c.mail))
        footer(b, rng, c, "public", [])
        return dict(title=stext(title), doc_type="안내문", grade="public", grounds=[])
    dec = person(rng, style=rng.choice([0.08, 0.5, 0.5]))
    pre, suf = rng.choice([("상속인 확인 결과 보고(망 ", " 명의 토지)"), ("상속인 확인 결과 보고(망 ", ")"), ("피상속인 ", " 소유 편입토지 상속인 확인"),
                           ("상속인 조사 결과 — 망 ", " 소유 편입토지"), ("", " 명의 토지 상속관계 확인")])
    title = T(pre) + E(dec, "PERSON") + T(suf)
    if rng.random() < 0.35:
        title = T(rng.choice(["편입토지 상속인 확인 결과", "상속인 확인 및 보상금 지급 검토"]))
    b.g(title).nl(2)
    d = c.date - dt.timedelta(days=rng.randint(400, 9000))
    voice = rng.choice(["memo", "kv", "prose"])
    if voice == "prose":
        b.t("%s 편입 토지(%s %s, %s)의 등기부상 소유자 " % (c.project, c.dong, lot_no(rng), rng.choice(JIMOK))).e(dec, "PERSON")
        b.t(josa(dec, "은/는") + " %s 사망하였고, 최종 주소는 " % fmt_date(rng, d)).e(res_address(rng), "ADDRESS").t("입니다. 가족관계등록부 및 제적등본을 확인한 결과 상속인은 다음과 같습니다.\n\n")
    else:
        b.t("□ 피상속인\n" if voice == "memo" else "")
        b.t(rng.choice(["  ○ 성명: ", "피상속인: ", "- 등기명의인: "])).e(dec, "PERSON").t(" (사망일 %s)\n" % fmt_date(rng, d))
        b.t(rng.choice(["  ○ 최종 주소: ", "최종주소지: ", "- 최후 주소: "])).e(res_address(rng), "ADDRESS").nl()
        b.t(rng.choice(["  ○ 대상 토지: ", "편입토지: ", "- 토지: "]) + "%s %s %s %s㎡\n\n" % (c.city, c.dong, lot_no(rng), area(rng)))
        if voice == "memo":
            b.t("□ 상속인 현황(가족관계증명서 기준)\n")
    nh = rng.randint(2, 6)
    den = rng.choice([nh * 2 + 1, 9, 11, 7, 13])
    rows = []
    extra = []
    idcol = rng.choice(["생년월일", "주민등록번호"])
    for i in range(nh):
        forn = rng.random() < 0.12
        if forn:
            h, l = rng.choice(FOREIGN)
            nm = rng.choice([h, l, "%s(%s)" % (h, l)])
            nmseg = E(h, "PERSON") + T("(") + E(l, "PERSON") + T(")") if nm == "%s(%s)" % (h, l) else E(nm, "PERSON")
        else:
            nmseg = E(person(rng, allow_foreign=False), "PERSON")
        rel = "배우자" if i == 0 and rng.random() < 0.6 else rng.choice(RELATIONS[1:])
        yr = rng.randint(1936, 1958) if rel in ("배우자", "형제") else (rng.randint(1970, 1999) if "대습" in rel or rel == "조카" else rng.randint(1955, 1985))
        if idcol == "생년월일":
            idv = E(birth_str(rng, yr), "BIRTH_DATE")
        elif forn:
            idv = T("(외국인) ") + E(rrn(rng, foreign=True, year=yr), "KR_FRN") if rng.random() < 0.5 else T("여권 ") + E(passport(rng), "KR_PASSPORT")
        else:
            idv = E(rrn(rng, year=yr), "KR_RRN")
        addr = E(res_address(rng), "ADDRESS") if not forn else T(rng.choice(["미국 거주", "해외 거주", "중국 거주", "베트남 거주"]))
        contact = E(mobile(rng), "PHONE") if rng.random() < 0.6 else T("-")
        rows.append([nmseg, rel, idv, addr, "%d/%d" % (rng.choice([1, 2, 3]), den), contact])
        if rng.random() < 0.15:
            extra.append(nmseg)
    table(b, rng, [rng.choice(["상속인", "성명", "상속인 성명", "이름"]), rng.choice(["관계", "피상속인과의 관계"]), idcol,
                   rng.choice(["주소", "주민등록 주소"]), rng.choice(["상속지분", "법정상속분", "지분"]), rng.choice(["연락처", "전화"])], rows)
    b.nl()
    if extra and rng.random() < 0.7:
        b.t("※ 상속인 ").g(extra[0]).t("의 성년후견인 ").e(person(rng, allow_foreign=False), "PERSON").t(" 선임(사유: ").e(rng.choice(HEALTH[:3]), "HEALTH_INFO").t(", %s 가정법원 심판)\n" % rng.choice(["서울", "의정부지방법원", "수원"]))
    if rng.random() < 0.4:
        bank, num = account(rng)
        b.t("※ 상속인 대표 ").g(rows[0][0]).t(" 명의 보상금 수령 계좌: %s " % bank).e(num, "BANK_ACCOUNT").nl()
    if rng.random() < 0.25:
        b.t("※ 보상금 수령 시 본인 확인: 운전면허증 ").e(driver(rng), "KR_DRIVER_LICENSE").nl()
    b.t("※ 「민법」 제1009조에 따른 법정상속분으로 산정, 상속인 간 협의분할 시 협의서에 따름\n")
    b.t("※ 확인 담당: %s 주무관 %s (%s)\n" % (c.dept, c.o1, c.phone))
    if mode == "nonpublic":
        grade, grounds = "nonpublic", [6]
    else:
        grade, grounds = "partial", [6]
    footer(b, rng, c, grade, grounds)
    return dict(title=stext(title), doc_type=rng.choice(["상속인 확인", "상속인 조사 결과", "검토보고"]), grade=grade, grounds=grounds)


def k_service(b, rng, c, mode):
    """공시송달 공고."""
    no = "%s 공고 제%d-%d호" % (c.short, c.date.year, rng.randint(100, 3000))
    corp = mode == "public"
    n = rng.randint(1, 4)
    single = n == 1 and not corp and rng.random() < 0.5
    recips = []
    for _ in range(n):
        if corp:
            o = Owner(rng, rng.choice(["company", "clan"]))
        else:
            o = Owner(rng, "person") if rng.random() < 0.85 else Owner(rng, "company")
        recips.append(o)
    if not corp and not any(o.kind == "person" for o in recips):
        recips[0] = Owner(rng, "person")
    if single:
        title = T("공시송달 공고(") + recips[0].name_segs() + T(")")
    else:
        title = T(rng.choice(["공시송달 공고", "%s 보상협의 요청서 공시송달 공고" % c.project, "손실보상 관련 서류 공시송달"]))
    b.t(no + "\n\n").g(title).nl(2)
    doc = rng.choice(["보상협의 요청서", "수용재결서 정본", "계고서", "이행강제금 부과 예고 통지서", "보상금 공탁 통지서", "보상계획 통지문"])
    ds = rng.randrange(6)
    b.t("%s에 따른 %s 아래 송달받을 자에게 등기우편으로 발송하였으나 %s 사유로 반송되어 송달할 수 없으므로, 「행정절차법」 제14조제4항에 따라 다음과 같이 공고합니다.\n\n"
        % (c.project if doc != "계고서" else "무허가 건축물 정비", doc + josa(doc, "을/를"), rng.choice(["수취인 불명", "폐문부재", "이사불명", "주소 불명"])))
    b.t("1. 송달 서류: %s(%s-%d, %s)\n" % (doc, c.dept, rng.randint(1000, 39999), fmt_date(rng, c.date - dt.timedelta(days=rng.randint(20, 60)), ds)))
    b.t("2. 송달받을 자\n")
    rows = []
    for i, o in enumerate(recips, 1):
        rows.append([str(i), o.name_segs(), o.addr_segs(), rng.choice(["수취인 불명", "폐문부재(3회)", "이사불명", "주소 불명"])])
    table(b, rng, ["연번", rng.choice(["성명", "송달받을 자", "수신인", "성명(명칭)"]), rng.choice(["최종 주소", "주소", "최후 주소지"]), "반송 사유"], rows)
    dd = c.date + dt.timedelta(days=14)
    b.t("\n3. 공고 기간: %s ~ %s(14일간)\n" % (fmt_date(rng, c.date, ds), fmt_date(rng, dd, ds)))
    b.t("4. 효력 발생: 공고일부터 14일이 지난 때에 송달된 것으로 봅니다.\n")
    b.t("5. 서류 교부 장소: %s %s(%s), 방문 시 신분증 지참\n" % (c.short, c.dept, c.addr))
    b.t("6. 문의: %s %s (☎ %s)\n\n" % (c.dept, c.team, c.phone))
    b.t("%s\n%s\n" % (fmt_date(rng, c.date, ds), c.head))
    grade, grounds = ("public", []) if corp else ("partial", [6])
    footer(b, rng, c, grade, grounds)
    return dict(title=stext(title), doc_type="공시송달 공고", grade=grade, grounds=grounds)


def k_status(b, rng, c, mode):
    """보상 추진 현황 보고 (public) / 사업 예정지 사전 검토 (nonpublic)."""
    if mode == "nonpublic":
        sub = rng.choice(["pre", "biz"])
        if sub == "pre":
            title = T("%s 예정 부지 선정 및 보상비 사전 검토(대외주의)" % c.project)
            b.g(title).nl(2)
            b.t("□ 검토 배경\n  ○ %s 중기지방재정계획 반영을 위한 사업 예정지 사전 검토\n" % c.short)
            b.t("□ 후보지\n")
            rows = [[str(i), "%s %s 일원" % (c.dong, lot_no(rng)), "%s㎡" % area(rng), won(rng, 500000, 9000000), rng.choice(["1순위", "2순위", "3순위"])] for i in range(1, rng.randint(3, 5))]
            table(b, rng, ["안", "위치", "면적", "추정 보상비", "순위"], rows)
            b.t("\n□ 유의사항\n  ○ 후보지 정보가 사전 유출될 경우 토지 투기 및 보상비 상승이 우려되므로 대외 보안 유지\n")
            grade, grounds = "nonpublic", [5, 8]
        else:
            co = rng.choice(COMPANIES)
            title = T("%s 편입 사업장 영업손실 보상 검토(%s)" % (c.project, co[0]))
            b.g(title).nl(2)
            b.t("○ 사업자: %s (사업자등록번호 %s)\n" % (co[0], co[1]))
            b.t("○ 최근 3년 영업이익: %s / %s / %s (법인세 신고서 기준)\n" % (won(rng, 100000, 900000), won(rng, 100000, 900000), won(rng, 100000, 900000)))
            b.t("○ 주요 거래처 및 원가 구조: 제출 자료 별첨(영업비밀 표시)\n")
            b.t("○ 휴업기간 4개월 기준 영업손실 보상액 산정(%s 시행규칙 제47조)\n" % law(rng))
            grade, grounds = "nonpublic", [7]
        footer(b, rng, c, grade, grounds)
        return dict(title=stext(title), doc_type="내부 검토", grade=grade, grounds=grounds)
    title = T(rng.choice(["{p} 보상 추진 현황", "{y}년 {m}월 토지보상 추진 실적 보고", "{p} 보상 진행 상황 보고"]).format(p=c.project, y=c.date.year, m=c.date.month))
    b.g(title).nl(2)
    tot = rng.randint(20, 180)
    done = rng.randint(5, tot - 3)
    b.t("□ 사업 개요\n  ○ 사업명: %s\n  ○ 사업기간: %d ~ %d년\n  ○ 총사업비: %s (보상비 %s)\n  ○ 근거: %s, %s\n\n"
        % (c.project, c.date.year - 1, c.date.year + 2, won(rng, 5000000, 90000000), won(rng, 2000000, 40000000), c.gosi, law(rng)))
    b.t("□ 보상 현황(%s 기준)\n" % fmt_date(rng, c.date))
    rows = [["토지", "%d필지" % tot, "%d필지" % done, "%d필지" % (tot - done), "%.1f%%" % (100 * done / tot)],
            ["지장물", "%d건" % (tot // 2), "%d건" % (done // 2), "%d건" % (tot // 2 - done // 2), "%.1f%%" % (100 * (done // 2) / max(1, tot // 2))],
            ["영업·농업손실", "%d건" % rng.randint(2, 20), "%d건" % rng.randint(0, 2), "-", "-"]]
    table(b, rng, ["구분", "대상", "협의 완료", "미협의", "진척률"], rows)
    b.t("\n□ 향후 계획\n  ○ 미협의 토지는 %s 제28조에 따라 %s 재결 신청 예정\n  ○ 감정평가: %s, %s\n"
        % ((law(rng), fmt_date(rng, c.date + dt.timedelta(days=60))) + tuple(a[0] for a in rng.sample(APPRAISERS, 2))))
    b.t("  ○ 위하여 필요한 예산은 %d년 제1회 추경에 반영 요청\n" % (c.date.year + 1) if rng.random() < 0.3 else "  ○ 보상금 지급 후 소유권 이전 등기 촉탁(%s)\n" % c.dept)
    footer(b, rng, c, "public", [])
    return dict(title=stext(title), doc_type="추진 현황 보고", grade="public", grounds=[])


DEPT_TEAMS = {
    "토지보상과": ["보상팀", "보상1팀", "보상2팀", "용지보상팀", "보상지원팀"], "보상과": ["보상팀", "보상1팀", "보상2팀", "보상관리팀"],
    "도로과": ["도로계획팀", "도로보상팀", "도로시설팀"], "공원녹지과": ["공원조성팀", "공원보상팀", "녹지계획팀"],
    "도시계획과": ["도시계획팀", "시설계획팀", "도시관리팀"], "도시관리과": ["도시관리팀", "시설계획팀"],
    "도시계획시설과": ["시설계획팀", "시설결정팀"], "건축과": ["건축허가팀", "건축안전팀", "위반건축물관리팀", "건축민원팀"],
    "건축허가과": ["건축허가1팀", "건축허가2팀", "건축민원팀"], "주택과": ["주택관리팀", "위반건축물관리팀", "주택정책팀"],
    "부동산정보과": ["부동산관리팀", "토지관리팀"], "지적과": ["지적관리팀", "지적측량팀", "토지정보팀"],
}

KINDS = [
    (k_consult, ["토지보상과", "보상과", "도로과", "공원녹지과"], 0.12, 0.06),
    (k_schedule, ["토지보상과", "보상과", "도로과", "도시계획과"], 0.15, 0.06),
    (k_adjudication, ["토지보상과", "보상과", "도로과"], 0.1, 0.1),
    (k_building, ["건축과", "건축허가과", "주택과"], 0.3, 0.08),
    (k_hearing, ["도시계획과", "도시관리과", "도시계획시설과"], 0.2, 0.06),
    (k_demolition, ["건축과", "주택과", "부동산정보과", "토지보상과"], 0.12, 0.06),
    (k_heirs, ["토지보상과", "보상과", "지적과"], 0.08, 0.22),
    (k_service, ["토지보상과", "보상과", "건축과"], 0.15, 0.0),
    (k_status, ["토지보상과", "보상과", "도시계획과"], 0.72, 0.28),
]


def make_doc(seed, i):
    for attempt in range(50):
        rng = random.Random(seed * 1000003 + i * 7919 + attempt * 104729 + 17)
        fn, depts, p_pub, p_non = KINDS[rng.randrange(len(KINDS))]
        r = rng.random()
        mode = "public" if r < p_pub else ("nonpublic" if r < p_pub + p_non else "partial")
        c = Ctx(rng, depts)
        b = B()
        meta = fn(b, rng, c, mode)
        text = b.text()
        ents = b.ents
        if not (meta["grade"] == "partial" and not ents):
            break
    if meta["grade"] == "public":
        assert not ents, (fn.__name__, ents)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
    assert meta["title"] in text, meta["title"]
    return {
        "id": "%s-%d-%d" % (FAMILY, seed, i),
        "lang": "ko",
        "title": meta["title"],
        "department": "%s %s" % (c.city, c.dept),
        "doc_type": meta["doc_type"],
        "approved_at": c.date.isoformat(),
        "drafter": c.o1,
        "approver": c.o3,
        "approver_rank": c.chief_rank,
        "text": text,
        "entities": ents,
        "grade": meta["grade"],
        "grounds": meta["grounds"],
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    docs = [make_doc(a.seed, i) for i in range(a.n)]
    for d in docs:
        for e in d["entities"]:
            assert d["text"][e["start"]:e["end"]] == e["text"]
        spans = sorted((e["start"], e["end"]) for e in d["entities"])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (d["id"], s1, e1, s2)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
