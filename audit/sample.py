"""Draw the label-precision audit sample: 100 claims of a build, with a fixed seed.

Usage: python audit/sample.py [DATA_DIR] > audit/sample.txt

A build of fewer than 100 claims gives all of them. Each claim is printed with its label and evidence, for a person to read and
record a verdict in audit/label_audit.jsonl.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SEED = 2026
SIZE = 100


def rows_of(data: Path) -> list[dict[str, object]]:
    """Every claim of a build, by id."""
    rows = []
    for path in sorted((data / "claims").glob("*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return sorted(rows, key=lambda r: r["id"])


def sample(data: Path) -> list[dict[str, object]]:
    rows = rows_of(data)
    # a build of fewer claims is read whole, in a random order
    return random.Random(SEED).sample(rows, min(SIZE, len(rows)))


def for_readers(rows: list[dict[str, object]]) -> str:
    """Claims numbered from 1, each with its label and evidence, as readers get them."""
    lines = []
    for n, row in enumerate(rows, 1):
        lines.append(f"#{n} {row['id']} [{row['label']}] ({row['generator']})")
        lines.append(f"  CLAIM: {row['claim']}")
        for i, evidence_set in enumerate(row["evidence"]):
            for e in evidence_set:
                lines.append(f"  EV{i}: {e['page']} #{e['sentence_id']}: {e['text']}")
    return "".join(f"{line}\n" for line in lines)


if __name__ == "__main__":
    sys.stdout.write(for_readers(sample(Path(sys.argv[1] if len(sys.argv) > 1 else "data"))))
