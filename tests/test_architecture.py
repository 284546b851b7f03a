"""The layers keep their shape: core/ and store/ stay Qt-free, ui/ reaches them only through their
public names and never imports the composition root or the commands, and every package ships."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import rehab_desktop.cli
import rehab_desktop.core
import rehab_desktop.store

ROOT = Path(__file__).resolve().parents[1]  # this checkout: its sources, pyproject.toml and resources/
PACKAGE = ROOT / "rehab_desktop"


def _modules(package) -> list[str]:
    return [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]


def _imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, module, names) for every import in the file, at any depth (lazy imports count too)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name, []) for a in node.names]
    return found


def _ui_files() -> list[Path]:
    files = sorted((PACKAGE / "ui").rglob("*.py"))
    assert len(files) > 40
    return files


def test_core_store_and_commands_import_no_qt():
    modules = _modules(rehab_desktop.core) + _modules(rehab_desktop.store) + _modules(rehab_desktop.cli)
    modules += ["rehab_desktop.paths", "rehab_desktop.shipped", "rehab_desktop.app"]
    assert len(modules) > 30
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
            + "print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_core_and_store_never_import_the_ui():
    for layer in ("core", "store"):
        for path in sorted((PACKAGE / layer).glob("*.py")):
            for line, module, _ in _imports(path):
                assert not module.startswith(("rehab_desktop.ui", "rehab_desktop.cli", "rehab_desktop.app")), \
                    f"{path.relative_to(ROOT)}:{line} imports {module}"


def test_ui_reaches_core_and_store_through_public_names_only():
    problems = []
    for path in [*_ui_files(), *sorted((PACKAGE / "cli").glob("*.py"))]:
        where = path.relative_to(ROOT)
        for line, module, names in _imports(path):
            private = [n for n in names if n.startswith("_")]
            if module.startswith("rehab_desktop.store.") or module == "rehab_desktop.store" and private:
                problems.append(f"{where}:{line}: store is reached through rehab_desktop.store's own names "
                                f"({module} {names})")
            if module.startswith("rehab_desktop.core") and (private or any(
                    part.startswith("_") for part in module.split("."))):
                problems.append(f"{where}:{line}: private core name ({module} {names})")
    assert problems == []


def test_the_store_package_exports_every_name_it_lists():
    missing = [name for name in rehab_desktop.store.__all__ if not hasattr(rehab_desktop.store, name)]
    assert missing == []


def test_nothing_under_ui_imports_the_composition_root_or_the_commands():
    bad = [f"{path.relative_to(ROOT)}:{line} imports {module} {names}"
           for path in _ui_files() for line, module, names in _imports(path)
           if module in ("rehab_desktop.app", "rehab_desktop.cli") or module.startswith("rehab_desktop.cli.")
           or (module == "rehab_desktop" and {"app", "cli"} & set(names))]
    assert bad == []


def test_every_package_in_the_tree_is_in_the_wheel():
    """pyproject.toml lists the packages by hand (resources/ is mapped in); a new folder must be added."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    in_tree = {".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py")}
    assert in_tree - listed == set()
    assert config["package-dir"] == {"rehab_desktop.resources": "resources"}
    shipped = {"rehab_desktop.resources." + p.name for p in (ROOT / "resources").iterdir() if p.is_dir()}
    assert shipped | {"rehab_desktop.resources"} <= listed
