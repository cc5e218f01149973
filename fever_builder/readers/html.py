"""Rendered-HTML article text: a ``|``-cell infobox, ``[n]`` markers, a "Cite error" notice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from fever_builder.corpus import InfoboxField, Page
from fever_builder.readers.base import ProseBuilder, title_from_path
from fever_builder.text.clean import clean_text, is_chrome

NAME = "html.v1"

# Row labels of a rendered Wikipedia military-conflict infobox, mapped to the
# keys the wiki-text infobox uses, so both renderings give the same fields.
INFOBOX_ROWS: dict[str, str] = {
    "belligerents": "Combatant",
    "commanders and leaders": "Commander",
    "units involved": "Units",
    "strength": "Strength",
    "casualties and losses": "Casualties",
}
_INLINE_ROWS: dict[str, str] = {
    "date": "Date",
    "location": "Place",
    "result": "Result",
    "territorial changes": "Territorial changes",
}
_ITEM_BREAK = re.compile(r"\[\d+\]\s+(?=\S)")
_CITE_ERROR_END = re.compile(r"\(see the help page\)\.?\s*$")


def looks_like(text: str) -> bool:
    """An HTML rendering opens with a ``Title | ||||`` table row."""
    head = [line for line in text.splitlines()[:5] if line.strip()]
    return bool(head) and "|" in head[0] and bool(re.search(r"\|\s*\|{2,}", head[0]))


def read(path: Path, text: str, problems: list[tuple[int, str]]) -> Iterator[Page]:
    """Yield the one page of a rendered-HTML text file."""
    lines = text.splitlines()
    table: list[str] = []
    body_start = 0
    for number, line in enumerate(lines):
        if "|" in line or not line.strip():
            table.append(line)
            continue
        if table and _is_continuation(line, lines, number):
            table.append(line)
            continue
        body_start = number
        break
    title, infobox = _parse_infobox(" | ".join(table))
    builder = ProseBuilder(
        title=title or title_from_path(path), source=str(path), format=NAME, infobox=infobox
    )
    in_cite_error = False
    for line in lines[body_start:]:
        stripped = line.strip()
        if not stripped or is_chrome(stripped):
            continue
        if stripped.startswith("Cite error"):
            in_cite_error = not _CITE_ERROR_END.search(stripped)
            builder.dropped["notice"] += 1
            continue
        if in_cite_error:
            in_cite_error = not _CITE_ERROR_END.search(stripped)
            continue
        builder.paragraph(stripped)
    yield builder.build()


def _is_continuation(line: str, lines: list[str], number: int) -> bool:
    """A table cell that wraps onto a line with no ``|`` of its own."""
    following = next((x for x in lines[number + 1 : number + 3] if x.strip()), "")
    return "|" in following and len(line.split()) < 12


def _parse_infobox(table: str) -> tuple[str, list[InfoboxField]]:
    # a citation marker between two items of a cell separates them
    # blank cells are dropped before cleaning: a line of "||||..." is a million of them
    cells = [clean_text(_ITEM_BREAK.sub(", ", c)) for c in table.split("|") if c.strip()]
    cells = [c for c in cells if c and not re.fullmatch(r"-+", c)]
    if not cells:
        return "", []
    title, fields = cells[0], []
    key: str | None = None
    index = 0
    for cell in cells[1:]:
        lowered = cell.lower()
        if lowered in INFOBOX_ROWS:
            key, index = INFOBOX_ROWS[lowered], 0
            continue
        inline = next((k for k in _INLINE_ROWS if lowered.startswith(k + " ")), None)
        if inline:
            fields.append(InfoboxField(_INLINE_ROWS[inline], cell[len(inline) :].strip()))
            key = None
            continue
        if lowered.startswith("part of "):
            fields.append(InfoboxField("Partof", cell[len("part of ") :]))
            continue
        if key is not None:
            index += 1
            fields.append(InfoboxField(f"{key}{index}", cell.rstrip(" ;")))
    return title, fields
