"""Comparatives and disjunctions, checked by logic in the evidence's slot for them.

The claim is aligned to the evidence in order with the slot's own words kept
out (:func:`align`), and the slot is what lies between the evidence words its
neighbours align with (:func:`slot_between`).

- Comparatives: "more than 3,000", "fewer than 5,000", "after 1990", "before
  1995" hold when the figure or year in the slot is strictly beyond the bound
  ("more than 3,500" against "3,500" fails; "at least 3,500" holds). A
  decade ("in the 1990s") and an approximation ("about 43,000": within a
  quarter either way) are two bounds at once, and hold when both do.
- Disjunctions: "Ganja or Shusha" holds when one alternative is in the slot
  ("from Ganja"), and fails when neither is, even if one is named elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from fever_builder.baseline.words import (
    COMPARATIVES_DOWN,
    COMPARATIVES_EARLIER,
    COMPARATIVES_LATER,
    COMPARATIVES_UP,
    INCLUSIVE,
    NAME_JOINERS,
    NEGATION_WORDS,
    SCALES,
    YEAR,
    Text,
    lexicon,
    number_value,
    stem,
)


@dataclass(frozen=True, slots=True)
class Comparative:
    """ "more than 1,000": tokens ``start:end`` (number and scale word included)."""

    start: int
    end: int
    number: int  # index of the number token
    direction: str  # "up" (more than, over, after) or "down" (less than, under, before)
    bound: float
    inclusive: bool  # "at least 90" holds for 90; "more than 90" does not
    year: bool  # the bound is a year ("after 1991")


def find_comparatives(text: Text) -> list[Comparative]:
    """Every comparative phrase followed by a number, leftmost longest first.

    "after", "before" and the like count only before a year.
    """
    found: list[Comparative] = []
    taken: set[int] = set()
    groups = (
        ("down", False, COMPARATIVES_DOWN),
        ("up", False, COMPARATIVES_UP),
        ("up", True, COMPARATIVES_LATER),
        ("down", True, COMPARATIVES_EARLIER),
    )
    for direction, of_time, phrases in groups:
        # longest phrases first, so "no more than" wins over "more than"
        for phrase in sorted(phrases, key=len, reverse=True):
            words = phrase.split()
            size = len(words)
            for i in range(len(text.folded) - size):
                number = i + size
                bound = number_value(text.folded[number])
                if text.folded[i:number] != words or bound is None or number in taken:
                    continue
                if number in text.named:
                    continue  # "the Under-21 side" is a name, no bound
                if any(text.breaks[k] for k in range(i + 1, number + 1)):
                    continue  # "more, 40" is no comparative
                is_year = bool(YEAR.match(text.raw[number]))
                if of_time and not is_year:
                    continue
                end = number + 1
                if end < len(text.folded) and text.folded[end] in SCALES:
                    bound *= SCALES[text.folded[end]]
                    end += 1
                taken.add(number)
                found.append(
                    Comparative(i, end, number, direction, bound, phrase in INCLUSIVE, is_year)
                )
    return found


_DECADE = re.compile(r"^(1[0-9]|20)[0-9]0s$")
_ABOUT = frozenset({"about", "around", "approximately", "roughly", "some"})
# "about N" holds for a figure within this share of N either way
_ABOUT_MARGIN = 0.25


def find_ranges(text: Text) -> list[tuple[Comparative, Comparative]]:
    """ "the 1990s" and "about 43,000" as a lower and an upper bound, inclusive."""
    found = []
    for i, token in enumerate(text.folded):
        if i and text.folded[i - 1] == "the" and _DECADE.match(token):
            first = float(token[:4])
            low = Comparative(i - 1, i + 1, i, "up", first, True, True)
            found.append((low, Comparative(i - 1, i + 1, i, "down", first + 9, True, True)))
        elif i + 1 < len(text.folded) and token in _ABOUT:
            number = number_value(text.folded[i + 1])
            if number is None or YEAR.match(text.raw[i + 1]) or text.breaks[i + 1]:
                continue
            if i + 1 in text.named:
                continue
            end = i + 2
            if end < len(text.folded) and text.folded[end] in SCALES:
                number *= SCALES[text.folded[end]]
                end += 1
            low = Comparative(i, end, i + 1, "up", number * (1 - _ABOUT_MARGIN), True, False)
            high = Comparative(i, end, i + 1, "down", number * (1 + _ABOUT_MARGIN), True, False)
            found.append((low, high))
    return found


def both(first: bool | None, second: bool | None) -> bool | None:
    """Both bounds of a range: False if either fails, True if both hold, else unsure."""
    if first is False or second is False:
        return False
    return True if first and second else None


# ---------------------------------------------------------------------- alignment


# function words the evidence has more than this many tokens past the claim's last
# anchor of content are no anchor: "in the" of "in the late 1960s" for "born in the
# forties", well past "born"; a clause's own "came ..., on 8 October" is near enough
FAR = 6


def align(claim: Text, evidence: Text, hidden: set[int]) -> list[int | None]:
    """The evidence token each claim token is aligned with, or None.

    The claim is aligned to the evidence in order (difflib's longest matching
    runs). Tokens in ``hidden`` (the slots the features then check: a
    comparative's figure, the alternatives of a disjunction) are kept out of
    the alignment, so the context around a slot decides where it falls in the
    evidence, not the value in it. A lone function word is no anchor, unless
    it is next to a slot ("from ... towards"), and no run of function words is
    one when the evidence has it more than ``FAR`` tokens past the claim's last
    anchor of content.
    """
    stop = lexicon().stop
    masked = [f"\0{i}" if i in hidden else t for i, t in enumerate(claim.folded)]
    matcher = SequenceMatcher(None, masked, evidence.folded, autojunk=False)
    aligned: list[int | None] = [None] * len(claim.folded)
    after = 0  # where the last anchor with a word of content ends, in the evidence
    for block in matcher.get_matching_blocks():
        words = masked[block.a : block.a + block.size]
        lone = block.size == 1 and words[0] in stop
        if lone and not {block.a - 1, block.a + 1} & hidden:
            continue
        if all(w in stop for w in words) and block.b - after > FAR:
            continue  # "born in the 1940s" has no "in the" of "in the late 1960s" far on
        if not all(w in stop for w in words):
            after = block.b + block.size
        for k in range(block.size):
            aligned[block.a + k] = block.b + k
    return aligned


def slot_between(
    aligned: Sequence[int | None], start: int, end: int, size: int
) -> tuple[int, int, bool, bool]:
    """The evidence tokens ``low:high`` between the anchors of claim tokens ``start:end``.

    Also returns whether a left and a right anchor were found: without one the
    slot runs to that end of the evidence.
    """
    left = next((aligned[k] for k in range(start - 1, -1, -1) if aligned[k] is not None), None)
    right = next((aligned[k] for k in range(end, len(aligned)) if aligned[k] is not None), None)
    low = left + 1 if left is not None else 0
    high = right if right is not None else size
    return low, max(low, high), left is not None, right is not None


def _nearest(indices: list[int], has_left: bool, has_right: bool) -> list[int]:
    """Of the evidence positions in a slot, those nearest its anchor(s)."""
    if not indices or (has_left and has_right) or (not has_left and not has_right):
        return indices
    return indices[:1] if has_left else indices[-1:]


def comparative_holds(
    comparative: Comparative, evidence: Text, aligned: Sequence[int | None]
) -> bool | None:
    """Whether the evidence's figure satisfies the claim's comparative; None if unsure.

    The figure compared is the one in the comparative's slot (between the
    evidence words the claim's neighbours align with); without one there, all
    the evidence's figures of the same kind must agree. Years are compared
    only with years, so "more than 1,000 soldiers" is not satisfied by "in
    1993". An evidence comparative at least as strong, in the slot, also
    satisfies it ("over 3,000" -> "over 2,000").
    """
    low, high, has_left, has_right = slot_between(
        aligned, comparative.start, comparative.end, len(evidence.folded)
    )
    sign = 1.0 if comparative.direction == "up" else -1.0
    for other in find_comparatives(evidence):
        if (
            low <= other.number < high
            and other.direction == comparative.direction
            and other.year == comparative.year
        ):
            # "over 3,000" says "over 2,000", and "at least 90" says "at least 90"
            margin = sign * (other.bound - comparative.bound)
            return margin > 0 or (margin == 0 and (comparative.inclusive or not other.inclusive))
    figures = [(i, v) for i, v, is_year in evidence.figures if is_year == comparative.year]
    in_slot = [i for i, _ in figures if low <= i < high]
    chosen = set(_nearest(in_slot, has_left, has_right))
    values = [v for i, v in figures if i in chosen] if chosen else [v for _, v in figures]
    if not values:
        return None

    def holds(value: float) -> bool:
        margin = sign * (value - comparative.bound)
        return margin > 0 or (margin == 0 and comparative.inclusive)

    verdicts = {holds(v) for v in values}
    return verdicts.pop() if len(verdicts) == 1 else None


# ------------------------------------------------------------------ disjunctions


@dataclass(frozen=True, slots=True)
class Disjunction:
    """ "Ganja or Shusha": the claim tokens ``start:end`` and each alternative's tokens."""

    start: int
    end: int
    alternatives: tuple[tuple[int, ...], ...]


def _alternative(text: Text, at: int, step: int) -> list[int]:
    """The token indices of one alternative of a disjunction, from ``at`` going by ``step``.

    A name or date (a run of capitalised words and numbers, "of" and the like
    inside it: "Mammadrafi Mammadov", "October 1992", "Mi-24") or a single
    word. Punctuation ends it ("Sumgait, Ganja or Baku").
    """
    stop = lexicon().stop

    def named(k: int) -> bool:  # a capitalised word or a number: part of a name or date
        return is_value(text.raw[k]) and text.folded[k] not in stop

    if not 0 <= at < len(text.raw) or text.folded[at] in stop:
        return []
    if not named(at):
        return [at]
    run = [at]
    k = at
    while True:
        # the break to check is the one between k and the next token in `step` direction
        nxt = k + step
        if not 0 <= nxt < len(text.raw) or text.breaks[max(k, nxt)]:
            break
        joiner = (
            text.folded[nxt] in NAME_JOINERS
            and 0 <= nxt + step < len(text.raw)
            and text.raw[nxt + step][:1].isupper()
        )
        if not (named(nxt) or joiner):
            break
        run.append(nxt)
        k = nxt
    return sorted(run)


_ARTICLES = frozenset({"a", "an", "the"})
_IDIOM = ["more", "or", "less"]


def find_disjunctions(text: Text) -> list[Disjunction]:
    """Every "A or B" of names, words or numbers ("A, B or C" is read as "B or C")."""
    found: list[Disjunction] = []
    for i, token in enumerate(text.folded):
        if token != "or" or not 0 < i < len(text.folded) - 1 or text.breaks[i]:
            continue
        if text.folded[i + 1] in NEGATION_WORDS or text.folded[i - 1 : i + 2] == _IDIOM:
            continue  # "whether or not", "more or less"
        first = i + 1
        if first < len(text.folded) - 1 and text.folded[first] in _ARTICLES:
            first += 1  # "a comedy or a drama"
        if any(text.breaks[i + 1 : first + 1]):
            continue
        right = _alternative(text, first, 1)
        left = _alternative(text, i - 1, -1)
        if not left or not right:
            continue
        if found and found[-1].end > left[0]:
            continue
        found.append(Disjunction(left[0], right[-1] + 1, (tuple(left), tuple(right))))
    return found


def _present(claim: Text, indices: Sequence[int], evidence: Text, low: int, high: int) -> bool:
    """Whether the claim tokens ``indices`` are all in the evidence tokens ``low:high``."""
    span = evidence.folded[low:high]
    words = set(span)
    stems = {stem(t) for t in span if len(t) >= 4}
    values = {v for i, v, _ in evidence.figures if low <= i < high}
    for i in indices:
        token = claim.folded[i]
        if token in NAME_JOINERS:
            continue
        if token[:1].isdigit():
            if number_value(token) not in values and token not in words:
                return False
        elif token not in words and not (len(token) >= 4 and stem(token) in stems):
            return False
    return True


def disjunction_holds(
    disjunction: Disjunction, claim: Text, evidence: Text, aligned: Sequence[int | None]
) -> bool:
    """Whether one of the alternatives is in the evidence, in the disjunction's slot."""
    low, high, has_left, has_right = slot_between(
        aligned, disjunction.start, disjunction.end, len(evidence.folded)
    )
    size = len(evidence.folded)
    if has_left and has_right:
        # the slot may hold a paraphrase around the value; allow a word either side
        windows = [(max(0, low - 1), min(size, high + 1))]
    else:
        # open on a side: only the words next to an anchor; the start and end of
        # the claim are anchors too (at the start and end of the evidence)
        width = max(len(alt) for alt in disjunction.alternatives) + 2
        windows = []
        if has_left:
            windows.append((low, min(high, low + width)))
        if has_right:
            windows.append((max(low, high - width), high))
        if disjunction.start == 0:
            windows.append((0, min(size, width)))
        if disjunction.end == len(claim.folded):
            windows.append((max(0, size - width), size))
        windows = windows or [(0, size)]
    return any(
        _present(claim, alt, evidence, low, high)
        for alt in disjunction.alternatives
        for low, high in windows
    )


def is_value(token: str) -> bool:
    """Whether a token (as written) is part of a name or a number."""
    return token[:1].isupper() or token[:1].isdigit()
