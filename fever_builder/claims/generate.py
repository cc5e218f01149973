"""Claim generation: every page's facts become contrastive SUPPORTS/REFUTES pairs.

For one fact the two claims of a pair differ only in that fact (or, for
negation, both carry "not"), so wording alone does not give the label away.
A REFUTES claim is kept only if the corpus nowhere states it; a claim whose
truth cannot be settled is dropped and the drop counted by reason.
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from collections.abc import Sequence

from fever_builder.analysis import DEFAULT_MODEL, parse
from fever_builder.claims.context import Context, Generation
from fever_builder.claims.evidence import changed_spans, needs_previous
from fever_builder.claims.pools import Pools
from fever_builder.claims.reference import page_subject
from fever_builder.claims.sentence import sentence_claims
from fever_builder.claims.structured import structured_facts
from fever_builder.claims.validity import build_index
from fever_builder.claims.writers.conjunction import conjunction_claims
from fever_builder.claims.writers.fields import field_claims
from fever_builder.claims.writers.lead import lead_claims
from fever_builder.corpus import Page, Sentence
from fever_builder.facts._words import load_word_tables
from fever_builder.facts.entities import Lexicon
from fever_builder.facts.named import NameTypes, analysed_facts

__all__ = ["Generation", "changed_spans", "generate", "in_sample"]


def generate(
    pages: Sequence[Page],
    *,
    seed: int = 0,
    sample: float = 1.0,
    sample_seed: int = 0,
    model: str = DEFAULT_MODEL,
    processes: int = 1,
) -> Generation:
    """Make contrastive claim pairs from every page, deterministically for a seed.

    The sentences claims are made from (one copy of each duplicate group) are
    parsed by the spaCy pipeline ``model``; their names, with types voted over
    all their mentions, feed the replacement pools of their page.

    With ``sample`` below 1, only that share of duplicate groups (and of
    infobox fields and table rows) makes claims, each drawn from
    ``sample_seed`` and its id alone: a group is in or out in every shard that
    gives it the same id (exact copies always; near-copies when the shard
    holds the same ones). ``processes`` is how many processes the parse may
    use; the claims are the same for any number. Only drawn sentences are parsed and feed the
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
    leads = [(page.title, page.sentences[0].text) for page in pages if page.sentences]
    # one pass of the pipeline over the claim sentences and the page leads
    # and the sentence before one that may refer back: what it names can be meant instead
    previous = {
        page.sentences[position - 1].text
        for page, position, sentence in sources
        if position > 0 and needs_previous(sentence.text)
    }
    every = sorted(set(texts) | {text for _title, text in leads} | previous)
    parses = dict(
        zip(
            every,
            parse(every, model=model, processes=processes, meanwhile=load_word_tables),
            strict=True,
        )
    )
    parsed = {text: parses[text] for text in texts}
    types = NameTypes.vote(
        parsed.values(),
        lexicon=lexicon,
        leads=[(title, parses[text]) for title, text in leads],
    )
    spans_by_text = {text: analysed_facts(text, parsed[text], types=types) for text in texts}
    pools = Pools.collect(sources, spans_by_text)
    ctx = Context(
        rng=random.Random(seed),
        seed=seed,
        index=index,
        lexicon=lexicon,
        types=types,
        pools=pools,
        groups=groups,
        dropped=dropped,
        subjects={page.title: page_subject(page, parses, types) for page in pages},
    )
    result = Generation()
    for page, position, sentence in sources:
        result.claims.extend(
            sentence_claims(
                page, position, sentence, parsed[sentence.text], spans_by_text[sentence.text], ctx
            )
        )
    by_title = {page.title: page for page in pages}
    for fact in structured:
        result.claims.extend(field_claims(fact, by_title[fact.page], ctx))
    for page in pages:
        lead = ctx.subjects[page.title].lead
        if lead is None or (drawn is not None and page.sentences[lead].group not in drawn):
            continue
        related = [by_title[t] for t in ctx.pools.related.get(page.title, []) if t in by_title]
        parsed_lead = parses.get(page.sentences[lead].text)
        if parsed_lead is not None:
            result.claims.extend(lead_claims(page, lead, parsed_lead, ctx, related=related))
    two = sum(any(len(s) > 1 for s in c.evidence) for c in result.claims)
    result.claims.extend(conjunction_claims(ctx.joinables, ctx.clauses, ctx, made=two))
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
