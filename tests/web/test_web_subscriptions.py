"""Saved-search alerts: double opt-in, matching, sending once, one-link unsubscribe."""
from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from disclosure import db
from disclosure import subscriptions as subs
from web_support import DEPT_A, DEPT_B

EMAIL = "citizen.alert@example.org"


def subscribe(client, **fields):
    data = {"email": EMAIL, "q": "", "department": "", "doc_type": "", "frequency": "instant",
            "consent": "y", **fields}
    return client.post("/subscribe", data=data)


def rows(instance, model, *where):
    with instance.Session() as s:
        return list(s.scalars(select(model).where(*where)))


def link_in(body: str, kind: str) -> str:
    m = re.search(rf"http://plaza\.test(/subscriptions/{kind}/\S+)", body)
    assert m, body
    return m.group(1)


def confirmation_link(instance) -> str:
    mails = rows(instance, db.Notification, db.Notification.subject == subs.CONFIRM_SUBJECT)
    return link_in(mails[-1].body, "confirm")


def test_subscribe_needs_confirmation_and_never_shows_the_address(client, instance, make_doc):
    make_doc("s-0", "하천 정비", title="하천 정비")
    form = client.get("/subscribe?q=하천&department=" + DEPT_A)
    assert form.status_code == 200 and 'value="하천"' in form.get_data(as_text=True)
    resp = subscribe(client, q="하천", department=DEPT_A)
    assert resp.status_code == 200 and EMAIL not in resp.get_data(as_text=True)
    [sub] = rows(instance, db.Subscription)
    assert (sub.status, sub.query, sub.department, sub.email) == ("pending", "하천", DEPT_A, EMAIL)
    [mail] = rows(instance, db.Notification)
    assert mail.recipient == EMAIL and "하천" not in mail.body    # the link's page says what

    link = confirmation_link(instance)
    page = client.get(link)                       # opening the link (a mail scanner) is not enough
    assert page.status_code == 200 and EMAIL not in page.get_data(as_text=True)
    assert "하천" in page.get_data(as_text=True)
    assert rows(instance, db.Subscription)[0].status == "pending"
    done = client.post(link)
    assert done.status_code == 200 and "확인되었습니다" in done.get_data(as_text=True)
    assert rows(instance, db.Subscription)[0].status == "active"


def test_forged_or_wrong_purpose_tokens_are_404(client, instance):
    subscribe(client)
    link = confirmation_link(instance)
    token = link.rsplit("/", 1)[1]
    assert client.get(link[:-3] + "abc").status_code == 404
    assert client.get(f"/subscriptions/unsubscribe/{token}").status_code == 404   # salt differs
    assert client.get("/subscriptions/confirm/garbage").status_code == 404


def test_form_errors_and_honeypot(client, instance):
    assert subscribe(client, email="not-an-address").status_code == 400
    assert subscribe(client, consent="").status_code == 400
    assert subscribe(client, website="http://spam.example").status_code == 200
    assert rows(instance, db.Subscription) == []


def test_a_form_cannot_flood_a_mailbox(client, instance):
    for i in range(5):
        assert subscribe(client, q=f"주제{i}").status_code == 200
    assert len(rows(instance, db.Notification)) == subs.CONFIRMATIONS_PER_DAY


def test_the_confirmation_mail_carries_nothing_the_requester_typed(client, instance, make_doc):
    make_doc("s-0", "하천 정비", title="하천 정비")
    assert subscribe(client, q="정비 계획 변경 안내", department=DEPT_A,
                     frequency="weekly").status_code == 200
    [mail] = rows(instance, db.Notification)
    assert mail.body == subs.confirmation_body("http://plaza.test" + confirmation_link(instance))
    for typed in ("정비 계획 변경 안내", DEPT_A, "매주"):
        assert typed not in mail.body and typed not in mail.subject


def test_free_text_in_place_of_a_department_or_type_is_refused(client, instance, make_doc):
    make_doc("s-0", "하천 정비", title="하천 정비")
    message = "귀하의 계좌가 정지되었습니다 http://evil.example 에서 확인하세요"
    for field in ("department", "doc_type"):
        resp = subscribe(client, **{field: message})
        assert resp.status_code == 400 and "목록에 있는 항목을 골라 주세요." in resp.get_data(as_text=True)
    assert subscribe(client, department=DEPT_A, doc_type="보고").status_code == 200   # listed ones
    assert len(rows(instance, db.Notification)) == 1


def test_search_words_are_short_and_hold_no_personal_data(client, instance):
    resp = subscribe(client, q="연락 주세요 010-1234-5678")
    assert resp.status_code == 400 and "개인정보" in resp.get_data(as_text=True)
    assert subscribe(client, q="가" * (subs.QUERY_MAX + 1)).status_code == 400
    assert rows(instance, db.Subscription) == [] and rows(instance, db.Notification) == []
    assert subscribe(client, q="가" * subs.QUERY_MAX).status_code == 200


def test_search_words_are_refused_when_layer1_cannot_check_them(client, instance):
    class Down:
        def detect(self, text, meta):
            raise RuntimeError("model not loaded")
    instance.layer1 = Down()
    assert subscribe(client, q="하천 정비").status_code == 400
    assert rows(instance, db.Subscription) == []
    assert subscribe(client).status_code == 200                   # no words: nothing to check


def test_one_recipient_gets_few_confirmations_whoever_asks(client, instance):
    for n in range(6):
        email = EMAIL if n % 2 else EMAIL.replace("example.org", "EXAMPLE.org")
        assert client.post("/subscribe", data={"email": email, "q": f"주제{n}", "frequency": "instant",
                                               "consent": "y"},
                           environ_base={"REMOTE_ADDR": f"198.51.100.{n}"}).status_code == 200
    assert len(rows(instance, db.Notification)) == subs.CONFIRMATIONS_PER_DAY


def _active(instance, *, query="", department="", frequency="instant", days_ago=1):
    with instance.Session.begin() as s:
        sub = subs.subscribe(s, instance.secret_key, "http://plaza.test", email=EMAIL, query=query,
                             department=department, frequency=frequency)
        subs.confirm(sub, now=db.utcnow() - timedelta(days=days_ago))
        return sub.id


def test_send_queues_new_matches_once_and_unsubscribe_deletes(client, instance, make_doc):
    _active(instance, query="하천", department=DEPT_A)
    _active(instance, department=DEPT_B, frequency="weekly")
    make_doc("s-1", "하천 정비 기본 계획", title="하천 정비 계획")
    make_doc("s-2", "하천 정비 예산", title="다른 부서 하천", department=DEPT_B)
    make_doc("s-3", "도로 포장 계획", title="도로 포장")
    make_doc("s-4", "하천 비공개", publish_now=False, status="review", title="검토 중 하천")
    before = len(rows(instance, db.Notification))

    summary = subs.send(instance, weekly=False, base_url="http://plaza.test")
    assert (summary.subscriptions, summary.messages, summary.documents) == (1, 1, 1)
    [mail] = rows(instance, db.Notification)[before:]
    assert mail.recipient == EMAIL and "하천 정비 계획" in mail.body
    assert "http://plaza.test/documents/s-1" in mail.body
    for other in ("다른 부서 하천", "도로 포장", "검토 중 하천"):
        assert other not in mail.body
    again = subs.send(instance, weekly=False, base_url="http://plaza.test")
    assert again.messages == 0                                    # nothing new since

    weekly = subs.send(instance, weekly=True, base_url="http://plaza.test")
    assert (weekly.messages, weekly.documents) == (1, 1)
    assert "다른 부서 하천" in rows(instance, db.Notification)[-1].body

    link = link_in(mail.body, "unsubscribe")
    assert client.get(link).status_code == 200
    assert len(rows(instance, db.Subscription)) == 2              # GET changes nothing
    assert client.post(link).status_code == 200
    remaining = rows(instance, db.Subscription)
    assert [s.department for s in remaining] == [DEPT_B]
    assert client.get(link).status_code == 404


def test_withdrawn_documents_are_not_announced(instance, make_doc):
    from disclosure.publish import unpublish

    _active(instance)
    make_doc("s-5", "공원 조성", title="공원 조성")
    unpublish(instance, "s-5", actor="rev_a", reason="재검토")
    assert subs.send(instance, weekly=False, base_url="http://plaza.test").messages == 0


def test_unconfirmed_signups_are_deleted_after_a_week(instance):
    with instance.Session.begin() as s:
        subs.subscribe(s, instance.secret_key, "http://plaza.test", email=EMAIL,
                       now=db.utcnow() - timedelta(days=subs.PENDING_DAYS + 1))
    assert subs.send(instance, weekly=False, base_url="http://plaza.test").purged == 1
    assert rows(instance, db.Subscription) == []


def test_cli_send_writes_the_outbox(instance, make_doc):
    from click.testing import CliRunner

    from disclosure.cli import cli

    _active(instance)
    make_doc("s-6", "체육관 건립", title="체육관 건립")
    result = CliRunner().invoke(cli, ["--instance", str(instance.path), "subscriptions", "send",
                                      "--base-url", "http://plaza.test"])
    assert result.exit_code == 0, result.output
    assert "1 message(s) with 1 document(s)" in result.output
    sent = [json.loads(p.read_text()) for p in instance.outbox_dir.glob("*.json")]
    assert any(m["to"] == EMAIL and "체육관 건립" in m["body"] for m in sent)


# -- one-click unsubscribe (RFC 8058) -------------------------------------------------

def _alert(instance, make_doc):
    """An active subscription and one alert message about a new document; its link."""
    _active(instance)
    make_doc("s-7", "수영장 보수", title="수영장 보수")
    assert subs.send(instance, weekly=False, base_url="http://plaza.test").messages == 1
    mail = rows(instance, db.Notification)[-1]
    return mail, link_in(mail.body, "unsubscribe")


def test_alerts_carry_list_unsubscribe_headers_other_mail_does_not(instance, make_doc):
    from disclosure import notify

    mail, link = _alert(instance, make_doc)
    assert notify.send_pending(instance) == (2, 0)        # the confirmation and the alert
    sent = {m["subject"]: m for m in (json.loads(p.read_text())
                                      for p in instance.outbox_dir.glob("*.json"))}
    assert sent[mail.subject]["headers"] == {
        "List-Unsubscribe": f"<http://plaza.test{link}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    assert sent[subs.CONFIRM_SUBJECT]["headers"] == {}
    # a question that merely quotes such a link gets no header
    assert subs.unsubscribe_headers("[정보공개 광장] 새 문의", mail.body) == {}


def test_smtp_mail_carries_the_headers(instance, make_doc, monkeypatch):
    from disclosure import notify

    mail, link = _alert(instance, make_doc)
    delivered = []

    class FakeSmtp:
        def __init__(self, host, port, timeout):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def send_message(self, msg):
            delivered.append(msg)

    monkeypatch.setattr(notify.smtplib, "SMTP", FakeSmtp)
    notify.SmtpGateway("mail.test", 25).send(mail)
    [msg] = delivered
    assert msg["List-Unsubscribe"] == f"<http://plaza.test{link}>"
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_one_click_post_needs_no_form_token_but_a_signed_link(instance, make_doc):
    from web import create_app

    _mail, link = _alert(instance, make_doc)
    app = create_app(instance, {"TESTING": True, "WTF_CSRF_ENABLED": True,
                                "PUBLIC_BASE_URL": "http://plaza.test"})
    client = app.test_client()
    page = client.get(link)                       # a link scanner: a page with a button, no change
    assert page.status_code == 200
    assert BeautifulSoup(page.data, "html.parser").select_one("form button#unsubscribe-button")
    assert len(rows(instance, db.Subscription)) == 1
    # a plain POST without the form token is still refused (CSRF holds here too) ...
    assert client.post(link, data={}).status_code == 400
    forged = link[:-4] + "abcd"
    assert client.post(forged, data={"List-Unsubscribe": "One-Click"}).status_code == 404
    assert len(rows(instance, db.Subscription)) == 1
    # ... the mail program's one-click POST works without one
    resp = client.post(link, data={"List-Unsubscribe": "One-Click"})
    assert resp.status_code == 200 and rows(instance, db.Subscription) == []
    assert client.post(link, data={"List-Unsubscribe": "One-Click"}).status_code == 404
    # and the exemption is that endpoint's alone
    assert client.post("/subscribe", data={"email": EMAIL, "frequency": "instant",
                                           "consent": "y"}).status_code == 400
    subscribe_page = client.get("/subscribe").get_data(as_text=True)
    assert 'name="csrf_token"' in subscribe_page


def test_the_confirmation_page_button_still_unsubscribes_with_its_token(instance, make_doc):
    from web import create_app

    _mail, link = _alert(instance, make_doc)
    client = create_app(instance, {"TESTING": True, "WTF_CSRF_ENABLED": True,
                                   "PUBLIC_BASE_URL": "http://plaza.test"}).test_client()
    page = BeautifulSoup(client.get(link).data, "html.parser")
    token = page.select_one("form input[name=csrf_token]")["value"]
    assert client.post(link, data={"csrf_token": token}).status_code == 200
    assert rows(instance, db.Subscription) == []
