"""Behind a reverse proxy each client keeps its own rate-limit bucket: X-Forwarded-For
is believed from configured proxies only (web/proxy.py), never from anybody else."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from disclosure import db
from web import create_app
from web.proxy import TrustedProxies, parse_networks
from web_support import PASSWORD

PROXY = "127.0.0.1"


def make_app(instance, **config):
    return create_app(instance, {"TESTING": True, "WTF_CSRF_ENABLED": False,
                                 "TRACKING_RATE_LIMIT": "2 per minute", **config})


def lookups(client, n, *, peer=PROXY, forwarded=None):
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    return [client.get("/questions", headers=headers, environ_base={"REMOTE_ADDR": peer}).status_code
            for _ in range(n)]


def test_trusted_proxy_gives_each_forwarded_client_its_own_bucket(instance):
    client = make_app(instance, TRUSTED_PROXIES=[PROXY]).test_client()
    assert lookups(client, 3, forwarded="198.51.100.1") == [200, 200, 429]
    assert lookups(client, 2, forwarded="198.51.100.2") == [200, 200]     # another citizen
    assert lookups(client, 1, forwarded="198.51.100.1") == [429]


def test_without_configuration_x_forwarded_for_is_ignored(instance):
    client = make_app(instance).test_client()
    assert lookups(client, 2, forwarded="198.51.100.1") == [200, 200]
    assert lookups(client, 1, forwarded="198.51.100.2") == [429]          # same peer: same bucket


def test_forwarded_header_from_an_untrusted_peer_is_ignored(instance):
    client = make_app(instance, TRUSTED_PROXIES=[PROXY]).test_client()
    attacker = "203.0.113.9"
    assert lookups(client, 2, peer=attacker, forwarded="198.51.100.1") == [200, 200]
    assert lookups(client, 1, peer=attacker, forwarded="198.51.100.2") == [429]
    assert lookups(client, 1, forwarded="198.51.100.1") == [200]          # the real 198.51.100.1


def test_addresses_a_client_puts_in_front_of_the_header_are_not_believed():
    mw = TrustedProxies(None, parse_networks("127.0.0.1, 10.0.0.0/8"))
    # the client sent "X-Forwarded-For: 6.6.6.6"; the edge proxy appended the real client,
    # an inner proxy appended the edge proxy
    assert mw.client("6.6.6.6, 198.51.100.7, 10.1.2.3", PROXY) == "198.51.100.7"
    assert mw.client("198.51.100.7:5555", PROXY) == "198.51.100.7"
    assert mw.client("[2001:db8::1]:443", PROXY) == "2001:db8::1"
    assert mw.client("not-an-address", PROXY) == PROXY                   # garbage: the proxy


def test_the_audit_gets_the_real_client_address(instance, officials, monkeypatch):
    monkeypatch.setenv("DISCLOSURE_WEB_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8")
    client = make_app(instance).test_client()
    resp = client.post("/login", data={"username": "rev_a", "password": PASSWORD},
                       headers={"X-Forwarded-For": "198.51.100.23, 10.0.0.5"},
                       environ_base={"REMOTE_ADDR": PROXY})
    assert resp.status_code == 303
    with instance.Session() as s:
        ev = s.scalars(select(db.Event).where(db.Event.action == "login")).one()
    assert ev.after["address"] == "198.51.100.23"


def test_a_malformed_proxy_setting_stops_the_app(instance):
    with pytest.raises(ValueError, match="TRUSTED_PROXIES"):
        make_app(instance, TRUSTED_PROXIES=["localhost"])
