"""The page corpus in FEVER's wiki-pages form, one row per page."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
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
            stem = page.source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            title = f"{page.title} ({stem})"
            number = 2
            while title in seen:
                title, number = f"{page.title} ({stem} {number})", number + 1
            page = replace(page, title=title)
        seen.add(title)
        yield page


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
