"""Opens the self-check from wherever it is asked for (File menu, the History tab, the browser's
Self-check group), and keeps the browser's due line true."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from rehab_desktop.core.i18n import translate
from rehab_desktop.core.records import LegSide
from rehab_desktop.core.self_check_due import DueStatus, due_status


class SelfChecks(QObject):
    """Built once by the main window; `dialog` is the open check, if any."""

    opened = Signal(object)  # the SelfCheckDialog, once shown (tests drive it)

    def __init__(self, window, dialog_parent: Callable[[], QWidget], parent: QObject | None = None):
        super().__init__(parent)
        self.window = window
        self.dialog_parent = dialog_parent
        self.dialog = None
        window.service.changed.connect(self._store_changed)
        window.prefs.changed.connect(lambda names: "check_interval" in names and self.refresh_due())

    @property
    def repo(self):
        store = self.window.service.store
        return store.self_checks if store is not None else None

    def today(self):
        return self.window.controller.wall().date()

    def status(self) -> DueStatus:
        last = self.repo.last_day() if self.repo is not None else None
        return due_status(self.today(), last, self.window.prefs.values.check_interval)

    def refresh_due(self) -> None:
        status, today = self.status(), self.today()
        self.window.browser.self_check.set_due(status.short(today), status.line(today))

    def _store_changed(self, change) -> None:
        if change.self_checks or change.everything:
            self.refresh_due()

    def take(self) -> None:
        """Open the check (bring it to the front when it is open already); a running timer is paused first."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        from rehab_desktop.store import Change
        from rehab_desktop.ui.selfcheck.dialog import SelfCheckDialog

        w = self.window
        snap = w.controller.snapshot() if hasattr(w.controller, "snapshot") else None
        if snap is not None and snap.running:
            w.controller.pause()
        cues = w.cues
        dialog = SelfCheckDialog(self.repo, w.library, w.prefs, w.controller.wall, w.controller.clock,
                                 play=cues.play if cues is not None else None, figure=self._figure,
                                 parent=self.dialog_parent())
        dialog.changed.connect(lambda: w.service.announce(Change(self_checks=True)))
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()  # keys go to it at once: Space starts the stance, not the exercise timer
        self.opened.emit(dialog)

    def _closed(self) -> None:
        self.dialog.deleteLater()
        self.dialog = None

    def _figure(self, side: str) -> QWidget | None:
        """The single-leg balance figure, held, on the side tested first (None without figures)."""
        from rehab_desktop.core.figures import Stage, build_frame
        from rehab_desktop.ui.figures.view import FigureView

        spec = self.window.figures.book().get("single-leg-balance", "main")
        if spec is None:
            return None
        view = FigureView(None, min_height=120, max_height=220)
        view.show_frame(build_frame(spec, LegSide(side), Stage.HELD),
                        alt=translate("ui.selfcheck.launcher", "A person standing on one leg, the other foot lifted"))
        return view
