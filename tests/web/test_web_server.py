"""The real server (waitress, as ``disclosure serve`` builds it) on a free local port:
many half-sent requests from one client do not lock others out, idle connections are
closed, and forwarded client addresses reach the app from a trusted proxy."""
from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time

from web import create_app
from web.server import create_server

HALF_REQUEST = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "


@contextlib.contextmanager
def serving(instance, **config):
    app = create_app(instance, {"TESTING": True, **config})
    server = create_server(app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield server.effective_port
    finally:
        server.close()
        thread.join(10)


def get(port: int, path: str, headers=None, timeout: float = 5.0) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        resp = conn.getresponse()
        resp.read()
        return resp.status
    finally:
        conn.close()


def test_idle_half_open_connections_do_not_lock_out_the_home_page(instance):
    with serving(instance) as port:
        idle = []
        try:
            for _ in range(150):
                s = socket.create_connection(("127.0.0.1", port), timeout=5)
                s.sendall(HALF_REQUEST)
                idle.append(s)
            time.sleep(0.5)                              # the server has taken them in
            started = time.monotonic()
            assert get(port, "/") == 200
            assert time.monotonic() - started < 5
        finally:
            for s in idle:
                s.close()


def test_an_idle_connection_is_closed_after_the_channel_timeout(instance):
    with serving(instance, SERVER_CHANNEL_TIMEOUT=1, SERVER_CLEANUP_INTERVAL=1) as port:
        with socket.create_connection(("127.0.0.1", port), timeout=8) as s:
            s.sendall(HALF_REQUEST)
            started = time.monotonic()
            assert s.recv(1024) == b""                   # closed by the server
            assert time.monotonic() - started < 8


def test_forwarded_clients_reach_the_app_through_waitress(instance):
    with serving(instance, TRUSTED_PROXIES=["127.0.0.1"], TRACKING_RATE_LIMIT="1 per minute") as port:
        def lookup(client):
            return get(port, "/questions", {"X-Forwarded-For": client})

        assert [lookup("198.51.100.1"), lookup("198.51.100.1")] == [200, 429]
        assert lookup("198.51.100.2") == 200             # another citizen, another bucket
