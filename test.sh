#!/usr/bin/env bash
# Sets everything up (see scripts/setup.sh), lints with ruff, and runs the whole test suite headless.
# The tests import the installed package, not this folder, so packaging mistakes show up here.
set -euo pipefail
cd "$(dirname "$0")"
SETUP_CALLER=./test.sh scripts/setup.sh test
.venv/bin/ruff check .   # a new lint finding fails the run, as a failing test does
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/pytest "$@"
