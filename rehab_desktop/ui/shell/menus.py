"""The main window's menu bar: File, View, Timer, Sound and Help, with the platform's standard keys."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from rehab_desktop import APP_DISPLAY_NAME
from rehab_desktop.core.i18n import translate
from rehab_desktop.ui.timer.sound_menu import build_sound_menu

if TYPE_CHECKING:
    from rehab_desktop.ui.shell.main_window import MainWindow


@dataclass(frozen=True)
class Menus:
    """The menu bar's menus, and the Settings action (the platform may move it to the app menu)."""

    file: QMenu
    view: QMenu
    timer: QMenu
    sound: QMenu
    help: QMenu
    settings: QAction


def _keys(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's binding for a standard action, or `fallback` where it has none."""
    return QKeySequence.keyBindings(standard) or [QKeySequence(fallback)]


def build_menus(window: MainWindow) -> Menus:
    bar = window.menuBar()

    def act(text: str, slot, keys: list[QKeySequence] | str | None = None) -> QAction:
        a = QAction(text, window)
        if isinstance(keys, str):
            keys = [QKeySequence(keys)]
        if keys:
            a.setShortcuts(keys)
        a.triggered.connect(slot)
        window.addAction(a)
        return a

    # Each opens its page (built the first time) and runs the command there.
    file_menu = bar.addMenu(translate("ui.shell.menus", "&File"))
    file_menu.addAction(act(translate("ui.shell.menus", "&Print the weekly plan\u2026"),
                            lambda: window.plan_pane().print_preview(),
                            _keys(QKeySequence.StandardKey.Print, "Ctrl+P")))
    file_menu.addAction(act(translate("ui.shell.menus", "Export the weekly plan as P&DF\u2026"),
                            lambda: window.plan_pane().export_pdf()))
    file_menu.addAction(act(translate("ui.shell.menus", "Add the plan to my &calendar\u2026"),
                            lambda: window.plan_pane().export_calendar()))
    file_menu.addAction(act(translate("ui.shell.menus", "E&xport the program to share\u2026"),
                            lambda: window.plan_pane().export_program()))
    file_menu.addAction(act(translate("ui.shell.menus", "&Import a program\u2026"),
                            lambda: window.plan_pane().import_program()))
    file_menu.addSeparator()
    file_menu.addAction(act(translate("ui.shell.menus", "Add my &own exercise\u2026"), window.own_exercises.add))
    file_menu.addAction(act(translate("ui.shell.menus", "&Log a session done without the timer\u2026"),
                            lambda: window.history_pane().log_session()))
    file_menu.addAction(act(translate("ui.shell.menus", "Take the weekly self-chec&k\u2026"), window.self_checks.take))
    file_menu.addAction(act(translate("ui.shell.menus", "Export the &history as CSV\u2026"),
                            lambda: window.history_pane().exports.export_csv()))
    file_menu.addAction(act(translate("ui.shell.menus", "&Therapist summary (PDF)\u2026"),
                            lambda: window.history_pane().exports.export_summary()))
    file_menu.addSeparator()
    settings_action = act(translate("ui.shell.menus", "&Settings\u2026"), window.show_settings,
                          _keys(QKeySequence.StandardKey.Preferences, "Ctrl+,"))
    settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    quit_action = act(translate("ui.shell.menus", "&Quit"), window.close,
                      _keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.addAction(settings_action)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)

    view = bar.addMenu(translate("ui.shell.menus", "&View"))
    view.addAction(act(translate("ui.shell.menus", "&Search exercises"),
                       lambda: (window.focus_list(), window.browser.focus_search()),
                       _keys(QKeySequence.StandardKey.Find, "Ctrl+F")))
    view.addAction(act(translate("ui.shell.menus", "Exercise &list"), window.focus_list, "Ctrl+L"))
    view.addAction(act(translate("ui.shell.menus", "&Instructions"), window.focus_instructions, "Ctrl+I"))
    view.addSeparator()
    view.addAction(act(translate("ui.shell.menus", "&Exercises"), lambda: window.pages.setCurrentIndex(0), "Ctrl+1"))
    for page_action in window.page_actions:
        view.addAction(page_action)

    timer_menu = bar.addMenu(translate("ui.shell.menus", "&Timer"))
    t, w = window.timer_actions, window.sessions
    for a in (t.toggle, t.count, t.skip, t.back, t.restart, None, t.more, t.less, None, w.hurts, t.follow, None,
              w.add_to_routine, w.start_routine, w.next_exercise, w.edit_routine, w.clear_routine, None, w.finish):
        timer_menu.addSeparator() if a is None else timer_menu.addAction(a)
    sound_menu = bar.addMenu(translate("ui.shell.menus", "&Sound"))
    build_sound_menu(sound_menu, window.prefs, window.cues, t.mute)

    help_menu = bar.addMenu(translate("ui.shell.menus", "&Help"))
    help_menu.addAction(act(translate("ui.shell.menus", "Program &guidance"), window.show_guide,
                            _keys(QKeySequence.StandardKey.HelpContents, "F1")))
    help_menu.addAction(act(translate("ui.shell.menus", "&Keyboard shortcuts"), window.show_shortcuts, "Ctrl+/"))
    about = act(translate("ui.shell.menus", "&About {app}").format(app=APP_DISPLAY_NAME), window.show_about)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(about)
    return Menus(file_menu, view, timer_menu, sound_menu, help_menu, settings_action)
