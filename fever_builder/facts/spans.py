"""The fact span model: a typed, parsed piece of a sentence at exact offsets.

Every finder in this package returns :class:`Span` objects. ``text[start:end]``
is always ``span.text``. ``kind`` says what the span is, ``subtype`` refines it,
and ``value`` holds the parsed fact in a small frozen dataclass that the claim
generators can reason about and render back in the same written form.

Kinds and subtypes:

=============  =====================================================  ===============
kind           subtype                                                value
=============  =====================================================  ===============
``date``       ``day|month|year|range|decade``                        DateValue
``figure``     ``digits|words|range|percent|money|vague``             FigureValue
``ordinal``    ``digits``                                             OrdinalValue
``identifier`` ``numbered`` (Hill 2071) or ``model`` (Su-25, BM-21)   IdentifierValue
``entity``     ``person|character|place|unit|organisation|country|region|nationality|  EntityValue
               event|work|other``
=============  =====================================================  ===============
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

KINDS: tuple[str, ...] = ("date", "figure", "ordinal", "identifier", "entity")
DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year", "range", "decade")
FIGURE_FORMS: tuple[str, ...] = ("digits", "words", "range", "percent", "money", "vague")
ENTITY_TYPES: tuple[str, ...] = (
    "person",
    "character",
    "place",
    "unit",
    "organisation",
    "country",
    "region",
    "nationality",
    "event",
    "work",
    "other",
)


@dataclass(frozen=True, slots=True)
class DatePoint:
    """One calendar point; missing parts are None (never filled with today's date)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        """``day``, ``month`` or ``year``: the finest part that is known."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"


@dataclass(frozen=True, slots=True)
class DateValue:
    """A parsed date or date range.

    ``start`` is the date (or the first end of a range); ``end`` is the second
    end of a range, else None. Parts a range leaves implicit are inherited
    (``March 27 – April 3, 1993`` gives ``start.year == 1993``). ``precision``
    is ``day|month|year|range|decade`` (a decade's ``start.year`` is its first
    year, e.g. 1990). ``modifier`` is ``""``, ``"early"``, ``"mid"`` or
    ``"late"``. ``fmt`` is the written form as a template (see
    ``fever_builder.facts.dates`` for its placeholders), e.g.
    ``"{day1} {month1} {year1}"`` for ``15 December 1993``.
    """

    start: DatePoint
    end: DatePoint | None = None
    precision: str = "year"
    modifier: str = ""
    fmt: str = "{year1}"

    @property
    def year(self) -> int | None:
        """The start year (shortcut for ``start.year``)."""
        return self.start.year

    @property
    def month(self) -> int | None:
        """The start month (shortcut for ``start.month``)."""
        return self.start.month

    @property
    def day(self) -> int | None:
        """The start day (shortcut for ``start.day``)."""
        return self.start.day


@dataclass(frozen=True, slots=True)
class NumberStyle:
    """How one number is written, so a replacement can be written the same way.

    ``words``: spelt out (``six thousand``, ``twenty-nine``). ``sep``: the
    thousands separator of digits (``","`` or ``""``). ``decimals``: digits after
    the point in the original. ``scale``: a scale word after digits
    (``"million"`` in ``1.3 million``); the digits are then the number divided by
    that scale.
    """

    words: bool = False
    sep: str = ","
    decimals: int = 0
    scale: str = ""


@dataclass(frozen=True, slots=True)
class FigureValue:
    """A parsed quantity.

    ``number`` is the value (for a range, its low end) and ``high`` the high end
    of a range, else None; both are ints when whole. ``approx`` is the
    normalised marker written with it (``""``, ``"~"``, ``"+"``, ``"about"``,
    ``"over"``, ``"more than"``...), and ``bound`` what it means: ``""`` exact,
    ``"about"``, ``"lower"`` (over, more than, +, at least) or ``"upper"``
    (up to, nearly, less than). ``unit`` is the noun that follows (``servicemen``)
    or ``""``; it is not part of the span. ``currency`` is ``"$"``, ``"USD"``...
    or ``""``; ``percent`` is True for ``30%``. ``vague`` marks spans such as
    ``several dozen`` or ``hundreds``: ``number`` is then only the scale word's
    value (dozen = 12) and the span must not be mutated. ``fmt`` is the written
    form as a template over ``{approx}``, ``{number}``, ``{high}`` and ``{plus}``;
    ``style`` says how each number is written.
    """

    number: int | float
    high: int | float | None = None
    approx: str = ""
    bound: str = ""
    unit: str = ""
    currency: str = ""
    percent: bool = False
    vague: bool = False
    fmt: str = "{number}"
    style: NumberStyle = NumberStyle()


@dataclass(frozen=True, slots=True)
class OrdinalValue:
    """A numeric ordinal such as ``701st``; ``noun`` is the word after it, if any."""

    number: int
    suffix: str
    noun: str = ""


@dataclass(frozen=True, slots=True)
class IdentifierValue:
    """A name made of a head and numbers, not a quantity.

    ``head`` is ``"Hill"``, ``"Resolution"``, ``"BM"``, ``"MiG"``...; ``numbers``
    are the numeric parts as written (``("874", "884")`` for
    ``Resolution 874 and 884``, ``("23", "4")`` for ``ZSU-23-4``).
    """

    head: str
    numbers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EntityValue:
    """A named entity: its name, its type and where the type came from.

    ``source`` is ``"lexicon"`` (an infobox/table field or a cue seen in the
    corpus) or ``"rule"`` (a suffix, country list or context rule of
    ``fever_builder.facts.entities``).
    """

    name: str
    type: str
    source: str = "rule"


Value = DateValue | FigureValue | OrdinalValue | IdentifierValue | EntityValue


@dataclass(frozen=True, slots=True)
class Span:
    """A fact in a text: ``text[start:end] == span.text``, typed and parsed."""

    start: int
    end: int
    text: str
    kind: str
    subtype: str
    value: Value
    # from the analysis (``fever_builder.facts.named`` and ``.flags``): the dependency role
    # ("nsubj", "dobj", "pobj:in", ...) and the reasons a generator must
    # leave the fact alone or treat it with care ("open_slot", "time", ...)
    role: str = ""
    flags: tuple[str, ...] = ()

    @property
    def mutable(self) -> bool:
        """False for facts a generator must not change (vague figures)."""
        return not (isinstance(self.value, FigureValue) and self.value.vague)

    def overlaps(self, start: int, end: int) -> bool:
        """True if this span shares at least one character with ``[start, end)``."""
        return self.start < end and start < self.end


def select(candidates: Iterable[Span], *, occupied: Iterable[tuple[int, int]] = ()) -> list[Span]:
    """Keep non-overlapping candidates, longest first, clear of ``occupied`` ranges.

    ``occupied`` holds ``(start, end)`` ranges already used (earlier spans,
    citation markers). Ties in length go to the earlier start. Returns the
    kept candidates sorted by start.
    """
    ranges = list(occupied)
    pool = list(candidates)
    size = max([b for _a, b in ranges] + [c.end for c in pool] + [0])
    used = bytearray(size)  # one byte per character: 1 where a span already sits
    for a, b in ranges:
        used[a:b] = b"\x01" * (b - a)
    kept: list[Span] = []
    for cand in sorted(pool, key=lambda s: (-(s.end - s.start), s.start, s.kind)):
        if cand.start >= cand.end or used.find(1, cand.start, cand.end) != -1:
            continue
        used[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        kept.append(cand)
    return sorted(kept, key=lambda s: s.start)
