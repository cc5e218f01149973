"""Cleaning: property tests with hypothesis, and the fixed cases they found."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fever_builder.text.clean import (
    clean_text,
    dedup_key,
    is_chrome,
    is_complete,
    is_notice,
    normalise_space,
    strip_citations,
)
from fever_builder.text.split import split_sentences

# What counts as a marker, for telling marker-free text apart.
MARKER = re.compile(r"\[(?:\d{1,4}|[a-z]|note \d+|citation needed)\]", re.IGNORECASE)

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
markers = st.one_of(
    st.integers(1, 9999).map(lambda n: f"[{n}]"),
    st.sampled_from(["[a]", "[b]", "[note 3]", "[citation needed]", "[nb 2]", "[page needed]"]),
)
# Words of war-history prose: abbreviations, figures, ranges, brackets, quotes, diacritics.
words = st.one_of(
    st.text(LETTERS, min_size=1, max_size=10),
    st.sampled_from(
        [
            "Lt.",
            "Col.",
            "Gen.",
            "No.",
            "St.",
            "U.S.",
            "c.",
            "3,500",
            "17–32",
            "1.3",
            "million",
            "(NKAO)",
            "(1992)",
            '"Khan",',
            "Kəlbəcər",
            "İşğal",
            "Altında:",
            "—",
            "–",
            "1993–1994",
            "10/11",
            "~4,000",
            "60%",
            "T-72s",
            "i.e.,",
            "[i.e.,",
            "government]",
            "...",
        ]
    ),
)
sentences = st.builds(
    lambda first, rest, end: " ".join([first.capitalize(), *rest]) + end,
    st.text(LETTERS, min_size=2, max_size=10),
    st.lists(words, min_size=1, max_size=12),
    st.sampled_from([".", "!", "?", '."', ")."]),
)
messy_text = st.lists(
    st.one_of(words, markers, st.sampled_from([" ", "  ", "\t", "\n", "\xa0", ".", ",", "[", "]"])),
    max_size=30,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(messy_text, st.text(max_size=80)))
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


def passes_until_stable(text: str) -> str:
    """clean_text's definition: citations stripped, spaces normalised, until nothing changes."""
    while True:
        spaced = re.sub(r"\s+", " ", strip_citations(text)).strip()
        cleaned = re.sub(r"\s+(?=[.,;:!?](?:\s|$))", "", spaced)
        if cleaned == text:
            return cleaned
        text = cleaned


@settings(max_examples=1000, deadline=None)
@given(
    st.one_of(
        messy_text,
        st.text(max_size=80),
        st.text(alphabet=st.sampled_from(list(" \t\n\xa0\u2028.,;:!?ab[]1")), max_size=30),
    )
)
def test_clean_text_equals_its_passes_until_stable(text: str) -> None:
    assert clean_text(text) == passes_until_stable(text)


def test_normalise_space_takes_every_white_space_character_for_a_space() -> None:
    for code in range(sys.maxunicode + 1):
        text = f"a {chr(code)}\tb{chr(code)}"
        assert normalise_space(text) == re.sub(r"\s+", " ", text).strip(), hex(code)


@settings(max_examples=200, deadline=None)
@given(st.one_of(messy_text, st.text(max_size=80)))
def test_clean_text_leaves_no_marker_and_no_runs_of_space(text: str) -> None:
    cleaned = clean_text(text)
    assert MARKER.search(cleaned) is None
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(sentences, st.lists(markers, max_size=3)), min_size=1, max_size=6))
def test_strip_citations_never_drops_a_sentence_without_a_marker(
    parts: list[tuple[str, list[str]]],
) -> None:
    # markers as Wikipedia places them: straight after a sentence's last character
    text = " ".join(sentence + "".join(marks) for sentence, marks in parts)
    stripped = strip_citations(text)
    for sentence, _ in parts:
        assert sentence in stripped
    assert stripped == " ".join(sentence for sentence, _ in parts)


@settings(max_examples=200, deadline=None)
@given(st.lists(words, min_size=1, max_size=20), st.data())
def test_strip_citations_removes_exactly_the_markers(
    tokens: list[str], data: st.DataObject
) -> None:
    text = " ".join(tokens)
    if MARKER.search(text):
        return  # a word list that already holds a marker is not marker-free text
    marked = []
    for token in tokens:
        marks = data.draw(st.sampled_from(["", "[7]", "[a][12]", " [citation needed]"]))
        marked.append(token + marks)
    assert strip_citations(" ".join(marked)) == text


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.lists(sentences, min_size=1, max_size=6).map(" ".join), st.text(max_size=120)))
def test_split_then_join_keeps_every_word(text: str) -> None:
    if MARKER.search(text) or strip_citations(text) != text:
        return  # the property is about marker-free text
    pieces = split_sentences(text)
    # A glued boundary ("1992).The") gains a space, so compare the characters
    # that are not white space: none may be lost, added or reordered.
    assert "".join("".join(pieces).split()) == "".join(text.split())
    assert all(piece == piece.strip() and piece for piece in pieces)


@settings(max_examples=100, deadline=None)
@given(st.lists(sentences, min_size=1, max_size=5))
def test_split_sentences_strips_markers_before_splitting(parts: list[str]) -> None:
    plain = " ".join(parts)
    marked = " ".join(p + "[12]" for p in parts)
    assert split_sentences(marked) == split_sentences(plain)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("displaced.[4] Civilians", "displaced. Civilians"),
        ("destruction[122][123] and", "destruction and"),
        ("Kalbajar[a] took place", "Kalbajar took place"),
        ("more once.[citation needed]", "more once."),
        ("[[1]2] nested", "nested"),  # found by hypothesis: one pass left "[2]"
        ("a [note  1] b", "a b"),  # a marker only once its spaces are normalised
        ("1.3\xa0million  men\n", "1.3 million men"),
        ("in 17–32 , İşğal Altında .", "in 17–32, İşğal Altında."),
    ],
)
def test_clean_text_cases(text: str, expected: str) -> None:
    assert clean_text(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "HOME",
        "        TheInfoList",
        "From Wikipedia for FEVERv2",
        "Jump to navigation Jump to search",
    ],
)
def test_site_chrome_is_recognised(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Main article: Battle of Kalbajar",
        "Main articles: Black January and Baku Pogrom",
        "Further information: Kirovabad pogrom",
        "See also: Refugees in Azerbaijan",
        "For the 2020 armed conflict, see 2020 Nagorno-Karabakh war.",
        "Cite error: There are <ref group=lower-alpha>",
    ],
)
def test_notices_are_recognised(line: str) -> None:
    assert is_notice(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Battle of Kalbajar took place in March and April 1993.",
        "Kalbajar lies outside the former Nagorno-Karabakh Autonomous Oblast (NKAO).",
        "Main articles of the ceasefire were agreed in Bishkek.",  # a hatnote has a colon
        "See also the map of the front line in 1994.",
        "the governor stated, \"We're never going to leave... we'll fight to the end.\"",
    ],
)
def test_prose_is_neither_chrome_nor_notice(sentence: str) -> None:
    assert not is_chrome(sentence)
    assert not is_notice(sentence)
    assert is_complete(sentence)


@pytest.mark.parametrize(
    "fragment",
    ["After its capture,", "Azerbaijan's military had grown more desp", "Political infighting and"],
)
def test_fragments_cut_off_mid_sentence_are_incomplete(fragment: str) -> None:
    assert not is_complete(fragment)


def test_dedup_key_ignores_case_space_and_punctuation_but_not_letters() -> None:
    same = ("Civilians fled  Kalbajar, in April.", "civilians fled Kalbajar in April")
    assert dedup_key(same[0]) == dedup_key(same[1])
    assert dedup_key("Kəlbəcər") != dedup_key("Kalbajar")


def test_dedup_key_keeps_exactly_the_letters_and_digits_of_every_code_point() -> None:
    # the key is built with a regex for speed; it must keep what str.isalnum keeps
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.normalize("NFKC", char).casefold() != char:
            continue
        assert (dedup_key(char) == char) == char.isalnum(), hex(code)
