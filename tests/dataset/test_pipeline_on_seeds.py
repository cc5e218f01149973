"""The retrieval pipeline in `evaluate` on the seeds build, with and without --nei."""

from __future__ import annotations

import time
from pathlib import Path

from fever_builder.baseline.evaluate import evaluate
from fever_builder.baseline.report import format_table, markdown_report


def test_pipeline_reports_the_fever_score_on_test(seeds_output: Path) -> None:
    start = time.perf_counter()
    report = evaluate(seeds_output)
    seconds = time.perf_counter() - start
    by_model = {r["model"]: r for r in report["results"]}
    pipeline = by_model["pipeline"]
    assert pipeline["test_set"] == "test" and pipeline["n"] == by_model["claim_evidence"]["n"]
    # the claims are cut from their sentences: TF-IDF finds most gold sets among five
    # (0.86 on the seeds' 56 test claims; 0.71 on its 24 now, of which one in six needs
    # two sentences: one claim is 0.04)
    assert pipeline["recall_at_5"] >= 0.65 and pipeline["page_recall"] >= 0.9
    assert pipeline["fever_score"] <= pipeline["label_accuracy"]
    # 0.54 on the seeds' 24 test claims (one claim is 0.04; 0.93 with 132 test claims,
    # 0.75 with 56): a floor that still fails a pipeline that finds no evidence
    assert pipeline["fever_score"] >= 0.5
    # five sentences, mostly one gold sentence: precision is about a fifth
    assert 0.1 <= pipeline["evidence_precision"] <= 0.5
    table = format_table(report)
    assert "fever_score" in table and f"{pipeline['fever_score']:.3f}" in table
    assert "| pipeline | test |" in markdown_report(report, {})
    assert seconds < 60


def test_pipeline_with_nei_scores_the_nei_test_split(nei_output: Path) -> None:
    report = evaluate(nei_output, models=["claim_evidence"])
    pipeline = report["results"][-1]
    assert (pipeline["model"], pipeline["test_set"]) == ("pipeline", "nei/test")
    assert "NOT ENOUGH INFO" in pipeline["per_label"]
    assert pipeline["per_label"]["NOT ENOUGH INFO"]["support"] > 0
    assert pipeline["fever_score"] <= pipeline["label_accuracy"]
