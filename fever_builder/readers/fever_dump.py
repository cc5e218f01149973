"""The sentence-id dump: every line ends in ``<Title>_sentence_N`` or a section/table marker.

The dump's own sentence numbers become the sentence ids; ``_section_N`` lines
become section titles, and ``_table_``/``_header_cell_T_R_C``/``_cell_T_R_C``
markers become table rows (header + cells). A table whose id contains
``infobox`` becomes the page's infobox fields.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from fever_builder.corpus import InfoboxField, Page, Sentence, TableRow
from fever_builder.errors import InputFileError
from fever_builder.text.clean import clean_text, dedup_key, is_chrome, is_notice
from fever_builder.text.split import DOMAIN_ABBREVIATIONS

NAME = "fever-dump.v1"

_MARKER_SUFFIX = (
    r"_(?:sentence_(?P<sentence>\d+)|section_(?P<section>\d+)|table_(?P<table>[A-Za-z]+_\d+)"
    r"|header_cell_(?P<h_t>\d+)_(?P<h_r>\d+)_(?P<h_c>\d+)|cell_(?P<c_t>\d+)_(?P<c_r>\d+)_(?P<c_c>\d+))"
)
# Ids of more digits are not the dump's (and would not fit an int32 column).
_MAX_ID_DIGITS = 9
# Wikipedia titles are at most 255 bytes.
_MAX_TITLE = 512
_SENTENCE_LINE = re.compile(r"^(?P<title>.+?)_sentence_\d+\s*$")


def looks_like(text: str) -> bool:
    """Three or more lines end in a ``_sentence_N`` id."""
    hits = 0
    for line in text.splitlines():
        if _SENTENCE_LINE.match(line.strip()):
            hits += 1
            if hits >= 3:
                return True
    return False


def _title(text: str) -> str:
    """The page title: the most common prefix of the ``_sentence_N`` markers.

    The prefix is guessed from the text before each marker, which cannot hold
    a period; the dump's first line, when it ends in the guess and the markers
    use it, gives the whole title ("St. Gregory Church", not "Gregory Church").
    """
    counts: Counter[str] = Counter()
    for line in text.splitlines():
        tail = _marker_tail(line.strip())
        if tail is not None:
            counts[tail.strip()] += 1
    if not counts:
        return ""
    # titles are the shortest suffix shared by the markers: pick by count, then length
    guess = min(counts.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0]
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if first != guess and first.endswith(guess) and _uses(text, first):
        return first
    return guess


_MARKER_AT_END = re.compile(r"_sentence_\d+\s*$")
_TAIL_START = re.compile(r"[.!?\"'”)\]]\s")


def _marker_tail(line: str) -> str | None:
    r"""The text between a line's last sentence end and its closing ``_sentence_N``, or None.

    What ``(?:^|[.!?"'”)\]]\s)(?P<tail>[^.!?]*?)_sentence_\d+\s*$`` finds, in one
    pass: that pattern retries its lazy tail from every "x. " of the line,
    quadratic on a long line of them.
    """
    marker = _MARKER_AT_END.search(line)
    if marker is None:
        return None
    prefix = line[: marker.start()]
    last = max(prefix.rfind("."), prefix.rfind("!"), prefix.rfind("?"))
    if last < 0:
        return prefix
    start = _TAIL_START.search(prefix, last)
    return prefix[start.end() :] if start else None


def _uses(text: str, title: str) -> bool:
    """Some ``title_sentence_N`` id is in ``text`` (str.find: linear, where a regex of a
    long first line backtracks)."""
    needle = title + "_sentence_"
    at = text.find(needle)
    while at >= 0:
        if text[at + len(needle) : at + len(needle) + 1].isdecimal():  # what \d matches
            return True
        at = text.find(needle, at + 1)
    return False


def read(path: Path, text: str, problems: list[tuple[int, str]]) -> Iterator[Page]:
    """Yield the one page of a sentence-id dump."""
    title = _title(text)
    if not title:
        raise InputFileError(str(path), "no '<Title>_sentence_N' ids found")
    if len(title) > _MAX_TITLE:
        raise InputFileError(
            str(path),
            f"the '<Title>_sentence_N' ids give a title of {len(title):,} characters (over "
            f"{_MAX_TITLE}): not a sentence-id dump; pass --format for the format it is",
        )
    marker = re.compile(re.escape(title) + _MARKER_SUFFIX)
    sentences: list[Sentence] = []
    sections: list[str] = []
    cells: dict[str, dict[int, list[tuple[int, bool, str]]]] = {}
    table_names: dict[str, str] = {}
    dropped: Counter[str] = Counter()
    seen: set[str] = set()
    section = ""
    last = 0
    for match in marker.finditer(text):
        content = text[last : match.start()]
        last = match.end()
        if match.group("sentence") is not None:
            # a sentence is the last paragraph before its id (the page head may precede it)
            body = clean_text(re.split(r"\n\s*\n", content.strip())[-1]) if content.strip() else ""
            if len(match.group("sentence")) > _MAX_ID_DIGITS:
                dropped["bad_id"] += 1
            elif not body or is_chrome(body):
                dropped["empty"] += 1
            elif is_notice(body):
                dropped["notice"] += 1
            elif dedup_key(body) in seen:
                dropped["repeat"] += 1
            else:
                seen.add(dedup_key(body))
                sentences.append(Sentence(int(match.group("sentence")), body, section))
        elif match.group("section") is not None:
            section = clean_text(content)
            if section and section not in sections:
                sections.append(section)
        elif match.group("table") is not None:
            name = match.group("table")
            table_names[name.rsplit("_", 1)[1]] = name
        else:
            header = match.group("h_t") is not None
            names = ("h_t", "h_r", "h_c") if header else ("c_t", "c_r", "c_c")
            t, r, c = (match.group(g) for g in names)
            if max(len(t), len(r), len(c)) > _MAX_ID_DIGITS:
                dropped["bad_id"] += 1
                continue
            value = clean_text(content)
            cells.setdefault(t, {}).setdefault(int(r), []).append((int(c), header, value))
    sentences = _merge_abbreviation_breaks(sentences, dropped)
    infobox: list[InfoboxField] = []
    tables: list[TableRow] = []
    for t in sorted(cells, key=int):
        name = table_names.get(t, f"table_{t}")
        if "infobox" in name:
            infobox.extend(_infobox_fields(cells[t], title))
        else:
            tables.extend(_table_rows(name, cells[t]))
    yield Page(
        title=title,
        sentences=tuple(sentences),
        sections=tuple(sections),
        infobox=tuple(infobox),
        tables=tuple(tables),
        source=str(path),
        format=NAME,
        dropped=dict(sorted(dropped.items())),
    )


# The dump's own splitter broke some sentences after an abbreviation
# ("... Resolution No." / "10/11 and ..."): such pieces are joined under the
# first piece's id.
_ENDS_ON_ABBREVIATION = re.compile(
    r"\b(?:" + "|".join(re.escape(a) for a in DOMAIN_ABBREVIATIONS if "." not in a) + r")\.$",
    re.IGNORECASE,
)


def _merge_abbreviation_breaks(sentences: list[Sentence], dropped: Counter[str]) -> list[Sentence]:
    out: list[Sentence] = []
    for sentence in sentences:
        previous = out[-1] if out else None
        if (
            previous is not None
            and _ENDS_ON_ABBREVIATION.search(previous.text)
            and previous.section == sentence.section
            and not sentence.text[:1].isupper()
        ):
            out[-1] = Sentence(previous.id, f"{previous.text} {sentence.text}", previous.section)
            dropped["merged"] += 1
        else:
            out.append(sentence)
    return out


def _table_rows(name: str, rows: dict[int, list[tuple[int, bool, str]]]) -> list[TableRow]:
    header: tuple[str, ...] = ()
    out = []
    for r in sorted(rows):
        cells = sorted(rows[r])
        if all(is_header for _, is_header, _ in cells):
            header = tuple(value for _, _, value in cells)
            continue
        out.append(TableRow(table=name, row=r, header=header, cells=tuple(v for _, _, v in cells)))
    return out


def _infobox_fields(rows: dict[int, list[tuple[int, bool, str]]], title: str) -> list[InfoboxField]:
    """Infobox rows: ``key | value`` rows, or a key row followed by one value per side."""
    fields: list[InfoboxField] = []
    pending: str | None = None
    for r in sorted(rows):
        cells = sorted(rows[r])
        headers = [v for _, h, v in cells if h]
        values = [v for _, h, v in cells if not h]
        if headers and not values:
            pending = headers[0] if headers[0] != title else None
            continue
        if headers and values:
            fields.extend(InfoboxField(headers[0], v) for v in values if _useful(v))
        elif pending is not None:
            useful = [v for v in values if _useful(v)]
            fields.extend(InfoboxField(f"{pending}{i}", v) for i, v in enumerate(useful, 1))
        pending = None
    return fields


def _useful(value: str) -> bool:
    # "Arms supply: Foreign groups:" are captions of lists the dump left out
    return bool(value) and not value.endswith(":")
