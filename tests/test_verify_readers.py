"""Verification reads the public PDF with two independent readers (PDFium and pypdf):
a masked value left in the file is caught, also when either reader alone sees nothing."""
from __future__ import annotations

import pytest

from test_redact_pdf import locate, rotated_pdf

from disclosure.extract import extract
from disclosure.redact import make_public_pdf, verify, verify_pdf

VALUES = [("PERSON", "김영수"), ("PHONE", "010-2345-6789"), ("KR_RRN", "900101-1234567")]


@pytest.fixture()
def leaky(tmp_path):
    """The source PDF itself, as if the redaction had handed back the original."""
    path = rotated_pdf(tmp_path / "source.pdf")
    ex = extract(path)
    return path.read_bytes(), ex.text, locate(ex.text, VALUES)


def test_every_masked_value_left_in_the_file_is_caught(leaky):
    data, text, dets = leaky
    verdict = verify_pdf(data, text, dets, expected_pages=2)
    assert sorted(verdict.leaks) == sorted(v for _, v in VALUES)
    assert not verdict.ok


@pytest.mark.parametrize("blind", ["pdfium", "pypdf"])
def test_each_reader_alone_still_catches_a_leak(leaky, monkeypatch, blind):
    data, text, dets = leaky
    real = verify.extracted_texts

    def one_blind(d):
        pdfium_text, pypdf_text, count = real(d)
        return ("", pypdf_text, count) if blind == "pdfium" else (pdfium_text, "", count)

    monkeypatch.setattr(verify, "extracted_texts", one_blind)
    verdict = verify_pdf(data, text, dets, expected_pages=2)
    assert sorted(verdict.leaks) == sorted(v for _, v in VALUES)


def test_a_clean_public_pdf_passes_and_keeps_its_words(tmp_path):
    path = rotated_pdf(tmp_path / "source.pdf")
    ex = extract(path)
    made = make_public_pdf(path, ex.text, locate(ex.text, VALUES), extracted=ex)
    assert made.verdict.ok, (made.verdict.leaks, made.verdict.problems)
    assert "둘째" in made.verdict.text and "김영수" not in made.verdict.text
