"""Click commands `evaluate` and `predict`: thin wrappers over :mod:`.evaluate`.

The lead adds them to the `fever-builder` group::

    from fever_builder.baseline.commands import evaluate_command, predict_command
    main.add_command(evaluate_command)
    main.add_command(predict_command)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from fever_builder.errors import FeverBuilderError

__all__ = ["evaluate_command", "predict_command"]


def _data_option(help_text: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """The --data option both commands take."""
    return click.option(
        "--data",
        "data_dir",
        type=click.Path(path_type=Path),
        default=Path("data"),
        show_default=True,
        help=help_text,
    )


@click.command(name="evaluate")
@_data_option("Built dataset folder (claims/train*.jsonl and claims/test*.jsonl).")
@click.option(
    "--test-file",
    "test_files",
    type=click.Path(path_type=Path),
    multiple=True,
    help="Extra claims JSONL to score, reported under its file stem. Repeatable.",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("reports/report.json"),
    show_default=True,
    help="JSON report to write; a Markdown report and confusion-matrix PNGs go beside it.",
)
def evaluate_command(data_dir: Path, test_files: tuple[Path, ...], report_path: Path) -> None:
    """Train the baselines on the train split and score them.

    Two models: claim_evidence (claim + evidence: TF-IDF and pair features such
    as numbers, names or negation that disagree) and claim_only (the claim
    alone; a high score means the claims give their label away). Each is
    scored on the built test split ("test") and on every --test-file.

    \b
    Example:
      fever-builder evaluate --data data/ --report reports/report.json
      fever-builder evaluate --test-file symmetric_dev.jsonl
    """
    # scikit-learn and matplotlib load here, not with every command
    from fever_builder.baseline.evaluate import evaluate
    from fever_builder.baseline.report import format_table

    try:
        report = evaluate(data_dir, test_files=test_files, report_path=report_path)
    except FeverBuilderError as error:
        raise click.ClickException(str(error)) from error
    click.echo(format_table(report))
    click.echo(f"report: {report_path} (and {report_path.with_suffix('.md')} with plots)")


@click.command(name="predict")
@click.option("--claim", required=True, help="The claim to verify.")
@click.option(
    "--evidence",
    default="",
    show_default=False,
    help="The evidence sentence(s); plain or FEVER-tokenised text. Empty = none.",
)
@_data_option("Built dataset folder whose train split trains the model.")
def predict_command(claim: str, evidence: str, data_dir: Path) -> None:
    """Label one claim against its evidence with the claim_evidence baseline.

    Trains on the dataset's train split first (a few seconds), then prints the
    label and its probability, tab-separated.

    \b
    Example:
      fever-builder predict --claim "Kalbajar fell in 1994." \\
        --evidence "The provincial capital fell on April 3, 1993."
    """
    if not claim.strip():
        raise click.ClickException(
            '--claim is empty; pass the claim text, e.g. --claim "Kalbajar fell in 1993."'
        )
    from fever_builder.baseline.evaluate import predict

    try:
        label, probability = predict(claim, evidence, data_dir=data_dir)
    except FeverBuilderError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"{label}\t{probability:.3f}")
