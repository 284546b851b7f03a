"""The Sound menu: sound effects, spoken cues, reading steps aloud, voice, speaking rate, mute."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from rehab_desktop.core.i18n import translate
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.timer.cues import RATES, CuePlayer


def build_sound_menu(menu: QMenu, prefs: PreferenceStore, cues: CuePlayer, mute_action: QAction) -> None:
    """Fill `menu`; the voice list is read when the menu opens (the speech engine starts late).

    The check marks follow the preferences, so a change made in the settings dialog shows here too.
    """
    checks: dict[str, QAction] = {}

    def check(text: str, name: str) -> None:
        act = QAction(text, menu)
        act.setCheckable(True)
        act.setChecked(getattr(prefs.values, name))
        act.toggled.connect(lambda on: prefs.update(**{name: on}))
        menu.addAction(act)
        checks[name] = act

    check(translate("ui.timer.sound_menu", "Sound &effects"), "sound")
    check(translate("ui.timer.sound_menu", "&Spoken cues"), "voice")
    check(translate("ui.timer.sound_menu", "&Read steps aloud"), "read_steps")
    menu.addSeparator()
    voice_menu = menu.addMenu(translate("ui.timer.sound_menu", "&Voice"))
    rate_menu = menu.addMenu(translate("ui.timer.sound_menu", "S&peaking rate"))
    rates = QActionGroup(rate_menu)
    rate_actions: dict[float, QAction] = {}
    for name, value in RATES.items():
        act = QAction(translate("ui.timer.cues", name), rates)  # marked where RATES is defined
        act.setCheckable(True)
        act.triggered.connect(lambda _=False, v=value: prefs.update(speech_rate=v))
        rate_menu.addAction(act)
        rate_actions[value] = act
    menu.addSeparator()
    menu.addAction(mute_action)

    def show_rate() -> None:
        for value, act in rate_actions.items():
            act.setChecked(abs(value - prefs.values.speech_rate) < 0.01)

    def follow(names: frozenset) -> None:
        for name in names & checks.keys():
            checks[name].setChecked(getattr(prefs.values, name))
        if "speech_rate" in names:
            show_rate()

    show_rate()
    prefs.changed.connect(follow)

    def fill_voices() -> None:
        voice_menu.clear()
        voices = cues.voices()
        if not voices:
            act = voice_menu.addAction(translate("ui.timer.sound_menu", "No voices available"))
            act.setEnabled(False)
            return
        group = QActionGroup(voice_menu)
        for name in voices:
            act = QAction(name, group)
            act.setCheckable(True)
            act.setChecked(name == prefs.values.voice_name)
            act.triggered.connect(lambda _=False, n=name: prefs.update(voice_name=n))
            voice_menu.addAction(act)

    voice_menu.aboutToShow.connect(fill_voices)
