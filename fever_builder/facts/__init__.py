"""Facts: typed spans with character offsets (dates, figures, ordinals, identifiers, entities).

The claim generators take one sentence, call :func:`extract`, pick a span and
change or generalise it; :func:`render_date` and :func:`render_figure` write the
new value in the same written form as the original.

Example::

    >>> from fever_builder.facts import extract, render_figure
    >>> spans = extract("The brigade consisted of a total of 3,500 servicemen.")
    >>> fig = [s for s in spans if s.kind == "figure"][0]
    >>> fig.text, fig.value.number, fig.value.unit
    ('3,500', 3500, 'servicemen')
    >>> from dataclasses import replace
    >>> render_figure(replace(fig.value, number=4200), like=fig)
    '4,200'
"""

from __future__ import annotations

from ._words import (
    MONTHS,
    NUMBER_WORD_VALUES,
    ONES_WORDS,
    TENS_WORDS,
    UNMARKED_PLURALS,
    WHEN,
    common_noun,
    plural_noun,
)
from .dates import find_dates, parse_date, render_date
from .entities import Lexicon, find_entities
from .figure_text import render_figure, render_ordinal
from .figures import (
    dates_and_numbers,
    find_figures,
    find_identifiers,
    find_numbers,
    find_ordinals,
    parse_figure,
)
from .name_words import COUNTRIES, DEMONYMS
from .spans import (
    DATE_PRECISIONS,
    ENTITY_TYPES,
    FIGURE_FORMS,
    KINDS,
    DatePoint,
    DateValue,
    EntityValue,
    FigureValue,
    IdentifierValue,
    NumberStyle,
    OrdinalValue,
    Span,
    Value,
)

__all__ = [
    "COUNTRIES",
    "MONTHS",
    "NUMBER_WORD_VALUES",
    "ONES_WORDS",
    "TENS_WORDS",
    "WHEN",
    "DATE_PRECISIONS",
    "DEMONYMS",
    "ENTITY_TYPES",
    "FIGURE_FORMS",
    "KINDS",
    "DatePoint",
    "DateValue",
    "EntityValue",
    "FigureValue",
    "IdentifierValue",
    "Lexicon",
    "NumberStyle",
    "OrdinalValue",
    "Span",
    "Value",
    "common_noun",
    "plural_noun",
    "UNMARKED_PLURALS",
    "dates_and_numbers",
    "extract",
    "find_dates",
    "find_entities",
    "find_figures",
    "find_identifiers",
    "find_numbers",
    "find_ordinals",
    "parse_date",
    "parse_figure",
    "render_date",
    "render_figure",
    "render_ordinal",
]


def extract(text: str, *, lexicon: Lexicon | None = None) -> list[Span]:
    """All facts of ``text``: non-overlapping spans sorted by start.

    Dates come first, then identifiers, ordinals and figures on what is left,
    then entities on what is left, so ``4,000`` is never a year and ``BM-21``
    is never a figure. Citation markers such as ``[12]`` are skipped.

    Args:
        text: one sentence (any text works; sentence starts are detected).
        lexicon: entity types learnt from the corpus (``Lexicon.from_pages``);
            None types entities by rules only.
    """
    spans = list(dates_and_numbers(text))
    spans += find_entities(text, lexicon, taken=spans)
    return sorted(spans, key=lambda s: s.start)
