"""Pages per second for extract + redact + verify (what publishing adds for a PDF).

usage: python benchmarks/redact_bench.py [INBOX] [--corpus CORPUS.jsonl] [--dpi N] [--repeat N]

Default: the PDFs of ../shared/corpus/dev/inbox, masked at their gold values (located
in the extracted text, so the measurement does not depend on layer 1). Prints a table:
stage, pages, seconds, pages/second, ms/page (median of N repeats), then the burned
share, the output size and the leak check (gold values found in the output: must be 0).
"""
from __future__ import annotations

import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from disclosure.extract import extract  # noqa: E402
from disclosure.redact import masks_from, redact_pdf, verify_pdf  # noqa: E402
from domain.types import Detection  # noqa: E402


def locate(text: str, entities: list[dict]) -> list[Detection]:
    dets = []
    for e in entities:
        pattern = r"\s*".join(re.escape(ch) for ch in re.sub(r"\s+", "", e["text"]))
        dets += [Detection(m.start(), m.end(), e["label"], 1.0, "gold")
                 for m in re.finditer(pattern, text)]
    return dets


def timed(fn, repeat):
    runs, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs), result


def main(argv):
    import argparse

    dev = ROOT.parent / "shared" / "corpus" / "dev"
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inbox", nargs="?", type=Path, default=dev / "inbox")
    ap.add_argument("--corpus", type=Path, default=dev / "corpus.jsonl")
    ap.add_argument("--dpi", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    from disclosure.redact.burn import DPI
    dpi = args.dpi or DPI
    gold = {}
    if args.corpus.is_file():
        with open(args.corpus, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                gold[rec["id"]] = rec["entities"]
    paths = sorted(args.inbox.glob("*.pdf"))
    if not paths:
        sys.exit(f"no PDFs in {args.inbox}")
    sources = [p.read_bytes() for p in paths]

    t_extract, extracted = timed(lambda: [extract(p) for p in paths], args.repeat)
    dets = [locate(ex.text, gold.get(p.stem, [])) for p, ex in zip(paths, extracted)]
    masks = [masks_from(d, len(ex.text)) for d, ex in zip(dets, extracted)]
    t_redact, outputs = timed(lambda: [redact_pdf(src, ex, m, dpi)
                                       for src, ex, m in zip(sources, extracted, masks)], args.repeat)
    t_verify, verdicts = timed(lambda: [verify_pdf(out, ex.text, d, len(ex.page_offsets))
                                        for (out, _), ex, d in zip(outputs, extracted, dets)],
                               args.repeat)
    pages = sum(len(ex.page_offsets) for ex in extracted)
    burned = sum(len(b) for _, b in outputs)
    rows = [("extract", t_extract), ("redact", t_redact), ("verify", t_verify),
            ("extract+redact+verify", t_extract + t_redact + t_verify)]
    print(f"inbox: {args.inbox} ({len(paths)} PDFs, {pages} pages, {burned} burned at {dpi} dpi)")
    print(f"{'stage':<24}{'pages':>6}{'seconds':>10}{'pages/s':>10}{'ms/page':>9}")
    for name, sec in rows:
        print(f"{name:<24}{pages:>6}{sec:>10.2f}{pages / sec:>10.1f}{1000 * sec / pages:>9.0f}")
    size_in = sum(len(s) for s in sources) / len(sources) / 1024
    size_out = sum(len(o) for o, _ in outputs) / len(outputs) / 1024
    leaks = sum(len(v.leaks) for v in verdicts)
    problems = sum(len(v.problems) for v in verdicts)
    print(f"mean size: source {size_in:.0f} KB, public PDF {size_out:.0f} KB")
    print(f"masks: {sum(len(m) for m in masks)}; values found in the output: {leaks}; "
          f"structural problems: {problems}")


if __name__ == "__main__":
    main(sys.argv[1:])
