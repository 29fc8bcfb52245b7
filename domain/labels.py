"""The one table of personal-information labels.

Every layer reads its facts about a label from here: layer 1 which labels a rule may
emit, which of two overlapping values wins, and what a label says about a table row or
a list item; the redaction and the web pages what people read on a removed value. A
new label that rules find by pattern alone is one row here plus its YAML rule.

Columns:

* ``code`` — the stable code stored in the database and in the JSONL format;
* ``ko`` / ``en`` — what people read (the tag on a removed value, review pages, the
  statistics page in either language: ``web.labels.label_name``);
* ``private_row`` — a value of this label in a table row makes the row a private
  person's row (its name cell, birth date and address cells are then masked);
* ``strong`` — evidence that a row or a listed item belongs to a private person (an
  office line or a public building's address is not);
* ``identity`` — a number of an identity document: a row that holds one is a register of
  people, whoever else it names;
* ``identifier`` — identifies one person by itself: a line that held one is a record
  about a person (the second screen reads such lines);
* ``repeated`` — a value written again verbatim elsewhere in the document is the same
  value (an address in a table and again in the account of what happened there): once
  found, every copy is masked;
* ``sensitive`` — a special category (health, registration numbers): a document about
  one person that holds it needs a person's decision;
* ``detectable`` — layer 1 may emit it (``REDACTED`` comes only from the drafter's own
  list of terms to mask).

The table's order is the priority when two detections cover the same characters: the
earlier label wins (an RRN inside a longer span stays an RRN).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    code: str
    ko: str
    en: str
    private_row: bool = False
    strong: bool = False
    identity: bool = False
    identifier: bool = False
    repeated: bool = False
    sensitive: bool = False
    detectable: bool = True


TABLE: tuple[Label, ...] = (
    Label("KR_RRN", "주민등록번호", "resident registration number",
          private_row=True, strong=True, identity=True, identifier=True, repeated=True, sensitive=True),
    Label("KR_FRN", "외국인등록번호", "alien registration number",
          private_row=True, strong=True, identity=True, identifier=True, repeated=True, sensitive=True),
    Label("CARD_NUMBER", "카드번호", "card number",
          strong=True, identifier=True, repeated=True),
    Label("KR_DRIVER_LICENSE", "운전면허번호", "driver's licence number",
          strong=True, identity=True, identifier=True, repeated=True),
    Label("KR_PASSPORT", "여권번호", "passport number",
          strong=True, identity=True, identifier=True, repeated=True),
    Label("BANK_ACCOUNT", "계좌번호", "bank account number",
          private_row=True, strong=True, identifier=True, repeated=True),
    Label("PHONE", "전화번호", "phone number",
          identifier=True, repeated=True),
    Label("EMAIL", "전자우편", "E-mail",
          strong=True, identifier=True, repeated=True),
    Label("IP_ADDRESS", "IP 주소", "IP address",
          strong=True),
    Label("VEHICLE_PLATE", "차량번호", "vehicle registration number",
          repeated=True),
    Label("BIRTH_DATE", "생년월일", "date of birth",
          private_row=True, strong=True),
    Label("ADDRESS", "주소", "address",
          repeated=True),
    Label("HEALTH_INFO", "건강정보", "health information",
          private_row=True, strong=True, sensitive=True),
    Label("PERSON", "성명", "name",
          private_row=True, strong=True),
    Label("REDACTED", "기안자 지정 가림", "drafter-marked term",
          detectable=False),
)

BY_CODE: dict[str, Label] = {label.code: label for label in TABLE}
#: what a citizen reads on a value of an unknown label
FALLBACK_KO = "개인정보"

#: labels layer 1's rules and models may emit
DETECTABLE: tuple[str, ...] = tuple(label.code for label in TABLE if label.detectable)
#: every label, the winner of an overlap first
PRIORITY: tuple[str, ...] = tuple(label.code for label in TABLE)
PRIVATE_ROW: frozenset[str] = frozenset(label.code for label in TABLE if label.private_row)
STRONG: frozenset[str] = frozenset(label.code for label in TABLE if label.strong)
IDENTITY: frozenset[str] = frozenset(label.code for label in TABLE if label.identity)
IDENTIFIER: frozenset[str] = frozenset(label.code for label in TABLE if label.identifier)
REPEATED: frozenset[str] = frozenset(label.code for label in TABLE if label.repeated)
SENSITIVE: frozenset[str] = frozenset(label.code for label in TABLE if label.sensitive)
#: Korean names by code (the review pages and the tags on removed values)
KO: dict[str, str] = {label.code: label.ko for label in TABLE}


def ko(code: str) -> str:
    """The Korean name of a label (the general word for an unknown one)."""
    label = BY_CODE.get(code)
    return label.ko if label else FALLBACK_KO
