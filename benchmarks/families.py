"""The filter on document families, one at a time, worst family first.

usage: python benchmarks/families.py [--families DIR] [--n 200] [--seed 7001]
                                     [--set NAME=FILE.jsonl ...] [--real-public DIR]
                                     [--json OUT] [--leaks] [--review-languages ko,en|none]

Each family is a folder of ``corpus_families/`` with a ``generate.py`` (documents of one
kind, written from GUIDELINE.md alone, see corpus_families/README.md) and a
``handwritten.jsonl``. For every family it generates ``--n`` documents with ``--seed``
(keep it away from seeds anything was tuned on), runs ``disclosure scan``'s code path
(:func:`disclosure.scan.scan_records`: layer 1, layer 2, the decision and the second
screen) and scores it with the exact logic of ``shared/tools/pii_score.py`` (imported
from there by path). ``--set NAME=FILE`` adds any other guideline JSONL (the dev
corpus, another team's set).

Per set it prints recall, precision, over-masked spans, released nonpublic, the share of
public/partial documents published automatically, and the figure that matters most:
**published documents that still show a personal value** (decision ``publish`` and a
gold value with a readable letter or digit). It also counts the documents the second
screen sent to review: those that leaked (caught) and those that did not (review load).
Tables are sorted worst first. With ``--real-public`` it counts masked spans per 50 KB
and documents not published automatically on the real public text (no gold).

The shipped models were trained on the project's generator only (``training.synth``,
``training.layer2_gen``), never on these families, so every family here is held out from
training; see README "Where the filter stands" for which families rules were tuned on.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"

from classifiers import load_classifier  # noqa: E402
from disclosure.decide import load_policy  # noqa: E402
from training.family_corpus import family_names, generate  # noqa: E402
from disclosure.scan import read_records, scan_records  # noqa: E402
from disclosure.second_screen import PREFIX  # noqa: E402
from masking import Layer1  # noqa: E402

AUTO = "released automatically"


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("pii_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def family_sets(root: Path, n: int, seed: int, tmp: Path) -> list[tuple[str, Path]]:
    out = []
    for name in family_names(root):
        out.append((name, generate(name, n, seed, tmp / f"{name}.jsonl", root)))
        hand = root / name / "handwritten.jsonl"
        if hand.exists():
            out.append((f"{name}/hand", hand))
    return out


def leaking(scorer, gold: dict, pred: dict) -> set[str]:
    """Ids of documents with a gold value that has a readable letter or digit."""
    out = set()
    for doc_id, g in gold.items():
        covered = set()
        for e in pred.get(doc_id, {}).get("entities", []):
            covered |= scorer.significant(g["text"], max(0, e["start"]), min(len(g["text"]), e["end"]))
        if any(not scorer.significant(g["text"], e["start"], e["end"]) <= covered for e in g["entities"]):
            out.add(doc_id)
    return out


def measure(name: str, path: Path, filt, scorer, show_leaks: bool) -> dict:
    gold = {r["id"]: r for r in read_records(path)}
    pred = {p["id"]: p for p in scan_records(gold.values(), *filt)}
    _, total, leaks, grades, _ = scorer.score(gold, pred)
    leak_docs = leaking(scorer, gold, pred)
    published = {i for i, p in pred.items() if p["decision"] == "publish"}
    screened = {i for i, p in pred.items() if p["decision"] == "review"
                and any(r.startswith(PREFIX) for r in p["reasons"]) and any(AUTO in r for r in p["reasons"])}
    releasable = [i for i, g in gold.items() if g.get("grade") != "nonpublic"]
    row = {
        "set": name, "docs": len(gold), "gold": total["gold"],
        "recall": scorer.ratio(total["found"], total["gold"]),
        "precision": scorer.ratio(total["pred_ok"], total["pred"]),
        "over": total["pred"] - total["pred_ok"],
        "published": len(published),
        "published_leaking": len(published & leak_docs),
        "screen_caught": len(screened & leak_docs),
        "screen_load": len(screened - leak_docs),
        "automation": scorer.ratio(sum(i in published for i in releasable), len(releasable)),
        "released_nonpublic": grades["released_nonpublic"],
    }
    if show_leaks:
        for doc_id, label, value in leaks:
            flag = "PUBLISHED " if doc_id in published else ""
            print(f"  {flag}{name} {doc_id} {label} {value!r}")
    return row


def real_public(directory: Path, filt) -> list[dict]:
    rows = []
    for f in sorted(directory.glob("*.jsonl")):
        recs = list(read_records(f))
        preds = list(scan_records(recs, *filt))
        size = sum(len(r["text"].encode()) for r in recs)
        masks = sum(len(p["entities"]) for p in preds)
        rows.append({"set": f.name, "docs": len(recs), "kb": size / 1024,
                     "masks_per_50kb": masks / (size / 51200),
                     "not_published": sum(p["decision"] != "publish" for p in preds),
                     "withheld": sum(p["decision"] == "withhold" for p in preds),
                     "screened": sum(any(r.startswith(PREFIX) for r in p["reasons"]) for p in preds)})
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--families", type=Path, default=ROOT / "corpus_families")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7001)
    ap.add_argument("--set", action="append", default=[], metavar="NAME=FILE")
    ap.add_argument("--real-public", type=Path, action="append", default=[],
                    help="a folder of real public JSONL (no gold); may be given more than once")
    ap.add_argument("--scorer", type=Path, default=SHARED / "tools" / "pii_score.py")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--leaks", action="store_true")
    ap.add_argument("--only", default="", help="comma-separated family names")
    ap.add_argument("--review-languages", default=None, metavar="LANGS",
                    help="override rules/policy.yaml review_languages_with_personal_info "
                         "(comma-separated, or 'none'): what the filter would publish without that policy")
    args = ap.parse_args(argv)

    scorer = load_scorer(args.scorer)
    policy = load_policy()
    if args.review_languages is not None:
        langs = [] if args.review_languages == "none" else args.review_languages.split(",")
        policy = policy.model_copy(update={"review_languages_with_personal_info": langs})
    filt = (Layer1.from_rules(), load_classifier(), policy)
    with tempfile.TemporaryDirectory() as tmp:
        sets = family_sets(args.families, args.n, args.seed, Path(tmp))
        if args.only:
            keep = set(args.only.split(","))
            sets = [(n, p) for n, p in sets if n.split("/")[0] in keep]
        sets += [tuple(s.split("=", 1)) for s in args.set]
        rows = [measure(name, Path(path), filt, scorer, args.leaks) for name, path in sets]
    rows.sort(key=lambda r: (-r["published_leaking"] / max(1, r["published"]), r["recall"]))
    print(f"{'set':<28}{'docs':>5}{'gold':>6}{'recall':>8}{'prec':>7}{'over':>6}{'publ':>6}"
          f"{'leakpub':>8}{'caught':>7}{'load':>6}{'auto':>7}{'relNP':>6}")
    for r in rows:
        print(f"{r['set']:<28}{r['docs']:>5}{r['gold']:>6}{r['recall']:>8.3f}{r['precision']:>7.3f}"
              f"{r['over']:>6}{r['published']:>6}{r['published_leaking']:>8}{r['screen_caught']:>7}"
              f"{r['screen_load']:>6}{r['automation']:>7.3f}{r['released_nonpublic']:>6}")
    real = [row for d in args.real_public for row in real_public(d, filt)]
    for r in real:
        print(f"real public {r['set']}: {r['docs']} docs, {r['kb']:.0f} KB, {r['masks_per_50kb']:.1f} masks "
              f"per 50 KB, {r['not_published']} not published automatically ({r['withheld']} withheld, "
              f"{r['screened']} by the second screen)")
    if args.json:
        args.json.write_text(json.dumps({"sets": rows, "real_public": real}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
