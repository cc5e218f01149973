"""Recurring events: whether a date changed in a claim is ruled out by the sentence.

"was shelled in May 1992" does not rule out May 1988: an event of a kind that
happens again (a shelling, a visit, a match) may have happened at another date
too. A date is changed only for what happens once (a birth, a founding, the
event the page is about) or for a thing the sentence dates as one.
"""

from __future__ import annotations

import re

from fever_builder.analysis import Parsed
from fever_builder.analysis.records import Token

from .slots import one_of_a_kind, place_taken, says_which, singular
from .spans import Span

# verbs of events that happen to their subject or object once: "was born", "founded",
# "premiered", "ended", "took place"
_ONCE_VERBS = frozenset(
    [
        "bear",
        "die",
        "found",
        "establish",
        "create",
        "form",
        "launch",
        "release",
        "premiere",
        "publish",
        "debut",
        "inaugurate",
        "begin",
        "start",
        "end",
        "finish",
        "conclude",
        "complete",
        "dissolve",
        "abolish",
        "disband",
        "sign",
        "ratify",
        "declare",
        "proclaim",
        "adopt",
        "enact",
        "execute",
        "assassinate",
        "kill",
        "bury",
        "retire",
        "resign",
        "crown",
        "rename",
        "build",
        "construct",
        "demolish",
        "destroy",
        "discover",
        "invent",
        "compose",
        "direct",
        "collapse",
        "disintegrate",
        "secede",
        "annex",
        "merge",
        "graduate",
        "erupt",
        "surrender",
        "capitulate",
        "sentence",
        "convict",
        "sink",
        "occur",
        "happen",
        "premier",
        "marry",
        "open",
        "unveil",
        "dedicate",
        "consecrate",
    ]
)


def recurring(text: str, parsed: Parsed, span: Span) -> bool:
    """A date on an event the sentence does not show to happen once: "was shelled in May
    1992" does not rule out May 1988, "captured the hill in 1993" not 1994. A date is
    changed only on a birth, a founding, a premiere, an end ("_ONCE_VERBS"), an event
    said to be one of a kind ("his first appearance") or a named event ("The Battle of
    Kalbajar took place in 1993"); a once-only verb counts only where what it acts on
    says which ("founded Kodak", "launched the offensive", not "killed 20 civilians")."""
    if span.kind != "date":
        return False
    head = parsed.head_of(span.start, span.end)
    if head is None:
        return False
    if _dates_the_thing(parsed, head):
        return False  # "is a 1999 drama film": the film's own year
    verb = next(
        (
            t
            for t in parsed.ancestors(head)
            if t.pos in ("VERB", "AUX") and t.dep not in ("aux", "auxpass", "amod")
        ),
        None,
    )
    if verb is None:
        return True
    if place_taken(parsed, verb):
        return False  # "took place" (not "was placed": the verb itself)
    if (
        verb.lemma.casefold() in _ONCE_VERBS
        and _which_event(parsed, verb)
        and not _person_again(parsed, verb)
    ):
        return False  # "was born", "founded Kodak", "the offensive began"
    if any(one_of_a_kind(parsed, verb, c) for c in parsed.children(verb.i)):
        return False  # "his first appearance came", "won his first fight"
    subjects = [c for c in parsed.children(verb.i) if c.dep in ("nsubj", "nsubjpass")]
    return not any(
        e.label == "EVENT" for s in subjects for e in parsed.entities_over(s.start, s.end)
    )


def _dates_the_thing(parsed: Parsed, date: Token) -> bool:
    """Whether a year describes what the subject is ("American Beauty is a 1999 drama
    film", "QuackShot is a 1991 video game"): the year a work or a thing is of, one year."""
    described = parsed.tokens[date.head]
    return (
        date.dep in ("nummod", "compound", "amod")
        and date.i < described.i
        and described.pos == "NOUN"
        and described.dep == "attr"
        and parsed.tokens[described.head].lemma == "be"
        and re.fullmatch(r"\d{4}", date.text) is not None
    )


def _which_event(parsed: Parsed, verb: Token) -> bool:
    """Whether what a once-only verb acts on says which one: its object ("founded Kodak",
    "launched the offensive"), or with none, a single subject that does ("the war
    began"; "Armenians started protesting" may have started again)."""
    arguments = parsed.children(verb.i)
    acted_on = [c for c in arguments if c.dep in ("dobj", "nsubjpass")]
    if acted_on:
        return all(says_which(parsed, c) for c in acted_on)
    subjects = [c for c in arguments if c.dep == "nsubj"]
    return all(says_which(parsed, s) and singular(s) for s in subjects)


# what happens to a person once: "was born", "died", "was executed"; a person is
# released, signs, resigns or retires again
_PERSON_ONCE = frozenset(["bear", "die", "bury", "execute", "assassinate", "kill", "crown"])


_PERSON_PRONOUNS = frozenset(["he", "she", "him", "her"])


def _person_again(parsed: Parsed, verb: Token) -> bool:
    """Whether ``verb`` happens to a person who may go through it again: "Lesnar was
    released by the Vikings", "Gore resigned" (not "Nero was born", nor "Mendes directed
    American Beauty", where the film is what it happens to)."""
    if verb.lemma.casefold() in _PERSON_ONCE:
        return False
    arguments = parsed.children(verb.i)
    if any(c.dep == "dobj" for c in arguments):
        return False
    if verb.lemma.casefold() == "sign" and not any(c.dep == "nsubjpass" for c in arguments):
        return True  # "signed with the WWF", "signed for Bolton": whoever signs may sign again
    return any(
        c.dep in ("nsubj", "nsubjpass")
        and (
            c.text.casefold() in _PERSON_PRONOUNS
            or any(e.label == "PERSON" for e in parsed.entities_over(c.start, c.end))
        )
        for c in arguments
    )
