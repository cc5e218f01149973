"""TF-IDF document retrieval and sentence selection over a tiny hand-made corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fever_builder.baseline.retrieval import Corpus, Retriever, read_corpus
from fever_builder.errors import DataError, ParameterError

CORPUS = Corpus(
    titles=("Lachin", "Shusha", "Kalbajar"),
    lines=(
        ("Lachin is a town in Azerbaijan.", "", "Lachin was captured in May 1992."),
        ("Shusha is a city in the mountains.", "Shusha fell on 9 May 1992."),
        ("Kalbajar is a district.", "The Kalbajar offensive began in March 1993."),
    ),
)


@pytest.mark.parametrize(
    ("claim", "page", "expected"),
    [
        ("Lachin was captured in 1992.", "Lachin", ("Lachin", 2)),  # line 2: after the empty line 1
        ("Shusha fell in May 1992.", "Shusha", ("Shusha", 1)),
        ("The offensive on Kalbajar began in 1993.", "Kalbajar", ("Kalbajar", 1)),
    ],
)
def test_the_page_and_sentence_that_state_the_claim_come_first(
    claim: str, page: str, expected: tuple[str, int]
) -> None:
    retriever = Retriever(pages=2, sentences=3).fit(CORPUS)
    (pages,) = retriever.retrieve_pages([claim])
    assert CORPUS.titles[pages[0]] == page and len(pages) == 2
    (found,) = retriever.retrieve([claim])
    assert found[0] == expected and len(found) == 3
    # empty lines are never predicted, and every prediction is a line of a retrieved page
    assert all(CORPUS.lines[CORPUS.titles.index(p)][k] for p, k in found)
    assert {p for p, _ in found} <= {CORPUS.titles[i] for i in pages}
    assert retriever.text(*expected) == CORPUS.lines[CORPUS.titles.index(page)][expected[1]]


def test_bad_sizes_and_missing_pages(tmp_path: Path) -> None:
    with pytest.raises(ParameterError, match="pages=0"):
        Retriever(pages=0).fit(CORPUS)
    with pytest.raises(DataError, match="no wiki_pages"):
        read_corpus(tmp_path)


def test_read_corpus_keeps_positions(tmp_path: Path) -> None:
    (tmp_path / "wiki_pages").mkdir()
    row = {"id": "Lachin", "text": "A. B.", "lines": "0\tA.\n1\t\n2\tB."}
    (tmp_path / "wiki_pages" / "wiki_pages-00000.jsonl").write_text(json.dumps(row) + "\n")
    assert read_corpus(tmp_path) == Corpus(("Lachin",), (("A.", "", "B."),), (None,))


def test_an_infobox_line_is_read_with_its_pages_title(tmp_path: Path) -> None:
    # "Date: March 27 – April 3, 1993" names its battle only by standing on its page; the
    # same field of another page must not outrank it
    (tmp_path / "wiki_pages").mkdir()
    rows = [
        {
            "id": "Battle of Kalbajar",
            "lines": "0\tThe battle was fought in the mountains.\n1\tDate: March 27 – April 3, 1993",
            "infobox_start": 1,
        },
        {
            "id": "Operation Kalbajar",
            "lines": "0\tThe operation failed.\n1\tDate: 15 December 1993",
            "infobox_start": "1",
        },
    ]
    path = tmp_path / "wiki_pages" / "wiki_pages-00000.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    corpus = read_corpus(tmp_path)
    assert corpus.fields == (1, 1)
    assert corpus.line_text(0, 1) == "Battle of Kalbajar Date: March 27 – April 3, 1993"
    assert corpus.line_text(0, 0) == "The battle was fought in the mountains."
    (found,) = (
        Retriever(pages=2, sentences=1)
        .fit(corpus)
        .retrieve(["The Battle of Kalbajar began in 1993."])
    )
    assert found == [("Battle of Kalbajar", 1)]
