"""A surname said in full in both claims of a pair, and only where it stands alone."""

from __future__ import annotations

import pytest

from fever_builder.claims.context import Pair
from fever_builder.claims.names import in_full
from fever_builder.corpus import Sentence

LEAD = Sentence(0, "José Rizal was a Filipino nationalist and writer.", group="g0")
NAMES = {"Rizal": ("José Rizal", LEAD)}


@pytest.mark.parametrize(
    ("supports", "expected"),
    [
        # the man, alone: his full name, and the sentence that gives it joins the evidence
        ("Rizal was executed in 1896.", "José Rizal was executed in 1896."),
        ("A monument to Rizal stands in Manila.", "A monument to José Rizal stands in Manila."),
        # part of another name: the park is not "José Rizal Park"
        (
            "The museum is on the northeast part of Rizal Park.",
            "The museum is on the northeast part of Rizal Park.",
        ),
    ],
)
def test_a_surname_is_said_in_full_only_where_it_names_the_person(
    supports: str, expected: str
) -> None:
    sentence = Sentence(12, supports, group="g12")
    pair = Pair("date", supports, supports.replace("1896", "1890"), "1896", "1890", "date")
    made, naming = in_full(pair, [], sentence, NAMES, max_words=20)
    assert made.supports == expected
    assert made.refutes == expected.replace("1896", "1890")
    assert (LEAD in naming) == (expected != supports)
