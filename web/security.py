"""CSRF protection, security headers and rate limits, wired per app.

Rate limits are attached to endpoints after the blueprints are registered (rather than
with decorators on module-level views) so each app gets its own in-memory limiter. The
limit strings come from the config, so tests and deployments can tune them. They are
keyed by the client address (``web.proxy`` makes it the real client's behind trusted
proxies); log-in is limited per account name as well, counting failed attempts only, so
guessing one official's password from many addresses stops too. Every 429 answer says
when to come back (``Retry-After``, in seconds).
"""
from __future__ import annotations

import time

from flask import Flask, current_app, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFProtect

from web.config import CSP

# endpoint -> (config key holding the limit, methods limited)
RATE_LIMITED = {
    "auth.login": ("LOGIN_RATE_LIMIT", ["POST"]),
    "ask.ask": ("ASK_RATE_LIMIT", ["POST"]),
    "ask.status": ("TRACKING_RATE_LIMIT", None),
    "ask.lookup": ("TRACKING_RATE_LIMIT", None),
}
LOGIN_ENDPOINT = "auth.login"

# Endpoints the global CSRF check skips, each authorised some other way (and checking
# CSRF itself where it can): the one-click unsubscribe (RFC 8058) is POSTed by mail
# programs, which have no form token; its signed link is the authorisation.
CSRF_EXEMPT: set[str] = set()

SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def init_security(app: Flask) -> None:
    csrf = CSRFProtect(app)
    for endpoint in CSRF_EXEMPT:
        csrf.exempt(app.view_functions[endpoint])
    _init_limiter(app)

    @app.after_request
    def _headers(resp):
        for k, v in SECURITY_HEADERS.items():
            resp.headers.setdefault(k, v)
        # No page may outlive a takedown in a cache, and officials' pages and question
        # status pages are personal: nothing but static files is stored.
        if request.endpoint != "static":
            resp.headers["Cache-Control"] = "no-store"
        if resp.status_code == 429 and "Retry-After" not in resp.headers:
            resp.headers["Retry-After"] = str(retry_after(app))
        return resp


def _init_limiter(app: Flask) -> Limiter:
    limiter = Limiter(get_remote_address, app=app,
                      storage_uri=app.config["RATELIMIT_STORAGE_URI"], default_limits=[])
    for endpoint, (key, methods) in RATE_LIMITED.items():
        view = app.view_functions[endpoint]
        app.view_functions[endpoint] = limiter.limit(
            _config_limit(key), methods=methods)(view)
    app.view_functions[LOGIN_ENDPOINT] = limiter.limit(
        _config_limit("LOGIN_ACCOUNT_RATE_LIMIT"), key_func=login_account_key, methods=["POST"],
        deduct_when=lambda resp: resp.status_code == 401)(app.view_functions[LOGIN_ENDPOINT])
    app.extensions["disclosure_limiter"] = limiter
    return limiter


def login_account_key() -> str:
    """The account a log-in names, as ``users.authenticate`` looks it up (a name longer
    than the form allows shares one bucket: the form refuses it anyway)."""
    name = (request.form.get("username") or "").strip()
    return "account:" + (name if len(name) <= 64 else "(too long)")


def retry_after(app: Flask) -> int:
    """Seconds until the limit this request broke lets a request through again."""
    limit = app.extensions["disclosure_limiter"].current_limit
    if limit is None:
        return 60
    return max(1, int(limit.reset_at - time.time()))   # reset_at is rounded up already


def _config_limit(key: str):
    return lambda: current_app.config[key]
