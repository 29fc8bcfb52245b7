"""Values labelled by the column header or row key they sit under.

``| 성명 | 홍길동 |``, a 생년월일 column, ``Address: #403, 131 Hannam-daero``: the
layout says what the value is, and the value only has to look like its kind.
Tables that list officials (a 직급/소속/사무실 column) or describe a company
(상호, 대표자, 소재지) are left to the exemption rules.
"""
from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer

from . import morphology
from .memo import Memo
from .names import NameRules
from .normalize import collapse_spaced_letters
from .results import make_result
from .schema import FieldsFile

DATE = (r"(?:(?:19|20)\d{2}\s?[.\-/]\s?\d{1,2}\s?[.\-/]\s?\d{1,2}\.?"
        r"|(?:19|20)\d{2}\s?년\s?\d{1,2}\s?월\s?\d{1,2}\s?일"
        r"|\d{2}\.\d{1,2}\.\d{1,2}\.?"
        r"|\d{1,2}/\d{1,2}/(?:19|20)\d{2}"
        r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (?:19|20)\d{2}"
        r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?:19|20)\d{2})")
_DATE = re.compile(r"(?<![\d.])" + DATE + r"(?!\d)")
_ANY_PASSPORT = re.compile(r"^\s*([A-Z0-9]{7,10})\s*$")
_PASSPORT = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,2}\d{6,9}[A-Z]?|\d{9}|[A-Z]\d{3}[A-Z]\d{4}|(?=[A-Z0-9]*\d[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,9})(?![A-Za-z0-9])")
# a flat alone (401호, B01호, 103동 1203호): under an address key, the address of a private person
_FLAT = re.compile(r"\s*(?:\d{1,4}\s?동\s?)?B?\d{1,4}\s?호\s*$")
# a column naming the office that handles a citizen's item, not the person's own unit
_HANDLING_UNIT = re.compile(r"(?:담당|처리|답변|이관|소관|접수)\s?(?:부서|기관)")
# a public body written as its region (서울특별시, 노원구, 경기도): an owner that is no person
_PUBLIC_BODY = re.compile(r"[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|시|도|군|구)$")
# besides the corporate words (person.yaml): offices and places that are never a person
_NOT_A_PERSON = re.compile(r"사무소|센터|교회")
_LATIN = re.compile(r"^[A-Z][a-zA-Z'\-]+(?: [A-Za-z][a-zA-Z'\-]+){1,3}$")
# a name in Chinese characters (金英洙, 崔英浩): two to four of them
_HANJA_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_HANGUL_NAME = re.compile(r"^[가-힣]{1,6}(?: [가-힣]{1,6}){0,3}$")
_BRACKETED = re.compile(r"[(\[（][^)\]）]*[)\]）]")
_HANGUL = re.compile(r"[가-힣]")
_EMPTY = {"-", "–", "없음", "해당 없음", "해당없음", "N/A", "n/a", "None", "none", "무", ""}


class FieldRecognizer(EntityRecognizer):
    def __init__(self, cfg: FieldsFile, names: NameRules):
        self.cfg = cfg
        self.names = names
        self._keys = [(f, [k.lower() for k in f.keys]) for f in cfg.fields]
        self._official = [w.lower() for w in cfg.official_table_headers]
        self._company = [w.lower() for w in cfg.company_row_keys]
        self._not_within = [w.lower() for w in cfg.not_within]
        # the field a label names and the key that named it, (None, "") if none, looked up
        # once per label: labels repeat (every cell of a column has the same header)
        self._field_for = Memo(self._read_label, 50_000)
        self._private_roles = set(names.cfg.private_before)
        super().__init__(supported_entities=sorted({f.entity for f in cfg.fields}),
                         name="FIELD_LABELS", supported_language="ko")

    def load(self) -> None:
        pass

    def _read_label(self, label: str):
        label = collapse_spaced_letters(label.lower().strip())
        for w in self._not_within:
            label = label.replace(w, " ")
        if not label.strip():
            return None, ""
        # Korean compounds end with their head noun: "소유자 주소" is an address, so of
        # the keys found the one that ends last wins (then the earlier field)
        best, best_end = (None, ""), -1
        for f, keys in self._keys:
            for k in keys:
                i = label.rfind(k)
                if i >= 0 and i + len(k) > best_end:
                    best, best_end = (f, k), i + len(k)
        if best[0] is not None and best[0].entity == "PERSON":
            # "진술인 육예람: 요청한다": the key names the person itself, so its value is
            # what they said, not a name (a bracketed note like 성명(한글) is fine)
            rest = _BRACKETED.sub("", label[best_end:]).strip()
            if _HANGUL.search(rest):
                return None, ""
        return best

    def _official_table(self, layout, cell) -> bool:
        if cell.table < 0:
            return False
        header = " ".join(layout.tables[cell.table].header).lower()
        # (담당부서, 처리부서, 이관부서 of a citizen's item: the office that handles it)
        header = _HANDLING_UNIT.sub(" ", header)
        return any(w in header for w in self._official)

    def _header_row(self, layout, cell) -> bool:
        """Row 0 of a table of three or more columns whose cells are all field-free words."""
        table = layout.tables[cell.table]
        if not table.has_header or len(table.rows) < 2 or len(table.rows[0]) < 3:
            return False
        return not any(any(ch.isdigit() for ch in layout.text[c.start:c.end]) for c in table.rows[0])

    def _company_row(self, layout, cell) -> bool:
        if cell.table >= 0:
            header = " ".join(layout.tables[cell.table].header).lower()
            keys = " ".join(layout.text[c.start:c.end] for c in
                            (row[0] for row in layout.tables[cell.table].rows if row)).lower()
            # two company words: a 소재지 column alone also appears in land tables
            return sum(w in header for w in self._company) >= 2 or \
                sum(w in keys for w in self._company) >= 2
        return False

    def analyze(self, text, entities, nlp_artifacts=None):
        layout = getattr(nlp_artifacts, "layout", None)
        if layout is None:
            return []
        out = []
        # per table (by index; -1: key/value lines), worked out once, not for every cell
        per_table: dict[tuple, bool] = {}

        def of_table(check, cell):
            k = (check, cell.table)
            hit = per_table.get(k)
            if hit is None:
                hit = per_table[k] = check(layout, cell)
            return hit

        for cell in layout.cells:
            key = cell.key
            if key and cell.row == 0 and cell.table >= 0 and of_table(self._header_row, cell):
                key = ""        # a header row: its first cell labels a column, not this cell
            for label, where in ((key, "row key"), (cell.header, "column")):
                f, key = self._field_for(label)
                if f is None:
                    continue
                if of_table(self._company_row, cell):
                    break
                res = self._value(text, cell.start, cell.end, f, layout, cell)
                if res:
                    s, e = res
                    score, note = 0.8, ""
                    if f.entity == "PERSON" and of_table(self._official_table, cell):
                        # a list of officials; the engine keeps it only in a document
                        # about them as persons (evaluation, discipline)
                        score, note = 0.45, " in a table of officials"
                    out.append(make_result(f.entity, s, e, score, "FIELD_LABELS",
                                           f"{f.value} under {where} '{label.strip()[:20]}'{note}"))
                break
        return out

    def _value(self, text, s, e, f, layout, cell):
        value = text[s:e]
        if value.strip() in _EMPTY:
            return None
        if f.value == "date":
            m = _DATE.search(value) or re.match(r"\s*(\d{6}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))\s*$", value)
            if m and m.re is not _DATE:
                return s + m.start(1), s + m.end(1)
            return (s + m.start(), s + m.end()) if m else None
        if f.value == "passport":
            m = _PASSPORT.search(value)
            if m:
                return s + m.start(1), s + m.end(1)
            # under a passport column the whole cell is the number, whatever the
            # issuing country's format (EU2VHUGK, NLURFALFS)
            m = _ANY_PASSPORT.match(value)
            if m and len(set(m.group(1))) > 2:
                return s + m.start(1), s + m.end(1)
            return None
        if f.value == "address":
            if "*" in value or "○" in value:
                return None     # masked by its writer already (***동 ****호)
            return (s, e) if any(c.isdigit() for c in value) and (len(value) >= 8 or _FLAT.match(value)) else None
        if f.value == "text":
            return (s, e) if len(value.strip()) >= 2 else None
        # a name: drop a trailing parenthetical / second line ("류예지\n(본인)")
        core = re.split(r"\s*[\n(（/]", value, maxsplit=1)[0].strip()
        roles = self._private_roles
        while " " in core and core.split(" ", 1)[0] in roles:   # "자영업자 다나카 히로시"
            core = core.split(" ", 1)[1].strip()
        core_s = s + value.find(core) if core else s
        if not core or any(ch.isdigit() for ch in core):
            return None
        if _LATIN.match(core) or _HANJA_NAME.match(core) or (_HANGUL_NAME.match(core) and (
                " " in core or self.names.is_korean_name(core) or len(core) >= 4)):
            if _PUBLIC_BODY.match(core):
                return None     # 서울특별시, 노원구 as an owner: a public body
            if core in self.names.not_names or morphology.dictionary_word(core) \
                    or morphology.dictionary_compound(core) or self.names.corporate_word(value) \
                    or _NOT_A_PERSON.search(value):
                return None     # 생년월일, 지원종류: a header under a header; 푸른환경(주): a company
            if " " not in core and len(core) >= 4 and _HANGUL_NAME.match(core) \
                    and any(t.tag in ("EF", "EC", "ETM") for t in morphology.reading(core)):
                return None     # 퇴근하고싶다, 조용한이웃: a board nickname made of a verb, no name
            return core_s, core_s + len(core)
        return None

