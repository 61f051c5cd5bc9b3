"""Help > About SecureBase and Help > Privacy.

The long texts live in ``resources/content/<locale>/about.toml``; this module only
lays them out and fills in the real folder names of this installation.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from securebase import __version__
from securebase.content import load_content as _load_content
from securebase.paths import VaultPaths
from securebase.ui import style
from securebase.ui.passphrase_widgets import heading

CONTENT_FILE = "about.toml"


def load_content(locale: QLocale | str | None = None) -> dict:
    """The about/privacy texts for ``locale`` (the app's content locale by default),
    else English."""
    if isinstance(locale, QLocale):
        locale = locale.name()
    return _load_content(CONTENT_FILE, locale or None)


def _fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def _dialog_frame(dialog: QDialog, title: str) -> QVBoxLayout:
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(*style.DIALOG_MARGINS)
    layout.setSpacing(12)
    return layout


def _close_buttons(dialog: QDialog, layout: QVBoxLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    buttons.accepted.connect(dialog.accept)
    layout.addWidget(buttons)


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AboutDialog(QDialog):
    WIDTH = 560

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        content = load_content()["about"]
        layout = _dialog_frame(self, content["title"])

        top = QHBoxLayout()
        top.setSpacing(16)
        mark = QLabel()
        mark.setPixmap(style.app_icon().pixmap(56, 56))
        mark.setAccessibleName("SecureBase")
        top.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(heading("SecureBase", self))
        tagline = _paragraph(content["tagline"])
        style.set_muted(tagline)
        names.addWidget(tagline)
        top.addLayout(names, 1)
        layout.addLayout(top)
        layout.addSpacing(4)

        for paragraph in content["paragraphs"]:
            layout.addWidget(_paragraph(paragraph))
        meta = _paragraph(_fill(content["version_line"], {"version": __version__}) + "\n"
                          + content["license_line"])
        meta.setObjectName("aboutVersion")
        style.set_muted(meta)
        layout.addWidget(meta)
        layout.addStretch(1)
        _close_buttons(self, layout)
        self.setMinimumWidth(self.WIDTH)
        self.resize(self.WIDTH, layout.totalHeightForWidth(self.WIDTH))


def privacy_html(data_dir: Path, settings_file: Path, content: dict | None = None) -> str:
    """The privacy page as simple rich text with this installation's real paths."""
    privacy = (content or load_content())["privacy"]
    values = {
        "data_dir": str(data_dir),
        "backups_dir": str(VaultPaths(Path(data_dir)).backups),
        "settings_file": str(settings_file),
    }
    parts = [f"<p>{html.escape(privacy['intro'])}</p>"]
    for section in privacy["sections"]:
        parts.append(f"<h3>{html.escape(section['heading'])}</h3>")
        text = html.escape(section["text"])
        text = _fill(text, {k: f"<code>{html.escape(v)}</code>" for k, v in values.items()})
        parts.append(f"<p>{text}</p>")
    return "\n".join(parts)


class PrivacyDialog(QDialog):
    """What is stored where and how it is protected."""

    def __init__(self, data_dir: Path, settings_file: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyDialog")
        content = load_content()
        title = content["privacy"]["title"]
        layout = _dialog_frame(self, title)
        self.resize(660, 620)
        layout.addWidget(heading(title, self))
        self.browser = QTextBrowser()
        self.browser.setObjectName("privacyText")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        # Read like a page of the dialog, not like an input field.
        self.browser.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.browser.setAccessibleName(title)
        self.browser.document().setDocumentMargin(0)
        self.browser.setHtml(privacy_html(data_dir, settings_file, content))
        layout.addWidget(self.browser, 1)
        _close_buttons(self, layout)
