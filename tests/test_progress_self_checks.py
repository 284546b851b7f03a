"""The self-check chart on the History page's Progress tab: left and right knee-to-wall in the chosen unit, a
break in the line where it could not be done for pain, the sessions per week beneath, and the empty text."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from rehab_desktop.core.self_checks import CM_PER_INCH, CheckResult, Outcome
from rehab_desktop.ui.common.chart_paint import SERIES_LIGHT, ChartSpec, Series, legend_entries
from rehab_desktop.ui.common.charts import ChartWidget

TODAY = date(2026, 5, 13)  # a Wednesday
# Three checks a week apart; on 6 May the left side could not be done for pain.
KNEE_TO_WALL = {date(2026, 4, 29): (8.0, 12.0), date(2026, 5, 6): (None, 12.5), date(2026, 5, 13): (9.0, 12.7)}
SESSIONS = [date(2026, 4, 27), date(2026, 4, 28), date(2026, 5, 4), date(2026, 5, 5), date(2026, 5, 6),
            date(2026, 5, 11)]


def fill(store) -> None:
    """The three checks; the last one also has "Your ankle today"."""
    for day, sides in KNEE_TO_WALL.items():
        now = datetime(day.year, day.month, day.day, 10, 0).astimezone()
        cid = store.self_checks.begin(now)
        for side, cm in zip(("left", "right"), sides, strict=True):
            result = (CheckResult("knee-to-wall", side, outcome=Outcome.PAIN) if cm is None
                      else CheckResult("knee-to-wall", side, value=cm))
            store.self_checks.record(cid, result, now)
        if day == TODAY:
            store.self_checks.record(cid, CheckResult("overall", value=70.0), now)


@pytest.fixture
def pane_with(qtbot, library):
    """The History page over `store` with `prefs`, shown and active (mnemonics act only in the active window)."""
    from rehab_desktop.ui.common.store_service import StoreService
    from rehab_desktop.ui.history.pane import HistoryPane

    def make(store, prefs=None):
        pane = HistoryPane(StoreService(store), library, prefs, today=lambda: TODAY)
        qtbot.addWidget(pane)
        pane.resize(1280, 760)
        with qtbot.waitActive(pane):
            pane.show()
            pane.activateWindow()
        pane.tabs.setCurrentWidget(pane.progress)
        return pane

    return make


@pytest.fixture
def store_with_checks(history):
    for day in SESSIONS:
        history.add(day)
    fill(history.store)
    return history.store


def values(series: Series) -> list[tuple[date, float]]:
    return [(d, round(v, 3)) for d, v in series.points]


def test_knee_to_wall_left_and_right_in_cm_with_a_break_for_pain(pane_with, store_with_checks):
    pane = pane_with(store_with_checks)
    view = pane.progress
    assert view.check_box.currentText() == "Knee-to-wall"
    chart = view.self_check_chart
    assert chart.isVisible() and chart.mapTo(view, QPoint(0, 0)).y() > view.pain_chart.geometry().bottom()
    spec = chart.spec
    assert spec.title == "Knee-to-wall (cm)" and spec.unit == "cm" and not spec.empty
    left, right = spec.series
    assert (left.name, right.name) == ("Left", "Right")
    assert values(left) == [(date(2026, 4, 29), 8.0), (date(2026, 5, 13), 9.0)]
    assert values(right) == [(date(2026, 4, 29), 12.0), (date(2026, 5, 6), 12.5), (date(2026, 5, 13), 12.7)]
    # Pain is not a zero: no point that day, and the line is not joined across it.
    assert left.breaks == (date(2026, 5, 6),) and right.breaks == ()
    assert spec.note == "Could not be done for pain: left 6 May."
    assert "Could not be done for pain: left 6 May." in view.self_check_chart.accessibleDescription()
    # The sessions per week beneath, whole weeks from the Monday the period starts in.
    assert spec.band is not None and spec.band.name == "Sessions per week"
    weeks = dict(spec.band.points)
    assert spec.first.weekday() == 0 and min(weeks) == spec.first
    assert (weeks[date(2026, 4, 20)], weeks[date(2026, 4, 27)], weeks[date(2026, 5, 4)], weeks[date(2026, 5, 11)]) \
        == (0, 2, 3, 1)
    assert [e.text for e in legend_entries(spec)] == ["Left", "Right", "Sessions per week"]


def test_inches_from_the_settings_and_a_change_of_unit_while_shown(pane_with, store_with_checks, prefs):
    prefs.update(check_unit="in")
    pane = pane_with(store_with_checks, prefs)
    spec = pane.progress.self_check_chart.spec
    assert spec.unit == "in" and spec.title == "Knee-to-wall (in)"
    left, right = spec.series
    assert values(left) == [(date(2026, 4, 29), round(8.0 / CM_PER_INCH, 3)),
                            (date(2026, 5, 13), round(9.0 / CM_PER_INCH, 3))]
    assert values(right)[1] == (date(2026, 5, 6), round(12.5 / CM_PER_INCH, 3))
    assert left.breaks == (date(2026, 5, 6),)
    prefs.update(check_unit="cm")  # Settings changed while the chart is on screen
    assert pane.progress.self_check_chart.spec.unit == "cm"
    assert values(pane.progress.self_check_chart.spec.series[0])[0] == (date(2026, 4, 29), 8.0)


def test_the_chooser_by_keyboard(pane_with, store_with_checks, qtbot):
    pane = pane_with(store_with_checks)
    view = pane.progress
    qtbot.keyClick(pane, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # "&Measure:"
    assert view.check_box.hasFocus()
    qtbot.keyClick(view.check_box, Qt.Key.Key_End)
    assert view.check_box.currentText() == "Your ankle today"
    spec = view.self_check_chart.spec
    assert spec.title == "Your ankle today (% of normal)" and spec.y_max == 100
    (line,) = spec.series  # one side only: one line
    assert line.points == ((date(2026, 5, 13), 70.0),)
    qtbot.keyClick(view.check_box, Qt.Key.Key_Home)
    qtbot.keyClick(view.check_box, Qt.Key.Key_Down)
    assert view.check_box.currentText() == "Single-leg stance, eyes open"
    assert view.self_check_chart.spec.empty and view.self_check_chart.spec.empty_text == "Not measured in this period"
    qtbot.keyClick(view.check_box, Qt.Key.Key_Up)
    assert len(view.self_check_chart.spec.series) == 2


def test_every_measure_can_be_chosen(pane_with, store_with_checks):
    view = pane_with(store_with_checks).progress
    names = [view.check_box.itemText(i) for i in range(view.check_box.count())]
    assert names == ["Knee-to-wall", "Single-leg stance, eyes open", "Single-leg stance, eyes closed", "Walking",
                     "Stairs up", "Stairs down", "Squatting", "Rising on tiptoe", "Running or jumping",
                     "Your ankle today"]
    assert view.check_label.buddy() is view.check_box and view.check_box.accessibleName()
    view.check_box.setCurrentIndex(names.index("Walking"))
    spec = view.self_check_chart.spec
    assert spec.title == "Walking (0\u201310)" and spec.y_max == 10 and spec.integer_values


def test_no_checks_yet(pane_with, history):
    for day in SESSIONS:
        history.add(day)
    chart = pane_with(history.store).progress.self_check_chart
    assert chart.isVisible() and chart.spec.empty and chart.spec.empty_text == "No self-checks yet"
    assert chart.spec.band is None  # nothing beneath an empty chart
    assert "No self-checks yet" in chart.accessibleDescription()


def test_the_checks_are_read_only_while_shown(qtbot, history, library):
    from rehab_desktop.ui.history.progress import ProgressView

    fill(history.store)
    asked = []

    def checks(first, last):
        asked.append((first, last))
        return history.store.self_checks.checks(first, last)

    view = ProgressView(history.store.stats, library, None, lambda: TODAY, checks=checks)
    qtbot.addWidget(view)
    view.check_box.setCurrentIndex(3)
    view.reload()
    assert asked == []
    view.show()
    qtbot.waitExposed(view)
    assert len(asked) == 1 and asked[0][1] == TODAY
    assert view.self_check_chart.spec.title == "Walking (0\u201310)"
    assert ProgressView(None, library, None, lambda: TODAY).self_check_chart.spec.empty_text == "No self-checks yet"


def count_blue(image) -> int:
    blue = SERIES_LIGHT[0].lstrip("#")
    r, g, b = (int(blue[i:i + 2], 16) for i in (0, 2, 4))
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if abs(image.pixelColor(x, y).red() - r) < 40 and abs(image.pixelColor(x, y).green() - g) < 40
               and abs(image.pixelColor(x, y).blue() - b) < 40)


def test_a_break_leaves_a_gap_in_the_line(qtbot, qapp):
    from rehab_desktop.ui.common import style

    style.apply_theme(qapp, "light")
    first, last = date(2026, 3, 2), date(2026, 5, 24)
    points = ((date(2026, 3, 10), 5.0), (date(2026, 5, 15), 5.0))
    joined = ChartSpec("Line", first, last, (Series("Left", points),), y_max=10, trend=False)
    broken = ChartSpec("Line", first, last, (Series("Left", points, breaks=(date(2026, 4, 10),)),), y_max=10,
                       trend=False)
    w = ChartWidget(joined)
    qtbot.addWidget(w)
    with_line = count_blue(w.render_image(700, 280))
    w.set_spec(broken)
    assert count_blue(w.render_image(700, 280)) < with_line - 100
