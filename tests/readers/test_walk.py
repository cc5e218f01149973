"""The input walk: regular files only, links not followed out of the input, specials named."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from fever_builder.readers import list_inputs, walk_inputs


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """An input folder with files, a sub-folder, a hidden folder and links in and out."""
    root = tmp_path / "input"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text("a", encoding="utf-8")
    (root / "sub" / "b.txt").write_text("b", encoding="utf-8")
    (root / ".hidden" / "c.txt").write_text("c", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("outside", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "d.txt").write_text("d", encoding="utf-8")
    os.symlink(tmp_path / "secret.txt", root / "out-file.txt")
    os.symlink(tmp_path / "elsewhere", root / "out-folder")
    os.symlink("/etc/passwd", root / "passwd.txt")
    os.symlink(root / "a.txt", root / "in-file.txt")
    os.symlink(root / "sub", root / "in-folder")
    os.symlink(tmp_path / "missing", root / "dangling.txt")
    return root


def test_only_regular_files_inside_are_read(tree: Path) -> None:
    result = walk_inputs([tree])
    assert result.files == [tree / "a.txt", tree / "sub" / "b.txt"]


def test_links_out_of_the_input_are_problems_naming_the_target(tree: Path) -> None:
    problems = {Path(p.path).name: p.reason for p in walk_inputs([tree]).problems}
    assert sorted(problems) == ["dangling.txt", "out-file.txt", "out-folder", "passwd.txt"]
    assert "/etc/passwd" in problems["passwd.txt"]
    assert all("outside the input; not followed" in r for r in problems.values())


def test_links_inside_the_input_are_noted_not_followed(tree: Path) -> None:
    notes = walk_inputs([tree]).notes
    assert len(notes) == 2
    assert all("inside the input; not followed" in note for note in notes)
    assert any(str(tree / "in-file.txt") in note for note in notes)


def test_a_link_given_as_input_is_followed(tree: Path) -> None:
    result = walk_inputs([tree / "out-file.txt", tree / "out-folder"])
    assert result.files == [tree / "out-file.txt", tree / "out-folder" / "d.txt"]
    assert result.problems == []


def test_a_link_into_a_second_given_folder_is_inside(tree: Path) -> None:
    result = walk_inputs([tree, tree.parent / "elsewhere"])
    assert [Path(p.path).name for p in result.problems] == [
        "dangling.txt",
        "out-file.txt",
        "passwd.txt",
    ]
    assert tree.parent / "elsewhere" / "d.txt" in result.files


def test_special_files_are_named_without_being_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock"))
    (tmp_path / "ok.txt").write_text("ok", encoding="utf-8")
    result = walk_inputs([tmp_path, tmp_path / "pipe"])
    assert result.files == [tmp_path / "ok.txt"]
    reasons = [(Path(p.path).name, p.reason) for p in result.problems]
    assert [name for name, _ in reasons] == ["pipe", "sock", "pipe"]
    assert "named pipe (FIFO)" in reasons[0][1] and "socket" in reasons[1][1]
    server.close()


def test_the_order_is_the_sorted_paths_of_each_folder(tmp_path: Path) -> None:
    for name in ("b", "a-c", "a/b", "a/a", "A", "a0"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    expected = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert list_inputs([tmp_path]) == expected
