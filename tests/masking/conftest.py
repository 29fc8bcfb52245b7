"""Fixtures for the layer-1 tests. The project root is put on sys.path so the tests
run with plain ``pytest`` as well as ``python -m pytest``."""
import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

import pytest

from masking import Layer1


@pytest.fixture(scope="session")
def layer1():
    return Layer1.from_rules()


@pytest.fixture(scope="session")
def found(layer1):
    """found(text, label=None, meta=None) -> [(value, label), ...]"""
    from domain.types import DocumentMeta

    def _found(text, label=None, meta=None):
        dets = layer1.detect(text, meta or DocumentMeta())
        return [(text[d.start:d.end], d.label) for d in dets if label is None or d.label == label]
    return _found
