"""The History page, its charts and the store's messages go through the translation: under the "mark"
pseudo-translation every word the page writes comes back marked, and Spanish names of months and decimals
reach the month's title, the chart axes and the figures."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from rehab_desktop.core import i18n as core_i18n
from rehab_desktop.ui.common import i18n
from rehab_desktop.ui.common.i18n import MARK, QtFormats
from tests.test_history_pane import filled

TODAY = date(2026, 5, 13)


@pytest.fixture(autouse=True)
def english_again(qapp):
    """Every test ends in English, whatever it installed."""
    yield
    core_i18n.install(None)
    i18n.install(qapp, "en", pseudo="")


def marked(text: str) -> bool:
    return text.startswith(MARK)


def test_every_word_of_the_history_page_is_looked_up(qapp, history_pane, history):
    filled(history)
    i18n.install(qapp, "en", pseudo="mark")
    pane = history_pane(history.store, today=TODAY)
    texts = [pane.month_label.text(), pane.csv_button.text(), pane.pdf_button.text(), pane.log_button.text(),
             pane.log_button.toolTip(), pane.detail.save_button.text(), pane.detail.delete_button.text(),
             pane.detail.notes_label.text(), pane.calendar.accessibleName(), *pane.legend.texts()]
    texts += [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    texts += [t.caption.text() for t in (pane.week_tile, pane.streak_tile, pane.longest_tile, pane.adherence_tile)]
    texts += [pane.streak_tile.value.text(), pane.week_tile.toolTip()]
    texts += [pane.model.headerData(c, Qt.Orientation.Horizontal) for c in range(pane.model.columnCount())]
    texts += [pane.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)]
    texts += pane.detail.subtitle.text().split(" \u00b7 ")[2:]  # after the times and the length
    progress = pane.progress
    texts += [progress.range_box.itemText(i) for i in range(progress.range_box.count())]
    texts += [progress.metric_box.itemText(i) for i in range(progress.metric_box.count())]
    progress.show()
    progress.reload()
    for chart in (progress.pain_chart, progress.minutes_chart, progress.self_check_chart):
        texts += [chart.spec.title, chart.toolTip()]
    texts += [s.name for s in progress.pain_chart.spec.series]
    pane.tabs.setCurrentWidget(pane.steps)
    qapp.processEvents()
    card = next(iter(pane.steps.cards.values()))
    texts += [card.chart.accessibleName(), card.chart.accessibleDescription(), pane.steps.period_label.text()]
    unmarked = [t for t in texts if not marked(t)]
    assert len(texts) > 40 and not unmarked, unmarked
    assert "\u27e6Sess&ions" in [pane.tabs.tabText(i) for i in range(pane.tabs.count())]  # the mnemonics are kept


def test_the_stores_messages_are_looked_up_too(qapp):
    from rehab_desktop.store.errors import from_os
    from rehab_desktop.store.output import describe_failure

    i18n.install(qapp, "en", pseudo="mark")
    error = from_os(OSError(errno.ENOSPC, "No space left", "/media/stick"), Path("/media/stick/history.sqlite3"))
    assert marked(error.message) and "/media/stick" in error.message
    assert marked(error.with_pending(2).message)
    assert marked(describe_failure("/tmp/out.csv", OSError(errno.EACCES, "denied")))
    core_i18n.install(None)
    error = from_os(OSError(errno.ENOSPC, "No space left", "/x"), Path("/x/history.sqlite3")).with_pending(1)
    assert error.message == ("Can't save to the history: the disk holding /x is full. 1 unsaved record kept; "
                             "they will be saved at the next attempt.")


def test_spanish_month_names_and_decimals_reach_the_page(qapp, history_pane, history):
    from rehab_desktop.ui.common.chart_paint import date_ticks, format_value

    filled(history)
    core_i18n.install(None, QtFormats(QLocale("es_ES")))
    pane = history_pane(history.store, today=TODAY)
    assert pane.month_label.text().startswith("Mayo 2026")  # a heading: capitalised
    assert [t for _, t in date_ticks(date(2026, 5, 4), date(2026, 5, 10), 10)][0] == "4 may"
    assert format_value(2.5) == "2,5"
    core_i18n.install(None)
    assert [t for _, t in date_ticks(date(2026, 1, 1), date(2026, 12, 31), 8)][:3] == ["Jan 2026", "Mar", "May"]
    assert format_value(2.5) == "2.5"
