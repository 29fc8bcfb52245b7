"""Ingestion on real parts: a real SQLite file, a real Whoosh index, real source files.

Pinned invariants: re-ingesting is a no-op; bad input fails with a reason and loses
nothing; any broken filter layer sends the document to review, never to the public; a
run killed between decision and publication is finished by the next run; a nonpublic
document is never published; the pause switch stops automatic publishing.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from surfaces import stored_index_fields

from disclosure import analysis, db, pipeline, publish
from disclosure.instance import Instance

PLAIN = """2026년 마을버스 노선 조정 안내
문서번호 교통정책과-1234
기안자 주무관 김민준 / 결재권자 과장 이서연

1. 마을버스 02번 노선을 3월 2일부터 조정합니다.
2. 문의: 교통정책과 02-2133-1234
"""

PRIVATE = """민원 처리 결과 회신
문서번호 교통정책과-2345

1. 민원인 홍길동(연락처 010-2345-6789)께서 제기하신 불법 주정차 민원에 대하여 회신합니다.
2. 현장 점검 결과 단속을 강화하였습니다.
담당: 교통정책과 주무관 김민준 (02-2133-1234)
"""


@pytest.fixture()
def inst(tmp_path: Path) -> Instance:
    i = Instance(tmp_path / "instance")
    i.init()
    return i


def write_doc(folder: Path, stem: str, text: str, **meta) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.txt"
    path.write_text(text, encoding="utf-8")
    sidecar = {"id": stem, "title": text.splitlines()[0], "department": "서울특별시 교통정책과",
               "doc_type": "시행문", "doc_number": f"교통정책과-{abs(hash(stem)) % 9999}",
               "drafter": "김민준", "approver": "이서연", "approver_rank": "국장",
               "approved_at": "2026-03-02", "marked_grade": "public", "lang": "ko"}
    sidecar.update(meta)
    (folder / f"{stem}.json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
    return path


def doc_row(inst: Instance, doc_id: str) -> db.Document | None:
    with inst.Session() as s:
        return s.get(db.Document, doc_id)


def public_blob(inst: Instance) -> str:
    """Everything on the public side: public store files and the index's stored fields."""
    parts = [p.read_text(encoding="utf-8", errors="replace")
             for p in inst.public_dir.rglob("*") if p.is_file()]
    parts.append(stored_index_fields(inst))
    return "\n".join(parts)


def test_public_document_is_published_and_searchable(inst, tmp_path):
    src = write_doc(tmp_path / "in", "doc-plain", PLAIN)
    [out] = pipeline.ingest(inst, [src])
    assert out.result == "published", out.reasons
    doc = doc_row(inst, "doc-plain")
    assert doc.status == "published" and doc.published_at is not None
    assert (inst.public_doc_dir("doc-plain") / "document.txt").exists()
    assert [h.id for h in inst.search.search("마을버스").hits] == ["doc-plain"]
    # the original went to the private store, by content hash
    assert any((inst.private_dir / "originals").iterdir())


def test_personal_information_never_reaches_the_public_side(inst, tmp_path):
    src = write_doc(tmp_path / "in", "doc-private", PRIVATE, marked_grade="partial",
                    marked_grounds=[6])
    pipeline.ingest(inst, [src])
    doc = doc_row(inst, "doc-private")
    assert "010-2345-6789" not in doc.masked_text and "홍길동" not in doc.masked_text
    assert "02-2133-1234" in doc.masked_text, "an office line must stay visible"
    assert "010-2345-6789" not in public_blob(inst) and "홍길동" not in public_blob(inst)
    # the private store keeps the original text for reviewers
    assert "홍길동" in inst.read_private_text("doc-private")


def test_reingesting_the_same_file_is_a_no_op(inst, tmp_path):
    src = write_doc(tmp_path / "in", "doc-plain", PLAIN)
    pipeline.ingest(inst, [src])
    [again] = pipeline.ingest(inst, [src])
    assert again.result == "skipped"
    with inst.Session() as s:
        assert s.scalar(select(func.count()).select_from(db.Document)) == 1
        assert s.scalar(select(func.count()).select_from(db.Event)
                        .where(db.Event.action == "ingest")) == 1


@pytest.mark.parametrize("name, content, reason", [
    ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage", "cannot extract"),
    ("notes.xyz", b"hello", "unsupported file type"),
    ("empty.txt", b"", "cannot extract"),
])
def test_bad_input_fails_with_a_reason_and_loses_nothing(inst, tmp_path, name, content, reason):
    src = tmp_path / "in" / name
    src.parent.mkdir()
    src.write_bytes(content)
    [out] = pipeline.ingest(inst, [src])
    assert out.result == "failed" and reason in out.reasons[0]
    assert src.read_bytes() == content, "the source file is left as it was"
    with inst.Session() as s:
        assert s.scalar(select(func.count()).select_from(db.Document)) == 0
        assert s.scalar(select(func.count()).select_from(db.IngestFailure)) == 1


def test_oversized_file_is_refused(inst, tmp_path, monkeypatch):
    monkeypatch.setattr(analysis, "MAX_BYTES", 100)
    src = write_doc(tmp_path / "in", "big", PLAIN * 5)
    [out] = pipeline.ingest(inst, [src])
    assert out.result == "failed" and "limit" in out.reasons[0]


def test_malformed_sidecar_fails_clearly(inst, tmp_path):
    src = write_doc(tmp_path / "in", "doc-plain", PLAIN)
    src.with_suffix(".json").write_text("{not json", encoding="utf-8")
    [out] = pipeline.ingest(inst, [src])
    assert out.result == "failed" and "sidecar" in out.reasons[0]


class Exploding:
    def __getattr__(self, name):
        def boom(*a, **k):
            raise RuntimeError("simulated failure")
        return boom


@pytest.mark.parametrize("layer", ["layer1", "classifier", "policy"])
def test_a_broken_layer_sends_the_document_to_review(inst, tmp_path, layer):
    inst.layer1, inst.classifier, inst.policy  # build the real ones first
    setattr(inst, layer, Exploding())
    src = write_doc(tmp_path / "in", "doc-plain", PLAIN)
    [out] = pipeline.ingest(inst, [src])
    assert out.result == "review"
    assert any(w in out.reasons[0] for w in ("failed", "could not", "no decision")), out.reasons
    assert doc_row(inst, "doc-plain").status == "review"
    assert inst.search.count() == 0 and not any(inst.public_dir.rglob("*.txt"))


def test_a_run_killed_before_publication_is_finished_by_the_next_run(inst, tmp_path, monkeypatch):
    src = write_doc(tmp_path / "in", "doc-plain", PLAIN)

    def killed(*a, **k):
        raise KeyboardInterrupt  # as if the process died right after the decision commit

    monkeypatch.setattr(pipeline, "prepare_publication", killed)
    with pytest.raises(KeyboardInterrupt):
        pipeline.ingest(inst, [src])
    doc = doc_row(inst, "doc-plain")
    assert doc.status == "publish_pending"
    assert inst.published_ids(["doc-plain"]) == set(), "half-done is not public"
    assert inst.search.count() == 0
    monkeypatch.undo()
    [again] = pipeline.ingest(inst, [src])
    # the recovery run counts what its reconcile finished (it used to say "0 published")
    assert (again.result, again.doc_id) == ("published", "doc-plain")
    assert "interrupted" in again.reasons[0]
    assert doc_row(inst, "doc-plain").status == "published"
    assert inst.search.count() == 1


def test_pause_switch_sends_everything_to_review(inst, tmp_path):
    inst.set_setting("publishing_paused", "1")
    src = write_doc(tmp_path / "in", "doc-plain", PLAIN)
    [out] = pipeline.ingest(inst, [src])
    assert out.result == "review" and "paused" in out.reasons[0]
    inst.set_setting("publishing_paused", "0")
    src2 = write_doc(tmp_path / "in2", "doc-plain-2", PLAIN + "\n3. 추가 안내")
    assert pipeline.ingest(inst, [src2])[0].result == "published"


def test_nonpublic_is_never_published(inst, tmp_path):
    src = write_doc(tmp_path / "in", "doc-plain", PLAIN)
    pipeline.ingest(inst, [src])
    with inst.Session.begin() as s:
        s.get(db.Document, "doc-plain").grade = "nonpublic"
    with pytest.raises(ValueError):
        publish.publish(inst, "doc-plain")


def test_verification_blocks_a_value_that_is_still_readable(inst, tmp_path):
    src = write_doc(tmp_path / "in", "doc-private", PRIVATE, marked_grade="partial")
    pipeline.ingest(inst, [src])
    original = inst.read_private_text("doc-private")
    with inst.Session.begin() as s:
        doc = s.get(db.Document, "doc-private")
        doc.status = "publish_pending"
        doc.masked_text = original            # as if masking had silently done nothing
    assert publish.publish(inst, "doc-private") is False
    assert doc_row(inst, "doc-private").status == "review"
    assert "010-2345-6789" not in public_blob(inst)


def test_audit_log_is_append_only(inst, tmp_path):
    pipeline.ingest(inst, [write_doc(tmp_path / "in", "doc-plain", PLAIN)])
    from sqlalchemy import text
    from sqlalchemy.exc import DatabaseError
    with pytest.raises(DatabaseError):
        with inst.engine.begin() as c:
            c.execute(text("UPDATE events SET comment='rewritten'"))
    with pytest.raises(DatabaseError):
        with inst.engine.begin() as c:
            c.execute(text("DELETE FROM events"))


def test_bundled_samples_ingest_into_every_state(inst, tmp_path):
    from disclosure.cli import sample_files

    outcomes = pipeline.ingest(inst, sample_files())
    results = {o.result for o in outcomes}
    assert "failed" not in results, [o for o in outcomes if o.result == "failed"]
    assert {"published", "review"} <= results
    assert results & {"withheld", "scheduled"}, "the samples include nonpublic documents"
