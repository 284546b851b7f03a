"""Writing a user-chosen file: standard output, devices and FIFOs written through, symlinks followed, atomic else."""

from __future__ import annotations

import os
import stat
import threading

import pytest

from rehab_desktop.store.output import OutputError, open_output


def write(target, data: bytes = b"new contents\n"):
    with open_output(target) as f:
        f.write(data)


def test_a_new_file_appears_complete_with_normal_permissions(tmp_path):
    target = tmp_path / "out.csv"
    write(target)
    assert target.read_bytes() == b"new contents\n"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temporary file left


def test_a_regular_file_is_replaced_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old\n")
    target.chmod(0o640)
    write(target)
    assert target.read_bytes() == b"new contents\n" and stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failure_half_way_leaves_the_old_file_and_no_litter(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), open_output(target, encoding="utf-8") as f:
        f.write("half of it")
        raise RuntimeError("the export failed")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_symlink_writes_the_file_it_points_to_and_stays_a_link(tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to("real.csv")
    write(link)
    assert link.is_symlink() and os.readlink(link) == "real.csv"
    assert real.read_bytes() == b"new contents\n"


def test_a_dangling_symlink_creates_the_file_it_names(tmp_path):
    link = tmp_path / "link.csv"
    link.symlink_to(tmp_path / "later.csv")
    write(link)
    assert link.is_symlink() and (tmp_path / "later.csv").read_bytes() == b"new contents\n"


def test_a_fifo_is_written_through_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    write(fifo)
    reader.join(10)
    assert got == [b"new contents\n"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_dev_null_is_written_through_and_untouched():
    before = os.lstat("/dev/null")
    write("/dev/null")
    after = os.lstat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_dash_is_standard_output_in_text_and_binary(capfd):
    with open_output("-", encoding="utf-8") as f:
        f.write("a,b\r\nü\r\n")
    with open_output("-") as f:
        f.write(b"%PDF-")
    assert capfd.readouterr().out == "a,b\r\nü\r\n%PDF-"


@pytest.mark.parametrize("make, words", [
    (lambda p: p / "missing" / "out.csv", "does not exist"),
    (lambda p: p, "it is a folder"),
    (lambda p: (p / "a-file").write_text("x") and p / "a-file" / "out.csv", "does not exist"),
])
def test_refusals_name_the_file(tmp_path, make, words):
    target = make(tmp_path)
    with pytest.raises(OutputError) as err:
        write(target)
    assert str(target) in err.value.message and words in err.value.message


def test_a_full_disk_is_named():
    # /dev/full is a character device (written through) whose every write fails with "no space left".
    with pytest.raises(OutputError) as err:
        write("/dev/full", b"x" * 100_000)
    assert err.value.message == "Can't write /dev/full: the disk is full."
