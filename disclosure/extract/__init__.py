"""Turn a source file (PDF, DOCX, TXT, HTML) into ``Extracted`` text for layer 1.

Layer 1 detects personal information on this text, so the contract is fidelity or
failure: either the text is the document's text (values such as phone numbers and
addresses intact, table cells kept apart, line breaks where the document has them) or
``ExtractionError`` is raised with a one-line reason. Nothing is ever returned
half-read; doubtful-but-usable situations are listed in ``Extracted.warnings``.

Checks common to every format live here (suffix, size, emptiness, the character
limit of ``limits``); each format has its own small module.
"""
from __future__ import annotations

from pathlib import Path

from disclosure.safe_files import read_source
from domain.types import Extracted

from . import limits
from .errors import ExtractionError
from .markup import extract_html
from .office import extract_docx
from .pdf import extract_pdf
from .plain import extract_txt

__all__ = ["extract", "extract_bytes", "ExtractionError", "SUPPORTED_SUFFIXES", "MAX_BYTES"]

#: Approved documents are a few pages; 25 MiB leaves room for scans-with-text while
#: refusing files that would make the parser the bottleneck (or a zip/PDF bomb).
MAX_BYTES = 25 * 1024 * 1024

_HANDLERS = {
    ".pdf": extract_pdf,
    ".docx": extract_docx,
    ".txt": extract_txt,
    ".html": extract_html,
    ".htm": extract_html,
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_HANDLERS)


def extract(path: Path, max_bytes: int = MAX_BYTES) -> Extracted:
    """Extract the text of ``path``; raise ``ExtractionError`` if it cannot be trusted.
    A symbolic link is never followed (:func:`disclosure.safe_files.read_source`)."""
    path = Path(path)
    _handler(path.name)
    if not path.is_symlink() and not path.is_file():
        raise ExtractionError(f"{path.name}: not a regular file")
    try:
        data = read_source(path, max_bytes)
    except ValueError as exc:
        raise ExtractionError(f"{path.name}: {exc}") from exc
    except OSError as exc:
        raise ExtractionError(f"{path.name}: cannot read file: {exc.strerror or exc}") from exc
    return extract_bytes(path.name, data, max_bytes)


def extract_bytes(name: str, data: bytes, max_bytes: int = MAX_BYTES) -> Extracted:
    """Extract the text of a file named ``name`` from its bytes, read once by the caller
    (so what is hashed and kept is what was extracted)."""
    handler = _handler(name)
    if len(data) > max_bytes:
        raise ExtractionError(f"{name}: file is {len(data)} bytes, larger than the limit of {max_bytes}")
    if not data:
        raise ExtractionError(f"{name}: empty file (0 bytes)")
    try:
        result = handler(data)
        limits.check_text(result.text)      # whatever the format: layer 1 never sees more
    except ExtractionError as exc:
        raise ExtractionError(f"{name}: {exc}") from exc
    if not result.text.strip():
        raise ExtractionError(f"{name}: no text found in the {result.format.upper()} file")
    return result


def _handler(name: str):
    suffix = Path(name).suffix.lower()
    handler = _HANDLERS.get(suffix)
    if handler is None:
        raise ExtractionError(
            f"{name}: unsupported file type {suffix or '(no suffix)'!r}; "
            f"supported: {', '.join(SUPPORTED_SUFFIXES)}"
        )
    return handler
