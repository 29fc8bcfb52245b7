"""The app factory: config layering, CSRF, cookies, headers, error pages, size limit."""
from __future__ import annotations

import re

import pytest

from web import BLUEPRINTS, create_app
from web_support import PASSWORD


def test_every_blueprint_is_registered(app):
    assert {bp.name for bp in BLUEPRINTS} == {"public", "ask", "auth", "review", "api",
                                              "feeds", "dashboard", "subscriptions"}
    assert set(app.blueprints) == {bp.name for bp in BLUEPRINTS}


def test_config_layers_defaults_env_then_test_config(instance, monkeypatch):
    monkeypatch.setenv("DISCLOSURE_WEB_SESSION_COOKIE_SECURE", "true")
    monkeypatch.setenv("DISCLOSURE_WEB_DEFAULT_DEPARTMENT_EMAIL", "ops@city.test")
    app = create_app(instance, {"DEFAULT_DEPARTMENT_EMAIL": "test@city.test"})
    assert app.config["SESSION_COOKIE_SECURE"] is True              # env over defaults
    assert app.config["DEFAULT_DEPARTMENT_EMAIL"] == "test@city.test"   # test over env
    assert app.config["SECRET_KEY"] == instance.secret_key
    assert app.config["MAX_CONTENT_LENGTH"] == 256 * 1024


def test_security_headers_on_every_page(client):
    for url in ("/", "/search", "/login", "/no-such-page"):
        h = client.get(url).headers
        assert "default-src 'self'" in h["Content-Security-Policy"]
        assert "script-src 'self'" in h["Content-Security-Policy"]
        assert h["X-Content-Type-Options"] == "nosniff"
        assert h["Referrer-Policy"] == "same-origin"
        assert h["Cache-Control"] == "no-store"


def test_no_inline_script_or_style_so_the_csp_holds(client, make_doc):
    make_doc("pub-1", "본문")
    for url in ("/", "/search?q=본문", "/documents/pub-1", "/login", "/statistics", "/subscribe"):
        resp = client.get(url)
        html = resp.get_data(as_text=True)
        # JSON-LD (a data block the browser never runs) is the one inline script allowed
        inline = re.findall(r"<script\b(?![^>]*\bsrc=)([^>]*)>", html)
        assert all(attrs.strip() == 'type="application/ld+json"' for attrs in inline), url
        assert "<style" not in html and " style=" not in html, url
        csp = resp.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp, url
    assert 'type="application/ld+json"' in client.get("/documents/pub-1").get_data(as_text=True)


def test_session_cookie_flags(client, officials):
    resp = client.post("/login", data={"username": "rev_a", "password": PASSWORD})
    cookie = next(v for k, v in resp.headers.items()
                  if k == "Set-Cookie" and v.startswith("dp_session="))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie                                    # configurable, off by default


def test_secure_cookie_when_configured(instance, officials):
    app = create_app(instance, {"SESSION_COOKIE_SECURE": True, "WTF_CSRF_ENABLED": False})
    resp = app.test_client().post("/login", data={"username": "rev_a", "password": PASSWORD})
    assert "Secure" in resp.headers["Set-Cookie"]


def test_csrf_is_enforced_on_every_post(instance, officials, make_doc):
    make_doc("pub-1", "본문")
    app = create_app(instance, {"TESTING": True})                     # CSRF on (the default)
    client = app.test_client()
    resp = client.post("/login", data={"username": "rev_a", "password": PASSWORD})
    assert resp.status_code == 400 and "보안 확인" in resp.get_data(as_text=True)
    assert client.post("/documents/pub-1/ask", data={"body": "질문"}).status_code == 400
    # with the token from the form, the same login works
    html = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)
    resp = client.post("/login", data={"username": "rev_a", "password": PASSWORD,
                                       "csrf_token": token})
    assert resp.status_code == 303
    # signed in, an officials' POST without a token is still refused
    assert client.post("/review/documents/pub-1/withdraw", data={"reason": "x"}).status_code == 400
    assert client.post("/logout").status_code == 400


@pytest.mark.parametrize("code,url,method", [
    (404, "/documents/none", "GET"), (405, "/logout", "GET"), (400, "/documents/pub-1/ask", "POST")])
def test_error_pages_are_korean(client, make_doc, code, url, method):
    make_doc("pub-1", "본문")
    resp = client.open(url, method=method, data={"website": "bot"})
    assert resp.status_code == code
    html = resp.get_data(as_text=True)
    assert f"오류 코드 {code}" in html and 'lang="ko"' in html


def test_413_for_oversized_posts(client, make_doc):
    make_doc("pub-1", "본문")
    resp = client.post("/documents/pub-1/ask", data={"body": "가" * 300_000})
    assert resp.status_code == 413 and "너무 큽니다" in resp.get_data(as_text=True)


def test_500_page_hides_the_cause(instance):
    app = create_app(instance, {"TESTING": False, "PROPAGATE_EXCEPTIONS": False})

    def boom():
        raise RuntimeError("secret internals")
    app.add_url_rule("/boom", "boom", boom)
    resp = app.test_client().get("/boom")
    assert resp.status_code == 500
    html = resp.get_data(as_text=True)
    assert "secret internals" not in html and "일시적인 오류" in html


def test_base_layout_is_accessible(client):
    html = client.get("/").get_data(as_text=True)
    assert '<html lang="ko">' in html
    assert 'class="skip-link" href="#main"' in html and 'id="main"' in html
    assert "정보공개 광장" in html and "Disclosure Plaza" in html
    assert '<nav class="site-nav" aria-label="주 메뉴">' in html
    assert 'name="viewport"' in html
    assert client.get("/static/style.css").status_code == 200
