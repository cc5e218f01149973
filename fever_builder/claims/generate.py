"""Claim generation: every page's facts become contrastive SUPPORTS/REFUTES pairs.

For one fact the two claims of a pair differ only in that fact (or, for
negation, both carry "not"), so wording alone does not give the label away.
A REFUTES claim is kept only if the corpus nowhere states it; a claim whose
truth cannot be settled is dropped and the drop counted by reason.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache

from fever_builder.claims import mutations as m
from fever_builder.claims.frames import Frame, frame_for, is_claim, paraphrase, with_article
from fever_builder.analysis import DEFAULT_MODEL, parse
from fever_builder.claims.model import Claim, Evidence
from fever_builder.claims.pools import Pools
from fever_builder.claims.structured import StructuredFact, structured_facts
from fever_builder.claims.validity import CorpusIndex, build_index, content_words
from fever_builder.corpus import Page, Sentence
from fever_builder.facts import extract
from fever_builder.facts.entities import Lexicon
from fever_builder.facts.named import NameTypes, analysed_facts
from fever_builder.facts.spans import DateValue, EntityValue, FigureValue, Span

PREFIX = "fever-builder/"
MAX_PAIRS_PER_SENTENCE = 6
MIN_CLAIM_WORDS = 5
# How far the pairs may lean towards REFUTES claims holding more words that
# are missing from the evidence than their SUPPORTS siblings (or the reverse).
BALANCE_TOLERANCE = 100000
SWAPPABLE_ENTITY_TYPES = ("person", "place", "unit", "organisation", "country", "work")
# flags of the analysis (fever_builder.facts.named) under which a fact is not changed at all
REFUSING_FLAGS = frozenset({"time", "in_name", "conversion", "score", "unit_compound", "era_year"})
_PRONOUN_START = re.compile(
    r"^(?:He|She|They|His|Her|Their|This|These|Those|Its|Such|Both|Another|Other)\b"
)
_TITLE_NOUNS = {"battle": "Battle of ", "operation": "Operation "}


@dataclass
class Generation:
    """The claims of a corpus and what was dropped, by reason."""

    claims: list[Claim] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)


@dataclass
class _Context:
    rng: random.Random
    index: CorpusIndex
    lexicon: Lexicon
    types: NameTypes
    pools: Pools
    groups: dict[str, list[tuple[str, Sentence]]]
    dropped: Counter[str] = field(default_factory=Counter)
    used: Counter[str] = field(default_factory=Counter)
    # the page whose sentence makes claims now: replacements come from it first
    page: str = ""
    # running balances that keep the label hidden: claim words missing from
    # the evidence (REFUTES minus SUPPORTS), and claims with a negation cue
    overlap_balance: int = 0
    cues: Counter[str] = field(default_factory=Counter)
    # word -> appearances in SUPPORTS claims minus in REFUTES claims: new
    # values are picked to even this out, so no word marks a label
    words: Counter[str] = field(default_factory=Counter)
    sentence_spans: list[Span] = field(default_factory=list)
    seen_claims: set[str] = field(default_factory=set)
    # (page, entity type) -> original name -> the pool's names that may replace it
    swappable: dict[tuple[str, str], dict[str, list[str]]] = field(default_factory=dict)


def generate(
    pages: Sequence[Page],
    *,
    seed: int = 0,
    sample: float = 1.0,
    sample_seed: int = 0,
    model: str = DEFAULT_MODEL,
) -> Generation:
    """Make contrastive claim pairs from every page, deterministically for a seed.

    The sentences claims are made from (one copy of each duplicate group) are
    parsed by the spaCy pipeline ``model``; their names, with types voted over
    all their mentions, feed the replacement pools of their page.

    With ``sample`` below 1, only that share of duplicate groups (and of
    infobox fields and table rows) makes claims, each drawn from
    ``sample_seed`` and its id alone: a group is in or out in every shard that
    gives it the same id (exact copies always; near-copies when the shard
    holds the same ones). Only drawn sentences are parsed and feed the
    replacement pools; every sentence still counts for the lexicon's common
    words, is indexed for the validity checks and is evidence.
    """
    structured = structured_facts(pages)
    index = build_index(pages)
    drawn = None
    if sample < 1.0:
        every = {s.group for page in pages for s in page.sentences}
        drawn = {g for g in every if in_sample(g, sample, sample_seed)}
        structured = [
            f for f in structured if in_sample(f"{f.page}/{f.sentence_id}", sample, sample_seed)
        ]
    lexicon = Lexicon.from_pages(pages, cues=drawn, runs=index.sentence_runs)
    groups: dict[str, list[tuple[str, Sentence]]] = {}
    for page in pages:
        for sentence in page.sentences:
            groups.setdefault(sentence.group, []).append((page.title, sentence))
    dropped: Counter[str] = Counter()
    sources = _claim_sentences(pages, groups, drawn, dropped)
    texts = sorted({sentence.text for _page, _position, sentence in sources})
    parsed = dict(zip(texts, parse(texts, model=model), strict=True))
    leads = [(page.title, page.sentences[0].text) for page in pages if page.sentences]
    lead_parses = dict(zip(
        [t for _title, t in leads], parse([t for _title, t in leads], model=model), strict=True
    ))
    types = NameTypes.vote(
        parsed.values(),
        lexicon=lexicon,
        leads=[(title, lead_parses[text]) for title, text in leads],
    )
    spans_by_text = {
        text: analysed_facts(text, parsed[text], types=types) for text in texts
    }
    pools = Pools.collect(sources, spans_by_text)
    ctx = _Context(
        rng=random.Random(seed),
        index=index,
        lexicon=lexicon,
        types=types,
        pools=pools,
        groups=groups,
        dropped=dropped,
    )
    result = Generation()
    for page, position, sentence in sources:
        result.claims.extend(
            _sentence_claims(page, position, sentence, spans_by_text[sentence.text], ctx)
        )
    for fact in structured:
        result.claims.extend(_structured_claims(fact, ctx))
    result.dropped = ctx.dropped
    return result


def _claim_sentences(
    pages: Sequence[Page],
    groups: dict[str, list[tuple[str, Sentence]]],
    drawn: set[str] | None,
    dropped: Counter[str],
) -> list[tuple[Page, int, Sentence]]:
    """The sentences claims are made from: one copy of each (drawn) duplicate group.

    The copy on the longest page makes the claims (the full article rather
    than a scraped part); all copies are evidence.
    """
    size = {page.title: len(page.sentences) for page in pages}
    order = {page.title: i for i, page in enumerate(pages)}
    canonical = {
        group: max(members, key=lambda m: (size[m[0]], -order[m[0]]))
        for group, members in groups.items()
    }
    seen_groups: set[str] = set()
    out = []
    for page in pages:
        for position, sentence in enumerate(page.sentences):
            if drawn is not None and sentence.group not in drawn:
                continue
            title, chosen = canonical[sentence.group]
            if (title, chosen.id) != (page.title, sentence.id) or sentence.group in seen_groups:
                dropped["duplicate_sentence"] += 1
                continue
            seen_groups.add(sentence.group)
            if sentence.text.rstrip().endswith(":"):
                dropped["list_lead_in"] += 1  # "... the time period was:" states nothing alone
                continue
            out.append((page, position, sentence))
    return out


def in_sample(key: str, share: float, seed: int) -> bool:
    """Whether a duplicate group (or a "page/id" of a structured fact) is in a sample of
    ``share``, drawn from ``seed`` and the key alone."""
    digest = hashlib.blake2b(f"{seed}/{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") < share * 2**64


def _sentence_claims(
    page: Page, position: int, sentence: Sentence, spans: list[Span], ctx: _Context
) -> list[Claim]:
    ctx.page = page.title
    subject = _resolve_subject(page, position, sentence)
    if subject is None:
        ctx.dropped["unresolved_pronoun_subject"] += 1
        return []
    text, naming = subject
    shift = len(text) - len(sentence.text)
    spans = [_moved(s, shift) for s in spans] if shift else spans
    offset_spans = [(s.start, s.end) for s in spans]
    candidates = [s for s in spans if s.mutable and s.start >= (shift if shift > 0 else 0)]
    ctx.rng.shuffle(candidates)
    ctx.sentence_spans = spans
    claims: list[Claim] = []
    pairs = 0
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
        if (
            span.kind == "figure"
            and re.search(r"(?<![.!?]\s)\b[A-Z][a-z]+\s+$", text[: span.start])
            and span.start > 0
        ):
            # "Helsinki Initiative 92", "Section 907": a number that is part of a name
            if not re.search(
                r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$",
                text[: span.start],
            ):
                ctx.dropped["figure_in_a_name"] += 1
                continue
        frame = paraphrase(frame_for(text, span.start, span.end, fact_spans=offset_spans), ctx.rng)
        if len(frame.text.split()) < MIN_CLAIM_WORDS:
            ctx.dropped["too_short"] += 1
            continue
        if not is_claim(frame.text):
            ctx.dropped["not_a_claim"] += 1
            continue
        pair = _pair_for(frame, span, sentence, ctx)
        if pair is None:
            continue
        made = _claims_of(pair, page, sentence, naming, ctx)
        claims.extend(made)
        pairs += bool(made)
        # a second pair from the same fact, of another kind ("more than 3,000"
        # besides "4,500"), while the sentence has room
        if made and pairs < MAX_PAIRS_PER_SENTENCE:
            second = _pair_for(frame, span, sentence, ctx, exclude=(_kind_key(pair), pair.mutation))
            if second is not None:
                more = _claims_of(second, page, sentence, naming, ctx)
                claims.extend(more)
                pairs += bool(more)
    # pairs that need no fact: an antonym flipped, a negation added or taken out
    for make in (_antonym_pair, _plain_negation_pair):
        if pairs >= MAX_PAIRS_PER_SENTENCE:
            break
        extra = make(text, offset_spans, sentence, ctx)
        if extra is not None:
            made = _claims_of(extra, page, sentence, naming, ctx)
            if made:
                _account(extra, sentence.text, ctx)
                claims.extend(made)
                pairs += 1
    return claims


@dataclass(frozen=True, slots=True)
class _Pair:
    mutation: str
    supports: str
    refutes: str
    original: str
    replacement: str
    support_form: str


_RANGE_AFTER = re.compile(r"^\s*(?:to|or|and|-|–|—)\s*\d")
_RANGE_BEFORE = re.compile(r"\d\s*(?:to|or|and|-|–|—)\s*$|\bbetween\s*$")


def _in_number_range(text: str, span: Span) -> bool:
    """A figure that is one end of a written range ("8 to 11"): changing one end proves nothing."""
    if span.kind != "figure":
        return False
    return bool(_RANGE_AFTER.match(text[span.end :]) or _RANGE_BEFORE.search(text[: span.start]))


# "including Kazakhstan, Belarus and Russia" names some members, not all:
# swapping one proves nothing
_OPEN_LIST_BEFORE = re.compile(
    r"\b(?:including|such as|among them|among others|like|notably|e\.g\.)\b[^.;:]*$"
)


def _pair_for(
    frame: Frame, span: Span, sentence: Sentence, ctx: _Context, *, exclude: tuple[str, ...] = ()
) -> _Pair | None:
    """Try the mutation types this fact allows, least-used first, until one works."""
    # negation pairs only change a date's year: "was not launched in 1995" is
    # true because an event dated 1993 happened once; a swapped name or
    # figure negated would only be "not stated", not false
    if isinstance(span.value, DateValue):
        kinds = ["date", "negation", "comparative", "disjunction"]
    elif isinstance(span.value, FigureValue):
        # "the country's top 300 artists": no room for "more than" in the phrase
        kinds = ["figure"] if "modified" in span.flags else ["figure", "comparative"]
    elif isinstance(span.value, EntityValue):
        # no "A or B" of names: a second name that fits the slot as well as the
        # first is rarely found, and a disjunction of misfits reads as nonsense
        kinds = ["entity", "role"] if span.value.type in SWAPPABLE_ENTITY_TYPES else []
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
        if _OPEN_LIST_BEFORE.search(frame.text[: frame.start]):
            ctx.dropped["entity_in_open_list"] += 1
            kinds = []
        elif kinds and "open_slot" in span.flags:
            # "he and Pound had been corresponding": another name may share the slot
            ctx.dropped["entity_in_open_slot"] += 1
            kinds = []
        if re.match(r"['’]s?\b", frame.text[frame.end :]):
            kinds = [k for k in kinds if k != "disjunction"]  # "A or B's reign" reads badly
    elif span.kind in ("ordinal", "identifier"):
        kinds = ["identifier", "disjunction"]
    else:
        kinds = []
    kinds = [k for k in kinds if k not in exclude]
    ctx.rng.shuffle(kinds)
    kinds.sort(key=lambda k: ctx.used[k])
    options = []
    for kind in kinds:
        pair = _try(kind, frame, span, sentence, ctx)
        if pair is not None:
            options.append(pair)
    if not options:
        return None

    # prefer the pair that moves the missing-words balance back towards zero,
    # then the least-used mutation type
    def cost(pair: _Pair) -> tuple[int, int]:
        moved = ctx.overlap_balance + _sign(_effect(pair, sentence.text))
        return abs(moved), ctx.used[_kind_key(pair)]

    chosen = min(options, key=cost)
    if cost(chosen)[0] > abs(ctx.overlap_balance) and abs(ctx.overlap_balance) >= BALANCE_TOLERANCE:
        ctx.dropped["overlap_balance"] += 1
        return None
    _account(chosen, sentence.text, ctx)
    return chosen


_WORD = re.compile(r"[\w’'-]+")


def _novel(text: str, source: str) -> int:
    """How many words of ``text`` the source sentence does not hold."""
    have = {w.casefold() for w in _WORD.findall(source)}
    return sum(w.casefold() not in have for w in _WORD.findall(text))


def _effect(pair: _Pair, source: str) -> int:
    """Missing words of the REFUTES claim minus those of the SUPPORTS claim."""
    return _novel(pair.refutes, source) - _novel(pair.supports, source)


def _sign(value: int) -> int:
    return (value > 0) - (value < 0)


def _kind_key(pair: _Pair) -> str:
    return (
        pair.support_form if pair.support_form in ("disjunction", "generalise") else pair.mutation
    )


def _account(pair: _Pair, source: str, ctx: _Context) -> None:
    ctx.used[_kind_key(pair)] += 1
    ctx.overlap_balance += _sign(_effect(pair, source))
    ctx.cues["SUPPORTS"] += bool(NEGATION_CUES.search(pair.supports))
    ctx.cues["REFUTES"] += bool(NEGATION_CUES.search(pair.refutes))
    for word in _WORD.findall(pair.supports):
        ctx.words[word.casefold()] += 1
    for word in _WORD.findall(pair.refutes):
        ctx.words[word.casefold()] -= 1


def _by_word_balance(options: list[str | None], ctx: _Context) -> list[str | None]:
    """Options whose words SUPPORTS claims hold more often first (stable otherwise)."""

    def lean(option: str | None) -> int:
        return -sum(ctx.words[w.casefold()] for w in _WORD.findall(option or "")) if option else 0

    return sorted(options, key=lean)


NEGATION_CUES = re.compile(
    r"\b(?:not|never|no|none|neither|nor|without)\b|n't\b|\bfailed to\b|\brefused to\b",
    re.IGNORECASE,
)


def _plain_negation_pair(
    text: str, fact_spans: list[tuple[int, int]], sentence: Sentence, ctx: _Context
) -> _Pair | None:
    """ "X was appointed" against "X was not appointed", or a negation taken out.

    A negation is added only while REFUTES claims carry no more negation cues
    than SUPPORTS claims, and taken out of sentences that have one, so "not"
    never marks a label.
    """
    removed = m.remove_negation(text)
    if removed is not None:
        frame_text = frame_for(text, 0, 0, fact_spans=fact_spans).text
        positive = m.remove_negation(frame_text)
        if positive is not None and not ctx.index.is_sentence(positive):
            return _Pair("negation", frame_text, positive, "not", "", "clause")
    if ctx.cues["REFUTES"] + 1 > ctx.cues["SUPPORTS"] * 1.2 + 2:
        return None
    frame = frame_for(text, 0, 0, fact_spans=fact_spans)
    negated = m.negate(frame.text, avoid=(0, 0), plain=True)
    if negated is None or ctx.index.is_sentence(negated):
        return None
    return _Pair("negation", frame.text, negated, "", "not", "clause")


# A date on a state ("were led by X in February 1994") does not say the state
# did not also hold at another date; only dated events are changed.
_STATIVE = re.compile(
    r"\b(?:was|were|is|are|had been|has been)\s+(?:led|under|in|part|home|still|controlled|governed|"
    r"commanded|held|based|stationed|located|composed|made up)\b|\b(?:remained|lived|served|controlled|"
    r"governed|held|consisted|numbered|totalled|existed|stayed|continued)\b"
)


_ATTRIBUTION = re.compile(
    r"\b(?:[Aa]ccording to|said|stated|reported|claimed|alleged|noted|wrote|told|interview)\b"
)
_BOUND_BEFORE = re.compile(
    r"\b(?:by|until|till|before|after|since|from|to|between|through|and|or)\s+(?:(?:early|mid|late)[- ])?$",
    re.IGNORECASE,
)


def _try(kind: str, frame: Frame, span: Span, sentence: Sentence, ctx: _Context) -> _Pair | None:
    if isinstance(span.value, DateValue) and _STATIVE.search(frame.text):
        ctx.dropped["date_of_a_state"] += 1
        return None
    if isinstance(span.value, DateValue) and _BOUND_BEFORE.search(frame.text[: frame.start]):
        # "halted by October 1992" is also true "by October 1993": a bound, not a date
        ctx.dropped["date_is_a_bound"] += 1
        return None
    if kind == "comparative":
        if isinstance(span.value, DateValue):
            return _date_comparative(frame, span, ctx)
        return _comparative(frame, span, sentence, ctx)
    if kind == "role":
        return _role_swap(frame, span, ctx)
    if kind == "disjunction":
        return _disjunction(frame, span, sentence, ctx)
    replacement = _replacement(
        kind if kind != "negation" else span.kind, frame, span, sentence, ctx
    )
    if replacement is None:
        return None
    false_frame = with_article(frame.replace(replacement))
    if kind == "negation" and _ATTRIBUTION.search(frame.text):
        # "According to X in an interview in March 1997, ... had not ...": the
        # date may belong to the report, not to what it reports
        ctx.dropped["negation_of_a_report"] += 1
        return None
    if kind == "negation":
        # only a dated event ("On 30 March 1998, X was elected") negates safely:
        # "since", "until" and periods ("the 1988–1989 period") do not
        value = span.value
        before = frame.text[: frame.start].split()[-1:] or [""]
        if (
            not isinstance(value, DateValue)
            or value.end is not None
            or value.modifier
            or before[0].casefold() not in ("in", "on")
            or re.match(r"\s*(?:period|time)\b", frame.text[frame.end :])
        ):
            ctx.dropped["negation_not_an_event_date"] += 1
            return None
        if _year_of(replacement) == _year_of(frame.fact) or _year_of(replacement) is None:
            ctx.dropped["negation_same_year"] += 1
            return None
        true_text = m.negate(false_frame.text, avoid=(false_frame.start, false_frame.end))
        false_text = m.negate(frame.text, avoid=(frame.start, frame.end))
        if true_text is None or false_text is None:
            ctx.dropped["negation_no_auxiliary"] += 1
            return None
        return _Pair("negation", true_text, false_text, frame.fact, replacement, "negation")
    supports, form = frame.text, "clause"
    if kind == "date":
        general = _generalise_date(frame, span)
        if general is not None and ctx.rng.random() < 0.8:
            shifted = _generalise_date(false_frame, span, year_text=_year_of(replacement))
            if shifted is not None and shifted != general:
                return _Pair("date", general, shifted, frame.fact, replacement, "generalise")
    return _Pair(kind, supports, false_frame.text, frame.fact, replacement, form)


def _replacement(
    kind: str,
    frame: Frame,
    span: Span,
    sentence: Sentence,
    ctx: _Context,
    *,
    avoid: tuple[str, ...] = (),
    same_page_only: bool = False,
) -> str | None:
    """A new value for the fact that the corpus nowhere states in this role."""
    if kind == "date":
        options = _by_word_balance(
            [m.shift_date(span, ctx.rng, years=ctx.pools.years.get(ctx.page, [])) for _ in range(4)],
            ctx,
        )
    elif kind == "figure":
        options = _by_word_balance([m.change_figure(span, ctx.rng) for _ in range(4)], ctx)
    elif kind == "entity":
        options = _entity_options(span, sentence, ctx, same_page_only=same_page_only)
    elif kind in ("ordinal", "identifier"):
        options = [m.change_identifier(span, ctx.rng, pool=ctx.pools.identifiers) for _ in range(2)]
    else:
        return None
    inside = _in_sentence_options(kind, frame, span, sentence, ctx)
    for option in [*inside, *options]:
        if option is None or option in frame.text or option in avoid:
            continue
        # the entity checks run cheapest first: on a large shard most names
        # drawn are related to the original and fail the first
        if kind == "entity" and option not in inside and _related(option, span.text, ctx):
            # names often mentioned together may contain each other (Stepanakert
            # in Nagorno-Karabakh) or share the role: a swap might stay true
            ctx.dropped["entity_often_together"] += 1
            continue
        if kind == "entity" and _spelling_variant(option, span.text):
            ctx.dropped["entity_spelling_variant"] += 1
            continue
        if kind == "entity" and _same_time_elsewhere(option, frame, ctx):
            # "By late February, Kalbajar had been cut off": another text puts
            # the new name in the same month or year, so the claim may be true
            ctx.dropped["entity_same_time_elsewhere"] += 1
            continue
        if option not in inside and option in sentence.text:
            continue
        claim = frame.replace(option).text
        if option in inside:
            if ctx.index.is_sentence(claim) or _shares_role(option, frame, sentence.text):
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
        if _inside_stated_range(claim, option, span, ctx):
            ctx.dropped["replacement_inside_stated_range"] += 1
            continue
        return option
    ctx.dropped[f"no_valid_{kind}"] += 1
    return None


_TIME_WORD = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"1[0-9]{3}|20[0-9]{2})\b"
)


def _entity_options(
    span: Span, sentence: Sentence, ctx: _Context, *, same_page_only: bool
) -> list[str | None]:
    """Names of the fact's type from its own page, then from related pages.

    Within a tier, names the page holds in the same role come first, each
    tier ordered by the word balance.
    """
    value = span.value
    if not isinstance(value, EntityValue) or not ctx.types.sure(value.name):
        ctx.dropped["entity_type_unsure"] += 1
        return []
    out: list[str | None] = []
    tiers = ctx.pools.candidates(ctx.page, value.type, same_page_only=same_page_only)
    pages = [[ctx.page], ctx.pools.related.get(ctx.page, [])]
    for tier, (pool, where) in enumerate(zip(tiers, pages, strict=False)):
        # a careful swap: a name of the same type that its article also gives
        # in the same role ("born in X", "X said"), so the claim makes sense
        pool = [
            n
            for n in pool
            if ctx.types.compatible(value.name, n)
            and any(ctx.pools.in_role(page, span.role, n) for page in where)
        ]
        cache = ctx.swappable.setdefault((f"{ctx.page}/{tier}", value.type), {})
        drawn = m.swap_entity(
            span, ctx.rng, pool=pool, sentence=sentence.text, weights=ctx.pools.mentions, cache=cache
        )
        out += _by_word_balance(list(drawn), ctx)
    return out


def _same_time_elsewhere(option: str, frame: Frame, ctx: _Context) -> bool:
    times = frozenset(
        t.casefold()
        for t in _TIME_WORD.findall(frame.text[: frame.start] + " " + frame.text[frame.end :])
    )
    if not times:
        return False
    return bool(ctx.index.containing(option, with_any=times))


def _is_region(name: str, ctx: _Context) -> bool:
    """A place the corpus writes with "the" ("the Caucasus", "the Murov range"): a region."""
    return name in ctx.pools.regions


def _related(a: str, b: str, ctx: _Context) -> bool:
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
    if _is_region(a, ctx) or _is_region(b, ctx):
        return True  # a region may contain the other place
    # types are voted and a country is never swapped with a town, so containment
    # ("Khojaly in Nagorno-Karabakh") is left to regions and shared words; names
    # often mentioned together may still share the role
    if ctx.types.type_of(a) != "place":
        return False
    return ctx.pools.cooccur.get((min(a, b), max(a, b)), 0) >= 3


def _spelling_variant(a: str, b: str) -> bool:
    """ "Kelbajar" for "Kalbajar", "Ter-Petrosian" for "Ter-Petrosyan": the same name."""
    matcher = SequenceMatcher(None, a.casefold(), b.casefold())
    # the quick ratios are upper bounds of ratio(): most names fail them cheaply
    return (
        matcher.real_quick_ratio() >= 0.75
        and matcher.quick_ratio() >= 0.75
        and matcher.ratio() >= 0.75
    )


def _in_sentence_options(
    kind: str, frame: Frame, span: Span, sentence: Sentence, ctx: _Context
) -> list[str]:
    """Values of the fact's type that the source sentence holds outside the claim.

    Using one makes a false claim whose words all appear in the evidence, so
    word overlap cannot tell it from a true one.
    """
    out = []
    for other in ctx.sentence_spans:
        if other.text == span.text or other.text in frame.text or other.kind != span.kind:
            continue
        a, b = other.value, span.value
        if (
            isinstance(a, EntityValue)
            and isinstance(b, EntityValue)
            and ctx.types.compatible(b.name, a.name)
            or (
                isinstance(a, DateValue)
                and isinstance(b, DateValue)
                and a.precision == b.precision
                and a.fmt == b.fmt
            )
            or (
                isinstance(a, FigureValue)
                and isinstance(b, FigureValue)
                and not a.vague
                and a.high is None
                and b.high is None
                and a.percent == b.percent
                and a.number
                and b.number
                and 0.1 <= a.number / b.number <= 10
                and a.number != b.number
            )
        ):
            out.append(other.text)
    return sorted(set(out))


def _shares_role(option: str, frame: Frame, source: str) -> bool:
    """True if the words around ``option`` in the source share a content word with the claim.

    "captured Lachin in 1992 and Kalbajar in 1993": Kalbajar shares "captured"
    with a claim about Lachin, so it may hold the same role.
    """
    position = source.find(option)
    if position < 0:
        return True
    window = " ".join(source[:position].split()[-6:] + source[position + len(option) :].split()[:6])
    frame_words = content_words(frame.text[: frame.start] + " " + frame.text[frame.end :])
    return bool(frame_words & (content_words(window) - content_words(option)))


@lru_cache(maxsize=65536)
def _plain_facts(text: str) -> tuple[Span, ...]:
    """Dates and figures of a text (no lexicon needed), cached: corpus texts are checked often."""
    return tuple(s for s in extract(text) if s.kind in ("date", "figure"))


def _inside_stated_range(claim: str, option: str, span: Span, ctx: _Context) -> bool:
    """True if a related corpus text gives a range that holds the new number or year."""
    new = _plain_facts(option)
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
        for other in _plain_facts(entry.text):
            v = other.value
            if isinstance(v, FigureValue) and isinstance(value, FigureValue) and v.high is not None:
                if v.number <= low <= v.high or v.number <= high <= v.high:
                    return True
            if isinstance(v, DateValue) and isinstance(value, DateValue) and v.end is not None:
                if v.start.year and v.end.year and (v.start.year <= low <= v.end.year):
                    return True
    return False


def _comparative(frame: Frame, span: Span, sentence: Sentence, ctx: _Context) -> _Pair | None:
    bounds = m.comparative_bounds(span)
    before = [w.strip(",;:()").casefold() for w in frame.text[: frame.start].split()[-2:]] or [""]
    if bounds is None or before[-1] in _APPROX_WORDS | _DETERMINERS:
        return None
    if " ".join(before) in (
        "at most",
        "at least",
        "up to",
        "as many",
        "as few",
        "no more",
        "no fewer",
    ):
        return None  # "at most, 1,000": a bound, so "more than 500" is not implied
    lower, upper = bounds
    # half the false claims keep the text's own figure ("more than 3,500" where
    # it says 3,500), so the changed number is as often in the true claim
    keep_original = True
    if ctx.rng.random() < 0.5:
        true, false = f"more than {lower}", f"more than {frame.fact if keep_original else upper}"
    else:
        fewer = "fewer" if _countable(frame.text[frame.end :]) else "less"
        true, false = (
            f"{fewer} than {upper}",
            f"{fewer} than {frame.fact if keep_original else lower}",
        )
    return _Pair(
        "comparative",
        frame.replace(true).text,
        frame.replace(false).text,
        frame.fact,
        false,
        "comparative",
    )


def _disjunction(frame: Frame, span: Span, sentence: Sentence, ctx: _Context) -> _Pair | None:
    """ "A or B did X" (true: A did) against "B or C did X" (false: neither did).

    Both claims hold "or" and a value the evidence does not, so neither the
    wording nor the words missing from the evidence tell the labels apart.
    """
    if isinstance(span.value, DateValue):
        base = "date"
    elif span.kind in ("ordinal", "identifier"):
        base = "identifier"
    else:
        base = "entity"
    if base == "date" and (span.value.end is not None or span.value.modifier):
        return None
    # both alternatives from the fact's own article, so both fit the slot
    first = _replacement(base, frame, span, sentence, ctx, same_page_only=True)
    if first is None:
        return None
    second = _replacement(
        base, frame.replace(first), span, sentence, ctx, avoid=(frame.fact,), same_page_only=True
    )
    if second is None or second == first:
        return None
    true = f"{frame.fact} or {first}" if ctx.rng.random() < 0.5 else f"{first} or {frame.fact}"
    false = f"{first} or {second}" if ctx.rng.random() < 0.5 else f"{second} or {first}"
    if base == "date":
        # "in 1993 or 1994": the second date drops its preposition
        true, false = true.replace(" or ", " or ", 1), false
    return _Pair(
        base, frame.replace(true).text, frame.replace(false).text, frame.fact, false, "disjunction"
    )


def _date_comparative(frame: Frame, span: Span, ctx: _Context) -> _Pair | None:
    """ "in 1993" -> "before 1995" (true) against "before 1993" or "before 1991" (false)."""
    value = span.value
    if not isinstance(value, DateValue) or value.end is not None or value.start.year is None:
        return None
    # a dated day or month is an event; a bare year often dates a state ("a ban
    # in 1992"), which still holds "after 1992"
    if value.precision not in ("day", "month") or value.modifier:
        return None
    match = re.search(r"\b(in|on|during)\s+$", frame.text[: frame.start], re.IGNORECASE)
    if not match:
        return None
    year = value.start.year
    later, earlier = ctx.rng.choice([1, 2, 3]), ctx.rng.choice([1, 2, 3])
    # the false claim keeps the text's own year: an event of 1993 is not "before 1993"
    variants = [(f"before {year + k}", f"before {year}") for k in (1, 2, 3)]
    variants += [(f"after {year - k}", f"after {year}") for k in (1, 2, 3)]
    ctx.rng.shuffle(variants)
    true, false = max(
        variants,
        key=lambda v: (
            ctx.words[v[0].split()[1]] - ctx.words[v[1].split()[1]] + ctx.words[v[1].split()[0]]
        ),
    )
    del later, earlier
    if match.group(1)[0].isupper():
        true, false = true.capitalize(), false.capitalize()
    head, tail = frame.text[: match.start()], frame.text[frame.end :]
    return _Pair(
        "comparative", head + true + tail, head + false + tail, frame.fact, false, "comparative"
    )


# Two names in different roles: "marched from Ganja towards Baku".
_ROLE_BETWEEN = re.compile(
    r"\b(?:from|to|towards|toward|by|against|than|over|into|defeated|replaced|succeeded)\b"
)


def _role_swap(frame: Frame, span: Span, ctx: _Context) -> _Pair | None:
    """Swap the fact with another name of its type in the claim: roles exchanged, no new word."""
    value = span.value
    # countries and the like stand in symmetric relations ("unwilling to cede
    # territory to"): exchanging them is often not a falsehood
    if not isinstance(value, EntityValue) or value.type not in ("person", "unit", "place"):
        return None
    others = [
        s
        for s in extract(frame.text, lexicon=ctx.lexicon)
        if isinstance(s.value, EntityValue)
        and ctx.types.type_of(s.text) == value.type
        and s.text != frame.fact
        and not (s.start < frame.end and frame.start < s.end)
    ]
    for other in others:
        a, b = sorted([(frame.start, frame.end), (other.start, other.end)])
        between = frame.text[a[1] : b[0]]
        if (
            not _ROLE_BETWEEN.search(between)
            or " and " in between
            or between.strip() in (",", "and")
        ):
            continue
        if len(between.split()) > 4 or "," in between:
            continue  # two names far apart sit in different clauses, not in two roles of one
        if value.type == "place" and not re.search(
            r"\bfrom\b.*\b(?:to|towards|toward)\b", between + " " + frame.text[b[0] - 12 : b[0]]
        ):
            continue
        first, second = frame.text[a[0] : a[1]], frame.text[b[0] : b[1]]
        if len(first.split()) != len(second.split()):
            continue
        swapped = frame.text[: a[0]] + second + between + first + frame.text[b[1] :]
        if (
            ctx.index.is_sentence(swapped)
            or ctx.index.states(swapped, second + " " + first) is not None
        ):
            ctx.dropped["role_swap_true_elsewhere"] += 1
            continue
        return _Pair(
            "entity", frame.text, swapped, f"{first} … {second}", f"{second} … {first}", "clause"
        )
    return None


_APPROX_WORDS = {
    "about",
    "around",
    "approximately",
    "some",
    "nearly",
    "almost",
    "over",
    "than",
    "estimated",
    "roughly",
    "least",
    "most",
    "up",
    "to",
    "under",
    "only",
    "just",
}


_DETERMINERS = {
    "all",
    "the",
    "its",
    "their",
    "his",
    "her",
    "these",
    "those",
    "a",
    "an",
    "each",
    "every",
    "further",
    "another",
    "additional",
    "other",
}


def _countable(after: str) -> bool:
    word = (after.split()[:1] or [""])[0].strip(",.;").casefold()
    return word.endswith("s") or word in {
        "people",
        "personnel",
        "men",
        "women",
        "children",
        "police",
    }


def _generalise_date(frame: Frame, span: Span, *, year_text: str | None = None) -> str | None:
    """ "on 15 December 1993" -> "in 1993": true and less precise."""
    value = span.value
    if (
        not isinstance(value, DateValue)
        or value.precision not in ("day", "month")
        or value.end is not None
    ):
        return None
    if value.start.year is None or str(value.start.year) not in span.text:
        return None
    before = frame.text[: frame.start]
    match = re.search(r"\b(on|in)\s+$", before)
    if not match:
        return None
    year = year_text or str(value.start.year)
    text = frame.text[: match.start()] + "in " + year + frame.text[frame.end :]
    return text


def _year_of(text: str) -> str | None:
    match = re.search(r"\b(1[0-9]{3}|20[0-9]{2})\b", text)
    return match.group(1) if match else None


def _antonym_pair(
    text: str, fact_spans: list[tuple[int, int]], sentence: Sentence, ctx: _Context
) -> _Pair | None:
    for match in m.ANTONYM_PATTERN.finditer(text):
        word = match.group(1)
        if any(s <= match.start() < e for s, e in fact_spans):
            continue
        other = m.ANTONYMS[word.casefold()]
        if re.search(rf"\b{other}\b", text, re.IGNORECASE):
            continue  # "before and after": a flip would still be true
        other = other.capitalize() if word[0].isupper() else other
        frame = frame_for(text, match.start(), match.end(), fact_spans=fact_spans)
        if len(frame.text.split()) < MIN_CLAIM_WORDS:
            continue
        false = frame.replace(other).text
        if ctx.index.is_sentence(false) or ctx.index.states(false, other) is not None:
            ctx.dropped["antonym_true_elsewhere"] += 1
            continue
        return _Pair("antonym", frame.text, false, word, other, "clause")
    return None


def _resolve_subject(
    page: Page, position: int, sentence: Sentence
) -> tuple[str, list[Sentence]] | None:
    """Make a sentence self-contained, with the sentences that name its subject.

    "The battle ..." on the page "Battle of Kalbajar" becomes "The Battle of
    Kalbajar ..." and the page's opening sentence, which names it, joins the
    evidence. A sentence opening with a pronoun it cannot resolve gives None.
    """
    text = sentence.text
    for noun, prefix in _TITLE_NOUNS.items():
        if text.startswith(f"The {noun} ") and page.title.startswith(prefix):
            name = page.title.split(" (")[0]
            named = name if name.startswith("Operation") else f"The {name}"
            return named + text[len(f"The {noun}") :], _naming(page, name)
    if re.match(
        r"The war (?:was|had|ended|began|lasted|took|claimed|killed|saw|caused|resulted|became|left|broke)\b",
        text,
    ) and page.title.split(" (")[0].endswith(" War"):
        name = page.title.split(" (")[0]
        return f"The {name}" + text[len("The war") :], _naming(page, name)
    if text.startswith("It ") and position > 0:
        previous = page.sentences[position - 1]
        name = page.title.split(" (")[0]
        for subject in (f"The {name} ", f"{name} "):
            if previous.text.startswith(subject):
                return subject.strip() + text[len("It") :], [previous]
        return None
    if _PRONOUN_START.match(text):
        return None
    return text, []


def _naming(page: Page, name: str) -> list[Sentence]:
    first = page.sentences[0] if page.sentences else None
    return [first] if first is not None and name in first.text else []


def _moved(span: Span, shift: int) -> Span:
    return replace(span, start=span.start + shift, end=span.end + shift)


def _claims_of(
    pair: _Pair, page: Page, sentence: Sentence, naming: list[Sentence], ctx: _Context
) -> list[Claim]:
    pair = _capitalised(pair)
    if pair.supports == pair.refutes:
        ctx.dropped["no_change"] += 1
        return []
    if pair.supports in ctx.seen_claims or pair.refutes in ctx.seen_claims:
        ctx.dropped["duplicate_claim"] += 1
        return []
    ctx.seen_claims.update((pair.supports, pair.refutes))
    evidence = _evidence_sets(page, sentence, naming, pair.original, ctx)
    pair_id = _digest(f"{page.title}|{sentence.id}|{pair.mutation}|{pair.supports}|{pair.refutes}")
    if pair.support_form == "disjunction":
        refutes_generator = m.SUPPORTS_GENERATORS["disjunction"]
    else:
        refutes_generator = m.GENERATORS[pair.mutation]
    supports_generator = m.SUPPORTS_GENERATORS.get(pair.support_form, m.GENERATORS[pair.mutation])
    return _pair_claims(
        pair,
        pair_id=pair_id,
        evidence=evidence,
        page=page.title,
        sentence_id=sentence.id,
        group=sentence.group,
        generators=(supports_generator, refutes_generator),
    )


def _evidence_sets(
    page: Page, sentence: Sentence, naming: list[Sentence], original: str, ctx: _Context
) -> tuple[tuple[Evidence, ...], ...]:
    """The source sentence (with the sentences naming its subject), then each copy of it."""
    first = tuple(
        Evidence(page.title, s.id, s.text)
        for s in sorted({n.id: n for n in [*naming, sentence]}.values(), key=lambda s: s.id)
    )
    sets = [first]
    if not naming:
        for title, copy in ctx.groups.get(sentence.group, []):
            if (title, copy.id) != (page.title, sentence.id) and original in copy.text:
                sets.append((Evidence(title, copy.id, copy.text),))
    return tuple(sets)


def _structured_claims(fact: StructuredFact, ctx: _Context) -> list[Claim]:
    """One pair from an infobox field or table cell written as a sentence."""
    ctx.page = fact.page
    spans = [s for s in extract(fact.sentence, lexicon=ctx.lexicon) if s.kind in ("date", "figure")]
    evidence = ((Evidence(fact.page, fact.sentence_id, fact.evidence),),)
    source = Sentence(fact.sentence_id, fact.evidence, group="")
    pair = None
    for span in spans:
        pair = _pair_for(Frame(fact.sentence, span.start, span.end), span, source, ctx)
        if pair is not None:
            break
    if pair is None:
        pair = _antonym_pair(fact.sentence, [(s.start, s.end) for s in spans], source, ctx)
        if pair is not None:
            _account(pair, fact.evidence, ctx)
    if pair is None:
        ctx.dropped[f"{fact.kind}_no_mutation"] += 1
        return []
    if pair.supports == pair.refutes:
        ctx.dropped["no_change"] += 1
        return []
    pair_id = _digest(f"{fact.page}|{fact.sentence_id}|{pair.supports}|{pair.refutes}")
    return _pair_claims(
        pair,
        pair_id=pair_id,
        evidence=evidence,
        page=fact.page,
        sentence_id=fact.sentence_id,
        group="s" + _digest(f"{fact.page}|{fact.sentence_id}"),
        generators=(m.GENERATORS[fact.kind], m.GENERATORS[fact.kind]),
    )


def _pair_claims(
    pair: _Pair,
    *,
    pair_id: str,
    evidence: tuple[tuple[Evidence, ...], ...],
    page: str,
    sentence_id: int,
    group: str,
    generators: tuple[str, str],
) -> list[Claim]:
    """The SUPPORTS and REFUTES claims of a pair, with their shared provenance."""
    original, replacement = changed_spans(pair.supports, pair.refutes)
    return [
        Claim(
            id="c" + _digest(f"{pair_id}|{label}|{text}"),
            claim=text,
            label=label,
            evidence=evidence,
            mutation=pair.mutation,
            generator=PREFIX + generator,
            original=original,
            replacement=replacement,
            source_page=page,
            source_sentence=sentence_id,
            group=group,
            pair="p" + pair_id,
        )
        for label, text, generator in (
            ("SUPPORTS", pair.supports, generators[0]),
            ("REFUTES", pair.refutes, generators[1]),
        )
    ]


def _capitalised(pair: _Pair) -> _Pair:
    return replace(
        pair,
        supports=pair.supports[:1].upper() + pair.supports[1:],
        refutes=pair.refutes[:1].upper() + pair.refutes[1:],
    )


def changed_spans(supports: str, refutes: str) -> tuple[str, str]:
    """The parts in which two sibling claims differ, widened to whole words.

    ``supports == head + original + tail`` and ``refutes == head + replacement
    + tail`` for the longest shared ``head`` and ``tail`` that end and start
    at word boundaries (punctuation both parts share stays outside them).
    """
    limit = min(len(supports), len(refutes))
    start = 0
    while start < limit and supports[start] == refutes[start]:
        start += 1
    while start > 0 and not supports[start - 1].isspace():
        start -= 1
    end = 0
    while end < limit - start and supports[-1 - end] == refutes[-1 - end]:
        end += 1
    while end > 0 and not supports[len(supports) - end].isspace():
        end -= 1
    a, b = supports[start : len(supports) - end], refutes[start : len(refutes) - end]
    while a and b and a[-1] == b[-1] and not a[-1].isalnum():
        a, b = a[:-1], b[:-1]
    while a and b and a[0] == b[0] and not a[0].isalnum():
        a, b = a[1:], b[1:]
    return a, b


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=6).hexdigest()
