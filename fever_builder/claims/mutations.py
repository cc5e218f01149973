"""Mutations: take one fact and return a changed value, or None; they never guess.

Each returns the replacement text for the fact's span. Whether the changed
claim is really false is checked against the corpus by the generator
(``fever_builder.claims.validity``); these functions only make sure the new
value is plausible and written in the same form and precision as the old.
Negation, which changes no value, is in :mod:`fever_builder.claims.negate`.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import replace

from fever_builder.facts import parse_date, render_date, render_figure, render_ordinal
from fever_builder.facts.spans import (
    DateValue,
    EntityValue,
    FigureValue,
    IdentifierValue,
    OrdinalValue,
    Span,
)

# Mutation types and the versioned generator names that go into claim rows.
GENERATORS: dict[str, str] = {
    "date": "refute.date.v2",
    "figure": "refute.figure.v2",
    "entity": "refute.entity.v2",
    "identifier": "refute.identifier.v2",
    "negation": "contrast.negation.v2",
    "comparative": "contrast.comparative.v2",
    "antonym": "refute.antonym.v1",
    "infobox": "structured.infobox.v1",
    "table": "structured.table.v1",
    "compare": "structured.compare.v1",
    "lifespan": "structured.lifespan.v1",
    "class": "refute.lead_class.v1",
}
# a name changed in a slot that may hold several: the source sentence does not settle it
UNSETTLED_GENERATOR = "nei.shared_slot.v1"
SUPPORTS_GENERATORS: dict[str, str] = {
    "clause": "support.clause.v2",
    "conjunction": "contrast.conjunction.v1",
    "disjunction": "contrast.disjunction.v2",
    "generalise": "support.generalise.v1",
    "negation": "contrast.negation.v2",
    "negated": "support.negated_antonym.v1",
    "denial": "support.denial.v1",
    "comparative": "contrast.comparative.v2",
    "infobox": "structured.infobox.v1",
    "table": "structured.table.v1",
    "lifespan": "structured.lifespan.v1",
    "class": "support.lead_class.v1",
}

# Pairs of words whose swap makes a checkable falsehood in war-history text.
ANTONYMS: dict[str, str] = {
    "victory": "defeat",
    "defeat": "victory",
    "north": "south",
    "south": "north",
    "east": "west",
    "west": "east",
    "northern": "southern",
    "southern": "northern",
    "eastern": "western",
    "western": "eastern",
    "northeast": "southwest",
    "southwest": "northeast",
    "northwest": "southeast",
    "southeast": "northwest",
    "largest": "smallest",
    "smallest": "largest",
    "highest": "lowest",
    "lowest": "highest",
    "successful": "unsuccessful",
    "unsuccessful": "successful",
    "accepted": "rejected",
    "rejected": "accepted",
    "increased": "decreased",
    "decreased": "increased",
    "won": "lost",
    "approved": "rejected",
}
ANTONYM_PATTERN = re.compile(
    r"\b(" + "|".join(sorted(ANTONYMS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)

_MAX_YEAR_SHIFT = 4


def significant_digits(number: int) -> int:
    """How many significant digits an integer is written with (3,500 -> 2)."""
    digits = str(abs(int(number))).rstrip("0")
    return max(1, len(digits))


def round_to(number: float, digits: int) -> int:
    """Round to ``digits`` significant digits."""
    if number <= 0:
        return 0
    scale = 10 ** max(0, int(math.floor(math.log10(number))) - digits + 1)
    return int(round(number / scale) * scale)


def shift_date(span: Span, rng: random.Random, *, years: list[int]) -> str | None:
    """A plausible other date in the same format and precision, or None.

    Years move by 1 to 4, preferring years the corpus itself mentions so the
    new year does not stand out; a day moves within its month; a range moves
    whole, keeping its length.
    """
    value = span.value
    if not isinstance(value, DateValue) or value.start.year is None:
        return None
    year = value.start.year
    near = [y for y in range(year - _MAX_YEAR_SHIFT, year + _MAX_YEAR_SHIFT + 1) if y != year]
    known = set(years)
    preferred = [y for y in near if y in known]
    new_year = rng.choice(preferred or near)
    delta = new_year - year
    start = value.start
    end = value.end
    if value.precision == "day" and end is None and rng.random() < 0.5 and start.day is not None:
        day = start.day + rng.choice([-9, -7, -5, -3, 3, 5, 7, 9])
        if not 1 <= day <= 28:
            day = start.day - 8 if start.day > 14 else start.day + 8
        new = replace(value, start=replace(start, day=day))
    else:
        new = replace(
            value,
            start=replace(start, year=year + delta),
            end=replace(end, year=end.year + delta)
            if end is not None and end.year is not None
            else end,
        )
    if new.start.day is not None and new.start.month == 2 and new.start.day > 28:
        new = replace(new, start=replace(new.start, day=28))
    text = render_date(new, like=span)
    if not text or text == span.text or parse_date(text) is None:
        return None
    return text


def change_figure(span: Span, rng: random.Random) -> str | None:
    """A different figure of the same written form and magnitude, false by a margin.

    Exact figures change by 30-100%; approximate ones ("~4,000", "about") at
    least halve or double so the change is not within the approximation; a
    range moves clear of itself. Bounds ("over 500") and vague figures are
    refused: no change of them is surely false.
    """
    value = span.value
    if not isinstance(value, FigureValue) or value.vague or value.bound in ("lower", "upper"):
        return None
    number = value.number
    if not isinstance(number, int) or number <= 0:
        if isinstance(number, float) and number > 0:
            factor = rng.choice([0.5, 0.6, 1.5, 1.8])
            new = round(number * factor, max(1, value.style.decimals))
            if new == number or (value.percent and new > 100):
                return None
            return render_figure(replace(value, number=new), like=span) or None
        return None
    approx = value.bound == "about"
    factors = [0.4, 0.5, 2, 2.5] if approx else [0.5, 0.6, 0.7, 1.3, 1.5, 1.8, 2]
    if value.high is not None:
        high = value.high
        ratio = high / number if number else 2
        factor = rng.choice([ratio * 1.5, ratio * 2]) if rng.random() < 0.5 else 1 / (ratio * 1.5)
        digits = max(significant_digits(number), significant_digits(int(high)))
        new_low, new_high = round_to(number * factor, digits), round_to(high * factor, digits)
        if new_low <= 0 or new_low >= new_high or not (new_low > high or new_high < number):
            return None
        new_value = replace(value, number=new_low, high=new_high)
    else:
        if number < 10:
            # never to or from one: "One ... helicopters" breaks the noun's number
            candidates = [n for n in range(2, number + 5) if abs(n - number) >= 2]
            if number == 1 or not candidates:
                return None
            new_number = rng.choice(candidates)
        else:
            digits = significant_digits(number)
            new_number = round_to(number * rng.choice(factors), digits)
            if new_number == number:
                new_number = round_to(number * 1.5, digits + 1)
            if approx and 0.55 < new_number / number < 1.8:
                # rounding ("about 30" * 0.5 -> "about 20") must not undo the margin
                return None
        if value.percent and new_number > 100:
            new_number = max(1, round_to(number * 0.5, significant_digits(number)))
        if new_number == number or new_number <= 0:
            return None
        if number >= 10 and 0.8 < new_number / number < 1.25:
            return None  # rounding ate the change: 900,000 * 1.3 -> 1,000,000 is too close
        if value.style.scale:
            unit = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}.get(
                value.style.scale, 1
            )
            if new_number < unit:
                return None  # "0.78 million" is not how the text writes figures
        new_value = replace(value, number=new_number)
    text = render_figure(new_value, like=span)
    return text if text and text != span.text else None


def comparative_bounds(span: Span) -> tuple[str, str] | None:
    """Round numbers below and above an exact figure: ``(lower, upper)`` texts.

    For 3,500: ("3,000", "5,000"). ``more than lower`` is true and ``more
    than upper`` false; ``fewer than upper`` true and ``fewer than lower`` false.
    """
    value = span.value
    if (
        not isinstance(value, FigureValue)
        or value.vague
        or value.bound
        or value.high is not None
        or value.percent
        or value.currency
        or not isinstance(value.number, int)
        or value.number < 3
    ):
        return None
    number = value.number
    magnitude = 10 ** int(math.floor(math.log10(number)))
    lower = int(math.floor(number * 0.85 / magnitude) * magnitude) or magnitude // 2
    upper = int(math.ceil(number * 1.4 / magnitude) * magnitude)
    if not 0 < lower < number < upper:
        return None
    low_text = render_figure(replace(value, number=lower, approx="", bound=""), like=span)
    high_text = render_figure(replace(value, number=upper, approx="", bound=""), like=span)
    if not low_text or not high_text:
        return None
    return low_text, high_text


def swap_entity(
    span: Span,
    rng: random.Random,
    *,
    pool: list[str],
    sentence: str,
    weights: dict[str, int],
) -> list[str]:
    """Same-type entities from the corpus that could replace this one, in a random order.

    Names already in the sentence, or sharing a word with the original
    ("Kalbajar District" for "Kalbajar"), are left out. Names are drawn in
    proportion to how often the corpus mentions them, so a replacement is no
    rarer than the names SUPPORTS claims hold.
    """
    value = span.value
    if not isinstance(value, EntityValue):
        return []
    swappable = _swappable(value.name, pool, weights)
    candidates = [name for name in swappable if name not in sentence]
    return _weighted_order(candidates, [weights.get(c, 1) for c in candidates], rng, limit=200)


def _swappable(original: str, pool: list[str], weights: dict[str, int]) -> list[str]:
    """Names of ``pool`` that may stand in for ``original``, in pool order."""
    original_words = set(original.casefold().split()) - _GENERIC_WORDS
    seen = max(1, weights.get(original, 1))
    return [
        name
        for name in pool
        if name != original
        and not original_words & set(name.casefold().split())
        and _same_shape(name, original)
        # about as well known as the original: a rare name in place of a common
        # one (or the reverse) would let the wording alone mark the label
        and 0.2 <= max(1, weights.get(name, 1)) / seen <= 5
    ]


def _weighted_order(
    items: list[str], weights: list[int], rng: random.Random, *, limit: int
) -> list[str]:
    """Up to ``limit`` items drawn without replacement, each in proportion to its weight.

    Draws exactly as repeated ``rng.choices(items, weights)`` calls that remove
    each pick would (one ``rng.random()`` per draw, the first item whose
    running total exceeds it), but with a Fenwick tree of the running totals,
    so a draw costs log(n) rather than n: entity pools of a large shard hold
    thousands of names.
    """
    n = len(items)
    tree = [0] * (n + 1)
    for i, w in enumerate(weights, 1):
        tree[i] += w
        parent = i + (i & -i)
        if parent <= n:
            tree[parent] += tree[i]
    total = sum(weights)
    top = 1 << n.bit_length()
    order: list[str] = []
    while total > 0 and len(order) < limit:
        target = rng.random() * total
        # the first index whose running total exceeds ``target`` (bisect_right)
        position, step = 0, top
        while step:
            nxt = position + step
            if nxt <= n and tree[nxt] <= target:
                position = nxt
                target -= tree[nxt]
            step >>= 1
        position = min(position, n - 1)  # as choices() clamps to the last item
        order.append(items[position])
        weight = weights[position]
        weights[position] = 0
        total -= weight
        i = position + 1
        while i <= n:
            tree[i] -= weight
            i += i & -i
    return order


_GENERIC_WORDS = {
    "district",
    "province",
    "oblast",
    "region",
    "range",
    "mountains",
    "mountain",
    "mount",
    "river",
    "republic",
    "army",
    "forces",
    "brigade",
    "battalion",
    "regiment",
    "division",
    "group",
    "council",
    "front",
    "party",
    "committee",
    "airport",
    "the",
    "of",
}
_GENERIC_LAST = re.compile(
    r"(?:District|Province|Oblast|Region|range|Range|Mountains?|River|Republic|Army|Forces|"
    r"Brigade|Battalion|Regiment|Division|Group|Council|Front|Party|Committee|Airport)$"
)


def _same_shape(name: str, original: str) -> bool:
    """A swap looks natural: same word count, same generic last word ("... District")."""
    a, b = name.split(), original.split()
    if len(a) != len(b):
        return False
    generic_a, generic_b = _GENERIC_LAST.search(name), _GENERIC_LAST.search(original)
    if generic_a or generic_b:
        return bool(generic_a and generic_b) and a[-1] == b[-1]
    return True


def change_identifier(span: Span, rng: random.Random, *, pool: list[str]) -> str | None:
    """Another ordinal or numbered name: ``709th`` for ``701st``, ``Resolution 853`` for ``822``.

    Numbered names prefer another number the corpus gives the same head.
    """
    value = span.value
    if isinstance(value, OrdinalValue):
        if value.noun.casefold().startswith(("century", "centuries", "millenni")):
            # a century stays a real one: the 19th or 20th, never the 23rd
            number = value.number + rng.choice([-2, -1, 1, 2])
            if not 1 <= number <= 21:
                return None
        else:
            number = value.number + rng.choice([-8, -6, -4, -2, 2, 4, 6, 8])
        if number <= 0:
            return None
        return ordinal(number) + span.text[len(str(value.number)) + len(value.suffix) :]
    if isinstance(value, IdentifierValue) and len(value.numbers) == 1:
        if span.subtype == "model":
            return None  # "Mi-24", "BM-21": another number names no real model
        same_head = [
            p
            for p in pool
            if p != span.text
            and p.startswith(value.head + " ")
            and _near(p[len(value.head) + 1 :], value.numbers[0])
        ]
        if same_head:
            return rng.choice(same_head)
        number = value.numbers[0]
        if not number.isdigit():
            return None
        new = str(int(number) + rng.choice([-7, -5, -3, 3, 5, 7]))
        if len(new) != len(number):
            return None
        return (
            span.text[: span.text.rfind(number)]
            + new
            + span.text[span.text.rfind(number) + len(number) :]
        )
    return None


def _near(a: str, b: str) -> bool:
    """Two written numbers within a factor of 2 of each other ("No. 23" is no "No. 940")."""
    if not (a.isdigit() and b.isdigit()) or int(a) == 0 or int(b) == 0:
        return False
    return 0.5 <= int(a) / int(b) <= 2


# the facts package writes ordinals; kept under this name for the mutations
ordinal = render_ordinal
