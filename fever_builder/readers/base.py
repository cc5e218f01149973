"""What every reader shares: the reader protocol and the prose page builder."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from fever_builder.corpus import InfoboxField, Page, Sentence, TableRow
from fever_builder.text.clean import clean_text, dedup_key, is_complete, is_notice
from fever_builder.text.split import split_sentences


class Reader(Protocol):
    """A reader turns one decoded file into pages.

    ``problems`` collects per-line issues (file, line, reason) of formats that
    can be partly good, such as JSONL; a reader raises ``InputFileError`` when
    the whole file is unusable.
    """

    name: str

    def __call__(
        self, path: Path, text: str, problems: list[tuple[int, str]]
    ) -> Iterator[Page]: ...


# Sections that hold references and links, not article prose.
SKIPPED_SECTIONS: frozenset[str] = frozenset(
    {
        "sources",
        "references",
        "notes",
        "bibliography",
        "further reading",
        "external links",
        "see also",
        "citations",
        "footnotes",
        "works cited",
    }
)


def title_from_path(path: Path) -> str:
    """A title for a page whose text has none: the file name without extension."""
    return path.stem


@dataclass
class ProseBuilder:
    """Collects paragraphs of one page and yields its clean, numbered sentences.

    Drops notices, fragments cut off mid-sentence, sentences spliced from two
    copies of a paragraph, and repeats within the page; counts each drop.
    """

    title: str
    source: str
    format: str
    infobox: list[InfoboxField] = field(default_factory=list)
    tables: list[TableRow] = field(default_factory=list)
    _candidates: list[tuple[str, str]] = field(default_factory=list)
    _sections: list[str] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)

    def section(self, name: str) -> None:
        name = clean_text(name)
        if name and name not in self._sections:
            self._sections.append(name)

    def paragraph(self, text: str, *, section: str = "") -> None:
        if is_notice(text):
            self.dropped["notice"] += 1
            return
        for sentence in split_sentences(text):
            sentence = clean_text(sentence)
            if not sentence:
                continue
            if is_notice(sentence):
                self.dropped["notice"] += 1
            elif not is_complete(sentence):
                self.dropped["fragment"] += 1
            else:
                self._candidates.append((sentence, section))

    def build(self) -> Page:
        kept = _drop_repeats_and_splices(self._candidates, self.dropped)
        sentences = tuple(
            Sentence(id=i, text=text, section=section) for i, (text, section) in enumerate(kept)
        )
        return Page(
            title=self.title,
            sentences=sentences,
            sections=tuple(self._sections),
            infobox=tuple(self.infobox),
            tables=tuple(self.tables),
            source=self.source,
            format=self.format,
            dropped=dict(sorted(self.dropped.items())),
        )


_EDGE = 30


def _drop_repeats_and_splices(
    candidates: Iterable[tuple[str, str]], dropped: Counter[str]
) -> list[tuple[str, str]]:
    """Keep the first copy of each sentence; drop splices of two sentences.

    A scraped page can glue the start of one copy of a paragraph to the end
    of another ("... passed [14] President Elchibey imposed ..."): such a
    sentence starts like one kept sentence and ends like a different one.
    """
    unique: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for text, section in candidates:
        key = dedup_key(text)
        if key in seen:
            dropped["repeat"] += 1
            continue
        seen.add(key)
        unique.append((text, section, key))
    heads: dict[str, list[str]] = {}
    tails: dict[str, list[str]] = {}
    for _, _, key in unique:
        if len(key) > 2 * _EDGE:
            heads.setdefault(key[:_EDGE], []).append(key)
            tails.setdefault(key[-_EDGE:], []).append(key)
    kept = []
    for text, section, key in unique:
        if len(key) > 2 * _EDGE:
            same_head = [k for k in heads[key[:_EDGE]] if k != key]
            same_tail = [k for k in tails[key[-_EDGE:]] if k != key]
            if same_head and same_tail and set(same_head).isdisjoint(same_tail):
                dropped["splice"] += 1
                continue
        kept.append((text, section))
    return kept
