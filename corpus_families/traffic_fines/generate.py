#!/usr/bin/env python3
"""Generator for the `traffic_fines` document family.

Parking / traffic enforcement papers of a city or district office: 과태료 부과
사전통지, 의견진술(이의신청)과 회신, 주정차 위반 단속 대장, 견인 기록,
거주자우선주차 배정 명단, 장애인전용주차구역 위반, 감면 신청, CCTV 열람 청구,
체납 압류 통지, plus public reports and a few nonpublic papers.

Standard library only, deterministic:
    python3 generate.py --n 200 --seed 1 --out docs.jsonl
"""
import argparse
import datetime as dt
import json
import random
import unicodedata

FAMILY = "traffic_fines"

# ---------------------------------------------------------------------------
# text builder with entity tracking
# ---------------------------------------------------------------------------


class B:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []

    def t(self, s):
        self.buf.append(s)
        self.n += len(s)
        return self

    def e(self, s, label):
        if label is None:
            return self.t(s)
        self.ents.append({"start": self.n, "end": self.n + len(s), "label": label, "text": s})
        return self.t(s)

    def p(self, parts):
        """parts: list of str or (value, label)"""
        for x in parts:
            if isinstance(x, tuple):
                self.e(x[0], x[1])
            else:
                self.t(x)
        return self

    def nl(self, k=1):
        return self.t("\n" * k)

    def text(self):
        return "".join(self.buf)


def ptext(parts):
    return "".join(x[0] if isinstance(x, tuple) else x for x in parts)


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def batchim(s):
    s = s.rstrip(" )")
    if not s:
        return False
    c = s[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    if c.isdigit():
        return c in "0136789"  # 영 일 삼 육 칠 팔 구 -> 받침 (이/가 sense)
    return False


def rieul(s):
    c = s.rstrip(" )")[-1:]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 == 8
    return c in "178"


def J(s, pair):
    a, b = pair.split("/")
    if pair == "으로/로":
        return "로" if (not batchim(s) or rieul(s)) else "으로"
    return a if batchim(s) else b


# ---------------------------------------------------------------------------
# pools
# ---------------------------------------------------------------------------

SURNAMES = ("김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 "
            "유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 "
            "변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 "
            "용 예 경 봉 사 부 빈 피 황보 남궁 독고 사공 제갈 선우 서문").split()
GIVEN2 = ("민준 서연 지훈 영수 경숙 재석 순자 영희 철수 미경 정호 하은 도윤 예린 상철 말순 복남 은지 "
          "태현 수빈 건우 유진 현숙 기철 정민 동현 혜진 광수 명자 옥순 성민 지아 준서 시우 하율 "
          "영자 춘자 병철 종훈 대성 승연 나래 보람 다은 윤서 채원 한결 가람 슬기 진호 명숙 길순 "
          "봉수 만석 용태 재희 선영 은정 상훈 형준 규리 서윤 예준 주원 지환 미란 정애 점순").split()
GIVEN1 = "혁 진 솔 별 훈 결 란 웅 찬 빈 철 숙".split()
HANJA = {"김": "金", "이": "李", "박": "朴", "최": "崔", "정": "鄭", "강": "姜", "조": "趙", "윤": "尹",
         "장": "張", "임": "林", "한": "韓", "오": "吳", "서": "徐", "신": "申", "권": "權", "황": "黃",
         "안": "安", "송": "宋", "홍": "洪", "유": "柳", "고": "高", "문": "文", "남궁": "南宮",
         "제갈": "諸葛", "황보": "皇甫", "선우": "鮮于", "영": "英", "수": "洙", "재": "在", "석": "錫",
         "순": "順", "자": "子", "민": "珉", "준": "俊", "서": "瑞", "연": "娟", "지": "智", "훈": "勳",
         "경": "京", "숙": "淑", "철": "哲", "미": "美", "호": "浩", "현": "賢", "은": "恩", "태": "泰",
         "성": "成", "동": "東", "진": "珍", "혜": "惠", "광": "光", "명": "明", "상": "相", "희": "熙",
         "도": "道", "하": "夏", "종": "鍾", "대": "大", "용": "龍", "선": "善", "형": "炯", "규": "圭"}
FOREIGN = [("응우옌 티 흐엉", "NGUYEN THI HUONG"), ("왕웨이", "WANG WEI"), ("리우 양", "LIU YANG"),
           ("바트볼드 엥흐바야르", "BATBOLD ENKHBAYAR"), ("마리아 산토스", "Maria Santos"),
           ("타나카 유키", "TANAKA YUKI"), ("사르다르 알리", "Sardar Ali"), ("존 스미스", "John Smith"),
           ("쩐 반 민", "TRAN VAN MINH"), ("알리셰르 카리모프", "Alisher Karimov"),
           ("다니엘 오코너", "Daniel O'Connor"), ("장메이린", "ZHANG MEILIN"),
           ("수파차이 분마", "SUPACHAI BOONMA"), ("이리나 페트로바", "Irina Petrova")]

OFFICIAL_NAMES = ("김정훈 이수진 박상우 최윤정 정대현 강미영 조성호 윤혜린 장민석 임지영 한승우 오세진 "
                  "서동욱 신경아 권혁진 황지수 안병철 송은영 전우성 홍성민 유재원 고은비 문태식 양희정 "
                  "배진우 백승희 허정란 노현철 하지연 곽도훈 차은주 주영민 구본석 민서현 진상욱 나혜원").split()

MOBILE_PREFIX = ["010"] * 12 + ["011", "016", "019"]

REGIONS = ["서울", "경기", "인천", "부산", "대구", "광주", "대전", "충남", "강원", "전북"]
PRIV_H = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"

OFFICES = [
    dict(org="서울특별시 마포구", gu="마포구", short="마포구청", addr="서울특별시 마포구 월드컵로 212", zip="03937",
         tel="02-3153", dom="mapo.go.kr", roads=["월드컵로", "성미산로", "독막로", "망원로", "동교로", "연남로", "양화로", "신촌로"],
         dongs=["망원동", "성산동", "연남동", "합정동", "서교동", "공덕동", "아현동", "상암동"],
         stations=["합정", "망원", "홍대입구", "공덕", "마포구청", "디지털미디어시티"], head="구청장"),
    dict(org="서울특별시 강남구", gu="강남구", short="강남구청", addr="서울특별시 강남구 학동로 426", zip="06090",
         tel="02-3423", dom="gangnam.go.kr", roads=["테헤란로", "도산대로", "선릉로", "봉은사로", "역삼로", "언주로", "논현로", "압구정로"],
         dongs=["역삼동", "논현동", "삼성동", "대치동", "개포동", "청담동", "일원동", "수서동"],
         stations=["강남", "역삼", "선릉", "삼성", "신논현", "학동"], head="구청장"),
    dict(org="서울특별시 서초구", gu="서초구", short="서초구청", addr="서울특별시 서초구 남부순환로 2584", zip="06750",
         tel="02-2155", dom="seocho.go.kr", roads=["서초대로", "반포대로", "사평대로", "방배로", "효령로", "강남대로", "양재대로"],
         dongs=["서초동", "반포동", "방배동", "양재동", "잠원동", "내곡동"],
         stations=["교대", "양재", "방배", "고속터미널", "남부터미널", "내방"], head="구청장"),
    dict(org="서울특별시 관악구", gu="관악구", short="관악구청", addr="서울특별시 관악구 관악로 145", zip="08832",
         tel="02-879", dom="gwanak.go.kr", roads=["관악로", "봉천로", "남부순환로", "신림로", "난곡로", "은천로", "조원로"],
         dongs=["봉천동", "신림동", "남현동", "청룡동", "서원동", "난향동"],
         stations=["서울대입구", "신림", "봉천", "낙성대", "신대방"], head="구청장"),
    dict(org="서울특별시 송파구", gu="송파구", short="송파구청", addr="서울특별시 송파구 올림픽로 326", zip="05552",
         tel="02-2147", dom="songpa.go.kr", roads=["올림픽로", "송파대로", "백제고분로", "오금로", "중대로", "양재대로", "가락로"],
         dongs=["잠실동", "가락동", "문정동", "석촌동", "방이동", "오금동", "거여동"],
         stations=["잠실", "석촌", "가락시장", "문정", "방이", "오금"], head="구청장"),
    dict(org="서울특별시 노원구", gu="노원구", short="노원구청", addr="서울특별시 노원구 노해로 437", zip="01689",
         tel="02-2116", dom="nowon.kr", roads=["노해로", "동일로", "한글비석로", "상계로", "공릉로", "화랑로", "덕릉로"],
         dongs=["상계동", "중계동", "하계동", "공릉동", "월계동"],
         stations=["노원", "상계", "중계", "하계", "공릉", "태릉입구"], head="구청장"),
    dict(org="서울특별시 영등포구", gu="영등포구", short="영등포구청", addr="서울특별시 영등포구 당산로 123", zip="07260",
         tel="02-2670", dom="ydp.go.kr", roads=["당산로", "영등포로", "도림로", "신길로", "여의대로", "국회대로", "선유로"],
         dongs=["당산동", "문래동", "신길동", "대림동", "여의도동", "양평동"],
         stations=["영등포구청", "당산", "문래", "신길", "대림", "여의도"], head="구청장"),
    dict(org="서울특별시 은평구", gu="은평구", short="은평구청", addr="서울특별시 은평구 은평로 195", zip="03383",
         tel="02-351", dom="ep.go.kr", roads=["은평로", "통일로", "연서로", "진흥로", "불광로", "서오릉로", "응암로"],
         dongs=["응암동", "불광동", "녹번동", "대조동", "갈현동", "진관동"],
         stations=["응암", "불광", "연신내", "구산", "녹번", "역촌"], head="구청장"),
    dict(org="서울특별시 성북구", gu="성북구", short="성북구청", addr="서울특별시 성북구 보문로 168", zip="02848",
         tel="02-2241", dom="sb.go.kr", roads=["보문로", "동소문로", "정릉로", "화랑로", "오패산로", "종암로", "아리랑로"],
         dongs=["정릉동", "길음동", "종암동", "돈암동", "장위동", "석관동"],
         stations=["성신여대입구", "한성대입구", "길음", "월곡", "고려대", "보문"], head="구청장"),
    dict(org="경기도 수원시", gu="수원시", short="수원시청", addr="경기도 수원시 팔달구 효원로 241", zip="16490",
         tel="031-228", dom="suwon.go.kr", roads=["효원로", "경수대로", "권광로", "매산로", "정조로", "창룡대로", "동수원로"],
         dongs=["인계동", "매탄동", "영통동", "권선동", "화서동", "정자동"],
         stations=["수원", "수원시청", "매탄권선", "영통", "화서"], head="시장"),
    dict(org="경기도 성남시", gu="성남시", short="성남시청", addr="경기도 성남시 중원구 성남대로 997", zip="13437",
         tel="031-729", dom="seongnam.go.kr", roads=["성남대로", "황새울로", "분당로", "산성대로", "둔촌대로", "판교역로"],
         dongs=["정자동", "서현동", "수내동", "야탑동", "태평동", "금광동"],
         stations=["모란", "야탑", "서현", "정자", "판교", "수내"], head="시장"),
    dict(org="부산광역시 해운대구", gu="해운대구", short="해운대구청", addr="부산광역시 해운대구 중동2로 11", zip="48095",
         tel="051-749", dom="haeundae.go.kr", roads=["해운대로", "중동2로", "좌동순환로", "센텀중앙로", "달맞이길", "재송로"],
         dongs=["우동", "중동", "좌동", "재송동", "반여동", "송정동"],
         stations=["해운대", "센텀시티", "장산", "중동", "동백"], head="구청장"),
    dict(org="대전광역시 서구", gu="서구", short="서구청", addr="대전광역시 서구 둔산서로 100", zip="35242",
         tel="042-288", dom="seogu.go.kr", roads=["둔산로", "대덕대로", "계룡로", "갈마로", "도산로", "한밭대로"],
         dongs=["둔산동", "갈마동", "월평동", "탄방동", "관저동", "도마동"],
         stations=["시청", "탄방", "갈마", "월평", "용문"], head="구청장"),
]

DEPTS = {
    "parking": ["주차관리과", "교통행정과", "교통지도과", "주정차관리과", "교통지도팀"],
    "tax": ["세무1과", "징수과", "세외수입과", "주차관리과"],
    "welfare": ["장애인복지과", "사회복지과", "어르신장애인과", "주차관리과"],
    "info": ["주차관리과", "교통행정과", "스마트도시과", "정보통신과"],
}

RES_CITIES = [
    ("서울특별시", "서울", "서울시", [("마포구", ["성미산로", "망원로", "독막로"]), ("관악구", ["봉천로", "신림로", "난곡로"]),
                               ("노원구", ["동일로", "한글비석로", "상계로"]), ("은평구", ["통일로", "연서로", "응암로"]),
                               ("강서구", ["화곡로", "공항대로", "등촌로"]), ("동작구", ["상도로", "사당로", "노량진로"]),
                               ("송파구", ["오금로", "가락로", "중대로"]), ("중랑구", ["망우로", "용마산로", "면목로"])]),
    ("경기도", "경기", "경기도", [("고양시 일산동구", ["중앙로", "정발산로", "호수로"]), ("수원시 영통구", ["매영로", "봉영로", "청명로"]),
                            ("성남시 분당구", ["불정로", "내정로", "서현로"]), ("부천시", ["길주로", "소사로", "원미로"]),
                            ("안양시 동안구", ["평촌대로", "귀인로", "관악대로"])]),
    ("인천광역시", "인천", "인천시", [("부평구", ["부평대로", "경인로", "마장로"]), ("연수구", ["컨벤시아대로", "해돋이로"])]),
    ("부산광역시", "부산", "부산시", [("해운대구", ["좌동순환로", "해운대로", "재반로"]), ("수영구", ["광안해변로", "수영로"])]),
    ("대전광역시", "대전", "대전시", [("서구", ["계룡로", "도안동로", "갈마역로"]), ("유성구", ["대학로", "궁동로"])]),
]
JIBUN_DONG = {"마포구": ["망원동", "성산동", "합정동"], "관악구": ["봉천동", "신림동"], "노원구": ["상계동", "중계동", "월계동"],
              "은평구": ["응암동", "불광동", "역촌동"], "강서구": ["화곡동", "등촌동", "방화동"], "동작구": ["상도동", "사당동"],
              "송파구": ["가락동", "방이동", "거여동"], "중랑구": ["면목동", "상봉동", "묵동"], "고양시 일산동구": ["장항동", "백석동"],
              "수원시 영통구": ["매탄동", "영통동"], "성남시 분당구": ["정자동", "서현동"], "부천시": ["심곡동", "역곡동"],
              "안양시 동안구": ["호계동", "비산동"], "부평구": ["부평동", "산곡동"], "연수구": ["연수동", "송도동"],
              "해운대구": ["우동", "좌동", "반여동"], "수영구": ["광안동", "민락동"], "서구": ["둔산동", "갈마동"], "유성구": ["봉명동", "궁동"]}
APT = ["래미안", "푸르지오", "힐스테이트", "e편한세상", "자이", "아이파크", "주공", "현대", "한신", "롯데캐슬", "삼성", "우성"]

COMPANIES = [("㈜한빛물류", "214-86-51230", "1588-3271"), ("대성운수㈜", "105-81-44321", "02-2684-1100"),
             ("㈜서울퀵서비스", "120-87-11452", "1644-0808"), ("그린렌터카㈜", "211-88-23490", "1899-5577"),
             ("롯데렌탈㈜", "104-81-36565", "1588-1230"), ("㈜미래건설", "315-81-20987", "02-555-7820"),
             ("해오름식품㈜", "617-86-03321", "051-741-2200"), ("㈜동방택배", "101-86-77331", "1588-1255"),
             ("한국전력공사 서부지사", "120-82-00052", "123"), ("㈜케이모빌리티", "220-88-91873", "1670-2080")]
TOW_COS = [("㈜서부견인", "105-86-22190"), ("한길견인사업소", "212-12-45678"), ("㈜대한견인", "130-81-55012"),
           ("동남교통견인", "314-09-88231"), ("㈜새한모터스견인", "201-86-10457")]

BANKS = ["국민은행", "신한은행", "우리은행", "하나은행", "농협은행", "IBK기업은행", "카카오뱅크", "새마을금고", "우체국", "SC제일은행", "토스뱅크"]

HEALTH = ["지체장애(심한 장애)", "뇌병변장애 2급", "시각장애 1급", "신장장애(혈액투석 중)", "지적장애(심한 장애)",
          "자폐성장애", "청각장애(심하지 않은 장애)", "하지 절단", "척수손상으로 휠체어 사용", "고관절 인공관절 수술 후 보행 곤란",
          "파킨슨병 투병 중", "뇌경색 후유증으로 편마비", "만성 신부전으로 주 3회 투석", "무릎 연골 파열로 목발 보행",
          "임신 34주", "심장장애(심한 장애)", "호흡기장애 3급", "루게릭병(근위축성 측삭경화증)"]
WOUND = ["상이등급 4급", "상이등급 6급 2항", "상이등급 7급", "고엽제후유증 경도", "상이등급 3급"]
REASONS_GENERAL = ["택배 물품을 잠시 내리는 중이었습니다", "아이가 갑자기 아파 약국에 들렀습니다",
                   "차량 고장으로 견인차를 기다리던 중이었습니다", "단속 안내 표지판이 가려져 보이지 않았습니다",
                   "주차면 경계가 지워져 있어 주차구역인 줄 알았습니다", "5분 이내 정차 후 바로 출발하였습니다",
                   "이삿짐을 옮기는 중이었으며 사전에 관리사무소에 알렸습니다"]

FIRST_PERSONAL_EMAIL = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "hotmail.com"]
EMAIL_IDS = ["sky", "happy", "dream", "min", "jjang", "blue", "sun", "park", "kim", "lee", "hana", "moon", "star", "jin"]

STATUTES_PARK = ["도로교통법 제32조(정차 및 주차의 금지)", "도로교통법 제33조(주차금지의 장소)",
                 "도로교통법 제32조 제1호(교차로·횡단보도 등)", "도로교통법 제32조 제6호(소방시설 5미터 이내)",
                 "도로교통법 제12조(어린이보호구역) 및 같은 법 시행령 별표 7", "도로교통법 제34조(정차 또는 주차의 방법)"]
VIOLATIONS = [("보도 주차", 40000), ("횡단보도 정차", 40000), ("교차로 모퉁이 5m 이내 주차", 40000),
              ("소화전 5m 이내 주차", 80000), ("어린이보호구역 주차", 120000), ("버스정류소 10m 이내 정차", 40000),
              ("이중주차", 40000), ("황색실선 구간 주차", 40000), ("소방차 전용구역 주차", 100000),
              ("심야 화물차 밤샘주차", 50000), ("자전거전용도로 주차", 40000)]

# ---------------------------------------------------------------------------
# random helpers
# ---------------------------------------------------------------------------


class G:
    def __init__(self, rng):
        self.r = rng
        self.used_plates = set()

    def choice(self, x):
        return self.r.choice(x)

    def chance(self, p):
        return self.r.random() < p

    # -- names -----------------------------------------------------------
    def person(self, foreign_p=0.07, kind=None):
        r = self.r
        p = {}
        if kind == "foreign" or (kind is None and r.random() < foreign_p):
            ko, la = r.choice(FOREIGN)
            p.update(foreign=True, ko=ko, latin=la, sur=ko.split()[0][:1], given=ko)
        else:
            sur = r.choice(SURNAMES)
            given = r.choice(GIVEN1) if r.random() < 0.08 else r.choice(GIVEN2)
            p.update(foreign=False, sur=sur, given=given, ko=sur + given)
            if all(ch in HANJA for ch in [sur] + list(given)):
                p["hanja"] = HANJA[sur] + "".join(HANJA[c] for c in given)
        y = r.randint(1944, 2004)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        p["birth"] = (y, m, d)
        p["male"] = r.random() < 0.55
        return p

    def name_parts(self, p, allow_variants=True):
        """list of parts for a person's name (maybe two spans: hangul + hanja/latin)."""
        r = self.r
        if p["foreign"]:
            v = r.random()
            if v < 0.45:
                return [(p["ko"], "PERSON")]
            if v < 0.75:
                return [(p["latin"], "PERSON")]
            return [(p["ko"], "PERSON"), "(", (p["latin"], "PERSON"), ")"]
        if not allow_variants:
            return [(p["ko"], "PERSON")]
        v = r.random()
        if v < 0.78:
            return [(p["ko"], "PERSON")]
        if v < 0.86:
            return [(p["sur"] + " " + p["given"], "PERSON")]
        if v < 0.91 and len(p["given"]) == 2:
            return [(p["sur"] + " " + p["given"][0] + " " + p["given"][1], "PERSON")]
        if "hanja" in p:
            if r.random() < 0.5:
                return [(p["ko"], "PERSON"), "(", (p["hanja"], "PERSON"), ")"]
            return [(p["hanja"], "PERSON")]
        return [(p["ko"], "PERSON")]

    def name_str(self, p):
        return p["ko"]

    def masked_name(self):
        r = self.r
        s = r.choice(SURNAMES)
        v = r.random()
        if v < 0.4:
            return s + "○" + r.choice("수민영호희자진")
        if v < 0.6:
            return s + "**"
        if v < 0.8:
            return r.choice("ABCD") + "씨"
        return s + "모씨"

    def official(self):
        return self.r.choice(OFFICIAL_NAMES)

    # -- numbers ----------------------------------------------------------
    def mobile(self):
        r = self.r
        pre = r.choice(MOBILE_PREFIX)
        a = r.randint(2000, 9999) if pre == "010" else r.randint(200, 999)
        b = r.randint(1000, 9999)
        f = r.random()
        if f < 0.55:
            return f"{pre}-{a}-{b}"
        if f < 0.67:
            return f"{pre} {a} {b}"
        if f < 0.77:
            return f"{pre}{a}{b}"
        if f < 0.86:
            return f"{pre}.{a}.{b}"
        if f < 0.93 and pre == "010":
            return f"+82-10-{a}-{b}"
        if pre == "010":
            return f"+82 10 {a} {b}"
        return f"{pre}-{a}-{b}"

    def home_phone(self):
        r = self.r
        area = r.choice(["02", "02", "031", "032", "051", "042"])
        n = f"{r.randint(200, 999)}-{r.randint(1000, 9999)}" if area != "02" or r.random() < 0.5 else f"{r.randint(2000, 9999)}-{r.randint(1000, 9999)}"
        if r.random() < 0.2:
            return f"({area}){n}"
        return f"{area}-{n}"

    def rrn(self, p, foreign=None, masked_p=0.2):
        r = self.r
        y, m, d = p["birth"]
        foreign = p["foreign"] if foreign is None else foreign
        if foreign:
            g = (5 if p["male"] else 6) if y < 2000 else (7 if p["male"] else 8)
        else:
            g = (1 if p["male"] else 2) if y < 2000 else (3 if p["male"] else 4)
        front = f"{y % 100:02d}{m:02d}{d:02d}"
        back = f"{g}{r.randint(0, 999999):06d}"
        v = r.random()
        label = "KR_FRN" if foreign else "KR_RRN"
        if v < masked_p:
            return f"{front}-{g}" + r.choice(["******", "xxxxxx", "●●●●●●"]), label
        if v < 0.72:
            return f"{front}-{back}", label
        if v < 0.85:
            return f"{front}{back}", label
        return f"{front} - {back}", label

    def birth(self, p, style=None):
        y, m, d = p["birth"]
        style = style if style is not None else self.r.randint(0, 4)
        return [f"{y}. {m}. {d}.", f"{y}-{m:02d}-{d:02d}", f"{y}년 {m}월 {d}일", f"{y % 100:02d}.{m:02d}.{d:02d}", f"{y}.{m:02d}.{d:02d}."][style]

    def plate(self, kind=None):
        r = self.r
        while True:
            k = kind or r.choices(["new3", "old2", "region", "moto"], [5, 3, 1.3, 1.1])[0]
            h = r.choice(PRIV_H)
            sp = r.random()
            if k == "new3":
                a, b = r.randint(100, 399), r.randint(1000, 9999)
                s = f"{a}{h}{b}" if sp < 0.7 else (f"{a}{h} {b}" if sp < 0.9 else f"{a} {h} {b}")
            elif k == "old2":
                a, b = r.randint(10, 99), r.randint(1000, 9999)
                s = f"{a}{h}{b}" if sp < 0.75 else f"{a}{h} {b}"
            elif k == "region":
                a, b = r.randint(10, 99), r.randint(1000, 9999)
                reg = r.choice(REGIONS)
                s = f"{reg}{a}{h}{b}" if sp < 0.6 else f"{reg} {a}{h} {b}"
            else:  # motorcycle (이륜자동차)
                reg, gu = r.choice([("서울", "마포"), ("서울", "강남"), ("서울", "관악"), ("서울", "송파"), ("경기", "수원"),
                                    ("경기", "성남"), ("부산", "해운대"), ("서울", "노원"), ("서울", "은평")])
                h = r.choice("가나다라마바사아자차카타파하")
                b = r.randint(1000, 9999)
                s = f"{reg}{gu} {h} {b}" if sp < 0.5 else (f"{reg}{gu}{h}{b}" if sp < 0.8 else f"{reg} {gu} {h} {b}")
            if s not in self.used_plates:
                self.used_plates.add(s)
                return s

    def company_plate(self):
        r = self.r
        k = r.random()
        if k < 0.35:
            return f"{r.choice(['서울', '경기', '인천'])}{r.randint(70, 99)}{r.choice('바사아자')}{r.randint(1000, 9999)}"
        if k < 0.6:
            return f"{r.randint(10, 399)}{r.choice('하허호')}{r.randint(1000, 9999)}"
        if k < 0.8:
            return f"{r.randint(80, 99)}배{r.randint(1000, 9999)}"
        return f"{r.randint(100, 399)}{r.choice('바사아자')}{r.randint(1000, 9999)}"

    def masked_plate(self):
        r = self.r
        a = r.randint(10, 399)
        return f"{a}{r.choice(PRIV_H)}" + r.choice(["**", "○○", "XX"]) + f"{r.randint(10, 99)}"

    def account(self):
        r = self.r
        bank = r.choice(BANKS)
        forms = {
            "국민은행": lambda: f"{r.randint(100000, 999999)}-{r.randint(10, 99)}-{r.randint(100000, 999999)}",
            "신한은행": lambda: f"110-{r.randint(100, 999)}-{r.randint(100000, 999999)}",
            "우리은행": lambda: f"1002-{r.randint(100, 999)}-{r.randint(100000, 999999)}",
            "하나은행": lambda: f"{r.randint(100, 999)}-{r.randint(100000, 999999)}-{r.randint(10000, 99999)}",
            "농협은행": lambda: f"{r.choice(['302', '301', '352'])}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}",
            "IBK기업은행": lambda: f"{r.randint(100, 999)}-{r.randint(100000, 999999)}-{r.randint(10, 99)}-{r.randint(100, 999)}",
            "카카오뱅크": lambda: f"3333-{r.randint(10, 99)}-{r.randint(1000000, 9999999)}",
            "새마을금고": lambda: f"9002-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(1, 9)}",
            "우체국": lambda: f"{r.randint(100000, 999999)}-{r.randint(10, 99)}-{r.randint(100000, 999999)}",
            "SC제일은행": lambda: f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(100000, 999999)}",
            "토스뱅크": lambda: f"1000-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
        }
        n = forms[bank]()
        if r.random() < 0.15:
            n = n.replace("-", "")
        return bank, n

    def card(self):
        r = self.r
        g = [r.choice(["9410", "4518", "5327", "3569", "4092"])] + [f"{r.randint(0, 9999):04d}" for _ in range(3)]
        return "-".join(g) if r.random() < 0.7 else " ".join(g)

    def email(self, p):
        r = self.r
        base = r.choice(EMAIL_IDS) + r.choice(["", "_", "."]) + (p["latin"].split()[0].lower() if p["foreign"] else r.choice(["kim", "hj", "ys", "love", "mom", "dad", "jh"]))
        return f"{base}{r.randint(1, 99)}@{r.choice(FIRST_PERSONAL_EMAIL)}"

    def ip(self):
        r = self.r
        return f"{r.choice([211, 175, 118, 223, 121, 58, 112])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def license(self):
        r = self.r
        if r.random() < 0.6:
            return f"{r.randint(11, 28)}-{r.randint(0, 25):02d}-{r.randint(0, 999999):06d}-{r.randint(10, 99)}"
        reg = r.choice(["서울", "경기", "부산", "인천", "대전"])
        sep = r.choice([" ", ""])
        return f"{reg}{sep}{r.randint(0, 25):02d}-{r.randint(0, 999999):06d}-{r.randint(10, 99)}"

    def passport(self):
        r = self.r
        if r.random() < 0.5:
            return f"M{r.randint(10000000, 99999999)}"
        return f"M{r.randint(100, 999)}{r.choice('ABCDEFGHJK')}{r.randint(1000, 9999)}"

    def address(self, style=None):
        """returns (full address string, unit-only string or None)"""
        r = self.r
        prov, short, mid, districts = r.choice(RES_CITIES)
        gu, roads = r.choice(districts)
        road = r.choice(roads)
        if r.random() < 0.35:
            road = f"{road}{r.randint(1, 40)}길"
        num = f"{r.randint(1, 300)}" + (f"-{r.randint(1, 30)}" if r.random() < 0.4 else "")
        head = r.choice([prov, prov, short, mid])
        s = style if style is not None else r.randint(0, 5)
        if s in (0, 1):
            dong, ho = r.randint(101, 125), r.randint(1, 25) * 100 + r.randint(1, 6)
            unit = f"{dong}동 {ho}호"
            apt = r.choice(APT)
            full = f"{head} {gu} {road} {num}, {unit}" + (f" ({apt}아파트)" if s == 1 else "")
            return full, unit
        if s == 2:
            unit = f"{r.randint(1, 5)}0{r.randint(1, 4)}호"
            return f"{head} {gu} {road} {num}, {unit}", unit
        if s == 3:
            return f"{head} {gu} {road} {num}", None
        if s == 4:
            # 지번
            dong = r.choice(JIBUN_DONG.get(gu, ["중앙동", "신흥동"]))
            return f"{head} {gu} {dong} {r.randint(1, 1500)}-{r.randint(1, 99)}", None
        floor = r.choice(["2층", "3층", "지층", "1층 좌측", "옥탑"])
        return f"{gu} {road} {num} {floor}", None

    def place(self, off):
        """public enforcement place (not personal)"""
        r = self.r
        v = r.randint(0, 8)
        road = r.choice(off["roads"])
        if v == 0:
            return f"{off['gu']} {road} {r.randint(1, 400)} 앞 도로"
        if v == 1:
            return f"{r.choice(off['stations'])}역 {r.randint(1, 9)}번 출구 앞"
        if v == 2:
            return f"{r.choice(off['dongs'])} {r.choice(['새솔', '한빛', '중앙', '으뜸', '솔밭', '동명', '서림'])}초등학교 정문 앞 어린이보호구역"
        if v == 3:
            return f"{road} {r.choice(['사거리', '삼거리', '교차로'])} 모퉁이"
        if v == 4:
            return f"{r.choice(off['dongs'])} {r.choice(['공영주차장', '주민센터 앞', '전통시장 입구', '근린공원 입구', '구립도서관 앞'])}"
        if v == 5:
            return f"{road} {r.randint(1, 300)}번지 앞 버스정류소"
        if v == 6:
            return f"{off['gu']} {r.choice(off['dongs'])} {r.randint(1, 900)}-{r.randint(1, 30)} 앞 소화전"
        if v == 7:
            return f"{road} 중앙버스전용차로 ({r.choice(off['stations'])}역 방면)"
        return f"{road}{r.randint(1, 30)}길 {r.randint(1, 120)} 앞 이면도로"

    def officeline(self, off):
        return f"{off['tel']}-{self.r.randint(1000, 9999)}" if off["tel"].count("-") == 1 and len(off["tel"].split("-")[1]) == 4 else f"{off['tel']}-{self.r.randint(1000, 9999)}"

    def officemail(self, off):
        return f"{self.r.choice(['park', 'traffic', 'jucha', 'kim', 'lee', 'tow', 'fine'])}{self.r.randint(1, 99)}@{off['dom'] if self.r.random() < 0.7 else (self.r.choice(['korea.kr', 'seoul.go.kr']) if off['org'].startswith('서울') else 'korea.kr')}"


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

WEEK = "월화수목금토일"


def fdate(d, style, wd=False):
    w = f"({WEEK[d.weekday()]})" if wd else ""
    if style == 0:
        return f"{d.year}. {d.month}. {d.day}.{w}"
    if style == 1:
        return f"{d.year}-{d.month:02d}-{d.day:02d}{w}"
    if style == 2:
        return f"{d.year}년 {d.month}월 {d.day}일{w}"
    if style == 3:
        return f"'{d.year % 100}.{d.month}.{d.day}.{w}"
    return f"{d.year}.{d.month:02d}.{d.day:02d}.{w}"


def ftime(h, m, style):
    return f"{h:02d}:{m:02d}" if style != 2 else f"{h}시 {m:02d}분"


def won(n):
    return f"{n:,}원"


# ---------------------------------------------------------------------------
# table / field renderers (cells are part-lists)
# ---------------------------------------------------------------------------


def cell(x):
    if isinstance(x, list):
        return x
    if isinstance(x, tuple):
        return [x]
    return [str(x)]


def render_table(b, style, headers, rows, g=None):
    rows = [[cell(c) for c in row] for row in rows]
    if style == "pipe":
        b.t("| " + " | ".join(headers) + " |").nl()
        b.t("|" + "|".join("---" for _ in headers) + "|").nl()
        for row in rows:
            b.t("| ")
            for i, c in enumerate(row):
                if i:
                    b.t(" | ")
                b.p(c)
            b.t(" |").nl()
    elif style == "box":
        widths = [max([dwidth(h)] + [dwidth(ptext(r[i])) for r in rows]) + 2 for i, h in enumerate(headers)]
        b.t("┌" + "┬".join("─" * w for w in widths) + "┐").nl()
        b.t("│")
        for h, w in zip(headers, widths):
            b.t(" " + h + " " * max(0, w - dwidth(h) - 1) + "│")
        b.nl()
        b.t("├" + "┼".join("─" * w for w in widths) + "┤").nl()
        for row in rows:
            b.t("│")
            for c, w in zip(row, widths):
                b.t(" ").p(c).t(" " * max(0, w - dwidth(ptext(c)) - 1) + "│")
            b.nl()
        b.t("└" + "┴".join("─" * w for w in widths) + "┘").nl()
    elif style == "tab":
        b.t("\t".join(headers)).nl()
        for row in rows:
            for i, c in enumerate(row):
                if i:
                    b.t("\t")
                b.p(c)
            b.nl()
    elif style == "bullet":
        mk = g.choice(["○", "-", "•", "▪"]) if g else "○"
        num = g.chance(0.4) if g else False
        for k, row in enumerate(rows):
            b.t(f"{k + 1}) " if num else f"{mk} ")
            b.p(row[0])
            rest = list(zip(headers[1:], row[1:]))
            if rest:
                b.t(" : " if g and g.chance(0.5) else " - ")
                for i, (h, c) in enumerate(rest):
                    if i:
                        b.t(", ")
                    b.t(h + " ").p(c)
            b.nl()
    elif style == "kv":
        for k, row in enumerate(rows):
            b.t(f"[{k + 1}]").nl()
            for h, c in zip(headers, row):
                b.t(f"  {h} : ").p(c).nl()
    else:  # prose
        for k, row in enumerate(rows):
            b.t(["첫째", "둘째", "셋째", "넷째", "다섯째", "여섯째", "일곱째", "여덟째", "아홉째", "열째"][k % 10] + ", ")
            for i, (h, c) in enumerate(zip(headers, row)):
                if i:
                    b.t(", ")
                b.t(h + " ").p(c)
            last = ptext(row[-1]).strip()
            b.t("." if last.endswith("-") or last.endswith(")") or g is None or g.chance(0.5) else ("입니다." if batchim(last) is False and g.chance(0.5) else "임.")).nl()


def render_fields(b, style, pairs, g=None):
    """pairs: list of (key, cell)"""
    pairs = [(k, cell(v)) for k, v in pairs]
    if style == "pipe":
        b.t("| 구분 | 내용 |").nl().t("|---|---|").nl()
        for k, v in pairs:
            b.t(f"| {k} | ").p(v).t(" |").nl()
    elif style == "box":
        kw = max(dwidth(k) for k, _ in pairs) + 2
        vw = max(dwidth(ptext(v)) for _, v in pairs) + 2
        b.t("┌" + "─" * kw + "┬" + "─" * vw + "┐").nl()
        for i, (k, v) in enumerate(pairs):
            if i:
                b.t("├" + "─" * kw + "┼" + "─" * vw + "┤").nl()
            b.t("│ " + k + " " * max(0, kw - dwidth(k) - 1) + "│ ").p(v).t(" " * max(0, vw - dwidth(ptext(v)) - 1) + "│").nl()
        b.t("└" + "─" * kw + "┴" + "─" * vw + "┘").nl()
    elif style == "tab":
        for k, v in pairs:
            b.t(k + "\t").p(v).nl()
    elif style == "bullet":
        mk = g.choice(["○", "-", "·", "□"]) if g else "○"
        for k, v in pairs:
            b.t(f"  {mk} {k}: ").p(v).nl()
    elif style == "prose":
        for i, (k, v) in enumerate(pairs):
            b.t(k + " " if i == 0 else ", " + k + " ").p(v)
        b.t("" if ptext(pairs[-1][1]).endswith(".") else ".").nl()
    else:  # kv
        sep = g.choice([" : ", ": ", "：", " ： "]) if g else " : "
        spaced = g.chance(0.4) if g else False
        for k, v in pairs:
            kk = " ".join(k) if spaced and len(k) <= 4 else k
            b.t(kk + sep).p(v).nl()


# ---------------------------------------------------------------------------
# document frame
# ---------------------------------------------------------------------------


class Ctx:
    def __init__(self, g, off, dept, date, dstyle):
        self.g = g
        self.off = off
        self.dept = dept
        self.date = date
        self.ds = dstyle
        self.drafter = g.official()
        self.reviewer = g.official()
        while self.reviewer == self.drafter:
            self.reviewer = g.official()
        self.approver = g.official()
        while self.approver in (self.drafter, self.reviewer):
            self.approver = g.official()
        self.rank = g.choice(["과장", "과장", "팀장", "국장", "과장"])
        self.line = g.officeline(off)
        self.fax = g.officeline(off)
        self.mail = g.officemail(off)
        self.docno = f"{dept}-{g.r.randint(1000, 29999)}"

    def d(self, day, wd=False):
        return fdate(day, self.ds, wd)


def vicehead(off):
    return "부구청장" if off["org"].endswith("구") else "부시장"


def headname(off):
    return off["org"] + ("청장" if off["org"].endswith("구") else "장")


GRADE_LABEL = {"public": "공개", "partial": "부분공개", "nonpublic": "비공개"}


def header(b, c, title_parts, recipient, style):
    g = c.g
    if style == "gian":
        b.t(c.off["org"] if g.chance(0.6) else c.off["short"]).nl(2)
        b.t("수신  ").p(cell(recipient)).nl()
        b.t("(경유)").nl()
        b.t("제목  ").p(title_parts).nl(2)
    elif style == "letter":
        b.t(c.off["org"] + " " + c.dept).nl()
        b.t(f"문서번호 {c.docno}  ({c.d(c.date)})").nl(2)
        b.p(cell(recipient)).nl(2)
        b.t("제목: ").p(title_parts).nl(2)
    elif style == "memo":
        b.t(g.choice(["[업무연락]", "[메모]", "■ 업무 메모", "[내부 검토 메모]"])).nl()
        b.t(f"작성: {c.dept} {c.drafter} 주무관 / {c.d(c.date)}").nl()
        b.t("건명: ").p(title_parts).nl()
        b.t("-" * 30).nl()
    elif style == "form":
        b.t(g.choice(["■ 질서위반행위규제법 시행령 [별지 제1호서식]", "[별지 서식]", "■ 서식 제3호", "<서식>"])).nl(2)
        b.t("        ").p(title_parts).nl(2)
    else:  # report
        b.t("□ ").p(title_parts).nl()
        b.t(f"  ({c.dept}, {c.d(c.date)})").nl(2)


def footer(b, c, style, grade, grounds, attach=None):
    g = c.g
    if attach:
        b.nl().t("붙임  ")
        for i, a in enumerate(attach):
            if i:
                b.t("\n      ")
            b.t(f"{i + 1}. " if len(attach) > 1 else "").p(cell(a)).t(" 1부.")
        b.t("  끝.").nl()
    elif style == "gian":
        b.t("  끝.").nl()
    if style == "gian":
        b.nl().t(headname(c.off) + (" (직인생략)" if g.chance(0.4) else "")).nl(2)
        b.t(f"주무관 {c.drafter}    {g.choice(['팀장', '주차단속팀장', '교통지도팀장'])} {c.reviewer}    "
            f"{c.rank} {c.approver}" + (f"(전결 {c.date.month}/{c.date.day})" if g.chance(0.5) else "")).nl()
        b.t(f"시행  {c.docno} ({c.d(c.date)})    접수").nl()
        b.t(f"우 {c.off['zip']}  {c.off['addr']} / www.{c.off['dom']}").nl()
        b.t(f"전화번호 {c.line}  팩스번호 {c.fax}  / {c.mail}  / ")
        gl = GRADE_LABEL[grade]
        b.t(gl + (f"({','.join(str(x) for x in grounds)})" if grounds else "")).nl()
    elif style == "letter":
        b.nl().t(headname(c.off)).nl()
        b.t(f"(담당: {c.dept} 주무관 {c.drafter}, ☎ {c.line}" + (f", {c.mail}" if g.chance(0.5) else "") + ")").nl()
    elif style == "memo":
        b.t("-" * 30).nl()
        b.t(f"문의 {c.drafter} (내선 {c.line[-4:]}) / 확인 {c.reviewer} 팀장").nl()
    elif style == "form":
        b.nl().t(f"{c.d(c.date)}").nl()
        b.t(f"{headname(c.off)}  (담당부서: {c.dept}, 전화 {c.line})").nl()
    else:
        b.nl().t(f"※ 담당: {c.dept} {c.drafter}({c.line}), 검토 {c.reviewer}, 결재 {c.rank} {c.approver}").nl()


# ---------------------------------------------------------------------------
# person bundle helpers
# ---------------------------------------------------------------------------


def pstuff(g, foreign_p=0.09, kind=None):
    p = g.person(foreign_p=foreign_p, kind=kind)
    p["np"] = g.name_parts(p)
    p["phone"] = g.mobile()
    p["addr"], p["unit"] = g.address()
    p["plate"] = g.plate()
    return p


def nm(p, pair=None):
    """name parts, optionally followed by a particle that fits the Hangul name"""
    np = list(p["np"])
    if pair:
        np.append(J(np[0][0], pair))
    return np


def honor(g, p):
    """name with an honorific / particle glued, as a sentence subject"""
    return nm(p) + [g.choice(["님께서", " 씨가", "님이", " 님이", "씨께서"])]


def viol(g):
    return g.choice(VIOLATIONS)


def ddate(c, back_lo, back_hi):
    return c.date - dt.timedelta(days=c.g.r.randint(back_lo, back_hi))


def hm(g):
    return g.r.randint(0, 23), g.r.randint(0, 59)


TSTY = ["pipe", "box", "tab", "bullet", "kv", "prose"]
FSTY = ["kv", "kv", "pipe", "box", "tab", "bullet", "prose"]


def finish(b, c, title, doc_type, grade, grounds):
    if grade != "nonpublic":
        if not b.ents:
            grade, grounds = "public", []
    return dict(title=title, department=f"{c.off['org']} {c.dept}", doc_type=doc_type,
                approved_at=c.date.isoformat(), drafter=c.drafter, approver=c.approver,
                approver_rank=c.rank, text=b.text(), entities=b.ents, grade=grade, grounds=grounds)


def hdr_pick(g, *opts):
    return g.choice(opts)


def law_line(g):
    return g.choice(["도로교통법 제32조, 제33조 및 제160조 제3항", "도로교통법 제32조(정차 및 주차의 금지)",
                     "질서위반행위규제법 제16조(사전통지 및 의견 제출 등)", "도로교통법 시행령 제88조 및 별표 6",
                     "도로교통법 제35조(주차위반에 대한 조치)", "질서위반행위규제법 제18조(자진납부자에 대한 과태료 감경)"])


def vehicle_kind(g):
    return g.choice(["승용", "승용", "승용", "승합", "화물(1톤)", "이륜", "SUV", "승용(경차)"])


def owner_cell(g, p, with_phone=False):
    cellp = list(p["np"])
    if with_phone:
        cellp += ["(", (p["phone"], "PHONE"), ")"]
    return cellp


# ---------------------------------------------------------------- K1 사전통지

def k_prenotice(g, off, date, ds):
    r = g.r
    c = Ctx(g, off, g.choice(DEPTS["parking"]), date, ds)
    b = B()
    multi = g.chance(0.45)
    grade, grounds = "partial", [6]
    vday = ddate(c, 3, 25)
    due = c.date + dt.timedelta(days=r.choice([10, 14, 20]))
    if multi:
        frame = g.choice(["gian", "gian", "report", "memo"])
        title = g.choice(["주정차위반 과태료 부과 사전통지서 발송", "불법 주정차 과태료 사전통지 발송 계획",
                          "주·정차 위반차량 과태료 부과 사전통지(의견제출 안내)"])
        header(b, c, [title], "내부결재", frame)
        b.t(f"1. 관련: {law_line(g)}").nl()
        b.t(f"2. {c.d(vday)}부터 {c.d(vday + dt.timedelta(days=r.randint(2, 6)))}까지 관내 불법 주정차 단속 차량에 대하여 "
            f"과태료 부과에 앞서 당사자에게 의견 제출 기회를 부여하기 위하여 사전통지서를 아래와 같이 발송하고자 합니다.").nl(2)
        b.t(f"  가. 발송방법: {g.choice(['일반우편', '등기우편', '모바일 전자고지(카카오페이·네이버)', '일반우편 및 모바일 전자고지 병행'])}").nl()
        b.t(f"  나. 의견제출 기한: {c.d(due)}까지").nl()
        b.t("  다. 발송 대상").nl()
        n = r.randint(3, 8)
        h_owner = g.choice(["소유자", "성명", "납부의무자", "차주", "대상자", "당사자"])
        h_plate = g.choice(["차량번호", "자동차등록번호", "차량"])
        h_addr = g.choice(["주소", "주소지", "송달주소", "주  소"])
        with_addr = g.chance(0.7)
        headers = ["연번", h_plate, h_owner] + ([h_addr] if with_addr else []) + ["위반일시", "위반장소", "위반내용", "금액"]
        rows = []
        for i in range(n):
            v, amt = viol(g)
            day = vday + dt.timedelta(days=r.randint(0, 6))
            h, m = hm(g)
            if g.chance(0.18):
                co = g.choice(COMPANIES)
                row = [str(i + 1), g.company_plate(), co[0] + "(법인)"] + (["본점 소재지 송달"] if with_addr else [])
            else:
                p = pstuff(g)
                row = [str(i + 1), [(p["plate"], "VEHICLE_PLATE")], list(p["np"])] + ([[(p["addr"], "ADDRESS")]] if with_addr else [])
            row += [f"{c.d(day)} {ftime(h, m, ds)}", g.place(off), v, won(amt)]
            rows.append(row)
        render_table(b, g.choice(TSTY), headers, rows, g)
        b.nl().t(f"3. 의견제출 기한 내에 자진 납부하는 경우 과태료의 100분의 20을 감경하며(질서위반행위규제법 제18조), "
                 f"기한 내 의견을 제출하지 아니하면 의견이 없는 것으로 봅니다.").nl()
        b.t(f"4. 단속요원 {g.official()}, {g.official()}의 현장 채증 사진은 주정차단속시스템에 등록되어 있음.").nl()
        footer(b, c, frame, grade, grounds, attach=["사전통지서 발송 명단"] if g.chance(0.5) else None)
        return finish(b, c, title, "과태료 부과 사전통지 발송", grade, grounds)

    frame = g.choice(["form", "letter", "gian", "form"])
    p = pstuff(g)
    v, amt = viol(g)
    h, m = hm(g)
    tp = ["과태료 부과 사전통지서"] if g.chance(0.6) else ["과태료 부과 사전통지(", *p["np"], ")"]
    title = ptext(tp)
    rcp = nm(p) + [g.choice([" 귀하", " 님", " 귀하 (차량 소유자)"])]
    header(b, c, tp, rcp, frame)
    if frame == "letter":
        b.t("귀하의 차량이 아래와 같이 주정차 위반으로 단속되어 ").t(law_line(g)).t("에 따라 과태료를 부과하기 전에 미리 알려드립니다.").nl(2)
    else:
        b.t("「질서위반행위규제법」 제16조에 따라 과태료 부과 전에 그 내용을 사전 통지하오니 의견이 있으시면 기한 내에 제출하여 주시기 바랍니다.").nl(2)
    pairs = [(g.choice(["성명", "당사자", "납부의무자", "소유자 성명"]), list(p["np"]))]
    if p["foreign"]:
        rr, lab = g.rrn(p, masked_p=0.5)
        pairs.append(("외국인등록번호", [(rr, lab)]))
    elif g.chance(0.55):
        pairs.append((g.choice(["생년월일", "생년월일(법인번호)"]), [(g.birth(p), "BIRTH_DATE")]))
    pairs.append((g.choice(["주소", "주 소", "송달장소"]), [(p["addr"], "ADDRESS")]))
    pairs.append((g.choice(["차량번호", "자동차등록번호"]), [(p["plate"], "VEHICLE_PLATE")]))
    pairs.append(("위반일시", f"{c.d(vday, g.chance(0.5))} {ftime(h, m, ds)}"))
    pairs.append(("위반장소", g.place(off)))
    pairs.append(("위반내용", f"{v} ({g.choice(STATUTES_PARK)})"))
    pairs.append(("과태료 금액", f"{won(amt)} (기한 내 자진납부 시 {won(int(amt * 0.8))})"))
    pairs.append(("의견제출 기한", c.d(due)))
    render_fields(b, g.choice(FSTY), pairs, g)
    b.nl().t("※ 의견제출은 방문, 우편, 팩스 또는 인터넷(이파킹·위택스)으로 할 수 있으며, 문의는 ")
    b.t(f"{c.dept}({c.line}) 또는 " + ("다산콜센터(120)" if off["org"].startswith("서울") else "민원콜센터(국번 없이 120)") + "로 하여 주십시오.").nl()
    if g.chance(0.3):
        b.t("※ 사전통지서와 함께 발송된 가상계좌는 당해 과태료 납부에만 사용됩니다.").nl()
    footer(b, c, frame, grade, grounds)
    return finish(b, c, title, "과태료 부과 사전통지서", grade, grounds)


# ---------------------------------------------------------------- K2 의견진술

def k_opinion(g, off, date, ds):
    r = g.r
    c = Ctx(g, off, g.choice(DEPTS["parking"]), date, ds)
    b = B()
    grade, grounds = "partial", [6]
    variant = g.choice(["submit", "reply", "reply", "result"])
    vday = ddate(c, 15, 60)
    h, m = hm(g)
    place = g.place(off)
    if variant == "result":
        frame = g.choice(["gian", "report", "memo", "gian"])
        title = g.choice(["주정차위반 의견진술 심의 결과 보고", "과태료 의견진술(이의신청) 처리 결과", "의견진술 심의위원회 심의 결과 통보"])
        header(b, c, [title], "내부결재", frame)
        b.t(f"1. {c.d(ddate(c, 1, 7))} 개최된 주정차위반 의견진술심의위원회(위원장 {vicehead(off)} {g.official()})의 심의 결과를 아래와 같이 보고합니다.").nl(2)
        n = r.randint(3, 7)
        headers = ["접수번호", g.choice(["진술인", "신청인", "이의신청인", "성명"]), "차량번호", "사유 요지", "심의결과"]
        rows = []
        for i in range(n):
            p = pstuff(g)
            reason = g.choice(["긴급 환자 이송", "차량 도난 기간 중 단속", "택배 하차 중", "번호판 오인식", "이사 중 일시 정차",
                               "단속 표지 미비", "장애인 탑승 중 승하차"])
            res = g.choice(["수용(부과 취소)", "불수용", "불수용", "일부 수용(감경)"])
            cellp = list(p["np"])
            if g.chance(0.3):
                cellp += ["(", (p["phone"], "PHONE"), ")"]
            plate = [(p["plate"], "VEHICLE_PLATE")]
            rows.append([f"{date.year}-{r.randint(100, 2999):04d}", cellp, plate, reason, res])
        if g.chance(0.3):
            co = g.choice(COMPANIES)
            rows.append([f"{date.year}-{r.randint(100, 2999):04d}", co[0], g.company_plate(), "영업용 화물 하역", "불수용"])
        render_table(b, g.choice(TSTY), headers, rows, g)
        b.nl().t("2. 수용 건은 과태료 부과를 취소하고, 불수용 건은 진술인에게 그 결과와 이의제기 절차(질서위반행위규제법 제20조)를 안내하겠습니다.").nl()
        footer(b, c, frame, grade, grounds)
        return finish(b, c, title, "의견진술 심의 결과", grade, grounds)

    p = pstuff(g)
    if variant == "submit":
        frame = g.choice(["form", "form", "memo"])
        title = "주정차위반 과태료 의견진술서"
        header(b, c, [title], [f"{headname(c.off)} 귀하"], frame)
        pairs = [(g.choice(["진술인 성명", "성명", "신청인"]), list(p["np"])),
                 (g.choice(["주소", "주소지"]), [(p["addr"], "ADDRESS")]),
                 (g.choice(["연락처", "휴대전화", "전화번호", "핸드폰"]), [(p["phone"], "PHONE")])]
        if g.chance(0.4):
            pairs.append(("전자우편", [(g.email(p), "EMAIL")]))
        if g.chance(0.35):
            rr, lab = g.rrn(p)
            pairs.append(("주민등록번호" if lab == "KR_RRN" else "외국인등록번호", [(rr, lab)]))
        pairs += [("차량번호", [(p["plate"], "VEHICLE_PLATE")]), ("위반일시", f"{c.d(vday)} {ftime(h, m, ds)}"), ("위반장소", place)]
        render_fields(b, g.choice(FSTY), pairs, g)
        b.nl().t(g.choice(["진술 내용", "의견 진술 사유", "【사유】"])).nl()
        _opinion_reason(b, g, p, c)
        b.nl().t("위와 같이 의견을 진술하오니 선처하여 주시기 바랍니다.").nl()
        b.t(f"{c.d(ddate(c, 0, 3))}   진술인 ").p(p["np"]).t(" (서명)").nl()
        if g.chance(0.6):
            b.t(f"접수: 온라인(이파킹) / 접속 IP ").e(g.ip(), "IP_ADDRESS").t(f" / 처리담당 {c.drafter}").nl()
        footer(b, c, "memo" if frame == "memo" else "form", grade, grounds)
        return finish(b, c, title, "의견진술서", grade, grounds)

    # reply
    frame = g.choice(["letter", "letter", "gian", "form"])
    accepted = g.chance(0.45)
    tp = g.choice([["의견진술 처리 결과 알림"], ["과태료 의견진술에 대한 회신"], ["민원 회신(", *p["np"], " 님 의견진술)"]])
    title = ptext(tp)
    header(b, c, tp, nm(p) + [g.choice([" 귀하", " 님"])], frame)
    b.t("1. 평소 " + ("구정" if off["org"].endswith("구") else "시정") + "에 협조하여 주셔서 감사드립니다.").nl()
    b.t(f"2. 귀하께서 {c.d(ddate(c, 5, 20))} 제출하신 ")
    b.t("차량(").e(p["plate"], "VEHICLE_PLATE").t(f") 주정차위반 과태료 의견진술에 대한 검토 결과를 다음과 같이 알려드립니다.").nl(2)
    pairs = [("위반일시", f"{c.d(vday)} {ftime(h, m, ds)}"), ("위반장소", place),
             ("진술 요지", g.choice(REASONS_GENERAL).replace("습니다", "음").replace("었음", "었음")),
             ("처리 결과", "수용 - 과태료 부과 취소" if accepted else "불수용 - 과태료 부과")]
    render_fields(b, g.choice(FSTY), pairs, g)
    b.nl()
    if accepted:
        b.t("3. 제출하신 자료(").t(g.choice(["진료확인서", "견인차 호출 기록", "차량 정비 영수증", "택배 배송 기록"])).t(")를 검토한 결과 부득이한 사유가 인정되어 당해 과태료 부과를 취소하였습니다.").nl()
        if g.chance(0.5):
            bank, acc = g.account()
            b.t("   이미 납부하신 과태료 ").t(won(r.choice([32000, 40000, 64000]))).t("은 신청하신 환급계좌(")
            b.t(bank + " ").e(acc, "BANK_ACCOUNT").t(", 예금주 ").p(p["np"]).t(")로 7일 이내 환급될 예정입니다.").nl()
        elif g.chance(0.35):
            b.t("   신용카드로 납부하신 과태료는 결제 취소(카드번호 ").e(g.card(), "CARD_NUMBER").t(") 처리하였으며, 카드사 사정에 따라 3~5영업일이 소요됩니다.").nl()
        if g.chance(0.3):
            d = g.person()
            b.t("   아울러 진술서에 기재된 실제 운전자 ").p(g.name_parts(d)).t("(운전면허 ").e(g.license(), "KR_DRIVER_LICENSE").t(")에게 과태료 처분 대상이 변경되었음을 별도 통지합니다.").nl()
    else:
        b.t("3. 「도로교통법」 제32조 및 제33조의 주정차 금지 장소에 해당하고, 제출하신 사유만으로는 부득이한 사유로 보기 어려워 과태료를 부과함을 알려드립니다. ")
        b.t("다만, 과태료 부과에 불복하는 경우 고지서를 받은 날부터 60일 이내에 이의제기를 할 수 있습니다.").nl()
    if g.chance(0.25):
        b.t("※ 본 회신은 신청하신 전자우편(").e(g.email(p), "EMAIL").t(")으로도 발송하였습니다.").nl()
    if g.chance(0.35):
        b.t("4. ").p(nm(p)).t(g.choice([" 님의 양해를 부탁드리며", " 님께 불편을 드려 죄송하며"])).t(", 추가 문의는 담당자에게 연락 주시기 바랍니다.").nl()
    elif g.chance(0.3) and not p["foreign"]:
        b.t("4. ").e(p["given"], "PERSON").t(" 님께서 전화로 문의하신 내용도 함께 답변드렸습니다.").nl()
    footer(b, c, frame, grade, grounds)
    return finish(b, c, title, "의견진술 회신", grade, grounds)


def _opinion_reason(b, g, p, c):
    r = g.r
    v = r.randint(0, 4)
    if v == 0:
        q = g.person()
        b.t("  당일 ").t(g.choice(["어머니", "아버지", "장모님", "할머니"])).t("(").p(g.name_parts(q)).t(")께서 ")
        b.e(g.choice(HEALTH[:14]), "HEALTH_INFO").t("이셔서 병원 진료를 위해 모시고 가던 중 잠시 정차하였습니다. 진료확인서를 첨부합니다.").nl()
    elif v == 1:
        d = g.person()
        b.t("  위반 당시 차량은 제가 아닌 ").t(g.choice(["동생", "배우자", "회사 동료", "아들"])).t(" ").p(g.name_parts(d))
        b.t("이 운전하였으므로 실제 운전자로 지정하여 주시기 바랍니다. (운전면허번호 ").e(g.license(), "KR_DRIVER_LICENSE").t(", 연락처 ")
        b.e(g.mobile(), "PHONE").t(")").nl()
    elif v == 2:
        b.t("  ").t(g.choice(REASONS_GENERAL)).t(". 당시 단속 공무원에게도 설명드렸으나 그대로 단속되었습니다.").nl()
    elif v == 3:
        b.t("  본인은 ").e(g.choice(HEALTH), "HEALTH_INFO").t(" 상태로 장거리 보행이 어려워 부득이 가까운 곳에 정차하였습니다. 진단서 사본을 첨부합니다.").nl()
    else:
        b.t("  해당 시간 본 차량은 정비공장(").t(g.choice(COMPANIES)[0]).t(")에 입고되어 있었고, 번호판이 도용된 것으로 보입니다. 입고 확인서를 첨부합니다.").nl()


# ---------------------------------------------------------------- K3 단속 대장

def k_ledger(g, off, date, ds):
    r = g.r
    c = Ctx(g, off, g.choice(DEPTS["parking"]), date, ds)
    b = B()
    grade, grounds = "partial", [6]
    frame = g.choice(["gian", "report", "memo", "gian", "form"])
    team = f"제{r.randint(1, 5)}반"
    title = g.choice(["주정차 위반 단속 대장", "불법 주정차 현장 단속 대장", "주정차위반 단속 현황(대장)", "고정형 CCTV 주정차 단속 대장"])
    header(b, c, [title + f" ({c.d(date)})"], "내부결재", frame)
    officers = [g.official(), g.official()]
    b.t(f"○ 단속일: {c.d(date, True)}  ○ 단속반: {team} (단속공무원 {officers[0]}, {officers[1]})").nl()
    b.t(f"○ 단속 근거: {g.choice(STATUTES_PARK)}, 같은 법 제160조 제3항").nl(2)
    n = r.randint(4, 10)
    show_owner = g.chance(0.35)
    headers = ["연번", "단속시각", g.choice(["단속장소", "위반장소", "장소"]), g.choice(["차량번호", "등록번호"]), "차종", "위반내용"] + \
        (["소유자"] if show_owner else []) + [g.choice(["단속자", "단속원", "채증자"]), "비고"]
    rows = []
    for i in range(n):
        h, m = r.randint(7, 21), r.randint(0, 59)
        v, _ = viol(g)
        kind = r.random()
        note = ""
        if kind < 0.15:
            co = g.choice(COMPANIES)
            pl = g.company_plate()
            owner = co[0]
            note = "법인차량"
        elif kind < 0.22:
            pl = g.masked_plate()
            owner = g.masked_name()
            note = "번호판 일부 식별 불가"
        else:
            p = pstuff(g)
            pl = [(p["plate"], "VEHICLE_PLATE")]
            owner = list(p["np"])
            note = g.choice(["", "", "계도 후 단속", "경고장 부착", "견인 요청", "2차 단속", "운전자 부재"])
        row = [str(i + 1), ftime(h, m, ds), g.place(off), pl, vehicle_kind(g), v] + ([owner] if show_owner else []) + \
              [g.choice(officers), note or "-"]
        rows.append(row)
    render_table(b, g.choice(TSTY), headers, rows, g)
    b.nl().t(f"○ 계: {n}건 (단속 사진 {n * 2}매 첨부). 주정차단속시스템 입력 완료.").nl()
    if g.chance(0.4):
        b.t("○ 특이사항: 민원 다발 지역으로 주 3회 이상 순찰을 유지하고, 안내 현수막 정비를 요청함.").nl()
    footer(b, c, frame, grade, grounds)
    return finish(b, c, title, "단속 대장", grade, grounds)


# ---------------------------------------------------------------- K4 견인

def k_tow(g, off, date, ds):
    r = g.r
    c = Ctx(g, off, g.choice(DEPTS["parking"]), date, ds)
    b = B()
    grade, grounds = "partial", [6]
    tco, tbiz = g.choice(TOW_COS)
    yard = f"{off['gu']} {g.choice(off['roads'])} {r.randint(10, 400)} {off['gu']} 견인차량보관소"
    variant = g.choice(["single", "list", "memo"])
    if variant == "list":
        frame = g.choice(["gian", "report"])
        title = g.choice(["불법 주정차 차량 견인 기록부", "견인 차량 처리 현황", "주정차위반 차량 견인 및 인수 현황"])
        header(b, c, [title], "내부결재", frame)
        b.t(f"1. 견인 대행업체: {tco} (사업자등록번호 {tbiz}), 보관장소: {yard}").nl()
        b.t(f"2. 대상 기간: {c.d(ddate(c, 7, 10))} ~ {c.d(ddate(c, 0, 3))}").nl(2)
        headers = ["견인일시", "견인장소", "차량번호", g.choice(["인수자", "인수인(관계)", "차주"]), g.choice(["연락처", "전화"]), "견인료", "보관료", "상태"]
        rows = []
        for i in range(r.randint(3, 8)):
            d0 = ddate(c, 3, 10)
            h, m = hm(g)
            p = pstuff(g)
            rel = g.choice(["", "(본인)", "(배우자)", "(자녀)", "(대리인)"])
            stat = g.choice(["인수 완료", "인수 완료", "미인수", "인수 완료"])
            tow_fee = g.choice([40000, 40000, 60000, 50000])
            store = r.randint(1, 48) * 700
            if stat == "미인수":
                rows.append([f"{c.d(d0)} {ftime(h, m, ds)}", g.place(off), [(p["plate"], "VEHICLE_PLATE")], "-", "-", won(tow_fee), "계산 중", "인수 안내 문자 발송"])
            else:
                rows.append([f"{c.d(d0)} {ftime(h, m, ds)}", g.place(off), [(p["plate"], "VEHICLE_PLATE")], list(p["np"]) + ([rel] if rel else []),
                             [(p["phone"], "PHONE")], won(tow_fee), won(store), stat])
        render_table(b, g.choice(TSTY), headers, rows, g)
        b.nl().t("3. 장기 미인수 차량은 「도로교통법」 제35조 제4항에 따라 등록원부상 소유자에게 통지하고, 1개월 경과 시 매각 절차를 진행함.").nl()
        footer(b, c, frame, grade, grounds)
        return finish(b, c, title, "견인 기록", grade, grounds)

    p = pstuff(g)
    d0 = ddate(c, 0, 5)
    h, m = hm(g)
    if variant == "memo":
        frame = "memo"
        title = "견인 차량 파손 주장 민원 메모"
        header(b, c, [title], "", frame)
        b.t(f"- {c.d(d0)} {ftime(h, m, ds)} {g.place(off)}에서 견인된 차량(").e(p["plate"], "VEHICLE_PLATE").t(")의 차주 ")
        b.p(nm(p, "이/가")).t(" 보관소에서 차량 인수 시 ").t(g.choice(["앞범퍼 긁힘", "사이드미러 파손", "휠 손상"])).t("을 주장함.").nl()
        b.t("- 차주 연락처: ").e(p["phone"], "PHONE").t(", 주소 ").e(p["addr"], "ADDRESS").nl()
        b.t(f"- 견인업체 {tco} 현장 책임자와 견인 전·후 사진 대조 예정. 업체 보험(영업배상책임) 처리 여부 확인 필요.").nl()
        b.t(f"- 견인 지시: 단속공무원 {g.official()} / 견인 기사는 업체 소속으로 별도 기재하지 않음.").nl()
        footer(b, c, frame, grade, grounds)
        return finish(b, c, title, "견인 관련 메모", grade, grounds)
    frame = g.choice(["form", "gian", "form"])
    title = g.choice(["견인차량 인수증", "견인 차량 반환 확인서", "주정차위반 차량 견인 기록"])
    header(b, c, [title], "내부결재", frame)
    rel = g.choice(["본인", "배우자", "대리인", "자녀"])
    q = p if rel == "본인" else pstuff(g)
    pairs = [("견인일시", f"{c.d(d0)} {ftime(h, m, ds)}"), ("견인장소", g.place(off)),
             ("차량번호", [(p["plate"], "VEHICLE_PLATE")]), ("차종", vehicle_kind(g)),
             ("견인사유", g.choice(STATUTES_PARK)), ("견인업체", f"{tco}({tbiz})"), ("보관장소", yard),
             ("등록 소유자", list(p["np"]))]
    pairs.append((g.choice(["인수자 성명(관계)", "인수인", "수령인(관계)"]), list(q["np"]) + [f"({rel})"]))
    idv = r.random()
    if q["foreign"] and idv < 0.5:
        pairs.append(("신분확인", ["여권 ", (g.passport(), "KR_PASSPORT")]))
    elif idv < 0.45:
        pairs.append(("신분확인", ["운전면허 ", (g.license(), "KR_DRIVER_LICENSE")]))
    elif idv < 0.6:
        pairs.append(("생년월일", [(g.birth(q), "BIRTH_DATE")]))
    elif idv < 0.85:
        rr, lab = g.rrn(q, masked_p=0.5)
        pairs.append(("신분확인", [("주민등록증 " if lab == "KR_RRN" else "외국인등록증 "), (rr, lab)]))
    pairs.append(("연락처", [(q["phone"], "PHONE")]))
    pairs.append(("견인료 / 보관료", f"{won(40000)} / {won(r.randint(1, 30) * 700)}"))
    pairs.append(("인수일시", f"{c.d(d0 + dt.timedelta(days=r.randint(0, 2)))} {ftime(r.randint(8, 21), r.randint(0, 59), ds)}"))
    render_fields(b, g.choice(FSTY), pairs, g)
    if rel == "대리인":
        b.nl().t("※ 대리인 인수로 위임장 및 소유자 신분증 사본 확인함.").nl()
    b.nl().t(f"확인자: 견인차량보관소 근무 주무관 {g.official()}").nl()
    footer(b, c, frame, grade, grounds)
    return finish(b, c, title, "견인 기록", grade, grounds)


# ---------------------------------------------------------------- K5 거주자우선주차

def k_resident(g, off, date, ds):
    r = g.r
    c = Ctx(g, off, g.choice(DEPTS["parking"]), date, ds)
    b = B()
    grade, grounds = "partial", [6]
    frame = g.choice(["gian", "report", "gian", "memo"])
    dong = g.choice(off["dongs"])
    half = g.choice(["상반기", "하반기", "3분기", "정기"])
    title = g.choice([f"{date.year}년 {half} 거주자우선주차 배정 명단", f"거주자우선주차구획 배정 결과({dong})",
                      f"{dong} 거주자우선주차 신규 배정자 확정"])
    header(b, c, [title], "내부결재", frame)
    b.t(f"1. 관련: {off['org']} 거주자우선주차제 운영 조례 제7조 및 같은 조례 시행규칙 제5조").nl()
    b.t(f"2. {dong} 거주자우선주차구획 배정 신청자에 대하여 배정 기준(거주기간, 차량 대수, 경차·친환경차 가점)에 따라 심사한 결과를 다음과 같이 보고합니다.").nl(2)
    public_list = g.chance(0.18)
    headers = ["구획번호", g.choice(["배정자", "성명", "신청인", "이름"]), g.choice(["주소", "거주지", "주소(동·호)"]), "차량번호"] + \
        ([] if public_list else [g.choice(["연락처", "휴대전화"])]) + ["점수", "비고"]
    rows = []
    for i in range(r.randint(4, 9)):
        zone = f"{dong[:2]}-{r.randint(1, 30):02d}-{r.randint(1, 40):02d}"
        score = r.randint(40, 95)
        if public_list:
            rows.append([zone, g.masked_name(), f"{dong} ***", g.masked_plate(), str(score), g.choice(["신규", "재배정", "-"])])
            continue
        p = pstuff(g, foreign_p=0.04)
        if p["unit"] and g.chance(0.5):
            addr = [(p["unit"], "ADDRESS")]
        else:
            addr = [(p["addr"], "ADDRESS")]
        note = g.choice(["신규", "재배정", "-", "경차 가점", "전기차 가점", "다자녀(3자녀)", "HEALTH", "HEALTH"])
        if note == "HEALTH":
            note = ["장애인 우선배정(", (g.choice(HEALTH[:12]), "HEALTH_INFO"), ")"]
        rows.append([zone, list(p["np"]), addr, [(p["plate"], "VEHICLE_PLATE")], [(p["phone"], "PHONE")], str(score), note])
    render_table(b, g.choice(TSTY), headers, rows, g)
    if public_list:
        b.nl().t("※ 게시용 명단은 성명과 차량번호 일부를 가림 처리함.").nl()
    b.nl().t(f"3. 배정기간: {c.d(date + dt.timedelta(days=14))}부터 6개월, 월 주차요금 {won(g.choice([30000, 40000, 50000]))}(경차 50% 감면)").nl()
    b.t(f"4. 배정 취소 사유(부정 사용, 전매·대여 등) 발생 시 {off['org']}시설관리공단과 협조하여 즉시 회수 조치할 예정임.").nl()
    footer(b, c, frame, grade, grounds)
    return finish(b, c, title, "거주자우선주차 배정", grade, grounds)


# ---------------------------------------------------------------- K6 장애인전용구역

def k_disabled_zone(g, off, date, ds):
    r = g.r
    c = Ctx(g, off, g.choice(DEPTS["welfare"]), date, ds)
    b = B()
    grade, grounds = "partial", [6]
    variant = g.choice(["report", "list", "misuse"])
    spot_choices = [f"{g.choice(off['dongs'])} 공영주차장 장애인전용주차구역", f"{g.choice(APT)}아파트 지하 {r.randint(1, 3)}층 장애인전용주차구역",
                    f"{g.choice(off['dongs'])} 주민센터 주차장 장애인전용구역", f"{g.choice(['한빛', '서울', '새솔'])}마트 주차장 장애인전용구역"]
    if variant == "list":
        frame = g.choice(["gian", "report"])
        title = g.choice(["장애인전용주차구역 위반 과태료 부과 대상", "장애인전용주차구역 불법주차 단속 결과", "안전신문고 장애인주차구역 신고 처리 현황"])
        header(b, c, [title], "내부결재", frame)
        b.t("1. 관련: 「장애인·노인·임산부 등의 편의증진 보장에 관한 법률」 제17조 및 제27조").nl()
        b.t(f"2. {c.d(ddate(c, 20, 40))}부터 {c.d(ddate(c, 1, 10))}까지 접수된 신고 및 현장 단속 건을 아래와 같이 처리하고자 합니다.").nl(2)
        headers = ["연번", "위반일시", "장소", "차량번호", g.choice(["위반유형", "위반내용"]), "과태료", g.choice(["신고인", "신고자", "적발"])]
        rows = []
        for i in range(r.randint(3, 7)):
            p = pstuff(g)
            typ, amt = g.choice([("표지 미부착 차량 주차", 100000), ("주차 방해(물건 적치·이중주차)", 500000),
                                 ("표지 부당 사용(보행장애인 미탑승)", 2000000), ("표지 미부착 차량 주차", 100000)])
            h, m = hm(g)
            if g.chance(0.5):
                rep = g.person()
                reporter = g.name_parts(rep) + ["(", (g.mobile(), "PHONE"), ")"] if g.chance(0.4) else g.name_parts(rep)
            else:
                reporter = g.choice(["현장 단속", "공무원 순찰", "안전신문고(익명)"])
            rows.append([str(i + 1), f"{c.d(ddate(c, 1, 40))} {ftime(h, m, ds)}", g.choice(spot_choices), [(p["plate"], "VEHICLE_PLATE")], typ, won(amt), reporter])
        render_table(b, g.choice(TSTY), headers, rows, g)
        b.nl().t("3. 신고인의 인적사항은 공개하지 않으며 처리 결과만 안전신문고로 회신합니다.").nl()
        footer(b, c, frame, grade, grounds)
        return finish(b, c, title, "장애인전용구역 위반 처리", grade, grounds)

    p = pstuff(g)
    h, m = hm(g)
    d0 = ddate(c, 5, 30)
    spot = g.choice(spot_choices)
    if variant == "report":
        frame = g.choice(["letter", "letter", "gian"])
        rep = pstuff(g)
        title = g.choice(["안전신문고 신고 처리 결과 안내", "장애인전용주차구역 위반 신고에 대한 답변"])
        header(b, c, [title], nm(rep) + [" 님"], frame)
        b.t("안녕하십니까? 장애인 편의 증진을 위하여 신고하여 주셔서 감사합니다.").nl(2)
        b.t(f"귀하께서 {c.d(d0)} 신고하신 {spot} 내 차량(").e(p["plate"], "VEHICLE_PLATE").t(")에 대하여 ")
        if g.chance(0.6):
            b.t(f"현장 확인 결과 장애인자동차 표지가 부착되지 않은 차량으로 확인되어 과태료 {won(100000)}을 부과할 예정입니다.").nl()
        else:
            b.t("확인 결과 보행상 장애가 있는 사람이 탑승한 차량으로 확인되어 과태료 부과 대상에 해당하지 않음을 알려드립니다.").nl()
        b.t("신고인 정보(").p(rep["np"]).t(", ").e(rep["phone"], "PHONE").t(")는 「공익신고자 보호법」에 따라 비공개로 관리됩니다.").nl()
        footer(b, c, frame, grade, grounds)
        return finish(b, c, title, "신고 처리 회신", grade, grounds)

    # misuse of the disabled-parking sticker
    frame = g.choice(["gian", "report", "memo"])
    holder = g.person()
    hp = g.name_parts(holder)
    title = g.choice(["장애인자동차 표지 부당사용 확인 및 과태료 부과", "장애인 주차표지 부당사용 적발 보고"])
    header(b, c, [title], "내부결재", frame)
    b.t(f"1. {c.d(d0)} {ftime(h, m, ds)} {spot}에서 적발된 차량(").e(p["plate"], "VEHICLE_PLATE").t(")에 대한 조사 결과를 보고합니다.").nl(2)
    pairs = [("표지 발급 대상자", hp), ("장애 정도", [(g.choice(HEALTH[:8]), "HEALTH_INFO")]),
             ("운전자", list(p["np"]) + [f"({g.choice(['자녀', '배우자', '사위', '지인'])})"]),
             ("운전자 주소", [(p["addr"], "ADDRESS")]), ("적발 경위", "보행상 장애인 미탑승 상태로 표지를 부착하고 전용구역에 주차")]
    if g.chance(0.5):
        rr, lab = g.rrn(p, masked_p=0.4)
        pairs.insert(3, ("운전자 주민등록번호" if lab == "KR_RRN" else "외국인등록번호", [(rr, lab)]))
    render_fields(b, g.choice(FSTY), pairs, g)
    b.nl().t(f"2. 조치: 「장애인·노인·임산부 등의 편의증진 보장에 관한 법률」 제17조 제4항 위반으로 과태료 {won(2000000)} 부과 및 표지 회수(같은 법 시행령 제7조의2).").nl()
    b.t("3. 적발 현장 채증은 단속공무원 ").t(g.official()).t(" 주무관이 수행하였으며, 채증 사진은 붙임과 같음.").nl()
    footer(b, c, frame, grade, grounds, attach=["채증 사진"] if frame == "gian" else None)
    return finish(b, c, title, "장애인 표지 부당사용", grade, grounds)


# ---------------------------------------------------------------- K7 감면 신청

def k_exempt(g, off, date, ds):
    r = g.r
    c = Ctx(g, off, g.choice(DEPTS["parking"] + DEPTS["tax"]), date, ds)
    b = B()
    multi = g.chance(0.35)
    grounds_pool = [("장애인", "장애인증명서"), ("국가유공자", "국가유공자증 사본"), ("기초생활수급자", "수급자 증명서"),
                    ("한부모가족", "한부모가족 증명서"), ("미성년자", "가족관계증명서"), ("5·18민주유공자", "유공자증 사본")]
    if multi:
        grade, grounds = "partial", [6]
        frame = g.choice(["gian", "report"])
        title = g.choice(["과태료 감경 신청 처리 결과", "주정차위반 과태료 감경(50%) 대상 확정", "질서위반행위규제법에 따른 과태료 감경 처리"])
        header(b, c, [title], "내부결재", frame)
        b.t("1. 관련: 질서위반행위규제법 시행령 제2조의2(과태료의 감경)").nl()
        b.t("2. 감경 신청서를 제출한 당사자에 대하여 증빙서류를 확인하고 아래와 같이 과태료를 100분의 50 감경하고자 합니다.").nl(2)
        headers = [g.choice(["신청인", "당사자", "성명"]), "차량번호", g.choice(["감경 사유", "감경 근거"]), "증빙서류", "당초 금액", "감경 후"]
        rows = []
        for i in range(r.randint(3, 7)):
            p = pstuff(g)
            gr, doc = g.choice(grounds_pool)
            if gr == "장애인" and g.chance(0.7):
                why = ["장애인(", (g.choice(HEALTH[:12]), "HEALTH_INFO"), ")"]
            elif gr == "국가유공자" and g.chance(0.6):
                why = ["국가유공자(", (g.choice(WOUND), "HEALTH_INFO"), ")"]
            else:
                why = gr
            amt = g.choice([40000, 80000, 120000, 100000])
            rows.append([list(p["np"]), [(p["plate"], "VEHICLE_PLATE")], why, doc, won(amt), won(amt // 2)])
        render_table(b, g.choice(TSTY), headers, rows, g)
        b.nl().t("3. 기초생활수급자 등 감경 대상자 확인은 사회보장정보시스템(행복e음) 조회로 갈음하였음.").nl()
        footer(b, c, frame, grade, grounds)
        return finish(b, c, title, "과태료 감경 처리", grade, grounds)

    p = pstuff(g)
    gr, doc = g.choice(grounds_pool[:3] + grounds_pool[:3] + grounds_pool[3:])
    nonpub = gr in ("장애인", "국가유공자") and g.chance(0.5)
    grade, grounds = ("nonpublic", [6]) if nonpub else ("partial", [6])
    frame = g.choice(["form", "letter", "gian", "form"])
    title = g.choice(["과태료 감경 신청서", "과태료 감경 신청에 대한 결정 통지", "과태료 감면 신청 검토"])
    rcp = nm(p) + [" 귀하"] if frame == "letter" else "내부결재"
    header(b, c, [title], rcp, frame)
    pairs = [(g.choice(["신청인", "성명", "당사자(신청인)"]), list(p["np"]))]
    rr, lab = g.rrn(p)
    pairs.append(("주민등록번호" if lab == "KR_RRN" else "외국인등록번호", [(rr, lab)]))
    pairs.append(("주소", [(p["addr"], "ADDRESS")]))
    ph = [(p["phone"], "PHONE")]
    if g.chance(0.3):
        ph += [" / 자택 ", (g.home_phone(), "PHONE")]
    pairs.append(("연락처", ph))
    pairs.append(("차량번호", [(p["plate"], "VEHICLE_PLATE")]))
    vday = ddate(c, 20, 60)
    pairs.append(("위반일시·장소", f"{c.d(vday)} {ftime(*hm(g), ds)} / {g.place(off)}"))
    if gr == "장애인":
        pairs.append(("감경 사유", ["「장애인복지법」에 따른 장애인 - ", (g.choice(HEALTH[:12]), "HEALTH_INFO")]))
    elif gr == "국가유공자":
        pairs.append(("감경 사유", ["국가유공자(", (g.choice(WOUND), "HEALTH_INFO"), ")"]))
    else:
        pairs.append(("감경 사유", gr))
    refund = g.chance(0.5)
    if refund and g.chance(0.8):
        bank, acc = g.account()
        pairs.append(("환급계좌", [bank + " ", (acc, "BANK_ACCOUNT"), " (예금주 "] + list(p["np"]) + [")"]))
    elif refund:
        pairs.append(("납부 카드(취소 대상)", [(g.card(), "CARD_NUMBER")]))
    render_fields(b, g.choice(FSTY), pairs, g)
    b.nl()
    if frame == "letter":
        b.t("귀하께서 신청하신 과태료 감경에 대하여 제출 서류를 확인한 결과 질서위반행위규제법 시행령 제2조의2 제1항에 해당하여 과태료를 50% 감경하였음을 알려드립니다.").nl()
        if refund:
            b.t("이미 전액 납부하신 경우 감경 차액은 위 환급계좌로 지급합니다.").nl()
    else:
        if g.chance(0.25):
            b.t("접수: 정부24 온라인 신청, 신청 IP ").e(g.ip(), "IP_ADDRESS").t(f", 접수 담당 {c.drafter}").nl()
        b.t("붙임 서류: ").t(doc).t(", 신분증 사본" + (", 통장 사본" if refund else "") + " 각 1부").nl()
        if g.chance(0.4):
            b.t("※ 신청인이 제출한 ").t(g.choice(["진단서", "장애인증명서", "국가유공자증"])).t("는 감경 확인 후 즉시 파기(개인정보 보호법 제21조).").nl()
    footer(b, c, frame, grade, grounds)
    return finish(b, c, title, "과태료 감경 신청", grade, grounds)


# ---------------------------------------------------------------- K8 CCTV 열람

def k_cctv(g, off, date, ds):
    r = g.r
    c = Ctx(g, off, g.choice(DEPTS["info"]), date, ds)
    b = B()
    grade, grounds = "partial", [6]
    p = pstuff(g, foreign_p=0.3)
    cam = f"{off['gu'][:2]}-CCTV-{r.randint(1, 480):04d}"
    d0 = ddate(c, 2, 20)
    h, m = hm(g)
    reason = g.choice(["본인 차량 주정차 단속 사실 확인", "주차 중 차량 파손(가해 차량 확인)", "단속 시각 이의 확인",
                       "접촉사고 상대 차량 확인", "차량 내 물품 도난 확인"])
    variant = g.choice(["request", "reply", "reply"])
    frame = g.choice(["form", "kvform"]) if variant == "request" else g.choice(["letter", "gian"])
    frame = "form" if frame == "kvform" else frame
    title = g.choice(["개인영상정보 열람 청구서", "CCTV 영상 열람 청구"]) if variant == "request" else \
        g.choice(["개인영상정보 열람 청구에 대한 결정 통지", "CCTV 열람 청구 처리 결과 알림"])
    header(b, c, [title], nm(p) + [" 귀하"] if frame == "letter" else "내부결재", frame)
    pairs = [(g.choice(["청구인 성명", "청구인", "성명"]), list(p["np"]))]
    idv = r.random()
    if p["foreign"]:
        if idv < 0.5:
            pairs.append(("여권번호", [(g.passport(), "KR_PASSPORT")]))
        else:
            rr, lab = g.rrn(p)
            pairs.append(("외국인등록번호", [(rr, lab)]))
    elif idv < 0.4:
        rr, lab = g.rrn(p)
        pairs.append(("주민등록번호", [(rr, lab)]))
    elif idv < 0.6:
        pairs.append(("생년월일", [(g.birth(p), "BIRTH_DATE")]))
    elif idv < 0.8:
        pairs.append(("본인확인", ["운전면허증 ", (g.license(), "KR_DRIVER_LICENSE")]))
    pairs.append(("주소", [(p["addr"], "ADDRESS")]))
    pairs.append(("연락처", [(p["phone"], "PHONE")]))
    if g.chance(0.35):
        pairs.append(("이메일", [(g.email(p), "EMAIL")]))
    pairs += [("열람 대상", f"{cam} ({g.place(off)})"), ("촬영 일시", f"{c.d(d0)} {ftime(h, m, ds)} 전후 {r.choice([10, 20, 30])}분"),
              ("관련 차량", [(p["plate"], "VEHICLE_PLATE"), " (청구인 소유)"]), ("청구 사유", reason)]
    render_fields(b, g.choice(FSTY), pairs, g)
    b.nl()
    if variant == "request":
        b.t("「개인정보 보호법」 제35조 및 같은 법 시행령 제41조에 따라 위와 같이 개인영상정보의 열람을 청구합니다.").nl()
        b.t(f"{c.d(ddate(c, 0, 2))}  청구인 ").p(p["np"]).t(" (서명 또는 인)").nl()
        if g.chance(0.7):
            b.t("접수 경로: 정보공개포털 온라인 / 접속 IP ").e(g.ip(), "IP_ADDRESS").nl()
    else:
        dec = g.choice(["열람 허용", "부분 열람(제3자 영상 모자이크)", "부존재(보관기간 30일 경과로 자동 삭제)"])
        b.t(f"결정: {dec}").nl()
        if dec.startswith("부분"):
            b.t("영상에 촬영된 다른 차량의 번호판(예: ").t(g.masked_plate()).t(")과 보행자의 얼굴은 모자이크 처리하여 제공합니다.").nl()
        b.t(f"열람 장소: {off['short']} 통합관제센터({off['addr']}), 열람 시 신분증을 지참하여 주십시오.").nl()
        b.t(f"※ 영상 보관기간은 「{off['org']} 영상정보처리기기 설치·운영 지침」에 따라 30일입니다.").nl()
    footer(b, c, frame, grade, grounds)
    return finish(b, c, title, "CCTV 열람 청구", grade, grounds)


# ---------------------------------------------------------------- K9 체납 압류

def k_seizure(g, off, date, ds):
    r = g.r
    c = Ctx(g, off, g.choice(DEPTS["tax"]), date, ds)
    b = B()
    grade, grounds = "partial", [6]
    variant = g.choice(["notice", "notice", "list"])
    if variant == "list":
        frame = g.choice(["gian", "report", "memo"])
        title = g.choice(["자동차 관련 과태료 체납차량 번호판 영치 결과", "주정차위반 과태료 고액 체납자 압류 현황", "체납차량 일제 정리 결과 보고"])
        header(b, c, [title], "내부결재", frame)
        b.t(f"1. 관련: 질서위반행위규제법 제55조(자동차 관련 과태료 체납자에 대한 자동차 등록번호판의 영치), 지방세외수입금의 징수 등에 관한 법률 제9조").nl()
        b.t(f"2. {c.d(ddate(c, 3, 14))} 영치 전담반(주무관 {g.official()} 외 {r.randint(2, 5)}명)이 관내 체납차량 일제 정리를 실시한 결과를 보고합니다.").nl(2)
        headers = [g.choice(["체납자", "납부의무자", "성명"]), "차량번호", "체납건수", "체납액", g.choice(["조치", "처분"]), "비고"]
        rows = []
        for i in range(r.randint(3, 8)):
            if g.chance(0.15):
                co = g.choice(COMPANIES)
                rows.append([co[0], g.company_plate(), f"{r.randint(3, 40)}건", won(r.randint(10, 300) * 10000), "번호판 영치", "법인 체납"])
                continue
            p = pstuff(g)
            cnt = r.randint(3, 25)
            rows.append([list(p["np"]), [(p["plate"], "VEHICLE_PLATE")], f"{cnt}건", won(cnt * 40000 + r.randint(0, 30) * 1000),
                         g.choice(["번호판 영치", "영치 예고", "자동차 압류", "예금 압류"]), g.choice(["-", "현장 납부", "분납 신청", "연락 두절"])])
        render_table(b, g.choice(TSTY), headers, rows, g)
        b.nl().t(f"3. 영치 번호판은 {c.dept} 사무실 보관, 체납액 완납 시 즉시 반환함.").nl()
        footer(b, c, frame, grade, grounds)
        return finish(b, c, title, "체납 압류 현황", grade, grounds)

    p = pstuff(g)
    frame = g.choice(["letter", "form", "gian"])
    title = g.choice(["압류 통지서", "재산 압류 통지(과태료 체납)", "체납 과태료 자동차 압류 통지"])
    header(b, c, [title], nm(p) + [" 귀하"], frame)
    b.t("귀하께서 납부하지 아니한 과태료에 대하여 「지방세외수입금의 징수 등에 관한 법률」 제9조에 따라 아래 재산을 압류하였음을 통지합니다.").nl(2)
    rr, lab = g.rrn(p, masked_p=0.35)
    pairs = [(g.choice(["체납자", "성명", "납부의무자"]), list(p["np"])),
             ("주민등록번호" if lab == "KR_RRN" else "외국인등록번호", [(rr, lab)]),
             ("주소", [(p["addr"], "ADDRESS")])]
    render_fields(b, g.choice(FSTY), pairs, g)
    b.nl().t("■ 체납 내역").nl()
    headers = ["부과일", "위반일시", "차량번호", "과태료", "가산금", "계"]
    rows = []
    total = 0
    for i in range(r.randint(2, 5)):
        d1 = ddate(c, 200, 900)
        amt = g.choice([40000, 40000, 80000, 120000])
        add = int(amt * 0.03) + int(amt * 0.012) * r.randint(0, 60)
        add = min(add, int(amt * 0.75))
        total += amt + add
        rows.append([c.d(d1 + dt.timedelta(days=20)), f"{c.d(d1)} {ftime(*hm(g), ds)}", [(p["plate"], "VEHICLE_PLATE")], won(amt), won(add), won(amt + add)])
    render_table(b, g.choice(["pipe", "box", "tab", "bullet"]), headers, rows, g)
    b.nl().t(f"■ 합계: {won(total)}").nl()
    b.t("■ 압류 재산: ")
    if g.chance(0.5):
        b.t("자동차(").e(p["plate"], "VEHICLE_PLATE").t(") - 자동차등록원부 압류 등록").nl()
    else:
        bank, acc = g.account()
        b.t(f"예금채권 ({bank} 계좌 ").e(acc, "BANK_ACCOUNT").t(")").nl()
    b.t(f"■ 압류일: {c.d(date)}").nl()
    b.nl().t(f"체납액을 납부하시면 압류를 해제합니다. 납부 문의: {c.dept} ☎ {c.line} (평일 09:00~18:00)").nl()
    if g.chance(0.4):
        b.t("※ 체납이 계속될 경우 질서위반행위규제법 제55조에 따라 자동차 등록번호판을 영치할 수 있습니다.").nl()
    footer(b, c, frame, grade, grounds)
    return finish(b, c, title, "압류 통지", grade, grounds)


# ---------------------------------------------------------------- K10 public papers

def k_public(g, off, date, ds):
    r = g.r
    c = Ctx(g, off, g.choice(DEPTS["parking"]), date, ds)
    b = B()
    grade, grounds = "public", []
    v = g.choice(["stats", "plan", "tow_contract", "cctv_plan", "sms", "opinion_stats", "resident_notice"])
    frame = g.choice(["gian", "report", "gian", "memo"]) if v != "resident_notice" else "gian"
    if v == "stats":
        title = g.choice([f"{date.year}년 {date.month}월 불법 주정차 단속 실적 보고", "주정차위반 단속 및 과태료 부과 현황", "분기별 주정차 단속 실적"])
        header(b, c, [title], "내부결재", frame)
        b.t(f"1. 관련: {g.choice(STATUTES_PARK)}; 도로교통법 제160조 제3항(과태료)").nl()
        b.t("2. 단속 유형별 실적").nl()
        rows = []
        tot = 0
        for name in ["현장 단속(단속공무원)", "고정형 CCTV", "이동형 차량 탑재 CCTV", "안전신문고 주민신고", "견인"]:
            n = r.randint(100, 9000)
            tot += n
            rows.append([name, f"{n:,}건", f"{n * 40:,}천원", f"{r.randint(60, 95)}%"])
        render_table(b, g.choice(TSTY), ["구분", "단속건수", "부과액", "징수율"], rows, g)
        b.nl().t(f"3. 합계 {tot:,}건. 전년 동기 대비 {r.randint(1, 20)}.{r.randint(0, 9)}% {g.choice(['증가', '감소'])}.").nl()
        b.t(f"4. 주요 위반 지역: {g.place(off)}, {g.place(off)} 등 상습 정체 구간 중심으로 계도 유지.").nl()
        b.t(f"5. 보고: {c.dept}장 {c.approver}, 실무: 주무관 {c.drafter}, 단속팀장 {c.reviewer}").nl()
    elif v == "plan":
        title = g.choice(["불법 주정차 특별 단속 계획", "명절 연휴 대비 주정차 질서 확립 계획", "어린이보호구역 불법 주정차 집중 단속 계획"])
        header(b, c, [title], "수신자 참조", frame)
        b.t("가. 추진 목적").nl().t("  ○ 보행자 안전 확보 및 원활한 교통 흐름 유지를 위하여 상습 위반 지역을 집중 단속함").nl()
        b.t("나. 추진 개요").nl()
        b.t(f"  ○ 기간: {c.d(date + dt.timedelta(days=7))} ~ {c.d(date + dt.timedelta(days=37))}").nl()
        b.t(f"  ○ 인원: 단속공무원 {r.randint(8, 30)}명, 견인차량 {r.randint(2, 8)}대({g.choice(TOW_COS)[0]} 대행)").nl()
        b.t(f"  ○ 대상: {g.place(off)}, {g.place(off)}, {g.place(off)}").nl()
        b.t("다. 세부 추진 사항").nl()
        b.t("  - 4대 불법 주정차 금지구역(소화전, 교차로 모퉁이, 버스정류소, 횡단보도)은 주민신고 즉시 단속(1분)").nl()
        b.t("  - 어린이보호구역 내 주정차 과태료 12만원(승용) 부과, 도로교통법 시행령 별표 6 (2021. 5. 11. 개정)").nl()
        b.t(f"라. 소요예산: 금{r.randint(3, 90) * 1000000:,}원 (주정차단속 운영비)").nl()
        b.t(f"마. 협조: {off['gu']} 관할 경찰서 교통과, 소방서(소방차 진입로 확보)").nl()
    elif v == "tow_contract":
        tco, tbiz = g.choice(TOW_COS)
        title = g.choice(["견인업무 대행 협약 체결", "불법 주정차 차량 견인 대행업체 지정"])
        header(b, c, [title], "내부결재", frame)
        b.t(f"1. 관련: 도로교통법 제36조(차의 견인 및 보관업무 등의 대행), {off['org']} 견인대행 조례").nl()
        b.t("2. 대행업체 현황").nl()
        render_fields(b, g.choice(FSTY), [("업체명", tco), ("사업자등록번호", tbiz), ("대표전화", f"02-{r.randint(300, 999)}-{r.randint(1000, 9999)}"),
                                          ("보유 견인차", f"{r.randint(4, 15)}대"), ("협약기간", f"{c.d(date)} ~ {c.d(date + dt.timedelta(days=730))}")], g)
        b.t(f"3. 견인료: 승용 {won(40000)}, 승합·화물(2.5톤 이하) {won(50000)}; 보관료: 30분당 {won(700)}(1일 최대 {won(20000)})").nl()
        b.t(f"4. 업체 대표의 인적사항은 협약서 원본에 한하여 보관하며, 본 문서에는 기재하지 않음.").nl()
    elif v == "cctv_plan":
        title = g.choice(["주정차 단속용 CCTV 추가 설치 계획", "불법 주정차 무인단속카메라 설치 위치 확정"])
        header(b, c, [title], "내부결재", frame)
        b.t("1. 설치 위치").nl()
        rows = [[f"{i + 1}", g.place(off), g.choice(["고정형(회전)", "고정형", "다목적 방범 겸용"]), g.choice(["민원 다발", "사고 다발", "어린이 통학로"])] for i in range(r.randint(3, 6))]
        render_table(b, g.choice(TSTY), ["번호", "설치 장소", "형식", "선정 사유"], rows, g)
        b.nl().t(f"2. 사업비: {r.randint(50, 400) * 1000000:,}원 " + ("(시비 50%, 구비 50%)" if off["org"].endswith("구") else "(도비 30%, 시비 70%)")).nl()
        b.t(f"3. 행정예고: 「개인정보 보호법」 제25조 제3항에 따라 {c.d(date + dt.timedelta(days=3))}부터 14일간 의견 수렴").nl()
        b.t(f"4. 시공사: ㈜{g.choice(['한국씨큐리티', '동방정보통신', '에스티시스템'])} (사업자등록번호 {r.randint(100, 899)}-{r.randint(10, 89)}-{r.randint(10000, 99999)})").nl()
    elif v == "sms":
        title = "주정차 단속 사전 문자알림 서비스 안내"
        header(b, c, [title], "수신자 참조", frame)
        b.t("○ 고정형 CCTV 단속 지역에 주차한 경우, 단속 전에 문자로 이동을 안내하는 서비스입니다.").nl()
        b.t(f"○ 신청: 주정차단속 알림서비스 누리집 또는 {off['short']} {c.dept} 방문 (☎ {c.line})").nl()
        b.t("○ 신청자의 차량번호와 휴대전화번호는 서비스 목적 외에 사용하지 않으며, 해지 시 즉시 파기합니다.").nl()
        b.t(f"○ 문의: " + ("다산콜센터 120" if off["org"].startswith("서울") else "콜센터 120") + f", 담당 주무관 {c.drafter} ({c.mail})").nl()
    elif v == "opinion_stats":
        title = "주정차위반 의견진술 처리 현황(분기)"
        header(b, c, [title], "내부결재", frame)
        rows = []
        for m_ in range(3):
            a_ = r.randint(80, 500)
            acc = r.randint(5, a_ // 3)
            rows.append([f"{(date.month - 1) // 3 * 3 + m_ + 1}월", f"{a_}건", f"{acc}건", f"{a_ - acc}건", f"{acc * 100 // a_}%"])
        render_table(b, g.choice(TSTY), ["월", "접수", "수용", "불수용", "수용률"], rows, g)
        b.nl().t(f"○ 의견진술심의위원회: 위원장 {vicehead(off)} {g.official()}, 간사 {c.reviewer} 팀장. 매월 둘째 주 목요일 개최.").nl()
        b.t("○ 주요 수용 사유: 응급환자 이송, 차량 도난·번호판 도용, 단속 장비 오인식.").nl()
    else:
        title = f"{date.year}년 거주자우선주차 배정 결과 공고"
        header(b, c, [title], "수신자 참조", frame)
        b.t(f"{off['org']} 공고 제{date.year}-{r.randint(100, 2999)}호").nl()
        b.t(f"거주자우선주차구획 배정 결과를 다음과 같이 공고합니다. 배정 구획 {r.randint(100, 900)}면, 신청 {r.randint(300, 1500)}명, 대기 {r.randint(10, 300)}명.").nl()
        rows = [[g.choice(off["dongs"]), f"{r.randint(20, 200)}면", f"{r.randint(30, 400)}명", f"{r.randint(40, 80)}점"] for _ in range(r.randint(3, 6))]
        render_table(b, g.choice(TSTY), ["동", "배정 구획", "신청", "커트라인"], rows, g)
        b.nl().t("※ 개인별 배정 여부는 시설관리공단 누리집에서 본인 인증 후 확인할 수 있습니다.").nl()
    if g.chance(0.3):
        b.t(f"※ 참고: 유사 민원(2024년 {g.masked_name()} 건, 차량 {g.masked_plate()})은 이미 종결됨.").nl()
    footer(b, c, frame, grade, grounds)
    return finish(b, c, title, "공개 보고", grade, grounds)


# ---------------------------------------------------------------- K11 nonpublic

def k_nonpublic(g, off, date, ds):
    r = g.r
    c = Ctx(g, off, g.choice(DEPTS["parking"]), date, ds)
    b = B()
    v = g.choice(["investigation", "deliberation", "trade", "investigation", "deliberation", "security"])
    if v == "investigation":
        grade, grounds = "nonpublic", [4, 6]
        frame = g.choice(["gian", "memo"])
        title = g.choice(["번호판 위·변조 의심 차량 수사 의뢰", "장애인자동차 표지 위조 의심 건 수사 의뢰", "과태료 회피 목적 번호판 가림 차량 수사 의뢰"])
        header(b, c, [title], f"{off['gu']} 관할 경찰서장(수사과)", frame)
        p = pstuff(g)
        q = pstuff(g)
        b.t("1. 주정차 단속 과정에서 아래 차량이 다른 차량의 등록번호를 도용한 것으로 의심되어 수사를 의뢰합니다.").nl(2)
        pairs = [("도용 의심 번호", [(p["plate"], "VEHICLE_PLATE")]), ("등록원부상 소유자", list(p["np"]) + [" (피해 주장)"]),
                 ("소유자 연락처", [(p["phone"], "PHONE")]), ("실제 운행 추정자", list(q["np"])),
                 ("추정자 주소", [(q["addr"], "ADDRESS")])]
        if g.chance(0.5):
            rr, lab = g.rrn(q, masked_p=0.1)
            pairs.append(("추정자 주민등록번호" if lab == "KR_RRN" else "외국인등록번호", [(rr, lab)]))
        pairs.append(("단속 내역", f"{c.d(ddate(c, 10, 90))} 외 {r.randint(2, 14)}건, {g.place(off)} 등"))
        render_fields(b, g.choice(FSTY), pairs, g)
        b.nl().t("2. 소유자가 제출한 차량 위치 자료(주차장 출입기록)와 단속 시각이 일치하지 않으며, 수사 결과 회신 시까지 과태료 부과를 보류합니다.").nl()
        b.t(f"3. 수사 진행 중인 사안으로 정보공개 청구 시 공공기관의 정보공개에 관한 법률 제9조 제1항 제4호에 따라 비공개.").nl()
    elif v == "deliberation":
        grade, grounds = "nonpublic", [5, 6]
        frame = g.choice(["gian", "report"])
        title = g.choice(["주정차위반 의견진술심의위원회 심의 안건(심의 전)", "의견진술심의위원회 개최 및 안건 검토"])
        header(b, c, [title], "내부결재", frame)
        b.t(f"1. 일시: {c.d(date + dt.timedelta(days=r.randint(3, 10)))} 14:00, 장소: {off['short']} {r.randint(2, 9)}층 소회의실").nl()
        ext = [g.person() for _ in range(2)]
        b.t(f"2. 위원: 위원장 {vicehead(off)} {g.official()}, 당연직 {c.approver} {c.rank}, 외부위원 ").p(g.name_parts(ext[0])).t("(변호사), ").p(g.name_parts(ext[1]))
        b.t(f"(교통공학 교수)").nl()
        if g.chance(0.6):
            bank, acc = g.account()
            b.t("   ※ 외부위원 참석수당 지급계좌: ").p(g.name_parts(ext[0])).t(f" {bank} ").e(acc, "BANK_ACCOUNT").nl()
        b.t("3. 심의 안건(담당 검토의견 포함, 심의 확정 전)").nl()
        rows = []
        for i in range(r.randint(3, 6)):
            p = pstuff(g)
            rows.append([f"안건 {i + 1}", list(p["np"]), [(p["plate"], "VEHICLE_PLATE")],
                         g.choice(["응급 이송 주장", "번호판 오인식", "도난 차량", "장애인 승하차"]), g.choice(["수용 검토", "불수용 의견", "추가 자료 요구"])])
        render_table(b, g.choice(TSTY), ["번호", "진술인", "차량번호", "주장 요지", "담당 의견"], rows, g)
        b.nl().t("4. 본 자료는 의사결정 과정에 있는 사항으로 심의 종료 시까지 비공개(제9조 제1항 제5호).").nl()
    elif v == "trade":
        grade, grounds = "nonpublic", [7]
        frame = g.choice(["gian", "report"])
        tco, tbiz = g.choice(TOW_COS)
        title = "견인대행업체 원가 산정 자료 검토"
        header(b, c, [title], "내부결재", frame)
        b.t(f"1. {tco}(사업자등록번호 {tbiz})가 제출한 견인료 인상 요청에 따른 원가 자료를 검토함.").nl()
        rows = [[k, f"{r.randint(10, 900) * 100000:,}원"] for k in ["인건비(기사 8명)", "견인차 감가상각", "유류비", "보험료", "보관소 임차료", "영업이익"]]
        render_table(b, g.choice(TSTY), ["항목", "연간 금액(업체 제출)"], rows, g)
        b.nl().t("2. 업체의 영업상 비밀에 해당하는 원가 구조가 포함되어 있어 정보공개법 제9조 제1항 제7호에 따라 비공개로 관리함.").nl()
        b.t(f"3. 검토: 주무관 {c.drafter}, 회계 자문 {g.choice(['한길회계법인', '삼정회계법인 자문팀'])}").nl()
    else:
        grade, grounds = "nonpublic", [2]
        frame = "gian"
        title = "군사시설 인근 주정차 단속 협조 요청 검토"
        header(b, c, [title], "내부결재", frame)
        b.t(f"1. 관할 부대의 협조 요청에 따라 부대 출입로 주변({g.choice(off['roads'])} 일부 구간) 주정차 집중 단속을 검토함.").nl()
        b.t("2. 부대 출입 시간대 및 경계 초소 위치가 포함되어 있어 국가안전보장 관련 사항으로 비공개(정보공개법 제9조 제1항 제2호).").nl()
        b.t(f"3. 단속 배치: 단속공무원 {r.randint(2, 6)}명, {c.d(date + dt.timedelta(days=5))}부터 시행. 협조 담당: {c.reviewer} 팀장({c.line}).").nl()
    footer(b, c, frame, grade, grounds)
    return finish(b, c, title, "비공개 내부 문서", grade, grounds)


KINDS = [
    ("prenotice", 12, k_prenotice),
    ("opinion", 13, k_opinion),
    ("ledger", 9, k_ledger),
    ("tow", 8, k_tow),
    ("resident", 8, k_resident),
    ("disabled_zone", 8, k_disabled_zone),
    ("exempt", 9, k_exempt),
    ("cctv", 7, k_cctv),
    ("seizure", 8, k_seizure),
    ("public", 19, k_public),
    ("nonpublic", 15, k_nonpublic),
]




def make_doc(g, idx, seed):
    r = g.r
    kind = r.choices([k for k, _, _ in KINDS], [w for _, w, _ in KINDS])[0]
    fn = {k: f for k, _, f in KINDS}[kind]
    off = r.choice(OFFICES)
    date = dt.date(2025, 1, 2) + dt.timedelta(days=r.randint(0, 470))
    return fn(g, off, date, r.randint(0, 4))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    g = G(rng)
    out = []
    for i in range(a.n):
        d = make_doc(g, i, a.seed)
        d = {"id": f"{FAMILY}-{a.seed}-{i}", "lang": "ko", **d}
        for e in d["entities"]:
            assert d["text"][e["start"]:e["end"]] == e["text"], (d["id"], e)
            assert e["text"] == e["text"].strip() and e["text"], (d["id"], e)
        ents = sorted(d["entities"], key=lambda e: e["start"])
        for a1, a2 in zip(ents, ents[1:]):
            assert a1["end"] <= a2["start"], (d["id"], a1, a2)
        d["entities"] = ents
        if not ents:
            assert d["grade"] in ("public", "nonpublic"), d["id"]
        if d["grade"] == "partial":
            assert ents and 6 in d["grounds"]
        out.append(d)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
