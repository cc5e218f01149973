"""A figure of a contest the same sides may meet in again, or of how long an act went on,
is changed only with what says which: "Lesnar beat Undertaker after executing three F-5s"
holds for one of their matches, and in another he may have needed five."""

from __future__ import annotations

import pytest

from fever_builder.claims.generate import generate
from fever_builder.claims.lost import contest_unnamed, duration_unnamed
from fever_builder.corpus import Page, Sentence
from fever_builder.text.dedup import assign_groups


@pytest.mark.parametrize(
    ("claim", "unnamed"),
    [
        ("Lesnar beat Undertaker after executing three F-5s.", True),
        ("Arsenal defeated Chelsea with two late goals.", True),
        ("The Boers fought the British with 3,000 men.", True),
        # a year, a date, a battle or a war says which
        ("Lesnar beat Undertaker after executing three F-5s in 2014.", False),
        ("Arsenal defeated Chelsea with two late goals on 3 May.", False),
        ("The Boers fought the British in the battle with 3,000 men.", False),
        # no contest: a tally or a count of one thing
        ("American Beauty won five Academy Awards.", False),
        ("Krosa killed four people in the Philippines.", False),
        ("The final drew 30,000 spectators.", False),
    ],
)
def test_a_contest_that_may_recur_needs_what_says_which(claim: str, unnamed: bool) -> None:
    assert contest_unnamed(claim) is unnamed


BIOGRAPHY = [
    "Brock Lesnar is an American professional wrestler and mixed martial artist.",
    "He was born in Webster on July 12, 1977.",
    "He joined WWE in 2000.",
    "His brother is a farmer.",
    "He lives in Saskatchewan with his wife.",
]


def _figure_claims(sentence: str) -> tuple[list[str], int]:
    lines = tuple(Sentence(i, t) for i, t in enumerate([*BIOGRAPHY, sentence]))
    made = generate(assign_groups([Page(title="Brock Lesnar", sentences=lines)]), seed=0)
    claims = [c.claim for c in made.claims if "F-5s" in c.claim]
    return claims, made.dropped["figure_of_a_recurring_contest"]


def test_a_count_in_a_match_is_changed_only_when_the_claim_says_which_match() -> None:
    claims, dropped = _figure_claims("Lesnar defeated Undertaker after executing three F-5s.")
    assert claims == [] and dropped == 1
    claims, dropped = _figure_claims(
        "In 2014, Lesnar defeated Undertaker after executing three F-5s."
    )
    assert dropped == 0
    assert any(c.endswith("three F-5s in 2014.") for c in claims)
    assert any("three" not in c for c in claims)  # and a REFUTES claim changes the count


@pytest.mark.parametrize(
    ("claim", "fact", "unnamed"),
    [
        ("Elchibey imposed a state of emergency for a period of two months.", "two", True),
        ("The club banned him for six months.", "six months", True),
        # a time that says which, or a thing's own span, or no "for"
        ("In 1992 Elchibey imposed a state of emergency for two months.", "two", False),
        ("The peace between Parthia and Rome lasted for 50 years.", "50", False),
        ("The siege ended after two months.", "two", False),
        ("He played for two clubs.", "two", False),
    ],
)
def test_how_long_an_act_went_on_needs_what_says_which_time(
    claim: str, fact: str, unnamed: bool
) -> None:
    start = claim.index(fact)
    assert duration_unnamed(claim, start, start + len(fact)) is unnamed
