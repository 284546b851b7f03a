"""The figures as files and on paper: `exercises --pictures DIR` run as a user runs it (every figure, movement,
side and pose as SVG and PNG, the contact sheets; a folder it can't write refused), and the thumbnails on the
printed week and the therapist summary read back from the PDFs."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from rehab_desktop.core.exercises import Side
from rehab_desktop.core.figures import FigureBook, alt_text, load_figures
from rehab_desktop.core.records import LegSide

SVG = "{http://www.w3.org/2000/svg}"
WORK_LIGHT = 0xFF1F5FA8  # the working leg in the light palette (ui/figures/paint.py)
POSES = ("start", "end", "held")


def run(args, cwd, timeout=300):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "rehab_desktop", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=timeout)


def sides(spec, library):
    ex = library.get(spec.exercise)
    return (LegSide.BOTH,) if ex is not None and ex.dose.side is Side.BOTH else (LegSide.LEFT, LegSide.RIGHT)


def stem(spec, side, pose):
    name = f"{spec.exercise}-{spec.movement}" if spec.movement else spec.exercise
    return f"{name}_{side.value}_{pose}"


def expected_files(library) -> dict[str, tuple]:
    """{file name: (figure, side, pose)} for every figure, movement, side and pose, as SVG and PNG."""
    files = {}
    for spec in load_figures().figures:
        for side in sides(spec, library):
            for pose in POSES:
                for ext in ("svg", "png"):
                    files[f"{stem(spec, side, pose)}.{ext}"] = (spec, side, pose)
    return files


@pytest.fixture(scope="module")
def pictures(tmp_path_factory):
    """The folder `exercises --pictures` wrote, and what it said; run once for the module."""
    cwd = tmp_path_factory.mktemp("pictures")
    out = run(["exercises", "--pictures", "figures"], cwd)
    return cwd / "figures", out


def pixels(path_or_image, qapp=None):
    """(width, height, the pixels as 0xAARRGGBB ints, row by row)."""
    from PySide6.QtGui import QImage

    image = QImage(str(path_or_image)) if not isinstance(path_or_image, QImage) else path_or_image
    assert not image.isNull(), path_or_image
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    w, h = image.width(), image.height()
    data = memoryview(image.constBits()).cast("I")
    stride = image.bytesPerLine() // 4
    return w, h, [data[y * stride + x] for y in range(h) for x in range(w)]


def flipped(path):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    return image.flipped(Qt.Orientation.Horizontal) if hasattr(image, "flipped") else image.mirrored(True, False)


def overlap(a: list[int], b: list[int], colour: int) -> float:
    """How much the pixels of `colour` in a and b coincide (intersection over union)."""
    both = sum(1 for x, y in zip(a, b, strict=True) if x == colour and y == colour)
    either = sum(1 for x, y in zip(a, b, strict=True) if x == colour or y == colour)
    return both / either if either else 0.0


def test_every_figure_movement_side_and_pose_is_written(pictures, library):
    folder, out = pictures
    assert out.returncode == 0, out.stderr
    expected = expected_files(library)
    assert expected, "no figures at all"
    written = sorted(p.name for p in folder.iterdir())
    assert written == sorted([*expected, "contact-sheet.png", "contact-sheet-dark.png"])
    svgs = sum(n.endswith(".svg") for n in expected)
    figures = len(load_figures().figures)
    assert f"Wrote {svgs} SVG and {svgs} PNG pictures of {figures} figure" in out.stdout
    assert "contact-sheet.png" in out.stdout and "figures" in out.stdout
    without = [ex.id for ex in library.exercises if not load_figures().for_exercise(ex.id)]
    if without:
        assert f"No figure yet for {len(without)} exercise" in out.stdout
    # the two movements of inversion/eversion, when drawn, are files of their own
    for spec in load_figures().figures:
        if spec.movement:
            assert (folder / f"{spec.exercise}-{spec.movement}_left_start.svg").exists()


def test_each_svg_parses_and_carries_its_text_alternative(pictures, library):
    folder, _ = pictures
    for name, (spec, side, _pose) in expected_files(library).items():
        if not name.endswith(".svg"):
            continue
        root = ET.parse(folder / name).getroot()
        assert root.tag == f"{SVG}svg", name
        assert root.findtext(f"{SVG}title") == alt_text(spec, side), name
        assert root.get("viewBox") == "0 0 400 400"
        assert root.iter(f"{SVG}path") and not list(root.iter(f"{SVG}image")), "drawn as vectors, not a picture"


def test_each_png_is_the_right_size_shows_the_working_leg_and_the_right_is_the_left_mirrored(pictures, library,
                                                                                              qapp):
    folder, _ = pictures
    for name, (_spec, side, pose) in expected_files(library).items():
        if not name.endswith(".png"):
            continue
        w, h, px = pixels(folder / name)
        assert (w, h) == (400, 400), name
        assert px.count(WORK_LIGHT) > 400, f"{name}: the working leg's colour is missing"
        assert len(set(px)) > 20, f"{name} looks blank"
        if side is LegSide.RIGHT and pose == "start":
            left = folder / name.replace("_right_", "_left_")
            _, _, mirrored_left = pixels(flipped(left))
            _, _, plain_left = pixels(left)
            assert overlap(mirrored_left, px, WORK_LIGHT) > 0.9, f"{name} is not the left side's mirror image"
            assert overlap(plain_left, px, WORK_LIGHT) < 0.6, f"{name} is the left side's picture, not mirrored"


def test_the_contact_sheets_show_every_figure_light_and_dark(pictures, library, qapp):
    folder, _ = pictures
    rows = len(load_figures().figures)
    w, h, light = pixels(folder / "contact-sheet.png")
    assert 1100 <= w <= 1300, "about 1200 px wide: it reads on GitHub"
    assert h > rows * 192
    assert light.count(WORK_LIGHT) > 1000 * rows
    assert light[0] == 0xFFF4F4F2  # the light palette's window
    w2, h2, dark = pixels(folder / "contact-sheet-dark.png")
    assert (w2, h2) == (w, h) and dark[0] == 0xFF202326 and dark.count(WORK_LIGHT) == 0


def test_a_larger_scale_draws_larger_pictures(tmp_path, qapp):
    out = run(["exercises", "--pictures", "big", "--scale", "2"], tmp_path)
    assert out.returncode == 0, out.stderr
    name = next(p for p in (tmp_path / "big").iterdir() if p.name.endswith("_start.png"))
    assert pixels(name)[:2] == (800, 800)
    out = run(["exercises", "--scale", "2"], tmp_path)
    assert out.returncode == 2 and "--scale goes with --pictures" in out.stderr
    out = run(["exercises", "--pictures", "x", "--scale", "9"], tmp_path)
    assert out.returncode == 2 and "from 0.5 to 4" in out.stderr and not (tmp_path / "x").exists()


def test_the_help_names_the_pictures_option(tmp_path):
    out = run(["exercises", "--help"], tmp_path)
    assert out.returncode == 0 and "--pictures DIR" in out.stdout and "contact-sheet.png" in out.stdout


def test_a_folder_that_cannot_be_written_is_refused_by_name_and_nothing_is_written(tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine")
    out = run(["exercises", "--pictures", str(a_file)], tmp_path)
    assert out.returncode == 1
    assert f"Can't write pictures into {a_file}: it is a file, not a folder." in out.stderr
    assert a_file.read_text() == "mine"
    missing = tmp_path / "no-such-folder" / "pictures"
    out = run(["exercises", "--pictures", str(missing)], tmp_path)
    assert out.returncode == 1 and str(missing) in out.stderr and "does not exist" in out.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    assert out.stdout == ""


def test_a_read_only_folder_is_refused(tmp_path):
    """A folder that can't be written (a read-only mount here: root writes anywhere else) is named,
    and nothing is written into it."""
    folder = tmp_path / "locked"
    folder.mkdir()
    namespace = ["unshare", "--mount"] if os.geteuid() == 0 else ["unshare", "--map-root-user", "--mount"]
    script = (f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" && '
              f'exec "{sys.executable}" -m rehab_desktop exercises --pictures "{folder}"')
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([*namespace, "sh", "-c", script], capture_output=True, text=True, cwd=tmp_path, env=env,
                         timeout=300)
    assert out.returncode == 1, out.stderr
    assert f"Can't write pictures into {folder}:" in out.stderr and "read-only" in out.stderr, out.stderr
    assert list(folder.iterdir()) == []


def test_a_write_that_fails_part_way_takes_back_the_files_it_made(tmp_path, library, qapp, monkeypatch):
    import rehab_desktop.ui.figures.export as export
    from rehab_desktop.store import OutputError, open_output

    folder = tmp_path / "pics"
    folder.mkdir()
    (folder / "contact-sheet.png").write_bytes(b"old")  # the user's own file stays
    calls = []

    def failing(target, **kw):
        calls.append(target)
        if len(calls) == 3:
            raise OutputError(f"Can't write {target}: the disk is full.", str(target))
        return open_output(target, **kw)

    monkeypatch.setattr(export, "open_output", failing)
    with pytest.raises(OutputError, match="disk is full"):
        export.write_pictures(folder, load_figures(), library)
    assert sorted(p.name for p in folder.iterdir()) == ["contact-sheet.png"]
    assert (folder / "contact-sheet.png").read_bytes() == b"old"


# ---------------------------------------------------------------- the thumbnails on paper

def page_images(path) -> list[list[tuple[int, int]]]:
    """Per page, the (width, height) in pixels of each image XObject on it."""
    found = []
    for page in PdfReader(str(path)).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        objs = [o.get_object() for o in xobjects.values()]
        found.append([(int(o["/Width"]), int(o["/Height"])) for o in objs if o["/Subtype"] == "/Image"])
    return found


def with_figures(library, exercise_ids):
    return [i for i in exercise_ids if load_figures().for_exercise(i)]


def every_exercise_drawn(library) -> FigureBook:
    """A book in which every exercise has a figure (the calf stretch's), as it will once all are drawn."""
    calf = load_figures().get("standing-calf-stretch")
    figures = [replace(calf, exercise=ex.id, movement=m.key if len(ex.dose.movements) > 1 else "")
               for ex in library.exercises for m in ex.dose.movements]
    return FigureBook(figures)


@pytest.mark.parametrize("all_drawn", [False, True])
@pytest.mark.parametrize("program_id, pages", [("early", 1), ("return-to-activity", 2)])
def test_the_printed_week_shows_each_exercises_figure(tmp_path, library, qapp, monkeypatch, all_drawn, program_id,
                                                      pages):
    import rehab_desktop.ui.printing.thumbnails as thumbnails
    from rehab_desktop.core.programs import program
    from rehab_desktop.ui.printing.week import MIN_POINT_SIZE, write_pdf

    if all_drawn:
        book = every_exercise_drawn(library)
        monkeypatch.setattr(thumbnails, "load_figures", lambda: book)
    plan = program(program_id).build(library, "anterior" if program_id == "early" else "")
    out = tmp_path / "week.pdf"
    result = write_pdf(str(out), plan, library, date(2026, 5, 11), "a4")
    # the pictures take no room the sheet needs: the same pages as without them
    assert result.pages == pages and result.smallest_pt >= MIN_POINT_SIZE
    images = page_images(out)
    shown = plan.exercise_ids() if all_drawn else with_figures(library, plan.exercise_ids())
    assert sum(len(p) for p in images) == len(shown)
    size = (round(thumbnails.THUMB_W_PT * 300 / 72), round(thumbnails.THUMB_H_PT * 300 / 72))
    assert all(s == size for p in images for s in p), "drawn at 300 dpi"
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "Pain today, 0\u201310" in text and "Stop any exercise that hurts." in text


@pytest.mark.parametrize("all_drawn", [False, True])
def test_the_therapist_summary_shows_each_exercises_figure(tmp_path, library, history, qapp, monkeypatch, all_drawn):
    import rehab_desktop.ui.printing.thumbnails as thumbnails
    from rehab_desktop.store import HistoryStats, build_summary
    from rehab_desktop.ui.printing.summary import write_summary_pdf

    if all_drawn:
        book = every_exercise_drawn(library)
        monkeypatch.setattr(thumbnails, "load_figures", lambda: book)
    first = date(2026, 4, 16)
    for n in range(12):
        history.add(first + timedelta(days=n), 8, exercises=("standing-calf-stretch", "single-leg-deadlift"),
                    notes=f"Note {n}")
    history.add(first + timedelta(days=13), 9, exercises=("ankle-inversion-eversion",))
    s = build_summary(HistoryStats(history.db), first, date(2026, 5, 13), date(2026, 5, 13), order=library.ids)
    out = tmp_path / "summary.pdf"
    pages = write_summary_pdf(s, library, out, "a4")
    images = page_images(out)
    ids = [t.exercise_id for t in s.exercises]
    assert len(ids) == 3
    shown = ids if all_drawn else with_figures(library, ids)
    assert sum(len(p) for p in images) == len(shown)
    # Three exercises and twelve notes still fit one page; the progression tables follow on the next.
    assert pages == 2
    reader = PdfReader(str(out))
    assert " ".join(reader.pages[1].extract_text().split()).startswith("Progression by exercise")
    text = " ".join(reader.pages[0].extract_text().split())
    for words in ("Standing calf stretch", "Single-leg deadlift", "Ankle inversion and eversion", "Note 11",
                  "Page 1 of 2"):
        assert words in text, words
