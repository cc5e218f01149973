"""Loading an input file's bytes safely: regular files only, lines of bounded length.

A named pipe blocks whoever opens it for reading, and one line of hundreds of
megabytes would be held (and decoded, and parsed) whole. ``load`` opens
without blocking, refuses anything but a regular file, and reads in chunks of
``CHUNK_BYTES``, emptying any line longer than ``MAX_LINE_BYTES`` as it
goes: memory stays bounded by the longest line kept, and the line is named.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from fever_builder import errors
from fever_builder.errors import InputFileError

# One line (a JSONL page row, a paragraph) of more than this many bytes is
# skipped and reported: four times MediaWiki's 2 MiB cap on a page's wiki
# text ($wgMaxArticleSize), and a bound on what one line costs in memory.
MAX_LINE_BYTES = 8 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024


@dataclass
class Loaded:
    """A file's bytes with over-long lines emptied (their newline kept, so lines keep
    their numbers), and those lines' numbers and lengths."""

    data: bytes
    long_lines: list[tuple[int, int]] = field(default_factory=list)


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words ("a named pipe (FIFO)")."""
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISLNK, "a symbolic link"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def load(
    path: Path,
    *,
    start: int = 0,
    end: int | None = None,
    first_line: int = 1,
    max_line: int = MAX_LINE_BYTES,
) -> Loaded:
    """Read bytes ``[start, end)`` of the regular file ``path`` (``end`` None: to its end).

    Lines longer than ``max_line`` bytes are emptied and listed with their
    line numbers (counted from ``first_line``). Raises ``InputFileError``
    when ``path`` is not a regular file (without blocking on a pipe) or
    cannot be read.
    """
    try:
        # O_NONBLOCK: opening a FIFO with no writer returns at once instead of hanging
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise InputFileError(str(path), f"cannot be read ({error.strerror})") from error
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise InputFileError(str(path), errors.NOT_REGULAR.format(kind=file_kind(mode)))
    with os.fdopen(fd, "rb", buffering=0) as handle:
        try:
            handle.seek(start)
            size = end - start if end is not None else None
            return _read_bounded(handle, size, first_line, max_line)
        except OSError as error:
            raise InputFileError(str(path), f"cannot be read ({error.strerror})") from error


def _read_bounded(handle: BinaryIO, size: int | None, first_line: int, max_line: int) -> Loaded:
    kept: list[bytes] = []  # finished lines
    current: list[bytes] = []  # the unfinished line, while within the limit
    current_len = 0
    skipping = False
    line = first_line
    long_lines: list[tuple[int, int]] = []
    left = size
    while left is None or left > 0:
        chunk = handle.read(CHUNK_BYTES if left is None else min(CHUNK_BYTES, left))
        if not chunk:
            break
        if left is not None:
            left -= len(chunk)
        last = chunk.rfind(b"\n")
        if not skipping and current_len + len(chunk) <= max_line:
            # no line in this chunk can pass the limit: take it whole
            if last < 0:
                current.append(chunk)
                current_len += len(chunk)
            else:
                kept.extend(current)
                kept.append(chunk[: last + 1])
                line += chunk.count(b"\n")
                current, current_len = [chunk[last + 1 :]], len(chunk) - last - 1
            continue
        position = 0
        while True:
            newline = chunk.find(b"\n", position)
            piece = chunk[position : newline if newline >= 0 else len(chunk)]
            current_len += len(piece)
            if not skipping and current_len > max_line:
                skipping, current = True, []
            if not skipping:
                current.append(piece)
            if newline < 0:
                break
            if skipping:
                long_lines.append((line, current_len))
            else:
                kept.extend(current)
            kept.append(b"\n")
            current, current_len, skipping = [], 0, False
            line += 1
            position = newline + 1
    if skipping:
        long_lines.append((line, current_len))
    else:
        kept.extend(current)
    return Loaded(b"".join(kept), long_lines)
