"""A name's type, voted over every mention the corpus gives.

The small English pipeline labels rare names inconsistently (a town as a
person, a wrestler as an organisation), so the label is the weakest vote: the
parse context ("in X", "the town of X", "his mother X", "X said"), the
article's lead ("X is an American wrestler") and infobox fields count more.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from fever_builder.analysis import Parsed

from ._words import word_set
from .entities import Lexicon
from .mentions import (
    PLACE_AFTER,
    PLACE_NOUNS,
    Mention,
    country_names,
    entity_type,
    mentions,
    region_names,
)

# how much each kind of evidence counts towards a name's type
_WEIGHT_LABEL, _WEIGHT_CUE, _WEIGHT_FIELD = 1, 3, 5


_MIN_SHARE = 0.6


_SURE_WEIGHT, _SURE_SHARE = 2, 0.75


class NameTypes:
    """Each name's type, voted over every mention the corpus gives (see the module notes).

    Besides the project's type, a name keeps its finer label (GPE, LOC, FAC
    are all places; a swap keeps the label too) and how sure the vote is:
    only names with enough agreeing evidence are offered as replacements.
    """

    def __init__(
        self, types: dict[str, tuple[str, str, int, int]], confirmed: frozenset[str] = frozenset()
    ) -> None:
        # name -> (type, label, weight of the winning type, total weight)
        self._types = types
        # names whose type the context or an infobox field confirms, not the label alone
        self._confirmed = confirmed
        # the names sure enough to swap, found once: the replacement pools ask per candidate
        self._sure = frozenset(
            name for name, entry in types.items() if _is_sure(name, entry, confirmed)
        )

    @classmethod
    def vote(
        cls,
        parses: Iterable[Parsed],
        *,
        lexicon: Lexicon | None = None,
        leads: Iterable[tuple[str, Parsed]] = (),
    ) -> NameTypes:
        """Vote each name's type over ``parses``.

        ``leads`` are ``(page title, parsed opening sentence)`` pairs: "X is an
        American wrestler" types the page's own name.
        """
        votes: dict[str, Counter[str]] = {}
        labels: dict[str, Counter[str]] = {}
        cued: dict[str, set[str]] = {}
        cue_counts: dict[str, Counter[str]] = {}
        for title, parsed in leads:
            kind = lead_type(parsed)
            if kind is not None:
                name = re.sub(r"\s*\(.*\)$", "", title)
                votes.setdefault(name, Counter())[kind] += _WEIGHT_FIELD
                labels.setdefault(name, Counter())
                cued.setdefault(name, set()).add(kind)
        for parsed in parses:
            for mention in mentions(parsed):
                counter = votes.setdefault(mention.name, Counter())
                labels.setdefault(mention.name, Counter())[mention.label] += 1
                kind = entity_type(mention.label, mention.name)
                if kind is not None:
                    counter[kind] += _WEIGHT_LABEL
                cue = _cue(parsed, mention)
                if cue is not None:
                    counter[cue] += _WEIGHT_CUE
                    cued.setdefault(mention.name, set()).add(cue)
                    cue_counts.setdefault(mention.name, Counter())[cue] += 1
        types = {}
        for name in sorted(votes):
            counter = votes[name]
            if lexicon is not None and lexicon.source_of(name) == "field":
                field_type = lexicon.type_of(name)
                if field_type is not None:
                    counter[field_type] += _WEIGHT_FIELD
                    cued.setdefault(name, set()).add(field_type)
            # context outweighs labels: where the mentions' context points to one
            # type at least twice and never to another, labels of other types
            # are the small model's known slips on rare names ("Stepanakert" PERSON)
            context = cue_counts.get(name, Counter())
            if len(context) == 1 and max(context.values()) >= 2:
                (only,) = context
                agreeing = {only, "country", "region"} if only == "place" else {only}
                for kind in [k for k in counter if k not in agreeing]:
                    del counter[kind]
            # a place and a country are one kind of evidence: "in X" says place
            if counter["place"] and (counter["country"] or name in country_names()):
                counter["country"] += counter.pop("place")
            elif counter["place"] and (counter["region"] or name in region_names()):
                counter["region"] += counter.pop("place")
            total = sum(counter.values())
            best, weight = max(sorted(counter.items()), key=lambda kv: kv[1])
            if weight < _MIN_SHARE * total:
                best = "other"
            label = (
                max(sorted(labels[name].items()), key=lambda kv: kv[1])[0] if labels[name] else ""
            )
            if best in ("place", "country", "region") and label not in ("GPE", "LOC", "FAC"):
                label = "GPE"  # the context said place; the label was wrong
            types[name] = (best, label, weight, total)
        # "Lesnar" where the corpus names "Brock Lesnar", a person: the surname is that person
        people = {
            n
            for n, entry in types.items()
            if entry[0] == "person" and re.fullmatch(r"(?:[A-Z][a-z]+ )+[A-Z][a-z]+", n)
        }
        for person in sorted(people):
            surname = person.split()[-1]
            context = cue_counts.get(surname, Counter())
            if surname in types and context["person"] >= sum(context.values()) - context["person"]:
                _kind, label, weight, total = types[surname]
                types[surname] = ("person", label, total, total)
                cued.setdefault(surname, set()).add("person")
                # and the other way: "Sam Mendes", named in full once, is the "Mendes" the
                # article names often; the surname's evidence adds to the full name's
                _kind, full_label, full_weight, full_total = types[person]
                types[person] = ("person", full_label, full_weight + total, full_total + total)
                cued.setdefault(person, set()).add("person")
        confirmed = frozenset(
            n
            for n, (kind, *_rest) in types.items()
            if kind in cued.get(n, set()) | _countries(kind, cued.get(n, set()))
        )
        return cls(types, confirmed)

    def type_of(self, name: str) -> str:
        """The voted type of ``name`` ("other" when the evidence disagrees or is missing)."""
        entry = self._types.get(name)
        return entry[0] if entry else "other"

    def label_of(self, name: str) -> str:
        """The pipeline's label the name's mentions mostly carry (``""`` if unknown)."""
        entry = self._types.get(name)
        return entry[1] if entry else ""

    @property
    def people(self) -> list[str]:
        """Names of two or more words the vote takes for people, sorted."""
        return sorted(n for n, entry in self._types.items() if entry[0] == "person" and " " in n)

    def sure(self, name: str) -> bool:
        """Whether the vote is clear enough to swap the name: agreeing evidence of weight 2+."""
        return name in self._sure

    def compatible(self, a: str, b: str) -> bool:
        """Whether ``b`` can stand in for ``a``: both sure, of one type (places: one label)."""
        if not (a in self._sure and b in self._sure and self.type_of(a) == self.type_of(b)):
            return False
        if self.type_of(a) == "place":
            return (self.label_of(a) == "GPE") == (self.label_of(b) == "GPE")
        return True


def _is_sure(name: str, entry: tuple[str, str, int, int], confirmed: frozenset[str]) -> bool:
    kind, _label, weight, total = entry
    if kind == "other":
        return False
    return name in confirmed and weight >= _SURE_WEIGHT and weight >= _SURE_SHARE * total


# nouns that say a name is a person's or a work's when they stand in apposition
# to it or it owns them ("his mother Agrippina", "X's wife", "the album X")
_PERSON_NOUNS = word_set(
    "mother father wife husband son daughter brother sister uncle aunt nephew niece "
    "cousin grandson granddaughter grandfather grandmother widow heir successor "
    "predecessor friend emperor empress king queen prince princess president governor "
    "senator mayor general colonel captain commander officer minister leader author "
    "writer poet historian director producer actor actress singer guitarist vocalist "
    "drummer bassist musician composer wrestler boxer fighter player goalkeeper "
    "striker coach manager footballer artist painter sculptor architect scientist "
    "archaeologist professor lawyer judge bishop priest pope saint ambassador "
    "journalist critic reviewer founder chairman secretary"
)


_WORK_NOUNS = word_set(
    "album song single film movie novel book episode series play opera poem painting "
    "game soundtrack record"
)


_TITLES = word_set(
    "Emperor Empress King Queen Prince Princess President General Colonel Captain "
    "Lieutenant Major Sergeant Admiral Commander Governor Senator Mayor Judge Dr. Mr. "
    "Mrs. Ms. Sir Dame Lord Lady Saint St. Pope Bishop Father Brother Sister"
)


_PERSON_VERBS = word_set(
    "say tell die marry write claim argue believe think decide want resign explain "
    "recall admit insist deny"
)


_PLACE_PREPOSITIONS = frozenset(
    {"in", "near", "into", "towards", "toward", "outside", "from", "to"}
)


_CHARACTER_BEFORE = re.compile(
    r"\b(?:character|characters|role of|part of|played|plays|playing|portrayed|portrays|"
    r"portraying|voiced|voices)\s+$|\b[A-Z][a-z]+['’]?s?\s+as\s+$"
)


_LEAD_NOUNS: tuple[tuple[frozenset[str], str], ...] = (
    (
        word_set(
            "city town village capital municipality country province island region district "
            "state river mountain street road route"
        ),
        "place",
    ),
    (
        word_set(
            "band company organisation organization party charity club team group agency army "
            "unit battalion brigade regiment"
        ),
        "organisation",
    ),
    (
        word_set("film album song single novel book episode series game play"),
        "work",
    ),
)


def lead_type(parsed: Parsed) -> str | None:
    """The type an article's opening sentence gives its subject: "X is an American wrestler"."""
    root = next((t for t in parsed.tokens if t.dep == "ROOT"), None)
    if root is None or root.lemma != "be":
        return None
    attr = next((c for c in parsed.children(root.i) if c.dep == "attr"), None)
    if attr is None:
        return None
    # "an English film, television and theatre actor": the last conjunct is the head noun
    nouns = [attr, *(c for c in parsed.children(attr.i) if c.dep in ("conj", "compound"))]
    nouns += [c for n in list(nouns) for c in parsed.children(n.i) if c.dep == "conj"]
    lemmas = [n.lemma for n in nouns]
    if any(lemma in _PERSON_NOUNS for lemma in lemmas):
        return "person"
    for lemma in reversed(lemmas):
        for group, kind in _LEAD_NOUNS:
            if lemma in group:
                return kind
    return None


def _countries(kind: str, cues: set[str]) -> set[str]:
    """A "place" cue confirms a country too."""
    return {kind} if kind in ("country", "region") and "place" in cues else set()


def _cue(parsed: Parsed, mention: Mention) -> str | None:
    """The type the context gives a name (rules that hold for any article, first match wins).

    A person: "who" after it, a title before it ("Emperor X"), a person noun
    in apposition ("his mother X") or owned ("X's wife"), the subject of a
    verb of saying, thinking or dying. A place: after "in", "near", "from",
    "to" or "the town of", before "District". A work: "the album X".
    """
    before, after = parsed.text[: mention.start], parsed.text[mention.end :]
    head = parsed.head_of(mention.start, mention.end)
    if head is None:
        return None
    previous = before.split()[-1:] or [""]
    if _CHARACTER_BEFORE.search(before):
        return "character"  # a person of a story: swapped only with another
    if previous[0] in _TITLES:
        return "person"
    if re.match(r"\s*,?\s*who(?:m|se)?\b", after):
        return "person"
    related = [parsed.tokens[head.head]] if head.dep == "appos" else []
    related += [c for c in parsed.children(head.i) if c.dep in ("appos", "compound")]
    if head.dep == "poss":
        related.append(parsed.tokens[head.head])
    if head.dep == "appos" or re.search(
        r"\b(?:album|film|song|single|novel|episode)\s+\W?$", before
    ):
        related.append(parsed.tokens[head.head])
    for token in related:
        if token.i == head.i or token.pos not in ("NOUN",):
            continue
        if token.lemma in _PERSON_NOUNS:
            return "person"
        if token.lemma in _WORK_NOUNS:
            return "work"
    if re.search(r"\b(?:album|film|song|single|novel|episode)\s+\W?$", before):
        return "work"
    if PLACE_NOUNS.search(before) or PLACE_AFTER.match(after):
        return "place"
    if mention.role.startswith("pobj:") and mention.role[5:] in _PLACE_PREPOSITIONS:
        # a person is hardly ever "in", "near" or "towards" someone; "to" and
        # "from" need a place label
        if mention.label in ("GPE", "LOC", "FAC") or mention.role[5:] not in ("to", "from"):
            return "place"
    if head.dep in ("nsubj", "nsubjpass"):
        verb = parsed.tokens[head.head]
        if verb.lemma in _PERSON_VERBS:
            return "person"
        # "Nero focused much of his attention": the subject owns "his"
        near = {verb.i} | {c.i for c in parsed.children(verb.i) if c.dep in ("dobj", "prep")}
        for token in parsed.tokens:
            if token.lemma.casefold() in ("his", "her", "himself", "herself") and (
                token.head in near or parsed.tokens[token.head].head in near
            ):
                if token.start > mention.end:
                    return "person"
    return None
