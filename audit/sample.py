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


def sample(data: Path) -> list[dict[str, object]]:
    rows = []
    for path in sorted((data / "claims").glob("*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    rows.sort(key=lambda r: r["id"])
    # a build of fewer claims is read whole, in a random order
    return random.Random(SEED).sample(rows, min(SIZE, len(rows)))


if __name__ == "__main__":
    data = Path(sys.argv[1] if len(sys.argv) > 1 else "data")
    for n, row in enumerate(sample(data), 1):
        print(f"#{n} {row['id']} [{row['label']}] ({row['generator']})")
        print(f"  CLAIM: {row['claim']}")
        for i, evidence_set in enumerate(row["evidence"]):
            for e in evidence_set:
                print(f"  EV{i}: {e['page']} #{e['sentence_id']}: {e['text']}")
