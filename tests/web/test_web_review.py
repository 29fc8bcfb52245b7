"""Officials' workspace: access control, every action, its audit trail, and its public effect."""
from __future__ import annotations

import csv
import io

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from disclosure import db

from web_support import DEPT_B, MaskResult

NAME, PHONE = "홍길동", "010-5555-0101"
TEXT = f"""주민 건의 처리 결과 보고

건의인 {NAME} (연락처 {PHONE}) 의 건의를 검토한 결과 수용함.
담당 김담당 주무관이 현장을 확인함."""


def _doc(instance, doc_id):
    with instance.Session() as s:
        doc = s.get(db.Document, doc_id)
        _ = doc.detections
        return doc


def _events(instance, doc_id=None):
    with instance.Session() as s:
        q = select(db.Event).order_by(db.Event.id)
        if doc_id:
            q = q.where(db.Event.document_id == doc_id)
        return list(s.scalars(q))


@pytest.fixture
def flagged(make_doc):
    """A document in the review queue with a detected name and phone number."""
    return make_doc("flag-1", TEXT, [NAME, PHONE], publish_now=False, status="review",
                    title="주민 건의 처리 결과", labels={PHONE: "PHONE"},
                    reasons=["개인정보 탐지 점수가 경계값에 있음"])


def _sample_url(rule) -> str:
    values = {"doc_id": "flag-1", "det_id": 1, "qid": 1, "number": "R-20250101-AAAAAAAAAA"}
    return rule.rule.replace("<", "{").replace(">", "}").replace("int:", "").format(**values)


def test_anonymous_is_sent_to_login_from_every_officials_route(app, client, flagged):
    rules = [r for r in app.url_map.iter_rules() if r.rule.startswith("/review")]
    assert len(rules) >= 15
    for rule in rules:
        url = _sample_url(rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            resp = client.open(url, method=method)
            assert resp.status_code == 302, (method, url)
            assert resp.headers["Location"].startswith("/login?next="), (method, url)


def test_reviewer_of_another_department_gets_403(app, client, login, flagged, instance):
    login("rev_b")
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/review/documents/"):
            continue
        url = _sample_url(rule)
        method = "POST" if "POST" in rule.methods else "GET"
        resp = client.open(url, method=method, data={"comment": "x", "reason": "x",
                                                     "action": "reject", "ground": "6"})
        assert resp.status_code == 403, (method, url)
    assert _doc(instance, "flag-1").status == "review"
    assert [e.action for e in _events(instance, "flag-1")] == []


def test_queue_lists_department_documents_with_reason_and_count(client, login, flagged, make_doc):
    make_doc("other-1", "다른 부서 문서", publish_now=False, department=DEPT_B, title="복지 문서")
    login("rev_a")
    page = client.get("/review/").get_data(as_text=True)
    assert "주민 건의 처리 결과" in page and "복지 문서" not in page
    assert "개인정보 탐지 점수가 경계값에 있음" in page
    soup = BeautifulSoup(page, "html.parser")
    assert soup.select_one(".site-nav .badge").get_text(strip=True) == "1"
    client.post("/logout")
    login("admin")
    page = client.get("/review/").get_data(as_text=True)
    assert "주민 건의 처리 결과" in page and "복지 문서" in page
    page = client.get(f"/review/?department={DEPT_B}").get_data(as_text=True)
    assert "주민 건의 처리 결과" not in page and "복지 문서" in page
    assert "복지 문서" not in client.get("/review/?status=published").get_data(as_text=True)


def test_review_page_shows_original_masked_and_detections(client, login, flagged, instance):
    login("rev_a")
    resp = client.get("/review/documents/flag-1")
    assert resp.status_code == 200
    soup = BeautifulSoup(resp.data, "html.parser")
    original = soup.select_one("#original")
    assert original.get_text() == TEXT                      # character-exact for offsets
    assert [m.get_text() for m in original.select("mark.det")] == [NAME, PHONE]
    assert NAME not in soup.select_one(".masked-text").get_text()
    rows = soup.select("table.detections tbody tr")
    assert len(rows) == 2
    assert "전화번호" in rows[1].get_text()
    assert rows[1].select("td")[3]["title"] == "test:planted"     # the rule's id only on hover


def test_review_page_gives_every_reason_in_plain_korean_and_english_on_the_english_page(
        client, login, flagged, instance):
    """A reviewer reads why the document is here and why each span is masked in Korean:
    no rule id (PERSON_ROLE_RULES) and no bare model score (P(nonpublic)=0.74)."""
    with instance.Session.begin() as s:
        doc = s.get(db.Document, "flag-1")
        doc.reasons = ["partial but uncertain (confidence 0.41 < 0.85)", "model P(nonpublic)=0.74",
                       "layer 2: partial (item 6), confidence 0.41"]
        name_row = next(d for d in doc.detections if d.label == "PERSON")
        name_row.source, name_row.reason = "PERSON_ROLE_RULES", "Korean name, role '건의인' before"
    login("rev_a")
    soup = BeautifulSoup(client.get("/review/documents/flag-1").data, "html.parser")
    reasons = [li.get_text() for li in soup.select(".reasons li")]
    assert reasons[0].startswith("부분공개(으)로 보이나 자동 판정의 신뢰도가 낮음"), reasons
    assert "분류 모델이 본 비공개 가능성 74%" in reasons
    cells = [td.get_text() for td in soup.select("table.detections tbody tr")[0].select("td")]
    assert "이름: 앞에 사인의 역할 '건의인'" in cells and "탐지 규칙" in cells, cells
    visible = soup.select_one("main").get_text()
    assert "PERSON_ROLE_RULES" not in visible and "P(nonpublic)" not in visible
    queue = BeautifulSoup(client.get("/review/").data, "html.parser").select_one("td.reason").get_text()
    assert queue.startswith("부분공개(으)로 보이나"), queue
    english = client.get("/review/documents/flag-1?lang=en").get_data(as_text=True)
    assert "model P(nonpublic)=0.74" in english and "Korean name, role &#39;건의인&#39; before" in english


def test_reject_requires_comment_and_is_audited(client, login, flagged, instance):
    login("rev_a")
    det = _doc(instance, "flag-1").detections[0]
    url = f"/review/documents/flag-1/detections/{det.id}"
    client.post(url, data={"action": "reject", "comment": ""})
    assert _doc(instance, "flag-1").detections[0].status == "auto"
    client.post(url, data={"action": "reject", "comment": "공무원 성명이라 공개 대상"})
    assert _doc(instance, "flag-1").detections[0].status == "rejected"
    client.post(f"/review/documents/flag-1/detections/{_doc(instance, 'flag-1').detections[1].id}",
                data={"action": "accept"})
    assert _doc(instance, "flag-1").detections[1].status == "accepted"
    ev = _events(instance, "flag-1")
    assert [(e.action, e.actor) for e in ev] == [("detection_reject", "rev_a"),
                                                ("detection_accept", "rev_a")]
    assert ev[0].before["status"] == "auto" and ev[0].after["status"] == "rejected"
    assert ev[0].comment == "공무원 성명이라 공개 대상"
    assert client.post("/review/documents/flag-1/detections/99999",
                       data={"action": "accept"}).status_code == 404


def test_add_mask_by_selection_and_by_phrase(client, login, flagged, instance):
    login("rev_a")
    start = TEXT.index("김담당")
    # a forged selection whose text does not match the original is refused
    client.post("/review/documents/flag-1/detections/add",
                data={"start": start, "end": start + 3, "text": "엉뚱함", "label": "PERSON"})
    # out-of-range offsets are refused
    client.post("/review/documents/flag-1/detections/add",
                data={"start": 5, "end": 10**6, "label": "PERSON"})
    assert len(_doc(instance, "flag-1").detections) == 2
    # a good selection (with surrounding space trimmed)
    client.post("/review/documents/flag-1/detections/add",
                data={"start": start - 1, "end": start + 3, "text": " 김담당", "label": "PERSON"})
    dets = _doc(instance, "flag-1").detections
    added = [d for d in dets if d.status == "added"]
    assert [(d.start, d.end, d.source) for d in added] == [(start, start + 3, "reviewer:rev_a")]
    # without JS: every occurrence of a typed phrase
    client.post("/review/documents/flag-1/detections/add",
                data={"phrase": "건의", "label": "HEALTH_INFO", "comment": "테스트"})
    added = [d for d in _doc(instance, "flag-1").detections if d.status == "added"]
    assert len(added) == 1 + TEXT.count("건의")
    assert [e.action for e in _events(instance, "flag-1")].count("detection_add") == len(added)
    # unknown label refused
    client.post("/review/documents/flag-1/detections/add", data={"phrase": "현장", "label": "X"})
    assert not any(d.start == TEXT.index("현장") for d in _doc(instance, "flag-1").detections)


def test_grade_change_validates_and_audits(client, login, flagged, instance):
    login("rev_a")
    client.post("/review/documents/flag-1/grade", data={"grade": "partial", "comment": "근거 없음"})
    assert _doc(instance, "flag-1").grade == "public"            # partial needs a ground
    client.post("/review/documents/flag-1/grade", data={"grade": "partial", "grounds": ["6"]})
    assert _doc(instance, "flag-1").grade == "public"            # comment required
    client.post("/review/documents/flag-1/grade",
                data={"grade": "partial", "grounds": ["6", "5"], "comment": "개인 의견 포함"})
    doc = _doc(instance, "flag-1")
    assert (doc.grade, doc.grounds) == ("partial", [5, 6])
    [ev] = _events(instance, "flag-1")
    assert ev.action == "grade_change" and ev.before["grade"] == "public" and ev.after["grounds"] == [5, 6]
    client.post("/review/documents/flag-1/grade", data={"grade": "secret", "comment": "x"})
    assert _doc(instance, "flag-1").grade == "partial"


def test_publish_remasks_with_current_detections(client, login, flagged, instance):
    login("rev_a")
    name_det = _doc(instance, "flag-1").detections[0]
    client.post(f"/review/documents/flag-1/detections/{name_det.id}",
                data={"action": "reject", "comment": "공개 대상"})
    start = TEXT.index("김담당")
    client.post("/review/documents/flag-1/detections/add",
                data={"start": start, "end": start + 3, "text": "김담당", "label": "PERSON"})
    resp = client.post("/review/documents/flag-1/publish", data={"comment": "검토 완료", "confirm": "yes"})
    assert resp.status_code == 303
    doc = _doc(instance, "flag-1")
    assert doc.status == "published"
    assert NAME in doc.masked_text                     # the rejected mask was lifted
    assert PHONE not in doc.masked_text and "김담당" not in doc.masked_text
    page = client.get("/documents/flag-1").get_data(as_text=True)
    assert NAME in page and PHONE not in page and "김담당" not in page
    actions = [(e.action, e.actor) for e in _events(instance, "flag-1")]
    assert actions[-2:] == [("remask", "rev_a"), ("publish", "rev_a")]
    assert _events(instance, "flag-1")[-1].comment == "검토 완료"
    # a published document cannot be edited in place
    client.post("/review/documents/flag-1/grade", data={"grade": "public", "comment": "x"})
    assert _events(instance, "flag-1")[-1].action == "publish"


def test_publish_refused_for_nonpublic_grade(client, login, make_doc, instance):
    make_doc("np-1", "비공개 문서 본문", publish_now=False, grade="nonpublic", grounds=[5])
    login("rev_a")
    client.post("/review/documents/np-1/publish", data={"confirm": "yes"})
    assert _doc(instance, "np-1").status == "review"
    assert client.get("/documents/np-1").status_code == 404


def test_publish_verification_failure_keeps_document_private(client, login, make_doc, instance):
    """If re-masking leaves a masked value readable, the core refuses and it stays in review."""
    class LeakyLayer1:
        def mask(self, text, dets):
            return MaskResult(text, [])                   # "forgets" to mask anything
    make_doc("leak-1", TEXT, [PHONE], publish_now=False, labels={PHONE: "PHONE"})
    instance.layer1 = LeakyLayer1()
    login("rev_a")
    resp = client.post("/review/documents/leak-1/publish", data={"confirm": "yes"}, follow_redirects=True)
    assert "검증" in resp.get_data(as_text=True)
    assert _doc(instance, "leak-1").status == "review"
    assert client.get("/documents/leak-1").status_code == 404
    assert instance.search.search(PHONE).total == 0


def test_withdraw_removes_from_page_search_and_download_at_once(client, login, make_doc, instance):
    make_doc("pub-1", "하천 정비 사업 결과 공고", title="하천 정비 결과")
    assert client.get("/documents/pub-1").status_code == 200
    assert "/documents/pub-1" in client.get("/search?q=하천").get_data(as_text=True)
    login("rev_a")
    client.post("/review/documents/pub-1/withdraw", data={"reason": ""})
    assert _doc(instance, "pub-1").status == "published"           # reason required
    client.post("/review/documents/pub-1/withdraw", data={"reason": "개인정보 누락 신고", "confirm": "yes"})
    assert _doc(instance, "pub-1").status == "review"
    assert client.get("/documents/pub-1").status_code == 404
    assert client.get("/documents/pub-1/download.txt").status_code == 404
    assert "/documents/pub-1" not in client.get("/search?q=하천").get_data(as_text=True)
    assert instance.search.search("하천").total == 0
    ev, done = _events(instance, "pub-1")[-2:]
    assert (ev.action, ev.actor, ev.comment) == ("withdraw", "rev_a", "개인정보 누락 신고")
    assert (done.action, done.actor, done.after["status"]) == ("withdraw_complete", "rev_a", "review")


def test_withhold_with_ground(client, login, flagged, make_doc, instance):
    login("rev_a")
    client.post("/review/documents/flag-1/withhold", data={"ground": "9", "comment": "x"})
    client.post("/review/documents/flag-1/withhold", data={"ground": "5"})
    assert _doc(instance, "flag-1").status == "review"
    client.post("/review/documents/flag-1/withhold", data={"ground": "5", "comment": "의사결정 과정"})
    doc = _doc(instance, "flag-1")
    assert (doc.status, doc.grade, doc.grounds) == ("withheld", "nonpublic", [5])
    assert _events(instance, "flag-1")[-1].action == "withhold"
    # withholding a published document takes it down first
    make_doc("pub-2", "공개 중 문서 본문 유일어휘", title="공개중")
    client.post("/review/documents/pub-2/withhold", data={"ground": "6", "comment": "사생활"})
    assert _doc(instance, "pub-2").status == "withheld"
    assert client.get("/documents/pub-2").status_code == 404
    assert instance.search.search("유일어휘").total == 0


def test_question_answer_flow_end_to_end(client, login, make_doc, instance):
    make_doc("pub-1", "버스 노선 개편 계획", title="버스 노선 개편")
    resp = client.post("/documents/pub-1/ask", data={
        "body": f"개편 시기가 언제인가요? 연락은 {PHONE} 로 주세요.",
        "email": "citizen@example.com", "consent": "y"})
    tracking = resp.headers["Location"].rsplit("/", 1)[1]
    with instance.Session() as s:
        qid = s.scalar(select(db.Question.id).where(db.Question.tracking == tracking))

    login("rev_a")
    listing = client.get("/review/questions").get_data(as_text=True)
    assert tracking in listing
    detail = client.get(f"/review/questions/{qid}").get_data(as_text=True)
    assert "citizen@example.com" not in detail                   # officials do not need it
    client.post(f"/review/questions/{qid}/assign")
    assert "담당자 배정" in client.get(f"/questions/{tracking}").get_data(as_text=True)
    client.post(f"/review/questions/{qid}/answer", data={"answer": ""})
    client.post(f"/review/questions/{qid}/answer",
                data={"answer": "7월에 시행합니다. 문의: 주무관 010-7777-8888"})

    status = client.get(f"/questions/{tracking}").get_data(as_text=True)
    assert "답변 완료" in status and "7월에 시행합니다" in status
    assert "010-7777-8888" not in status and PHONE not in status
    public = client.get("/documents/pub-1").get_data(as_text=True)
    assert "7월에 시행합니다" in public and "개편 시기가 언제인가요?" in public
    assert PHONE not in public and "010-7777-8888" not in public
    assert "citizen@example.com" not in public
    with instance.Session() as s:
        notes = list(s.scalars(select(db.Notification).where(
            db.Notification.recipient == "citizen@example.com")))
    assert len(notes) == 2 and "답변" in notes[-1].subject
    actions = [e.action for e in _events(instance, "pub-1")]
    assert "question_assign" in actions and "question_answer" in actions
    # another department's reviewer cannot see or answer it
    client.post("/logout")
    login("rev_b")
    assert client.get(f"/review/questions/{qid}").status_code == 403
    assert client.post(f"/review/questions/{qid}/answer", data={"answer": "x"}).status_code == 403
    assert tracking not in client.get("/review/questions").get_data(as_text=True)


def test_audit_views_and_csv_export(client, login, flagged, make_doc, instance):
    make_doc("other-1", "다른 부서", publish_now=False, department=DEPT_B)
    login("rev_a")
    client.post("/review/documents/flag-1/grade",
                data={"grade": "partial", "grounds": ["6"], "comment": "=HYPERLINK(\"x\")"})
    page = client.get("/review/documents/flag-1/audit").get_data(as_text=True)
    assert "공개구분 변경" in page and "rev_a" in page
    resp = client.get("/review/documents/flag-1/audit.csv")
    assert resp.mimetype == "text/csv" and "attachment" in resp.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(resp.get_data(as_text=True).lstrip("\ufeff"))))
    assert [(r["action"], r["actor"], r["document_id"]) for r in rows] == [
        ("grade_change", "rev_a", "flag-1")]
    assert rows[0]["comment"].startswith("'=")                 # no formula injection
    assert '"grade": "partial"' in rows[0]["after"]

    with instance.Session.begin() as s:                          # an event on another dept
        from disclosure import audit
        audit.record(s, "system", "ingest", "other-1", comment="다른 부서 기록")
    mine = client.get("/review/audit.csv").get_data(as_text=True)
    assert "flag-1" in mine and "other-1" not in mine
    client.post("/logout")
    login("admin")
    everything = client.get("/review/audit.csv").get_data(as_text=True)
    assert "flag-1" in everything and "other-1" in everything


def test_admin_may_act_on_every_department(client, login, make_doc, instance):
    make_doc("b-1", "복지 문서", publish_now=False, department=DEPT_B)
    login("admin")
    assert client.get("/review/documents/b-1").status_code == 200
    client.post("/review/documents/b-1/publish", data={"confirm": "yes"})
    assert _doc(instance, "b-1").status == "published"


def test_login_logout_and_open_redirect(client, officials):
    assert client.get("/login").status_code == 200
    bad = client.post("/login", data={"username": "rev_a", "password": "wrong password"})
    assert bad.status_code == 401 and "올바르지 않습니다" in bad.get_data(as_text=True)
    ok = client.post("/login?next=//evil.example/x",
                     data={"username": "rev_a", "password": "correct horse battery"})
    assert ok.headers["Location"] == "/review/"
    assert client.get("/login").headers["Location"] == "/review/"   # already signed in
    assert client.get("/logout").status_code == 405                # logout is a POST
    client.post("/logout")
    assert client.get("/review/").status_code == 302
    ok = client.post("/login?next=/review/questions",
                     data={"username": "rev_a", "password": "correct horse battery"})
    assert ok.headers["Location"] == "/review/questions"


def test_deactivated_official_is_signed_out(client, login, instance):
    login("rev_a")
    assert client.get("/review/").status_code == 200
    with instance.Session.begin() as s:
        s.scalar(select(db.User).where(db.User.username == "rev_a")).active = False
    assert client.get("/review/").status_code == 302


def test_login_is_rate_limited(app, client, officials):
    app.config["LOGIN_RATE_LIMIT"] = "3 per minute"
    codes = [client.post("/login", data={"username": "rev_a", "password": "nope nope"}).status_code
             for _ in range(4)]
    assert codes == [401, 401, 401, 429]
    assert client.get("/login").status_code == 200                 # only POSTs count


def test_audit_shows_seoul_time_and_what_changed_in_korean(client, login, flagged, instance):
    """Times are stored in UTC and shown in Seoul time; an entry says what it changed in
    words (상태: 검토 대기 → 공개됨), not field codes (status: review → published)."""
    from datetime import datetime

    from disclosure import audit

    with instance.Session.begin() as s:
        ev = audit.record(s, "rev_a", "publish", "flag-1",
                          before={"status": "review", "grade": "partial", "taken_down": False},
                          after={"status": "published", "grade": "partial", "taken_down": True})
        ev.at = datetime(2026, 3, 2, 0, 30)                 # 09:30 in Seoul
    login("rev_a")
    soup = BeautifulSoup(client.get("/review/documents/flag-1/audit").data, "html.parser")
    row = soup.select("table.events tbody tr")[-1]
    cells = [td.get_text(" ", strip=True) for td in row.select("td")]
    assert cells[0] == "2026-03-02 09:30", cells
    assert "상태: 검토 대기 → 공개됨" in cells[3], cells
    assert "게시 중단: 아니오 → 예" in cells[3], cells
    assert "공개구분" not in cells[3] and "status" not in cells[3] and "True" not in cells[3], cells
    csv_text = client.get("/review/documents/flag-1/audit.csv").get_data(as_text=True)
    assert "2026-03-02T09:30:00+09:00" in csv_text


def test_publish_and_withdraw_ask_for_confirmation(client, login, flagged, make_doc, instance):
    """A stray click publishes nothing: the form's "I have checked the masks" box is required
    (in the browser and again on the server); a withdrawal asks the same."""
    login("rev_a")
    page = client.get("/review/documents/flag-1").get_data(as_text=True)
    box = BeautifulSoup(page, "html.parser").select_one("#publish-form input#publish-confirm")
    assert box is not None and box.has_attr("required")
    resp = client.post("/review/documents/flag-1/publish", data={}, follow_redirects=True)
    assert "확인란에 표시해 주세요" in resp.get_data(as_text=True)
    assert _doc(instance, "flag-1").status == "review"
    make_doc("pub-c", "하천 정비 사업 결과 공고", title="하천 정비 결과")
    client.post("/review/documents/pub-c/withdraw", data={"reason": "다시 검토"})
    assert _doc(instance, "pub-c").status == "published"
    client.post("/review/documents/pub-c/withdraw", data={"reason": "다시 검토", "confirm": "yes"})
    assert _doc(instance, "pub-c").status == "review"


def test_a_nonpublic_document_shows_no_publish_button(client, login, make_doc):
    make_doc("np-2", "비공개 문서 본문", publish_now=False, grade="nonpublic", grounds=[5])
    login("rev_a")
    soup = BeautifulSoup(client.get("/review/documents/np-2").data, "html.parser")
    assert soup.select_one("#publish-form") is None and soup.select_one("#publish-button") is None
    assert "공개구분을 공개 또는 부분공개로 바꾸세요" in soup.select_one("#publish").get_text()


def test_withhold_on_several_grounds(client, login, flagged, instance):
    login("rev_a")
    client.post("/review/documents/flag-1/withhold", data={"comment": "x"})          # none chosen
    assert _doc(instance, "flag-1").status == "review"
    client.post("/review/documents/flag-1/withhold", data={"ground": ["4", "12"], "comment": "x"})
    assert _doc(instance, "flag-1").status == "review"                                 # 12 is no ground
    client.post("/review/documents/flag-1/withhold", data={"ground": ["4", "6"], "comment": "수사 중"})
    doc = _doc(instance, "flag-1")
    assert (doc.status, doc.grade) == ("withheld", "nonpublic")
    assert {4, 6} <= set(doc.grounds)
    assert doc.reasons[0] == "담당자 비공개 결정 (제9조제1항 제4호·제6호): 수사 중"


def test_an_official_finds_the_review_page_and_the_dashboard_from_anywhere(client, login, make_doc):
    make_doc("pub-l", "하천 정비 사업 결과 공고", title="하천 정비 결과")
    public = BeautifulSoup(client.get("/documents/pub-l").data, "html.parser")
    assert public.select_one(".official-link") is None                        # citizens: no link
    login("rev_a")
    public = BeautifulSoup(client.get("/documents/pub-l").data, "html.parser")
    assert public.select_one(".official-link a")["href"] == "/review/documents/pub-l"
    assert public.select_one(".site-nav a[href='/dashboard']") is not None


@pytest.mark.parametrize("recipient, shown", [
    ("hong.gildong@naver.com", "ho***@naver.com"),
    ("010-5555-0101", "010-****-0101"),
    ("01055550101", "010-****-0101"),
    ("dept-a@mapo.go.kr", "dept-a@mapo.go.kr"),                 # a public body's address stays
])
def test_a_citizens_contact_is_masked_in_the_officials_lists(recipient, shown):
    from web.labels import contact_masked

    assert contact_masked(recipient) == shown


def test_preview_shows_the_redacted_pdf_as_citizens_would_download_it(client, login, flagged, instance):
    import io

    import pdfplumber

    login("rev_a")
    resp = client.get("/review/documents/flag-1/preview.pdf")
    assert resp.status_code == 200 and resp.mimetype == "application/pdf"
    assert resp.headers["Cache-Control"] == "no-store"
    with pdfplumber.open(io.BytesIO(resp.data)) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert "건의" in text and NAME not in text and "5555" not in text
    assert _doc(instance, "flag-1").status == "review"                 # nothing published
    assert client.get("/documents/flag-1").status_code == 404
