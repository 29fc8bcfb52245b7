"""A citizen's contact details given with a question are kept as long as the consent text
says (domain.limits.CONTACT_RETENTION_DAYS after the answer) and then erased, from the
question and from the messages already sent; the form states the period and the right
to refuse (개인정보 보호법 제15조제2항)."""
from __future__ import annotations

from datetime import datetime, timedelta

from bs4 import BeautifulSoup
from sqlalchemy import select

from disclosure import db
from disclosure.questions import purge_contacts
from domain.limits import CONTACT_RETENTION_DAYS


def _ask(client, doc_id, email):
    client.post(f"/documents/{doc_id}/ask", data={"body": "개장일이 언제인가요?", "name": "홍길동",
                                                  "email": email, "consent": "y"})


def test_the_form_states_the_retention_period_and_the_right_to_refuse(client, make_doc):
    make_doc("pub-r", "어린이 공원 조성 계획", title="어린이 공원")
    soup = BeautifulSoup(client.get("/documents/pub-r").data, "html.parser")
    hint = soup.select_one(".ask-form .checkbox .hint").get_text()
    assert f"답변 후 {CONTACT_RETENTION_DAYS}일" in hint and "동의하지 않으셔도 문의할 수 있으며" in hint
    english = BeautifulSoup(client.get("/documents/pub-r?lang=en").data, "html.parser")
    assert f"{CONTACT_RETENTION_DAYS} days after the answer" in english.select_one(".ask-form .checkbox .hint").get_text()


def test_contacts_are_erased_after_the_retention_period(client, make_doc, instance):
    make_doc("pub-r", "어린이 공원 조성 계획", title="어린이 공원")
    _ask(client, "pub-r", "old@example.com")
    _ask(client, "pub-r", "recent@example.com")
    _ask(client, "pub-r", "open@example.com")
    now = datetime(2026, 12, 4, 12, 0)
    with instance.Session.begin() as s:
        old, recent, still_open = s.scalars(select(db.Question).order_by(db.Question.id)).all()
        for q, age in ((old, CONTACT_RETENTION_DAYS + 1), (recent, 10)):
            q.status, q.answer, q.answer_masked = "answered", "다음 달입니다.", "다음 달입니다."
            q.updated_at = now - timedelta(days=age)
        still_open.updated_at = now - timedelta(days=400)          # not answered yet: kept
        s.add(db.Notification(channel="email", recipient="old@example.com", body="답변 등록",
                              status="sent"))
        s.add(db.Notification(channel="email", recipient="old@example.com", body="나중",
                              status="pending"))
    with instance.Session() as s:
        assert purge_contacts(s, now) == 1
    with instance.Session() as s:
        old, recent, still_open = s.scalars(select(db.Question).order_by(db.Question.id)).all()
        assert (old.name, old.email, old.phone) == ("", "", "")
        assert recent.email == "recent@example.com" and still_open.email == "open@example.com"
        recipients = {n.status: n.recipient for n in s.scalars(select(db.Notification).where(
            db.Notification.body.in_(["답변 등록", "나중"])))}
        assert recipients == {"sent": "(파기됨)", "pending": "old@example.com"}
        event = s.scalars(select(db.Event).where(db.Event.action == "contact_purge")).one()
        assert event.after["question"] == old.tracking and "old@example.com" not in str(event.after)
    with instance.Session() as s:
        assert purge_contacts(s, now) == 0                           # nothing twice
