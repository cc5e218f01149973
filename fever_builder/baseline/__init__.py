"""Baseline verifiers: scikit-learn pipelines, metrics, and the evaluation report.

Modules, in the order data flows through them:

- ``data``: read claim rows (a built split or a claims JSONL file), decode FEVER text
- ``features``: pair features that compare a claim with its evidence
- ``models``: the ``claim_evidence`` and ``claim_only`` pipelines
- ``report``: scores, the JSON/Markdown report and confusion-matrix plots
- ``evaluate``: ``evaluate()`` and ``predict()``, the library side of the commands
- ``commands``: the click commands ``evaluate`` and ``predict``
- ``symmetric``: adapter from Symmetric FEVER rows to claim rows

The package imports nothing itself, so ``symmetric`` and ``data`` load without
scikit-learn or matplotlib.
"""
