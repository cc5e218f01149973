"""Draw sentences a build made no claim from, to read how many a careful annotator could use.

Usage: python audit/yield_sample.py BUILD_DIR [--n 60] [--seed 2026] > SAMPLE.jsonl

A sentence is "used" when any claim of the build cites it as evidence. The
others (every prose line of every page, infobox and table rows left out) are
drawn at random with ``--seed``, in page and line order, each with its page
title and the line before it, as one JSON object per line. Readers then judge
each by ``audit/yield_instructions.md``: whether one claim pair (SUPPORTS and
a REFUTES the sentence rules out) could be made from it by its words and page
title alone. The share they find gives a ceiling for the build's claims per
sentence under the audit's bar.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from fever_builder.baseline.retrieval import gold_evidence, read_corpus


def used_lines(build: Path) -> set[tuple[str, int]]:
    """(page, line) of every sentence a claim of the build cites."""
    return {
        (page, int(line))
        for path in sorted((build / "claims").rglob("*.jsonl"))
        for sets in gold_evidence(path)
        for group in sets
        for page, line in group
    }


def prose_lines(build: Path) -> list[dict[str, object]]:
    """Every prose sentence of the build's pages (before the infobox fields and table
    rows), with the one before it."""
    corpus = read_corpus(build)
    out: list[dict[str, object]] = []
    for title, lines, fields in zip(corpus.titles, corpus.lines, corpus.fields, strict=True):
        for i, text in enumerate(lines[:fields]):
            if text:
                previous = lines[i - 1] if i else ""
                out.append({"page": title, "sentence_id": i, "text": text, "previous": previous})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--seed", type=int, default=2026)
    arguments = parser.parse_args()
    used = used_lines(arguments.build)
    unused = [s for s in prose_lines(arguments.build) if (s["page"], s["sentence_id"]) not in used]
    drawn = random.Random(arguments.seed).sample(unused, min(arguments.n, len(unused)))
    drawn.sort(key=lambda s: (str(s["page"]), int(s["sentence_id"])))  # type: ignore[call-overload]
    for row in drawn:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    sys.stderr.write(
        f"{len(unused)} of the build's prose sentences have no claim; drew {len(drawn)}\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
