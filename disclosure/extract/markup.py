"""HTML: the visible text, with block elements on their own lines and tables as rows.

Only what a reader of the page would see is text: script, style, template, hidden
elements and comments are dropped. Whitespace inside text nodes is collapsed as a
browser does (except in <pre>), block elements and <br> end lines, and table rows
become cells joined by " | " like the other formats, so layer 1 sees one shape of table.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.element import CData, Declaration, Doctype, ProcessingInstruction

from domain.types import Extracted

from . import limits
from .errors import ExtractionError
from .plain import decode_text, normalize_newlines

_SKIP = {"script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "object", "svg", "button", "select", "option", "input", "textarea"}
_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "ul", "caption", "tbody",
    "thead", "tfoot", "legend",
}
_CELL_SEPARATOR = " | "
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_NON_TEXT = (Comment, CData, Declaration, Doctype, ProcessingInstruction)


def extract_html(data: bytes) -> Extracted:
    limits.check_html(len(data))
    text = _decode(data)
    soup = BeautifulSoup(text, "html.parser")
    out = _Lines()
    _render(soup, out, pre=False)
    warnings = []
    if soup.find(["img", "canvas", "object", "embed"]) is not None:
        warnings.append("HTML contains images/embedded objects whose content is not extracted")
    return Extracted(text=normalize_newlines(out.text()), format="html", page_offsets=[0], warnings=warnings)


def _decode(data: bytes) -> str:
    """Honour a declared charset (commonly euc-kr on older city pages), else the TXT order."""
    match = _META_CHARSET.search(data[:4096])
    if match:
        declared = match.group(1).decode("ascii").lower()
        if declared in ("euc-kr", "ks_c_5601-1987", "ksc5601", "x-windows-949", "windows-949"):
            declared = "cp949"
        try:
            return data.decode(declared)
        except LookupError:
            pass  # unknown charset name: fall back to detection
        except UnicodeDecodeError as exc:
            raise ExtractionError(f"undecodable HTML: declared charset {declared} but invalid bytes at offset {exc.start}") from exc
    return decode_text(data)[0]


class _Lines:
    """Accumulates inline text and turns block boundaries into single line breaks.

    Blank lines between blocks carry no information for layer 1, so empty lines are
    dropped; runs of collapsible spaces from adjacent inline nodes become one.
    """

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.budget = limits.Budget()

    def add(self, s: str, collapse: bool = True) -> None:
        if collapse and s.startswith(" ") and self.current and self.current[-1].endswith(" "):
            s = s.lstrip(" ")
        if s:
            self.current.append(s)

    def newline(self) -> None:
        line = "".join(self.current).strip(" ")
        self.current = []
        if line:
            self.budget.take(len(line) + 1)
            self.lines.append(line)

    def text(self) -> str:
        self.newline()
        return "\n".join(self.lines)


def _hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden"):
        return True
    style = tag.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _render(node, out: _Lines, pre: bool) -> None:
    for child in node.children:
        if isinstance(child, _NON_TEXT):
            continue
        if isinstance(child, NavigableString):
            s = str(child)
            if pre:
                parts = s.split("\n")
                for i, part in enumerate(parts):
                    if i:
                        out.newline()
                    out.add(part, collapse=False)
            else:
                out.add(re.sub(r"[ \t\r\n\f]+", " ", s))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name.lower()
        if name in _SKIP or _hidden(child):
            continue
        if name == "br":
            out.newline()
        elif name == "table":
            out.newline()
            for row in _table_rows(child):
                out.add(row)
                out.newline()
        elif name in ("td", "th", "tr"):
            # Cells outside a <table> (broken markup): still keep them apart.
            out.add(" ")
            _render(child, out, pre)
            out.add(" ")
        elif name in _BLOCK:
            out.newline()
            _render(child, out, pre or name == "pre")
            out.newline()
        else:
            _render(child, out, pre)


def _table_rows(table: Tag) -> list[str]:
    rows = []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue  # rows of a nested table are rendered inside their cell
        cells = []
        for cell in tr.find_all(["td", "th"], recursive=False):
            if _hidden(cell):
                continue
            sub = _Lines()
            _render(cell, sub, pre=False)
            cells.append(sub.text())
        rows.append(_CELL_SEPARATOR.join(cells))
    return rows
