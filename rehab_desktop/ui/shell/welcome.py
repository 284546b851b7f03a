"""The first-run welcome and Help → About: what the app is, the not-medical-advice note, the credits."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop import APP_DISPLAY_NAME, __version__
from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.common.style import caution_colours, fit_to_screen, scaled_font

CARE_HEADING = QT_TRANSLATE_NOOP("ui.shell.welcome", "If it hurts, or does not get better")  # translate() when shown


class WelcomeDialog(QDialog):
    """Shown once, on the first start: how the app works, and that it is not medical advice."""

    def __init__(self, library: Library, prefs: PreferenceStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.prefs = prefs
        welcome = translate("ui.shell.welcome", "Welcome to {app}").format(app=APP_DISPLAY_NAME)
        self.setWindowTitle(welcome)
        self.setAccessibleName(translate("ui.shell.welcome", "Welcome"))
        title = QLabel(welcome, self)
        title.setFont(scaled_font(self.font(), 1.6, bold=True))
        how = QLabel(translate(
            "ui.shell.welcome",
            "Twelve home exercises for ankle impingement, with a timer you can follow from the floor:\n"
            "\u2022 pick an exercise on the left and read its steps;\n"
            "\u2022 press Space to start the timer: it counts the holds, reps, sets and sides, and says what "
            "comes next;\n"
            "\u2022 press H (\u201cIt hurts\u201d) whenever something hurts; F shows the timer full screen.",
            "H and F are the timer's keys; \u201cIt hurts\u201d is the button's name"), self)
        how.setWordWrap(True)
        note = QFrame(self)
        note.setObjectName("welcomeNote")
        bg, border = caution_colours(self.palette())
        note.setStyleSheet(f"QFrame#welcomeNote {{ background: {bg.name()}; border: 2px solid {border.name()};"
                           " border-radius: 6px; }")
        note_text = QLabel(library.guidance.disclaimer, note)
        note_text.setWordWrap(True)
        note_text.setFont(scaled_font(self.font(), 1.0, bold=True))
        QVBoxLayout(note).addWidget(note_text)
        care_head = QLabel(translate("ui.shell.welcome", CARE_HEADING), self)
        care_head.setFont(scaled_font(self.font(), 1.15, bold=True))
        care_head.setWordWrap(True)
        care = QLabel(f"{library.guidance.stop}\n\n{library.guidance.tolerate}", self)
        care.setWordWrap(True)  # no accessible name: a screen reader reads a named label's name, not its text
        credit = QLabel(translate("ui.shell.welcome", "The exercises follow {source}. The instructions are written in "
                                  "this app's own words.", "source: the article's title, author and site").format(
            source=library.credit.text()), self)
        credit.setWordWrap(True)
        self.side = QComboBox(self)
        self.side.setAccessibleName(translate("ui.shell.welcome", "Affected ankle"))
        for text, value in ((translate("ui.shell.welcome", "Left"), "left"),
                            (translate("ui.shell.welcome", "Right"), "right"),
                            (translate("ui.shell.welcome", "Both"), "both")):
            self.side.addItem(text, value)
        self.side.setCurrentIndex(max(0, self.side.findData(prefs.values.affected_side)))
        form = QFormLayout()
        form.addRow(translate("ui.shell.welcome", "Which ankle is affected?"), self.side)
        # The one-line offer of reminders: off unless ticked; Settings has the times and days.
        at = (prefs.values.reminder_times.split() or ["18:00"])[0]
        remind = translate("ui.shell.welcome", "Remind me at {time} on exercise days").format(time=at)
        self.remind = QCheckBox(remind, self)  # short: a check box does not wrap
        self.remind.setAccessibleName(remind)
        self.remind.setToolTip(translate("ui.shell.welcome", "A reminder on the days your weekly plan has exercises; "
                                         "Settings > Reminders changes the times and days"))
        self.remind.setChecked(prefs.values.reminders)
        buttons = QDialogButtonBox(self)
        start = buttons.addButton(translate("ui.shell.welcome", "Get started"), QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        buttons.accepted.connect(self.accept)
        page = QWidget(self)
        inner = QVBoxLayout(page)
        side_note = QLabel(translate("ui.shell.welcome", "Exercises done on one side, and the timer, start on this "
                                     "side; with both, each side in turn. You can change it in Settings."), self)
        side_note.setWordWrap(True)
        # The one question comes before the longer reading, so it is in sight without scrolling.
        for w in (title, how, note):
            w.setParent(page)
            inner.addWidget(w)
        inner.addLayout(form)
        self.remind.setParent(page)
        inner.addWidget(self.remind)
        for w in (side_note, care_head, care, credit):
            w.setParent(page)
            inner.addWidget(w)
        inner.addStretch(1)
        # Scrolls rather than squeezes: at 200 % text the note must stay readable on a laptop.
        scroll = QScrollArea(self)
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addWidget(buttons)
        fit_to_screen(self, 760, 560)

    def done(self, result: int) -> None:
        # Closing it any way counts as seen: the note is shown once, not on every start.
        self.prefs.update(welcomed=True, affected_side=self.side.currentData())
        if self.remind.isChecked() != self.prefs.values.reminders:
            self.prefs.update(reminders=self.remind.isChecked())
        super().done(result)


def needs_welcome(prefs: PreferenceStore) -> bool:
    return not prefs.values.welcomed


def about_html(library: Library, data_dir: str) -> str:
    e = html.escape
    c = library.credit
    what = translate("ui.shell.welcome", "A follow-along home exercise program for ankle impingement: instructions, "
                     "a hold and rep timer with spoken cues, a private history and a printable weekly plan. No "
                     "account, no network: everything stays on this computer.")
    source = translate("ui.shell.welcome", "Exercises: \u201c{title}\u201d by {author} ({site}). The instructions are "
                       "this app's own words.", "site: where the article is published").format(
        title=e(c.title), author=e(c.author), site=e(c.text().rsplit(", ", 1)[-1]))
    licence = translate("ui.shell.welcome", "Licence: GNU General Public License, version 3 or later. Built with Qt "
                        "and PySide6 (LGPL), platformdirs (MIT). Text in DejaVu fonts where the system provides them.")
    data = translate("ui.shell.welcome", "Your data: {folder}").format(folder=e(data_dir))
    return (
        f"<h2>{e(APP_DISPLAY_NAME)} {e(__version__)}</h2>"
        f"<p>{what}</p>"
        f"<p><b>{e(library.guidance.disclaimer)}</b></p>"
        f"<p><b>{e(translate('ui.shell.welcome', CARE_HEADING))}</b><br>{e(library.guidance.stop)}</p>"
        f"<p>{e(library.guidance.tolerate)}</p>"
        f"<p>{source}</p>"
        f"<p>{licence}</p>"
        f"<p>{data}</p>"
    )


def show_about(library: Library, data_dir: str, parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("ui.shell.welcome", "About {app}").format(app=APP_DISPLAY_NAME))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_html(library, data_dir))
    box.setIconPixmap(parent.windowIcon().pixmap(96, 96))
    box.exec()
