"""Readers: one module per input format, chosen per file by ``detect``.

Each reader is registered under a versioned name that goes into every page
(``Page.format``) so a build records which reader made it.
"""

from __future__ import annotations

import codecs
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from fever_builder import errors
from fever_builder.corpus import Page
from fever_builder.errors import InputFileError
from fever_builder.readers import fever_dump, html, scraped, wiki_pages, wikitext
from fever_builder.readers.source import MAX_LINE_BYTES, load
from fever_builder.readers.walk import InputTree, walk_inputs
from fever_builder.text.hygiene import printable, scrub_page

__all__ = [
    "FORMATS",
    "FORMAT_NAMES",
    "FileResult",
    "Format",
    "InputTree",
    "decode_file",
    "detect",
    "get_format",
    "list_inputs",
    "read_file",
    "walk_inputs",
]


@dataclass(frozen=True, slots=True)
class Format:
    """An input format: its short name, its reader's versioned name, and its functions."""

    name: str
    reader: str
    looks_like: Callable[[str], bool]
    read: Callable[[Path, str, list[tuple[int, str]]], Iterator[Page]]


# Order matters: the most specific test first, the plain-prose fallback last.
FORMATS: tuple[Format, ...] = (
    Format("wiki-pages", wiki_pages.NAME, wiki_pages.looks_like, wiki_pages.read),
    Format("fever-dump", fever_dump.NAME, fever_dump.looks_like, fever_dump.read),
    Format("wikitext", wikitext.NAME, wikitext.looks_like, wikitext.read),
    Format("html", html.NAME, html.looks_like, html.read),
    Format("scraped", scraped.NAME, scraped.looks_like, scraped.read),
)
FORMAT_NAMES: tuple[str, ...] = tuple(f.name for f in FORMATS)


def get_format(name: str) -> Format:
    """The format called ``name`` (a short name such as ``wikitext``)."""
    for fmt in FORMATS:
        if fmt.name == name:
            return fmt
    raise KeyError(name)


def detect(text: str) -> Format | None:
    """The first format whose ``looks_like`` accepts the text, or None."""
    return next((fmt for fmt in FORMATS if fmt.looks_like(text)), None)


def decode_file(
    path: Path, data: bytes | None = None, *, first_line: int = 1, offset: int = 0
) -> str:
    """A file as UTF-8 text, or raise ``InputFileError`` saying why not.

    ``data`` is the file's bytes (read with ``source.load`` when None), or a
    part of them from byte ``offset`` (line ``first_line``): a part after the
    first gets none of the whole-file checks (empty, binary, byte-order
    mark), and its problems name the file's own line and offset.
    """
    if data is None:
        loaded = load(path)
        for line, size in loaded.long_lines:
            reason = errors.LINE_TOO_LONG.format(size=size, limit=MAX_LINE_BYTES)
            raise InputFileError(str(path), reason, line=line)
        data = loaded.data
    start = offset == 0
    if start and not data.strip():
        raise InputFileError(str(path), errors.EMPTY_FILE)
    if start and data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        # UTF-16 text is full of NUL bytes, but it is text: say how to fix it
        raise InputFileError(str(path), errors.NOT_UTF8.format(detail="UTF-16 byte-order mark"))
    if start and b"\x00" in data[:8192]:
        raise InputFileError(str(path), errors.BINARY_FILE)
    try:
        text = data.decode("utf-8-sig" if start else "utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + first_line
        detail = f"byte 0x{data[error.start]:02x} at offset {offset + error.start}"
        raise InputFileError(str(path), errors.NOT_UTF8.format(detail=detail), line=line) from error
    text = text.replace("\r\n", "\n")
    # a later part keeps a lone CR: the cut counted lines by LF only
    return text.replace("\r", "\n") if start else text


@dataclass
class FileResult:
    """What reading one file gave: its pages, its format and the problems met.

    ``removed`` counts the characters taken out of its pages by kind
    (``control``, ``bidi``, ``surrogate``; see ``fever_builder.text.hygiene``).
    """

    path: Path
    format: str = ""
    pages: list[Page] = field(default_factory=list)
    problems: list[InputFileError] = field(default_factory=list)
    removed: Counter[str] = field(default_factory=Counter)


def read_file(
    path: Path,
    *,
    format: str | None = None,
    start: int = 0,
    end: int | None = None,
    first_line: int = 1,
) -> FileResult:
    """Read one file into pages, detecting its format unless ``format`` is given.

    ``start``/``end`` (``end`` not None) choose the bytes of one part of a
    wiki-pages JSONL file that begins on line ``first_line`` (a shard's
    lines); line numbers and byte offsets in problems and sources stay the
    file's. Never raises for bad input: an unusable file gives a result with
    no pages and one problem; a partly bad file gives its good pages and one
    problem per bad line (a line longer than ``source.MAX_LINE_BYTES`` is
    one). A bug met while reading is reported as a problem of this file, so
    one file cannot stop a build.
    """
    result = FileResult(path)
    part = end is not None
    try:
        loaded = load(path, start=start, end=end, first_line=first_line)
        result.problems.extend(
            InputFileError(
                str(path), errors.LINE_TOO_LONG.format(size=size, limit=MAX_LINE_BYTES), line=n
            )
            for n, size in loaded.long_lines
        )
        if loaded.long_lines and not loaded.data.strip():
            return result
        text = decode_file(path, loaded.data, first_line=first_line, offset=start if part else 0)
        fmt = get_format(format) if format else detect(text)
        if fmt is None:
            raise InputFileError(
                str(path), errors.UNKNOWN_FORMAT.format(formats=", ".join(FORMAT_NAMES))
            )
        result.format = fmt.name
        problems: list[tuple[int, str]] = []
        pages = (
            wiki_pages.read(path, text, problems, first_line=first_line)
            if fmt.name == "wiki-pages"
            else fmt.read(path, text, problems)
        )
        result.pages = _scrubbed([page for page in pages if page.sentences], result)
        result.problems.extend(InputFileError(str(path), r, line=n) for n, r in problems)
        # a part of a file may hold no sentences (blank lines at its end)
        if not result.pages and not result.problems and not part:
            raise InputFileError(str(path), errors.NO_SENTENCES)
    except InputFileError as error:
        result.problems.append(error)
    except Exception as error:  # noqa: BLE001 - a reader bug must name its file, not end the build
        result.pages = []
        detail = printable(f"{type(error).__name__}: {error}")[:300]
        result.problems.append(
            InputFileError(str(path), errors.INTERNAL_ERROR.format(detail=detail))
        )
    result.problems.sort(key=lambda p: p.line if p.line is not None else 0)
    return result


def _scrubbed(pages: list[Page], result: FileResult) -> list[Page]:
    """Pages without control or bidirectional characters; a page whose title is then
    empty is reported (on its line, for JSONL) and left out."""
    kept = []
    for page in pages:
        clean = scrub_page(page, result.removed)
        if not clean.title.strip():
            line = page.source.rpartition(":")[2]
            result.problems.append(
                InputFileError(
                    str(result.path),
                    errors.EMPTY_TITLE.format(title=printable(page.title)),
                    line=int(line) if line.isascii() and line.isdigit() else None,
                )
            )
        elif clean.sentences:
            kept.append(clean)
    return kept


def list_inputs(paths: list[Path]) -> list[Path]:
    """Every regular input file under the given files and folders (see ``walk_inputs``)."""
    return walk_inputs(paths).files
