"""Score FEVER's pipeline (retrieval, then the verifier) on a built test split.

One result, next to the gold-evidence models' results (see
:mod:`fever_builder.baseline.report`)::

    {"model": "pipeline", "test_set": "test", "n": 482, "accuracy": ..., "macro_f1": ...,
     "per_label": {...}, "per_mutation": {...}, "confusion": [...],
     "fever_score": ..., "label_accuracy": ..., "evidence_precision": ...,
     "evidence_recall": ..., "evidence_f1": ..., "recall_at_5": ..., "page_recall": ...}

``fever_score``, ``label_accuracy`` and ``evidence_*`` are the FEVER
scorer's figures over the first five predicted sentences. ``recall_at_5`` is
the share of the SUPPORTS/REFUTES claims with a whole gold evidence set among
the five retrieved sentences (whatever the predicted label), ``page_recall``
the share whose gold pages were all among the retrieved pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sklearn.pipeline import Pipeline

from fever_builder.baseline.data import ClaimRow, iter_claims_file, split_files, titled_text
from fever_builder.baseline.fever_score import MAX_EVIDENCE, fever_score
from fever_builder.baseline.report import score
from fever_builder.baseline.retrieval import PAGES, SENTENCES, Retriever, gold_evidence, read_corpus
from fever_builder.claims.model import NEI
from fever_builder.dataset.output import NEI_DIR

__all__ = ["VERIFY", "nei_files", "pipeline_result"]

# How many of the selected sentences the verifier reads (joined): the best one.
VERIFY = 1
_DIGITS = 4


def nei_files(data_dir: Path, split: str) -> list[Path]:
    """The nei config's files of one split (empty without --nei)."""
    return sorted(data_dir.glob(f"{NEI_DIR}/{split}*.jsonl"))


def pipeline_result(
    data_dir: str | Path,
    verifier: Pipeline,
    *,
    test_set: str,
    files: Sequence[Path] | None = None,
    pages: int = PAGES,
    sentences: int = SENTENCES,
    verify: int = VERIFY,
) -> dict[str, object]:
    """Retrieve evidence for every claim of ``files`` (the test split by default) and verify it.

    Args:
        data_dir: the built dataset (its ``wiki_pages`` are the corpus).
        verifier: a fitted ``claim_evidence`` pipeline.
        test_set: the name the result is reported under.
        files: the claims files to score; the built test split when None.
        pages, sentences: how many pages to retrieve and sentences to select.
        verify: how many of the selected sentences the verifier reads.

    Raises:
        DataError: when the pages or the claims are missing or malformed.
    """
    data_dir = Path(data_dir)
    files = list(files) if files is not None else split_files(data_dir, "test")
    rows: list[ClaimRow] = [row for path in files for row in iter_claims_file(path)]
    gold = [sets for path in files for sets in gold_evidence(path)]
    retriever = Retriever(pages=pages, sentences=sentences).fit(read_corpus(data_dir))
    claims = [row.claim for row in rows]
    retrieved_pages = retriever.retrieve_pages(claims)
    predicted = retriever.select_sentences(claims, retrieved_pages)
    pairs = [
        (
            row.claim,
            titled_text((page, retriever.text(page, line)) for page, line in found[:verify]),
        )
        for row, found in zip(rows, predicted, strict=True)
    ]
    labels = [str(label) for label in verifier.predict(pairs)]
    instances = [
        {
            "label": row.label,
            "evidence": []
            if row.label == NEI
            else [[[None, None, p, k] for p, k in s] for s in sets],
            "predicted_label": label,
            "predicted_evidence": [list(item) for item in found],
        }
        for row, sets, label, found in zip(rows, gold, labels, predicted, strict=True)
    ]
    figures = fever_score(instances, max_evidence=MAX_EVIDENCE)
    verifiable = [
        (sets, found)
        for row, sets, found in zip(rows, gold, predicted, strict=True)
        if row.label != NEI
    ]
    found_sets = sum(
        any(all(item in set(found[:MAX_EVIDENCE]) for item in group) for group in sets)
        for sets, found in verifiable
    )
    page_hits = 0
    for row, sets, page_list in zip(rows, gold, retrieved_pages, strict=True):
        if row.label == NEI:
            continue
        titles = {retriever.corpus_.titles[p] for p in page_list}
        page_hits += any(all(page in titles for page, _ in group) for group in sets)
    result = {
        "model": "pipeline",
        "test_set": test_set,
        **score([r.label for r in rows], labels, [r.mutation for r in rows]),
        "fever_score": round(figures.fever_score, _DIGITS),
        "label_accuracy": round(figures.label_accuracy, _DIGITS),
        "evidence_precision": round(figures.precision, _DIGITS),
        "evidence_recall": round(figures.recall, _DIGITS),
        "evidence_f1": round(figures.f1, _DIGITS),
        "recall_at_5": round(found_sets / len(verifiable), _DIGITS) if verifiable else 0.0,
        "page_recall": round(page_hits / len(verifiable), _DIGITS) if verifiable else 0.0,
    }
    return result
