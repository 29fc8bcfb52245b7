"""Asking a question: validation, storage before anything else, tracking, notifications."""
from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup
from sqlalchemy import select

from disclosure import db

PHONE = "010-2345-6789"


def _questions(instance):
    with instance.Session() as s:
        return list(s.scalars(select(db.Question)))


def _notifications(instance):
    with instance.Session() as s:
        return list(s.scalars(select(db.Notification).order_by(db.Notification.id)))


def _ask(client, doc_id="pub-1", **data):
    return client.post(f"/documents/{doc_id}/ask", data=data)


def test_question_is_stored_masked_tracked_and_announced(client, make_doc, instance):
    make_doc("pub-1", "도로 보수 계획 본문")
    resp = _ask(client, body=f"보수 일정이 궁금합니다. 제 번호는 {PHONE} 입니다.",
                name="김시민", email="citizen@example.com", phone="010 1111 2222", consent="y")
    assert resp.status_code == 303
    tracking = resp.headers["Location"].rsplit("/", 1)[1]
    assert re.fullmatch(r"Q-\d{8}-[A-Z0-9]{10}", tracking)
    [q] = _questions(instance)
    assert q.tracking == tracking and q.status == "received"
    assert PHONE in q.body and PHONE not in q.body_masked and "****" in q.body_masked
    assert (q.email, q.phone, q.consent) == ("citizen@example.com", "01011112222", True)

    sent = _notifications(instance)
    assert {(n.channel, n.recipient) for n in sent} == {
        ("email", "urban@city.test"), ("email", "citizen@example.com"), ("sms", "01011112222")}
    assert all(n.status == "sent" for n in sent)
    dept = next(n for n in sent if n.recipient == "urban@city.test")
    assert PHONE not in dept.body and "citizen@example.com" not in dept.body
    assert "http://plaza.test/review/questions/" in dept.body
    assert len(list(instance.outbox_dir.glob("*.json"))) == 3

    page = client.get(f"/questions/{tracking}").get_data(as_text=True)
    assert tracking in page and "접수" in page
    for private in (PHONE, "citizen@example.com", "01011112222", "010 1111 2222", "김시민"):
        assert private not in page


def test_unknown_department_goes_to_default_address(client, make_doc, instance):
    make_doc("pub-9", "본문", department="기타과")
    assert _ask(client, "pub-9", body="질문입니다").status_code == 303
    assert [n.recipient for n in _notifications(instance)] == ["disclosure@localhost"]


def test_failing_mail_never_loses_the_question(app, client, make_doc, instance):
    class Broken:
        def send(self, n):
            raise ConnectionError("smtp down")
    app.config["NOTIFICATION_GATEWAYS"] = lambda inst: {"email": Broken(), "sms": Broken()}
    make_doc("pub-1", "본문")
    resp = _ask(client, body="질문", email="a@b.example", consent="y")
    assert resp.status_code == 303
    assert len(_questions(instance)) == 1
    pending = _notifications(instance)
    assert len(pending) == 2 and all(n.status == "pending" and "smtp down" in n.last_error
                                     for n in pending)


def test_layer1_failure_keeps_question_but_shows_nothing_unmasked(client, make_doc, instance):
    class Down:
        def detect(self, text, meta):
            raise RuntimeError("model not loaded")
    make_doc("pub-1", "본문")
    instance.layer1 = Down()
    resp = _ask(client, body=f"연락처 {PHONE}")
    assert resp.status_code == 303
    [q] = _questions(instance)
    assert q.body_masked == ""
    page = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert PHONE not in page


def test_validation_errors(app, client, make_doc, instance):
    app.config["ASK_RATE_LIMIT"] = "100 per minute"
    make_doc("pub-1", "본문")
    cases = [
        dict(body=""),                                              # required
        dict(body="가" * 2001),                                      # too long
        dict(body="질문", email="a@b.example"),                       # contact without consent
        dict(body="질문", name="김시민"),                               # name without consent
        dict(body="질문", email="not-an-address", consent="y"),
        dict(body="질문", phone="02-123-4567", consent="y"),         # not a mobile number
    ]
    for data in cases:
        resp = _ask(client, **data)
        assert resp.status_code == 400, data
        assert 'role="alert"' in resp.get_data(as_text=True)
    assert _questions(instance) == []


def test_honeypot_stores_nothing(client, make_doc, instance):
    make_doc("pub-1", "본문")
    assert _ask(client, body="질문", website="http://spam.example").status_code == 400
    assert _questions(instance) == []


def test_ask_form_page_and_tracking_lookup(client, make_doc):
    make_doc("pub-1", "본문")
    soup = BeautifulSoup(client.get("/documents/pub-1/ask").data, "html.parser")
    for name in ("body", "name", "email", "phone", "consent"):
        field = soup.select_one(f"[name={name}]")
        assert soup.select_one(f"label[for={field['id']}]"), name     # every field is labelled
    assert client.get("/questions").status_code == 200
    bad = client.get("/questions?tracking=nonsense")
    assert bad.status_code == 200 and "형식" in bad.get_data(as_text=True)
    ok = client.get("/questions?tracking=q-20250101-abcdefgh23")
    assert ok.status_code == 302 and ok.headers["Location"].endswith("/questions/Q-20250101-ABCDEFGH23")
    assert client.get("/questions/Q-20250101-ABCDEFGH23").status_code == 404
    assert client.get("/questions/1").status_code == 404


def test_ask_is_rate_limited(app, client, make_doc):
    app.config["ASK_RATE_LIMIT"] = "2 per minute"
    make_doc("pub-1", "본문")
    codes = [_ask(client, body=f"질문 {i}").status_code for i in range(3)]
    assert codes == [303, 303, 429]
    assert "요청이 너무 많습니다" in _ask(client, body="또").get_data(as_text=True)


def test_outbox_message_for_citizen_links_status_page(client, make_doc, instance):
    make_doc("pub-1", "본문")
    tracking = _ask(client, body="질문", email="c@example.com", consent="y"
                    ).headers["Location"].rsplit("/", 1)[1]
    files = sorted(instance.outbox_dir.glob("*.json"))
    msgs = [json.loads(f.read_text()) for f in files]
    mine = next(m for m in msgs if m["to"] == "c@example.com")
    assert f"http://plaza.test/questions/{tracking}" in mine["body"]
