"""Shared pieces for the families: the registry, numbering styles, and negative-rich sections.

The optional sections (budget table with phone-like codes, a cooperation table of
officials with office lines, a venue at a public building, a management number
with an impossible date) exist to put look-alike negatives into every kind of
document, public ones included, so a filter cannot learn "digits = mask".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .. import values as V
from ..context import Ctx
from ..doc import Doc, Ent


@dataclass
class Spec:
    """What a family returns: the body and the gold document-level decision."""

    title: str
    doc_type: str
    body: Doc
    grade: str                      # public / partial / nonpublic
    grounds: list[int] = field(default_factory=list)   # substantive grounds; 6 is added from the spans
    recipient: object = ""          # 공문 layout 수신: an organisation (str) or a private person (Ent)


@dataclass
class Family:
    name: str
    area: str
    lang: str
    weight: float
    build: Callable[[Ctx], Spec]


REGISTRY: list[Family] = []


def family(name: str, area: str, lang: str = "ko", weight: float = 1.0):
    def deco(fn):
        REGISTRY.append(Family(name, area, lang, weight, fn))
        return fn
    return deco


class Outline:
    """Section and bullet markers, one consistent style per document."""

    STYLES = [("{n}. ", "  ○ ", "    - "), ("{r}. ", "  □ ", "    ○ "), ("□ ", "  ○ ", "   - "),
              ("{n}) ", "  가. ", "    ※ "), ("[{n}] ", "  ▶ ", "    · ")]
    ROMAN = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ", "Ⅸ", "Ⅹ"]

    def __init__(self, c: Ctx, doc: Doc, en: bool = False):
        self.c, self.doc, self.n = c, doc, 0
        self.sec_fmt, self.b1, self.b2 = (("{n}. ", "  - ", "    * ") if en else c.rng.choice(self.STYLES))
        if not en and self.b1 == "  가. ":
            self._kor = iter("가나다라마바사아자차카타파하" * 3)
        else:
            self._kor = None

    def sec(self, title: str) -> None:
        self.n += 1
        if self.n > 1:
            self.doc.blank()
        self.doc.line(self.sec_fmt.format(n=self.n, r=self.ROMAN[(self.n - 1) % 10]), title)
        if self._kor is not None:
            self._kor = iter("가나다라마바사아자차카타파하" * 3)

    def item(self, *xs) -> None:
        mark = f"  {next(self._kor)}. " if self._kor is not None else self.b1
        self.doc.line(mark, *xs)

    def sub(self, *xs) -> None:
        self.doc.line(self.b2, *xs)


# --------------------------------------------------------------- negatives
def budget_section(c: Ctx, o: Outline, en: bool = False) -> None:
    r = c.rng
    rows = []
    for _ in range(r.randint(2, 4)):
        total = r.randrange(20_000_000, 900_000_000, 1_000_000)
        spent = int(total * r.uniform(0.2, 0.95)) // 1000 * 1000
        rows.append([r.choice(["사무관리비", "민간경상사업보조", "행사운영비", "시설비", "연구용역비", "자산취득비", "민간위탁금"]),
                     V.budget_code(r), f"{total:,}원", f"{spent:,}원", f"{spent / total * 100:.1f}%"])
    o.sec("Budget" if en else r.choice(["예산 현황", "소요 예산", "예산 집행 현황"]))
    if en:
        o.item("Account: General Account (unit: KRW)")
    else:
        o.item(f"회계: {r.choice(['일반회계', '특별회계(주차장)', '균형발전특별회계'])} / 단위: 원")
    c_head = ["Item", "Code", "Budget", "Spent", "Rate"] if en else ["비목", "예산코드", "예산액", "집행액", "집행률"]
    o.doc.table(c_head, rows, c.style)


def coop_section(c: Ctx, o: Outline) -> None:
    """Officials with office lines in a table: none of it is personal information."""
    r = c.rng
    rows = []
    for unit in r.sample(["자치행정과", "안전총괄과", "예산담당관", "홍보기획관", "법무담당관", "복지정책과", "교통정책과"], r.randint(2, 3)):
        rows.append([unit, f"{r.choice(['팀장', '주무관', '과장'])} {c.official()}", V.office_line(r), r.choice(["자료 제공", "홍보 지원", "법률 검토", "예산 협의", "현장 지원"])])
    o.sec(r.choice(["협조 부서", "관계 부서 협조 사항", "부서별 역할"]))
    o.doc.table(["부서", "담당", "연락처", "협조 내용"], rows, c.style)


def schedule_section(c: Ctx, o: Outline) -> None:
    r = c.rng
    o.sec(r.choice(["향후 계획", "향후 추진 일정", "추진 일정"]))
    for what in r.sample(["결과 공개(정보소통광장)", "후속 점검", "만족도 조사", "관계 부서 통보", "예산 정산", "성과 평가"], 2):
        o.item(f"{c.date_after(60)} : {what}")


def venue_line(c: Ctx) -> str:
    name, addr = c.rng.choice(V.PUBLIC_BUILDINGS)
    return f"장소: {name}({addr})"


def history_section(c: Ctx, o: Outline) -> None:
    import datetime as dt
    r = c.rng
    o.sec(r.choice(["추진 경과", "그간 추진 상황", "추진 연혁"]))
    steps = r.sample(["기본계획 수립(시장 방침 제{n}호)", "관계 부서 협의", "자치구 의견 조회", "시의회 업무 보고",
                      "전문가 자문회의 개최", "예산 편성(부시장 방침 제{n}호)", "사업 설명회 개최"], r.randint(2, 4))
    back = sorted(r.sample(range(5, 300), len(steps)), reverse=True)     # oldest first
    for days, what in zip(back, steps):
        d = dt.date(c.y, c.m, c.d) - dt.timedelta(days=days)
        o.item(f"{V.kdate(d.year, d.month, d.day, 0)} : " + what.format(n=r.randint(10, 400)))


def effect_section(c: Ctx, o: Outline) -> None:
    r = c.rng
    o.sec(r.choice(["기대 효과", "추진 방향", "검토 의견"]))
    for t in r.sample(["시민 생활 불편 해소 및 행정 신뢰도 제고", "관계 기관 협업 체계 구축으로 중복 업무 최소화",
                       "사업 성과의 정량적 관리 기반 마련", "취약계층 접근성 개선", "예산 집행의 투명성 확보",
                       "현장 의견을 반영한 제도 개선 과제 발굴"], r.randint(2, 3)):
        o.item(t)


def district_section(c: Ctx, o: Outline) -> None:
    r = c.rng
    o.sec(r.choice(["[참고] 자치구별 현황", "[붙임] 권역별 현황", "[참고] 추진 실적"]))
    rows = [[gu, f"{r.randint(1, 300):,}건", f"{r.randint(1, 99)}%", r.choice(["정상 추진", "일부 지연", "완료"])]
            for gu in r.sample(list(V.SEOUL), r.randint(3, 5))]
    o.doc.table(["자치구", "실적", "달성률", "비고"], rows, c.style)


def negatives_tail(c: Ctx, o: Outline) -> None:
    """One to three optional negative-rich sections, then the official contact line."""
    r = c.rng
    pool = [budget_section, coop_section, schedule_section, history_section, effect_section, district_section]
    for fn in r.sample(pool, r.choice([1, 2, 2, 3, 3])):
        fn(c, o)
    if r.random() < 0.2:
        o.doc.line(f"※ 관리번호 {V.mgmt_number(r)} (시스템 자동 부여)")
    o.doc.blank()
    o.doc.line(c.contact_line())


def ref_line(c: Ctx, o: Outline) -> None:
    o.item(f"관련: {c.section}-{c.rng.randint(100, 9999)}({c.date_before(120, 0)})")


def statute(c: Ctx) -> str:
    return c.rng.choice(V.STATUTES)


def label_value(label: str, value, c: Ctx) -> list:
    """`성명: 홍길동` or `성 명 : 홍길동` - the label is never part of the span."""
    sep = c.rng.choice([": ", " : ", "  ", "："])
    return [label, sep, value]


def who_said(c: Ctx, role: str, ent: Ent) -> list:
    """A private name in a role with a particle or title glued on: 민원인 홍길동 씨는 / 신청인(홍길동)은."""
    r = c.rng
    return r.choice([
        [f"{role} ", ent, r.choice(["씨는 ", " 씨는 ", "님은 ", "은(는) "])],
        [f"{role}(", ent, ")은 "],
        [f"{role} ", ent, r.choice(["이 ", "께서 ", "(이하 '신청인')은 "])],
    ])
