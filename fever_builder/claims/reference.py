"""Who "He", "It" or "The film" refers to: the page's own entity, when nothing else can be.

Found once per page from its lead and the parses of its sentences: whether
the page is about a person (the lead's type) and which pronoun its article
uses for them, the class noun the lead gives a thing ("American Beauty is a
1999 American drama film" gives "film"), the short name the article uses
("Lesnar"), and per sentence where a competing antecedent is named: another
person for "he"/"she", another entity for "it" and "the film". A pronoun
resolves only where no competitor stands between it and the previous sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from fever_builder.analysis.records import Parsed, Token
from fever_builder.corpus import Page
from fever_builder.facts.name_types import _PERSON_NOUNS, NameTypes, lead_type

# the lead that names the entity is one of a page's first sentences
LEAD_WINDOW = 3
# a page's pronoun for its person: used this often, and this many times the other
MIN_PRONOUNS, PRONOUN_RATIO = 3, 3

_MALE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
# nouns that name someone without a name ("his father", "the boy")
_PEOPLE = _PERSON_NOUNS | frozenset({"man", "woman", "boy", "girl", "child", "lover", "partner"})
# entity labels of things "it" can stand for (a person, date or number cannot)
THING_LABELS = frozenset(
    {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
)
# labels of entities of one class with a page of the lead's type ("The city": another city)
_CLASS_LABELS = {
    "place": frozenset({"GPE", "LOC", "FAC"}),
    "organisation": frozenset({"ORG"}),
    "work": frozenset({"WORK_OF_ART", "PRODUCT"}),
}
# of a thing of no type the vote knows (a storm, an offensive, a highway): entities that
# are neither places nor organisations
_OTHER_LABELS = frozenset({"FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
# what describes a subject rather than naming another one ("X was a lawyer")
_DESCRIBING = frozenset({"attr", "appos", "oprd", "acomp"})


@dataclass(frozen=True, slots=True)
class PageSubject:
    """What a page's pronouns and class noun may stand for (see the module notes).

    ``pronoun`` is "he" or "she" for a person, "it" for a singular thing,
    None when the page gives no safe one. ``people`` and ``things`` map a
    sentence's position to the offsets where a competing person or thing is
    named, ``kin`` where another entity of the page's class is; a position
    missing from ``parsed`` is one with no parse, where nothing resolves.
    """

    name: str
    short: str
    pronoun: str | None
    noun: str | None
    lead: int | None
    parsed: frozenset[int] = frozenset()
    people: Mapping[int, tuple[int, ...]] = field(default_factory=dict)
    things: Mapping[int, tuple[int, ...]] = field(default_factory=dict)
    kin: Mapping[int, tuple[int, ...]] = field(default_factory=dict)
    # positions whose main subject is the page's entity (by name, "it" or the class noun)
    about: frozenset[int] = frozenset()
    # of a thing: the nouns "the <noun>" may call it by (its class noun, its title's head
    # noun: "the battalion" for "Zrinski Battalion"), and its name as the text writes it
    # after a word ("the Zrinski Battalion", "Operation Eastern Exit")
    nouns: frozenset[str] = frozenset()
    called: str = ""
    # whether the lead says the page is about a person
    person: bool = False

    def rivals(self, kind: str, position: int, offset: int) -> bool:
        """Whether a competitor of ``kind`` ("people", "things", "kin") is named before
        ``offset`` in the sentence at ``position`` or anywhere in the sentence before it
        (for people: unless that sentence's main subject is the page's own person)."""
        named = {"people": self.people, "things": self.things, "kin": self.kin}[kind]
        if position not in self.parsed or position - 1 not in self.parsed:
            return True
        before = any(o < offset for o in named.get(position, ()))
        if kind == "people" and position - 1 in self.about:
            # the previous sentence is about the page's person ("Lesnar fought Mir. He
            # lost."): a subject pronoun carries its subject on; others there do not compete
            return before
        return bool(named.get(position - 1)) or before


def page_subject(page: Page, parses: Mapping[str, Parsed], types: NameTypes) -> PageSubject:
    """The page's own entity as its pronouns and class noun may refer to it."""
    name = re.sub(r"\s*\(.*\)$", "", page.title)
    texts = [s.text for s in page.sentences]
    # the lead names the entity, perhaps in full ("Brock Edward Lesnar" for "Brock Lesnar")
    lead = next((i for i, text in enumerate(texts[:LEAD_WINDOW]) if _names(text, name)), None)
    if lead is None:
        words = set(name.split())
        lead = next(
            (i for i, t in enumerate(texts[:LEAD_WINDOW]) if words <= set(re.findall(r"\w+", t))),
            None,
        )
    parsed_lead = parses.get(texts[lead]) if lead is not None else None
    kind = _lead_kind(parsed_lead) if parsed_lead is not None else None
    own = set(name.split())
    if parsed_lead is not None:
        for entity in parsed_lead.entities:
            if entity.start < 5 and entity.label == "PERSON":
                own |= set(entity.text.split())  # "Brock Edward Lesnar"
    pronoun, noun, short = None, None, name
    if kind == "person":
        pronoun = _gender(texts)
        short = _short_name(name, texts)
    elif parsed_lead is not None:
        noun = _class_noun(parsed_lead)
        if _singular(parsed_lead):
            pronoun = "it"
        if texts[lead].startswith(f"The {name}") and not name.startswith("The "):
            short = f"The {name}"
    if lead is None or not _names(texts[lead], short):
        pronoun, noun = None, None
    positions = {i for i, text in enumerate(texts) if text in parses}
    people, things, kin, about = {}, {}, {}, set()
    labels = _CLASS_LABELS.get(kind or "", _OTHER_LABELS)
    for i in sorted(positions):
        parsed = parses[texts[i]]
        people[i] = _people(parsed, own, types)
        things[i] = _things(parsed, own, THING_LABELS, noun, new=True)
        kin[i] = _things(parsed, own, labels, noun, new=False)
        if _about(parsed, own, noun):
            about.add(i)
    nouns: frozenset[str] = frozenset()
    if kind != "person" and lead is not None and _names(texts[lead], short):
        nouns = _title_nouns(page.title, [parses[t] for t in texts if t in parses])
    return PageSubject(
        name=name,
        short=short,
        pronoun=pronoun,
        noun=noun,
        lead=lead,
        parsed=frozenset(positions),
        people=people,
        things=things,
        kin=kin,
        about=frozenset(about),
        nouns=nouns | ({noun} if noun else set()),
        called=_called(name, texts),
        person=kind == "person",
    )


# words after which a title's head noun has ended ("Battle of X", "history of Y during Z")
_TITLE_BREAKS = frozenset({"of", "in", "during", "at", "on", "for", "from", "and", "the"})


def _title_nouns(title: str, parses: list[Parsed]) -> frozenset[str]:
    """The words of a title a text may call its thing by, "the <word>": its first word
    ("Operation", "Typhoon"), its head before a preposition ("Battle", "Battalion",
    "heads") and its bracketed kind ("film" in "(1999 film)"), those the page's own
    parses use as a noun after "the" ("the military" is an adjective's use), lower case."""
    plain, _, kind = title.partition(" (")
    words = plain.split()
    head = []
    for word in words:
        if word.casefold() in _TITLE_BREAKS:
            break
        head.append(word)
    last = next((w for w in reversed(head) if w.isalpha()), None)
    candidates = {*([last] if last else []), *kind.rstrip(")").split()[-1:]}
    if len(words) > 1 and words[1][:1].isupper():
        candidates.add(words[0])  # "Operation Eastern Exit", not "Military history of ..."
    wanted = {c.casefold() for c in candidates if c.isalpha() and len(c) > 3}
    used = {
        token.text.casefold()
        for parsed in parses
        for token in parsed.tokens
        if token.pos == "NOUN"
        and token.text.casefold() in wanted
        and any(c.text.casefold() == "the" for c in parsed.children(token.i))
    }
    return frozenset(used)


def _called(name: str, texts: list[str]) -> str:
    """The page's name as its text writes it after another word: with "the" where the
    text puts one before it at least half the time ("the Zrinski Battalion")."""
    if name.startswith("The "):
        return "the" + name[3:]
    said = sum(len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", t)) for t in texts)
    with_the = sum(len(re.findall(rf"\b[Tt]he {re.escape(name)}(?!\w)", t)) for t in texts)
    return f"the {name}" if said and 2 * with_the >= said else name


def _lead_kind(lead: Parsed) -> str | None:
    """The lead's type of its subject (``lead_type``), or "person" where the voted type misses
    a person the predicate names ("was Roman Emperor", "a film and theatre actor") or the
    pipeline labels the opening name a person and the lead gives no other type."""
    kind = lead_type(lead)
    root = next((t for t in lead.tokens if t.dep == "ROOT"), None)
    if kind == "person" or root is None or root.lemma != "be":
        return kind
    heads = [c for c in lead.children(root.i) if c.dep == "attr"]
    heads += [c for h in list(heads) for c in lead.children(h.i) if c.dep in ("conj", "appos")]
    if any(h.lemma.casefold() in _PERSON_NOUNS for h in heads):
        return "person"
    opening = next((e for e in lead.entities if e.start == 0), None)
    if kind is None and opening is not None and opening.label == "PERSON":
        return "person"
    return kind


def _names(text: str, name: str) -> bool:
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _gender(texts: list[str]) -> str | None:
    male = sum(len(_MALE.findall(t)) for t in texts)
    female = sum(len(_FEMALE.findall(t)) for t in texts)
    if male >= MIN_PRONOUNS and male >= PRONOUN_RATIO * female:
        return "he"
    if female >= MIN_PRONOUNS and female >= PRONOUN_RATIO * male:
        return "she"
    return None


def _short_name(name: str, texts: list[str]) -> str:
    """The surname when the article calls the person by it more often than by the full name."""
    words = name.split()
    if len(words) < 2 or not re.fullmatch(r"[A-Z][\w'’-]+", words[-1]):
        return name
    alone = re.compile(rf"(?<!{re.escape(words[-2])} )\b{re.escape(words[-1])}\b")
    by_surname = sum(bool(alone.search(t)) for t in texts[1:])
    by_name = sum(_names(t, name) for t in texts[1:])
    return words[-1] if by_surname >= 2 and by_surname >= by_name else name


def _class_noun(lead: Parsed) -> str | None:
    """The singular common noun the lead's "X is a ... <noun>" gives its subject."""
    root = next((t for t in lead.tokens if t.dep == "ROOT"), None)
    if root is None or root.lemma != "be":
        return None
    attr = next((c for c in lead.children(root.i) if c.dep == "attr"), None)
    if attr is None or attr.pos != "NOUN" or attr.tag != "NN":
        return None
    return attr.text.casefold()


def _singular(lead: Parsed) -> bool:
    root = next((t for t in lead.tokens if t.dep == "ROOT"), None)
    return root is not None and root.text.casefold() in ("is", "was")


def _own(text: str, own: set[str]) -> bool:
    words = re.sub(r"['’]s$", "", text).split()
    return bool(words) and set(words) <= own


def _describing(parsed: Parsed, token: Token) -> bool:
    """Whether the token describes a subject ("X was a lawyer") rather than naming someone."""
    while True:
        if token.dep in _DESCRIBING:
            return True
        if token.head == token.i:
            return False
        token = parsed.tokens[token.head]


def _people(parsed: Parsed, own: set[str], types: NameTypes) -> tuple[int, ...]:
    """Where the sentence names a person other than the page's own."""
    found = [
        e.start
        for e in parsed.entities
        if (e.label == "PERSON" or types.type_of(e.text) == "person") and not _own(e.text, own)
    ]
    found += [
        t.start
        for t in parsed.tokens
        if t.pos == "NOUN" and t.lemma in _PEOPLE and not _describing(parsed, t)
    ]
    return tuple(sorted(found))


def _things(
    parsed: Parsed, own: set[str], labels: frozenset[str], noun: str | None, *, new: bool
) -> tuple[int, ...]:
    """Where the sentence names a thing other than the page's own: an entity with one of
    ``labels``, another of the page's class noun ("a film"), with ``new`` any "a <noun>"."""
    found = [
        e.start
        for e in parsed.entities
        if (e.label in labels or (noun and noun in e.text.casefold().split()))
        and not _own(e.text, own)
    ]
    for token in parsed.tokens:
        if token.pos != "NOUN" or token.tag != "NN" or _describing(parsed, token):
            continue
        determiners = [c.text.casefold() for c in parsed.children(token.i) if c.dep == "det"]
        if new and ("a" in determiners or "an" in determiners):
            found.append(token.start)  # a new thing "it" may take up
        elif noun is not None and token.text.casefold() == noun and "the" not in determiners:
            found.append(token.start)  # "another film", "a film": not the page's
    return tuple(sorted(found))


def _about(parsed: Parsed, own: set[str], noun: str | None) -> bool:
    """Whether the sentence's main subject is the page's entity (its name, "it", the class noun)."""
    root = next((t for t in parsed.tokens if t.dep == "ROOT"), None)
    if root is None:
        return False
    subject = next((c for c in parsed.children(root.i) if c.dep in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.text.casefold() == "it" or (noun is not None and subject.text.casefold() == noun):
        return True
    phrase = [t for t in parsed.tokens if t.i == subject.i or t.head == subject.i]
    names = [t.text for t in phrase if t.pos == "PROPN"]
    return bool(names) and _own(" ".join(names), own)
