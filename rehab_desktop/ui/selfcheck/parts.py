"""The self-check's three parts that take values: knee-to-wall, single-leg stance, how the ankle is doing.
Each hands what is entered to the dialog (`check.keep`, `check.forget`), which keeps it at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.core import self_checks as S
from rehab_desktop.core.i18n import translate
from rehab_desktop.ui.common.style import caution_colours, scaled_font
from rehab_desktop.ui.selfcheck.stance import StanceTimer, trial_name
from rehab_desktop.ui.session.pain_dialogs import RatingRow


def _steps(texts: tuple[str, ...], parent: QWidget) -> QLabel:
    lab = QLabel("\n".join(f"{i}. {t}" for i, t in enumerate(texts, start=1)), parent)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    return lab


class _Status(QLabel):
    """'Kept' after a result is stored; the message, in the caution colour, when a value is refused."""

    def __init__(self, parent: QWidget):
        super().__init__("", parent)
        self.setWordWrap(True)

    def kept(self, text: str = "") -> None:
        self.setStyleSheet("")
        self.setText(text or translate("ui.selfcheck.parts", "Kept."))

    def refused(self, message: str) -> None:
        fg, _bg = caution_colours(self.palette())
        self.setStyleSheet(f"color: {fg.name()}; font-weight: bold;")
        self.setText(message)


class KneePart(QWidget):
    """Knee-to-wall: each side typed in cm or inches, or "could not do it: it hurt"."""

    def __init__(self, check, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = check  # the SelfCheckDialog: keep(), forget(), kept, prefs, sides
        lay = QVBoxLayout(self)
        what = QLabel(translate("ui.selfcheck.parts", "{what} Each side in turn; a tape measure or ruler is all you "
                                "need.", "{what}: How far the ankle bends with your weight on it.").format(
                                    what=S.KNEE_TO_WALL.what), self)
        what.setWordWrap(True)
        lay.addWidget(what)
        lay.addWidget(_steps(S.KNEE_TO_WALL.steps, self))
        unit_row = QHBoxLayout()
        unit_label = QLabel(translate("ui.selfcheck.parts", "&Unit:"), self)
        self.unit = QComboBox(self)
        self.unit.addItem(translate("ui.selfcheck.parts", "centimetres (cm)"), "cm")
        self.unit.addItem(translate("ui.selfcheck.parts", "inches (in)"), "in")
        self.unit.setCurrentIndex(1 if self.check.prefs.values.check_unit == "in" else 0)
        self.unit.setAccessibleName(translate("ui.selfcheck.parts", "Unit for the distance"))
        unit_label.setBuddy(self.unit)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        unit_row.addWidget(unit_label)
        unit_row.addWidget(self.unit)
        unit_row.addStretch(1)
        lay.addLayout(unit_row)
        grid = QGridLayout()
        self.distance: dict[str, QLineEdit] = {}
        self.pain: dict[str, QCheckBox] = {}
        self.knee_status: dict[str, _Status] = {}
        for row, side in enumerate(self.check.sides):
            left = side == "left"
            label = QLabel(translate("ui.selfcheck.parts", "Left foot:") if left
                           else translate("ui.selfcheck.parts", "Right foot:"), self)
            edit = QLineEdit(self)
            field = S.field_name(S.KNEE_TO_WALL, side)
            edit.setAccessibleName(translate("ui.selfcheck.parts", "{field}: distance from the big toe to the wall",
                                             "{field}: Knee-to-wall, left").format(field=field))
            edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("00.0 cm") * 2)
            label.setBuddy(edit)
            pain = QCheckBox(translate("ui.selfcheck.parts", "Could not do it: it &hurt", "the side tested first")
                             if row == 0 else
                             translate("ui.selfcheck.parts", "Could not do it: it hu&rt", "the side tested second"),
                             self)
            pain.setAccessibleName(translate("ui.selfcheck.parts", "{field}: could not do it because it hurt",
                                             "{field}: Knee-to-wall, left").format(field=field))
            status = _Status(self)
            edit.editingFinished.connect(lambda s=side: self._distance_entered(s))
            pain.toggled.connect(lambda on, s=side: self._pain_toggled(s, on))
            grid.addWidget(label, row * 2, 0)
            grid.addWidget(edit, row * 2, 1)
            grid.addWidget(pain, row * 2, 2)
            grid.addWidget(status, row * 2 + 1, 1, 1, 2)
            self.distance[side], self.pain[side], self.knee_status[side] = edit, pain, status
        grid.setColumnStretch(3, 1)
        lay.addLayout(grid)
        lay.addStretch(1)
        self._unit_changed()

    @property
    def unit_value(self) -> S.Unit:
        return S.Unit(self.unit.currentData())

    def _unit_changed(self) -> None:
        unit = self.unit_value
        if self.check.prefs.values.check_unit != unit.value:
            self.check.prefs.update(check_unit=unit.value)
        for side, edit in self.distance.items():
            edit.setPlaceholderText(unit.value)
            kept = self.check.kept.get(("knee-to-wall", side, ""))
            if kept is not None and kept.value is not None:
                edit.setText(S.format_amount(S.from_cm(kept.value, unit), "").strip())

    def _distance_entered(self, side: str) -> None:
        edit, status = self.distance[side], self.knee_status[side]
        if self.pain[side].isChecked():
            return
        text = edit.text().strip()
        if not text:
            self.check.forget("knee-to-wall", side)
            status.setText("")
            return
        try:
            cm = S.parse_value(S.KNEE_TO_WALL, text, side=side, unit=self.unit_value)
        except S.CheckInputError as exc:
            status.refused(translate("ui.selfcheck.parts", "{error} Nothing was kept.",
                                     "{error}: what is wrong with the value typed").format(error=exc.message))
            return
        result = S.CheckResult("knee-to-wall", side, value=cm)
        if self.check.keep(result):
            status.kept(translate("ui.selfcheck.parts", "Kept: {result}.", "{result}: 9 cm").format(
                result=result.text(self.unit_value)))

    def _pain_toggled(self, side: str, on: bool) -> None:
        self.distance[side].setEnabled(not on)
        status = self.knee_status[side]
        if on:
            if self.check.keep(S.CheckResult("knee-to-wall", side, outcome=S.Outcome.PAIN)):
                status.kept(translate("ui.selfcheck.parts",
                                      "Kept: could not do it because it hurt. That is a result too."))
        else:
            self.check.forget("knee-to-wall", side)
            status.setText("")
            self._distance_entered(side)


class StancePart(QWidget):
    """The single-leg stance: the options, the timer and the trials with their times."""

    def __init__(self, check, clock, play, figure, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = check  # the SelfCheckDialog: keep(), forget(), kept, prefs, sides
        lay = QVBoxLayout(self)
        what = QLabel(translate("ui.selfcheck.parts", "{what} The app times it; each side with eyes open, and with "
                                "eyes closed if you choose.", "{what}: How long you can balance on one leg.").format(
                                    what=S.SINGLE_LEG_STANCE.what), self)
        what.setWordWrap(True)
        lay.addWidget(what)
        top = QHBoxLayout()
        top.addWidget(_steps(S.SINGLE_LEG_STANCE.steps, self), 3)
        self.figure = figure(self.check.sides[0]) if figure is not None else None
        if self.figure is not None:
            self.figure.setParent(self)
            top.addWidget(self.figure, 1)
        lay.addLayout(top)
        options = QHBoxLayout()
        max_label = QLabel(translate("ui.selfcheck.parts", "&Maximum:"), self)
        self.max_s = QComboBox(self)
        for s in S.STANCE_MAX_CHOICES:
            self.max_s.addItem(translate("ui.selfcheck.parts", "{seconds} seconds").format(seconds=s), s)
        self.max_s.setCurrentIndex(max(0, self.max_s.findData(self.check.prefs.values.check_stance_max)))
        self.max_s.setAccessibleName(translate("ui.selfcheck.parts", "Longest time a stance is timed"))
        max_label.setBuddy(self.max_s)
        self.eyes_closed = QCheckBox(translate("ui.selfcheck.parts", "Also with &eyes closed"), self)
        self.eyes_closed.setChecked(self.check.prefs.values.check_eyes_closed)
        self.max_s.currentIndexChanged.connect(self._stance_options)
        self.eyes_closed.toggled.connect(self._stance_options)
        options.addWidget(max_label)
        options.addWidget(self.max_s)
        options.addSpacing(16)
        options.addWidget(self.eyes_closed)
        options.addStretch(1)
        lay.addLayout(options)
        balance = self.check.library.get("single-leg-balance")
        if balance is None:  # a library of the user's own (--library) without it: the timing is the same
            from rehab_desktop.core.library import load_library

            balance = load_library().get("single-leg-balance")
        self.stance = StanceTimer(balance, clock, self.check.wall, play, self)
        self.stance.timed.connect(self._stance_timed)
        lay.addWidget(self.stance)
        self.trials_label = QLabel(self)
        self.trials_label.setWordWrap(True)
        lay.addWidget(self.trials_label)
        lay.addStretch(1)

    def trials(self) -> list[tuple[str, S.Variant]]:
        variants = [S.Variant.EYES_OPEN] + ([S.Variant.EYES_CLOSED] if self.eyes_closed.isChecked() else [])
        return [(side, variant) for variant in variants for side in self.check.sides]

    def _stance_options(self) -> None:
        max_s, closed = int(self.max_s.currentData()), self.eyes_closed.isChecked()
        if (self.check.prefs.values.check_stance_max, self.check.prefs.values.check_eyes_closed) != (max_s, closed):
            self.check.prefs.update(check_stance_max=max_s, check_eyes_closed=closed)
        if not self.stance.running:
            self.next_trial()
        self.stance.setFocus()  # Space goes on starting the stance, not ticking this box again

    def next_trial(self) -> None:
        """Ready the first trial not yet timed (or the last one, to time again)."""
        trials = self.trials()
        todo = [t for t in trials if ("single-leg-stance", t[0], t[1].value) not in self.check.kept]
        side, variant = (todo or trials[-1:])[0]
        self.stance.prepare(side, variant, float(self.max_s.currentData()))
        self._show_trials()

    def _stance_timed(self, result: S.CheckResult) -> None:
        self.check.keep(result)
        self._show_trials()
        trials = self.trials()
        todo = [t for t in trials if ("single-leg-stance", t[0], t[1].value) not in self.check.kept]
        if todo:
            side, variant = todo[0]
            self.stance.prepare(side, variant, float(self.max_s.currentData()))
            self.stance.hint.setText(translate("ui.selfcheck.parts", "Kept: {result}. Next: {trial}. Press Space when "
                                               "ready.", "{result}: 12.5 s; {trial}: left leg, eyes open").format(
                                                   result=result.text(), trial=trial_name(side, variant).lower()))
        else:
            self.stance.hint.setText(translate("ui.selfcheck.parts", "Kept: {result}. That was the last one: press "
                                               "Next to go on.", "{result}: 12.5 s").format(result=result.text()))

    def _show_trials(self) -> None:
        lines = []
        for side, variant in self.trials():
            kept = self.check.kept.get(("single-leg-stance", side, variant.value))
            shown = kept.text() if kept else translate("ui.selfcheck.parts", "not timed yet")
            lines.append(f"{trial_name(side, variant)}: {shown}")
        self.trials_label.setText("\n".join(lines))


class RatingsPart(QWidget):
    """How the ankle is doing: the 0-10 ratings, each clearable, and the overall percentage."""

    def __init__(self, check, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = check  # the SelfCheckDialog: keep(), forget(), kept, prefs, sides
        lay = QVBoxLayout(self)
        intro = QLabel(translate("ui.selfcheck.parts", "How is each of these for you at the moment? 0 means you can't, "
                                 "10 means no trouble at all. Skip any that do not apply."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.sport = QCheckBox(translate("ui.selfcheck.parts", "I am returning to running or &jumping"), self)
        self.sport.setChecked(self.check.prefs.values.check_sport)
        self.sport.toggled.connect(self._sport_toggled)
        lay.addWidget(self.sport)
        grid = QGridLayout()
        self.ratings: dict[str, RatingRow] = {}
        self.rating_rows: dict[str, list[QWidget]] = {}
        for row, m in enumerate(S.RATINGS):
            label = QLabel(m.name, self)
            label.setFont(scaled_font(self.font(), 1.0, bold=True))
            label.setToolTip(m.what)
            rating = RatingRow(m.name, m.rating_low, m.rating_high, self, compact=True)
            rating.setToolTip(m.what)
            clear = QPushButton(translate("ui.selfcheck.parts", "Clear", "a rating"), self)
            clear.setAccessibleName(translate("ui.selfcheck.parts", "Clear the {measure} rating",
                                              "{measure}: the rating's name, lower case: walking").format(
                                                  measure=m.name.lower()))
            clear.setAutoDefault(False)
            rating.rated.connect(lambda n, mid=m.id: self._rated(mid, n))
            clear.clicked.connect(lambda _=False, mid=m.id: self._clear_rating(mid))
            grid.addWidget(label, row, 0)
            grid.addWidget(rating, row, 1)
            grid.addWidget(clear, row, 2)
            self.ratings[m.id] = rating
            self.rating_rows[m.id] = [label, rating, clear]
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)
        overall_row = QHBoxLayout()
        overall_label = QLabel(translate("ui.selfcheck.parts", "Your ankle &today, as a percentage of normal:"), self)
        overall_label.setWordWrap(True)
        self.overall = QSpinBox(self)
        self.overall.setRange(-1, 100)
        self.overall.setSpecialValueText(translate("ui.selfcheck.parts", "not rated"))
        self.overall.setSuffix(" %")
        self.overall.setValue(-1)
        self.overall.setAccessibleName(translate("ui.selfcheck.parts", "Your ankle today, as a percentage of normal"))
        self.overall.setToolTip(S.OVERALL.what)
        overall_label.setBuddy(self.overall)
        self.overall.editingFinished.connect(self._overall_entered)
        overall_row.addWidget(overall_label, 1)
        overall_row.addWidget(self.overall)
        lay.addLayout(overall_row)
        lay.addStretch(1)
        self._sport_toggled(self.sport.isChecked())

    def _rated(self, measure_id: str, n: int) -> None:
        self.check.keep(S.CheckResult(measure_id, value=float(n)))

    def _clear_rating(self, measure_id: str) -> None:
        rating = self.ratings[measure_id]
        rating.group.setExclusive(False)
        for b in rating.group.buttons():
            b.setChecked(False)
        rating.group.setExclusive(True)
        self.check.forget(measure_id)

    def _sport_toggled(self, on: bool) -> None:
        if self.check.prefs.values.check_sport != on:
            self.check.prefs.update(check_sport=on)
        for m in S.RATINGS:
            if m.sport:
                for w in self.rating_rows[m.id]:
                    w.setVisible(on)
                if not on:
                    self._clear_rating(m.id)

    def _overall_entered(self) -> None:
        value = self.overall.value()
        if value < 0:
            self.check.forget("overall")
        else:
            self.check.keep(S.CheckResult("overall", value=float(value)))
