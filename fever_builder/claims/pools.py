"""Where replacement values come from: the fact's own article first, then articles that share names.

A careful annotator changing "Lesnar returned to Rome" takes another place
from the same story, never a name from an unrelated article. Pools are kept
per page and per type; a page's related pages are those that share several
names with it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from fever_builder.corpus import Page, Sentence
from fever_builder.facts.slots import ONE_MAKER_VERBS
from fever_builder.facts.spans import DateValue, EntityValue, Span

# the entity types a claim may swap for another name of the type
SWAPPABLE_ENTITY_TYPES = (
    "person",
    "character",
    "place",
    "unit",
    "organisation",
    "country",
    "region",
    "work",
)
# pages related by at least this many shared names, and this share of the
# smaller page's names
RELATED_SHARED = 3
RELATED_SHARE = 0.1
# verbs whose agent made a work: the one maker a slot holds ("directed by") and those a
# work may have several of ("written by"); one role for a swap, so "directed by Sam
# Mendes" can become "directed by" the film's writer or producer
MAKER_VERBS = ONE_MAKER_VERBS | {"write", "produce", "create", "develop"}
MAKER_ROLE = "maker"


def role_class(role: str) -> str:
    """The role a replacement must hold on its page: a maker's for any maker's
    ("pobj:by>direct", "pobj:by>write"), else the role itself."""
    base, _, governor = role.partition(">")
    return MAKER_ROLE if base == "pobj:by" and governor in MAKER_VERBS else role


@dataclass
class Pools:
    """Replacement values and name statistics of a shard, by page."""

    # (page, type) -> names of that type the page's parsed sentences hold
    names: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    # (page, role) -> names the page holds in that role ("pobj:in", "nsubj")
    roles: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    # page -> pages sharing names with it, most shared first
    related: dict[str, list[str]] = field(default_factory=dict)
    # page -> years its dates give, sorted
    years: dict[str, list[int]] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)
    cooccur: dict[tuple[str, str], int] = field(default_factory=dict)
    regions: frozenset[str] = frozenset()
    # names the corpus writes after "the" ("the Philippines", "the UFC")
    with_the: frozenset[str] = frozenset()
    identifiers: list[str] = field(default_factory=list)

    @classmethod
    def collect(
        cls, sources: Sequence[tuple[Page, int, Sentence]], spans_by_text: dict[str, list[Span]]
    ) -> Pools:
        names: dict[tuple[str, str], set[str]] = {}
        roles: dict[tuple[str, str], set[str]] = {}
        years: dict[str, set[int]] = {}
        mentions: Counter[str] = Counter()
        cooccur: Counter[tuple[str, str]] = Counter()
        regions: set[str] = set()
        with_the: set[str] = set()
        identifiers: set[str] = set()
        previous: list[str] = []
        last: tuple[str, int] | None = None
        for page, position, sentence in sources:
            spans = spans_by_text[sentence.text]
            found = sorted({s.value.name for s in spans if isinstance(s.value, EntityValue)})
            if last != (page.title, position - 1):
                previous = []  # only neighbouring sentences of one page relate names
            # names in one sentence or in neighbouring sentences are related:
            # places in one region, people in one event
            for a in found:
                for b in sorted(set(found + previous)):
                    if a != b:
                        cooccur[(min(a, b), max(a, b))] += 1
            previous, last = found, (page.title, position)
            for span in spans:
                value = span.value
                if isinstance(value, DateValue):
                    for year in (value.start.year, value.end.year if value.end else None):
                        if year is not None:
                            years.setdefault(page.title, set()).add(year)
                elif isinstance(value, EntityValue):
                    names.setdefault((page.title, value.type), set()).add(value.name)
                    # the role alone ("nsubj") and with the word it hangs on ("nsubj>say")
                    base = span.role.partition(">")[0]
                    roles.setdefault((page.title, base), set()).add(value.name)
                    roles.setdefault((page.title, span.role), set()).add(value.name)
                    if role_class(span.role) == MAKER_ROLE:
                        roles.setdefault((page.title, MAKER_ROLE), set()).add(value.name)
                    mentions[value.name] += 1
                    if sentence.text[max(0, span.start - 4) : span.start].casefold() == "the ":
                        with_the.add(value.name)
                    if (
                        value.type == "place"
                        and sentence.text[max(0, span.start - 4) : span.start].casefold() == "the "
                    ):
                        regions.add(value.name)
                elif span.kind == "identifier":
                    identifiers.add(span.text)
        return cls(
            names={k: sorted(v) for k, v in sorted(names.items())},
            roles={k: frozenset(v) for k, v in sorted(roles.items())},
            related=_related_pages(names),
            years={k: sorted(v) for k, v in sorted(years.items())},
            mentions=dict(mentions),
            cooccur=dict(cooccur),
            regions=frozenset(sorted(regions)),
            with_the=frozenset(sorted(with_the)),
            identifiers=sorted(identifiers),
        )

    def candidates(self, page: str, kind: str, *, same_page_only: bool = False) -> list[list[str]]:
        """Names of type ``kind`` in tiers: the page's own, then its related pages'."""
        own = self.names.get((page, kind), [])
        if same_page_only:
            return [own]
        seen = set(own)
        wider = []
        for other in self.related.get(page, []):
            for name in self.names.get((other, kind), []):
                if name not in seen:
                    seen.add(name)
                    wider.append(name)
        return [own, wider]

    def in_role(self, page: str, role: str, name: str) -> bool:
        """Whether the page holds ``name`` in ``role`` somewhere."""
        return name in self.roles.get((page, role), frozenset())


def _related_pages(names: dict[tuple[str, str], set[str]]) -> dict[str, list[str]]:
    by_page: dict[str, set[str]] = {}
    for (page, kind), found in names.items():
        if kind in SWAPPABLE_ENTITY_TYPES:
            by_page.setdefault(page, set()).update(found)
    related: dict[str, list[str]] = {}
    for page in sorted(by_page):
        scored = []
        for other in sorted(by_page):
            if other == page:
                continue
            shared = len(by_page[page] & by_page[other])
            smaller = min(len(by_page[page]), len(by_page[other]))
            if shared >= RELATED_SHARED and shared >= RELATED_SHARE * smaller:
                scored.append((-shared, other))
        related[page] = [other for _score, other in sorted(scored)]
    return related
