"""The suggestions as the window gets them: read from the store and the plan through core.suggestions,
answered (Accept, Not now, Never) and kept; one signal says they may have changed."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import translate
from rehab_desktop.store import StoreError
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.common.store_service import StoreService

if TYPE_CHECKING:  # core.suggestions is read on first use, after the first paint
    from rehab_desktop.core.suggestions import Reply, Suggestion

PROGRESSION_RULE = "own-progression"  # core.suggestions.OWN_PROGRESSION.name (a test holds them equal)

# The preferences the suggestions read: a change to any of them changes what is suggested.
FIELDS = frozenset({"suggestions", "suggest_sessions", "suggest_max_pain", "suggest_pain_rise", "affected_side",
                    "first_side"})


class SuggestionService(QObject):
    """`apply` makes an accepted suggestion's change to the plan (the Plan page's undoable change) and
    says whether it was saved; the composition root sets it."""

    changed = Signal()  # the history, the plan, an answer or a setting changed: read `current()` again
    message = Signal(str)  # for the status bar

    def __init__(self, service: StoreService, library: Library, prefs: PreferenceStore,
                 today: Callable[[], date], wall: Callable[[], datetime], parent: QObject | None = None):
        super().__init__(parent)
        self.service, self.library, self.prefs, self.today, self.wall = service, library, prefs, today, wall
        self.apply: Callable[[Suggestion], bool] | None = None
        service.changed.connect(self._store_changed)
        prefs.changed.connect(lambda names: self.changed.emit() if names & FIELDS else None)

    @property
    def enabled(self) -> bool:
        return self.prefs.values.suggestions and self.service.store is not None

    def current(self, subjects: Collection[str] | None = None) -> list[Suggestion]:
        """What the history suggests now (for `subjects` only, when given: the exercises of a session)."""
        if not self.enabled:
            return []
        from rehab_desktop.core.suggestions import suggest

        store, today = self.service.store, self.today()
        try:
            plan = store.plans.load(today)
            if plan is None:
                return []
            repo = store.suggestions
            found = suggest(plan, self.library, repo.histories(plan.exercise_ids()), repo.answers(), today,
                            self.prefs.thresholds(), self.prefs.timer_options())
        except StoreError:
            return []  # the history cannot be read: the window says so elsewhere; no suggestion then
        return [s for s in found if subjects is None or s.subject in subjects]

    def taken_progressions(self, exercise_id: str) -> list[str]:
        """The exercise's progressions the person moved on to, oldest first."""
        if self.service.store is None:
            return []
        try:  # one small query: the instructions ask at every exercise shown, the first before the first paint
            return self.service.store.suggestions.accepted(exercise_id, PROGRESSION_RULE)
        except StoreError:
            return []

    # -- answers ---------------------------------------------------------------------------------

    def accept(self, s: Suggestion) -> bool:
        """Make the suggestion's change (through the Plan page) and keep the answer."""
        from rehab_desktop.core.suggestions import Kind, Reply

        if not s.accept_label:
            return False
        changes_plan = s.dose_to is not None or s.kind is Kind.STAGE
        if changes_plan and (self.apply is None or not self.apply(s)):
            return False
        if not self._keep(s, Reply.ACCEPTED):
            return False
        if s.kind is Kind.STAGE:
            from rehab_desktop.core.suggestions import program_name

            self.message.emit(translate("ui.suggestions.service", "The plan is now the {program} stage, from today. "
                                                                  "Ctrl+Z on the Plan page undoes it.",
                                        "a starter program's name").format(program=program_name(s.detail)))
        elif s.dose_to is not None:
            self.message.emit(translate("ui.suggestions.service", "{title}: the plan's dose changed, from today "
                                                                  "({change}). Ctrl+Z on the Plan page undoes it.",
                                        "{title}: an exercise's name; {change}: 2 × 10 to 2 × 12").format(
                title=s.title, change=s.detail))
        else:
            self.message.emit(translate("ui.suggestions.service", "{title}: the dose stays as it is.",
                                        "an exercise's name").format(title=s.title))
        return True

    def later(self, s: Suggestion) -> bool:
        from rehab_desktop.core.suggestions import Reply

        if self._keep(s, Reply.LATER):
            later = self.prefs.thresholds().later_sessions
            self.message.emit(translate("ui.suggestions.service", "{title}: asked again after %n more session(s).",
                                        "an exercise's name", later).format(title=s.title))
            return True
        return False

    def never(self, s: Suggestion) -> bool:
        from rehab_desktop.core.suggestions import Reply

        if not s.can_never:
            return False
        if self._keep(s, Reply.NEVER):
            self.message.emit(translate("ui.suggestions.service", "{title}: no more suggestions to step up. "
                                                                  "Settings > Suggestions can ask again.",
                                        "an exercise's name").format(title=s.title))
            return True
        return False

    def forget_never(self) -> int:
        """Ask again about every exercise answered Never; how many exercises that was."""
        if self.service.store is None:
            return 0
        try:
            n = self.service.store.suggestions.forget_never()
        except StoreError as exc:
            self.message.emit(translate("ui.suggestions.service", "The answers could not be changed: {reason}").format(
                reason=exc.message))
            return 0
        self.changed.emit()
        return n

    def never_count(self) -> int:
        try:
            return self.service.store.suggestions.never_count() if self.service.store is not None else 0
        except StoreError:
            return 0

    def _keep(self, s: Suggestion, reply: Reply) -> bool:
        if self.service.store is None:
            return False
        from rehab_desktop.core.suggestions import answer_for

        try:
            self.service.store.suggestions.record(answer_for(s, reply, self.today()), self.wall())
        except StoreError as exc:
            self.message.emit(translate("ui.suggestions.service", "The answer could not be saved: {reason}").format(
                reason=exc.message))
            return False
        self.changed.emit()
        return True

    def _store_changed(self, change) -> None:
        if change.history or change.plan or change.exercises:
            self.changed.emit()
