"""Fixtures of the baseline tests: paths to the hand-made data in tests/data/baseline."""

from __future__ import annotations

from pathlib import Path

import pytest
from baseline_helpers import DATA


@pytest.fixture
def dataset_dir() -> Path:
    """A small built-dataset folder: train in two shards, one test file (stand-in claims)."""
    return DATA / "dataset"


@pytest.fixture
def symmetric_sample() -> Path:
    """Three Symmetric FEVER dev rows, verbatim (FEVER tokenisation)."""
    return DATA / "symmetric_sample.jsonl"
