"""The Sound menu: sound effects, spoken cues, reading steps aloud, voice, speaking rate, mute."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from rehab_desktop.ui.timer.cues import RATES, CuePlayer


def build_sound_menu(menu: QMenu, cues: CuePlayer, mute_action: QAction) -> None:
    """Fill `menu`; the voice list is read when the menu opens (the speech engine starts late)."""

    def check(text: str, key: str, value: bool) -> QAction:
        act = QAction(text, menu)
        act.setCheckable(True)
        act.setChecked(value)
        act.toggled.connect(lambda on: cues.set_option(key, on))
        menu.addAction(act)
        return act

    check("Sound &effects", "sound", cues.sound_on)
    check("&Spoken cues", "voice", cues.voice_on)
    check("&Read steps aloud", "read_steps", cues.read_steps)
    menu.addSeparator()
    voice_menu = menu.addMenu("&Voice")
    rate_menu = menu.addMenu("Speaking &rate")
    rates = QActionGroup(rate_menu)
    current_rate = float(cues.settings.value("cues/rate", 0.0))
    for name, value in RATES.items():
        act = QAction(name, rates)
        act.setCheckable(True)
        act.setChecked(abs(value - current_rate) < 0.01)
        act.triggered.connect(lambda _=False, v=value: cues.set_option("rate", v))
        rate_menu.addAction(act)
    menu.addSeparator()
    menu.addAction(mute_action)

    def fill_voices() -> None:
        voice_menu.clear()
        voices = cues.voices()
        if not voices:
            act = voice_menu.addAction("No voices available")
            act.setEnabled(False)
            return
        group = QActionGroup(voice_menu)
        chosen = str(cues.settings.value("cues/voice_name", ""))
        for name in voices:
            act = QAction(name, group)
            act.setCheckable(True)
            act.setChecked(name == chosen)
            act.triggered.connect(lambda _=False, n=name: cues.set_option("voice_name", n))
            voice_menu.addAction(act)

    voice_menu.aboutToShow.connect(fill_voices)
