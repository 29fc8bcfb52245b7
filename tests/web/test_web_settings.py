"""Settings: a key no part of the app reads is refused at start-up, whether it comes from
the test config or a DISCLOSURE_WEB_* variable (a typo must not be ignored silently)."""
from __future__ import annotations

import pytest

from web import UnknownSetting, create_app


def test_known_settings_of_every_part_are_accepted(instance):
    app = create_app(instance, {"TESTING": True, "SEARCH_PER_PAGE": 5, "REPORT_TAKEDOWN_CAP": 3,
                                "FEED_ENTRIES": 7, "API_PER_PAGE": 9, "STATS_DAYS": 10,
                                "SUBSCRIBE_RATE_LIMIT": "1 per minute", "WTF_CSRF_ENABLED": False})
    assert app.config["SEARCH_PER_PAGE"] == 5 and app.config["REPORT_TAKEDOWN_CAP"] == 3


def test_a_mistyped_setting_is_refused_with_its_name(instance):
    with pytest.raises(UnknownSetting, match="SEARCH_PERPAGE"):
        create_app(instance, {"TESTING": True, "SEARCH_PERPAGE": 5})


def test_a_mistyped_environment_setting_is_refused(instance, monkeypatch):
    monkeypatch.setenv("DISCLOSURE_WEB_REPORT_TAKEDOWN_CAPP", "3")
    with pytest.raises(UnknownSetting, match="알 수 없는 설정입니다.*REPORT_TAKEDOWN_CAPP"):
        create_app(instance)


def test_links_point_where_the_site_runs_unless_a_public_address_is_set(instance, make_doc, monkeypatch):
    """`disclosure serve --port 8123` writes links to :8123 in the feed, the sitemap and the
    API (not :5000); DISCLOSURE_WEB_PUBLIC_BASE_URL, when set, names the public address."""
    from disclosure.cli import served_url

    assert served_url("127.0.0.1", 8123) == "http://127.0.0.1:8123"
    assert served_url("0.0.0.0", 8080) == "http://127.0.0.1:8080"
    make_doc("pub-u", "하천 정비 사업 결과 공고", title="하천 정비 결과")
    app = create_app(instance, {"TESTING": True}, served_at="http://127.0.0.1:8123")
    client = app.test_client()
    for path in ("/feeds/latest.atom", "/sitemap.xml", "/api/v1/documents"):
        body = client.get(path).get_data(as_text=True)
        assert "http://127.0.0.1:8123/documents/pub-u" in body and ":5000" not in body, path
    monkeypatch.setenv("DISCLOSURE_WEB_PUBLIC_BASE_URL", "https://plaza.example.go.kr")
    app = create_app(instance, {"TESTING": True}, served_at="http://127.0.0.1:8123")
    assert "https://plaza.example.go.kr/documents/pub-u" in app.test_client().get("/sitemap.xml").get_data(as_text=True)
