"""The therapist summary's progression table over 8 weeks of generated history: the header's names and plan
versions, a row per week with sessions, sets done of the plan, the dose, pain and effort, and the marks for
eased doses, stops for pain and sessions entered by hand; read back from the PDF as a person reads it."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.records import LegSide, Prescription, SetRecord
from rehab_desktop.store import CSV_COLUMNS, PainAction, PlanRepo, export_history_csv
from rehab_desktop.store.progression import periods, row_weeks
from rehab_desktop.store.stats_queries import HistoryStats
from rehab_desktop.store.summary import build_summary

FIRST, LAST = date(2026, 3, 2), date(2026, 4, 26)  # Monday to Sunday: 8 weeks
TODAY = date(2026, 4, 27)
CALF = "standing-calf-stretch"  # a hold done on each leg: 2 sets a side is 4 sets


def _session(repo, day: date, sets: int, pain: tuple[int, int], effort: int, *, eased=False, stop=False,
             by_hand=False) -> int:
    start = datetime(day.year, day.month, day.day, 9).astimezone()
    dose = Prescription(CALF, sets, None, 30, prescribed=sets == 3, prescribed_by="Dr Okafor" if sets == 3 else "")
    records, t = [], start
    for side in (LegSide.LEFT, LegSide.RIGHT):
        for n in range(1, sets + 1):
            records.append(SetRecord(CALF, "main", side, n, None, None, 30.0, 30.0, t, t + timedelta(seconds=30)))
            t += timedelta(minutes=1)
    if by_hand:
        return repo.log_session(start, [dose], records, pain_before=pain[0], pain_after=pain[1], effort=effort)
    sid = repo.open_session(start, pain_before=pain[0])
    repo.ensure_exercise(sid, dose, start)
    for record in records:
        repo.record_set(sid, record)
    if eased:
        repo.ensure_exercise(sid, Prescription(CALF, sets, None, 20), start, eased=True)
    if stop:
        repo.record_pain_flag(sid, t, 7, exercise_id=CALF, movement="main", side=LegSide.RIGHT, set_number=sets,
                              action=PainAction.STOP)
    repo.finish_session(sid, t, pain_after=pain[1], effort=effort)
    return sid


@pytest.fixture
def eight_weeks(history, library):
    """Plan 1 (from 2 March): the calf stretch on Mon, Wed, Fri at 2 sets; plan 2 (from 30 March, prescribed):
    3 sets on weekdays. Done on Mon, Wed, Fri every week at the plan's sets; pain falls week by week."""
    plans = PlanRepo(history.db)
    early = WeekPlan(name="Early", days=[[Prescription(CALF, 2, None, 30)] if d in (0, 2, 4) else [] for d in range(7)])
    plans.start_version(early, FIRST)
    later = WeekPlan(name="Week 5 on", prescribed_by="Dr Okafor", source="okafor.json",
                     days=[[Prescription(CALF, 3, None, 30, prescribed=True)] if d < 5 else [] for d in range(7)])
    plans.start_version(later, date(2026, 3, 30))
    for week in range(8):
        monday = FIRST + timedelta(weeks=week)
        for k, offset in enumerate((0, 2, 4)):
            _session(history.repo, monday + timedelta(days=offset), 2 if week < 4 else 3,
                     (7 - week, max(0, 6 - week - k)), 4 + k,
                     eased=(week, k) == (2, 1), stop=(week, k) == (6, 2), by_hand=(week, k) == (5, 0))
    return history


def test_rows_per_week_with_the_plan_in_force(eight_weeks, library):
    s = build_summary(HistoryStats(eight_weeks.db), FIRST, LAST, TODAY, timeline=PlanRepo(eight_weeks.db).timeline(),
                      library=library, order=library.ids)
    assert [p.name for p in s.plan_versions] == ["Early", "Week 5 on"]
    (calf,) = s.progression
    rows = calf.rows
    assert [(r.first, r.last) for r in rows][:2] == [(FIRST, date(2026, 3, 8)), (date(2026, 3, 9), date(2026, 3, 15))]
    assert len(rows) == 8 and all(r.sessions == 3 for r in rows)
    # Weeks 1-4: 3 days × 2 sets × 2 legs planned and done; weeks 5-8: 5 days × 3 × 2 planned, 3 days done.
    assert [(r.sets_done, r.sets_planned) for r in rows] == [(12, 12)] * 4 + [(18, 30)] * 4
    assert rows[0].share == 1 and rows[4].share == pytest.approx(0.6)
    assert (rows[0].pain_before.median, rows[0].pain_after.median, rows[0].pain_after.low,
            rows[0].pain_after.high) == (7, 5, 4, 6)
    assert rows[0].effort.median == 5 and (rows[0].effort.low, rows[0].effort.high) == (4, 6)
    assert [(r.eased, r.by_hand, r.stopped) for r in rows if r.eased or r.by_hand or r.stopped] == [
        (1, 0, 0), (0, 1, 0), (0, 0, 1)]
    assert rows[2].dose.hold_s == 30  # the week's last dose; the eased one was the Wednesday's
    assert calf.pain_trend == (5, 4, 3, 2, 1, 0, 0, 0)


def test_the_pdf_shows_the_header_and_the_progression_table(qapp, eight_weeks, library, tmp_path):
    from rehab_desktop.ui.printing.summary import write_summary_pdf

    s = build_summary(HistoryStats(eight_weeks.db), FIRST, LAST, TODAY, timeline=PlanRepo(eight_weeks.db).timeline(),
                      library=library, order=library.ids, patient=" Jo Bloggs ", therapist="Dr Okafor")
    out = tmp_path / "summary.pdf"
    pages = write_summary_pdf(s, library, out, "a4")
    reader = PdfReader(str(out))
    assert len(reader.pages) == pages == 2
    first, table = (" ".join(p.extract_text().split()) for p in reader.pages)
    for words in ("Patient Jo Bloggs", "Therapist Dr Okafor",
                  "Plans in force “Early” from 2 March 2026; then “Week 5 on” from 30 March 2026, prescribed by "
                  "Dr Okafor (okafor.json)", "2 March – 26 April 2026", "Sessions 24 on 24 days (1 entered by hand)"):
        assert words in first, words
    assert first.startswith("Home exercise summary") and "Progression by exercise" not in first
    assert table.startswith("Progression by exercise A row per week from 2 March 2026.")
    assert "Standing calf stretch — pain after: ▅▄▃▂▂▁▁▁ 5 → 0" in table  # the trend line, a bar a week
    # Each week as a row: week, sessions, sets done of plan, dose done, pain before, pain after, effort, marks.
    for row in ("2–8 Mar 3 12 of 12 (100 %) 30 s × 2 7 5 (4–6) 5 (4–6)",
                "16–22 Mar 3 12 of 12 (100 %) 30 s × 2 5 3 (2–4) 5 (4–6) eased 1×",
                "30 Mar–5 Apr 3 18 of 30 (60 %) 30 s × 3 3 1 (0–2) 5 (4–6) prescribed",
                "6–12 Apr 3 18 of 30 (60 %) 30 s × 3 2 0 (0–1) 5 (4–6) by hand 1×, prescribed",
                "13–19 Apr 3 18 of 30 (60 %) 30 s × 3 1 0 5 (4–6) stopped for pain 1×, prescribed"):
        assert row in table, (row, table)
    assert "Jo Bloggs, 2 March – 26 April 2026. Made on 27 April 2026" in table and "Page 2 of 2" in table


def test_names_are_printed_only_when_given(qapp, eight_weeks, library):
    from rehab_desktop.ui.printing.summary import summary_html

    s = build_summary(HistoryStats(eight_weeks.db), FIRST, LAST, TODAY)
    html = summary_html(s, library)
    assert "Patient" not in html and "Therapist" not in html and "in force" not in html


def test_long_ranges_group_weeks_so_the_table_stays_short():
    assert row_weeks(FIRST, LAST) == 1
    assert row_weeks(date(2016, 5, 1), date(2026, 4, 30)) == 52  # ten years: a row a year
    assert row_weeks(date(2026, 1, 1), date(2026, 4, 30)) == 2
    spans = periods(date(2016, 5, 1), date(2026, 4, 30))
    assert len(spans) <= 12 and spans[0][0] == date(2016, 5, 1) and spans[-1][1] == date(2026, 4, 30)
    assert all(b + timedelta(days=1) == a for (_x, b), (a, _y) in zip(spans, spans[1:], strict=False))
    # A year up to today (365 days): four quarters, the last one taking the odd day rather than a row of its own.
    year = periods(date(2025, 4, 29), date(2026, 4, 28))
    assert len(year) == 4 and year[-1] == (date(2026, 1, 27), date(2026, 4, 28))
    assert periods(FIRST, FIRST + timedelta(days=29))[-1] == (FIRST + timedelta(days=28), FIRST + timedelta(days=29))


def test_csv_has_the_dose_done_eased_prescribed_own_and_local_times(eight_weeks, tmp_path):
    repo = eight_weeks.repo
    start = datetime(2026, 4, 27, 18, 5).astimezone()
    own = "own-towel-scrunch"
    sid = repo.open_session(start)
    repo.ensure_exercise(sid, Prescription(own, 2, 10, None, prescribed=True, prescribed_by="Dr Okafor"), start)
    repo.record_set(sid, SetRecord(own, "main", LegSide.LEFT, 1, 10, 10, None, None, start,
                                   start + timedelta(seconds=40)))
    repo.finish_session(sid, start + timedelta(minutes=1))
    out = tmp_path / "history.csv"
    export_history_csv(eight_weeks.db, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfrow_type,")  # the BOM: a spreadsheet reads the file as UTF-8
    with open(out, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(CSV_COLUMNS) and CSV_COLUMNS[:2] == ("row_type", "session_id")
    last = rows[-1]
    assert (last["exercise_id"], last["dose_sets"], last["dose_reps"], last["dose_hold_s"], last["dose_prescribed"],
            last["dose_prescribed_by"], last["own_exercise"]) == (own, "2", "10", "", "1", "Dr Okafor", "1")
    assert last["session_started_local"] == "2026-04-27 18:05:00" and last["set_ended_local"] == "2026-04-27 18:05:40"
    eased = [r for r in rows if r["dose_eased"] == "1"]
    assert eased and {r["dose_hold_s"] for r in eased} == {"20"} and {r["own_exercise"] for r in eased} == {"0"}
    by_hand = [r for r in rows if r["entered_by_hand"] == "1"]
    assert len(by_hand) == 6 and by_hand[0]["session_local_day"] == "2026-04-06"


def test_history_pdf_takes_the_names_from_settings_or_the_options(qapp, eight_weeks, data_dir, tmp_path):
    import os
    import subprocess
    import sys

    from rehab_desktop.ui.common.preferences import PreferenceStore

    PreferenceStore(data_dir).update(patient_name="Jo Bloggs", therapist_name="Dr Okafor")
    eight_weeks.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def summary(*extra) -> str:
        out = subprocess.run([sys.executable, "-m", "rehab_desktop", "history", "pdf", "s.pdf", "--data-dir",
                              str(data_dir), "--from", FIRST.isoformat(), "--to", LAST.isoformat(), *extra],
                             capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
        assert out.returncode == 0, out.stderr
        return " ".join(PdfReader(str(tmp_path / "s.pdf")).pages[0].extract_text().split())

    text = summary()
    assert "Patient Jo Bloggs" in text and "Therapist Dr Okafor" in text and "Plans in force" in text
    text = summary("--patient", "", "--therapist", "Sam Lee")
    assert "Patient" not in text and "Therapist Sam Lee" in text


def test_the_settings_dialog_keeps_both_names(qapp, data_dir):
    from unittest.mock import MagicMock

    from rehab_desktop.ui.common.preferences import PreferenceStore
    from rehab_desktop.ui.shell.settings_dialog import SettingsDialog

    prefs = PreferenceStore(data_dir)
    cues = MagicMock()
    cues.speech_language_note.return_value = ""  # the engine has a voice for the app's language
    dialog = SettingsDialog(prefs, cues, MagicMock())
    dialog.patient_name.setText("  Jo Bloggs ")
    dialog.therapist_name.setText("Dr Okafor")
    dialog.reject()  # closed while still typing: both are kept
    again = PreferenceStore(data_dir).values
    assert (again.patient_name, again.therapist_name) == ("Jo Bloggs", "Dr Okafor")


def test_the_history_page_prints_the_names_from_settings(qtbot, eight_weeks, library, data_dir, tmp_path):
    from rehab_desktop.ui.common.preferences import PreferenceStore
    from rehab_desktop.ui.common.store_service import StoreService
    from rehab_desktop.ui.history.pane import HistoryPane

    prefs = PreferenceStore(data_dir)
    prefs.update(patient_name="Jo Bloggs", therapist_name="Dr Okafor")
    pane = HistoryPane(StoreService(eight_weeks.store), library, prefs, today=lambda: TODAY)
    qtbot.addWidget(pane)
    out = tmp_path / "summary.pdf"
    assert pane.exports.export_summary(str(out), FIRST, LAST, "a4") == 2
    first = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "Patient Jo Bloggs" in first and "Therapist Dr Okafor" in first and "Plans in force" in first
