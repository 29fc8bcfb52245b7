"""추출기의 PDFium 글자(pdf_pages)가 pdfplumber의 글자와 같은가, 그리고 각각의 시간.

usage: python benchmarks/pdfium_chars.py [INBOX]

For every page of INBOX's PDFs (default ../shared/corpus/dev/inbox): the drawn, non-space
characters pdfplumber gives against those the extractor reads with PDFium
(``disclosure.extract.pdf_pages``, both deduplicated as the extractor does), in drawing
order: on how many pages the sequences are the same, how far apart their boxes are (PDFium's loose box, in
points from the page's top-left), and the time each library takes to give them.
"""
from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from disclosure.extract.glyphs import dedupe_chars  # noqa: E402


def plumber_chars(data: bytes) -> list[list[tuple]]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [[(c["text"], c["x0"], c["top"], c["x1"], c["bottom"])
                 for c in dedupe_chars(page.chars) if c["text"] and not c["text"].isspace()]
                for page in pdf.pages]


def pdfium_chars(data: bytes) -> list[list[tuple]]:
    """The extractor's own PDFium reading (``disclosure.extract.pdf_pages``), deduplicated
    as the extractor does."""
    from disclosure.extract.pdf_pages import read_document

    return [[(c["text"], c["x0"], c["top"], c["x1"], c["bottom"])
             for c in dedupe_chars(page.chars) if c["text"] and not c["text"].isspace()]
            for page in read_document(data).pages]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inbox", nargs="?", type=Path,
                    default=ROOT.parent / "shared" / "corpus" / "dev" / "inbox")
    args = ap.parse_args(argv)
    pages = same = chars = 0
    deviation: list[float] = []
    seconds = {"pdfplumber": 0.0, "pypdfium2": 0.0}
    for path in sorted(args.inbox.glob("*.pdf")):
        data = path.read_bytes()
        t = time.perf_counter()
        plumber = plumber_chars(data)
        seconds["pdfplumber"] += time.perf_counter() - t
        t = time.perf_counter()
        pdfium = pdfium_chars(data)
        seconds["pypdfium2"] += time.perf_counter() - t
        for a, b in zip(plumber, pdfium):
            pages += 1
            chars += len(a)
            if [c[0] for c in a] == [c[0] for c in b]:
                same += 1
                deviation += [max(abs(p - q) for p, q in zip(c[1:], d[1:])) for c, d in zip(a, b)]
    deviation.sort()
    at = lambda share: deviation[int(share * (len(deviation) - 1))] if deviation else float("nan")  # noqa: E731
    print(f"쪽 (pages) {pages}, 글자 (characters) {chars}; 글자 순서가 같은 쪽 (same sequence) {same}")
    print(f"상자 차이 (box deviation, pt) p50 {at(.5):.2f}, p99 {at(.99):.2f}, 최대 (max) {at(1):.2f}")
    print("시간 (seconds): " + ", ".join(f"{k} {v:.2f}" for k, v in seconds.items()))


if __name__ == "__main__":
    main()
