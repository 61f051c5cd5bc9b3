""""Need help now?": helplines for where the user is, when to stop an exercise, and a
few grounding steps. Entirely offline, no private data, so it opens even while the
vault is locked. Words from ``resources/content/<locale>/help.toml``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from securebase.domain.helplines import HelpContent, Helpline
from securebase.services.today import help_content
from securebase.ui import style
from securebase.ui.today.theme import Tones, stylesheet


def system_country() -> str:
    """The user's territory as an ISO 3166 code ("US", "GB", "CN"), or "" if unknown."""
    locale = QLocale.system()
    code = QLocale.territoryToCode(locale.territory())
    return code if code and code != "ZZ" else ""


def _text(text: str, name: str = "", *, muted: bool = False, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    if muted:
        label.setProperty("role", "muted")
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class HelplineCard(QFrame):
    def __init__(self, line: Helpline, local: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = line
        self.setProperty("todayCard", True)
        self.setProperty("focused", local)
        self.setObjectName("helplineCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        region = _text(line.region, "helplineRegion")
        region.setProperty("role", "eyebrow")
        self.contact = _text(line.contact, "helplineContact", selectable=True)
        self.contact.setFont(style.scaled_font(self.contact, 1.35, bold=True))
        name = _text(line.name, "helplineName")
        layout.addWidget(region)
        layout.addWidget(self.contact)
        layout.addWidget(name)
        if line.detail:
            layout.addWidget(_text(line.detail, muted=True))
        self.setAccessibleName(self.tr("%1: %2, %3").replace("%1", line.region)
                               .replace("%2", line.name).replace("%3", line.contact))


class HelpPanel(QDialog):
    """A non-modal window; open it with ``show_help(parent)``."""

    def __init__(self, parent: QWidget | None = None, *, country: str | None = None,
                 locale: str | None = None, content: HelpContent | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpPanel")
        self.content = content or help_content(locale)
        self.country = system_country() if country is None else country.upper()
        self.setWindowTitle(self.content.title)
        self.setAccessibleName(self.content.title)
        self.setStyleSheet(stylesheet(Tones.of(self.palette())))
        self.resize(640, 720)

        body = QWidget()
        body.setObjectName("todayScrollBody")
        col = QVBoxLayout(body)
        col.setContentsMargins(22, 20, 22, 20)
        col.setSpacing(10)
        heading = _text(self.content.title, "helpHeading")
        style.make_heading(heading, 1.6)
        col.addWidget(heading)
        col.addWidget(_text(self.content.intro, "helpIntro"))
        emergency = _text(self.content.emergency, "helpEmergency")
        emergency.setFont(style.scaled_font(emergency, 1.0, bold=True))
        col.addWidget(emergency)

        self.cards: list[HelplineCard] = []
        for index, line in enumerate(self.content.for_country(self.country)):
            card = HelplineCard(line, index == 0)  # the most useful one for where you are
            self.cards.append(card)
            col.addWidget(card)
        self.checked = _text(self.tr("Numbers last checked: %1")
                             .replace("%1", self.content.last_checked), "helpLastChecked",
                             muted=True)
        col.addWidget(self.checked)

        col.addSpacing(8)
        stop = _text(self.content.stop_heading, "helpStopHeading")
        stop.setFont(style.scaled_font(stop, 1.2, bold=True))
        col.addWidget(stop)
        col.addWidget(_text(self.content.stop_intro))
        self.stop_signs = [_text("•  " + sign, "helpStopSign") for sign in self.content.stop_signs]
        for label in self.stop_signs:
            col.addWidget(label)

        col.addSpacing(8)
        ground = _text(self.content.grounding_heading, "helpGroundingHeading")
        ground.setFont(style.scaled_font(ground, 1.2, bold=True))
        col.addWidget(ground)
        for number, step in enumerate(self.content.grounding, start=1):
            col.addWidget(_text(f"{number}.  {step}"))
        col.addSpacing(8)
        col.addWidget(_text(self.content.not_therapy, "helpNotTherapy", muted=True))
        col.addStretch(1)

        scroll = QScrollArea()
        scroll.setObjectName("todayScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 10)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        buttons.setContentsMargins(0, 0, 12, 0)

    def text(self) -> str:
        """Everything the panel says, for tests and screen-reader checks."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))


def show_help(parent: QWidget | None, **kwargs) -> HelpPanel:
    """Open the panel (or bring the open one to the front) without blocking."""
    window = parent.window() if parent is not None else None
    panel = window.findChild(HelpPanel, "helpPanel") if window is not None else None
    if panel is None:
        panel = HelpPanel(window, **kwargs)  # kept and reused once closed
    panel.show()
    panel.raise_()
    panel.activateWindow()
    return panel


def make_help_action(parent: QWidget) -> QAction:
    """"Need help now?" on F1 from every tab (an application-wide shortcut)."""
    action = QAction(QCoreApplication.translate("HelpPanel", "Need help now?"), parent)
    action.setObjectName("helpAction")
    action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.setToolTip(QCoreApplication.translate(
        "HelpPanel", "Helplines and what to do when it feels like too much (F1)"))
    action.setStatusTip(action.toolTip())
    action.triggered.connect(lambda _checked=False: show_help(parent))
    return action
