"""The Today page once the path has begun: where you are, the step's focus, the
timeline, today's cards and the quiet footer."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from securebase.domain.path import TOTAL_DAYS, Action, PathContent, Status
from securebase.services.today import TodayView
from securebase.ui import style
from securebase.ui.i18n import join_sentences
from securebase.ui.today.cards import CardGrid
from securebase.ui.today.controls import PathFooter, ProgressSummary
from securebase.ui.today.start_panel import to_qdate
from securebase.ui.today.timeline import StepTimeline

TEXT_WIDTH = 860


def _label(name: str, *, muted: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if muted:
        label.setProperty("role", "muted")
    return label


class PathPage(QWidget):
    """Fills itself from a ``TodayView``; emits nothing itself — its parts do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pathPage")
        self.day_label = _label("dayLabel", wrap=False)
        self.day_label.setFont(style.scaled_font(self.day_label, 2.0, bold=True))
        self.step_label = _label("stepLabel")
        self.step_label.setProperty("role", "eyebrow")
        self.focus_label = _label("stepFocusLabel")
        self.focus_label.setFont(style.scaled_font(self.focus_label, 1.25))
        self.description = _label("stepDescription", muted=True)
        self.description.setMaximumWidth(TEXT_WIDTH)
        self.status_note = _label("pathStatusNote")
        self.status_note.setMaximumWidth(TEXT_WIDTH)
        self.status_note.setVisible(False)
        self.resume_button = QPushButton(self.tr("Resume the path"))
        self.resume_button.setObjectName("resumePathButton")
        self.resume_button.setProperty("role", "primary")
        self.resume_button.setAccessibleName(self.tr("Resume the path"))
        self.resume_button.setVisible(False)
        self.help_slot = QHBoxLayout()  # the tab puts its "Need help now?" button here
        self.summary = ProgressSummary()

        self.timeline = StepTimeline()
        self.guidance = _label("guidanceLabel")
        self.guidance.setMaximumWidth(TEXT_WIDTH)
        self.emphasis = _label("emphasisLabel", muted=True)
        self.emphasis.setMaximumWidth(TEXT_WIDTH)
        self.cards = CardGrid()
        self.footer = PathFooter()

        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(4)
        heading.addWidget(self.step_label)
        heading.addWidget(self.day_label)
        heading.addWidget(self.focus_label)
        top.addLayout(heading, 1)
        corner = QVBoxLayout()
        corner.setSpacing(2)
        self.help_slot.addStretch(1)
        corner.addLayout(self.help_slot)
        corner.addWidget(self.summary, 0, Qt.AlignmentFlag.AlignRight)
        corner.addStretch(1)
        top.addLayout(corner)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.description)
        note_row = QHBoxLayout()
        note_row.addWidget(self.status_note, 1)
        note_row.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignTop)
        note_row.addStretch(0)
        layout.addLayout(note_row)
        layout.addSpacing(4)
        layout.addWidget(self.timeline)
        layout.addSpacing(6)
        layout.addWidget(self.guidance)
        layout.addWidget(self.emphasis)
        layout.addWidget(self.cards)
        layout.addSpacing(4)
        layout.addWidget(self.footer)
        layout.addStretch(1)

    # ------------------------------------------------------------------ showing
    def show_view(self, view: TodayView, content: PathContent) -> None:
        prog = view.progress
        step = prog.step
        words = content.step(step.number)
        titles = {n: t.title for n, t in content.steps.items()}
        self.timeline.set_position(prog.day, titles)

        self.step_label.setText(self.tr("Step %1 of 6 · %2").replace("%1", str(step.number))
                                .replace("%2", words.title))
        if prog.status is Status.UPCOMING:
            self.day_label.setText(
                self.tr("Your path begins tomorrow") if prog.days_until_start == 1
                else self.tr("Your path begins in %1 days")
                .replace("%1", str(prog.days_until_start)))
            start = QLocale().toString(to_qdate(view.state.start), QLocale.FormatType.LongFormat)
            note = content.upcoming.replace("{date}", start)
        elif prog.status is Status.COMPLETE:
            self.day_label.setText(self.tr("All %1 days walked").replace("%1", str(TOTAL_DAYS)))
            note = content.complete
        elif prog.status is Status.PAUSED:
            self.day_label.setText(self.tr("Day %1 of %2 · paused").replace("%1", str(prog.day))
                                   .replace("%2", str(TOTAL_DAYS)))
            note = content.paused
        else:
            self.day_label.setText(self.tr("Day %1 of %2").replace("%1", str(prog.day))
                                   .replace("%2", str(TOTAL_DAYS)))
            note = ""
        self.day_label.setAccessibleName(self.day_label.text())
        self.focus_label.setText(words.focus)
        self.description.setText(words.description)
        self.status_note.setText(note)
        self.status_note.setVisible(bool(note))
        self.resume_button.setVisible(prog.status is Status.PAUSED)
        self.guidance.setText(join_sentences((content.guidance, content.star_hint)))
        self.emphasis.setText(words.emphasis)

        self.cards.arrange(prog.actions)
        again = view.assessed_before or step.number == 6
        for index, action in enumerate(prog.actions):
            card = self.cards.card(action)
            title, text = content.action(action, again=again and action is Action.ASSESSMENT)
            card.set_words(title, text, self._button_text(action, again))
            card.set_suggested(index == 0)
            card.set_done(action.value in view.done)
            card.set_focused(view.focus is action)

        self.summary.show_summary(view.summary)
        state = view.state
        self.footer.show_settings(paused=state.paused,
                                  can_pause=prog.status in (Status.ACTIVE, Status.COMPLETE),
                                  day_end_hour=state.day_end_hour, reminder=state.reminder)

    def _button_text(self, action: Action, again: bool) -> str:
        return {
            Action.ASSESSMENT: self.tr("Retake") if again else self.tr("Begin"),
            Action.TRIGGER: self.tr("Log a moment"),
            Action.BODY_SCAN: self.tr("Get ready"),
            Action.EXPERIMENT: self.tr("Plan or record"),
            Action.NARRATIVE: self.tr("Write"),
            Action.REFLECT: self.tr("Reflect"),
        }[action]

    def clear(self) -> None:
        for label in (self.day_label, self.step_label, self.focus_label, self.description,
                      self.status_note, self.guidance, self.emphasis):
            label.clear()
        self.timeline.clear()
        self.cards.clear()
        self.summary.clear()
