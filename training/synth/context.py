"""Per-document state: the random stream, the department, the officials, and value helpers.

A family writes ``c.person()`` or ``c.phone()`` and gets an :class:`Ent` back, or
``c.official("팀장")`` and gets a bare name that is *not* a span. Keeping both kinds
of name in one per-document pool (``Names``) means a name never plays a private and
an official role in the same document, so the role words around it are what decides.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import values as V
from .doc import TABLE_STYLES, Ent

# (실/국 or office, 과/담당관, district office or None)
DEPARTMENTS = {
    "civil": [("시민소통기획관", "민원담당관", None), ("시민소통기획관", "시민소통과", None), ("", "민원여권과", "마포구"),
              ("", "민원행정과", "노원구")],
    "welfare": [("복지실", "희망복지지원과", None), ("복지실", "장애인복지정책과", None), ("", "복지정책과", "관악구"),
                ("", "어르신복지과", "은평구"), ("복지실", "돌봄고독정책관", None)],
    "economy": [("경제실", "소상공인정책담당관", None), ("경제실", "일자리정책과", None), ("경제실", "민생노동정책과", None)],
    "finance": [("재무국", "세무과", None), ("재무국", "38세금징수과", None), ("", "세무2과", "송파구")],
    "transport": [("교통실", "주차계획과", None), ("교통실", "교통정책과", None), ("", "주차관리과", "마포구"),
                  ("", "교통행정과", "강남구")],
    "safety": [("안전총괄실", "재난안전정책과", None), ("안전총괄실", "안전총괄과", None), ("", "안전재난과", "종로구")],
    "culture": [("문화본부", "문화정책과", None), ("문화본부", "문화유산정책과", None), ("관광체육국", "관광정책과", None)],
    "youth": [("평생교육국", "청소년정책과", None), ("평생교육국", "평생교육과", None), ("", "교육지원과", "송파구")],
    "hr": [("행정국", "인사과", None), ("행정국", "총무과", None), ("", "행정지원과", "종로구")],
    "audit": [("감사위원회", "조사담당관", None), ("감사위원회", "감사담당관", None), ("감사위원회", "공익제보담당관", None)],
    "intl": [("글로벌도시정책관", "국제협력과", None), ("글로벌도시정책관", "외국인주민과", None)],
    "land": [("도시공간본부", "토지관리과", None), ("재무국", "자산관리과", None), ("공원여가국", "공원조성과", None)],
    "it": [("디지털도시국", "정보보안과", None), ("디지털도시국", "정보통신보안담당관", None)],
    "emergency": [("비상기획관", "민방위담당관", None), ("비상기획관", "비상대비과", None)],
    "contract": [("재무국", "계약과", None), ("기후환경본부", "자원순환과", None), ("물순환안전국", "하천관리과", None),
                 ("도시기반시설본부", "시설계획과", None)],
    "plan": [("기획조정실", "조직담당관", None), ("도시공간본부", "도시계획과", None), ("주택실", "주거정비과", None),
             ("기후환경본부", "기후환경정책과", None)],
    "health": [("시민건강국", "보건의료정책과", None), ("시민건강국", "감염병관리과", None)],
}
RANK_WEIGHTS = [("과장", 52), ("국장", 18), ("팀장", 11), ("실장", 5), ("본부장", 4), ("부시장", 4), ("담당관", 4), ("시장", 2)]
DISTRICT_RANK = {"국장": "국장", "실장": "부구청장", "본부장": "국장", "부시장": "부구청장", "시장": "구청장", "담당관": "과장"}


def weighted(rng: random.Random, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    area: str
    names: V.Names = field(init=False)

    def __post_init__(self):
        r = self.rng
        self.names = V.Names(r)
        self.layout = "kv"              # set by the generator before the family builds
        self.office, self.section, self.district = r.choice(DEPARTMENTS[self.area])
        self.org = f"서울특별시 {self.district}" if self.district else "서울특별시"
        self.department = f"{self.org} {self.section}"
        self.y = r.choice([2024, 2025, 2025, 2026])
        self.m, self.d = r.randint(1, 12), r.randint(1, 28)
        self.approved_at = f"{self.y}-{self.m:02d}-{self.d:02d}"
        self.doc_number = f"{self.section}-{r.randint(100, 29999)}"
        self.drafter = self.names.ko()
        self.drafter_rank = r.choice(["주무관", "주무관", "주무관", "행정주무관", "시설주무관", "사회복지주무관"])
        self.reviewer = self.names.ko()
        rank = weighted(r, RANK_WEIGHTS)
        if self.district:
            rank = DISTRICT_RANK.get(rank, rank)
        self.approver_rank = rank
        self.approver = self.names.ko()
        self.reviewer_rank = "팀장" if rank != "팀장" else "주무관"
        self.style = r.choice(TABLE_STYLES)
        self.office_tel = V.office_line(r, self.district)
        self.office_mail = V.gov_email(r, self.district)

    # ---- officials (not spans)
    def official(self) -> str:
        return self.names.ko()

    def contact_line(self) -> str:
        """담당 주무관 line with office phone and government e-mail: all negatives."""
        r = self.rng
        return r.choice([
            f"※ 문의: {self.section} {self.drafter} 주무관 ({self.office_tel}, {self.office_mail})",
            f"담당: {self.section} {self.drafter_rank} {self.drafter} / 전화 {self.office_tel} / 전자우편 {self.office_mail}",
            f"○ 문의처: {self.section}({self.office_tel}), 다산콜센터 02-120",
            f"※ 자세한 사항은 {self.section}(☎ {self.office_tel})로 문의하여 주시기 바랍니다.",
        ])

    # ---- private values (spans)
    def person(self) -> Ent:
        return Ent("PERSON", self.names.person())

    def person_ko(self) -> Ent:
        return Ent("PERSON", self.names.ko())

    def person_en(self) -> Ent:
        return Ent("PERSON", self.names.en())

    def phone(self) -> Ent:
        return Ent("PHONE", V.phone(self.rng))

    def mobile(self) -> Ent:
        return Ent("PHONE", V.mobile(self.rng))

    def email(self, name: str = "") -> Ent:
        return Ent("EMAIL", V.email(self.rng, name))

    def rrn(self, **kw) -> Ent:
        return Ent("KR_RRN", V.rrn(self.rng, **kw))

    def frn(self) -> Ent:
        return Ent("KR_FRN", V.rrn(self.rng, foreigner=True, y0=1960, y1=2005))

    def birth(self, **kw) -> Ent:
        return Ent("BIRTH_DATE", V.birth_date(self.rng, **kw))

    def address(self) -> Ent:
        return Ent("ADDRESS", V.address(self.rng, self.district))

    def address_cell(self) -> Ent:
        """An address for a table cell: sometimes broken over two lines (the span keeps the newline)."""
        parts = [p for p in V.address_parts(self.rng, self.district) if p]
        if len(parts) > 1 and self.rng.random() < 0.3:
            k = self.rng.randint(1, len(parts) - 1)
            return Ent("ADDRESS", " ".join(parts[:k]) + "\n" + " ".join(parts[k:]))
        return Ent("ADDRESS", " ".join(parts))

    def account(self) -> tuple[str, Ent]:
        bank, num = V.bank_account(self.rng)
        return bank, Ent("BANK_ACCOUNT", num)

    def card(self) -> Ent:
        return Ent("CARD_NUMBER", V.card_number(self.rng))

    def passport(self) -> Ent:
        return Ent("KR_PASSPORT", V.passport(self.rng))

    def licence(self) -> Ent:
        return Ent("KR_DRIVER_LICENSE", V.driver_license(self.rng))

    def plate(self) -> Ent:
        return Ent("VEHICLE_PLATE", V.plate(self.rng))

    def ip(self) -> Ent:
        return Ent("IP_ADDRESS", V.ip(self.rng))

    def health(self, injury: bool = False) -> Ent:
        return Ent("HEALTH_INFO", self.rng.choice(V.INJURY_KO if injury else V.HEALTH_KO))

    @property
    def head(self) -> str:
        """Title of the section head: 담당관 for 담당관 offices, otherwise 과장."""
        return "담당관" if self.section.endswith("담당관") else "과장"

    # ---- dates relative to the approval date
    def date_before(self, days: int, style: int | None = None) -> str:
        import datetime as dt
        d = dt.date(self.y, self.m, self.d) - dt.timedelta(days=self.rng.randint(1, days))
        return V.kdate(d.year, d.month, d.day, self.rng.randint(0, 2) if style is None else style)

    def date_after(self, days: int, style: int | None = None) -> str:
        import datetime as dt
        d = dt.date(self.y, self.m, self.d) + dt.timedelta(days=self.rng.randint(1, days))
        return V.kdate(d.year, d.month, d.day, self.rng.randint(0, 2) if style is None else style)

    def pick(self, *options):
        return self.rng.choice(options)
