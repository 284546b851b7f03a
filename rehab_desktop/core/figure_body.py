"""The drawn figures' body: a small 3-D skeleton with fixed segment lengths, posed from joint
angles or planted feet, blended between poses without stretching a limb, and measured back."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

# Coordinates (right-handed): x forward (where the person faces at yaw 0), y up, z to the
# working side, in units of standing height. The figure is built with the working side ("w")
# on the person's right and the other side ("o") on their left; the left side's figure is the
# mirror image.
Vec = tuple[float, float, float]

# Segment lengths and heights as fractions of height (Drillis and Contini, as given by Winter).
THIGH, SHANK, FOOT = 0.245, 0.246, 0.152
UPPER_ARM, FOREARM, HAND = 0.186, 0.146, 0.108
TRUNK = 0.818 - 0.530  # hip centre to the shoulder line
HIP_HALF, SHOULDER_HALF = 0.085, 0.11
HEAD_UP, HEAD_R = 0.112, 0.062  # shoulder line to the head's centre; its radius (top at 1.0)
ANKLE_H = 0.039  # the ankle above the sole
HEEL_BACK = 0.035  # the heel behind the ankle
TOE_FWD = FOOT - HEEL_BACK  # the toes ahead of it
HAND_DRAWN = 0.075  # a relaxed hand, wrist to fingertips as drawn
FOOT_HALF_WIDTH = 0.02  # half the foot's breadth (0.055 of height) less its rounding
FOOT_R = 0.018  # half the drawn foot's thickness: heel and toe points sit this far above the sole

SIDES = ("w", "o")
LENGTHS = {
    "thigh": THIGH, "shank": SHANK, "upper_arm": UPPER_ARM, "forearm": FOREARM, "hand": HAND_DRAWN,
    "trunk": TRUNK, "neck": HEAD_UP, "hip": HIP_HALF, "shoulder": SHOULDER_HALF,
}
# child joint: (parent joint, segment); the chain from the pelvis outwards.
CHAIN: dict[str, tuple[str, str]] = {}
for _s in SIDES:
    CHAIN.update({
        f"hip_{_s}": ("pelvis", "hip"), f"knee_{_s}": (f"hip_{_s}", "thigh"), f"ankle_{_s}": (f"knee_{_s}", "shank"),
        f"shoulder_{_s}": ("neck", "shoulder"), f"elbow_{_s}": (f"shoulder_{_s}", "upper_arm"),
        f"wrist_{_s}": (f"elbow_{_s}", "forearm"), f"hand_{_s}": (f"wrist_{_s}", "hand"),
    })
CHAIN["neck"] = ("pelvis", "trunk")
CHAIN["head"] = ("neck", "neck")
ORDER = ["neck", "head"] + [j for s in SIDES for j in (f"hip_{s}", f"knee_{s}", f"ankle_{s}", f"shoulder_{s}",
                                                      f"elbow_{s}", f"wrist_{s}", f"hand_{s}")]


def _chain_depth(joint: str) -> int:
    n = 0
    while joint != "pelvis":
        joint = CHAIN[joint][0]
        n += 1
    return n


ORDER.sort(key=_chain_depth)


# ---------------------------------------------------------------- vector arithmetic

def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def mul(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def norm(a: Vec) -> float:
    return math.sqrt(dot(a, a))


def unit(a: Vec) -> Vec:
    n = norm(a)
    return (1.0, 0.0, 0.0) if n < 1e-12 else mul(a, 1.0 / n)


def angle_between(a: Vec, b: Vec) -> float:
    """Degrees between two directions."""
    c = dot(unit(a), unit(b))
    return math.degrees(math.acos(max(-1.0, min(1.0, c))))


def rotate(v: Vec, axis: Vec, degrees: float) -> Vec:
    """`v` turned about `axis` by `degrees`, right-handed (Rodrigues)."""
    k = unit(axis)
    th = math.radians(degrees)
    c, s = math.cos(th), math.sin(th)
    return add(add(mul(v, c), mul(cross(k, v), s)), mul(k, dot(k, v) * (1 - c)))


def slerp(a: Vec, b: Vec, t: float) -> Vec:
    """The unit direction `t` of the way from `a` to `b` along the great circle."""
    a, b = unit(a), unit(b)
    c = max(-1.0, min(1.0, dot(a, b)))
    if c > 0.9999:
        return unit(add(mul(a, 1 - t), mul(b, t)))
    th = math.acos(c)
    if th > math.pi - 1e-4:  # opposite: turn about any perpendicular
        return rotate(a, unit(cross(a, (0.0, 1.0, 0.0) if abs(a[1]) < 0.9 else (1.0, 0.0, 0.0))), math.degrees(th) * t)
    s = math.sin(th)
    return unit(add(mul(a, math.sin((1 - t) * th) / s), mul(b, math.sin(t * th) / s)))


def lerp(a: Vec, b: Vec, t: float) -> Vec:
    return add(mul(a, 1 - t), mul(b, t))


# ---------------------------------------------------------------- a pose

@dataclass(frozen=True)
class FootFrame:
    """A foot's orientation: `fwd` along the sole to the toes, `up` out of the top of the foot."""

    fwd: Vec
    up: Vec
    toes: Vec | None = None  # up on the toes, the toes stay flat on the floor: their direction

    def ball_line(self, ankle: Vec) -> Vec:
        """Over the ball of the foot, on the foot's centre line, where the toes bend."""
        return add(ankle, add(mul(self.fwd, TOE_FWD * 0.72), mul(self.up, FOOT_R - ANKLE_H)))

    def heel(self, ankle: Vec) -> Vec:
        """The back of the heel, on the foot's centre line (FOOT_R above the sole)."""
        return add(ankle, add(mul(self.fwd, -HEEL_BACK + FOOT_R), mul(self.up, FOOT_R - ANKLE_H)))

    def toe(self, ankle: Vec) -> Vec:
        """The tip of the toes, on the foot's centre line."""
        return add(self.ball_line(ankle), mul(self.toes or self.fwd, TOE_FWD * 0.28 - FOOT_R))

    def ball(self, ankle: Vec) -> Vec:
        """Under the ball of the foot, on the sole."""
        return add(ankle, add(mul(self.fwd, TOE_FWD * 0.72), mul(self.up, -ANKLE_H)))

    def crease(self, ankle: Vec) -> Vec:
        """The front of the ankle, where the foot meets the shin."""
        return add(ankle, add(mul(self.fwd, 0.03), mul(self.up, 0.004)))

    def achilles(self, ankle: Vec) -> Vec:
        """The back of the ankle, just above the heel."""
        return add(ankle, add(mul(self.fwd, -0.032), mul(self.up, 0.01)))

    def forefoot(self, ankle: Vec) -> Vec:
        """The top of the forefoot, where a band round the front of the foot sits."""
        return add(ankle, add(mul(self.fwd, TOE_FWD * 0.75), mul(self.up, -ANKLE_H * 0.25)))

    def instep(self, ankle: Vec) -> Vec:
        """The top of the foot, where a band over the front of the ankle or foot sits."""
        return add(ankle, add(mul(self.fwd, TOE_FWD * 0.45), mul(self.up, ANKLE_H * 0.1)))


@dataclass(frozen=True)
class Pose:
    """A posed body: where the pelvis is, each segment's direction, each foot's orientation."""

    pelvis: Vec
    dirs: dict[str, Vec]  # joint -> unit direction from its parent joint
    feet: dict[str, FootFrame]  # "w" / "o"
    planted: dict[str, Vec] = field(default_factory=dict)  # side -> the ball of the foot, held where it stands
    reach: dict[str, Vec | str] = field(default_factory=dict)  # side -> the hand's target (a point or a body point)

    def joints(self) -> dict[str, Vec]:
        out = {"pelvis": self.pelvis}
        for j in ORDER:
            parent, seg = CHAIN[j]
            out[j] = add(out[parent], mul(self.dirs[j], LENGTHS[seg]))
        for s in SIDES:
            foot = self.feet[s]
            a = out[f"ankle_{s}"]
            out[f"heel_{s}"], out[f"toe_{s}"] = foot.heel(a), foot.toe(a)
            out[f"ball_{s}"], out[f"instep_{s}"] = foot.ball(a), foot.instep(a)
            out[f"crease_{s}"], out[f"achilles_{s}"] = foot.crease(a), foot.achilles(a)
            out[f"forefoot_{s}"], out[f"ballc_{s}"] = foot.forefoot(a), foot.ball_line(a)
            across = mul(unit(cross(foot.fwd, foot.up)), FOOT_HALF_WIDTH)  # the foot's width, for views from the front
            out[f"ball1_{s}"], out[f"ball2_{s}"] = add(out[f"ballc_{s}"], across), sub(out[f"ballc_{s}"], across)
        return out


def blend(a: Pose, b: Pose, t: float) -> Pose:
    """The pose `t` of the way from `a` to `b`: every limb keeps its length; a foot planted in
    the same place in both stays there, and a hand reaching the same target stays on it."""
    dirs = {j: slerp(a.dirs[j], b.dirs[j], t) for j in a.dirs}
    feet = {}
    for s in SIDES:
        fwd = slerp(a.feet[s].fwd, b.feet[s].fwd, t)
        up = slerp(a.feet[s].up, b.feet[s].up, t)
        up = unit(sub(up, mul(fwd, dot(up, fwd))))
        toes = None
        if a.feet[s].toes is not None or b.feet[s].toes is not None:
            toes = slerp(a.feet[s].toes or a.feet[s].fwd, b.feet[s].toes or b.feet[s].fwd, t)
        feet[s] = FootFrame(fwd, up, toes)
    pose = Pose(lerp(a.pelvis, b.pelvis, t), dirs, feet)
    joints = pose.joints()
    # a foot planted on the same spot at both ends stays on it, turning about the ball of the
    # foot if the heel rises or falls (a toe raise, the back foot of a lunge)
    planted = {s: p for s, p in a.planted.items() if s in b.planted and norm(sub(p, b.planted[s])) < 1e-6}
    for s, ball in planted.items():
        ankle = sub(ball, feet[s].ball((0.0, 0.0, 0.0)))
        knee = two_link(joints[f"hip_{s}"], ankle, THIGH, SHANK, joints[f"knee_{s}"])
        dirs[f"knee_{s}"] = unit(sub(knee, joints[f"hip_{s}"]))
        dirs[f"ankle_{s}"] = unit(sub(ankle, knee))
    reach = {s: p for s, p in a.reach.items() if s in b.reach and _same_target(p, b.reach[s])}
    joints = Pose(pose.pelvis, dirs, feet).joints()
    for s, target in reach.items():
        hand = slerp(a.dirs[f"hand_{s}"], b.dirs[f"hand_{s}"], t)
        _aim_arm(dirs, joints, s, joints[target] if isinstance(target, str) else target)
        dirs[f"hand_{s}"] = hand
    return Pose(pose.pelvis, dirs, feet, planted, reach)


def _same_target(a: Vec | str, b: Vec | str) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return norm(sub(a, b)) < 1e-6


def two_link(root: Vec, target: Vec, l1: float, l2: float, pole: Vec) -> Vec:
    """The middle joint of a two-segment limb from `root` reaching `target`, bent towards `pole`.

    Out of reach, the limb points straight at the target (and falls short of it)."""
    d = sub(target, root)
    dist = norm(d)
    axis = unit(d)
    if dist >= l1 + l2 - 1e-9:
        return add(root, mul(axis, l1))
    dist = max(dist, abs(l1 - l2) + 1e-6)
    a = (l1 * l1 - l2 * l2 + dist * dist) / (2 * dist)
    h = math.sqrt(max(0.0, l1 * l1 - a * a))
    toward = sub(pole, root)
    perp = sub(toward, mul(axis, dot(toward, axis)))
    if norm(perp) < 1e-9:
        perp = cross(axis, (0.0, 0.0, 1.0))
    return add(add(root, mul(axis, a)), mul(unit(perp), h))


def _aim_arm(dirs: dict[str, Vec], joints: dict[str, Vec], s: str, target: Vec) -> None:
    """Point the arm on side `s` so the heel of the hand (the wrist) is at `target`."""
    shoulder = joints[f"shoulder_{s}"]
    elbow = two_link(shoulder, target, UPPER_ARM, FOREARM, joints[f"elbow_{s}"])
    dirs[f"elbow_{s}"] = unit(sub(elbow, shoulder))
    wrist = add(elbow, mul(unit(sub(target, elbow)), FOREARM))
    dirs[f"wrist_{s}"] = unit(sub(wrist, elbow))
    dirs[f"hand_{s}"] = dirs[f"wrist_{s}"]


# ---------------------------------------------------------------- posing from a keyframe

@dataclass(frozen=True)
class LegSpec:
    """A leg by its joint angles (`hip` flexion/abduction/outward rotation, `knee`, `ankle`,
    `inversion`), or planted flat on a surface at `plant` (x, z), optionally up on the toes."""

    hip: tuple[float, float, float] = (0.0, 0.0, 0.0)
    knee: float = 0.0
    ankle: float = 0.0
    inversion: float = 0.0
    plant: tuple[float, float] | None = None
    surface: float = 0.0  # height of what the planted foot stands on
    heel_lift: float = 0.0  # degrees the planted foot is raised onto its toes
    toe_out: float = 0.0  # degrees a planted foot points outwards
    knee_pole: Vec | None = None  # where a planted leg's knee points (default: over the toes)


@dataclass(frozen=True)
class ArmSpec:
    """An arm by angles (`shoulder` flexion/abduction, `elbow`), or reaching a point."""

    shoulder: tuple[float, float] = (0.0, 5.0)
    elbow: float = 10.0
    reach: Vec | str | None = None  # a point, or a body point such as "instep_w"
    hand: Vec | None = None  # which way the reaching hand's fingers point (default: on from the forearm)
    elbow_pole: Vec = (-1.0, -0.3, 0.0)  # where a reaching arm's elbow points, from the shoulder


@dataclass(frozen=True)
class KeySpec:
    """One keyframe: the pelvis, the trunk's lean, each leg and each arm."""

    pelvis: Vec
    yaw: float = 0.0  # degrees the whole body turns to its left
    trunk: float = 0.0  # forward lean from upright
    trunk_side: float = 0.0  # lean towards the working side
    head: float = 0.0  # head tilt forward from the trunk's line
    legs: dict[str, LegSpec] = field(default_factory=dict)
    arms: dict[str, ArmSpec] = field(default_factory=dict)


def solve(spec: KeySpec) -> Pose:
    """The pose a keyframe describes."""
    yaw = spec.yaw
    fwd, up, left = rotate((1.0, 0.0, 0.0), (0, 1, 0), yaw), (0.0, 1.0, 0.0), rotate((0.0, 0.0, 1.0), (0, 1, 0), yaw)
    trunk_dir = rotate(up, left, -spec.trunk)
    trunk_dir = rotate(trunk_dir, fwd, -spec.trunk_side)
    trunk_left = rotate(left, fwd, -spec.trunk_side)
    dirs: dict[str, Vec] = {
        "neck": trunk_dir, "head": rotate(trunk_dir, trunk_left, -spec.head),
        "hip_w": left, "hip_o": mul(left, -1), "shoulder_w": trunk_left, "shoulder_o": mul(trunk_left, -1),
    }
    feet: dict[str, FootFrame] = {}
    planted: dict[str, Vec] = {}
    hips = {s: add(spec.pelvis, mul(dirs[f"hip_{s}"], HIP_HALF)) for s in SIDES}
    for s in SIDES:
        leg = spec.legs.get(s, LegSpec())
        sign = 1.0 if s == "w" else -1.0
        if leg.plant is not None:
            foot_fwd = rotate(fwd, up, -sign * leg.toe_out)
            foot_left = cross(up, foot_fwd)
            tilted_fwd = rotate(foot_fwd, foot_left, leg.heel_lift)  # heel up: toes down
            tilted_up = rotate(up, foot_left, leg.heel_lift)
            frame = FootFrame(tilted_fwd, tilted_up, foot_fwd if leg.heel_lift else None)
            # `plant` is where the ankle is with the foot flat; raised onto the toes, the foot
            # turns about the ball of the foot, which stays where it was.
            flat_ankle = (leg.plant[0], leg.surface + ANKLE_H, leg.plant[1])
            ball = FootFrame(foot_fwd, up).ball(flat_ankle)
            ankle = sub(ball, frame.ball((0.0, 0.0, 0.0)))
            pole = add(ankle, add(mul(unit(leg.knee_pole or foot_fwd), 0.3), (0.0, 0.25, 0.0)))
            knee = two_link(hips[s], ankle, THIGH, SHANK, pole)
            dirs[f"knee_{s}"] = unit(sub(knee, hips[s]))
            dirs[f"ankle_{s}"] = unit(sub(ankle, knee))
            feet[s] = frame
            planted[s] = ball
            continue
        flex, abd, rot = leg.hip
        # out to the side first, then forward: a bent hip can still open out (a figure 4)
        thigh = rotate(rotate(mul(up, -1), fwd, -sign * abd), left, flex)
        knee_axis = rotate(rotate(left, fwd, -sign * abd), left, flex)
        knee_axis = rotate(knee_axis, thigh, sign * rot)  # outward rotation turns the kneecap out
        shank = rotate(thigh, knee_axis, -leg.knee)
        dirs[f"knee_{s}"], dirs[f"ankle_{s}"] = thigh, shank
        foot_fwd = rotate(cross(knee_axis, shank), knee_axis, leg.ankle)
        foot_up = mul(shank, -1)
        foot_up = rotate(foot_up, knee_axis, leg.ankle)
        foot_up = rotate(foot_up, foot_fwd, sign * leg.inversion)
        foot_fwd = rotate(foot_fwd, foot_up, sign * 0.35 * leg.inversion)  # turning in brings the toes in
        feet[s] = FootFrame(unit(foot_fwd), unit(sub(foot_up, mul(foot_fwd, dot(foot_up, foot_fwd)))))
    pose = Pose(spec.pelvis, dirs, feet, planted)
    for s in SIDES:
        arm = spec.arms.get(s, ArmSpec())
        sign = 1.0 if s == "w" else -1.0
        upper = rotate(mul(trunk_dir, -1), trunk_left, arm.shoulder[0])
        upper = rotate(upper, fwd, -sign * arm.shoulder[1])
        elbow_axis = rotate(trunk_left, fwd, -sign * arm.shoulder[1])
        fore = rotate(upper, elbow_axis, arm.elbow)  # the forearm comes forward and up
        dirs[f"elbow_{s}"], dirs[f"wrist_{s}"], dirs[f"hand_{s}"] = upper, fore, fore
    reach: dict[str, Vec] = {}
    joints = pose.joints()
    for s in SIDES:
        arm = spec.arms.get(s)
        if arm is None or arm.reach is None:
            continue
        target = joints[arm.reach] if isinstance(arm.reach, str) else arm.reach
        shoulder = joints[f"shoulder_{s}"]
        joints[f"elbow_{s}"] = add(shoulder, mul(unit(arm.elbow_pole), UPPER_ARM))
        _aim_arm(dirs, joints, s, target)
        if arm.hand is not None:
            dirs[f"hand_{s}"] = unit(arm.hand)
        reach[s] = arm.reach
    return Pose(spec.pelvis, dirs, feet, planted, reach)


# ---------------------------------------------------------------- measuring a pose

def measure(pose: Pose, s: str) -> dict[str, float]:
    """Joint angles of side `s` as a physical therapist reads them (knee 0 = straight; ankle 0 =
    foot at right angles to the shin, dorsiflexion positive; hip flexion from the trunk's line)."""
    j = pose.joints()
    thigh = sub(j[f"knee_{s}"], j[f"hip_{s}"])
    shank = sub(j[f"ankle_{s}"], j[f"knee_{s}"])
    trunk = sub(j["neck"], j["pelvis"])
    foot = pose.feet[s]
    knee = angle_between(thigh, shank)
    # the ankle: the angle between the sole and the shin, 90° at neutral
    ankle = angle_between(mul(shank, -1), foot.fwd) - 90.0
    ankle = -ankle  # a smaller angle between shin and foot is dorsiflexion
    hip = angle_between(mul(trunk, -1), thigh)
    return {"knee": knee, "ankle": ankle, "hip": hip}
