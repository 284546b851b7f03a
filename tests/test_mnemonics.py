"""Alt+letter keys: no two in reach at once share a letter, in English and in Spanish, and Help lists
every shortcut."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel


@pytest.fixture(params=["en", "es"], autouse=True)
def language(request, data_dir, qapp):
    """Each test in each shipped language (settings.ini's [app] language, as the window reads it)."""
    from PySide6.QtCore import QSettings

    from rehab_desktop.ui.common import i18n

    data_dir.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("app/language", request.param)
    settings.sync()
    yield request.param
    i18n.install(qapp, "en", pseudo="")


def letter(text: str) -> str | None:
    m = re.search(r"&([^&])", (text or "").replace("&&", ""))
    return m.group(1).lower() if m else None


def controls(root, shown_in) -> list[tuple[str, str]]:
    """(letter, what) for the Alt-letters of `root`'s controls that are visible in the window `shown_in`."""
    found = []
    for b in root.findChildren(QAbstractButton):
        if b.isVisibleTo(shown_in):
            found.append((letter(b.text()), f"button {b.text()}"))
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(shown_in):
            found.append((letter(label.text()), f"label {label.text()}"))
    for box in root.findChildren(QGroupBox):
        if box.isCheckable() and box.isVisibleTo(shown_in):
            found.append((letter(box.title()), f"box {box.title()}"))
    return [(k, what) for k, what in found if k]


def in_reach(w, page) -> list[tuple[str, str]]:
    """(letter, what) for the menu bar, the page tabs and the visible controls of the shown page."""
    found = [(letter(a.text()), f"menu {a.text()}") for a in w.menuBar().actions()]
    found += [(letter(w.pages.tabText(i)), f"tab {w.pages.tabText(i)}") for i in range(w.pages.count())]
    return [(k, what) for k, what in found if k] + controls(page, w)


def test_no_two_mnemonics_in_reach_share_a_letter(make_window, qapp):
    w = make_window()
    w.reminder_banner.show_reminder("Ankle exercises: 4 planned today, about 12 minutes", 30)  # above every page
    for i in range(w.pages.count()):
        w.pages.setCurrentIndex(i)
        qapp.processEvents()
        found = in_reach(w, w.pages.widget(i)) + controls(w.reminder_banner, w)
        counts = Counter(k for k, _ in found)
        clashes = {k: [what for kk, what in found if kk == k] for k, n in counts.items() if n > 1}
        assert not clashes, f"on the {w.pages.tabText(i)} page: {clashes}"
    for top in w.menuBar().actions():
        letters = [letter(a.text()) for a in top.menu().actions() if letter(a.text())]
        assert len(letters) == len(set(letters)), f"menu {top.text()}: {sorted(letters)}"


def test_no_two_mnemonics_share_a_letter_on_any_history_tab(make_window, qapp):
    """Each of the History page's own tabs shows other controls: every one is checked, with the tabs."""
    w = make_window()
    page = w.history_pane()
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        qapp.processEvents()
        found = in_reach(w, page) + [(letter(page.tabs.tabText(j)), f"tab {page.tabs.tabText(j)}")
                                     for j in range(page.tabs.count())]
        found = [(k, what) for k, what in found if k]
        counts = Counter(k for k, _ in found)
        clashes = {k: [what for kk, what in found if kk == k] for k, n in counts.items() if n > 1}
        assert not clashes, f"on History > {page.tabs.tabText(i)}: {clashes}"


def test_help_lists_every_shortcut_the_window_has(make_window, qapp, language):
    from PySide6.QtGui import QAction, QKeySequence

    from rehab_desktop.core.i18n import translate
    from rehab_desktop.ui.shell.shortcuts import ShortcutsDialog, plain

    w = make_window()
    help_menu = [a for a in w.menuBar().actions() if a.text() == translate("ui.shell.menus", "&Help")][0].menu()
    assert translate("ui.shell.menus", "&Keyboard shortcuts") in [a.text() for a in help_menu.actions()]
    text = ShortcutsDialog(w).text.toPlainText()
    keyed = [a for a in w.findChildren(QAction) if a.shortcuts() and a.text()]
    assert len(keyed) > 20
    for action in keyed:
        assert plain(action.text()) in text
        for key in action.shortcuts():
            assert key.toString(QKeySequence.SequenceFormat.NativeText) in text
    assert all(word in text for word in {"en": ("It hurts", "Space"), "es": ("Me duele", "Espacio")}[language])


def dialog_clashes(dialog) -> dict[str, list[str]]:
    """Letters used twice among the dialog's visible controls (each tab of a tab widget on its own)."""
    from PySide6.QtWidgets import QTabWidget

    dialog.show()
    tabs = dialog.findChildren(QTabWidget)
    pages = [t.widget(i) for t in tabs for i in range(t.count())]
    tab_letters = [(letter(t.tabText(i)), f"tab {t.tabText(i)}") for t in tabs for i in range(t.count())]
    clashes = {}
    for scope in pages or [dialog]:
        if pages:
            for t in tabs:
                if t.indexOf(scope) >= 0:
                    t.setCurrentWidget(scope)
        found = [(k, what) for k, what in tab_letters if k] + controls(dialog, dialog)
        counts = Counter(k for k, _ in found)
        clashes.update({k: sorted({what for kk, what in found if kk == k}) for k, n in counts.items() if n > 1})
    dialog.close()
    return clashes


def test_no_dialog_has_two_mnemonics_on_one_letter(make_window, qapp, library, tmp_path):
    from datetime import date, datetime

    from rehab_desktop.core.plan import WeekPlan
    from rehab_desktop.ui.exercises.guide import GuideDialog
    from rehab_desktop.ui.history.exports import SummaryDialog
    from rehab_desktop.ui.history.log_dialog import LogSessionDialog
    from rehab_desktop.ui.plan.dialogs import CopyDayDialog, ProgramDialog
    from rehab_desktop.ui.session.pain_dialogs import FinishDialog, PainDialog
    from rehab_desktop.ui.session.routine_dialog import RoutineDialog
    from rehab_desktop.ui.shell.restore_dialog import RestoreDialog
    from rehab_desktop.ui.shell.settings_dialog import SettingsDialog
    from rehab_desktop.ui.shell.shortcuts import ShortcutsDialog
    from rehab_desktop.ui.shell.welcome import WelcomeDialog

    w = make_window()
    today = date.today()
    dialogs = {
        "settings": SettingsDialog(w.prefs, w.cues, w.service, lambda: w.session.is_open, w),
        "welcome": WelcomeDialog(library, w.prefs, w),
        "guide": GuideDialog(library, w),
        "summary": SummaryDialog(today, None, w),
        "log": LogSessionDialog(library, {}, today, datetime.now().time().replace(microsecond=0), w),
        "program": ProgramDialog(replacing=True, parent=w),
        "copy day": CopyDayDialog(WeekPlan(), 0, w),
        "routine": RoutineDialog(w.session, library, w),
        "pain": PainDialog("Sumo squat", "Stop if it hurts.", w),
        "pain, no exercise": PainDialog("Sumo squat", "Stop if it hurts.", w, exercising=False),
        "finish": FinishDialog("3 sets done.", w),
        "shortcuts": ShortcutsDialog(w),
        "restore": RestoreDialog(tmp_path),
    }
    found = {name: c for name, d in dialogs.items() if (c := dialog_clashes(d))}
    assert not found
    settings = {letter(b.text()) for b in dialogs["settings"].findChildren(QAbstractButton)}
    from rehab_desktop.core.i18n import translate

    assert {letter(translate("ui.shell.settings_dialog", t)) for t in
            ("C&hoose folder\u2026", "Back up &now", "&Restore from a backup\u2026")} <= settings

