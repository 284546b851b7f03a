"""The main window's menu bar: File, View, Timer, Sound and Help, with the platform's standard keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from rehab_desktop import APP_DISPLAY_NAME
from rehab_desktop.ui.timer.sound_menu import build_sound_menu


def _keys(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's binding for a standard action, or `fallback` where it has none."""
    return QKeySequence.keyBindings(standard) or [QKeySequence(fallback)]


def build_menus(window) -> None:
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

    file_menu = bar.addMenu("&File")
    plan_page, history_page = window.plan_index, window.history_index

    def on_page(index: int, method: str):
        """Open that section (building it if need be) and call one of its pane's methods."""
        def run() -> None:
            window.pages.setCurrentIndex(index)
            pane = window.page(index)
            if hasattr(pane, method):
                getattr(pane, method)()
            elif hasattr(pane, "exports") and hasattr(pane.exports, method):
                getattr(pane.exports, method)()
        return run

    file_menu.addAction(act("&Print the weekly plan\u2026", on_page(plan_page, "print_preview"),
                            _keys(QKeySequence.StandardKey.Print, "Ctrl+P")))
    file_menu.addAction(act("Export the weekly plan as P&DF\u2026", on_page(plan_page, "export_pdf")))
    file_menu.addSeparator()
    file_menu.addAction(act("Export the &history as CSV\u2026", on_page(history_page, "export_csv")))
    file_menu.addAction(act("&Therapist summary (PDF)\u2026", on_page(history_page, "export_summary")))
    file_menu.addSeparator()
    window.settings_action = act("&Settings\u2026", window.show_settings,
                                 _keys(QKeySequence.StandardKey.Preferences, "Ctrl+,"))
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    quit_action = act("&Quit", window.close, _keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.addAction(window.settings_action)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)
    window.file_menu = file_menu

    view = bar.addMenu("&View")
    view.addAction(act("&Search exercises", lambda: (window.pages.setCurrentIndex(0), window.browser.focus_search()),
                       _keys(QKeySequence.StandardKey.Find, "Ctrl+F")))
    view.addAction(act("Exercise &list", window.focus_list, "Ctrl+L"))
    view.addAction(act("&Instructions", lambda: (window.pages.setCurrentIndex(0),
                                                 window.instructions.setFocus(Qt.FocusReason.ShortcutFocusReason)),
                       "Ctrl+I"))
    view.addSeparator()
    view.addAction(act("&Exercises", lambda: window.pages.setCurrentIndex(0), "Ctrl+1"))
    for page_action in window.page_actions:
        view.addAction(page_action)
    window.view_menu = view

    timer_menu = bar.addMenu("&Timer")
    t, w = window.timer_actions, window.sessions
    for a in (t.toggle, t.count, t.skip, t.back, t.restart, None, t.more, t.less, None, w.hurts, t.follow, None,
              w.add_to_routine, w.start_routine, w.clear_routine, None, w.finish):
        timer_menu.addSeparator() if a is None else timer_menu.addAction(a)
    build_sound_menu(bar.addMenu("&Sound"), window.cues, t.mute)

    help_menu = bar.addMenu("&Help")
    help_menu.addAction(act("Program &guidance", window.show_guide,
                            _keys(QKeySequence.StandardKey.HelpContents, "F1")))
    about = act(f"&About {APP_DISPLAY_NAME}", window.show_about)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(about)
    window.help_menu = help_menu
