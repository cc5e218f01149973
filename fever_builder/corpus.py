"""The page model every reader yields and every later stage reads.

Small frozen dataclasses: a page is its title, numbered sentences, infobox
fields and table rows, plus where it came from. Sentence ids are the ids that
evidence cites; 0 is a real id.

A page's lines are positional, as in FEVER's wiki-pages dump: line k is the
sentence with id k, an empty line (``"15\t"``) where no sentence has that id,
then one line per infobox field and one per table row, after the prose
(``Page.infobox_line`` and ``Page.table_line`` give their positions).
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

    @property
    def text(self) -> str:
        """The field as one line of its page: ``Key: Value``."""
        return line_text(f"{self.key}: {self.value}")


@dataclass(frozen=True, slots=True)
class TableRow:
    """One data row of a table, with the header cells that name its columns."""

    table: str
    row: int
    header: tuple[str, ...]
    cells: tuple[str, ...]

    @property
    def text(self) -> str:
        """The row as one line of its page: ``Label — Column: cell; Column: cell``."""
        label, rest = (self.cells[0], self.cells[1:]) if self.cells else ("", ())
        header = self.header
        columns = (
            header[1:] if len(header) == len(self.cells) else header[-len(rest) :] if rest else ()
        )
        parts = [f"{h}: {c}" if h else c for h, c in zip(columns, rest, strict=False)]
        return line_text(f"{label} — {'; '.join(parts)}" if label else "; ".join(parts))


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
    def prose_lines(self) -> int:
        """How many lines the prose takes: the largest sentence id plus one (0 without prose)."""
        return max((s.id for s in self.sentences), default=-1) + 1

    def infobox_line(self, k: int) -> int:
        """The line position of the k-th infobox field (0-based): right after the prose."""
        return self.prose_lines + k

    def table_line(self, j: int) -> int:
        """The line position of the j-th table row (0-based): after the infobox fields."""
        return self.prose_lines + len(self.infobox) + j

    @property
    def line_texts(self) -> tuple[str, ...]:
        """Every line's text by position: sentences by id ("" where an id has none),
        then infobox fields, then table rows."""
        texts = [""] * self.prose_lines
        for sentence in self.sentences:
            texts[sentence.id] = sentence.text
        texts += [f.text for f in self.infobox]
        texts += [row.text for row in self.tables]
        return tuple(texts)

    @property
    def lines(self) -> str:
        """FEVER's ``lines`` field: line k is ``"k\\ttext"``, as ``line_texts`` orders them."""
        return "\n".join(f"{k}\t{text}" for k, text in enumerate(self.line_texts))


def line_text(text: str) -> str:
    """``text`` as one line of ``lines``: white space (tabs, line breaks) made single spaces.

    FEVER's readers split ``lines`` on line breaks and a line on tabs, so a
    line's text holds neither.
    """
    return " ".join(text.split())
