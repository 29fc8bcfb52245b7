#!/usr/bin/env python3
"""school_affairs family: documents of a district office's education support team
and the schools it funds (scholarships, subsidies, after-school/돌봄 rosters,
school-violence committee papers, allergy lists, field-trip accident reports,
parents' complaints and replies, lecturer hiring/fees, youth council lists,
overseas exchange lists, English letters to foreign parents, public notices).

python3 generate.py --n 200 --seed 1 --out docs.jsonl
Standard library only, deterministic for a given seed.
"""
import argparse
import json
import random
import unicodedata

FAMILY = "school_affairs"

# ---------------------------------------------------------------- builder


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.ents = []

    def t(self, s):
        self.buf.append(s)
        self.n += len(s)
        return self

    def e(self, s, label):
        if not label:
            return self.t(s)
        self.ents.append({"start": self.n, "end": self.n + len(s), "label": label, "text": s})
        return self.t(s)

    def segs(self, segs):
        for sg in segs:
            if isinstance(sg, str):
                self.t(sg)
            else:
                self.e(sg[0], sg[1])
        return self

    def text(self):
        return "".join(self.buf)


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def cell_text(cell):
    return "".join(c if isinstance(c, str) else c[0] for c in cell)


def as_cell(x):
    if isinstance(x, str):
        return [x]
    if isinstance(x, tuple):
        return [x]
    return list(x)


# ---------------------------------------------------------------- table renderers


def render_pipe(d, R, headers, rows):
    sep = R.random() < 0.6
    d.t("| " + " | ".join(headers) + " |\n")
    if sep:
        d.t("|" + "|".join("---" for _ in headers) + "|\n")
    for r in rows:
        d.t("| ")
        for i, c in enumerate(r):
            if i:
                d.t(" | ")
            d.segs(as_cell(c))
        d.t(" |\n")


def render_box(d, R, headers, rows):
    cells = [[as_cell(c) for c in r] for r in rows]
    w = [width(h) for h in headers]
    for r in cells:
        for i, c in enumerate(r):
            w[i] = max(w[i], width(cell_text(c)))
    heavy = R.random() < 0.3
    H, V = ("━", "┃") if heavy else ("─", "│")
    tl, tm, tr, ml, mm, mr, bl, bm, br = ("┏┳┓┣╋┫┗┻┛" if heavy else "┌┬┐├┼┤└┴┘")
    line = lambda a, b, c: a + b.join(H * (x + 2) for x in w) + c + "\n"
    d.t(line(tl, tm, tr))
    d.t(V + V.join(" " + h + " " * (w[i] - width(h)) + " " for i, h in enumerate(headers)) + V + "\n")
    d.t(line(ml, mm, mr))
    for r in cells:
        d.t(V)
        for i, c in enumerate(r):
            d.t(" ")
            d.segs(c)
            d.t(" " * (w[i] - width(cell_text(c))) + " " + V)
        d.t("\n")
    d.t(line(bl, bm, br))


def render_tsv(d, R, headers, rows):
    d.t("\t".join(headers) + "\n")
    for r in rows:
        for i, c in enumerate(r):
            if i:
                d.t("\t")
            d.segs(as_cell(c))
        d.t("\n")


def render_space(d, R, headers, rows):
    cells = [[as_cell(c) for c in r] for r in rows]
    w = [width(h) for h in headers]
    for r in cells:
        for i, c in enumerate(r):
            w[i] = max(w[i], width(cell_text(c)))
    d.t("  ".join(h + " " * (w[i] - width(h)) for i, h in enumerate(headers)).rstrip() + "\n")
    d.t(R.choice(["-", "=", "─"]) * (sum(w) + 2 * len(w)) + "\n")
    for r in cells:
        for i, c in enumerate(r):
            if i:
                d.t("  ")
            d.segs(c)
            if i < len(r) - 1:
                d.t(" " * (w[i] - width(cell_text(c))))
        d.t("\n")


TABLES = [render_pipe, render_box, render_tsv, render_space]

# ---------------------------------------------------------------- vocab

SUR_COMMON = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉")
SUR_RARE = list("사부가복태목형피두감음빈동온호범좌팽승간상") + ["갈"]
SUR_TWO = ["남궁", "독고", "사공", "황보", "제갈", "선우", "서문", "동방"]

CHILD_GIV = [("민준", "Min-jun"), ("서준", "Seo-jun"), ("도윤", "Do-yoon"), ("하준", "Ha-jun"), ("지호", "Ji-ho"),
             ("서윤", "Seo-yoon"), ("서연", "Seo-yeon"), ("하윤", "Ha-yoon"), ("지유", "Ji-yu"), ("윤서", "Yun-seo"),
             ("채원", "Chae-won"), ("수아", "Su-a"), ("하율", "Ha-yul"), ("시우", "Si-woo"), ("예준", "Ye-jun"),
             ("지아", "Ji-a"), ("은우", "Eun-woo"), ("아린", "A-rin"), ("유나", "Yu-na"), ("로운", "Ro-woon"),
             ("주원", "Ju-won"), ("지후", "Ji-hoo"), ("준우", "Jun-woo"), ("민서", "Min-seo"), ("하은", "Ha-eun"),
             ("지윤", "Ji-yoon"), ("이안", "I-an"), ("시아", "Si-a"), ("태윤", "Tae-yoon"), ("건우", "Geon-woo"),
             ("소율", "So-yul"), ("다온", "Da-on"), ("예린", "Ye-rin"), ("승현", "Seung-hyun"), ("가은", "Ga-eun"),
             ("현서", "Hyun-seo"), ("우진", "Woo-jin"), ("서아", "Seo-a"), ("은채", "Eun-chae"), ("재윤", "Jae-yoon")]
ADULT_GIV = ["영수", "순자", "경숙", "미경", "정희", "현주", "성민", "재석", "동훈", "지혜", "은정", "상철", "명숙",
             "혜진", "수진", "준호", "태호", "미란", "선영", "광수", "영미", "정훈", "은숙", "진영", "혜경", "성호",
             "미숙", "정민", "윤정", "종혁", "숙희", "병철", "지연", "상우", "경아", "효진", "민경", "대현", "수경",
             "재훈", "옥순", "말순", "용준", "보람", "다혜", "형준", "기택", "연희"]
ONE_GIV = ["솔", "별", "훈", "건", "결", "담", "율", "웅", "란", "혁", "민", "준", "진", "현"]
ROM_SUR = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho", "윤": "Yoon",
           "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang",
           "안": "Ahn", "송": "Song", "홍": "Hong", "문": "Moon", "배": "Bae", "백": "Baek", "남궁": "Namgung",
           "황보": "Hwangbo", "선우": "Sunwoo", "제갈": "Jegal"}

HANJA = [("홍", "재석", "洪在錫"), ("김", "영수", "金英洙"), ("이", "순자", "李順子"), ("박", "민준", "朴敏俊"),
         ("최", "지은", "崔智恩"), ("정", "하윤", "鄭夏允"), ("강", "서연", "姜瑞延"), ("윤", "도현", "尹道賢"),
         ("장", "미경", "張美京"), ("한", "상철", "韓相哲"), ("서", "지우", "徐智宇"), ("남궁", "민", "南宮珉")]

FOREIGN_ADULT = [("Nguyen Thi Lan", "응우옌 티 란", "Ms", "Nguyen", "VN"), ("Tran Van Hung", "쩐 반 훙", "Mr", "Tran", "VN"),
                 ("Zhang Wei", "장웨이", "Mr", "Zhang", "CN"), ("Li Na", "리나", "Ms", "Li", "CN"),
                 ("Maria Santos", "마리아 산토스", "Ms", "Santos", "PH"),
                 ("Batbayar Tsetseg", "바트바야르 체첵", "Ms", "Batbayar", "MN"),
                 ("Olga Petrova", "올가 페트로바", "Ms", "Petrova", "RU"),
                 ("Rahim Hossain", "라힘 호세인", "Mr", "Hossain", "BD"),
                 ("Siti Aminah", "시티 아미나", "Ms", "Aminah", "ID"),
                 ("Pham Thi Mai", "팜 티 마이", "Ms", "Pham", "VN"),
                 ("Aigerim Bekova", "아이게림 베코바", "Ms", "Bekova", "KZ"),
                 ("Jonathan Miller", "조너선 밀러", "Mr", "Miller", "US"),
                 ("Dilnoza Karimova", "딜노자 카리모바", "Ms", "Karimova", "UZ"),
                 ("Somchai Boonmee", "솜차이 분미", "Mr", "Boonmee", "TH")]
FOREIGN_CHILD = [("Tran Minh Anh", "쩐 민 아인"), ("Nguyen Gia Bao", "응우옌 자 바오"), ("Zhang Yuxuan", "장위쉬안"),
                 ("Erdene Bold", "에르덴 볼드"), ("Sofia Santos", "소피아 산토스"), ("Daniel Miller", "다니엘 밀러"),
                 ("Amir Hossain", "아미르 호세인"), ("Alina Bekova", "알리나 베코바"), ("Pham Bao Ngoc", "팜 바오 응옥"),
                 ("Timur Karimov", "티무르 카리모프")]
NATIVE_LECT = [("Emily Carter", "Ms", "Carter"), ("James O'Connor", "Mr", "O'Connor"), ("Sarah Thompson", "Ms", "Thompson"),
               ("Michael Brown", "Mr", "Brown"), ("Hannah Schmidt", "Ms", "Schmidt"), ("Liam Walsh", "Mr", "Walsh")]

DISTRICTS = [
    ("양천구", "서울특별시 양천구 목동동로 105", "02-2620", "yangcheon.go.kr", "서울특별시남부교육지원청", "02-2625"),
    ("강서구", "서울특별시 강서구 화곡로 302", "02-2600", "gangseo.seoul.kr", "서울특별시강서양천교육지원청", "02-2600"),
    ("노원구", "서울특별시 노원구 노해로 437", "02-2116", "nowon.kr", "서울특별시북부교육지원청", "02-3399"),
    ("관악구", "서울특별시 관악구 관악로 145", "02-879", "gwanak.go.kr", "서울특별시동작관악교육지원청", "02-810"),
    ("은평구", "서울특별시 은평구 은평로 195", "02-351", "ep.go.kr", "서울특별시서부교육지원청", "02-390"),
    ("성북구", "서울특별시 성북구 보문로 168", "02-2241", "sb.go.kr", "서울특별시성북강북교육지원청", "02-950"),
    ("송파구", "서울특별시 송파구 올림픽로 326", "02-2147", "songpa.go.kr", "서울특별시강동송파교육지원청", "02-3111"),
    ("구로구", "서울특별시 구로구 가마산로 245", "02-860", "guro.go.kr", "서울특별시남부교육지원청", "02-2625"),
    ("수원시", "경기도 수원시 팔달구 효원로 241", "031-228", "suwon.go.kr", "경기도수원교육지원청", "031-246"),
    ("성남시", "경기도 성남시 중원구 성남대로 997", "031-729", "seongnam.go.kr", "경기도성남교육지원청", "031-780"),
    ("부평구", "인천광역시 부평구 부평대로 168", "032-509", "icbp.go.kr", "인천광역시북부교육지원청", "032-510"),
]
DONG = {"양천구": ["목동", "신정동", "신월동"], "강서구": ["화곡동", "등촌동", "가양동", "마곡동"],
        "노원구": ["상계동", "중계동", "하계동", "월계동"], "관악구": ["봉천동", "신림동", "남현동"],
        "은평구": ["불광동", "응암동", "진관동", "역촌동"], "성북구": ["정릉동", "길음동", "돈암동", "장위동"],
        "송파구": ["가락동", "문정동", "잠실동", "오금동"], "구로구": ["구로동", "개봉동", "오류동", "고척동"],
        "수원시": ["매탄동", "영통동", "권선동", "정자동"], "성남시": ["태평동", "수진동", "정자동", "금광동"],
        "부평구": ["부평동", "산곡동", "십정동", "삼산동"]}
ROADS = ["목동서로", "신정로", "오목로", "등촌로", "공항대로", "강서로", "동일로", "상계로", "한글비석로", "신림로",
         "남부순환로", "통일로", "불광로", "연서로", "정릉로", "아리랑로", "오금로", "가락로", "백제고분로", "경인로",
         "디지털로", "매탄로", "영통로", "산성대로", "광명로", "부평대로", "길주로", "화곡로", "은행정로", "돌곶이로"]
APTS = ["목동신시가지아파트", "래미안", "푸르지오", "e편한세상", "현대아파트", "주공아파트", "SK뷰", "힐스테이트",
        "두산위브", "벽산아파트", "한신휴플러스", "우성아파트"]
SCH_STEM = ["신목", "월촌", "갈산", "목운", "신정", "양명", "강신", "은정", "상원", "중원", "한빛", "누리", "새솔",
            "가온", "봉영", "신림", "불광", "정수", "길음", "문정", "오금", "개봉", "고척", "매탄", "영덕", "부흥", "산곡",
            "화원", "등명", "마곡"]
BANKS = [("국민은행", "######-##-######"), ("KB국민", "###-##-####-###"), ("신한은행", "###-###-######"),
         ("우리은행", "####-###-######"), ("NH농협", "###-####-####-##"), ("농협", "###-##-######"),
         ("하나은행", "###-######-#####"), ("IBK기업은행", "###-######-##-###"), ("우체국", "######-##-######"),
         ("카카오뱅크", "3333-##-#######"), ("새마을금고", "9002-####-####-#"), ("SC제일은행", "###-##-######"),
         ("부산은행", "###-####-####-##"), ("케이뱅크", "100-###-######"), ("토스뱅크", "1000-####-####")]
MAIL_DOM = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "hotmail.com"]
MAIL_ID = ["mom", "haru", "sky", "lovely", "happy", "jjang", "star", "blue", "sunny", "kimchi", "dream", "moon",
           "minjun", "seoyun", "jihoo", "hayul", "dad", "teacher", "coach", "art", "music"]

HEALTH_ALLERGY = ["난류", "우유", "메밀", "땅콩", "대두", "밀", "고등어", "게", "새우", "돼지고기", "복숭아", "토마토",
                  "아황산류", "호두", "닭고기", "쇠고기", "오징어", "조개류", "잣"]
ALLERGY_NO = {"난류": 1, "우유": 2, "메밀": 3, "땅콩": 4, "대두": 5, "밀": 6, "고등어": 7, "게": 8, "새우": 9,
              "돼지고기": 10, "복숭아": 11, "토마토": 12, "아황산류": 13, "호두": 14, "닭고기": 15, "쇠고기": 16,
              "오징어": 17, "조개류": 18, "잣": 19}
SYMPTOMS = ["두드러기", "입술 부종", "호흡곤란", "복통·구토", "아나필락시스 이력", "가려움·발진", "기침·천명"]
CARE_HEALTH = ["ADHD 약 복용 중", "천식(흡입기 소지)", "자폐스펙트럼장애", "제1형 당뇨(인슐린 펌프 착용)", "아토피 피부염",
               "뇌전증 병력(발작 시 119)", "지적장애(심한 장애)", "청각장애(보청기 착용)", "심장 수술 이력(격한 운동 금지)",
               "틱장애", "땅콩 알레르기(에피펜 소지)", "소아당뇨", "경계선 지능", "선택적 함구증"]
INJURY = ["좌측 손목 골절 의심", "이마 열상 약 3cm(5바늘 봉합)", "우측 발목 염좌(전치 2주)", "쇄골 골절(전치 6주)",
          "앞니 2개 파절", "경미한 뇌진탕 증세", "벌 쏘임에 의한 알레르기 반응", "열사병 의심 증상(구토, 어지럼증)",
          "좌측 무릎 찰과상 및 타박상", "손가락 골절(전치 4주)", "탈수 및 과호흡 증세"]
SV_HEALTH = ["전치 3주의 안면부 타박상", "불안장애로 정신건강의학과 치료 중", "외상후스트레스장애(PTSD) 진단",
             "우울증으로 상담 치료 중", "코뼈 골절(전치 4주)", "불면 및 등교 거부 증세로 심리치료 중",
             "자해 시도 이력", "전치 2주의 타박상"]

STATUTES = ["「초·중등교육법」 제28조", "「교육기본법」 제28조(장학제도 등)", "「학교급식법」 제16조",
            "「학교안전사고 예방 및 보상에 관한 법률」 제36조", "「청소년기본법」 제5조의2",
            "「학교폭력예방 및 대책에 관한 법률」 제12조", "「학교폭력예방 및 대책에 관한 법률」 제17조",
            "「개인정보 보호법」 제15조 및 제17조", "「초·중등교육법 시행령」 제42조", "「교육공무원법」 제32조",
            "「지방재정법」 제17조", "「아동복지법」 제44조의2(다함께돌봄센터)", "「지방자치단체 교육경비 보조에 관한 규정」 제3조"]


POOLS = {"sch": [0, 1, 10, 12], "meal": [2], "safe": [3], "youth": [4, 7], "sv": [5, 6], "hire": [8, 9, 7],
         "care": [0, 11, 12], "any": list(range(len(STATUTES)))}
ORD_POOLS = {"sch": [0, 1], "youth": [2], "meal": [3], "care": [4, 1], "any": [0, 1, 2, 3, 4, 5]}


def statute(R, pool="any"):
    s = STATUTES[R.choice(POOLS[pool])]
    if R.random() < 0.45:
        y = R.randint(2015, 2025)
        s += "(법률 제%d호, %s 개정)" % (R.randint(13000, 20999), fmt_date(R, y, R.randint(1, 12), R.randint(1, 28), k=0))
    return s


def ordinance(R, gu, pool="any"):
    names = ["장학금 지급 조례", "교육경비 보조에 관한 조례", "청소년참여위원회 구성 및 운영 조례",
             "학교 급식 지원에 관한 조례", "초등 돌봄 지원 조례", "학교 밖 청소년 지원 조례"]
    name = names[R.choice(ORD_POOLS[pool])]
    pref = "서울특별시 " if gu.endswith("구") and gu != "부평구" else ""
    return "「%s%s %s」(%s 조례 제%d호)" % (pref, gu, name, fmt_date(R, R.randint(2016, 2025), R.randint(1, 12), R.randint(1, 28), k=0),
                                       R.randint(1100, 1999))


# ---------------------------------------------------------------- value generators


def fmt_date(R, y, m, d, k=None):
    k = R.randint(0, 6) if k is None else k
    return [lambda: "%d. %d. %d." % (y, m, d), lambda: "%04d-%02d-%02d" % (y, m, d),
            lambda: "%d년 %d월 %d일" % (y, m, d), lambda: "'%02d.%d.%d." % (y % 100, m, d),
            lambda: "%04d.%02d.%02d." % (y, m, d), lambda: "%d/%d/%d" % (y, m, d),
            lambda: "%04d.%02d.%02d" % (y, m, d)][k]()


def rdate(R, y=2026):
    return (y, R.randint(1, 12), R.randint(1, 28))


def mobile(R):
    a, b = R.randint(1000, 9999), R.randint(1000, 9999)
    k = R.random()
    if k < 0.5:
        return "010-%d-%d" % (a, b)
    if k < 0.62:
        return "010 %d %d" % (a, b)
    if k < 0.74:
        return "010%d%d" % (a, b)
    if k < 0.84:
        return "010.%d.%d" % (a, b)
    if k < 0.92:
        return "+82-10-%d-%d" % (a, b)
    return "(010)%d-%d" % (a, b)


def home_phone(R, gu_prefix):
    area = gu_prefix.split("-")[0]
    k = R.random()
    if k < 0.6:
        return "%s-%d-%04d" % (area, R.randint(2000, 2999) if area == "02" else R.randint(200, 899), R.randint(0, 9999))
    return "(%s)%d-%04d" % (area, R.randint(300, 899), R.randint(0, 9999))


def office_line(R, pref):
    return "%s-%04d" % (pref, R.randint(1000, 9999))


def account(R):
    bank, pat = R.choice(BANKS)
    num = "".join(str(R.randint(0, 9)) if c == "#" else c for c in pat)
    return bank, num


def rrn(R, y=None, foreign=False):
    y = y or R.randint(1965, 1995)
    m, dd = R.randint(1, 12), R.randint(1, 28)
    g = (R.choice([5, 6]) if y < 2000 else R.choice([7, 8])) if foreign else (R.choice([1, 2]) if y < 2000 else R.choice([3, 4]))
    front = "%02d%02d%02d" % (y % 100, m, dd)
    back = "%d%06d" % (g, R.randint(0, 999999))
    k = R.random()
    if k < 0.55:
        return front + "-" + back
    if k < 0.7:
        return front + back
    if k < 0.8:
        return front + " - " + back
    return front + "-" + back[0] + "******"


def passport(R):
    if R.random() < 0.6:
        return "M%08d" % R.randint(0, 99999999)
    return "M%03d%s%04d" % (R.randint(0, 999), R.choice("ABCDEFG"), R.randint(0, 9999))


def dl(R):
    if R.random() < 0.7:
        return "%02d-%02d-%06d-%02d" % (R.randint(11, 28), R.randint(10, 25), R.randint(0, 999999), R.randint(10, 99))
    return "%s %02d-%06d-%02d" % (R.choice(["서울", "경기", "인천"]), R.randint(10, 25), R.randint(0, 999999), R.randint(10, 99))


PLATE_CH = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"


def plate(R):
    k = R.random()
    ch = R.choice(PLATE_CH)
    if k < 0.5:
        return "%d%s%04d" % (R.randint(10, 99), ch, R.randint(1000, 9999))
    if k < 0.8:
        return "%d%s %04d" % (R.randint(100, 399), ch, R.randint(1000, 9999))
    return "%s%d%s%04d" % (R.choice(["서울", "경기", "인천"]), R.randint(10, 99), ch, R.randint(1000, 9999))


def bus_plate(R):
    return "%s%d%s%04d" % (R.choice(["서울", "경기", "인천"]), R.randint(70, 79), R.choice("바사아자"), R.randint(1000, 9999))


def email(R, p=None):
    base = R.choice(MAIL_ID)
    if p and p.get("rom") and R.random() < 0.5:
        base = p["rom"].lower().replace("-", "")
    return "%s%s%d@%s" % (base, R.choice(["", ".", "_"]), R.randint(1, 9999), R.choice(MAIL_DOM))


def card(R):
    return "-".join("%04d" % R.randint(0, 9999) for _ in range(4)) if R.random() < 0.7 else \
        "%04d %04d %04d %04d" % tuple(R.randint(0, 9999) for _ in range(4))


def bizno(R):
    return "%03d-%02d-%05d" % (R.randint(101, 899), R.randint(10, 99), R.randint(0, 99999))


# ---------------------------------------------------------------- people


def person(R, age="adult"):
    k = R.random()
    sur = R.choice(SUR_TWO) if k < 0.06 else (R.choice(SUR_RARE) if k < 0.16 else R.choice(SUR_COMMON))
    rom = None
    if R.random() < 0.08:
        giv = R.choice(ONE_GIV)
    elif age == "child":
        giv, rom = R.choice(CHILD_GIV)
    else:
        giv = R.choice(ADULT_GIV)
    p = {"sur": sur, "giv": giv, "full": sur + giv, "rom": rom, "hanja": None, "latin": None}
    if R.random() < 0.04:
        s, g, h = R.choice(HANJA)
        p.update(sur=s, giv=g, full=s + g, hanja=h, rom=None)
    return p


def foreign(R, age="adult"):
    if age == "child":
        lat, han = R.choice(FOREIGN_CHILD)
        return {"sur": "", "giv": han, "full": han, "latin": lat, "rom": None, "hanja": None, "title": None, "last": lat.split()[0]}
    lat, han, title, last, nat = R.choice(FOREIGN_ADULT)
    return {"sur": "", "giv": han, "full": han, "latin": lat, "rom": None, "hanja": None, "title": title, "last": last, "nat": nat}


def nm(R, p):
    """a printable form of the name (one span)"""
    if p.get("latin") and R.random() < 0.3:
        return p["latin"]
    if not p["sur"]:
        return p["full"]
    k = R.random()
    if k < 0.06:
        return p["sur"] + " " + p["giv"]
    if k < 0.09 and len(p["giv"]) == 2:
        return p["sur"] + " " + p["giv"][0] + " " + p["giv"][1]
    return p["full"]


def name_segs(R, p):
    """name possibly followed by hanja/latin in brackets -> list of segments"""
    if p.get("hanja") and R.random() < 0.6:
        return [(p["full"], "PERSON"), "(", (p["hanja"], "PERSON"), ")"]
    if p.get("latin") and R.random() < 0.4:
        return [(p["full"], "PERSON"), "(", (p["latin"], "PERSON"), ")"]
    return [(nm(R, p), "PERSON")]


def masked(R, p):
    if not p["sur"]:
        return R.choice(["A", "B", "C"]) + R.choice(["학생", "씨", ""])
    return R.choice([p["sur"] + "○" + p["giv"][-1], p["sur"] + "○○", p["sur"] + "*" + p["giv"][-1],
                     p["sur"] + "○" + (p["giv"][-1] if len(p["giv"]) > 1 else "○")])


def rom_person(R):
    while True:
        p = person(R, "child")
        if p["rom"] and p["sur"] in ROM_SUR:
            return p


def official(R):
    p = person(R)
    return p["full"] if R.random() < 0.93 else p["sur"] + " " + p["giv"]


def address(R, gu, unit=True):
    city = "서울특별시" if gu not in ("수원시", "성남시", "부평구") else ("경기도" if gu != "부평구" else "인천광역시")
    if gu == "수원시":
        gu2 = "수원시 " + R.choice(["영통구", "권선구", "장안구"])
    elif gu == "성남시":
        gu2 = "성남시 " + R.choice(["수정구", "중원구", "분당구"])
    else:
        gu2 = gu
    k = R.random()
    road = R.choice(ROADS)
    base = "%s %s %s %d" % (R.choice([city, city.replace("특별시", "").replace("광역시", "") if city != "경기도" else "경기"]), gu2, road,
                            R.randint(1, 320))
    if R.random() < 0.25:
        base += "-%d" % R.randint(1, 40)
    if not unit:
        return base
    if k < 0.55:
        return base + ", %d동 %d호 (%s, %s)" % (R.randint(101, 120), R.randint(1, 25) * 100 + R.randint(1, 6), R.choice(DONG[gu]), R.choice(APTS)) \
            if R.random() < 0.4 else base + ", %d동 %d호" % (R.randint(101, 120), R.randint(1, 25) * 100 + R.randint(1, 6))
    if k < 0.8:
        return base + " %d호" % (R.randint(1, 5) * 100 + R.randint(1, 4))
    return base


def unit_only(R):
    return "%d동 %d호" % (R.randint(101, 120), R.randint(1, 25) * 100 + R.randint(1, 6)) if R.random() < 0.7 else "%d호" % (R.randint(1, 5) * 100 + R.randint(1, 4))


class Ctx:
    """per-document context: district, schools, officials"""

    def __init__(self, R):
        self.R = R
        (self.gu, self.gu_addr, self.gu_pref, self.dom, self.edu, self.edu_pref) = R.choice(DISTRICTS)
        self.office = self.gu + "청" if self.gu.endswith("구") else self.gu + "청"
        self.dept = R.choice(["교육지원과", "교육청소년과", "교육협력과", "교육정책과", "평생교육과"])
        self.team = R.choice(["교육지원팀", "교육협력팀", "학교지원팀", "교육복지팀", "청소년팀", "돌봄지원팀"])
        self.drafter = official(R)
        self.chief = official(R)
        self.head = official(R)
        self.mayor = official(R)
        self.year = R.choice([2024, 2025, 2025, 2026, 2026, 2026])

    def school(self, level=None):
        R = self.R
        level = level or R.choice(["초등학교", "초등학교", "중학교", "고등학교"])
        return R.choice(SCH_STEM) + level

    def school_short(self, s):
        return s.replace("초등학교", "초").replace("중학교", "중").replace("고등학교", "고")

    def school_addr(self):
        R = self.R
        return " ".join(self.gu_addr.split()[:-2]) + " %s %d" % (R.choice(ROADS), R.randint(10, 400))

    def school_line(self):
        area = self.gu_pref.split("-")[0]
        return "%s-%d-%04d" % (area, self.R.randint(2000, 2999) if area == "02" else self.R.randint(200, 899), self.R.randint(1000, 9999))

    def oline(self):
        return office_line(self.R, self.gu_pref)

    def omail(self):
        R = self.R
        return "%s%s%d@%s" % (R.choice(["edu", "school", "youth", "dolbom", "jh", "sk", "mj", "hy"]), R.choice(["", "_"]),
                              R.randint(1, 99), R.choice([self.dom, self.dom, "korea.kr"]))

    def date(self, k=None):
        R = self.R
        return fmt_date(R, self.year, R.randint(1, 12), R.randint(1, 28), k)

    def docno(self):
        R = self.R
        return "%s-%d" % (R.choice([self.dept, self.team, self.dept]), R.randint(1200, 29999))

    def budget(self):
        R = self.R
        k = R.random()
        v = R.randint(3, 950) * 100000 * (1 if k < 0.8 else 10)
        if k < 0.4:
            return "금 %s원" % format(v, ",")
        if k < 0.7:
            return "%s천원" % format(v // 1000, ",")
        return "%.1f억 원" % (v / 100000000) if v >= 100000000 else "%s만 원" % format(v // 10000, ",")


def grade_class(R, level="초"):
    g = R.randint(1, 6 if level == "초" else 3)
    c = R.randint(1, 9)
    k = R.randint(0, 3)
    return ["%d-%d" % (g, c), "%d학년 %d반" % (g, c), "%d/%d" % (g, c), "%d학년%d반" % (g, c)][k]


def relation(R):
    return R.choice(["부", "모", "모", "조모", "조부", "부", "법정대리인", "고모", "위탁모"])


def contact_footer(d, c, R):
    k = R.randint(0, 4)
    if k == 0:
        d.t("\n※ 문의: %s %s %s (☎ %s)\n" % (c.office, c.dept, c.team, c.oline()))
    elif k == 1:
        d.t("\n담당: %s 주무관 %s  %s / %s\n" % (c.team, c.drafter, c.oline(), c.omail()))
    elif k == 2:
        d.t("\n기안자 주무관 %s   검토자 %s장 %s   결재권자 %s장 %s\n협조: %s (%s)\n" % (
            c.drafter, c.team, c.chief, c.dept, c.head, c.edu, office_line(R, c.edu_pref)))
    elif k == 3:
        d.t("\n%s %s(%s) 담당자 %s  전화 %s  팩스 %s\n" % (c.office, c.dept, c.gu_addr, c.drafter, c.oline(), c.oline()))
    else:
        d.t("\n%s청장\n(%s %s, 담당 %s, ☎ %s)\n" % (c.gu, c.dept, c.team, c.drafter, c.oline()))


def header(d, c, R, title_segs):
    k = R.randint(0, 3)
    if k == 0:
        d.segs(title_segs).t("\n\n")
    elif k == 1:
        d.t("%s\n\n수신  각 초·중·고등학교장\n(경유)\n제목  " % c.office).segs(title_segs).t("\n\n")
    elif k == 2:
        d.t("제목: ").segs(title_segs).t("\n문서번호: %s\n시행일자: %s\n\n" % (c.docno(), c.date()))
    else:
        d.t("[%s %s]\n" % (c.office, c.dept)).segs(title_segs).t("\n(%s)\n\n" % c.date(2))


FILLERS = ["학교 현장의 교육 여건 개선을 위하여 다음과 같이 추진하고자 합니다.",
           "부모의 경제적 부담을 덜고 교육 기회를 보장하기 위하여 아래와 같이 지원합니다.",
           "장애인 등 특수교육대상자는 우선 선정하였으며, 서명부 및 증빙서류는 학교에서 보관·유지합니다.",
           "사후 조사 결과 부적정 수령이 확인되면 지원금을 환수하며, 명단은 내부 관리용으로만 사용합니다.",
           "시설 정비 및 안전 점검 결과는 학교별로 별도 안내할 예정입니다.",
           "개인정보는 사업 목적 외로 이용하지 않으며 사업 종료 후 지체 없이 파기합니다.",
           "소유한 재산 및 당해 연도 소득 기준을 적용하여 대상자를 확정하였습니다."]


# ---------------------------------------------------------------- kinds


def k_scholarship(R, c):
    cat = R.choice(["성적우수", "저소득 희망", "예체능 특기", "다문화가정", "대학 신입생", "학교생활 모범", "꿈나무"])
    title = "%d년 %s %s 장학금 지급 대상자 명단" % (c.year, c.gu, cat)
    d = Doc()
    header(d, c, R, [title])
    per = R.choice([300000, 500000, 700000, 1000000, 1500000, 2000000])
    n = R.randint(3, 8)
    d.t("1. 근거: %s 및 %s\n" % (ordinance(R, c.gu, "sch"), statute(R, "sch")))
    d.t("2. %s장학회 이사회 의결(%s)에 따라 장학생 %d명을 선정하고 장학금을 지급하고자 합니다.\n" % (c.gu, c.date(0), n))
    d.t("3. 지급액: 1인당 %s원, 총 %s원 (%s)\n" % (format(per, ","), format(per * n, ","), R.choice(["구비 100%", "장학기금 이자수입", "구비 70%, 시비 30%"])))
    d.t("4. " + R.choice(FILLERS) + "\n\n")
    layout = R.choice(["table", "table", "table", "bullet", "kv"])
    H_st = R.choice(["학생명", "성명", "이름", "대상 학생", "수혜자", "장학생"])
    H_gd = R.choice(["보호자(관계)", "보호자", "신청인(관계)", "학부모"])
    H_ah = R.choice(["예금주", "수령인", "예금주(관계)", "입금 명의"])
    H_ac = R.choice(["계좌번호", "입금계좌", "계좌", "은행/계좌"])
    H_ph = R.choice(["연락처", "보호자 연락처", "휴대전화", "전화번호", "비상연락"])
    with_birth = R.random() < 0.35
    with_addr = R.random() < 0.25
    rows = []
    recs = []
    for i in range(n):
        multi = cat == "다문화가정" or R.random() < 0.08
        st = foreign(R, "child") if (multi and R.random() < 0.4) else person(R, "child")
        if cat == "다문화가정" and not st.get("latin"):
            gd = foreign(R)
        else:
            gd = person(R)
        if st.get("latin") and not gd.get("latin"):
            gd = foreign(R)
        lvl = "대" if cat == "대학 신입생" else R.choice(["초", "중", "고"])
        sch = (R.choice(["서울대학교", "한양대학교", "경희대학교", "부산대학교", "한국예술종합학교", "서울시립대학교"]) if lvl == "대"
               else c.school({"초": "초등학교", "중": "중학교", "고": "고등학교"}[lvl]))
        gc = "1학년" if lvl == "대" else grade_class(R, lvl)
        bank, acc = account(R)
        holder = R.choice([st, gd, gd])
        rel = relation(R)
        recs.append((st, gd, sch, gc, bank, acc, holder, rel))
        row = [str(i + 1), sch if R.random() < 0.5 else c.school_short(sch), gc, [(nm(R, st), "PERSON")]]
        if with_birth:
            by = 2026 - (int(gc[0]) + 7 if lvl == "초" else int(gc[0]) + 13 if lvl == "중" else int(gc[0]) + 16 if lvl == "고" else 19)
            row.append([(fmt_date(R, by, R.randint(1, 12), R.randint(1, 28)), "BIRTH_DATE")])
        if "관계" in H_gd:
            row.append([(nm(R, gd), "PERSON"), "(%s)" % rel])
        else:
            row.append([(nm(R, gd), "PERSON")])
        row.append([(nm(R, holder), "PERSON")] + (["(%s)" % ("본인" if holder is st else rel)] if "관계" in H_ah else []))
        if H_ac == "은행/계좌":
            row.append([bank + " ", (acc, "BANK_ACCOUNT")])
        else:
            row.append([bank + " ", (acc, "BANK_ACCOUNT")] if R.random() < 0.5 else [(acc, "BANK_ACCOUNT")])
        row.append([(mobile(R), "PHONE")])
        if with_addr:
            row.append([(address(R, c.gu), "ADDRESS")])
        row.append(format(per, ","))
        rows.append(row)
    headers = ["연번", R.choice(["학교", "학교명", "소속"]), R.choice(["학년-반", "학년/반", "학년"]), H_st]
    if with_birth:
        headers.append(R.choice(["생년월일", "생년월일(학생)"]))
    headers += [H_gd, H_ah, H_ac, H_ph]
    if with_addr:
        headers.append(R.choice(["주소", "거주지", "주소지"]))
    headers.append(R.choice(["지급액(원)", "금액", "장학금"]))
    if layout == "table":
        d.t("붙임  대상자 명단 %d부.\n\n" % 1 if R.random() < 0.3 else "")
        R.choice(TABLES)(d, R, headers, rows)
    elif layout == "bullet":
        mark = R.choice(["○", "-", "·", "▶"])
        for i, row in enumerate(rows):
            st, gd, sch, gc, bank, acc, holder, rel = recs[i]
            d.t("%s %s %s " % (mark, c.school_short(sch), gc)).segs(name_segs(R, st))
            d.t(R.choice([" 학생 / 보호자 ", " (보호자 ", ", 보호자 "])).e(nm(R, gd), "PERSON").t("(%s)" % rel)
            d.t(R.choice([" / 입금: ", ", 지급계좌 ", " - "])).t(bank + " ").e(acc, "BANK_ACCOUNT")
            d.t(" 예금주 ").e(nm(R, holder), "PERSON")
            sep = R.choice([" / ☎ ", ", 연락처 ", " ("])
            d.t(sep).e(mobile(R), "PHONE")
            d.t(")\n" if sep == " (" else "\n")
    else:
        for i, row in enumerate(rows):
            st, gd, sch, gc, bank, acc, holder, rel = recs[i]
            d.t("[%d]\n" % (i + 1))
            d.t("%s: " % H_st).segs(name_segs(R, st)).t("\n")
            d.t("학교/학년: %s %s\n" % (sch, gc))
            d.t("%s: " % H_gd).e(nm(R, gd), "PERSON").t(" (%s)\n" % rel)
            d.t("%s: %s " % (H_ac, bank)).e(acc, "BANK_ACCOUNT").t(" / 예금주 ").e(nm(R, holder), "PERSON").t("\n")
            d.t("%s: " % H_ph).e(mobile(R), "PHONE").t("\n")
            if with_addr:
                d.t("주소: ").e(address(R, c.gu), "ADDRESS").t("\n")
            d.t("\n")
    d.t("\n※ 장학금은 %s 이내 보호자 명의 계좌로 일괄 입금되며, 계좌 오류 시 학교 행정실(%s)로 연락 바랍니다.\n" % (
        c.date(2), c.school_line()))
    contact_footer(d, c, R)
    return title, "장학금 지급 명단", d, "partial", [6]


def k_supplies(R, c):
    kind = R.choice(["학용품비", "교복 구입비", "입학준비금", "수학여행비", "졸업앨범비", "교육정보화(인터넷 통신비)"])
    title = "%d학년도 %s 지원 대상 학생 현황" % (c.year, kind)
    d = Doc()
    header(d, c, R, [title])
    per = R.choice([100000, 200000, 300000, 350000, 50000])
    d.t("가. 관련: %s, %s\n" % (statute(R, "sch"), ordinance(R, c.gu, "sch")))
    d.t("나. 지원 단가: 1인당 %s원 / 총 예산 %s\n" % (format(per, ","), c.budget()))
    d.t("다. %s\n\n" % R.choice(FILLERS))
    use_card = R.random() < 0.35
    n = R.randint(3, 7)
    H = [R.choice(["번호", "순번", "No."]), R.choice(["학교", "학교명"]), R.choice(["학년반", "학년/반"]),
         R.choice(["대상 학생", "학생 성명", "성명", "수급 학생", "지원대상자"]),
         R.choice(["보호자", "신청인", "보호자(관계)"]),
         R.choice(["연락처", "휴대폰", "보호자 전화"])]
    H.append(R.choice(["바우처 카드번호", "충전 카드번호"]) if use_card else R.choice(["지급계좌", "계좌번호(예금주)", "입금 계좌"]))
    H.append(R.choice(["자격", "선정 구분", "비고"]))
    rows = []
    for i in range(n):
        st = person(R, "child")
        gd = foreign(R) if R.random() < 0.1 else person(R)
        sch = c.school()
        lvl = "초" if "초" in sch else "중"
        row = [str(i + 1), c.school_short(sch), grade_class(R, lvl), [(nm(R, st), "PERSON")]]
        row.append([(nm(R, gd), "PERSON")] + (["(%s)" % relation(R)] if "관계" in H[4] else []))
        row.append([(mobile(R) if R.random() < 0.85 else home_phone(R, c.gu_pref), "PHONE")])
        if use_card:
            row.append([(card(R), "CARD_NUMBER")])
        else:
            bank, acc = account(R)
            if "예금주" in H[6]:
                row.append([bank + " ", (acc, "BANK_ACCOUNT"), "(", (nm(R, gd), "PERSON"), ")"])
            else:
                row.append([bank + " ", (acc, "BANK_ACCOUNT")])
        q = R.choice(["기초생활수급", "차상위", "한부모가족", "법정차상위", "학교장 추천", "다자녀(3자녀 이상)", "장애인 가구"])
        row.append(q)
        rows.append(row)
    if R.random() < 0.75:
        R.choice(TABLES)(d, R, H, rows)
    else:
        d.t("【지원 대상】\n")
        for row in rows:
            d.t("%s) %s %s " % (row[0], row[1], row[2])).segs(row[3]).t(" — 보호자 ").segs(row[4]).t(", ").segs(row[5])
            d.t(", ").segs(row[6]).t(" [%s]\n" % row[7])
    d.t("\n※ 명단의 %s 해당 여부는 %s 기준 사회보장정보시스템 조회 결과에 따름.\n" % (rows[0][7], c.date(0)))
    contact_footer(d, c, R)
    return title, "지원대상자 현황", d, "partial", [6]


def k_care(R, c):
    prog = R.choice(["오후돌봄교실", "방과후학교 로봇과학반", "방과후학교 바이올린반", "저녁돌봄교실", "늘봄학교 맞춤형 프로그램",
                     "방과후 코딩교실", "아침돌봄", "방학 중 돌봄교실"])
    sch = c.school("초등학교")
    title = "%s %s 참여 학생 명단(%d학년도 %s)" % (sch, prog, c.year, R.choice(["1학기", "2학기", "여름방학", "겨울방학"]))
    d = Doc()
    header(d, c, R, [title])
    lect = person(R) if R.random() < 0.8 else None
    d.t("○ 운영 장소: %s %s (%s)\n" % (sch, R.choice(["돌봄교실 1실", "돌봄교실 2실", "과학실", "음악실", "늘봄교실"]), c.school_addr()))
    d.t("○ 운영 시간: 매주 %s %s\n" % (R.choice(["월~금", "화·목", "월·수·금"]), R.choice(["13:00~17:00", "14:30~16:00", "07:00~09:00", "17:00~20:00"])))
    if lect:
        d.t("○ 담당 강사: ").segs(name_segs(R, lect)).t(R.choice([" (외부 위탁강사)", " 강사", " 선생님(위탁업체 ㈜꿈틀에듀 소속)"]))
        d.t(", 연락처 ").e(mobile(R), "PHONE").t("\n")
    d.t("○ 관리 책임: %s 교감 %s / 늘봄지원실장 %s (교무실 %s)\n" % (sch, official(R), official(R), c.school_line()))
    d.t("○ 운영비: %s (%s 보조금 포함)\n\n" % (c.budget(), c.office))
    H = [R.choice(["번호", "연번"]), R.choice(["학년-반", "학년/반", "반"]), R.choice(["아동명", "학생명", "이름", "성명"]),
         R.choice(["보호자", "보호자(관계)", "학부모"]), R.choice(["비상연락처", "보호자 연락처", "연락처", "긴급연락"]),
         R.choice(["귀가 방법", "귀가", "하교 방법"]), R.choice(["특이사항", "건강 특이사항", "유의사항", "비고"])]
    rows = []
    for i in range(R.randint(4, 9)):
        st = foreign(R, "child") if R.random() < 0.08 else person(R, "child")
        gd = foreign(R) if st.get("latin") else person(R)
        home = R.choice(["보호자 동행", "혼자 귀가", "학원 차량", "조부모 동행", "돌봄 연계", "형제 동행"])
        hcell = [(R.choice(CARE_HEALTH), "HEALTH_INFO")] if R.random() < 0.35 else [R.choice(["-", "없음", "", "특이사항 없음"])]
        row = [str(i + 1), grade_class(R, "초"), [(nm(R, st), "PERSON")],
               [(nm(R, gd), "PERSON")] + (["(%s)" % relation(R)] if "관계" in H[3] else []),
               [(mobile(R), "PHONE")], home, hcell]
        rows.append(row)
    style = R.random()
    if style < 0.75:
        R.choice(TABLES)(d, R, H, rows)
    else:
        for row in rows:
            d.t("%s. " % row[0]).segs(row[2]).t(" (%s) 보호자 " % row[1]).segs(row[3]).t(" ").segs(row[4])
            d.t(" / %s" % row[5])
            if row[6] and not isinstance(row[6][0], str):
                d.t(" / ").segs(row[6])
            d.t("\n")
    d.t("\n※ 명단은 %s 보관용이며 외부 유출을 금합니다. 귀가 동행인 변경 시 서면으로 %s에 알려 주십시오.\n" % (
        R.choice(["돌봄교실", "방과후학교"]), R.choice(["담임교사", "늘봄지원실", "돌봄교실"])))
    if R.random() < 0.4:
        p = person(R)
        d.t("※ %s " % rows[0][1]).segs(rows[0][2]).t(" 학생은 %s부터 귀가 동행인이 " % c.date(2))
        d.e(nm(R, p), "PERSON").t("(%s, " % R.choice(["조모", "이모", "삼촌", "아이돌보미"])).e(mobile(R), "PHONE").t(")으로 변경됨.\n")
    contact_footer(d, c, R)
    return title, "참여자 명단", d, "partial", [6]


def k_allergy(R, c):
    sch = c.school()
    title = R.choice(["%s 식품알레르기 학생 현황(%d학년도)" % (sch, c.year), "%d학년도 급식 알레르기 유발식품 조사 결과(%s)" % (c.year, sch),
                      "%s 대체식 제공 대상 학생 명단" % sch])
    d = Doc()
    header(d, c, R, [title])
    d.t("%s 및 같은 법 시행규칙에 따라 알레르기 유발식품 정보를 매월 식단표에 표시하고 있으며, " % statute(R, "meal") if R.random() < 0.5 else
        "「학교급식법」 제16조에 따라 ")
    d.t("가정통신문 회신(%s 마감) 결과를 아래와 같이 정리하였습니다.\n" % c.date(2))
    d.t("영양교사 %s, 보건교사 %s (행정실 %s)\n\n" % (official(R), official(R), c.school_line()))
    lvl = "초" if "초" in sch else "중"
    recs = []
    for i in range(R.randint(3, 8)):
        st = person(R, "child") if R.random() < 0.92 else foreign(R, "child")
        al = R.sample(HEALTH_ALLERGY, R.randint(1, 3))
        style = R.randint(0, 2)
        if style == 0:
            alt = ", ".join(al)
        elif style == 1:
            alt = ", ".join("%d.%s" % (ALLERGY_NO[a], a) for a in al)
        else:
            alt = "·".join(al) + " 알레르기"
        sym = R.choice(SYMPTOMS)
        recs.append((st, grade_class(R, lvl), alt, sym, R.choice(["대체식 제공", "해당 메뉴 제외", "도시락 지참", "개별 안내"]),
                     R.choice(["O", "X", "X", "보유", "-"])))
    layout = R.random()
    H = [R.choice(["학년반", "학년-반", "반"]), R.choice(["성명", "학생", "이름", "학생명"]),
         R.choice(["알레르기 유발식품", "유발식품(번호)", "알레르기 식품", "해당 식품"]), R.choice(["증상", "주요 증상", "반응"]),
         R.choice(["조치", "급식 조치", "대응"]), R.choice(["에피펜", "자가주사기", "응급약 보유"])]
    if layout < 0.7:
        rows = [[r[1], [(nm(R, r[0]), "PERSON")], [(r[2], "HEALTH_INFO")], [(r[3], "HEALTH_INFO")], r[4], r[5]] for r in recs]
        R.choice(TABLES)(d, R, H, rows)
    elif layout < 0.85:
        for r in recs:
            d.t("- %s " % r[1]).e(nm(R, r[0]), "PERSON").t(R.choice([": ", " — ", " / "])).e(r[2], "HEALTH_INFO")
            d.t(" (").e(r[3], "HEALTH_INFO").t(") → %s\n" % r[4])
    else:
        for r in recs:
            d.t("학생: ").e(nm(R, r[0]), "PERSON").t(" (%s)\n유발식품: " % r[1]).e(r[2], "HEALTH_INFO")
            d.t("\n증상: ").e(r[3], "HEALTH_INFO").t("\n조치: %s\n\n" % r[4])
    d.t("\n※ 학급 담임 및 조리실무사 공유용. 외부 게시 금지.\n")
    contact_footer(d, c, R)
    return title, "급식 알레르기 현황", d, "partial", [6]


def sv_member_seg(R):
    return R.choice(["변호사", "학부모", "경찰", "청소년 상담 전문가", "교원", "의사"])


def k_sv_minutes(R, c):
    no = R.randint(3, 48)
    title = "%d년 제%d차 학교폭력대책심의위원회 %s" % (c.year, no, R.choice(["회의록", "심의 회의록", "회의 결과(요지)"]))
    d = Doc()
    d.t(title + "\n\n")
    mdate = (c.year, R.randint(6, 12), R.randint(1, 28))
    d.t("일시: %s 14:00~16:40\n장소: %s 소회의실 (%s %s)\n" % (fmt_date(R, *mdate), c.edu, " ".join(c.gu_addr.split()[:-2]), R.choice(ROADS) + " %d" % R.randint(10, 300)))
    chair = official(R)
    gansa = official(R)
    mems = [person(R) for _ in range(R.randint(2, 4))]
    d.t("출석위원: 위원장 %s(%s 교육지원국장), " % (chair, c.edu))
    for i, m in enumerate(mems):
        if i:
            d.t(", ")
        d.e(nm(R, m), "PERSON").t("(%s)" % sv_member_seg(R))
    d.t(" — 총 %d명 중 %d명 출석\n간사: 장학사 %s (학교폭력제로센터 %s)\n" % (len(mems) + 3, len(mems) + 1, gansa, office_line(R, c.edu_pref)))
    d.t("관련: %s, 같은 법 제21조(비밀누설 금지 등)\n\n" % R.choice(["「학교폭력예방 및 대책에 관한 법률」 제16조·제17조", "「학교폭력예방 및 대책에 관한 법률」 제12조", statute(R)]))
    sch = c.school(R.choice(["중학교", "고등학교", "초등학교"]))
    vic = person(R, "child")
    off = person(R, "child")
    vpar = person(R)
    opar = person(R)
    wit = person(R, "child")
    full = R.random() < 0.6
    V = (lambda: [(nm(R, vic), "PERSON")]) if full else (lambda: [R.choice(["피해학생 A", "A학생"])])
    O = (lambda: [(nm(R, off), "PERSON")]) if full else (lambda: [R.choice(["가해 관련학생 B", "B학생"])])
    d.t("■ 사안 개요\n%s 사안(사안번호 %s-%04d). %s %s경 교내 %s에서 " % (sch, c.year, R.randint(1, 999), fmt_date(R, c.year, mdate[1] - R.randint(1, 4), R.randint(1, 28)), R.choice(["12:40", "점심시간", "하교 후 16:10"]),
                                                        R.choice(["화장실", "운동장 뒤편", "교실", "체육관"])))
    d.segs(O()).t(R.choice(["이 ", "(이)가 ", " 학생이 "])).segs(V()).t(R.choice(["에게 신체 폭력을 행사하고", "을 상대로 단체 대화방에서 지속적인 모욕을 하고"]))
    d.t(" 이를 ").e(nm(R, wit), "PERSON").t(" 학생이 목격하여 담임교사에게 신고함.\n")
    if R.random() < 0.5:
        d.t("피해학생은 ").e(R.choice(SV_HEALTH), "HEALTH_INFO").t("이며 진단서를 제출함.\n")
    if R.random() < 0.3:
        d.t("게시 계정 접속 기록(IP ").e("%d.%d.%d.%d" % (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "IP_ADDRESS").t(")은 경찰에 제공됨.\n")
    d.t("\n■ 진술 청취\n")
    turns = [
        ("위원장", ["", "지금부터 제%d차 심의를 개의하겠습니다. 참석자는 회의 내용을 외부에 누설할 수 없음을 안내드립니다." % no]),
        ("간사", ["", "관련 학생 측 진술서와 학교 전담기구 조사 결과를 배부하였습니다."]),
        ("피해학생 보호자", None),
        ("위원", None),
        ("관련학생 보호자", None),
        ("위원장", ["", "양측 의견 잘 들었습니다. 퇴장해 주시면 위원 간 논의를 진행하겠습니다."]),
    ]
    sp_style = R.randint(0, 2)
    for role, content in turns:
        if role == "위원장":
            lab = [("위원장: " if sp_style == 0 else "위원장(%s): " % chair if sp_style == 1 else "○ 위원장 ")]
        elif role == "간사":
            lab = ["간사(장학사 %s): " % gansa if sp_style != 2 else "○ 간사 "]
        elif role == "피해학생 보호자":
            lab = (["피해학생 보호자(", (nm(R, vpar), "PERSON"), "): "] if full else ["피해학생 측 보호자: "]) if sp_style != 2 else \
                (["○ 피해학생 모 ", (nm(R, vpar), "PERSON"), " "] if full else ["○ 피해학생 보호자 "])
            content = ["", "아이가 사건 이후 ", "학교에 가기 싫다고 합니다. 가해 학생과 반을 분리해 주시고 진심 어린 사과를 원합니다. 제 연락처 ",
                       (mobile(R), "PHONE"), "로 결과를 알려 주십시오."]
            if R.random() < 0.5:
                content = ["", "아이는 현재 ", (R.choice(SV_HEALTH), "HEALTH_INFO"), "입니다. 분리 조치를 요청드립니다."]
        elif role == "위원":
            m = R.choice(mems)
            lab = [(nm(R, m), "PERSON"), " 위원: "] if R.random() < 0.6 else ["위원 %s: " % R.choice("ABCD")]
            content = ["", "목격 학생 ", (wit["giv"] if wit["sur"] else wit["full"], "PERSON"),
                       R.choice([" 학생의 진술과 ", "의 진술서와 "]), "학교 조사 내용이 대체로 일치합니다. 지속성과 고의성 판단이 필요합니다."]
        else:
            lab = ["관련학생 보호자(", (nm(R, opar), "PERSON"), "): "] if full else ["관련학생 측: "]
            content = ["", "장난이 지나쳤던 것은 인정하고 사과할 의사가 있습니다. 다만 아이가 ",
                       R.choice(["친구들과 오해가 있었다고 합니다.", "일방적인 가해자로 몰리는 데 억울해합니다."])]
        d.segs(lab).segs(content[1:]).t("\n")
    d.t("\n■ 심의 결과\n")
    if R.random() < 0.5:
        d.t("관련학생에 대하여 법 제17조제1항 제%s호 조치를 의결함(출석위원 전원 찬성). 조치결정 통보는 %s까지 교육장 명의로 발송.\n" % (
            R.choice(["1·2", "2·3", "1·2·5", "4", "6"]), c.date(2)))
        grounds = [1, 6]
    else:
        d.t("추가 사실관계 확인이 필요하여 심의를 속행하기로 함(차회 %s 예정).\n" % c.date(2))
        grounds = [1, 5, 6]
    d.t("\n※ 본 회의록은 「학교폭력예방 및 대책에 관한 법률」 제21조제3항에 따라 공개하지 아니함.\n")
    return title, "회의록", d, "nonpublic", grounds


def k_sv_notice(R, c):
    sch = c.school(R.choice(["중학교", "고등학교", "초등학교"]))
    st = person(R, "child")
    par = person(R) if R.random() < 0.85 else foreign(R)
    title_segs = ["학교폭력 사안 조치결정 통보서(", (nm(R, st), "PERSON"), " 학생)"] if R.random() < 0.5 else ["학교폭력 사안 조치결정 통보서"]
    title = cell_text(title_segs)
    d = Doc()
    d.t("%s\n\n" % c.edu)
    d.t("수신  ").segs(name_segs(R, par)).t(R.choice([" 귀하", " 님", " 보호자님"])).t("\n주소  ").e(address(R, c.gu), "ADDRESS").t("\n")
    d.t("제목  ").segs(title_segs).t("\n\n")
    d.t("1. 귀 가정의 평안을 기원합니다.\n2. %s 제17조 및 같은 법 시행령 제19조에 따라 %s 학교폭력대책심의위원회(%s 개최)의 심의 결과를 다음과 같이 통보합니다.\n" % (
        "「학교폭력예방 및 대책에 관한 법률」", c.edu, c.date()))
    d.t("\n  가. 대상 학생: %s %s " % (sch, grade_class(R, "중"))).e(nm(R, st), "PERSON").t("\n")
    d.t("  나. 생년월일: ").e(fmt_date(R, R.randint(2009, 2016), R.randint(1, 12), R.randint(1, 28)), "BIRTH_DATE").t("\n")
    role = R.choice(["피해학생", "가해학생", "관련학생"])
    d.t("  다. 구분: %s\n" % role)
    if role == "피해학생":
        d.t("  라. 조치: 심리상담 및 조언(제16조제1항제1호), 치료를 위한 요양(제3호)\n  마. 확인된 피해: ").e(R.choice(SV_HEALTH), "HEALTH_INFO").t("\n")
    else:
        d.t("  라. 조치: 서면사과(제1호), 접촉·협박 및 보복행위 금지(제2호), 특별교육 %d시간(제5호)\n" % R.choice([4, 6, 8, 10]))
        d.t("  마. 특별교육 이수기관: %s 위(Wee)센터 (%s)\n" % (c.edu, office_line(R, c.edu_pref)))
    d.t("\n3. 이 처분에 이의가 있는 경우 처분이 있음을 안 날부터 90일 이내에 행정심판을 청구하거나 행정소송을 제기할 수 있습니다.\n")
    d.t("\n%s교육장\n(담당: 학교폭력제로센터 장학사 %s, 전화 %s)\n" % (c.edu.replace("서울특별시", "서울특별시").replace("교육지원청", "교육지원청"), official(R), office_line(R, c.edu_pref)))
    return title, "통보서", d, "nonpublic", R.choice([[6], [1, 6]])


def k_sv_summary(R, c):
    title = "%d학년도 %s 학교폭력 사안 처리 결과 보고(%s)" % (c.year, R.choice(["상반기", "하반기", "1분기", "3월"]), R.choice(["학교별", "요약"]))
    d = Doc()
    header(d, c, R, [title])
    d.t("%s 학교폭력제로센터에 접수된 사안 중 심의를 마친 사안의 처리 결과를 아래와 같이 보고합니다. 관련 학생은 가명 처리하였습니다.\n" % c.edu)
    d.t("관련: %s\n\n" % statute(R, "sv"))
    rows = []
    for i in range(R.randint(3, 6)):
        v = person(R, "child")
        o = person(R, "child")
        sch = c.school(R.choice(["중학교", "고등학교", "초등학교"]))
        rep = person(R)
        rep_cell = [R.choice(["피해학생 보호자", "모", "부"]) + " ", (nm(R, rep), "PERSON"), " ", (mobile(R), "PHONE")] if R.random() < 0.6 \
            else ["담임교사(교내 신고)"]
        rows.append([str(i + 1), c.school_short(sch), masked(R, v), masked(R, o), R.choice(["신체폭력", "사이버폭력", "언어폭력", "따돌림", "금품갈취"]),
                     R.choice(["1·2호", "1·2·3호", "학교장 자체해결", "조치없음", "4·5호", "관계회복 프로그램"]), rep_cell])
    H = ["연번", "학교", R.choice(["피해학생", "피해"]), R.choice(["관련학생", "가해학생"]), R.choice(["유형", "폭력 유형"]),
         R.choice(["조치", "조치결과"]), R.choice(["신고자(연락처)", "신고인", "최초 신고"])]
    if not any(not isinstance(x, str) for r in rows for x in r[6]):
        p = person(R)
        rows[0][6] = ["목격학생 보호자 ", (nm(R, p), "PERSON"), " ", (mobile(R), "PHONE")]
    R.choice(TABLES)(d, R, H, rows)
    d.t("\n※ 예산: 피해학생 치료비 선지원 %s, 특별교육 위탁 %s\n" % (c.budget(), c.budget()))
    contact_footer(d, c, R)
    return title, "결과 보고", d, "partial", [6]


def k_accident(R, c):
    sch = c.school()
    title = R.choice(["현장체험학습 중 안전사고 발생 보고", "%s 현장체험학습 학생 안전사고 보고서" % sch, "수학여행 중 학생 부상 사고 경위 보고"])
    d = Doc()
    header(d, c, R, [title])
    st = person(R, "child") if R.random() < 0.9 else foreign(R, "child")
    par = person(R) if not st.get("latin") else foreign(R)
    place = R.choice([("국립중앙과학관", "대전광역시 유성구 대덕대로 481"), ("서울대공원", "경기도 과천시 대공원광장로 102"),
                      ("국립중앙박물관", "서울특별시 용산구 서빙고로 137"), ("경주 불국사", "경상북도 경주시 불국로 385"),
                      ("에버랜드", "경기도 용인시 처인구 포곡읍 에버랜드로 199"), ("한국잡월드", "경기도 성남시 분당구 분당수서로 501")])
    y, m, dd = rdate(R, c.year)
    bus_co = R.choice(["㈜한울관광", "㈜푸른여행", "대한전세버스(주)", "㈜미래고속관광"])
    layout = R.choice(["kv", "memo", "prose"])
    teacher = official(R)
    inj = R.choice(INJURY)
    hosp = R.choice(["대전을지대학교병원", "한림대학교성심병원", "국립중앙의료원", "동국대학교 경주병원", "분당서울대학교병원", "인근 정형외과의원"])
    car_case = R.random() < 0.3
    police = R.random() < 0.3
    if layout == "kv":
        d.t("1. 학교명: %s (%s, 교무실 %s)\n" % (sch, c.school_addr(), c.school_line()))
        d.t("2. 사고 일시: %s %02d:%02d경\n" % (fmt_date(R, y, m, dd), R.randint(9, 16), R.choice([0, 10, 20, 35, 50])))
        d.t("3. 사고 장소: %s(%s) %s\n" % (place[0], place[1], R.choice(["야외 광장", "계단", "체험관 2층", "주차장"])))
        d.t("4. 피해 학생: %s " % grade_class(R, "초" if "초" in sch else "중")).segs(name_segs(R, st)).t("\n")
        d.t("5. 부상 정도: ").e(inj, "HEALTH_INFO").t(" — %s 이송\n" % hosp)
        d.t("6. 보호자: ").e(nm(R, par), "PERSON").t(" (%s) " % relation(R)).e(mobile(R), "PHONE").t(R.choice(["", " / 자택 "]))
        if d.buf[-1] == " / 자택 ":
            d.e(home_phone(R, c.gu_pref), "PHONE")
        d.t("\n7. 인솔교사: 담임교사 %s, 보건교사 %s\n" % (teacher, official(R)))
        d.t("8. 차량: %s(사업자등록번호 %s, 대표전화 1588-%04d) 전세버스 %s\n" % (bus_co, bizno(R), R.randint(1000, 9999), bus_plate(R)))
    elif layout == "memo":
        d.t("□ 개요\n  ○ %s %s 현장체험학습(%s) 중 학생 부상\n  ○ 일시·장소: %s, %s\n" % (sch, grade_class(R)[0] + "학년", place[0], fmt_date(R, y, m, dd), place[1]))
        d.t("□ 피해 현황\n  ○ 부상 학생: ").segs(name_segs(R, st)).t(R.choice(["(", " 학생("])).t("%s)\n" % grade_class(R))
        d.t("  ○ 상태: ").e(inj, "HEALTH_INFO").t("\n  ○ 조치: 보건교사 응급처치 후 %s 응급실 이송, 보호자 " % hosp)
        d.e(nm(R, par), "PERSON").t(R.choice(["님께 ", "에게 "])).t("%02d:%02d 유선 통보(" % (R.randint(10, 17), R.randint(0, 59))).e(mobile(R), "PHONE").t(")\n")
        d.t("□ 향후 계획\n  ○ 학교안전공제회 공제급여 청구 안내(%s)\n  ○ %s 개정 지침에 따른 사전 안전교육 강화\n" % (statute(R, "safe"), fmt_date(R, 2025, 6, 2)))
    else:
        d.t("%s %s %s에서 실시한 현장체험학습 중 " % (fmt_date(R, y, m, dd), place[0], R.choice(["야외 활동장", "계단 구간", "전시관"])))
        d.segs(name_segs(R, st)).t(R.choice([" 학생이 ", "(이)가 "])).t(R.choice(["넘어지면서 ", "친구와 부딪혀 ", "이동 중 "]))
        d.e(inj, "HEALTH_INFO").t("의 부상을 입었습니다. 인솔교사 %s 선생님이 즉시 응급처치 후 119 구급대를 통해 %s 응급실에 이송하였고, 보호자 " % (teacher, hosp))
        d.e(nm(R, par), "PERSON").t(" 씨에게 ").e(mobile(R), "PHONE").t(R.choice(["로 연락하여 병원에서 인계하였습니다.\n", "(으)로 연락하여 병원에서 인계하였습니다.\n", " 번호로 연락하여 병원에서 인계하였습니다.\n"]))
        d.t("이동은 %s(대표 %s) 차량 %s를 이용하였으며, 업체 안전점검 서류는 학교에서 유지·관리하고 있습니다.\n" % (bus_co, "1544-%04d" % R.randint(1000, 9999), bus_plate(R)))
    if car_case:
        drv = person(R)
        d.t("\n※ 하차 지점에서 개인 승용차(").e(plate(R), "VEHICLE_PLATE").t(", 운전자 ").e(nm(R, drv), "PERSON")
        d.t(R.choice([", 면허번호 ", " / 운전면허 "])).e(dl(R), "KR_DRIVER_LICENSE").t(")와의 접촉이 있었던 것으로 확인됨.\n")
    if police:
        d.t("※ %s 경찰서에서 사고 경위를 수사 중이며, 수사 결과 회신 시 추가 보고 예정.\n" % c.gu.replace("구", "").replace("시", ""))
    d.t("※ 사고 예방 예산: %s(%s 안전관리 보조)\n" % (c.budget(), c.office))
    contact_footer(d, c, R)
    if police:
        return title, "사고 보고", d, "nonpublic", [4, 6]
    return title, "사고 보고", d, "partial", [6]


def k_complaint(R, c):
    p = person(R) if R.random() < 0.88 else foreign(R)
    child = person(R, "child")
    if p.get("latin"):
        child = R.choice([person(R, "child"), foreign(R, "child")])
    topic = R.choice([("방과후학교 강사 교체 요청", "방과후 강사"), ("통학로 안전시설 설치 요청", "통학로"), ("급식 알레르기 대응 미흡", "급식"),
                      ("돌봄교실 대기 순번 문의", "돌봄"), ("장학금 선발 탈락 사유 문의", "장학금"), ("학교 앞 불법 주정차 단속 요청", "주정차"),
                      ("교복 구입비 지원 누락", "교복")])
    title_segs = R.choice([["민원 회신(", (nm(R, p), "PERSON"), " 님, %s)" % topic[0]], ["%s에 대한 회신" % topic[0]],
                           ["[국민신문고] %s 답변" % topic[0]]])
    title = cell_text(title_segs)
    d = Doc()
    d.segs(title_segs).t("\n\n")
    y, m, dd = rdate(R, c.year)
    kv = R.random() < 0.45
    if kv:
        d.t("민원 접수번호: %dAA-%02d%02d-%07d\n" % (R.randint(1, 2), y % 100, m, R.randint(0, 9999999)))
        d.t(R.choice(["민원인", "신청인", "성명"]) + ": ").segs(name_segs(R, p)).t("\n")
        d.t(R.choice(["주소", "주 소", "거주지"]) + ": ").e(address(R, c.gu), "ADDRESS").t("\n")
        d.t(R.choice(["연락처", "휴대전화", "전화"]) + ": ").e(mobile(R), "PHONE").t("\n")
        if R.random() < 0.6:
            d.t(R.choice(["전자우편", "이메일", "E-mail"]) + ": ").e(email(R), "EMAIL").t("\n")
        d.t("접수일: %s\n\n" % fmt_date(R, y, m, dd))
        d.segs(name_segs(R, p)).t(R.choice(["님께서 ", "님이 ", " 님께서 "]))
    else:
        d.t("수신: ").segs(name_segs(R, p)).t(" 님 (").e(unit_only(R) if R.random() < 0.3 else address(R, c.gu), "ADDRESS").t(")\n\n")
        d.t("안녕하십니까? %s 행정에 관심을 가져 주셔서 감사드립니다.\n귀하께서 " % c.office)
    d.t("%s 제출하신 민원(%s)에 대하여 다음과 같이 답변드립니다.\n\n" % (fmt_date(R, y, m, dd) + R.choice(["에", ""]), topic[0]))
    d.t("1. 민원 요지\n  ")
    if topic[1] in ("방과후 강사", "급식", "돌봄", "교복", "장학금"):
        d.t("자녀 ").e(child["giv"] if child["sur"] and R.random() < 0.5 else nm(R, child), "PERSON")
        d.t(R.choice([" 학생이 ", "(%s) 학생이 " % grade_class(R)]))
        if topic[1] == "급식":
            d.e(R.choice(["땅콩 알레르기", "갑각류 알레르기로 응급실 진료 이력", "난류·우유 알레르기"]), "HEALTH_INFO").t("(이)가 있음에도 대체식이 제공되지 않았다는 내용\n")
        elif topic[1] == "방과후 강사":
            lec = person(R)
            d.t("수강 중인 방과후 강사 ").e(nm(R, lec), "PERSON").t(R.choice([" 씨의 ", "의 "])).t("수업 운영이 불성실하다는 내용\n")
        else:
            d.t("%s 대상에서 누락되었다는 내용\n" % topic[0].split()[0])
    else:
        d.t("%s 인근(%s) 통학로의 안전 확보 요청\n" % (c.school(), R.choice(["정문 앞 횡단보도", "후문 삼거리", "어린이보호구역"])))
        if topic[1] == "주정차" and R.random() < 0.6:
            d.t("  (민원인 제출 사진상 상습 주차 차량: ").e(plate(R), "VEHICLE_PLATE").t(")\n")
    d.t("\n2. 검토 결과\n  ")
    d.t(R.choice(["해당 학교와 현장 확인 결과, ", "관련 부서 협의 결과, ", "%s 기준에 따라 검토한 결과, " % statute(R, "any")]))
    d.t(R.choice(["%s 교부 예정인 교육경비 보조금(%s)으로 %s 중 개선하겠습니다. " % (c.year, c.budget(), R.choice(["상반기", "하반기", "방학"])),
                  "학교운영위원회 심의를 거쳐 조치할 예정입니다. ", "선정 기준(소득인정액 중위 50% 이하)에 해당하지 않아 지원이 어려움을 양해 바랍니다. "]))
    d.t("학교 시설 정비 및 안전 점검은 %s 학교지원과(%s)와 협조하여 지속 유지하겠습니다.\n" % (c.edu, office_line(R, c.edu_pref)))
    d.t("\n3. 기타 궁금하신 사항은 %s %s 주무관 %s(%s, %s)에게 연락 주시면 친절히 안내해 드리겠습니다.\n" % (c.dept, c.team, c.drafter, c.oline(), c.omail()))
    d.t("\n%s %s장\n" % (c.office, c.dept) if R.random() < 0.5 else "\n%s청장\n" % c.gu)
    return title, "민원 회신", d, "partial", [6]


def k_hiring(R, c):
    sch = c.school()
    field = R.choice(["방과후학교 외부 강사", "진로체험 특강 강사", "늘봄학교 프로그램 강사", "원어민 영어 보조강사", "학습지원 튜터", "예술강사"])
    title = "%d학년도 %s %s 선정 결과" % (c.year, sch if R.random() < 0.6 else c.gu, field)
    d = Doc()
    header(d, c, R, [title])
    d.t("%s에 따라 공개 모집(공고 제%d-%d호, %s)한 %s 심사 결과를 다음과 같이 알려드립니다.\n" % (
        statute(R, "hire"), c.year, R.randint(10, 300), c.date(), field))
    d.t("심사위원장: %s 교감 %s / 심사일: %s / 예산: %s\n\n" % (sch, official(R), c.date(), c.budget()))
    H = [R.choice(["연번", "번호"]), R.choice(["강좌(분야)", "프로그램", "분야"]), R.choice(["성명", "강사명", "이름", "선정자"]),
         R.choice(["생년월일", "출생일"]), R.choice(["연락처", "휴대전화", "핸드폰"])]
    mail = R.random() < 0.5
    if mail:
        H.append(R.choice(["이메일", "전자우편", "E-mail"]))
    H.append(R.choice(["결과", "선정 여부", "비고"]))
    rows = []
    natives = R.sample(NATIVE_LECT, len(NATIVE_LECT))
    for i in range(R.randint(3, 6)):
        native = field.startswith("원어민") and R.random() < 0.8
        if native:
            lat, ttl, last = natives.pop()
            namecell = [(lat, "PERSON")]
        else:
            p = person(R)
            namecell = [(nm(R, p), "PERSON")]
        row = [str(i + 1), R.choice(["로봇과학", "음악줄넘기", "바둑", "창의미술", "영어회화", "코딩", "3D프린팅", "K-POP댄스", "독서논술", "생명과학실험"]),
               namecell, [(fmt_date(R, R.randint(1960, 1998), R.randint(1, 12), R.randint(1, 28)), "BIRTH_DATE")], [(mobile(R), "PHONE")]]
        if mail:
            row.append([(email(R), "EMAIL")])
        row.append(R.choice(["선정", "선정", "예비 1순위", "미선정"]))
        rows.append(row)
    if R.random() < 0.8:
        R.choice(TABLES)(d, R, H, rows)
    else:
        for r in rows:
            d.t("가나다라마바사"[int(r[0]) - 1] + ". %s: " % r[1]).segs(r[2]).t(" (").segs(r[3]).t(", ").segs(r[4]).t(") — %s\n" % r[-1])
    d.t("\n※ 선정된 강사는 %s까지 성범죄·아동학대 관련 범죄경력 조회 동의서를 행정실(%s)에 제출하여 주시기 바랍니다.\n" % (c.date(2), c.school_line()))
    contact_footer(d, c, R)
    return title, "선정 결과", d, "partial", [6]


def k_lecturer_fee(R, c):
    sch = c.school()
    title = "%s %s 외부 강사 강사료 지급 명세(%d년 %d월분)" % (sch, R.choice(["방과후학교", "늘봄학교", "진로교육", "학부모 연수"]), c.year, R.randint(1, 12))
    d = Doc()
    header(d, c, R, [title])
    rate = R.choice([40000, 50000, 60000, 100000, 150000, 300000])
    d.t("지급 근거: %s 및 「%s 교육경비 보조금 집행기준」 / 시간당 %s원 (소득세 3.3%% 원천징수)\n" % (statute(R, "hire"), c.gu, format(rate, ",")))
    d.t("예산 과목: 교육경비보조금 - 강사수당 %s\n\n" % c.budget())
    H = [R.choice(["번호", "연번"]), R.choice(["성명", "강사명", "수령인"]), R.choice(["주민등록번호", "주민번호", "주민(외국인)등록번호"]),
         R.choice(["은행", "금융기관"]), R.choice(["계좌번호", "입금계좌"]), R.choice(["시수", "강의시간"]), R.choice(["지급액", "실지급액(원)"])]
    rows = []
    natives = R.sample(NATIVE_LECT, len(NATIVE_LECT))
    for i in range(R.randint(2, 6)):
        if R.random() < 0.15:
            lat, ttl, last = natives.pop()
            namecell, idcell = [(lat, "PERSON")], [(rrn(R, foreign=True), "KR_FRN")]
        else:
            p = person(R)
            namecell, idcell = [(nm(R, p), "PERSON")], [(rrn(R), "KR_RRN")]
        bank, acc = account(R)
        h = R.randint(4, 24)
        amt = int(rate * h * 0.967)
        rows.append([str(i + 1), namecell, idcell, bank, [(acc, "BANK_ACCOUNT")], str(h), format(amt, ",")])
    if R.random() < 0.75:
        R.choice(TABLES)(d, R, H, rows)
    else:
        for r in rows:
            d.t("%s. 성명: " % r[0]).segs(r[1]).t(" / 주민등록번호: ").segs(r[2]).t(" / %s " % r[3]).segs(r[4]).t(" / %s시간 %s원\n" % (r[5], r[6]))
    d.t("\n위 금액을 %s %s에 지급하고자 합니다. 지출 담당 행정실장 %s.\n" % (c.date(), R.choice(["계좌 입금", "일괄 이체"]), official(R)))
    contact_footer(d, c, R)
    return title, "지출 명세", d, "partial", [6]


def k_youth(R, c):
    gen = R.randint(5, 14)
    title = "제%d기 %s 청소년참여위원회 위원 %s" % (gen, c.gu, R.choice(["명단", "위촉 명단", "구성 현황"]))
    d = Doc()
    header(d, c, R, [title])
    d.t("%s 및 %s에 따라 위원을 다음과 같이 위촉합니다.\n" % ("「청소년기본법」 제5조의2", ordinance(R, c.gu, "youth")))
    d.t("위촉식: %s %s %s 기획상황실 (%s)\n" % (c.date(), R.choice(["14:00", "16:00", "10:30"]), c.office, c.gu_addr))
    d.t("위촉권자: %s청장 %s / 지도위원: 구의원 %s, %s 청소년수련관장 %s\n\n" % (c.gu, c.mayor, official(R), c.gu, official(R)))
    H = [R.choice(["연번", "번호"]), R.choice(["직위", "구분"]), R.choice(["성명", "이름", "위원명"]), R.choice(["소속", "학교", "소속(학교)"]),
         R.choice(["학년", "학년/나이"]), R.choice(["생년월일", "생년"]), R.choice(["연락처", "휴대폰"])]
    mail = R.random() < 0.5
    if mail:
        H.append(R.choice(["이메일", "전자우편"]))
    H.append(R.choice(["분과", "활동 분과"]))
    rows = []
    for i in range(R.randint(4, 9)):
        p = person(R, "child") if R.random() < 0.93 else foreign(R, "child")
        pos = "위원장" if i == 0 else ("부위원장" if i == 1 else "위원")
        sch = c.school(R.choice(["중학교", "고등학교"])) if R.random() < 0.9 else "학교 밖 청소년"
        by = R.randint(2007, 2013)
        row = [str(i + 1), pos, [(nm(R, p), "PERSON")], sch, "%d학년" % R.randint(1, 3) if sch != "학교 밖 청소년" else "%d세" % (c.year - by),
               [(fmt_date(R, by, R.randint(1, 12), R.randint(1, 28)), "BIRTH_DATE")], [(mobile(R), "PHONE")]]
        if mail:
            row.append([(email(R, p), "EMAIL")])
        row.append(R.choice(["정책제안", "홍보", "인권", "환경", "교육"]))
        rows.append(row)
    lay = R.random()
    if lay < 0.7:
        R.choice(TABLES)(d, R, H, rows)
    elif lay < 0.85:
        for r in rows:
            d.t("○ %s  " % r[1]).segs(r[2]).t(" (%s %s) " % (r[3], r[4])).segs(r[6]).t("\n")
    else:
        for r in rows:
            d.t("- 구분: %s\n  성명: " % r[1]).segs(r[2]).t("\n  생년월일: ").segs(r[5]).t("\n  학교: %s\n  연락처: " % r[3]).segs(r[6]).t("\n")
    d.t("\n※ 위원 활동 실적은 자원봉사 시간으로 인정(1회 %d시간). 운영 예산 %s.\n" % (R.choice([2, 3, 4]), c.budget()))
    contact_footer(d, c, R)
    return title, "위원 명단", d, "partial", [6]


def k_exchange(R, c):
    city = R.choice(["일본 도쿄 스기나미구", "중국 베이징 차오양구", "베트남 다낭시", "미국 캘리포니아주 어바인시", "호주 시드니 라이드시"])
    title = "%d년 %s 청소년 국제교류(%s) 참가 학생 명단" % (c.year, c.gu, city)
    d = Doc()
    header(d, c, R, [title])
    d.t("○ 기간: %s ~ %s\n○ 인솔: %s 주무관 %s, %s 교사 %s\n○ 소요 예산: %s (항공료·숙박비, 자부담 30%%)\n○ 근거: 자매도시 교류 협약(%s 체결)\n\n" % (
        c.date(0), c.date(0), c.team, c.drafter, c.school(), official(R), c.budget(), fmt_date(R, R.randint(1998, 2015), R.randint(1, 12), R.randint(1, 28), 2)))
    H = ["No", R.choice(["성명(국문)", "성명", "이름"]), R.choice(["영문 성명", "여권상 영문명", "English name"]), R.choice(["여권번호", "여권 번호"]),
         R.choice(["생년월일", "출생일"]), R.choice(["학교", "소속"]), R.choice(["보호자 연락처", "비상연락처"])]
    rows = []
    for i in range(R.randint(3, 8)):
        p = rom_person(R)
        rom = "%s %s" % (ROM_SUR[p["sur"]], p["rom"].replace("-", "") if R.random() < 0.5 else p["rom"])
        rom = rom.upper() if R.random() < 0.5 else rom
        rows.append([str(i + 1), [(nm(R, p), "PERSON")], [(rom, "PERSON")], [(passport(R), "KR_PASSPORT")],
                     [(fmt_date(R, R.randint(2008, 2012), R.randint(1, 12), R.randint(1, 28)), "BIRTH_DATE")], c.school_short(c.school(R.choice(["중학교", "고등학교"]))),
                     [(mobile(R), "PHONE")]])
    R.choice(TABLES)(d, R, H, rows)
    d.t("\n※ 여권 사본은 출국 후 즉시 파기하며, 여행자보험 가입용으로만 보험사(㈜한빛손해보험, %s)에 제공합니다.\n" % bizno(R))
    contact_footer(d, c, R)
    return title, "참가자 명단", d, "partial", [6]


def k_english(R, c):
    par = foreign(R)
    child = R.choice([foreign(R, "child"), rom_person(R), rom_person(R)])
    sch = c.school("초등학교") if R.random() < 0.7 else c.school("중학교")
    sch_en = "%s %s School" % ({"초등학교": "", "중학교": ""}.get("", "") or R.choice(["Sinmok", "Wolchon", "Galsan", "Mogun", "Hanbit", "Nuri", "Gaon", "Maetan"]),
                               "Elementary" if "초" in sch else "Middle")
    topic = R.choice(["after-school", "allergy", "fieldtrip", "scholarship", "dolbom"])
    title = {"after-school": "Letter to parents: After-school program enrollment",
             "allergy": "Notice on school meal allergy information",
             "fieldtrip": "Field trip consent and emergency contact",
             "scholarship": "Notice of scholarship award",
             "dolbom": "Afternoon care class (Dolbom) placement result"}[topic]
    d = Doc()
    d.t(title + "\n\n")
    d.t("%s\n%s\nTel. %s\n\n" % (sch_en, c.school_addr(), c.school_line()))
    d.t("Date: %s\n\n" % R.choice(["March %d, %d" % (R.randint(2, 28), c.year), "%d %s %d" % (R.randint(1, 28), R.choice(["April", "May", "June", "September"]), c.year),
                                     fmt_date(R, c.year, R.randint(1, 12), R.randint(1, 28), 1)]))
    sal = R.random()
    if sal < 0.5:
        d.t("Dear %s " % par["title"]).e(par["last"], "PERSON").t(",\n\n")
    elif sal < 0.8:
        d.t("Dear ").e(par["latin"], "PERSON").t(",\n\n")
    else:
        d.t("To the parent of ")
    if sal >= 0.8:
        cn = child["latin"] if child.get("latin") else "%s %s" % (child["rom"], ROM_SUR[child["sur"]])
        d.e(cn, "PERSON").t(",\n\n")
    if child.get("latin"):
        cname = child["latin"]
    else:
        cname = R.choice(["%s %s" % (ROM_SUR[child["sur"]], child["rom"]), child["full"]])
    d.t("We are writing to you about your child, ").e(cname, "PERSON").t(" (Grade %d, Class %d). " % (R.randint(1, 6), R.randint(1, 8)))
    if topic == "after-school":
        d.t("Your application for the after-school %s class has been accepted. The class runs every %s from 2:40 p.m. The fee is covered by the %s voucher (KRW %s per term).\n" % (
            R.choice(["robotics", "violin", "coding", "art"]), R.choice(["Tuesday", "Wednesday and Friday", "Monday"]), c.gu, format(R.choice([300000, 600000]), ",")))
    elif topic == "allergy":
        d.t("According to the form you returned, your child has ").e(R.choice(["a peanut allergy", "an allergy to eggs and milk", "a shellfish allergy with a history of anaphylaxis", "a wheat allergy"]), "HEALTH_INFO")
        d.t(". The nutrition teacher will prepare an alternative meal on days when the menu includes these items.\n")
    elif topic == "fieldtrip":
        d.t("The class will visit %s on %s. Please sign the consent form and confirm your emergency number. We have on file: " % (
            R.choice(["the National Science Museum", "Seoul Grand Park", "the National Museum of Korea"]), c.date(1)))
        d.e(mobile(R), "PHONE").t(".\n")
    elif topic == "scholarship":
        bank, acc = account(R)
        d.t("We are pleased to tell you that your child was selected for the %s scholarship (KRW %s). The amount will be transferred to the account you registered (%s " % (
            c.gu, format(R.choice([500000, 1000000]), ","), bank)).e(acc, "BANK_ACCOUNT").t(") by %s.\n" % c.date(1))
    else:
        d.t("Your child has been placed in afternoon care class %d. Pick-up person on file: " % R.randint(1, 4))
        pk = person(R) if R.random() < 0.5 else foreign(R)
        d.e(pk["latin"] if pk.get("latin") else pk["full"], "PERSON").t(" (").e(mobile(R), "PHONE").t(").\n")
    if R.random() < 0.5:
        d.t("Our records list your address as ").e(address(R, c.gu), "ADDRESS").t(". Please let us know if it has changed.\n")
    if R.random() < 0.3:
        d.t("Registration number on the application: ").e(rrn(R, foreign=True), "KR_FRN").t(" (this will be deleted after verification).\n")
    d.t("\nThis program is funded by %s (%s) under %s. An interpreter is available through the %s Family Center (1577-1366).\n" % (
        c.office.replace("구청", "-gu Office").replace("시청", " City Hall"), c.budget(), "the Elementary and Secondary Education Act" if R.random() < 0.5 else statute(R), c.gu))
    d.t("If you have questions, please contact %s, our %s, at %s or %s.\n\n" % (
        official(R), R.choice(["homeroom teacher", "after-school coordinator", "school nurse", "administrative officer"]), c.school_line(), c.omail()))
    d.t("Sincerely,\n\nPrincipal %s\n%s\n" % (official(R), sch_en))
    return title, "English letter", d, "partial", [6], "en"


def k_public(R, c):
    kind = R.choice(["notice", "stats", "plan", "school_budget", "hiring_masked", "youth_result", "en_notice"])
    d = Doc()
    if kind == "notice":
        prog = R.choice(["방과후학교 자유수강권", "초등 돌봄교실 간식비", "학교 밖 청소년 교육지원", "중학생 진로체험버스", "초등학교 입학준비금"])
        title = "%d년 %s 지원사업 %s" % (c.year, prog, R.choice(["안내", "신청 공고", "시행 알림"]))
        d.t("%s 공고 제%d-%d호\n\n%s\n\n" % (c.gu, c.year, R.randint(100, 1999), title))
        d.t("%s에 따라 %s 지원사업을 다음과 같이 공고합니다.\n\n" % (ordinance(R, c.gu), prog))
        d.t("1. 지원 대상: 관내 초·중·고 재학생 중 기초생활수급자, 차상위계층, 한부모가족 자녀 및 장애인 가구 자녀\n")
        d.t("2. 지원 내용: 1인당 연 %s원 이내 (총 예산 %s)\n" % (format(R.choice([300000, 500000, 600000]), ","), c.budget()))
        kf = R.randint(0, 6)
        m1 = R.randint(1, 10)
        d.t("3. 신청 기간: %s ~ %s\n" % (fmt_date(R, c.year, m1, R.randint(1, 28), kf), fmt_date(R, c.year, m1 + 1, R.randint(1, 28), kf)))
        d.t("4. 신청 방법: 재학 중인 학교 행정실 또는 주소지 동 주민센터 방문 신청, 서명부 작성\n")
        d.t("5. 선정 결과: 개별 통보(조사 결과 부적격 시 지원 불가)\n")
        d.t("6. 문의: %s %s %s (%s), 서울특별시교육청 교육복지과(02-3999-%04d)\n\n%s 청장\n" % (c.office, c.dept, c.team, c.oline(), R.randint(100, 999), c.gu))
        return title, "공고", d
    if kind == "stats":
        title = "%d학년도 %s 관내 학교폭력 심의 현황" % (c.year, c.gu)
        d.t(title + "\n(출처: %s 학교폭력제로센터, %s 기준)\n\n" % (c.edu, c.date(0)))
        H = ["학교급", "접수", "심의", "학교장 자체해결", "조치 1~3호", "조치 4~9호"]
        rows = [[lv] + [str(R.randint(0, 120)) for _ in range(5)] for lv in ["초등학교", "중학교", "고등학교", "계"]]
        R.choice(TABLES)(d, R, H, rows)
        d.t("\n○ 전년 대비 사이버폭력 비중 %d%% 증가. 예방교육 예산 %s 편성.\n○ 근거: %s\n○ 담당: 장학사 %s (%s)\n" % (
            R.randint(2, 15), c.budget(), statute(R, "sv"), official(R), office_line(R, c.edu_pref)))
        return title, "통계", d
    if kind == "plan":
        title = "%d년 %s 장학생 선발 계획" % (c.year, c.gu)
        d.t("%s\n\n□ 추진 근거\n  ○ %s\n  ○ %s\n□ 선발 인원 및 금액\n" % (title, ordinance(R, c.gu, "sch"), statute(R, "sch")))
        for cat in R.sample(["성적우수", "저소득 희망", "예체능 특기", "다문화가정", "대학 신입생"], 3):
            d.t("  ○ %s: %d명 × %s원\n" % (cat, R.randint(10, 80), format(R.choice([500000, 1000000, 2000000]), ",")))
        ms = sorted(R.sample(range(1, 13), 3))
        d.t("□ 총 소요예산: %s (%s장학회 기금)\n□ 추진 일정: 공고 %s → 심사 %s → 지급 %s\n" % (c.budget(), c.gu, *[fmt_date(R, c.year, m, R.randint(1, 28), 3) for m in ms]))
        d.t("□ 심사: 장학회 이사회(이사장 %s청장 %s) 의결\n□ 담당: %s 주무관 %s ☎ %s, %s\n" % (c.gu, c.mayor, c.team, c.drafter, c.oline(), c.omail()))
        return title, "계획", d
    if kind == "school_budget":
        title = "%d년 %s 교육경비 보조금 학교별 교부 결정" % (c.year, c.gu)
        header(d, c, R, [title])
        d.t("%s 제3조 및 %s에 따라 교육경비 보조금을 다음과 같이 교부 결정합니다.\n\n" % ("「지방자치단체 교육경비 보조에 관한 규정」", ordinance(R, c.gu)))
        H = ["학교명", "소재지", "사업명", "교부액(천원)", "대표전화"]
        rows = [[s, c.school_addr(), R.choice(["노후 화장실 개선", "방과후학교 운영", "과학실 정비", "체육관 바닥 교체", "원어민 강사 인건비", "급식실 환기설비"]),
                 format(R.randint(5, 300) * 1000, ","), c.school_line()] for s in dict.fromkeys(c.school() for _ in range(R.randint(3, 6)))]
        R.choice(TABLES)(d, R, H, rows)
        contact_footer(d, c, R)
        return title, "교부 결정", d
    if kind == "hiring_masked":
        sch = c.school()
        title = "%d학년도 %s 기간제교사 최종 합격자 공고" % (c.year, sch)
        d.t("%s 공고 제%d-%d호\n\n%s\n\n%s에 따라 실시한 기간제교사 채용 최종 합격자를 다음과 같이 공고합니다.\n\n" % (sch, c.year, R.randint(1, 80), title, "「교육공무원법」 제32조"))
        H = ["과목", "응시번호", "성명", "비고"]
        rows = [[R.choice(["국어", "수학", "영어", "과학", "체육", "특수", "보건"]), "%d-%03d" % (c.year % 100, R.randint(1, 200)), masked(R, person(R)),
                 R.choice(["", "휴직 대체", "정원 외"])] for _ in range(R.randint(2, 6))]
        R.choice(TABLES)(d, R, H, rows)
        d.t("\n※ 합격자는 %s까지 임용 서류를 교무실(%s)에 제출하시기 바랍니다.\n\n%s장 %s\n(%s)\n" % (c.date(), c.school_line(), sch, official(R), c.school_addr()))
        return title, "공고", d
    if kind == "youth_result":
        title = "제%d기 %s 청소년참여위원회 %d차 정기회의 결과" % (R.randint(5, 14), c.gu, R.randint(1, 10))
        d.t("%s\n\n일시: %s 16:00 / 장소: %s 청소년수련관 (%s)\n참석: 위원 %d명, 담당 %s 주무관 %s\n\n안건 및 결과\n" % (
            title, c.date(), c.gu, " ".join(c.gu_addr.split()[:-2]) + " %s %d" % (R.choice(ROADS), R.randint(1, 200)), R.randint(12, 30), c.team, c.drafter))
        for i, a in enumerate(R.sample(["청소년 버스킹 공간 조성 제안", "학교 앞 흡연구역 정비 요청", "청소년 정책 토론회 개최", "스터디카페 이용료 지원 건의", "공원 야간 조명 개선"], 3)):
            d.t("%d) %s → %s\n" % (i + 1, a, R.choice(["원안 가결, 관련 부서 검토 요청", "수정 가결", "차기 회의 재논의"])))
        d.t("\n※ 제안 과제 예산 반영액: %s / 근거: 「청소년기본법」 제5조의2 / 문의 %s\n" % (c.budget(), c.oline()))
        return title, "회의 결과", d
    title = "Guide for foreign parents: school enrollment and after-school support"
    d.t("%s\n\n%s\n\nChildren of foreign residents living in %s can apply for after-school vouchers (up to KRW %s per year). Apply at your child's school office or at the %s Education Support Division (%s, Tel. %s).\n" % (
        title, c.office, c.gu, format(R.choice([300000, 600000]), ","), c.office, c.gu_addr, c.oline()))
    d.t("Documents: application form, alien registration card copy (the number will be checked and returned), family relation certificate.\nContact: %s, officer in charge, %s\nBudget for %d: %s\n" % (c.drafter, c.omail(), c.year, c.budget()))
    return title, "Guide", d, "en"


KINDS = [(k_scholarship, 10), (k_supplies, 8), (k_care, 8), (k_allergy, 7), (k_sv_minutes, 4), (k_sv_notice, 4), (k_sv_summary, 4),
         (k_accident, 7), (k_complaint, 10), (k_hiring, 7), (k_lecturer_fee, 5), (k_youth, 6), (k_exchange, 4), (k_english, 7),
         (k_public, 24)]


def make(seed, i):
    R = random.Random("%s-%d-%d" % (FAMILY, seed, i))
    c = Ctx(R)
    fn = R.choices([k for k, w in KINDS], [w for k, w in KINDS])[0]
    out = fn(R, c)
    lang = "ko"
    if fn is k_public:
        if len(out) == 4:
            title, dtype, d, lang = out
        else:
            title, dtype, d = out
        grade, grounds = "public", []
    else:
        if len(out) == 6:
            title, dtype, d, grade, grounds, lang = out
        else:
            title, dtype, d, grade, grounds = out
    text = d.text()
    ents = sorted(d.ents, key=lambda e: e["start"])
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], (e, text[e["start"]:e["end"]])
        assert e["text"] == e["text"].strip() and e["text"], e
    if grade == "partial":
        assert ents, (fn.__name__, title)
    if grade == "public":
        assert not ents, (fn.__name__, ents)
    y = c.year
    return {"id": "%s-%d-%d" % (FAMILY, seed, i), "lang": lang, "title": title,
            "department": "%s %s" % (c.office, c.dept) if fn not in (k_sv_minutes, k_sv_notice) else "%s 학교폭력제로센터" % c.edu,
            "doc_type": dtype, "approved_at": "%04d-%02d-%02d" % (y, R.randint(1, 12), R.randint(1, 28)),
            "drafter": c.drafter, "approver": c.head, "approver_rank": R.choice(["과장", "팀장", "국장", "교육장", "교장"]) if fn in (k_sv_minutes, k_sv_notice) else R.choice(["과장", "팀장", "국장"]),
            "text": text, "entities": ents, "grade": grade, "grounds": grounds}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    with open(a.out, "w", encoding="utf-8") as f:
        for i in range(a.n):
            f.write(json.dumps(make(a.seed, i), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
