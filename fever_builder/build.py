"""The build: files -> pages -> (claims -> splits) -> the output folder."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from fever_builder.claims.generate import generate
from fever_builder.claims.model import LABELS, Claim
from fever_builder.claims.nei import make_nei
from fever_builder.config import BuildConfig
from fever_builder.corpus import Page
from fever_builder.dataset.artefacts import claim_only_accuracy, overlap_rule_accuracy
from fever_builder.dataset.card import CLAIMS_DIR, NEI_DIR, PAGES_DIR, render_card
from fever_builder.dataset.output import MARKER, check_output, staged_folder, write_jsonl
from fever_builder.dataset.pages import page_row, unique_titles
from fever_builder.dataset.split import split_claims
from fever_builder.errors import FeverBuilderError, InputFileError
from fever_builder.readers import FileResult, list_inputs, read_file
from fever_builder.text.dedup import assign_groups

PAGES_FILE = Path(PAGES_DIR) / "wiki_pages-00000.jsonl"


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
    splits: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    artefacts: dict[str, float] = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)


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
    files = _input_files(config)
    reader = partial(read_file, format=config.format)
    with ExitStack() as stack:
        if config.workers > 1 and len(files) > 1:
            # files are independent: read them in worker processes; results come
            # back in input order, so the progress bar follows real work
            pool = stack.enter_context(ProcessPoolExecutor(max_workers=config.workers))
            results: Iterable[FileResult] = pool.map(reader, files, chunksize=4)
        else:
            results = map(reader, files)
        for path, file in zip(progress(files), results, strict=True):
            _add_file(result, pages, config, path, file)
    pages = assign_groups(list(unique_titles(pages)))
    result.pages = len(pages)
    result.sentences = sum(len(p.sentences) for p in pages)
    return pages, result


def _add_file(
    result: BuildResult, pages: list[Page], config: BuildConfig, path: Path, file: FileResult
) -> None:
    """Record one read file: its pages (with their source path) and its summary."""
    root = next((p for p in config.inputs if p.is_dir() and p in path.parents), None)
    source = str(path.relative_to(root)) if root else path.name
    pages.extend(
        replace(page, source=_source(page.source, str(path), source)) for page in file.pages
    )
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


def _input_files(config: BuildConfig) -> list[Path]:
    """The input files, without the output folder or any previous build inside the inputs.

    ``--input . --output data`` must not read last build's claims back in as
    articles.
    """
    output = config.output.resolve()
    kept = []
    for path in list_inputs(list(config.inputs)):
        resolved = path.resolve()
        if output in resolved.parents:
            continue
        if any((folder / MARKER).is_file() for folder in resolved.parents):
            continue
        kept.append(path)
    return kept


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
    ``config.strict`` is set and any input file had a problem; raises
    ``OutputError`` before reading anything when the output folder may not be
    replaced.
    """
    check_output(config.output, force=config.force, inputs=config.inputs)
    pages, result = read_corpus(config, progress=progress)
    if config.strict and result.problems:
        raise BuildFailed(
            f"{len(result.problems)} input problem(s) and --strict is set; nothing was written",
            result,
        )
    if not pages:
        raise BuildFailed("no usable input: every file was skipped; nothing was written", result)
    generation = generate(pages, seed=config.seed)
    claims = generation.claims
    nei = make_nei(claims, pages, seed=config.seed) if config.nei else []
    combined = split_claims(
        [*claims, *nei],
        test_size=config.test_size,
        seed=config.seed,
        validation_size=config.validation_size,
    )
    splits = {name: [c for c in rows if c.label != LABELS[2]] for name, rows in combined.items()}
    empty = [name for name, rows in splits.items() if not rows]
    if empty:
        raise BuildFailed(
            f"the {' and '.join(empty)} split(s) would be empty: {len(claims)} claims from "
            f"{result.sentences} sentences are too few for --test-size {config.test_size}"
            f" and --validation-size {config.validation_size}; add input or change the sizes; "
            "nothing was written",
            result,
        )
    nei_splits = combined if config.nei else None
    result.dropped = dict(sorted(generation.dropped.items()))
    result.splits = {name: _counts(rows) for name, rows in (nei_splits or splits).items()}
    result.artefacts = _artefacts(splits)
    with staged_folder(config.output, force=config.force) as staging:
        write_jsonl(staging / PAGES_FILE, (page_row(p) for p in pages))
        for name, rows in splits.items():
            write_jsonl(staging / CLAIMS_DIR / f"{name}-00000.jsonl", (c.to_row() for c in rows))
        for name, rows in (nei_splits or {}).items():
            write_jsonl(staging / NEI_DIR / f"{name}-00000.jsonl", (c.to_row() for c in rows))
        card = render_card(
            splits,
            nei_splits=nei_splits,
            pages=result.pages,
            sentences=result.sentences,
            seed=config.seed,
            test_size=config.test_size,
            artefacts=result.artefacts,
            dropped=result.dropped,
        )
        (staging / "README.md").write_text(card, encoding="utf-8")
        manifest = {
            "tool": "fever-builder",
            "seed": config.seed,
            "test_size": config.test_size,
            "nei": config.nei,
            "pages": result.pages,
            "sentences": result.sentences,
            "splits": result.splits,
            "artefacts": result.artefacts,
            "dropped": result.dropped,
            "files": [
                {
                    "path": Path(f.path).name,
                    "format": f.format,
                    "pages": f.pages,
                    "sentences": f.sentences,
                    "dropped": f.dropped,
                }
                for f in result.files
            ],
        }
        (staging / MARKER).write_text(
            json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return result


def _counts(claims: list[Claim]) -> dict[str, dict[str, int]]:
    labels: dict[str, int] = {}
    mutations: dict[str, int] = {}
    for claim in claims:
        labels[claim.label] = labels.get(claim.label, 0) + 1
        mutations[claim.mutation] = mutations.get(claim.mutation, 0) + 1
    return {
        "claims": {"total": len(claims)},
        "label": dict(sorted(labels.items())),
        "mutation": dict(sorted(mutations.items())),
    }


def _artefacts(splits: dict[str, list[Claim]]) -> dict[str, float]:
    """Claim-only and word-overlap accuracy on test, rounded so the card is stable."""
    train, test = splits["train"], splits["test"]
    if not train or not test or len({c.label for c in train}) < 2:
        return {}
    overlap, _ = overlap_rule_accuracy(train, test)
    content_overlap, _ = overlap_rule_accuracy(train, test, content=True)
    return {
        "claim-only TF-IDF words 1-2 + logistic regression": round(
            claim_only_accuracy(train, test, analyzer="word"), 4
        ),
        "claim-only TF-IDF characters 2-5 + logistic regression": round(
            claim_only_accuracy(train, test, analyzer="char_wb"), 4
        ),
        "word overlap (all words) >= threshold tuned on train": round(overlap, 4),
        "word overlap (content words) >= threshold tuned on train": round(content_overlap, 4),
    }
