"""Saved searches by e-mail: subscribe, confirm (double opt-in), send, unsubscribe.

A citizen saves a search (words, department, document type) with an e-mail address
and a rhythm (``instant``: at every ``disclosure subscriptions send`` run, meant for a
frequent cron job; ``weekly``: at ``send --weekly``). Nothing is sent but the
confirmation message until the address owner follows its signed link, so nobody can
sign a stranger up. Each message carries a signed one-click unsubscribe link;
unsubscribing deletes the row, address and all, and unconfirmed rows are deleted after
``PENDING_DAYS``.

Links are signed with the instance secret (itsdangerous) over the subscription's id
and a random nonce, so they cannot be forged or enumerated, and the command line can
build them without a web request. ``last_sent_at`` is a watermark: a run sends what
was published after it and moves it to the run's start, so a document is announced
once even when runs overlap or a run finds nothing.

Alerts also carry ``List-Unsubscribe`` and ``List-Unsubscribe-Post:
List-Unsubscribe=One-Click`` (RFC 8058), so a mail program can offer its own
unsubscribe button, which POSTs ``List-Unsubscribe=One-Click`` to the signed link.
The notifications table stores subject and body only, so the headers are read back
from the alert when it is delivered (:func:`unsubscribe_headers`): its last line is
that link.

The address is private: it is used as a recipient only, never shown, never logged.
Messages carry public metadata of published documents only. The confirmation message,
the one that goes to an address nobody has confirmed yet, carries nothing the
requester typed: only fixed words and the link, so the form cannot be used to send a
stranger a message from the city (what was asked for is shown on the link's page).
"""
from __future__ import annotations

import secrets
from urllib.parse import quote
from dataclasses import dataclass
from datetime import datetime, timedelta

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import delete, func, select

from disclosure import db, notify
from disclosure.alert_mail import CONFIRM_PATH, DIGEST_SUBJECT, UNSUBSCRIBE_PATH, unsubscribe_headers  # noqa: F401 (read here by the routes)

FREQUENCIES = ("instant", "weekly")
CONFIRM_MAX_AGE = 7 * 24 * 3600
PENDING_DAYS = 7
MAX_PER_ADDRESS = 20
CONFIRMATIONS_PER_DAY = 3          # per address: a form cannot be used to flood a mailbox
MAX_LISTED = 50
QUERY_MAX = 100                     # a saved search's words (the form refuses longer)
SEARCH_PAGES = 20                   # how deep a saved search is followed per run (x100)
CONFIRM_SUBJECT = "[정보공개 광장] 검색 알림 신청을 확인해 주세요"


class SubscriptionRefused(ValueError):
    """Why a subscription was not created (shown to the citizen)."""


@dataclass
class SendSummary:
    subscriptions: int = 0
    messages: int = 0
    documents: int = 0
    purged: int = 0


def _serializer(secret: str, purpose: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt=f"disclosure-subscription-{purpose}")


def token(secret: str, sub: db.Subscription, purpose: str) -> str:
    """A signed token for ``purpose`` ("confirm" or "unsubscribe") of one subscription."""
    return _serializer(secret, purpose).dumps({"s": sub.id, "n": sub.nonce})


def from_token(s, secret: str, value: str, purpose: str) -> db.Subscription | None:
    """The subscription a token names, or None (forged, expired, or already gone)."""
    max_age = CONFIRM_MAX_AGE if purpose == "confirm" else None
    try:
        data = _serializer(secret, purpose).loads(value, max_age=max_age)
    except (BadSignature, SignatureExpired):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("s"), int):
        return None
    sub = s.get(db.Subscription, data["s"])
    return sub if sub is not None and secrets.compare_digest(sub.nonce, str(data.get("n"))) else None


def normalise_email(address: str) -> str:
    local, _, domain = (address or "").strip().rpartition("@")
    return f"{local}@{domain.lower()}" if local and domain else ""


def describe(sub: db.Subscription) -> str:
    parts = []
    if sub.query:
        parts.append(f"검색어 「{sub.query}」")
    if sub.department:
        parts.append(f"부서 {sub.department}")
    if sub.doc_type:
        parts.append(f"문서 유형 {sub.doc_type}")
    return " · ".join(parts) or "새로 공개되는 모든 문서"


def link(base_url: str, path: str, value: str) -> str:
    return base_url.rstrip("/") + path.format(token=value)


def subscribe(s, secret: str, base_url: str, *, email: str, query: str = "",
              department: str = "", doc_type: str = "", frequency: str = "instant",
              now: datetime | None = None) -> db.Subscription:
    """Store a pending subscription (or reuse the same pending one) and queue the
    confirmation message. Raises :class:`SubscriptionRefused` with a reason to show."""
    now = now or db.utcnow()
    email = normalise_email(email)
    if not email:
        raise SubscriptionRefused("전자우편 주소를 확인해 주세요.")
    if frequency not in FREQUENCIES:
        raise SubscriptionRefused("알림 주기를 선택해 주세요.")
    search = {"query": query.strip()[:QUERY_MAX], "department": department.strip()[:256],
              "doc_type": doc_type.strip()[:128]}
    existing = s.scalars(select(db.Subscription).where(
        db.Subscription.email == email, *(getattr(db.Subscription, k) == v
                                          for k, v in search.items()))).first()
    if existing is not None and existing.status == "active":
        existing.frequency = frequency      # re-subscribing changes the rhythm only
        return existing
    sent_today = s.scalar(select(func.count()).select_from(db.Notification).where(
        db.Notification.recipient == email, db.Notification.subject == CONFIRM_SUBJECT,
        db.Notification.created_at >= now - timedelta(days=1)))
    if sent_today >= CONFIRMATIONS_PER_DAY:
        raise SubscriptionRefused("이 주소로 보낸 확인 메일이 많습니다. 받은 메일의 확인 링크를 "
                                  "이용하시거나 내일 다시 신청해 주세요.")
    if existing is None:
        count = s.scalar(select(func.count()).select_from(db.Subscription)
                         .where(db.Subscription.email == email))
        if count >= MAX_PER_ADDRESS:
            raise SubscriptionRefused(f"한 주소로는 검색 알림을 {MAX_PER_ADDRESS}개까지 신청할 수 있습니다.")
        existing = db.Subscription(email=email, frequency=frequency, status="pending",
                                   nonce=secrets.token_hex(8), created_at=now, **search)
        s.add(existing)
        s.flush()
    existing.frequency = frequency
    confirm = link(base_url, CONFIRM_PATH, token(secret, existing, "confirm"))
    notify.queue(s, "email", email, CONFIRM_SUBJECT, confirmation_body(confirm))
    return existing


def confirmation_body(confirm_link: str) -> str:
    """The confirmation message: fixed words and the link, and nothing the requester
    typed (a stranger's address is the recipient, so the form must not carry a message
    to it); the link's page shows what was asked for."""
    return ("정보공개 광장 검색 알림 신청을 받았습니다.\n\n"
            f"아래 링크를 열어 신청 내용을 확인하고 「알림 신청 확인」을 눌러 주세요 "
            f"({PENDING_DAYS}일 안에):\n{confirm_link}\n\n"
            "직접 신청하지 않으셨다면 이 메일을 무시하세요. 확인하지 않은 신청은 "
            f"{PENDING_DAYS}일 뒤 주소와 함께 삭제됩니다.\n")


def confirm(sub: db.Subscription, now: datetime | None = None) -> bool:
    """Activate; documents published from now on are news. False if already active."""
    if sub.status == "active":
        return False
    now = now or db.utcnow()
    sub.status, sub.confirmed_at, sub.last_sent_at = "active", now, now
    return True


def unsubscribe(s, sub: db.Subscription) -> None:
    s.delete(sub)


# The front ends' entry points: each is one unit of work and commits it.

def apply(s, secret: str, base_url: str, **request) -> db.Subscription:
    """:func:`subscribe` and commit; a refusal rolls back and is raised."""
    try:
        sub = subscribe(s, secret, base_url, **request)
    except SubscriptionRefused:
        s.rollback()
        raise
    s.commit()
    return sub


def activate(s, sub: db.Subscription) -> None:
    """:func:`confirm` and commit."""
    confirm(sub)
    s.commit()


def cancel(s, sub: db.Subscription) -> None:
    """:func:`unsubscribe` and commit."""
    unsubscribe(s, sub)
    s.commit()


def new_matches(inst, s, sub: db.Subscription, since: datetime, until: datetime) -> list[db.Document]:
    """Published documents matching the saved search, published in (since, until]."""
    stmt = select(db.Document).where(
        db.public_documents(),
        db.Document.published_at > since, db.Document.published_at <= until)
    if sub.department:
        stmt = stmt.where(db.Document.department == sub.department)
    if sub.doc_type:
        stmt = stmt.where(db.Document.doc_type == sub.doc_type)
    fresh = {d.id: d for d in s.scalars(stmt)}
    if sub.query and fresh:
        wanted, found = set(fresh), set()
        for page in range(1, SEARCH_PAGES + 1):
            res = inst.search.search(sub.query, department=sub.department or None,
                                     doc_type=sub.doc_type or None, sort="date",
                                     page=page, per_page=100)
            found |= wanted & {h.id for h in res.hits}
            if found == wanted or page >= res.pages:
                break
        fresh = {k: v for k, v in fresh.items() if k in found}
    live = inst.published_ids(list(fresh))
    return sorted((d for d in fresh.values() if d.id in live),
                  key=lambda d: d.published_at, reverse=True)


def _digest(sub: db.Subscription, docs: list[db.Document], base_url: str, secret: str) -> tuple[str, str]:
    subject = f"{DIGEST_SUBJECT}{len(docs)}건 — {describe(sub)}"
    lines = [f"신청하신 검색({describe(sub)})에 맞는 문서가 새로 공개되었습니다.", ""]
    for d in docs[:MAX_LISTED]:
        lines.append(f"- {d.title} ({d.department}, 생산일자 {d.approved_at or '-'})")
        lines.append(f"  {base_url.rstrip('/')}/documents/{quote(d.id, safe='')}")
    if len(docs) > MAX_LISTED:
        lines.append(f"... 외 {len(docs) - MAX_LISTED}건은 사이트에서 검색해 보세요.")
    lines += ["", "알림을 그만 받으려면 이 링크를 열고 「해지」를 누르세요:",
              link(base_url, UNSUBSCRIBE_PATH, token(secret, sub, "unsubscribe"))]
    return subject, "\n".join(lines) + "\n"


def send(inst, *, weekly: bool, base_url: str, now: datetime | None = None) -> SendSummary:
    """Queue one message per active subscription of the rhythm that has new matches,
    and delete unconfirmed subscriptions older than ``PENDING_DAYS``."""
    now = now or db.utcnow()
    summary = SendSummary()
    frequency = "weekly" if weekly else "instant"
    with inst.Session.begin() as s:
        summary.purged = s.execute(delete(db.Subscription).where(
            db.Subscription.status == "pending",
            db.Subscription.created_at < now - timedelta(days=PENDING_DAYS))).rowcount or 0
        subs = s.scalars(select(db.Subscription).where(
            db.Subscription.status == "active", db.Subscription.frequency == frequency)).all()
        for sub in subs:
            summary.subscriptions += 1
            since = sub.last_sent_at or sub.confirmed_at or sub.created_at
            docs = new_matches(inst, s, sub, since, now)
            if docs:
                subject, body = _digest(sub, docs, base_url, inst.secret_key)
                notify.queue(s, "email", sub.email, subject, body)
                summary.messages += 1
                summary.documents += len(docs)
            sub.last_sent_at = now
    return summary
