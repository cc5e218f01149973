"""Acceptance of issue 4: the built folder loads with datasets alone, typed, with a real card."""

from __future__ import annotations

import json
import re
from pathlib import Path

import datasets
import pytest
from dataset_helpers import COMMITTED, LABEL_NAMES, card_header, claim_splits

import fever_builder
from fever_builder.dataset import features as features_module
from fever_builder.dataset.features import to_features


@pytest.fixture(params=["fresh", "committed"])
def folder(request: pytest.FixtureRequest, seeds_output: Path) -> Path:
    """A fresh build of seeds/ and the committed data/ (users load the latter)."""
    return seeds_output if request.param == "fresh" else COMMITTED


def test_load_dataset_returns_train_and_test(folder: Path, tmp_path: Path) -> None:
    loaded = datasets.load_dataset(str(folder), cache_dir=str(tmp_path / "cache"))
    assert isinstance(loaded, datasets.DatasetDict)
    assert set(loaded) == {"train", "test"}
    on_disk = claim_splits(folder)
    assert {name: len(rows) for name, rows in on_disk.items()} == {
        name: loaded[name].num_rows for name in loaded
    }


def test_label_is_a_class_label_with_fever_names(folder: Path, tmp_path: Path) -> None:
    loaded = datasets.load_dataset(str(folder), cache_dir=str(tmp_path / "cache"))
    for split in loaded.values():
        label = split.features["label"]
        assert isinstance(label, datasets.ClassLabel)
        assert label.names == LABEL_NAMES
    # ids follow the names: a SUPPORTS row reads back as 0
    first = claim_splits(folder)["train"][0]
    assert loaded["train"][0]["label"] == LABEL_NAMES.index(first["label"])


def test_evidence_is_typed_nested_lists(folder: Path, tmp_path: Path) -> None:
    loaded = datasets.load_dataset(str(folder), cache_dir=str(tmp_path / "cache"))
    evidence = loaded["train"].features["evidence"]
    assert isinstance(evidence, datasets.List), type(evidence)
    assert isinstance(evidence.feature, datasets.List), evidence
    inner = evidence.feature.feature
    assert isinstance(inner, dict) and list(inner) == ["page", "sentence_id", "text"]
    assert inner["page"] == datasets.Value("string")
    assert inner["sentence_id"] == datasets.Value("int32")
    assert inner["text"] == datasets.Value("string")
    row = loaded["train"][0]
    assert isinstance(row["evidence"][0][0]["sentence_id"], int)


def test_wiki_pages_config_returns_the_pages(folder: Path, tmp_path: Path) -> None:
    pages = datasets.load_dataset(str(folder), "wiki_pages", cache_dir=str(tmp_path / "cache"))
    rows = pages["train"]
    assert rows.num_rows == 5
    assert {"id", "text", "lines"} <= set(rows.column_names)
    titles = set(rows["id"])
    assert {"Operation Kalbajar", "Battle of Kalbajar", "First Nagorno-Karabakh War"} <= titles
    for row in rows:
        first = row["lines"].split("\n")[0]
        number, _, sentence = first.partition("\t")
        assert number.isdigit() and sentence and sentence in row["text"]


def test_fever_builder_load_returns_a_dataset_dict(
    seeds_output: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", str(tmp_path / "cache"))
    loaded = fever_builder.load(seeds_output)
    assert isinstance(loaded, datasets.DatasetDict)
    assert set(loaded) == {"train", "test"}
    pages = fever_builder.load(seeds_output, "wiki_pages")
    assert pages["train"].num_rows == 5


def expected_size_category(n: int) -> str:
    for limit, name in (
        (1_000, "n<1K"),
        (10_000, "1K<n<10K"),
        (100_000, "10K<n<100K"),
        (1_000_000, "100K<n<1M"),
        (10_000_000, "1M<n<10M"),
    ):
        if n < limit:
            return name
    return "n>1T" if n > 10**12 else "10M<n<100M"


def test_card_yaml_header(seeds_output: Path) -> None:
    header = card_header(seeds_output)
    configs = {c["config_name"]: c for c in header["configs"]}
    assert {"default", "wiki_pages"} <= set(configs)
    assert "nei" not in configs  # built without --nei
    assert header["license"] == "cc-by-sa-3.0"
    assert "fact-checking" in header["task_ids"]
    assert "text-classification" in header["task_categories"]
    total = sum(len(rows) for rows in claim_splits(seeds_output).values())
    assert header["size_categories"] == [expected_size_category(total)]
    info = {c["config_name"]: c for c in header["dataset_info"]}
    for name in ("default",):
        features = {f["name"]: f for f in info[name]["features"]}
        names = features["label"]["dtype"]["class_label"]["names"]
        assert [names[k] for k in sorted(names, key=int)] == LABEL_NAMES


@pytest.mark.parametrize("name", ["CLAIMS", "WIKI_PAGES"])
def test_card_features_are_what_datasets_writes(name: str) -> None:
    # the card's features are plain data; datasets must read them and write them back unchanged
    fields = getattr(features_module, name)
    features = to_features(fields)
    assert isinstance(features, datasets.Features)
    assert datasets.DatasetInfo(features=features)._to_yaml_dict()["features"] == fields


def test_card_features_match_the_rows(seeds_output: Path) -> None:
    claims = to_features(features_module.CLAIMS)
    pages = to_features(features_module.WIKI_PAGES)
    for config, fields in (("claims", claims), ("wiki_pages", pages)):
        for path in sorted((seeds_output / config).glob("*.jsonl")):
            row = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
            assert set(row) == set(fields), (config, path.name)


def test_card_data_files_match_the_folder(seeds_output: Path) -> None:
    header = card_header(seeds_output)
    for config in header["configs"]:
        for entry in config["data_files"]:
            assert list(seeds_output.glob(entry["path"])), (config["config_name"], entry)


def test_card_body_documents_the_dataset(seeds_output: Path) -> None:
    body = (seeds_output / "README.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    splits = claim_splits(seeds_output)
    # a table of counts by label, and every mutation type of the data explained
    for label in ("SUPPORTS", "REFUTES"):
        row = (
            f"| {label} | "
            + " | ".join(
                str(sum(r["label"] == label for r in splits[name])) for name in ("train", "test")
            )
            + " |"
        )
        assert row in body, row
    for mutation in sorted({r["mutation"] for rows in splits.values() for r in rows}):
        assert f"`{mutation}`" in body, mutation
    # where infobox fields and table rows start among a page's lines
    assert "infobox_start + k" in body and "tables_start + j" in body
    assert '"15\\t"' in body  # an id without text keeps an empty line
    # measured artefact figures, known limits, citations
    lowered = body.casefold()
    assert "claim-only" in lowered and "overlap" in lowered
    assert re.search(r"\|\s*0\.\d{2,}\s*\|", body), "no measured accuracy in the card"
    assert "known limits" in lowered
    assert "FEVER" in body and "Symmetric FEVER" in body
