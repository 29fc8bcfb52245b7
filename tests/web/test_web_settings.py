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
