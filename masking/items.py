"""Items of a list about persons: a name heads an item whose lines hold their data.

Payment lists, award lists and incident reports often give each person an item rather
than a table row::

    1. 홍길동                         가. 홍길동 (지원액 450,000, 농협 301-...)
       기관명 : ○○대학교 교수
       입금계좌 : 301-1234-5678-91    ■ Maria Santos
                                         계좌번호: 110-...

The head of the item (after its number or bullet) is the person; the item is theirs up
to the next head, a blank line or a line that is not indented under it. When the item
holds a personal identifier that was found (an account, a mobile, a birth date, an
address), the name that heads it is a private person's. Officials (a rank in the item
head, the document's own officials) stay visible, as everywhere.
"""
from __future__ import annotations

import re

from domain import labels

from . import morphology
from .rows import _LATIN_NAME, MOBILE_SOURCES

# a bullet or number, then the head: one to four words, and optionally a bracket
_HEAD = re.compile(
    r"^[ \t]*(?:\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\)|[가-하][.)]|[○◎■□●◆◇▶▷·\-*※◦•①-⑳])[ \t]*"
    r"(?P<name>[^\s(（:：,|]{1,12}(?: [^\s(（:：,|]{1,12}){0,3}?)[ \t]*(?:[(（].*)?$")
_MAX_LINES = 14

# a record written inline: a number (an examinee's, an applicant's), a name and maybe a
# date, parted by commas or slashes (합격자: 325039, 원은서, 2004. 12. 5. ...)
_INLINE_RECORD = re.compile(
    r"\d(?<![\d,.\-]\d)\d{4,7}(?:,| /)\s*(?P<name>[가-힣]{2,5}|[가-힣]{1,2} [가-힣]{1,3})(?=,| /|\.|$)"
    r"(?:(?:,| /)\s*(?P<date>(?:19|20)?\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\.?|(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
    r"|(?:19|20)\d{2}년\s?\d{1,2}월\s?\d{1,2}일))?", re.MULTILINE)

#: labels that make an item a private person's: a row's (domain.labels.STRONG) but a name, which
#: may be the head itself, and with an address (and a mobile: rows.MOBILE_SOURCES)
EVIDENCE = (labels.STRONG - {"PERSON"}) | {"ADDRESS"}


def item_heads(text: str):
    """(name start, name end, item end) of every list item in ``text``."""
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    out = []
    for i, (base, line) in enumerate(lines):
        m = _HEAD.match(line)
        if not m:
            continue
        indent = len(line) - len(line.lstrip())
        end = base + len(line)
        for b, nxt in lines[i + 1:i + 1 + _MAX_LINES]:
            if not nxt.strip() or _HEAD.match(nxt) or len(nxt) - len(nxt.lstrip()) <= indent:
                break
            end = b + len(nxt)
        out.append((base + m.start("name"), base + m.end("name"), end))
    return out


def private_item_names(text, cands, rows, officials, covered):
    """(start, end, evidence label) of each item-heading name whose item holds evidence
    of a private person. ``rows`` is the RowReasoner (its name shapes and ranks)."""
    evidence = sorted(((c.start, c.end, c.label) for c in cands if c.score >= 0.5 and (
        c.label in EVIDENCE or (c.label == "PHONE" and c.source in MOBILE_SOURCES))))
    if not evidence:
        return []
    out = []
    for s, e, item_end in item_heads(text):
        name = text[s:e]
        if covered(s, e) or name in officials or rows.names.official_context(text, s, e):
            continue
        if not (rows.plain_name(name) or _LATIN_NAME.match(name)
                or (rows.foreign_name_shaped(name) and not rows._rank(name))):
            continue
        hit = next((lab for a, b, lab in evidence if e <= a and b <= item_end), None)
        if hit:
            out.append((s, e, hit))
    return out


# a roster line: a bullet, a name, and the person's record after a colon or in a bracket
# (- 송채원 : 학교 관악고등학교 / 학년 3학년 …; ○ 길수아 (양천고등학교 · 학년 1학년 …))
_ROSTER_LINE = re.compile(
    r"^[ \t]*(?:\d{1,3}[.)]|[가-하][.)]|[○◎■□●◆◇▶▷·\-*◦•])[ \t]*"
    r"(?P<name>[가-힣]{2,5}|[가-힣](?: [가-힣]){1,3}|[가-힣]{1,2} [가-힣]{1,3}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})"
    r"[ \t]*(?:[:：][ \t]*\S|[(（][^()\n]{6,}[)）][ \t]*$)", re.MULTILINE)
#: how many roster lines in a row make a roster (fewer is as likely a list of topics)
ROSTER_MIN = 3


def roster_names(text, rows, officials):
    """(start, end) of the names of a roster: at least :data:`ROSTER_MIN` consecutive
    lines that each open with a bullet and a name followed by that person's record, most
    of whose heads are names (a list of topics, 개요 : …, 근거 : …, has no name shapes).
    Officials in role stay visible."""
    lines = list(_ROSTER_LINE.finditer(text))
    runs, run = [], []
    for m in lines:
        if run and text.count("\n", run[-1].end(), m.start()) > 1:
            runs.append(run)
            run = []
        run.append(m)
    if run:
        runs.append(run)
    out = []
    for run in runs:
        named = [m for m in run if not _a_word(m.group("name")) and (
            rows.plain_name(m.group("name")) or rows.foreign_name_shaped(m.group("name"))
            or _spaced_name(rows, m.group("name")))]
        if len(run) < ROSTER_MIN or len(named) * 3 < len(run) * 2:
            continue
        for m in named:
            s, e = m.span("name")
            record = text[e:text.find("\n", e) if "\n" in text[e:] else len(text)]
            if m.group("name") in officials or rows.names.official_context(text, s, e) or rows._rank(record) \
                    or any(w in record for w in rows.official_roles) or rows.names.corporate_word(record) \
                    or "사업자등록번호" in record:
                continue    # an official in role (소속 팀장), a company's line ((주)다온물산)
            out.append((s, e))
    return out


# a chat exported line by line: [speaker] [오후 7:37] message (KakaoTalk and the like)
_CHAT_LINE = re.compile(r"^[ \t]*\[(?P<name>[^\[\]\n]{2,16})\][ \t]*\[(?:오전|오후|AM|PM)?[ \t]?\d{1,2}:\d{2}\]",
                        re.MULTILINE)


def chat_speakers(text, rows, officials):
    """(start, end) of every line-opening speaker of an exported chat whose label is a
    person's name (the office's own label, 성북구청, and nicknames stay as they are)."""
    if "[" not in text or ":" not in text:
        return []
    out = []
    for m in _CHAT_LINE.finditer(text):
        name = m.group("name").strip()
        s = m.start("name") + m.group("name").find(name)
        e = s + len(name)
        if name in officials or rows._organisation(name) or _a_word(name) or rows.names.corporate_word(name):
            continue
        if rows.plain_name(name) or rows.foreign_name_shaped(name) or _spaced_name(rows, name):
            out.append((s, e))
    return out


def _a_word(name: str) -> bool:
    """A key spaced out or a word, not a name (사 건, 원 고, 기탁처, 근거)."""
    core = name.replace(" ", "")
    return bool(re.fullmatch(r"[가-힣]+", core)) and (
        morphology.known_common_noun(core) or morphology.dictionary_word(core)
        or morphology.dictionary_compound(core) or morphology.never_a_name(core))


def _spaced_name(rows, name: str) -> bool:
    parts = name.split(" ")
    return len(parts) > 1 and (parts[0] in rows.names.surnames or parts[0] in rows.names.surnames2)


def inline_records(text, rows, officials):
    """(start, end, label) of the name, and the date if one follows, of each record
    written inline as a number, a name and a date: a list of examinees or applicants in
    running text. The name must be no ordinary word and no official in role."""
    out = []
    for m in _INLINE_RECORD.finditer(text):
        s, e = m.span("name")
        name = m.group("name")
        if name in officials or rows.names.official_context(text, s, e):
            continue
        spaced = " " in name and (name.split(" ")[0] in rows.names.surnames
                                  or name.split(" ")[0] in rows.names.surnames2)
        if not (rows.plain_name(name) or spaced):
            continue
        out.append((s, e, "PERSON"))
        if m.group("date"):
            out.append((*m.span("date"), "BIRTH_DATE"))
    return out
