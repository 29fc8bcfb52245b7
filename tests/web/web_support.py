"""Helpers shared by the web tests (importable by name: pytest puts tests/web on sys.path).

``RegexLayer1`` is a real, if tiny, layer 1: it finds mobile numbers, e-mail addresses
and resident registration numbers and masks them with ``*``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from domain.types import Detection

DEPT_A, DEPT_B = "도시계획과", "복지정책과"
PASSWORD = "correct horse battery"

_PATTERNS = (
    ("PHONE", re.compile(r"01[016789]-?\d{3,4}-?\d{4}")),
    ("EMAIL", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("KR_RRN", re.compile(r"\d{6}-[1-4]\d{6}")),
)


@dataclass
class MaskResult:
    text: str
    spans: list


class RegexLayer1:
    def detect(self, text, meta=None):
        return [Detection(m.start(), m.end(), label, 0.95, f"test:{label}", "test regex")
                for label, pat in _PATTERNS for m in pat.finditer(text)]

    def mask(self, text, dets):
        chars = list(text)
        spans = []
        for d in dets:
            for i in range(d.start, d.end):
                if not chars[i].isspace():
                    chars[i] = "*"
            spans.append((d.start, d.end))
        return MaskResult("".join(chars), spans)


def wait_text(browser, css: str, expected: str, message: str | None = None) -> None:
    """Wait (30 s at most) until the page a click loads shows ``expected`` in ``css``:
    right after a click the old page may still be there, or vanish under our feet (an
    element of it stale, or, as chromedriver also says, "Node with given id does not
    belong to the document")."""
    from selenium.common.exceptions import (NoSuchElementException, StaleElementReferenceException,
                                            WebDriverException)
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def shown(d):
        try:
            return expected in d.find_element(By.CSS_SELECTOR, css).text
        except (NoSuchElementException, StaleElementReferenceException):
            return False
        except WebDriverException as e:
            if "does not belong to the document" in str(e):
                return False
            raise
    WebDriverWait(browser, 30).until(shown, message=message or f"{css} never showed {expected!r}")

