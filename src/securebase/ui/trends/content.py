"""The words of the Trends tab: empty states and takeaways (resources/content/*/trends.toml),
and the labels and number, date and time formats the charts use.

No matplotlib here: importing the tab must stay cheap.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from securebase.content import current_locale, load_content
from securebase.domain.trend_takeaways import Takeaway
from securebase.domain.trends import NO_REGULATION
from securebase.ui.journal.content import JournalContent, journal_content

_CTX = "TrendCharts"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class TrendTexts:
    """Empty-state texts and takeaway wordings for one locale."""

    def __init__(self, locale: str | None = None) -> None:
        data = load_content("trends", locale)
        self._empty: dict[str, Any] = data.get("empty", {})
        self._takeaways: dict[str, str] = data.get("takeaways", {})

    @property
    def loading(self) -> str:
        return str(self._empty.get("loading", ""))

    def empty(self, chart: str, reason: str) -> tuple[str, str]:
        """(heading, text) for a chart with nothing to draw."""
        own = self._empty.get(chart, {})
        if reason == "nothing":
            return str(own.get("heading", "")), str(own.get("nothing", ""))
        return "", str(self._empty.get(reason, ""))

    def takeaway(self, takeaway: Takeaway | None, fmt: Formatter) -> str:
        if takeaway is None:
            return ""
        key = takeaway.key
        if takeaway.values.get("count") == 1 and f"{key}_one" in self._takeaways:
            key = f"{key}_one"
        template = self._takeaways.get(key)
        if template is None:
            return ""
        values = {name: fmt.value(name, v) for name, v in takeaway.values.items()}
        text = template.format(**values)
        return text[:1].upper() + text[1:]


class Formatter:
    """Labels and numbers as the user reads them, in the interface's locale."""

    def __init__(self, locale: QLocale | None = None,
                 journal: JournalContent | None = None) -> None:
        self.locale = locale or QLocale()
        self.journal = journal or journal_content()
        self.english = current_locale().split("_")[0] == "en"

    # -- labels
    def category(self, key: str) -> str:
        return self.journal.category_label(key) if key else tr("No category")

    def regulation(self, key: str) -> str:
        if key == NO_REGULATION:
            return tr("nothing in particular")
        return self.journal.label("regulation", key)

    def region(self, key: str) -> str:
        return self.journal.label("regions", key)

    def practice_kind(self, kind: str) -> str:
        return {"bodyscan": tr("Body scan"), "breathing": tr("Breathing")}.get(kind, kind)

    def weekday(self, index: int, short: bool = False) -> str:
        fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
        return self.locale.dayName(index + 1, fmt)

    # -- numbers, dates and times
    def number(self, value: float) -> str:
        return self.locale.toString(float(value), "f", 1)

    def count(self, value: int) -> str:
        return self.locale.toString(int(value))

    def date(self, day: date) -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), tr("d MMM yyyy"))

    def day(self, day: date) -> str:
        """A day with its weekday: 'Tue 3 Mar 2026'."""
        return self.locale.toString(QDate(day.year, day.month, day.day), tr("ddd d MMM yyyy"))

    def hour(self, hour: int) -> str:
        return self.locale.toString(QTime(hour, 0), tr("HH:mm"))

    def moment(self, when: datetime) -> str:
        return tr("{day}, {time}").format(
            day=self.day(when.date()),
            time=self.locale.toString(QTime(when.hour, when.minute), tr("HH:mm")))

    def value(self, name: str, value: Any) -> str:
        """A takeaway value by its name: what it is decides how it reads."""
        if name in ("top", "intense"):
            return self.category(value)
        if name == "regulation":  # inside an English sentence: "after slow breathing"
            label = self.regulation(value)
            return label[:1].lower() + label[1:] if self.english else label
        if name == "region":
            return self.region(value)
        if name == "weekday":
            return self.weekday(int(value))
        if name == "hour":
            return self.hour(int(value))
        if isinstance(value, date):
            return self.date(value)
        if isinstance(value, float):
            return self.number(value)
        if isinstance(value, int):
            return self.count(value)
        return str(value)


def plane_labels(locale: str | None = None):
    """Axis and region names of the anxiety x avoidance plane, as the Assessment tab
    names them (tendencies.toml). Pure file reading: safe off the UI thread."""
    from securebase.content import content_path
    from securebase.domain.tendencies import load_tendencies
    from securebase.services.assessment_charts import PlaneLabels

    tendencies = load_tendencies(content_path("tendencies", locale))
    names = {region.value: t.name for region, t in tendencies.tendencies.items()}
    if "fearful" in names:
        names["fearful"] = names["fearful"].replace(" (", "\n(")
    return PlaneLabels(tr("Attachment avoidance"), tr("Attachment anxiety"), names)
