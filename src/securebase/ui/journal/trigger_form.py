"""The trigger-moment form: intensity first (enough to save), everything else optional.

Used compact in quick capture (``More detail`` reveals the rest) and fully open
when an entry is edited in the Journal tab.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, tzinfo

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.entries import (
    EntryError,
    Regulation,
    TriggerMoment,
    Urge,
    clean_labels,
    parse_tags,
    validate_trigger,
)
from securebase.ui.journal import form_helpers as fh
from securebase.ui.journal.content import JournalContent
from securebase.ui.journal.widgets import ChipPicker, GrowingTextEdit, IntensityInput


class TriggerForm(QWidget):
    """Emits ``changed`` on every edit (the draft keeper listens)."""

    changed = Signal()

    def __init__(self, content: JournalContent, *, compact: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("triggerForm")
        self.content = content
        self._tz: tzinfo | None = None
        self._loaded: TriggerMoment | None = None
        self._dirty = False
        tr = self.tr

        self.intensity = IntensityInput(tr("Intensity right now, 0 to 10"),
                                        low=tr("calm"), high=tr("overwhelming"))
        self.intensity.setObjectName("triggerIntensity")
        self.situation = GrowingTextEdit(tr("What happened"),
                                         tr("What happened? A few words are plenty (optional)"),
                                         lines=2)
        self.situation.setObjectName("triggerSituation")
        self.more = QToolButton()
        self.more.setObjectName("moreDetailButton")
        self.more.setText(tr("More detail"))
        self.more.setAccessibleName(tr("More detail"))
        self.more.setCheckable(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setArrowType(Qt.ArrowType.RightArrow)
        self.more.toggled.connect(self.set_expanded)

        self.when = fh.make_datetime_edit(tr("When it happened"))
        self.when.setObjectName("triggerWhen")
        self.who = QLineEdit()
        self.who.setObjectName("triggerWho")
        self.who.setAccessibleName(tr("Who it was with"))
        self.who.setPlaceholderText(tr("A name, or leave it empty"))
        self._people = QStringListModel(self)
        completer = QCompleter(self._people, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.who.setCompleter(completer)
        self.category = QComboBox()
        self.category.setObjectName("triggerCategory")
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.setAccessibleName(tr("Category"))
        self.category.lineEdit().setPlaceholderText(tr("Choose one, or type your own"))
        self.emotions = ChipPicker(tr("Emotions"), add_placeholder=tr("Another emotion…"))
        self.sensations = ChipPicker(tr("Body sensations"),
                                     add_placeholder=tr("Another sensation…"))
        self.regions = ChipPicker(tr("Where in the body"), allow_custom=False)
        self.body = GrowingTextEdit(tr("More about the body"),
                                    tr("Anything else your body did (optional)"), lines=2)
        self.thoughts = GrowingTextEdit(tr("Automatic thoughts"),
                                        tr("What went through your mind, word for word"))
        self.thoughts.setObjectName("triggerThoughts")
        self.urge = QComboBox()
        self.urge.setObjectName("triggerUrge")
        self.urge.setAccessibleName(tr("The urge"))
        self.urge.addItem(tr("Not noted"), None)
        for urge in Urge:
            self.urge.addItem(content.label("urges", urge.value), urge.value)
        self.what_i_did = GrowingTextEdit(tr("What I did"), tr("What you actually did next"),
                                          lines=2)
        self.intensity_after = IntensityInput(tr("Intensity afterwards, 0 to 10"), optional=True)
        self.intensity_after.setObjectName("triggerIntensityAfter")
        self.regulation = ChipPicker(tr("What helped me settle"), allow_custom=False)
        self.regulation.set_options([r.value for r in Regulation],
                                    content.labels.get("regulation", {}))
        self.tags = QLineEdit()
        self.tags.setObjectName("triggerTags")
        self.tags.setAccessibleName(tr("Tags"))
        self.tags.setPlaceholderText(tr("Words to find it by later, separated by commas"))
        self.error = fh.error_label()

        self.emotions.set_options(content.emotions, content.labels.get("emotions", {}))
        self.sensations.set_options(content.sensations, content.labels.get("sensations", {}))
        self.regions.set_options(content.regions, content.labels.get("regions", {}))
        self.set_categories([])

        top = QFormLayout()
        top.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._row(top, tr("How strong is it?"), self.intensity)
        self._row(top, tr("What happened"), self.situation)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, widget in (
            (tr("When"), self.when), (tr("Who"), self.who), (tr("Category"), self.category),
            (tr("Emotions"), self.emotions), (tr("In the body"), self.sensations),
            (tr("Where"), self.regions), (tr("Body, in words"), self.body),
            (tr("Thoughts"), self.thoughts), (tr("The urge"), self.urge),
            (tr("What I did"), self.what_i_did), (tr("Afterwards"), self.intensity_after),
            (tr("What helped"), self.regulation), (tr("Tags"), self.tags),
        ):
            self._row(form, label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addWidget(self.error)
        layout.addStretch(1)

        for signal in (self.intensity.changed, self.situation.textChanged, self.who.textChanged,
                       self.category.currentTextChanged, self.emotions.changed,
                       self.sensations.changed, self.regions.changed, self.body.textChanged,
                       self.thoughts.textChanged, self.urge.currentIndexChanged,
                       self.what_i_did.textChanged, self.intensity_after.changed,
                       self.regulation.changed, self.tags.textChanged, self.when.dateTimeChanged):
            signal.connect(self._touched)
        self._compact = compact
        self.more.setVisible(compact)
        self.set_expanded(not compact)

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)

    def _touched(self, *_args) -> None:
        self._dirty = True
        self.changed.emit()

    # ------------------------------------------------------------------ choices
    def set_expanded(self, on: bool) -> None:
        self.details.setVisible(on)
        self.more.blockSignals(True)
        self.more.setChecked(on)
        self.more.blockSignals(False)
        self.more.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    @property
    def expanded(self) -> bool:
        return not self.details.isHidden()

    def set_people(self, people: list[str]) -> None:
        self._people.setStringList(people)

    def set_categories(self, custom: list[str]) -> None:
        text = self.category.currentText()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem("", "")
        for key, label in self.content.categories:
            self.category.addItem(label, key)
        for label in custom:
            self.category.addItem(label, label)
        self._set_category_text(text)
        self.category.blockSignals(False)

    def _set_category_text(self, text: str) -> None:
        found = self.category.findText(text, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            self.category.setCurrentIndex(found)
        else:
            self.category.setEditText(text)

    def category_value(self) -> str:
        text = " ".join(self.category.currentText().split())
        found = self.category.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.category.itemData(found) if found >= 0 else text

    def is_new_category(self) -> bool:
        value = self.category_value()
        return bool(value) and self.category.findData(value) < 0

    # ------------------------------------------------------------------ value
    def new(self, now: datetime) -> None:
        """A blank moment happening now."""
        self.clear()
        self._tz = now.tzinfo
        fh.set_edit_time(self.when, now)
        self.intensity.set_value(5)
        self._dirty = False

    def load(self, moment: TriggerMoment) -> None:
        self.clear()
        self._loaded = moment
        self._tz = moment.occurred_at.tzinfo
        self._fill(moment)
        self._dirty = False

    def _fill(self, m: TriggerMoment) -> None:
        self.intensity.set_value(m.intensity)
        self.situation.setPlainText(m.situation)
        fh.set_edit_time(self.when, m.occurred_at)
        self.who.setText(m.who)
        label = self.content.category_label(m.category) if m.category else ""
        self._set_category_text(label)
        self.emotions.set_values(m.emotions)
        self.sensations.set_values(m.sensations)
        self.regions.set_values(m.regions)
        self.body.setPlainText(m.body)
        self.thoughts.setPlainText(m.thoughts)
        self.urge.setCurrentIndex(max(0, self.urge.findData(m.urge.value if m.urge else None)))
        self.what_i_did.setPlainText(m.what_i_did)
        self.intensity_after.set_value(m.intensity_after)
        self.regulation.set_values(m.regulation)
        self.tags.setText(", ".join(m.tags))
        if any((m.who, m.category, m.emotions, m.sensations, m.regions, m.body, m.thoughts,
                m.urge, m.what_i_did, m.intensity_after is not None, m.regulation, m.tags)):
            self.set_expanded(True)

    @property
    def loaded(self) -> TriggerMoment | None:
        return self._loaded

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        self._dirty = False

    def moment(self) -> TriggerMoment:
        """The moment as entered; raises EntryError (one sentence) if it cannot be saved."""
        base = self._loaded or TriggerMoment(intensity=0, occurred_at=fh.edit_time(self.when,
                                                                                self._tz))
        moment = replace(
            base,
            intensity=self.intensity.value(),
            occurred_at=fh.edit_time(self.when, self._tz),
            situation=self.situation.toPlainText(),
            who=" ".join(self.who.text().split()),
            category=self.category_value(),
            emotions=clean_labels(self.emotions.values()),
            sensations=clean_labels(self.sensations.values()),
            regions=self.regions.values(),
            body=self.body.toPlainText(),
            thoughts=self.thoughts.toPlainText(),
            urge=self._urge(),
            what_i_did=self.what_i_did.toPlainText(),
            intensity_after=self.intensity_after.value(),
            regulation=self.regulation.values(),
            tags=parse_tags(self.tags.text()),
        )
        validate_trigger(moment)
        return moment

    def _urge(self) -> Urge | None:
        data = self.urge.currentData()
        return Urge(data) if data else None

    def show_error(self, text: str) -> None:
        fh.show_error(self.error, text)

    def highlight(self, query: str) -> None:
        for edit in (self.situation, self.body, self.thoughts, self.what_i_did):
            fh.mark_matches(edit, query)

    # ------------------------------------------------------------------ drafts
    def payload(self) -> dict:
        """Everything typed so far, as plain JSON-ready data (for a draft)."""
        d, t = self.when.date(), self.when.time()
        return {
            "id": self._loaded.id if self._loaded else None,
            "when": [d.year(), d.month(), d.day(), t.hour(), t.minute()],
            "intensity": self.intensity.value(),
            "intensity_after": self.intensity_after.value(),
            "situation": self.situation.toPlainText(), "who": self.who.text(),
            "category": self.category.currentText(),
            "emotions": list(self.emotions.values()),
            "sensations": list(self.sensations.values()),
            "regions": list(self.regions.values()), "body": self.body.toPlainText(),
            "thoughts": self.thoughts.toPlainText(),
            "urge": self.urge.currentData() or None,
            "what_i_did": self.what_i_did.toPlainText(),
            "regulation": list(self.regulation.values()), "tags": self.tags.text(),
            "expanded": self.expanded,
        }

    def load_payload(self, data: dict, loaded: TriggerMoment | None, now: datetime) -> None:
        """Bring a draft back; ``loaded`` is the saved moment it was editing, if any."""
        if loaded is not None:
            self.load(loaded)
        else:
            self.new(now)
        try:
            y, mo, d, h, mi = data.get("when") or [now.year, now.month, now.day,
                                                   now.hour, now.minute]
            fh.set_edit_time(self.when, datetime(y, mo, d, h, mi))
            urge = data.get("urge")
            self.intensity.set_value(data.get("intensity", 5))
            self.intensity_after.set_value(data.get("intensity_after"))
            self.situation.setPlainText(data.get("situation", ""))
            self.who.setText(data.get("who", ""))
            self._set_category_text(data.get("category", ""))
            self.emotions.set_values(data.get("emotions", ()))
            self.sensations.set_values(data.get("sensations", ()))
            self.regions.set_values(data.get("regions", ()))
            self.body.setPlainText(data.get("body", ""))
            self.thoughts.setPlainText(data.get("thoughts", ""))
            self.urge.setCurrentIndex(max(0, self.urge.findData(Urge(urge).value) if urge else 0))
            self.what_i_did.setPlainText(data.get("what_i_did", ""))
            self.regulation.set_values(data.get("regulation", ()))
            self.tags.setText(data.get("tags", ""))
        except (TypeError, ValueError) as exc:
            raise EntryError("That draft could not be read back.") from exc
        self.set_expanded(bool(data.get("expanded")) or not self._compact)
        self._dirty = True

    def clear(self) -> None:
        """Empty every field (nothing private stays in the widgets)."""
        for widget in (self, *self.findChildren(QWidget)):
            widget.blockSignals(True)
        fh.wipe_widgets(self)
        for picker in (self.emotions, self.sensations, self.regions, self.regulation):
            picker.clear()
        self.category.setCurrentIndex(0)
        fh.wipe_combo(self.category)
        self.urge.setCurrentIndex(0)
        self.intensity.set_value(5)
        self.intensity_after.set_value(None)
        self._people.setStringList([])
        self.set_categories([])
        fh.show_error(self.error, "")
        for widget in (self, *self.findChildren(QWidget)):
            widget.blockSignals(False)
        self._loaded = None
        self._dirty = False
        self.set_expanded(not self._compact)
