"""What claim writers share while a shard is generated: the context, a pair, the balances.

The balances keep the label hidden: claim words missing from the evidence,
negation cues and single words are counted per label as pairs are made, and
new values are chosen to even them out.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from fever_builder.analysis.records import Parsed
from fever_builder.claims.model import Claim
from fever_builder.claims.pools import Pools
from fever_builder.claims.reference import PageSubject
from fever_builder.claims.validity import CorpusIndex
from fever_builder.corpus import Sentence
from fever_builder.facts.entities import Lexicon
from fever_builder.facts.named import NameTypes
from fever_builder.facts.spans import Span


@dataclass
class Generation:
    """The claims of a corpus and what was dropped, by reason."""

    claims: list[Claim] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)


@dataclass
class Context:
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
    # pairs whose SUPPORTS claim holds only words of the source and whose
    # REFUTES claim does not, minus the reverse; and pairs made
    whole_balance: int = 0
    pairs: int = 0
    cues: Counter[str] = field(default_factory=Counter)
    # word -> appearances in SUPPORTS claims minus in REFUTES claims: new
    # values are picked to even this out, so no word marks a label
    words: Counter[str] = field(default_factory=Counter)
    sentence_spans: list[Span] = field(default_factory=list)
    # the parse of the sentence whose claims are being made
    parsed: Parsed | None = None
    seen_claims: set[str] = field(default_factory=set)
    # pairs whose claims open with a subject, for claims joining two sentences
    joinables: list = field(default_factory=list)
    # the claim sentences whose main clauses, true as written, may join a pair about their subject
    clauses: list = field(default_factory=list)
    # each page's own entity, as its pronouns and class noun may refer to it
    subjects: dict[str, PageSubject] = field(default_factory=dict)
    # per page: surname -> the full name the page gives it, and the sentence naming it
    full_names: dict[str, dict] = field(default_factory=dict)
    # per page: the people it names who share its own person's surname
    namesakes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # how the lead's nationality claims were said: "by_adjective" or "by_country"
    said: Counter[str] = field(default_factory=Counter)
    # the build's seed, for writers that draw from a generator of their own
    seed: int = 0


@dataclass(frozen=True, slots=True)
class Pair:
    mutation: str
    supports: str
    refutes: str
    original: str
    replacement: str
    support_form: str
    # False for a name changed in a slot that may hold several ("Iran downed drones" to
    # "Russia downed drones"): the sentence does not settle it, a NOT ENOUGH INFO claim
    settled: bool = True


WORD = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=4096)
def _words_of(source: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in WORD.findall(source))


def novel(text: str, source: str) -> int:
    """How many words of ``text`` the source sentence does not hold."""
    have = _words_of(source)  # the balances ask for one source's words many times
    return sum(w.casefold() not in have for w in WORD.findall(text))


def effect(pair: Pair, source: str) -> int:
    """Missing words of the REFUTES claim minus those of the SUPPORTS claim."""
    return novel(pair.refutes, source) - novel(pair.supports, source)


def sign(value: int) -> int:
    return (value > 0) - (value < 0)


def kind_key(pair: Pair) -> str:
    return (
        pair.support_form
        if pair.support_form in ("disjunction", "generalise", "denial")
        else pair.mutation
    )


def whole_effect(pair: Pair, source: str) -> int:
    """+1 if only the SUPPORTS claim is made of the source's words, -1 if only the REFUTES one.

    A word-overlap rule reads "every word in the evidence" as SUPPORTS; this
    is the count that keeps it from working.
    """
    return int(novel(pair.supports, source) == 0) - int(novel(pair.refutes, source) == 0)


# the share of pairs (plus a slack for the first few) that may have a
# SUPPORTS claim made only of the source's words and a REFUTES claim that is not
WHOLE_TOLERANCE = 0.35
WHOLE_SLACK = 5


def over_budget(pair: Pair, source: str, ctx: Context) -> bool:
    """Whether the pair would add to a share of copy-like SUPPORTS claims already at its limit."""
    return (
        whole_effect(pair, source) > 0
        and ctx.whole_balance >= WHOLE_TOLERANCE * (ctx.pairs + 1) + WHOLE_SLACK
    )


def account(pair: Pair, source: str, ctx: Context) -> None:
    ctx.used[kind_key(pair)] += 1
    ctx.pairs += 1
    ctx.whole_balance += whole_effect(pair, source)
    ctx.overlap_balance += sign(effect(pair, source))
    ctx.cues["SUPPORTS"] += bool(NEGATION_CUES.search(pair.supports))
    ctx.cues["REFUTES"] += bool(NEGATION_CUES.search(pair.refutes))
    ctx.cues["SUPPORTS do"] += bool(DO_NEGATION.search(pair.supports))
    ctx.cues["REFUTES do"] += bool(DO_NEGATION.search(pair.refutes))
    for text, step in ((pair.supports, 1), (pair.refutes, -1)):
        words = [w.casefold() for w in WORD.findall(text)]
        for word in words:
            ctx.words[word] += step
        # and word pairs ("after 1991"): a model over word pairs reads these too
        for first, second in zip(words, words[1:], strict=False):
            ctx.words[f"{first} {second}"] += step


def first_made(pair: Pair, ctx: Context) -> bool:
    """Whether neither claim of the pair was made before: then both are marked made,
    else the pair is counted as a duplicate."""
    if pair.supports in ctx.seen_claims or pair.refutes in ctx.seen_claims:
        ctx.dropped["duplicate_claim"] += 1
        return False
    ctx.seen_claims.update((pair.supports, pair.refutes))
    return True


def by_word_balance(options: list[str | None], ctx: Context) -> list[str | None]:
    """Options whose words SUPPORTS claims hold more often first (stable otherwise)."""

    def lean(option: str | None) -> int:
        return -sum(ctx.words[w.casefold()] for w in WORD.findall(option or "")) if option else 0

    return sorted(options, key=lean)


NEGATION_CUES = re.compile(
    r"\b(?:not|never|no|none|neither|nor|without)\b|n't\b|\bfailed to\b|\brefused to\b",
    re.IGNORECASE,
)
# a negation said with "do" ("did not capture"): its own cue, balanced on its own, since
# it also says the verb in a form the evidence may not have
DO_NEGATION = re.compile(r"\b(?:did|does|do) not\b", re.IGNORECASE)
# a clause said on someone's word: its date or name may be the report's, not the event's
ATTRIBUTION = re.compile(
    r"\b(?:[Aa]ccording to|said|stated|reported|claimed|alleged|noted|wrote|told|interview)\b"
)


MIN_CLAIM_WORDS = 5
# pairs one fact may make, each of another kind ("in 1993", "after 1990", "not in 1995")
PAIRS_PER_FACT = 3
