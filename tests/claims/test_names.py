"""A surname said in full in both claims of a pair, and only where it stands alone."""

from __future__ import annotations

import pytest

from fever_builder.claims.context import Pair
from fever_builder.claims.names import in_full, page_person_in_full
from fever_builder.claims.reference import PageSubject
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


def test_the_pages_own_person_in_full_needs_no_sentence_to_name_them() -> None:
    # on José Rizal's own page, the title names him: no sentence joins the evidence
    sentence = Sentence(12, "Rizal was executed in 1896.", group="g12")
    pair = Pair("date", sentence.text, "Rizal was executed in 1890.", "1896", "1890", "date")
    made, naming = in_full(pair, [], sentence, NAMES, max_words=20, own="José Rizal")
    assert made.supports == "José Rizal was executed in 1896."
    assert naming == []
    # on another page, the sentence that gives his full name is needed
    assert in_full(pair, [], sentence, NAMES, max_words=20, own="Manila")[1] == [LEAD]


LESNAR = PageSubject(name="Brock Lesnar", short="Lesnar", pronoun="he", noun=None, lead=0)


@pytest.mark.parametrize(
    ("supports", "expected"),
    [
        # the page's own person, opening the claim: the name the page's title gives
        ("Lesnar wedded Rena Greek in 2006.", "Brock Lesnar wedded Rena Greek in 2006."),
        ("Lesnar's first fight came in 2006.", "Brock Lesnar's first fight came in 2006."),
        # part of another name, or not the claim's opening: as it is
        ("Lesnar Training Center opened in 2006.", "Lesnar Training Center opened in 2006."),
        ("Heyman met Lesnar in 2006.", "Heyman met Lesnar in 2006."),
    ],
)
def test_the_pages_own_person_opens_a_claim_by_full_name(supports: str, expected: str) -> None:
    pair = Pair("date", supports, supports.replace("2006", "2008"), "2006", "2008", "date")
    made = page_person_in_full(pair, LESNAR, max_words=20)
    assert (made.supports, made.refutes) == (expected, expected.replace("2006", "2008"))


def test_a_things_short_name_is_not_a_surname() -> None:
    battalion = PageSubject(
        name="Zrinski Battalion", short="The Zrinski Battalion", pronoun="it", noun=None, lead=0
    )
    pair = Pair("date", "The Zrinski Battalion was set up in 1991.", "... 1994.", "", "", "date")
    assert page_person_in_full(pair, battalion, max_words=20) == pair
    assert page_person_in_full(pair, None, max_words=20) == pair


def test_no_full_name_where_another_person_of_the_page_shares_the_surname() -> None:
    curie = PageSubject(name="Marie Curie", short="Curie", pronoun="she", noun=None, lead=0)
    pair = Pair("date", "Curie died in 1906.", "Curie died in 1904.", "1906", "1904", "date")
    assert page_person_in_full(pair, curie, max_words=20, namesakes=("Pierre Curie",)) == pair
    made = page_person_in_full(pair, curie, max_words=20)
    assert made.supports == "Marie Curie died in 1906."
