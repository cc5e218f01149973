"""Benchmark: a whole build against bare NLTK Punkt splitting of the same text.

Synthesises a FEVER wiki-pages dump of N pages from the seed articles (each
page takes a run of seed sentences, with numbers and years varied so pages
differ), then measures in one process:

- Punkt: the time to split every page's text into sentences, nothing else
  (the fastest of three passes);
- build: ``fever_builder.build.build`` on the dump (read, clean, split,
  duplicate groups, claims, split, write), in a fresh subprocess so its peak
  RSS is its own.

Prints pages, sentences, claims, seconds, sentences/s, claims/s, peak RSS
and the build/Punkt time ratio, as one JSON line per run.

Usage: python bench/bench_build.py --pages 200 [--pages 400 ...] [--workers 1 --workers 2]
       [--shard-size MIB] [--sample 0.05 ...] [--executor local|ray] [--seed 0]
"""

from __future__ import annotations

import argparse
import calendar
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCES_PER_PAGE = 40


def seed_sentences() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from fever_builder.build import read_corpus
    from fever_builder.config import BuildConfig

    pages = read_corpus(BuildConfig(inputs=(ROOT / "seeds",)))
    return [s.text for page in pages for s in page.sentences]


_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{3,}\b")
_NUMBER = re.compile(r"\b\d[\d,]*\b")
_MONTHS = frozenset(calendar.month_name[1:])


def synthesise(path: Path, pages: int, *, seed: int) -> int:
    """Write a wiki-pages JSONL dump of ``pages`` pages; return its sentence count.

    Each page takes a run of seed sentences and gives them its own names
    (each seed name becomes a name invented for the page from two seed
    names, "Kalbajar" and "Stepanakert" giving "Kalbanakert") and its own
    numbers and years. As in Wikipedia, the names grow with the corpus and
    pages say different things, so the build makes claims from every page.
    """
    rng = random.Random(seed)
    sentences = seed_sentences()
    names = sorted({m.group(0) for s in sentences for m in _NAME.finditer(s)} - _MONTHS)

    def invent() -> str:
        first, second = rng.sample(names, 2)
        return first[: rng.randint(2, max(2, len(first) - 2))] + second[rng.randint(1, 3) :]

    def number(match: re.Match[str]) -> str:
        value = int(match.group(0).replace(",", ""))
        if 1800 <= value <= 2030:
            return str(value + rng.randint(-20, 20))
        return f"{max(1, round(value * rng.uniform(0.3, 3))):,}"

    total = 0
    with path.open("w", encoding="utf-8") as handle:
        for n in range(pages):
            start = rng.randrange(len(sentences))
            own: dict[str, str] = {}

            def name(match: re.Match[str], own: dict[str, str] = own) -> str:
                word = match.group(0)
                return word if word in _MONTHS else own.setdefault(word, invent())

            body = [
                _NUMBER.sub(number, _NAME.sub(name, sentences[(start + i) % len(sentences)]))
                for i in range(SENTENCES_PER_PAGE)
            ]
            lines = "\n".join(f"{i}\t{s}" for i, s in enumerate(body))
            row = {"id": f"Synthetic_page_{n}", "text": " ".join(body), "lines": lines}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            total += len(body)
    return total


def punkt_seconds(path: Path, repeats: int = 3) -> float:
    """The fastest of ``repeats`` Punkt passes over every page's text: the floor."""
    sys.path.insert(0, str(ROOT))
    from fever_builder.text.split import _tokenizer

    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    tokenizer = _tokenizer()
    best = float("inf")
    for _ in range(repeats):
        began = time.perf_counter()
        for text in texts:
            tokenizer.tokenize(text)
        best = min(best, time.perf_counter() - began)
    return best


_CHILD = """
import json, resource, sys, time
from pathlib import Path
from fever_builder.build import build
from fever_builder.config import BuildConfig
dump, output, workers, shard_bytes, executor, sample = sys.argv[1:7]
config = BuildConfig(inputs=(Path(dump),), output=Path(output), force=True, workers=int(workers),
                     shard_bytes=int(shard_bytes), executor=executor or None, sample=float(sample))
began = time.perf_counter()
result = build(config)
seconds = time.perf_counter() - began
claims = sum(s["claims"]["total"] for s in result.splits.values())
# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so this process
# would report the benchmark's own peak (it holds every page's text for Punkt)
status = Path("/proc/self/status")
own = (
    next(int(l.split()[1]) for l in status.read_text().splitlines() if l.startswith("VmHWM"))
    if status.exists() else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
) / 1024
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "claims": claims, "sentences": result.sentences,
                  "shards": result.shards, "rss_driver": own, "rss_worker": children}))
"""


def machine() -> dict[str, object]:
    model = (
        next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.processor() or platform.machine(),
        )
        if Path("/proc/cpuinfo").exists()
        else platform.processor()
    )
    memory = (
        next(
            (
                int(line.split()[1]) // 1024 // 1024
                for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")
            ),
            None,
        )
        if Path("/proc/meminfo").exists()
        else None
    )
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "memory_gib": memory,
        "python": platform.python_version(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, action="append", required=True)
    parser.add_argument("--workers", type=int, action="append", help="repeatable; default 1")
    parser.add_argument("--shard-size", type=float, default=None, help="MiB; default: the build's")
    parser.add_argument("--executor", default="", choices=["", "local", "ray"])
    parser.add_argument(
        "--sample", type=float, action="append", help="the build's --sample (repeatable); default 1"
    )
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from fever_builder.config import BuildConfig

    shard_bytes = int(args.shard_size * 2**20) if args.shard_size else BuildConfig().shard_bytes
    print(json.dumps(machine()), flush=True)
    for pages in args.pages:
        with tempfile.TemporaryDirectory() as tmp:
            dump = Path(tmp) / "pages.jsonl"
            synthesise(dump, pages, seed=args.seed)
            punkt = punkt_seconds(dump)
            runs = [(w, f) for w in args.workers or [1] for f in args.sample or [1.0]]
            for workers, sample in runs:
                out = subprocess.run(
                    [
                        sys.executable,
                        "-c",
                        _CHILD,
                        str(dump),
                        str(Path(tmp) / "data"),
                        str(workers),
                        str(shard_bytes),
                        args.executor,
                        str(sample),
                    ],
                    check=True,
                    capture_output=True,
                    text=True,
                    cwd=ROOT,
                )
                run = json.loads(out.stdout.strip().splitlines()[-1])
                seconds = run["seconds"]
                print(
                    json.dumps(
                        {
                            "pages": pages,
                            "sentences": run["sentences"],
                            "claims": run["claims"],
                            "shards": run["shards"],
                            "workers": workers,
                            "sample": sample,
                            "executor": args.executor or "in-process",
                            "build_seconds": round(seconds, 2),
                            "punkt_seconds": round(punkt, 3),
                            "sentences_per_s": round(run["sentences"] / seconds, 1),
                            "claims_per_s": round(run["claims"] / seconds, 1),
                            "peak_rss_mib": round(max(run["rss_driver"], run["rss_worker"]), 1),
                            "rss_driver_mib": round(run["rss_driver"], 1),
                            "rss_worker_mib": round(run["rss_worker"], 1),
                            "build_to_punkt": round(seconds / punkt, 1),
                        }
                    ),
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
