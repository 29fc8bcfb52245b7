"""The one exception every extractor raises.

Callers (the ingest loop, the CLI) need a single type to catch and a message they can
show an operator as-is, so each raise site states the reason in one line: what is
wrong with the file and, where it helps, what to do about it (e.g. "needs OCR").
"""
from __future__ import annotations


class ExtractionError(Exception):
    """The file cannot be turned into trustworthy text; nothing is returned."""

    def __init__(self, message: str) -> None:
        # Keep the message on one line: it ends up in logs and review queues.
        super().__init__(" ".join(str(message).split()))
