"""Fixtures of the claims tests: one build of seeds/ per session, a tiny corpus."""

from __future__ import annotations

import pytest
from claims_helpers import SEEDS, BuiltFolder, read_build, tiny_pages

from fever_builder.build import build
from fever_builder.config import BuildConfig
from fever_builder.corpus import Page


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> BuiltFolder:
    """seeds/ built once (seed 0, defaults) into a temporary folder and read back."""
    output = tmp_path_factory.mktemp("claims-build") / "data"
    build(BuildConfig(inputs=(SEEDS,), output=output))
    return read_build(output)


@pytest.fixture
def pages() -> list[Page]:
    return tiny_pages()
