"""``disclosure train --corrections``: officials' corrections are validated, added to the
training examples of both layers (not to layer 2's calibration) and counted, and their
unmasked words do not end up in the saved model folders.

Every training run here is tiny (a few dozen generated documents, one epoch) and
writes to a temporary folder; the shipped models are never touched."""
from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from disclosure.cli import cli
from disclosure.corrections import CorrectionsError, load_corrections, parse_record

# A private name that no generated document contains, to look for in the model folders.
NAME, PHONE, OFFICIAL, ADDRESS = "곽뷁뷁", "010-5555-0101", "김담당", "마포구 월드컵로 212"
TEXT = f"민원 회신\n민원인 {NAME} (연락처 {PHONE}) 께 회신함.\n주소 {ADDRESS}\n담당 주무관 {OFFICIAL}"


def span(value, label, text=TEXT):
    start = text.index(value)
    return {"start": start, "end": start + len(value), "label": label, "text": value}


def good(doc_id="c1", **over):
    rec = {"id": doc_id, "text": TEXT, "doc_type": "민원 처리 결과 회신",
           "entities": [span(NAME, "PERSON"), span(PHONE, "PHONE"), span(ADDRESS, "ADDRESS")],
           "rejected": [span(OFFICIAL, "PERSON")], "grade": "partial", "grounds": [6]}
    rec.update(over)
    return rec


def write(path: Path, *records) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                            for r in records), encoding="utf-8")
    return path


def private_bytes_in(folder: Path) -> list[Path]:
    """Files under ``folder`` that contain the private name (as UTF-8) anywhere."""
    needle = NAME.encode("utf-8")
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


# -- reading and validating ------------------------------------------------------------

def test_load_keeps_kept_and_added_masks_and_the_corrected_grade(tmp_path):
    f = write(tmp_path / "c.jsonl", good("c1"), "", good("c2", grade="nonpublic", grounds=[5, "6"]))
    recs = load_corrections([f])
    assert [r["id"] for r in recs] == ["c1", "c2"]
    assert [(e["text"], e["label"]) for e in recs[0]["entities"]] == [
        (NAME, "PERSON"), (PHONE, "PHONE"), (ADDRESS, "ADDRESS")]
    assert [e["text"] for e in recs[0]["rejected"]] == [OFFICIAL]
    assert (recs[1]["grade"], recs[1]["grounds"]) == ("nonpublic", [5, 6])


def test_the_same_document_in_two_files_counts_once_later_wins(tmp_path):
    a = write(tmp_path / "a.jsonl", good("c1", grade="public", grounds=[]))
    b = write(tmp_path / "b.jsonl", good("c1"), good("c2"))
    recs = load_corrections([a, b])
    assert [r["id"] for r in recs] == ["c1", "c2"] and recs[0]["grade"] == "partial"


@pytest.mark.parametrize("bad, message", [
    ('{broken', "not JSON"),
    ('["a list"]', "not a JSON object"),
    (json.dumps(good(text="")), "no text"),
    (json.dumps({k: v for k, v in good().items() if k != "text"}), "no text"),
    (json.dumps(good(entities=[{"start": 5, "end": 9999, "label": "PERSON"}])), "outside the text"),
    (json.dumps(good(entities=[{"start": -1, "end": 3, "label": "PERSON"}])), "outside the text"),
    (json.dumps(good(entities=[{"start": "1", "end": 3, "label": "PERSON"}])), "whole numbers"),
    (json.dumps(good(rejected=[{"start": 0, "end": 99999, "label": "PERSON"}])), "rejected[0]"),
    (json.dumps(good(entities=[{**span(NAME, "PERSON"), "label": "NICKNAME"}])), "unknown label 'NICKNAME'"),
    (json.dumps(good(entities=[{**span(NAME, "PERSON"), "text": "홍길동"}])), "is not text["),
    (json.dumps(good(entities=[span(ADDRESS, "ADDRESS"), span("월드컵로", "ADDRESS")])), "overlap"),
    (json.dumps(good(grade="secret")), "unknown grade 'secret'"),
    (json.dumps({k: v for k, v in good().items() if k != "grade"}), "unknown grade None"),
    (json.dumps(good(grounds=[9])), "unknown ground 9"),
    (json.dumps(good(grounds="6")), "grounds must be a list"),
])
def test_a_bad_line_is_named(tmp_path, bad, message):
    f = write(tmp_path / "c.jsonl", good("c1"), bad)
    with pytest.raises(CorrectionsError) as e:
        load_corrections([f])
    assert f"{f} line 2" in str(e.value) and message in str(e.value), str(e.value)


def test_an_empty_file_is_an_error(tmp_path):
    f = write(tmp_path / "c.jsonl", "")
    with pytest.raises(CorrectionsError, match="no correction records"):
        load_corrections([f])


def test_the_exported_form_is_accepted_as_is(tmp_path):
    """The shape ``disclosure corrections export`` writes (with its review block)."""
    rec = {**good(), "lang": "ko", "title": "민원 회신", "department": "민원과", "approved_at": "2026-03-02",
           "approver_rank": "과장", "drafter": "이기안", "approver": "박결재",
           "review": {"status": "published", "reviewers": ["rev_a"], "counts": {"added": 1}}}
    assert parse_record(rec, "x")["entities"] == good()["entities"]


# -- layer 1 ---------------------------------------------------------------------------

def test_layer1_examples_are_the_masks_after_review_in_the_ner_labels():
    from training.layer1 import correction_entities

    padded = good(entities=[{"start": TEXT.index(NAME) - 1, "end": TEXT.index(NAME) + len(NAME),
                             "label": "PERSON"}, span(PHONE, "PHONE")])
    rec = parse_record(padded, "x")
    assert [(TEXT[s:e], lab) for s, e, lab in correction_entities(rec)] == [(NAME, "PERSON")]
    # the lifted mask (the official in role) is not an entity: the model learns it as outside
    assert all(TEXT[s:e] != OFFICIAL for s, e, _ in correction_entities(parse_record(good(), "x")))


def test_layer1_tiny_training_counts_corrections_and_drops_their_words(tmp_path):
    from training.layer1 import train

    recs = [parse_record(good("c1"), "a"), parse_record(good("c2"), "b")]
    summary = train(tmp_path / "l1", seed=0, n_docs=30, epochs=1, log=lambda *_: None,
                    corrections=recs, correction_repeat=2)
    saved = json.loads((tmp_path / "l1" / "training.json").read_text(encoding="utf-8"))
    assert saved["corrections"] == summary["corrections"]
    assert saved["corrections"]["records"] == 2 and saved["corrections"]["repeat"] == 2
    assert saved["corrections"]["entities"] == 4                     # PERSON + ADDRESS, twice
    assert saved["corrections"]["private_strings_dropped"] > 0
    assert private_bytes_in(tmp_path / "l1") == []
    from masking.ner.recognizer import load_model

    assert load_model(tmp_path / "l1") is not None                   # still loads and runs
    load_model(tmp_path / "l1")(TEXT)


# -- layer 2 ---------------------------------------------------------------------------

def test_layer2_tiny_training_adds_corrections_to_training_not_calibration(tmp_path, monkeypatch):
    import training.layer2 as ct
    from classifiers.model import TextModel

    monkeypatch.setattr(ct, "EPOCHS", 1)
    seen = []
    real_fit = ct._fit

    def spy(items, seed, extra=(), repeat=1):
        seen.append((len(items), len(extra), repeat))
        return real_fit(items, seed, extra, repeat)

    monkeypatch.setattr(ct, "_fit", spy)
    recs = [parse_record(good("c1", grade="nonpublic", grounds=[5]), "a")]
    out = ct.train(tmp_path / "l2", n_train=40, n_calib=20, folds=2, corrections=recs)
    info = json.loads((out / "model.json").read_text(encoding="utf-8"))
    assert (info["n_corrections"], info["correction_repeat"]) == (1, ct.CORRECTION_REPEAT)
    assert info["correction_grades"] == {"nonpublic": 1}
    assert json.loads((out / "calibration.json").read_text(encoding="utf-8"))["n"] == 20
    assert all(extra == 1 and repeat == ct.CORRECTION_REPEAT for _, extra, repeat in seen)
    assert len(seen) == 3                                             # 2 folds + the shipped model
    assert private_bytes_in(out) == []
    TextModel.load(out).scores(TEXT)


# -- the command -----------------------------------------------------------------------

def test_cli_help_says_private():
    out = CliRunner().invoke(cli, ["train", "--help"]).output
    assert "--corrections" in out and "PRIVATE" in out and "UNMASKED" in out


def test_cli_rejects_a_bad_file_before_training(tmp_path, monkeypatch):
    import training.layer2 as ct
    import training.layer1 as mt

    def boom(*a, **k):
        raise AssertionError("training started")

    monkeypatch.setattr(mt, "train", boom)
    monkeypatch.setattr(ct, "train", boom)
    f = write(tmp_path / "c.jsonl", good("c1"), good("c2", grade="maybe"))
    result = CliRunner().invoke(cli, ["train", "--out", str(tmp_path / "m"), "--corrections", str(f)])
    assert result.exit_code != 0
    assert "line 2" in result.output and "unknown grade 'maybe'" in result.output
    assert not (tmp_path / "m").exists()


def test_cli_trains_both_layers_with_corrections(tmp_path, monkeypatch):
    """Through the command, with the trainers shrunk to a tiny size."""
    import training.layer2 as ct
    import training.layer1 as mt

    monkeypatch.setattr(mt, "train", functools.partial(mt.train, n_docs=30, epochs=1))
    monkeypatch.setattr(ct, "train", functools.partial(ct.train, n_train=40, n_calib=20, folds=2))
    monkeypatch.setattr(ct, "EPOCHS", 1)
    a = write(tmp_path / "a.jsonl", good("c1"))
    b = write(tmp_path / "b.jsonl", good("c2", grade="public", grounds=[]), good("c3"))
    out = tmp_path / "models"
    result = CliRunner().invoke(cli, ["train", "--out", str(out), "--corrections", str(a),
                                      "--corrections", str(b)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "using 3 correction record(s)" in result.output
    assert "layer 1: learnt from 3 correction record(s)" in result.output
    assert "with 3 correction record(s)" in result.output
    assert json.loads((out / "layer1" / "training.json").read_text())["corrections"]["records"] == 3
    assert json.loads((out / "layer2" / "model.json").read_text())["n_corrections"] == 3
    assert private_bytes_in(out) == []


def test_cli_without_corrections_records_none(tmp_path, monkeypatch):
    import training.layer1 as mt

    monkeypatch.setattr(mt, "train", functools.partial(mt.train, n_docs=25, epochs=1))
    result = CliRunner().invoke(cli, ["train", "--layer", "1", "--out", str(tmp_path / "m")],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "correction record" not in result.output
    summary = json.loads((tmp_path / "m" / "layer1" / "training.json").read_text())
    assert summary["corrections"]["records"] == 0
