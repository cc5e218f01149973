"""New values for a fact, and the checks that the corpus nowhere states them.

Names come from the fact's own article first, then from articles sharing
names with it (``pools``), of the same voted type and role; dates and
figures are changed in their written form (``mutations``). A value is kept
only if no text of the shard gives it in the same role.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from fever_builder.claims import mutations as m
from fever_builder.claims.context import WORD, Context, by_word_balance
from fever_builder.claims.frames import Frame
from fever_builder.claims.pools import MAKER_ROLE, role_class
from fever_builder.corpus import Sentence
from fever_builder.facts import dates_and_numbers
from fever_builder.facts.spans import DateValue, EntityValue, FigureValue, Span


def new_value(
    kind: str,
    frame: Frame,
    span: Span,
    sentence: Sentence,
    ctx: Context,
    *,
    avoid: tuple[str, ...] = (),
    same_page_only: bool = False,
) -> str | None:
    """A new value for the fact that the corpus nowhere states in this role."""
    if kind == "date":
        options = by_word_balance(
            [
                m.shift_date(span, ctx.rng, years=ctx.pools.years.get(ctx.page, []))
                for _ in range(8)
            ],
            ctx,
        )
    elif kind == "figure":
        options = by_word_balance([m.change_figure(span, ctx.rng) for _ in range(8)], ctx)
        if _OUT_OF_100.search(frame.text[: frame.start]):
            # "a score of 86": Metacritic's scores, and most ratings, stop at 100
            options = [o for o in options if o is None or _within_100(o)]
    elif kind == "entity":
        options = entity_options(
            span, sentence, ctx, same_page_only=same_page_only, before=frame.text[: frame.start]
        )
    elif kind in ("ordinal", "identifier"):
        options = by_word_balance(
            [m.change_identifier(span, ctx.rng, pool=ctx.pools.identifiers) for _ in range(6)], ctx
        )
    else:
        return None
    inside = other_makers(frame, span, sentence.text, ctx) if kind == "entity" else []
    for option in [*inside, *options]:
        if option is None or option in frame.text or option in avoid:
            continue
        if option in sentence.text and option not in inside:
            # the sentence holds it elsewhere, perhaps in the same role ("arrived from the
            # US via Batumi, Georgia", "losses in 1992 ... started in 1993")
            ctx.dropped["replacement_in_the_sentence"] += 1
            continue
        if option not in inside and lean(option, ctx) <= -LEAN_LIMIT:
            # a value already in this many more REFUTES claims than SUPPORTS ones
            # would mark the label by itself
            ctx.dropped["replacement_leans_refutes"] += 1
            continue
        if kind == "date" and not keeps_date_order(span, option, ctx):
            # "removed in 1962, to be shown in 1963": 1965 would read as nonsense
            ctx.dropped["date_order_changed"] += 1
            continue
        # the entity checks run cheapest first: on a large shard most names
        # drawn are related to the original and fail the first
        if kind == "entity" and option not in inside and related(option, span.text, ctx):
            # names often mentioned together may contain each other (Stepanakert
            # in Nagorno-Karabakh) or share the role: a swap might stay true
            ctx.dropped["entity_often_together"] += 1
            continue
        if kind == "entity" and spelling_variant(option, span.text):
            ctx.dropped["entity_spelling_variant"] += 1
            continue
        if kind == "entity" and same_time_elsewhere(option, frame, ctx):
            # "By late February, Kalbajar had been cut off": another text puts
            # the new name in the same month or year, so the claim may be true
            ctx.dropped["entity_same_time_elsewhere"] += 1
            continue
        claim = frame.replace(option).text
        if option in inside:
            if ctx.index.is_sentence(claim):
                continue
            if ctx.index.states(claim, option, exclude_groups=(sentence.group,)) is not None:
                continue
            return option
        if ctx.index.is_sentence(claim):
            ctx.dropped["equals_corpus_sentence"] += 1
            continue
        if ctx.index.states(claim, option, exclude_groups=()) is not None:
            ctx.dropped["replacement_true_elsewhere"] += 1
            continue
        if inside_stated_range(claim, option, span, ctx):
            ctx.dropped["replacement_inside_stated_range"] += 1
            continue
        return option
    ctx.dropped[f"no_valid_{kind}"] += 1
    return None


_OUT_OF_100 = re.compile(r"\b(?:score|rating|grade|mark|approval)\s+of\s+$", re.IGNORECASE)


def _within_100(figure: str) -> bool:
    numbers = [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", figure)]
    return bool(numbers) and max(numbers) <= 100


def entity_options(
    span: Span, sentence: Sentence, ctx: Context, *, same_page_only: bool, before: str = ""
) -> list[str | None]:
    """Names of the fact's type from its own page, then from related pages.

    Within a tier, names the page holds in the same role come first, each
    tier ordered by the word balance.
    """
    value = span.value
    if not isinstance(value, EntityValue) or not ctx.types.sure(value.name):
        ctx.dropped["entity_type_unsure"] += 1
        return []
    # a person (actors, characters and critics share one article), or a name
    # after "the province of": one seen in the very same role ("nsubj>say")
    strict = value.type in ("person", "character") or span.role.startswith("pobj:of")
    role = role_class(span.role) if strict else span.role.partition(">")[0]
    # "the Philippines" takes "the", "Spain" does not: keep the sentence's article right
    the_before = before.endswith(("the ", "The "))
    match_the = (value.name in ctx.pools.with_the) == the_before
    out: list[str | None] = []
    tiers = ctx.pools.candidates(ctx.page, value.type, same_page_only=same_page_only)
    pages = [[ctx.page], ctx.pools.related.get(ctx.page, [])]
    for pool, where in zip(tiers, pages, strict=False):
        # a name of the same type that its article also gives in the same role
        # ("born in X", "X said"), so the claim makes sense; the pool depends on
        # the role and the article, so it is not cached per name
        pool = [
            n
            for n in pool
            if (not match_the or (n in ctx.pools.with_the) == the_before)
            and ctx.types.compatible(value.name, n)
            and any(ctx.pools.in_role(page, role, n) for page in where)
        ]
        drawn = m.swap_entity(
            span, ctx.rng, pool=pool, sentence=sentence.text, weights=ctx.pools.mentions
        )
        out += by_word_balance(list(drawn), ctx)
    return out


TIME_WORD = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"1[0-9]{3}|20[0-9]{2})\b"
)


LEAN_LIMIT = 5


def lean(option: str, ctx: Context) -> int:
    """How much more often the option's words stand in SUPPORTS claims than in REFUTES ones."""
    return min((ctx.words[w.casefold()] for w in WORD.findall(option)), default=0)


def keeps_date_order(span: Span, option: str, ctx: Context) -> bool:
    """Whether a new date keeps its order with the sentence's other dates (before stays before)."""
    value = span.value
    new = plain_facts(option)
    if not isinstance(value, DateValue) or value.start.year is None or not new:
        return True
    new_value = new[0].value
    if not isinstance(new_value, DateValue) or new_value.start.year is None:
        return True
    old_year, new_year = value.start.year, new_value.start.year
    for other in ctx.sentence_spans:
        if other.text == span.text or not isinstance(other.value, DateValue):
            continue
        year = other.value.start.year
        if year is None:
            continue
        if (old_year < year) != (new_year < year) or (old_year > year) != (new_year > year):
            return False
    return True


def same_time_elsewhere(option: str, frame: Frame, ctx: Context) -> bool:
    times = frozenset(
        t.casefold()
        for t in TIME_WORD.findall(frame.text[: frame.start] + " " + frame.text[frame.end :])
    )
    if not times:
        return False
    return bool(ctx.index.containing(option, with_any=times))


def is_region(name: str, ctx: Context) -> bool:
    """A place the corpus writes with "the" ("the Caucasus", "the Murov range"): a region."""
    return name in ctx.pools.regions


def related(a: str, b: str, ctx: Context) -> bool:
    """Names mentioned close together, or one inside the other ("Karabakh", "Nagorno-Karabakh").

    Places near each other may contain each other (Khojaly in
    Nagorno-Karabakh), so one mention nearby is enough for places and states.
    """
    parts_a, parts_b = (
        set(re.split(r"[\s–—-]+", a.casefold())),
        set(re.split(r"[\s–—-]+", b.casefold())),
    )
    if parts_a & parts_b:
        return True
    if is_region(a, ctx) or is_region(b, ctx):
        return True  # a region may contain the other place
    # types are voted and a country is never swapped with a town, so containment
    # ("Khojaly in Nagorno-Karabakh") is left to regions and shared words; names
    # often mentioned together may still share the role
    if ctx.types.type_of(a) != "place":
        return False
    return ctx.pools.cooccur.get((min(a, b), max(a, b)), 0) >= 3


def spelling_variant(a: str, b: str) -> bool:
    """ "Kelbajar" for "Kalbajar", "Ter-Petrosian" for "Ter-Petrosyan": the same name."""
    matcher = SequenceMatcher(None, a.casefold(), b.casefold())
    # the quick ratios are upper bounds of ratio(): most names fail them cheaply
    return (
        matcher.real_quick_ratio() >= 0.75
        and matcher.quick_ratio() >= 0.75
        and matcher.ratio() >= 0.75
    )


def other_makers(frame: Frame, span: Span, source: str, ctx: Context) -> list[str]:
    """Names the sentence gives another maker's role than the fact's, outside the claim:
    "directed by Sam Mendes and written by Alan Ball" offers Alan Ball for a claim on who
    directed. A false claim whose words all stand in the evidence cannot be told from a
    true one by word overlap. Any other value the sentence holds may share the fact's role
    ("arrived from the US via Batumi"), so none is offered."""
    if role_class(span.role) != MAKER_ROLE or not isinstance(span.value, EntityValue):
        return []
    roles: dict[str, set[str]] = {}
    for other in ctx.sentence_spans:
        if other.kind == "entity" and other.text != span.text and other.text not in frame.text:
            roles.setdefault(other.text, set()).add(other.role)
    return sorted(
        text
        for text, held in roles.items()
        if all(role_class(r) == MAKER_ROLE and r != span.role for r in held)
        and ctx.types.compatible(span.value.name, text)
        and not _named_again(text, source)
    )


def _named_again(name: str, text: str) -> bool:
    """Whether a word of ``name`` stands in ``text`` other than in ``name`` itself: "Terius
    Nash" and "produced by Stewart and Nash" may be one person."""
    rest = text.replace(name, " ")
    return any(re.search(rf"\b{re.escape(word)}\b", rest) for word in name.split())


@lru_cache(maxsize=65536)
def plain_facts(text: str) -> tuple[Span, ...]:
    """Dates and figures of a text (no lexicon needed), cached: corpus texts are checked often.

    The same spans as ``extract`` gives, without its search for names, which
    comes after dates and numbers and cannot change them.
    """
    spans = dates_and_numbers(text)
    return tuple(sorted((s for s in spans if s.kind in ("date", "figure")), key=lambda s: s.start))


def inside_stated_range(claim: str, option: str, span: Span, ctx: Context) -> bool:
    """True if a related corpus text gives a range that holds the new number or year."""
    new = plain_facts(option)
    if not new:
        return False
    value = new[0].value
    if isinstance(value, FigureValue):
        low, high = value.number, value.high if value.high is not None else value.number
    elif isinstance(value, DateValue) and value.start.year is not None:
        low = value.start.year
        high = value.end.year if value.end is not None and value.end.year else low
    else:
        return False
    for entry in ctx.index.related(claim.replace(option, " ")):
        for other in plain_facts(entry.text):
            v = other.value
            if isinstance(v, FigureValue) and isinstance(value, FigureValue) and v.high is not None:
                if v.number <= low <= v.high or v.number <= high <= v.high:
                    return True
            if isinstance(v, DateValue) and isinstance(value, DateValue) and v.end is not None:
                if v.start.year and v.end.year and (v.start.year <= low <= v.end.year):
                    return True
    return False
