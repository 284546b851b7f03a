"""The app's start does not keep the source of every module it imports (PySide's import hook reads
each one to ask whether it uses PySide; ui/common/pyside_startup.py answers from the bytes instead)."""

from __future__ import annotations

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
