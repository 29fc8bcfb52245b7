"""What reading pictures by OCR costs a PDF page: extraction, and making the public PDF.

usage: python benchmarks/ocr_bench.py [--repeat N]

Three one-page PDFs of the same text: no picture; an ID card picture covering 8 % of the
page (two lines); a dense picture covering 29 % (eight lines). Prints, per page, the
median milliseconds of: extraction without the OCR memo (what ingesting costs),
extraction again with it (what publishing adds: it extracts the PDF again), OCR alone,
and making + verifying the public PDF without the memo (burn, and reading the burned
picture again).
"""
from __future__ import annotations

import io
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from disclosure.extract import extract, ocr, pdf_images  # noqa: E402
from disclosure.redact import make_public_pdf  # noqa: E402
from domain.types import Detection  # noqa: E402

ID_LINES = ["주민등록증 사본", "신청인 박민수 / 900101-1234567"]
VALUES = [("박민수", "PERSON"), ("900101-1234567", "KR_RRN")]


def picture(lines: list[str], size: tuple[int, int], font_px: int) -> bytes:
    import pylopdf_fonts_ko
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", size, (250, 250, 245))
    draw = ImageDraw.Draw(image)
    draw.rectangle([4, 4, size[0] - 5, size[1] - 5], outline=(60, 60, 60), width=4)
    font = ImageFont.truetype(str(pylopdf_fonts_ko.sans_path()), font_px)
    for i, line in enumerate(lines):
        draw.text((36, 40 + i * int(font_px * 1.8)), line, font=font, fill=(20, 20, 20))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def page(path: Path, png: bytes | None, rect) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from disclosure.redact.fonts import korean_font

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(korean_font(), 11)
    for i, line in enumerate(["민원 처리 결과 보고", "1. 민원 개요", "가. 접수 번호: 2026-0412",
                              "나. 민원 내용: 도로 보수 요청에 따른 처리 결과를 보고합니다."]):
        c.drawString(72, 780 - 18 * i, line)
    if png:
        c.drawImage(ImageReader(io.BytesIO(png)), *rect)
    c.showPage()
    c.save()
    return path


def median_ms(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return 1000 * statistics.median(runs)


def main(argv: list[str]) -> None:
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 5
    folder = Path(tempfile.mkdtemp())
    cases = [
        ("no picture", page(folder / "plain.pdf", None, None)),
        ("ID card, 8 % of the page", page(folder / "id.pdf", picture(ID_LINES, (700, 360), 34),
                                          (72, 420, 280, 144))),
        ("dense picture, 29 %", page(folder / "dense.pdf", picture(
            ID_LINES + ["주소 서울특별시 강서구 화곡로 88"] * 6, (1400, 1000), 40), (72, 100, 450, 320))),
    ]
    extract(cases[1][1])                                    # load the model and the fonts
    print(f"{'page':28s} {'extract':>8s} {'again':>8s} {'OCR':>8s} {'public PDF':>11s}  (ms, median of {repeat})")
    for name, path in cases:
        ex = extract(path)
        dets = [Detection(m.start(), m.end(), label, 1.0, "bench")
                for value, label in VALUES for m in re.finditer(re.escape(value), ex.text)]

        extract(path)
        again = median_ms(lambda: extract(path), repeat)
        memo, ocr.MEMO_SIZE = ocr.MEMO_SIZE, 0              # every picture really read
        first = median_ms(lambda: extract(path), repeat)
        regions = {0: [tuple(r[1:]) for r in ex.image_regions]} if ex.image_regions else {}
        crops = pdf_images.render_regions(path.read_bytes(), regions) if regions else {}
        alone = median_ms(lambda: [ocr.read_image(im) for ims in crops.values() for im in ims],
                          repeat) if crops else 0.0
        made = make_public_pdf(path, ex.text, dets, extracted=ex)
        assert made.verdict.ok, (made.verdict.leaks, made.verdict.problems)
        public = median_ms(lambda: make_public_pdf(path, ex.text, dets, extracted=ex), repeat)
        ocr.MEMO_SIZE = memo
        print(f"{name:28s} {first:8.0f} {again:8.0f} {alone:8.0f} {public:11.0f}")


if __name__ == "__main__":
    main(sys.argv[1:])
