"""Cross-page duplicate groups: copies and near-copies share a group, others do not."""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import fields, replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fever_builder.corpus import Page, Sentence
from fever_builder.text import dedup
from fever_builder.text.clean import dedup_key
from fever_builder.text.dedup import (
    assign_groups,
    shingle_tokens,
    similar_groups,
    similar_pairs,
    words_and_keys,
)


def page(title: str, *texts: str) -> Page:
    return Page(title=title, sentences=tuple(Sentence(i, t) for i, t in enumerate(texts)))


WIKI = page(
    "Battle of Kalbajar",
    "The Battle of Kalbajar took place in March and April 1993, during the First"
    " Nagorno-Karabakh War.",
    "Refugees reported that hundreds of people froze to death attempting to flee.",
    "Kalbajar lies outside the contested enclave of the former Nagorno-Karabakh Autonomous Oblast.",
)
HTML = page(
    "Battle of Kalbajar (html)",
    # an exact copy, a near copy (one word changed: Jaccard 0.54 over word
    # 3-grams) and an unrelated sentence
    "The Battle of Kalbajar took place in March and April 1993, during the First"
    " Nagorno-Karabakh War.",
    "Refugees reported that hundreds of civilians froze to death attempting to flee.",
    "Eighty civilians were taken hostage and sent to Stepanakert.",
)


def groups(pages: list[Page]) -> dict[str, list[str]]:
    return {p.title: [s.group for s in p.sentences] for p in assign_groups(pages)}


def test_copies_and_near_copies_share_a_group() -> None:
    by_title = groups([WIKI, HTML])
    wiki, html = by_title["Battle of Kalbajar"], by_title["Battle of Kalbajar (html)"]
    assert wiki[0] == html[0]
    assert wiki[1] == html[1]
    assert html[2] not in wiki
    assert len(set(wiki)) == 3  # different sentences of one page stay apart


def test_group_ids_do_not_depend_on_page_order() -> None:
    assert groups([WIKI, HTML]) == groups([HTML, WIKI])


def test_sentences_keep_every_field_but_the_group() -> None:
    # assign_groups builds Sentence(id, text, section, group) itself
    assert [f.name for f in fields(Sentence)] == ["id", "text", "section", "group"]
    sections = replace(WIKI, sentences=tuple(replace(s, section="Battle") for s in WIKI.sentences))
    [out] = assign_groups([sections])
    for before, after in zip(sections.sentences, out.sentences, strict=True):
        assert after.group.startswith("g")
        assert replace(after, group=before.group) == before


def test_sentences_that_only_share_a_phrase_stay_apart() -> None:
    # from seed 000: word 3-gram Jaccard 0.29
    a = page("A", "Aliyev vowed to take back the lost territories.")
    b = page(
        "B",
        "He blamed the previous government for failures in the war and vowed to take"
        " back the lost territories.",
    )
    by_title = groups([a, b])
    assert by_title["A"] != by_title["B"]


_WORD = re.compile(r"\w+")


def reference_shingles(text: str) -> set[str]:
    """Word 3-grams of the case-folded text, written out (its words if fewer than three)."""
    words = _WORD.findall(text.casefold())
    if len(words) < 3:
        return {" ".join(words)}
    return {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}


def reference_pairs(texts: list[str], threshold: float) -> set[tuple[int, int]]:
    sets = [reference_shingles(t) for t in texts]
    return {
        (a, b)
        for a, b in itertools.combinations(range(len(texts)), 2)
        if len(sets[a] & sets[b]) / len(sets[a] | sets[b]) >= threshold
    }


def join(texts: list[str], threshold: float) -> set[tuple[int, int]]:
    owners, tokens = shingle_tokens(words_and_keys(texts)[0])
    return set(similar_pairs(owners, tokens, len(texts), threshold))


# texts over a handful of words (some differing only in case) make many
# 3-grams shared between texts, and similarities on both sides of a threshold
TEXTS = st.lists(
    st.lists(
        st.sampled_from(["army", "Town", "town", "hill", "pass", "road", "1993"]), max_size=9
    ).map(" ".join),
    max_size=40,
    unique=True,
)


@given(TEXTS, st.sampled_from([0.5, 0.3, 1 / 3, 0.7, 0.9, 1.0]))
@settings(max_examples=300, deadline=None)
def test_the_join_finds_exactly_the_pairs_at_or_above_the_threshold(
    texts: list[str], threshold: float
) -> None:
    assert join(texts, threshold) == reference_pairs(texts, threshold)


def components(count: int, pairs: set[tuple[int, int]]) -> list[int]:
    """Each set's smallest fellow member through the pairs, by repeated relaxation."""
    labels = list(range(count))
    changed = True
    while changed:
        changed = False
        for a, b in pairs:
            low = min(labels[a], labels[b])
            if labels[a] != low or labels[b] != low:
                labels[a] = labels[b] = low
                changed = True
    return labels


@given(TEXTS, st.sampled_from([0.5, 0.3, 0.9]), st.sampled_from([1, 3, 2_000_000]))
@settings(max_examples=200, deadline=None)
def test_groups_taken_in_batches_are_the_components_of_the_similar_pairs(
    texts: list[str], threshold: float, batch: int
) -> None:
    owners, tokens = shingle_tokens(words_and_keys(texts)[0])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dedup, "_PAIRS_PER_BATCH", batch)
        patch.setattr(dedup, "_MEMBERS_PER_CHECK", batch)
        labels = similar_groups(owners, tokens, len(texts), threshold)
        assert join(texts, threshold) == reference_pairs(texts, threshold)
    assert labels.tolist() == components(len(texts), reference_pairs(texts, threshold))


def test_thousands_of_templated_sentences_form_one_group_batch_by_batch() -> None:
    # stub articles: every pair is similar (3 of 5 3-grams shared), so the
    # pairs grow with the square of the sentences; they are taken 1,000 at a time
    texts = [f"Wola{n} is a village in Poland." for n in range(2000)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dedup, "_PAIRS_PER_BATCH", 1000)
        patch.setattr(dedup, "_MEMBERS_PER_CHECK", 5000)
        [page_out] = assign_groups([page("Stubs", *texts)])
    assert len({s.group for s in page_out.sentences}) == 1


@given(TEXTS)
@settings(max_examples=50, deadline=None)
def test_a_vocabulary_too_large_to_pack_numbers_3_grams_the_same_way(texts: list[str]) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dedup, "_PACKED_VOCABULARY", 2)
        unpacked = join(texts, 0.5)
    assert unpacked == reference_pairs(texts, 0.5)


def test_pairs_exactly_at_the_threshold_are_all_found() -> None:
    # 300 pairs at Jaccard exactly 0.5: six words (4 3-grams), and the same
    # first five words with two others after them (5 3-grams, 3 of them shared).
    # An estimate such as MinHash LSH misses a share of pairs this close.
    rng = random.Random(7)
    texts = []
    for n in range(300):
        words = [f"w{n}x{k}{rng.randint(0, 9)}" for k in range(6)]
        texts.append(" ".join(words))
        texts.append(" ".join([*words[:5], "other", "tail"]))
    pairs = join(texts, 0.5)
    assert pairs == reference_pairs(texts, 0.5)
    assert {(2 * n, 2 * n + 1) for n in range(300)} <= pairs


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_keys_found_with_the_words_equal_dedup_key(text: str) -> None:
    words, [key] = words_and_keys([text])
    assert key == dedup_key(text)
    assert words == [_WORD.findall(text.casefold())]


def test_near_copies_among_many_sentences_are_grouped_and_others_are_not() -> None:
    # the sentence pairs of WIKI and HTML, among 3,000 distinct fillers
    fillers = [
        f"Unit {n} held hill {n * 7} near village {n * 13} for {n} days." for n in range(3000)
    ]
    grouped = assign_groups([WIKI, page("Fillers", *fillers), HTML])
    first, filler, second = ([s.group for s in p.sentences] for p in grouped)
    assert first[:2] == second[:2]
    assert first[2] != second[2]
    assert len(set(filler)) == len(filler)
    assert not set(filler) & set(first + second)
