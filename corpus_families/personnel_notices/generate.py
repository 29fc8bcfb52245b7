#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Python 3 standard library only. Deterministic for a given --seed.
import argparse, json, random, re, sys

# ---------------------------------------------------------------- span markup
# m(label, value) wraps a personal value; render() strips the marks and
# computes offsets, so templates can be plain f-strings.
_O, _S, _C = "\u0001", "\u0002", "\u0003"


def m(label, value):
    value = str(value)
    assert not any(c in value for c in (_O, _S, _C)), value
    return f"{_O}{label}{_S}{value}{_C}"


_MARK = re.compile(_O + "([A-Z_]+)" + _S + "(.*?)" + _C, re.S)


def render(marked):
    out, ents, pos, last = [], [], 0, 0
    for mo in _MARK.finditer(marked):
        plain = marked[last:mo.start()]
        out.append(plain); pos += len(plain)
        val = mo.group(2)
        ents.append({"start": pos, "end": pos + len(val), "label": mo.group(1), "text": val})
        out.append(val); pos += len(val)
        last = mo.end()
    out.append(marked[last:])
    text = "".join(out)
    assert _O not in text and _S not in text and _C not in text
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["text"] == e["text"].strip() and e["text"], e
    return text, ents


# ---------------------------------------------------------------- name pools
SUR1 = ("김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 "
        "유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 "
        "반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 갈 "
        "시 견 당 화 창 옹 국 빙 묵 추 라").split()
SUR2 = "남궁 독고 사공 황보 제갈 선우 서문 동방 망절".split()
GIV2 = ("민준 서연 지훈 하은 도윤 서준 예은 지민 현우 수빈 영수 경숙 순자 미숙 재석 동훈 정희 상철 은주 명자 옥순 태식 "
        "병철 혜진 지영 성민 유진 승현 다은 채원 건우 시우 하율 은서 준호 미경 영호 광수 춘자 말순 덕배 기순 재훈 소연 "
        "보람 한결 나래 슬기 아름 가온 누리 하늘 봄이 종필 판석 윤아 세희 진혁 태윤 규리 연경 상우 형준 민경 정란 혜숙").split()
GIV1 = "혁 준 훈 솔 별 린 율 결 범 담 찬 웅 철 숙 희 진".split()
HANJA = ["洪在錫", "金英洙", "李順子", "朴美淑", "崔東勳", "鄭秀妍", "姜敏俊", "趙炳哲", "尹惠眞", "張成敏",
         "林智英", "韓相哲", "吳恩珠", "徐俊浩", "申美京", "權泰植", "黃甫仁", "南宮敏", "安順姬", "宋知勳"]
FOREIGN_KO = ["응우옌 티 투 항", "왕웨이", "다니엘 로페스", "쿠마르 라지", "사르바르 토시모프", "마리아 산토스",
              "팜 반 득", "리우 양", "아지즈 카리모프", "존 스미스", "에밀리 오코너", "쩐 티 마이", "바트 에르덴",
              "수라폰 분마", "아나 가르시아", "드미트리 이바노프"]
FOREIGN_LA = ["NGUYEN THI THU HANG", "Wang Wei", "Daniel Lopez", "KUMAR RAJ", "Sarvar Toshmatov",
              "Maria Santos", "PHAM VAN DUC", "Liu Yang", "Aziz Karimov", "John Smith", "Emily O'Connor",
              "TRAN THI MAI", "Bat-Erdene Ganbold", "Surapon Boonma", "Ana Garcia", "Dmitry Ivanov"]
MASKED = ["김○수", "이○○", "박**", "A씨", "B씨", "최○희", "정○", "홍*동", "甲", "C모씨"]


def surname(R):
    return R.choice(SUR2) if R.random() < 0.08 else R.choice(SUR1)


def kname(R, style=None):
    """Korean name of a private person in a random written form."""
    s = surname(R)
    g = R.choice(GIV1) if R.random() < 0.1 else R.choice(GIV2)
    r = R.random() if style is None else style
    if r < 0.80:
        return s + g
    if r < 0.88:
        return s + " " + g
    if r < 0.93 and len(g) == 2:
        return s + " " + g[0] + " " + g[1]
    if r < 0.97:
        return R.choice(HANJA)
    return s + g


def any_name(R, foreign=0.08):
    r = R.random()
    if r < foreign / 2:
        return R.choice(FOREIGN_KO)
    if r < foreign:
        return R.choice(FOREIGN_LA)
    return kname(R)


def official_name(R):
    return surname(R) + (R.choice(GIV1) if R.random() < 0.05 else R.choice(GIV2))


def given_only(name):
    if " " in name or not re.fullmatch(r"[가-힣]{3}", name):
        return None
    return name[1:]


# ---------------------------------------------------------------- numbers
def mobile(R):
    a, b = R.randint(2000, 9999), R.randint(1000, 9999)
    mid = "010"
    f = R.random()
    if f < 0.5: return f"{mid}-{a}-{b}"
    if f < 0.62: return f"{mid} {a} {b}"
    if f < 0.74: return f"{mid}{a}{b}"
    if f < 0.84: return f"{mid}.{a}.{b}"
    if f < 0.92: return f"+82-10-{a}-{b}"
    return f"+82 10 {a} {b}"


def home_line(R):
    f = R.random()
    if f < 0.4: return f"02-{R.randint(300, 999)}-{R.randint(1000, 9999)}"
    if f < 0.7: return f"(031){R.randint(200, 999)}-{R.randint(1000, 9999)}"
    return f"0{R.choice(['31', '32', '33', '41', '51', '62'])}-{R.randint(200, 999)}-{R.randint(1000, 9999)}"


def office_line(R):
    f = R.random()
    if f < 0.45: return f"02-2133-{R.randint(1000, 9999)}"
    if f < 0.6: return "120"
    if f < 0.7: return "02-120"
    if f < 0.85: return f"02-{R.choice(['2670', '3153', '2155', '2286', '3425', '2116', '330'])}-{R.randint(1000, 9999)}"
    return f"031-{R.choice(['8045', '228', '390', '940'])}-{R.randint(1000, 9999)}"


def rrn(R, foreign=False, masked=None):
    y = R.randint(40, 99) if R.random() < 0.8 else R.randint(0, 20)
    d = f"{y:02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    if foreign:
        s = R.choice("5678") if y >= 40 else R.choice("78")
    else:
        s = R.choice("12") if y >= 40 else R.choice("34")
    back = s + "".join(str(R.randint(0, 9)) for _ in range(6))
    if masked is None: masked = R.random() < 0.35
    if masked: back = s + "******"
    sep = R.choice(["-", "-", "-", "", " - "])
    return d + sep + back


def birth(R, lo=1940, hi=2005):
    y, mo, d = R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)
    return R.choice([f"{y}. {mo}. {d}.", f"{y}-{mo:02d}-{d:02d}", f"{y}년 {mo}월 {d}일", f"{y}.{mo:02d}.{d:02d}.",
                     f"{str(y)[2:]}.{mo:02d}.{d:02d}"])


def personal_email(R):
    ids = ["hong.gd", "minsu82", "sunny_day", "jiyoung.k", "parkhs71", "dream2go", "mom0412", "kcs1958",
           "lee.jw", "yoonah99", "bluesky7", "tree_house", "hanbit.s", "neo.choi", "star4u", "jjh0707"]
    return R.choice(ids) + str(R.randint(0, 99) if R.random() < 0.4 else "") + "@" + R.choice(
        ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com"])


def official_email(R):
    return R.choice(["safety", "jhkim", "parksm", "insa01", "minwon", "lee2133", "fire119", "hr_team",
                     "cmk", "yoonjh"]) + str(R.randint(1, 99)) + "@" + R.choice(
        ["seoul.go.kr", "seoul.go.kr", "seoul.go.kr", "korea.kr", "korea.kr"])


def account(R):
    bank = R.choice(["국민은행", "신한은행", "우리은행", "하나은행", "농협", "기업은행", "카카오뱅크", "새마을금고"])
    num = R.choice([f"{R.randint(100000, 999999)}-{R.randint(10, 99)}-{R.randint(100000, 999999)}",
                    f"{R.randint(100, 999)}-{R.randint(100000, 999999)}-{R.randint(10000, 99999)}",
                    f"3333-{R.randint(10, 99)}-{R.randint(1000000, 9999999)}",
                    f"{R.randint(1000, 9999)}{R.randint(10000000, 99999999)}"])
    return bank, num


def passport(R):
    return R.choice("MMMSR") + (f"{R.randint(10000000, 99999999)}" if R.random() < 0.6
                                else f"{R.randint(100, 999)}{R.choice('ABCDEFGH')}{R.randint(1000, 9999)}")


def licence(R):
    a = R.randint(11, 28)
    n = f"{R.randint(10, 99)}-{R.randint(100000, 999999)}-{R.randint(10, 99)}"
    return R.choice([f"{a}-{n}", f"{a}-{n}", f"{R.choice(['서울', '경기', '인천', '부산'])} {n}", f"{a}{n.replace('-', '')}"])


HANGUL_PLATE = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주허하호"


def plate(R):
    h = R.choice(HANGUL_PLATE)
    f = R.random()
    if f < 0.35: return f"{R.randint(10, 99)}{h}{R.randint(1000, 9999)}"
    if f < 0.55: return f"{R.randint(100, 399)}{h}{R.randint(1000, 9999)}"
    if f < 0.65: return f"{R.randint(100, 399)}{h} {R.randint(1000, 9999)}"
    if f < 0.8: return f"{R.choice(['서울', '경기', '인천', '부산', '대구'])}{R.randint(10, 99)}{h}{R.randint(1000, 9999)}"
    if f < 0.87: return f"{R.choice(['서울', '경기'])} {R.randint(10, 99)}{h} {R.randint(1000, 9999)}"
    # motorcycle
    reg = R.choice(["서울 관악", "서울관악", "서울 마포", "경기수원", "경기 성남", "서울 강서", "인천 부평"])
    return f"{reg} {R.choice('가나다라마바사')} {R.randint(1000, 9999)}" if " " in reg else f"{reg}{R.choice('가나다라마바사')}{R.randint(1000, 9999)}"


def moto_plate(R):
    reg = R.choice(["서울 관악", "서울관악", "서울 마포", "경기수원", "경기 성남", "서울 강서", "인천 부평", "서울 동작"])
    h = R.choice("가나다라마바사아자")
    return f"{reg} {h} {R.randint(1000, 9999)}" if " " in reg else f"{reg}{h}{R.randint(1000, 9999)}"


# ---------------------------------------------------------------- addresses
GU = ["종로구", "중구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구", "도봉구", "노원구", "은평구",
      "서대문구", "마포구", "양천구", "강서구", "구로구", "금천구", "영등포구", "동작구", "관악구", "서초구", "강남구",
      "송파구", "강동구"]
ROADS = ["월드컵로", "도림로", "난곡로", "봉천로", "신림로", "화곡로", "은평로", "통일로", "망우로", "동일로", "시흥대로",
         "공항대로", "노량진로", "상도로", "왕십리로", "천호대로", "백제고분로", "양재대로", "도곡로", "오목로", "성산로",
         "연희로", "증산로", "수색로", "한천로", "솔매로", "덕릉로", "보문로", "창경궁로", "독산로"]
DONG = ["망원동", "신림동", "봉천동", "화곡동", "불광동", "상계동", "면목동", "장위동", "미아동", "쌍문동", "신정동",
        "구로동", "독산동", "대림동", "사당동", "상도동", "천호동", "길음동", "연남동", "수유동"]
GG = [("경기도", "수원시 팔달구", "매산로"), ("경기도", "성남시 중원구", "둔촌대로"), ("경기도", "고양시 덕양구", "화신로"),
      ("경기도", "부천시", "소사로"), ("인천광역시", "부평구", "부평대로"), ("경기도", "안양시 만안구", "안양로")]
CITY = ["서울특별시", "서울특별시", "서울시", "서울", ""]


def unit(R):
    f = R.random()
    if f < 0.45: return f"{R.randint(101, 120)}동 {R.randint(1, 25)}{R.randint(1, 8):02d}호"
    if f < 0.6: return f"{R.randint(1, 5)}{R.randint(1, 6):02d}호"
    if f < 0.7: return R.choice(["반지하", "지층", "B01호", "B02호", "지하1층", "옥탑방"])
    if f < 0.8: return f"{R.randint(1, 3)}층"
    return ""


def home_address(R):
    f = R.random()
    u = unit(R)
    if f < 0.55:
        c = R.choice(CITY)
        base = f"{c + ' ' if c else ''}{R.choice(GU)} {R.choice(ROADS)}{R.choice(['', str(R.randint(1, 30)) + '길 '])}".rstrip()
        base = f"{base} {R.randint(1, 320)}" + (f"-{R.randint(1, 40)}" if R.random() < 0.4 else "")
    elif f < 0.75:
        c = R.choice(CITY)
        base = f"{c + ' ' if c else ''}{R.choice(GU)} {R.choice(DONG)} {R.randint(1, 999)}-{R.randint(1, 99)}"
    else:
        p, ci, rd = R.choice(GG)
        base = f"{p} {ci} {rd} {R.randint(1, 300)}"
    if u:
        sep = R.choice([", ", " ", " "])
        return base + sep + u
    return base


PUBLIC_BLDG = ["서울특별시 중구 세종대로 110", "서울특별시 중구 덕수궁길 15", "서울특별시 마포구 월드컵로 212",
               "서울특별시 관악구 관악로 145", "서울특별시 강서구 화곡로 302", "서울특별시 영등포구 당산로 123",
               "서울특별시 노원구 노해로 437", "서울특별시 종로구 삼봉로 43", "서울특별시 동작구 장승배기로 161",
               "서울특별시 은평구 은평로 195"]


# ---------------------------------------------------------------- dates
def date_fmt(R, y, mo, d, wd=True):
    W = "월화수목금토일"
    import datetime
    w = W[datetime.date(y, mo, d).weekday()]
    return R.choice([f"{y}. {mo}. {d}.", f"{y}-{mo:02d}-{d:02d}", f"{y}년 {mo}월 {d}일", f"'{str(y)[2:]}.{mo}.{d}.",
                     f"{y}.{mo:02d}.{d:02d}.", f"{y}. {mo}. {d}.({w})" if wd else f"{y}. {mo}. {d}.",
                     f"{y}년 {mo}월 {d}일({w})" if wd else f"{y}년 {mo}월 {d}일"])


def rand_date(R, y=None):
    y = y or R.choice([2025, 2026, 2026])
    return y, R.randint(1, 12), R.randint(1, 28)


def time_fmt(R, h=None, mi=None):
    h = R.randint(0, 23) if h is None else h
    mi = R.randint(0, 59) if mi is None else mi
    ap = "오전" if h < 12 else "오후"
    h12 = h if 1 <= h <= 12 else (h - 12 if h > 12 else 12)
    return R.choice([f"{h:02d}:{mi:02d}", f"{h}시 {mi}분", f"{ap} {h12}시 {mi}분", f"{h:02d}:{mi:02d}경", f"{h}:{mi:02d}"])


def docno(R, dept):
    return R.choice([f"{dept}-{R.randint(1000, 99999)}", f"{dept} 제{R.randint(100, 9999)}호",
                     f"제{R.choice([2025, 2026])}-{R.randint(10, 999)}호"])


STATUTES = ["「재난 및 안전관리 기본법」 제20조", "「119구조·구급에 관한 법률」 제13조", "「도로교통법」 제54조",
            "「교통사고처리 특례법」 제3조", "「어린이놀이시설 안전관리법」 제22조(2019. 1. 15. 개정)",
            "「동물보호법」 제16조", "「화재의 예방 및 안전관리에 관한 법률」 제41조", "「소방기본법」 제30조",
            "「지방공무원법」 제63조", "「지방공무원 징계 및 소청 규정」 제2조", "「지방공무원 복무규정」 제7조",
            "「지방공무원 임용령」 제38조의3", "「기간제 및 단시간근로자 보호 등에 관한 법률」 제4조",
            "「공공기관의 정보공개에 관한 법률」 제9조제1항", "법률 제12345호(2014. 1. 28.)", "대통령령 제32108호",
            "「서울특별시 공무원 표창 조례」 제5조", "「개인정보 보호법」 제23조"]


def footer(R, drafter, reviewer, approver, rank, dept, style=None):
    """Signature block with officials in role (never spans)."""
    s = R.randint(0, 3) if style is None else style
    line = office_line(R)
    if s == 0:
        return (f"\n\n기안자 주무관 {drafter}   검토자 팀장 {reviewer}   결재권자 {rank} {approver}\n"
                f"협조자  \n시행 {docno(R, dept)}   접수  \n우 04524 {R.choice(PUBLIC_BLDG)} / 전화 {line} / {official_email(R)} / 공개구분 {{GRADE}}")
    if s == 1:
        return f"\n\n담당자: {dept} {drafter} 주무관 ({line})\n{rank} {approver}"
    if s == 2:
        return (f"\n\n┌────────┬────────┬────────┐\n│ 담당   │ 팀장   │ {rank:<6}│\n"
                f"│ {drafter:<6}│ {reviewer:<6}│ {approver:<6}│\n└────────┴────────┴────────┘\n문의: {line}")
    return f"\n\n※ 문의: {dept}({drafter}, ☎ {line}, {official_email(R)})"


GRADE_WORD = {"public": "공개", "partial": "부분공개(6)", "nonpublic": "비공개"}


def write_out(docs, path):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            for e in d["entities"]:
                assert d["text"][e["start"]:e["end"]] == e["text"], (d["id"], e)
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def plain(s):
    return _MARK.sub(lambda mo: mo.group(2), s)


def J(s, pair):
    """append the Korean particle that agrees with the last syllable of s (marks and
    a trailing parenthesis ignored). pair: '이/가', '은/는', '을/를', '과/와', '으로/로', '이다/다'"""
    a, b = pair.split("/")
    t = plain(s).rstrip()
    while True:
        t2 = re.sub(r"\([^()]*\)$", "", t).rstrip()
        if t2 == t: break
        t = t2
    ch = t[-1:] if t else ""
    if "가" <= ch <= "힣":
        jong = (ord(ch) - 0xAC00) % 28
        if a == "으로":
            use_a = jong not in (0, 8)
        else:
            use_a = jong != 0
    elif ch.isdigit():
        use_a = ch in "013678"
    else:
        use_a = False
    return s + (a if use_a else b)


def fix_particles(s):
    for x, y in (("씨 씨", "씨"), ("씨씨", "씨"), ("씨님", "씨"), ("씨 어린이", "씨")):
        s = s.replace(x, y)
    return s

# ====================================================================== personnel_notices
FAMILY = "personnel_notices"

GRADES = [("지방행정주사", "6급"), ("지방행정주사보", "7급"), ("지방행정서기", "8급"), ("지방행정서기보", "9급"),
          ("지방행정사무관", "5급"), ("지방시설주사", "6급"), ("지방공업주사보", "7급"), ("지방간호주사", "6급"),
          ("지방세무주사보", "7급"), ("지방사회복지주사", "6급"), ("지방운전주사보", "7급"), ("지방전산서기", "8급"),
          ("지방보건주사", "6급"), ("지방녹지주사보", "7급")]
UNITS = ["총무과", "기획예산과", "자치행정과", "복지정책과", "도시계획과", "세무1과", "세무2과", "건축과", "보건소 건강증진과",
         "청소행정과", "공원녹지과", "교통행정과", "감사담당관", "일자리경제과", "문화체육과", "주택과", "가족정책과"]
DONGS = ["망원1동", "신림동", "봉천동", "화곡본동", "불광2동", "상계3·4동", "면목본동", "장위1동", "미아동", "쌍문2동"]
SICK = ["요추 추간판 탈출증 수술 및 재활치료", "유방암 항암치료", "우울증 치료", "갑상선암 수술", "전방십자인대 파열 수술",
        "공황장애 치료", "뇌경색 후 재활치료", "대장암 수술 후 요양", "회전근개 파열 수술", "만성 신부전(혈액투석)",
        "적응장애 진단에 따른 안정 가료", "경추 골절(교통사고) 입원치료", "고위험 임신(조기진통)으로 입원", "편도선 절제술"]
FAMSICK = ["치매(중등도)", "폐암 4기", "뇌출혈 후 편마비", "파킨슨병", "소아백혈병", "척수손상에 따른 하반신 마비", "말기 간경화"]
MISCON = [("음주운전(혈중알코올농도 0.0{n}%)", True), ("직장 내 괴롭힘", False), ("근무지 무단이탈", False),
          ("개인정보 무단 조회 및 유출", False), ("금품 수수(상품권 {n}0만원)", False), ("성실의무 위반(민원 처리 지연)", False),
          ("품위유지의무 위반", False), ("초과근무수당 부당 수령", False)]
PENALTY = ["견책", "감봉 1월", "감봉 3월", "정직 1월", "정직 3월", "강등", "불문경고", "해임"]
EXTERNAL_ROLE = ["변호사", "○○대학교 행정학과 교수", "노무사", "시민단체 대표", "전직 교장", "공인회계사"]


def off(R, spaced=0.08):
    """official's name (visible) in a random written form."""
    r = R.random()
    n = official_name(R)
    if r < spaced and len(n) == 3:
        return n[0] + " " + n[1:] if R.random() < 0.5 else " ".join(n)
    return n


def gr(R):
    return R.choice(GRADES)


def unit_of(R, gu):
    return R.choice(UNITS) if R.random() < 0.8 else f"{R.choice(DONGS)} 주민센터"


def dt(R, y=None, mo=None, d=None):
    y = y or R.choice([2025, 2026]); mo = mo or R.randint(1, 12); d = d or R.randint(1, 28)
    return date_fmt(R, y, mo, d, wd=R.random() < 0.3)


# ---------------------------------------------------------------- kinds
# Each builder returns a case: title, lead (sentences), hdr, rows, notes (sentences), kv (pairs),
# recipient (marked), grade, grounds. Values in rows / sentences are already marked.

def k_appoint(R, gu, want):
    n = R.randint(3, 9)
    hdr = [R.choice(["발령사항", "발령 내용", "인사발령"]), R.choice(["소속", "현 소속", "부서"]), R.choice(["직급", "직급(직위)", "계급"]),
           R.choice(["성명", "성 명", "이름"]), "비고"]
    rows, notes = [], []
    health = want != "public" and R.random() < 0.75
    for i in range(n):
        g, lv = gr(R)
        kind = R.choice(["전보", "전보", "승진임용", "직무대리", "휴직", "복직", "파견"])
        u = unit_of(R, gu)
        to = unit_of(R, gu)
        note = "-"
        if kind == "휴직":
            if health and R.random() < 0.8:
                pre, post = R.choice([("질병휴직(", ")"), ("휴직 사유: ", ""), ("병가 연장 후 질병휴직, ", ""), ("", " 치료")])
                note = pre + m("HEALTH_INFO", R.choice(SICK)) + post
            else:
                note = R.choice(["육아휴직", "자기개발휴직", "간병휴직", "유학휴직"])
        rows.append([f"{to} {kind}" if kind in ("전보", "파견") else kind, u, f"{g}({lv})", off(R), note])
    if health and not any("\u0001" in r[-1] for r in rows):
        g, lv = gr(R)
        rows.append([R.choice(["휴직", "질병휴직", "병가"]), unit_of(R, gu), f"{g}({lv})", off(R), R.choice(["사유: ", "질병 - ", ""]) + m("HEALTH_INFO", R.choice(SICK))])
    lead = [f"「지방공무원법」 제{R.choice([6, 29, 30, 63])}조에 따라 다음과 같이 인사발령합니다.",
            f"발령일자: {dt(R)}"]
    notes.append(R.choice(["전보자는 발령일 전일까지 업무 인계인수를 완료할 것.", "부임 예정일을 준수하여 주시기 바랍니다.",
                           "인사기록카드 변경 사항은 총무과 인사팀으로 제출 바랍니다."]))
    ents = "HEALTH_INFO" in "".join(r[-1] for r in rows)
    g = "partial" if ents else "public"
    return dict(title=R.choice(["인사발령 통지", f"{gu} 인사발령(제{R.randint(2, 40)}호)", "정기 인사발령 알림", "직원 인사발령"]),
                lead=lead, hdr=hdr, rows=rows, notes=notes, kv=[("발령권자", f"{gu}청장"), ("인원", f"{n}명")],
                recipient=None, grade=g, grounds=[6] if ents else [])


def k_leave(R, gu, want):
    g, lv = gr(R)
    who = off(R)
    u = unit_of(R, gu)
    kind = R.choice(["병가", "질병휴직", "간병휴직", "육아휴직", "병가"])
    start = dt(R); end = dt(R)
    rows, notes, kv = [], [], []
    hdr = [R.choice(["소속", "부서"]), "직급", R.choice(["성명", "신청인", "대상자"]), R.choice(["구분", "종류"]), R.choice(["기간", "휴직기간"]), R.choice(["사유", "사유(진단명)", "비고"])]
    if kind in ("병가", "질병휴직"):
        reason = m("HEALTH_INFO", R.choice(SICK))
        lead = [f"{u} {g} {who}의 {kind} 신청에 대하여 「지방공무원 복무규정」 제18조 및 「지방공무원법」 제63조에 따라 다음과 같이 승인합니다."]
        notes.append(R.choice([f"신청인은 {J(reason, '을/를')} 사유로 {R.choice(['○○병원', '서울대학교병원', '국립암센터', '△△정신건강의학과의원'])} 진단서를 제출하였다.",
                               f"진단서상 병명: {reason}", f"사유: {reason}(진단서 첨부)"]))
        if R.random() < 0.4:
            notes.append(f"휴직 기간 중 비상연락처: {m('PHONE', mobile(R))}" + (f", 주소 {m('ADDRESS', home_address(R))}" if R.random() < 0.5 else ""))
        rows.append([u, f"{g}({lv})", who, kind, f"{start} ~ {end}", reason])
    elif kind == "간병휴직":
        rel = R.choice(["부", "모", "배우자", "자녀", "시모", "장인"])
        fam = kname(R)
        dx = m("HEALTH_INFO", R.choice(FAMSICK))
        lead = [f"{u} {g} {who}이(가) 가족 간병을 위하여 신청한 휴직을 다음과 같이 승인합니다.".replace(f"{who}이(가)", J(who, "이/가"))]
        notes.append(f"간병 대상: {rel} {m('PERSON', fam)}({R.randint(40, 90) if rel not in ('자녀',) else R.randint(3, 15)}세), {dx} 진단")
        if R.random() < 0.4:
            notes.append(f"가족관계증명서 및 {m('PERSON', fam)}의 진단서 각 1부 제출 완료")
        rows.append([u, f"{g}({lv})", who, kind, f"{start} ~ {end}", f"{rel} 간병"])
    else:
        child = kname(R) if R.random() < 0.5 else R.choice(GIV2)
        bd = birth(R, 2019, 2025)
        lead = [f"「지방공무원법」 제63조제2항제4호에 따라 {u} {g} {who}의 육아휴직을 승인합니다."]
        notes.append(R.choice([f"대상 자녀: {m('PERSON', child)} (생년월일 {m('BIRTH_DATE', bd)})",
                               f"자녀 {m('PERSON', child)}({m('BIRTH_DATE', bd)}생) 양육"]))
        rows.append([u, f"{g}({lv})", who, kind, f"{start} ~ {end}", "만 8세 이하 자녀 양육"])
    kv = [("소속", u), ("직급", g), ("성명", who), ("휴직(병가) 종류", kind), ("기간", f"{start} ~ {end}")]
    grade, grounds = ("nonpublic", [6]) if want == "nonpublic" else ("partial", [6])
    return dict(title=R.choice([f"{kind} 승인", f"직원 {kind} 승인 알림", f"{kind} 승인(안)", f"공무원 {kind} 처리 결과"]),
                lead=lead, hdr=hdr, rows=rows, notes=notes, kv=kv,
                recipient=f"{u} {g} {who}", grade=grade, grounds=grounds)


def k_discipline(R, gu, want):
    g, lv = gr(R)
    acc = kname(R)
    u = unit_of(R, gu)
    mis, drunk = R.choice(MISCON)
    mis = mis.format(n=R.randint(3, 9))
    pen = R.choice(PENALTY)
    A = m("PERSON", acc)
    chair = off(R)
    ext = [(kname(R), R.choice(EXTERNAL_ROLE)) for _ in range(R.randint(1, 3))]
    lead = [R.choice([f"징계혐의자 {A}에 대한 징계의결 요구 사건에 관하여 {gu} 인사위원회는 다음과 같이 의결한다.",
                      f"{gu} 인사위원회는 {dt(R)} 제{R.randint(2, 12)}차 회의에서 {u} {g} {A}에 대한 징계 건을 심의·의결하였다."])]
    notes = [f"혐의 사실: {J(A, '은/는')} {dt(R)} {mis}으로 「지방공무원법」 제{R.choice([48, 55, 56, 58])}조를 위반하였다."]
    if drunk:
        notes.append(f"당시 운전 차량은 {J(A, '이/가')} 소유한 승용차({m('VEHICLE_PLATE', plate(R))})이며, 운전면허({m('KR_DRIVER_LICENSE', licence(R))})는 취소되었다.")
    if R.random() < 0.35:
        notes.append(f"혐의자는 {m('HEALTH_INFO', R.choice(['우울증 치료 중', '알코올 사용장애로 치료 중', '공황장애 치료 중', '불면증으로 약물 치료 중']))}임을 진술하였으며 이를 정상참작 사유로 고려하였다.")
    if mis.startswith("직장 내") or R.random() < 0.2:
        vic = kname(R)
        notes.append(f"피해 직원 {m('PERSON', vic)}의 진술서 및 참고인 {m('PERSON', kname(R))}의 확인서를 검토하였다.")
    if R.random() < 0.4:
        notes.append(f"혐의자 인적사항: 생년월일 {m('BIRTH_DATE', birth(R, 1965, 1998))}, 주소 {m('ADDRESS', home_address(R))}")
    notes.append(f"의결 주문: {pen}")
    notes.append(f"위원장 부구청장 {chair}, 위원 " + ", ".join(f"{m('PERSON', n)}({r})" for n, r in ext) + f" 외 {R.randint(2, 4)}명(당연직 국장)")
    hdr = ["소속", "직급", R.choice(["성명", "징계혐의자", "피징계자"]), "혐의", "의결"]
    rows = [[u, f"{g}({lv})", A, mis, pen]]
    kv = [("징계혐의자", A), ("소속", u), ("직급", g), ("징계요구권자", f"{gu}청장"), ("징계 사유", mis), ("의결 주문", pen), ("의결일", dt(R))]
    if want == "nonpublic":
        grade, grounds = "nonpublic", R.choice([[6], [5, 6], [5]])
    else:
        grade, grounds = "partial", [6]
    return dict(title=R.choice(["징계 의결서", "징계의결서", "인사위원회 징계의결 결과", f"징계 의결서({u})"]),
                lead=lead, hdr=hdr, rows=rows, notes=notes, kv=kv, recipient=A, grade=grade, grounds=grounds)


def k_hire(R, gu, want):
    job = R.choice(["2026년도 제1회 지방공무원(일반행정 9급) 임용시험", "기간제근로자(민원안내도우미) 채용", "공무직(환경미화원) 채용",
                    "시간선택제임기제 공무원(가급) 채용", "청년인턴 채용", "기간제근로자(주차단속 보조) 채용"])
    n = R.randint(3, 10)
    masked = want == "public"
    hdr = [R.choice(["응시번호", "수험번호", "접수번호"]), R.choice(["성명", "합격자", "이름", "성 명"]),
           R.choice(["생년월일", "생년월일(YYYY.MM.DD)"]), R.choice(["비고", "분야"])]
    rows = []
    for i in range(n):
        num = f"{R.randint(10, 99)}{R.randint(1000, 9999)}"
        if masked:
            nm = R.choice(MASKED[:3] + ["김○○", "정○원", "최**"]); bd = f"{R.randint(1980, 2004)}.**.**"
        else:
            nm = m("PERSON", any_name(R, 0.05)); bd = m("BIRTH_DATE", birth(R, 1970, 2004)) if R.random() < 0.7 else "-"
        rows.append([num, nm, bd, R.choice(["일반", "장애", "저소득", "-", "보훈"])])
    lead = [f"{job} 최종합격자를 다음과 같이 공고합니다.", f"공고일: {dt(R)}"]
    notes = [f"합격자는 {dt(R)}까지 구청 총무과(서울특별시 {gu} 소재 청사 본관 3층)에 임용서류를 제출하시기 바랍니다.",
             f"문의: 총무과 인사팀 {office_line(R)}, {official_email(R)}"]
    if not masked and R.random() < 0.4:
        x = R.choice(rows)
        notes.append(f"응시번호 {x[0]} {x[1]}님은 추가합격자로서 개별 통지하였음.")
    kv = [("채용분야", job), ("합격인원", f"{n}명"), ("공고번호", f"{gu} 공고 제{R.randint(2025, 2026)}-{R.randint(100, 1999)}호")]
    if want == "nonpublic":
        grade, grounds = "nonpublic", [5]
        notes.append("※ 면접시험 평가가 진행 중인 내부 검토 자료로 최종 확정 전까지 공개하지 않음.")
    else:
        grade, grounds = ("public", []) if masked else ("partial", [6])
    return dict(title=R.choice(["최종합격자 공고", f"{job} 합격자 공고", "채용 합격자 발표", "서류전형 합격자 공고"]),
                lead=lead, hdr=hdr, rows=rows, notes=notes, kv=kv, recipient=None, grade=grade, grounds=grounds)


def k_award(R, gu, want):
    citizens = want != "public"
    hdr = [R.choice(["구분", "분야"]), R.choice(["소속/주소", "소속(거주지)", "소속"]), R.choice(["성명", "표창 대상자", "대상자"]), "공적요지"]
    rows, notes = [], []
    for i in range(R.randint(3, 7)):
        if citizens and R.random() < 0.5:
            nm = any_name(R, 0.08)
            adr = m("ADDRESS", home_address(R)) if R.random() < 0.5 else f"{R.choice(DONGS)} 거주"
            merit = R.choice(["독거어르신 반찬 나눔 봉사 10년", "화재 현장에서 이웃 구조", "통장으로서 주민 화합에 기여",
                              "하천 정화 활동", "결식아동 후원"])
            if R.random() < 0.3:
                merit += f"({m('HEALTH_INFO', R.choice(['지체장애 2급', '시각장애 3급', '청각장애']))}을 극복하고 활동)"
            rows.append(["모범구민", adr, m("PERSON", nm), merit])
            if R.random() < 0.25:
                notes.append(f"{m('PERSON', nm)} 님 연락처 {m('PHONE', mobile(R))} (시상식 참석 안내용)")
        else:
            g, lv = gr(R)
            rows.append(["모범공무원", f"{unit_of(R, gu)} {g}", off(R), R.choice(["적극행정 우수", "재난 대응 유공", "세입 증대 기여", "민원 친절"])])
    lead = [f"「서울특별시 {gu} 포상 조례」 제{R.randint(3, 9)}조에 따라 {dt(R)} 구민의 날 표창 대상자를 다음과 같이 선정합니다."]
    notes.append(f"시상식: {dt(R)} 14:00, 구청 대강당({R.choice(PUBLIC_BLDG)})")
    ents = any("\u0001" in c for r in rows for c in r) or any("\u0001" in x for x in notes)
    grade = "partial" if ents else "public"
    if want == "nonpublic" and ents:
        grade = "nonpublic"
    grounds = {"partial": [6], "public": [], "nonpublic": [5]}[grade]
    if grade == "nonpublic":
        notes.append("※ 공적심사위원회 심의 전 후보자 명단으로 확정되지 않았음.")
    return dict(title=R.choice(["표창 대상자 선정 결과", "구민의 날 유공자 표창 대상자", "표창 수여 대상자 명단", "모범공무원 및 모범구민 표창 계획"]),
                lead=lead, hdr=hdr, rows=rows, notes=notes, kv=[("표창 종류", "구청장 표창"), ("인원", f"{len(rows)}명")],
                recipient=None, grade=grade, grounds=grounds)


def k_contract(R, gu, want):
    nm = any_name(R, 0.08)
    W = m("PERSON", nm)
    foreign = nm in FOREIGN_KO or nm in FOREIGN_LA
    idn = m("KR_FRN" if foreign else "KR_RRN", rrn(R, foreign=foreign))
    adr = m("ADDRESS", home_address(R))
    tel = m("PHONE", mobile(R))
    bank, acct = account(R)
    job = R.choice(["민원안내 보조", "주정차 단속 보조", "공원 환경정비", "방역 소독", "자료 전산화", "어린이집 대체조리원"])
    wage = R.choice(["10,320", "10,030", "11,260"])
    kv = [("사용자", f"서울특별시 {gu}청장"), ("근로자 성명", W), ("주민등록번호" if not foreign else "외국인등록번호", idn),
          ("주소", adr), ("연락처", tel), ("근무장소", f"{gu}청 {unit_of(R, gu)}"), ("업무내용", job),
          ("계약기간", f"{dt(R)} ~ {dt(R)}"), ("임금", f"시간당 {wage}원(서울시 생활임금)"), ("급여 입금계좌", f"{bank} {m('BANK_ACCOUNT', acct)}")]
    if R.random() < 0.3: kv.append(("전자우편", m("EMAIL", personal_email(R))))
    em = m("EMAIL", personal_email(R)) if R.random() < 0.4 else None
    if R.random() < 0.25: kv.append(("비고", f"{m('HEALTH_INFO', R.choice(['지체장애 3급', '청각장애(경증)', '발달장애']))} - 장애인 의무고용 대상"))
    lead = [f"「기간제 및 단시간근로자 보호 등에 관한 법률」 제17조에 따라 다음과 같이 근로계약을 체결한다.",
            f"사용자 서울특별시 {gu}청장(이하 \"갑\")과 근로자 {W}(이하 \"을\")은 아래 조건으로 계약한다."]
    notes = [f"근로시간: 09:00~18:00(휴게 12:00~13:00), 주 5일", f"4대 보험 가입, 예산과목 {R.choice(['기간제근로자 등 보수', '일반운영비'])}({R.randint(10, 90)},{R.randint(100, 999)},000원)",
             f"을은 업무상 알게 된 개인정보를 「개인정보 보호법」에 따라 보호하여야 한다."]
    if em: notes.append(f"급여명세서는 을의 개인 전자우편({em})으로 발송한다.")
    hdr = ["성명", R.choice(["주민등록번호", "생년월일/등록번호", "등록번호"]), "주소", "연락처", "업무", R.choice(["계좌", "입금계좌", "급여계좌(예금주 본인)"])]
    rows = [[W, idn, adr, tel, job, f"{bank} {m('BANK_ACCOUNT', acct)}"]]
    grade, grounds = ("nonpublic", [6]) if want == "nonpublic" else ("partial", [6])
    return dict(title=R.choice(["기간제 근로자 근로계약서", "기간제근로자 채용 및 계약 체결", "근로계약 체결 보고", "표준근로계약서(기간제)"]),
                lead=lead, hdr=hdr, rows=rows, notes=notes, kv=kv, recipient=W, grade=grade, grounds=grounds)


def k_travel(R, gu, want):
    hdr = ["소속", "직급", R.choice(["성명", "출장자", "이름"]), R.choice(["여권번호", "여권번호(관용)"]), "생년월일"]
    drive = R.random() < 0.35
    if drive:
        hdr = ["소속", "직급", R.choice(["성명", "운전원", "지정자"]), "운전면허번호", "면허종별"]
    rows = []
    for i in range(R.randint(2, 5)):
        g, lv = gr(R)
        if drive:
            rows.append([unit_of(R, gu), f"{g}({lv})", off(R), m("KR_DRIVER_LICENSE", licence(R)), R.choice(["1종 보통", "1종 대형", "2종 보통"])])
        else:
            rows.append([unit_of(R, gu), f"{g}({lv})", off(R), m("KR_PASSPORT", passport(R)),
                         m("BIRTH_DATE", birth(R, 1965, 1999)) if R.random() < 0.6 else "-"])
    if drive:
        lead = [f"「{gu} 관용차량 관리 규칙」 제7조에 따라 관용차량 운전원을 다음과 같이 지정합니다."]
        notes = [f"운전원은 매월 차량운행일지를 작성하여 총무과(☎ {office_line(R)})에 제출한다.", "운전면허 정지·취소 시 즉시 신고할 것."]
        title = R.choice(["관용차량 운전원 지정", "관용차 운전원 지정 알림"])
    else:
        city = R.choice(["일본 도쿄도", "독일 프라이부르크", "싱가포르", "베트남 호찌민시", "미국 포틀랜드"])
        lead = [f"{city} {R.choice(['자원순환 정책', '스마트시티', '도시재생', '공공보건'])} 벤치마킹을 위한 공무국외출장을 다음과 같이 명합니다.",
                f"출장기간: {dt(R)} ~ {dt(R)}, 소요예산 {R.randint(8, 40)},{R.randint(100, 999)},000원(국외업무여비)"]
        notes = ["출장자는 귀국 후 30일 이내 결과보고서를 제출하고 구 홈페이지에 공개한다.", "항공권 발권은 여행사 (주)한결투어(사업자등록번호 214-86-12345)를 통함."]
        title = R.choice(["공무국외출장 명령", "국외출장 인사명령", "공무국외출장자 명단"])
    return dict(title=title, lead=lead, hdr=hdr, rows=rows, notes=notes,
                kv=[("명령권자", f"{gu}청장"), ("인원", f"{len(rows)}명")], recipient=None, grade="partial", grounds=[6])


def k_duty(R, gu, want):
    hdr = [R.choice(["근무일", "일자"]), "소속", R.choice(["성명", "근무자", "당직자"]), R.choice(["비상연락처", "휴대전화", "연락처(개인)"])]
    rows = []
    for i in range(R.randint(3, 7)):
        rows.append([dt(R), unit_of(R, gu), off(R), m("PHONE", mobile(R)) if R.random() < 0.85 else office_line(R)])
    lead = [f"「{gu} 당직 및 비상근무 규칙」 제{R.randint(3, 12)}조에 따라 {R.choice(['설 연휴', '추석 연휴', '폭설 대비', '집중호우 대비'])} 비상근무자를 다음과 같이 명합니다."]
    notes = [f"근무장소: 구청 재난안전상황실(☎ {office_line(R)})", "근무자는 개인 휴대전화를 상시 수신 가능 상태로 유지할 것.",
             f"초과근무수당은 예산 범위({R.randint(2, 20)},{R.randint(100, 999)},000원) 내에서 지급"]
    if R.random() < 0.3:
        n2 = off(R)
        notes.append(f"비상소집 시 {n2} 주무관은 자택({m('ADDRESS', home_address(R))})에서 자가용({m('VEHICLE_PLATE', plate(R))})으로 이동 가능")
    ents = any("\u0001" in r[-1] for r in rows) or any("\u0001" in x for x in notes)
    return dict(title=R.choice(["비상근무 명령", "당직근무 명령 알림", "연휴 비상근무자 편성"]), lead=lead, hdr=hdr, rows=rows, notes=notes,
                kv=[("명령권자", f"{gu}청장"), ("인원", f"{len(rows)}명")], recipient=None,
                grade="partial" if ents else "public", grounds=[6] if ents else [])


KINDS = [k_appoint, k_leave, k_discipline, k_hire, k_award, k_contract, k_travel, k_duty]


# ---------------------------------------------------------------- layouts
def tbl_pipe(c):
    s = "| " + " | ".join(c["hdr"]) + " |\n|" + "---|" * len(c["hdr"]) + "\n"
    return s + "".join("| " + " | ".join(r) + " |\n" for r in c["rows"])


def tbl_box(c):
    w = len(c["hdr"])
    s = "┌" + "┬".join(["──────"] * w) + "┐\n│ " + " │ ".join(c["hdr"]) + " │\n├" + "┼".join(["──────"] * w) + "┤\n"
    s += "".join("│ " + " │ ".join(r) + " │\n" for r in c["rows"])
    return s + "└" + "┴".join(["──────"] * w) + "┘\n"


def L_pipe(R, c, head):
    return head + "\n\n" + "\n".join(c["lead"]) + "\n\n" + tbl_pipe(c) + "\n" + "\n".join("※ " + x for x in c["notes"])


def L_box(R, c, head):
    return head + "\n\n□ " + "\n□ ".join(c["lead"]) + "\n\n" + tbl_box(c) + "\n" + "\n".join(" ○ " + x for x in c["notes"])


def L_tsv(R, c, head):
    s = head + "\n" + " ".join(c["lead"]) + "\n\n" + "\t".join(c["hdr"]) + "\n"
    s += "".join("\t".join(r) + "\n" for r in c["rows"])
    return s + "\n" + "\n".join(c["notes"])


def L_bullets(R, c, head):
    b = R.choice(["가.", "1.", "○"])
    s = head + "\n\n1. 근거\n  " + "\n  ".join(c["lead"]) + "\n\n2. 내용\n"
    for i, r in enumerate(c["rows"]):
        lab = "가나다라마바사아자차"[i] + "." if b == "가." else (f"{i + 1})" if b == "1." else "○")
        s += f"  {lab} " + ", ".join(f"{h}: {v}" for h, v in zip(c["hdr"], r) if v != "-") + "\n"
    s += "\n3. 기타\n" + "\n".join("  - " + x for x in c["notes"])
    return s


def L_prose(R, c, head):
    s = head + "\n\n" + " ".join(c["lead"]) + "\n\n"
    for r in c["rows"]:
        s += R.choice(["대상은 ", "", "다음 사람에 대하여 처리한다: "]) + ", ".join(v for v in r if v != "-") + ". "
    return s + "\n\n" + " ".join(c["notes"])


def L_letter(R, c, head, gu):
    rc = c["recipient"] or f"{gu} 각 부서장"
    s = head + f"\n\n수신자: {rc} {R.choice(['귀하', '님', ''])}".rstrip() + f"\n(경유)\n제목: {c['title']}\n\n"
    s += f"1. 귀 {R.choice(['부서', '기관'])}의 무궁한 발전을 기원합니다.\n2. " + " ".join(c["lead"]) + "\n\n"
    s += "\n".join(f"  {'가나다라마바사아자차카타'[i]}. " + x for i, x in enumerate(c["notes"]))
    s += "\n\n" + R.choice(["< 명단 >", "[붙임] 대상자 명단", "아    래"]) + "\n" + (tbl_box(c) if R.random() < 0.5 else tbl_pipe(c))
    s += "\n\n붙임  " + R.choice(["명단 1부.  끝.", "관련 서류 1부.  끝.", "의결서 사본 1부.  끝."])
    return s


def L_kv(R, c, head):
    sep = R.choice([": ", " : ", "：", " | "])
    s = head + "\n\n" + "\n".join(f"{k}{sep}{v}" for k, v in c["kv"]) + "\n\n"
    if len(c["rows"]) > 1:
        s += tbl_pipe(c) + "\n"
    return s + "\n".join(f"- {x}" for x in c["lead"][1:] + c["notes"])


def L_memo(R, c, head):
    s = f"[{R.choice(['내부결재', '메모', '업무연락', '보고'])}] " + head + "\n\n"
    s += "○ " + c["lead"][0] + "\n"
    for r in c["rows"]:
        s += "  · " + " / ".join(v for v in r if v != "-") + "\n"
    return s + "\n".join("○ " + x for x in c["notes"])


LAYOUTS = ["pipe", "box", "tsv", "bullets", "prose", "letter", "kv", "memo"]


def make_doc(R, fam, seed, i):
    r = R.random()
    want = "public" if r < 0.2 else ("nonpublic" if r < 0.31 else "partial")
    gu = R.choice(GU)
    if want == "public":
        kind = R.choice([k_appoint, k_appoint, k_hire, k_award])
    elif want == "nonpublic":
        kind = R.choice([k_discipline, k_discipline, k_leave, k_contract, k_hire, k_award])
    else:
        kind = R.choice(KINDS)
    c = kind(R, gu, want)
    dept = R.choice(["총무과", "행정지원과", "인사과", "자치행정과"]) if kind not in (k_contract,) else R.choice(UNITS)
    drafter, reviewer, approver = official_name(R), official_name(R), official_name(R)
    rank = R.choice(["과장", "과장", "국장", "부구청장", "구청장"] if kind is not k_discipline else ["위원장", "과장", "부구청장"])
    lay = R.choice(LAYOUTS)
    head = R.choice(["", f"서울특별시 {gu}\n", f"{gu}청 {dept}\n", f"{docno(R, dept)}\n"]) + c["title"]
    if lay == "letter":
        body = L_letter(R, c, head, gu)
    else:
        body = globals()["L_" + lay](R, c, head)
    # hard negatives shared by all
    hn = R.sample([f"근거: {R.choice([x for x in STATUTES if '공무원' in x or '근로자' in x or '정보공개' in x or '제12345호' in x])}", f"인사 관련 문의는 인사팀장 {off(R)}(☎ {office_line(R)})에게 하시기 바랍니다.",
                   f"{gu}의회 {R.choice(['의장', '운영위원장', '의원'])} {off(R)} 참석 예정.", "본 문서는 정보공개 대상 여부 검토를 위하여 작성됨.",
                   "장애인 공무원 편의 지원 사항은 별도 안내.", f"예산: 인건비 {R.randint(100, 900)},{R.randint(100, 999)},000원",
                   f"당해 연도 인사운영 기본계획({dt(R)} 시행)에 의함.", f"서명부 및 인계인수서는 {official_email(R)}로 송부."],
                  R.randint(1, 3))
    body += "\n\n" + "\n".join("※ " + x for x in hn)
    ft = footer(R, drafter, reviewer, approver, rank, dept)
    grade, grounds = c["grade"], c["grounds"]
    gw = {"public": "공개", "partial": "부분공개(6)", "nonpublic": "비공개(" + ",".join(map(str, grounds)) + ")"}[grade]
    text, ents = render(fix_particles(body + ft.replace("{GRADE}", gw)))
    if grade == "public":
        assert not ents, (c["title"], ents)
    if grade == "partial":
        assert ents, c["title"]
    y, mo, d = rand_date(R)
    return {"id": f"{fam}-{seed}-{i}", "lang": "ko", "title": c["title"], "department": f"{gu} {dept}",
            "doc_type": {k_appoint: "인사발령", k_leave: "복무(휴직·병가)", k_discipline: "징계의결서", k_hire: "채용공고",
                         k_award: "표창", k_contract: "근로계약", k_travel: "인사명령", k_duty: "복무명령"}[kind],
            "approved_at": f"{y}-{mo:02d}-{d:02d}", "drafter": drafter, "approver": approver,
            "approver_rank": rank, "text": text, "entities": ents, "grade": grade, "grounds": grounds}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    R = random.Random(a.seed)
    docs = [make_doc(R, FAMILY, a.seed, i) for i in range(1, a.n + 1)]
    write_out(docs, a.out)
    print(f"wrote {len(docs)} docs to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
