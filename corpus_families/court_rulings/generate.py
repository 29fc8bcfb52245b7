#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# ---- shared helpers (identical block in both family generators) ----
import argparse
import json
import random
import re
import sys

M0, M1, M2 = "\x00", "\x01", "\x02"
_MARK = re.compile("\x00([A-Z_]+)\x01(.*?)\x02", re.S)


def E(label, val):
    """Mark a personal value inline; finalize() turns marks into offsets."""
    return f"{M0}{label}{M1}{val}{M2}"


def finalize(raw):
    out, ents, pos, last = [], [], 0, 0
    for m in _MARK.finditer(raw):
        seg = raw[last:m.start()]
        out.append(seg)
        pos += len(seg)
        v = m.group(2)
        ents.append({"start": pos, "end": pos + len(v), "label": m.group(1), "text": v})
        out.append(v)
        pos += len(v)
        last = m.end()
    out.append(raw[last:])
    text = "".join(out)
    assert M0 not in text and M1 not in text and M2 not in text, "stray marker"
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["text"] == e["text"].strip() and e["text"], e
    return text, ents


def has_batchim(ch):
    if not ch:
        return False
    c = ch[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    if c.isdigit():
        return c in "013678"
    if c.isalpha():
        return c.lower() in "lmnr"
    return False


def is_rieul(ch):
    c = ch[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 == 8
    return c in "178" or c.lower() == "l"


def J(word, pair):
    """particle for the last char of word: pair like '은/는', '이/가', '을/를', '과/와', '으로/로', '이다/다'"""
    a, b = pair.split("/")
    if pair == "으로/로":
        return b if (not has_batchim(word) or is_rieul(word)) else a
    return a if has_batchim(word) else b


SUR_W = (["김"] * 20 + ["이"] * 15 + ["박"] * 8 + ["최"] * 5 + ["정"] * 5 + ["강", "조", "윤", "장", "임"] * 3
         + "한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 변 채 원 방 천 공 현 함 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 단 빈 견 피 하 감 라".split()
         + ["남궁", "독고", "사공", "황보", "제갈", "선우", "서문"] * 1)
GIVEN2 = ("민준 서연 지호 하은 도윤 수빈 영수 경숙 재석 순자 정희 미경 상철 동현 은지 현우 예린 태희 성민 광수 말순 옥자 병철 혜진 "
          "지원 승현 나래 보람 한결 다온 윤서 시우 건우 영희 철수 정수 미숙 기철 종호 명자 춘자 점례 두식 용준 세영 가람 슬기 "
          "아름 주원 채원 소율 우진 재훈 형준 인숙 연화 복순 금순 판석 양희 귀남 덕배 준서 하율 서윤 지안 이든 로운 "
          "다인 수아 예준 유나 은별 태양 해솔 봄이 나은 경환 명수 상훈 혜숙 현정 정란 길자 성호 재민 동욱 희정 선영").split()
GIVEN1 = "준 혁 솔 별 결 훈 진 민 란 현 철 숙 윤 웅 찬 율".split()
HANJA_S = dict(zip("김이박최정강조윤장임한오홍신황안송유서권", "金李朴崔鄭姜趙尹張林韓吳洪申黃安宋柳徐權"))
HANJA_G = dict(zip("재석영수민준호철희정숙경현진성동혁우미지은상광태기종명자순도윤서연인형세용훈하", "在錫英洙敏俊浩哲熙貞淑京賢珍成東赫宇美智恩相光泰基鍾明子順道允瑞蓮仁亨世容勳夏"))
FOREIGN = [("응우옌 티 란", "NGUYEN THI LAN"), ("쩐 반 훙", "TRAN VAN HUNG"), ("왕웨이", "WANG WEI"),
           ("리우 양", "LIU YANG"), ("사라 존슨", "Sarah Johnson"), ("마이클 브라운", "Michael Brown"),
           ("다나카 유키", "TANAKA YUKI"), ("압둘라 카림", "Abdullah Karim"), ("바트에르덴 간볼드", "BAT-ERDENE GANBOLD"),
           ("팜 티 흐엉", "PHAM THI HUONG"), ("알렉산드르 페트로프", "Alexander Petrov"), ("마리아 산토스", "Maria Santos"),
           ("리암 오코너", "Liam O'Connor"), ("장메이", "ZHANG MEI"), ("아지즈 라흐모노프", "Aziz Rakhmonov"),
           ("누르 아이샤", "Nur Aisha"), ("스리 위디아스투티", "SRI WIDIASTUTI")]
OFFICIAL_SUR = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍 고 문 양 손 배 백 허 남 노 하".split()


class Person:
    def __init__(self, g, masked=False, foreign_ok=True, plain=False):
        r = g.r
        self.foreign = False
        self.masked = masked
        k = r.random()
        if foreign_ok and not plain and k < 0.08:
            h, l = r.choice(FOREIGN)
            self.foreign = True
            self.sur, self.given = h.split()[0], h.split()[-1]
            self.full = h
            self.latin = l
            self.form = r.choice(["hangul", "latin", "both"])
        else:
            self.sur = r.choice(SUR_W)
            self.given = r.choice(GIVEN1) if r.random() < 0.07 else r.choice(GIVEN2)
            self.full = self.sur + self.given
            self.form = "plain"
            if not plain:
                k2 = r.random()
                hj = all(c in HANJA_G for c in self.given) and self.sur in HANJA_S
                if k2 < 0.06:
                    self.form = "spaced"
                elif k2 < 0.09 and len(self.full) == 3:
                    self.form = "allspaced"
                elif k2 < 0.13 and hj:
                    self.form = r.choice(["hanja", "both_hanja"])
        if masked:
            sg = self.given if not self.foreign else "X"
            self.mask = r.choice([f"{self.sur}○{sg[-1]}", f"{self.sur}○○", f"{self.sur}OO", f"{self.sur}**",
                                  f"{self.sur}모", f"{self.sur}○○"])

    def _hanja(self):
        return HANJA_S[self.sur] + "".join(HANJA_G[c] for c in self.given)

    def first(self):
        """first mention, may carry an alternative script in brackets"""
        if self.masked:
            return self.mask
        if self.foreign:
            if self.form == "hangul":
                return E("PERSON", self.full)
            if self.form == "latin":
                return E("PERSON", self.latin)
            return E("PERSON", self.full) + "(" + E("PERSON", self.latin) + ")"
        if self.form == "spaced":
            return E("PERSON", self.sur + " " + self.given)
        if self.form == "allspaced":
            return E("PERSON", " ".join(self.full))
        if self.form == "hanja":
            return E("PERSON", self._hanja())
        if self.form == "both_hanja":
            return E("PERSON", self.full) + "(" + E("PERSON", self._hanja()) + ")"
        return E("PERSON", self.full)

    def ref(self):
        if self.masked:
            return self.mask
        if self.foreign and self.form == "latin":
            return E("PERSON", self.latin)
        if self.form == "hanja":
            return E("PERSON", self._hanja())
        return E("PERSON", self.full)

    def plainname(self):
        return self.mask if self.masked else (self.latin if self.foreign and self.form == "latin" else self.full)

    def j(self, pair):
        return J(self.plainname(), pair)

    def given_ref(self):
        if self.masked or self.foreign:
            return self.ref()
        return E("PERSON", self.given)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def d(self, n):
        return "".join(self.ch("0123456789") for _ in range(n))

    def nd(self, n):
        return self.ch("123456789") + self.d(n - 1)

    # ---- people ----
    def person(self, masked=False, **kw):
        return Person(self, masked=masked, **kw)

    def official(self):
        return self.ch(OFFICIAL_SUR) + self.ch(GIVEN2)

    # ---- dates ----
    def date(self, y=None, m=None, dd=None, style=None):
        y = y or self.ch([2024, 2025, 2025, 2026])
        m = m or self.r.randint(1, 12)
        dd = dd or self.r.randint(1, 28)
        return self.fmt_date(y, m, dd, style)

    def fmt_date(self, y, m, dd, style=None):
        s = style if style is not None else self.ch([0, 0, 0, 1, 2, 3, 4])
        return [f"{y}. {m}. {dd}.", f"{y}-{m:02d}-{dd:02d}", f"{y}년 {m}월 {dd}일", f"'{y % 100:02d}.{m}.{dd}.",
                f"{y}.{m:02d}.{dd:02d}."][s]

    def birth(self):
        y = self.r.randint(1942, 2004)
        m = self.r.randint(1, 12)
        dd = self.r.randint(1, 28)
        return y, m, dd

    def birthdate(self, style=None):
        y, m, dd = self.birth()
        return self.fmt_date(y, m, dd, style)

    # ---- numbers ----
    def mobile(self):
        a, b = self.nd(4), self.d(4)
        pre = self.ch(["010"] * 9 + ["011", "016", "019"])
        f = self.r.random()
        if pre != "010":
            a = self.nd(3)
        if f < 0.5:
            return f"{pre}-{a}-{b}"
        if f < 0.62:
            return f"{pre} {a} {b}"
        if f < 0.74:
            return f"{pre}{a}{b}"
        if f < 0.84:
            return f"{pre}.{a}.{b}"
        if f < 0.93:
            return f"+82-{pre[1:]}-{a}-{b}"
        return f"+82 {pre[1:]} {a} {b}"

    def homephone(self):
        area = self.ch(["02", "02", "031", "032", "051", "042"])
        f = self.r.random()
        n1 = self.nd(3) if area != "02" else self.ch(["3", "9", "8", "4"]) + self.d(2) + (self.d(1) if self.p(0.6) else "")
        if f < 0.7:
            return f"{area}-{n1}-{self.d(4)}"
        return f"({area}){n1}-{self.d(4)}"

    def office_line(self, org="seoul"):
        if org == "seoul":
            return self.ch([f"02-2133-{self.nd(4)}", f"02-2133-{self.nd(4)}", "02-120", f"02-2171-{self.nd(4)}"])
        if org == "court":
            return self.ch(["02-530-1114", "02-2055-8114", "02-3271-1114", f"02-530-{self.nd(4)}"])
        if org == "gu":
            return self.ch([f"02-2620-{self.nd(4)}", f"02-879-{self.nd(4)}", f"02-3153-{self.nd(4)}", f"02-2289-{self.nd(4)}"])
        if org == "gyeonggi":
            return f"031-8008-{self.nd(4)}"
        return f"02-{self.nd(3)}-{self.d(4)}"

    def pemail(self, p=None):
        base = self.ch(["hong", "minsu", "sky", "jjang", "happy", "rainbow", "kimys", "leejh", "parkmk", "sun", "moon",
                        "blue", "green", "nari", "dream", "jiho", "yjlee", "cs.choi", "ha.eun", "tiger"])
        base += self.ch(["", "", str(self.r.randint(1, 99)), str(self.r.randint(60, 99)), "_" + self.d(2)])
        return base + "@" + self.ch(["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "hotmail.com"])

    def oemail(self):
        return self.ch(["legal", "songmu", "lawsuit", "hj.kim", "minwon", "jhpark", "council", "sylee", "road", "welfare"]) + \
            self.ch(["", str(self.r.randint(1, 99))]) + "@" + self.ch(["seoul.go.kr", "seoul.go.kr", "korea.kr", "smc.seoul.kr"])

    def rrn(self, masked_back=None):
        y, m, dd = self.birth()
        g = self.ch("12") if y < 2000 else self.ch("34")
        front = f"{y % 100:02d}{m:02d}{dd:02d}"
        back = g + self.d(6)
        mb = self.p(0.35) if masked_back is None else masked_back
        if mb:
            back = g + "******"
        sep = self.ch(["-", "-", "-", "", " - "]) if not mb else "-"
        return front + sep + back

    def frn(self):
        y, m, dd = self.birth()
        g = self.ch("5678")
        return f"{y % 100:02d}{m:02d}{dd:02d}-{g}{self.d(6)}"

    def bank(self):
        b = self.ch(["국민은행", "신한은행", "우리은행", "하나은행", "농협", "IBK기업은행", "카카오뱅크", "우체국", "새마을금고", "SC제일은행"])
        num = {
            "국민은행": f"{self.d(6)}-{self.d(2)}-{self.d(6)}", "신한은행": f"110-{self.d(3)}-{self.d(6)}",
            "우리은행": f"1002-{self.d(3)}-{self.d(6)}", "하나은행": f"{self.d(3)}-{self.d(6)}-{self.d(5)}",
            "농협": f"{self.d(3)}-{self.d(4)}-{self.d(4)}-{self.d(2)}", "IBK기업은행": f"{self.d(3)}-{self.d(6)}-{self.d(2)}-{self.d(3)}",
            "카카오뱅크": f"3333-{self.d(2)}-{self.d(7)}", "우체국": f"{self.d(6)}-{self.d(2)}-{self.d(6)}",
            "새마을금고": f"9002-{self.d(4)}-{self.d(4)}-{self.d(1)}", "SC제일은행": f"{self.d(3)}-{self.d(2)}-{self.d(6)}"}[b]
        if self.p(0.15):
            num = num.replace("-", "")
        return b, num

    def card(self):
        return self.ch(["9410", "5387", "4518", "3560", "6243"]) + "-" + "-".join(self.d(4) for _ in range(3))

    def passport(self):
        return self.ch(["M", "M", "S", "R"]) + (self.d(8) if self.p(0.6) else self.d(3) + self.ch("ABCDEFGHJK") + self.d(4))

    def license(self):
        if self.p(0.5):
            return f"{self.nd(2)}-{self.d(2)}-{self.d(6)}-{self.d(2)}"
        return f"{self.ch(['서울', '경기', '인천', '부산'])} {self.d(2)}-{self.d(6)}-{self.d(2)}"

    def plate(self):
        h = self.ch(list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"))
        f = self.r.random()
        if f < 0.45:
            return f"{self.nd(2)}{h}{self.d(4)}"
        if f < 0.7:
            return f"{self.nd(3)}{h} {self.d(4)}"
        if f < 0.85:
            return f"{self.nd(3)}{h}{self.d(4)}"
        return f"{self.ch(['서울', '경기', '인천'])}{self.nd(2)}{h}{self.d(4)}"

    def ip(self):
        return f"{self.ch(['211', '175', '121', '118', '59', '223', '110', '106'])}.{self.r.randint(1, 254)}.{self.r.randint(0, 254)}.{self.r.randint(1, 254)}"

    def bizno(self):
        return f"{self.nd(3)}-{self.d(2)}-{self.d(5)}"

    def money(self, lo=100, hi=50000, unit=1000):
        v = self.r.randint(lo, hi) * unit
        return f"{v:,}원"

    # ---- places ----
    GU = ["종로구", "중구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구", "도봉구", "노원구", "은평구",
          "서대문구", "마포구", "양천구", "강서구", "구로구", "금천구", "영등포구", "동작구", "관악구", "서초구", "강남구", "송파구", "강동구"]
    ROADS = ["신림로", "봉천로", "도림로", "화곡로", "공항대로", "망원로", "성미산로", "동일로", "노해로", "한천로", "왕산로", "천호대로",
             "올림픽로", "남부순환로", "시흥대로", "독산로", "연서로", "통일로", "정릉로", "보문로", "장한로", "용마산로", "양재대로",
             "개포로", "석촌호수로", "등촌로", "목동로", "상도로", "대방로", "수색로"]
    DONG = ["봉천동", "신림동", "화곡동", "망원동", "상계동", "중계동", "공릉동", "응암동", "불광동", "목동", "신정동", "대림동",
            "독산동", "시흥동", "면목동", "장안동", "정릉동", "길음동", "수유동", "방학동", "천호동", "길동", "가락동", "개포동"]
    APT = ["래미안", "힐스테이트", "e편한세상", "푸르지오", "자이", "롯데캐슬", "현대", "주공", "SK뷰", "한신"]

    def addr(self, unit_p=0.6):
        r = self.r
        f = r.random()
        city = self.ch(["서울특별시", "서울특별시", "서울", "서울시"])
        gu = self.ch(self.GU)
        if f < 0.6:
            s = f"{city} {gu} {self.ch(self.ROADS)}{self.ch(['', '', str(r.randint(1, 30)) + '길', str(r.randint(1, 12)) + '가길'])} {r.randint(1, 350)}{self.ch(['', '', '-' + str(r.randint(1, 40))])}"
            if self.p(unit_p):
                s += self.ch([f", {r.randint(101, 120)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호", f", {r.randint(1, 5)}0{r.randint(1, 9)}호",
                              f" {r.randint(101, 115)}동 {r.randint(2, 20)}0{r.randint(1, 6)}호",
                              f", {r.randint(1, 4)}층", f"({self.ch(self.DONG)}, {self.ch(self.APT)}) {r.randint(101, 112)}동 {r.randint(1, 19)}0{r.randint(1, 4)}호"])
        elif f < 0.85:
            s = f"{city} {gu} {self.ch(self.DONG)} {r.randint(1, 999)}-{r.randint(1, 99)}"
            if self.p(unit_p * 0.7):
                s += self.ch([f" {r.randint(1, 4)}0{r.randint(1, 5)}호", f" {self.ch(['행복', '보람', '다솜', '청솔'])}빌라 {self.ch(['B01', '201', '302', '101'])}호"])
        else:
            c = self.ch([("경기도", ["고양시 일산동구", "부천시", "성남시 분당구", "수원시 팔달구", "의정부시"]),
                         ("인천광역시", ["부평구", "남동구", "서구"]), ("경기", ["안양시 동안구", "광명시"])])
            s = f"{c[0]} {self.ch(c[1])} {self.ch(['중앙로', '시민대로', '경인로', '부흥로', '탄중로'])} {r.randint(1, 500)}"
            if self.p(unit_p):
                s += f", {r.randint(101, 130)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호"
        return s

    def unit(self):
        r = self.r
        if self.p(0.5):
            return f"{r.randint(101, 115)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호"
        return f"{r.randint(1, 25)}0{r.randint(1, 4)}호"

    PUBLIC_ADDR = ["서울특별시 중구 세종대로 110(서울특별시청)", "서울특별시 서초구 서초중앙로 157", "서울특별시 서초구 강남대로 193",
                   "서울특별시 중구 세종대로 125", "서울특별시 관악구 관악로 145", "서울특별시 강남구 학동로 426",
                   "서울특별시 서대문구 연희로 248", "서울특별시 노원구 노해로 437", "서울특별시 중구 덕수궁길 15",
                   "서울특별시 양천구 신월로 386", "서울특별시 마포구 마포대로 174"]

    COMPANIES = ["(주)한빛건설", "주식회사 대명토건", "(주)서울도시개발", "삼양엔지니어링(주)", "(주)동해산업", "주식회사 미래환경",
                 "(주)청솔조경", "한국시설관리(주)", "(주)누리정보통신", "주식회사 태성이앤씨", "(유)푸른환경", "(주)새한물류"]
    LAWFIRMS = ["법무법인 한결", "법무법인 정률", "법무법인(유한) 세진", "법무법인 바른길", "법률사무소 다온", "법무법인 태평",
                "법무법인 시민", "법무법인 율현"]
    INSURERS = ["○○화재해상보험(주)", "한국손해보험(주)", "(주)대한화재", "동방손해보험 주식회사"]

    def company_line(self):
        c = self.ch(self.COMPANIES)
        return c, self.bizno(), f"{self.ch(['02', '031', '032'])}-{self.nd(3)}-{self.d(4)}"

    def statute(self):
        return self.ch([f"법률 제{self.r.randint(15000, 20999)}호({self.date(y=self.r.randint(2017, 2024), style=0)} 개정)",
                        f"「국가배상법」 제{self.ch(['2', '5'])}조",
                        f"「도로법」 제{self.r.randint(30, 99)}조",
                        f"「민법」 제{self.ch(['750', '741', '756', '758', '1000'])}조",
                        f"「행정심판법」 제{self.r.randint(13, 50)}조",
                        f"「공유재산 및 물품 관리법」 제{self.ch(['72', '81', '83'])}조",
                        f"「서울특별시 소송사무 처리 규칙」 제{self.r.randint(3, 15)}조",
                        f"「지방자치법」 제{self.r.randint(10, 80)}조",
                        f"「주차장법」 제{self.r.randint(5, 30)}조", f"「도로교통법」 제{self.r.randint(30, 60)}조",
                        f"「행정소송법」 제{self.ch(['20', '23', '26'])}조",
                        f"「민사소송법」 제{self.ch(['233', '241', '396'])}조"])

    def docno(self, dept):
        return f"{dept}-{self.r.randint(100, 19999)}"


def grade_of(ents, nonpublic=None):
    if nonpublic:
        return "nonpublic", sorted(set(nonpublic))
    if ents:
        return "partial", [6]
    return "public", []


def run(make_doc, family):
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rows = []
    for i in range(a.n):
        g = Gen(a.seed * 1000003 + i)
        d = make_doc(g)
        text, ents = finalize(d.pop("raw"))
        title = _MARK.sub(lambda m: m.group(2), d["title"])
        assert M0 not in title and title in text, (title, text[:200])
        grade, grounds = grade_of(ents, d.pop("nonpublic", None))
        row = {"id": f"{family}-{a.seed}-{i}", "lang": "ko", "title": title, "department": d["department"],
               "doc_type": d["doc_type"], "approved_at": d["approved_at"], "drafter": d["drafter"],
               "approver": d["approver"], "approver_rank": d["approver_rank"], "text": text, "entities": ents,
               "grade": grade, "grounds": grounds}
        for e in row["entities"]:
            assert row["text"][e["start"]:e["end"]] == e["text"]
        rows.append(row)
    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} docs to {a.out}", file=sys.stderr)
# ---- end shared helpers ----
# ---- family: court_rulings ----
# Court and civil-law decisions the city is party to or files.

DEPTS = ["법무담당관", "법률지원담당관", "도로관리과", "주차계획과", "복지정책과", "주택정책과", "재무과", "세무과", "건축과",
         "교통행정과", "공원녹지과", "치수안전과", "자산관리과", "생활보장과", "감사담당관"]
COURTS = ["서울중앙지방법원", "서울행정법원", "서울남부지방법원", "서울북부지방법원", "서울서부지방법원", "서울동부지방법원",
          "서울고등법원", "의정부지방법원 고양지원"]


def A_addr(g):
    if g.masked:
        return g.ch(["서울특별시 ○○구 ○○로 ○○", "서울 ○○구 ○○동 ***", "(주소 생략)", "서울특별시 " + g.ch(g.GU) + " ○○로 ○○길 ○○"])
    return E("ADDRESS", g.addr())


def A_phone(g):
    if g.masked:
        return g.ch(["010-****-****", "010-○○○○-○○○○", "(연락처 생략)"])
    return E("PHONE", g.mobile())


def foreign_id(g, P):
    if g.masked or not P.foreign or g.p(0.3):
        return ""
    if g.p(0.6):
        return f" (외국인등록번호 {E('KR_FRN', g.frn())})"
    return f" (여권번호 {E('KR_PASSPORT', g.passport())}, 국적 {g.ch(['베트남', '중국', '미국', '필리핀', '우즈베키스탄', '몽골'])})"


def mk_ctx(g):
    c = {}
    c["gu"] = g.p(0.4)
    c["gu_name"] = g.ch(g.GU)
    c["agency"] = f"서울특별시 {c['gu_name']}" if c["gu"] else "서울특별시"
    c["head"] = f"서울특별시 {c['gu_name']}청장" if c["gu"] else "서울특별시장"
    c["head_name"] = g.official()
    c["dept"] = g.ch(DEPTS)
    c["dhead"] = c["dept"] if c["dept"].endswith("담당관") else c["dept"] + "장"
    c["off1"], c["off2"], c["judge"], c["judge2"], c["judge3"] = (g.official() for _ in range(5))
    c["tel"] = g.office_line("gu" if c["gu"] else "seoul")
    c["mail"] = g.oemail()
    c["court"] = g.ch(COURTS)
    c["rank"] = g.ch(["주무관", "주무관", "행정주사", "행정주사보", "변호사(임기제)", "송무팀장"])
    return c


CASES = [
    # key, 사건명, code, city side, narrative builder name
    ("fall", "손해배상(기)", "가단", "defendant"),
    ("tree", "손해배상(자)", "가소", "defendant"),
    ("occupy", "부당이득금", "가단", "plaintiff"),
    ("permit", "영업정지처분취소", "구합", "defendant"),
    ("parking", "과태료부과처분취소", "구단", "defendant"),
    ("welfare", "생계급여중지처분취소", "구단", "defendant"),
    ("recourse", "구상금", "가소", "plaintiff"),
    ("lease", "건물인도", "가단", "plaintiff"),
    ("noise", "손해배상(환)", "가합", "defendant"),
    ("disclose", "정보공개거부처분취소", "구합", "defendant"),
]

INJ = ["좌측 발목 골절(전치 8주)", "우측 손목 요골 원위부 골절", "요추 염좌 및 좌측 무릎 타박상", "두피 열상 및 뇌진탕",
       "우측 대퇴골 경부 골절로 인공관절 치환술", "경추 염좌(전치 3주)", "안면부 열상 7cm 및 치아 2개 파절",
       "좌측 슬개골 골절(전치 10주)"]
HEALTHX = ["지체장애 2급", "뇌병변장애(심한 장애)", "우울증으로 치료 중", "만성 신부전으로 주 3회 혈액투석", "시각장애 1급",
           "알코올 사용장애로 입원 치료", "조현병으로 통원 치료 중", "치매(경도) 진단"]


def narrative(g, c, key, P, P2, case_date):
    """returns raw narrative sentences (list) about the case, with marked values"""
    pn = P.ref()
    loc_public = g.ch([f"{c['gu_name']} {g.ch(g.ROADS)} {g.r.randint(1, 300)} 앞 보도", f"{g.ch(g.DONG)} 소재 {g.ch(['어린이공원', '근린공원', '버스정류장', '지하보도'])}",
                       f"{g.ch(g.ROADS)} 횡단보도 인근"])
    s = []
    if key == "fall":
        inj = E("HEALTH_INFO", g.ch(INJ)) if not g.masked else "상해"
        s.append(f"{pn}{P.j('은/는')} {case_date} {g.r.randint(6, 23)}:{g.ch(['00', '10', '30', '45'])}경 {loc_public}을 걷던 중 보도블록이 파손되어 생긴 단차에 걸려 넘어져 {inj}{'를' if g.masked else '의 상해를'} 입었다.")
        s.append(f"위 보도는 {c['agency']}{J(c['agency'], '이/가')} 설치·관리하는 영조물로서, 원고는 {E('PERSON', P2.full) if not g.masked else P2.mask}의 부축을 받아 인근 병원으로 이송되었다.")
    elif key == "tree":
        pl = E("VEHICLE_PLATE", g.plate()) if not g.masked else "○○가○○○○"
        s.append(f"{case_date} 강풍으로 {loc_public}의 가로수가 쓰러지면서 그 옆에 주차되어 있던 {pn} 소유의 승용차({pl}) 지붕과 앞유리가 파손되었다.")
        s.append(f"원고는 수리비 {g.money(100, 900, 10000)} 및 렌트비 {g.money(20, 90, 10000)}을 지출하였다고 주장한다.")
    elif key == "occupy":
        s.append(f"{pn}{P.j('은/는')} {case_date}경부터 {c['agency']} 소유의 {c['gu_name']} {g.ch(g.DONG)} {g.r.randint(1, 900)}-{g.r.randint(1, 60)} 시유지 {g.r.randint(20, 300)}㎡ 위에 컨테이너와 가설건축물을 설치하여 무단으로 점유·사용하였다.")
        s.append(f"이에 {c['agency']}{J(c['agency'], '은/는')} 「공유재산 및 물품 관리법」 제81조에 따라 변상금 {g.money(500, 30000)}을 부과하였으나 납부되지 아니하였다.")
    elif key == "permit":
        shop = g.ch(["행복식당", "○○호프", "다래분식", "청춘포차", "골목노래연습장", "밤비PC방"])
        s.append(f"{pn}{P.j('은/는')} {c['gu_name']} {g.ch(g.ROADS)} {g.r.randint(1, 200)}에서 '{shop}'이라는 상호로 일반음식점을 운영하는 사람이다.")
        s.append(f"피고는 {case_date} 원고가 청소년에게 주류를 제공하였다는 이유로 「식품위생법」 제75조에 따라 영업정지 2개월 처분을 하였다.")
    elif key == "parking":
        pl = E("VEHICLE_PLATE", g.plate()) if not g.masked else "○○다○○○○"
        s.append(f"{pn}{P.j('은/는')} {case_date} {g.ch(g.ROADS)} 인근 장애인전용주차구역에 그 소유 차량({pl})을 주차하였다.")
        if not g.masked and g.p(0.6):
            hx2 = g.ch(HEALTHX[:2] + HEALTHX[4:5])
            s.append(f"원고는 동승한 모친 {E('PERSON', P2.full)}{J(P2.full, '이/가')} {E('HEALTH_INFO', hx2)}{J(hx2, '으로/로')} 보행이 어렵다고 주장하나, 당시 주차표지는 부착되어 있지 아니하였다.")
        else:
            s.append("피고는 「장애인·노인·임산부 등의 편의증진 보장에 관한 법률」 제27조에 따라 과태료 100,000원을 부과하였다.")
    elif key == "welfare":
        hx = E("HEALTH_INFO", g.ch(HEALTHX)) if not g.masked else "건강상 사유"
        s.append(f"{pn}{P.j('은/는')} 「국민기초생활 보장법」에 따른 생계급여 수급자로서 {hx}{'인 상태였다' if not g.masked else '가 있었다'}.")
        s.append(f"피고는 {case_date} 원고의 아들 {E('PERSON', P2.full) if not g.masked else P2.mask}에게 부양능력이 있다는 이유로 생계급여 중지 처분을 하였다.")
    elif key == "recourse":
        pl = E("VEHICLE_PLATE", g.plate()) if not g.masked else "○○나○○○○"
        s.append(f"{pn}{P.j('은/는')} {case_date} {g.r.randint(0, 5)}:{g.ch(['05', '20', '40'])}경 {pl} 차량을 운전하다가 {g.ch(g.ROADS)} 중앙분리대와 방호울타리를 들이받아 파손하였다.")
        s.append(f"위 차량은 {g.ch(g.INSURERS)}의 자동차보험에 가입되어 있었고, 피보험자는 {E('PERSON', P2.full) if not g.masked else P2.mask}이다. 복구비는 {g.money(300, 4000, 10000)}이다.")
    elif key == "lease":
        s.append(f"{pn}{P.j('은/는')} 공공임대주택인 {A_addr(g)}에 관하여 임대차계약을 체결하고 거주하여 왔다.")
        s.append(f"원고는 피고가 임대료를 {g.r.randint(4, 14)}개월 이상 연체하였음을 이유로 {case_date} 계약 해지를 통보하였다.")
    elif key == "noise":
        s.append(f"{pn} 등 원고들은 {c['agency']}{J(c['agency'], '이/가')} 시행한 {g.ch(['빗물펌프장 증설공사', '도시철도 환기구 공사', '하수관로 정비공사', '공영주차장 건립공사'])} 현장 인근 주택에 거주하는 주민들이다.")
        s.append(f"원고들은 공사기간 중 야간 소음이 {g.r.randint(62, 78)}dB(A)에 이르러 수면장애 등 정신적 피해를 입었다고 주장한다.")
    elif key == "disclose":
        s.append(f"{pn}{P.j('은/는')} {case_date} 피고에게 {g.ch(['업무추진비 집행내역', '재개발 정비계획 심의자료', '공용차량 운행일지', '위원회 회의록'])}의 공개를 청구하였다.")
        s.append("피고는 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호 및 제6호를 이유로 비공개 결정을 하였다.")
    return s


def pick_case(g, c):
    key, name, code, side = g.ch(CASES)
    if key in ("permit", "parking", "welfare", "disclose"):
        c["court"] = "서울행정법원"
    y = g.ch([2024, 2025])
    num = f"{y}{code}{g.r.randint(1000, 599999)}"
    P = g.person(masked=g.masked)
    P2 = g.person(masked=g.masked, plain=True)
    cd = g.date(y=y - 1, style=g.ch([0, 2]))
    return dict(key=key, name=name, num=num, side=side, P=P, P2=P2, cd=cd, y=y)


def lawyer(g):
    L = g.person(masked=g.masked, plain=True)
    return L, g.ch(g.LAWFIRMS)


def hdr_meta(g, c):
    return dict(department=c["dept"], approved_at=f"{g.ch([2025, 2026])}-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}",
                drafter=c["off1"], approver=c["off2"], approver_rank=g.ch(["과장", "팀장", "법무담당관", "국장", "송무팀장"]))


# ---------------------------------------------------------------- layouts
def L_judgment(g, c):
    k = pick_case(g, c)
    P, L = k["P"], None
    sp = g.ch([" ", "  ", "\t"])
    tit = g.ch(["판 결", "판       결", "판결"])
    adm = k["key"] in ("permit", "parking", "welfare", "disclose")
    div = g.ch([f"제{g.r.randint(1, 14)}부", f"제{g.r.randint(1, 14)}행정부", "행정단독"]) if adm else g.ch([f"제{g.r.randint(1, 30)}민사부", f"민사{g.r.randint(1, 40)}단독", f"제{g.r.randint(1, 9)}-{g.r.randint(1, 3)}민사부"])
    raw = f"{c['court']}\n{div}\n\n{tit}\n\n"
    raw += f"사{sp}건{sp}{k['num']} {k['name']}\n"
    priv = f"{P.first()}" + foreign_id(g, P) + f"\n{sp*3}{A_addr(g)}"
    if g.p(0.6):
        L, firm = lawyer(g)
        priv += f"\n{sp*3}소송대리인 {firm} 담당변호사 {L.first()}"
    city = f"{c['agency']}\n{sp*3}{'대표자 ' + ('구청장 ' if c['gu'] else '시장 ') + c['head_name'] if g.p(0.7) else '법률상 대표자 ' + c['head'].split()[-1] + ' ' + c['head_name']}\n{sp*3}소송수행자 {c['off1']}, {c['off2']}"
    if k["key"] in ("permit", "parking", "welfare", "disclose"):
        city = f"{c['head']}\n{sp*3}소송수행자 {c['dept']} {c['rank']} {c['off1']}"
    if k["side"] == "defendant":
        raw += f"원{sp}고{sp}{priv}\n피{sp}고{sp}{city}\n"
    else:
        raw += f"원{sp}고{sp}{city}\n피{sp}고{sp}{priv}\n"
    y = k["y"]
    m1 = g.r.randint(1, 10)
    raw += f"변 론 종 결{sp}{g.date(y=y, m=m1, style=0)}\n판 결 선 고{sp}{g.date(y=y, m=m1 + g.r.randint(1, 2), style=0)}\n\n"
    win = g.p(0.6)
    raw += "주       문\n"
    if (k["side"] == "defendant") == win:
        raw += f"1. 원고의 청구를 기각한다.\n2. 소송비용은 원고가 부담한다.\n"
    else:
        amt = g.money(200, 20000)
        raw += f"1. 피고는 원고에게 {amt} 및 이에 대하여 {k['cd']}부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n2. 소송비용은 피고가 부담한다.\n3. 제1항은 가집행할 수 있다.\n" \
            if "구" not in k["num"][4:6] else "1. 피고가 원고에 대하여 한 처분을 취소한다.\n2. 소송비용은 피고가 부담한다.\n"
    raw += "\n청 구 취 지\n" + g.ch(["주문과 같다.", f"피고는 원고에게 {g.money(300, 30000)}을 지급하라.", "피고가 원고에게 한 처분을 취소한다."]) + "\n\n이       유\n1. 기초사실\n"
    for i, s in enumerate(narrative(g, c, k["key"], P, k["P2"], k["cd"])):
        raw += f"{'가나다라'[i]}. {s}\n"
    raw += f"[인정근거] 다툼 없는 사실, 갑 제1 내지 {g.r.randint(3, 12)}호증, 을 제1호증의 각 기재, 변론 전체의 취지\n\n2. 판단\n"
    if g.p(0.5):
        W = g.person(masked=g.masked, plain=True)
        facts = {"fall": ['사고 당시 주변이 어두웠던 사실', '보도블록이 수개월 전부터 들떠 있었던 사실', '원고가 휴대전화를 보며 걷고 있었던 사실'],
                 "tree": ['해당 가로수의 뿌리가 썩어 있었던 사실', '당일 순간풍속이 초속 20m를 넘었던 사실'],
                 "noise": ['야간작업이 주 3회 이상 이루어진 사실', '방음벽이 설치되지 않은 구간이 있었던 사실']}.get(k["key"], ['처분 당시 현장 단속 사진이 촬영된 사실', '원고가 사전통지서를 수령한 사실', '해당 시설이 원고의 점유하에 있었던 사실'])
        raw += f"증인 {W.first()}의 증언에 의하면 {g.ch(facts)}이 인정된다. "
    if adm:
        raw += f"{g.ch(['「행정소송법」 제27조', '「행정절차법」 제21조', '「국민기초생활 보장법」 제8조', '「식품위생법」 제75조'])}의 규정과 위 인정사실에 비추어 보면, " + g.ch(["이 사건 처분은 적법하고 원고의 주장은 이유 없다.", "피고의 처분은 재량권을 일탈·남용한 것으로서 위법하다.", "처분 사유가 인정되고 그 정도가 과중하다고 보기 어렵다."])
    else:
        raw += f"{g.ch(['「국가배상법」 제5조', '「민법」 제750조', '「민법」 제741조', '「공유재산 및 물품 관리법」 제81조'])}에 비추어 보면, " + g.ch(["원고의 주장은 이유 없다.", "피고의 관리상 하자가 인정되나 원고의 과실도 30% 있다.", "피고는 원고에게 그 손해를 배상할 책임이 있다."])
    raw += f"\n\n3. 결론\n그렇다면 원고의 청구는 {'이유 없어 기각' if win else '이유 있어 인용'}하기로 하여 주문과 같이 판결한다.\n\n"
    raw += g.ch([f"판사 {c['judge']}", f"재판장 판사 {c['judge']}\n       판사 {c['judge2']}\n       판사 {c['judge3']}"]) + "\n"
    raw += f"\n※ 송달: {c['dept']} {c['off1']} ({c['tel']})\n" if g.p(0.3) else ""
    title = f"{k['num']} {k['name']} 판결"
    raw = title + "\n\n" + raw
    return dict(title=title, raw=raw, doc_type="판결문", **hdr_meta(g, c))


def L_ruling(g, c):
    """행정심판 재결서"""
    y = g.ch([2024, 2025])
    cases = [("주정차위반 과태료 부과처분 취소청구", "parking"), ("생계급여 변경처분 취소청구", "welfare"), ("정보공개 비공개결정 취소청구", "disclose"),
             ("영업정지처분 취소청구", "permit"), ("이행강제금 부과처분 취소청구", "permit"), ("장애인 주차표지 회수처분 취소청구", "parking")]
    nm, key = g.ch(cases)
    P = g.person(masked=g.masked)
    P2 = g.person(masked=g.masked, plain=True)
    cd = g.date(y=y, style=0)
    org = g.ch(["서울특별시행정심판위원회", "서울특별시 행정심판위원회"])
    caseno = g.ch([f"{y}-{g.r.randint(100, 9999)}", f"서울행심 {y}-{g.r.randint(100, 9999)}", f"{y}행심{g.r.randint(100, 9999)}"])
    raw = f"{org}\n재 결 서\n\n"
    kv = g.ch(["{k} : {v}", "{k}\t{v}", "【{k}】 {v}", "{k}  {v}"])
    rows = [("사 건", f"{caseno} {nm}"), ("청 구 인", f"{P.first()}" + foreign_id(g, P) + (f" ({E('BIRTH_DATE', g.birthdate(style=g.ch([0, 1, 2])))}생)" if not g.masked and g.p(0.35) else "")),
            ("주 소", A_addr(g))]
    if g.p(0.35):
        R = g.person(masked=g.masked, plain=True)
        rows.append(("대 리 인", f"{g.ch(['행정사', '변호사', '청구인의 배우자', '청구인의 딸'])} {R.first()}"))
    rows += [("피청구인", c["head"]), ("재결일", g.date(y=y, style=g.ch([0, 2]))), ("주 문", g.ch(["청구인의 청구를 기각한다.", "피청구인이 청구인에게 한 처분을 취소한다.", "청구인의 청구를 각하한다."]))]
    for k, v in rows:
        raw += kv.format(k=k, v=v) + "\n"
    raw += f"\n청 구 취 지\n피청구인이 {cd} 청구인에게 한 {nm.replace(' 취소청구', '')}을 취소한다.\n\n이 유\n1. 사건개요\n"
    for i, s in enumerate(narrative(g, c, key, P, P2, cd)):
        for a_, b_ in [("원고는", "청구인은"), ("원고가", "청구인이"), ("원고의", "청구인의"), ("원고들", "청구인들"), ("원고", "청구인"), ("피고는", "피청구인은"), ("피고가", "피청구인이"), ("피고", "피청구인")]:
            s = s.replace(a_, b_)
        raw += f"  {'가나다'[i]}. {s}\n"
    raw += "2. 청구인 주장\n"
    if key == "welfare" and not g.masked:
        raw += f"  청구인은 {E('HEALTH_INFO', g.ch(HEALTHX))}으로 근로능력이 없고, 부양의무자와는 {g.r.randint(5, 30)}년간 연락이 끊겼다고 주장한다.\n"
    else:
        raw += g.ch(["  청구인은 처분이 지나치게 가혹하다고 주장한다.\n", "  청구인은 사전통지를 받지 못하였다고 주장한다.\n"])
    if not g.masked and g.p(0.4):
        raw += f"  청구인은 심리기일 통지를 휴대전화 {E('PHONE', g.mobile())}{g.ch(['로', ' 번호로', '(문자)로'])} 받기를 원한다고 밝혔다.\n"
    raw += f"3. 관계법령\n  {g.statute()}\n  {g.statute()}\n4. 판단\n  위 인정사실에 따르면 이 사건 처분은 {g.ch(['적법·타당하다', '위법·부당하다', '비례의 원칙에 반한다'])}.\n5. 결론\n  그러므로 주문과 같이 재결한다.\n\n"
    raw += f"{g.date(y=y, style=0)}\n{org} 위원장 {c['judge']}\n" if g.p(0.6) else f"{org}\n(간사: 행정심판담당관 {c['off1']}, {g.office_line()})\n"
    title = f"{nm} 재결서({caseno})"
    raw = title + "\n" + raw
    meta = hdr_meta(g, c)
    meta["department"] = "행정심판담당관"
    return dict(title=title, raw=raw, doc_type="행정심판 재결서", **meta)


def L_decision(g, c):
    """결정문: 집행정지 / 채권가압류"""
    y = g.ch([2024, 2025])
    P = g.person(masked=g.masked)
    kind = g.ch(["stay", "attach", "objection"])
    if kind == "stay":
        num = f"{y}아{g.r.randint(1000, 9999)} 집행정지"
        raw = f"서울행정법원\n제{g.r.randint(1, 14)}부\n결 정\n\n사 건 {num}\n신 청 인 {P.first()}\n           {A_addr(g)}\n피신청인 {c['head']}\n\n주 문\n"
        raw += g.ch(["신청인의 신청을 기각한다.", f"피신청인이 {g.date(y=y)} 신청인에 대하여 한 영업정지처분은 이 법원 {y}구합{g.r.randint(1000, 90000)}호 사건의 판결 선고 시까지 그 효력을 정지한다."]) + "\n\n이 유\n"
        raw += f"기록에 의하면, 이 사건 처분의 효력으로 신청인에게 생길 회복하기 어려운 손해를 예방하기 위하여 긴급한 필요가 있다고 {g.ch(['인정된다', '보기 어렵다'])}.\n"
        if not g.masked and g.p(0.5):
            raw += f"신청인은 배우자 {E('PERSON', g.person(plain=True).full)}{g.ch(['이', '가'])} {E('HEALTH_INFO', g.ch(HEALTHX))}이어서 생계가 곤란하다는 사정을 소명하였다.\n"
    elif kind == "attach":
        num = f"{y}카단{g.r.randint(1000, 99999)} 채권가압류"
        b, acct = g.bank()
        raw = f"{c['court']}\n결 정\n\n사    건  {num}\n채 권 자  {c['agency']}\n          대표자 {c['head'].split()[-1]} {c['head_name']}\n채 무 자  {P.first()}"
        raw += (f" ({E('KR_RRN', g.rrn())})" if not g.masked and g.p(0.5) else "") + f"\n          {A_addr(g)}\n제3채무자 {b}\n          대표이사 {g.official()}\n\n주    문\n"
        raw += f"채무자의 제3채무자에 대한 별지 목록 기재 채권을 가압류한다.\n청구채권의 내용  {g.ch(['변상금', '부당이득금', '구상금'])} {g.money(300, 50000)}\n\n별지 가압류할 채권의 표시\n"
        raw += f"채무자가 제3채무자에 대하여 가지는 예금채권 중 위 청구금액에 이르기까지의 금액 (계좌번호 {E('BANK_ACCOUNT', acct) if not g.masked else '***-***-******'})\n"
    else:
        num = f"{y}타기{g.r.randint(100, 9999)} 과태료 이의"
        raw = f"{c['court']}\n결   정\n\n사 건  {num}\n위 반 자  {P.first()}\n          {A_addr(g)}\n\n주 문\n위반자를 과태료 {g.money(5, 300, 10000)}에 처한다.\n\n이 유\n"
        raw += f"위반자는 {g.date(y=y - 1)} {c['agency']} {g.ch(['공영주차장', '어린이보호구역', '소방차 전용구역'])}에서 관계 법령을 위반하였다. {c['head']}의 통보에 의하여 「질서위반행위규제법」 제36조에 따라 주문과 같이 결정한다.\n"
        if not g.masked and g.p(0.5):
            raw += f"위반자는 당시 {E('HEALTH_INFO', g.ch(['임신 32주', '허리디스크 수술 직후', '공황장애 발작']))} 상태였다고 진술하나 감경 사유에 해당하지 않는다.\n"
    raw += f"\n{g.date(y=y, style=0)}\n{g.ch(['재판장 판사 ', '판사 ', '사법보좌관 '])}{c['judge']}\n"
    title = g.ch([f"{num} 결정문", f"{num} 결정 정본 송달 보고", f"{num} 결정"])
    raw = title + "\n\n" + raw
    return dict(title=title, raw=raw, doc_type="결정문", **hdr_meta(g, c))


def L_mediation(g, c):
    """조정조서 in box-drawing table"""
    y = g.ch([2024, 2025])
    P = g.person(masked=g.masked)
    M = g.person(masked=g.masked, plain=True)
    num = f"{y}머{g.r.randint(1000, 99999)}"
    nm = g.ch(["손해배상(기)", "손해배상(자)", "부당이득금", "임대차보증금반환"])
    rows = [("사    건", f"{num} {nm}"), ("신 청 인", P.first() + foreign_id(g, P)), ("주    소", A_addr(g)), ("피신청인", c["agency"]),
            ("소송수행자", f"{c['dept']} {c['rank']} {c['off1']}"), ("조정위원", f"{M.first()}" + g.ch(["", " (변호사)", " (상임조정위원)", " (건축사)"])),
            ("조 정 장", f"판사 {c['judge']}"), ("기    일", f"{g.date(y=y, style=0)} {g.r.randint(10, 16)}:{g.ch(['00', '30'])}"),
            ("장    소", f"{c['court']} 제{g.r.randint(1, 9)}조정실"), ("공개 여부", "비공개")]
    if g.p(0.5):
        raw = "┌──────────┬────────────────────────────────────┐\n"
        for i, (k, v) in enumerate(rows):
            raw += f"│{k:<9}│ {v}\n"
            raw += "├──────────┼────────────────────────────────────┤\n" if i < len(rows) - 1 else "└──────────┴────────────────────────────────────┘\n"
    else:
        raw = "+------------+--------------------------------------+\n" + "".join(f"| {k} | {v} |\n" for k, v in rows) + "+------------+--------------------------------------+\n"
    amt = g.money(50, 9000, 10000)
    raw += "\n조 정 조 항\n"
    bk, ac = g.bank()
    pay = f"신청인 명의의 {'계좌' if g.p(0.5) else '예금계좌'}" + (f"({bk} {E('BANK_ACCOUNT', ac)})" if not g.masked else "")
    raw += f"1. 피신청인은 신청인에게 {amt}을 {g.date(y=y, style=g.ch([0, 2]))}까지 {pay}로 지급한다.\n"
    raw += "2. 신청인은 나머지 청구를 포기한다.\n3. 조정비용은 각자 부담한다.\n"
    if not g.masked and g.p(0.3):
        raw += f"4. 피신청인은 신청인이 {g.ch(['공공체육시설 이용료', '평생학습관 수강료', '공영주차장 정기권 요금'])}로 결제한 신용카드({E('CARD_NUMBER', g.card())}) 결제분 {g.money(5, 90, 10000)}의 승인을 취소한다.\n"
    raw += "\n청구의 표시\n"
    raw += f"청구취지 및 청구원인: 조정신청서 기재와 같다. (신청인 연락처 {A_phone(g)}" + (f", 전자우편 {E('EMAIL', g.pemail())}" if not g.masked and g.p(0.4) else "") + ")\n"
    raw += f"\n법원사무관 {c['judge2']}\n조정장 판사 {c['judge']}\n"
    title = g.ch(["조정조서", f"{num} 조정조서", f"{nm} 사건 조정 성립 보고"])
    raw = title + "\n\n" + raw
    return dict(title=title, raw=raw, doc_type="조정조서", **hdr_meta(g, c))


def L_payorder(g, c):
    """지급명령 key: value"""
    y = g.ch([2025, 2026])
    P = g.person(masked=g.masked)
    sep = g.ch([": ", " : ", "\t", "  "])
    num = f"{y}차{g.ch(['', '전'])}{g.r.randint(1000, 99999)}"
    why = g.ch(["변상금", "부당이득금", "대부료", "공사대금 반환", "보조금 반환금"])
    amt = g.money(300, 40000)
    c["court"] = c["court"].replace("서울고등법원", "서울중앙지방법원")
    raw = f"{c['court']}\n지 급 명 령\n\n"
    raw += f"사건{sep}{num} {why}\n채권자{sep}{c['agency']}\n{' ' * 8}대표자 {c['head'].split()[-1]} {c['head_name']}\n{' ' * 8}(소관: {c['dept']}, {c['tel']})\n"
    raw += f"채무자{sep}{P.first()}"
    if not g.masked:
        if P.foreign and g.p(0.7):
            raw += f" (외국인등록번호 {E('KR_FRN', g.frn())})"
        elif g.p(0.5):
            raw += f" ({E('KR_RRN', g.rrn())})"
    raw += f"\n{' ' * 8}{A_addr(g)}\n"
    raw += f"\n채무자는 채권자에게 아래 청구취지 기재의 금액을 지급하라.\n채무자는 이 명령이 송달된 날부터 2주일 이내에 이의신청을 할 수 있습니다.\n\n"
    raw += f"청구금액{sep}금 {amt}\n독촉절차비용{sep}금 {g.r.randint(30, 99)},{g.d(3)}원\n\n청구원인\n"
    raw += g.ch([f"1. 채무자는 {g.date(y=y - 2)}부터 {g.date(y=y - 1)}까지 채권자 소유의 공유재산을 무단으로 점유·사용하였다.\n2. 채권자는 {g.statute()}에 따라 변상금을 부과하였다.\n",
                 f"1. 채무자는 {g.ch(['청년월세 지원', '긴급복지 생계지원', '소상공인 재난지원금'])}을 중복 수령하였다.\n2. 채권자는 {g.date(y=y - 1)} 환수 결정을 통지하였으나 채무자는 이를 납부하지 않았다.\n"])
    raw += f"\n{g.date(y=y, style=0)}\n사법보좌관 {c['judge']}\n"
    title = g.ch([f"{why} 지급명령 신청 결과({num})", "지급명령 정본", f"{num} 지급명령"])
    raw = title + "\n\n" + raw
    return dict(title=title, raw=raw, doc_type="지급명령", **hdr_meta(g, c))


def L_report(g, c):
    """소송 수행 보고 memo with | table"""
    k = pick_case(g, c)
    P = k["P"]
    nonpub = None
    ongoing = g.p(0.3)
    raw = ""
    hd = g.ch(["수신", "수 신"])
    raw += f"{hd}  {c['dhead']} (경유)\n제목  {{TITLE}}\n\n"
    b1 = g.ch(["○", "□", "1.", "◦"])
    b2k = g.ch(["-", "·", "가.", "▸"])
    cnt = [0]

    class _B:
        def __format__(self, spec):
            if b2k != "가.":
                return b2k
            cnt[0] += 1
            return "가나다라마바사아자차"[min(cnt[0] - 1, 9)] + "."
    b2 = _B()

    def sec(t):
        cnt[0] = 0
        return f"{b1} {t}\n"
    raw += sec("사건 개요")
    raw += f"  {b2} 사 건 : {c['court']} {k['num']} {k['name']}\n"
    who = g.ch(["원 고", "원고(상대방)", "당사자"]) if k["side"] == "defendant" else g.ch(["피 고", "피고(상대방)"])
    extra = ""
    if not g.masked:
        extra = g.ch([f", {E('PHONE', g.mobile())}", f", 주소 {E('ADDRESS', g.addr())}", "", f", 연락처 {E('PHONE', g.mobile())}"])
    raw += f"  {b2} {who} : {P.first()}{extra}\n"
    raw += f"  {b2} {'피 고' if k['side'] == 'defendant' else '원 고'} : {c['agency']} (소송수행자 {c['rank']} {c['off1']})\n"
    if g.p(0.6):
        L, firm = lawyer(g)
        raw += f"  {b2} 상대방 소송대리인 : {firm} 변호사 {L.first()}\n"
    if g.p(0.4):
        L2, firm2 = lawyer(g)
        raw += f"  {b2} 우리 {'구' if c['gu'] else '시'} 소송대리인 : {firm2} 변호사 {L2.first()} (착수금 {g.money(110, 550, 10000)})\n"
    raw += "\n" + sec("사건 내용")
    for s in narrative(g, c, k["key"], P, k["P2"], k["cd"]):
        raw += f"  {b2} {s}\n"
    raw += "\n" + sec("진행 경과")
    raw += g.ch(["| 일자 | 내용 | 비고 |\n|---|---|---|\n", "| 일 자 | 진 행 내 용 | 비 고 |\n|------|---------|-----|\n", "일자 | 내용 | 비고\n"])
    y = k["y"]
    ev = [("소장 접수", ""), ("답변서 제출", c["off1"]), ("제1회 변론기일", ""), ("현장검증", g.ch(["", "원고 측 불출석"])),
          ("증인신문", "WIT"), ("조정회부", "불성립"), ("판결 선고", g.ch(["원고 패소", "일부 인용", "원고 승소"]))]
    n = g.r.randint(3, len(ev))
    for m, (e, note) in enumerate(ev[:n]):
        if note == "WIT":
            W = g.person(masked=g.masked, plain=True)
            note = f"증인 {W.first()}({g.ch(['목격자', '원고 지인', '현장 관리인', '아파트 경비원'])})"
        raw += f"| {g.date(y=y, m=min(12, m + 2), style=0)} | {e} | {note} |\n"
    raw += "\n" + sec("향후 계획")
    if ongoing:
        raw += f"  {b2} (내부 검토) 상대방 주장에 대한 반박 논리 및 화해 권고 수용 여부를 법률자문 후 결정 예정\n  {b2} 예상 배상액 {g.money(1000, 30000)} 범위 내 조정안 검토\n"
        nonpub = [4, 5] if g.p(0.5) else [5]
    else:
        raw += g.ch([f"  {b2} 판결 확정에 따라 소송비용 확정 신청 예정\n", f"  {b2} 항소 포기(법무담당관 협의 완료)\n", f"  {b2} 배상금 지급 후 종결 처리\n"])
    raw += f"\n담당 {c['dept']} {c['rank']} {c['off1']} (☎ {c['tel']}, {c['mail']})\n"
    title = g.ch([f"{k['num']} 사건 소송 수행 결과 보고", f"{k['name']} 소송 진행상황 보고", f"원고 {P.ref()} {k['name']} 사건 경과 보고" if k['side'] == 'defendant' else f"{k['name']} 소송 제기 결과 보고"])
    raw = raw.replace("{TITLE}", title)
    title_plain = _MARK.sub(lambda m: m.group(2), title)
    d = dict(title=title, raw=title + "\n\n" + raw, doc_type="소송 수행 보고", **hdr_meta(g, c))
    if nonpub:
        d["nonpublic"] = nonpub
    return d


def L_status(g, c):
    """소송 현황표 (tab or pipe), sometimes aggregate only (public)"""
    y = g.ch([2025, 2026])
    agg = g.p(0.35)
    title = g.ch([f"{y}년 {g.r.randint(1, 4)}분기 소송 현황", f"{c['agency']} 계류 소송 현황({g.date(y=y)} 기준)", "소송사건 처리 현황 보고"])
    raw = title + "\n\n"
    if agg:
        raw += f"1. 총괄\n" + g.ch(["구분\t계\t승소\t패소\t일부승소\t진행중\n", "| 구분 | 계 | 승소 | 패소 | 일부 | 진행 |\n|---|---|---|---|---|---|\n"])
        for kind in ["민사", "행정", "국가배상", "행정심판"]:
            a, b, cc, dd = (g.r.randint(0, 40) for _ in range(4))
            tab = "\t" in raw
            vals = [kind, str(a + b + cc + dd), str(a), str(b), str(cc), str(dd)]
            raw += ("\t".join(vals) if tab else "| " + " | ".join(vals) + " |") + "\n"
        raw += f"\n2. 주요 사항\n○ 전년 동기 대비 승소율 {g.r.randint(55, 90)}.{g.r.randint(0, 9)}%\n○ 소송비용 예산 {g.money(10000, 90000, 10000)} 중 {g.r.randint(20, 80)}% 집행\n"
        raw += f"○ {g.statute()}에 따라 분기별로 보고함\n○ 문서번호 {g.docno(c['dept'])}\n"
    else:
        cols = g.ch([["연번", "사건번호", "사건명", "원고", "피고", "담당", "진행"], ["No", "사건번호", "사건명", "상대방", "소관부서", "소송수행자", "결과"]])
        tab = g.p(0.5)
        raw += ("\t".join(cols) if tab else "| " + " | ".join(cols) + " |\n|" + "---|" * len(cols)) + "\n"
        for i in range(g.r.randint(3, 7)):
            k = pick_case(g, dict(c))
            P = k["P"]
            firm = g.p(0.25) and k["key"] not in ("welfare", "parking", "disclose", "fall")
            party = g.ch(g.COMPANIES) if firm else P.ref()
            if cols[3] == "원고":
                a, b = (party, c["agency"]) if k["side"] == "defendant" else (c["agency"], party)
                vals = [str(i + 1), k["num"], k["name"], a, b, g.official(), g.ch(["진행중", "승소", "패소", "화해", "조정성립"])]
            else:
                vals = [str(i + 1), k["num"], k["name"], party, g.ch(DEPTS), f"{g.official()} {g.ch(['주무관', '팀장'])}", g.ch(["진행중", "승소 확정", "항소심 계속"])]
            raw += ("\t".join(vals) if tab else "| " + " | ".join(vals) + " |") + "\n"
        raw += f"\n※ 문의: {c['dept']} ({c['tel']})\n"
    return dict(title=title, raw=raw, doc_type="소송 현황", **hdr_meta(g, c))


def L_letter(g, c):
    """letter to a party: 판결금 지급 안내 / 재결 결과 통보"""
    P = g.person(masked=g.masked)
    y = g.ch([2025, 2026])
    kind = g.ch(["pay", "result", "collect"])
    dn = g.docno(c["dept"])
    raw = f"{c['agency']}\n\n수신  {P.first()}{g.ch([' 귀하', ' 님', '님 귀하'])}  ({g.ch(['우편번호 ' + g.d(5) + ' ', ''])}{A_addr(g)})\n(경유)\n제목  {{TITLE}}\n\n"
    num = f"{y - 1}가단{g.r.randint(1000, 99999)}"
    if kind == "pay":
        b, acct = g.bank()
        raw += f"1. 귀하의 가정에 평안을 기원합니다.\n2. {c['court']} {num} 손해배상 사건의 판결이 {g.date(y=y)} 확정됨에 따라 판결금을 아래와 같이 지급할 예정임을 알려드립니다.\n\n"
        raw += f"  가. 지급액: {g.money(100, 9000, 10000)}(지연손해금 포함)\n  나. 지급 계좌: {b} {E('BANK_ACCOUNT', acct) if not g.masked else '(신청인 제출 계좌)'} (예금주: {P.ref()})\n  다. 지급 예정일: {g.date(y=y)}\n"
        raw += f"3. 지급 관련 문의는 {c['dept']} {c['off1']} 주무관({c['tel']})에게 하여 주시기 바랍니다.\n"
        title = g.ch(["판결금 지급 안내", "손해배상금 지급 예정 알림", f"{num} 사건 판결금 지급 안내"])
    elif kind == "result":
        raw += f"1. 귀하께서 {g.date(y=y)} 청구하신 행정심판 사건에 대하여 서울특별시행정심판위원회가 {g.date(y=y)} 재결하였으므로 재결서 정본을 송부합니다.\n"
        raw += f"2. 재결 내용: {g.ch(['인용', '기각', '일부인용', '각하'])}\n3. 재결에 불복하는 경우 재결서 정본을 받은 날부터 90일 이내에 행정소송을 제기할 수 있습니다.\n"
        if not g.masked and g.p(0.5):
            raw += f"4. 귀하께서 신청서에 적으신 연락처({E('PHONE', g.mobile())})로 송달 사실을 문자로도 안내해 드렸습니다.\n"
        title = g.ch(["행정심판 재결서 송부", "재결 결과 통보", "행정심판 재결 결과 알림"])
    else:
        raw += f"1. {c['court']} {num} 부당이득금 사건에서 귀하에게 {g.money(100, 9000, 10000)}의 지급을 명하는 판결이 확정되었습니다.\n"
        raw += f"2. {g.date(y=y)}까지 아래 가상계좌로 납부하지 않으시면 {g.statute()}에 따라 강제집행 절차가 진행됨을 알려드립니다.\n  - 납부계좌: 우리은행 {g.d(3)}-{g.d(6)}-{g.d(2)}-{g.d(3)} (예금주 {c['agency']})\n"
        title = g.ch(["판결금 납부 독촉", "확정판결에 따른 부당이득금 납부 안내"])
    raw += f"\n{c['head']}\n\n기안자 {c['rank']} {c['off1']}  검토자 팀장 {c['off2']}  결재권자 {c['dhead']} {c['judge']}\n시행 {dn} ({g.date(y=y, style=0)})  접수\n우 {g.d(5)} {g.ch(g.PUBLIC_ADDR)} / 전화 {c['tel']} / 전송 {g.office_line()} / {c['mail']} / 공개구분 {g.ch(['부분공개(6)', '공개', '부분공개'])}\n"
    raw = raw.replace("{TITLE}", title)
    raw = title + "\n\n" + raw
    return dict(title=title, raw=raw, doc_type="통지문", **hdr_meta(g, c))


def L_witness(g, c):
    """증인신문 / 변론 경과 보고 — running prose"""
    k = pick_case(g, c)
    P = k["P"]
    W = g.person(masked=g.masked, plain=True)
    W2 = g.person(masked=g.masked)
    y = k["y"]
    raw = f"{k['num']} {k['name']} 사건의 제{g.r.randint(2, 5)}회 변론기일이 {g.date(y=y)} {c['court']} 제{g.r.randint(300, 560)}호 법정에서 열렸습니다. "
    raw += f"우리 {'구' if c['gu'] else '시'}에서는 소송수행자인 {c['dept']} {c['rank']} {c['off1']}{J(c['off1'], '과/와')} {c['off2']} 주무관이 출석하였고, "
    raw += f"{'원고' if k['side'] == 'defendant' else '피고'} {P.first()}{P.j('은/는')} {g.ch(['본인이 직접 출석하였습니다', '소송대리인만 출석하였습니다', '불출석하였습니다'])}.\n\n"
    raw += f"이날 {'원고' if k['side'] == 'defendant' else '피고'} 측 증인으로 채택된 {W.first()}{W.j('은/는')} "
    if k["key"] == "fall":
        raw += g.ch([f"사고 당일 원고와 함께 있었으며 \"보도블록이 깨져 있어서 발이 걸렸다\"고 진술하였습니다. ",
                     f"현장 인근 상가 관리인으로서 \"파손 부위는 한 달 넘게 방치되어 있었다\"고 증언하였습니다. "])
    else:
        raw += g.ch([f"\"당시 상황을 직접 보았고, 담당 공무원의 안내가 없었다\"고 진술하였습니다. ",
                     f"현장 인근 주민으로서 \"그 무렵 같은 문제로 여러 차례 민원을 넣었다\"고 증언하였습니다. ",
                     f"\"원고가 평소 그 장소를 자주 이용하였다\"고 진술하였습니다. "])
    if not g.masked and g.p(0.5):
        raw += f"증인은 원고가 사고 이후 {E('HEALTH_INFO', g.ch(['불면증과 우울감으로 정신건강의학과 진료', '허리 통증으로 물리치료', '외상 후 스트레스 장애 진단']))}를 받고 있다고 덧붙였습니다. "
    raw += f"이에 대하여 우리 {'구' if c['gu'] else '시'} 측은 {c['dept']} 현장점검 기록과 {g.ch(['CCTV 영상', '민원 처리 대장', '보수공사 일지'])}를 근거로 반대신문을 하였습니다.\n\n"
    if g.p(0.5):
        raw += f"한편 재판부(판사 {c['judge']})는 {W2.first()} 씨{g.ch(['를', '에 대한'])} 추가 증인 신청을 {g.ch(['채택', '기각'])}하였고, "
        if not g.masked and g.p(0.6):
            raw += f"증인 소환장은 {E('ADDRESS', g.addr())}로 송달될 예정입니다. "
        raw += f"다음 기일은 {g.date(y=y)} {g.r.randint(10, 16)}:{g.ch(['00', '20', '40'])}로 지정되었습니다.\n"
    else:
        raw += f"재판부는 변론을 종결하고 판결 선고기일을 {g.date(y=y)}로 지정하였습니다.\n"
    raw += g.ch([f"\n(작성: {c['off1']} / {c['tel']})\n", f"\n{c['dept']} 송무 담당 {c['off1']}\n", "\n"])
    title = g.ch([f"{k['num']} 변론기일 결과 보고", "증인신문 결과 보고", f"{k['name']} 사건 변론 경과"])
    raw = title + "\n\n" + raw
    d = dict(title=title, raw=raw, doc_type="소송 수행 보고", **hdr_meta(g, c))
    if g.p(0.12):
        d["nonpublic"] = [4]
    return d


def L_complaint(g, c):
    """고소·고발 사건 처리 보고 (bullets) — investigation in progress is nonpublic [4]"""
    y = g.ch([2025, 2026])
    kind = g.ch(["defame", "subsidy", "dumping", "assault"])
    S = g.person(masked=g.masked)
    C = g.person(masked=g.masked, plain=True)
    b = g.ch(["□", "○", "▣", "■"])
    raw = ""
    st = g.ch(["수사 중", "송치", "불송치(혐의없음)", "기소", "벌금형 확정"])
    if kind == "defame":
        raw += f"{b} 사건 개요\n - 피고소인 {S.first()}{S.j('은/는')} {g.date(y=y - 1)}부터 {c['agency']} 홈페이지 자유게시판 및 {g.ch(['지역 커뮤니티', '포털 카페'])}에 담당 공무원을 비방하는 글을 {g.r.randint(5, 40)}회 게시함\n"
        if not g.masked:
            raw += f" - 게시 당시 접속 IP: {E('IP_ADDRESS', g.ip())}" + (f", {E('IP_ADDRESS', g.ip())}" if g.p(0.4) else "") + f" (서버 접속기록, 전산 담당 {c['off2']} 확인)\n"
            raw += f" - 작성자 가입 정보: 이메일 {E('EMAIL', g.pemail())}\n"
        raw += f"{b} 고소 내용\n - 고소인: {c['dept']} 소속 공무원 (개인 자격 고소, 명예훼손)\n - 죄명: 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 위반(명예훼손)\n"
    elif kind == "subsidy":
        raw += f"{b} 사건 개요\n - 피고발인 {S.first()}{'(' + E('KR_RRN', g.rrn()) + ')' if not g.masked and g.p(0.4) else ''}{S.j('은/는')} {g.ch(['청년 창업지원금', '어르신 일자리 보조금', '주거급여'])}을 허위 서류로 {g.r.randint(2, 12)}회 수령함\n"
        raw += f" - 부정수급액: {g.money(300, 9000, 10000)}\n - 입금 계좌: " + (E("BANK_ACCOUNT", g.bank()[1]) if not g.masked else "(생략)") + f"\n{b} 고발 내용\n - 고발인: {c['head']}\n - 죄명: 「지방재정법」 위반, 사기\n"
    elif kind == "dumping":
        pl = E("VEHICLE_PLATE", g.plate()) if not g.masked else "(차량번호 생략)"
        raw += f"{b} 사건 개요\n - {g.date(y=y)} 새벽 {c['gu_name']} {g.ch(g.DONG)} 공터에 건설폐기물 {g.r.randint(2, 30)}톤 무단 투기\n - 투기 차량 {pl}, 운전자 {S.first()}(CCTV 확인)\n"
        raw += f" - 차량 소유자: {g.ch(g.COMPANIES)} (사업자등록번호 {g.bizno()})\n{b} 고발 내용\n - 고발인: {c['head']}\n - 죄명: 「폐기물관리법」 위반\n"
    else:
        raw += f"{b} 사건 개요\n - {g.date(y=y)} {c['agency']} {g.ch(['민원실', '주민센터', '복지정책과 사무실'])}에서 민원인 {S.first()}{S.j('이/가')} 상담 중 고성을 지르며 기물을 파손함\n"
        raw += f" - 목격자: 민원인 {C.first()}, 청원경찰 {g.official()}\n"
        if not g.masked and g.p(0.5):
            raw += f" - 피고소인은 {E('HEALTH_INFO', g.ch(['조현병 치료 이력', '알코올 의존증', '양극성 장애 진단']))}이 있다고 가족이 진술함\n"
        raw += f"{b} 고소 내용\n - 고소인: {c['head']}(기관 고소), 죄명: 업무방해, 재물손괴\n"
    raw += f"{b} 처리 상황\n - 관할 {g.ch(['서울', ''])}{c['gu_name'].replace('구', '')}경찰서 {g.ch(['수사과', '형사과', '사이버수사팀'])} 접수({g.date(y=y)})\n - 현재 {st}\n"
    raw += f"{b} 담당: {c['dept']} {c['off1']} ☎ {c['tel']}\n"
    title = g.ch(["고소·고발 사건 처리 상황 보고", f"{'명예훼손 고소' if kind == 'defame' else '고발'} 사건 진행 보고", "형사 고발 결과 보고"])
    raw = title + "\n\n" + raw
    d = dict(title=title, raw=raw, doc_type="고소·고발 보고", **hdr_meta(g, c))
    if st == "수사 중" or g.p(0.1):
        d["nonpublic"] = [4]
    return d


def L_heirs(g, c):
    """소송수계 / 상속인 확인 — 가. 나. list"""
    y = g.ch([2025, 2026])
    D = g.person(masked=g.masked, plain=True)
    n = g.r.randint(1, 4)
    H = [g.person(masked=g.masked) for _ in range(n)]
    num = f"{y - 1}가단{g.r.randint(1000, 99999)}"
    raw = f"1. 관련: {c['court']} {num} 부당이득금 사건\n2. 위 사건의 피고 망 {D.first()}{J(D.plainname(), '이/가')} {g.date(y=y - 1)} 사망하여 소송절차가 중단되었으므로, 「민사소송법」 제233조에 따라 아래 상속인들에 대한 소송수계를 신청하고자 합니다.\n\n"
    raw += "가. 상속인 현황\n"
    rel = ["배우자", "장남", "장녀", "차남", "차녀", "손자"]
    for i, h in enumerate(H):
        if i > 0 and not D.masked and not D.foreign and not h.foreign and h.form in ("plain", "spaced"):
            h.sur = D.sur
            h.full = h.sur + h.given
        line = f"  ({i + 1}) {rel[i] if i < len(rel) else '자녀'} {h.first()}"
        if not g.masked:
            line += g.ch([f", {E('KR_RRN', g.rrn())}", f", 생년월일 {E('BIRTH_DATE', g.birthdate())}", ""]) + f", {E('ADDRESS', g.addr())}"
        raw += line + f", 상속분 {g.ch(['3/7', '2/7', '1/2', '1/4', '1/3'])}\n"
    raw += f"나. 상속 포기 여부: {g.ch(['가정법원 조회 결과 상속포기 신고 없음', '상속인 중 1인 한정승인 신고(' + g.date(y=y) + ')'])}\n"
    raw += f"다. 근거 서류: 기본증명서, 가족관계증명서, 제적등본(발급일 {g.date(y=y)})\n\n3. 상속인들에 대한 소송수계신청서는 소송수행자 {c['off1']}이 {g.date(y=y)}까지 제출할 예정입니다.\n"
    raw += f"\n{c['dept']}-{g.r.randint(100, 9999)} / 담당 {c['rank']} {c['off1']} / {c['tel']}\n"
    title = g.ch(["소송수계 신청 계획 보고", f"{num} 피고 사망에 따른 상속인 확인", "상속인 소송수계 추진"])
    raw = title + "\n\n" + raw
    return dict(title=title, raw=raw, doc_type="소송 수행 보고", **hdr_meta(g, c))


def L_recourse(g, c):
    """구상금 청구 검토 — key/value block + insurer"""
    y = g.ch([2025, 2026])
    Dr = g.person(masked=g.masked)
    Ins = g.person(masked=g.masked, plain=True)
    ins = g.ch(g.INSURERS)
    bz = g.bizno()
    fm = g.ch(["{0}: {1}", "{0} ─ {1}", "• {0} : {1}", "{0}\t{1}", "[{0}] {1}"])
    mk = lambda k, v: fm.format(k, v)
    rows = [("사고일시", f"{g.date(y=y - 1)} {g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}"),
            ("사고장소", f"{c['gu_name']} {g.ch(g.ROADS)} {g.ch(['교차로', '고가차도 진입부', '버스중앙차로'])}"),
            ("피해시설", g.ch(["교통신호제어기 1기", "방호울타리 24m", "가로등 2본", "버스정류소 쉘터"])),
            ("가해차량", E("VEHICLE_PLATE", g.plate()) if not g.masked else "○○라 ○○○○"),
            ("운전자", Dr.first() + (f" (운전면허 {E('KR_DRIVER_LICENSE', g.license())})" if not g.masked and g.p(0.5) else "")),
            ("피보험자", Ins.first()),
            ("보험사", f"{ins} (사업자등록번호 {bz}, 보상센터 1588-{g.d(4)})"),
            ("사고접수번호", f"{y - 1}{g.d(7)}-{g.d(2)}"),
            ("복구비", g.money(300, 9000, 10000))]
    if not g.masked and g.p(0.4):
        rows.insert(5, ("운전자 연락처", E("PHONE", g.mobile())))
    raw = "\n".join(mk(k, v) for k, v in rows)
    raw += f"\n\n검토 의견\n{g.ch(['보험사가 과실비율 100%를 인정하지 않아', '보험사가 대인·대물 한도를 이유로 일부만 지급하여'])} {c['court']}에 구상금 청구 소송(소가 {g.money(300, 9000, 10000)})을 제기하고자 함.\n"
    raw += f"관련: {g.statute()}, 「서울특별시 소송사무 처리 규칙」\n"
    if g.p(0.3):
        raw += f"(사고 경위서상 운전자는 {E('HEALTH_INFO', g.ch(['음주(혈중알코올농도 0.09%) 상태', '당뇨 저혈당 쇼크 상태', '수면제 복용 상태']))}였음)\n" if not g.masked else "(운전자 상태에 관한 사항은 생략)\n"
    title = g.ch(["교통사고 시설물 파손 구상금 청구 검토", "구상금 청구소송 제기 계획", "시설물 파손 손해배상 청구 검토"])
    raw = title + "\n\n" + raw
    return dict(title=title, raw=raw, doc_type="소송 수행 보고", **hdr_meta(g, c))


def L_secret(g, c):
    """nonpublic: litigation strategy / trade secret / national security"""
    y = g.ch([2025, 2026])
    kind = g.ch(["strategy", "trade", "security"])
    co, bz, tel = g.company_line()
    if kind == "strategy":
        title = g.ch(["소송 대응 전략(안) 검토", "항소 여부 내부 검토"])
        raw = f"{title}\n\n※ 내부 검토 자료 — 외부 유출 금지\n\n1. 현황: {c['court']} {y}가합{g.r.randint(1000, 99999)} 손해배상 사건, 원고 {co}(대표이사 {g.official()}) 청구액 {g.money(100000, 900000, 10000)}\n"
        raw += f"2. 쟁점별 승소 가능성: 계약 해제의 적법성(높음), 지체상금 산정(보통), 설계변경 귀책(낮음)\n3. 대응 방안: 감정 신청 및 조정안 하한 {g.money(50000, 200000, 10000)} 검토\n4. 향후 일정: {g.date(y=y)} 법률자문위원회 상정\n"
        np = [4, 5]
    elif kind == "trade":
        title = g.ch(["공사대금 소송 관련 원가자료 제출 검토", "용역대금 분쟁 영업비밀 자료 검토"])
        raw = f"{title}\n\n1. 소송 상대방 {co}(사업자등록번호 {bz}, 대표전화 {tel})이 제출한 공법별 원가계산서 및 협력업체 단가표\n2. 위 자료는 상대방의 경영상·영업상 비밀에 해당하여 제3자 공개 시 정당한 이익을 해할 우려가 있음\n3. 재판부에 열람제한 신청 예정 ({g.statute()})\n"
        np = [7]
    else:
        title = g.ch(["방호시설 부지 관련 행정소송 대응", "통합방위 시설 소송 자료 검토"])
        raw = f"{title}\n\n1. {c['court']} {y}구합{g.r.randint(1000, 99999)} 사건과 관련하여 {g.ch(['군 방공진지', '비상대비 지휘시설', '대공 방어 시설'])}의 위치·규모가 기재된 자료 제출 요구\n2. 해당 자료는 국방·국가안전보장과 관련되어 {g.ch(['수도방위사령부', '국방부'])}와 협의 후 비공개 제출\n3. 담당: {c['dept']} {c['off1']} ({c['tel']})\n"
        np = [2]
    return dict(title=title, raw=raw, doc_type="소송 수행 보고", nonpublic=np, **hdr_meta(g, c))


def L_whole_person(g, c):
    """nonpublic [6]: a decision wholly about one named individual (징계/소청 or guardianship)"""
    y = g.ch([2025, 2026])
    P = g.person()
    kind = g.ch(["appeal", "guardian"])
    if kind == "appeal":
        title = "소청심사 결정서"
        raw = f"{title}\n\n사 건 {y}-{g.r.randint(10, 999)} 감봉처분 취소 청구\n소 청 인 {P.first()} ({c['agency']} {g.ch(['행정7급', '시설8급', '사회복지6급'])}, {E('BIRTH_DATE', g.birthdate())}생)\n"
        raw += f"주 소 {E('ADDRESS', g.addr())}\n피소청인 {c['head']}\n\n주 문 소청인의 청구를 기각한다.\n\n이 유\n소청인은 {g.date(y=y - 1)} 근무시간 중 무단이석 {g.r.randint(3, 15)}회 및 음주운전(혈중알코올농도 0.0{g.r.randint(3, 9)}%)으로 감봉 {g.r.randint(1, 3)}월 처분을 받았다. "
        raw += f"소청인은 {E('HEALTH_INFO', g.ch(HEALTHX[2:]))}을 감경 사유로 주장하나 받아들이지 않는다.\n\n{g.date(y=y, style=0)}\n서울특별시 지방소청심사위원회 위원장 {c['judge']}\n"
    else:
        title = "성년후견 개시 심판 결과 보고"
        raw = f"{title}\n\n1. 사건: {c['court'].replace('지방법원', '가정법원') if '서울' in c['court'] else '서울가정법원'} {y}느단{g.r.randint(1000, 9999)} 성년후견개시\n2. 청구인: {c['head']}(「치매관리법」 제12조의3에 따른 시장 등의 청구)\n"
        raw += f"3. 사건본인: {P.first()} ({E('KR_RRN', g.rrn())}), {E('ADDRESS', g.addr())}\n4. 사건본인 상태: {E('HEALTH_INFO', g.ch(['중등도 알츠하이머형 치매', '지적장애(심한 장애)', '뇌경색 후유증으로 의사소통 불가']))}\n"
        raw += f"5. 후견인: {g.ch(['사회복지법인 ○○복지재단', '전문가 후견인 ' + E('PERSON', g.person(plain=True).full) + ' (사회복지사)'])}\n6. 후견인 보수 및 재산목록 제출: {g.date(y=y)}\n"
    return dict(title=title, raw=raw, doc_type="결정문", nonpublic=[6], **hdr_meta(g, c))


LAYOUTS = [(L_judgment, 14), (L_ruling, 12), (L_decision, 9), (L_mediation, 9), (L_payorder, 9), (L_report, 12),
           (L_status, 10), (L_letter, 9), (L_witness, 7), (L_complaint, 7), (L_heirs, 5), (L_recourse, 7),
           (L_secret, 5), (L_whole_person, 4)]


def make_doc(g):
    g.masked = g.p(0.25)
    c = mk_ctx(g)
    fns = [f for f, w in LAYOUTS for _ in range(w)]
    return g.ch(fns)(g, c)


if __name__ == "__main__":
    run(make_doc, "court_rulings")
