"""Fixtures of the dataset tests: builds of seeds/, each made at most once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from dataset_helpers import SEEDS

from fever_builder.build import build
from fever_builder.config import BuildConfig


def _build(factory: pytest.TempPathFactory, name: str, **options: object) -> Path:
    output = factory.mktemp(name) / name
    build(BuildConfig(inputs=(SEEDS,), output=output, **options))
    return output


@pytest.fixture(scope="session")
def seeds_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """seeds/ built with the defaults (seed 0, test size 0.2)."""
    return _build(tmp_path_factory, "data")


@pytest.fixture(scope="session")
def seeds_output_again(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same build into another folder of another name."""
    return _build(tmp_path_factory, "elsewhere")


@pytest.fixture(scope="session")
def seed1_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory, "seed1", seed=1)


@pytest.fixture(scope="session")
def nei_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory, "nei", nei=True)


@pytest.fixture(scope="session")
def half_test_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """seeds/ built with half the claim groups in test: about 50 test claims, so a
    figure of the test split moves by 0.02 a claim rather than 0.045."""
    return _build(tmp_path_factory, "half", test_size=0.5)
