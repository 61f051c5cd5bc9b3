"""The charts along a time axis: intensity over time, the regulation effect and practice."""

from __future__ import annotations

import math

import numpy as np
from matplotlib.collections import PolyCollection
from matplotlib.patches import Patch

from securebase.domain.trends import NO_REGULATION, Bucket, add_months, wall_days
from securebase.services.trends import IntensityView, PracticeView, RegulationView
from securebase.ui.trends.content import tr
from securebase.ui.trends.draw_common import (
    DrawContext,
    Hover,
    box,
    cap,
    date_axis,
    header,
    label_axes,
    legend,
    size_pt,
    style_axes,
)

#: Points at the same whole-number intensity are spread this far apart vertically.
JITTER = 0.18
MAX_PANELS = 6
BAND = 10.0  # one 0-10 intensity scale per way of settling
BAND_GAP = 3.5  # room for its label


def _x_limits(ax, view) -> None:
    ax.set_xlim(wall_days(view.period.first), wall_days(view.period.last) + 1)


def _bucket_mid(start, bucket: Bucket) -> float:
    if bucket is Bucket.MONTH:
        return (wall_days(start) + wall_days(add_months(start, 1))) / 2
    return wall_days(start) + 3.5


def _bucket_name(ctx: DrawContext, start, bucket: Bucket) -> str:
    if bucket is Bucket.MONTH:
        return ctx.fmt.locale.toString(_qdate(start), tr("MMMM yyyy"))
    return tr("Week of {date}").format(date=ctx.fmt.date(start))


def _qdate(day):
    from PySide6.QtCore import QDate

    return QDate(day.year, day.month, day.day)


# ---------------------------------------------------------------------- 1 intensity
def draw_intensity(fig, view: IntensityView, ctx: DrawContext) -> Hover:
    t, fmt = ctx.theme, ctx.fmt
    head = header(fig, ctx)
    ax = fig.add_axes(box(fig, 52, 46, 22, head + 8))
    style_axes(ax, t)
    hover = Hover()
    today = wall_days(view.period.last if not view.rolling else view.rolling[-1][0])
    x_first, x_last = wall_days(view.period.first), wall_days(view.period.last) + 1
    axes_pt = size_pt(fig)[0] - 74
    path_days = ((wall_days(view.steps[-1].last) + 1 - wall_days(view.steps[0].first))
                 if view.steps else 0)
    narrow_path = path_days / (x_last - x_first) * axes_pt < 120
    long_range = view.period.days > 400

    ahead_labelled = False
    for n, span in enumerate(view.steps):
        x0, x1 = wall_days(span.first), wall_days(span.last) + 1
        ax.axvspan(x0, x1, color=t.soft if n % 2 == 0 else t.background, alpha=1.0, lw=0,
                   zorder=0)
        if not narrow_path or span.number == 1:
            ax.axvline(x0, color=t.muted, lw=0.8, ls=(0, (2, 3)), zorder=1)
        if span.projected:  # the days ahead: hatched, so it does not rely on colour
            ahead = max(x0, today + 1)
            ax.axvspan(ahead, x1, facecolor="none", edgecolor=t.grid, hatch="//", lw=0,
                       zorder=0)
            if span.first <= view.period.last and not ahead_labelled and \
                    (min(x1, x_last) - ahead) / (x_last - x_first) * axes_pt > 60:
                ax.text((ahead + min(x1, x_last)) / 2, 0.03, tr("Days ahead"),
                        transform=ax.get_xaxis_transform(), ha="center", va="bottom",
                        fontsize=t.font_size * 0.8, color=t.muted)
                ahead_labelled = True
        if span.number == 6:
            ax.axvline(x1, color=t.muted, lw=0.8, ls=(0, (2, 3)), zorder=1)
            if x_last - x1 > (x_last - x_first) * 0.12:
                ax.text((x1 + x_last) / 2, 0.985, tr("After the path"),
                        transform=ax.get_xaxis_transform(), ha="center", va="top",
                        fontsize=t.font_size * 0.8, color=t.muted)
        visible = (min(x1, x_last) - max(x0, x_first)) / (x_last - x_first) * axes_pt
        if visible > 12 and not narrow_path:
            label = tr("Step {n}").format(n=span.number) if visible > 40 else str(span.number)
            ax.text((max(x0, x_first) + min(x1, x_last)) / 2, 0.985, label,
                    transform=ax.get_xaxis_transform(), ha="center", va="top",
                    fontsize=t.font_size * 0.8, color=t.text, clip_on=True)
    if view.steps and narrow_path:  # too narrow to name each step: name the path once
        x0 = max(wall_days(view.steps[0].first), x_first)
        ax.text(x0, 0.985, " " + tr("The 50-day path"), transform=ax.get_xaxis_transform(),
                ha="left", va="top", fontsize=t.font_size * 0.8, color=t.text)

    moments = view.moments
    xs = np.fromiter((wall_days(m.at) for m in moments), float, len(moments))
    ys = np.fromiter((m.intensity for m in moments), float, len(moments))
    if len(ys):  # spread equal values a little (deterministic), so density shows
        ys_drawn = ys + JITTER * np.sin(np.arange(len(ys)) * 2.399963)
        size = 3.2 if len(ys) < 400 else 2.2
        ax.plot(xs, ys_drawn, "o", ms=size, mfc=t.muted, mec="none", alpha=0.45, ls="",
                zorder=2, label=tr("Each moment"), rasterized=len(ys) > 2000)

        def moment_text(i: int) -> str:
            m = moments[i]
            text = tr("{when}: intensity {value}").format(when=fmt.moment(m.at),
                                                         value=m.intensity)
            if m.after is not None:
                text += " " + tr("(afterwards {value})").format(value=m.after)
            return text

        hover.points(ax, xs, ys_drawn, moment_text)

    daily = view.daily
    if daily:
        dx = [wall_days(d.day) + 0.5 for d in daily]
        dy = [d.mean for d in daily]
        ax.plot(dx, dy, marker="D", ms=3.6 if len(dx) < 200 else 2.0, color=t.accent,
                ls="", alpha=0.4 if long_range else 0.8, zorder=3, label=tr("Daily average"))
        hover.points(ax, dx, dy, lambda i: tr("{day}: daily average {mean} ({count} moments)")
                     .format(day=fmt.day(daily[i].day), mean=fmt.number(daily[i].mean),
                             count=fmt.count(daily[i].count)))
    rolling = [(d, v) for d, v in view.rolling]
    if rolling:
        rx = [wall_days(d) + 0.5 for d, _ in rolling]
        ry = [math.nan if v is None else v for _, v in rolling]
        ax.plot(rx, ry, color=t.warm, lw=1.3 if long_range else 2.6, zorder=4,
                solid_capstyle="round", label=tr("7-day average"))
        hover.points(ax, rx, ry, lambda i: tr("7 days to {day}: average {mean}").format(
            day=fmt.day(rolling[i][0]), mean=fmt.number(rolling[i][1] or 0.0)))

    _x_limits(ax, view)
    ax.set_ylim(-0.6, 11.6 if view.steps else 10.6)
    ax.set_yticks(range(0, 11, 2))
    date_axis(ax, t)
    label_axes(ax, t, tr("Date"), tr("Intensity (0 = none, 10 = strongest)"))
    w, h = size_pt(fig)
    legend(fig, t, *ax.get_legend_handles_labels(), loc="upper right", ncols=3,
           bbox_to_anchor=(1 - 14 / w, 1 - 6 / h), markerscale=1.6)
    return hover


# ---------------------------------------------------------------------- 2 regulation
def draw_regulation(fig, view: RegulationView, ctx: DrawContext) -> Hover:
    """One band per way of settling (most used first, "nothing in particular" last), each
    a 0-10 scale: a hollow circle at the moment, a filled triangle afterwards, joined."""
    t, fmt = ctx.theme, ctx.fmt
    head = header(fig, ctx)
    hover = Hover()
    named = [e for e in view.effects if e.regulation != NO_REGULATION]
    effects = (named[:MAX_PANELS - 1]
               + [e for e in view.effects if e.regulation == NO_REGULATION])[:MAX_PANELS]
    n = max(1, len(effects))
    ax = fig.add_axes(box(fig, 52, 44, 22, head + 22))
    style_axes(ax, t, grid_y=False)
    band = BAND + BAND_GAP
    xs_all, ys_all, texts, sizes = [], [], [], []
    ticks, tick_labels = [], []
    for row, effect in enumerate(effects):
        base = (n - 1 - row) * band
        if row % 2 == 0:
            ax.axhspan(base - BAND_GAP / 2, base + BAND + BAND_GAP / 2, color=t.soft, lw=0,
                       zorder=0)
        for level in (0, 5, 10):
            ax.axhline(base + level, color=t.grid, lw=0.6, zorder=1)
            ticks.append(base + level)
            tick_labels.append(str(level))
        pairs = [p for p in view.pairs if p.regulation == effect.regulation]
        xs = [_bucket_mid(p.start, view.bucket) for p in pairs]
        before = [base + p.before for p in pairs]
        after = [base + p.after for p in pairs]
        crowded = len(pairs) > 60
        ax.vlines(xs, after, before, color=t.muted, lw=0.9 if crowded else 1.2, zorder=2)
        ax.plot(xs, before, "o", ms=3.6 if crowded else 5.5, mfc=t.background, mec=t.warm,
                mew=1.2 if crowded else 1.5, ls="", zorder=3,
                label=tr("At the moment") if row == 0 else None)
        ax.plot(xs, after, "v", ms=4.0 if crowded else 6, color=t.calm, ls="", zorder=4,
                label=tr("Afterwards") if row == 0 else None)
        for p in pairs:
            texts.append(tr("{bucket}, {regulation}: {before} at the moment, {after} "
                            "afterwards ({count} moments)").format(
                bucket=_bucket_name(ctx, p.start, view.bucket),
                regulation=fmt.regulation(p.regulation), before=fmt.number(p.before),
                after=fmt.number(p.after), count=fmt.count(p.count)))
        xs_all += xs + xs
        sizes.append(len(pairs))
        ys_all += before + after
        summary = tr("{regulation}: {count} moments, {before} → {after} on average").format(
            regulation=cap(fmt.regulation(effect.regulation)), count=fmt.count(effect.count),
            before=fmt.number(effect.before), after=fmt.number(effect.after))
        ax.text(0.005, base + BAND + 1.2, summary, transform=ax.get_yaxis_transform(),
                ha="left", va="center", fontsize=t.font_size * 0.85, color=t.text, zorder=5)
    hover.points(ax, xs_all, ys_all, lambda i: texts[_pair_index(i, sizes)])
    ax.set_ylim(-BAND_GAP / 2 - 0.5, n * band - BAND_GAP / 2)
    ax.set_yticks(ticks, tick_labels, fontsize=t.font_size * 0.75)
    _x_limits(ax, view)
    date_axis(ax, t)
    label_axes(ax, t, tr("Week") if view.bucket is Bucket.WEEK else tr("Month"),
               tr("Intensity (0-10) for each way of settling"))
    w, h = size_pt(fig)
    legend(fig, t, *ax.get_legend_handles_labels(), loc="upper right", ncols=2,
           bbox_to_anchor=(1 - 14 / w, 1 - 6 / h))
    return hover


def _pair_index(i: int, sizes: list[int]) -> int:
    """Point ``i`` of the hover list (each band: n befores, then n afters) -> its pair."""
    offset = 0
    for size in sizes:
        if i < 2 * size:
            return offset + i % size
        i -= 2 * size
        offset += size
    return offset - 1


# ---------------------------------------------------------------------- 5 practice
def draw_practice(fig, view: PracticeView, ctx: DrawContext) -> Hover:
    t, fmt = ctx.theme, ctx.fmt
    head = header(fig, ctx)
    hover = Hover()
    w, h = size_pt(fig)
    top, bottom, gap = head + 26, 44, 40
    calm_h = (h - top - bottom - gap) * 0.42
    ax = fig.add_axes(box(fig, 56, bottom + calm_h + gap, 22, top))
    cx = fig.add_axes(box(fig, 56, bottom, 22, h - bottom - calm_h), sharex=ax)
    style_axes(ax, t)
    style_axes(cx, t)

    buckets = view.buckets
    width = (27 if view.bucket is Bucket.MONTH else 6) * (0.8 if len(buckets) < 60 else 1.0)
    xs = np.array([_bucket_mid(b.start, view.bucket) for b in buckets])
    bottoms = np.zeros(len(buckets))
    styles = {"bodyscan": {"color": t.accent, "hatch": None},
              "breathing": {"color": t.calm, "hatch": "///"}}
    handles = []
    for kind in view.kinds:
        values = np.array([b.minutes.get(kind, 0.0) for b in buckets])
        look = styles.get(kind, {"color": t.warm, "hatch": ".."})
        # one collection per kind (not a patch per bar): fast with hundreds of bars
        verts = [[(x - width / 2, y0), (x - width / 2, y0 + v), (x + width / 2, y0 + v),
                  (x + width / 2, y0)] for x, y0, v in zip(xs, bottoms, values, strict=True)
                 if v > 0]
        ax.add_collection(PolyCollection(verts, facecolors=look["color"], alpha=0.85,
                                         hatch=look["hatch"], edgecolors=t.background,
                                         linewidths=0.6, zorder=2))
        bottoms = bottoms + values
        handles.append(Patch(facecolor=look["color"], hatch=look["hatch"],
                             edgecolor=t.background, label=fmt.practice_kind(kind)))
    rects = [(x - width / 2, 0.0, x + width / 2, float(top_)) for x, top_ in zip(xs, bottoms,
                                                                               strict=True)]

    def bar_text(i: int) -> str:
        b = buckets[i]
        parts = ", ".join(tr("{kind} {minutes} min").format(
            kind=fmt.practice_kind(k), minutes=fmt.number(b.minutes.get(k, 0.0)))
            for k in view.kinds)
        return tr("{bucket}: {parts} ({count} sessions)").format(
            bucket=_bucket_name(ctx, b.start, view.bucket), parts=parts,
            count=fmt.count(b.sessions))

    hover.rects(ax, rects, bar_text)
    ax.set_ylim(0, max(10.0, float(bottoms.max(initial=0)) * 1.15))
    ax.tick_params(labelbottom=False)
    label_axes(ax, t, None, tr("Minutes per week") if view.bucket is Bucket.WEEK
               else tr("Minutes per month"))
    legend(ax, t, handles=handles, loc="lower left", bbox_to_anchor=(0.0, 1.0),
           ncols=len(handles))

    calm = view.calm
    if calm:
        cxs = [_bucket_mid(c.start, view.bucket) for c in calm]
        cx.plot(cxs, [c.before for c in calm], "o--", ms=5, mfc=t.background, mec=t.warm,
                color=t.warm, lw=1.2, mew=1.4, label=tr("Calm before"), zorder=3)
        cx.plot(cxs, [c.after for c in calm], "o-", ms=5, color=t.calm, lw=1.8,
                label=tr("Calm after"), zorder=4)
        cx.fill_between(cxs, [c.before for c in calm], [c.after for c in calm],
                        color=t.calm, alpha=0.12, lw=0, zorder=1)
        hover.points(cx, cxs + cxs, [c.before for c in calm] + [c.after for c in calm],
                     lambda i: tr("{bucket}: calm {before} before, {after} after "
                                  "({count} sessions)").format(
                         bucket=_bucket_name(ctx, calm[i % len(calm)].start, view.bucket),
                         before=fmt.number(calm[i % len(calm)].before),
                         after=fmt.number(calm[i % len(calm)].after),
                         count=fmt.count(calm[i % len(calm)].count)))
        legend(cx, t, loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=2)
    else:
        cx.text(0.5, 0.5, tr("Rate how calm you feel before and after a session to see "
                             "this line."), transform=cx.transAxes, ha="center",
                va="center", fontsize=t.font_size * 0.9, color=t.muted)
    cx.set_ylim(-0.5, 10.5)
    cx.set_yticks([0, 5, 10])
    label_axes(cx, t, tr("Week") if view.bucket is Bucket.WEEK else tr("Month"),
               tr("Calm (0-10)"))
    first = buckets[0].start if buckets else view.period.first
    ax.set_xlim(wall_days(first), wall_days(view.period.last) + 1)
    date_axis(cx, t)
    return hover
