"""The document families under corpus_families/ are valid guideline JSONL.

Each family's generator must be deterministic, write offsets that point at their
values, and its hand-written documents must hold the same contract; otherwise every
figure measured on them (benchmarks/families.py) is wrong.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "corpus_families"
FAMILIES = sorted(p for p in ROOT.iterdir() if (p / "generate.py").exists())
LABELS = {"PERSON", "KR_RRN", "KR_FRN", "PHONE", "EMAIL", "ADDRESS", "BANK_ACCOUNT", "CARD_NUMBER",
          "KR_PASSPORT", "KR_DRIVER_LICENSE", "VEHICLE_PLATE", "BIRTH_DATE", "IP_ADDRESS", "HEALTH_INFO"}


def check(records: list[dict]) -> None:
    ids = set()
    for r in records:
        assert r["id"] not in ids
        ids.add(r["id"])
        assert r["grade"] in ("public", "partial", "nonpublic")
        assert all(1 <= g <= 8 for g in r["grounds"])
        for e in r["entities"]:
            assert e["label"] in LABELS, e
            assert r["text"][e["start"]:e["end"]] == e["text"], (r["id"], e)


def test_there_are_eight_families():
    assert len(FAMILIES) >= 8


@pytest.mark.parametrize("family", FAMILIES, ids=lambda p: p.name)
def test_generator_is_valid_and_deterministic(family, tmp_path):
    outs = []
    for n in (1, 2):
        out = tmp_path / f"{n}.jsonl"
        subprocess.run([sys.executable, "generate.py", "--n", "20", "--seed", "5", "--out", str(out)],
                       cwd=family, check=True, capture_output=True)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    records = [json.loads(line) for line in outs[0].decode().splitlines() if line.strip()]
    assert len(records) == 20
    check(records)


@pytest.mark.parametrize("family", FAMILIES, ids=lambda p: p.name)
def test_handwritten_documents_are_valid(family):
    records = [json.loads(line) for line in (family / "handwritten.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    assert len(records) >= 10
    check(records)


def test_training_documents_leave_a_family_out():
    from training.family_corpus import FamilyError, family_names, family_records

    names = family_names()
    recs = family_records(2, exclude={"court_rulings"})
    assert {r["family_name"] for r in recs} == set(names) - {"court_rulings"}
    assert len(recs) == 2 * (len(names) - 1)
    with pytest.raises(FamilyError):
        family_records(1, exclude={"no_such_family"})
