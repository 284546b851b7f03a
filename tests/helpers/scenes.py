"""The screens a person meets, set up on a real main window: shared by the layout tests and
scripts/screenshots.py, so the pictures we look at are the states the tests measure.

Each scene takes a window built by `app.build_main_window` with a fake clock (`clock.pass_time`)
and returns the top-level widget to look at (the window, or the follow-along window).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from rehab_desktop.core.records import LegSide, Prescription, SetRecord

SIZES = [(1280, 800), (1366, 768), (1920, 1080)]
SCALES = [1.0, 1.5, 2.0]
THEMES = ["light", "dark"]
SCENES = ["idle", "routine", "follow", "reps", "plan", "history"]
ROUTINE = ["standing-calf-stretch", "ankle-dorsiflexion", "single-leg-balance"]


def write_settings(data_dir, scale: float, theme: str, language: str = "") -> None:
    """A settings.ini as a returning user has it: welcomed, at this text size and scheme (and language)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.ini").write_text(
        f"[app]\nwelcomed=true\nlanguage={language}\n\n[appearance]\ntext_scale={scale}\ntheme={theme}\n",
        encoding="utf-8")


def write_history(data_dir, days: int = 20) -> None:
    """A few weeks of finished sessions and a starter plan, for the Plan and History pages."""
    from rehab_desktop.core.exercises import Library  # noqa: F401  (the store checks ids against none)
    from rehab_desktop.core.library import load_library
    from rehab_desktop.core.programs import program
    from rehab_desktop.store import Store, open_database

    db = open_database(data_dir)
    store = Store(db)
    repo = store.history
    today = date.today()
    for back in range(days, 0, -1):
        if back % 3 == 0:
            continue
        day = today - timedelta(days=back)
        start = datetime(day.year, day.month, day.day, 18, 0).astimezone()
        sid = repo.open_session(start, pain_before=3 + back % 3)
        t = start
        for ex in ROUTINE[:2]:
            repo.ensure_exercise(sid, Prescription(ex, 2, None, 30), t)
            for n in (1, 2):
                repo.record_set(sid, SetRecord(ex, "main", LegSide.LEFT, n, None, None, 30.0, 30.0, t,
                                               t + timedelta(seconds=30)))
                t += timedelta(minutes=1)
        repo.finish_session(sid, t, pain_after=2 + back % 2, effort=5, notes="")
    store.plans.save(program("strength").build(load_library(), "anterior", starts_on=today - timedelta(days=days)))
    db.close()


def size_window(w, size: tuple[int, int]) -> None:
    w.setGeometry(0, 0, *size)


def idle(w, qapp, clock):
    return w


def routine(w, qapp, clock):
    """Three exercises queued and the first one running a hold, the session bar showing."""
    lib = w.library
    w.run_routine([Prescription(i, 2, lib[i].dose.movements[0].reps and 10,
                                lib[i].dose.movements[0].hold and 30) for i in ROUTINE], {})
    clock.pass_time(w.controller.update, 20)  # past the get-ready, into the first hold
    qapp.processEvents()
    return w


def follow(w, qapp, clock):
    routine(w, qapp, clock)
    w.timer_actions.toggle_follow_along()
    fw = w.timer_actions.follow_window
    if qapp.platformName() == "offscreen":  # the test screen is 800 px: make it as large as the window
        fw.showNormal()
        fw.setGeometry(w.geometry())
    qapp.processEvents()
    return fw


def reps(w, qapp, clock):
    """Paced reps, paused in the middle of the set: the rep count must stay in sight."""
    w.select_exercise("ankle-dorsiflexion")
    qapp.processEvents()
    w.sessions.space()
    clock.pass_time(w.controller.update, 40)
    w.controller.pause()
    qapp.processEvents()
    return w


def plan(w, qapp, clock):
    w.plan_pane()
    qapp.processEvents()
    return w


def history(w, qapp, clock):
    w.history_pane()
    qapp.processEvents()
    return w


def show(name: str, w, qapp, clock):
    return globals()[name](w, qapp, clock)
