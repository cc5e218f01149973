"""Disjunction pairs: "A or B" (true: A holds) against "B or C" (false), of dates and numbered names."""

from __future__ import annotations

from fever_builder.claims.context import Context, Pair
from fever_builder.claims.frames import Frame
from fever_builder.claims.replace import new_value
from fever_builder.corpus import Sentence
from fever_builder.facts.spans import DateValue, Span


def disjunction(frame: Frame, span: Span, sentence: Sentence, ctx: Context) -> Pair | None:
    """ "A or B did X" (true: A did) against "B or C did X" (false: neither did).

    Both claims hold "or" and a value the evidence does not, so neither the
    wording nor the words missing from the evidence tell the labels apart.
    """
    if isinstance(span.value, DateValue):
        base = "date"
    elif span.kind in ("ordinal", "identifier"):
        base = "identifier"
    else:
        base = "entity"
    if base == "date" and (span.value.end is not None or span.value.modifier):
        return None
    # both alternatives from the fact's own article, so both fit the slot
    first = new_value(base, frame, span, sentence, ctx, same_page_only=True)
    if first is None:
        return None
    second = new_value(
        base, frame.replace(first), span, sentence, ctx, avoid=(frame.fact,), same_page_only=True
    )
    if second is None or second == first:
        return None
    true = f"{frame.fact} or {first}" if ctx.rng.random() < 0.5 else f"{first} or {frame.fact}"
    false = f"{first} or {second}" if ctx.rng.random() < 0.5 else f"{second} or {first}"
    if base == "date":
        # "in 1993 or 1994": the second date drops its preposition
        true, false = true.replace(" or ", " or ", 1), false
    return Pair(
        base, frame.replace(true).text, frame.replace(false).text, frame.fact, false, "disjunction"
    )
