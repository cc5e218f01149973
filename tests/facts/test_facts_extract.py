"""extract(): the order of finders, non-overlap, and one pass over the seeds."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from fever_builder.facts import Lexicon, Span, extract


def _check(text: str, spans: list[Span]) -> None:
    for span in spans:
        assert text[span.start : span.end] == span.text
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start


def test_extract_seed_sentence_in_order() -> None:
    text = (
        "The Azerbaijani forces, made up of over three thousand soldiers of the 701st Kalbajar "
        "Motorised Infantry Division, launched the offensive on 15 December, in high altitudes"
    )
    spans = extract(text)
    _check(text, spans)
    assert [(s.text, s.kind, s.subtype) for s in spans] == [
        ("Azerbaijani", "entity", "nationality"),
        ("over three thousand", "figure", "words"),
        ("701st", "ordinal", "digits"),
        ("Kalbajar Motorised Infantry Division", "entity", "unit"),
        ("15 December", "date", "day"),
    ]


def test_extract_infobox_line() -> None:
    text = "- Casualties2: 400 servicemen killed , 150+ servicemen captured"
    assert [(s.text, s.kind) for s in extract(text) if s.kind != "entity"] == [
        ("400", "figure"),
        ("150+", "figure"),
    ]


def test_extract_mixed_numbers() -> None:
    text = (
        "On 30 April 1993, Resolution 822 was passed; the 3rd Battalion with BM-21 Grad launchers "
        "and ~4,000 servicemen held Hill 2071 (about 30% of the district)[12]."
    )
    spans = extract(text)
    _check(text, spans)
    assert [(s.text, s.kind) for s in spans if s.kind != "entity"] == [
        ("30 April 1993", "date"),
        ("Resolution 822", "identifier"),
        ("3rd", "ordinal"),
        ("BM-21", "identifier"),
        ("~4,000", "figure"),
        ("Hill 2071", "identifier"),
        ("about 30%", "figure"),
    ]


def test_extract_on_all_seed_sentences(
    seed_lexicon: Lexicon, seed_data: tuple[list[tuple[str, str]], list[str]]
) -> None:
    _fields, texts = seed_data
    sentences = [s for text in texts for s in text.split(". ") if s.strip()]
    start = time.perf_counter()
    counts: Counter[str] = Counter()
    for sentence in sentences:
        spans = extract(sentence, lexicon=seed_lexicon)
        _check(sentence, spans)
        counts.update(s.kind for s in spans)
        for span in spans:
            assert span.text.strip() == span.text
            assert not (span.kind == "figure" and span.text in {"000", "21"})
            assert not (
                span.kind == "date"
                and "," in span.text
                and span.text[0].isdigit()
                and span.text.split(",")[0].isdigit()
            )
    elapsed = time.perf_counter() - start
    # Loose floors: a regression that drops a whole kind fails loudly.
    assert counts["date"] > 300 and counts["figure"] > 300 and counts["entity"] > 3000
    assert counts["ordinal"] > 50 and counts["identifier"] > 30
    assert elapsed < 10, f"extract took {elapsed:.1f}s on {len(sentences)} sentences"


@pytest.mark.parametrize("text", ["", " ", "[12]", "1", "The", "-", "—1993—", "$", "~"])
def test_extract_degenerate_texts(text: str) -> None:
    _check(text, extract(text))
