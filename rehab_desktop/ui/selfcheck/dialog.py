"""The weekly self-check, part by part: knee-to-wall, single-leg stance, how the ankle is doing, then the
results beside the earlier ones. Every part is optional; each result is kept the moment it is entered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.core import self_checks as S
from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from rehab_desktop.core.records import LegSide
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.common.style import fit_to_screen, muted_text, scaled_font
from rehab_desktop.ui.selfcheck.parts import KneePart, RatingsPart, StancePart

PARTS = (  # translated where shown
    QT_TRANSLATE_NOOP("ui.selfcheck.dialog", "Knee-to-wall"),
    QT_TRANSLATE_NOOP("ui.selfcheck.dialog", "Single-leg stance"),
    QT_TRANSLATE_NOOP("ui.selfcheck.dialog", "How the ankle is doing"),
    QT_TRANSLATE_NOOP("ui.selfcheck.dialog", "Results"),
)


class SelfCheckDialog(QDialog):
    """`repo` a SelfCheckRepo (None: nothing can be kept, and the dialog says so)."""

    changed = Signal()  # a result was kept or taken back

    def __init__(self, repo, library: Library, prefs: PreferenceStore, wall: Callable[[], datetime],
                 clock: Callable[[], float], play=None, figure: Callable[[str], QWidget | None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.repo = repo
        self.library = library
        self.prefs = prefs
        self.wall = wall
        self.check_id: int | None = None
        self.kept: dict[tuple[str, str, str], S.CheckResult] = {}
        self.setWindowTitle(translate("ui.selfcheck.dialog", "Self-check"))
        self.setAccessibleName(translate("ui.selfcheck.dialog", "Self-check"))
        v = prefs.values
        affected = LegSide(v.affected_side) if v.affected_side in ("left", "right", "both") else None
        self.sides = S.side_order(affected, v.check_affected_first)

        self.heading = QLabel(self)
        self.heading.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.heading.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.knee = KneePart(self, parent=self)
        self.balance = StancePart(self, clock, play, figure, parent=self)
        self.rating = RatingsPart(self, parent=self)
        self.stance = self.balance.stance
        for part in (self.knee, self.balance, self.rating):
            self.pages.addWidget(self._scrolled(part))
        self.pages.addWidget(self._scrolled(self._results_page()))

        self.back = QPushButton(translate("ui.selfcheck.dialog", "&Back"), self)
        self.next = QPushButton(translate("ui.selfcheck.dialog", "&Next"), self)
        self.close_button = QPushButton(translate("ui.selfcheck.dialog", "&Close"), self)
        for b in (self.back, self.next, self.close_button):
            b.setAutoDefault(False)
        self.back.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next.clicked.connect(lambda: self.go(self.pages.currentIndex() + 1))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.next)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        if repo is None:
            note = QLabel(translate("ui.selfcheck.dialog",
                                    "The history file is not open, so these results cannot be kept."), self)
            note.setWordWrap(True)
            lay.addWidget(note)
        lay.addWidget(self.pages, 1)
        lay.addLayout(buttons)
        fit_to_screen(self, 980, 720)
        self.go(0)

    def _scrolled(self, page: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        return area

    # -- moving between the parts ---------------------------------------------------------------

    def go(self, index: int) -> None:
        index = max(0, min(len(PARTS) - 1, index))
        if self.stance.running:
            self.stance.stop_engine()
            self.stance.prepare(self.stance.side, self.stance.variant, self.stance.max_s)
        self.pages.setCurrentIndex(index)
        if index < len(PARTS) - 1:
            heading = translate("ui.selfcheck.dialog", "Part {number} of {total}: {part}").format(
                number=index + 1, total=len(PARTS), part=translate("ui.selfcheck.dialog", PARTS[index]))
        else:
            heading = translate("ui.selfcheck.dialog", "Your results")
        self.heading.setText(heading)
        self.back.setEnabled(index > 0)
        self.next.setVisible(index < len(PARTS) - 1)
        self.next.setText(translate("ui.selfcheck.dialog", "See the &results") if index == len(PARTS) - 2
                          else translate("ui.selfcheck.dialog", "&Next"))
        if index == 1:
            self.balance.next_trial()
            self.stance.setFocus()
        elif index == len(PARTS) - 1:
            self._show_results()
            self.close_button.setFocus()

    # -- keeping results -------------------------------------------------------------------------

    def keep(self, result: S.CheckResult) -> bool:
        """Write `result` into this check at once (beginning the check with its first result)."""
        if self.repo is None:
            return False
        now = self.wall()
        if self.check_id is None:
            self.check_id = self.repo.begin(now)
        self.repo.record(self.check_id, result, now)
        self.kept[result.key] = result
        self.changed.emit()
        return True

    def forget(self, measure: str, side: str = "", variant: S.Variant = S.Variant.NONE) -> None:
        """Take a result back out of this check (cleared, or replaced by "it hurt" and back)."""
        key = (measure, side, variant.value)
        if self.kept.pop(key, None) is not None and self.repo is not None and self.check_id is not None:
            self.repo.forget(self.check_id, measure, side, variant)
            self.changed.emit()

    def done(self, code: int) -> None:
        self.stance.stop_engine()
        if self.repo is not None and self.check_id is not None:
            self.repo.discard_if_empty(self.check_id)
        super().done(code)

    # -- results ----------------------------------------------------------------------------------

    def _results_page(self) -> QWidget:
        page = QWidget(self)
        lay = QVBoxLayout(page)
        self.results = QLabel(page)
        self.results.setWordWrap(True)
        self.results.setTextFormat(Qt.TextFormat.PlainText)
        self.results.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.results.setAccessibleName(translate("ui.selfcheck.dialog", "Your results"))
        self.advice = QLabel(page)
        self.advice.setWordWrap(True)
        self.advice.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.footnote = QLabel(translate("ui.selfcheck.dialog", "These numbers are for you and your therapist to "
                                         "follow over the weeks; the app does not say what is normal."), page)
        self.footnote.setWordWrap(True)
        self.footnote.setStyleSheet(f"color: {muted_text(self.palette()).name()};")
        lay.addWidget(self.results)
        lay.addWidget(self.advice)
        lay.addWidget(self.footnote)
        lay.addStretch(1)
        return page

    def result_lines(self) -> list[str]:
        if self.repo is None or self.check_id is None or not self.kept:
            return []
        checks = self.repo.checks()
        this = next((c for c in checks if c.id == self.check_id), None)
        if this is None:
            return []
        unit = self.knee.unit_value
        return [S.describe(checks, this, *key, unit=unit) for key in S.keys_in(this)]

    def _show_results(self) -> None:
        lines = self.result_lines()
        self.results.setText("\n\n".join(lines) if lines else translate(
            "ui.selfcheck.dialog", "Nothing was entered this time. Any part can be taken on its own, whenever you "
            "like."))
        advice = S.therapist_lines(self.repo.checks()) if self.repo is not None and lines else []
        self.advice.setText("\n".join(advice))
        self.advice.setVisible(bool(advice))
