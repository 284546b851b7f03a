"""Backups as a user meets them: the chosen folder, backing up now, the restore list in local time, and
the weekly backup made at start-up."""

from __future__ import annotations

import threading
import time
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from rehab_desktop.store import Store
from rehab_desktop.store.backup import back_up
from rehab_desktop.ui.common import style
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.shell.restore_dialog import RestoreDialog
from rehab_desktop.ui.shell.settings_dialog import SettingsDialog
from rehab_desktop.ui.shell.weekly_backup import run_weekly_backup
from tests.helpers import layout_checks


@pytest.fixture(autouse=True)
def normal_size(qapp):
    style.apply_text_scale(qapp, 1.0)
    yield
    style.apply_text_scale(qapp, 1.0)


@pytest.fixture
def new_york(monkeypatch):
    """Local time is New York's for the test (five hours behind UTC in December), and back after."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def dialog_for(w, qtbot):
    d = SettingsDialog(w.prefs, w.cues, w.service, lambda: w.session.is_open, w)
    qtbot.addWidget(d)
    return d


def one_session(w, notes="kept"):
    repo = w.session.repo
    sid = repo.open_session(datetime(2026, 5, 1, 9).astimezone())
    repo.finish_session(sid, datetime(2026, 5, 1, 10).astimezone(), notes=notes)


def test_choosing_a_folder_shows_it_keeps_it_and_back_up_now_writes_there(make_window, qtbot, tmp_path,
                                                                          monkeypatch, data_dir):
    w = make_window()
    one_session(w)
    usb = tmp_path / "media" / "usb"
    usb.mkdir(parents=True)
    d = dialog_for(w, qtbot)
    assert d.folder_label.full_text == str(data_dir / "backups")  # the usual folder to begin with
    assert not d.default_button.isEnabled()
    asked = []

    def pick(parent, caption, start):
        asked.append(start)
        return str(usb)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", pick)
    qtbot.mouseClick(d.choose_button, Qt.MouseButton.LeftButton)
    assert d.folder_label.full_text == str(usb) and d.folder_label.toolTip() == str(usb)
    assert d.folder_label.accessibleName() == f"Backup folder: {usb}"
    assert PreferenceStore(data_dir).values.backup_folder == str(usb)  # kept for the next start
    assert d.data_note.text() == f"Backups now go to {usb}."
    qtbot.mouseClick(d.backup_button, Qt.MouseButton.LeftButton)
    made = list(usb.glob("history-backup-*.sqlite3"))
    assert len(made) == 1 and d.data_note.text() == f"Backed up to {made[0]}"
    assert not (data_dir / "backups").exists()
    qtbot.mouseClick(d.default_button, Qt.MouseButton.LeftButton)
    assert d.folder_label.full_text == str(data_dir / "backups")
    assert PreferenceStore(data_dir).values.backup_folder == ""


def test_back_up_now_to_a_missing_stick_says_so_in_the_note(make_window, qtbot, tmp_path, monkeypatch):
    w = make_window()
    stick = tmp_path / "usb"
    stick.mkdir()
    d = dialog_for(w, qtbot)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(stick))
    d.choose_folder()
    stick.rmdir()  # the stick was pulled out
    d.back_up()
    assert d.data_note.text().startswith(f"The backup failed: Couldn't back up to {stick}: the folder is not there")
    assert not stick.exists()


def test_weekly_and_keep_are_settings(make_window, qtbot, data_dir):
    w = make_window()
    d = dialog_for(w, qtbot)
    assert d.weekly.isChecked() and d.keep.value() == 5 and (d.keep.minimum(), d.keep.maximum()) == (1, 20)
    d.keep.setValue(3)
    d.weekly.setChecked(False)
    assert not d.keep.isEnabled()
    saved = PreferenceStore(data_dir).values
    assert (saved.backup_weekly, saved.backup_keep) == (False, 3)


def test_the_restore_list_reads_local_dates_and_times_in_full(make_window, qtbot, data_dir, new_york):
    w = make_window()
    one_session(w)
    db = w.service.store.db
    back_up(db, automatic=True, clock=lambda: datetime(2026, 12, 1, 23, 4, tzinfo=UTC))
    back_up(db, clock=lambda: datetime(2026, 12, 2, 3, 30, tzinfo=UTC))  # still the 1st in New York
    picker = RestoreDialog(data_dir / "backups")
    qtbot.addWidget(picker)
    assert picker.rows() == ["Tuesday 1 December 2026, 22:30 \u00b7 made by hand",
                             "Tuesday 1 December 2026, 18:04 \u00b7 automatic"]
    assert picker.list.currentRow() == 0 and picker.restore_button.isEnabled()


def test_restoring_from_the_list_asks_then_replaces_the_history(make_window, qtbot, data_dir, monkeypatch):
    w = make_window()
    one_session(w, "in the backup")
    d = dialog_for(w, qtbot)
    d.back_up()
    one_session(w, "made later")

    def pick_the_first(self):
        self.list.setCurrentRow(0)
        self.restore_button.click()
        return self.result()

    monkeypatch.setattr(RestoreDialog, "exec", pick_the_first)
    questions = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: questions.append(a[2]) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(w.service.changed, check_params_cb=lambda change: change.everything):
        d.choose_restore()
    assert "Replace your history with this backup?" in questions[0]
    assert [s.notes for s in w.session.repo.sessions_between(date(2026, 5, 1), date(2026, 5, 1))] == ["in the backup"]
    assert d.data_note.text().startswith("Restored.")


def test_other_file_restores_a_file_from_elsewhere(qtbot, tmp_path, monkeypatch):
    picker = RestoreDialog(tmp_path / "empty")
    qtbot.addWidget(picker)
    assert picker.rows() == [] and not picker.restore_button.isVisible()
    elsewhere = tmp_path / "mail" / "history.sqlite3"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(elsewhere), ""))
    picker.other_button.click()
    assert picker.chosen == elsewhere and picker.result() == QDialog.DialogCode.Accepted


def test_the_weekly_backup_is_made_after_the_first_paint_once_a_week(make_window, qtbot, data_dir, history,
                                                                      monkeypatch):
    history.add(date(2026, 11, 30))
    history.close()
    monday = datetime(2026, 11, 30, 20, 0).astimezone()
    made_on = []
    real = Store.auto_back_up

    def watched(store, *args):
        made_on.append(threading.current_thread())
        return real(store, *args)

    monkeypatch.setattr(Store, "auto_back_up", watched)
    w = make_window(wall=lambda: monday)
    folder = data_dir / "backups"
    qtbot.waitUntil(lambda: len(list(folder.glob("history-auto-*.sqlite3"))) == 1)  # at start, without asking
    assert made_on[0] is not threading.main_thread()  # the window does not wait for a slow stick
    notices = []
    again = [run_weekly_backup(w.prefs, w.service, lambda d=d: monday + timedelta(days=d), notices.append)
             for d in range(1, 15)]
    assert [i + 1 for i, made in enumerate(again) if made] == [7, 14]
    assert len(list(folder.glob("history-auto-*.sqlite3"))) == 3 and notices == []
    w.prefs.update(backup_keep=2)
    run_weekly_backup(w.prefs, w.service, lambda: monday + timedelta(days=21), notices.append)
    assert len(list(folder.glob("history-auto-*.sqlite3"))) == 2
    w.prefs.update(backup_weekly=False)
    assert run_weekly_backup(w.prefs, w.service, lambda: monday + timedelta(days=60), notices.append) is None


def test_a_failed_weekly_backup_is_one_calm_notice(make_window, qtbot, data_dir, history, tmp_path):
    history.add(date(2026, 11, 30))
    history.close()
    stick = tmp_path / "usb"
    prefs = PreferenceStore(data_dir)
    prefs.update(backup_folder=str(stick))  # chosen before, and the stick is not plugged in now
    w = make_window()
    qtbot.waitUntil(lambda: "weekly backup was not made" in w.statusBar().currentMessage())
    assert str(stick) in w.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None  # no dialog in the way
    assert not stick.exists()


def test_the_backups_part_reads_whole_at_twice_the_text_size(make_window, qtbot, qapp, tmp_path):
    w = make_window()
    long_folder = tmp_path / "media" / "someone" / "KINGSTON-USB-STICK" / "rehab-desktop" / "backups" / "ankle"
    long_folder.mkdir(parents=True)
    w.prefs.update(backup_folder=str(long_folder))
    style.apply_text_scale(qapp, 2.0)
    d = dialog_for(w, qtbot)
    d.show()
    qtbot.waitExposed(d)
    d.scroll.ensureWidgetVisible(d.restore_button)
    qapp.processEvents()
    found = [p for p in layout_checks.problems(d.backup_box) if "Backup folder" not in p]
    assert found == []
    label = d.folder_label
    assert "\u2026" in label.text() and label.toolTip() == str(long_folder)  # cut in the middle, whole on hover
    assert label.text().startswith(str(long_folder)[:5]) and label.text().endswith("ankle")
