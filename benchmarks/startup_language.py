"""Prints the app's time to first paint and peak memory in English and in Spanish, in the same run.

    python benchmarks/startup_language.py [--runs 9] [--quick]

Both are the installed entry point (`rehab-desktop --smoke-test`, offscreen, as benchmarks/startup.py
measures it), started on data folders that differ only in settings.ini's `[app] language`: "en" loads
no translator, "es" loads the app's rehab_desktop_es.qm and Qt's qtbase_es.qm, the Spanish library
overlay and the Spanish locale. One warm-up of each, then the runs interleaved; medians, the ratio and
the load average. Goal (issue 24): a start with a translation within 5 % of the English start.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _xvfb as bench  # noqa: E402
from startup import measure  # noqa: E402

GOAL_RATIO = 1.05


def run(runs: int, warm: bool = True) -> dict:
    env = bench.child_env(QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as english, tempfile.TemporaryDirectory() as spanish:
        bench.write_settings(Path(english), "language=en\n")
        bench.write_settings(Path(spanish), "language=es\n")
        cmds = {lang: bench.app_command() + ["--smoke-test", "--data-dir", folder]
                for lang, folder in (("en", english), ("es", spanish))}
        if warm:
            for cmd in cmds.values():
                measure(cmd, env)
        results = {"en": [], "es": []}
        for _ in range(runs):
            for lang, cmd in cmds.items():
                results[lang].append(measure(cmd, env))
    return {"results": results, "runs": runs, "load": bench.load()}


def report(r: dict) -> list[dict]:
    med = {k: (statistics.median(x[0] for x in v), statistics.median(x[1] for x in v))
           for k, v in r["results"].items()}
    print(f"platform: offscreen, {r['runs']} runs each, medians; {r['load']}")
    for lang, name in (("en", "English"), ("es", "Spanish")):
        print(f"  {name:8} {med[lang][0]:7.0f} ms to first paint   {med[lang][1]:6.1f} MiB peak RSS until then")
    ratio = med["es"][0] / med["en"][0]
    print(f"  ratio Spanish/English: time {ratio:.3f}x   memory {med['es'][1] / med['en'][1]:.3f}x"
          f"   (goal: time at most {GOAL_RATIO}x)")
    return [bench.row("time to first paint with a translation, offscreen", f"Spanish {med['es'][0]:.0f} ms",
                      f"English {med['en'][0]:.0f} ms ({ratio:.3f}x)", f"at most {GOAL_RATIO}x",
                      ratio <= GOAL_RATIO, r["load"])]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--quick", action="store_true", help="one run each, no warm-up")
    ap.add_argument("--json", type=Path, help="also write the table's row here (for all.py)")
    args = ap.parse_args(argv)
    r = run(1, warm=False) if args.quick else run(args.runs)
    bench.write_rows(args.json, report(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
