"""The build: files -> shards -> (pages -> claims -> splits) -> the output folder.

``build`` plans shards from the input (see ``fever_builder.shards``) and runs
the stages of ``fever_builder.pipeline`` on them, in this process, in
``--workers`` processes or on a datatrove executor, into a staging folder
that replaces the output only when every stage has finished.
"""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from fever_builder.config import BuildConfig
from fever_builder.corpus import Page
from fever_builder.dataset.artefacts import checks_ahead
from fever_builder.dataset.output import (
    MARKER,
    PAGES_DIR,
    check_output,
    new_staging,
    staged_folder,
)
from fever_builder.dataset.pages import unique_titles
from fever_builder.dataset.staging import sweep
from fever_builder.executors import Progress, run_here
from fever_builder.pipeline import BuildFailed, BuildResult, FileSummary, Job
from fever_builder.processes import usable_cores
from fever_builder.readers import InputTree, read_file, walk_inputs
from fever_builder.shards import Shard, plan_shards
from fever_builder.text.dedup import assign_groups

__all__ = ["PAGES_FILE", "BuildFailed", "BuildResult", "FileSummary", "build", "read_corpus"]

PAGES_FILE = Path(PAGES_DIR) / "wiki_pages-00000.jsonl"
# Allocations between two collections of the cyclic garbage collector's youngest
# generation while a build runs (CPython's default is 700); see _fewer_collections.
GC_THRESHOLD = 10_000


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
    # staging folders of killed builds of this output, proved theirs by a marker
    notes = sweep(config.output.resolve())
    if config.executor:
        # tasks may run on other machines or in other folders: absolute paths
        config = replace(
            config,
            inputs=tuple(p.resolve() for p in config.inputs),
            output=config.output.resolve(),
        )
    tree = _input_tree(config)
    notes += tree.notes
    skipped = tuple((p.path, p.reason) for p in tree.problems)
    shards = tuple(plan_shards(tree.files, format=config.format, shard_bytes=config.shard_bytes))
    if not shards:
        raise BuildFailed(
            "no usable input: no files found under --input; nothing was written",
            BuildResult(output=config.output, problems=list(tree.problems), notes=notes),
        )
    config = replace(config, parse_processes=_parse_processes(config, len(shards)))
    if config.executor == "slurm":
        return _submit_slurm(config, shards, skipped, notes)
    try:
        with _fewer_collections(), staged_folder(config.output, force=config.force) as staging:
            job = Job(config, shards, staging, skipped=skipped)
            if config.executor:
                from fever_builder.executors import run_datatrove

                result = run_datatrove(job, quiet=progress is None)
                assert result is not None
            else:
                with checks_ahead():
                    result = run_here(job, workers=config.workers, progress=progress)
    except BuildFailed as error:
        error.result.notes[:0] = notes
        raise
    result.notes[:0] = notes
    return result


def _parse_processes(config: BuildConfig, shards: int) -> int:
    """The processes each shard's parse runs in: as given, or the usable cores when the
    shards run one at a time in this process (parsing is most of a shard's time); one per
    task when the shards themselves run in parallel or on an executor."""
    if config.parse_processes is not None:
        return config.parse_processes
    if config.executor or (config.workers > 1 and shards > 1):
        return 1
    return usable_cores()


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often for the duration of a build.

    A build holds hundreds of thousands of long-lived objects (pages, parses,
    spans, the spaCy pipeline, the modules it imports on the way), and every
    full collection walks all of them: at the default threshold that was about
    0.6 s of a 10 s build of seeds/, for almost no garbage (reference counting
    frees whatever has no cycle at once). The threshold is restored afterwards.
    """
    old = gc.get_threshold()
    gc.set_threshold(max(GC_THRESHOLD, old[0]), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _submit_slurm(
    config: BuildConfig,
    shards: tuple[Shard, ...],
    skipped: tuple[tuple[str, str], ...],
    notes: list[str],
) -> BuildResult:
    """Submit the build's Slurm jobs; on any failure to submit, leave nothing behind."""
    from fever_builder.executors import check_slurm_options, run_datatrove

    check_slurm_options(dict(config.executor_options))
    staging = new_staging(config.output, force=config.force, detached=True)
    job = Job(config, shards, staging, skipped=skipped)
    try:
        run_datatrove(job)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(job.logs, ignore_errors=True)
        raise
    return BuildResult(output=config.output, shards=len(shards), submitted=staging, notes=notes)


def read_corpus(config: BuildConfig) -> list[Page]:
    """Every input page in one list, titles unique and duplicate groups set (small corpora)."""
    pages: list[Page] = []
    for path in _input_tree(config).files:
        pages.extend(read_file(path, format=config.format).pages)
    return assign_groups(list(unique_titles(pages)))


def _input_tree(config: BuildConfig) -> InputTree:
    """The input files, without the output folder or any previous build inside the inputs.

    ``--input . --output data`` must not read last build's claims back in as
    articles.
    """
    tree = walk_inputs(list(config.inputs))
    output = config.output.resolve()
    kept = []
    for path in tree.files:
        resolved = path.resolve()
        if output in resolved.parents:
            continue
        if any((folder / MARKER).is_file() for folder in resolved.parents):
            continue
        kept.append(path)
    tree.files = kept
    return tree
