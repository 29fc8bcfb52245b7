"""A question's life as the citizen follows it: received → assigned → answered, a message
at each step, and the delivery state of those messages on the status page."""
from __future__ import annotations

from bs4 import BeautifulSoup
from sqlalchemy import select

from disclosure import db, notify
from web import notices


def _status(client, tracking):
    soup = BeautifulSoup(client.get(f"/questions/{tracking}").data, "html.parser")
    return (soup.select_one(".q-status")["data-status"],
            [li.get_text(strip=True) for li in soup.select(".steps li.done")],
            [li.get_text(" ", strip=True) for li in soup.select(".deliveries li")])


def _citizen_messages(instance, tracking):
    with instance.Session() as s:
        return [n.body for n in s.scalars(select(db.Notification).where(
            db.Notification.recipient == "c@example.com").order_by(db.Notification.id))
            if tracking in n.body]


def test_each_step_is_shown_and_announced(app, client, make_doc, instance):
    make_doc("pub-1", "도로 보수 계획 본문")
    resp = client.post("/documents/pub-1/ask", data={
        "body": "언제 공사합니까?", "email": "c@example.com", "consent": "y"})
    tracking = resp.headers["Location"].rsplit("/", 1)[1]
    state, done, deliveries = _status(client, tracking)
    assert (state, done) == ("received", ["접수"])
    assert len(deliveries) == 1 and "보냄" in deliveries[0]
    assert "c@example.com" not in client.get(f"/questions/{tracking}").get_data(as_text=True)

    # an official takes the question (the review pages do this), then answers it
    with app.test_request_context(), instance.Session() as s:
        q = s.scalar(select(db.Question).where(db.Question.tracking == tracking))
        q.status = "assigned"
        notices.queue_question_assigned(s, q)
        s.commit()
    notify.send_pending(instance)
    state, done, deliveries = _status(client, tracking)
    assert (state, done) == ("assigned", ["접수", "담당자 배정"]) and len(deliveries) == 2

    with app.test_request_context(), instance.Session() as s:
        q = s.scalar(select(db.Question).where(db.Question.tracking == tracking))
        q.status, q.answer, q.answer_masked = "answered", "다음 달입니다.", "다음 달입니다."
        notices.queue_question_answered(s, q)
        s.commit()
    notify.send_pending(instance)
    state, done, deliveries = _status(client, tracking)
    assert (state, done) == ("answered", ["접수", "담당자 배정", "답변 완료"])
    assert len(deliveries) == 3
    bodies = _citizen_messages(instance, tracking)
    assert ["접수되었습니다" in bodies[0], "배정" in bodies[1], "답변이 등록" in bodies[2]] == [True] * 3
    assert "다음 달입니다." in client.get(f"/questions/{tracking}").get_data(as_text=True)


def test_failed_deliveries_are_visible_and_retried(app, client, make_doc, instance):
    class Down:
        def send(self, n):
            raise ConnectionError("smtp down")
    app.config["NOTIFICATION_GATEWAYS"] = lambda inst: {"email": Down(), "sms": Down()}
    make_doc("pub-1", "본문")
    tracking = client.post("/documents/pub-1/ask", data={
        "body": "질문", "email": "c@example.com", "phone": "010-1111-2222", "consent": "y"}
    ).headers["Location"].rsplit("/", 1)[1]
    _, _, deliveries = _status(client, tracking)
    assert len(deliveries) == 2 and all("다시 시도" in d and "1회" in d for d in deliveries)

    sent, failing = notify.send_pending(instance)           # the mail server is back
    assert (sent, failing) == (3, 0)                        # with the department's message
    _, _, deliveries = _status(client, tracking)
    assert all("보냄" in d for d in deliveries)


def test_no_contact_no_delivery_section(client, make_doc):
    make_doc("pub-1", "본문")
    tracking = client.post("/documents/pub-1/ask", data={"body": "질문"}
                           ).headers["Location"].rsplit("/", 1)[1]
    assert _status(client, tracking)[2] == []


def test_search_finds_a_word_under_its_particle(client, make_doc):
    make_doc("road", "관내 도로 보수 공사를 추진함.", title="도로 보수 공사 계획")
    make_doc("park", "공원 녹지 조성", title="공원 조성")
    soup = BeautifulSoup(client.get("/search?q=도로를").data, "html.parser")
    assert [a["href"] for a in soup.select("ol.results a.doc-title")] == ["/documents/road"]


def test_a_citizen_reads_the_date_of_a_question_in_seoul_time(client, make_doc, instance):
    """Stored at 2026-03-01 23:10 UTC, the question was asked on 2 March in Seoul."""
    from datetime import datetime

    from sqlalchemy import select

    from disclosure import db

    make_doc("pub-tz", "어린이 공원 조성 계획", title="어린이 공원")
    resp = client.post("/documents/pub-tz/ask", data={"body": "공원 개장일이 언제인가요?"})
    with instance.Session.begin() as s:
        q = s.scalar(select(db.Question))
        q.created_at = datetime(2026, 3, 1, 23, 10)
    page = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert "2026-03-02 08:10" in page and "2026-03-01 23:10" not in page
