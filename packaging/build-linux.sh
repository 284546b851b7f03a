#!/usr/bin/env bash
# Builds the one-folder Linux app from a clone of this repository: dist/rehab-desktop/, with the
# program at dist/rehab-desktop/rehab-desktop. Works from any directory.
#
# Usage: packaging/build-linux.sh [--python PY] [--distpath DIR] [--workpath DIR]
#   With no --python: runs scripts/setup.sh (system libraries through apt, and .venv with the app
#   and its dependencies), adds PyInstaller to .venv, and builds with .venv/bin/python.
#   --python PY   build with this interpreter as it is (it needs the app's dependencies and
#                 PyInstaller >= 6 already; the tests pass their own); no set-up is done.
#   --distpath    where the rehab-desktop folder goes (default: dist/ in the repository)
#   --workpath    PyInstaller's scratch folder (default: build/pyinstaller/ in the repository)
#
# The folder runs on Linux systems with the same or a newer glibc than the build machine, so build
# on the oldest distribution you want to support.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
python=""
distpath=$root/dist
workpath=$root/build/pyinstaller
while [ $# -gt 0 ]; do
  case $1 in
    --python) python=$2; shift 2;;
    --distpath) distpath=$2; shift 2;;
    --workpath) workpath=$2; shift 2;;
    -h|--help) sed -n '2,14p' "$0"; exit 0;;
    *) echo "build-linux: unknown argument '$1' (see --help)" >&2; exit 2;;
  esac
done

cd "$root"
if [ -z "$python" ]; then
  scripts/setup.sh build
  python=$root/.venv/bin/python
  "$python" -m pip install -q --disable-pip-version-check "pyinstaller>=6"
fi
"$python" -c 'import PyInstaller, PySide6' 2>/dev/null || {
  echo "build-linux: $python lacks PyInstaller or PySide6" >&2; exit 1; }

start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$distpath" --workpath "$workpath" packaging/rehab-desktop.spec
app=$distpath/rehab-desktop/rehab-desktop
[ -x "$app" ] || { echo "build-linux: $app was not built" >&2; exit 1; }
echo "build-linux: built $app ($("$app" --version)) in $(( $(date +%s) - start )) s;" \
     "the folder is $(du -sh "$distpath/rehab-desktop" | cut -f1)"
