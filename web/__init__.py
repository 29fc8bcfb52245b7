"""The Disclosure Plaza web site: public pages, citizens' questions, officials' workspace.

``create_app(inst)`` builds one Flask app over one :class:`~disclosure.instance.Instance`.
Every extension (CSRF, login, rate limiter) is created per app rather than at module
level, so two apps in one process (tests, several instances) never share state such as
rate-limit counters.
"""
from __future__ import annotations

import json
import logging

from flask import Flask

from disclosure.instance import Instance

from web import ask, auth, errors, proxy, public, report, security  # report: routes on public.bp
from web.config import DEFAULTS
from web.dbs import init_db_session
from web.i18n import init_i18n
from web.labels import register_template_filters
from web.review import bp as review_bp
from web import api, dashboard, feeds, subscriptions  # open data, monitoring, alerts

log = logging.getLogger(__name__)

# Every blueprint of the site, in one visible list.
BLUEPRINTS = (public.bp, ask.bp, auth.bp, review_bp,
              api.bp, feeds.bp, dashboard.bp, subscriptions.bp)


#: the settings the site's parts add to the defaults of web/config.py (rate limits, page
#: sizes, the report cap ...): with those and Flask's and its extensions', every setting
#: the app knows; any other key given is a mistake, refused at start-up
SETTINGS_OF_PARTS = (report.CONFIG, feeds.CONFIG, subscriptions.CONFIG, api.CONFIG, dashboard.CONFIG)
#: settings the extensions read (Flask-WTF, Flask-Limiter, Flask-Babel, Flask-Login)
EXTENSION_PREFIXES = ("WTF_", "RATELIMIT_", "BABEL_", "REMEMBER_COOKIE_", "SESSION_", "LOGIN_")


class UnknownSetting(ValueError):
    """A setting no part of the app reads (a typo would otherwise be ignored silently)."""


def create_app(inst: Instance, test_config: dict | None = None, served_at: str | None = None) -> Flask:
    app = Flask(__name__)
    flask_keys = set(app.config)
    app.config.from_mapping(DEFAULTS)
    if served_at:
        # the links the site writes (e-mails, texts, API, feed, sitemap) point where it
        # runs, unless DISCLOSURE_WEB_PUBLIC_BASE_URL names its public address
        app.config["PUBLIC_BASE_URL"] = served_at
    app.config.from_prefixed_env("DISCLOSURE_WEB", loads=_loads)
    if test_config:
        app.config.from_mapping(test_config)
    known = flask_keys | set(DEFAULTS) | {k for part in SETTINGS_OF_PARTS for k in part}
    unknown = sorted(k for k in app.config if k not in known and not k.startswith(EXTENSION_PREFIXES))
    if unknown:
        raise UnknownSetting(f"알 수 없는 설정입니다 (unknown setting): {', '.join(unknown)} — "
                             f"web/config.py와 각 화면의 CONFIG에 있는 이름만 쓸 수 있습니다")
    app.config["SECRET_KEY"] = inst.secret_key
    app.extensions["disclosure_instance"] = inst

    for bp in BLUEPRINTS:
        app.register_blueprint(bp)

    proxy.init_proxies(app)              # the client's address behind trusted proxies
    init_db_session(app)
    security.init_security(app)          # CSRF, headers, rate limits
    report.init_limits(app)              # reports take documents down: rate limited
    init_i18n(app)                       # Korean first, English (?lang=en, cookie, browser)
    auth.init_login(app)
    errors.register(app)
    register_template_filters(app)
    return app


def _loads(value: str):
    """Environment values: JSON when they parse (true, 3, {...}), else the plain string."""
    try:
        return json.loads(value)
    except ValueError:
        return value
