"""What marks a saved-search alert among the outbox's messages, and the one-click
unsubscribe headers (RFC 8058) it carries when delivered.

The outbox (:mod:`disclosure.notify`) stores subject and body only and derives these
headers at delivery; the subscriptions (:mod:`disclosure.subscriptions`) write the
alerts. Both read the format from here, so neither imports the other's module.
"""
from __future__ import annotations

import re

CONFIRM_PATH = "/subscriptions/confirm/{token}"
UNSUBSCRIBE_PATH = "/subscriptions/unsubscribe/{token}"
DIGEST_SUBJECT = "[정보공개 광장] 새로 공개된 문서 "
ONE_CLICK = "List-Unsubscribe=One-Click"
_UNSUBSCRIBE_LINK = re.compile(r"^https?://[^\s<>]+" + re.escape(UNSUBSCRIBE_PATH.split("{")[0])
                               + r"[A-Za-z0-9_.-]+$")


def unsubscribe_headers(subject: str, body: str) -> dict[str, str]:
    """The one-click unsubscribe headers of an alert message (its last line is the
    signed link); nothing for any other message."""
    if not subject.startswith(DIGEST_SUBJECT):
        return {}
    last = (body or "").rstrip().rpartition("\n")[2].strip()
    if not _UNSUBSCRIBE_LINK.match(last):
        return {}
    return {"List-Unsubscribe": f"<{last}>", "List-Unsubscribe-Post": ONE_CLICK}
