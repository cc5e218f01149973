"""Staging folders of killed builds: removed only when provably a dead build's own."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from fever_builder.cli import main
from fever_builder.dataset.output import new_staging, staged_folder
from fever_builder.dataset.staging import STAGING_MARKER, sweep

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "tests" / "data" / "wikitext" / "battle_of_testville.txt"


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def staging_of(target: Path, **marker: object) -> Path:
    """A staging folder of ``target`` whose marker has the given fields changed."""
    folder = new_staging(target)
    path = folder / STAGING_MARKER
    path.write_text(json.dumps({**json.loads(path.read_text()), **marker}), encoding="utf-8")
    (folder / "claims").mkdir()
    (folder / "claims" / "train-00000.jsonl").write_text("{}\n", encoding="utf-8")
    return folder


def test_a_dead_builds_folder_and_its_logs_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "data"
    folder = staging_of(target, pid=dead_pid(), started="")
    logs = folder.with_name(folder.name + ".logs")
    logs.mkdir()
    [note] = sweep(target)
    assert note.startswith(f"removed {folder}")
    assert not folder.exists() and not logs.exists()


@pytest.mark.parametrize(
    "marker, reason",
    [
        ({"host": "another-machine"}, "made on host 'another-machine'"),
        ({"detached": True}, "a Slurm build's"),
        ({"output": "/somewhere/else"}, "another output"),
        ({"pid": "x"}, "names no process"),
    ],
)
def test_a_folder_not_provably_dead_is_left_and_said(
    tmp_path: Path, marker: dict[str, object], reason: str
) -> None:
    target = tmp_path / "data"
    folder = staging_of(target, **{"pid": dead_pid(), **marker})
    [note] = sweep(target)
    assert note.startswith(f"left {folder}") and reason in note
    assert folder.is_dir()


def test_a_folder_without_a_marker_is_left(tmp_path: Path) -> None:
    target = tmp_path / "data"
    folder = tmp_path / ".data.building-old"
    folder.mkdir()
    [note] = sweep(target)
    assert "no fever-builder marker" in note and folder.is_dir()


def test_a_running_builds_folder_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "data"
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        started = Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
        folder = staging_of(target, pid=child.pid, started=started)
        assert sweep(target) == []
        assert folder.is_dir()
        # the same process id with another start time is a reused id: that build is gone
        staging_of(target, pid=child.pid, started="1")
        assert len([n for n in sweep(target) if n.startswith("removed")]) == 1
        assert folder.is_dir()
    finally:
        child.kill()
        child.wait()


def test_the_marker_is_not_part_of_the_output(tmp_path: Path) -> None:
    target = tmp_path / "data"
    with staged_folder(target) as staging:
        assert (staging / STAGING_MARKER).is_file()
        (staging / "fever_builder.json").write_text("{}", encoding="utf-8")
    assert sorted(p.name for p in target.iterdir()) == ["fever_builder.json"]


# Runs a build whose first stage signals that it has started, then sleeps.
KILLED_BUILD = """
import sys, time
import fever_builder.executors as executors
def stalled(job, index):
    print("staging", job.staging, flush=True)
    time.sleep(60)
executors.generate_shard = stalled
from fever_builder.cli import main
main(["build", "--input", sys.argv[1], "--output", sys.argv[2], "--test-size", "0.5"])
"""


def test_a_killed_build_then_a_new_build_leaves_no_staging_folder(tmp_path: Path) -> None:
    inputs = tmp_path / "input"
    inputs.mkdir()
    (inputs / ARTICLE.name).write_bytes(ARTICLE.read_bytes())
    output = tmp_path / "data"
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_BUILD, str(inputs), str(output)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    line = child.stdout.readline() if child.stdout else ""
    assert line.startswith("staging "), line
    staging = Path(line.split(" ", 1)[1].strip())
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()  # type: ignore[union-attr]
    assert staging.is_dir()  # the debris a killed build leaves
    start = time.monotonic()
    result = CliRunner().invoke(
        main, ["build", "--input", str(inputs), "--output", str(output), "--test-size", "0.5"]
    )
    assert result.exit_code == 0, result.output
    assert f"removed {staging}: the staging folder of a build that was stopped" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "input"]
    assert time.monotonic() - start < 60
