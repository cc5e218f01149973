"""Denial pairs: a false value denied against the same false value stated.

"Nero was not born in Capua" (SUPPORTS) against "Nero was born in Capua"
(REFUTES), from "Nero was born in Antium". Only for a value the sentence rules
out: a dated event that happens once, a name in a slot that holds one, an
exact figure denied above the true one (the same facts a changed date, name or
figure is made of). Such a pair puts "not" on the SUPPORTS side, as a plain
negation puts it on the REFUTES side, so between them "not" marks no label.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from fever_builder.analysis.records import Parsed
from fever_builder.claims.context import ATTRIBUTION, Context, Pair
from fever_builder.claims.frames import Frame, with_article
from fever_builder.claims.negate import (
    PARTIAL_SUBJECT,
    SCOPED,
    counts,
    negate,
    negate_parsed_verb,
)
from fever_builder.claims.replace import new_value
from fever_builder.claims.writers.date import dates_one_event, year_of
from fever_builder.corpus import Sentence
from fever_builder.facts.figures import parse_figure
from fever_builder.facts.spans import DateValue, EntityValue, FigureValue, Span

# values drawn for a denial before it gives up: a figure must rise, a date change its year
_DRAWS = 4
# what may not stand between "not" and the value it denies: another phrase or clause
_BREAK = re.compile(
    r"[,;:()]|\b(?:and|or|but|with|where|which|who|whom|whose|that|when|while|after|before|"
    r"including|as|than)\b",
    re.IGNORECASE,
)
# a subject "not" would split ("All the barangays are not ...": none, or not all?)
# (in lower case: "No Way Out" and "Some Like It Hot" are names; a quantifier that opens
# the claim is one of ``PARTIAL_SUBJECT``)
_QUANTIFIED = re.compile(
    r"\b(?:all|every|each|both|most|many|some|no|none|several|few|only|half|majority)\b"
)


def denial_pair(
    frame: Frame, span: Span, sentence: Sentence, ctx: Context, *, avoid: tuple[str, ...] = ()
) -> Pair | None:
    """ "X was not born in <another year>" against "X was born in <another year>", or None.

    The caller offers only facts whose changed value the sentence rules out. A
    date must date one event ("in 1993", "on 2 May 1993"; not a period or a
    bound) and change its year ("not in March 1993" of an event in May 1993
    reads as a quibble); a name must be a verb's participant; a figure must be
    exact, outside the subject, and rise. ``avoid`` are values already used for
    this fact: the false claim must be new. The value is drawn by a generator of
    the fact's own (seeded by the build's seed, the page and the fact), not by the
    shared one.
    """
    if ATTRIBUTION.search(frame.text):
        ctx.dropped["denial_of_a_report"] += 1
        return None
    kind = _kind(frame, span, ctx)
    if kind is None:
        return None
    replacement = None
    for attempt in range(_DRAWS):
        key = f"{ctx.seed}|{ctx.page}|{sentence.id}|{span.start}|{span.text}|{attempt}"
        own = replace(ctx, rng=random.Random(key))  # shares the counters; its own draws
        drawn = new_value(kind, frame, span, sentence, own, avoid=avoid)
        if drawn is None:
            break
        if _fits(kind, drawn, span, frame):
            replacement = drawn
            break
    if replacement is None:
        ctx.dropped[f"denial_no_{kind}"] += 1
        return None
    false_frame = with_article(frame.replace(replacement))
    denied = negate(false_frame.text, avoid=(false_frame.start, false_frame.end), plain=True)
    if denied is None and ctx.cues["SUPPORTS do"] <= ctx.cues["REFUTES do"]:
        # "did not start" for "started": only while REFUTES claims hold as many "did not"
        # (plain negations said with "do"), so that "do" marks no label either
        denied = _with_do(false_frame, ctx.parsed)
    if denied is None:
        ctx.dropped["denial_no_auxiliary"] += 1
        return None
    if not _reaches(denied, replacement):
        # "does not give it a score of 86, based on 66 reviews": "not" denies the score
        ctx.dropped["denial_out_of_reach"] += 1
        return None
    return Pair(kind, denied, false_frame.text, frame.fact, replacement, "denial")


def _kind(frame: Frame, span: Span, ctx: Context) -> str | None:
    """The kind of value to draw for the fact, or None (the refusal counted)."""
    value = span.value
    if isinstance(value, DateValue):
        if not dates_one_event(frame, span):
            ctx.dropped["denial_not_an_event_date"] += 1
            return None
        return "date"
    if isinstance(value, EntityValue):
        if ctx.parsed is None or not _argument(ctx.parsed, span):
            # "Armenia's President Turgut Özal did not ...": a name that describes another
            # denied says nothing true; only a verb's own participant is denied
            ctx.dropped["denial_not_an_argument"] += 1
            return None
        return "entity"
    if isinstance(value, FigureValue):
        if value.vague or value.bound or value.high is not None or frame.start < frame.subject:
            # "about 3,000", "over 500", "8 to 11" deny nothing sure; "66 people were not
            # killed" reads as 66 who lived
            ctx.dropped["denial_not_an_exact_figure"] += 1
            return None
        return "figure"
    return None


def _fits(kind: str, drawn: str, span: Span, frame: Frame) -> bool:
    """Whether a drawn value makes a true denial: a date of another year ("not in March
    1993" of May 1993 is a quibble), a figure above the true one."""
    if kind == "date":
        year = year_of(drawn)
        return year is not None and year != year_of(frame.fact)
    if kind == "figure":
        return isinstance(span.value, FigureValue) and _larger(drawn, span.value)
    return True


def _larger(text: str, value: FigureValue) -> bool:
    """Whether ``text`` is a figure above ``value``, and no share above 100 percent. A
    count denied above the true one is a true denial however the count is read ("did not
    kill 43" of 24); below it, not ("killed 24" is also "killed at least 16")."""
    new = parse_figure(text)
    return new is not None and new.number > value.number and not (new.percent and new.number > 100)


def _reaches(denied: str, value: str) -> bool:
    """Whether the "not" of ``denied`` falls on ``value`` alone: one plain phrase between
    them with no word whose scope "not" would change ("not only"), and no quantified or
    counted subject before it ("All the barangays are not ...", "33 soldiers were not")."""
    at = denied.find(" not ")
    found = re.compile(re.escape(value), re.IGNORECASE).search(denied, max(at, 0))
    if at < 0 or found is None:
        return False
    where = found.start()
    before, between = denied[:at], denied[at + len(" not ") : where]
    if _QUANTIFIED.search(before) or PARTIAL_SUBJECT.match(denied) or counts(before):
        return False
    return _BREAK.search(between) is None and SCOPED.search(between) is None


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


def _with_do(frame: Frame, parsed: Parsed | None) -> str | None:
    """The frame's verb right after its subject negated with "do" ("Mendes directed X" as
    "Mendes did not direct X"), where the sentence's parse has that word as a verb of its
    own: a past or third-person form with no auxiliary, particle or second verb joined."""
    if not frame.subject or parsed is None:
        return None
    word = frame.text[frame.subject :].split(maxsplit=1)[:1]
    verbs = [t for t in parsed.tokens if word and t.text == word[0] and t.pos == "VERB"]
    if len(verbs) != 1 or verbs[0].tag not in ("VBD", "VBZ"):
        return None  # "afterwards", "always": no verb; a verb said twice: which one?
    return negate_parsed_verb(frame.text, parsed, verbs[0])
