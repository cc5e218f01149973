"""Cross-page duplicate groups: near-identical sentences share one group id.

The same article can arrive in two renderings (wiki text and HTML) or as a
scraped part of a dump, and articles copy passages from each other (Operation
Kalbajar and the First Nagorno-Karabakh War share sentences that differ in a
word or two). The split stage keeps a group on one side so a fact and all its
copies never straddle train and test. Near-duplicates are found with MinHash
LSH over word 3-grams (``datasketch``'s signatures and bands, computed for a
whole shard at once with numpy), each candidate pair checked by its exact
Jaccard similarity; exact copies by key.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

import numpy as np
from datasketch import MinHash, MinHashLSH
from datasketch.hashfunc import sha1_hash32

from fever_builder.corpus import Page
from fever_builder.text.clean import dedup_key

NUM_PERM = 64
# On the seeds, copies that differ in a word or two score 0.50-0.67 and the
# closest different sentences 0.19-0.31 (e.g. "Aliyev vowed to take back the
# lost territories." and "He blamed ... and vowed to take back the lost
# territories."): 0.5 sits in the gap.
THRESHOLD = 0.5
# LSH only proposes candidates; a lower LSH threshold keeps pairs near
# THRESHOLD that the MinHash estimate would miss, and the exact check decides.
_CANDIDATE_MARGIN = 0.2
_WORD = re.compile(r"\w+")
# Shingle sets hashed together: the block's (shingles x NUM_PERM) array
# stays near 10 MB.
_SETS_PER_BLOCK = 1000


def _shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) < 3:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + 3]).encode() for i in range(len(words) - 2)}


def _jaccard(a: set[bytes], b: set[bytes]) -> float:
    return len(a & b) / len(a | b)


def signatures(sets: Sequence[set[bytes]]) -> np.ndarray:
    """MinHash signatures of many shingle sets, one row each, computed together.

    The values are those of ``datasketch.MinHash(num_perm=NUM_PERM, seed=1)``
    (the "affine32" scheme, its default: SHA-1 hashes, MurmurHash3's finaliser,
    the same permutations) updated with each set; datasketch hashes one set
    at a time, numpy here a block of sets at once. A test checks the two agree.
    """
    a, b = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32").permutations
    out = np.empty((len(sets), NUM_PERM), dtype=np.uint32)
    known: dict[bytes, int] = {}  # shingles recur across sentences: hash each once
    for low in range(0, len(sets), _SETS_PER_BLOCK):
        block = sets[low : low + _SETS_PER_BLOCK]
        sizes = np.fromiter((len(s) for s in block), dtype=np.int64, count=len(block))
        hashes = np.fromiter(
            (
                known[shingle]
                if shingle in known
                else known.setdefault(shingle, sha1_hash32(shingle))
                for shingles in block
                for shingle in shingles
            ),
            dtype=np.uint32,
            count=int(sizes.sum()),
        )
        # MurmurHash3's 32-bit finaliser, then a * h + b; products wrap at 2**32
        hashes ^= hashes >> np.uint32(16)
        hashes *= np.uint32(0x85EBCA6B)
        hashes ^= hashes >> np.uint32(13)
        hashes *= np.uint32(0xC2B2AE35)
        hashes ^= hashes >> np.uint32(16)
        permuted = hashes[:, None] * a + b
        starts = np.r_[0, np.cumsum(sizes)[:-1]]
        out[low : low + len(block)] = np.minimum.reduceat(permuted, starts, axis=0)
    return out


def _buckets(sets: Sequence[set[bytes]], threshold: float) -> Iterator[list[int]]:
    """Positions of sets that agree on one LSH band of their MinHash signatures.

    The bands are those ``datasketch.MinHashLSH`` picks for the threshold
    lowered by ``_CANDIDATE_MARGIN``: two sets share a bucket exactly when
    one would be among the other's query results.
    """
    if len(sets) < 2:
        return
    lsh = MinHashLSH(threshold=max(threshold - _CANDIDATE_MARGIN, 0.05), num_perm=NUM_PERM)
    rows = signatures(sets)
    for band in range(lsh.b):
        part = rows[:, band * lsh.r : (band + 1) * lsh.r]
        order = np.lexsort(part.T[::-1])
        ordered = part[order]
        starts = np.flatnonzero(np.r_[True, (ordered[1:] != ordered[:-1]).any(axis=1)])
        ends = np.r_[starts[1:], len(order)]
        shared = ends - starts > 1
        for start, end in zip(starts[shared].tolist(), ends[shared].tolist(), strict=True):
            yield sorted(order[start:end].tolist())


def group_id(key: str) -> str:
    """A stable group id from a sentence's comparison key."""
    return "g" + hashlib.blake2b(key.encode(), digest_size=6).hexdigest()


def assign_groups(pages: Sequence[Page], *, threshold: float = THRESHOLD) -> list[Page]:
    """Return the pages with every sentence's ``group`` set.

    Sentences whose word 3-gram Jaccard similarity is ``threshold`` or more
    share a group (MinHash LSH finds the candidates, the exact similarity
    decides), as do exact copies. The id is derived from the smallest key in
    the group, so it does not depend on the order of pages.
    """
    texts = [s.text for page in pages for s in page.sentences]
    keys = [dedup_key(text) for text in texts]
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
    shingles = [_shingles(texts[i]) for i in firsts]
    apart: set[tuple[int, int]] = set()  # pairs found below the threshold
    for bucket in _buckets(shingles, threshold):
        for x, a in enumerate(bucket):
            for b in bucket[x + 1 :]:
                if find(firsts[a]) == find(firsts[b]) or (a, b) in apart:
                    continue
                if _jaccard(shingles[a], shingles[b]) >= threshold:
                    union(firsts[a], firsts[b])
                else:
                    apart.add((a, b))
    smallest: dict[int, str] = {}
    for i, key in enumerate(keys):
        root = find(i)
        if root not in smallest or key < smallest[root]:
            smallest[root] = key
    out = []
    index = 0
    for page in pages:
        sentences = []
        for sentence in page.sentences:
            sentences.append(replace(sentence, group=group_id(smallest[find(index)])))
            index += 1
        out.append(replace(page, sentences=tuple(sentences)))
    return out
