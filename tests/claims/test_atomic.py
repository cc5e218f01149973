"""Atomic claims from the parse: the clause around a fact, on sentences of several topics."""

from __future__ import annotations

import random

import pytest
from claims_helpers import FILM_PAGE

from fever_builder.analysis import parse
from fever_builder.claims.atomic import atomic_frame
from fever_builder.claims.context import Pair
from fever_builder.claims.lost import award_unnamed, quoted
from fever_builder.claims.reword import reword_pair
from fever_builder.claims.voice import passive

# sentence, fact, the claim cut around it (None: refused)
CUTS = [
    (  # a fronted date moves after the predicate; the second clause goes
        "On 2 February, the Armenian forces attacked Gamyshly from the east, "
        "but the 2nd Azerbaijani Battalion repulsed them.",
        "Gamyshly",
        "The Armenian forces attacked Gamyshly from the east.",
    ),
    (  # a relative clause on a name becomes a clause of its own
        "Serzh Sargsyan, who was a member of the State Defence Committee, said that the "
        "operation was conceived in 1992.",
        "State Defence Committee",
        "Serzh Sargsyan was a member of the State Defence Committee.",
    ),
    (  # an appositive on a name becomes a copula claim
        "Surat Huseynov, an Azerbaijani military commander, retreated to Ganja in June 1993.",
        "Azerbaijani",
        "Surat Huseynov was an Azerbaijani military commander.",
    ),
    (  # a biography: the appositive and the second place go
        "Nero was born in Antium on 15 December 37 AD, the son of Gnaeus Domitius Ahenobarbus.",
        "Antium",
        "Nero was born in Antium.",
    ),
    (  # a storm: the fact is in a subordinate clause the sentence asserts
        "Thousands of people fled to safety in Baler after Krosa destroyed 3,000 homes.",
        "3,000",
        "Krosa wrecked 3,000 homes.",  # a verb said in other words (synonyms.py)
    ),
    (  # a city: the noun a figure counts keeps its unit, a superlative its scope
        "Manila is regarded as one of the most densely populated cities in the world with "
        "42,857 people per square kilometre.",
        "42,857",
        "Manila is regarded as one of the most densely populated cities in the world with "
        "42,857 people per square kilometre.",
    ),
    (  # a typhoon: a non-restrictive relative clause on a common noun
        "Typhoon Krosa, which formed near Guam in October 2013, killed 24 people in Luzon.",
        "Guam",
        "Typhoon Krosa formed near Guam.",
    ),
    (  # a film: the second conjoined verb phrase goes
        "Mendes directed American Beauty in 1999 and won an Academy Award for it.",
        "1999",
        "Mendes directed American Beauty in 1999.",
    ),
    # a fact under a condition is not asserted by the sentence
    ("Lesnar would win the championship if he defeated Rock in 2002.", "2002", None),
    # a report stays a report: the attribution is kept, or the fact is refused
    (
        "According to Suetonius, Nero was born in Antium.",
        "Antium",
        "According to Suetonius, Nero was born in Antium.",
    ),
    (
        "According to Thomas de Waal, the Azerbaijani side suffered about 4,000 casualties "
        "at Omar Pass; the Armenian side lost some 2,000 servicemen.",
        "2,000",
        None,
    ),
    # a first time keeps what it was the first of
    (
        "In 2005 Amos was named as an unused substitute for the first time for United's "
        "Under-18 side against Everton.",
        "2005",
        "Amos was named as an unused substitute for the first time for United's Under-18 side "
        "against Everton in 2005.",
    ),
    # a figure keeps where, when and of what part it holds, or is refused
    (
        "Typhoon Krosa killed 24 people in Luzon and destroyed 3,000 homes.",
        "24",
        "Typhoon Krosa killed 24 people in Luzon.",
    ),
    (
        "In an overall military comparison, the number of men eligible for military service "
        "in Armenia, in the age group of 17–32, totalled 550,000, while in Azerbaijan it was "
        "1.3 million.",
        "550,000",
        None,
    ),
    (  # a short clause keeps its figure's year rather than lose the figure
        "In 1993 Russia supplied Armenia with arms worth 1 billion USD, which angered Baku.",
        "1 billion",
        "Russia supplied Armenia with arms worth 1 billion USD in 1993.",
    ),
]


@pytest.mark.parametrize(("sentence", "fact", "expected"), CUTS, ids=[c[1] for c in CUTS])
def test_the_clause_around_a_fact(sentence: str, fact: str, expected: str | None) -> None:
    parsed = parse([sentence])[0]
    start = sentence.index(fact)
    frame = atomic_frame(parsed, start, start + len(fact))
    if expected is None:
        assert frame is None
        return
    assert frame is not None
    assert frame.text == expected
    assert frame.fact == fact  # the fact is found again at its new offsets


# sentence, fact, the passive claim (None: the clause does not turn)
PASSIVES = [
    (
        "Armenian forces captured the district of Kalbajar in April 1993.",
        "1993",
        "The district of Kalbajar was seized by Armenian forces in April 1993.",
    ),
    (
        "In 2000, the Publicists Guild of America recognized DreamWorks for the best film "
        "publicity campaign.",
        "2000",
        "DreamWorks was recognized by the Publicists Guild of America for the best film "
        "publicity campaign in 2000.",
    ),
    (  # the other conjoined verb phrase goes before the clause turns
        "Mendes directed the film in 1999 and won an Academy Award.",
        "1999",
        "The film was directed by Mendes in 1999.",
    ),
    # an irregular past ("took", participle "taken") and a pronoun subject stay active
    ("Lesnar took the title in 2002.", "2002", None),
    ("He defeated Rock in 2002.", "2002", None),
    # two who marry do it together: "was married by" reads as the one who led the ceremony
    ("Lesnar married Rena Greek on May 6, 2006.", "May 6, 2006", None),
]


@pytest.mark.parametrize(
    ("sentence", "fact", "expected"), PASSIVES, ids=[p[2] or p[0] for p in PASSIVES]
)
def test_passive_voice(sentence: str, fact: str, expected: str | None) -> None:
    parsed = parse([sentence])[0]
    start = sentence.index(fact)
    # on the film's page, where "the film" is resolved as the subject (evidence.py)
    frame = atomic_frame(parsed, start, start + len(fact), passive=True, page=FILM_PAGE, position=2)
    if expected is None:
        assert frame is None or " by " not in frame.text
        return
    assert frame is not None and frame.text == expected
    assert frame.fact == fact
    assert frame.text[: frame.subject] == expected.split(" was ")[0]


@pytest.mark.parametrize(
    ("supports", "refutes", "expected"),
    [
        (
            "About 85% of the goods arrived by rail.",
            "About 60% of the goods arrived by rail.",
            (
                "About 85 percent of the goods arrived by rail.",
                "About 60 percent of the goods arrived by rail.",
            ),
        ),
        (
            "The film grossed $356.3 million worldwide.",
            "The film grossed $200 million worldwide.",
            (
                "The film grossed 356.3 million dollars worldwide.",
                "The film grossed 200 million dollars worldwide.",
            ),
        ),
        (
            "The brigade consisted of 3,500 servicemen.",
            "The brigade consisted of 4,200 servicemen.",
            (
                "The brigade consisted of 3500 servicemen.",
                "The brigade consisted of 4200 servicemen.",
            ),
        ),
    ],
)
def test_written_forms_change_alike_in_both_claims(supports: str, refutes: str, expected) -> None:
    pair = reword_pair(Pair("figure", supports, refutes, "", "", "clause"), random.Random(0))
    assert (pair.supports, pair.refutes) == expected


@pytest.mark.parametrize(
    ("supports", "refutes", "expected"),
    [
        # a small count is written the other way from its sentence, in both claims alike
        (
            "The court sentenced him to seven years.",
            "The court sentenced him to nine years.",
            ("The court sentenced him to 7 years.", "The court sentenced him to 9 years."),
        ),
        (
            "Krosa killed 4 people in the Philippines.",
            "Krosa killed 2 people in the Philippines.",
            (
                "Krosa killed four people in the Philippines.",
                "Krosa killed two people in the Philippines.",
            ),
        ),
    ],
)
def test_small_counts_change_form_in_both_claims_the_same_way(supports, refutes, expected) -> None:
    for seed in range(5):
        made = reword_pair(Pair("figure", supports, refutes, "", "", "clause"), random.Random(seed))
        assert (made.supports, made.refutes) == expected


BIOGRAPHY = (
    "Brock Lesnar is an American professional wrestler and mixed martial artist.",
    "Lesnar was born in Webster on July 12, 1977.",
    "Lesnar joined the University of Minnesota in 1998.",
    "Lesnar signed his first professional contract in 2000.",
    "Lesnar won his first WWE Championship in August 2002.",
    "Lesnar left WWE in March 2004.",
    "Lesnar returned to WWE in April 2012.",
    "Lesnar defeated Randy Couture in November 2008.",
    # events that happen once: dates a writer may change
    "Lesnar founded the Lesnar Training Center in 2006.",
    "Lesnar published his autobiography Death Clutch in 2011.",
)


def test_two_facts_about_one_subject_join_with_both_sentences_as_evidence() -> None:
    from fever_builder.claims.generate import generate
    from fever_builder.corpus import Page, Sentence
    from fever_builder.text.dedup import assign_groups

    lines = tuple(Sentence(i, t) for i, t in enumerate(BIOGRAPHY))
    pages = assign_groups([Page(title="Brock Lesnar", sentences=lines)])
    claims = generate(pages, seed=0).claims
    joined = [c for c in claims if c.generator.endswith("contrast.conjunction.v1")]
    assert joined
    by_pair: dict[str, dict[str, str]] = {}
    for claim in joined:
        by_pair.setdefault(claim.pair, {})[claim.label] = claim.claim
        (evidence,) = claim.evidence
        ids = [e.sentence_id for e in evidence]
        assert len(ids) == 2 and ids == sorted(ids)
        for item in evidence:  # each sentence holds one of the two facts
            assert item.text == BIOGRAPHY[item.sentence_id]
        # the page's own person, named as its title names him
        assert claim.claim.startswith("Brock Lesnar ") and " and " in claim.claim
    for texts in by_pair.values():
        assert set(texts) == {"SUPPORTS", "REFUTES"}
        true_parts = texts["SUPPORTS"].removesuffix(".").split(" and ")
        false_parts = texts["REFUTES"].removesuffix(".").split(" and ")
        # the REFUTES sibling changes one of the two facts, never both
        assert sum(a != b for a, b in zip(true_parts, false_parts, strict=True)) == 1


def test_a_joined_predicate_does_not_dangle() -> None:
    # "was quick to deny" (deny what?) stands only in its own sentence
    from fever_builder.claims.generate import generate
    from fever_builder.corpus import Page, Sentence
    from fever_builder.text.dedup import assign_groups

    lines = (*BIOGRAPHY, "When asked about the rumours, Lesnar was quick to deny.")
    page = Page(title="Brock Lesnar", sentences=tuple(Sentence(i, t) for i, t in enumerate(lines)))
    generation = generate(assign_groups([page]), seed=0)
    assert generation.dropped["join_predicate_dangles"] >= 1
    assert not [c for c in generation.claims if "quick to deny" in c.claim]


@pytest.mark.parametrize(
    ("extra", "reason", "words"),
    [
        # someone's words, the quotation closed from the sentence before
        (
            'Lesnar was to blame for the loss of the title in 2004, it was all my fault."',
            "join_quoted",
            "to blame",
        ),
        (
            "Lesnar once told reporters that we would see him again in the ring.",
            "join_quoted",
            "see him again",
        ),
        # the subject's own event and nothing of it: every wrestler has a debut
        (
            "With great fanfare and a large crowd, Lesnar made his professional debut.",
            "join_predicate_bare",
            "professional debut",
        ),
        # an award by its category alone, where the sentence says whose awards
        (
            "At the Golden Globe Awards in January 2004, Lesnar won Best Newcomer.",
            "join_award_unnamed",
            "Best Newcomer",
        ),
    ],
)
def test_a_joined_clause_is_the_article_s_fact_and_says_which(
    extra: str, reason: str, words: str
) -> None:
    from fever_builder.claims.generate import generate
    from fever_builder.corpus import Page, Sentence
    from fever_builder.text.dedup import assign_groups

    def drops(lines: tuple[str, ...]) -> tuple[int, list[str]]:
        sentences = tuple(Sentence(i, t) for i, t in enumerate(lines))
        generation = generate(
            assign_groups([Page(title="Brock Lesnar", sentences=sentences)]), seed=0
        )
        return generation.dropped[reason], [c.claim for c in generation.claims]

    before, _ = drops(BIOGRAPHY)
    after, claims = drops((*BIOGRAPHY, extra))
    assert after > before, (reason, before, after)  # the extra sentence's clause, refused
    assert not [c for c in claims if words in c]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('It was all my fault."', True),  # a quotation closed from the sentence before
        ("We won the cup in 2004.", True),
        ('He said "we won" in 2004.', False),  # quoted: the sentence reports it
        ("Call Me Maybe was released in 2011.", False),  # a title's capitalised "Me"
        ("World War I ended in 1918.", False),
    ],
)
def test_someone_s_own_words_are_told_from_the_article_s(sentence: str, speaker: bool) -> None:
    assert quoted(sentence) is speaker


@pytest.mark.parametrize(
    ("claim", "sentence", "unnamed"),
    [
        ("American Beauty won Best Film.", "At the Golden Globe Awards, it won Best Film.", True),
        (
            "It won Best Film at the Golden Globe Awards.",
            "At the Golden Globe Awards, it won Best Film.",
            False,
        ),
        # no awards named anywhere: nothing was lost
        ("The film won Best Film.", "The film won Best Film.", False),
    ],
)
def test_an_award_is_said_with_its_awards(claim: str, sentence: str, unnamed: bool) -> None:
    assert award_unnamed(claim, sentence) is unnamed


def test_a_clause_with_its_subject_s_participle_stays_active() -> None:
    # "Angle was defeated by Lesnar after executing three F-5s" reads as Angle executing them
    sentence = "Lesnar defeated Angle at SummerSlam in 2003 after executing three F-5s."
    parsed = parse([sentence])[0]
    words = [t.i for t in parsed.tokens if t.pos != "PUNCT"]
    root = next(t for t in parsed.tokens if t.dep == "ROOT")
    assert passive(parsed, words, root) is None
    without = [
        i for i in words if parsed.tokens[i].text not in ("after", "executing", "three", "F-5s")
    ]
    assert passive(parsed, without, root) is not None
