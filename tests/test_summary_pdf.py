"""The therapist summary: its figures, and the PDF read back (text, pages, paper, escaping), in-process and by CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from rehab_desktop.store.output import OutputError
from rehab_desktop.store.stats_queries import HistoryStats
from rehab_desktop.store.summary import build_summary
from rehab_desktop.ui.printing.summary import summary_html, write_summary_pdf

FIRST, LAST = date(2026, 4, 16), date(2026, 5, 13)
AWKWARD = '<b>x</b> & "q"'


def pdf_text(path) -> tuple[str, list]:
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(text.split()), reader.pages


def fill(history):
    for n in range(20):
        day = FIRST + timedelta(days=n)
        if day.weekday() == 6:
            continue
        history.add(day, 8, exercises=("standing-calf-stretch", "single-leg-deadlift"), pain=(6 - n // 5, 2))
    history.add(date(2026, 5, 7), 18, exercises=("ankle-dorsiflexion",), reps=12, resistance="red",
                notes=AWKWARD, flag=(7, "stop"))
    history.add(date(2026, 3, 1), 8, notes="Outside the period")


def test_summary_figures(history):
    fill(history)
    s = build_summary(HistoryStats(history.db), FIRST, LAST, LAST)
    assert s.sessions == 18 and s.active_days == 18  # 16 April - 5 May but Sundays, and 7 May
    assert (s.adherence.expected, s.adherence.kept, s.adherence.with_plan) == (27, 18, False)
    assert s.streak_at_end.length == 0  # nothing since 5 May; the 6th broke it
    assert s.longest_in_range.length == 6
    assert [t.exercise_id for t in s.exercises] == ["ankle-dorsiflexion", "single-leg-deadlift",
                                                    "standing-calf-stretch"]
    assert s.pain_first_week.before == pytest.approx(34 / 6)  # 16-22 April: 6, 6, 6, 6, 5, 5
    assert (s.pain_last_week.before, s.pain_last_week.after) == (5, 3)  # only 7 May
    assert [n.text for n in s.notes] == [AWKWARD]
    assert len(s.pain_flags) == 1 and s.pain_flags[0][0] == date(2026, 5, 7)
    assert s.active_minutes == pytest.approx(17 * 2 * 2 + 2)  # two one-minute sets per exercise
    # With a plan (weekdays from 20 April), only planned days count.
    weekdays = lambda a, b: {a + timedelta(days=i) for i in range((b - a).days + 1)  # noqa: E731
                             if (a + timedelta(days=i)).weekday() < 5 and a + timedelta(days=i) >= date(2026, 4, 20)}
    planned = build_summary(HistoryStats(history.db), FIRST, LAST, LAST, weekdays)
    # Weekdays 20 April - 12 May: 17; kept: all but 6, 8, 11 and 12 May (Saturdays don't count).
    assert planned.adherence.with_plan and planned.adherence.expected == 17 and planned.adherence.kept == 13


@pytest.mark.parametrize("page, size", [("a4", (595, 842)), ("letter", (612, 792))])
def test_pdf_text_pages_and_paper(qapp, history, library, tmp_path, page, size):
    fill(history)
    s = build_summary(HistoryStats(history.db), FIRST, LAST, LAST, order=library.ids)
    out = tmp_path / "summary.pdf"
    pages = write_summary_pdf(s, library, out, page)
    text, pdf_pages = pdf_text(out)
    assert 1 <= pages <= 2 and len(pdf_pages) == pages
    box = pdf_pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    for words in ("Home exercise summary", "16 April – 13 May 2026", "Sessions 18 on 18 days", "18 of 27 days",
                  "Standing calf stretch", "Single-leg deadlift", "Ankle dorsiflexion", "red band",
                  "Pain before and after", "Pain flags", "7 May 2026", "pain 7/10", "stopped the session",
                  "Notes", "Not medical advice", f"Page 1 of {pages}"):
        assert words in text, words
    # Typed text arrives as text: the markup characters are on the page, and no bold "x" replaced them.
    assert AWKWARD in text
    assert "Outside the period" not in text


def test_user_text_is_escaped_in_the_html(history, library):
    fill(history)
    html = summary_html(build_summary(HistoryStats(history.db), FIRST, LAST, LAST), library)
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot;" in html


def test_long_periods_stay_within_two_pages(qapp, history, library, tmp_path):
    day = date(2025, 11, 1)
    for n in range(60):
        history.add(day + timedelta(days=n), 8, notes=f"Note {n}: " + "a long note that goes on " * 12,
                    flag=(5, "continue") if n % 2 else None)
    s = build_summary(HistoryStats(history.db), day, day + timedelta(days=59), date(2026, 5, 1), order=library.ids)
    out = tmp_path / "long.pdf"
    assert write_summary_pdf(s, library, out) <= 3
    text, pages = pdf_text(out)
    # At most two pages before the progression table (here one exercise's 9 weeks, on a page of its own).
    assert len(pages) <= 3 and " ".join(pages[-1].extract_text().split()).startswith("Progression by exercise")
    text = " ".join(" ".join(p.extract_text() for p in pages[:-1]).split())
    assert "Note 59" in text  # the newest notes are the ones kept
    assert "earlier notes are not shown" in text and "earlier pain flags are not listed" in text


def test_empty_history(qapp, history, library, tmp_path):
    s = build_summary(HistoryStats(history.db), FIRST, LAST, LAST)
    assert s.empty
    out = tmp_path / "empty.pdf"
    assert write_summary_pdf(s, library, out) == 1
    text, _ = pdf_text(out)
    assert "No sessions were recorded in this period" in text and "No notes in this period" in text


def test_a_failed_write_leaves_nothing(qapp, history, library, tmp_path):
    s = build_summary(HistoryStats(history.db), FIRST, LAST, LAST)
    with pytest.raises(OutputError, match="does not exist"):
        write_summary_pdf(s, library, tmp_path / "missing" / "out.pdf")
    assert not (tmp_path / "missing").exists() and list(tmp_path.iterdir()) == [tmp_path / "data"]


def run_cli(args, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "rehab_desktop", *args], capture_output=True, text=True,
                          cwd=tmp_path, env=env, timeout=120)


def test_history_pdf_command(history, tmp_path, data_dir):
    fill(history)
    history.close()
    out = run_cli(["history", "pdf", "summary.pdf", "--data-dir", str(data_dir), "--from", "2026-04-16",
                   "--to", "2026-05-13", "--page", "a4"], tmp_path)
    assert out.returncode == 0, out.stderr
    assert "16 April – 13 May 2026" in out.stdout and "summary.pdf" in out.stdout
    text, pages = pdf_text(tmp_path / "summary.pdf")
    assert "Single-leg deadlift" in text and AWKWARD in text and "7 May 2026" in text
    assert len(pages) <= 2
    # Default period: the 4 weeks up to today (nothing recorded then in this history).
    out = run_cli(["history", "pdf", "recent.pdf", "--data-dir", str(data_dir)], tmp_path)
    assert out.returncode == 0, out.stderr
    assert "No sessions were recorded in this period" in pdf_text(tmp_path / "recent.pdf")[0]


@pytest.mark.parametrize("args, message", [
    (["--from", "2026-13-01"], "--from: '2026-13-01' is not a date written YYYY-MM-DD"),
    (["--to", "13/05/2026"], "--to: '13/05/2026' is not a date written YYYY-MM-DD"),
    (["--from", "2026-05-02", "--to", "2026-05-01"], "--from (2026-05-02) is after --to (2026-05-01)"),
])
def test_history_pdf_bad_dates(tmp_path, data_dir, args, message):
    out = run_cli(["history", "pdf", "x.pdf", "--data-dir", str(data_dir), *args], tmp_path)
    assert out.returncode == 2
    assert message in out.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_history_pdf_without_history_is_the_empty_summary(tmp_path, data_dir):
    out = run_cli(["history", "pdf", "x.pdf", "--data-dir", str(data_dir), "--to", "2026-05-10"], tmp_path)
    assert out.returncode == 0 and "no history yet" in out.stderr
    assert list(data_dir.iterdir()) == []  # an export creates nothing in the data folder
    text, pages = pdf_text(tmp_path / "x.pdf")
    assert len(pages) == 1 and "No sessions were recorded in this period." in text
