"""A group-aware train/test split with no leakage.

Claims are joined into components: two claims belong together when they
share a duplicate group, a contrastive pair, an evidence sentence (after
white-space and Unicode normalisation) or their claim text. Whole components
go to one side, so a fact, every claim made from it and every copy of its
sentence land together.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from fever_builder.claims.model import Claim
from fever_builder.text.clean import normalise


def components(claims: Sequence[Claim]) -> list[list[int]]:
    """Indices of claims that must stay together, each list sorted, in first-seen order."""
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, claim in enumerate(claims):
        for key in component_keys(claim):
            if key in owner:
                a, b = find(owner[key]), find(i)
                if a != b:
                    parent[max(a, b)] = min(a, b)
            else:
                owner[key] = i
    grouped: dict[int, list[int]] = {}
    for i in range(len(claims)):
        grouped.setdefault(find(i), []).append(i)
    return list(grouped.values())


def component_keys(claim: Claim) -> list[str]:
    """What joins claims into one component: group, pair, claim text, evidence texts."""
    keys = [f"g:{claim.group}", f"p:{claim.pair}", f"c:{normalise(claim.claim)}"]
    keys += [f"e:{normalise(e.text)}" for s in claim.evidence for e in s]
    return keys


def split_claims(
    claims: Sequence[Claim],
    *,
    test_size: float,
    seed: int,
    validation_size: float = 0.0,
    fixed: Mapping[int, str] | None = None,
) -> dict[str, list[Claim]]:
    """Split claims into ``train``, ``test`` (and ``validation``) by whole components.

    Components are shuffled with ``seed`` and filled into test (then
    validation) until each holds its share of claims; a component that would
    overshoot a share by more than half its size is passed over. ``fixed``
    gives the side of some components (by their index in ``components``)
    beforehand: those shared with other shards. Claims keep their input order
    within each split.
    """
    parts = components(claims)
    order = list(range(len(parts)))
    random.Random(seed).shuffle(order)
    total = len(claims)
    targets = [("test", test_size * total), ("validation", validation_size * total)]
    side = ["train"] * len(parts)
    filled = {"test": 0, "validation": 0}
    for p, name in (fixed or {}).items():
        side[p] = name
        if name in filled:
            filled[name] += len(parts[p])
    for p in order:
        if fixed and p in fixed:
            continue
        size = len(parts[p])
        for name, target in targets:
            if filled[name] + size / 2 <= target:
                side[p] = name
                filled[name] += size
                break
    splits: dict[str, list[int]] = {"train": [], "test": [], "validation": []}
    for p, part in enumerate(parts):
        splits[side[p]].extend(part)
    out = {name: [claims[i] for i in sorted(idx)] for name, idx in splits.items()}
    if not validation_size:
        out.pop("validation")
    return out
