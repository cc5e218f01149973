"""The build: files -> shards -> (pages -> claims -> splits) -> the output folder.

``build`` plans shards from the input (see ``fever_builder.shards``) and runs
the stages of ``fever_builder.pipeline`` on them, in this process, in
``--workers`` processes or on a datatrove executor, into a staging folder
that replaces the output only when every stage has finished.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from fever_builder.config import BuildConfig
from fever_builder.corpus import Page
from fever_builder.dataset.output import (
    MARKER,
    PAGES_DIR,
    check_output,
    new_staging,
    staged_folder,
)
from fever_builder.dataset.pages import unique_titles
from fever_builder.executors import Progress, run_here
from fever_builder.pipeline import BuildFailed, BuildResult, FileSummary, Job
from fever_builder.readers import list_inputs, read_file
from fever_builder.shards import Shard, plan_shards
from fever_builder.text.dedup import assign_groups

__all__ = ["PAGES_FILE", "BuildFailed", "BuildResult", "FileSummary", "build", "read_corpus"]

PAGES_FILE = Path(PAGES_DIR) / "wiki_pages-00000.jsonl"


def build(config: BuildConfig, *, progress: Progress | None = None) -> BuildResult:
    """Run a whole build and swap the new output folder in.

    Raises ``BuildFailed`` (writing nothing) when no input is usable, or when
    ``config.strict`` is set and any input file had a problem; raises
    ``OutputError`` before reading anything when the output folder may not be
    replaced. With ``config.executor == "slurm"`` the stages are submitted as
    Slurm jobs and the result only names the staging folder they build in
    (``submitted``): the last job swaps the output in.
    """
    check_output(config.output, force=config.force, inputs=config.inputs)
    if config.executor:
        # tasks may run on other machines or in other folders: absolute paths
        config = replace(
            config,
            inputs=tuple(p.resolve() for p in config.inputs),
            output=config.output.resolve(),
        )
    shards = tuple(
        plan_shards(_input_files(config), format=config.format, shard_bytes=config.shard_bytes)
    )
    if not shards:
        raise BuildFailed(
            "no usable input: no files found under --input; nothing was written",
            BuildResult(output=config.output),
        )
    if config.executor == "slurm":
        return _submit_slurm(config, shards)
    with staged_folder(config.output, force=config.force) as staging:
        job = Job(config, shards, staging)
        if config.executor:
            from fever_builder.executors import run_datatrove

            result = run_datatrove(job, quiet=progress is None)
            assert result is not None
            return result
        return run_here(job, workers=config.workers, progress=progress)


def _submit_slurm(config: BuildConfig, shards: tuple[Shard, ...]) -> BuildResult:
    """Submit the build's Slurm jobs; on any failure to submit, leave nothing behind."""
    from fever_builder.executors import check_slurm_options, run_datatrove

    check_slurm_options(dict(config.executor_options))
    staging = new_staging(config.output, force=config.force)
    job = Job(config, shards, staging)
    try:
        run_datatrove(job)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(job.logs, ignore_errors=True)
        raise
    return BuildResult(output=config.output, shards=len(shards), submitted=staging)


def read_corpus(config: BuildConfig) -> list[Page]:
    """Every input page in one list, titles unique and duplicate groups set (small corpora)."""
    pages: list[Page] = []
    for path in _input_files(config):
        pages.extend(read_file(path, format=config.format).pages)
    return assign_groups(list(unique_titles(pages)))


def _input_files(config: BuildConfig) -> list[Path]:
    """The input files, without the output folder or any previous build inside the inputs.

    ``--input . --output data`` must not read last build's claims back in as
    articles.
    """
    output = config.output.resolve()
    kept = []
    for path in list_inputs(list(config.inputs)):
        resolved = path.resolve()
        if output in resolved.parents:
            continue
        if any((folder / MARKER).is_file() for folder in resolved.parents):
            continue
        kept.append(path)
    return kept
