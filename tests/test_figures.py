"""The exercise figures' geometry, checked the way a physical therapist reads a picture (Qt-free).

Targets are the views, poses and joint angles of the reference's figure-poses table
(../shared/reference/figure-poses.md), each within about 10°."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from rehab_desktop.core.figure_body import (
    ANKLE_H,
    CHAIN,
    FOOT_R,
    LENGTHS,
    KeySpec,
    LegSpec,
    blend,
    measure,
    norm,
    solve,
    sub,
)
from rehab_desktop.core.figures import (
    LOOP_S,
    FigureError,
    Stage,
    build_frame,
    ease,
    load_figures,
    loop_stage,
    pose_at,
    solved_poses,
    timer_stage,
)
from rehab_desktop.core.library import load_library
from rehab_desktop.core.phases import PhaseKind, TimerOptions, expand
from rehab_desktop.core.records import LegSide

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "figure-poses.md"
BOOK = load_figures()
LIBRARY = load_library()
TIMES = [i / 10 for i in range(11)]
MOVING = [(Stage.MOVE, t) for t in TIMES] + [(Stage.RETURN, t) for t in TIMES]


def fig(exercise: str, movement: str = ""):
    spec = BOOK.get(exercise, movement)
    assert spec is not None, f"no figure for {exercise} {movement}"
    return spec


def start(spec):
    return solved_poses(spec)[0]


def end(spec):
    return solved_poses(spec)[-1]


def angle(spec, pose, side: str, joint: str) -> float:
    return measure(pose, side)[joint]


def within(value: float, low: float, high: float) -> bool:
    return low <= value <= high


def trunk_lean(pose) -> float:
    j = pose.joints()
    d = sub(j["neck"], j["pelvis"])
    return math.degrees(math.atan2(d[0], d[1]))


def sole(pose, side: str) -> tuple[float, float]:
    """Heights of the bottom of the heel and of the toes."""
    j = pose.joints()
    return j[f"heel_{side}"][1] - FOOT_R, j[f"toe_{side}"][1] - FOOT_R


# ---------------------------------------------------------------- every exercise has its figure

def test_every_movement_of_every_exercise_has_a_figure():
    missing = [(e.id, m.key) for e in LIBRARY.exercises for m in e.dose.movements
               if BOOK.get(e.id, m.key if len(e.dose.movements) > 1 else "") is None]
    assert missing == []
    # inversion and eversion are drawn apart: the foot turns opposite ways
    assert fig("ankle-inversion-eversion", "inversion") is not fig("ankle-inversion-eversion", "eversion")


def test_figure_views_follow_the_reference_table():
    text = REFERENCE.read_text(encoding="utf-8")
    assert "| Standing calf stretch | side |" in text  # the table these views were taken from
    side = ["standing-calf-stretch", "posterior-ankle-mobility", "ankle-plantarflexion", "ankle-dorsiflexion",
            "balance-pad-step-ups", "foam-pad-toe-raises", "single-leg-deadlift", "one-sided-lunge"]
    for exercise in side:
        assert fig(exercise).view == "side" and fig(exercise).camera == (0.0, 0.0), exercise
    for exercise in ("single-leg-balance", "sumo-squat"):
        assert fig(exercise).view == "front" and fig(exercise).camera == (0.0, 0.0), exercise


def test_every_figure_has_a_sentence_for_screen_readers_naming_the_side():
    for spec in BOOK.figures:
        left = build_frame(spec, LegSide.LEFT, Stage.HELD).alt
        right = build_frame(spec, LegSide.RIGHT, Stage.HELD).alt
        assert left.endswith(".") and len(left.split()) >= 8, spec.name
        if "{side}" in spec.alt:
            assert "left" in left and "right" in right, spec.name


# ---------------------------------------------------------------- the body keeps its shape

def segment_lengths(pose) -> dict[str, float]:
    j = pose.joints()
    return {child: norm(sub(j[child], j[parent])) for child, (parent, _seg) in CHAIN.items()}


@pytest.mark.parametrize("spec", BOOK.figures, ids=lambda s: s.name)
def test_no_limb_stretches_or_shrinks_through_the_movement(spec):
    for stage, t in MOVING + [(Stage.HELD, 0.0), (Stage.EASY, 0.0)]:
        for child, length in segment_lengths(pose_at(spec, stage, t)).items():
            expected = LENGTHS[CHAIN[child][1]]
            assert length == pytest.approx(expected, abs=1e-6), (spec.name, stage, t, child)
        pose = pose_at(spec, stage, t)
        for s in ("w", "o"):  # the foot is rigid too: heel to toe
            j = pose.joints()
            assert norm(sub(j[f"toe_{s}"], j[f"heel_{s}"])) == pytest.approx(
                norm(sub(start(spec).joints()[f"toe_{s}"], start(spec).joints()[f"heel_{s}"])), abs=0.02)


@pytest.mark.parametrize("spec", BOOK.figures, ids=lambda s: s.name)
def test_nothing_goes_through_the_floor(spec):
    for stage, t in MOVING:
        pose = pose_at(spec, stage, t)
        j = pose.joints()
        lowest = min(min(sole(pose, s)) for s in ("w", "o"))
        assert lowest > -0.012, (spec.name, stage, t, lowest)
        for name in ("pelvis", "knee_w", "knee_o", "hand_w", "hand_o"):
            assert j[name][1] > -0.005, (spec.name, stage, t, name)


@pytest.mark.parametrize("spec", BOOK.figures, ids=lambda s: s.name)
def test_planted_feet_stand_flat_on_their_surface_and_stay_put(spec):
    for key, pose in zip(spec.keys, solved_poses(spec), strict=True):
        for s, leg in key.legs.items():
            if leg.plant is None:
                continue
            heel, toe = sole(pose, s)
            if leg.heel_lift:
                assert toe == pytest.approx(leg.surface, abs=0.012), (spec.name, s)
                assert heel > leg.surface + 0.015, (spec.name, s)  # up on the toes
            else:
                assert (heel, toe) == pytest.approx((leg.surface, leg.surface), abs=1e-6), (spec.name, s)
    a, b = start(spec), end(spec)
    still = [s for s in a.planted if s in b.planted and norm(sub(a.planted[s], b.planted[s])) < 1e-9]
    for stage, t in MOVING:
        pose = pose_at(spec, stage, t)
        for s in still:
            ball = pose.joints()[f"ball_{s}"]
            assert norm(sub(ball, a.planted[s])) < 1e-6, (spec.name, s, stage, t)


@pytest.mark.parametrize("spec", BOOK.figures, ids=lambda s: s.name)
def test_no_joint_goes_past_its_range(spec):
    for stage, t in MOVING:
        pose = pose_at(spec, stage, t)
        for s in ("w", "o"):
            m = measure(pose, s)
            assert -1 <= m["knee"] <= 135, (spec.name, s, stage, t, m)
            assert -50 <= m["ankle"] <= 30, (spec.name, s, stage, t, m)
            assert m["hip"] <= 120, (spec.name, s, stage, t, m)


def test_hands_on_a_fixed_support_stay_on_it():
    spec = fig("standing-calf-stretch")
    for stage, t in MOVING:
        j = pose_at(spec, stage, t).joints()
        for s in ("w", "o"):
            target = spec.keys[0].arms[s].reach
            assert norm(sub(j[f"wrist_{s}"], target)) < 1e-6
    spec = fig("seated-ankle-rom")  # the hands move with the foot they guide
    for stage, t in MOVING:
        j = pose_at(spec, stage, t).joints()
        assert norm(sub(j["wrist_w"], j["achilles_w"])) < 0.02
        assert norm(sub(j["wrist_o"], j["forefoot_w"])) < 0.02


# ---------------------------------------------------------------- poses a therapist checks

def test_standing_calf_stretch_back_knee_straight_heel_down_ankle_bent_up():
    spec = fig("standing-calf-stretch")
    held = end(spec)
    assert angle(spec, held, "w", "knee") <= 8  # back (working) knee straight
    assert within(angle(spec, held, "w", "ankle"), 13, 28)  # dorsiflexed 15–20°
    assert sole(held, "w") == pytest.approx((0.0, 0.0), abs=1e-6)  # heel down
    assert within(angle(spec, held, "o", "knee"), 25, 50)  # front knee bent 30–45°
    assert within(trunk_lean(held), 5, 20)  # leaning 10–15°
    j = held.joints()
    assert j["ankle_w"][0] < j["pelvis"][0] < j["ankle_o"][0]  # working leg behind, front leg ahead
    assert j["pelvis"][0] > start(spec).joints()["pelvis"][0]  # the hips come forward


def test_seated_range_of_motion_figure_four_and_the_ankle_comes_up():
    spec = fig("seated-ankle-rom")
    a, b = start(spec), end(spec)
    j = a.joints()
    assert norm(sub(j["ankle_w"], j["knee_o"])) < 0.09  # the ankle rests across the other knee
    assert within(angle(spec, a, "w", "ankle"), -25, -5)  # relaxed in 10–20° plantarflexion
    assert within(angle(spec, b, "w", "ankle"), 5, 25)  # drawn up 10–15°
    assert sole(a, "o") == pytest.approx((0.0, 0.0), abs=1e-6)  # the other foot flat on the floor


def test_posterior_mobility_knee_forward_heel_on_the_step_band_pulls_back():
    spec = fig("posterior-ankle-mobility")
    a, b = start(spec), end(spec)
    step = next(s for s in spec.solids if s.kind == "step")
    assert within(step.size[1], 0.10, 0.13)  # about 20 cm
    assert sole(b, "w") == pytest.approx((step.size[1], step.size[1]), abs=1e-6)  # heel stays on the step
    assert within(angle(spec, a, "w", "ankle"), -8, 10)  # shin about vertical
    assert within(angle(spec, b, "w", "ankle"), 18, 32)  # dorsiflexed 20–30°
    assert b.joints()["knee_w"][0] > a.joints()["knee_w"][0] + 0.05  # the knee drives forward
    anchor = spec.bands[0].path[0]
    assert anchor[0] < b.joints()["ankle_w"][0] - 0.3  # anchored behind
    assert within(anchor[1], 0.13, 0.22)  # at about 30 cm


@pytest.mark.parametrize("movement, low, high", [("inversion", 18, 32), ("eversion", -22, -8)])
def test_inversion_and_eversion_turn_the_sole_the_right_way_and_only_the_ankle_moves(movement, low, high):
    spec = fig("ankle-inversion-eversion", movement)
    a, b = start(spec), end(spec)
    # the working foot is on the +z side: turning the sole in tips the top of the foot outwards (+z)
    turned = math.degrees(math.asin(b.feet["w"].up[2])) - math.degrees(math.asin(a.feet["w"].up[2]))
    assert within(turned, low, high)
    ja, jb = a.joints(), b.joints()
    for name in ("knee_w", "ankle_w", "hip_w"):
        assert norm(sub(ja[name], jb[name])) < 1e-9  # knee and thigh still
    assert angle(spec, a, "w", "knee") < 3  # long sitting, legs straight


def test_band_pulls_out_for_inversion_and_in_for_eversion():
    inv = fig("ankle-inversion-eversion", "inversion")
    j = end(inv).joints()
    assert j["wrist_w"][2] > j["ankle_w"][2] + 0.1  # the ends held out on the working side
    ev = fig("ankle-inversion-eversion", "eversion")
    assert "ball_o" in ev.bands[0].path  # pinned under the other foot, pulling inwards


def test_plantarflexion_points_the_toes_against_a_band_in_the_hands():
    spec = fig("ankle-plantarflexion")
    assert within(angle(spec, start(spec), "w", "ankle"), -6, 6)
    assert within(angle(spec, end(spec), "w", "ankle"), -42, -28)
    path = spec.bands[0].path
    assert path[0] == "wrist_w" and path[-1] == "wrist_o" and "ball_w" in path


def test_dorsiflexion_heel_off_the_floor_on_a_towel_band_anchored_ahead():
    spec = fig("ankle-dorsiflexion")
    a, b = start(spec), end(spec)
    assert within(angle(spec, a, "w", "ankle"), -26, -14)  # pulled into about 20° plantarflexion
    assert within(angle(spec, b, "w", "ankle"), 6, 18)  # drawn up 10–15°
    for pose in (a, b):
        assert min(sole(pose, "w")) > 0.02  # the heel is off the floor
    roll = next(s for s in spec.solids if s.kind == "roll")
    j = a.joints()
    assert j["knee_w"][0] < roll.center[0] < j["ankle_w"][0]  # under the calf
    anchor = next(p for p in spec.bands[0].path if not isinstance(p, str))
    assert anchor[0] > j["toe_w"][0] + 0.05  # anchored ahead of the foot


def test_single_leg_balance_on_the_working_leg_knee_soft_other_foot_up():
    spec = fig("single-leg-balance")
    b = end(spec)
    assert within(angle(spec, b, "w", "knee"), 2, 15)  # knee soft 5–10°
    assert sole(b, "w") == pytest.approx((0.0, 0.0), abs=1e-6)
    assert within(angle(spec, b, "o", "knee"), 45, 90)
    assert min(sole(b, "o")) > 0.01  # lifted
    assert any(s.kind in ("chair", "wall") for s in spec.solids)  # support within reach


def test_step_ups_lead_foot_up_then_both_on_the_pad_then_back_down():
    spec = fig("balance-pad-step-ups")
    pad = next(s for s in spec.solids if s.kind == "pad")
    poses = dict(zip(spec.key_names, solved_poses(spec), strict=True))
    assert sole(poses["start"], "w") == pytest.approx((0.0, 0.0), abs=1e-6)
    assert sole(poses["step"], "w") == pytest.approx((pad.size[1], pad.size[1]), abs=1e-6)
    assert within(angle(spec, poses["step"], "w", "knee"), 30, 60)  # about 45°
    assert sole(poses["end"], "o") == pytest.approx((pad.size[1], pad.size[1]), abs=1e-6)
    back = pose_at(spec, Stage.RETURN, 0.4)  # coming down, the other foot leaves the pad first
    assert min(sole(back, "w")) == pytest.approx(pad.size[1], abs=1e-6)


def test_toe_raises_heels_up_body_straight_up():
    spec = fig("foam-pad-toe-raises")
    a, b = start(spec), end(spec)
    for s in ("w", "o"):
        assert within(angle(spec, b, s, "ankle"), -42, -28)  # plantarflexed 30–40°
        assert angle(spec, b, s, "knee") <= 8
    assert abs(trunk_lean(b)) < 5 and angle(spec, b, "w", "hip") < 10  # no bend at the hips, no lean
    rise = b.joints()["head"][1] - a.joints()["head"][1]
    drift = abs(b.joints()["head"][0] - a.joints()["head"][0])
    assert rise > 0.04 and drift < rise  # the body goes up, not forward


def test_deadlift_hinges_with_the_free_leg_in_line_with_the_trunk():
    spec = fig("single-leg-deadlift")
    b = end(spec)
    assert within(trunk_lean(b), 45, 80)
    assert within(angle(spec, b, "w", "knee"), 12, 25)  # standing knee 15–20°
    j = b.joints()
    trunk = sub(j["neck"], j["pelvis"])
    free = sub(j["ankle_o"], j["hip_o"])
    cos = sum(x * y for x, y in zip(trunk, free, strict=True)) / (norm(trunk) * norm(free))
    assert math.degrees(math.acos(-cos)) < 15  # the free leg continues the line of the trunk
    assert within(angle(spec, start(spec), "w", "knee"), 0, 12)  # standing tall, knee soft


def test_lunge_front_knee_above_the_toes_back_knee_down():
    spec = fig("one-sided-lunge")
    b = end(spec)
    assert within(angle(spec, b, "w", "knee"), 80, 100)
    assert within(angle(spec, b, "o", "knee"), 75, 105)
    j = b.joints()
    assert j["knee_w"][0] <= j["toe_w"][0] + 0.01  # over the toes, not past them
    assert abs(trunk_lean(b)) < 8


def test_sumo_squat_wide_turned_out_knees_over_the_toes():
    spec = fig("sumo-squat")
    b = end(spec)
    for s in ("w", "o"):
        assert within(angle(spec, b, s, "knee"), 80, 110)
        leg = spec.keys[-1].legs[s]
        assert 30 <= leg.toe_out <= 45
        j = b.joints()
        foot_dir = sub(j[f"toe_{s}"], j[f"heel_{s}"])
        knee_dir = sub(j[f"knee_{s}"], j[f"ankle_{s}"])
        # the knee travels the way the toes point (seen from above)
        cos = (foot_dir[0] * knee_dir[0] + foot_dir[2] * knee_dir[2]) / (
            math.hypot(foot_dir[0], foot_dir[2]) * math.hypot(knee_dir[0], knee_dir[2]))
        assert cos > math.cos(math.radians(20)), s
    assert b.joints()["pelvis"][0] < start(spec).joints()["pelvis"][0]  # hips back
    pad = next(s for s in spec.solids if s.kind == "pad")
    assert pad.center[2] == spec.keys[0].legs["w"].plant[1]  # under the working foot


# ---------------------------------------------------------------- sides and mirroring

@pytest.mark.parametrize("spec", BOOK.figures, ids=lambda s: s.name)
def test_the_left_figure_is_the_mirror_image_of_the_right(spec):
    right = build_frame(spec, LegSide.RIGHT, Stage.MOVE, 0.3)
    left = build_frame(spec, LegSide.LEFT, Stage.MOVE, 0.3)
    assert len(left.shapes) == len(right.shapes)
    for a, b in zip(left.shapes, right.shapes, strict=True):
        assert (a.kind, a.role, a.text) == (b.kind, b.role, b.text)
        assert [c for x, y in b.points for c in (-x, y)] == pytest.approx([c for p in a.points for c in p])
    assert left.bounds == pytest.approx((-right.bounds[2], right.bounds[1], -right.bounds[0], right.bounds[3]))


def test_the_highlighted_leg_is_the_working_one_and_nearest_in_a_side_view():
    spec = fig("standing-calf-stretch")
    frame = build_frame(spec, LegSide.LEFT, Stage.HELD)
    work = [s for s in frame.shapes if s.role == "work"]
    assert work and {s.group for s in work} == {"leg_w"}
    order = [s.group for s in frame.shapes]
    assert order.index("leg_w") > order.index("leg_o")  # drawn over the other leg
    assert all(s.far for s in frame.shapes if s.group == "leg_o")
    # the working leg is the back one: for the left leg seen from the left, the person faces left
    back_foot = max(x for s in work for x, _ in s.points)
    head = next(s for s in frame.shapes if s.kind == "head").points[0][0]
    assert back_foot > head
    both = build_frame(fig("foam-pad-toe-raises"), LegSide.BOTH, Stage.HELD)
    assert {s.group for s in both.shapes if s.role == "work"} == {"leg_w", "leg_o"}


def test_front_view_puts_the_persons_left_on_the_viewers_right():
    frame = build_frame(fig("single-leg-balance"), LegSide.LEFT, Stage.HELD)
    work_x = [x for s in frame.shapes if s.role == "work" for x, _ in s.points]
    head_x = next(s for s in frame.shapes if s.kind == "head").points[0][0]
    assert min(work_x) > head_x - 0.03  # the standing left leg is on the right of the picture


# ---------------------------------------------------------------- timing

def test_ease_starts_and_ends_gently():
    assert ease(0) == 0 and ease(1) == 1
    assert ease(0.05) < 0.05 and ease(0.95) > 0.95
    assert ease(0.5) == pytest.approx(0.5)


def test_timer_phases_map_to_the_figure():
    assert timer_stage(PhaseKind.MOVE, 0.25) == (Stage.MOVE, 0.25)
    assert timer_stage(PhaseKind.REP_HOLD, 0.5)[0] is Stage.HELD
    assert timer_stage(PhaseKind.HOLD, 0.9)[0] is Stage.HELD
    assert timer_stage(PhaseKind.RETURN, 1.0) == (Stage.RETURN, 1.0)
    for kind in (PhaseKind.REST, PhaseKind.SWITCH_SIDE, PhaseKind.SWITCH_MOVEMENT):
        assert timer_stage(kind, 0.5)[0] is Stage.EASY
    assert timer_stage(PhaseKind.LEAD_IN, 0.5)[0] is Stage.START


def test_a_paced_rep_goes_out_holds_at_the_end_and_comes_back():
    exercise = LIBRARY.get("ankle-dorsiflexion")
    spec = fig("ankle-dorsiflexion")
    plan = expand(exercise, None, TimerOptions())
    phases = [p for p in plan.phases if p.rep == 1 and p.set and p.set.number == 1][:3]
    assert [p.kind for p in phases] == [PhaseKind.MOVE, PhaseKind.REP_HOLD, PhaseKind.RETURN]
    ankle = [angle(spec, pose_at(spec, *timer_stage(p.kind, f)), "w", "ankle") for p in phases for f in (0, 0.5, 1)]
    start_a, end_a = angle(spec, start(spec), "w", "ankle"), angle(spec, end(spec), "w", "ankle")
    assert ankle[0] == pytest.approx(start_a)  # the rep starts at the start pose
    assert ankle[2] == pytest.approx(end_a)  # and is at the end pose when the move ends
    assert ankle[3:6] == pytest.approx([end_a] * 3)  # held there through the hold
    assert ankle[8] == pytest.approx(start_a)  # back at the start as the rep ends
    assert ankle[0] < ankle[1] < ankle[2] and ankle[6] > ankle[7] > ankle[8]


def test_browsing_loop_passes_through_every_stage_slowly():
    seen = {loop_stage(t / 10)[0] for t in range(100)}
    assert {Stage.START, Stage.MOVE, Stage.HELD, Stage.RETURN} <= seen
    assert loop_stage(0.0) == loop_stage(LOOP_S)  # and round again


# ---------------------------------------------------------------- the data file

def test_a_malformed_figure_file_names_the_file_the_figure_and_the_field(tmp_path):
    bad = tmp_path / "figures.toml"
    bad.write_text('[[figure]]\nexercise = "x"\nview = "sideways"\n', encoding="utf-8")
    with pytest.raises(FigureError) as e:
        load_figures(str(bad))
    assert str(bad) in str(e.value) and "figure 'x'" in str(e.value) and "field 'view'" in str(e.value)
    bad.write_text('[[figure]]\nexercise = "y"\nview = "side"\nalt = "A."\n[figure.keys.start]\npelvis = [0, 1]\n'
                   '[figure.keys.end]\npelvis = [0, 1, 0]\n', encoding="utf-8")
    with pytest.raises(FigureError, match=r"field 'keys.start.pelvis'"):
        load_figures(str(bad))
    bad.write_text("[[figure]\n", encoding="utf-8")
    with pytest.raises(FigureError, match="not valid TOML"):
        load_figures(str(bad))


def test_two_link_limbs_reach_or_fall_short_without_stretching():
    spec = KeySpec(pelvis=(0.0, 0.9, 0.0), legs={"w": LegSpec(plant=(0.0, 0.09))})  # floor out of reach
    pose = solve(spec)
    assert segment_lengths(pose)["ankle_w"] == pytest.approx(LENGTHS["shank"])
    assert pose.joints()["ankle_w"][1] > ANKLE_H + 0.1  # it falls short rather than stretching
    half = blend(pose, pose, 0.5)
    assert segment_lengths(half) == pytest.approx(segment_lengths(pose))


def test_alternating_step_ups_keep_facing_one_way_while_the_leading_foot_changes():
    from rehab_desktop.core.figures import timer_side

    exercise = LIBRARY.get("balance-pad-step-ups")
    spec = fig("balance-pad-step-ups")
    plan = expand(exercise, None, TimerOptions(first_side=LegSide.LEFT))
    moves = [p for p in plan.phases if p.kind is PhaseKind.MOVE and p.set.number == 1][:2]
    frames = []
    for phase in moves:
        side, seen_from = timer_side(phase)
        assert seen_from is LegSide.LEFT and side is phase.lead
        frames.append(build_frame(spec, side, Stage.START, 0.0, seen_from))
    heads = [next(s for s in f.shapes if s.kind == "head").points[0][0] for f in frames]
    pads = [sum(x for x, _ in pad.points) / len(pad.points) for f in frames for pad in f.shapes if pad.role == "pad"]
    assert [p < h for h, p in zip(heads, pads, strict=True)] == [True, True]  # seen from the left: facing left
    works = [[s for s in f.shapes if s.role == "work"] for f in frames]
    assert not any(s.far for s in works[0]) and all(s.far for s in works[1])  # the right foot leads on the far side
    lead_in = plan.phases[0]
    assert timer_side(lead_in) == (LegSide.LEFT, LegSide.LEFT)  # getting ready: the first lead, not both


def test_an_unknown_limb_setting_is_named(tmp_path):
    bad = tmp_path / "figures.toml"
    bad.write_text('[[figure]]\nexercise = "z"\nview = "side"\nalt = "A person."\n'
                   '[figure.keys.start]\npelvis = [0, 0.5, 0]\nlegs.w = { knee = 10, elbow = 3 }\n'
                   '[figure.keys.end]\npelvis = [0, 0.5, 0]\n', encoding="utf-8")
    with pytest.raises(FigureError, match=r"figure 'z': field 'keys.start.legs.w': unknown setting"):
        load_figures(str(bad))
    bad.write_text(bad.read_text().replace("knee = 10, elbow = 3", "plant = [1, 2, 3]"), encoding="utf-8")
    with pytest.raises(FigureError, match=r"field 'keys.start.legs.w.plant': must be a list of 2 numbers"):
        load_figures(str(bad))
