"""``export --to fever``: FEVER's shared-task claims and wiki-pages, read as FEVER's tools read them."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from dataset_helpers import claim_splits

from fever_builder.cli import main
from fever_builder.dataset.fever_export import export_fever
from fever_builder.errors import DataError, OutputError
from fever_builder.text.fever import encode_title

LABELS = {"SUPPORTS", "REFUTES", "NOT ENOUGH INFO"}


def fever_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


class FeverDocDB:
    """Pages as FEVER's baselines hold them: keyed by the NFD-normalised id, lines read by position."""

    def __init__(self, folder: Path) -> None:
        self.lines: dict[str, str] = {}
        for path in sorted((folder / "wiki-pages").glob("wiki-*.jsonl")):
            for row in fever_rows(path):
                self.lines[unicodedata.normalize("NFD", row["id"])] = row["lines"]

    def get_doc_line(self, page: str, line: int) -> str:
        # fever-baselines: lines.split("\n")[line].split("\t")[1]
        return self.lines[unicodedata.normalize("NFD", page)].split("\n")[line].split("\t")[1]


@pytest.fixture(scope="module")
def exported(seeds_output: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("export") / "fever"
    result = CliRunner().invoke(
        main, ["export", "--data", str(seeds_output), "--to", "fever", "--output", str(output)]
    )
    assert result.exit_code == 0, result.output
    return output


def test_rows_are_fever_shared_task_rows(exported: Path, seeds_output: Path) -> None:
    splits = claim_splits(seeds_output)
    for split, built in splits.items():
        rows = fever_rows(exported / f"{split}.jsonl")
        assert len(rows) == len(built)
        for row, ours in zip(rows, built, strict=True):
            assert list(row) == ["id", "verifiable", "label", "claim", "evidence"]
            assert type(row["id"]) is int and row["label"] in LABELS
            assert row["verifiable"] == "VERIFIABLE"
            assert (row["claim"], row["label"]) == (ours["claim"], ours["label"])
            assert len(row["evidence"]) == len(ours["evidence"])
            for item in (i for s in row["evidence"] for i in s):
                assert len(item) == 4 and all(type(x) is int for x in (item[0], item[1], item[3]))
                assert " " not in item[2]
    ids = [r["id"] for s in splits for r in fever_rows(exported / f"{s}.jsonl")]
    assert len(ids) == len(set(ids))


def test_a_positional_reader_finds_every_evidence_sentence(
    exported: Path, seeds_output: Path
) -> None:
    db = FeverDocDB(exported)
    checked = 0
    for split, built in claim_splits(seeds_output).items():
        for row, ours in zip(fever_rows(exported / f"{split}.jsonl"), built, strict=True):
            for fever_set, our_set in zip(row["evidence"], ours["evidence"], strict=True):
                for (_, _, page, line), item in zip(fever_set, our_set, strict=True):
                    assert page == encode_title(item["page"])
                    assert db.get_doc_line(page, line) == item["text"]
                    checked += 1
    # 128 evidence items on the seeds (376 before names changed only in slots that hold
    # one value and figures only with their scope; 150 before a side stopped naming an
    # occasion): enough that the check reads every page the claims cite
    assert checked > 100


def test_pages_and_the_way_back(exported: Path, seeds_output: Path) -> None:
    pages = fever_rows(exported / "wiki-pages" / "wiki-001.jsonl")
    assert all(list(p) == ["id", "text", "lines"] for p in pages)
    titles = dict(
        line.split("\t") for line in (exported / "pages.tsv").read_text("utf-8").splitlines()[1:]
    )
    assert "Battle_of_Kalbajar_-LRB-002_9989da070dfa7195-RRB-" in titles
    assert titles["First_Nagorno-Karabakh_War"] == "First Nagorno-Karabakh War"
    mapping = (exported / "claims.tsv").read_text("utf-8").splitlines()[1:]
    first = claim_splits(seeds_output)["train"][0]["id"]
    assert mapping[0] == f"0\t{first}\ttrain.jsonl"


def test_nei_claims_have_fevers_null_evidence(nei_output: Path, tmp_path: Path) -> None:
    export_fever(nei_output, tmp_path / "fever")
    rows = [
        r for s in ("train", "test") for r in fever_rows(tmp_path / "fever" / "nei" / f"{s}.jsonl")
    ]
    nei = [r for r in rows if r["label"] == "NOT ENOUGH INFO"]
    assert nei and all(r["verifiable"] == "NOT VERIFIABLE" for r in nei)
    assert all(
        len(r["evidence"]) == 1 and r["evidence"][0][0][1:] == [None, None, None] for r in nei
    )
    assert all(type(r["evidence"][0][0][0]) is int for r in nei)
    # a claim in both configs keeps one FEVER id
    plain = {
        r["claim"]: r["id"]
        for s in ("train", "test")
        for r in fever_rows(tmp_path / "fever" / f"{s}.jsonl")
    }
    shared = [r for r in rows if r["label"] != "NOT ENOUGH INFO" and r["claim"] in plain]
    assert shared and all(plain[r["claim"]] == r["id"] for r in shared)


def test_export_is_atomic_and_will_not_replace_other_files(
    seeds_output: Path, tmp_path: Path
) -> None:
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputError, match="--force"):
        export_fever(seeds_output, other)
    assert [p.name for p in other.iterdir()] == ["notes.txt"]
    with pytest.raises(DataError, match="fever-builder build"):
        export_fever(tmp_path / "missing", tmp_path / "out")
    assert not (tmp_path / "out").exists()
    first = export_fever(seeds_output, tmp_path / "out")
    again = export_fever(seeds_output, tmp_path / "out")  # an earlier export is replaced
    assert first.claims == again.claims and not list(tmp_path.glob(".out.*"))


@pytest.mark.parametrize(
    ("title", "page_id"),
    [
        ("Battle of Kalbajar", "Battle_of_Kalbajar"),
        ("Tilda Swinton (surname)", "Tilda_Swinton_-LRB-surname-RRB-"),
        ("Star Wars: Episode I", "Star_Wars-COLON-_Episode_I"),
    ],
)
def test_page_ids_are_fevers(title: str, page_id: str) -> None:
    assert encode_title(title) == page_id
