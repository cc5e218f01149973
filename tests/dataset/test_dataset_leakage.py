"""Acceptance of issue 4: no leakage between train and test, and the shares asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from dataset_helpers import claim_splits, normalise


@pytest.fixture(scope="module")
def splits(seeds_output: Path) -> dict[str, list[dict]]:
    found = claim_splits(seeds_output)
    assert set(found) == {"train", "test"}
    return found


def evidence_texts(rows: list[dict]) -> set[str]:
    return {normalise(e["text"]) for row in rows for s in row["evidence"] for e in s}


def test_no_evidence_sentence_in_both_train_and_test(splits: dict[str, list[dict]]) -> None:
    shared = evidence_texts(splits["train"]) & evidence_texts(splits["test"])
    assert shared == set(), f"{len(shared)} evidence sentences in both: {sorted(shared)[:3]}"


def test_no_claim_text_in_both_train_and_test(splits: dict[str, list[dict]]) -> None:
    train = {normalise(row["claim"]) for row in splits["train"]}
    test = {normalise(row["claim"]) for row in splits["test"]}
    assert train & test == set()


def test_no_group_or_pair_in_both(splits: dict[str, list[dict]]) -> None:
    for key in ("group", "pair"):
        shared = {r[key] for r in splits["train"]} & {r[key] for r in splits["test"]}
        assert shared == set(), key


def test_test_share_between_15_and_25_percent(splits: dict[str, list[dict]]) -> None:
    share = len(splits["test"]) / (len(splits["train"]) + len(splits["test"]))
    assert 0.15 <= share <= 0.25, share


@pytest.mark.parametrize("name", ["train", "test"])
def test_each_split_is_balanced(splits: dict[str, list[dict]], name: str) -> None:
    labels = [row["label"] for row in splits[name]]
    supports, refutes = labels.count("SUPPORTS"), labels.count("REFUTES")
    share = supports / (supports + refutes)
    assert 0.40 <= share <= 0.60, (name, supports, refutes)


def test_default_config_has_no_nei_rows(splits: dict[str, list[dict]]) -> None:
    assert {row["label"] for rows in splits.values() for row in rows} == {"SUPPORTS", "REFUTES"}
