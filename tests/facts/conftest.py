"""Shared fixtures for the facts tests: seed sentences and a lexicon built from them.

The seeds are read directly (infobox ``- Key: value`` lines and body lines), so
these tests do not depend on the readers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fever_builder.facts import Lexicon

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_FIELD = re.compile(r"- (\w+): (.*)")


def seed_lines() -> tuple[list[tuple[str, str]], list[str]]:
    """Infobox fields and body lines of every seed, in file order."""
    fields: list[tuple[str, str]] = []
    texts: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            m = _FIELD.match(line)
            if m:
                fields.append((m.group(1), m.group(2)))
            elif line.strip():
                texts.append(line)
    return fields, texts


def seed_sentences() -> list[str]:
    """Every seed line split roughly into sentences on '. '."""
    _fields, texts = seed_lines()
    return [s for text in texts for s in text.split(". ") if s.strip()]


@pytest.fixture(scope="session")
def seed_data() -> tuple[list[tuple[str, str]], list[str]]:
    """Infobox fields and body lines of every seed."""
    return seed_lines()


@pytest.fixture(scope="session")
def seed_lexicon() -> Lexicon:
    fields, texts = seed_lines()
    return Lexicon.build(fields=fields, texts=texts)
