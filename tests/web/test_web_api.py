"""The open data API: published documents and masked questions only, as documented."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from disclosure import db
from web_support import DEPT_A, DEPT_B

PHONE, EMAIL, RRN = "010-2345-6789", "minwon@example.com", "900101-1234567"
SECRET_TITLE = "비공개 감사 결과 보고"


@pytest.fixture
def docs(make_doc, instance):
    make_doc("api-1", f"도로 보수 공사 계획\n민원인 연락처 {PHONE} 확인.", [PHONE],
             title="도로 보수 공사 계획", approved_at="2025-03-02")
    make_doc("api-2", "청년 일자리 지원 사업 결과", department=DEPT_B, title="청년 일자리 지원",
             doc_type="결과", approved_at="2025-04-10")
    make_doc("api-3", "공원 조성 기본 계획", title="공원 조성", approved_at="2025-02-01",
             grade="partial", grounds=[5])
    # Withheld: never on any public surface; its private text holds an unmasked value.
    make_doc("secret-1", f"{SECRET_TITLE}\n제보자 전화 {PHONE} 주민번호 {RRN}", [],
             publish_now=False, status="withheld", title=SECRET_TITLE, grade="nonpublic")
    return instance


def get_json(client, url, status=200, **params):
    resp = client.get(url, query_string=params)
    assert resp.status_code == status, resp.get_data(as_text=True)[:300]
    assert resp.mimetype == "application/json"
    return resp.get_json()


def test_documents_lists_published_with_filters_and_paging(client, docs):
    data = get_json(client, "/api/v1/documents")
    assert data["total"] == 3 and {d["id"] for d in data["items"]} == {"api-1", "api-2", "api-3"}
    assert [d["id"] for d in data["items"]] == ["api-2", "api-1", "api-3"]      # newest approval first
    assert get_json(client, "/api/v1/documents", department=DEPT_B)["items"][0]["id"] == "api-2"
    assert [d["id"] for d in get_json(client, "/api/v1/documents", q="청년")["items"]] == ["api-2"]
    assert [d["id"] for d in get_json(client, "/api/v1/documents", grade="partial")["items"]] == ["api-3"]
    page2 = get_json(client, "/api/v1/documents", per_page=2, page=2)
    assert page2["pages"] == 2 and [d["id"] for d in page2["items"]] == ["api-3"]
    item = data["items"][0]
    assert item["url"] == "http://plaza.test/documents/api-2"
    assert item["api_url"] == "http://plaza.test/api/v1/documents/api-2"


@pytest.mark.parametrize("params, word", [
    ({"grade": "nonpublic"}, "grade"), ({"date_from": "2025-13-01"}, "date_from"),
    ({"per_page": "1000"}, "per_page"), ({"page": "-1"}, "page"), ({"sort": "x"}, "sort")])
def test_bad_parameters_are_json_400s(client, docs, params, word):
    assert word in get_json(client, "/api/v1/documents", 400, **params)["error"]


def test_document_detail_has_masked_text_only(client, docs):
    d = get_json(client, "/api/v1/documents/api-1")
    assert PHONE not in d["text"] and "***" in d["text"]
    assert d["drafter"] == "주무관 이기안" and d["download_url"].endswith("/documents/api-1/download.txt")
    assert get_json(client, "/api/v1/documents/secret-1", 404) == {"error": "not found"}
    assert get_json(client, "/api/v1/documents/nope", 404)["error"] == "not found"


def _question(s, doc_id, n, *, status="answered", body_masked=None, answer_masked="답변드립니다."):
    s.add(db.Question(tracking=f"Q-20250301-TRACK{n:05d}", document_id=doc_id,
                      body=f"제 번호 {PHONE} 로 연락 주세요 {n}",
                      body_masked=body_masked if body_masked is not None else f"제 번호 ************* 로 연락 주세요 {n}",
                      email=EMAIL, phone=PHONE, name="김민원", consent=True, status=status,
                      answer=f"{PHONE} 로 연락드렸습니다" if status == "answered" else "",
                      answer_masked=answer_masked if status == "answered" else ""))


def test_questions_are_answered_masked_and_of_published_documents(client, docs):
    with docs.Session.begin() as s:
        _question(s, "api-1", 1)
        _question(s, "api-1", 2, status="received")
        _question(s, "api-1", 3, body_masked="")          # masking failed: never shown
        _question(s, "secret-1", 4)
    data = get_json(client, "/api/v1/questions", document="api-1")
    assert data["total"] == 1 and len(data["items"]) == 1
    q = data["items"][0]
    assert q["question"].endswith("연락 주세요 1") and q["answer"] == "답변드립니다."
    all_q = client.get("/api/v1/questions").get_data(as_text=True)
    for value in (PHONE, EMAIL, "김민원", "TRACK", "연락 주세요 4"):
        assert value not in all_q
    assert get_json(client, "/api/v1/questions", 404, document="secret-1")["error"] == "not found"


def test_stale_index_entry_is_not_listed(client, docs):
    """A document taken off the site whose index entry lingers must not be listed."""
    with docs.Session.begin() as s:
        s.get(db.Document, "api-2").status = "review"
    assert "api-2" not in {d["id"] for d in get_json(client, "/api/v1/documents")["items"]}
    get_json(client, "/api/v1/documents/api-2", 404)


def test_rate_limited_with_a_json_429(app, client, docs):
    app.config["API_RATE_LIMIT"] = "2 per minute"
    for _ in range(2):
        client.get("/api/v1/documents/api-1")
    resp = client.get("/api/v1/documents/api-1")
    assert resp.status_code == 429 and resp.get_json()["error"].startswith("rate limit")


# -- the OpenAPI description matches the app ---------------------------------------------

def _resolve(spec, schema):
    while "$ref" in schema:
        node = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def check(spec, schema, value, where="$"):
    """A small validator for the subset of JSON Schema the description uses."""
    schema = _resolve(spec, schema)
    kind = schema.get("type")
    types = {"object": dict, "array": list, "string": str, "integer": int, "boolean": bool}
    if kind:
        assert isinstance(value, types[kind]) and not (kind == "integer" and isinstance(value, bool)), \
            f"{where}: {value!r} is not {kind}"
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not in {schema['enum']}"
    if kind == "object" and "properties" in schema:
        missing = set(schema.get("required", [])) - set(value)
        assert not missing, f"{where}: missing {missing}"
        if schema.get("additionalProperties") is False:
            extra = set(value) - set(schema["properties"])
            assert not extra, f"{where}: undocumented fields {extra}"
        for k, v in value.items():
            check(spec, schema["properties"][k], v, f"{where}.{k}")
    if kind == "array":
        for i, v in enumerate(value):
            check(spec, schema["items"], v, f"{where}[{i}]")


def test_openapi_routes_exist_and_responses_match(app, client, docs):
    with docs.Session.begin() as s:
        _question(s, "api-1", 1)
    spec = get_json(client, "/api/v1/openapi.json")
    assert spec["openapi"].startswith("3.")
    rules = {re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", r.rule): r.methods for r in app.url_map.iter_rules()}
    examples = {"/api/v1/documents": "/api/v1/documents?per_page=2",
                "/api/v1/documents/{doc_id}": "/api/v1/documents/api-3",
                "/api/v1/questions": "/api/v1/questions?document=api-1",
                "/api/v1/openapi.json": "/api/v1/openapi.json"}
    assert set(spec["paths"]) == set(examples)
    for path, ops in spec["paths"].items():
        assert path in rules, f"{path} is documented but not routed"
        for method, op in ops.items():
            assert method.upper() in rules[path]
            resp = client.open(examples[path], method=method.upper())
            assert resp.status_code == 200
            schema = op["responses"]["200"]["content"]["application/json"]["schema"]
            body = resp.get_json()
            check(spec, schema, body)
            if "items" in body:
                assert body["items"], f"{path}: the example must exercise the item schema"
    # documented errors have the documented shape too
    err = client.get("/api/v1/documents/missing").get_json()
    check(spec, {"$ref": "#/components/schemas/Error"}, err)
    undocumented = [r for r in rules if r.startswith("/api/") and r not in spec["paths"]]
    assert not undocumented, f"routes missing from the description: {undocumented}"


def test_nothing_unpublished_or_unmasked_on_api_feeds_or_sitemap(client, docs):
    """The planted withheld document and the private values appear on no open-data surface."""
    with docs.Session.begin() as s:
        _question(s, "api-1", 1)
    urls = ["/api/v1/documents", "/api/v1/documents?q=감사", f"/api/v1/documents?q={PHONE}",
            "/api/v1/documents/api-1", "/api/v1/questions", "/api/v1/questions?document=api-1",
            "/feeds/latest.atom", f"/feeds/latest.atom?department={DEPT_A}",
            "/feeds/latest.atom?q=감사", f"/feeds/latest.atom?q={PHONE}", "/sitemap.xml"]
    for url in urls:
        resp = client.get(url)
        assert resp.status_code == 200, url
        body = resp.get_data(as_text=True)
        if resp.mimetype == "application/json":
            body = json.dumps(resp.get_json(), ensure_ascii=False)
        elif url.startswith("/feeds/"):      # the feed's title and links echo the query itself
            body = "".join(ET.tostring(e, encoding="unicode")
                           for e in ET.fromstring(resp.data).iter("{http://www.w3.org/2005/Atom}entry"))
            assert url.endswith("q=감사") or url.endswith(f"q={PHONE}") or body
        for value in (PHONE, RRN, EMAIL, SECRET_TITLE, "secret-1", "김민원"):
            assert value not in body, f"{value!r} leaked on {url}"
