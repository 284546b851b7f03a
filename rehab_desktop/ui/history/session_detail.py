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
from rehab_desktop.core.i18n import translate
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
            # as the timer named those sets
            side = translate("ui.history.session_detail", "Left foot on the pad") if first.side.value == "left" \
                else translate("ui.history.session_detail", "Right foot on the pad")
        where = [names.get(movement) or "", side]
        head = " \u00b7 ".join(w for w in where if w)
        done_sets = [s for s in sets if s.status is SetStatus.COMPLETED]
        if first.target_reps is None:  # a hold
            figures = ", ".join(seconds_text(s.achieved_hold_s).removesuffix(" s") for s in done_sets)
            text = translate("ui.history.session_detail", "{holds} s (target {target})",
                             "holds: each set's seconds, '28, 30'; target: '30 s'").format(
                holds=figures, target=seconds_text(first.target_hold_s)) if figures else ""
        else:
            figures = ", ".join(str(s.achieved_reps) for s in done_sets if s.achieved_reps is not None)
            text = translate("ui.history.session_detail", "{reps} reps (target {target})",
                             "reps: each set's reps, '12, 10'; target: a number").format(
                reps=figures, target=first.target_reps) if figures else ""
        skipped = len(sets) - len(done_sets)
        text = text or translate("ui.history.session_detail", "none completed", "no set of it was completed")
        if skipped:
            text = translate("ui.history.session_detail", "{done}; %n skipped",
                             "done: what was achieved, e.g. '12, 10 reps (target 12)'; %n: sets skipped",
                             skipped).format(done=text)
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
        self._empty_text = translate("ui.history.session_detail", "No session selected.")
        self.title = QLabel(self)
        self.title.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # alone when empty
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.body = QTextBrowser(self)
        self.body.setOpenLinks(False)
        self.body.setAccessibleName(translate("ui.history.session_detail", "Session details"))
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.notes_label = QLabel(translate("ui.history.session_detail", "&Notes"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(translate("ui.history.session_detail", "Session notes"))
        self.notes.setPlaceholderText(translate("ui.history.session_detail", "How it went, what your therapist "
                                                "said\u2026"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(int(self.fontMetrics().lineSpacing() * 3.6))
        self.notes_label.setBuddy(self.notes)
        self.save_button = QPushButton(translate("ui.history.session_detail", "S&ave notes"), self)
        self.save_button.setEnabled(False)
        self.save_button.setAccessibleName(translate("ui.history.session_detail", "Save the session's notes"))
        self.delete_button = QPushButton(translate("ui.history.session_detail", "&Delete session\u2026"), self)
        self.delete_button.setAccessibleName(translate("ui.history.session_detail", "Delete this session"))
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
        title = long_day(s.local_day)  # a heading: capitalised where the language writes day names in lower case
        self.title.setText(title[:1].upper() + title[1:])
        end = translate("ui.history.session_detail", "in progress", "a session not finished yet") \
            if s.is_open or s.ended_at is None else f"{clock_text(s.ended_at)}"
        parts = [f"{clock_text(s.started_at)} \u2013 {end}"]
        if not s.is_open:
            parts.append(minutes_text(s.duration))
        parts.append(translate("ui.history.session_detail", "{minutes} in sets", "minutes: '36 min'").format(
            minutes=minutes_text(s.active_s)))
        parts.append(translate("ui.history.session_detail", "pain {before_after}",
                               "before_after: pain before and after the session, '5 \u2192 3'").format(
            before_after=pain_text(s.pain_before, s.pain_after)))
        if s.effort is not None:
            parts.append(translate("ui.history.session_detail", "effort {effort}/10").format(effort=s.effort))
        if s.entered_by_hand:
            parts.append(translate("ui.history.session_detail", "entered by hand"))
        self.subtitle.setText(" \u00b7 ".join(parts))
        self.delete_button.setEnabled(not s.is_open)
        self.delete_button.setToolTip(translate("ui.history.session_detail", "Finish the session first.")
                                      if s.is_open else "")
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
            dose = dose_text(done.dose) + (" \u00b7 " + translate("ui.history.session_detail", "eased after pain",
                                                                   "the dose was made easier when it hurt")
                                           if done.eased else "")
            rows.append(f"<tr><td><b>{html.escape(name)}</b><br><span style='color:{muted}'>"
                        f"{html.escape(dose)}</span></td>"
                        f"<td align='center'>{sets}</td><td>{achieved_html(ex, done)}</td></tr>")
        out = []
        if rows:
            heads = [html.escape(t) for t in (translate("ui.history.session_detail", "Exercise", "column heading"),
                                              translate("ui.history.session_detail", "Sets", "column heading"),
                                              translate("ui.history.session_detail", "Achieved", "column heading"))]
            out.append("<table width='100%' cellspacing='0' cellpadding='5'>"
                       f"<tr style='color:{muted}'><th align='left' width='36%'>{heads[0]}</th><th>{heads[1]}</th>"
                       f"<th align='left'>{heads[2]}</th></tr>" + "".join(rows) + "</table>")
        else:
            none = translate("ui.history.session_detail", "No sets were recorded in this session.")
            out.append(f"<p style='color:{muted}'>{html.escape(none)}</p>")
        if detail.pain_flags:
            items = "".join(f"<li>{html.escape(flag_text(f, self.library))}</li>" for f in detail.pain_flags)
            flags = translate("ui.history.session_detail", "Pain flags ({count})",
                              "a heading: the times it hurt during the session").format(count=len(detail.pain_flags))
            out.append(f"<p><b>{html.escape(flags)}</b></p><ul>{items}</ul>")
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
