"""Facts from the analysis: dates and figures by pattern, names from the pipeline, flagged.

Dates and figures are still found by the written-form patterns of
:mod:`.dates` and :mod:`.figures` (better at ranges and written numbers);
names come from the pipeline's entities (:mod:`.mentions`), typed by votes
over all their mentions (:mod:`.name_types`). Each span gets its dependency
role and the flags of :data:`.flags.FLAG_RULES`.
"""

from __future__ import annotations

from dataclasses import replace

from fever_builder.analysis import Parsed

from .figures import dates_and_numbers
from .flags import FLAG_RULES
from .mentions import NER_TYPES, entity_type, governor_of, mentions, role_of
from .name_types import NameTypes, lead_type
from .spans import EntityValue, Span, select

__all__ = [
    "FLAG_RULES",
    "NER_TYPES",
    "NameTypes",
    "analysed_facts",
    "entity_type",
    "lead_type",
    "mentions",
    "role_of",
]


def analysed_facts(text: str, parsed: Parsed, *, types: NameTypes) -> list[Span]:
    """Dates and figures by pattern, names from the analysis; each with its role and flags."""
    spans = list(dates_and_numbers(text))
    named = [
        Span(m.start, m.end, m.name, "entity", kind, EntityValue(m.name, kind, "ner"))
        for m in mentions(parsed)
        for kind in (types.type_of(m.name),)
    ]
    spans += select(named, occupied=[(s.start, s.end) for s in spans])
    out = []
    for span in sorted(spans, key=lambda s: s.start):
        flags = tuple(name for name, rule in FLAG_RULES if rule(text, parsed, span))
        role = role_of(parsed, span.start, span.end)
        governor = governor_of(parsed, span.start, span.end)
        out.append(replace(span, role=f"{role}>{governor}" if governor else role, flags=flags))
    return out
