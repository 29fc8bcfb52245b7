"""The document page: approval metadata, the redacted PDF, related documents, report link."""
from __future__ import annotations

from bs4 import BeautifulSoup

from disclosure import db
from disclosure.publish import unpublish


def _soup(client, url):
    resp = client.get(url)
    assert resp.status_code == 200, url
    return BeautifulSoup(resp.data, "html.parser")


def _meta(soup) -> dict[str, str]:
    return {dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True)
            for dt in soup.select("dl.meta-grid dt")}


def test_metadata_splits_institution_and_reads_sidecar_extras(client, make_doc):
    make_doc("m1", "빗물펌프장 정비공사 계약 결과", title="빗물펌프장 정비공사",
             department="서울특별시 시설계획과", doc_number="시설계획과-19027",
             doc_type="계약 및 용역 결과", approver_rank="과장",
             meta={"drafter": "홍원기", "approver": "탁경웅", "retention": "5년",
                   "category": "시설물 유지관리"})
    meta = _meta(_soup(client, "/documents/m1"))
    assert meta["기관명"] == "서울특별시"
    assert meta["부서명"] == "시설계획과"
    assert meta["문서번호"] == "시설계획과-19027"
    assert meta["보존기간"] == "5년"
    assert meta["작성자"] == "기안 홍원기 결재 탁경웅 (과장)"
    assert meta["분류정보"] == "계약 및 용역 결과 › 시설물 유지관리"
    assert meta["공개일"].startswith("20")                       # published: its date, Seoul time


def test_a_districts_document_is_the_districts(client, make_doc):
    """A 노원구 document is 서울특별시 노원구's, not 서울특별시's (Seoul's plaza shows both)."""
    make_doc("m2", "경로당 냉난방비 지원 결과", title="경로당 냉난방비", department="서울특별시 노원구 어르신복지과")
    make_doc("m3", "세무 안내", title="세무 안내", department="경기도 수원시 팔달구 세무과")
    meta = _meta(_soup(client, "/documents/m2"))
    assert (meta["기관명"], meta["부서명"]) == ("서울특별시 노원구", "어르신복지과")
    meta = _meta(_soup(client, "/documents/m3"))
    assert (meta["기관명"], meta["부서명"]) == ("경기도 수원시 팔달구", "세무과")


def test_redacted_pdf_download_only_while_published(client, make_doc, instance):
    make_doc("p1", "민원인 연락처 010-3333-4444 확인 후 처리함.", ["010-3333-4444"],
             labels={"010-3333-4444": "PHONE"})
    pdf = instance.public_doc_dir("p1") / "document.pdf"
    assert pdf.is_file()                                   # publishing wrote it
    soup = _soup(client, "/documents/p1")
    assert soup.select_one('a[href="/documents/p1/download.pdf"]')
    resp = client.get("/documents/p1/download.pdf")
    assert resp.status_code == 200 and resp.mimetype == "application/pdf"
    assert resp.data == pdf.read_bytes() and resp.data.startswith(b"%PDF")
    assert "attachment" in resp.headers["Content-Disposition"]

    pdf.unlink()                                           # no file: no link, and a 404
    assert not _soup(client, "/documents/p1").select_one('a[href$="download.pdf"]')
    assert client.get("/documents/p1/download.pdf").status_code == 404

    make_doc("p2", "두 번째 문서 본문")
    unpublish(instance, "p2", actor="test", reason="테스트")
    assert client.get("/documents/p2/download.pdf").status_code == 404
    make_doc("p3", "검토 중 문서", publish_now=False)
    assert client.get("/documents/p3/download.pdf").status_code == 404


def test_related_groups_cited_numbers_same_department_and_similar(client, make_doc, instance):
    make_doc("cited", "일자리 정책 기본계획", title="일자리 기본계획",
             department="복지정책과", doc_number="일자리정책과-8418")
    make_doc("main", "일자리정책과-8418(2025.3.1.)호 및 없는과-1234호와 관련하여 하천 정비를 추진함.",
             title="하천 정비 계획", department="도시계획과", doc_number="도시계획과-100")
    make_doc("dept", "가로수 식재 결과 보고", title="가로수 식재", department="도시계획과",
             doc_number="도시계획과-101")
    make_doc("gone", "가로등 교체 계획", title="가로등 교체", department="도시계획과",
             doc_number="도시계획과-102")
    with instance.Session.begin() as s:
        s.get(db.Document, "gone").status = "review"
    soup = _soup(client, "/documents/main")
    groups = {ul["data-kind"]: [a["href"] for a in ul.select("a")]
              for ul in soup.select("section.related ul[data-kind]")}
    assert groups["cited"] == ["/documents/cited"]          # the unknown number links nowhere
    assert groups["department"] == ["/documents/dept"]      # unpublished ones never show
    every = [h for hrefs in groups.values() for h in hrefs]
    assert len(every) == len(set(every)) and "/documents/main" not in every


def test_page_offers_question_and_problem_report(client, make_doc):
    make_doc("d1", "본문")
    soup = _soup(client, "/documents/d1")
    assert soup.select_one("form.ask-form")
    assert [a["href"] for a in soup.select('a[href="/documents/d1/report"]')]
    assert soup.select_one(".doc-text")["lang"] == "ko"


def _jsonld(soup) -> dict:
    import json

    [tag] = soup.select('head script[type="application/ld+json"]')
    return json.loads(tag.string)


def test_page_head_carries_jsonld_with_public_metadata_and_both_downloads(client, make_doc,
                                                                          instance):
    make_doc("j1", "민원인 홍길동(010-3333-4444)의 건의에 따라 <하천> 정비를 추진함.",
             ["홍길동", "010-3333-4444"], labels={"010-3333-4444": "PHONE"},
             title="하천 정비 계획", doc_number="도시계획과-77", doc_type="계획",
             meta={"drafter": "주무관 이기안", "approver": "과장 박결재", "secret": "내부 메모"})
    resp = client.get("/documents/j1")
    soup = BeautifulSoup(resp.data, "html.parser")
    data = _jsonld(soup)
    assert data["@id"] == data["url"] == "http://plaza.test/documents/j1"
    assert "DigitalDocument" in data["@type"] and "dcat:Dataset" in data["@type"]
    assert (data["name"], data["identifier"], data["genre"]) == ("하천 정비 계획", "도시계획과-77", "계획")
    assert data["creator"]["name"] == "도시계획과" and data["dateCreated"] == "2025-03-01"
    assert data["datePublished"].endswith("Z")
    # the redacted PDF first, then the masked text: the downloads the page offers
    assert [(d["dcat:downloadURL"], d["dcat:mediaType"]) for d in data["dcat:distribution"]] == [
        ("http://plaza.test/documents/j1/download.pdf", "application/pdf"),
        ("http://plaza.test/documents/j1/download.txt", "text/plain")]
    assert [e["contentUrl"] for e in data["encoding"]] == [
        "http://plaza.test/documents/j1/download.pdf", "http://plaza.test/documents/j1/download.txt"]
    # masked text only, nothing the page does not show (and no way to close the element)
    raw = soup.select_one('script[type="application/ld+json"]').string
    for private in ("홍길동", "010-3333-4444", "내부 메모"):
        assert private not in raw
    assert "***" in data["description"] and "</" not in raw and "<하천>" not in raw
    assert "<하천>" in data["description"]                         # escaped, not lost

    (instance.public_doc_dir("j1") / "document.pdf").unlink()      # no PDF: the text alone
    data = _jsonld(_soup(client, "/documents/j1"))
    assert data["dcat:distribution"]["dcat:downloadURL"].endswith("/download.txt")


def test_the_sidecars_extra_fields_reach_the_public_only_masked(client, make_doc, instance):
    """분류정보, 보존기간 and 기관명 come from the sidecar as the title does: the page, the
    report evidence and every other surface read their masked form, never the raw value."""
    make_doc("m4", "민원 처리 결과 보고", title="민원 처리 결과", department="서울특별시 노원구 민원여권과",
             meta={"category": "민원 › 연락처 010-2345-6789 민원인 관련", "retention": "3년",
                   "organization": "서울특별시 노원구"})
    page = client.get("/documents/m4").get_data(as_text=True)
    meta = _meta(BeautifulSoup(page, "html.parser"))
    assert "010-2345-6789" not in page and "*" in meta["분류정보"]
    assert meta["보존기간"] == "3년" and meta["기관명"] == "서울특별시 노원구"
    from disclosure.report_evidence import public_copy
    with instance.Session() as s:
        assert "010-2345-6789" not in str(public_copy(s.get(db.Document, "m4")))
