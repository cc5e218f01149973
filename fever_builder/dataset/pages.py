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
    """The wiki-pages row: FEVER's ``id``, ``text``, ``lines`` and our extra fields."""
    return {
        "id": page.title,
        "text": page.text,
        "lines": page.lines,
        "sections": list(page.sections),
        "infobox": [{"key": f.key, "value": f.value} for f in page.infobox],
        "tables": [
            {"table": t.table, "row": t.row, "header": list(t.header), "cells": list(t.cells)}
            for t in page.tables
        ],
        "groups": [s.group for s in page.sentences],
        "source": page.source,
        "format": page.format,
    }
