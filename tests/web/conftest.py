"""Fixtures for the web tests: a small regex layer 1, documents, officials, login.

The fake layer 1 is a real (if tiny) detector: it finds mobile numbers, e-mail
addresses and resident registration numbers and masks them with ``*``. It stands in
for ``masking.Layer1`` so web tests do not depend on the masking work in progress; one
test (test_web_real_layer1.py) uses the real layer 1 when it is importable.
"""
from __future__ import annotations

import hashlib
import re

import pytest

from disclosure import db
from domain.types import Detection
from web_support import DEPT_A, DEPT_B, PASSWORD, RegexLayer1



@pytest.fixture(autouse=True)
def _fake_layer1(request, instance):
    """Every web test gets the regex layer 1 unless it asks for ``real_layer1``."""
    if "real_layer1" not in request.fixturenames:
        instance.layer1 = RegexLayer1()


@pytest.fixture
def real_layer1(instance):
    pytest.importorskip("masking", reason="masking (layer 1) is not importable yet")
    try:
        from masking import Layer1  # noqa: F401
    except ImportError as e:
        pytest.skip(f"masking.Layer1 is not available yet: {e}")
    try:
        return instance.layer1
    except Exception as e:  # rules still being written
        pytest.skip(f"the real layer 1 cannot be built yet: {type(e).__name__}: {e}")


@pytest.fixture
def make_doc(instance):
    """make_doc(id, text, private=[values to mask], publish=True, **columns) -> id.

    Writes the private text, stores detections for each private value (every
    occurrence), masks with the instance's layer 1, and publishes through the core's
    publish() (or leaves the document in ``status``)."""
    from disclosure.instance import atomic_write
    from disclosure.publish import publish

    def make(doc_id, text, private=(), *, publish_now=True, status="review", labels=None,
             **columns):
        atomic_write(instance.private_text_path(doc_id), text.encode("utf-8"))
        dets = []
        for value in private:
            for m in re.finditer(re.escape(value), text):
                dets.append(Detection(m.start(), m.end(), (labels or {}).get(value, "PERSON"),
                                      0.9, "test:planted", f"planted {value[:2]}…"))
        masked = instance.layer1.mask(text, dets).text if dets else text
        values = dict(
            id=doc_id, content_hash=hashlib.sha256(doc_id.encode() + text.encode()).hexdigest(),
            filename=f"{doc_id}.txt", format="txt", title=f"{doc_id} 문서",
            department=DEPT_A, doc_type="보고", doc_number=f"{DEPT_A}-{doc_id}",
            approver_rank="과장", approved_at="2025-03-01",
            meta={"drafter": "주무관 이기안", "approver": "과장 박결재"},
            status="publish_pending" if publish_now else status,
            decision="publish" if publish_now else "review",
            reasons=["테스트 문서"], grade="public", grounds=[], confidence=0.9,
            masked_text=masked)
        values.update(columns)
        with instance.Session.begin() as s:
            doc = db.Document(**values)
            doc.detections = [db.DetectionRow(**d.to_dict()) for d in dets]
            s.add(doc)
        if publish_now:
            assert publish(instance, doc_id), "test document failed verification"
        return doc_id

    return make


@pytest.fixture
def officials(instance):
    from disclosure.users import add_user

    add_user(instance, "rev_a", PASSWORD, "reviewer", DEPT_A)
    add_user(instance, "rev_b", PASSWORD, "reviewer", DEPT_B)
    add_user(instance, "admin", PASSWORD, "admin")
    return {"a": "rev_a", "b": "rev_b", "admin": "admin"}


@pytest.fixture
def login(client, officials):
    def do(username):
        resp = client.post("/login", data={"username": username, "password": PASSWORD})
        assert resp.status_code == 303, resp.get_data(as_text=True)[:500]
        return resp
    return do
