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
        raise ProgramError("", "no such file") from None
    except OSError as exc:
        raise ProgramError("", f"cannot be read: {exc.strerror or exc}") from None
    return read_program(raw, library, source=Path(path).name)


class ImportPreview(QDialog):
    """What importing will do, before anything is written, and the day the plan starts."""

    def __init__(self, name: str, program: Program, store: Store, library: Library, today: date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Import a program")
        self.program, self.store, self.library, self.today = program, store, library, today
        self.timeline = store.plans.timeline()
        head = QLabel(f"{name}: nothing is written until you choose Import. Your history and the plans of "
                      "the days already lived stay as they are.", self)
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        self.starts = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.starts.setCalendarPopup(True)
        self.starts.setMinimumDate(QDate(today.year, today.month, today.day))
        self.starts.setAccessibleName("The imported plan starts on")
        self.changes = QListWidget(self)
        self.changes.setAccessibleName("What the import changes")
        self.changes.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Starts on", self.starts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
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
        count = self.program.plan.entry_count()
        return (f"Imported \u201c{self.program.plan.name}\u201d: the plan from {starts_on:%d %B %Y}, {count} "
                f"exercise{'s' if count != 1 else ''} a week" + (f", {len(changes)} own exercise(s) added or changed"
                                                                  if changes else "") + ".")


def ask_export_path(parent: QWidget, name: str) -> str | None:
    safe = "".join(c if c.isalnum() or c in " -_" else "-" for c in name).strip() or "program"
    return ask_save_path(parent, "Export the program", f"{safe}.json", "Program files (*.json)", ".json")


def ask_import_path(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Import a program", str(start_folder()),
                                          "Program files (*.json);;All files (*)")
    return path or None


__all__ = ["ImportPreview", "OutputError", "ProgramError", "StoreError", "ask_export_path", "ask_import_path",
           "read_program_file", "write_program"]
