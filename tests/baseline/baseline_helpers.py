"""Small helpers for the baseline tests: build claim rows and write JSONL files."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "baseline"


def claim_row(
    claim: str, label: str, evidence: str | None, mutation: str = "copy", *, id: str = ""
) -> dict[str, object]:
    """A claim row in the dataset schema; ``evidence=None`` means no evidence set."""
    sets = [] if evidence is None else [[{"page": "P", "sentence_id": 0, "text": evidence}]]
    return {
        "id": id or claim[:30],
        "claim": claim,
        "label": label,
        "evidence": sets,
        "mutation": mutation,
    }


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    """Write rows as JSONL, creating the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return path


def make_dataset(
    folder: Path, train: list[dict[str, object]], test: list[dict[str, object]]
) -> Path:
    """A dataset folder with ``claims/train.jsonl`` and ``claims/test.jsonl``."""
    write_jsonl(folder / "claims" / "train.jsonl", train)
    write_jsonl(folder / "claims" / "test.jsonl", test)
    return folder
