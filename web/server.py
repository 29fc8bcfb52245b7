"""Serving the site with waitress (``disclosure serve``), with limits against slow clients.

Waitress answers from a fixed number of connections (``connection_limit``). A client
that opens many connections and sends half a request on each (slowloris) used to hold
all 100 of waitress's default and lock everybody out for its two-minute
``channel_timeout``. Now the limit is 1,000 connections (``poll()``, since ``select()``
cannot watch that many), an idle connection is closed after 30 seconds, checked every
5 seconds, and the process may open enough files for it. The settings are in
:data:`web.config.DEFAULTS` (``SERVER_*``, or ``DISCLOSURE_WEB_SERVER_*`` in the
environment).

This makes one client's idle connections cheap; it does not make them impossible. A
public site runs behind a reverse proxy (nginx) that buffers whole requests before it
passes them on and limits connections per client, with ``TRUSTED_PROXIES`` set so
that the rate limits see the real clients (README, "Behind a reverse proxy").

Waitress by default deletes ``X-Forwarded-*`` headers unless it trusts the peer
itself; it is told not to, because :mod:`web.proxy` decides which peers are believed
(a list of proxies and networks, where waitress takes one address).
"""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)

#: Files the process keeps open besides its connections (database, index, logs).
SPARE_FILES = 256


def waitress_options(config) -> dict:
    """Waitress's settings from the app config (``SERVER_*``)."""
    return {
        "threads": int(config["SERVER_THREADS"]),
        "connection_limit": int(config["SERVER_CONNECTION_LIMIT"]),
        "channel_timeout": int(config["SERVER_CHANNEL_TIMEOUT"]),
        "cleanup_interval": int(config["SERVER_CLEANUP_INTERVAL"]),
        "asyncore_use_poll": True,             # select() stops at file number 1024
        "clear_untrusted_proxy_headers": False,  # web.proxy decides whom to believe
    }


def raise_file_limit(wanted: int) -> int:
    """Let the process open ``wanted`` files if the hard limit allows; the soft limit
    in the end (unchanged where the platform has no such limits)."""
    try:
        import resource
    except ImportError:                         # Windows: no per-process file limit here
        return wanted
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            log.warning("could not raise the open-file limit to %d", target)
    return soft


def create_server(app, host: str, port: int):
    """A waitress server for ``app`` on ``host:port`` (port 0: any free port), with the
    app's ``SERVER_*`` settings. ``.run()`` serves; ``.close()`` stops."""
    from waitress import create_server as waitress_server

    options = waitress_options(app.config)
    limit = raise_file_limit(options["connection_limit"] + SPARE_FILES)
    if limit < options["connection_limit"] + SPARE_FILES:
        options["connection_limit"] = max(10, limit - SPARE_FILES)
        log.warning("open-file limit %d: serving at most %d connections", limit,
                    options["connection_limit"])
    return waitress_server(app, host=host, port=port, **options)
