"""One session in detail: each exercise's sets against the target, holds and reps achieved, pain flags, notes."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.core.exercises import Exercise, Library, Side
from rehab_desktop.core.records import SetStatus
from rehab_desktop.core.session import sets_done_text
from rehab_desktop.store import ExerciseInSession, SessionDetail
from rehab_desktop.ui.common.formatting import (
    clock_text,
    dose_text,
    flag_text,
    long_day,
    minutes_text,
    pain_text,
    seconds_text,
)
from rehab_desktop.ui.common.style import muted_text, scaled_font


def achieved_html(exercise: Exercise | None, done: ExerciseInSession) -> str:
    """Per movement and leg: each completed set's hold or reps, with the target once at the end."""
    names = {m.key: m.name for m in exercise.dose.movements} if exercise else {}
    groups: dict[tuple[str, str], list] = {}
    for s in done.sets:
        groups.setdefault((s.movement, s.side.value), []).append(s)
    lines = []
    for (movement, _side), sets in groups.items():
        first = sets[0]
        side = first.side.label if first.side.value != "both" else ""
        if side and exercise is not None and exercise.dose.side is Side.SWITCH_EACH_SET:
            side = f"{first.side.value.capitalize()} foot on the pad"  # as the timer named those sets
        where = [names.get(movement) or "", side]
        head = " \u00b7 ".join(w for w in where if w)
        done_sets = [s for s in sets if s.status is SetStatus.COMPLETED]
        if first.target_reps is None:  # a hold
            figures = ", ".join(seconds_text(s.achieved_hold_s).removesuffix(" s") for s in done_sets)
            tail = f" s (target {seconds_text(first.target_hold_s)})" if figures else ""
        else:
            figures = ", ".join(str(s.achieved_reps) for s in done_sets if s.achieved_reps is not None)
            tail = f" reps (target {first.target_reps})" if figures else ""
        skipped = len(sets) - len(done_sets)
        text = (figures + tail) if figures else "none completed"
        if skipped:
            text += f"; {skipped} skipped"
        lines.append((f"{html.escape(head)}: " if head else "") + html.escape(text))
    return "<br>".join(lines) or "\u2014"


class SessionDetailView(QWidget):
    """Shows one SessionDetail; asks the pane to save notes or delete the session."""

    save_notes_requested = Signal(int, str)
    delete_requested = Signal(int)

    def __init__(self, library: Library, parent: QWidget | None = None,
                 both_ankles: Callable[[], bool] = lambda: False):
        """`both_ankles` says whether both ankles are affected now (an affected-side exercise then has
        each side's sets, even when a session stopped before the second side)."""
        super().__init__(parent)
        self.library = library
        self.both_ankles = both_ankles
        self.detail: SessionDetail | None = None
        self._saved_notes = ""  # what the store holds, to tell typed changes apart
        self._empty_text = "No session selected."
        self.title = QLabel(self)
        self.title.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # alone when empty
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.body = QTextBrowser(self)
        self.body.setOpenLinks(False)
        self.body.setAccessibleName("Session details")
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.notes_label = QLabel("&Notes", self)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName("Session notes")
        self.notes.setPlaceholderText("How it went, what your therapist said\u2026")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(int(self.fontMetrics().lineSpacing() * 3.6))
        self.notes_label.setBuddy(self.notes)
        self.save_button = QPushButton("S&ave notes", self)
        self.save_button.setEnabled(False)
        self.save_button.setAccessibleName("Save the session's notes")
        self.delete_button = QPushButton("&Delete session\u2026", self)
        self.delete_button.setAccessibleName("Delete this session")
        self.notes.textChanged.connect(self._notes_changed)
        self.save_button.clicked.connect(self.save_notes)
        self.delete_button.clicked.connect(self._delete)
        QShortcut(QKeySequence.StandardKey.Save, self.notes, self.save_notes,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.subtitle)
        lay.addWidget(self.body, 1)
        lay.addWidget(self.notes_label)
        lay.addWidget(self.notes)
        lay.addLayout(buttons)
        self.show_detail(None)

    # -- showing -----------------------------------------------------------------------------

    def show_detail(self, detail: SessionDetail | None, empty_text: str | None = None,
                    typed: str | None = None) -> None:
        """Show a session, or the empty text (why nothing is shown) when `detail` is None.

        `typed`: notes typed for it earlier that could not be saved; they go back in the box, unsaved.
        """
        if empty_text is not None:
            self._empty_text = empty_text
        self.detail = detail
        has = detail is not None
        for w in (self.subtitle, self.body, self.notes_label, self.notes, self.save_button, self.delete_button):
            w.setVisible(has)
        self._saved_notes = detail.summary.notes if has else ""
        self.notes.blockSignals(True)
        self.notes.setPlainText(self._saved_notes)
        self.notes.blockSignals(False)
        if has and typed is not None and typed != self._saved_notes:
            self.notes.setPlainText(typed)  # textChanged enables Save
        self.save_button.setEnabled(self.notes_modified())
        if not has:
            self.title.setText(self._empty_text)
            self.body.clear()
            return
        s = detail.summary
        self.title.setText(long_day(s.local_day))
        end = "in progress" if s.is_open or s.ended_at is None else f"{clock_text(s.ended_at)}"
        parts = [f"{clock_text(s.started_at)} \u2013 {end}"]
        if not s.is_open:
            parts.append(minutes_text(s.duration))
        parts.append(f"{minutes_text(s.active_s)} in sets")
        parts.append(f"pain {pain_text(s.pain_before, s.pain_after)}")
        if s.effort is not None:
            parts.append(f"effort {s.effort}/10")
        if s.entered_by_hand:
            parts.append("entered by hand")
        self.subtitle.setText(" \u00b7 ".join(parts))
        self.delete_button.setEnabled(not s.is_open)
        self.delete_button.setToolTip("Finish the session first." if s.is_open else "")
        self._render_body()

    def _render_body(self) -> None:
        detail = self.detail
        if detail is None:
            return
        muted = muted_text(self.palette()).name()
        rows = []
        for done in detail.exercises:
            ex = self.library.get(done.exercise_id)
            name = ex.name if ex else done.exercise_id
            sets = sets_done_text(ex, done.dose, list(done.sets), self.both_ankles())
            dose = dose_text(done.dose) + (" · eased after pain" if done.eased else "")
            rows.append(f"<tr><td><b>{html.escape(name)}</b><br><span style='color:{muted}'>"
                        f"{html.escape(dose)}</span></td>"
                        f"<td align='center'>{sets}</td><td>{achieved_html(ex, done)}</td></tr>")
        out = []
        if rows:
            out.append("<table width='100%' cellspacing='0' cellpadding='5'>"
                       f"<tr style='color:{muted}'><th align='left' width='36%'>Exercise</th><th>Sets</th>"
                       "<th align='left'>Achieved</th></tr>" + "".join(rows) + "</table>")
        else:
            out.append(f"<p style='color:{muted}'>No sets were recorded in this session.</p>")
        if detail.pain_flags:
            items = "".join(f"<li>{html.escape(flag_text(f, self.library))}</li>" for f in detail.pain_flags)
            out.append(f"<p><b>Pain flags ({len(detail.pain_flags)})</b></p><ul>{items}</ul>")
        self.body.setHtml("".join(out))

    # -- notes and delete ----------------------------------------------------------------------

    def notes_modified(self) -> bool:
        return self.detail is not None and self.notes.toPlainText() != self._saved_notes

    def save_notes(self) -> None:
        if self.notes_modified():
            self.save_notes_requested.emit(self.detail.summary.id, self.notes.toPlainText())

    def mark_notes_saved(self) -> None:
        self._saved_notes = self.notes.toPlainText()
        self.save_button.setEnabled(False)

    def _notes_changed(self) -> None:
        self.save_button.setEnabled(self.notes_modified())

    def _delete(self) -> None:
        if self.detail is not None:
            self.delete_requested.emit(self.detail.summary.id)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render_body()  # the muted colour is written into the HTML
