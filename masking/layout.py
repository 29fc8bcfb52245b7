"""Tables and ``key: value`` lines of a plain-text document, with offsets.

Korean administrative documents put most personal data in tables (pipe, tab or
double-space separated, sometimes with a line break inside a cell) and in
``성명: 홍길동`` lines. Knowing which column header or row key a value sits under is
the strongest evidence of what it is (a date under 생년월일 is a birth date, a name
under 성명 a person), so every recognizer can ask the layout for the cell at an offset.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import NamedTuple

_PIPE_SPLIT = re.compile(r"\|")
_TAB_SPLIT = re.compile(r"\t+")
_SPACE_SPLIT = re.compile(r" {2,}")
_SLASH_SPLIT = re.compile(r"\s/\s")
# "1) ", "가. ", "○ ", "- " in front of the first cell of a list line
_ENUM = re.compile(r"^(?:\(?\d{1,3}[.)]|[가-하][.)]|[-○▶·□*※◦•]+)\s*")
_KV = re.compile(r"^[ \t]*(?:[○□■◦·\-*※▶]\s*)?(?P<key>[^:：\n|]{1,24}?)\s*[:：]\s*(?P<value>\S(?:.*\S)?)\s*$")
# "○ 성명  홍길동": a short key and its value parted by a tab or two spaces, on a line
# that did not make a table
_KV_SPACED = re.compile(r"^[ \t]*(?:[○□■◦·\-*※▶]\s*|[가-하]\.\s*)?(?P<key>[가-힣A-Za-z]{1,8}(?: [가-힣A-Za-z]{1,8})?)"
                        r"(?: {2,}|\t+)(?P<value>\S(?:.*\S)?)\s*$")
# a key of a record written on one line: at the line's start (after a bullet or a
# number) or after a comma or a slash, a short key and its colon
_INLINE_KEY = re.compile(r"(?:^[ \t]*(?:[○□■◦·\-*※▶]\s*|\d{1,2}[.)]\s*|\[\d{1,3}\]\s*|[가-하][.)]\s*)?|(?<=,)\s*|\s/\s*)"
                         r"(?P<key>[가-힣A-Za-z][가-힣A-Za-z()·]{0,11}(?: [가-힣A-Za-z()]{1,6})?)\s*[:：]\s*")
# a name and its record in brackets on one line (after a bullet or a list number)
_BRACKET_RECORD = re.compile(r"^[ \t]*(?:[-○●◦·▶•*■□]\s*|[가-하][.)]\s*|\d{1,2}[.)]\s*)?"
                             r"(?P<name>[^\s(（),，]{1,12}(?: [^\s(（),，]{1,12}){0,3})\s?[(（]"
                             r"(?P<body>(?:[^()（）\n]|[(（][^()（）\n]{1,8}[)）]){8,})[)）][ \t]*$")
# a comma between fields, not inside an amount (1,440,000)
_CSV_FIELD_SPLIT = re.compile(r"(?<!\d),|,(?!\d{3}(?:\D|$))")
# what only an official's record holds: a rank key, a grade, a rank
_OFFICIAL_RECORD = re.compile(r"직급|직위|직렬|\(\d{1,2}급\)|(?:주사|주사보|서기|서기보|사무관|서기관|주무관)(?![가-힣])")
# "  성 명        : 허춘자", "이름     : 황 선덕", "성    명: 마 광 식": a key padded to a column of colons (a form
# typed with spaces) is a key: value line, not a table of space-parted columns
_KV_PADDED = re.compile(r"^(?:[○□■◦·\-*※▶]\s*)?[가-힣A-Za-z][가-힣A-Za-z()/·]{0,11}(?: +[가-힣A-Za-z()/·]{1,8}){0,2}"
                        r" *[:：] ?\S")
# a line naming a list's columns (※ 항목: 연번 / 수신인 / 주소 / 반송 사유)
_HEADER_LEAD = re.compile(r"(?:※\s*)?(?:항목|구성|열|칼럼|컬럼|Columns?)\s*[:：]\s*")
# "고객명 ▶ 채진": a call record's key, an arrow, the value
_KV_ARROW = re.compile(r"^[ \t]*(?P<key>[가-힣A-Za-z][가-힣A-Za-z()]{0,9}(?: [가-힣A-Za-z()]{1,6})?)[ \t]+▶[ \t]+"
                       r"(?P<value>\S(?:.*\S)?)\s*$")
# "   학부모 - 안현늘": a short Hangul key, a dash between spaces, the value
_KV_DASH = re.compile(r"^[ \t]*(?:[○□■◦·*※▶]\s*)?(?P<key>[가-힣]{1,8}(?:\([가-힣]{1,4}\))?)\s-\s(?P<value>\S(?:.*\S)?)\s*$")
_RULE_ROW = re.compile(r"^[\s|:\-+=\u2500-\u257f]+$")
# box-drawing tables (│ 홍길동 │ ...) are read as pipe tables: their vertical bars become
# "|" in the copy of the text the parser reads (one character for one: offsets hold)
_BOX_BARS = str.maketrans({ch: "|" for ch in "│┃║┆┇┊┋╎╏｜"})
_BOX_ANY = re.compile("[│┃║┆┇┊┋╎╏｜]")
# one field of a comma-separated line: quoted ("1,490,000") or bare
_CSV_FIELD = re.compile(r'\s*"(?:[^"]|"")*"\s*(?=,|$)|[^,"]*(?=,|$)')
# "3 류영식 36.09.14 하나은행 ..." : a numbered row of at least three more words
# an address broken after the district, and the road-name line that continues it
_ADDR_HEAD = re.compile(r"(?:^|\s)[가-힣]{1,8}(?:시|도|구|군)$")
_ADDR_TAIL = re.compile(r"^[가-힣A-Za-z0-9·]{1,20}(?:로|길|동|가|리|읍|면)\s?(?:산\s?)?\d")
# ... or broken after the road number, the unit on the next line ("중앙로 352" + "104동 1804호")
_ADDR_ROAD_END = re.compile(r"[가-힣A-Za-z0-9·](?:로|길)\s?\d{1,5}(?:-\d{1,4})?$")
_ADDR_UNIT_LINE = re.compile(r"^(?:[A-Za-z가-힣]?\d{1,4}\s?동\s?)?(?:\d{1,3}\s?층\s?)?[A-Za-z]?\d{1,5}\s?호(?:\s?\([^)]{1,30}\))?$")
_NUMBERED = re.compile(r"^\s*(\d{1,3})\s+\S+\s+\S+\s+\S+")


class Cell(NamedTuple):
    """One cell (a tuple: a layout makes thousands of them, and they never change)."""
    start: int
    end: int
    col: int
    header: str = ""     # text of the column header (tables)
    key: str = ""        # text of the first cell of the row (key/value rows)
    table: int = -1      # index into Layout.tables, -1 for a key: value line
    row: int = -1


@dataclass
class Table:
    header: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    has_header: bool = True
    start: int = 0
    end: int = 0


# a non-empty cell, trimmed, of each style but "slash" (whose separator takes the white
# space around it): from its first character that is not white space to its last, with
# no separator in between
_CELL = {
    "pipe": re.compile(r"[^|\s](?:[^|]*[^|\s])?"),
    "tab": re.compile(r"[^\s](?:[^\t]*[^\s])?"),
    "space": re.compile(r"[^\s](?:(?:(?!  )[^\n])*[^\s])?"),
}


def _cells(line: str, base: int, style: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty trimmed cell in ``line``."""
    cell = _CELL.get(style)
    if cell is not None:
        return [(base + m.start(), base + m.end()) for m in cell.finditer(line)]
    splitter = _SLASH_SPLIT
    out = []
    pos = 0
    parts = []
    for m in splitter.finditer(line):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(line)))
    for s, e in parts:
        seg = line[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        if trail > lead:
            if style == "slash" and not out:
                m = _ENUM.match(seg[lead:trail])
                if m and m.end() < trail - lead:
                    lead += m.end()
            out.append((base + s + lead, base + s + trail))
    return out


def _csv_cells(line: str, base: int) -> list[tuple[int, int]] | None:
    """(start, end) of each field of a comma-separated line (inside its quotes), or None
    if the line is not one: fewer than four fields, or a field too long for a table cell
    (a sentence with commas)."""
    if line.count(",") < 3 or len(line) > 400:
        return None
    out, pos = [], 0
    while True:
        m = _CSV_FIELD.match(line, pos)
        if m is None:
            return None
        s, e = m.span()
        seg = line[s:e]
        lead = len(seg) - len(seg.lstrip())
        seg = seg.strip()
        if seg.startswith('"'):
            lead += 1
            seg = seg[1:-1]
        if len(seg) > 60 or seg.count("(") != seg.count(")"):
            return None         # a sentence, or a list in brackets: "정보(성명,생년월일,...)"
        out.append((base + s + lead, base + s + lead + len(seg)))
        if e >= len(line):
            break
        pos = e + 1             # past the comma
    return out if len(out) >= 4 else None


def _prose_cell(text: str, row: list[tuple[int, int]]) -> bool:
    """The first cell is running prose (four words or more): one such line with a wide
    gap in it (a PDF's justified line: …제공하여야 하는 신상정보에 정신질환의   병력
    여부와) is no table, where ``수신  정도석님  (우 06001 서울 …)`` is a key and values."""
    return bool(row) and len(text[row[0][0]:row[0][1]].split()) >= 4


def _style(line: str) -> str | None:
    st = line.strip()
    if not st:
        return None
    if st.startswith("|") or st.count(" | ") >= 1:
        return "pipe"
    if "/" in st and len(_SLASH_SPLIT.findall(st)) >= 2:
        # list lines "1) 홍길동 / 1990-01-01 / 010-..." and their "(성명 / 생년월일 / ...)" header
        return "slash"
    if "\t" in st:
        return "tab"
    if "  " in st and not st[0] in "○※-·*" and not _KV_PADDED.match(st):
        return "space"
    return None


class Layout:
    """Cells of all tables and key/value lines of one text."""

    def __init__(self, text: str):
        self.text = text
        self.tables: list[Table] = []
        self.cells: list[Cell] = []
        self._parse()
        self.cells.sort(key=lambda c: c.start)
        self._starts = [c.start for c in self.cells]

    # -- lookup ---------------------------------------------------------------------
    def cell_at(self, start: int, end: int | None = None) -> Cell | None:
        end = start if end is None else end
        i = bisect.bisect_right(self._starts, start) - 1
        while i >= 0:
            c = self.cells[i]
            if c.start <= start and end <= c.end:
                return c
            if c.end < start and start - c.start > 400:
                break
            i -= 1
        return None

    def label_of(self, start: int, end: int | None = None) -> str:
        """Header and row key around a span, for context matching ("" outside tables)."""
        c = self.cell_at(start, end)
        if c is None:
            return ""
        return f"{c.header} {c.key}".strip()

    def row_cells(self, cell: Cell) -> list[Cell]:
        if cell.table < 0:
            return [cell]
        return self.tables[cell.table].rows[cell.row]

    # -- parsing --------------------------------------------------------------------
    def _parse(self) -> None:
        text = self.text.translate(_BOX_BARS) if _BOX_ANY.search(self.text) else self.text
        lines = []
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, line))
            pos += len(line) + 1
        styles = [_style(line) for _, line in lines]    # each line's style, worked out once
        i = 0
        n = len(lines)
        while i < n:
            base, line = lines[i]
            style = styles[i]
            if style is None:
                j = self._numbered_rows(lines, i, styles)
                if j == i:
                    j = self._csv_rows(lines, i, styles)
                if j > i:
                    i = j
                    continue
                self._kv(base, line)
                i += 1
                continue
            # a block of consecutive lines of one style is a table
            block: list[list[tuple[int, int]]] = []
            header_n = 0
            j = i
            while j < n:
                b, ln = lines[j]
                st = styles[j]
                if not ln.strip():
                    break
                if _RULE_ROW.match(ln):
                    j += 1
                    continue
                if style == "pipe":
                    if st != "pipe" and not (block and ln.rstrip().endswith("|")):
                        break
                    cells = _cells(ln, b, "pipe")
                    # a row that opens with a pipe but is left open (no closing pipe)
                    # continues on the next line; rows written "a | b | c" (no outer pipes)
                    # are one line each
                    outer = ln.lstrip().startswith("|")
                    while outer and not ln.rstrip().endswith("|") and j + 1 < n and lines[j + 1][1].strip() \
                            and "|" in lines[j + 1][1] and not lines[j + 1][1].lstrip().startswith("|"):
                        j += 1
                        b, ln = lines[j]
                        more = _cells(ln, b, "pipe")
                        if cells and more:
                            cells[-1] = (cells[-1][0], more[0][1])
                            cells.extend(more[1:])
                        else:
                            cells.extend(more)
                else:
                    if st != style and block and header_n and j + 1 < n and style in ("slash", "tab", "space"):
                        # a row broken inside a cell whose first part has too few separators
                        # to be recognised ("2) 금동윤 / 서울 마포구" + "성미산로 268 ... / ...")
                        cur = _cells(ln, b, style)
                        nb, nln = lines[j + 1]
                        nxt = _cells(nln, nb, style) if nln.strip() else []
                        if 2 <= len(cur) < header_n and nxt and len(cur) + len(nxt) - 1 == header_n:
                            cur[-1] = (cur[-1][0], nxt[0][1])
                            cur.extend(nxt[1:])
                            block.append(cur)
                            j += 2
                            continue
                    if st != style and block and st is None and ln.strip() and block[-1] and (
                            (_ADDR_HEAD.search(text[block[-1][-1][0]:block[-1][-1][1]])
                             and _ADDR_TAIL.match(ln.strip()))
                            or (_ADDR_ROAD_END.search(text[block[-1][-1][0]:block[-1][-1][1]])
                                and _ADDR_UNIT_LINE.match(ln.strip()))):
                        # an address cell that goes on on the next line ("서울특별시 용산구" +
                        # "한남대로 218 103동 1801호"), the last cell of a complete row
                        prev = block[-1]
                        prev[-1] = (prev[-1][0], b + len(ln.rstrip()))
                        j += 1
                        continue
                    if st != style:
                        # a continuation line of a cell broken inside (fewer cells)
                        if block and header_n and len(block[-1]) < header_n and ln.strip():
                            more = _cells(ln, b, style if (st or style == "slash") else "space")
                            if more and len(block[-1]) + len(more) - 1 <= header_n:
                                prev = block[-1]
                                prev[-1] = (prev[-1][0], more[0][1])
                                prev.extend(more[1:])
                                j += 1
                                continue
                        break
                    cells = _cells(ln, b, style)
                    if block and header_n and len(block[-1]) < header_n \
                            and len(block[-1]) + len(cells) - 1 == header_n:
                        prev = block[-1]
                        prev[-1] = (prev[-1][0], cells[0][1])
                        prev.extend(cells[1:])
                        j += 1
                        continue
                if len(cells) >= 2 or (block and cells):
                    block.append(cells)
                    if not header_n:
                        header_n = len(cells)
                elif not block:
                    break
                j += 1
            if len(block) >= 1 and header_n >= 2 and not (style == "space" and len(block) == 1
                                                          and _prose_cell(self.text, block[0])):
                self._add_table(block, style)
                i = max(j, i + 1)
            else:
                self._kv(base, line)
                i += 1

    def _numbered_rows(self, lines: list[tuple[int, str]], i: int, styles: list[str | None]) -> int:
        """A table whose columns are single spaces (what a PDF of a table aligned by
        spacing often gives): two or more consecutive lines numbered 1, 2, 3 ...
        Each line is a row and each word a cell; there is no usable header, because a
        header cell may hold several words. Returns the index after the block (``i``
        if there is none)."""
        rows: list[list[tuple[int, int]]] = []
        j, expect = i, None
        while j < len(lines):
            base, line = lines[j]
            m = _NUMBERED.match(line)
            if not m or (expect is not None and int(m.group(1)) != expect) or styles[j]:
                break
            expect = int(m.group(1)) + 1
            rows.append([(base + w.start(), base + w.end()) for w in re.finditer(r"\S+", line)])
            j += 1
        if len(rows) < 2:
            return i
        tix = len(self.tables)
        width = max(len(r) for r in rows)
        table = Table(header=[""] * width, start=rows[0][0][0], end=rows[-1][-1][1], has_header=False)
        self.tables.append(table)
        for r, row in enumerate(rows):
            key = self.text[row[0][0]:row[0][1]]
            cells = [Cell(cs, ce, c, key=key if c > 0 else "", table=tix, row=r)
                     for c, (cs, ce) in enumerate(row)]
            table.rows.append(cells)
            self.cells.extend(cells)
        return j

    def _csv_rows(self, lines: list[tuple[int, str]], i: int, styles: list[str | None]) -> int:
        """A table written as comma-separated values (``1,홍길동,"1,490,000",010-...``):
        two or more consecutive lines that split into the same number (four or more) of
        short fields. Returns the index after the block (``i`` if there is none)."""
        block: list[list[tuple[int, int]]] = []
        j = i
        while j < len(lines) and styles[j] is None:
            base, line = lines[j]
            cells = _csv_cells(line, base)
            if cells is None or (block and len(cells) != len(block[0])):
                break
            block.append(cells)
            j += 1
        # the rows of a table hold numbers (a serial, an amount, a phone); sentences that
        # happen to have as many commas do not
        numbered = sum(any(any(ch.isdigit() for ch in lines[i + k][1][s - lines[i + k][0]:e - lines[i + k][0]])
                           for s, e in row) for k, row in enumerate(block))
        if len(block) < 2 or numbered < min(2, len(block) - 1):
            return i
        self._add_table(block, "csv")
        return j

    def _add_table(self, block: list[list[tuple[int, int]]], style: str = "") -> None:
        text = self.text
        header = [text[s:e].strip("()（） ") for s, e in block[0]]
        has_header = True
        if style != "slash" and len(block) >= 1 and any(
                sum(ch.isdigit() for ch in text[s:e]) >= 7 for s, e in block[0]):
            # a first line with a phone or an identifier is a data row, not a header
            # (a table broken off its header line)
            has_header = False
            header = [""] * max(len(r) for r in block)
        elif style == "bracket":
            # a record in brackets after a name: one data row, no header
            has_header = False
            header = [""] * max(len(r) for r in block)
        elif style == "slash" and not self._slash_header(block[0]):
            # list lines without a header line: every line is a data row
            has_header = False
            header = [""] * max(len(r) for r in block)
        tix = len(self.tables)
        table = Table(header=header, start=block[0][0][0], end=block[-1][-1][1], has_header=has_header)
        self.tables.append(table)
        for r, row in enumerate(block):
            key = text[row[0][0]:row[0][1]] if row else ""
            cells = []
            for c, (s, e) in enumerate(row):
                h = header[c] if c < len(header) and (r > 0 or not has_header) else ""
                cell = Cell(s, e, c, h, key if c > 0 else "", tix, r)
                cells.append(cell)
            table.rows.append(cells)
            self.cells.extend(cells)

    def _slash_header(self, row: list[tuple[int, int]]) -> bool:
        """A header line of a list: in brackets, or free of digits and data marks."""
        first = self.text[row[0][0]:row[-1][1]]
        line_s = self.text.rfind("\n", 0, row[0][0]) + 1
        raw = self.text[line_s:row[-1][1]].strip()
        if raw.startswith(("(", "（", "[")):
            return True
        if _HEADER_LEAD.match(raw):     # ※ 항목: 연번 / 수신인 / 주소: the list's columns named
            return not any(ch.isdigit() for ch in raw)
        return not any(ch.isdigit() for ch in raw) and not re.search(r"[@:：]|\s-\s|/ -$", first) \
            and not _ENUM.match(raw)

    def _inline_kv(self, base: int, line: str) -> bool:
        """A record written on one line, ``key: value`` pairs parted by commas or
        slashes (응시번호: 385959, 성명: 바트 에르덴, 생년월일: …): each value is a cell
        under its own key. False when the line holds fewer than two such pairs."""
        if line.count(":") + line.count("：") < 2:
            return False        # (a cheap test first: two keys need two colons)
        keys = list(_INLINE_KEY.finditer(line))
        if len(keys) < 2:
            return False
        if _OFFICIAL_RECORD.search(line):
            return False        # an official's record (직급: …, 지방행정서기보): read as before
        for k, nxt in zip(keys, keys[1:] + [None]):
            vs = k.end()
            ve = nxt.start() if nxt is not None else len(line)
            value = line[vs:ve].rstrip(" ,/\t")
            lead = len(value) - len(value.lstrip())
            if value.strip():
                self.cells.append(Cell(base + vs + lead, base + vs + len(value), 1, "", k.group("key").strip()))
        return True

    def _bracket_record(self, base: int, line: str) -> bool:
        """``- 申子志 (100,000, 생년월일 660119, 휴대전화 019-380-7194, …)``: a name and its
        record in brackets, three fields or more parted by commas, read as one table row
        (the name, then each field), so that what the row holds says whose it is."""
        if "," not in line or not ("(" in line or "（" in line):
            return False        # (a cheap test first: most lines hold no such record)
        m = _BRACKET_RECORD.match(line)
        if not m:
            return False
        fields = _CSV_FIELD_SPLIT.split(m.group("body"))
        if len(fields) < 3:
            return False
        row = [(base + m.start("name"), base + m.end("name"))]
        pos = m.start("body")
        for f in fields:
            i = line.index(f, pos)
            lead = len(f) - len(f.lstrip())
            if f.strip():
                row.append((base + i + lead, base + i + len(f.rstrip())))
            pos = i + len(f)
        self._add_table([row], "bracket")
        return True

    def _kv(self, base: int, line: str) -> None:
        if self._bracket_record(base, line):
            return
        if self._inline_kv(base, line):
            return
        # (each regex needs its separator: a colon, a tab or two spaces, or a dash)
        m = (("：" in line or ":" in line) and _KV.match(line)) \
            or (("  " in line or "\t" in line) and _KV_SPACED.match(line)) \
            or (" - " in line and _KV_DASH.match(line)) \
            or (" ▶ " in line and _KV_ARROW.match(line))
        if not m:
            return
        key = m.group("key").strip()
        vs, ve = base + m.start("value"), base + m.end("value")
        self.cells.append(Cell(vs, ve, 1, "", key))
