"""Reading claim rows: FEVER text decoding, shards, and errors that say file, line and why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from baseline_helpers import claim_row, write_jsonl
from hypothesis import given
from hypothesis import strategies as st

from fever_builder.baseline.data import (
    ClaimRow,
    decode_fever_text,
    evidence_text,
    read_claims_file,
    read_split,
    split_files,
    titled_text,
)
from fever_builder.baseline.features import FEATURE_NAMES, pair_features
from fever_builder.errors import DataError


@pytest.mark.parametrize(
    ("fever", "plain"),
    [
        ("Marnie -LRB- 1964 -RRB- is a film .", "Marnie (1964) is a film."),
        (
            "Valencia -LRB- -LSB- vəˈlɛnsiə -RSB- -RRB- , officially",
            "Valencia ([vəˈlɛnsiə]), officially",
        ),
        ("a set -LCB- x -RCB- here", "a set {x} here"),
        ("Daag -COLON- A Poem of Love", "Daag: A Poem of Love"),
        ("`` I Kissed a Girl `` is a song", '"I Kissed a Girl" is a song'),
        ("He said `` hello '' to them .", 'He said "hello" to them.'),
        ("the Devil 's Triangle", "the Devil's Triangle"),
        ("the 49ers ' starter", "the 49ers' starter"),
        ("He did n't win ; she did !", "He didn't win; she did!"),
        ("It cost $ 5 million , or 50 % more .", "It cost $5 million, or 50% more."),
        (
            "-LRB- September 1 , 1933 -- September 13 , 2006 -RRB-",
            "(September 1, 1933 – September 13, 2006)",
        ),
        ("Warner Bros. .", "Warner Bros.."),
    ],
)
def test_decode_fever_text(fever: str, plain: str) -> None:
    assert decode_fever_text(fever) == plain


@pytest.mark.parametrize(
    "text",
    [
        "The Battle of Kalbajar took place in March and April 1993, during the war.",
        'He said "yes" (twice) and left; it cost $5, or 10% more.',
        "Nagorno-Karabakh's population was approximately 76% ethnic Armenian.",
        "~4,000 servicemen killed",
    ],
)
def test_decode_leaves_ordinary_text_alone(text: str) -> None:
    assert decode_fever_text(text) == text


_WORD = st.sampled_from(
    [
        "Kalbajar",
        "fell",
        "in",
        "1993",
        "(",
        ")",
        ",",
        ".",
        '"',
        "'s",
        "not",
        "4,000",
        ":",
        "--",
        "-LRB-",
        "-RRB-",
        "``",
        "''",
        "n't",
        "$",
        "5",
        "%",
        ";",
    ]
)


@given(st.lists(_WORD, max_size=20).map(" ".join))
def test_decode_is_idempotent(text: str) -> None:
    once = decode_fever_text(text)
    assert decode_fever_text(once) == once


@pytest.mark.parametrize(
    ("claim", "fever_evidence"),
    [
        ("Marnie is a 1964 film.", "Marnie -LRB- 1964 -RRB- is an American film ."),
        (
            "Janet Leigh was not a writer.",
            "Janet Leigh -LRB- born 1927 -RRB- was an actress , singer and author .",
        ),
        (
            "Valencia has over 700,000 inhabitants.",
            "Valencia , with 800,000 inhabitants , is the third largest city .",
        ),
    ],
)
def test_features_agree_on_fever_and_plain_evidence(claim: str, fever_evidence: str) -> None:
    plain = decode_fever_text(fever_evidence)
    assert "-LRB-" not in plain and " ," not in plain
    assert pair_features(claim, fever_evidence) == pair_features(claim, plain)


def test_evidence_text_joins_the_first_set_only() -> None:
    evidence = [
        [
            {"page": "A", "sentence_id": 0, "text": "First -LRB- a -RRB- ."},
            {"page": "A", "sentence_id": 3, "text": "Second ."},
        ],
        [{"page": "B", "sentence_id": 1, "text": "Other set."}],
    ]
    assert evidence_text(evidence) == "A. First (a). Second."
    assert evidence_text([]) == ""


@pytest.mark.parametrize(
    ("sentences", "text"),
    [
        # the title names the subject that "He" and an infobox field leave to the page
        ([("Nero", "He died in 68.")], "Nero. He died in 68."),
        ([("Operation_Kalbajar", "Date: 1993-12-15")], "Operation Kalbajar. Date: 1993-12-15"),
        # FEVER's written forms in a title are decoded like the sentence's
        (
            [("Australia_-LRB-2008_film-RRB-", "It was shot in Bowen .")],
            "Australia (2008 film). It was shot in Bowen.",
        ),
        # a title once per run of its page's sentences; a second page gets its own
        (
            [("A", "One."), ("A", "Two."), ("B", "Three."), ("A", "Four.")],
            "A. One. Two. B. Three. A. Four.",
        ),
        # evidence from elsewhere (Symmetric FEVER) has no page: the text as it is
        ([("", "Lost is a drama series.")], "Lost is a drama series."),
    ],
)
def test_titled_text_puts_each_page_title_before_its_sentences(
    sentences: list[tuple[str, str]], text: str
) -> None:
    assert titled_text(sentences) == text


def test_titles_let_the_verifier_find_what_an_infobox_row_leaves_to_its_page() -> None:
    claim = "Azerbaijan had about 42,000 soldiers during the First Nagorno-Karabakh War."
    row = "Soldiers — Armenia: 40,000; Azerbaijan: 42,000"
    evidence = [[{"page": "First_Nagorno-Karabakh_War", "sentence_id": 5, "text": row}]]
    head = FEATURE_NAMES.index("head_missing")
    assert pair_features(claim, row)[head] == 1.0  # "War" is nowhere in the row
    assert pair_features(claim, evidence_text(evidence))[head] == 0.0


def test_read_split_reads_every_shard_in_order(dataset_dir: Path) -> None:
    files = split_files(dataset_dir, "train")
    assert [f.name for f in files] == ["train-00000-of-00002.jsonl", "train-00001-of-00002.jsonl"]
    rows = read_split(dataset_dir, "train")
    lines = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    assert [r.id for r in rows] == [line["id"] for line in lines]
    assert all(isinstance(r, ClaimRow) and r.evidence for r in rows)
    # "test" must not pick up the train shards, and vice versa
    assert {r.id for r in read_split(dataset_dir, "test")}.isdisjoint(r.id for r in rows)


def test_rows_without_evidence_or_mutation(tmp_path: Path) -> None:
    row = claim_row("Kalbajar is in Armenia.", "NOT ENOUGH INFO", None)
    del row["mutation"]
    path = write_jsonl(tmp_path / "nei.jsonl", [row])
    (read,) = read_claims_file(path)
    assert read.evidence == ""
    assert read.mutation == "unknown"


def test_missing_split_says_how_to_fix(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    with pytest.raises(DataError, match=r"split 'train'.*fever-builder build"):
        read_split(tmp_path, "train")
    with pytest.raises(DataError, match="does not exist"):
        read_split(tmp_path / "nowhere", "train")


_GOOD = json.dumps(claim_row("A claim.", "SUPPORTS", "A claim."))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        (json.dumps({"id": "1", "claim": "c", "label": "SUPPORTS"}), "missing field 'evidence'"),
        (json.dumps(claim_row("c", "TRUE", "e")), "label 'TRUE' is not one of"),
        (json.dumps(claim_row("", "SUPPORTS", "e")), "field 'claim' must be non-empty"),
        (
            json.dumps({**claim_row("c", "SUPPORTS", "e"), "evidence": [[5]]}),
            "evidence must be a list",
        ),
        (
            json.dumps({**claim_row("c", "SUPPORTS", "e"), "evidence": "e"}),
            "evidence must be a list",
        ),
        (
            json.dumps(
                {
                    **claim_row("c", "SUPPORTS", "e"),
                    "evidence": [[{"page": "P", "sentence_id": "3", "text": "e"}]],
                }
            ),
            "sentence_id is not an integer",
        ),
    ],
)
def test_bad_rows_name_file_line_and_reason(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_text(_GOOD + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(DataError) as error:
        read_claims_file(path)
    message = str(error.value)
    assert message.startswith(f"{path}:3: ")
    assert reason in message


def test_not_utf8_and_empty_files(tmp_path: Path) -> None:
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes('{"claim": "Noël"}\n'.encode("latin-1"))
    with pytest.raises(DataError, match="not UTF-8"):
        read_claims_file(latin)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(DataError, match="empty"):
        read_claims_file(empty)
    with pytest.raises(DataError, match="cannot read"):
        read_claims_file(tmp_path / "missing.jsonl")


def test_a_test_file_with_a_byte_order_mark_and_crlf_is_read(tmp_path: Path) -> None:
    from fever_builder.baseline.data import read_claims_file

    path = tmp_path / "bom.jsonl"
    row = (
        '{"id": "a", "claim": "Kalbajar fell in 1993.", "label": "SUPPORTS", '
        '"evidence": [[{"page": "P", "sentence_id": 0, "text": "Kalbajar fell in 1993."}]]}'
    )
    path.write_bytes(b"\xef\xbb\xbf" + row.encode() + b"\r\n")
    rows = read_claims_file(path)
    assert [(r.id, r.label) for r in rows] == [("a", "SUPPORTS")]
