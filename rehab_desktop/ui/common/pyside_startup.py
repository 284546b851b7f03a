"""PySide6's import hook, made light before the window's modules are imported.

After PySide6 is first imported, its hook asks of every module imported later whether the module
"uses PySide" (for the opt-in `from __feature__ import ...` switches, PYSIDE-2029), and answers
with `inspect.getsource(module)`: each module's whole source is read, split into lines and kept in
`linecache` for the life of the process. For this app that is about 200 modules, some 4.6 MiB kept
and 10 ms of the start, spent on a question whose answer the app never uses (it switches no
features). The same question is answered here from the file's bytes, which are not kept.

The hook lives in PySide's private `shibokensupport` package; when a release renames it, nothing
is changed and the start is as PySide made it (a test says so first: tests/test_startup_light.py).
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (installs the hook this module lightens)


def lighten_import_hook() -> bool:
    """Replace PySide's source reading by a byte search. True when the hook was found and replaced."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "lightened", False):
        return original is not None

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # built-in, compiled or unusual: as PySide answers it
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.lightened = True
    feature._mod_uses_pyside = uses_pyside
    return True
