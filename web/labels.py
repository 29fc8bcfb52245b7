"""Korean names for the codes the core stores (grades, statuses, labels, legal grounds).

The database keeps stable English codes; people read Korean. Keeping the mapping in one
module means a template never shows a raw code by accident, and unknown codes fall back
to the code itself instead of failing.

The names citizens read (grades, question steps, legal grounds) are marked with ``N_``
and translated when a template renders them, so the English site says "Partial
disclosure" while the tables (and the officials' pages, which use them too) keep
plain Korean strings that compare and serialise like any other ``str``.
"""
from __future__ import annotations

import re
from datetime import datetime

from flask import Flask
from flask_babel import gettext

from disclosure import reason_text
from disclosure.db import utcnow
from domain import labels, lifecycle
from domain.dates import seoul_text
from domain.limits import CONTACT_RETENTION_DAYS
from web.i18n import N_, current_lang

GRADE_KO = {"public": N_("공개"), "partial": N_("부분공개"), "nonpublic": N_("비공개")}
PUBLIC_GRADES = lifecycle.PUBLIC_GRADES   # the only grades a published document can carry
STATUS_KO = lifecycle.STATUS_KO

DETECTION_STATUS_KO = {"auto": "자동 탐지", "accepted": "가림 확인", "rejected": "가림 해제",
                       "added": "직접 추가"}

QUESTION_STATUS_KO = {"received": N_("접수"), "assigned": N_("담당자 배정"), "answered": N_("답변 완료")}
QUESTION_STEPS = ("received", "assigned", "answered")

LABEL_KO = labels.KO     # the one label table (domain.labels)

# 「공공기관의 정보공개에 관한 법률」 제9조제1항 각 호 (short names for forms and lists).
GROUNDS_KO = {
    1: N_("법령상 비밀·비공개 사항"),
    2: N_("국가안전보장·국방·통일·외교"),
    3: N_("국민의 생명·신체·재산 보호"),
    4: N_("재판·수사·형 집행 등"),
    5: N_("감사·감독·의사결정 과정 등"),
    6: N_("개인의 사생활 비밀·자유"),
    7: N_("법인 등의 경영·영업상 비밀"),
    8: N_("부동산 투기·매점매석 등"),
}

ACTION_KO = {
    "ingest": "접수", "publish": "공개", "withdraw": "공개 철회", "withhold": "비공개 결정",
    "verification_failed": "공개 전 검증 실패", "detection_accept": "가림 확인",
    "detection_reject": "가림 해제", "detection_add": "가림 추가", "grade_change": "공개구분 변경",
    "remask": "가림 재적용", "question_assign": "문의 담당 배정", "question_answer": "문의 답변",
    "citizen_report": "시민 신고", "notifications_retry": "알림 재발송",
    "login": "로그인", "login_failed": "로그인 실패", "logout": "로그아웃",
    "report_cap": "신고 자동 내림 한도 초과", "report_close": "시민 신고 처리 완료",
    "withdraw_complete": "공개 철회 완료", "withdraw_incomplete": "공개 철회 삭제 미완료",
    "public_cleanup": "남은 공개본 정리", "contact_purge": "문의 연락처 파기",
}


#: the fields an audit entry compares, in Korean (the English page shows the field's code)
AUDIT_FIELD_KO = {
    "status": "상태", "decision": "결정", "grade": "공개구분", "grounds": "비공개 근거",
    "release_date": "공개 예정일", "taken_down": "게시 중단", "user": "사용자", "role": "권한",
    "department": "부서", "password": "비밀번호", "address": "연락처", "result": "결과",
    "question": "문의", "report": "신고", "rules_version": "규칙 버전", "requeued_failed": "다시 보낸 알림",
    "label": "종류", "start": "시작 위치", "end": "끝 위치", "value": "값", "masked": "가림",
    "active": "사용 여부", "comment": "의견", "title": "제목", "contact": "연락처",
}
_DECISION_KO = {"publish": "공개", "review": "검토", "withhold": "비공개"}


def _audit_value(key: str, value) -> str:
    """A before/after value as a person reads it."""
    if value in (None, "", [], {}):
        return "-"
    if isinstance(value, bool):
        return "예" if value else "아니오"
    if key == "status":
        return str(STATUS_KO.get(value, value))
    if key == "grade":
        return gettext(GRADE_KO.get(value, value))
    if key == "decision":
        return _DECISION_KO.get(value, value)
    if key == "grounds" and isinstance(value, list):
        return ", ".join(f"제{g}호" for g in value)
    if key == "password":
        return "변경함" if value == "changed" else "-"
    if value == "erased":
        return "파기함"
    if key == "label":
        return LABEL_KO.get(value, value)
    return str(value)


def audit_changes(event) -> list[str]:
    """What an audit entry changed, one line a field (상태: 검토 대기 → 공개), only the
    fields whose value changed; on the English page the codes and stored values."""
    before, after = event.before or {}, event.after or {}
    english = current_lang() == "en"
    lines = []
    for key, new in after.items():
        old = before.get(key)
        if old == new:
            continue
        if english:
            lines.append(f"{key}: {'-' if old in (None, '') else old} → {new}")
        else:
            name = AUDIT_FIELD_KO.get(key, key.replace("_", " "))
            lines.append(f"{name}: {_audit_value(key, old)} → {_audit_value(key, new)}")
    return lines


_OFFICIAL_MAIL = re.compile(r"@(?:[\w-]+\.)*(?:go\.kr|seoul\.kr)$", re.I)


def contact_masked(recipient: str) -> str:
    """A citizen's e-mail address or phone number as an official's list shows it: enough
    to tell two apart (ho***@naver.com, 010-****-5678), not enough to contact the person;
    a public body's address stays whole."""
    value = (recipient or "").strip()
    if "@" in value:
        local, _, domain = value.rpartition("@")
        if _OFFICIAL_MAIL.search(value):
            return value
        return f"{local[:2]}***@{domain}"
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 8:
        return f"{digits[:3]}-****-{digits[-4:]}"
    return (value[:2] + "***") if value else "-"


def label_name(code: str) -> str:
    """A label's name in the page's language, from the one label table (the code itself
    for an unknown one)."""
    label = labels.BY_CODE.get(code)
    if label is None:
        return code
    return label.en if current_lang() == "en" else label.ko


def grade_ko(code: str) -> str:
    return gettext(GRADE_KO[code]) if code in GRADE_KO else (code or "-")


def grounds_ko(grounds) -> str:
    items = [int(g) for g in (grounds or []) if str(g).isdigit()]
    return ", ".join(gettext("제%(n)s호(%(name)s)", n=g, name=gettext(GROUNDS_KO[g]) if g in GROUNDS_KO else "?")
                     for g in items) or "-"


def question_status_ko(code: str) -> str:
    return gettext(QUESTION_STATUS_KO[code]) if code in QUESTION_STATUS_KO else code


def age_days(when: datetime | None, now: datetime | None = None) -> int:
    if when is None:
        return 0
    return max(0, ((now or utcnow()) - when).days)


def register_template_filters(app: Flask) -> None:
    app.jinja_env.filters.update(
        grade_ko=grade_ko, grounds_ko=grounds_ko,
        status_ko=lambda c: STATUS_KO.get(c, c),
        det_status_ko=lambda c: DETECTION_STATUS_KO.get(c, c),
        question_status_ko=question_status_ko,
        label_ko=lambda c: LABEL_KO.get(c, c),
        # why a span was masked and why a document is where it is: plain Korean (the
        # English lines on the English interface), never a rule id or a bare score
        det_reason=lambda d: reason_text.detection_reason(d.reason or "", d.label, current_lang()),
        source_kind=lambda src: reason_text.source_kind(src or "", current_lang()),
        doc_reason=lambda r: reason_text.decision_reason(r or "", current_lang()),
        action_ko=lambda c: ACTION_KO.get(c, c),
        age_days=age_days,
        dt=seoul_text,                  # stored in UTC, shown in Seoul time
        changes=audit_changes,
        contact_masked=contact_masked,
    )
    app.jinja_env.globals.update(CONTACT_RETENTION_DAYS=CONTACT_RETENTION_DAYS, GRADE_KO=GRADE_KO, GROUNDS_KO=GROUNDS_KO, LABEL_KO=LABEL_KO,
                                 QUESTION_STEPS=QUESTION_STEPS, STATUS_KO=STATUS_KO,
                                 QUESTION_STATUS_KO=QUESTION_STATUS_KO)
