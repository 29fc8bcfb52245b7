"""A document assembled from pieces, so that every gold offset is exact by construction.

Families never compute offsets. They append plain strings and :class:`Ent` values
(a label and the exact surface text) to a :class:`Doc`; tables are kept as cells of
pieces. :meth:`Doc.assemble` walks the pieces once, serialising tables in the
chosen text style, and records each entity's ``start``/``end`` while the text grows.
The cell offsets of every table are kept too, so that the renderers can draw real
Word/PDF/HTML tables whose cells hold exactly the text of the JSONL record.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Ent:
    """A gold span: ``text`` is the value only (never its label or particle)."""

    label: str
    text: str


Piece = Union[str, Ent]
Cell = Union[str, Ent, list]          # a cell is one piece or a list of pieces

TABLE_STYLES = ("pipe", "padded", "tab", "spaces", "slash")


@dataclass
class Table:
    header: list[str]
    rows: list[list[Cell]]
    style: str = "pipe"


@dataclass
class Doc:
    parts: list = field(default_factory=list)

    def t(self, *xs: Piece) -> "Doc":
        for x in xs:
            if isinstance(x, (list, tuple)):
                self.t(*x)
            elif x is not None and x != "":
                self.parts.append(x)
        return self

    def line(self, *xs: Piece) -> "Doc":
        return self.t(*xs, "\n")

    def blank(self) -> "Doc":
        return self.t("\n")

    def table(self, header: list[str], rows: list[list[Cell]], style: str) -> "Doc":
        self.parts.append(Table(header, rows, style))
        return self

    def extend(self, other: "Doc") -> "Doc":
        self.parts.extend(other.parts)
        return self

    def has_entities(self) -> bool:
        def walk(p):
            if isinstance(p, Ent):
                return True
            if isinstance(p, Table):
                return any(walk(c) for row in p.rows for c in row)
            if isinstance(p, list):
                return any(walk(c) for c in p)
            return False
        return any(walk(p) for p in self.parts)

    def assemble(self) -> tuple[str, list[dict], list[dict]]:
        """Return ``(text, entities, tables)`` with exact offsets."""
        out: list[str] = []
        pos = 0
        ents: list[dict] = []
        tables: list[dict] = []

        def emit(piece: Piece) -> None:
            nonlocal pos
            if isinstance(piece, Ent):
                ents.append({"start": pos, "end": pos + len(piece.text),
                             "label": piece.label, "text": piece.text})
                s = piece.text
            else:
                s = piece
            out.append(s)
            pos += len(s)

        for p in self.parts:
            if isinstance(p, Table):
                tables.append(_emit_table(p, emit, lambda: pos))
            else:
                emit(p)
        text = "".join(out)
        for e in ents:
            assert text[e["start"]:e["end"]] == e["text"], e
        return text, ents, tables


def cell_pieces(cell: Cell) -> list[Piece]:
    if isinstance(cell, list):
        return [c for c in cell if c != ""]
    return [cell]


def plain(cell: Cell) -> str:
    return "".join(p.text if isinstance(p, Ent) else p for p in cell_pieces(cell))


def width(s: str) -> int:
    """Display width: Hangul and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _emit_table(tab: Table, emit, where) -> dict:
    """Serialise a table through ``emit`` and return its cell offsets."""
    style = tab.style
    rows: list[list[Cell]] = [list(tab.header)] + [list(r) for r in tab.rows]
    ncol = len(tab.header)
    widths = [max(width(plain(r[i]).split("\n")[0]) for r in rows) for i in range(ncol)]
    start = where()
    cell_spans: list[list[list[int]]] = []
    for ri, row in enumerate(rows):
        spans: list[list[int]] = []
        if style == "slash" and ri == 0:
            emit("(" + " / ".join(plain(c) for c in row) + ")\n")
            cell_spans.append([])
            continue
        if style in ("pipe", "padded"):
            emit("| ")
        elif style == "slash":
            emit(f"{ri}) ")
        for ci, cell in enumerate(row):
            if ci:
                emit({"pipe": " | ", "padded": " | ", "tab": "\t",
                      "spaces": "  ", "slash": " / "}[style])
            s0 = where()
            for piece in cell_pieces(cell):
                emit(piece)
            spans.append([s0, where()])
            if style == "padded" and "\n" not in plain(cell):
                pad = widths[ci] - width(plain(cell))
                if pad > 0:
                    emit(" " * pad)
        if style in ("pipe", "padded"):
            emit(" |")
        emit("\n")
        cell_spans.append(spans)
        if ri == 0 and style in ("pipe", "padded"):
            if style == "pipe":
                emit("|" + "|".join("---" for _ in range(ncol)) + "|\n")
            else:
                emit("|" + "|".join("-" * (w + 2) for w in widths) + "|\n")
    return {"start": start, "end": where(), "style": style,
            "cells": [r for r in cell_spans if r]}
