"""The action report: a QTextDocument (also readable as plain text), printed to PDF
by :mod:`securebase.services.report_pdf`.

Sections: where the answers lean (map and scores), the first three actions, the
facets, change since the first take, what the pattern often looks like, the six-step
path fitted to it with its corrective experiments, the journal in numbers (only when
asked for) and the safety note with helplines. Charts are drawn in memory.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument

from securebase.domain.assessment import one_decimal
from securebase.services.assessment_charts import (
    ChartStyle,
    PlaneLabels,
    PlanePoint,
    RgbaImage,
    render_facets,
    render_intensity,
    render_plane,
)
from securebase.services.card import short_date
from securebase.services.report_data import JournalSummary, ReportData

PLANE_URL = "securebase-chart:plane"
FACETS_URL = "securebase-chart:facets"
INTENSITY_URL = "securebase-chart:intensity"
STYLE = ChartStyle(font_size=11)
PLANE_WIDTH = 360  # document pixels (1/96 in); the A4 text column is about 640
WIDE_WIDTH = 560
CSS = """
body { color: #27303a; }
h1 { font-size: 20pt; font-weight: normal; margin-bottom: 4px; }
h2 { font-size: 14pt; font-weight: normal; color: #2f6f8f; margin-top: 18px; margin-bottom: 5px; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 12px; margin-bottom: 3px; }
p { margin-top: 0px; margin-bottom: 6px; }
li { margin-bottom: 3px; }
.muted { color: #6b7480; }
.lean { font-size: 12pt; }
"""


def tr(text: str) -> str:
    return QCoreApplication.translate("ActionReport", text)


def _e(text: str) -> str:
    return html.escape(" ".join(str(text).split()))


def _p(text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{_e(text)}</p>"


def _qimage(img: RgbaImage) -> QImage:
    return QImage(img.data, img.width, img.height, QImage.Format.Format_RGBA8888).copy()


def _img(url: str, img: RgbaImage, width: int) -> str:
    """An image paragraph with both sizes given, so layout and printing agree."""
    height = round(width * img.height / img.width)
    return f'<p><img src="{url}" width="{width}" height="{height}"></p>'


def _signed(value: float) -> str:
    text = one_decimal(abs(value))
    return text if text == "0.0" else ("+" if value > 0 else "−") + text


# ---------------------------------------------------------------------------- sections

def _lean_section(data: ReportData, doc: QTextDocument) -> str:
    r, t = data.result, data.content.tendencies
    names = {reg.value: ten.name for reg, ten in t.tendencies.items()}
    names["fearful"] = names["fearful"].replace(" (", "\n(")
    points = [PlanePoint(x.anxiety, x.avoidance, short_date(x.completed_at.astimezone()))
              for x in r.trajectory]
    plane = render_plane(points, PlaneLabels(tr("Attachment avoidance"), tr("Attachment anxiety"),
                                             names),
                         width_px=1100, height_px=1000, dpi=200, style=STYLE,
                         highlight_region=r.lean.region.value, midpoint=r.midpoint)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(PLANE_URL), _qimage(plane))
    out = [f"<h2>{_e(tr('Where your answers lean'))}</h2>",
           f'<p class="lean"><b>{_e(r.lean_sentence)}</b></p>',
           '<table cellspacing="0" cellpadding="2">',
           f'<tr><td width="190">{_e(tr("Attachment anxiety"))}</td>'
           f"<td><b>{one_decimal(r.anxiety)}</b></td></tr>",
           f'<tr><td width="190">{_e(tr("Attachment avoidance"))}</td>'
           f"<td><b>{one_decimal(r.avoidance)}</b></td></tr>",
           "</table>",
           _p(tr("Both scores run from 1 to 7; 4.0 is the middle of the scale. The region "
                 "named above means {axes}.").format(axes=r.tendency.axes), "muted"),
           _img(PLANE_URL, plane, PLANE_WIDTH),
           _p(t.note("band"), "muted"),
           _p(t.note("starting_point")), _p(t.note("own_items"))]
    return "".join(out)


def _facet_descriptions(data: ReportData) -> dict[str, str]:
    instrument = data.content.instrument_for(data.result.take)
    return {f.id: f.description for f in instrument.facets} if instrument else {}


def _facets_section(data: ReportData, doc: QTextDocument) -> str:
    r = data.result
    if not r.facets:
        return ""
    rows = [(f.label, f.mean, f.dimension) for f in r.facets]
    chart = render_facets(rows, width_px=1400, height_px=130 + 95 * len(rows), dpi=200,
                          style=STYLE, midpoint=r.midpoint)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(FACETS_URL), _qimage(chart))
    out = [f'<h2>{_e(tr("Facets: the parts of each dimension"))}</h2>',
           _img(FACETS_URL, chart, WIDE_WIDTH)]
    dims = {"anxiety": tr("anxiety"), "avoidance": tr("avoidance")}
    descriptions = _facet_descriptions(data)
    rows = "".join(
        f'<tr><td width="230">{_e(f.label)}</td><td width="90">{_e(dims.get(f.dimension, ""))}</td>'
        f'<td width="40"><b>{one_decimal(f.mean)}</b></td>'
        f'<td class="muted">{_e(descriptions.get(f.id, ""))}</td></tr>'
        for f in r.facets)
    out.append(f'<table cellspacing="0" cellpadding="2">{rows}</table><p></p>')
    if r.secondary:
        listed = tr("; ").join(tr("{facet} ({score})").format(
            facet=f.label, score=one_decimal(f.mean)) for f in r.secondary)
        out.append(_p(tr("Areas that stand out (your highest facets above the middle): "
                         "{facets}. These are worth extra attention on the path.").format(
            facets=listed)))
    else:
        top = r.highest[0]
        out.append(_p(tr("No facet rises above the middle of the scale. The highest is "
                         "{facet} ({score}): that is where stress is most likely to push "
                         "you.").format(facet=top.label, score=one_decimal(top.mean))))
    return "".join(out)


def _change_section(data: ReportData) -> str:
    r, t = data.result, data.content.tendencies
    out = [f"<h2>{_e(tr('Change since your first take'))}</h2>"]
    if r.change is None:
        out.append(_p(tr("This is your first take, so there is nothing to compare with "
                         "yet.")))
        out.append(_p(t.note("retake")))
        return "".join(out)
    first = r.trajectory[0]
    out.append(_p(tr("Since your first take on {date} ({days} days ago, {n} takes in all), "
                     "anxiety moved by {anx} and avoidance by {avo}.").format(
        date=short_date(first.completed_at.astimezone()), days=r.change.days,
        n=len(r.trajectory), anx=_signed(r.change.anxiety), avo=_signed(r.change.avoidance))))
    if r.change.within_wobble:
        out.append(_p(tr("Both changes are within the range of ordinary wobble.")))
    else:
        out.append(_p(tr("At least one change is larger than ordinary wobble, which makes it "
                         "more likely to reflect a real shift.")))
    out.append(_p(t.note("wobble"), "muted"))
    return "".join(out)


def _pattern_section(data: ReportData) -> str:
    ten = data.result.tendency
    helps = "".join(f"<li>{_e(h)}</li>" for h in ten.helps)
    return "".join([
        f"<h2>{_e(tr('What this pattern often looks like'))}</h2>",
        _p(ten.summary),
        f"<h3>{_e(tr('In the body'))}</h3>", _p(ten.body),
        f"<h3>{_e(tr('In conflict'))}</h3>", _p(ten.conflict),
        f"<h3>{_e(tr('What helps'))}</h3><ul>{helps}</ul>",
    ])


def _path_section(data: ReportData) -> str:
    r, c = data.result, data.content
    out = [f'<h2>{_e(tr("Your path, fitted to this pattern"))}</h2>',
           _p(tr("Fifty days in six steps. A missed day is not a failure: pick up where you "
                 "are. Each step below says what it is for, and what it means for a pattern "
                 "that leans like yours."), "muted")]
    for step in c.tendencies.path:
        title = c.path.step(step.step).title
        block: list[str] = []
        heading = tr("Step {n} · days {first}–{last} · {title}").format(
            n=step.step, first=step.first_day, last=step.last_day, title=title)
        block.append(f"<h3>{_e(heading)}</h3>")
        block.append(_p(step.about))
        fitted = _e(step.fitted(r.lean.region))
        block.append(f"<p><i>{_e(tr('For your pattern:'))}</i> {fitted}</p>")
        if step.step == 3:
            items = "".join(f"<li><b>{_e(e.title)}.</b> {_e(e.how)}</li>"
                            for e in r.tendency.experiments)
            block.append(f"<p>{_e(tr('Corrective experiments to try:'))}</p><ul>{items}</ul>")
        out.append("".join(block))
    return "".join(out)


def _actions_section(data: ReportData) -> str:
    actions = "".join(f"<li>{_e(a)}</li>" for a in data.result.tendency.first_actions)
    return (f"<h2>{_e(tr('Your first three actions'))}</h2><ol>{actions}</ol>"
            + _p(tr("Start with whichever feels safest. The path below shows where they lead."),
                 "muted"))


def _journal_section(summary: JournalSummary, doc: QTextDocument) -> str:
    out = [f'<h2>{_e(tr("Your journal in numbers"))}</h2>',
           _p(tr("Included because you asked for it. Only counts and intensities are shown; "
                 "no entry text is copied into this report."), "muted")]
    if summary.total == 0:
        out.append(_p(tr("No trigger moments are logged yet.")))
        return "".join(out)
    out.append(_p(tr("{total} trigger moments logged between {first} and {last}; {recent} of "
                     "them in the last 30 days. Average intensity {mean} out of 10.").format(
        total=summary.total, first=short_date(summary.first_day),
        last=short_date(summary.last_day), recent=summary.last_30_days,
        mean=one_decimal(summary.mean_intensity))))
    trend = {
        "lower": tr("Intensity is trending lower: the later half of your moments averaged "
                    "{later}, the earlier half {earlier}."),
        "higher": tr("Intensity is trending higher: the later half of your moments averaged "
                     "{later}, the earlier half {earlier}. Harder weeks happen; it may be a "
                     "good time for extra support."),
        "steady": tr("Intensity has stayed about the same: the later half of your moments "
                     "averaged {later}, the earlier half {earlier}."),
        "too-few": tr("There are too few moments yet to see a trend."),
    }[summary.trend]
    out.append(_p(trend.format(later=one_decimal(summary.later_mean or 0),
                               earlier=one_decimal(summary.earlier_mean or 0))))
    if summary.rated_after:
        out.append(_p(tr("For the {n} moments you rated again afterwards, intensity went from "
                         "{before} then to {after} after.").format(
            n=summary.rated_after, before=one_decimal(summary.mean_before_of_rated),
            after=one_decimal(summary.mean_after))))
    if summary.urges:
        names = {"reach-out": tr("reach out"), "withdraw": tr("withdraw"),
                 "freeze": tr("freeze"), "other": tr("other")}
        urges = tr(", ").join(tr("{urge}: {count}").format(urge=names.get(k, k), count=v)
                              for k, v in sorted(summary.urges.items(), key=lambda kv: -kv[1]))
        out.append(_p(tr("Urges noted: {urges}.").format(urges=urges)))
    if len(summary.points) >= 2:
        chart = render_intensity(summary.points, summary.rolling, width_px=1400, height_px=520,
                                 dpi=200, style=STYLE, y_label=tr("Intensity (0–10)"))
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(INTENSITY_URL),
                        _qimage(chart))
        out.append(_img(INTENSITY_URL, chart, WIDE_WIDTH))
        out.append(_p(tr("Dots are single moments; the line is the 7-day average."), "muted"))
    return "".join(out)


def _safety_section(data: ReportData) -> str:
    c = data.content
    lines = "".join(
        f"<li><b>{_e(h.region)}</b>: {_e(h.name)}, {_e(h.contact)}"
        + (f". {_e(h.detail)}" if h.detail else "") + "</li>"
        for h in c.help.helplines)
    return "".join([
        f'<h2 style="page-break-before: always">{_e(tr("Safety: self-help, not therapy"))}</h2>',
        _p(c.tendencies.safety_note), _p(c.help.emergency),
        f"<ul>{lines}</ul>",
        _p(tr("Helplines last checked {date}.").format(date=c.help.last_checked), "muted"),
    ])


# ---------------------------------------------------------------------------- document

def build_report(data: ReportData) -> QTextDocument:
    """The whole report as a document (``toPlainText()`` gives its words)."""
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(CSS)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle,
                           tr("SecureBase action report"))
    r = data.result
    head = [f"<h1>{_e(tr('Your SecureBase action report'))}</h1>",
            _p(tr("Made on {made} from your assessment of {taken} ({instrument}). It is "
                  "private: keep it somewhere safe and share it only if you choose to.").format(
                made=short_date(data.created_at), taken=short_date(r.completed_at.astimezone()),
                instrument=r.instrument_title), "muted"),
            _p(tr("SecureBase is self-help, not therapy. Helplines are listed at the end."),
               "muted")]
    body = [*head, _lean_section(data, doc), _actions_section(data),
            _facets_section(data, doc), _change_section(data), _pattern_section(data),
            _path_section(data)]
    if data.journal is not None:
        body.append(_journal_section(data.journal, doc))
    body.append(_safety_section(data))
    doc.setHtml("<html><body>" + "".join(body) + "</body></html>")
    return doc


def report_text(doc: QTextDocument) -> str:
    return doc.toPlainText()


def write_report(data: ReportData, path: Path) -> Path:
    """Build the report and write it as a PDF to ``path``."""
    from securebase.services.report_pdf import write_pdf

    return write_pdf(build_report(data), path)
