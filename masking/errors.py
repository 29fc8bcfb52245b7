"""The one error layer 1 raises on purpose.

A broken rule file must stop the service at start-up: a silently skipped recognizer
would publish the personal data it was meant to catch (the system fails closed).
"""


class RulesError(Exception):
    """A rule file is missing, unreadable, or does not match its schema."""
