"""Notifications through an outbox: a message is stored before anything is sent.

``send_pending`` delivers what is pending. With SMTP configured (``DISCLOSURE_SMTP_HOST``,
``_PORT``, ``_USER``, ``_PASSWORD``, ``_FROM``) e-mail goes out by SMTP; otherwise, as in
the demo and the tests, each message is written as a file to ``instance/outbox`` where an
administrator can read it. SMS goes through a gateway object with ``send(notification)``;
the default gateway writes to the outbox too. A real SMS gateway is a class (or any
callable taking the instance) named by a dotted path, ``package.module:Class`` or
``package.module.Class``, in the ``DISCLOSURE_SMS_GATEWAY`` environment variable or,
failing that, the instance setting ``sms_gateway``. Every sender uses :func:`gateways`
— ``disclosure notify`` (the retry run), ``disclosure subscriptions send`` and the web
app (unless its ``NOTIFICATION_GATEWAYS`` setting supplies its own) — so one
configuration covers them all. A failed delivery stays
``pending`` with its error and attempt count, is retried on the next run, and becomes
``failed`` after ``MAX_ATTEMPTS`` — visible to administrators either way.

The table stores subject and body only; e-mail headers a message needs (the one-click
unsubscribe of the saved-search alerts) are derived from it by :func:`email_headers`
when it is delivered, so a retried message carries them too.
"""
from __future__ import annotations

import importlib
import json
import os
import smtplib
from email.message import EmailMessage

from sqlalchemy import select

from disclosure import audit, db
from disclosure.alert_mail import unsubscribe_headers
from disclosure.instance import Instance, atomic_write

MAX_ATTEMPTS = 5
SMS_GATEWAY_ENV = "DISCLOSURE_SMS_GATEWAY"
SMS_GATEWAY_SETTING = "sms_gateway"


def queue(session, channel: str, recipient: str, subject: str, body: str) -> db.Notification:
    if channel not in ("email", "sms"):
        raise ValueError(f"unknown channel {channel!r}")
    n = db.Notification(channel=channel, recipient=recipient, subject=subject, body=body)
    session.add(n)
    return n


def requeue_failed(session, actor: str) -> int:
    """Give every failed message another round of attempts (audited, committed)."""
    failed = session.scalars(select(db.Notification).where(db.Notification.status == "failed")).all()
    for n in failed:
        n.status = "pending"
    audit.record(session, actor, "notifications_retry", after={"requeued_failed": len(failed)})
    session.commit()
    return len(failed)


def email_headers(n: db.Notification) -> dict[str, str]:
    """Extra headers of an e-mail, derived from the stored message (see the module doc)."""
    if n.channel != "email":
        return {}
    return unsubscribe_headers(n.subject, n.body)


class OutboxGateway:
    """Writes each message to instance/outbox as a JSON file (demo, tests)."""

    def __init__(self, inst: Instance):
        self.dir = inst.outbox_dir

    def send(self, n: db.Notification) -> None:
        atomic_write(self.dir / f"{n.id:06d}-{n.channel}.json", json.dumps({
            "channel": n.channel, "to": n.recipient, "subject": n.subject, "body": n.body,
            "headers": email_headers(n),
            "created_at": n.created_at.isoformat() if n.created_at else "",
        }, ensure_ascii=False, indent=1).encode("utf-8"))


class SmtpGateway:
    def __init__(self, host: str, port: int, user: str = "", password: str = "",
                 sender: str = "noreply@localhost"):
        self.host, self.port, self.user, self.password, self.sender = host, port, user, password, sender

    def send(self, n: db.Notification) -> None:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = self.sender, n.recipient, n.subject
        for name, value in email_headers(n).items():
            msg[name] = value
        msg.set_content(n.body)
        with smtplib.SMTP(self.host, self.port, timeout=20) as smtp:
            if self.user:
                smtp.starttls()
                smtp.login(self.user, self.password)
            smtp.send_message(msg)


def load_object(path: str):
    """``package.module:name`` or ``package.module.name`` -> the object it names."""
    module, sep, name = path.strip().partition(":")
    if not sep:
        module, _, name = module.rpartition(".")
    if not module or not name:
        raise ValueError(f"not a dotted path to a class: {path!r}")
    obj = importlib.import_module(module)
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


class BrokenGateway:
    """Stands in for a configured gateway that cannot be built: every message it should
    carry fails with the reason (kept pending and shown to administrators), while the
    other channel still delivers."""

    def __init__(self, reason: str):
        self.reason = reason

    def send(self, n: db.Notification) -> None:
        raise RuntimeError(self.reason)


def sms_gateway(inst: Instance, default):
    """The configured SMS gateway (environment first, then the instance setting), else
    ``default``. A path that does not load never falls back to the outbox silently."""
    path = os.environ.get(SMS_GATEWAY_ENV, "").strip() or inst.get_setting(SMS_GATEWAY_SETTING).strip()
    if not path:
        return default
    try:
        return load_object(path)(inst)
    except Exception as e:
        return BrokenGateway(f"SMS gateway {path!r} cannot be built: {type(e).__name__}: {e}")


def gateways(inst: Instance) -> dict:
    outbox = OutboxGateway(inst)
    host = os.environ.get("DISCLOSURE_SMTP_HOST")
    email = outbox if not host else SmtpGateway(
        host, int(os.environ.get("DISCLOSURE_SMTP_PORT", "25")),
        os.environ.get("DISCLOSURE_SMTP_USER", ""), os.environ.get("DISCLOSURE_SMTP_PASSWORD", ""),
        os.environ.get("DISCLOSURE_SMTP_FROM", "noreply@localhost"))
    return {"email": email, "sms": sms_gateway(inst, outbox)}


def send_pending(inst: Instance, gw: dict | None = None) -> tuple[int, int]:
    """Try every pending message once. Returns (sent, still failing)."""
    gw = gw or gateways(inst)
    sent = failing = 0
    with inst.Session() as s:
        pending = list(s.scalars(select(db.Notification).where(db.Notification.status == "pending")))
        for n in pending:
            n.attempts += 1
            try:
                gw[n.channel].send(n)
            except Exception as e:
                n.last_error = f"{type(e).__name__}: {e}"[:500]
                if n.attempts >= MAX_ATTEMPTS:
                    n.status = "failed"
                failing += 1
            else:
                n.status, n.sent_at, n.last_error = "sent", db.utcnow(), ""
                sent += 1
            s.commit()
    return sent, failing
