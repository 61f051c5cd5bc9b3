"""The result: the point (and the trajectory of takes) on the anxiety x avoidance
plane, the scores and facets, change since the first take, what the pattern often
feels like, and the ways to keep it: a shareable card and an action report.

Charts are drawn with matplotlib the first time the page is shown (so matplotlib is
imported only when a result is actually looked at), in the palette's colours.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.assessment import one_decimal
from securebase.services.assessment import AssessmentContent, Result
from securebase.services.card import MAX_NAME, SIZES, short_date
from securebase.ui import style
from securebase.ui.assessment.charts import palette_style, to_pixmap
from securebase.ui.i18n import join_sentences

MAP_SIZE = QSize(440, 410)


def _escape(text: str) -> str:
    return html.escape(" ".join(text.split()))


def _bullets(items) -> str:
    return "<ul style='margin-left: -20px'>" + "".join(
        f"<li>{_escape(i)}</li>" for i in items) + "</ul>"


def _signed(value: float) -> str:
    text = one_decimal(abs(value))
    return text if text == "0.0" else ("+" if value > 0 else "−") + text


class _FixedRow(QWidget):
    """The map and the text beside it. Its height for a width is never below the map's
    fixed height: the plain layout answer only counted the wrapped text beside it, so
    with short (e.g. Chinese) text the page squeezed this row and the next heading
    overlapped the map."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        layout = self.layout()
        text = layout.totalHeightForWidth(width) if layout is not None else 0
        return max(self.minimumHeight(), text, 0)


class _CappedLabel(QLabel):
    """A wrapped label with a maximum width: its height for a width is measured at the
    width it will really get. (QLabel measures at the full offered width, so the page
    under-counted long texts and squeezed the rows above them.)"""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return super().heightForWidth(min(width, self.maximumWidth()))


class ResultPage(QWidget):
    retakeRequested = Signal()
    saveCardRequested = Signal()
    copyCardRequested = Signal()
    reportRequested = Signal(bool)  # include the journal summary

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentResult")
        self.result: Result | None = None
        self.content: AssessmentContent | None = None
        self._charts_drawn = False

        body = QWidget()
        body.setObjectName("assessmentResultBody")
        self.body_layout = QVBoxLayout(body)
        m = style.PAGE_MARGIN * 2
        self.body_layout.setContentsMargins(m, m, m, m)
        self.body_layout.setSpacing(style.SPACING)
        scroll = QScrollArea()
        scroll.setObjectName("assessmentResultScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.scroll = scroll

        self.heading = style.make_heading(QLabel(self.tr("Your result")), 1.6)
        self.subheading = QLabel()
        self.subheading.setObjectName("assessmentResultDate")
        style.set_muted(self.subheading)
        self.body_layout.addWidget(self.heading)
        self.body_layout.addWidget(self.subheading)
        self.body_layout.addWidget(self._build_top())
        self.facets_heading = self._section(self.tr("Facets: the parts of each dimension"))
        self.facets_chart = QLabel()
        self.facets_chart.setObjectName("assessmentFacetsChart")
        self.body_layout.addWidget(self.facets_chart)
        self.pattern_text = self._text("assessmentPatternText", rich=True)
        self._section(self.tr("How this pattern often feels"))
        self.body_layout.addWidget(self.pattern_text)
        self.notes = self._text("assessmentNotes")
        style.set_muted(self.notes)
        self.body_layout.addWidget(self.notes)
        self.body_layout.addWidget(self._build_share())
        self.body_layout.addStretch(1)

    # ------------------------------------------------------------------ building
    def _text(self, name: str, *, rich: bool = False) -> QLabel:
        label = _CappedLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setMaximumWidth(900)
        return label

    def _section(self, title: str) -> QLabel:
        label = style.make_heading(QLabel(title), 1.25)
        self.body_layout.addSpacing(style.SPACING)
        self.body_layout.addWidget(label)
        return label

    def _build_top(self) -> QWidget:
        self.map_label = QLabel()
        self.map_label.setObjectName("assessmentMap")
        self.map_label.setFixedSize(MAP_SIZE)
        self.map_label.setAccessibleName(self.tr("Map of your result"))
        self.lean_label = self._text("assessmentLean")
        self.lean_label.setFont(style.scaled_font(self.lean_label, 1.3, bold=True))
        self.scores_label = self._text("assessmentScores")
        self.scores_label.setFont(style.scaled_font(self.scores_label, 1.1))
        self.axes_label = self._text("assessmentAxes")
        style.set_muted(self.axes_label)
        self.secondary_label = self._text("assessmentSecondary")
        self.change_label = self._text("assessmentChange")
        self.wobble_label = self._text("assessmentWobble")
        style.set_muted(self.wobble_label)
        self.takes_label = self._text("assessmentTakes")
        style.set_muted(self.takes_label)
        right = QVBoxLayout()
        right.setSpacing(style.SPACING)
        for w in (self.lean_label, self.scores_label, self.axes_label, self.secondary_label,
                  self.change_label, self.wobble_label, self.takes_label):
            right.addWidget(w)
        right.addStretch(1)
        container = _FixedRow()
        container.setObjectName("assessmentResultTop")
        container.setMinimumHeight(MAP_SIZE.height())
        top = QHBoxLayout(container)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(style.SPACING * 3)
        left = QVBoxLayout()
        left.addWidget(self.map_label)
        left.addStretch(1)
        top.addLayout(left)
        top.addLayout(right, 1)
        return container

    def _build_share(self) -> QGroupBox:
        box = QGroupBox(self.tr("Keep or share"))
        box.setObjectName("assessmentShareBox")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(style.SPACING)
        card_note = QLabel(self.tr("A result card shows the map, the leaning, the facets and "
                                   "the date. It never contains anything from your journal."))
        card_note.setWordWrap(True)
        style.set_muted(card_note)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("assessmentCardName")
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setPlaceholderText(self.tr("Name on the card (optional)"))
        self.name_edit.setAccessibleName(self.tr("Name on the card, optional"))
        self.size_combo = QComboBox()
        self.size_combo.setObjectName("assessmentCardSize")
        self.size_combo.setAccessibleName(self.tr("Card size"))
        size_names = {"1200x630": self.tr("Wide, 1200 × 630"),
                      "1080x1080": self.tr("Square, 1080 × 1080")}
        for key in SIZES:
            self.size_combo.addItem(size_names.get(key, key), key)
        self.save_card_button = QPushButton(self.tr("Save card &as…"))
        self.save_card_button.setObjectName("assessmentSaveCardButton")
        self.save_card_button.setAccessibleName(self.tr("Save the result card as a PNG image"))
        self.save_card_button.clicked.connect(self.saveCardRequested)
        self.copy_card_button = QPushButton(self.tr("&Copy card image"))
        self.copy_card_button.setObjectName("assessmentCopyCardButton")
        self.copy_card_button.setAccessibleName(self.tr("Copy the result card image"))
        self.copy_card_button.clicked.connect(self.copyCardRequested)

        report_note = QLabel(self.tr("The action report (PDF) explains your scores and facets "
                                     "and fits the six-step path to your pattern."))
        report_note.setWordWrap(True)
        style.set_muted(report_note)
        self.journal_check = QCheckBox(self.tr("Include a summary of my &journal (counts and "
                                               "intensity only, no entry text)"))
        self.journal_check.setObjectName("assessmentReportJournal")
        self.journal_check.setAccessibleName(self.tr("Include a summary of my journal"))
        self.report_button = QPushButton(self.tr("Save action &report…"))
        self.report_button.setObjectName("assessmentReportButton")
        self.report_button.setAccessibleName(self.tr("Save the action report as a PDF"))
        self.report_button.clicked.connect(
            lambda: self.reportRequested.emit(self.journal_check.isChecked()))
        self.retake_button = QPushButton(self.tr("Re&take the inventory"))
        self.retake_button.setObjectName("assessmentRetakeButton")
        self.retake_button.setAccessibleName(self.tr("Retake the inventory"))
        self.retake_button.clicked.connect(self.retakeRequested)

        grid.addWidget(card_note, 0, 0, 1, 4)
        grid.addWidget(self.name_edit, 1, 0)
        grid.addWidget(self.size_combo, 1, 1)
        grid.addWidget(self.save_card_button, 1, 2)
        grid.addWidget(self.copy_card_button, 1, 3)
        grid.addWidget(report_note, 2, 0, 1, 4)
        grid.addWidget(self.journal_check, 3, 0, 1, 2)
        grid.addWidget(self.report_button, 3, 2)
        grid.addWidget(self.retake_button, 4, 2)
        grid.setColumnStretch(0, 1)
        return box

    # ------------------------------------------------------------------ filling
    def card_name(self) -> str:
        return self.name_edit.text()

    def card_size(self) -> str:
        return self.size_combo.currentData()

    def set_result(self, result: Result, content: AssessmentContent) -> None:
        self.result, self.content = result, content
        notes = content.tendencies
        t = result.tendency
        self.subheading.setText(self.tr("{instrument} · taken {date}").format(
            instrument=result.instrument_title,
            date=short_date(result.completed_at.astimezone())))
        self.lean_label.setText(result.lean_sentence)
        self.scores_label.setText(self.tr("Anxiety {anxiety} · Avoidance {avoidance} "
                                          "(each from 1 to 7; 4.0 is the middle)").format(
            anxiety=one_decimal(result.anxiety), avoidance=one_decimal(result.avoidance)))
        self.axes_label.setText(self.tr("The {region} region means {axes}.").format(
            region=t.name, axes=t.axes))
        if result.secondary:
            areas = self.tr("; ").join(
                self.tr("{facet} ({score})").format(facet=f.label, score=one_decimal(f.mean))
                for f in result.secondary)
            self.secondary_label.setText(self.tr("Areas that stand out: {areas}.").format(
                areas=areas))
        elif result.facets:
            top = result.highest[0]
            self.secondary_label.setText(self.tr(
                "No facet rises above the middle of the scale; the highest is {facet} "
                "({score}).").format(facet=top.label, score=one_decimal(top.mean)))
        else:
            self.secondary_label.setText("")
        if result.change is None:
            self.change_label.setText(self.tr("This is your first take; later takes will "
                                              "show how your answers move."))
            self.wobble_label.setText(notes.note("retake"))
        else:
            c = result.change
            self.change_label.setText(self.tr(
                "Since your first take ({days} days ago): anxiety {anx}, avoidance {avo}.").format(
                days=c.days, anx=_signed(c.anxiety), avo=_signed(c.avoidance)))
            self.wobble_label.setText(notes.note("wobble"))
        lines = [self.tr("{date}: anxiety {anx}, avoidance {avo}").format(
            date=short_date(x.completed_at.astimezone()), anx=one_decimal(x.anxiety),
            avo=one_decimal(x.avoidance)) for x in result.trajectory]
        self.takes_label.setText(self.tr("Your takes") + "\n" + "\n".join(lines))
        self.facets_heading.setVisible(bool(result.facets))
        self.facets_chart.setVisible(bool(result.facets))
        experiments = "<ul style='margin-left: -20px'>" + "".join(
            f"<li><b>{_escape(e.title)}.</b> {_escape(e.how)}</li>" for e in t.experiments) + "</ul>"
        self.pattern_text.setText(
            f"<p>{_escape(t.summary)}</p>"
            f"<p><b>{_escape(self.tr('In the body'))}</b><br>{_escape(t.body)}</p>"
            f"<p><b>{_escape(self.tr('In conflict'))}</b><br>{_escape(t.conflict)}</p>"
            f"<p><b>{_escape(self.tr('What helps'))}</b></p>{_bullets(t.helps)}"
            f"<p><b>{_escape(self.tr('Corrective experiences to try'))}</b></p>"
            f"{experiments}")
        self.notes.setText("\n\n".join(notes.note(k) for k in ("starting_point", "own_items",
                                                                "band")))
        self._charts_drawn = False
        self.map_label.clear()
        self.facets_chart.clear()
        if self.isVisible():
            self.draw_charts()

    def draw_charts(self) -> None:
        """Render the map and the facet bars (imports matplotlib on first use)."""
        if self.result is None or self.content is None:
            return
        from securebase.services.assessment_charts import (
            LEGEND_PX,
            PlaneLabels,
            PlanePoint,
            render_facets,
            render_plane,
        )

        r = self.result
        dpr = self.devicePixelRatioF() or 1.0
        names = {reg.value: ten.name for reg, ten in self.content.tendencies.tendencies.items()}
        names["fearful"] = names["fearful"].replace(" (", "\n(")
        points = [PlanePoint(x.anxiety, x.avoidance, short_date(x.completed_at.astimezone()))
                  for x in r.trajectory]
        chart_style = palette_style(self, self.font().pointSizeF() or 10.0)
        plane = render_plane(points, PlaneLabels(self.tr("Attachment avoidance"),
                                                 self.tr("Attachment anxiety"), names),
                             width_px=round(MAP_SIZE.width() * dpr),
                             height_px=round(MAP_SIZE.height() * dpr), dpi=96 * dpr,
                             style=chart_style, highlight_region=r.lean.region.value,
                             midpoint=r.midpoint)
        self.map_label.setPixmap(to_pixmap(plane, dpr))
        self.map_label.setAccessibleDescription(self.lean_label.text())
        if r.facets:
            width = 620
            height = 40 + 34 * len(r.facets) + LEGEND_PX
            dimensions = {"anxiety": self.tr("Attachment anxiety"),
                          "avoidance": self.tr("Attachment avoidance")}
            bars = render_facets([(f.label, f.mean, f.dimension) for f in r.facets],
                                 width_px=round(width * dpr), height_px=round(height * dpr),
                                 dpi=96 * dpr, style=chart_style, midpoint=r.midpoint,
                                 legend=dimensions)
            self.facets_chart.setPixmap(to_pixmap(bars, dpr))
            self.facets_chart.setAccessibleName(self.tr("Facet scores"))
            self.facets_chart.setAccessibleDescription(join_sentences(
                self.tr("{facet} ({dimension}): {score}.").format(
                    facet=f.label, dimension=dimensions.get(f.dimension, f.dimension),
                    score=one_decimal(f.mean)) for f in r.facets))
        self._charts_drawn = True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._charts_drawn:
            self.draw_charts()  # light/dark switched: redraw in the new colours

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._charts_drawn and self.result is not None:
            self.draw_charts()

    @property
    def charts_drawn(self) -> bool:
        return self._charts_drawn

    def clear(self) -> None:
        self.result = None
        self.content = None
        self._charts_drawn = False
        for label in (self.subheading, self.lean_label, self.scores_label, self.axes_label,
                      self.secondary_label, self.change_label, self.wobble_label,
                      self.takes_label, self.pattern_text, self.notes, self.map_label,
                      self.facets_chart):
            label.clear()
        self.map_label.setAccessibleDescription("")
        self.facets_chart.setAccessibleDescription("")
        self.name_edit.clear()
        self.journal_check.setChecked(False)
