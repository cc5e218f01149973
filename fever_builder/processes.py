"""Helper processes of one build: how many cores it may use, and how they start and stop.

A build forks helpers (the parse's processes, the artefact checks' helper)
so that each starts with what the build has loaded. Ctrl-C reaches the whole
process group: the build stops and cleans up, and a helper should end without
a traceback of its own.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
from types import FrameType

# prctl's option that sends a signal to this process when its parent ends (Linux)
PR_SET_PDEATHSIG = 1
# parse processes a build uses by default at most: each more one holds a copy of the pipeline
MAX_PARSE_PROCESSES = 4


def forks() -> bool:
    """Whether this process may start helpers as forks of itself (so with what it has
    loaded): the start method is "fork" (asked without fixing it for the rest of the
    program), and this is not a daemonic process, which may have no children."""
    if multiprocessing.current_process().daemon:
        return False
    method = multiprocessing.get_start_method(allow_none=True)
    return (method or multiprocessing.get_all_start_methods()[0]) == "fork"


def usable_cores() -> int:
    """The cores this process may run on, up to :data:`MAX_PARSE_PROCESSES`."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_PARSE_PROCESSES))


def as_helper() -> None:
    """In a helper process, first thing: end at once and quietly on Ctrl-C (the build
    reports it), and end with the build if the build is killed (on Linux; elsewhere a
    helper of a killed build waits until it is ended by hand)."""
    signal.signal(signal.SIGINT, _exit)
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # no prctl here
        return
    if os.getppid() != parent:  # the build died before the call
        os._exit(128 + signal.SIGTERM)


def _exit(signum: int, frame: FrameType | None) -> None:
    os._exit(128 + signum)
