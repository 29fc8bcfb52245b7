"""Is the value a citizen's report quotes actually readable in the public copy?

A report of a missed mask takes its document down at once only on evidence: the report
quotes a value that looks like personal information, and that very value can be read
in what the public sees (the masked text, the title and the public metadata). Anything
else (a vague complaint, a value that is masked already, a value that is not in the
document at all) leaves the document up and goes to the officials as a priority.

What counts as a quoted value:

- whatever layer 1 finds in the report's text (a mobile number, an RRN, an e-mail...);
- identifiers by their shape alone, which a report states without the context layer 1
  would need: mobile numbers, RRN/FRN-shaped numbers, e-mail addresses;
- name-shaped words (:mod:`disclosure.personal_words`) of three syllables or more, or of
  two when layer 1 marked them as a name: "김누락 이름이 보여요" has no role word.

What does not count, because it is public by the rules layer 1 applies
(``rules/exemptions.yaml``, ``rules/recognizers/person.yaml``): an office number or a
landline on an official contact line, a government or organisational e-mail address, a
corporate registration number, and a name that stands beside an official's rank or
role (주무관 김영수) or is one of the document's officials (drafter, approver). Quoting
an official's name therefore does not take a document down.

The result names the kind of value and where it was read, never the value itself, so
it can go into the database, the audit log and the officials' e-mails.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from disclosure import personal_words
from disclosure.public_fields import public_meta
from domain import labels
from domain.types import DocumentMeta

# By shape alone (without layer 1): an identifier a person has, whatever the context.
_SHAPES = (
    ("PHONE", re.compile(r"(?<!\d)01[016789][\s.\-]?\d{3,4}[\s.\-]?\d{4}(?!\d)")),
    ("KR_RRN", re.compile(r"(?<!\d)\d{6}[\s\-]?[1-8]\d{6}(?!\d)")),
    ("EMAIL", re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")),
)
_MOBILE = re.compile(r"^01[016789]")
_MIN_DIGITS = 8                 # a shorter number is not an identifier worth a takedown
_MIN_TEXT = 4                   # nor a shorter phrase (addresses, other labels)
_SEP = r"[\s.\-()]{0,3}"
PLACES_KO = {"body": "본문", "title": "제목", "meta": "문서 정보"}


@dataclass(frozen=True)
class Evidence:
    label: str          # the kind of value (layer 1's labels)
    where: str          # body / title / meta

    def as_dict(self) -> dict:
        return {"label": self.label, "where": self.where}

    def ko(self) -> str:
        return (f"{labels.ko(self.label)}: 신고된 값이 공개본 "
                f"{PLACES_KO.get(self.where, self.where)}에서 그대로 보임")


def public_copy(doc) -> list[tuple[str, str]]:
    """(where, text) of everything the public sees of ``doc`` (a ``db.Document``)."""
    fields = [doc.doc_number, doc.department, doc.doc_type, doc.approved_at] + [
        public_meta(doc, k) for k in ("drafter", "approver", "organization", "category", "retention")]
    return [("body", doc.masked_text or ""), ("title", doc.title or ""),
            ("meta", "\n".join(v for v in fields if v))]


def _officials(doc) -> str:
    meta = doc.meta or {}
    return " ".join(str(meta.get(k) or "") for k in ("drafter", "approver"))


def _candidates(layer1, rules, quote: str) -> list[tuple[str, str]]:
    """(label, value) the report quotes, layer 1's first; raises if layer 1 fails."""
    found = [(d.label, quote[d.start:d.end]) for d in layer1.detect(quote, DocumentMeta(id="report"))]
    for label, rx in _SHAPES:
        found += [(label, m.group()) for m in rx.finditer(quote)]
    layer1_names = {v for label, v in found if label == "PERSON"}
    for word in personal_words.name_shaped_words(quote, rules):
        if len(word) >= 3 or word in layer1_names:
            found.append(("PERSON", word))
    return list(dict.fromkeys(found))


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _pattern(label: str, value: str) -> re.Pattern | None:
    digits = _digits(value)
    if len(digits) >= _MIN_DIGITS and len(digits) * 2 >= len(re.sub(r"[\s.\-()+]", "", value)):
        # a number: the same digits with any separators between them, and no more digits
        return re.compile(r"(?<!\d)" + _SEP.join(digits) + r"(?!\d)")
    if label == "PERSON":
        return re.compile(r"(?<![가-힣A-Za-z])" + re.escape(value.strip()))
    value = re.sub(r"\s+", " ", value.strip())
    if len(value) < _MIN_TEXT or not re.search(r"[^\W\d_]", value):
        return None
    return re.compile(r"\s+".join(map(re.escape, value.split(" "))), re.IGNORECASE)


def _public_here(rules, doc, label: str, value: str, text: str, m: re.Match) -> bool:
    """True when this occurrence is public by the rules (an official's, a company's)."""
    ex, names = rules.exempt, rules.names
    if label == "PERSON":
        return (names.official_context(text, m.start(), m.end())
                or m.group() in _officials(doc))
    if label == "EMAIL" or "@" in value:
        return bool(ex.email(m.group()) or ex.official_email(text, m.start(), m.group()))
    digits = _digits(value)
    if label == "PHONE" or (len(digits) in (9, 10, 11) and digits.startswith("0")):
        if _MOBILE.match(digits):
            return False
        return ex.office_phone(m.group()) or bool(ex.official_line(text, m.start()))
    if label in ("KR_RRN", "KR_FRN"):
        line = text[max(0, m.start() - 40):m.start()].rsplit("\n", 1)[-1]
        return any(w in line for w in ex.cfg.corporate_number_words)
    return False


def readable_in_public_copy(layer1, rules, quote: str, doc) -> list[Evidence]:
    """The personal values ``quote`` names that can be read in ``doc``'s public copy.

    Raises when layer 1 or the rules fail: the caller then treats the report as
    unconfirmed (priority review), never as a reason to take a document down blindly."""
    out: list[Evidence] = []
    copy = public_copy(doc)
    for label, value in _candidates(layer1, rules, quote):
        rx = _pattern(label, value)
        if rx is None:
            continue
        for where, text in copy:
            if label == "PERSON" and where == "meta":
                continue                      # the metadata names officials only
            if any(not _public_here(rules, doc, label, value, text, m) for m in rx.finditer(text)):
                out.append(Evidence(label, where))
                break
    return list(dict.fromkeys(out))
