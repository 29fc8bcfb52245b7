"""Leave-families-out: each family scored by models that never saw it.

usage: python benchmarks/lofo.py [--groups "a,b;c,d" | --each] [--out DIR] [--n 200]
                                 [--seed 7001] [--skip-training] [--json OUT]

For every group of families (``--each``: every family alone, which is leave-one-family-
out; ``--groups``: families separated by commas, groups by semicolons; default: two
groups, the nine tuning families and the four held-out ones of corpus_families/README.md)
it trains layer 1's tagger and layer 2's model with that group left out
(``disclosure train --leave-out GROUP --out OUT/NAME``), then scores the group's families
with those models (``benchmarks/families.py --only GROUP`` with ``DISCLOSURE_NER_MODEL``
and ``DISCLOSURE_LAYER2_MODEL`` pointing at them). The table lists every family, worst
first: the figure to quote is the worst row. Training a group takes about ten minutes
on this machine's two cores (the two layers train side by side).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.family_corpus import family_names  # noqa: E402

#: documents of each family the models learn from
FAMILY_DOCS = 300
TUNING = ("complaint_replies", "incident_reports", "payee_tables", "personnel_notices", "counselling_records",
          "field_checklists", "foreign_resident_mail", "legal_affairs", "welfare_case_notes", "traffic_fines",
          "land_compensation", "public_health", "citizen_board", "commendations_volunteers",
          "sentence_bank", "tax_appeals", "council_proceedings", "english_casework", "disaster_relief", "judgments")
HELD_OUT = ("court_rulings", "english_notices", "inspection_logs", "minutes_turns", "school_affairs", "box_tables",
            "mediation_meetings")


def train_group(group: list[str], out: Path) -> None:
    exe = [sys.executable, "-m", "disclosure.cli"]
    procs = [subprocess.Popen([*exe, "train", "--layer", layer, "--out", str(out), "--leave-out", ",".join(group),
                               "--family-docs", str(FAMILY_DOCS)],
                              cwd=ROOT, stdout=subprocess.DEVNULL) for layer in ("1", "2")]
    for p in procs:
        if p.wait() != 0:
            raise SystemExit(f"training without {group} failed ({p.args})")


def score_group(group: list[str], out: Path, n: int, seed: int, tmp: Path) -> list[dict]:
    env = dict(os.environ, DISCLOSURE_NER_MODEL=str(out / "layer1"), DISCLOSURE_LAYER2_MODEL=str(out / "layer2"))
    dest = tmp / f"{out.name}.json"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "families.py"), "--only", ",".join(group),
                    "--n", str(n), "--seed", str(seed), "--json", str(dest)], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    return json.loads(dest.read_text())["sets"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--groups", default=";".join([",".join(TUNING), ",".join(HELD_OUT)]))
    ap.add_argument("--each", action="store_true", help="every family alone (leave-one-family-out)")
    ap.add_argument("--out", type=Path, default=Path("lofo-models"))
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7001)
    ap.add_argument("--skip-training", action="store_true", help="reuse the models already in --out")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    names = family_names()
    groups = [[n] for n in names] if args.each else [g.split(",") for g in args.groups.split(";") if g]
    unknown = {n for g in groups for n in g} - set(names)
    if unknown:
        raise SystemExit(f"unknown families: {', '.join(sorted(unknown))}")
    rows = []
    args.out.mkdir(parents=True, exist_ok=True)
    for i, group in enumerate(groups):
        out = args.out / f"without-{i}"
        if not args.skip_training:
            print(f"training without {', '.join(group)} ...", flush=True)
            train_group(group, out)
        rows += [dict(r, left_out=",".join(group)) for r in score_group(group, out, args.n, args.seed, args.out)]
    rows.sort(key=lambda r: (-r["published_leaking"] / max(1, r["published"]), r["recall"]))
    print(f"{'set (scored by models that never saw it)':<44}{'recall':>8}{'prec':>7}{'publ':>6}{'leakpub':>8}"
          f"{'relNP':>6}{'auto':>7}")
    for r in rows:
        print(f"{r['set']:<44}{r['recall']:>8.3f}{r['precision']:>7.3f}{r['published']:>6}"
              f"{r['published_leaking']:>8}{r['released_nonpublic']:>6}{r['automation']:>7.3f}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
