"""Report a problem: a report whose quoted value is readable in the public copy takes the
document off every public surface (see test_web_report_takedown.py for the rest)."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from disclosure import db

LEAK = "김누락"
REPORT = f"둘째 줄에 민원인 이름 {LEAK} 이 보이고 연락처 010-7777-8888 도 있습니다."


def _doc(instance, doc_id):
    with instance.Session() as s:
        return s.get(db.Document, doc_id)


def _events(instance, action):
    with instance.Session() as s:
        return list(s.scalars(select(db.Event).where(db.Event.action == action)))


def _notifications(instance):
    with instance.Session() as s:
        return list(s.scalars(select(db.Notification)))


@pytest.fixture
def leaky(make_doc):
    return make_doc("leak-1", f"도로 보수 민원 처리 결과\n민원인 {LEAK} 의 요청에 따라 보수함.",
                    title="도로 보수 민원 처리", department="도시계획과")


def test_report_takes_document_off_the_site_and_into_review(client, instance, leaky):
    assert client.get("/documents/leak-1").status_code == 200
    assert instance.search.search("보수").total == 1
    form = client.get("/documents/leak-1/report")
    assert form.status_code == 200 and 'name="details"' in form.get_data(as_text=True)

    resp = client.post("/documents/leak-1/report", data={"details": REPORT})
    assert resp.status_code == 303 and "/reports/R-" in resp.headers["Location"]
    page = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert "R-" in page and LEAK not in page and "010-7777-8888" not in page
    assert 'data-state="taken_down"' in page

    doc = _doc(instance, "leak-1")
    assert (doc.status, doc.decision) == ("review", "review")
    assert "신고" in doc.reasons[0]
    for url in ("/documents/leak-1", "/documents/leak-1/download.txt",
                "/documents/leak-1/download.pdf", "/documents/leak-1/report"):
        assert client.get(url).status_code == 404, url
    assert instance.search.search("보수").total == 0
    assert "/documents/leak-1" not in client.get("/search?q=보수").get_data(as_text=True)
    assert not instance.public_doc_dir("leak-1").exists()
    [withdraw] = _events(instance, "withdraw")
    assert withdraw.actor == "citizen-report"


def test_report_text_is_private_audited_masked_and_announced(client, instance, leaky):
    client.post("/documents/leak-1/report", data={"details": REPORT})
    [stored] = list((instance.private_dir / "reports").glob("R-*.json"))
    kept = json.loads(stored.read_text(encoding="utf-8"))
    assert kept["text"] == REPORT and kept["document_id"] == "leak-1"
    [ev] = _events(instance, "citizen_report")
    assert ev.after["report"] == kept["id"] and ev.after["taken_down"] is True
    assert "010-7777-8888" not in ev.comment and "*" in ev.comment      # layer-1 masked
    sent = _notifications(instance)
    assert {n.recipient for n in sent} == {"urban@city.test", "disclosure@localhost"}
    assert all(n.status == "sent" and kept["id"] in n.subject for n in sent)
    assert all("010-7777-8888" not in n.body and "/review/documents/leak-1" in n.body
               for n in sent)
    # nothing public ever shows the report
    for url in ("/", "/search?q=보수", "/search?q=민원인"):
        assert "010-7777-8888" not in client.get(url).get_data(as_text=True)


def test_honeypot_and_validation_change_nothing(app, client, instance, leaky):
    app.config["REPORT_RATE_LIMIT"] = "100 per minute"
    assert client.post("/documents/leak-1/report",
                       data={"details": REPORT, "website": "http://spam.example"}).status_code == 400
    for details in ("", "   ", "가" * 1001):
        resp = client.post("/documents/leak-1/report", data={"details": details})
        assert resp.status_code == 400 and 'role="alert"' in resp.get_data(as_text=True)
    assert _doc(instance, "leak-1").status == "published"
    assert not (instance.private_dir / "reports").exists()


def test_report_needs_a_csrf_token(instance, leaky):
    from web import create_app
    app = create_app(instance, {"TESTING": True})            # CSRF on, as in production
    client = app.test_client()
    assert client.post("/documents/leak-1/report", data={"details": REPORT}).status_code == 400
    assert _doc(instance, "leak-1").status == "published"


def test_reports_are_rate_limited_per_client(app, client, make_doc):
    app.config["REPORT_RATE_LIMIT"] = "2 per minute"
    for i in range(3):
        make_doc(f"r{i}", f"문서 {i}")
    codes = [client.post(f"/documents/r{i}/report", data={"details": "이름이 보입니다"}).status_code
             for i in range(3)]
    assert codes == [303, 303, 429]
    assert client.get("/documents/r2").status_code == 200       # the refused one stays up


def test_only_published_documents_can_be_reported(client, make_doc):
    make_doc("rev", "검토 중", publish_now=False)
    assert client.get("/documents/rev/report").status_code == 404
    assert client.post("/documents/rev/report", data={"details": "x"}).status_code == 404


def test_document_is_hidden_even_when_unpublish_fails(client, instance, leaky, monkeypatch):
    from disclosure import publish

    def broken(*a, **kw):
        raise OSError("index locked")
    monkeypatch.setattr(publish, "unpublish", broken)
    assert client.post("/documents/leak-1/report", data={"details": REPORT}).status_code == 303
    # off every public surface at once, on its way back to review (the lifecycle allows
    # nothing else out of "published"); the next reconcile removes the public copies
    doc = _doc(instance, "leak-1")
    assert (doc.status, doc.decision) == ("withdraw_pending", "review")
    assert client.get("/documents/leak-1").status_code == 404
    assert "/documents/leak-1" not in client.get("/search?q=보수").get_data(as_text=True)
    [ev] = _events(instance, "citizen_report")
    assert ev.after["taken_down"] is False
    assert all("[긴급]" in n.body for n in _notifications(instance))
    monkeypatch.undo()
    from disclosure.reconcile import reconcile
    reconcile(instance)
    assert _doc(instance, "leak-1").status == "review"
    assert not instance.public_doc_dir("leak-1").exists()
