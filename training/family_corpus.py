"""Documents of the families in ``corpus_families/`` for training and measuring.

Each family folder has a standard-library ``generate.py`` (see corpus_families/README.md).
Training draws its documents with :data:`TRAIN_SEED` and measurement with
``benchmarks/families.py --seed 7001``: the documents a model learns are never the ones
it is scored on, and leaving a family out (``exclude``) leaves out all its documents, so
the score on it is a leave-one-family-out figure.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "corpus_families"
#: generator seed of training documents (measurement uses 7001)
TRAIN_SEED = 3_100


class FamilyError(ValueError):
    pass


def family_names(root: Path = ROOT) -> list[str]:
    return sorted(p.name for p in Path(root).iterdir() if (p / "generate.py").exists()) if Path(root).is_dir() else []


def generate(name: str, n: int, seed: int, dest: Path, root: Path = ROOT) -> Path:
    """Run family ``name``'s generator: ``n`` documents with ``seed`` written to ``dest``."""
    subprocess.run([sys.executable, "generate.py", "--n", str(n), "--seed", str(seed), "--out", str(dest)],
                   cwd=Path(root) / name, check=True, capture_output=True)
    return dest


def family_records(n: int, seed: int = TRAIN_SEED, exclude: frozenset[str] | set[str] = frozenset(),
                   root: Path = ROOT) -> list[dict]:
    """``n`` generated documents of every family not in ``exclude``; each record gets
    ``family_name``. Unknown names in ``exclude`` are an error (a typo would silently
    leave nothing out)."""
    names = family_names(root)
    unknown = set(exclude) - set(names)
    if unknown:
        raise FamilyError(f"unknown families: {', '.join(sorted(unknown))} (known: {', '.join(names)})")
    out: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            if name in exclude:
                continue
            dest = generate(name, n, seed, Path(tmp) / f"{name}.jsonl", root)
            for line in dest.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    rec["family_name"] = name
                    out.append(rec)
    return out
