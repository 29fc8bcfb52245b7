"""Disclosure Plaza: approved documents in, masked documents out on a searchable site."""

__version__ = "0.1.0"
