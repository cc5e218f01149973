"""The Symmetric FEVER adapter: rows in our schema, text decoded, errors that point at the row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fever_builder.baseline.data import parse_row, read_claims_file
from fever_builder.baseline.symmetric import convert_file, main, to_claim_rows
from fever_builder.errors import DataError


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_to_claim_rows_maps_fields_and_decodes_text(symmetric_sample: Path) -> None:
    rows = to_claim_rows(_rows(symmetric_sample))
    assert [r["id"] for r in rows] == [
        "symmetric-68232",
        "symmetric-802050000003",
        "symmetric-802050000004",
    ]
    assert [r["label"] for r in rows] == ["REFUTES", "SUPPORTS", "REFUTES"]
    assert rows[0]["claim"] == "I Kissed a Girl was recorded by cats."
    assert rows[0]["evidence"] == [
        [
            {
                "page": "",
                "sentence_id": 0,
                "text": '"I Kissed a Girl" is a song recorded by American singer Katy Perry '
                "for her second studio album, One of the Boys (2008).",
            }
        ]
    ]
    assert all(r["mutation"] == "human" for r in rows)
    # the two rows of one claim share a group, so nothing can split them
    assert rows[1]["group"] == rows[2]["group"] != rows[0]["group"]
    # every converted row is a valid claim row
    parsed = [parse_row(r) for r in rows]
    assert (
        parsed[2].evidence
        == "Distributed by Columbia Pictures, the film was released on March 23, 2017."
    )


def test_evidence_may_come_from_evid_only() -> None:
    (row,) = to_claim_rows(
        [{"id": "1", "claim": "A .", "label": "SUPPORTS", "evid": [["B -LRB- c -RRB- .", 1.0]]}]
    )
    assert row["evidence"][0][0]["text"] == "B (c)."


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ({"claim": "A.", "evidence": "B.", "label": "NEUTRAL"}, "label 'NEUTRAL'"),
        ({"claim": "", "evidence": "B.", "label": "SUPPORTS"}, "no 'claim'"),
        ({"claim": "A.", "label": "SUPPORTS"}, "no 'evidence'"),
    ],
)
def test_bad_rows_are_reported_with_their_number(row: dict[str, object], reason: str) -> None:
    good = {"claim": "A.", "evidence": "A.", "label": "SUPPORTS"}
    with pytest.raises(DataError, match=rf"row 2: .*{reason}"):
        to_claim_rows([good, row])


def test_module_entry_converts_a_file(symmetric_sample: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "sub" / "symmetric.jsonl"
    assert main([str(symmetric_sample), str(target)]) == 0
    assert "wrote 3 claim rows" in capsys.readouterr().out
    rows = read_claims_file(target)
    assert [r.label for r in rows] == ["REFUTES", "SUPPORTS", "REFUTES"]
    assert convert_file(symmetric_sample, target) == 3


def test_module_entry_usage_and_errors(tmp_path: Path, capsys) -> None:
    assert main(["--help"]) == 0
    assert "Example:" in capsys.readouterr().out
    assert main([]) == 2
    assert main([str(tmp_path / "missing.jsonl"), str(tmp_path / "out.jsonl")]) == 1
    assert "cannot read" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"claim": "A.", "evidence": "B.", "label": "SUPPORTS"}\n{"claim": "A."}\n',
        encoding="utf-8",
    )
    assert main([str(bad), str(tmp_path / "out.jsonl")]) == 1
    assert f"{bad}: row 2" in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()
