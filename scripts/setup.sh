#!/usr/bin/env bash
# Sets up everything rehab-desktop needs on Debian or Ubuntu: the system libraries Qt uses
# (installed with apt when missing), then a virtual environment in .venv with the app
# installed into it the way a user gets it (pip install ., not editable).
# Usage: scripts/setup.sh [run|test|build]   (test adds the test tools; build, what packaging needs)
set -euo pipefail
cd "$(dirname "$0")/.."
purpose=${1:-run}
again=${SETUP_CALLER:-$0}   # what the person typed, to run again after installing by hand
optional=()

# Qt's widgets, fonts for the printed pages, audio (libpulse0) and the X11 platform plugin.
packages=(
  libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  libpulse0 libxrandr2 libcups2
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
)
if [ "$purpose" = run ] || [ "$purpose" = build ]; then
  optional=(speech-dispatcher speech-dispatcher-espeak-ng espeak-ng)   # spoken cues (the app speaks to the daemon itself); it runs silently without
fi
if [ "$purpose" = test ] || [ "$purpose" = build ]; then
  packages+=(binutils)   # PyInstaller reads the libraries it bundles with objdump
fi
if [ "$purpose" = test ]; then
  packages+=(desktop-file-utils appstream)   # the packaging tests validate the .desktop and metainfo files
  packages+=(poppler-utils)   # pdftotext: tests read the printed week and the summary back as text
  packages+=(pulseaudio)   # tests/test_cue_sounds.py: the cues played through a real sound server (a silent sink)
  packages+=(xvfb xauth)   # ...and open the frozen app in a real X11 window
  # tests/test_accessibility.py: the app seen through AT-SPI, as a screen reader sees it (a session
  # bus, the accessibility bus, pyatspi for the system python3, xdotool to press keys)
  packages+=(dbus at-spi2-core python3-pyatspi xdotool)
  # tests/test_notify_dbus.py and test_remind_command.py: reminders reach a real notification daemon
  packages+=(dunst)
fi
python=${PYTHON:-python3}
if ! command -v "$python" >/dev/null 2>&1 || ! "$python" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  packages+=(python3 python3-venv)
fi
# PyInstaller bundles the interpreter's shared library; Debian ships it apart from its Python.
if { [ "$purpose" = test ] || [ "$purpose" = build ]; } && command -v "$python" >/dev/null 2>&1 \
   && [ "$("$python" -c 'import sys; print(sys.base_prefix)')" = /usr ]; then
  packages+=("libpython$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')")
fi

# The whole list is worked out once, so one command installs everything.
install_missing() {  # install_missing PACKAGE...: apt-get install those not installed yet, and nothing else
  local missing=() needed=0 p
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "setup: not a Debian or Ubuntu system; make sure these (or your system's equivalents) are installed:" >&2
    echo "  $*" >&2
    return 0
  fi
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
      [[ " ${optional[*]} " == *" $p "* ]] || needed=1
    fi
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  # --no-upgrade: a package already installed is left at its version; only what is missing comes in.
  local command="apt-get install -y --no-install-recommends --no-upgrade ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: ${#missing[@]} system package(s) are missing: ${missing[*]}" >&2
    if [ "$needed" = 1 ]; then
      echo "setup: installing them needs root, so nothing was installed and .venv was not set up." >&2
    else
      echo "setup: they are for spoken cues only, so the set-up goes on without them (cues are shown, not spoken)." >&2
    fi
    if command -v sudo >/dev/null 2>&1; then
      echo "setup: to install them, run this, then $again again:" >&2
      echo "  sudo apt-get update && sudo $command" >&2
    else
      echo "setup: there is no sudo here; as root (for example after 'su -'), run this, then $again again:" >&2
      echo "  apt-get update && $command" >&2
    fi
    [ "$needed" = 0 ] || exit 1
    return 0
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  echo "setup: installing ${#missing[@]} missing system package(s): ${missing[*]}"
  local upgrades
  upgrades=$(apt-get install -s --no-install-recommends --no-upgrade "${missing[@]}" 2>/dev/null \
             | sed -n 's/^Inst \([^ ]*\) \[.*/\1/p' | tr '\n' ' ')
  [ -z "$upgrades" ] || echo "setup: they need newer versions of: $upgrades(apt upgrades those too)"
  $command -q
}
install_missing "${packages[@]}" "${optional[@]}"

"$python" - <<'PY' || { echo "setup: Python 3.11 or newer is needed" >&2; exit 1; }
import sys
sys.exit(sys.version_info < (3, 11))
PY

[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
extra=""
[ "$purpose" = test ] && extra="[test]"
.venv/bin/python -m pip install -q --disable-pip-version-check ".$extra"
