"""Screen readers: the real app seen through AT-SPI, as Orca sees it, on a virtual screen.

One run of tests/helpers/atspi_probe.py (system Python with pyatspi, inside its own session bus)
starts the accessibility bus and the app (--speed 20, the standing calf stretch loaded), walks
the Exercises, Plan and History pages, presses Space and listens to what is announced, then opens
the "It hurts" dialog. The tests below read its report.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

PROBE = Path(__file__).parent / "helpers" / "atspi_probe.py"
SYSTEM_PYTHON = "/usr/bin/python3"  # pyatspi is a Debian package (python3-pyatspi), not on the package index
PAGES = ("Exercises", "Plan", "History", "Exercises, timer running", "It hurts dialog")
SETUP = "scripts/setup.sh test installs it (Debian packages xvfb dbus at-spi2-core python3-pyatspi xdotool)"


def _need(program: str) -> str:
    path = shutil.which(program)
    assert path, f"{program} is missing: {SETUP}"
    return path


@pytest.fixture(scope="module")
def display():
    """A private X server; its display name is read back from Xvfb itself (-displayfd), no guessing."""
    read, write = os.pipe()
    xvfb = subprocess.Popen([_need("Xvfb"), "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten",
                             "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        number = b""
        end = time.monotonic() + 30
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read], [], [], max(0.0, end - time.monotonic()))
            chunk = os.read(read, 16) if ready else b""
            if not chunk:
                pytest.fail(f"Xvfb did not report a display (exit code {xvfb.poll()})")
            number += chunk
        yield f":{number.decode().strip()}"
    finally:
        os.close(read)
        xvfb.terminate()
        xvfb.wait(timeout=10)


@pytest.fixture(scope="module")
def seen(display, tmp_path_factory):
    """The probe's report: {"pages": {name: walk}, "announcements": [...], "scale": {...}}."""
    for program in ("dbus-run-session", "xdotool"):
        _need(program)
    assert os.path.exists(SYSTEM_PYTHON) and subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0, \
        f"the system Python has no pyatspi: {SETUP}"
    data = tmp_path_factory.mktemp("a11y")
    (data / "settings.ini").write_text("[app]\nwelcomed=true\n")  # the first-run welcome would take the keys
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS")}
    env["DISPLAY"] = display
    app = [sys.executable, "-m", "rehab_desktop", "--data-dir", str(data), "--speed", "20",
           "--exercise", "standing-calf-stretch"]
    run = subprocess.run(["dbus-run-session", "--", SYSTEM_PYTHON, str(PROBE), "--", *app],
                         capture_output=True, text=True, env=env, timeout=180)
    report: dict = {"pages": {}}
    for line in run.stdout.splitlines():
        item = json.loads(line)
        if "skip" in item:
            pytest.skip(f"no AT-SPI bus: {item['skip']}")
        if "error" in item:
            pytest.fail(f"the probe failed: {item['error']}\napp stderr:\n{item.get('app_stderr', '')}")
        if "page" in item:
            report["pages"][item.pop("page")] = item
        else:
            report.update(item)
    assert report.get("bus") == "up", f"the probe reported nothing (exit {run.returncode}):\n{run.stderr[-3000:]}"
    return report


def _listing(entries: list[dict]) -> str:
    return "\n".join(f"  {e['role']} {e['name']!r} under {e['path'] or '(top)'}"
                     + (f"; text {e['text']!r}" if e["text"] else "")
                     + (f"; description {e['description']!r}" if e["description"] else "")
                     + ("" if e["focusable"] else "; not focusable") for e in entries)


@pytest.mark.parametrize("page", PAGES)
def test_every_control_on_screen_has_a_name(seen, page):
    walk = seen["pages"][page]
    assert walk["controls"] > 5, f"the {page} walk found almost nothing: {walk}"
    assert not walk["unnamed"], f"{page}: controls a screen reader cannot name:\n{_listing(walk['unnamed'])}"


@pytest.mark.parametrize("page", PAGES)
def test_every_focusable_control_has_a_role_that_says_what_it_is(seen, page):
    # Known gap, named in issue 13's note: Qt exposes every QScrollArea as a "filler" and PySide6
    # cannot give it another role; the instructions view says what it is in its name instead
    # ("Instructions, step 2 of 5: ..."). Anything else with a vague role fails.
    vague = [c for c in seen["pages"][page]["vague_roles"] if not c.get("name", "").startswith("Instructions")]
    assert not vague, f"{page}: focusable controls whose role says nothing:\n{_listing(vague)}"


def test_the_countdown_reads_as_what_it_is(seen):
    countdown = seen["pages"]["Exercises"]["countdown"]
    assert countdown, "no accessible object named 'Countdown...' on the Exercises page"
    assert "seconds left in get ready" in countdown["name"], countdown
    running = seen["pages"]["Exercises, timer running"]["countdown"]
    assert running and running["name"] != countdown["name"], "the countdown's name does not follow the timer"
    assert countdown["role"] not in ("filler", "unknown", "panel"), \
        f"the countdown is exposed as a {countdown['role']!r}: a screen reader says nothing of what it is"


def test_the_exercise_figures_read_as_pictures_with_their_sentence(seen):
    from rehab_desktop.core.figures import alt_text, load_figures
    from rehab_desktop.core.records import LegSide

    spec = load_figures().get("standing-calf-stretch")  # the exercise the probe opens
    names = [p["name"] for p in seen["pages"]["Exercises"]["pictures"]]
    assert alt_text(spec, LegSide.LEFT) in names, seen["pages"]["Exercises"]["pictures"]
    running = [p["name"] for p in seen["pages"]["Exercises, timer running"]["pictures"]]
    assert running.count(alt_text(spec, LegSide.LEFT)) >= 2, running  # the instructions' and the timer's
    assert all(n for n in names + running), "a figure a screen reader cannot name"


def test_a_phase_change_is_announced_once(seen):
    said = seen["announcements"]
    texts = [a["text"] for a in said]
    assert all(a["type"] == "object:announcement" for a in said), said
    assert any(t.startswith("Rest") for t in texts), f"the first hold never ended in a rest: {texts}"
    holds = [i for i, t in enumerate(texts) if t.startswith("Hold")]
    assert len(holds) == 1, f"the hold should be announced exactly once: {texts}"
    rest = next(i for i, t in enumerate(texts) if t.startswith("Rest"))
    assert holds[0] < rest, texts
    during = texts[holds[0] + 1:rest]  # 30 s of hold: at most the last three seconds are counted aloud
    assert len(during) <= 3 and all(t.isdigit() and int(t) <= 3 for t in during), texts
    assert all(a["source"].startswith(("filler 'Countdown", "label 'Countdown")) or "Countdown" in a["source"]
               for a in said), [a["source"] for a in said]


def test_the_pain_scale_reads_as_a_scale_of_0_to_10(seen):
    scale = seen["scale"]
    assert scale, "the It hurts dialog has no object named '..., scale of 0 to 10'"
    assert scale["name"] == "Pain, scale of 0 to 10"
    assert scale["description"] == "0 no pain, 10 worst imaginable"
    points = [b for b in scale["buttons"] if b["role"] == "radio button"]
    assert [b["name"] for b in points] == (
        ["Pain: 0 of 10, no pain"] + [f"Pain: {n} of 10" for n in range(1, 10)] + ["Pain: 10 of 10, worst imaginable"]
    ), scale["buttons"]
