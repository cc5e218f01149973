"""Running a build's stages: in this process, in a process pool, or on datatrove.

datatrove runs the same Python steps locally (``LocalPipelineExecutor``), on
a Ray cluster (``RayPipelineExecutor``) or on Slurm (``SlurmPipelineExecutor``).
Each stage of ``fever_builder.pipeline`` is one datatrove step whose task
rank is the shard index. Options for the executor (a Slurm partition, Ray's
CPUs per task, ...) pass through unchanged from ``--executor-option``.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

from fever_builder.dataset.output import commit_staging
from fever_builder.errors import FeverBuilderError
from fever_builder.pipeline import (
    BuildResult,
    Job,
    finish,
    generate_shard,
    merge_shards,
    split_shard,
)
from fever_builder.processes import as_helper

Progress = Callable[[Iterable[int], int, str], Iterable[int]]


def _no_progress(items: Iterable[int], total: int, stage: str) -> Iterable[int]:
    return items


def run_here(job: Job, *, workers: int = 1, progress: Progress | None = None) -> BuildResult:
    """Run every stage in this process, or the per-shard stages in ``workers`` processes."""
    progress = progress or _no_progress
    shards = range(len(job.shards))
    _each(partial(generate_shard, job), shards, workers, progress, "claims")
    result = merge_shards(job)
    _each(partial(split_shard, job), shards, workers, progress, "splitting")
    return finish(job, result)


def _each(
    task: Callable[[int], None], shards: range, workers: int, progress: Progress, stage: str
) -> None:
    if workers > 1 and len(shards) > 1:
        # each worker gets the task (and the job, with every shard's pieces)
        # once, not once per shard: at thousands of shards that is most of
        # what would be sent
        with ProcessPoolExecutor(
            max_workers=min(workers, len(shards)), initializer=_set_task, initargs=(task,)
        ) as pool:
            # results come back in shard order; the bar follows finished shards
            for _ in progress(pool.map(_run_task, shards), len(shards), stage):
                pass
    else:
        for index in progress(shards, len(shards), stage):
            task(index)


_task: Callable[[int], None] | None = None


def _set_task(task: Callable[[int], None]) -> None:
    """A worker's start: the task it runs, a quiet end on Ctrl-C and an end with the build."""
    global _task
    as_helper()
    _task = task


def _run_task(index: int) -> None:
    assert _task is not None, "the pool's initializer sets the task"
    _task(index)


def parse_options(pairs: Iterable[str]) -> tuple[tuple[str, object], ...]:
    """``KEY=VALUE`` strings as (key, value); values are JSON if they parse, else strings."""
    options = []
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key.strip():
            raise FeverBuilderError(
                f"--executor-option {pair!r} is not KEY=VALUE (e.g. partition=cpu or "
                "cpus_per_task=2)"
            )
        try:
            value: object = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        options.append((key.strip(), value))
    return tuple(options)


def run_datatrove(job: Job, *, quiet: bool = False) -> BuildResult | None:
    """Run the build on datatrove's executor ``job.config.executor``.

    Local and Ray block and return the result. Slurm submits the four stages
    as dependent jobs and returns None: the last job swaps the new output in.
    Task logs go to ``job.logs``, beside the staging folder: they outlive a
    failed build; a finished local or Ray build removes them.
    """
    try:
        from datatrove.executor import LocalPipelineExecutor
    except ImportError as error:  # pragma: no cover - datatrove is a dependency
        raise FeverBuilderError(
            f"--executor needs datatrove ({error}); pip install 'fever-builder'"
        ) from error
    if quiet:
        from loguru import logger

        logger.disable("datatrove")
    config = job.config
    kind = config.executor
    options = dict(config.executor_options)
    logs = job.logs
    if kind == "slurm":
        return _submit_slurm(job, options, logs)

    def executor(stage: str, tasks: int):  # noqa: ANN202 - a datatrove executor
        common = {
            "pipeline": [_step(job, stage)],
            "tasks": tasks,
            "workers": _workers(config.workers, tasks, kind),
            "logging_dir": str(logs / stage),
            "skip_completed": False,
        }
        try:
            if kind == "local":
                return LocalPipelineExecutor(**common, **options)
            from datatrove.executor import RayPipelineExecutor

            _start_ray(options)
            ray_options = {k: v for k, v in options.items() if k != "address"}
            ray_options.setdefault("mem_per_cpu_gb", 0.5)
            return RayPipelineExecutor(**common, **ray_options)
        except TypeError as error:
            raise FeverBuilderError(
                f"--executor-option not accepted by datatrove's {kind} executor: {error}"
            ) from error

    n = len(job.shards)
    _run_stage(executor("generate", n), "generate", logs)
    result = merge_shards(job)
    _run_stage(executor("split", n), "split", logs)
    result = finish(job, result)
    shutil.rmtree(logs, ignore_errors=True)  # kept only when something failed
    return result


def _workers(workers: int, tasks: int, kind: str | None) -> int:
    """Tasks at once: --workers; on Ray and Slurm the default 1 means as many as the cluster runs."""
    if kind in ("ray", "slurm") and workers == 1:
        return -1
    return min(workers, tasks)


def _run_stage(executor, stage: str, logs: Path) -> None:  # noqa: ANN001 - a datatrove executor
    try:
        executor.run()
    except Exception as error:
        raise FeverBuilderError(
            f"the {stage} stage failed on datatrove: {type(error).__name__}: {error}; "
            f"nothing was written; task logs: {logs / stage}"
        ) from error


def _start_ray(options: dict[str, object]) -> None:
    import ray

    if not ray.is_initialized():
        # address=auto joins a running cluster; without one, Ray starts a local one
        address = options.get("address")
        ray.init(address=str(address) if address else None, log_to_driver=False)


def check_slurm_options(options: dict[str, object]) -> None:
    """Raise if the options Slurm cannot do without are missing."""
    missing = [k for k in ("partition", "time") if k not in options]
    if missing:
        raise FeverBuilderError(
            "--executor slurm needs "
            + " and ".join(f"--executor-option {k}=..." for k in missing)
            + " (e.g. partition=cpu time=04:00:00)"
        )


def _submit_slurm(job: Job, options: dict[str, object], logs: Path) -> None:
    from datatrove.executor import SlurmPipelineExecutor

    check_slurm_options(options)
    n = len(job.shards)
    previous = None
    for stage, tasks in (("generate", n), ("merge", 1), ("split", n), ("finish", 1)):
        try:
            previous = SlurmPipelineExecutor(
                pipeline=[_step(job, stage)],
                tasks=tasks,
                workers=_workers(job.config.workers, tasks, "slurm"),
                logging_dir=str(logs / stage),
                job_name=f"fever-builder-{stage}",
                depends=previous,
                skip_completed=False,
                **options,
            )
        except TypeError as error:
            raise FeverBuilderError(
                f"--executor-option not accepted by datatrove's slurm executor: {error}"
            ) from error
    assert previous is not None
    previous.run()  # submits its dependencies first
    return None


def _step(job: Job, stage: str):  # noqa: ANN202 - a datatrove PipelineStep
    from fever_builder.datatrove_step import BuildStage

    return BuildStage(job, stage)


def run_stage(job: Job, stage: str, rank: int) -> None:
    """Run one task of one stage; the merge and finish stages have one task."""
    if stage == "generate":
        generate_shard(job, rank)
    elif stage == "split":
        split_shard(job, rank)
    elif stage == "merge":
        merge_shards(job)
    elif stage == "finish":
        finish(job, merge_shards(job))
        commit_staging(job.staging, job.config.output)
    else:
        raise ValueError(stage)
