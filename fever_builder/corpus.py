"""The page model every reader yields and every later stage reads.

Small frozen dataclasses: a page is its title, numbered sentences, infobox
fields and table rows, plus where it came from. Sentence ids are the ids that
evidence cites; 0 is a real id.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a page body.

    ``id`` is the line number in the page's FEVER ``lines`` field; ``group``
    is the cross-page duplicate-group id (filled in by ``text.dedup``).
    """

    id: int
    text: str
    section: str = ""
    group: str = ""


@dataclass(frozen=True, slots=True)
class InfoboxField:
    """One ``key: value`` pair of a page's infobox."""

    key: str
    value: str


@dataclass(frozen=True, slots=True)
class TableRow:
    """One data row of a table, with the header cells that name its columns."""

    table: str
    row: int
    header: tuple[str, ...]
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Page:
    """One article, as read from one source file."""

    title: str
    sentences: tuple[Sentence, ...]
    sections: tuple[str, ...] = ()
    infobox: tuple[InfoboxField, ...] = ()
    tables: tuple[TableRow, ...] = ()
    source: str = ""
    format: str = ""
    dropped: dict[str, int] = field(default_factory=dict, compare=False, hash=False)

    def sentence(self, sentence_id: int) -> Sentence | None:
        """Return the sentence with this id, or None."""
        for sentence in self.sentences:
            if sentence.id == sentence_id:
                return sentence
        return None

    @property
    def text(self) -> str:
        """The page text: its sentences joined by spaces, as in FEVER's ``text``."""
        return " ".join(s.text for s in self.sentences)

    @property
    def lines(self) -> str:
        """FEVER's ``lines`` field: ``"id\\tsentence"`` rows, one per line."""
        return "\n".join(f"{s.id}\t{s.text}" for s in self.sentences)
