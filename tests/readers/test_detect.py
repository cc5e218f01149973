"""Format detection per file, ``--format`` overrides, and unusable files."""

from __future__ import annotations

from pathlib import Path

import pytest

from fever_builder import errors
from fever_builder.readers import FORMAT_NAMES, decode_file, detect, list_inputs, read_file


@pytest.mark.parametrize(
    ("relative", "name"),
    [
        ("wikitext/battle_of_testville.txt", "wikitext"),
        ("wikitext/no_title_heading.txt", "wikitext"),
        ("html/battle_of_testville.txt", "html"),
        ("scraped/testville_scrape.txt", "scraped"),
        ("fever_dump/battle_dump.txt", "fever-dump"),
        ("wiki_pages/testville.jsonl", "wiki-pages"),
    ],
)
def test_detects_each_fixture_format(data_dir: Path, relative: str, name: str) -> None:
    fmt = detect(decode_file(data_dir / relative))
    assert fmt is not None and fmt.name == name


@pytest.mark.parametrize(
    ("seed", "name"),
    [
        ("000", "wikitext"),
        ("001", "wikitext"),
        ("002", "html"),
        ("003", "scraped"),
        ("004", "fever-dump"),
    ],
)
def test_detects_each_seed_format(seed: str, name: str) -> None:
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    [path] = seeds.glob(f"{seed}_*.txt")
    assert read_file(path).format == name


def test_format_override_reads_a_file_as_that_format(data_dir: Path) -> None:
    # the wiki text read as plain prose: no infobox, title from the file name
    result = read_file(data_dir / "wikitext" / "battle_of_testville.txt", format="scraped")
    [page] = result.pages
    assert result.format == "scraped"
    assert page.title == "battle_of_testville" and page.infobox == ()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", errors.EMPTY_FILE),
        (b"  \n\n\t\n", errors.EMPTY_FILE),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", errors.BINARY_FILE),
        ("Kəlbəcər was captured.".encode("utf-16"), "not UTF-8 (UTF-16"),
        (
            "Kalbajar (Kəlbəcər) was taken in 1993.".encode("cp1254", errors="replace")
            + "\nİşğal".encode("cp1254"),
            "not UTF-8",
        ),
        (b"1,2,3\n4,5,6\n7,8,9\n", "format not recognised"),
    ],
    ids=["empty", "blank", "binary", "utf-16", "not-utf-8", "csv-of-numbers"],
)
def test_unusable_file_gives_one_problem_and_no_pages(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = read_file(path)
    assert result.pages == []
    [problem] = result.problems
    assert problem.path == str(path)
    assert reason in problem.reason


def test_not_utf8_names_the_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("= Kalbajar =\n\nThe town lies in Azerbaïdjan.\n".encode("latin-1"))
    [problem] = read_file(path).problems
    assert problem.line == 3
    assert "0xef" in problem.reason and "UTF-8" in problem.reason


def test_unknown_format_message_lists_the_formats(tmp_path: Path) -> None:
    path = tmp_path / "numbers.csv"
    path.write_text("1,2,3\n4,5,6\n", encoding="utf-8")
    [problem] = read_file(path).problems
    assert "--format" in str(problem)
    assert all(name in str(problem) for name in FORMAT_NAMES)


def test_list_inputs_is_sorted_skips_hidden_and_reports_missing(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("b", encoding="utf-8")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("c", encoding="utf-8")
    assert list_inputs([tmp_path]) == [tmp_path / "a.txt", tmp_path / "b.txt"]
    # a file named twice is read once
    assert list_inputs([tmp_path, tmp_path / "b.txt"]) == [tmp_path / "a.txt", tmp_path / "b.txt"]
    with pytest.raises(errors.InputFileError, match="no such file"):
        list_inputs([tmp_path / "missing"])
