"""Acceptance of issue 4: parameter errors and output safety through the command line."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from dataset_helpers import SEEDS, snapshot

from fever_builder.cli import main


def test_test_size_out_of_range_exits_2_naming_the_option(tmp_path: Path) -> None:
    output = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["build", "--input", str(SEEDS), "--output", str(output), "--test-size", "1.5"]
    )
    assert result.exit_code == 2, result.output
    assert "--test-size" in result.output
    assert "1.5" in result.output
    assert not output.exists()


def test_a_folder_that_is_not_a_build_is_refused_and_kept(tmp_path: Path) -> None:
    output = tmp_path / "mine"
    output.mkdir()
    (output / "notes.txt").write_text("my own notes\n", encoding="utf-8")
    (output / "sub").mkdir()
    (output / "sub" / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    before = snapshot(output)
    result = CliRunner().invoke(main, ["build", "--input", str(SEEDS), "--output", str(output)])
    assert result.exit_code != 0
    assert "--force" in result.output
    assert snapshot(output) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"], "a staging folder was left"
