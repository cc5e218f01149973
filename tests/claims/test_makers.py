"""Who made a work: one role for a swap, and a maker of another kind from the same sentence.

"directed by Sam Mendes and written by Alan Ball": on the page of a film with one
director, "directed by Alan Ball" is ruled out, and a verifier cannot tell it from the
true claim by word overlap. Any other value the sentence holds may share the fact's role
("arrived from Georgia via Batumi"), so none is offered.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from fever_builder.analysis import parse
from fever_builder.claims.frames import Frame
from fever_builder.claims.pools import MAKER_ROLE, role_class
from fever_builder.claims.replace import other_makers
from fever_builder.facts.named import NameTypes, analysed_facts


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("pobj:by>direct", MAKER_ROLE),
        ("pobj:by>write", MAKER_ROLE),
        ("pobj:by>compose", MAKER_ROLE),
        ("pobj:by>defeat", "pobj:by>defeat"),  # beaten by someone makes nothing
        ("pobj:in>bear", "pobj:in>bear"),
        ("nsubj>direct", "nsubj>direct"),
    ],
)
def test_the_role_a_replacement_must_hold(role: str, expected: str) -> None:
    assert role_class(role) == expected


# the article around the sentence, so that the names' types are voted as in a build
FILM = [
    "Mendes was born in Reading in 1965.",
    "DreamWorks hired Mendes to direct the film.",
    "Ball said that Mendes wanted Spacey.",
    "Alan Ball wrote the script.",
    "Ball was born in Atlanta.",
    "Mendes said that he liked Ball.",
]


def _offered(sentence: str, fact: str, claim: str, article: list[str]) -> list[str]:
    parsed = parse([sentence, *article])
    types = NameTypes.vote(parsed)
    spans = analysed_facts(sentence, parsed[0], types=types)
    span = next(s for s in spans if s.text == fact)
    start = claim.index(fact)
    frame = Frame(claim, start, start + len(fact), 0)
    return other_makers(frame, span, sentence, SimpleNamespace(sentence_spans=spans, types=types))


@pytest.mark.parametrize(
    ("sentence", "fact", "claim", "article", "expected"),
    [
        (  # the writer for the director
            "American Beauty is a film directed by Sam Mendes and written by Alan Ball.",
            "Sam Mendes",
            "American Beauty is a film directed by Sam Mendes.",
            FILM,
            ["Alan Ball"],
        ),
        (  # two places of one journey: both may hold
            "The brigade arrived from Georgia via Batumi.",
            "Georgia",
            "The brigade arrived from Georgia.",
            ["Georgia is a country.", "Batumi is a city in Georgia."],
            [],
        ),
        (  # a name joined to the fact shares its role
            "The film was directed by Sam Mendes and Alan Ball.",
            "Sam Mendes",
            "The film was directed by Sam Mendes.",
            FILM,
            [],
        ),
        (  # "Ball" named again beside the fact: the writer may be that producer
            "The film was produced by Sam Mendes and Ball, and written by Alan Ball.",
            "Sam Mendes",
            "The film was produced by Sam Mendes.",
            FILM,
            [],
        ),
    ],
)
def test_a_maker_of_another_kind_is_offered_and_nothing_else(
    sentence: str, fact: str, claim: str, article: list[str], expected: list[str]
) -> None:
    assert _offered(sentence, fact, claim, article) == expected
