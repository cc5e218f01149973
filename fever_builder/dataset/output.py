"""Safe output: build into a temporary folder next to the target, then swap it in.

A failed build leaves the previous output untouched; a folder that does not
look like a previous build is never replaced without ``force``.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from fever_builder.dataset.staging import STAGING_MARKER, staging_prefix, write_marker
from fever_builder.errors import OutputError

# Written into every build; its presence marks a folder as ours to replace.
MARKER = "fever_builder.json"
# The folders of a build: claims, claims with NOT ENOUGH INFO, pages.
CLAIMS_DIR = "claims"
NEI_DIR = "nei"
PAGES_DIR = "wiki_pages"


def looks_like_build(folder: Path) -> bool:
    """True when ``folder`` is missing, empty, or holds a previous build."""
    if not folder.exists():
        return True
    if not folder.is_dir():
        return False
    return (folder / MARKER).is_file() or not any(folder.iterdir())


def check_output(target: Path, *, force: bool = False, inputs: Iterable[Path] = ()) -> None:
    """Raise ``OutputError`` if ``target`` may not be replaced by a build.

    A file, the current folder or one above it, a folder that is or holds an
    input, or (unless ``force``) a folder holding files that are not a previous
    build, may not; nor a folder whose parent cannot be created or written.
    A build calls this before reading, so the user hears it at once, and again
    when it swaps the new folder in.
    """
    target = target.resolve()
    if target.exists() and not target.is_dir():
        raise OutputError(f"--output {target} is a file; give a folder path")
    if target == Path.cwd().resolve() or target in Path.cwd().resolve().parents:
        raise OutputError(
            f"--output {target} is the current folder or holds it; replacing it would delete "
            "everything in it; give a folder of its own, e.g. --output data"
        )
    for source in inputs:
        source = source.resolve()
        if source == target or target in source.parents:
            raise OutputError(
                f"--output {target} holds the input {source}; replacing it would delete the "
                "input; give another output folder"
            )
    parent = next((p for p in [target.parent, *target.parent.parents] if p.exists()), None)
    if parent is None or not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(
            f"--output {target} cannot be created: {parent} is not a writable folder; "
            "choose an output folder you can write to"
        )
    if not force and not looks_like_build(target):
        raise OutputError(
            f"--output {target} holds files that are not a fever-builder build "
            f"(no {MARKER}); choose an empty folder or pass --force to replace it"
        )


def new_staging(target: Path, *, force: bool = False, detached: bool = False) -> Path:
    """A new temporary folder next to ``target`` to build into, marked as this build's.

    ``detached``: the folder is finished by other processes (Slurm jobs), so
    no later build may take it for a killed build's (see ``staging.sweep``).
    Raises ``OutputError`` if ``target`` holds files that are not a previous
    build and ``force`` is not set, or cannot be created.
    """
    check_output(target, force=force)
    target = target.resolve()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=staging_prefix(target), dir=target.parent))
        write_marker(staging, target, detached=detached)
        return staging
    except OSError as error:
        raise OutputError(
            f"--output {target} cannot be created ({error.strerror}); choose another folder"
        ) from error


def commit_staging(staging: Path, target: Path) -> None:
    """Swap a finished staging folder in for ``target`` (two renames)."""
    target = target.resolve()
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    # the staging marker belongs to the build, not to the dataset
    (staging / STAGING_MARKER).unlink(missing_ok=True)
    staging.chmod(0o755)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)


@contextmanager
def staged_folder(target: Path, *, force: bool = False) -> Iterator[Path]:
    """Yield a temporary folder; on success it replaces ``target`` in one rename.

    Raises ``OutputError`` before any work if ``target`` holds files that are
    not a previous build and ``force`` is not set.
    """
    staging = new_staging(target, force=force)
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    commit_staging(staging, target)


def dumps(row: object) -> str:
    """One JSON line: UTF-8 characters kept, keys in the order given."""
    return json.dumps(row, ensure_ascii=False)


def write_jsonl(path: Path, rows: Iterable[dict[str, object]]) -> int:
    """Write rows as JSON lines with ``jsonlines``; return how many were written."""
    import jsonlines

    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        writer = jsonlines.Writer(handle, dumps=dumps, flush=False)
        for row in rows:
            writer.write(row)
            count += 1
        writer.close()
    return count
