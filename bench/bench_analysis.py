"""The analysis's cost against its floor: Punkt over all text, nlp.pipe over the parsed sentences.

Usage: python bench/bench_analysis.py [--repeat N] INPUT [INPUT ...]

Prints, from one run: Punkt's time over every page's text, the pipeline's
``nlp.pipe`` time over the sentences a build parses (one copy of each, with
the page leads) in one process, and a whole ``fever-builder build`` of the
same input in a subprocess, as a user runs it (its parse in as many processes
as it uses by default) and with ``--parse-processes 1``; then each build's
ratio to (Punkt + nlp.pipe), round by round (three by default) and as the
median over the rounds. Target: at most 2x.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fever_builder.analysis import load_pipeline
from fever_builder.analysis.pipeline import BATCH_SIZE
from fever_builder.build import read_corpus
from fever_builder.config import BuildConfig
from fever_builder.processes import usable_cores
from fever_builder.text.split import split_sentences


def main(paths: list[str], repeat: int) -> None:
    config = BuildConfig(inputs=tuple(Path(p) for p in paths), output=Path("/tmp/unused"))
    pages = read_corpus(config)
    texts = [" ".join(s.text for s in page.sentences) for page in pages]
    sentences = sorted({s.text for page in pages for s in page.sentences})
    nlp = load_pipeline(config.spacy_model)
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    print(f"pages {len(pages)}, sentences parsed {len(sentences)}")
    builds = {
        f"build (parse in {usable_cores()} processes, the default here)": [],
        "build --parse-processes 1": ["--parse-processes", "1"],
    }
    ratios: dict[str, list[float]] = {name: [] for name in builds}
    for round_ in range(1, repeat + 1):
        # the floor and the builds of one round run back to back: a shared host's
        # load changes from minute to minute
        start = time.perf_counter()
        for text in texts:
            split_sentences(text)
        punkt = time.perf_counter() - start
        start = time.perf_counter()
        for _doc in nlp.pipe(sentences, batch_size=BATCH_SIZE):
            pass
        pipe = time.perf_counter() - start
        print(
            f"round {round_}: punkt over all text {punkt:.2f} s, nlp.pipe over parsed "
            f"sentences {pipe:.2f} s ({len(sentences) / pipe:.0f} sentences/s)"
        )
        for name, options in builds.items():
            seconds = _build(paths, options)
            ratios[name].append(seconds / (punkt + pipe))
            print(f"  {name}: {seconds:.2f} s = {ratios[name][-1]:.2f}x (punkt + nlp.pipe)")
    for name, values in ratios.items():
        print(f"median of {repeat} rounds, {name}: {statistics.median(values):.2f}x")


def _build(paths: list[str], options: list[str]) -> float:
    """Seconds of a whole build of ``paths`` in a subprocess."""
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "fever_builder", "build", "--quiet"]
            + ["--output", f"{tmp}/out", "--input", *paths, *options],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return time.perf_counter() - start


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*", default=["seeds"], help="input files or folders")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (default 3)")
    arguments = parser.parse_args()
    main(arguments.inputs, arguments.repeat)
