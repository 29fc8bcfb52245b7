"""Named validators that rule files reference (``validators: [rrn_date, luhn]``).

A regex can say what a value looks like; only code can say whether it is plausible
(a real calendar date, a check digit). Rule files name these functions, so adding a
validator is a code change reviewed once, and using it is a data change.

The Korean check-digit arithmetic is Presidio's own (``KrRrnRecognizer``,
``KrFrnRecognizer``, ``KrBrnRecognizer``, ``KrDriverLicenseRecognizer``), reused here
rather than re-implemented. A failed checksum never *rejects* an RRN (numbers issued
since October 2020 carry none); rules use it to raise confidence only.
"""
from __future__ import annotations

import calendar
import ipaddress
from typing import Callable

from presidio_analyzer.predefined_recognizers import (
    KrBrnRecognizer,
    KrDriverLicenseRecognizer,
    KrFrnRecognizer,
    KrRrnRecognizer,
)

_RRN = KrRrnRecognizer()
_FRN = KrFrnRecognizer()
_BRN = KrBrnRecognizer()


def digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _valid_yymmdd(yy: int, mm: int, dd: int) -> bool:
    if not 1 <= mm <= 12:
        return False
    # any century: accept if the day exists in a leap year when yy could be one
    days = max(calendar.monthrange(1900 + yy, mm)[1], calendar.monthrange(2000 + yy, mm)[1])
    return 1 <= dd <= days


def rrn_date(value: str) -> bool:
    """The first six digits are a calendar date YYMMDD."""
    d = digits(value)
    if len(d) < 6:
        return False
    return _valid_yymmdd(int(d[0:2]), int(d[2:4]), int(d[4:6]))


def rrn_checksum(value: str) -> bool:
    """Pre-2020 resident registration check digit (Presidio's KrRrnRecognizer)."""
    d = digits(value)
    return len(d) == 13 and _RRN._validate_checksum(d)


def frn_checksum(value: str) -> bool:
    """Pre-2020 foreigner registration check digit (Presidio's KrFrnRecognizer)."""
    d = digits(value)
    return len(d) == 13 and _FRN._validate_checksum(d)


def brn_checksum(value: str) -> bool:
    """Business registration number check digit (Presidio's KrBrnRecognizer)."""
    d = digits(value)
    return len(d) == 10 and _BRN._validate_checksum(d)


def luhn(value: str) -> bool:
    d = digits(value)
    if not 13 <= len(d) <= 19:
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def driver_license_region(value: str) -> bool:
    """Numeric licences start with a region code 11-28 (Presidio's list).

    A licence written with the region *name* (서울 12-...) carries no code to check.
    """
    d = digits(value)
    if len(d) == 10:          # region name + 10 digits
        return True
    return len(d) == 12 and d[:2] in KrDriverLicenseRecognizer.REGION_CODES


def ipv4(value: str) -> bool:
    try:
        ip = ipaddress.IPv4Address(value.strip())
    except ValueError:
        return False
    return not (ip.is_unspecified or ip.is_multicast or str(ip).startswith("255."))


def ipv6(value: str) -> bool:
    """A real IPv6 address with at least three groups (not a time like 12:30:45)."""
    try:
        ip = ipaddress.IPv6Address(value.strip())
    except ValueError:
        return False
    return value.count(":") >= 3 and not (ip.is_unspecified or ip.is_loopback or ip.is_multicast)


def phone_length(value: str) -> bool:
    """A phone number has 8 to 15 digits (E.164 maximum)."""
    return 8 <= len(digits(value)) <= 15


def not_all_same(value: str) -> bool:
    d = digits(value)
    return len(set(d)) > 1


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "rrn_date": rrn_date,
    "rrn_checksum": rrn_checksum,
    "frn_checksum": frn_checksum,
    "brn_checksum": brn_checksum,
    "luhn": luhn,
    "driver_license_region": driver_license_region,
    "ipv4": ipv4,
    "ipv6": ipv6,
    "phone_length": phone_length,
    "not_all_same": not_all_same,
}
