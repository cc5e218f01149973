"""Builds never read their own output, never delete their inputs, and fail cleanly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from fever_builder.cli import main

DATA = Path(__file__).parent / "data"


def run(*args: str) -> object:
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder holding one article, as the working directory."""
    (tmp_path / "articles").mkdir()
    source = DATA / "wikitext" / "battle_of_testville.txt"
    (tmp_path / "articles" / source.name).write_bytes(source.read_bytes())
    (tmp_path / "notes.txt").write_text("keep me\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_previous_build_inside_the_input_is_not_read_back(project: Path) -> None:
    first = run("build", "--input", ".", "--output", "data", "--test-size", "0.5")
    assert first.exit_code == 0, first.output
    pages_before = (project / "data" / "wiki_pages" / "wiki_pages-00000.jsonl").read_text()
    second = run("build", "--input", ".", "--output", "data", "--test-size", "0.5")
    assert second.exit_code == 0, second.output
    pages_after = (project / "data" / "wiki_pages" / "wiki_pages-00000.jsonl").read_text()
    assert pages_after == pages_before
    assert "data/" not in second.output.split("wrote")[0]  # no file of the build was read


@pytest.mark.parametrize("output", [".", "articles", ".."])
def test_force_never_replaces_the_current_folder_or_an_input(project: Path, output: str) -> None:
    result = run("build", "--input", "articles", "--output", output, "--force")
    assert result.exit_code == 1
    assert "--output" in result.output and "Traceback" not in result.output
    assert (project / "notes.txt").read_text(encoding="utf-8") == "keep me\n"
    assert (project / "articles" / "battle_of_testville.txt").is_file()


def test_an_output_below_a_file_is_a_one_line_error_before_reading(project: Path) -> None:
    result = run("build", "--input", "articles", "--output", "notes.txt/data")
    assert result.exit_code == 1
    assert "cannot be created" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_an_empty_split_fails_and_writes_nothing(project: Path) -> None:
    result = run("build", "--input", "articles", "--output", "data", "--test-size", "0.0001")
    assert result.exit_code == 1
    assert "split(s) would be empty" in result.output
    assert not (project / "data").exists()


def test_workers_read_in_parallel_and_give_the_same_build(project: Path) -> None:
    scraped = DATA / "scraped" / "testville_scrape.txt"
    (project / "articles" / scraped.name).write_bytes(scraped.read_bytes())
    one = run("build", "--input", "articles", "--output", "one", "--test-size", "0.5")
    two = run(
        "build", "--input", "articles", "--output", "two", "--test-size", "0.5", "--workers", "2"
    )
    assert one.exit_code == 0 and two.exit_code == 0, (one.output, two.output)
    files = sorted(
        p.relative_to(project / "one") for p in (project / "one").rglob("*") if p.is_file()
    )
    assert files
    for relative in files:
        assert (project / "one" / relative).read_bytes() == (
            project / "two" / relative
        ).read_bytes()


def test_a_bad_first_line_does_not_hide_a_wiki_pages_dump(project: Path) -> None:
    rows = [
        json.dumps({"id": f"Page_{n}", "lines": f"0\tPage {n} was founded in 19{50 + n}."})
        for n in range(5)
    ]
    (project / "articles" / "dump.jsonl").write_text(
        '{"id": "x", "lines": \n' + "\n".join(rows) + "\n", encoding="utf-8"
    )
    result = run("build", "--input", "articles", "--output", "data", "--test-size", "0.5")
    assert "dump.jsonl:1:" in result.output
    assert "dump.jsonl: wiki-pages, 5 page(s)" in result.output
