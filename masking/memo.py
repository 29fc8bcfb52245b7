"""Remembered answers of the rules' pure checks on short values.

The same headers, words and cell values come back in every document (성명, 연락처,
the same surnames and particles), and a check of one (a regex or two, a few set
lookups) costs ten times a dictionary lookup. A memo is emptied when it is full, so a
long-running process does not grow without bound.
"""
from __future__ import annotations

from typing import Callable, Hashable


class Memo(dict):
    """``fn(key)``, computed once per key while the memo holds it; ``memo(key)`` is a
    dictionary lookup (in C) that calls ``fn`` only for a key it does not hold."""

    def __init__(self, fn: Callable, size: int = 20_000):
        super().__init__()
        self.fn, self.size = fn, size

    def __missing__(self, key: Hashable):
        if len(self) >= self.size:
            self.clear()
        value = self[key] = self.fn(key)
        return value

    __call__ = dict.__getitem__
