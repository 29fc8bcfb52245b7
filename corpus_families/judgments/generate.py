#!/usr/bin/env python3
"""Generator for the `judgments` family: court documents that reach a city's / district's
legal affairs team (criminal, civil, administrative, family judgments; orders; settlement
records; litigation status reports; forwarding letters; internal review memos).

Standard library only, deterministic:
    python3 generate.py --n 200 --seed 1 --out docs.jsonl

Values are written into the text with invisible markers (\x01LABEL\x02value\x03); at the end
the markers are removed and the entity offsets computed and asserted.
"""
import argparse
import json
import random

r = random.Random(0)

# ----------------------------------------------------------------------------- markers

def M(v, lab):
    return "\x01" + lab + "\x02" + v + "\x03"


def parse(s):
    out = []
    ents = []
    i = 0
    n = 0
    while i < len(s):
        c = s[i]
        if c == "\x01":
            j = s.index("\x02", i)
            k = s.index("\x03", j)
            lab = s[i + 1:j]
            val = s[j + 1:k]
            ents.append({"start": n, "end": n + len(val), "label": lab, "text": val})
            out.append(val)
            n += len(val)
            i = k + 1
        else:
            out.append(c)
            n += 1
            i += 1
    text = "".join(out)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["text"] == e["text"].strip() and e["text"], e
    return text, ents


def ch(seq):
    return r.choice(seq)


def chance(p):
    return r.random() < p

# ----------------------------------------------------------------------------- names

SUR1 = list("김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉")
SUR_RARE = ["남궁", "독고", "사공", "황보", "제갈", "선우", "서문", "동방"]
GIV_A = list("민서지수영현준도하예윤시주우은재정성승경태동혜미상진희채소다아유연건형")
GIV_B = list("준호수민우연아은서현진희영철석훈빈원윤선경숙자순옥규환혁욱율솔")
ONE_SYL = ["혁", "웅", "별", "솔", "훈", "철", "란", "결", "찬", "윤"]
HANJA = [("홍재석", "洪在錫"), ("김정숙", "金貞淑"), ("이상철", "李相哲"), ("박영호", "朴永浩"),
         ("최순자", "崔順子"), ("정병규", "鄭炳圭"), ("윤희경", "尹喜敬"), ("장태수", "張泰洙"),
         ("한명옥", "韓明玉"), ("조성훈", "趙成勳")]
FOREIGN = [("NGUYEN VAN AN", "응우옌 반 안", "베트남"), ("TRAN THI MAI", "쩐 티 마이", "베트남"),
           ("ZHANG WEI", "장웨이", "중국"), ("LIU YANG", "리우양", "중국"),
           ("BATBAYAR GANZORIG", "바트바야르 간조릭", "몽골"), ("SOMCHAI PRASERT", "솜차이 프라셋", "태국"),
           ("MARIA SANTOS", "마리아 산토스", "필리핀"), ("JOHN MILLER", "존 밀러", "미국"),
           ("AKMAL TURSUNOV", "아크말 투르수노프", "우즈베키스탄"), ("PHAM THI LAN", "팜 티 란", "베트남")]


class Name:
    def __init__(self, full, sur, giv, first=None, hanja=None, latin=None, nation=None):
        self.full, self.sur, self.giv = full, sur, giv
        self.first = first or full  # form used at first mention
        self.hanja, self.latin, self.nation = hanja, latin, nation

    def p(self):
        return M(self.full, "PERSON")

    def intro(self):
        """first mention, possibly spaced / hanja / latin forms"""
        if self.latin:
            if chance(0.5):
                return M(self.latin, "PERSON") + "(" + M(self.full, "PERSON") + ")"
            return M(self.full, "PERSON") + "(" + M(self.latin, "PERSON") + ")"
        if self.hanja:
            return M(self.full, "PERSON") + "(" + M(self.hanja, "PERSON") + ")"
        return M(self.first, "PERSON")

    def g(self):
        return M(self.giv, "PERSON")


def kname(allow_odd=True):
    sur = ch(SUR_RARE) if chance(0.07) else ch(SUR1)
    if chance(0.08):
        giv = ch(ONE_SYL)
    else:
        giv = ch(GIV_A) + ch(GIV_B)
    full = sur + giv
    first = full
    if allow_odd and chance(0.06):
        first = sur + " " + giv
    elif allow_odd and chance(0.03) and len(giv) == 2:
        first = sur + " " + giv[0] + " " + giv[1]
    return Name(full, sur, giv, first)


def person(foreign_p=0.0, hanja_p=0.05):
    if chance(foreign_p):
        lat, ko, nat = ch(FOREIGN)
        return Name(ko, ko, ko, latin=lat, nation=nat)
    if chance(hanja_p):
        ko, hj = ch(HANJA)
        return Name(ko, ko[0], ko[1:], hanja=hj)
    return kname()


def official():
    """plain name string of an official (never annotated)"""
    return (ch(SUR1) + ch(GIV_A) + ch(GIV_B))


def has_batchim(s):
    c = s[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    return False


def josa(word, a, b):
    return a if has_batchim(word) else b

# ----------------------------------------------------------------------------- formats

def dfmt(y, m, d, style=None):
    style = style if style is not None else r.randrange(7)
    if style == 0:
        return f"{y}. {m}. {d}."
    if style == 1:
        return f"{y}-{m:02d}-{d:02d}"
    if style == 2:
        return f"{y}년 {m}월 {d}일"
    if style == 3:
        return f"'{y % 100}. {m}. {d}."
    if style == 4:
        return f"{y}.{m:02d}.{d:02d}."
    if style == 5:
        return f"{y}. {m:02d}. {d:02d}."
    return f"{y}. {m}. {d}."


def rdate(y0=2023, y1=2025):
    return r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)


def mobile(style=None):
    a, b = r.randint(1000, 9999), r.randint(1000, 9999)
    style = style if style is not None else r.randrange(7)
    p = ch(["010", "010", "010", "011", "016"])
    if style == 1:
        return f"{p} {a} {b}"
    if style == 2:
        return f"{p}{a}{b}"
    if style == 3:
        return f"{p}.{a}.{b}"
    if style == 4:
        return f"+82-{p[1:]}-{a}-{b}"
    if style == 5:
        return f"({p}) {a}-{b}"
    return f"{p}-{a}-{b}"


def homephone():
    return ch([f"02-{r.randint(300, 999)}-{r.randint(1000, 9999)}",
               f"031-{r.randint(300, 999)}-{r.randint(1000, 9999)}",
               f"(032){r.randint(400, 999)}-{r.randint(1000, 9999)}"])


def rrn_for(y, m, d, female=None, style=None, foreign=False):
    female = chance(0.5) if female is None else female
    if foreign:
        g = (6 if y < 2000 else 8) if female else (5 if y < 2000 else 7)
    else:
        g = (2 if y < 2000 else 4) if female else (1 if y < 2000 else 3)
    front = f"{y % 100:02d}{m:02d}{d:02d}"
    back = f"{g}{r.randint(0, 999999):06d}"
    style = style if style is not None else r.randrange(6)
    if style == 0:
        return f"{front}-{back}"
    if style == 1:
        return f"{front}-{g}******"
    if style == 2:
        return f"{front}{back}"
    if style == 3:
        return f"{front} - {g}******"
    if style == 4:
        return f"{front}-{g}xxxxxx"
    return f"{front}-{back[0]}******"


def birth():
    return r.randint(1948, 2003), r.randint(1, 12), r.randint(1, 28)


BANKS = ["국민은행", "신한은행", "우리은행", "하나은행", "농협은행", "기업은행", "카카오뱅크", "새마을금고", "우체국", "SC제일은행"]


def account(bank=None):
    bank = bank or ch(BANKS)
    pat = {
        "국민은행": "{6}-{2}-{6}", "신한은행": "{3}-{3}-{6}", "우리은행": "{4}-{3}-{6}",
        "하나은행": "{3}-{6}-{5}", "농협은행": "{3}-{4}-{4}-{2}", "기업은행": "{3}-{6}-{2}-{3}",
        "카카오뱅크": "3333-{2}-{7}", "새마을금고": "9002-{4}-{4}-{1}", "우체국": "{6}-{2}-{6}",
        "SC제일은행": "{3}-{2}-{6}"}[bank]
    out = ""
    i = 0
    while i < len(pat):
        if pat[i] == "{":
            j = pat.index("}", i)
            k = int(pat[i + 1:j])
            out += "".join(str(r.randrange(10)) for _ in range(k))
            i = j + 1
        else:
            out += pat[i]
            i += 1
    if chance(0.15):
        out = out.replace("-", "")
    return bank, out


def card():
    g = [str(r.randint(1000, 9999)) for _ in range(4)]
    return ch(["-", " ", "-"]).join(g)


def acct_txt():
    b, a = account()
    return f"{b} 계좌({M(a, 'BANK_ACCOUNT')})"


HANGUL_PLATE = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주허하호")
CITIES_P = ["서울", "경기", "인천", "부산", "충남"]


def plate():
    h = ch(HANGUL_PLATE)
    s = r.randrange(5)
    if s == 0:
        return f"{r.randint(10, 99)}{h}{r.randint(1000, 9999)}"
    if s == 1:
        return f"{r.randint(100, 399)}{h}{r.randint(1000, 9999)}"
    if s == 2:
        return f"{ch(CITIES_P)}{r.randint(10, 99)}{h}{r.randint(1000, 9999)}"
    if s == 3:
        return f"{r.randint(100, 399)}{h} {r.randint(1000, 9999)}"
    return f"{r.randint(10, 99)}{h} {r.randint(1000, 9999)}"


def license_no():
    if chance(0.5):
        return f"{r.randint(11, 28)}-{r.randint(10, 24)}-{r.randint(0, 999999):06d}-{r.randint(10, 99)}"
    return f"{ch(['서울', '경기', '인천', '부산'])} {r.randint(10, 24)}-{r.randint(0, 999999):06d}-{r.randint(10, 99)}"


def passport():
    return ch(["M", "M", "S", "R"]) + f"{r.randint(0, 99999999):08d}" if chance(0.7) else \
        "M" + f"{r.randint(100, 999)}" + ch("ABCDEFGH") + f"{r.randint(1000, 9999)}"


def ip():
    return f"{ch([58, 61, 106, 112, 118, 121, 175, 211, 220, 203])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"


def email(nm=None):
    ids = ["hong", "minsu", "jiyoung", "kkm", "sunny", "dream", "happy", "lee.sj", "park_h", "blue",
           "jjang", "moon", "skyline", "yoon.k", "haru"]
    return f"{ch(ids)}{r.randint(1, 999)}@{ch(['naver.com', 'gmail.com', 'daum.net', 'hanmail.net', 'nate.com', 'kakao.com'])}"

# ----------------------------------------------------------------------------- places

GU = [("종로구", "jongno"), ("중구", "junggu"), ("용산구", "yongsan"), ("성동구", "sd"), ("광진구", "gwangjin"),
      ("동대문구", "ddm"), ("중랑구", "jungnang"), ("성북구", "sb"), ("강북구", "gangbuk"), ("도봉구", "dobong"),
      ("노원구", "nowon"), ("은평구", "ep"), ("서대문구", "sdm"), ("마포구", "mapo"), ("양천구", "yangcheon"),
      ("강서구", "gangseo"), ("구로구", "guro"), ("금천구", "geumcheon"), ("영등포구", "ydp"), ("동작구", "dongjak"),
      ("관악구", "gwanak"), ("서초구", "seocho"), ("강남구", "gangnam"), ("송파구", "songpa"), ("강동구", "gd")]
ROADS = ["월드컵로", "도림로", "양재대로", "천호대로", "동일로", "노해로", "시흥대로", "공항대로", "망원로", "성산로",
         "은평로", "통일로", "독산로", "봉은사로", "올림픽로", "한천로", "화곡로", "신림로", "상도로", "왕십리로",
         "마들로", "도봉로", "답십리로", "망우로", "보문로", "증산로", "연희로", "목동로", "가마산로", "남부순환로"]
DONG = ["성산동", "망원동", "신림동", "화곡동", "상계동", "쌍문동", "면목동", "길음동", "불광동", "독산동", "대림동",
        "상도동", "천호동", "잠실동", "방배동", "역삼동", "목동", "답십리동", "홍제동", "창동"]
APT = ["한신아파트", "현대아파트", "래미안", "푸르지오", "e편한세상", "주공아파트", "삼익아파트", "자이", "힐스테이트", "SK뷰"]
VILLA = ["해오름빌라", "그린빌", "청솔맨션", "동진하이츠", "우리빌", "한솔연립"]
OTHER = [("경기도 고양시 일산동구", "중앙로", "장항동"), ("경기도 성남시 분당구", "판교로", "백현동"),
         ("인천광역시 부평구", "부평대로", "부평동"), ("경기도 부천시", "길주로", "중동"),
         ("부산광역시 해운대구", "해운대로", "우동"), ("충청남도 당진시", "당진중앙2로", "읍내동"),
         ("경기도 수원시 팔달구", "효원로", "인계동"), ("경기도 의정부시", "평화로", "의정부동")]


def address(gu=None, unit_p=0.7):
    s = r.randrange(10)
    if s <= 6:
        if chance(0.8):
            g = gu or ch(GU)[0]
            city = ch(["서울특별시", "서울특별시", "서울"])
            head = f"{city} {g} {ch(ROADS)}"
            dong = ch(DONG)
        else:
            c, rd, dong = ch(OTHER)
            head = f"{c} {rd}"
        num = f"{r.randint(1, 399)}" + (f"-{r.randint(1, 40)}" if chance(0.4) else "")
        if chance(0.3):
            num = f"{r.randint(1, 50)}길 {r.randint(1, 120)}"
        a = f"{head} {num}"
        if chance(unit_p):
            if chance(0.55):
                a += f", {r.randint(101, 125)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호"
                if chance(0.5):
                    a += f" ({dong}, {ch(APT)})"
            else:
                a += f", {r.randint(1, 5)}{r.randint(1, 4):02d}호"
                if chance(0.4):
                    a += f"({dong}, {ch(VILLA)})"
        elif chance(0.4):
            a += f" ({dong})"
        return a
    if s <= 8:
        g = gu or ch(GU)[0]
        return f"서울 {g} {ch(DONG)} {r.randint(1, 999)}-{r.randint(1, 99)}" + (
            f" {ch(VILLA)} {r.randint(1, 4)}0{r.randint(1, 4)}호" if chance(0.5) else "")
    c, rd, dong = ch(OTHER)
    return f"{c} {dong} {r.randint(100, 1500)}번지" + (f" {r.randint(1, 3)}층" if chance(0.3) else "")


COURTS = [("서울중앙지방법원", "서울 서초구 서초중앙로 157"), ("서울동부지방법원", "서울 송파구 법원로 101"),
          ("서울남부지방법원", "서울 양천구 신월로 386"), ("서울북부지방법원", "서울 도봉구 마들로 749"),
          ("서울서부지방법원", "서울 마포구 마포대로 174"), ("수원지방법원", "수원시 영통구 법조로 105"),
          ("인천지방법원", "인천 미추홀구 소성로 163"), ("의정부지방법원", "의정부시 녹양로34번길 23")]
ADMIN_COURT = "서울행정법원"
FAMILY_COURTS = ["서울가정법원", "수원가정법원", "인천가정법원", "의정부지방법원 고양지원"]
HIGH = ["서울고등법원", "서울고등법원 춘천재판부"]

COMPANIES = ["주식회사 한빛건설", "(주)대성토건", "유한회사 미래환경", "삼우엔지니어링 주식회사", "주식회사 새솔개발",
             "한마음손해보험 주식회사", "주식회사 도담조경", "(주)청운이엔씨", "누리정보통신 주식회사", "주식회사 우성환경산업",
             "다온종합건설(주)", "세진산업개발 주식회사"]
INSURERS = ["한마음손해보험 주식회사", "새누리화재해상보험 주식회사", "동방손해보험(주)"]
LAWFIRMS = ["법무법인 한결", "법무법인(유한) 다온", "법무법인 세움", "법무법인 정률", "법무법인 바른길", "법무법인 새빛",
            "법률사무소 정인", "법무법인 율촌숲"]
SHOPS = ["'행복한 식당'", "'○○호프'", "'청춘포차'", "'대박노래연습장'", "'하늘PC방'", "'소문난 순대국'", "'맛있는 치킨'",
         "'별빛주점'", "'우리편의점 ○○점'"]


def bizno():
    return f"{r.randint(101, 899)}-{r.randint(10, 99)}-{r.randint(10000, 99999)}"


def gu_ctx():
    g, dom = ch(GU)
    return {
        "gu": g, "dom": dom,
        "office": f"서울특별시 {g}",
        "head": f"서울특별시 {g}청장",
        "mayor": official(),
        "line": f"02-{r.randint(2100, 3500)}-{r.randint(1000, 9999)}",
        "fax": f"02-{r.randint(2100, 3500)}-{r.randint(1000, 9999)}",
        "mail": f"{ch(['law', 'lawteam', 'songmu', official_id()])}@{dom}.go.kr",
        "addr": f"서울특별시 {g} {ch(ROADS)} {r.randint(1, 300)} ({g}청)",
        "zip": f"0{r.randint(1000, 8999)}",
        "dept": ch(["법무과", "법무과 송무팀", "행정지원과 법무팀", "감사담당관 법무팀", "법무행정과"]),
    }


def official_id():
    return ch(["kimsj", "leehy", "parkdh", "choimk", "jungsw", "kangyr", "yoonjh"]) + str(r.randint(1, 99))


def city_ctx():
    if chance(0.35):
        return {"gu": "", "dom": "seoul", "office": "서울특별시", "head": "서울특별시장", "mayor": official(),
                "line": f"02-2133-{r.randint(1000, 9999)}", "fax": f"02-2133-{r.randint(1000, 9999)}",
                "mail": f"{official_id()}@seoul.go.kr", "addr": "서울특별시 중구 세종대로 110 (서울특별시청)",
                "zip": "04524", "dept": ch(["법무담당관", "법무담당관 송무1팀", "법무담당관 송무2팀"])}
    return gu_ctx()


INJ = ["요추부 염좌", "경추부 염좌", "좌측 제5중수골 골절", "우측 경골 간부 골절", "안면부 타박상 및 비골 골절",
       "뇌진탕", "우측 슬관절 전방십자인대 파열", "상악 전치부 치아 파절", "좌측 요골 원위부 골절", "우측 족관절 외측인대 파열",
       "늑골 다발성 골절", "두피 열상", "우측 어깨 회전근개 부분파열"]
ILL = ["알츠하이머형 치매", "혈관성 치매", "조현병", "중등도 지적장애", "뇌경색 후유증으로 인한 좌측 편마비",
       "양극성 정동장애", "알코올 사용장애", "중증 우울장애", "자폐성 장애", "파킨슨병"]

# ----------------------------------------------------------------------------- numbering

NUMSCHEMES = [
    [lambda i: f"{i}.", lambda i: "가나다라마바사"[i - 1] + ".", lambda i: f"({i})", lambda i: "(" + "가나다라마바"[i - 1] + ")"],
    [lambda i: "ⅠⅡⅢⅣⅤⅥ"[i - 1] + ".", lambda i: f"{i}.", lambda i: "가나다라마바사"[i - 1] + ".", lambda i: f"{i})"],
    [lambda i: f"{i}.", lambda i: "①②③④⑤⑥⑦"[i - 1], lambda i: "가나다라마바"[i - 1] + ")", lambda i: f"({i})"],
    [lambda i: f"제{i}.", lambda i: f"{i})", lambda i: "가나다라마바"[i - 1] + ".", lambda i: "①②③④⑤⑥"[i - 1]],
]


def scheme():
    return ch(NUMSCHEMES)


def lab(word, spaced=None):
    """court header label, sometimes letter-spaced"""
    spaced = chance(0.5) if spaced is None else spaced
    if spaced and len(word) <= 4:
        return " ".join(word)
    return word


def won(n):
    return f"{n:,}원"


def amount():
    return ch([r.randint(3, 90) * 1000000, r.randint(100, 9000) * 10000, r.randint(1000000, 99000000) // 1000 * 1000])


def sep():
    return ch(["  ", "\t", " : ", ": ", "   "])

# ----------------------------------------------------------------------------- common blocks

def judges(panel=None):
    panel = chance(0.35) if panel is None else panel
    if panel:
        return f"재판장 판사 {official()}\n{ch(['', '      '])}판사 {official()}\n{ch(['', '      '])}판사 {official()}"
    return f"판사 {official()}"


def lawyer_line(criminal=False):
    """returns marked text for a private lawyer (PERSON) optionally within a law firm"""
    nm = kname(False)
    s = r.randrange(4 if criminal else 3)
    if s == 0:
        return f"변호사 {nm.p()}"
    if s == 1:
        return f"{ch(LAWFIRMS)}\n{ind()}담당변호사 {nm.p()}" + (f", {kname(False).p()}" if chance(0.4) else "")
    if s == 2:
        return f"{ch(LAWFIRMS)} 담당변호사 {nm.p()}"
    return f"변호사 {nm.p()} (국선)"


def ind():
    return ch(["        ", "          ", "\t\t", "            "])


def party_block(role, nm, gu=None, rrn=True, addr=True, serve=False, extra=""):
    lines = []
    y, m, d = birth()
    idpart = ""
    if rrn:
        s = r.randrange(5)
        if s <= 2:
            idpart = f" ({M(rrn_for(y, m, d), 'KR_RRN')})"
        elif s == 3:
            idpart = f"({M(dfmt(y, m, d, ch([0, 4])), 'BIRTH_DATE')}생)"
        else:
            idpart = f", {M(rrn_for(y, m, d), 'KR_RRN')}"
    lines.append(f"{role}{sep() if chance(0.4) else ' '}{nm.intro()}{idpart}{extra}")
    if addr:
        lines.append(f"{ind()}{ch(['주소', '주소', '주거', ''])}{' ' if True else ''}{M(address(gu), 'ADDRESS')}".replace("  ", " ", 0))
    if chance(0.18):
        cs = [f"전화 {M(mobile(), 'PHONE')}"]
        if chance(0.5):
            cs.append(f"전자우편 {M(email(), 'EMAIL')}")
        if chance(0.2):
            cs.append(f"자택 {M(homephone(), 'PHONE')}")
        lines.append(f"{ind()}({', '.join(cs)})")
    if serve:
        if chance(0.5):
            lines.append(f"{ind()}송달장소 {M(address(gu), 'ADDRESS')}")
        else:
            lines.append(f"{ind()}송달장소 {ch(['서울 서초구 서초대로 ' + str(r.randint(200, 350)) + ', ' + str(r.randint(2, 12)) + '층', '서울 서초구 법원로 ' + str(r.randint(1, 20)) + ' 정곡빌딩 ' + str(r.randint(2, 7)) + '층'])} ({ch(LAWFIRMS)} 사무실)")
    return "\n".join(lines)


def foot_open(grade_word=None):
    return ""


def doc(title, doc_type, body, grade, grounds, ctx, approved, rank=None):
    return {"title": title, "doc_type": doc_type, "body": body, "grade": grade, "grounds": grounds,
            "department": (ctx["office"] + " " + ctx["dept"]).strip(), "approved_at": approved,
            "approver_rank": rank or ch(["과장", "팀장", "법무담당관", "국장"])}


def iso(y, m, d):
    return f"{y:04d}-{m:02d}-{d:02d}"

# ============================================================================ LAYOUT 1 criminal judgment

def crime_case(dfn, gu, k):
    """returns (죄명, facts, evidence list, statutes, sentence, reasons, extra_tables)"""
    y, m, d = rdate(2024, 2025)
    dt = dfmt(y, m, d, ch([0, 0, 2, 4]))
    hh, mi = r.randint(0, 23), ch([0, 5, 10, 20, 30, 40, 50])
    tm = f"{hh:02d}:{mi:02d}경"
    D = "피고인"
    v = person(0.05)
    table = ""
    if k == 0:
        pl = plate()
        inj = ch(INJ)
        wk = r.randint(2, 12)
        name = "교통사고처리특례법위반(치상)"
        facts = (f"{D}은 {M(pl, 'VEHICLE_PLATE')} {ch(['그랜저', '쏘나타', '아반떼', '카니발', '포터Ⅱ', 'K5'])} 승용차의 운전업무에 종사하는 사람이다.\n"
                 f"{D}은 {dt} {tm} 위 승용차를 운전하여 서울 {gu} {ch(ROADS)}에 있는 {ch(['○○사거리', '○○초등학교 앞 교차로', '○○역 3번 출구 앞 횡단보도'])} 부근 편도 {r.randint(1, 4)}차로 도로를 "
                 f"{ch(['○○역', '○○삼거리', '○○시장'])} 방면에서 {ch(['○○공원', '○○대교', '○○로터리'])} 방면으로 진행하게 되었다. "
                 f"그곳은 신호등이 설치된 횡단보도가 있는 곳이므로 운전업무에 종사하는 사람에게는 신호에 따라 안전하게 운전하여야 할 업무상 주의의무가 있었다. "
                 f"그럼에도 {D}은 이를 게을리한 채 정지신호를 위반하여 그대로 진행한 과실로, 때마침 보행자 신호에 따라 횡단보도를 건너던 피해자 {v.intro()}({ch(['남', '여'])}, {r.randint(8, 85)}세)를 "
                 f"위 승용차 앞범퍼 부분으로 들이받았다.\n결국 {D}은 위와 같은 업무상 과실로 피해자에게 약 {wk}주간의 치료가 필요한 {M(inj, 'HEALTH_INFO')} 등의 상해를 입게 하였다.")
        ev = [f"{D}의 법정진술", f"{v.p()}에 대한 경찰 진술조서", "교통사고보고(실황조사서)", f"진단서({v.p()})", "블랙박스 영상 캡처 사진"]
        if chance(0.5):
            ev.append(f"운전면허 조회 결과({D} 면허번호 {M(license_no(), 'KR_DRIVER_LICENSE')}, 제1종 보통)")
        st = "교통사고처리 특례법 제3조 제1항, 제2항 단서 제1호, 형법 제268조"
        sent = ch([f"금고 {r.randint(6, 12)}월", f"벌금 {r.randint(5, 15) * 100}만 원"])
        reasons = f"{D}이 이 사건 범행을 인정하고 있는 점, {D} 차량이 종합보험에 가입되어 있는 점, 피해자의 상해 정도가 가볍지 않은 점 등 기록에 나타난 양형 조건을 종합하여 주문과 같이 형을 정한다."
    elif k == 1:
        pl = plate()
        lic = license_no()
        bac = f"0.{r.randint(30, 220):03d}%"
        name = "도로교통법위반(음주운전)"
        y2, m2, d2 = rdate(2015, 2021)
        facts = (f"{D}은 {dfmt(y2, m2, d2, 0)} {ch([c[0] for c in COURTS])}에서 도로교통법위반(음주운전)죄로 벌금 {r.randint(3, 10) * 100}만 원의 약식명령을 발령받은 사람이다.\n"
                 f"{D}은 {dt} {tm} 서울 {gu} {ch(ROADS)} 앞 도로에서부터 같은 구 {ch(ROADS)} 앞 도로까지 약 {r.randint(1, 9)}km 구간에서 혈중알코올농도 {bac}의 술에 취한 상태로 "
                 f"{M(pl, 'VEHICLE_PLATE')} {ch(['쏘렌토', '스포티지', '투싼', '모닝'])} 승용차를 운전하였다."
                 + (f" 이로써 {D}의 제1종 보통 운전면허(면허번호 {M(lic, 'KR_DRIVER_LICENSE')})는 취소되었다." if chance(0.9) else "")
                 + f"\n이로써 {D}은 음주운전 금지규정을 2회 이상 위반하였다.")
        ev = [f"{D}의 법정진술", "주취운전자 정황진술보고서", "음주운전 단속결과통보", "수사보고(음주운전 전력 확인)", "조회회보서"]
        st = "구 도로교통법(2023. 1. 3. 법률 제19158호로 개정되기 전의 것) 제148조의2 제1항, 제44조 제1항"
        sent = ch([f"징역 {r.randint(6, 18)}월", f"벌금 {r.randint(7, 20) * 100}만 원"])
        reasons = f"음주운전 전력이 있음에도 다시 이 사건 범행에 이른 점은 불리한 정상이나, {D}이 잘못을 인정하고 차량을 처분한 점, 사고로 이어지지 않은 점을 참작한다."
    elif k == 2:
        name = "사기"
        bank, ac = account()
        ph = mobile()
        facts = (f"{D}은 인터넷 중고거래 사이트 '{ch(['당근장터', '중고나라마켓', '번개거래'])}'에 실제로는 물품을 보유하고 있지 않음에도 "
                 f"'{ch(['아이폰 15 프로 미개봉', '캠핑용 텐트 세트', '닌텐도 스위치', '유모차'])}'를 판매한다는 허위의 글을 게시하였다.\n"
                 f"{D}은 {dt} 위 게시글을 보고 연락한 피해자 {v.intro()}에게 {D}이 사용하는 휴대전화({M(ph, 'PHONE')})로 \"입금 확인 즉시 택배로 발송하겠다\"고 거짓말하였다. "
                 f"그러나 사실 {D}은 피해자로부터 돈을 받더라도 물건을 보내줄 의사나 능력이 없었다.\n"
                 f"{D}은 이와 같이 피해자를 기망하여 이에 속은 피해자로부터 같은 날 {D} 명의의 {bank} 계좌({M(ac, 'BANK_ACCOUNT')})로 {won(r.randint(20, 180) * 10000)}을 송금받은 것을 비롯하여 "
                 f"그 무렵부터 {dfmt(y, min(12, m + 2), d, 0)}까지 별지 범죄일람표 기재와 같이 총 {r.randint(3, 5)}회에 걸쳐 합계 {won(r.randint(300, 900) * 10000)}을 송금받아 이를 편취하였다.")
        rows = []
        vics = [v] + [person(0.03) for _ in range(r.randint(2, 4))]
        for i, vv in enumerate(vics, 1):
            b2, a2 = (bank, ac) if chance(0.6) else account()
            rows.append((str(i), dfmt(y, m, min(28, d + i), 4), vv.p(), won(r.randint(15, 200) * 10000), f"{b2} {M(a2, 'BANK_ACCOUNT')}"))
        if chance(0.5):
            table = "\n[별지] 범죄일람표\n| 순번 | 일시 | 피해자 | 편취금액 | 입금계좌 |\n|---|---|---|---|---|\n" + "\n".join("| " + " | ".join(x) + " |" for x in rows)
        else:
            table = "\n[별지] 범죄일람표\n순번\t일시\t피해자\t편취금액\t입금계좌\n" + "\n".join("\t".join(x) for x in rows)
        ev = [f"{D}의 법정진술", f"{v.p()} 등 피해자들에 대한 경찰 진술조서", "거래내역 회신", "각 게시글 및 대화 캡처"]
        st = "형법 제347조 제1항"
        sent = f"징역 {r.randint(8, 24)}월"
        reasons = f"{D}이 동종 범행으로 처벌받은 전력이 있고 피해가 대부분 회복되지 않았다. 다만 {D}이 범행을 모두 인정하고 일부 피해자와 합의한 점을 고려한다."
    elif k == 3:
        name = ch(["상해", "폭행치상"])
        inj = ch(INJ)
        facts = (f"{D}은 {dt} {tm} 서울 {gu} {ch(ROADS)} {r.randint(1, 200)}에 있는 {ch(SHOPS)} 앞 길에서 피해자 {v.intro()}({ch(['남', '여'])}, {r.randint(20, 70)}세)와 "
                 f"{ch(['어깨가 부딪혔다는 이유로', '주차 문제로', '층간소음 문제로'])} 시비가 되어 말다툼을 하던 중, 화가 나 주먹으로 피해자의 얼굴을 {r.randint(2, 6)}회 때리고, "
                 f"넘어진 피해자의 몸을 발로 수회 걷어찼다.\n이로써 {D}은 피해자에게 약 {r.randint(2, 8)}주간의 치료가 필요한 {M(inj, 'HEALTH_INFO')} 등을 가하였다.")
        w = person()
        ev = [f"{D}의 일부 법정진술", f"증인 {w.p()}의 법정진술", f"{v.p()}에 대한 경찰 진술조서", "상해진단서", "CCTV 영상 캡처"]
        st = "형법 제257조 제1항"
        sent = ch([f"징역 {r.randint(4, 12)}월", f"벌금 {r.randint(3, 15) * 100}만 원"])
        reasons = f"피해자가 입은 상해의 정도가 중하고 피해자가 엄벌을 탄원하고 있으나, {D}이 피해자를 위하여 {won(r.randint(100, 1000) * 10000)}을 공탁한 점을 고려한다."
    elif k == 4:
        name = "정보통신망이용촉진및정보보호등에관한법률위반(명예훼손)"
        ipa = ip()
        facts = (f"{D}은 {dt} {tm} 서울 {gu}에 있는 {D}의 주거지에서 IP주소 {M(ipa, 'IP_ADDRESS')}가 할당된 컴퓨터를 이용하여 인터넷 카페 '{ch(['○○동 맘카페', '○○구 주민모임', '○○아파트 입주민방'])}' 게시판에 "
                 f"피해자 {v.intro()}를 비방할 목적으로 \"{v.full} {ch(['원장', '대표', '회장'])}이 {ch(['아이들 급식비를 빼돌렸다', '관리비를 횡령했다', '전과자다'])}\"라는 취지의 글을 게시하였다.\n"
                 f"그러나 사실은 피해자가 그러한 행위를 한 사실이 없었다. 이로써 {D}은 정보통신망을 통하여 공공연하게 거짓의 사실을 드러내어 피해자의 명예를 훼손하였다.")
        facts = facts.replace(f"\"{v.full} ", f"\"{v.p()} ")
        ev = [f"{D}의 법정진술", f"{v.p()}의 고소장", "게시글 캡처", f"압수수색검증영장 집행결과(IP주소 및 가입자 정보{', 이메일 ' + M(email(), 'EMAIL') if chance(0.5) else ''})"]
        st = "정보통신망 이용촉진 및 정보보호 등에 관한 법률 제70조 제2항"
        sent = f"벌금 {r.randint(3, 10) * 100}만 원"
        reasons = "게시글의 내용과 전파 범위, 피해자의 고통이 작지 않은 점을 불리하게, 초범인 점을 유리하게 고려한다."
    elif k == 5:
        name = "절도, 여신전문금융업법위반"
        cd = card()
        facts = (f"1. 절도\n{D}은 {dt} {tm} 서울 {gu}에 있는 {ch(['○○체육관 탈의실', '○○찜질방', '○○역 화장실'])}에서 피해자 {v.intro()}가 잠시 자리를 비운 틈을 타 "
                 f"피해자 소유의 지갑 1개(현금 {won(r.randint(3, 30) * 10000)}, {ch(['신한카드', '국민카드', '삼성카드'])} 신용카드 1장 포함)를 가지고 가 절취하였다.\n"
                 f"2. 여신전문금융업법위반\n{D}은 같은 날 {ch(['○○편의점', '○○마트', '○○주유소'])}에서 제1항 기재와 같이 절취한 피해자 명의의 신용카드(카드번호 {M(cd, 'CARD_NUMBER')})를 "
                 f"마치 정당한 사용권자인 것처럼 제시하여 {won(r.randint(3, 40) * 10000)} 상당의 물품을 구입한 것을 비롯하여 총 {r.randint(2, 9)}회에 걸쳐 도난된 신용카드를 사용하였다.")
        ev = [f"{D}의 법정진술", f"{v.p()}에 대한 경찰 진술조서", "카드 사용내역", "CCTV 영상 캡처"]
        st = "형법 제329조, 여신전문금융업법 제70조 제1항 제3호"
        sent = f"징역 {r.randint(6, 14)}월"
        reasons = f"{D}이 피해자에게 피해금 전액을 변제하고 합의한 점, 초범인 점 등을 참작한다."
    elif k == 6:
        name = "건축법위반"
        facts = (f"{D}은 {M(address(gu, 0.0), 'ADDRESS')} 소재 {ch(['다가구주택', '단독주택', '근린생활시설'])}의 소유자 겸 건축주로서 위 건물에 거주하는 사람이다.\n"
                 f"건축물을 증축하려는 자는 관할 구청장의 허가를 받거나 신고를 하여야 한다. 그럼에도 {D}은 {dt}경 관할 관청인 서울특별시 {gu}청장에게 신고하지 아니하고 "
                 f"위 건물 옥상에 철골조 샌드위치패널 지붕 구조의 {r.randint(12, 60)}.{r.randint(1, 9)}㎡ 규모 주거용 건축물을 증축하였다.")
        ev = [f"{D}의 법정진술", f"서울특별시 {gu}청 건축과 주무관 {official()} 작성의 고발장", "위반건축물 현장사진", "건축물대장"]
        st = "건축법 제111조 제1호, 제14조 제1항"
        sent = f"벌금 {r.randint(2, 10) * 100}만 원"
        reasons = f"{D}이 판결 선고 전 위반건축물을 자진 철거한 점을 참작한다."
    elif k == 7:
        name = "출입국관리법위반"
        pp = passport()
        facts = (f"{D}은 {dfn.nation} 국적의 외국인이다.\n외국인은 그 체류자격과 체류기간의 범위에서 대한민국에 체류할 수 있다. "
                 f"그럼에도 {D}은 {dfmt(y - 2, m, d, 0)} 사증면제(B-1) 체류자격으로 입국하여 체류기간 만료일인 {dfmt(y - 2, min(12, m + 3), d, 0)}을 넘어 "
                 f"{dt}까지 서울 {gu} 일대에 체류하였다.")
        ev = [f"{D}의 법정진술", f"{D}의 여권 사본(여권번호 {M(pp, 'KR_PASSPORT')})", "출입국사실증명", "외국인 체류 조회"]
        st = "출입국관리법 제94조 제7호, 제17조 제1항"
        sent = f"벌금 {r.randint(2, 5) * 100}만 원"
        reasons = f"{D}이 범행을 인정하고 출국 의사를 밝히고 있는 점을 고려한다."
    else:
        name = "업무방해"
        w = person()
        facts = (f"{D}은 {dt} {tm}경 서울특별시 {gu}청 {ch(['민원여권과', '부동산정보과', '주민센터 민원대'])}에서 {ch(['기초연금 신청이 거부되었다는 이유로', '주차 과태료 부과에 불만을 품고'])} "
                 f"약 {r.randint(20, 90)}분 동안 큰 소리로 욕설을 하며 민원 서류를 바닥에 집어던지는 등 소란을 피웠다.\n이로써 {D}은 위력으로 민원담당 공무원 김○○ 등의 민원처리 업무를 방해하였다.")
        ev = [f"{D}의 법정진술", f"증인 {w.p()}의 법정진술", "민원실 CCTV 영상", f"서울특별시 {gu}청 민원여권과장 작성의 피해진술서"]
        st = "형법 제314조 제1항"
        sent = f"벌금 {r.randint(3, 10) * 100}만 원"
        reasons = "공공기관의 민원업무를 방해한 것으로 죄질이 가볍지 않으나, 동종 전력이 없는 점을 고려한다."
    return name, facts, ev, st, sent, reasons, table, k


def L_criminal():
    ctx = city_ctx()
    gu = ctx["gu"] or ch(GU)[0]
    court = ch(COURTS)[0]
    y, m, d = rdate(2025, 2025)
    foreign = chance(0.2)
    dfn = person(1.0) if foreign else person(0.0, 0.1)
    k = 7 if (foreign and chance(0.6)) else ch([0, 0, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 8])
    nm, facts, ev, st, sent, reasons, table, k = crime_case(dfn, gu, k)
    casenum = f"{y}고단{r.randint(100, 9999)}" if chance(0.8) else f"{y}고합{r.randint(10, 999)}"
    by, bm, bd = birth()
    S = scheme()
    colon = ch([" ", "  ", " : ", "\t"])
    L = []
    L.append(court)
    L.append(ch(["", "제" + str(r.randint(1, 30)) + "형사단독", "제" + str(r.randint(1, 30)) + "형사부"]))
    L.append("")
    L.append(ch(["판        결", "판 결", "판결", "판     결"]))
    L.append("")
    L.append(f"{lab('사건')}{colon}{casenum} {nm}")
    if dfn.latin:
        idv = f"{M(rrn_for(by, bm, bd, foreign=True, style=ch([0, 1, 2])), 'KR_FRN')}"
        L.append(f"{lab('피고인')}{colon}{dfn.intro()} ({idv}), {ch(['일용직', '무직', '공장 근로자'])}")
        L.append(f"{ind()}국적 {dfn.nation}")
        L.append(f"{ind()}주거 {M(address(gu), 'ADDRESS')}")
    else:
        s = r.randrange(3)
        if s == 0:
            idv = f" ({M(rrn_for(by, bm, bd), 'KR_RRN')})"
        elif s == 1:
            idv = f" ({M(rrn_for(by, bm, bd, style=1), 'KR_RRN')}), {ch(['회사원', '자영업', '무직', '택시기사', '건설일용직', '학생'])}"
        else:
            idv = f", {M(dfmt(by, bm, bd, 0), 'BIRTH_DATE')}생, {ch(['회사원', '자영업', '무직'])}"
        L.append(f"{lab('피고인')}{colon}{dfn.intro()}{idv}")
        L.append(f"{ind()}주거 {M(address(gu), 'ADDRESS')}")
        if chance(0.6):
            L.append(f"{ind()}등록기준지 {M(address(None, 0.0), 'ADDRESS')}")
    L.append(f"{lab('검사')}{colon}{official()}(기소), {official()}(공판)" if chance(0.6) else f"{lab('검사')}{colon}{official()}")
    if chance(0.8):
        L.append(f"{lab('변호인')}{colon}{lawyer_line(True)}")
    ys, ms, ds = y, r.randint(1, 12), r.randint(1, 28)
    L.append(f"{lab('판결선고')}{colon}{dfmt(ys, ms, ds, ch([0, 2, 5]))}")
    L.append("")
    L.append(ch(["주        문", "주 문", "주문"]))
    L.append("")
    if "금고" in sent or "징역" in sent:
        L.append(f"피고인을 {sent}에 처한다.")
        if chance(0.6):
            L.append(f"다만, 이 판결 확정일부터 {r.randint(1, 3)}년간 위 형의 집행을 유예한다.")
            if chance(0.5):
                L.append(f"피고인에게 {r.randint(40, 200)}시간의 사회봉사를 명한다.")
    else:
        L.append(f"피고인을 {sent}에 처한다.")
        L.append("피고인이 위 벌금을 납입하지 아니하는 경우 100,000원을 1일로 환산한 기간 피고인을 노역장에 유치한다.")
        L.append("위 벌금에 상당한 금액의 가납을 명한다.")
    L.append("")
    L.append(ch(["이        유", "이 유", "이유"]))
    L.append("")
    L.append(ch(["범 죄 사 실", "범죄사실", "【범죄사실】"]))
    L.append(facts)
    L.append("")
    L.append(ch(["증거의 요지", "증 거 의 요 지", "【증거의 요지】"]))
    bullet = ch(["1. ", "1. ", "- ", "○ "])
    for e in ev:
        L.append(bullet + e)
    L.append("")
    L.append(ch(["법령의 적용", "법령의 적용", "【법령의 적용】"]))
    L.append(f"{S[0](1)} 범죄사실에 대한 해당법조 및 형의 선택")
    L.append(f"   {st}, {'징역형' if '징역' in sent else '금고형' if '금고' in sent else '벌금형'} 선택")
    if chance(0.5):
        L.append(f"{S[0](2)} 작량감경\n   형법 제53조, 제55조 제1항 제3호")
    L.append("")
    L.append(ch(["양형의 이유", "양 형 의 이 유", "【양형의 이유】"]))
    L.append(reasons)
    if table:
        L.append(table)
    L.append("")
    L.append(judges(casenum.find("고합") >= 0))
    if chance(0.3):
        L.append(f"\n정본입니다.\n{dfmt(ys, ms, min(28, ds + 3), 0)}\n{court}\n법원주사 {official()}")
    grade, grounds = "partial", [6]
    title = f"{casenum} {nm} 사건 판결문"
    if chance(0.22):
        grade, grounds = "nonpublic", ch([[4], [4, 6]])
        title = f"{casenum} 판결서(항소 진행 중)"
        L.append(f"\n※ 검사 항소 제기({dfmt(ys, ms, min(28, ds + 6), 0)}), 항소심 계속 중 — 수사·재판 관련 자료로 외부 제공 금지")
    return doc(title, "판결문(형사)", "\n".join(L), grade, grounds, ctx, iso(ys, ms, min(28, ds + 5)))

# ============================================================================ LAYOUT 2 civil judgment

def L_civil():
    ctx = city_ctx()
    gu = ctx["gu"] or ch(GU)[0]
    court = ch(COURTS)[0]
    y, m, d = rdate(2025, 2025)
    S = scheme()
    colon = ch([" ", "  ", "\t", " : "])
    kind = r.randrange(5)
    pl = person(0.05, 0.08)
    casenum = f"{y - 1}{ch(['가단', '가단', '가합', '가소'])}{r.randint(1000, 599999)}"
    L = [court, ch(["", "제" + str(r.randint(1, 40)) + "민사단독", "제" + str(r.randint(11, 30)) + "민사부"]), "",
         ch(["판        결", "판 결", "판결"]), ""]
    company_plaintiff = kind == 3
    defendant = f"{ctx['office']}\n{ind()}대표자 {'시장' if not ctx['gu'] else '구청장'} {ctx['mayor']}\n{ind()}소송수행자 {official()}, {official()}"
    if kind == 0:
        cname = "손해배상(기)"
    elif kind == 1:
        cname = "구상금"
    elif kind == 2:
        cname = "부당이득금"
    elif kind == 3:
        cname = "공사대금"
    else:
        cname = "임금"
    L.append(f"{lab('사건')}{colon}{casenum} {cname}")
    if kind == 1:
        ins = ch(INSURERS)
        L.append(f"{lab('원고')}{colon}{ins}\n{ind()}서울 중구 세종대로 {r.randint(1, 150)}\n{ind()}대표이사 {official()}\n{ind()}소송대리인 {lawyer_line()}")
    elif company_plaintiff:
        co = ch(COMPANIES)
        L.append(f"{lab('원고')}{colon}{co}\n{ind()}서울 {ch(GU)[0]} {ch(ROADS)} {r.randint(1, 300)}, {r.randint(2, 15)}층\n{ind()}대표이사 {official()}"
                 + (f"\n{ind()}소송대리인 {ch(LAWFIRMS)}" if chance(0.6) else ""))
    else:
        L.append(party_block(lab("원고"), pl, gu, rrn=chance(0.4), serve=chance(0.2)))
        L.append(f"{ind()}소송대리인 {lawyer_line()}")
    L.append(f"{lab('피고')}{colon}{defendant}")
    ye, me, de = y, r.randint(1, 10), r.randint(1, 28)
    L.append(f"{lab('변론종결')}{colon}{dfmt(ye, me, de, 0)}")
    L.append(f"{lab('판결선고')}{colon}{dfmt(ye, me + 1, de, 0)}")
    L.append("")
    amt = amount()
    ya, ma, da = rdate(2022, 2024)
    win = chance(0.5)
    part = amt // ch([2, 3, 4]) // 1000 * 1000
    L.append(ch(["주        문", "주 문", "주문"]))
    if win:
        L.append(f"1. 피고는 원고에게 {won(part)} 및 이에 대하여 {dfmt(ya, ma, da, 0)}부터 {dfmt(ye, me + 1, de, 0)}까지는 연 5%, 그 다음 날부터 다 갚는 날까지는 연 12%의 각 비율로 계산한 돈을 지급하라.")
        L.append("2. 원고의 나머지 청구를 기각한다.")
        L.append(f"3. 소송비용 중 {ch(['1/3', '2/5', '1/2'])}은 원고가, 나머지는 피고가 각 부담한다.")
        L.append("4. 제1항은 가집행할 수 있다.")
    else:
        L.append("1. 원고의 청구를 기각한다.\n2. 소송비용은 원고가 부담한다.")
    L.append("")
    L.append(ch(["청 구 취 지", "청구취지", "【청구취지】"]))
    L.append(f"피고는 원고에게 {won(amt)} 및 이에 대하여 {dfmt(ya, ma, da, 0)}부터 이 사건 소장 부본 송달일까지는 연 5%, 그 다음 날부터 다 갚는 날까지는 연 12%의 각 비율로 계산한 돈을 지급하라.")
    L.append("")
    L.append(ch(["이        유", "이 유", "이유"]))
    L.append(f"{S[0](1)} 기초사실")
    dt = dfmt(ya, ma, da, ch([0, 2]))
    if kind == 0:
        inj = ch(INJ)
        w = person()
        L.append(f"{S[1](1)} 원고는 {dt} {r.randint(18, 23)}:{ch(['00', '10', '30', '45'])}경 서울 {gu} {ch(ROADS)} {r.randint(1, 200)} 앞 보도를 걸어가던 중 "
                 f"보도블록이 약 {r.randint(4, 12)}cm 가량 솟아오른 부분에 발이 걸려 넘어졌다(이하 '이 사건 사고'라 한다).")
        L.append(f"{S[1](2)} 원고는 이 사건 사고로 {ch(['○○정형외과의원', '○○대학교병원', '○○병원'])}에서 {M(inj, 'HEALTH_INFO')} 진단을 받고 {r.randint(5, 40)}일간 입원치료를 받았다.")
        L.append(f"{S[1](3)} 위 보도는 피고가 설치·관리하는 영조물이다.")
        L.append(f"[인정근거] 다툼 없는 사실, 갑 제1 내지 {r.randint(4, 9)}호증(가지번호 포함)의 각 기재 및 영상, 증인 {w.p()}의 증언, 변론 전체의 취지")
        L.append(f"{S[0](2)} 손해배상책임의 발생")
        L.append(f"{S[1](1)} 국가배상법 제5조 제1항에 정한 '영조물 설치나 관리의 하자'란 영조물이 그 용도에 따라 통상 갖추어야 할 안전성을 갖추지 못한 상태에 있음을 말한다. "
                 f"위 인정사실에 의하면 이 사건 보도는 통상 갖추어야 할 안전성을 갖추지 못하였으므로 피고는 원고에게 그 손해를 배상할 책임이 있다.")
        L.append(f"{S[1](2)} 책임의 제한: 다만 원고도 야간에 전방을 잘 살피지 아니한 잘못이 있으므로 피고의 책임을 {r.randint(50, 80)}%로 제한한다.")
        L.append(f"{S[0](3)} 손해배상의 범위")
        L.append(f"{S[1](1)} 일실수입: 원고는 사고 당시 {r.randint(30, 75)}세의 {ch(['주부', '회사원', '자영업자'])}로서 ... 도시일용노임을 기준으로 산정한 {won(r.randint(200, 900) * 10000)}")
        L.append(f"{S[1](2)} 기왕치료비: {won(r.randint(80, 600) * 10000)}")
        L.append(f"{S[1](3)} 위자료: 원고의 나이, 상해 부위와 정도({M(inj, 'HEALTH_INFO')}), 후유장해 여부 등 제반 사정을 고려하여 {won(r.randint(3, 15) * 1000000)}으로 정한다.")
    elif kind == 1:
        dr = person()
        pl2 = plate()
        L.append(f"{S[1](1)} 원고는 {M(pl2, 'VEHICLE_PLATE')} 승용차(이하 '원고 차량'이라 한다)에 관하여 {dr.intro()}과 자동차종합보험계약을 체결한 보험자이다.".replace("과 자동차", josa(dr.full, "과", "와") + " 자동차"))
        L.append(f"{S[1](2)} {dr.p()}{josa(dr.full, '은', '는')} {dt} 원고 차량을 운전하여 서울 {gu} {ch(ROADS)}를 진행하던 중 도로 위에 생긴 포트홀(지름 약 {r.randint(30, 90)}cm)을 지나면서 "
                 f"타이어와 휠이 파손되는 사고가 발생하였다.")
        L.append(f"{S[1](3)} 원고는 {dfmt(ya, ma, min(28, da + 9), 0)} 원고 차량의 수리비로 {won(amt)}을 보험금으로 지급하였다.")
        L.append(f"[인정근거] 다툼 없는 사실, 갑 제1 내지 6호증의 각 기재, 변론 전체의 취지")
        L.append(f"{S[0](2)} 판단")
        L.append(f"{S[1](1)} 피고는 이 사건 도로의 관리주체로서 포트홀을 방치한 관리상 하자가 인정된다. 다만 {dr.p()}에게도 전방주시의무를 게을리한 과실이 있어 피고의 책임을 {r.randint(40, 70)}%로 제한한다.")
        if chance(0.5):
            L.append(f"{S[1](2)} 피고는 {dr.p()}{josa(dr.full, '이', '가')} 사고 직후 피고 소속 도로관리과 주무관 {official()}에게 전화({M(mobile(), 'PHONE')})로 신고한 시각을 다투나, 이는 위 판단에 영향이 없다.")
    elif kind == 2:
        L.append(f"{S[1](1)} 원고는 서울 {gu} {ch(DONG)} {r.randint(1, 900)}-{r.randint(1, 50)} 토지({r.randint(20, 300)}㎡, 이하 '이 사건 토지'라 한다)의 소유자이다.")
        L.append(f"{S[1](2)} 피고는 {dfmt(ya - 10, ma, da, 0)}경부터 이 사건 토지를 도로 부지로 점유·사용하여 왔다.")
        L.append(f"{S[0](2)} 판단")
        L.append(f"{S[1](1)} 피고는 원고에게 이 사건 토지의 점유·사용으로 인한 차임 상당의 부당이득을 반환할 의무가 있다. 감정인 {kname(False).p()}의 임료 감정결과에 의하면 그 금액은 월 {won(r.randint(10, 90) * 10000)}이다.")
        L.append(f"{S[1](2)} 피고는 원고가 독점적·배타적 사용수익권을 포기하였다고 항변하나, 이를 인정할 증거가 없다.")
    elif kind == 3:
        L.append(f"{S[1](1)} 원고는 {dfmt(ya, ma, da, 0)} 피고와 '{ch(['○○근린공원 조성공사', '○○초교 통학로 정비공사', '○○천 산책로 정비공사'])}'에 관하여 공사대금 {won(amt * 3)}의 도급계약을 체결하였다(계약번호 제{ya}-{r.randint(100, 999)}호).")
        L.append(f"{S[1](2)} 원고는 공사를 완료하였으나, 피고는 설계변경으로 인한 증액분 {won(amt)}의 지급을 거절하였다.")
        L.append(f"{S[0](2)} 판단")
        L.append(f"{S[1](1)} 「지방자치단체를 당사자로 하는 계약에 관한 법률」 제22조 및 같은 법 시행령 제74조에 의하면 ... 감정인(○○건축사사무소)의 감정결과에 의하면 증액 대상 금액은 {won(part)}으로 인정된다.")
        L.append(f"{S[1](2)} 피고 소속 감독공무원 {official()} 주무관이 작성한 공사감독일지(을 제3호증)의 기재만으로는 이를 뒤집기 어렵다.")
    else:
        L.append(f"{S[1](1)} 원고는 {dfmt(ya - 2, ma, da, 0)}부터 {dt}까지 피고 소속 {ch(['주차관리요원', '환경미화 기간제근로자', '공원관리 기간제근로자'])}으로 근무하였다.")
        L.append(f"{S[1](2)} 원고는 재직 중 {M(ch(ILL + INJ), 'HEALTH_INFO')}으로 병가를 사용하였고, 피고는 그 기간을 무급으로 처리하였다.")
        L.append(f"{S[0](2)} 판단")
        L.append(f"{S[1](1)} 피고의 「기간제근로자 관리규정」 제{r.randint(10, 40)}조에 의하면 ... 원고에게 미지급 임금 {won(part)}을 지급할 의무가 있다.")
    n3 = 4 if kind == 0 else 3
    L.append(f"{S[0](n3)} 결론")
    L.append("그렇다면 원고의 청구는 위 인정 범위 내에서 이유 있어 인용하고, 나머지 청구는 이유 없어 기각하기로 하여 주문과 같이 판결한다." if win else
             "그렇다면 원고의 청구는 이유 없으므로 이를 기각하기로 하여 주문과 같이 판결한다.")
    L.append("")
    L.append(judges(casenum.find("가합") >= 0))
    grade, grounds = ("public", []) if kind == 3 else ("partial", [6])
    if kind == 3 and chance(0.4):
        grade, grounds = "nonpublic", [7]
        L.append(f"\n[별지] 설계변경 내역 및 공종별 단가 산출서({ch(COMPANIES)} 제출, 영업비밀 표시) — 별도 보관")
    return doc(f"{casenum} {cname} 판결 정본", "판결문(민사)", "\n".join(L), grade, grounds, ctx, iso(ye, me + 1, min(28, de + 4)))

# ============================================================================ LAYOUT 3 administrative judgment (key:value header)

def L_admin():
    ctx = gu_ctx()
    gu = ctx["gu"]
    y = ch([2024, 2025])
    casenum = f"{y}구{ch(['합', '단'])}{r.randint(50, 89999)}"
    kind = r.randrange(6)
    pl = person(0.1, 0.06)
    S = scheme()
    K = ch([": ", "：", " | ", "\t"])
    nm = {0: "영업정지처분취소", 1: "이행강제금부과처분취소", 2: "생계급여중지처분취소", 3: "장애정도결정처분취소",
          4: "과징금부과처분취소", 5: "정보공개거부처분취소"}[kind]
    L = [ch([ADMIN_COURT, ADMIN_COURT, "서울고등법원"]), "", ch(["판 결", "판        결"]), ""]
    L.append(f"사건{K}{casenum} {nm}")
    if kind == 4:
        co = ch(COMPANIES)
        L.append(f"원고{K}{co}\n{ind()}서울 {ch(GU)[0]} {ch(ROADS)} {r.randint(1, 300)}\n{ind()}대표이사 {official()}\n{ind()}소송대리인 {ch(LAWFIRMS)}")
    else:
        L.append(f"원고{K}{pl.intro()}" + (f" ({M(rrn_for(*birth()), 'KR_RRN')})" if chance(0.35) else ""))
        L.append(f"{ind()}{M(address(gu), 'ADDRESS')}")
        if chance(0.3):
            L.append(f"{ind()}(연락처 {M(mobile(), 'PHONE')})")
        if chance(0.7):
            L.append(f"{ind()}소송대리인 {lawyer_line()}")
    L.append(f"피고{K}{ctx['head']}")
    L.append(f"{ind()}소송수행자 {official()}, {official()}" + (f", {official()}" if chance(0.5) else ""))
    y2, m2, d2 = y + 1 if y < 2025 else 2025, r.randint(1, 11), r.randint(1, 28)
    L.append(f"변론종결{K}{dfmt(y2, m2, d2)}")
    L.append(f"판결선고{K}{dfmt(y2, m2 + 1, d2)}")
    L.append("")
    win = chance(0.4)
    L.append("주 문")
    L.append(("1. 피고가 {0} 원고에 대하여 한 {1} 처분을 취소한다.\n2. 소송비用은 피고가 부담한다.".replace("用", "용")) if win else
             "1. 원고의 청구를 기각한다.\n2. 소송비용은 원고가 부담한다.")
    py, pm, pd = rdate(y - 1, y - 1)
    pdt = dfmt(py, pm, pd, 0)
    what = {0: f"영업정지 {r.randint(1, 3)}개월", 1: f"이행강제금 {won(r.randint(200, 3000) * 10000)} 부과",
            2: "생계급여 중지", 3: "장애정도 '심하지 않은 장애' 결정", 4: f"과징금 {won(r.randint(1000, 30000) * 10000)} 부과",
            5: "정보공개 거부"}[kind]
    L[-1] = L[-1].replace("{0}", pdt).replace("{1}", what)
    L.append("")
    L.append("청구취지")
    L.append(f"피고가 {pdt} 원고에 대하여 한 {what} 처분을 취소한다.")
    L.append("")
    L.append("이 유")
    L.append(f"{S[0](1)} 처분의 경위")
    if kind == 0:
        shop = ch(SHOPS)
        L.append(f"{S[1](1)} 원고는 서울 {gu} {ch(ROADS)} {r.randint(1, 200)}, 1층에서 {shop}이라는 상호로 일반음식점을 운영하는 사람이다.")
        L.append(f"{S[1](2)} 원고는 {dfmt(py, pm, max(1, pd - 20), 0)} 위 업소에서 청소년 {r.randint(2, 4)}명에게 소주 등 주류를 제공하였다가 {ch(['○○경찰서', '서울○○경찰서'])}에 적발되었다.")
        L.append(f"{S[1](3)} 피고는 식품위생법 제44조 제2항 제4호, 제75조 제1항 제13호에 따라 {pdt} 원고에게 {what} 처분(이하 '이 사건 처분'이라 한다)을 하였다.")
        arg = f"원고는 청소년들이 성인의 신분증을 제시하여 이를 믿었고, 위 업소의 수입으로 {ch(['노모를 부양하고', '자녀 학비를 대고', '대출금을 갚고'])} 있으므로 이 사건 처분은 재량권을 일탈·남용하였다고 주장한다."
        if chance(0.5):
            sp = kname()
            arg += f" 원고의 배우자 {sp.intro()}{josa(sp.full, '은', '는')} {M(ch(ILL), 'HEALTH_INFO')}으로 치료 중이다."
    elif kind == 1:
        L.append(f"{S[1](1)} 원고는 {M(address(gu, 0.0), 'ADDRESS')} 지상 {ch(['다세대주택', '단독주택'])}의 소유자로서 위 건물 {r.randint(3, 5)}층에 거주하고 있다.")
        L.append(f"{S[1](2)} 피고는 위 건물 옥상에 무단으로 증축된 {r.randint(15, 50)}㎡ 부분에 대하여 시정명령을 하였으나 원고가 이를 이행하지 아니하자, 건축법 제80조에 따라 {pdt} {what} 처분을 하였다.")
        arg = "원고는 위 증축 부분은 전 소유자가 설치한 것이고, 원고는 이를 알지 못한 채 매수하였다고 주장한다."
    elif kind == 2:
        son = kname()
        L.append(f"{S[1](1)} 원고는 {dfmt(py - 3, pm, pd, 0)}부터 국민기초생활 보장법에 따른 생계급여 수급자로서 {M(ch(ILL), 'HEALTH_INFO')}으로 근로능력이 없는 것으로 판정받아 왔다.")
        L.append(f"{S[1](2)} 피고는 원고의 아들 {son.intro()}의 소득이 부양능력 판정 기준을 초과한다는 이유로 {pdt} 원고에 대하여 {what} 처분을 하였다.")
        arg = f"원고는 {son.p()}{josa(son.full, '과', '와')} {r.randint(7, 20)}년 이상 연락이 끊겨 실제로 부양을 받지 못하고 있다고 주장한다."
    elif kind == 3:
        L.append(f"{S[1](1)} 원고는 {dfmt(py - 1, pm, pd, 0)} 피고에게 장애인 등록을 신청하였고, 국민연금공단의 장애정도 심사 결과에 따라 피고는 {pdt} 원고에 대하여 {what} 처분을 하였다.")
        L.append(f"{S[1](2)} 원고는 {M(ch(['좌측 하지 절단', '양안 시력저하(교정시력 0.02)', '뇌병변장애', '청각장애(양측 70dB)', '신장장애(혈액투석 중)']), 'HEALTH_INFO')} 상태로 일상생활에 상당한 도움이 필요하다.")
        arg = "원고는 주치의 소견과 달리 공단이 서류심사만으로 장애정도를 낮게 판정하였다고 주장한다."
    elif kind == 4:
        L.append(f"{S[1](1)} 원고는 폐기물 수집·운반업을 영위하는 법인(사업자등록번호 {bizno()})이다.")
        L.append(f"{S[1](2)} 피고는 원고가 폐기물관리법 제13조를 위반하였다는 이유로 {pdt} 영업정지 처분에 갈음하여 {what} 처분을 하였다.")
        arg = "원고는 위반행위 당시 하도급업체가 작업하였으므로 원고에게 책임이 없다고 주장한다."
    else:
        L.append(f"{S[1](1)} 원고는 {dfmt(py, pm, max(1, pd - 15), 0)} 피고에게 '{ch(['○○동 재개발구역 주민설명회 회의록', '○○공원 조성사업 감정평가서', '청사 신축 설계용역 평가표'])}'의 공개를 청구하였다.")
        L.append(f"{S[1](2)} 피고는 {pdt} 공공기관의 정보공개에 관한 법률 제9조 제1항 제5호를 들어 비공개 결정을 하였다.")
        arg = "원고는 위 정보가 이미 의사결정이 완료된 사항에 관한 것이므로 비공개 사유에 해당하지 않는다고 주장한다."
        if chance(0.6):
            L.append(f"{S[1](3)} 원고의 청구는 정보공개포털을 통하여 접수되었다(접수번호 {r.randint(10000000, 99999999)}, 접속 IP {M(ip(), 'IP_ADDRESS')}, 회신 전자우편 {M(email(), 'EMAIL')}).")
    L.append(f"[인정근거] 다툼 없는 사실, 갑 제1호증, 을 제1 내지 {r.randint(3, 12)}호증의 각 기재, 변론 전체의 취지")
    L.append(f"{S[0](2)} 원고의 주장")
    L.append(arg)
    L.append(f"{S[0](3)} 관계 법령")
    L.append("별지 기재와 같다.")
    L.append(f"{S[0](4)} 판단")
    L.append(ch([f"{S[1](1)} 제재적 행정처분이 사회통념상 재량권의 범위를 일탈하였거나 남용하였는지는 처분사유로 된 위반행위의 내용과 그 처분으로 달성하려는 공익목적 및 이에 따르는 여러 사정을 객관적으로 심리하여 판단하여야 한다(대법원 2019. 7. 11. 선고 2017두38874 판결 참조).",
                 f"{S[1](1)} 처분의 적법성에 관한 증명책임은 처분청인 피고에게 있다(대법원 2016. 10. 27. 선고 2015두42817 판결 등 참조)."]))
    L.append(f"{S[1](2)} 위 법리에 비추어 보건대, " + ("앞서 든 증거들에 의하여 인정되는 사정을 종합하면 이 사건 처분은 위법하다." if win else "원고가 든 사정만으로는 이 사건 처분이 위법하다고 보기 어렵다."))
    L.append(f"{S[0](5)} 결론")
    L.append("원고의 청구는 이유 있으므로 인용한다." if win else "원고의 청구는 이유 없으므로 기각한다.")
    L.append("")
    L.append(judges(casenum.find("구합") >= 0))
    grade, grounds = ("public", []) if kind == 4 else ("partial", [6])
    if kind in (2, 3) and chance(0.35):
        grade, grounds = "nonpublic", [6]
    ya = iso(y2, m2 + 1, min(28, d2 + 3))
    return doc(f"{casenum} {nm} 판결서", "판결문(행정)", "\n".join(L), grade, grounds, ctx, ya)

# ============================================================================ LAYOUT 4 family / inheritance decisions

def heirs_table(heirs, style):
    rows = []
    for rel, nm, rr, ad in heirs:
        rows.append((rel, nm.intro(), M(rr, "KR_RRN"), M(ad, "ADDRESS")))
    if style == 0:
        out = "| 관계 | 성명 | 주민등록번호 | 주소 |\n|---|---|---|---|\n"
        out += "\n".join("| " + " | ".join(x) + " |" for x in rows)
    elif style == 1:
        out = "┌──────┬────────┬────────────────┬──────────────────────────┐\n│ 관계 │ 성 명  │ 주민등록번호   │ 주    소                 │\n├──────┼────────┼────────────────┼──────────────────────────┤\n"
        out += "\n".join("│ " + " │ ".join(x) + " │" for x in rows)
        out += "\n└──────┴────────┴────────────────┴──────────────────────────┘"
    elif style == 2:
        out = "관계\t성명\t주민등록번호\t주소\n" + "\n".join("\t".join(x) for x in rows)
    else:
        out = "\n".join(f"{i}. {x[1]} ({x[0]}) {x[2]}\n   {x[3]}" for i, x in enumerate(rows, 1))
    return out


def L_family():
    ctx = city_ctx()
    gu = ctx["gu"] or ch(GU)[0]
    court = ch(FAMILY_COURTS)
    y = 2025
    k = r.randrange(3)
    L = [court, "", ch(["심        판", "심 판", "결 정", "심판"]), ""]
    if k in (0, 1):
        dec = person(0.0, 0.08)
        nm = "상속한정승인" if k == 0 else "상속재산포기"
        casenum = f"{y}느단{r.randint(1000, 99999)}"
        L.append(f"사    건  {casenum} {nm}")
        heirs = []
        n = r.randint(2, 4)
        rels = ["배우자", "자", "자", "자", "손자"]
        for i in range(n):
            h = person(0.0, 0.04)
            rel = rels[min(i, 4)] if i else ch(["배우자", "자"])
            hb = (r.randint(1938, 1962) if rel == "배우자" else r.randint(1962, 1998), r.randint(1, 12), r.randint(1, 28))
            heirs.append((rel, h, rrn_for(*hb, style=ch([0, 1, 2])), address(gu)))
        style = r.randrange(4)
        if style == 3 or chance(0.5):
            L.append("청 구 인  " + ", ".join(h[1].intro() for h in heirs) + "\n" + ind() + "청구인들 주소 및 주민등록번호는 별지 상속인 목록 기재와 같다.")
        else:
            for i, (rel, h, rr, ad) in enumerate(heirs, 1):
                L.append(f"청구인 {i}. {h.intro()} ({M(rr, 'KR_RRN')})\n{ind()}{M(ad, 'ADDRESS')}")
        if chance(0.5):
            L.append(f"{ind()}청구인들 소송대리인 {lawyer_line()}")
        dy, dm, dd = rdate(2024, 2025)
        L.append(f"피상속인  망 {dec.intro()} ({M(rrn_for(r.randint(1930, 1960), r.randint(1, 12), r.randint(1, 28)), 'KR_RRN')})\n{ind()}{dfmt(dy, dm, dd, 0)} 사망\n{ind()}최후주소 {M(address(gu), 'ADDRESS')}")
        L.append("")
        L.append("주 문")
        if k == 0:
            L.append(f"청구인들이 피상속인 망 {dec.p()}의 재산상속에 관하여 {dfmt(y, r.randint(1, 9), r.randint(1, 28), 0)} 이 법원에 한 한정승인 신고를 수리한다.")
        else:
            L.append(f"청구인들이 피상속인 망 {dec.p()}의 재산상속을 포기하는 신고는 이를 수리한다.")
        L.append("")
        L.append("이 유")
        L.append("이 사건 청구는 이유 있으므로 주문과 같이 심판한다." if chance(0.6) else
                 f"청구인들은 상속개시 있음을 안 날인 {dfmt(dy, dm, dd, 0)}부터 3개월 이내에 이 사건 신고를 하였고, 기록상 신고를 불수리할 사유가 보이지 않는다.")
        L.append("")
        L.append(f"{dfmt(y, r.randint(3, 12), r.randint(1, 28), ch([0, 2]))}")
        L.append(f"판사 {official()}")
        L.append("")
        L.append(ch(["[별지] 상속인 목록", "별지  상속인 목록", "<상속인 목록>"]))
        L.append(heirs_table(heirs, style))
        if chance(0.5):
            L.append(f"\n※ {ctx['office']} {ch(['세무1과', '징수과', '주택과'])} 참고: 피상속인 체납액 {won(r.randint(30, 900) * 10000)} (지방세 및 임대료) — 상속인별 납부 의무 승계 여부 검토 요망")
        grade, grounds = "partial", [6]
        title = f"{casenum} {nm} 심판문 사본"
    else:
        sb = person(0.0, 0.05)
        nm = ch(["성년후견개시", "한정후견개시", "특정후견"])
        casenum = f"{y}느단{r.randint(1000, 99999)}"
        L.append(f"사건  {casenum} {nm}")
        L.append(f"청구인  {ctx['head'] if ctx['gu'] else '서울특별시장'}\n{ind()}소송수행자 {official()}")
        L.append(f"사건본인  {sb.intro()} ({M(rrn_for(*birth(), style=ch([0, 1])), 'KR_RRN')})\n{ind()}주소 {M(address(gu), 'ADDRESS')}\n{ind()}거소 {ch(['○○요양원', '○○노인전문요양병원', '○○정신건강의학과의원'])}")
        gdn_org = chance(0.4)
        gdn = kname(False)
        if gdn_org:
            gtxt = f"사단법인 {ch(['한국후견협회', '○○공공후견지원센터', '○○사회복지법인'])}(법인등록번호 {r.randint(110000, 119999)}-{r.randint(1000000, 9999999)})"
        else:
            gtxt = f"{gdn.intro()}({ch(['사회복지사', '변호사', '법무사'])}, 주소 {M(address(None, 0.3), 'ADDRESS')})"
        L.append("")
        L.append("주 문")
        L.append(f"1. 사건본인에 대하여 {nm}을 개시한다.")
        L.append(f"2. 사건본인의 {'성년' if '성년' in nm else '한정' if '한정' in nm else '특정'}후견인으로 {gtxt}을 선임한다.".replace(")을", ")를") if False else
                 f"2. 사건본인의 후견인으로 {gtxt}을 선임한다.")
        L.append(f"3. 후견인의 법정대리권 범위는 별지 기재와 같다.")
        L.append("")
        L.append("이 유")
        ill = ch(ILL)
        L.append(f"1. 기록에 의하면, 사건본인은 {M(ill, 'HEALTH_INFO')}{ch(['으로', '으로 인하여'])} 사무를 처리할 능력이 지속적으로 결여되어 있거나 부족한 사실이 인정된다"
                 f"(정신건강의학과 전문의 {kname(False).p()}의 감정 결과, 가사조사관 {official()}의 조사보고서 참조).")
        fam = kname()
        L.append(f"2. 사건본인에게는 {ch(['배우자', '자녀', '형제'])} {fam.intro()}{josa(fam.full, '이', '가')} 있으나 연락이 닿지 않거나 후견인 선임을 원하지 않아, "
                 f"치매관리법 제12조의3 및 민법 제9조에 따라 청구인이 이 사건 청구를 하였다.")
        if chance(0.4):
            L.append(f"   가사조사 결과, 사건본인은 시설 종사자들에게 '{sb.g()} 님'으로 불리며 식사·투약 등 일상생활 전반에 도움을 받고 있다.")
        if chance(0.5):
            bk, ac = account()
            L.append(f"3. 사건본인 명의 {bk} 계좌({M(ac, 'BANK_ACCOUNT')})의 기초연금 등 수입은 후견인이 관리한다.")
        L.append("")
        L.append(f"{dfmt(y, r.randint(3, 12), r.randint(1, 28))}")
        L.append(f"판사 {official()}")
        grade, grounds = "nonpublic", [6]
        title = f"{casenum} {nm} 심판 결과(사건본인 관련)"
    return doc(title, "심판문(가사)", "\n".join(L), grade, grounds, ctx, iso(2025, r.randint(3, 12), r.randint(1, 28)))

# ============================================================================ LAYOUT 5 orders (지급명령 / 가압류 / 이행권고 / 압류추심)

def L_order():
    ctx = city_ctx()
    gu = ctx["gu"] or ch(GU)[0]
    court = ch(COURTS)[0]
    y = 2025
    k = r.randrange(4)
    debtor = person(0.1, 0.05)
    amt = amount()
    L = [court, ""]
    if k == 0:
        cn = f"{y}차{r.randint(1000, 99999)}"
        L += ["지 급 명 령", "", f"사    건  {cn} {ch(['변상금', '대여금', '임대료', '부당이득금'])}"]
        city_is_creditor = chance(0.6)
        if city_is_creditor:
            L.append(f"채 권 자  {ctx['office']}\n{ind()}{ctx['addr']}\n{ind()}대표자 {'구청장' if ctx['gu'] else '시장'} {ctx['mayor']}\n{ind()}(담당: {ctx['dept']} 주무관 {official()}, 전화 {ctx['line']})")
            if chance(0.35):
                co = ch(COMPANIES)
                L.append(f"채 무 자  {co}\n{ind()}서울 {ch(GU)[0]} {ch(ROADS)} {r.randint(1, 300)}, {r.randint(2, 9)}층 (사업자등록번호 {bizno()})\n{ind()}대표이사 {official()}")
            else:
                L.append(party_block("채 무 자", debtor, gu, rrn=chance(0.7)))
            cause = (f"채무자는 {dfmt(*rdate(2021, 2023), 0)}부터 {dfmt(*rdate(2024, 2024), 0)}까지 채권자 소유의 공유재산인 서울 {gu} {ch(DONG)} {r.randint(1, 900)}-{r.randint(1, 60)} 토지 중 "
                     f"{r.randint(10, 200)}㎡를 무단으로 점유·사용하였으므로, 공유재산 및 물품 관리법 제81조에 따른 변상금 {won(amt)}을 지급할 의무가 있습니다.")
        else:
            cred = person()
            L.append(party_block("채 권 자", cred, None, rrn=chance(0.5)) + (f"\n{ind()}전화 {M(mobile(), 'PHONE')}" if chance(0.6) else ""))
            L.append(f"채 무 자  {ctx['office']}\n{ind()}대표자 {'구청장' if ctx['gu'] else '시장'} {ctx['mayor']}")
            cause = (f"채권자는 {dfmt(*rdate(2023, 2024), 0)} 채무자가 발주한 '{ch(['○○도서관 청소용역', '○○주민센터 리모델링'])}' 공사의 하수급인 {ch(COMPANIES)}에 자재를 납품하였고, "
                     f"하도급지급보증 약정에 따라 채무자에게 {won(amt)}의 직접지급을 청구합니다. 위 금원은 채권자 명의 {acct_txt()}로 지급하여 주시기 바랍니다.")
        L.append("")
        L.append("채무자는 채권자에게 아래 청구취지 기재의 금액을 지급하라.\n채무자는 이 명령이 송달된 날부터 2주일 이내에 이의신청을 할 수 있다.")
        L.append("")
        L.append("청 구 취 지")
        L.append(f"채무자는 채권자에게 {won(amt)} 및 이에 대하여 이 사건 지급명령 정본이 송달된 다음 날부터 다 갚는 날까지 연 12%의 비율로 계산한 돈과 아래 독촉절차비용을 지급하라.")
        L.append(f"독촉절차비용  {won(r.randint(30, 90) * 1000 + 4800)} (내역: 인지대 {won(r.randint(10, 60) * 1000)}, 송달료 {won(r.randint(20, 40) * 1000)})")
        L.append("")
        L.append("청 구 원 인")
        L.append(cause)
        title = f"{cn} 지급명령 정본"
    elif k == 1:
        cn = f"{y}카단{r.randint(1000, 99999)}"
        L += ["결        정" if chance(0.5) else "결 정", "", f"사건  {cn} 채권가압류"]
        cred = person()
        L.append(party_block("채 권 자", cred, None, rrn=chance(0.6)))
        if chance(0.5):
            L.append(f"{ind()}대리인 {lawyer_line()}")
        L.append(party_block("채 무 자", debtor, gu, rrn=chance(0.8)))
        L.append(f"제3채무자  {ctx['office']}\n{ind()}대표자 {'구청장' if ctx['gu'] else '시장'} {ctx['mayor']}")
        L.append("")
        L.append("주 문")
        L.append(f"채무자의 제3채무자에 대한 별지 기재 채권을 가압류한다.\n제3채무자는 채무자에게 위 채권에 관한 지급을 하여서는 아니 된다.\n채무자는 다음 청구금액을 공탁하고 집행정지 또는 그 취소를 신청할 수 있다.")
        L.append("")
        L.append(f"청구채권의 내용  {ch(['대여금', '물품대금', '손해배상금'])} 채권")
        L.append(f"청구금액  금 {won(amt)}")
        L.append("")
        L.append("이 유")
        L.append(f"이 사건 채권가압류 신청은 이유 있으므로 담보로 {ch(['서울보증보험주식회사', 'SGI서울보증'])}와 지급보증위탁계약을 맺은 문서(증권번호 제{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(100000000, 999999999)}호)를 제출받고 주문과 같이 결정한다.")
        L.append("")
        L.append(f"{dfmt(y, r.randint(1, 12), r.randint(1, 28))}\n판사 {official()}")
        L.append("")
        L.append("[별지] 가압류할 채권의 표시")
        job = ch(["공사대금", "용역대금", "급여"])
        if job == "급여":
            L.append(f"금 {won(amt)}\n채무자가 제3채무자로부터 매월 수령하는 급여(기간제근로자 임금) 및 상여금 중 제세공과금을 뺀 잔액의 1/2씩 위 청구금액에 이를 때까지의 금액")
        else:
            L.append(f"금 {won(amt)}\n채무자(개인사업자, '{debtor.full}인테리어')가 제3채무자로부터 지급받을 {dfmt(y - 1, r.randint(1, 12), r.randint(1, 28), 0)}자 '{ch(['○○경로당 보수공사', '○○어린이집 환경개선공사'])}' {job} 채권 중 위 청구금액에 이를 때까지의 금액".replace(f"'{debtor.full}인테리어'", f"'{debtor.p()}인테리어'"))
        title = f"{cn} 채권가압류 결정(제3채무자 송달)"
    elif k == 2:
        cn = f"{y}가소{r.randint(1000, 999999)}"
        L += ["이 행 권 고 결 정", "", f"사    건  {cn} {ch(['손해배상(자)', '대여금', '보증금반환'])}"]
        pl = person()
        L.append(party_block("원    고", pl, None, rrn=False) + (f"\n{ind()}전화 {M(mobile(), 'PHONE')}" if chance(0.5) else ""))
        L.append(f"피    고  {ctx['office']}\n{ind()}대표자 {'구청장' if ctx['gu'] else '시장'} {ctx['mayor']}")
        L.append("")
        L.append("위 사건에 관하여 다음과 같이 이행을 권고한다.")
        L.append("")
        L.append("권 고 사 항")
        L.append(f"피고는 원고에게 {won(amt // 10 // 1000 * 1000)} 및 이에 대하여 이 사건 소장 부본 송달 다음 날부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.")
        L.append("")
        L.append("청구의 표시")
        L.append("청구취지 및 청구원인: 별지 소장 사본 기재와 같다.")
        pl2 = plate()
        L.append(f"[소장 요지] 원고는 {dfmt(*rdate(2024, 2025), 0)} 원고 소유 {M(pl2, 'VEHICLE_PLATE')} 차량을 {gu} {ch(['공영주차장', '거주자우선주차구역'])}에 주차하였는데, 피고 소속 가로수 정비 작업 중 떨어진 나뭇가지로 차량 보닛이 파손되었다.")
        L.append("")
        L.append(f"{dfmt(y, r.randint(1, 12), r.randint(1, 28))}\n판사 {official()}")
        L.append("\n※ 피고는 이 결정서 등본을 송달받은 날부터 2주일 안에 서면으로 이의신청을 할 수 있습니다.")
        title = f"{cn} 이행권고결정 등본"
    else:
        cn = f"{y}타채{r.randint(1000, 99999)}"
        L += ["결  정", "", f"사건  {cn} 채권압류 및 추심명령"]
        cred = ch(COMPANIES + ["주식회사 ○○캐피탈", "○○새마을금고"]) if chance(0.5) else None
        if cred:
            L.append(f"채권자  {cred}\n{ind()}대표이사 {official()}")
        else:
            c2 = person()
            L.append(party_block("채권자", c2, None, rrn=False))
        L.append(party_block("채무자", debtor, gu, rrn=True))
        L.append(f"제3채무자  {ctx['office']} (대표자 {'구청장' if ctx['gu'] else '시장'} {ctx['mayor']})")
        L.append("")
        L.append("주 문")
        L.append("채무자의 제3채무자에 대한 별지 목록 기재의 채권을 압류한다.\n제3채무자는 채무자에게 위 채권에 관한 지급을 하여서는 아니 된다.\n채무자는 위 채권의 처분과 영수를 하여서는 아니 된다.\n위 압류된 채권은 채권자가 추심할 수 있다.")
        L.append("")
        L.append(f"청구금액  {won(amt)} (집행권원: {court} {y - 1}가단{r.randint(1000, 99999)} 판결)")
        L.append("")
        L.append(f"{dfmt(y, r.randint(1, 12), r.randint(1, 28))}\n사법보좌관 {official()}")
        L.append("")
        L.append("압류 및 추심할 채권의 표시")
        L.append(f"금 {won(amt)}\n채무자가 제3채무자로부터 지급받을 {ch(['기초연금을 제외한 임대보증금 반환채권', '공공근로 임금 채권', '손실보상금 채권'])} 중 위 청구금액에 이를 때까지의 금액. "
                 f"다만, 민사집행법 제246조 제1항 제8호에 따른 압류금지채권은 제외한다.")
        title = f"{cn} 채권압류 및 추심명령 정본"
    grade, grounds = "partial", [6]
    return doc(title, "결정·명령", "\n".join(L), grade, grounds, ctx, iso(y, r.randint(1, 12), r.randint(1, 28)))

# ============================================================================ LAYOUT 6 settlement records (box table header + ①② clauses)

def L_settle():
    ctx = city_ctx()
    gu = ctx["gu"] or ch(GU)[0]
    court = ch(COURTS)[0]
    y = 2025
    k = ch(["조정조서", "화해조서", "화해권고결정", "조정을 갈음하는 결정"])
    cn = f"{y}{ch(['머', '가단', '가소'])}{r.randint(1000, 99999)}"
    pl = person(0.05, 0.05)
    med = kname(False)
    amt = amount() // 10 // 1000 * 1000
    bank, ac = account()
    L = [court, "", " ".join(k) if len(k) <= 4 else k, ""]
    box = chance(0.5)
    rows = [("사    건", f"{cn} {ch(['손해배상(기)', '손해배상(기)', '손해배상'])}"),
            ("신청인(원고)", pl.intro()),
            ("", M(address(gu), "ADDRESS")),
            ("피신청인(피고)", f"{ctx['office']} (대표자 {'구청장' if ctx['gu'] else '시장'} {ctx['mayor']})"),
            ("", f"소송수행자 {official()}"),
            ("조 정 장", f"판사 {official()}"),
            ("조정위원", f"{med.p()}" + (f", {kname(False).p()}" if chance(0.5) else "")),
            ("법원사무관", official()),
            ("기    일", f"{dfmt(y, r.randint(1, 12), r.randint(1, 28))} {r.randint(10, 16)}:{ch(['00', '30'])}"),
            ("장    소", f"{court} 조정실 {r.randint(1, 12)}호")]
    if k in ("화해권고결정", "조정을 갈음하는 결정"):
        rows = [x for x in rows if x[0] not in ("조정위원", "기    일", "장    소")]
    if k == "화해조서":
        rows = [(("재 판 장", x[1]) if x[0] == "조 정 장" else x) for x in rows if x[0] != "조정위원"]
        rows = [(a.replace("신청인(원고)", "원    고").replace("피신청인(피고)", "피    고"), b) for a, b in rows]
    if box:
        L.append("┌────────────────┬──────────────────────────────────────────┐")
        for a, b in rows:
            L.append(f"│ {a:<14} │ {b}")
        L.append("└────────────────┴──────────────────────────────────────────┘")
    else:
        for a, b in rows:
            L.append(f"{a}{'  ' if a else ind()}{b}")
    L.append("")
    L.append({"조정조서": ch(["조 정 조 항", "조정조항"]), "화해조서": ch(["화 해 조 항", "화해조항"]),
              "화해권고결정": ch(["결정사항", "결 정 사 항"]), "조정을 갈음하는 결정": ch(["결정사항", "결 정 사 항"])}[k])
    nums = ch([lambda i: "①②③④⑤"[i - 1], lambda i: f"{i}.", lambda i: f"제{i}항"])
    pay = f"{dfmt(y, r.randint(1, 12), r.randint(1, 28), 0)}까지"
    cl = [f"피고는 원고에게 {won(amt)}을 {pay} 원고 명의의 {bank} 계좌({M(ac, 'BANK_ACCOUNT')})로 입금하는 방법으로 지급한다.",
          "피고가 위 지급기일을 지체하면 미지급 금액에 대하여 지급기일 다음 날부터 다 갚는 날까지 연 12%의 비율로 계산한 지연손해금을 가산하여 지급한다.",
          "원고는 나머지 청구를 포기한다.",
          "원고와 피고는 이 사건 사고와 관련하여 이 조정조항에서 정한 것 외에는 서로에 대하여 어떠한 청구도 하지 아니한다.",
          "소송비용 및 조정비용은 각자 부담한다."]
    for i, c in enumerate(cl, 1):
        if k != "조정조서":
            c = c.replace("이 조정조항에서", "이 결정에서" if "결정" in k else "이 화해조항에서").replace("및 조정비용", "")
        L.append(f"{nums(i)} {c}")
    L.append("")
    L.append("청구의 표시")
    inj = ch(INJ)
    fac = ch(['○○근린공원 운동기구', '○○체육센터 수영장', '○○주민센터 계단', '○○천 산책로 데크', '공영주차장 경사로'])
    L.append(f"청구취지: 피고는 원고에게 {won(amt * 2)} 및 이에 대한 지연손해금을 지급하라.\n청구원인: 원고는 {dfmt(*rdate(2023, 2024), 0)} 피고가 관리하는 "
             f"{fac}{josa(fac, '을', '를')} 이용하던 중 시설 하자로 넘어져 {M(inj, 'HEALTH_INFO')}의 상해를 입었다.")
    if chance(0.4):
        L.append(f"(원고 연락처 {M(mobile(), 'PHONE')} / 피고 담당 {ctx['dept']} {ctx['line']})")
    L.append("")
    L.append(f"법원사무관 {official()}" if k in ("조정조서", "화해조서") else f"{dfmt(y, r.randint(1, 12), r.randint(1, 28))}\n판사 {official()}")
    return doc(f"{cn} {k} 정본 접수", k, "\n".join(L), "partial", [6], ctx, iso(y, r.randint(1, 12), r.randint(1, 28)))

# ============================================================================ LAYOUT 7 litigation status report (tables)

def L_status():
    ctx = city_ctx()
    y, mo = 2026, r.randint(1, 4)
    masked = chance(0.45)  # parties already masked → public
    cols_opts = [["연번", "사건번호", "사건명", "상대방(원고)", "대리인", "소가(원)", "심급", "진행상황", "담당"],
                 ["No", "사건", "내용", "당사자", "상대방 대리인", "소송가액", "단계", "결과/기일", "주무관"],
                 ["순", "사건번호", "사건명", "원고", "원고측 대리인", "청구금액", "심급", "현황", "담당자"]]
    cols = ch(cols_opts)
    rows = []
    n = r.randint(4, 9)
    for i in range(1, n + 1):
        yy = ch([2023, 2024, 2025])
        kind = ch(["가단", "가합", "구합", "구단", "나", "누"])
        cname = ch(["손해배상(기)", "부당이득금", "영업정지처분취소", "이행강제금부과처분취소", "변상금부과처분취소", "공사대금", "임금", "정보공개거부처분취소"])
        if masked:
            party = ch([f"{ch(SUR1)}○○", f"{ch(SUR1)}○{ch(GIV_B)}", "A", "원고 외 3명", ch(COMPANIES)])
            rep = ch(LAWFIRMS + ["(없음)", "변호사 ○○○"])
        else:
            if "공사" in cname:
                party = ch(COMPANIES)
                rep = ch(LAWFIRMS)
            else:
                p = person(0.05, 0.05)
                party = p.intro() + (" 외 " + str(r.randint(1, 12)) + "명" if chance(0.2) else "")
                rep = ch([f"변호사 {kname(False).p()}", f"{ch(LAWFIRMS)}({kname(False).p()})", ch(LAWFIRMS), "본인소송"])
        st = ch(["1심 계속", "1심 승소 → 원고 항소", "1심 패소(항소 검토)", "변론기일 " + dfmt(y, mo + 1, r.randint(1, 28), 4), "조정 회부",
                 "선고 " + dfmt(y, mo, r.randint(1, 28), 4) + " 원고 청구기각", "화해권고결정 확정", "상고심 계속"])
        rows.append([str(i), f"{yy}{kind}{r.randint(100, 99999)}", cname, party, rep,
                     f"{amount():,}", ch(["1심", "2심", "3심"]), st, f"{official()} 주무관" if chance(0.5) else official()])
    style = r.randrange(4)
    head = ch([f"{y}년 {mo}월 소송사건 진행현황 보고", f"소송 진행 현황({y}. {mo}. 말 기준)", f"[{ctx['dept']}] {y}년 {mo}/4분기 계류 소송 현황"])
    L = [head, ""]
    L.append(ch([f"□ 총괄: 계류 {r.randint(30, 120)}건(신규 {r.randint(2, 12)}, 종결 {r.randint(1, 10)}) / 승소율 {r.randint(60, 92)}.{r.randint(0, 9)}%",
                 f"○ 현황 요약\n  - 계속 중 사건 {r.randint(30, 120)}건, 소송가액 합계 {r.randint(10, 300)}억 원\n  - 전월 대비 신규 {r.randint(2, 12)}건, 종결 {r.randint(1, 10)}건"]))
    L.append("")
    if style == 0:
        L.append("| " + " | ".join(cols) + " |")
        L.append("|" + "---|" * len(cols))
        for rw in rows:
            L.append("| " + " | ".join(rw) + " |")
    elif style == 1:
        L.append("┌" + "┬".join("────" for _ in cols) + "┐")
        L.append("│" + "│".join(cols) + "│")
        L.append("├" + "┼".join("────" for _ in cols) + "┤")
        for rw in rows:
            L.append("│" + "│".join(rw) + "│")
        L.append("└" + "┴".join("────" for _ in cols) + "┘")
    elif style == 2:
        L.append("\t".join(cols))
        for rw in rows:
            L.append("\t".join(rw))
    else:
        for rw in rows:
            L.append(f"{ch(['○', '■', '▶'])} {rw[1]} {rw[2]}")
            L.append(f"  - {cols[3]}: {rw[3]} / {cols[4]}: {rw[4]}")
            L.append(f"  - 소가 {rw[5]}원, {rw[6]}, {rw[7]} (담당 {rw[8]})")
    L.append("")
    L.append(ch(["□ 향후 계획", "○ 조치계획"]))
    L.append(f"  - 패소 사건은 판결문 송달일부터 2주 이내 상소 여부 결정(법무담당 검토 후 소관부서 협의)")
    L.append(f"  - 문의: {ctx['dept']} {ctx['line']}, {ctx['mail']}")
    grade, grounds = ("public", []) if masked else ("partial", [6])
    return doc(head.strip("[]"), "소송현황 보고", "\n".join(L), grade, grounds, ctx, iso(y, mo, r.randint(1, 28)), "과장")

# ============================================================================ LAYOUT 8 forwarding letter (공문)

def L_letter():
    ctx = city_ctx()
    gu = ctx["gu"] or ch(GU)[0]
    y, m, d = 2025, r.randint(1, 12), r.randint(1, 28)
    docno = f"{ctx['dept'].split()[0]}-{r.randint(1000, 29999)}"
    dept_to = ch(["주택과", "건축과", "도로과", "공원녹지과", "복지정책과", "위생과", "세무1과", "교통행정과", "인사과"])
    k = r.randrange(4)
    court = ch(COURTS)[0]
    cn = f"{y}{ch(['가단', '구합', '고단', '나'])}{r.randint(100, 99999)}"
    L = [ctx["office"].replace("서울특별시 ", "") if chance(0.3) else ctx["office"], ""]
    L.append(f"수신  {dept_to}장" + (f"\n(경유)" if chance(0.3) else ""))
    titlek = {0: "판결 결과 통보 및 후속조치 요청", 1: "확정판결에 따른 손해배상금 지급 요청", 2: "공무원 범죄 처분결과 통보", 3: "소송사건 판결 결과 알림"}[k]
    L.append(f"제목  {titlek}({cn})")
    L.append("")
    S = scheme()
    if k == 2:
        L.append(f"{S[0](1)} 관련: {ch(['서울남부지방검찰청', '서울중앙지방검찰청'])} {y}형제{r.randint(10000, 99999)}호 공무원범죄 처분결과 통보({dfmt(y, max(1, m - 1), d, ch([0, 1, 4]))})")
    else:
        L.append(f"{S[0](1)} 관련: {dept_to}-{r.randint(1000, 9999)}({dfmt(y, max(1, m - 2), d, ch([0, 1, 4]))}) 「{cn} 사건 소송수행 요청」")
    if k in (0, 3):
        pl = person(0.04, 0.05)
        win = chance(0.6)
        L.append(f"{S[0](2)} 위 호와 관련하여 {court}에서 {dfmt(y, m, d, ch([0, 2]))} 선고된 판결 결과를 아래와 같이 알려드리니 업무에 참고하시기 바랍니다.")
        L.append(f"  {S[1](1)} 사 건: {cn} {ch(['손해배상(기)', '영업정지처분취소', '이행강제금부과처분취소', '부당이득금'])}")
        L.append(f"  {S[1](2)} 당사자: 원고 {pl.intro()}" + (f"({M(address(gu), 'ADDRESS')} 거주)" if chance(0.4) else "") + f" / 피고 {ctx['head'] if ctx['gu'] and chance(0.5) else ctx['office']}")
        L.append(f"  {S[1](3)} 결 과: {'원고 청구 기각(우리 ' + ('구' if ctx['gu'] else '시') + ' 승소)' if win else '원고 일부 승소(피고 패소 ' + won(amount()) + ')'}")
        L.append(f"  {S[1](4)} 판결 요지: " + ch([f"원고가 주장하는 {M(ch(INJ), 'HEALTH_INFO')}과 시설 하자 사이의 인과관계를 인정할 증거가 부족함",
                                                "처분사유가 인정되고 재량권 일탈·남용이 없음",
                                                f"원고 소유 차량({M(plate(), 'VEHICLE_PLATE')}) 견인 과정의 절차상 하자 인정"]))
        if chance(0.5):
            L.append(f"  {S[1](5)} 원고측 대리인: {lawyer_line()}")
        L.append(f"{S[0](3)} {'원고의 항소 여부를 확인하여 확정 시 별도 통보할 예정입니다.' if win else '판결문 송달일부터 2주 이내 항소 여부에 대한 의견을 ' + dfmt(y, m, min(28, d + 7), 0) + '까지 우리 과로 제출하여 주시기 바랍니다.'}")
        grade, grounds = "partial", [6]
    elif k == 1:
        pl = person(0.04, 0.05)
        bank, ac = account()
        a = amount()
        L.append(f"{S[0](2)} 위 사건은 {dfmt(y, m, d, 0)} 판결이 확정되었으므로, 아래와 같이 손해배상금을 지급하여 주시기 바랍니다.")
        L.append(f"  {S[1](1)} 채권자(원고): {pl.intro()}" + (f" (생년월일 {M(dfmt(*birth(), ch([0, 1, 4])), 'BIRTH_DATE')})" if chance(0.5) else ""))
        L.append(f"  {S[1](2)} 지급액: {won(a)} (원금 {won(a * 4 // 5)}, 지연손해금 {won(a - a * 4 // 5)})")
        L.append(f"  {S[1](3)} 지급계좌: {bank} {M(ac, 'BANK_ACCOUNT')} (예금주 {pl.p()})")
        L.append(f"  {S[1](4)} 예산과목: 일반회계 > {ch(['일반공공행정', '국토및지역개발'])} > 배상금등(301-12)")
        if chance(0.5):
            L.append(f"  {S[1](5)} 연락처: {M(mobile(), 'PHONE')}({pl.p()}) / 소송대리인 {lawyer_line().replace(chr(10), ' ')}")
        grade, grounds = "partial", [6]
    else:
        dfn = person()
        L.append(f"{S[0](2)} {ch(['○○지방검찰청', '서울중앙지방검찰청', '서울남부지방검찰청'])}으로부터 통보받은 우리 {'구' if ctx['gu'] else '시'} 소속 공무원의 범죄 처분 결과를 아래와 같이 알려드립니다.")
        L.append(f"  {S[1](1)} 대상자: {dept_to} {ch(['지방행정주사보', '지방시설주사', '지방공업주사보'])} {dfn.intro()}")
        L.append(f"  {S[1](2)} 죄명: {ch(['도로교통법위반(음주운전)', '상해', '교통사고처리특례법위반(치상)'])}")
        L.append(f"  {S[1](3)} 처분: {court} {cn} 판결, 벌금 {r.randint(3, 15) * 100}만 원 ({dfmt(y, m, d, 0)} 확정)")
        if chance(0.6):
            L.append(f"  {S[1](4)} 범죄 개요: {dfmt(y - 1, m, d, 0)} 혈중알코올농도 0.{r.randint(40, 150):03d}%의 상태로 {M(plate(), 'VEHICLE_PLATE')} 차량 운전")
        L.append(f"{S[0](3)} 「지방공무원 징계 및 소청 규정」에 따라 징계의결 요구 등 필요한 조치를 하시기 바랍니다.")
        grade, grounds = "nonpublic", ch([[6], [5, 6]])
    L.append("")
    L.append(f"붙임  {ch(['판결문 사본 1부', '판결문 및 확정증명원 각 1부', '판결 정본 사본 1부'])}.  끝.")
    L.append("")
    L.append(ctx["head"] if ctx["gu"] else "서울특별시장")
    L.append("")
    L.append(f"주무관 {official()}   {ch(['송무팀장', '법무팀장'])} {official()}   {ch(['법무과장', '법무담당관'])} {official()}")
    L.append(f"시행 {docno} ({dfmt(y, m, min(28, d + 3), 4)})  접수")
    L.append(f"우 {ctx['zip']}  {ctx['addr']}  / http://www.{ctx['dom']}.go.kr")
    L.append(f"전화번호 {ctx['line']}  팩스번호 {ctx['fax']}  /{ctx['mail']}/  {'부분공개(6)' if grade == 'partial' else '비공개(' + ','.join(map(str, grounds)) + ')'}")
    return doc(f"{titlek}({cn})", "공문(통보)", "\n".join(L), grade, grounds, ctx, iso(y, m, min(28, d + 3)), ch(["과장", "법무담당관"]))

# ============================================================================ LAYOUT 9 internal review memo (running prose / ○ - bullets)

def L_memo():
    ctx = city_ctx()
    gu = ctx["gu"] or ch(GU)[0]
    y, m, d = 2025, r.randint(1, 12), r.randint(1, 28)
    cn = f"{y}{ch(['가단', '구합', '가합'])}{r.randint(100, 99999)}"
    court = ch(COURTS + [(ADMIN_COURT, "")])[0]
    k = r.randrange(3)
    pl = person(0.05, 0.05)
    L = []
    if k == 0:
        L.append(ch([f"항소 제기 여부 검토 보고 ({cn})", f"[검토] {cn} 사건 상소 여부", f"{cn} 판결에 대한 항소 검토"]))
        L.append(f"{ch(['보고일', '작성'])}: {dfmt(y, m, d)} / {ctx['dept']}")
        L.append("")
        L.append(ch(["1. 사건 개요", "□ 사건 개요", "Ⅰ. 개요"]))
        L.append(f" ○ 사건: {court} {cn} {ch(['손해배상(기)', '부당이득금', '이행강제금부과처분취소'])}")
        L.append(f" ○ 원고: {pl.intro()}(대리인 {lawyer_line().replace(chr(10), ' ')}) / 피고: {ctx['office']}")
        L.append(f" ○ 선고: {dfmt(y, m, max(1, d - 5), 0)}, 피고 {ch(['일부 패소', '전부 패소'])} (인용액 {won(amount())})")
        L.append("")
        L.append(ch(["2. 판결 요지", "□ 판결 요지"]))
        L.append(f" ○ 재판부는 {ch(['도로 관리상 하자', '처분 사전통지 절차 누락', '점유 개시 경위에 대한 입증 부족'])}를 이유로 원고 청구를 일부 인용")
        if chance(0.6):
            L.append(f"   - 원고의 {M(ch(INJ + ILL), 'HEALTH_INFO')}에 대한 감정의 {kname(False).p()}의 신체감정 결과(노동능력상실률 {r.randint(3, 30)}%)를 그대로 채택")
        L.append("")
        L.append(ch(["3. 검토 의견", "□ 검토 의견(안)"]))
        L.append(f" ○ 항소 시 승소 가능성: {ch(['낮음', '보통', '다소 높음'])} — 소송대리인({ch(LAWFIRMS)}) 의견 및 유사 판례(대법원 2020다{r.randint(200000, 299999)}) 검토 결과")
        L.append(f" ○ 항소 비용(인지대·송달료·수임료) 약 {won(r.randint(300, 2500) * 10000)} 예상")
        L.append(f" ○ 결론(안): {ch(['항소 제기', '항소 포기 후 판결금 지급', '부대항소 검토'])} — 소송심의회 심의({dfmt(y, m, min(28, d + 4), 0)} 예정) 후 최종 결정")
        grade, grounds = "nonpublic", ch([[5], [4, 5]])
        title = f"{cn} 항소 여부 검토(내부 검토 중)"
    elif k == 1:
        # prose e-mail style memo forwarding a judgment received by the team
        L.append(ch(["송무팀 메모", "업무연락", "[법무팀 전달]"]))
        L.append(f"{dfmt(y, m, d, ch([1, 2]))}")
        L.append("")
        w = person()
        L.append(f"{ch(['도로과', '건축과', '공원녹지과', '청소행정과'])} 담당자님께,")
        L.append(f"오늘 {court}{josa(court, '으로', '로')}부터 {cn} 사건 판결 정본을 송달받아 사본을 보내드립니다. 원고 {pl.intro()} 씨가 청구한 {won(amount())} 중 {ch(['일부만', '전부가', '어느 것도'])} 인정되었습니다. "
                 f"재판부는 사고 현장을 목격한 증인 {w.p()}의 증언을 주로 근거로 삼았고, 원고가 제출한 {M(ch(INJ), 'HEALTH_INFO')} 진단서도 그대로 채택했습니다.")
        if chance(0.5):
            bk, ac = account()
            L.append(f"원고 측에서 판결금 수령계좌를 알려왔습니다: {bk} {M(ac, 'BANK_ACCOUNT')}(예금주 {pl.p()}). 지급 전에 확정 여부를 반드시 확인해 주세요.")
        if chance(0.5):
            L.append(f"원고 본인이 {M(mobile(), 'PHONE')}로 여러 차례 연락해 왔는데, 직접 응대하지 마시고 송무팀({ctx['line']})으로 돌려주시면 됩니다.")
        L.append(f"항소기간은 {dfmt(y, m, min(28, d + 14), 0)}까지입니다. 의견은 {ctx['mail']}로 보내 주세요.")
        L.append(f"\n{ctx['dept']} 주무관 {official()} 드림")
        grade, grounds = "partial", [6]
        title = f"{cn} 판결 정본 송부(업무연락)"
    else:
        # no personal values: statistics / guidance memo
        L.append(ch([f"{y}년 소송사건 처리 실적 및 유의사항", f"소송업무 처리 안내({y}. {m}.)", "행정소송 패소 사례 분석 결과"]))
        L.append("")
        L.append(ch(["가. 현황", "1. 현황", "□ 현황"]))
        tot = r.randint(60, 220)
        L.append(f"  - {y}년 종결 사건 {tot}건: 승소 {tot * 3 // 4}건, 패소 {tot // 8}건, 일부승소 {tot - tot * 3 // 4 - tot // 8}건")
        L.append(f"  - 소송비용 예산 {won(r.randint(3, 20) * 100000000)} 중 집행액 {won(r.randint(1, 3) * 100000000)}")
        L.append(ch(["나. 주요 패소 원인", "2. 패소 원인 분석", "□ 패소 원인"]))
        L.append("  - 처분 사전통지 및 의견제출 기회 미부여(행정절차법 제21조, 제22조) 위반")
        L.append("  - 처분서에 처분 근거와 이유를 구체적으로 기재하지 않은 사례(행정절차법 제23조)")
        L.append("  - 도로·공원 등 영조물 점검일지 미작성으로 관리상 하자 부존재 입증 실패")
        L.append(ch(["다. 협조 사항", "3. 부서 협조사항", "□ 협조 요청"]))
        L.append(f"  - 소장 접수 시 3일 이내 답변자료 제출, 담당자 지정 후 {ctx['dept']}({ctx['line']})로 통보")
        L.append(f"  - 「{ctx['office']} 소송사무 처리 규칙」(2024. 7. 1. 개정) 제8조에 따라 소송수행자 지정")
        L.append(f"  - 문의: {ctx['dept']} 주무관 {official()}({ctx['line']})")
        grade, grounds = "public", []
        title = L[0]
    return doc(title, "내부 검토·메모", "\n".join(L), grade, grounds, ctx, iso(y, m, d), ch(["팀장", "과장"]))

# ============================================================================ LAYOUT 10 anonymised published judgment (public)

def L_anon():
    ctx = city_ctx()
    court = ch(COURTS)[0] if chance(0.5) else ADMIN_COURT
    y = 2025
    cn = f"{y - 1}{ch(['구합', '가단', '가합'])}{r.randint(100, 99999)}"
    L = [f"{court} {cn} {ch(['손해배상(기)', '영업정지처분취소', '부당이득금', '변상금부과처분취소'])}", "(판결서 인터넷 열람용 — 비실명 처리본)", ""]
    a = ch(["A", "원고 A", "김○○", "이○희"])
    L.append(f"원고  {a}")
    L.append(f"      {ch(['서울 ○○구 ○○로 ○○', '(주소 생략)', '서울 ' + ch(GU)[0] + ' (이하 생략)'])}")
    L.append(f"      소송대리인 변호사 {ch(['○○○', 'B', '박○○'])}")
    L.append(f"피고  {ctx['head'] if ctx['gu'] else ctx['office']}")
    L.append(f"      소송수행자 {official()}")
    L.append(f"판결선고  {dfmt(y, r.randint(1, 12), r.randint(1, 28))}")
    L.append("")
    L.append("주 문\n1. 원고의 청구를 기각한다.\n2. 소송비용은 원고가 부담한다.")
    L.append("")
    L.append("이 유")
    L.append(f"1. 원고는 {dfmt(*rdate(2022, 2023), 0)}부터 서울 {ch(GU)[0]} 소재 점포를 임차하여 운영하여 왔고, 피고는 원고에게 도로 무단점용을 이유로 변상금을 부과하였다.")
    L.append("2. 도로법 제72조 제1항에 의하면 도로관리청은 도로를 점용허가 없이 점용한 자에 대하여 변상금을 징수할 수 있다. "
             "원고는 위 부분이 사유지라고 주장하나, 지적측량 결과(○○지적공사 작성)에 의하면 위 부분은 도로 구역에 포함된다.")
    L.append(f"3. 따라서 이 사건 처분은 적법하고, 원고의 청구는 이유 없다.")
    L.append("")
    L.append(judges())
    L.append(f"\n(송무 참고: 유사사건 {r.randint(2, 9)}건 계류 중 — {ctx['dept']} {ctx['line']})")
    return doc(f"{cn} 판결(비실명 열람본) 공유", "판결문(비실명)", "\n".join(L), "public", [], ctx, iso(y, r.randint(1, 12), r.randint(1, 28)))

# ============================================================================ main

LAYOUTS = [(L_criminal, 17), (L_civil, 15), (L_admin, 13), (L_family, 9), (L_order, 12), (L_settle, 8),
           (L_status, 10), (L_letter, 9), (L_memo, 8), (L_anon, 7)]


def build(i, family="judgments", seed=1):
    fs, ws = zip(*LAYOUTS)
    f = r.choices(fs, weights=ws)[0]
    d = f()
    text, ents = parse(d.pop("body"))
    ents.sort(key=lambda e: e["start"])
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], (a, b)
    if d["grade"] == "partial" and not ents:
        d["grade"], d["grounds"] = "public", []
    if d["grade"] == "public" and ents:
        d["grade"], d["grounds"] = "partial", [6]
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"]
        assert "\x01" not in e["text"] and "\x02" not in e["text"]
    assert "\x01" not in text and "\x02" not in text and "\x03" not in text
    rec = {"id": f"{family}-{seed}-{i}", "lang": "ko", "title": d["title"], "department": d["department"],
           "doc_type": d["doc_type"], "approved_at": d["approved_at"], "drafter": official(),
           "approver": official(), "approver_rank": d["approver_rank"], "text": text, "entities": ents,
           "grade": d["grade"], "grounds": d["grounds"]}
    return rec


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    r.seed(a.seed)
    with open(a.out, "w", encoding="utf-8") as fo:
        for i in range(1, a.n + 1):
            rec = build(i, seed=a.seed)
            for e in rec["entities"]:
                assert rec["text"][e["start"]:e["end"]] == e["text"]
            fo.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
