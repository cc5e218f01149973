"""Cross-page duplicate groups: near-identical sentences share one group id.

The same article can arrive in two renderings (wiki text and HTML) or as a
scraped part of a dump. The split stage keeps a group on one side so a fact
and all its copies never straddle train and test. Near-duplicates are found
with MinHash LSH over word 3-grams (``datasketch``); exact copies by key.
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
THRESHOLD = 0.7
_WORD = re.compile(r"\w+")


def _shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) < 3:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + 3]).encode() for i in range(len(words) - 2)}


def group_id(key: str) -> str:
    """A stable group id from a sentence's comparison key."""
    return "g" + hashlib.blake2b(key.encode(), digest_size=6).hexdigest()


def assign_groups(pages: Sequence[Page], *, threshold: float = THRESHOLD) -> list[Page]:
    """Return the pages with every sentence's ``group`` set.

    Sentences whose word 3-gram Jaccard similarity is about ``threshold`` or
    more (as estimated by MinHash LSH) share a group, as do exact copies. The
    id is derived from the smallest key in the group, so it does not depend on
    the order of pages.
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
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    index = 0
    for page in pages:
        for sentence in page.sentences:
            if first[keys[index]] == index:
                signature = MinHash(num_perm=NUM_PERM, seed=1)
                signature.update_batch(list(_shingles(sentence.text)))
                for other in sorted(lsh.query(signature)):
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
