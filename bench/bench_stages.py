"""Benchmark: the time and the driver's peak RSS after each stage of a build.

Runs the stages of ``fever_builder.pipeline`` by hand on a wiki-pages dump
(for example one written by ``bench_build.synthesise``), claims and splits in
``--workers`` processes as ``fever-builder build`` does, and prints one JSON
line per stage. For finding which stage makes the driver grow.

Usage: python bench/bench_stages.py DUMP [--shard-size MIB] [--workers 2] [--sample F]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--shard-size", type=float, default=1.0, help="MiB")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sample", type=float, default=1.0, help="the build's --sample")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from fever_builder import pipeline
    from fever_builder.config import BuildConfig
    from fever_builder.executors import _each
    from fever_builder.shards import plan_shards

    def report(stage: str, began: float) -> None:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        seconds = round(time.perf_counter() - began, 1)
        print(json.dumps({"stage": stage, "seconds": seconds, "driver_peak_rss_mib": rss}))

    staging = Path(tempfile.mkdtemp(prefix="bench-stages-"))
    config = BuildConfig(
        inputs=(args.dump,),
        output=staging / "out",
        shard_bytes=int(args.shard_size * 2**20),
        workers=args.workers,
        sample=args.sample,
    )
    try:
        began = time.perf_counter()
        shards = tuple(plan_shards([args.dump], shard_bytes=config.shard_bytes))
        job = pipeline.Job(config, shards, staging)
        report(f"plan ({len(shards)} shards)", began)
        quiet = lambda items, total, stage: items  # noqa: E731
        shard_range = range(len(shards))
        began = time.perf_counter()
        _each(partial(pipeline.generate_shard, job), shard_range, args.workers, quiet, "")
        report("generate", began)
        began = time.perf_counter()
        result = pipeline.merge_shards(job)
        report("merge", began)
        began = time.perf_counter()
        _each(partial(pipeline.split_shard, job), shard_range, args.workers, quiet, "")
        report("split", began)
        began = time.perf_counter()
        pipeline.finish(job, result)
        report("finish", began)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
