"""Cross-page duplicate groups: near-identical sentences share one group id.

The same article can arrive in two renderings (wiki text and HTML) or as a
scraped part of a dump, and articles copy passages from each other (Operation
Kalbajar and the First Nagorno-Karabakh War share sentences that differ in a
word or two). The split stage keeps a group on one side so a fact and all its
copies never straddle train and test. Near-duplicates are found with MinHash
LSH over word 3-grams (``datasketch``), each candidate pair checked by its
exact Jaccard similarity; exact copies by key.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace

from datasketch import MinHash, MinHashLSH

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


def _shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) < 3:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + 3]).encode() for i in range(len(words) - 2)}


def _jaccard(a: set[bytes], b: set[bytes]) -> float:
    return len(a & b) / len(a | b)


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
    keys: list[str] = []
    for page in pages:
        keys.extend(dedup_key(s.text) for s in page.sentences)
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
    lsh = MinHashLSH(threshold=max(threshold - _CANDIDATE_MARGIN, 0.05), num_perm=NUM_PERM)
    shingles: dict[int, set[bytes]] = {}
    # permutations are drawn once; each sentence's signature starts as a copy
    empty = MinHash(num_perm=NUM_PERM, seed=1)
    index = 0
    for page in pages:
        for sentence in page.sentences:
            if first[keys[index]] == index:
                shingles[index] = _shingles(sentence.text)
                signature = empty.copy()
                signature.update_batch(sorted(shingles[index]))
                for other in sorted(lsh.query(signature)):
                    if _jaccard(shingles[other], shingles[index]) >= threshold:
                        union(other, index)
                lsh.insert(index, signature)
            index += 1
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
