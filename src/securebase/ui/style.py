"""Look and feel: Fusion, the operating system's light or dark palette, a few helpers.

No hard-coded colours: everything derives from the current palette, so dark mode
and high-contrast themes keep working. Widgets that want a softer tone ask for
``muted_color`` instead of picking a grey.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

#: Outer margin of pages and dialogs, in pixels (scaled by Qt for high DPI).
# The app's three accents, shared by every page and chart (blended into the system
# palette where they are used, so light, dark and high-contrast themes all work).
# There is deliberately no alarm red: nothing the user logs is a failure.
SAND = QColor(226, 205, 178)
CLAY = QColor(196, 128, 82)
SAGE = QColor(88, 138, 108)

PAGE_MARGIN = 16
#: Space between related controls.
SPACING = 10
#: Margins of dialogs (left, top, right, bottom), shared with the vault dialogs.
DIALOG_MARGINS = (28, 24, 28, 20)
ICON_FILE = "securebase.svg"


def apply_app_style(app: QApplication) -> None:
    """Use Fusion and leave the palette to the platform theme.

    Qt fills the application palette from the operating system's light or dark
    scheme and updates it live when the user switches; setting a palette here
    would freeze it, so this deliberately does not.
    """
    app.setStyle("Fusion")
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The SecureBase mark: the rendered PNG sizes (the small ones use a bolder
    drawing), else the SVG; a null icon if neither is there."""
    from PySide6.QtCore import QSize

    from securebase.paths import resources_dir

    folder = resources_dir() / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        png = folder / f"securebase-{size}.png"
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    if icon.isNull() and (folder / ICON_FILE).is_file():
        icon = QIcon(str(folder / ICON_FILE))
    return icon


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is darker than its text."""
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < pal.color(
        QPalette.ColorRole.WindowText).lightness()


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way toward ``b``."""
    t = max(0.0, min(1.0, amount))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


def muted_color(widget: QWidget | None = None) -> QColor:
    """A secondary text colour that is readable on the current background."""
    pal = widget.palette() if widget is not None else QGuiApplication.palette()
    return blend(pal.color(QPalette.ColorRole.WindowText),
                 pal.color(QPalette.ColorRole.Window), 0.38)


def set_muted(label: QLabel) -> None:
    """Give a label the muted text colour (recomputed when the palette changes)."""
    _PaletteFollower.attach(label)


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


def make_heading(label: QLabel, factor: float = 1.35) -> QLabel:
    label.setFont(scaled_font(label, factor, bold=False))
    label.setAccessibleName(label.text())
    return label


class _PaletteFollower(QObject):
    """Re-applies the muted colour to one label whenever the palette changes."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self._label = label
        label.installEventFilter(self)
        self._apply()

    @classmethod
    def attach(cls, label: QLabel) -> None:
        if label.property("securebaseMuted"):
            return
        label.setProperty("securebaseMuted", True)
        cls(label)

    def _apply(self) -> None:
        pal = self._label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, muted_color(self._label.parentWidget()))
        self._label.setPalette(pal)

    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.ParentChange):
            self._apply()
        return False
