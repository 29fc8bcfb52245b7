#!/usr/bin/env python3
"""Generator: city legal-affairs documents (소송·행정심판·합의·구상·압류·고발·공탁·국가배상).
Standard library only, deterministic. python3 generate.py --n 200 --seed 1 --out docs.jsonl"""
import argparse, json, random, re

FAMILY = "legal_affairs"

# ---------------------------------------------------------------- markers
def M(label, v):
    return "\x01%s\x02%s\x03" % (label, v)
def P(v): return M("PERSON", v)
_MRE = re.compile(r"\x01([A-Z_]+)\x02(.*?)\x03", re.S)

def strip(s):
    return _MRE.sub(lambda m: m.group(2), s)

def render(marked):
    out, ents, pos = [], [], 0
    cur = 0
    for m in _MRE.finditer(marked):
        out.append(marked[pos:m.start()]); cur += m.start() - pos
        v = m.group(2)
        ents.append({"start": cur, "end": cur + len(v), "label": m.group(1), "text": v})
        out.append(v); cur += len(v); pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert "\x01" not in e["text"] and "\x02" not in e["text"]
    assert "\x01" not in text and "\x02" not in text and "\x03" not in text
    return text, ents

def vlen(s):
    s = strip(s)
    return sum(2 if ord(c) > 0x1100 else 1 for c in s)

# ---------------------------------------------------------------- josa
def has_final(word):
    w = strip(word).rstrip(" )")
    if not w: return False
    c = w[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    if c.isdigit(): return c in "013678"
    return False
def J(word, pair):
    """pair like '은는', '이가', '을를', '과와', '으로로'"""
    if pair == "으로":
        w = strip(word); c = w[-1] if w else "a"
        fin = has_final(word) and not ("가" <= c <= "힣" and (ord(c) - 0xAC00) % 28 == 8)
        return word + ("으로" if fin else "로")
    if not re.search("[가-힣]$", strip(word)):
        return word + pair[0] + "(" + pair[1] + ")"
    return word + (pair[0] if has_final(word) else pair[1])

# ---------------------------------------------------------------- vocab
SUR_COMMON = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉")
SUR_RARE = ["남궁", "독고", "사공", "황보", "제갈", "선우", "서문", "동방"]
GIVEN_SYL = list("민서준지현우수영진호성은하윤재석동희경숙철미선훈승연태종규원화순자옥명혜정상빈주예채가람솔결찬율온건")
HANJA = {"김": "金", "이": "李", "박": "朴", "최": "崔", "정": "鄭", "강": "姜", "조": "趙", "윤": "尹", "장": "張", "임": "林", "한": "韓", "오": "吳", "서": "徐", "신": "申", "권": "權", "황": "黃", "안": "安", "송": "宋", "홍": "洪",
         "영": "永", "수": "洙", "민": "敏", "준": "俊", "재": "在", "석": "錫", "지": "智", "현": "賢", "성": "成", "호": "浩", "진": "珍", "희": "熙", "은": "恩", "숙": "淑", "경": "京", "철": "哲", "미": "美", "선": "善", "동": "東", "훈": "勳", "승": "承", "연": "妍", "우": "宇", "혜": "惠", "상": "相", "태": "泰", "종": "鍾", "규": "奎", "원": "元", "화": "和", "순": "順", "자": "子", "옥": "玉", "명": "明", "정": "貞"}
FOREIGN = [("응우옌 티 란", "NGUYEN THI LAN"), ("쩐 반 훙", "TRAN VAN HUNG"), ("왕웨이", "WANG WEI"), ("리우 팡", "LIU FANG"),
           ("마리아 산토스", "MARIA SANTOS"), ("에브게니 이바노프", "EVGENY IVANOV"), ("존 스미스", "John Smith"),
           ("바트 에르데네", "BAT ERDENE"), ("아지즈 카리모프", "AZIZ KARIMOV"), ("사라 오코너", "Sarah O'Connor"),
           ("장 리웨이", "ZHANG LIWEI"), ("누르 아이샤", "NUR AISYAH")]

class Person:
    def __init__(s, rng, foreign_p=0.07, birth_range=(1950, 2004)):
        s.rng = rng
        s.foreign = rng.random() < foreign_p
        y = rng.randint(*birth_range); m = rng.randint(1, 12); d = rng.randint(1, 28)
        s.birth = (y, m, d); s.male = rng.random() < 0.5
        s.letter = rng.choice(["A", "B", "C", "甲", "乙"])
        if s.foreign:
            s.kr, s.latin = rng.choice(FOREIGN)
            s.full = s.kr; s.given = None
            s.style = rng.choice(["kr", "kr_latin", "latin"])
        else:
            s.sur = rng.choice(SUR_RARE) if rng.random() < 0.12 else rng.choice(SUR_COMMON)
            n = 1 if rng.random() < 0.1 else 2
            s.given = "".join(rng.choice(GIVEN_SYL) for _ in range(n))
            s.full = s.sur + s.given
            r = rng.random()
            if r < 0.07: s.style = "spaced"
            elif r < 0.12 and all(c in HANJA for c in s.full): s.style = "hanja"
            else: s.style = "plain"
    def name(s):
        """first mention, marked"""
        if s.foreign:
            if s.style == "kr": return P(s.kr)
            if s.style == "latin": return P(s.latin)
            return P(s.kr) + "(" + P(s.latin) + ")"
        if s.style == "spaced":
            if len(s.sur) == 1 and s.rng.random() < 0.5:
                return P(" ".join(s.full))
            return P(s.sur + " " + s.given)
        if s.style == "hanja":
            h = "".join(HANJA[c] for c in s.full)
            return s.rng.choice([P(s.full) + "(" + P(h) + ")", P(h)])
        return P(s.full)
    def ref(s):
        """later mention, marked"""
        if s.foreign:
            return P(s.latin) if s.style == "latin" else P(s.kr)
        return P(s.full)
    def masked(s, letter=None):
        if letter and s.rng.random() < 0.5: return letter
        if s.foreign: return s.kr[0] + "○○"
        return s.rng.choice([s.sur + "○○", s.sur + "○" + s.given[-1] if len(s.given) > 1 else s.sur + "○", s.sur + "**"])

def rrn(rng, p, style=None):
    y, m, d = p.birth
    if p.foreign: g = (5 if p.male else 6) if y < 2000 else (7 if p.male else 8)
    else: g = (1 if p.male else 2) if y < 2000 else (3 if p.male else 4)
    front = "%02d%02d%02d" % (y % 100, m, d)
    back = str(g) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    style = style or rng.choice(["full", "mask", "mask", "nohyph", "spaced", "mask2"])
    if style == "full": v = front + "-" + back
    elif style == "mask": v = front + "-" + back[0] + "******"
    elif style == "mask2": v = front + "-" + back[0] + "xxxxxx"
    elif style == "nohyph": v = front + back
    else: v = front + " - " + back
    return M("KR_FRN" if p.foreign else "KR_RRN", v)

def fmt_date(rng, y, m, d, style=None):
    style = style if style is not None else rng.randint(0, 5)
    return ["%d. %d. %d." % (y, m, d), "%d-%02d-%02d" % (y, m, d), "%d년 %d월 %d일" % (y, m, d),
            "'%02d.%d.%d." % (y % 100, m, d), "%d.%02d.%02d." % (y, m, d), "%d. %02d. %02d." % (y, m, d)][style]

def birth(rng, p, style=None):
    return M("BIRTH_DATE", fmt_date(rng, *p.birth, style=style))

def mobile(rng, style=None):
    a, b = rng.randint(1000, 9999), rng.randint(1000, 9999)
    pre = rng.choice(["010"] * 9 + ["011"])
    style = style if style is not None else rng.choice([0, 0, 0, 1, 2, 3, 4, 5])
    v = ["%s-%d-%d" % (pre, a, b), "%s %d %d" % (pre, a, b), "%s%d%d" % (pre, a, b), "%s.%d.%d" % (pre, a, b),
         "+82-%s-%d-%d" % (pre[1:], a, b), "%s)%d-%d" % (pre, a, b)][style]
    return M("PHONE", v)

def home_phone(rng):
    area = rng.choice(["02", "031", "032", "051"])
    mid = rng.randint(200, 999) if area != "02" else rng.choice([rng.randint(300, 999), rng.randint(2000, 2999)])
    v = rng.choice(["%s-%d-%04d", "(%s)%d-%04d", "%s) %d-%04d"]) % (area, mid, rng.randint(0, 9999))
    return M("PHONE", v)

def email(rng, p):
    base = (p.latin.split()[0].lower() if p.foreign else rng.choice(["hong", "minsu", "jiyoung", "kjh", "lee.s", "sunny", "parkjw", "yoonh", "happyday", "dream", "cjs", "bluesky"]))
    v = base + rng.choice(["", str(rng.randint(1, 99)), str(p.birth[0] % 100), "_" + str(rng.randint(100, 999))]) + "@" + rng.choice(["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com"])
    return M("EMAIL", v)

BANKS = [("국민은행", "%06d-%02d-%06d"), ("신한은행", "110-%03d-%06d"), ("우리은행", "1002-%03d-%06d"), ("하나은행", "%03d-%06d-%05d"),
         ("농협", "%03d-%04d-%04d-%02d"), ("기업은행", "%03d-%06d-%02d-%03d"), ("카카오뱅크", "3333-%02d-%07d"), ("새마을금고", "9002-%04d-%04d-%d")]
def account(rng):
    bank, f = rng.choice(BANKS)
    n = f.count("%")
    vals = []
    for m in re.finditer(r"%0?(\d?)d", f):
        w = int(m.group(1) or 1); vals.append(rng.randint(10 ** (w - 1) if w > 1 else 0, 10 ** w - 1))
    v = f % tuple(vals)
    if rng.random() < 0.15: v = v.replace("-", "")
    return bank, M("BANK_ACCOUNT", v)

def plate(rng):
    h = rng.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
    s = rng.choice(["%d%s%04d", "%d%s %04d", "서울%d%s%04d", "경기%d%s%04d"])
    num = rng.randint(10, 99) if rng.random() < 0.5 else rng.randint(100, 399)
    return M("VEHICLE_PLATE", s % (num, h, rng.randint(1000, 9999)))
def gov_plate(rng):
    return "%d%s %04d" % (rng.randint(10, 99), rng.choice("가나다라마"), rng.randint(1000, 9999))

def license_no(rng):
    v = rng.choice(["%02d-%02d-%06d-%02d", "서울 %02d-%06d-%02d"])
    if v.startswith("서울"): v = v % (rng.randint(10, 25), rng.randint(0, 999999), rng.randint(10, 99))
    else: v = v % (rng.randint(11, 28), rng.randint(10, 25), rng.randint(0, 999999), rng.randint(10, 99))
    return M("KR_DRIVER_LICENSE", v)

def passport(rng):
    return M("KR_PASSPORT", rng.choice("EGHMPS") + "%08d" % rng.randint(0, 99999999) if rng.random() < 0.7 else "M%03dA%04d" % (rng.randint(0, 999), rng.randint(0, 9999)))

def ip(rng):
    return M("IP_ADDRESS", "%d.%d.%d.%d" % (rng.choice([211, 121, 175, 118, 59, 222, 112, 203]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))

INJURY = ["우측 발목 외과 골절", "요추 염좌 및 좌측 슬관절 타박상", "좌측 요골 원위부 골절", "경추부 염좌", "안면부 열상(7cm)",
          "우측 족관절 인대 파열", "외상성 경막하출혈", "좌측 대퇴골 경부 골절", "늑골 3개 골절", "전치 3주의 요추부 염좌",
          "우측 슬개골 골절", "뇌진탕 및 안와부 타박상", "치아 2개 파절(#11, #21)", "좌측 손목 삼각섬유연골 손상"]
COND = ["외상 후 스트레스 장애(PTSD)", "우울증", "지체장애 3급", "뇌병변장애", "당뇨병성 신경병증", "시각장애(심한 장애)", "공황장애", "치매(경도인지장애)"]

# ---------------------------------------------------------------- addresses
SEOUL = {"관악구": (["신림로", "남부순환로", "봉천로", "관악로", "난곡로", "문성로"], ["신림동", "봉천동", "남현동"]),
         "강서구": (["화곡로", "강서로", "공항대로", "등촌로", "까치산로"], ["화곡동", "등촌동", "방화동"]),
         "은평구": (["은평로", "통일로", "응암로", "연서로", "진관2로"], ["응암동", "불광동", "갈현동"]),
         "노원구": (["동일로", "노원로", "상계로", "한글비석로"], ["상계동", "중계동", "하계동"]),
         "송파구": (["송파대로", "오금로", "백제고분로", "가락로"], ["가락동", "문정동", "잠실동"]),
         "영등포구": (["도림로", "영등포로", "신길로", "대림로"], ["신길동", "대림동", "도림동"]),
         "중랑구": (["망우로", "면목로", "용마산로", "동일로"], ["면목동", "상봉동", "중화동"]),
         "동작구": (["상도로", "사당로", "노량진로", "장승배기로"], ["상도동", "사당동", "흑석동"])}
OTHER = [("경기도 성남시 분당구", ["판교로", "정자일로", "미금로"], ["정자동", "구미동"]),
         ("경기도 고양시 일산동구", ["중앙로", "일산로", "호수로"], ["장항동", "마두동"]),
         ("인천광역시 남동구", ["구월로", "인하로", "남동대로"], ["구월동", "간석동"]),
         ("경기도 부천시", ["길주로", "소사로", "부일로"], ["심곡동", "중동"]),
         ("부산광역시 해운대구", ["해운대로", "좌동순환로"], ["우동", "좌동"])]
APTS = ["래미안", "푸르지오", "현대", "삼성", "벽산", "한신", "주공", "두산위브", "SK뷰", "e편한세상", "신동아"]

def address(rng, form=None):
    form = form or rng.choice(["full", "full", "full", "gu", "road", "jibun", "full_apt", "semi"])
    if rng.random() < 0.2:
        prov, roads, dongs = rng.choice(OTHER); gu = None
    else:
        gu = rng.choice(list(SEOUL)); roads, dongs = SEOUL[gu]
        prov = rng.choice(["서울특별시", "서울특별시", "서울"]) + " " + gu
    road = rng.choice(roads)
    if rng.random() < 0.4: road += "%d길" % rng.randint(1, 40)
    num = str(rng.randint(1, 300)) + (("-%d" % rng.randint(1, 30)) if rng.random() < 0.4 else "")
    dong = rng.choice(dongs)
    unit = ""
    r = rng.random()
    if form in ("full_apt",) or (form == "full" and r < 0.4):
        unit = ", %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 25) * 100 + rng.randint(1, 6))
        if rng.random() < 0.5: unit += " (%s, %s아파트)" % (dong, rng.choice(APTS))
    elif form == "semi" or r < 0.55:
        unit = rng.choice([", 지층 %d호(반지하)" % rng.randint(1, 3), ", 반지하 B%02d호" % rng.randint(1, 4), " 지하1층 %d호" % rng.randint(101, 103), ", B1층"])
    elif r < 0.8:
        unit = rng.choice([", %d층" % rng.randint(2, 5), ", %d호" % rng.randint(101, 502), " (%s)" % dong])
    if form == "gu":
        base = (gu or prov.split()[-1]) + " " + road + " " + num
    elif form == "road":
        base = road + " " + num
    elif form == "jibun":
        base = prov + " " + dong + " " + "%d-%d" % (rng.randint(1, 999), rng.randint(1, 60))
        unit = rng.choice(["", " 지하1층", " %d호" % rng.randint(101, 302), " 반지하"])
    else:
        base = prov + " " + road + " " + num
    return M("ADDRESS", base + unit)

def unit_only(rng):
    return M("ADDRESS", "%d동 %d호" % (rng.randint(101, 120), rng.randint(1, 25) * 100 + rng.randint(1, 6)))

# ---------------------------------------------------------------- organisations / officials
ORGS = [
    dict(name="서울특별시", head="서울특별시장", depts=["법무담당관", "법률지원담당관", "법무담당관 송무팀", "재무과", "도로관리과"],
         phone="02-2133-%04d", mail="seoul.go.kr", addr="서울특별시 중구 세종대로 110", short="시"),
    dict(name="서울특별시 관악구", head="관악구청장", depts=["감사담당관 법무팀", "행정지원과", "건축과", "도로과"], phone="02-879-%04d", mail="ga.go.kr", addr="서울특별시 관악구 관악로 145", short="구"),
    dict(name="서울특별시 강서구", head="강서구청장", depts=["법무감사과", "법무감사과 송무팀", "주택과", "치수과"], phone="02-2600-%04d", mail="gangseo.seoul.kr", addr="서울특별시 강서구 화곡로 302", short="구"),
    dict(name="서울특별시 은평구", head="은평구청장", depts=["법무과", "법무과 소송팀", "교통행정과", "공원녹지과"], phone="02-351-%04d", mail="ep.go.kr", addr="서울특별시 은평구 은평로 195", short="구"),
    dict(name="서울특별시 노원구", head="노원구청장", depts=["법무감사과", "자치행정과", "도로관리과"], phone="02-2116-%04d", mail="nowon.kr", addr="서울특별시 노원구 노원로 437", short="구"),
    dict(name="서울특별시 송파구", head="송파구청장", depts=["법무과", "감사담당관", "재무과", "건축과"], phone="02-2147-%04d", mail="songpa.go.kr", addr="서울특별시 송파구 올림픽로 326", short="구"),
]
COURTS = [("서울중앙지방법원", "서울특별시 서초구 서초중앙로 157"), ("서울동부지방법원", "서울특별시 송파구 법원로 101"),
          ("서울남부지방법원", "서울특별시 양천구 신월로 386"), ("서울북부지방법원", "서울특별시 도봉구 마들로 749"),
          ("서울서부지방법원", "서울특별시 마포구 마포대로 174"), ("서울행정법원", "서울특별시 서초구 강남대로 193-15"),
          ("서울고등법원", "서울특별시 서초구 서초대로 219"), ("수원지방법원 성남지원", "경기도 성남시 수정구 산성대로 451")]
PROSEC = ["서울중앙지방검찰청", "서울남부지방검찰청", "서울북부지방검찰청", "서울서부지방검찰청", "서울동부지방검찰청"]
LAWFIRMS = ["법무법인 한결", "법무법인 다솜", "법무법인(유한) 서린", "법무법인 정률", "법률사무소 새길", "법무법인 도담"]
COMPANIES = [("주식회사 한빛건설", "214-81-%05d"), ("(주)대성종합건설", "120-86-%05d"), ("유한회사 미래조경", "109-81-%05d"),
             ("㈜그린환경산업", "211-87-%05d"), ("주식회사 서진엔지니어링", "105-86-%05d"), ("(주)동방기업", "113-81-%05d"),
             ("한솔개발 주식회사", "206-81-%05d"), ("주식회사 우리캐피탈대부", "220-88-%05d")]
INSURERS = ["삼성화재해상보험(주)", "현대해상화재보험(주)", "DB손해보험(주)", "KB손해보험(주)", "한국지방재정공제회", "메리츠화재해상보험(주)"]
RANKS_LOW = ["주무관", "주무관", "행정주무관", "송무주무관", "행정주사"]

def official_name(rng):
    return rng.choice(SUR_COMMON[:30]) + "".join(rng.choice(GIVEN_SYL) for _ in range(2))

def company(rng):
    n, f = rng.choice(COMPANIES)
    return n, f % rng.randint(10000, 99999)

def case_no(rng, year, kind):
    return "%d%s%d" % (year, kind, rng.randint(1000, 99999) if kind in ("가단", "가소", "타채") else rng.randint(100, 9999))

def money(rng, lo, hi, step=10000):
    v = rng.randrange(lo, hi, step)
    return v, rng.choice(["{:,}원", "금 {:,}원", "{:,}원", "₩{:,}", "금{:,}원"]).format(v)

def won(v, rng=None):
    return "{:,}원".format(v)

# ---------------------------------------------------------------- tables
def table(rng, headers, rows, style=None):
    style = style or rng.choice(["pipe", "box", "tab", "pipe_md"])
    cols = len(headers)
    w = [max(vlen(str(r[i])) for r in [headers] + rows) for i in range(cols)]
    def pad(c, i): return c + " " * (w[i] - vlen(c))
    L = []
    if style == "tab":
        L.append("\t".join(headers))
        for r in rows: L.append("\t".join(r))
    elif style == "pipe_md":
        L.append("| " + " | ".join(headers) + " |")
        L.append("|" + "|".join("---" for _ in headers) + "|")
        for r in rows: L.append("| " + " | ".join(r) + " |")
    elif style == "pipe":
        L.append("| " + " | ".join(pad(h, i) for i, h in enumerate(headers)) + " |")
        L.append("+" + "+".join("-" * (w[i] + 2) for i in range(cols)) + "+")
        for r in rows: L.append("| " + " | ".join(pad(c, i) for i, c in enumerate(r)) + " |")
    else:
        L.append("┌" + "┬".join("─" * (w[i] + 2) for i in range(cols)) + "┐")
        L.append("│ " + " │ ".join(pad(h, i) for i, h in enumerate(headers)) + " │")
        L.append("├" + "┼".join("─" * (w[i] + 2) for i in range(cols)) + "┤")
        for r in rows: L.append("│ " + " │ ".join(pad(c, i) for i, c in enumerate(r)) + " │")
        L.append("└" + "┴".join("─" * (w[i] + 2) for i in range(cols)) + "┘")
    return "\n".join(L)

def kv(rng, pairs, style=None):
    style = style or rng.choice(["colon", "colon_pad", "bullet", "bracket"])
    L = []
    kw = max(len(k) for k, _ in pairs)
    for k, v in pairs:
        if style == "colon": L.append("%s: %s" % (k, v))
        elif style == "colon_pad": L.append("%s : %s" % (k + "　" * (kw - len(k)), v))
        elif style == "bullet": L.append("○ %s : %s" % (k, v))
        else: L.append("[%s] %s" % (k, v))
    return "\n".join(L)

HARD_NEG_SENT = [
    "이는 시민의 안전을 위하여 시설물 유지·관리에 만전을 기하기 위한 것입니다.",
    "당해 시설물은 정기 안전점검 결과 B등급으로 관리되고 있었음.",
    "장애인 편의시설 정비 계획에 반영하여 조치할 예정임.",
    "부모 등 보호자 동반 여부는 사고 경위 조사 과정에서 확인하였음.",
    "시가 소유한 도로의 유지 및 보수 책임 범위에 관하여 법리 검토를 거쳤음.",
    "관련 서명부 및 현장 사진은 증거자료로 제출하였음.",
    "안내 표지판 설치 및 정비 여부가 주요 쟁점임.",
    "조사 결과 관리상 하자의 존부에 관하여는 다툼의 여지가 있음.",
    "유사 사건의 재발 방지를 위하여 사업부서에 안내 공문을 시행함.",
    "정보공개 청구에 대비하여 개인정보는 비실명 처리한 뒤 게시함.",
]
STATUTES = ["국가배상법 제5조 제1항", "국가배상법 제2조", "민법 제750조", "민법 제758조", "행정심판법 제27조", "민사집행법 제248조 제1항",
            "지방자치법 제114조", "국가를 당사자로 하는 소송에 관한 법률 제3조", "도로법 제31조", "건축법 제79조", "공탁법 제4조",
            "공익사업을 위한 토지 등의 취득 및 보상에 관한 법률 제40조 제2항", "식품위생법 제75조", "개인정보 보호법 제28조의2"]
def statute_amend(rng):
    return "(%d. %d. %d. 법률 제%d호로 개정된 것)" % (rng.randint(2009, 2024), rng.randint(1, 12), rng.randint(1, 28), rng.randint(9000, 20500))

# ---------------------------------------------------------------- context
class Ctx:
    def __init__(s, rng, anon):
        s.rng = rng; s.anon = anon
        s.org = rng.choice(ORGS)
        s.dept = rng.choice(s.org["depts"])
        s.year = rng.choice([2024, 2025, 2025, 2026])
        s.dstyle = rng.randint(0, 5)
        s.am = rng.randint(1, 12); s.ad = rng.randint(1, 28)
        s.drafter = official_name(rng); s.approver = official_name(rng)
        s.approver_rank = rng.choice(["과장", "담당관", "팀장", "국장"])
        s.letters = iter("ABCDEFGH")
    def d(s, y, m, dd, style=None):
        return fmt_date(s.rng, y, m, dd, s.dstyle if style is None else style)
    def past(s, back_months=(1, 18)):
        k = s.rng.randint(*back_months)
        y, m = s.year, s.am - k
        while m <= 0: m += 12; y -= 1
        return y, m, s.rng.randint(1, 28)
    def today(s): return s.d(s.year, s.am, s.ad)
    def approved(s): return "%d-%02d-%02d" % (s.year, s.am, s.ad)
    def person(s, **kw):
        p = Person(s.rng, **kw); p.letter = next(s.letters, "X"); return p
    def nm(s, p): return p.masked(p.letter) if s.anon else p.name()
    def rf(s, p): return (p.letter if s.rng.random() < 0.5 else p.masked()) if s.anon else p.ref()
    def addr(s, form=None):
        return s.rng.choice(["서울특별시 ○○구 ○○로 (이하 생략)", "(주소 생략)", "서울 ○○구 거주", "***"]) if s.anon else address(s.rng, form)
    def rrn(s, p, style=None): return s.rng.choice(["******-*******", "8*****-1******", "(생략)"]) if s.anon else rrn(s.rng, p, style)
    def birth(s, p): return "****. **. **." if s.anon else birth(s.rng, p, s.rng.choice([s.dstyle, 0, 2]))
    def phone(s): return s.rng.choice(["010-****-****", "(비공개)", "010-XXXX-XXXX"]) if s.anon else mobile(s.rng)
    def acct(s):
        if s.anon: return s.rng.choice(["국민은행", "농협", "신한은행"]), "***-****-****"
        return account(s.rng)
    def email(s, p): return "****@****.***" if s.anon else email(s.rng, p)
    def idno(s, p):
        """RRN, or for a foreign resident FRN / passport"""
        if p.foreign and not s.anon and s.rng.random() < 0.5:
            return "여권번호 " + passport(s.rng)
        return s.rrn(p)
    def contact(s, p):
        r = s.rng.random()
        if r < 0.55: return s.phone()
        if r < 0.8: return s.phone() + ", " + s.email(p)
        return s.email(p)
    def ophone(s): return s.org["phone"] % s.rng.randint(1000, 9999)
    def omail(s):
        return "%s%s@%s" % (s.rng.choice(["legal", "song", "law", "kjh", "lsy", "pmk", "yjw", "chs"]), s.rng.randint(1, 999), s.org["mail"])
    def official(s, rank=None):
        return "%s %s %s" % (s.dept.split()[-1] if s.rng.random() < 0.5 else s.dept, rank or s.rng.choice(RANKS_LOW), official_name(s.rng))
    def footer(s):
        r = s.rng.random()
        if r < 0.35:
            return "\n\n담당: %s (☎ %s)" % (s.official(), s.ophone())
        if r < 0.65:
            return "\n\n문의: %s %s(%s, %s)" % (s.dept, official_name(s.rng) + " 주무관", s.ophone(), s.omail())
        if r < 0.85:
            return "\n\n기안 %s %s   검토 팀장 %s   결재 %s %s" % (s.rng.choice(RANKS_LOW), s.drafter, official_name(s.rng), s.approver_rank, s.approver)
        return "\n\n%s %s  전화 %s  팩스 %s" % (s.org["name"], s.dept, s.ophone(), s.ophone())
    def docno(s):
        return "%s-%d" % (s.dept.split()[0], s.rng.randint(1000, 29999))
    def hardneg(s, k=1, general=False):
        pool = [x for x in HARD_NEG_SENT if not any(w in x for w in ("사고", "시설물", "도로", "장애인"))] if general else HARD_NEG_SENT
        return " ".join(s.rng.sample(pool, k))

def court(rng, admin=False):
    if admin: return COURTS[5]
    return rng.choice([c for c in COURTS if c[0] != "서울행정법원"])

SUITS = [("손해배상(기)", "보도블록 파손 부위에 걸려 넘어지는", "injury"), ("손해배상(자)", "도로 포트홀(노면 파임)을 지나며 차량이 파손되는", "car"),
         ("손해배상(기)", "어린이공원 놀이기구에서 추락하는", "injury"), ("부당이득금반환", "도로점용료 부과처분이 무효라며 납부액 반환을 구하는", "money"),
         ("손해배상(기)", "가로수 가지가 낙하하여 주차 차량이 파손되는", "car"), ("임금", "기간제근로자 수당 미지급을 다투는", "money"),
         ("손해배상(기)", "집중호우로 하수가 역류하여 반지하 주택이 침수되는", "flood"), ("건물명도(인도)", "공유재산 무단점유 건물의 인도를 구하는", "money")]
ADMIN = [("영업정지처분 취소청구", "식품위생법 제44조 위반(청소년 주류 제공)을 이유로 한 영업정지 2개월 처분", "식품위생법 제75조 제1항"),
         ("건축허가취소처분 취소청구", "착공기한 경과를 이유로 한 건축허가 취소처분", "건축법 제11조 제7항"),
         ("이행강제금부과처분 취소청구", "위반건축물(옥탑 무단증축)에 대한 이행강제금 부과처분", "건축법 제80조"),
         ("정보공개거부처분 취소청구", "공공기관의 정보공개에 관한 법률 제9조 제1항 제5호를 이유로 한 비공개 결정", "공공기관의 정보공개에 관한 법률 제9조 제1항"),
         ("주차위반 과태료 부과처분 취소청구", "주정차 위반에 따른 과태료 부과처분", "도로교통법 제160조 제3항"),
         ("도로점용료부과처분 취소청구", "도로점용허가 구역 초과 점용에 대한 변상금 부과처분", "도로법 제72조")]

# ================================================================ kinds
def k_case_report(c):
    r = c.rng
    title = "%d년 %s 소송사건 수행 상황 보고" % (c.year, r.choice(["%d월" % c.am, "%d분기" % ((c.am - 1) // 3 + 1), "상반기" if c.am <= 6 else "하반기"]))
    hdr_party = r.choice(["상대방", "원고(상대방)", "당사자", "상대방 당사자", "원고/청구인"])
    hdr = ["연번", "사건번호", "사건명", hdr_party, r.choice(["소가(원)", "소송가액", "청구금액"]), "법원", r.choice(["진행상황", "진행 경과", "비고"])]
    rows = []; extra = []
    n = r.randint(3, 6)
    for i in range(n):
        y = c.year - r.randint(0, 2)
        cn = case_no(r, y, r.choice(["가단", "가합", "가소", "나", "구합", "구단"]))
        nm = r.choice(SUITS)[0] if "구" not in cn else r.choice(ADMIN)[0].replace(" 취소청구", "취소").replace("청구", "")
        ct = court(r, "구" in cn)[0].replace("지방법원", "지법").replace("행정법원", "행정법원")
        if r.random() < 0.3:
            party = company(r)[0]
        else:
            p = c.person()
            party = c.nm(p)
            if not c.anon and r.random() < 0.3:
                party += " 외 %d명" % r.randint(1, 4)
            if not c.anon and r.random() < 0.25:
                extra.append("  - %s 사건 %s 소송대리인: %s 변호사 %s" % (cn, hdr_party.split("(")[0].split("/")[0], r.choice(LAWFIRMS), Person(r, foreign_p=0).name()))
        _, amt = money(r, 3000000, 300000000, 100000)
        y2, m2, d2 = c.past((0, 3))
        st = r.choice(["변론기일 %s" % c.d(c.year, min(12, c.am + 1), r.randint(1, 28)), "%s 선고(원고 청구 기각)" % c.d(y2, m2, d2),
                       "조정회부", "%s 변론종결" % c.d(y2, m2, d2), "감정 진행 중", "항소 제기", "화해권고결정 확정", "일부 패소(항소 검토)"])
        rows.append([str(i + 1), cn, nm, party, amt.replace("금 ", "").replace("금", ""), ct, st])
    lines = [title, ""]
    if r.random() < 0.5:
        lines.append("문서번호 %s  (%s)" % (c.docno(), c.today()))
    lines.append(r.choice(["1. 보고 개요", "□ 개요", "가. 현황"]))
    lines.append("  ○ %s 당사자 소송사건 %d건의 수행 상황을 아래와 같이 보고합니다." % (c.org["name"], n))
    lines.append("  ○ 근거: 국가를 당사자로 하는 소송에 관한 법률 제3조 및 %s 소송사무 처리 규칙" % c.org["name"])
    lines.append("")
    lines.append(r.choice(["2. 사건별 진행 상황", "□ 사건 목록", "나. 사건 현황"]))
    lines.append(table(r, hdr, rows))
    if extra:
        lines.append(""); lines.append("※ 상대방 소송대리인"); lines.extend(extra)
    lines.append("")
    lines.append(r.choice(["3. 향후 계획", "□ 조치 계획"]))
    lines.append("  ○ 패소 사건은 판결문 송달일부터 2주 이내에 상소 여부를 결정하여 보고")
    lines.append("  ○ " + c.hardneg())
    return dict(title=title, text="\n".join(lines) + c.footer(), doc_type="보고서", kind="report")

def k_response_plan(c):
    r = c.rng
    y = c.year; nm, kind, typ = r.choice(SUITS[:7])
    cn = case_no(r, y, r.choice(["가단", "가합", "가소"])); ct = court(r)[0]
    p = c.person()
    lawyer = Person(r, foreign_p=0)
    title = "%s %s 사건 응소 계획" % (cn, nm)
    if r.random() < 0.3 and not c.anon:
        title = "%s %s 사건(원고 %s) 응소 계획" % (cn, nm, p.ref())
    yy, mm, dd = c.past((2, 14))
    _, amt = money(r, 5000000, 150000000, 500000)
    fee = r.choice([2200000, 3300000, 4400000, 5500000])
    L = [title, ""]
    style = r.choice(["memo", "kv"])
    if style == "memo":
        L += ["1. 사건 개요",
              "  ○ 사 건: %s %s" % (cn, nm), "  ○ 법 원: %s (%s)" % (ct, r.choice(["민사%d단독" % r.randint(1, 30), "제%d민사부" % r.randint(11, 45)])),
              "  ○ 원 고: %s (%s, %s)" % (c.nm(p), c.birth(p) + "생" if r.random() < 0.5 else c.rrn(p), c.addr()),
              "  ○ 피 고: %s (대표자 %s)" % (c.org["name"], c.org["head"]),
              "  ○ 소 가: %s" % amt,
              "  ○ 소장 부본 송달일: %s" % c.d(c.year, c.am, max(1, c.ad - r.randint(1, 10))),
              "", "2. 청구 요지",
              "  ○ 원고는 %s %s 사고와 관련하여 %s의 영조물 관리상 하자를 주장하며 손해배상을 청구함" % (c.d(yy, mm, dd), kind, c.org["short"])]
        if typ == "injury" and not c.anon:
            L.append("  - %s 사고로 %s의 상해를 입었다고 주장(%s 발행 진단서 첨부)" % (J(p.ref(), "은는"), M("HEALTH_INFO", r.choice(INJURY)), r.choice(["○○정형외과의원", "○○대학교병원", "△△병원"])))
        if typ == "car" and not c.anon:
            L.append("  - 원고 소유 차량(%s) 수리비 및 렌트비 상당액" % plate(r))
        if typ == "flood" and not c.anon:
            L.append("  - 침수 주택: %s (가재도구 및 도배·장판 교체 비용)" % address(r, "semi"))
        L += ["", "3. 쟁점 및 대응 방향",
              "  ○ 하자의 존부: 사고 지점 순찰 기록 및 보수 이력으로 관리의무 이행을 입증",
              "  ○ 과실상계: 원고의 전방주시의무 위반 등 원고 과실 주장",
              "  ○ " + c.hardneg(),
              "", "4. 소송수행자 지정 및 대리인 선임",
              "  ○ 소송수행자: %s" % c.official(),
              "  ○ 소송대리인: %s 변호사 %s (착수금 %s, 부가세 포함)" % (r.choice(LAWFIRMS), lawyer.name(), won(fee)),
              "  ○ 예산: 소송수행 경비(%d-%d) 집행" % (r.randint(100, 400), r.randint(100, 999))]
    else:
        L.append(kv(r, [("사건번호", cn), ("사건명", nm), ("관할법원", ct), ("원고", c.nm(p)), ("원고 주소", c.addr()),
                        ("원고 연락처", c.contact(p) if r.random() < 0.7 else "송달장소로 갈음"), ("피고", c.org["name"]), ("청구금액", amt),
                        ("사고일시", c.d(yy, mm, dd) + " %02d:%02d경" % (r.randint(6, 22), r.choice([0, 10, 20, 30, 40, 50]))),
                        ("소송수행자", c.official()), ("소송대리인", "%s(변호사 %s)" % (r.choice(LAWFIRMS), lawyer.name())),
                        ("수임료", won(fee))]))
        L += ["", "■ 대응 방안", "- 답변서 제출기한(송달 후 30일) 내 답변서 제출",
              "- 도로관리과 순찰일지, 보수 내역 및 현장 사진 확보", "- " + c.hardneg()]
    np = r.random() < 0.4
    if np:
        L += ["", "※ 본 계획은 소송 수행 전략을 포함하고 있으므로 사건 종결 시까지 비공개함"]
    d = dict(title=title, text="\n".join(L) + c.footer(), doc_type="응소계획", kind="plan")
    if np: d["force"] = ("nonpublic", [4, 5])
    return d

def k_complaint_summary(c):
    r = c.rng
    nm, kind, typ = r.choice(SUITS[:7])
    y = c.year; cn = case_no(r, y, r.choice(["가단", "가합"])); ct = court(r)[0]
    p = c.person()
    heir = r.random() < 0.2
    lawyer = Person(r, foreign_p=0)
    _, amt = money(r, 5000000, 200000000, 100000)
    yy, mm, dd = c.past((3, 20))
    sp = lambda w: " ".join(w) if r.random() < 0.5 else w
    title = r.choice(["소장 및 답변서 요지", "%s 사건 소장·답변서 요지" % cn, "소송사건 주장 요지 보고(%s)" % cn])
    L = [title, ""]
    L.append("%s  %s %s" % (sp("사건"), cn, nm))
    L.append("%s  %s (%s)" % (sp("원고"), c.nm(p), c.rrn(p)))
    L.append("        %s" % c.addr())
    if heir and not c.anon:
        q = Person(r, foreign_p=0, birth_range=(2010, 2017))
        L.append("%s  %s (%s)" % (sp("원고"), q.name(), c.rrn(q)))
        L.append("        미성년자이므로 법정대리인 친권자 부 %s, 모 %s" % (p.ref(), Person(r, foreign_p=0).name()))
    if r.random() < 0.7:
        L.append("        소송대리인 %s 담당변호사 %s" % (r.choice(LAWFIRMS), lawyer.name()))
    L.append("%s  %s" % (sp("피고"), c.org["name"]))
    L.append("        대표자 %s" % c.org["head"])
    L.append("        소송수행자 %s" % c.official())
    L.append("")
    L.append(sp("청구취지"))
    L.append("1. 피고는 원고에게 %s 및 이에 대하여 %s부터 이 사건 소장 부본 송달일까지는 연 5%%의, 그 다음 날부터 다 갚는 날까지는 연 12%%의 각 비율로 계산한 돈을 지급하라." % (amt.replace("금 ", "").replace("금", ""), c.d(yy, mm, dd)))
    L.append("2. 소송비용은 피고가 부담한다.")
    L.append("3. 제1항은 가집행할 수 있다.")
    L.append("라는 판결을 구함.")
    L.append("")
    L.append(r.choice(["청구원인 요지", "원고 주장의 요지", "가. 원고의 주장"]))
    s = "1. 원고는 %s %s경 %s 앞 %s 사고를 당하였다." % (c.d(yy, mm, dd), "%02d:%02d" % (r.randint(7, 22), r.randint(0, 59)), r.choice(["○○역 2번 출구", "○○초등학교 후문", "○○동 주민센터", "○○시장 입구"]), kind)
    L.append(s)
    if typ == "injury" and not c.anon:
        L.append("2. 위 사고로 %s %s 등의 상해를 입고 %d일간 입원 치료를 받았다." % (J(p.ref(), "은는"), M("HEALTH_INFO", r.choice(INJURY)), r.randint(5, 60)))
    elif typ == "car" and not c.anon:
        L.append("2. 위 사고로 원고 소유 %s 차량의 %s가 파손되어 수리비 %s이 소요되었다." % (plate(r), r.choice(["앞바퀴 휠", "보닛 및 앞유리", "하부 오일팬"]), won(r.randrange(800000, 6000000, 10000))))
    else:
        L.append("2. 이는 도로법 및 공원녹지법상 관리주체인 피고의 관리상 하자로 인한 것이므로, 피고는 %s에 따라 손해를 배상할 책임이 있다." % r.choice(STATUTES[:4]))
    L.append("")
    L.append(r.choice(["답변 요지(피고)", "피고 답변서 요지", "나. 피고의 주장"]))
    L.append("1. 사고 지점은 %s 정기 순찰 대상으로, 사고 %d일 전 점검에서 이상이 없었으므로 관리상 하자가 없다." % (c.org["short"], r.randint(2, 20)))
    L.append("2. 설령 하자가 인정되더라도 원고에게 전방 주시를 게을리한 과실이 있으므로 %d%% 이상의 과실상계가 이루어져야 한다." % r.choice([30, 40, 50, 60]))
    L.append("3. " + c.hardneg())
    return dict(title=title, text="\n".join(L) + c.footer(), doc_type="소송보고", kind="summary")

def k_admin_appeal(c):
    r = c.rng
    an, disp, law = r.choice(ADMIN)
    hs = r.randint(0, 2)
    sn = "%d-%05d" % (c.year, r.randint(100, 12000))
    p = c.person(foreign_p=0.05)
    corp = r.random() < 0.3
    agent = Person(r, foreign_p=0)
    gu_head = c.org["head"] if c.org["short"] == "구" else "서울특별시장"
    title = "%s 답변서" % (r.choice(["행정심판 청구 사건", "행정심판", ""]) + (" " if r.random() < 0.5 else "")).strip()
    title = "행정심판 청구사건 답변서(%s %s)" % (sn, an) if r.random() < 0.5 else title
    L = [title, ""]
    sp = lambda w: "  ".join(w) if len(w) <= 4 and r.random() < 0.5 else w
    L.append("%s  %s %s" % (sp("사건"), sn, an))
    if corp:
        cn, bno = company(r)
        L.append("%s  %s (사업자등록번호 %s)" % (sp("청구인"), cn, bno))
        L.append("         대표전화 02-%d-%04d" % (r.randint(500, 899), r.randint(0, 9999)))
    else:
        L.append("%s  %s" % (sp("청구인"), c.nm(p)))
        L.append("         %s" % c.addr())
        if r.random() < 0.5:
            L.append("         (연락처 %s%s)" % (c.phone(), (", 전자우편 " + c.email(p)) if r.random() < 0.6 else ""))
        if r.random() < 0.3 and not c.anon:
            L.append("         ※ 청구인은 %s 진단을 받아 외출이 곤란하다고 주장함" % M("HEALTH_INFO", r.choice(COND)))
    if r.random() < 0.6:
        L.append("%s  %s %s" % ("청구인 대리인", r.choice(["변호사", "행정사", "공인노무사"]), agent.name()))
    L.append("%s  %s" % (sp("피청구인"), gu_head))
    L.append("")
    L.append("위 사건에 관하여 피청구인은 다음과 같이 답변합니다.")
    L.append("")
    L.append(["답 변 취 지", "1. 답변취지", "【답변취지】"][hs])
    L.append(r.choice(["청구인의 청구를 기각한다.", "이 사건 심판청구를 각하한다.", "청구인의 청구를 기각한다.\n라는 재결을 구합니다."]))
    L.append("")
    L.append(["답 변 이 유", "2. 답변이유", "【답변이유】"][hs])
    yy, mm, dd = c.past((2, 8))
    who = "청구인" if corp or c.anon or r.random() < 0.4 else "청구인 " + p.ref()
    L.append("가. 처분의 경위")
    L.append("  1) 피청구인은 %s %s에게 %s을 하였습니다(처분 문서번호 %s)." % (c.d(yy, mm, dd), who, disp, c.docno()))
    L.append("  2) 처분의 근거: %s%s" % (law, " " + statute_amend(r) if r.random() < 0.4 else ""))
    L.append("나. 청구인 주장에 대한 검토")
    L.append("  1) 청구인은 처분 사전통지를 받지 못하였다고 주장하나, %s 사전통지서가 송달되었음이 우편송달보고서로 확인됩니다." % c.d(yy, mm, max(1, dd - 10)))
    L.append("  2) " + c.hardneg())
    if not corp and not c.anon and r.random() < 0.5:
        w = Person(r, foreign_p=0)
        L.append("  3) 현장 단속 당시 참고인 %s(인근 상인)의 진술서에도 위반 사실이 기재되어 있습니다." % w.name())
    L.append("다. 결론")
    L.append("  이 사건 처분은 적법·타당하므로 청구인의 청구는 기각되어야 합니다.")
    L.append("")
    L.append(c.today())
    L.append("피청구인 %s" % gu_head)
    L.append("서울특별시행정심판위원회 귀중")
    d = dict(title=title, text="\n".join(L) + c.footer(), doc_type="행정심판답변서", kind="appeal", has_corp=corp)
    if corp and r.random() < 0.4:
        d["text"] += "\n\n[별첨] 청구인 제출 매출 내역, 원가 자료 및 거래처 단가표 사본 1부 (청구인이 영업비밀로 비공개 요청)"
        d["force"] = ("nonpublic", [7])
    return d

def k_objection(c):
    r = c.rng
    p = c.person()
    topic = r.choice(["과태료", "정보공개", "지방세", "변상금"])
    yy, mm, dd = c.past((1, 3))
    title = r.choice(["이의신청에 대한 결정 통지", "이의신청 결정 통지서", "%s 이의신청 처리 결과 알림" % topic])
    L = [title, ""]
    style = r.choice(["letter", "letter", "kvtable"])
    if style == "letter":
        L.append("수신  %s 귀하" % c.nm(p))
        L.append("      (%s)" % c.addr())
        L.append("제목  %s" % title)
        L.append("")
        L.append("1. 평소 %s 행정에 협조해 주시는 데 감사드립니다." % c.org["name"])
        L.append("2. 귀하께서 %s 제기하신 %s 이의신청에 대하여 아래와 같이 결정하였음을 알려 드립니다." % (c.d(yy, mm, dd), topic))
    else:
        L.append("문서번호: %s" % c.docno())
        L.append("시행일자: %s" % c.today())
    rows = [("신청인", c.nm(p))]
    if r.random() < 0.5: rows.append(("생년월일", c.birth(p)))
    if r.random() < 0.6: rows.append((r.choice(["연락처", "휴대전화", "연락처(이메일)"]), c.contact(p)))
    rows.append(("신청일", c.d(yy, mm, dd)))
    if topic == "과태료":
        rows.append(("차량번호", plate(r) if not c.anon else "**가****"))
        rows.append(("위반일시", c.d(*c.past((2, 4))) + " %02d:%02d" % (r.randint(7, 22), r.randint(0, 59))))
        rows.append(("위반장소", r.choice(["○○역 버스정류장 앞", "○○초등학교 어린이보호구역", "○○로 소화전 주변"])))
        rows.append(("부과금액", won(r.choice([40000, 80000, 120000]))))
    elif topic == "정보공개":
        rows.append(("청구 정보", r.choice(["○○동 재개발구역 주민설명회 회의록", "○○공원 조성공사 설계변경 내역", "소송비용 집행 내역(2024년)"])))
        rows.append(("원처분", "비공개(제9조 제1항 제5호)"))
    elif topic == "지방세":
        rows.append(("세목", r.choice(["재산세", "취득세", "자동차세"])))
        rows.append(("과세대상", c.addr("full") if r.random() < 0.5 else "토지 %d㎡" % r.randint(30, 400)))
    else:
        rows.append(("부과 내역", "공유재산 무단점유 변상금 %s" % won(r.randrange(300000, 9000000, 10))))
    res = r.choice(["기각", "인용", "일부 인용"])
    rows.append(("결정", res))
    why = {"기각": ["원처분 당시 사실관계가 관련 자료로 명백히 확인됨", "신청인이 제출한 자료만으로는 처분을 변경할 사유가 인정되지 않음"],
           "인용": ["사전통지 절차에 하자가 있어 원처분을 취소함", "신청인의 소명이 타당하다고 인정됨"],
           "일부 인용": ["일부 항목은 당해 사유에 해당하지 않아 그 범위에서 원처분을 변경함"]}[res]
    rows.append(("결정 이유", r.choice(why)))
    if style == "kvtable" and r.random() < 0.6:
        L.append(table(r, ["구분", "내용"], [list(x) for x in rows]))
    else:
        L.append(kv(r, rows))
    L.append("")
    L.append(("3. " if style == "letter" else "※ ") + "이 결정에 불복하는 경우 결정 통지를 받은 날부터 90일 이내에 행정심판법 제27조에 따른 행정심판 또는 행정소송법 제20조에 따른 행정소송을 제기할 수 있습니다.")
    if r.random() < 0.5 and not c.anon:
        L.append(("4. " if style == "letter" else "※ ") + "기타 문의사항은 담당자에게 연락 주시기 바랍니다. %s 님의 의견은 정책 개선에 참고하겠습니다." % (p.ref() if p.foreign else P(p.given) if r.random() < 0.5 else p.ref()))
    L.append("")
    L.append("%s  (직인생략)" % c.org["head"])
    return dict(title=title, text="\n".join(L) + c.footer(), doc_type="결정통지", kind="objection")

def k_settlement(c):
    r = c.rng
    p = c.person()
    minor = r.random() < 0.3
    q = Person(r, foreign_p=0, birth_range=(2012, 2020)) if minor else None
    victim = q if minor else p
    yy, mm, dd = c.past((2, 10))
    place = r.choice(["○○근린공원 놀이터", "○○로 보도(○○빌딩 앞)", "○○체육센터 수영장", "○○동 주민센터 계단", "○○천 산책로 데크"])
    inj = r.choice(INJURY)
    amt = r.randrange(1000000, 30000000, 10000)
    title = r.choice(["손해배상 합의서", "합 의 서", "손해배상금 지급 합의서", "%s 안전사고 손해배상 합의서" % place])
    L = [title, ""]
    L.append("%s(이하 \"갑\"이라 한다)와 %s(이하 \"을\"이라 한다)은 %s 발생한 %s 안전사고에 관하여 다음과 같이 합의한다." % (c.org["name"], c.nm(victim), c.d(yy, mm, dd), place))
    L.append("")
    L.append("제1조(사고의 내용) %s %s에서 %s 넘어져 %s의 상해를 입은 사고(이하 \"이 사건 사고\"라 한다)." % (c.d(yy, mm, dd), place, J(c.rf(victim), "이가"), "전치 미상" if c.anon else M("HEALTH_INFO", inj)))
    L.append("제2조(합의금) 갑은 을에게 이 사건 사고로 인한 치료비, 위자료 등 일체의 손해배상금으로 금 %s을 지급한다." % won(amt))
    bank, acct = c.acct()
    holder = victim if not minor else p
    L.append("제3조(지급 방법) 갑은 이 합의서 작성일부터 14일 이내에 을이 지정한 계좌(%s %s, 예금주 %s)로 입금한다." % (bank, acct, c.rf(holder)))
    L.append("제4조(부제소) 을은 이 사건 사고와 관련하여 향후 갑 및 %s 소속 공무원에 대하여 민사·형사상 이의를 제기하지 아니한다." % c.org["name"])
    L.append("제5조(근거) 이 합의는 %s 및 %s에 따른다. %s" % (r.choice(["국가배상법 제5조", "민법 제731조(화해)"]), "%s 영조물배상공제 약관" % r.choice(INSURERS), c.hardneg()))
    L.append("")
    L.append(c.today())
    L.append("")
    L.append("갑  %s" % c.org["name"])
    L.append("    대표자 %s   (직인)" % c.org["head"])
    L.append("    주소 %s" % c.org["addr"])
    L.append("")
    if minor:
        L.append("을  성    명: %s" % c.rf(q))
        L.append("    생년월일: %s" % c.birth(q))
        L.append("    법정대리인(친권자) %s (%s)  (인)" % (c.nm(p), c.rrn(p)))
    else:
        L.append("을  성    명: %s   (서명)" % c.rf(p))
        L.append("    %s: %s" % ("외국인등록번호/여권" if p.foreign else "주민등록번호", c.idno(p)))
    L.append("    주    소: %s" % c.addr())
    L.append("    연 락 처: %s" % c.phone())
    if r.random() < 0.3 and not c.anon:
        L.append("    (자택 %s)" % home_phone(r))
    d = dict(title=title, text="\n".join(L), doc_type="합의서", kind="settlement")
    if r.random() < 0.4 and not c.anon:
        d["force"] = ("nonpublic", [6])
    return d

def k_indemnity(c):
    r = c.rng
    p = c.person()
    yy, mm, dd = c.past((2, 9))
    fac = r.choice(["가로등 1본", "도로 방호울타리 12m", "보행자 무단횡단 방지펜스 8경간", "교통신호 제어기 1대", "버스정류장 승차대", "가로수 보호판 3개소"])
    amt = r.randrange(800000, 25000000, 10)
    official_case = r.random() < 0.12
    title = r.choice(["구상금 청구 안내", "구상금 납부 고지", "시설물 파손 구상금 청구", "구상금 청구서 발송 알림"])
    L = [title, ""]
    if official_case and not c.anon:
        title = "국가배상금 지급에 따른 구상권 행사 검토"
        L = [title, ""]
        L.append("1. 경위")
        L.append("  ○ %s %s 소속 관용차량(%s, 업무용)을 운전하던 운전직 공무원 %s의 교통사고와 관련하여 %s이 피해자 %s에게 배상금 %s을 지급함" %
                 (c.d(yy, mm, dd), c.org["name"], gov_plate(r), p.name(), c.org["name"], Person(r).name(), won(amt)))
        L.append("  ○ 사고 당시 %s의 혈중알코올농도 %.3f%%로 중과실이 인정됨(%s 처분 결과)" % (p.ref(), r.choice([0.031, 0.054, 0.082, 0.118]), r.choice(PROSEC)))
        L.append("2. 검토")
        L.append("  ○ 국가배상법 제2조 제2항에 따라 고의 또는 중과실이 있는 공무원에게 구상 가능")
        L.append("  ○ 구상 대상자: %s (%s, 운전면허 %s)" % (p.ref(), rrn(r, p), license_no(r)))
        L.append("  ○ 구상 금액: %s(배상금 전액), 분할 납부 허용 여부는 감사담당관과 협의" % won(amt))
        L.append("3. 향후 조치: 구상금 납부 고지 및 징계 절차는 별도 진행")
        d = dict(title=title, text="\n".join(L) + c.footer(), doc_type="검토보고", kind="indemnity")
        d["force"] = ("nonpublic", [5, 6])
        return d
    ins = r.choice(INSURERS[:4] + ["(무보험)"])
    style = r.choice(["letter", "kv", "box"])
    items = [("성명(가해자)", c.nm(p)), ("주소", c.addr()), ("차량번호", plate(r) if not c.anon else "(생략)")]
    if r.random() < 0.5: items.append(("운전면허번호", license_no(r) if not c.anon else "**-**-******-**"))
    items += [("사고일시", c.d(yy, mm, dd) + " %02d:%02d경" % (r.randint(0, 23), r.randint(0, 59))),
              ("사고장소", "%s %s" % (c.org["name"], r.choice(["○○로 ○○사거리", "○○교차로 남측", "○○터널 입구"]))),
              ("파손시설", fac), ("구상금액", won(amt)), ("보험사", ins + ("" if ins.startswith("(") else " (사고접수번호 %d%07d)" % (c.year, r.randint(0, 9999999))))]
    if style == "letter":
        L.append("수신: %s 귀하" % c.nm(p))
        L.append("")
        L.append("1. 귀하께서 %s 운전하신 차량(%s)이 %s에 설치된 %s을(를) 충격하여 파손한 사고와 관련입니다." % (c.d(yy, mm, dd), items[2][1], r.choice(["○○로 ○○사거리", "○○교차로", "○○터널 입구"]), fac))
        L.append("2. %s 파손 시설물을 원상복구하였으며, 민법 제750조 및 도로법 제31조에 따라 복구비용 %s을 아래와 같이 청구하오니 기한 내 납부하여 주시기 바랍니다." % (J(c.org["name"], "은는"), won(amt)))
        L.append("")
        L.append(kv(r, items))
    elif style == "box":
        L.append("%s 아래 시설물 파손 건에 대하여 구상금을 청구합니다." % J(c.org["name"], "은는"))
        L.append(table(r, ["항목", "내용"], [list(x) for x in items], "box"))
    else:
        L.append(kv(r, items, "colon_pad"))
    L.append("")
    L.append("■ 납부 기한: %s까지" % c.d(c.year, min(12, c.am + 1), r.randint(1, 28)))
    L.append("■ 납부 계좌: %s 금고 %s (예금주: %s)" % (r.choice(["우리은행", "신한은행"]), "%d-%03d-%06d" % (r.randint(100, 999), r.randint(0, 999), r.randint(0, 999999)), c.org["name"]))
    L.append("■ 보험 처리를 원하시는 경우 가입 보험사에 대물 접수 후 접수번호를 알려 주십시오.")
    if r.random() < 0.5:
        L.append("■ 연락처가 변경된 경우 %s(%s)로 알려 주시기 바랍니다. 가해 운전자 %s 휴대전화 %s로 2회 안내하였으나 연락이 되지 않았음." % (c.dept, c.ophone(), c.rf(p), c.phone()))
    L.append("")
    L.append(c.org["head"])
    return dict(title=title, text="\n".join(L) + c.footer(), doc_type="구상금청구", kind="indemnity")

def k_seizure(c):
    r = c.rng
    kind = r.choice(["채권압류 및 추심명령", "채권가압류", "채권압류 및 전부명령"])
    ct = court(r)[0]
    cn = case_no(r, c.year, "타채" if "압류 및" in kind else "카단")
    corp_debtor = r.random() < 0.3
    emp = (not corp_debtor) and r.random() < 0.3
    debtor = c.person()
    cred_person = r.random() < 0.5
    cred = c.person() if cred_person else None
    cname, cbn = company(r)
    title = r.choice(["%s 접수 통지" % kind, "%s 송달에 따른 지급 보류 요청" % kind, "가압류·압류 결정 접수 및 처리 통보"])
    amt = r.randrange(3000000, 90000000, 1000)
    L = [title, ""]
    L.append("1. %s %s %s 결정 정본이 %s 제3채무자인 %s에 송달되었음을 알려 드립니다." % (ct, cn, kind, c.d(c.year, c.am, max(1, c.ad - 3)), c.org["name"]))
    L.append("")
    crow = (c.nm(cred) + (" (%s)" % c.addr() if r.random() < 0.5 else "")) if cred_person else "%s (대표이사 생략, 사업자등록번호 %s)" % (r.choice(["주식회사 우리캐피탈대부", "○○신용정보(주)", "(주)한빛건설"]), cbn)
    if corp_debtor:
        dn, dbn = company(r)
        drow = "%s (법인등록번호 %s-%07d)" % (dn, "110111", r.randint(0, 9999999))
    else:
        drow = "%s (%s)" % (c.nm(debtor), c.rrn(debtor))
    if emp:
        seized = "채무자가 제3채무자로부터 매월 지급받는 급여 및 상여금 중 제세공과금을 뺀 잔액의 1/2씩 (민사집행법 제246조 범위 내)"
        drow_x = "%s 소속 %s" % (c.org["name"], r.choice(["행정7급", "시설관리공무직", "환경공무관"]))
    else:
        seized = r.choice(["채무자가 제3채무자로부터 지급받을 ○○도로 정비공사 기성금 및 준공금 채권", "채무자가 제3채무자로부터 지급받을 토지 수용 보상금 채권",
                           "채무자가 제3채무자에 대하여 가지는 임대차보증금 반환채권", "채무자가 제3채무자로부터 지급받을 손해배상금 채권"])
        drow_x = None
    rows = [("사건", "%s %s" % (cn, kind)), ("채권자", crow), ("채무자", drow)]
    if drow_x: rows.append(("채무자 소속", drow_x))
    if not corp_debtor: rows.append(("채무자 주소", c.addr()))
    rows += [("제3채무자", "%s (대표자 %s)" % (c.org["name"], c.org["head"])), ("청구금액", won(amt)), ("압류할 채권", seized)]
    style = r.choice(["kv", "box", "tab", "pipe"])
    if style == "kv": L.append(kv(r, rows))
    else: L.append(table(r, [r.choice(["구 분", "항목"]), "내 용"], [list(x) for x in rows], style))
    L.append("")
    L.append("2. 조치 요청")
    L.append("  가. 소관 부서는 위 채권에 대한 지급을 즉시 보류하고, 송달일부터 1주일 이내에 진술최고서에 대한 진술서를 법원에 제출하시기 바랍니다.")
    L.append("  나. 추심권자의 추심 요청 시 채권자 본인 여부 및 %s의 계좌를 확인한 후 지급합니다." % ("추심채권자" if r.random() < 0.5 else "채권자"))
    if cred_person and not c.anon and r.random() < 0.6:
        bank, acct = account(r)
        L.append("     - 추심금 입금 계좌: %s %s (예금주 %s)" % (bank, acct, cred.ref()))
    L.append("  다. 압류 경합 시 민사집행법 제248조 제1항에 따라 집행공탁을 검토합니다.")
    L.append("  라. " + c.hardneg(general=True))
    d = dict(title=title, text="\n".join(L) + c.footer(), doc_type="압류통지", kind="seizure")
    if emp and not c.anon and r.random() < 0.5:
        d["force"] = ("nonpublic", [6])
    return d

CRIMES = [("건축법 위반", "허가 없이 옥상에 조립식 건축물(%d㎡)을 증축한 혐의"), ("개발제한구역의 지정 및 관리에 관한 특별조치법 위반", "개발제한구역 내 토지(%d㎡)의 형질을 무단 변경한 혐의"),
          ("지방재정법 위반(보조금 부정수급)", "허위 인건비 정산서로 보조금 %d만 원을 부정 수급한 혐의"), ("정보통신망법 위반(명예훼손)", "구청 홈페이지 게시판에 담당 공무원에 관한 허위사실 게시글 %d건을 작성한 혐의"),
          ("공무집행방해", "민원실에서 담당 공무원을 폭행하고 업무를 방해한 혐의(피해 %d명)"), ("식품위생법 위반", "영업신고 없이 식품접객업(%d㎡)을 영위한 혐의"),
          ("폐기물관리법 위반", "사업장폐기물 %d톤을 무단 투기한 혐의")]
def k_criminal(c):
    r = c.rng
    multi = r.random() < 0.4
    title = r.choice(["고발사건 처리 결과 보고", "고소·고발 사건 처리 현황", "수사기관 처분 결과 통보에 따른 보고", "%d년 고발사건 처분 결과" % c.year])
    L = [title, ""]
    pending = False
    if multi:
        L.append("□ %s 고발한 사건의 수사기관 처분 결과를 아래와 같이 보고합니다." % J(c.org["head"], "이가"))
        L.append("")
        rows = []
        for i in range(r.randint(3, 5)):
            p = c.person(); crime, desc = r.choice(CRIMES)
            res = r.choice(["구약식(벌금 %d만원)" % r.choice([100, 200, 300, 500]), "기소유예", "혐의없음(증거불충분)", "구공판", "수사 중", "불송치(혐의없음)"])
            rows.append([str(i + 1), c.nm(p) if r.random() < 0.7 else c.nm(p) + " 외 1", crime, r.choice(PROSEC) if "불송치" not in res else r.choice(["관악경찰서", "강서경찰서", "은평경찰서", "송파경찰서"]),
                         "%d형제%d호" % (c.year - r.randint(0, 1), r.randint(1000, 99999)), res])
        L.append(table(r, ["번호", r.choice(["피고발인", "피고발인(위반자)", "대상자"]), "죄명", "처분청", "사건번호", "처분결과"], rows))
        L.append("")
        L.append("□ 조치 계획")
        L.append(" - 기소유예 및 벌금 처분 건은 위반건축물 원상복구 이행 여부를 계속 점검")
        L.append(" - 혐의없음 처분 건은 검찰항고(검찰청법 제10조) 실익을 검토")
    else:
        p = c.person(); crime, desc = r.choice(CRIMES)
        desc = desc % r.randint(10, 900)
        yy, mm, dd = c.past((3, 12))
        pending = r.random() < 0.45
        L.append("1. 고발 개요")
        L.append("  가. 고발인: %s" % c.org["head"])
        L.append("  나. 피고발인: %s (%s, %s)" % (c.nm(p), c.birth(p) + "생" if r.random() < 0.5 else c.rrn(p), c.addr()))
        L.append("  다. 죄명: %s" % crime)
        L.append("  라. 고발 일자: %s (%s 접수)" % (c.d(yy, mm, dd), r.choice(PROSEC)))
        L.append("  마. 고발 요지: 피고발인은 %s" % desc)
        if "정보통신망" in crime and not c.anon:
            L.append("     - 게시글 작성 접속 IP: %s, %s (서버 로그 보존 요청 완료)" % (ip(r), ip(r)))
            L.append("     - 게시자 계정 전자우편: %s" % email(r, p))
        if "공무집행" in crime and not c.anon:
            L.append("     - 피해 공무원: %s (사건 당시 민원 응대 중)" % c.official())
            L.append("     - 목격자: 민원인 %s (연락처 %s)" % (Person(r).name(), mobile(r)))
        L.append("")
        L.append("2. 처리 결과")
        if pending:
            L.append("  ○ 현재 %s에서 수사 진행 중(담당 검사실 비공개)이며, %s 피고발인 조사가 예정되어 있음" % (r.choice(PROSEC), c.d(c.year, min(12, c.am + 1), r.randint(1, 28))))
            L.append("  ○ 수사기관 요청에 따라 관련 자료(현장 사진, 단속 기록)를 추가 제출함")
        else:
            res = r.choice(["구약식 기소(벌금 300만원)", "기소유예", "혐의없음(증거불충분)", "불구속 구공판"])
            L.append("  ○ %s %s 처분(%d형제%d호)" % (c.d(c.year, max(1, c.am - 1), r.randint(1, 28)), res, c.year, r.randint(1000, 99999)))
            L.append("  ○ 처분 이유: %s" % r.choice(["피의사실은 인정되나 원상복구를 완료한 점을 참작", "제출된 증거만으로는 범의를 인정하기 어려움", "동종 전력이 있고 위반 기간이 장기인 점"]))
        L.append("")
        L.append("3. 향후 조치: " + c.hardneg(general=True))
    d = dict(title=title, text="\n".join(L) + c.footer(), doc_type="고발처리보고", kind="criminal")
    if pending:
        d["force"] = ("nonpublic", [4, 6] if not c.anon else [4])
    return d

def k_deposit(c):
    r = c.rng
    ct = r.choice(COURTS[:5])[0]
    dno = "%d금제%d호" % (c.year, r.randint(100, 29999))
    reason = r.choice(["수령 거부", "채권자 불확지(상속인 불명)", "압류 경합", "수용 보상금 수령 거부"])
    amt = r.randrange(2000000, 500000000, 1000)
    dec = c.person()
    heirs = [c.person() for _ in range(r.randint(2, 4))] if "상속" in reason or r.random() < 0.3 else []
    title = r.choice(["공탁 통지서", "공탁금 출급 안내", "%s 공탁 사실 통지" % reason.split("(")[0], "보상금 공탁 통지"])
    L = [title, ""]
    letter = r.random() < 0.5
    if letter and not heirs:
        L.append("%s 귀하" % c.nm(dec))
        L.append("(%s)" % c.addr())
        L.append("")
        L.append("%s 귀하에게 지급할 금원을 아래와 같이 공탁하였으므로 공탁법 제4조 및 공탁규칙에 따라 통지합니다." % c.org["name"])
    else:
        L.append("1. %s %s 사유로 아래와 같이 %s에 공탁하였음을 알려 드립니다." % (J(c.org["name"], "은는"), reason, ct))
    L.append("")
    pairs = [("공탁번호", dno), ("공탁소", "%s 공탁계" % ct), ("공탁일", c.d(c.year, c.am, max(1, c.ad - r.randint(1, 7)))), ("공탁자", "%s (대표자 %s)" % (c.org["name"], c.org["head"])),
             ("공탁금액", won(amt)), ("공탁원인", r.choice(["민법 제487조 변제공탁", "공익사업을 위한 토지 등의 취득 및 보상에 관한 법률 제40조 제2항", "민사집행법 제248조 제1항 집행공탁"]))]
    if heirs:
        pairs.append(("피공탁자", "망 %s의 상속인" % c.nm(dec)))
    else:
        pairs.append(("피공탁자", "%s (%s)" % (c.nm(dec), c.idno(dec))))
    L.append(kv(r, pairs))
    if heirs:
        L.append("")
        L.append(r.choice(["○ 상속인 현황", "[상속인 명세]", "2. 피공탁자(상속인) 현황"]))
        rows = []
        for h in heirs:
            rows.append([r.choice(["배우자", "자", "자", "손자"]), c.nm(h), c.rrn(h), c.addr(), r.choice(["3/9", "2/9", "1/3", "1/2"])])
        L.append(table(r, ["관계", r.choice(["성명", "상속인", "이름"]), "주민등록번호", r.choice(["주소", "주소지", "최후 주소"]), "지분"], rows))
    L.append("")
    L.append("※ 출급 청구 시 공탁통지서, 신분증, 인감증명서를 지참하여 공탁소에 출급청구서를 제출하십시오. (%s 공탁계 02-530-%04d)" % (ct, r.randint(1000, 9999)))
    if not c.anon and r.random() < 0.4:
        L.append("※ 피공탁자 %s 님은 %s 주소로 발송한 통지가 반송되어 %s로 유선 안내함." % (c.rf(heirs[0] if heirs else dec), "종전", c.phone()))
    return dict(title=title, text="\n".join(L) + c.footer(), doc_type="공탁통지", kind="deposit")

def k_state_comp(c):
    r = c.rng
    body = "서울고등검찰청 %s 지구배상심의회" % r.choice(["서울", "서울중앙", "서울남부"])
    multi = r.random() < 0.4
    title = r.choice(["국가배상 심의 결과 보고", "배상신청 사건 심의 결과 통보", "국가배상심의회 배상결정 결과", "%d년 제%d차 배상심의 결과" % (c.year, r.randint(1, 12))])
    L = [title, ""]
    pending = False
    if multi:
        L.append("○ 심의기관: %s (위원장 %s 차장검사 %s)" % (body, "서울고등검찰청", official_name(r)))
        L.append("○ 심의일: %s" % c.today())
        L.append("")
        rows = []
        for i in range(r.randint(3, 6)):
            p = c.person()
            req = r.randrange(500000, 40000000, 10000); dec = int(req * r.choice([0, 0.3, 0.5, 0.6, 0.7, 1.0]) // 10000 * 10000)
            typ = r.choice(["보행 중 낙상", "포트홀 차량 파손", "가로수 낙하", "하수 역류 침수"])
            rows.append(["%d-%04d" % (c.year, r.randint(1, 3000)), c.nm(p), typ, won(req), won(dec) if dec else "기각"])
        L.append(table(r, ["사건번호", r.choice(["신청인", "배상신청인", "청구인"]), "사고유형", "신청액", "결정액"], rows))
        L.append("")
        L.append("○ 결정 금액은 신청인 동의서 접수 후 %s 영조물배상공제(%s)로 지급 처리 예정" % (c.org["name"], "한국지방재정공제회"))
    else:
        p = c.person()
        yy, mm, dd = c.past((3, 12))
        inj = r.choice(INJURY)
        req = r.randrange(2000000, 60000000, 10000)
        parts = [("치료비", r.randrange(300000, 5000000, 1000)), ("위자료", r.choice([1000000, 2000000, 3000000, 5000000])), ("일실수입", r.randrange(0, 8000000, 1000))]
        tot = sum(v for _, v in parts)
        pending = r.random() < 0.35
        L.append(kv(r, [("신청인", c.nm(p)), ("생년월일", c.birth(p)), ("주소", c.addr()), ("연락처", c.contact(p)), ("사고일시", c.d(yy, mm, dd)),
                        ("사고장소", "%s 관내 %s" % (c.org["name"], r.choice(["○○로 보도", "○○공원 산책로", "○○육교 계단"]))), ("신청금액", won(req))]))
        L.append("")
        L.append("1. 사고 경위")
        L.append("   신청인은 보행 중 파손된 보도블록에 걸려 넘어져 %s 진단을 받았다고 주장함." % ("상해" if c.anon else M("HEALTH_INFO", inj)))
        if not c.anon and r.random() < 0.3:
            L.append("   신청인은 기존에 %s 병력이 있어 기왕증 기여도(%d%%)가 고려되었음." % (M("HEALTH_INFO", r.choice(COND[3:] + ["퇴행성 슬관절염"])), r.choice([20, 30, 40])))
        L.append("2. 심의 결과" + (" (심의 진행 중)" if pending else ""))
        if pending:
            L.append("   현장 확인 및 신체감정 결과 회신 대기 중으로, 차회 심의회(%s)에 재상정 예정. 위원 간 과실비율에 관한 의견이 나뉘어 있음." % c.d(c.year, min(12, c.am + 1), r.randint(1, 28)))
        else:
            L.append(table(r, ["항목", "결정액"], [[k, won(v)] for k, v in parts] + [["합계", won(tot)]], r.choice(["pipe", "tab", "box"])))
            L.append("   과실상계: 신청인 과실 %d%% 반영" % r.choice([20, 30, 40]))
            bank, acct = c.acct()
            L.append("3. 지급: 배상금 지급 청구서 접수 후 신청인 명의 계좌(%s %s)로 지급" % (bank, acct))
        if not c.anon and r.random() < 0.3:
            L.append("   ※ 신체감정: %s 감정의 %s (감정료 %s)" % (r.choice(["○○대학교병원", "△△의료원"]), Person(r, foreign_p=0).name(), won(r.choice([300000, 500000, 700000]))))
    L.append("")
    L.append("근거: 국가배상법 제10조, 같은 법 시행령 제11조 " + statute_amend(r))
    d = dict(title=title, text="\n".join(L) + c.footer(), doc_type="배상심의", kind="statecomp")
    if pending:
        d["force"] = ("nonpublic", [5, 6] if not c.anon else [5])
    return d

def k_judgment_final(c):
    r = c.rng
    nm, kind, typ = r.choice(SUITS)
    y = c.year - r.randint(0, 1)
    cn = case_no(r, y, r.choice(["가단", "가합", "나", "구합", "누"]))
    ct = court(r, "구" in cn or "누" in cn)[0]
    p = c.person()
    corp = r.random() < 0.3
    cname = company(r)[0]
    party = cname if corp else c.nm(p)
    win = r.choice(["승소", "패소", "일부 승소", "원고 청구 기각(피고 전부 승소)"])
    yy, mm, dd = c.past((1, 4))
    title = r.choice(["판결 확정 보고", "%s 사건 판결 확정 보고" % cn, "소송사건 판결 확정 및 후속조치 보고", "판결 확정에 따른 조치 계획"])
    L = [title, ""]
    style = r.choice(["memo", "prose", "kv"])
    if style == "prose":
        L.append("1. %s %s 사건(원고 %s, 피고 %s)에 대하여 %s %s 판결이 선고되었고, 쌍방이 상소하지 아니하여 %s 확정되었기에 보고합니다." %
                 (ct, cn + " " + nm, party, c.org["name"], c.d(yy, mm, dd), win, c.d(yy, mm, min(28, dd + 15)) if dd <= 13 else c.d(yy, min(12, mm + 1), r.randint(1, 14))))
        if "기각" in win or win == "승소":
            L.append("2. 주문 요지: 원고의 청구를 기각한다. 소송비용은 원고가 부담한다.")
        elif "일부" in win:
            L.append("2. 주문 요지: 피고는 원고에게 %s 및 지연손해금을 지급하라. 원고의 나머지 청구를 기각한다." % won(r.randrange(1000000, 50000000, 10000)))
        else:
            L.append("2. 주문 요지: 피고는 원고에게 %s 및 이에 대한 지연손해금을 지급하라. 소송비용은 피고가 부담한다." % won(r.randrange(1000000, 50000000, 10000)))
    else:
        pairs = [("사건", "%s %s" % (cn, nm)), ("법원", ct), ("원고", party), ("피고", c.org["name"]), ("선고일", c.d(yy, mm, dd)),
                 ("확정일", c.d(yy, min(12, mm + 1), r.randint(1, 28))), ("결과", win)]
        if not corp and r.random() < 0.5: pairs.insert(3, ("원고 주소", c.addr()))
        if style == "kv": L.append(kv(r, pairs))
        else:
            L.append("□ 사건 개요")
            for k, v in pairs: L.append("  ○ %s: %s" % (k, v))
    L.append("")
    L.append(r.choice(["□ 후속 조치", "3. 후속 조치", "【후속조치】"]))
    if "패소" in win and "일부" not in win or "일부" in win:
        amt = r.randrange(1000000, 60000000, 10)
        bank, acct = c.acct() if not corp else (r.choice(["국민은행", "우리은행"]), "법인계좌(%s 명의)" % cname)
        L.append("  - 판결금 %s(지연손해금 포함) 지급: 원고 %s 계좌 %s %s" % (won(amt), "법인" if corp else "명의", bank, acct))
        L.append("  - 재원: %d년 소송배상금 예산(%s) 집행" % (c.year, "{:,}천원".format(r.randrange(50000, 900000, 1000))))
    else:
        L.append("  - 소송비용액 확정 신청(민사소송법 제110조) 후 원고에게 소송비용 상환 청구")
        if not corp and not c.anon and r.random() < 0.5:
            L.append("  - 원고 %s 송달주소 %s 확인, 휴대전화 %s로 납부 안내 예정" % (p.ref(), address(r), mobile(r)))
    L.append("  - " + c.hardneg())
    L.append("  - 사건 기록은 %s 소송기록 보존 규정에 따라 %s 법무팀 문서고에 보관(%s)" % (c.org["name"], c.org["addr"], c.docno()))
    return dict(title=title, text="\n".join(L) + c.footer(), doc_type="판결확정보고", kind="final", has_corp=corp)

KINDS = [k_case_report, k_response_plan, k_complaint_summary, k_admin_appeal, k_objection, k_settlement,
         k_indemnity, k_seizure, k_criminal, k_deposit, k_state_comp, k_judgment_final]

def make_doc(rng, seed, i):
    anon = rng.random() < 0.2
    c = Ctx(rng, anon)
    k = rng.choice(KINDS)
    d = k(c)
    text, ents = render(d["text"])
    title = strip(d["title"])
    assert text.startswith(title), (title, text[:80])
    if "force" in d:
        grade, grounds = d["force"]
    elif ents:
        grade, grounds = "partial", [6]
    else:
        grade, grounds = "public", []
    return {"id": "%s-%d-%d" % (FAMILY, seed, i), "lang": "ko", "title": title, "department": "%s %s" % (c.org["name"], c.dept),
            "doc_type": d["doc_type"], "approved_at": c.approved(), "drafter": c.drafter, "approver": c.approver,
            "approver_rank": c.approver_rank, "text": text, "entities": ents, "grade": grade, "grounds": grounds}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200); ap.add_argument("--seed", type=int, default=1); ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    docs = [make_doc(rng, a.seed, i) for i in range(a.n)]
    for d in docs:
        for e in d["entities"]:
            assert d["text"][e["start"]:e["end"]] == e["text"]
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs: f.write(json.dumps(d, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
