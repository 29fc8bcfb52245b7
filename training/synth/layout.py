"""Header and footer layouts wrapped around a family's body.

Four Korean layouts (top ``key: value`` block, the 공문 layout with 수신/제목 on top
and the approval line at the bottom, a boxed header, a report layout with a 결재
table at the end) and an English one. The drafter's 공개여부 is printed in each:
it is what the publishing system sees, and it is deliberately wrong sometimes.
All names printed here are officials in role and never spans, except a private
addressee on the 수신 line of a 공문-style letter.
"""
from __future__ import annotations

from . import values as V
from .context import Ctx
from .doc import Doc, Ent

KO_LAYOUTS = ("kv", "gongmun", "boxed", "report")

GROUND_KO = {1: "제1호", 2: "제2호", 3: "제3호", 4: "제4호", 5: "제5호", 6: "제6호", 7: "제7호", 8: "제8호"}


def marked_text(c: Ctx, grade: str, grounds: list[int], en: bool) -> str:
    r = c.rng
    g = ",".join(str(x) for x in grounds)
    if en:
        return {"public": "Public", "partial": f"Partially public (Art. 9(1) {g})",
                "nonpublic": f"Not public (Art. 9(1) {g})"}[grade]
    if grade == "public":
        return r.choice(["공개", "공개", "대시민공개"])
    word = "부분공개" if grade == "partial" else "비공개"
    return r.choice([f"{word}({g})", f"{word}(법 제9조제1항{'·'.join(GROUND_KO[x] for x in grounds)})", f"{word} ({g}호)"])


def _approval_names(c: Ctx) -> tuple[str, str, str]:
    return (f"{c.drafter_rank} {c.drafter}", f"{c.reviewer_rank} {c.reviewer}",
            f"{c.approver_rank} {c.approver}" + ("(전결)" if c.approver_rank in ("과장", "팀장", "국장") and c.rng.random() < 0.5 else ""))


def wrap(c: Ctx, title: str, body: Doc, marked: str, recipient) -> Doc:
    r = c.rng
    d = Doc()
    dr, rv, ap = _approval_names(c)
    date = V.kdate(c.y, c.m, c.d, r.randint(0, 3))
    if c.lang == "en" and c.layout != "kv":
        d.line("Seoul Metropolitan Government")
        d.line(c.department)
        d.line(f"Document No.: {c.doc_number}")
        d.line(f"Drafted by: {c.drafter} ({c.drafter_rank})")
        d.line(f"Reviewed by: {c.reviewer} ({c.reviewer_rank})")
        d.line(f"Approved by: {c.approver} ({c.approver_rank})")
        d.line(f"Date: {c.approved_at}")
        d.line(f"Disclosure: {marked}")
        d.blank()
        d.line(f"Subject: {title}")
        d.blank()
        return d.extend(body)
    if c.layout == "kv":
        d.line(c.org)
        d.line(c.section if not c.office else f"{c.office} {c.section}")
        sep = r.choice([": ", "  ", " : "])
        for k, v in [("문서번호", c.doc_number), ("기안자", dr), ("검토자", rv), ("결재권자", ap), ("시행일자", date), ("공개여부", marked)]:
            if r.random() < 0.3 and len(k) == 3:
                k = " ".join(k)
            d.line(k, sep, v)
        d.blank()
        d.line(f"제목{sep}{title}")
        d.blank()
        return d.extend(body)
    if c.layout == "boxed":
        bar = "─" * 36
        d.line("┌" + bar + "┐")
        d.line("  ", title)
        d.line("└" + bar + "┘")
        d.line(f"□ 부서: {c.department}   □ 문서번호: {c.doc_number}")
        d.line(f"□ 결재: {dr} → {rv} → {ap}")
        d.line(f"□ 시행일: {date}   □ 공개구분: {marked}")
        d.blank()
        return d.extend(body)
    if c.layout == "report":
        d.line(title)
        d.blank()
        d.line(" " * r.randint(20, 40) + date)
        d.line(" " * r.randint(20, 40) + c.department)
        d.blank()
        d.extend(body)
        d.blank()
        d.line("[결재]")
        d.line(f"담당 {c.drafter_rank} {c.drafter} | {rv} | {ap}")
        d.line(f"공개 구분: {marked}")
        return d
    # gongmun
    d.line(c.org)
    d.blank()
    if isinstance(recipient, Ent):
        d.line("수신  ", recipient, r.choice([" 귀하", " 님 귀하"]))
    else:
        d.line(f"수신  {recipient or '내부결재'}")
    d.line("(경유)")
    d.line(f"제목  {title}")
    d.blank()
    d.extend(body)
    d.blank()
    d.line(f"{c.org}{'장' if not c.district else '청장'}" + r.choice(["", "  [직인생략]"]))
    d.blank()
    if r.random() < 0.5:
        d.line(f"{dr}    {rv}    {ap}")
    else:
        d.line(f"기안자 {dr}  검토자 {rv}  결재권자 {ap}")
    d.line("협조자")
    d.line(f"시행  {c.doc_number} ({date})    접수")
    name, addr = (V.PUBLIC_BUILDINGS[0] if not c.district else
                  next((b for b in V.PUBLIC_BUILDINGS if b[0].startswith(c.district[:-1])), V.PUBLIC_BUILDINGS[0]))
    d.line(f"우 {V.postal_code(r)}  {addr} / {'www.seoul.go.kr' if not c.district else name}")
    d.line(f"전화 {c.office_tel}  전송 {V.office_line(r, c.district)} / {c.office_mail} / {marked}")
    return d
