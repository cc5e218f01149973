"""Each mutation produces values on seed-like sentences and refuses what it must refuse.

The sentences are taken from seeds/ (or written as the build writes infobox
fields); spans come from ``fever_builder.facts.extract`` as the generator gets them.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fever_builder.claims import mutations as m
from fever_builder.claims.negate import negate, negate_verb, remove_negation
from fever_builder.facts import MONTHS, extract, parse_date, parse_figure
from fever_builder.facts.spans import DateValue, Span

SEEDS_TRIED = range(40)
CORPUS_YEARS = [1988, 1989, 1990, 1991, 1992, 1993, 1994, 1997]


def span_of(sentence: str, text: str) -> Span:
    """The extracted span whose text is ``text`` (fails if extraction does not find it)."""
    spans = extract(sentence)
    found = [s for s in spans if s.text == text]
    assert found, f"{text!r} not extracted from {sentence!r}: {[s.text for s in spans]}"
    return found[0]


def outputs(function, span: Span, **kwargs) -> set[str | None]:
    return {function(span, random.Random(seed), **kwargs) for seed in SEEDS_TRIED}


# ---------------------------------------------------------------- dates

DATE_CASES = [
    ("Operation Kalbajar began on 15 December 1993.", "15 December 1993", "day"),
    (
        "The Battle of Kalbajar took place on March 27 – April 3, 1993.",
        "March 27 – April 3, 1993",
        "range",
    ),
    ("The armed conflict over the Nagorno-Karabakh region lasted 1988–1994.", "1988–1994", "range"),
    (
        "The military operation began with an Azerbaijani offensive in December 1993 along the "
        "entire northern front.",
        "December 1993",
        "month",
    ),
    (
        "Azerbaijan made an unsuccessful attempt to recapture the region in winter 1993–1994.",
        "1993–1994",
        "range",
    ),
    ("Zinevich remained in Nagorno-Karabakh for five years (1992–1997).", "1992–1997", "range"),
    (
        "The Azerbaijani Armed Forces launched a military offensive in late 1993.",
        "late 1993",
        "year",
    ),
]


@pytest.mark.parametrize(("sentence", "text", "precision"), DATE_CASES)
def test_shift_date_keeps_format_and_precision(sentence: str, text: str, precision: str) -> None:
    span = span_of(sentence, text)
    assert span.value.precision == precision
    results = outputs(m.shift_date, span, years=CORPUS_YEARS) - {None}
    assert results, f"shift_date made no date from {text!r}"
    for result in results:
        assert result != text
        parsed = parse_date(result)
        assert parsed is not None, f"{result!r} (from {text!r}) is not a date"
        assert parsed.precision == span.value.precision, (text, result)
        assert parsed.fmt == span.value.fmt, (text, result)
        assert parsed.modifier == span.value.modifier, (text, result)


@pytest.mark.parametrize(("sentence", "text", "precision"), DATE_CASES)
def test_shift_date_moves_years_by_one_to_four(sentence: str, text: str, precision: str) -> None:
    span = span_of(sentence, text)
    old: DateValue = span.value
    for result in outputs(m.shift_date, span, years=CORPUS_YEARS) - {None}:
        new = parse_date(result)
        assert new is not None
        if new.start.year == old.start.year:
            # a day moved within its month
            assert old.precision == "day" and new.start.month == old.start.month, result
            assert new.start.day != old.start.day, result
            continue
        assert 1 <= abs(new.start.year - old.start.year) <= 4, (text, result)
        if old.end is not None:
            # a range moves whole, keeping its length
            assert new.end is not None
            assert new.end.year - new.start.year == old.end.year - old.start.year, (text, result)
            assert (new.start.month, new.start.day) == (old.start.month, old.start.day)
            assert (new.end.month, new.end.day) == (old.end.month, old.end.day)


def test_shift_date_prefers_years_the_corpus_mentions() -> None:
    span = span_of("The Azerbaijani forces recaptured Horadiz in 1993.", "1993")
    results = outputs(m.shift_date, span, years=[1991, 1994])
    assert results == {"1991", "1994"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The siege of the town ended on 29 February 1992.",
        "The siege of the town ended on February 29, 1992.",
    ],
)
def test_shift_date_never_makes_an_impossible_date(sentence: str) -> None:
    # 29 February exists only in leap years: 1993 or 1994 cannot keep the day
    span = next(s for s in extract(sentence) if s.kind == "date")
    for result in outputs(m.shift_date, span, years=CORPUS_YEARS) - {None}:
        assert parse_date(result) is not None, f"shift_date made the impossible date {result!r}"


def test_shift_date_refuses_dates_without_a_year() -> None:
    span = span_of(
        "On 30 April, the United Nations Security Council passed Resolution 822.", "30 April"
    )
    assert outputs(m.shift_date, span, years=CORPUS_YEARS) == {None}


def test_shift_date_refuses_other_facts() -> None:
    span = span_of("The brigade consisted of a total of 3,500 servicemen.", "3,500")
    assert m.shift_date(span, random.Random(0), years=CORPUS_YEARS) is None


@st.composite
def written_dates(draw: st.DrawFn) -> str:
    year = draw(st.integers(1900, 2015))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    form = draw(st.sampled_from(["dmy", "mdy", "my", "y", "yy", "md-mdy"]))
    name = MONTHS[month - 1]
    if form == "dmy":
        return f"{day} {name} {year}"
    if form == "mdy":
        return f"{name} {day}, {year}"
    if form == "my":
        return f"{name} {year}"
    if form == "y":
        return str(year)
    if form == "yy":
        return f"{year}–{year + draw(st.integers(1, 6))}"
    name, other = MONTHS[min(month, 11) - 1], MONTHS[min(month, 11)]
    return f"{name} {day} – {other} {draw(st.integers(1, 28))}, {year}"


@settings(max_examples=150, deadline=None)
@given(written=written_dates(), seed=st.integers(0, 10_000))
def test_shift_date_property(written: str, seed: int) -> None:
    sentence = f"The offensive was launched in {written} by the army."
    dates = [s for s in extract(sentence) if s.kind == "date"]
    assert [s.text for s in dates] == [written]
    span = dates[0]
    result = m.shift_date(span, random.Random(seed), years=CORPUS_YEARS)
    if result is None:
        return
    new = parse_date(result)
    assert new is not None, result
    assert (new.precision, new.fmt) == (span.value.precision, span.value.fmt), result
    assert result != written
    if new.start.year != span.value.start.year:
        assert 1 <= abs(new.start.year - span.value.start.year) <= 4, result


# ---------------------------------------------------------------- figures


def test_change_figure_exact_digits() -> None:
    span = span_of("The brigade consisted of a total of 3,500 servicemen.", "3,500")
    results = outputs(m.change_figure, span) - {None}
    assert len(results) >= 3
    for result in results:
        value = parse_figure(result)
        assert value is not None and value.fmt == "{number}" and "," in result, result
        ratio = value.number / 3500
        # exact figures change by 30-100% (rounded to the original's precision)
        assert 0.45 <= ratio <= 0.75 or 1.25 <= ratio <= 2.05, result


def test_change_figure_approximate_changes_enough_to_be_false() -> None:
    span = span_of("Casualties: ~4,000 servicemen killed.", "~4,000")
    results = outputs(m.change_figure, span) - {None}
    assert results
    for result in results:
        assert result.startswith("~"), result
        value = parse_figure(result)
        assert value is not None and value.bound == "about"
        ratio = value.number / 4000
        # "about 4,000" still holds 3,000 or 5,500; only halving or doubling is false
        assert ratio <= 0.55 or ratio >= 1.8, result


def test_change_figure_keeps_words_written_out() -> None:
    span = span_of(
        "According to Thomas de Waal, six thousand servicemen were killed during the offensive.",
        "six thousand",
    )
    results = outputs(m.change_figure, span) - {None}
    assert results
    for result in results:
        value = parse_figure(result)
        assert value is not None and value.style.words, result
        assert not any(ch.isdigit() for ch in result), result
        assert value.number != 6000 and value.number % 1000 == 0, result


def test_change_figure_keeps_scale_word_and_magnitude() -> None:
    sentence = (
        "In an overall military comparison, the number of men eligible for military "
        "service in Armenia totalled 550,000, while in Azerbaijan it was 1.3 million."
    )
    span = span_of(sentence, "1.3 million")
    results = outputs(m.change_figure, span) - {None}
    assert results
    for result in results:
        assert result.endswith(" million"), result
        value = parse_figure(result)
        assert value is not None and value.number != 1_300_000
        # "0.65 million" is not how anyone writes 650,000: same magnitude class means millions
        assert value.number >= 1_000_000 and not result.startswith("0."), result


def test_change_figure_percent_stays_a_percentage() -> None:
    span = span_of(
        "By February, the Azerbaijani forces had recaptured 30% of the Kalbajar District.", "30%"
    )
    results = outputs(m.change_figure, span) - {None}
    assert results
    for result in results:
        value = parse_figure(result)
        assert value is not None and value.percent and result.endswith("%"), result
        assert 0 < value.number <= 100 and value.number != 30, result


def test_change_figure_range_moves_clear_of_itself() -> None:
    span = span_of(
        "Between 300,000–500,000 people were displaced by the conflict.", "300,000–500,000"
    )
    results = outputs(m.change_figure, span) - {None}
    assert results
    for result in results:
        value = parse_figure(result)
        assert value is not None and value.high is not None, result
        assert value.number > 500_000 or value.high < 300_000, result


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "With a population of about 60,000, the region consisted of several dozen villages "
            "mostly populated by the ethnic Azerbaijanis and Kurds.",
            "several dozen",
        ),
        (
            "During the battle, over 500 Azerbaijani civilians were killed, and more than 60,000 were "
            "displaced.",
            "over 500",
        ),
        (
            "Armenian forces captured an area of more than 1,900 square kilometres.",
            "more than 1,900",
        ),
        (
            "According to British journalist Thomas de Waal, overall, more than six thousand "
            "servicemen were killed during the offensive.",
            "more than six thousand",
        ),
        (
            "The Azerbaijani forces, made up of over three thousand soldiers, launched the offensive.",
            "over three thousand",
        ),
    ],
)
def test_change_figure_refuses_vague_and_bound_figures(sentence: str, text: str) -> None:
    span = span_of(sentence, text)
    assert outputs(m.change_figure, span) == {None}
    assert m.comparative_bounds(span) is None


@settings(max_examples=150, deadline=None)
@given(number=st.integers(20, 900_000), seed=st.integers(0, 10_000))
def test_change_figure_property(number: int, seed: int) -> None:
    written = f"{number:,}"
    span = span_of(f"The brigade consisted of {written} servicemen.", written)
    result = m.change_figure(span, random.Random(seed))
    if result is None:
        return
    value = parse_figure(result)
    assert value is not None, result
    assert value.fmt == span.value.fmt and value.bound == "", result
    assert value.number != number
    assert 0.3 <= value.number / number <= 2.6, result
    # exact figures change by 30-100% before rounding to the original's precision
    assert abs(value.number / number - 1) >= 0.15, result


# ---------------------------------------------------------------- comparatives


@pytest.mark.parametrize(
    ("sentence", "text", "number"),
    [
        ("The brigade consisted of a total of 3,500 servicemen.", "3,500", 3500),
        (
            "Two groups, numbering 4,000 men, attacked the positions to the north of Askeran.",
            "4,000",
            4000,
        ),
        (
            "According to Thomas de Waal, six thousand servicemen were killed during the offensive.",
            "six thousand",
            6000,
        ),
    ],
)
def test_comparative_bounds_bracket_the_figure(sentence: str, text: str, number: int) -> None:
    span = span_of(sentence, text)
    bounds = m.comparative_bounds(span)
    assert bounds is not None
    lower, upper = (parse_figure(b) for b in bounds)
    assert lower is not None and upper is not None
    assert lower.number < number < upper.number
    # round numbers, written like the original
    assert m.significant_digits(lower.number) == 1 and m.significant_digits(upper.number) == 1
    assert lower.style.words == span.value.style.words


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Casualties: ~4,000 servicemen killed.", "~4,000"),
        ("By February, the Azerbaijani forces had recaptured 30% of the Kalbajar District.", "30%"),
        ("Between 300,000–500,000 people were displaced by the conflict.", "300,000–500,000"),
    ],
)
def test_comparative_bounds_refuses_approximate_percent_and_ranges(
    sentence: str, text: str
) -> None:
    assert m.comparative_bounds(span_of(sentence, text)) is None


# ---------------------------------------------------------------- identifiers


def test_change_identifier_ordinal() -> None:
    span = span_of(
        "The 701st Azerbaijani Motorised Rifle Brigade carried out the offensive.", "701st"
    )
    results = outputs(m.change_identifier, span, pool=[]) - {None}
    assert len(results) >= 3
    for result in results:
        number = int(result.rstrip("stndrh"))
        assert result == m.ordinal(number), f"wrong suffix: {result!r}"
        assert number != 701 and abs(number - 701) <= 8


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
        (22, "22nd"),
        (101, "101st"),
        (111, "111th"),
        (701, "701st"),
        (709, "709th"),
        (113, "113th"),
        (128, "128th"),
    ],
)
def test_ordinal_suffixes(number: int, expected: str) -> None:
    assert m.ordinal(number) == expected


def test_change_identifier_prefers_numbers_the_corpus_gives_the_head() -> None:
    sentence = (
        "On 30 April, the United Nations Security Council (UNSC) passed Resolution 822, "
        "demanding the immediate cessation of all hostilities."
    )
    span = span_of(sentence, "Resolution 822")
    pool = ["Resolution 822", "Resolution 853", "Resolution 874", "Hill 2071"]
    assert outputs(m.change_identifier, span, pool=pool) - {None} == {
        "Resolution 853",
        "Resolution 874",
    }


def test_change_identifier_numbered_without_pool_keeps_digit_count() -> None:
    span = span_of(
        "On 30 April, the United Nations Security Council passed Resolution 822.", "Resolution 822"
    )
    results = outputs(m.change_identifier, span, pool=[]) - {None}
    assert results
    for result in results:
        head, number = result.split()
        assert head == "Resolution" and len(number) == 3 and number != "822", result


@pytest.mark.parametrize(
    ("sentence", "model"),
    [
        (
            "Armenia's active air force at the time consisted of only two Su-25 ground support "
            "bombers, one of which was lost due to friendly fire.",
            "Su-25",
        ),
        ("An Azerbaijani Mi-24 helicopter was shot down over the pass.", "Mi-24"),
    ],
)
def test_change_identifier_leaves_a_model_name_alone(sentence: str, model: str) -> None:
    # another number names no real aircraft ("Mi-27 Krokodil"): the claim would not make sense
    assert outputs(m.change_identifier, span_of(sentence, model), pool=[]) == {None}


def test_change_identifier_refuses_figures_and_dates() -> None:
    assert (
        m.change_identifier(
            span_of("The brigade consisted of a total of 3,500 servicemen.", "3,500"),
            random.Random(0),
            pool=[],
        )
        is None
    )
    assert (
        m.change_identifier(
            span_of("Operation Kalbajar began on 15 December 1993.", "15 December 1993"),
            random.Random(0),
            pool=[],
        )
        is None
    )


# ---------------------------------------------------------------- entities

ENTITY_SENTENCE = (
    "Armenian forces under Monte Melkonian captured Kalbajar from Azerbaijan in April 1993."
)
PLACES = [
    "Kalbajar",
    "Kalbajar District",
    "Lachin",
    "Shusha",
    "Aghdam",
    "Fuzuli",
    "Ganja",
    "Baku",
    "Stepanakert",
    "Armenia",
    "Azerbaijan",
    "Horadiz",
    "Goris",
]


def test_swap_entity_offers_same_type_names() -> None:
    span = span_of(ENTITY_SENTENCE, "Kalbajar")
    order = m.swap_entity(span, random.Random(0), pool=PLACES, sentence=ENTITY_SENTENCE, weights={})
    assert order, "no swap offered"
    assert len(set(order)) == len(order)
    assert set(order) <= set(PLACES)
    assert "Kalbajar District" not in order  # shares the word "Kalbajar"
    assert "Azerbaijan" not in order and "Armenia" not in order  # already in the sentence


def test_swap_entity_is_deterministic() -> None:
    span = span_of(ENTITY_SENTENCE, "Kalbajar")
    first = m.swap_entity(span, random.Random(3), pool=PLACES, sentence=ENTITY_SENTENCE, weights={})
    again = m.swap_entity(span, random.Random(3), pool=PLACES, sentence=ENTITY_SENTENCE, weights={})
    assert first == again
    others = {
        tuple(
            m.swap_entity(span, random.Random(s), pool=PLACES, sentence=ENTITY_SENTENCE, weights={})
        )
        for s in range(10)
    }
    assert len(others) > 1, "the order does not depend on the random state"


def test_swap_entity_matches_how_often_names_are_mentioned() -> None:
    # a replacement about as well known as the original: not a rare or a far commoner name
    span = span_of(ENTITY_SENTENCE, "Kalbajar")
    weights = {"Kalbajar": 100, "Goris": 390, "Lachin": 100, "Shusha": 3, "Baku": 10_000}
    pool = ["Goris", "Lachin", "Shusha", "Baku"]
    firsts = [
        m.swap_entity(span, random.Random(s), pool=pool, sentence=ENTITY_SENTENCE, weights=weights)
        for s in range(40)
    ]
    assert all(set(order) == {"Goris", "Lachin"} for order in firsts)
    # drawn in proportion to mentions: Goris first about four times as often as Lachin
    assert [order[0] for order in firsts].count("Goris") >= 24


def test_swap_entity_keeps_generic_last_word() -> None:
    sentence = "The offensive was led by the Azerbaijani 3rd Battalion near Kalbajar District."
    span = span_of(sentence, "Kalbajar District")
    pool = ["Lachin District", "Shusha", "Agdere District", "Murov Mountains", "Kalbajar"]
    order = m.swap_entity(span, random.Random(0), pool=pool, sentence=sentence, weights={})
    assert set(order) == {"Lachin District", "Agdere District"}


def test_swap_entity_refuses_non_entities() -> None:
    span = span_of("The brigade consisted of a total of 3,500 servicemen.", "3,500")
    assert m.swap_entity(span, random.Random(0), pool=PLACES, sentence="x", weights={}) == []


_NAME_WORDS = [
    "Kalbajar",
    "Lachin",
    "Shusha",
    "Aghdam",
    "Ganja",
    "Baku",
    "District",
    "Upper",
    "Karabakh",
    "Nagorno-Karabakh",
    "Goris",
    "Melkonian",
    "Monte",
    "Askeran",
    "Murov",
]
GENERIC_WORDS = {"district"}
names = st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(
    pool=st.lists(names, min_size=1, max_size=15, unique=True),
    others=st.lists(names, max_size=3),
    seed=st.integers(0, 1000),
)
def test_swap_entity_never_returns_a_name_in_the_sentence_or_sharing_a_word(
    pool: list[str], others: list[str], seed: int
) -> None:
    original = pool[0]
    sentence = f"Armenian forces captured {original} from " + " and ".join(others or ["Baku"]) + "."
    span = next((s for s in extract(sentence) if s.kind == "entity" and s.text == original), None)
    if span is None:
        return  # the extractor did not read this made-up name as one entity
    order = m.swap_entity(span, random.Random(seed), pool=pool, sentence=sentence, weights={})
    # a generic last word ("District") may be shared: "Lachin District" for "Kalbajar District"
    original_words = set(span.value.name.casefold().split()) - GENERIC_WORDS
    for name in order:
        assert name in pool
        assert name not in sentence, name
        assert not original_words & set(name.casefold().split()), (original, name)


# ---------------------------------------------------------------- negation

APPOINTED = "On 1 July, Huseynov was appointed prime minister of Azerbaijan."


def test_negate_plain_sentence() -> None:
    assert negate(APPOINTED, avoid=(0, 0), plain=True) == (
        "On 1 July, Huseynov was not appointed prime minister of Azerbaijan."
    )


def test_negate_with_the_fact_in_scope() -> None:
    start = APPOINTED.index("1 July")
    assert negate(APPOINTED, avoid=(start, start + len("1 July"))) == (
        "On 1 July, Huseynov was not appointed prime minister of Azerbaijan."
    )
    sentence = "Huseynov was appointed prime minister of Azerbaijan on 1 July."
    start = sentence.index("1 July")
    assert negate(sentence, avoid=(start, start + len("1 July"))) == (
        "Huseynov was not appointed prime minister of Azerbaijan on 1 July."
    )
    sentence = "The Azerbaijani offensive was launched in December 1993."
    start = sentence.index("December 1993")
    assert negate(sentence, avoid=(start, start + len("December 1993"))) == (
        "The Azerbaijani offensive was not launched in December 1993."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # two auxiliaries
        "The brigade was reinforced and was sent to the front.",
        "The town was captured by forces that were led by Monte Melkonian.",
        "The offensive was launched after the town had been captured.",
        # an existing negation
        "The bodies of those who died of frostbite were not removed.",
        "Turkey never sent troops to Azerbaijan.",
        "No Azerbaijani units were sent to the front.",
        "The operation was conducted without air support.",
        # no auxiliary at all
        "Armenian forces captured Kalbajar in April 1993.",
        # "had" as a main verb
        "The brigade had 3,500 servicemen.",
        # ... before a number written as a word that ends like a participle
        "Manila has ten representative districts.",
        "The brigade had seventeen tanks.",
        # ... or a noun that does ("children", "women")
        "The couple had children in Boston.",
        "The brigade had women soldiers.",
    ],
)
def test_negate_refuses(sentence: str) -> None:
    assert negate(sentence, avoid=(0, 0)) is None
    assert negate(sentence, avoid=(0, 0), plain=True) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Some soldiers were killed by frostbite during the retreat.",
        "Several Azerbaijani commanders were dismissed after the defeat.",
        "About 20 houses were burned in the village.",
        "Many civilians were displaced from the district.",
    ],
)
def test_negate_plain_refuses_partial_subjects(sentence: str) -> None:
    # "Some soldiers were killed" and "Some soldiers were not killed" can both be true
    assert negate(sentence, avoid=(0, 0), plain=True) is None


def test_negate_refuses_when_the_fact_is_outside_the_negated_clause() -> None:
    sentence = "The offensive was launched in 1993 and the town fell in 1994."
    start = sentence.index("1994")
    assert negate(sentence, avoid=(start, start + 4)) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Turkey never sent troops to Azerbaijan.", "Turkey sent troops to Azerbaijan."),
        (
            "The bodies of those who died of frostbite were not removed.",
            "The bodies of those who died of frostbite were removed.",
        ),
        ("The region received no reinforcements.", "The region received reinforcements."),
        (
            "The Azerbaijani forces did not attack the city.",
            "The Azerbaijani forces did attack the city.",
        ),
        (
            "The Armenian side never recognised the resolution.",
            "The Armenian side recognised the resolution.",
        ),
    ],
)
def test_remove_negation(sentence: str, expected: str) -> None:
    assert remove_negation(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The town was captured in April 1993.",  # nothing to remove
        "He was not elected and never returned to Baku.",  # two negations
        "Neither side won the battle.",
        "The league has not yet responded to the complaint.",  # "has yet responded" is no English
    ],
)
def test_remove_negation_refuses(sentence: str) -> None:
    assert remove_negation(sentence) is None


def test_negate_and_remove_negation_round_trip() -> None:
    negated = negate(APPOINTED, avoid=(0, 0), plain=True)
    assert negated is not None
    assert remove_negation(negated) == APPOINTED


# ---------------------------------------------------------------- antonyms


def test_advance_and_retreat_are_not_flipped() -> None:
    # "retreated towards Baku with the aim of unseating the president" read as nonsense
    assert "advanced" not in m.ANTONYMS and "retreated" not in m.ANTONYMS
    # "The minority of the troops had been killed" is no English
    assert "majority" not in m.ANTONYMS and "minority" not in m.ANTONYMS


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Armenian forces captured Kalbajar, a victory for the Armenian side.", "victory"),
        ("The Azerbaijani offensive along the northern front was unsuccessful.", "northern"),
        ("The Azerbaijani offensive ended in defeat near Kalbajar.", "defeat"),
    ],
)
def test_antonym_pattern_finds_flippable_words(sentence: str, word: str) -> None:
    found = [match.group(1) for match in m.ANTONYM_PATTERN.finditer(sentence)]
    assert word in found
    assert m.ANTONYMS[word] != word


# a main verb with no auxiliary, negated with "do", on sentences of several topics
@pytest.mark.parametrize(
    ("sentence", "verb", "lemma", "tag", "expected"),
    [
        (
            "Armenian forces captured Kalbajar in April 1993.",
            "captured",
            "capture",
            "VBD",
            "Armenian forces did not capture Kalbajar in April 1993.",
        ),
        (
            "The museum houses a collection of Olmec masks.",
            "houses",
            "house",
            "VBZ",
            "The museum does not house a collection of Olmec masks.",
        ),
        (
            "Samuel Devenny suffered a heart attack.",
            "suffered",
            "suffer",
            "VBD",
            "Samuel Devenny did not suffer a heart attack.",
        ),
    ],
)
def test_negate_verb(sentence: str, verb: str, lemma: str, tag: str, expected: str) -> None:
    assert negate_verb(sentence, verb, lemma, tag) == expected


@pytest.mark.parametrize(
    ("sentence", "verb", "lemma", "tag"),
    [
        # words whose scope "not" would change: both readings can be true
        ("Azerbaijani forces captured several villages.", "captured", "capture", "VBD"),
        ("Evacuees received blankets on one of the flights.", "received", "receive", "VBD"),
        ("Lesnar only wrestled in Japan.", "wrestled", "wrestle", "VBD"),
        # a count as the subject: 33 others may not have
        ("33 Azerbaijanis died in Spitak.", "died", "die", "VBD"),
        ("About 20 villagers fled to Baku.", "fled", "flee", "VBD"),
        # an auxiliary, which ``negate`` handles, or a negation already there
        ("The town was captured in April 1993.", "captured", "capture", "VBN"),
        ("Turkey never sent troops to Azerbaijan.", "sent", "send", "VBD"),
        # a verb before a comma or inside a clause of the subject
        ("In 1993, Armenian forces captured Kalbajar.", "captured", "capture", "VBD"),
        # light verbs and "have" with a figure
        ("The brigade had 3,500 servicemen.", "had", "have", "VBD"),
    ],
)
def test_negate_verb_refuses(sentence: str, verb: str, lemma: str, tag: str) -> None:
    assert negate_verb(sentence, verb, lemma, tag) is None
