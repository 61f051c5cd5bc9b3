"""A live passphrase strength meter: a segmented bar, a label and the one-sentence reason.

Driven by ``securebase.domain.passphrase.assess``. The bar's colours are the only
hard-coded colours of the dialogs; the label always says the same thing in words,
so the meaning never depends on seeing colour.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from securebase.domain.passphrase import Strength, assess

SEGMENTS = 5  # one per zxcvbn score 0..4

# Refused passphrases are red or orange whatever their score; accepted ones green.
_REFUSED_LOW = QColor("#c62828")
_REFUSED_HIGH = QColor("#ef6c00")
_ACCEPTED = QColor("#2e7d32")
_ACCEPTED_BEST = QColor("#1b8a3c")


def bar_colour(strength: Strength) -> QColor:
    if not strength.acceptable:
        return _REFUSED_LOW if strength.score <= 1 else _REFUSED_HIGH
    return _ACCEPTED_BEST if strength.score >= 4 else _ACCEPTED


class StrengthBar(QWidget):
    """Five rounded segments, filled up to the score."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filled = 0
        self._colour = QColor(_REFUSED_LOW)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @property
    def filled(self) -> int:
        return self._filled

    def set_level(self, filled: int, colour: QColor) -> None:
        self._filled = max(0, min(SEGMENTS, filled))
        self._colour = QColor(colour)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(60, 8)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        gap = 6.0
        width = (self.width() - gap * (SEGMENTS - 1)) / SEGMENTS
        height = float(self.height())
        empty = self.palette().color(QPalette.ColorRole.Mid)
        for i in range(SEGMENTS):
            painter.setBrush(self._colour if i < self._filled else empty)
            painter.drawRoundedRect(QRectF(i * (width + gap), 0, width, height), 3, 3)
        painter.end()


class StrengthMeter(QWidget):
    """Shows how hard a passphrase is to guess and, when it is refused, why."""

    def __init__(self, parent: QWidget | None = None, *,
                 assess_fn: Callable[[str], Strength] = assess) -> None:
        super().__init__(parent)
        self._assess = assess_fn
        self._strength: Strength | None = None
        self.bar = StrengthBar(self)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = QLabel(self)
        self.label.setObjectName("strengthLabel")
        self.reason = QLabel(self)
        self.reason.setObjectName("strengthReason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        lines = self.reason.fontMetrics().lineSpacing()
        self.reason.setMinimumHeight(lines * 2 + 2)  # room for the reason: no jumping layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        layout.addWidget(self.reason)
        self.update_for("")

    @property
    def strength(self) -> Strength | None:
        """The assessment of the current text; None while the field is empty."""
        return self._strength

    def update_for(self, passphrase: str) -> Strength | None:
        if not passphrase:
            self._strength = None
            self.bar.set_level(0, _REFUSED_LOW)
            self.label.setText(self.tr("Strength: not rated yet"))
            self.reason.setText(self.tr(
                "A few unrelated words make a passphrase that is easy to remember and hard to guess."))
        else:
            strength = self._assess(passphrase)
            self._strength = strength
            self.bar.set_level(strength.score + 1, bar_colour(strength))
            label = self._label(strength.score)
            if strength.acceptable:
                self.label.setText(self.tr("Strength: {label}. Good to use.").format(label=label))
                self.reason.setText(self.tr("This passphrase would be very hard to guess."))
            else:
                self.label.setText(self.tr("Strength: {label}. Not strong enough yet.")
                                   .format(label=label))
                self.reason.setText(strength.reason or "")
        self.bar.setAccessibleDescription(self.label.text())
        return self._strength

    def _label(self, score: int) -> str:
        return (self.tr("very weak"), self.tr("weak"), self.tr("fair"), self.tr("strong"),
                self.tr("very strong"))[score]
