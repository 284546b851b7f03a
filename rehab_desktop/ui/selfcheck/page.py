"""The History page's Self-check tab: when the last check was, whether the next is due (one quiet line),
the latest results in words beside the earlier ones, and the way to take a check or export them all."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from rehab_desktop.core import self_checks as S
from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.ui.common.flow import FlowLayout
from rehab_desktop.ui.common.style import muted_text, scaled_font


class SelfCheckPane(QWidget):
    """`repo` a SelfCheckRepo or None; loads only while shown (`reload` marks it stale)."""

    take_requested = Signal()
    message = Signal(str)  # for the window's status line

    def __init__(self, repo, prefs, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(parent)
        self.repo = repo
        self.prefs = prefs
        self.today = today
        self._stale = True
        heading = QLabel(translate("ui.selfcheck.page", "Self-check"), self)
        heading.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.what = QLabel(translate("ui.selfcheck.page", "Once a week, a few minutes with a wall, a tape measure and "
                                     "this app's timer: how far the ankle bends, how long you balance on each leg, and "
                                     "how everyday things feel. Your therapist can compare the sides and follow the "
                                     "changes."), self)
        self.what.setWordWrap(True)
        self.due = QLabel(self)
        self.due.setWordWrap(True)
        self.due.setAccessibleName(translate("ui.selfcheck.page", "When the next self-check is due"))
        self.take = QPushButton(translate("ui.selfcheck.page", "&Begin a self-check\u2026"), self)
        self.take.setAccessibleName(translate("ui.selfcheck.page", "Take the self-check"))
        self.take.clicked.connect(self.take_requested)
        self.export = QPushButton(translate("ui.selfcheck.page", "E&xport the self-checks (CSV)\u2026"), self)
        self.export.setAccessibleName(translate("ui.selfcheck.page", "Export every self-check result as a CSV file"))
        self.export.clicked.connect(lambda: self.export_csv())
        self.every = QComboBox(self)
        every = (translate("ui.selfcheck.page", "every week"), translate("ui.selfcheck.page", "every two weeks"),
                 translate("ui.selfcheck.page", "every four weeks"))
        for days, text in zip(S.INTERVAL_CHOICES, every, strict=True):
            self.every.addItem(text, days)
        self.every.setAccessibleName(translate("ui.selfcheck.page", "How often a self-check is due"))
        self.every.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        every_label = QLabel(translate("ui.selfcheck.page", "&Due:"), self)
        every_label.setBuddy(self.every)
        if prefs is not None:
            self.every.setCurrentIndex(max(0, self.every.findData(prefs.values.check_interval)))
        self.every.currentIndexChanged.connect(self._every_changed)
        # The affected ankle (Settings > Timer) is tested first or second, as the person prefers.
        self.order = QComboBox(self)
        self.order.addItem(translate("ui.selfcheck.page", "the affected one", "the side tested first"), True)
        self.order.addItem(translate("ui.selfcheck.page", "the other one", "the side tested first"), False)
        self.order.setAccessibleName(translate("ui.selfcheck.page", "Which side a self-check tests first"))
        self.order.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        order_label = QLabel(translate("ui.selfcheck.page", "Which side &goes first:"), self)
        order_label.setBuddy(self.order)
        if prefs is not None:
            self.order.setCurrentIndex(0 if prefs.values.check_affected_first else 1)
        self.order.currentIndexChanged.connect(self._order_changed)
        self.order_row = (order_label, self.order)
        buttons = FlowLayout()
        for w in (self.take, self.export, every_label, self.every, order_label, self.order):
            buttons.addWidget(w)
        self.latest_heading = QLabel(self)
        self.latest_heading.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.latest = QLabel(self)
        self.latest.setWordWrap(True)
        self.latest.setTextFormat(Qt.TextFormat.PlainText)
        self.latest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.advice.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.footnote = QLabel(translate("ui.selfcheck.page", "The charts are on the Progress tab."), self)
        self.footnote.setStyleSheet(f"color: {muted_text(self.palette()).name()};")
        lay = QVBoxLayout(self)
        for w in (heading, self.what, self.due):
            lay.addWidget(w)
        lay.addLayout(buttons)
        for w in (self.latest_heading, self.latest, self.advice, self.footnote):
            lay.addWidget(w)
        lay.addStretch(1)
        self.take.setEnabled(repo is not None)
        self.export.setEnabled(repo is not None)

    def _every_changed(self) -> None:
        if self.prefs is not None and self.prefs.values.check_interval != self.every.currentData():
            self.prefs.update(check_interval=int(self.every.currentData()))
            self.load()

    def _order_changed(self) -> None:
        first = bool(self.order.currentData())
        if self.prefs is not None and self.prefs.values.check_affected_first != first:
            self.prefs.update(check_affected_first=first)

    def reload(self) -> None:
        self._stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def status(self) -> S.DueStatus:
        last = self.repo.last_day() if self.repo is not None else None
        interval = self.prefs.values.check_interval if self.prefs is not None else S.DEFAULT_INTERVAL_DAYS
        return S.due_status(self.today(), last, interval)

    def load(self) -> None:
        self._stale = False
        one_side = self.prefs is not None and self.prefs.values.affected_side in ("left", "right")
        for w in self.order_row:  # with both ankles affected, left comes first as in the exercises
            w.setVisible(one_side)
        today = self.today()
        self.due.setText(self.status().line(today))
        checks = self.repo.checks() if self.repo is not None else []
        if not checks:
            self.latest_heading.setText("")
            self.latest.setText(translate("ui.selfcheck.page",
                                          "No self-check yet. Each part is optional: take only what you can today."))
            self.advice.hide()
            return
        latest = checks[-1]
        unit = S.Unit(self.prefs.values.check_unit) if self.prefs is not None else S.Unit.CM
        self.latest_heading.setText(translate("ui.selfcheck.page", "The latest, on {day}",
                                              "{day}: Monday 4 May 2026").format(day=formats().long_day(latest.day)))
        self.latest.setText("\n".join(S.describe(checks, latest, *key, unit=unit) for key in S.keys_in(latest)))
        advice = S.therapist_lines(checks)
        self.advice.setText("\n".join(advice))
        self.advice.setVisible(bool(advice))

    def export_csv(self, path: str | None = None) -> int | None:
        """Every result as `rehab-desktop history checks` writes it; asks where when `path` is None."""
        from rehab_desktop.store import OutputError, StoreError, export_self_checks_csv

        if self.repo is None:
            return None
        if path is None:
            from rehab_desktop.ui.common.save_dialog import ask_save_path

            path = ask_save_path(self.window(), translate("ui.selfcheck.page", "Export self-checks as CSV"),
                                 f"rehab-self-checks-{self.today().isoformat()}.csv",
                                 translate("ui.selfcheck.page", "CSV files (*.csv)"), ".csv")
            if not path:
                return None
        unit = S.Unit(self.prefs.values.check_unit) if self.prefs is not None else S.Unit.CM
        try:
            rows = export_self_checks_csv(self.repo.db, path, unit=unit, tz=self.repo.tz)
        except (StoreError, OutputError) as exc:
            self.message.emit(translate("ui.selfcheck.page", "The CSV was not written. {error}",
                                        "{error}: why, a sentence").format(error=exc.message))
            return None
        self.message.emit(translate("ui.selfcheck.page", "Wrote %n self-check result(s) to {file}.", "{file}: a path",
                                    rows).format(file=path))
        return rows
