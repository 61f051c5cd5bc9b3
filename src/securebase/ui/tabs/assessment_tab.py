"""The Assessment tab: take the inventory (resumable), see the result on the plane,
keep a shareable card or an action report, retake and watch the trajectory.

The tab only talks to ``ctx.vault.assessments`` (and, for the report when the user
ticks it, the journal through the report service). Every answer is saved at once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget

from securebase.domain.assessment import NotScorable
from securebase.domain.instrument import Instrument
from securebase.services.assessment import (
    AssessmentContent,
    Result,
    finish_take,
    latest_result,
    load_content,
)
from securebase.storage.errors import SecureBaseError
from securebase.ui import dialogs, style
from securebase.ui.assessment.intro_page import IntroPage
from securebase.ui.assessment.questionnaire import QuestionnairePage
from securebase.ui.assessment.result_page import ResultPage
from securebase.ui.i18n import error_text
from securebase.ui.tabs.base import EmptyState, TabPage

log = logging.getLogger(__name__)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, SecureBaseError):
        return error_text(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


class AssessmentTab(TabPage):
    bind_when_shown = True  # its charts are filled the first time it is shown
    title = "Assessment"

    #: A take was completed (Today and Trends may want to refresh).
    resultSaved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentTab")
        self.content: AssessmentContent | None = None
        self.instrument: Instrument | None = None
        self.take_id: int | None = None

        self.locked_page = EmptyState(
            self.tr("The self-assessment will be here"),
            self.tr("Unlock your vault to take the inventory or see your results."))
        self.broken_page = EmptyState(self.tr("The inventory could not be loaded"), "")
        self.intro = IntroPage()
        self.questionnaire = QuestionnairePage()
        self.result_page = ResultPage()
        self.stack = QStackedWidget()
        self.stack.setObjectName("assessmentStack")
        for page in (self.locked_page, self.broken_page, self.intro, self.questionnaire,
                     self.result_page):
            self.stack.addWidget(page)
        self.status = QLabel()
        self.status.setObjectName("assessmentStatus")
        self.status.setWordWrap(True)
        self.status.setContentsMargins(style.PAGE_MARGIN * 2, 0, style.PAGE_MARGIN * 2,
                                       style.PAGE_MARGIN // 2)
        style.set_muted(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)

        self.intro.startRequested.connect(self.start)
        self.intro.resumeRequested.connect(self.resume)
        self.intro.startOverRequested.connect(self.start_over)
        self.intro.resultRequested.connect(self.show_result)
        self.questionnaire.finishRequested.connect(self.finish)
        self.questionnaire.laterRequested.connect(self.finish_later)
        self.questionnaire.answerFailed.connect(self._answer_failed)
        self.result_page.retakeRequested.connect(self.show_intro)
        self.result_page.saveCardRequested.connect(self.save_card)
        self.result_page.copyCardRequested.connect(self.copy_card)
        self.result_page.reportRequested.connect(self.save_report)

    # ------------------------------------------------------------------ TabPage
    def bind(self, ctx) -> None:
        super().bind(ctx)
        self.refresh()

    def clear(self) -> None:
        self.take_id = None
        self.instrument = None
        self.questionnaire.clear()
        self.result_page.clear()
        self.intro.clear()
        self.status.clear()
        self.stack.setCurrentWidget(self.locked_page)
        super().clear()

    def handle_action(self, value: str) -> None:
        """From the Today tab: take, resume or retake the inventory."""
        if value != "assessment" or self.ctx is None or not self._ensure_content():
            return
        if self.stack.currentWidget() is self.questionnaire:
            return
        if self._repo.in_progress() is not None:
            self.resume()
        else:
            self.show_intro()

    # ------------------------------------------------------------------ helpers
    @property
    def _repo(self):
        return self.ctx.vault.assessments

    def _ensure_content(self) -> bool:
        if self.content is not None:
            return True
        try:
            self.content = load_content()
        except (OSError, ValueError) as exc:
            self.broken_page.body.setText(self.tr(
                "SecureBase could not read its assessment texts ({reason}). Reinstalling "
                "SecureBase should bring them back; your saved results are safe.").format(
                reason=_reason(exc)))
            self.stack.setCurrentWidget(self.broken_page)
            return False
        ins = self.content.instruments
        self.intro.set_instruments(list(ins.instruments), [str(p) for p in ins.problems])
        return True

    def _warn(self, title: str, exc: BaseException) -> None:
        dialogs.warning(self, title, _reason(exc))

    def _latest(self) -> Result | None:
        return latest_result(self._repo, self.content)

    def refresh(self) -> None:
        """Show what fits the vault: the questionnaire stays if a take is under way,
        otherwise the latest result, or the start page."""
        if self.ctx is None or not self._ensure_content():
            return
        if self.stack.currentWidget() is self.questionnaire and self.take_id is not None:
            return
        try:
            in_progress = self._repo.in_progress()
            latest = self._latest()
        except SecureBaseError as exc:
            self._warn(self.tr("Assessment"), exc)
            return
        if latest is not None and in_progress is None:
            self._show(latest)
        else:
            self.show_intro()

    def show_intro(self) -> None:
        if self.ctx is None or not self._ensure_content():
            return
        in_progress = self._repo.in_progress()
        instrument = self.content.instrument_for(in_progress) if in_progress else None
        has_result = self._repo.count_completed() > 0
        self.intro.set_state(in_progress, instrument, has_result,
                             self.content.tendencies.note("retake"))
        no_instrument = not self.content.instruments.instruments
        self.intro.start_button.setEnabled(not no_instrument)
        self.status.clear()
        self.stack.setCurrentWidget(self.intro)

    def _show(self, result: Result) -> None:
        self.result_page.set_result(result, self.content)
        self.stack.setCurrentWidget(self.result_page)

    def show_result(self) -> None:
        latest = self._latest()
        if latest is not None:
            self.status.clear()
            self._show(latest)

    # ------------------------------------------------------------------ taking
    def start(self, index: int = 0) -> None:
        instruments = self.content.instruments.instruments
        if not instruments:
            return
        instrument = instruments[max(0, min(index, len(instruments) - 1))]
        try:
            take = self._repo.start(instrument.id, instrument.version)
        except SecureBaseError as exc:
            self._warn(self.tr("The inventory could not start"), exc)
            return
        self._open(instrument, take.id, {})

    def _open(self, instrument: Instrument, take_id: int, answers: dict) -> None:
        self.instrument = instrument
        self.take_id = take_id
        self.status.clear()
        self.stack.setCurrentWidget(self.questionnaire)
        self.questionnaire.start(instrument, answers, self._save_answer)

    def resume(self) -> None:
        take = self._repo.in_progress()
        if take is None:
            self.show_intro()
            return
        instrument = self.content.instrument_for(take)
        if instrument is None:
            dialogs.warning(self, self.tr("This take cannot be resumed"), self.tr(
                "The inventory this unfinished take belongs to is no longer installed. "
                "You can start over with the current inventory."))
            self.show_intro()
            return
        self._open(instrument, take.id, dict(take.answers))

    def start_over(self) -> None:
        take = self._repo.in_progress()
        if take is not None:
            if not dialogs.question(self, self.tr("Start over?"), self.tr(
                    "Your unfinished answers will be discarded and the inventory starts "
                    "from the first sentence. Completed results are always kept.")):
                return
            try:
                self._repo.discard(take.id)
            except SecureBaseError as exc:
                self._warn(self.tr("The unfinished take could not be discarded"), exc)
                return
        self.start(self.intro.current_index())

    def _save_answer(self, item_id: str, value: int | None) -> None:
        self._repo.save_answer(self.take_id, item_id, value)

    def _answer_failed(self, exc: BaseException) -> None:
        self._warn(self.tr("That answer was not saved"), exc)

    def finish_later(self) -> None:
        self.take_id = None
        self.show_intro()
        self.status.setText(self.tr("Your answers are saved. Resume whenever you like."))

    def finish(self) -> None:
        if self.take_id is None or self.instrument is None:
            return
        try:
            finish_take(self._repo, self.instrument, self.take_id)
        except NotScorable:  # the review page already says why; keep the take open
            self.questionnaire.go_to_first_open()
            return
        except SecureBaseError as exc:
            self._warn(self.tr("The result could not be saved"), exc)
            return
        self.take_id = None
        self.questionnaire.clear()
        self.show_result()
        self.resultSaved.emit()

    # ------------------------------------------------------------------ keeping
    def _today(self) -> str:
        return self.ctx.clock.now().astimezone().strftime("%Y-%m-%d")

    def _not_written(self, path: Path, exc: OSError) -> str:
        return self.tr("It could not be written to {path} ({reason}).").format(
            path=str(path), reason=exc.strerror or type(exc).__name__)

    def card_image(self) -> QImage:
        from securebase.services.card import SIZES, card_data, render_card

        data = card_data(self._repo, self.content, name=self.result_page.card_name(),
                         result=self.result_page.result)
        return render_card(data, SIZES[self.result_page.card_size()])

    def save_card(self) -> None:
        if self.result_page.result is None:
            return
        from securebase.services.card import save_card

        path = dialogs.get_save_path(self, self.tr("Save result card"),
                                     f"securebase-card-{self._today()}.png",
                                     self.tr("PNG image (*.png)"))
        if path is None:
            return
        try:
            save_card(self.card_image(), path)
        except OSError as exc:
            dialogs.warning(self, self.tr("The card was not saved"), self._not_written(path, exc))
            return
        self.status.setText(self.tr("Card saved to {path}.").format(path=str(path)))

    def copy_card(self) -> None:
        if self.result_page.result is None:
            return
        QGuiApplication.clipboard().setImage(self.card_image())
        self.status.setText(self.tr("Card image copied. It contains no journal entries."))

    def save_report(self, include_journal: bool) -> None:
        if self.result_page.result is None:
            return
        path = dialogs.get_save_path(self, self.tr("Save action report"),
                                     f"securebase-report-{self._today()}.pdf",
                                     self.tr("PDF document (*.pdf)"))
        if path is None:
            return
        from securebase.services.report import write_report
        from securebase.services.report_data import gather_report_data

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = gather_report_data(self.ctx.vault, self.content,
                                      include_journal=include_journal)
            write_report(data, Path(path))
        except (OSError, SecureBaseError) as exc:
            QApplication.restoreOverrideCursor()
            text = (self._not_written(path, exc) if isinstance(exc, OSError)
                    else error_text(exc))
            dialogs.warning(self, self.tr("The report was not saved"), text)
            return
        QApplication.restoreOverrideCursor()
        self.status.setText(self.tr("Action report saved to {path}.").format(path=str(path)))
