"""The instance database (SQLite by default): documents, detections, the audit log,
questions, notifications, users.

The database is private: it holds approval metadata, detections and the masked text,
never an original file (those live in the private store). What the public sees is
derived from it only through ``status == "published"`` rows and the public store.

Schema changes go through Alembic (``disclosure/migrations``); ``upgrade`` brings any
instance to the current head, so ``disclosure init`` on an old instance migrates it.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON, Boolean, DateTime, Float, ForeignKey, Integer, String, Text, and_, create_engine, event,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, sessionmaker

from domain import lifecycle
from domain.lifecycle import Status

# Document lifecycle: domain.lifecycle (statuses, allowed moves, is_public).
WITHDRAW_PENDING = Status.WITHDRAW_PENDING.value
STATUSES = tuple(s.value for s in Status)
PUBLIC_STATUS = Status.PUBLISHED.value


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    filename: Mapped[str] = mapped_column(String(512))
    format: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text, default="")
    department: Mapped[str] = mapped_column(String(256), default="", index=True)
    doc_type: Mapped[str] = mapped_column(String(128), default="", index=True)
    doc_number: Mapped[str] = mapped_column(String(128), default="", index=True)
    approver_rank: Mapped[str] = mapped_column(String(64), default="")
    approved_at: Mapped[str] = mapped_column(String(10), default="", index=True)
    lang: Mapped[str] = mapped_column(String(8), default="")
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    status: Mapped[str] = mapped_column(String(32), index=True)
    decision: Mapped[str] = mapped_column(String(16))            # publish / review / withhold
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    grade: Mapped[str] = mapped_column(String(16), default="")
    grounds: Mapped[list[Any]] = mapped_column(JSON, default=list)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    classification: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    release_date: Mapped[str] = mapped_column(String(10), default="")

    masked_text: Mapped[str] = mapped_column(Text, default="")   # public-safe
    rules_version: Mapped[str] = mapped_column(String(16), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    detections: Mapped[list["DetectionRow"]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DetectionRow.start")

    @property
    def is_public(self) -> bool:
        return lifecycle.is_public(self.status, self.grade)


def public_documents():
    """The SQL condition of :func:`domain.lifecycle.is_public`: what every public query
    (pages, search results, feeds, the API, statistics) selects from."""
    return and_(Document.status == PUBLIC_STATUS, Document.grade != "nonpublic")


class DetectionRow(Base):
    """One layer-1 finding, and what reviewers made of it (auto / accepted / rejected / added)."""

    __tablename__ = "detections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(32))
    score: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(128))
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="auto")

    document: Mapped[Document] = relationship(back_populates="detections")

    @property
    def masks(self) -> bool:
        return self.status != "rejected"


class Event(Base):
    """Append-only audit log: who did what to which document, before and after, and why.

    SQLite triggers (created by the migration) refuse UPDATE and DELETE on this table.
    """

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(128))          # "system" or a user name
    action: Mapped[str] = mapped_column(String(64), index=True)
    document_id: Mapped[str | None] = mapped_column(String(128), nullable=True, index=True)
    before: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    after: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    comment: Mapped[str] = mapped_column(Text, default="")


class IngestFailure(Base):
    """A file that could not be ingested, with the reason; the file itself is untouched."""

    __tablename__ = "ingest_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    path: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(Text)
    # Set when the same file (path) or the same content was ingested later: the row is
    # history then, not a current failure (disclosure.stats counts only unresolved ones).
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))            # reviewer / admin
    department: Mapped[str] = mapped_column(String(256), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)   # False: cannot sign in
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)  # None: never / unknown
    # Bumped when the account is deactivated or its password changes: a browser session
    # signed in under an older value no longer counts (web.auth checks it per request).
    session_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Question(Base):
    """A citizen's question about a published document.

    ``body`` is what the citizen wrote (private); ``body_masked`` passed layer 1 and is
    the only form ever shown publicly. Contact details are private.
    """

    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tracking: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    body_masked: Mapped[str] = mapped_column(Text, default="")
    name: Mapped[str] = mapped_column(String(128), default="")
    email: Mapped[str] = mapped_column(String(256), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="received")   # received/assigned/answered
    answer: Mapped[str] = mapped_column(Text, default="")
    answer_masked: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Notification(Base):
    """Outbox: every message is stored before sending; failures are retried and visible."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(8))          # email / sms
    recipient: Mapped[str] = mapped_column(String(256))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="pending")   # pending/sent/failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Setting(Base):
    """Instance switches that officials flip at run time (e.g. the publishing pause)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{db_path}",
        json_serializer=lambda o: json.dumps(o, ensure_ascii=False),
        connect_args={"timeout": 30, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # WAL: the site reads while the CLI writes
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker:
    return sessionmaker(bind=engine, expire_on_commit=False)


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema with Alembic."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class PageView(Base):
    """How often a public page was served on a day. No address, no query string, no
    user agent: a count per (day, path) is all that is kept (disclosure.analytics)."""

    __tablename__ = "page_views"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    path: Mapped[str] = mapped_column(String(300), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class SearchTerm(Base):
    """A normalised search term's daily count and (approximate) distinct searchers.

    Terms in which layer 1 finds anything are never stored; ``visitors`` counts distinct
    searchers per process and day through an in-memory salted hash that is never
    written, and terms are published only from ``visitors >= k`` (disclosure.analytics)."""

    __tablename__ = "search_terms"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    term: Mapped[str] = mapped_column(String(100), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    visitors: Mapped[int] = mapped_column(Integer, default=0)


class Subscription(Base):
    """A citizen's saved search, e-mailed as documents matching it are published.

    PRIVATE: the e-mail address is shown nowhere. ``pending`` until the address owner
    follows the signed confirmation link (double opt-in); unsubscribing deletes the row.
    ``last_sent_at`` is the watermark: documents published after it are new."""

    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(256), index=True)
    query: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(String(256), default="")
    doc_type: Mapped[str] = mapped_column(String(128), default="")
    frequency: Mapped[str] = mapped_column(String(16), default="instant")   # instant / weekly
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)  # pending/active
    nonce: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class CitizenReport(Base):
    """A citizen's report of personal information the filter missed (문제 신고).

    PRIVATE: the citizen's own words stay in the private store
    (``private/reports/<number>.json``); ``text_masked`` passed layer 1 and is what
    officials and their e-mails see. ``number`` is random (the citizen's status page is
    reachable by it alone). ``outcome`` is what happened at once: ``taken_down`` (the
    quoted value was readable in the public copy), ``priority`` (it was not: the document
    stays up and the report waits at the top of the review queue) or ``capped`` (it was,
    but the global takedown cap was reached: priority review instead, and an alert).
    ``evidence`` names the kinds of value found and where, never the values."""

    __tablename__ = "citizen_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    text_masked: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    outcome: Mapped[str] = mapped_column(String(16), index=True)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)   # open / closed
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    closed_by: Mapped[str] = mapped_column(String(64), default="")
    resolution: Mapped[str] = mapped_column(Text, default="")        # officials only
