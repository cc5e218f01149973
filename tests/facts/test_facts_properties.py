"""Properties over generated text: span invariants and render(parse(x)) == x round trips."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from fever_builder.facts import (
    DATE_PRECISIONS,
    ENTITY_TYPES,
    FIGURE_FORMS,
    DatePoint,
    DateValue,
    extract,
    find_dates,
    find_figures,
    render_date,
    render_figure,
)
from fever_builder.facts._words import number_to_words

SUBTYPES = {
    "date": set(DATE_PRECISIONS),
    "figure": set(FIGURE_FORMS),
    "ordinal": {"digits"},
    "identifier": {"numbered", "model"},
    "entity": set(ENTITY_TYPES),
}

# Pieces that stress the boundaries between finders.
TOKENS = [
    "1993",
    "4,000",
    "~4,000",
    "2,500 –",
    "Hill 2071",
    "BM-21",
    "701st",
    "15 December",
    "December 15, 1993",
    "March–April 1993",
    "1988–1994",
    "1993–94",
    "1993-12-15",
    "late",
    "mid-January",
    "the 1990s",
    "six thousand",
    "twenty-nine",
    "1.3 million",
    "$3.8 million",
    "30%",
    "17–32",
    "150+",
    "over 500",
    "more than",
    "several dozen",
    "Resolution 874 and 884",
    "Su-25",
    "The",
    "In",
    "Armenian",
    "Surat Huseynov",
    "Kalbajar District",
    "of",
    "the",
    "and",
    "[12]",
    "(",
    ")",
    ",",
    ".",
    "–",
    "-",
    "—",
    "+",
    "~",
    "$",
    "%",
    "2:45",
    "10/11",
    "May",
    "in",
    "General",
    "Nagorno-Karabakh Republic",
    "United Nations Security Council",
    "0",
    "99.8",
]
token_texts = st.lists(st.sampled_from(TOKENS), max_size=12).flatmap(
    lambda toks: st.lists(
        st.sampled_from([" ", "", ", ", ". ", "\n"]), min_size=len(toks), max_size=len(toks)
    ).map(lambda seps: "".join(t + s for t, s in zip(toks, seps, strict=True)))
)


def _assert_invariants(text: str) -> None:
    spans = extract(text)
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.start < span.end
        assert span.subtype in SUBTYPES[span.kind]
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_invariants_any_text(text: str) -> None:
    _assert_invariants(text)


@given(token_texts)
@settings(max_examples=400, deadline=None)
def test_invariants_tricky_tokens(text: str) -> None:
    _assert_invariants(text)


def _digits(n: int, comma: bool) -> str:
    return f"{n:,}" if comma else str(n)


@st.composite
def digit_figures(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A figure in digits (optionally scaled, percent, money, range, approx) and its value."""
    form = draw(st.sampled_from(["int", "decimal", "scaled", "percent", "money", "range", "plus"]))
    comma = draw(st.booleans())
    approx = draw(
        st.sampled_from(
            [
                "",
                "~",
                "+",
                "about ",
                "over ",
                "more than ",
                "some ",
                "nearly ",
                "up to ",
                "approximately ",
                "an estimated ",
            ]
        )
    )
    if form == "int":
        n = draw(st.integers(0, 10**9))
        return approx + _digits(n, comma), Decimal(n)
    if form == "plus":
        n = draw(st.integers(0, 10**6))
        return _digits(n, comma) + "+", Decimal(n)
    if form in {"decimal", "percent"}:
        whole = draw(st.integers(0, 99_999))
        frac = draw(st.integers(1, 99).filter(lambda f: f % 10))
        text = f"{_digits(whole, comma)}.{frac:02d}".rstrip("0")
        value = Decimal(text.replace(",", ""))
        return approx + text + ("%" if form == "percent" else ""), value
    if form == "scaled":
        scale = draw(st.sampled_from(["thousand", "million", "billion"]))
        mantissa = draw(st.decimals(Decimal("1"), Decimal("999"), places=1)).normalize()
        value = mantissa * {"thousand": 1000, "million": 10**6, "billion": 10**9}[scale]
        return f"{approx}{mantissa:f} {scale}", value
    if form == "money":
        symbol = draw(st.sampled_from(["$", "US$", "€", "£"]))
        mantissa = draw(st.decimals(Decimal("1"), Decimal("999"), places=1)).normalize()
        return f"{approx}{symbol}{mantissa:f} million", mantissa * 10**6
    low = draw(st.integers(0, 10**6))
    high = draw(st.integers(low + 1, 10**6 + 1))
    dash = draw(st.sampled_from(["–", "—", "-", " – "]))
    return f"{approx}{_digits(low, comma)}{dash}{_digits(high, comma)}", Decimal(low)


@given(digit_figures())
@settings(max_examples=400, deadline=None)
def test_digit_figure_round_trip(case: tuple[str, Decimal]) -> None:
    written, value = case
    sentence = f"They counted {written} servicemen in all."
    spans = [s for s in find_figures(sentence) if s.text == written]
    assert len(spans) == 1, find_figures(sentence)
    span = spans[0]
    assert Decimal(str(span.value.number)) == value
    assert render_figure(span.value) == written
    assert render_figure(span.value, like=span) == written


@given(st.integers(2, 999_999))
@settings(max_examples=200, deadline=None)
def test_word_figure_round_trip(n: int) -> None:
    written = number_to_words(n)
    spans = find_figures(f"They counted {written} servicemen in all.")
    assert [s.text for s in spans] == [written]
    assert spans[0].value.number == n
    assert render_figure(spans[0].value, like=spans[0]) == written


YEARS = st.integers(1000, 2099)
MONTHS = st.integers(1, 12)
DAYS = st.integers(1, 28)


@st.composite
def dates(draw: st.DrawFn) -> DateValue:
    """A date value with a written form (template) the finder knows."""
    y, m, d = draw(YEARS), draw(MONTHS), draw(DAYS)
    form = draw(st.integers(0, 15))
    one = {
        0: ("{day1} {month1} {year1}", DatePoint(y, m, d), "day"),
        1: ("{month1} {day1}, {year1}", DatePoint(y, m, d), "day"),
        2: ("{day1} {month1}", DatePoint(None, m, d), "day"),
        3: ("{month1} {year1}", DatePoint(y, m), "month"),
        4: ("{year1}", DatePoint(y), "year"),
        5: ("{year1}-{mnum1:02d}-{day1:02d}", DatePoint(y, m, d), "day"),
        6: ("{mon1p} {day1}, {year1}", DatePoint(y, m, d), "day"),
    }
    if form in one:
        fmt, start, precision = one[form]
        return DateValue(start=start, precision=precision, fmt=fmt)
    if form == 7:
        mod = draw(st.sampled_from(["early", "late", "mid"]))
        return DateValue(
            start=DatePoint(y), precision="year", modifier=mod, fmt="{mod}{modsep_space}{year1}"
        )
    if form == 8:
        return DateValue(
            start=DatePoint(y, m),
            precision="month",
            modifier="mid",
            fmt="{mod}{modsep_dash}{month1} {year1}",
        )
    if form == 9:
        return DateValue(start=DatePoint(y // 10 * 10), precision="decade", fmt="{decade}s")
    if form == 10:
        y2 = draw(st.integers(y + 1, 2099)) if y < 2099 else 2099
        y = min(y, 2098)
        return DateValue(
            start=DatePoint(y), end=DatePoint(y2), precision="range", fmt="{year1}–{year2}"
        )
    if form == 11:
        y = min(y, 2098) if y % 100 != 99 else y - 1
        y2 = draw(st.integers(y + 1, y // 100 * 100 + 99))
        return DateValue(
            start=DatePoint(y), end=DatePoint(y2), precision="range", fmt="{year1}–{yy2:02d}"
        )
    if form == 12:
        m = min(m, 11)
        m2 = draw(st.integers(m + 1, 12))
        return DateValue(
            start=DatePoint(y, m),
            end=DatePoint(y, m2),
            precision="range",
            fmt="{month1}–{month2} {year2}",
        )
    if form == 13:
        d = min(d, 27)
        d2 = draw(st.integers(d + 1, 28))
        return DateValue(
            start=DatePoint(None, m, d),
            end=DatePoint(None, m, d2),
            precision="range",
            fmt="{day1}–{day2} {month2}",
        )
    if form == 14:
        m = min(m, 11)
        m2, d2 = draw(st.integers(m + 1, 12)), draw(DAYS)
        return DateValue(
            start=DatePoint(y, m, d),
            end=DatePoint(y, m2, d2),
            precision="range",
            fmt="{month1} {day1} – {month2} {day2}, {year2}",
        )
    y = min(y, 2098)
    y2, m2, d2 = draw(st.integers(y + 1, 2099)), draw(MONTHS), draw(DAYS)
    return DateValue(
        start=DatePoint(y, m, d),
        end=DatePoint(y2, m2, d2),
        precision="range",
        fmt="{day1} {month1} {year1} – {day2} {month2} {year2}",
    )


@given(dates())
@settings(max_examples=500, deadline=None)
def test_date_round_trip(value: DateValue) -> None:
    written = render_date(value)
    sentence = f"It happened on {written} in the area."
    spans = find_dates(sentence)
    assert [s.text for s in spans] == [written]
    parsed = spans[0].value
    # The template may differ in spelling only ("{mon1p}" and "{month1}" both write "May").
    assert replace(parsed, fmt="") == replace(value, fmt="")
    assert render_date(parsed) == written
    assert render_date(parsed, like=spans[0]) == written
