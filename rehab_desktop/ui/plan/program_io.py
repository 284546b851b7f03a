"""A program file from the window: the plan exported to share, and a therapist's file imported after
a preview of what it changes, from a day the person picks (today or later). The checks and the
file's shape are core.program_file's, the same as `plan export` and `plan import` use."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.program_file import (
    MAX_BYTES,
    Program,
    ProgramError,
    check_size,
    exported_stamp,
    own_changes,
    program_changes,
    program_to_text,
    read_program,
)
from rehab_desktop.store import OutputError, Store, StoreError, open_output
from rehab_desktop.ui.common.save_dialog import ask_save_path, start_folder


def write_program(path: str, plan: WeekPlan, library: Library, now: datetime | None = None) -> None:
    """Write the plan as a program file; raises OutputError or ProgramError (nothing half-written)."""
    text = program_to_text(plan, library, exported_stamp(now or datetime.now(UTC)))
    with open_output(path, encoding="utf-8") as f:
        f.write(text)


def read_program_file(path: str, library: Library) -> Program:
    """Read and check a program file; raises ProgramError, with the reason a person can act on."""
    try:
        p = Path(path)
        check_size(p.stat().st_size)
        with p.open("rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ProgramError("", translate("ui.plan.program_io", "no such file")) from None
    except OSError as exc:
        raise ProgramError("", translate("ui.plan.program_io", "cannot be read: {reason}", "said of the file; "
                                         "{reason}: the system's words").format(reason=exc.strerror or exc)) from None
    return read_program(raw, library, source=Path(path).name)


class ImportPreview(QDialog):
    """What importing will do, before anything is written, and the day the plan starts."""

    def __init__(self, name: str, program: Program, store: Store, library: Library, today: date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ui.plan.program_io", "Import a program"))
        self.program, self.store, self.library, self.today = program, store, library, today
        self.timeline = store.plans.timeline()
        head = QLabel(translate("ui.plan.program_io", "{file}: nothing is written until you choose Import. Your "
                                                      "history and the plans of the days already lived stay as they "
                                                      "are.", "Import: the dialog's button").format(file=name), self)
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        self.starts = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.starts.setCalendarPopup(True)
        self.starts.setMinimumDate(QDate(today.year, today.month, today.day))
        self.starts.setAccessibleName(translate("ui.plan.program_io", "The imported plan starts on"))
        self.changes = QListWidget(self)
        self.changes.setAccessibleName(translate("ui.plan.program_io", "What the import changes"))
        self.changes.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("ui.plan.program_io", "Starts on"), self.starts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(translate("ui.plan.program_io", "Import", "the dialog's button"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(self.changes, 1)
        layout.addWidget(buttons)
        self.starts.dateChanged.connect(self._show)
        self._show()
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 22)

    def starts_on(self) -> date:
        d = self.starts.date()
        return date(d.year(), d.month(), d.day())

    def _replaced(self, starts_on: date) -> list[WeekPlan]:
        return [p for p in self.timeline.versions if p.starts_on is not None and p.starts_on >= starts_on]

    def lines(self) -> list[str]:
        starts_on = self.starts_on()
        current = self.timeline.in_force(starts_on)
        lines = program_changes(self.program, current, self.library, starts_on, self._replaced(starts_on))
        return [line[0].upper() + line[1:] for line in lines]

    def _show(self) -> None:
        self.changes.clear()
        self.changes.addItems(self.lines())  # list items are plain text: markup in a name shows as typed

    def apply(self) -> str:
        """Write the own exercises the file brings and the plan from the chosen day; returns what was done."""
        starts_on = self.starts_on()
        changes = own_changes(self.program, self.library)
        self.store.plans.start_version(self.program.plan, starts_on, own=[ex for ex, _what in changes])
        self.store.exercises.load_into(self.library)
        count, own = self.program.plan.entry_count(), len(changes)
        name, day = self.program.plan.name, formats().day_month_year(starts_on)
        if not changes:
            return translate("ui.plan.program_io", "Imported \u201c{name}\u201d: the plan from {day}, %n exercise(s) a "
                                                   "week.", "{day}: '4 May 2026'", count).format(name=name, day=day)
        return translate("ui.plan.program_io", "Imported \u201c{name}\u201d: the plan from {day}, %n exercise(s) a "
                                               "week, {own}.", "{day}: '4 May 2026'; {own}: '2 own exercises added or "
                                               "changed'", count).format(
            name=name, day=day, own=translate("ui.plan.program_io", "%n own exercise(s) added or changed", None, own))


def ask_export_path(parent: QWidget, name: str) -> str | None:
    safe = "".join(c if c.isalnum() or c in " -_" else "-" for c in name).strip() or \
        translate("ui.plan.program_io", "program", "a file's name, for a plan without one")
    return ask_save_path(parent, translate("ui.plan.program_io", "Export the program"), f"{safe}.json",
                         translate("ui.plan.program_io", "Program files (*.json)"), ".json")


def ask_import_path(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, translate("ui.plan.program_io", "Import a program"),
                                          str(start_folder()),
                                          translate("ui.plan.program_io", "Program files (*.json);;All files (*)"))
    return path or None


__all__ = ["ImportPreview", "OutputError", "ProgramError", "StoreError", "ask_export_path", "ask_import_path",
           "read_program_file", "write_program"]
