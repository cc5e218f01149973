"""The rendered-HTML reader: a ``|``-cell infobox, ``[n]`` markers, a "Cite error" notice."""

from __future__ import annotations

from pathlib import Path

from fever_builder.readers import html, read_file


def test_title_and_sentences_without_markers_or_notice(data_dir: Path) -> None:
    result = read_file(data_dir / "html" / "battle_of_testville.txt")
    assert result.problems == []
    assert result.format == "html"
    [page] = result.pages
    assert page.title == "Battle of Testville"
    assert page.format == html.NAME
    assert [(s.id, s.text) for s in page.sentences] == [
        (
            0,
            "The Battle of Testville took place in March and April 1993, during the First"
            " Nagorno-Karabakh War.",
        ),
        (1, "It resulted in the capture of the Testville District."),
        (2, "As a result of the battle, an estimated 60,000 civilians were displaced."),
        (3, "Civilians fled Testville in April through mountains still covered in snow."),
        # prose after the multi-line notice is kept: only the notice goes
        (4, "Today Testville stands empty and looted."),
    ]
    assert page.dropped == {"notice": 1}
    assert "Cite error" not in page.text and "reflist" not in page.text


def test_table_infobox(data_dir: Path) -> None:
    [page] = read_file(data_dir / "html" / "battle_of_testville.txt").pages
    assert [(f.key, f.value) for f in page.infobox] == [
        ("Partof", "the First Nagorno-Karabakh War"),
        ("Combatant1", "Armenia Nagorno-Karabakh Republic"),
        ("Combatant2", "Azerbaijan"),
        ("Commander1", "Gurgen Dalibaltayan Samvel Babayan Monte Melkonian"),
        ("Commander2", 'Surat Huseynov Shamil Asgarov "Khan"'),
        ("Strength1", "Several hundred troops"),
        ("Strength2", "701st brigade (Unknown number of infantry and tanks)"),
        ("Casualties1", "Minimal"),
        # a marker between two items of a cell separates them
        ("Casualties2", "400 servicemen killed (per Azerbaijan), 150+ servicemen captured"),
    ]
