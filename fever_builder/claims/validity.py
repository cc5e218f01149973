"""Checks against the whole corpus before a REFUTES label is given.

A changed fact is only false if nothing in the corpus states it: not another
sentence about the same thing, not an infobox field or table cell, not a
range that contains it, not the other rendering of the same article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from fever_builder.arrays import sorted_distinct
from fever_builder.corpus import Page
from fever_builder.text.clean import normalise
from fever_builder.text.stopwords import ENGLISH_STOP_WORDS

# A run of word characters, apostrophes and hyphens; a word is the run
# without the apostrophes and hyphens at its ends ("'Kalbajar'" is "kalbajar").
_RUN = re.compile(r"[\w’'-]+")
# ... or the line break that separates texts in the index's scan
_RUN_OR_BREAK = re.compile(_RUN.pattern + r"|\n")
# A share of the claim's other content words this high in a sentence that also
# holds the new value means that sentence may state the changed claim.
SAME_ROLE_OVERLAP = 0.5


def _content_word(run: str) -> str:
    """A run's word, case-folded; empty for a stop word or bare punctuation."""
    word = run.strip("'’-").casefold()
    return "" if word in ENGLISH_STOP_WORDS else word


def content_words(text: str) -> set[str]:
    """Case-folded words that are not stop words or bare punctuation."""
    return {word for run in set(_RUN.findall(text)) if (word := _content_word(run))}


@dataclass(frozen=True, slots=True)
class Entry:
    """One checkable text of the corpus: a sentence, infobox field or table row."""

    page: str
    sentence_id: int
    text: str
    group: str


class CorpusIndex:
    """Every sentence, infobox field and table row of the corpus, indexed by word.

    The index maps each content word to the entries holding it, in one array
    built from a single scan of all texts. The checks count an entry's words
    through it, so no entry keeps a set of its own.
    """

    def __init__(self, entries: Iterable[Entry], *, sentences: int = 0) -> None:
        """Index ``entries``, of which the first ``sentences`` are sentences."""
        self.entries: list[Entry] = list(entries)
        texts = [entry.text for entry in self.entries]
        self._normalised = [normalise(text) for text in texts]
        self._sentences = set(self._normalised)
        self._postings, self._holders, runs = _postings(texts, sentences)
        # the distinct runs of [\w’'-] in the sentences' texts, found by this
        # index's scan: what the lexicon reads its lower-case words from
        self.sentence_runs: list[str] = runs

    def is_sentence(self, text: str) -> bool:
        """True when ``text`` equals a corpus text (after normalisation)."""
        return normalise(text) in self._sentences

    def holding(self, word: str) -> list[Entry]:
        """Entries with ``word`` (a case-folded content word) among their content words."""
        return [self.entries[i] for i in self._holding(word).tolist()]

    def containing(self, phrase: str, *, with_any: frozenset[str] | None = None) -> list[Entry]:
        """Entries whose text holds ``phrase`` as whole words (case-insensitive).

        With ``with_any``, only entries that also hold one of those (case-folded) words.
        """
        pattern = _phrase_pattern(phrase)
        candidates = self._candidates(phrase)
        if with_any is not None:
            candidates = candidates[self._shared(candidates, with_any) > 0]
        return [self.entries[i] for i in candidates.tolist() if pattern.search(self._normalised[i])]

    def states(self, claim: str, value: str, *, exclude_groups: Iterable[str] = ()) -> Entry | None:
        """An entry that holds ``value`` in the role the claim gives it, if any.

        The role is approximated by the claim's other content words: an entry
        holding the value and at least ``SAME_ROLE_OVERLAP`` of those words may
        state the claim. ``exclude_groups`` are the claim's own source sentences.
        """
        frame = content_words(claim) - content_words(value)
        excluded = set(exclude_groups)
        pattern = _phrase_pattern(value)
        # the word counts first: most candidates fail them, and the regex is
        # what makes this the build's hottest loop
        candidates = self._candidates(value)
        if frame:
            candidates = candidates[
                self._shared(candidates, frame) >= SAME_ROLE_OVERLAP * len(frame)
            ]
        for i in candidates.tolist():
            entry = self.entries[i]
            if entry.group and entry.group in excluded:
                continue
            if pattern.search(self._normalised[i]):
                return entry
        return None

    def related(self, claim: str, *, minimum: float = SAME_ROLE_OVERLAP) -> list[Entry]:
        """Entries sharing at least ``minimum`` of the claim's content words."""
        frame = content_words(claim)
        if not frame:
            return []
        counts = np.bincount(
            np.concatenate([self._holding(word) for word in frame]), minlength=len(self.entries)
        )
        held = (counts > 0) & (counts >= minimum * len(frame))
        return [self.entries[i] for i in np.flatnonzero(held).tolist()]

    def _holding(self, word: str) -> np.ndarray:
        """Positions of the entries holding ``word``, ascending."""
        start, end = self._postings.get(word, (0, 0))
        return self._holders[start:end]

    def _shared(self, candidates: np.ndarray, words: Iterable[str]) -> np.ndarray:
        """How many of ``words`` each of the (ascending) ``candidates`` holds."""
        shared = np.zeros(len(candidates), dtype=np.int64)
        for word in words:
            holders = self._holding(word)
            if len(holders):
                at = np.minimum(np.searchsorted(holders, candidates), len(holders) - 1)
                shared += holders[at] == candidates
        return shared

    def _candidates(self, phrase: str) -> np.ndarray:
        """Entries holding the rarest content word of ``phrase`` (all if it has none)."""
        words = content_words(phrase)
        if not words:
            return np.arange(len(self.entries))

        def rarity(word: str) -> tuple[int, str]:
            return len(self._holding(word)), word

        # ties broken by the word itself: set order changes with PYTHONHASHSEED,
        # and workers of other executors are fresh interpreters
        return self._holding(min(words, key=rarity))


def _postings(
    texts: Sequence[str], first: int = 0
) -> tuple[dict[str, tuple[int, int]], np.ndarray, list[str]]:
    """For each content word of ``texts``, where its holders lie in the returned array;
    and the distinct runs of the ``first`` texts.

    Every text's content words, as ``content_words`` finds them, in one scan:
    the texts are joined by line breaks (a break inside a text becomes a
    space: neither is part of a word), each distinct run is stripped and
    case-folded once, and numpy sorts the (word, text) pairs. The holders of
    a word are in increasing order.
    """
    joined = "\n".join(text.replace("\n", " ") if "\n" in text else text for text in texts)
    tokens = _RUN_OR_BREAK.findall(joined)
    number = {token: i for i, token in enumerate(dict.fromkeys(tokens))}
    ids = np.fromiter(map(number.__getitem__, tokens), dtype=np.int64, count=len(tokens))
    words: dict[str, int] = {}
    word_of = np.fromiter(
        (
            -1
            if token == "\n" or not (word := _content_word(token))
            else words.setdefault(word, len(words))
            for token in number
        ),
        dtype=np.int64,
        count=len(number),
    )
    breaks = ids == number.get("\n", -1)
    text_of = np.cumsum(breaks)
    # the first texts' runs: the tokens before the line break that ends them
    runs = [run for run in number if run != "\n"] if first else []
    if 0 < first < len(texts):
        cut = int(np.flatnonzero(breaks)[first - 1])
        present = np.bincount(ids[:cut], minlength=len(number)) > 0
        runs = [run for run, seen in zip(number, present.tolist(), strict=True) if seen]
    word_ids = word_of[ids]
    content = word_ids >= 0
    # (word, text) keys, each once, ordered by word then text
    span = max(len(texts), 1)
    keys = sorted_distinct(word_ids[content] * span + text_of[content])
    holders = keys % span
    bounds = np.searchsorted(keys // span, np.arange(len(words) + 1))
    starts, ends = bounds[:-1].tolist(), bounds[1:].tolist()
    return dict(zip(words, zip(starts, ends, strict=True), strict=True)), holders, runs


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    r"""The normalised phrase as whole words: no word character before or after it.

    The check before it is a lookbehind placed after the phrase ("not a word
    character followed by the phrase"), so the pattern starts with the phrase
    itself and the regex engine can jump to where it occurs: about fifteen
    times faster than ``(?<!\w)phrase``, which it equals.
    """
    literal = re.escape(normalise(phrase))
    return re.compile(literal + r"(?<!\w" + literal + r")(?!\w)")


def build_index(pages: Sequence[Page]) -> CorpusIndex:
    """Index every sentence, infobox field and table row of ``pages``.

    The sentences come first, so the index's scan also gives their runs
    (``sentence_runs``); the checks do not depend on the entries' order.
    """
    entries = [Entry(page.title, s.id, s.text, s.group) for page in pages for s in page.sentences]
    sentences = len(entries)
    for page in pages:
        for k, field in enumerate(page.infobox):
            entries.append(Entry(page.title, page.infobox_line(k), field.text, ""))
        for j, row in enumerate(page.tables):
            entries.append(Entry(page.title, page.table_line(j), row.text, ""))
    return CorpusIndex(entries, sentences=sentences)


def _plain(text: str) -> str:
    return " ".join(text.split()).removesuffix(".").rstrip()


def is_verbatim(claim: str, evidence_texts: Iterable[str]) -> bool:
    """Whether the claim is one of the evidence sentences, up to white space and a final period."""
    return _plain(claim) in {_plain(text) for text in evidence_texts}
