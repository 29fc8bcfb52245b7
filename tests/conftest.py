"""Shared fixtures: a real instance in a temporary folder, the web app over it, a client.

Kept to instance/app/client on purpose; fixtures for one area live in that area's
own conftest (e.g. tests/web/conftest.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

# pytest puts tests/ on sys.path (rootdir conftest, no __init__.py), where tests/web and
# tests/masking would shadow the real ``web`` and ``masking`` packages as namespace
# packages. The project root goes first so ``import web`` is always the application.
_ROOT = str(Path(__file__).resolve().parents[1])
if sys.path[:1] != [_ROOT]:
    sys.path.insert(0, _ROOT)


@pytest.fixture
def instance(tmp_path):
    from disclosure.instance import Instance

    inst = Instance(tmp_path / "instance")
    inst.init()
    yield inst
    search = inst.__dict__.get("search")
    if search is not None and hasattr(search, "close"):
        search.close()
    inst.engine.dispose()


@pytest.fixture
def app(instance):
    from web import create_app

    return create_app(instance, {
        "TESTING": True,
        "WTF_CSRF_ENABLED": False,
        "PUBLIC_BASE_URL": "http://plaza.test",
        "DEPARTMENT_EMAILS": {"도시계획과": "urban@city.test"},
    })


@pytest.fixture
def client(app):
    return app.test_client()
