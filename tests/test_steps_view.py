"""History > Dose changes: each exercise's dose over time as steps, its sessions' pain, and the accepted
suggestions; the query under it over a tiny history; the view at 200 % text on a laptop's screen."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPointF

from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.records import LegSide, Prescription, SetRecord
from rehab_desktop.core.suggestions import STAGE, Answer, Reply
from rehab_desktop.store import Change, read_dose_steps
from tests.helpers import layout_checks, scenes  # --import-mode=importlib: tests/ is not on sys.path

TODAY = date(2026, 5, 13)  # the history_pane fixture's day: a Wednesday
DORSI, CALF, BALANCE = "ankle-dorsiflexion", "standing-calf-stretch", "single-leg-balance"
X = "\u00d7"


def at(day: date, hour: int = 20) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0).astimezone()


def eased_session(history, day: date, dose: Prescription, pain=(5, 6)) -> int:
    """A session in which the exercise was made easier after "It hurts": the row holds the easier dose."""
    repo = history.repo
    start = at(day, 9)
    sid = repo.open_session(start, pain_before=pain[0])
    repo.ensure_exercise(sid, dose, start, eased=True)
    repo.record_set(sid, SetRecord(dose.exercise_id, "main", LegSide.LEFT, 1, dose.reps, dose.reps, None, None,
                                   start, start + timedelta(minutes=1)))
    repo.finish_session(sid, start + timedelta(minutes=2), pain_after=pain[1])
    return sid


def steps_story(history) -> None:
    """Ankle dorsiflexion at 2 × 10 three times, then 2 × 12 (accepted on 4 May), then eased to 2 × 8;
    the calf stretch on two days; a move to the next stage on 8 May."""
    for n, (b, a) in enumerate(((5, 3), (4, 2), (5, 3))):
        history.add(date(2026, 4, 27) + timedelta(days=n), exercises=(DORSI,), reps=10, pain=(b, a))
    history.store.suggestions.record(Answer(DORSI, "step-up", Reply.ACCEPTED, date(2026, 5, 4), 3,
                                            f"2 {X} 10 to 2 {X} 12"), at(date(2026, 5, 4)))
    history.add(date(2026, 5, 5), exercises=(DORSI,), reps=12, pain=(3, 1))
    history.add(date(2026, 5, 6), exercises=(CALF,), pain=(3, 2))
    history.add(date(2026, 5, 7), exercises=(CALF,), pain=(2, 2))
    history.store.suggestions.record(Answer(STAGE, "stage", Reply.ACCEPTED, date(2026, 5, 8), 5, "Strength"),
                                     at(date(2026, 5, 8)))
    history.store.suggestions.record(Answer(DORSI, "step-up", Reply.LATER, date(2026, 5, 9), 4), at(date(2026, 5, 9)))
    eased_session(history, date(2026, 5, 11), Prescription(DORSI, 2, 8))


def open_steps(pane):
    pane.tabs.setCurrentWidget(pane.steps)
    return pane.steps


# -- the query ------------------------------------------------------------------------------------

def test_the_query_folds_sessions_into_steps_with_pain_and_marks(history):
    steps_story(history)
    data = read_dose_steps(history.db, date(2026, 4, 1), TODAY)
    assert sorted(data.exercises) == sorted([DORSI, CALF]) and not data.weekly
    dorsi = data.of(DORSI)
    assert [(s.day, s.last_day, s.figures, s.eased, s.sessions) for s in dorsi.steps] == [
        (date(2026, 4, 27), date(2026, 4, 29), (2, 10, None), False, 3),
        (date(2026, 5, 5), date(2026, 5, 5), (2, 12, None), False, 1),
        (date(2026, 5, 11), date(2026, 5, 11), (2, 8, None), True, 1),
    ]
    assert [(p.day, p.before, p.after) for p in dorsi.pain] == [
        (date(2026, 4, 27), 5, 3), (date(2026, 4, 28), 4, 2), (date(2026, 4, 29), 5, 3), (date(2026, 5, 5), 3, 1),
        (date(2026, 5, 11), 5, 6)]
    # Its own accepted answer and the stage's; "Not now" is no mark.
    assert [(m.day, m.stage, m.detail) for m in dorsi.marks] == [
        (date(2026, 5, 4), False, f"2 {X} 10 to 2 {X} 12"), (date(2026, 5, 8), True, "Strength")]
    calf = data.of(CALF)
    assert [s.figures for s in calf.steps] == [(2, None, 30)] and calf.steps[0].sessions == 2
    assert [m.detail for m in calf.marks] == ["Strength"]
    # An exercise without sessions: no steps, the stage's mark all the same.
    assert data.of(BALANCE).empty and [m.detail for m in data.of(BALANCE).marks] == ["Strength"]
    # Only what was asked for, each present; a period before it all: nothing.
    only = read_dose_steps(history.db, date(2026, 4, 1), TODAY, [BALANCE, CALF])
    assert list(only.exercises) == [BALANCE, CALF] and only.of(BALANCE).empty
    assert read_dose_steps(history.db, date(2026, 1, 1), date(2026, 3, 31)).exercises == {}


def test_weekly_pain_is_the_median_of_the_week(history):
    for day, pain in ((date(2026, 5, 4), (4, 2)), (date(2026, 5, 5), (6, 3)), (date(2026, 5, 7), (8, 1)),
                      (date(2026, 5, 12), (2, 2))):
        history.add(day, exercises=(DORSI,), reps=10, pain=pain)
    data = read_dose_steps(history.db, date(2026, 1, 1), TODAY)  # over 92 days: weekly
    assert data.weekly
    assert [(p.day, p.before, p.after) for p in data.of(DORSI).pain] == [
        (date(2026, 5, 4), 6, 2), (date(2026, 5, 11), 2, 2)]  # weeks by their Monday
    assert len(data.of(DORSI).steps) == 1 and data.of(DORSI).steps[0].sessions == 4


# -- the view -------------------------------------------------------------------------------------

def test_a_card_shows_the_steps_the_marks_the_pain_and_the_eased_session(history_pane, history):
    steps_story(history)
    pane = history_pane(history.store)
    view = open_steps(pane)
    assert view.range_box.currentText() == "Last 12 weeks"
    card = view.cards[DORSI]
    assert card.heading.text() == "Ankle dorsiflexion" and card.chart.isVisible()
    chart = card.chart
    # Two steps up the rows, harder higher, and the eased one under them.
    assert [lv.words for lv in chart.levels] == [f"2 {X} 12", f"2 {X} 10", f"2 {X} 8"]
    assert chart.accessibleName() == "Ankle dorsiflexion: dose over time"
    text = chart.accessibleDescription()
    assert f"2 {X} 10 from 27 April 2026 to 29 April 2026 (3 sessions)" in text
    assert f"2 {X} 12 from 5 May 2026 (1 session)" in text
    assert f"2 {X} 8 from 11 May 2026 (1 session, made easier after It hurts)" in text
    assert f"4 May 2026, suggestion accepted: 2 {X} 10 to 2 {X} 12" in text
    assert "8 May 2026, moved to the next stage: Strength" in text
    assert "Pain (0 to 10): before 3 to 5, after 1 to 6." in text
    # Hovering the mark shows what changed; hovering the eased step says it was eased.
    geo = chart._layout()
    assert chart.tip_at(QPointF(chart._x(geo, date(2026, 5, 4), 0.5), 10)) == \
        f"4 May 2026, suggestion accepted: 2 {X} 10 to 2 {X} 12"
    assert "made easier" in chart.tip_at(QPointF(chart._x(geo, date(2026, 5, 11), 0.5), 10))
    # The stage's move is marked on every card.
    assert "moved to the next stage: Strength" in view.cards[CALF].chart.accessibleDescription()


def test_the_chart_paints_the_steps_the_marks_and_the_pain_band(history_pane, history, qapp):
    steps_story(history)
    pane = history_pane(history.store)
    chart = open_steps(pane).cards[DORSI].chart
    image = chart.grab().toImage()
    geo = chart._layout()
    background = chart.palette().color(chart.backgroundRole())

    def ink(x: float, y: float) -> bool:
        """Something other than the background within 2 px."""
        return any(image.pixelColor(int(x) + dx, int(y) + dy) != background for dx in (-2, 0, 2) for dy in (-2, 0, 2))

    y10, y12 = (chart._y_level(geo, f) for f in ((2, 10, None), (2, 12, None)))
    assert y12 < y10  # the harder dose higher
    mid_first = chart._x(geo, date(2026, 4, 28), 0.5)  # within the first step
    assert ink(mid_first, y10)
    band = geo["pain"]
    assert band.top() > geo["steps"].bottom()  # the pain band under the steps
    # The eased step's marker is hollow: its centre has the background's colour, a full one does not.
    eased_x = chart._x(geo, date(2026, 5, 11))
    y8 = chart._y_level(geo, (2, 8, None))
    assert image.pixelColor(int(eased_x), int(y8)) == background
    assert image.pixelColor(int(chart._x(geo, date(2026, 4, 27))), int(y10)) != background


def test_plan_exercises_first_in_plan_order_then_others_in_library_order(history_pane, history, library):
    steps_story(history)
    plan = WeekPlan(days=[[Prescription(BALANCE, 2, None, 30), Prescription(CALF, 2, None, 30)]] + [[]] * 6)
    history.store.plans.save(plan, today=TODAY - timedelta(days=30))
    pane = history_pane(history.store)
    view = open_steps(pane)
    assert list(view.cards) == [BALANCE, CALF, DORSI]
    balance = view.cards[BALANCE]
    assert balance.empty is not None and balance.empty.isVisible() and balance.empty.text() == \
        "No sessions in this period"
    assert not balance.chart.isVisible()


def test_nothing_at_all_is_one_line(history_pane, history):
    pane = history_pane(history.store)
    view = open_steps(pane)
    assert view.cards == {} and view.message.isVisible() and not view.scroll.isVisible()
    assert view.message.text().startswith("No sessions yet.")
    history.add(date(2025, 1, 6), exercises=(DORSI,), reps=10)  # long ago: not in the last 12 weeks
    pane.service.announce(Change.of_sessions(1))
    assert view.message.text() == "No sessions in this period (last 12 weeks)."
    view.range_box.setCurrentIndex(view.range_box.findText("All"))
    assert list(view.cards) == [DORSI] and not view.message.isVisible()


def test_a_session_recorded_while_hidden_appears_when_shown_again(history_pane, history):
    steps_story(history)
    pane = history_pane(history.store)
    view = open_steps(pane)
    assert len(view.cards[DORSI].chart.levels) == 3
    pane.tabs.setCurrentIndex(0)  # the Sessions tab: the steps are hidden
    sid = history.add(date(2026, 5, 12), exercises=(DORSI,), reps=14, pain=(2, 1))
    pane.service.announce(Change.of_sessions(sid))
    assert f"2 {X} 14" not in [lv.words for lv in view.cards[DORSI].chart.levels]  # not reloaded unseen
    open_steps(pane)
    chart = view.cards[DORSI].chart
    assert [lv.words for lv in chart.levels][0] == f"2 {X} 14"
    assert f"2 {X} 14 from 12 May 2026 (1 session)" in chart.accessibleDescription()


def test_at_200_percent_on_a_laptop_nothing_is_cut_and_nothing_scrolls_sideways(make_window, data_dir, qapp):
    from rehab_desktop.ui.common import style

    scenes.write_settings(data_dir, 2.0, "light")
    scenes.write_history(data_dir)
    try:
        w = make_window()
        scenes.size_window(w, (1280, 800))
        page = w.history_pane()
        view = open_steps(page)
        for _ in range(5):  # the pane arranges itself after each font and size change
            qapp.processEvents()
        assert (w.width(), w.height()) == (1280, 800)
        assert view.cards, "the scene's history shows cards"
        assert layout_checks.problems(page) == []
        assert view.scroll.horizontalScrollBar().maximum() == 0
        assert view.content.width() <= view.scroll.viewport().width()
        assert any(card.chart.isVisible() for card in view.cards.values())
        for card in view.cards.values():
            chart = card.chart
            assert card.heading.height() >= card.heading.heightForWidth(card.heading.width())
            if not chart.isVisible():  # a planned exercise not done in the scene's weeks
                assert card.empty.isVisible()
                continue
            assert chart.height() >= chart.sizeHint().height()  # every row, the band and the dates
            assert chart.width() >= chart.minimumSizeHint().width()  # the doses' words whole beside the rows
    finally:
        style.apply_text_scale(qapp, 1.0)
        style.apply_theme(qapp, "system")
