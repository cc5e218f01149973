"""--sample: claims from a seed-drawn share of sentences; every sentence still evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fever_builder.build import build
from fever_builder.claims.generate import generate, in_sample
from fever_builder.config import BuildConfig
from fever_builder.errors import ParameterError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# cuts seeds/ into two shards: 000-003 and 004
TWO_SHARDS = int(0.06 * 2**20)


def rows(folder: Path, kind: str = "claims") -> list[dict]:
    return [
        json.loads(line)
        for path in sorted((folder / kind).glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


def groups_of(folder: Path) -> dict[str, set[str]]:
    """Duplicate groups of the written pages, by their sentences' texts."""
    out: dict[str, set[str]] = {}
    for row in rows(folder, "wiki_pages"):
        for line, group in zip(row["lines"].split("\n"), row["groups"], strict=True):
            out.setdefault(group, set()).add(line.partition("\t")[2])
    return out


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("full") / "data"
    build(BuildConfig(inputs=(SEEDS,), output=output))
    return output


@pytest.fixture(scope="module")
def sampled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("sampled") / "data"
    build(BuildConfig(inputs=(SEEDS,), output=output, sample=0.3))
    return output


def test_a_sample_makes_claims_from_that_share_and_keeps_every_sentence(
    full: Path, sampled: Path
) -> None:
    claims, all_claims = rows(sampled), rows(full)
    assert 0.2 * len(all_claims) < len(claims) < 0.4 * len(all_claims)
    # every sentence is still in the pages, so still evidence
    assert rows(sampled, "wiki_pages") == rows(full, "wiki_pages")
    assert {r["label"] for r in claims} == {"SUPPORTS", "REFUTES"}
    manifest = json.loads((sampled / "fever_builder.json").read_text(encoding="utf-8"))
    assert manifest["sample"] == 0.3
    assert "sample of 30.00% of the sentences" in (sampled / "README.md").read_text("utf-8")
    assert "sample" not in json.loads((full / "fever_builder.json").read_text("utf-8"))


def test_sentence_claims_come_only_from_drawn_groups(sampled: Path) -> None:
    claims = [r for r in rows(sampled) if r["source_sentence"] < 10_000]  # not infobox or table
    assert claims
    assert all(in_sample(r["group"], 0.3, 0) for r in claims)


def test_the_draw_is_the_same_in_every_shard_and_changes_with_the_seed(
    tmp_path: Path, sampled: Path
) -> None:
    sharded = tmp_path / "sharded"
    build(BuildConfig(inputs=(SEEDS,), output=sharded, sample=0.3, shard_bytes=TWO_SHARDS))
    drawn = {g for g in groups_of(sampled) if in_sample(g, 0.3, 0)}
    one = {r["group"] for r in rows(sampled) if r["source_sentence"] < 10_000}
    two = {r["group"] for r in rows(sharded) if r["source_sentence"] < 10_000}
    # a shard groups near-copies among its own pages, so a few ids differ
    assert all(in_sample(g, 0.3, 0) for g in one | two)
    assert len(one & two) > 0.8 * len(one)
    other_seed = {g for g in groups_of(sampled) if in_sample(g, 0.3, 1)}
    assert 0.2 * len(groups_of(sampled)) < len(drawn) < 0.4 * len(groups_of(sampled))
    assert len(drawn & other_seed) < 0.5 * len(drawn)


def test_a_sampled_build_is_deterministic(tmp_path: Path, sampled: Path) -> None:
    again = tmp_path / "again"
    build(BuildConfig(inputs=(SEEDS,), output=again, sample=0.3))
    for path in sorted(sampled.rglob("*")):
        if path.is_file():
            assert (again / path.relative_to(sampled)).read_bytes() == path.read_bytes(), path


def test_sample_one_is_the_whole_corpus() -> None:
    from fever_builder.build import read_corpus
    from fever_builder.text.dedup import assign_groups

    pages = assign_groups(read_corpus(BuildConfig(inputs=(SEEDS,))))
    whole = generate(pages, seed=0)
    assert [c.claim for c in generate(pages, seed=0, sample=1.0, sample_seed=5).claims] == [
        c.claim for c in whole.claims
    ]


@pytest.mark.parametrize("value", [0.0, -0.1, 1.5, float("nan")])
def test_a_sample_outside_0_to_1_is_refused_naming_the_option(value: float) -> None:
    with pytest.raises(ParameterError, match="--sample"):
        BuildConfig(sample=value)
