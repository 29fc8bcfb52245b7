#!/usr/bin/env python3
"""Generator for the complaint_replies family: replies to citizens' complaints, petitions and
questions (민원 회신, 국민신문고 답변, 질의 회신, 처리결과 통지 ...) with gold PII spans.
Standard library only; deterministic for a given --seed.

    python3 generate.py --n 200 --seed 1 --out docs.jsonl
"""
# ==== COMMON BEGIN (shared helper block; copied verbatim into both generators) ====
import argparse
import json
import random
import unicodedata


class B:
    """Text builder that records entity spans while the text is assembled."""

    def __init__(self):
        self.parts = []
        self.ents = []
        self.n = 0

    def t(self, *ss):
        for s in ss:
            self.parts.append(s)
            self.n += len(s)
        return self

    def e(self, s, label):
        if label:
            self.ents.append({"start": self.n, "end": self.n + len(s), "label": label, "text": s})
        self.parts.append(s)
        self.n += len(s)
        return self

    def seq(self, toks):
        """toks: list of str or (value, label) tuples."""
        for tk in toks:
            if isinstance(tk, tuple):
                self.e(tk[0], tk[1])
            else:
                self.t(tk)
        return self

    def nl(self, k=1):
        return self.t("\n" * k)

    def text(self):
        return "".join(self.parts)


def toks_len(toks):
    return sum(len(tk[0] if isinstance(tk, tuple) else tk) for tk in toks)


def disp_w(s):
    w = 0
    for ch in s:
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def toks_str(toks):
    return "".join(tk[0] if isinstance(tk, tuple) else tk for tk in toks)


def toks_w(toks):
    return disp_w(toks_str(toks))


# ---------------------------------------------------------------- josa
def has_batchim(word):
    if not word:
        return False
    c = word.rstrip(" .)")[-1:] or word[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    if c.isdigit():
        return c in "013678"
    if c.isalpha():
        return c.lower() in "lmnr"
    return False


def is_rieul(word):
    c = word.rstrip(" .)")[-1:] or word[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 == 8
    if c.isdigit():
        return c in "178"
    return c.lower() == "l"


def josa(word, kind):
    b = has_batchim(word)
    if kind == "이":
        return "이" if b else "가"
    if kind == "은":
        return "은" if b else "는"
    if kind == "을":
        return "을" if b else "를"
    if kind == "과":
        return "과" if b else "와"
    if kind == "로":
        return "으로" if (b and not is_rieul(word)) else "로"
    return ""


# ---------------------------------------------------------------- names
SUR = ("김" * 22 + "이" * 15 + "박" * 9 + "최" * 5 + "정" * 5 + "강" * 3 + "조" * 3 + "윤" * 3 + "장" * 3 + "임" * 3
       + "한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감호")
SUR2 = ["남궁", "독고", "사공", "황보", "제갈", "선우", "서문", "동방", "망절"]
GIVEN_FULL = ["민준", "서연", "영수", "경숙", "순자", "지훈", "하은", "도윤", "서준", "예린", "정희", "미경", "상철", "영호",
              "은정", "수빈", "현우", "지민", "태호", "옥순", "말순", "재석", "동수", "혜진", "성민", "가영", "유나", "시우",
              "하율", "준서", "주원", "지아", "승현", "명자", "춘자", "종훈", "병철", "미라", "소연", "다은", "건우", "채원",
              "나래", "슬기", "보람", "한결", "이든", "새롬", "아름", "누리", "용호", "광수", "봉순", "귀녀", "복례"]
G1 = "민서지수현영준성재동정은혜미경상태승유하도예주한진윤희채다소나보가혁우호철석훈빈연린원아"
G2 = "준연우호수민영희숙자철석훈빈진혁아은원경미정현서윤린율람솔결늘비"
GIVEN1 = ["별", "솔", "철", "훈", "진", "란", "윤", "혁", "빈", "결", "담", "찬"]
HANJA_SUR = ["金", "李", "朴", "崔", "鄭", "姜", "趙", "尹", "張", "林", "洪", "宋", "韓", "吳", "徐", "申", "權", "黃"]
HANJA_GIV = "英秀民俊在錫順子美貞東賢浩成眞惠志恩炫泰鍾根玉淑炳哲容洙"
FOREIGN_HANGUL = ["응우옌 티 투", "응우옌 반 안", "쩐 티 란", "왕웨이", "리우 양", "장 리나", "타나카 유키", "사토 히로시",
                  "존 스미스", "마리아 산토스", "아흐메드 칸", "올가 페트로바", "바트바야르 을지", "라흐마노프 알리셰르",
                  "팜 반 득", "부이 티 흐엉", "누르 아이니", "제임스 오코너", "아나 로드리게스", "수레쉬 쿠마르"]
FOREIGN_LATIN = ["Nguyen Thi Thu", "Nguyen Van An", "Tran Thi Lan", "Wang Wei", "Liu Yang", "Tanaka Yuki",
                 "John Smith", "Maria Santos", "Ahmed Khan", "Olga Petrova", "Batbayar Ulzii", "Pham Van Duc",
                 "Bui Thi Huong", "James O'Connor", "Ana Rodriguez", "Suresh Kumar", "Emily Clarke", "Dmitri Ivanov"]
MASKED_NAMES = ["김○수", "이○○", "박○영", "A씨", "B씨", "홍**", "최모씨", "정○희", "甲", "민원인 A", "김**", "이*준"]


def korean_name(r):
    sur = r.choice(SUR2) if r.random() < 0.08 else r.choice(SUR)
    x = r.random()
    if x < 0.45:
        giv = r.choice(GIVEN_FULL)
    elif x < 0.94:
        giv = r.choice(G1) + r.choice(G2)
    else:
        giv = r.choice(GIVEN1)
    return sur, giv


def person(r, allow_foreign=True, plain=False):
    """Return dict(full, sur, giv, kind)."""
    sur, giv = korean_name(r)
    if plain:
        return {"full": sur + giv, "sur": sur, "giv": giv, "kind": "ko"}
    x = r.random()
    if allow_foreign and x < 0.06:
        f = r.choice(FOREIGN_HANGUL)
        return {"full": f, "sur": f.split()[0], "giv": f.split()[-1], "kind": "fh"}
    if allow_foreign and x < 0.10:
        f = r.choice(FOREIGN_LATIN)
        return {"full": f, "sur": f.split()[-1], "giv": f.split()[0], "kind": "fl"}
    if x < 0.14:
        h = r.choice(HANJA_SUR) + r.choice(HANJA_GIV) + r.choice(HANJA_GIV)
        return {"full": h, "sur": h[0], "giv": h[1:], "kind": "hanja"}
    if x < 0.19:
        return {"full": sur + " " + giv, "sur": sur, "giv": giv, "kind": "sp"}
    if x < 0.22 and len(giv) == 2 and len(sur) == 1:
        return {"full": " ".join([sur, giv[0], giv[1]]), "sur": sur, "giv": giv, "kind": "sp3"}
    return {"full": sur + giv, "sur": sur, "giv": giv, "kind": "ko"}


def official(r):
    sur, giv = korean_name(r)
    if len(giv) == 1:
        giv = giv + r.choice(G2)
    return sur + giv


# ---------------------------------------------------------------- places & offices
GU_ROADS = {
    "강남구": ["테헤란로", "논현로", "도곡로", "개포로", "압구정로"], "마포구": ["성미산로", "망원로", "독막로", "희우정로"],
    "관악구": ["봉천로", "남부순환로", "신림로"], "노원구": ["동일로", "상계로", "한글비석로"], "송파구": ["오금로", "백제고분로", "가락로"],
    "은평구": ["통일로", "연서로", "은평로"], "강서구": ["화곡로", "공항대로", "등촌로"], "영등포구": ["도림로", "당산로", "신길로"],
    "성북구": ["보문로", "정릉로", "동소문로"], "중랑구": ["망우로", "면목로", "용마산로"], "동작구": ["상도로", "사당로", "노량진로"],
    "양천구": ["목동로", "신월로", "오목로"], "서대문구": ["연희로", "홍제내길", "모래내로"], "광진구": ["능동로", "자양로", "구의로"],
    "도봉구": ["도봉로", "방학로", "시루봉로"], "구로구": ["구로중앙로", "경인로", "고척로"],
}
GU_DONG = {"강남구": "역삼동", "마포구": "망원동", "관악구": "봉천동", "노원구": "상계동", "송파구": "가락동", "은평구": "불광동",
           "강서구": "화곡동", "영등포구": "신길동", "성북구": "정릉동", "중랑구": "면목동", "동작구": "상도동", "양천구": "신월동",
           "서대문구": "홍제동", "광진구": "자양동", "도봉구": "방학동", "구로구": "고척동"}
OTHER_REGIONS = [("경기도 성남시 분당구", ["판교로", "정자일로", "불정로"], "정자동"),
                 ("경기도 고양시 일산동구", ["중앙로", "호수로"], "장항동"),
                 ("경기도 수원시 팔달구", ["매산로", "효원로"], "인계동"),
                 ("인천광역시 부평구", ["부평대로", "경원대로"], "부평동"),
                 ("경기도 부천시", ["소사로", "길주로"], "심곡동")]
PUBLIC_BUILDINGS = [("서울특별시청", "서울특별시 중구 세종대로 110"), ("서울시청 서소문청사", "서울특별시 중구 덕수궁길 15"),
                    ("강남구청", "서울특별시 강남구 학동로 426"), ("종로구청", "서울특별시 종로구 삼봉로 43"),
                    ("송파구청", "서울특별시 송파구 올림픽로 326"), ("노원구청", "서울특별시 노원구 노해로 437"),
                    ("관악구청", "서울특별시 관악구 관악로 145"), ("서울시립대학교", "서울특별시 동대문구 서울시립대로 163"),
                    ("서울특별시의회", "서울특별시 중구 세종대로 125"), ("서울시청 별관", "서울특별시 중구 무교로 21")]
ORGS = [("서울특별시", "seoul.go.kr", "02-2133-"), ("서울특별시 강남구", "gangnam.go.kr", "02-3423-"),
        ("서울특별시 관악구", "gwanak.go.kr", "02-879-"), ("서울특별시 노원구", "nowon.kr", "02-2116-"),
        ("서울특별시 송파구", "songpa.go.kr", "02-2147-"), ("서울특별시 마포구", "mapo.go.kr", "02-3153-"),
        ("서울특별시 은평구", "ep.go.kr", "02-351-"), ("경기도 성남시", "seongnam.go.kr", "031-729-"),
        ("서울특별시 서부공원녹지사업소", "seoul.go.kr", "02-300-"), ("서울특별시 교통방송", "seoul.go.kr", "02-311-")]
COMPANIES = ["(주)한빛통번역", "주식회사 다온에듀", "㈜서울교육컨설팅", "한길종합건설(주)", "(주)미래도시엔지니어링",
             "주식회사 누리소프트", "(사)한국통역협회", "푸른환경(주)", "(주)새봄복지서비스", "㈜동행모빌리티"]


def addr(r, unit=True, short=False):
    if r.random() < 0.78:
        gu = r.choice(list(GU_ROADS))
        prov = r.choice(["서울특별시", "서울특별시", "서울시", "서울"])
        region = prov + " " + gu
        roads = GU_ROADS[gu]
        dong = GU_DONG[gu]
    else:
        region, roads, dong = r.choice(OTHER_REGIONS)
        gu = region.split()[-1]
    x = r.random()
    if x < 0.7:
        main = "%s %d" % (r.choice(roads), r.randint(1, 480))
        if r.random() < 0.3:
            main += "-%d" % r.randint(1, 40)
    elif x < 0.85:
        main = "%s%d길 %d" % (r.choice(roads), r.randint(1, 30), r.randint(1, 99))
    else:
        main = "%s %d-%d" % (dong, r.randint(1, 999), r.randint(1, 60)) + r.choice(["", "번지"])
    tail = ""
    if unit:
        y = r.random()
        if y < 0.45:
            tail = r.choice([", ", " "]) + "%d동 %d호" % (r.randint(101, 125), r.randint(1, 25) * 100 + r.randint(1, 8))
        elif y < 0.7:
            tail = r.choice([", ", " "]) + "%d호" % (r.randint(1, 5) * 100 + r.randint(1, 9))
        elif y < 0.8:
            tail = " " + r.choice(["2층", "지층 1호", "3층 301호", "1층"])
    if short:
        return gu + " " + main + tail
    return region + " " + main + tail


def unit_only(r):
    return "%d동 %d호" % (r.randint(101, 125), r.randint(1, 25) * 100 + r.randint(1, 8))


def mobile(r):
    a = r.choice(["010"] * 12 + ["011", "016", "019"])
    b = r.randint(2000, 9999) if a == "010" else r.randint(200, 999)
    c = r.randint(0, 9999)
    b, c = str(b), "%04d" % c
    x = r.random()
    if x < 0.55:
        return "%s-%s-%s" % (a, b, c)
    if x < 0.67:
        return "%s %s %s" % (a, b, c)
    if x < 0.77:
        return a + b + c
    if x < 0.85:
        return "%s.%s.%s" % (a, b, c)
    if x < 0.93:
        return "+82-%s-%s-%s" % (a[1:], b, c)
    return "+82 %s %s %s" % (a[1:], b, c)


def home_phone(r):
    if r.random() < 0.6:
        return r.choice(["02-%d-%04d" % (r.randint(300, 999), r.randint(0, 9999)),
                         "02-%d-%04d" % (r.randint(2000, 2999), r.randint(0, 9999)),
                         "(02)%d-%04d" % (r.randint(300, 999), r.randint(0, 9999))])
    ac = r.choice(["031", "032", "033", "041"])
    return r.choice(["%s-%d-%04d" % (ac, r.randint(300, 999), r.randint(0, 9999)),
                     "(%s)%d-%04d" % (ac, r.randint(300, 999), r.randint(0, 9999))])


def office_line(r, org=None):
    if org is None:
        org = r.choice(ORGS)
    pre = org[2]
    if pre.count("-") == 2 or pre.endswith("-"):
        return pre + "%04d" % r.randint(1000, 9999)
    return pre


EMAIL_WORDS = ["minsu", "happy", "sky", "blue", "sunny", "jiyoung", "kjh", "lee", "park", "mom", "dad", "green", "star",
               "hope", "yuna", "tiger", "moon", "jun", "hana", "dream", "seoul", "cho", "ys", "hj"]
EMAIL_DOM = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "hotmail.com", "icloud.com"]
GOV_MAIL_USERS = ["traffic", "minwon", "welfare", "parking", "green", "edu", "culture", "safety", "road", "clean"]


def email(r):
    a = r.choice(EMAIL_WORDS)
    sep = r.choice(["", ".", "_", ""])
    b = r.choice([r.choice(EMAIL_WORDS), str(r.randint(1, 99)), "%02d%02d" % (r.randint(1, 12), r.randint(1, 28)), str(r.randint(60, 99))])
    return a + sep + b + "@" + r.choice(EMAIL_DOM)


def gov_email(r, org=None):
    dom = (org or r.choice(ORGS))[1]
    if r.random() < 0.4:
        dom = "korea.kr"
    return r.choice(GOV_MAIL_USERS) + str(r.randint(1, 99)) + "@" + dom


def birth(r, lo=1940, hi=2008):
    return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)


def rrn(r, y=None, m=None, d=None, foreign=False, style=None):
    if y is None:
        y, m, d = birth(r)
    if foreign:
        g = r.choice("56") if y < 2000 else r.choice("78")
    else:
        g = r.choice("12") if y < 2000 else r.choice("34")
    front = "%02d%02d%02d" % (y % 100, m, d)
    back = g + "%06d" % r.randint(0, 999999)
    style = style or r.choice(["full", "full", "half", "half", "nohyph", "space", "halfx"])
    if style == "full":
        return front + "-" + back
    if style == "half":
        return front + "-" + g + "******"
    if style == "halfx":
        return front + "-" + g + r.choice(["xxxxxx", "○○○○○○", "******"])
    if style == "nohyph":
        return front + back
    return front + " - " + back


def fmt_date(r, y, m, d, style=None):
    style = style if style is not None else r.randint(0, 5)
    if style == 0:
        return "%d. %d. %d." % (y, m, d)
    if style == 1:
        return "%d-%02d-%02d" % (y, m, d)
    if style == 2:
        return "%d년 %d월 %d일" % (y, m, d)
    if style == 3:
        return "'%02d.%d.%d." % (y % 100, m, d)
    if style == 4:
        return "%d.%02d.%02d." % (y, m, d)
    return "%d/%02d/%02d" % (y, m, d)


BANKS = [("국민은행", "6-2-6"), ("KB국민은행", "6-2-6"), ("신한은행", "3-3-6"), ("우리은행", "4-3-6"),
         ("하나은행", "3-6-5"), ("농협", "3-4-4-2"), ("NH농협은행", "3-4-4-2"), ("기업은행", "3-6-2-3"),
         ("IBK기업은행", "3-6-2-3"), ("카카오뱅크", "4-2-7"), ("새마을금고", "4-4-4-1"), ("우체국", "6-2-6"),
         ("수협", "4-4-4"), ("부산은행", "3-4-4-2"), ("토스뱅크", "4-4-4"), ("SC제일은행", "3-2-6"), ("신협", "3-3-6")]


def account(r, bank=None):
    if bank is None:
        bank = r.choice(BANKS)
    name, pat = bank
    groups = [int(g) for g in pat.split("-")]
    digits = ["".join(str(r.randint(0, 9)) for _ in range(g)) for g in groups]
    if name == "카카오뱅크":
        digits[0] = "3333"
    if name == "우리은행" and r.random() < 0.6:
        digits[0] = "1002"
    if name in ("신한은행", "신협") and r.random() < 0.6:
        digits[0] = "110"
    if name.endswith("농협") or name == "농협":
        digits[0] = r.choice(["302", "351", "352", "301"])
    num = "-".join(digits) if r.random() < 0.8 else "".join(digits)
    return name, num


HANGUL_PLATE = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"


def plate(r):
    n = "%d" % r.randint(10, 99) if r.random() < 0.5 else "%d" % r.randint(100, 699)
    s = n + r.choice(HANGUL_PLATE) + r.choice(["", " "]) + "%04d" % r.randint(1000, 9999)
    if r.random() < 0.12:
        s = r.choice(["서울", "경기", "인천"]) + "%d" % r.randint(10, 99) + r.choice(HANGUL_PLATE) + "%04d" % r.randint(1000, 9999)
    return s


def card(r):
    g = ["%04d" % r.randint(1000, 9999) for _ in range(4)]
    g[0] = r.choice(["9410", "5310", "4579", "3560", "9490", "4364", "5585"])
    return r.choice(["-", " ", "-"]).join(g)


def passport(r):
    if r.random() < 0.5:
        return "M%08d" % r.randint(0, 99999999)
    return "M%03d%s%04d" % (r.randint(0, 999), r.choice("ABCDEFGHJK"), r.randint(0, 9999))


def license_no(r):
    if r.random() < 0.6:
        return "%02d-%02d-%06d-%02d" % (r.randint(11, 28), r.randint(0, 25), r.randint(0, 999999), r.randint(10, 99))
    return "%s %02d-%06d-%02d" % (r.choice(["서울", "경기", "부산", "대구", "인천"]), r.randint(0, 25), r.randint(0, 999999), r.randint(10, 99))


def ip(r):
    return r.choice(["211.%d.%d.%d", "121.%d.%d.%d", "175.%d.%d.%d", "59.%d.%d.%d", "220.%d.%d.%d"]) % (
        r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


HEALTH = ["우울증 치료 중", "지체장애 2급", "뇌병변장애", "시각장애(심한 장애)", "청각장애 4급", "공황장애", "당뇨",
          "고혈압", "허리디스크 수술", "치매 초기", "암 투병 중", "신장투석", "천식", "불면증", "자폐성장애", "지적장애 3급",
          "파킨슨병", "척수손상으로 휠체어 사용", "조현병", "만성 폐쇄성 폐질환", "관절염", "난청", "ADHD", "뇌졸중 후유증"]


def doc_no(r, dept):
    return "%s-%d" % (dept, r.randint(1000, 99999))


TOPIC_LAW = {
    "parking": ["「도로교통법」 제32조", "「도로교통법」 제33조", "「도로교통법」 제34조의2"],
    "fine": ["「도로교통법」 제160조", "「주차장법」 제29조"],
    "noise": ["「공동주택관리법」 제20조", "「공동주택관리법」 제20조제5항"],
    "road": ["「도로법」 제31조", "「도로법」 제75조"],
    "trash": ["「폐기물관리법」 제8조", "「폐기물관리법」 제68조"],
    "building": ["「건축법」 제79조", "「건축법」 제80조", "「건축법」 제14조"],
    "web": ["「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2", "「개인정보 보호법」 제18조"],
    "welfare": ["「국민기초생활 보장법」 제7조", "「긴급복지지원법」 제7조"],
    "tree": ["「서울특별시 가로수 조성 및 관리 조례」 제9조", "「도시숲 등의 조성 및 관리에 관한 법률」 제12조"],
}


def statute(r, topic=None):
    if topic in TOPIC_LAW:
        return r.choice(TOPIC_LAW[topic])
    return r.choice([
        "「도로교통법」 제32조", "「주차장법」 제19조의4", "「민원 처리에 관한 법률」 제27조", "「공동주택관리법」 제20조",
        "「건축법」 제79조", "「폐기물관리법」 제8조", "「장애인ㆍ노인ㆍ임산부 등의 편의증진 보장에 관한 법률」 제17조",
        "「소음ㆍ진동관리법」 제21조", "「국민기초생활 보장법」 제7조", "「공공기관의 정보공개에 관한 법률」 제9조제1항",
        "「서울특별시 주차장 설치 및 관리 조례」 제11조", "「개인정보 보호법」 제18조", "「지방보조금 관리기준」",
        "「서울특별시 각종 위원회 실비변상 조례」 제3조", "「소득세법」 제21조", "「재난적 의료비 지원에 관한 법률」 제5조"])


def law_amend(r):
    y = r.randint(2008, 2025)
    return r.choice(["법률 제%d호, %d. %d. %d. 개정" % (r.randint(9000, 20999), y, r.randint(1, 12), r.randint(1, 28)),
                     "%d. %d. %d. 시행" % (y, r.randint(1, 12), r.randint(1, 28)),
                     "조례 제%d호, %d. %d. %d. 일부개정" % (r.randint(5000, 9400), y, r.randint(1, 12), r.randint(1, 28))])


def finish(doc_id, title, dept, doc_type, approved, drafter, approver, rank, b, grade, grounds):
    text = b.text()
    for en in b.ents:
        assert text[en["start"]:en["end"]] == en["text"], (doc_id, en)
        assert en["text"] == en["text"].strip(), (doc_id, en)
    # no overlaps
    ss = sorted(b.ents, key=lambda x: x["start"])
    for a1, a2 in zip(ss, ss[1:]):
        assert a1["end"] <= a2["start"], (doc_id, a1, a2)
    if grade == "public":
        assert not b.ents, doc_id
    return {"id": doc_id, "lang": "ko", "title": title, "department": dept, "doc_type": doc_type,
            "approved_at": approved, "drafter": drafter, "approver": approver, "approver_rank": rank,
            "text": text, "entities": ss, "grade": grade, "grounds": grounds}
# ==== COMMON END ====


# ==== FAMILY: complaint_replies ====
FAMILY = "complaint_replies"

DEPTS = {
    "parking": ["주차관리과", "교통지도과", "교통행정과"], "fine": ["주차관리과", "교통지도과"], "noise": ["주택관리과", "환경과", "공동주택과"],
    "road": ["도로관리과", "도로과", "가로등관리팀"], "trash": ["청소행정과", "자원순환과"], "disabled": ["장애인복지과", "주차관리과"],
    "refund": ["주차관리과", "시설관리공단 주차사업팀"], "welfare": ["복지정책과", "희망복지지원과", "생활보장과"],
    "building": ["건축과", "건축안전과"], "id": ["민원여권과", "민원봉사과"], "web": ["홍보과", "정보통신과"],
    "foreign": ["글로벌센터", "외국인주민지원팀"], "bus": ["버스정책과", "교통정책과"], "law": ["법무담당관", "자치행정과", "정보공개팀"],
    "tree": ["공원녹지과", "푸른도시과"],
}


class Case:
    def __init__(self, r, anon=False):
        self.r = r
        self.anon = anon
        self.p = person(r)
        self.addr_v = addr(r)
        self.phone_v = mobile(r) if r.random() < 0.85 else home_phone(r)
        self.email_v = email(r)
        self.plate_v = plate(r)
        self.health_v = r.choice(HEALTH)
        self.by = birth(r, 1940, 2002)
        self.honor = r.choice(["님", " 님", " 씨", "님", " 귀하"])

    def V(self, key, alt):
        if self.anon:
            return alt
        return {"addr": (self.addr_v, "ADDRESS"), "phone": (self.phone_v, "PHONE"), "email": (self.email_v, "EMAIL"),
                "plate": (self.plate_v, "VEHICLE_PLATE"), "health": (self.health_v, "HEALTH_INFO")}[key]

    def name(self):
        if self.anon:
            return self.r.choice(MASKED_NAMES[:3] + ["민원인"])
        return (self.p["full"], "PERSON")

    def ref(self, kind=None):
        """a reference to the complainant with an ending glued on."""
        r = self.r
        if self.anon:
            base = r.choice(["귀하", "민원인", "신청인"])
            return [base + (josa(base, kind) if kind else "")]
        x = r.random()
        if x < 0.15 and self.p["kind"] == "ko" and len(self.p["giv"]) == 2:
            v = self.p["giv"]
            return [(v, "PERSON"), " 님" + ({"이": "께서", "은": "께서는", "을": "을", "의": "의"}.get(kind, ""))]
        if x < 0.55:
            sfx = r.choice(["님", " 님"]) + ({"이": "께서", "은": "께서는", "을": "을", "의": "의", "과": "과"}.get(kind, ""))
            return [(self.p["full"], "PERSON"), sfx]
        if x < 0.75:
            sfx = " 씨" + ({"이": "가", "은": "는", "을": "를", "의": "의", "과": "와"}.get(kind, ""))
            return [(self.p["full"], "PERSON"), sfx]
        if x < 0.85:
            return ["귀하" + ({"이": "께서", "은": "께서는", "을": "를", "의": "의", "과": "와"}.get(kind, ""))]
        v = self.p["full"]
        if kind in ("이", "은", "을", "과"):
            return ["민원인 ", (v, "PERSON"), josa(v, kind) if self.p["kind"] != "fl" else ("씨" + {"이": "가", "은": "는", "을": "를", "과": "와"}[kind])]
        return ["민원인 ", (v, "PERSON"), "의" if kind == "의" else ""]


def J(val, kind):
    return josa(val, kind)


def other_person(r):
    return person(r, allow_foreign=r.random() < 0.5)


# ------------------------------------------------------------------ topics
# each returns dict(title, summary[toks], short[toks], answer[list of toks], kw)

def tp_parking(r, c, ctx):
    pl = (plate(r), "VEHICLE_PLATE") if not c.anon else "해당 차량"
    road = r.choice(["○○초등학교 정문 앞", "망원시장 입구", "버스정류소 부근 교차로", "어린이보호구역 내 이면도로", "소방용수시설 앞"])
    summ = ["귀하께서는 ", road, "에 상습적으로 주차하는 차량(", pl, ")에 대한 단속을 요청하셨습니다."] if not c.anon else \
        ["귀하께서는 ", road, "에 상습적으로 주차하는 차량에 대한 단속을 요청하셨습니다."]
    if not c.anon and r.random() < 0.5:
        summ += [" 또한 해당 차량이 귀하의 자택(", c.V("addr", "자택"), ") 출입구를 막고 있다고 하셨습니다."]
    ans = [["현장을 확인한 결과 해당 구간은 ", statute(r, "parking"), "에 따른 주정차 금지구역으로, 신고하신 차량에 대하여 과태료(승용차 기준 40,000원)를 부과하였음을 알려드립니다."],
           ["아울러 상습 정차 구간으로 확인되어 CCTV 단속 장비 설치를 검토하고 있으며, 단속 인력을 배치하여 ", r.choice(["출퇴근 시간대", "야간", "주말"]), " 집중 단속을 실시하겠습니다."]]
    if not c.anon and r.random() < 0.4:
        ans.append(["단속 결과는 신고 시 남기신 연락처(", c.V("phone", ""), ")로 문자 안내해 드렸습니다."])
    short = ["불법 주정차 단속 요청(", pl, ")"] if not c.anon else ["불법 주정차 단속 요청"]
    return dict(title="불법 주정차 단속 요청", summary=summ, short=short, answer=ans)


def tp_fine(r, c, ctx):
    y = ctx["y"]
    ev = fmt_date(r, y, r.randint(1, 2), r.randint(1, 28))
    summ = ["귀하께서는 ", ev, " 차량(", c.V("plate", "해당 차량"), ")에 부과된 주정차 위반 과태료에 대하여 의견을 제출하셨습니다."]
    if not c.anon:
        summ += [" 당시 ", r.choice(["가족의", "본인의", "배우자의"]), " 병원 진료(", r.choice(["사유: ", "진단명 ", ""]), c.V("health", ""), ")를 위해 잠시 정차하였다는 사유를 밝히셨습니다."]
    ans = [[statute(r, "fine"), " 및 「질서위반행위규제법」 제16조에 따라 제출하신 의견과 증빙자료(진료확인서)를 검토하였습니다."],
           [r.choice(["검토 결과 긴급한 의료 목적의 정차로 인정되어 과태료 부과를 취소하였음을 알려드립니다.",
                      "다만, 해당 구역은 절대 주정차 금지구역으로 의견진술 인정 사유에 해당하지 않아 과태료가 유지됨을 양해하여 주시기 바랍니다."])]]
    if not c.anon and r.random() < 0.5:
        by, bm, bd = c.by
        ans.append(["※ 확인 대상: 소유자 ", c.name(), " (생년월일 ", (fmt_date(r, by, bm, bd, r.choice([0, 1, 2, 4])), "BIRTH_DATE"), ")"])
    return dict(title="주정차 위반 과태료 의견진술 결과", summary=summ, short=["과태료 의견진술(", c.V("plate", "차량"), ")"], answer=ans)


def tp_noise(r, c, ctx):
    u1 = (unit_only(r), "ADDRESS") if not c.anon else "민원인 세대"
    u2 = (unit_only(r), "ADDRESS") if not c.anon else "위층 세대"
    summ = ["귀하께서는 ", u1, "에 거주하시면서 위층(", u2, ")의 층간소음으로 ", ]
    if not c.anon:
        summ += [(r.choice(["불면증", "공황장애", "우울증", "만성 두통", "이명", "수면장애"]), "HEALTH_INFO"), r.choice([" 증상이 심해졌다며", "까지 생겼다며", " 진단을 받았다며"]), " 중재를 요청하셨습니다."]
    else:
        summ += ["생활에 큰 불편을 겪고 있다며 중재를 요청하셨습니다."]
    if c.anon:
        summ = ["귀하께서는 공동주택 층간소음으로 생활에 큰 불편을 겪고 있다며 중재를 요청하셨습니다."]
    ans = [["층간소음은 ", statute(r, "noise"), "에 따라 공동주택 관리주체 및 층간소음관리위원회에서 1차적으로 조정하도록 되어 있습니다."],
           ["우리 구에서는 ", r.choice(["서울시 층간소음 상담실(02-2133-7298)", "한국환경공단 층간소음 이웃사이센터(1661-2642)"]),
            "과 연계하여 방문 상담 및 소음 측정을 지원하고 있으니 이용하시기 바랍니다."]]
    return dict(title="공동주택 층간소음 중재 요청", summary=summ, short=["층간소음 중재 요청(", u1, ")"], answer=ans)


def tp_road(r, c, ctx):
    loc = r.choice(["○○로 15길 보도", "△△사거리 횡단보도 앞", "구립도서관 후문 보도", "지하철 2호선 신림역 3번 출구 앞", "○○어린이공원 진입로"])
    what = r.choice(["보도블록 파손", "가로등 고장", "맨홀 뚜껑 들뜸", "도로 포트홀", "배수구 막힘"])
    summ = ["귀하께서는 ", loc, "의 ", what, "으로 통행에 불편이 있다며 정비를 요청하셨습니다."]
    ans = [["민원 접수 즉시 현장을 확인하였으며, ", fmt_date(r, ctx["y"], ctx["m"], min(28, ctx["d"] + 1)), " 보수 작업을 완료하였습니다."],
           ["소요 예산은 도로 유지보수 예산(", "{:,}".format(r.randint(3, 90) * 100000), "원)에서 집행하였으며, 앞으로도 정기 순찰을 통하여 시설물 유지관리에 만전을 기하겠습니다."]]
    if not c.anon and r.random() < 0.5:
        ans.insert(1, ["작업 일정은 신청 시 기재하신 연락처(", c.V("phone", ""), ")로 사전에 안내드렸습니다."])
    return dict(title=what + " 정비 요청", summary=summ, short=[what + " 정비 요청(" + loc + ")"], answer=ans)


def tp_trash(r, c, ctx):
    nb = other_person(r)
    summ = (["귀하께서는 자택(", c.V("addr", ""), ") 인근"] if not c.anon else ["귀하께서는 주택가 인근"]) + [" 전신주 아래에 생활쓰레기가 상습적으로 무단투기되고 있다며 단속을 요청하셨습니다."]
    if not c.anon and r.random() < 0.6:
        summ += [" 아울러 이웃 주민 ", (nb["full"], "PERSON"), r.choice(["씨가", " 씨가", "이(가)"]), " 투기하는 것을 보았다고 하셨습니다."]
    ans = [["현장 확인 결과 종량제 봉투 미사용 쓰레기가 확인되어 ", statute(r, "trash"), "에 따라 투기자 조사를 진행하였습니다."],
           ["해당 지점에는 이동식 CCTV와 경고 안내판을 설치하였으며, 무단투기 적발 시 최대 100만원의 과태료가 부과됨을 안내하였습니다."]]
    return dict(title="생활쓰레기 무단투기 단속 요청", summary=summ, short=["쓰레기 무단투기 단속 요청"], answer=ans)


def tp_disabled(r, c, ctx):
    summ = (["귀하께서는 본인의 장애 및 건강 상태(", c.V("health", ""), ")로 인하여 "] if not c.anon else ["귀하께서는 "]) + [
            "거주지 공동주택 내 장애인 전용주차구역을 이용하고 있으나 비장애인 차량이 상시 주차하고 있다며 단속을 요청하셨습니다."]
    ans = [["장애인 전용주차구역 위반은 ", "「장애인ㆍ노인ㆍ임산부 등의 편의증진 보장에 관한 법률」 제17조", "에 따라 과태료 10만원이 부과되며, 신고하신 차량(",
            (plate(r), "VEHICLE_PLATE") if not c.anon else "위반 차량", ")에 대하여 과태료 부과 절차를 진행 중입니다."],
           ["또한 귀하 차량(", c.V("plate", "본인 차량"), ")의 장애인사용자동차표지는 유효기간이 남아 있음을 확인하였습니다."] if not c.anon else
           ["장애인사용자동차표지 발급 및 재발급은 주소지 동 주민센터에서 신청하실 수 있습니다."]]
    return dict(title="장애인 전용주차구역 불법주차 신고", summary=summ, short=["장애인주차구역 위반 신고"], answer=ans)


def tp_refund(r, c, ctx):
    cd = (card(r), "CARD_NUMBER")
    bk, num = account(r)
    summ = ["귀하께서는 ", r.choice(["○○공영주차장", "구청 부설주차장", "△△역 환승주차장"]), " 출차 시 주차요금이 신용카드(", cd,
            ")로 이중 결제되었다며 환불을 요청하셨습니다."]
    ans = [["결제 내역을 확인한 결과 정산기 통신 오류로 동일 금액(", "{:,}".format(r.randint(2, 30) * 500), "원)이 2회 승인된 것으로 확인되었습니다."],
           [r.choice(["중복 승인 건은 카드사를 통해 승인 취소하였으며, 취소 반영까지 영업일 기준 3~5일이 소요됩니다.",
                      "카드 승인 취소가 불가하여 신청하신 환불계좌(" + bk + " "]),
            ]]
    if ans[1][0].endswith(" "):
        ans[1] += [(num, "BANK_ACCOUNT"), ", 예금주 ", c.name(), ")로 ", fmt_date(r, ctx["y"], ctx["m"], ctx["d"]), " 환불 처리하였습니다."]
    ans.append(["환불 관련 문의는 ", r.choice(["(주)파킹스퀘어", "주식회사 스마트파킹", "㈜하이파킹"]), " 고객센터 대표전화(1588-", "%04d" % r.randint(1000, 9999), ")로 하실 수 있습니다."])
    if not c.anon and r.random() < 0.5:
        ans.append(["처리 결과는 회신 메일(", c.V("email", ""), ")로도 송부하였습니다."])
    return dict(title="공영주차장 요금 이중결제 환불 요청", summary=summ, short=["주차요금 이중결제 환불"], answer=ans)


def tp_welfare(r, c, ctx):
    fam = person(r, allow_foreign=False)
    rel = r.choice(["모친", "부친", "배우자", "아들", "딸", "동생"])
    h2 = r.choice(HEALTH)
    summ = ["귀하께서는 ", rel, " ", (fam["full"], "PERSON"), "(", r.randint(8, 92).__str__(), "세)", r.choice(["께서 ", " 씨가 "]),
            r.choice(["건강 문제(", "질병("]), (h2, "HEALTH_INFO"), r.choice([")로 ", ")로 인해 "]), r.choice(["거동이 어려워", "소득활동을 할 수 없어", "병원비 부담이 커서"]),
            " 긴급복지 지원이 가능한지 문의하셨습니다."]
    ans = [[statute(r, "welfare"), " 및 「긴급복지지원법」 제5조에 따라 주 소득자의 질병 등으로 생계가 곤란한 경우 생계·의료 지원이 가능합니다."],
           ["귀 가구의 소득·재산 조사를 위하여 주소지(", c.V("addr", "주소지"), ") 관할 동 주민센터 맞춤형복지팀에서 방문 상담을 실시할 예정이며, 담당 사회복지 주무관이 ",
            c.V("phone", "등록된 연락처"), J(c.phone_v, "로") if not c.anon else "로", " 연락드릴 예정입니다."]]
    return dict(title="긴급복지 지원 가능 여부 문의", summary=summ, short=["긴급복지 지원 문의(", (fam["full"], "PERSON"), ")"], answer=ans)


def tp_building(r, c, ctx):
    owner = person(r, allow_foreign=False)
    tgt = addr(r, unit=False)
    summ = ["귀하께서는 이웃 주택(", (tgt, "ADDRESS"), ") 옥상에 무단 증축이 이루어지고 있어 일조권 침해가 우려된다며 조사를 요청하셨습니다."]
    ans = [["현장 조사 결과 건축주 ", (owner["full"], "PERSON"), r.choice(["이 ", "가 ", " 씨가 "]) if owner["kind"] != "ko" else J(owner["full"], "이") + " ",
            "신고 없이 약 ", str(r.randint(8, 40)), "㎡의 가설 구조물을 설치한 사실을 확인하였습니다."],
           [statute(r, "building"), "에 따라 건축주에게 시정명령(", fmt_date(r, ctx["y"], ctx["m"], ctx["d"]), ")을 하였으며, 기한 내 미이행 시 이행강제금을 부과할 예정입니다."]]
    return dict(title="무단 증축 건축물 조사 요청", summary=summ, short=["무단 증축 신고(", (tgt, "ADDRESS"), ")"], answer=ans)


def tp_id(r, c, ctx):
    if r.random() < 0.5:
        summ = ["귀하께서는 분실한 여권(여권번호 ", (passport(r), "KR_PASSPORT"), ")의 재발급 소요 기간과 긴급 발급 가능 여부를 문의하셨습니다."]
        ans = [["여권 분실 신고 후 재발급은 「여권법」 제11조에 따라 신청일로부터 통상 8~10일(근무일 기준)이 소요됩니다."],
               ["긴급한 출국 사유가 있는 경우 인천공항 영사민원서비스센터에서 단수여권 발급이 가능하며, 분실 신고된 여권은 재사용할 수 없습니다."]]
        t = "여권 재발급 기간 문의"
    else:
        summ = ["귀하께서는 운전면허(", (license_no(r), "KR_DRIVER_LICENSE"), ") 갱신 안내 문자를 받지 못했다며 과태료 감면을 요청하셨습니다."]
        ans = [["운전면허 적성검사 및 갱신 업무는 「도로교통법」 제87조에 따라 도로교통공단 소관 사항으로, 우리 시에서는 과태료 감면 여부를 결정할 수 없음을 양해하여 주시기 바랍니다."],
               ["자세한 사항은 도로교통공단 고객센터(1577-1120)로 문의하시기 바랍니다."]]
        t = "운전면허 갱신 과태료 감면 요청"
    if not c.anon and r.random() < 0.5:
        summ += [" 본인 확인을 위해 주민등록번호(", (rrn(r, *c.by), "KR_RRN"), ")를 기재하셨습니다."]
    return dict(title=t, summary=summ, short=[t], answer=ans)


def tp_web(r, c, ctx):
    ipv = (ip(r), "IP_ADDRESS")
    summ = ["귀하께서는 구청 홈페이지 자유게시판에 본인(", c.name(), ")을 비방하는 게시글이 게시되었다며 삭제와 작성자 확인을 요청하셨습니다."]
    ans = [["해당 게시글은 「서울특별시 ○○구 홈페이지 운영 규정」 제12조에 따라 ", fmt_date(r, ctx["y"], ctx["m"], ctx["d"]), " 임시 차단 조치하였습니다."],
           ["작성자 정보(접속 IP ", ipv, ")는 ", statute(r, "web"), "에 따라 수사기관의 적법한 요청이 있는 경우에만 제공할 수 있음을 알려드립니다."]]
    return dict(title="홈페이지 비방 게시글 삭제 요청", summary=summ, short=["게시글 삭제 요청"], answer=ans)


def tp_foreign(r, c, ctx):
    fp = {"full": r.choice(FOREIGN_HANGUL + FOREIGN_LATIN)}
    c.p = {"full": fp["full"], "sur": fp["full"].split()[0], "giv": fp["full"].split()[-1],
           "kind": "fl" if fp["full"][0].isascii() else "fh"}
    y, m, d = birth(r, 1970, 2003)
    summ = ["귀하께서는 외국인등록번호(", (rrn(r, y, m, d, foreign=True, style=r.choice(["full", "half", "nohyph"])), "KR_FRN"),
            ")로 서울시 외국인주민 지원 프로그램(한국어 교실) 수강이 가능한지 문의하셨습니다."]
    ans = [["서울시 글로벌센터에서는 체류자격과 관계없이 등록 외국인주민을 대상으로 한국어 교실을 운영하고 있으며, 2026년 상반기 과정은 3월 중 개강합니다."],
           ["신청은 글로벌센터 누리집 또는 다산콜센터(02-120, 외국어 상담 9번)를 통해 하실 수 있습니다."]]
    return dict(title="외국인주민 한국어 교실 수강 문의", summary=summ, short=["한국어 교실 수강 문의"], answer=ans)


def tp_bus(r, c, ctx):
    busno = r.choice(["7016", "152", "6716", "마포08", "노원13", "N62", "470"])
    bp = "서울%d사%04d" % (r.randint(70, 75), r.randint(1000, 9999))
    summ = ["귀하께서는 ", busno, "번 시내버스(", bp, ") 운전기사가 정류소를 무정차 통과하였다며 개선을 요청하셨습니다."]
    ans = [["해당 버스 운송사업자인 ", r.choice(["○○교통(주)", "△△운수 주식회사", "서울승합(주)"]), "(사업자등록번호 ",
            "%03d-%02d-%05d" % (r.randint(100, 899), r.randint(10, 99), r.randint(10000, 99999)), ")에 사실 확인을 요청한 결과, 차내 영상기록상 무정차 통과가 확인되었습니다."],
           ["운송사업자에 대하여 「여객자동차 운수사업법」 제23조에 따라 행정처분(과징금) 절차를 진행하고 해당 기사에 대한 친절 교육을 실시하도록 조치하였습니다."]]
    return dict(title="시내버스 무정차 통과 민원", summary=summ, short=[busno + "번 버스 무정차 통과"], answer=ans)


def tp_law(r, c, ctx):
    q = r.choice([("주민참여예산 위원 자격", "주민참여예산 위원은 「서울특별시 주민참여예산 조례」 제11조에 따라 해당 자치구에 주민등록을 둔 만 15세 이상 주민 중에서 공개모집 및 추첨으로 선정합니다."),
                  ("정보공개 청구 비용", "정보공개 수수료는 「공공기관의 정보공개에 관한 법률 시행규칙」 별표에 따라 열람은 1일 1시간 기준 무료, 사본 출력물은 A4 1매당 250원입니다."),
                  ("공동주택 관리비 공개 범위", "「공동주택관리법」 제23조에 따라 관리주체는 관리비 등의 내역을 공동주택관리정보시스템 및 단지 게시판에 매월 공개하여야 합니다."),
                  ("옥외광고물 허가 기준", "「옥외광고물 등의 관리와 옥외광고산업 진흥에 관한 법률」 제3조에 따라 가로형 간판은 건물 3층 이하에 한하여 설치할 수 있습니다.")])
    summ = ["귀하께서는 ", q[0], "에 관하여 질의하셨습니다."]
    ans = [[q[1]], ["관련 규정은 국가법령정보센터(www.law.go.kr)에서 확인하실 수 있으며, ", law_amend(r), "된 내용이 반영되어 있습니다."]]
    return dict(title=q[0] + " 질의 회신", summary=summ, short=[q[0] + " 질의"], answer=ans)


def tp_tree(r, c, ctx):
    summ = (["귀하께서는 자택(", c.V("addr", ""), ") 앞"] if not c.anon else ["귀하께서는 주택가 이면도로"]) + [" 가로수 가지가 창문에 닿고 낙엽으로 배수구가 막힌다며 가지치기를 요청하셨습니다."]
    ans = [["가로수 정비는 ", statute(r, "tree"), "에 따라 수목 생육 시기를 고려하여 실시하고 있습니다."],
           [fmt_date(r, ctx["y"], min(12, ctx["m"] + 1), 10), "부터 해당 구간 가로수 ", str(r.randint(5, 40)), "주에 대한 가지치기 작업을 실시할 예정입니다."]]
    return dict(title="가로수 가지치기 요청", summary=summ, short=["가로수 가지치기 요청"], answer=ans)


TOPICS = {"parking": tp_parking, "fine": tp_fine, "noise": tp_noise, "road": tp_road, "trash": tp_trash,
          "disabled": tp_disabled, "refund": tp_refund, "welfare": tp_welfare, "building": tp_building, "id": tp_id,
          "web": tp_web, "foreign": tp_foreign, "bus": tp_bus, "law": tp_law, "tree": tp_tree}
PUBLIC_OK = ["road", "law", "bus", "tree", "trash", "parking", "noise"]


# ------------------------------------------------------------------ shared bits
def contact_sentence(r, ctx):
    t = r.choice([
        ["기타 궁금하신 사항은 ", ctx["dept"], " ", ctx["drafter"], " 주무관(☎ ", ctx["tel"], ")에게 연락 주시면 친절히 안내해 드리겠습니다."],
        ["추가 문의사항이 있으시면 ", ctx["dept"], "(담당자 ", ctx["drafter"], ", ", ctx["tel"], ")로 연락하여 주시기 바랍니다."],
        ["답변 내용에 대한 추가 설명이 필요한 경우 ", ctx["dept"], " ", ctx["team"], " 담당 ", ctx["drafter"], "(전화 ", ctx["tel"], ", 전자우편 ", ctx["gmail"], ")에게 문의하여 주십시오."],
        ["민원 처리에 관한 문의는 다산콜센터(120) 또는 ", ctx["dept"], "(", ctx["tel"], ")로 하여 주시기 바랍니다."],
    ])
    return t


def closing(r):
    return r.choice(["귀하의 가정에 건강과 행복이 함께하시기를 기원합니다.", "시정에 관심을 가져 주셔서 감사드립니다.",
                     "앞으로도 구정 발전을 위하여 많은 관심과 협조를 부탁드립니다.", "불편을 드려 죄송하며, 신속히 처리하도록 노력하겠습니다.",
                     "소중한 의견을 주셔서 감사합니다."])


def add_paras(b, paras, prefix_fn):
    for i, p in enumerate(paras):
        b.t(prefix_fn(i))
        b.seq(p)
        b.nl()


def footer(b, r, ctx):
    style = r.randint(0, 2)
    if style == 0:
        b.t("기안자 ", ctx["rank_d"], " ", ctx["drafter"], "    검토자 ", ctx["team"], "장 ", ctx["reviewer"], "    결재권자 ", ctx["rank_a"], " ", ctx["approver"], "\n")
        b.t("협조자\n")
        b.t("시행 ", ctx["docno"], " (", ctx["date_dot"], ")    접수\n")
        b.t("우 ", ctx["zip"], " ", ctx["org_addr"], " / ", ctx["homepage"], "\n")
        b.t("전화 ", ctx["tel"], "  전송 ", ctx["fax"], "  / ", ctx["gmail"], "  / ", ctx["disc"], "\n")
    elif style == 1:
        b.t("담당 ", ctx["drafter"], " → ", ctx["team"], "장 ", ctx["reviewer"], " → ", ctx["rank_a"], " ", ctx["approver"], "\n")
        b.t(ctx["docno"], " | ", ctx["date_dot"], " | ", ctx["org_addr"], " | ☎ ", ctx["tel"], " | ", ctx["disc"], "\n")
    else:
        b.t("────────────────────────\n")
        b.t("처리부서: ", ctx["org"], " ", ctx["dept"], "\n담당자: ", ctx["rank_d"], " ", ctx["drafter"], " (", ctx["tel"], ")\n")
        b.t("결재: ", ctx["rank_a"], " ", ctx["approver"], "  전결\n")


def header_fields(b, r, c, keys, sep):
    """key/value lines about the complainant."""
    labels = {"name": r.choice(["성명", "신청인", "민원인", "성 명", "민원인 성명"]),
              "addr": r.choice(["주소", "주 소", "거주지", "주소지"]),
              "phone": r.choice(["연락처", "전화번호", "휴대전화", "연 락 처", "핸드폰"]),
              "email": r.choice(["이메일", "전자우편", "E-mail", "회신 메일"])}
    for k in keys:
        b.t(labels[k], sep)
        if k == "name":
            b.seq([c.name()])
        else:
            v = c.V(k, "(비공개)")
            b.seq([v])
        b.nl()


# ------------------------------------------------------------------ layouts
def L_letter(b, r, c, tp, ctx):
    b.t(ctx["org"], "\n")
    if r.random() < 0.5:
        b.t("(", ctx["dept"], ")\n")
    b.t("수신  ")
    b.seq([c.name()])
    b.t(r.choice([" 귀하", "님", " 귀하"]))
    if not c.anon and r.random() < 0.6:
        b.t(r.choice(["  (우 ", " ("]))
        if r.random() < 0.5:
            b.t("%05d " % r.randint(1000, 8999))
        b.e(c.addr_v, "ADDRESS")
        b.t(")")
    b.t("\n(경유)")
    if r.random() < 0.3:
        b.t(" ", r.choice(["서울특별시의회", "구의회", "서울특별시의회 교통위원회"]), " ", official(r), " 의원")
    b.t("\n제목  ", tp["title"], r.choice(["에 대한 회신", " 민원 회신", " 관련 답변", "(회신)"]), "\n\n")
    nums = r.choice([["1. ", "2. ", "3. ", "4. ", "5. ", "6. "], ["1. ", "2. ", "3. ", "4. ", "5. ", "6. "], ["가. ", "나. ", "다. ", "라. ", "마. ", "바. "]])
    b.t(nums[0], r.choice(["귀하의 가정에 건강과 행운이 함께하시기를 바랍니다.", "평소 구정에 관심을 가져 주신 데 대하여 감사드립니다.", "시정 발전에 협조하여 주셔서 감사합니다."]), "\n")
    b.t(nums[1], "귀하께서 ", ctx["recv_date"], " ", r.choice(["국민신문고를 통해", "서울시 응답소로", "구청 누리집으로", "우편으로", "방문하여"]),
        " 제출하신 민원(", ctx["minwon_no"], ")과 관련입니다.\n")
    b.t(nums[2])
    b.seq(tp["summary"])
    b.nl()
    for i, p in enumerate(tp["answer"]):
        b.t(nums[3 + i] if 3 + i < len(nums) else "  ")
        b.seq(p)
        b.nl()
    b.t("  ")
    b.seq(contact_sentence(r, ctx))
    b.t("  끝.\n\n")
    b.t(ctx["signer"], "\n\n")
    footer(b, r, ctx)


def L_sinmungo(b, r, c, tp, ctx):
    b.t(r.choice(["[국민신문고 민원 답변]", "■ 민원 처리결과 (국민신문고)", "국민신문고 답변서", "<민원 답변>"]), "\n")
    sep = r.choice([": ", " : ", "\t", " | "])
    b.t("민원번호", sep, ctx["minwon_no"], "\n")
    header_fields(b, r, c, r.sample(["name", "phone", "email", "addr"], r.randint(1, 4)) if not c.anon else ["name"], sep)
    b.t("접수일", sep, ctx["recv_date"], "\n처리기관", sep, ctx["org"], " ", ctx["dept"], "\n")
    b.t("담당자", sep, ctx["drafter"], " (", ctx["tel"], ")\n")
    b.t("처리일", sep, ctx["date_dot"], "\n\n")
    b.t("[답변내용]\n" if r.random() < 0.5 else "")
    b.t(r.choice(["안녕하십니까? ", "안녕하십니까. "]), ctx["org"], " ", ctx["dept"], "입니다.\n")
    greet = r.random()
    if not c.anon and greet < 0.5:
        b.seq(c.ref())
        b.t(r.choice(["께서 국민신문고를 통해 신청하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다.\n", " 민원에 대하여 답변드립니다.\n"]))
    else:
        b.t("귀하께서 국민신문고를 통하여 신청하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다.\n")
    b.nl()
    bul = r.choice([("○ ", "○ "), ("□ ", "□ "), ("1) ", "2) "), ("- ", "- "), ("가. ", "나. ")])
    b.t(bul[0], "민원 요지\n  ")
    b.seq(tp["summary"])
    b.t("\n", bul[1], r.choice(["검토 의견", "답변 내용", "처리 결과"]), "\n")
    for p in tp["answer"]:
        b.t("  - " if bul[0] != "- " else "  · ")
        b.seq(p)
        b.nl()
    b.nl()
    b.seq(contact_sentence(r, ctx))
    b.t(" ", closing(r), "\n")
    if r.random() < 0.5:
        b.t("\n※ 민원 처리 결과에 만족하지 못하실 경우 「민원 처리에 관한 법률」 제35조에 따라 결과를 통지받은 날부터 90일 이내에 이의신청을 하실 수 있습니다.\n")


def box_table(b, rows, r):
    """rows: list of [label, toks]; two columns."""
    w0 = max(disp_w(x[0]) for x in rows) + 2
    w1 = max(toks_w(x[1]) for x in rows) + 2
    w1 = min(w1, 60)
    b.t("┌" + "─" * w0 + "┬" + "─" * w1 + "┐\n")
    for i, (lab, toks) in enumerate(rows):
        b.t("│ ", lab, " " * (w0 - 1 - disp_w(lab)), "│ ")
        b.seq(toks)
        pad = w1 - 1 - toks_w(toks)
        b.t(" " * max(pad, 1), "│\n")
        if i < len(rows) - 1:
            b.t("├" + "─" * w0 + "┼" + "─" * w1 + "┤\n")
    b.t("└" + "─" * w0 + "┴" + "─" * w1 + "┘\n")


def L_notice_form(b, r, c, tp, ctx):
    b.t(r.choice(["민원 처리결과 통지서", "민 원 처 리 결 과 통 지", "고충민원 처리결과 통지"]), "\n\n")
    rows = [["접수번호", [ctx["minwon_no"]]], ["민원인", [c.name()]]]
    if not c.anon:
        if r.random() < 0.7:
            rows.append([r.choice(["주소", "주 소"]), [c.V("addr", "")]])
        if r.random() < 0.7:
            rows.append([r.choice(["전화번호", "연락처"]), [c.V("phone", "")]])
        if r.random() < 0.3:
            by, bm, bd = c.by
            rows.append(["생년월일", [(fmt_date(r, by, bm, bd, r.choice([0, 1, 4])), "BIRTH_DATE")]])
    rows.append(["민원 내용", tp["short"]])
    rows.append(["처리 부서", [ctx["dept"] + " (담당 " + ctx["drafter"] + ", " + ctx["tel"] + ")"]])
    rows.append(["처리 일자", [ctx["date_dot"]]])
    box_table(b, rows, r)
    b.t("\n처리 결과\n")
    for p in tp["answer"]:
        b.t(r.choice(["  ○ ", "  ◦ ", "  - "]))
        b.seq(p)
        b.nl()
    b.t("\n「민원 처리에 관한 법률」 제27조에 따라 위와 같이 처리결과를 통지합니다.\n\n", ctx["date_long"], "\n\n", ctx["signer"], " [직인생략]\n")


def L_qa(b, r, c, tp, ctx):
    b.t(r.choice(["질의 회신", "【질의 회신】", "민원 질의에 대한 회신"]), "\n")
    b.t("질의자: ")
    b.seq([c.name()])
    if not c.anon and r.random() < 0.5:
        b.t(" / 연락처 ")
        b.e(c.phone_v, "PHONE")
    b.t("\n회신일: ", ctx["date_dot"], "\n\n")
    h1, h2 = r.choice([("【질의 요지】", "【회신 내용】"), ("1. 질의요지", "2. 회신"), ("■ 질의", "■ 답변"), ("Q.", "A.")])
    b.t(h1, "\n")
    b.t(" ○ ")
    b.seq(tp["summary"])
    b.t("\n\n", h2, "\n")
    marks = ["가. ", "나. ", "다. ", "라. "] if r.random() < 0.5 else [" ○ ", " ○ ", " ○ ", " ○ "]
    for i, p in enumerate(tp["answer"]):
        b.t(marks[i])
        b.seq(p)
        b.nl()
    b.t("\n※ 이 회신은 질의하신 사실관계를 전제로 한 것으로, 구체적인 사안에 따라 달라질 수 있습니다.\n")
    b.t("\n", ctx["org"], " ", ctx["dept"], " (담당: ", ctx["rank_d"], " ", ctx["drafter"], ", ☎ ", ctx["tel"], ")\n")


def L_memo(b, r, c, tp, ctx):
    b.t(r.choice(["민원 처리 결과 보고", "고충민원 처리 결과 보고", "반복 민원 처리 보고", "민원 답변(안) 보고"]), "\n")
    b.t(ctx["date_dot"], " / ", ctx["dept"], "\n\n")
    b.t("□ 민원 개요\n")
    b.t(" ○ 민 원 인: ")
    b.seq([c.name()])
    if not c.anon:
        if r.random() < 0.6:
            b.t(r.choice([" (", ", "]))
            b.e(c.addr_v, "ADDRESS")
            b.t(")" if b.parts[-2] == " (" else "")
        if r.random() < 0.5:
            b.t(", ")
            b.e(c.phone_v, "PHONE")
    b.t("\n ○ 접수일자: ", ctx["recv_date"], " (", ctx["minwon_no"], ")\n ○ 민원요지: ")
    b.seq(tp["short"])
    b.t("\n   - ")
    b.seq(tp["summary"])
    b.t("\n\n□ 처리 결과\n")
    for p in tp["answer"]:
        b.t(" ○ ")
        b.seq(p)
        b.nl()
    b.t("\n□ 향후 계획\n ○ ", r.choice(["유사 민원 재발 방지를 위하여 현장 점검을 정례화함", "민원인에게 처리 결과 회신 완료 및 만족도 조사 실시 예정",
                                      "관계 부서(교통행정과, 도로관리과) 합동 점검 추진", "다음 달 정기 순찰 시 재확인 예정"]), "\n")
    b.t("\n붙임  민원 답변서 1부.  끝.\n")


def L_email(b, r, c, tp, ctx):
    b.t("보낸 사람: ", ctx["org"], " ", ctx["dept"], " <", ctx["gmail"], ">\n")
    b.t("받는 사람: ")
    if c.anon:
        b.t("민원인 <비공개>")
    else:
        b.seq([c.name(), " <"])
        b.e(c.email_v, "EMAIL")
        b.t(">")
    b.t("\n보낸 날짜: ", ctx["date_iso"], " ", "%02d:%02d" % (r.randint(9, 17), r.randint(0, 59)), "\n제목: [회신] ", tp["title"], "\n\n")
    if c.anon:
        b.t("안녕하세요, 민원인께.\n\n")
    else:
        b.seq(c.ref())
        b.t(r.choice([", 안녕하세요.\n\n", "께,\n\n", " 안녕하십니까.\n\n"]))
    b.t(ctx["dept"], " ", ctx["drafter"], " 주무관입니다. 보내주신 메일 잘 받았습니다.\n")
    b.seq(tp["summary"])
    b.t("\n\n")
    for p in tp["answer"]:
        b.seq(p)
        b.t(" ")
    b.t("\n\n", closing(r), "\n\n", ctx["drafter"], " 드림\n", ctx["org"], " ", ctx["dept"], " | Tel ", ctx["tel"], " | Fax ", ctx["fax"], "\n")


def L_register(b, r, c, tp, ctx):
    b.t(r.choice(["민원 처리 현황(발췌)", "고충민원 처리부", "월간 민원 처리대장"]), " - ", ctx["dept"], "\n\n")
    hdr = ["연번", r.choice(["민원인", "신청인", "성명"]), r.choice(["연락처", "전화"]), "민원 요지", "처리결과", "처리일"]
    b.t("| " + " | ".join(hdr) + " |\n|" + "---|" * len(hdr) + "\n")
    k = r.randint(3, 6)
    for i in range(k):
        if i == 0:
            cc = c
            short = tp["short"]
        else:
            cc = Case(r, anon=c.anon)
            key = r.choice(PUBLIC_OK if c.anon else list(TOPICS))
            if key == "foreign":
                key = "road"
            short = TOPICS[key](r, cc, ctx)["short"]
        b.t("| ", str(i + 1), " | ")
        b.seq([cc.name()])
        b.t(" | ")
        b.seq([cc.V("phone", "-")])
        b.t(" | ")
        b.seq(short)
        b.t(" | ", r.choice(["처리완료", "이송(관련 부서)", "처리중", "완료(회신)", "기타 안내"]), " | ",
            fmt_date(r, ctx["y"], ctx["m"], r.randint(1, 28), ctx["dstyle"]), " |\n")
    b.t("\n※ 담당: ", ctx["dept"], " ", ctx["drafter"], " (", ctx["tel"], ")\n")


def L_call(b, r, c, tp, ctx):
    b.t(r.choice(["전화 상담 기록", "민원 통화 결과 메모", "유선 답변 기록부"]), "\n")
    b.t("일시: ", ctx["date_dot"], " ", "%02d:%02d" % (r.randint(9, 17), r.randint(0, 59)), "\n")
    b.t("응대자: ", ctx["dept"], " ", ctx["rank_d"], " ", ctx["drafter"], "\n")
    b.t("상대방: ")
    b.seq([c.name()])
    if not c.anon:
        b.t(" (", r.choice(["휴대폰 ", "", "☎ "]))
        b.e(c.phone_v, "PHONE")
        b.t(")")
    b.t("\n\n내용:\n")
    if not c.anon:
        b.seq(c.ref("이"))
    else:
        b.t("민원인이")
    b.t(" 전화로 다음과 같이 문의함. ")
    b.seq(tp["summary"])
    b.t("\n\n답변:\n")
    for p in tp["answer"]:
        b.t("- ")
        b.seq(p)
        b.nl()
    b.t("\n통화 후 ", r.choice(["문자로 처리 결과 재안내함.", "민원인이 답변에 수긍함.", "추가 서류 제출 요청함(팩스 " + ctx["fax"] + ")."]), "\n")


def L_sms(b, r, c, tp, ctx):
    b.t(r.choice(["[알림톡] ", "[문자 발송 내역] ", "[SMS] "]), ctx["org"], "\n")
    b.t("수신번호: ")
    b.seq([c.V("phone", "(수신자 비공개)")])
    b.t("\n\n[", ctx["org"].split()[-1], "] ")
    if not c.anon:
        nm = c.p["full"]
        b.e(nm, "PERSON")
        b.t("님, ")
    b.t("신청하신 민원(", ctx["minwon_no"], ")이 처리되었습니다.\n■ 민원명: ")
    b.seq(tp["short"])
    b.t("\n■ 처리결과: ")
    b.seq(tp["answer"][0])
    b.t("\n■ 문의: ", ctx["dept"], " ", ctx["tel"], "\n※ 본 문자는 발신전용입니다.\n")


LAYOUTS = {"letter": L_letter, "sinmungo": L_sinmungo, "notice_form": L_notice_form, "qa": L_qa, "memo": L_memo,
           "email": L_email, "register": L_register, "call": L_call, "sms": L_sms}
DOC_TYPES = {"letter": "민원 회신", "sinmungo": "국민신문고 답변", "notice_form": "처리결과 통지", "qa": "질의 회신", "memo": "민원 처리 보고",
             "email": "전자우편 회신", "register": "민원 처리부", "call": "전화 상담 기록", "sms": "처리결과 문자 통지"}


NONPUB = [  # (grounds, banner, topic choices)
    ([4, 6], "※ 본 건은 관할 경찰서에 고소장이 접수되어 수사가 진행 중인 사안임(비공개).", ["web", "building", "trash", "noise"]),
    ([6], "※ 본 문서는 특정 개인의 건강·가족·소득에 관한 사항으로 이루어져 있어 비공개함.", ["welfare", "disabled"]),
    ([5], "※ 민원조정위원회 심의 전 내부 검토안으로 의사결정 과정에 있음.", ["building", "refund", "bus", "parking"]),
    ([7], "※ 신고 내용에 업체의 원가·거래처 등 영업상 비밀이 포함되어 있음.", ["bus", "refund"]),
    ([2], "※ 민원 대상 부지가 군사기지 및 군사시설 보호구역으로, 시설 위치 관련 내용이 포함되어 있음.", ["building", "tree", "road"]),
]


def make_doc(r, i, seed):
    org = r.choice(ORGS[:8])
    y = r.choice([2024, 2025, 2025, 2026, 2026])
    m, d = r.randint(1, 12), r.randint(1, 28)
    g = r.random()
    if g < 0.22:
        grade, grounds = "public", []
    elif g < 0.34:
        grade, grounds = "nonpublic", None
    else:
        grade, grounds = "partial", [6]
    layout = r.choice(list(LAYOUTS))
    np = None
    if grade == "public":
        key = r.choice(PUBLIC_OK)
    elif grade == "nonpublic":
        np = r.choice(NONPUB)
        grounds = np[0]
        key = r.choice(np[2])
    else:
        key = r.choice(list(TOPICS))
        if layout == "sms" and key in ("welfare",):
            key = "parking"
    dept = r.choice(DEPTS[key])
    c = Case(r, anon=(grade == "public"))
    bld = org_building(r, org)
    ctx = {"org": org[0], "dept": dept, "team": r.choice(["민원", "단속", "관리", "지원", "운영", "기획"]) + "팀",
           "drafter": official(r), "reviewer": official(r), "approver": official(r),
           "rank_d": r.choice(["주무관", "주무관", "행정주무관", "시설주무관"]),
           "rank_a": r.choice(["과장", "과장", "팀장", "국장"]), "tel": office_line(r, org), "fax": office_line(r, org),
           "gmail": gov_email(r, org), "y": y, "m": m, "d": d, "dstyle": r.randint(0, 5),
           "docno": doc_no(r, dept.split()[-1]), "zip": "%05d" % r.randint(1000, 8999), "org_addr": bld,
           "homepage": "www." + org[1], "minwon_no": r.choice(["2AA-%02d%02d-%06d" % (y % 100, m, r.randint(0, 999999)),
                                                               "제%d-%d호" % (y, r.randint(100, 9999)), "1AA-%02d%02d-%06d" % (y % 100, m, r.randint(0, 999999))])}
    ctx["date_dot"] = fmt_date(r, y, m, d, ctx["dstyle"])
    ctx["date_long"] = fmt_date(r, y, m, d, 2)
    ctx["date_iso"] = "%d-%02d-%02d" % (y, m, d)
    ctx["recv_date"] = fmt_date(r, y, m, max(1, d - r.randint(0, 14)), ctx["dstyle"])
    ctx["signer"] = r.choice([org[0] + "장", org[0] + "장", ctx["dept"] + "장", org[0] + " " + ctx["dept"] + "장"])
    ctx["disc"] = {"public": "공개", "partial": "부분공개(6)", "nonpublic": "비공개(" + ",".join(map(str, grounds)) + ")"}[grade]
    tp = TOPICS[key](r, c, ctx)
    b = B()
    title = tp["title"] + ("" if tp["title"].endswith(("결과", "회신", "민원")) else r.choice([" 회신", " 민원 답변", "에 대한 처리결과", " 관련 회신", ""]))
    if grade != "public" and r.random() < 0.18 and layout not in ("register",):
        pre = c.p["full"]
        suf = r.choice([" 님 ", " 귀하 ", "님 ", " 씨 "])
        b.e(pre, "PERSON")
        b.t(suf, title, "\n\n")
        title = pre + suf + title
    else:
        b.t(title, "\n\n")
    if np and r.random() < 0.5:
        b.t(np[1], "\n\n")
    LAYOUTS[layout](b, r, c, tp, ctx)
    if np and not b.text().count(np[1]):
        b.t("\n", np[1], "\n")
    if grade != "public" and not b.ents:
        # make sure a partial doc has its personal data: add the reply address line
        b.t("\n회신 주소: ")
        b.e(c.addr_v, "ADDRESS")
        b.nl()
    did = "%s-%d-%d" % (FAMILY, seed, i)
    return finish(did, title, ctx["org"] + " " + dept, DOC_TYPES[layout], ctx["date_iso"], ctx["drafter"], ctx["approver"],
                  ctx["rank_a"], b, grade, grounds)


def org_building(r, org):
    m = {"서울특별시": ["서울특별시 중구 세종대로 110", "서울특별시 중구 덕수궁길 15"], "서울특별시 강남구": ["서울특별시 강남구 학동로 426"],
         "서울특별시 송파구": ["서울특별시 송파구 올림픽로 326"], "서울특별시 노원구": ["서울특별시 노원구 노해로 437"],
         "서울특별시 관악구": ["서울특별시 관악구 관악로 145"], "서울특별시 마포구": ["서울특별시 마포구 월드컵로 212"],
         "서울특별시 은평구": ["서울특별시 은평구 은평로 195"], "경기도 성남시": ["경기도 성남시 중원구 성남대로 997"],
         "서울특별시 서부공원녹지사업소": ["서울특별시 마포구 하늘공원로 84"], "서울특별시 교통방송": ["서울특별시 마포구 매봉산로 31"]}
    return r.choice(m.get(org[0], ["서울특별시 중구 세종대로 110"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    r = random.Random(a.seed)
    docs = [make_doc(r, i, a.seed) for i in range(a.n)]
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            for en in d["entities"]:
                assert d["text"][en["start"]:en["end"]] == en["text"]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
