"""Which writer makes a fact's pair: the kinds a fact allows, refusals, the least-used kind first."""

from __future__ import annotations

import re
from dataclasses import replace

from fever_builder.claims.context import (
    ATTRIBUTION,
    NEGATION_CUES,
    Context,
    Pair,
    effect,
    kind_key,
    over_budget,
    sign,
    whole_effect,
)
from fever_builder.claims.frames import Frame, with_article
from fever_builder.claims.negate import negate
from fever_builder.claims.pools import SWAPPABLE_ENTITY_TYPES
from fever_builder.claims.replace import new_value
from fever_builder.claims.writers.comparative import comparative, date_comparative
from fever_builder.claims.writers.date import (
    dates_one_event,
    decade_generalised,
    generalise_date,
    year_of,
)
from fever_builder.claims.writers.denial import denial_pair
from fever_builder.claims.writers.disjunction import disjunction
from fever_builder.claims.writers.figure import rounded_generalised
from fever_builder.claims.writers.role import role_swap
from fever_builder.corpus import Sentence
from fever_builder.facts.spans import DateValue, EntityValue, FigureValue, Span

# "including Kazakhstan, Belarus and Russia" names some members, not all:
# swapping one proves nothing
OPEN_LIST_BEFORE = re.compile(
    r"\b(?:including|such as|among them|among others|like|notably|e\.g\.)\b[^.;:]*$"
)


def pair_for(
    frame: Frame,
    span: Span,
    sentence: Sentence,
    ctx: Context,
    *,
    exclude: tuple[str, ...] = (),
    avoid: tuple[str, ...] = (),
    only: tuple[str, ...] = (),
) -> Pair | None:
    """Try the mutation types this fact allows, least-used first, until one works; the
    caller counts the pair chosen for the balances once its claims are made.
    ``exclude`` are kinds not to try, ``only`` (when given) the kinds to try, ``avoid``
    values this fact's pairs have used."""
    if "reported" in span.flags:
        # "Azerbaijan stated that 12 soldiers died": it may have stated 16 another time
        ctx.dropped[f"{span.kind}_in_a_report"] += 1
        return None
    # negation pairs only change a date's year: "was not launched in 1995" is
    # true because an event dated 1993 happened once; a swapped name or
    # figure negated would only be "not stated", not false
    if isinstance(span.value, DateValue):
        kinds = ["date", "negation", "comparative", "disjunction", "denial"]
        if "recurring" in span.flags:
            # "was shelled in May 1992" does not rule out May 1988: the event may recur
            ctx.dropped["date_of_a_recurring_event"] += 1
            kinds = []
        if re.search(r"\brespectively\b", frame.text):
            kinds = []  # "in 1823 and 1837 respectively": one date changed breaks the pairing
        if re.match(r"\s+[A-Za-z]", frame.text[frame.end :]) and not re.search(
            r"\b(?:in|on|of|during|since|from|by|until|to|between|after|before)\s+$",
            frame.text[: frame.start],
            re.IGNORECASE,
        ):
            # "a 1999 drama film": a year that describes a noun changes, but takes no
            # "before" and no "or"
            kinds = [k for k in kinds if k == "date"]
    elif isinstance(span.value, FigureValue):
        # "the country's top 300 artists": no room for "more than" in the phrase
        kinds = ["figure"] if "modified" in span.flags else ["figure", "comparative", "denial"]
    elif isinstance(span.value, EntityValue):
        # no "A or B" of names: a second name that fits the slot as well as the
        # first is rarely found, and a disjunction of misfits reads as nonsense
        # no role swaps of people or bodies: "Nero refused to act against Verginius"
        # is not refuted by the reverse; places ("from Ganja to Baku") may swap
        swaps = ["entity", "role"] if span.value.type in ("place", "region") else ["entity"]
        kinds = swaps if span.value.type in SWAPPABLE_ENTITY_TYPES else []
        around = (
            frame.text[max(0, frame.start - 1) : frame.start]
            + frame.text[frame.end : frame.end + 1]
        )
        if any(ch in around for ch in "–—-/"):
            kinds = []  # part of a compound ("Jamilli–Demirchidam–Ganlykend line")
        if re.search(r"\b(?:or|nor)\s+$", frame.text[: frame.start]) or re.match(
            r"\s*\b(?:or|nor)\b", frame.text[frame.end :]
        ):
            kinds = []  # one of alternatives ("fled to Armenia or Russia"): the other may still hold
        if OPEN_LIST_BEFORE.search(frame.text[: frame.start]):
            ctx.dropped["entity_in_open_list"] += 1
            kinds = []
        elif kinds and (
            span.role.endswith((">be", ">remain", ">become"))
            or re.search(r"\b(?:same|similar|likewise|similarly)\b", frame.text)
        ):
            # "Turkey is overwhelmingly Muslim", "functioned in the same manner":
            # a property or a likeness other names may share
            ctx.dropped["entity_in_a_state"] += 1
            kinds = []
        elif kinds and "open_slot" in span.flags:
            # "he and Pound had been corresponding": another name may share the slot
            ctx.dropped["entity_in_open_slot"] += 1
            kinds = []
        elif kinds and "loose_slot" in span.flags:
            # "Armenia proclaimed its independence": another may have done the same
            ctx.dropped["entity_in_loose_slot"] += 1
            kinds = []
        elif kinds and "one_value" not in span.flags:
            # "Iran downed drones" does not rule out Russia: a name changes only where
            # the slot holds one ("born in Webster", "directed by Sam Mendes"); elsewhere
            # the change is a NOT ENOUGH INFO claim (kept under --nei)
            ctx.dropped["entity_in_shared_slot"] += 1
            unsettled = make_pair("entity", frame, span, sentence, ctx)
            return None if unsettled is None else replace(unsettled, settled=False)
        if "entity" in kinds:
            kinds.append("denial")  # "born in Webster": "not born in Paris" holds
    elif span.kind in ("ordinal", "identifier"):
        # "the 5th Battalion also attacked", "the 11th Army invaded": another unit is not
        # ruled out (a slot with one value is never "also" shared: see ``one_value``)
        kinds = ["identifier", "disjunction"] if "one_value" in span.flags else []
        if not kinds:
            ctx.dropped["identifier_in_shared_slot"] += 1
        if BOUND_BEFORE.search(frame.text[: frame.start]):
            kinds = []  # "by the 15th century" also holds "by the 16th"
    else:
        kinds = []
    if "open_slot" in span.flags or re.match(r"\s?['’]s?\b", frame.text[frame.end :]):
        # "the 1st and 5th battalions", "A or B's reign": an "or" spliced into a
        # list or a possessive reads as nonsense
        kinds = [k for k in kinds if k != "disjunction"]
    # a denial is made besides a fact's other pairs, never instead of one
    kinds = [k for k in kinds if k not in exclude and (k in only if only else k != "denial")]
    ctx.rng.shuffle(kinds)
    kinds.sort(key=lambda k: ctx.used[k])
    options = []
    for kind in kinds:
        pair = make_pair(kind, frame, span, sentence, ctx, avoid=avoid)
        if pair is not None:
            options.append(pair)
    if not options:
        return None

    # prefer the pair that moves the missing-words balance back towards zero,
    # then the least-used mutation type
    def cost(pair: Pair) -> tuple[int, int, int]:
        whole = ctx.whole_balance + whole_effect(pair, sentence.text)
        moved = ctx.overlap_balance + sign(effect(pair, sentence.text))
        return max(0, whole), abs(moved), ctx.used[kind_key(pair)]

    chosen = min(options, key=cost)
    if over_budget(chosen, sentence.text, ctx):
        # too many pairs already whose SUPPORTS claim alone copies the source's words
        ctx.dropped["overlap_balance"] += 1
        return None
    return chosen  # counted (``context.account``) by the caller once its claims are made


# A date on a state ("were led by X in February 1994") does not say the state
# did not also hold at another date; only dated events are changed.
STATIVE = re.compile(
    r"\b(?:was|were|is|are|had been|has been)\s+(?:led|under|in|part|home|still|controlled|governed|"
    r"commanded|held|based|stationed|located|composed|made up)\b|\b(?:remained|lived|served|controlled|"
    r"governed|held|consisted|numbered|totalled|existed|stayed|continued)\b"
    # trends recur: "tensions grew in early 2008" does not rule out 2006
    r"|\b(?:grew|rose|increased|decreased|declined|escalated|intensified|worsened|improved)\b"
)


BOUND_BEFORE = re.compile(
    r"\b(?:by|until|till|before|after|since|from|to|between|through|and|or|as of)\s+(?:(?:early|mid|late)[- ])?$"
    r"|\bby (?:the )?(?:end|middle|start|beginning|close) of\s+$|\bby the\s+$",
    re.IGNORECASE,
)


def make_pair(
    kind: str,
    frame: Frame,
    span: Span,
    sentence: Sentence,
    ctx: Context,
    *,
    avoid: tuple[str, ...] = (),
) -> Pair | None:
    if kind != "negation" and NEGATION_CUES.search(frame.text):
        # "Iran never sent soldiers" for "Turkey never sent soldiers": a changed value in
        # a negative clause is not stated, not ruled out
        ctx.dropped["change_in_a_negative_clause"] += 1
        return None
    if isinstance(span.value, DateValue) and STATIVE.search(frame.text):
        ctx.dropped["date_of_a_state"] += 1
        return None
    if isinstance(span.value, DateValue) and BOUND_BEFORE.search(frame.text[: frame.start]):
        # "halted by October 1992" is also true "by October 1993": a bound, not a date
        ctx.dropped["date_is_a_bound"] += 1
        return None
    if kind == "denial":
        return denial_pair(frame, span, sentence, ctx, avoid=avoid)
    if kind == "comparative":
        if isinstance(span.value, DateValue):
            return date_comparative(frame, span, ctx)
        return comparative(frame, span, sentence, ctx)
    if kind == "role":
        return role_swap(frame, span, ctx)
    if kind == "disjunction":
        return disjunction(frame, span, sentence, ctx)
    replacement = new_value(kind if kind != "negation" else span.kind, frame, span, sentence, ctx)
    if replacement is None:
        return None
    false_frame = with_article(frame.replace(replacement))
    if kind == "negation" and ATTRIBUTION.search(frame.text):
        # "According to X in an interview in March 1997, ... had not ...": the
        # date may belong to the report, not to what it reports
        ctx.dropped["negation_of_a_report"] += 1
        return None
    if kind == "negation":
        # only a dated event ("On 30 March 1998, X was elected") negates safely
        if not dates_one_event(frame, span):
            ctx.dropped["negation_not_an_event_date"] += 1
            return None
        if year_of(replacement) == year_of(frame.fact) or year_of(replacement) is None:
            ctx.dropped["negation_same_year"] += 1
            return None
        # "plain": "Seven soldiers were not killed in May 1992" may be true of seven others
        true_text = negate(false_frame.text, avoid=(false_frame.start, false_frame.end), plain=True)
        false_text = negate(frame.text, avoid=(frame.start, frame.end), plain=True)
        if true_text is None or false_text is None:
            ctx.dropped["negation_no_auxiliary"] += 1
            return None
        return Pair("negation", true_text, false_text, frame.fact, replacement, "negation")
    supports, form = frame.text, "clause"
    if kind == "figure":
        rounded = rounded_generalised(frame, span, replacement, ctx)
        if rounded is not None:
            return rounded
    if kind == "date":
        by_decade = decade_generalised(frame, span, replacement, ctx)
        if by_decade is not None:
            return by_decade
        general = generalise_date(frame, span)
        if general is not None and ctx.rng.random() < 0.8:
            shifted = generalise_date(false_frame, span, year_text=year_of(replacement))
            if shifted is not None and shifted != general:
                return Pair("date", general, shifted, frame.fact, replacement, "generalise")
    return Pair(kind, supports, false_frame.text, frame.fact, replacement, form)
