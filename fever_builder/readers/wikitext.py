"""Wiki text: ``= Title =``, ``== Section ==`` headings and a ``- Key: Value`` infobox."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from fever_builder.corpus import InfoboxField, Page
from fever_builder.readers.base import SKIPPED_SECTIONS, ProseBuilder, title_from_path
from fever_builder.text.clean import clean_text, is_chrome, is_complete

NAME = "wikitext.v1"

_HEADING = re.compile(r"^(=+)\s*(.*?)\s*\1\s*$")
_FIELD = re.compile(r"^-\s*([A-Za-z][\w ]{0,40}?)\s*:\s*(.*)$")


def looks_like(text: str) -> bool:
    """A wiki-text page opens with a heading: ``= Title =``, or ``== Section ==`` when untitled."""
    for line in text.splitlines():
        if line.strip():
            match = _HEADING.match(line.strip())
            return bool(match) and bool(match.group(2))
    return False


def read(path: Path, text: str, problems: list[tuple[int, str]]) -> Iterator[Page]:
    """Yield the one page of a wiki-text file."""
    lines = text.splitlines()
    builder: ProseBuilder | None = None
    section = ""
    skipping = False
    in_infobox = True  # the infobox sits between the title and the first prose
    for line in lines:
        stripped = line.strip()
        if not stripped or is_chrome(stripped):
            continue
        heading = _HEADING.match(stripped)
        if heading:
            level, name = len(heading.group(1)), heading.group(2)
            if level == 1 and builder is None:
                builder = ProseBuilder(title=clean_text(name), source=str(path), format=NAME)
                continue
            in_infobox = False
            if builder is None:
                builder = _untitled(path)
            if level == 2:
                skipping = name.strip().lower() in SKIPPED_SECTIONS
            if not skipping:
                section = clean_text(name)
                builder.section(section)
            continue
        if builder is None:
            builder = _untitled(path)
        field = _FIELD.match(stripped) if in_infobox else None
        if field:
            # a key whose value was only flag images keeps an empty value
            key, value = field.group(1).strip(), _clean_value(field.group(2))
            builder.infobox.append(InfoboxField(key=key, value=value))
            continue
        if stripped.startswith("- ") or stripped.startswith("* "):
            # list items (battalion rosters, references) are not sentences
            builder.dropped["list_item"] += 1
            continue
        if in_infobox and not _is_prose(stripped):
            builder.dropped["caption"] += 1  # the infobox caption ("Infobox", a flag label)
            continue
        in_infobox = False
        if skipping:
            continue
        builder.paragraph(stripped, section=section)
    if builder is not None:
        yield builder.build()


def _untitled(path: Path) -> ProseBuilder:
    return ProseBuilder(title=title_from_path(path), source=str(path), format=NAME)


def _is_prose(line: str) -> bool:
    # a caption has no closing punctuation; a short lead sentence still does
    return len(line.split()) >= 3 and is_complete(line)


def _clean_value(value: str) -> str:
    # "3,500 servicemen ()" and ", " are infobox-template leftovers
    value = clean_text(value.replace("()", ""))
    value = re.sub(r"\s+,", ",", value)
    value = re.sub(r"(^|,\s*)\*\s*", r"\1", value)
    return value.strip(" ,;*")
