"""Turning stored text into safe, readable HTML.

Three jobs, each escaping everything it did not build itself:

* :func:`masked_blocks` lays out a published (masked) text: blank-line separated
  paragraphs keep their line breaks, runs of pipe- or tab-separated lines become
  tables, and mask characters are styled so readers see what was hidden.
* :func:`highlight_original` shows officials the original with every detection marked.
  It emits the text character for character (no added whitespace), so the offsets the
  browser computes from a selection are offsets into the original.
* :func:`safe_snippet` re-sanitises a search snippet: only ``<mark>`` survives.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup, escape

# What layer 1's operators leave behind: runs of * (replace / keep_edges / mask_groups),
# circles some departments type by hand, and the fixed [label] placeholders.
_FIXED = ("성명", "이름", "주민등록번호", "외국인등록번호", "전화번호", "연락처", "휴대전화",
          "전자우편", "이메일", "주소", "계좌번호", "카드번호", "여권번호", "운전면허번호",
          "차량번호", "생년월일", "IP 주소", "IP주소", "건강정보", "개인정보", "비공개")
MASK_RE = re.compile(r"[*＊]+|[○●◯]{2,}|\[(?:" + "|".join(map(re.escape, _FIXED)) + r")\]")

_SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def mark_masks(text: str) -> Markup:
    """Escape ``text`` and wrap each mask in a styled span with a spoken label."""
    out, pos = [], 0
    for m in MASK_RE.finditer(text):
        out.append(escape(text[pos:m.start()]))
        out.append(Markup('<span class="mask" title="가림 처리된 개인정보">'
                          '<span class="sr-only">(가림 처리)</span>{}</span>').format(m.group()))
        pos = m.end()
    out.append(escape(text[pos:]))
    return Markup("").join(out)


@dataclass
class Block:
    kind: str                                   # "p" or "table"
    lines: list[Markup] = field(default_factory=list)          # p: one entry per line
    header: list[Markup] = field(default_factory=list)         # table
    rows: list[list[Markup]] = field(default_factory=list)     # table


def _cells(line: str) -> list[str] | None:
    """The cells of a table line, or None if the line is not one."""
    if "\t" in line:
        cells = line.split("\t")
    elif line.count("|") >= 1 and line.strip().strip("|").strip():
        cells = line.strip()
        if cells.startswith("|"):
            cells = cells[1:]
        if cells.endswith("|"):
            cells = cells[:-1]
        cells = cells.split("|")
    else:
        return None
    cells = [c.strip() for c in cells]
    return cells if len(cells) >= 2 else None


def masked_blocks(text: str) -> list[Block]:
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        # A table is two or more consecutive table lines (a lone "A | B" is a sentence).
        j, table = i, []
        while j < len(lines) and (_SEPARATOR_ROW.match(lines[j]) and table or _cells(lines[j])):
            if not _SEPARATOR_ROW.match(lines[j]):
                table.append(_cells(lines[j]))
            j += 1
        if len(table) >= 2:
            width = max(len(r) for r in table)
            rows = [[mark_masks(c) for c in r + [""] * (width - len(r))] for r in table]
            blocks.append(Block("table", header=rows[0], rows=rows[1:]))
            i = j
            continue
        para = Block("p")
        while i < len(lines) and lines[i].strip():
            if _cells(lines[i]) and i + 1 < len(lines) and _cells(lines[i + 1]):
                break                                   # a table starts here
            para.lines.append(mark_masks(lines[i].strip()))
            i += 1
        if para.lines:
            blocks.append(para)
        elif i < len(lines):                             # defensive: always progress
            para.lines.append(mark_masks(lines[i].strip()))
            blocks.append(para)
            i += 1
    return blocks


def highlight_original(text: str, detections) -> Markup:
    """The original with each detection wrapped in ``<mark>``; overlaps are clipped."""
    out, pos = [], 0
    for d in sorted(detections, key=lambda d: (d.start, -d.end)):
        start, end = max(d.start, pos), min(d.end, len(text))
        if end <= start:
            continue
        out.append(escape(text[pos:start]))
        out.append(Markup('<mark id="det-{id}" class="det det-{status}" data-label="{label}">'
                          '{value}</mark>').format(id=d.id, status=d.status, label=d.label,
                                                   value=text[start:end]))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


_MARK_TAG = re.compile(r"(</?mark>)")


def safe_snippet(snippet_html: str) -> Markup:
    """Keep ``<mark>``/``</mark>`` from the index; neutralise every other ``<`` and ``>``."""
    parts = _MARK_TAG.split(snippet_html or "")
    return Markup("".join(p if _MARK_TAG.fullmatch(p) else
                          p.replace("<", "&lt;").replace(">", "&gt;") for p in parts))
