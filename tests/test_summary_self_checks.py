"""The therapist summary's self-checks: the checks of the period read with the rest, and the PDF's page of them
(a table of the first and latest result and the change, and charts) in the unit from Settings, read back from the
PDF as a person reads it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pypdf import PdfReader

from rehab_desktop.core import self_checks as S
from rehab_desktop.store import SelfCheckRepo
from rehab_desktop.store.stats_queries import HistoryStats
from rehab_desktop.store.summary import build_summary
from rehab_desktop.ui.printing.summary import write_summary_pdf
from tests.test_summary_pdf import fill as fill_sessions
from tests.test_summary_pdf import pdf_text

FIRST, LAST = date(2026, 4, 16), date(2026, 5, 13)
KTW = S.KNEE_TO_WALL.id
OPEN, CLOSED = S.Variant.EYES_OPEN, S.Variant.EYES_CLOSED
PAIN = None


def ktw(side: str, cm: float | None) -> S.CheckResult:
    if cm is PAIN:
        return S.CheckResult(KTW, side, outcome=S.Outcome.PAIN)
    return S.CheckResult(KTW, side, value=cm)


# Three checks in the period and one before it. Left knee-to-wall hurt at the first, right at the latest.
CHECKS = {
    date(2026, 3, 20): (ktw("left", 4.4), ktw("right", 6.6), S.CheckResult("walking", value=3.0)),
    date(2026, 4, 20): (ktw("left", PAIN), ktw("right", 12.7), S.stance_result("left", OPEN, 21.46, 30),
                        S.stance_result("right", OPEN, 30, 30), S.CheckResult("walking", value=6.0),
                        S.CheckResult("overall", value=60.0)),
    date(2026, 4, 27): (ktw("left", 8.89), ktw("right", 13.97), S.stance_result("left", OPEN, 24.0, 30)),
    date(2026, 5, 4): (ktw("left", 10.16), ktw("right", PAIN), S.stance_result("left", OPEN, 18.5, 30),
                       S.stance_result("right", OPEN, 30, 30), S.stance_result("left", CLOSED, 5.0, 30),
                       S.CheckResult("walking", value=8.0), S.CheckResult("overall", value=70.0)),
}

# Each row as the PDF reads: measure, first in period (value, day), latest (value, day), change.
ROWS_CM = [
    "Knee-to-wall, left could not do it: pain 20 Apr 10.2 cm 4 May the first could not be done for pain",
    "Knee-to-wall, right 12.7 cm 20 Apr could not do it: pain 4 May could not do it: pain",
    "Single-leg stance, left, eyes open 21.5 s 20 Apr 18.5 s 4 May -3 s",
    "Single-leg stance, right, eyes open 30 s (the maximum) 20 Apr 30 s (the maximum) 4 May no change",
    "Single-leg stance, left, eyes closed 5 s 4 May \u2014 \u2014",
    "Walking 6/10 20 Apr 8/10 4 May +2 points",
    "Your ankle today 60 % 20 Apr 70 % 4 May +10 points",
]


def fill(db) -> None:
    repo = SelfCheckRepo(db, tz=UTC)
    for day, results in CHECKS.items():
        now = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
        cid = repo.begin(now)
        for r in results:
            repo.record(cid, r, now)


def pages_of(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def checks_page(path) -> str:
    """The text of the self-checks page: the page that begins with their heading."""
    found = [page for page in pages_of(path) if page.startswith("Self-checks ")]
    assert len(found) == 1, "the summary has no page of self-checks"
    return found[0]


def test_the_summary_holds_the_checks_of_its_period_and_is_not_empty_with_only_those(history):
    fill(history.db)
    s = build_summary(HistoryStats(history.db), FIRST, LAST, LAST, check_unit="in")
    assert [c.day for c in s.self_checks] == [date(2026, 4, 20), date(2026, 4, 27), date(2026, 5, 4)]
    assert s.check_unit == "in" and s.no_sessions and not s.empty
    assert build_summary(HistoryStats(history.db), FIRST, LAST, LAST).check_unit == "cm"
    none = build_summary(HistoryStats(history.db), date(2026, 5, 5), LAST, LAST)
    assert none.self_checks == () and none.empty


def test_the_pdf_has_a_row_per_measure_side_and_variant_with_the_change(qapp, history, library, tmp_path):
    fill(history.db)
    out = tmp_path / "summary.pdf"
    assert write_summary_pdf(build_summary(HistoryStats(history.db), FIRST, LAST, LAST), library, out) == 2
    text = checks_page(out)
    assert pages_of(out)[1] == text  # after the summary's page
    assert "3 checks taken at home in this period" in text
    table = text.split("Change", 1)[1]
    for row in ROWS_CM:
        assert row in table, row
    assert [table.index(row) for row in ROWS_CM] == sorted(table.index(row) for row in ROWS_CM)  # in this order
    # The charts: knee-to-wall and the stance with eyes open, left and right, with where pain stopped it.
    for words in ("Knee-to-wall (cm)", "Single-leg stance, eyes open (s)", "Left", "Right",
                  "Could not be done for pain: left 20 Apr; right 4 May."):
        assert words in text, words
    # The check of 20 March, before the period, is in none of it.
    assert "20 Mar" not in text and "4.4 cm" not in text and "3/10" not in text
    # On the first page, a line of the figures; still "no sessions": the self-checks don't make up for them.
    first = pages_of(out)[0]
    assert "Self-checks 3 in this period, shown after the notes" in first
    assert "No sessions were recorded in this period" in first


def test_a_change_in_knee_to_wall_is_in_the_chosen_unit(qapp, history, library, tmp_path):
    fill(history.db)
    later = date(2026, 4, 21)  # from the second check: 8.89 cm (3.5 in) on 27 April, 10.16 cm (4 in) on 4 May
    for unit, row in (("cm", "Knee-to-wall, left 8.9 cm 27 Apr 10.2 cm 4 May +1.3 cm"),
                      ("in", "Knee-to-wall, left 3.5 in 27 Apr 4 in 4 May +0.5 in")):
        out = tmp_path / f"{unit}.pdf"
        write_summary_pdf(build_summary(HistoryStats(history.db), later, LAST, LAST, check_unit=unit), library, out)
        text = checks_page(out)
        assert row in text and "2 checks taken at home" in text and "20 Apr" not in text, text


def test_no_checks_in_the_period_is_a_line_of_the_figures_and_no_page(qapp, history, library, tmp_path):
    fill(history.db)
    out = tmp_path / "none.pdf"
    assert write_summary_pdf(build_summary(HistoryStats(history.db), date(2026, 5, 5), LAST, LAST), library, out) == 1
    text, _ = pdf_text(out)
    assert "Self-checks none in this period" in text and "Measure First in period" not in text


def test_the_command_shows_knee_to_wall_in_the_unit_from_settings(history, data_dir, tmp_path):
    from tests.test_cli_exports import cli

    fill(history.db)
    history.close()

    def pdf(name: str) -> str:
        done = cli(["history", "pdf", name, "--from", FIRST.isoformat(), "--to", LAST.isoformat()], data_dir,
                   tmp_path, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return checks_page(tmp_path / name)

    text = pdf("cm.pdf")  # no settings yet: centimetres
    assert ROWS_CM[0] in text and ROWS_CM[1] in text and ROWS_CM[2] in text
    (data_dir / "settings.ini").write_text("[self_check]\nunit=in\n")
    text = pdf("in.pdf")
    assert "Knee-to-wall, left could not do it: pain 20 Apr 4 in 4 May the first could not be done for pain" in text
    assert "Knee-to-wall, right 5 in 20 Apr could not do it: pain 4 May could not do it: pain" in text
    assert "Knee-to-wall (in)" in text and " cm" not in text
    assert ROWS_CM[2] in text  # seconds stay seconds
    assert "20 Mar" not in text and "1.7 in" not in text  # 4.4 cm, before the period


def test_the_history_page_prints_the_unit_from_settings(qtbot, history, library, data_dir, tmp_path):
    from rehab_desktop.ui.common.preferences import PreferenceStore
    from rehab_desktop.ui.common.store_service import StoreService
    from rehab_desktop.ui.history.pane import HistoryPane

    fill(history.db)
    prefs = PreferenceStore(data_dir)
    prefs.update(check_unit="in")
    pane = HistoryPane(StoreService(history.store), library, prefs, today=lambda: LAST)
    qtbot.addWidget(pane)
    out = tmp_path / "summary.pdf"
    assert pane.exports.export_summary(str(out), FIRST, LAST, "a4") == 2
    text = checks_page(out)
    assert "Knee-to-wall, right 5 in 20 Apr" in text and "Knee-to-wall (in)" in text


def test_the_checks_take_no_room_from_the_notes_and_come_before_the_progression(qapp, history, library, tmp_path):
    """Every measure on both days beside a full period of sessions: the summary's pages are as they were, then the
    self-checks' page, whole, then the progression."""
    fill_sessions(history)
    before = tmp_path / "before.pdf"
    write_summary_pdf(build_summary(HistoryStats(history.db), FIRST, LAST, LAST, order=library.ids), library, before)
    repo = SelfCheckRepo(history.db, tz=UTC)
    for n, day in enumerate((date(2026, 4, 20), date(2026, 5, 4))):
        now = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
        cid = repo.begin(now)
        for side in S.SIDES:
            repo.record(cid, ktw(side, 8.0 + n), now)
            for variant in (OPEN, CLOSED):
                repo.record(cid, S.stance_result(side, variant, 10 + n, 30), now)
        for m in (*S.RATINGS, S.OVERALL):
            repo.record(cid, S.CheckResult(m.id, value=5.0 + n), now)
    after = tmp_path / "after.pdf"
    write_summary_pdf(build_summary(HistoryStats(history.db), FIRST, LAST, LAST, order=library.ids), library, after)
    old, new = pages_of(before), pages_of(after)
    assert len(new) == len(old) + 1
    page = len(old) - 1  # the progression's page, before; now the self-checks' page is there
    assert new[page] == checks_page(after) and new[page + 1].startswith("Progression by exercise")

    def words(text: str) -> str:  # without the footer's page numbers and the line of the self-checks
        return text.split(" 16 April \u2013 13 May 2026. Made on")[0].replace(
            "Self-checks none in this period", "").replace("Self-checks 2 in this period, shown after the notes", "")

    assert [words(p) for p in new[:page]] == [words(p) for p in old[:page]]
    names = [S.field_name(m, side, v) for m in S.MEASURES for v in m.variants
             for side in (S.SIDES if m.sided else ("",))]
    assert len(names) == 13 and all(f" {name} " in new[page] for name in names)
    assert "Knee-to-wall (cm)" in new[page] and "Single-leg stance, eyes open (s)" in new[page]
