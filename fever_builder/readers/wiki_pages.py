"""FEVER's own wiki-pages JSONL: ``id``, ``text``, ``lines`` of ``N\\tsentence\\tlink...``.

FEVER writes brackets and colons as tokens (``-LRB-``, ``-COLON-``) and puts
spaces around punctuation; both are undone in page ids and sentence text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fever_builder.corpus import InfoboxField, Page, Sentence, TableRow
from fever_builder.readers.json_line import parse_line
from fever_builder.text.clean import clean_text
from fever_builder.text.fever import decode_fever_text, decode_tokens
from fever_builder.text.split import split_sentences

NAME = "wiki-pages.v1"


def decode(text: str) -> str:
    """Undo FEVER's bracket/colon tokens and its spaces around punctuation."""
    return decode_fever_text(text)


def decode_title(page_id: str) -> str:
    """A FEVER page id as a title: tokens decoded, underscores as spaces."""
    title = decode_tokens(page_id)
    # FEVER ids write spaces as "_"; an id that already has spaces is a title
    # (our own wiki_pages output) whose "_" are its own
    return title if " " in title else title.replace("_", " ")


def looks_like(text: str) -> bool:
    """Most of the first non-empty lines are JSON objects with ``id`` and ``lines`` or ``text``.

    One bad line at the top must not turn a page dump into "prose".
    """
    # split on "\n" only: JSON strings may hold U+2028 and other line separators
    lines = [line for line in text.split("\n")[:50] if line.strip()][:10]
    if not lines:
        return False
    good = 0
    for line in lines:
        row, _ = parse_line(line)
        good += isinstance(row, dict) and "id" in row and ("lines" in row or "text" in row)
    return good * 2 >= len(lines)


def read(
    path: Path, text: str, problems: list[tuple[int, str]], *, first_line: int = 1
) -> Iterator[Page]:
    """Yield one page per JSONL row; bad rows go to ``problems`` with their line number.

    ``first_line`` is the file line ``text`` starts on, when it is a part of the file.
    """
    # Split on "\n" only: JSON strings may hold U+2028 or U+0085 unescaped,
    # which str.splitlines() would take for line ends.
    for number, line in enumerate(text.split("\n"), first_line):
        if not line.strip():
            continue
        row, reason = parse_line(line)
        if reason is not None:
            problems.append((number, reason))
            continue
        if not isinstance(row, dict) or not isinstance(row.get("id"), str):
            problems.append((number, "row has no string 'id' field"))
            continue
        if not row["id"].strip():
            continue  # FEVER's dump opens with an empty-id row
        lines = row.get("lines")
        if lines is not None and not isinstance(lines, str):
            problems.append((number, "'lines' must be a string of 'N<TAB>sentence' rows"))
            continue
        if not isinstance(row.get("text", ""), str):
            problems.append((number, "'text' must be a string"))
            continue
        try:
            infobox = tuple(
                InfoboxField(str(f["key"]), str(f["value"])) for f in row.get("infobox") or ()
            )
            tables = tuple(
                TableRow(
                    str(t["table"]),
                    int(t["row"]),
                    tuple(map(str, t["header"])),
                    tuple(map(str, t["cells"])),
                )
                for t in row.get("tables") or ()
            )
        except (KeyError, TypeError, ValueError, OverflowError, RecursionError) as error:
            problems.append(
                (
                    number,
                    f"'infobox' must be a list of {{key, value}} and 'tables' a list of "
                    f"{{table, row, header, cells}} objects ({type(error).__name__}: {error})",
                )
            )
            continue
        repeated: list[str] = []
        sentences = (
            _sentences(lines, repeated) if lines else _sentences_from_text(row.get("text", ""))
        )
        problems.extend((number, reason) for reason in repeated)
        yield Page(
            title=decode_title(row["id"]),
            sentences=sentences,
            sections=tuple(s for s in _list(row.get("sections")) if isinstance(s, str)),
            infobox=infobox,
            tables=tables,
            source=f"{path}:{number}",
            format=NAME,
        )


def _sentences(lines: str, problems: list[str] | None = None) -> tuple[Sentence, ...]:
    out = []
    seen: set[int] = set()
    for entry in lines.split("\n"):
        number, _, rest = entry.partition("\t")
        if not _is_sentence_id(number.strip()):
            continue
        sentence = clean_text(decode(rest.split("\t")[0]))
        if not sentence:
            continue
        if int(number) in seen:
            # evidence cites sentences by id: a second sentence 0 would be ambiguous
            if problems is not None:
                problems.append(f"sentence id {int(number)} appears twice; the second is skipped")
            continue
        seen.add(int(number))
        out.append(Sentence(int(number), sentence))
    return tuple(out)


def _is_sentence_id(number: str) -> bool:
    # ASCII digits only ("²".isdigit() is true, int("²") fails), few enough for
    # an int32 column (and for int() at all: 4,300 digits is its limit)
    return number.isascii() and number.isdigit() and len(number) <= 9


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def _sentences_from_text(text: str) -> tuple[Sentence, ...]:
    return tuple(Sentence(i, s) for i, s in enumerate(split_sentences(clean_text(decode(text)))))
