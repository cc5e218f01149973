"""A date said by its decade and a large figure said rounded, alike in both claims of a pair,
and the facts that are left as written."""

from __future__ import annotations

import pytest

from fever_builder.claims.frames import Frame
from fever_builder.claims.writers.date import decade_pair
from fever_builder.claims.writers.figure import about_pair
from fever_builder.facts import extract


def frame_of(text: str, kind: str, fact: str) -> tuple[Frame, object]:
    span = next(s for s in extract(text) if s.kind == kind and s.text == fact)
    return Frame(text, span.start, span.end), span


@pytest.mark.parametrize(
    ("text", "fact", "changed", "expected"),
    [
        # the changed year's side of the decade, even where the change stays inside it
        (
            "The association was formed in 1969.",
            "1969",
            "1971",
            (
                "The association was formed in the 1960s.",
                "The association was formed in the 1970s.",
            ),
        ),
        (
            "Gore wedded Rebecca Payne in 1785.",
            "1785",
            "1783",
            ("Gore wedded Rebecca Payne in the 1780s.", "Gore wedded Rebecca Payne in the 1770s."),
        ),
        # a day or a month: "on" becomes "in"
        (
            "Operation Motorman was launched on 31 July 1972.",
            "31 July 1972",
            "1974",
            (
                "Operation Motorman was launched in the 1970s.",
                "Operation Motorman was launched in the 1980s.",
            ),
        ),
    ],
)
def test_a_date_said_by_its_decade(text, fact, changed, expected) -> None:
    frame, span = frame_of(text, "date", fact)
    made = decade_pair(frame, span, year_text=changed)
    assert made is not None and made[:2] == expected


@pytest.mark.parametrize(
    ("text", "fact", "changed", "expected"),
    [
        # "the 2000s" may be the century: of the two sides, the other one
        (
            "The region was made in 2012.",
            "2012",
            "2009",
            ("The region was made in the 2010s.", "The region was made in the 2020s."),
        ),
        # a true decade that may be a century: not said by decade at all
        ("The region was made in 2004.", "2004", "2007", None),
        ("The bridge was opened in 1905.", "1905", "1902", None),
    ],
)
def test_no_decade_that_may_be_a_century(text, fact, changed, expected) -> None:
    frame, span = frame_of(text, "date", fact)
    made = decade_pair(frame, span, year_text=changed)
    assert (made[:2] if made else None) == expected


def test_the_false_decade_is_the_one_supports_claims_hold_more() -> None:
    frame, span = frame_of("The association was formed in 1969.", "date", "1969")
    lean = {"1950s": 2, "1970s": 0}
    made = decade_pair(frame, span, year_text="1971", lean=lambda w: lean.get(w, 0))
    assert made is not None
    assert made[1] == "The association was formed in the 1950s." and made[2:] == (1960, 1950)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The war broke out in early 1969.", "early 1969"),  # a part of a year
        ("The town was founded in 1969–1972.", "1969–1972"),  # a range
        ("The abbey was consecrated on 3 May.", "3 May"),  # no year
        ("The war broke out by 1969.", "1969"),  # a bound, not "in" or "on"
        ("The town was founded in 1969 AD.", "1969"),  # an era after it
        ("It cost $5 million in 1969 dollars.", "1969"),  # a noun after it
    ],
)
def test_dates_not_said_by_decade(text, fact) -> None:
    frame, span = frame_of(text, "date", fact)
    assert decade_pair(frame, span, year_text="1975") is None


@pytest.mark.parametrize(
    ("text", "fact", "changed", "expected"),
    [
        (
            "Manila has 42,857 people per square kilometer.",
            "42,857",
            "30,000",
            (
                "Manila has about 43,000 people per square kilometer.",
                "Manila has about 30,000 people per square kilometer.",
            ),
        ),
        (
            "The city employs 11,919 personnel.",
            "11,919",
            "20,264",
            (
                "The city employs about 12,000 personnel.",
                "The city employs about 20,000 personnel.",
            ),
        ),
    ],
)
def test_a_large_figure_said_rounded(text, fact, changed, expected) -> None:
    frame, span = frame_of(text, "figure", fact)
    assert about_pair(frame, span, changed) == expected


@pytest.mark.parametrize(
    ("text", "fact", "changed"),
    [
        ("The town has 3,500 people.", "3,500", "5,000"),  # round already
        ("The town has 856 people.", "856", "500"),  # small
        ("The town has about 42,857 people.", "about 42,857", "about 20,000"),  # approximate
        ("The town has 42,857 people.", "42,857", "46,100"),  # "about" would cover both
        ("Prices rose by 1,234% in a year.", "1,234%", "500%"),  # a share
        ("The team made a record 1,234 runs.", "1,234", "800"),  # a record
        ("Its ZIP code is 90210.", "90210", "60000"),  # no count of things
        ("The Boeing 7,470 flew again.", "7,470", "5,000"),  # part of a name
    ],
)
def test_figures_not_said_rounded(text, fact, changed) -> None:
    frame, span = frame_of(text, "figure", fact)
    assert about_pair(frame, span, changed) is None


def test_no_decade_that_holds_another_year_of_the_claim() -> None:
    frame, span = frame_of("He won the title in 1969 and 1971.", "date", "1969")
    assert decade_pair(frame, span, year_text="1972") is None
