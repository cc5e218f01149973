"""Characters no page may keep: control characters, bidirectional overrides, lone surrogates.

A NUL byte breaks tools that read the output as C strings; a right-to-left
override (U+202E) makes text display differently from what it says; a lone
surrogate (from a JSON ``"\\ud800"`` escape or an undecodable file name)
cannot be written as UTF-8 at all. They are removed from page ids and text
on the way in, and counted by kind.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from fever_builder.corpus import InfoboxField, Page, TableRow

# C0 and C1 controls but tab and newline (DEL is a control too); the
# bidirectional embeddings, overrides (U+202A-U+202E) and isolates
# (U+2066-U+2069); surrogate code points, which only occur unpaired in a str.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def kind(char: str) -> str:
    """The reason a character is removed: ``control``, ``bidi`` or ``surrogate``."""
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        return "surrogate"
    if 0x202A <= code <= 0x2069:
        return "bidi"
    return "control"


def scrub(text: str, counts: Counter[str] | None = None) -> str:
    """``text`` without unsafe characters; each removal counted in ``counts`` by kind.

    A control character that separates words (form feed, CR, U+0085, ...)
    becomes a space, so the words stay apart; the rest go.
    """
    if not _UNSAFE.search(text):
        return text

    def remove(match: re.Match[str]) -> str:
        char = match.group()
        if counts is not None:
            counts[kind(char)] += 1
        return " " if char.isspace() else ""

    return _UNSAFE.sub(remove, text)


def scrub_page(page: Page, counts: Counter[str]) -> Page:
    """The page with unsafe characters removed from its title and every text field.

    A changed field gets its white space normalised again, as the readers'
    cleaning left it. Returns ``page`` itself when nothing changed.
    """
    before = sum(counts.values())

    def clean(text: str) -> str:
        scrubbed = scrub(text, counts)
        return text if scrubbed is text else " ".join(scrubbed.split())

    title = clean(page.title)
    sentences = tuple(
        replace(s, text=clean(s.text), section=clean(s.section))
        if _UNSAFE.search(s.text) or _UNSAFE.search(s.section)
        else s
        for s in page.sentences
    )
    sections = tuple(clean(s) for s in page.sections)
    infobox = tuple(InfoboxField(clean(f.key), clean(f.value)) for f in page.infobox)
    tables = tuple(
        TableRow(clean(t.table), t.row, tuple(map(clean, t.header)), tuple(map(clean, t.cells)))
        for t in page.tables
    )
    if sum(counts.values()) == before:
        return page
    return replace(
        page,
        title=title,
        sentences=tuple(s for s in sentences if s.text),
        sections=tuple(s for s in sections if s),
        infobox=infobox,
        tables=tables,
    )


def printable(text: str) -> str:
    """``text`` safe to print or write as UTF-8: unsafe characters shown as escapes.

    For paths: bytes of a file name that are not UTF-8 (which Python holds as
    lone surrogates) show as ``\\xff``, a control or override as ``\\u202e``.
    """
    if not _UNSAFE.search(text):
        return text

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        # os.fsdecode holds an undecodable byte 0xNN as U+DCNN
        return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"

    return _UNSAFE.sub(escape, text)
