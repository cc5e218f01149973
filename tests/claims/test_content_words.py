"""The words the validity checks compare: content words of a text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fever_builder.claims.validity import CorpusIndex, Entry, _phrase_pattern, content_words
from fever_builder.facts.entities import Lexicon
from fever_builder.text.clean import normalise
from fever_builder.text.stopwords import ENGLISH_STOP_WORDS

_RUN = re.compile(r"[\w’'-]+")


def reference(text: str) -> set[str]:
    """Runs of word characters, apostrophes and hyphens, stripped of the
    apostrophes and hyphens at their ends, case-folded, without stop words."""
    words = {w.strip("'’-").casefold() for w in _RUN.findall(text)}
    return {w for w in words if w and w not in ENGLISH_STOP_WORDS}


def test_content_words_of_a_sentence() -> None:
    text = "The 'Kalbajar' offensive - Armenian forces' gains of 1993 were well-known."
    assert content_words(text) == {
        "kalbajar", "offensive", "armenian", "forces", "gains", "1993", "well-known"
    }  # fmt: skip


# apostrophes, hyphens, underscores, case pairs and characters whose case
# folding changes length ("ß", "İ"), among any others
TEXT = st.text(alphabet=st.sampled_from(list("aB'’-_ .9éßİ\u0307")) | st.characters(), max_size=40)


@given(TEXT)
@settings(max_examples=1000, deadline=None)
def test_content_words_equal_the_stripped_runs(text: str) -> None:
    assert content_words(text) == reference(text)


@given(st.lists(TEXT | st.sampled_from(["Kalbajar fell.\nIt fell", "the of and", ""]), max_size=12))
@settings(max_examples=300, deadline=None)
def test_the_index_lists_each_word_under_exactly_the_texts_that_hold_it(texts: list[str]) -> None:
    index = CorpusIndex(Entry("page", i, text, "") for i, text in enumerate(texts))
    for word in set().union(*map(content_words, texts)) | {"absent", "the", "\n"}:
        expected = [i for i, text in enumerate(texts) if word in content_words(text)]
        assert [entry.sentence_id for entry in index.holding(word)] == expected


@given(
    st.lists(
        TEXT | st.sampled_from(["Kalbajar fell in april.", "rock-'n'-roll 1990s"]), max_size=8
    ),
    st.lists(TEXT, max_size=4),
)
@settings(max_examples=300, deadline=None)
def test_the_lexicon_learns_the_same_common_words_from_the_index_scan(
    sentences: list[str], others: list[str]
) -> None:
    # sentences first, then other entries (infobox fields, table rows) the
    # lexicon must not read
    entries = [Entry("page", i, text, "") for i, text in enumerate(sentences + others)]
    index = CorpusIndex(entries, sentences=len(sentences))
    from_texts = Lexicon.build(texts=sentences)
    from_scan = Lexicon.build(texts=sentences, runs=index.sentence_runs)
    assert from_scan._common == from_texts._common


@given(st.sampled_from(["1993", "Kalbajar", "the war", "a-b", "x", "", "é"]), TEXT)
@settings(max_examples=1000, deadline=None)
def test_phrase_patterns_find_the_phrase_as_whole_words(phrase: str, text: str) -> None:
    whole_words = re.compile(r"(?<!\w)" + re.escape(normalise(phrase)) + r"(?!\w)")
    folded = normalise(text + " " + phrase + "x " + text)
    assert [m.span() for m in _phrase_pattern(phrase).finditer(folded)] == [
        m.span() for m in whole_words.finditer(folded)
    ]
