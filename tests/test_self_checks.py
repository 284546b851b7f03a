"""The weekly self-checks without a window: the measures, typed values, units, due days, the words the
results are given in, the stance timed on the timer engine, and the store with its CSV."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from rehab_desktop.core import self_checks as S
from rehab_desktop.core.records import LegSide, SetStatus
from rehab_desktop.core.timer import TimerEngine
from rehab_desktop.core.timer_events import SetCompleted
from rehab_desktop.store import Store, open_database
from rehab_desktop.store.migrations import LATEST_VERSION, MIGRATIONS
from rehab_desktop.ui.common import preferences

ROOT = Path(__file__).resolve().parent.parent
T0 = datetime(2026, 11, 6, 9, 0, tzinfo=UTC)


def check(day: date, *results: S.CheckResult, cid: int = 1) -> S.SelfCheck:
    return S.SelfCheck(cid, day, datetime.combine(day, datetime.min.time(), UTC), results)


def ktw(side: str, cm: float | None) -> S.CheckResult:
    if cm is None:
        return S.CheckResult("knee-to-wall", side, outcome=S.Outcome.PAIN)
    return S.CheckResult("knee-to-wall", side, value=cm)


# -- the measures and what can be typed -----------------------------------------------------------


def test_the_measures_cover_the_three_checks_with_both_sides_where_it_matters():
    assert S.KNEE_TO_WALL.sided and S.KNEE_TO_WALL.pain_allowed and S.KNEE_TO_WALL.high == 30
    assert S.SINGLE_LEG_STANCE.sided and S.SINGLE_LEG_STANCE.variants == (S.Variant.EYES_OPEN, S.Variant.EYES_CLOSED)
    ratings = [m.id for m in S.MEASURES if m.kind is S.Kind.RATING]
    assert ratings == ["walking", "stairs-up", "stairs-down", "squatting", "tiptoe", "running-jumping"]
    assert [m.id for m in S.MEASURES if m.sport] == ["running-jumping"]
    assert S.OVERALL.kind is S.Kind.PERCENT and S.OVERALL.high == 100
    assert len({m.id for m in S.MEASURES}) == len(S.MEASURES)


def test_the_settings_offer_the_choices_the_model_knows():
    assert tuple(u.value for u in S.Unit) == preferences.CHECK_UNITS
    assert preferences.CHECK_INTERVALS == S.INTERVAL_CHOICES
    assert preferences.CHECK_STANCE_MAX == S.STANCE_MAX_CHOICES
    assert preferences.Preferences().check_interval == S.DEFAULT_INTERVAL_DAYS
    assert preferences.Preferences().check_stance_max == S.DEFAULT_STANCE_MAX_S


@pytest.mark.parametrize("inches", [0.0, 1.0, 3.5, 4.75, 11.8])
def test_inches_round_trip_through_the_stored_centimetres(inches):
    cm = S.parse_value(S.KNEE_TO_WALL, f"{inches}", side="left", unit=S.Unit.INCH)
    assert cm == pytest.approx(inches * 2.54)
    assert S.from_cm(cm, S.Unit.INCH) == pytest.approx(inches)
    assert S.CheckResult("knee-to-wall", "left", value=cm).text(S.Unit.INCH) == S.format_amount(inches, "in")


def test_a_comma_decimal_is_read_like_a_point():
    assert S.parse_value(S.KNEE_TO_WALL, "9,5", side="right") == 9.5


@pytest.mark.parametrize(("measure", "text", "kw", "says"), [
    (S.KNEE_TO_WALL, "abc", {"side": "left"}, "Knee-to-wall, left: 'abc' is not a number."),
    (S.KNEE_TO_WALL, "  ", {"side": "left"}, "Knee-to-wall, left: nothing was entered."),
    (S.KNEE_TO_WALL, "31", {"side": "right"}, "Knee-to-wall, right: 31 cm is outside 0 to 30 cm"),
    (S.KNEE_TO_WALL, "-2", {"side": "right"}, "Knee-to-wall, right: -2 cm is outside 0 to 30 cm"),
    (S.KNEE_TO_WALL, "12", {"side": "left", "unit": S.Unit.INCH}, "Knee-to-wall, left: 12 in is outside 0 to 11.8 in"),
    (S.SINGLE_LEG_STANCE, "31", {"side": "left", "variant": S.Variant.EYES_OPEN, "max_s": 30},
     "Single-leg stance, left, eyes open: 31 s is outside 0 to the 30 s maximum."),
    (S.SINGLE_LEG_STANCE, "nan", {"side": "left", "max_s": 30}, "is not a number"),
    (S.RATINGS[0], "11", {}, "Walking: 11 is outside 0 to 10."),
    (S.RATINGS[0], "7.5", {}, "Walking: 7.5 is not a whole number."),
    (S.OVERALL, "120", {}, "Your ankle today: 120 is outside 0 to 100."),
])
def test_bad_input_is_refused_with_a_message_naming_the_measure_and_side(measure, text, kw, says):
    with pytest.raises(S.CheckInputError) as caught:
        S.parse_value(measure, text, **kw)
    assert says in caught.value.message


def test_a_stance_time_within_a_60_s_maximum_is_kept_to_the_tenth():
    assert S.parse_value(S.SINGLE_LEG_STANCE, "45.26", side="left", max_s=60) == 45.3


# -- due -----------------------------------------------------------------------------------------


def test_a_check_is_due_at_once_and_then_a_week_after_the_last():
    today = date(2026, 12, 4)
    first = S.due_status(today, None)
    assert first.due and "not taken yet" in first.line(today)
    recent = S.due_status(today, date(2026, 12, 1))
    assert not recent.due and recent.due_on == date(2026, 12, 8)
    assert recent.line(today) == "Last self-check 1 Dec; the next is due 8 Dec."
    week = S.due_status(today, date(2026, 11, 27))
    assert week.due and week.line(today) == "Last self-check 27 Nov; the next is due today."
    late = S.due_status(today, date(2026, 11, 2))
    assert late.due and late.line(today).endswith("due now.")
    assert not S.due_status(today, date(2026, 11, 27), interval_days=14).due


# -- what the results say ------------------------------------------------------------------------


def test_a_result_is_told_beside_the_first_check_and_the_other_side():
    first = check(date(2026, 11, 6), ktw("left", 7), ktw("right", 12), cid=1)
    now = check(date(2026, 12, 4), ktw("left", 9), ktw("right", 12), cid=2)
    checks = [first, now]
    assert S.describe(checks, now, "knee-to-wall", "left") == \
        "Left knee-to-wall: 9 cm, 2 cm more than four weeks ago; 3 cm less than the right."
    assert S.describe(checks, now, "knee-to-wall", "right") == \
        "Right knee-to-wall: 12 cm, the same as four weeks ago; 3 cm more than the left."


def test_the_last_check_is_told_too_when_it_was_not_the_first():
    checks = [check(date(2026, 11, 6), ktw("left", 7), cid=1), check(date(2026, 11, 20), ktw("left", None), cid=2),
              check(date(2026, 12, 4), ktw("left", 9), cid=3)]
    assert S.describe(checks, checks[-1], "knee-to-wall", "left") == \
        "Left knee-to-wall: 9 cm (last time could not do it: pain), 2 cm more than four weeks ago."


def test_could_not_do_it_for_pain_is_shown_as_such():
    now = check(date(2026, 12, 4), ktw("left", None), ktw("right", 11))
    assert S.describe([now], now, "knee-to-wall", "left") == "Left knee-to-wall: could not do it: pain."
    assert S.describe([now], now, "knee-to-wall", "right") == \
        "Right knee-to-wall: 11 cm; the left could not be done for pain."


def test_worse_two_checks_running_suggests_talking_to_the_therapist():
    days = [date(2026, 11, 6) + timedelta(weeks=i) for i in range(4)]
    checks = [check(days[0], ktw("left", 9), cid=1), check(days[1], ktw("left", 10), cid=2),
              check(days[2], ktw("left", 8), cid=3)]
    assert S.therapist_lines(checks) == []  # worse once
    checks.append(check(days[3], ktw("left", None), cid=4))  # pain counts as worse than any distance
    assert S.therapist_lines(checks) == [
        "Knee-to-wall, left has been lower at two checks in a row: worth mentioning to your therapist."]


def test_a_chart_series_has_a_gap_where_it_hurt():
    checks = [check(date(2026, 11, 6), ktw("left", 7.62), cid=1), check(date(2026, 11, 13), ktw("left", None), cid=2)]
    assert S.series(checks, ("knee-to-wall", "left", ""), S.Unit.INCH) == [
        (date(2026, 11, 6), pytest.approx(3.0)), (date(2026, 11, 13), None)]


def test_the_affected_side_is_tested_first_or_second_as_chosen():
    assert S.side_order(LegSide.RIGHT) == ("right", "left")
    assert S.side_order(LegSide.RIGHT, affected_first=False) == ("left", "right")
    assert S.side_order(LegSide.BOTH) == ("left", "right")


# -- the stance on the timer engine, with a fake clock -------------------------------------------


def run_stance(library, stop_at: float | None, max_s: float = 30) -> S.CheckResult:
    clock = [0.0]
    plan = S.stance_plan(library.get("single-leg-balance"), "left", S.Variant.EYES_OPEN, max_s)
    engine = TimerEngine(plan, now=lambda: clock[0], wall=lambda: T0)
    records = []
    engine.subscribe(lambda e: records.append(e.record) if isinstance(e, SetCompleted) else None)
    engine.start()
    while clock[0] < (stop_at if stop_at is not None else max_s + 5):
        clock[0] = round(clock[0] + 0.25, 2)
        engine.update()
    if stop_at is not None:
        engine.skip()  # Space: the lifted foot touched down
    (record,) = records
    assert record.status is (SetStatus.SKIPPED if stop_at is not None else SetStatus.COMPLETED)
    return S.stance_result("left", S.Variant.EYES_OPEN, record.achieved_hold_s, max_s)


def test_a_stance_is_timed_after_the_3_2_1_until_it_is_stopped(library):
    result = run_stance(library, stop_at=3.0 + 12.5)  # 3 s of get-ready, then 12.5 s on one leg
    assert result.value == 12.5 and result.limit_s == 30 and result.text() == "12.5 s"


def test_a_stance_stops_by_itself_at_the_maximum(library):
    result = run_stance(library, stop_at=None, max_s=30)
    assert result.value == 30 and result.text() == "30 s (the maximum)"


# -- the store ------------------------------------------------------------------------------------


def test_results_are_kept_per_measure_side_and_variant_and_read_back(data_dir):
    with open_database(data_dir) as db:
        store = Store(db, tz=UTC)
        cid = store.self_checks.begin(T0)
        store.self_checks.record(cid, ktw("left", 8.5), T0)
        store.self_checks.record(cid, ktw("left", 9.0), T0)  # corrected: replaces, not a second row
        store.self_checks.record(cid, ktw("right", None), T0)
        store.self_checks.record(cid, S.stance_result("left", S.Variant.EYES_CLOSED, 7.04, 60), T0)
        store.self_checks.record(cid, S.CheckResult("walking", value=8.0), T0)
        (got,) = store.self_checks.checks()
    assert got.day == T0.date()
    assert got.get("knee-to-wall", "left").value == 9.0
    assert got.get("knee-to-wall", "right").outcome is S.Outcome.PAIN
    assert got.get("single-leg-stance", "left", S.Variant.EYES_CLOSED) == \
        S.CheckResult("single-leg-stance", "left", S.Variant.EYES_CLOSED, 7.0, S.Outcome.MEASURED, 60.0)
    assert got.get("walking").value == 8.0


def test_an_empty_check_is_not_a_check_and_the_last_day_counts_only_real_ones(data_dir):
    with open_database(data_dir) as db:
        repo = Store(db, tz=UTC).self_checks
        assert repo.last_day() is None
        empty = repo.begin(T0)
        assert repo.checks() == [] and repo.last_day() is None
        assert repo.discard_if_empty(empty)
        cid = repo.begin(T0 + timedelta(days=7))
        repo.record(cid, S.CheckResult("overall", value=70.0), T0 + timedelta(days=7))
        assert not repo.discard_if_empty(cid)
        assert repo.last_day() == date(2026, 11, 13)


def test_a_result_with_a_value_and_pain_both_never_reaches_the_file(data_dir):
    with open_database(data_dir) as db:
        repo = Store(db, tz=UTC).self_checks
        cid = repo.begin(T0)
        with pytest.raises(ValueError):
            repo.record(cid, S.CheckResult("knee-to-wall", "left", value=5.0, outcome=S.Outcome.PAIN), T0)
        with pytest.raises(ValueError):
            repo.record(cid, S.CheckResult("no-such-measure", value=5.0), T0)
        assert repo.checks() == []


def test_an_older_file_opens_with_its_history_and_no_checks(data_dir):
    from tests.test_store_own_and_v4 import old_store

    sid = old_store(data_dir, 5)  # the schema before the self-checks came (migration 6)
    with open_database(data_dir) as db:
        assert db.version == LATEST_VERSION and db.migrated_from == 5
        store = Store(db, tz=UTC)
        assert store.self_checks.checks() == []
        assert store.history.session_detail(sid).exercises[0].exercise_id == "ankle-dorsiflexion"
    assert MIGRATIONS[5].description == "weekly self-checks"


def test_each_result_survives_a_kill_9_the_moment_it_is_entered(data_dir):
    code = ("import os, signal\n"
            "from datetime import UTC, datetime\n"
            "from rehab_desktop.core.self_checks import CheckResult\n"
            "from rehab_desktop.store import Store, open_database\n"
            f"db = open_database({str(data_dir)!r})\n"
            "repo = Store(db, tz=UTC).self_checks\n"
            "now = datetime(2026, 11, 6, 9, tzinfo=UTC)\n"
            "cid = repo.begin(now)\n"
            "repo.record(cid, CheckResult('knee-to-wall', 'left', value=9.5), now)\n"
            "os.kill(os.getpid(), signal.SIGKILL)\n")
    done = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                          capture_output=True, timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr
    with open_database(data_dir) as db:
        (got,) = Store(db).self_checks.checks()
    assert got.get("knee-to-wall", "left").value == 9.5


# -- the CSV, as a file and from the command line --------------------------------------------------


def filled(data_dir) -> None:
    with open_database(data_dir) as db:
        repo = Store(db).self_checks
        for week, (left, right) in enumerate([(7.62, 12.7), (None, 12.7)]):
            now = T0 + timedelta(weeks=week)
            cid = repo.begin(now)
            repo.record(cid, ktw("left", left), now)
            repo.record(cid, ktw("right", right), now)
            repo.record(cid, S.stance_result("left", S.Variant.EYES_OPEN, 21.46, 30), now)
            repo.record(cid, S.CheckResult("overall", value=60.0 + week), now)


def read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_the_command_writes_one_row_per_measure_side_and_day_in_the_chosen_unit(data_dir, tmp_path):
    from tests.test_cli_exports import cli

    filled(data_dir)
    out = tmp_path / "checks.csv"
    done = cli(["history", "checks", str(out), "--unit", "in"], data_dir, tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Wrote 8 self-check results" in done.stdout
    rows = read_csv(out.read_text(encoding="utf-8-sig"))
    assert list(rows[0]) == ["date", "time", "check_id", "measure", "measure_name", "side", "variant", "value",
                             "unit", "result", "limit_s"]
    first_left = rows[0]
    assert (first_left["date"], first_left["measure"], first_left["side"], first_left["value"], first_left["unit"],
            first_left["result"]) == ("2026-11-06", "knee-to-wall", "left", "3", "in", "measured")
    pain = next(r for r in rows if r["date"] == "2026-11-13" and r["side"] == "left" and r["measure"] == "knee-to-wall")
    assert pain["value"] == "" and pain["result"] == "pain"
    stance = next(r for r in rows if r["measure"] == "single-leg-stance")
    assert (stance["variant"], stance["value"], stance["unit"], stance["limit_s"]) == ("eyes-open", "21.5", "s", "30")
    assert [r["value"] for r in rows if r["measure"] == "overall"] == ["60", "61"]


def test_the_unit_defaults_to_the_one_in_settings_and_standard_output_works(data_dir, tmp_path):
    from tests.test_cli_exports import cli

    filled(data_dir)
    (data_dir / "settings.ini").write_text("[self_check]\nunit=in\n")
    done = cli(["history", "checks", "-"], data_dir, tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert read_csv(done.stdout)[0]["unit"] == "in"
    os.remove(data_dir / "settings.ini")
    done = cli(["history", "checks", "-"], data_dir, tmp_path, capture_output=True, text=True)
    assert read_csv(done.stdout)[0]["value"] == "7.62"


def test_no_history_yet_gives_a_header_only_file(data_dir, tmp_path):
    from tests.test_cli_exports import cli

    out = tmp_path / "checks.csv"
    done = cli(["history", "checks", str(out)], data_dir, tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8-sig").splitlines() == [",".join([
        "date", "time", "check_id", "measure", "measure_name", "side", "variant", "value", "unit", "result",
        "limit_s"])]


# -- the reminder -----------------------------------------------------------------------------------


def test_the_exercise_reminder_says_when_a_check_is_due_once_one_was_taken(data_dir):
    from rehab_desktop.core.reminders import reminder_text
    from rehab_desktop.core.today import DayWork
    from rehab_desktop.ui.common.preferences import PreferenceStore
    from rehab_desktop.ui.reminders.checker import read_check_due

    today = date(2026, 12, 4)
    assert not S.remind_due(today, None)  # never taken: not brought up
    assert S.remind_due(today, date(2026, 11, 27)) and not S.remind_due(today, date(2026, 11, 28))
    prefs = PreferenceStore(data_dir)
    with open_database(data_dir) as db:
        repo = Store(db, tz=UTC).self_checks
        assert not read_check_due(data_dir, today, prefs)
        then = datetime(2026, 11, 26, 18, tzinfo=UTC)
        repo.record(repo.begin(then), S.CheckResult("overall", value=60.0), then)
    assert read_check_due(data_dir, today, prefs)
    (data_dir / "settings.ini").write_text("[self_check]\ninterval_days=14\n")
    assert not read_check_due(data_dir, today, PreferenceStore(data_dir))
    work = DayWork(planned=2, done=0, partly=0, todo=(), starts={}, seconds_left=480.0)
    assert reminder_text(work, check_due=True)[1].endswith("Your weekly self-check is due too: it is on the "
                                                            "History page.")
    assert "self-check" not in reminder_text(work)[1]
