"""Deterministic synthetic generator of annotated Seoul-style municipal documents.

    from training.synth import generate, render
    for record in generate(n, seed, lang_mix=0.1): ...
    render(record, "pdf" | "docx" | "txt" | "html", out_dir) -> Path

The project trains and tests on data it makes itself, in its own families and
phrasings, rather than on the shared dev set's shapes; see ``generate`` for the
corpus contract and ``render`` for what a source file and its sidecar contain.
"""
from .generate import generate, make_record
from .render import render

__all__ = ["generate", "make_record", "render"]
