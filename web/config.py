"""Default settings of the web app.

``create_app`` layers them: these defaults, then ``DISCLOSURE_WEB_*`` environment
variables (parsed as JSON where possible, e.g. ``DISCLOSURE_WEB_SESSION_COOKIE_SECURE=true``),
then the ``test_config`` dict. Everything a deployment may want to change is here, in
one place, rather than scattered as literals through the views.
"""
from __future__ import annotations

from datetime import timedelta

DEFAULTS: dict = {
    # Forms are small; anything larger is a mistake or an attack (413).
    "MAX_CONTENT_LENGTH": 256 * 1024,
    # Cookies: never readable from JS, not sent on cross-site POSTs. ``Secure`` needs HTTPS,
    # which ``disclosure serve`` on 127.0.0.1 does not have, so it is off by default and
    # must be switched on behind a TLS proxy.
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SESSION_COOKIE_SECURE": False,
    "SESSION_COOKIE_NAME": "dp_session",
    "REMEMBER_COOKIE_HTTPONLY": True,
    "REMEMBER_COOKIE_SAMESITE": "Lax",
    "REMEMBER_COOKIE_SECURE": False,
    "PERMANENT_SESSION_LIFETIME": timedelta(hours=8),
    "WTF_CSRF_ENABLED": True,
    "WTF_CSRF_TIME_LIMIT": 8 * 3600,
    # Rate limits (Flask-Limiter syntax), in-memory and keyed by the client address
    # (behind a reverse proxy, set TRUSTED_PROXIES or every client is one address).
    "RATELIMIT_ENABLED": True,
    "RATELIMIT_STORAGE_URI": "memory://",
    "LOGIN_RATE_LIMIT": "10 per minute;50 per hour",
    # Failed log-ins per account name, from any address (guessing one official's password
    # from many addresses); successful log-ins do not count.
    "LOGIN_ACCOUNT_RATE_LIMIT": "10 per minute;50 per hour",
    # Reverse proxies whose X-Forwarded-For is believed (addresses or networks, e.g.
    # ["127.0.0.1"]); empty: the header is ignored. See web/proxy.py.
    "TRUSTED_PROXIES": [],
    "ASK_RATE_LIMIT": "5 per minute;30 per day",
    "TRACKING_RATE_LIMIT": "60 per minute",
    # Where a new question is announced: department name -> e-mail address.
    "DEPARTMENT_EMAILS": {},
    "DEFAULT_DEPARTMENT_EMAIL": "disclosure@localhost",
    # Absolute base URL put into e-mails/SMS (links must work outside a request).
    "PUBLIC_BASE_URL": "http://127.0.0.1:5000",
    # A callable(inst) -> {"email": gw, "sms": gw}; None uses disclosure.notify's gateways.
    "NOTIFICATION_GATEWAYS": None,
    # waitress under `disclosure serve` (web/server.py): connections it holds at once, and
    # seconds after which an idle (or half-sent) connection is closed, checked every
    # SERVER_CLEANUP_INTERVAL seconds.
    "SERVER_THREADS": 8,
    "SERVER_CONNECTION_LIMIT": 1000,
    "SERVER_CHANNEL_TIMEOUT": 30,
    "SERVER_CLEANUP_INTERVAL": 5,
    "SEARCH_PER_PAGE": 10,
    "HOME_LATEST": 10,
    "QUESTION_MAX": 2000,
    "ANSWER_MAX": 5000,
}

# Content-Security-Policy: everything from this origin only, no inline script or style.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
