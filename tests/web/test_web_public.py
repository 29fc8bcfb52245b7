"""Public pages: what citizens see, and above all what they must never see."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from disclosure import db

SECRET_PHONE = "010-9876-5432"
SECRET_NAME = "홍길동"
TEXT = f"""청년 일자리 지원사업 추진 계획

1. 추진 배경
청년 고용 여건 개선을 위하여 지원사업을 추진함.
민원인 {SECRET_NAME} (연락처 {SECRET_PHONE}) 의 건의를 반영함.

연번 | 사업명 | 예산(백만원)
1 | 청년 인턴 | 120
2 | 창업 지원 | 300

붙임 {SECRET_NAME} 의견서 1부. 끝."""


def _text(resp) -> str:
    return resp.get_data(as_text=True)


def test_home_lists_latest_published_only(client, make_doc):
    make_doc("pub-1", TEXT, [SECRET_NAME, SECRET_PHONE], title="청년 일자리 지원사업 추진 계획")
    make_doc("rev-1", "검토 중인 문서 본문", publish_now=False, title="검토중비밀제목")
    resp = client.get("/")
    assert resp.status_code == 200
    page = _text(resp)
    assert "청년 일자리 지원사업 추진 계획" in page
    assert "검토중비밀제목" not in page
    assert 'role="search"' in page


def test_document_page_shows_metadata_and_masked_layout(client, make_doc):
    make_doc("pub-1", TEXT, [SECRET_NAME, SECRET_PHONE], title="청년 일자리 지원사업 추진 계획",
             grade="partial", grounds=[6])
    resp = client.get("/documents/pub-1")
    assert resp.status_code == 200
    soup = BeautifulSoup(resp.data, "html.parser")
    meta = {dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True)
            for dt in soup.select("dl.meta-grid dt")}
    assert meta["기관명"] == "-"                      # "도시계획과" names no institution
    assert meta["부서명"] == "도시계획과"
    assert meta["문서번호"] == "도시계획과-pub-1"
    assert meta["생산일자"] == "2025-03-01"
    assert meta["공개구분"].startswith("부분공개") and "제6호" in meta["공개구분"]
    assert meta["작성자"] == "기안 주무관 이기안 결재 과장 박결재 (과장)"
    assert meta["분류정보"] == "보고"
    assert "보존기간" not in meta                     # unknown: left out, never guessed
    # the pipe table became an HTML table with a header row
    table = soup.select_one("table.doc-table")
    assert [th.get_text(strip=True) for th in table.select("thead th")] == ["연번", "사업명", "예산(백만원)"]
    assert len(table.select("tbody tr")) == 2
    # paragraphs are kept and masks are styled
    assert soup.select(".doc-body .mask")
    assert "추진 배경" in soup.select_one(".doc-body").get_text()
    # the ask form is on the page, with its honeypot hidden from people
    assert soup.select_one("form.ask-form textarea[name=body]")
    assert soup.select_one(".hp")["aria-hidden"] == "true"


def test_download_serves_masked_text(client, make_doc):
    make_doc("pub-1", TEXT, [SECRET_NAME, SECRET_PHONE])
    resp = client.get("/documents/pub-1/download.txt")
    assert resp.status_code == 200
    assert resp.mimetype == "text/plain"
    assert "attachment" in resp.headers["Content-Disposition"]
    body = resp.get_data(as_text=True)
    assert "청년 인턴" in body and "***" in body


def test_non_published_documents_are_404_everywhere(client, make_doc, instance):
    for status in ("review", "withheld", "scheduled", "publish_pending"):
        make_doc(f"d-{status}", f"{status} 문서 본문 고유어{status}", publish_now=False, status=status)
        assert client.get(f"/documents/d-{status}").status_code == 404
        assert client.get(f"/documents/d-{status}/download.txt").status_code == 404
        assert client.get(f"/documents/d-{status}/ask").status_code == 404
        assert client.post(f"/documents/d-{status}/ask", data={"body": "질문"}).status_code == 404
    assert client.get("/documents/no-such-doc").status_code == 404


def test_masked_value_appears_on_no_public_surface(client, make_doc, instance):
    """Plant values in the private text, mask them, and look for them everywhere public."""
    make_doc("pub-1", TEXT, [SECRET_NAME, SECRET_PHONE], title="청년 일자리 지원사업 추진 계획")
    make_doc("pub-2", "청년 창업 지원 후속 계획. 청년 인턴 확대.", title="청년 창업 후속")
    assert SECRET_NAME in instance.read_private_text("pub-1")      # the plant is real
    digits = re.sub(r"\D", "", SECRET_PHONE)
    urls = ["/", "/documents/pub-1", "/documents/pub-1/download.txt", "/documents/pub-2",
            "/search", "/search?q=청년", "/search?q=민원인", "/search?q=건의",
            f"/search?q={SECRET_NAME}", f"/search?q={SECRET_PHONE}", "/search?q=붙임",
            "/search?department=도시계획과&sort=date", "/documents/pub-1/ask"]
    for url in urls:
        resp = client.get(url)
        assert resp.status_code == 200, url
        body = _text(resp)
        if SECRET_NAME in url or SECRET_PHONE in url:
            # the search box echoes what the visitor typed; the results must not
            body = BeautifulSoup(body, "html.parser").select_one(
                "section[aria-labelledby=results-title]").decode()
        assert SECRET_NAME not in body, url
        assert SECRET_PHONE not in body and digits not in re.sub(r"[\s\-.]", "", body), url
    # the search snippet for a word next to the masked name shows the mask, not the name
    page = _text(client.get("/search?q=민원인"))
    assert "pub-1" in page and "<mark>" in page


def test_search_filters_sort_and_pagination(client, make_doc):
    make_doc("a1", "도로 보수 공사 계획 A", title="도로 보수 A", department="도시계획과",
             doc_type="계획", approved_at="2025-01-10")
    make_doc("a2", "도로 보수 공사 결과 B", title="도로 보수 B", department="복지정책과",
             doc_type="보고", approved_at="2025-02-10", grade="partial", grounds=[6])
    make_doc("a3", "도로 보수 공사 점검 C", title="도로 보수 C", department="도시계획과",
             doc_type="보고", approved_at="2025-03-10")

    def ids(url):
        soup = BeautifulSoup(client.get(url).data, "html.parser")
        return [a["href"].rsplit("/", 1)[1] for a in soup.select("ol.results a.doc-title")]

    assert set(ids("/search?q=도로")) == {"a1", "a2", "a3"}
    assert set(ids("/search?q=도로&department=도시계획과")) == {"a1", "a3"}
    assert ids("/search?q=도로&doc_type=계획") == ["a1"]
    assert ids("/search?q=도로&grade=partial") == ["a2"]
    assert set(ids("/search?q=도로&date_from=2025-02-01")) == {"a2", "a3"}
    assert set(ids("/search?q=도로&date_to=2025-02-28")) == {"a1", "a2"}
    assert ids("/search?q=도로&sort=date") == ["a3", "a2", "a1"]
    # a bad date is reported, not a crash
    for bad in ("yesterday", "2025-13-45"):
        resp = client.get(f"/search?q=도로&date_from={bad}")
        assert resp.status_code == 200 and "YYYY-MM-DD" in _text(resp)
    # pagination
    client.application.config["SEARCH_PER_PAGE"] = 2
    first, second = ids("/search?q=도로&sort=date"), ids("/search?q=도로&sort=date&page=2")
    assert first == ["a3", "a2"] and second == ["a1"]
    assert 'aria-current="page"' in _text(client.get("/search?q=도로&sort=date&page=2"))


def test_search_drops_hits_that_are_no_longer_published(client, make_doc, instance):
    """Defence in depth: a stale index entry must not surface a withdrawn document."""
    make_doc("a1", "하수도 정비 계획", title="하수도 정비")
    with instance.Session.begin() as s:          # status changes behind the index's back
        s.get(db.Document, "a1").status = "review"
    assert instance.search.search("하수도").total == 1          # the index still has it
    page = _text(client.get("/search?q=하수도"))
    assert "/documents/a1" not in page
    assert client.get("/documents/a1").status_code == 404


def test_related_documents_are_linked(client, make_doc):
    make_doc("r1", "공원 녹지 조성 사업 공원 녹지 확충 계획", title="공원 녹지 조성")
    make_doc("r2", "공원 녹지 조성 사업 2단계 공원 녹지 확충", title="공원 녹지 2단계")
    soup = BeautifulSoup(client.get("/documents/r1").data, "html.parser")
    related = [a["href"] for a in soup.select("#related-title ~ ul a")]
    assert "/documents/r2" in related and "/documents/r1" not in related
