"""Row-level reasoning: a row about a private person makes its cells personal.

Administrative documents list people in tables and list lines. A value's shape
alone rarely says whose it is (a date, a landline, ``437-17-186635``), but its row
does: a row that holds a personal identifier (RRN, mobile, personal e-mail,
passport, account, IP) or a private name is *about a private person*, and then

- its name-shaped cell (in a name column, or one of the first two cells) is PERSON,
- a date under a birth-date column, or in a person row without a date header, is
  BIRTH_DATE (``1955/06/23``, ``1948년 3월 2일``, a bare ``720217``),
- a number next to a bank cell or under an account column is BANK_ACCOUNT,
- a cell under a health column, or one naming a condition, is HEALTH_INFO,
- an address-shaped cell is ADDRESS (also ``114동 904호`` without a street),
- landlines and weak addresses already found are promoted by the engine.

Officials' rows (a rank in the cell, a department column, the drafter) are left
alone by the engine's exemptions, which run before and after this step.
"""
from __future__ import annotations

import bisect
import re

from domain import labels

from . import morphology
from .fields import DATE
from .memo import Memo
from .names import PUBLIC_UNIT, NameRules
from .regex_speed import alternation
from .schema import RowsFile

_DATE = re.compile(r"(?<![\d.])(?:" + DATE + r"|(?:19|20)\d{2}\s?년\s?\d{1,2}\s?월\s?\d{1,2}\s?일?)(?!\d)")
_YYMMDD = re.compile(r"^\d{6}$")
_AND_OTHERS = re.compile(r"\s?외\s?\d{1,3}\s?(?:명|인)?\s*$")
# a date written as six or eight digits (620101, 19620101)
_COMPACT_DATE = re.compile(r"^(?:(?:19|20)\d{2}|\d{2})\d{4}$")
_TIME = re.compile(r"\d{1,2}:\d{2}")
_NUMBER = re.compile(r"(?<![\w\-])\d{2,8}(?:[ \-]\d{1,8}){1,5}(?![\d\-])|(?<!\d)\d{9,16}(?!\d)")
_ADDRESS = re.compile(
    r"(?:[가-힣]{1,8}(?:시|도|군|구)\s+)+[가-힣A-Za-z0-9·]{1,20}(?:로|길|동|가|리|읍|면)\s?(?:산\s?)?\d{1,5}"
    r"|\d{1,4}\s?동\s?\d{1,5}\s?호|(?:Apt|Unit|#)\s?[\d\-]+,?\s+\d+\s+[A-Z][a-z\-]+(?:-ro|-gil|-daero)")
# under an address column, shorter shapes are addresses too: a road or a 동 and its
# number without the city (석관동 960-44번지 2층, 보국문로 29), a flat (401호, B01호, 103동 1203호)
# or an estate's building and flat (서울 노원 상계동 하계장미 107-1504)
_ADDRESS_IN_COLUMN = re.compile(r"[가-힣]{1,12}(?:로|길|동|가|리|읍|면)[ \t]?(?:산[ \t]?)?\d{1,5}|(?<![\d-])B?\d{1,4}[ \t]?호(?![가-힣])"
                                r"|(?<![\d-])\d{2,4}-\d{3,4}(?![\d-])")
# a name its writer masked with Latin letters (박OO, 김XX)
_WRITER_MASKED = re.compile(r"[가-힣](?:OO|XX|○○|ㅇㅇ)")
# a unit of a public body, or a staff post in one (시설담당, 경비반장), ending a cell's word
_PUBLIC_UNIT = re.compile(r"(?:" + PUBLIC_UNIT + r"|[가-힣]담당|반장|조장)(?:\s|$)")
#: words of a row about a resident in a table of officials (an award list)
_RESIDENT_ROW_WORDS = ("모범구민", "모범시민", "구민 부문", "시민 부문", "주민 부문",
                       # an audit's list of witnesses: officials, and the private persons
                       # called beside them (참고인, a resident who complained, a professor)
                       "참고인", "진술인", "민원 제기인")
#: identity documents: a row holding one is a person's record, whoever they are
#: words of a column header that holds a private person's data (the mobile, the resident number)
_PRIVATE_HEADER_WORDS = ("휴대", "핸드폰", "주민등록", "외국인등록", "mobile")
_KO_NAME_SPACED = re.compile(r"^[가-힣]{1,2} [가-힣]{1,3}$")
_FOREIGN_HANGUL = re.compile(r"^[가-힣]{1,5}(?: [가-힣]{1,5}){1,3}$")
_LATIN_NAME = re.compile(r"^[A-Z][a-zA-Z'\-]+,?(?: [A-Z][a-zA-Z'\-]+){1,3}$")
_HANJA_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# "정영호(추아름)", "吳子根(부)", "어서연(형제)": a name with a second name or a relation
_NAME_BRACKET = re.compile(r"^([^()]{2,14})\s?\(([^()]{1,14})\)$")
_RANK_GRADE = re.compile(r"[가-힣]{2,}\((?:[1-9]|1[0-2])급\)")
_GRADE = re.compile(r"\d{1,3}\s?(?:급|주|개월|단계|도)(?![가-힣])")
_HANGUL_SUFFIX_WORDS = re.compile(r"(?:거주|지역|일대|관내)$")

MOBILE_SOURCES = {"KR_MOBILE_PHONE", "INTL_PHONE"}


class _HeaderWords:
    """Words a header may contain (성명, 생년월일), lower case, and the question "does
    this header contain one of them?": one regex for the list, and the answers
    remembered per header, as the same few headers are asked about for every cell of a
    table."""

    def __init__(self, words):
        self.words = [w.lower() for w in words]
        self._rx = re.compile(alternation(self.words)) if self.words else None
        self._answers = Memo(self._search)

    def _search(self, header: str) -> bool:
        return self._rx is not None and bool(self._rx.search(header.lower()))

    def in_header(self, header: str) -> bool:
        return self._answers(header)


class RowReasoner:
    def __init__(self, cfg: RowsFile, names: NameRules, health_terms: list[str], official_headers=()):
        self.cfg = cfg
        self.names = names
        self.name_h, self.birth_h = _HeaderWords(cfg.name_headers), _HeaderWords(cfg.birth_headers)
        self.event_h, self.health_h = _HeaderWords(cfg.event_date_headers), _HeaderWords(cfg.health_headers)
        self.account_h, self.address_h = _HeaderWords(cfg.account_headers), _HeaderWords(cfg.address_headers)
        self.passport_h, self.nonperson_h = _HeaderWords(cfg.passport_headers), _HeaderWords(cfg.non_person_headers)
        self.event_nonperson_h = _HeaderWords(cfg.event_date_headers + cfg.non_person_headers)
        self.official_h = _HeaderWords(official_headers)
        field_words = sorted({w for hw in (self.name_h, self.birth_h, self.health_h, self.address_h,
                                           self.account_h, self.passport_h) for w in hw.words}, key=len, reverse=True)
        alt = "|".join(map(re.escape, field_words))
        self._label_rx = re.compile(f"(?:{alt})")
        self._key_rx = re.compile(f"(?:{alt})(?:$|[ (])")
        self.banks = cfg.bank_words
        self.org_suffixes = tuple(cfg.org_suffixes)
        self.devices = set(cfg.assistive_devices)
        self.leave_cells = set(cfg.leave_cells)
        self.official_roles = set(cfg.official_role_cells) | set(names.cfg.official_before)
        self._official_words = tuple(w for w in names.official_words if len(w) >= 2)
        # relations written in brackets after a name (홍길동(아들)): the person rules' own
        self.relations = {w[1:-1] for w in names.cfg.private_after if w.startswith("(") and w.endswith(")")}
        # condition words of two or more characters (one-syllable words such as 암 are too ambiguous in a cell)
        terms = [t for t in health_terms if len(t) >= 2]
        self._health = re.compile("|".join(map(re.escape, sorted(terms, key=len, reverse=True))))
        # answers of the checks of a cell value alone, remembered: the same values come
        # back in every table (each method below asks its memo, which calls the check)
        self._name_shape_memo = Memo(self._name_shape)
        self._foreign_name_shape_memo = Memo(self._foreign_name_shape)
        self._key_memo = Memo(self._key)
        self._label_memo = Memo(self._label)

    # -- value shapes ------------------------------------------------------------------
    def name_shaped(self, v: str) -> bool:
        return self._name_shape_memo(v)

    def _name_shape(self, v: str) -> bool:
        if not v or any(ch.isdigit() or ch in "*○◯＊×" for ch in v) or v in self.names.not_names \
                or _WRITER_MASKED.search(v) or self.names.corporate_word(v):
            return False        # (박OO, 김XX: masked by the writer; 주식회사 대성산업: a company)
        if self._organisation(v) or _HANGUL_SUFFIX_WORDS.search(v):
            return False
        if self._spelt_out_word(v):
            return False
        if self.names.is_korean_name(v):
            return not morphology.dictionary_word(v)    # 상담자, 지급액: a column's word
        if _KO_NAME_SPACED.match(v) and (v[0] in self.names.surnames or v[:2] in self.names.surnames2):
            return not any(len(w) >= 2 and w not in self.names.surnames2
                           and (w in self.names.not_names or morphology.known_common_noun(w))
                           for w in v.split(" "))      # 인명 피해: two words, not 인 명피해 (사공 은정 is a name)
        return bool(_LATIN_NAME.match(v) or _HANJA_NAME.match(v))

    def plain_name(self, v: str) -> bool:
        """A name-shaped cell that is no ordinary word either (형제, 본인, 신협 and 전직 교사
        are name-shaped): how a second name in a row is told, where no column says so."""
        if not self.name_shaped(v) or any(b in v for b in self.banks) or _LATIN_NAME.match(v):
            return False        # (Grand Prize, Special Mention: English words are name-shaped)
        if re.fullmatch(r"[가-힣]{2,4}", v) and morphology.derived_word(v):
            return False        # 호주, 로그인
        words = v.split(" ") if _KO_NAME_SPACED.match(v) else [v]
        return not any(re.fullmatch(r"[가-힣]+", w) and len(w) >= 2 and
                       (morphology.known_common_noun(w) or morphology.function_word(w)) for w in words)

    def name_parts(self, v: str, strict: bool) -> list[tuple[int, int]]:
        m = _AND_OTHERS.search(v)
        if m:                                   # 위종율 외 1: the name, and others unnamed
            return self.name_parts(v[:m.start()], strict)
        return self._name_parts(v, strict)

    def _name_parts(self, v: str, strict: bool) -> list[tuple[int, int]]:
        """(start, end) in ``v`` of the names a cell holds: the whole cell, or the name
        and the name in brackets after it (``정영호(추아름)``, ``吳子根(부)``). ``strict``:
        no column says the cell is a name, so ordinary words are passed over."""
        test = self.plain_name if strict else self.name_shaped
        if test(v):
            return [(0, len(v))]
        m = _NAME_BRACKET.match(v)
        if not m or not test(m.group(1)):
            return []
        if m.group(2) in self.relations:
            return [m.span(1)]                  # 吳子根(부): the relation stays
        return [m.span(1), m.span(2)] if test(m.group(2)) else []   # not 이첩(자치구)

    def _organisation(self, v: str) -> bool:
        """The cell ends like an organisation (복지국, 총무과, 주민센터). A one-syllable
        ending counts only after a word (김민국 and 이상국 are names)."""
        for suffix in self.org_suffixes:
            if v.endswith(suffix) and (len(suffix) > 1 or len(v) > 3
                                       or morphology.known_common_noun(v[:-1])):
                return True
        return False

    def foreign_name_shaped(self, v: str) -> bool:
        return self._foreign_name_shape_memo(v)

    def _spelt_out_word(self, v: str) -> bool:
        """Letters spaced out that make one word (연 락 처, 주 소, 원 고): a key, not a name."""
        whole = v.replace(" ", "")
        return " " in v and (whole in self.names.not_names or morphology.dictionary_word(whole)
                             or morphology.known_common_noun(whole))

    def _foreign_name_shape(self, v: str) -> bool:
        return bool(_FOREIGN_HANGUL.match(v)) and not self._health.search(v) and len(v) <= 14 \
            and not self._spelt_out_word(v) \
            and not v.endswith(self.org_suffixes) \
            and not any(len(w) >= 2 and (morphology.known_common_noun(w) or w in self.names.not_names
                                         or morphology.dictionary_word(w) or morphology.dictionary_compound(w))
                        for w in v.split(" "))

    @staticmethod
    def birth_value(v: str, doc_year: int | None):
        """(start, end) of a plausible birth date in a cell value, else None."""
        v_strip = v.strip()
        if _COMPACT_DATE.match(v_strip):
            mm, dd = int(v_strip[-4:-2]), int(v_strip[-2:])     # 620101, 19620101
            if 1 <= mm <= 12 and 1 <= dd <= 31:
                k = v.find(v_strip)
                return k, k + len(v_strip)
            return None
        if _TIME.search(v):
            return None
        m = _DATE.search(v)
        if not m:
            return None
        y = re.search(r"(19|20)\d{2}", m.group())
        if y and doc_year and int(y.group()) > doc_year:
            return None
        return m.span()

    # -- the pass ----------------------------------------------------------------------
    def reason(self, text, layout, cands, make, covered, doc_year=None, officials=()):
        """Return new candidates from rows about private persons.

        ``make(start, end, label, score, reason)`` builds a candidate; ``covered(s, e)``
        tells whether a span is already found with a passing score.
        """
        out = []
        # the candidates that count (score >= 0.5), in their order, and by start for the
        # rows to find theirs
        strong = [c for c in cands if c.score >= 0.5]
        order = sorted(range(len(strong)), key=lambda i: strong[i].start)
        starts = [strong[i].start for i in order]
        for table in layout.tables:
            out.extend(self._leave_reasons(text, table, make, covered))
            if self.officials_header(table.header) and not self._award_table(text, table):
                continue    # a list of officials (직급, 소속, 사무실 ...): names stay visible
            header = [h.lower() for h in table.header]
            # 소속 beside private columns: the evaluators' affiliations, or officials with
            # their passports and mobiles; an official's row says so by a rank or a unit
            # of a public body in its cells
            mixed = any(self.official_h.in_header(h) for h in header)
            name_col = any(self.name_h.in_header(h) and not self.nonperson_h.in_header(h) for h in header)
            rows = table.rows[1:] if table.has_header else table.rows
            for row in rows:
                if len(row) < 2:
                    continue
                if mixed and any(self._rank(text[c.start:c.end]) or self._public_unit(text[c.start:c.end]) for c in row):
                    continue
                rs, re_ = row[0].start, row[-1].end
                lo, hi = bisect.bisect_left(starts, rs), bisect.bisect_right(starts, re_)
                near = [strong[i] for i in sorted(order[lo:hi])] + [c for c in out if rs <= c.start]
                out.extend(self._row(text, header, name_col, row, near, lambda: strong + out, make, covered,
                                     doc_year, officials))
        return out

    def _row(self, text, header, name_col, row, cands, all_cands, make, covered, doc_year, officials):
        """``cands``: the candidates that count (score >= 0.5) starting in the row, the
        rules' in their order, then those of earlier rows; ``all_cands()``: all that count."""
        rs, re_ = row[0].start, row[-1].end
        inside = [c for c in cands if rs <= c.start and c.end <= re_ and c.score >= 0.5]
        evidence = next((c for c in inside if c.label in labels.STRONG or
                         (c.label == "PHONE" and c.source in MOBILE_SOURCES)), None)
        # a name cell: in a name column, else one of the first two cells
        name_cell = None
        role_in_row = None          # a cell that is an official's role (worked out once)
        for cell in row:
            if not name_col and cell.col > 1:
                continue
            h = cell.header.lower()
            if self.nonperson_h.in_header(h) and not self.name_h.in_header(h):
                continue
            if name_col and h and not self.name_h.in_header(h):
                continue
            v = text[cell.start:cell.end].strip()
            if v in officials or self.names.official_context(text, cell.start, cell.end) or self._is_key(v):
                continue
            if role_in_row is None:
                role_in_row = any(text[c.start:c.end].strip() in self.official_roles for c in row)
            if role_in_row:
                return []
            v = _AND_OTHERS.sub("", v)          # 위종율 외 1: the name, and others unnamed
            if self.name_shaped(v) or (self.foreign_name_shaped(v) and (name_col or evidence)):
                name_cell = cell
                name_end = cell.start + text[cell.start:cell.end].find(v) + len(v)
                break
        if evidence is None and not (name_cell and (name_col or self._has_personal_cell(text, row, header))):
            return []
        why = f"in a row about a private person ({evidence.label if evidence else 'name column'})"
        out = []
        if name_cell is not None and not covered(name_cell.start, name_end):
            out.append(make(name_cell.start, name_end, "PERSON", 0.75, "name cell " + why))
        if evidence is not None or name_col:
            # every other name in the row: the payee beside the applicant, the account
            # holder, the guardian, a name with a second one in brackets
            out.extend(self._more_names(text, row, name_cell, officials, make, covered, why))
        bank_cols = {c.col for c in row if any(b in text[c.start:c.end] for b in self.banks)}
        birth_col = any(self._birth_header(h) for h in header)
        id_row = evidence is not None and evidence.label in labels.IDENTITY
        for cell in row:
            if cell is name_cell:
                continue
            s0, e0 = cell.start, cell.end
            v = text[s0:e0]
            h = cell.header.lower()
            if v.strip() in ("-", "", "없음") or self._is_label(v):
                continue
            dated = False
            if self._birth_header(h) or (not birth_col and not self.event_h.in_header(h)):
                b = self.birth_value(v, doc_year)
                if b and not self._birth_header(h) and self.event_h.in_header(v[:b[0]].lower()):
                    b = None        # 변론기일 2025. 7. 13.: the cell says what day it is
                if b and (self._birth_header(h) or name_cell is not None or id_row) and not covered(s0 + b[0], s0 + b[1]):
                    # (also in a cell where a rule found something else: 생 1952-07-08, 일산화탄소 중독;
                    # and in an official's row with a passport: 도시계획과 / 지방보건주사(6급) /
                    # 동 영 호 / R107G9684 / 1966. 9. 19. — the name stays, the birth date is theirs)
                    out.append(make(s0 + b[0], s0 + b[1], "BIRTH_DATE", 0.7, "date " + why))
                    dated = True
            if covered(s0, e0):
                # a condition cell of which a rule found only a part (골절(전치 6주) -> 전치 6주)
                # is masked whole, as it would be had nothing been found in it
                over = [c for c in all_cands() if c.score >= 0.5 and c.start < e0 and s0 < c.end]
                partly = over and not all(any(c.start <= s0 + i < c.end for c in over)
                                          for i, ch in enumerate(v) if ch.isalnum())
                if partly and all(c.label == "HEALTH_INFO" for c in over) and self._condition_cell(v, h):
                    out.append(make(s0, e0, "HEALTH_INFO", 0.65, "condition " + why))
                elif partly and all(c.label == "ADDRESS" for c in over) and _ADDRESS.search(v) \
                        and (self.address_h.in_header(h) or not h):
                    # an address cell broken over two lines of which only the flat was
                    # found (서울특별시 영등포구 / 도림로 263 109동 1502호): masked whole
                    out.append(make(s0, e0, "ADDRESS", 0.7, "address cell " + why))
                continue
            if dated:
                continue
            if self.health_h.in_header(h) and not any(ch.isdigit() for ch in v[:3]):
                out.append(make(s0, e0, "HEALTH_INFO", 0.7, "health column " + why))
                continue
            m = _NUMBER.search(v)
            if m and (cell.col in bank_cols or cell.col - 1 in bank_cols or self.account_h.in_header(h) or "계좌" in v) and not covered(s0 + m.start(), s0 + m.end()):
                digits = sum(ch.isdigit() for ch in m.group())
                if 8 <= digits <= 16 and "원" not in v[m.end():m.end() + 2]:
                    out.append(make(s0 + m.start(), s0 + m.end(), "BANK_ACCOUNT", 0.7, "account number " + why))
                    continue
            if (_ADDRESS.search(v) and (self.address_h.in_header(h) or not h or self.official_h.in_header(h))) \
                    or (h and self.address_h.in_header(h) and "*" not in v and _ADDRESS_IN_COLUMN.search(v)):
                # (소속 of a resident in an award table is where they live)
                out.append(make(s0, e0, "ADDRESS", 0.7, "address cell " + why))
                continue
            if (name_cell is not None or evidence is not None) and self._condition_cell(v, h):
                out.append(make(s0, e0, "HEALTH_INFO", 0.65, "condition " + why))
        return out

    def _leave_reasons(self, text, table, make, covered):
        """The health reason in a personnel row whose action is sick leave (병가, 질병휴직),
        officials' tables included: the person is named in role, their condition is not
        public."""
        out = []
        if not any(w in text[table.start:table.end] for w in self.leave_cells):
            return out
        for row in table.rows:
            if not any(text[c.start:c.end].strip() in self.leave_cells for c in row):
                continue
            for cell in row:
                v = text[cell.start:cell.end]
                if v.strip() not in self.leave_cells and not covered(cell.start, cell.end) \
                        and self._condition_cell(v, cell.header.lower()):
                    out.append(make(cell.start, cell.end, "HEALTH_INFO", 0.7,
                                    "the health reason of a personnel row on sick leave"))
        return out

    def _more_names(self, text, row, name_cell, officials, make, covered, why):
        if any(self._rank(text[c.start:c.end]) for c in row):
            return []           # 주택과 / 지방공업주사보(7급) / 옹봄이: an official's row
        out = []
        for cell in row:
            if self._rank(cell.header):
                continue        # a column of 팀장s: officials in their role
            if cell is name_cell or cell.col == 0 and _NUMBER.fullmatch(text[cell.start:cell.end].strip() or "x"):
                continue
            h = cell.header.lower()
            if (self.nonperson_h.in_header(h) or self.address_h.in_header(h)) and not self.name_h.in_header(h):
                continue        # (주소(동·호) | 성산동: the person's 동, not a second name)
            v = text[cell.start:cell.end]
            if v.strip() in officials or self._is_key(v) or self.names.official_context(text, cell.start, cell.end):
                continue
            for a, b in self.name_parts(v, strict=not self.name_h.in_header(h)):
                s0, e0 = cell.start + a, cell.start + b
                if not covered(s0, e0) and text[s0:e0] not in officials:
                    out.append(make(s0, e0, "PERSON", 0.7, "another name " + why))
        return out

    def _rank(self, v: str) -> bool:
        """The cell is an official's rank or role (주무관, 지방공업주사보(7급), 팀장)."""
        if _RANK_GRADE.search(v):
            return True         # 지방행정서기보(9급), 주무관(6급)
        v = v.split("(")[0].strip()
        return len(v) >= 2 and v.endswith(self._official_words)

    def _birth_header(self, h: str) -> bool:
        """A birth-date column: not 발생일시, which holds 생일 but says when it happened."""
        return self.birth_h.in_header(h) and not self.event_h.in_header(h)

    def _condition_cell(self, v: str, h: str) -> bool:
        """A cell (not under an event or organisation column) naming a condition; digits
        only as a grade or duration (시각장애 1급, 임신 28주), not as an amount or address."""
        return not self.event_nonperson_h.in_header(h) and self._condition(v) \
            and not v.endswith(self.org_suffixes) \
            and not any(ch.isdigit() for ch in _GRADE.sub("", v.split("(")[0])) and len(v) <= 40

    def nonperson_label(self, h: str) -> bool:
        """A (lower-case) header or key naming a place or organisation, not a person."""
        return self.nonperson_h.in_header(h) and not self.name_h.in_header(h)

    def officials_header(self, header) -> bool:
        """A table whose header marks a list of officials (직급, 소속, 사무실 ...) and has
        no column of private data: 소속 beside 휴대전화 and 입금계좌 is the affiliation of
        the external evaluators a city pays, not an official's department."""
        low = [h.lower() for h in header]
        return any(self.official_h.in_header(h) for h in low) and not any(self._private_header(h) for h in low)

    def _award_table(self, text, table) -> bool:
        """A table of officials that also lists residents (모범구민, 구민 부문 …): its rows
        are read one by one, an official's row kept by its rank or unit."""
        return any(w in text[table.start:table.end] for w in _RESIDENT_ROW_WORDS)

    @staticmethod
    def _public_unit(v: str) -> bool:
        """A unit of a public body (도시계획과, 미아동 주민센터, 세무2과) or a staff post in
        one (시설담당, 경비반장), not a university's department (경영학과) or a company."""
        v = v.strip()
        return bool(_PUBLIC_UNIT.search(v)) and "학과" not in v and "대학" not in v

    def _private_header(self, h: str) -> bool:
        return (self.account_h.in_header(h) or self.address_h.in_header(h) or self._birth_header(h)
                or any(w in h for w in _PRIVATE_HEADER_WORDS))

    def _condition(self, v: str) -> bool:
        """The cell names a condition, not only an aid (휠체어, 보청기 are support items)."""
        return any(m.group() not in self.devices for m in self._health.finditer(v))

    def _is_key(self, v: str) -> bool:
        """The cell is a field name itself (``부상 정도``, ``성명``), not a value that
        merely begins like one (``성명온``, ``명다솜`` are names)."""
        return self._key_memo(v)

    def _key(self, v: str) -> bool:
        return bool(self._key_rx.match(v.strip().lower()))

    def _is_label(self, v: str) -> bool:
        """A key cell of a key/value table (``| 부상 정도 | ... |``), not a value."""
        return self._label_memo(v)

    def _label(self, v: str) -> bool:
        v = v.strip().lower()
        m = self._label_rx.match(v)         # the longest field word v begins with
        return bool(m) and len(v) - m.end() <= 3

    def official_row(self, text, layout, start, end) -> bool:
        """The row around a span has a cell that is an official's role (공무원, 주무관) or a
        public body's unit and rank (중랑구 자치행정과장)."""
        cell = layout.cell_at(start, end)
        if cell is None or cell.table < 0:
            return False
        return any(text[c.start:c.end].strip() in self.official_roles
                   or self.names.official_rank_cell(text[c.start:c.end]) for c in layout.row_cells(cell))

    def _has_personal_cell(self, text, row, header) -> bool:
        """A name cell without a name column needs another personal-looking cell."""
        for cell in row:
            v = text[cell.start:cell.end]
            if _YYMMDD.match(v.strip()) or _ADDRESS.search(v):
                return True
            h = cell.header.lower()
            if self._birth_header(h) and _DATE.search(v):
                return True
            m = _NUMBER.search(v)
            if m and self.account_h.in_header(h) and 8 <= sum(ch.isdigit() for ch in m.group()) <= 16:
                return True     # an account number under 입금계좌: a payment to this person
        return False
