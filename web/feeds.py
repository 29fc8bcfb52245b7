"""Atom feed of new releases (/feeds/latest.atom) and the sitemap (/sitemap.xml).

Feeds are for people who follow a department or a topic in a feed reader: the newest
published documents, optionally of one department (``?department=``) or matching a
search (``?q=``). The sitemap lists every published document for search engines.
Both are built from published documents only (status re-read from the database after
any index lookup), carry approval metadata and an excerpt of the masked text, and are
XML written by ElementTree, which escapes everything.
"""
from __future__ import annotations

import math
import xml.etree.ElementTree as ET

from flask import Blueprint, current_app, request
from sqlalchemy import func, select

from disclosure import db
from web import security
from web.api import CHUNK, public_url, published
from web.dbs import instance, session

bp = Blueprint("feeds", __name__)

CONFIG = {"FEED_RATE_LIMIT": "60 per minute;1000 per hour", "FEED_ENTRIES": 50,
          "SITEMAP_URLS": 50_000}
security.RATE_LIMITED.update({"feeds.latest": ("FEED_RATE_LIMIT", None),
                              "feeds.sitemap": ("FEED_RATE_LIMIT", None)})
ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
EXCERPT_CHARS = 400


@bp.record_once
def _defaults(state):
    for key, value in CONFIG.items():
        state.app.config.setdefault(key, value)


def _iso(dt) -> str:
    return dt.replace(microsecond=0).isoformat() + "Z"


def _xml(root: ET.Element, mimetype: str):
    body = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return current_app.response_class(body, mimetype=mimetype)


def latest_documents(q: str, department: str, limit: int) -> list[db.Document]:
    """Newest published first; with ``q`` the search decides which, the database whether."""
    if q:
        hits = instance().search.search(q, department=department or None, sort="date",
                                        per_page=limit).hits
        docs = published(h.id for h in hits)
        found = [docs[h.id] for h in hits if h.id in docs]
        return sorted(found, key=lambda d: d.published_at or d.created_at, reverse=True)
    stmt = select(db.Document).where(db.public_documents())
    if department:
        stmt = stmt.where(db.Document.department == department)
    rows = session().scalars(stmt.order_by(db.Document.published_at.desc()).limit(limit)).all()
    live = published(d.id for d in rows)
    return [d for d in rows if d.id in live]


def _sub(parent, tag, text=None, **attrs):
    el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el


@bp.get("/feeds/latest.atom")
def latest():
    q = request.args.get("q", "").strip()[:200]
    department = request.args.get("department", "").strip()[:256]
    docs = latest_documents(q, department, current_app.config["FEED_ENTRIES"])
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    title = "정보공개 광장: 새로 공개된 문서"
    if department:
        title += f" ({department})"
    if q:
        title += f" — 검색어 「{q}」"
    _sub(feed, "title", title)
    self_args = {k: v for k, v in (("q", q), ("department", department)) if v}
    feed_url = public_url("feeds.latest", **self_args)
    _sub(feed, "id", feed_url)
    _sub(feed, "link", rel="self", href=feed_url, type="application/atom+xml")
    _sub(feed, "link", rel="alternate", type="text/html",
         href=public_url("public.search", sort="date", **self_args))
    newest = max((d.published_at for d in docs if d.published_at), default=db.utcnow())
    _sub(feed, "updated", _iso(newest))
    _sub(_sub(feed, "author"), "name", "정보공개 광장")
    for d in docs:
        url = public_url("public.document", doc_id=d.id)
        entry = _sub(feed, "entry")
        _sub(entry, "title", d.title or d.doc_number or d.id)
        _sub(entry, "id", url)
        _sub(entry, "link", rel="alternate", type="text/html", href=url)
        when = _iso(d.published_at or d.created_at)
        _sub(entry, "published", when)
        _sub(entry, "updated", when)
        _sub(_sub(entry, "author"), "name", d.department or "정보공개 광장")
        if d.doc_type:
            _sub(entry, "category", term=d.doc_type)
        text = " ".join((d.masked_text or "").split())
        summary = f"{d.department} · {d.doc_type} · 생산일자 {d.approved_at or '-'}\n" + (
            text[:EXCERPT_CHARS] + ("…" if len(text) > EXCERPT_CHARS else ""))
        _sub(entry, "summary", summary, type="text")
    return _xml(feed, "application/atom+xml")


@bp.get("/sitemap.xml")
def sitemap():
    """All published documents; past ``SITEMAP_URLS`` a sitemap index of numbered pages."""
    per = current_app.config["SITEMAP_URLS"]
    s = session()
    where = (db.public_documents(),)
    total = s.scalar(select(func.count()).select_from(db.Document).where(*where)) or 0
    pages = max(1, math.ceil(total / per))
    page = request.args.get("page", type=int)
    ET.register_namespace("", SITEMAP)
    if page is None and pages > 1:
        index = ET.Element(f"{{{SITEMAP}}}sitemapindex")
        for n in range(1, pages + 1):
            loc = ET.SubElement(ET.SubElement(index, f"{{{SITEMAP}}}sitemap"), f"{{{SITEMAP}}}loc")
            loc.text = public_url("feeds.sitemap", page=n)
        return _xml(index, "application/xml")
    page = min(max(page or 1, 1), pages)
    rows = s.execute(select(db.Document.id, db.Document.published_at).where(*where)
                     .order_by(db.Document.id).offset((page - 1) * per).limit(per)).all()
    live = {i for n in range(0, len(rows), CHUNK)
            for i in instance().published_ids([r.id for r in rows[n:n + CHUNK]])}
    urlset = ET.Element(f"{{{SITEMAP}}}urlset")
    home = ET.SubElement(urlset, f"{{{SITEMAP}}}url")
    ET.SubElement(home, f"{{{SITEMAP}}}loc").text = public_url("public.home")
    for doc_id, published_at in rows:
        if doc_id not in live:
            continue
        url = ET.SubElement(urlset, f"{{{SITEMAP}}}url")
        ET.SubElement(url, f"{{{SITEMAP}}}loc").text = public_url("public.document", doc_id=doc_id)
        if published_at:
            ET.SubElement(url, f"{{{SITEMAP}}}lastmod").text = published_at.date().isoformat()
    return _xml(urlset, "application/xml")
