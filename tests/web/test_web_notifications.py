"""Administrators see undelivered notifications with their errors and can retry them."""
from bs4 import BeautifulSoup
from sqlalchemy import select

from disclosure import audit, db, notify


class Down:
    def send(self, n):
        raise ConnectionError("smtp down")


def _waiting_rows(client):
    soup = BeautifulSoup(client.get("/review/notifications").data, "html.parser")
    table = soup.select_one("#waiting-notifications")
    return [tr.get_text(" ", strip=True) for tr in table.select("tbody tr")] if table else []


def test_failed_notifications_are_listed_and_retried(app, client, make_doc, instance, login):
    app.config["NOTIFICATION_GATEWAYS"] = lambda inst: {"email": Down(), "sms": Down()}
    make_doc("pub-1", "본문")
    client.post("/documents/pub-1/ask", data={"body": "질문", "email": "c@example.com", "consent": "y"})
    with instance.Session() as s:                   # five attempts: it has failed for good
        for n in s.scalars(select(db.Notification)):
            n.attempts, n.status, n.last_error = notify.MAX_ATTEMPTS, "failed", "ConnectionError: smtp down"
        s.commit()
    login("admin")
    rows = _waiting_rows(client)
    assert rows and all("실패" in r and "smtp down" in r for r in rows)
    assert any("c***@example.com" in r for r in rows)         # the citizen's address, masked
    assert not any("c@example.com" in r for r in rows)
    assert "알림 발송" in client.get("/").get_data(as_text=True)      # linked in the header

    app.config["NOTIFICATION_GATEWAYS"] = None                      # the outbox works again
    resp = client.post("/review/notifications/retry")
    assert resp.status_code == 303
    assert _waiting_rows(client) == []
    with instance.Session() as s:
        assert {n.status for n in s.scalars(select(db.Notification))} == {"sent"}
        assert s.scalars(select(audit.Event).where(audit.Event.action == "notifications_retry")).first()


def test_reviewers_and_anonymous_cannot_see_the_outbox(client, officials, login):
    assert client.get("/review/notifications").status_code in (302, 401)
    login("rev_a")
    assert client.get("/review/notifications").status_code == 403
    assert client.post("/review/notifications/retry").status_code == 403
    assert "알림 발송" not in client.get("/").get_data(as_text=True)
