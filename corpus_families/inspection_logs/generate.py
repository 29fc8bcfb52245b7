#!/usr/bin/env python3
"""점검 일지·점검 결과 문서 (위생, 건축물 안전, 불법 주정차 단속, 소방, 공사 현장, 노인요양시설)
with gold PII spans.

    python3 generate.py --n 200 --seed 1 --out docs.jsonl

Standard library only, deterministic for a given seed.
"""
import argparse
import datetime as dt
import json
import random

FAMILY = "inspection_logs"


# ---------------------------------------------------------------- builder
class V:
    __slots__ = ("s", "label")

    def __init__(self, s, label=None):
        self.s = s
        self.label = label


class B:
    def __init__(self):
        self.buf, self.n, self.ents = [], 0, []

    def add(self, *xs):
        for x in xs:
            if x is None:
                continue
            if isinstance(x, (list, tuple)):
                self.add(*x)
                continue
            if isinstance(x, V):
                s = x.s
                if x.label:
                    self.ents.append({"start": self.n, "end": self.n + len(s), "label": x.label, "text": s})
            else:
                s = str(x)
            self.buf.append(s)
            self.n += len(s)
        return self

    def text(self):
        return "".join(self.buf)


def plain(segs):
    if isinstance(segs, V):
        return segs.s
    if isinstance(segs, (list, tuple)):
        return "".join(plain(x) for x in segs)
    return "" if segs is None else str(segs)


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def d4(rng, k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def weighted(rng, items):
    tot = sum(it[-1] for it in items)
    r = rng.random() * tot
    for it in items:
        r -= it[-1]
        if r <= 0:
            return it
    return items[-1]


# ---------------------------------------------------------------- Korean helpers
def has_batchim(s):
    c = s.strip()[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    return c in "013678LMNRlmnr"


def josa(s, pair):
    a, b = pair.split("/")
    return a if has_batchim(s) else b


SURN = (["김"] * 10 + ["이"] * 8 + ["박"] * 6 + ["최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
                                             "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허",
                                             "유", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진",
                                             "나", "지", "엄", "변", "채", "원", "천", "방", "공", "현", "함", "여", "염",
                                             "석", "추", "도", "소", "설", "마", "길", "연", "위", "표", "명", "기", "반",
                                             "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은", "편",
                                             "용", "예", "봉", "사", "부", "황보", "남궁", "독고", "사공", "제갈", "선우",
                                             "서문", "동방"])
GIV2 = ["영수", "순자", "민준", "서연", "지훈", "미경", "동훈", "경숙", "재석", "영희", "상철", "은정", "하율", "도윤",
        "정자", "말순", "옥분", "춘자", "복남", "갑순", "성호", "혜린", "준호", "수빈", "태양", "보람", "나래", "은비",
        "현우", "지영", "명숙", "광수", "덕배", "용식", "영자", "금순", "종철", "승민", "다은", "예준", "시우", "한결"]
GIV1 = ["혁", "율", "솔", "훈", "별", "준", "민", "진", "철", "숙"]
HANJA = [("홍재석", "洪在錫"), ("김영수", "金英洙"), ("이순자", "李順子"), ("박민준", "朴敏俊"), ("최지은", "崔智恩"),
         ("정동훈", "鄭東勳"), ("강미라", "姜美羅"), ("황보현", "皇甫賢"), ("남궁민", "南宮珉"), ("윤상철", "尹相哲")]
FOREIGN_W = [("응우옌 반 훙", "NGUYEN VAN HUNG"), ("쩐 티 마이", "TRAN THI MAI"), ("바트 에르덴", "BAT ERDENE"),
             ("쿠마르 라지", "KUMAR RAJ"), ("아지즈 카리모프", "AZIZ KARIMOV"), ("마리아 산토스", "MARIA SANTOS"),
             ("솜차이 분미", "SOMCHAI BOONMEE"), ("리 웨이", "LI WEI"), ("람 타파", "RAM THAPA"), ("부디 산토소", "BUDI SANTOSO")]


class P:
    pass


def person(rng, foreign_p=0.0):
    p = P()
    if rng.random() < foreign_p:
        h, l = pick(rng, FOREIGN_W)
        p.name = h if rng.random() < .6 else l
        p.given = p.name.split()[-1]
        p.foreign = True
        p.hanja = None
        p.forms = [p.name]
        return p
    p.foreign = False
    if rng.random() < .08:
        p.name, p.hanja = pick(rng, HANJA)
        p.sur = p.name[:2] if p.name[:2] in ("황보", "남궁") else p.name[0]
        p.given = p.name[len(p.sur):]
    else:
        p.hanja = None
        p.sur = pick(rng, SURN)
        p.given = pick(rng, GIV1) if rng.random() < .12 else pick(rng, GIV2)
        p.name = p.sur + p.given
    return p


def nm(p, rng, spaced_p=.1):
    """Rendered name of a private person (one PERSON span)."""
    if p.foreign:
        return V(p.name, "PERSON")
    r = rng.random()
    if r < spaced_p / 2:
        return V(p.sur + " " + p.given, "PERSON")
    if r < spaced_p:
        return V(" ".join([p.sur] + list(p.given)), "PERSON")
    return V(p.name, "PERSON")


def nm_full(p, rng):
    """Name possibly followed by its hanja form: two spans."""
    if p.hanja and rng.random() < .6:
        return [V(p.name, "PERSON"), "(", V(p.hanja, "PERSON"), ")"]
    return [nm(p, rng)]


def masked(p, rng):
    if p.foreign:
        return pick(rng, ["A씨", "외국인 근로자 A"])
    return pick(rng, [p.sur + "○" + p.given[-1] if len(p.given) > 1 else p.sur + "○○", p.sur + "**",
                      pick(rng, ["A씨", "B씨", "갑", "을"]), p.sur + "모씨"])


def mobile(rng):
    a, b = d4(rng, 4), d4(rng, 4)
    m = "010" if rng.random() < .92 else pick(rng, ["011", "016", "017"])
    return pick(rng, [f"{m}-{a}-{b}"] * 4 + [f"{m} {a} {b}", f"{m}{a}{b}", f"{m}.{a}.{b}", f"+82-10-{a}-{b}",
                                             f"{m}-{a[:3]}*-{b}" if False else f"{m}-{a}-{b}"])


def home_phone(rng):
    return pick(rng, [f"02-{rng.randint(300, 999)}-{d4(rng, 4)}", f"(031){rng.randint(200, 999)}-{d4(rng, 4)}",
                      f"031-{rng.randint(200, 999)}-{d4(rng, 4)}"])


def biz_phone(rng):
    return pick(rng, [f"02-{rng.randint(300, 999)}-{d4(rng, 4)}", f"02-{rng.randint(2000, 6999)}-{d4(rng, 4)}",
                      f"1588-{d4(rng, 4)}"])


def bizno(rng):
    return f"{rng.randint(101, 899)}-{rng.randint(10, 88)}-{d4(rng, 5)}"


def birth(rng, y0, y1):
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


WD = "월화수목금토일"


def kdate(rng, d, style=None):
    style = rng.randrange(7) if style is None else style
    return [f"{d.year}. {d.month}. {d.day}.", d.isoformat(), f"{d.year}년 {d.month}월 {d.day}일",
            f"'{d.year % 100}.{d.month}.{d.day}.", f"{d.year}.{d.month:02d}.{d.day:02d}.({WD[d.weekday()]})",
            f"{d.year}. {d.month:02d}. {d.day:02d}.", f"{d.year}/{d.month:02d}/{d.day:02d}"][style]


def bdate(rng, d):
    return pick(rng, [f"{d.year}. {d.month}. {d.day}.", d.isoformat(), f"{d.year}년 {d.month}월 {d.day}일",
                      f"{d.year}.{d.month:02d}.{d.day:02d}", f"{d.strftime('%y%m%d')}"])


BASE = [dt.date(2026, 3, 2)]


def doc_date(rng):
    return dt.date.fromordinal(rng.randint(dt.date(2025, 1, 1).toordinal(), dt.date(2026, 11, 30).toordinal()))


def rand_date(rng):
    """A date shortly before the document date (incidents, expiry, earlier visits)."""
    return BASE[0] - dt.timedelta(days=rng.randint(1, 120))


def later(rng):
    """A deadline or re-inspection date after the document date."""
    return BASE[0] + dt.timedelta(days=rng.randint(5, 60))


def rrn(rng, d):
    y = d.strftime("%y%m%d")
    g = rng.choice("12") if d.year < 2000 else rng.choice("34")
    return pick(rng, [f"{y}-{g}{d4(rng, 6)}", f"{y}-{g}******", f"{y}{g}{d4(rng, 6)}", f"{y} - {g}{d4(rng, 6)}"])


def frn(rng, d):
    y = d.strftime("%y%m%d")
    g = rng.choice("5678")
    return pick(rng, [f"{y}-{g}{d4(rng, 6)}", f"{y}-{g}******", f"{y}{g}{d4(rng, 6)}"])


def plate(rng):
    h = pick(rng, list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"))
    n = str(rng.randint(10, 399))
    f = rng.randrange(6)
    return [f"{n}{h}{d4(rng, 4)}", f"{n}{h} {d4(rng, 4)}", f"서울{rng.randint(10, 99)}{h}{d4(rng, 4)}",
            f"경기 {rng.randint(10, 99)}{h} {d4(rng, 4)}", f"{n}{h}-{d4(rng, 4)}", f"{n}{h}{d4(rng, 4)}"][f]


GU = [("마포구", ["월드컵로", "양화로", "성미산로", "망원로", "독막로"], "02-3153-", "mapo.go.kr", "서울특별시 마포구 월드컵로 212"),
      ("영등포구", ["도림로", "대림로", "신길로", "영등포로", "당산로"], "02-2670-", "ydp.go.kr", "서울특별시 영등포구 당산로 123"),
      ("구로구", ["가마산로", "구로동로", "디지털로", "경인로"], "02-860-", "guro.go.kr", "서울특별시 구로구 가마산로 245"),
      ("광진구", ["자양로", "아차산로", "능동로", "광나루로"], "02-450-", "gwangjin.go.kr", "서울특별시 광진구 자양로 117"),
      ("노원구", ["동일로", "노해로", "상계로", "한글비석로"], "02-2116-", "nowon.kr", "서울특별시 노원구 노해로 437"),
      ("강서구", ["화곡로", "공항대로", "등촌로", "까치산로"], "02-2600-", "gangseo.seoul.kr", "서울특별시 강서구 화곡로 302"),
      ("은평구", ["통일로", "연서로", "은평로", "진흥로"], "02-351-", "ep.go.kr", "서울특별시 은평구 은평로 195")]


def addr(rng, gu, unit=True):
    g, streets = gu[0], gu[1]
    st = pick(rng, streets)
    gil = f"{rng.randint(1, 40)}길 " if rng.random() < .6 else " "
    base = f"{pick(rng, ['서울특별시 ', '서울 ', ''])}{g} {st}{gil}{rng.randint(1, 200)}" + (
        f"-{rng.randint(1, 30)}" if rng.random() < .3 else "")
    base = base.replace("  ", " ")
    if unit:
        base += pick(rng, [f", {rng.randint(101, 115)}동 {rng.randint(1, 25)}{rng.randint(1, 6):02d}호",
                           f" {rng.randint(1, 5)}0{rng.randint(1, 6)}호", f", 지하1층 {rng.randint(1, 3)}호", ""])
    return base


def biz_addr(rng, gu):
    return f"{gu[0]} {pick(rng, gu[1])} {rng.randint(1, 300)}" + pick(rng, ["", f", {rng.randint(1, 5)}층", " 1층",
                                                                             f" ({pick(rng, ['망원동', '당산동', '구로동', '자양동', '상계동', '화곡동', '불광동'])})"])


# ---------------------------------------------------------------- officials
RANK = ["주무관", "주무관", "주무관", "팀장", "과장", "위생6급", "시설7급", "단속요원"]


class O:
    pass


def official(rng, gu, dept):
    o = O()
    o.name = pick(rng, SURN[:60]) + pick(rng, GIV2)
    o.rank = pick(rng, RANK[:5])
    o.tel = gu[2] + d4(rng, 4)
    o.mail = pick(rng, [f"{pick(rng, ['kim', 'lee', 'park', 'jh', 'sy', 'hw'])}{rng.randint(1, 999)}@{gu[3]}",
                        f"{pick(rng, ['insp', 'food', 'safe', 'fire'])}{rng.randint(10, 99)}@korea.kr"])
    o.dept = dept
    return o


def orole(o, rng):
    return pick(rng, [f"{o.rank} {o.name}", f"{o.name} {o.rank}", f"{o.dept} {o.rank} {o.name}",
                      f"담당 {o.rank} {o.name}"])


# ---------------------------------------------------------------- scenario data
FOOD_BIZ = ["맛나분식", "해오름식당", "청춘포차", "한우마을 본점", "전주비빔밥 ○○점", "카페 온담", "행복반찬",
            "황금돼지 숯불구이", "바다횟집", "소문난칼국수", "그린베이커리", "왕십리곱창", "미소김밥", "(주)한솥푸드 ○○점"]
BLDG = ["○○빌딩", "대성프라자", "한빛상가", "미래타워", "성원빌라", "정우하이츠", "동일주택", "삼익맨션", "청솔아파트"]
CARE = ["사랑채요양원", "늘푸른노인요양센터", "효사랑요양원", "은빛마을요양원", "소망실버케어", "행복한쉼터요양원"]
SITE = ["○○동 근린생활시설 신축공사", "△△초교 옆 다세대주택 신축공사", "○○로 도시형생활주택 신축공사",
        "○○역세권 오피스텔 신축공사", "노후 하수관로 정비공사", "○○동 공동주택 리모델링공사"]
CONS = ["(주)대한종합건설", "미래건설(주)", "한울토건", "(주)동성이앤씨", "성진건설 주식회사", "(주)푸른산업개발"]
FIRE_OBJ = ["○○PC방", "해피노래연습장", "대성고시원", "스마일키즈카페", "한빛찜질방", "○○산후조리원", "목욕탕 ○○사우나"]
FOOD_STAT = ["「식품위생법」 제37조", "「식품위생법」 제40조(건강진단)", "「식품위생법」 제44조 및 같은 법 시행규칙 [별표 17]",
             "「식품위생법」 제101조(과태료)"]
BLDG_STAT = ["「건축물관리법」 제13조", "「시설물의 안전 및 유지관리에 관한 특별법」 제11조", "「건축물관리법 시행령」 제8조"]
PARK_STAT = ["「도로교통법」 제32조", "「도로교통법」 제33조", "「주차장법」 제29조",
             "「장애인·노인·임산부 등의 편의증진 보장에 관한 법률」 제17조"]
FIRE_STAT = ["「화재의 예방 및 안전관리에 관한 법률」 제24조", "「소방시설 설치 및 관리에 관한 법률」 제12조",
             "「다중이용업소의 안전관리에 관한 특별법」 제9조"]
CONS_STAT = ["「산업안전보건법」 제38조", "「건설기술 진흥법」 제62조", "「건축법」 제24조", "「소음·진동관리법」 제22조"]
CARE_STAT = ["「노인복지법」 제39조의6", "「노인장기요양보험법」 제35조", "「노인복지법 시행규칙」 [별표 5]"]
CARE_DX = ["치매", "알츠하이머성 치매", "뇌경색 후유증", "파킨슨병", "고혈압, 당뇨병", "욕창 2단계", "골다공증",
           "우측 고관절 골절", "편마비", "만성신부전(투석 중)"]


def fine(rng):
    return f"{rng.choice([10, 20, 30, 50, 70, 100, 150, 200, 300])}만원"


# Scenario return dict: kind, title, title_segs?, paras [segs], items [(항목, 결과, 비고segs)], info [(k, segs)],
# rows (header list, list of rows of segs), grade?, subject (main private person or None)
def sc_food(rng, ctx):
    gu = ctx["gu"]
    biz = pick(rng, FOOD_BIZ)
    owner = person(rng)
    emps = [person(rng, .25) for _ in range(rng.randint(2, 5))]
    bad = pick(rng, emps)
    d = ctx["d"]
    info = [("업소명", [biz]), ("업종", [pick(rng, ["일반음식점", "휴게음식점", "제과점영업", "즉석판매제조가공업"])]),
            ("영업신고번호", [f"제{rng.randint(2010, 2024)}-{d4(rng, 7)}호"]), ("사업자등록번호", [bizno(rng)]),
            ("소재지", [biz_addr(rng, gu)]), ("업소 전화", [biz_phone(rng)]),
            (pick(rng, ["대표자", "영업자", "대표자(영업자)"]), nm_full(owner, rng)),
            (pick(rng, ["대표자 연락처", "휴대전화", "연락처(대표자)"]), [V(mobile(rng), "PHONE")])]
    items = [("영업신고증 게시", "적합", []), ("유통기한 경과 제품 보관", pick(rng, ["적합", "부적합"]),
                                         [pick(rng, ["", "냉장고 내 소스류 2건 폐기", "해당 없음"])]),
             ("조리장 위생 상태", pick(rng, ["적합", "보통", "미흡"]), ["후드 기름때 제거 필요"]),
             ("종업원 건강진단", "부적합", [nm(bad, rng), " 건강진단결과서 유효기간 경과"]),
             ("원산지 표시", pick(rng, ["적합", "부적합"]), [""]), ("위생모·위생복 착용", "적합", [])]
    paras = [["점검을 위하여 ", kdate(rng, d), " ", pick(rng, ["14:00", "10:30", "19:20", "16:45"]), "경 ", biz, "(대표자 ",
              nm(owner, rng), ")에 출입하였으며, 영업자 입회하에 점검을 실시함."],
             ["종업원 ", nm(bad, rng), josa(bad.name, "은/는"), " 건강진단결과서(보건증) 유효기간이 ",
              kdate(rng, rand_date(rng)), " 만료되었음에도 조리 업무에 종사하고 있어 ", pick(rng, FOOD_STAT), " 위반으로 과태료 ",
              fine(rng), " 부과 예정임."]]
    if rng.random() < .45:
        sick = pick(rng, [e for e in emps if e is not bad] or emps)
        hx = pick(rng, ["화농성 질환", "화농성 상처", "피부 감염증(화농성)", "손가락 화농성 염증"])
        paras.append(["또한 종업원 ", nm(sick, rng), "의 손 부위에 ",
                      V(hx, "HEALTH_INFO"), josa(hx, "이/가") + " 확인되어 완치 시까지 조리 업무에서 배제하도록 지도함."])
    if rng.random() < .3:
        fw = person(rng, 1.0)
        paras.append(["외국인 종업원 ", nm(fw, rng), "(외국인등록번호 ", V(frn(rng, birth(rng, 1985, 2002)), "KR_FRN"),
                      ")의 건강진단은 ", kdate(rng, rand_date(rng)), " 실시한 것으로 확인됨."])
    paras.append(["대표자 ", nm(owner, rng), "에게 시정 사항을 안내하고 점검 서명부에 서명을 받음. 재점검 예정일: ",
                  kdate(rng, later(rng))])
    rows = (["연번", pick(rng, ["성명", "종업원명", "이름", "종사자"]), pick(rng, ["생년월일", "출생일"]),
             pick(rng, ["건강진단일", "보건증 발급일"]), "비고"],
            [[str(i + 1), nm(e, rng), V(bdate(rng, birth(rng, 1960, 2004)), "BIRTH_DATE"), kdate(rng, BASE[0] - dt.timedelta(days=rng.randint(400, 700)) if e is bad else rand_date(rng)),
              "유효기간 경과" if e is bad else "-"] for i, e in enumerate(emps)])
    return dict(kind="위생 점검", title=f"식품접객업소 위생 점검 결과 ({biz})", paras=paras, items=items, info=info,
                rows=rows, stat=pick(rng, FOOD_STAT), target=biz, addressee=owner,
                title_segs=(["종업원 건강진단 미필 확인서 (", nm(bad, rng), ")"] if rng.random() < .1 else None))


def sc_building(rng, ctx):
    gu = ctx["gu"]
    home = rng.random() < .55
    owner = person(rng)
    expert = person(rng)
    tenants = [person(rng) for _ in range(rng.randint(1, 3))]
    bname = pick(rng, BLDG)
    if home:
        loc = V(addr(rng, gu, unit=False), "ADDRESS")
        use = pick(rng, ["다가구주택", "단독주택(소유자 거주)", "다세대주택"])
    else:
        loc = biz_addr(rng, gu)
        use = pick(rng, ["제2종 근린생활시설", "판매시설", "업무시설"])
    grade_b = pick(rng, ["B", "C", "C", "D"])
    info = [("건축물명", [bname]), ("소재지", [loc]), ("용도", [use]),
            ("사용승인일", [kdate(rng, dt.date(rng.randint(1985, 2005), rng.randint(1, 12), rng.randint(1, 28)))]),
            ("소유자", nm_full(owner, rng)), ("소유자 연락처", [V(mobile(rng), "PHONE")]),
            ("점검자(민간전문가)", [nm(expert, rng), pick(rng, [" 건축사", " 구조기술사", " (건축사)"])]),
            ("안전등급", [grade_b])]
    items = [("기초 및 지반 침하", pick(rng, ["이상 없음", "경미"]), []),
             ("기둥·보 균열", pick(rng, ["0.3mm 균열", "0.5mm 균열 다수", "이상 없음"]), ["균열 게이지 설치"]),
             ("외벽 마감재 탈락", pick(rng, ["부분 탈락", "이상 없음"]), ["보행자 안전 조치 필요"]),
             ("옹벽·축대", pick(rng, ["배부름 현상", "이상 없음"]), []),
             ("가스·전기 설비", "이상 없음", [])]
    t = pick(rng, tenants)
    unit = f"{rng.randint(1, 4)}0{rng.randint(1, 5)}호"
    paras = [[kdate(rng, ctx["d"]), " 관내 노후 건축물 정기 안전점검을 위하여 ", bname, "(", use, ")에 대한 현장 조사를 실시함."],
             ["민간전문가 ", nm(expert, rng), pick(rng, [" 건축사", " 구조기술사", "(외부 점검자)"]),
              "와 함께 육안 및 장비 점검을 실시한 결과 안전등급 ", grade_b, "로 판정함."],
             [V(unit, "ADDRESS"), " 세입자 ", nm(t, rng), "(", V(mobile(rng), "PHONE"), ")", josa(t.name, "은/는"),
              " 욕실 천장 누수와 벽체 균열을 호소하였으며, 소유자에게 보수를 권고함."]]
    if home and rng.random() < .5:
        paras.append(["소유자 ", nm(owner, rng), josa(owner.name, "은/는"), " 고령으로 ",
                      V(pick(rng, ["거동이 불편", "하지마비", "청각장애 3급", "치매 초기 증상"]), "HEALTH_INFO"),
                      "하여 보수 공사 진행이 어렵다고 진술함. 구 주거환경개선 지원사업(예산 3,000만원) 연계 안내."])
    paras.append(["조치사항: ", pick(rng, BLDG_STAT), "에 따라 보수·보강 권고 및 ", kdate(rng, later(rng)), "까지 결과 제출 요청."])
    return dict(kind="건축물 안전 점검", title=f"노후 건축물 안전점검 결과 보고 ({bname})", paras=paras, items=items,
                info=info, rows=None, stat=pick(rng, BLDG_STAT), target=bname, addressee=owner)


def sc_parking(rng, ctx):
    gu = ctx["gu"]
    rows = []
    n = rng.randint(3, 7)
    disabled = rng.random() < .4
    owners = []
    for i in range(n):
        loc = f"{gu[0]} {pick(rng, gu[1])} {rng.randint(1, 300)} 앞" + pick(rng, ["", " 보도", " 교차로", " 버스정류장"])
        pl = plate(rng)
        kind = pick(rng, ["승용", "승합", "화물(1t)", "SUV", "승용"])
        viol = pick(rng, ["소화전 5m 이내", "교차로 모퉁이", "버스정류소 10m 이내", "횡단보도", "어린이보호구역",
                          "장애인전용주차구역" if disabled else "보도 위 주차"])
        tm = f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
        rows.append([str(i + 1), tm, loc, V(pl, "VEHICLE_PLATE"), kind, viol, pick(rng, ["부과", "계도", "견인", "부과"])])
        owners.append(pl)
    hdr = ["번호", pick(rng, ["단속시각", "적발시각", "시각"]), pick(rng, ["단속장소", "위반장소", "장소"]),
           pick(rng, ["차량번호", "자동차등록번호", "차량"]), "차종", pick(rng, ["위반내용", "위반유형"]), "처리"]
    drv = person(rng)
    pl = owners[0]
    paras = [[kdate(rng, ctx["d"]), " ", gu[0], " 관내 주정차 위반 집중 단속을 실시함(단속 ", str(n), "건). 관용 단속차량 ",
              pick(rng, ["33무 2214", "12하 5608", "서울70거1142"]), " 및 CCTV 탑재 차량 운행."],
             ["차량 ", V(pl, "VEHICLE_PLATE"), "의 소유자 ", nm(drv, rng), josa(drv.name, "은/는"), " ",
              kdate(rng, rand_date(rng)), " 의견진술서를 제출하였음. 진술 내용: \"",
              V(pick(rng, ["당뇨 합병증", "신장 투석", "임신 32주", "허리 디스크 수술 후 통원"]), "HEALTH_INFO"),
              " 치료를 위하여 병원 앞에 잠시 정차하였다\"."],
             ["의견진술자 주소 ", V(addr(rng, gu), "ADDRESS"), ", 연락처 ", V(mobile(rng), "PHONE"), "."]]
    if disabled:
        dp = person(rng)
        paras.append(["장애인전용주차구역 위반 차량 ", V(plate(rng), "VEHICLE_PLATE"), "은 표지 발급대상자 ", nm(dp, rng),
                      "(", V(pick(rng, ["지체장애 2급", "보행상 장애", "시각장애 1급", "뇌병변장애"]), "HEALTH_INFO"),
                      ")가 탑승하지 않은 상태로 주차하여 과태료 10만원 부과."])
    if rng.random() < .35:
        paras.append(["과태료 부과 대상자 주민등록번호 ", V(rrn(rng, birth(rng, 1950, 2000)), "KR_RRN"),
                      " 확인, 고지서는 주소지로 발송."])
    if rng.random() < .3:
        paras.append(["견인 차량 인수 시 운전면허증(", V(f"{rng.randint(11, 28)}-{rng.randint(10, 24)}-{d4(rng, 6)}-{d4(rng, 2)}",
                                                   "KR_DRIVER_LICENSE"), ") 확인 후 반환함."])
    paras.append(["근거: ", pick(rng, PARK_STAT), ". 의견진술 심의 결과는 ", kdate(rng, later(rng)), "까지 통지 예정."])
    return dict(kind="불법 주정차 단속", title=f"불법 주정차 단속 결과 ({gu[0]})", paras=paras, items=None, info=[],
                rows=(hdr, rows), stat=pick(rng, PARK_STAT), target=gu[0], addressee=drv)


def sc_fire(rng, ctx):
    gu = ctx["gu"]
    obj = pick(rng, FIRE_OBJ)
    mgr = person(rng)
    info = [("대상물명", [obj]), ("소재지", [biz_addr(rng, gu)]), ("대표전화", [biz_phone(rng)]),
            ("사업자등록번호", [bizno(rng)]), (pick(rng, ["소방안전관리자", "관계인", "안전관리자(종업원)"]), [nm(mgr, rng)]),
            ("연락처", [V(mobile(rng), "PHONE")])]
    items = [("소화기 압력", pick(rng, ["정상", "충압 불량 2개"]), []), ("비상구 폐쇄·훼손", pick(rng, ["양호", "물건 적치"]), []),
             ("유도등 점등", pick(rng, ["정상", "1개소 불량"]), []), ("스프링클러 헤드", "정상", []),
             ("피난안내도 비치", pick(rng, ["비치", "미비치"]), [])]
    paras = [[kdate(rng, ctx["d"]), " 다중이용업소 화재안전 점검을 위하여 ", obj, "에 출입함. 점검자: ", orole(ctx["o"], rng),
              ", ", orole(ctx["o2"], rng), "."],
             ["소방안전관리자 ", nm(mgr, rng), "의 입회하에 점검하였으며, 비상구 앞 적치물을 즉시 정비하도록 지도함."]]
    if rng.random() < .5:
        res = [person(rng) for _ in range(rng.randint(1, 3))]
        paras.append(["거주 입실자 현황(고시원 등): "] + sum([[nm(r, rng), "(", V(f"{rng.randint(2, 4)}0{rng.randint(1, 9)}호", "ADDRESS"),
                                                          ")", ", " if k < len(res) - 1 else ""] for k, r in enumerate(res)], []) + [
            " — 이 중 ", nm(res[0], rng), "은(는) ", V(pick(rng, ["거동 불편(휠체어 사용)", "청각장애", "치매 진단"]), "HEALTH_INFO"),
            "으로 피난 시 조력자 지정 필요."])
    paras.append(["조치명령: ", pick(rng, FIRE_STAT), "에 따라 ", kdate(rng, later(rng)), "까지 보완. 미이행 시 과태료 ", fine(rng), "."])
    return dict(kind="소방 점검", title=f"다중이용업소 소방 안전 점검 결과 ({obj})", paras=paras, items=items, info=info,
                rows=None, stat=pick(rng, FIRE_STAT), target=obj, addressee=mgr)


def sc_construction(rng, ctx):
    gu = ctx["gu"]
    site, co = pick(rng, SITE), pick(rng, CONS)
    agent, client, worker = person(rng), person(rng), person(rng, .5)
    info = [("현장명", [site]), ("시공사", [co]), ("사업자등록번호", [bizno(rng)]), ("현장 대표전화", [biz_phone(rng)]),
            (pick(rng, ["현장대리인", "현장소장", "안전관리자"]), [nm(agent, rng)]), ("휴대전화", [V(mobile(rng), "PHONE")]),
            ("건축주", nm_full(client, rng)),
            ("건축주 주소", [V(addr(rng, gu, unit=rng.random() < .5), "ADDRESS")])]
    items = [("안전난간 설치", pick(rng, ["양호", "일부 미설치"]), []), ("추락방지망", pick(rng, ["양호", "훼손"]), []),
             ("가설울타리·방음벽", "양호", []), ("비산먼지 억제(살수)", pick(rng, ["양호", "미흡"]), []),
             ("보행자 통로 확보", pick(rng, ["확보", "미확보"]), []), ("소음 측정(dB)", f"{rng.randint(62, 78)}", ["기준 65dB"])]
    paras = [[kdate(rng, ctx["d"]), " ", site, " 현장 안전 점검 실시. 점검반: ", orole(ctx["o"], rng), " 외 1명."],
             ["현장대리인 ", nm(agent, rng), "에게 3층 슬래브 단부 안전난간 보완을 지시하고, 공정률 ", f"{rng.randint(20, 90)}%",
              " 확인. 공사비 ", f"{rng.randint(12, 95)}억원", "."]]
    if rng.random() < .5:
        paras.append(["근로자 ", nm(worker, rng),
                      (["(외국인등록번호 ", V(frn(rng, birth(rng, 1980, 2000)), "KR_FRN"), ")"] if worker.foreign else ""),
                      josa(worker.name, "은/는"), " ", kdate(rng, rand_date(rng)), " 자재 운반 중 ",
                      V(pick(rng, ["좌측 손가락 골절", "발목 인대 파열", "요추 염좌", "안면부 열상"]), "HEALTH_INFO"),
                      "으로 병원 치료 중이며, 산업재해 보고 여부를 확인함."])
    if rng.random() < .4:
        paras.append(["인근 주민 민원(", V(f"{rng.randint(101, 110)}동 {rng.randint(1, 20)}0{rng.randint(1, 4)}호", "ADDRESS"),
                      " 거주 ", nm(person(rng), rng), ", ", V(mobile(rng), "PHONE"), "): 새벽 작업 소음. 작업시간 준수 지도."])
    if rng.random() < .3:
        paras.append(["현장 출입구 불법 주차 근로자 개인차량 ", V(plate(rng), "VEHICLE_PLATE"), " 이동 조치."])
    paras.append(["근거: ", pick(rng, CONS_STAT), ". 시정 결과는 ", kdate(rng, later(rng)), "까지 제출받기로 함."])
    return dict(kind="공사 현장 점검", title=f"건설공사 현장 안전 점검 결과 ({site})", paras=paras, items=items, info=info,
                rows=None, stat=pick(rng, CONS_STAT), target=site, addressee=agent)


def sc_care(rng, ctx):
    gu = ctx["gu"]
    fac = pick(rng, CARE)
    head = person(rng)
    caregivers = [person(rng, .2) for _ in range(rng.randint(1, 3))]
    residents = [person(rng) for _ in range(rng.randint(2, 5))]
    info = [("시설명", [fac]), ("장기요양기관기호", [f"{rng.randint(1, 4)}-{rng.randint(11000, 11999)}-{d4(rng, 5)}"]),
            ("소재지", [biz_addr(rng, gu)]), ("대표전화", [biz_phone(rng)]), ("입소 정원/현원", [f"{rng.randint(29, 70)}명/{rng.randint(20, 29)}명"]),
            ("시설장", [nm(head, rng)])]
    items = [("입소자 건강관리 기록", pick(rng, ["적정", "일부 누락"]), []), ("투약 관리", pick(rng, ["적정", "미흡"]), []),
             ("신체 억제대 사용 동의서", pick(rng, ["구비", "미구비 1건"]), []), ("급식 위생", "적정", []),
             ("요양보호사 배치 기준", pick(rng, ["충족", "미충족(야간)"]), []), ("소방 대피 훈련", "실시", [])]
    hdr = ["연번", pick(rng, ["입소자", "수급자", "성명", "어르신 성명"]), pick(rng, ["생년월일", "출생"]),
           pick(rng, ["등급", "장기요양등급"]), pick(rng, ["주요 질환", "상병명", "건강상태"]),
           pick(rng, ["보호자(관계)", "보호자", "보호자 성명"]), pick(rng, ["보호자 연락처", "연락처"])]
    rows = []
    for i, r in enumerate(residents):
        g = person(rng)
        rows.append([str(i + 1), nm(r, rng), V(bdate(rng, birth(rng, 1928, 1950)), "BIRTH_DATE"),
                     V(pick(rng, ["1등급", "2등급", "3등급", "4등급", "인지지원등급"]), "HEALTH_INFO"),
                     V(pick(rng, CARE_DX), "HEALTH_INFO"), [nm(g, rng), pick(rng, ["(자녀)", "(아들)", "(딸)", "(배우자)", "(며느리)", ""])],
                     V(mobile(rng), "PHONE")])
    r0 = residents[0]
    cg = caregivers[0]
    hon = pick(rng, [" 어르신", "님", " 씨", ""])
    paras = [[kdate(rng, ctx["d"]), " ", fac, " 정기 지도점검을 위하여 현장 방문. 점검반: ", orole(ctx["o"], rng), ", ",
              orole(ctx["o2"], rng), ". 시설장 ", nm(head, rng), " 입회."],
             ["입소자 ", nm(r0, rng), hon, josa(hon or r0.name, "은/는"), " ", kdate(rng, rand_date(rng)), " 야간에 침상에서 낙상하여 ",
              V(pick(rng, ["우측 고관절 골절", "두피 열상", "손목 골절"]), "HEALTH_INFO"), " 진단을 받았으나 보호자 통보가 ",
              "다음 날 이루어진 것으로 확인됨. 당시 근무자는 요양보호사 ", nm(cg, rng), "."],
             [pick(rng, ["보호자 ", "입소자 가족 "]), nm(person(rng), rng), "(", V(mobile(rng), "PHONE"), ")", "의 민원에 따라 ",
              "투약 기록을 대조하였으며, ", V(r0.given if not r0.foreign else r0.name, "PERSON"),
              pick(rng, [" 어르신", " 님"]), "의 혈압약 투약 누락 2회가 확인됨."]]
    if rng.random() < .3:
        paras.append(["입소자 명부에 ", masked(r0, rng), " 등 일부는 이미 비식별 처리되어 있음."])
    paras.append(["조치: ", pick(rng, CARE_STAT), "에 따라 개선명령 및 장기요양급여 비용 환수 검토."])
    if rng.random() < .25:
        paras.append(["환수 대상 본인부담금 환급 계좌(보호자 명의): ",
                      pick(rng, ["농협 ", "국민은행 ", "신한 "]), V(f"{d4(rng, 3)}-{d4(rng, 4)}-{d4(rng, 4)}-{d4(rng, 2)}", "BANK_ACCOUNT"), "."])
    return dict(kind="노인요양시설 점검", title=f"노인요양시설 지도점검 결과 ({fac})", paras=paras, items=items, info=info,
                rows=(hdr, rows), stat=pick(rng, CARE_STAT), target=fac, addressee=head)


def sc_summary_public(rng, ctx):
    """Aggregate results without personal data."""
    kind = ctx["kind"]
    names = {"위생 점검": FOOD_BIZ, "소방 점검": FIRE_OBJ, "불법 주정차 단속": ["월드컵로", "양화로", "도림로", "가마산로"],
             "건축물 안전 점검": BLDG, "공사 현장 점검": CONS, "노인요양시설 점검": CARE}[kind]
    hdr = ["연번", pick(rng, ["대상", "업소명", "대상시설", "구간"]), "점검일", "결과", pick(rng, ["조치", "처분"])]
    rows = []
    for i, nmx in enumerate(rng.sample(names, min(len(names), rng.randint(3, 6)))):
        rows.append([str(i + 1), nmx, kdate(rng, rand_date(rng)), pick(rng, ["적합", "부적합", "경미", "시정"]),
                     pick(rng, ["없음", "시정명령", f"과태료 {fine(rng)}", "행정지도", "영업정지 7일"])])
    paras = [[kdate(rng, ctx["d"]), "부터 2주간 ", kind, "을 실시한 결과를 아래와 같이 보고함."],
             ["총 ", str(len(rows)), "개소 점검, 부적합 사항은 현장 시정 또는 행정처분 절차 진행. 소요 예산 ",
              f"{rng.randint(3, 40) * 100}만원", "."],
             ["근거: ", pick(rng, {"위생 점검": FOOD_STAT, "소방 점검": FIRE_STAT, "건축물 안전 점검": BLDG_STAT,
                                 "불법 주정차 단속": PARK_STAT, "공사 현장 점검": CONS_STAT,
                                 "노인요양시설 점검": CARE_STAT}[kind]), ". 문의: ", ctx["o"].dept, " ", ctx["o"].tel, " 또는 다산콜센터 120."],
             ["향후 장애인 편의시설 유지 관리 실태와 연계하여 하반기 점검 계획을 수립할 예정임."]]
    return dict(kind=kind, title=f"{pick(rng, ['상반기', '하반기', '3월', '설 명절 대비', '여름철'])} {kind} 결과 총괄",
                paras=paras, items=None, info=[], rows=(hdr, rows), stat="", target=kind, addressee=None)


def sc_plan_nonpublic(rng, ctx):
    kind = ctx["kind"]
    targets = rng.sample(FOOD_BIZ + FIRE_OBJ + CARE, 4)
    paras = [["불시 ", kind, " 계획(안)으로, 대상 업소와 일정이 사전에 알려지면 점검의 실효성이 떨어지므로 점검 종료 시까지 비공개함."],
             ["대상: ", ", ".join(targets), " / 일정: ", kdate(rng, later(rng)), " ~ ", kdate(rng, later(rng) + dt.timedelta(days=30))],
             ["점검반 편성: ", orole(ctx["o"], rng), ", ", orole(ctx["o2"], rng), ". 예산 ", f"{rng.randint(2, 9) * 100}만원."]]
    return dict(kind=kind, title=f"{kind} 불시점검 계획(안)", paras=paras, items=None, info=[], rows=None, stat="",
                target=kind, addressee=None, grade=("nonpublic", [5]))


def sc_abuse_nonpublic(rng, ctx):
    sc = sc_care(rng, ctx)
    suspect = person(rng)
    sc["paras"].insert(1, ["요양보호사 ", nm(suspect, rng), josa(suspect.name, "이/가"), " 입소자를 폭행하였다는 신고가 접수되어 ",
                           "노인보호전문기관 및 관할 경찰서에 수사를 의뢰함(", kdate(rng, rand_date(rng)), "). 수사 진행 중이므로 비공개."])
    sc["title"] = f"노인학대 의심 신고 관련 현장 점검 ({sc['target']})"
    sc["grade"] = ("nonpublic", [4])
    return sc


def sc_accident_nonpublic(rng, ctx):
    sc = sc_construction(rng, ctx)
    w = person(rng, .4)
    sc["paras"].insert(1, ["사고 개요: ", kdate(rng, rand_date(rng)), " 근로자 ", nm(w, rng), josa(w.name, "이/가"), " 비계에서 추락하여 ",
                           V(pick(rng, ["두부 손상으로 중환자실 입원", "척추 골절", "사망"]), "HEALTH_INFO"),
                           ". 고용노동부 및 경찰의 사고 원인 조사가 진행 중임."])
    sc["title"] = f"건설현장 추락사고 관련 점검 결과 ({sc['target']})"
    sc["grade"] = ("nonpublic", [4])
    return sc


def sc_secret_nonpublic(rng, ctx):
    sc = sc_food(rng, ctx)
    sc["paras"].insert(1, ["업체가 제출한 소스 배합비(원료별 비율)와 납품처 목록, 제조 공정도는 영업상 비밀로서 ",
                           "공개될 경우 정당한 이익을 해칠 우려가 있음."])
    sc["title"] = f"식품 제조공정 위생 점검 - 제출 자료 검토 ({sc['target']})"
    sc["grade"] = ("nonpublic", [7])
    return sc


def sc_person_nonpublic(rng, ctx):
    sc = sc_care(rng, ctx)
    r = sc["rows"][1][0][1]
    sc["title_segs"] = ["입소자 ", r, " 사례 관리 및 건강상태 점검 기록"]
    sc["title"] = "입소자 사례 관리 및 건강상태 점검 기록"
    sc["grade"] = ("nonpublic", [6])
    return sc


SCEN = [(sc_food, 15), (sc_building, 11), (sc_parking, 12), (sc_fire, 11), (sc_construction, 11), (sc_care, 11),
        (sc_summary_public, 18), (sc_plan_nonpublic, 3), (sc_abuse_nonpublic, 3), (sc_accident_nonpublic, 2),
        (sc_secret_nonpublic, 2), (sc_person_nonpublic, 2)]
DEPTS = {"위생 점검": "위생과", "건축물 안전 점검": "건축안전과", "불법 주정차 단속": "주차관리과", "소방 점검": "안전총괄과",
         "공사 현장 점검": "건축과", "노인요양시설 점검": "어르신복지과"}
TEAMS = {"위생과": ["식품위생팀", "위생관리팀"], "건축안전과": ["건축안전팀", "시설안전팀"], "주차관리과": ["주차단속팀", "견인관리팀"],
         "안전총괄과": ["재난안전팀", "안전점검팀"], "건축과": ["건축허가팀", "공사감리팀"], "어르신복지과": ["노인시설팀", "장기요양팀"]}


FN_KIND = {"sc_food": "위생 점검", "sc_building": "건축물 안전 점검", "sc_parking": "불법 주정차 단속", "sc_fire": "소방 점검",
           "sc_construction": "공사 현장 점검", "sc_care": "노인요양시설 점검", "sc_abuse_nonpublic": "노인요양시설 점검",
           "sc_accident_nonpublic": "공사 현장 점검", "sc_secret_nonpublic": "위생 점검", "sc_person_nonpublic": "노인요양시설 점검"}


# ---------------------------------------------------------------- layouts
def tseg(sc):
    return sc.get("title_segs") or sc["title"]


def docno(rng, ctx):
    return f"{ctx['team']}-{rng.randint(100, 9999)}"


def info_block(b, rng, sc, sep=None, prefix=""):
    sep = sep or pick(rng, [": ", " : ", "： ", "\t"])
    for k, v in sc.get("info") or []:
        b.add(prefix, k, sep, v, "\n")


def items_table(b, rng, sc, style):
    items = sc.get("items")
    if not items:
        return
    h = [pick(rng, ["점검항목", "점검 내용", "항목"]), pick(rng, ["결과", "점검결과", "적부"]), pick(rng, ["비고", "조치사항", "지적사항"])]
    rows = [[k, r, v if v else "-"] for k, r, v in items]
    grid(b, rng, h, rows, style)


def grid(b, rng, hdr, rows, style):
    if style == "pipe":
        b.add("| " + " | ".join(hdr) + " |\n|" + "|".join(pick(rng, ["---", ":---:", "----"]) for _ in hdr) + "|\n")
        for r in rows:
            b.add("| ")
            for j, c in enumerate(r):
                b.add(" | " if j else "", c)
            b.add(" |\n")
    elif style == "box":
        line = lambda l, m, r: l + m.join("─" * 8 for _ in hdr) + r + "\n"
        b.add(line("┌", "┬", "┐"), "│ " + " │ ".join(hdr) + " │\n", line("├", "┼", "┤"))
        for r in rows:
            b.add("│ ")
            for j, c in enumerate(r):
                b.add(" │ " if j else "", c)
            b.add(" │\n")
        b.add(line("└", "┴", "┘"))
    elif style == "tsv":
        b.add("\t".join(hdr) + "\n")
        for r in rows:
            for j, c in enumerate(r):
                b.add("\t" if j else "", c)
            b.add("\n")
    else:  # numbered lines
        mk = pick(rng, ["  - ", "  · ", "  ", "   ○ "])
        for r in rows:
            b.add(mk)
            for j, c in enumerate(r):
                b.add(" / " if j else "", c)
            b.add("\n")


def rows_table(b, rng, sc, style):
    if sc.get("rows"):
        hdr, rows = sc["rows"]
        grid(b, rng, hdr, rows, style)


def footer(b, rng, ctx):
    o, o2 = ctx["o"], ctx["o2"]
    f = rng.randrange(3)
    if f == 0:
        b.add("\n점검자: ", orole(o, rng), " (", o.tel, ")\n확인자: ", orole(o2, rng), "\n")
    elif f == 1:
        b.add("\n담당 ", o.rank, " ", o.name, "  ", o2.rank, " ", o2.name, "  ", ctx["appr_rank"], " ", ctx["approver"], "\n",
              "협조자 ", pick(rng, ["보건소 주무관 ", "소방서 소방장 ", "동 주민센터 주무관 "]), pick(rng, SURN[:30]) + pick(rng, GIV2), "\n")
    else:
        b.add("\n", ctx["gu"][0], "청 ", ctx["dept"], " ", ctx["team"], " / 전화 ", o.tel, " / ", o.mail, "\n",
              "주소 ", ctx["gu"][4], "\n")


def lay_gongmun(b, rng, sc, ctx):
    b.add(tseg(sc), "\n\n")
    b.add(pick(rng, ["수신  내부결재", "수신  " + ctx["dept"] + "장", "수신자  수신자 참조", "수신  구청장(참조: 안전건설국장)"]),
          "\n(경유)\n제목  ", sc["title"], "\n\n")
    b.add("1. 관련: ", sc.get("stat") or "구 점검 계획", ", ", docno(rng, ctx), "(", kdate(rng, ctx["d"]), ")\n")
    b.add("2. ", sc["target"], "에 대한 점검 결과를 다음과 같이 보고합니다.\n\n")
    sub = pick(rng, [("가.", "나.", "다.", "라."), ("○", "○", "○", "○"), ("1)", "2)", "3)", "4)")])
    k = iter(sub)
    if sc.get("info"):
        b.add("  ", next(k), " 점검 대상\n")
        info_block(b, rng, sc, prefix="     - ")
    b.add("  ", next(k), " 점검 결과\n")
    for p in sc["paras"]:
        b.add("     - ", p, "\n")
    if sc.get("items") or sc.get("rows"):
        b.add("  ", next(k), pick(rng, [" 세부 내역\n", " 점검표\n", " 명단\n"]))
        items_table(b, rng, sc, pick(rng, ["pipe", "box", "tsv"]))
        rows_table(b, rng, sc, pick(rng, ["pipe", "box", "tsv", "lines"]))
    b.add("\n붙임  ", pick(rng, ["점검표 1부", "현장 사진 3매", "확인서 1부"]), ".  끝.\n")
    footer(b, rng, ctx)


def lay_pipe_checklist(b, rng, sc, ctx):
    b.add("■ ", tseg(sc), "\n")
    b.add(pick(rng, ["점검일시", "점검일"]), ": ", kdate(rng, ctx["d"]), " / 점검반: ", orole(ctx["o"], rng), ", ", orole(ctx["o2"], rng), "\n\n")
    if sc.get("info"):
        b.add("| 구분 | 내용 |\n|---|---|\n")
        for k_, v in sc["info"]:
            b.add("| ", k_, " | ", v, " |\n")
        b.add("\n")
    items_table(b, rng, sc, "pipe")
    b.add("\n")
    rows_table(b, rng, sc, "pipe")
    b.add("\n[", pick(rng, ["점검 의견", "종합 의견", "특이사항"]), "]\n")
    for p in sc["paras"]:
        b.add("- ", p, "\n")
    footer(b, rng, ctx)


def lay_box(b, rng, sc, ctx):
    b.add(tseg(sc), "\n\n")
    if sc.get("info"):
        b.add("┌────────────┬──────────────────────────────┐\n")
        for i, (k_, v) in enumerate(sc["info"]):
            b.add("│ ", k_, " │ ", v, " │\n")
            b.add("├────────────┼──────────────────────────────┤\n" if i < len(sc["info"]) - 1 else
                  "└────────────┴──────────────────────────────┘\n")
    items_table(b, rng, sc, "box")
    rows_table(b, rng, sc, "box")
    b.add("\n※ ", pick(rng, ["점검 내용", "비고", "지적사항 및 조치"]), "\n")
    mk = pick(rng, ["◦ ", "· ", "▶ ", "- "])
    for p in sc["paras"]:
        b.add("  ", mk, p, "\n")
    footer(b, rng, ctx)


def lay_ledger(b, rng, sc, ctx):
    b.add(tseg(sc), pick(rng, [" [대장]", " - 점검 대장", ""]), "\n")
    b.add("작성: ", orole(ctx["o"], rng), "\t작성일: ", kdate(rng, ctx["d"]), "\n\n")
    if sc.get("rows"):
        rows_table(b, rng, sc, "tsv")
    if sc.get("info"):
        b.add("\n")
        info_block(b, rng, sc, sep="\t")
    if sc.get("items"):
        b.add("\n")
        items_table(b, rng, sc, "tsv")
    b.add("\n비고\n")
    for i, p in enumerate(sc["paras"], 1):
        b.add(f"{i}. ", p, "\n")
    footer(b, rng, ctx)


def lay_kv(b, rng, sc, ctx):
    b.add("【", tseg(sc), "】\n\n")
    sep = pick(rng, [" : ", ": ", " - "])
    b.add("□ 점검 개요\n", " ○ 일시", sep, kdate(rng, ctx["d"]), "\n ○ 점검반", sep, orole(ctx["o"], rng), ", ", orole(ctx["o2"], rng), "\n")
    if sc.get("info"):
        b.add("□ 대상 현황\n")
        info_block(b, rng, sc, sep=sep, prefix=" ○ ")
    b.add("□ 점검 결과\n")
    for p in sc["paras"]:
        b.add("  - ", p, "\n")
    if sc.get("items"):
        b.add("□ 항목별 결과\n")
        for k_, r, v in sc["items"]:
            b.add("  · ", k_, sep, r, [" (", v, ")"] if v and plain(v) else "", "\n")
    if sc.get("rows"):
        b.add("□ 관련 명단\n")
        rows_table(b, rng, sc, "lines")
    footer(b, rng, ctx)


def lay_prose(b, rng, sc, ctx):
    b.add(tseg(sc), "\n\n")
    b.add(pick(rng, ["[점검 일지] ", "업무일지 ", "현장 점검 기록 "]), kdate(rng, ctx["d"]), " 날씨 ", pick(rng, ["맑음", "흐림", "비"]), "\n\n")
    b.add("오늘 ", orole(ctx["o"], rng), josa(ctx["o"].name, "과/와"), " ", orole(ctx["o2"], rng), josa(ctx["o2"].name, "은/는"), " ",
          sc["target"], "에 대한 점검을 나갔다. ")
    for p in sc["paras"]:
        b.add(p, " ")
    b.add("\n\n")
    if sc.get("info") and rng.random() < .6:
        b.add("참고 사항 - ")
        for i, (k_, v) in enumerate(sc["info"]):
            b.add(", " if i else "", k_, " ", v)
        b.add("\n")
    if sc.get("rows") and rng.random() < .7:
        b.add("\n")
        rows_table(b, rng, sc, pick(rng, ["pipe", "tsv", "lines"]))
    b.add("\n이상 보고함. (", ctx["o"].name, ", 내선 ", ctx["o"].tel[-4:], ")\n")


def lay_confirm(b, rng, sc, ctx):
    who = sc.get("addressee")
    b.add(tseg(sc), "\n\n")
    b.add(pick(rng, ["확 인 서", "진 술 서", "점검 결과 확인서", "현장 확인서"]), "\n\n")
    if who is not None:
        b.add(pick(rng, ["성  명", "성명", "이름", "확인자"]), ": ", nm_full(who, rng), "\n")
        if rng.random() < .6:
            b.add(pick(rng, ["생년월일", "출생"]), ": ", V(bdate(rng, birth(rng, 1955, 2000)), "BIRTH_DATE"), "\n")
        b.add(pick(rng, ["연락처", "휴대전화", "전화"]), ": ", V(mobile(rng) if rng.random() < .85 else home_phone(rng), "PHONE"), "\n")
        if rng.random() < .5:
            b.add("주  소: ", V(addr(rng, ctx["gu"]), "ADDRESS"), "\n")
        b.add("지  위: ", pick(rng, ["대표자", "종업원", "관계인", "현장대리인", "시설장", "소유자"]), "\n\n")
    info_block(b, rng, sc)
    b.add("\n위 본인은 ", kdate(rng, ctx["d"]), " 실시한 ", sc["kind"], "에서 아래 사항이 지적되었음을 확인합니다.\n\n")
    for i, p in enumerate(sc["paras"], 1):
        b.add(f"{i}. ", p, "\n")
    if sc.get("items"):
        items_table(b, rng, sc, pick(rng, ["pipe", "box"]))
    if sc.get("rows"):
        rows_table(b, rng, sc, pick(rng, ["pipe", "box", "tsv"]))
    b.add("\n", kdate(rng, ctx["d"]), "\n\n확인자  ")
    if who is not None:
        b.add(nm(who, rng), "  (서명)\n")
    else:
        b.add("(서명)\n")
    b.add("점검자  ", orole(ctx["o"], rng), "  (인)\n")


def lay_letter(b, rng, sc, ctx):
    who = sc.get("addressee")
    b.add(ctx["gu"][0], "\n\n")
    if who is not None:
        b.add("수신  ", sc["target"], " ", pick(rng, ["대표자", "관계인", "관리자", ""]), " ", nm(who, rng), pick(rng, [" 귀하", "님", " 님 귀하"]), "\n")
        if rng.random() < .5:
            b.add("      (우편 송달: ", V(addr(rng, ctx["gu"]), "ADDRESS"), ")\n")
    else:
        b.add("수신  수신자 참조\n")
    b.add("제목  ", tseg(sc), " 통보\n\n")
    b.add("1. 귀 ", pick(rng, ["업소", "시설", "현장", "건축물"]), "의 무궁한 발전을 기원합니다.\n")
    b.add("2. ", kdate(rng, ctx["d"]), " 실시한 점검 결과를 다음과 같이 통보하오니 기한 내 조치하여 주시기 바랍니다.\n\n")
    for i, p in enumerate(sc["paras"]):
        b.add("  ", "가나다라마바사아"[i % 8], ". ", p, "\n")
    if sc.get("items"):
        b.add("\n")
        items_table(b, rng, sc, pick(rng, ["pipe", "box", "lines"]))
    if sc.get("rows"):
        rows_table(b, rng, sc, pick(rng, ["pipe", "box", "lines"]))
    b.add("\n3. 본 처분에 이의가 있는 경우 처분이 있음을 안 날부터 90일 이내에 행정심판을 청구할 수 있습니다.\n")
    b.add("4. 문의: ", ctx["dept"], " ", ctx["team"], " ", ctx["o"].rank, " ", ctx["o"].name, "(", ctx["o"].tel, ").  끝.\n\n")
    b.add(ctx["gu"][0], "청장\n\n", "시행 ", docno(rng, ctx), " (", kdate(rng, ctx["d"], 0), ")\n", ctx["gu"][4], " / ", ctx["o"].mail, "\n")


def lay_memo(b, rng, sc, ctx):
    b.add(pick(rng, ["[업무연락] ", "[메모] ", "업무 메모 - "]), tseg(sc), "\n")
    b.add("보낸 사람: ", orole(ctx["o"], rng), "\n받는 사람: ", ctx["team"], " ", pick(rng, ["팀원", "팀장님", "전체"]), "\n일시: ",
          kdate(rng, ctx["d"]), " ", f"{rng.randint(8, 18)}:{rng.randint(0, 59):02d}", "\n\n")
    b.add(pick(rng, ["팀장님, ", "공유드립니다. ", "", "오늘 점검 건 정리했습니다.\n"]))
    for p in sc["paras"]:
        b.add("→ ", p, "\n")
    if sc.get("info") and rng.random() < .6:
        b.add("\n(대상 정보)\n")
        info_block(b, rng, sc, sep=" / ")
    if sc.get("rows") and rng.random() < .6:
        rows_table(b, rng, sc, pick(rng, ["lines", "tsv"]))
    b.add("\n내선 ", ctx["o"].tel[-4:], "\n")


LAYOUTS = [("gongmun", lay_gongmun, 3), ("pipe_checklist", lay_pipe_checklist, 2), ("box", lay_box, 2),
           ("ledger_tsv", lay_ledger, 2), ("kv", lay_kv, 2), ("prose", lay_prose, 2), ("confirm", lay_confirm, 1.5),
           ("letter", lay_letter, 2), ("memo", lay_memo, 1.5)]


def make_doc(rng, i, seed):
    gu = pick(rng, GU)
    fn = weighted(rng, SCEN)[0]
    d = doc_date(rng)
    BASE[0] = d
    kind = FN_KIND.get(fn.__name__) or pick(rng, list(DEPTS))
    dept = DEPTS[kind]
    # officials are built before the scenario so that the scenario can name them in role
    ctx = dict(gu=gu, d=d, kind=kind, dept=dept, team=pick(rng, TEAMS[dept]))
    ctx["o"], ctx["o2"] = official(rng, gu, dept), official(rng, gu, dept)
    sc = fn(rng, ctx)
    ctx["approver"] = pick(rng, SURN[:40]) + pick(rng, GIV2)
    ctx["appr_rank"] = pick(rng, ["팀장", "과장"])
    lay = weighted(rng, LAYOUTS)
    b = B()
    lay[1](b, rng, sc, ctx)
    text = b.text()
    for e in b.ents:
        assert text[e["start"]:e["end"]] == e["text"] and e["text"].strip() == e["text"] and e["text"], e
    if "grade" in sc:
        grade, grounds = sc["grade"][0], list(sc["grade"][1])
    elif b.ents:
        grade, grounds = "partial", [6]
    else:
        grade, grounds = "public", []
    return {"id": f"{FAMILY}-{seed}-{i}", "lang": "ko", "title": plain(tseg(sc)),
            "department": f"{gu[0]} {dept} {ctx['team']}", "doc_type": f"{sc['kind']} ({lay[0]})",
            "approved_at": d.isoformat(), "drafter": ctx["o"].name, "approver": ctx["approver"],
            "approver_rank": ctx["appr_rank"], "text": text, "entities": b.ents, "grade": grade, "grounds": grounds}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    docs = [make_doc(rng, i, a.seed) for i in range(1, a.n + 1)]
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            for e in d["entities"]:
                assert d["text"][e["start"]:e["end"]] == e["text"]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
