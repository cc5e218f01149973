"""Pairs of a structured fact: an infobox field, a table cell, a comparison of a table row's
two sides, or a person's dates of birth and death from the lead, each written as a sentence
(see :mod:`fever_builder.claims.structured`).

Its date or figure is changed, or an outcome word flipped; for the day a life or an event
began or ended, one pair of each kind is made, and each is a partner for a prose fact about
the same subject (see :mod:`fever_builder.claims.writers.conjunction`).
"""

from __future__ import annotations

from fever_builder.claims import mutations as m
from fever_builder.claims.choose import pair_for
from fever_builder.claims.context import PAIRS_PER_FACT, Context, Pair, account, kind_key
from fever_builder.claims.evidence import digest, pair_claims
from fever_builder.claims.frames import Frame
from fever_builder.claims.model import Claim, Evidence
from fever_builder.claims.structured import StructuredFact, subject_name
from fever_builder.claims.writers.antonym import antonym_pair
from fever_builder.claims.writers.conjunction import joinable
from fever_builder.corpus import Page, Sentence
from fever_builder.facts import extract
from fever_builder.facts.spans import Span

# the facts of a field a pair changes
_CHANGED = ("date", "figure")
# structured facts of a day something began or ended: one value, so each kind of pair holds
_DAYS_OF = frozenset({"lifespan", "infobox"})


def field_claims(fact: StructuredFact, page: Page, ctx: Context) -> list[Claim]:
    """The pairs of an infobox field, a table cell or a lead's date written as a sentence:
    one, or for the day a life or an event began or ended one of each kind ("on 10 April
    1988", "before 1990"). Each of these is also a partner for a fact about the same
    subject from the prose ("The Battle of Kalbajar began on March 27, 1993 and ...")."""
    ctx.page = fact.page
    ctx.parsed = None  # a sentence written from a field has no parse
    group = "s" + digest(f"{fact.page}|{fact.sentence_id}")
    line = Sentence(fact.sentence_id, fact.evidence, group=group)
    if fact.kind == "compare":
        # the two sides of a table row the other way round: the same words, so wording
        # alone says nothing of the label
        pairs = [Pair("comparative", fact.sentence, fact.reversed, "", "", "compare")]
    else:
        spans = [s for s in extract(fact.sentence, lexicon=ctx.lexicon) if s.kind in _CHANGED]
        pairs = []
        pair = _field_pair(fact, spans, line, ctx)
        while pair is not None:
            pairs.append(pair)
            if fact.kind not in _DAYS_OF or len(pairs) == PAIRS_PER_FACT:
                break
            kinds = tuple(k for p in pairs for k in (kind_key(p), p.mutation, "disjunction"))
            pair = _field_pair(fact, spans, line, ctx, exclude=kinds)
    claims = []
    for pair in pairs:
        pair_id = digest(f"{fact.page}|{fact.sentence_id}|{pair.supports}|{pair.refutes}")
        made = pair_claims(
            pair,
            pair_id=pair_id,
            evidence=((Evidence(fact.page, fact.sentence_id, fact.evidence),),),
            page=fact.page,
            sentence_id=fact.sentence_id,
            group=group,
            generators=(m.GENERATORS[fact.kind], m.GENERATORS[fact.kind]),
        )
        claims += made
        if made and fact.kind in _DAYS_OF:
            item = joinable(page, line, (), len(subject_name(page.title)), pair)
            if item is not None:
                ctx.joinables.append(item)
    return claims


def _field_pair(
    fact: StructuredFact,
    spans: list[Span],
    line: Sentence,
    ctx: Context,
    *,
    exclude: tuple[str, ...] = (),
) -> Pair | None:
    """The pair of an infobox field or table cell (its ``line``): one of its ``spans`` (its
    dates and figures) changed, or an outcome word flipped. ``exclude`` are kinds of pair
    already made of it."""
    pair = None
    for span in spans:
        frame = Frame(fact.sentence, span.start, span.end)
        pair = pair_for(frame, span, line, ctx, exclude=exclude)
        if pair is not None:
            account(pair, line.text, ctx)
            break
    if pair is None and exclude:
        return None  # no other kind of pair: the first was counted
    if pair is None:
        pair = antonym_pair(
            fact.sentence,
            [(s.start, s.end) for s in spans],
            lambda start, end: Frame(fact.sentence, start, end),
            ctx,
        )
        if pair is not None:
            account(pair, fact.evidence, ctx)
    if pair is None:
        ctx.dropped[f"{fact.kind}_no_mutation"] += 1
        return None
    if pair.supports == pair.refutes:
        ctx.dropped["no_change"] += 1
        return None
    return pair
