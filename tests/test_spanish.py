"""The app in Spanish, as a Spanish-speaking user starts it (settings.ini: language=es): every text the
window looks up on every page, in every dialog, while the timer runs and on paper has a Spanish
translation (no English word looked up and left as it was), the library is the Spanish one, dates and
decimals are Spanish, and the printed week and the therapist summary read in Spanish."""

from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QTabBar

from tests.helpers import scenes
from tests.test_untranslated import menu_texts, open_and_read, texts_of

ROOT = Path(__file__).resolve().parent.parent


def _ts_keys() -> set[tuple[str, str, str]]:
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return set(module.messages(module.ts_path("es")))


@pytest.fixture
def spanish(monkeypatch, qapp, data_dir):
    """settings.ini says Spanish; every lookup the app makes from now on is recorded."""
    from rehab_desktop.core import i18n as core_i18n
    from rehab_desktop.ui.common import i18n

    asked: set[tuple[str, str, str]] = set()
    original = core_i18n.install

    def recording(lookup, locale_formats=None):
        if lookup is None:
            return original(None, locale_formats)

        def look(context, text, disambiguation=None, n=-1):
            asked.add((context, text, disambiguation or ""))
            return lookup(context, text, disambiguation, n)
        return original(look, locale_formats)

    monkeypatch.setattr(core_i18n, "install", recording)
    monkeypatch.delenv(i18n.PSEUDO_ENV, raising=False)
    scenes.write_settings(data_dir, 1.0, "light", "es")
    scenes.write_history(data_dir)
    yield asked
    original(None)
    i18n.install(qapp, "en", pseudo="")


def test_every_text_looked_up_has_a_spanish_translation(spanish, make_window, qtbot, qapp, clock):
    w = make_window(exercise_id="standing-calf-stretch")
    for index in range(w.pages.count()):
        w.pages.setCurrentIndex(index)
        qapp.processEvents()
        list(texts_of(w))
    tabs = w.history_pane().findChild(QTabBar)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qapp.processEvents()
    for menu in w.menuBar().findChildren(QMenu):
        list(menu_texts(menu))
    for opener in (w.show_settings, w.show_shortcuts, w.show_about, w.show_guide, w.self_checks.take,
                   w.own_exercises.add, lambda: w.history_pane().log_session()):
        open_and_read(qapp, opener)
    w.pages.setCurrentIndex(0)
    for scene in ("routine", "reps", "follow"):
        top = scenes.show(scene, w, qapp, clock)
        list(texts_of(top))
        if top is not w:
            top.close()
    assert spanish, "nothing was looked up: the recording is not in the path"
    missing = sorted(spanish - _ts_keys())
    assert missing == [], "\n".join(f"{c}: {t!r} ({d})" for c, t, d in missing)


def test_the_window_reads_in_spanish(spanish, make_window, qapp):
    from rehab_desktop.core.i18n import formats

    w = make_window(exercise_id="standing-calf-stretch")
    assert [a.text() for a in w.menuBar().actions()][:2] == ["&Archivo", "&Ver"]
    assert w.instructions.title.text() == "Estiramiento de pantorrilla de pie"  # the library overlay
    assert formats().long_day(date(2026, 5, 4)) == "lunes, 4 de mayo de 2026"
    assert formats().decimal(2.5) == "2,5"
    shown = " ".join(text for _, text in texts_of(w))
    assert "Empezar" in shown and "Start" not in shown.split()


def test_the_printed_week_and_summary_are_spanish(spanish, make_window, qapp, tmp_path):
    from rehab_desktop.store import HistoryStats, build_summary
    from rehab_desktop.ui.printing.summary import write_summary_pdf
    from rehab_desktop.ui.printing.week import write_pdf
    from tests.test_plan_print import read_pdf
    from tests.test_summary_pdf import pdf_text

    w = make_window()
    today = date.today()
    week = tmp_path / "week.pdf"
    write_pdf(str(week), w.plan_pane().plan, w.library, today - timedelta(days=today.weekday()), "a4")
    _pages, text = read_pdf(week)
    assert "Plan semanal" in text and "Weekly plan" not in text
    assert "Estiramiento de pantorrilla de pie" in text
    stats = HistoryStats(w.service.store.db)
    summary = build_summary(stats, today - timedelta(days=27), today, today, order=w.library.ids)
    out = tmp_path / "summary.pdf"
    write_summary_pdf(summary, w.library, out, "a4")
    text, _ = pdf_text(out)
    assert "Resumen de ejercicios en casa" in text and "Home exercise summary" not in text
    missing = sorted(spanish - _ts_keys())
    assert missing == [], "\n".join(f"{c}: {t!r} ({d})" for c, t, d in missing)



def test_the_calendar_file_reads_in_spanish(spanish, make_window, tmp_path):
    """The events are for the person to read in their calendar: title, weekday, doses and the stop line."""
    import icalendar

    w = make_window()
    out = tmp_path / "plan.ics"
    assert w.plan_pane().export_calendar(str(out), exec_dialog=lambda dialog: True) == str(out)
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert events
    for event in events:
        assert str(event["SUMMARY"]).startswith("Ejercicios de tobillo: ")
        assert "previsto" in str(event["SUMMARY"]) and "planned" not in str(event["SUMMARY"])
        text = str(event["DESCRIPTION"])
        assert text.endswith("Pare cualquier ejercicio que le duela.") and "serie" in text
        assert any(day in text.splitlines()[0] for day in ("lunes", "martes", "mi\u00e9rcoles", "jueves",
                                                           "viernes", "s\u00e1bado", "domingo"))
    missing = sorted(spanish - _ts_keys())
    assert missing == [], "\n".join(f"{c}: {t!r} ({d})" for c, t, d in missing)


def test_the_exported_files_keep_their_english_words(spanish, make_window, tmp_path):
    """The CSVs are files for other tools: their columns and words do not change with the language."""
    from datetime import datetime

    from rehab_desktop.core.self_checks import CheckResult
    from rehab_desktop.store import CSV_COLUMNS, export_history_csv
    from rehab_desktop.store.self_checks import export_self_checks_csv

    w = make_window()
    store = w.service.store
    check = store.self_checks.begin(datetime.now().astimezone())
    store.self_checks.record(check, CheckResult("knee-to-wall", "left", value=9.5), datetime.now().astimezone())
    export_self_checks_csv(store.db, tmp_path / "checks.csv")
    checks = (tmp_path / "checks.csv").read_text(encoding="utf-8")
    assert "Knee-to-wall" in checks and "rodilla" not in checks.lower() and "9.5" in checks
    export_history_csv(store.db, tmp_path / "history.csv")
    history = (tmp_path / "history.csv").read_text(encoding="utf-8-sig")
    assert history.splitlines()[0].split(",") == list(CSV_COLUMNS)
    assert history.count("\n") > 10  # the weeks of sessions written by the fixture
    assert "pierna" not in history.lower() and "izquierda" not in history.lower()


def test_a_long_name_in_the_list_is_read_whole(spanish, make_window, qapp):
    """Spanish names run longer than the list is wide: they take two lines, not an ellipsis after two words."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from rehab_desktop.ui.exercises.model import ExerciseIdRole

    w = make_window()
    view = w.browser.view
    model = view.model()
    rows = [model.index(r, 0, model.index(g, 0)) for g in range(model.rowCount()) for r in
            range(model.rowCount(model.index(g, 0)))]
    option = QStyleOptionViewItem()
    option.font = view.font()
    delegate = view.itemDelegate()
    names = {index.data(ExerciseIdRole): delegate._name_lines(option, index)[0] for index in rows}
    calf = names["standing-calf-stretch"]
    assert len(calf) == 2 and " ".join(calf) == "Estiramiento de pantorrilla de pie"
    assert all(len(lines) <= 2 for lines in names.values())
    assert any(len(lines) == 1 for lines in names.values())
