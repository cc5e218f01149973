"""Staging folders a killed build left behind: proved ours, then removed.

A build writes into ``.<output>.building-*`` next to the output and renames
it into place at the end. A build killed with SIGKILL (or by the machine
going down) cannot clean up, and at FEVER scale its folder holds gigabytes.
Each staging folder gets a marker file at creation naming its output, host,
boot and process; a later build of the same output removes a folder only
when its marker proves the build that made it is gone: the same host, and
the machine rebooted since or that process no longer running (a reused
process id is told apart by its start time). Anything else is left and
reported: a folder without a marker, one from another host, one a Slurm
submission made (its jobs run on after the submitting process exits), or one
whose build still runs.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
from pathlib import Path

STAGING_MARKER = ".fever-builder-staging.json"


def staging_prefix(target: Path) -> str:
    """The name every staging folder of ``target`` starts with."""
    return f".{target.name}.building-"


def write_marker(staging: Path, target: Path, *, detached: bool = False) -> None:
    """Mark ``staging`` as this process's staging folder for ``target``.

    ``detached``: the folder outlives this process on purpose (a Slurm
    submission): never removed by another build.
    """
    marker = {
        "tool": "fever-builder",
        "output": str(target),
        "host": socket.gethostname(),
        "boot": _boot_id(),
        "pid": os.getpid(),
        "started": _start_time(os.getpid()),
        "detached": detached,
    }
    (staging / STAGING_MARKER).write_text(json.dumps(marker) + "\n", encoding="utf-8")


def sweep(target: Path) -> list[str]:
    """Remove the staging folders (and their task logs) that killed builds of ``target`` left.

    ``target`` is the resolved output path. Returns one line per folder found,
    saying whether it was removed or why it was left.
    """
    notes = []
    prefix = staging_prefix(target)
    try:
        candidates = sorted(p for p in target.parent.iterdir() if p.name.startswith(prefix))
    except OSError:
        return []
    for folder in candidates:
        if folder.name.endswith(".logs") or folder.is_symlink() or not folder.is_dir():
            continue
        reason = _why_kept(folder, target)
        if reason is None:
            shutil.rmtree(folder, ignore_errors=True)
            logs = folder.with_name(folder.name + ".logs")
            if logs.is_dir() and not logs.is_symlink():
                shutil.rmtree(logs, ignore_errors=True)
            notes.append(f"removed {folder}: the staging folder of a build that was stopped")
        elif reason:
            notes.append(f"left {folder}: {reason}")
    return notes


def _why_kept(folder: Path, target: Path) -> str | None:
    """None when ``folder`` is provably a dead build's; else why it stays ("" for a live one)."""
    try:
        marker = json.loads((folder / STAGING_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return (
            "no fever-builder marker, so it may not be a build's; remove it by hand if no "
            "build of this output is running"
        )
    if not isinstance(marker, dict) or marker.get("output") != str(target):
        return "its marker names another output"
    if marker.get("detached"):
        return "a Slurm build's; remove it once its jobs are done (scancel them if stuck)"
    if marker.get("host") != socket.gethostname():
        return f"made on host {marker.get('host')!r}; it may still be building there"
    if marker.get("boot") and marker.get("boot") != _boot_id():
        return None  # the machine restarted since: that build is gone
    pid = marker.get("pid")
    if not isinstance(pid, int) or pid <= 0:
        return "its marker names no process"
    if pid != os.getpid() and _running(pid) and _start_time(pid) == marker.get("started"):
        return ""  # another build of this output is running: its folder, not ours to touch
    return None


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return True
    return stat[stat.rfind(")") + 2 :][:1] not in ("Z", "X")  # a zombie has ended


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""


def _start_time(pid: int) -> str:
    """The process's start time in clock ticks since boot (Linux), or "" where unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    # the command name (field 2) may hold spaces and brackets: count fields after its last ")"
    fields = stat[stat.rfind(")") + 2 :].split()
    return fields[19] if len(fields) > 19 else ""
