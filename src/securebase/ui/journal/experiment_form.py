"""The corrective-experiment form: plan and predict, then look back on what happened."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.entries import EntryError, parse_tags
from securebase.domain.experiments import Experiment, ExperimentStatus, validate_experiment
from securebase.ui import style
from securebase.ui.journal import form_helpers as fh
from securebase.ui.journal.content import JournalContent
from securebase.ui.journal.widgets import GrowingTextEdit, IntensityInput

log = logging.getLogger(__name__)


def leaning_of(vault) -> str | None:
    """'anxious' or 'avoidant' from the latest assessment, if there is one."""
    try:
        from securebase.domain.assessment import lean_of

        take = vault.assessments.latest_completed()
        if take is None or take.anxiety is None or take.avoidance is None:
            return None
        region = lean_of(take.anxiety, take.avoidance).region.value
    except Exception as exc:  # only an ordering nicety: never stop the journal opening
        log.info("no assessment lean for experiment ideas (%s)", type(exc).__name__)
        return None
    return region if region in ("anxious", "avoidant") else None


class ExperimentForm(QWidget):
    changed = Signal()

    def __init__(self, content: JournalContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentForm")
        self.content = content
        self._tz: tzinfo | None = None
        self._loaded: Experiment | None = None
        self._trigger_id: int | None = None
        self.trigger_text = ""
        self._leaning: str | None = None
        self._dirty = False
        tr = self.tr

        self.idea = QComboBox()
        self.idea.setObjectName("experimentIdea")
        self.idea.setAccessibleName(tr("Experiment ideas"))
        self.use_idea = QPushButton(tr("Use this idea"))
        self.use_idea.setObjectName("useIdeaButton")
        self.use_idea.setAccessibleName(tr("Use this idea"))
        self.use_idea.clicked.connect(self._apply_idea)
        self.idea_how = QLabel()
        self.idea_how.setWordWrap(True)
        style.set_muted(self.idea_how)
        self.idea.currentIndexChanged.connect(self._show_idea)

        self.plan = GrowingTextEdit(tr("The experiment"),
                                    tr("What small, new thing will you try?"), lines=2)
        self.plan.setObjectName("experimentPlan")
        self.planned_for = fh.make_datetime_edit(tr("Planned for"))
        self.prediction = GrowingTextEdit(tr("The prediction"),
                                          tr("What do you fear will happen?"), lines=2)
        self.prediction.setObjectName("experimentPrediction")
        self.belief_before = self._percent(tr("How strongly you believe the prediction, before"))
        self.link = QLabel()
        self.link.setWordWrap(True)
        self.link.setObjectName("experimentLink")
        style.set_muted(self.link)

        self.status = QComboBox()
        self.status.setObjectName("experimentStatus")
        self.status.setAccessibleName(tr("Status"))
        for status in ExperimentStatus:
            self.status.addItem(content.label("status", status.value), status.value)
        self.outcome = GrowingTextEdit(tr("What happened"), tr("What actually happened?"),
                                       lines=2)
        self.outcome.setObjectName("experimentOutcome")
        self.feelings_after = GrowingTextEdit(
            tr("Feelings afterwards"),
            tr("How did it feel, in the body and the mind? Not to judge, only to notice."),
            lines=2)
        self.anxiety_before = IntensityInput(tr("Anxiety before, 0 to 10"), optional=True)
        self.anxiety_after = IntensityInput(tr("Anxiety after, 0 to 10"), optional=True)
        self.belief_after = self._percent(tr("How strongly you believe the prediction, after"))
        self.tags = QLineEdit()
        self.tags.setAccessibleName(tr("Tags"))
        self.tags.setPlaceholderText(tr("Words to find it by later, separated by commas"))
        self.error = fh.error_label()

        plan_box = QGroupBox(tr("Plan"))
        plan = QFormLayout(plan_box)
        plan.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        ideas = QHBoxLayout()
        ideas.addWidget(self.idea, 1)
        ideas.addWidget(self.use_idea)
        plan.addRow(tr("Ideas"), ideas)
        plan.addRow("", self.idea_how)
        plan.addRow(tr("I will try"), self.plan)
        plan.addRow(tr("When"), self.planned_for)
        plan.addRow(tr("I fear that"), self.prediction)
        plan.addRow(tr("Belief, 0–100%"), self.belief_before)
        plan.addRow("", self.link)
        after_box = QGroupBox(tr("Afterwards"))
        after = QFormLayout(after_box)
        after.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        after.addRow(tr("Status"), self.status)
        after.addRow(tr("What happened"), self.outcome)
        after.addRow(tr("Feelings after"), self.feelings_after)
        after.addRow(tr("Anxiety before"), self.anxiety_before)
        after.addRow(tr("Anxiety after"), self.anxiety_after)
        after.addRow(tr("Belief now, 0–100%"), self.belief_after)
        after.addRow(tr("Tags"), self.tags)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plan_box)
        layout.addWidget(after_box)
        layout.addWidget(self.error)
        layout.addStretch(1)

        self.set_leaning(None)
        for signal in (self.plan.textChanged, self.prediction.textChanged,
                       self.planned_for.dateTimeChanged, self.belief_before.valueChanged,
                       self.status.currentIndexChanged, self.outcome.textChanged,
                       self.feelings_after.textChanged, self.anxiety_before.changed,
                       self.anxiety_after.changed, self.belief_after.valueChanged,
                       self.tags.textChanged):
            signal.connect(self._touched)

    def _percent(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(-1, 100)
        spin.setSpecialValueText(self.tr("not rated"))
        spin.setSuffix("%")
        spin.setSingleStep(5)
        spin.setAccessibleName(name)
        spin.setValue(-1)
        return spin

    def _touched(self, *_args) -> None:
        self._dirty = True
        self.changed.emit()

    # ------------------------------------------------------------------ ideas
    def set_leaning(self, leaning: str | None) -> None:
        """Put the ideas that fit the user's current pattern first."""
        self._leaning = leaning
        headings = {"anxious": self.tr("When the pull is to reach out and hold on"),
                    "avoidant": self.tr("When the pull is to step back and go it alone"),
                    "either": self.tr("For either pull")}
        model = QStandardItemModel(self.idea)
        first = QStandardItem(self.tr("Choose an idea, or write your own below"))
        first.setData(None, Qt.ItemDataRole.UserRole)
        model.appendRow(first)
        group = None
        for idea in self.content.ideas_for(leaning):
            if idea.leaning != group:
                group = idea.leaning
                head = QStandardItem(headings.get(group, group))
                head.setEnabled(False)
                head.setSelectable(False)
                model.appendRow(head)
            item = QStandardItem("    " + idea.title)
            item.setData(idea.key, Qt.ItemDataRole.UserRole)
            item.setData(idea.title, Qt.ItemDataRole.AccessibleTextRole)
            model.appendRow(item)
        self.idea.blockSignals(True)
        self.idea.setModel(model)
        self.idea.setCurrentIndex(0)
        self.idea.blockSignals(False)
        self._show_idea()

    def _selected_idea(self):
        return self.content.idea(self.idea.currentData(Qt.ItemDataRole.UserRole))

    def _show_idea(self, *_args) -> None:
        idea = self._selected_idea()
        self.idea_how.setText(idea.how if idea else "")
        self.idea_how.setVisible(idea is not None)
        self.use_idea.setEnabled(idea is not None)

    def _apply_idea(self) -> None:
        idea = self._selected_idea()
        if idea is None:
            return
        self.plan.setPlainText(idea.title)
        if idea.prediction_hint and not self.prediction.toPlainText().strip():
            self.prediction.setPlaceholderText(idea.prediction_hint)
        self.prediction.setFocus()

    def select_idea(self, key: str) -> bool:
        for row in range(self.idea.count()):
            if self.idea.itemData(row, Qt.ItemDataRole.UserRole) == key:
                self.idea.setCurrentIndex(row)
                return True
        return False

    # ------------------------------------------------------------------ value
    def new(self, now: datetime, trigger_id: int | None = None, trigger_text: str = "") -> None:
        self.clear()
        self._tz = now.tzinfo
        fh.set_edit_time(self.planned_for, now)
        self.set_link(trigger_id, trigger_text)
        self._dirty = False

    def set_link(self, trigger_id: int | None, trigger_text: str = "") -> None:
        self._trigger_id = trigger_id
        self.trigger_text = trigger_text
        if trigger_id is None:
            self.link.setText("")
        else:
            self.link.setText(self.tr("Prompted by the moment: %1").replace(
                "%1", trigger_text or self.tr("(intensity only)")))
        self.link.setVisible(trigger_id is not None)

    def load(self, exp: Experiment, trigger_text: str = "") -> None:
        self.clear()
        self._loaded = exp
        self._tz = exp.planned_for.tzinfo
        self.plan.setPlainText(exp.plan)
        fh.set_edit_time(self.planned_for, exp.planned_for)
        self.prediction.setPlainText(exp.prediction)
        self.belief_before.setValue(-1 if exp.belief_before is None else exp.belief_before)
        self.status.setCurrentIndex(max(0, self.status.findData(exp.status.value)))
        self.outcome.setPlainText(exp.outcome)
        self.feelings_after.setPlainText(exp.feelings_after)
        self.anxiety_before.set_value(exp.anxiety_before)
        self.anxiety_after.set_value(exp.anxiety_after)
        self.belief_after.setValue(-1 if exp.belief_after is None else exp.belief_after)
        self.tags.setText(", ".join(exp.tags))
        if exp.idea_key:
            self.select_idea(exp.idea_key)
        self.set_link(exp.trigger_id, trigger_text)
        self._dirty = False

    @property
    def loaded(self) -> Experiment | None:
        return self._loaded

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        self._dirty = False

    def experiment(self) -> Experiment:
        """The experiment as entered; raises EntryError (one sentence) if it cannot be saved."""
        idea = self._selected_idea()
        plan = self.plan.toPlainText()
        values = dict(
            plan=plan,
            planned_for=fh.edit_time(self.planned_for, self._tz),
            idea_key=idea.key if idea and plan.strip() == idea.title else
            (self._loaded.idea_key if self._loaded else None),
            prediction=self.prediction.toPlainText(),
            belief_before=None if self.belief_before.value() < 0 else self.belief_before.value(),
            status=ExperimentStatus(self.status.currentData()),
            outcome=self.outcome.toPlainText(),
            feelings_after=self.feelings_after.toPlainText(),
            anxiety_before=self.anxiety_before.value(),
            anxiety_after=self.anxiety_after.value(),
            belief_after=None if self.belief_after.value() < 0 else self.belief_after.value(),
            trigger_id=self._trigger_id,
            tags=parse_tags(self.tags.text()),
        )
        exp = replace(self._loaded, **values) if self._loaded else Experiment(**values)
        validate_experiment(exp)
        return exp

    def show_error(self, text: str) -> None:
        fh.show_error(self.error, text)

    def highlight(self, query: str) -> None:
        for edit in (self.plan, self.prediction, self.outcome, self.feelings_after):
            fh.mark_matches(edit, query)

    # ------------------------------------------------------------------ drafts
    def payload(self) -> dict:
        d, t = self.planned_for.date(), self.planned_for.time()
        return {
            "id": self._loaded.id if self._loaded else None,
            "idea": self.idea.currentData(Qt.ItemDataRole.UserRole),
            "plan": self.plan.toPlainText(), "prediction": self.prediction.toPlainText(),
            "when": [d.year(), d.month(), d.day(), t.hour(), t.minute()],
            "belief_before": self.belief_before.value(), "status": self.status.currentData(),
            "outcome": self.outcome.toPlainText(),
            "feelings_after": self.feelings_after.toPlainText(),
            "anxiety_before": self.anxiety_before.value(),
            "anxiety_after": self.anxiety_after.value(),
            "belief_after": self.belief_after.value(), "tags": self.tags.text(),
            "trigger_id": self._trigger_id,
        }

    def load_payload(self, data: dict, loaded: Experiment | None, now: datetime) -> None:
        if loaded is not None:
            self.load(loaded)
        else:
            self.new(now)
        try:
            if data.get("idea"):
                self.select_idea(data["idea"])
            self.plan.setPlainText(data.get("plan", ""))
            self.prediction.setPlainText(data.get("prediction", ""))
            y, mo, d, h, mi = data.get("when") or [now.year, now.month, now.day,
                                                   now.hour, now.minute]
            fh.set_edit_time(self.planned_for, datetime(y, mo, d, h, mi))
            self.belief_before.setValue(int(data.get("belief_before", -1)))
            status = ExperimentStatus(data.get("status", "planned"))
            self.status.setCurrentIndex(max(0, self.status.findData(status.value)))
            self.outcome.setPlainText(data.get("outcome", ""))
            self.feelings_after.setPlainText(data.get("feelings_after", ""))
            self.anxiety_before.set_value(data.get("anxiety_before"))
            self.anxiety_after.set_value(data.get("anxiety_after"))
            self.belief_after.setValue(int(data.get("belief_after", -1)))
            self.tags.setText(data.get("tags", ""))
            self._trigger_id = data.get("trigger_id", self._trigger_id)
        except (TypeError, ValueError) as exc:
            raise EntryError("That draft could not be read back.") from exc
        self._dirty = True

    def clear(self) -> None:
        for widget in (self, *self.findChildren(QWidget)):
            widget.blockSignals(True)
        fh.wipe_widgets(self)
        for spin in (self.belief_before, self.belief_after):
            spin.setValue(-1)
        self.anxiety_before.set_value(None)
        self.anxiety_after.set_value(None)
        self.status.setCurrentIndex(0)
        self.idea.setCurrentIndex(0)
        self.prediction.setPlaceholderText(self.tr("What do you fear will happen?"))
        self.set_link(None)
        fh.show_error(self.error, "")
        for widget in (self, *self.findChildren(QWidget)):
            widget.blockSignals(False)
        self._show_idea()
        self._loaded = None
        self._dirty = False
