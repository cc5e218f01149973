"""Page lines by position, as FEVER's wiki-pages dump has them."""

from __future__ import annotations

import pytest

from fever_builder.corpus import InfoboxField, Page, Sentence, TableRow
from fever_builder.dataset.pages import page_row

PAGE = Page(
    "Lachin",
    sentences=(
        Sentence(0, "Lachin is a town.", group="a"),
        Sentence(3, "It fell in 1992.", group="b"),
    ),
    infobox=(InfoboxField("Date", "18 May\t1992"), InfoboxField("Result", "Armenian victory")),
    tables=(TableRow("Losses", 0, ("", "Armenia", "Azerbaijan"), ("Tanks", "10", "20")),),
)


def test_lines_keep_empty_lines_for_ids_without_text_then_infobox_then_tables() -> None:
    assert PAGE.lines.split("\n") == [
        "0\tLachin is a town.",
        "1\t",
        "2\t",
        "3\tIt fell in 1992.",
        "4\tDate: 18 May 1992",  # a tab inside a value would split FEVER's line
        "5\tResult: Armenian victory",
        "6\tTanks — Armenia: 10; Azerbaijan: 20",
    ]
    assert PAGE.text == "Lachin is a town. It fell in 1992."


@pytest.mark.parametrize(
    ("page", "prose", "infobox", "table"),
    [
        (PAGE, 4, [4, 5], [6]),
        (Page("Empty", sentences=()), 0, [], []),
        (Page("Out of order", sentences=(Sentence(2, "b"), Sentence(0, "a"))), 3, [], []),
    ],
)
def test_positions_of_prose_infobox_fields_and_table_rows(
    page: Page, prose: int, infobox: list[int], table: list[int]
) -> None:
    assert page.prose_lines == prose
    assert [page.infobox_line(k) for k in range(len(page.infobox))] == infobox
    assert [page.table_line(j) for j in range(len(page.tables))] == table
    lines = page.lines.split("\n") if page.lines else []
    assert [line.partition("\t")[0] for line in lines] == [str(k) for k in range(len(lines))]


def test_page_row_groups_are_per_line_and_starts_are_given() -> None:
    row = page_row(PAGE)
    assert row["groups"] == ["a", "", "", "b", "", "", ""]
    assert (row["infobox_start"], row["tables_start"]) == (4, 6)
