#!/usr/bin/env bash
# Sets everything up (see scripts/setup.sh) and starts rehab-desktop; arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")"
SETUP_CALLER=./run.sh scripts/setup.sh run
exec .venv/bin/rehab-desktop "$@"
