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

from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, formats, translate
from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.programs import PROGRAMS, program
from rehab_desktop.ui.common.style import fit_to_screen
from rehab_desktop.ui.plan.controls import wrap_rows


def plain_label(text: str, parent) -> QLabel:
    """A wrapped label that never interprets its text as markup."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def scrolled_body(dialog: QDialog) -> tuple[QWidget, QVBoxLayout, QVBoxLayout]:
    """(body, the body's layout, the dialog's layout): what goes in the body scrolls at large text sizes rather
    than squeezing; what the caller adds to the dialog's layout after it (the buttons) stays in view."""
    scroll = QScrollArea(dialog)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    body = QWidget(scroll)
    scroll.setWidget(body)
    outer = QVBoxLayout(dialog)
    outer.addWidget(scroll, 1)
    lay = QVBoxLayout(body)
    lay.setContentsMargins(0, 0, 0, 0)
    return body, lay, outer


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

    # (emphasis, its choice, where it hurts): English sources, shown with translate("ui.plan.dialogs", text).
    EMPHASES = (("", QT_TRANSLATE_NOOP("ui.plan.dialogs", "No emphasis"), ""),
                ("anterior", QT_TRANSLATE_NOOP("ui.plan.dialogs", "Anterior impingement"),
                 QT_TRANSLATE_NOOP("ui.plan.dialogs", "pain at the front of the ankle")),
                ("posterior", QT_TRANSLATE_NOOP("ui.plan.dialogs", "Posterior impingement"),
                 QT_TRANSLATE_NOOP("ui.plan.dialogs", "pain at the back of the ankle")))

    def __init__(self, replacing: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("ui.plan.dialogs", "Start from a starter program"))
        self.setAccessibleName(self.windowTitle())
        body, lay, outer = scrolled_body(self)  # the choices scroll at large text; the buttons stay in view
        lay.addWidget(plain_label(translate("ui.plan.dialogs", "Starter programs are the app's suggestions, built "
                                                               "from the order of stages in the source article. "
                                                               "They are not medical advice."), body))
        self.list = _WholeRows(body)
        self.list.setAccessibleName(translate("ui.plan.dialogs", "Starter programs"))
        for prog in PROGRAMS:
            item = QListWidgetItem(f"{prog.shown_name()} \u2014 {prog.shown_summary()}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, prog.id)
        self.list.setCurrentRow(0)
        self.list.fit_rows()
        lay.addWidget(self.list)

        box = QGroupBox(translate("ui.plan.dialogs", "Emphasis"), body)
        box_lay = QVBoxLayout(box)
        self.emphasis_group = QButtonGroup(self)
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + self.style().pixelMetric(
            QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
        for i, (key, source, where_source) in enumerate(self.EMPHASES):
            text = translate("ui.plan.dialogs", source)
            where = translate("ui.plan.dialogs", where_source) if where_source else ""
            radio = QRadioButton(text, box)  # a button's text never wraps: where it hurts goes under it
            radio.setAccessibleName(
                translate("ui.plan.dialogs", "Emphasis: {emphasis} ({where})", "{where}: where it hurts").format(
                    emphasis=text, where=where) if where else
                translate("ui.plan.dialogs", "Emphasis: {emphasis}").format(emphasis=text))
            radio.setProperty("emphasis", key)
            self.emphasis_group.addButton(radio, i)
            box_lay.addWidget(radio)
            if where:
                detail = plain_label(where[:1].upper() + where[1:], box)
                detail.setForegroundRole(QPalette.ColorRole.Mid)
                detail.setContentsMargins(indent, 0, 0, 0)
                box_lay.addWidget(detail)
        self.emphasis_group.button(0).setChecked(True)
        lay.addWidget(box)

        self.description = plain_label("", body)
        self.description.setAccessibleName(translate("ui.plan.dialogs", "About this program"))
        self.description.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.description, 1)
        if replacing:
            lay.addWidget(plain_label(translate("ui.plan.dialogs", "This replaces the exercises in your current plan. "
                                                                   "You can undo it afterwards with Ctrl+Z."), body))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ui.plan.dialogs", "Use this program"))
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
        self.description.setText(program(prog_id).describe(emphasis, note=False))


class CopyDayDialog(QDialog):
    """Choose the days that become copies of one day (their exercises are replaced)."""

    def __init__(self, plan: WeekPlan, source: int, parent=None):
        super().__init__(parent)
        self.source = source
        name = formats().weekday_name(source)
        self.setWindowTitle(translate("ui.plan.dialogs", "Copy {day} to other days").format(day=name))
        self.setAccessibleName(self.windowTitle())
        lay = QVBoxLayout(self)
        count = len(plan.entries(source))
        lay.addWidget(plain_label(translate("ui.plan.dialogs", "Copy {day}'s %n exercise(s), with their doses, to:",
                                            None, count).format(day=name), self))
        grid = QGridLayout()
        self.boxes: dict[int, QCheckBox] = {}
        for day in range(7):
            if day == source:
                continue
            have = len(plan.entries(day))
            day_name = formats().weekday_name(day)
            day_name = day_name[:1].upper() + day_name[1:]
            text = translate("ui.plan.dialogs", "{day}  (replaces its %n)", "a day to copy to, and how many exercises "
                             "it has now", have).format(day=day_name) if have else day_name
            box = QCheckBox(text, self)
            box.setAccessibleName(translate("ui.plan.dialogs", "Copy to {day}, replacing its %n exercises", None,
                                            have).format(day=formats().weekday_name(day)) if have else
                                  translate("ui.plan.dialogs", "Copy to {day}").format(day=formats().weekday_name(day)))
            self.boxes[day] = box
            grid.addWidget(box, len(self.boxes) - 1, 0)
        lay.addLayout(grid)
        every = QPushButton(translate("ui.plan.dialogs", "Select &all"), self)
        every.setAccessibleName(translate("ui.plan.dialogs", "Select all other days"))
        every.clicked.connect(lambda: [b.setChecked(True) for b in self.boxes.values()])
        lay.addWidget(every, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("ui.plan.dialogs", "Copy", "button: copy the day"))
        self.ok.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        for box in self.boxes.values():
            box.toggled.connect(lambda _on: self.ok.setEnabled(bool(self.targets())))

    def targets(self) -> list[int]:
        return [day for day, box in self.boxes.items() if box.isChecked()]
