"""A build's helper processes: the cores it uses, a quiet end on Ctrl-C, a clear error if killed."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Sequence

import pytest

from fever_builder.analysis import pipeline as analysis
from fever_builder.errors import ParseProcessError
from fever_builder.processes import MAX_PARSE_PROCESSES, exit_on_interrupt, forks, usable_cores

pytestmark = pytest.mark.skipif(not forks(), reason="helpers are forked processes")

SENTENCES = [
    "Nero was born in Antium in 37 AD.",
    "The typhoon killed four people in the Philippines.",
    "American Beauty was directed by Sam Mendes.",
    "Manila is the capital of the Philippines.",
]


def _helper(started: object) -> None:
    exit_on_interrupt()
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
