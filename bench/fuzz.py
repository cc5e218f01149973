"""Fuzzing: mutated seeds and synthetic wiki-pages rows through the readers and whole builds.

Every input is made from ``--seed`` and its number alone, so a failure is
reproduced by its number (``--only N``). Kinds of input (one drawn per input):

- ``flip``: a window of a seed or fixture file (or all of it) with random bytes changed;
- ``truncate``: a window cut at a random byte, often inside a UTF-8 sequence;
- ``reencode``: a window re-encoded (UTF-16, UTF-32, Latin-1, cp1252, UTF-8 with BOM, ...);
- ``unicode``: a window with random code points spliced in: controls, bidirectional
  overrides, lone surrogates (as raw bytes and as JSON escapes), noncharacters,
  combining marks, any plane;
- ``rows``: synthetic wiki-pages JSONL rows of random JSON shapes: wrong types for
  every field, random nesting (up to 100,000 deep), huge integers, odd sentence ids;
- ``splice``: lines of several kinds glued into one file;
- ``huge``: a line of 64 to 512 KiB (white space runs, brackets, quotes, digits, words),
  or, with ``--huge-line MB``, one line of that size on its own.

Each input is written to a file and read with ``read_file``: once with format
detection and once with a randomly forced ``--format`` (every reader meets
every kind of bytes). A crash is an exception out of ``read_file``, a
problem reported as an internal error, or a page with text no page may hold
(control or bidirectional characters, unpaired surrogates); a hang is a read
of one file that takes more than ``--timeout`` seconds (it is interrupted).
``--builds N`` runs N whole builds through the CLI over folders of fuzzed
files next to one good file, a symbolic link out of the folder and a named
pipe: a build must exit 0, name every skipped file and print no traceback.

Prints one JSON line of figures (inputs, crashes, hangs, problems reported,
slowest input, time, machine).

Usage: python bench/fuzz.py --inputs 100000 --builds 200 --workers 2
       python bench/fuzz.py --only 4711            # one input again, with its traceback
       python bench/fuzz.py --huge-line 200        # one 200 MB line; prints peak RSS
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fever_builder import errors  # noqa: E402
from fever_builder.readers import FORMAT_NAMES, read_file  # noqa: E402

# The longest random huge line. Reading is linear but not fast on the worst
# text: 1 MB of one-word sentences ("a. a. ...") takes about 8 s in NLTK
# Punkt alone; lines up to the 8 MiB limit are read, only more slowly.
HUGE_MAX = 512 * 1024
KINDS = ("flip", "truncate", "reencode", "unicode", "rows", "splice", "huge")
# relative weights: huge lines are slow to read, so they are rarer
WEIGHTS = (20, 12, 10, 18, 25, 10, 5)
ENCODINGS = (
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "latin-1",
    "cp1252",
    "utf-8-sig",
    "utf-7",
    "shift_jis",
    "koi8-r",
)
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_INTERNAL = errors.INTERNAL_ERROR.split("(")[0]


class Hang(BaseException):
    """An input took longer than the timeout."""


def samples() -> list[bytes]:
    """The seed articles and every hand-made fixture file: the material mutated."""
    files = sorted((ROOT / "seeds").glob("*")) + sorted((ROOT / "tests" / "data").rglob("*"))
    return [p.read_bytes() for p in files if p.is_file() and p.suffix in (".txt", ".jsonl")]


def window(rng: random.Random, data: bytes) -> bytes:
    if rng.random() < 0.1 or len(data) < 512:
        return data
    size = rng.randint(128, min(len(data), 6000))
    start = rng.randrange(0, len(data) - size + 1)
    return data[start : start + size]


def random_char(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.3:
        return chr(rng.choice([*range(0, 32), *range(0x7F, 0xA0)]))
    if pick < 0.5:
        return chr(rng.choice([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F]))
    if pick < 0.6:
        return chr(rng.randint(0xD800, 0xDFFF))
    if pick < 0.7:
        return chr(rng.choice([0xFEFF, 0xFFFE, 0xFFFF, 0x2028, 0x2029, 0x85, 0xA0, 0x3000]))
    if pick < 0.8:
        return chr(rng.randint(0x300, 0x36F))  # combining marks
    return chr(rng.randint(0, 0x10FFFF))


def random_text(rng: random.Random, n: int) -> str:
    words = [
        "Battle",
        "of",
        "Kalbajar",
        "1993",
        "was",
        "fought",
        ".",
        "-LRB-",
        "-RRB-",
        "[1]",
        "\t",
        "\n",
        "''",
        "``",
        "'s",
        "--",
        "_sentence_3",
        "= T =",
        "|",
        "||||",
        "- Key:",
    ]
    return " ".join(rng.choice(words) if rng.random() < 0.8 else random_char(rng) for _ in range(n))


def random_json(rng: random.Random, depth: int = 0) -> object:
    pick = rng.random()
    if depth > 4 or pick < 0.3:
        return rng.choice(
            [
                None,
                True,
                False,
                0,
                -1,
                2**70,
                1.5,
                float("nan"),
                float("inf"),
                "",
                random_text(rng, rng.randint(0, 12)),
                "0\tA sentence.",
            ]
        )
    if pick < 0.6:
        return [random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {
        rng.choice(
            [
                "id",
                "text",
                "lines",
                "key",
                "value",
                "table",
                "row",
                "header",
                "cells",
                random_text(rng, 1),
            ]
        ): random_json(rng, depth + 1)
        for _ in range(rng.randint(0, 5))
    }


def sentence_lines(rng: random.Random) -> str:
    ids = ["0", "1", "2", "10", "-1", "²", "٣", "9" * rng.randint(1, 6000), "", "x", " 3"]
    rows = []
    for _ in range(rng.randint(0, 8)):
        rows.append(
            f"{rng.choice(ids)}\t{random_text(rng, rng.randint(0, 15))}"
            + ("\tlink" * rng.randint(0, 2))
        )
    return "\n".join(rows)


def row(rng: random.Random) -> str:
    """One wiki-pages JSONL line: mostly page-shaped, with fields of any type."""
    pick = rng.random()
    if pick < 0.05:
        depth = rng.choice([10, 900, 1000, 5000, 100_000])
        return "[" * depth + "]" * depth * rng.randint(0, 1)
    if pick < 0.08:
        return '{"id": "Big", "row": ' + "7" * rng.randint(4000, 20000) + "}"
    if pick < 0.11:
        return '{"id": "\\ud800\\u202e\\u0000", "lines": "0\\tA \\udc80 b\\u0085c."}'
    fields: dict[str, object] = {
        "id": rng.choice(
            [
                "Battle_of_X",
                "A -LRB- b -RRB-",
                "",
                " ",
                "\u202e",
                "\x00",
                7,
                None,
                random_text(rng, 3),
            ]
        ),
        "lines": sentence_lines(rng) if rng.random() < 0.8 else random_json(rng),
        "text": random_text(rng, rng.randint(0, 40)) if rng.random() < 0.7 else random_json(rng),
    }
    for name in ("infobox", "tables", "sections"):
        if rng.random() < 0.4:
            fields[name] = random_json(rng)
    if rng.random() < 0.2:
        fields["infobox"] = [{"key": random_json(rng), "value": random_json(rng)}]
    if rng.random() < 0.2:
        fields["tables"] = [
            {
                "table": "t",
                "row": random_json(rng),
                "header": random_json(rng),
                "cells": random_json(rng),
            }
        ]
    keys = list(fields)
    if rng.random() < 0.3:
        keys = rng.sample(keys, rng.randint(0, len(keys)))
    text = json.dumps({k: fields[k] for k in keys}, ensure_ascii=rng.random() < 0.5)
    if rng.random() < 0.2:
        text = text[: rng.randint(0, len(text))]
    return text


def huge_line(rng: random.Random, size: int) -> bytes:
    unit = rng.choice(
        [
            b" ",
            b"\t ",
            b"[",
            b"[1] ",
            b'"',
            b"' ",
            b"word ",
            b"a.",
            b"9",
            b"-LRB- ",
            b"_sentence_1",
            b"|",
            b"= ",
            b"\xc3",
            "\u202e".encode(),
            b"x" * 7 + b" ",
        ]
    )
    body = unit * (size // len(unit))
    prefix = rng.choice([b"", b'{"id": "P", "lines": "0\\t', b"= Title =\n", b"Some text "])
    return prefix + body + rng.choice([b"", b".", b'"}', b"\n"])


def make_input(seed: int, number: int, material: list[bytes]) -> tuple[str, bytes, str]:
    """Input ``number``: its kind, its bytes and its file suffix."""
    rng = random.Random(f"{seed}/{number}")
    kind = rng.choices(KINDS, WEIGHTS)[0]
    base = window(rng, rng.choice(material))
    if kind == "flip":
        data = bytearray(base)
        for _ in range(rng.randint(1, max(1, len(data) // 50))):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        out = bytes(data)
    elif kind == "truncate":
        out = base[: rng.randint(0, len(base))]
    elif kind == "reencode":
        text = base.decode("utf-8", "replace")
        out = text.encode(rng.choice(ENCODINGS), "replace")
    elif kind == "unicode":
        text = list(base.decode("utf-8", "replace"))
        for _ in range(rng.randint(1, 40)):
            text.insert(rng.randint(0, len(text)), random_char(rng))
        out = "".join(text).encode("utf-8", "surrogatepass")
    elif kind == "rows":
        out = "\n".join(row(rng) for _ in range(rng.randint(1, 6))).encode("utf-8", "surrogatepass")
    elif kind == "splice":
        parts = [window(rng, rng.choice(material)) for _ in range(rng.randint(2, 4))]
        parts.append(row(rng).encode("utf-8", "surrogatepass"))
        rng.shuffle(parts)
        out = b"\n".join(parts)
    else:
        out = huge_line(rng, rng.randint(64 * 1024, HUGE_MAX))
    suffix = ".jsonl" if kind == "rows" or out[:1] == b"{" else ".txt"
    return kind, out, suffix


def check(result) -> str | None:  # noqa: ANN001 - a FileResult
    """Why a read result is a crash, or None."""
    for problem in result.problems:
        if problem.reason.startswith(_INTERNAL):
            return problem.reason
    for page in result.pages:
        texts = [
            page.title,
            *(s.text for s in page.sentences),
            *page.sections,
            *(f.key + f.value for f in page.infobox),
            *(t.table + "".join(t.header) + "".join(t.cells) for t in page.tables),
        ]
        if any(_UNSAFE.search(t) for t in texts):
            return f"unsafe characters kept in page {page.title!r}"
        if not page.title.strip():
            return "a page with an empty title"
    return None


def _alarm(signum: int, frame: object) -> None:
    raise Hang


def run_input(args: tuple[int, int, float, str]) -> dict[str, object]:
    """Read one fuzzed input twice (detected, forced format); what happened."""
    seed, number, timeout, folder = args
    material = _MATERIAL or samples()
    kind, data, suffix = make_input(seed, number, material)
    path = Path(folder) / f"input-{os.getpid()}{suffix}"
    path.write_bytes(data)
    rng = random.Random(f"{seed}/{number}/format")
    outcome: dict[str, object] = {
        "number": number,
        "kind": kind,
        "bytes": len(data),
        "problems": 0,
        "pages": 0,
        "crash": None,
        "hang": False,
    }
    start = time.perf_counter()
    slowest_read = 0.0
    signal.signal(signal.SIGALRM, _alarm)
    try:
        for fmt in (None, rng.choice(FORMAT_NAMES)):
            signal.setitimer(signal.ITIMER_REAL, timeout)
            read_start = time.perf_counter()
            result = read_file(path, format=fmt)
            signal.setitimer(signal.ITIMER_REAL, 0)
            slowest_read = max(slowest_read, time.perf_counter() - read_start)
            outcome["slowest_read"] = slowest_read
            outcome["problems"] += len(result.problems)  # type: ignore[operator]
            outcome["pages"] += len(result.pages)  # type: ignore[operator]
            outcome["crash"] = outcome["crash"] or check(result)
    except Hang:
        outcome["hang"] = True
    except BaseException as error:  # noqa: BLE001 - what the fuzzer looks for
        outcome["crash"] = f"{type(error).__name__}: {error}"[:500]
        outcome["traceback"] = traceback.format_exc()[-3000:]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    outcome["seconds"] = time.perf_counter() - start
    return outcome


_MATERIAL: list[bytes] = []


def _init() -> None:
    """Load the material, and read one seed so that imports and Punkt's parameters are
    loaded before any read is timed."""
    _MATERIAL.extend(samples())
    read_file(sorted((ROOT / "seeds").glob("*.txt"))[0])


def run_build(args: tuple[int, int, str]) -> dict[str, object]:
    """One whole build through the CLI over fuzzed files, a good file, a link out and a pipe."""
    from click.testing import CliRunner

    from fever_builder.cli import main

    seed, number, folder = args
    material = _MATERIAL or samples()
    work = Path(tempfile.mkdtemp(prefix=f"build-{number}-", dir=folder))
    inputs = work / "in"
    inputs.mkdir()
    good = ROOT / "tests" / "data" / "wikitext" / "battle_of_testville.txt"
    (inputs / "good.txt").write_bytes(good.read_bytes())
    names = []
    for k in range(6):
        kind, data, suffix = make_input(seed, 10_000_000 + number * 10 + k, material)
        name = f"fuzz-{k}-{kind}{suffix}"
        (inputs / name).write_bytes(data)
        names.append(name)
    os.symlink("/etc/hostname", inputs / "link.txt")
    os.mkfifo(inputs / "pipe")
    start = time.perf_counter()
    result = CliRunner().invoke(
        main,
        [
            "build",
            "--input",
            str(inputs),
            "--output",
            str(work / "out"),
            "--test-size",
            "0.5",
            "-q",
        ],
    )
    seconds = time.perf_counter() - start
    crash = None
    if result.exit_code != 0 or "Traceback" in result.output:
        crash = f"exit {result.exit_code}: {result.output[-800:]}"
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        crash = "".join(traceback.format_exception(result.exception))[-3000:]
    elif result.exit_code == 0:
        skipped = [line for line in result.output.splitlines() if line.startswith("skipped ")]
        for name in ("link.txt", "pipe"):
            if not any(f"{inputs / name}:" in line for line in skipped):
                crash = f"{name} not named: {result.output[-800:]}"
        if not (work / "out" / "fever_builder.json").is_file():
            crash = "no output written"
        leftovers = [p.name for p in work.iterdir() if ".building-" in p.name]
        if leftovers:
            crash = f"staging left behind: {leftovers}"
    shutil.rmtree(work, ignore_errors=True)
    return {
        "number": number,
        "crash": crash,
        "seconds": seconds,
        "reported": sum(line.startswith("skipped ") for line in result.output.splitlines()),
    }


def fuzz(
    inputs: int,
    builds: int,
    *,
    seed: int = 0,
    workers: int = 1,
    timeout: float = 10.0,
    folder: Path | None = None,
) -> dict[str, object]:
    """Run ``inputs`` fuzzed reads and ``builds`` fuzzed builds; the figures and the failures."""
    start = time.perf_counter()
    folder = folder or Path(tempfile.mkdtemp(prefix="fever-fuzz-"))
    kinds: Counter[str] = Counter()
    failures: list[dict[str, object]] = []
    problems = pages = hangs = 0
    slowest = (0.0, -1)
    jobs = [(seed, n, timeout, str(folder)) for n in range(inputs)]
    build_jobs = [(seed, n, str(folder)) for n in range(builds)]
    with Pool(workers, initializer=_init) if workers > 1 else _Serial() as pool:
        for outcome in pool.imap_unordered(run_input, jobs, chunksize=64):
            kinds[outcome["kind"]] += 1  # type: ignore[index]
            problems += outcome["problems"]  # type: ignore[operator]
            pages += outcome["pages"]  # type: ignore[operator]
            hangs += bool(outcome["hang"])
            read_seconds = float(outcome.get("slowest_read", timeout))  # type: ignore[arg-type]
            number = int(outcome["number"])  # type: ignore[call-overload]
            slowest = max(slowest, (read_seconds, number))
            if outcome["crash"] or outcome["hang"]:
                failures.append(outcome)
        build_outcomes = list(pool.imap_unordered(run_build, build_jobs))
    build_failures = [b for b in build_outcomes if b["crash"]]
    files_reported = sum(int(b["reported"]) for b in build_outcomes)  # type: ignore[call-overload]
    return {
        "inputs": inputs,
        "reads": 2 * inputs,
        "kinds": dict(sorted(kinds.items())),
        "crashes": sum(1 for f in failures if f["crash"]),
        "hangs": hangs,
        "problems_reported": problems,
        "pages_read": pages,
        "slowest_read_seconds": round(slowest[0], 2),
        "slowest_read_input": slowest[1],
        "builds": builds,
        "build_failures": len(build_failures),
        "files_reported_by_builds": files_reported,
        "slowest_build_seconds": round(max((b["seconds"] for b in build_outcomes), default=0), 2),
        "seconds": round(time.perf_counter() - start, 1),
        "seed": seed,
        "workers": workers,
        "machine": (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        ),
        "failures": failures[:20],
        "build_failure_details": build_failures[:5],
    }


class _Serial:
    """A stand-in for a pool of one: the same calls, in this process."""

    def __enter__(self) -> _Serial:
        _init()
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def imap_unordered(self, function, items, chunksize: int = 1):  # noqa: ANN001, ANN201
        return map(function, items)


def huge_line_check(megabytes: int, folder: Path) -> dict[str, object]:
    """Read one file holding a single line of ``megabytes`` MB; its problems and peak RSS."""
    path = folder / "huge.jsonl"
    block = b'{"id": "P", "lines": "0\\t' + b"word " * 200_000
    with path.open("wb") as handle:
        written = 0
        while written < megabytes * 1_000_000:
            handle.write(block)
            written += len(block)
        handle.write(b'"}\n{"id": "Q", "lines": "0\\tQ was founded in 1950."}\n')
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    result = read_file(path)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    path.unlink()
    return {
        "line_bytes": written,
        "problems": [str(p) for p in result.problems],
        "pages": [p.title for p in result.pages],
        "seconds": round(seconds, 2),
        "peak_rss_mib_before": round(before / 1024, 1),
        "peak_rss_mib": round(peak / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=1000)
    parser.add_argument("--builds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds before a hang")
    parser.add_argument("--only", type=int, help="run input N alone and show its traceback")
    parser.add_argument("--huge-line", type=int, metavar="MB", help="read one line of MB MB")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fever-fuzz-"))
    try:
        if args.huge_line:
            print(json.dumps(huge_line_check(args.huge_line, folder)))
            return
        if args.only is not None:
            outcome = run_input((args.seed, args.only, args.timeout, str(folder)))
            print(json.dumps({k: v for k, v in outcome.items() if k != "traceback"}))
            print(outcome.get("traceback", ""))
            return
        figures = fuzz(
            args.inputs,
            args.builds,
            seed=args.seed,
            workers=args.workers,
            timeout=args.timeout,
            folder=folder,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(figures))
    sys.exit(1 if figures["crashes"] or figures["hangs"] or figures["build_failures"] else 0)


if __name__ == "__main__":
    main()
