"""How the claims read (issue 13): the figures on hand-made rows, and the card's table."""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from dataset_helpers import claim_splits
from hypothesis import given
from hypothesis import strategies as st

from fever_builder.dataset.style import (
    FEVER_SYMMETRIC_DEV,
    claim_style,
    figures,
    is_verbatim,
    new_word_share,
    percentile,
)

SENTENCE = "Armenian forces captured Lachin in May 1992."


def row(claim: str, label: str, *evidence_sets: list[str]) -> dict[str, object]:
    return {
        "claim": claim,
        "label": label,
        "evidence": [
            [{"page": "Lachin", "sentence_id": i, "text": t} for i, t in enumerate(s)]
            for s in evidence_sets
        ],
    }


# 1: a copy of its evidence sentence (7 words, none new)
COPY = row("Armenian  forces captured Lachin in May 1992", "SUPPORTS", [SENTENCE])
# 2: 6 words, "troops" and "took" not in the evidence: 2/6 new
REWORDED = row("Armenian troops took Lachin in 1992.", "SUPPORTS", [SENTENCE])
# 3: a two-sentence set; "Shusha" is in the second sentence only, so no word is new
TWO_SENTENCES = row(
    "Lachin fell after Shusha.",
    "SUPPORTS",
    [SENTENCE],
    ["Lachin fell after Shusha had fallen.", "It was in 1992."],
)
# 4: 4 words; REFUTES rows count for length and evidence sets, not for new words
REFUTED = row("Azerbaijani forces captured Lachin.", "REFUTES", [SENTENCE], ["A", "B"])
NEI = row("Lachin has a long and much disputed history of many kinds.", "NOT ENOUGH INFO", ["x"])


@pytest.mark.parametrize(
    ("claim", "evidence", "share"),
    [
        ("Armenian troops took Lachin in 1992.", [SENTENCE], 2 / 6),
        ("ARMENIAN FORCES", [SENTENCE], 0.0),  # case ignored
        ("Lachin Lachin troops", [SENTENCE], 1 / 3),  # every word counts, repeats too
        ("Lachin fell", ["Lachin is a town.", "It fell."], 0.0),  # all evidence texts joined
        ("Lachin's fall", ["Lachin is a town."], 2 / 3),  # \w+ splits at the apostrophe
        ("...", [SENTENCE], 0.0),  # no words, nothing new
    ],
)
def test_new_word_share(claim: str, evidence: list[str], share: float) -> None:
    assert new_word_share(claim, evidence) == pytest.approx(share)


@pytest.mark.parametrize(
    ("claim", "verbatim"),
    [
        (SENTENCE, True),
        ("Armenian forces captured Lachin in May 1992", True),  # no final period
        (" Armenian forces\ncaptured  Lachin in May 1992. ", True),  # white space
        ("Armenian forces captured Lachin in 1992.", False),  # a word less
        ("armenian forces captured Lachin in May 1992.", False),  # case is not white space
    ],
)
def test_is_verbatim(claim: str, verbatim: bool) -> None:
    assert is_verbatim(claim, ["Lachin is a town.", SENTENCE]) is verbatim


def test_figures_of_hand_made_rows() -> None:
    style = claim_style([COPY, REWORDED, TWO_SENTENCES, REFUTED, NEI])
    # lengths 7, 6, 4 (SUPPORTS) and 4 (REFUTES); the NOT ENOUGH INFO row is left out
    assert style.claims == 4
    assert style.median_length == 5.0
    # sorted 4, 4, 6, 7: rank 0.9 * 3 = 2.7, between 6 and 7
    assert style.p90_length == pytest.approx(6.7)
    assert style.median_length_by_label == {"SUPPORTS": 6.0, "REFUTES": 4.0}
    assert style.new_word_share == pytest.approx((0 + 2 / 6 + 0) / 3, abs=1e-4)
    assert style.verbatim_share == pytest.approx(1 / 3, abs=1e-4)
    assert style.multi_sentence_share == pytest.approx(2 / 4)


def test_no_supports_claims_leave_their_shares_empty() -> None:
    style = claim_style([REFUTED])
    assert (style.new_word_share, style.verbatim_share) == (None, None)
    assert style.multi_sentence_share == 1.0
    assert figures(style)["SUPPORTS: copies of an evidence sentence"] == "–"


def test_no_rows() -> None:
    style = claim_style([NEI])
    assert (style.claims, style.median_length, style.multi_sentence_share) == (0, None, None)


@given(st.lists(st.integers(0, 60), min_size=1, max_size=200), st.sampled_from([0, 10, 50, 90]))
def test_percentile_of_counts_is_numpys(values: list[int], q: int) -> None:
    assert percentile(Counter(values), q) == pytest.approx(float(np.percentile(values, q)))


def test_the_card_of_a_build_shows_its_figures_next_to_fevers(seeds_output: Path) -> None:
    card = (seeds_output / "README.md").read_text(encoding="utf-8")
    _, found, section = card.partition("\n## How the claims read\n")
    assert found, "the card has no section on how the claims read"
    table = [line for line in section.split("\n## ")[0].splitlines() if line.startswith("| ")]
    assert table[0] == "| figure | this build | FEVER annotators |"
    shown = {cells[0]: cells[1:] for cells in (line.strip("| ").split(" | ") for line in table)}
    rows = [r for split in claim_splits(seeds_output).values() for r in split]
    measured = figures(claim_style(rows))
    fever = figures(FEVER_SYMMETRIC_DEV)
    assert {name: shown[name] for name in measured} == {
        name: [measured[name], fever[name]] for name in measured
    }
    assert shown["median length (words)"][1] == "7.5"
    assert shown["SUPPORTS: mean share of words not in the evidence"][1] == "33.4%"


def test_the_build_manifest_holds_the_figures(seeds_output: Path) -> None:
    manifest = json.loads((seeds_output / "fever_builder.json").read_text(encoding="utf-8"))
    rows = [r for split in claim_splits(seeds_output).values() for r in split]
    assert manifest["style"]["claims"] == len(rows) > 0
    assert manifest["style"]["median_length"] == claim_style(rows).median_length


@pytest.mark.skipif(
    not os.environ.get("SYMMETRIC_FEVER_DEV"),
    reason="set SYMMETRIC_FEVER_DEV to Symmetric FEVER's fever_symmetric_dev.jsonl",
)
def test_fever_figures_are_measured_on_symmetric_fever_dev() -> None:
    from fever_builder.baseline.symmetric import to_claim_rows

    path = Path(os.environ["SYMMETRIC_FEVER_DEV"])
    with path.open(encoding="utf-8") as handle:
        rows = to_claim_rows(json.loads(line) for line in handle if line.strip())
    measured = claim_style(rows)
    # one sentence per claim by construction: the constant leaves the share out
    assert measured.multi_sentence_share == 0.0
    assert replace(measured, multi_sentence_share=None) == FEVER_SYMMETRIC_DEV
