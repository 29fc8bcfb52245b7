"""The one error layer 1 raises on purpose.

A broken rule file must stop the service at start-up: a silently skipped recognizer
would publish the personal data it was meant to catch (the system fails closed).
"""


class RulesError(Exception):
    """A rule file is missing, unreadable, or does not match its schema."""


class TextTooLong(ValueError):
    """A text longer than one document may be (``domain.limits.MAX_CHARS``).

    Extraction refuses such documents before layer 1; this stops any other caller (a
    ``scan`` record, a stored text) from making the model read megabytes (spaCy gives
    up above its ``max_length``, after minutes and gigabytes)."""
