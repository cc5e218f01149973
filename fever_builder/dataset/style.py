"""How the claims read: length, words not in the evidence, copies, multi-sentence evidence.

The figures of issue 13, with its definitions: words are ``\\w+`` runs; only
SUPPORTS and REFUTES rows are measured; the new-word share and the verbatim
share are over SUPPORTS claims, where copying the evidence is possible.
Percentiles interpolate linearly between ranks (numpy's default), so the
median of an even count is the mean of the middle two.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from fever_builder.claims.model import LABELS
from fever_builder.claims.validity import is_verbatim

_WORD = re.compile(r"\w+")
MEASURED = LABELS[:2]


@dataclass(frozen=True)
class ClaimStyle:
    """The style figures of a set of claims; a share is None when no claim counts for it."""

    claims: int
    median_length: float | None
    p90_length: float | None
    # the median length of each of SUPPORTS and REFUTES: a gap would give the label away
    median_length_by_label: dict[str, float | None] = field(default_factory=dict)
    new_word_share: float | None = None
    verbatim_share: float | None = None
    multi_sentence_share: float | None = None


# FEVER annotators' claims, measured with claim_style() on the 708 rows of the
# Symmetric FEVER v0.2 dev file (Schuster et al., 2019), decoded from FEVER's
# tokenisation by fever_builder.baseline.symmetric.to_claim_rows:
#   rows = to_claim_rows(json.loads(l) for l in open("fever_symmetric_dev.jsonl"))
#   claim_style(rows)
# Each of its rows has one evidence sentence by construction, so its
# multi-sentence share says nothing about FEVER and is left out.
FEVER_SYMMETRIC_DEV = ClaimStyle(
    claims=708,
    median_length=7.5,
    p90_length=11.0,
    median_length_by_label={"SUPPORTS": 7.5, "REFUTES": 7.5},
    new_word_share=0.3341,
    verbatim_share=0.0,
    multi_sentence_share=None,
)


def figures(style: ClaimStyle) -> dict[str, str]:
    """The figures as the card's table and the build summary print them, by name."""

    def length(value: float | None) -> str:
        return "–" if value is None else f"{value:g}"

    def share(value: float | None) -> str:
        return "–" if value is None else f"{value:.1%}"

    by_label = style.median_length_by_label
    return {
        "claims measured (SUPPORTS and REFUTES)": str(style.claims),
        "median length (words)": length(style.median_length),
        "90th percentile of length (words)": length(style.p90_length),
        "median length of SUPPORTS / REFUTES": " / ".join(
            length(by_label.get(label)) for label in MEASURED
        ),
        "SUPPORTS: mean share of words not in the evidence": share(style.new_word_share),
        "SUPPORTS: copies of an evidence sentence": share(style.verbatim_share),
        "claims with an evidence set of two or more sentences": share(style.multi_sentence_share),
    }


def words(text: str) -> list[str]:
    """The claim's words as the figures count them: runs of ``\\w``."""
    return _WORD.findall(text)


def new_word_share(claim: str, evidence_texts: Iterable[str]) -> float:
    """Share of the claim's lower-cased words (with repeats) absent from all the evidence texts."""
    claim_words = [w.lower() for w in words(claim)]
    if not claim_words:
        return 0.0
    have = {w.lower() for text in evidence_texts for w in words(text)}
    return sum(w not in have for w in claim_words) / len(claim_words)


def percentile(counts: Mapping[int, int], q: float) -> float | None:
    """The ``q``-th percentile (0-100) of values given as value -> count, interpolated linearly."""
    n = sum(counts.values())
    if n == 0:
        return None
    ordered = sorted(counts.items())

    def at(position: int) -> int:
        seen = 0
        for value, count in ordered:
            seen += count
            if position < seen:
                return value
        return ordered[-1][0]

    rank = (n - 1) * q / 100
    low = math.floor(rank)
    below, above = at(low), at(min(low + 1, n - 1))
    return below + (above - below) * (rank - low)


def claim_style(rows: Iterable[Mapping[str, object]]) -> ClaimStyle:
    """The style figures of claim rows (``claim``, ``label``, ``evidence`` as in the claims files).

    Rows of other labels (NOT ENOUGH INFO) are skipped. One pass; memory grows
    with the number of distinct lengths, not of claims.
    """
    lengths: dict[str, Counter[int]] = {label: Counter() for label in MEASURED}
    supports = multi = verbatim = 0
    new_words = 0.0
    for row in rows:
        label = row["label"]
        if label not in lengths:
            continue
        evidence = row["evidence"]
        lengths[label][len(words(row["claim"]))] += 1  # type: ignore[arg-type]
        multi += any(len(s) >= 2 for s in evidence)  # type: ignore[union-attr]
        if label == "SUPPORTS":
            texts = [e["text"] for s in evidence for e in s]  # type: ignore[union-attr]
            supports += 1
            new_words += new_word_share(row["claim"], texts)  # type: ignore[arg-type]
            verbatim += is_verbatim(row["claim"], texts)  # type: ignore[arg-type]
    every = sum(lengths.values(), Counter())
    total = sum(every.values())
    return ClaimStyle(
        claims=total,
        median_length=percentile(every, 50),
        p90_length=percentile(every, 90),
        median_length_by_label={label: percentile(c, 50) for label, c in lengths.items()},
        new_word_share=_share(new_words, supports),
        verbatim_share=_share(verbatim, supports),
        multi_sentence_share=_share(multi, total),
    )


def _share(part: float, whole: int) -> float | None:
    # four decimals: enough for a card in percent, and stable to print
    return round(part / whole, 4) if whole else None
