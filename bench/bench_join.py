"""Benchmark: the join stage (components shared across shards) at a given corpus size.

The join is the only stage that reads something of every shard: each
shard's table of (key hash, component) rows. This writes tables as large as
a build of N sentences makes (rows per sentence measured on the benchmark
dump), with a share of keys repeated in other shards, and measures the
join's time and peak RSS in a fresh process.

Usage: python bench/bench_join.py --sentences 1000000 [--sentences 2000000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Measured on a 1 MiB shard of bench_build.py's dump: 3,360 sentences gave
# 8,318 claims and 15,929 key rows (4.7 per sentence).
ROWS_PER_SENTENCE = 5
SENTENCES_PER_SHARD = 3360
SHARED = 0.01  # share of rows whose key also appears in another shard

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from fever_builder.config import BuildConfig
from fever_builder.pipeline import Job, _fixed_sides
from fever_builder.shards import Piece, Shard
work, shards = Path(sys.argv[1]), int(sys.argv[2])
job = Job(BuildConfig(inputs=(work,), output=work / "out"),
          tuple(Shard(i, (Piece(work),)) for i in range(shards)), work)
began = time.perf_counter()
fixed = _fixed_sides(job)
seconds = time.perf_counter() - began
print(json.dumps({"seconds": seconds, "fixed": sum(len(v) for v in fixed.values()),
                  "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def write_tables(work: Path, sentences: int, *, seed: int = 0) -> int:
    import numpy as np

    rng = np.random.default_rng(seed)
    shards = max(2, sentences // SENTENCES_PER_SHARD)
    rows = sentences * ROWS_PER_SENTENCE // shards
    pool = rng.integers(0, 2**63, size=max(1, int(rows * SHARED)), dtype=np.uint64)
    (work / ".work").mkdir(parents=True, exist_ok=True)
    for index in range(shards):
        keys = rng.integers(0, 2**63, size=rows, dtype=np.uint64)
        shared = rng.random(rows) < SHARED
        keys[shared] = rng.choice(pool, size=int(shared.sum()))
        comps = (np.arange(rows) // 4).astype(np.uint64)  # about 4 keys per component
        table = np.unique(np.stack([keys, comps], axis=1), axis=0)
        np.save(work / ".work" / f"keys-{index:05d}.npy", table)
    return shards


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, action="append", required=True)
    args = parser.parse_args(argv)
    for sentences in args.sentences:
        with tempfile.TemporaryDirectory() as tmp:
            shards = write_tables(Path(tmp), sentences)
            out = subprocess.run(
                [sys.executable, "-c", _CHILD, tmp, str(shards)],
                check=True,
                capture_output=True,
                text=True,
                cwd=ROOT,
            )
            run = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            json.dumps(
                {
                    "sentences": sentences,
                    "shards": shards,
                    "rows": sentences * ROWS_PER_SENTENCE,
                    **run,
                }
            ),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
