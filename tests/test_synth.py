"""Tests of the synthetic generator: the corpus contract the filters are trained and scored on."""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from training.synth import generate, render
from training.synth import values as V
from training.synth.generate import check
from training.synth.render import FORMATS, SIDECAR_FIELDS
from training.synth.samples import build as build_samples

LABELS = {"PERSON", "KR_RRN", "KR_FRN", "PHONE", "EMAIL", "ADDRESS", "BANK_ACCOUNT", "CARD_NUMBER", "KR_PASSPORT",
          "KR_DRIVER_LICENSE", "VEHICLE_PLATE", "BIRTH_DATE", "IP_ADDRESS", "HEALTH_INFO"}
GOLD_ONLY = {"text", "entities", "grade", "grounds", "family", "tables"}
SAMPLES = Path(__file__).resolve().parent.parent / "disclosure" / "samples"


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return list(generate(300, 11))


def test_same_seed_same_output_and_prefix_stable():
    a = list(generate(25, 5))
    assert a == list(generate(25, 5))
    assert a[:10] == list(generate(10, 5))
    assert [r["text"] for r in a] != [r["text"] for r in generate(25, 6)]


def test_offsets_exact_and_contract(corpus):
    for rec in corpus:
        check(rec)
        for e in rec["entities"]:
            assert rec["text"][e["start"]:e["end"]] == e["text"]
            assert e["label"] in LABELS


def test_every_label_present_in_300_docs(corpus):
    counts = Counter(e["label"] for r in corpus for e in r["entities"])
    assert set(counts) == LABELS, LABELS - set(counts)
    assert min(counts.values()) >= 5, counts


def test_document_level_mix(corpus):
    grades = Counter(r["grade"] for r in corpus)
    assert grades["public"] >= 60 and grades["partial"] >= 60 and grades["nonpublic"] >= 20, grades
    substantive = {g for r in corpus if r["grade"] == "nonpublic" for g in r["grounds"]}
    assert {2, 3, 4, 5, 7, 8} <= substantive
    assert any(r["grade"] == "nonpublic" and r["grounds"] == [6] for r in corpus), "no single-person case file"
    wrong = [r for r in corpus if r["marked_grade"] != r["grade"]]
    assert 0.04 <= len(wrong) / len(corpus) <= 0.18
    assert any(r["marked_grade"] == "public" and r["grade"] != "public" for r in wrong)
    assert any(r["marked_grade"] != "public" and r["grade"] == "public" for r in wrong)
    en = sum(r["lang"] == "en" for r in corpus)
    assert 0.04 <= en / len(corpus) <= 0.18
    assert len({r["family"] for r in corpus}) >= 25


def test_officials_and_public_contacts_are_never_spans(corpus):
    for rec in corpus:
        spans = [rec["text"][e["start"]:e["end"]] for e in rec["entities"]]
        persons = {s for s, e in zip(spans, rec["entities"]) if e["label"] == "PERSON"}
        assert rec["drafter"] not in persons and rec["approver"] not in persons, rec["id"]
        for s in spans:
            assert "go.kr" not in s and "02-2133-" not in s and "세종대로 110" not in s, (rec["id"], s)
        pat = r"대표이사\W{0,5}([가-힣]{2,4})|법인등록번호\W{0,5}(\d{6}-\d{7})|사업자등록번호\W{0,5}(\d{3}-\d{2}-\d{5})"
        for m in re.finditer(pat, rec["text"]):
            start = next(m.start(i) for i in (1, 2, 3) if m.group(i))
            assert not any(e["start"] <= start < e["end"] for e in rec["entities"]), (rec["id"], m.group(0))


def test_private_names_never_also_appear_unannotated(corpus):
    """A private name must not also occur outside any span in its document (it would teach the model both ways)."""
    for rec in corpus:
        covered = [(e["start"], e["end"]) for e in rec["entities"]]
        for name in {e["text"] for e in rec["entities"] if e["label"] == "PERSON"}:
            for m in re.finditer(re.escape(name), rec["text"]):
                assert any(s <= m.start() < e for s, e in covered), (rec["id"], name)


def test_negatives_present(corpus):
    text = "\n".join(r["text"] for r in corpus)
    for needle in ("02-2133-", "@seoul.go.kr", "법인등록번호", "사업자등록번호", "대표이사", "예금주: 서울특별시", "관리번호", "「"):
        assert needle in text, needle


def test_role_awareness_same_kind_of_name_both_roles(corpus):
    """Private names after 민원인/위원/주민 and unannotated names after 주무관/팀장 occur in the same corpus."""
    official_after_rank = 0
    for rec in corpus:
        for m in re.finditer(r"(?:주무관|팀장|과장|의원|시장) ([가-힣]{2,4})", rec["text"]):
            if not any(e["start"] <= m.start(1) < e["end"] for e in rec["entities"]):
                official_after_rank += 1
    assert official_after_rank > 300
    evaluated = [r for r in corpus if r["family"] == "evaluation"]
    assert evaluated and all(any(e["label"] == "PERSON" for e in r["entities"]) for r in evaluated)


def test_rrn_check_digits_both_valid_and_invalid():
    rng = random.Random(3)
    seen = set()
    for _ in range(50):
        rrn = V.rrn(rng, valid=rng.random() < 0.5)
        digits = re.sub(r"\D", "", rrn.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
        if len(digits) == 13:
            seen.add(V._check(digits[:12], False) == int(digits[12]))
    assert seen == {True, False}
    for _ in range(100):
        m = V.mgmt_number(rng)
        assert int(m[2:4]) > 12 or int(m[4:6]) > 31, m


@pytest.mark.parametrize("fmt", FORMATS)
def test_render_writes_file_and_clean_sidecar(tmp_path, corpus, fmt):
    rec = next(r for r in corpus if r["grade"] == "partial" and r["tables"])
    path = render(rec, fmt, tmp_path)
    assert path == tmp_path / f"{rec['id']}.{fmt}" and path.stat().st_size > 500
    side = json.loads((tmp_path / f"{rec['id']}.json").read_text(encoding="utf-8"))
    assert set(side) <= set(SIDECAR_FIELDS) | {"redact", "file"}
    assert not GOLD_ONLY & set(side)
    blob = json.dumps(side, ensure_ascii=False)
    for e in rec["entities"]:
        assert e["text"] not in blob
    if fmt == "txt":
        assert path.read_text(encoding="utf-8") == rec["text"]
    if fmt in ("pdf", "docx"):
        again = render(rec, fmt, tmp_path / "again")
        assert again.read_bytes() == path.read_bytes(), "render is not reproducible"


def test_pdf_text_is_extractable(tmp_path, corpus):
    pypdf = pytest.importorskip("pypdf")
    rec = next(r for r in corpus if r["grade"] == "partial" and r["lang"] == "ko")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(render(rec, "pdf", tmp_path)).pages)
    assert rec["doc_number"] in text
    first_person = next(e["text"] for e in rec["entities"] if e["label"] == "PERSON")
    assert first_person.replace(" ", "") in text.replace(" ", "")


def test_cli_writes_corpus(tmp_path):
    out = tmp_path / "c.jsonl"
    subprocess.run([sys.executable, "-m", "training.synth", "--n", "12", "--seed", "7", str(out)], check=True,
                   capture_output=True)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x) for x in lines] == list(generate(12, 7))


# ------------------------------------------------------------------ samples
def _gold_samples() -> list[dict]:
    return [json.loads(x) for x in (SAMPLES / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def test_samples_gold_matches_shipped_files():
    gold = _gold_samples()
    ids = {r["id"] for r in gold}
    files = {p.stem for p in SAMPLES.iterdir() if p.suffix in {".pdf", ".docx", ".txt", ".html"}}
    sidecars = {p.stem for p in SAMPLES.glob("*.json")}
    assert ids == files == sidecars
    assert {p.suffix for p in SAMPLES.iterdir() if p.stem in ids} >= {".pdf", ".docx", ".txt", ".html", ".json"}
    assert sum(p.stat().st_size for p in SAMPLES.iterdir()) < 1_000_000


def test_samples_sidecars_leak_no_gold_and_cover_the_demo():
    gold = _gold_samples()
    assert 12 <= len(gold) <= 16
    redacts = 0
    for rec in gold:
        side = json.loads((SAMPLES / f"{rec['id']}.json").read_text(encoding="utf-8"))
        assert not GOLD_ONLY & set(side)
        for k in SIDECAR_FIELDS:
            assert side[k] == rec[k], (rec["id"], k)
        blob = json.dumps(side, ensure_ascii=False)
        assert not any(e["text"] in blob for e in rec["entities"]), rec["id"]
        redacts += bool(side.get("redact"))
        txt = SAMPLES / f"{rec['id']}.txt"
        if txt.exists():
            assert txt.read_text(encoding="utf-8") == rec["text"]
    assert redacts == 1
    grades = Counter(r["grade"] for r in gold)
    assert grades["public"] >= 3 and grades["partial"] >= 4 and grades["nonpublic"] >= 2
    assert any(r["grade"] != "public" and r["marked_grade"] == "public" for r in gold)
    assert any(r["approver_rank"] == "팀장" for r in gold)
    assert any(r["lang"] == "en" for r in gold)


def test_samples_are_reproducible(tmp_path):
    build_samples(tmp_path)
    assert (tmp_path / "gold.jsonl").read_text(encoding="utf-8") == (SAMPLES / "gold.jsonl").read_text(encoding="utf-8")
