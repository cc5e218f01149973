"""The scraped-page reader: chrome, repeats, text cut off or spliced to its own copy."""

from __future__ import annotations

from pathlib import Path

from fever_builder.readers import read_file, scraped


def test_clean_sentences_from_a_scraped_page(data_dir: Path) -> None:
    result = read_file(data_dir / "scraped" / "testville_scrape.txt")
    assert result.problems == []
    assert result.format == "scraped"
    [page] = result.pages
    assert page.format == scraped.NAME
    assert [(s.id, s.text) for s in page.sentences] == [
        (0, "During the winter of 1991–1992 Stepanakert was blockaded by Azerbaijani forces."),
        (
            1,
            "The bombardment caused widespread destruction and 169 Armenians died between October"
            " 1991 and April 1992.",
        ),
        (
            2,
            "Human Rights Watch reported that the main bases were the towns of Khojaly and Shusha.",
        ),
        (3, "In February 1992, Khojaly was captured by a mixed force."),
        (
            4,
            "Frustration over these military defeats took a toll on the domestic front in"
            " Azerbaijan.",
        ),
        (5, "Azerbaijan's military had grown more desperate and turned to Russian help."),
        (
            6,
            "President Elchibey imposed a state of emergency for a period of two months and"
            " introduced universal conscription.",
        ),
        (
            7,
            "In the age group of 17–32, men totalled 550,000, while in Azerbaijan it was 1.3"
            " million.",
        ),
        (
            8,
            "On 30 April, the United Nations Security Council (UNSC) passed Resolution 822,"
            " demanding the withdrawal of all occupying forces from Kalbajar.",
        ),
    ]


def test_counts_what_it_dropped_and_why(data_dir: Path) -> None:
    [page] = read_file(data_dir / "scraped" / "testville_scrape.txt").pages
    # HOME and TheInfoList; "After its capture," and "...grown more desp";
    # the repeated paragraph's two sentences and the copy of the first sentence
    # of a cut-off paragraph; "...(UNSC) passed [14] President Elchibey ..."
    assert page.dropped == {"chrome": 2, "fragment": 2, "repeat": 3, "splice": 1}
    assert "HOME" not in page.text and "TheInfoList" not in page.text
    assert "passed President" not in page.text


def test_title_comes_from_the_file_name(data_dir: Path) -> None:
    [page] = read_file(data_dir / "scraped" / "testville_scrape.txt").pages
    assert page.title == "testville_scrape"
    assert page.source.endswith("testville_scrape.txt")
