"""Shards, workers and executors: every way of running a build writes the same files."""

from __future__ import annotations

import json
import os
import shutil
import stat
import unicodedata
from pathlib import Path

import pytest

import fever_builder.pipeline as pipeline_module
from fever_builder.build import build
from fever_builder.config import BuildConfig
from fever_builder.errors import FeverBuilderError
from fever_builder.executors import parse_options
from fever_builder.readers import read_file
from fever_builder.shards import Piece, plan_shards, read_piece

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# cuts seeds/ into two shards: 000-003 (81 KB) and 004 (116 KB)
TWO_SHARDS = int(0.06 * 2**20)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def claim_rows(folder: Path, split: str) -> list[dict]:
    return [
        json.loads(line)
        for path in sorted((folder / "claims").glob(f"{split}-*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def shared_texts(folder: Path) -> tuple[set[str], set[str]]:
    """Evidence texts and claim texts found in both train and test."""
    sides = {}
    for split in ("train", "test"):
        rows = claim_rows(folder, split)
        evidence = {_key(e["text"]) for r in rows for s in r["evidence"] for e in s}
        sides[split] = (evidence, {_key(r["claim"]) for r in rows})
    return sides["train"][0] & sides["test"][0], sides["train"][1] & sides["test"][1]


@pytest.fixture(scope="module")
def in_process(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("one") / "data"
    build(BuildConfig(inputs=(SEEDS,), output=output, shard_bytes=TWO_SHARDS))
    return output


def test_seeds_in_two_shards_write_two_files_per_split(in_process: Path) -> None:
    assert sorted(p.name for p in (in_process / "claims").iterdir()) == [
        "test-00000.jsonl",
        "test-00001.jsonl",
        "train-00000.jsonl",
        "train-00001.jsonl",
    ]
    assert sorted(p.name for p in (in_process / "wiki_pages").iterdir()) == [
        "wiki_pages-00000.jsonl",
        "wiki_pages-00001.jsonl",
    ]
    manifest = json.loads((in_process / "fever_builder.json").read_text(encoding="utf-8"))
    assert manifest["shards"] == 2
    assert not list(in_process.glob(".work*")), "the work folder must not be published"


def test_the_card_patterns_load_every_shard(in_process: Path, tmp_path: Path) -> None:
    import datasets

    loaded = datasets.load_dataset(str(in_process), cache_dir=str(tmp_path / "cache"))
    assert loaded["train"].num_rows == len(claim_rows(in_process, "train"))
    assert loaded["test"].num_rows == len(claim_rows(in_process, "test"))
    pages = datasets.load_dataset(str(in_process), "wiki_pages", cache_dir=str(tmp_path / "cache"))[
        "train"
    ]
    assert pages.num_rows == 5


def test_two_workers_write_the_same_bytes(in_process: Path, tmp_path: Path) -> None:
    output = tmp_path / "data"
    build(BuildConfig(inputs=(SEEDS,), output=output, shard_bytes=TWO_SHARDS, workers=2))
    assert snapshot(output) == snapshot(in_process)


def test_a_parse_in_one_process_writes_the_same_bytes(in_process: Path, tmp_path: Path) -> None:
    # the fixture's parse runs in as many processes as the machine gives (see the next test)
    output = tmp_path / "data"
    build(BuildConfig(inputs=(SEEDS,), output=output, shard_bytes=TWO_SHARDS, parse_processes=1))
    assert snapshot(output) == snapshot(in_process)


@pytest.mark.parametrize(
    ("options", "shards", "expected"),
    [
        ({}, 1, "cores"),
        ({"workers": 2}, 1, "cores"),  # one shard runs here whatever --workers says
        ({"workers": 2}, 2, 1),  # the shards share the cores
        ({"workers": 2, "executor": "local"}, 1, 1),
        ({"parse_processes": 3, "workers": 2}, 2, 3),  # as given
    ],
)
def test_a_shard_parses_in_the_cores_the_shards_leave(
    options: dict, shards: int, expected: object
) -> None:
    from fever_builder.build import _parse_processes
    from fever_builder.processes import usable_cores

    got = _parse_processes(BuildConfig(inputs=(SEEDS,), **options), shards)
    assert got == (usable_cores() if expected == "cores" else expected)


def test_datatrove_local_executor_writes_the_same_bytes(in_process: Path, tmp_path: Path) -> None:
    output = tmp_path / "data"
    config = BuildConfig(
        inputs=(SEEDS,), output=output, shard_bytes=TWO_SHARDS, workers=2, executor="local"
    )
    build(config)
    assert snapshot(output) == snapshot(in_process)


def test_seeds_build_on_a_local_ray_instance(in_process: Path, tmp_path: Path) -> None:
    ray = pytest.importorskip("ray", reason="Ray is a test extra: pip install '.[test]'")
    output = tmp_path / "data"
    config = BuildConfig(
        inputs=(SEEDS,),
        output=output,
        shard_bytes=TWO_SHARDS,
        workers=2,
        executor="ray",
        executor_options=(("mem_per_cpu_gb", 0.25),),
    )
    try:
        build(config)
    finally:
        ray.shutdown()
    assert snapshot(output) == snapshot(in_process)


def test_no_text_in_both_train_and_test_across_shards(in_process: Path) -> None:
    evidence, claims = shared_texts(in_process)
    assert evidence == set() and claims == set()


@pytest.fixture
def copies_in_two_shards(tmp_path: Path) -> Path:
    """One article twice under two titles, in files far enough apart to be two shards."""
    folder = tmp_path / "input"
    folder.mkdir()
    # the seed that makes the most claims, so that a leak shows
    text = (SEEDS / "004_6ff6aad06416434e.txt").read_text(encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    # the title everywhere, so that the copy's claims that name the war are new claims
    # on the same evidence sentences
    (folder / "b.txt").write_text(text.replace("First Nagorno", "Early Nagorno"), encoding="utf-8")
    return folder


def test_a_sentence_copied_into_another_shard_stays_on_one_side(
    copies_in_two_shards: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = BuildConfig(
        inputs=(copies_in_two_shards,), output=tmp_path / "data", shard_bytes=100_000
    )
    build(config)
    assert len(list((tmp_path / "data" / "wiki_pages").iterdir())) == 2
    evidence, claims = shared_texts(tmp_path / "data")
    assert evidence == set() and claims == set()
    # the check can fail: splitting each shard on its own does leak
    monkeypatch.setattr(pipeline_module, "_fixed_sides", lambda job: {})
    build(
        BuildConfig(inputs=(copies_in_two_shards,), output=tmp_path / "leaky", shard_bytes=100_000)
    )
    evidence, _ = shared_texts(tmp_path / "leaky")
    assert evidence


def _dump(path: Path, pages: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for n in range(pages):
            lines = "\n".join(
                f"{i}\tVillage {n} had {100 + i} houses in {1900 + i} ." for i in range(3)
            )
            handle.write(json.dumps({"id": f"Village_{n}", "text": "", "lines": lines}) + "\n")
    return path


def test_a_large_jsonl_file_is_cut_at_line_ends(tmp_path: Path) -> None:
    dump = _dump(tmp_path / "pages.jsonl", 200)
    shards = plan_shards([dump], shard_bytes=4096)
    pieces = [p for s in shards for p in s.pieces]
    assert len(shards) > 3
    data = dump.read_bytes()
    assert b"".join(data[p.start : p.end] for p in pieces) == data
    for piece in pieces:
        assert piece.start == 0 or data[piece.start - 1 : piece.start] == b"\n"
        assert piece.first_line == data[: piece.start].count(b"\n") + 1
    # the pieces read the same pages, with the file's own line numbers
    whole = read_file(dump).pages
    parts = [page for p in pieces for page in read_piece(p).pages]
    assert parts == whole
    assert parts[57].source == f"{dump}:58"


def test_the_plan_does_not_depend_on_anything_but_the_input(tmp_path: Path) -> None:
    dump = _dump(tmp_path / "pages.jsonl", 100)
    [only] = plan_shards([dump, SEEDS / "002_9989da070dfa7195.txt"], shard_bytes=2**20)
    assert only.pieces == (Piece(dump), Piece(SEEDS / "002_9989da070dfa7195.txt"))


def test_a_bad_line_in_a_later_piece_is_reported_with_its_file_line(tmp_path: Path) -> None:
    dump = _dump(tmp_path / "pages.jsonl", 100)
    lines = dump.read_text(encoding="utf-8").splitlines()
    lines[80] = '{"id": "broken'
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = tmp_path / "data"
    result = build(BuildConfig(inputs=(dump,), output=output, shard_bytes=4096))
    assert [(p.path, p.line) for p in result.problems] == [(str(dump), 81)]
    assert "not valid JSON" in str(result.problems[0])
    assert result.pages == 99
    # one summary per input file, not per piece
    assert [f.pages for f in result.files] == [99]


def test_a_shard_that_fails_keeps_the_previous_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "data"
    build(BuildConfig(inputs=(SEEDS,), output=output, shard_bytes=TWO_SHARDS))
    before = snapshot(output)
    real = pipeline_module.generate

    def fail_on_004(pages, **options):  # noqa: ANN001, ANN003, ANN202
        if any(p.title.startswith("First Nagorno") for p in pages):
            raise OSError(28, "No space left on device")
        return real(pages, **options)

    monkeypatch.setattr(pipeline_module, "generate", fail_on_004)
    with pytest.raises(OSError, match="No space left"):
        build(BuildConfig(inputs=(SEEDS,), output=output, shard_bytes=TWO_SHARDS, nei=True))
    assert snapshot(output) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_executor_options_are_key_value_pairs_with_json_values() -> None:
    assert parse_options(["partition=cpu", "cpus_per_task=2", "time=04:00:00"]) == (
        ("partition", "cpu"),
        ("cpus_per_task", 2),
        ("time", "04:00:00"),
    )
    with pytest.raises(FeverBuilderError, match="KEY=VALUE"):
        parse_options(["partition"])


def test_slurm_without_a_partition_says_which_options_it_needs(tmp_path: Path) -> None:
    config = BuildConfig(inputs=(SEEDS,), output=tmp_path / "data", executor="slurm")
    with pytest.raises(FeverBuilderError, match="partition=.*time="):
        build(config)


def test_slurm_submits_four_dependent_jobs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in sbatch records what datatrove submits; each stage waits on the one before."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "sbatch.log"
    sbatch = bin_dir / "sbatch"
    sbatch.write_text(
        "#!/bin/sh\n"
        f'n=$(( $(cat {log} 2>/dev/null | grep -c "^job") + 1 ))\n'
        f'echo "job $n $*" >> {log}\n'
        f'for last; do :; done; cp "$last" {tmp_path}/job$n.sh\n'
        'echo "Submitted batch job 100$n"\n',
        encoding="utf-8",
    )
    sbatch.chmod(sbatch.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    if shutil.which("sbatch") != str(sbatch):
        pytest.fail("the stand-in sbatch is not first on PATH")
    config = BuildConfig(
        inputs=(SEEDS,),
        output=tmp_path / "data",
        shard_bytes=TWO_SHARDS,
        executor="slurm",
        executor_options=(("partition", "cpu"), ("time", "01:00:00")),
    )
    result = build(config)
    assert result.submitted is not None and result.submitted.parent == tmp_path
    # datatrove submits each stage's job, then a job that merges its stats
    jobs = [line for line in log.read_text(encoding="utf-8").splitlines() if "RUN_OFFSET" in line]
    scripts = [(tmp_path / f"job{line.split()[1]}.sh").read_text() for line in jobs]
    stages = ("generate", "merge", "split", "finish")
    assert len(scripts) == 4
    for stage, script in zip(stages, scripts, strict=True):
        assert f"--job-name=fever-builder-{stage}" in script
        # where the CLI says the task logs are
        assert f"{result.submitted}.logs/{stage}" in script
    assert ["--array=0-1" in s for s in scripts] == [True, False, True, False]
    assert "--dependency" not in jobs[0]
    for before, job in zip(jobs, jobs[1:], strict=False):
        assert f"--dependency=afterok:100{before.split()[1]}" in job
    assert not (tmp_path / "data").exists(), "the output appears only when the last job runs"


def test_joining_shards_a_key_range_at_a_time_gives_the_same_split(
    copies_in_two_shards: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = BuildConfig(
        inputs=(copies_in_two_shards,), output=tmp_path / "one", shard_bytes=100_000
    )
    build(config)
    monkeypatch.setattr(pipeline_module, "_KEYS_PER_PASS", 50)  # dozens of key ranges
    build(
        BuildConfig(inputs=(copies_in_two_shards,), output=tmp_path / "many", shard_bytes=100_000)
    )
    assert snapshot(tmp_path / "many") == snapshot(tmp_path / "one")


def test_a_page_repeated_in_another_shard_is_renamed_and_its_claims_kept_once(
    tmp_path: Path,
) -> None:
    """One article in two files, two shards apart: as if the corpus were one shard."""
    folder = tmp_path / "input"
    folder.mkdir()
    text = (SEEDS / "000_41d4f88a7115af37.txt").read_text(encoding="utf-8")  # 26 KB
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(text, encoding="utf-8")
    output = tmp_path / "data"
    result = build(BuildConfig(inputs=(folder,), output=output, shard_bytes=20_000))
    assert result.shards == 2
    pages = {
        row["id"]: row
        for path in sorted((output / "wiki_pages").glob("*.jsonl"))
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())
    }
    assert len(pages) == 2, "two pages, two titles"
    assert sorted(pages) == ["Operation Kalbajar", "Operation Kalbajar (b)"]
    rows = claim_rows(output, "train") + claim_rows(output, "test")
    texts = [r["claim"] for r in rows]
    assert len(texts) == len(set(texts)), "a claim made in both shards is kept once"
    assert result.dropped["duplicate_claim_in_another_shard"] > 0
    for row in rows:
        for evidence in (e for s in row["evidence"] for e in s):
            # by position, as FEVER's tools read it: infobox and table lines too
            line = pages[evidence["page"]]["lines"].split("\n")[evidence["sentence_id"]]
            assert line == f"{evidence['sentence_id']}\t{evidence['text']}"


def test_every_hash_seed_writes_the_same_bytes(in_process: Path, tmp_path: Path) -> None:
    """datatrove, Ray and Slurm tasks are fresh interpreters, each with its own hash seed."""
    import subprocess
    import sys

    for hash_seed in ("1", "2"):
        output = tmp_path / f"data{hash_seed}"
        subprocess.run(
            [sys.executable, "-m", "fever_builder", "build", "--input", str(SEEDS),
             "--output", str(output), "--shard-size", str(TWO_SHARDS / 2**20), "--quiet"],
            check=True,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            capture_output=True,
        )  # fmt: skip
        assert snapshot(output) == snapshot(in_process)
