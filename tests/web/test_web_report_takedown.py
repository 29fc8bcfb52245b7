"""Reports of a missed mask: a takedown needs the quoted value readable in the public copy,
takedowns are capped across all addresses, and every report has a number to follow."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select, update

from disclosure import db
from web_support import DEPT_B

PHONE = "010-2345-6789"


def _doc(instance, doc_id):
    with instance.Session() as s:
        return s.get(db.Document, doc_id)


def _reports(instance):
    with instance.Session() as s:
        return list(s.scalars(select(db.CitizenReport).order_by(db.CitizenReport.id)))


def _events(instance, action):
    with instance.Session() as s:
        return list(s.scalars(select(db.Event).where(db.Event.action == action).order_by(db.Event.id)))


def _notifications(instance):
    with instance.Session() as s:
        return list(s.scalars(select(db.Notification).order_by(db.Notification.id)))


def _report(client, doc_id, details, addr="203.0.113.10"):
    resp = client.post(f"/documents/{doc_id}/report", data={"details": details},
                       environ_base={"REMOTE_ADDR": addr})
    assert resp.status_code == 303, resp.get_data(as_text=True)[:300]
    number = re.search(r"/reports/(R-\d{8}-[A-Z0-9]{10})$", resp.headers["Location"]).group(1)
    return number


def _state(client, number):
    page = BeautifulSoup(client.get(f"/reports/{number}").get_data(as_text=True), "html.parser")
    return page.select_one("#report-state")["data-state"]


@pytest.fixture
def phone_doc(make_doc):
    """A published document in which a citizen's mobile number was missed."""
    return make_doc("ph-1", f"도로 보수 민원 처리 결과\n민원인 연락처 {PHONE} 으로 결과를 알림.\n"
                            "담당: 주무관 이기안, 결재: 박결재 과장\n"
                            "문의: 도시계획과 02-2133-1234", title="도로 보수 민원 처리")


def test_anonymous_report_quoting_text_not_in_the_public_copy_leaves_document_up(
        client, instance, phone_doc, login):
    vague = _report(client, "ph-1", "이 문서에 개인정보가 있는 것 같아요. 내려 주세요.")
    wrong = _report(client, "ph-1", "연락처 010-1111-2222 가 보입니다", addr="203.0.113.11")
    assert _doc(instance, "ph-1").status == "published"
    assert client.get("/documents/ph-1").status_code == 200
    assert instance.search.search("보수").total == 1
    assert [(r.number, r.outcome, r.status) for r in _reports(instance)] == [
        (vague, "priority", "open"), (wrong, "priority", "open")]
    assert not _events(instance, "withdraw")
    assert _state(client, vague) == "priority"
    status_page = client.get(f"/reports/{wrong}").get_data(as_text=True)
    assert "010-1111-2222" not in status_page and "공개 상태로 유지" in status_page
    # the department hears of it as a priority, with the document still public
    bodies = [n.body for n in _notifications(instance) if wrong in n.subject]
    assert bodies and all("공개 상태로 두었습니다" in b and "010-1111-2222" not in b for b in bodies)
    # and it heads the officials' review queue, with its number and masked text
    login("rev_a")
    queue = BeautifulSoup(client.get("/review/").get_data(as_text=True), "html.parser")
    box = queue.select_one("#priority-reports")
    assert box is not None and vague in box.get_text() and wrong in box.get_text()
    assert "010-1111-2222" not in box.get_text() and "*" in box.get_text()


def test_report_quoting_a_phone_number_readable_in_the_public_copy_takes_it_down(
        client, instance, phone_doc, login):
    number = _report(client, "ph-1", "둘째 줄에 휴대전화 번호 01023456789 가 그대로 보입니다")
    doc = _doc(instance, "ph-1")
    assert doc.status == "review" and number in doc.reasons[0] and "전화번호" in doc.reasons[0]
    assert client.get("/documents/ph-1").status_code == 404
    assert instance.search.search("보수").total == 0
    [r] = _reports(instance)
    assert r.outcome == "taken_down" and r.evidence == [{"label": "PHONE", "where": "body"}]
    assert PHONE not in r.text_masked and "01023456789" not in r.text_masked
    [withdraw] = _events(instance, "withdraw")
    assert withdraw.actor == "citizen-report" and number in withdraw.comment
    [ev] = _events(instance, "citizen_report")
    assert ev.after["outcome"] == "taken_down" and ev.after["taken_down"] is True
    assert _state(client, number) == "taken_down"
    login("rev_a")                       # the official sees what was found, and the report
    page = BeautifulSoup(client.get("/review/documents/ph-1").get_data(as_text=True), "html.parser")
    section = page.select_one("#citizen-reports").get_text(" ", strip=True)
    assert number in section and "공개본 본문에서 확인: 전화번호" in section and "즉시 내림" in section


@pytest.mark.parametrize("details", [
    "문의처 전화번호 02-2133-1234 가 보입니다",            # an office line: public by the rules
    f"전화번호 {PHONE[:8]} 가 보여요",                     # too short to be an identifier
    "주무관 이기안 이름이 보입니다",                        # the drafter: an official
    "결재한 박결재 과장 이름이 나와요",                     # the approver: an official
])
def test_public_values_and_fragments_do_not_take_a_document_down(client, instance, phone_doc,
                                                                   details):
    _report(client, "ph-1", details)
    assert _doc(instance, "ph-1").status == "published"
    assert [r.outcome for r in _reports(instance)] == ["priority"]


def test_a_value_already_masked_does_not_take_a_document_down(client, instance, make_doc):
    make_doc("m-1", f"민원인 연락처 {PHONE}", private=[PHONE], labels={PHONE: "PHONE"})
    assert PHONE not in _doc(instance, "m-1").masked_text
    _report(client, "m-1", f"연락처 {PHONE} 가 보입니다")
    assert _doc(instance, "m-1").status == "published"


def test_a_failing_layer1_does_not_take_a_document_down(client, instance, phone_doc):
    class Broken:
        def detect(self, *a, **kw):
            raise RuntimeError("layer 1 down")
    instance.layer1 = Broken()
    number = _report(client, "ph-1", f"연락처 {PHONE} 가 보입니다")
    assert _doc(instance, "ph-1").status == "published"
    [r] = _reports(instance)
    assert (r.number, r.outcome, r.text_masked) == (number, "priority", "")


def test_takedowns_stop_at_the_global_cap_and_the_department_is_alerted(app, client, instance,
                                                                         make_doc):
    cap = app.config["REPORT_TAKEDOWN_CAP"]
    assert cap < 30
    for i in range(30):
        make_doc(f"c{i}", f"민원 처리 결과 {i}\n민원인 연락처 010-5000-{i:04d}")
    for i in range(30):                                  # 30 valid reports, 30 addresses
        _report(client, f"c{i}", f"연락처 010-5000-{i:04d} 가 그대로 보입니다",
                addr=f"198.51.100.{i + 1}")
    outcomes = [r.outcome for r in _reports(instance)]
    assert outcomes == ["taken_down"] * cap + ["capped"] * (30 - cap)
    statuses = [_doc(instance, f"c{i}").status for i in range(30)]
    assert statuses == ["review"] * cap + ["published"] * (30 - cap)
    assert len(_events(instance, "withdraw")) == cap
    caps = _events(instance, "report_cap")
    assert len(caps) == 30 - cap and [e.after["alerted"] for e in caps] == [True] + [False] * (29 - cap)
    alerts = [n for n in _notifications(instance) if "한도" in n.subject]
    assert len(alerts) == 1 and alerts[0].recipient == "disclosure@localhost"
    assert f"{cap}건" in alerts[0].body and "http://plaza.test/review/reports" in alerts[0].body
    urgent = [n for n in _notifications(instance) if "c29" in n.body or "결과 29" in n.body]
    assert all("[긴급]" in n.body for n in urgent)
    # an hour later the window has moved on: a valid report takes a document down again
    with instance.Session.begin() as s:
        s.execute(update(db.CitizenReport).values(
            created_at=db.CitizenReport.created_at - timedelta(hours=2)))
    _report(client, "c29", "연락처 010-5000-0029 가 보입니다", addr="198.51.100.200")
    assert _doc(instance, "c29").status == "review"


def test_report_status_pages_and_lookup(client, instance, phone_doc):
    number = _report(client, "ph-1", "개인정보가 보여요")
    assert client.get(f"/reports/{number}").status_code == 200
    assert client.get("/reports/R-20250101-AAAAAAAAAA").status_code == 404
    assert client.get("/reports/../../etc").status_code == 404
    resp = client.get("/reports", query_string={"number": number.lower()})
    assert resp.status_code == 302 and resp.headers["Location"].endswith(f"/reports/{number}")
    bad = client.get("/reports", query_string={"number": "12345"}).get_data(as_text=True)
    assert "형식이 올바르지 않습니다" in bad
    en = client.get(f"/reports/{number}?lang=en").get_data(as_text=True)
    assert "Report status" in en and "Under priority review" in en


def test_officials_close_a_report_and_the_citizen_sees_it(client, instance, phone_doc, login,
                                                          make_doc):
    number = _report(client, "ph-1", "개인정보가 보여요")
    make_doc("other", "복지 안내", department=DEPT_B)
    other = _report(client, "other", "이름이 보여요", addr="203.0.113.12")
    login("rev_a")
    page = BeautifulSoup(client.get("/review/documents/ph-1").get_data(as_text=True), "html.parser")
    section = page.select_one("#citizen-reports")
    assert number in section.get_text() and "개인정보가 보여요" in section.get_text()
    listing = client.get("/review/reports").get_data(as_text=True)
    assert number in listing and other not in listing            # own department only
    assert client.post(f"/review/reports/{other}/close", data={"resolution": "x"}).status_code == 403
    client.post(f"/review/reports/{number}/close", data={"resolution": ""})
    assert _reports(instance)[0].status == "open"                 # a note is required
    client.post(f"/review/reports/{number}/close", data={"resolution": "확인 결과 개인정보 없음"})
    r = _reports(instance)[0]
    assert (r.status, r.closed_by, r.resolution) == ("closed", "rev_a", "확인 결과 개인정보 없음")
    [ev] = _events(instance, "report_close")
    assert ev.actor == "rev_a" and ev.after == {"report": number, "status": "closed"}
    assert _state(client, number) == "closed"
    assert "확인 결과 개인정보 없음" not in client.get(f"/reports/{number}").get_data(as_text=True)
    queue = BeautifulSoup(client.get("/review/").get_data(as_text=True), "html.parser")
    assert queue.select_one("#priority-reports") is None
