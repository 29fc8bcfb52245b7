#!/usr/bin/env python3
"""box_tables: Korean office documents whose personal data sits mostly in TABLES.

python3 generate.py --n 200 --seed 1 --out docs.jsonl
Standard library only, deterministic. Every entity is asserted (text[start:end]==text)
before writing.
"""
import argparse, json, random, unicodedata

# ---------------------------------------------------------------- builder
class Doc:
    def __init__(self):
        self.buf = []
        self.pos = 0
        self.ents = []

    def add(self, s):
        self.buf.append(s)
        self.pos += len(s)

    def ent(self, s, label):
        if label:
            self.ents.append({"start": self.pos, "end": self.pos + len(s), "label": label, "text": s})
        self.add(s)

    def segs(self, segs):
        for t, l in segs:
            self.ent(t, l)

    def text(self):
        return "".join(self.buf)


def W(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def seg_w(line):
    return sum(W(t) for t, _ in line)


def cell(*parts):
    """cell(...) -> list of lines; a part is str, (str,label) or '\n' to break line"""
    lines = [[]]
    for p in parts:
        if p == "\n":
            lines.append([])
        elif isinstance(p, str):
            if p:
                lines[-1].append((p, None))
        else:
            lines[-1].append(p)
    return lines


def tocell(x):
    if isinstance(x, list):
        return x
    return [[(ln, None)] for ln in str(x).split("\n")]


def flat(c, joiner=" "):
    out = []
    for i, ln in enumerate(c):
        if i and ln:
            out.append((joiner, None))
        out.extend(ln)
    return out

# ---------------------------------------------------------------- vocab
SUR1 = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용")
SUR1W = [20, 15, 9, 5, 5, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] + [1] * 100
SUR2 = ["남궁", "독고", "사공", "황보", "제갈", "선우", "서문", "동방"]
GIVEN_SYL = list("민서지현준수영진우은정하연예도윤성재경희동혁승주태호미숙자순옥석철남훈보람소아채원")
GIVEN2 = ["영수", "영희", "민준", "서연", "지훈", "하은", "도윤", "순자", "말순", "경숙", "재석", "정호", "미경", "상철",
          "은비", "태양", "보람", "다온", "하율", "시우", "춘자", "덕희", "복남", "옥순", "기철", "현우", "수빈", "예린",
          "광수", "봉순", "정애", "종필", "해진", "윤아", "지아", "성민", "명자", "동철"]
HANJA = [("홍재석", "洪在錫"), ("김영수", "金英洙"), ("박순자", "朴順子"), ("이승철", "李承哲"), ("최수현", "崔秀賢"),
         ("정미숙", "鄭美淑"), ("강동원", "姜東元"), ("윤정희", "尹貞姬"), ("조말순", "趙末順"), ("한상철", "韓相哲")]
FOREIGN = [("응우옌 티 란", "NGUYEN THI LAN"), ("왕웨이", "WANG WEI"), ("리나 사토", "SATO RINA"),
           ("아흐마드 칸", "AHMAD KHAN"), ("마리아 산토스", "MARIA SANTOS"), ("바트볼드 간바타르", "GANBAATAR BATBOLD"),
           ("쩐 반 훙", "TRAN VAN HUNG"), ("올가 페트로바", "OLGA PETROVA"), ("존 스미스", "JOHN SMITH"),
           ("누르 아이샤", "NUR AISYAH"), ("장리리", "ZHANG LILI"), ("프리야 샤르마", "PRIYA SHARMA")]
NATION = {"NGUYEN THI LAN": "베트남", "WANG WEI": "중국", "SATO RINA": "일본", "AHMAD KHAN": "파키스탄",
          "MARIA SANTOS": "필리핀", "GANBAATAR BATBOLD": "몽골", "TRAN VAN HUNG": "베트남", "OLGA PETROVA": "러시아",
          "JOHN SMITH": "미국", "NUR AISYAH": "인도네시아", "ZHANG LILI": "중국", "PRIYA SHARMA": "인도"}
OFF_SUR = list("김이박최정강조윤장임한오서신권황")

GU = [("종로구", "02-2148", "서울특별시 종로구 삼봉로 43", "jongno.go.kr", "110-1"),
      ("마포구", "02-3153", "서울특별시 마포구 월드컵로 212", "mapo.go.kr", "039-2"),
      ("강서구", "02-2600", "서울특별시 강서구 화곡로 302", "gangseo.seoul.kr", "076-5"),
      ("노원구", "02-2116", "서울특별시 노원구 노해로 437", "nowon.kr", "017-0"),
      ("관악구", "02-879", "서울특별시 관악구 관악로 145", "gwanak.go.kr", "087-3"),
      ("성북구", "02-2241", "서울특별시 성북구 보문로 168", "sb.go.kr", "028-4"),
      ("은평구", "02-351", "서울특별시 은평구 은평로 195", "ep.go.kr", "034-1"),
      ("송파구", "02-2147", "서울특별시 송파구 올림픽로 326", "songpa.go.kr", "056-6"),
      ("영등포구", "02-2670", "서울특별시 영등포구 당산로 123", "ydp.go.kr", "072-9"),
      ("동대문구", "02-2127", "서울특별시 동대문구 천호대로 145", "ddm.go.kr", "025-8")]
ROADS = {"종로구": ["평창문화로", "자하문로", "창신길", "성균관로", "지봉로"],
         "마포구": ["성미산로", "망원로", "독막로", "월드컵북로", "신촌로"],
         "강서구": ["화곡로", "까치산로", "공항대로", "등촌로", "양천로"],
         "노원구": ["동일로", "상계로", "한글비석로", "공릉로", "노원로"],
         "관악구": ["신림로", "봉천로", "남부순환로", "관악로", "난곡로"],
         "성북구": ["정릉로", "동소문로", "화랑로", "오패산로", "보국문로"],
         "은평구": ["통일로", "연서로", "진관2로", "응암로", "가좌로"],
         "송파구": ["오금로", "백제고분로", "가락로", "송파대로", "중대로"],
         "영등포구": ["도림로", "신길로", "대림로", "여의대방로", "양평로"],
         "동대문구": ["왕산로", "답십리로", "장한로", "회기로", "이문로"]}
DONG = {"종로구": ["평창동", "부암동", "창신동", "명륜동"], "마포구": ["성산동", "망원동", "합정동", "연남동"],
        "강서구": ["화곡동", "등촌동", "방화동", "가양동"], "노원구": ["상계동", "중계동", "공릉동", "월계동"],
        "관악구": ["신림동", "봉천동", "남현동", "난곡동"], "성북구": ["정릉동", "돈암동", "길음동", "석관동"],
        "은평구": ["진관동", "응암동", "불광동", "갈현동"], "송파구": ["가락동", "문정동", "잠실동", "거여동"],
        "영등포구": ["신길동", "대림동", "당산동", "도림동"], "동대문구": ["답십리동", "장안동", "회기동", "이문동"]}
APTS = ["래미안", "푸르지오", "힐스테이트", "e편한세상", "주공", "현대", "삼성", "두산위브", "SK뷰", "롯데캐슬"]
BANKS = [("국민", "{6}-{2}-{6}"), ("국민은행", "{6}-{2}-{6}"), ("신한", "110-{3}-{6}"), ("신한은행", "{3}-{3}-{6}"),
         ("우리", "1002-{3}-{6}"), ("우리은행", "{4}-{3}-{6}"), ("하나", "{3}-{6}-{5}"), ("농협", "{3}-{4}-{4}-{2}"),
         ("농협", "{6}-{2}-{6}"), ("NH농협", "302-{4}-{4}-{2}"), ("기업", "{3}-{6}-{2}-{3}"),
         ("IBK기업은행", "{3}-{6}-{2}-{3}"), ("새마을금고", "9002-{4}-{4}-{1}"), ("우체국", "{6}-{2}-{6}"),
         ("카카오뱅크", "3333-{2}-{7}"), ("수협", "{4}-{4}-{4}"), ("SC제일", "{3}-{2}-{6}"), ("신협", "{3}-{3}-{6}")]
COMPANIES = ["(주)한빛산업", "㈜대성테크", "주식회사 온누리푸드", "(유)청솔건설", "새봄협동조합", "(주)미래환경",
             "㈜우리소프트", "동해상사", "푸른꿈사회적협동조합", "(주)다온디자인", "한결인쇄", "㈜서울모빌리티"]
CO_SEATS = ["서울특별시 금천구 가산디지털1로 168", "서울특별시 성동구 아차산로 17", "경기도 성남시 분당구 판교역로 235",
            "서울특별시 구로구 디지털로 288", "서울특별시 영등포구 국제금융로 10", "인천광역시 남동구 남동대로 215"]
DEPTS_ALL = ["복지정책과", "어르신복지과", "장애인복지과", "문화체육과", "일자리경제과", "주택과", "도시재생과",
             "자치행정과", "도시계획과", "환경과", "보건위생과", "교통행정과", "안전총괄과", "평생교육과",
             "가족정책과", "지역경제과", "총무과", "민원여권과", "공원녹지과", "청소행정과"]
POS = ["주무관", "주무관", "주무관", "팀장", "실무관"]

HEALTH = ["지체(심한 장애)", "시각(심한 장애)", "청각(심하지 않은 장애)", "뇌병변(심한 장애)", "지적장애(심한 장애)",
          "지체장애 2급", "시각장애 1급", "신장장애(심한 장애)", "자폐성장애", "정신장애(심하지 않은 장애)"]
HEALTH_NOTE = ["투석 치료 중", "혈액투석 주 3회", "치매 진단(경증)", "당뇨 인슐린 투약 중", "휠체어 사용(하지마비)",
               "고혈압 약 복용", "임신 24주", "항암치료 중", "뇌졸중 후유증", "우울증 치료 중", "요양병원 입원 중",
               "파킨슨병", "심장 스텐트 시술", "천식(흡입기 지참)", "보청기 사용", "인공관절 수술 후 재활 중",
               "땅콩 알레르기", "척추협착증"]
PLAIN_NOTE = ["신규", "계속", "계좌 변경", "대리 수령", "전입(3월)", "-", "", "재신청", "서류 보완", "본인 수령",
              "우편 안내", "문자 발송", "해당없음", "추가 지급", "현장 접수"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    # ---------------- primitives
    def d(self, n):
        r = self.r
        return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))

    def ch(self, xs):
        return self.r.choice(xs)

    def surname(self):
        if self.r.random() < 0.08:
            return self.ch(SUR2)
        return self.r.choices(SUR1, weights=SUR1W[:len(SUR1)])[0]

    def given(self):
        r = self.r
        x = r.random()
        if x < 0.1:
            return self.ch(GIVEN_SYL)
        if x < 0.55:
            return self.ch(GIVEN2)
        return self.ch(GIVEN_SYL) + self.ch(GIVEN_SYL)

    def person(self, allow_foreign=True):
        """returns dict with display forms"""
        r = self.r
        x = r.random()
        p = {"kind": "ko"}
        if allow_foreign and x < 0.07:
            ko, la = self.ch(FOREIGN)
            p.update(kind="foreign", name=ko, latin=la, given=ko.split()[-1] if " " in ko else ko[1:])
            p["forms"] = [[(ko, "PERSON")], [(la, "PERSON")], [(ko, "PERSON"), ("(", None), (la, "PERSON"), (")", None)]]
        elif x < 0.13:
            ko, hj = self.ch(HANJA)
            p.update(kind="hanja", name=ko, hanja=hj, given=ko[1:])
            p["forms"] = [[(ko, "PERSON"), ("(", None), (hj, "PERSON"), (")", None)], [(hj, "PERSON")]]
        else:
            s, g = self.surname(), self.given()
            nm = s + g
            p.update(name=nm, given=g)
            forms = [[(nm, "PERSON")]] * 6
            if len(g) == 2 and r.random() < 0.3:
                forms = forms + [[(s + " " + g[0] + " " + g[1], "PERSON")]]
            if r.random() < 0.3:
                forms = forms + [[(s + " " + g, "PERSON")]]
            p["forms"] = forms
        p["form"] = self.ch(p["forms"])
        p["sex"] = self.ch("남여")
        y = r.randint(1938, 2008)
        m, dd = r.randint(1, 12), r.randint(1, 28)
        p["ymd"] = (y, m, dd)
        return p

    def masked_name(self):
        s, g = self.surname(), self.given()
        if len(g) == 1:
            g = g + "희"
        return self.ch([s + "○" + g[-1], s + "○○", s + "*" + g[-1], s + "**", s + g[0] + "*", s + "○" + g[-1]])

    def official(self):
        return self.ch(OFF_SUR) + self.given() if self.r.random() < 0.9 else self.ch(OFF_SUR) + self.ch(GIVEN2)

    def birth(self, p, fmt=None):
        y, m, d = p["ymd"]
        f = fmt if fmt is not None else self.r.randint(0, 7)
        return [f"{y}. {m}. {d}.", f"{y}-{m:02d}-{d:02d}", f"{y%100:02d}.{m:02d}.{d:02d}", f"{y%100:02d}{m:02d}{d:02d}",
                f"{y}년 {m}월 {d}일", f"'{y%100:02d}.{m}.{d}.", f"{y}.{m:02d}.{d:02d}", f"{y}. {m:02d}. {d:02d}."][f]

    def rrn(self, p):
        y, m, d = p["ymd"]
        sx = (1 if p["sex"] == "남" else 2) + (2 if y >= 2000 else 0)
        if p["kind"] == "foreign":
            sx += 4
        front = f"{y%100:02d}{m:02d}{d:02d}"
        back = str(sx) + "".join(str(self.r.randint(0, 9)) for _ in range(6))
        x = self.r.random()
        if x < 0.35:
            s = f"{front}-{str(sx)}******"
        elif x < 0.8:
            s = f"{front}-{back}"
        elif x < 0.92:
            s = front + back
        else:
            s = f"{front} - {back}"
        return s, ("KR_FRN" if p["kind"] == "foreign" else "KR_RRN")

    def mobile(self, fmt=None):
        a, b = self.d(4), "".join(str(self.r.randint(0, 9)) for _ in range(4))
        f = fmt if fmt is not None else self.r.choices(range(6), weights=[10, 2, 2, 2, 1, 1])[0]
        return [f"010-{a}-{b}", f"010 {a} {b}", f"010{a}{b}", f"010.{a}.{b}", f"+82-10-{a}-{b}", f"010){a}-{b}"][f]

    def homephone(self):
        return self.ch([f"02-{self.d(3)}-{self.d(4)}", f"02){self.d(3)}-{self.d(4)}", f"(02){self.d(3)}-{self.d(4)}",
                        f"031-{self.d(3)}-{self.d(4)}", f"02-{self.d(4)}-{self.d(4)}"])

    def masked_phone(self):
        return self.ch([f"010-****-{self.d(4)}", f"010-{self.d(4)}-****", f"010-○○○○-{self.d(4)}", "010-****-****"])

    def address(self, gu):
        """returns (base, unit) ; unit may be ''"""
        r = self.r
        gname = gu[0]
        city = self.ch(["서울특별시 ", "서울 ", "서울시 ", ""])
        road = self.ch(ROADS[gname])
        num = f"{r.randint(1, 320)}" + (f"-{r.randint(1, 40)}" if r.random() < 0.4 else "")
        if r.random() < 0.25:
            road = road + f"{r.randint(1, 30)}길"
        x = r.random()
        if r.random() < 0.12:  # lives outside the district
            city = self.ch(["경기도 고양시 덕양구 ", "경기도 부천시 ", "인천광역시 부평구 ", "경기 성남시 중원구 "])
            base = city + self.ch(["중앙로", "부흥로", "성남대로", "화정로"]) + " " + num
        else:
            base = f"{city}{gname} {road} {num}"
        if x < 0.45:
            unit = f"{r.randint(101, 125)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호"
        elif x < 0.7:
            unit = f"{r.randint(1, 5)}0{r.randint(1, 4)}호"
        elif x < 0.8:
            unit = f"{self.ch(APTS)} {r.randint(101, 115)}동 {r.randint(1, 20)}0{r.randint(1, 4)}호"
        else:
            unit = ""
        if r.random() < 0.15:
            base = base + f" ({self.ch(DONG[gname])})" if not unit else base
        return base, unit

    def account(self):
        bank, pat = self.ch(BANKS)
        out = ""
        i = 0
        while i < len(pat):
            if pat[i] == "{":
                j = pat.index("}", i)
                n = int(pat[i + 1:j])
                out += "".join(str(self.r.randint(0, 9)) for _ in range(n))
                i = j + 1
            else:
                out += pat[i]
                i += 1
        return bank, out

    def email(self, p):
        base = (p.get("latin") or "").lower().replace(" ", ".") or self.ch(["sky", "happy", "mom", "jh", "sunny", "bluebird", "hj", "kms", "dream", "gold"])
        base += str(self.r.randint(1, 999)) if self.r.random() < 0.7 else ""
        return base + "@" + self.ch(["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com"])

    def plate(self):
        return self.ch([f"{self.r.randint(10, 99)}{self.ch('가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주')}{self.d(4)}",
                        f"{self.r.randint(100, 399)}{self.ch('가나다라마거너더러머고노도로')}{self.d(4)}",
                        f"{self.r.randint(100, 399)}{self.ch('가나다라마거너더러머')} {self.d(4)}",
                        f"서울{self.r.randint(10, 99)}{self.ch('가나다라마거너더러')}{self.d(4)}"])

    def license_no(self):
        return self.ch([f"{self.r.randint(11, 28)}-{self.r.randint(10, 25):02d}-{self.d(6)}-{self.r.randint(10, 99)}",
                        f"서울 {self.r.randint(10, 25):02d}-{self.d(6)}-{self.r.randint(10, 99)}",
                        f"{self.r.randint(11, 28)}{self.r.randint(10, 25):02d}{self.d(6)}{self.r.randint(10, 99)}"])

    def passport(self):
        return self.ch([f"M{self.d(8)}", f"M{self.d(3)}{self.ch('ABCDEFGH')}{self.d(4)}", f"E{self.d(8)}", f"C{self.d(7)}"])

    def card(self):
        return "-".join([self.ch(["9410", "5310", "4579", "9430", "5461"])] + [self.d(4) for _ in range(3)])

    def ip(self):
        return self.ch([f"211.{self.r.randint(1, 250)}.{self.r.randint(1, 250)}.{self.r.randint(1, 250)}",
                        f"175.{self.r.randint(192, 223)}.{self.r.randint(1, 250)}.{self.r.randint(1, 250)}",
                        f"118.{self.r.randint(32, 47)}.{self.r.randint(1, 250)}.{self.r.randint(1, 250)}",
                        f"1.{self.r.randint(224, 254)}.{self.r.randint(1, 250)}.{self.r.randint(1, 250)}"])

    def date(self, y, m, d, f=None):
        f = f if f is not None else self.r.randint(0, 4)
        return [f"{y}. {m}. {d}.", f"{y}-{m:02d}-{d:02d}", f"{y}년 {m}월 {d}일", f"'{y%100}.{m}.{d}.", f"{y}.{m:02d}.{d:02d}."][f]

    def money(self, lo, hi, step=10000):
        return self.r.randint(lo // step, hi // step) * step


def won(v, style):
    if style == 0:
        return f"{v:,}"
    if style == 1:
        return f"{v:,}원"
    return f"{v // 1000:,}"  # 천원


# ---------------------------------------------------------------- table rendering
BOX = {
    "light": dict(tl="┌", tm="┬", tr="┐", ml="├", mm="┼", mr="┤", bl="└", bm="┴", br="┘", h="─", v="│"),
    "heavy": dict(tl="┏", tm="┳", tr="┓", ml="┣", mm="╋", mr="┫", bl="┗", bm="┻", br="┛", h="━", v="┃"),
    "double": dict(tl="╔", tm="╦", tr="╗", ml="╠", mm="╬", mr="╣", bl="╚", bm="╩", br="╝", h="═", v="║"),
    "ascii": dict(tl="+", tm="+", tr="+", ml="+", mm="+", mr="+", bl="+", bm="+", br="+", h="-", v="|"),
    "mixed": dict(tl="┌", tm="┬", tr="┐", ml="╞", mm="╪", mr="╡", bl="└", bm="┴", br="┘", h="─", v="│"),
}


def render_table(doc, g, style, headers, rows, groups=None, opts=None):
    """headers: list of cells; rows: list of list of cells; groups: [(label, span)] merged top header."""
    opts = opts or {}
    r = g.r
    ncol = len(headers)
    headers = [tocell(h) for h in headers]
    rows = [[tocell(c) for c in row] for row in rows]
    if style in ("light", "heavy", "double", "ascii", "mixed"):
        b = BOX[style]
        widths = [0] * ncol
        for row in [headers] + rows:
            for i, c in enumerate(row):
                widths[i] = max(widths[i], max(seg_w(ln) for ln in c))
        gw = None
        if groups:
            # ensure group label fits
            k = 0
            for lab, span in groups:
                tot = sum(widths[k:k + span]) + 3 * (span - 1)
                if W(lab) > tot:
                    widths[k + span - 1] += W(lab) - tot
                k += span
        rowsep = opts.get("rowsep", False)

        def border(l, m, rr, spans=None):
            parts = []
            if spans:
                k = 0
                for span in spans:
                    parts.append(b["h"] * (sum(widths[k:k + span]) + 3 * span - 1))
                    k += span
            else:
                parts = [b["h"] * (w + 2) for w in widths]
            doc.add(l + m.join(parts) + rr + "\n")

        def line_of(cells, align_center=False):
            h = max(len(c) for c in cells)
            for li in range(h):
                doc.add(b["v"])
                for i, c in enumerate(cells):
                    ln = c[li] if li < len(c) else []
                    pad = widths[i] - seg_w(ln)
                    if align_center:
                        lp = pad // 2
                    else:
                        lp = 0
                    doc.add(" " + " " * lp)
                    doc.segs(ln)
                    doc.add(" " * (pad - lp) + " " + b["v"])
                doc.add("\n")

        if groups:
            spans = [s for _, s in groups]
            border(b["tl"], b["tm"], b["tr"], spans)
            doc.add(b["v"])
            k = 0
            for lab, span in groups:
                tot = sum(widths[k:k + span]) + 3 * (span - 1)
                pad = tot - W(lab)
                doc.add(" " + " " * (pad // 2) + lab + " " * (pad - pad // 2) + " " + b["v"])
                k += span
            doc.add("\n")
            border(b["ml"], b["mm"], b["mr"])
        else:
            border(b["tl"], b["tm"], b["tr"])
        line_of(headers, align_center=True)
        border(b["ml"], b["mm"], b["mr"])
        for ri, row in enumerate(rows):
            line_of(row)
            if rowsep and ri < len(rows) - 1:
                border(b["ml"], b["mm"], b["mr"])
        border(b["bl"], b["bm"], b["br"])
        return
    if style in ("pipe", "pipe_nosep", "pipe_bare"):
        outer = style != "pipe_bare"
        padded = r.random() < 0.6
        hrows = []
        if groups:
            grow = []
            for lab, span in groups:
                grow.append(tocell(lab))
                grow.extend([tocell("")] * (span - 1))
            hrows.append(grow)
        hrows.append(headers)
        fr = [[flat(c) for c in row] for row in hrows + rows]
        widths = [max(seg_w(row[i]) for row in fr) for i in range(ncol)]
        for ri, row in enumerate(fr):
            if outer:
                doc.add("| " if padded else "|")
            for i, ln in enumerate(row):
                doc.segs(ln)
                if padded:
                    doc.add(" " * (widths[i] - seg_w(ln)))
                if i < ncol - 1:
                    doc.add(" | " if padded or r.random() < 0.5 else "|")
            if outer:
                doc.add(" |" if padded else "|")
            doc.add("\n")
            if ri == len(hrows) - 1 and style == "pipe":
                if padded:
                    doc.add(("|" if outer else "") + "|".join(("-" * (w + 2)) if j not in (0, ncol - 1) or outer else "-" * (w + 1) for j, w in enumerate(widths)) + ("|" if outer else "") + "\n")
                else:
                    doc.add(("|" if outer else "") + "|".join(["---"] * ncol) + ("|" if outer else "") + "\n")
        return
    if style == "tab":
        hrows = []
        if groups:
            grow = []
            for lab, span in groups:
                grow.append(tocell(lab))
                grow.extend([tocell("")] * (span - 1))
            hrows.append(grow)
        for row in hrows + [headers] + rows:
            for i, c in enumerate(row):
                if i:
                    doc.add("\t")
                doc.segs(flat(c))
            doc.add("\n")
        return
    if style == "fixed":
        fr = [[flat(c) for c in row] for row in [headers] + rows]
        widths = [max(seg_w(row[i]) for row in fr) for i in range(ncol)]
        gap = r.choice(["  ", "   ", "  "])
        rule = r.choice(["-", "─", "=", "━", None])
        if groups:
            k = 0
            for gi, (lab, span) in enumerate(groups):
                tot = sum(widths[k:k + span]) + len(gap) * (span - 1)
                pad = max(tot - W(lab), 0)
                doc.add(" " * (pad // 2) + lab + " " * (pad - pad // 2) + (gap if gi < len(groups) - 1 else ""))
                k += span
            doc.add("\n")
        tw = sum(widths) + len(gap) * (ncol - 1)
        if rule:
            doc.add(rule * (tw if rule in "-=" else tw // 2 + 1) + "\n") if groups is None else None
        for ri, row in enumerate(fr):
            for i, ln in enumerate(row):
                doc.segs(ln)
                if i < ncol - 1:
                    doc.add(" " * (widths[i] - seg_w(ln)) + gap)
            doc.add("\n")
            if ri == 0 and rule:
                doc.add(rule * (tw if rule in "-=" else tw // 2 + 1) + "\n")
        if rule:
            doc.add(rule * (tw if rule in "-=" else tw // 2 + 1) + "\n")
        return
    raise ValueError(style)


TABLE_STYLES = ["light", "light", "heavy", "double", "ascii", "mixed", "pipe", "pipe", "pipe_nosep", "pipe_bare", "tab", "tab", "fixed", "fixed"]

# ---------------------------------------------------------------- fields
HDR = {
    "no": ["연번", "번호", "No.", "순번", "순", "NO"],
    "name": ["성명", "성 명", "이  름", "이름", "대상자", "수혜자", "성  명"],
    "birth": ["생년월일", "생 년 월 일", "출생일", "생년월일", "생년월일"],
    "birth_sex": ["생년월일(성별)", "생년월일/성별"],
    "sex": ["성별", "성"],
    "rrn": ["주민등록번호", "주민번호", "주민등록번호(외국인등록번호)"],
    "phone": ["연락처", "휴대폰", "H.P", "핸드폰", "연락처(휴대전화)", "전화번호", "휴대전화", "HP"],
    "homephone": ["전화(자택)", "자택전화", "집전화"],
    "emergency": ["비상연락", "비상연락처(관계)", "보호자 연락처"],
    "email": ["이메일", "E-mail", "전자우편", "e-mail"],
    "address": ["주소", "거주지", "소재지(자택)", "실거주지", "주소지", "주 소", "주소(거주지)"],
    "unit": ["동·호수", "동/호", "세대(동호)"],
    "bank_acct": ["입금계좌", "계좌(은행)", "지급계좌", "계좌번호", "은행/계좌번호", "입금 계좌(은행)"],
    "bank": ["은행", "금융기관", "은행명"],
    "acct": ["계좌번호", "계좌 번호", "계좌"],
    "health": ["장애 정도", "장애유형(정도)", "건강상태", "장애정도", "질환(특이사항)"],
    "remark": ["비고", "비 고", "특이사항", "참고"],
    "guardian": ["보호자", "보호자(관계)", "법정대리인"],
    "plate": ["차량번호", "차량 번호", "봉사차량"],
    "license": ["운전면허번호", "면허번호(운전)", "운전면허"],
    "card": ["카드번호", "카드 번호", "충전카드"],
    "ip": ["접속IP", "신청 IP", "IP"],
    "sign": ["서명", "확인", "수령확인"],
    "nation": ["국적", "국 적"],
    "passport": ["여권번호", "여권 번호"],
}


class Ctx:
    pass


def name_cell(g, p, rel=None, holder=None, wrap=False):
    segs = list(p["form"])
    parts = [*segs]
    if rel:
        parts += ["\n" if wrap else "", f"({rel})"]
    if holder is not None:
        parts += ["\n" if wrap else "", "("] + list(holder) + [")"]
    return cell(*parts)


def addr_cell(g, base, unit, wrap):
    if not unit:
        return cell((base, "ADDRESS"))
    if wrap:
        return cell((base, "ADDRESS"), ",", "\n", (unit, "ADDRESS"))
    sep = g.ch([", ", " ", ","])
    return cell((base + sep + unit, "ADDRESS"))


def acct_cell(g, bank, acct, wrap):
    if wrap:
        return cell(bank, "\n", (acct, "BANK_ACCOUNT"))
    x = g.r.random()
    if x < 0.5:
        return cell(bank + " ", (acct, "BANK_ACCOUNT"))
    if x < 0.75:
        return cell((acct, "BANK_ACCOUNT"), f"({bank})")
    return cell(f"{bank}/", (acct, "BANK_ACCOUNT"))


def field_cell(g, f, row, ctx):
    """row: dict with type 'p' (private), 'o' (official), 'c' (company), 'm' (masked)"""
    t = row["type"]
    p = row.get("p")
    wrap = ctx.wrap and g.r.random() < 0.7
    if f == "no":
        return cell(str(row["idx"]))
    if f in ("name", "name_rel", "name_holder", "name_agent"):
        if t == "o":
            if "x:소속/직위" in ctx.cols:
                return cell(row["oname"])
            pos = row["x"].get("소속/직위", "주무관").split()[-1]
            return g.ch([cell(row["oname"], f"({pos})"), cell(f"{pos} ", row["oname"]), cell(row["oname"], "\n", f"({ctx.dept} {pos})") if wrap else cell(f"담당 {pos} ", row["oname"])])
        if t == "c":
            return cell(row["co"])
        if t == "m":
            return cell(row["mname"])
        if f == "name_rel":
            return name_cell(g, p, rel=row["rel"], wrap=wrap)
        if f in ("name_holder", "name_agent"):
            if row.get("holder"):
                return name_cell(g, p, holder=row["holder"]["form"], wrap=wrap)
            return name_cell(g, p, holder=[("본인", None)], wrap=wrap) if g.r.random() < 0.5 else name_cell(g, p)
        return name_cell(g, p)
    if f == "guardian":
        if t != "p" or not row.get("holder"):
            return cell("-")
        return cell(*row["holder"]["form"], f"({row['rel']})" if g.r.random() < 0.6 else "")
    if f in ("birth", "birth_sex"):
        if t == "p":
            s = g.birth(p, ctx.bfmt)
            return cell((s, "BIRTH_DATE"), f"({p['sex']})" if f == "birth_sex" else "")
        if t == "m":
            return cell(g.ch(["****.**.**", f"{p['ymd'][0]}. **. **.", "비공개"]))
        if t == "c":
            return cell(g.ch(["-", "법인", "(사업자)"]))
        return cell("-")
    if f == "sex":
        return cell(p["sex"] if p else "-")
    if f == "rrn":
        if t == "p":
            s, lab = g.rrn(p)
            return cell((s, lab))
        if t == "c":
            return cell(row["bizno"] + ("" if wrap else "(사업자)")) if not wrap else cell(row["bizno"], "\n", "(사업자등록번호)")
        if t == "m":
            return cell(g.ch(["******-*******", "생략", "(비공개)"]))
        return cell("-")
    if f in ("phone", "homephone", "emergency"):
        if t == "o":
            return cell(row["oline"])
        if t == "c":
            return cell(row["coline"])
        if t == "m":
            return cell(g.masked_phone())
        if f == "homephone":
            if g.r.random() < 0.75:
                return cell((g.homephone(), "PHONE"))
            return cell("없음")
        if f == "emergency":
            rel = g.ch(["배우자", "자녀", "딸", "아들", "모", "부", "형", "지인"])
            if wrap:
                return cell((g.mobile(ctx.pfmt), "PHONE"), "\n", f"({rel})")
            return cell((g.mobile(ctx.pfmt), "PHONE"), f"({rel})")
        if g.r.random() < 0.08:
            return cell((g.mobile(ctx.pfmt), "PHONE"), "\n" if wrap else " / ", (g.homephone(), "PHONE"))
        return cell((g.mobile(ctx.pfmt), "PHONE"))
    if f == "email":
        if t == "o":
            return cell(row["omail"])
        if t == "c":
            return cell(g.ch(["info", "help", "contact"]) + "@" + g.ch(["hanbit.co.kr", "daeseong.kr", "onnuri.com", "mirae-env.co.kr"]))
        if t == "m":
            return cell(g.ch(["***@naver.com", "비공개", "k***@gmail.com"]))
        return cell((g.email(p), "EMAIL"))
    if f == "address":
        if t == "o":
            return cell(g.ch([ctx.gu[2], f"{ctx.gu[0]}청", "구청 " + ctx.dept]))
        if t == "c":
            return cell(row["coseat"])
        if t == "m":
            return cell(g.ch([f"{ctx.gu[0]} ○○동", "(생략)", f"{g.ch(DONG[ctx.gu[0]])} ***"]))
        return addr_cell(g, row["addr"][0], row["addr"][1], wrap)
    if f == "unit":
        if t != "p":
            return cell("-")
        u = row["addr"][1] or f"{g.r.randint(101, 120)}동 {g.r.randint(1, 15)}0{g.r.randint(1, 4)}호"
        return cell((u, "ADDRESS"))
    if f in ("bank_acct", "acct"):
        if t == "o":
            return cell("-")
        if t == "c":
            b, a = row["coacct"]
            return cell(a) if f == "acct" else cell(f"{b} {a}(법인)")
        if t == "m":
            return cell(g.ch(["****-**-******", "(비공개)", "○○은행 ***"]))
        if f == "acct":
            return cell((row["acct"][1], "BANK_ACCOUNT"))
        return acct_cell(g, row["acct"][0], row["acct"][1], wrap)
    if f == "bank":
        if t == "o":
            return cell("-")
        if t == "c":
            return cell(row["coacct"][0])
        return cell(row["acct"][0] if t == "p" else "○○")
    if f == "health":
        if t == "p" and row.get("health"):
            return cell((row["health"], "HEALTH_INFO"))
        return cell(g.ch(["-", "", "해당없음", "비해당"]))
    if f == "remark":
        if t == "p" and row.get("note_h"):
            hs = row["note_h"]
            if wrap and g.r.random() < 0.5:
                return cell(g.ch(["보호자 동행", "현장 확인", "방문 안내"]), "\n", "(", (hs, "HEALTH_INFO"), ")")
            return cell((hs, "HEALTH_INFO"))
        if t == "o":
            return cell(g.ch(["당연직", "담당 공무원", "운영요원", "간사", "진행"]))
        if t == "c":
            return cell(g.ch(["법인", "사업자 " + row["bizno"], "법인(대표전화)", "단체"]))
        if t == "m":
            return cell(g.ch(["기공개 명단", "본인 요청 비공개", "-"]))
        return cell(g.ch(PLAIN_NOTE))
    if f == "plate":
        if t == "p" and g.r.random() < 0.8:
            return cell((g.plate(), "VEHICLE_PLATE"))
        if t == "o":
            return cell(g.ch([f"{g.r.randint(10, 99)}허{g.d(4)}", f"관용 {g.r.randint(100, 399)}호{g.d(4)}"]))
        return cell("-")
    if f == "license":
        if t == "p":
            return cell((g.license_no(), "KR_DRIVER_LICENSE"))
        return cell("-")
    if f == "card":
        if t == "p":
            return cell((g.card(), "CARD_NUMBER"))
        return cell(g.ch(["-", "****-****-****-1234"]))
    if f == "ip":
        if t == "p":
            return cell((g.ip(), "IP_ADDRESS"))
        return cell("-")
    if f == "passport":
        if t == "p":
            return cell((g.passport(), "KR_PASSPORT"))
        return cell("-")
    if f == "nation":
        if t == "p":
            return cell(NATION.get(p.get("latin", ""), "한국"))
        return cell("-")
    if f == "sign":
        return cell(g.ch(["(서명)", "", "○", "서명", "(인)"]))
    if f.startswith("x:"):
        # custom column from row["x"][key]
        return tocell(row["x"].get(f[2:], "-"))
    raise KeyError(f)


def header_for(g, f, kindhdr):
    if f in kindhdr:
        return g.ch(kindhdr[f])
    if f.startswith("x:"):
        return f[2:]
    if f in ("name_rel",):
        return g.ch(["수령인(관계)", "대상자(관계)", "성명(관계)"])
    if f in ("name_holder",):
        return g.ch(["수강자(예금주)", "성명(예금주)", "대상자(예금주)", "수혜자(예금주)"])
    if f in ("name_agent",):
        return g.ch(["신청인(대리인)", "소유자(관리인)", "신청인(대리)"])
    return g.ch(HDR[f])


# ---------------------------------------------------------------- kinds
# Each kind: titles, depts, basis, what, cols (list of candidate column lists), extra(x) columns, amount
KINDS = [
    dict(key="subsidy", titles=["{y}년 {m}월 장애인 생활안정지원금 지급 명단", "{y}년 저소득 어르신 난방비 지원금 지급", "중증장애인 활동보조 추가수당 지급 결과",
                                 "{y}년 {m}월 효도수당 지급 대상자 확정", "출산축하금 지급 결의({m}월분)", "한부모가족 아동양육비 추가 지원금 지급"],
         depts=["장애인복지과", "어르신복지과", "복지정책과", "가족정책과"],
         basis=["「장애인복지법」 제49조 및 「{gu} 장애인 생활안정지원금 지원 조례」 제5조", "「{gu} 효도수당 지급 조례」 제4조({y2}. 7. 14. 개정)",
                "「저출산·고령사회기본법」 제10조, 「{gu} 출산장려금 지원 조례」 제6조", "「한부모가족지원법」 제12조 및 같은 법 시행령 제13조"],
         noun="지원금", people=["대상자", "수령인", "수혜자"],
         cols=[["no", "name", "birth", "address", "phone", "health", "bank_acct", "x:amt"],
               ["no", "name_rel", "birth_sex", "address", "bank", "acct", "x:amt", "remark"],
               ["name", "rrn", "address", "health", "bank_acct", "x:amt", "sign"],
               ["no", "name_holder", "birth", "phone", "bank_acct", "x:amt", "remark"]],
         amt=(50000, 500000), health=0.5, official=0.05, company=0.0, masked=0.08, groups=True),
    dict(key="event", titles=["{y} {gu} 어르신 한마당 참가자 명단", "제{n}회 {gu}민 건강걷기대회 참가 신청자 현황", "{y}년 가족 캠프 참가자 확정 명단",
                              "{y}년 장애인 체육대회 참가자 명단", "구민 역사문화 탐방 참가자 명단({m}월)"],
         depts=["문화체육과", "자치행정과", "가족정책과", "장애인복지과", "평생교육과"],
         basis=["「{gu} 체육진흥 조례」 제3조", "「{gu} 문화예술 진흥 조례」 제7조", "{gu} {y}년 생활체육 활성화 계획({dept}-{docno}, {y}. 2. 3.)"],
         noun="참가비", people=["참가자", "참석자", "신청자"],
         cols=[["no", "name", "sex", "birth", "phone", "emergency", "address", "remark"],
               ["no", "name", "birth", "phone", "ip", "x:신청일"],
               ["name", "birth_sex", "phone", "guardian", "remark"],
               ["no", "name", "phone", "email", "remark", "sign"]],
         amt=None, health=0.3, official=0.12, company=0.0, masked=0.05, groups=False),
    dict(key="committee", titles=["{y}년 제{n}차 {com} 위원 참석수당 지급", "{com} 위원 명단 및 수당 지급 내역", "{com} 위촉 위원 현황({y}. {m}.)",
                                  "{com} 회의 참석자 및 수당 지급 조서"],
         depts=DEPTS_ALL,
         basis=["「{gu} 각종 위원회 실비변상 조례」 제3조", "「{gu} 위원회 설치 및 운영 조례」 제12조({y2}. 3. 20. 개정)", "「지방자치법」 제130조 및 「{gu} 위원회 수당 지급 규칙」"],
         noun="참석수당", people=["위원", "참석 위원", "위원명"],
         cols=[["no", "x:구분", "name", "x:소속/직위", "rrn", "address", "bank_acct", "x:amt"],
               ["x:구분", "name", "x:소속/직위", "phone", "email", "bank", "acct", "x:amt"],
               ["no", "name", "x:소속/직위", "birth", "bank_acct", "x:amt", "sign"]],
         amt=(100000, 250000), health=0.0, official=0.3, company=0.0, masked=0.0, groups=True, committee=True),
    dict(key="training", titles=["{y}년 {crs} 수강자 명단", "{crs} 교육 수료자 및 교육수당 지급", "{crs} 과정 출석부({m}월)",
                                 "{y}년 상반기 {crs} 수강료 환급 대상자"],
         depts=["일자리경제과", "평생교육과", "지역경제과", "보건위생과", "환경과"],
         basis=["「평생교육법」 제20조 및 「{gu} 평생학습 진흥 조례」 제9조", "「{gu} 일자리 창출 및 지원 조례」 제8조", "{y}년 {crs} 운영계획({dept}-{docno})"],
         noun="교육수당", people=["수강자", "교육생", "수료자"],
         cols=[["no", "name_holder", "birth", "phone", "email", "bank_acct", "x:amt", "x:출석"],
               ["no", "name", "birth_sex", "phone", "x:출석", "remark"],
               ["name", "x:소속/직위", "phone", "email", "x:출석", "sign"]],
         amt=(30000, 300000), health=0.15, official=0.15, company=0.1, masked=0.05, groups=True),
    dict(key="vacant", titles=["{y}년 빈집 실태조사 소유자 현황", "빈집 정비사업 대상 소유자 명단", "빈집 철거 동의서 제출 현황({m}월)",
                               "{dong} 일대 방치 빈집 소유자 연락 결과"],
         depts=["주택과", "도시재생과", "건축과", "안전총괄과"],
         basis=["「빈집 및 소규모주택 정비에 관한 특례법」 제5조 및 제11조", "「{gu} 빈집 정비 지원 조례」 제4조({y2}. 12. 30. 제정)", "「건축법」 제81조의2"],
         noun="철거지원금", people=["소유자", "관리인", "소유자(관리인)"],
         cols=[["no", "x:빈집 소재지", "name_agent", "address", "phone", "x:등급", "remark"],
               ["x:빈집 소재지", "name", "birth", "address", "homephone", "x:동의여부", "remark"],
               ["no", "x:빈집 소재지", "x:구조/면적", "name", "phone", "x:amt"]],
         amt=(5000000, 30000000), health=0.25, official=0.0, company=0.1, masked=0.1, groups=False),
    dict(key="volunteer", titles=["{y}년 {m}월 자원봉사자 활동 명단", "어르신 이동지원 차량봉사자 명단", "{y}년 재난 복구 자원봉사자 현황",
                                  "급식 봉사단 운영 명단 및 실비 지급"],
         depts=["자치행정과", "복지정책과", "안전총괄과", "어르신복지과"],
         basis=["「자원봉사활동 기본법」 제14조", "「{gu} 자원봉사활동 지원 조례」 제10조", "{gu} 자원봉사센터 운영규정 제7조"],
         noun="실비", people=["봉사자", "자원봉사자", "활동자"],
         cols=[["no", "name", "birth", "phone", "x:활동시간", "address"],
               ["no", "name", "phone", "plate", "license", "x:활동시간"],
               ["name", "birth_sex", "phone", "bank_acct", "x:amt", "sign"]],
         amt=(8000, 64000), health=0.08, official=0.1, company=0.0, masked=0.05, groups=True, step=1000),
    dict(key="relocation", titles=["{zone} 이주정착금 지급 대상자 명단", "{zone} 주거이전비 보상 내역", "{zone} 이사비 지급 결과({m}월)",
                                   "{zone} 세입자 손실보상 협의 현황"],
         depts=["도시정비과", "도시계획과", "주택과", "토지보상과"],
         basis=["「공익사업을 위한 토지 등의 취득 및 보상에 관한 법률」 제78조", "같은 법 시행규칙 제54조(주거이전비의 보상)", "「도시 및 주거환경정비법」 제65조"],
         noun="보상금", people=["이주자", "세대주", "세입자"],
         cols=[["no", "name", "rrn", "address", "x:세대원", "bank_acct", "x:amt"],
               ["name", "birth", "address", "phone", "x:amt", "remark"],
               ["no", "name_rel", "address", "x:amt", "bank", "acct"]],
         amt=(3000000, 40000000), health=0.15, official=0.0, company=0.15, masked=0.05, groups=True),
    dict(key="license", titles=["{y}년 어린이통학버스 운전자 안전교육 이수자 명단", "옥외광고물 관리자 자격 보유자 현황", "조리사 면허 신규 발급 대장({m}월)",
                                "{y}년 건설기계 조종사 면허 갱신 대상자"],
         depts=["교통행정과", "보건위생과", "도시경관과", "건설관리과"],
         basis=["「도로교통법」 제53조의3", "「식품위생법」 제53조 및 같은 법 시행규칙 제80조", "「옥외광고물 등의 관리와 옥외광고산업 진흥에 관한 법률」 제11조의2"],
         noun="수수료", people=["면허소지자", "이수자", "운전자"],
         cols=[["no", "name", "birth", "license", "x:소속", "phone"],
               ["no", "name", "rrn", "x:면허번호", "address", "x:발급일"],
               ["name", "birth", "license", "phone", "x:이수일", "remark"]],
         amt=None, health=0.05, official=0.0, company=0.0, masked=0.08, groups=False),
    dict(key="prize", titles=["제{n}회 {gu} {ctst} 수상자 명단", "{ctst} 시상금 지급 명단", "{y}년 {ctst} 입상자 발표"],
         depts=["문화체육과", "환경과", "평생교육과", "지역경제과", "공원녹지과"],
         basis=["「{gu} 포상 조례」 제6조", "{y}년 {ctst} 개최 계획({dept}-{docno}, {y}. 4. 1.)", "「{gu} 공모전 운영 규정」 제9조"],
         noun="시상금", people=["수상자", "입상자", "당선자"],
         cols=[["x:시상", "name", "x:소속", "phone", "email", "x:amt"],
               ["no", "x:시상", "name_holder", "bank_acct", "x:amt", "remark"],
               ["x:시상", "name", "birth", "address", "x:amt"]],
         amt=(100000, 2000000), health=0.0, official=0.0, company=0.15, masked=0.05, groups=False),
    dict(key="foreign", titles=["{y}년 외국인 주민 한국어 교실 수강생 명단", "외국인 주민 정착지원금 지급 명단", "다문화가족 모국 방문 지원 대상자"],
         depts=["가족정책과", "일자리경제과", "자치행정과"],
         basis=["「재한외국인 처우 기본법」 제12조", "「{gu} 외국인주민 지원 조례」 제8조", "「다문화가족지원법」 제6조"],
         noun="지원금", people=["수강생", "대상자", "신청인"],
         cols=[["no", "name", "nation", "rrn", "phone", "address"],
               ["no", "name", "nation", "passport", "birth", "phone"],
               ["name", "nation", "rrn", "bank_acct", "x:amt", "remark"]],
         amt=(100000, 1000000), health=0.1, official=0.05, company=0.0, masked=0.05, groups=True, foreign=True),
    dict(key="card", titles=["어르신 교통비 지원카드 발급 대장", "{y}년 지역화폐 충전 지원 대상자 카드 등록 현황", "장애인 바우처 카드 발급 명단({m}월)"],
         depts=["어르신복지과", "지역경제과", "장애인복지과"],
         basis=["「{gu} 어르신 교통비 지원 조례」 제5조", "「지역사랑상품권 이용 활성화에 관한 법률」 제9조", "「장애인활동 지원에 관한 법률」 제20조"],
         noun="충전금", people=["대상자", "카드 소지자", "신청인"],
         cols=[["no", "name", "birth", "card", "phone", "x:amt"],
               ["no", "name_agent", "address", "card", "health", "x:amt"]],
         amt=(30000, 200000), health=0.4, official=0.0, company=0.0, masked=0.05, groups=True),
    dict(key="disaster", titles=["{y}년 {m}월 집중호우 피해 재난지원금 지급 명단", "{dong} 화재 피해 세대 긴급지원 내역", "침수 피해 주택 복구비 지급 대상"],
         depts=["안전총괄과", "복지정책과", "치수과"],
         basis=["「재난 및 안전관리 기본법」 제66조", "「자연재난 구호 및 복구 비용 부담기준 등에 관한 규정」 제4조", "「긴급복지지원법」 제9조"],
         noun="지원금", people=["피해자", "세대주", "수령인"],
         cols=[["no", "name", "address", "x:피해내역", "bank_acct", "x:amt"],
               ["name_rel", "birth", "unit", "phone", "x:피해내역", "remark", "x:amt"]],
         amt=(1000000, 10000000), health=0.2, official=0.0, company=0.0, masked=0.05, groups=True),
]
COMS = ["지방보조금심의위원회", "도시계획위원회", "건축위원회", "인권위원회", "청소년정책위원회", "생활보장위원회", "공적심사위원회", "정보공개심의회"]
CRSS = ["바리스타 자격증", "스마트폰 활용", "요양보호사 양성", "드론 기초", "심폐소생술", "디지털 배움터", "창업 아카데미", "도시농부"]
CTSTS = ["환경 사진 공모전", "구민 독서 감상문 대회", "청소년 과학 경진대회", "주민제안 공모", "정원 가꾸기 경연", "에너지 절약 아이디어 공모"]
ZONES = ["신길제2구역 재개발사업", "화곡1동 도로개설사업", "상계5구역 재정비촉진사업", "응암3구역 주택재건축", "가락시장 현대화 2단계 사업", "장안동 공원조성사업"]
PRIZES = ["대상", "최우수상", "우수상", "장려상", "입선", "특별상"]
OUTSIDE_ORG = ["○○대학교 교수", "변호사", "세무사", "건축사", "시민단체 활동가", "사회복지사", "주민대표", "노무사", "회계사", "도시계획기술사", "대학원 강사"]


def make_rows(g, K, ctx, n):
    rows = []
    for i in range(n):
        x = g.r.random()
        row = {"idx": i + 1}
        if x < K["official"]:
            row["type"] = "o"
        elif x < K["official"] + K["company"]:
            row["type"] = "c"
        elif x < K["official"] + K["company"] + K["masked"]:
            row["type"] = "m"
        else:
            row["type"] = "p"
        p = g.person(allow_foreign=True)
        if K.get("foreign"):
            while p["kind"] != "foreign" and g.r.random() < 0.8:
                p = g.person()
        row["p"] = p
        if row["type"] == "o":
            row["oname"] = g.official()
            row["oline"] = f"{ctx.gu[1]}-{g.d(4)}" if g.r.random() < 0.8 else g.ch(["120", f"{ctx.gu[1]}-{g.d(4)}(내선)"])
            row["omail"] = g.ch(["kim", "lee", "park", "jh", "yoon", "seo"]) + str(g.r.randint(1, 99)) + "@" + ctx.gu[3]
        if row["type"] == "c":
            row["co"] = g.ch(COMPANIES)
            row["bizno"] = f"{g.d(3)}-{g.r.randint(10, 99)}-{g.d(5)}"
            row["coline"] = g.ch([f"02-{g.d(3)}-{g.d(4)}(대표)", f"1588-{g.d(4)}", f"1644-{g.d(4)}", f"02-{g.d(4)}-{g.d(4)}(대표번호)"])
            row["coseat"] = g.ch(CO_SEATS) + g.ch(["", " (본사)", " (사업장)"])
            row["coacct"] = g.account()
        if row["type"] == "m":
            row["mname"] = g.masked_name()
        row["addr"] = g.address(ctx.gu)
        row["acct"] = g.account()
        row["rel"] = g.ch(["본인", "모", "부", "자녀", "배우자", "딸", "아들", "손자", "조모", "대리인"])
        if g.r.random() < 0.45:
            row["holder"] = g.person(allow_foreign=False)
        if g.r.random() < K["health"] * 1.3:
            row["health"] = g.ch(HEALTH)
        if g.r.random() < K["health"]:
            row["note_h"] = g.ch(HEALTH_NOTE)
        amt = None
        if K["amt"]:
            amt = g.money(K["amt"][0], K["amt"][1], K.get("step", 10000))
            if row["type"] == "o":
                amt = 0
        row["amt"] = amt
        x = {}
        if amt is not None:
            x["amt"] = "-" if row["type"] == "o" else won(amt, ctx.mstyle)
        if K.get("committee"):
            if row["type"] == "o":
                x["구분"] = g.ch(["당연직", "위원장(당연직)", "간사"])
                x["소속/직위"] = g.ch([f"{ctx.gu[0]} {ctx.dept} 과장", f"{ctx.gu[0]} 부구청장", f"{ctx.gu[0]} 도시관리국장", f"{ctx.gu[0]}의회 의원"])
            else:
                x["구분"] = g.ch(["위촉직", "외부위원", "위촉"])
                x["소속/직위"] = g.ch(OUTSIDE_ORG)
        else:
            x["소속/직위"] = f"{ctx.dept} {g.ch(POS)}" if row["type"] == "o" else (g.ch(COMPANIES) + " 직원" if g.r.random() < 0.3 else g.ch(["주민", "구민", "자영업", "-", "대학생", "주부"]))
        x["출석"] = g.ch(["○", "○", "○", "×", "10/12", "12/12", "8회", "출석", "수료"])
        x["신청일"] = g.date(ctx.y, ctx.m, g.r.randint(1, 28), 1 if g.r.random() < 0.5 else 4)
        x["이수일"] = x["신청일"]
        x["발급일"] = x["신청일"]
        x["면허번호"] = f"제{ctx.y}-{g.d(4)}호"
        x["소속"] = g.ch(["○○어린이집", "햇살유치원", "한울학원", "개인", "(주)노랑버스", "○○초등학교"]) if K["key"] == "license" else g.ch(["○○중학교", "개인", "○○대학교", "○○동 주민", "가족팀"])
        x["빈집 소재지"] = f"{g.ch(DONG[ctx.gu[0]])} {g.r.randint(1, 999)}-{g.r.randint(1, 40)}"
        x["등급"] = g.ch(["1등급", "2등급", "3등급", "4등급"])
        x["동의여부"] = g.ch(["동의", "미동의", "미회신", "협의 중"])
        x["구조/면적"] = g.ch(["목조 52㎡", "블록조 38.5㎡", "연와조 74㎡", "철근콘크리트 96㎡"])
        x["세대원"] = f"{g.r.randint(1, 6)}명"
        x["활동시간"] = f"{g.r.randint(2, 60)}시간"
        x["시상"] = g.ch(PRIZES)
        x["피해내역"] = g.ch(["주택 침수", "반파", "전파", "가재도구 소실", "주택 화재(전소)", "지하 세대 침수"])
        row["x"] = x
        rows.append(row)
    return rows


# ---------------------------------------------------------------- voices (layouts)
def footer_official(g, ctx):
    return f"{ctx.dept} {ctx.drafter_rank} {ctx.drafter}"


def gen_doc(g, idx, family, seed):
    r = g.r
    gu = g.ch(GU)
    ctx = Ctx()
    ctx.gu = gu
    ctx.y = r.choice([2024, 2025, 2025, 2026, 2026])
    ctx.m = r.randint(1, 12)
    ctx.d = r.randint(1, 28)
    ctx.bfmt = r.randint(0, 7) if r.random() < 0.8 else None
    ctx.pfmt = r.choices(range(6), weights=[10, 2, 2, 2, 1, 1])[0] if r.random() < 0.8 else None
    ctx.mstyle = r.randint(0, 2)
    ctx.wrap = r.random() < 0.3
    # grade choice
    x = r.random()
    mode = "partial" if x < 0.62 else ("public" if x < 0.86 else "nonpublic")
    K = g.ch(KINDS)
    ctx.dept = g.ch(K["depts"])
    ctx.drafter = g.official()
    ctx.drafter_rank = g.ch(["주무관", "주무관", "실무관"])
    ctx.team = g.official()
    ctx.approver = g.official()
    ctx.approver_rank = g.ch(["과장", "과장", "팀장", "국장"])
    ctx.docno = f"{ctx.dept}-{r.randint(1000, 19999)}"
    fill = dict(y=ctx.y, m=ctx.m, n=r.randint(2, 35), gu=gu[0], com=g.ch(COMS), crs=g.ch(CRSS), ctst=g.ch(CTSTS), zone=g.ch(ZONES),
                dong=g.ch(DONG[gu[0]]), dept=ctx.dept, docno=r.randint(1000, 9999), y2=r.randint(2015, 2024))
    title = g.ch(K["titles"]).format(**fill)
    basis = g.ch(K["basis"]).format(**fill)
    if mode == "public":
        base = title.replace(" 명단", "").replace("명단", "").replace(" 대장", "")
        title = base + g.ch([" 추진 계획", " 집계 결과", " 운영 현황(통계)", " 사업 안내", " 추진 일정 알림"])
    ngrounds = [6]
    nonpub_kind = None
    single = None
    if mode == "nonpublic":
        nonpub_kind = r.choice(["single", "single", "invest", "delib", "trade", "security"])
        if nonpub_kind == "single":
            single = g.person()
            title = g.ch([f"{single['name']} {K['noun']} 지급 결정", f"{single['name']}님 개인별 지원 내역", f"{K['people'][0]} {single['name']} 세부 현황"])
            ngrounds = [6]
        elif nonpub_kind == "invest":
            title = g.ch(["부정수급 의심자 조사 현황(수사의뢰 검토)", f"{K['noun']} 부정수급 의심 대상자 명단(경찰 수사 중)", "허위 신청 의심 건 수사 협조 자료"])
            ngrounds = [4, 6]
        elif nonpub_kind == "delib":
            title = g.ch([f"{title}(안) - 심의 전 검토자료", f"{K['noun']} 지급 대상자 선정 심의안(내부 검토 중)", "위원 후보자 검토 명단(위촉 전)"])
            ngrounds = [5, 6]
        elif nonpub_kind == "trade":
            title = g.ch(["위탁운영 업체 원가 산정 내역", "참여 업체 제안 단가 비교표(영업비밀 포함)", "민간위탁 사업자 인건비 산출 내역"])
            ngrounds = [7]
        else:
            title = g.ch(["통합방위 비상연락망 및 중점관리업체 명단", "을지연습 동원 대상 업체 및 담당자 비상연락 현황", "국가중요시설 인근 협력업체 현황"])
            ngrounds = [2]

    doc = Doc()
    voice = r.choice(["gian", "report", "notice", "memo", "result", "agenda", "email"])
    if mode == "nonpublic" and voice == "notice":
        voice = "report"
    # ---- head
    dstr = g.date(ctx.y, ctx.m, ctx.d)
    people = g.ch(K["people"])
    if voice == "gian":
        doc.add(f"{gu[0]}\n\n수신  {g.ch(['내부결재', '수신자 참조', gu[0] + '의회 의장', '각 동 주민센터장'])}\n(경유)\n제목  ")
        title_in(doc, title, single)
        doc.add("\n\n")
    elif voice == "report":
        doc.add(g.ch(["━" * 20 + "\n", "", "■ "]))
        title_in(doc, title, single)
        doc.add(f"\n{' ' * 10}({ctx.dept} {g.ch(['☎', 'T.', '전화 '])}{gu[1]}-{g.d(4)})\n\n")
    elif voice == "notice":
        doc.add(f"{gu[0]} 공고 제{ctx.y}-{r.randint(100, 2000)}호\n\n")
        title_in(doc, title, single)
        doc.add("\n\n")
    elif voice == "memo":
        doc.add(f"[업무연락]\n발  신: {ctx.dept}장\n수  신: {g.ch(['각 동장', '관계 부서', '동 주민센터 복지팀장', '자원봉사센터'])}\n제  목: ")
        title_in(doc, title, single)
        doc.add("\n" + "-" * 30 + "\n")
    elif voice == "result":
        doc.add("< ")
        title_in(doc, title, single)
        doc.add(" >\n\n")
    elif voice == "agenda":
        doc.add(f"안건 제{r.randint(1, 9)}호\n\n")
        title_in(doc, title, single)
        doc.add(f"\n\n제출자: {gu[0]}청장\n제출일: {dstr}\n\n")
    else:
        doc.add(f"보낸사람: {ctx.drafter} <{g.ch(['hj', 'mk', 'sy', 'jk'])}{r.randint(10, 99)}@{gu[3]}>\n받는사람: {ctx.team} <team{r.randint(1, 9)}@{gu[3]}>\n날짜: {ctx.y}-{ctx.m:02d}-{ctx.d:02d} {r.randint(9, 17)}:{r.randint(0, 59):02d}\n제목: ")
        title_in(doc, title, single)
        doc.add(f"\n\n{ctx.team} 팀장님, {ctx.dept} {ctx.drafter}입니다. 요청하신 자료 아래와 같이 정리하여 보내드립니다.\n\n")

    H1, H2, H3 = {"gian": ("1.", "2.", "3."), "report": ("□", "□", "□"), "notice": ("1.", "2.", "3."), "memo": ("○", "○", "○"),
                  "result": ("가.", "나.", "다."), "agenda": ("1.", "2.", "3."), "email": ("1)", "2)", "3)")}[voice]
    sub = Sub({"report": "○", "result": "-", "memo": "-", "email": "-"}.get(voice, "가."))
    purpose = g.ch(["목적", "근거", "추진 근거", "관련", "목적 및 근거"])
    doc.add(f"{H1} {purpose}\n")
    sub.reset()
    if voice == "gian" and r.random() < 0.6:
        doc.add(f"  {sub} {ctx.dept}-{r.randint(1000, 9999)}({g.date(ctx.y, max(1, ctx.m - 1), r.randint(1, 28))})호와 관련입니다.\n")
    doc.add(f"  {sub} {basis}\n")
    doc.add(f"  {sub} {g.ch(['위 근거에 따라', '관계 법령에 의하여', '아래와 같이'])} {K['noun']} {g.ch(['지급 대상을', '관련 명단을', '추진 내역을', '집행 결과를'])} {g.ch(['보고합니다.', '붙임과 같이 제출합니다.', '알려드립니다.', '정리하였습니다.'])}\n")
    if r.random() < 0.5:
        doc.add(f"  {sub} {g.ch(['개인정보 보호를 위하여 공개 시 성명·연락처 등은 가림 처리함', '당해 연도 예산의 범위에서 지급하며, 부정수급 시 환수 조치', '소유한 주택 및 소득 기준 충족 여부는 조사 완료', '장애인 가구는 서명부 확인 후 우선 지급', '정비 및 유지 관리 안내를 병행함'])}\n")
    doc.add("\n")

    # ---- status + tables by mode
    nrows = r.randint(3, 9)
    if mode == "public":
        public_body(g, doc, K, ctx, H2, H3, sub, people)
    elif nonpub_kind == "trade":
        trade_body(g, doc, ctx, H2, H3, sub)
    elif nonpub_kind == "security":
        security_body(g, doc, ctx, H2, H3, sub)
    elif nonpub_kind == "single":
        single_body(g, doc, K, ctx, H2, H3, sub, single)
    else:
        rows = make_rows(g, K, ctx, nrows)
        if nonpub_kind in ("invest", "delib"):
            for rw in rows:
                if rw["type"] == "m":
                    rw["type"] = "p"
        npriv = sum(1 for rw in rows if rw["type"] == "p")
        if npriv == 0:
            rows[0]["type"] = "p"
        tot = sum(rw["amt"] or 0 for rw in rows if rw["type"] != "o") if K["amt"] else None
        doc.add(f"{H2} {g.ch(['현황', '지급 현황', '대상 현황', '추진 현황', people + ' 현황'])}\n")
        sub.reset()
        sub.reset()
        doc.add(f"  {sub} 대상: {len(rows)}{g.ch(['명', '명', '건', '세대' if K['key'] in ('disaster', 'relocation') else '명'])}")
        if tot is not None:
            doc.add(f" / 총 {tot:,}원" if r.random() < 0.6 else f" / 소요예산 {tot // 1000:,}천원")
        doc.add("\n")
        if nonpub_kind == "invest":
            doc.add(f"  {sub} {g.ch(['관할 경찰서 수사 진행 중으로 수사 종결 시까지 비공개', '부정수급 환수 및 수사의뢰 검토 단계', '「보조금 관리에 관한 법률」 제33조의2에 따른 조사 진행 중'])}\n")
        if nonpub_kind == "delib":
            doc.add(f"  {sub} {g.ch(['위원회 심의(' + g.date(ctx.y, ctx.m, ctx.d) + ' 예정) 전 내부 검토자료임', '선정 심사 진행 중, 확정 전 자료', '내부 검토 단계로 외부 유출 금지'])}\n")
        doc.add(f"  {sub} {g.ch(['세부 내역', '대상자 명단', '지급 명세', '명단'])}{('' if not K['amt'] else ' (단위: 천원)' if ctx.mstyle == 2 else g.ch([' (단위: 원)', '', '']))}\n")
        data_table(g, doc, K, ctx, rows)
        # second table sometimes: summary or reserve list
        if r.random() < 0.35:
            doc.add(f"\n  {sub} {g.ch(['동별 집계', '구분별 집계', '월별 집계'])}\n")
            summary_table(g, doc, ctx)
        elif r.random() < 0.25:
            doc.add(f"\n  {sub} {g.ch(['예비 대상자', '추가 신청자', '미수령자', '불참자'])}\n")
            rows2 = make_rows(g, K, ctx, r.randint(1, 3))
            for rw in rows2:
                rw["type"] = "p"
            data_table(g, doc, K, ctx, rows2)
        # prose follow-up mentioning a person
        privs = [rw for rw in rows if rw["type"] == "p"]
        doc.add(f"\n{H3} {g.ch(['향후 계획', '조치 사항', '특이사항', '행정사항'])}\n")
        sub.reset()
        if privs and r.random() < 0.75:
            rw = g.ch(privs)
            p = rw["p"]
            doc.add(f"  {sub} ")
            style = r.randint(0, 4)
            if style == 0:
                doc.ent(p["name"], "PERSON")
                doc.add(g.ch(["님은 ", "님께서는 ", " 씨는 ", "은(는) "]))
                if rw.get("note_h"):
                    doc.ent(rw["note_h"], "HEALTH_INFO")
                    doc.add(g.ch(["으로 방문 지급 예정", "(으)로 보호자 대리 수령", "으로 거동이 어려워 담당자 방문 확인"]) + "\n")
                else:
                    doc.add("계좌 오류로 재입금 예정(" + g.date(ctx.y, ctx.m, min(28, ctx.d + 3)) + ")\n")
            elif style == 1:
                doc.add(f"{rw['idx']}번 ")
                doc.ent(p["given"], "PERSON")
                doc.add(g.ch([" 님은 ", "님 "]) + "연락 불통으로 보호자(")
                doc.ent(g.mobile(), "PHONE")
                doc.add(")와 통화 완료\n")
            elif style == 2:
                doc.add("연락처 변경: ")
                doc.ent(p["name"], "PERSON")
                doc.add(" → ")
                doc.ent(g.mobile(), "PHONE")
                doc.add(g.ch(["로 정정", "(본인 요청)", "으로 변경"]) + "\n")
            elif style == 3:
                doc.add("주소 이전: ")
                doc.ent(p["name"], "PERSON")
                doc.add(g.ch(["님 ", " "]))
                a, u = g.address(gu)
                doc.ent(a + (" " + u if u else ""), "ADDRESS")
                doc.add(g.ch(["으로 전입(", "로 이사("]) + g.date(ctx.y, ctx.m, ctx.d) + ")\n")
            else:
                doc.add("미수령자 ")
                doc.ent(p["name"], "PERSON")
                doc.add(g.ch(["에게는 ", "님께 "]) + "우편 재안내 및 문자 발송\n")
        doc.add(f"  {sub} {g.ch(['지급일: ' + g.date(ctx.y, ctx.m, min(28, ctx.d + 5)), '공개 시 개인정보는 마스킹 처리', '예산과목: 사회복지-취약계층지원-보조금', '문의: ' + ctx.dept + ' (' + gu[1] + '-' + g.d(4) + ')', '세부 명단은 붙임 참조'])}\n")
    footer(g, doc, ctx, voice, mode, ngrounds, dstr)
    text = doc.text()
    grade = mode
    grounds = [] if mode == "public" else (ngrounds if mode == "nonpublic" else [6])
    if mode == "partial" and not doc.ents:
        grade, grounds = "public", []
    if mode == "public":
        assert not doc.ents, doc.ents
    for e in doc.ents:
        assert text[e["start"]:e["end"]] == e["text"], e
    return {"id": f"{family}-{seed}-{idx}", "lang": "ko", "title": title, "department": f"서울특별시 {gu[0]} {ctx.dept}",
            "doc_type": {"gian": "기안문", "report": "보고서", "notice": "공고", "memo": "업무연락", "result": "결과보고", "agenda": "안건", "email": "업무 메일"}[voice],
            "approved_at": f"{ctx.y}-{ctx.m:02d}-{ctx.d:02d}", "drafter": ctx.drafter, "approver": ctx.approver,
            "approver_rank": ctx.approver_rank, "text": text, "entities": doc.ents, "grade": grade, "grounds": grounds}


class Sub:
    KO = "가나다라마바사아자차"

    def __init__(self, mark):
        self.mark = mark
        self.i = 0

    def reset(self):
        self.i = 0

    def __str__(self):
        if self.mark != "가.":
            return self.mark
        self.i += 1
        return self.KO[(self.i - 1) % 10] + "."


def title_in(doc, title, single):
    if single and single["name"] in title:
        i = title.index(single["name"])
        doc.add(title[:i])
        doc.ent(single["name"], "PERSON")
        doc.add(title[i + len(single["name"]):])
    else:
        doc.add(title)


def choose_style(g):
    return g.ch(TABLE_STYLES)


def data_table(g, doc, K, ctx, rows):
    r = g.r
    cols = list(g.ch(K["cols"]))
    if "no" in cols and r.random() < 0.3:
        cols.remove("no")
    elif "no" not in cols and r.random() < 0.3:
        cols.insert(0, "no")
    kindhdr = {}
    if K["key"] == "event":
        kindhdr["name"] = ["참가자", "참석자", "성명", "이  름", "신청자"]
    if K["key"] == "committee":
        kindhdr["name"] = ["위원명", "성명", "성 명", "위원"]
    if K["key"] == "vacant":
        kindhdr["name"] = ["소유자", "소유자(관리인)", "성명"]
        kindhdr["address"] = ["소유자 주소", "주소(소유자)", "실거주지", "소유자 거주지"]
    if K["key"] == "volunteer":
        kindhdr["name"] = ["봉사자", "성명", "봉사자명"]
    if K["key"] == "relocation":
        kindhdr["name"] = ["이주자", "세대주", "세입자", "성명"]
        kindhdr["address"] = ["종전 거주지", "거주지(편입)", "주소", "이전 전 주소"]
    if K["key"] == "prize":
        kindhdr["name"] = ["수상자", "입상자", "성명(팀명)", "성명"]
    if K["key"] == "foreign":
        kindhdr["name"] = ["성명", "성명(영문)", "이름(Name)", "수강생"]
        kindhdr["rrn"] = ["외국인등록번호", "등록번호"]
    if K["key"] == "training":
        kindhdr["name"] = ["수강자", "교육생", "성명", "이  름"]
    hdr = [header_for(g, f, kindhdr) for f in cols]
    hdr = [("지급액" if K["key"] != "prize" else "시상금") + g.ch(["", "(원)", ""]) if h == "amt" else h for h in hdr]
    transposed = r.random() < 0.12 and len(rows) <= 5
    style = choose_style(g)
    if transposed:
        style = g.ch(["light", "heavy", "double", "pipe", "tab", "fixed"])
        cols2 = [c for c in cols if c != "no"]
        hdr2 = [h for c, h in zip(cols, hdr) if c != "no"]
        pre = g.ch(["", "대상", "No.", "#"])
        headers = [g.ch(["구분", "구 분", "항목"])] + [f"{pre}{rw['idx']}" for rw in rows]
        namecol = next((c for c in cols2 if c.startswith("name")), None)
        ctx.cols = cols
        if namecol and r.random() < 0.4:
            headers = [g.ch(["구분", "성명", "항목＼성명"])] + [field_cell(g, namecol, rw, ctx) for rw in rows]
            i = cols2.index(namecol)
            cols2, hdr2 = cols2[:i] + cols2[i + 1:], hdr2[:i] + hdr2[i + 1:]
        trows = []
        ctx.cols = cols
        for c, h in zip(cols2, hdr2):
            trows.append([h] + [field_cell(g, c, rw, ctx) for rw in rows])
        render_table(doc, g, style, headers, trows, opts={"rowsep": r.random() < 0.4})
        return
    ctx.cols = cols
    body = [[field_cell(g, c, rw, ctx) for c in cols] for rw in rows]
    groups = None
    if K.get("groups") and r.random() < 0.3 and len(cols) >= 5:
        groups = make_groups(g, cols)
    if "x:amt" in cols and r.random() < 0.5:
        ai = cols.index("x:amt")
        tot = sum(rw["amt"] or 0 for rw in rows if rw["type"] != "o")
        trow = [cell("")] * len(cols)
        first = 0
        trow[first] = cell(g.ch(["합계", "합 계", "계", "총계"]))
        if ai != first:
            trow[ai] = cell(won(tot, ctx.mstyle))
        if len(cols) > 2 and ai != 1:
            trow[1] = cell(f"{len(rows)}{g.ch(['명', '건'])}")
        body.append(trow)
    render_table(doc, g, style, hdr, body, groups=groups, opts={"rowsep": ctx.wrap or r.random() < 0.2})


def make_groups(g, cols):
    person = {"no", "name", "name_rel", "name_holder", "name_agent", "birth", "birth_sex", "sex", "rrn", "phone", "homephone", "emergency",
              "email", "address", "unit", "guardian", "nation", "passport", "health", "x:소속/직위", "x:구분", "license"}
    pay = {"bank_acct", "bank", "acct", "x:amt", "card"}
    groups = []
    for c in cols:
        lab = g.ch(["인적사항", "대상자 정보", "기본사항"]) if c in person else (g.ch(["지급내역", "지급 정보", "입금"]) if c in pay else "기타")
        if groups and groups[-1][2] == (c in person, c in pay):
            groups[-1][1] += 1
        else:
            groups.append([lab, 1, (c in person, c in pay)])
    return [(l, s) for l, s, _ in groups]


def summary_table(g, doc, ctx):
    r = g.r
    dongs = r.sample(DONG[ctx.gu[0]], r.randint(2, 4))
    hdr = [g.ch(["동명", "구분", "행정동"]), g.ch(["인원", "대상자 수", "인원(명)"]), g.ch(["금액", "지급액(원)", "금액(원)"])]
    rows = []
    tn = tv = 0
    for dn in dongs:
        n = r.randint(3, 60)
        v = n * r.randint(5, 50) * 10000
        tn += n
        tv += v
        rows.append([dn, str(n), f"{v:,}"])
    rows.append(["합계", str(tn), f"{tv:,}"])
    render_table(doc, g, choose_style(g), hdr, rows)


def public_body(g, doc, K, ctx, H2, H3, sub, people):
    r = g.r
    doc.add(f"{H2} {g.ch(['현황', '추진 현황', '운영 현황', '집계'])}\n")
    sub.reset()
    kind = r.randint(0, 3)
    if kind == 0:
        doc.add(f"  {sub} {g.ch(['동별 ' + people + ' 수 및 ' + K['noun'], '분기별 집행 실적'])}\n")
        summary_table(g, doc, ctx)
    elif kind == 1:
        doc.add(f"  {sub} 사업 수행 기관\n")
        hdr = [g.ch(["기관명", "업체명", "상호"]), g.ch(["사업자등록번호", "사업자번호"]), g.ch(["소재지", "주소(사업장)"]), g.ch(["대표전화", "연락처"]), g.ch(["계약금액", "배정액(원)"])]
        rows = []
        for c in r.sample(COMPANIES, r.randint(2, 4)):
            rows.append([c, f"{g.d(3)}-{r.randint(10, 99)}-{g.d(5)}", g.ch(CO_SEATS), g.ch([f"02-{g.d(3)}-{g.d(4)}", f"1588-{g.d(4)}", f"031-{g.d(3)}-{g.d(4)}"]), f"{g.money(5000000, 90000000, 100000):,}"])
        render_table(doc, g, choose_style(g), hdr, rows)
    elif kind == 2:
        doc.add(f"  {sub} 담당 공무원 및 연락처\n")
        hdr = [g.ch(["구분", "역할"]), g.ch(["소속", "부서"]), g.ch(["직급", "직위"]), g.ch(["성명", "담당자"]), g.ch(["전화", "사무실 전화"])]
        rows = []
        for role in r.sample(["총괄", "예산", "접수", "지급", "현장 점검", "홍보"], r.randint(2, 4)):
            rows.append([role, ctx.dept, g.ch(POS + ["과장"]), g.official(), f"{ctx.gu[1]}-{g.d(4)}"])
        render_table(doc, g, choose_style(g), hdr, rows)
    else:
        doc.add(f"  {sub} 추진 일정\n")
        hdr = [g.ch(["단계", "구분"]), g.ch(["기간", "일정"]), g.ch(["내용", "주요 내용"]), g.ch(["장소", "비고"])]
        rows = []
        for st, what in [("공고", "신청 안내 및 접수"), ("심사", "자격 확인 및 선정"), ("지급", K["noun"] + " 지급"), ("정산", "사업 정산 및 결과 보고")][: r.randint(2, 4)]:
            rows.append([st, g.date(ctx.y, ctx.m, r.randint(1, 28)), what, g.ch([f"{ctx.gu[0]}청 2층 대회의실", "각 동 주민센터", ctx.gu[2], "-"])])
        render_table(doc, g, choose_style(g), hdr, rows)
    if r.random() < 0.5:
        doc.add(f"\n  {sub} 개인별 명단은 개인정보 보호를 위해 게재하지 않음" + g.ch(["(예시: 김○수, 010-****-1234)", "", "(대상자: 홍○동 외)"]) + "\n")
    sub.reset()
    doc.add(f"\n{H3} {g.ch(['향후 계획', '행정사항'])}\n  {sub} {g.ch(['결과는 구 홈페이지에 게시', '문의: ' + ctx.dept + ' ' + ctx.gu[1] + '-' + g.d(4), '관련 예산 ' + format(g.money(10000000, 900000000, 1000000), ',') + '원 집행'])}\n")


def trade_body(g, doc, ctx, H2, H3, sub):
    r = g.r
    doc.add(f"{H2} 업체별 원가 내역 (단위: 원)\n")
    sub.reset()
    hdr = ["업체명", "사업자등록번호", "인건비", "재료비", "일반관리비", "이윤율"]
    rows = []
    for c in r.sample(COMPANIES, r.randint(2, 4)):
        rows.append([c, f"{g.d(3)}-{r.randint(10, 99)}-{g.d(5)}", f"{g.money(10000000, 90000000):,}", f"{g.money(1000000, 20000000):,}", f"{g.money(500000, 5000000):,}", f"{r.randint(3, 12)}.{r.randint(0, 9)}%"])
    render_table(doc, g, choose_style(g), hdr, rows)
    sub.reset()
    doc.add(f"\n{H3} 검토 의견\n  {sub} 제출 원가는 업체의 영업상 비밀에 해당하여 비공개(정보공개법 제9조제1항제7호)\n")


def security_body(g, doc, ctx, H2, H3, sub):
    r = g.r
    doc.add(f"{H2} 비상연락 현황\n")
    sub.reset()
    hdr = ["업체명", "시설 구분", "대표전화", "당직 연락", "비고"]
    rows = []
    for c in r.sample(COMPANIES, r.randint(2, 4)):
        rows.append([c, g.ch(["전력", "통신", "가스", "급수", "방호"]), f"02-{g.d(3)}-{g.d(4)}", f"02-{g.d(3)}-{g.d(4)}", g.ch(["중점관리", "동원지정", "-"])])
    render_table(doc, g, choose_style(g), hdr, rows)
    sub.reset()
    doc.add(f"\n{H3} 보안 사항\n  {sub} 「통합방위법」 제21조에 따른 국가중요시설 관련 자료로 대외 유출 금지\n")


def single_body(g, doc, K, ctx, H2, H3, sub, p):
    r = g.r
    doc.add(f"{H2} {g.ch(['대상자 인적사항', '신청인 현황', '세부 내역'])}\n")
    sub.reset()
    base, unit = g.address(ctx.gu)
    bank, acct = g.account()
    hp = g.mobile()
    s_rrn, lab = g.rrn(p)
    rows = [[g.ch(["성명", "성 명", "신청인"]), cell(*p["form"])],
            [g.ch(["주민등록번호", "생년월일"]), cell((s_rrn, lab)) if r.random() < 0.5 else cell((g.birth(p), "BIRTH_DATE"))],
            [g.ch(["주소", "거주지", "실거주지"]), addr_cell(g, base, unit, ctx.wrap)],
            [g.ch(["연락처", "휴대폰", "H.P"]), cell((hp, "PHONE"))],
            [g.ch(["장애 정도", "건강상태", "질환"]), cell((g.ch(HEALTH + HEALTH_NOTE), "HEALTH_INFO"))],
            [g.ch(["지급계좌", "입금계좌"]), acct_cell(g, bank, acct, False)],
            [g.ch(["지급액", "결정 금액"]), f"{g.money(100000, 3000000):,}원"]]
    style = g.ch(["light", "heavy", "double", "pipe", "tab", "fixed", "ascii"])
    render_table(doc, g, style, [g.ch(["항목", "구분"]), g.ch(["내용", "세부 내용"])], rows)
    sub.reset()
    doc.add(f"\n{H3} {g.ch(['검토 의견', '결정 사유'])}\n  {sub} ")
    doc.ent(p["name"], "PERSON")
    doc.add(g.ch(["님은 ", "씨는 ", "은(는) "]) + g.ch(["소득·재산 조사 결과 지원 기준 충족", "긴급 지원 필요성 인정", "의료비 부담이 과중하여 특별 지원 결정"]) + "\n")
    doc.add(f"  {sub} 특정 개인에 관한 자료로 전체 비공개\n")


def footer(g, doc, ctx, voice, mode, grounds, dstr):
    r = g.r
    gu = ctx.gu
    if voice in ("gian", "notice") or r.random() < 0.3:
        doc.add(g.ch(["\n붙임  명단 1부.  끝.\n", "\n붙임  1. 세부 명단 1부.\n      2. 지급 조서 1부.  끝.\n", "\n끝.\n"]))
    pub = {"public": "공개", "partial": "부분공개(6)", "nonpublic": "비공개(" + ",".join(map(str, grounds)) + ")"}[mode]
    if voice == "notice":
        doc.add(f"\n{dstr}\n\n{gu[0]}청장\n\n※ 문의: {ctx.dept} {ctx.drafter_rank} {ctx.drafter} ({gu[1]}-{g.d(4)})\n")
    elif voice == "gian":
        doc.add(f"\n{gu[0]}청장\n\n{ctx.drafter_rank} {ctx.drafter}   팀장 {ctx.team}   {ctx.approver_rank} {ctx.approver}\n"
                f"시행 {ctx.docno} ({dstr})   접수\n우 {r.randint(1, 9)}{g.d(4)}  {gu[2]}  / www.{gu[3]}\n"
                f"전화 {gu[1]}-{g.d(4)}  전송 {gu[1]}-{g.d(4)}  / {g.ch(['jh', 'sk', 'mj', 'ys'])}{r.randint(1, 99)}@{gu[3]}  / {pub}\n")
    elif voice == "email":
        doc.add(f"\n{ctx.drafter} 드림\n{gu[0]} {ctx.dept} | {gu[1]}-{g.d(4)} | {gu[2]}\n")
    else:
        doc.add(f"\n{g.ch(['담당', '작성', '기안'])}: {ctx.dept} {ctx.drafter_rank} {ctx.drafter}({gu[1]}-{g.d(4)}) / {g.ch(['검토', '확인'])}: 팀장 {ctx.team}\n")
        if r.random() < 0.5:
            doc.add(f"공개구분: {pub}\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    g = Gen(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for i in range(a.n):
            d = gen_doc(g, i, "box_tables", a.seed)
            for e in d["entities"]:
                assert d["text"][e["start"]:e["end"]] == e["text"]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
