"""Figure generalisation: "42,857 people" becomes "about 43,000 people" (true, rounder).

An exact figure of three or more significant digits is said as people say a
large number, rounded to two; the changed figure of the pair is rounded the
same way and must stay a quarter or more away, so "about" does not cover it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fever_builder.claims.context import Context, Pair
from fever_builder.claims.frames import Frame
from fever_builder.claims.mutations import round_to, significant_digits
from fever_builder.facts import parse_figure, render_figure
from fever_builder.facts.spans import FigureValue, Span

ROUND_DIGITS = 2
# of the large exact figures, the share said rounded
ROUNDED_SHARE = 0.5
# a figure already bounded or approximate: "about" would say another thing
_QUALIFIED = re.compile(
    r"\b(?:about|around|some|approximately|nearly|almost|over|under|more than|less than|"
    r"fewer than|up to|at least|at most|an estimated|estimated|roughly|exactly|precisely|"
    r"just|only|record|total of)\s+$",
    re.IGNORECASE,
)


def about_pair(frame: Frame, span: Span, replacement: str) -> tuple[str, str] | None:
    """(true claim, false claim) with the figure and its replacement rounded after "about",
    or None where the figure is small, round already, approximate, a range, a share, a
    record or no count of things ("ZIP code 90210", "the Boeing 7470")."""
    value = span.value
    if (
        not isinstance(value, FigureValue)
        or value.bound
        or value.approx
        or value.high is not None
        or value.vague
        or value.percent
        or not (value.unit or value.currency)  # a count of things or money, not a code
        or value.style.words
        or not isinstance(value.number, int)
        or value.number < 1000
        or significant_digits(value.number) <= ROUND_DIGITS
        or _QUALIFIED.search(frame.text[: frame.start])
        or re.search(r"\b[A-Z][\w-]*\s+$", frame.text[: frame.start])  # "the Boeing 7,470"
    ):
        return None
    changed = parse_figure(replacement)
    if changed is None or not isinstance(changed.number, int) or changed.number <= 0:
        return None
    true = round_to(value.number, ROUND_DIGITS)
    false = round_to(changed.number, ROUND_DIGITS)
    if 0.75 < false / true < 1.34:
        return None  # rounding brought the two within what "about" covers

    def said(number: int) -> str:
        figure = render_figure(
            replace(value, number=number, approx="about", bound="about"), like=span
        )
        return frame.text[: frame.start] + figure + frame.text[frame.end :]

    return said(true), said(false)


def rounded_generalised(frame: Frame, span: Span, replacement: str, ctx: Context) -> Pair | None:
    """A pair said rounded (see :func:`about_pair`) for a share of the figures that allow it."""
    rounded = about_pair(frame, span, replacement)
    if rounded is None or ctx.rng.random() >= ROUNDED_SHARE:
        return None
    return Pair("figure", *rounded, frame.fact, replacement, "generalise")
