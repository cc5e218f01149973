"""Flags of when a fact holds: an event at no one time, a count of occasions, dates and
places listed in pairs, a sum paid with no date. Each rule takes the sentence, its parse and
one fact span (see ``flags``); a fact so flagged is not changed, for another value may hold
on another occasion.
"""

from __future__ import annotations

import re

from fever_builder.analysis import Parsed

from ._words import WHEN
from .spans import FigureValue, Span


def occasions(text: str, parsed: Parsed, span: Span) -> bool:
    """A count of occasions ("leaped from his foxhole six times", "on two separate
    occasions"): it counts within a period or a purpose a claim seldom keeps, so another
    count may hold over another."""
    return span.kind == "figure" and bool(
        re.match(r"\s+(?:[a-z]+\s+)?(?:times|occasions)\b", text[span.end :])
    )


# adverbs that put an event at no one time, as one of several: "was once raised"
_HABITUAL = frozenset(
    {"once", "sometimes", "often", "occasionally", "frequently", "repeatedly", "usually"}
)


def habitual(text: str, parsed: Parsed, span: Span) -> bool:
    """A fact of an event said to happen at no one time ("the idea of sending 100 observers
    was once raised", "often played in Manila"): it may have held another time, with
    another figure, date or name."""
    head = parsed.head_of(span.start, span.end)
    for verb in parsed.ancestors(head) if head is not None else ():
        if verb.pos not in ("VERB", "AUX") or verb.dep in ("aux", "auxpass", "amod"):
            continue
        if any(
            c.dep == "advmod" and c.text.casefold() in _HABITUAL for c in parsed.children(verb.i)
        ):
            return True
        if verb.dep not in _INSIDE_A_CLAUSE:
            return False  # its clause's head: the clause above is another event
    return False


# verbs that are part of their head's clause: "the idea of sending ... was once raised"
_INSIDE_A_CLAUSE = frozenset({"pcomp", "xcomp", "acl", "prep", "pobj"})


def paired_list(text: str, parsed: Parsed, span: Span) -> bool:
    """A date or place among several of each on one verb ("released in Europe in 1991, in
    North America on December 19 and in Japan on December 20"): which date goes with which
    place is left to the order of the words, and a cut keeps the wrong ones together."""
    if span.kind not in ("date", "entity"):
        return False
    head = parsed.head_of(span.start, span.end)
    verb = (
        next((t for t in parsed.ancestors(head) if t.pos in ("VERB", "AUX")), None)
        if head
        else None
    )
    if verb is None:
        return False
    kinds = {"date": 0, "place": 0}
    for prep in parsed.tokens:
        if prep.dep not in ("prep", "conj") or prep.pos != "ADP":
            continue
        if not any(t.i == verb.i for t in parsed.ancestors(prep)[1:3]):
            continue
        for obj in parsed.children(prep.i):
            labels = {e.label for e in parsed.entities_over(obj.start, obj.end)}
            if obj.dep == "pobj" and "DATE" in labels:
                kinds["date"] += 1
            elif obj.dep == "pobj" and labels & {"GPE", "LOC"}:
                kinds["place"] += 1
    return kinds["date"] >= 2 and kinds["place"] >= 2


# verbs of a sum paid or won that may be paid or won again: fined, paid, awarded
_PAYMENTS = frozenset({"fine", "pay", "charge", "award", "donate", "grant", "reward", "bill"})


def per_occasion(text: str, parsed: Parsed, span: Span) -> bool:
    """A sum of money paid or won with no date to say which time ("Lesnar was fined
    $1,725"): he may have been fined another sum another time."""
    value = span.value
    if not isinstance(value, FigureValue):
        return False
    if not value.currency and not re.search(r"[$€£¥]\s*$", text[: span.start]):
        return False  # "$ 1,725": the sign set apart is still a sum
    if any(e.label == "DATE" and WHEN.search(e.text) for e in parsed.entities):
        return False  # "in 2017" says which time; "a six-month suspension" does not
    head = parsed.head_of(span.start, span.end)
    verb = next((t for t in parsed.ancestors(head) if t.pos == "VERB"), None) if head else None
    # the tagger's lemma of "fined" is "fin": the past form is read too
    return verb is not None and (
        verb.lemma.casefold() in _PAYMENTS
        or verb.text.casefold() in ("fined", "paid", "charged", "awarded", "granted")
    )
