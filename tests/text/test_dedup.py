"""Cross-page duplicate groups: copies and near-copies share a group, others do not."""

from __future__ import annotations

import random

import pytest
from datasketch import MinHash, MinHashLSH
from hypothesis import given, settings
from hypothesis import strategies as st

from fever_builder.corpus import Page, Sentence
from fever_builder.text import dedup
from fever_builder.text.dedup import NUM_PERM, assign_groups, signatures


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


def test_sentences_keep_their_ids_and_text() -> None:
    [out] = assign_groups([WIKI])
    assert [(s.id, s.text) for s in out.sentences] == [(s.id, s.text) for s in WIKI.sentences]
    assert all(s.group.startswith("g") for s in out.sentences)


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


@given(st.lists(st.sets(st.binary(max_size=12), min_size=1, max_size=40), min_size=1, max_size=60))
@settings(max_examples=50, deadline=None)
def test_signatures_of_many_sets_equal_datasketch_one_set_at_a_time(
    sets: list[set[bytes]],
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dedup, "_SETS_PER_BLOCK", 7)  # several blocks, shingles hashed once
        rows = signatures(sets)
    for row, shingles in zip(rows, sets, strict=True):
        one = MinHash(num_perm=NUM_PERM, seed=1)
        one.update_batch(list(shingles))
        assert row.tolist() == one.hashvalues.tolist()


def test_buckets_pair_exactly_the_sets_datasketch_lsh_returns_for_each_other() -> None:
    # sentences of one template with a word or two changed: many near pairs
    rng = random.Random(3)
    words = ["army", "town", "hill", "river", "pass", "road", "front", "line", "unit", "corps"]
    sets = [
        dedup._shingles(" ".join(rng.choice(words) for _ in range(rng.randint(4, 14))))
        for _ in range(400)
    ]
    pairs = {
        (a, b) for bucket in dedup._buckets(sets, 0.5) for a in bucket for b in bucket if a < b
    }
    lsh = MinHashLSH(threshold=0.5 - dedup._CANDIDATE_MARGIN, num_perm=NUM_PERM)
    expected = set()
    for i, shingles in enumerate(sets):
        one = MinHash(num_perm=NUM_PERM, seed=1)
        one.update_batch(list(shingles))
        expected.update((j, i) for j in lsh.query(one))
        lsh.insert(i, one)
    assert len(expected) > 30
    assert pairs == expected


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
