"""Contrast between two colours as WCAG 2.1 measures it (relative luminance), with no Qt in it."""

from __future__ import annotations

TEXT = 4.5  # WCAG 2.1 1.4.3: normal-size text against its background
NON_TEXT = 3.0  # WCAG 2.1 1.4.11: borders, focus frames, icons and indicators against what is next to them


def rgb(colour: str | tuple[int, int, int]) -> tuple[int, int, int]:
    """(r, g, b) in 0–255 from '#rrggbb', '#rgb' or an (r, g, b) tuple."""
    if isinstance(colour, tuple):
        return colour[0], colour[1], colour[2]
    text = colour.lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str | tuple[int, int, int]) -> float:
    """Relative luminance, 0 for black to 1 for white (WCAG 2.1 definition)."""
    r, g, b = rgb(colour)
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def ratio(a: str | tuple[int, int, int], b: str | tuple[int, int, int]) -> float:
    """The contrast ratio between two colours, 1 (none) to 21 (black on white); order does not matter."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def blend(top: str | tuple[int, int, int], bottom: str | tuple[int, int, int], alpha: float) -> tuple[int, int, int]:
    """`top` painted at opacity `alpha` (0–1) over `bottom`, as a painter composes it."""
    t, u = rgb(top), rgb(bottom)
    return tuple(round(t[i] * alpha + u[i] * (1 - alpha)) for i in range(3))  # type: ignore[return-value]
