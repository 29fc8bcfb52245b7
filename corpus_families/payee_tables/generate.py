#!/usr/bin/env python3
"""Generator for the payee_tables family: payee / adviser / beneficiary / fee tables (자문위원·평가위원·
강사·통역 수당 지급 명세, 보조금·장학금·재난지원금 수령인 명부, 교육 수강자 명단 ...) with gold PII spans.
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


def statute(r):
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


# ==== FAMILY: payee_tables ====
FAMILY = "payee_tables"

AFF = ["○○대학교 교수", "△△대학교 부교수", "법무법인 ○○ 변호사", "회계법인 □□ 공인회계사", "건축사사무소 대표", "시민위원",
       "○○연구원 연구위원", "사회복지법인 ○○ 사무국장", "주민대표", "세무사", "도시계획기술사", "전직 교사", "프리랜서", "△△대 겸임교수"]
REL = ["본인", "모", "부", "배우자", "자녀", "조모", "형제", "대리인"]
SCHOOLS = ["○○초 5학년", "△△중 2학년", "□□고 1학년", "○○대 3학년", "△△고 3학년", "○○여중 1학년"]
LANGS = ["영어", "중국어", "베트남어", "일본어", "러시아어", "몽골어", "수어(한국수어)"]
LECT = ["개인정보보호 교육", "청렴 교육", "주민자치 아카데미", "도시재생 대학", "부모교육", "디지털 배움터", "노인 스마트폰 교실"]

KINDS = {
    "advisory": dict(titles=["{org} {committee} 자문위원 수당 지급 명세", "제{n}차 {committee} 참석수당 지급", "{committee} 위원 회의 참석수당 지급 내역"],
                     name_h=["위원명", "성명", "위원 성명", "이름", "지급대상"], amt=(100000, 250000), unit="참석수당",
                     cols=["aff", "rrn", "phone", "addr", "bank", "acct", "tax", "net"], law="「서울특별시 각종 위원회 실비변상 조례」 제3조",
                     officials=True),
    "eval": dict(titles=["{project} 제안서 평가위원 수당 지급", "{project} 기술평가위원 평가수당 지급 명세"],
                 name_h=["평가위원", "성명", "위원명", "대상자"], amt=(200000, 400000), unit="평가수당",
                 cols=["aff", "phone", "email", "bank", "acct", "rrn"], law="「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제43조",
                 officials=True),
    "lecture": dict(titles=["{lect} 외부강사 강사료 지급", "{lect} 강사수당 지급 명세서"],
                    name_h=["강사명", "강사", "성명", "받는 분"], amt=(150000, 600000), unit="강사료",
                    cols=["aff", "hours", "rrn", "addr", "bank", "acct", "tax", "net"], law="「서울특별시 교육훈련 운영규정」 별표 3",
                    officials=True),
    "interp": dict(titles=["{event} 통역 수당 지급 내역", "외국인주민 상담 통역요원 활동비 지급"],
                   name_h=["통역사", "통역요원", "성명", "이름"], amt=(80000, 350000), unit="통역수당",
                   cols=["lang", "hours", "frn", "phone", "bank", "acct", "holder"], law="「서울특별시 외국인주민 지원 조례」 제12조",
                   companies=True),
    "subsidy": dict(titles=["{year}년 {program} 보조금 수령인 명부", "{program} 지원금 지급 대상자 명단"],
                    name_h=["수령인(관계)", "대상자", "신청인", "지급대상", "수령인"], amt=(100000, 2000000), unit="지원액",
                    cols=["rel", "birth", "addr", "phone", "bank", "acct", "holder"], law="「지방자치단체 보조금 관리에 관한 법률」 제17조",
                    companies=True),
    "scholar": dict(titles=["{year}년 {found} 장학금 수혜자 명단", "{found} 장학금 지급 명세"],
                    name_h=["학생명", "장학생", "성명", "대상자"], amt=(300000, 2000000), unit="장학금",
                    cols=["school", "guardian", "phone", "addr", "bank", "acct", "holder"], law="「서울특별시 ○○구 장학기금 설치 및 운용 조례」 제6조"),
    "disaster": dict(titles=["{disaster} 재난지원금 지급 대상자 명부", "{disaster} 피해 주민 재난지원금 지급 내역"],
                     name_h=["세대주", "수령인", "받는 분", "대상자", "피해자 성명"], amt=(200000, 3000000), unit="지원금",
                     cols=["birth", "addr", "phone", "pay", "acct", "rrn"], law="「재난안전법」 제66조 및 「자연재난 구호 및 복구 비용 부담기준 등에 관한 규정」"),
    "trainee": dict(titles=["{lect} 교육 수강자 명단", "{lect} 수강료 환급 대상자 명단"],
                    name_h=["수강자(예금주)", "수강자", "교육생", "성명", "신청인"], amt=(30000, 150000), unit="환급액",
                    cols=["birth", "phone", "email", "done", "bank", "acct"], law="「서울특별시 평생교육 진흥 조례」 제9조"),
    "disab": dict(titles=["{year}년 장애인 보조기기 지원 대상자 명단", "장애인 활동지원 추가급여 지급 명세"],
                  name_h=["대상자", "성명", "수급자", "보호자(대상자)"], amt=(100000, 1500000), unit="지원액",
                  cols=["health", "birth", "guardian", "phone", "addr", "bank", "acct"], law="「장애인복지법」 제65조"),
    "mentor": dict(titles=["{program} 멘토 활동비 지급", "청년 서포터즈 활동비 지급 명세"],
                   name_h=["멘토", "활동자", "성명", "이름", "받는 분"], amt=(50000, 300000), unit="활동비",
                   cols=["aff", "phone", "email", "bank", "acct", "holder"], law="「서울특별시 청년 기본 조례」 제10조"),
}
COMMITTEES = ["도시계획위원회", "건축위원회", "지방보조금심의위원회", "인권위원회", "주민참여예산위원회", "공공디자인 진흥위원회", "정보공개심의회", "성평등위원회"]
PROJECTS = ["스마트 주차정보시스템 구축 용역", "○○천 생태하천 복원 설계용역", "공공와이파이 고도화 사업", "청년 창업지원센터 위탁 운영"]
EVENTS = ["서울 국제 자매도시 포럼", "외국인주민 생활 설명회", "다문화가족 한마당", "외국인 근로자 노동 상담"]
PROGRAMS = ["저소득층 에너지 효율개선", "소상공인 경영안정", "청년 월세 지원", "어르신 틀니 지원", "노후 슬레이트 철거 지원", "빈집 정비 지원"]
FOUNDS = ["○○구 장학재단", "구민 장학회", "서울희망 장학기금"]
DISASTERS = ["2025년 7월 집중호우", "○○동 화재", "2024년 대설", "강풍"]
COUNCIL = ["서울특별시의회 {c} 위원장", "구의회 의원", "서울특별시의회 의원", "구의회 부의장"]


def money(v):
    return "{:,}".format(v)


def make_row(r, kind, i, rowtype):
    K = KINDS[kind]
    row = {"type": rowtype}
    lo, hi = K["amt"]
    amt = r.randint(lo // 10000, hi // 10000) * 10000
    row["amt"] = amt
    row["tax"] = int(amt * 0.088) // 10 * 10 if amt > 125000 else 0
    if rowtype == "company":
        row["name"] = r.choice(COMPANIES)
        row["bizno"] = "%03d-%02d-%05d" % (r.randint(101, 899), r.randint(10, 99), r.randint(10000, 99999))
        row["phone"] = r.choice(["02-%d-%04d" % (r.randint(500, 599), r.randint(0, 9999)), "1588-%04d" % r.randint(1000, 9999),
                                 "1544-%04d" % r.randint(1000, 9999)])
        bk, num = account(r)
        row["bank"], row["acct"] = bk, num
        row["addr"] = r.choice(["서울특별시 중구 을지로 %d, %d층" % (r.randint(1, 300), r.randint(2, 20)),
                                "서울특별시 영등포구 국제금융로 %d" % r.randint(1, 90), "서울특별시 금천구 가산디지털1로 %d" % r.randint(1, 200)])
        return row
    if rowtype == "official":
        row["name"] = official(r)
        row["role"] = r.choice(["도시계획과장", "○○국장", "기획예산과장", "주무관", "팀장"] + [x.format(c=r.choice(["교통", "도시계획", "행정자치"])) for x in COUNCIL])
        return row
    foreign = kind == "interp" and r.random() < 0.45
    if foreign:
        nm = r.choice(FOREIGN_HANGUL + FOREIGN_LATIN)
        row["p"] = {"full": nm, "kind": "fl" if nm[0].isascii() else "fh", "sur": nm.split()[0], "giv": nm.split()[-1]}
    else:
        row["p"] = person(r, allow_foreign=r.random() < 0.4)
    row["foreign"] = foreign or row["p"]["kind"] in ("fh", "fl")
    y0, y1 = (2006, 2016) if kind == "scholar" else ((1935, 2000) if kind in ("disaster", "disab") else (1950, 1998))
    row["by"] = birth(r, y0, y1)
    row["rrn"] = rrn(r, *row["by"], foreign=row["foreign"])
    row["phone"] = mobile(r) if r.random() < 0.88 else home_phone(r)
    row["email"] = email(r)
    row["addr"] = addr(r, short=r.random() < 0.2)
    bk, num = account(r)
    row["bank"], row["acct"] = bk, num
    row["aff"] = r.choice(AFF)
    row["rel"] = r.choice(REL[:3]) if r.random() < 0.6 else r.choice(REL)
    row["rel_p"] = person(r, allow_foreign=False)  # guardian / proxy / account holder
    row["school"] = r.choice(SCHOOLS)
    row["lang"] = r.choice(LANGS)
    row["hours"] = r.randint(1, 8)
    row["health"] = r.choice(["지체장애(심한 장애)", "시각장애(심하지 않은 장애)", "뇌병변장애 1급", "청각장애", "지적장애", "자폐성장애",
                              "신장장애(투석)", "지체장애 3급", "언어장애"])
    row["done"] = r.choice(["수료", "수료", "미수료", "중도포기"])
    row["pay"] = r.choice(["계좌입금", "계좌입금", "선불카드"])
    row["card"] = card(r)
    row["holder_is_self"] = r.random() < 0.75
    return row


def P(row):
    return (row["p"]["full"], "PERSON")


def cell(r, row, col, K, ctx):
    """return toks for one cell."""
    t = row["type"]
    if col == "no":
        return [str(row["i"])]
    if col == "name":
        if t == "official" and "aff" not in ctx.get("cols", []):
            return [row["name"] + " (" + row["role"] + ")"]
        if t != "person":
            return [row["name"]]
        if ctx["name_h"].startswith("수령인(관계)") or ctx["name_h"] == "수령인(관계)":
            if row["rel"] == "본인":
                return [P(row), "(본인)"]
            return [(row["rel_p"]["full"], "PERSON"), "(" + row["rel"] + ")"]
        if ctx["name_h"] == "수강자(예금주)":
            if row["holder_is_self"]:
                return [P(row), "(", P(row), ")"] if r.random() < 0.5 else [P(row)]
            return [P(row), "(", (row["rel_p"]["full"], "PERSON"), ")"]
        if ctx["name_h"] == "보호자(대상자)":
            return [(row["rel_p"]["full"], "PERSON"), "(", P(row), ")"]
        return [P(row)]
    if t == "official":
        if col == "aff":
            return [row["role"]]
        if col in ("amt", "net"):
            return [r.choice(["-", "지급제외", "0"])]
        if col == "note":
            return [r.choice(["내부강사(공무원) 미지급", "소속 공무원"]) if ctx["kind"] == "lecture" else r.choice(["당연직", "당연직(지급 제외)", "공무원 - 미지급", "위원장(시의원)"])]
        return ["-"]
    if t == "company":
        m = {"aff": ["법인(용역업체)"], "rrn": ["사업자 " + row["bizno"]], "frn": [row["bizno"]], "birth": ["-"],
             "phone": [row["phone"]], "addr": [row["addr"]], "bank": [row["bank"]], "acct": [row["acct"]], "holder": [row["name"]],
             "email": ["-"], "amt": [money(row["amt"] * 3)], "tax": ["-"], "net": [money(row["amt"] * 3)], "rel": ["법인"],
             "hours": [str(r.randint(8, 40))], "lang": ["다국어"], "note": ["용역계약(사업자 " + row["bizno"] + ")"],
             "bank_acct": [row["bank"] + " " + row["acct"]], "pay": ["계좌입금"]}
        return m.get(col, ["-"])
    # persons
    if col == "aff":
        return [row["aff"]]
    if col == "rrn":
        return [(row["rrn"], "KR_FRN" if row["foreign"] else "KR_RRN")]
    if col == "frn":
        if row["foreign"]:
            return [(row["rrn"], "KR_FRN")]
        return [(row["rrn"], "KR_RRN")]
    if col == "birth":
        y, m, d = row["by"]
        return [(r.choice([fmt_date(r, y, m, d, r.choice([0, 1, 4])), "%02d%02d%02d" % (y % 100, m, d), "%d.%d.%d" % (y, m, d)]), "BIRTH_DATE")]
    if col == "phone":
        return [(row["phone"], "PHONE")]
    if col == "email":
        return [(row["email"], "EMAIL")]
    if col == "addr":
        return [(row["addr"], "ADDRESS")]
    if col == "bank":
        return [row["bank"]]
    if col == "acct":
        if row.get("pay") == "선불카드" and ctx["kind"] == "disaster":
            return [(row["card"], "CARD_NUMBER")]
        return [(row["acct"], "BANK_ACCOUNT")]
    if col == "bank_acct":
        return [row["bank"] + " ", (row["acct"], "BANK_ACCOUNT")]
    if col == "holder":
        if row["holder_is_self"]:
            return [P(row)] if r.random() < 0.6 else ["본인"]
        return [(row["rel_p"]["full"], "PERSON")]
    if col == "guardian":
        return [(row["rel_p"]["full"], "PERSON")]
    if col == "rel":
        return [row["rel"]]
    if col == "school":
        return [row["school"]]
    if col == "lang":
        return [row["lang"]]
    if col == "hours":
        return [str(row["hours"]) + "시간"]
    if col == "health":
        return [(row["health"], "HEALTH_INFO")]
    if col == "done":
        return [row["done"]]
    if col == "pay":
        return [row["pay"]]
    if col == "amt":
        return [money(row["amt"])]
    if col == "tax":
        return [money(row["tax"])]
    if col == "net":
        return [money(row["amt"] - row["tax"])]
    if col == "note":
        return [r.choice(["", "", "원천징수", "서면심의", "대리수령", "현장참석", "온라인참석"])]
    return ["-"]


HEADS = {"no": ["연번", "순번", "No.", "번호"], "aff": ["소속", "소속 및 직위", "직위", "기관명", "구분"],
         "rrn": ["주민등록번호", "주민번호", "주민등록번호(앞6-뒤1)"], "frn": ["외국인등록번호", "등록번호", "주민(외국인)번호"],
         "birth": ["생년월일", "생년월일", "출생일"], "phone": ["연락처", "휴대전화", "전화번호", "H.P", "휴대폰"],
         "email": ["이메일", "E-mail", "전자우편"], "addr": ["주소", "주 소", "거주지", "주소(실거주지)"], "bank": ["은행", "은행명", "금융기관"],
         "acct": ["계좌번호", "입금계좌", "계좌"], "holder": ["예금주", "예금주명"], "guardian": ["보호자", "보호자 성명", "학부모"],
         "rel": ["관계", "신청인과의 관계"], "school": ["학교/학년", "소속학교", "학년"], "lang": ["언어", "통역언어"], "hours": ["시간", "활동시간", "강의시간"],
         "health": ["장애유형", "장애정도", "장애유형(정도)"], "done": ["수료여부", "이수"], "pay": ["지급방법", "수령방식"],
         "amt": None, "tax": ["소득세 등", "원천징수액", "세액"], "net": ["실지급액", "차인지급액", "실수령액"], "note": ["비고"],
         "bank_acct": ["입금계좌(은행)", "계좌(은행)", "지급계좌"]}


def choose_columns(r, kind, grade_public):
    K = KINDS[kind]
    cols = ["no", "name"]
    opt = list(K["cols"])
    if grade_public:
        return None
    # keep a random subset, keep order
    keep = [c for c in opt if r.random() < 0.7]
    if "acct" in keep and "bank" in keep and r.random() < 0.35:
        keep.remove("bank")
        keep[keep.index("acct")] = "bank_acct"
    cols += keep
    cols.insert(min(len(cols), r.randint(2, 4)), "amt")
    if r.random() < 0.5:
        cols.append("note")
    if kind == "disaster" and "acct" in cols and "pay" not in cols:
        cols.insert(cols.index("acct"), "pay")
    return cols


# ------------------------------------------------------------------ table renderers
def render_pipe(b, r, heads, rows_toks):
    b.t("| " + " | ".join(heads) + " |\n")
    b.t("|" + "|".join(r.choice(["---", ":---:", "---:"]) for _ in heads) + "|\n")
    for rt in rows_toks:
        b.t("| ")
        for j, ct in enumerate(rt):
            b.seq(ct)
            b.t(" | " if j < len(rt) - 1 else " |")
        b.nl()


def render_box(b, r, heads, rows_toks):
    ws = [max([disp_w(heads[j])] + [toks_w(rt[j]) for rt in rows_toks]) + 2 for j in range(len(heads))]
    heavy = r.random() < 0.3
    H, V = ("━", "┃") if heavy else ("─", "│")
    tl, tm, tr, ml, mm, mr, bl, bm, br = ("┏┳┓┣╋┫┗┻┛" if heavy else "┌┬┐├┼┤└┴┘")
    b.t(tl + tm.join(H * w for w in ws) + tr + "\n")
    b.t(V + V.join(" " + h + " " * (ws[j] - 1 - disp_w(h)) for j, h in enumerate(heads)) + V + "\n")
    b.t(ml + mm.join(H * w for w in ws) + mr + "\n")
    for k, rt in enumerate(rows_toks):
        b.t(V)
        for j, ct in enumerate(rt):
            b.t(" ")
            b.seq(ct)
            b.t(" " * (ws[j] - 1 - toks_w(ct)), V)
        b.nl()
    b.t(bl + bm.join(H * w for w in ws) + br + "\n")


def render_tab(b, r, heads, rows_toks):
    b.t("\t".join(heads) + "\n")
    for rt in rows_toks:
        for j, ct in enumerate(rt):
            b.seq(ct)
            b.t("\t" if j < len(rt) - 1 else "")
        b.nl()


def render_fixed(b, r, heads, rows_toks):
    ws = [max([disp_w(heads[j])] + [toks_w(rt[j]) for rt in rows_toks]) + 2 for j in range(len(heads))]
    b.t("".join(h + " " * (ws[j] - disp_w(h)) for j, h in enumerate(heads)).rstrip() + "\n")
    b.t(r.choice(["-", "=", "─"]) * (sum(ws) - 2) + "\n")
    for rt in rows_toks:
        for j, ct in enumerate(rt):
            b.seq(ct)
            if j < len(rt) - 1:
                b.t(" " * (ws[j] - toks_w(ct)))
        b.nl()


def render_csv(b, r, heads, rows_toks):
    b.t(",".join(heads) + "\n")
    for rt in rows_toks:
        for j, ct in enumerate(rt):
            s = toks_str(ct)
            q = "," in s
            if q:
                b.t('"')
            b.seq(ct)
            if q:
                b.t('"')
            if j < len(rt) - 1:
                b.t(",")
        b.nl()


def render_kv(b, r, heads, rows_toks):
    mark = r.choice(["■ ", "[{}] ", "{}. ", "◎ "])
    sep = r.choice([": ", " : ", " - ", "："])
    for rt in rows_toks:
        first = mark.format(toks_str(rt[0])) if "{}" in mark else mark
        b.t(first)
        b.seq(rt[1])
        b.nl()
        for j in range(2, len(heads)):
            if not toks_str(rt[j]):
                continue
            b.t("   ", heads[j], sep)
            b.seq(rt[j])
            b.nl()
        b.nl()


def render_bullets(b, r, heads, rows_toks):
    marks = r.choice([["가. ", "나. ", "다. ", "라. ", "마. ", "바. ", "사. ", "아. ", "자. ", "차. ", "카. ", "타. "], None])
    for k, rt in enumerate(rows_toks):
        b.t(marks[k] if marks and k < len(marks) else r.choice(["○ ", "- ", "○ "]))
        b.seq(rt[1])
        rest = [(heads[j], rt[j]) for j in range(2, len(heads)) if toks_str(rt[j]) and toks_str(rt[j]) != "-"]
        if rest:
            b.t(" (")
            for q, (h, ct) in enumerate(rest):
                if r.random() < 0.5:
                    b.t(h, " ")
                b.seq(ct)
                if q < len(rest) - 1:
                    b.t(", ")
            b.t(")")
        b.nl()


RENDER = {"pipe": render_pipe, "box": render_box, "tab": render_tab, "fixed": render_fixed, "csv": render_csv, "kv": render_kv,
          "bullets": render_bullets}


def prose_payees(b, r, rows, K, ctx):
    """running prose: the payment memo voice."""
    unit = K["unit"]
    for row in rows:
        if row["type"] == "official":
            b.t("  - ", row["role"], " ", row["name"], josa(row["name"], "은"), " 당연직으로 ", unit, " 지급 대상에서 제외함.\n")
            continue
        if row["type"] == "company":
            b.t("  - ", row["name"], "(사업자등록번호 ", row["bizno"], ")에 ", money(row["amt"] * 3), "원을 법인 계좌(", row["bank"], " ", row["acct"], ")로 지급함.\n")
            continue
        v = row["p"]["full"]
        b.t("  - ")
        st = r.randint(0, 3)
        if st == 0:
            b.seq([P(row)])
            b.t(r.choice([" 위원(", " 강사(", " 님(", "("]), row["aff"] if ctx["kind"] in ("advisory", "eval", "lecture", "mentor") else ctx["short_unit"], ")에게 ", unit, " ", money(row["amt"]), "원을 ")
            b.t(row["bank"], " ")
            b.e(row["acct"], "BANK_ACCOUNT")
            b.t(josa(row["acct"], "로"), r.choice([" 지급함.", " 입금 예정임.", " 계좌 입금함."]))
        elif st == 1:
            b.t(unit, " ", money(row["amt"]), "원 - ")
            b.seq([P(row)])
            if row["p"]["kind"] == "ko":
                b.t(josa(v, "과"), " ")
            else:
                b.t(" 씨와 ")
            b.t("통화(")
            b.e(row["phone"], "PHONE")
            b.t(") 후 ", row["bank"], " 계좌(")
            b.e(row["acct"], "BANK_ACCOUNT")
            b.t(")로 지급 확인함.")
        elif st == 2:
            b.t("수령인 ")
            b.seq([P(row)])
            b.t(r.choice(["의 주소는 ", " 씨의 주소는 ", "님 주소: "]))
            b.e(row["addr"], "ADDRESS")
            b.t(r.choice(["이며, ", ", "]), unit, " ", money(row["amt"]), "원은 ", row["bank"], " ")
            b.e(row["acct"], "BANK_ACCOUNT")
            b.t("(예금주 ")
            if row["holder_is_self"]:
                b.t("본인")
            else:
                b.e(row["rel_p"]["full"], "PERSON")
            b.t(")로 입금함.")
        else:
            b.seq([P(row)])
            b.t(r.choice(["님은 ", " 씨는 "]), "주민등록번호 ")
            b.e(row["rrn"], "KR_FRN" if row["foreign"] else "KR_RRN")
            b.t(r.choice([" 기준 원천징수(세액 ", " - 기타소득 신고(세액 "]), money(row["tax"]), "원) 후 ", money(row["amt"] - row["tax"]), "원 지급.")
        b.nl()


# ------------------------------------------------------------------ document
NONPUB = [
    ([5], "※ 평가 진행 중인 사항으로 평가 종료 시까지 비공개(평가위원 명단 포함)", ["eval"]),
    ([4, 6], "※ 부정수급 의심 건으로 수사기관에 수사 의뢰 중인 대상자 명단임", ["disaster", "subsidy"]),
    ([6], "※ 특정 개인의 장애·건강 및 가구 사항을 담고 있어 비공개", ["disab", "subsidy"]),
    ([8], "※ 사업 부지 발표 전 보상 대상자 정보로, 공개 시 투기 등 부당한 이익을 줄 우려가 있음", ["subsidy"]),
    ([6, 7], "※ 위탁업체의 인건비 단가 등 영업상 비밀과 종사자 개인정보 포함", ["interp", "mentor"]),
]


def fill_title(r, K, ctx):
    t = r.choice(K["titles"])
    return t.format(org=ctx["org"].split()[-1], committee=r.choice(COMMITTEES), n=r.randint(1, 12), project=r.choice(PROJECTS),
                    lect=r.choice(LECT), event=r.choice(EVENTS), year=ctx["y"], program=r.choice(PROGRAMS), found=r.choice(FOUNDS),
                    disaster=r.choice(DISASTERS))


def header(b, r, title, ctx, K):
    style = r.randint(0, 3)
    if style == 0:
        b.t(ctx["org"], " ", ctx["dept"], "\n\n")
    elif style == 1:
        b.t("문서번호: ", ctx["docno"], "   시행일자: ", ctx["date"], "\n\n")
    elif style == 2:
        b.t("[", ctx["dept"], " 내부결재]\n\n")
    b.t("1. 근거: ", K["law"], r.choice(["", " (" + law_amend(r) + ")"]), "\n")
    b.t("2. ", r.choice(["지급일", "지급일자", "지급 예정일"]), ": ", ctx["date"], "\n")
    if ctx["kind"] in ("advisory", "eval"):
        pb = r.choice(PUBLIC_BUILDINGS)
        b.t("3. 회의 일시 및 장소: ", ctx["meet"], " 14:00, ", pb[0], " ", r.choice(["기획상황실", "3층 대회의실", "소회의실"]), "(", pb[1], ")\n")
    elif ctx["kind"] == "disaster":
        b.t("3. 피해 발생일: ", ctx["meet"], " (", r.choice(["침수", "주택 전파", "주택 반파", "화재"]), " 피해)\n")
    else:
        b.t("3. 예산과목: ", {"lecture": "일반회계 > 일반운영비 > 강사수당", "trainee": "일반회계 > 일반운영비 > 교육훈련비",
                             "disab": "특별회계 > 사회복지사업보조", "scholar": "장학기금 > 장학금", "interp": "일반회계 > 일반운영비 > 일반용역비",
                             "mentor": "일반회계 > 일반운영비 > 일반수용비"}.get(ctx["kind"], "일반회계 > 민간경상보조"), " (예산액 ", money(r.randint(5, 900) * 1000000), "원)\n")
    b.t("4. 지급 내역", r.choice([":", "", " (단위: 원)"]), "\n\n")


def footer(b, r, ctx, total, grade, grounds):
    if not total:
        return footer2(b, r, ctx, grade, grounds)
    b.t("\n", r.choice(["합계: ", "총 지급액 ", "계 "]), money(total), "원", r.choice(["", " (원천징수 후 실지급)", ""]), "\n")
    footer2(b, r, ctx, grade, grounds)


def footer2(b, r, ctx, grade, grounds):
    x = r.randint(0, 2)
    if x == 0:
        b.t("\n담당 ", ctx["rank_d"], " ", ctx["drafter"], " / ", ctx["team"], "장 ", ctx["reviewer"], " / ", ctx["rank_a"], " ", ctx["approver"], "\n")
        b.t("문의: ", ctx["dept"], " ", ctx["tel"], " (", ctx["gmail"], ")\n")
    elif x == 1:
        b.t("\n작성: ", ctx["dept"], " ", ctx["drafter"], " 주무관 (☎", ctx["tel"], ")  확인: ", ctx["rank_a"], " ", ctx["approver"], "\n")
    else:
        b.t("\n기안자 ", ctx["rank_d"], " ", ctx["drafter"], "   검토자 ", ctx["team"], "장 ", ctx["reviewer"], "   결재권자 ", ctx["rank_a"], " ", ctx["approver"], "\n")
        b.t("시행 ", ctx["docno"], " (", ctx["date"], ")  우 ", "%05d" % r.randint(1000, 8999), " ", ctx["org_addr"], "  전화 ", ctx["tel"], "  전송 ", ctx["fax"], "\n")
    if r.random() < 0.6:
        b.t("공개구분: ", {"public": "공개", "partial": "부분공개(6)", "nonpublic": "비공개(" + ",".join(map(str, grounds)) + ")"}[grade], "\n")
    if r.random() < 0.35:
        b.t("※ 개인정보(주민등록번호, 계좌번호 등)는 ", r.choice(["「개인정보 보호법」 제24조의2에 따라 목적 외로 이용할 수 없습니다.",
                                                     "지급 완료 후 즉시 파기합니다.", "지급 목적으로만 수집·이용합니다."]), "\n")


def public_body(b, r, K, ctx):
    """aggregated tables without private persons."""
    layout = r.choice(["pipe", "box", "tab", "fixed", "csv"])
    kind = ctx["kind"]
    if kind in ("advisory", "eval"):
        x = r.choice([0.1, 0.9])
    elif kind in ("interp", "lecture", "subsidy", "mentor"):
        x = 0.5
    else:
        x = -1
    if x < 0:
        heads = ["연번", r.choice(["구분", "동별", "행정동", "학교급", "과정명"]), r.choice(["대상 인원", "인원(명)", "세대수"]),
                 r.choice(["지급액(원)", "지급 총액", "금액"]), "비고"]
        rows = []
        grp = {"scholar": ["초등학교", "중학교", "고등학교", "대학교"], "trainee": ["기초반", "심화반", "온라인반", "주말반", "야간반"]}.get(
            kind, ["역삼1동", "망원2동", "봉천동", "상계3동", "가락본동", "불광1동", "화곡6동", "신길5동"])
        heads[1] = {"scholar": "학교급", "trainee": "과정명"}.get(kind, r.choice(["동별", "행정동", "구분"]))
        for i, gname in enumerate(r.sample(grp, r.randint(3, len(grp)))):
            n = r.randint(3, 120)
            rows.append([[str(i + 1)], [gname], [str(n)], [money(n * r.choice([100000, 300000, 500000]))], [r.choice(["", "-", "추가 신청 %d건" % r.randint(1, 9)])]])
    elif x < 0.4:
        heads = ["연번", r.choice(["회의명", "회차", "구분"]), "참석인원", r.choice(["지급액(원)", "집행액", "금액"]), "비고"]
        rows = []
        for i in range(r.randint(3, 7)):
            n = r.randint(5, 15)
            rows.append([[str(i + 1)], ["제%d차 %s" % (i + 1, r.choice(COMMITTEES))], ["%d명" % n], [money(n * r.choice([100000, 150000]))],
                         [r.choice(["", "서면", "대면", "당연직 %d명 제외" % r.randint(1, 3)])]])
    elif x < 0.75:
        heads = ["연번", r.choice(["보조사업자", "지급대상(법인)", "수령기관", "받는 곳"]), "사업자등록번호", r.choice(["대표전화", "연락처"]),
                 r.choice(["교부액", "지급액"]), "입금계좌(법인)"]
        rows = []
        for i, co in enumerate(r.sample(COMPANIES, r.randint(3, 6))):
            bk, num = account(r)
            rows.append([[str(i + 1)], [co], ["%03d-%02d-%05d" % (r.randint(101, 899), r.randint(10, 99), r.randint(10000, 99999))],
                         [r.choice(["02-%d-%04d" % (r.randint(500, 599), r.randint(0, 9999)), "1588-%04d" % r.randint(1000, 9999)])],
                         [money(r.randint(10, 500) * 100000)], [bk + " " + num]])
    else:
        heads = ["연번", "성명", r.choice(["직위", "소속·직위"]), "구분", "비고"]
        rows = []
        for i in range(r.randint(3, 6)):
            rows.append([[str(i + 1)], [official(r)], [r.choice(["서울특별시의회 의원", "구의회 의원", "도시계획국장", "기획조정실장", "교통정책과장", "주무관"])],
                         [r.choice(["위원장", "당연직 위원", "간사", "위원"])], [r.choice(["수당 미지급", "-", "공무원"])]])
    RENDER[layout](b, r, heads, rows)
    j = [k for k, h in enumerate(heads) if "액" in h or "금액" in h]
    if not j:
        return 0
    return sum(int(toks_str(rw[j[0]]).replace(",", "")) for rw in rows if toks_str(rw[j[0]]).replace(",", "").isdigit())


def org_building(r, org):
    m = {"서울특별시": ["서울특별시 중구 세종대로 110", "서울특별시 중구 덕수궁길 15"], "서울특별시 강남구": ["서울특별시 강남구 학동로 426"],
         "서울특별시 송파구": ["서울특별시 송파구 올림픽로 326"], "서울특별시 노원구": ["서울특별시 노원구 노해로 437"],
         "서울특별시 관악구": ["서울특별시 관악구 관악로 145"], "서울특별시 마포구": ["서울특별시 마포구 월드컵로 212"],
         "서울특별시 은평구": ["서울특별시 은평구 은평로 195"], "경기도 성남시": ["경기도 성남시 중원구 성남대로 997"],
         "서울특별시 서부공원녹지사업소": ["서울특별시 마포구 하늘공원로 84"], "서울특별시 교통방송": ["서울특별시 마포구 매봉산로 31"]}
    return r.choice(m.get(org[0], ["서울특별시 중구 세종대로 110"]))


def make_doc(r, i, seed):
    org = r.choice(ORGS)
    y = r.choice([2024, 2025, 2025, 2026, 2026])
    m, d = r.randint(1, 12), r.randint(1, 28)
    g = r.random()
    if g < 0.2:
        grade, grounds = "public", []
    elif g < 0.325:
        grade, grounds = "nonpublic", None
    else:
        grade, grounds = "partial", [6]
    np = None
    if grade == "nonpublic":
        np = r.choice(NONPUB)
        grounds = np[0]
        kind = r.choice(np[2])
    else:
        kind = r.choice(list(KINDS))
    K = KINDS[kind]
    dept = r.choice({"advisory": ["도시계획과", "기획예산과", "인권담당관"], "eval": ["계약심사과", "스마트도시과", "정보통신과"],
                     "lecture": ["인재개발과", "교육지원과", "평생학습관"], "interp": ["글로벌센터", "국제교류과"],
                     "subsidy": ["일자리정책과", "주택정책과", "기후환경과"], "scholar": ["교육지원과", "장학재단 사무국"],
                     "disaster": ["재난안전과", "안전총괄과"], "trainee": ["평생학습관", "교육지원과", "디지털정책과"],
                     "disab": ["장애인복지과"], "mentor": ["청년정책과", "일자리정책과"]}[kind])
    ctx = {"org": org[0], "dept": dept, "kind": kind, "y": y, "team": r.choice(["운영", "지원", "총무", "사업", "기획"]) + "팀",
           "drafter": official(r), "reviewer": official(r), "approver": official(r),
           "rank_d": r.choice(["주무관", "행정주무관", "주무관"]), "rank_a": r.choice(["과장", "과장", "팀장", "국장"]),
           "tel": office_line(r, org), "fax": office_line(r, org), "gmail": gov_email(r, org), "docno": doc_no(r, dept.split()[-1]),
           "org_addr": org_building(r, org)}
    ds = r.randint(0, 5)
    ctx["date"] = fmt_date(r, y, m, d, ds)
    ctx["meet"] = fmt_date(r, y, m, max(1, d - r.randint(1, 20)), ds)
    ctx["short_unit"] = {"interp": "통역", "subsidy": "수령인", "scholar": "장학생", "disaster": "피해세대", "trainee": "수강생",
                         "disab": "대상자"}.get(kind, "위원")
    title = fill_title(r, K, ctx)
    if grade == "public":
        title += r.choice([" (집계)", " 총괄표", " - 집행 현황", "(총괄)"])
    b = B()
    b.t(title, "\n")
    b.t(r.choice(["", "=" * 20 + "\n", "\n"]))
    if np and r.random() < 0.5:
        b.t(np[1], "\n\n")
    if grade == "public":
        header(b, r, title, ctx, K)
        total = public_body(b, r, K, ctx)
        layout = "aggregate"
    else:
        header(b, r, title, ctx, K)
        n = 1 if (grounds == [6] and grade == "nonpublic" and r.random() < 0.6) else r.randint(2, 8)
        rows = []
        for k in range(n):
            rt = "person"
            if n > 2 and K.get("officials") and r.random() < 0.15:
                rt = "official"
            elif n > 2 and K.get("companies") and r.random() < 0.15:
                rt = "company"
            row = make_row(r, kind, k, rt)
            row["i"] = k + 1
            rows.append(row)
        layout = r.choice(list(RENDER) + ["prose"])
        if layout == "prose":
            b.t(r.choice(["다음과 같이 지급하고자 합니다.\n", "아래와 같이 지급하였음을 보고합니다.\n", "지급 대상 및 내역은 다음과 같음.\n"]))
            prose_payees(b, r, rows, K, ctx)
        else:
            cols = choose_columns(r, kind, False)
            name_h = r.choice(K["name_h"])
            ctx["name_h"] = name_h
            heads = []
            for c in cols:
                if c == "name":
                    heads.append(name_h)
                elif c == "amt":
                    heads.append(r.choice([K["unit"], K["unit"] + "(원)", "지급액", "금액"]))
                else:
                    heads.append(r.choice(HEADS[c]))
            ctx["cols"] = cols
            rows_toks = [[cell(r, row, c, K, ctx) for c in cols] for row in rows]
            RENDER[layout](b, r, heads, rows_toks)
        total = sum(rw["amt"] if rw["type"] == "person" else (rw["amt"] * 3 if rw["type"] == "company" else 0) for rw in rows)
    footer(b, r, ctx, total, grade, grounds)
    if np and np[1] not in b.text():
        b.t(np[1], "\n")
    did = "%s-%d-%d" % (FAMILY, seed, i)
    doc_type = {"advisory": "자문위원 수당 지급", "eval": "평가위원 수당 지급", "lecture": "강사료 지급", "interp": "통역 수당 지급",
                "subsidy": "보조금 수령인 명부", "scholar": "장학금 수혜자 명단", "disaster": "재난지원금 지급 명부",
                "trainee": "교육 수강자 명단", "disab": "장애인 지원 대상자 명단", "mentor": "활동비 지급"}[kind]
    return finish(did, title, ctx["org"] + " " + dept, doc_type, "%d-%02d-%02d" % (y, m, d),
                  ctx["drafter"], ctx["approver"], ctx["rank_a"], b, grade, grounds)


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
