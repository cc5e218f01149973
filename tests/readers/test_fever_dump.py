"""The sentence-id dump: the dump's own ids, sections, notices, infobox and table cells."""

from __future__ import annotations

from pathlib import Path

from fever_builder.readers import fever_dump, read_file


def test_keeps_the_dumps_own_sentence_ids(data_dir: Path) -> None:
    result = read_file(data_dir / "fever_dump" / "battle_dump.txt")
    assert result.problems == []
    assert result.format == "fever-dump"
    [page] = result.pages
    assert page.title == "Battle of Testville"
    assert page.format == fever_dump.NAME
    assert [(s.id, s.section, s.text) for s in page.sentences] == [
        (0, "", "This article is about the battle of 1993."),
        # 1 is a "For the ..., see ..." hatnote
        (2, "", "The Battle of Testville was fought in the First Nagorno-Karabakh War."),
        # 3 is a "Main article:" line
        (4, "Background", "In 1963, around 2,500 Karabakh Armenians signed a petition."),
        # the dump split after "No."; the pieces are joined under the first id
        (5, "Background", "Member states adopted OIC Resolution No. 10/11 on 14 March 2008."),
        (7, "Comparison of forces", "The estimated strength of each side in 1993–1994 was:"),
        (8, "Comparison of forces", "The war ended with a ceasefire in May 1994."),
    ]
    assert page.dropped == {"merged": 1, "notice": 2}
    assert page.sentence(0) is not None and page.sentence(1) is None


def test_sections_are_not_sentences(data_dir: Path) -> None:
    [page] = read_file(data_dir / "fever_dump" / "battle_dump.txt").pages
    assert page.sections == ("Background", "Comparison of forces")
    assert not any("_section_" in s.text or s.text in page.sections for s in page.sentences)


def test_infobox_table_and_its_rows(data_dir: Path) -> None:
    [page] = read_file(data_dir / "fever_dump" / "battle_dump.txt").pages
    assert [(f.key, f.value) for f in page.infobox] == [
        ("Date", "27 March 1993 – 3 April 1993"),
        ("Result", "Armenian victory"),
        ("Strength1", "3,500"),
        ("Strength2", "2,000"),
    ]
    header = ("", "Armenia and Nagorno-Karabakh", "Azerbaijan")
    assert [(t.table, t.row, t.header, t.cells) for t in page.tables] == [
        ("general_1", 1, header, ("Military personnel", "40,000", "42,000")),
        ("general_1", 2, header, ("Tanks", "90–173 (77–160 + 13)", "436–458")),
    ]


def test_no_id_suffix_or_chrome_is_left(data_dir: Path) -> None:
    [page] = read_file(data_dir / "fever_dump" / "battle_dump.txt").pages
    values = [s.text for s in page.sentences] + [f.value for f in page.infobox]
    values += [c for t in page.tables for c in (*t.header, *t.cells)]
    for value in values:
        assert "Battle of Testville_" not in value
        assert "FEVERv2" not in value and "Jump to" not in value


def test_title_with_periods_comes_whole_from_the_first_line(tmp_path: Path) -> None:
    path = tmp_path / "church.txt"
    path.write_text(
        "St. Gregory Church\n\nFrom Wikipedia for FEVERv2\n\n"
        "St. Gregory Church is a church in Kalbajar. St. Gregory Church_sentence_0\n\n"
        "It was built c. 1240 by Prince Hasan. St. Gregory Church_sentence_1\n\n"
        "History St. Gregory Church_section_0\n\n"
        "It was damaged in 1993. St. Gregory Church_sentence_2\n",
        encoding="utf-8",
    )
    [page] = read_file(path).pages
    assert page.title == "St. Gregory Church"
    assert [(s.id, s.text) for s in page.sentences] == [
        (0, "St. Gregory Church is a church in Kalbajar."),
        (1, "It was built c. 1240 by Prince Hasan."),
        (2, "It was damaged in 1993."),
    ]
    assert page.sections == ("History",)
