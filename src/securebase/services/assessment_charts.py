"""Assessment charts drawn with matplotlib, straight into memory.

Every function returns an :class:`RgbaImage` (raw pixels, no file, no metadata); the
caller turns it into a QImage. matplotlib is imported on first use only, and only its
Agg canvas and ``Figure`` are used (no pyplot, so no global state and no GUI backend).
Every word on a chart is passed in by the caller, already translated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from securebase.domain.assessment import one_decimal
from securebase.services.chart_fonts import ensure_cjk_fallback, quiet_glyph_warnings

REGION_COLORS = {
    "secure": "#4f9a78",
    "anxious": "#d08a3c",
    "avoidant": "#4f7cac",
    "fearful": "#8c6bb1",
}
DIMENSION_COLORS = {"anxiety": REGION_COLORS["anxious"], "avoidance": REGION_COLORS["avoidant"]}


@dataclass(frozen=True)
class RgbaImage:
    width: int
    height: int
    data: bytes  # width * height * 4 bytes, RGBA, top row first


@dataclass(frozen=True)
class ChartStyle:
    background: str = "#ffffff"
    text: str = "#27303a"
    muted: str = "#6b7480"
    accent: str = "#2f6f8f"
    band: str = "#8a94a0"
    font_size: float = 10.0

    @classmethod
    def from_colors(cls, background: str, text: str, muted: str, accent: str,
                    font_size: float = 10.0) -> ChartStyle:
        return cls(background, text, muted, accent, muted, font_size)


@dataclass(frozen=True)
class PlaneLabels:
    x_axis: str = "Attachment avoidance"
    y_axis: str = "Attachment anxiety"
    regions: Mapping[str, str] = field(default_factory=lambda: {
        "secure": "secure", "anxious": "anxious-preoccupied",
        "avoidant": "dismissing-avoidant",
        "fearful": "fearful-avoidant\n(often called disorganized)"})


@dataclass(frozen=True)
class PlanePoint:
    anxiety: float
    avoidance: float
    label: str = ""  # e.g. the date of the take


def _figure(width_px: int, height_px: int, dpi: float, style: ChartStyle):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    ensure_cjk_fallback()  # Chinese labels need a font with CJK glyphs
    fig = Figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi,
                 facecolor=style.background)
    FigureCanvasAgg(fig)
    return fig


def _to_image(fig) -> RgbaImage:
    canvas = fig.canvas
    with quiet_glyph_warnings():
        canvas.draw()
    buf = canvas.buffer_rgba()
    height, width = buf.shape[0], buf.shape[1]
    return RgbaImage(width, height, bytes(buf))


def _style_axes(ax, style: ChartStyle) -> None:
    ax.set_facecolor(style.background)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(style.muted)
        ax.spines[side].set_alpha(0.5)
    ax.tick_params(colors=style.muted, labelsize=style.font_size * 0.85, length=3)


def render_plane(points: Sequence[PlanePoint], labels: PlaneLabels, *, width_px: int,
                 height_px: int, style: ChartStyle = ChartStyle(), dpi: float = 100.0,
                 midpoint: float = 4.0, band: float = 0.5,
                 highlight_region: str | None = None) -> RgbaImage:
    """The anxiety x avoidance plane: four softly tinted regions, soft bands at the
    midpoints, the takes as a trajectory (oldest first) with the latest emphasised."""
    fig = _figure(width_px, height_px, dpi, style)
    fs = style.font_size
    ax = fig.add_axes((0.12, 0.10, 0.84, 0.87))
    _style_axes(ax, style)
    lo, hi = 1.0, 7.0
    ax.set_xlim(lo, hi)
    ax.set_ylim(lo, hi)
    quadrants = {"secure": (lo, midpoint, lo, midpoint), "anxious": (lo, midpoint, midpoint, hi),
                 "avoidant": (midpoint, hi, lo, midpoint), "fearful": (midpoint, hi, midpoint, hi)}
    for key, (x0, x1, y0, y1) in quadrants.items():
        alpha = 0.17 if key == highlight_region else 0.07
        ax.fill_between([x0, x1], y0, y1, color=REGION_COLORS[key], alpha=alpha, linewidth=0,
                        zorder=0)
    ax.axvspan(midpoint - band, midpoint + band, color=style.band, alpha=0.10, linewidth=0,
               zorder=1)
    ax.axhspan(midpoint - band, midpoint + band, color=style.band, alpha=0.10, linewidth=0,
               zorder=1)
    ax.axvline(midpoint, color=style.band, alpha=0.35, linewidth=0.8, linestyle=(0, (4, 4)))
    ax.axhline(midpoint, color=style.band, alpha=0.35, linewidth=0.8, linestyle=(0, (4, 4)))
    pad = 0.15
    corners = {"secure": (lo + pad, lo + pad, "left", "bottom"),
               "anxious": (lo + pad, hi - pad, "left", "top"),
               "avoidant": (hi - pad, lo + pad, "right", "bottom"),
               "fearful": (hi - pad, hi - pad, "right", "top")}
    for key, (x, y, ha, va) in corners.items():
        strong = key == highlight_region
        ax.text(x, y, labels.regions.get(key, key), ha=ha, va=va, fontsize=fs * 0.9,
                color=REGION_COLORS[key] if strong else style.muted,
                fontweight="bold" if strong else "normal", zorder=2, linespacing=1.2)
    ax.set_xticks(range(1, 8))
    ax.set_yticks(range(1, 8))
    ax.set_xlabel(labels.x_axis, color=style.text, fontsize=fs)
    ax.set_ylabel(labels.y_axis, color=style.text, fontsize=fs)
    ax.set_aspect("auto")
    if points:
        xs = [p.avoidance for p in points]
        ys = [p.anxiety for p in points]
        if len(points) > 1:
            ax.plot(xs, ys, color=style.accent, alpha=0.55, linewidth=1.6, zorder=3,
                    solid_capstyle="round")
            ax.scatter(xs[:-1], ys[:-1], s=fs * 6, color=style.background,
                       edgecolors=style.accent, linewidths=1.4, zorder=4)
        ax.scatter([xs[-1]], [ys[-1]], s=fs * 16, color=style.accent, edgecolors=style.background,
                   linewidths=2.0, zorder=5)
        labelled = range(len(points)) if len(points) <= 6 else (0, len(points) - 1)
        placed: list[tuple[float, float]] = []
        for n in sorted(labelled, reverse=True):  # the latest first; it always gets a label
            p = points[n]
            if not p.label:
                continue
            if any(abs(p.avoidance - x) < 0.9 and abs(p.anxiety - y) < 0.35
                   for x, y in placed):
                continue  # would overlap a label already drawn: the point stays unlabelled
            placed.append((p.avoidance, p.anxiety))
            last = n == len(points) - 1
            if last:  # beside the point, away from the edges and the corner labels
                dx = -10 if p.avoidance > hi - 1.5 else 10
                dy = -22 if p.anxiety > hi - 1.3 else 10
            else:
                dx, dy = (-9, 0) if p.avoidance > lo + 1.0 else (9, 0)
            ax.annotate(p.label, (p.avoidance, p.anxiety), xytext=(dx, dy),
                        textcoords="offset points", ha="right" if dx < 0 else "left",
                        va="bottom" if last else "center",
                        fontsize=fs * (0.9 if last else 0.75),
                        color=style.text if last else style.muted, zorder=6)
    return _to_image(fig)


#: Room above the facet bars for the legend, in pixels at 96 dpi.
LEGEND_PX = 26


def render_facets(facets: Sequence[tuple[str, float, str]], *, width_px: int, height_px: int,
                  style: ChartStyle = ChartStyle(), dpi: float = 100.0,
                  midpoint: float = 4.0,
                  legend: Mapping[str, str] | None = None) -> RgbaImage:
    """Horizontal bars, one per facet (label, mean, dimension), on the 1-7 scale, top to
    bottom in the order given, with the midpoint marked. ``legend`` names the
    dimensions (e.g. {"anxiety": "Attachment anxiety", …}): a key above the bars, so
    the dimension a bar belongs to is not told by its colour alone (make the image
    LEGEND_PX taller for it)."""
    fig = _figure(width_px, height_px, dpi, style)
    fs = style.font_size
    top = (LEGEND_PX * dpi / 96) / height_px if legend else 0.0
    ax = fig.add_axes((0.36, 0.10, 0.58, 0.86 - top))
    if legend:
        from matplotlib.patches import Patch

        shown = [d for d in DIMENSION_COLORS if d in legend and any(f[2] == d for f in facets)]
        fig.legend([Patch(color=DIMENSION_COLORS[d], alpha=0.85) for d in shown],
                   [legend[d] for d in shown], loc="upper left", bbox_to_anchor=(0.36, 1.0),
                   ncols=len(shown) or 1, frameon=False, fontsize=fs * 0.85,
                   labelcolor=style.text, handlelength=1.2, borderaxespad=0.2)
    _style_axes(ax, style)
    ax.spines["left"].set_visible(False)
    n = len(facets)
    ys = list(range(n))[::-1]
    for y, (_label, mean, dim) in zip(ys, facets, strict=True):
        color = DIMENSION_COLORS.get(dim, style.accent)
        ax.barh(y, 6, left=1, height=0.56, color=style.band, alpha=0.10, linewidth=0)
        ax.barh(y, mean - 1, left=1, height=0.56, color=color, alpha=0.85, linewidth=0)
        ax.text(mean + 0.08, y, one_decimal(mean), va="center", ha="left", fontsize=fs * 0.85,
                color=style.text)
    ax.axvline(midpoint, color=style.band, alpha=0.5, linewidth=0.8, linestyle=(0, (4, 4)))
    ax.set_yticks(ys)
    ax.set_yticklabels([f[0] for f in facets], fontsize=fs * 0.9, color=style.text)
    ax.tick_params(axis="y", length=0)
    ax.set_xlim(1, 7.6)
    ax.set_xticks(range(1, 8))
    ax.set_ylim(-0.6, n - 0.4)
    return _to_image(fig)


def render_intensity(days: Sequence[tuple[date, float]], means: Sequence[tuple[date, float]],
                     *, width_px: int, height_px: int, y_label: str,
                     style: ChartStyle = ChartStyle(), dpi: float = 100.0) -> RgbaImage:
    """Trigger intensity over time: one dot per moment, a line for the running mean."""
    import matplotlib.dates as mdates

    fig = _figure(width_px, height_px, dpi, style)
    fs = style.font_size
    ax = fig.add_axes((0.09, 0.16, 0.88, 0.78))
    _style_axes(ax, style)
    if days:
        ax.scatter([d for d, _ in days], [v for _, v in days], s=fs * 1.6, color=style.band,
                   alpha=0.55, linewidths=0, zorder=2)
    if means:
        ax.plot([d for d, _ in means], [v for _, v in means], color=style.accent, linewidth=2.0,
                zorder=3)
    ax.set_ylim(-0.3, 10.3)
    ax.set_yticks([0, 2, 4, 6, 8, 10])
    ax.set_ylabel(y_label, color=style.text, fontsize=fs * 0.9)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="y", color=style.band, alpha=0.15, linewidth=0.6)
    return _to_image(fig)
