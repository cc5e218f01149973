"""FEVER's wiki-pages JSONL: ``-LRB-``/``-RRB-``/``-COLON-`` decoded in ids and text."""

from __future__ import annotations

from pathlib import Path

import pytest

from fever_builder.readers import read_file, wiki_pages


def test_pages_with_decoded_ids_and_sentences(data_dir: Path) -> None:
    path = data_dir / "wiki_pages" / "testville.jsonl"
    result = read_file(path)
    assert result.problems == []
    assert result.format == "wiki-pages"
    assert [p.title for p in result.pages] == ["Battle of Testville (1993)", "Testville: A History"]
    first, second = result.pages
    assert [(s.id, s.text) for s in first.sentences] == [
        (0, "The Battle of Testville (1993) took place in Testville: a district of Azerbaijan."),
        (1, "It ended on April 3, 1993."),
    ]
    # no "lines": the text is split into sentences numbered from 0
    assert [(s.id, s.text) for s in second.sentences] == [
        (0, "Testville has a long history."),
        (1, "It is [disputed] by two states."),
    ]
    assert first.format == wiki_pages.NAME
    assert first.source == f"{path}:2"  # the row's line; line 1 is FEVER's empty-id row


@pytest.mark.parametrize(
    ("page_id", "title"),
    [
        ("Battle_of_Kalbajar", "Battle of Kalbajar"),
        ("Savages_-LRB-2012_film-RRB-", "Savages (2012 film)"),
        ("Star_Wars-COLON-_The_Force_Awakens", "Star Wars: The Force Awakens"),
        ("-LSB-citation_needed-RSB-", "[citation needed]"),
    ],
)
def test_decode_title(page_id: str, title: str) -> None:
    assert wiki_pages.decode_title(page_id) == title


def test_malformed_rows_are_reported_with_their_line_and_good_rows_kept(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(
        '{"id": "Kalbajar", "lines": "0\\tKalbajar is a town -LRB- a city -RRB- .\\n"}\n'
        '{"id": "Broken", "lines": "0\\tno closing brace"\n'
        '["not", "an", "object"]\n'
        '{"id": "Lachin", "lines": "0\\tLachin is a town ."}\n',
        encoding="utf-8",
    )
    result = read_file(path)
    assert [p.title for p in result.pages] == ["Kalbajar", "Lachin"]
    assert result.pages[0].sentences[0].text == "Kalbajar is a town (a city)."
    assert [(p.path, p.line) for p in result.problems] == [(str(path), 2), (str(path), 3)]
    assert "not valid JSON" in result.problems[0].reason
    assert str(result.problems[0]).startswith(f"{path}:2: ")


def test_unicode_line_separators_inside_a_row_do_not_split_it(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    # json.dumps(ensure_ascii=False) writes U+2028 and U+0085 as they are
    path.write_text(
        '{"id": "Kalbajar", "lines": "0\\tKalbajar is a town\u2028 in the\u0085 Murov range ."}\n',
        encoding="utf-8",
    )
    result = read_file(path)
    assert result.problems == []
    assert [s.text for s in result.pages[0].sentences] == ["Kalbajar is a town in the Murov range."]


def test_malformed_infobox_or_tables_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(
        '{"id": "A", "lines": "0\\tA is a town .", "infobox": "Date: 1993"}\n'
        '{"id": "B", "lines": "0\\tB is a town .", "tables": [{"table": "t"}]}\n'
        '{"id": "C", "text": 1993}\n'
        '{"id": "D", "lines": "0\\tD is a town .", "infobox": [{"key": "Date", "value": 1993}],'
        ' "sections": ["History"]}\n',
        encoding="utf-8",
    )
    result = read_file(path)
    assert [p.title for p in result.pages] == ["D"]
    assert [(f.key, f.value) for f in result.pages[0].infobox] == [("Date", "1993")]
    assert result.pages[0].sections == ("History",)
    assert [p.line for p in result.problems] == [1, 2, 3]
    assert "'infobox' must be a list" in result.problems[0].reason


def test_a_repeated_sentence_id_is_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(
        '{"id": "Dup", "lines": "0\\tThe battle began in 1993 .\\n0\\tIt ended in 1994 .\\n'
        '1\\tThe town fell ."}\n',
        encoding="utf-8",
    )
    result = read_file(path)
    assert [(s.id, s.text) for s in result.pages[0].sentences] == [
        (0, "The battle began in 1993."),
        (1, "The town fell."),
    ]
    assert [(p.line, p.reason) for p in result.problems] == [
        (1, "sentence id 0 appears twice; the second is skipped")
    ]


def test_titles_of_our_own_output_are_read_back_unchanged() -> None:
    assert wiki_pages.decode_title("Battle of Kalbajar (002_9989da070dfa7195)") == (
        "Battle of Kalbajar (002_9989da070dfa7195)"
    )
    assert wiki_pages.decode_title("Battle_of_Kalbajar") == "Battle of Kalbajar"
