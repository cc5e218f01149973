"""Figures, ordinals and identifiers: told apart, parsed, and rendered back."""

from __future__ import annotations

from dataclasses import replace

import pytest

from fever_builder.errors import ParameterError
from fever_builder.facts import (
    extract,
    find_figures,
    find_identifiers,
    find_numbers,
    find_ordinals,
    render_figure,
    render_ordinal,
)

# (sentence, span text, subtype, number, high, approx marker, bound, unit)
FIGURE_CASES = [
    ("- Strength1: 3,500 servicemen ()", "3,500", "digits", 3500, None, "", "", "servicemen"),
    (
        "- Strength2: +2,000 servicemen ()",
        "+2,000",
        "digits",
        2000,
        None,
        "+",
        "lower",
        "servicemen",
    ),
    (
        "- Casualties1: ~4,000 servicemen killed, 1,337 servicemen died",
        "~4,000",
        "digits",
        4000,
        None,
        "~",
        "about",
        "servicemen",
    ),
    (
        "- Casualties1: ~4,000 servicemen killed, 1,337 servicemen died",
        "1,337",
        "digits",
        1337,
        None,
        "",
        "",
        "servicemen",
    ),
    (
        "killed, and more than 60,000 were displaced",
        "more than 60,000",
        "digits",
        60000,
        None,
        "more than",
        "lower",
        "",
    ),
    (
        "while 300,000–500,000 Armenians living in Azerbaijan",
        "300,000–500,000",
        "range",
        300000,
        500000,
        "",
        "",
        "Armenians",
    ),
    (
        "totalled 550,000, while in Azerbaijan it was 1.3 million.",
        "1.3 million",
        "digits",
        1300000,
        None,
        "",
        "",
        "",
    ),
    (
        "with arms with a total cost of 1 billion USD in value in 1993",
        "1 billion USD",
        "money",
        1000000000,
        None,
        "",
        "",
        "",
    ),
    (
        "the contract was worth $3.8 million in 1993",
        "$3.8 million",
        "money",
        3800000,
        None,
        "",
        "",
        "",
    ),
    (
        "Azerbaijani forces had recaptured about 30% of the Kalbajar District",
        "about 30%",
        "percent",
        30,
        None,
        "about",
        "about",
        "",
    ),
    (
        "which then constituted around 22.8% of the region's population",
        "around 22.8%",
        "percent",
        22.8,
        None,
        "around",
        "about",
        "",
    ),
    ("99.8% of participants voted in favour.", "99.8%", "percent", 99.8, None, "", "", ""),
    (
        "According to British journalist Thomas de Waal, overall, more than six thousand "
        "servicemen were killed",
        "more than six thousand",
        "words",
        6000,
        None,
        "more than",
        "lower",
        "servicemen",
    ),
    (
        "They advanced twenty-nine kilometres, reaching the Tartar",
        "twenty-nine",
        "words",
        29,
        None,
        "",
        "",
        "kilometres",
    ),
    (
        "made up of over three thousand soldiers of the 701st",
        "over three thousand",
        "words",
        3000,
        None,
        "over",
        "lower",
        "soldiers",
    ),
    (
        "Eighty civilians, however, were taken hostage",
        "Eighty",
        "words",
        80,
        None,
        "",
        "",
        "civilians",
    ),
    (
        "formed jokats, or detachments of about forty men, which",
        "about forty",
        "words",
        40,
        None,
        "about",
        "about",
        "men",
    ),
    ("in the age group of 17–32, totalled 550,000, while", "17–32", "range", 17, 32, "", "", ""),
    (
        "in the age group of 17–32, totalled 550,000, while",
        "550,000",
        "digits",
        550000,
        None,
        "",
        "",
        "",
    ),
    (
        "- Casualties2: 400 servicemen killed , 150+ servicemen captured",
        "150+",
        "digits",
        150,
        None,
        "+",
        "lower",
        "servicemen",
    ),
    (
        "During the battle, over 500 Azerbaijani civilians were killed",
        "over 500",
        "digits",
        500,
        None,
        "over",
        "lower",
        "civilians",
    ),
    (
        "Armenian forces captured an area of more than 1,900 square kilometres",
        "more than 1,900",
        "digits",
        1900,
        None,
        "more than",
        "lower",
        "square kilometres",
    ),
    (
        "with an estimated population of 6,000–10,000 people.",
        "6,000–10,000",
        "range",
        6000,
        10000,
        "",
        "",
        "people",
    ),
    (
        "creating 250,000 new Azerbaijani refugees.",
        "250,000",
        "digits",
        250000,
        None,
        "",
        "",
        "refugees",
    ),
    ("30,000—40,000 (1993–94)", "30,000—40,000", "range", 30000, 40000, "", "", ""),
    (
        "the recruitment by Aliyev of 1,000–1,500 Afghan and Arab mujahadeen fighters",
        "1,000–1,500",
        "range",
        1000,
        1500,
        "",
        "",
        "mujahadeen",
    ),
    (
        "An estimated 60,000 individuals lived in Kelbajar",
        "An estimated 60,000",
        "digits",
        60000,
        None,
        "an estimated",
        "about",
        "individuals",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "text", "subtype", "number", "high", "approx", "bound", "unit"), FIGURE_CASES
)
def test_figures_from_seeds(
    sentence: str,
    text: str,
    subtype: str,
    number: float,
    high: float | None,
    approx: str,
    bound: str,
    unit: str,
) -> None:
    spans = [s for s in extract(sentence) if s.text == text]
    assert len(spans) == 1, extract(sentence)
    span = spans[0]
    assert (span.kind, span.subtype) == ("figure", subtype)
    assert span.value.number == number
    assert span.value.high == high
    assert (span.value.approx, span.value.bound, span.value.unit) == (approx, bound, unit)
    assert span.mutable
    assert render_figure(span.value) == text
    assert render_figure(span.value, like=span) == text


@pytest.mark.parametrize(
    ("sentence", "text", "number"),
    [
        ("111 servicemen missing, Several dozen equipment captured", "Several dozen", 12),
        ("Refugees reported that hundreds of people froze to death", "hundreds", 100),
        ("Operation Ring recruited thousands of volunteers", "thousands", 1000),
        ("the Armenians had assembled a force of several hundred men", "several hundred", 100),
    ],
)
def test_vague_figures_are_not_mutable(sentence: str, text: str, number: int) -> None:
    (span,) = [s for s in find_figures(sentence) if s.text == text]
    assert span.subtype == "vague"
    assert span.value.vague and not span.mutable
    assert span.value.number == number
    with pytest.raises(ParameterError):
        render_figure(replace(span.value, number=number + 1), like=span)


# (sentence, span text, kind, subtype, numbers or ordinal number, noun/head)
NAME_CASES = [
    (
        "the 701st Kalbajar Motorised Infantry Division, launched",
        "701st",
        "ordinal",
        "digits",
        701,
        "Division",
    ),
    ("The 3rd Battalion retreated from the heights", "3rd", "ordinal", "digits", 3, "Battalion"),
    (
        "from the Russian 128th Regiment (7th Russian Army)",
        "128th",
        "ordinal",
        "digits",
        128,
        "Regiment",
    ),
    (
        "the 1st and 3rd Azerbaijani battalions advanced",
        "1st",
        "ordinal",
        "digits",
        1,
        "battalions",
    ),
    (
        "a large force and captured Hill 2071 and the heights",
        "Hill 2071",
        "identifier",
        "numbered",
        ("2071",),
        "Hill",
    ),
    (
        "the Hill 31–46. The Armenian military post",
        "Hill 31–46",
        "identifier",
        "numbered",
        ("31", "46"),
        "Hill",
    ),
    (
        "Security Council (UNSC) passed Resolution 822, demanding",
        "Resolution 822",
        "identifier",
        "numbered",
        ("822",),
        "Resolution",
    ),
    (
        "implementation of UN Security Council Resolutions 822, 853, 874 and 884.",
        "Resolutions 822, 853, 874 and 884",
        "identifier",
        "numbered",
        ("822", "853", "874", "884"),
        "Resolutions",
    ),
    (
        "the UNSC passed Resolution 874 and 884 in late 1993",
        "Resolution 874 and 884",
        "identifier",
        "numbered",
        ("874", "884"),
        "Resolution",
    ),
    (
        "the General Assembly adopted Resolution 62/243 which called",
        "Resolution 62/243",
        "identifier",
        "numbered",
        ("62/243",),
        "Resolution",
    ),
    ("it was attacked by an Azerbaijani Su-25.", "Su-25", "identifier", "model", ("25",), "Su"),
    (
        "Soviet fighter bombers, such as the MiG-21.",
        "MiG-21",
        "identifier",
        "model",
        ("21",),
        "MiG",
    ),
    (
        "Azerbaijan used weapons such as the BM-21 Grad multiple-launch rocket",
        "BM-21",
        "identifier",
        "model",
        ("21",),
        "BM",
    ),
    (
        "infantry fighting vehicles and a ZSU-23-4 Shilka tank.",
        "ZSU-23-4",
        "identifier",
        "model",
        ("23", "4"),
        "ZSU",
    ),
    (
        "destroyed a total of 55 T-72s, 24 BMP-2s, 15 APCs",
        "T-72s",
        "identifier",
        "model",
        ("72",),
        "T",
    ),
    (
        "a bill entitled Section 907 of the Freedom Support Act",
        "Section 907",
        "identifier",
        "numbered",
        ("907",),
        "Section",
    ),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "subtype", "numbers", "head"), NAME_CASES)
def test_ordinals_and_identifiers(
    sentence: str, text: str, kind: str, subtype: str, numbers: object, head: str
) -> None:
    spans = [s for s in find_numbers(sentence) if s.text == text]
    assert len(spans) == 1, find_numbers(sentence)
    span = spans[0]
    assert (span.kind, span.subtype) == (kind, subtype)
    if kind == "ordinal":
        assert (span.value.number, span.value.noun) == (numbers, head)
    else:
        assert (span.value.numbers, span.value.head) == (numbers, head)
    figures = [s for s in extract(sentence) if s.kind == "figure"]
    assert not any(s.overlaps(span.start, span.end) for s in figures)


# Numbers that are not figures: (sentence, texts that must not start a figure span)
NOT_FIGURES = [
    ("Azerbaijan used weapons such as the BM-21 Grad", ["21", "BM-21"]),
    ("the 701st Azerbaijani Motorised Rifle Brigade", ["701", "701st"]),
    ("a large force and captured Hill 2071 and the heights", ["2071"]),
    ("intentionally bombarded by artillery and aircraft.[121] The bombardment", ["121"]),
    ("At 2:45 pm, on 2 April, Armenian forces", ["2", "45"]),
    ("the committee voted 4–3 in favor of allocating Karabakh", ["4", "3", "4–3"]),
    ("Kalbajar is one of the largest regions", ["one"]),
    ("dwindled to nearly three-quarters of the total population", ["three", "nearly three"]),
    ("First Nagorno-Karabakh War_sentence_495 10/11 and", ["495", "10", "11"]),
    ("On 20 February 1988, the parliament", ["20", "1988"]),
]


@pytest.mark.parametrize(("sentence", "texts"), NOT_FIGURES)
def test_not_figures(sentence: str, texts: list[str]) -> None:
    figures = [s.text for s in extract(sentence) if s.kind == "figure"]
    assert not set(figures) & set(texts), figures


def test_four_thousand_is_one_figure_not_a_year() -> None:
    spans = extract("- Casualties1: ~4,000 servicemen killed")
    assert [(s.text, s.kind) for s in spans if s.kind != "entity"] == [("~4,000", "figure")]


def test_altitude_with_dangling_dash_is_a_figure() -> None:
    text = "The operations were to be continued at an altitude of 2,500 – above sea level."
    spans = extract(text)
    assert [(s.text, s.kind, s.subtype) for s in spans] == [("2,500", "figure", "digits")]


RENDER_CASES = [
    ("a total of 3,500 servicemen", "3,500", {"number": 4200}, "4,200"),
    ("~4,000 servicemen killed", "~4,000", {"number": 4500}, "~4,500"),
    (
        "more than six thousand servicemen",
        "more than six thousand",
        {"number": 7000},
        "more than seven thousand",
    ),
    ("They advanced twenty-nine kilometres", "twenty-nine", {"number": 31}, "thirty-one"),
    ("Eighty civilians, however", "Eighty", {"number": 90}, "Ninety"),
    ("in Azerbaijan it was 1.3 million.", "1.3 million", {"number": 1_500_000}, "1.5 million"),
    ("in Azerbaijan it was 1.3 million.", "1.3 million", {"number": 2_000_000}, "2 million"),
    ("worth $3.8 million", "$3.8 million", {"number": 4_200_000}, "$4.2 million"),
    ("recaptured about 30% of", "about 30%", {"number": 35}, "about 35%"),
    ("the age group of 17–32, totalled", "17–32", {"number": 18, "high": 30}, "18–30"),
    ("while 300,000–500,000 Armenians", "300,000–500,000", {"high": 600_000}, "300,000–600,000"),
    ("150+ servicemen captured", "150+", {"number": 200}, "200+"),
    ("over 500 Azerbaijani civilians", "over 500", {"approx": "about"}, "about 500"),
    ("over 500 Azerbaijani civilians", "over 500", {"approx": ""}, "500"),
    ("a force of 1500 soldiers", "1500", {"number": 2500}, "2500"),
    ("a total of 3,500 servicemen", "3,500", {"approx": "more than"}, "more than 3,500"),
]


@pytest.mark.parametrize(("sentence", "text", "changes", "expected"), RENDER_CASES)
def test_render_figure_keeps_written_form(
    sentence: str, text: str, changes: dict[str, object], expected: str
) -> None:
    (span,) = [s for s in find_figures(sentence) if s.text == text]
    new = replace(span.value, **changes)  # type: ignore[arg-type]
    assert render_figure(new, like=span) == expected


def test_render_figure_in_another_form() -> None:
    digits = find_figures("a total of 3,500 servicemen")[0]
    words = find_figures("more than six thousand servicemen")[0]
    assert render_figure(digits.value, like=words) == "three thousand five hundred"
    assert render_figure(words.value, like=digits) == "more than 6,000"


def test_render_range_mismatch_raises() -> None:
    single = find_figures("a total of 3,500 servicemen")[0]
    pair = find_figures("the age group of 17–32")[0]
    with pytest.raises(ParameterError, match="single number"):
        render_figure(pair.value, like=single)
    with pytest.raises(ParameterError, match="range"):
        render_figure(single.value, like=pair)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (102, "102nd"),
        (111, "111th"),
        (701, "701st"),
        (702, "702nd"),
    ],
)
def test_render_ordinal(number: int, expected: str) -> None:
    assert render_ordinal(number) == expected


def test_finders_default_to_excluding_earlier_kinds() -> None:
    text = "On 15 December 1993 the 701st took Hill 2071 with 3,500 men"
    assert [s.text for s in find_figures(text)] == ["3,500"]
    assert [s.text for s in find_ordinals(text)] == ["701st"]
    assert [s.text for s in find_identifiers(text)] == ["Hill 2071"]
