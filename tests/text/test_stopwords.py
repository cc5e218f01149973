"""The stop words shard workers compare texts with."""

from __future__ import annotations


def test_the_stop_word_list_is_scikit_learns() -> None:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as sklearn_words

    from fever_builder.text.stopwords import ENGLISH_STOP_WORDS

    assert sklearn_words == ENGLISH_STOP_WORDS
