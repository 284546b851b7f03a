"""Dialogs of the plan pane: choose a starter program, and copy a day to other days."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.core.plan import WEEKDAYS, WeekPlan
from rehab_desktop.core.programs import PROGRAMS, SUGGESTION_NOTE, program
from rehab_desktop.ui.common.style import fit_to_screen
from rehab_desktop.ui.plan.controls import wrap_rows


def _plain(text: str, parent) -> QLabel:
    """A wrapped label that never interprets its text as markup."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class _WholeRows(QListWidget):
    """A list whose rows wrap at its width and which is as tall as all of them: nothing is cut off
    or scrolled to (the dialog around it scrolls when the text is large)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        wrap_rows(self)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fit_rows(self) -> None:
        rows = sum(max(0, self.sizeHintForRow(i)) for i in range(self.count()))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 2 * self.spacing() * self.count())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_rows()  # the rows wrap anew at the new width

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_rows()


class ProgramDialog(QDialog):
    """Pick one of the starter programs (the app's suggestions) and an emphasis."""

    EMPHASES = (("", "No emphasis", ""), ("anterior", "Anterior impingement", "pain at the front of the ankle"),
                ("posterior", "Posterior impingement", "pain at the back of the ankle"))

    def __init__(self, replacing: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Start from a starter program")
        self.setAccessibleName("Start from a starter program")
        # The choices scroll (at large text sizes) rather than squeeze; the buttons stay in view.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(_plain("Starter programs are the app's suggestions, built from the order of stages in the "
                             "source article. They are not medical advice.", body))
        self.list = _WholeRows(body)
        self.list.setAccessibleName("Starter programs")
        for prog in PROGRAMS:
            item = QListWidgetItem(f"{prog.name} \u2014 {prog.summary}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, prog.id)
        self.list.setCurrentRow(0)
        self.list.fit_rows()
        lay.addWidget(self.list)

        box = QGroupBox("Emphasis", body)
        box_lay = QVBoxLayout(box)
        self.emphasis_group = QButtonGroup(self)
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + self.style().pixelMetric(
            QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
        for i, (key, text, where) in enumerate(self.EMPHASES):
            radio = QRadioButton(text, box)  # a button's text never wraps: where it hurts goes under it
            radio.setAccessibleName(f"Emphasis: {text}" + (f" ({where})" if where else ""))
            radio.setProperty("emphasis", key)
            self.emphasis_group.addButton(radio, i)
            box_lay.addWidget(radio)
            if where:
                detail = _plain(where[:1].upper() + where[1:], box)
                detail.setForegroundRole(QPalette.ColorRole.Mid)
                detail.setContentsMargins(indent, 0, 0, 0)
                box_lay.addWidget(detail)
        self.emphasis_group.button(0).setChecked(True)
        lay.addWidget(box)

        self.description = _plain("", body)
        self.description.setAccessibleName("About this program")
        self.description.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.description, 1)
        if replacing:
            lay.addWidget(_plain("This replaces the exercises in your current plan. You can undo it afterwards "
                                 "with Ctrl+Z.", body))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Use this program")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.list.currentRowChanged.connect(self._describe)
        self.emphasis_group.idToggled.connect(lambda *_: self._describe())
        self._describe()
        fit_to_screen(self, 720, 620)

    def choice(self) -> tuple[str, str]:
        """(program id, emphasis)."""
        return (self.list.currentItem().data(Qt.ItemDataRole.UserRole),
                self.emphasis_group.checkedButton().property("emphasis"))

    def select(self, program_id: str, emphasis: str = "") -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == program_id:
                self.list.setCurrentRow(row)
        for button in self.emphasis_group.buttons():
            button.setChecked(button.property("emphasis") == emphasis)

    def _describe(self) -> None:
        prog_id, emphasis = self.choice()
        self.description.setText(program(prog_id).describe(emphasis).replace(SUGGESTION_NOTE, "").strip())


class CopyDayDialog(QDialog):
    """Choose the days that become copies of one day (their exercises are replaced)."""

    def __init__(self, plan: WeekPlan, source: int, parent=None):
        super().__init__(parent)
        self.source = source
        name = WEEKDAYS[source]
        self.setWindowTitle(f"Copy {name} to other days")
        self.setAccessibleName(self.windowTitle())
        lay = QVBoxLayout(self)
        count = len(plan.entries(source))
        lay.addWidget(_plain(f"Copy {name}'s {count} exercise{'s' if count != 1 else ''}, with their doses, to:", self))
        grid = QGridLayout()
        self.boxes: dict[int, QCheckBox] = {}
        for day in range(7):
            if day == source:
                continue
            have = len(plan.entries(day))
            text = WEEKDAYS[day] + (f"  (replaces its {have})" if have else "")
            box = QCheckBox(text, self)
            box.setAccessibleName(f"Copy to {WEEKDAYS[day]}" + (f", replacing its {have} exercises" if have else ""))
            self.boxes[day] = box
            grid.addWidget(box, len(self.boxes) - 1, 0)
        lay.addLayout(grid)
        every = QPushButton("Select &all", self)
        every.setAccessibleName("Select all other days")
        every.clicked.connect(lambda: [b.setChecked(True) for b in self.boxes.values()])
        lay.addWidget(every, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Copy")
        self.ok.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        for box in self.boxes.values():
            box.toggled.connect(lambda _on: self.ok.setEnabled(bool(self.targets())))

    def targets(self) -> list[int]:
        return [day for day, box in self.boxes.items() if box.isChecked()]
