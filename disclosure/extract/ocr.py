"""Text inside pictures: Tesseract OCR (Korean + English) through ``tesserocr``.

A picture in a document (a scanned ID card, a photographed form, a table pasted as an
image) can hold personal information that no text layer has. Its text is read here so
that layer 1 sees it; the format modules decide where it goes (``pdf_images`` for PDF
pages, ``office`` for DOCX).

Why tesserocr: it is a maintained binding (PyPI wheels bundle libtesseract 5, so
nothing is compiled) that keeps the model loaded in the process: a small picture takes
10-40 ms, where pytesseract starts the ``tesseract`` program and loads the Korean model
again for every picture (~150-250 ms). The models themselves are Debian's
``tesseract-ocr-kor`` and ``tesseract-ocr-eng`` (``scripts/install-system-packages.sh``);
nothing is downloaded at run time.

Reading is deterministic (same pixels, same words): a PDF is extracted again when its
public copy is made and must give the very same text. The last ``MEMO_SIZE`` readings
are remembered by their pixels, so that second extraction (and a letterhead logo on
every page) costs a hash, not a reading.

When the engine or its Korean model is missing, :func:`engine_problem` says so in plain
Korean and the callers turn it into an extraction warning, which sends the document to
review: a picture that could not be read is never published as if it had no text.
"""
from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("kor", "eng")
#: Where Debian (and a source build) put the models; ``TESSDATA_PREFIX``, when set, is
#: the only place looked at (Tesseract's own convention).
TESSDATA_DIRS = ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                 "/usr/share/tessdata", "/usr/local/share/tessdata")
#: White margin added around a picture: text touching the edge or a frame drawn round
#: the picture otherwise confuses Tesseract's line finding.
BORDER = 20
#: A picture whose readable words average less than this confidence (0-100) was not
#: read reliably; nor was one with a word of ``NUMBER_DIGITS`` digits or more below
#: ``MIN_NUMBER_CONFIDENCE`` (identifiers are numbers, and one misread digit hides
#: them from layer 1; a lone "1" read from a slash is no identifier).
MIN_MEAN_CONFIDENCE = 70.0
MIN_NUMBER_CONFIDENCE = 60.0
NUMBER_DIGITS = 3
#: Pictures are shrunk to at most this many pixels before reading (an A4 page at
#: 300 dpi is 8.7 million): bounds the time one picture can take.
MAX_PIXELS = 9_000_000
#: Readings remembered by the pixels they were read from.
MEMO_SIZE = 256

#: The line put before the text read from a picture, in the extracted text (and so in
#: the masked text citizens read): the words below it were not typed, they were seen.
MARK = "[그림 속 글자(자동 인식)]"


class OcrUnavailable(RuntimeError):
    """The OCR engine or its models are not installed; the message is plain Korean."""


@dataclass(frozen=True)
class Word:
    """One word read from a picture, in the picture's pixels (top-left origin)."""

    text: str
    confidence: float
    x0: float
    top: float
    x1: float
    bottom: float
    line: tuple[int, int, int]         # Tesseract's (block, paragraph, line)

    @property
    def readable(self) -> bool:
        """Has a letter, a Hangul syllable or a digit (not only strokes or punctuation)."""
        return any(ch.isalnum() for ch in self.text)


@dataclass(frozen=True)
class Reading:
    words: tuple[Word, ...]

    @property
    def has_text(self) -> bool:
        return any(w.readable for w in self.words)

    @property
    def mean_confidence(self) -> float:
        scored = [w for w in self.words if w.readable]
        if not scored:
            return 100.0
        return sum(w.confidence * len(w.text) for w in scored) / sum(len(w.text) for w in scored)

    def doubt(self) -> str | None:
        """Why this reading cannot be trusted (plain Korean), or None."""
        if not self.has_text:
            return None
        mean = self.mean_confidence
        if mean < MIN_MEAN_CONFIDENCE:
            return f"그림 속 글자를 확실히 읽지 못했습니다(인식 신뢰도 평균 {mean:.0f}점, 기준 {MIN_MEAN_CONFIDENCE:.0f}점)"
        weak = [w for w in self.words if sum(ch.isdigit() for ch in w.text) >= NUMBER_DIGITS
                and w.confidence < MIN_NUMBER_CONFIDENCE]
        if weak:
            return (f"그림 속 숫자 {len(weak)}개를 확실히 읽지 못했습니다"
                    f"(인식 신뢰도 {min(w.confidence for w in weak):.0f}점, 기준 {MIN_NUMBER_CONFIDENCE:.0f}점)")
        return None


def find_tessdata() -> Path | None:
    """The folder holding every model of ``LANGUAGES``, or None."""
    prefix = os.environ.get("TESSDATA_PREFIX")
    candidates = [Path(prefix), Path(prefix) / "tessdata"] if prefix else [Path(d) for d in TESSDATA_DIRS]
    for folder in candidates:
        if all((folder / f"{lang}.traineddata").is_file() for lang in LANGUAGES):
            return folder
    return None


class _Engine:
    """One Tesseract instance for the process (loading the Korean model takes ~0.15 s),
    used under a lock: a Tesseract instance must not read two pictures at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._api = None
        self._folder: Path | None = None
        self._memo: OrderedDict[tuple, Reading] = OrderedDict()

    def problem(self) -> str | None:
        try:
            import tesserocr  # noqa: F401
        except ImportError as exc:
            return f"글자 인식(OCR) 모듈 tesserocr를 불러올 수 없습니다({exc})"
        if find_tessdata() is None:
            return ("글자 인식(OCR) 한국어 모델이 설치되어 있지 않습니다"
                    "(Debian 패키지 tesseract-ocr, tesseract-ocr-kor)")
        return None

    def read(self, image) -> Reading:
        problem = self.problem()
        if problem:
            raise OcrUnavailable(problem)
        from PIL import ImageOps

        grey, factor = _prepare(image)
        padded = ImageOps.expand(grey, BORDER, fill=255)
        folder = find_tessdata()
        key = (hashlib.sha256(padded.tobytes()).digest(), padded.size, factor, folder)
        with self._lock:
            reading = self._memo.get(key) if MEMO_SIZE else None
            if reading is None:
                api = self._open(folder)
                api.SetImage(padded)
                tsv = api.GetTSVText(0)
                api.Clear()
                reading = Reading(tuple(_words(tsv, factor)))
                self._memo[key] = reading
                if len(self._memo) > MEMO_SIZE:
                    self._memo.popitem(last=False)
            else:
                self._memo.move_to_end(key)
        return reading

    def _open(self, folder: Path):
        import tesserocr

        if self._api is not None and self._folder == folder:
            return self._api
        if self._api is not None:
            self._api.End()
        try:
            api = tesserocr.PyTessBaseAPI(path=str(folder) + os.sep, lang="+".join(LANGUAGES),
                                          psm=tesserocr.PSM.SINGLE_BLOCK,
                                          oem=tesserocr.OEM.LSTM_ONLY)
        except RuntimeError as exc:
            raise OcrUnavailable(f"글자 인식(OCR) 엔진을 시작할 수 없습니다({exc})") from exc
        # Leptonica's adaptive Otsu, not the global one: on a blurred or faint copy inside
        # a frame the global threshold finds no text at all (nothing read, no doubt),
        # the adaptive one reads it or at least reads it with low confidence.
        api.SetVariable("thresholding_method", "1")
        self._api, self._folder = api, folder
        return api


def _prepare(image):
    """Greyscale, shrunk below ``MAX_PIXELS``; returns the image and the factor that maps
    its pixels back to the given image's."""
    grey = image.convert("L")
    pixels = grey.width * grey.height
    if pixels <= MAX_PIXELS:
        return grey, 1.0
    factor = (pixels / MAX_PIXELS) ** 0.5
    size = (max(int(grey.width / factor), 1), max(int(grey.height / factor), 1))
    return grey.resize(size), grey.width / size[0]


def _words(tsv: str, factor: float):
    """Word rows of Tesseract's TSV (level 5), in the caller's pixels."""
    for row in tsv.splitlines():
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        left, top, width, height = (int(c) for c in cols[6:10])
        x0, y0 = (left - BORDER) * factor, (top - BORDER) * factor
        yield Word(cols[11].strip(), float(cols[10]), x0, y0,
                   x0 + width * factor, y0 + height * factor,
                   (int(cols[2]), int(cols[3]), int(cols[4])))


_ENGINE = _Engine()


def engine_problem() -> str | None:
    """None when pictures can be read here; otherwise why not, in plain Korean."""
    return _ENGINE.problem()


def read_image(image) -> Reading:
    """The words in a PIL image. Raises ``OcrUnavailable`` when there is no engine."""
    return _ENGINE.read(image)


def lines_of(words) -> list[list[Word]]:
    """Words grouped into Tesseract's lines, in reading order, split syllables joined."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    return [join_syllables(line) for line in lines.values()]


def join_syllables(line: list[Word]) -> list[Word]:
    """Runs of two or more one-syllable Hangul words become one word.

    The Korean model often cuts a word into its syllables ("서 울 특별시 강서구 화 곡 로");
    layer 1 reads "서울 특별시 강서구 화곡로" as an address, the cut form not. A run of
    lone syllables is almost never real Korean text, so joining it loses nothing."""
    out: list[Word] = []
    run: list[Word] = []
    for w in [*line, None]:
        if w is not None and len(w.text) == 1 and "가" <= w.text <= "힣":
            run.append(w)
            continue
        if len(run) >= 2:
            out.append(Word("".join(r.text for r in run), min(r.confidence for r in run),
                            min(r.x0 for r in run), min(r.top for r in run),
                            max(r.x1 for r in run), max(r.bottom for r in run), run[0].line))
        else:
            out.extend(run)
        run = []
        if w is not None:
            out.append(w)
    return out
