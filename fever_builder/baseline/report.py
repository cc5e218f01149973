"""Scores, the evaluation report and its renderings (terminal table, Markdown, plots).

One result (one model on one test set) is a dict::

    {"model": "claim_evidence", "test_set": "test", "n": 400,
     "accuracy": 0.91, "macro_f1": 0.91,
     "per_label": {"SUPPORTS": {"precision": ..., "recall": ..., "f1": ..., "support": 200}, ...},
     "per_mutation": {"date": {"n": 80, "accuracy": 0.95}, ...},
     "confusion": [[180, 20], [16, 184]]}

``confusion[i][j]`` counts claims whose gold label is the i-th and predicted
label the j-th of the labels *present* (in the gold or the predicted labels),
taken in the order SUPPORTS, REFUTES, NOT ENOUGH INFO. A two-label test set
therefore has a 2x2 matrix [[S->S, S->R], [R->S, R->R]]. ``macro_f1`` and
``per_label`` use the same labels. Scores are rounded to 4 decimals.

The report is ``{"train_size": N, "results": [result, ...]}``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

from fever_builder.baseline.data import LABELS
from fever_builder.errors import OutputError, ParameterError

__all__ = [
    "RESULT_KEYS",
    "format_table",
    "labels_present",
    "markdown_report",
    "plot_confusion",
    "score",
    "write_report",
]

RESULT_KEYS: tuple[str, ...] = (
    "model",
    "test_set",
    "n",
    "accuracy",
    "macro_f1",
    "per_label",
    "per_mutation",
    "confusion",
)
_DIGITS = 4
_SHORT = {"SUPPORTS": "S", "REFUTES": "R", "NOT ENOUGH INFO": "NEI"}


def labels_present(gold: Sequence[str], predicted: Sequence[str]) -> list[str]:
    """The labels found in ``gold`` or ``predicted``, in :data:`LABELS` order."""
    seen = set(gold) | set(predicted)
    return [label for label in LABELS if label in seen]


def score(
    gold: Sequence[str], predicted: Sequence[str], mutations: Sequence[str]
) -> dict[str, object]:
    """Accuracy, macro F1, per-label and per-mutation scores and the confusion matrix.

    Args:
        gold: the gold labels.
        predicted: the predicted labels, one per gold label.
        mutations: each claim's mutation (how it was made), one per gold label.

    Returns:
        ``{"n", "accuracy", "macro_f1", "per_label", "per_mutation", "confusion"}``;
        see the module docstring for the confusion matrix's order.

    Raises:
        ParameterError: when the three sequences differ in length or are empty.
    """
    if not len(gold) == len(predicted) == len(mutations):
        raise ParameterError(
            "predicted/mutations",
            (len(gold), len(predicted), len(mutations)),
            "as long as gold (one entry per claim)",
        )
    if not gold:
        raise ParameterError("gold", [], "at least one claim")
    labels = labels_present(gold, predicted)
    precision, recall, f1, support = precision_recall_fscore_support(
        gold, predicted, labels=labels, zero_division=0
    )
    correct = np.asarray(gold, dtype=object) == np.asarray(predicted, dtype=object)
    per_mutation: dict[str, dict[str, object]] = {}
    for mutation in sorted(set(mutations)):
        mask = np.asarray(mutations, dtype=object) == mutation
        per_mutation[mutation] = {
            "n": int(mask.sum()),
            "accuracy": round(float(correct[mask].mean()), _DIGITS),
        }
    return {
        "n": len(gold),
        "accuracy": round(float(correct.mean()), _DIGITS),
        "macro_f1": round(float(np.mean(f1)), _DIGITS),
        "per_label": {
            label: {
                "precision": round(float(p), _DIGITS),
                "recall": round(float(r), _DIGITS),
                "f1": round(float(f), _DIGITS),
                "support": int(s),
            }
            for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
        },
        "per_mutation": per_mutation,
        "confusion": confusion_matrix(gold, predicted, labels=labels).tolist(),
    }


# ------------------------------------------------------------------ renderings


def format_table(report: dict[str, object]) -> str:
    """A plain-text table of every result: model, test set, n, accuracy, macro F1, and for
    the retrieval pipeline its FEVER score and recall at 5 (``-`` for gold-evidence models)."""
    results = report["results"]
    header = ("model", "test_set", "n", "accuracy", "macro_f1", "fever_score", "recall@5")
    rows = [
        (
            r["model"],
            r["test_set"],
            str(r["n"]),
            f"{r['accuracy']:.3f}",
            f"{r['macro_f1']:.3f}",
            _figure(r, "fever_score"),
            _figure(r, "recall_at_5"),
        )
        for r in results  # type: ignore[attr-defined]
    ]
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=False)]
    lines = [
        "  ".join(
            cell.ljust(width) if i < 2 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        )
        for row in (header, *rows)
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return f"trained on {report['train_size']} claims\n" + "\n".join(lines)


def _figure(result: dict[str, object], key: str) -> str:
    """A pipeline figure to 3 decimals, or ``-`` for a model given the gold evidence."""
    value = result.get(key)
    return "-" if value is None else f"{value:.3f}"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("_") or "set"


def figure_name(report_path: Path, model: str, test_set: str) -> str:
    """File name of one confusion-matrix plot, beside the report."""
    return f"{report_path.stem}_{_slug(model)}_{_slug(test_set)}_confusion.png"


def plot_confusion(result: dict[str, object], path: Path) -> None:
    """Draw one result's confusion matrix (rows gold, columns predicted) as a PNG.

    Uses matplotlib's Agg canvas directly, so no display and no global pyplot state.
    """
    matrix = np.asarray(result["confusion"])
    labels = [label for label in LABELS if label in result["per_label"]]  # type: ignore[operator]
    figure = Figure(figsize=(1.6 + 1.1 * len(labels), 1.4 + 1.0 * len(labels)), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.imshow(matrix, cmap="Blues", vmin=0, vmax=max(1, int(matrix.max())))
    ticks = [_SHORT.get(label, label) for label in labels]
    axes.set_xticks(range(len(labels)), ticks)
    axes.set_yticks(range(len(labels)), ticks)
    axes.set_xlabel("predicted")
    axes.set_ylabel("gold")
    axes.set_title(f"{result['model']} on {result['test_set']}", fontsize=9)
    threshold = matrix.max() / 2 if matrix.size else 0
    for (i, j), count in np.ndenumerate(matrix):
        colour = "white" if count > threshold else "black"
        axes.text(j, i, str(count), ha="center", va="center", color=colour)
    figure.tight_layout()
    figure.savefig(path)


def markdown_report(report: dict[str, object], figures: dict[tuple[str, str], str]) -> str:
    """The report as Markdown: summary, then per result its labels, mutations and plot.

    Args:
        report: the report dict.
        figures: (model, test_set) -> relative path of its confusion-matrix PNG.
    """
    results: list[dict] = report["results"]  # type: ignore[assignment]
    out = [
        "# Baseline evaluation",
        "",
        f"Trained on {report['train_size']} claims. `claim_evidence` reads the claim and its "
        "evidence; `claim_only` reads the claim alone, so a high `claim_only` score means "
        "the claims give their label away (annotation artefacts). Both are given the gold "
        "evidence. `pipeline` is FEVER's task without it: TF-IDF retrieval of pages and five "
        "sentences from `wiki_pages`, then `claim_evidence` on what was retrieved; its FEVER "
        "score counts a claim when the label is right and (unless NOT ENOUGH INFO) a whole gold "
        "evidence set is among the five sentences, and recall@5 is the share of claims with a "
        "whole gold set among them.",
        "",
        "| model | test set | n | accuracy | macro F1 | FEVER score | recall@5 |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    out += [
        f"| {r['model']} | {r['test_set']} | {r['n']} | {r['accuracy']:.3f} | {r['macro_f1']:.3f} "
        f"| {_figure(r, 'fever_score')} | {_figure(r, 'recall_at_5')} |"
        for r in results
    ]
    for r in results:
        if "fever_score" in r:
            out += [
                "",
                f"`pipeline` on {r['test_set']}: FEVER score {r['fever_score']:.3f}, label "
                f"accuracy {r['label_accuracy']:.3f}; evidence precision "
                f"{r['evidence_precision']:.3f}, recall {r['evidence_recall']:.3f}, F1 "
                f"{r['evidence_f1']:.3f} (FEVER's definitions, first five sentences); gold pages "
                f"retrieved for {r['page_recall']:.1%} of the claims.",
            ]
    for r in results:
        out += [
            "",
            f"## {r['model']} on {r['test_set']}",
            "",
            "| label | precision | recall | F1 | support |",
            "|---|---:|---:|---:|---:|",
        ]
        out += [
            f"| {label} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} "
            f"| {s['support']} |"
            for label, s in r["per_label"].items()
        ]
        out += ["", "| mutation | n | accuracy |", "|---|---:|---:|"]
        out += [
            f"| {mutation} | {s['n']} | {s['accuracy']:.3f} |"
            for mutation, s in r["per_mutation"].items()
        ]
        figure = figures.get((r["model"], r["test_set"]))
        if figure is not None:
            out += [
                "",
                f"![confusion matrix of {r['model']} on {r['test_set']}]({figure})",
                "",
                "Rows are gold labels, columns predicted labels "
                "(S = SUPPORTS, R = REFUTES, NEI = NOT ENOUGH INFO).",
            ]
    return "\n".join(out) + "\n"


def write_report(report: dict[str, object], report_path: str | Path) -> list[Path]:
    """Write the JSON report, a Markdown report beside it and one PNG per result.

    The Markdown file is ``report_path`` with suffix ``.md``; plots are named by
    :func:`figure_name` in the same folder. Returns the paths written.

    Raises:
        OutputError: when the folder cannot be created or a file cannot be written.
    """
    report_path = Path(report_path)
    markdown_path = report_path.with_suffix(".md")
    if markdown_path == report_path:
        raise OutputError(
            f"{report_path}: the Markdown report goes beside the JSON report; "
            "give --report a .json path"
        )
    try:
        report_path.parent.mkdir(parents=True, exist_ok=True)
        written = [report_path]
        report_path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        figures: dict[tuple[str, str], str] = {}
        for result in report["results"]:  # type: ignore[attr-defined]
            name = figure_name(report_path, result["model"], result["test_set"])
            plot_confusion(result, report_path.parent / name)
            figures[(result["model"], result["test_set"])] = name
            written.append(report_path.parent / name)
        markdown_path.write_text(markdown_report(report, figures), encoding="utf-8")
        written.append(markdown_path)
    except OSError as error:
        raise OutputError(
            f"{error.filename or report_path}: cannot write the report ({error.strerror}); "
            "pass --report with a writable path"
        ) from error
    return written
