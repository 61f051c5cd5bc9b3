"""The action report: its words (scores, the six steps, helplines), the journal summary
only when asked for, and a real PDF."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from securebase.domain.assessment import one_decimal
from securebase.domain.entries import Urge
from securebase.services.assessment import NoResult
from securebase.services.report import build_report, report_text, write_report
from securebase.services.report_data import gather_report_data, summarize_journal
from securebase.services.report_pdf import A4_PX, PAGE_MARGIN_PX, paginate, write_pdf
from securebase.storage.triggers import TriggerRepository
from tests.services.assessment_support import MARKER, complete_take, log_marked_moments


@pytest.fixture
def one_take(cvault, content):
    complete_take(cvault, content, 2, 6, tweak={"cl1": 5})  # leans avoidant
    return cvault


def words(vault, content, include_journal=False) -> str:
    return report_text(build_report(gather_report_data(vault, content,
                                                       include_journal=include_journal)))


def test_the_report_states_both_scores(qapp, one_take, content):
    take = one_take.assessments.latest_completed()
    text = words(one_take, content)
    assert f"Attachment anxiety\n{one_decimal(take.anxiety)}" in text
    assert f"Attachment avoidance\n{one_decimal(take.avoidance)}" in text
    assert one_decimal(take.avoidance) == "5.9"
    assert "Your answers lean strongly toward the dismissing-avoidant region." in text


def test_the_report_walks_the_six_steps_fitted_to_the_tendency(qapp, one_take, content):
    text = words(one_take, content)
    for n, days in enumerate(["1–3", "4–10", "11–17", "18–25", "26–35", "36–50"], start=1):
        title = content.path.step(n).title
        assert f"Step {n} · days {days} · {title}" in text
    avoidant = content.tendencies.tendencies[next(
        r for r in content.tendencies.tendencies if r.value == "avoidant")]
    for experiment in avoidant.experiments:
        assert experiment.title in text
    for action in avoidant.first_actions:
        assert action in text
    assert "stay one more minute in a hard conversation" in text
    assert "five-minute timer" not in text  # the anxious experiment is not offered here


def test_the_report_carries_the_safety_note_and_helplines(qapp, one_take, content):
    text = words(one_take, content)
    assert "not therapy" in text
    for line in ("988", "116 123", "12356", "findahelpline.com"):
        assert line in text
    assert "Helplines last checked 2026-11." in text


def test_facets_and_areas_that_stand_out(qapp, one_take, content):
    text = words(one_take, content)
    for facet in content.default_instrument().facets:
        assert facet.label in text
    # cl1 = 5 pulls "Unease with closeness" to 5.75; the other two avoidance facets are 6.0
    assert ("Areas that stand out (your highest facets above the middle): Unease relying on "
            "others (6.0); Holding feelings back (6.0).") in text
    assert "Unease with closeness\navoidance\n5.8" in text


def test_change_since_the_first_take(qapp, cvault, content, clock):
    complete_take(cvault, content, 6, 2)
    text = words(cvault, content)
    assert "This is your first take" in text
    clock.advance(45 * 86400)
    complete_take(cvault, content, 4, 2)
    text = words(cvault, content)
    assert "45 days ago, 2 takes in all" in text
    assert "anxiety moved by −2.0 and avoidance by 0.0" in text
    assert "larger than ordinary wobble" in text


def test_the_journal_stays_out_unless_ticked(qapp, one_take, content, clock, monkeypatch):
    log_marked_moments(one_take, clock)
    calls = []
    original = TriggerRepository.list

    def spy(self, *a, **k):
        calls.append(1)
        return original(self, *a, **k)

    monkeypatch.setattr(TriggerRepository, "list", spy)
    without = words(one_take, content)
    assert calls == []
    assert "journal in numbers" not in without
    with_journal = words(one_take, content, include_journal=True)
    assert calls == [1]
    assert "Your journal in numbers" in with_journal
    assert "6 trigger moments logged" in with_journal
    assert MARKER not in with_journal and MARKER not in without


def test_the_pdf_is_a_real_pdf(qapp, one_take, content, clock, tmp_path):
    log_marked_moments(one_take, clock, count=12)
    data = gather_report_data(one_take, content, include_journal=True)
    path = write_report(data, tmp_path / "report.pdf")
    raw = path.read_bytes()
    assert raw.startswith(b"%PDF-")
    assert raw.rstrip().endswith(b"%%EOF")
    assert len(raw) > 30_000  # text, three charts and fonts, not an empty shell
    assert len(re.findall(rb"/Type\s*/Page\b", raw)) >= 3
    assert MARKER.encode() not in raw
    assert not list(tmp_path.glob("*.part"))


def test_headings_never_end_a_page(qapp, one_take, content, clock):
    log_marked_moments(one_take, clock, count=12)
    doc = build_report(gather_report_data(one_take, content, include_journal=True))
    pages = paginate(doc)
    layout, page_h = pages.documentLayout(), A4_PX.height()
    assert pages.pageCount() >= 3
    block = pages.begin()
    while block.isValid():
        nxt = block.next()
        if block.blockFormat().headingLevel() and nxt.isValid():
            rect, following = layout.blockBoundingRect(block), layout.blockBoundingRect(nxt)
            page_bottom = (int(rect.top() // page_h) + 1) * page_h - PAGE_MARGIN_PX
            assert rect.bottom() + min(following.height(), 30) <= page_bottom + 1, block.text()
        block = nxt


def test_writing_to_a_missing_folder_fails_cleanly(qapp, one_take, content, tmp_path):
    doc = build_report(gather_report_data(one_take, content, include_journal=False))
    with pytest.raises(OSError):
        write_pdf(doc, tmp_path / "nowhere" / "report.pdf")
    assert not (tmp_path / "nowhere").exists()


def test_no_report_without_a_completed_take(cvault, content):
    with pytest.raises(NoResult):
        gather_report_data(cvault, content, include_journal=True)


# ---------------------------------------------------------------------------- summary maths
def moment(day: int, intensity: int, after: int | None = None, urge: Urge | None = None):
    at = datetime(2026, 1, 1, 12, tzinfo=UTC) + timedelta(days=day)
    return SimpleNamespace(occurred_at=at, intensity=intensity, intensity_after=after, urge=urge)


NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def test_summary_counts_and_a_falling_trend():
    moments = [moment(d, i, after=a, urge=u) for d, i, a, u in [
        (0, 9, 5, Urge.REACH_OUT), (3, 8, None, Urge.REACH_OUT), (40, 4, 2, Urge.FREEZE),
        (55, 3, None, None)]]
    s = summarize_journal(reversed(moments), NOW)  # order does not matter
    assert (s.total, s.last_30_days, s.rated_after) == (4, 2, 2)
    assert s.mean_intensity == pytest.approx(6.0)
    assert (s.mean_before_of_rated, s.mean_after) == (pytest.approx(6.5), pytest.approx(3.5))
    assert (s.earlier_mean, s.later_mean, s.trend) == (8.5, 3.5, "lower")
    assert s.urges == {"reach-out": 2, "freeze": 1}
    assert s.first_day.isoformat() == "2026-01-01" and s.last_day.isoformat() == "2026-02-25"
    assert [v for _, v in s.rolling] == [9.0, 8.5, 4.0, 3.0]


@pytest.mark.parametrize(("values", "trend"), [
    ([3, 3, 7, 7], "higher"), ([5, 5, 5, 5.4], "steady"), ([5, 6, 7], "too-few"), ([], "too-few"),
])
def test_summary_trend_words(values, trend):
    s = summarize_journal([moment(n, v) for n, v in enumerate(values)], NOW)
    assert s.trend == trend
    assert s.total == len(values)
