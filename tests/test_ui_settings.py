"""Settings, first run, About, text size, colour scheme, backup and restore, and accessibility."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QSlider, QWidget

from rehab_desktop.core.timer import PhaseKind
from rehab_desktop.ui.common import style
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.shell.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def light_and_normal_size(qapp):
    """Each test starts at the default look, and leaves it so."""
    style.apply_theme(qapp, "light")
    style.apply_text_scale(qapp, 1.0)
    yield
    style.apply_theme(qapp, "light")
    style.apply_text_scale(qapp, 1.0)


def dialog_for(w, qtbot):
    d = SettingsDialog(w.prefs, w.cues, w.service, lambda: w.session.is_open, w)
    qtbot.addWidget(d)
    return d


def saved(w):
    """The preferences as settings.ini holds them now (what the next start reads)."""
    return PreferenceStore(w.data_dir).values


def unnamed_controls(root: QWidget) -> list[str]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QSlider)
    return [f"{type(c).__name__}" for c in root.findChildren(QWidget)
            if isinstance(c, kinds) and c.isVisibleTo(root) and not isinstance(c.parent(), QAbstractSpinBox)
            and not (c.accessibleName() or (isinstance(c, QAbstractButton) and c.text()))]


def test_sound_and_voice_settings_persist_and_apply(make_window, qtbot):
    w = make_window()
    d = dialog_for(w, qtbot)
    d.sound.setChecked(False)
    d.read_steps.setChecked(True)
    d.rate.setValue(3)
    assert not w.cues.sound_on and w.cues.read_steps
    w.close()
    w2 = make_window()
    assert not w2.cues.sound_on and w2.cues.read_steps
    assert saved(w2).speech_rate == pytest.approx(0.3)
    d2 = dialog_for(w2, qtbot)
    assert not d2.sound.isChecked() and d2.read_steps.isChecked() and d2.rate.value() == 3
    assert unnamed_controls(d2) == []


def test_lead_in_rest_and_sides_reach_the_timer(make_window, qtbot):
    w = make_window(exercise_id="ankle-inversion-eversion")
    d = dialog_for(w, qtbot)
    d.lead_in.setValue(12)
    d.rest.setValue(45)
    d.affected.setCurrentIndex(d.affected.findData("right"))
    phases = w.controller.plan.phases
    assert phases[0].kind is PhaseKind.LEAD_IN and phases[0].duration_s == 12
    assert any(p.kind is PhaseKind.REST and p.duration_s == 45 for p in phases)
    assert phases[0].label == "Get ready · Inversion · Right leg · Set 1 of 2"  # the affected side


def test_text_size_applies_everywhere_and_is_remembered(make_window, qtbot, qapp):
    w = make_window(exercise_id="sumo-squat")
    base_title = w.instructions.title.font().pointSizeF()
    base_phase = w.timer_panel.phase_label.font().pointSizeF()
    d = dialog_for(w, qtbot)
    d.text_size.setValue(150)
    assert qapp.font().pointSizeF() == pytest.approx(21.0)
    qtbot.waitUntil(lambda: w.instructions.rows[0].text.font().pointSizeF() == pytest.approx(21.0))  # by event
    # The name stands out less as well: 1.7 times the text at 100 %, 1.525 at 150 % (1.35 at 200 %).
    assert base_title == pytest.approx(14 * 1.7)
    assert w.instructions.title.font().pointSizeF() == pytest.approx(21.0 * 1.525)
    # The phase stands out less above text that is already large: 1.2 times it at 100 %, 1.1 at 150 %.
    assert base_phase == pytest.approx(14 * 1.2)
    assert w.timer_panel.phase_label.font().pointSizeF() == pytest.approx(21.0 * 1.1)
    assert w.browser.search.font().pointSizeF() == pytest.approx(21.0)
    w.close()
    style.apply_text_scale(qapp, 1.0)
    w2 = make_window()
    assert qapp.font().pointSizeF() == pytest.approx(21.0)  # read back from the settings at start-up
    qtbot.waitUntil(lambda: w2.instructions.rows[0].text.font().pointSizeF() == pytest.approx(21.0))


def test_theme_switch_recolours_the_window(make_window, qtbot, qapp):
    w = make_window()
    d = dialog_for(w, qtbot)
    d.theme.setCurrentIndex(d.theme.findData("dark"))
    assert style.is_dark(qapp.palette())
    qtbot.waitUntil(lambda: style.is_dark(w.timer_panel.palette()))  # Qt hands palettes down by event
    phase_colour = w.timer_panel.phase_label.palette().color(QPalette.ColorRole.WindowText)
    assert phase_colour.lightness() > 128  # the get-ready amber, lightened for a dark background
    d.theme.setCurrentIndex(d.theme.findData("light"))
    assert not style.is_dark(qapp.palette())
    assert saved(w).theme == "light"


def test_backup_and_restore_from_the_dialog(make_window, qtbot, clock, data_dir):
    w = make_window(exercise_id="standing-calf-stretch")
    repo = w.session.repo
    first = repo.open_session(__import__("datetime").datetime(2026, 5, 1, 9).astimezone())
    repo.finish_session(first, __import__("datetime").datetime(2026, 5, 1, 10).astimezone(), notes="kept")
    d = dialog_for(w, qtbot)
    qtbot.mouseClick(d.backup_button, Qt.MouseButton.LeftButton)
    assert "Backed up to" in d.data_note.text()
    backups = list((data_dir / "backups").glob("history-backup-*.sqlite3"))
    assert len(backups) == 1
    second = repo.open_session(__import__("datetime").datetime(2026, 5, 2, 9).astimezone())
    repo.finish_session(second, __import__("datetime").datetime(2026, 5, 2, 10).astimezone(), notes="lost?")
    with qtbot.waitSignal(w.service.changed, check_params_cb=lambda change: change.everything):
        d.restore(str(backups[0]))
    assert "Restored" in d.data_note.text()
    notes = [s.notes for s in repo.sessions_between(date(2026, 5, 1), date(2026, 5, 3))]
    assert notes == ["kept"]
    assert list(data_dir.glob("history-before-restore-*.sqlite3"))  # the newer history is kept aside


def test_restore_waits_for_an_open_session_to_finish(make_window, qtbot):
    w = make_window()
    w.session.open()
    d = dialog_for(w, qtbot)
    d.choose_restore()
    assert "Finish the session first" in d.data_note.text()


def test_affected_ankle_left_right_or_both(make_window, qtbot):
    """One ankle: every exercise starts there and the first-side choice is off; both: each side in turn."""
    w = make_window(exercise_id="seated-ankle-rom")
    d = dialog_for(w, qtbot)
    assert [d.affected.itemText(i) for i in range(d.affected.count())] == ["Left", "Right", "Both"]
    d.affected.setCurrentIndex(d.affected.findData("right"))
    assert not d.first.isEnabled() and "affected" in d.first.toolTip()
    assert [s.side.value for s in w.controller.plan.sets] == ["right", "right"]
    d.affected.setCurrentIndex(d.affected.findData("both"))
    d.first.setCurrentIndex(d.first.findData("right"))
    assert d.first.isEnabled()
    assert [s.side.value for s in w.controller.plan.sets] == ["right", "right", "left", "left"]
    assert saved(w).affected_side == "both" and saved(w).first_side == "right"
    assert "Rest between sets*" in [lab.text() for lab in d.findChildren(QLabel)]
    w.close()
    w2 = make_window(exercise_id="balance-pad-step-ups")  # the next start reads it back
    assert w2.timer_panel.base_options.affected_side.value == "both"
    moves = [p for p in w2.controller.plan.phases if p.kind is PhaseKind.MOVE]
    assert moves[0].label.startswith("Move · Right foot leads")


def test_settings_from_before_both_still_load_and_say_what_they_do(make_window, qtbot, data_dir):
    """A settings.ini written when only left or right could be chosen (with its own first side)."""
    (data_dir / "settings.ini").write_text("[app]\nwelcomed=true\n[timer]\naffected_side=right\nfirst_side=left\n")
    assert (saved_values := PreferenceStore(data_dir).values).affected_side == "right"
    assert saved_values.first_side == "left"
    w = make_window(exercise_id="balance-pad-step-ups", welcomed=False)
    assert w.timer_panel.base_options.start_side.value == "right"  # the affected ankle wins over first_side
    assert [p.lead.value for p in w.controller.plan.phases if p.kind is PhaseKind.MOVE][:2] == ["right", "left"]
    d = dialog_for(w, qtbot)
    assert d.affected.currentData() == "right" and d.first.currentData() == "left"
    assert not d.first.isEnabled() and not d.first_label.isEnabled()  # greyed, with the reason beside it
    assert "starts on the right side" in d.side_note.text() and "both ankles" in d.side_note.text()
    d.affected.setCurrentIndex(d.affected.findData("both"))
    assert d.first.isEnabled() and d.first_label.isEnabled() and "each side in turn" in d.side_note.text()
    assert [p.lead.value for p in w.controller.plan.phases if p.kind is PhaseKind.MOVE][:2] == ["left", "right"]
    d.affected.setCurrentIndex(d.affected.findData("left"))
    assert saved(w).affected_side == "left" and saved(w).first_side == "left"  # the other choice is kept
    texts = [lab.text() for lab in d.findChildren(QLabel)]
    assert "Rest between sets*" in texts and "* The app's suggestion: the article gives no rest time." in texts


def test_an_unknown_affected_side_in_the_file_falls_back(data_dir):
    from rehab_desktop.ui.common.preferences import KEYS

    (data_dir / "settings.ini").write_text(f"[timer]\n{KEYS['affected_side'].split('/')[1]}=middle\n")
    assert PreferenceStore(data_dir).values.affected_side == "left"


def test_first_run_welcome_once(make_window, qtbot, qapp, monkeypatch):
    from rehab_desktop.ui.shell import welcome

    shown = []

    def fake_exec(dialog):
        shown.append(dialog)
        assert "not medical advice" in " ".join(lab.text() for lab in dialog.findChildren(
            __import__("PySide6.QtWidgets", fromlist=["QLabel"]).QLabel))
        texts = " ".join(lab.text() for lab in dialog.findChildren(
            __import__("PySide6.QtWidgets", fromlist=["QLabel"]).QLabel))
        assert "bone spur" in texts and "before or after" in texts  # when it hurts, and what else helps
        assert [dialog.side.itemText(i) for i in range(dialog.side.count())] == ["Left", "Right", "Both"]
        dialog.side.setCurrentIndex(dialog.side.findData("right"))
        dialog.accept()
        return 1
    monkeypatch.setattr(welcome.WelcomeDialog, "exec", fake_exec)
    w = make_window(welcomed=False)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert saved(w).affected_side == "right"
    assert w.timer_panel.base_options.affected_side.value == "right"
    w.close()
    w2 = make_window(welcomed=False)
    # The welcome would come just after the first paint, two turns of the event loop after it.
    qtbot.waitUntil(lambda: w2._painted)
    qapp.processEvents()
    qapp.processEvents()
    assert len(shown) == 1


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_welcome_stores_both_ankles_and_shows_what_to_do_when_it_hurts(qtbot, qapp, library, data_dir, scale):
    from rehab_desktop.ui.shell.welcome import CARE_HEADING, WelcomeDialog

    style.apply_text_scale(qapp, scale)
    prefs = PreferenceStore(data_dir)
    dialog = WelcomeDialog(library, prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {lab.text(): lab for lab in dialog.findChildren(QLabel)}
    head = labels[CARE_HEADING]
    body = next(lab for text, lab in labels.items() if library.guidance.stop in text)
    assert library.guidance.tolerate in body.text() and body.isVisible() and head.isVisible()
    assert head.font().bold() and head.font().pointSizeF() > body.font().pointSizeF()
    assert body.width() <= dialog.width()  # wrapped to the dialog; the page scrolls instead of widening
    dialog.side.setCurrentIndex(dialog.side.findData("both"))
    dialog.accept()
    assert PreferenceStore(data_dir).values.affected_side == "both" and prefs.values.welcomed


def test_about_names_version_licence_and_source(library):
    from rehab_desktop import __version__
    from rehab_desktop.ui.shell.welcome import about_html

    text = about_html(library, "/home/me/.local/share/rehab-desktop")
    for part in (__version__, "GNU General Public License", "Ankle Impingement Exercises", "Vykoukal",
                 "not medical advice", "/home/me/.local/share/rehab-desktop", "bone spur", "fracture",
                 "before or after your session"):
        assert part in text


def test_timer_announces_milestones_not_every_second(make_window, qtbot, clock):
    w = make_window(exercise_id="single-leg-balance")
    heard = []
    w.timer_panel.announcer.announced.connect(heard.append)
    w.controller.start()
    for _ in range(5 + 30 + 3):
        clock.advance(1.0)
        w.controller.update()
    assert heard == ["Get ready, Left leg, Set 1 of 2", "3", "2", "1",
                     "Hold, Left leg, Set 1 of 2", "3", "2", "1",
                     "Rest. Next: Left leg, set 2 of 2"]


def test_focus_is_visible_on_the_instructions(make_window, qtbot):
    w = make_window()
    w.instructions.setFocus()
    img = w.instructions.grab().toImage()
    highlight = w.palette().color(QPalette.ColorRole.Highlight)
    assert img.pixelColor(1, img.height() // 2).name() == highlight.name()
    w.browser.view.setFocus()
    img = w.instructions.grab().toImage()
    assert img.pixelColor(1, img.height() // 2).name() != highlight.name()


def test_dialogs_and_session_bar_name_their_controls(make_window, qtbot):
    from rehab_desktop.ui.session.pain_dialogs import FinishDialog, PainDialog

    w = make_window()
    w.session.open()
    assert unnamed_controls(w.session_bar) == []
    for d in (PainDialog("Sumo squat", "Stop if it hurts."), FinishDialog("3 sets done.")):
        qtbot.addWidget(d)
        d.show()
        assert unnamed_controls(d) == []


def test_voice_list_fills_when_the_speech_engine_is_up(make_window, qtbot):
    w = make_window()
    d = dialog_for(w, qtbot)
    qtbot.waitUntil(lambda: w.cues.speech_known)  # the voice list asked for it: the engine started
    qtbot.waitUntil(lambda: d.voice_combo.isEnabled())
    voices = [d.voice_combo.itemText(i) for i in range(d.voice_combo.count())]
    assert voices == w.cues.voices() and voices  # Qt's mock engine offers a couple of voices
    d.voice_combo.textActivated.emit(voices[-1])
    assert saved(w).voice_name == voices[-1]


def test_every_focusable_settings_control_says_what_it_is(make_window, qtbot):
    """A screen reader names each stop of the Tab order: no control relies on a label beside it."""
    w = make_window()
    d = dialog_for(w, qtbot)
    d.show()
    stops = [c for c in d.findChildren(QWidget) if c.focusPolicy() & Qt.FocusPolicy.TabFocus and c.isVisibleTo(d)
             and not isinstance(c.parent(), (QAbstractSpinBox, QComboBox)) and c.isEnabled()]
    assert len(stops) >= 15
    assert [type(c).__name__ for c in stops if not c.accessibleName().strip()] == []
    assert d.findChild(QLineEdit) is not None  # the spin boxes' own fields were left out above, not missed
    d.back_up()
    assert d.data_note.accessibleName().startswith("Backup status: Backed up to")  # the news, not just a title


def test_dark_scheme_recolours_the_timer_glyphs(make_window, qtbot, qapp):
    w = make_window()
    panel = w.timer_panel
    d = dialog_for(w, qtbot)
    d.theme.setCurrentIndex(d.theme.findData("dark"))
    button_text = style.dark_palette().color(QPalette.ColorRole.ButtonText).name()
    for button in (panel.start_button, panel.back_button, panel.skip_button, panel.restart_button,
                   panel.follow_button):
        image = button.icon().pixmap(button.iconSize()).toImage()
        solid = {image.pixelColor(x, y).name() for y in range(image.height()) for x in range(image.width())
                 if image.pixelColor(x, y).alpha() == 255}
        assert solid == {button_text}, button.accessibleName()  # light glyphs on the dark buttons
