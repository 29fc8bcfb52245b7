"""Open data: the public JSON shapes of documents and questions, their OpenAPI
description, and schema.org / DCAT JSON-LD for document pages.

Every shape is built from :func:`disclosure.publish.public_record` (approval metadata
and masked text) or a question's masked forms, field by field from an explicit list,
so a column added to the database later can never appear in the API by accident. The
OpenAPI schemas below are generated from the same lists, and a test checks real
responses against them with ``additionalProperties: false``.
"""
from __future__ import annotations

import json

from markupsafe import Markup

from disclosure import db
from disclosure.publish import public_record

API_VERSION = "1.0.0"
PUBLISHER = "정보공개 광장 (Disclosure Plaza)"

# field -> OpenAPI schema. The summary is what lists carry; the detail adds the text.
SUMMARY_FIELDS: dict[str, dict] = {
    "id": {"type": "string"},
    "title": {"type": "string"},
    "department": {"type": "string"},
    "doc_type": {"type": "string"},
    "doc_number": {"type": "string"},
    "approved_at": {"type": "string", "description": "approval date, YYYY-MM-DD (may be empty)"},
    "published_at": {"type": "string", "description": "UTC, ISO 8601"},
    "grade": {"type": "string", "enum": ["public", "partial"]},
    "grounds": {"type": "array", "items": {"type": "integer"},
                "description": "Art. 9(1) items behind a partial release"},
    "url": {"type": "string", "format": "uri"},
    "api_url": {"type": "string", "format": "uri"},
}
DETAIL_FIELDS: dict[str, dict] = {
    **SUMMARY_FIELDS,
    "approver_rank": {"type": "string"},
    "lang": {"type": "string"},
    "drafter": {"type": "string", "description": "official's role and name as approved"},
    "approver": {"type": "string"},
    "text": {"type": "string", "description": "the published text, personal data masked"},
    "download_url": {"type": "string", "format": "uri"},
    "questions_url": {"type": "string", "format": "uri"},
}
QUESTION_FIELDS: dict[str, dict] = {
    "document_id": {"type": "string"},
    "question": {"type": "string", "description": "the question, personal data masked"},
    "answer": {"type": "string", "description": "the answer, personal data masked"},
    "asked_on": {"type": "string", "description": "YYYY-MM-DD"},
    "answered_on": {"type": "string", "description": "YYYY-MM-DD"},
}


def iso_utc(dt) -> str:
    """UTC datetime (naive, as stored) as ISO 8601 with Z; "" for None."""
    return dt.replace(microsecond=0).isoformat() + "Z" if dt else ""


def document_summary(doc: db.Document, urls) -> dict:
    """``urls(doc_id) -> {url, api_url, download_url, questions_url}`` (absolute)."""
    rec, links = public_record(doc), urls(doc.id)
    out = {k: rec[k] for k in SUMMARY_FIELDS if k in rec}
    out.update(published_at=iso_utc(doc.published_at), url=links["url"], api_url=links["api_url"])
    out["grounds"] = [int(g) for g in out.get("grounds", []) if str(g).isdigit()]
    return out


def document_detail(doc: db.Document, urls) -> dict:
    rec, links = public_record(doc), urls(doc.id)
    out = document_summary(doc, urls)
    for k in ("approver_rank", "lang", "drafter", "approver", "text"):
        out[k] = rec.get(k) or ""
    out.update(download_url=links["download_url"], questions_url=links["questions_url"])
    return out


def question_record(q: db.Question) -> dict:
    """A question in public: the masked question and answer and two dates, nothing else
    (no tracking number: it unlocks the status page; no contact data, ever)."""
    return {"document_id": q.document_id, "question": q.body_masked, "answer": q.answer_masked,
            "asked_on": q.created_at.date().isoformat() if q.created_at else "",
            "answered_on": q.updated_at.date().isoformat() if q.updated_at else ""}


def is_public_question(q: db.Question) -> bool:
    """Answered, and both texts passed layer 1 (an empty masked form means it failed)."""
    return q.status == "answered" and bool(q.body_masked) and bool(q.answer_masked)


# -- JSON-LD ---------------------------------------------------------------------------

def document_jsonld(record: dict, url: str, *, download_url: str = "",
                    published_at: str = "", publisher: str = PUBLISHER) -> dict:
    """schema.org ``DigitalDocument`` that is also a DCAT ``Dataset``, from a public
    record (:func:`disclosure.publish.public_record`). Only metadata and a short
    description from the masked text; the text itself is on the page."""
    text = " ".join((record.get("text") or "").split())
    data = {
        "@context": {"@vocab": "https://schema.org/", "dcat": "http://www.w3.org/ns/dcat#",
                     "dct": "http://purl.org/dc/terms/"},
        "@type": ["DigitalDocument", "dcat:Dataset"],
        "@id": url, "url": url,
        "identifier": record.get("doc_number") or record.get("id", ""),
        "name": record.get("title", ""), "dct:title": record.get("title", ""),
        "description": text[:300],
        "inLanguage": record.get("lang") or "ko",
        "genre": record.get("doc_type", ""),
        "dateCreated": record.get("approved_at", ""),
        "creator": {"@type": "GovernmentOrganization", "name": record.get("department", "")},
        "publisher": {"@type": "GovernmentOrganization", "name": publisher},
        "isAccessibleForFree": True,
        "conditionsOfAccess": "공개" if record.get("grade") == "public" else "부분공개",
        "dct:accessRights": record.get("grade", ""),
    }
    if published_at:
        data["datePublished"] = published_at
        data["dct:issued"] = published_at
    if download_url:
        data["dcat:distribution"] = {"@type": "dcat:Distribution", "dcat:downloadURL": download_url,
                                     "dcat:mediaType": "text/plain"}
        data["encoding"] = {"@type": "MediaObject", "contentUrl": download_url,
                            "encodingFormat": "text/plain"}
    return {k: v for k, v in data.items() if v not in ("", None)}


def jsonld_script(data: dict) -> Markup:
    """A ``<script type="application/ld+json">`` block, safe inside HTML: ``<``, ``>`` and
    ``&`` are escaped so the masked text cannot close the script element."""
    body = (json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
            .replace(">", "\\u003e").replace("&", "\\u0026"))
    return Markup(f'<script type="application/ld+json">{body}</script>')


# -- OpenAPI ---------------------------------------------------------------------------

def _obj(fields: dict) -> dict:
    return {"type": "object", "required": list(fields), "properties": fields,
            "additionalProperties": False}


def _page_of(ref: str) -> dict:
    return _obj({"total": {"type": "integer"}, "page": {"type": "integer"},
                 "per_page": {"type": "integer"}, "pages": {"type": "integer"},
                 "items": {"type": "array", "items": {"$ref": ref}}})


def _param(name, where, schema, description, required=False) -> dict:
    return {"name": name, "in": where, "required": required, "schema": schema,
            "description": description}


def _json(ref_or_schema: dict, description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": ref_or_schema}}}


def openapi_spec(server_url: str, max_per_page: int) -> dict:
    """OpenAPI 3.0 description of /api/v1 (built here so it cannot drift from the shapes)."""
    paging = [_param("page", "query", {"type": "integer", "minimum": 1, "default": 1}, "page"),
              _param("per_page", "query",
                     {"type": "integer", "minimum": 1, "maximum": max_per_page, "default": 20},
                     "items per page")]
    error = {"$ref": "#/components/responses/Error"}
    limited = {"$ref": "#/components/responses/TooMany"}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Disclosure Plaza open data API", "version": API_VERSION,
                 "description": "Published documents (personal data masked) and answered "
                                "questions about them. Nothing unpublished is ever listed."},
        "servers": [{"url": server_url}],
        "paths": {
            "/api/v1/documents": {"get": {
                "operationId": "listDocuments", "summary": "Search published documents",
                "parameters": [
                    _param("q", "query", {"type": "string", "maxLength": 200}, "full-text query"),
                    _param("department", "query", {"type": "string"}, "exact department"),
                    _param("doc_type", "query", {"type": "string"}, "exact document type"),
                    _param("grade", "query", {"type": "string", "enum": ["public", "partial"]},
                           "disclosure grade"),
                    _param("date_from", "query", {"type": "string", "format": "date"},
                           "approved on or after"),
                    _param("date_to", "query", {"type": "string", "format": "date"},
                           "approved on or before"),
                    _param("sort", "query", {"type": "string", "enum": ["relevance", "date"]},
                           "order (default: relevance with q, else date)"),
                    *paging],
                "responses": {"200": _json({"$ref": "#/components/schemas/DocumentPage"},
                                           "a page of documents"),
                              "400": error, "429": limited}}},
            "/api/v1/documents/{doc_id}": {"get": {
                "operationId": "getDocument", "summary": "One published document",
                "parameters": [_param("doc_id", "path", {"type": "string"}, "document id",
                                      required=True)],
                "responses": {"200": _json({"$ref": "#/components/schemas/Document"},
                                           "the document"),
                              "404": error, "429": limited}}},
            "/api/v1/questions": {"get": {
                "operationId": "listQuestions", "summary": "Answered questions, masked",
                "parameters": [_param("document", "query", {"type": "string"},
                                      "only questions about this published document"), *paging],
                "responses": {"200": _json({"$ref": "#/components/schemas/QuestionPage"},
                                           "a page of questions"),
                              "400": error, "404": error, "429": limited}}},
            "/api/v1/openapi.json": {"get": {
                "operationId": "openapi", "summary": "This description",
                "responses": {"200": {"description": "OpenAPI 3 document",
                                      "content": {"application/json": {"schema": {"type": "object"}}}}}}},
        },
        "components": {
            "schemas": {
                "DocumentSummary": _obj(SUMMARY_FIELDS),
                "Document": _obj(DETAIL_FIELDS),
                "Question": _obj(QUESTION_FIELDS),
                "DocumentPage": _page_of("#/components/schemas/DocumentSummary"),
                "QuestionPage": _page_of("#/components/schemas/Question"),
                "Error": _obj({"error": {"type": "string"}}),
            },
            "responses": {
                "Error": _json({"$ref": "#/components/schemas/Error"}, "what was wrong"),
                "TooMany": _json({"$ref": "#/components/schemas/Error"}, "rate limit exceeded"),
            },
        },
    }
