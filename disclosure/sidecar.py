"""Read the approval metadata sidecar (<stem>.json) that sits beside a source file.

The sidecar drives decisions that protect people: ``redact`` lists terms the drafter
wants masked, ``drafter``/``approver`` tell layer 1 which names are officials acting in
their role, ``marked_grade`` is the drafter's 공개여부. A sidecar that is read wrongly
is worse than none, so reading is strict and fails closed:

* malformed JSON, a non-object, duplicate keys, or a field of the wrong type raise
  ``SidecarError`` (no coercion of ``"6"`` to 6, no silent dropping);
* unknown keys raise too: a typo such as ``"redacts"`` would otherwise silently
  disable masking of the listed terms;
* a ``file`` naming another source file raises: that is a mispaired sidecar, and
  applying another document's officials list would unmask real names. The ``id`` is
  the approval system's and may differ from the file name.

No sidecar at all is normal (a plain upload): the result is ``DocumentMeta(id=stem)``.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
from pathlib import Path
from typing import Any

from disclosure.safe_files import UnsafeSourceError, read_source
from domain.types import GRADES, META_FIELDS, DocumentMeta

#: Keys a sidecar may carry besides the DocumentMeta fields (the inbox adds "file").
EXTRA_KEYS = frozenset({"file"})
MAX_SIDECAR_BYTES = 1_000_000
_LIST_FIELDS = {"marked_grounds", "redact"}
#: Art. 9(1) of the Official Information Disclosure Act has items 1-8.
_GROUNDS = range(1, 9)


class SidecarError(Exception):
    """The sidecar exists but cannot be trusted; the message says why, in one line."""


ID_MAX = 128
# Letters and digits of any script, and - _ . ( ) [ ] · and spaces inside: a document id
# is a path segment of every public address (/documents/<id>) and names files.
_ID_SHAPE = re.compile(r"[^\W_](?:[\w\-.()\[\] ·]*[\w)\]])?")


def id_problem(doc_id: str) -> str | None:
    """Why ``doc_id`` cannot be a document id, or None when it can."""
    if not doc_id:
        return "문서 id가 비어 있습니다"
    if len(doc_id) > ID_MAX:
        return f"문서 id가 {len(doc_id)}자로, {ID_MAX}자를 넘습니다"
    if ".." in doc_id or not _ID_SHAPE.fullmatch(doc_id):
        return (f"문서 id {doc_id[:80]!r}에는 글자, 숫자, 빈칸과 - _ . ( ) [ ] · 만 쓸 수 있습니다 "
                "(글자나 숫자로 시작하고 끝나야 하며, '/'와 '..'는 쓸 수 없습니다)")
    return None


def sidecar_path(source: Path) -> Path:
    return Path(source).with_suffix(".json")


def read_sidecar(source: Path) -> DocumentMeta:
    """Metadata for ``source`` from ``<stem>.json`` beside it, or ``DocumentMeta(id=stem)``."""
    source = Path(source)
    path = sidecar_path(source)
    if path == source:
        raise SidecarError(f"{source.name}: a .json file is a sidecar, not a source document")
    if not path.exists() and not path.is_symlink():
        return DocumentMeta(id=source.stem)
    try:
        raw = read_source(path, MAX_SIDECAR_BYTES)
    except UnsafeSourceError as exc:
        raise SidecarError(f"sidecar {exc}") from exc
    except ValueError as exc:
        raise SidecarError(f"{path.name}: sidecar larger than {MAX_SIDECAR_BYTES} bytes") from exc
    except OSError as exc:
        raise SidecarError(f"{path.name}: cannot read sidecar: {exc.strerror or exc}") from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_no_duplicates,
                          parse_constant=_reject_constant)
    except UnicodeDecodeError as exc:
        raise SidecarError(f"{path.name}: sidecar is not UTF-8 (invalid byte at offset {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise SidecarError(f"{path.name}: malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    except ValueError as exc:
        raise SidecarError(f"{path.name}: {exc}") from exc
    if not isinstance(data, dict):
        raise SidecarError(f"{path.name}: sidecar must be a JSON object, not {type(data).__name__}")
    _validate(data, path, source)
    meta = DocumentMeta.from_dict(data)
    if not meta.id:
        meta.id = source.stem
    return meta


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ValueError(f"invalid JSON constant {name}")


def _validate(data: dict, path: Path, source: Path) -> None:
    name = path.name
    unknown = sorted(set(data) - set(META_FIELDS) - EXTRA_KEYS)
    if unknown:
        raise SidecarError(f"{name}: unknown field(s) {', '.join(map(repr, unknown))}; allowed: {', '.join(META_FIELDS + tuple(sorted(EXTRA_KEYS)))}")
    for key, value in data.items():
        if value is None:
            continue                        # null = unknown, like a missing key
        if key in _LIST_FIELDS:
            if not isinstance(value, list):
                raise SidecarError(f"{name}: field {key!r} must be a list, not {type(value).__name__}")
            want = int if key == "marked_grounds" else str
            for item in value:
                # bool is an int subclass; true is not a ground number.
                if not isinstance(item, want) or isinstance(item, bool):
                    raise SidecarError(f"{name}: field {key!r} must hold {want.__name__}s, found {item!r}")
        elif not isinstance(value, str):
            raise SidecarError(f"{name}: field {key!r} must be a string, not {type(value).__name__} ({value!r})")
    grade = data.get("marked_grade") or ""
    if grade and grade not in GRADES:
        raise SidecarError(f"{name}: marked_grade {grade!r} is not one of {', '.join(GRADES)}")
    for ground in data.get("marked_grounds") or []:
        if ground not in _GROUNDS:
            raise SidecarError(f"{name}: marked_grounds item {ground} is not an Art. 9(1) item (1-8)")
    approved = data.get("approved_at") or ""
    if approved:
        try:
            _dt.datetime.fromisoformat(approved)
        except ValueError:
            raise SidecarError(f"{name}: approved_at {approved!r} is not an ISO date (YYYY-MM-DD)") from None
    doc_id = data.get("id")
    if doc_id is not None:
        problem = id_problem(doc_id)
        if problem:
            raise SidecarError(f"{name}: {problem}")
    file_name = data.get("file") or ""
    if file_name and file_name != source.name:
        raise SidecarError(f"{name}: file {file_name!r} does not match the source file {source.name!r} (mispaired sidecar?)")
