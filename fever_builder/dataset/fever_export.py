"""A built dataset in FEVER's own files: shared-task claims and ``wiki-pages/wiki-NNN.jsonl``.

What is written (the README and ``fever_export.json`` describe it too):

- ``{split}.jsonl`` for every claims split (``train``, ``test``, ``validation``)
  and ``nei/{split}.jsonl`` for the nei config, one FEVER shared-task row per
  claim: ``id`` (int), ``verifiable`` (``VERIFIABLE`` or ``NOT VERIFIABLE``),
  ``label``, ``claim`` and ``evidence``, a list of evidence sets, each a list
  of ``[annotation_id, evidence_id, page, sentence_id]``. A NOT ENOUGH INFO
  claim has ``[[[annotation_id, null, null, null]]]``, as FEVER writes it.
- ``wiki-pages/wiki-001.jsonl``, ... (50,000 pages a file, as FEVER's dump):
  ``{"id", "text", "lines"}`` rows; ``lines`` is the build's positional
  ``lines``, so ``lines.split("\\n")[k].split("\\t")[1]`` is sentence k.
- ``claims.tsv`` (FEVER id, fever-builder id, file) and ``pages.tsv``
  (FEVER page id, title): the way back to the build.

The ids: a claim's ``id`` is its row number over all files (train, test,
validation, then nei), the same number for the same claim in the nei files;
``annotation_id`` numbers the evidence sets and ``evidence_id`` the distinct
(page, sentence) pairs, both over the whole export from 0. Page ids are
FEVER's: titles with ``_`` for spaces and ``-LRB-``/``-RRB-`` (and the other
bracket and colon tokens) for brackets (:func:`~fever_builder.text.fever.encode_title`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from fever_builder.baseline.data import iter_json_lines
from fever_builder.claims.model import NEI
from fever_builder.dataset.output import (
    CLAIMS_DIR,
    NEI_DIR,
    PAGES_DIR,
    check_output,
    dumps,
    staged_folder,
    write_jsonl,
)
from fever_builder.errors import DataError, OutputError
from fever_builder.text.fever import encode_title

EXPORT_MARKER = "fever_export.json"
PAGES_PER_FILE = 50_000
SPLITS = ("train", "test", "validation")


@dataclass
class ExportResult:
    """What an export wrote: rows per claims file and the number of pages."""

    output: Path
    claims: dict[str, int] = field(default_factory=dict)
    pages: int = 0
    page_files: int = 0


def _rows(folder: Path, pattern: str) -> Iterator[dict]:
    for path in sorted(folder.glob(pattern)):
        for _number, row in iter_json_lines(path):
            yield row  # type: ignore[misc]


def _claim_files(data_dir: Path) -> list[tuple[str, list[dict]]]:
    """(output file name, rows) for every split of the claims and nei configs present."""
    files = []
    for folder, prefix in ((CLAIMS_DIR, ""), (NEI_DIR, "nei/")):
        for split in SPLITS:
            rows = list(_rows(data_dir / folder, f"{split}-*.jsonl"))
            if rows:
                files.append((f"{prefix}{split}.jsonl", rows))
    if not any(name == f"{split}.jsonl" for name, _ in files for split in SPLITS):
        raise DataError(
            f"{data_dir}: no claims files (claims/train-*.jsonl, claims/test-*.jsonl); build "
            f"the dataset first with `fever-builder build --output {data_dir}` or pass --data"
        )
    return files


def export_fever(data_dir: str | Path, output: str | Path, *, force: bool = False) -> ExportResult:
    """Write the built dataset ``data_dir`` in FEVER's own files under ``output``.

    The export is written into a temporary folder beside ``output`` and swapped
    in at the end; a folder that is not an earlier export is only replaced with
    ``force``.

    Raises:
        DataError: when ``data_dir`` is not a build, or evidence cites a page it lacks.
        OutputError: when ``output`` may not be replaced or cannot be written.
    """
    data_dir, output = Path(data_dir), Path(output)
    if not data_dir.is_dir():
        raise DataError(
            f"dataset folder {data_dir} does not exist; build it with `fever-builder build` "
            "or pass --data"
        )
    check_output(output, force=True, inputs=(data_dir,))
    if output.is_dir() and any(output.iterdir()) and not (output / EXPORT_MARKER).is_file():
        if not force:
            raise OutputError(
                f"--output {output} holds files that are not a fever-builder export (no "
                f"{EXPORT_MARKER}); choose an empty folder or pass --force to replace it"
            )
    pages = list(_rows(data_dir / PAGES_DIR, "*.jsonl"))
    if not pages:
        raise DataError(
            f"{data_dir}: no pages ({PAGES_DIR}/*.jsonl); rebuild the dataset with "
            "`fever-builder build`"
        )
    page_ids = {row["id"]: encode_title(row["id"]) for row in pages}
    if len(set(page_ids.values())) != len(page_ids):
        raise DataError(
            f"{data_dir}: two page titles give one FEVER page id (they differ only in spaces "
            "and underscores); rename one of the pages"
        )
    files = _claim_files(data_dir)
    result = ExportResult(output=output)
    with staged_folder(output, force=True) as staging:
        ids: dict[str, int] = {}
        sentences: dict[tuple[str, int], int] = {}
        annotations = 0
        mapping = []
        for name, rows in files:
            out = []
            for row in rows:
                number = ids.setdefault(row["id"], len(ids))
                mapping.append(f"{number}\t{row['id']}\t{name}")
                sets = []
                if row["label"] == NEI:
                    sets.append([[annotations, None, None, None]])
                    annotations += 1
                else:
                    for evidence_set in row["evidence"]:
                        items = []
                        for item in evidence_set:
                            if item["page"] not in page_ids:
                                raise DataError(
                                    f"{data_dir}: claim {row['id']} cites page {item['page']!r}, "
                                    f"which is not in {PAGES_DIR}/; rebuild the dataset"
                                )
                            key = (item["page"], item["sentence_id"])
                            evidence_id = sentences.setdefault(key, len(sentences))
                            items.append(
                                [annotations, evidence_id, page_ids[key[0]], item["sentence_id"]]
                            )
                        sets.append(items)
                        annotations += 1
                out.append(
                    {
                        "id": number,
                        "verifiable": "NOT VERIFIABLE" if row["label"] == NEI else "VERIFIABLE",
                        "label": row["label"],
                        "claim": row["claim"],
                        "evidence": sets,
                    }
                )
            result.claims[name] = write_jsonl(staging / name, out)
        for start in range(0, len(pages), PAGES_PER_FILE):
            chunk = pages[start : start + PAGES_PER_FILE]
            number = start // PAGES_PER_FILE + 1
            write_jsonl(
                staging / "wiki-pages" / f"wiki-{number:03d}.jsonl",
                (
                    {"id": page_ids[row["id"]], "text": row["text"], "lines": row["lines"]}
                    for row in chunk
                ),
            )
            result.page_files += 1
        result.pages = len(pages)
        _write_text(
            staging / "claims.tsv", "id\tsource_id\tfile\n" + "".join(m + "\n" for m in mapping)
        )
        _write_text(
            staging / "pages.tsv",
            "id\ttitle\n" + "".join(f"{page_ids[t]}\t{t}\n" for t in page_ids),
        )
        marker = {
            "tool": "fever-builder export --to fever",
            "source": str(data_dir),
            "claims": result.claims,
            "pages": result.pages,
            "page_files": result.page_files,
        }
        _write_text(staging / EXPORT_MARKER, dumps(marker) + "\n")
    return result


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")
