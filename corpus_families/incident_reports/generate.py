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

# ====================================================================== incident_reports
FAMILY = "incident_reports"

INJ = ["좌측 대퇴골 경부 골절", "우측 손목 골절", "요추 압박골절", "경추 염좌", "뇌진탕", "안면부 열상",
       "두피 열상(약 5cm)", "좌측 발목 인대 파열", "늑골 2개 골절", "양손 2도 화상", "하지 3도 화상",
       "연기 흡입에 의한 호흡곤란", "일산화탄소 중독 의심 증상", "전신 타박상", "쇄골 골절", "우측 상완골 골절",
       "치아 2개 파절", "외상성 경막하출혈", "무릎 찰과상", "골반 골절", "경추 및 요추 염좌", "고관절 골절",
       "턱 부위 열상", "좌측 정강이 골절"]
BITE = ["우측 전완부 교상", "종아리 교상 및 열상", "왼손 검지 교상", "허벅지 교상(깊이 약 2cm)", "안면부 교상"]
COND = ["우울증 치료 중", "치매 진단을 받은 상태", "지체장애 2급", "뇌병변장애", "당뇨병 및 고혈압 병력",
        "파킨슨병", "뇌전증 병력", "시각장애 1급", "알코올 사용장애로 치료 중", "공황장애 치료 중",
        "심근경색 수술 이력", "조현병 치료 중", "골다공증", "청각장애"]
SEV = ["경상", "중상", "부상 없음", "경미한 부상", "단순 타박(현장 조치)"]
HOSP = ["서울대학교병원", "서울특별시 보라매병원", "국립중앙의료원", "한양대학교병원", "고려대학교 구로병원", "이대목동병원",
        "강북삼성병원", "서울특별시 서남병원", "연세대학교 세브란스병원", "중앙대학교병원", "순천향대학교 서울병원"]
STATION = ["관악", "마포", "강서", "노원", "영등포", "동작", "은평", "송파", "구로", "성북"]
COMP = ["(주)한빛건설", "㈜대성종합건설", "(주)미래놀이시설", "동해산업(주)", "(주)서울안전기술", "㈜청솔조경",
        "(유)다온시설관리", "(주)한성엔지니어링"]
INS = ["삼성화재해상보험", "현대해상화재보험", "DB손해보험", "KB손해보험", "한화손해보험", "메리츠화재"]
DEPTS = ["안전총괄과", "재난안전과", "도로관리과", "공원녹지과", "교통행정과", "동물보호과", "어르신복지과",
         "주택과", "건설안전과", "아동청소년과", "소방행정과", "119종합상황실"]
KDEPT = {"safety": ["건설안전과", "안전총괄과", "재난안전과"], "fire": ["재난안전과", "소방행정과", "119종합상황실"],
         "traffic": ["교통행정과", "도로관리과", "교통지도과"], "ems": ["119종합상황실", "구급관리팀", "보건소 보건행정과"],
         "fall": ["어르신복지과", "장애인복지과", "복지정책과"], "playground": ["공원녹지과", "아동청소년과", "안전총괄과"],
         "bite": ["동물보호과", "지역경제과", "재난안전과"]}
HN = ["사고 조사를 위하여 현장 사진 12매를 첨부함.", "장애인 편의시설 유지·관리 상태도 함께 점검하였다.",
      "당해 시설의 소유자는 {gu}(구유재산)이다.", "주민 서명부(정비 요청) 1부는 별도 보관한다.",
      "부모 교육 안내문을 관내 어린이집에 배포할 예정이다.", "유지보수 업체 선정은 「지방자치단체를 당사자로 하는 계약에 관한 법률」에 따른다.",
      "소유한 차량이 없는 세대에 대한 안내를 강화한다.", "정비 완료 예정일은 {d}이다.",
      "{gu}청 재난안전대책본부 및 서울특별시청(중구 세종대로 110) 상황판에 게시함.", "안내 전화: 다산콜 120, 구청 당직실 {ol}",
      "관용차량(전기차)으로 현장 이동, 유류비 {won}원 지출.", "전 직원 대상 안전교육 실시 결과는 {mail}로 제출."]


def hard_neg(R, c):
    out = []
    for h in R.sample(HN, R.randint(1, 3)):
        out.append(h.format(gu=c["gu"], d=d_(R, c), bldg=R.choice(PUBLIC_BLDG), ol=office_line(R),
                            won=f"{R.randint(10, 99)},{R.randint(100, 999)}", mail=official_email(R)))
    return "\n\n□ 참고\n" + "\n".join(" - " + x for x in out)


KINDS = ["safety", "fire", "traffic", "ems", "fall", "playground", "bite"]
KIND_TITLE = {"safety": ["안전사고 발생 보고", "공사현장 안전사고 발생 보고", "시설물 안전사고 경위 보고"],
              "fire": ["화재 발생 보고", "주택화재 발생 상황보고", "화재 발생 및 조치 결과 보고"],
              "traffic": ["교통사고 처리 결과 보고", "관내 교통사고 발생 보고", "교통사고 처리 현황"],
              "ems": ["119 구급 이송 결과 보고", "구급 출동 및 이송 현황", "119 이송 처리 보고"],
              "fall": ["시설 내 낙상사고 발생 보고", "복지관 이용자 낙상사고 보고", "경로당 낙상사고 경위서"],
              "playground": ["어린이놀이시설 사고 발생 보고", "놀이터 안전사고 보고", "놀이시설 사고 조치 결과"],
              "bite": ["개물림 사고 발생 보고", "동물 물림사고 처리 결과", "개물림 사고 경위 및 조치 보고"]}
PLACES = {"safety": ["○○근린공원 정비공사 현장", "○○동 주민센터 리모델링 공사장", "구민체육센터 지하주차장",
                     "보행로 정비공사 구간", "하수관로 정비 공사 현장", "구립도서관 외벽 보수 현장"],
          "fire": ["다세대주택", "단독주택", "아파트", "다가구주택", "상가주택", "연립주택"],
          "traffic": ["○○사거리", "○○초등학교 앞 어린이보호구역", "○○로 ○○역 방면 편도 2차로", "○○시장 입구 교차로",
                      "○○대교 남단 램프", "이면도로(○○길)"],
          "ems": ["자택", "○○역 승강장", "○○공원 산책로", "○○시장 내", "○○동 버스정류장", "구립체육센터 수영장"],
          "fall": ["○○노인종합복지관 2층 계단", "○○경로당 화장실", "○○장애인복지관 식당", "구립 ○○요양원 복도",
                   "○○종합사회복지관 프로그램실", "주간보호센터 현관"],
          "playground": ["○○어린이공원 놀이터", "○○아파트 단지 내 놀이터", "○○근린공원 조합놀이대", "구립 ○○어린이집 놀이터",
                         "○○초등학교 인근 소공원 그네"],
          "bite": ["○○공원 산책로", "○○동 골목길", "○○아파트 단지 내", "○○천 산책로", "○○동 주택가 이면도로"]}


class P:
    """A private person in the case."""

    def __init__(self, R, role, masked=False, foreign=0.06, child=False, old=False):
        self.role = role
        self.masked = masked
        self.raw = R.choice(MASKED) if masked else any_name(R, foreign)
        self.foreign = (self.raw in FOREIGN_KO or self.raw in FOREIGN_LA)
        self.age = R.randint(3, 11) if child else (R.randint(68, 93) if old else R.randint(19, 79))
        self.sex = R.choice(["남", "여"])
        self.addr = self.phone = self.rrn = self.plate = self.lic = self.birth = self.email = None
        self.inj = self.cond = None

    def n(self):
        return self.raw if self.masked else m("PERSON", self.raw)

    def short(self):
        """given-name-only reference when natural (children, residents)."""
        if self.masked: return self.raw
        g = given_only(self.raw)
        return m("PERSON", g) if g else m("PERSON", self.raw)

    def ref(self, R):
        # a later reference with honorific / particle glued on
        if self.masked: return self.raw
        return R.choice([self.n() + " 씨", self.n() + "님", self.n() + "씨", self.n()])


def opt(x, f):
    return f(x) if x else ""


def make_case(R, grade):
    kind = R.choice(KINDS)
    masked = grade == "public"
    c = {"kind": kind, "grade": grade}
    c["date"] = rand_date(R)
    c["h"], c["mi"] = R.randint(0, 23), R.randint(0, 59)
    gu = R.choice(GU)
    c["gu"] = gu
    c["place"] = R.choice(PLACES[kind])
    st = {"중구": "중부"}.get(gu, gu[:-1])
    c["station"] = st
    c["fire_off"] = f"{R.choice(['소방장', '소방교', '소방위', '소방사'])} {official_name(R)}"
    c["police_off"] = f"{R.choice(['경위', '경사', '경장', '순경', '경감'])} {official_name(R)}"
    c["ward_off"] = f"{R.choice(['주무관', '팀장', '과장'])} {official_name(R)}"
    c["company"] = R.choice(COMP)
    c["brn"] = f"{R.randint(100, 899)}-{R.randint(10, 99)}-{R.randint(10000, 99999)}"
    c["comp_tel"] = f"02-{R.randint(500, 999)}-{R.randint(1000, 9999)}"
    c["hosp"] = R.choice(HOSP)
    people = []
    old = kind in ("fall",)
    child = kind == "playground"
    v = P(R, {"safety": "부상자", "fire": "거주자", "traffic": "피해자", "ems": "환자", "fall": "이용자",
              "playground": "피해아동", "bite": "피해자"}[kind], masked, child=child, old=old or (kind == "ems" and R.random() < 0.4))
    if not masked:
        if kind in ("fire", "ems"):
            v.addr = f"{R.choice(['서울특별시 ', '서울시 ', ''])}{gu} {R.choice(ROADS)}{R.choice(['', str(R.randint(1, 30)) + '길'])} {R.randint(1, 320)}" + (" " + unit(R)).rstrip()
        elif kind in ("fall", "playground", "bite") or R.random() < 0.5:
            v.addr = home_address(R)
        if R.random() < 0.75:
            v.phone = home_line(R) if R.random() < 0.15 else mobile(R)
        if kind in ("ems", "traffic", "fall") and R.random() < 0.45:
            v.rrn = rrn(R, foreign=v.foreign)
        elif R.random() < 0.25:
            v.birth = birth(R, 2026 - v.age - 1, 2026 - v.age)
        if kind == "bite":
            v.inj = R.choice(BITE)
        elif kind == "fire":
            v.inj = R.choice(["연기 흡입에 의한 호흡곤란", "양손 2도 화상", "하지 3도 화상", "일산화탄소 중독 의심 증상", "안면부 1도 화상"])
        else:
            v.inj = R.choice(INJ)
        if R.random() < 0.4 or kind == "fall":
            v.cond = R.choice(COND)
    people.append(v)
    if child:
        g = P(R, "보호자", masked)
        g.rel = R.choice(["모", "부", "조모", "모(母)"])
        if not masked:
            g.phone = mobile(R)
            if R.random() < 0.3: g.email = personal_email(R)
        people.append(g)
    if kind == "fall" or (kind == "ems" and R.random() < 0.5):
        g = P(R, "보호자", masked)
        g.rel = R.choice(["아들", "딸", "배우자", "며느리", "손자"])
        if not masked: g.phone = mobile(R)
        people.append(g)
    if kind == "traffic":
        d = P(R, "가해차량 운전자", masked)
        if not masked:
            d.plate = plate(R)
            d.lic = licence(R) if R.random() < 0.6 else None
            d.phone = mobile(R)
            if R.random() < 0.4: d.addr = home_address(R)
        else:
            d.plate = None
        people.append(d)
        if not masked:
            if R.random() < 0.5:
                v.plate = moto_plate(R) if R.random() < 0.5 else plate(R)
                v.role = "피해차량 운전자" if not v.plate.startswith(("서울 관악", "서울관악", "서울 마포", "경기수원", "경기 성남", "서울 강서", "인천 부평", "서울 동작")) else "피해 이륜차 운전자"
    if kind == "bite":
        o = P(R, "견주", masked)
        if not masked:
            o.addr = home_address(R)
            o.phone = mobile(R)
        o.dog = R.choice(["진돗개 혼종", "풍산개", "로트와일러", "믹스견(중형)", "시베리안 허스키", "도사견", "웰시코기"])
        people.append(o)
    if kind == "fire" and not masked and R.random() < 0.5:
        o = P(R, "건물 소유자")
        o.phone = mobile(R)
        people.append(o)
    if R.random() < 0.6:
        w = P(R, R.choice(["목격자", "신고자", "최초 신고자"]), masked, foreign=0.1)
        if not masked:
            w.phone = mobile(R)
            if R.random() < 0.3: w.addr = home_address(R)
        people.append(w)
    if kind == "safety" and R.random() < 0.5:
        s = P(R, "현장대리인")  # company employee, private capacity
        if not masked: s.phone = mobile(R)
        else: s = None
        if s: people.append(s)
    c["people"] = people
    c["dmg"] = "없음" if kind in ("ems", "fall", "bite", "playground") else R.choice(["약 1,200만원", "약 350만원", "조사 중", "약 4,800만원", "경미", "약 90만원"])
    return c


def d_(R, c):
    y, mo, d = c["date"]
    return date_fmt(R, y, mo, d)


def t_(R, c):
    return time_fmt(R, c["h"], c["mi"])


def loc(R, c):
    return f"{c['gu']} {c['place']}"


def fire_unit(R, c):
    return f"{c['station']}소방서 {R.choice(['119안전센터', '119구급대', '119구조대', '현장대응단'])}"


def police(R, c):
    return f"{c['station']}경찰서 {R.choice(['교통조사계', '형사과', '지구대', '112상황실'])}"


def person_line(R, p, style="prose"):
    """Describe one person with all identifiers, prose style."""
    bits = [f"{p.role} {p.n()}({p.age}세, {p.sex})"]
    if getattr(p, "rel", None):
        bits[0] = f"{p.role}({p.rel}) {p.n()}"
    if p.rrn: bits.append(f"주민등록번호 {m('KR_FRN' if p.foreign else 'KR_RRN', p.rrn)}")
    if p.birth: bits.append(f"생년월일 {m('BIRTH_DATE', p.birth)}")
    if p.addr: bits.append(R.choice(["주소 ", "거주지 ", "", "주소지: "]) + m("ADDRESS", p.addr))
    if p.phone: bits.append(R.choice(["연락처 ", "☎ ", "휴대전화 ", "HP "]) + m("PHONE", p.phone))
    if p.email: bits.append("이메일 " + m("EMAIL", p.email))
    if p.plate: bits.append(R.choice(["차량번호 ", "", "차번 "]) + m("VEHICLE_PLATE", p.plate))
    if p.lic: bits.append("운전면허번호 " + m("KR_DRIVER_LICENSE", p.lic))
    return ", ".join(bits)


def injury_sentence(R, c, p):
    if p.masked or not p.inj:
        return f"{J(p.raw, '은/는')} {J(R.choice(SEV), '으로/로')} 확인되었다." if p.masked else ""
    h = c["hosp"]
    s = R.choice([
        f"{J(p.ref(R), '은/는')} {J(h, '으로/로')} 이송되어 {m('HEALTH_INFO', p.inj)} 진단을 받았으며 현재 입원 치료 중이다.",
        f"{h} 응급실 진료 결과 {J(m('HEALTH_INFO', p.inj), '으로/로')} 전치 {R.randint(2, 12)}주 진단이 나왔다.",
        f"피해자는 {J(m('HEALTH_INFO', p.inj), '으로/로')} {h}에서 수술을 받았음.",
        f"{p.ref(R)}께서는 {m('HEALTH_INFO', p.inj)} 소견으로 {h}에 입원하셨습니다.",
        f"현장 응급처치 후 {J(h, '으로/로')} 이송하였으며, {J(m('HEALTH_INFO', p.inj), '이/가')} 확인됨.",
    ])
    if p.cond:
        s += " " + R.choice([
            f"평소 {J(m('HEALTH_INFO', p.cond), '이었던/였던')} 것으로 가족 진술을 통해 확인되었다.",
            f"보호자에 따르면 {J(p.ref(R), '은/는')} {J(m('HEALTH_INFO', p.cond), '이라고/라고')} 한다.",
            f"(기저질환: {m('HEALTH_INFO', p.cond)})",
            f"또한 {J(m('HEALTH_INFO', p.cond), '으로/로')} 거동이 불편한 상태였음.",
        ])
    return s


def narrative(R, c):
    """Kind-specific course of events (경위), marked."""
    k = c["kind"]; ps = c["people"]; v = ps[0]
    when = f"{d_(R, c)} {t_(R, c)}"
    where = loc(R, c)
    other = {p.role: p for p in ps[1:]}
    out = []
    if k == "fire":
        addr = m("ADDRESS", v.addr) if v.addr else f"{c['gu']} 소재 {c['place']}"
        out.append(f"{when} {addr} {c['place']}{R.choice(['에서', ' 내부에서', '의 주방에서'])} 화재가 발생하였다."
                   if v.addr else f"{when} {addr}에서 화재가 발생하였다.")
        out.append(f"{fire_unit(R, c)} 선착대({c['fire_off']})가 {R.randint(4, 9)}분 만에 도착하여 {R.randint(15, 70)}분 만에 완진하였다.")
        out.append(f"발화 추정 원인은 {R.choice(['전기적 요인(멀티탭 과열)', '부주의(음식물 조리 중 방치)', '담배꽁초', '원인 미상(감식 중)', '전기장판 과열'])}이며 재산피해는 {c['dmg']}으로 추산된다.")
        if not v.masked:
            out.append(f"거주자 {J(v.n() + f'({v.age}세)', '은/는')} {R.choice(['스스로 대피하였으나', '이웃 주민의 도움으로 대피하였으나', '구조대에 의해 구조되었으나'])} 병원으로 이송되었다.")
        else:
            out.append(f"거주자 {J(v.raw + f'({v.age}세)', '은/는')} 자력 대피하였다.")
        if "건물 소유자" in other:
            o = other["건물 소유자"]
            out.append(f"건물 소유자 {o.n()}에게 {J(m('PHONE', o.phone), '으로/로')} 연락하여 피해 상황을 알렸다.")
    elif k == "traffic":
        d = other.get("가해차량 운전자")
        dp = f"({m('VEHICLE_PLATE', d.plate)})" if d and d.plate else ""
        vp = f"({m('VEHICLE_PLATE', v.plate)})" if v.plate else ""
        veh = R.choice(["승용차", "SUV 차량", "1톤 화물차", "승합차"])
        if d:
            out.append(f"{when} {where}에서 {d.n()}{R.choice(['이 운전하던', ' 씨가 운전하는', '(가해)의'])} {veh}{dp}가 "
                       f"{R.choice(['횡단보도를 건너던', '신호 대기 중이던', '우회전하던 중 직진하던', '정차 중이던'])} "
                       f"{v.role.replace('피해자', '보행자')} {v.n()}{vp}{R.choice(['을(를) 충격하였다.', '과 충돌하였다.', '를 들이받았다.'])}")
        out.append(f"사고 접수 후 {police(R, c)} {J(c['police_off'], '이/가')} 현장에 출동하였고, 도로관리과 {J(c['ward_off'], '이/가')} 시설물 피해를 확인하였다.")
        out.append(f"가해차량은 {R.choice(INS)}에 종합보험 가입되어 있어 「교통사고처리 특례법」 제4조에 따라 처리 예정이다.")
    elif k == "ems":
        out.append(f"{when} {R.choice(['119종합상황실로', '119로', '112 공조를 통해'])} 신고가 접수되어 {fire_unit(R, c)}가 출동하였다.")
        place = m("ADDRESS", v.addr) if (c["place"] == "자택" and v.addr) else where
        out.append(f"{place}에서 {R.choice(['의식 저하 상태로 쓰러져 있던', '호흡곤란을 호소하던', '넘어져 머리를 다친', '가슴 통증을 호소하던'])} "
                   f"{J(v.n() + f'({v.age}세, {v.sex})', '을/를')} {J(c['hosp'], '으로/로')} 이송하였다.")
        out.append(f"구급대원 {J(c['fire_off'], '이/가')} 현장 응급처치를 실시하였다.")
    elif k == "fall":
        out.append(f"{when} {where}에서 이용자 {v.n()}({v.age}세) 어르신이 {R.choice(['계단을 내려오다 미끄러져', '젖은 바닥에서 넘어져', '의자에서 일어나다 중심을 잃고'])} 넘어졌다.")
        out.append(f"시설 종사자가 즉시 119에 신고하였고 {fire_unit(R, c)}가 {J(c['hosp'], '으로/로')} 이송하였다.")
        g = other.get("보호자")
        if g and not g.masked:
            out.append(f"보호자({g.rel}) {g.n()}에게 {t_(R, c)} 유선({m('PHONE', g.phone)})으로 사고 사실을 통보하였다.")
    elif k == "playground":
        nm = v.short()
        out.append(f"{when} {where}에서 {nm}{R.choice(['(이)가', '이가', '가', ' 어린이가'])} {R.choice(['미끄럼틀 상단 난간 틈새로 추락', '그네 체인 고리 이탈로 낙하', '조합놀이대 발판 파손 부위에 발이 빠져 넘어짐', '시소 손잡이 볼트 돌출부에 부딪힘'])}하는 사고가 발생하였다.")
        out.append(f"해당 놀이시설은 {c['company']}(사업자등록번호 {c['brn']})이 설치·관리하고 있으며, 「어린이놀이시설 안전관리법」에 따른 정기시설검사({R.choice(['2024. 5. 14.', '2025-06-02', '2023년 11월 7일'])})를 받은 시설이다.")
        g = other.get("보호자")
        if g and not g.masked:
            out.append(f"보호자 {J(g.n() + f'({g.rel})', '은/는')} 현장에서 {R.choice(['관리사무소에', '구청 당직실(02-2133-0000)에', '120다산콜재단에'])} 사고를 신고하였다.")
    elif k == "bite":
        o = other.get("견주")
        out.append(f"{when} {where}에서 {'견주 ' + J(o.n(), '이/가') + ' 데리고 나온 ' if o else ''}{J(getattr(o, 'dog', '중형견'), '이/가')} 목줄 없이 "
                   f"산책 중이던 {J(v.n() + f'({v.age}세)', '을/를')} 물었다.")
        if o and not o.masked:
            out.append(f"견주 {o.n()}의 주소는 {J(m('ADDRESS', o.addr), '으로/로')} 확인되었으며, 「동물보호법」 제16조(목줄 착용 의무) 위반으로 과태료 부과를 검토 중이다.")
        out.append(f"{police(R, c)} {J(c['police_off'], '과/와')} 동물보호과 {J(c['ward_off'], '이/가')} 현장을 확인하였다.")
    else:  # safety
        out.append(f"{when} {where}에서 {c['company']} 소속 작업자 {J(v.n() + f'({v.age}세)', '이/가')} {R.choice(['비계 2단에서 추락', '자재 운반 중 낙하물에 맞음', '굴착기 후진 중 협착', '사다리에서 미끄러짐'])}하는 사고가 발생하였다.")
        out.append(f"시공사 {c['company']}(대표전화 {c['comp_tel']}, 사업자등록번호 {c['brn']})는 즉시 작업을 중지하였다.")
        out.append(f"{c['gu']} 건설안전과 {J(c['ward_off'], '과/와')} 고용노동부 서울관악지청 근로감독관이 현장 점검을 실시하였다.")
    inj = injury_sentence(R, c, v) if v.inj or v.masked else ""
    if inj: out.append(inj)
    for w in ps[1:]:
        if w.role in ("목격자", "신고자", "최초 신고자"):
            if w.masked:
                out.append(f"{w.role} {w.raw}의 진술에 따르면 사고 직후 현장을 정리한 사람은 없었다고 한다.")
            else:
                out.append(R.choice([
                    f"{w.role} {w.n()}({m('PHONE', w.phone)})의 진술에 따르면, {R.choice(['사고 당시 주변이 어두웠다', '당시 현장에 안전요원이 없었다', '차량이 과속하는 것을 보았다', '연기가 먼저 보였다'])}고 한다.",
                    f"{J(w.ref(R), '은/는')} {R.choice(['구조를 위하여', '신고 이후에도', '당해 사고 조사를 위하여'])} 현장에 머물며 119 도착 시까지 상황을 설명하였다.",
                    f"최초 신고는 {w.n()}{R.choice(['님께서', '이', ' 씨가'])} 하였다.",
                ]))
    return out


def grounds_for(R, grade, kind):
    if grade == "public": return []
    if grade == "partial": return [6]
    return R.choice([[4], [4, 6], [6], [3, 6], [5]]) if kind != "ems" else R.choice([[6], [6], [4, 6]])


# ---------------------------------------------------------------- layouts
def people_rows(R, c):
    hdr_name = R.choice(["성명", "이름", "대상자", "인적사항", "성 명"])
    hdr_role = R.choice(["구분", "관계", "지위", "역할"])
    hdr_tel = R.choice(["연락처", "전화번호", "휴대전화", "연락처(HP)"])
    hdr_addr = R.choice(["주소", "거주지", "주소지", "주  소"])
    rows = []
    for p in c["people"]:
        role = p.role + (f"({p.rel})" if getattr(p, "rel", None) else "")
        tel = m("PHONE", p.phone) if p.phone else "-"
        addr = m("ADDRESS", p.addr) if p.addr else "-"
        extra = []
        if p.plate: extra.append(m("VEHICLE_PLATE", p.plate))
        if p.lic: extra.append("면허 " + m("KR_DRIVER_LICENSE", p.lic))
        if p.rrn: extra.append(m("KR_FRN" if p.foreign else "KR_RRN", p.rrn))
        if p.birth: extra.append("생 " + m("BIRTH_DATE", p.birth))
        if p.inj and not p.masked: extra.append(m("HEALTH_INFO", p.inj))
        elif p is c["people"][0]: extra.append(R.choice(SEV))
        if getattr(p, "dog", None): extra.append(p.dog)
        rows.append([role, p.n(), f"{p.age}/{p.sex}", tel, addr, ", ".join(extra) or "-"])
    return [hdr_role, hdr_name, "나이/성별", hdr_tel, hdr_addr, "비고"], rows


def L_pipe(R, c, head):
    hdr, rows = people_rows(R, c)
    s = head + "\n\n1. 사고 개요\n"
    s += f"| 일시 | {d_(R, c)} {t_(R, c)} |\n| 장소 | {loc(R, c)} |\n| 유형 | {KIND_TITLE[c['kind']][0].replace(' 보고', '')} |\n| 출동 | {fire_unit(R, c)}, {police(R, c)} |\n"
    s += "\n2. 관련자 현황\n| " + " | ".join(hdr) + " |\n|" + "---|" * len(hdr) + "\n"
    for r in rows: s += "| " + " | ".join(r) + " |\n"
    s += "\n3. 사고 경위\n" + "\n".join(" " + x for x in narrative(R, c))
    s += f"\n\n4. 조치사항\n| 구분 | 내용 |\n| 현장조치 | 출입통제 및 안전펜스 설치 |\n| 관계기관 | {police(R, c)}, 재난안전대책본부 통보 |\n| 예산 | 재난관리기금 {R.randint(3, 90)},{R.randint(100, 999)},000원 집행 예정 |\n"
    return s


def L_box(R, c, head):
    hdr, rows = people_rows(R, c)
    s = head + "\n\n□ 관련자\n┌────┬────┬────┬────┬────┬────┐\n│ " + " │ ".join(hdr) + " │\n├────┼────┼────┼────┼────┼────┤\n"
    for r in rows: s += "│ " + " │ ".join(r) + " │\n"
    s += "└────┴────┴────┴────┴────┴────┘\n\n□ 발생 경위\n" + "\n".join(" ○ " + x for x in narrative(R, c))
    s += f"\n\n□ 향후 계획\n ○ 유사사고 재발 방지를 위한 {R.choice(['시설 정비', '안전점검', '안내표지 설치', '유지보수'])} 추진\n ○ 관련 근거: {R.choice(STATUTES)}"
    return s


def L_tsv(R, c, head):
    hdr, rows = people_rows(R, c)
    s = head + f"\n\n발생일시\t{d_(R, c)} {t_(R, c)}\n발생장소\t{loc(R, c)}\n\n" + "\t".join(hdr) + "\n"
    for r in rows: s += "\t".join(r) + "\n"
    s += "\n[경위]\n" + " ".join(narrative(R, c))
    return s


def L_bullets(R, c, head):
    b1, b2 = R.choice([("가.", "나."), ("1)", "2)"), ("○", "-"), ("■", "▶")])
    s = head + f"\n\n{b1} 발생 개요\n  - 일시: {d_(R, c)} {t_(R, c)}\n  - 장소: {loc(R, c)}\n  - 인명피해: {len([p for p in c['people'] if p.inj or p.masked][:1])}명, 재산피해 {c['dmg']}\n"
    s += f"\n{b2} 관련자 인적사항\n"
    for p in c["people"]:
        s += "  - " + person_line(R, p) + "\n"
    s += f"\n{b1} 경위\n" + "\n".join("  - " + x for x in narrative(R, c))
    s += f"\n\n{b2} 조치\n  - {police(R, c)} 및 {fire_unit(R, c)} 공조\n  - 구 재난안전대책본부 상황 전파({d_(R, c)})"
    return s


def L_prose(R, c, head):
    parts = narrative(R, c)
    ppl = [person_line(R, p) for p in c["people"] if not p.masked]
    s = head + "\n\n" + " ".join(parts)
    if ppl:
        s += "\n\n관련자 인적사항은 다음과 같다. " + "; ".join(ppl) + "."
    s += f"\n\n본 건은 {R.choice(STATUTES)}에 따라 보고하며, 추가 사항은 확인되는 대로 보고하겠습니다."
    return s


def L_letter(R, c, head):
    ps = c["people"]
    tgt = next((p for p in ps if p.role in ("보호자", "피해자", "견주", "거주자", "이용자")), ps[0])
    s = head + "\n\n"
    if tgt.masked:
        s += f"수신: {tgt.raw} 귀하\n"
    else:
        s += f"수신: {tgt.n()} 귀하" + (f" ({m('ADDRESS', tgt.addr)})" if tgt.addr else "") + "\n"
    s += f"제목: {R.choice(['사고 처리 결과 안내', '민원 회신', '사고 경위 및 보상 절차 안내'])}\n\n"
    s += f"1. 평소 구정에 관심을 가져 주신 데 감사드립니다.\n2. {d_(R, c)} {loc(R, c)}에서 발생한 사고와 관련하여 아래와 같이 안내드립니다.\n\n"
    s += "\n".join("  가. " + x if i == 0 else "     " + x for i, x in enumerate(narrative(R, c)))
    s += f"\n\n3. 영조물 배상과 관련하여서는 구 영조물배상공제(한국지방재정공제회)에 청구하실 수 있으며, 문의는 담당자({office_line(R)})에게 하시기 바랍니다."
    if not tgt.masked and tgt.phone:
        s += f"\n   ※ 회신하신 연락처({m('PHONE', tgt.phone)})로 진행 상황을 문자로 알려 드리겠습니다."
    return s


def L_kv(R, c, head):
    s = head + "\n\n"
    kv = [("사고번호", f"{c['date'][0]}-{R.randint(100, 999)}"), ("발생일시", f"{d_(R, c)} {t_(R, c)}"),
          ("발생장소", loc(R, c)), ("관할", f"{c['gu']}청 / {c['station']}소방서")]
    sep = R.choice([": ", " : ", "：", " - "])
    for k, v in kv: s += f"{k}{sep}{v}\n"
    for i, p in enumerate(c["people"], 1):
        s += f"\n[{p.role} {i}]\n"
        s += f"성명{sep}{p.n()}\n나이{sep}{p.age}세\n"
        if p.rrn: s += f"주민등록번호{sep}{m('KR_FRN' if p.foreign else 'KR_RRN', p.rrn)}\n"
        if p.birth: s += f"생년월일{sep}{m('BIRTH_DATE', p.birth)}\n"
        if p.addr: s += f"주소{sep}{m('ADDRESS', p.addr)}\n"
        if p.phone: s += f"연락처{sep}{m('PHONE', p.phone)}\n"
        if p.email: s += f"전자우편{sep}{m('EMAIL', p.email)}\n"
        if p.plate: s += f"차량번호{sep}{m('VEHICLE_PLATE', p.plate)}\n"
        if p.lic: s += f"면허번호{sep}{m('KR_DRIVER_LICENSE', p.lic)}\n"
        if p.inj and not p.masked: s += f"상병{sep}{m('HEALTH_INFO', p.inj)}\n"
    s += "\n경위" + sep + " ".join(narrative(R, c))
    return s


def L_memo(R, c, head):
    y, mo, d = c["date"]
    s = head + f"  ({R.choice(['1보', '2보', '최종보고'])})\n\n■ 시간대별 조치\n"
    h, mi = c["h"], c["mi"]
    steps = ["신고 접수", f"{fire_unit(R, c)} 출동", "현장 도착", "응급처치 및 이송", f"{c['gu']} 상황실 전파", "현장 통제 해제"]
    for st in steps[:R.randint(4, 6)]:
        s += f"  {h % 24:02d}:{mi:02d}  {st}\n"
        mi += R.randint(2, 17)
        h += mi // 60; mi %= 60
    s += "\n■ 상황\n" + "\n".join("  · " + x for x in narrative(R, c))
    s += f"\n\n■ 보고처: 구청장, 부구청장, 안전건설국장 / 상황실 {office_line(R)}"
    return s


LAYOUTS = [L_pipe, L_box, L_tsv, L_bullets, L_prose, L_letter, L_kv, L_memo]


def L_stats(R, c, head):
    """public summary: no personal data at all."""
    y = c["date"][0]
    s = head + f"\n\n{y}년 {R.randint(1, 12)}월 관내 사고 발생 현황을 다음과 같이 보고합니다.\n\n| 유형 | 건수 | 사망 | 부상 | 재산피해(천원) |\n|---|---|---|---|---|\n"
    for k in ["화재", "교통사고", "안전사고", "개물림", "놀이시설 사고", "낙상"]:
        s += f"| {k} | {R.randint(0, 40)} | {R.randint(0, 2)} | {R.randint(0, 30)} | {R.randint(0, 90000):,} |\n"
    s += f"\n○ 주요 사례: {c['gu']} 관내에서 {c['kind'] == 'fire' and '주택화재' or '안전사고'} 1건(인명피해 없음), 부상자 {R.choice(MASKED)}({R.randint(20, 80)}세)는 {R.choice(SEV)}.\n"
    s += f"○ 조치: 취약지역 안전점검 {R.randint(10, 60)}개소, 예산 {R.randint(10, 500)}백만원 확보\n○ 근거: {R.choice(STATUTES)}"
    return s


def make_doc(R, fam, seed, i):
    r = R.random()
    grade = "public" if r < 0.2 else ("nonpublic" if r < 0.33 else "partial")
    c = make_case(R, grade)
    dept = R.choice(KDEPT[c['kind']])
    drafter, reviewer, approver = official_name(R), official_name(R), official_name(R)
    rank = R.choice(["과장", "과장", "팀장", "국장", "센터장"])
    title = R.choice(KIND_TITLE[c["kind"]])
    gr = grounds_for(R, grade, c["kind"])
    if grade == "nonpublic":
        if 4 in gr: title += R.choice([" (수사 진행 중)", " - 경찰 수사 의뢰", ""])
    if grade == "public" and R.random() < 0.4:
        title = R.choice(["월간 안전사고 발생 현황", "관내 사고 발생 통계 보고", "분기별 재난·사고 현황"])
        body = L_stats(R, c, title)
    else:
        lay = R.choice(LAYOUTS)
        body = lay(R, c, title)
    head_line = R.choice(["", f"{c['gu']}청\n", f"문서번호: {docno(R, dept)}\n", f"{c['gu']} {dept}\n"])
    extra = ""
    if grade == "nonpublic" and 4 in gr:
        extra = f"\n\n※ 본 건은 {c['station']}경찰서에서 { {'traffic': '뺑소니(도주치상) 혐의로', 'fire': '방화 혐의로', 'bite': '과실치상 혐의로'}.get(c['kind'], '업무상과실치상 혐의로') } 수사 중이므로 「공공기관의 정보공개에 관한 법률」 제9조제1항제4호에 따라 비공개함."
    elif grade == "nonpublic" and 5 in gr:
        extra = "\n\n※ 배상 여부에 대한 내부 검토가 진행 중인 자료임(법 제9조제1항제5호)."
    elif grade == "nonpublic" and 3 in gr:
        extra = "\n\n※ 시설 취약 부위가 포함되어 있어 공개 시 안전을 해칠 우려가 있음."
    elif grade == "nonpublic":
        extra = "\n\n※ 특정 개인의 진료·이송 기록 전체로 구성되어 있어 비공개(제6호)."
    extra += hard_neg(R, c)
    # hard negatives: council member, official lines
    if R.random() < 0.3:
        extra += f"\n\n○ {c['gu']}의회 {R.choice(['의원', '행정복지위원장'])} {official_name(R)} 현장 방문({d_(R, c)})"
    ft = footer(R, drafter, reviewer, approver, rank, dept)
    gw = {"public": "공개", "partial": "부분공개(6)", "nonpublic": "비공개(" + ",".join(map(str, gr)) + ")"}[grade]
    marked = fix_particles(head_line + body + extra + ft.replace("{GRADE}", gw))
    text, ents = render(marked)
    if grade == "public":
        assert not ents, ents
    elif grade == "partial" and not ents:
        grade, gr = "public", []
    y, mo, d = c["date"]
    return {"id": f"{fam}-{seed}-{i}", "lang": "ko", "title": title, "department": f"{c['gu']} {dept}",
            "doc_type": R.choice(["사고보고", "상황보고", "사고경위서", "처리결과보고", "민원회신"]) if "통계" not in title else "통계보고",
            "approved_at": f"{y}-{mo:02d}-{min(d + R.randint(0, 3), 28):02d}", "drafter": drafter, "approver": approver,
            "approver_rank": rank, "text": text, "entities": ents, "grade": grade, "grounds": gr}


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
