"""Metrics against hand-computed answers, the report's schema and its renderings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fever_builder.baseline.report import (
    RESULT_KEYS,
    format_table,
    labels_present,
    markdown_report,
    score,
    write_report,
)
from fever_builder.errors import ParameterError

S, R, N = "SUPPORTS", "REFUTES", "NOT ENOUGH INFO"

# Six claims, worked by hand:
#   gold      S     S     S     S     R     R
#   predicted S     S     S     R     R     S
#   mutation  copy  copy  date  date  date  negation
# correct: 1 1 1 0 1 0 -> accuracy 4/6
# SUPPORTS: predicted S at 0,1,2,5 -> TP 3; precision 3/4, recall 3/4, F1 0.75
# REFUTES:  predicted R at 3,4     -> TP 1; precision 1/2, recall 1/2, F1 0.5
# macro F1 = (0.75 + 0.5) / 2 = 0.625
# per mutation: copy 2/2, date 2/3 (0.6667), negation 0/1
# confusion (rows gold S, R; columns predicted S, R): [[3, 1], [1, 1]]
GOLD = [S, S, S, S, R, R]
PREDICTED = [S, S, S, R, R, S]
MUTATIONS = ["copy", "copy", "date", "date", "date", "negation"]


def test_score_matches_the_hand_computed_answer() -> None:
    result = score(GOLD, PREDICTED, MUTATIONS)
    assert result["n"] == 6
    assert result["accuracy"] == 0.6667
    assert result["macro_f1"] == 0.625
    assert result["per_label"] == {
        S: {"precision": 0.75, "recall": 0.75, "f1": 0.75, "support": 4},
        R: {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2},
    }
    assert result["per_mutation"] == {
        "copy": {"n": 2, "accuracy": 1.0},
        "date": {"n": 3, "accuracy": 0.6667},
        "negation": {"n": 1, "accuracy": 0.0},
    }
    assert result["confusion"] == [[3, 1], [1, 1]]


def test_labels_present_keep_fever_order_and_include_predictions() -> None:
    assert labels_present([R, S], [S, S]) == [S, R]
    assert labels_present([R], [N]) == [R, N]
    # a predicted label absent from gold still gets a row and column
    result = score([S, R], [N, R], ["a", "b"])
    assert list(result["per_label"]) == [S, R, N]
    assert result["confusion"] == [[0, 0, 1], [0, 1, 0], [0, 0, 0]]
    assert result["per_label"][N] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0}
    assert result["macro_f1"] == pytest.approx((0 + 1 + 0) / 3, abs=1e-4)


def test_score_rejects_mismatched_or_empty_input() -> None:
    with pytest.raises(ParameterError, match="as long as gold"):
        score([S, R], [S], ["a", "b"])
    with pytest.raises(ParameterError, match="at least one claim"):
        score([], [], [])


def _report() -> dict[str, object]:
    first = {"model": "claim_evidence", "test_set": "test", **score(GOLD, PREDICTED, MUTATIONS)}
    second = {"model": "claim_only", "test_set": "symmetric dev", **score(GOLD, GOLD, MUTATIONS)}
    return {"train_size": 12, "results": [first, second]}


def test_write_report_writes_json_markdown_and_one_plot_per_result(tmp_path: Path) -> None:
    report_path = tmp_path / "out" / "report.json"
    written = write_report(_report(), report_path)
    assert json.loads(report_path.read_text(encoding="utf-8")) == _report()
    pngs = sorted(p for p in written if p.suffix == ".png")
    assert len(pngs) == 2
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)
    markdown = report_path.with_suffix(".md").read_text(encoding="utf-8")
    for png in pngs:
        assert f"]({png.name})" in markdown  # linked relative to the Markdown file
    assert "| claim_evidence | test | 6 | 0.667 | 0.625 |" in markdown
    assert "| date | 3 | 0.667 |" in markdown


def test_markdown_and_table_show_every_result() -> None:
    report = _report()
    table = format_table(report)
    assert table.splitlines()[0] == "trained on 12 claims"
    assert "claim_evidence  test" in table and "0.667" in table and "0.625" in table
    assert "symmetric dev" in table
    markdown = markdown_report(report, {})
    assert markdown.count("## ") == 2
    assert "![" not in markdown  # no figures given, none linked


def test_result_keys_are_the_design_shape() -> None:
    assert RESULT_KEYS == (
        "model",
        "test_set",
        "n",
        "accuracy",
        "macro_f1",
        "per_label",
        "per_mutation",
        "confusion",
    )
