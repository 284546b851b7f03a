"""Runs the real app window in a child process for tests that kill it or start it twice.

    python run_app.py DATA_DIR EXERCISE_ID SPEED [ROUTINE_ID ...]

Builds the window exactly as the app does, starts the exercise's timer at SPEED (or, with
ROUTINE_IDs, runs those exercises as a routine at their chosen doses), and prints
"set N" each time a completed set has been committed to the store, so a parent can kill -9 it
at a known point without sleeping.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from rehab_desktop.app import build_main_window  # noqa: E402
from rehab_desktop.core.library import load_library  # noqa: E402
from rehab_desktop.core.timer import SetCompleted  # noqa: E402


def main() -> None:
    data_dir, exercise_id, speed = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    app = QApplication(sys.argv[:1])
    window = build_main_window(app, load_library(), data_dir, exercise_id=exercise_id, speed=speed,
                               speech_engine="mock")
    count = [0]

    def on_event(ev) -> None:
        # The session wiring subscribed first, so the set is already in the file when this runs.
        if isinstance(ev, SetCompleted):
            count[0] += 1
            print(f"set {count[0]}", flush=True)

    window.controller.event.connect(on_event)
    from rehab_desktop.ui.shell.stop_signals import StopSignals

    StopSignals(window.stop_now, window)  # as run_gui does: Ctrl+C and kill stop it cleanly
    window.show()
    routine = sys.argv[4:]
    if routine:
        window.run_routine([window.prefs.chosen_dose(window.library[i]) for i in routine], {})
    else:
        window.controller.start()
    print("started", flush=True)
    sys.exit(app.exec())


if __name__ == "__main__":
    main()
