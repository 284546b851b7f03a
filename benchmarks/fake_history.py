"""Fills a data dir with years of realistic, deterministic fake history for scale benchmarks and demos.

Usage: python benchmarks/fake_history.py --data-dir DIR [--years N] [--seed S]
Library use (issue 5's history_scale.py builds on it): `fill_history(data_dir, years)`.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

try:
    import rehab_desktop  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rehab_desktop.core.exercises import Side, WorkKind
from rehab_desktop.core.library import load_library
from rehab_desktop.store.db import open_database
from rehab_desktop.store.times import local_start, to_utc_text

# The issues put 10 years at about 3,650 sessions and 250,000 sets (~68 sets a session). 5-8
# exercises at 2-3 sets per side make only ~27, so the default sets per side is raised to reach
# the stated scale; pass sets_per_side=(2, 3) for the everyday shape.
SCALE_SETS_PER_SIDE = (5, 8)
BANDS = ("yellow", "red", "green", "blue", "black")
NOTES = (
    "Felt good, ankle a bit stiff at first",
    'Left ankle "clicky" during lunges, stopped early',
    "Physio said: keep going, add 5 reps\nnext week try the blue band",
    "Tired today; did it anyway, 2 sets only",
    "Douleur légère après l'équilibre — ça va mieux ✓",
    "Balance 45 s, best so far 🎉",
    "Did it at work, no pad, used a folded towel; fine",
    'Note with "quotes", commas, and a trailing space ',
    "Sore\r\nafter running yesterday",
)


@dataclass(frozen=True)
class FillStats:
    """What fill_history wrote, and how long it took."""

    sessions: int
    sets: int
    pain_flags: int
    seconds: float
    db_bytes: int


def fill_history(data_dir: str | Path, years: float = 1.0, *, seed: int = 0, end: date | None = None,
                 tz: tzinfo | None = None, sets_per_side: tuple[int, int] = SCALE_SETS_PER_SIDE,
                 missed_rate: float = 0.08, double_rate: float = 0.08) -> FillStats:
    """Append `years` of daily sessions ending on `end` (default yesterday) to the history in `data_dir`.

    About one session a day (some days missed, some with two), 5-8 exercises each from the shipped
    library with its sides and movements, pain before/after trending down with noise, occasional
    notes with awkward characters, skipped sets and "It hurts" flags. Deterministic for a seed.
    """
    started = time.perf_counter()
    rng = random.Random(seed)
    library = load_library()
    exercises = library.exercises
    last = end or date.today() - timedelta(days=1)
    days = max(1, round(years * 365.25))
    first = last - timedelta(days=days - 1)
    db = open_database(data_dir, synchronous="OFF")  # bulk fill: one big transaction, no need to sync
    conn = db.conn
    conn.execute("PRAGMA cache_size = -131072")  # 128 MB: the indexes being filled stay in memory
    # Explicit ids let sets refer to their session before anything is inserted; start past every
    # id ever used (sqlite_sequence), as AUTOINCREMENT would.
    next_session = 1 + conn.execute("SELECT max(coalesce((SELECT max(id) FROM sessions), 0),"
                                    " coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'sessions'), 0))"
                                    ).fetchone()[0]
    sessions, doses, sets, flags = [], [], [], []
    for n in range(days):
        day = first + timedelta(days=n)
        if rng.random() < missed_rate:
            continue
        progress = n / days
        starts = [_start_time(rng, day, tz)]
        if rng.random() < double_rate:
            starts.append(_start_time(rng, day, tz, evening=True))
        for start in starts:
            sid = next_session
            next_session += 1
            clock = start.replace(tzinfo=None)  # naive UTC from here: formatting it is the hot path
            pain = max(0, min(10, round(6 - 5 * progress + rng.gauss(0, 1))))
            chosen = rng.sample(exercises, rng.randint(5, 8))
            chosen.sort(key=lambda e: e.number)
            for position, ex in enumerate(chosen, start=1):
                ex_start = clock
                n_sets = rng.randint(*sets_per_side)
                resistance = BANDS[min(len(BANDS) - 1, int(progress * len(BANDS)))] if _uses(ex, "band") else ""
                weight = round(2 * progress * 2) / 2 + 1 if _uses(ex, "weights") else None
                move0 = ex.dose.movements[0]
                reps = None if move0.kind is WorkKind.HOLD else move0.reps.clamp(move0.reps.low + round(progress * 5))
                hold = None if move0.hold is None else move0.hold.clamp(move0.hold.low + round(progress * 15))
                for move in ex.dose.movements:
                    if move.kind is WorkKind.HOLD:
                        targets = (None, float(move.hold.clamp(move.hold.low + round(progress * 20))))
                    else:
                        targets = (move.reps.clamp(move.reps.low + round(progress * 5)),
                                   None if move.hold is None else float(move.hold.default))
                    for side in _sides(ex.dose.side, rng):
                        for number in range(1, n_sets + 1):
                            row, clock = _set_row(rng, sid, ex.id, move.key, side, number, targets, clock)
                            sets.append(row)
                            if row[12] == 1:
                                flags.append((sid, row[10], row[13], ex.id, move.key, side, number,
                                              rng.choice(("easier", "continue", "skip"))))
                doses.append((sid, ex.id, position, min(n_sets, 3), reps, hold, resistance, weight,
                              _ts(ex_start), _ts(clock)))
                clock += timedelta(seconds=20 + 40 * rng.random())  # get ready for the next exercise
            day_text, offset = local_start(start, tz)
            after = max(0, min(10, pain + rng.choice((-2, -1, -1, 0, 0, 1))))
            note = rng.choice(NOTES) if rng.random() < 0.15 else ""
            sessions.append((sid, to_utc_text(start), _ts(clock), day_text, offset,
                             None if rng.random() < 0.1 else pain, after, rng.randint(3, 8), note, "finished"))
    with db.transaction() as c:
        c.executemany("INSERT INTO sessions (id, started_at, ended_at, local_day, utc_offset_min, pain_before,"
                      " pain_after, effort, notes, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sessions)
        c.executemany("INSERT INTO session_exercises (session_id, exercise_id, position, sets, reps, hold_s,"
                      " resistance, weight_kg, started_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", doses)
        c.executemany("INSERT INTO sets (session_id, exercise_id, movement, side, set_number, target_reps,"
                      " achieved_reps, target_hold_s, achieved_hold_s, started_at, ended_at, status, pain_flag,"
                      " pain_rating) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sets)
        c.executemany("INSERT INTO pain_flags (session_id, at, rating, exercise_id, movement, side, set_number,"
                      " action) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", flags)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = db.path
    db.close()
    return FillStats(len(sessions), len(sets), len(flags), time.perf_counter() - started, path.stat().st_size)


def _start_time(rng: random.Random, day: date, tz: tzinfo | None, evening: bool = False) -> datetime:
    """A local start time: mostly mornings, some evenings, now and then just after midnight."""
    roll = rng.random()
    if evening or roll < 0.25:
        hour, minute = rng.randint(18, 22), rng.randint(0, 59)
    elif roll < 0.28:
        hour, minute = 0, rng.randint(5, 50)  # a night owl: filed under the new day
    else:
        hour, minute = rng.randint(6, 9), rng.randint(0, 59)
    naive = datetime(day.year, day.month, day.day, hour, minute, rng.randint(0, 59))
    # No tz: the computer's zone, with its daylight-saving rules for that date.
    local = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    return local.astimezone(UTC)


def _uses(exercise, tag: str) -> bool:
    return any(tag in e.needs for e in exercise.equipment)


def _sides(side: Side, rng: random.Random) -> tuple[str, ...]:
    if side in (Side.EACH, Side.EACH_PER_SET):
        return ("left", "right")
    if side is Side.AFFECTED:
        return ("right",) if rng.random() < 0.9 else ("left", "right")
    return ("both",)


def _ts(naive_utc: datetime) -> str:
    """store.times.to_utc_text for a naive UTC datetime, without its checks: 500,000 calls for 10 years."""
    return naive_utc.isoformat(timespec="milliseconds") + "Z"


def _set_row(rng: random.Random, sid: int, exercise_id: str, movement: str, side: str, number: int,
             targets: tuple[int | None, float | None], clock: datetime) -> tuple[tuple, datetime]:
    """One set's row and the clock after it and the rest that follows."""
    target_reps, target_hold = targets
    roll = rng.random()
    skipped = roll < 0.02
    hurt = 0.02 <= roll < 0.024
    if target_reps is None:  # a hold
        achieved = 0.0 if skipped else round(max(1.0, target_hold + rng.gauss(0, 4)), 1)
        achieved_reps, length = None, achieved
    else:
        achieved_reps = 0 if skipped else max(1, target_reps - (int(rng.random() * 4) if rng.random() < 0.1 else 0))
        achieved = None if target_hold is None else (0.0 if skipped else target_hold)
        length = achieved_reps * (2.5 + (target_hold or 0))
    end = clock + timedelta(seconds=length + 0.5 + 2.5 * rng.random())
    row = (sid, exercise_id, movement, side, number, target_reps, achieved_reps, target_hold, achieved,
           _ts(clock), _ts(end), "skipped" if skipped else "completed", int(hurt),
           3 + int(rng.random() * 5) if hurt else None)
    return row, end + timedelta(seconds=30 + 30 * rng.random())  # rest between sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--years", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    stats = fill_history(args.data_dir, args.years, seed=args.seed)
    print(f"{stats.sessions} sessions, {stats.sets} sets, {stats.pain_flags} pain flags in {stats.seconds:.2f} s; "
          f"{args.data_dir / 'history.sqlite3'} is {stats.db_bytes / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
