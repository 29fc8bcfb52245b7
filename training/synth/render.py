"""Render a record as the source file a publishing pipeline would receive, plus its sidecar.

``render(record, fmt, out_dir)`` writes ``<id>.<fmt>`` and ``<id>.json``. The sidecar
holds only the approval metadata (what the 결재 system knows: drafter, approver,
the drafter's 공개여부 mark, an optional ``redact`` list) - never gold spans or the
gold grade, so a pipeline test on rendered files cannot peek at the answer.

Tables are drawn as real tables (Word tables, HTML ``<table>``, ruled PDF tables)
from the cell offsets the generator recorded, so extraction has to cope with
layout, as it does with real files. Output is reproducible: PDFs use reportlab's
invariant mode and DOCX zip entries get a fixed timestamp.
"""
from __future__ import annotations

import html
import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

SIDECAR_FIELDS = ("id", "title", "department", "doc_type", "doc_number", "drafter", "approver", "approver_rank",
                  "approved_at", "marked_grade", "marked_grounds", "lang")
FORMATS = ("pdf", "docx", "txt", "html")
NANUM = (Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"), Path("/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"))


def sidecar(record: dict, fmt: str) -> dict:
    meta = {k: record.get(k, [] if k == "marked_grounds" else "") for k in SIDECAR_FIELDS}
    if record.get("redact"):
        meta["redact"] = list(record["redact"])
    meta["file"] = f"{record['id']}.{fmt}"
    return meta


def blocks(record: dict) -> list[tuple[str, object]]:
    """Split the text into ("lines", [str]) and ("table", [[cell text]]) blocks."""
    text, out, pos = record["text"], [], 0
    for tab in sorted(record.get("tables") or [], key=lambda t: t["start"]):
        if tab["start"] > pos:
            out.append(("lines", text[pos:tab["start"]].rstrip("\n").split("\n")))
        rows = [[text[s:e] for s, e in row] for row in tab["cells"]]
        out.append(("table", rows))
        pos = tab["end"]
    if pos < len(text):
        out.append(("lines", text[pos:].rstrip("\n").split("\n")))
    return out


def render(record: dict, fmt: str, out_dir: Path, encoding: str = "utf-8") -> Path:
    """Write ``<id>.<fmt>`` and the sidecar ``<id>.json`` into ``out_dir``; return the file's path."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{record['id']}.{fmt}"
    if fmt == "txt":
        path.write_bytes(record["text"].encode(encoding))
    elif fmt == "html":
        path.write_text(_html(record), encoding="utf-8")
    elif fmt == "docx":
        path.write_bytes(_docx(record))
    else:
        path.write_bytes(_pdf(record))
    (out_dir / f"{record['id']}.json").write_text(
        json.dumps(sidecar(record, fmt), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------- HTML
def _html(record: dict) -> str:
    e = html.escape
    parts = ["<!DOCTYPE html>", f'<html lang="{e(record.get("lang", "ko"))}">', "<head>", '<meta charset="utf-8">',
             f"<title>{e(record['title'])}</title>",
             "<style>body{font-family:sans-serif;max-width:52em;margin:2em auto}"
             "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #999;padding:2px 6px}"
             "p{margin:0;white-space:pre-wrap}</style>", "</head>", "<body>",
             f'<div class="meta">{e(record["department"])} · {e(record["doc_number"])}</div>']
    for kind, content in blocks(record):
        if kind == "lines":
            parts.extend(f"<p>{e(line)}</p>" if line.strip() else "<p>&nbsp;</p>" for line in content)
        else:
            parts.append("<table>")
            for i, row in enumerate(content):
                tag = "th" if i == 0 else "td"
                parts.append("<tr>" + "".join(f"<{tag}>{e(c).replace(chr(10), '<br>')}</{tag}>" for c in row) + "</tr>")
            parts.append("</table>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


# ------------------------------------------------------------------- DOCX
def _docx(record: dict) -> bytes:
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Malgun Gothic"
    style.font.size = Pt(10)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "맑은 고딕")
    stamp = datetime.fromisoformat(record["approved_at"])
    cp = document.core_properties
    cp.title, cp.author, cp.created, cp.modified, cp.last_modified_by = (record["title"], record["drafter"], stamp, stamp,
                                                                         record["drafter"])
    cp.revision = 1
    for kind, content in blocks(record):
        if kind == "lines":
            for line in content:
                document.add_paragraph(line)
        else:
            ncol = max(len(r) for r in content)
            table = document.add_table(rows=0, cols=ncol)
            table.style = "Table Grid"
            for row in content:
                cells = table.add_row().cells
                for cell, value in zip(cells, row):
                    lines = value.split("\n")
                    run = cell.paragraphs[0].add_run(lines[0])
                    for extra in lines[1:]:
                        run.add_break()
                        run.add_text(extra)
    raw = io.BytesIO()
    document.save(raw)
    return _fix_zip(raw.getvalue(), stamp)


def _fix_zip(data: bytes, stamp: datetime) -> bytes:
    """Rewrite the zip with one fixed timestamp so the same record gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(stamp.year, stamp.month, stamp.day, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# -------------------------------------------------------------------- PDF
def _fonts() -> tuple[str, str]:
    """NanumGothic when installed (embedded, extractable); otherwise reportlab's CID font."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    if NANUM[0].exists():
        if "NanumGothic" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("NanumGothic", str(NANUM[0])))
            pdfmetrics.registerFont(TTFont("NanumGothicBold", str(NANUM[1] if NANUM[1].exists() else NANUM[0])))
        return "NanumGothic", "NanumGothicBold"
    if "HYGothic-Medium" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("HYGothic-Medium"))
    return "HYGothic-Medium", "HYGothic-Medium"


def _pdf(record: dict) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font, bold = _fonts()
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=14, wordWrap="CJK")
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11)
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=14, leading=20, spaceAfter=6)

    def para_text(s: str) -> str:
        lead = len(s) - len(s.lstrip(" "))
        return "&nbsp;" * lead + html.escape(s.lstrip(" ")).replace("\n", "<br/>")

    story = [Paragraph(html.escape(record["title"]), title)]
    for kind, content in blocks(record):
        if kind == "lines":
            for line in content:
                story.append(Paragraph(para_text(line), body) if line.strip() else Spacer(1, 6))
        else:
            ncol = max(len(r) for r in content)
            data = [[Paragraph(para_text(c), cell) for c in r] + [""] * (ncol - len(r)) for r in content]
            t = Table(data, colWidths=[(170 * mm) / ncol] * ncol, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [Spacer(1, 3), t, Spacer(1, 3)]

    head = f"{record['department']}  {record['doc_number']}"

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(20 * mm, A4[1] - 12 * mm, head)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"- {doc.page} -")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title=record["title"], author=record["department"], invariant=1)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()
