"""Role swaps: two names of one type in one clause exchanged ("from Ganja towards Baku")."""

from __future__ import annotations

import re

from fever_builder.claims.context import Context, Pair
from fever_builder.claims.frames import Frame
from fever_builder.facts import extract
from fever_builder.facts.spans import EntityValue, Span

# Two names in different roles: "marched from Ganja towards Baku".
ROLE_BETWEEN = re.compile(
    r"\b(?:from|to|towards|toward|by|against|than|over|into|defeated|replaced|succeeded)\b"
)


def role_swap(frame: Frame, span: Span, ctx: Context) -> Pair | None:
    """Swap the fact with another name of its type in the claim: roles exchanged, no new word."""
    value = span.value
    # countries and the like stand in symmetric relations ("unwilling to cede
    # territory to"): exchanging them is often not a falsehood
    if not isinstance(value, EntityValue) or value.type not in ("person", "unit", "place"):
        return None
    others = [
        s
        for s in extract(frame.text, lexicon=ctx.lexicon)
        if isinstance(s.value, EntityValue)
        and ctx.types.type_of(s.text) == value.type
        and s.text != frame.fact
        and not (s.start < frame.end and frame.start < s.end)
    ]
    for other in others:
        a, b = sorted([(frame.start, frame.end), (other.start, other.end)])
        between = frame.text[a[1] : b[0]]
        if (
            not ROLE_BETWEEN.search(between)
            or " and " in between
            or between.strip() in (",", "and")
        ):
            continue
        if len(between.split()) > 4 or "," in between:
            continue  # two names far apart sit in different clauses, not in two roles of one
        if value.type == "place" and not re.search(
            r"\bfrom\b.*\b(?:to|towards|toward)\b", between + " " + frame.text[b[0] - 12 : b[0]]
        ):
            continue
        first, second = frame.text[a[0] : a[1]], frame.text[b[0] : b[1]]
        if len(first.split()) != len(second.split()):
            continue
        swapped = frame.text[: a[0]] + second + between + first + frame.text[b[1] :]
        if (
            ctx.index.is_sentence(swapped)
            or ctx.index.states(swapped, second + " " + first) is not None
        ):
            ctx.dropped["role_swap_true_elsewhere"] += 1
            continue
        return Pair(
            "entity", frame.text, swapped, f"{first} … {second}", f"{second} … {first}", "clause"
        )
    return None
