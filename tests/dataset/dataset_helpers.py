"""Shared helpers of the dataset tests: reading a built folder, normalising texts."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
COMMITTED = REPO / "data"
LABEL_NAMES = ["SUPPORTS", "REFUTES", "NOT ENOUGH INFO"]


def normalise(text: str) -> str:
    """NFKC, case-folded, white space collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def read_jsonl(paths: Iterable[Path]) -> list[dict]:
    rows: list[dict] = []
    for path in sorted(paths):
        with path.open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return rows


def claim_splits(folder: Path, config_dir: str = "claims") -> dict[str, list[dict]]:
    """Claim rows by split name, read from ``folder/config_dir/<split>-*.jsonl``."""
    splits: dict[str, list[dict]] = {}
    for path in sorted((folder / config_dir).glob("*.jsonl")):
        splits.setdefault(path.name.split("-")[0], []).extend(read_jsonl([path]))
    return splits


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path, with its bytes."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def card_header(folder: Path) -> dict:
    """The YAML header of the folder's README.md."""
    text = (folder / "README.md").read_text(encoding="utf-8")
    assert text.startswith("---\n"), "the card has no YAML header"
    header, _, _ = text[4:].partition("\n---\n")
    return yaml.safe_load(header)
