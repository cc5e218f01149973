"""Shards: the input cut into pieces of bounded size, fixed by the input alone.

A shard is a run of whole input files, or a byte range of one large
wiki-pages JSONL file cut at line ends. Shards are planned from file sizes
(one read of large JSONL files to find line ends), never from the number of
workers, so every executor and worker count sees the same shards and makes
the same claims. Each shard is read, deduplicated and turned into claims on
its own: memory is bounded by a shard, not by the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fever_builder.config import SHARD_BYTES
from fever_builder.readers import FileResult, read_file, wiki_pages

_BLOCK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Piece:
    """A whole input file (``end`` is None) or the lines of a JSONL file in ``[start, end)``."""

    path: Path
    start: int = 0
    end: int | None = None
    first_line: int = 1

    @property
    def size(self) -> int:
        return (self.end if self.end is not None else self.path.stat().st_size) - self.start


@dataclass(frozen=True, slots=True)
class Shard:
    """The pieces one task reads; ``index`` numbers its output files."""

    index: int
    pieces: tuple[Piece, ...]


def plan_shards(
    files: list[Path], *, format: str | None = None, shard_bytes: int = SHARD_BYTES
) -> list[Shard]:
    """Cut ``files`` (in order) into shards of about ``shard_bytes`` each.

    Small files are grouped whole; a wiki-pages JSONL file larger than a shard
    is cut at line ends. Unreadable files stay whole pieces: reading them
    reports the problem.
    """
    shards: list[Shard] = []
    current: list[Piece] = []
    filled = 0

    def close() -> None:
        nonlocal current, filled
        if current:
            shards.append(Shard(len(shards), tuple(current)))
        current, filled = [], 0

    for path in files:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        pieces = (
            _cut_jsonl(path, shard_bytes)
            if size > shard_bytes and _is_wiki_pages(path, format)
            else [Piece(path)]
        )
        for piece in pieces:
            current.append(piece)
            filled += piece.size if piece.end is not None else size
            if filled >= shard_bytes:
                close()
    close()
    return shards


def read_piece(piece: Piece, *, format: str | None = None) -> FileResult:
    """Read one piece: a whole file with ``read_file``, or a line range of a JSONL file."""
    if piece.end is None:
        return read_file(piece.path, format=format)
    return read_file(
        piece.path,
        format="wiki-pages",
        start=piece.start,
        end=piece.end,
        first_line=piece.first_line,
    )


def _is_wiki_pages(path: Path, format: str | None) -> bool:
    if format is not None:
        return format == "wiki-pages"
    try:
        with path.open("rb") as handle:
            head = handle.read(_BLOCK)
    except OSError:
        return False
    text = head.decode("utf-8-sig", errors="replace")
    return wiki_pages.looks_like(text[: text.rfind("\n") + 1] or text)


def _cut_jsonl(path: Path, shard_bytes: int) -> list[Piece]:
    """Line-aligned byte ranges of about ``shard_bytes``, with their first line numbers."""
    pieces: list[Piece] = []
    start, line, position, lines_before = 0, 1, 0, 0
    with path.open("rb") as handle:
        while block := handle.read(_BLOCK):
            offset = 0
            while True:
                cut = start + shard_bytes - position
                if cut >= len(block):
                    break
                newline = block.find(b"\n", max(cut, offset))
                if newline < 0:
                    break
                end = position + newline + 1
                line_count = lines_before + block.count(b"\n", 0, newline + 1)
                pieces.append(Piece(path, start, end, line))
                start, line = end, line_count + 1
                offset = newline + 1
            lines_before += block.count(b"\n")
            position += len(block)
    if start < position:
        pieces.append(Piece(path, start, position, line))
    return pieces
