"""The build: files -> pages -> (claims -> splits) -> the output folder."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from fever_builder.config import BuildConfig
from fever_builder.corpus import Page
from fever_builder.dataset.output import MARKER, dumps, staged_folder, write_jsonl
from fever_builder.dataset.pages import page_row, unique_titles
from fever_builder.errors import FeverBuilderError, InputFileError
from fever_builder.readers import list_inputs, read_file
from fever_builder.text.dedup import assign_groups

PAGES_FILE = Path("wiki_pages") / "wiki_pages.jsonl"


@dataclass
class FileSummary:
    """What one input file gave."""

    path: str
    format: str
    pages: int
    sentences: int
    dropped: dict[str, int]
    problems: list[str]


@dataclass
class BuildResult:
    """What a build read and wrote; the CLI prints it, tests assert on it."""

    output: Path
    files: list[FileSummary] = field(default_factory=list)
    problems: list[InputFileError] = field(default_factory=list)
    pages: int = 0
    sentences: int = 0


class BuildFailed(FeverBuilderError):
    """The build stopped; nothing was written."""

    def __init__(self, message: str, result: BuildResult) -> None:
        super().__init__(message)
        self.result = result


def read_corpus(
    config: BuildConfig,
    *,
    progress: Callable[[Iterable[Path]], Iterable[Path]] = lambda files: files,
) -> tuple[list[Page], BuildResult]:
    """Read every input file into pages with unique titles and duplicate groups."""
    result = BuildResult(output=config.output)
    pages: list[Page] = []
    for path in progress(list_inputs(list(config.inputs))):
        file = read_file(path, format=config.format)
        root = next((p for p in config.inputs if p.is_dir() and p in path.parents), None)
        source = str(path.relative_to(root)) if root else path.name
        pages.extend(replace(page, source=_source(page.source, str(path), source)) for page in file.pages)
        result.problems.extend(file.problems)
        dropped: dict[str, int] = {}
        for page in file.pages:
            for reason, count in page.dropped.items():
                dropped[reason] = dropped.get(reason, 0) + count
        result.files.append(
            FileSummary(
                path=str(path),
                format=file.format,
                pages=len(file.pages),
                sentences=sum(len(p.sentences) for p in file.pages),
                dropped=dict(sorted(dropped.items())),
                problems=[str(p) for p in file.problems],
            )
        )
    pages = assign_groups(list(unique_titles(pages)))
    result.pages = len(pages)
    result.sentences = sum(len(p.sentences) for p in pages)
    return pages, result


def _source(page_source: str, path: str, relative: str) -> str:
    # JSONL pages carry "path:line"; keep the line, drop the machine's folder
    return relative + page_source[len(path) :] if page_source.startswith(path) else relative


def build(
    config: BuildConfig,
    *,
    progress: Callable[[Iterable[Path]], Iterable[Path]] = lambda files: files,
) -> BuildResult:
    """Run a whole build and swap the new output folder in.

    Raises ``BuildFailed`` (writing nothing) when no input is usable, or when
    ``config.strict`` is set and any input file had a problem.
    """
    pages, result = read_corpus(config, progress=progress)
    if config.strict and result.problems:
        raise BuildFailed(
            f"{len(result.problems)} input problem(s) and --strict is set; nothing was written",
            result,
        )
    if not pages:
        raise BuildFailed("no usable input: every file was skipped; nothing was written", result)
    with staged_folder(config.output, force=config.force) as staging:
        write_jsonl(staging / PAGES_FILE, (page_row(p) for p in pages))
        manifest = {
            "tool": "fever-builder",
            "pages": result.pages,
            "sentences": result.sentences,
            "files": [
                {"path": Path(f.path).name, "format": f.format, "pages": f.pages,
                 "sentences": f.sentences, "dropped": f.dropped}
                for f in result.files
            ],
        }
        (staging / MARKER).write_text(dumps(manifest) + "\n", encoding="utf-8")
    return result
