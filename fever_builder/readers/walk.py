"""The input tree as the user gave it: regular files only, links not followed.

A path given with ``--input`` is taken as named, even when it is a link. Inside
a given folder nothing is followed: a symbolic link that leads out of the
given paths is reported and skipped (it could read ``/etc/shadow`` into a
dataset), one that stays inside is noted and skipped (its target is read
where it lies, not twice); a named pipe, socket or device is reported and
skipped without being opened (opening a pipe blocks). Hidden files and
folders (names starting with ``.``) are skipped, as is everything in them.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from fever_builder import errors
from fever_builder.errors import InputFileError
from fever_builder.readers.source import file_kind
from fever_builder.text.hygiene import printable


@dataclass
class InputTree:
    """The files to read, in order; what was skipped and why (``problems``); links inside
    the input that were not followed (``notes``)."""

    files: list[Path] = field(default_factory=list)
    problems: list[InputFileError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def walk_inputs(paths: list[Path]) -> InputTree:
    """Every regular file under the given files and folders, each folder's files sorted.

    A file named twice (``--input seeds --input seeds/000.txt``) is read once.
    Raises ``InputFileError`` for a given path that does not exist.
    """
    tree = InputTree()
    roots = []
    for path in paths:
        try:
            roots.append(Path(os.path.realpath(path)))
        except (OSError, ValueError):
            roots.append(path.absolute())
    for path in paths:
        try:
            mode = os.stat(path).st_mode  # a path the user named is followed
        except FileNotFoundError:
            raise InputFileError(
                printable(str(path)), "no such file or folder; check the --input path"
            ) from None
        except OSError as error:
            tree.problems.append(InputFileError(str(path), f"cannot be read ({error.strerror})"))
            continue
        if stat.S_ISDIR(mode):
            found: list[Path] = []
            _walk(path, roots, found, tree)
            tree.files.extend(sorted(found))
        elif stat.S_ISREG(mode):
            tree.files.append(path)
        else:
            tree.problems.append(
                InputFileError(str(path), errors.NOT_REGULAR.format(kind=file_kind(mode)))
            )
    tree.files = list(dict.fromkeys(tree.files))
    return tree


def _walk(folder: Path, roots: list[Path], found: list[Path], tree: InputTree) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        tree.problems.append(
            InputFileError(str(folder), f"folder cannot be read ({error.strerror})")
        )
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            mode = entry.stat(follow_symlinks=False).st_mode
        except OSError as error:
            tree.problems.append(InputFileError(str(path), f"cannot be read ({error.strerror})"))
            continue
        if stat.S_ISLNK(mode):
            _link(path, roots, tree)
        elif stat.S_ISDIR(mode):
            _walk(path, roots, found, tree)
        elif stat.S_ISREG(mode):
            found.append(path)
        else:
            tree.problems.append(
                InputFileError(str(path), errors.NOT_REGULAR.format(kind=file_kind(mode)))
            )


def _link(path: Path, roots: list[Path], tree: InputTree) -> None:
    target = Path(os.path.realpath(path))
    if any(target == root or root in target.parents for root in roots):
        tree.notes.append(
            f"{printable(str(path))}: symbolic link to {printable(str(target))}, inside the "
            "input; not followed (the target is read where it lies)"
        )
    else:
        tree.problems.append(
            InputFileError(str(path), errors.LINK_OUTSIDE.format(target=printable(str(target))))
        )
