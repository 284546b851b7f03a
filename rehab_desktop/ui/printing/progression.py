"""The therapist summary's progression pages: per exercise, a table with a row per week (store.progression).

Drawn as HTML for its own QTextDocument, after the summary's one or two pages; each exercise's
table repeats its heading and column names on a new page, and a row is never split.
"""

from __future__ import annotations

import html
from datetime import date

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, formats, translate
from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.store import TherapistSummary
from rehab_desktop.ui.common.formatting import day_text

_BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588"  # ▁ to █: pain 0 to 10
_NO_RATING = "\u00b7"
_WEEK = QT_TRANSLATE_NOOP("ui.printing.progression", "Week")
_WEEKS = QT_TRANSLATE_NOOP("ui.printing.progression", "Weeks")
_SESSIONS = QT_TRANSLATE_NOOP("ui.printing.progression", "Sessions")
_SETS_DONE = QT_TRANSLATE_NOOP("ui.printing.progression", "Sets done (of plan)")
_DOSE_DONE = QT_TRANSLATE_NOOP("ui.printing.progression", "Dose done")
_PAIN_BEFORE = QT_TRANSLATE_NOOP("ui.printing.progression", "Pain before")
_PAIN_AFTER = QT_TRANSLATE_NOOP("ui.printing.progression", "Pain after")
_EFFORT = QT_TRANSLATE_NOOP("ui.printing.progression", "Effort")
_MARKED = QT_TRANSLATE_NOOP("ui.printing.progression", "Marked")
_COLUMNS = ((_WEEK, 14, "left"), (_SESSIONS, 9, "center"), (_SETS_DONE, 17, "center"),
            (_DOSE_DONE, 20, "left"), (_PAIN_BEFORE, 10, "center"), (_PAIN_AFTER, 10, "center"),
            (_EFFORT, 9, "center"), (_MARKED, 11, "left"))
# Rows of several weeks across years: longer dates and larger counts, a shorter dose column.
_LONG_COLUMNS = ((_WEEKS, 20, "left"), (_SESSIONS, 9, "center"), (_SETS_DONE, 19, "center"),
                 (_DOSE_DONE, 15, "left"), (_PAIN_BEFORE, 9, "center"), (_PAIN_AFTER, 9, "center"),
                 (_EFFORT, 9, "center"), (_MARKED, 10, "left"))


def trend_line(values: tuple[float | None, ...]) -> str:
    """Pain 0-10 as one bar a row (▁ low, █ high), a dot where nothing was rated."""
    return "".join(_NO_RATING if v is None else _BARS[min(7, round(v / 10 * 7))] for v in values)


def _spread(s) -> str:
    if s is None:
        return "\u2014"
    median = formats().decimal(s.median, 1)
    return median if s.low == s.high else f"{median} ({s.low}\u2013{s.high})"


def _dose(dose) -> str:
    """'12 reps × 3', '30 s × 2', '10 reps, 2 s hold × 3', with the band or weight."""
    if dose is None:
        return "\u2014"
    reps = dose.reps
    if reps and dose.hold_s:
        amount = translate("ui.printing.progression", "%n rep(s), {hold} s hold", "{hold}: seconds", reps).format(
            hold=dose.hold_s)
    elif reps:
        amount = translate("ui.printing.progression", "%n rep(s)", None, reps)
    elif dose.hold_s:
        amount = f"{dose.hold_s} s"
    else:
        amount = translate("ui.printing.progression", "set", "a set with no reps or hold, as in 'set \u00d7 3'")
    text = f"{amount} \u00d7 {dose.sets}"
    if dose.resistance:
        text += f", {dose.resistance}"
    if dose.weight_kg is not None:
        text += f", {formats().decimal(dose.weight_kg, 3)} kg"
    return text


def _span(first: date, last: date, years: bool) -> str:
    def one(d: date) -> str:
        month = formats().month_name(d.month, short=True)
        return f"{d.day}\u00a0{month}" + (f"\u00a0{d:%y}" if years else "")  # no break inside a date

    if first == last:
        return one(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}\u2013{one(last)}"  # '13–19 Nov'
    return f"{one(first)}\u2013{one(last)}"


def _marks(row) -> str:
    parts = []
    if row.eased:
        parts.append(translate("ui.printing.progression", "eased {count}\u00d7",
                               "how many sessions had the dose eased after pain: eased 2\u00d7").format(
            count=row.eased))
    if row.stopped:
        parts.append(translate("ui.printing.progression", "stopped for pain {count}\u00d7").format(count=row.stopped))
    if row.by_hand:
        parts.append(translate("ui.printing.progression", "by hand {count}\u00d7",
                               "how many sessions were entered by hand").format(count=row.by_hand))
    if row.prescribed:
        parts.append(translate("ui.printing.progression", "prescribed", "the dose was the therapist's"))
    return ", ".join(parts)


def version_text(plan: WeekPlan) -> str:
    """'“Week 3” from 4 May 2026, prescribed by Dr Okafor (ankle.json)'."""
    if plan.starts_on:
        text = translate("ui.printing.progression", "\u201c{name}\u201d from {day}",
                         "a weekly plan's name and the day it started").format(name=plan.name,
                                                                              day=day_text(plan.starts_on))
    else:
        text = translate("ui.printing.progression", "\u201c{name}\u201d", "a weekly plan's name").format(name=plan.name)
    if plan.prescribed_by:
        text = translate("ui.printing.progression", "{plan}, prescribed by {therapist}",
                         "{plan}: the plan's name and start, as above").format(plan=text, therapist=plan.prescribed_by)
    if plan.source:
        text += f" ({plan.source})"
    return text


def progression_html(s: TherapistSummary, library: Library) -> str:
    """Every exercise's progression table, or '' when there is nothing to show."""
    shown = [p for p in s.progression if any(r.sessions or r.sets_planned for r in p.rows)]
    if not shown:
        return ""
    e = html.escape
    muted = "#444444"
    years = s.first.year != s.last.year
    weeks = (s.progression[0].rows[0].last - s.progression[0].rows[0].first).days // 7 + 1
    if weeks == 1:
        per = translate("ui.printing.progression", "A row per week from {day}.")
    else:
        per = translate("ui.printing.progression", "A row per %n weeks from {day}.", None, weeks)
    explained = translate(
        "ui.printing.progression",
        "Pain (0\u201310) and effort: median (lowest\u2013highest) of the sessions that did the exercise. Sets "
        "done: completed sets, out of the sets the plan then in force asked for up to today. Marked: how many "
        "sessions had the dose eased after pain, stopped for pain, or were entered by hand; \u201cprescribed\u201d: "
        "the dose was your therapist\u2019s.")
    heading = translate("ui.printing.progression", "Progression by exercise")
    out = [f"<h2 style='font-size:12.5pt; margin-top:0; margin-bottom:2pt'>{e(heading)}</h2>",
           f"<p style='color:{muted}; margin-top:0; margin-bottom:4pt'>{e(per.format(day=day_text(s.first)))} "
           f"{e(explained)}</p>"]
    columns = _COLUMNS if weeks == 1 and not years else _LONG_COLUMNS
    head = "".join(f"<th width='{w}%' align='{a}'>{e(translate('ui.printing.progression', t))}</th>"
                   for t, w, a in columns)
    for p in shown:
        ex = library.get(p.exercise_id)
        if ex is None:
            name = p.exercise_id
        elif ex.own:
            name = translate("ui.printing.progression", "{name} (own exercise)").format(name=ex.name)
        else:
            name = ex.name
        rated = [v for v in p.pain_trend if v is not None]
        if rated:
            trend = translate("ui.printing.progression", "pain after: {trend} {first} \u2192 {last}",
                              "{trend}: a row of bars, one a week; {first} and {last}: the first and last pain "
                              "rating (0\u201310)").format(trend=trend_line(p.pain_trend),
                                                            first=formats().decimal(rated[0], 0),
                                                            last=formats().decimal(rated[-1], 0))
        else:
            trend = translate("ui.printing.progression", "no pain ratings")
        body = []
        for r in p.rows:
            done = str(r.sets_done) if r.share is None else translate(
                "ui.printing.progression", "{done} of {planned} ({percent} %)",
                "sets done of the sets planned").format(done=r.sets_done, planned=r.sets_planned,
                                                        percent=round(100 * r.share))
            cells = (_span(r.first, r.last, years), str(r.sessions), done,
                     _dose(r.dose), _spread(r.pain_before), _spread(r.pain_after), _spread(r.effort), _marks(r))
            body.append("<tr>" + "".join(f"<td align='{a}'>{e(c)}</td>"
                                         for c, (_t, _w, a) in zip(cells, columns, strict=True)) + "</tr>")
        title = (f"<tr><th colspan='{len(columns)}' align='left' style='font-size:10.5pt'>{e(name)}"
                 f"<span style='font-weight:normal; color:{muted}'> \u2014 {e(trend)}</span></th></tr>")
        out.append(f"<table width='100%' cellspacing='0' cellpadding='2' style='margin-top:8pt'>"
                   f"<thead>{title}<tr style='background-color:#e8e8e8'>{head}</tr></thead>{''.join(body)}</table>")
    return "".join(out)
