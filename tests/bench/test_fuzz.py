"""A short run of bench/fuzz.py: fuzzed inputs through every reader and one whole build."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fuzz():  # noqa: ANN201 - the bench/fuzz.py module
    spec = importlib.util.spec_from_file_location("fuzz", ROOT / "bench" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz"] = module
    spec.loader.exec_module(module)
    return module


def test_inputs_are_reproducible_from_seed_and_number(fuzz) -> None:  # noqa: ANN001
    material = fuzz.samples()
    assert fuzz.make_input(3, 17, material) == fuzz.make_input(3, 17, material)
    kinds = {fuzz.make_input(0, n, material)[0] for n in range(200)}
    assert kinds == set(fuzz.KINDS)


def test_a_short_fuzz_finds_no_crash_and_no_hang(fuzz, tmp_path: Path) -> None:  # noqa: ANN001
    figures = fuzz.fuzz(120, 1, seed=14, timeout=10.0, folder=tmp_path)
    assert figures["failures"] == [] and figures["build_failure_details"] == []
    assert figures["crashes"] == 0 and figures["hangs"] == 0
    assert figures["problems_reported"] > 0 and figures["pages_read"] > 0
    assert figures["files_reported_by_builds"] >= 2  # the link out and the pipe at least


def test_the_checker_sees_a_crash(fuzz, tmp_path: Path) -> None:  # noqa: ANN001
    from fever_builder.corpus import Page, Sentence
    from fever_builder.readers import FileResult

    dirty = FileResult(tmp_path, pages=[Page("T\u202e", (Sentence(0, "A."),))])
    assert "unsafe characters" in fuzz.check(dirty)
    assert fuzz.check(FileResult(tmp_path, pages=[Page("T", (Sentence(0, "A."),))])) is None
