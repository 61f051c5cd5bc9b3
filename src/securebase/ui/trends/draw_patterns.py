"""The charts of patterns: what sets me off, where I feel it, and the assessment path."""

from __future__ import annotations

import numpy as np
from matplotlib.patches import Polygon

from securebase.domain.bodyscan import BODY_REGIONS
from securebase.domain.trend_regions import areas_for
from securebase.services.assessment_charts import REGION_COLORS, PlaneLabels
from securebase.services.trends import AssessmentView, BodyView, TriggersView
from securebase.ui.trends.content import tr
from securebase.ui.trends.draw_common import (
    DrawContext,
    Hover,
    box,
    cap,
    header,
    label_axes,
    legend,
    size_pt,
    style_axes,
)

MAX_BARS = 12
TOP_CELLS = 5  # the busiest hours carry their count
#: Painting order of the outline (from the Body scan tab): limbs first, the head last.
BODY_ORDER = ("arms", "hands", "thighs", "lower_legs", "knees", "feet", "hips", "belly",
              "chest", "shoulders", "neck", "head", "face")


def _bars(ax, ctx: DrawContext, labels: list[str], counts: list[int], notes: list[str],
          color: str, hover: Hover, texts: list[str]) -> None:
    """Horizontal bars, largest on top, each with its count (and a note) written beside."""
    t = ctx.theme
    ys = np.arange(len(labels))[::-1]
    ax.barh(ys, counts, height=0.62, color=color, alpha=0.85, zorder=2)
    peak = max(counts, default=1) or 1
    for y, count, note in zip(ys, counts, notes, strict=True):
        ax.text(count + peak * 0.02, y, note, va="center", ha="left",
                fontsize=t.font_size * 0.82, color=t.text)
    ax.set_yticks(ys)
    ax.set_yticklabels(labels, fontsize=t.font_size * 0.88, color=t.text)
    ax.tick_params(axis="y", length=0)
    ax.set_xlim(0, peak * 1.45)
    ax.set_ylim(-0.6, max(len(labels), 1) - 0.4)
    ax.grid(axis="x", color=t.grid, linewidth=0.7)
    ax.grid(axis="y", visible=False)
    hover.rects(ax, [(0.0, y - 0.31, max(c, peak * 0.02), y + 0.31)
                     for y, c in zip(ys, counts, strict=True)], lambda i: texts[i])


# ---------------------------------------------------------------------- 3 what sets me off
def draw_triggers(fig, view: TriggersView, ctx: DrawContext) -> Hover:
    t, fmt = ctx.theme, ctx.fmt
    head = header(fig, ctx)
    hover = Hover()
    w, h = size_pt(fig)
    split = w * 0.40
    peak_text = ctx.extra.get("peak", "")
    bottom = 62 if peak_text else 46
    bars = fig.add_axes(box(fig, 130, bottom, w - split + 10, head + 26))
    style_axes(bars, t, grid_y=False)
    stats = list(view.categories[:MAX_BARS])
    labels = [cap(fmt.category(s.category)) for s in stats]
    _bars(bars, ctx, labels, [s.count for s in stats],
          [tr("{count} · avg {mean}").format(count=fmt.count(s.count), mean=fmt.number(s.mean))
           for s in stats], t.accent, hover,
          [tr("{category}: {count} moments, average intensity {mean}").format(
              category=lbl, count=fmt.count(s.count), mean=fmt.number(s.mean))
           for lbl, s in zip(labels, stats, strict=True)])
    bars.set_title(tr("By category"), loc="left", fontsize=t.font_size, color=t.text, pad=8)
    label_axes(bars, t, tr("Moments (and average intensity)"), None)

    heat = fig.add_axes(box(fig, split + 60, bottom, 20, head + 26))
    grid = np.array(view.grid, dtype=float) if view.grid else np.zeros((7, 24))
    peak = grid.max() or 1.0
    # a heat map whose colour is doubled by size: each cell's square grows with its count,
    # and the busiest cells carry their number
    colors = [[t.ramp(0.05 + 0.55 * (v / peak) if v else 0.0) for v in row] for row in grid]
    heat.imshow(np.array([[_rgb(c) for c in row] for row in colors]), aspect="auto",
                interpolation="nearest", origin="upper", extent=(-0.5, 23.5, 6.5, -0.5))
    cell_pt = min((w - split - 80) / 24, (h - head - 26 - bottom) / 7)
    rows, cols = np.nonzero(grid)
    heat.scatter(cols, rows, s=(grid[rows, cols] / peak) * (cell_pt * 0.82) ** 2, marker="s",
                 color=t.warm, linewidths=0, zorder=3)
    order = sorted(zip(rows, cols, strict=True), key=lambda rc: -grid[rc[0], rc[1]])
    for row, col in order[:TOP_CELLS]:
        heat.text(col, row, fmt.count(int(grid[row, col])), ha="center", va="center",
                  fontsize=min(t.font_size * 0.75, cell_pt * 0.45),
                  color=t.ink_on(t.warm), zorder=4)
    heat.set_xticks(range(0, 24, 3))
    heat.set_xticklabels([fmt.hour(hr) for hr in range(0, 24, 3)])
    heat.set_yticks(range(7))
    heat.set_yticklabels([fmt.weekday(d, short=True) for d in range(7)])
    style_axes(heat, t, grid_y=False)
    for side in ("left", "bottom"):
        heat.spines[side].set_visible(False)
    heat.tick_params(length=0)
    heat.set_title(tr("By day and hour"), loc="left", fontsize=t.font_size, color=t.text, pad=8)
    label_axes(heat, t, tr("Hour of the day"), None)
    if peak_text:
        fig.text((split + 60) / w, 10 / h, peak_text, ha="left", va="bottom",
                 fontsize=t.font_size * 0.9, color=t.text)

    def cell_text(col: int, row: int) -> str | None:
        if not (0 <= row < 7 and 0 <= col < 24):
            return None
        return tr("{weekday}, {start}-{end}: {count} moments").format(
            weekday=fmt.weekday(row), start=fmt.hour(col), end=fmt.hour((col + 1) % 24),
            count=fmt.count(int(grid[row, col])))

    hover.cells(heat, cell_text)
    return hover


def _rgb(color: str) -> tuple[float, float, float]:
    color = color.lstrip("#")
    return tuple(int(color[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


# ---------------------------------------------------------------------- 4 where I feel it
def body_polygons() -> dict[str, list[np.ndarray]]:
    """The Body scan tab's outline (ui.bodyscan.figures.body_paths) as polygons in its
    100 x 240 box."""
    from securebase.ui.bodyscan.figures import body_paths

    out = {}
    for name, path in body_paths().items():
        out[name] = [np.array([(p.x(), p.y()) for p in poly]) for poly in path.toFillPolygons()]
    return out


_POLYGONS: dict[str, list[np.ndarray]] | None = None


def _polygons() -> dict[str, list[np.ndarray]]:
    global _POLYGONS
    if _POLYGONS is None:
        _POLYGONS = body_polygons()
    return _POLYGONS


def draw_body(fig, view: BodyView, ctx: DrawContext) -> Hover:
    t, fmt = ctx.theme, ctx.fmt
    head = header(fig, ctx)
    hover = Hover()
    w, h = size_pt(fig)
    split = w * 0.50
    body = fig.add_axes(box(fig, 20, 20, w - split, head + 16))
    body.set_axis_off()
    body.set_xlim(-10, 190)
    body.set_ylim(244, -4)
    body.set_aspect("equal", adjustable="box", anchor="W")
    peak = max(view.areas.values(), default=0) or 1
    patches, names = [], []
    for name in BODY_ORDER:
        count = view.areas.get(name, 0)
        color = t.ramp(0.15 + 0.85 * count / peak) if count else t.fill
        for poly in _polygons().get(name, []):
            patch = Polygon(poly, closed=True, facecolor=color, edgecolor=t.muted, lw=0.8,
                            zorder=2)
            body.add_patch(patch)
            patches.append(patch)
            names.append(name)
    # labels in a column right of the figure, each level with its place, a line to it
    placed = [(region, count, areas_for(region)) for region, count in view.regions]
    on_body = [(r, c, a, _centre(a)) for r, c, a in placed
               if a and len(a) < len(BODY_REGIONS)][:8]
    on_body.sort(key=lambda item: item[3][1])
    last_y = -1e9
    for region, count, _areas, (cx, cy) in on_body:
        ty = max(cy, last_y + 20)
        last_y = ty
        body.annotate(tr("{region}: {count}").format(region=cap(fmt.region(region)),
                                                    count=fmt.count(count)),
                      xy=(cx, cy), xytext=(118, ty), ha="left", va="center",
                      fontsize=t.font_size * 0.9, color=t.text,
                      arrowprops={"arrowstyle": "-", "color": t.muted, "lw": 0.8,
                                  "shrinkA": 3, "shrinkB": 1})
    whole = next((c for r, c, a in placed if len(a) == len(BODY_REGIONS)), 0)
    if whole:
        body.text(118, 236, tr("Whole body: {count}").format(count=fmt.count(whole)),
                  ha="left", va="center", fontsize=t.font_size * 0.9, color=t.text)

    def area_text(i: int) -> str:
        area = names[i]
        regions = [cap(fmt.region(r)) for r, _c, a in placed if area in a]
        return tr("{places}: {count} moments").format(
            places=", ".join(regions) or area, count=fmt.count(view.areas.get(area, 0)))

    hover.shapes(body, patches, area_text)

    bars = fig.add_axes(box(fig, split + 110, 46, 24, head + 26))
    style_axes(bars, t, grid_y=False)
    shown = list(view.regions[:MAX_BARS])
    labels = [cap(fmt.region(r)) for r, _ in shown]
    notes = []
    for region, count in shown:
        share = round(100 * count / view.named) if view.named else 0
        note = tr("{count} ({share}%)").format(count=fmt.count(count), share=share)
        if not areas_for(region):
            note += " " + tr("- not on the drawing")
        notes.append(note)
    _bars(bars, ctx, labels, [c for _, c in shown], notes, t.warm, hover,
          [tr("{region}: named in {count} of {total} moments").format(
              region=lbl, count=fmt.count(c), total=fmt.count(view.named))
           for lbl, (_r, c) in zip(labels, shown, strict=True)])
    bars.set_title(tr("Places named"), loc="left", fontsize=t.font_size, color=t.text, pad=8)
    label_axes(bars, t, tr("Moments that named the place"), None)
    return hover


def _centre(areas: tuple[str, ...]) -> tuple[float, float]:
    points = np.concatenate([p for a in areas for p in _polygons().get(a, [])] or
                            [np.array([[50.0, 120.0]])])
    right_half = points[points[:, 0] >= 50.0]
    points = right_half if len(right_half) else points
    return float(points[:, 0].mean()), float(points[:, 1].mean())


# ---------------------------------------------------------------------- 6 assessment
def draw_plane(fig, view: AssessmentView, ctx: DrawContext) -> Hover:
    """All takes on the anxiety x avoidance plane, in the Assessment tab's colours."""
    t, fmt = ctx.theme, ctx.fmt
    labels: PlaneLabels = ctx.extra.get("plane_labels") or PlaneLabels()
    head = header(fig, ctx)
    hover = Hover()
    w, h = size_pt(fig)
    side = min(w - 260, h - head - 70)
    left = (w - side) / 2
    ax = fig.add_axes(box(fig, left, 50, w - left - side, h - 50 - side))
    style_axes(ax, t, grid_y=False)
    lo, hi, mid = 1.0, 7.0, view.midpoint
    ax.set_xlim(lo, hi)
    ax.set_ylim(lo, hi)
    quadrants = {"secure": (lo, mid, lo, mid), "anxious": (lo, mid, mid, hi),
                 "avoidant": (mid, hi, lo, mid), "fearful": (mid, hi, mid, hi)}
    for key, (x0, x1, y0, y1) in quadrants.items():
        ax.fill_between([x0, x1], y0, y1, color=REGION_COLORS[key], alpha=0.10, lw=0, zorder=0)
    for fn in (ax.axvline, ax.axhline):
        fn(mid, color=t.muted, alpha=0.6, lw=0.8, ls=(0, (4, 4)), zorder=1)
    pad = 0.12
    corners = {"secure": (lo + pad, lo + pad, "left", "bottom"),
               "anxious": (lo + pad, hi - pad, "left", "top"),
               "avoidant": (hi - pad, lo + pad, "right", "bottom"),
               "fearful": (hi - pad, hi - pad, "right", "top")}
    for key, (x, y, ha, va) in corners.items():
        ax.text(x, y, labels.regions.get(key, key), ha=ha, va=va, fontsize=t.font_size * 0.85,
                color=t.muted, zorder=2)
    takes = view.takes
    xs = [p.avoidance for p in takes]
    ys = [p.anxiety for p in takes]
    for i in range(1, len(takes)):
        ax.annotate("", xy=(xs[i], ys[i]), xytext=(xs[i - 1], ys[i - 1]), zorder=3,
                    arrowprops={"arrowstyle": "-|>", "color": t.accent, "alpha": 0.7,
                                "lw": 1.4, "shrinkA": 5, "shrinkB": 6, "mutation_scale": 12})
    if takes:
        ax.plot(xs[:1], ys[:1], "s", ms=8, mfc=t.background, mec=t.accent, mew=1.6, ls="",
                zorder=4, label=tr("Earliest take shown"))
        if len(takes) > 2:
            ax.plot(xs[1:-1], ys[1:-1], "o", ms=6, mfc=t.background, mec=t.accent, mew=1.3,
                    ls="", zorder=4, label=tr("Retakes"))
        if len(takes) > 1:
            ax.plot(xs[-1:], ys[-1:], "o", ms=11, color=t.accent, mec=t.background, mew=1.5,
                    ls="", zorder=5, label=tr("Latest take"))
        shown = range(len(takes)) if len(takes) <= 6 else (0, len(takes) - 1)
        for i in shown:
            dx, dy = _away(xs, ys, i)
            ax.annotate(fmt.date(takes[i].day), (xs[i], ys[i]), xytext=(dx * 13, dy * 11),
                        textcoords="offset points", fontsize=t.font_size * 0.8,
                        ha="left" if dx >= 0 else "right", va="bottom" if dy >= 0 else "top",
                        color=t.text if i == len(takes) - 1 else t.muted, zorder=6)
        hover.points(ax, xs, ys, lambda i: tr("{date}: anxiety {anxiety}, avoidance {avoidance}")
                     .format(date=fmt.date(takes[i].day), anxiety=fmt.number(takes[i].anxiety),
                             avoidance=fmt.number(takes[i].avoidance)))
        legend(ax, t, loc="upper left", bbox_to_anchor=(1.02, 1.0))
    ax.set_xticks(range(1, 8))
    ax.set_yticks(range(1, 8))
    label_axes(ax, t, labels.x_axis, labels.y_axis)
    return hover


def _away(xs: list[float], ys: list[float], i: int) -> tuple[float, float]:
    """A unit direction pointing away from the neighbouring takes (for a date label)."""
    if len(xs) < 2:
        return 0.7, 0.7
    j = i - 1 if i > 0 else 1
    dx, dy = xs[i] - xs[j], ys[i] - ys[j]
    if i not in (0, len(xs) - 1):  # between two takes: step sideways to the path
        dx, dy = -(ys[i + 1] - ys[i - 1]), xs[i + 1] - xs[i - 1]
    length = (dx * dx + dy * dy) ** 0.5
    if length < 1e-9:
        return 0.7, 0.7
    return dx / length, dy / length
