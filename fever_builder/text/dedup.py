"""Cross-page duplicate groups: near-identical sentences share one group id.

The same article can arrive in two renderings (wiki text and HTML) or as a
scraped part of a dump, and articles copy passages from each other (Operation
Kalbajar and the First Nagorno-Karabakh War share sentences that differ in a
word or two). The split stage keeps a group on one side so a fact and all its
copies never straddle train and test.

Two sentences are near copies when the Jaccard similarity of their word
3-gram sets is ``THRESHOLD`` or more; exact copies (same key) always are. The
pairs are found exactly, not estimated: an all-pairs similarity join with
prefix filtering (Bayardo, Ma and Srikant, "Scaling up all pairs similarity
search", WWW 2007). Each set's 3-grams are ordered rarest first; two sets
that reach the threshold must share one of the first ``len - ceil(t * len)
+ 1`` 3-grams of each, so only sets sharing such a 3-gram are compared. The
3-grams are integers made from per-shard word ids (no hashing, so no
collisions), and the join runs in numpy.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import chain
from unicodedata import is_normalized

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from fever_builder.arrays import sorted_distinct
from fever_builder.corpus import Page, Sentence
from fever_builder.text.clean import dedup_key

# On the seeds, copies that differ in a word or two score 0.50-0.67 and the
# closest different sentences 0.19-0.31 (e.g. "Aliyev vowed to take back the
# lost territories." and "He blamed ... and vowed to take back the lost
# territories."): 0.5 sits in the gap.
THRESHOLD = 0.5
_WORD = re.compile(r"\w+")
# Word ids fit three to an int64 below this; larger vocabularies number
# their 3-grams with np.unique instead.
_PACKED_VOCABULARY = 2**21


def words_and_keys(texts: Sequence[str]) -> tuple[list[list[str]], list[str]]:
    """Each text's case-folded words (``\\w+`` runs) and its ``dedup_key``.

    The key is the words joined, without underscores, when the text is already
    NFKC-normal (nearly always), so most texts are scanned once.
    """
    words = [_WORD.findall(text.casefold()) for text in texts]
    keys = [
        "".join(w).replace("_", "") if is_normalized("NFKC", text) else dedup_key(text)
        for text, w in zip(texts, words, strict=True)
    ]
    return words, keys


def shingle_tokens(words: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Every text's distinct word 3-grams as integers: (text, 3-gram) pairs, sorted.

    ``words`` are the texts' words, as ``words_and_keys`` finds them. A text
    of fewer than three words has one 3-gram, its words padded (an empty text
    too). The 3-grams are numbered 0, 1, ... within one call: equal ones get
    equal numbers, different ones different numbers.
    """
    counts = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    every = list(chain.from_iterable(words))
    # word ids from 1 in order of first use; 0 pads short texts
    number = {w: i for i, w in enumerate(dict.fromkeys(every), start=1)}
    ids = np.fromiter(map(number.__getitem__, every), dtype=np.int64, count=len(every))
    flat = np.r_[ids, np.zeros(3, dtype=np.int64)]
    ends = np.cumsum(counts)
    # 3-grams start at a text's first len - 2 words (its first position if shorter)
    sizes = np.maximum(counts - 2, 1)
    starts = _members(ends - counts, sizes)
    # words of its own text from each start on, the start's own included
    left = np.repeat(ends, sizes) - starts
    grams = [np.where(left > k, flat[starts + k], 0) for k in range(3)]
    if len(number) < _PACKED_VOCABULARY:
        packed = (grams[0] << 42) | (grams[1] << 21) | grams[2]
        distinct, tokens = np.unique(packed, return_inverse=True)
    else:
        distinct, tokens = np.unique(np.stack(grams, axis=1), axis=0, return_inverse=True)
    # (text, 3-gram) keys, sorted (already by text: a stable sort sorts the
    # short runs), without repeats within a text
    keys = sorted_distinct(
        np.repeat(np.arange(len(words)), sizes) * len(distinct) + tokens.reshape(-1)
    )
    return keys // len(distinct), keys % len(distinct)


def similar_pairs(
    owners: np.ndarray, tokens: np.ndarray, count: int, threshold: float
) -> list[tuple[int, int]]:
    """Every pair ``(a, b)``, ``a < b``, of sets whose Jaccard similarity is ``threshold`` or more.

    ``owners`` and ``tokens`` list the sets' members as ``shingle_tokens``
    returns them: sorted by owner then token, distinct within a set, tokens
    numbered from 0; ``count`` is the number of sets, each with at least one
    member. Exact, by prefix filtering (see the module's notes).
    """
    found = [a * count + b for a, b in _similar_batches(owners, tokens, count, threshold)]
    pairs = sorted_distinct(np.concatenate(found)) if found else np.empty(0, dtype=np.int64)
    return list(zip((pairs // count).tolist(), (pairs % count).tolist(), strict=True))


def similar_groups(
    owners: np.ndarray, tokens: np.ndarray, count: int, threshold: float
) -> np.ndarray:
    """For each set, the smallest set joined to it through pairs ``similar_pairs`` finds.

    The pairs are taken a batch at a time and only the groups kept, so memory
    stays bounded when thousands of templated sentences ("X is a village in
    Y.") are all similar to each other.
    """
    labels = np.arange(count)
    for a, b in _similar_batches(owners, tokens, count, threshold):
        # the batch's pairs, and each set tied to its group so far
        graph = csr_matrix(
            (
                np.ones(len(a) + count, dtype=np.int8),
                (np.r_[a, labels], np.r_[b, np.arange(count)]),
            ),
            shape=(count, count),
        )
        _, component = connected_components(graph, directed=False)
        smallest = np.full(component.max() + 1, count)
        np.minimum.at(smallest, component, np.arange(count))
        labels = smallest[component]
    return labels


# Candidate pairs made at once, and members of candidate pairs compared at
# once: the arrays of either take some tens of MB.
_PAIRS_PER_BATCH = 1_000_000
_MEMBERS_PER_CHECK = 4_000_000


def _similar_batches(
    owners: np.ndarray, tokens: np.ndarray, count: int, threshold: float
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The similar pairs, as ``(a, b)`` arrays, a batch of candidates at a time."""
    if count < 2:
        return
    sizes = np.bincount(owners, minlength=count)
    set_starts = np.cumsum(sizes) - sizes
    # rank the tokens by the number of sets holding them, rarest first, and
    # order each set's members by rank
    frequency = np.bincount(tokens)
    span = len(frequency)
    rank = np.empty(span, dtype=np.int64)
    rank[np.argsort(frequency, kind="stable")] = np.arange(span)
    ranked = np.sort(owners * span + rank[tokens]) - owners * span
    # a set of n members shares one of its first n - ceil(t * n) + 1 with any
    # set it is t-similar to (a hair of slack keeps float rounding on the safe side)
    prefix = sizes - np.ceil(threshold * sizes - 1e-9).astype(np.int64) + 1
    keep = np.arange(len(owners)) - set_starts[owners] < prefix[owners]
    by_rank = np.sort(ranked[keep] * count + owners[keep])
    labels, members = by_rank // count, by_rank % count
    # every pair of sets under one token: each member pairs with those after
    # it; the members are taken in runs that make at most a batch of pairs
    group_end = np.r_[np.flatnonzero(labels[1:] != labels[:-1]) + 1, len(labels)]
    after = np.repeat(group_end, np.diff(np.r_[0, group_end])) - np.arange(len(labels)) - 1
    made = np.cumsum(after)
    low = 0
    while low < len(labels):
        before = made[low - 1] if low else 0
        high = max(int(np.searchsorted(made, before + _PAIRS_PER_BATCH, side="right")), low + 1)
        left = np.repeat(np.arange(low, high), after[low:high])
        right = _members(np.arange(low, high) + 1, after[low:high])
        low = high
        a, b = members[left], members[right]
        # sizes far apart cannot reach the threshold: J <= smaller / larger
        fits = np.minimum(sizes[a], sizes[b]) >= threshold * np.maximum(sizes[a], sizes[b]) - 1e-9
        pairs = sorted_distinct(a[fits] * count + b[fits])
        compared = np.cumsum(sizes[pairs // count] + sizes[pairs % count])
        first = 0
        while first < len(pairs):
            done = compared[first - 1] if first else 0
            last = int(np.searchsorted(compared, done + _MEMBERS_PER_CHECK, side="right"))
            last = max(last, first + 1)
            a, b = pairs[first:last] // count, pairs[first:last] % count
            first = last
            similar = _similar(a, b, sizes, set_starts, ranked, span, threshold)
            if similar.any():
                yield a[similar], b[similar]


def _similar(
    a: np.ndarray,
    b: np.ndarray,
    sizes: np.ndarray,
    set_starts: np.ndarray,
    ranked: np.ndarray,
    span: int,
    threshold: float,
) -> np.ndarray:
    """The exact check: which pairs ``(a[k], b[k])`` reach the threshold.

    Shared members are counted by merging (pair, member rank) keys; each
    side's keys are already in order (sets hold distinct members by rank),
    so a stable sort merges two runs.
    """
    sides = [
        np.repeat(np.arange(len(a)), sizes[side]) * span
        + ranked[_members(set_starts[side], sizes[side])]
        for side in (a, b)
    ]
    keys = np.sort(np.concatenate(sides), kind="stable")
    twice = keys[1:][keys[1:] == keys[:-1]]
    shared = np.bincount(twice // span, minlength=len(a))
    return shared / (sizes[a] + sizes[b] - shared) >= threshold


def _members(starts: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """``start, start + 1, ... start + size - 1`` for every (start, size), one flat array."""
    return np.repeat(starts - (np.cumsum(sizes) - sizes), sizes) + np.arange(int(sizes.sum()))


def group_id(key: str) -> str:
    """A stable group id from a sentence's comparison key."""
    return "g" + hashlib.blake2b(key.encode(), digest_size=6).hexdigest()


def assign_groups(pages: Sequence[Page], *, threshold: float = THRESHOLD) -> list[Page]:
    """Return the pages with every sentence's ``group`` set.

    Sentences whose word 3-gram Jaccard similarity is ``threshold`` or more
    share a group, as do exact copies (equal ``dedup_key``); every such pair
    is found. The id is derived from the smallest key in the group, so it
    does not depend on the order of pages.
    """
    words, keys = words_and_keys([s.text for page in pages for s in page.sentences])
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key in first:
            union(first[key], i)
        else:
            first[key] = i
    # each distinct text is compared once, by its first occurrence
    firsts = [i for i, key in enumerate(keys) if first[key] == i]
    owners, tokens = shingle_tokens([words[i] for i in firsts])
    joined = similar_groups(owners, tokens, len(firsts), threshold)
    for a in np.flatnonzero(joined != np.arange(len(firsts))).tolist():
        union(firsts[a], firsts[int(joined[a])])
    roots = [find(i) for i in range(len(keys))]
    smallest: dict[int, str] = {}
    for root, key in zip(roots, keys, strict=True):
        if root not in smallest or key < smallest[root]:
            smallest[root] = key
    ids = {root: group_id(key) for root, key in smallest.items()}
    out = []
    index = 0
    for page in pages:
        sentences = []
        for s in page.sentences:
            # not dataclasses.replace, which costs more than the rest of the
            # loop; a test checks every other field is kept
            sentences.append(Sentence(s.id, s.text, s.section, ids[roots[index]]))
            index += 1
        out.append(replace(page, sentences=tuple(sentences)))
    return out
