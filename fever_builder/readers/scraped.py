"""Scraped pages: site chrome, repeated paragraphs, text cut off or glued to its copy.

Also the reader for plain article text: paragraphs separated by blank lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from fever_builder.corpus import Page
from fever_builder.readers.base import ProseBuilder, title_from_path
from fever_builder.text.clean import is_chrome

NAME = "scraped.v1"

_WORDS = re.compile(r"[A-Za-z]{2,}")


def looks_like(text: str) -> bool:
    """Prose: most non-empty lines, site chrome aside, are runs of words."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    prose = [line for line in lines if not is_chrome(line)]
    if not prose:
        return False
    wordy = sum(1 for line in prose if len(_WORDS.findall(line)) >= 5)
    return wordy / len(prose) >= 0.6


def read(path: Path, text: str, problems: list[tuple[int, str]]) -> Iterator[Page]:
    """Yield the one page of a scraped or plain-text file; its title is the file name."""
    builder = ProseBuilder(title=title_from_path(path), source=str(path), format=NAME)
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if is_chrome(stripped):
            builder.dropped["chrome"] += 1
            continue
        builder.paragraph(stripped)
    yield builder.build()
