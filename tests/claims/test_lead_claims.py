"""Claims about what a page's subject is, from its lead: its nationality and its kind of
work against another one, on pages of several topics, and the leads that must make none."""

from __future__ import annotations

import pytest

from fever_builder.claims.generate import generate
from fever_builder.corpus import Page, Sentence
from fever_builder.facts.kinds import COUNTRY_OF, NATIONALITIES, WORK_KINDS, exclusive
from fever_builder.text.dedup import assign_groups


def lead_pairs(title: str, lines: tuple[str, ...]) -> list[tuple[str, str]]:
    """(SUPPORTS, REFUTES) of the page's lead claims, in the order made."""
    page = Page(title=title, sentences=tuple(Sentence(i, t) for i, t in enumerate(lines)))
    claims = [c for c in generate(assign_groups([page]), seed=0).claims if c.mutation == "class"]
    by_pair: dict[str, dict[str, str]] = {}
    for claim in claims:
        by_pair.setdefault(claim.pair, {})[claim.label] = claim.claim
        assert claim.evidence == (((claim.evidence[0][0]),),)  # the lead alone settles it
        assert claim.evidence[0][0].sentence_id == 0
    return [(p["SUPPORTS"], p["REFUTES"]) for p in by_pair.values()]


ACTOR = (
    "Robert Boulter is an English film, television and theatre actor.",
    "Boulter starred in the Australian drama series Dark Hills in 2003.",
    "He later appeared in a play at the Royal Court Theatre in London.",
)
GAME = (
    "QuackShot is a 1991 platforming video game developed by Sega for the Mega Drive.",
    "The player controls Donald Duck through levels set in Duckburg and Mexico.",
    "GameRankings assigned the game a score of 77% based on 2 reviews.",
)
FILM = (
    "Marnie is a 1964 American psychological thriller film directed by Alfred Hitchcock.",
    "The film is based on the 1961 novel of the same name by Winston Graham.",
    "Hitchcock had first offered the lead to Grace Kelly, who lived in Monaco.",
    "Kelly later declined, and the role went to the French actress Brigitte Bardot.",
)


@pytest.mark.parametrize(
    ("title", "lines", "expected"),
    [
        # a nationality the article names ("Welsh" would overlap: both are British)
        (
            "Robert Boulter",
            ACTOR,
            [("Robert Boulter is an English actor.", "Robert Boulter is an Australian actor.")],
        ),
        # a kind of work for another a reader would confuse it with; the year is kept
        (
            "QuackShot",
            GAME,
            [("QuackShot is a 1991 video game.", "QuackShot is a 1991 film.")],
        ),
        # both: the nationality first; no "novel", which the page names (a novel of
        # the same name may exist), and the genre dropped
        (
            "Marnie (film)",
            FILM,
            [
                ("Marnie is an American film.", "Marnie is a French film."),
                ("Marnie is a 1964 American film.", "Marnie is a 1964 American television series."),
            ],
        ),
    ],
)
def test_lead_claims_on_several_topics(title, lines, expected) -> None:
    assert lead_pairs(title, lines) == expected


# another nationality, named away from the subject: the leads below could take it
ELSEWHERE = "Critics in Madrid praised the Spanish release of the book."


def test_a_nationality_or_kind_named_elsewhere_on_the_page_is_taken() -> None:
    lead = "Ben Amos is an English footballer who plays for Bolton."
    assert lead_pairs("Ben Amos", (lead, ELSEWHERE)) == [
        ("Ben Amos is an English footballer.", "Ben Amos is a Spanish footballer.")
    ]
    lead = "The Mousetrap is a 1952 play by Agatha Christie."
    assert lead_pairs("The Mousetrap", (lead, "A novel and an opera of it followed.")) == [
        ("The Mousetrap is a 1952 play.", "The Mousetrap is a 1952 film.")
    ]


@pytest.mark.parametrize(
    ("title", "lead", "elsewhere"),
    [
        # a noun phrase that does not say what its subject is now
        ("Ben Amos", "Ben Amos is a former English footballer who played for Bolton.", ELSEWHERE),
        ("Abbey Road", "Abbey Road is a planned 1969 album by the Beatles.", ELSEWHERE),
        # two nationalities, or one inside another
        ("Brock Lesnar", "Brock Lesnar is an American Canadian professional wrestler.", ELSEWHERE),
        ("Lisa Tarbuck", "Lisa Tarbuck is an Anglo-Irish actress and presenter.", ELSEWHERE),
        # no kind of thing and no nationality: a role, a title
        ("Manila", "Manila is the capital city of the Philippines.", ELSEWHERE),
        ("Nero", "Nero was Roman Emperor from 54 to 68.", ELSEWHERE),
        # the only other nationality the page names overlaps with the lead's
        ("Sam Kerr", "Sam Kerr is a British actor born in Leeds.", "Critics praised his English."),
        # the lead does not open with its subject
        ("Bohemian Rhapsody", "It is a 1975 song by the British rock band Queen.", ELSEWHERE),
        # a kind whose alternatives the page all names
        (
            "The Mousetrap",
            "The Mousetrap is a 1952 play by Agatha Christie.",
            "A novel, a film and an opera of it followed.",
        ),
    ],
)
def test_leads_that_make_no_claim_about_their_subject(title, lead, elsewhere) -> None:
    assert lead_pairs(title, (lead, elsewhere)) == []


def test_a_nationality_is_said_by_country_every_other_time() -> None:
    pages = [
        Page(title=title, sentences=tuple(Sentence(i, t) for i, t in enumerate(lines)))
        for title, lines in (("Robert Boulter", ACTOR), ("Marnie (film)", FILM))
    ]
    claims = [c for c in generate(assign_groups(pages), seed=0).claims if c.mutation == "class"]
    said = {c.claim for c in claims}
    assert "Robert Boulter is an English actor." in said
    assert "Marnie is a film from the United States." in said
    assert "Marnie is a film from France." in said


def test_the_lexicons_hold_words_that_exclude_each_other() -> None:
    assert not exclusive("British", "English") and not exclusive("Scottish", "Welsh")
    assert exclusive("English", "French") and exclusive("American", "Canadian")
    assert not exclusive("Roman", "Greek")  # not a present-day nationality: not listed
    assert all(word[:1].isupper() and " " not in word for word in NATIONALITIES)
    assert COUNTRY_OF["Dutch"] == "the Netherlands" and COUNTRY_OF["Dominican"] is None
    for kind, others in WORK_KINDS.items():
        assert kind not in others and all(other in WORK_KINDS for other in others), kind
