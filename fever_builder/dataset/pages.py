"""The page corpus in FEVER's wiki-pages form, one row per page."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from fever_builder.corpus import Page


def unique_titles(pages: Iterable[Page]) -> Iterator[Page]:
    """Give each page a unique title: a repeated title gets its source file's name.

    Two renderings of one article (wiki text and HTML) share a title; evidence
    must name exactly one page.
    """
    seen: set[str] = set()
    for page in pages:
        title = page.title
        if title in seen:
            title = distinct_title(page.title, page.source, seen.__contains__)
            page = replace(page, title=title)
        seen.add(title)
        yield page


def distinct_title(title: str, source: str, taken: Callable[[str], bool]) -> str:
    """``title`` with its source file's name ("Battle of Kalbajar (002_...)"), numbered if taken."""
    stem = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    candidate, number = f"{title} ({stem})", 2
    while taken(candidate):
        candidate, number = f"{title} ({stem} {number})", number + 1
    return candidate


def page_row(page: Page) -> dict[str, object]:
    """The wiki-pages row: FEVER's ``id``, ``text``, ``lines`` and our extra fields.

    ``lines`` is positional (line k is sentence k, empty where an id has no
    text), then the infobox fields from line ``infobox_start`` and the table
    rows from line ``tables_start``. ``groups[k]`` is line k's duplicate
    group, ``""`` on empty, infobox and table lines.
    """
    groups = [""] * page.table_line(len(page.tables))  # one per line
    for sentence in page.sentences:
        groups[sentence.id] = sentence.group
    return {
        "id": page.title,
        "text": page.text,
        "lines": page.lines,
        "infobox_start": page.infobox_line(0),
        "tables_start": page.table_line(0),
        "sections": list(page.sections),
        "infobox": [{"key": f.key, "value": f.value} for f in page.infobox],
        "tables": [
            {"table": t.table, "row": t.row, "header": list(t.header), "cells": list(t.cells)}
            for t in page.tables
        ],
        "groups": groups,
        "source": page.source,
        "format": page.format,
    }
