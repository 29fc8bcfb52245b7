"""Korean first, English second: which language each request is answered in.

The order is: an explicit ``?lang=ko|en`` (remembered in a cookie, so the switch in the
header sticks while the visitor browses), then that cookie, then Korean. The browser's
``Accept-Language`` is not asked: a city's site is Korean first, and a visitor on a
borrowed or English-set computer gets English only by choosing it. Only the site's own words are translated; document
titles, texts and department names stay exactly as officials wrote them, because a
machine translation of an official record would be a different record.

The catalog lives in ``web/translations`` (``messages.pot``, ``en/LC_MESSAGES/messages.po``
and the compiled ``.mo``, all shipped). Message ids are the Korean text itself. After
changing a user-visible string, refresh the catalog from the project root::

    pybabel extract -F web/translations/babel.cfg -k N_ -k lazy_gettext \\
        -o web/translations/messages.pot web
    pybabel update -i web/translations/messages.pot -d web/translations
    # translate the new entries in en/LC_MESSAGES/messages.po, then
    pybabel compile -d web/translations

``tests/web/test_web_i18n.py`` fails while any extracted string is missing from the
catalog or the ``.mo`` is older than the ``.po``.
"""
from __future__ import annotations

from urllib.parse import urlencode

from flask import Flask, request
from flask_babel import Babel, get_locale

LOCALES = ("ko", "en")
DEFAULT_LOCALE = "ko"
COOKIE = "dp_lang"
COOKIE_MAX_AGE = 365 * 24 * 3600
LANGUAGE_NAMES = {"ko": "한국어", "en": "English"}


def N_(text: str) -> str:
    """Mark ``text`` for the catalog without translating it now (module-level tables)."""
    return text


def select_locale() -> str:
    asked = request.args.get("lang")
    if asked in LOCALES:
        return asked
    remembered = request.cookies.get(COOKIE)
    if remembered in LOCALES:
        return remembered
    return DEFAULT_LOCALE       # Korean whatever the browser says; English by choice


def current_lang() -> str:
    return str(get_locale() or DEFAULT_LOCALE)


def lang_url(code: str) -> str:
    """This page in language ``code``: the same path and query with ``lang`` replaced."""
    args = [(k, v) for k, v in request.args.items(multi=True) if k != "lang"]
    return f"{request.path}?{urlencode(args + [('lang', code)])}"


def init_i18n(app: Flask) -> Babel:
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT_LOCALE)
    babel = Babel(app, locale_selector=select_locale)

    @app.after_request
    def _remember_choice(resp):
        asked = request.args.get("lang")
        if asked in LOCALES and request.cookies.get(COOKIE) != asked:
            resp.set_cookie(COOKIE, asked, max_age=COOKIE_MAX_AGE, httponly=True,
                            samesite="Lax", secure=app.config.get("SESSION_COOKIE_SECURE", False))
        # the same URL answers in different languages: caches must keep them apart
        resp.vary.add("Cookie")
        return resp

    app.jinja_env.globals.update(current_lang=current_lang, lang_url=lang_url,
                                 LOCALES=LOCALES, LANGUAGE_NAMES=LANGUAGE_NAMES)
    return babel
