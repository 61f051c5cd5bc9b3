"""Simplified Chinese: the interface translation (.ts/.qm), the written content
(resources/content/zh_CN), the language choice and charts that can draw Chinese."""

from __future__ import annotations

import random
import re
import subprocess
import sys
import tomllib
import warnings
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from securebase import content
from securebase.domain.assessment import score
from securebase.paths import resources_dir
from securebase.services.assessment import load_content
from securebase.ui import i18n

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "securebase_zh_CN.ts"
QM = TS.with_suffix(".qm")
CONTENT = resources_dir() / "content"
EN_FILES = sorted(p.relative_to(CONTENT / "en") for p in (CONTENT / "en").rglob("*.toml"))
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
PLACEHOLDER = re.compile(r"%L?n|%\d|%[vmp]|\{[a-z_]*\}")
DATE_PATTERN = re.compile(r"[dMyHhmsAap:,. ]+")
NAMES = {"SecureBase"}  # words that stay as they are in every language

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def has_cjk(text: str) -> bool:
    return bool(CJK.search(text))


@pytest.fixture
def chinese(qapp):
    """The app in Simplified Chinese for one test, then back to English."""
    before = QLocale()
    yield i18n.install_translations(qapp, i18n.CHINESE)
    i18n.remove_translations(qapp)
    QLocale.setDefault(before)
    content.set_current_locale(content.FALLBACK_LOCALE)


# ---------------------------------------------------------------------- the .ts and .qm
def ts_messages():
    for ctx in ET.parse(TS).getroot().iter("context"):
        for m in ctx.iter("message"):
            yield ctx.findtext("name"), m


def test_every_zh_cn_message_is_translated():
    unfinished = []
    for context, m in ts_messages():
        tr = m.find("translation")
        forms = [f.text for f in tr.iter("numerusform")] if m.get("numerus") == "yes" else [
            tr.text]
        if tr.get("type") in ("vanished", "obsolete"):
            continue  # kept only in case the text comes back; never shown
        if tr.get("type") == "unfinished" or not all(forms):
            unfinished.append(f"{context}: {m.findtext('source')}")
    assert not unfinished, "untranslated (run scripts/update_translations.py):\n" + "\n".join(
        unfinished)


def test_translations_keep_placeholders_and_shortcut_keys():
    for context, m in ts_messages():
        source = m.findtext("source")
        tr = m.find("translation")
        for text in [f.text for f in tr.iter("numerusform")] or [tr.text]:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                context, source, text)
            if re.search(r"&[^&\s]", source):
                assert re.search(r"&[^&\s]", text), (context, source, text)
            words = set(re.findall(r"[A-Za-z]{3,}", PLACEHOLDER.sub("", source))) - NAMES
            if words and not DATE_PATTERN.fullmatch(source):
                assert has_cjk(text), (context, source, text)  # every sentence in Chinese


def test_every_text_in_the_source_is_in_the_ts():
    """A tr() text added since the .ts was last updated would show in English."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import update_translations as ut
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    fresh = {m.key for m in ut.extract(sorted((ROOT / "src" / "securebase").rglob("*.py")))}
    shipped = {m.key for m in ut.read_ts(TS) if m.finished}
    missing = sorted(fresh - shipped)
    assert not missing, ("new or changed texts; run scripts/update_translations.py and "
                         f"translate them: {missing[:10]}")


def test_the_qm_is_compiled_from_the_current_ts(tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    out = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(out)], check=True)
    assert out.read_bytes() == QM.read_bytes(), "run scripts/update_translations.py"


def test_installed_chinese_translates_widgets_and_qt_buttons(qtbot, chinese):
    from PySide6.QtWidgets import QDialogButtonBox

    from securebase.ui.settings_dialog import SettingsDialog

    assert chinese == "zh_CN" and content.current_locale() == "zh_CN"
    dialog = SettingsDialog(5)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "设置"
    assert dialog.combo.itemText(3) == "10 分钟"  # a plural form, looked up by its class
    box = dialog.findChild(QDialogButtonBox)
    assert {b.text() for b in box.buttons()} == {"确定", "取消"}  # Qt's own translation


# ---------------------------------------------------------------------- written content
IDENTITY = {"id", "key", "version", "dimension", "facet", "reversed", "leaning", "countries",
            "number", "step", "weight", "points", "method", "last_checked", "seconds_per_item",
            "max_skipped_per_dimension"}
ID_LISTS = {"regions", "countries"}  # lists of identifiers (a "regions" text is a word)


def _identity_of(row: dict) -> object:
    for name in ("id", "key", "number", "step", "countries"):
        if name in row:
            return row[name]
    return None


def compare(en, zh, where: str, problems: list[str]) -> None:
    """zh mirrors en: the same tables, keys, list lengths, identifiers and placeholders;
    every sentence in Chinese."""
    if isinstance(en, dict):
        if not isinstance(zh, dict):
            problems.append(f"{where}: not a table")
            return
        if not en and where.split(".")[-2:-1] == ["labels"]:
            return  # journal.toml: English needs no labels; checked in its own test
        if set(en) != set(zh):
            problems.append(f"{where}: keys differ {sorted(set(en) ^ set(zh))}")
        for key in set(en) & set(zh):
            path = f"{where}.{key}"
            if (key in IDENTITY and not isinstance(en[key], dict)
                    or key in ID_LISTS and isinstance(en[key], list) or where.endswith(".lists")):
                if en[key] != zh[key]:
                    problems.append(f"{path}: must stay {en[key]!r}")
            else:
                compare(en[key], zh[key], path, problems)
    elif isinstance(en, list):
        if not isinstance(zh, list) or len(en) != len(zh):
            problems.append(f"{where}: {len(en)} entries in English")
            return
        if en and all(isinstance(e, dict) for e in en):
            zh_by_id = {repr(_identity_of(z)): z for z in zh}
            for n, row in enumerate(en):
                ident = _identity_of(row)
                twin = zh_by_id.get(repr(ident)) if ident is not None else zh[n]
                if twin is None:
                    problems.append(f"{where}[{ident}]: missing")
                else:
                    compare(row, twin, f"{where}[{ident if ident is not None else n}]", problems)
        else:
            for n, (e, z) in enumerate(zip(en, zh, strict=True)):
                compare(e, z, f"{where}[{n}]", problems)
    elif isinstance(en, str):
        if not isinstance(zh, str):
            problems.append(f"{where}: not text")
        elif sorted(PLACEHOLDER.findall(en)) != sorted(PLACEHOLDER.findall(zh)):
            problems.append(f"{where}: placeholders differ")
        elif re.search(r"[A-Za-z]{2}", en) and not has_cjk(zh) and not re.fullmatch(
                r"[\w.-]+\.(com|org|net|cn)", zh.strip()):
            problems.append(f"{where}: not in Chinese: {zh[:40]!r}")
    elif type(en) is not type(zh) or isinstance(en, bool) and en != zh:
        problems.append(f"{where}: {en!r} in English")


@pytest.mark.parametrize("name", [str(p) for p in EN_FILES])
def test_every_english_content_file_has_a_chinese_twin(name):
    en = tomllib.loads((CONTENT / "en" / name).read_text(encoding="utf-8"))
    twin = CONTENT / "zh_CN" / name
    assert twin.is_file(), f"resources/content/zh_CN/{name} is missing"
    zh = tomllib.loads(twin.read_text(encoding="utf-8"))
    problems: list[str] = []
    compare(en, zh, name, problems)
    assert not problems, "\n".join(problems)


def test_the_comparison_notices_english_and_missing_keys():
    problems: list[str] = []
    compare({"a": "Hello there", "b": {"id": "x"}}, {"a": "Hello there", "b": {"id": "y"}},
            "f", problems)
    compare({"a": "One", "c": "Two"}, {"a": "一"}, "g", problems)
    assert len(problems) == 3


def test_journal_labels_cover_every_stored_key():
    zh = content.load_content("journal", "zh_CN")
    for group in ("emotions", "sensations", "regions"):
        labels = zh["labels"][group]
        assert set(labels) == set(zh["lists"][group])
        assert all(has_cjk(v) for v in labels.values())


def test_the_chinese_help_puts_china_first_and_keeps_the_others():
    en = content.load_content("help", "en")["helplines"]
    zh = content.load_content("help", "zh_CN")["helplines"]
    assert zh[0]["countries"] == ["CN"] and "12356" in zh[0]["contact"]
    assert sorted(map(str, (h.get("countries") for h in zh))) == sorted(
        map(str, (h.get("countries") for h in en)))
    assert any("116 123" in h["contact"] for h in zh) and any("988" in h["contact"] for h in zh)


def test_content_falls_back_file_by_file(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "zh").mkdir()
    (tmp_path / "en" / "a.toml").write_text('t = "en"\n', encoding="utf-8")
    (tmp_path / "en" / "b.toml").write_text('t = "en"\n', encoding="utf-8")
    (tmp_path / "zh" / "b.toml").write_text('t = "zh"\n', encoding="utf-8")
    assert content.load_content("a", "zh_CN", root=tmp_path) == {"t": "en"}
    assert content.load_content("b.toml", "zh-CN", root=tmp_path) == {"t": "zh"}
    assert content.locale_chain("zh_CN.UTF-8") == ("zh_CN", "zh", "en")
    with pytest.raises(FileNotFoundError):
        content.load_content("c", "zh_CN", root=tmp_path)


def test_instrument_dir_follows_the_locale():
    assert content.instrument_dir("zh_CN").parent.name == "zh_CN"
    assert content.instrument_dir("fr_FR").parent.name == "en"


def test_the_chinese_inventory_scores_exactly_like_the_english():
    en = load_content("en").default_instrument()
    zh = load_content("zh_CN").default_instrument()
    assert (zh.id, zh.version, zh.points, zh.max_skipped_per_dimension) == (
        en.id, en.version, en.points, en.max_skipped_per_dimension)
    assert [(i.id, i.dimension, i.facet, i.reversed) for i in zh.items] == [
        (i.id, i.dimension, i.facet, i.reversed) for i in en.items]
    assert [(f.id, f.dimension) for f in zh.facets] == [(f.id, f.dimension) for f in en.facets]
    assert all(has_cjk(i.text) for i in zh.items) and len(zh.scale_labels) == 7
    rng = random.Random(7)
    for _ in range(50):
        answers = {i.id: rng.choice([None, 1, 2, 3, 4, 5, 6, 7]) if rng.random() < 0.05
                   else rng.randint(1, 7) for i in en.items}
        try:
            expected = score(en, answers)
        except ValueError:
            with pytest.raises(ValueError):
                score(zh, answers)
            continue
        assert score(zh, answers) == expected


# ---------------------------------------------------------------------- choosing a language
@pytest.mark.parametrize(("system", "choice", "expected"), [
    ("zh_CN", None, "zh_CN"), ("zh_TW", None, "zh_CN"), ("en_GB", None, "en"),
    ("de_DE", None, "en"), ("zh_CN", "en", "en"), ("en_US", "zh_CN", "zh_CN"),
    ("en_US", "klingon", "en"),
])
def test_the_language_follows_the_system_unless_chosen(system, choice, expected):
    assert i18n.resolve(choice, QLocale(system)) == expected


def test_dates_keep_the_systems_conventions_only_in_its_own_language():
    assert i18n.formats_locale("en", QLocale("en_GB")).name() == "en_GB"
    assert i18n.formats_locale("en", QLocale("de_DE")).name() == "en_US"
    assert i18n.formats_locale("zh_CN", QLocale("en_GB")).name() == "zh_CN"


def test_the_language_chosen_in_settings_is_used_at_the_next_start(qtbot, qapp):
    from securebase.ui.settings_dialog import SettingsDialog
    from securebase.ui.ui_settings import ALL_KEYS, UiSettings, settings_path

    dialog = SettingsDialog(5)
    qtbot.addWidget(dialog)
    assert dialog.language() == i18n.SYSTEM
    assert "next time" in dialog.findChild(QLabel, "languageNote").text()
    dialog.set_language("zh_CN")
    dialog.accept()
    assert UiSettings().language() == "zh_CN"
    assert settings_path().read_text(encoding="utf-8").count("zh_CN") == 1
    before = QLocale()
    try:
        assert i18n.install_translations(qapp, system=QLocale("en_US")) == "zh_CN"
        assert content.current_locale() == "zh_CN" and QLocale().name() == "zh_CN"
    finally:
        i18n.remove_translations(qapp)
        QLocale.setDefault(before)
        content.set_current_locale("en")
    again = SettingsDialog(5)
    qtbot.addWidget(again)
    assert again.language() == "zh_CN"
    again.set_language(i18n.SYSTEM)
    again.accept()
    assert UiSettings().language() == ""
    from PySide6.QtCore import QSettings

    stored = QSettings(str(settings_path()), QSettings.Format.IniFormat).allKeys()
    assert set(stored) <= set(ALL_KEYS)


def test_cancelling_settings_keeps_the_language(qtbot):
    from securebase.ui.settings_dialog import SettingsDialog
    from securebase.ui.ui_settings import UiSettings

    dialog = SettingsDialog(5)
    qtbot.addWidget(dialog)
    dialog.set_language("zh_CN")
    dialog.reject()
    assert UiSettings().language() == ""


# ---------------------------------------------------------------------- Chinese on screen
def test_the_today_tab_speaks_chinese(qtbot, chinese, data_dir, make_vault):
    from securebase.app import AppContext
    from securebase.domain.clock import FakeClock
    from securebase.storage.vault import Vault
    from securebase.ui.tabs.today_tab import TodayTab
    from tests.conftest import PASSPHRASE

    clock = FakeClock(datetime(2026, 3, 14, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai")))
    vault = Vault.open(data_dir, PASSPHRASE, clock=clock, auto_backup=False)
    try:
        vault.path_state.start(date(2026, 3, 3))
        tab = TodayTab()
        qtbot.addWidget(tab)
        tab.resize(1280, 800)
        tab.bind(AppContext(vault=vault, clock=clock, data_dir=data_dir))
        tab.show()
        qtbot.waitExposed(tab)
        assert tab.path_page.day_label.text() == "第 12 天（共 50 天）"
        texts = [label.text() for label in tab.findChildren(QLabel) if label.isVisible()]
        assert any("设计矫正性体验" in t for t in texts)  # step 3's title, from zh_CN/path.toml
        english = [t for t in texts if re.search(r"[A-Za-z]{4}", t) and not has_cjk(t)]
        assert not english
        tab.prepare_lock()
        tab.clear()
    finally:
        vault.close()


def test_charts_draw_chinese_without_warnings():
    from securebase.services.assessment_charts import render_facets
    from securebase.services.chart_fonts import cjk_family

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        image = render_facets([("害怕被离开", 5.0, "anxiety"), ("把感受藏在心里", 3.0, "avoidance")],
                              width_px=400, height_px=120)
    assert image.width == 400
    family = cjk_family()
    if family is not None:
        from matplotlib import rcParams

        assert rcParams["font.family"][:2] == ["DejaVu Sans", family]


# ---------------------------------------------------------------------- typed errors
def test_every_typed_error_message_can_be_translated():
    import inspect

    from securebase.services import assessment
    from securebase.storage import errors

    classes = [c for module in (errors, assessment) for c in vars(module).values()
               if inspect.isclass(c) and issubclass(c, errors.SecureBaseError)]
    assert {c.default_message for c in classes} == set(i18n.ERROR_MESSAGES)


def test_typed_errors_are_told_in_chinese(chinese):
    from securebase.storage.errors import SecureBaseError, StorageFull, WrongPassphrase

    assert i18n.error_text(StorageFull()).startswith("磁盘已满")
    assert has_cjk(i18n.error_text(WrongPassphrase()))
    # a message made up on the spot stays as it was written rather than vanish
    assert i18n.error_text(SecureBaseError("Disk 3 is gone.")) == "Disk 3 is gone."
    assert i18n.error_text(ValueError("x"), "备用") == "备用"


def test_sentences_in_a_row_are_spaced_the_way_each_language_expects():
    assert i18n.join_sentences(["Timer: 5:00.", "", "I waited."]) == "Timer: 5:00. I waited."
    assert i18n.join_sentences(["计时：5:00。", "我等了一等。"]) == "计时：5:00。我等了一等。"


def test_without_any_cjk_font_charts_still_draw_quietly(monkeypatch):
    import matplotlib

    from securebase.services import assessment_charts, chart_fonts

    monkeypatch.setattr(chart_fonts, "_installed_families", lambda: {"DejaVu Sans"})
    monkeypatch.setattr("matplotlib.font_manager.findSystemFonts", lambda *a, **k: [])
    chart_fonts.cjk_family.cache_clear()
    try:
        assert chart_fonts.cjk_family() is None
        monkeypatch.setattr(assessment_charts, "ensure_cjk_fallback", lambda: None)
        with matplotlib.rc_context({"font.family": ["DejaVu Sans"]}), warnings.catch_warnings():
            warnings.simplefilter("error")
            image = assessment_charts.render_facets([("害怕被离开", 5.0, "anxiety")],
                                                    width_px=300, height_px=80)
        assert image.height == 80
    finally:
        chart_fonts.cjk_family.cache_clear()
