"""Denial pairs: a false value denied against the same false value stated.

"Nero was not born in Capua" (SUPPORTS) against "Nero was born in Capua"
(REFUTES), from "Nero was born in Antium". Only for a value the sentence rules
out: a dated event that happens once, or a name in a slot that holds one (the
same facts a changed date or name is made of). Such a pair puts "not" on the
SUPPORTS side, as a plain negation puts it on the REFUTES side, so between them
"not" marks no label.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from fever_builder.analysis.records import Parsed
from fever_builder.claims.context import Context, Pair
from fever_builder.claims.frames import Frame, with_article
from fever_builder.claims.negate import negate, negate_verb
from fever_builder.claims.replace import new_value
from fever_builder.claims.writers.date import year_of
from fever_builder.corpus import Sentence
from fever_builder.facts.figures import parse_figure
from fever_builder.facts.spans import DateValue, EntityValue, FigureValue, Span

# a claim said on someone's word: its date or name may be the report's, not the event's
_REPORTED = re.compile(
    r"\b(?:[Aa]ccording to|said|stated|reported|claimed|alleged|noted|wrote|told|interview)\b"
)


def denial_pair(
    frame: Frame, span: Span, sentence: Sentence, ctx: Context, *, avoid: tuple[str, ...] = ()
) -> Pair | None:
    """ "X was not born in <another year>" against "X was born in <another year>", or None.

    The caller offers only facts whose changed value the sentence rules out. A
    date must date one event ("in 1993", "on 2 May 1993"; not a period or a
    bound) and change its year ("not in March 1993" of an event in May 1993
    reads as a quibble); a name must be a verb's participant; a figure must be
    exact, outside the subject, and rise. ``avoid`` are values already used for this fact: the
    false claim must be new.
    """
    if _REPORTED.search(frame.text):
        ctx.dropped["denial_of_a_report"] += 1
        return None
    value = span.value
    if isinstance(value, DateValue):
        before = frame.text[: frame.start].split()[-1:] or [""]
        if (
            value.end is not None
            or value.modifier
            or before[0].casefold() not in ("in", "on")
            or re.match(r"\s*(?:period|time)\b", frame.text[frame.end :])
        ):
            ctx.dropped["denial_not_an_event_date"] += 1
            return None
        kind = "date"
    elif isinstance(value, EntityValue):
        if ctx.parsed is None or not _argument(ctx.parsed, span):
            # "Armenia's President Turgut Özal did not ...": a name that describes another
            # denied says nothing true; only a verb's own participant is denied
            ctx.dropped["denial_not_an_argument"] += 1
            return None
        kind = "entity"
    elif isinstance(value, FigureValue):
        if value.vague or value.bound or value.high is not None or frame.start < frame.subject:
            # "about 3,000", "over 500", "8 to 11" deny nothing sure; "66 people were not
            # killed" reads as 66 who lived
            ctx.dropped["denial_not_an_exact_figure"] += 1
            return None
        kind = "figure"
    else:
        return None
    replacement = None
    for attempt in range(_DRAWS):
        # drawn from the fact alone: a denial leaves every other pair's draw as it was
        key = f"{ctx.page}|{sentence.id}|{span.start}|{span.text}|{attempt}"
        drawn = new_value(
            kind, frame, span, sentence, replace(ctx, rng=random.Random(key)), avoid=avoid
        )
        if kind != "figure" or _larger(drawn, value):
            replacement = drawn
            break
    if replacement is None:
        return None
    if kind == "date" and (
        year_of(replacement) is None or year_of(replacement) == year_of(frame.fact)
    ):
        ctx.dropped["denial_same_year"] += 1
        return None
    false_frame = with_article(frame.replace(replacement))
    denied = negate(false_frame.text, avoid=(false_frame.start, false_frame.end))
    if denied is None:
        denied = _with_do(false_frame)
    if denied is None:
        ctx.dropped["denial_no_auxiliary"] += 1
        return None
    if not _reaches(denied, replacement):
        # "does not give it a score of 86, based on 66 reviews": "not" denies the score
        ctx.dropped["denial_out_of_reach"] += 1
        return None
    return Pair(kind, denied, false_frame.text, frame.fact, replacement, "denial")


# tries at a larger figure: "did not kill 66" holds of 33, "did not kill 16" may not
_DRAWS = 4


def _larger(text: str | None, value: FigureValue) -> bool:
    """Whether ``text`` is a figure above ``value``: a count denied above the true one is
    false however the count is read ("killed 33" is also "killed at least 16")."""
    new = parse_figure(text) if text is not None else None
    return new is not None and new.number > value.number and not (new.percent and new.number > 100)


# what may stand between "not" and the value it denies: words of one plain phrase
_BREAK = re.compile(
    r"[,;:()]|\b(?:and|or|but|with|where|which|who|whom|whose|that|when|while|after|before|"
    r"including|as|than)\b",
    re.IGNORECASE,
)
# a subject "not" would split ("All the barangays are not ...": none, or not all?)
_QUANTIFIED = re.compile(r"^(?:All|Every|Each|Both|Most|Many|Some|No|None|Several|Few)\b")


def _reaches(denied: str, value: str) -> bool:
    """Whether the "not" of ``denied`` falls on ``value``: one plain phrase between them, and
    a subject with no quantifier before it."""
    at = denied.find(" not ")
    where = denied.find(value, at)
    if at < 0 or where < 0 or _QUANTIFIED.match(denied):
        return False
    return _BREAK.search(denied[at + len(" not ") : where]) is None


def _argument(parsed: Parsed, span: Span) -> bool:
    """Whether the name is a participant of a verb: its subject, object, or the object of a
    preposition on it ("born in Webster", "directed by Sam Mendes")."""
    head = parsed.head_of(span.start, span.end)
    if head is None or head.head == head.i:
        return False
    above = parsed.tokens[head.head]
    if head.dep in ("nsubj", "nsubjpass", "dobj", "dative", "attr"):
        return above.pos in ("VERB", "AUX")
    if head.dep == "pobj" and above.dep in ("prep", "agent") and above.head != above.i:
        return parsed.tokens[above.head].pos in ("VERB", "AUX")
    return False


def _with_do(frame: Frame) -> str | None:
    """The frame's verb right after its subject negated with "do" ("Mendes directed X" as
    "Mendes did not direct X"), when that word is a past or third-person form of a verb."""
    if not frame.subject:
        return None
    word = frame.text[frame.subject :].split(maxsplit=1)[:1]
    if not word or not word[0].isalpha() or not word[0].islower():
        return None
    from lemminflect import getInflection, getLemma  # its tables load on first use

    lemma = (getLemma(word[0], upos="VERB") or ("",))[0]
    for tag in ("VBD", "VBZ"):
        if lemma and word[0] in getInflection(lemma, tag=tag):
            return negate_verb(frame.text, word[0], lemma, tag)
    return None
