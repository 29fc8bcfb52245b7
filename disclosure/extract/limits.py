"""How much text one document may have, checked while it is read.

Approved documents are a few pages (the development corpus: at most 3,502 characters).
Layer 1 costs time and memory in proportion to the text: on a text dense with personal
information it took 8.6 s and 450 MB (peak RSS) for 300,000 characters, and a 65 KB
DOCX that expanded to 6.5 M characters ran for two minutes and 1.1 GB before spaCy
refused it (``max_length`` is 1,000,000). So a document longer than :data:`MAX_CHARS`
(about 150 dense A4 pages) is refused as soon as extraction passes the limit, before
any parser builds a tree of the whole thing where that can be known from the size, and
layer 1 refuses such a text too (``masking.engine``), whoever hands it over.
"""
from __future__ import annotations

from domain.limits import MAX_CHARS

from .errors import ExtractionError

#: Bytes of DOCX XML (one part) parsed into a tree; markup is rarely more than ~20 bytes
#: per character of text, so this refuses before parsing what is far too long. lxml
#: builds the tree of 12.6 MB of body XML in under 100 MB.
MAX_MARKUP_BYTES = 16 * 1024 * 1024
#: Bytes of HTML: BeautifulSoup's tree is far bigger (16 MB of HTML took 1.1 GB and
#: 47 s), and a page of a few approved pages is well under 1 MB.
MAX_HTML_BYTES = 4 * 1024 * 1024
#: No text encoding needs more than 4 bytes per character (UTF-8, UTF-32), so a text
#: file longer than this has more than MAX_CHARS characters whatever its encoding.
BYTES_PER_CHAR = 4


def too_long(count: int, limit: int | None = None, *, at_least: bool = True) -> ExtractionError:
    """The error for a document with ``count`` characters (or more, when reading stopped)."""
    limit = MAX_CHARS if limit is None else limit
    more = " 이상" if at_least else ""
    return ExtractionError(
        f"글자 수({count:,}자{more})가 한 문서의 한도 {limit:,}자를 넘어 처리하지 않았습니다"
        f"(결재 문서는 보통 몇 쪽입니다). 문서를 나누어 다시 넣으세요")


def too_much_markup(part: str, size: int, limit: int | None = None) -> ExtractionError:
    limit = MAX_MARKUP_BYTES if limit is None else limit
    return ExtractionError(
        f"{part}의 크기가 {size:,}바이트로 한도 {limit:,}바이트를 넘어 읽지 않았습니다: "
        f"글자가 한 문서의 한도 {MAX_CHARS:,}자를 넘는 문서입니다. 문서를 나누어 다시 넣으세요")


def check_markup(part: str, size: int) -> None:
    if size > MAX_MARKUP_BYTES:
        raise too_much_markup(part, size)


def check_html(size: int) -> None:
    if size > MAX_HTML_BYTES:
        raise too_much_markup("HTML 파일", size, MAX_HTML_BYTES)


def check_bytes(size: int) -> None:
    """Refuse, before decoding, a text file that must have more than MAX_CHARS characters."""
    if size > BYTES_PER_CHAR * MAX_CHARS + BYTES_PER_CHAR:     # + a byte-order mark
        raise too_long(size // BYTES_PER_CHAR)


def check_text(text: str) -> str:
    if len(text) > MAX_CHARS:
        raise too_long(len(text), at_least=False)
    return text


class Budget:
    """Counts characters as they are read; raises as soon as the limit is passed."""

    def __init__(self, limit: int | None = None) -> None:
        self.limit = MAX_CHARS if limit is None else limit
        self.used = 0

    def take(self, n: int) -> None:
        self.used += n
        if self.used > self.limit:
            raise too_long(self.used, self.limit)

    def take_all(self, texts) -> None:
        self.take(sum(len(t) for t in texts))
