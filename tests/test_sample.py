"""--sample: claims from a seed-drawn share of sentences; every sentence still evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fever_builder.build import build
from fever_builder.claims.generate import in_sample
from fever_builder.config import BuildConfig
from fever_builder.corpus import Page, Sentence
from fever_builder.errors import ParameterError
from fever_builder.facts.entities import Lexicon
from fever_builder.text.dedup import assign_groups

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


def prose_lines(folder: Path) -> dict[str, int]:
    """Each page's number of prose lines: its infobox and table lines come after."""
    return {row["id"]: row["infobox_start"] for row in rows(folder, "wiki_pages")}


def groups_of(folder: Path) -> dict[str, set[str]]:
    """Duplicate groups of the written pages, by their sentences' texts."""
    out: dict[str, set[str]] = {}
    for row in rows(folder, "wiki_pages"):
        for line, group in zip(row["lines"].split("\n"), row["groups"], strict=True):
            if group:  # empty, infobox and table lines have no group
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
    # the prose's claims come from the drawn share of its sentences; the few infobox fields
    # and table rows are drawn one by one (their claims are checked in the next test)
    claims, all_claims = rows(sampled), rows(full)
    prose = prose_lines(full)
    drawn = [r for r in claims if r["source_sentence"] < prose[r["source_page"]]]
    every = [r for r in all_claims if r["source_sentence"] < prose[r["source_page"]]]
    assert 0.2 * len(every) < len(drawn) < 0.4 * len(every), (len(drawn), len(every))
    # every sentence is still in the pages, so still evidence
    assert rows(sampled, "wiki_pages") == rows(full, "wiki_pages")
    assert {r["label"] for r in claims} == {"SUPPORTS", "REFUTES"}
    manifest = json.loads((sampled / "fever_builder.json").read_text(encoding="utf-8"))
    assert manifest["sample"] == 0.3
    assert "a share of 0.3 of the sentences" in (sampled / "README.md").read_text("utf-8")
    assert "sample" not in json.loads((full / "fever_builder.json").read_text("utf-8"))


def test_claims_come_only_from_drawn_groups_fields_and_rows(sampled: Path) -> None:
    claims = rows(sampled)
    sentences = [r for r in claims if r["source_sentence"] < prose_lines(sampled)[r["source_page"]]]
    # infobox fields and table rows: the lines after the prose
    structured = [r for r in claims if r not in sentences]
    assert sentences and structured
    assert all(in_sample(r["group"], 0.3, 0) for r in sentences)
    assert all(in_sample(f"{r['source_page']}/{r['source_sentence']}", 0.3, 0) for r in structured)


def test_a_sampled_lexicon_still_knows_the_corpus_words_in_lower_case() -> None:
    # "Command" is a common word only in a sentence that is not drawn; a drawn
    # sentence that starts with it must not make it a name
    pages = assign_groups(
        [
            Page(
                "P",
                sentences=(
                    Sentence(0, "Command posts were moved to the hills in 1993."),
                    Sentence(1, "The army lost its command of the valley."),
                ),
            )
        ]
    )
    first = pages[0].sentences[0].group
    lexicon = Lexicon.from_pages(pages, cues={first})
    assert lexicon.is_common("command")
    assert not Lexicon.from_pages(
        [Page("P", sentences=pages[0].sentences[:1])], cues={first}
    ).is_common("command")


def test_the_draw_is_the_same_in_every_shard_and_changes_with_the_seed(
    tmp_path: Path, sampled: Path
) -> None:
    sharded = tmp_path / "sharded"
    build(BuildConfig(inputs=(SEEDS,), output=sharded, sample=0.3, shard_bytes=TWO_SHARDS))
    drawn = {g for g in groups_of(sampled) if in_sample(g, 0.3, 0)}
    prose = prose_lines(sampled)
    one = {r["group"] for r in rows(sampled) if r["source_sentence"] < prose[r["source_page"]]}
    two = {r["group"] for r in rows(sharded) if r["source_sentence"] < prose[r["source_page"]]}
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


@pytest.mark.parametrize("value", [0.0, -0.1, 1.5, float("nan")])
def test_a_sample_outside_0_to_1_is_refused_naming_the_option(value: float) -> None:
    with pytest.raises(ParameterError, match="--sample"):
        BuildConfig(sample=value)
