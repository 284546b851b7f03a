"""scripts/setup.sh on a machine we describe: which packages it finds missing, what it prints and runs.

dpkg-query, apt-get, id, sudo and python3 are stand-ins on a PATH of their own, so each case is a
machine of its own (root or not, sudo or not, Debian's Python or another) and nothing is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUN_PACKAGES = {"libgl1", "libegl1", "libxkbcommon0", "libglib2.0-0", "libfontconfig1", "libdbus-1-3",
                "fonts-dejavu-core", "libpulse0", "libxrandr2", "libcups2", "libxcb-cursor0", "libxcb-icccm4",
                "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1",
                "libxkbcommon-x11-0", "libx11-xcb1"}
SPEECH = {"speech-dispatcher", "speech-dispatcher-espeak-ng", "espeak-ng"}

STUBS = {
    "dpkg-query": """#!/bin/bash
p="${@: -1}"
grep -qx "$p" "$FAKE/installed" && echo "install ok installed" && exit 0
echo "dpkg-query: no packages found matching $p" >&2; exit 1
""",
    "apt-get": """#!/bin/bash
echo "apt-get $*" >> "$FAKE/apt.log"
[[ " $* " == *" -s "* ]] && [ -f "$FAKE/upgrades" ] && cat "$FAKE/upgrades"
exit 0
""",
    "id": """#!/bin/bash
echo "$FAKE_UID"
""",
    "python3": """#!/bin/bash
case "$*" in
  *ensurepip*) exit 0 ;;
  *base_prefix*) echo "$FAKE_PREFIX" ;;
  *version_info*) echo 3.11 ;;
  "-") cat >/dev/null ;;
  "-m venv .venv") mkdir -p .venv/bin
    printf '#!/bin/bash\\necho "venv-python $*" >> "$FAKE/apt.log"\\n' > .venv/bin/python
    chmod +x .venv/bin/python ;;
esac
""",
}


def machine(tmp_path: Path, installed: set[str], uid: int, sudo: bool, prefix: str = "/opt/python",
            upgrades: str = "") -> tuple[Path, dict[str, str]]:
    fake, bin_dir, checkout = tmp_path / "fake", tmp_path / "bin", tmp_path / "checkout"
    for d in (fake, bin_dir, checkout / "scripts"):
        d.mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "setup.sh", checkout / "scripts" / "setup.sh")
    (fake / "installed").write_text("".join(p + "\n" for p in sorted(installed)))
    if upgrades:
        (fake / "upgrades").write_text(upgrades)
    stubs = dict(STUBS)
    if sudo:
        stubs["sudo"] = '#!/bin/bash\nexec "$@"\n'
    for name, text in stubs.items():
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    for tool in ("bash", "env", "dirname", "grep", "sed", "tr", "cat", "mkdir", "chmod", "printf"):
        found = shutil.which(tool)
        if found and not (bin_dir / tool).exists():
            (bin_dir / tool).symlink_to(found)
    env = {"PATH": str(bin_dir), "FAKE": str(fake), "FAKE_UID": str(uid), "FAKE_PREFIX": prefix,
           "HOME": str(tmp_path), "SETUP_CALLER": "./run.sh"}
    return checkout, env


def setup(checkout: Path, env: dict[str, str], purpose: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(checkout / "scripts" / "setup.sh"), purpose], cwd=checkout, env=env,
                          capture_output=True, text=True, timeout=60)


def apt_log(env) -> list[str]:
    log = Path(env["FAKE"]) / "apt.log"
    return log.read_text().splitlines() if log.exists() else []


@pytest.mark.parametrize("sudo", [True, False])
def test_without_root_it_prints_one_complete_command_and_installs_nothing(tmp_path, sudo):
    # Debian's own Python: the test set-up also needs its shared library, in the same one list.
    checkout, env = machine(tmp_path, installed={"libgl1", "libegl1"}, uid=1000, sudo=sudo, prefix="/usr")
    out = setup(checkout, env, "test")
    assert out.returncode == 1
    assert "installing" not in out.stdout + out.stderr.replace("installing them needs root", "")
    assert "nothing was installed and .venv was not set up" in out.stderr
    (command,) = [line.strip() for line in out.stderr.splitlines() if "apt-get install" in line]
    if sudo:
        assert command.startswith("sudo apt-get update && sudo apt-get install ")
    else:
        assert "no sudo here" in out.stderr and "sudo" not in command
        assert command.startswith("apt-get update && apt-get install ")
    named = set(command.split("--no-upgrade", 1)[1].split())
    assert "libpython3.11" in named and "libgl1" not in named and "xvfb" in named
    assert (RUN_PACKAGES - {"libgl1", "libegl1"}) <= named
    assert apt_log(env) == [] and not (checkout / ".venv").exists()
    assert "then ./run.sh again" in out.stderr


def test_without_root_missing_speech_only_still_sets_up(tmp_path):
    checkout, env = machine(tmp_path, installed=RUN_PACKAGES, uid=1000, sudo=True)
    out = setup(checkout, env, "run")
    assert out.returncode == 0, out.stderr
    assert "for spoken cues only" in out.stderr
    (command,) = [line.strip() for line in out.stderr.splitlines() if "apt-get install" in line]
    assert set(command.split("--no-upgrade", 1)[1].split()) == SPEECH
    assert apt_log(env)[0].startswith("venv-python -m pip")  # the app itself was set up
    assert not any(line.startswith("apt-get") for line in apt_log(env))


def test_as_root_it_installs_only_what_is_missing_and_says_so_first(tmp_path):
    checkout, env = machine(tmp_path, installed=RUN_PACKAGES - {"libcups2"}, uid=0, sudo=False,
                            upgrades="Inst libcups2 (2.4.2-3+deb12u8 Debian:12/stable [amd64])\n"
                                     "Inst libc6 [2.36-9] (2.36-9+deb12u14 Debian:12/stable [amd64])\n")
    out = setup(checkout, env, "run")
    assert out.returncode == 0, out.stderr
    missing = sorted({"libcups2"} | SPEECH)
    (said,) = [line for line in out.stdout.splitlines() if "installing" in line]
    assert said.startswith(f"setup: installing {len(missing)} missing system package(s): ")
    assert set(said.split("package(s): ", 1)[1].split()) == set(missing)
    assert "they need newer versions of: libc6" in out.stdout  # an upgrade is said before it happens
    installs = [line for line in apt_log(env) if line.startswith("apt-get install") and " -s " not in line]
    (install,) = installs
    assert "--no-upgrade" in install and set(install.split("--no-upgrade", 1)[1].split()) - {"-q"} == set(missing)


def test_nothing_missing_runs_no_apt_at_all(tmp_path):
    checkout, env = machine(tmp_path, installed=RUN_PACKAGES | SPEECH, uid=0, sudo=False)
    out = setup(checkout, env, "run")
    assert out.returncode == 0, out.stderr
    assert "setup:" not in out.stdout + out.stderr
    assert not any(line.startswith("apt-get") for line in apt_log(env))


def test_run_sh_names_itself_for_the_second_run():
    assert "SETUP_CALLER=./run.sh scripts/setup.sh run" in (ROOT / "run.sh").read_text()
    assert "SETUP_CALLER=./test.sh scripts/setup.sh test" in (ROOT / "test.sh").read_text()
    assert os.access(ROOT / "scripts" / "setup.sh", os.X_OK)
