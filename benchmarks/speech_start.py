"""How much starting speech costs the window: the time `CuePlayer.prepare()` blocks, the longest
gap between 50 ms ticks of the event loop while speech comes up, and when it was ready.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/speech_start.py [--seconds S]
With speech-dispatcher installed (or SPEECHD_CMD naming one) it measures the app's own client;
without one it says so. The window should never wait: blocked near 0 ms, the longest gap near 50 ms.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="how long to watch the event loop")
    args = parser.parse_args()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from rehab_desktop.ui.common.preferences import PreferenceStore
    from rehab_desktop.ui.timer.cues import CuePlayer

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        player = CuePlayer(PreferenceStore(tmp))
        ready = []
        player.speech_ready.connect(lambda: ready.append(time.perf_counter()))
        last, gaps = [time.perf_counter()], [0.0]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])  # 50 ms when the window is free; longer while something holds it
            last[0] = now

        ticker = QTimer()
        ticker.timeout.connect(tick)
        ticker.start(50)
        t0 = time.perf_counter()
        player.prepare()
        blocked = time.perf_counter() - t0
        last[0] = time.perf_counter()
        QTimer.singleShot(int(args.seconds * 1000), app.quit)
        app.exec()
    engine = player.engine or "none"
    when = f"ready after {1000 * (ready[0] - t0):.0f} ms" if ready else f"not ready within {args.seconds:g} s"
    state = "speaking" if player.speech_available else "not speaking"
    print(f"speech engine {engine}: prepare() blocked {1000 * blocked:.0f} ms; the window's longest wait "
          f"between 50 ms ticks {1000 * max(gaps):.0f} ms; {when}; {state}")


if __name__ == "__main__":
    main()
