"""The app's start does not keep the source of every module it imports (PySide's import hook reads
each one to ask whether it uses PySide; ui/common/pyside_startup.py answers from the bytes instead)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys

# A whole start, as the user's: the window is built, shown, painted once, and the app quits.
START = r"""
import json, linecache, sys
sys.argv = ["rehab-desktop", "--smoke-test", "--data-dir", sys.argv[1]]
from rehab_desktop.app import main
code = main()
feature = sys.modules["shibokensupport.feature"]
print(json.dumps({
    "code": code,
    "kept": sorted(k for k in linecache.cache if "rehab_desktop" in k),
    "window": feature.pyside_feature_dict.get("rehab_desktop.ui.shell.main_window"),
    "core": feature.pyside_feature_dict.get("rehab_desktop.core.phases"),
}))
"""


def run_start(tmp_path) -> dict:
    (tmp_path / "settings.ini").write_text("[app]\nwelcomed=true\n")
    out = subprocess.run([sys.executable, "-c", START, str(tmp_path)], capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.splitlines()[-1])


def test_a_start_keeps_no_module_source_and_pyside_still_knows_which_modules_use_it(tmp_path):
    result = run_start(tmp_path)
    assert result["code"] == 0
    assert result["kept"] == []  # PySide's own hook would keep all of them, some 4.6 MiB
    # The question PySide asks is still answered, the same way: 0 = uses PySide, -1 = ignore.
    assert result["window"] == 0
    assert result["core"] == -1


def test_the_hook_is_where_pyside_keeps_it():
    """When a PySide release moves it, this fails first (the start would quietly grow again)."""
    out = subprocess.run([sys.executable, "-c",
                          "from rehab_desktop.ui.common.pyside_startup import lighten_import_hook as f; "
                          "print(f(), f())"], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["True", "True"], out.stderr


# The same start, noting each size the instructions are laid out at before the first frame, and what
# was imported by then.
FIRST_FRAME = r"""
import os, sys  # not json: whether the app imports it is asked
sys.argv = ["rehab-desktop", "--smoke-test", "--data-dir", sys.argv[1]]
from PySide6.QtCore import QEvent
import rehab_desktop.app as app
from rehab_desktop.ui.exercises.instructions import InstructionView
sizes = []
event = InstructionView.event
def noting(view, e):
    if e.type() == QEvent.Type.Resize and e.size() != e.oldSize():
        sizes.append(list(e.size().toTuple()))
    return event(view, e)
InstructionView.event = noting
def at_first_paint(qapp, window):
    def report():
        print(repr({"sizes": sizes, "final": list(window.instructions.size().toTuple()),
                    "modules": sorted(sys.modules)}), flush=True)
        window.close()
    window.first_painted.connect(report)
app._quit_after_first_paint = at_first_paint
sys.exit(app.main())
"""

LAPTOP = os.path.join(os.path.dirname(__file__), "data", "offscreen-screen.json")  # 1280x800


def first_frame(data_dir, screen: str = LAPTOP, language: str = "") -> dict:
    data_dir.mkdir(exist_ok=True)
    settings = data_dir / "settings.ini"
    if not settings.exists():
        settings.write_text("[app]\nwelcomed=true\n" + (f"language={language}\n" if language else ""))
    platform = f"offscreen:configfile={screen}" if screen else "offscreen"
    out = subprocess.run([sys.executable, "-c", FIRST_FRAME, str(data_dir)], capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": platform}, timeout=120)
    assert out.returncode == 0, out.stderr
    return ast.literal_eval(out.stdout.splitlines()[-1])


def test_the_instructions_are_laid_out_once_before_the_first_frame(tmp_path):
    """Every instruction label is laid out again at each new size of the pane (about 3 ms each time). The
    window gives the page its final size before it appears, so the first frame takes one layout, on the
    first start (no saved window), on the next (the saved one) and on a screen too narrow for three panes."""
    for screen in (LAPTOP, ""):
        data = tmp_path / ("laptop" if screen else "narrow")
        for start in ("first", "next"):
            frame = first_frame(data, screen)
            assert frame["sizes"] == [frame["final"]], (screen, start, frame["sizes"])
        assert frame["final"][0] > (400 if screen else 700)  # three panes; one pane across the narrow window


def test_an_english_start_imports_nothing_it_does_not_show(tmp_path):
    """What the first frame does not use is imported when first used: the commands' parsers, the library's
    translation overlay, the message boxes' module, json (saved reminder or session state, own exercises),
    configparser (desktop settings files, read only when they exist)."""
    modules = set(first_frame(tmp_path / "en")["modules"])
    left_out = {"rehab_desktop.cli", "rehab_desktop.cli.history", "rehab_desktop.core.library_overlay", "json",
                "configparser", "unicodedata", "rehab_desktop.ui.plan.pane", "rehab_desktop.ui.history.pane"}
    assert not modules & left_out, sorted(modules & left_out)
    assert "rehab_desktop.ui.shell.main_window" in modules  # the start was read at its first frame
    spanish = set(first_frame(tmp_path / "es", language="es")["modules"])
    assert "rehab_desktop.core.library_overlay" in spanish  # Spanish needs the overlay: it is read then
