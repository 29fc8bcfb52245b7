"""Layer 1's detections on a fixed set of documents, written to a file or compared with
one written before: a change meant to keep the detections exactly the same (a speed-up,
a rewrite of how a fact is worked out) is checked by running this before and after.

usage: python benchmarks/same_detections.py OUT.json [--n 40] [--seed 7001]
       python benchmarks/same_detections.py OUT.json --compare BEFORE.json

The documents are the dev corpus (``../shared/corpus/dev/corpus.jsonl``) and ``--n``
documents of every family of ``corpus_families/`` generated with ``--seed``, plus each
family's hand-written documents. Each detection is written whole: start, end, label,
score, the rule or model that found it and its reason. With ``--compare`` the run's
detections are compared document by document with BEFORE's and every difference is
printed; the exit status is 1 if there is one (or if the two runs saw different
documents).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"


def documents(n: int, seed: int) -> list[tuple[str, dict]]:
    """(set name, record) for the dev corpus and the generated and hand-written families."""
    from training.family_corpus import family_names, generate

    out = []
    dev = SHARED / "corpus" / "dev" / "corpus.jsonl"
    for line in dev.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(("dev", json.loads(line)))
    root = ROOT / "corpus_families"
    with tempfile.TemporaryDirectory() as tmp:
        for name in family_names(root):
            paths = [(name, generate(name, n, seed, Path(tmp) / f"{name}.jsonl", root))] if n else []
            hand = root / name / "handwritten.jsonl"
            if hand.exists():
                paths.append((f"{name}/hand", hand))
            for set_name, path in paths:
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        out.append((set_name, json.loads(line)))
    return out


def detections(docs) -> dict[str, list[list]]:
    from domain.types import DocumentMeta
    from masking import Layer1

    layer1 = Layer1.from_rules()
    out = {}
    for set_name, rec in docs:
        key = f"{set_name}:{rec['id']}"
        if key in out:
            raise SystemExit(f"two documents are called {key}")
        dets = layer1.detect(rec["text"], DocumentMeta.from_dict(rec))
        out[key] = [[d.start, d.end, d.label, d.score, d.source, d.reason] for d in dets]
    return out


def compare(before: dict, after: dict) -> list[str]:
    diffs = []
    for key in sorted(set(before) | set(after)):
        if key not in after or key not in before:
            diffs.append(f"{key}: only in {'before' if key in before else 'after'}")
            continue
        b = [tuple(d) for d in before[key]]
        a = [tuple(d) for d in after[key]]
        if a != b:
            diffs.append(f"{key}: lost {sorted(set(b) - set(a))} gained {sorted(set(a) - set(b))}"
                         + ("" if set(a) != set(b) else " (order differs)"))
    return diffs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=40, help="documents generated per family")
    ap.add_argument("--seed", type=int, default=7001)
    ap.add_argument("--compare", type=Path, help="detections written by an earlier run")
    args = ap.parse_args(argv)
    docs = documents(args.n, args.seed)
    found = detections(docs)
    args.out.write_text(json.dumps({"n": args.n, "seed": args.seed, "detections": found},
                                   ensure_ascii=False, indent=0), encoding="utf-8")
    total = sum(len(v) for v in found.values())
    print(f"{len(found)} documents, {total} detections -> {args.out}")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        if (before["n"], before["seed"]) != (args.n, args.seed):
            print(f"BEFORE was made with --n {before['n']} --seed {before['seed']}: run with those")
            return 1
        diffs = compare(before["detections"], found)
        for d in diffs:
            print(d)
        print(f"{len(diffs)} documents differ from {args.compare}")
        return 1 if diffs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
