"""Infobox fields and table rows written as sentences a claim can be made from.

Their evidence cites their lines in the page's ``lines``, appended after the
prose (see ``fever_builder.corpus``, documented in the dataset card): the k-th
infobox field of a page (0-based) is line ``page.infobox_line(k)`` and the
j-th table row line ``page.table_line(j)``; the evidence text is that line,
the field as ``Key: Value`` or the row as ``Label — Column: cell; Column: cell``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from fever_builder.corpus import Page, TableRow
from fever_builder.facts import MONTHS, parse_date, plural_noun
from fever_builder.facts.spans import DateValue

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True, slots=True)
class StructuredFact:
    """A structured fact: where its evidence lives, that evidence, and a sentence stating it."""

    page: str
    sentence_id: int
    evidence: str
    sentence: str
    kind: str  # "infobox", "table", "compare" or "lifespan"
    # of a comparison, the same sentence with its two sides the other way round: false
    reversed: str = ""


def table_text(header: tuple[str, ...], cells: tuple[str, ...]) -> str:
    """A table row's line text (``TableRow.text``)."""
    return TableRow("", 0, header, cells).text


def subject_name(title: str) -> str:
    """A page title as a sentence subject: "The Battle of Kalbajar", "Operation Kalbajar"."""
    name = title.split(" (")[0]
    if name.startswith("Battle of ") or name.endswith(" War"):
        return f"The {name}"
    return name


def structured_facts(pages: Iterable[Page]) -> list[StructuredFact]:
    """Every infobox date/result and table cell of the pages, and a person's dates of birth
    and death from the lead, as a sentence."""
    facts: list[StructuredFact] = []
    for page in pages:
        name = subject_name(page.title)
        if page.sentences:
            lead = page.sentences[0]
            facts += [
                StructuredFact(page.title, lead.id, lead.text, sentence, "lifespan")
                for sentence in lifespan(name, lead.text)
            ]
        for k, field in enumerate(page.infobox):
            facts += [
                StructuredFact(page.title, page.infobox_line(k), field.text, sentence, "infobox")
                for sentence in _infobox_sentences(name, field.key, field.value)
            ]
        compared_rows = 0  # of this page, whose comparison could say who had fewer
        for j, row in enumerate(page.tables):
            evidence = row.text
            for column, cell in zip(row.header[1:], row.cells[1:], strict=False):
                sentence = _table_sentence(name, column, row.cells[0], cell)
                if sentence:
                    facts.append(
                        StructuredFact(page.title, page.table_line(j), evidence, sentence, "table")
                    )
            # every other comparison of a page's counted rows says who had fewer: where
            # one side leads every row, "Azerbaijan had more" would otherwise be true
            # whatever the row ("fewer killed" reads well, "less killed" does not)
            counted = bool(row.cells and row.cells[0].strip()) and _counted(row.cells[0])
            compared = _comparison(
                name, row.header, row.cells, fewer=counted and compared_rows % 2 == 1
            )
            compared_rows += counted and compared is not None
            if compared is not None:
                true, false = compared
                facts.append(
                    StructuredFact(page.title, page.table_line(j), evidence, true, "compare", false)
                )
    return facts


def _day(text: str, *, year: bool = True) -> DateValue | None:
    """One day as the text writes it, with its year ("10 April 1990", "July 12, 1977") or,
    with ``year`` False, without ("March 27"); None for anything else."""
    value = parse_date(text)
    if value is None or value.precision != "day" or value.end is not None or value.modifier:
        return None
    return value if (value.start.year is not None) == year else None


def lifespan(name: str, lead: str) -> list[str]:
    """ "Ben Amos was born on 10 April 1990." from a person's lead "Benjamin Paul "Ben" Amos
    (born 10 April 1990) is ...", and "... died on ..." from "(September 21, 1758 – March 1,
    1827)": the lead's bracket right after the person's name, of which every word comes
    before it. One birth and one death: a changed date is refuted."""
    opening = re.match(r"^([^()]+?) \(([^()]*)\) (?:is|was) ", lead)
    if opening is None or not set(name.split()) <= set(re.findall(r"[\w.-]+", opening[1])):
        return []
    part = opening[2].split(";")[-1].strip()
    if part.startswith("born ") and _day(part.removeprefix("born ")) is not None:
        return [f"{name} was born on {part.removeprefix('born ')}."]
    ends = re.split(r" [–—-] ", part)
    if len(ends) == 2 and all(_day(end) is not None for end in ends):
        return [f"{name} was born on {ends[0]}.", f"{name} died on {ends[1]}."]
    return []


def _comparison(
    name: str, header: tuple[str, ...], cells: tuple[str, ...], *, fewer: bool = False
) -> tuple[str, str] | None:
    """ "Azerbaijan had more tanks than Armenia during the war", true, and the same with the
    two sides the other way round, false: from a row of two columns whose figures (or
    ranges) do not overlap ("90–173" tanks against "436–458"); None for any other row.
    With ``fewer`` (for rows of things one counts), the claims say who had fewer."""
    if len(header) != 3 or len(cells) != 3 or not cells[0]:
        return None
    sides = [_figures(cell) for cell in cells[1:]]
    if sides[0] is None or sides[1] is None:
        return None
    (low_a, high_a), (low_b, high_b) = sides
    columns = [" ".join(c.split()) for c in header[1:]]
    if low_b > high_a:
        larger, smaller = columns[1], columns[0]
    elif low_a > high_b:
        larger, smaller = columns[0], columns[1]
    else:
        return None
    what = " ".join(cells[0].split()).lower()
    word, first, second = ("fewer", smaller, larger) if fewer else ("more", larger, smaller)
    return (
        f"{first} had {word} {what} than {second} during {_inside(name)}.",
        f"{second} had {word} {what} than {first} during {_inside(name)}.",
    )


def _inside(name: str) -> str:
    """The page's name inside a sentence: "the First Nagorno-Karabakh War"."""
    return name[0].lower() + name[1:] if name.startswith("The ") else name


def _figures(cell: str) -> tuple[float, float] | None:
    """The lowest and highest figure a cell gives ("388–395", "42,000"), or None when it
    gives none or leaves a part unknown ("3 + N/A")."""
    value = cell.split(" (")[0]
    numbers = [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", value)]
    if not numbers or "N/A" in value or not re.fullmatch(r"[\d,.\s–-]+", value.strip()):
        return None
    return min(numbers), max(numbers)


def _infobox_sentences(name: str, key: str, value: str) -> list[str]:
    """An infobox date or result as sentences: a range of days as when it began and when
    it ended ("20 February 1988 – 12 May 1994"), each a fact of one value."""
    value = value.split(" (")[0].strip()
    if not value:
        return []
    if key == "Date":
        iso = _ISO.match(value)
        if iso:
            year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
            return [f"{name} began on {day} {MONTHS[month - 1]} {year}."]
        if " – " in value:
            start, end = value.split(" – ", 1)
            days = _days(start, end)
            if days is not None:
                return [f"{name} began on {days[0]}.", f"{name} ended on {days[1]}."]
            return [f"{name} took place from {start} to {end}."]
        return [f"{name} took place in {value}."]
    if key == "Result" and re.fullmatch(r"[A-Z][\w-]+ (?:victory|defeat)", value):
        article = "an" if value[0] in "AEIOU" else "a"
        return [f"{name} ended in {article} {value}."]
    return []


def _days(start: str, end: str) -> tuple[str, str] | None:
    """The first and last day of a range, each with its year: "March 27 – April 3, 1993"
    gives "March 27, 1993" (the range's one year) and "April 3, 1993"; None unless both
    ends are days."""
    last = _day(end)
    if last is None:
        return None
    if _day(start) is not None:
        return start, end
    first = _day(start, year=False)
    if first is None or (first.start.month or 0) > (last.start.month or 0):
        return None  # "December 28 – January 3, 1994": the start is of the year before
    year = last.start.year
    return (f"{start}, {year}" if start[0].isalpha() else f"{start} {year}"), end


def _counted(label: str) -> bool:
    """Whether a row's label names things one counts ("Tanks", "Military personnel",
    "Combat aircraft", whose plural a table's count makes plain), not a mass ("Artillery")."""
    last = label.split()[-1].casefold()
    return plural_noun(last)


def _table_sentence(name: str, column: str, label: str, cell: str) -> str | None:
    value = cell.split(" (")[0].strip()
    if not column or not label or not value or "N/A" in value or not re.search(r"\d", value):
        return None
    column = " ".join(column.split())
    if not _counted(label):
        return None  # "388–395 artillery": a mass noun is not counted (its comparison still is)
    # the subject first: "Armenia and Nagorno-Karabakh had ..." after a fronted "During
    # the war," reads as part of the war's name to a parser, and to some readers
    # "about" for the table's estimate: a word shorter than "an estimated", as people write;
    # a range ("45–51") is its own estimate
    about = "" if re.search(r"\d\s*[–-]\s*\d", value) else "about "
    return f"{column} had {about}{value} {label.lower()} during {_inside(name)}."
