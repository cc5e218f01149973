"""Acceptance of issue 4: builds are byte-for-byte reproducible, and data/ is a fresh build."""

from __future__ import annotations

from pathlib import Path

from dataset_helpers import COMMITTED, claim_splits, snapshot


def differing(first: dict[str, bytes], second: dict[str, bytes]) -> list[str]:
    return sorted(name for name in set(first) | set(second) if first.get(name) != second.get(name))


def test_two_builds_with_the_same_seed_are_byte_identical(
    seeds_output: Path, seeds_output_again: Path
) -> None:
    first, second = snapshot(seeds_output), snapshot(seeds_output_again)
    assert len(first) >= 4
    assert differing(first, second) == []


def test_committed_data_equals_a_fresh_build(seeds_output: Path) -> None:
    committed, fresh = snapshot(COMMITTED), snapshot(seeds_output)
    assert sorted(committed) == sorted(fresh), "the file lists differ"
    assert differing(committed, fresh) == [], (
        "data/ is stale: rebuild it with `fever-builder build` and commit it"
    )


def test_another_seed_changes_the_claims(seeds_output: Path, seed1_output: Path) -> None:
    seed0 = claim_splits(seeds_output)
    seed1 = claim_splits(seed1_output)
    texts0 = {row["claim"] for rows in seed0.values() for row in rows}
    texts1 = {row["claim"] for rows in seed1.values() for row in rows}
    assert texts0 != texts1
    test0 = {row["claim"] for row in seed0["test"]}
    test1 = {row["claim"] for row in seed1["test"]}
    assert test0 != test1, "the seed does not change the split"
    # the page corpus does not depend on the seed
    assert snapshot(seeds_output / "wiki_pages") == snapshot(seed1_output / "wiki_pages")
