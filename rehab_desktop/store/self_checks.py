"""The weekly self-checks as kept (tables `self_checks`, `self_check_results`), and their CSV export.

What is measured and what the results mean are in `core.self_checks`; here each result is written
the moment it is entered (its own transaction: a kill a moment later keeps it), read back as
`SelfCheck`s, and exported one row per measure, side and day.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING

from rehab_desktop.store.db import Database
from rehab_desktop.store.times import from_utc_text, local_start, to_utc_text

if TYPE_CHECKING:  # the measures are loaded when results are read or written, not for the due line at start-up
    from rehab_desktop.core.self_checks import CheckResult, SelfCheck, Unit, Variant

# The CSV's columns, documented in the README; they never change once shipped (add at the end).
CSV_COLUMNS = ("date", "time", "check_id", "measure", "measure_name", "side", "variant", "value", "unit",
               "result", "limit_s")


class SelfCheckRepo:
    """Begins checks, records each result as it is entered, and reads them back."""

    def __init__(self, db: Database, tz: tzinfo | None = None):
        self.db = db
        self.tz = tz  # None: the computer's zone decides the local day, as for sessions

    def begin(self, now: datetime) -> int:
        """A new check taken on now's local day; its id."""
        day, _ = local_start(now, self.tz)
        with self.db.transaction() as conn:
            return conn.execute("INSERT INTO self_checks (taken_at, local_day) VALUES (?, ?)",
                                (to_utc_text(now), day)).lastrowid

    def record(self, check_id: int, result: CheckResult, now: datetime) -> None:
        """Keep one result (replacing what that measure, side and variant had in this check),
        committed before returning."""
        from rehab_desktop.core.self_checks import BY_ID, Outcome

        if result.measure not in BY_ID:
            raise ValueError(f"unknown self-check measure '{result.measure}'")
        if (result.outcome is Outcome.PAIN) != (result.value is None):
            raise ValueError("a result has a value exactly when it was measured")
        row = (check_id, result.measure, result.side, result.variant.value, result.value, result.outcome.value,
               result.limit_s, to_utc_text(now))
        with self.db.transaction() as conn:
            conn.execute("INSERT INTO self_check_results (check_id, measure, side, variant, value, outcome, limit_s,"
                         " entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                         " ON CONFLICT (check_id, measure, side, variant) DO UPDATE SET value = excluded.value,"
                         " outcome = excluded.outcome, limit_s = excluded.limit_s, entered_at = excluded.entered_at",
                         row)

    def forget(self, check_id: int, measure: str, side: str = "", variant: Variant | str = "") -> None:
        """Take one result back out of a check (the person cleared it)."""
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM self_check_results WHERE check_id = ? AND measure = ? AND side = ?"
                         " AND variant = ?", (check_id, measure, side, str(variant)))

    def discard_if_empty(self, check_id: int) -> bool:
        """Remove a check nothing was entered in (closed straight away); whether it went."""
        with self.db.transaction() as conn:
            return conn.execute("DELETE FROM self_checks WHERE id = ? AND NOT EXISTS"
                                " (SELECT 1 FROM self_check_results WHERE check_id = ?)",
                                (check_id, check_id)).rowcount > 0

    def delete(self, check_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM self_checks WHERE id = ?", (check_id,))

    def checks(self, first: date | None = None, last: date | None = None) -> list[SelfCheck]:
        """Every check with at least one result, oldest first; between first and last when given."""
        with self.db.reading() as conn:
            return _read_checks(conn.execute, first, last)

    def last_day(self) -> date | None:
        """The local day of the latest check with a result."""
        with self.db.reading() as conn:
            row = conn.execute("SELECT max(c.local_day) FROM self_checks c WHERE EXISTS"
                               " (SELECT 1 FROM self_check_results r WHERE r.check_id = c.id)").fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None


def _read_checks(execute: Callable, first: date | None, last: date | None) -> list[SelfCheck]:
    from rehab_desktop.core.self_checks import BY_ID, CheckResult, Outcome, SelfCheck, Variant

    rows = execute(
        "SELECT c.id, c.local_day, c.taken_at, r.measure, r.side, r.variant, r.value, r.outcome, r.limit_s"
        " FROM self_checks c JOIN self_check_results r ON r.check_id = c.id"
        " WHERE c.local_day >= ? AND c.local_day <= ? ORDER BY c.local_day, c.id, r.id",
        ((first or date.min).isoformat(), (last or date.max).isoformat())).fetchall()
    checks: dict[int, tuple[date, datetime, list[CheckResult]]] = {}
    for cid, day, taken, measure, side, variant, value, outcome, limit_s in rows:
        if measure not in BY_ID:
            continue  # a measure a newer version added: kept in the file, not shown here
        entry = checks.setdefault(cid, (date.fromisoformat(day), from_utc_text(taken), []))
        entry[2].append(CheckResult(measure, side, Variant(variant), value, Outcome(outcome), limit_s))
    return [SelfCheck(cid, day, taken, tuple(results)) for cid, (day, taken, results) in checks.items()]


def self_check_rows(checks: list[SelfCheck], unit: Unit | str = "cm", tz: tzinfo | None = None) -> list[tuple]:
    """The CSV's rows: one per measure, side, variant and day, distances in `unit`."""
    from rehab_desktop.core.self_checks import BY_ID, Kind, Unit, field_name, from_cm

    unit = Unit(unit)
    out = []
    for c in checks:
        clock = c.taken_at.astimezone(tz).strftime("%H:%M")
        for r in c.results:
            m = BY_ID[r.measure]
            shown_unit = m.unit_text(unit) if m.kind is not Kind.RATING else "0-10"
            value = ""
            if r.value is not None:
                v = from_cm(r.value, unit) if m.kind is Kind.DISTANCE else r.value
                value = f"{round(v, 2):g}"
            # The file's words stay English in every language, as its columns do (a therapist's tools read it).
            name = field_name(m, english=True)
            out.append((c.day.isoformat(), clock, c.id, r.measure, name, r.side, r.variant.value, value, shown_unit,
                        r.outcome.value, "" if r.limit_s is None else f"{r.limit_s:g}"))
    return out


def export_self_checks_csv(db: Database, out_path: str | os.PathLike[str], *, unit: Unit | str = "cm",
                           tz: tzinfo | None = None, bom: bool = True) -> int:
    """Write every self-check result as CSV (the shared export rules of `store.output`: `-` is standard
    output, a file appears only when complete); returns the number of data rows. `bom` as for the
    history's CSV: a UTF-8 byte order mark, which Windows spreadsheet programs need."""
    import csv
    import io

    from rehab_desktop.store.output import open_output

    rows = self_check_rows(SelfCheckRepo(db, tz).checks(), unit, tz)  # read first: a damaged file writes nothing
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    with open_output(out_path, encoding="utf-8-sig" if bom else "utf-8") as f:
        f.write(buffer.getvalue())
    return len(rows)
