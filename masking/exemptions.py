"""Decide, for each candidate, whether it is exempt (official, corporate, public).

The rules are data (``rules/exemptions.yaml``); this module only knows where to look:
the value itself (domain, number prefix, plate letter, IP range), the words before
it on its line or in its table cell label, and the approval metadata.
"""
from __future__ import annotations

import ipaddress
import re

from .schema import Exemptions
from .validators import digits


def _line_before(text: str, start: int, n: int = 40) -> str:
    return text[max(0, start - n):start].rsplit("\n", 1)[-1]


def _line_after(text: str, end: int, n: int = 40) -> str:
    return text[end:end + n].split("\n", 1)[0]


# RFC 1918, loopback, link-local and carrier-grade NAT: never an individual's public IP.
# (ipaddress.is_private would also cover the documentation ranges such as 203.0.113.0/24.)
_INTERNAL = [ipaddress.IPv4Network(n) for n in
             ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16", "100.64.0.0/10")]


class ExemptionRules:
    def __init__(self, cfg: Exemptions):
        self.cfg = cfg
        self._prefixes = [digits(p) for p in cfg.office_phone_prefixes]
        self._official_words = [w.lower() for w in cfg.official_line_words]

    def phone_digits(self, value: str) -> str:
        d = digits(value)
        if value.lstrip().startswith("+82") or value.lstrip().startswith("+ 82"):
            d = "0" + d[2:].lstrip("0")
        return d

    def office_phone(self, value: str) -> bool:
        """The number is an office's switchboard: its area code and exchange are one of
        ``office_phone_prefixes`` (02-2133-…), not merely its first digits (02-213-3239 is
        a home in Seoul whose exchange is 213, not City Hall's 2133)."""
        d = self.phone_digits(value)
        for p in self._prefixes:
            if not d.startswith(p):
                continue
            if len(d) <= len(p):
                return True                         # a short number itself (02-120)
            area = 2 if p.startswith("02") else 3
            exchange = d[area:len(d) - 4]           # what stands between the area code and the last four
            if exchange == p[area:]:
                return True
        return False

    def official_line(self, text: str, start: int, label: str = "") -> str | None:
        before = (_line_before(text, start, 60) + " " + label).lower()
        return next((w for w in self._official_words if w in before), None)

    def code_column(self, header: str) -> str | None:
        h = header.lower()
        w = next((w for w in self.cfg.code_headers if w.lower() in h), None)
        return f"code column '{header.strip()[:20]}'" if w else None

    def email(self, value: str) -> str | None:
        local, _, domain = value.lower().rpartition("@")
        for d in self.cfg.government_email_domains:
            if domain == d or domain.endswith("." + d):
                return f"government domain {d}"
        if local in self.cfg.organisational_email_locals:
            return f"organisational mailbox {local}@"
        for d in self.cfg.institutional_email_suffixes:
            if domain.endswith("." + d):
                return f"institutional domain .{d}"
        return None

    def official_email(self, text: str, start: int, value: str, label: str = "") -> str | None:
        """An official's address on a public body's own .kr domain, on an official contact line."""
        domain = value.lower().rpartition("@")[2]
        parts = domain.split(".")
        if parts[-1] != "kr" or (len(parts) >= 3 and parts[-2] in self.cfg.private_second_level_kr):
            return None
        w = self.official_line(text, start, label)
        return f"official contact line ('{w}') on a .kr institutional domain" if w else None

    def ip(self, value: str) -> str | None:
        if not self.cfg.private_ip_is_internal:
            return None
        try:
            ip = ipaddress.ip_address(value)
        except ValueError:
            return None
        if ip.version == 6:
            return "internal IPv6 address" if (ip.is_private and not ip.is_global and
                                               (ip.is_link_local or ip.is_site_local or str(ip).startswith(("fc", "fd")))) else None
        if any(ip in net for net in _INTERNAL):
            return "internal (private-range) address"
        return None

    def plate(self, text: str, start: int, value: str) -> str | None:
        """Why a plate is not a private vehicle's, or None."""
        m = re.search(r"([가-힣])\s?\d{4}$", value)     # the letter before the last four digits
        # (only on today's nationwide plates: a plate that names its region or district is
        # an older or a two-wheeler's plate, often its rider's own: 서울동작아4821)
        if m and m.group(1) in self.cfg.commercial_plate_letters and value[:1].isdigit():
            return f"commercial/rental plate letter '{m.group(1)}'"
        # (the words right before the plate name the vehicle: 관용 차량(…), 청소차 …; a
        # bus stop further back does not: 버스정류소 부근 교차로에 주차하는 차량(19로 1352))
        before = _line_before(text, start, 12)
        w = next((w for w in self.cfg.vehicle_official_words if w in before), None)
        return f"official vehicle '{w}'" if w else None

    def corporate_number(self, text: str, start: int, label: str) -> str | None:
        window = (_line_before(text, start, 30) + " " + label).lower()
        w = next((w for w in self.cfg.corporate_number_words if w.lower() in window), None)
        if w:
            return f"corporate number after '{w}'"
        w = next((w for w in self.cfg.business_number_words if w.lower() in window), None)
        return f"business number after '{w}'" if w else None

    def public_account(self, text: str, start: int, end: int) -> str | None:
        window = _line_before(text, start, 40) + " " + _line_after(text, end, 40)
        w = next((w for w in self.cfg.public_account_words if w in window), None)
        return f"public body's account ('{w}')" if w else None
