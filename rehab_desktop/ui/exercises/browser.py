"""The exercise browser pane: search, filters and the grouped exercise list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QPalette, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.core.exercises import EQUIPMENT_TAGS, Library, equipment_label
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from rehab_desktop.ui.common.flow import FlowLayout
from rehab_desktop.ui.common.style import muted_text, scaled_font
from rehab_desktop.ui.exercises.model import (
    DoseRole,
    ExerciseFilter,
    ExerciseIdRole,
    ExerciseModel,
    IsGroupRole,
    QueueRole,
)
from rehab_desktop.ui.figures.motion import FigureSettings
from rehab_desktop.ui.figures.placement import Thumbnails

# The impingement filter's choices: shown with translate("ui.exercises.browser", label).
EMPHASIS_CHOICES = [("", QT_TRANSLATE_NOOP("ui.exercises.browser", "All types")),
                    ("anterior", QT_TRANSLATE_NOOP("ui.exercises.browser", "Anterior")),
                    ("posterior", QT_TRANSLATE_NOOP("ui.exercises.browser", "Posterior"))]


class ExerciseDelegate(QStyledItemDelegate):
    """Paints group headers and two-line exercise rows (name, then dose summary), each with a
    small still of its figure at the left when `thumbnails` are on."""

    PAD = 8

    def __init__(self, parent, library: Library | None = None, thumbnails: Thumbnails | None = None):
        super().__init__(parent)
        self.library = library
        self.thumbnails = thumbnails

    def sizeHint(self, option, index: QModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        if index.data(IsGroupRole):
            return QSize(200, int(fm.height() * 1.1) + 3 * self.PAD)
        name_h = self._name_rect(option, index).height()
        below = max(self._dose_rect(option, index).height(), self._thumb_side(option.font))
        return QSize(200, name_h + below + 2 * self.PAD + 2 + (2 if self._thumb_side(option.font) else 0))

    def _thumb_side(self, font) -> int:
        """The still's side (0: none): under the name, beside about three lines of the dose."""
        if self.thumbnails is None or not self.thumbnails.enabled or self.library is None:
            return 0
        return round(QFontMetrics(scaled_font(font, 0.85)).height() * 2.8)

    def _text_width(self) -> int:
        view = self.parent()
        thumb = self._thumb_side(view.font())
        return max(120, view.viewport().width() - 3 * self.PAD - 6 - (thumb + self.PAD if thumb else 0))

    def _badge_width(self, option, index: QModelIndex) -> int:
        """The routine's pill at the right of the name (0 when the exercise is not in the routine)."""
        place = index.data(QueueRole)
        if not place:
            return 0
        text = translate("ui.exercises.browser", "Routine {place}", "a badge: its place in the routine").format(
            place=place)
        return QFontMetrics(scaled_font(option.font, 0.8, bold=True)).horizontalAdvance(text) + 12

    def _name_lines(self, option, index: QModelIndex) -> tuple[list[str], int]:
        """The name in at most two lines at the row's width, the second elided (a long name, as Spanish
        ones are, is read whole rather than cut off after its second word); and that width."""
        font = scaled_font(option.font, 1.0, bold=True)
        fm = QFontMetrics(font)
        badge = self._badge_width(option, index)
        width = self.parent().viewport().width() - 2 * self.PAD - 6 - 2
        width = max(60, width - (badge + 6 if badge else 0))
        name = index.data() or ""
        layout = QTextLayout(name, font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(width)
        cut = line.textLength() if line.isValid() else len(name)
        layout.endLayout()
        first, rest = name[:cut].rstrip(), name[cut:].strip()
        if not rest:
            return [first], width
        return [first, fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)], width

    def _name_rect(self, option, index: QModelIndex) -> QRect:
        lines, width = self._name_lines(option, index)
        fm = QFontMetrics(scaled_font(option.font, 1.0, bold=True))
        return QRect(0, 0, width, fm.height() + (len(lines) - 1) * fm.lineSpacing())

    def _dose_rect(self, option, index: QModelIndex) -> QRect:
        # The dose wraps rather than being cut off: "each leg" at the end matters.
        small = QFontMetrics(scaled_font(option.font, 0.85))
        return small.boundingRect(QRect(0, 0, self._text_width(), 10_000), Qt.TextFlag.TextWordWrap,
                                  index.data(DoseRole) or "")

    def paint(self, painter, option, index: QModelIndex) -> None:
        painter.save()
        pal: QPalette = option.palette
        rect: QRect = option.rect
        if index.data(IsGroupRole):
            font = scaled_font(option.font, 0.9, bold=True)
            painter.setFont(font)
            painter.setPen(pal.color(QPalette.ColorRole.Link))
            text_rect = rect.adjusted(self.PAD, 2 * self.PAD, -self.PAD, -self.PAD // 2)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             QFontMetrics(font).elidedText(index.data().upper(), Qt.TextElideMode.ElideRight,
                                                           text_rect.width()))
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, pal.color(QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, pal.color(QPalette.ColorRole.AlternateBase))
        fg = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        sub = fg if selected else muted_text(pal)
        inner = rect.adjusted(self.PAD + 6, self.PAD, -self.PAD, -self.PAD)
        name_font = scaled_font(option.font, 1.0, bold=True)
        fm = QFontMetrics(name_font)
        place = index.data(QueueRole)
        if place:  # a mark for the routine: its place, in a small pill at the right of the name
            badge_font = scaled_font(option.font, 0.8, bold=True)
            bfm = QFontMetrics(badge_font)
            text = translate("ui.exercises.browser", "Routine {place}", "a badge: its place in the routine").format(
                place=place)
            w = self._badge_width(option, index)
            badge = QRect(inner.right() - w, inner.y() + max(0, (fm.height() - bfm.height()) // 2) - 1, w,
                          bfm.height() + 2)
            painter.setFont(badge_font)
            painter.setPen(Qt.PenStyle.NoPen)
            pill, ink = QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText
            if selected:  # on the highlighted row the pill turns over
                pill, ink = ink, pill
            painter.setBrush(pal.color(pill))
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.setPen(pal.color(ink))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
            painter.setBrush(Qt.BrushStyle.NoBrush)  # the focus frame below is an outline, not a fill
        painter.setFont(name_font)
        painter.setPen(fg)
        lines, width = self._name_lines(option, index)
        # At the start of the row in the window's direction (right to left: at the right, read from there).
        align = QStyle.visualAlignment(option.direction, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        painter.setLayoutDirection(option.direction)
        start = inner.x() if option.direction == Qt.LayoutDirection.LeftToRight else inner.right() - width + 1
        for n, line in enumerate(lines):
            painter.drawText(QRect(start, inner.y() + n * fm.lineSpacing(), width, fm.height()), align, line)
        name_h = fm.height() + (len(lines) - 1) * fm.lineSpacing()
        painter.setFont(scaled_font(option.font, 0.85))
        painter.setPen(sub)
        dose_rect = QRect(inner.x(), inner.y() + name_h + 2, inner.width(), inner.height() - name_h - 2)
        thumb = self._thumb_side(option.font)
        if thumb:  # the still sits under the name, the dose beside it: the name keeps the whole width
            dose_rect.translate(0, 2)
            self._paint_thumb(painter, option, index, QRect(dose_rect.x(), dose_rect.y(), thumb, thumb))
            dose_rect.setLeft(dose_rect.left() + thumb + self.PAD)
        painter.drawText(dose_rect, Qt.TextFlag.TextWordWrap, index.data(DoseRole) or "")
        if option.state & QStyle.StateFlag.State_HasFocus:
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
            painter.setPen(pal.color(role))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def _paint_thumb(self, painter, option, index: QModelIndex, box: QRect) -> None:
        exercise = self.library.get(index.data(ExerciseIdRole))
        if exercise is None:
            return
        painter.drawPixmap(box, self.thumbnails.pixmap(exercise, box.size(), option.palette,
                                                       painter.device().devicePixelRatioF()))


class ExerciseList(QTreeView):
    """The list itself; Enter opens the instructions, Up/Down move between exercises."""

    activated_exercise = Signal(str)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # row heights depend on the width (wrapped dose)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            ex_id = self.currentIndex().data(ExerciseIdRole)
            if ex_id:
                self.activated_exercise.emit(ex_id)
                return
        super().keyPressEvent(event)


class BrowserPane(QWidget):
    """Search field, filters and the grouped list; emits the id of the selected exercise."""

    exercise_selected = Signal(str)
    exercise_activated = Signal(str)  # Enter or double-click: the user wants to work on it
    own_requested = Signal(str, str)  # ("add" | "copy" | "edit" | "remove", exercise id or '')

    def __init__(self, library: Library, parent=None, figures: FigureSettings | None = None):
        """`figures`: how figures are shown (None: no stills in the list)."""
        super().__init__(parent)
        self.library = library
        self.model = ExerciseModel(library, self)
        self.proxy = ExerciseFilter(library, self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("ui.exercises.browser", "Search exercises  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("ui.exercises.browser", "Search exercises"))
        self.search.setAccessibleDescription(translate("ui.exercises.browser",
                                                       "Filters the list by name, steps and equipment as you type"))
        self.search.textChanged.connect(self._on_search)
        self.search.installEventFilter(self)

        self.group_combo = QComboBox(self)
        self.group_combo.setAccessibleName(translate("ui.exercises.browser", "Exercise group filter"))
        self.group_combo.addItem(translate("ui.exercises.browser", "All groups"), "")
        for g in library.groups:
            self.group_combo.addItem(g.name, g.id)
        self.group_combo.currentIndexChanged.connect(
            lambda: self._apply(self.proxy.set_group, self.group_combo.currentData()))

        self.emphasis_combo = QComboBox(self)
        self.emphasis_combo.setAccessibleName(translate("ui.exercises.browser", "Impingement emphasis filter"))
        self.emphasis_combo.setToolTip(translate("ui.exercises.browser", "Impingement type: show only the exercises "
                                                                         "the source singles out for anterior or "
                                                                         "posterior impingement"))
        for value, label in EMPHASIS_CHOICES:
            self.emphasis_combo.addItem(translate("ui.exercises.browser", label), value)
        self.emphasis_combo.currentIndexChanged.connect(
            lambda: self._apply(self.proxy.set_emphasis, self.emphasis_combo.currentData()))

        self.equipment_button = QToolButton(self)
        self.equipment_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.equipment_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.equipment_button.setAccessibleName(translate("ui.exercises.browser", "Equipment I have"))
        menu = QMenu(self.equipment_button)
        menu.addSection(translate("ui.exercises.browser", "Equipment I have"))
        # Ticked means "I have it"; untick what you don't have, and the exercises needing it are hidden.
        self.equipment_actions: dict[str, QAction] = {}
        for tag in EQUIPMENT_TAGS:
            act = QAction(equipment_label(tag), menu)
            act.setCheckable(True)
            act.setChecked(True)
            act.toggled.connect(self._on_equipment)
            menu.addAction(act)
            self.equipment_actions[tag] = act
        self.equipment_button.setMenu(menu)
        self._update_equipment_text()

        self.view = ExerciseList(self)
        self.view.setModel(self.proxy)
        self.thumbnails = Thumbnails(figures, self) if figures is not None else None
        self.view.setItemDelegate(ExerciseDelegate(self.view, library, self.thumbnails))
        if figures is not None:
            figures.changed.connect(self.view.scheduleDelayedItemsLayout)  # stills on or off: new row heights
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setIndentation(0)
        self.view.setUniformRowHeights(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setMouseTracking(True)
        self.view.setAccessibleName(translate("ui.exercises.browser", "Exercises"))
        self.view.setAccessibleDescription(translate(
            "ui.exercises.browser", "Exercises under their four groups; Up and Down move, Enter opens"))
        self.view.expandAll()
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.view.activated_exercise.connect(self.exercise_activated)
        self.view.doubleClicked.connect(
            lambda i: i.data(ExerciseIdRole) and self.exercise_activated.emit(i.data(ExerciseIdRole)))
        for sig in (self.proxy.rowsInserted, self.proxy.layoutChanged, self.proxy.modelReset):
            sig.connect(self.view.expandAll)

        self.empty = QWidget(self)
        self.empty_label = QLabel(translate("ui.exercises.browser", "No exercise matches."), self.empty)
        self.empty_label.setWordWrap(True)
        clear = QPushButton(translate("ui.exercises.browser", "Clear search and filters"), self.empty)
        clear.setAccessibleName(translate("ui.exercises.browser", "Clear search and filters"))
        clear.clicked.connect(self.clear_filters)
        el = QVBoxLayout(self.empty)
        el.addWidget(self.empty_label)
        el.addWidget(clear)
        el.addStretch(1)
        self.empty.hide()
        self.add_own = QPushButton(translate("ui.exercises.browser", "Add my own exercise\u2026"), self)
        self.add_own.setAccessibleName(translate("ui.exercises.browser", "Add my own exercise"))
        self.add_own.setToolTip(translate("ui.exercises.browser",
                                          "An exercise your therapist gave you, with its steps and dose"))
        self.add_own.clicked.connect(lambda: self.own_requested.emit("add", ""))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        for combo in (self.group_combo, self.emphasis_combo):
            # As wide as the choice shown: the filters wrap onto more lines rather than cut a name.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        filters = FlowLayout()
        for w in (self.group_combo, self.emphasis_combo, self.equipment_button):
            filters.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        from rehab_desktop.ui.selfcheck.entry import SelfCheckEntry

        self.self_check = SelfCheckEntry(self, self.view)  # the weekly self-check, beside "Add my own exercise…"
        below = FlowLayout()
        below.addWidget(self.add_own)
        below.addWidget(self.self_check)
        layout.addLayout(below)
        self.setFocusProxy(self.view)

    # -- the user's own exercises ------------------------------------------------------

    def own_menu(self, menu: QMenu, exercise_id: str | None) -> None:
        """Fill `menu` with what can be done with own exercises, for `exercise_id` (or none)."""
        ex = self.library.get(exercise_id) if exercise_id else None
        menu.addAction(translate("ui.exercises.browser", "Add my own exercise\u2026"),
                       lambda: self.own_requested.emit("add", ""))
        if ex is not None:
            menu.addAction(translate("ui.exercises.browser", "Copy \u201c{name}\u201d to my own\u2026",
                                     "a menu item; an exercise's name").format(name=ex.name),
                           lambda: self.own_requested.emit("copy", ex.id))
        if ex is not None and ex.own:
            menu.addAction(translate("ui.exercises.browser", "Edit \u201c{name}\u201d\u2026",
                                     "a menu item; an exercise's name").format(name=ex.name),
                           lambda: self.own_requested.emit("edit", ex.id))
            menu.addAction(translate("ui.exercises.browser", "Remove \u201c{name}\u201d\u2026",
                                     "a menu item; an exercise's name").format(name=ex.name),
                           lambda: self.own_requested.emit("remove", ex.id))

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        menu = QMenu(self)
        self.own_menu(menu, index.data(ExerciseIdRole) if index.isValid() else None)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def reload_library(self) -> None:
        """The library's own exercises changed: rebuild the list, keeping the current exercise."""
        current = self.current_id()
        self.view.selectionModel().blockSignals(True)
        self.proxy.reload()
        self.model.reload()
        self.view.selectionModel().blockSignals(False)
        self.view.expandAll()
        if (current is None or not self.select(current)) and self.library.exercises:
            self.select(self.library.exercises[0].id)

    # -- selection -----------------------------------------------------------------

    def select(self, exercise_id: str) -> bool:
        """Make `exercise_id` current (clearing filters that hide it); False if unknown."""
        src = self.model.index_of(exercise_id)
        if not src.isValid():
            return False
        idx = self.proxy.mapFromSource(src)
        if not idx.isValid():
            self.clear_filters()
            idx = self.proxy.mapFromSource(src)
        self.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if idx.row() == 0:
            # Keep the group heading in view.
            self.view.scrollTo(idx.parent(), QAbstractItemView.ScrollHint.PositionAtTop)
        self.view.scrollTo(idx)
        return True

    def set_queued(self, places: dict[str, int]) -> None:
        """Show which exercises are in the session's routine, and where."""
        self.model.set_queued(places)

    def current_id(self) -> str | None:
        return self.view.currentIndex().data(ExerciseIdRole)

    def _on_current(self, current: QModelIndex, _previous) -> None:
        ex_id = current.data(ExerciseIdRole)
        if ex_id:
            self.exercise_selected.emit(ex_id)

    # -- filters -------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_filters(self) -> None:
        self.search.clear()
        self.group_combo.setCurrentIndex(0)
        self.emphasis_combo.setCurrentIndex(0)
        for act in self.equipment_actions.values():
            act.setChecked(True)

    def _on_search(self, text: str) -> None:
        self._apply(self.proxy.set_search, text)

    def _on_equipment(self) -> None:
        self._update_equipment_text()
        self._apply(self.proxy.set_missing_equipment,
                    [t for t, a in self.equipment_actions.items() if not a.isChecked()])

    def _update_equipment_text(self) -> None:
        missing = [equipment_label(t).lower() for t, a in self.equipment_actions.items() if not a.isChecked()]
        if missing:
            text = translate("ui.exercises.browser", "Only exercises I have the equipment for")
            tip = translate("ui.exercises.browser", "Hidden: exercises that need {equipment}. Tick what you have to "
                                                    "show them.", "{equipment}: a list of items").format(
                equipment=", ".join(missing))
        else:
            text = translate("ui.exercises.browser", "Equipment: all exercises")
            tip = translate("ui.exercises.browser", "Untick equipment you don't have, and the exercises that need it "
                                                    "are hidden.")
        self.equipment_button.setText(text + "  \u25be")
        self.equipment_button.setToolTip(tip)
        self.equipment_button.setAccessibleDescription(tip)

    def _apply(self, setter, value) -> None:
        current = self.current_id()
        setter(value)
        self.view.expandAll()
        visible = self.proxy.visible_ids()
        self.view.setVisible(bool(visible))
        self.empty.setVisible(not visible)
        if current and current in visible:
            self.view.scrollTo(self.proxy.mapFromSource(self.model.index_of(current)))

    def eventFilter(self, obj, event) -> bool:
        # Down or Enter in the search field hands over to the list, on the first match.
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                visible = self.proxy.visible_ids()
                if visible:
                    current = self.current_id()
                    self.select(current if current in visible else visible[0])
                    self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                    if event.key() != Qt.Key.Key_Down:
                        self.exercise_activated.emit(self.current_id())
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(obj, event)
