"""DOCX: paragraphs and tables in document order, read from the body XML.

python-docx's ``Document.paragraphs`` and ``Document.tables`` are two separate lists,
which would move every table to the end and cut the link between a 성명 row and the
sentence about that person. So the body is walked element by element. Within a
paragraph the XML is walked too, because ``Paragraph.text`` drops text inside content
controls and turns some breaks into nothing; ``mc:Fallback`` is skipped because it
duplicates the ``mc:Choice`` content, and deleted (tracked) text is not text.

Table rows become cells joined by " | "; a line break inside a cell stays a "\\n",
because the generator of our documents (and real drafters) break addresses inside cells.
The text inside the body's pictures is read by OCR and appended at the end
(``office_images``).

Headers, footers, notes, comments and core properties are read after the body
(``docx_parts``); hidden, tiny and white runs are read in place and named in a warning
(``docx_hidden``); the text stops at ``limits.MAX_CHARS`` while it is read.
"""
from __future__ import annotations

import io
import zipfile

from domain.types import Extracted

from . import limits
from .docx_hidden import Styles, hidden_text_warnings
from .docx_parts import read_parts, tracked_change_warnings
from .errors import ExtractionError
from .office_images import read_docx_images
from .plain import normalize_newlines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
CELL_SEPARATOR = " | "
#: Uncompressed size allowed per compressed byte limit; guards against zip bombs.
MAX_EXPANSION = 20


def extract_docx(data: bytes) -> Extracted:
    warnings: list[str] = []
    body = _open_body(data)
    budget = limits.Budget()
    textboxes: list[str] = []
    lines = _block_lines(body, textboxes, budget)
    if textboxes:
        # Text boxes float outside the flow; keep their text (it may hold PI) at the end.
        warnings.append(f"{len(textboxes)} text box(es) appended after the body text")
        budget.take_all(textboxes)
        lines.extend(textboxes)
    parts = read_parts(data, "\n".join(lines), _block_lines, budget)
    lines.extend(parts.lines)
    # Text read from the body's pictures (OCR), after everything typed.
    pictures = read_docx_images(data, body, warnings)
    budget.take_all(pictures)
    lines.extend(pictures)
    text = normalize_newlines("\n".join(lines))
    roots = [body, *parts.roots]
    warnings += parts.warnings + tracked_change_warnings(roots)
    warnings += hidden_text_warnings(roots, Styles(parts.styles), text)
    return Extracted(text=text, format="docx", page_offsets=[0], warnings=warnings)


def _block_lines(container, textboxes: list[str], budget: limits.Budget | None = None) -> list[str]:
    """Paragraphs and tables of the body (or of a header, note, comment) in order;
    stops as soon as ``budget`` is spent."""
    lines: list[str] = []
    for child in container.iterchildren():
        start = len(lines)
        if child.tag == W + "p":
            lines.append(_paragraph_text(child, textboxes))
        elif child.tag == W + "tbl":
            lines.extend(_table_lines(child, textboxes))
        elif child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                lines.extend(_block_lines(content, textboxes))
        if budget is not None:
            budget.take_all(lines[start:])
    return lines


def _open_body(data: bytes):
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ExtractionError(f"corrupt DOCX: not a valid zip archive ({exc})") from exc
    with archive:
        try:
            info = archive.getinfo("word/document.xml")
        except KeyError:
            raise ExtractionError("corrupt DOCX: word/document.xml is missing (not a Word document?)") from None
        if info.file_size > MAX_EXPANSION * max(len(data), 1_000_000):
            raise ExtractionError(f"DOCX body expands to {info.file_size} bytes; refusing a possible zip bomb")
        limits.check_markup("word/document.xml", info.file_size)
        try:
            xml = archive.read(info)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            raise ExtractionError(f"corrupt DOCX: cannot read word/document.xml ({exc})") from exc
    try:
        from docx.oxml.parser import parse_xml
        root = parse_xml(xml)
    except Exception as exc:  # lxml raises XMLSyntaxError, a ValueError subclass, or others
        raise ExtractionError(f"corrupt DOCX: word/document.xml is not well-formed XML ({exc})") from exc
    body = root.find(W + "body")
    if body is None:
        raise ExtractionError("corrupt DOCX: document has no body")
    return body


def _paragraph_text(p, textboxes: list[str]) -> str:
    parts: list[str] = []
    _collect(p, parts, textboxes)
    return "".join(parts)


def _collect(element, parts: list[str], textboxes: list[str]) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str):        # comments, processing instructions
            continue
        if tag == W + "t":
            parts.append(child.text or "")
        elif tag == W + "tab":
            parts.append("\t")
        elif tag in (W + "br", W + "cr"):
            # Line, column and page breaks all end a line of text.
            parts.append("\n")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        elif tag == W + "softHyphen":
            continue
        elif tag == W + "sym":
            char = child.get(W + "char")
            parts.append(_sym(char))
        elif tag in (W + "del", W + "delText", W + "moveFrom", W + "instrText", W + "pPr", W + "rPr"):
            continue
        elif tag == MC + "Fallback":
            continue
        elif tag == W + "txbxContent":
            for sub in child.iterchildren():
                if sub.tag == W + "p":
                    textboxes.append(_paragraph_text(sub, textboxes))
                elif sub.tag == W + "tbl":
                    textboxes.extend(_table_lines(sub, textboxes))
        else:
            _collect(child, parts, textboxes)


def _sym(code: str | None) -> str:
    """w:sym carries a symbol-font code point; map the private-use F0xx range back."""
    if not code:
        return ""
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    if 0xF000 <= value <= 0xF0FF:
        value -= 0xF000
    return chr(value) if value >= 0x20 else ""


def _table_lines(tbl, textboxes: list[str]) -> list[str]:
    rows: list[str] = []
    for tr in tbl.iterchildren(W + "tr"):
        cells = []
        for tc in _row_cells(tr):
            cells.append(_cell_text(tc, textboxes))
        rows.append(CELL_SEPARATOR.join(cells))
    return rows


def _row_cells(tr):
    for child in tr.iterchildren():
        if child.tag == W + "tc":
            yield child
        elif child.tag == W + "sdt":   # a content control wrapping cells
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from content.iterchildren(W + "tc")


def _cell_text(tc, textboxes: list[str]) -> str:
    lines: list[str] = []
    for child in tc.iterchildren():
        if child.tag == W + "p":
            lines.append(_paragraph_text(child, textboxes))
        elif child.tag == W + "tbl":        # nested table: its rows stay lines of the cell
            lines.extend(_table_lines(child, textboxes))
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                for sub in content.iterchildren(W + "p"):
                    lines.append(_paragraph_text(sub, textboxes))
    # Word always ends a cell with a paragraph; empty trailing ones are not content.
    while len(lines) > 1 and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)
