"""Exercise figures in time and on the page: the body at any stage and moment of a movement,
the timer's phase as a stage, and flat 2-D shapes for any side (the data: core/figure_data.py)."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache

from rehab_desktop.core.figure_body import HEAD_R, SIDES, Pose, Vec, add, blend, solve
from rehab_desktop.core.figure_data import (
    Band,
    Cue,
    FigureBook,
    FigureError,
    FigureSpec,
    Solid,
    Stage,
    alt_text,
    load_figures,
)
from rehab_desktop.core.phases import PhaseKind
from rehab_desktop.core.records import LegSide

# The data's names, for the views that draw figures: one import point.
__all__ = ["Band", "Cue", "FigureBook", "FigureError", "FigureSpec", "Solid", "Stage", "alt_text", "load_figures",
           "Shape", "Frame", "build_frame", "mirrored", "pose_at", "timer_stage", "timer_side", "figure_side",
           "loop_stage", "LOOP", "LOOP_S", "ease", "camera", "figure_bounds", "floor_level", "solved_poses",
           "TOP_ELEVATION", "largest_move", "changed_box", "shape_box"]

TOP_ELEVATION = 45.0  # degrees the "top" camera looks down, from beyond the feet


# ---------------------------------------------------------------- what is drawn

@dataclass(frozen=True)
class Shape:
    """One flat thing to paint, in height units with y up, already mirrored for the side.

    kind: limb (a rounded bar `width` wide through `points`), trunk (a filled outline rounded by
    `width`), head (a disc, `width` its radius), solid (equipment: a filled outline), floor, band
    (a line), arrow (a line ending in a head), glow (a soft wide stroke), label (`text` at the
    point). role: body, work (the highlighted leg or foot), equipment, pad, band, cue, floor.
    `far`: on the far side of the body, painted lighter; shapes are listed back to front."""

    kind: str
    points: tuple[tuple[float, float], ...]
    width: float = 0.0
    role: str = "body"
    far: bool = False
    text: str = ""
    group: str = ""  # a whole limb ("leg_w", "arm_o"), the trunk, the head, one piece of kit
    depth: float = 0.0


@dataclass(frozen=True)
class Frame:
    """Everything one picture shows: its shapes back to front, the fixed box they fit in
    (the same for every moment of the movement, so the figure never jumps), and the view."""

    shapes: tuple[Shape, ...]
    bounds: tuple[float, float, float, float]  # x0, y0, x1, y1
    view: str
    alt: str


# ---------------------------------------------------------------- poses in time

def ease(t: float) -> float:
    """Slow out of the start, slow into the end: no jerk at either end."""
    t = min(1.0, max(0.0, t))
    return t * t * (3 - 2 * t)


@lru_cache(maxsize=256)
def _solved(spec: FigureSpec) -> tuple[Pose, ...]:
    return tuple(solve(k) for k in spec.keys)


@lru_cache(maxsize=64)
def _rest(spec: FigureSpec) -> Pose:
    return solve(spec.rest) if spec.rest else _solved(spec)[0]


def pose_at(spec: FigureSpec, stage: Stage, t: float = 0.0) -> Pose:
    """The body at `stage`, `t` (0..1) of the way through a moving stage."""
    poses = _solved(spec)
    if stage is Stage.START:
        return poses[0]
    if stage is Stage.HELD:
        return poses[-1]
    if stage is Stage.EASY:
        return _rest(spec)
    path = poses if stage is Stage.MOVE else poses[::-1]
    x = ease(t) * (len(path) - 1)
    i = min(int(x), len(path) - 2)
    return blend(path[i], path[i + 1], x - i)


def timer_stage(kind: PhaseKind, fraction: float) -> tuple[Stage, float]:
    """Where the figure is for a timer phase `fraction` of the way through."""
    if kind is PhaseKind.MOVE:
        return Stage.MOVE, fraction
    if kind is PhaseKind.RETURN:
        return Stage.RETURN, fraction
    if kind in (PhaseKind.HOLD, PhaseKind.REP_HOLD):
        return Stage.HELD, fraction
    if kind in (PhaseKind.REST, PhaseKind.SWITCH_SIDE, PhaseKind.SWITCH_MOVEMENT):
        return Stage.EASY, 0.0
    return Stage.START, 0.0  # lead-in (getting into position), done, and counted reps between presses


LOOP = ((Stage.START, 1.2), (Stage.MOVE, 2.4), (Stage.HELD, 2.4), (Stage.RETURN, 2.4))
LOOP_S = sum(d for _, d in LOOP)


def loop_stage(seconds: float) -> tuple[Stage, float]:
    """The slow loop shown while browsing: start, out, held, back, and again."""
    s = seconds % LOOP_S
    for stage, d in LOOP:
        if s < d:
            return stage, s / d
        s -= d
    return Stage.START, 0.0


# ---------------------------------------------------------------- flat shapes

def camera(view: str, adjust: tuple[float, float] = (0.0, 0.0)) -> tuple[Vec, Vec, Vec]:
    """(right, up, towards the camera) for a view, turned by `adjust` (yaw towards the front,
    elevation), in the figure's right-handed frame (x forward, y up, z the working side)."""
    yaw, elevation = {"side": (0.0, 0.0), "front": (90.0, 0.0), "top": (90.0, TOP_ELEVATION)}[view]
    yaw, elevation = math.radians(yaw + adjust[0]), math.radians(elevation + adjust[1])
    c = (math.sin(yaw) * math.cos(elevation), math.sin(elevation), math.cos(yaw) * math.cos(elevation))
    r = (c[2], 0.0, -c[0])  # up × c, level
    n = math.hypot(r[0], r[2]) or 1.0
    r = (r[0] / n, 0.0, r[2] / n)
    u = (c[1] * r[2] - c[2] * r[1], c[2] * r[0] - c[0] * r[2], c[0] * r[1] - c[1] * r[0])  # c × r
    return r, u, c


def _projector(spec: FigureSpec, far: bool = False):
    """Projects for the spec's view; `far`: from the other side (a side view from the non-working side)."""
    yaw, elevation = spec.camera
    r, u, c = camera(spec.view, (yaw + (180.0 if far else 0.0), elevation))

    def project(p: Vec) -> tuple[float, float, float]:
        """(screen x, screen y, nearness) of a point."""
        return (p[0] * r[0] + p[1] * r[1] + p[2] * r[2], p[0] * u[0] + p[1] * u[1] + p[2] * u[2],
                p[0] * c[0] + p[1] * c[1] + p[2] * c[2])

    return project


def _hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def turn(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _boxes(s: Solid) -> list[tuple[Vec, Vec]]:
    """A piece of equipment as boxes (centre, size)."""
    (x, y, z), (dx, dy, dz) = s.center, s.size
    if s.kind == "chair":  # `at` is the seat's front-centre on the floor; size: depth, seat height, width
        leg = 0.025
        parts = [((x - dx / 2, y + dy, z), (dx, 0.03, dz)),  # seat
                 ((x - dx + leg / 2, y + dy + 0.2, z), (leg, 0.4, dz)),  # back
                 ((x - leg / 2, y + dy / 2, z + dz / 2 - leg), (leg, dy, leg)),
                 ((x - leg / 2, y + dy / 2, z - dz / 2 + leg), (leg, dy, leg)),
                 ((x - dx + leg / 2, y + dy / 2, z + dz / 2 - leg), (leg, dy, leg)),
                 ((x - dx + leg / 2, y + dy / 2, z - dz / 2 + leg), (leg, dy, leg))]
        return parts
    if s.kind == "table":  # `at`: the leg a band is tied to, on the floor
        return [((x, y + dy / 2, z), (0.035, dy, 0.035)), ((x + dx / 2 - 0.02, y + dy, z), (dx, 0.03, dz))]
    return [((x, y + dy / 2, z), (dx, dy, dz))]  # `at` is the middle of its footprint


def _box_corners(c: Vec, size: Vec) -> list[Vec]:
    return [(c[0] + sx * size[0] / 2, c[1] + sy * size[1] / 2, c[2] + sz * size[2] / 2)
            for sx in (-1, 1) for sy in (-1, 1) for sz in (-1, 1)]


def _roll_points(c: Vec, size: Vec) -> list[Vec]:
    r = size[1] / 2
    return [(c[0] + r * math.cos(a), c[1] + r + r * math.sin(a), c[2] + sz * size[2] / 2)
            for a in (i * math.pi / 12 for i in range(24)) for sz in (-1, 1)]


def largest_move(a: Frame, b: Frame) -> float:
    """How far the point that moved most went from frame `a` to frame `b` (height units, the larger of
    its two axes); infinite when they are not two moments of one drawing."""
    if len(a.shapes) != len(b.shapes):
        return math.inf
    most = 0.0
    for sa, sb in zip(a.shapes, b.shapes, strict=True):
        if len(sa.points) != len(sb.points):
            return math.inf
        for (x0, y0), (x1, y1) in zip(sa.points, sb.points, strict=True):
            most = max(most, abs(x1 - x0), abs(y1 - y0))
    return most


# How far past its points a shape is painted, in its widths (a limb's width is its pen, a head's
# its radius, an arrow's head is four widths long), plus the rim drawn round limbs and the antialiasing.
_REACH = {"limb": 0.5, "trunk": 0.5, "band": 0.5, "glow": 0.5, "head": 1.0, "arrow": 4.5, "solid": 0.0}
_RIM = 0.03


def shape_box(shape: Shape) -> tuple[float, float, float, float]:
    """The box (height units, y up) a shape's paint stays inside."""
    reach = shape.width * _REACH.get(shape.kind, 1.0) + _RIM
    xs, ys = [p[0] for p in shape.points], [p[1] for p in shape.points]
    return min(xs) - reach, min(ys) - reach, max(xs) + reach, max(ys) + reach


def changed_box(a: Frame, b: Frame) -> tuple[float, float, float, float] | None:
    """The box round every shape that differs from frame `a` to frame `b` (where it was and where it
    is), so only that part is painted again; None when the whole picture must be (another drawing,
    or a label or the floor moved)."""
    if a.bounds != b.bounds or len(a.shapes) != len(b.shapes):
        return None
    box: list[float] | None = None
    for sa, sb in zip(a.shapes, b.shapes, strict=True):
        if sa == sb:
            continue
        if sa.kind != sb.kind or sa.kind in ("label", "floor"):
            return None
        for shape in (sa, sb):
            x0, y0, x1, y1 = shape_box(shape)
            box = [x0, y0, x1, y1] if box is None else [min(box[0], x0), min(box[1], y0),
                                                         max(box[2], x1), max(box[3], y1)]
    return (0.0, 0.0, 0.0, 0.0) if box is None else (box[0], box[1], box[2], box[3])


def build_frame(spec: FigureSpec, side: LegSide, stage: Stage, t: float = 0.0,
                seen_from: LegSide | None = None) -> Frame:
    """The figure for `side` (the person's own; BOTH highlights both legs) at `stage` and `t`.

    The data describe the right side working; the left side's figure is its mirror image.
    `seen_from` the other side keeps the picture facing one way while the working foot changes
    (step-ups: the leading foot alternates, the person does not turn round); the working leg is
    then the far one."""
    far = seen_from in (LegSide.LEFT, LegSide.RIGHT) and side in (LegSide.LEFT, LegSide.RIGHT) and seen_from != side
    frame = _canonical(spec, stage, t, both=side is LegSide.BOTH, far=far)
    frame = mirrored(frame) if side is LegSide.LEFT else frame  # drawn for the right side
    return replace(frame, alt=alt_text(spec, side))


def mirrored(frame: Frame) -> Frame:
    """The mirror image (the other side's figure); labels stay readable."""
    x0, y0, x1, y1 = frame.bounds
    shapes = tuple(replace(s, points=tuple((-x, y) for x, y in s.points)) for s in frame.shapes)
    return Frame(shapes, (-x1, y0, -x0, y1), frame.view, frame.alt)


def _canonical(spec: FigureSpec, stage: Stage, t: float, both: bool, far: bool = False) -> Frame:
    pose = pose_at(spec, stage, t)
    joints = pose.joints()
    view = spec.view
    _project = _projector(spec, far)
    P = {k: _project(v) for k, v in joints.items()}

    def point(p: Vec | str) -> Vec:
        return joints[p] if isinstance(p, str) else p

    shapes: list[Shape] = []
    body_depth = P["pelvis"][2]

    def flat(*names: str) -> tuple[tuple[float, float], ...]:
        return tuple((P[n][0], P[n][1]) for n in names)

    def chain_depth(*names: str) -> float:
        return sum(P[n][2] for n in names) / len(names)

    for s in SIDES:
        work = "work" if s == "w" or both else "body"
        leg = chain_depth(f"hip_{s}", f"knee_{s}", f"ankle_{s}")
        thigh_role = work if spec.highlight == "leg" else "body"
        shapes += [Shape("limb", flat(f"hip_{s}", f"knee_{s}"), 0.078, thigh_role, group=f"leg_{s}", depth=leg),
                   Shape("limb", flat(f"knee_{s}", f"ankle_{s}"), 0.058, work, group=f"leg_{s}", depth=leg),
                   Shape("limb", flat(f"heel_{s}", f"ankle_{s}", f"ballc_{s}", f"toe_{s}"), 0.036, work,
                         group=f"leg_{s}", depth=leg),
                   Shape("trunk", flat(f"heel_{s}", f"ball1_{s}", f"toe_{s}", f"ball2_{s}"), 0.036, work,
                         group=f"leg_{s}", depth=leg)]
        arm = chain_depth(f"shoulder_{s}", f"elbow_{s}", f"wrist_{s}")
        shapes += [Shape("limb", flat(f"shoulder_{s}", f"elbow_{s}"), 0.05, group=f"arm_{s}", depth=arm),
                   Shape("limb", flat(f"elbow_{s}", f"wrist_{s}"), 0.042, group=f"arm_{s}", depth=arm),
                   Shape("limb", flat(f"wrist_{s}", f"hand_{s}"), 0.034, group=f"arm_{s}", depth=arm)]
    shapes.append(Shape("trunk", flat("hip_w", "shoulder_w", "shoulder_o", "hip_o"), 0.13 if view == "side" else 0.09,
                        group="trunk", depth=body_depth))
    shapes.append(Shape("limb", flat("neck", "head"), 0.05, group="head", depth=body_depth + 1e-4))
    shapes.append(Shape("head", flat("head"), HEAD_R, group="head", depth=body_depth + 1e-4))
    for i, solid in enumerate(spec.solids):
        for c, size in _boxes(solid):
            pts3 = _roll_points(c, size) if solid.kind == "roll" else _box_corners(c, size)
            proj = [_project(q) for q in pts3]
            shapes.append(Shape("solid", tuple(_hull([(q[0], q[1]) for q in proj])), 0.0, solid.role, group=f"kit{i}",
                                depth=sum(q[2] for q in proj) / len(proj)))
    for i, band in enumerate(spec.bands):
        proj = [_project(point(p)) for p in band.path]
        shapes.append(Shape("band", tuple((q[0], q[1]) for q in proj), 0.014, "band", group=f"band{i}",
                            depth=max(q[2] for q in proj) + 0.001))
    # limbs on the far side of the body are painted lighter; whole limbs are ordered back to front
    shapes = [replace(sh, far=sh.depth < body_depth - 0.03 and sh.group[:3] in ("leg", "arm")) for sh in shapes]
    shapes.sort(key=lambda sh: sh.depth)
    glows, cues = [], []
    for cue in spec.cues:
        if stage not in cue.when:
            continue
        a = _project(point(cue.at))
        if cue.kind == "label":
            cues.append(Shape("label", ((a[0] + cue.offset[0], a[1] + cue.offset[1]), (a[0], a[1])), 0.0, "cue",
                              text=cue.text))
            continue
        end = cue.to if cue.to is not None else (0.0, 0.1, 0.0)
        b = _project(point(end) if isinstance(end, str) or cue.kind == "glow" else add(point(cue.at), end))
        made = Shape(cue.kind, ((a[0], a[1]), (b[0], b[1])), 0.12 if cue.kind == "glow" else 0.016, "cue")
        (glows if cue.kind == "glow" else cues).append(made)  # a glow sits behind the body, as a halo
    # the floor is a line only when the camera looks level; from above it is everywhere
    floor = [Shape("floor", (), 0.0, "floor")] if view != "top" and not spec.camera[1] else []
    bounds = figure_bounds(spec, far)
    return Frame(tuple(floor + glows + shapes + cues), bounds, view, alt_text(spec, LegSide.RIGHT))


@lru_cache(maxsize=64)
def figure_bounds(spec: FigureSpec, far: bool = False) -> tuple[float, float, float, float]:
    """The box every moment of the movement fits in (the right side's), with a margin."""
    _project = _projector(spec, far)
    xs, ys = [], []
    poses = list(_solved(spec)) + [_rest(spec)]
    poses += [pose_at(spec, Stage.MOVE, t / 8) for t in range(1, 8)]
    for pose in poses:
        for p in pose.joints().values():
            x, y, _ = _project(p)
            xs.append(x)
            ys.append(y)
    for solid in spec.solids:
        for c, size in _boxes(solid):
            for q in _box_corners(c, size):
                x, y, _ = _project(q)
                xs.append(x)
                ys.append(y)
    m = 0.08
    y0 = min(min(ys) - m, _project((0.0, 0.0, 0.0))[1] - 0.02)
    return (min(xs) - m, y0, max(xs) + m, max(ys) + HEAD_R + m)


def timer_side(phase) -> tuple[LegSide, LegSide | None]:
    """(the side to draw, the side to see it from) for a timer phase. Alternating exercises draw
    the foot leading this rep (in a get-ready or rest, the one leading the set's first rep), always
    seen from the side of the set's first lead, so the picture never turns round."""
    first = phase.set.lead if phase.set is not None else None
    if phase.lead is not None or first is not None:
        return figure_side(phase.lead or first), first
    return figure_side(phase.side), None


def figure_side(side: LegSide | None) -> LegSide:
    """The side a figure shows for a timer's side (None before a side is known: left)."""
    return side if side in (LegSide.LEFT, LegSide.RIGHT, LegSide.BOTH) else LegSide.LEFT


def floor_level(frame: Frame) -> float:
    """Where the floor line is drawn, in the frame's y."""
    return 0.0


def solved_poses(spec: FigureSpec) -> tuple[Pose, ...]:
    """The keyframes as posed bodies (start, any middles, end)."""
    return _solved(spec)
