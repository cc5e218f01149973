"""Comparative pairs: "more than 3,000" (true) against "more than 3,500" (false), "before 1995"."""

from __future__ import annotations

import re

from fever_builder.analysis.records import Parsed
from fever_builder.claims import mutations as m
from fever_builder.claims.context import Context, Pair
from fever_builder.claims.frames import Frame
from fever_builder.corpus import Sentence
from fever_builder.facts import plural_noun
from fever_builder.facts.spans import DateValue, Span


def comparative(frame: Frame, span: Span, sentence: Sentence, ctx: Context) -> Pair | None:
    bounds = m.comparative_bounds(span)
    before = [w.strip(",;:()").casefold() for w in frame.text[: frame.start].split()[-2:]] or [""]
    if bounds is None or before[-1] in APPROX_WORDS | DETERMINERS:
        return None
    if ctx.parsed is not None and _of_a_superlative(ctx.parsed, span):
        # "the most densely populated city in the world with fewer than 50,000": the
        # bound would pick which cities are compared
        ctx.dropped["comparative_in_a_superlative"] += 1
        return None
    if " ".join(before) in (
        "at most",
        "at least",
        "up to",
        "as many",
        "as few",
        "no more",
        "no fewer",
        "total of",
    ):
        # "at most, 1,000": a bound, so "more than 500" is not implied; "a total of fewer
        # than 7" is no English
        return None
    lower, upper = bounds
    # half the false claims keep the text's own figure ("more than 3,500" where
    # it says 3,500), so the changed number is as often in the true claim
    # a figure written to a precision ("7.6 million") may be a little more or less than
    # it says: then the false claim takes a round bound beyond it
    # a measure ("50 years", "6 tons") is as rounded as its unit: it too takes a round bound
    keep_original = not _rounded(frame.fact) and not _measured(frame.text[frame.end :])
    if ctx.rng.random() < 0.5:
        true, false = f"more than {lower}", f"more than {frame.fact if keep_original else upper}"
    else:
        fewer = "fewer" if countable(frame.text[frame.end :]) else "less"
        true, false = (
            f"{fewer} than {upper}",
            f"{fewer} than {frame.fact if keep_original else lower}",
        )
    return Pair(
        "comparative",
        frame.replace(true).text,
        frame.replace(false).text,
        frame.fact,
        false,
        "comparative",
    )


def _rounded(figure: str) -> bool:
    """Whether a figure is written to a precision: a decimal or a scale word."""
    return bool(re.search(r"\d\.\d|\b(?:thousand|million|billion|trillion)\b", figure))


def _measured(after: str) -> bool:
    """Whether the words after a figure are a unit it is measured in ("6 tons", "50 years")."""
    words = after.split()[:2]
    return any(w.strip(",.;").casefold() in _MEASURES for w in words)


def _of_a_superlative(parsed: Parsed, span: Span) -> bool:
    """Whether the figure describes a noun that a superlative picks out ("the largest",
    "the most densely populated"), within its clause."""
    head = parsed.head_of(span.start, span.end)
    if head is None:
        return False
    for noun in parsed.ancestors(head)[1:]:
        if noun.pos in ("VERB", "AUX"):
            return False
        if noun.pos in ("NOUN", "PROPN") and any(
            t.tag in ("JJS", "RBS") and t.i < noun.i and parsed.dominates(noun, t)
            for t in parsed.tokens
        ):
            return True
    return False


def date_comparative(frame: Frame, span: Span, ctx: Context) -> Pair | None:
    """ "in 1993" -> "before 1995" (true) against "before 1993" or "before 1991" (false)."""
    value = span.value
    if not isinstance(value, DateValue) or value.end is not None or value.start.year is None:
        return None
    # a dated day or month is an event; a bare year often dates a state ("a ban
    # in 1992"), which still holds "after 1992"
    if value.precision not in ("day", "month") or value.modifier:
        return None
    match = re.search(r"\b(in|on|during)\s+$", frame.text[: frame.start], re.IGNORECASE)
    if not match:
        return None
    if re.search(
        r"\b(?:later|earlier|after|before|ago|then|since)\s*,?\s*$", frame.text[: match.start()]
    ):
        return None  # "one year later before 2010": two time phrases stacked
    if match.start() > 0 and re.match(r"\s*,", frame.text[frame.end :]):
        return None  # "declared before 2018, that": the comma belonged to the date phrase
    year = value.start.year
    later, earlier = ctx.rng.choice([1, 2, 3]), ctx.rng.choice([1, 2, 3])
    # the false claim keeps the text's own year: an event of 1993 is not "before 1993"
    variants = [(f"before {year + k}", f"before {year}") for k in (1, 2, 3)]
    variants += [(f"after {year - k}", f"after {year}") for k in (1, 2, 3)]
    ctx.rng.shuffle(variants)
    # the variant whose phrases, then words, lean least towards their own label
    true, false = max(
        variants,
        key=lambda v: (
            ctx.words[v[1]] - ctx.words[v[0]],
            ctx.words[v[0].split()[1]] - ctx.words[v[1].split()[1]] + ctx.words[v[1].split()[0]],
        ),
    )
    del later, earlier
    if match.group(1)[0].isupper():
        true, false = true.capitalize(), false.capitalize()
    head, tail = frame.text[: match.start()], frame.text[frame.end :]
    return Pair(
        "comparative", head + true + tail, head + false + tail, frame.fact, false, "comparative"
    )


APPROX_WORDS = {
    "about",
    "around",
    "approximately",
    "some",
    "nearly",
    "almost",
    "over",
    "than",
    "estimated",
    "roughly",
    "least",
    "most",
    "up",
    "to",
    "under",
    "only",
    "just",
}


DETERMINERS = {
    "all",
    "the",
    "its",
    "their",
    "his",
    "her",
    "these",
    "those",
    "a",
    "an",
    "each",
    "every",
    "further",
    "another",
    "additional",
    "other",
}


def countable(after: str) -> bool:
    """Whether the words after a figure count things ("fewer than 33 voluntary battalions"):
    a plural within its first three words, before a preposition or a stop."""
    for raw in after.split()[:3]:
        word = raw.strip(",.;").casefold()
        if word in _MEASURES:
            return False  # "less than six tons", "less than 50 years": an amount, not things
        if plural_noun(word):
            return True
        if word in ("of", "in", "on", "at", "for", "to", "by", "from", "with") or raw[-1:] in ",.;":
            break
    return False


# units an amount is measured in: "less than", not "fewer than"
_MEASURES = frozenset(
    {"tons", "tonnes", "pounds", "ounces", "grams", "kilograms", "kg", "lbs"}
    | {"metres", "meters", "kilometres", "kilometers", "km", "miles", "feet", "inches", "yards"}
    | {"hectares", "acres", "litres", "liters", "gallons", "degrees"}
    | {"dollars", "euros", "pounds", "pesos", "yen", "rubles", "francs"}
    | {"years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades"}
)
