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

from disclosure.models import Extracted

from . import limits
from .errors import ExtractionError
from .markup import extract_html
from .office import extract_docx
from .pdf import extract_pdf
from .plain import extract_txt

__all__ = ["extract", "ExtractionError", "SUPPORTED_SUFFIXES", "MAX_BYTES"]

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
    """Extract the text of ``path``; raise ``ExtractionError`` if it cannot be trusted."""
    path = Path(path)
    suffix = path.suffix.lower()
    handler = _HANDLERS.get(suffix)
    if handler is None:
        raise ExtractionError(
            f"{path.name}: unsupported file type {suffix or '(no suffix)'!r}; "
            f"supported: {', '.join(SUPPORTED_SUFFIXES)}"
        )
    try:
        if not path.is_file():
            raise ExtractionError(f"{path.name}: not a regular file")
        size = path.stat().st_size
        if size > max_bytes:
            raise ExtractionError(f"{path.name}: file is {size} bytes, larger than the limit of {max_bytes}")
        if size == 0:
            raise ExtractionError(f"{path.name}: empty file (0 bytes)")
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(f"{path.name}: cannot read file: {exc.strerror or exc}") from exc
    # The size may change between stat and read (file still being written).
    if len(data) > max_bytes:
        raise ExtractionError(f"{path.name}: file is {len(data)} bytes, larger than the limit of {max_bytes}")
    try:
        result = handler(data)
        limits.check_text(result.text)      # whatever the format: layer 1 never sees more
    except ExtractionError as exc:
        raise ExtractionError(f"{path.name}: {exc}") from exc
    if not result.text.strip():
        raise ExtractionError(f"{path.name}: no text found in the {result.format.upper()} file")
    return result
