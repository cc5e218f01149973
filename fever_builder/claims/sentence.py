"""The claims of one sentence: each mutable fact's pairs, made on the clause that holds it.

For each fact the analysis may change, the clause around it is cut
(``atomic``), checked for what the cut lost, and given to the writers
(``choose``); the pair is said with its subject explicit and its evidence
(``evidence``). Pairs that need no fact (an antonym flipped, a negation added
or taken out) come after, while the sentence has room.
"""

from __future__ import annotations

import re

from fever_builder.analysis.records import Parsed
from fever_builder.claims.atomic import atomic_frame
from fever_builder.claims.choose import pair_for
from fever_builder.claims.context import (
    MIN_CLAIM_WORDS,
    PAIRS_PER_FACT,
    Context,
    Pair,
    account,
    kind_key,
    over_budget,
)
from fever_builder.claims.evidence import claims_of, resolve_pair, resolve_subject
from fever_builder.claims.frames import Frame, is_claim
from fever_builder.claims.lost import (
    award_unnamed,
    contest_unnamed,
    conversion_left_out,
    duration_unnamed,
    occasion_unnamed,
    scope_lost,
)
from fever_builder.claims.model import Claim
from fever_builder.claims.names import full_names, in_full, namesakes, page_person_in_full
from fever_builder.claims.paraphrase import paraphrase
from fever_builder.claims.reword import reword_pair
from fever_builder.claims.validity import is_verbatim
from fever_builder.claims.writers.antonym import antonym_pair
from fever_builder.claims.writers.conjunction import ClauseSource, joinable
from fever_builder.claims.writers.negation import plain_negation_pair
from fever_builder.corpus import Page, Sentence
from fever_builder.facts.spans import Span

MAX_PAIRS_PER_SENTENCE = 6
# claims people write are short: a clause longer than this is not one fact
MAX_CLAIM_WORDS = 20
# a clause longer than this is cut tighter, if it can be
TIGHT_ABOVE = 12
# of the clauses that can be turned passive, the share that is (both claims of a pair alike)
PASSIVE_SHARE = 1.0


# flags of the analysis (fever_builder.facts.flags) under which a fact is not changed at all
REFUSING_FLAGS = frozenset(
    {
        "time",
        "in_name",
        "conversion",
        "score",
        "unit_compound",
        "era_year",
        "date_part",
        "date_subject",
        "age",
        "year_range",
        "counted_list",
        "record",
        "occasions",
        "habitual",
        "paired_list",
        "per_occasion",
        "bare_year",
        "in_quote",
        "bounded",
        "in_title",
        "in_a_name",
    }
)


def sentence_claims(
    page: Page, position: int, sentence: Sentence, parsed: Parsed, spans: list[Span], ctx: Context
) -> list[Claim]:
    """The pairs of one sentence: each made on the clause that holds its fact (see ``atomic``)."""
    ctx.page = page.title
    text = sentence.text
    offset_spans = [(s.start, s.end) for s in spans]
    candidates = [s for s in spans if s.mutable]
    ctx.rng.shuffle(candidates)
    ctx.sentence_spans = spans
    ctx.parsed = parsed
    claims: list[Claim] = []
    pairs = 0

    def claims_for(pair: Pair | None, subject: int = 0) -> list[Claim]:
        made = _claims(pair, subject)
        if made and pair is not None and pair.settled:
            # counted for the balances only once its claims are made, so that a pair
            # dropped on the way (a duplicate, an unresolved subject) leaves none behind
            account(pair, text, ctx)
        return made

    def _claims(pair: Pair | None, subject: int) -> list[Claim]:
        if pair is None:
            return []
        pair = reword_pair(pair, ctx.rng)
        entity = ctx.subjects.get(page.title)
        explicit = resolve_pair(page, position, pair, subject=entity, parsed=parsed)
        if explicit is None:
            return []
        opening = explicit.supports[: subject + len(explicit.supports) - len(pair.supports)]
        if page.title not in ctx.full_names:
            ctx.full_names[page.title] = full_names(page, ctx.types, ctx.lexicon)
        resolved = in_full(
            explicit,
            [],
            sentence,
            ctx.full_names[page.title],
            max_words=MAX_CLAIM_WORDS,
            own=entity.name if entity is not None else None,
        )
        if page.title not in ctx.namesakes:
            ctx.namesakes[page.title] = namesakes(page, entity, ctx.types)
        in_full_pair = page_person_in_full(
            resolved[0], entity, max_words=MAX_CLAIM_WORDS, namesakes=ctx.namesakes[page.title]
        )
        # the subject named after the page ("He" or "Lesnar" as "Brock Lesnar")
        # (or "the film" said by the page's name in the cut: the name is not the sentence's)
        name = page.title.split(" (")[0]
        after_page = in_full_pair.supports != pair.supports or (
            name in in_full_pair.supports and name not in sentence.text
        )
        resolved = (in_full_pair, resolved[1])
        if pair.settled and is_verbatim(resolved[0].supports, [sentence.text]):
            ctx.dropped["verbatim_copy"] += 1  # a copy of its sentence teaches only to diff
            return []
        made = claims_of(resolved[0], page, sentence, resolved[1], ctx, resolved=after_page)
        if made and subject and pair.settled:
            named = ctx.full_names[page.title].get(opening)
            if named is not None and resolved[0].supports.startswith(named[0] + " "):
                opening = named[0]  # the subject was a surname, now in full
            elif entity is not None and opening == entity.short:
                if resolved[0].supports.startswith(entity.name + " "):
                    opening = entity.name  # the page's own person, named as its title does
            item = joinable(page, sentence, resolved[1], len(opening), resolved[0])
            if item is not None and item.subject == opening:
                ctx.joinables.append(item)
        return made

    for span in candidates:
        if pairs >= MAX_PAIRS_PER_SENTENCE:
            break
        refused = next((f for f in span.flags if f in REFUSING_FLAGS), None)
        if refused is not None:
            ctx.dropped[f"{span.kind}_{refused}"] += 1
            continue
        if _in_number_range(text, span):
            ctx.dropped["figure_in_range"] += 1
            continue
        frame = _claim_frame(page, position, parsed, span.start, span.end, ctx)
        if frame is None:
            continue
        if "converted" in span.flags and not conversion_left_out(
            text, span, frame.text, frame.end, spans
        ):
            ctx.dropped["figure_conversion"] += 1  # "166 km/h (103 mph)": one side changed
            continue
        frame = paraphrase(frame, ctx.rng)
        if not is_claim(frame.text):
            ctx.dropped["not_a_claim"] += 1
            continue
        lost = scope_lost(text, parsed, span, frame.text)
        if lost is None and award_unnamed(frame.text, text):
            lost = "award_unnamed"
        if lost is None and span.kind == "figure":
            subject = frame.text[: frame.subject]
            if occasion_unnamed(frame.text, subject, ctx.subjects.get(page.title), ctx.types):
                lost = "occasion_lost"
            elif contest_unnamed(frame.text):
                lost = "of_a_recurring_contest"
            elif duration_unnamed(frame.text, frame.start, frame.end):
                lost = "duration_of_an_act"
        if lost is not None:
            ctx.dropped[f"{span.kind}_{lost}"] += 1  # a figure of one time, said of any
            continue
        pair = pair_for(frame, span, sentence, ctx)
        made = claims_for(pair, frame.subject)
        claims.extend(made)
        if pair is not None and not pair.settled:
            continue  # a NOT ENOUGH INFO claim: no pair, and no more of this fact
        pairs += bool(made)
        # the kinds of this fact's pairs, and the values they used
        kinds = {pair.mutation} if pair is not None and made else set()
        avoid: tuple[str, ...] = (pair.replacement,) if pair is not None else ()
        # more pairs from the same fact, each of another kind ("more than 3,000"
        # besides "4,500"), while the sentence has room
        exclude: tuple[str, ...] = ()
        for extra in range(PAIRS_PER_FACT - 1):
            if pair is None or not made or pairs >= MAX_PAIRS_PER_SENTENCE:
                break
            exclude = (*exclude, kind_key(pair), pair.mutation)
            if extra:
                # "A or B" claims are far from the claims people write: not a third time
                exclude = (*exclude, "disjunction")
            pair = pair_for(frame, span, sentence, ctx, exclude=exclude)
            made = claims_for(pair, frame.subject)
            claims.extend(made)
            pairs += bool(made)
            if pair is not None and made:
                avoid = (*avoid, pair.replacement)
                kinds.add(pair.mutation)
        if kinds and "negation" not in kinds and pairs < MAX_PAIRS_PER_SENTENCE:
            # a fact whose change the sentence rules out is also denied ("was not born in
            # 1985"): the pairs that put "not" on the SUPPORTS side; not beside a pair
            # that already negates it
            pair = pair_for(frame, span, sentence, ctx, avoid=avoid, only=("denial",))
            made = claims_for(pair, frame.subject)
            claims.extend(made)
            pairs += bool(made)

    def frame_at(start: int, end: int) -> Frame | None:
        return _claim_frame(page, position, parsed, start, end, ctx)

    ctx.clauses.append(ClauseSource(page, position, sentence, parsed, tuple(spans)))

    # pairs that need no fact: an antonym flipped, a negation added or taken out
    for make in (antonym_pair, plain_negation_pair):
        if pairs >= MAX_PAIRS_PER_SENTENCE:
            break
        extra = make(text, offset_spans, frame_at, ctx)
        if extra is not None and over_budget(extra, text, ctx):
            ctx.dropped["overlap_balance"] += 1
            extra = None
        if extra is not None:
            made = claims_for(extra)
            if made:
                claims.extend(made)
                pairs += 1
    return claims


def _claim_frame(
    page: Page, position: int, parsed: Parsed, start: int, end: int, ctx: Context
) -> Frame | None:
    """The atomic clause around ``[start, end)``, if it makes a claim of the right length."""
    frame = None
    entity = ctx.subjects.get(page.title)
    if ctx.rng.random() < PASSIVE_SHARE:
        frame = atomic_frame(parsed, start, end, passive=True, page=entity, position=position)
    if frame is None or frame.text[:1].isdigit():
        # "33 battalions were dissolved by Aliyev": the active voice, where it does not
        # open on a numeral too
        active = atomic_frame(
            parsed,
            start,
            end,
            dropped=ctx.dropped if frame is None else None,
            page=entity,
            position=position,
        )
        if frame is None or (active is not None and not active.text[:1].isdigit()):
            frame = active
    if frame is not None and len(frame.text.split()) > TIGHT_ABOVE:
        frame = (
            atomic_frame(parsed, start, end, tight=True, page=entity, position=position) or frame
        )
    if frame is None:
        return None
    if resolve_subject(page, position, frame.text, subject=entity, parsed=parsed) is None:
        ctx.dropped["unresolved_pronoun_subject"] += 1
        return None
    words = len(frame.text.split())
    if words < MIN_CLAIM_WORDS:
        ctx.dropped["too_short"] += 1
        return None
    if words > MAX_CLAIM_WORDS:
        ctx.dropped["too_long"] += 1
        return None
    return frame


_RANGE_AFTER = re.compile(r"^\s*(?:to|or|and|-|–|—)\s*\d")


_RANGE_BEFORE = re.compile(r"\d\s*(?:to|or|and|-|–|—)\s*$|\bbetween\s*$")


def _in_number_range(text: str, span: Span) -> bool:
    """A figure or year that is one end of a written range ("8 to 11", "1500 – 1000 BC"):
    changing one end proves nothing."""
    if span.kind not in ("figure", "date"):
        return False
    return bool(_RANGE_AFTER.match(text[span.end :]) or _RANGE_BEFORE.search(text[: span.start]))
