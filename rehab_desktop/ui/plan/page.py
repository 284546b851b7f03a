"""The plan page's widgets, built onto the pane as Qt Designer's setupUi would: the name and its
buttons, the days, the day's exercises and dose, today's list and printing. How they are arranged
for the room the page has is layout.PlanLayout's business."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.ui.common import style
from rehab_desktop.ui.common.flow import FlowLayout
from rehab_desktop.ui.plan import controls
from rehab_desktop.ui.plan.dose import DoseEditor
from rehab_desktop.ui.plan.layout import PlanLayout
from rehab_desktop.ui.plan.model import DayEntriesModel
from rehab_desktop.ui.plan.picker import ExercisePicker
from rehab_desktop.ui.plan.print_box import PrintBox
from rehab_desktop.ui.plan.today import TodayPanel


def label(text: str, parent, muted: bool = False) -> QLabel:
    caption = QLabel(text, parent)
    caption.setTextFormat(Qt.TextFormat.PlainText)  # the plan's name and notes are the user's text
    caption.setWordWrap(True)
    if muted:
        caption.setForegroundRole(QPalette.ColorRole.Mid)  # style.muted_text, and it follows theme changes
    return caption


def build(pane) -> PlanLayout:
    """Make the pane's widgets (as its attributes), connect them to its slots, and return their layout."""
    # Scrollable, so that large text never makes the window wider or taller than the screen; the
    # page changes shape (PlanLayout) before it would scroll sideways.
    pane.scroll = QScrollArea(pane)
    pane.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls on the page
    pane.scroll.setWidgetResizable(True)
    pane.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    pane.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content = QWidget(pane.scroll)
    pane.scroll.setWidget(content)
    QVBoxLayout(pane).addWidget(pane.scroll)
    pane.layout().setContentsMargins(0, 0, 0, 0)
    outer = QVBoxLayout(content)
    # Alt+letter keys: F, V, T, S and H open the window's menus and E, P and H pick its sections,
    # so the pane's own use other letters; moves, removal and undo have their own shortcuts.
    top_row = QWidget(pane)
    top = FlowLayout(top_row)  # the buttons go under the name when the row is full
    name_box = QWidget(top_row)
    name_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    name_row = QHBoxLayout(name_box)
    name_row.setContentsMargins(0, 0, 0, 0)
    pane.name_edit = controls.line(pane, translate("ui.plan.page", "Plan &name"),
                                   translate("ui.plan.page", "Plan name"), name_row, 1, 80)
    top.setContentsMargins(0, 0, 0, 0)
    top.addWidget(name_box)
    top_buttons = QWidget(top_row)  # the three go to the next line together
    buttons = QHBoxLayout(top_buttons)
    buttons.setContentsMargins(0, 0, 0, 0)
    controls.button(pane, translate("ui.plan.page", "Start from a pro&gram\u2026"),
                    translate("ui.plan.page", "Start from a starter program"), pane.choose_program, buttons)
    pane.undo_action = controls.action(pane, translate("ui.plan.page", "Undo"), QKeySequence.StandardKey.Undo,
                                       pane.undo)
    pane.redo_action = controls.action(pane, translate("ui.plan.page", "Redo"), QKeySequence.StandardKey.Redo,
                                       pane.redo)
    for act in (pane.undo_action, pane.redo_action):
        controls.action_button(pane, act, buttons)
    top.addWidget(top_buttons)
    outer.addWidget(top_row)
    pane.origin = label("", pane, muted=True)  # the starter program the plan began from, while it is set
    pane.origin.setAccessibleName(translate("ui.plan.page", "Where the plan started"))
    outer.addWidget(pane.origin)
    pane.message = label("", pane)
    pane.message.setAccessibleName(translate("ui.plan.page", "Plan messages"))
    outer.addWidget(pane.message)
    if pane.suggestions is not None:  # what the history suggests: hidden while there is nothing
        from rehab_desktop.ui.suggestions.cards import SuggestionList

        pane.suggestion_list = SuggestionList(pane.suggestions, pane)
        outer.addWidget(pane.suggestion_list)

    pane.day_list = QListWidget(pane)
    pane.day_list.setAccessibleName(translate("ui.plan.page", "Days of the week"))
    for day in range(7):  # sized for its longest label; relabelled by the pane
        pane.day_list.addItem(pane.day_label(formats().weekday_name(day), True, 12))
    pane.day_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
    pane.day_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    pane.day_list.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
    pane.day_list.currentRowChanged.connect(pane._day_chosen)
    pane.left_column = QWidget(pane)
    left = QVBoxLayout(pane.left_column)
    left.setContentsMargins(0, 0, 0, 0)
    left.addWidget(pane.day_list, 0, Qt.AlignmentFlag.AlignTop)
    about = label(translate("ui.plan.page", "The plan repeats every week. Changes are saved as you make them; "
                                            "Ctrl+Z undoes them. Drag an exercise, or press Alt+Up and Alt+Down, to "
                                            "change the order."), pane, muted=True)
    about.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    left.addWidget(about, 1)

    middle_column = QWidget(pane)
    middle = QVBoxLayout(middle_column)
    middle.setContentsMargins(0, 0, 0, 0)
    pane.day_title = label("", pane)
    pane.day_title.setFont(style.scaled_font(pane.font(), 1.15, bold=True))
    title_row = QHBoxLayout()
    title_row.addWidget(pane.day_title, 1)
    controls.button(pane, translate("ui.plan.page", "&Copy day to\u2026"),
                    translate("ui.plan.page", "Copy this day to other days"), pane.choose_copy_targets, title_row)
    middle.addLayout(title_row)
    pane.model = DayEntriesModel(pane.library, pane)
    pane.view = QListView(pane)
    pane.view.setModel(pane.model)
    pane.view.setAccessibleName(translate("ui.plan.page", "Exercises on this day, in order"))
    pane.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    pane.view.setDefaultDropAction(Qt.DropAction.MoveAction)
    pane.view.setDropIndicatorShown(True)
    pane.view.setAlternatingRowColors(True)
    controls.wrap_rows(pane.view)  # long doses wrap rather than scroll sideways at large text sizes
    pane.view.setResizeMode(QListView.ResizeMode.Adjust)
    pane.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    pane.view.selectionModel().currentRowChanged.connect(lambda *_: pane._entry_chosen())
    pane.model.about_to_move.connect(pane._checkpoint)
    pane.model.moved.connect(pane._after_move)
    middle.addWidget(pane.view, 1)

    add_row = QHBoxLayout()
    pane.add_combo = ExercisePicker(pane.library, pane)
    pane.add_combo.entered.connect(pane.add_selected)  # Enter with no match highlighted
    pane.add_combo.picked.connect(pane.add_picked)  # Enter or a click on a match
    add_row.addWidget(pane.add_combo, 1)
    controls.button(pane, translate("ui.plan.page", "&Add"), translate("ui.plan.page", "Add the exercise to this day"),
                    pane.add_selected, add_row)
    middle.addLayout(add_row)

    moves = FlowLayout()  # wraps under itself rather than widening the column
    pane.up_action = controls.action(pane, translate("ui.plan.page", "Move up"), "Alt+Up", pane.move_up)
    pane.down_action = controls.action(pane, translate("ui.plan.page", "Move down"), "Alt+Down", pane.move_down)
    pane.remove_action = controls.action(pane, translate("ui.plan.page", "Remove"), "Delete", pane.remove_selected,
                                         pane.view)
    for act in (pane.up_action, pane.down_action, pane.remove_action):
        controls.action_button(pane, act, moves)
    middle.addLayout(moves)
    pane.dose_editor = DoseEditor(pane)
    pane.dose_editor.dose_changed.connect(pane._dose_edited)
    middle.addWidget(pane.dose_editor)

    side = QWidget(pane)
    right = QVBoxLayout(side)
    right.setContentsMargins(0, 0, 0, 0)
    pane.today_panel = TodayPanel(pane.library, pane)
    pane.today_panel.start_requested.connect(pane.start_routine)
    pane.today_panel.log_requested.connect(pane.log_by_hand)
    right.addWidget(pane.today_panel, 1)
    pane.print_box = PrintBox(pane.library, pane.prefs, pane.today, pane.plan_for_output, pane)
    pane.print_box.message.connect(pane._say)
    pane.notes_edit = pane.print_box.notes_edit
    right.addWidget(pane.print_box, 0, Qt.AlignmentFlag.AlignTop)

    body = QWidget(pane)
    outer.addWidget(body, 1)

    pane.name_edit.editingFinished.connect(lambda: pane._set_text("name", pane.name_edit.text()))
    pane.notes_edit.editingFinished.connect(lambda: pane._set_text("notes", pane.notes_edit.text()))
    return PlanLayout(pane, pane.scroll, body, pane.left_column, pane.day_list, middle_column, side)
