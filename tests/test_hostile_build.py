"""Issue 14's cases through the CLI: a lenient build exits 0 and names the file; --strict
exits non-zero and writes nothing; never a traceback."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Callable
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from fever_builder.build import PAGES_FILE
from fever_builder.cli import main
from fever_builder.readers.source import MAX_LINE_BYTES

DATA = Path(__file__).resolve().parent / "data"
ARTICLE = DATA / "wikitext" / "battle_of_testville.txt"
ROW = '{"id": "Lachin", "lines": "0\\tLachin is a town in Azerbaijan -LRB- 1992 -RRB- ."}'


def deep_nesting(folder: Path) -> Path:
    path = folder / "deep.jsonl"
    path.write_text(ROW + "\n" + "[" * 100_000 + "\n", encoding="utf-8")
    return path


def link_out(folder: Path) -> Path:
    secret = folder.parent / "secret.txt"
    secret.write_text("= Secret =\n\nThe secret was kept in 1993 by the town.\n", encoding="utf-8")
    os.symlink(secret, folder / "secret.txt")
    return folder / "secret.txt"


def fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe.txt")
    return folder / "pipe.txt"


def unix_socket(folder: Path) -> Path:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock"))
    return folder / "sock"


def empty_page_id(folder: Path) -> Path:
    path = folder / "ids.jsonl"
    path.write_text(ROW + "\n" + json.dumps({"id": "\u202e\u0000", "lines": "0\tA b c."}) + "\n")
    return path


def long_line(folder: Path) -> Path:
    path = folder / "long.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(ROW + '\n{"id": "Long", "lines": "0\\t')
        handle.write("word " * (MAX_LINE_BYTES // 5 + 1) + '"}\n')
    return path


def not_utf8(folder: Path) -> Path:
    path = folder / "surrogate.txt"
    path.write_bytes(b"= Town =\n\nThe town \xed\xa0\x80 was taken in 1993.\n")
    return path


def wrong_types(folder: Path) -> Path:
    path = folder / "types.jsonl"
    rows = [
        ROW,
        '{"id": "X", "lines": "0\\tA b.", "tables": [{"table": 1, "row": Infinity}]}',
        '{"id": "Y", "lines": 7}',
        '{"id": "Z", "lines": "0\\tA.", "row": ' + "9" * 5000 + "}",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


CASES: dict[str, Callable[[Path], Path]] = {
    "deep-nesting": deep_nesting,
    "link-out-of-the-input": link_out,
    "named-pipe": fifo,
    "socket": unix_socket,
    "page-id-empty-after-cleaning": empty_page_id,
    "line-over-the-limit": long_line,
    "encoded-surrogate": not_utf8,
    "wrong-json-types": wrong_types,
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An input folder with one good article."""
    folder = tmp_path / "input"
    folder.mkdir()
    (folder / ARTICLE.name).write_bytes(ARTICLE.read_bytes())
    return folder


def run(*args: str) -> click.testing.Result:
    result = CliRunner().invoke(main, ["build", *args, "--test-size", "0.5"])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


@pytest.mark.parametrize("make", CASES.values(), ids=CASES.keys())
def test_lenient_build_names_the_file_and_builds_the_rest(
    tmp_path: Path, folder: Path, make: Callable[[Path], Path]
) -> None:
    bad = make(folder)
    output = tmp_path / "data"
    result = run("--input", str(folder), "--output", str(output))
    assert result.exit_code == 0, result.output
    assert any(line.startswith(f"skipped {bad}") for line in result.output.splitlines()), (
        result.output
    )
    with (output / PAGES_FILE).open(encoding="utf-8") as handle:
        titles = {json.loads(line)["id"] for line in handle}
    assert "Battle of Testville" in titles
    assert "Secret" not in titles


@pytest.mark.parametrize("make", CASES.values(), ids=CASES.keys())
def test_strict_build_fails_and_writes_nothing(
    tmp_path: Path, folder: Path, make: Callable[[Path], Path]
) -> None:
    bad = make(folder)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run("--input", str(folder), "--output", str(tmp_path / "data"), "--strict")
    assert result.exit_code == 1
    assert str(bad) in result.output and "nothing was written" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_control_and_bidi_characters_are_counted_in_the_summary(
    tmp_path: Path, folder: Path
) -> None:
    text = "0\tLachin\u0000 is a town in Azerbaijan -LRB- 1992 -RRB- ."
    row = {"id": "Lach\u202ein", "lines": text}
    (folder / "pages.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    output = tmp_path / "data"
    result = run("--input", str(folder), "--output", str(output), "--strict")
    assert result.exit_code == 0, result.output
    assert "removed characters from page ids and text: bidi 1, control 1" in result.output
    text = (output / PAGES_FILE).read_text(encoding="utf-8")
    assert "\u202e" not in text and "\\u0000" not in text and '"Lachin"' in text
    manifest = json.loads((output / "fever_builder.json").read_text(encoding="utf-8"))
    assert manifest["removed_characters"] == {"bidi": 1, "control": 1}


def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path, folder: Path) -> None:
    name = os.fsdecode(b"caf\xe9\xe2\x80\xae.txt")  # Latin-1 byte, then a right-to-left override
    (folder / name).write_bytes(ARTICLE.read_bytes().replace(b"Testville", b"Cafeville"))
    output = tmp_path / "data"
    result = run("--input", str(folder), "--output", str(output))
    assert result.exit_code == 0, result.output
    assert "caf\\xe9\\u202e.txt: wikitext" in result.output
    rows = [json.loads(line) for line in (output / PAGES_FILE).read_text().splitlines()]
    assert {r["source"] for r in rows} == {"battle_of_testville.txt", "caf\\xe9\\u202e.txt"}


def test_only_special_files_fail_with_their_names(tmp_path: Path) -> None:
    folder = tmp_path / "input"
    folder.mkdir()
    pipe = fifo(folder)
    result = run("--input", str(folder), "--output", str(tmp_path / "data"))
    assert result.exit_code == 1
    assert f"skipped {pipe}: is a named pipe (FIFO)" in result.output
    assert "no usable input" in result.output


def test_links_inside_the_input_are_said_in_the_summary(tmp_path: Path, folder: Path) -> None:
    os.symlink(folder / ARTICLE.name, folder / "again.txt")
    result = run("--input", str(folder), "--output", str(tmp_path / "data"), "--strict")
    assert result.exit_code == 0, result.output
    assert f"{folder / 'again.txt'}: symbolic link to {folder / ARTICLE.name}" in result.output
    assert "wrote 1 pages" in result.output


def test_a_bug_while_making_claims_names_the_files_without_a_traceback(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fever_builder.pipeline as pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(pipeline, "generate", broken)
    result = run("--input", str(folder), "--output", str(tmp_path / "data"))
    assert result.exit_code == 1
    assert "internal error while making claims from shard 0" in result.output
    assert str(folder / ARTICLE.name) in result.output and "KeyError: 'a bug'" in result.output
    assert not (tmp_path / "data").exists()
