"""Adapter: Symmetric FEVER rows -> claim rows in this project's schema.

Symmetric FEVER (Schuster et al., 2019) is a set of human-written claims,
each with the one Wikipedia sentence that decides it; every claim appears
once as SUPPORTS and once as REFUTES, with different evidence, so the claim
wording alone cannot give the label away. It measures whether a verifier
trained on generated claims works on claims people wrote.

A source row looks like::

    {"id": "54253", "claim": "Daggering is associated with ... .",
     "evidence": "It is of recent origin , associated with ... .",
     "label": "REFUTES", "gold_label": "REFUTES",
     "sentence1": <evidence>, "sentence2": <claim>, "evid": [[<evidence>, 1.0]]}

and becomes::

    {"id": "symmetric-54253", "claim": "Daggering is associated with ....",
     "label": "REFUTES",
     "evidence": [[{"page": "", "sentence_id": 0, "text": "It is of recent origin, ..."}]],
     "mutation": "human", "generator": "symmetric_fever.v0.2", "source_id": "54253"}

Text is decoded from FEVER's tokenisation (``-LRB-``, spaces around
punctuation; see :func:`fever_builder.baseline.data.decode_fever_text`).
The file names neither the Wikipedia page nor the sentence number of the
evidence (``evid`` only repeats the sentence with a weight), so ``page`` is
``""`` and ``sentence_id`` is ``0``. Every claim is paired: the two rows that
share a claim get the same ``group`` so that nothing splits them.

Usage: ``python -m fever_builder.baseline.symmetric IN.jsonl OUT.jsonl``
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from fever_builder.baseline.data import LABELS, decode_fever_text, iter_json_lines
from fever_builder.errors import DataError

__all__ = ["GENERATOR", "convert_file", "main", "to_claim_row", "to_claim_rows"]

GENERATOR = "symmetric_fever.v0.2"
MUTATION = "human"


def to_claim_row(row: Mapping[str, object], *, line: int | None = None) -> dict[str, object]:
    """One Symmetric FEVER row as a claim row.

    The evidence is ``row["evidence"]``, or the first sentence of ``evid``
    when ``evidence`` is absent. ``line`` only serves error messages.

    Raises:
        DataError: when the row has no claim, no evidence or an unknown label.
    """
    where = f"row {line}" if line is not None else f"row {row.get('id', '?')!r}"
    claim = row.get("claim", row.get("sentence2"))
    evidence = row.get("evidence", row.get("sentence1"))
    if evidence is None and isinstance(row.get("evid"), list) and row["evid"]:
        evidence = row["evid"][0][0]  # type: ignore[index]
    label = row.get("label", row.get("gold_label"))
    if not isinstance(claim, str) or not claim.strip():
        raise DataError(f"{where}: no 'claim' text; is this a Symmetric FEVER file?")
    if not isinstance(evidence, str) or not evidence.strip():
        raise DataError(f"{where}: no 'evidence' sentence; is this a Symmetric FEVER file?")
    if label not in LABELS:
        raise DataError(f"{where}: label {label!r} is not one of {', '.join(LABELS)}")
    source_id = str(row.get("id", line if line is not None else ""))
    claim_text = decode_fever_text(claim)
    return {
        "id": f"symmetric-{source_id}",
        "claim": claim_text,
        "label": label,
        "evidence": [[{"page": "", "sentence_id": 0, "text": decode_fever_text(evidence)}]],
        "mutation": MUTATION,
        "generator": GENERATOR,
        "source_id": source_id,
        "group": claim_text,
    }


def to_claim_rows(rows: Iterable[Mapping[str, object]]) -> list[dict[str, object]]:
    """Convert Symmetric FEVER rows to claim rows, in order.

    Raises:
        DataError: naming the first bad row (1-based).
    """
    return [to_claim_row(row, line=number) for number, row in enumerate(rows, start=1)]


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for number, value in iter_json_lines(path):
        if not isinstance(value, dict):
            raise DataError(f"{path}:{number}: expected a JSON object per line")
        rows.append(value)
    return rows


def convert_file(source: str | Path, target: str | Path) -> int:
    """Convert a Symmetric FEVER JSONL file to a claims JSONL file; return the row count.

    Raises:
        DataError: when the source is unreadable or a row is malformed
            (the message names the file and line).
    """
    source, target = Path(source), Path(target)
    rows = _read_jsonl(source)
    if not rows:
        raise DataError(f"{source}: no rows; give the Symmetric FEVER dev or test JSONL file")
    converted = []
    for number, row in enumerate(rows, start=1):
        try:
            converted.append(to_claim_row(row, line=number))
        except DataError as error:
            raise DataError(f"{source}: {error}") from error
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as handle:
        for row in converted:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(converted)


USAGE = """usage: python -m fever_builder.baseline.symmetric IN.jsonl OUT.jsonl

Convert Symmetric FEVER rows (claim, evidence, label) into claim rows that
`fever-builder evaluate --test-file OUT.jsonl` scores.

Example:
  python -m fever_builder.baseline.symmetric fever_symmetric_dev.jsonl symmetric_dev.jsonl
"""


def main(argv: list[str] | None = None) -> int:
    """``python -m fever_builder.baseline.symmetric IN OUT``; returns the exit status."""
    args = sys.argv[1:] if argv is None else argv
    if args in (["-h"], ["--help"]):
        print(USAGE, end="")
        return 0
    if len(args) != 2:
        print(USAGE, end="", file=sys.stderr)
        return 2
    try:
        count = convert_file(args[0], args[1])
    except DataError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    print(f"wrote {count} claim rows to {args[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
