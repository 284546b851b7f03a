"""The Qt-free layers stay Qt-free, so they can be tested and reused without a display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import rehab_desktop.core
import rehab_desktop.store


def test_core_and_store_import_no_qt():
    modules = [f"rehab_desktop.core.{m.name}" for m in pkgutil.iter_modules(rehab_desktop.core.__path__)]
    modules += [f"rehab_desktop.store.{m.name}" for m in pkgutil.iter_modules(rehab_desktop.store.__path__)]
    modules += ["rehab_desktop.paths", "rehab_desktop.cli"]
    assert len(modules) > 4
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
            + "print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
