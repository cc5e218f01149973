"""The wiki-text reader: ``= Title =``, ``== Section ==`` and a ``- Key: Value`` infobox."""

from __future__ import annotations

from pathlib import Path

from fever_builder.readers import read_file, wikitext


def test_title_sentences_and_sections(data_dir: Path) -> None:
    result = read_file(data_dir / "wikitext" / "battle_of_testville.txt")
    assert result.problems == []
    assert result.format == "wikitext"
    [page] = result.pages
    assert page.title == "Battle of Testville"
    assert page.format == wikitext.NAME
    assert [(s.id, s.section, s.text) for s in page.sentences] == [
        (
            0,
            "",
            "The Battle of Testville took place in March–April 1993, during the First"
            " Nagorno-Karabakh War.",
        ),
        (1, "", "It was led by Lt. Col. Valeh Rafiyev."),
        (
            2,
            "Background",
            "Testville lies outside the former Nagorno-Karabakh Autonomous Oblast (NKAO).",
        ),
        (3, "Background", "Its population was about 60,000."),
        (4, "Comparison of forces", "The 701st Brigade consisted of a total of 3,500 servicemen."),
        (5, "Comparison of forces", "The brigade consisted of six battalions:"),
        (
            6,
            "Comparison of forces",
            "Its wartime population was made up of Azerbaijanis and Kurds.",
        ),
    ]
    # headings are sections, not sentences; link and reference sections are skipped
    assert page.sections == ("Background", "Comparison of forces")
    assert not {s.text for s in page.sentences} & set(page.sections)


def test_drops_notices_list_items_and_fragments(data_dir: Path) -> None:
    [page] = read_file(data_dir / "wikitext" / "battle_of_testville.txt").pages
    text = page.text
    assert "Main article" not in text
    assert "Gurban Gurbanov" not in text  # a list item, not a sentence
    assert "After its capture," not in text
    assert "links section" not in text  # prose under "See also"
    # "Infobox" above the fields is a caption
    assert page.dropped == {"caption": 1, "fragment": 1, "list_item": 3, "notice": 1}


def test_infobox_fields(data_dir: Path) -> None:
    [page] = read_file(data_dir / "wikitext" / "battle_of_testville.txt").pages
    assert [(f.key, f.value) for f in page.infobox] == [
        ("Conflict", "Battle of Testville"),
        ("Partof", "the First Nagorno-Karabakh War"),
        ("Place", "Testville District, Azerbaijan"),
        ("Date", "March 27 – April 3, 1993 (1 week)"),
        ("Result", "Armenian victory"),
        ("Commander1", "Gurgen Dalibaltayan, Samvel Babayan, Monte Melkonian"),
        ("Commander2", "Surat Huseynov, Shamil Asgarov"),
        ("Strength1", "3,500 servicemen"),
        ("Strength2", "+2,000 servicemen"),
        ("Casualties1", "~4,000 servicemen killed, 1,337 servicemen died of frostbite"),
    ]
    assert page.tables == ()


def test_untitled_page_takes_its_title_from_the_file_name(data_dir: Path) -> None:
    result = read_file(data_dir / "wikitext" / "no_title_heading.txt")
    assert result.problems == []
    assert result.format == "wikitext"
    [page] = result.pages
    assert page.title == "no_title_heading"
    assert page.sections == ("Aftermath",)
    assert [s.text for s in page.sentences] == [
        "The loss of Testville was a significant blow to the authority of President Abulfaz"
        " Elchibey.",
        "Aliyev vowed to take back the lost territories.",
    ]
    assert all(s.section == "Aftermath" for s in page.sentences)


def test_short_lead_sentence_is_kept_and_caption_dropped(tmp_path: Path) -> None:
    path = tmp_path / "kalbajar.txt"
    path.write_text(
        "= Kalbajar =\n\nNagorno-Karabakh Republic\n- Country: Azerbaijan\n\n"
        "Kalbajar is a city.\n\nIt lies in the Murov mountains of Azerbaijan.\n",
        encoding="utf-8",
    )
    [page] = read_file(path).pages
    assert [s.text for s in page.sentences] == [
        "Kalbajar is a city.",
        "It lies in the Murov mountains of Azerbaijan.",
    ]
    assert [(f.key, f.value) for f in page.infobox] == [("Country", "Azerbaijan")]
    assert page.dropped == {"caption": 1}
