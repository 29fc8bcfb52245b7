"""Request-scoped access to the instance and its database.

One SQLAlchemy session per request, opened on first use and closed when the request
ends, so a view never leaks a connection and never sees another request's half-done
transaction. Views that change state commit explicitly.
"""
from __future__ import annotations

from flask import Flask, current_app, g

from disclosure.instance import Instance


def instance() -> Instance:
    return current_app.extensions["disclosure_instance"]


def session():
    if "db_session" not in g:
        g.db_session = instance().Session()
    return g.db_session


def init_db_session(app: Flask) -> None:
    @app.teardown_appcontext
    def _close(_exc):
        s = g.pop("db_session", None)
        if s is not None:
            s.close()
