"""Remembered answers of the rules' pure checks on short values.

The same headers, words and cell values come back in every document (성명, 연락처,
the same surnames and particles), and a check of one (a regex or two, a few set
lookups) costs ten times a dictionary lookup. A memo is emptied when it is full, so a
long-running process does not grow without bound.
"""
from __future__ import annotations

from typing import Callable, Hashable

_MISSING = object()


class Memo:
    """``fn(key)``, computed once per key while the memo holds it."""

    def __init__(self, fn: Callable, size: int = 20_000):
        self.fn, self.size = fn, size
        self.data: dict = {}

    def __call__(self, key: Hashable):
        hit = self.data.get(key, _MISSING)
        if hit is _MISSING:
            if len(self.data) >= self.size:
                self.data.clear()
            hit = self.data[key] = self.fn(key)
        return hit
