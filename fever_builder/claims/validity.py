"""Checks against the whole corpus before a REFUTES label is given.

A changed fact is only false if nothing in the corpus states it: not another
sentence about the same thing, not an infobox field or table cell, not a
range that contains it, not the other rendering of the same article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from fever_builder.claims.structured import INFOBOX_BASE, TABLE_BASE, infobox_text, table_text
from fever_builder.corpus import Page
from fever_builder.text.clean import normalise
from fever_builder.text.stopwords import ENGLISH_STOP_WORDS

_TOKEN = re.compile(r"[\w’'-]+")
# A share of the claim's other content words this high in a sentence that also
# holds the new value means that sentence may state the changed claim.
SAME_ROLE_OVERLAP = 0.5


def content_words(text: str) -> set[str]:
    """Lower-cased words that are not stop words or bare punctuation."""
    words = {w.strip("'’-").casefold() for w in _TOKEN.findall(text)}
    return {w for w in words if w and w not in ENGLISH_STOP_WORDS}


@dataclass(frozen=True, slots=True)
class Entry:
    """One checkable text of the corpus: a sentence, infobox field or table row."""

    page: str
    sentence_id: int
    text: str
    group: str
    words: frozenset[str]
    normalised: str


class CorpusIndex:
    """Every sentence, infobox field and table row of the corpus, indexed by word."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: list[Entry] = list(entries)
        self._by_word: dict[str, list[int]] = {}
        for i, entry in enumerate(self.entries):
            for word in sorted(entry.words):
                self._by_word.setdefault(word, []).append(i)
        self._sentences = {entry.normalised for entry in self.entries}

    def is_sentence(self, text: str) -> bool:
        """True when ``text`` equals a corpus text (after normalisation)."""
        return normalise(text) in self._sentences

    def containing(self, phrase: str, *, with_any: frozenset[str] | None = None) -> list[Entry]:
        """Entries whose text holds ``phrase`` as whole words (case-insensitive).

        With ``with_any``, only entries that also hold one of those (case-folded) words.
        """
        pattern = _phrase_pattern(phrase)
        return [
            e
            for e in self._candidates(phrase)
            if (with_any is None or with_any & e.words) and pattern.search(e.normalised)
        ]

    def states(self, claim: str, value: str, *, exclude_groups: Iterable[str] = ()) -> Entry | None:
        """An entry that holds ``value`` in the role the claim gives it, if any.

        The role is approximated by the claim's other content words: an entry
        holding the value and at least ``SAME_ROLE_OVERLAP`` of those words may
        state the claim. ``exclude_groups`` are the claim's own source sentences.
        """
        frame = content_words(claim) - content_words(value)
        need = SAME_ROLE_OVERLAP * len(frame)
        excluded = set(exclude_groups)
        pattern = _phrase_pattern(value)
        # the cheap set tests first: most candidates fail them, and the regex
        # is what makes this the build's hottest loop
        for entry in self._candidates(value):
            if entry.group and entry.group in excluded:
                continue
            if frame and len(frame & entry.words) < need:
                continue
            if pattern.search(entry.normalised):
                return entry
        return None

    def _candidates(self, phrase: str) -> list[Entry]:
        """Entries holding the rarest content word of ``phrase`` (all if it has none)."""
        words = content_words(phrase)
        if not words:
            return self.entries
        # ties broken by the word itself: set order changes with PYTHONHASHSEED,
        # and workers of other executors are fresh interpreters
        rarest = min(words, key=lambda w: (len(self._by_word.get(w, ())), w))
        return [self.entries[i] for i in self._by_word.get(rarest, [])]

    def related(self, claim: str, *, minimum: float = SAME_ROLE_OVERLAP) -> list[Entry]:
        """Entries sharing at least ``minimum`` of the claim's content words."""
        frame = content_words(claim)
        if not frame:
            return []
        counts: dict[int, int] = {}
        for word in frame:
            for i in self._by_word.get(word, []):
                counts[i] = counts.get(i, 0) + 1
        need = minimum * len(frame)
        return [self.entries[i] for i in sorted(counts) if counts[i] >= need]


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + re.escape(normalise(phrase)) + r"(?![\w])")


def build_index(pages: Iterable[Page]) -> CorpusIndex:
    """Index every sentence, infobox field and table row of ``pages``."""
    entries: list[Entry] = []
    for page in pages:
        for sentence in page.sentences:
            entries.append(_entry(page.title, sentence.id, sentence.text, sentence.group))
        for k, field in enumerate(page.infobox):
            entries.append(
                _entry(page.title, INFOBOX_BASE + k, infobox_text(field.key, field.value), "")
            )
        for j, row in enumerate(page.tables):
            entries.append(
                _entry(page.title, TABLE_BASE + j, table_text(row.header, row.cells), "")
            )
    return CorpusIndex(entries)


def _entry(page: str, sentence_id: int, text: str, group: str) -> Entry:
    return Entry(page, sentence_id, text, group, frozenset(content_words(text)), normalise(text))
