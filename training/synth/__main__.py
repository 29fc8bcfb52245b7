"""``python -m training.synth --n 1000 --seed 7 OUT.jsonl``: write a corpus and print its label counts."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from .generate import generate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m training.synth", description=__doc__)
    ap.add_argument("out", type=Path, help="output .jsonl")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--lang-mix", type=float, default=0.1, help="share of English documents")
    ap.add_argument("--no-tables", action="store_true", help="drop the table cell offsets (used only by render)")
    args = ap.parse_args(argv)
    labels, grades = Counter(), Counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for rec in generate(args.n, args.seed, args.lang_mix):
            if args.no_tables:
                rec.pop("tables", None)
            labels.update(e["label"] for e in rec["entities"])
            grades[rec["grade"]] += 1
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {args.n} documents to {args.out}", file=sys.stderr)
    print("grades: " + ", ".join(f"{k} {v}" for k, v in sorted(grades.items())), file=sys.stderr)
    for label, count in labels.most_common():
        print(f"{label:18} {count}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
