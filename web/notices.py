"""Messages about questions: to the department that must answer, and to the citizen.

Messages go through the core outbox (``disclosure.notify``): they are committed first,
then sending is attempted once. A failing mail server leaves them pending for the next
``send_pending`` run; it never undoes or hides the question itself. Message bodies carry
the masked question only and never the citizen's contact details.
"""
from __future__ import annotations

import logging
from datetime import timedelta

from flask import current_app, url_for

from disclosure import db, notify
from disclosure.instance import Instance

log = logging.getLogger(__name__)


def department_address(department: str) -> str:
    cfg = current_app.config
    return (cfg.get("DEPARTMENT_EMAILS") or {}).get(department) or cfg["DEFAULT_DEPARTMENT_EMAIL"]


def _public_url(endpoint: str, **values) -> str:
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    return base + url_for(endpoint, **values)


def queue_question_received(s, q: db.Question, doc: db.Document) -> None:
    notify.queue(
        s, "email", department_address(doc.department),
        f"[정보공개 광장] 새 문의 {q.tracking}: {doc.title}",
        f"{doc.department} 담당자님,\n\n공개 문서 「{doc.title}」({doc.doc_number})에 "
        f"새 문의가 접수되었습니다.\n\n문의 내용(개인정보 가림 처리):\n"
        f"{q.body_masked or '(자동 가림 처리에 실패했습니다. 업무 화면에서 확인하세요.)'}\n\n"
        f"답변하기: {_public_url('review.question', qid=q.id)}\n")
    _to_citizen(s, q, f"[정보공개 광장] 문의가 접수되었습니다 ({q.tracking})",
                f"문의가 접수되었습니다. 접수번호 {q.tracking}\n"
                f"처리 상황: {_public_url('ask.status', tracking=q.tracking)}\n")


def queue_question_assigned(s, q: db.Question) -> None:
    """Step two of three (received → assigned → answered): the citizen hears of each."""
    _to_citizen(s, q, f"[정보공개 광장] 문의 담당자가 배정되었습니다 ({q.tracking})",
                f"문의({q.tracking})에 담당자가 배정되어 답변을 준비하고 있습니다.\n"
                f"처리 상황: {_public_url('ask.status', tracking=q.tracking)}\n")


def queue_question_answered(s, q: db.Question) -> None:
    _to_citizen(s, q, f"[정보공개 광장] 문의에 답변이 등록되었습니다 ({q.tracking})",
                f"문의({q.tracking})에 답변이 등록되었습니다.\n"
                f"답변 보기: {_public_url('ask.status', tracking=q.tracking)}\n")


_REPORT_STATE = {
    "taken_down": "신고된 값이 공개본에서 확인되어 문서를 공개 목록에서 내리고 검토 대기로 돌렸습니다.",
    "priority": "신고된 값이 공개본에서 확인되지 않아 문서는 공개 상태로 두었습니다. "
                "검토 대기열 맨 위에 우선 검토로 올렸으니 확인해 주세요.",
    "capped": "[긴급] 신고된 값이 공개본에서 확인되었으나, 시민 신고로 문서를 자동으로 내리는 "
              "한도에 도달해 문서를 내리지 않았습니다. 즉시 확인하고 필요하면 공개를 철회해 주세요.",
}


def queue_report(s, doc: db.Document, report_id: str, masked: str | None, outcome: str,
                 taken_down: bool, evidence: list[str] = ()) -> None:
    """A citizen reported unmasked personal data: the department and the disclosure office.

    The body carries the layer-1-masked report and the kinds of value found (never the
    values); the citizen's own words stay in the private store, where the review page's
    officials can read them."""
    state = _REPORT_STATE.get(outcome, _REPORT_STATE["priority"])
    if outcome == "taken_down" and not taken_down:
        state = "[긴급] 문서를 자동으로 내리지 못했습니다. 즉시 공개를 철회해 주세요."
    found = "".join(f"- {e}\n" for e in evidence)
    body = (f"공개 문서 「{doc.title}」({doc.doc_number or doc.id})에 대해 가려지지 않은 "
            f"개인정보가 있다는 시민 신고({report_id})가 접수되었습니다.\n{state}\n\n"
            + (f"공개본에서 확인된 것:\n{found}\n" if found else "")
            + f"신고 내용(개인정보 가림 처리):\n"
            f"{masked or '(자동 가림 처리에 실패했습니다. 비공개 저장소의 신고 원문을 확인하세요.)'}\n\n"
            f"검토하기: {_public_url('review.document', doc_id=doc.id)}\n")
    subject = f"[정보공개 광장] 개인정보 노출 신고 {report_id}: {doc.title}"
    for address in dict.fromkeys((department_address(doc.department),
                                  current_app.config["DEFAULT_DEPARTMENT_EMAIL"])):
        notify.queue(s, "email", address, subject, body)


def queue_report_cap_alert(s, cap: int, window: timedelta) -> None:
    """Citizens' reports reached the takedown cap: many at once may be an attack."""
    minutes = int(window.total_seconds() // 60)
    body = (f"최근 {minutes}분 동안 시민 신고로 자동으로 내린 문서가 한도({cap}건)에 "
            f"이르렀습니다.\n한도를 넘는 신고는 문서를 내리지 않고 검토 대기열 맨 위에 우선 "
            f"검토로 올립니다. 짧은 시간에 신고가 몰리는 것은 악용일 수 있으니 신고 목록을 "
            f"확인해 주세요.\n\n신고 목록: {_public_url('review.reports')}\n")
    cfg = current_app.config
    for address in dict.fromkeys(cfg.get("REPORT_ALERT_EMAILS") or [cfg["DEFAULT_DEPARTMENT_EMAIL"]]):
        notify.queue(s, "email", address,
                     f"[정보공개 광장][긴급] 시민 신고 자동 내림 한도({cap}건) 도달", body)


def _to_citizen(s, q: db.Question, subject: str, body: str) -> None:
    if not q.consent:
        return
    if q.email:
        notify.queue(s, "email", q.email, subject, body)
    if q.phone:
        notify.queue(s, "sms", q.phone, "", body)


def try_send(inst: Instance) -> None:
    """One delivery attempt; errors are logged and the messages stay in the outbox."""
    factory = current_app.config.get("NOTIFICATION_GATEWAYS")
    try:
        notify.send_pending(inst, factory(inst) if factory else None)
    except Exception:
        log.exception("sending notifications failed; they stay pending in the outbox")
