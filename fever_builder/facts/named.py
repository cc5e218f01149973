"""Facts from the analysis: typed names, and what the parse says about every fact's slot.

Dates and figures are still found by the written-form patterns of
:mod:`.dates` and :mod:`.figures` (better at ranges and written numbers);
names come from the pipeline's entities. Each span gets its dependency role
and flags from :data:`FLAG_RULES`, a table of named rules a generator reads
("open_slot": one of several co-ordinated values; "time": a clock time, ...).

A name's type is not taken from one mention: :class:`NameTypes` votes over
all of its mentions, giving the parse context ("in X", "the town of X", "X
said") and the corpus's infobox fields more weight than the entity label.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from fever_builder.analysis import Parsed

from .dates import find_dates
from .entities import COUNTRIES, Lexicon
from .figures import find_numbers
from .spans import DateValue, EntityValue, FigureValue, Span, select

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
_PLACE_NOUNS = re.compile(
    r"\b(?:town|city|village|province|region|district|island|capital|port|county|state|country)"
    r"\s+of\s+$",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(r"^\s+(?:District|Province|County|Region|Oblast|Island|River)\b")
# how much each kind of evidence counts towards a name's type
_WEIGHT_LABEL, _WEIGHT_CUE, _WEIGHT_FIELD = 1, 3, 5
_MIN_SHARE = 0.6
_SURE_WEIGHT, _SURE_SHARE = 2, 0.75


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
def _region_names() -> frozenset[str]:
    """Names of countries' first-level parts (ISO 3166-2, from pycountry): states, provinces."""
    import pycountry

    return frozenset(s.name for s in pycountry.subdivisions) - _country_names()


@functools.cache
def _country_names() -> frozenset[str]:
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
    if kind == "place" and name in _country_names():
        return "country"
    if kind == "place" and name in _region_names():
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
            if counter["place"] and (counter["country"] or name in _country_names()):
                counter["country"] += counter.pop("place")
            elif counter["place"] and (counter["region"] or name in _region_names()):
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

    def sure(self, name: str) -> bool:
        """Whether the vote is clear enough to swap the name: agreeing evidence of weight 2+."""
        entry = self._types.get(name)
        if entry is None or entry[0] == "other":
            return False
        _kind, _label, weight, total = entry
        return name in self._confirmed and weight >= _SURE_WEIGHT and weight >= _SURE_SHARE * total

    def compatible(self, a: str, b: str) -> bool:
        """Whether ``b`` can stand in for ``a``: both sure, of one type (places: one label)."""
        if not (self.sure(a) and self.sure(b) and self.type_of(a) == self.type_of(b)):
            return False
        if self.type_of(a) == "place":
            return (self.label_of(a) == "GPE") == (self.label_of(b) == "GPE")
        return True


# nouns that say a name is a person's or a work's when they stand in apposition
# to it or it owns them ("his mother Agrippina", "X's wife", "the album X")
_PERSON_NOUNS = frozenset(
    [
        "mother",
        "father",
        "wife",
        "husband",
        "son",
        "daughter",
        "brother",
        "sister",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "cousin",
        "grandson",
        "granddaughter",
        "grandfather",
        "grandmother",
        "widow",
        "heir",
        "successor",
        "predecessor",
        "friend",
        "emperor",
        "empress",
        "king",
        "queen",
        "prince",
        "princess",
        "president",
        "governor",
        "senator",
        "mayor",
        "general",
        "colonel",
        "captain",
        "commander",
        "officer",
        "minister",
        "leader",
        "author",
        "writer",
        "poet",
        "historian",
        "director",
        "producer",
        "actor",
        "actress",
        "singer",
        "guitarist",
        "vocalist",
        "drummer",
        "bassist",
        "musician",
        "composer",
        "wrestler",
        "boxer",
        "fighter",
        "player",
        "goalkeeper",
        "striker",
        "coach",
        "manager",
        "footballer",
        "artist",
        "painter",
        "sculptor",
        "architect",
        "scientist",
        "archaeologist",
        "professor",
        "lawyer",
        "judge",
        "bishop",
        "priest",
        "pope",
        "saint",
        "ambassador",
        "journalist",
        "critic",
        "reviewer",
        "founder",
        "chairman",
        "secretary",
    ]
)
_WORK_NOUNS = frozenset(
    [
        "album",
        "song",
        "single",
        "film",
        "movie",
        "novel",
        "book",
        "episode",
        "series",
        "play",
        "opera",
        "poem",
        "painting",
        "game",
        "soundtrack",
        "record",
    ]
)
_TITLES = frozenset(
    [
        "Emperor",
        "Empress",
        "King",
        "Queen",
        "Prince",
        "Princess",
        "President",
        "General",
        "Colonel",
        "Captain",
        "Lieutenant",
        "Major",
        "Sergeant",
        "Admiral",
        "Commander",
        "Governor",
        "Senator",
        "Mayor",
        "Judge",
        "Dr.",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "Saint",
        "St.",
        "Pope",
        "Bishop",
        "Father",
        "Brother",
        "Sister",
    ]
)
_PERSON_VERBS = frozenset(
    [
        "say",
        "tell",
        "die",
        "marry",
        "write",
        "claim",
        "argue",
        "believe",
        "think",
        "decide",
        "want",
        "resign",
        "explain",
        "recall",
        "admit",
        "insist",
        "deny",
    ]
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
        frozenset(
            [
                "city",
                "town",
                "village",
                "capital",
                "municipality",
                "country",
                "province",
                "island",
                "region",
                "district",
                "state",
                "river",
                "mountain",
                "street",
                "road",
                "route",
            ]
        ),
        "place",
    ),
    (
        frozenset(
            [
                "band",
                "company",
                "organisation",
                "organization",
                "party",
                "charity",
                "club",
                "team",
                "group",
                "agency",
                "army",
                "unit",
                "battalion",
                "brigade",
                "regiment",
            ]
        ),
        "organisation",
    ),
    (
        frozenset(
            [
                "film",
                "album",
                "song",
                "single",
                "novel",
                "book",
                "episode",
                "series",
                "game",
                "play",
            ]
        ),
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
    if _PLACE_NOUNS.search(before) or _PLACE_AFTER.match(after):
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


def analysed_facts(text: str, parsed: Parsed, *, types: NameTypes) -> list[Span]:
    """Dates and figures by pattern, names from the analysis; each with its role and flags."""
    spans = find_dates(text)
    spans += find_numbers(text, taken=spans)
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


# --- the flags: a table of named rules over (sentence, parse, span) --------------------

Rule = Callable[[str, Parsed, Span], bool]


def _open_slot(text: str, parsed: Parsed, span: Span) -> bool:
    """One of several values of a slot: co-ordinated ("he and Pound", "X, Y and Z") or
    said to be one of several ("Russia also supplied arms"): others may hold too."""
    head = parsed.head_of(span.start, span.end)
    if head is None:
        return False
    if head.dep in ("conj", "appos"):
        return True
    if any(child.dep == "conj" for child in parsed.children(head.i)):
        return True
    # "also", "too", "as well" on the fact's clause: the role is shared
    verb = head
    while verb.dep not in ("ROOT", "ccomp", "advcl", "relcl", "conj") and verb.head != verb.i:
        verb = parsed.tokens[verb.head]
    return any(
        c.dep == "advmod" and c.lemma.casefold() in ("also", "too") for c in parsed.children(verb.i)
    ) or bool(re.search(r"\bas well\b", text[span.end :]))


_TITLE_BEFORE = re.compile(r"(?<![.!?]\s)\b([A-Z][\w-]+) (?:of|in|for|and|de|on|the) $")


def _in_title(text: str, parsed: Parsed, span: Span) -> bool:
    """A name inside a longer name or title ("Nativity in Black", "Co-operation in Europe"):
    changing it changes the title, not a fact."""
    if span.kind != "entity":
        return False
    match = _TITLE_BEFORE.search(text[: span.start])
    if match is None or match.start(1) == 0:
        return False
    word_start = match.start(1)
    return not any(
        e.label in ("PERSON", "GPE", "LOC", "NORP")
        for e in parsed.entities_over(word_start, match.end(1))
    )


def _time(text: str, parsed: Parsed, span: Span) -> bool:
    """A clock time ("09:30", "10 pm"), never a figure or a date to change."""
    if span.kind not in ("figure", "date"):
        return False
    if re.search(r"\d\s?[:./]\s?$", text[: span.start]) or re.match(
        r"\s?[:/]\s?\d", text[span.end :]
    ):
        return True
    return any(e.label == "TIME" for e in parsed.entities_over(span.start, span.end))


def _in_name(text: str, parsed: Parsed, span: Span) -> bool:
    """A number that is part of a name ("UFC 131", "Season 13", "Grand Prix 2006")."""
    if span.kind not in ("figure", "date"):
        return False
    if span.kind == "figure" and _NAME_BEFORE.search(text[: span.start]):
        return True
    if span.kind == "date" and _NAME_HEAD_BEFORE.search(text[: span.start]):
        return True  # "the Local Government Act, 1972", "the Treaty of 1921"
    if (
        span.kind == "date"
        and re.search(r"\b[Tt]he\s+$", text[: span.start])
        and re.match(r"\s+[A-Z]", text[span.end :])
    ):
        return True  # "the 2016 Nagorno-Karabakh clashes", "the 1999 Cricket World Cup"
    return any(
        e.label in NAME_LABELS and not (span.start <= e.start and e.end <= span.end)
        for e in parsed.entities_over(span.start, span.end)
    )


# a capitalised word (not a month, not the sentence's first) right before a number
_NAME_BEFORE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)[A-Z][A-Za-z]*\s+$"
)
_NAME_HEAD_BEFORE = re.compile(
    r"\b(?:Act|Treaty|Agreement|Accord|Convention|Protocol|Resolution|Declaration|Charter|Code|"
    r"Edition|Cup|Games|Championship|Championships|Awards?|Prize|Olympics)\s*,?\s*(?:of\s+)?$"
)
_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+$"
)


def _date_part(text: str, parsed: Parsed, span: Span) -> bool:
    """A number right after a month ("12 February 55"): a day or a year, not a quantity."""
    return span.kind == "figure" and bool(_MONTH_BEFORE.search(text[: span.start]))


_CONVERSION_AFTER = re.compile(r"^[^()\d.;]{0,25}\(\s*(?:about|approx\.?|c\.|~)?\s*[\d.,]+")
_CONVERSION_BEFORE = re.compile(r"\d[^()\d.;]{0,25}\([^()]*$")


def _conversion(text: str, parsed: Parsed, span: Span) -> bool:
    """One side of a stated conversion ("166 km/h (103 mph)"): both sides must change together."""
    if span.kind != "figure":
        return False
    return bool(
        _CONVERSION_AFTER.match(text[span.end :]) or _CONVERSION_BEFORE.search(text[: span.start])
    )


def _score(text: str, parsed: Parsed, span: Span) -> bool:
    """A score or tally written as a range ("a 1 – 1 draw", "won 3–2"): not a range."""
    value = span.value
    if isinstance(value, FigureValue) and value.high is not None:
        return value.high <= value.number
    return False


def _modified(text: str, parsed: Parsed, span: Span) -> bool:
    """A figure inside a noun phrase after a determiner or adjective ("the top 300 artists").

    "more than" cannot go there, so no comparative is made of it.
    """
    if span.kind != "figure":
        return False
    if re.search(r"[$£€¥]\s*$", text[: span.start]):
        return True  # "$ more than 1.7 million" reads badly
    if re.match(
        r"\s*(?:\w+\s+){0,2}(?:or|and) (?:more|less|fewer|over|above|under)\b", text[span.end :]
    ):
        return True  # "20 tons or more" is a bound already
    value = span.value
    if isinstance(value, FigureValue) and not (value.unit or value.percent or value.currency):
        return True  # no counted noun: an age, a code, a year; "more than" fits none
        # a number with no unit after a preposition or a rank noun is a year,
        # a rank or a label ("in 54", "number 60"): no "more than" for it
        if re.search(
            r"\b(?:in|on|of|by|since|until|from|to|number|No\.|rank|ranked|position|#)\s*$",
            text[: span.start],
            re.IGNORECASE,
        ):
            return True
    before = [t for t in parsed.tokens if t.end <= span.start]
    if not before:
        return False
    last = before[-1]
    return last.tag in (
        "DT",
        "PRP$",
        "POS",
        "JJ",
        "JJS",
        "JJR",
        "CD",
    ) and last.lemma.casefold() not in (
        "about",
        "some",
        "over",
        "nearly",
        "almost",
        "approximately",
    )


def _bare_year(text: str, parsed: Parsed, span: Span) -> bool:
    """A number with no unit after "in" ("In 65, a conspiracy"): a year, not a quantity."""
    value = span.value
    return (
        isinstance(value, FigureValue)
        and not value.unit
        and isinstance(value.number, int)
        and 0 < value.number <= 2100
        and bool(re.search(r"\b(?:in|In|by|By|since|Since|until|Until)\s+$", text[: span.start]))
    )


def _bounded(text: str, parsed: Parsed, span: Span) -> bool:
    """A figure under a bound of its clause ("over $356 million", "at least 90 tanks and 70
    IFVs"): a lower or higher value may still be true."""
    if span.kind != "figure":
        return False
    clause = re.split(r"[;,:()]", text[: span.start])[-1]
    return bool(
        re.search(
            r"\b(?:over|more than|at least|at most|up to|under|fewer than|less than|nearly|"
            r"almost|some|as many as|as few as|no more than|no fewer than)\b(?:\s+\S+){0,8}\s*$",
            clause,
            re.IGNORECASE,
        )
    )


def _counted_list(text: str, parsed: Parsed, span: Span) -> bool:
    """A count the sentence spells out ("six regions: A, B and C") or a part inside its
    whole ("seven people (among them two soldiers)"): a changed figure contradicts the text
    itself, and the claim reads as nonsense."""
    if span.kind != "figure":
        return False
    if re.match(r"(?:\s+[\w-]+){0,4}\s*:\s*\S[^.;]*,", text[span.end :]):
        return True
    if re.match(r"\s+out of\b", text[span.end :]) or re.search(r"\bout of\s+$", text[: span.start]):
        return True  # "three out of four stars": a rating on its own scale
    if re.match(r"(?:\s+[\w-]+){0,6},\s+[A-Z][^,.;]*(?:,\s+[^,.;]+)*,?\s+and\s", text[span.end :]):
        return True  # "the six co-chairs of the Minsk Group, Russia, the US and France"
    return bool(re.search(r"\([^()]*$", text[: span.start]))


def _unit_compound(text: str, parsed: Parsed, span: Span) -> bool:
    """A figure hyphened to its unit as a modifier ("4.2-inch mortars"): a specification."""
    return span.kind == "figure" and bool(re.match(r"-[a-z]", text[span.end :]))


def _era_year(text: str, parsed: Parsed, span: Span) -> bool:
    """A year written as a number with its era ("37 AD", "400 BC"): a date, not a figure."""
    return span.kind == "figure" and bool(
        re.match(r"\s*(?:AD|BC|BCE|CE)\b", text[span.end :])
        or re.search(r"\b(?:AD|A\.D\.|BC|BCE|CE)\s+$", text[: span.start])
    )


def _date_subject(text: str, parsed: Parsed, span: Span) -> bool:
    """A date that is what the clause is about ("1993 was a difficult year"): other
    dates may be so too, so changing it refutes nothing."""
    return span.kind == "date" and role_of(parsed, span.start, span.end) in (
        "nsubj",
        "nsubjpass",
        "attr",
    )


def _age(text: str, parsed: Parsed, span: Span) -> bool:
    """An age ("at the age of 17", "aged 40"): a changed age is rarely plausible."""
    return span.kind == "figure" and bool(
        re.search(r"\b(?:age of|aged|age)\s+$", text[: span.start])
        or re.match(r"\s*(?:-| )?years?[- ]old\b", text[span.end :])
    )


def _year_range(text: str, parsed: Parsed, span: Span) -> bool:
    """A range of two years written as figures ("(c. 40 – 120)"): a life span or a period."""
    value = span.value
    return (
        isinstance(value, FigureValue)
        and value.high is not None
        and not value.unit
        and 0 < value.number < value.high <= 2100
        and value.high - value.number <= 120
        and bool(re.search(r"\(\s*(?:c\.|ca\.|b\.|d\.)?\s*$", text[: span.start]))
    )


def _in_quote(text: str, parsed: Parsed, span: Span) -> bool:
    """A fact inside a quotation: a changed quotation puts words in someone's mouth."""
    return text[: span.start].count('"') % 2 == 1 or (
        text[: span.start].count("“") > text[: span.start].count("”")
    )


FLAG_RULES: tuple[tuple[str, Rule], ...] = (
    ("open_slot", _open_slot),
    ("in_title", _in_title),
    ("time", _time),
    ("in_name", _in_name),
    ("conversion", _conversion),
    ("score", _score),
    ("modified", _modified),
    ("unit_compound", _unit_compound),
    ("era_year", _era_year),
    ("date_part", _date_part),
    ("date_subject", _date_subject),
    ("age", _age),
    ("year_range", _year_range),
    ("counted_list", _counted_list),
    ("bare_year", _bare_year),
    ("in_quote", _in_quote),
    ("bounded", _bounded),
)


def year_bounds(spans: Iterable[Span]) -> tuple[int, int] | None:
    """The first and last year a page's dates give (a replacement year stays near them)."""
    years = [
        y
        for s in spans
        if isinstance(s.value, DateValue)
        for y in (s.value.start.year, s.value.end.year if s.value.end else None)
        if y is not None
    ]
    return (min(years), max(years)) if years else None
