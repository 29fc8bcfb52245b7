"""Chart geometry for server-drawn SVG (templates/dashboard/_charts.html renders it).

Why server-side: the CSP forbids inline script and the site downloads nothing at run
time, so charts are plain SVG computed here — readable without JavaScript, printable,
and testable as data. Colours are SVG presentation attributes (not ``style``), which
the CSP permits. Every chart has a title for screen readers and its numbers are also
in a table next to it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

WIDTH = 720
PALETTE = {"auto": "#1d6b34", "reviewed": "#0b4f9c", "withheld": "#a3171b",
           "scheduled": "#8a4b00", "in_review": "#6b7686", "misses": "#a3171b",
           "false_alarms": "#8a4b00", "found": "#0b4f9c", "rejected": "#8a4b00",
           "added": "#a3171b", "views": "#0b4f9c", "median_hours": "#0b4f9c",
           "count": "#0b4f9c", "ratio": "#0b4f9c", "laggard": "#a3171b"}


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str
    title: str


@dataclass
class Text:
    x: float
    y: float
    text: str
    anchor: str = "middle"
    cls: str = ""


@dataclass
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    cls: str = "grid"


@dataclass
class Chart:
    id: str
    title: str
    width: int
    height: int
    rects: list[Rect] = field(default_factory=list)
    texts: list[Text] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)   # (label, colour)


def nice_max(value: float) -> float:
    """A round axis maximum at or above ``value`` (1, 2, 5 × 10^n)."""
    if value <= 0:
        return 1
    exp = 10 ** math.floor(math.log10(value))
    return next(m * exp for m in (1, 2, 5, 10) if m * exp >= value)


def axis_steps(top_value: float) -> int:
    """How many intervals make round ticks: 5 for 1·10^n and 5·10^n, else 4 (2, 10)."""
    lead = top_value / 10 ** math.floor(math.log10(top_value))
    return 5 if round(lead) in (1, 5) else 4


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}"


def columns(cid: str, title: str, rows: list[dict], xkey: str,
            series: list[tuple[str, str]], *, stacked: bool = True, height: int = 240,
            integers: bool = True) -> Chart:
    """Vertical columns per row of ``rows`` (``series``: (key, label) pairs), stacked or
    side by side, with a value axis and at most about 12 category labels. ``integers``:
    counts, so the axis goes to at least 5 and its ticks are whole numbers."""
    left, right, top, bottom = 48, 8, 12, 40
    chart = Chart(cid, title, WIDTH, height,
                  legend=[(label, PALETTE.get(key, "#0b4f9c")) for key, label in series])
    n = max(1, len(rows))
    totals = [sum(r.get(k, 0) for k, _ in series) if stacked else max(
        (r.get(k, 0) for k, _ in series), default=0) for r in rows]
    top_value = max(nice_max(max(totals, default=0)), 5 if integers else 0)
    plot_h, plot_w = height - top - bottom, WIDTH - left - right
    steps = axis_steps(top_value)
    for i in range(steps + 1):                          # value axis: round steps to max
        v = top_value * i / steps
        y = top + plot_h - plot_h * i / steps
        chart.lines.append(Line(left, y, WIDTH - right, y))
        chart.texts.append(Text(left - 6, y + 4, _fmt(v), "end", "axis"))
    slot = plot_w / n
    step = max(1, math.ceil(n / 12))
    for i, r in enumerate(rows):
        x0 = left + slot * i
        if stacked:
            y = top + plot_h
            for key, label in series:
                h = plot_h * r.get(key, 0) / top_value
                if h > 0:
                    y -= h
                    chart.rects.append(Rect(x0 + slot * .15, y, slot * .7, h,
                                            PALETTE.get(key, "#0b4f9c"),
                                            f"{r[xkey]} {label}: {_fmt(r.get(key, 0))}"))
        else:
            w = slot * .8 / len(series)
            for j, (key, label) in enumerate(series):
                h = plot_h * r.get(key, 0) / top_value
                if h > 0:
                    chart.rects.append(Rect(x0 + slot * .1 + w * j, top + plot_h - h, w, h,
                                            PALETTE.get(key, "#0b4f9c"),
                                            f"{r[xkey]} {label}: {_fmt(r.get(key, 0))}"))
        if i % step == 0:
            chart.texts.append(Text(x0 + slot / 2, height - bottom + 16, str(r[xkey]), "middle",
                                    "axis"))
    return chart


def hbars(cid: str, title: str, rows: list[dict], *, label: str, value: str,
          max_value: float | None = None, percent: bool = False, marker: float | None = None,
          marker_label: str = "", highlight: str = "") -> Chart:
    """One horizontal bar per row, the value printed at its end; rows whose
    ``highlight`` key is true are drawn in the warning colour and marked in words."""
    left, right, bar_h, gap, top = 170, 90, 18, 8, 8
    height = top * 2 + max(1, len(rows)) * (bar_h + gap) + (18 if marker is not None else 0)
    chart = Chart(cid, title, WIDTH, height)
    top_value = max_value or nice_max(max((r.get(value, 0) for r in rows), default=0))
    plot_w = WIDTH - left - right
    for i, r in enumerate(rows):
        y = top + i * (bar_h + gap)
        v = r.get(value, 0)
        flagged = bool(highlight and r.get(highlight))
        colour = PALETTE["laggard"] if flagged else PALETTE.get(value, "#0b4f9c")
        shown = f"{v:.0%}" if percent else _fmt(v)
        name = str(r.get(label, ""))
        chart.texts.append(Text(left - 8, y + bar_h - 4, name[:14] + ("…" if len(name) > 14 else ""),
                                "end", "axis"))
        w = plot_w * min(v, top_value) / top_value if top_value else 0
        chart.rects.append(Rect(left, y, max(w, 1 if v else 0), bar_h, colour,
                                f"{name}: {shown}" + (" (뒤처짐)" if flagged else "")))
        chart.texts.append(Text(left + w + 6, y + bar_h - 4,
                                shown + (" ▲ 뒤처짐" if flagged else ""), "start",
                                "value laggard" if flagged else "value"))
    if marker is not None:
        x = left + plot_w * min(marker, top_value) / top_value
        chart.lines.append(Line(x, top - 4, x, height - 20, "marker"))
        chart.texts.append(Text(x, height - 6, marker_label, "middle", "axis"))
    return chart
