"""The interface language: which one, and installing Qt's translators for it.

Decided once at start-up, before the first dialog is built: the language chosen in
Settings (kept in ui.ini, because it is needed before the vault is unlocked), or
else the operating system's. Any Chinese system locale gets Simplified Chinese;
everything else gets English. Installing a language also sets the default QLocale
(dates and numbers) and the locale the written content is read in
(``securebase.content``), so the interface and the long texts always agree.

The app's own messages come from ``resources/translations/securebase_<lang>.qm``
(compiled by ``scripts/update_translations.py``); Qt's own (OK, Cancel, the text
editing menu) from ``qtbase_<lang>.qm`` in PySide6's translations folder, when it
is there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from securebase import content

ENGLISH = "en"
CHINESE = "zh_CN"
#: The languages SecureBase ships, each named in its own language (never translated:
#: someone who cannot read the current language must still find their own).
LANGUAGES: dict[str, str] = {ENGLISH: "English", CHINESE: "简体中文"}
#: Stored in place of a language to follow the operating system.
SYSTEM = ""
#: The object name of every translator installed here, so they can be found and removed.
TRANSLATOR_NAME = "securebaseTranslator"
CATALOGUE = "securebase"


def translations_dir() -> Path:
    from securebase.paths import resources_dir

    return resources_dir() / "translations"


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def language_for(locale: QLocale) -> str:
    """The shipped language closest to ``locale``."""
    if locale.language() == QLocale.Language.Chinese:
        return CHINESE
    return ENGLISH


def resolve(choice: str | None, system: QLocale | None = None) -> str:
    """The language to use: ``choice`` when it is one we ship, else the system's."""
    if choice in LANGUAGES:
        return choice
    return language_for(system if system is not None else QLocale.system())


def formats_locale(language: str, system: QLocale) -> QLocale:
    """Dates and numbers: the system's own conventions when it speaks ``language``
    (en_GB, zh_TW keep theirs), else the language's (an English interface on a German
    system writes "14 Mar", not "14. März")."""
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    return wanted


def stored_choice() -> str:
    """The language chosen in Settings ("" = follow the system)."""
    from securebase.ui.ui_settings import UiSettings

    return UiSettings().language()


def _translator(app: QCoreApplication, load) -> QTranslator | None:
    translator = QTranslator(app)  # owned by the application, so it lives as long
    translator.setObjectName(TRANSLATOR_NAME)
    if load(translator) and app.installTranslator(translator):
        return translator
    translator.deleteLater()
    return None


def install_translations(app: QCoreApplication, choice: str | None = None, *,
                         system: QLocale | None = None) -> str:
    """Install the translators for ``choice`` (by default the one saved in Settings,
    else the system's language); set the default QLocale and the content locale.
    Returns the language now in use. Call it before the first window is built:
    widgets translate their texts when they are made."""
    system = system if system is not None else QLocale.system()
    language = resolve(stored_choice() if choice is None else choice, system)
    remove_translations(app)
    QLocale.setDefault(formats_locale(language, system))
    content.set_current_locale(language)
    if language != ENGLISH:  # the source texts are English
        folder = str(translations_dir())
        _translator(app, lambda t: t.load(f"{CATALOGUE}_{language}", folder))
        qt_folder = str(qt_translations_dir())
        _translator(app, lambda t: t.load(QLocale(language), "qtbase", "_", qt_folder))
    return language


def installed_translators(app: QCoreApplication) -> list[QTranslator]:
    return [t for t in app.findChildren(QTranslator) if t.objectName() == TRANSLATOR_NAME]


def remove_translations(app: QCoreApplication) -> None:
    """Back to the English source texts (the default QLocale is left as it is)."""
    for translator in installed_translators(app):
        app.removeTranslator(translator)
        translator.setObjectName("")
        translator.deleteLater()


# ---------------------------------------------------------------------- typed errors
#: The one-sentence messages of the typed errors (storage/errors.py and the services),
#: listed here so lupdate collects them: storage and services cannot use Qt to
#: translate. A test checks this list against every error class.
ERROR_CONTEXT = "SecureBaseError"
ERROR_MESSAGES = (
    QT_TRANSLATE_NOOP("SecureBaseError", "Something went wrong."),
    QT_TRANSLATE_NOOP("SecureBaseError", "That passphrase does not open this vault. Please "
                      "check it and try again."),
    QT_TRANSLATE_NOOP("SecureBaseError", "That recovery key does not open this vault. Please "
                      "check it and try again."),
    QT_TRANSLATE_NOOP("SecureBaseError", "The vault file is damaged and cannot be opened "
                      "safely; nothing has been changed. You can restore the newest good "
                      "backup."),
    QT_TRANSLATE_NOOP("SecureBaseError", "This vault is already open in another SecureBase "
                      "window or command. Close it there first."),
    QT_TRANSLATE_NOOP("SecureBaseError", "There is no vault in this folder yet. Create one "
                      "with 'securebase init'."),
    QT_TRANSLATE_NOOP("SecureBaseError", "A vault already exists in this folder; nothing was "
                      "changed."),
    QT_TRANSLATE_NOOP("SecureBaseError", "That passphrase is too easy to guess."),
    QT_TRANSLATE_NOOP("SecureBaseError", "That input is not valid."),
    QT_TRANSLATE_NOOP("SecureBaseError", "That file cannot be imported; the vault was not "
                      "changed."),
    QT_TRANSLATE_NOOP("SecureBaseError", "The disk is full, so nothing new was saved. Free "
                      "some space and try again; your earlier entries are safe."),
    QT_TRANSLATE_NOOP("SecureBaseError", "This SQLCipher build lacks full-text search (FTS5), "
                      "which SecureBase needs. Please reinstall SecureBase."),
    QT_TRANSLATE_NOOP("SecureBaseError", "That backup file cannot be found."),
    QT_TRANSLATE_NOOP("SecureBaseError", "There is no completed assessment yet; take the "
                      "assessment first."),
)


def error_text(exc: BaseException, fallback: str = "") -> str:
    """The user's sentence for ``exc`` in the interface language: a typed error's
    ``user_message`` (translated when it is one of ERROR_MESSAGES), else ``fallback``."""
    message = getattr(exc, "user_message", None) or fallback
    return QCoreApplication.translate(ERROR_CONTEXT, message) if message else ""


# ---------------------------------------------------------------------- sentences in a row
_CLOSING = ("。", "！", "？", "：", "；", "）", "」", "”")


def join_sentences(sentences) -> str:
    """Whole sentences in a row: a space after Western punctuation, none after Chinese
    (where a space between sentences looks like a typing mistake)."""
    out = ""
    for sentence in (s.strip() for s in sentences):
        if not sentence:
            continue
        if out and not out.endswith(_CLOSING):
            out += " "
        out += sentence
    return out
