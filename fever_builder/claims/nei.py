"""NOT ENOUGH INFO claims, made honestly.

A NOT ENOUGH INFO claim is one claim of a date, figure or identifier pair
whose evidence is replaced by a sentence of the same page that is about the
same things (it shares content words with the claim) but holds neither the
original nor the changed value, nor any date or figure, so it cannot settle
the claim. Every NOT ENOUGH INFO claim has evidence, as the other labels do:
evidence presence alone says nothing about the label.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Sequence
from dataclasses import replace

from fever_builder.claims.model import Claim, Evidence
from fever_builder.claims.validity import content_words
from fever_builder.corpus import Page

GENERATOR = "fever-builder/nei.unrelated_evidence.v1"
NEI_MUTATIONS = ("date", "figure", "identifier", "comparative", "antonym", "negation")
_NUMBER = re.compile(r"\d")
# structured claims of a date: when an event began or ended, from its infobox
_DATED = ("structured.infobox.v1",)
_DATE_MUTATIONS = frozenset({"date", "comparative", "negation"})


def make_nei(claims: Sequence[Claim], pages: Sequence[Page], *, seed: int) -> list[Claim]:
    """One NOT ENOUGH INFO claim per eligible pair, with evidence that does not settle it."""
    rng = random.Random(f"nei:{seed}")
    by_title = {page.title: page for page in pages}
    # infobox and table lines come after the prose: sentence claims qualify, and an infobox's
    # dates (a sentence with no date or figure cannot settle when a battle began; it may say
    # who won, or which side had more tanks)
    prose = {page.title: page.prose_lines for page in pages}
    pairs: dict[str, list[Claim]] = {}
    for claim in claims:
        dated = claim.generator.endswith(_DATED) and claim.mutation in _DATE_MUTATIONS
        if claim.mutation in NEI_MUTATIONS and (
            dated or claim.source_sentence < prose.get(claim.source_page, 0)
        ):
            pairs.setdefault(claim.pair, []).append(claim)
    out: list[Claim] = []
    for pair_id in sorted(pairs):
        members = sorted(pairs[pair_id], key=lambda c: c.label)
        claim = rng.choice(members)
        page = by_title.get(claim.source_page)
        if page is None:
            continue
        words = content_words(claim.claim)
        cited = {(e.page, e.sentence_id) for s in claim.evidence for e in s}
        best, best_score = None, 0
        for sentence in page.sentences:
            if (page.title, sentence.id) in cited or sentence.group == claim.group:
                continue
            if (
                _NUMBER.search(sentence.text)
                or claim.original in sentence.text
                or claim.replacement in sentence.text
            ):
                continue
            score = len(words & content_words(sentence.text))
            if score > best_score:
                best, best_score = sentence, score
        if best is None or best_score < 2:
            continue
        digest = hashlib.blake2b(f"nei|{claim.id}|{best.id}".encode(), digest_size=6).hexdigest()
        out.append(
            replace(
                claim,
                id="n" + digest,
                label="NOT ENOUGH INFO",
                evidence=((Evidence(page.title, best.id, best.text),),),
                generator=GENERATOR,
            )
        )
    return out
