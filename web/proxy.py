"""The client's address behind trusted reverse proxies (``TRUSTED_PROXIES``).

Behind a proxy every request comes from the proxy's address, so every per-client limit
(log-ins, questions, reports, subscriptions) would be one bucket for the whole city.
The proxy names the client in ``X-Forwarded-For``, but anybody can send that header,
so it is believed only when the connection comes from a configured proxy: a list of
addresses or networks (``["127.0.0.1", "10.0.0.0/8"]``, or the environment variable
``DISCLOSURE_WEB_TRUSTED_PROXIES="127.0.0.1, 10.0.0.0/8"``). Without the setting the
header is ignored and nothing is wrapped.

The header is read from the right (each proxy appends the address it saw) past every
trusted proxy; the first address that is not one is the client. Addresses a client put
at the left of the header itself are never reached while a trusted proxy appended the
real one after them. ``X-Forwarded-Proto`` from a trusted proxy sets the scheme.
"""
from __future__ import annotations

import ipaddress
from typing import Iterable

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(value) -> list[Network]:
    """``TRUSTED_PROXIES`` as networks: a list, or one comma/space-separated string.
    A malformed entry is a startup error, not a silently open door."""
    if not value:
        return []
    items = list(value) if isinstance(value, (list, tuple, set)) else \
        str(value).replace(",", " ").split()
    try:
        return [ipaddress.ip_network(str(item).strip(), strict=False) for item in items]
    except ValueError as e:
        raise ValueError(f"TRUSTED_PROXIES: not an address or network: {e}") from None


def _address(text: str):
    text = text.strip()
    if text.startswith("[") and "]" in text:            # [v6]:port
        text = text[1:text.index("]")]
    elif text.count(":") == 1:                          # v4:port
        text = text.split(":", 1)[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


class TrustedProxies:
    """WSGI middleware: ``REMOTE_ADDR`` becomes the client named by trusted proxies."""

    def __init__(self, wsgi_app, networks: Iterable[Network]):
        self.wsgi_app = wsgi_app
        self.networks = tuple(networks)

    def trusted(self, addr) -> bool:
        return addr is not None and any(addr in net for net in self.networks
                                        if addr.version == net.version)

    def client(self, forwarded: str, peer: str) -> str:
        """The client named in ``forwarded`` by the trusted proxy ``peer``."""
        client = peer
        for hop in reversed([h for h in forwarded.split(",") if h.strip()]):
            addr = _address(hop)
            if addr is None:                   # garbage: stop at the last good address
                break
            client = str(addr)
            if not self.trusted(addr):
                break
        return client

    def __call__(self, environ, start_response):
        peer = environ.get("REMOTE_ADDR", "")
        if self.trusted(_address(peer)):
            forwarded = environ.get("HTTP_X_FORWARDED_FOR", "")
            if forwarded:
                environ["disclosure.proxy_peer"] = peer
                environ["REMOTE_ADDR"] = self.client(forwarded, peer)
            proto = environ.get("HTTP_X_FORWARDED_PROTO", "").rpartition(",")[2].strip().lower()
            if proto in ("http", "https"):
                environ["wsgi.url_scheme"] = proto
        return self.wsgi_app(environ, start_response)


def init_proxies(app) -> None:
    """Wrap the app when ``TRUSTED_PROXIES`` names any proxy."""
    networks = parse_networks(app.config.get("TRUSTED_PROXIES"))
    if networks:
        app.wsgi_app = TrustedProxies(app.wsgi_app, networks)
