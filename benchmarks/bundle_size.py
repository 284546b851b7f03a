"""Prints the size of the one-folder Linux bundle (dist/rehab-desktop/) and what takes the room.

    python benchmarks/bundle_size.py [--dist DIR] [--build] [--top 12]

The size is `du -sb` of the folder (bytes, every file once), in MB of 10^6 bytes. The parts are
counted from the same files, each file in the first part it fits, in this order: the TLS libraries
(libssl, libcrypto), Qt Quick (libQt6Quick*, the qml/QtQuick folder), Qt QML (libQt6Qml*, the rest
of qml/), ICU, the Qt plugins (PySide6/Qt/plugins), the other Qt libraries (PySide6/Qt/lib), the
PySide6 and shiboken6 modules, the Python runtime, other shared libraries and everything else;
the biggest files are listed after them.

--dist DIR: the folder PyInstaller built into (holding rehab-desktop/), or the bundle itself;
default: dist/ of this repository. --build: build it first with packaging/build-linux.sh, with this
interpreter (the venv's, PyInstaller in it) into --dist (default then /tmp/rehab-bench/dist, so a
build elsewhere is never overwritten) and a scratch folder beside it. Without --build nothing is
built: a missing bundle is reported as such.
Goal (issue "Fast and light"): at most 130 MB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _xvfb as bench  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOAL_MB = 130.0
BUILD_DIST = bench.BENCH_CACHE / "dist"

# (part, test on the path inside the bundle, lower case): the first that fits takes the file.
def _name(path: str) -> str:
    return path.rsplit("/", 1)[-1]


PARTS = [
    ("TLS libraries (libssl, libcrypto)", lambda p: _name(p).startswith(("libssl", "libcrypto"))),
    ("Qt Quick (libQt6Quick*, qml/QtQuick)", lambda p: "libqt6quick" in p or "/qml/qtquick" in p),
    ("Qt QML (libQt6Qml*, qml/)", lambda p: "libqt6qml" in p or "/qml/" in p),
    ("ICU (libicu*: Unicode data for Qt)", lambda p: _name(p).startswith("libicu")),
    ("Qt plugins (PySide6/Qt/plugins)", lambda p: "/qt/plugins/" in p),
    ("Qt libraries (PySide6/Qt/lib, libQt6*)", lambda p: "/qt/lib/" in p or _name(p).startswith("libqt6")),
    ("PySide6 and shiboken6 modules", lambda p: "pyside6" in p or "shiboken6" in p),
    ("Python runtime (libpython, its extension modules, base_library.zip)", lambda p: "libpython" in p
     or "/python3." in p or "lib-dynload" in p or p.endswith("base_library.zip")),
    ("other shared libraries (audio, X11, glib, ...)", lambda p: ".so" in _name(p)),
    ("everything else (the program, the app's files)", lambda p: True),
]


def bundle_folder(dist: Path) -> Path:
    return dist / "rehab-desktop" if (dist / "rehab-desktop").is_dir() else dist


def du_bytes(folder: Path) -> int:
    done = subprocess.run(["du", "-sb", str(folder)], capture_output=True, text=True, check=True, timeout=120)
    return int(done.stdout.split()[0])


def files(folder: Path) -> list[tuple[str, int]]:
    """(path inside the bundle, bytes) of every file, hard links once, symbolic links by their own size."""
    seen: set[tuple[int, int]] = set()
    out = []
    for here, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(here, name)
            st = path.lstat()
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            out.append(("/" + str(path.relative_to(folder)), st.st_size))
    return out


def build(dist: Path) -> None:
    script = ROOT / "packaging" / "build-linux.sh"
    work = dist.parent / (dist.name + "-work")
    print(f"building with {script.relative_to(ROOT)} into {dist} ...", flush=True)
    began = time.monotonic()
    subprocess.run(["bash", str(script), "--python", sys.executable, "--distpath", str(dist), "--workpath",
                    str(work)], check=True, timeout=1800)
    print(f"  built in {time.monotonic() - began:.0f} s")


def run(dist: Path, top: int = 12) -> dict:
    folder = bundle_folder(dist)
    if not (folder / "rehab-desktop").exists():
        return {"folder": str(folder), "missing": True, "load": bench.load()}
    total = du_bytes(folder)
    parts = {name: 0 for name, _ in PARTS}
    listed = files(folder)
    for path, size in listed:
        low = path.lower()
        parts[next(name for name, fits in PARTS if fits(low))] += size
    biggest = sorted(listed, key=lambda f: -f[1])[:top]
    return {"folder": str(folder), "missing": False, "total": total, "parts": parts, "biggest": biggest,
            "files": len(listed), "load": bench.load()}


def report(r: dict) -> list[dict]:
    if r["missing"]:
        print(f"bundle: {r['folder']} is not built (build it with packaging/build-linux.sh, or run this with --build)")
        return [bench.row("one-folder bundle (packaging/build-linux.sh) size", "not built here", "",
                          f"at most {GOAL_MB:.0f} MB", None, r["load"])]
    mb = r["total"] / 1e6
    print(f"bundle {r['folder']}: {mb:.1f} MB (du -sb), {r['files']} files   (goal: at most {GOAL_MB:.0f} MB: "
          f"{'met' if mb <= GOAL_MB else 'MISSED'}); {r['load']}")
    for name, size in sorted(r["parts"].items(), key=lambda kv: -kv[1]):
        print(f"  {name:68} {size / 1e6:7.1f} MB")
    print("  biggest files:")
    for path, size in r["biggest"]:
        print(f"    {size / 1e6:6.1f} MB  {path}")
    return [bench.row("one-folder bundle (packaging/build-linux.sh) size", f"{mb:.1f} MB", "",
                      f"at most {GOAL_MB:.0f} MB", mb <= GOAL_MB, r["load"])]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dist", type=Path, help="PyInstaller's dist folder, or the bundle itself (default: dist/)")
    ap.add_argument("--build", action="store_true", help=f"build first (into --dist, default {BUILD_DIST})")
    ap.add_argument("--top", type=int, default=12, help="biggest files listed (default 12)")
    ap.add_argument("--json", type=Path, help="also write the table's row here (for all.py)")
    args = ap.parse_args(argv)
    dist = args.dist or (BUILD_DIST if args.build else ROOT / "dist")
    if args.build:
        build(dist)
    bench.write_rows(args.json, report(run(dist, args.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
