"""Control, bidirectional and surrogate characters: removed, counted, shown escaped."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fever_builder.corpus import InfoboxField, Page, Sentence, TableRow
from fever_builder.text.hygiene import printable, scrub, scrub_page

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


@pytest.mark.parametrize(
    "text, expected, counts",
    [
        ("plain text, tabs\tand\nnewlines", "plain text, tabs\tand\nnewlines", {}),
        ("NUL\x00in", "NULin", {"control": 1}),
        ("evil\u202etxt.exe", "eviltxt.exe", {"bidi": 1}),
        ("\u2066isolated\u2069", "isolated", {"bidi": 2}),
        ("lone \ud800 surrogate", "lone  surrogate", {"surrogate": 1}),
        ("form\x0cfeed and next\x85line", "form feed and next line", {"control": 2}),
        ("DEL\x7f and C1\x9b", "DEL and C1", {"control": 2}),
        # left-to-right and right-to-left marks (U+200E/F) are not overrides: kept
        ("mark\u200e\u200f", "mark\u200e\u200f", {}),
    ],
)
def test_scrub(text: str, expected: str, counts: dict[str, int]) -> None:
    counter: Counter[str] = Counter()
    assert scrub(text, counter) == expected
    assert counter == counts


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_scrub_leaves_nothing_unsafe_and_is_idempotent(text: str) -> None:
    counter: Counter[str] = Counter()
    once = scrub(text, counter)
    assert not UNSAFE.search(once)
    assert scrub(once) == once
    assert sum(counter.values()) == len(UNSAFE.findall(text))
    # what printable shows can always be written as UTF-8
    printable(text).encode("utf-8")


def test_scrub_page_cleans_every_text_field_and_keeps_a_clean_page_as_is() -> None:
    dirty = Page(
        title="Evil\u202e",
        sentences=(Sentence(0, "A\x00 b.", section="S\u2066"), Sentence(3, "\u202e")),
        sections=("S\u2066",),
        infobox=(InfoboxField("K\x01", "V\x02"),),
        tables=(TableRow("t\x03", 1, ("h\x04",), ("c\x05",)),),
    )
    counts: Counter[str] = Counter()
    page = scrub_page(dirty, counts)
    assert page.title == "Evil"
    assert [(s.id, s.text, s.section) for s in page.sentences] == [(0, "A b.", "S")]
    assert page.sections == ("S",)
    assert page.infobox == (InfoboxField("K", "V"),)
    assert page.tables == (TableRow("t", 1, ("h",), ("c",)),)
    assert counts == {"bidi": 4, "control": 6}
    assert scrub_page(page, Counter()) is page


def test_printable_escapes_undecodable_bytes_and_overrides() -> None:
    assert printable("/in/\udcff\u202e.txt") == "/in/\\xff\\u202e.txt"
    assert printable("/in/plain.txt") == "/in/plain.txt"
