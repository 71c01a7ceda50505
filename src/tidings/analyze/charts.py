"""Charts drawn with matplotlib (Agg backend: files only, no display)."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

from tidings.analyze.dyad import DyadRow

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
QUAD_COLOURS = {1: "#9ecae1", 2: "#3182bd", 3: "#fdae6b", 4: "#e6550d"}


def plot_dyad(rows: list[DyadRow], a: str, b: str, path: Path) -> Path:
    """Stacked bars of events per quad class and period, one panel per direction,
    with the mean intensity as a line; PNG or SVG by the file's suffix. Periods
    with no events are shown, so gaps in the record are visible."""
    dated = [r for r in rows if r.period != "undated"]
    periods = all_periods(sorted({r.period for r in dated}))
    top = max((r.total for r in dated), default=1)
    fig, axes = plt.subplots(2, 1, figsize=(max(6.5, 0.45 * len(periods) + 3), 6.5), sharex=True)
    for ax, direction, title in ((axes[0], "A→B", f"{a} → {b}"), (axes[1], "B→A", f"{b} → {a}")):
        by_period = {r.period: r for r in dated if r.direction == direction}
        bottom = [0] * len(periods)
        for quad in (1, 2, 3, 4):
            values = [by_period[p].quads.get(quad, 0) if p in by_period else 0 for p in periods]
            ax.bar(periods, values, bottom=bottom, color=QUAD_COLOURS[quad], label=QUAD_NAMES[quad])
            bottom = [x + y for x, y in zip(bottom, values, strict=True)]
        ax.set_title(title, loc="left", fontsize=11)
        ax.set_ylabel("events")
        ax.set_ylim(0, top * 1.15 + 0.5)
        ax.yaxis.get_major_locator().set_params(integer=True)
        twin = ax.twinx()
        means = [by_period[p].intensity_mean if p in by_period else float("nan") for p in periods]
        twin.plot(periods, means, color="black", marker="o", linestyle="none", label="mean intensity")
        twin.set_ylim(-10, 10)
        twin.axhline(0, color="grey", linewidth=0.6, linestyle=":")
        twin.set_ylabel("mean intensity (−10…10)")
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncols=4, fontsize=8, frameon=False)
    undated = sum(r.total for r in rows if r.period == "undated")
    fig.suptitle(
        f"Events between {a} and {b}" + (f" ({undated} without a date this precise)" if undated else "")
    )
    axes[1].tick_params(axis="x", rotation=45)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    fig.savefig(path)
    plt.close(fig)
    return path


def all_periods(labels: list[str]) -> list[str]:
    """Every year, quarter or month from the first label to the last ("2021", "2021-Q3", "2021-07")."""
    if not labels:
        return []

    def index(label: str) -> int:
        year, _, rest = label.partition("-")
        if not rest:
            return int(year)
        if rest.startswith("Q"):
            return int(year) * 4 + int(rest[1:]) - 1
        return int(year) * 12 + int(rest) - 1

    def label_of(i: int, like: str) -> str:
        if "-Q" in like:
            return f"{i // 4}-Q{i % 4 + 1}"
        if "-" in like:
            return f"{i // 12}-{i % 12 + 1:02d}"
        return str(i)

    first, last = index(labels[0]), index(labels[-1])
    if last - first > 400:  # a very long span: keep only the periods that have events
        return labels
    return [label_of(i, labels[0]) for i in range(first, last + 1)]


def plot_mix(mix: list[dict[str, object]], title: str, path: Path) -> Path:
    """Stacked bars: events per PLOVER type and year (undated last)."""
    years = sorted({str(r["year"]) for r in mix}, key=lambda y: (y == "undated", y))
    types = sorted({str(r["type"]) for r in mix})
    counts = {(str(r["year"]), str(r["type"])): int(str(r["events"])) for r in mix}
    fig, ax = plt.subplots(figsize=(max(5.0, 0.7 * len(years) + 3), 4))
    bottom = [0] * len(years)
    cmap = plt.get_cmap("tab20")
    for i, t in enumerate(types):
        values = [counts.get((y, t), 0) for y in years]
        ax.bar(years, values, bottom=bottom, label=t, color=cmap(i % 20))
        bottom = [x + y for x, y in zip(bottom, values, strict=True)]
    ax.set_ylabel("events")
    ax.set_title(title, loc="left", fontsize=11)
    ax.legend(fontsize=7, ncols=2, loc="upper left")
    ax.tick_params(axis="x", rotation=45)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def png_data_uri(path: Path) -> str:
    """A PNG file as a data: URI, so an HTML report stays one self-contained file."""
    import base64

    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")
