"""The SMS gateway is configurable outside the web app: ``disclosure notify`` (the retry
run) delivers through the class named by DISCLOSURE_SMS_GATEWAY or the instance setting
``sms_gateway``, the outbox being the default."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from disclosure import db, notify
from disclosure.cli import cli

PHONE = "010 1111 2222"
GATEWAY = f"{__name__}:RecordingSms"


class RecordingSms:
    """A stand-in for a real SMS provider's client: built with the instance."""

    sent: list[tuple[str, str, str]] = []

    def __init__(self, inst):
        self.inst = inst

    def send(self, n):
        RecordingSms.sent.append((str(self.inst.path), n.recipient, n.body))


class Down:
    def send(self, n):
        raise ConnectionError("gateway down")


@pytest.fixture(autouse=True)
def _clean(monkeypatch):
    RecordingSms.sent = []
    monkeypatch.delenv(notify.SMS_GATEWAY_ENV, raising=False)
    monkeypatch.delenv("DISCLOSURE_SMTP_HOST", raising=False)


def _pending_question(app, client, make_doc, instance):
    """A question whose notifications failed on the web: they wait for `disclosure notify`."""
    app.config["NOTIFICATION_GATEWAYS"] = lambda inst: {"email": Down(), "sms": Down()}
    make_doc("pub-1", "도로 보수 계획")
    resp = client.post("/documents/pub-1/ask", data={
        "body": "언제 끝나나요?", "email": "c@example.com", "phone": PHONE, "consent": "y"})
    assert resp.status_code == 303
    assert {n.status for n in _notifications(instance)} == {"pending"}


def _notifications(instance):
    with instance.Session() as s:
        return list(s.scalars(select(db.Notification).order_by(db.Notification.id)))


def _notify(instance):
    result = CliRunner().invoke(cli, ["--instance", str(instance.path), "notify"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _outbox_channels(instance):
    return sorted(json.loads(p.read_text())["channel"] for p in instance.outbox_dir.glob("*.json"))


def test_retry_command_sends_sms_through_the_configured_gateway(app, client, make_doc, instance,
                                                               monkeypatch):
    _pending_question(app, client, make_doc, instance)
    monkeypatch.setenv(notify.SMS_GATEWAY_ENV, GATEWAY)
    assert "sent 3, still failing 0" in _notify(instance)
    assert [(path, to) for path, to, _ in RecordingSms.sent] == [(str(instance.path), "01011112222")]
    assert "/questions/Q-" in RecordingSms.sent[0][2]
    assert {n.status for n in _notifications(instance)} == {"sent"}
    assert _outbox_channels(instance) == ["email", "email"]          # the SMS did not go there


def test_instance_setting_names_the_gateway_and_the_outbox_is_the_default(
        app, client, make_doc, instance):
    _pending_question(app, client, make_doc, instance)
    instance.set_setting(notify.SMS_GATEWAY_SETTING, GATEWAY.replace(":", "."))   # dotted form
    assert notify.gateways(instance)["sms"].__class__ is RecordingSms
    instance.set_setting(notify.SMS_GATEWAY_SETTING, "")
    assert isinstance(notify.gateways(instance)["sms"], notify.OutboxGateway)
    _notify(instance)
    assert RecordingSms.sent == [] and _outbox_channels(instance) == ["email", "email", "sms"]


def test_a_gateway_that_does_not_load_keeps_the_sms_pending_and_says_why(
        app, client, make_doc, instance, monkeypatch):
    _pending_question(app, client, make_doc, instance)
    monkeypatch.setenv(notify.SMS_GATEWAY_ENV, "no_such_module:Sms")
    assert "sent 2, still failing 1" in _notify(instance)
    sms = next(n for n in _notifications(instance) if n.channel == "sms")
    assert sms.status == "pending" and "no_such_module" in sms.last_error
    assert _outbox_channels(instance) == ["email", "email"]          # never the outbox silently


def test_the_web_app_uses_the_same_setting(client, make_doc, instance, monkeypatch):
    monkeypatch.setenv(notify.SMS_GATEWAY_ENV, GATEWAY)
    make_doc("pub-1", "도로 보수 계획")
    client.post("/documents/pub-1/ask", data={"body": "질문", "phone": PHONE, "consent": "y"})
    assert [to for _, to, _ in RecordingSms.sent] == ["01011112222"]
