"""Dates: finding, parsing and rendering in the same written form."""

from __future__ import annotations

from dataclasses import replace

import pytest

from fever_builder.errors import ParameterError
from fever_builder.facts import DatePoint, DateValue, find_dates, render_date

# (sentence from the seeds, span text, subtype, start (y, m, d), end (y, m, d) or None, modifier)
DATE_CASES = [
    (
        "launched the offensive on 15 December, in high altitudes",
        "15 December",
        "day",
        (None, 12, 15),
        None,
        "",
    ),
    (
        "On 20 February 1988, the leaders of the regional Soviet",
        "20 February 1988",
        "day",
        (1988, 2, 20),
        None,
        "",
    ),
    (
        "under the control of the self-proclaimed Republic until November 25, 2020, when",
        "November 25, 2020",
        "day",
        (2020, 11, 25),
        None,
        "",
    ),
    (
        "On May 9, 1992, Armenian forces captured the mountain stronghold of Shusha",
        "May 9, 1992",
        "day",
        (1992, 5, 9),
        None,
        "",
    ),
    (
        "made the region an administrative district in August 1930, and chose",
        "August 1930",
        "month",
        (1930, 8, None),
        None,
        "",
    ),
    ("1993 was a difficult year for Azerbaijan.", "1993", "year", (1993, None, None), None, ""),
    (
        "- Date: March 27 – April 3, 1993 (1 week)",
        "March 27 – April 3, 1993",
        "range",
        (1993, 3, 27),
        (1993, 4, 3),
        "",
    ),
    (
        "captured the entire district in an offensive in March–April 1993.",
        "March–April 1993",
        "range",
        (1993, 3, None),
        (1993, 4, None),
        "",
    ),
    (
        "In February-March 1993, Kalbajar was virtually surrounded",
        "February-March 1993",
        "range",
        (1993, 2, None),
        (1993, 3, None),
        "",
    ),
    (
        "War_header_cell_0_2_0 20 February 1988 – 12 May 1994",
        "20 February 1988 – 12 May 1994",
        "range",
        (1988, 2, 20),
        (1994, 5, 12),
        "",
    ),
    (
        "the conflict over Nagorno-Karabakh 1988–1994 ended",
        "1988–1994",
        "range",
        (1988, None, None),
        (1994, None, None),
        "",
    ),
    (
        "commanded in Nagorno-Karabakh for five years (1992–1997) and was involved",
        "1992–1997",
        "range",
        (1992, None, None),
        (1997, None, None),
        "",
    ),
    (
        "As in 1991–1992, the 1992–1993 winter was especially harsh",
        "1991–1992",
        "range",
        (1991, None, None),
        (1992, None, None),
        "",
    ),
    ("30,000—40,000 (1993–94)", "1993–94", "range", (1993, None, None), (1994, None, None), ""),
    ("- Date: 1993-12-15", "1993-12-15", "day", (1993, 12, 15), None, ""),
    (
        "launched by the Azerbaijani Armed Forces in late 1993 against the forces",
        "late 1993",
        "year",
        (1993, None, None),
        None,
        "late",
    ),
    (
        "had passed over the Murov range by mid-January 1994.",
        "mid-January 1994",
        "month",
        (1994, 1, None),
        None,
        "mid",
    ),
    ("Mid-1993 offensives", "Mid-1993", "year", (1993, None, None), None, "mid"),
    (
        "As the Soviet Union disintegrated during the late 1980s, the question",
        "late 1980s",
        "decade",
        (1980, None, None),
        None,
        "late",
    ),
    ("the war in the 1990s left", "1990s", "decade", (1990, None, None), None, ""),
    (
        "suffered during the events of 25–26 February is 613 civilians",
        "25–26 February",
        "range",
        (None, 2, 25),
        (None, 2, 26),
        "",
    ),
    (
        "on 14 March 2008 and 18–20 May 2010, respectively",
        "18–20 May 2010",
        "range",
        (2010, 5, 18),
        (2010, 5, 20),
        "",
    ),
    (
        "By February, the Azerbaijani forces had approached Kalbajar.",
        "February",
        "month",
        (None, 2, None),
        None,
        "",
    ),
    (
        "In mid-August, Armenians massed a large force",
        "mid-August",
        "month",
        (None, 8, None),
        None,
        "mid",
    ),
    (
        "Tensions escalated again in July–August 2014 with ceasefire breaches",
        "July–August 2014",
        "range",
        (2014, 7, None),
        (2014, 8, None),
        "",
    ),
]


@pytest.mark.parametrize(("sentence", "text", "subtype", "start", "end", "modifier"), DATE_CASES)
def test_dates_from_seeds(
    sentence: str,
    text: str,
    subtype: str,
    start: tuple[int | None, ...],
    end: tuple[int | None, ...] | None,
    modifier: str,
) -> None:
    spans = [s for s in find_dates(sentence) if s.text == text]
    assert len(spans) == 1, find_dates(sentence)
    span = spans[0]
    assert sentence[span.start : span.end] == text
    assert span.kind == "date"
    assert span.subtype == subtype == span.value.precision
    assert span.value.start == DatePoint(*start)
    assert span.value.end == (DatePoint(*end) if end else None)
    assert span.value.modifier == modifier
    assert render_date(span.value) == text


NOT_DATES = [
    "- Casualties1: ~4,000 servicemen killed, 1,337 servicemen died of frostbite",
    "The operations were to be continued at an altitude of 2,500 – above sea level.",
    "a large force and captured Hill 2071 and the heights around Buzduk",
    "a controversial non-binding resolution, Resolution 1416, which criticized",
    "a force of 1500 soldiers and 1200 men",
    "the committee voted 4–3 in favor of allocating Karabakh",
    "prices rose by 1500% while 1800+ were counted",
    "No. 1993 was struck",
    "Mayors may march on the city",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_dates(sentence: str) -> None:
    assert find_dates(sentence) == []


def test_four_thousand_yields_no_year_fragment() -> None:
    assert not any(s.text in {"000", "4,000"} for s in find_dates("~4,000 servicemen"))


def test_bare_month_needs_context() -> None:
    assert find_dates("May the offensive succeed") == []
    assert [s.text for s in find_dates("fighting resumed in May")] == ["May"]


def _first(text: str) -> DateValue:
    return find_dates(text)[0].value  # type: ignore[return-value]


RENDER_CASES = [
    ("15 December 1993", DatePoint(1993, 12, 16), None, "16 December 1993"),
    ("December 15, 1993", DatePoint(1993, 1, 15), None, "January 15, 1993"),
    ("1993-12-15", DatePoint(1993, 12, 5), None, "1993-12-05"),
    ("in 1988–1994", DatePoint(1988), DatePoint(1995), "1988–1995"),
    ("in 1993–94", DatePoint(1993), DatePoint(1995), "1993–95"),
    ("in March–April 1993", DatePoint(1993, 3), DatePoint(1993, 5), "March–May 1993"),
    (
        "March 27 – April 3, 1993",
        DatePoint(1993, 3, 28),
        DatePoint(1993, 4, 4),
        "March 28 – April 4, 1993",
    ),
    ("on 15 December", DatePoint(None, 11, 2), None, "2 November"),
    ("the 1990s", DatePoint(1980), None, "1980s"),
]


@pytest.mark.parametrize(("text", "start", "end", "expected"), RENDER_CASES)
def test_render_keeps_written_form(
    text: str, start: DatePoint, end: DatePoint | None, expected: str
) -> None:
    span = find_dates(text)[0]
    new = replace(span.value, start=start, end=end)
    assert render_date(new, like=span) == expected


def test_render_modifier_and_capital() -> None:
    span = find_dates("Early 1993 offensives")[0]
    assert render_date(replace(span.value, start=DatePoint(1994)), like=span) == "Early 1994"
    mid = find_dates("by mid-January 1994")[0]
    assert render_date(replace(mid.value, modifier="late"), like=mid) == "late-January 1994"
    assert render_date(replace(mid.value, modifier=""), like=mid) == "January 1994"


def test_render_value_in_another_span_form() -> None:
    day = _first("on 15 December 1993")
    month_span = find_dates("in December 1993")[0]
    assert render_date(day, like=month_span) == "December 1993"


def test_render_missing_part_raises() -> None:
    year_only = _first("in 1993 and")
    day_span = find_dates("on 15 December")[0]
    with pytest.raises(ParameterError, match="day1"):
        render_date(year_only, like=day_span)


def test_render_range_in_single_form_raises() -> None:
    pair = _first("in 1988–1994")
    single = find_dates("in 1993 and")[0]
    with pytest.raises(ParameterError, match="single date"):
        render_date(pair, like=single)
    with pytest.raises(ParameterError, match="year2"):
        render_date(_first("in 1993 and"), like=find_dates("in 1988–1994")[0])


def test_taken_spans_are_respected() -> None:
    text = "on 15 December 1993"
    first = find_dates(text)
    assert find_dates(text, taken=first) == []
