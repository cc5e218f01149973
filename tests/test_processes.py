"""A build's helper processes: the cores it uses, a quiet end on Ctrl-C, a clear error if killed."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from fever_builder.analysis import pipeline as analysis
from fever_builder.errors import ParseProcessError
from fever_builder.processes import MAX_PARSE_PROCESSES, as_helper, forks, usable_cores

pytestmark = pytest.mark.skipif(not forks(), reason="helpers are forked processes")

SENTENCES = [
    "Nero was born in Antium in 37 AD.",
    "The typhoon killed four people in the Philippines.",
    "American Beauty was directed by Sam Mendes.",
    "Manila is the capital of the Philippines.",
]


def _helper(started: object) -> None:
    as_helper()
    started.set()  # type: ignore[attr-defined]
    time.sleep(30)


def _killed(model: str, batch_size: int, texts: Sequence[str]) -> list:
    os._exit(137)  # as the out-of-memory killer leaves a process


def test_usable_cores_are_at_least_one_and_at_most_the_cap() -> None:
    assert 1 <= usable_cores() <= MAX_PARSE_PROCESSES


def test_a_helper_ends_at_once_and_quietly_on_ctrl_c() -> None:
    context = multiprocessing.get_context("fork")
    started = context.Event()
    helper = context.Process(target=_helper, args=(started,))
    helper.start()
    assert started.wait(10)
    os.kill(helper.pid, signal.SIGINT)
    helper.join(10)
    assert helper.exitcode == 128 + signal.SIGINT  # not 1, with a KeyboardInterrupt traceback


def test_a_killed_parse_process_stops_the_parse_with_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert len(analysis.parse(SENTENCES, batch_size=2, processes=2)) == len(SENTENCES)
    monkeypatch.setattr(analysis, "_parse_batch", _killed)
    with pytest.raises(ParseProcessError, match="--parse-processes 1"):
        analysis.parse(SENTENCES, batch_size=2, processes=2)


def _running(pid: int) -> bool:
    """Whether the process is there and not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_a_helper_ends_with_a_build_that_is_killed(tmp_path: Path) -> None:
    # a parse's pool processes wait on a queue whose other end they also hold: without
    # being told, they would wait for ever once the build is gone
    script = tmp_path / "killed_build.py"
    script.write_text(
        "import multiprocessing, os, signal, threading, time\n"
        "from fever_builder.analysis import pipeline\n"
        "pipeline.load_pipeline()\n"
        "def kill():\n"
        "    while len(multiprocessing.active_children()) < 2:\n"
        "        time.sleep(0.05)\n"
        "    print(*(p.pid for p in multiprocessing.active_children()), flush=True)\n"
        "    os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would\n"
        "threading.Thread(target=kill).start()\n"
        "pipeline.parse(['Nero was born in Antium in 37 AD.'] * 5000, processes=2)\n"
    )
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    helpers = [int(pid) for pid in run.stdout.split()]
    assert len(helpers) == 2, run.stderr
    deadline = time.monotonic() + 20
    while any(_running(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_running(pid) for pid in helpers), "a parse process outlived the build"


def _parse_in_a_daemon() -> None:
    assert len(analysis.parse(SENTENCES, batch_size=1, processes=2)) == len(SENTENCES)


def test_a_daemonic_process_parses_in_itself() -> None:
    # a daemonic process (a multiprocessing.Pool's worker) may start no processes
    context = multiprocessing.get_context("fork")
    daemon = context.Process(target=_parse_in_a_daemon, daemon=True)
    daemon.start()
    daemon.join(60)
    assert daemon.exitcode == 0
