"""Paths to the hand-made fixture files of each input format (tests/data/<format>/)."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def data_dir() -> Path:
    """The folder of hand-made fixture files, one sub-folder per format."""
    return DATA
