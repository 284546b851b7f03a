"""Chart widgets drawn for real: series colours on a QImage, and titles, axes and messages read back from a PDF."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPageSize, QPainter, QPdfWriter

from rehab_desktop.ui.common import style
from rehab_desktop.ui.common.chart_paint import (
    SERIES_DARK,
    SERIES_LIGHT,
    ChartColours,
    ChartSpec,
    Series,
    date_ticks,
    nice_step,
    paint_chart,
)
from rehab_desktop.ui.common.chart_specs import Metric, exercise_spec, metrics_for, minutes_spec, pain_chart
from rehab_desktop.ui.common.charts import ChartWidget, describe

FIRST, LAST = date(2026, 3, 1), date(2026, 5, 23)


def pain_points(n=30):
    return [(FIRST + timedelta(days=2 * i), float(6 - i * 0.15)) for i in range(n)]


def pain_spec(before, after, first=FIRST, last=LAST):
    return ChartSpec("Pain before and after (0\u201310)", first, last,
                     (Series("Before", before, 1, dashed=True, square=True), Series("After", after, 0)), y_max=10)


def count_near(image, colour: str, tolerance=40) -> int:
    """Pixels within `tolerance` (per channel) of `colour`: enough to tell a series was drawn."""
    target = QColor(colour)
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (abs(c.red() - target.red()) < tolerance and abs(c.green() - target.green()) < tolerance
                    and abs(c.blue() - target.blue()) < tolerance):
                found += 1
    return found


def chart_text(tmp_path, spec, size=(160, 90)) -> str:
    """The text a chart draws, read back from a PDF it was painted into (what a screen reader can't see)."""
    path = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setResolution(150)
    p = QPainter(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9)
    paint_chart(p, QRectF(0, 0, writer.width(), writer.height() * 0.6), spec, ChartColours.for_print(), font)
    p.end()
    # pypdf writes the gaps between words as tabs or line breaks; compare words, not layout.
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


@pytest.fixture
def themed(qapp):
    """Apply a theme for one test and put the light one back after."""
    yield lambda theme: style.apply_theme(qapp, theme)
    style.apply_theme(qapp, "light")


@pytest.mark.parametrize("theme, colours", [("light", SERIES_LIGHT), ("dark", SERIES_DARK)])
def test_line_chart_draws_both_series_in_the_schemes_colours(qtbot, themed, theme, colours):
    themed(theme)
    w = ChartWidget(pain_spec(pain_points(), pain_points()[::2]))
    qtbot.addWidget(w)
    image = w.render_image(720, 300)
    assert count_near(image, colours[0]) > 80  # after: blue
    assert count_near(image, colours[1]) > 40  # before: orange
    background = image.pixelColor(2, 2)
    assert (background.lightness() < 128) == (theme == "dark")
    # The other scheme's colours are not used.
    other = SERIES_DARK if theme == "light" else SERIES_LIGHT
    assert count_near(image, other[0], tolerance=12) < count_near(image, colours[0], tolerance=12)


def test_axes_title_legend_and_units_are_written(tmp_path):
    text = chart_text(tmp_path, pain_spec(pain_points(), pain_points()))
    for word in ("Pain before and after", "Before", "After", "10", "8", "0", "Mar", "Apr", "May"):
        assert word in text, word
    bars = ChartSpec("Active minutes per week", FIRST, LAST, (Series("Minutes", [(FIRST, 95.0)], 0),), unit="min",
                     bars=True, slot_days=7, integer_values=True)
    text = chart_text(tmp_path, bars)
    assert "Active minutes per week" in text and "min" in text and "100" in text


def test_empty_chart_says_so_and_draws_no_series(qtbot, tmp_path):
    spec = pain_spec([], [])
    assert spec.empty
    assert "No sessions yet" in chart_text(tmp_path, spec)
    w = ChartWidget(spec)
    qtbot.addWidget(w)
    image = w.render_image(600, 260)
    assert count_near(image, SERIES_LIGHT[0], tolerance=20) == 0
    assert "No sessions yet" in w.accessibleDescription()


def test_one_point_is_drawn_with_its_value(qtbot, tmp_path):
    one = [(date(2026, 4, 10), 4.0)]
    spec = pain_spec([], one)
    w = ChartWidget(spec)
    qtbot.addWidget(w)
    assert count_near(w.render_image(600, 260), SERIES_LIGHT[0]) > 3  # the marker
    text = chart_text(tmp_path, spec)
    assert "4" in text.replace("Apr", "")
    assert "latest 4 (10 Apr)" in describe(spec)


def test_bars_fill_their_weeks(qtbot):
    weeks = [(date(2026, 3, 2) + timedelta(weeks=i), 60.0 + 10 * i) for i in range(12)]
    spec = ChartSpec("Active minutes per week", date(2026, 3, 2), date(2026, 5, 24), (Series("Minutes", weeks, 0),),
                     unit="min", bars=True, slot_days=7)
    w = ChartWidget(spec)
    qtbot.addWidget(w)
    assert count_near(w.render_image(700, 280), SERIES_LIGHT[0], tolerance=10) > 2000


def test_ticks_and_steps():
    assert nice_step(10) == 2 and nice_step(7) == 2 and nice_step(480) == 100 and nice_step(0.6) == 0.2
    ticks = date_ticks(date(2026, 1, 1), date(2026, 12, 31), 8)
    assert [t for _, t in ticks][:3] == ["Jan 2026", "Mar", "May"] and len(ticks) <= 8
    assert [t for _, t in date_ticks(date(2016, 5, 1), date(2026, 4, 30), 6)][:2] == ["2018", "2020"]
    assert date_ticks(date(2026, 5, 4), date(2026, 5, 10), 10)[0] == (date(2026, 5, 4), "4 May")


def test_spec_builders_on_a_store(history):
    for d in range(5):
        history.add(date(2026, 5, 4) + timedelta(days=d), exercises=("single-leg-deadlift",), reps=10 + d,
                    weight=2.0 + d / 2, pain=(5 - d, 3))
    history.add(date(2026, 5, 10), exercises=("ankle-dorsiflexion",), reps=12, resistance="red")
    history.add(date(2026, 5, 11), exercises=("ankle-dorsiflexion",), reps=12, resistance="green")
    from rehab_desktop.core.library import load_library
    from rehab_desktop.store.stats_queries import HistoryStats

    lib = load_library()
    stats = HistoryStats(history.db)
    first, last = date(2026, 4, 20), date(2026, 5, 17)
    minutes = minutes_spec(stats, first, last)
    assert minutes.bars and minutes.first == date(2026, 4, 20)
    # Two one-minute sets a session: six sessions in the week of 4 May (the 10th is a Sunday), one after.
    assert [round(v) for _, v in minutes.series[0].points] == [0, 0, 12, 2]
    lift = lib["single-leg-deadlift"]
    assert metrics_for(lift) == [Metric.REPS, Metric.WEIGHT]
    assert metrics_for(lib["standing-calf-stretch"]) == [Metric.HOLD]
    reps = exercise_spec(stats, lift, Metric.REPS, first, last)
    assert [v for _, v in reps.series[1].points] == [10, 11, 12, 13, 14]
    weight = exercise_spec(stats, lift, Metric.WEIGHT, first, last)
    assert weight.unit == "kg" and weight.series[0].points[-1][1] == 4.0
    band = exercise_spec(stats, lib["ankle-dorsiflexion"], Metric.REPS, first, last)
    assert band.note == "Band: red (from Sun 10 May) \u2192 green (from Mon 11 May)"
    pain = pain_chart(stats.pain_by_day(first, last), first, last)
    assert [v for _, v in pain.series[0].points] == [5, 4, 3, 2, 1, 5, 5]  # before; the last two default to 5
    # A ten-year range is drawn by month, a one-year range by week.
    assert "monthly" in pain_chart([], date(2016, 1, 1), last).title
    assert "weekly" in pain_chart([], date(2025, 5, 1), last).title
