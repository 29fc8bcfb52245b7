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
# ---- family: minutes_turns ----
# Council committee minutes, mediation / hearing minutes, residents' meetings with speaker turns.

COMMITTEES = ["교통위원회", "도시계획균형위원회", "환경수자원위원회", "보건복지위원회", "행정자치위원회", "주택공간위원회",
              "기획경제위원회", "문화체육관광위원회", "교육위원회", "예산결산특별위원회"]
TOPICS = [
    ("층간소음", "공동주택 층간소음"), ("재개발", "○○1구역 재개발 정비계획"), ("주차장", "공영주차장 건립"),
    ("스쿨존", "어린이보호구역 확대"), ("적환장", "생활폐기물 적환장 이전"), ("버스", "마을버스 노선 조정"),
    ("경로당", "경로당 리모델링"), ("공원", "근린공원 조성"), ("하수", "하수관로 정비공사"),
    ("전세", "전세사기 피해 지원"), ("환기구", "도시철도 환기구 설치"), ("통학로", "통학로 보도 설치"),
]
OFF_ROLES = ["교통실장", "도시계획국장", "주택정책실장", "복지정책실장", "기후환경본부장", "안전총괄실장", "재정기획관",
             "도시계획과장", "주택정책과장", "교통정책과장", "공원조성과장", "치수안전과장", "건축과장", "팀장", "주무관"]


def A_addr(g, unit_only=False):
    if g.masked:
        return g.ch(["○○동 ○○호", "(주소 생략)", "○○로 ○○"])
    return E("ADDRESS", g.unit() if unit_only else g.addr())


def meta(g, dept):
    return dict(department=dept, approved_at=f"{g.ch([2025, 2026])}-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}",
                drafter=g.official(), approver=g.official(), approver_rank=g.ch(["과장", "팀장", "의사담당관", "국장", "전문위원"]))


# -------------------------------------------------- speech pools
def res_speech(g, P, topic, ctx):
    """a resident's remark; may carry personal values; P is the speaker (Person)"""
    t = topic[0]
    opts = []
    home = E("ADDRESS", P.home) if getattr(P, "home", None) and not g.masked else A_addr(g, unit_only=g.p(0.5))
    opts.append(lambda: f"{g.ch(['저는', '저는요,', '네, 저는'])} {home}에 사는 {P.ref()}입니다. {g.ch(['밤마다 잠을 못 자고 있어요.', '작년부터 계속 민원을 넣었는데 바뀐 게 없습니다.', '오늘 꼭 답을 듣고 가고 싶습니다.'])}")
    opts.append(lambda: f"연락은 제 휴대폰 {E('PHONE', g.mobile()) if not g.masked else '010-****-****'}{g.ch(['로 주시면 됩니다.', '으로 문자 주세요.', '이에요. 낮에는 일하니까 저녁에 주세요.'])}")
    hp = g.ch([("치매 초기", "이셔서"), ("허리 수술을 두 번 받으셔서 거동이 불편", "하셔서"), ("파킨슨병", "을 앓고 계셔서"),
               ("청각장애 3급", "이시라"), ("심장 스텐트 시술", "을 받으셔서"), ("뇌졸중 후유증", "이 있으셔서")])
    opts.append(lambda: f"저희 {g.ch(['어머니가', '아버님이', '남편이', '아이가'])} {E('HEALTH_INFO', hp[0])}{hp[1]} 공사 소음이 정말 힘듭니다." if not g.masked else "저희 집에도 몸이 불편한 어르신이 계십니다.")
    opts.append(lambda: f"{g.ch(['예산이', '사업비가'])} {g.money(100, 9000, 1000000)}{g.ch(['이라는데', '이나 든다는데'])} 그 돈이면 {g.ch(['주차장을 두 개는 짓겠어요.', '경로당을 새로 짓고도 남겠습니다.', '방음벽부터 설치해 주세요.'])}")
    opts.append(lambda: f"우리 집이 {E('ADDRESS', g.ch(g.DONG) + ' ' + str(g.r.randint(1, 999)) + '-' + str(g.r.randint(1, 80))) if not g.masked else '○○동 ○○번지'}번지인데, 바로 앞에 {g.ch(['적환장이', '환기구가', '공사장 출입구가'])} 생기면 창문을 못 엽니다.")
    opts.append(lambda: f"제 차가 {E('VEHICLE_PLATE', g.plate()) if not g.masked else '○○가 ○○○○'}인데요, 집 앞에 세웠다고 매번 단속 문자가 옵니다.")
    opts.append(lambda: f"자료는 제 메일 {E('EMAIL', g.pemail()) if not g.masked else '(이메일 생략)'}로 보내 주시면 주민들한테 돌리겠습니다.")
    opts.append(lambda: f"주민 안전을 {g.ch(['위하여', '위해서'])} 서명부를 {g.r.randint(80, 600)}명분 모아서 {g.date()}에 구청에 냈어요. 그런데 답이 없습니다.")
    opts.append(lambda: f"{g.ch(['부모', '장애인', '어르신'])} 입장에서 보면 {g.ch(['통학로가 너무 위험합니다.', '계단만 있고 경사로가 없어요.', '버스 정류장이 너무 멀어집니다.'])}")
    opts.append(lambda: f"저는 {E('BIRTH_DATE', g.birthdate(style=g.ch([0, 2]))) if not g.masked else '19○○년'}생이라 {g.ch(['어르신 일자리 대상이 된다고 들었는데', '기초연금 대상인지 궁금합니다', '고령자 우선 배정이 된다고 해서요'])}.")
    bk = g.bank()
    opts.append(lambda: f"보상금은 제 계좌 {bk[0]} {E('BANK_ACCOUNT', bk[1]) if not g.masked else '***-***'}로 받을 수 있게 해 주세요.")
    opts.append(lambda: f"지난번에 {g.official()} 주무관님이 오셔서 보고 가셨는데, 그 뒤로 아무 연락이 없어요.")
    opts.append(lambda: f"제 번호 {E('PHONE', g.ch(['공일공 ', '공일공에 ']) + ' '.join(g.ch(['일이삼사', '구팔칠육', '오오삼이', '칠칠사팔', '이공일구', '삼육사오']) for _ in range(2))) if not g.masked else '(생략)'} 적어 가세요.")
    if t == "층간소음":
        opts.append(lambda: f"윗집 {A_addr(g, unit_only=True)}에서 새벽 두 시까지 {g.ch(['뛰는 소리', '운동기구 소리', '망치 소리'])}가 납니다. 녹음 파일도 {g.r.randint(5, 40)}개 있어요.")
    if t == "전세":
        opts.append(lambda: f"보증금 {g.money(5000, 40000, 10000)}을 못 돌려받았고, 임대인 {g.person(masked=g.masked, plain=True).first()}{g.ch(['은 연락이 안 됩니다.', '은 잠적했어요.'])}")
    return g.ch(opts)()


def off_speech(g, ctx, topic):
    return g.ch([
        f"말씀하신 부분은 {g.statute()}에 따라 검토하겠습니다.",
        f"관련 예산은 {g.money(100, 9000, 1000000)}이 편성되어 있고, {g.ch(['상반기', '하반기', '내년 1분기'])} 중 착공 예정입니다.",
        f"자세한 사항은 담당 부서 {ctx['tel']}로 문의해 주시면 안내해 드리겠습니다.",
        f"자료는 {ctx['mail']}로 요청해 주시면 보내 드리겠습니다.",
        f"현장 확인은 {g.date()}에 실시하였고, 결과는 문서번호 {g.docno(ctx['dept'])}로 회신드렸습니다.",
        f"{topic[1]} 사업은 당초 {g.date(y=2024)} 계획 수립 이후 주민 의견을 반영하여 조정 중입니다.",
        "유지관리 주체를 정비하고 안내 표지를 추가로 설치하겠습니다.",
        f"설명회 장소는 {g.ch(g.PUBLIC_ADDR)}이고, 주차는 지원되지 않습니다.",
        f"시공사는 {g.ch(g.COMPANIES)}(대표전화 {g.ch(['02', '031'])}-{g.nd(3)}-{g.d(4)})이며, 소음 민원은 현장사무소로도 받고 있습니다.",
        "당해 구역의 조사 결과를 보면 기준치를 넘는 시간대는 없었습니다.",
    ])


def member_speech(g, ctx, topic, resident=None):
    opts = [
        f"{topic[1]} 관련해서 {g.ch(['집행률이', '추진 실적이'])} {g.r.randint(10, 60)}%밖에 안 되는데 이유가 뭡니까?",
        f"예산 {g.money(100, 9000, 1000000)}을 들여서 효과가 있었는지 자료를 제출해 주세요.",
        f"{g.statute()} 개정 취지에 맞게 조례 정비가 필요하다고 봅니다.",
        "주민 설명회를 몇 번 했습니까? 형식적으로 한 번 하고 끝낸 것 아닙니까?",
        "소유한 부지를 왜 매각하려는지 근거를 말씀해 주세요.",
    ]
    if resident is not None:
        opts.append(f"제 지역구 주민이신 {resident.first()} 씨가 {g.ch(['수차례 민원을 넣으셨는데', '직접 찾아오셨는데'])} 답변이 한 번도 없었다고 합니다.")
        opts.append(f"{resident.first()} 님 댁이 {A_addr(g)}인데, 바로 그 앞이 공사 구간입니다.")
    return g.ch(opts)


CHAIR_LINES = ["의석을 정돈하여 주시기 바랍니다.", "성원이 되었으므로 회의를 개의하겠습니다.", "다음은 질의 순서입니다.",
               "정회를 선포합니다.", "속개하겠습니다.", "이상으로 오늘 회의를 마치겠습니다. 산회를 선포합니다.",
               "답변은 간단명료하게 해 주시기 바랍니다.", "발언 시간을 지켜 주시기 바랍니다."]


# -------------------------------------------------- turn renderers
def render(g, turns, style=None):
    st = style or g.ch(["colon", "colon", "circle", "bracket", "square", "arrow", "dash", "newline"])
    out = []
    for spk, sp in turns:
        if st == "colon":
            out.append(f"{spk}{g.ch([':', ' :'])} {sp}")
        elif st == "circle":
            out.append(f"{g.ch(['○', '◯'])}{spk}  {sp}")
        elif st == "bracket":
            out.append(f"【{spk}】 {sp}")
        elif st == "square":
            out.append(f"[{spk}] {sp}")
        elif st == "arrow":
            out.append(f"{spk} ▶ {sp}")
        elif st == "dash":
            out.append(f"- {spk} : {sp}")
        else:
            out.append(f"{spk}\n    {sp}")
    return "\n".join(out) + "\n"


def res_label(g, P, style=None):
    """speaker label for a resident"""
    if P.masked:
        return g.ch([P.mask, f"주민 {P.mask}", f"{P.mask}(주민)", "주민 A", f"질의자 {g.r.randint(1, 9)}"])
    k = style or g.ch(["주민", "unit", "after", "plain", "q", "dong"])
    if k == "주민":
        return f"{g.ch(['주민', '민원인', '청원인', '참석 주민', '입주민'])} {P.first()}"
    if k == "unit":
        return f"{E('ADDRESS', g.unit())}({P.first()})"
    if k == "after":
        return f"{P.first()}({g.ch(['주민', '입주민', '세입자', '상가 운영'])})"
    if k == "q":
        return f"질의자 {g.r.randint(1, 9)}({P.first()})"
    if k == "dong":
        return f"{P.first()} {g.ch(['주민', '님', '씨'])}"
    return P.first()


def mk_ctx(g):
    c = {"gu": g.ch(g.GU), "dept": g.ch(["의사담당관", "도시계획과", "주택정책과", "교통정책과", "공동주택과", "공원조성과",
                                          "자치행정과", "갈등조정담당관", "민원담당관", "환경과"])}
    c["tel"] = g.office_line(g.ch(["seoul", "gu"]))
    c["head"] = c["dept"] if c["dept"].endswith("담당관") else c["dept"] + "장"
    c["mail"] = g.oemail()
    return c


# -------------------------------------------------- layouts
def L_council(g, c):
    """council committee minutes — members/officials visible; residents/진술인 are PERSON"""
    com = g.ch(COMMITTEES)
    tp = g.ch(TOPICS)
    council = g.ch(["서울특별시의회", f"서울특별시 {c['gu']}의회"])
    sess = g.r.randint(300, 335)
    chair = g.official()
    members = [g.official() for _ in range(g.r.randint(2, 4))]
    offs = [(g.ch(OFF_ROLES[:7]), g.official()), (g.ch(OFF_ROLES[7:13]), g.official())]
    with_private = g.p(0.55) and not g.masked
    raw = f"제{sess}회 {council}({g.ch(['임시회', '정례회'])})\n\n{com} 회의록\n\n제{g.r.randint(1, 6)}호\n\n{council} 사무처\n\n"
    raw += f"일 시: {g.date(style=g.ch([0, 2]))} (목) {g.r.randint(10, 14)}시 {g.ch(['00', '05', '10'])}분\n장 소: {com} 회의실\n\n"
    raw += "의사일정\n" + f"1. {tp[1]} 추진 현황 보고\n2. {g.ch(['서울특별시 주차장 설치 및 관리 조례 일부개정조례안', '청원 심사', '2026년도 추경 예산안 예비심사'])}\n\n"
    raw += "출석위원(" + str(len(members) + 1) + "인)\n  " + " ".join([chair] + members) + "\n"
    raw += "출석공무원\n  " + "  ".join(f"{r} {n}" for r, n in offs) + "\n"
    R = None
    if with_private:
        R = g.person()
        kind = g.ch(["진술인", "청원인", "참고인"])
        raw += f"{kind}\n  {R.first()}" + (f" ({g.ch(['○○대학교 교수', '주민대표', '상인회 총무', '세입자 대표'])})" if g.p(0.7) else "") + "\n"
    raw += "\n(" + f"{g.r.randint(10, 14)}시 {g.r.randint(0, 59):02d}분 개의)\n\n"
    cs = g.ch(["circle", "circle", "colon", "newline"])
    turns = [(f"위원장 {chair}", g.ch(CHAIR_LINES[:3]) + f" 의사일정 제1항 {tp[1]} 추진 현황 보고의 건을 상정합니다."),
             (f"{offs[0][0]} {offs[0][1]}", f"{offs[0][0]} {offs[0][1]}입니다. " + off_speech(g, c, tp))]
    for m in members:
        turns.append((f"{m} 위원", member_speech(g, c, tp, resident=g.person(masked=g.masked, plain=True) if g.p(0.25) else None)))
        turns.append((f"{offs[1][0]} {offs[1][1]}", off_speech(g, c, tp)))
    if R is not None:
        turns.append((f"위원장 {chair}", f"다음은 {R.ref()} {kind}의 의견을 듣겠습니다."))
        turns.append((f"{kind} {R.ref()}", res_speech(g, R, tp, c)))
        if g.p(0.5):
            turns.append((f"{members[0]} 위원", f"{R.given_ref() if g.p(0.3) else R.ref()} {g.ch(['님', '씨'])} 말씀 잘 들었습니다. " + g.ch(["집행부는 대안을 마련해 주세요.", "추가 자료를 제출해 주십시오."])))
    turns.append((f"위원장 {chair}", g.ch(CHAIR_LINES[5:])))
    raw += render(g, turns, cs)
    raw += f"\n({g.r.randint(15, 18)}시 {g.r.randint(0, 59):02d}분 산회)\n"
    title = f"제{sess}회 {com} 회의록"
    raw = title + "\n" + raw
    return dict(title=title, raw=raw, doc_type="의회 회의록", **meta(g, "의사담당관"))


def L_mediation(g, c):
    """층간소음/공동주택 분쟁조정 minutes — unit(name) speakers"""
    A = g.person(masked=g.masked, foreign_ok=False)
    B = g.person(masked=g.masked)
    M1 = g.person(masked=g.masked, plain=True)
    clerk = g.official()
    ua, ub = g.unit(), g.unit()
    A.home, B.home = ua, ub
    apt = g.ch(g.APT) + g.ch(["아파트", " 아파트", ""])
    raw = f"{g.ch(['서울특별시 공동주택 분쟁조정위원회', c['gu'] + ' 층간소음 이웃분쟁 조정센터', '공동주택관리 분쟁조정위원회'])}\n"
    raw += f"{g.ch(['조정회의록', '조정 회의록', '조정기일 회의록'])}\n\n"
    hdr = [("사건번호", f"{g.ch([2025, 2026])}-조정-{g.r.randint(10, 999)}"), ("일시", f"{g.date()} {g.r.randint(10, 19)}:00"),
           ("장소", g.ch([f"{c['gu']}청 {g.r.randint(2, 9)}층 소회의실", f"{apt} 관리사무소 회의실"])),
           ("신청인", f"{apt} {E('ADDRESS', ua) if not g.masked else '○○○호'} {A.first()}" + (f" ({E('PHONE', g.mobile())})" if not g.masked and g.p(0.5) else "")),
           ("피신청인", f"같은 단지 {E('ADDRESS', ub) if not g.masked else '○○○호'} {B.first()}"),
           ("조정위원", f"{M1.first()}({g.ch(['변호사', '건축사', '갈등조정 전문가', '층간소음 상담위원'])})"),
           ("간사", f"{c['dept']} 주무관 {clerk} ({c['tel']})")]
    raw += "\n".join(g.ch(["{0}: {1}", "○ {0} : {1}", "{0}\t{1}"]).format(k, v) for k, v in hdr) + "\n\n"
    la = f"{E('ADDRESS', ua)}({A.first()})" if not g.masked else f"{A.mask}(신청인)"
    lb = f"{E('ADDRESS', ub)}({B.first()})" if not g.masked else f"{B.mask}(피신청인)"
    lm = f"조정위원 {M1.ref()}" if not g.masked else "조정위원"
    tp = ("층간소음", "층간소음")
    turns = [(lm, "양측 모두 출석하셨으니 조정을 시작하겠습니다. 오늘 내용은 비공개로 진행됩니다."),
             (la, res_speech(g, A, tp, c)),
             (lb, g.ch(["저희는 아이들이 어려서 매트를 다 깔았어요. 그 이상은 어떻게 해야 할지 모르겠습니다.",
                        f"저희 집도 아래층 {E('ADDRESS', g.unit()) if not g.masked else '○○○호'}에서 올라오는 담배 냄새 때문에 힘듭니다.",
                        f"저는 {E('HEALTH_INFO', g.ch(['야간 교대근무를 하는데 불면증 약을 먹고 있어서', '공황장애 치료 중이라', '임신 중이라']))} 오히려 제가 조용히 지내는 편입니다." if not g.masked else "저희도 조용히 지내려고 합니다."])),
             (lm, f"소음 측정 결과 주간 {g.r.randint(35, 50)}dB, 야간 {g.r.randint(30, 45)}dB로 기준 이내이기는 합니다."),
             (la, res_speech(g, A, tp, c)),
             (f"간사({clerk} 주무관)", off_speech(g, c, tp))]
    if not g.masked and g.p(0.5):
        turns.append((lb, f"우리 {B.given_ref()}{'이가' if has_batchim(B.given) else '가'} {g.r.randint(3, 9)}살인데 뛰지 말라고 매일 혼냅니다." if not B.foreign else "We already put mats everywhere."))
    turns.append((lm, g.ch(["오후 10시 이후 세탁기·운동기구 사용 자제, 매트 추가 설치로 합의하는 것으로 정리하겠습니다.", "합의가 되지 않아 다음 기일에 다시 논의하겠습니다."])))
    raw += render(g, turns)
    raw += f"\n조정 결과: {g.ch(['조정 성립', '조정 불성립', '속행'])}\n"
    title = g.ch(["층간소음 분쟁 조정회의록", f"{apt} 이웃분쟁 조정회의 결과", "공동주택 분쟁조정 회의록"])
    raw = title + "\n" + raw
    d = dict(title=title, raw=raw, doc_type="조정 회의록", **meta(g, c["dept"]))
    if "속행" in raw[-20:] and g.p(0.6):
        d["nonpublic"] = [5, 6]
    return d


def L_briefing(g, c):
    """주민설명회/공청회 Q&A"""
    tp = g.ch(TOPICS)
    n = g.r.randint(2, 4)
    res = [g.person(masked=g.masked) for _ in range(n)]
    offs = [(g.ch(OFF_ROLES[7:]), g.official()) for _ in range(2)]
    raw = f"{tp[1]} {g.ch(['주민설명회', '공청회', '주민 간담회'])} 결과\n\n"
    raw += f"□ 일시: {g.date()} {g.r.randint(14, 19)}:00~{g.r.randint(20, 21)}:00\n□ 장소: {g.ch([c['gu'] + ' ' + g.ch(g.DONG) + ' 주민센터 3층 강당', g.ch(g.PUBLIC_ADDR)])}\n"
    raw += f"□ 참석: 주민 {g.r.randint(20, 150)}명, {offs[0][0]} {offs[0][1]} 외 {g.r.randint(2, 8)}명, 시공사 {g.ch(g.COMPANIES)}\n□ 주요 질의·답변\n\n"
    qa = g.ch(["QA", "label", "label"])
    turns = []
    for i, P in enumerate(res):
        if qa == "QA":
            turns.append((f"Q{i + 1}. {res_label(g, P, 'plain' if g.p(0.5) else 'q')}", res_speech(g, P, tp, c)))
            turns.append((f"A{i + 1}. {offs[i % 2][0]}", off_speech(g, c, tp)))
        else:
            turns.append((res_label(g, P), res_speech(g, P, tp, c)))
            if g.p(0.4):
                turns.append((res_label(g, P, "plain") if not P.masked else P.mask, res_speech(g, P, tp, c)))
            turns.append((f"{offs[i % 2][0]} {offs[i % 2][1]}", off_speech(g, c, tp)))
    if g.p(0.3):
        turns.append((g.ch(["박OO", "주민 김○○", "익명 주민"]), g.ch(["공사 시간을 지켜 주세요.", "주차 문제부터 해결해 주세요."])))
    raw += render(g, turns)
    raw += f"\n□ 향후 계획\n  - 주민 의견 반영 여부 검토 후 {g.date()}까지 회신\n  - 문의: {c['dept']} {c['tel']}\n"
    title = raw.split("\n")[0]
    return dict(title=title, raw=raw, doc_type="주민설명회 회의록", **meta(g, c["dept"]))


def L_hearing(g, c):
    """청문 조서 — key:value block then turns"""
    P = g.person(masked=g.masked)
    presider_private = g.p(0.5)
    pres = g.person(masked=g.masked, plain=True) if presider_private else None
    pn = g.official()
    shop, cause = g.ch([("행복식당", "청소년 주류 제공"), ("○○노래연습장", "청소년 출입시간 위반"), ("청솔약국", "의약품 유통기한 경과 판매"),
                        ("다온어린이집", "보조금 부정수급"), ("미래학원", "교습시간 위반"), ("바다횟집", "위생기준 위반"), ("한솔분식", "무신고 영업장 확장")])
    raw = f"청 문 조 서\n\n"
    kv = [("청문 사안", f"{shop} {g.ch(['영업정지', '지정취소', '보조금 환수', '등록취소'])} 처분 사전 청문"),
          ("처분 사유", cause), ("청문 일시", f"{g.date()} {g.r.randint(10, 16)}:00"),
          ("청문 장소", f"{c['gu']}청 {g.r.randint(2, 9)}층 회의실"),
          ("청문주재자", f"{pres.first()} (외부 변호사)" if presider_private else f"{c['head']} {pn}"),
          ("당사자", f"{P.first()} ({shop} 대표)" + (f", {A_addr(g)}" if g.p(0.6) else "")
           + ((f", 외국인등록번호 {E('KR_FRN', g.frn())}" if P.foreign else f", {E('KR_RRN', g.rrn())}") if not g.masked and g.p(0.3) else "")),
          ("처분청 출석자", f"{c['dept']} 주무관 {g.official()}")]
    if not g.masked and g.p(0.5):
        kv.append(("당사자 연락처", E("PHONE", g.mobile())))
    if g.p(0.4):
        R = g.person(masked=g.masked, plain=True)
        kv.append(("대리인", f"{g.ch(['행정사', '변호사', '당사자의 배우자'])} {R.first()}"))
    fm = g.ch(["{0} : {1}", "■ {0}: {1}", "{0}\t{1}", "| {0} | {1} |"])
    raw += "\n".join(fm.format(k, v) for k, v in kv) + "\n\n[진술 내용]\n"
    lp = "주재자" if g.p(0.5) else (f"주재자 {pres.ref()}" if presider_private else f"주재자({pn})")
    lparty = g.ch(["당사자", f"당사자 {P.ref()}", P.ref() if not P.masked else "당사자"])
    turns = [(lp, f"청문을 시작하겠습니다. {g.statute()}에 따라 의견을 진술할 기회를 드립니다."),
             (lparty, g.ch([f"{cause}는 직원이 한 일로 저는 몰랐습니다. 앞으로 교육을 철저히 하겠습니다.",
                            "처분이 나오면 가게 문을 닫아야 합니다. 감경을 부탁드립니다."])),
             ("처분청", f"현장 점검일은 {g.date()}이고, 적발 사진과 확인서가 있습니다."),
             (lparty, g.ch([f"제가 {E('HEALTH_INFO', g.ch(['암 수술 후 항암치료 중', '당뇨 합병증으로 투석 중', '우울증 치료 중']))}이라 가게를 직접 못 봤습니다." if not g.masked else "제가 건강이 안 좋아 가게를 직접 못 봤습니다.",
                            f"월세가 {g.money(100, 500, 10000)}이고 직원이 {g.r.randint(1, 6)}명입니다."])),
             (lp, f"진술 내용은 조서에 기재하였습니다. 추가 서면은 {g.date()}까지 {c['mail']}로 제출하시기 바랍니다.")]
    raw += render(g, turns, g.ch(["colon", "dash", "square", "newline"]))
    raw += f"\n위 조서의 내용이 진술과 같음을 확인함.\n당사자 (서명)    청문주재자 (서명)\n"
    title = f"{shop} 처분 청문조서"
    raw = title + "\n" + raw
    d = dict(title=title, raw=raw, doc_type="청문 조서", **meta(g, c["dept"]))
    if g.p(0.15):
        d["nonpublic"] = [5, 6]
    return d


def L_residents_table(g, c):
    """입주자대표회의 / 주민 간담회: attendee table (box or |) then turns"""
    tp = g.ch(TOPICS)
    n = g.r.randint(3, 5)
    ps = [g.person(masked=g.masked) for _ in range(n)]
    roles = ["회장", "총무", "감사", "동대표", "동대표", "주민", "주민"]
    box = g.p(0.5)
    raw = f"{g.ch(g.APT)}아파트 {g.ch(['입주자대표회의', '주민 간담회', '재건축 추진위원회 회의'])} 회의록\n\n일시 {g.date()}  장소 관리사무소 2층 회의실\n\n"
    hdr = g.ch([("직책", "성명", "동·호수"), ("구분", "이름", "세대"), ("역할", "참석자", "거주")])
    rows = []
    for i, P in enumerate(ps):
        rows.append((roles[i], P.first(), A_addr(g, True)))
    rows.append(("관리소장", g.ch(["(주)우리관리 파견", "관리주체"]), "-"))
    rows.append(("구청", f"{c['dept']} 주무관 {g.official()}", c["tel"]))
    if box:
        raw += "┌──────┬────────┬────────────┐\n│" + "│".join(hdr) + "│\n├──────┼────────┼────────────┤\n"
        raw += "".join(f"│{a}│{b}│{cc}│\n" for a, b, cc in rows) + "└──────┴────────┴────────────┘\n\n"
    else:
        raw += "| " + " | ".join(hdr) + " |\n|---|---|---|\n" + "".join(f"| {a} | {b} | {cc} |\n" for a, b, cc in rows) + "\n"
    turns = [(f"회장 {ps[0].ref()}" if g.p(0.5) else f"{ps[0].ref()} 회장", f"안건은 {tp[1]} 관련 의견 수렴입니다.")]
    for P in ps[1:]:
        turns.append((P.ref() if g.p(0.6) else res_label(g, P), res_speech(g, P, tp, c)))
    turns.append((f"주무관 {rows[-1][1].split()[-1]}", off_speech(g, c, tp)))
    if not g.masked and g.p(0.5):
        turns.append((ps[1].ref(), f"{ps[2].given_ref()} 씨 말이 맞아요. 우리 동은 특히 심합니다."))
    raw += render(g, turns, g.ch(["colon", "arrow", "dash"]))
    raw += f"\n의결사항: {g.ch(['구청에 건의서 제출', '관리비 예치금 사용 승인', '추가 논의'])} (찬성 {g.r.randint(3, 9)}, 반대 {g.r.randint(0, 3)})\n"
    title = raw.split("\n")[0]
    return dict(title=title, raw=raw, doc_type="주민회의 회의록", **meta(g, c["dept"]))


def L_stenograph(g, c):
    """속기록 style with timestamps and 【】"""
    tp = g.ch(TOPICS)
    ps = [g.person(masked=g.masked) for _ in range(g.r.randint(2, 3))]
    off = (g.ch(OFF_ROLES[7:]), g.official())
    mediator = g.person(masked=g.masked, plain=True)
    raw = f"[속기록] {tp[1]} 갈등조정 {g.ch(['1차', '2차', '3차'])} 회의\n\n"
    raw += f"※ 본 속기록은 녹음을 기초로 작성하였으며, 발언자 요청에 따라 일부 표현을 정리하였음.\n진행: 갈등관리 전문가 {mediator.first()} / 기록: {c['dept']} {g.official()} 주무관\n\n"
    h, m = g.r.randint(13, 18), g.r.randint(0, 30)
    lines = []
    seq = [("med", "지금부터 회의를 시작하겠습니다. 발언하실 때 성함을 먼저 말씀해 주세요.")]
    for P in ps:
        seq.append((P, None))
        seq.append(("off", None))
    seq.append(("med", "오늘 나온 의견은 정리해서 다음 회의 때 공유드리겠습니다."))
    for who, sp in seq:
        m += g.r.randint(1, 7)
        ts = f"[{h + m // 60:02d}:{m % 60:02d}]"
        if who == "med":
            lab = f"【진행 {mediator.ref()}】" if not g.masked else "【진행자】"
            lines.append(f"{ts} {lab} {sp}")
        elif who == "off":
            lines.append(f"{ts} 【{off[0]} {off[1]}】 {off_speech(g, c, tp)}")
        else:
            lab = who.ref() if not who.masked else who.mask
            lines.append(f"{ts} 【{lab}】 {res_speech(g, who, tp, c)} (웃음)" if g.p(0.15) else f"{ts} 【{lab}】 {res_speech(g, who, tp, c)}")
            if g.p(0.3):
                lines.append(f"{ts} 【{lab}】 (마이크 꺼짐) ... 다시 말씀드리면, {res_speech(g, who, tp, c)}")
    raw += "\n".join(lines) + "\n\n- 이하 생략 -\n"
    title = raw.split("\n")[0]
    d = dict(title=title, raw=raw, doc_type="갈등조정 회의록", **meta(g, "갈등조정담당관"))
    if g.p(0.15):
        d["nonpublic"] = [5]
    return d


def L_summary(g, c):
    """요지형 minutes: 가. bullets with names in brackets"""
    tp = g.ch(TOPICS)
    ps = [g.person(masked=g.masked) for _ in range(g.r.randint(2, 5))]
    raw = f"{tp[1]} 관련 {g.ch(['현장 간담회', '주민 의견청취', '민관협의체 회의'])} 결과 보고\n\n1. 개요\n  가. 일시·장소: {g.date()}, {c['gu']} {g.ch(g.DONG)} 경로당\n  나. 참석: {c['head']} {g.official()}, 주민 {len(ps) + g.r.randint(5, 30)}명\n\n2. 주요 발언 요지\n"
    b = g.ch(["  - ", "  ◦ ", "  ▷ ", "  ㆍ"])
    for P in ps:
        if P.masked:
            who = g.ch([f"주민({P.mask})", P.mask, f"{P.mask} 님"])
        else:
            who = g.ch([f"주민({P.first()}, {E('ADDRESS', g.unit())})", f"{P.first()} 님({g.ch(['통장', '상인', '세입자', '학부모'])})", f"{P.first()}", f"주민 {P.first()}"])
        raw += f"{b}{who}: {res_speech(g, P, tp, c)}\n"
    raw += f"{b}{c['head']}: {off_speech(g, c, tp)}\n\n3. 조치 계획\n  가. {g.ch(['보완 설계 반영', '추가 설명회 개최', '관계부서 협의'])} ({g.date()}까지)\n  나. 담당: {c['dept']} {c['tel']}\n"
    title = raw.split("\n")[0]
    return dict(title=title, raw=raw, doc_type="회의 결과 보고", **meta(g, c["dept"]))


def L_tsv(g, c):
    """tab-separated turn table"""
    tp = g.ch(TOPICS)
    ps = [g.person(masked=g.masked) for _ in range(g.r.randint(2, 4))]
    cols = g.ch([("순번", "발언자", "구분", "발언 요지"), ("No", "성명", "소속", "내용"), ("연번", "발언자(세대)", "구분", "요지")])
    raw = f"{tp[1]} 의견청취 회의 발언 정리표\n\n" + "\t".join(cols) + "\n"
    i = 1
    for P in ps:
        who = P.ref() if cols[2] != "구분" or g.p(0.5) else P.first()
        if cols[1] == "발언자(세대)" and not P.masked:
            who = f"{P.ref()}({E('ADDRESS', g.unit())})"
        raw += f"{i}\t{who}\t주민\t{res_speech(g, P, tp, c)}\n"
        i += 1
        raw += f"{i}\t{g.official()}\t{g.ch(OFF_ROLES[7:])}\t{off_speech(g, c, tp)}\n"
        i += 1
    raw += f"\n작성: {c['dept']} ({c['tel']})\n"
    title = raw.split("\n")[0]
    return dict(title=title, raw=raw, doc_type="회의 결과 보고", **meta(g, c["dept"]))


def L_visit(g, c):
    """민원 면담 기록 (memo) with Q/A"""
    P = g.person(masked=g.masked)
    tp = g.ch(TOPICS)
    ofn = g.official()
    raw = f"민원인 면담 기록\n\n면담일시: {g.date()} {g.r.randint(9, 17)}:{g.ch(['00', '30'])}\n면담장소: {c['dept']} 상담실\n"
    raw += f"면 담 자: 민원인 {P.first()}" + (f"({E('PHONE', g.mobile())})" if not g.masked and g.p(0.7) else "") + f", 담당 주무관 {ofn}\n"
    if not g.masked and g.p(0.4):
        raw += f"주    소: {E('ADDRESS', g.addr())}\n"
    raw += f"면담 요지: {tp[1]} 관련 불편 호소\n\n"
    turns = [("민원인" if g.p(0.5) else P.ref(), res_speech(g, P, tp, c)), (f"{ofn} 주무관" if g.p(0.5) else "담당자", off_speech(g, c, tp)),
             ("민원인" if g.p(0.5) else P.ref(), res_speech(g, P, tp, c)), ("담당자", f"말씀하신 내용은 팀장님께 보고드리고 {g.date()}까지 연락드리겠습니다.")]
    raw += render(g, turns, g.ch(["colon", "dash", "newline"]))
    raw += f"\n처리 계획: 현장 재확인 후 회신 (문서번호 {g.docno(c['dept'])})\n"
    title = g.ch(["민원인 면담 기록", f"{tp[1]} 민원 면담 결과", f"민원인 {P.ref()} 면담 기록"])
    raw = raw.replace("민원인 면담 기록\n", title + "\n", 1)
    d = dict(title=title, raw=raw, doc_type="면담 기록", **meta(g, c["dept"]))
    return d


def L_committee(g, c):
    """city advisory committee (external members are private) — deliberation; sometimes published with A위원 labels"""
    tp = g.ch(TOPICS)
    comm = g.ch(["도시계획위원회", "지방보조금심의위원회", "공공디자인위원회", "주민참여예산위원회", "건축위원회"])
    anon = g.p(0.4) or g.masked
    n = g.r.randint(3, 5)
    ext = [g.person(plain=True) for _ in range(n)]
    chair = g.official()
    raw = f"{c['gu']} {comm} {g.ch(['제', ''])}{g.r.randint(1, 12)}차 회의록\n\n○ 일시: {g.date()}\n○ 장소: {c['gu']}청 기획상황실\n"
    if anon:
        raw += f"○ 참석: 위원장({c['gu']} 부구청장) 포함 {n + 1}명\n\n"
        labs = [f"{'ABCDEFG'[i]}위원" for i in range(n)]
    else:
        raw += f"○ 참석: 위원장 부구청장 {chair}, 위원 " + ", ".join(p.first() for p in ext) + "\n\n"
        labs = [g.ch([f"{p.ref()} 위원", f"위원 {p.ref()}", f"{p.ref()} 위원({g.ch(['교수', '건축사', '회계사', '시민위원'])})"]) for p in ext]
    turns = [(f"위원장({chair})" if not anon else g.ch(["위원장", f"위원장 {chair[0]}○○", f"위원장 {chair[0]}OO"]), f"{tp[1]} 안건을 심의하겠습니다. 간사는 안건 설명 바랍니다."),
             (f"간사({c['dept']} 팀장 {g.official()})", off_speech(g, c, tp))]
    for lab in labs:
        turns.append((lab, g.ch(["사업비 산출 근거가 부족합니다.", "주민 의견 수렴 결과를 보완해야 합니다.",
                                 f"유사 사업 대비 단가가 {g.r.randint(10, 40)}% 높습니다.", "원안 동의합니다.", "조건부 가결 의견입니다."])))
    turns.append(("위원장" if anon else f"위원장({chair})", g.ch(["조건부 가결로 의결하겠습니다.", "재심의하기로 하겠습니다.", "원안 가결되었음을 선포합니다."])))
    raw += render(g, turns, g.ch(["colon", "square", "circle"]))
    if not anon and g.p(0.35):
        raw += f"\n[참고] 위원 수당 지급: " + ", ".join(f"{p.ref()} {bk[0]} {E('BANK_ACCOUNT', bk[1])}" for p, bk in ((q, g.bank()) for q in ext[:2])) + f" (각 {g.money(15, 30, 10000)})\n"
    title = raw.split("\n")[0]
    d = dict(title=title, raw=raw, doc_type="위원회 회의록", **meta(g, c["dept"]))
    if "재심의" in raw[-200:] or g.p(0.1):
        d["nonpublic"] = [5]
    return d


def L_closed(g, c):
    """closed meetings: security / personnel / speculation"""
    kind = g.ch(["security", "personnel", "spec"])
    chair = g.official()
    if kind == "security":
        title = f"{c['gu']} 통합방위협의회 {g.ch(['정기회의', '을지연습 대비 회의'])} 회의록"
        raw = f"{title}\n\n일시 {g.date()} / 장소 {c['gu']}청 상황실 / 의장 구청장 {chair}\n\n"
        raw += render(g, [(f"의장 {chair}", "주요 방호시설 점검 결과를 보고해 주십시오."),
                          (f"{g.ch(['제56보병사단', '수도방위사령부'])} 대대장", f"관내 {g.ch(['국가중요시설', '방공진지', '비상급수시설'])} {g.r.randint(3, 12)}개소의 경계 취약지점은 다음과 같습니다(별첨)."),
                          (f"경찰서 경비과장 {g.official()}", "테러 취약시설 순찰 주기를 조정하였습니다."),
                          (f"안전총괄과장 {g.official()}", f"비상연락망은 {c['tel']} 상황실로 일원화하였습니다.")], "colon")
        np = [2]
    elif kind == "personnel":
        P = g.person()
        title = f"{c['gu']} 인사위원회 {g.ch(['징계', '승진심사'])} 회의록"
        raw = f"{title}\n\n일시 {g.date()} / 장소 {c['gu']}청 소회의실 / 위원장 부구청장 {chair}\n안건: {g.ch(['행정7급', '시설8급'])} {P.first()} 징계 의결의 건\n\n"
        raw += render(g, [(f"위원장 {chair}", f"징계혐의자 {P.ref()}에 대한 심의를 시작하겠습니다."),
                          (f"징계혐의자 {P.ref()}", f"제가 {E('HEALTH_INFO', g.ch(['공황장애로 치료를 받던 시기', '알코올 의존 치료 중', '우울증 약을 복용하던 때']))}였습니다. 선처를 부탁드립니다."),
                          (f"민간위원 {g.person(plain=True).first()}", "반성 정도와 공적을 고려해야 한다고 봅니다."),
                          (f"위원장 {chair}", "표결 결과 감봉 1월로 의결합니다.")], g.ch(["colon", "bracket"]))
        np = [5, 6]
    else:
        title = f"{g.ch(['역세권', '저층주거지'])} 정비구역 지정 사전협의 회의록"
        raw = f"{title}\n\n일시 {g.date()} / 참석 도시계획과장 {chair}, 주택정책과 팀장 {g.official()}, 용역사 {g.ch(g.COMPANIES)}\n\n"
        raw += render(g, [(f"도시계획과장 {chair}", f"{c['gu']} {g.ch(g.DONG)} 일대 후보지 {g.r.randint(2, 5)}곳의 경계안을 검토하겠습니다."),
                          ("용역사 책임연구원", f"용적률 상향 시 예상 지가 상승률은 {g.r.randint(15, 60)}%입니다."),
                          (f"주택정책과 팀장", "지정 공고 전까지 후보지 지번이 외부에 알려지지 않도록 유의해 주십시오.")], g.ch(["colon", "arrow"]))
        np = [8] if g.p(0.6) else [5, 8]
    return dict(title=title, raw=raw, doc_type="비공개 회의록", nonpublic=np, **meta(g, c["dept"]))


LAYOUTS = [(L_council, 16), (L_mediation, 10), (L_briefing, 12), (L_hearing, 8), (L_residents_table, 9), (L_stenograph, 8),
           (L_summary, 9), (L_tsv, 7), (L_visit, 8), (L_committee, 8), (L_closed, 8)]


def make_doc(g):
    g.masked = g.p(0.22)
    c = mk_ctx(g)
    fns = [f for f, w in LAYOUTS for _ in range(w)]
    return g.ch(fns)(g, c)


if __name__ == "__main__":
    run(make_doc, "minutes_turns")
