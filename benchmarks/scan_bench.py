"""Documents per second through the filter (what `disclosure scan` runs), per stage.

usage: python benchmarks/scan_bench.py [CORPUS.jsonl] [--repeat N]

Default corpus: ../shared/corpus/dev/corpus.jsonl. Prints a table: stage, documents,
seconds, documents/second, ms/document (median of N repeats). Speed targets live here,
never in timed tests.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from classifiers import load_classifier  # noqa: E402
from disclosure.decide import load_policy  # noqa: E402
from disclosure.scan import read_records, scan_record  # noqa: E402
from domain.types import DocumentMeta  # noqa: E402
from masking import Layer1  # noqa: E402


def timed(fn, repeat):
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main(argv):
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path,
                    default=ROOT.parent / "shared" / "corpus" / "dev" / "corpus.jsonl")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    corpus, repeat = args.corpus, args.repeat
    recs = list(read_records(corpus))
    t0 = time.perf_counter()
    layer1, clf, policy = Layer1.from_rules(), load_classifier(), load_policy()
    load = time.perf_counter() - t0
    metas = [DocumentMeta.from_dict(r) for r in recs]
    dets = [layer1.detect(r["text"], m) for r, m in zip(recs, metas)]  # warm-up, reused below
    rows = [
        ("layer 1 detect", timed(lambda: [layer1.detect(r["text"], m) for r, m in zip(recs, metas)], repeat)),
        ("layer 1 mask", timed(lambda: [layer1.mask(r["text"], d) for r, d in zip(recs, dets)], repeat)),
        ("layer 2 classify", timed(lambda: [clf.classify(r["text"], m, d) for r, m, d in zip(recs, metas, dets)], repeat)),
        ("whole scan", timed(lambda: [scan_record(r, layer1, clf, policy) for r in recs], repeat)),
    ]
    n = len(recs)
    kb = sum(len(r["text"].encode()) for r in recs) / n / 1024
    print(f"corpus: {corpus} ({n} documents, mean {kb:.1f} KB); loading the filter: {load:.2f} s")
    print(f"{'stage':<20}{'docs':>6}{'seconds':>10}{'docs/s':>10}{'ms/doc':>9}")
    for name, sec in rows:
        print(f"{name:<20}{n:>6}{sec:>10.3f}{n / sec:>10.1f}{1000 * sec / n:>9.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
