"""fever-builder: turn a collection of articles into a FEVER-style fact-verification dataset."""

from __future__ import annotations

from os import PathLike
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from datasets import DatasetDict


def load(path: str | PathLike[str] = "data", config: str = "default") -> DatasetDict:
    """Load a built dataset folder as a ``datasets.DatasetDict``.

    The same as ``datasets.load_dataset(path, config)``: the folder's card
    declares its configs (``default``, ``wiki_pages``, ``nei``) and features.
    """
    import datasets

    return datasets.load_dataset(str(path), config)


__all__ = ["__version__", "load"]
