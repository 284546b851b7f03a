"""The therapist summary's progression pages: per exercise, a table with a row per week (store.progression).

Drawn as HTML for its own QTextDocument, after the summary's one or two pages; each exercise's
table repeats its heading and column names on a new page, and a row is never split.
"""

from __future__ import annotations

import html
from datetime import date

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.store import TherapistSummary
from rehab_desktop.ui.common.formatting import day_text

_BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588"  # ▁ to █: pain 0 to 10
_NO_RATING = "\u00b7"
_COLUMNS = (("Week", 14, "left"), ("Sessions", 9, "center"), ("Sets done (of plan)", 17, "center"),
            ("Dose done", 20, "left"), ("Pain before", 10, "center"), ("Pain after", 10, "center"),
            ("Effort", 9, "center"), ("Marked", 11, "left"))
# Rows of several weeks across years: longer dates and larger counts, a shorter dose column.
_LONG_COLUMNS = (("Weeks", 20, "left"), ("Sessions", 9, "center"), ("Sets done (of plan)", 19, "center"),
                 ("Dose done", 15, "left"), ("Pain before", 9, "center"), ("Pain after", 9, "center"),
                 ("Effort", 9, "center"), ("Marked", 10, "left"))


def trend_line(values: tuple[float | None, ...]) -> str:
    """Pain 0-10 as one bar a row (▁ low, █ high), a dot where nothing was rated."""
    return "".join(_NO_RATING if v is None else _BARS[min(7, round(v / 10 * 7))] for v in values)


def _spread(s) -> str:
    if s is None:
        return "\u2014"
    median = f"{s.median:g}" if s.median == int(s.median) else f"{s.median:.1f}"
    return median if s.low == s.high else f"{median} ({s.low}\u2013{s.high})"


def _dose(dose) -> str:
    """'12 reps × 3', '30 s × 2', '10 reps, 2 s hold × 3', with the band or weight."""
    if dose is None:
        return "\u2014"
    if dose.reps:
        amount = f"{dose.reps} rep{'s' if dose.reps != 1 else ''}" + (f", {dose.hold_s} s hold" if dose.hold_s else "")
    elif dose.hold_s:
        amount = f"{dose.hold_s} s"
    else:
        amount = "set"
    text = f"{amount} \u00d7 {dose.sets}"
    if dose.resistance:
        text += f", {dose.resistance}"
    if dose.weight_kg is not None:
        text += f", {dose.weight_kg:g} kg"
    return text


def _span(first: date, last: date, years: bool) -> str:
    def one(d: date) -> str:
        return f"{d.day}\u00a0{d:%b}" + (f"\u00a0{d:%y}" if years else "")  # no break inside a date

    if first == last:
        return one(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}\u2013{one(last)}"  # '13–19 Nov'
    return f"{one(first)}\u2013{one(last)}"


def _marks(row) -> str:
    parts = []
    if row.eased:
        parts.append(f"eased {row.eased}\u00d7")
    if row.stopped:
        parts.append(f"stopped for pain {row.stopped}\u00d7")
    if row.by_hand:
        parts.append(f"by hand {row.by_hand}\u00d7")
    if row.prescribed:
        parts.append("prescribed")
    return ", ".join(parts)


def version_text(plan: WeekPlan) -> str:
    """'“Week 3” from 4 May 2026, prescribed by Dr Okafor (ankle.json)'."""
    text = f"\u201c{plan.name}\u201d from {day_text(plan.starts_on)}" if plan.starts_on else f"\u201c{plan.name}\u201d"
    if plan.prescribed_by:
        text += f", prescribed by {plan.prescribed_by}"
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
    per = "week" if weeks == 1 else f"{weeks} weeks"
    out = ["<h2 style='font-size:12.5pt; margin-top:0; margin-bottom:2pt'>Progression by exercise</h2>",
           f"<p style='color:{muted}; margin-top:0; margin-bottom:4pt'>A row per {e(per)} from "
           f"{e(day_text(s.first))}. Pain (0\u201310) and effort: median (lowest\u2013highest) of the sessions "
           "that did the exercise. Sets done: completed sets, out of the sets the plan then in force asked "
           "for up to today. "
           "Marked: how many sessions had the dose eased after pain, stopped for pain, or were entered by hand; "
           "\u201cprescribed\u201d: the dose was your therapist\u2019s.</p>"]
    columns = _COLUMNS if weeks == 1 and not years else _LONG_COLUMNS
    head = "".join(f"<th width='{w}%' align='{a}'>{e(t)}</th>" for t, w, a in columns)
    for p in shown:
        ex = library.get(p.exercise_id)
        name = ex.name + (" (own exercise)" if ex.own else "") if ex else p.exercise_id
        rated = [v for v in p.pain_trend if v is not None]
        trend = (f"pain after: {trend_line(p.pain_trend)} {rated[0]:.0f} \u2192 {rated[-1]:.0f}"
                 if rated else "no pain ratings")
        body = []
        for r in p.rows:
            done = str(r.sets_done) if r.share is None else (f"{r.sets_done} of {r.sets_planned} "
                                                              f"({round(100 * r.share)} %)")
            cells = (_span(r.first, r.last, years), str(r.sessions), done,
                     _dose(r.dose), _spread(r.pain_before), _spread(r.pain_after), _spread(r.effort), _marks(r))
            body.append("<tr>" + "".join(f"<td align='{a}'>{e(c)}</td>"
                                         for c, (_t, _w, a) in zip(cells, columns, strict=True)) + "</tr>")
        title = (f"<tr><th colspan='{len(columns)}' align='left' style='font-size:10.5pt'>{e(name)}"
                 f"<span style='font-weight:normal; color:{muted}'> \u2014 {e(trend)}</span></th></tr>")
        out.append(f"<table width='100%' cellspacing='0' cellpadding='2' style='margin-top:8pt'>"
                   f"<thead>{title}<tr style='background-color:#e8e8e8'>{head}</tr></thead>{''.join(body)}</table>")
    return "".join(out)
