"""Names in a parsed sentence: the pipeline's entities as the project's types, with roles.

A mention is one name in one sentence, with the pipeline's label and its
dependency role ("nsubj", "pobj:in") and the word that role hangs on. The
type a name finally gets is voted over all its mentions (``name_types``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from fever_builder.analysis import Parsed

from .name_words import COUNTRIES

# the pipeline's labels for names, and the project's entity types
NER_TYPES: dict[str, str] = {
    "PERSON": "person",
    "NORP": "nationality",
    "FAC": "place",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "EVENT": "event",
    "WORK_OF_ART": "work",
    "PRODUCT": "other",
    "LAW": "other",
    "LANGUAGE": "other",
}


# labels of names a number can be part of ("UFC 131", "Season 13")
NAME_LABELS = frozenset(NER_TYPES)


_UNIT_WORDS = re.compile(
    r"\b(?:Brigade|Battalion|Regiment|Division|Corps|Army|Squadron|Company|Platoon|Fleet|Wing)s?$"
)


PLACE_NOUNS = re.compile(
    r"\b(?:town|city|village|province|region|district|island|capital|port|county|state|country)"
    r"\s+of\s+$",
    re.IGNORECASE,
)


PLACE_AFTER = re.compile(r"^\s+(?:District|Province|County|Region|Oblast|Island|River)\b")


def name_of(text: str) -> tuple[int, int]:
    """Offsets of the name inside an entity's text: a leading "the" and trailing "'s" left out."""
    start, end = 0, len(text)
    lead = re.match(r"(?:the|The)\s+", text)
    if lead:
        start = lead.end()
    tail = re.search(r"(?:['’]s?|[\s.,;:])+$", text[start:])
    if tail:
        end = start + tail.start()
    return start, end


@functools.cache
def region_names() -> frozenset[str]:
    """Names of countries' first-level parts (ISO 3166-2, from pycountry): states, provinces."""
    import pycountry

    return frozenset(s.name for s in pycountry.subdivisions) - country_names()


@functools.cache
def country_names() -> frozenset[str]:
    """Names of today's countries (ISO 3166, from pycountry) and of the seeds' states."""
    import pycountry

    names = set(COUNTRIES)
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name:
                names.add(name)
    return frozenset(names)


def entity_type(label: str, name: str) -> str | None:
    """The project's type of a name the pipeline labels ``label`` (None: not a name).

    Places are split into countries and other places, so a city is never
    swapped for a country.
    """
    kind = NER_TYPES.get(label)
    if kind == "place" and name in country_names():
        return "country"
    if kind == "place" and name in region_names():
        return "region"  # a state or province holds towns: never swapped with one
    if kind == "organisation" and _UNIT_WORDS.search(name):
        return "unit"
    return kind


@dataclass(frozen=True, slots=True)
class Mention:
    """One name in one sentence: where, with what label, in what role."""

    name: str
    start: int
    end: int
    label: str
    role: str


def mentions(parsed: Parsed) -> list[Mention]:
    """The names of a parsed sentence (entities with a name label), with their roles."""
    out = []
    for entity in parsed.entities:
        if entity.label not in NER_TYPES:
            continue
        a, b = name_of(entity.text)
        if b - a < 2 or not entity.text[a:b][:1].isupper():
            continue
        start, end = entity.start + a, entity.start + b
        out.append(
            Mention(parsed.text[start:end], start, end, entity.label, role_of(parsed, start, end))
        )
    return out


def role_of(parsed: Parsed, start: int, end: int) -> str:
    """The dependency role of a range: its head's arc, with the preposition for an object of one."""
    head = parsed.head_of(start, end)
    if head is None:
        return ""
    if head.dep == "pobj":
        return "pobj:" + parsed.tokens[head.head].lemma.casefold()
    return head.dep


def governor_of(parsed: Parsed, start: int, end: int) -> str:
    """The lemma of the word a range's role hangs on: the verb of a subject or object,
    the word a preposition attaches to ("born" in "born in X", "role" in "the role of X")."""
    head = parsed.head_of(start, end)
    if head is None or head.head == head.i:
        return ""
    up = parsed.tokens[head.head]
    if head.dep == "pobj" and up.head != up.i:
        up = parsed.tokens[up.head]
    return up.lemma.casefold()
