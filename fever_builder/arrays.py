"""Small numpy helpers shared by the stages that work on integer keys."""

from __future__ import annotations

import numpy as np


def sorted_distinct(keys: np.ndarray) -> np.ndarray:
    """The distinct values of ``keys``, ascending: ``np.unique`` without its extras.

    One sort and a comparison of neighbours. ``np.unique`` gives the same
    result, but since numpy 2.3 it hashes integers first when no inverse or
    counts are asked for, which makes it several times slower on the
    hundreds of thousands of keys a shard has.
    """
    ordered = np.sort(keys, kind="stable")
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]][: len(ordered)]]
