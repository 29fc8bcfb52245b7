"""Measure extraction fidelity on the dev inbox: do the gold values survive?

Layer 1 finds personal information on extracted text, so what matters is whether
each gold value (a phone number, an address split in a cell, a diagnosis at a line
end) is still present. For every inbox file this counts gold values found

* verbatim,
* only after collapsing whitespace runs to one space on both sides (a line break
  became a space or vice versa: a regex with ``\\s+`` still finds it),
* only after deleting all whitespace (a space was lost or added inside the value:
  the value is there but a detector must be tolerant),
* not at all (lost: the failure that matters),

plus a similarity ratio of the whitespace-collapsed texts (``difflib``; page headers,
page numbers and table separators that are not in the jsonl text lower it a little).

Run: ``python -m disclosure.extract.measure [shared_dir] [--speed]``.
"""
from __future__ import annotations

import difflib
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import extract

_WS = re.compile(r"\s+")


@dataclass
class DocScore:
    id: str
    format: str
    gold: int = 0
    verbatim: int = 0
    collapsed: int = 0
    nospace: int = 0
    missing: list[str] = field(default_factory=list)
    ratio: float = 0.0
    seconds: float = 0.0


def load_gold(corpus: Path) -> dict[str, dict]:
    records = {}
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                records[record["id"]] = record
    return records


def score_text(text: str, record: dict) -> DocScore:
    score = DocScore(id=record["id"], format="")
    collapsed = _WS.sub(" ", text)
    nospace = _WS.sub("", text)
    for entity in record.get("entities", []):
        value = entity["text"]
        score.gold += 1
        if value in text:
            score.verbatim += 1
        elif _WS.sub(" ", value) in collapsed:
            score.collapsed += 1
        elif _WS.sub("", value) in nospace:
            score.nospace += 1
        else:
            score.missing.append(value)
    score.ratio = difflib.SequenceMatcher(None, collapsed, _WS.sub(" ", record["text"]), autojunk=False).ratio()
    return score


def score_inbox(shared: Path) -> list[DocScore]:
    dev = shared / "corpus" / "dev"
    gold = load_gold(dev / "corpus.jsonl")
    scores = []
    for path in sorted((dev / "inbox").iterdir()):
        if path.suffix == ".json" or path.stem not in gold:
            continue
        started = time.perf_counter()
        extracted = extract(path)
        elapsed = time.perf_counter() - started
        score = score_text(extracted.text, gold[path.stem])
        score.format = extracted.format
        score.seconds = elapsed
        scores.append(score)
    return scores


def speed(shared: Path) -> dict[str, float]:
    """ms/page of the extractor (PDFium's pages, pdfplumber's table finder) against
    pypdfium2's bare text and character boxes."""
    import pypdfium2 as pdfium

    pdfs = sorted((shared / "corpus" / "dev" / "inbox").glob("*.pdf"))
    pages = 0
    t0 = time.perf_counter()
    for path in pdfs:
        pages += len(extract(path).page_offsets)
    ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    for path in pdfs:
        doc = pdfium.PdfDocument(str(path))
        for page in doc:
            textpage = page.get_textpage()
            textpage.get_text_range()
            for i in range(textpage.count_chars()):
                textpage.get_charbox(i)
            textpage.close()
            page.close()
        doc.close()
    pdfium_s = time.perf_counter() - t0
    return {"pages": pages, "ours_ms_per_page": 1000 * ours / pages, "pdfium_ms_per_page": 1000 * pdfium_s / pages}


def pdfium_scores(shared: Path) -> list[DocScore]:
    """The same value check on pypdfium2's plain text, to compare fidelity."""
    import pypdfium2 as pdfium

    dev = shared / "corpus" / "dev"
    gold = load_gold(dev / "corpus.jsonl")
    scores = []
    for path in sorted((dev / "inbox").glob("*.pdf")):
        doc = pdfium.PdfDocument(str(path))
        text = "\n".join(page.get_textpage().get_text_range() for page in doc)
        doc.close()
        score = score_text(text.replace("\r\n", "\n"), gold[path.stem])
        score.format = "pdf(pdfium)"
        scores.append(score)
    return scores


def summarize(scores: list[DocScore]) -> str:
    rows = []
    for fmt in sorted({s.format for s in scores}) + ["all"]:
        group = [s for s in scores if fmt in ("all", s.format)]
        gold = sum(s.gold for s in group)
        found = [sum(getattr(s, k) for s in group) for k in ("verbatim", "collapsed", "nospace")]
        missing = sum(len(s.missing) for s in group)
        ratio = sum(s.ratio for s in group) / len(group)
        rows.append(f"{fmt:12} docs={len(group):3} gold={gold:4} verbatim={found[0]:4} +ws-collapse={found[1]:3} "
                    f"+ws-removed={found[2]:3} missing={missing:3}  mean-ratio={ratio:.3f} min-ratio={min(s.ratio for s in group):.3f}")
    return "\n".join(rows)


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    shared = Path(args[0]) if args else Path(__file__).resolve().parents[3] / "shared"
    scores = score_inbox(shared)
    print(summarize(scores))
    for s in scores:
        if s.missing or s.nospace or s.ratio < 0.9:
            print(f"  {s.id} {s.format} ratio={s.ratio:.3f} nospace={s.nospace} missing={s.missing}")
    if "--speed" in argv:
        print(summarize(pdfium_scores(shared)))
        print(speed(shared))


if __name__ == "__main__":
    main(sys.argv[1:])
