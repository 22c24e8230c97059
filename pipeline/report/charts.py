"""The overview's charts, drawn by matplotlib as SVG text to inline in the report.

matplotlib's object API (``Figure``, no pyplot) keeps no global state and
needs no display. Text stays text (``svg.fonttype: none``: smaller, and
the browser's fonts render it), the hash salt is fixed so the same tables
give the same SVG, and every element id is prefixed with the chart's name
so several charts can live in one HTML page.
"""

from __future__ import annotations

import io
import re

import pandas as pd

WIDTH = 6.4  # inches; the SVG scales to the column width in the page
BAR_COLOR = "#4c78a8"
LABEL_CHAR_INCHES = 0.075  # width of one character of an 8 pt tick label
TYPE_COLORS = {"direct": "#e45756", "indirect": "#4c78a8"}
_ID = re.compile(r'(\bid=")([^"]+)(")')
_REF = re.compile(r'(url\(#|href="#)([^)"]+)')


def _svg(fig, name: str) -> str:
    """The figure as an ``<svg>`` element with ids unique to this chart."""
    import matplotlib

    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": f"kutipan-{name}"}):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    text = buf.getvalue()
    text = text[text.index("<svg"):]
    text = _ID.sub(lambda m: f"{m[1]}{name}-{m[2]}{m[3]}", text)
    text = _REF.sub(lambda m: f"{m[1]}{name}-{m[2]}", text)
    return text.replace("<svg ", f'<svg role="img" aria-label="{name}" class="chart" ', 1)


def _figure(height: float, width: float = WIDTH, label_chars: int = 6):
    """A figure whose margins are set from the longest y label: no layout engine, whose extra
    drawing pass would double the time of every chart (and of a small run's report)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height))
    left = (0.25 + label_chars * LABEL_CHAR_INCHES) / width
    fig.subplots_adjust(left=left, right=1 - 0.15 / width, bottom=0.55 / height, top=1 - 0.35 / height)
    ax = fig.add_subplot()
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig, ax


def bar_chart(counts: pd.Series, name: str, title: str, colors: dict[str, str] | None = None) -> str:
    """Horizontal bars, largest on top, with the count at the end of each bar."""
    counts = counts[counts > 0]
    if counts.empty:
        return ""
    labels = [_short(str(k)) for k in counts.index][::-1]
    values = list(counts.values)[::-1]
    fig, ax = _figure(0.9 + 0.28 * len(counts), label_chars=max(len(label) for label in labels))
    bar_colors = [(colors or {}).get(str(k), BAR_COLOR) for k in counts.index][::-1]
    bars = ax.barh(labels, values, color=bar_colors)
    ax.bar_label(bars, padding=3, fontsize=8)
    ax.set_title(title, loc="left", fontsize=10)
    ax.tick_params(labelsize=8)
    ax.margins(x=0.12)
    return _svg(fig, name)


def daily_chart(daily: pd.DataFrame, name: str, title: str, top: int = 6) -> str:
    """Quotes per day, one line per outlet (the ``top`` outlets; the rest summed as "other")."""
    import matplotlib.dates as mdates

    if daily.empty:
        return ""
    table = daily.pivot_table(index="date", columns="outlet", values="n", aggfunc="sum", fill_value=0)
    order = table.sum().sort_values(ascending=False).index
    if len(order) > top:
        table["other"] = table[order[top:]].sum(axis=1)
        order = [*order[:top], "other"]
    table.index = pd.to_datetime(table.index)
    table = table.asfreq("D", fill_value=0)
    fig, ax = _figure(3.2, 2 * WIDTH)  # spans the page: twice the width of the other charts
    for outlet in order:
        ax.plot(table.index, table[outlet], label=_short(str(outlet)), linewidth=1.2,
                marker="o" if len(table) < 20 else None, markersize=3)
    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_title(title, loc="left", fontsize=10)
    ax.set_ylabel("quotes", fontsize=8)
    ax.tick_params(labelsize=8)
    ax.set_ylim(bottom=0)
    ax.legend(fontsize=7, frameon=False, ncols=2)
    return _svg(fig, name)


def _short(text: str, width: int = 32) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
