"""Notifications through an outbox: a message is stored before anything is sent.

``send_pending`` delivers what is pending. With SMTP configured (``DISCLOSURE_SMTP_HOST``,
``_PORT``, ``_USER``, ``_PASSWORD``, ``_FROM``) e-mail goes out by SMTP; otherwise, as in
the demo and the tests, each message is written as a file to ``instance/outbox`` where an
administrator can read it. SMS goes through a gateway object with ``send(to, text)``;
the default gateway writes to the outbox too. A failed delivery stays ``pending`` with its
error and attempt count, is retried on the next run, and becomes ``failed`` after
``MAX_ATTEMPTS`` — visible to administrators either way.
"""
from __future__ import annotations

import json
import os
import smtplib
from email.message import EmailMessage

from sqlalchemy import select

from disclosure import db
from disclosure.instance import Instance, atomic_write

MAX_ATTEMPTS = 5


def queue(session, channel: str, recipient: str, subject: str, body: str) -> db.Notification:
    if channel not in ("email", "sms"):
        raise ValueError(f"unknown channel {channel!r}")
    n = db.Notification(channel=channel, recipient=recipient, subject=subject, body=body)
    session.add(n)
    return n


class OutboxGateway:
    """Writes each message to instance/outbox as a JSON file (demo, tests)."""

    def __init__(self, inst: Instance):
        self.dir = inst.outbox_dir

    def send(self, n: db.Notification) -> None:
        atomic_write(self.dir / f"{n.id:06d}-{n.channel}.json", json.dumps({
            "channel": n.channel, "to": n.recipient, "subject": n.subject, "body": n.body,
            "created_at": n.created_at.isoformat() if n.created_at else "",
        }, ensure_ascii=False, indent=1).encode("utf-8"))


class SmtpGateway:
    def __init__(self, host: str, port: int, user: str = "", password: str = "",
                 sender: str = "noreply@localhost"):
        self.host, self.port, self.user, self.password, self.sender = host, port, user, password, sender

    def send(self, n: db.Notification) -> None:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = self.sender, n.recipient, n.subject
        msg.set_content(n.body)
        with smtplib.SMTP(self.host, self.port, timeout=20) as smtp:
            if self.user:
                smtp.starttls()
                smtp.login(self.user, self.password)
            smtp.send_message(msg)


def gateways(inst: Instance) -> dict:
    outbox = OutboxGateway(inst)
    host = os.environ.get("DISCLOSURE_SMTP_HOST")
    email = outbox if not host else SmtpGateway(
        host, int(os.environ.get("DISCLOSURE_SMTP_PORT", "25")),
        os.environ.get("DISCLOSURE_SMTP_USER", ""), os.environ.get("DISCLOSURE_SMTP_PASSWORD", ""),
        os.environ.get("DISCLOSURE_SMTP_FROM", "noreply@localhost"))
    return {"email": email, "sms": outbox}


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
