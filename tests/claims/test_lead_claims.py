"""Claims about what a page's subject is, from its lead: its nationality and its kind of
work against another one, on pages of several topics, and the leads that must make none."""

from __future__ import annotations

import re

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
        # no "a" or "an" after the verb: a role or a title, not a kind
        ("Manila", "Manila is the capital city of the Philippines.", ELSEWHERE),
        ("Nero", "Nero was Roman Emperor from 54 to 68.", ELSEWHERE),
        # the only other nationality the page names overlaps with the lead's
        ("Sam Kerr", "Sam Kerr is a British actor born in Leeds.", "Critics praised his English."),
        # the lead does not open with its subject
        ("Bohemian Rhapsody", "It is a 1975 song by the British rock band Queen.", ELSEWHERE),
        # the other nationality is the subject's own by citizenship or making
        (
            "Alfred Hitchcock",
            "Alfred Hitchcock was an English film director and producer.",
            "Hitchcock became an American citizen in 1955.",
        ),
        ("Cold War (film)", "Cold War is a Polish film.", "It is a French co-production."),
        # a nationality of something other than a person or a work: a cuisine
        ("Le Bernardin", "Le Bernardin is a French restaurant in Manhattan.", ELSEWHERE),
        # a kind a modifier makes another thing; a sport, not a nationality
        ("EastEnders", "EastEnders is a British soap opera set in London.", ELSEWHERE),
        ("The Fame", "The Fame is a 2008 extended play by Lady Gaga.", ELSEWHERE),
        ("The Catch", "The Catch is an American football play from 1982.", ELSEWHERE),
        # a kind without its year: a work of another kind may share its name
        ("Bohemian Rhapsody", "Bohemian Rhapsody is a song by Queen.", ELSEWHERE),
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


def test_a_works_nationality_is_said_by_country_every_other_time() -> None:
    rope = (
        "Rope is a 1948 American crime film directed by Alfred Hitchcock.",
        "The French critics of the time were divided.",
    )
    pages = [
        Page(title=title, sentences=tuple(Sentence(i, t) for i, t in enumerate(lines)))
        for title, lines in (("Robert Boulter", ACTOR), ("Marnie (film)", FILM), ("Rope", rope))
    ]
    claims = [c for c in generate(assign_groups(pages), seed=0).claims if c.mutation == "class"]
    said = {c.claim for c in claims}
    # a person's, never by country: "from" may be where one was born
    assert "Robert Boulter is an English actor." in said
    assert "Marnie is an American film." in said
    assert "Rope is a film from the United States." in said
    assert "Rope is a film from France." in said


def test_the_lexicons_hold_words_that_exclude_each_other() -> None:
    assert not exclusive("British", "English") and not exclusive("Scottish", "Welsh")
    assert exclusive("English", "French") and exclusive("American", "Canadian")
    assert not exclusive("Russian", "Ukrainian") and not exclusive("Austrian", "German")
    assert "Roman" not in NATIONALITIES  # not a present-day nationality
    # every word of an overlapping group is a listed nationality
    from fever_builder.facts.kinds import _OVERLAPPING

    assert all(word in NATIONALITIES for group in _OVERLAPPING for word in group)
    assert all(word[:1].isupper() and " " not in word for word in NATIONALITIES)
    assert COUNTRY_OF["Dutch"] == "the Netherlands" and COUNTRY_OF["Dominican"] is None
    for kind, others in WORK_KINDS.items():
        assert kind not in others and all(other in WORK_KINDS for other in others), kind


def test_the_subject_is_the_page_name_as_its_lead_says_it() -> None:
    lines = ("Cold War is a 2018 Polish drama film directed by Paweł Pawlikowski.",)
    assert lead_pairs("Cold War (film)", lines) == [
        ("Cold War is a 2018 Polish film.", "Cold War is a 2018 Polish novel.")
    ]


def test_a_nationality_inside_another_is_not_said_in_the_kind() -> None:
    lines = ("Gravity is a 2013 Latin American science fiction film.",)
    assert lead_pairs("Gravity", lines) == [("Gravity is a 2013 film.", "Gravity is a 2013 novel.")]


def test_an_article_agrees_with_the_sound_of_the_year() -> None:
    lines = ("Persuasion is an 1817 novel by Jane Austen.", "A film of it followed.")
    assert lead_pairs("Persuasion", lines) == [
        ("Persuasion is an 1817 novel.", "Persuasion is an 1817 play.")
    ]


def test_every_supports_claim_says_only_what_its_lead_says() -> None:
    pages = [
        Page(title=title, sentences=tuple(Sentence(i, t) for i, t in enumerate(lines)))
        for title, lines in (
            ("Robert Boulter", ACTOR),
            ("QuackShot", GAME),
            ("Marnie (film)", FILM),
            ("Ben Amos", ("Ben Amos is an English footballer who plays for Bolton.", ELSEWHERE)),
        )
    ]
    claims = [c for c in generate(assign_groups(pages), seed=0).claims if c.mutation == "class"]
    assert len({c.source_page for c in claims}) == 4
    for claim in claims:
        if claim.label != "SUPPORTS":
            continue
        lead = claim.evidence[0][0].text
        said = claim.claim.removesuffix(".").split(" is ", 1)[1].split()
        # its words in the lead's order (a country for its nationality), after "a"/"an"
        words = [w for w in said[1:] if w != "from"]
        words = [w for w in words if not any(w in c.split() for c in COUNTRY_OF.values() if c)]
        lead_words = re.findall(r"[\w-]+", lead)
        positions = [lead_words.index(w) for w in words]
        assert positions == sorted(positions), (claim.claim, lead)
