"""The `evaluate` and `predict` click commands, through CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from fever_builder.baseline.commands import evaluate_command, predict_command


@click.group()
def cli() -> None:
    """Stand-in for the fever-builder group the lead adds the commands to."""


cli.add_command(evaluate_command)
cli.add_command(predict_command)


@pytest.mark.parametrize("command", ["evaluate", "predict"])
def test_help_has_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"fever-builder {command}" in result.output.split("Example:")[1]


def test_evaluate_writes_the_report_and_prints_a_table(dataset_dir: Path, tmp_path: Path) -> None:
    report = tmp_path / "r" / "report.json"
    result = CliRunner().invoke(
        cli, ["evaluate", "--data", str(dataset_dir), "--report", str(report)]
    )
    assert result.exit_code == 0, result.output
    assert "claim_evidence" in result.output and "claim_only" in result.output
    assert str(report) in result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert [r["test_set"] for r in data["results"]] == ["test", "test", "test"]
    assert data["results"][-1]["model"] == "pipeline"
    header = result.output.splitlines()[1]
    assert "fever_score" in header and "recall@5" in header


def test_evaluate_default_report_path(
    dataset_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["evaluate", "--data", str(dataset_dir)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "reports" / "report.json").exists()
    assert (tmp_path / "reports" / "report.md").exists()


def test_evaluate_with_a_test_file(dataset_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "evaluate",
            "--data",
            str(dataset_dir),
            "--report",
            str(tmp_path / "report.json"),
            "--test-file",
            str(dataset_dir / "claims" / "train-00000-of-00002.jsonl"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "train-00000-of-00002" in result.output


def test_evaluate_missing_data_says_how_to_fix(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "evaluate",
            "--data",
            str(tmp_path / "nowhere"),
            "--report",
            str(tmp_path / "report.json"),
        ],
    )
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")
    assert "fever-builder build" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_predict_prints_label_and_probability(dataset_dir: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "predict",
            "--data",
            str(dataset_dir),
            "--claim",
            "The provincial capital fell on April 3, 1997.",
            "--evidence",
            "The provincial capital fell on April 3, 1993.",
        ],
    )
    assert result.exit_code == 0, result.output
    label, probability = result.output.strip().split("\t")
    assert label == "REFUTES"
    assert 0.5 < float(probability) <= 1.0


def test_predict_usage_errors(dataset_dir: Path) -> None:
    missing = CliRunner().invoke(cli, ["predict", "--data", str(dataset_dir)])
    assert missing.exit_code == 2
    assert "--claim" in missing.output
    empty = CliRunner().invoke(cli, ["predict", "--data", str(dataset_dir), "--claim", " "])
    assert empty.exit_code == 1
    assert "--claim is empty" in empty.output
