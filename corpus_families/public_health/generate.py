#!/usr/bin/env python3
"""Generator for the `public_health` document family (district health centre, 보건소).

python3 generate.py --n 200 --seed 1 --out docs.jsonl

Standard library only, deterministic for a given (n, seed).
Each document is written through a Doc builder that records entity offsets as the
text is assembled, so every span satisfies text[start:end] == entity["text"].
"""
import argparse
import json
import random
import unicodedata

REF_YEAR = 2026

# ---------------------------------------------------------------- builder

class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []

    def w(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, tuple):
                s, lab = p
                if lab:
                    self.ents.append({"start": self.n, "end": self.n + len(s),
                                      "label": lab, "text": s})
                self.buf.append(s)
                self.n += len(s)
            elif isinstance(p, list):
                self.w(*p)
            else:
                self.buf.append(p)
                self.n += len(p)
        return self

    def text(self):
        return "".join(self.buf)


def flat(parts):
    out = []
    for p in parts:
        if p is None:
            continue
        if isinstance(p, list):
            out.extend(flat(p))
        elif isinstance(p, tuple):
            out.append(p)
        else:
            out.append((p, None))
    return out


def plain(parts):
    return "".join(s for s, _ in flat(parts))


def dispw(s):
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in s)

# ---------------------------------------------------------------- korean helpers

def batchim(word):
    for c in reversed(word):
        if c in " )]」.":
            continue
        if "가" <= c <= "힣":
            return (ord(c) - 0xAC00) % 28
        if c.isdigit():
            return {"0": 21, "1": 8, "2": 0, "3": 16, "4": 0, "5": 0, "6": 1,
                    "7": 8, "8": 8, "9": 0}[c]
        return 0
    return 0


def josa(word, pair):
    a, b = pair.split("/")
    bc = batchim(word)
    if pair == "으로/로":
        return b if bc in (0, 8) else a
    return a if bc else b

# ---------------------------------------------------------------- pools

SURNAMES_COMMON = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부")
SURNAMES_RARE = ["남궁", "독고", "사공", "황보", "제갈", "선우", "서문", "동방"]
GIVEN_M = ["민준", "서준", "도윤", "예준", "시우", "하준", "주원", "지호", "준우", "영수", "영호", "성민",
           "재석", "동현", "상철", "정훈", "병철", "광수", "종민", "태식", "현우", "승현", "우진", "기철",
           "창호", "용길", "만수", "덕배", "진혁", "건우", "한결", "규태"]
GIVEN_F = ["서연", "서윤", "지우", "하윤", "민서", "하은", "지유", "경숙", "영자", "순자", "미경", "은정",
           "정희", "옥순", "말순", "복녀", "혜진", "수빈", "다은", "소연", "명자", "금순", "춘자", "보람",
           "유진", "지혜", "나래", "은비", "예린", "말자", "선희", "윤서"]
GIVEN_ONE = ["솔", "현", "진", "훈", "결", "담", "윤", "별", "혁", "란", "준"]
HANJA = [("홍", "재석", "洪在錫", "M"), ("김", "영수", "金英洙", "M"), ("이", "순자", "李順子", "F"),
         ("박", "민준", "朴敏俊", "M"), ("최", "지원", "崔智媛", "F"), ("정", "대현", "鄭大鉉", "M"),
         ("강", "수련", "姜秀蓮", "F"), ("조", "성호", "趙成浩", "M"), ("윤", "정숙", "尹貞淑", "F"),
         ("장", "동헌", "張東憲", "M"), ("임", "미선", "林美善", "F"), ("한", "상철", "韓相哲", "M")]
FOREIGN = [("응우옌 티 마이", "Nguyen Thi Mai", "베트남", "Vietnam", "F", "Nguyen"),
           ("쩐 반 훙", "Tran Van Hung", "베트남", "Vietnam", "M", "Tran"),
           ("왕웨이", "Wang Wei", "중국", "China", "M", "Wang"),
           ("리우팡", "Liu Fang", "중국", "China", "F", "Liu"),
           ("바트바야르 간볼드", "Batbayar Ganbold", "몽골", "Mongolia", "M", "Batbayar"),
           ("마리아 산토스", "Maria Santos", "필리핀", "Philippines", "F", "Santos"),
           ("타나카 유키", "Tanaka Yuki", "일본", "Japan", "F", "Tanaka"),
           ("아지즈 라히모프", "Aziz Rakhimov", "우즈베키스탄", "Uzbekistan", "M", "Rakhimov"),
           ("스리 와휴니", "Sri Wahyuni", "인도네시아", "Indonesia", "F", "Wahyuni"),
           ("존 스미스", "John Smith", "미국", "USA", "M", "Smith"),
           ("솜차이 분미", "Somchai Boonmee", "태국", "Thailand", "M", "Boonmee"),
           ("이반 페트로프", "Ivan Petrov", "러시아", "Russia", "M", "Petrov"),
           ("누르 아이다", "Nur Aida", "말레이시아", "Malaysia", "F", "Aida"),
           ("라즈 쿠마르", "Raj Kumar", "인도", "India", "M", "Kumar"),
           ("시오반 오코너", "Siobhan O'Connor", "아일랜드", "Ireland", "F", "O'Connor"),
           ("팜 반 둑", "Pham Van Duc", "베트남", "Vietnam", "M", "Pham")]
PASSPORT_PREFIX = {"Vietnam": ("C", 7), "China": ("E", 8), "Mongolia": ("E", 7), "Philippines": ("P", 7),
                   "Japan": ("TK", 7), "Uzbekistan": ("FA", 7), "Indonesia": ("X", 7), "USA": ("5", 8),
                   "Thailand": ("AA", 7), "Russia": ("75", 7), "Malaysia": ("A", 8), "India": ("Z", 7),
                   "Ireland": ("PA", 7)}

DISTRICTS = [
    dict(gu="영등포구", city="서울특별시", short="서울", en="Yeongdeungpo-gu", hc="서울특별시 영등포구 당산로 123",
         zip="07260", tel="02-2670", dom="ydp.go.kr",
         roads=["도림로", "신길로", "대림로", "영등포로", "양평로", "문래로", "여의대방로", "가마산로"],
         dongs=["신길동", "대림동", "당산동", "문래동", "양평동", "도림동", "여의도동"],
         places=["지하철 2호선 당산역", "영등포역 지하상가", "타임스퀘어 영등포", "여의도한강공원", "대림중앙시장",
                 "롯데백화점 영등포점", "영등포구청역 5번 출구"]),
    dict(gu="마포구", city="서울특별시", short="서울", en="Mapo-gu", hc="서울특별시 마포구 월드컵로 212",
         zip="03937", tel="02-3153", dom="mapo.go.kr",
         roads=["망원로", "성미산로", "독막로", "백범로", "신촌로", "와우산로", "월드컵북로", "포은로"],
         dongs=["망원동", "성산동", "합정동", "서교동", "아현동", "공덕동", "상암동"],
         places=["망원시장", "홍대입구역 9번 출구", "마포구립서강도서관", "합정역 환승통로", "월드컵공원 평화의공원",
                 "공덕역 6호선 승강장", "메세나폴리스몰"]),
    dict(gu="관악구", city="서울특별시", short="서울", en="Gwanak-gu", hc="서울특별시 관악구 관악로 145",
         zip="08832", tel="02-879", dom="gwanak.go.kr",
         roads=["봉천로", "남부순환로", "신림로", "난곡로", "호암로", "은천로", "관천로", "신원로"],
         dongs=["봉천동", "신림동", "남현동", "서원동", "난곡동", "조원동"],
         places=["신림역 3번 출구", "서울대입구역", "관악산 입구 공영주차장", "봉천중앙시장", "포도몰 신림",
                 "난곡사거리 버스정류장", "샤로수길"]),
    dict(gu="노원구", city="서울특별시", short="서울", en="Nowon-gu", hc="서울특별시 노원구 노해로 437",
         zip="01689", tel="02-2116", dom="nowon.kr",
         roads=["동일로", "상계로", "한글비석로", "중계로", "공릉로", "화랑로", "덕릉로", "섬밭로"],
         dongs=["상계동", "중계동", "하계동", "공릉동", "월계동"],
         places=["노원역 4호선 승강장", "롯데백화점 노원점", "당고개역", "중계근린공원", "수락산 등산로 입구",
                 "공릉동 도깨비시장", "노원구민체육센터"]),
    dict(gu="강서구", city="서울특별시", short="서울", en="Gangseo-gu", hc="서울특별시 강서구 공항대로 561",
         zip="07657", tel="02-2600", dom="gangseo.seoul.kr",
         roads=["화곡로", "강서로", "양천로", "등촌로", "까치산로", "곰달래로", "우현로", "금낭화로"],
         dongs=["화곡동", "등촌동", "가양동", "염창동", "방화동", "발산동"],
         places=["발산역 3번 출구", "김포공항 국내선청사", "화곡본동시장", "마곡역", "서울식물원",
                 "NC백화점 강서점", "까치산역 환승통로"]),
    dict(gu="성북구", city="서울특별시", short="서울", en="Seongbuk-gu", hc="서울특별시 성북구 화랑로 63",
         zip="02848", tel="02-2241", dom="sb.go.kr",
         roads=["보문로", "정릉로", "동소문로", "종암로", "길음로", "오패산로", "삼양로", "솔샘로"],
         dongs=["정릉동", "길음동", "종암동", "돈암동", "장위동", "석관동"],
         places=["길음역 환승주차장", "성신여대입구역", "돈암제일시장", "정릉시장", "미아사거리역",
                 "고려대역 1번 출구", "월곡역"]),
    dict(gu="송파구", city="서울특별시", short="서울", en="Songpa-gu", hc="서울특별시 송파구 올림픽로 326",
         zip="05552", tel="02-2147", dom="songpa.go.kr",
         roads=["오금로", "가락로", "백제고분로", "석촌호수로", "위례성대로", "송이로", "양재대로", "중대로"],
         dongs=["잠실동", "가락동", "문정동", "석촌동", "방이동", "거여동"],
         places=["잠실역 8호선 환승통로", "가락시장 청과동", "올림픽공원 평화의문", "석촌호수 동호",
                 "가든파이브 라이프", "문정역", "송파구민회관"]),
    dict(gu="은평구", city="서울특별시", short="서울", en="Eunpyeong-gu", hc="서울특별시 은평구 은평로 195",
         zip="03389", tel="02-351", dom="ep.go.kr",
         roads=["연서로", "진관2로", "불광로", "서오릉로", "갈현로", "가좌로", "응암로", "증산로"],
         dongs=["불광동", "갈현동", "응암동", "역촌동", "진관동", "수색동"],
         places=["연신내역 3번 출구", "불광천 산책로", "은평한옥마을", "응암역", "롯데몰 은평점",
                 "대조시장", "구파발역"]),
    dict(gu="팔달구", city="경기도 수원시", short="수원시", en="Paldal-gu, Suwon", hc="경기도 수원시 팔달구 효원로 1",
         zip="16490", tel="031-228", dom="suwon.go.kr",
         roads=["매산로", "경수대로", "팔달로", "인계로", "향교로", "정조로", "월드컵로", "중부대로"],
         dongs=["매산로1가", "인계동", "우만동", "지동", "화서동", "고등동"],
         places=["수원역 환승센터", "못골시장", "수원화성 팔달문", "AK플라자 수원", "인계동 나혜석거리",
                 "수원종합운동장", "팔달문시장"]),
    dict(gu="부천시", city="경기도", short="경기", en="Bucheon", hc="경기도 부천시 길주로 210",
         zip="14548", tel="032-625", dom="bucheon.go.kr",
         roads=["부일로", "소사로", "심곡로", "경인로", "원미로", "상동로", "송내대로", "중동로"],
         dongs=["심곡동", "중동", "상동", "원미동", "소사본동", "송내동"],
         places=["부천역 남부광장", "중동역", "현대백화점 중동점", "자유시장", "부천종합운동장역",
                 "상동호수공원", "송내역 북부광장"]),
]

APTS = ["래미안", "푸르지오", "현대", "한신", "주공", "우성", "삼익", "벽산", "e편한세상", "롯데캐슬",
        "힐스테이트", "두산위브", "쌍용스윗닷홈", "신동아", "금호어울림"]
HOSPITALS = ["서울대학교병원", "서울특별시 보라매병원", "국립중앙의료원", "한림대학교 강남성심병원",
             "이대목동병원", "고려대학교 구로병원", "서울의료원", "한강성심병원", "가톨릭대학교 여의도성모병원",
             "강북삼성병원", "인제대학교 상계백병원", "부천성모병원", "아주대학교병원", "경희대학교병원"]
CLINICS = ["연세가정의학과의원", "튼튼소아청소년과의원", "365열린내과의원", "바른이비인후과의원",
           "우리들내과의원", "행복한소아청소년과의원", "새봄가정의학과의원", "서울365메디컬의원",
           "한빛내과의원", "다정소아청소년과의원"]
COMPANIES = ["(주)대한물산", "한빛테크(주)", "(주)미래로지스", "서울도시가스(주)", "(주)동방식품",
             "세진정밀(주)", "(주)그린케어", "한국○○(주)", "(주)새롬인쇄", "우성건설(주)", "(주)하나마트"]
RESTAURANTS = ["원조할매국밥", "다온한식뷔페", "바다횟집", "미소초밥", "행복도시락", "청춘닭갈비",
               "참숯갈비", "해담은김밥", "황금돈까스", "소담베이커리"]
BANKS = [("국민은행", "kb"), ("신한은행", "sh"), ("우리은행", "wr"), ("농협", "nh"), ("하나은행", "hn"),
         ("기업은행", "ibk"), ("우체국", "post"), ("새마을금고", "mg"), ("카카오뱅크", "kk")]
EMAIL_DOM = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com"]
ROMAN = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
         "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
         "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "전": "jeon", "홍": "hong",
         "고": "ko", "문": "moon", "양": "yang", "손": "son", "배": "bae", "백": "baek", "허": "heo",
         "유": "yoo", "남": "nam", "심": "shim", "노": "noh", "하": "ha", "곽": "kwak", "성": "sung",
         "차": "cha", "주": "joo", "우": "woo", "구": "koo", "민": "min", "진": "jin", "나": "na",
         "남궁": "namgung", "황보": "hwangbo", "제갈": "jegal", "선우": "sunwoo", "독고": "dokgo", "사공": "sagong"}

DEPTS = {
    "epi": ("감염병관리과", "역학조사팀"),
    "notify": ("감염병관리과", "감염병관리팀"),
    "aefi": ("감염병관리과", "예방접종팀"),
    "visit": ("건강증진과", "방문건강팀"),
    "mental": ("정신건강복지센터", "사례관리팀"),
    "food": ("보건위생과", "식품위생팀"),
    "dementia": ("치매안심센터", "치매관리팀"),
    "smoke": ("건강증진과", "금연관리팀"),
    "screen": ("보건행정과", "검진관리팀"),
}

# ---------------------------------------------------------------- value makers

def fmt_date(rng, y, m, d, style=None):
    style = style or rng.choice(["dot", "dot", "dash", "kor", "apos", "dot0"])
    if style == "dot":
        return f"{y}. {m}. {d}."
    if style == "dash":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "kor":
        return f"{y}년 {m}월 {d}일"
    if style == "apos":
        return f"'{y % 100:02d}.{m}.{d}."
    if style == "dot0":
        return f"{y}.{m:02d}.{d:02d}."
    if style == "short":
        return f"{m}. {d}."
    if style == "md":
        return f"{m}/{d}"
    if style == "en":
        mon = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"][m - 1]
        return f"{d} {mon} {y}"
    if style == "yymmdd":
        return f"{y % 100:02d}.{m:02d}.{d:02d}"
    return f"{y}. {m}. {d}."


WEEKDAY = "월화수목금토일"


def weekday(y, m, d):
    import datetime
    return WEEKDAY[datetime.date(y, m, d).weekday()]


def add_days(y, m, d, k):
    import datetime
    t = datetime.date(y, m, d) + datetime.timedelta(days=k)
    return t.year, t.month, t.day


def fmt_mobile(rng, style=None):
    a = rng.randint(1000, 9999)
    b = rng.randint(1000, 9999)
    style = style or rng.choice(["dash"] * 5 + ["space", "none", "dot", "intl", "intl2"])
    if style == "dash":
        return f"010-{a}-{b}"
    if style == "space":
        return f"010 {a} {b}"
    if style == "none":
        return f"010{a}{b}"
    if style == "dot":
        return f"010.{a}.{b}"
    if style == "intl":
        return f"+82-10-{a}-{b}"
    return f"+82 10 {a} {b}"


def fmt_home(rng, dist):
    area = dist["tel"].split("-")[0]
    mid = rng.randint(200, 999) if rng.random() < 0.5 else rng.randint(2000, 2999)
    last = rng.randint(1000, 9999)
    if rng.random() < 0.3:
        return f"({area}){mid}-{last}"
    return f"{area}-{mid}-{last}"


def office_line(rng, dist, short=False):
    n = rng.randint(3000, 4999) if len(dist["tel"]) > 6 else rng.randint(5000, 8999)
    if short:
        return f"☎ {dist['tel'].split('-', 1)[1]}-{n}"
    return f"{dist['tel']}-{n}"


def make_address(rng, dist, style=None):
    style = style or rng.choice(["road", "road_unit", "apt", "gil", "jibun", "road_short"])
    road = rng.choice(dist["roads"])
    num = f"{rng.randint(1, 240)}" + (f"-{rng.randint(1, 40)}" if rng.random() < 0.4 else "")
    city = dist["city"] if rng.random() < 0.6 else dist["short"]
    gu = dist["gu"]
    if style == "road":
        return f"{city} {gu} {road} {num}"
    if style == "road_short":
        return f"{gu} {road} {num}"
    if style == "road_unit":
        return f"{city} {gu} {road} {num}, {rng.randint(1, 5)}0{rng.randint(1, 4)}호"
    if style == "gil":
        return f"{city} {gu} {road}{rng.randint(1, 30)}길 {rng.randint(1, 80)}, {rng.choice(['', 'B'])}{rng.randint(1, 4)}0{rng.randint(1, 3)}호"
    if style == "jibun":
        return f"{city} {gu} {rng.choice(dist['dongs'])} {rng.randint(1, 900)}-{rng.randint(1, 60)}번지"
    # apt
    return (f"{city} {gu} {road} {num}, {rng.randint(101, 115)}동 {rng.randint(1, 25)}{rng.randint(1, 4):02d}호 "
            f"({rng.choice(dist['dongs'])}, {rng.choice(APTS)}아파트)")


def unit_only(rng):
    if rng.random() < 0.6:
        return f"{rng.randint(101, 118)}동 {rng.randint(1, 22)}{rng.randint(1, 4):02d}호"
    return f"{rng.randint(1, 6)}0{rng.randint(1, 4)}호"


def make_rrn(rng, y, m, d, sex, masked=None):
    if y >= 2000:
        g = "3" if sex == "M" else "4"
    else:
        g = "1" if sex == "M" else "2"
    front = f"{y % 100:02d}{m:02d}{d:02d}"
    if masked is None:
        masked = rng.random() < 0.5
    back = g + ("******" if masked else f"{rng.randint(0, 999999):06d}")
    sep = rng.choice(["-", "-", "-", " - "])
    return f"{front}{sep}{back}"


def make_frn(rng, y, m, d, sex):
    g = ("5" if sex == "M" else "6") if y < 2000 else ("7" if sex == "M" else "8")
    return f"{y % 100:02d}{m:02d}{d:02d}-{g}{rng.randint(0, 999999):06d}"


def make_passport(rng, country=None):
    if country and country in PASSPORT_PREFIX:
        pre, k = PASSPORT_PREFIX[country]
        return pre + "".join(str(rng.randint(0, 9)) for _ in range(k))
    if rng.random() < 0.5:
        return "M" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return "M" + "".join(str(rng.randint(0, 9)) for _ in range(3)) + rng.choice("ABCDEFGH") + \
        "".join(str(rng.randint(0, 9)) for _ in range(4))


def make_account(rng):
    bank, _ = rng.choice(BANKS)
    pat = rng.choice(["6-2-6", "3-4-4-2", "3-6-5", "3-2-6", "4-4-4", "6-2-7"])
    parts = [("".join(str(rng.randint(0, 9)) for _ in range(int(k)))) for k in pat.split("-")]
    return bank, "-".join(parts)


def make_card(rng):
    g = [f"{rng.randint(1000, 9999)}" for _ in range(4)]
    if rng.random() < 0.4:
        g[2] = "****"
    return "-".join(g)


def make_plate(rng):
    h = rng.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주허하호")
    if rng.random() < 0.5:
        s = f"{rng.randint(10, 99)}{h}{rng.randint(1000, 9999)}"
    else:
        s = f"{rng.randint(100, 399)}{h} {rng.randint(1000, 9999)}" if rng.random() < 0.5 else \
            f"{rng.randint(100, 399)}{h}{rng.randint(1000, 9999)}"
    if rng.random() < 0.15:
        s = rng.choice(["서울", "경기"]) + s
    return s


def make_email(rng, p):
    base = ROMAN.get(p.surname) or rng.choice(["jh", "sy", "mk", "daon", "hana", "bom"])
    tag = rng.choice([f"{base}{p.by % 100:02d}", f"{base}.{rng.choice(['js', 'mk', 'hy', 'sj', 'dh'])}",
                      f"{rng.choice(['sunny', 'blue', 'happy', 'moon', 'daisy', 'tiger'])}{rng.randint(1, 999)}",
                      f"{base}{rng.randint(100, 9999)}"])
    return f"{tag}@{rng.choice(EMAIL_DOM)}"


class Person:
    def __init__(self, rng, dist, sex=None, age=(20, 80), foreign=False, style=None):
        self.sex = sex or rng.choice("MF")
        self.age = rng.randint(*age)
        self.by = REF_YEAR - self.age - (1 if rng.random() < 0.4 else 0)
        self.bm = rng.randint(1, 12)
        self.bd = rng.randint(1, 28)
        self.foreign = foreign
        self.hanja = None
        if foreign:
            f = rng.choice([x for x in FOREIGN if x[4] == self.sex] or FOREIGN)
            self.name_ko, self.name_en, self.nat_ko, self.nat_en, _, self.en_surname = f
            self.surname = self.name_ko.split()[0]
            self.given = None
            self.reading = self.name_ko
            self.name = self.name_ko if rng.random() < 0.7 else self.name_en
        else:
            style = style or rng.choices(["plain", "rare", "one", "spaced", "spaced3", "hanja"],
                                         [62, 10, 7, 8, 5, 8])[0]
            if style == "hanja":
                cand = [h for h in HANJA if h[3] == self.sex] or HANJA
                s, g, hj, _ = rng.choice(cand)
                self.surname, self.given, self.hanja = s, g, hj
                self.reading = s + g
                self.name = hj if rng.random() < 0.4 else None  # None => "홍재석(洪在錫)"
                if self.name is None:
                    self.name = self.reading
                    self.show_both = True
                else:
                    self.show_both = False
            else:
                if style == "rare":
                    self.surname = rng.choice(SURNAMES_RARE)
                else:
                    self.surname = rng.choice(SURNAMES_COMMON)
                if style == "one":
                    self.given = rng.choice(GIVEN_ONE)
                else:
                    self.given = rng.choice(GIVEN_M if self.sex == "M" else GIVEN_F)
                self.reading = self.surname + self.given
                if style == "spaced":
                    self.name = self.surname + " " + self.given
                elif style == "spaced3" and len(self.given) == 2:
                    self.name = self.surname + " " + self.given[0] + " " + self.given[1]
                else:
                    self.name = self.reading
        self.dist = dist
        self.phone = fmt_mobile(rng)
        self.addr = make_address(rng, dist)
        self.rng = rng

    def full(self):
        """Name span(s) for the first mention."""
        if self.hanja and getattr(self, "show_both", False):
            return [(self.reading, "PERSON"), "(", (self.hanja, "PERSON"), ")"]
        if self.foreign and self.rng.random() < 0.3:
            other = self.name_en if self.name == self.name_ko else self.name_ko
            return [(self.name, "PERSON"), "(", (other, "PERSON"), ")"]
        return [(self.name, "PERSON")]

    def nm(self):
        return [(self.name, "PERSON")]

    def j(self, pair):
        """name + particle"""
        return [(self.name, "PERSON"), josa(self.reading if not self.foreign else self.name_ko, pair)]

    def ref(self, pair=None):
        """Later mention: full name, given-name with 님/씨, or name + particle."""
        r = self.rng.random()
        if not self.foreign and self.given and r < 0.25:
            return [(self.given, "PERSON"), self.rng.choice([" 님", " 씨", "님", "씨"])] + \
                ([josa("씨", pair)] if pair else [])
        if self.foreign and r < 0.3:
            return [(self.en_surname, "PERSON"), " 씨"] + ([josa("씨", pair)] if pair else [])
        if pair:
            return self.j(pair)
        return self.nm()

    def masked(self):
        if self.foreign:
            return self.rng.choice(["A씨", "B씨", self.surname[0] + "○○"])
        g = self.given or "○"
        return self.rng.choice([self.surname + "○" + g[-1], self.surname + "○○", "A씨", "B씨",
                                self.surname + "모씨"])

    def birth(self, style=None):
        return fmt_date(self.rng, self.by, self.bm, self.bd, style)

    def sexk(self):
        return "남" if self.sex == "M" else "여"


REL_F = {"모", "딸", "며느리", "누나", "모친", "조모", "처", "언니"}
REL_M = {"부", "아들", "형", "부친", "조부", "남편", "사위"}


def rel_for(rng, p, options):
    ok = [r for r in options if not ((r in REL_F and p.sex == "M") or (r in REL_M and p.sex == "F"))]
    return rng.choice(ok or ["가족"])


def official(rng, used):
    while True:
        s = rng.choice(SURNAMES_COMMON[:40])
        g = rng.choice(GIVEN_M + GIVEN_F)
        n = s + g
        if n not in used:
            used.add(n)
            return n


def persons(rng, dist, k, used, **kw):
    out = []
    while len(out) < k:
        p = Person(rng, dist, **kw)
        if p.reading in used or p.name in used:
            continue
        used.add(p.reading)
        used.add(p.name)
        out.append(p)
    return out

# ---------------------------------------------------------------- layouts

def render_table(d, rng, headers, rows, style, numbered=True):
    """rows: list of list of cells (cell = list of parts)."""
    if numbered and rng.random() < 0.7:
        hn = rng.choice(["연번", "번호", "순번", "No."])
        headers = [hn] + headers
        rows = [[[str(i + 1)]] + r for i, r in enumerate(rows)]
    if style == "pipe":
        d.w("| " + " | ".join(headers) + " |\n")
        if rng.random() < 0.7:
            d.w("|" + "|".join(["---"] * len(headers)) + "|\n")
        for r in rows:
            d.w("| ")
            for ci, c in enumerate(r):
                if ci:
                    d.w(" | ")
                d.w(c)
            d.w(" |\n")
    elif style == "box":
        widths = [dispw(h) for h in headers]
        for r in rows:
            for ci, c in enumerate(r):
                widths[ci] = max(widths[ci], dispw(plain(c)))
        line = lambda l, m, rr: l + m.join("─" * (w + 2) for w in widths) + rr + "\n"
        d.w(line("┌", "┬", "┐"))
        d.w("│" + "│".join(" " + h + " " * (widths[i] - dispw(h)) + " " for i, h in enumerate(headers)) + "│\n")
        d.w(line("├", "┼", "┤"))
        for ri, r in enumerate(rows):
            d.w("│")
            for ci, c in enumerate(r):
                d.w(" ", c, " " * (widths[ci] - dispw(plain(c))) + " │")
            d.w("\n")
        d.w(line("└", "┴", "┘"))
    elif style == "tsv":
        d.w("\t".join(headers) + "\n")
        for r in rows:
            for ci, c in enumerate(r):
                if ci:
                    d.w("\t")
                d.w(c)
            d.w("\n")
    elif style == "kv":
        h0 = 1 if headers[0] in ("연번", "번호", "순번", "No.") else 0
        for r in rows:
            d.w(rng.choice(["[", "<", "■ "]) if False else "")
            d.w(f"[{plain(r[0]) if h0 else ''}] " if h0 else "■ ")
            for ci in range(h0, len(headers)):
                if ci > h0:
                    d.w("\n    ")
                d.w(headers[ci] + " : ", r[ci])
            d.w("\n")
    elif style == "bullet":
        h0 = 1 if headers[0] in ("연번", "번호", "순번", "No.") else 0
        mark = rng.choice(["○", "-", "·", "◦"])
        sub = rng.choice([" / ", ", ", " · "])
        for r in rows:
            d.w(f"  {mark} ")
            for ci in range(h0, len(headers)):
                if ci > h0:
                    d.w(sub)
                if ci == h0:
                    d.w(r[ci])
                else:
                    d.w(headers[ci] + " ", r[ci])
            d.w("\n")
    elif style == "ganada":
        h0 = 1 if headers[0] in ("연번", "번호", "순번", "No.") else 0
        for i, r in enumerate(rows):
            d.w(f"  {'가나다라마바사아자차카타파하'[i % 14]}. ")
            d.w(r[h0])
            for ci in range(h0 + 1, len(headers)):
                d.w(f"\n     - {headers[ci]}: ", r[ci])
            d.w("\n")


TABLE_STYLES = ["pipe", "box", "tsv", "kv", "bullet", "ganada"]


def H(rng, *choices):
    return rng.choice(choices)


class Ctx:
    """Per-document context: district, officials, dates, voice."""

    def __init__(self, rng, kind):
        self.rng = rng
        self.kind = kind
        self.dist = rng.choice(DISTRICTS)
        self.used = set()
        self.dept, self.team = DEPTS[kind]
        self.hcname = (self.dist["gu"] if self.dist["gu"] != "부천시" else "부천시") + "보건소"
        if self.dist["gu"] == "팔달구":
            self.hcname = "수원시 팔달구보건소"
        self.drafter = official(rng, self.used)
        self.leader = official(rng, self.used)
        self.chief = official(rng, self.used)
        self.director = official(rng, self.used)
        m = rng.randint(1, 11)
        dd = rng.randint(1, 28)
        self.y = rng.choice([2025, 2025, 2026, 2026, 2026])
        self.m, self.d = m, dd
        self.date_style = rng.choice(["dot", "dash", "kor", "dot0", "apos"])
        self.tel = office_line(rng, self.dist)
        self.fax = f"{self.dist['tel']}-{rng.randint(5000, 5999) if len(self.dist['tel']) > 6 else rng.randint(9000, 9999)}"
        self.email = f"{rng.choice(['epi', 'health', 'hc', 'pub', 'care', 'ydh', 'kim', 'lee', 'park', 'hj'])}{rng.randint(1, 99)}@{self.dist['dom']}"
        self.docno = f"{self.dept}-{rng.randint(100, 9999)}"
        self.leader_title = self.team + "장"
        self.chief_title = self.dept + "장" if self.dept.endswith("과") else "센터장"

    def date(self, k=0, style=None):
        y, m, d = add_days(self.y, self.m, self.d, k)
        return fmt_date(self.rng, y, m, d, style or self.date_style)

    def ymd(self, k=0):
        return add_days(self.y, self.m, self.d, k)

    def approved(self):
        return f"{self.y}-{self.m:02d}-{self.d:02d}"


GONGGAE = {"public": "공개", "partial": "부분공개(6)", "nonpublic": "비공개"}


def header_gongmun(d, c, title, recv=None):
    rng = c.rng
    d.w(f"{c.dist['city']} {c.dist['gu']}\n" if c.dist["gu"] not in ("부천시",) else "경기도 부천시\n")
    d.w(H(rng, "수신", "수신자", "수 신") + "  " + (recv or H(rng, "내부결재", "수신자 참조", "보건소장(감염병관리과장)", f"{c.dist['gu']}보건소장")) + "\n")
    d.w("(경유)\n")
    d.w(H(rng, "제목", "제 목") + "  ", title, "\n\n")


def footer_gongmun(d, c, grade, grounds):
    rng = c.rng
    gg = "공개" if grade == "public" else ("부분공개" if grade == "partial" else "비공개") + \
        "(" + ",".join(str(g) for g in grounds) + ")"
    d.w(f"\n\n{c.hcname}장\n\n")
    d.w(f"주무관 {c.drafter}    {c.leader_title} {c.leader}    {c.chief_title} {c.chief}" +
        H(rng, "(전결)", " 전결", "") + f" {c.date(0, 'short') if rng.random() < 0.5 else ''}\n")
    d.w(f"시행  {c.docno} ({c.date()})    접수\n")
    d.w(f"우 {c.dist['zip']}  {c.dist['hc']} {c.dept}" + H(rng, f"    / www.{c.dist['dom']}", "") + "\n")
    d.w(f"전화번호 {c.tel}   팩스번호 {c.fax}   / {c.email}   / {gg}\n")


def header_report(d, c, title):
    rng = c.rng
    st = rng.random()
    if st < 0.5:
        d.w(title, "\n\n")
        d.w(f"{c.date()}  {c.hcname} {c.dept}({c.team})\n\n")
    else:
        d.w(f"【{title}】\n")
        d.w(f"보고일자: {c.date()} / 보고자: {c.team} 주무관 {c.drafter}(☎ {c.tel.split('-', 1)[1]})\n\n")


def footer_contact(d, c):
    rng = c.rng
    st = rng.randint(0, 3)
    if st == 0:
        d.w(f"\n※ 문의: {c.hcname} {c.team} {c.drafter} 주무관 ({c.tel})\n")
    elif st == 1:
        d.w(f"\n담당: {c.dept} {c.team} 주무관 {c.drafter} / {c.leader_title} {c.leader} / ☎ {c.tel} / {c.email}\n")
    elif st == 2:
        d.w(f"\n붙임  관련 서식 1부.  끝.\n\n담당자 {c.drafter}  {c.leader_title} {c.leader}  {c.chief_title} {c.chief}\n")
    else:
        d.w(f"\n[작성] {c.team} {c.drafter}  [검토] {c.leader_title} {c.leader}  [결재] {c.chief_title} {c.chief}\n")


def memo_header(d, c, title):
    rng = c.rng
    d.w(H(rng, "[업무연락]", "업무 메모", "[내부 메모]", "<업무협조 메모>") + " ", title, "\n")
    d.w(f"발신: {c.team} 주무관 {c.drafter} ({office_line(rng, c.dist, short=True)})\n")
    d.w(f"수신: {c.leader_title}, {c.chief_title}" + H(rng, "", ", 보건소장", ", 관련 팀 전체") + "\n")
    d.w(f"일시: {c.date()} {rng.randint(9, 17)}:{rng.choice(['00', '10', '30', '45'])}\n")
    d.w("-" * rng.choice([20, 30, 40]) + "\n")


def stat_ref(rng, which):
    L = {
        "epi": ["「감염병의 예방 및 관리에 관한 법률」 제18조(역학조사)", "감염병예방법 제18조 및 같은 법 시행령 제12조",
                "「감염병의 예방 및 관리에 관한 법률」 제11조(의사 등의 신고)", "감염병예방법 제42조(감염병에 관한 강제처분)",
                "감염병예방법 제47조(감염병 유행에 대한 방역 조치)"],
        "notify": ["「감염병의 예방 및 관리에 관한 법률」 제11조 및 제12조", "감염병예방법 시행규칙 제6조",
                   "감염병예방법 제11조(의사 등의 신고)"],
        "aefi": ["「감염병의 예방 및 관리에 관한 법률」 제29조(예방접종에 관한 역학조사)",
                 "감염병예방법 제71조(예방접종 등에 따른 피해의 국가보상)", "같은 법 시행령 제29조"],
        "visit": ["「지역보건법」 제11조제1항제5호", "「지역보건법 시행규칙」 제4조", "방문건강관리사업 안내(보건복지부, 2025)"],
        "mental": ["「정신건강증진 및 정신질환자 복지서비스 지원에 관한 법률」 제44조",
                   "정신건강복지법 제50조(응급입원)", "정신건강복지법 제71조(비밀누설의 금지)"],
        "food": ["「식품위생법」 제86조(식중독에 관한 조사 보고)", "식품위생법 시행령 제59조", "식품위생법 제75조(허가취소 등)"],
        "dementia": ["「치매관리법」 제17조(치매안심센터의 설치)", "치매관리법 제12조의3", "치매관리법 시행령 제10조의2"],
        "smoke": ["「국민건강증진법」 제9조", "「국민건강증진법」 제3조", "지역사회 통합건강증진사업 안내(2025)"],
        "screen": ["「국민건강보험법」 제52조(건강검진)", "「건강검진기본법」 제3조", "「의료급여법」 제14조"],
    }
    return rng.choice(L[which])


def law_amend(rng, ref="「"):
    if not ref.startswith("「"):
        return ""
    return rng.choice(["", f"(법률 제{rng.randint(17000, 20999)}호, {rng.randint(2019, 2025)}. {rng.randint(1, 12)}. {rng.randint(1, 28)}. 개정)", ""])


def finish(c, d, title, doc_type, grade, grounds, lang="ko"):
    dep = f"{c.hcname} {c.team}" if c.dept in c.hcname else f"{c.hcname} {c.dept}"
    return dict(lang=lang, title=title, department=dep, doc_type=doc_type,
                approved_at=c.approved(), drafter=c.drafter, approver=c.chief, approver_rank=c.chief_title,
                text=d.text(), entities=d.ents, grade=grade, grounds=grounds)

# ---------------------------------------------------------------- diseases

DISEASES = [
    dict(n="결핵", dx=["폐결핵(도말양성)", "폐결핵", "도말양성 폐결핵", "폐결핵(배양 양성)"],
         sx=["기침(3주 이상), 야간 발한", "기침·객담, 체중 감소 4kg", "기침, 미열, 피로감", "객혈, 흉통"],
         test=["객담 도말 양성(2+), 결핵균 PCR 양성", "흉부 X선 우상엽 공동 소견", "객담 배양 양성", "결핵균 PCR 양성"],
         ctest=["IGRA 양성(잠복결핵감염)", "IGRA 음성", "흉부 X선 정상", "IGRA 양성, 흉부 X선 정상", "TST 12mm(양성)"],
         cact=["잠복결핵감염 치료 권고", "3개월 후 재검", "추적 관찰 종료", "흉부 X선 재촬영 예정"], grp=2),
    dict(n="홍역", dx=["홍역", "홍역(해외유입)"], sx=["발열(39.1℃), 발진, 결막염", "고열, 기침, 전신 홍반성 발진", "발진, 콧물, 코플릭 반점"],
         test=["홍역 IgM 양성", "홍역 PCR 양성(인후도말)"], ctest=["홍역 IgG 양성", "MMR 접종력 2회 확인", "IgG 음성(MMR 접종 시행)", "증상 없음"],
         cact=["능동감시 21일", "MMR 예방접종 시행", "등교 중지 권고", "감시 종료"], grp=2),
    dict(n="A형간염", dx=["A형간염"], sx=["황달, 식욕부진, 피로감", "발열, 구역, 갈색뇨", "상복부 통증, 황달"],
         test=["HAV IgM 양성, ALT 1,240 IU/L", "HAV IgM 양성"], ctest=["HAV IgG 양성", "HAV IgG 음성(예방접종 시행)", "증상 없음"],
         cact=["A형간염 예방접종 권고", "증상 모니터링 50일", "감시 종료"], grp=2),
    dict(n="백일해", dx=["백일해"], sx=["발작성 기침 2주, 구토 동반", "경련성 기침, 흡기 시 흡입음"],
         test=["백일해 PCR 양성"], ctest=["PCR 음성", "기침 증상 있음(PCR 의뢰)", "증상 없음"],
         cact=["예방적 항생제(아지스로마이신) 복용", "DTaP 추가접종 안내", "감시 종료"], grp=2),
    dict(n="레지오넬라증", dx=["레지오넬라증(폐렴형)", "레지오넬라증"], sx=["고열(39.5℃), 호흡곤란", "발열, 기침, 근육통"],
         test=["소변 항원검사 양성", "객담 배양 L. pneumophila 혈청군 1"], ctest=["증상 없음", "발열 있음(검사 의뢰)"],
         cact=["증상 모니터링 14일", "감시 종료"], grp=3),
    dict(n="쯔쯔가무시증", dx=["쯔쯔가무시증"], sx=["발열, 두통, 가피(좌측 서혜부)", "고열, 발진, 가피(우측 겨드랑이)"],
         test=["간접면역형광항체법 1:640", "IFA IgM 양성"], ctest=["증상 없음"], cact=["해당 없음"], grp=3),
    dict(n="세균성이질", dx=["세균성이질"], sx=["혈변, 복통, 발열", "설사(1일 8회), 복통"],
         test=["대변 배양 Shigella sonnei 검출"], ctest=["대변 배양 음성", "대변 배양 양성(무증상)"],
         cact=["업무 종사 제한", "음성 2회 확인 후 해제", "감시 종료"], grp=2),
    dict(n="코로나19", dx=["코로나19"], sx=["발열(37.8℃), 인후통", "기침, 근육통, 후각 저하", "무증상"],
         test=["PCR 양성(Ct 22.4)", "신속항원검사 양성"], ctest=["PCR 음성", "PCR 양성", "신속항원 음성"],
         cact=["자가격리 해제", "격리 통지", "능동감시"], grp=4),
    dict(n="수두", dx=["수두"], sx=["수포성 발진, 미열(37.6℃)", "전신 수포, 가려움"], test=["임상 진단", "VZV PCR 양성"],
         ctest=["수두 접종력 확인", "증상 없음"], cact=["등원 중지(가피 형성 시까지)", "감시 종료"], grp=2),
]

# ---------------------------------------------------------------- kind: epi (역학조사 결과 보고)

def timeline(d, c, p, contacts, dis, layout):
    rng = c.rng
    dist = c.dist
    n = rng.randint(4, 7)
    rows = []
    plate = make_plate(rng) if rng.random() < 0.35 else None
    card = make_card(rng) if rng.random() < 0.45 else None
    comp = rng.choice(COMPANIES)
    dsty = rng.choice(["short", "md", "short", "dot0"])
    force = {}
    if plate:
        force[rng.randint(1, n - 1)] = 0.45
    if card:
        force[rng.randint(1, n - 1)] = 0.8
    for k in range(n):
        y, m, dd = c.ymd(-n + k)
        dstr = fmt_date(rng, y, m, dd, dsty) + f"({weekday(y, m, dd)})"
        t = f"{rng.randint(7, 20):02d}:{rng.choice(['00', '10', '20', '30', '40', '50'])}"
        kindr = force.get(k, rng.random())
        if k == 0 or kindr < 0.15:
            place = ["자택(", (p.addr if rng.random() < 0.5 else unit_only(rng), "ADDRESS"), ") 체류"]
            mv = "-"
        elif kindr < 0.35:
            place = [f"직장({comp}, {rng.choice(dist['dongs'])}) 근무"]
            mv = rng.choice(["대중교통(지하철)", "버스", "도보"])
        elif kindr < 0.5 and plate:
            place = [rng.choice(dist["places"]) + " 방문"]
            mv = ["자차(", (plate, "VEHICLE_PLATE"), ")"]
        elif kindr < 0.62 and contacts:
            q = rng.choice(contacts)
            place = [q.nm(), H(rng, " 자택(", " 씨 집(", "의 집("), (unit_only(rng), "ADDRESS"), ") 방문"]
            mv = "도보"
        elif kindr < 0.75:
            place = [rng.choice(CLINICS + HOSPITALS) + " 외래 진료"]
            mv = rng.choice(["택시", "도보", "버스"])
        elif kindr < 0.85 and card:
            place = [rng.choice(dist["places"]) + " 내 매장, 카드(", (card, "CARD_NUMBER"), ") 결제"]
            mv = "도보"
        else:
            place = [rng.choice(dist["places"])]
            mv = rng.choice(["지하철", "버스 6628번", "도보", "자전거"])
        rows.append((dstr, t, place, mv))
    if layout in ("pipe", "box", "tsv"):
        render_table(d, rng, [H(rng, "일자", "날짜", "월일"), H(rng, "시간", "시각"), H(rng, "장소", "방문장소", "이동경로"),
                              H(rng, "이동수단", "교통수단")], [[[a], [b], cc, [dd_] if isinstance(dd_, str) else dd_]
                                                           for a, b, cc, dd_ in rows], layout, numbered=False)
    else:
        mk = H(rng, '-', '·', '▸')
        for a, b, cc, mv in rows:
            d.w(f"  {mk} {a} {b} ", cc)
            if mv != "-":
                d.w(" (", mv, ")")
            d.w("\n")


def gen_epi(rng, i):
    c = Ctx(rng, "epi")
    dist = c.dist
    dis = rng.choice(DISEASES)
    p = persons(rng, dist, 1, c.used, age=(3, 85), foreign=rng.random() < 0.12)[0]
    contacts = persons(rng, dist, rng.randint(2, 5), c.used, age=(5, 80), foreign=rng.random() < 0.1)
    doctor = official(rng, c.used)
    hosp = rng.choice(HOSPITALS)
    grade, grounds = "partial", [6]
    r = rng.random()
    if r < 0.08:
        grade, grounds = "nonpublic", [4, 6]
    elif r < 0.16:
        grade, grounds = "nonpublic", [5, 6]
    title = H(rng, f"{dis['n']} 환자 역학조사 결과 보고", f"{dis['n']} 발생에 따른 역학조사 결과 보고",
              f"제{dis['grp']}급감염병({dis['n']}) 역학조사 결과 보고", f"{dis['n']} 확진자 역학조사 결과 및 접촉자 관리 계획")
    d = Doc()
    lay = rng.choice(["gongmun", "report", "memo", "prose"])
    tstyle = rng.choice(TABLE_STYLES)
    if lay == "gongmun":
        header_gongmun(d, c, title)
        sr = stat_ref(rng, 'epi')
        d.w(f"1. 관련: {sr}{law_amend(rng, sr)}\n")
        d.w(f"2. {c.date(-3)} {hosp}에서 신고된 {dis['n']} 환자 1명에 대하여 역학조사를 실시하고 그 결과를 다음과 같이 보고합니다.\n\n")
        d.w("  가. 환자 정보\n")
        d.w("    - 성명: ", p.full(), f" ({p.sexk()}, {p.age}세)\n")
        if rng.random() < 0.6:
            d.w("    - 생년월일: ", (p.birth(), "BIRTH_DATE"), "\n")
        else:
            d.w("    - 주민등록번호: ", (make_rrn(rng, p.by, p.bm, p.bd, p.sex), "KR_RRN"), "\n") if not p.foreign else \
                d.w("    - 외국인등록번호: ", (make_frn(rng, p.by, p.bm, p.bd, p.sex), "KR_FRN"), "\n")
        d.w("    - 주소: ", (p.addr, "ADDRESS"), "\n")
        d.w("    - 연락처: ", (p.phone, "PHONE"), "\n")
        d.w(f"    - 직업: {H(rng, '회사원', '자영업', '학생', '무직', '요양보호사', '택배기사')}" +
            (f"({rng.choice(COMPANIES)})" if rng.random() < 0.4 else "") + "\n")
        d.w("    - 진단명: ", (rng.choice(dis["dx"]), "HEALTH_INFO"), "\n")
        d.w(f"    - 증상 및 발병일: ", (rng.choice(dis["sx"]), "HEALTH_INFO"), f" / {c.date(-rng.randint(4, 12))}\n")
        d.w("    - 검사결과: ", (rng.choice(dis["test"]), "HEALTH_INFO"), "\n")
        d.w(f"    - 신고: {hosp} 감염내과 {doctor} 전문의 ({c.date(-3)})\n\n")
        d.w("  나. 주요 동선(증상 발생 전후)\n")
        timeline(d, c, p, contacts, dis, rng.choice(["pipe", "box", "bullet"]))
        d.w("\n  다. 접촉자 현황\n")
    elif lay == "report":
        header_report(d, c, title)
        d.w("□ 개요\n")
        d.w(f"  ○ 신고일: {c.date(-3)} / 신고기관: {hosp}\n")
        d.w(f"  ○ 관련 근거: {stat_ref(rng, 'epi')}\n")
        d.w(f"  ○ 금년 관내 {dis['n']} 누적 신고 {rng.randint(2, 40)}건(전년 동기 대비 {rng.randint(-30, 40)}%)\n\n")
        d.w("□ 환자 인적사항 및 임상 정보\n")
        d.w("  ○ ", p.full(), f"({p.sexk()}/{p.age}세), ")
        if p.foreign:
            d.w(f"국적 {p.nat_ko}, " + H(rng, "여권번호 ", "여권 "), (make_passport(rng, p.nat_en), "KR_PASSPORT"), ", ")
        d.w(H(rng, "거주지 ", "주소 "), (p.addr, "ADDRESS"), ", ", H(rng, "휴대전화 ", "☎ ", "연락처 "), (p.phone, "PHONE"), "\n")
        d.w("  ○ 진단: ", (rng.choice(dis["dx"]), "HEALTH_INFO"), " / 주요 증상: ", (rng.choice(dis["sx"]), "HEALTH_INFO"), "\n")
        d.w("  ○ 검사: ", (rng.choice(dis["test"]), "HEALTH_INFO"), "\n")
        if rng.random() < 0.5:
            d.w("  ○ 기저질환: ", (rng.choice(["고혈압", "당뇨병(경구약 복용)", "만성신부전(혈액투석 주 3회)", "류마티스관절염(면역억제제 복용)", "HIV 감염"]), "HEALTH_INFO"), "\n")
        d.w(f"  ○ 진료의: {hosp} {doctor} 교수(호흡기내과)\n\n")
        d.w("□ 추정 감염경로 및 동선\n")
        timeline(d, c, p, contacts, dis, rng.choice(["tsv", "bullet", "pipe"]))
        d.w("\n□ 접촉자 조사 결과\n")
    elif lay == "memo":
        memo_header(d, c, title)
        d.w("1) 환자: ", p.full(), f", {p.age}세 {p.sexk()}, ")
        d.w((p.addr, "ADDRESS"), " 거주. ", (p.phone, "PHONE"), "\n")
        sx = rng.choice(dis["sx"])
        d.w("   ", (sx, "HEALTH_INFO"), josa(sx, "으로/로") + " ", f"{hosp} 내원 → ", (rng.choice(dis["test"]), "HEALTH_INFO"), " → ",
            (rng.choice(dis["dx"]), "HEALTH_INFO"), " 확진\n")
        d.w("2) 동선(역학조사관 면담 결과)\n")
        timeline(d, c, p, contacts, dis, "bullet")
        d.w("3) 접촉자\n")
    else:  # prose
        d.w(title, "\n\n")
        d.w(f"{c.hcname}은 {c.date(-3)} {hosp}으로부터 {dis['n']} 환자 발생 신고를 받고 {stat_ref(rng, 'epi')}에 따라 역학조사를 실시하였다. ")
        d.w("환자 ", p.j("은/는"), f" {p.age}세 {('남성' if p.sex == 'M' else '여성')}으로 ", (p.addr, "ADDRESS"), "에 거주하며, ")
        d.w(f"{c.date(-rng.randint(5, 12))}경부터 ", (rng.choice(dis["sx"]), "HEALTH_INFO"), " 증상이 있었다. ")
        d.w(f"{hosp} {doctor} 전문의가 실시한 검사에서 ", (rng.choice(dis["test"]), "HEALTH_INFO"), "으로 확인되어 ",
            (rng.choice(dis["dx"]), "HEALTH_INFO"), "으로 진단되었다. ")
        d.w("역학조사관은 ", p.ref("과/와"), f" 전화({H(rng, '휴대전화', '자택 전화')} ", (p.phone, "PHONE"), ")로 면담하여 증상 발생 전후 동선을 확인하였으며, 그 결과는 아래와 같다.\n\n")
        timeline(d, c, p, contacts, dis, rng.choice(["box", "bullet", "pipe"]))
        d.w("\n접촉자는 다음과 같이 분류하여 관리 중이다.\n")
    # contacts
    rows = []
    for q in contacts:
        rel = rel_for(rng, q, ["배우자", "자녀", "모", "부", "동거인", "직장 동료", "지인", "같은 반 학생", "룸메이트", "딸", "아들"])
        ph = [(q.phone, "PHONE")] if rng.random() < 0.8 else [(fmt_home(rng, dist), "PHONE")]
        rows.append([q.nm(), [rel], ph, [(rng.choice(dis["ctest"]), "HEALTH_INFO")], [rng.choice(dis["cact"])]])
    render_table(d, rng, [H(rng, "성명", "접촉자", "이름", "대상자"), H(rng, "관계", "구분", "접촉유형"),
                          H(rng, "연락처", "전화번호", "휴대폰"), H(rng, "검사결과", "결과", "검진결과"),
                          H(rng, "조치", "조치사항", "관리")], rows, tstyle)
    d.w(f"\n  ※ 관외 거주 접촉자 {rng.randint(0, 4)}명은 관할 보건소로 이관(역학조사지원시스템 통보)\n")
    if rng.random() < 0.3:
        d.w("  ※ 접촉자 중 ", contacts[0].masked(), "는 이전 조사(" + c.date(-200) + ")에서 이미 관리된 바 있음\n")
    d.w("\n")
    d.w("□ 향후 조치\n" if lay == "report" else "라. 향후 조치\n" if lay == "gongmun" else "향후 조치:\n")
    d.w(f"  - 환자 치료 완료 시까지 복약 관리 및 {H(rng, '주 1회', '월 2회')} 방문 상담\n")
    d.w(f"  - 접촉자 2차 검진 {c.date(56)} 예정\n")
    if grade == "nonpublic" and 4 in grounds:
        d.w("  - 환자가 입원치료 명령을 2회 거부하여 ", stat_ref(rng, "epi"), " 위반으로 관할 경찰서 고발 여부를 검토 중임(수사 의뢰 예정)\n")
    if grade == "nonpublic" and 5 in grounds:
        d.w("  - 집단시설 관련성에 대한 추가 조사가 진행 중이며, 결과는 질병관리청과 협의 후 확정 예정(내부 검토 중)\n")
    if lay == "gongmun":
        footer_gongmun(d, c, grade, grounds)
    else:
        footer_contact(d, c)
    return finish(c, d, title, "역학조사 결과 보고", grade, grounds)

# ---------------------------------------------------------------- kind: notify (감염병 발생 신고 처리)

NOTIFY_DIS = ["수두", "유행성이하선염", "성홍열", "A형간염", "C형간염", "쯔쯔가무시증", "결핵", "백일해",
              "카바페넴내성장내세균목(CRE) 감염증", "레지오넬라증", "말라리아", "B형간염", "엠폭스", "매독"]


def gen_notify(rng, i):
    c = Ctx(rng, "notify")
    dist = c.dist
    mode = rng.random()
    d = Doc()
    if mode < 0.4:
        # statistics: public
        title = H(rng, f"{c.y}년 {c.m}월 법정감염병 신고 처리 현황", f"감염병 발생 신고 처리 현황({c.y}. {c.m}월)",
                  f"{c.y}년 상반기 감염병 신고 접수 및 처리 결과")
        grade, grounds = "public", []
        lay = rng.choice(["report", "gongmun", "plain"])
        if lay == "gongmun":
            header_gongmun(d, c, title, recv=H(rng, "서울특별시장(시민건강국장)", "수신자 참조", "질병관리청장"))
            d.w(f"1. 관련: {stat_ref(rng, 'notify')}\n2. {c.y}년 {c.m}월 관내 의료기관 감염병 신고 처리 현황을 다음과 같이 보고합니다.\n\n")
        elif lay == "report":
            header_report(d, c, title)
            d.w("□ 총괄\n")
        else:
            d.w(title + "\n" + "=" * 20 + "\n")
        tot = 0
        rows = []
        for dn in rng.sample(NOTIFY_DIS, rng.randint(5, 9)):
            a = rng.randint(0, 60)
            b = rng.randint(0, a)
            tot += a
            rows.append([[dn], [str(a)], [str(b)], [str(a - b)], [f"{rng.randint(0, 100)}%"]])
        render_table(d, rng, ["감염병명", "신고", "확진", "의사환자·기각", H(rng, "전년 대비", "증감률")], rows,
                     rng.choice(["pipe", "box", "tsv"]), numbered=False)
        d.w(f"\n  ○ 총 신고 {tot}건 중 신고기한(24시간) 내 처리율 {rng.randint(88, 100)}.{rng.randint(0, 9)}%\n")
        d.w(f"  ○ 신고 의료기관: {', '.join(rng.sample(HOSPITALS + CLINICS, 4))} 등 {rng.randint(10, 60)}개소\n")
        d.w(f"  ○ 주요 특이사항: {rng.choice(NOTIFY_DIS)} 신고가 전월 대비 증가하여 관내 어린이집·학교에 예방수칙 안내문 발송({c.date(2)})\n")
        if lay == "gongmun":
            footer_gongmun(d, c, grade, grounds)
        else:
            footer_contact(d, c)
        return finish(c, d, title, "감염병 신고 처리 현황", grade, grounds)
    if mode < 0.75:
        # list of notifications handled
        title = H(rng, "감염병 발생 신고서 접수 처리 대장", f"{c.m}월 {rng.randint(1, 4)}주차 감염병 신고 처리 결과",
                  "법정감염병 신고 접수 및 조치 결과")
        grade, grounds = "partial", [6]
        if rng.random() < 0.5:
            header_gongmun(d, c, title)
            d.w(f"1. 관련: {stat_ref(rng, 'notify')}\n2. 관내 의료기관에서 신고된 감염병 환자에 대한 처리 결과를 다음과 같이 보고합니다.\n\n")
        else:
            header_report(d, c, title)
        ps = persons(rng, dist, rng.randint(3, 7), c.used, age=(1, 90), foreign=rng.random() < 0.15)
        rows = []
        for k, p in enumerate(ps):
            dx = rng.choice(NOTIFY_DIS)
            src = rng.choice(HOSPITALS + CLINICS)
            who = [p.nm(), f"({p.sexk()}/{p.age})"] if rng.random() < 0.6 else [p.nm()]
            bd = [(p.birth(rng.choice(["dot0", "yymmdd", "dash"])), "BIRTH_DATE")] if not p.foreign else \
                [(make_frn(rng, p.by, p.bm, p.bd, p.sex), "KR_FRN")]
            addr = [(p.addr if rng.random() < 0.6 else make_address(rng, dist, "road_short"), "ADDRESS")]
            rows.append([[f"{c.y % 100}-{rng.randint(100, 999)}"], who, bd, addr, [(dx, "HEALTH_INFO")], [src],
                         [rng.choice(["역학조사 완료", "관외 이관", "조사 중", "의사환자 → 확진 분류", "기각(검사 음성)"])]])
        render_table(d, rng, ["접수번호", H(rng, "환자명", "성명", "환자 성명"), "생년월일", H(rng, "주소", "거주지"),
                              H(rng, "신고병명", "진단명", "병명"), "신고기관", H(rng, "처리결과", "조치")], rows,
                     rng.choice(TABLE_STYLES))
        d.w(f"\n※ 신고 의사 연락처는 각 의료기관 대표번호로 확인하였으며, 환자 연락처는 개인정보 보호를 위하여 별도 관리함.\n")
        d.w(f"※ 관외 거주자는 {rng.choice([x['gu'] for x in DISTRICTS])}보건소로 이관({c.date(1)})\n")
        footer_contact(d, c)
        return finish(c, d, title, "감염병 신고 처리 대장", grade, grounds)
    # single notification memo
    p = persons(rng, dist, 1, c.used, age=(1, 90))[0]
    guard = persons(rng, dist, 1, c.used, age=(30, 60))[0] if p.age < 15 else None
    doctor = official(rng, c.used)
    dn = rng.choice(NOTIFY_DIS)
    clinic = rng.choice(CLINICS + HOSPITALS)
    title = H(rng, f"{dn} 발생 신고 처리 결과", f"감염병 발생 신고({dn}) 접수 및 처리", f"{dn} 환자 신고 처리 보고")
    grade, grounds = "partial", [6]
    memo_header(d, c, title)
    ds = c.date(0)
    v = rng.randint(0, 2)
    if v == 0:
        d.w(f"{ds} {rng.randint(9, 17)}시경 {clinic}({doctor} 원장)으로부터 팩스로 신고서 접수.\n")
        d.w("환자 ", p.j("은/는"), f" {p.age}세 {p.sexk()}이며, 주소지는 ", (p.addr, "ADDRESS"), "임.\n")
        d.w("주증상 ", (rng.choice(["발열, 이하선 종창", "발열, 딸기혀, 발진", "수포성 발진", "발열, 오한, 가피"]), "HEALTH_INFO"),
            ", 신고 당시 분류 '", ("의사환자" if rng.random() < 0.5 else "환자", None), "'. ")
    else:
        d.w(f"○ 접수: {ds} / 신고기관: {clinic} / 신고의사: {doctor}\n")
        d.w("○ 환자: ", p.full(), " / ", (p.birth(), "BIRTH_DATE"), " / ", (p.addr, "ADDRESS"), "\n")
        d.w("○ 진단: ", (dn + rng.choice(["", "(확진)", " 의사환자"]), "HEALTH_INFO"), "\n")
    if guard:
        d.w(f"\n보호자({H(rng, '모', '부', '조모')}) ", guard.nm(), "에게 ", (guard.phone, "PHONE"), josa(guard.phone, "으로/로"),
            f" 연락하여 등원 중지 및 격리 기간을 안내하였음. 보호자는 {H(rng, '어린이집', '유치원', '초등학교')}에 직접 알리겠다고 함.\n")
    else:
        d.w(f"\n환자 본인(", (p.phone, "PHONE"), ")과 통화하여 ", H(rng, "격리 기간 및 전파 예방수칙", "치료 일정과 복약 방법", "추가 검사 일정"),
            "을 안내함.\n")
    d.w(f"\n처리: 질병보건통합관리시스템 입력 완료({c.date(0, 'dash')}), {stat_ref(rng, 'notify')}에 따른 신고 기한 준수.\n")
    d.w(f"참고: 관내 {dn} 금년 누적 {rng.randint(3, 90)}건.\n")
    footer_contact(d, c)
    return finish(c, d, title, "감염병 신고 처리 메모", grade, grounds)

# ---------------------------------------------------------------- kind: aefi (예방접종 이상반응)

VACCINES = [("인플루엔자 4가(IIV4)", "Q2SK"), ("DTaP-IPV", "AD4B"), ("MMR", "R9K2"), ("HPV 9가", "X0112"),
            ("폐렴구균 23가(PPSV23)", "W03A"), ("코로나19 JN.1 mRNA", "HA0"), ("일본뇌염 약독화 생백신", "J24"),
            ("Tdap", "TA8"), ("B형간염", "HB3"), ("대상포진 재조합", "SHG")]
REACT = ["접종 부위 발적·부종(직경 6cm)", "38.6℃ 발열 및 보챔", "전신 두드러기", "아나필락시스 의심(호흡곤란, 혈압 저하)",
         "열성 경련 1회(약 2분)", "혈관미주신경성 실신", "길랭-바레 증후군 의심", "심근염 의심(흉통, 트로포닌 상승)",
         "접종 부위 통증 및 근육통", "안면 부종"]
COURSE = ["응급실 내원, 항히스타민제 투여 후 호전", "입원 치료 3일 후 퇴원", "외래 경과관찰 중 회복",
          "에피네프린 근육주사 후 중환자실 입원", "해열제 복용 후 24시간 내 회복", "신경과 외래 추적 중"]


def gen_aefi(rng, i):
    c = Ctx(rng, "aefi")
    dist = c.dist
    child = rng.random() < 0.45
    p = persons(rng, dist, 1, c.used, age=(0, 12) if child else (18, 85))[0]
    guard = persons(rng, dist, 1, c.used, age=(28, 50))[0] if child else None
    vac, lotp = rng.choice([v for v in VACCINES if (v[0].split()[0] in ("DTaP-IPV", "MMR", "인플루엔자", "일본뇌염", "B형간염")) == child])
    lot = f"{lotp}{rng.randint(100, 999)}{rng.choice('ABCD')}"
    clinic = rng.choice(CLINICS)
    doctor = official(rng, c.used)
    react = rng.choice(REACT)
    title = H(rng, "예방접종 후 이상반응 발생 보고", f"{vac} 접종 후 이상반응 신고 처리 결과", "예방접종 이상반응 역학조사 결과 보고",
              "예방접종 피해보상 신청 접수 및 기초조사 결과")
    grade, grounds = "partial", [6]
    if rng.random() < 0.1:
        grade, grounds = "nonpublic", [5, 6]
    d = Doc()
    lay = rng.choice(["gongmun", "kv", "report", "prose"])
    if lay == "gongmun":
        header_gongmun(d, c, title, recv=H(rng, "질병관리청장(예방접종관리과장)", "서울특별시장", "내부결재"))
        sr = stat_ref(rng, 'aefi')
        d.w(f"1. 관련: {sr}{law_amend(rng, sr)}\n")
        d.w(f"2. 관내 위탁의료기관에서 접종 후 발생한 이상반응 신고 건에 대한 기초조사 결과를 다음과 같이 보고합니다.\n\n")
    elif lay == "report":
        header_report(d, c, title)
    else:
        d.w(title, "\n\n")
    y, m, dd = c.ymd(-rng.randint(2, 20))
    vdate = fmt_date(rng, y, m, dd)
    if lay in ("gongmun", "kv", "report"):
        sep = rng.choice([": ", " : ", "\t"])
        lines = [
            (H(rng, "피접종자", "성명", "대상자"), p.full() + [f" ({p.sexk()})"]),
            ("생년월일", [(p.birth(), "BIRTH_DATE")] + ([f" (만 {p.age}세)"] if rng.random() < 0.5 else []))
            if rng.random() < 0.7 else ("주민등록번호", [(make_rrn(rng, p.by, p.bm, p.bd, p.sex), "KR_RRN")]),
        ]
        if guard:
            lines.append((H(rng, "보호자", "보호자(모)", "법정대리인"), guard.nm() + [" / ", (guard.phone, "PHONE")]))
        else:
            lines.append((H(rng, "연락처", "휴대전화"), [(p.phone, "PHONE")]))
        lines += [
            (H(rng, "주소", "거주지"), [(p.addr, "ADDRESS")]),
            ("접종일", [vdate]),
            ("백신(제조번호)", [f"{vac} ({lot})"]),
            ("접종기관", [f"{clinic}({dist['gu']} {rng.choice(dist['roads'])} {rng.randint(1, 200)})"]),
            (H(rng, "이상반응", "임상증상", "이상반응 내용"), [(react, "HEALTH_INFO")]),
            (H(rng, "경과", "치료 경과"), [(rng.choice(COURSE), "HEALTH_INFO")]),
        ]
        if rng.random() < 0.5:
            lines.append(("기저질환", [(rng.choice(["천식", "아토피피부염", "고혈압, 당뇨", "없음", "갑상선기능저하증", "뇌전증(항경련제 복용)"]), "HEALTH_INFO")]))
        lines.append(("신고자", [f"{clinic} {doctor} 원장" if rng.random() < 0.6 else "보호자 직접 신고(예방접종도우미 누리집)"]))
        pre = "  " if lay != "kv" else ""
        mark = rng.choice(["- ", "○ ", "· ", ""])
        for k, v in lines:
            d.w(pre + mark + k + sep, v, "\n")
    else:
        d.w(f"{vdate} {clinic}에서 {vac}(제조번호 {lot})을 접종받은 ")
        d.w(p.j("은/는") if not guard else p.nm() + [f"(만 {p.age}세)" + josa("세)", "은/는")])
        d.w(f" 접종 {rng.randint(1, 48)}시간 후 ", (react, "HEALTH_INFO"), "이 나타났다. ")
        if guard:
            d.w("보호자인 ", guard.ref(), f"{H(rng, '(모)', '(부)', '')}가 ", (guard.phone, "PHONE"), "로 보건소에 전화하여 신고하였으며, ")
        else:
            d.w("본인이 직접 보건소 예방접종실(", c.tel, ")로 신고하였고, ")
        d.w("이후 ", (rng.choice(COURSE), "HEALTH_INFO"), "하였다. 주소는 ", (p.addr, "ADDRESS"), "이며 생년월일은 ",
            (p.birth(), "BIRTH_DATE"), "이다.\n")
        d.w(f"접종 의사 {doctor}은 예진 당시 특이소견이 없었다고 진술하였다.\n")
    if "피해보상" in title or rng.random() < 0.35:
        bank, acct = make_account(rng)
        who = guard or p
        d.w(f"\n{H(rng, '□ 피해보상 신청 사항', '3. 피해보상 신청', '[보상 신청]')}\n")
        d.w(f"  - 신청 진료비: {rng.randint(8, 300) * 10000:,}원 (본인부담금 영수증 첨부)\n")
        d.w(f"  - 입금 계좌: {bank} ", (acct, "BANK_ACCOUNT"), " (예금주 ", who.nm(), ")\n")
        if rng.random() < 0.5:
            d.w("  - 결과 통지: 전자우편 ", (make_email(rng, who), "EMAIL"), H(rng, " 및 우편", "", " (신청인 희망)"), "\n")
        d.w(f"  - 처리 기한: 접수일로부터 120일 이내 질병관리청 예방접종피해보상전문위원회 심의\n")
    d.w(f"\n{H(rng, '□', '4.', '◎')} 향후 조치: 이상반응 관리시스템 등록, 인과성 평가를 위해 진료기록 사본 확보({c.date(3)}까지)\n")
    if grade == "nonpublic":
        d.w("  ※ 본 건은 예방접종피해조사반 심의 진행 중으로 결과 확정 전 자료임\n")
    if lay == "gongmun":
        footer_gongmun(d, c, grade, grounds)
    else:
        footer_contact(d, c)
    return finish(c, d, title, "예방접종 이상반응 보고", grade, grounds)

# ---------------------------------------------------------------- kind: visit (방문건강관리 대상자 명단)

VISIT_HX = ["고혈압, 당뇨(인슐린 투여)", "뇌졸중 후유증(좌측 편마비)", "지체장애 2급", "심한 장애(시각)", "고혈압·관절염",
            "만성폐쇄성폐질환(재택산소)", "경도인지장애 의심", "우울 척도 고위험(GDS 11점)", "당뇨병성 족부궤양",
            "파킨슨병", "골다공증, 낙상 이력 2회", "알코올 의존 의심", "암 치료 후 관리(위암 수술 2023년)", "심부전(이뇨제 복용)"]


def gen_visit(rng, i):
    c = Ctx(rng, "visit")
    dist = c.dist
    dong = rng.choice(dist["dongs"])
    nurse = official(rng, c.used)
    k = rng.randint(4, 9)
    ps = persons(rng, dist, k, c.used, age=(62, 94), foreign=False)
    title = H(rng, f"{c.y}년 {dong} 방문건강관리 대상자 명단", f"방문건강관리 신규 등록 대상자 현황({dong})",
              f"{c.m}월 방문건강관리 집중관리군 명단 및 방문 계획", "방문간호 대상자 사례 배정 결과")
    grade, grounds = "partial", [6]
    d = Doc()
    lay = rng.choice(["gongmun", "report", "memo", "plain"])
    if lay == "gongmun":
        header_gongmun(d, c, title, recv=f"{dong}주민센터장")
        d.w(f"1. 관련: {stat_ref(rng, 'visit')}\n")
        d.w(f"2. 찾아가는 보건복지 서비스와 연계하여 발굴된 건강 취약계층에 대하여 방문건강관리를 실시하고자 대상자 명단을 다음과 같이 통보하오니 "
            f"동 복지담당은 방문 일정 조율에 협조하여 주시기 바랍니다.\n\n")
    elif lay == "report":
        header_report(d, c, title)
        d.w(f"□ 추진 배경\n  ○ 독거노인·기초생활수급자 등 건강 취약계층의 만성질환 관리 및 허약 예방\n"
            f"  ○ 근거: {stat_ref(rng, 'visit')}\n\n□ 대상자 현황({k}명)\n")
    elif lay == "memo":
        memo_header(d, c, title)
        d.w(f"{dong} 담당 방문간호사 {nurse} 선생님 배정분입니다. 첫 방문은 {c.date(3)}부터 시작해 주세요.\n\n")
    else:
        d.w(title + "\n\n")
    rows = []
    hdr = [H(rng, "성명", "대상자", "이름", "대상자명"), H(rng, "생년월일", "나이", "연령", "주민등록번호"), H(rng, "주소", "거주지", "주소(동·호수)"),
           H(rng, "연락처", "전화", "연락처(보호자)"), H(rng, "건강문제", "주요 건강문제", "관리 질환", "건강상태"),
           H(rng, "군", "관리구분", "방문주기")]
    agecol = hdr[1]
    for p in ps:
        ac = [(p.birth(rng.choice(["dot", "yymmdd", "dash"])), "BIRTH_DATE")] if agecol == "생년월일" else \
            [(make_rrn(rng, p.by, p.bm, p.bd, p.sex), "KR_RRN")] if agecol == "주민등록번호" else [f"{p.age}세"]
        ad = rng.random()
        addr = [(p.addr, "ADDRESS")] if ad < 0.6 else [(unit_only(rng), "ADDRESS")] if ad < 0.85 else \
            [(make_address(rng, dist, "road_short"), "ADDRESS")]
        phr = rng.random()
        if phr < 0.55:
            ph = [(p.phone, "PHONE")]
        elif phr < 0.8:
            ph = [(fmt_home(rng, dist), "PHONE")]
        else:
            g = persons(rng, dist, 1, c.used, age=(35, 60))[0]
            ph = [(g.phone, "PHONE"), "(" + H(rng, "자녀 ", "딸 ", "아들 ", "며느리 "), g.nm(), ")"]
        rows.append([p.nm(), ac, addr, ph, [(rng.choice(VISIT_HX), "HEALTH_INFO")],
                     [H(rng, "집중관리군(주 1회)", "정기관리군(월 1회)", "자기역량지원군(3개월 1회)", "집중")]])
    render_table(d, rng, hdr, rows, rng.choice(TABLE_STYLES))
    d.w("\n")
    if rng.random() < 0.6:
        p = rng.choice(ps)
        org = H(rng, '치매안심센터', '동 주민센터 맞춤형복지팀', '재가노인지원센터')
        d.w(f"{H(rng, '※ 특이사항:', '○ 참고:', '* 비고:')} ", p.ref(), "의 경우 ", (rng.choice(["최근 낙상으로 거동 불편", "혈당 조절 불량(HbA1c 9.2%)", "복약 순응도 낮음", "식사 거름이 잦고 체중 3kg 감소"]), "HEALTH_INFO"),
            f"하여 {org}{josa(org, '과/와')} 연계 필요.\n")
    d.w(f"{H(rng, '※', '-')} 방문 시 혈압·혈당 측정, 복약지도, 낙상 예방 교육 실시. 담당 방문간호사 {nurse}(☎ {office_line(rng, dist)}).\n")
    if rng.random() < 0.4:
        d.w(f"{H(rng, '※', '-')} 지난 분기 관리 종료자 {rng.randint(2, 9)}명(사망 1, 요양시설 입소 {rng.randint(1, 3)}, 전출 등) 제외.\n")
    if lay == "gongmun":
        footer_gongmun(d, c, grade, grounds)
    else:
        footer_contact(d, c)
    return finish(c, d, title, "방문건강관리 대상자 명단", grade, grounds)

# ---------------------------------------------------------------- kind: mental (정신건강 사례관리 회의록)

MH_DX = ["조현병", "양극성 정동장애", "알코올 사용장애", "주요우울장애", "외상후스트레스장애", "강박장애", "조현정동장애",
         "우울증(치료 중단 상태)", "공황장애"]
MH_MED = ["리스페리돈 2mg 복용", "아리피프라졸 장기지속형 주사 월 1회", "리튬 복용 중", "에스시탈로프람 10mg 복용",
          "약물 자의 중단(6개월)", "날트렉손 복용", "클로자핀 복용 중"]
MH_RISK = ["자해 시도 이력(2회)", "자살 사고 호소", "환청 악화", "음주 후 이웃과 잦은 다툼", "외출 거부, 식사 불규칙",
           "가족에 대한 폭력 위협", "수면 장애 심화"]


def gen_mental(rng, i):
    c = Ctx(rng, "mental")
    dist = c.dist
    c.hcname = f"{dist['gu'] if dist['gu'] != '팔달구' else '수원시'}정신건강복지센터"
    ncase = rng.randint(1, 3)
    cases = persons(rng, dist, ncase, c.used, age=(17, 75))
    staff = [official(rng, c.used) for _ in range(4)]
    title = H(rng, f"{c.y}년 제{rng.randint(1, 24)}차 사례관리 회의록", "고위험 사례 통합사례회의 결과", "정신건강 사례관리 회의록",
              f"{c.m}월 정기 사례회의 결과보고")
    r = rng.random()
    if r < 0.4:
        grade, grounds = "nonpublic", rng.choice([[6], [1, 6]])
    else:
        grade, grounds = "partial", [6]
    d = Doc()
    lay = rng.choice(["minutes", "minutes", "report", "prose"])
    if lay == "minutes":
        d.w(H(rng, "회 의 록", "회의록", "■ 사례회의록") + "\n\n")
        sp = rng.choice([': ', '  ', ' | '])
        d.w(f"회의명{sp}{title}\n")
        d.w(f"일  시{sp}{c.date()} {rng.randint(10, 14)}:00 ~ {rng.randint(15, 17)}:30\n")
        d.w(f"장  소{sp}{c.hcname} {rng.randint(2, 5)}층 {H(rng, '회의실', '상담실', '소회의실')}\n")
        d.w(f"참석자{sp}상임팀장 {staff[0]}, 정신건강전문요원 {staff[1]}, {staff[2]}, "
            f"{dist['gu']}보건소 정신건강팀장 {staff[3]}" + H(rng, ", 동 주민센터 복지플래너", ", 관할 지구대 경사(동석)", "") + "\n")
        d.w(f"작성자{sp}{staff[1]}\n\n")
    elif lay == "report":
        header_report(d, c, title)
        d.w(f"□ 회의 개요: {c.date()}, 참석 {staff[0]}(상임팀장) 외 {rng.randint(4, 8)}명\n\n")
    else:
        d.w(title + "\n\n" + f"{c.date()} {c.hcname}에서 {staff[0]} 상임팀장 주재로 사례회의를 개최하였다. 주요 논의 내용은 다음과 같다.\n\n")
    for k, p in enumerate(cases):
        dx = rng.choice(MH_DX)
        g = persons(rng, dist, 1, c.used, age=(35, 75))[0] if rng.random() < 0.7 else None
        if lay == "prose":
            med = rng.choice(MH_MED)
            risk = rng.choice(MH_RISK)
            d.w(f"({k + 1}) ", p.nm(), f"({p.age}세, {p.sexk()})", josa(p.reading, "은/는"), " ", (dx, "HEALTH_INFO"),
                " 진단을 받았으며 투약 상황은 ", (med, "HEALTH_INFO"), josa(med, "이다/다"), ". 최근 ", (risk, "HEALTH_INFO"),
                josa(risk, "이/가"), " 확인되어 위기 수준을 상향하였다. ")
            d.w("주거지는 ", (p.addr, "ADDRESS"), "이며, ")
            if g:
                d.w(f"{rel_for(rng, g, ['모친', '부친', '배우자', '누나', '형', '언니', '딸', '아들'])} ", g.j("이/가"), " 동거하며 보호하고 있다(보호자 연락처 ", (g.phone, "PHONE"), "). ")
            d.w(p.ref("은/는") if rng.random() < 0.5 else ["대상자는"], " ", H(rng, "방문 상담을 거부하는 경향이 있어", "주간재활프로그램 참여 의사를 밝혀", "외래 진료를 2회 불참하여"),
                f" 담당 요원 {rng.choice(staff[1:3])}이 주 1회 방문하기로 하였다.\n\n")
        else:
            mark = rng.choice(["사례", "안건", "■ 사례"])
            d.w(f"{mark} {k + 1}. ", p.nm(), f" ({p.sexk()}/{p.age}세)\n")
            kv = [("진단", [(dx, "HEALTH_INFO")]), ("투약", [(rng.choice(MH_MED), "HEALTH_INFO")]),
                  ("주소", [(p.addr, "ADDRESS")]),
                  ("현재 상황", [(rng.choice(MH_RISK), "HEALTH_INFO"), H(rng, ", 기초생활수급 신청 중", ", 실직 후 고립", ", 가족 갈등 지속", "")])]
            if g:
                kv.append(("보호자", [g.nm(), f"({rel_for(rng, g, ['모', '부', '배우자', '자녀', '누나', '형'])}) ", (g.phone, "PHONE")]))
            if rng.random() < 0.3:
                kv.append(("생년월일", [(p.birth(), "BIRTH_DATE")]))
            for a, b in kv:
                d.w(f"  - {a}: ", b, "\n")
            d.w(f"  → 결정: {H(rng, '위기 수준 상향(고위험), 주 2회 방문', '정신건강의학과 외래 연계 및 동행 진료', '응급입원 요건 검토, 보호자 동의 시 행정입원 절차 안내', '사례 유지, 1개월 후 재평가')}\n")
            d.w(f"  → 담당: {rng.choice(staff[1:3])}\n\n")
    if rng.random() < 0.4:
        d.w(f"기타: 지난 회의 사례(", cases[0].masked() if ncase else "A씨", ")는 외래 치료 정착으로 사례관리 종결 처리함.\n")
    d.w(f"근거: {stat_ref(rng, 'mental')}. 본 회의록은 ")
    d.w("비공개 대상 정보를 포함하므로 외부 유출을 금함.\n" if grade == "nonpublic" else "개인정보를 가린 후 공개함.\n")
    footer_contact(d, c)
    return finish(c, d, title, "사례관리 회의록", grade, grounds)

# ---------------------------------------------------------------- kind: food (식중독 의심 신고 처리)

FOOD_SX = ["설사(1일 6회), 복통, 구토", "복통, 미열", "구토, 설사", "설사, 두통, 오한", "혈변, 복통", "오심, 구토 3회"]
FOOD_LAB = ["노로바이러스 양성", "병원성대장균(EPEC) 검출", "살모넬라균 검출", "캄필로박터 제주니 검출", "검출 안 됨", "황색포도상구균 검출"]


def biz_no(rng):
    return f"{rng.randint(100, 899)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}"


def gen_food(rng, i):
    c = Ctx(rng, "food")
    dist = c.dist
    rest = rng.choice(RESTAURANTS) + " " + rng.choice(dist["dongs"]).replace("동", "") + "점"
    bizno = biz_no(rng)
    biztel = f"{dist['tel'].split('-')[0]}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    bizaddr = f"{dist['city']} {dist['gu']} {rng.choice(dist['roads'])} {rng.randint(1, 200)}, 1층"
    owner = persons(rng, dist, 1, c.used, age=(35, 65))[0]
    reporter = persons(rng, dist, 1, c.used, age=(25, 60))[0]
    pts = persons(rng, dist, rng.randint(2, 6), c.used, age=(7, 70), foreign=rng.random() < 0.1)
    n_all = len(pts) + rng.randint(0, 20)
    title = H(rng, "식중독 의심 신고 처리 결과 보고", f"{rest} 관련 식중독 의심 환자 발생 조치 결과", "집단 식중독 의심 신고 역학조사 결과",
              "식중독 의심 민원 처리 결과 알림")
    grade, grounds = "partial", [6]
    r = rng.random()
    if r < 0.07:
        grade, grounds = "nonpublic", [5, 6]
    elif r < 0.13:
        grade, grounds = "nonpublic", [7]
    d = Doc()
    lay = rng.choice(["gongmun", "report", "letter", "memo"])
    when = c.date(-2)
    if lay == "letter":
        d.w(f"{c.hcname}\n\n")
        d.w("수신: ", reporter.nm(), H(rng, " 님 귀하", " 귀하", "님"), "\n")
        d.w(f"제목: {title}\n\n")
        d.w("1. 귀하께서 ", when, f"에 {H(rng, '전화', '국민신문고', '식품안전나라 누리집')}로 신고하신 식중독 의심 민원에 대한 처리 결과를 다음과 같이 알려 드립니다.\n")
        d.w(f"2. 우리 보건소는 신고 접수 즉시 해당 업소({rest})에 대하여 현장 조사를 실시하고, 보존식 및 조리기구 검체 {rng.randint(4, 15)}건을 채취하여 "
            f"{dist['city']}보건환경연구원에 검사를 의뢰하였습니다.\n")
        d.w("3. 신고인 본인의 검체 검사 결과는 ", (rng.choice(FOOD_LAB), "HEALTH_INFO"), "으로 확인되었으며, 업소 검체 결과는 ",
            rng.choice(["불검출", "노로바이러스 검출", "기준 적합"]), "입니다.\n")
        d.w(f"4. 업소에 대해서는 {stat_ref(rng, 'food')}에 따라 {H(rng, '시설 개수 명령', '과태료 부과', '영업정지 처분 사전통지', '위생교육 실시')} 조치를 하였습니다.\n")
        d.w("5. 회신은 신고 시 남기신 연락처(", (reporter.phone, "PHONE"), ")" + H(rng, "와 전자우편(", "로 하였으며, 전자우편(") , (make_email(rng, reporter), "EMAIL"),
            ")으로도 송부합니다. 궁금하신 사항은 식품위생팀(", c.tel, ")으로 문의하여 주시기 바랍니다.\n")
        d.w(f"\n{c.date()}\n{c.hcname}장 [직인생략]\n")
        d.w(f"\n담당 주무관 {c.drafter}  {c.leader_title} {c.leader}\n")
        return finish(c, d, title, "민원 회신", grade, grounds)
    if lay == "gongmun":
        header_gongmun(d, c, title, recv=H(rng, "식품의약품안전처장(식중독예방과장)", f"{dist['city']}장(식품정책과장)", "내부결재"))
        sr = stat_ref(rng, 'food')
        d.w(f"1. 관련: {sr}{law_amend(rng, sr)}\n2. 관내 음식점 이용 후 발생한 식중독 의심 환자에 대한 조사 결과를 다음과 같이 보고합니다.\n\n")
        d.w("  가. 신고 개요\n")
    elif lay == "report":
        header_report(d, c, title)
        d.w("□ 신고 개요\n")
    else:
        memo_header(d, c, title)
    d.w(f"    - 신고일시: {when} {rng.randint(8, 22)}:{rng.choice(['05', '20', '40'])}\n")
    d.w("    - 신고인: ", reporter.full(), " (", (reporter.phone, "PHONE"), ")")
    if rng.random() < 0.3:
        d.w(", 온라인 접수(접속 IP ", (f"{rng.choice([175, 211, 223, 118, 121])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "IP_ADDRESS"), ")")
    d.w("\n")
    d.w(f"    - 원인 추정 업소: {rest} (일반음식점, 사업자등록번호 {bizno}, 영업신고번호 제{c.y - rng.randint(1, 9)}-{rng.randint(10000, 99999)}호)\n")
    d.w(f"    - 소재지: {bizaddr} / 대표전화 {biztel}")
    if rng.random() < 0.6:
        d.w(" / 영업자 ", owner.nm())
    d.w("\n")
    d.w(f"    - 섭취일시: {c.date(-3)} {H(rng, '점심', '저녁', '단체 회식', '도시락 배달')}, 섭취자 {n_all + rng.randint(3, 30)}명 중 유증상자 {n_all}명\n\n")
    d.w("  나. 유증상자 현황\n" if lay == "gongmun" else "□ 유증상자 현황\n" if lay == "report" else "유증상자:\n")
    rows = []
    for p in pts:
        rows.append([p.nm(), [f"{p.sexk()}/{p.age}"], [(p.phone if rng.random() < 0.7 else fmt_home(rng, dist), "PHONE")],
                     [(rng.choice(FOOD_SX), "HEALTH_INFO")], [(rng.choice(FOOD_LAB), "HEALTH_INFO")],
                     [H(rng, "외래", "응급실", "입원", "미치료", f"{rng.choice(CLINICS)}")]])
    render_table(d, rng, [H(rng, "성명", "환자명", "유증상자"), "성별/나이", "연락처", H(rng, "증상", "주요 증상"),
                          H(rng, "검사결과", "인체검체 결과"), H(rng, "진료", "의료기관")], rows, rng.choice(TABLE_STYLES))
    d.w(f"\n  ※ 나머지 {n_all - len(pts)}명은 {H(rng, '연락 두절', '증상 경미로 검체 채취 거부', '관외 거주로 해당 보건소 이관')}\n\n")
    d.w("  다. 조치 사항\n" if lay == "gongmun" else "□ 조치\n")
    d.w(f"    - 보존식·환경 검체 {rng.randint(5, 20)}건 수거, 보건환경연구원 검사 의뢰({c.date(-1)})\n")
    d.w(f"    - 조리종사자 {rng.randint(2, 8)}명 인체검체 채취 결과 ")
    if rng.random() < 0.5:
        cook = persons(rng, dist, 1, c.used, age=(25, 60), foreign=rng.random() < 0.3)[0]
        d.w("중 조리종사자 ", cook.nm(), "에게서 ", (rng.choice(FOOD_LAB[:4]), "HEALTH_INFO"), " → 조리업무 배제\n")
    else:
        d.w("전원 음성\n")
    d.w(f"    - 관련 법령: {stat_ref(rng, 'food')}\n")
    if grounds == [7]:
        d.w(f"    - 업소 제출 자료: 식재료 공급업체 목록 및 거래단가, 자체 소스 배합비(영업비밀로 표시되어 제출됨)\n")
    if grounds == [5, 6]:
        d.w("    - 원인 식품 및 병원체 확정을 위한 조사가 진행 중이며 행정처분 여부는 검사 결과 회신 후 결정 예정\n")
    if lay == "gongmun":
        footer_gongmun(d, c, grade, grounds)
    else:
        footer_contact(d, c)
    return finish(c, d, title, "식중독 의심 신고 처리", grade, grounds)

# ---------------------------------------------------------------- kind: dementia (치매안심센터 등록 현황)

DEM_DX = ["경도인지장애", "알츠하이머형 치매", "혈관성 치매", "치매 의심(진단검사 예정)", "루이소체 치매", "인지저하(CIST 14점)",
          "알츠하이머병에 의한 경도 치매(CDR 1)"]
DEM_TEST = ["CIST 15점(인지저하)", "MMSE-DS 18점", "CIST 22점(정상)", "MMSE-DS 23점, CDR 0.5", "SNSB 결과 기억력 저하", "CDR 2"]


def gen_dementia(rng, i):
    c = Ctx(rng, "dementia")
    dist = c.dist
    c.hcname = f"{dist['gu'] if dist['gu'] != '팔달구' else '수원시 팔달구'}치매안심센터"
    mode = rng.random()
    d = Doc()
    if mode < 0.35:
        title = H(rng, f"{c.y}년 {c.m}월 치매안심센터 등록 현황", f"치매안심센터 등록·관리 현황 보고({c.y}. {c.m}.)", "동별 치매 등록자 현황")
        grade, grounds = "public", []
        header_report(d, c, title) if rng.random() < 0.5 else d.w(title + "\n\n")
        d.w(f"□ 근거: {stat_ref(rng, 'dementia')}\n□ 동별 등록 현황(누계)\n")
        rows = []
        for dong in dist["dongs"]:
            a = rng.randint(80, 900)
            rows.append([[dong], [f"{a:,}"], [str(rng.randint(20, a // 2))], [str(rng.randint(10, 200))], [f"{rng.randint(40, 95)}.{rng.randint(0, 9)}%"]])
        render_table(d, rng, ["행정동", "등록자", "치매환자", "경도인지장애", "검진율"], rows, rng.choice(["pipe", "box", "tsv"]), numbered=False)
        d.w(f"\n□ 주요 사업 실적\n  ○ 조기검진: 선별검사 {rng.randint(1000, 9000):,}건, 진단검사 {rng.randint(100, 900)}건, 감별검사 {rng.randint(30, 300)}건\n")
        d.w(f"  ○ 치매치료관리비 지원: {rng.randint(200, 1500)}명, {rng.randint(20, 300) * 1000000:,}원\n")
        d.w(f"  ○ 배회가능 어르신 인식표 발급 {rng.randint(10, 120)}건, 지문 사전등록 연계(관할 경찰서)\n")
        d.w(f"  ○ 쉼터 프로그램 운영: 주 {rng.randint(3, 5)}회, 참여 연인원 {rng.randint(300, 3000):,}명\n")
        footer_contact(d, c)
        return finish(c, d, title, "치매안심센터 등록 현황", grade, grounds)
    title = H(rng, "치매치료관리비 지원 대상자 결정 통보", f"{c.m}월 치매안심센터 신규 등록자 명단", "배회가능 어르신 인식표 발급 대상자 현황",
              "치매 조기검진 결과 진단검사 의뢰 대상자")
    grade, grounds = "partial", [6]
    lay = rng.choice(["gongmun", "report", "plain"])
    if lay == "gongmun":
        header_gongmun(d, c, title)
        sr = stat_ref(rng, 'dementia')
        d.w(f"1. 관련: {sr}{law_amend(rng, sr)}\n2. 치매안심센터 등록자 중 다음 대상자에 대하여 ")
        d.w(H(rng, "치매치료관리비(월 3만원 한도)를 지원하고자 합니다.", "지원 대상으로 결정하였음을 보고합니다.") + "\n\n")
    elif lay == "report":
        header_report(d, c, title)
    else:
        d.w(title + "\n\n")
    ps = persons(rng, dist, rng.randint(3, 7), c.used, age=(60, 95))
    rows = []
    acct_col = "치료관리비" in title or rng.random() < 0.3
    rrn_col = rng.random() < 0.35
    for p in ps:
        g = persons(rng, dist, 1, c.used, age=(30, 65))[0]
        row = [p.nm(), [(make_rrn(rng, p.by, p.bm, p.bd, p.sex, masked=True), "KR_RRN")] if rrn_col else
               [(p.birth(rng.choice(["dot", "dash", "yymmdd", "kor"])), "BIRTH_DATE")],
               [(rng.choice(DEM_DX), "HEALTH_INFO")], [(rng.choice(DEM_TEST), "HEALTH_INFO")],
               g.nm() + [f"({H(rng, '자', '녀', '배우자', '며느리')}) ", (g.phone, "PHONE")]]
        if acct_col:
            bank, acct = make_account(rng)
            row.append([bank + " ", (acct, "BANK_ACCOUNT")])
        else:
            row.append([(p.addr if rng.random() < 0.7 else unit_only(rng), "ADDRESS")])
        rows.append(row)
    hdr = [H(rng, "성명", "대상자", "어르신 성명"), "주민등록번호" if rrn_col else "생년월일", H(rng, "진단", "진단명", "인지상태"), H(rng, "검사결과", "선별검사"),
           H(rng, "보호자(관계) 연락처", "보호자", "주보호자")] + ([H(rng, "입금계좌", "지급계좌")] if acct_col else [H(rng, "주소", "거주지")])
    render_table(d, rng, hdr, rows, rng.choice(TABLE_STYLES))
    d.w(f"\n※ 소득 기준: 기준 중위소득 120% 이하 / 지원 기간 {c.y}. 1. ~ {c.y}. 12.\n")
    if rng.random() < 0.5:
        p = ps[0]
        d.w("※ ", p.ref(), H(rng, " 어르신은", josa(p.reading, "은/는")), " 보호자 요청으로 배회 인식표를 함께 발급하였으며, 인식표 고유번호는 센터에서 별도 관리함.\n")
    d.w(f"※ 센터 대표전화 {c.tel}, 치매상담콜센터 1899-9988\n")
    if lay == "gongmun":
        footer_gongmun(d, c, grade, grounds)
    else:
        footer_contact(d, c)
    return finish(c, d, title, "치매안심센터 등록 현황", grade, grounds)

# ---------------------------------------------------------------- kind: smoke (금연클리닉 실적)


def gen_smoke(rng, i):
    c = Ctx(rng, "smoke")
    dist = c.dist
    mode = rng.random()
    d = Doc()
    if mode < 0.55:
        title = H(rng, f"{c.y}년 금연클리닉 운영 실적", f"금연클리닉 {c.m}월 실적 보고", "찾아가는 금연클리닉 운영 결과",
                  f"{c.y}년 상반기 금연지원서비스 추진 실적")
        grade, grounds = "public", []
        lay = rng.choice(["report", "gongmun", "plain"])
        if lay == "gongmun":
            header_gongmun(d, c, title, recv=f"{dist['city']}장(건강증진과장)")
            d.w(f"1. 관련: {stat_ref(rng, 'smoke')}\n2. 금연클리닉 운영 실적을 다음과 같이 제출합니다.\n\n")
        elif lay == "report":
            header_report(d, c, title)
        else:
            d.w(title + "\n\n")
        rows = []
        if "찾아가는" in title:
            for comp in rng.sample(COMPANIES, 4):
                a = rng.randint(5, 60)
                rows.append([[comp], [str(a)], [str(rng.randint(0, a))], [f"{rng.randint(20, 70)}%"], [f"{c.m}. {rng.randint(1, 28)}."]])
            hdr = ["사업장", "등록자", "4주 성공", "6개월 성공률", "방문일"]
            d.w(f"□ 관내 사업장 방문 금연상담(근거 {stat_ref(rng, 'smoke')})\n")
        else:
            for mm in range(1, rng.randint(4, 7)):
                a = rng.randint(40, 200)
                rows.append([[f"{mm}월"], [str(a)], [str(rng.randint(a // 3, a))], [f"{rng.randint(30, 60)}.{rng.randint(0, 9)}%"], [str(rng.randint(0, 40))]])
            hdr = ["구분", "신규 등록", "4주 금연 성공", "6개월 성공률", "청소년"]
        render_table(d, rng, hdr, rows, rng.choice(["pipe", "box", "tsv", "bullet"]), numbered=False)
        d.w(f"\n○ 예산: {rng.randint(50, 300) * 1000000:,}원 중 {rng.randint(40, 95)}% 집행\n")
        d.w(f"○ 금연 보조제(니코틴 패치·껌) 지급 {rng.randint(100, 900)}건, 일산화탄소 측정 {rng.randint(200, 2000):,}건\n")
        d.w(f"○ 흡연율(지역사회건강조사): {c.y - 1}년 {rng.randint(14, 22)}.{rng.randint(0, 9)}%\n")
        if lay == "gongmun":
            footer_gongmun(d, c, grade, grounds)
        else:
            footer_contact(d, c)
        return finish(c, d, title, "금연클리닉 실적", grade, grounds)
    title = H(rng, "금연클리닉 등록자 상담 관리 현황", "6개월 금연 성공자 기념품 지급 명단", "금연 집중관리 대상자 상담 결과")
    grade, grounds = "partial", [6]
    counselor = official(rng, c.used)
    header_report(d, c, title) if rng.random() < 0.5 else memo_header(d, c, title)
    ps = persons(rng, dist, rng.randint(3, 7), c.used, age=(19, 75), foreign=rng.random() < 0.15)
    rows = []
    for p in ps:
        rows.append([p.nm(), [f"{p.sexk()}/{p.age}"], [(p.phone, "PHONE")],
                     [(rng.choice(["FTND 7점(고도 의존)", "FTND 4점", "니코틴 의존도 8점", "FTND 2점(저의존)"]), "HEALTH_INFO")],
                     [(rng.choice(["CO 3ppm", "CO 12ppm", "코티닌 음성", "코티닌 양성"]), "HEALTH_INFO")],
                     [rng.choice(["4주 성공", "6개월 성공", "중도 탈락", "상담 중"])]])
    render_table(d, rng, [H(rng, "성명", "등록자", "이름"), "성별/나이", "연락처", H(rng, "니코틴 의존도", "의존도"),
                          H(rng, "측정결과", "CO/코티닌"), "진행 상태"], rows, rng.choice(TABLE_STYLES))
    if rng.random() < 0.6:
        p = rng.choice(ps)
        d.w("\n※ ", p.ref("은/는"), " ", (rng.choice(["바레니클린 처방(보건소 연계 의료기관)", "COPD 진단 후 금연 결심", "고혈압 약 복용 중", "임신 16주"]), "HEALTH_INFO"),
            f"으로 상담사 {counselor} 집중관리.\n")
    d.w(f"\n※ 상담 장소: {c.hcname} 1층 금연클리닉 / 운영시간 평일 09:00~18:00(화 20:00까지)\n")
    footer_contact(d, c)
    return finish(c, d, title, "금연클리닉 관리 현황", grade, grounds)

# ---------------------------------------------------------------- kind: screen (건강검진 결과 안내)

SCREEN = [("공복혈당", ["132mg/dL(당뇨병 의심)", "98mg/dL(정상)", "118mg/dL(공복혈당장애 의심)"]),
          ("혈압", ["152/96mmHg(고혈압 의심)", "118/76mmHg(정상)", "138/88mmHg(주의)"]),
          ("총콜레스테롤", ["245mg/dL(이상지질혈증 의심)", "186mg/dL(정상)"]),
          ("흉부방사선", ["정상", "폐결핵 의심(재검 필요)", "비활동성 폐결핵"]),
          ("B형간염", ["항원 양성(보균자)", "항체 있음", "항체 없음(예방접종 필요)"]),
          ("우울증 검사", ["PHQ-9 12점(중등도 우울 의심)", "PHQ-9 3점(정상)"]),
          ("요단백", ["음성", "양성(++)"])]


def gen_screen(rng, i):
    c = Ctx(rng, "screen")
    dist = c.dist
    mode = rng.random()
    d = Doc()
    if mode < 0.3:
        title = H(rng, f"{c.y}년 국가건강검진 안내", "의료급여수급권자 일반건강검진 실시 안내", "건강검진 결과 상담 운영 안내")
        grade, grounds = "public", []
        d.w(title + "\n\n")
        d.w(f"{c.hcname}에서는 {stat_ref(rng, 'screen')}에 따라 {c.y}년 건강검진 대상자에게 검진을 실시합니다.\n\n")
        d.w(f"{H(rng, '가.', '1.', '○')} 대상: {c.y}년 짝수 연도 출생자 중 의료급여수급권자 및 20~64세 세대주\n")
        d.w(f"{H(rng, '나.', '2.', '○')} 기간: {c.y}. 1. 1. ~ {c.y}. 12. 31.\n")
        d.w(f"{H(rng, '다.', '3.', '○')} 장소: {c.hcname}({dist['hc']}) 및 지정 검진기관({', '.join(rng.sample(HOSPITALS, 2))} 등)\n")
        d.w(f"{H(rng, '라.', '4.', '○')} 검사항목: 혈압, 공복혈당, 이상지질혈증, B형간염, 흉부방사선, 우울증 선별 등\n")
        d.w(f"{H(rng, '마.', '5.', '○')} 결과 상담: 이상 소견자는 보건소 만성질환관리실에서 무료 재검 및 상담\n")
        d.w(f"\n문의: {c.team}({c.tel}), 국민건강보험공단 고객센터 1577-1000\n")
        return finish(c, d, title, "건강검진 안내", grade, grounds)
    if mode < 0.65:
        p = persons(rng, dist, 1, c.used, age=(20, 80), foreign=rng.random() < 0.1)[0]
        title = H(rng, "건강검진 결과 통보", "건강검진 결과 안내(개인 통보)", "검진 결과 이상소견 재검 안내")
        grade, grounds = "nonpublic", [6]
        d.w(f"{c.hcname}\n" + ("=" * rng.choice([0, 20])) + "\n")
        d.w(p.nm(), H(rng, " 님 귀하", " 귀하", "님께"), "\n")
        d.w((p.addr, "ADDRESS"), "\n\n")
        d.w(f"{title}\n\n")
        d.w("안녕하십니까? ", p.ref(), H(rng, "께서", "께서 "), f" {c.date(-14)} {c.hcname}에서 받으신 건강검진 결과를 다음과 같이 알려 드립니다.\n\n")
        items = rng.sample(SCREEN, rng.randint(3, 5))
        rows = [[[k], [(rng.choice(v), "HEALTH_INFO")]] for k, v in items]
        render_table(d, rng, ["검사항목", "결과"], rows, rng.choice(["pipe", "box", "bullet", "kv"]), numbered=False)
        d.w("\n종합 판정: ", (rng.choice(["질환의심(재검 필요)", "정상B(경계)", "유질환자(고혈압 치료 중)", "정상A"]), "HEALTH_INFO"), "\n")
        d.w(f"재검 기한: {c.date(30)}까지 / 재검 장소: 보건소 2층 검진실\n")
        d.w("본인 확인: 생년월일 ", (p.birth(), "BIRTH_DATE"), " / 휴대전화 ", (p.phone, "PHONE"), "\n")
        if rng.random() < 0.4:
            d.w("결과지 사본 발송: ", (make_email(rng, p), "EMAIL"), "\n")
        d.w(f"\n{c.date()}\n{c.hcname}장\n(담당: {c.team} {c.drafter}, {c.tel})\n")
        return finish(c, d, title, "건강검진 결과 통보", grade, grounds)
    title = H(rng, "건강검진 결과 이상소견자 재검 안내 대상", "검진 결과 유소견자 사후관리 명단", "결핵 의심 소견자 추가검사 의뢰")
    grade, grounds = "partial", [6]
    if rng.random() < 0.5:
        header_gongmun(d, c, title)
        d.w(f"1. 관련: {stat_ref(rng, 'screen')}\n2. {c.y}년 {c.m}월 보건소 검진 결과 이상소견자에 대한 사후관리를 다음과 같이 추진하고자 합니다.\n\n")
    else:
        header_report(d, c, title)
    ps = persons(rng, dist, rng.randint(3, 8), c.used, age=(20, 80), foreign=rng.random() < 0.15)
    rows = []
    for p in ps:
        k, v = rng.choice(SCREEN[:5])
        rows.append([p.nm(), [(p.birth(rng.choice(["yymmdd", "dot", "dash"])), "BIRTH_DATE")] if not p.foreign else
                     [(make_frn(rng, p.by, p.bm, p.bd, p.sex), "KR_FRN")], [(p.phone, "PHONE")],
                     [k + " ", (rng.choice(v), "HEALTH_INFO")], [rng.choice(["문자 안내", "전화 안내 완료", "미연락(2회 부재)", "재검 완료"])]])
    render_table(d, rng, [H(rng, "성명", "수검자", "대상자"), "생년월일", "연락처", H(rng, "이상소견", "검진결과"), H(rng, "조치", "안내 결과")],
                 rows, rng.choice(TABLE_STYLES))
    d.w(f"\n※ 재검 비용은 보건소 부담, 결핵 의심자는 {rng.choice(HOSPITALS)} 호흡기내과로 의뢰\n")
    footer_gongmun(d, c, grade, grounds) if rng.random() < 0.5 else footer_contact(d, c)
    return finish(c, d, title, "건강검진 사후관리", grade, grounds)

# ---------------------------------------------------------------- kind: english (foreign residents)


def gen_english(rng, i):
    mode = rng.random()
    c = Ctx(rng, "screen" if mode < 0.3 else "epi" if mode < 0.7 else rng.choice(["screen", "aefi"]))
    dist = c.dist
    hc_en = f"{dist['en']} Public Health Center"
    tel_en = "+82-" + c.tel[1:]
    d = Doc()
    if mode < 0.3:
        title = rng.choice(["Free Health Screening for Foreign Residents", "Tuberculosis Screening Guide for Foreign Residents",
                            "Seasonal Influenza Vaccination for Foreign Residents"])
        grade, grounds = "public", []
        d.w(title + f"\n{hc_en}\n\n")
        d.w(f"{hc_en} offers free services to registered foreign residents under the Infectious Disease Control and Prevention Act "
            f"(Article 24) and the Tuberculosis Prevention Act (Article 11).\n\n")
        d.w(f"- Who: foreign residents holding an Alien Registration Card, including dependants\n")
        d.w(f"- When: {fmt_date(rng, c.y, c.m, c.d, 'en')} to {fmt_date(rng, *c.ymd(60), 'en')}, weekdays 09:00-17:30\n")
        d.w(f"- Where: {hc_en}, {rng.randint(1, 3)}F ({dist['hc']})\n")
        d.w("- Bring: Alien Registration Card or passport; results are sent by text message in English, Vietnamese or Chinese\n")
        d.w(f"- Interpretation: Danuri Call Center 1577-1366, Seoul Global Center 02-2075-4180\n")
        d.w(f"\nContact: {c.team} ({tel_en}), {c.email}\n")
        return finish(c, d, title, "notice for foreign residents", grade, grounds, lang="en")
    p = persons(rng, dist, 1, c.used, age=(20, 60), foreign=True)[0]
    p.name = p.name_en
    sal = ("Mr " if p.sex == "M" else "Ms ")
    if mode < 0.7:
        title = rng.choice(["Notice of Tuberculosis Contact Screening", "Request for Contact Investigation Screening",
                            "Notice of Latent TB Infection Test Result"])
        grade, grounds = "partial", [6]
        d.w(f"{hc_en}\n{dist['hc']}, Korea  |  Tel {tel_en}\n\n")
        d.w(f"Date: {fmt_date(rng, c.y, c.m, c.d, rng.choice(['en', 'dash']))}\n")
        d.w("To: ", (p.name_en, "PERSON"), "\n")
        if rng.random() < 0.6:
            d.w("Alien Registration No.: ", (make_frn(rng, p.by, p.bm, p.bd, p.sex), "KR_FRN"), "\n")
        else:
            d.w("Passport No.: ", (make_passport(rng, p.nat_en), "KR_PASSPORT"), f" ({p.nat_en})\n")
        d.w("Address: ", (p.addr, "ADDRESS"), "\n\n")
        d.w(f"Subject: {title}\n\n")
        d.w("Dear ", sal, (p.en_surname, "PERSON"), ",\n\n")
        comp = rng.choice(COMPANIES)
        d.w(f"A case of infectious tuberculosis was reported at your workplace ({comp}) on {fmt_date(rng, *c.ymd(-10), 'en')}. "
            "Under Article 18 of the Infectious Disease Control and Prevention Act, persons who shared a room or work space with "
            "the patient are asked to take a chest X-ray and an IGRA blood test free of charge.\n\n")
        if "Result" in title:
            d.w("Your IGRA result was ", (rng.choice(["positive (latent TB infection)", "negative", "indeterminate"]), "HEALTH_INFO"),
                " and your chest X-ray was ", (rng.choice(["normal", "normal, no active TB", "abnormal (further test needed)"]), "HEALTH_INFO"), ". ")
            d.w("Please visit the TB clinic on the 2nd floor to discuss treatment options.\n\n")
        else:
            d.w(f"Please visit the health center by {fmt_date(rng, *c.ymd(14), 'en')} with this letter. ")
            d.w("We will send a reminder to your mobile phone (", (p.phone, "PHONE"), ")")
            if rng.random() < 0.5:
                d.w(" and e-mail (", (f"{p.en_surname.lower().replace(chr(39), '')}{rng.randint(10, 99)}@{rng.choice(EMAIL_DOM)}", "EMAIL"), ")")
            d.w(".\n\n")
        d.w(f"Your personal information is protected under the Personal Information Protection Act and will be used only for this investigation.\n\n")
        d.w(f"Sincerely,\n\n{c.drafter}, Public Health Officer\n{c.team}, {hc_en}\n{tel_en} / {c.email}\n")
        return finish(c, d, title, "letter to foreign resident", grade, grounds, lang="en")
    title = rng.choice(["Health Check-up Result (Personal)", "Adverse Event Follow-up after Vaccination", "Result of Your Health Screening"])
    grade, grounds = "nonpublic", [6]
    d.w(f"{title}\n{hc_en}\n\n")
    rows = [("Name", [(p.name_en, "PERSON")] + ([f" ({p.name_ko})"] if False else [])),
            ("Date of birth", [(p.birth(rng.choice(["en", "dash"])), "BIRTH_DATE")]),
            ("Nationality", [p.nat_en]),
            ("Mobile", [(p.phone, "PHONE")])]
    if rng.random() < 0.5:
        rows.append(("Passport", [(make_passport(rng, p.nat_en), "KR_PASSPORT")]))
    for k, v in rows:
        d.w(f"{k}: ", v, "\n")
    d.w("\n")
    if "Vaccination" in title:
        d.w(f"You received an influenza vaccine at {rng.choice(CLINICS)} on {fmt_date(rng, *c.ymd(-5), 'en')} and reported ",
            (rng.choice(["hives on both arms", "fever of 38.4°C and muscle pain", "swelling at the injection site (7 cm)"]), "HEALTH_INFO"),
            ". The symptoms ", (rng.choice(["resolved after two days", "improved with antihistamines"]), "HEALTH_INFO"), ".\n")
    else:
        d.w("Blood pressure: ", (rng.choice(["148/94 mmHg (high)", "120/78 mmHg (normal)"]), "HEALTH_INFO"), "\n")
        d.w("Fasting glucose: ", (rng.choice(["128 mg/dL (suspected diabetes)", "92 mg/dL (normal)"]), "HEALTH_INFO"), "\n")
        d.w("Chest X-ray: ", (rng.choice(["normal", "suspected tuberculosis - sputum test required"]), "HEALTH_INFO"), "\n")
    d.w(f"\nFor questions call {tel_en} (English available on weekdays). Dr. {official(rng, c.used)}, physician in charge.\n")
    return finish(c, d, title, "personal result letter", grade, grounds, lang="en")

# ---------------------------------------------------------------- kind: route (확진자 동선 공개, anonymised)


def gen_route(rng, i):
    c = Ctx(rng, "epi")
    dist = c.dist
    dis = rng.choice([x for x in DISEASES if x["n"] in ("홍역", "코로나19", "A형간염", "결핵")])
    title = H(rng, f"{dis['n']} 확진자 이동경로 공개", f"관내 {dis['n']} 환자 발생 및 접촉자 확인 안내", f"{dis['n']} 확진자 방문 장소 공개(노출 시간대)")
    grade, grounds = "public", []
    d = Doc()
    d.w(title + "\n\n")
    tag = rng.choice([f"#{rng.randint(1, 40)}번 확진자", "확진자 A", "확진자 B(관외)", f"{dist['gu']} {rng.randint(1, 30)}번 환자"])
    d.w(f"{c.date()} {c.hcname}에서 알려드립니다. {tag}({rng.randint(2, 7)}0대, {H(rng, '남성', '여성')}, {rng.choice(dist['dongs'])} 거주)의 "
        f"역학조사 결과 공개 대상 장소를 다음과 같이 안내합니다. 해당 시간대 방문자는 보건소로 연락하여 주시기 바랍니다.\n\n")
    rows = []
    for k in range(rng.randint(3, 6)):
        y, m, dd = c.ymd(-6 + k)
        rows.append([[fmt_date(rng, y, m, dd, "short") + f"({weekday(y, m, dd)})"],
                     [f"{rng.randint(8, 19):02d}:{rng.choice(['00', '30'])}~{rng.randint(19, 22):02d}:00"],
                     [rng.choice(dist["places"])], [H(rng, "소독 완료", "소독 완료(영업 재개)", "접촉자 파악 완료")]])
    render_table(d, rng, ["일자", "노출 시간", "장소", "조치"], rows, rng.choice(["pipe", "box", "tsv", "bullet"]), numbered=False)
    d.w(f"\n○ 공개 기준: 질병관리청 「확진자 동선 등 정보공개 안내(제{rng.randint(2, 5)}판)」, 감염병예방법 제34조의2\n")
    d.w("○ 성별, 연령, 국적, 거주지 및 직장명 등 개인을 특정하는 정보는 공개하지 않으며, 접촉자가 모두 파악된 장소는 공개 대상에서 제외합니다.\n")
    d.w(f"○ 문의: {c.hcname} 역학조사반 {c.tel}, 질병관리청 콜센터 1339, 다산콜센터 120\n")
    return finish(c, d, title, "동선 공개", grade, grounds)


KINDS = [(gen_epi, 13), (gen_notify, 10), (gen_aefi, 9), (gen_visit, 9), (gen_mental, 8), (gen_food, 9),
         (gen_dementia, 9), (gen_smoke, 7), (gen_screen, 9), (gen_english, 8), (gen_route, 4)]


def check(doc):
    t = doc["text"]
    for e in doc["entities"]:
        assert t[e["start"]:e["end"]] == e["text"], (doc["id"], e)
        assert e["text"] == e["text"].strip() and e["text"], (doc["id"], e)
    spans = sorted((e["start"], e["end"]) for e in doc["entities"])
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (doc["id"], a, b)
    assert doc["grade"] in ("public", "partial", "nonpublic")
    if doc["grade"] == "public":
        assert not doc["entities"] and doc["grounds"] == [], doc["id"]
    else:
        assert doc["grounds"], doc["id"]
    if doc["grade"] == "partial":
        assert doc["entities"], doc["id"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    master = random.Random(a.seed)
    fns, ws = zip(*KINDS)
    out = []
    for i in range(a.n):
        fn = master.choices(fns, ws)[0]
        rng = random.Random(f"public_health-{a.seed}-{i}")
        doc = fn(rng, i)
        doc = {"id": f"public_health-{a.seed}-{i}", **doc}
        check(doc)
        out.append(doc)
    with open(a.out, "w", encoding="utf-8") as f:
        for doc in out:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
