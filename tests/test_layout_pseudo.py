"""The layout matrix (tests/test_layout_pages.py, tests/test_layout_exercises.py) under a pseudo-translation:
every string 40 % longer, as German or Spanish often are, at 100 % and 150 % text on a 1280x800 screen,
and once laid out right to left; and in the shipped Spanish at 100, 150 and 200 %. Nothing may be cut off,
pushed out of view or scroll sideways."""

from __future__ import annotations

import pytest

from tests import test_layout_exercises as exercises
from tests import test_layout_pages as pages
from tests.test_layout_pages import restore_look, window_at  # noqa: F401 -- the fixtures these tests use

CASES = [pytest.param("long", 1.0, id="long-100"), pytest.param("long", 1.5, id="long-150"),
         pytest.param("rtl", 1.0, id="rtl-100"), pytest.param("es", 1.0, id="es-100"),
         pytest.param("es", 1.5, id="es-150"), pytest.param("es", 2.0, id="es-200")]
SIZE = (1280, 800)


@pytest.fixture
def pseudo(monkeypatch, qapp):
    from rehab_desktop.ui.common import i18n

    def use(mode: str) -> None:
        if mode in i18n.shipped_languages():  # a real language: settings.ini says it, as a user's does
            import functools

            from tests.helpers import scenes

            monkeypatch.setattr(scenes, "write_settings", functools.partial(scenes.write_settings, language=mode))
        else:
            monkeypatch.setenv(i18n.PSEUDO_ENV, mode)

    yield use
    i18n.install(qapp, "en", pseudo="")


@pytest.mark.parametrize(("mode", "scale"), CASES)
def test_plan_page_fits_with_long_text(pseudo, window_at, qtbot, mode, scale):  # noqa: F811
    pseudo(mode)
    pages.test_plan_page_fits(window_at, qtbot, SIZE, scale, "light")


@pytest.mark.parametrize(("mode", "scale"), CASES)
def test_history_page_fits_with_long_text(pseudo, window_at, qtbot, mode, scale):  # noqa: F811
    pseudo(mode)
    pages.test_history_page_fits_on_both_tabs(window_at, qtbot, SIZE, scale, "light")


@pytest.mark.parametrize(("mode", "scale"), CASES)
@pytest.mark.parametrize("scene", ["idle", "routine", "reps"])
def test_timer_controls_fit_with_long_text(pseudo, make_window, qapp, data_dir, clock, mode, scale, scene):
    pseudo(mode)
    exercises.test_timer_controls_in_view_and_nothing_cut_off(make_window, qapp, data_dir, clock,
                                                              (SIZE, scale, "light"), scene)


@pytest.mark.parametrize(("mode", "scale"), CASES)
def test_follow_along_fits_with_long_text(pseudo, make_window, qapp, data_dir, clock, mode, scale):
    pseudo(mode)
    exercises.test_follow_along_countdown_is_the_largest_thing_and_the_step_fits(
        make_window, qapp, data_dir, clock, (SIZE, scale, "light"))


def test_the_pseudo_translation_is_on(pseudo, make_window, qapp):
    """The runs above are under the long text, not the English: the menus are a third longer."""
    pseudo("long")
    w = make_window()
    title = w.menuBar().actions()[0].text()
    assert title.startswith("&File ") and title.endswith("\u00b7")
