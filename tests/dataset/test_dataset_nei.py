"""Acceptance of issue 4 (and issue 3 item 7): a --nei build has a typed nei config."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import datasets
from dataset_helpers import LABEL_NAMES, card_header, claim_splits, normalise

NEI = "NOT ENOUGH INFO"


def nei_rows(folder: Path) -> dict[str, list[dict]]:
    header = card_header(folder)
    config = next(c for c in header["configs"] if c["config_name"] == "nei")
    directory = Path(config["data_files"][0]["path"]).parts[0]
    return claim_splits(folder, directory)


def test_card_declares_the_nei_config(nei_output: Path) -> None:
    names = [c["config_name"] for c in card_header(nei_output)["configs"]]
    assert {"default", "wiki_pages", "nei"} <= set(names)


def test_nei_config_loads_with_not_enough_info_rows(nei_output: Path, tmp_path: Path) -> None:
    loaded = datasets.load_dataset(str(nei_output), "nei", cache_dir=str(tmp_path / "cache"))
    assert {"train", "test"} <= set(loaded)
    label = loaded["train"].features["label"]
    assert isinstance(label, datasets.ClassLabel) and label.names == LABEL_NAMES
    assert isinstance(loaded["train"].features["evidence"], datasets.List)
    nei_id = LABEL_NAMES.index(NEI)
    counts = Counter(value for split in loaded.values() for value in split["label"])
    assert counts[nei_id] > 0, counts


def test_every_nei_row_has_evidence(nei_output: Path) -> None:
    rows = [row for split in nei_rows(nei_output).values() for row in split]
    nei = [row for row in rows if row["label"] == NEI]
    assert len(nei) >= 45  # 52 on the seeds (73 before figures needed their scope)
    bad = [row["id"] for row in rows if not row["evidence"] or not all(row["evidence"])]
    assert bad == [], f"{len(bad)} rows without evidence"


def test_nei_evidence_does_not_state_either_value(nei_output: Path) -> None:
    rows = [row for split in nei_rows(nei_output).values() for row in split]
    shared = 0
    for row in (r for r in rows if r["label"] == NEI):
        text = " ".join(e["text"] for s in row["evidence"] for e in s)
        values = [row["original"], row["replacement"]]
        if row["generator"].endswith("nei.shared_slot.v1"):
            # a name changed in a slot that may hold several: its own sentence, which
            # holds the original and does not rule the new name out
            shared += 1
            values = values[1:]
        for value in values:
            if value:
                assert value not in text, (row["claim"], value, text)
    assert shared > 0, "no NOT ENOUGH INFO claims from shared slots"


def test_nei_build_keeps_the_split_clean(nei_output: Path) -> None:
    splits = nei_rows(nei_output)

    def texts(rows: list[dict]) -> set[str]:
        return {normalise(e["text"]) for r in rows for s in r["evidence"] for e in s}

    assert texts(splits["train"]) & texts(splits["test"]) == set()
    assert {normalise(r["claim"]) for r in splits["train"]} & {
        normalise(r["claim"]) for r in splits["test"]
    } == set()


def test_default_config_of_a_nei_build_has_no_nei_rows(nei_output: Path) -> None:
    labels = {row["label"] for rows in claim_splits(nei_output).values() for row in rows}
    assert labels == {"SUPPORTS", "REFUTES"}
