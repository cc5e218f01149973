"""The ``fever-builder`` command: thin commands over library functions."""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable
from pathlib import Path

import click

from fever_builder import __version__
from fever_builder.analysis.pipeline import DEFAULT_MODEL
from fever_builder.build import BuildFailed, BuildResult, build
from fever_builder.config import BuildConfig
from fever_builder.dataset.style import FEVER_SYMMETRIC_DEV, figures
from fever_builder.errors import FeverBuilderError
from fever_builder.executors import parse_options
from fever_builder.readers import FORMAT_NAMES

# Show a progress bar from this many shards on.
PROGRESS_MIN_SHARDS = 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fever-builder")
def main() -> None:
    """Turn a collection of articles into a FEVER-style fact-verification dataset.

    \b
    Example:
        fever-builder build --input seeds/ --output data/
        python -c 'import datasets; print(datasets.load_dataset("data"))'
        fever-builder evaluate --data data/
    """


@main.command("build")
@click.option(
    "--input",
    "inputs",
    multiple=True,
    type=click.Path(path_type=Path),
    default=(Path("seeds"),),
    show_default=True,
    help="Input file or folder (repeatable). Folders are read recursively.",
)
@click.option(
    "--output",
    type=click.Path(path_type=Path),
    default=Path("data"),
    show_default=True,
    help="Output folder; replaced atomically on success.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
@click.option(
    "--test-size",
    type=float,
    default=0.2,
    show_default=True,
    help="Share of claim groups in the test split.",
)
@click.option(
    "--validation-size",
    type=float,
    default=0.0,
    show_default=True,
    help="Share of claim groups in an optional validation split (0: none).",
)
@click.option(
    "--format",
    "format_",
    type=click.Choice(FORMAT_NAMES),
    default=None,
    help="Read every input as this format instead of detecting it per file.",
)
@click.option("--nei", is_flag=True, help="Also make NOT ENOUGH INFO claims (the nei config).")
@click.option(
    "--sample",
    type=float,
    default=1.0,
    show_default=True,
    help="Share of sentences (0 < F <= 1) that make claims, drawn by --seed with their "
    "copies. Every sentence is still evidence and checked against. For corpora of "
    "millions of sentences, e.g. 0.01 (see README).",
)
@click.option(
    "--spacy-model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="The spaCy English pipeline (an installed package name) that parses the sentences "
    "claims are made from, e.g. en_core_web_sm where the official package is installed.",
)
@click.option(
    "--parse-processes",
    type=int,
    default=None,
    help="Processes each shard's parse runs in (forked, each with its own copy of the "
    "pipeline). Default: the usable cores, up to 4, when the shards run one at a time; "
    "else 1. The output is the same for any value.",
)
@click.option(
    "--strict", is_flag=True, help="Fail (exit 1, write nothing) if any input file is bad."
)
@click.option(
    "--workers",
    type=int,
    default=1,
    show_default=True,
    help="Shards processed at once (processes on this machine, or tasks at once with "
    "--executor). The output is the same for any value.",
)
@click.option(
    "--shard-size",
    type=float,
    default=1.0,
    show_default=True,
    help="Input MiB per shard. Claims are checked against the texts of their shard; "
    "memory grows with it. The output depends on it (not on --workers).",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "ray", "slurm"]),
    default=None,
    help="Run the shards on a datatrove executor: local processes, a Ray cluster "
    "(RAY_ADDRESS or address=auto joins one; else a local one starts) or Slurm "
    "(submits the jobs and returns).",
)
@click.option(
    "--executor-option",
    "executor_options",
    multiple=True,
    metavar="KEY=VALUE",
    help="Passed to the datatrove executor (repeatable), e.g. partition=cpu time=04:00:00 "
    "for Slurm, cpus_per_task=2 for Ray. Values are JSON if they parse.",
)
@click.option(
    "--force", is_flag=True, help="Replace an output folder that is not a previous build."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no per-file summary.")
def build_command(
    inputs: tuple[Path, ...],
    output: Path,
    seed: int,
    test_size: float,
    validation_size: float,
    format_: str | None,
    nei: bool,
    sample: float,
    spacy_model: str,
    parse_processes: int | None,
    strict: bool,
    workers: int,
    shard_size: float,
    executor: str | None,
    executor_options: tuple[str, ...],
    force: bool,
    quiet: bool,
) -> None:
    """Build the dataset from articles in any supported format.

    Formats are detected per file: wiki text with '= Title =' headings,
    rendered-HTML text, scraped pages, sentence-id dumps and FEVER wiki-pages
    JSONL. Bad files are reported and skipped (--strict makes them fatal).

    Large inputs are cut into shards by size (--shard-size); the shards run
    in parallel with --workers, or on datatrove's local, Ray or Slurm
    executor with --executor. Every executor and worker count writes the
    same files.

    \b
    Examples:
        fever-builder build --input seeds/ --output data/ --seed 0
        fever-builder build --input wiki-pages/ --output fever/ --workers 16
        fever-builder build --input wiki-pages/ --output fever/ --executor slurm \\
            --executor-option partition=cpu --executor-option time=04:00:00
    """
    try:
        config = BuildConfig(
            inputs=inputs,
            output=output,
            seed=seed,
            test_size=test_size,
            validation_size=validation_size,
            format=format_,
            nei=nei,
            sample=sample,
            spacy_model=spacy_model,
            parse_processes=parse_processes,
            strict=strict,
            workers=workers,
            shard_bytes=int(shard_size * 2**20) if math.isfinite(shard_size) else -1,
            executor=executor,
            executor_options=parse_options(executor_options),
            force=force,
        )
    except FeverBuilderError as error:
        raise click.UsageError(str(error)) from error

    def progress(shards: Iterable[int], total: int, stage: str) -> Iterable[int]:
        if quiet or total < PROGRESS_MIN_SHARDS:
            return shards
        from tqdm import tqdm

        return tqdm(shards, total=total, desc=stage, unit="shard", file=sys.stderr)

    try:
        result = build(config, progress=None if quiet else progress)
    except BuildFailed as error:
        _print_summary(error.result, quiet=quiet)
        raise click.ClickException(str(error)) from error
    except FeverBuilderError as error:
        raise click.ClickException(str(error)) from error
    if result.submitted is not None:
        click.echo(
            f"submitted {result.shards} shard(s) to Slurm in four dependent jobs; the last "
            f"replaces {output}/ when they are done; building in {result.submitted}/, "
            f"task logs in {result.submitted}.logs/"
        )
        return
    _print_summary(result, quiet=quiet)
    for name, counts in result.splits.items():
        labels = ", ".join(f"{k} {v}" for k, v in counts["label"].items())
        mutations = ", ".join(f"{k} {v}" for k, v in counts["mutation"].items())
        click.echo(
            f"{name}: {counts['claims']['total']} claims ({labels}); by mutation: {mutations}"
        )
    for probe, accuracy in result.artefacts.items():
        click.echo(f"artefact check: {probe}: {accuracy:.3f} on test")
    if result.style is not None:
        fever = figures(FEVER_SYMMETRIC_DEV)
        for name, value in figures(result.style).items():
            click.echo(f"claim style: {name}: {value} (FEVER annotators: {fever[name]})")
    click.echo(f"wrote {result.pages} pages, {result.sentences} sentences to {output}/")


@main.command("export")
@click.option(
    "--data",
    "data_dir",
    type=click.Path(path_type=Path),
    default=Path("data"),
    show_default=True,
    help="Built dataset folder to export.",
)
@click.option(
    "--to",
    "target_format",
    type=click.Choice(["fever"]),
    default="fever",
    show_default=True,
    help="Format to write: fever = FEVER's shared-task claims and wiki-pages files.",
)
@click.option(
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="Output folder; replaced atomically on success.",
)
@click.option("--force", is_flag=True, help="Replace an output folder that is not an export.")
def export_command(data_dir: Path, target_format: str, output: Path, force: bool) -> None:
    """Write a built dataset in FEVER's own files, for FEVER's tools.

    Every split's claims as FEVER shared-task JSONL (int id, verifiable,
    label, claim, evidence as [[[annotation_id, evidence_id, page, line]]]),
    the pages as wiki-pages/wiki-NNN.jsonl, and claims.tsv / pages.tsv
    mapping FEVER ids back to the build's.

    \b
    Example:
      fever-builder export --data data/ --to fever --output fever/
      # fever/train.jsonl, fever/test.jsonl, fever/wiki-pages/wiki-001.jsonl
    """
    from fever_builder.dataset.fever_export import export_fever

    try:
        result = export_fever(data_dir, output, force=force)
    except FeverBuilderError as error:
        raise click.ClickException(str(error)) from error
    claims = ", ".join(f"{name} {n}" for name, n in result.claims.items())
    click.echo(
        f"wrote {claims} claims and {result.pages} pages in {result.page_files} "
        f"wiki-pages file(s) to {output}/ ({target_format} format)"
    )


def _register_baseline_commands() -> None:
    from fever_builder.baseline.commands import evaluate_command, predict_command

    main.add_command(evaluate_command)
    main.add_command(predict_command)


_register_baseline_commands()


def _print_summary(result: BuildResult, *, quiet: bool) -> None:
    if not quiet:
        for f in result.files:
            if f.pages:
                dropped = ", ".join(f"{k} {v}" for k, v in f.dropped.items()) or "none"
                removed = ", ".join(f"{k} {v}" for k, v in f.removed.items())
                click.echo(
                    f"{f.path}: {f.format}, {f.pages} page(s), {f.sentences} sentences, "
                    f"dropped: {dropped}" + (f"; characters removed: {removed}" if removed else "")
                )
    if result.removed:
        removed = ", ".join(f"{k} {v}" for k, v in result.removed.items())
        click.echo(
            f"removed characters from page ids and text: {removed} (control characters, "
            "bidirectional overrides and isolates, lone surrogates)"
        )
    for note in result.notes:
        click.echo(note)
    for problem in result.problems:
        click.echo(f"skipped {problem}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
