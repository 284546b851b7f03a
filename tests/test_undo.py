"""The undo history behind the plan editor."""

from rehab_desktop.core.undo import UndoHistory


def test_undo_redo_and_merged_steps():
    h: UndoHistory[str] = UndoHistory(limit=3)
    h.remember("a")
    h.remember("b", merge="sets")
    h.remember("b2", merge="sets")  # the same spin box again: one step
    assert h.undo("c") == "b" and h.undo("b") == "a" and h.undo("a") is None
    assert h.redo("a") == "b" and h.redo("b") == "c" and h.redo("c") is None
    h.break_merge()
    h.remember("x", merge="sets")
    h.remember("y")
    assert not h.can_redo  # a new change forgets what could be redone
    for s in "pqrs":
        h.remember(s)
    assert [h.undo("z") for _ in range(4)] == ["s", "r", "q", None]  # only the last 3 are kept
