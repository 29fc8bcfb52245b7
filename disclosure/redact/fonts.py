"""The Korean font for everything the redaction writes as text (labels, text layer,
renderings of non-PDF sources).

reportlab's built-in CID fonts need no font file and are never embedded: viewers
substitute a Korean font of their own, and pdfplumber/pypdf map the text back through
the standard UniKS-UCS2-H encoding. So a fresh machine needs nothing installed and
nothing is downloaded at run time.

Rasterising is another matter: pdfium draws a font that a PDF does not embed with a
font of the machine's, and a machine with no Korean font draws no Hangul at all, so a
burned page would lose every Korean word that is not masked. ``pdfium_korean_fonts``
hands pdfium the Noto Sans KR / Noto Serif KR files shipped by the ``pylopdf-fonts-ko``
package (SIL OFL) as user font paths, once, before any page is rendered.
"""
from __future__ import annotations

import ctypes
import threading

_PDFIUM_READY = False
#: pdfium is not thread-safe, and the web server publishes from request threads: every
#: use of pdfium (burning pages here, reading pictures in ``disclosure.extract``) holds it.
PDFIUM_LOCK = threading.Lock()
_PDFIUM_INIT = threading.Lock()

GOTHIC = "HYGothic-Medium"
MYEONGJO = "HYSMyeongJo-Medium"


def korean_font(name: str = GOTHIC) -> str:
    """Register (once) and return the name of a reportlab CID font with Hangul."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(name))
    return name


def text_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(text, font, size)


def pdfium_korean_fonts() -> None:
    """Restart pdfium once with the shipped Korean fonts among its font paths.

    pypdfium2 initialises pdfium without user font paths when it is imported; this
    destroys that library instance (pypdfium2 closes whatever it still tracks) and
    initialises it again with the config's ``m_pUserFontPaths``. Call it only while no
    pdfium document is in use (``disclosure.redact`` calls it under its pdfium lock)."""
    global _PDFIUM_READY
    if _PDFIUM_READY:
        return
    with _PDFIUM_INIT:
        if _PDFIUM_READY:
            return
        import pylopdf_fonts_ko
        import pypdfium2  # noqa: F401  (loads and initialises the library)
        import pypdfium2.raw as pdfium_c
        from pypdfium2 import _library_scope
        from pypdfium2.internal import bases

        folder = str(pylopdf_fonts_ko.sans_path().parent).encode()
        if bases.LIBRARY_AVAILABLE:
            _library_scope.destroy_lib()
        char_p = ctypes.POINTER(ctypes.c_char)
        buffer = ctypes.create_string_buffer(folder)
        paths = (char_p * 2)(ctypes.cast(buffer, char_p), None)
        config = pdfium_c.FPDF_LIBRARY_CONFIG(version=2, m_pUserFontPaths=paths,
                                              m_pIsolate=None, m_v8EmbedderSlot=0)
        pdfium_c.FPDF_InitLibraryWithConfig(config)
        bases.LIBRARY_AVAILABLE = True
        _PDFIUM_READY = True
