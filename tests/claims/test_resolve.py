"""Subject resolution: "He", "His ...", "The film" and "It" become the page's entity, or the claim is dropped."""

from __future__ import annotations

import pytest

from fever_builder.claims.generate import generate
from fever_builder.corpus import Page, Sentence
from fever_builder.text.dedup import assign_groups

# pages of several topics; each later sentence holds a date or a figure to change
PAGES = {
    "Brock Lesnar (wrestler)": (
        "Brock Lesnar is an American professional wrestler and former football player.",
        "Lesnar was born in Webster, Minnesota, on July 12, 1977.",
        # a win pinned to one contest: a title won in a year may be lost in another
        "He won the WWE Championship at SummerSlam 2002.",
        "His first professional fight took place in June 2007.",
        "Lesnar fought Frank Mir at UFC 81 in February 2008.",
        "He lost the fight after 90 seconds.",
        "She married him in May 2006.",
        "Lesnar returned to the ring in April 2012 after his injury.",
    ),
    "American Beauty (1999 film)": (
        "American Beauty is a 1999 American drama film directed by Sam Mendes.",
        "The film was released in the United States on September 15, 1999.",
        "The film grossed $356 million worldwide against its $15 million budget.",
        "It premiered in Los Angeles on September 8, 1999.",
        "Mendes directed Road to Perdition, a crime film, in 2002.",
        "The film earned $181 million at the box office.",
    ),
    "Robert Boulter": (
        "Robert Boulter is an English film and television actor.",
        "Boulter appeared in the series The Bill in 2000.",
        "He appeared in four plays in London between 2003 and 2005.",
        "In 2006, Boulter starred alongside Ben Whishaw in the play Citizenship.",
        "He made his first appearance in an episode of Doctors in 2006.",
        "Boulter said that he enjoyed his work on the series.",
        "Ben Whishaw appeared in the film Perfume in 2006.",
        "He played the lead role in the film in September 2006.",
    ),
    # a page holding a copy of a sentence the Lesnar page resolves ("He won ...")
    "Shelton Benjamin": (
        "Shelton Benjamin is an American professional wrestler.",
        "He won the WWE Championship at SummerSlam 2002.",
    ),
}


@pytest.fixture(scope="module")
def claims() -> list:
    pages = [
        Page(title=title, sentences=tuple(Sentence(i, t) for i, t in enumerate(lines)))
        for title, lines in PAGES.items()
    ]
    return generate(assign_groups(pages), seed=0).claims


# a sentence whose subject refers back, and how its claims must open (None: no claims at all);
# the page's person by the name its title gives
RESOLVED = [
    ("he on a person's page", "Brock Lesnar (wrestler)", 2, "Brock Lesnar "),
    (
        "his on a person's page",
        "Brock Lesnar (wrestler)",
        3,
        "Brock Lesnar's first professional fight",
    ),
    ("the class noun of a film", "American Beauty (1999 film)", 1, "American Beauty "),
    ("the class noun again", "American Beauty (1999 film)", 2, "American Beauty "),
    ("it after a sentence about the film", "American Beauty (1999 film)", 3, "American Beauty "),
    ("he after a sentence naming only the page's person", "Robert Boulter", 2, "Robert Boulter "),
    # another actor is named, but the page's person is the subject the pronoun carries on
    ("he after a sentence about the page's person", "Robert Boulter", 4, "Robert Boulter "),
]

REFUSED = [
    ("another person named in the previous sentence", "Brock Lesnar (wrestler)", 5),
    ("she on a page about a man", "Brock Lesnar (wrestler)", 6),
    ("another film named in the previous sentence", "American Beauty (1999 film)", 5),
    ("another actor is the previous sentence's subject", "Robert Boulter", 7),
]


@pytest.mark.parametrize(("case", "page", "sentence", "opening"), RESOLVED, ids=lambda v: v)
def test_subject_resolves_to_the_page_entity(claims, case, page, sentence, opening) -> None:
    made = [c for c in claims if c.source_page == page and c.source_sentence == sentence]
    assert made, f"{case}: no claims from {page}/{sentence}"
    assert all(c.claim.startswith(opening) for c in made), [c.claim for c in made]
    # the claim's own sentence is its evidence, read with its page as FEVER reads it: the
    # page's title names the entity, so no lead joins it, and no copy of the sentence on
    # another page (there "He" is that page's person) is an evidence set
    for claim in made:
        cited = {(e.page, e.sentence_id) for s in claim.evidence for e in s}
        if "conjunction" in claim.generator:
            # joined with a fact of another sentence of the page: both cited, still no lead
            assert (page, sentence) in cited and (page, 0) not in cited, claim.evidence
            assert {p for p, _ in cited} == {page}, claim.evidence
        else:
            assert cited == {(page, sentence)}, claim.evidence


@pytest.mark.parametrize(("case", "page", "sentence"), REFUSED, ids=lambda v: v)
def test_subject_with_a_rival_antecedent_is_dropped(claims, case, page, sentence) -> None:
    made = [c.claim for c in claims if c.source_page == page and c.source_sentence == sentence]
    assert made == [], case


def test_no_claim_keeps_a_referring_subject(claims) -> None:
    assert claims
    openings = ("He ", "She ", "His ", "Her ", "It ", "The film ")
    assert not [c.claim for c in claims if c.claim.startswith(openings)]


def test_a_resolved_sentence_copied_on_another_page_names_each_page_entity(claims) -> None:
    """ "He won the WWE Championship ..." is on Lesnar's page and on Benjamin's: the claims
    made of it name the page they cite, and cite only that page."""
    copied = "He won the WWE Championship at SummerSlam 2002."
    made = [c for c in claims if PAGES[c.source_page][c.source_sentence] == copied]
    assert made
    for claim in made:
        person = claim.source_page.split(" (")[0]
        assert claim.claim.startswith(person + " "), claim.claim
        assert {e.page for s in claim.evidence for e in s} == {claim.source_page}


def test_a_copy_on_another_page_is_no_evidence_for_the_page_s_own_name() -> None:
    """ "the film" said by the page's name in the cut: the same words on another film's page
    are about that film, so they are no evidence set of the claim."""
    shared = "DreamWorks paid $250,000 for the film in 1998."
    pages = [
        Page(
            title="American Beauty (1999 film)",
            sentences=(
                Sentence(
                    0, "American Beauty is a 1999 American drama film directed by Sam Mendes."
                ),
                Sentence(1, shared),
            ),
        ),
        Page(
            title="Road to Perdition",
            sentences=(
                Sentence(0, "Road to Perdition is a 2002 American crime film by Sam Mendes."),
                Sentence(1, shared),
            ),
        ),
    ]
    for seed in range(3):
        made = [c for c in generate(assign_groups(pages), seed=seed).claims if "1998" in c.claim]
        for claim in made:
            named = "American Beauty" if "American Beauty" in claim.claim else "Road to Perdition"
            assert named in claim.claim
            pages_cited = {e.page.split(" (")[0] for s in claim.evidence for e in s}
            assert pages_cited == {named}, (claim.claim, claim.evidence)
