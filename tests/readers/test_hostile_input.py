"""Readers and format detection on hostile bytes: every problem named, nothing raised."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from fever_builder import errors
from fever_builder.readers import FORMAT_NAMES, detect, read_file, wiki_pages
from fever_builder.readers.source import MAX_LINE_BYTES, load

GOOD_ROW = '{"id": "Lachin", "lines": "0\\tLachin is a town in Azerbaijan."}'
LATER_ROW = '{"id": "Shusha", "lines": "0\\tShusha was captured on 9 May 1992."}'


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """A reader that blocks (on a pipe, in a regex) fails the test instead of hanging it."""

    def fail(signum: int, frame: object) -> None:
        raise TimeoutError("reading took more than 20 s")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def jsonl(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join((GOOD_ROW, *lines, LATER_ROW)) + "\n", encoding="utf-8")
    return path


# A bad line between two good rows: (line, what the problem must say).
BAD_LINES = {
    "nested-100000": ("[" * 100_000, "nested too deeply"),
    "nested-object": ('{"a":' * 50_000 + "1" + "}" * 50_000, "nested too deeply"),
    "huge-integer": ('{"id": "Big", "lines": ' + "7" * 5000 + "}", "not usable JSON"),
    "id-not-a-string": ('{"id": ["Lachin"], "lines": "0\\tA."}', "no string 'id'"),
    "row-not-an-object": ("[1, 2, 3]", "no string 'id'"),
    "lines-a-number": ('{"id": "X", "lines": 7}', "'lines' must be a string"),
    "text-an-object": ('{"id": "X", "text": {"a": 1}}', "'text' must be a string"),
    "infobox-a-number": ('{"id": "X", "lines": "0\\tA b.", "infobox": 5}', "'infobox' must be"),
    "table-row-infinite": (
        '{"id": "X", "lines": "0\\tA b.", "tables": '
        '[{"table": "t", "row": Infinity, "header": [], "cells": []}]}',
        "'tables'",
    ),
    "truncated": ('{"id": "X", "lines": "0\\tA', "not valid JSON"),
    "control-character-raw": ('{"id": "X\x01", "lines": "0\\tA."}', "not valid JSON"),
}


@pytest.mark.parametrize("line, reason", BAD_LINES.values(), ids=BAD_LINES.keys())
def test_a_bad_line_is_named_and_the_good_rows_are_read(
    tmp_path: Path, line: str, reason: str
) -> None:
    path = jsonl(tmp_path, line)
    result = read_file(path)
    assert result.format == "wiki-pages"
    assert [p.title for p in result.pages] == ["Lachin", "Shusha"]
    [problem] = result.problems
    assert (problem.path, problem.line) == (str(path), 2)
    assert reason in problem.reason, problem.reason


# Values of the wrong type where a page row has a field: read or reported, never raised.
WRONG_TYPES = [
    {"sections": True},
    {"sections": 1.5},
    {"sections": {"a": 1}},
    {"infobox": "text"},
    {"infobox": [{"key": [[[["deep"]]]], "value": None}]},
    {"tables": [{"table": 1, "row": "x", "header": 3, "cells": None}]},
    {"tables": [{"table": 1, "row": 1e308, "header": [], "cells": []}]},
    {"lines": "²\tSuperscript two is a digit to str.isdigit.\n1\tA fine sentence."},
    {"lines": "9" * 5000 + "\tAn id int() refuses.\n1\tA fine sentence."},
    {"lines": "99999999999\tAn id beyond int32.\n1\tA fine sentence."},
]


@pytest.mark.parametrize("fields", WRONG_TYPES, ids=[str(f)[:40] for f in WRONG_TYPES])
def test_wrong_json_types_never_raise(tmp_path: Path, fields: dict[str, object]) -> None:
    row = {"id": "Odd", "lines": "0\tOdd is a page.", **fields}
    path = jsonl(tmp_path, json.dumps(row))
    result = read_file(path)
    assert {"Lachin", "Shusha"} <= {p.title for p in result.pages}
    assert not any(p.reason.startswith("internal error") for p in result.problems)
    for page in result.pages:
        assert all(0 <= s.id < 2**31 for s in page.sentences)


@pytest.mark.parametrize("forced", [None, *FORMAT_NAMES])
def test_deep_nesting_alone_is_reported_by_every_reader(tmp_path: Path, forced: str | None) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n", encoding="utf-8")
    assert not wiki_pages.looks_like("[" * 100_000)
    assert detect("[" * 100_000) is None
    result = read_file(path, format=forced)
    assert result.pages == [] and result.problems
    assert all(p.path == str(path) for p in result.problems)
    assert not any(p.reason.startswith("internal error") for p in result.problems)


@pytest.mark.parametrize(
    "content",
    [b"= T =\n\nA town \xed\xa0\x80 lies here.\n", b"A town lies here.\n\xff\xfe\n", b"\xc3"],
    ids=["encoded-surrogate", "invalid-bytes", "cut-sequence"],
)
def test_invalid_utf8_is_named_with_its_line(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [problem] = read_file(path).problems
    assert "not UTF-8" in problem.reason and problem.line is not None


def test_escaped_surrogates_and_controls_are_removed_and_counted(tmp_path: Path) -> None:
    row = {"id": "Lach\u202ein\u0000", "lines": "0\tLachin \ud800is a \u2066town\u0007 here."}
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")  # escapes, as JSON allows
    result = read_file(path)
    [page] = result.pages
    assert page.title == "Lachin"
    assert page.sentences[0].text == "Lachin is a town here."
    assert result.removed == {"bidi": 2, "control": 2, "surrogate": 1}


@pytest.mark.parametrize("title", ["\u202e", "\x00\x01", "\u2066\u2069 "])
def test_a_page_id_empty_after_cleaning_is_reported_on_its_line(tmp_path: Path, title: str) -> None:
    path = jsonl(tmp_path, json.dumps({"id": title, "lines": "0\tA page with no name."}))
    result = read_file(path)
    assert [p.title for p in result.pages] == ["Lachin", "Shusha"]
    [problem] = result.problems
    assert problem.line == 2 and "empty once control" in problem.reason


def test_a_prose_title_of_controls_only_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("= \u202e\u202c =\n\nThe town was taken in 1993.\n", encoding="utf-8")
    result = read_file(path)
    assert result.pages == []
    assert any("empty once control" in p.reason for p in result.problems)


def test_a_line_over_the_limit_is_skipped_and_named_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    long_row = '{"id": "Long", "lines": "0\\t' + "word " * (MAX_LINE_BYTES // 5) + '"}'
    path.write_text("\n".join((GOOD_ROW, long_row, LATER_ROW)) + "\n", encoding="utf-8")
    result = read_file(path)
    assert [p.title for p in result.pages] == ["Lachin", "Shusha"]
    [problem] = result.problems
    assert problem.line == 2 and "over the limit" in problem.reason
    assert f"{len(long_row):,} bytes" in problem.reason


@pytest.mark.parametrize("chunk", [1, 3, 7, 64])
def test_load_empties_long_lines_at_any_chunk_size(
    tmp_path: Path, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fever_builder.readers.source as source

    monkeypatch.setattr(source, "CHUNK_BYTES", chunk)
    path = tmp_path / "lines.txt"
    path.write_bytes(b"short\n" + b"x" * 40 + b"\nok\n" + b"y" * 11 + b"\nend" + b"z" * 20)
    loaded = load(path, max_line=10)
    assert loaded.data == b"short\n\nok\n\n"
    assert loaded.long_lines == [(2, 40), (4, 11), (5, 23)]
    # a part of the file keeps the file's line numbers
    part = load(path, start=6, end=50, first_line=2, max_line=10)
    assert part.data == b"\nok\n" and part.long_lines == [(2, 40)]


@pytest.mark.parametrize("make", ["fifo", "socket", "folder"])
def test_a_special_file_is_named_without_blocking(tmp_path: Path, make: str) -> None:
    path = tmp_path / "special"
    if make == "fifo":
        os.mkfifo(path)
    elif make == "socket":
        import socket

        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
    else:
        path.mkdir()
    result = read_file(path)
    [problem] = result.problems
    assert "not a regular file" in problem.reason or "cannot be read" in problem.reason
    if make == "fifo":
        assert "named pipe" in problem.reason


def test_a_reader_bug_names_the_file_and_does_not_raise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> Iterator[object]:
        raise ZeroDivisionError("a bug")
        yield

    monkeypatch.setattr(wiki_pages, "read", broken)
    path = jsonl(tmp_path)
    result = read_file(path)
    assert result.pages == []
    [problem] = result.problems
    assert problem.path == str(path)
    assert problem.reason.startswith(errors.INTERNAL_ERROR.split("(")[0])
    assert "ZeroDivisionError: a bug" in problem.reason
