"""Denials and added negations: "not" on both labels, and only where it says something true.

A denial states a changed value and denies it ("Typhoon Krosa did not kill 43
people" against "Typhoon Krosa killed 43 people"); a plain negation denies a
true clause. Between them "not" marks no label, and each must deny exactly the
value or clause it is made of. On a person's page "him" or "his" may be the
page's person by name. Sentences from several topics (a typhoon, a wrestler, a
film, a statesman, an emperor, a city).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from fever_builder.analysis import parse
from fever_builder.claims.atomic import atomic_frame
from fever_builder.claims.context import Pair
from fever_builder.claims.frames import Frame
from fever_builder.claims.generate import generate
from fever_builder.claims.reference import PageSubject
from fever_builder.claims.writers.conjunction import joinable
from fever_builder.claims.writers.denial import _argument, _larger, _reaches, _with_do
from fever_builder.claims.writers.negation import _cut_short, plain_negation_pair
from fever_builder.facts.figures import parse_figure
from fever_builder.facts.named import NameTypes, analysed_facts

sys.path.insert(0, str(Path(__file__).parent))
from test_writers import topic_pages  # noqa: E402 - the writers' pages of three topics

NOT = re.compile(r"\b(?:not|never)\b")
DO = re.compile(r"\b(?:did|does|do) not\b")


@pytest.fixture(scope="module")
def generation():
    return generate(topic_pages(), seed=0)


def test_a_denial_denies_the_value_its_pair_states_and_the_sentence_rules_out(generation):
    denials = [c for c in generation.claims if c.generator.endswith("support.denial.v1")]
    assert denials, generation.claims
    partners = {c.pair: c for c in generation.claims if c.label == "REFUTES"}
    for denial in denials:
        stated = partners[denial.pair]
        assert denial.label == "SUPPORTS"
        assert NOT.search(denial.claim) and not NOT.search(stated.claim), (denial, stated)
        # the stated claim with "not" after its auxiliary, or its verb said with "do"
        said = re.sub(r" (?:did|does|do) not (\w+)", r" \1", denial.claim).replace(" not ", " ")
        if " not " in denial.claim and not DO.search(denial.claim):
            assert said == stated.claim, (denial, stated)
        # the same false value on both sides: words the sentence does not have
        source = stated.evidence[0][-1].text
        false = [w for w in re.findall(r"\d[\d,.]*|[A-Z]\w+", stated.claim) if w not in source]
        assert false, (stated, source)
        assert all(w in denial.claim for w in false), (denial, stated)


@pytest.mark.parametrize(
    "cue", [NOT, re.compile(r"\b(?:did|does|do) not\b")], ids=["not", "did not"]
)
def test_not_marks_no_label(generation, seeds_build, cue: re.Pattern[str]) -> None:
    # on the writers' pages and on the seeds build, "not" (and "did not", which also says
    # the verb in another form) is in as many SUPPORTS claims as REFUTES claims, give or take
    # one a shard may end on
    on_pages = Counter(c.label for c in generation.claims if cue.search(c.claim))
    in_build = Counter(row["label"] for row in seeds_build.rows if cue.search(row["claim"]))
    for cues in (on_pages, in_build):
        assert abs(cues["SUPPORTS"] - cues["REFUTES"]) <= 1, cues
    if cue is NOT:
        assert on_pages["REFUTES"] + in_build["REFUTES"] >= 1


def test_a_denial_is_never_joined_to_another_fact(generation):
    joined = [c for c in generation.claims if c.generator.endswith("conjunction.v1")]
    assert joined, generation.claims
    assert not any(NOT.search(c.claim) for c in joined), joined
    # "was not born in A and wed B before 2006": does "not" reach the second fact?
    page = topic_pages()[1]
    sentence = page.sentences[1]
    pair = Pair(
        "date",
        "Brock Lesnar was not born in 1980.",
        "Brock Lesnar was born in 1980.",
        "1977",
        "1980",
        "denial",
    )
    assert joinable(page, sentence, (), len("Brock Lesnar"), pair) is None
    assert (
        joinable(page, sentence, (), len("Brock Lesnar"), replace(pair, support_form="clause"))
        is not None
    )


@pytest.mark.parametrize(
    ("denied", "value", "reaches"),
    [
        ("Typhoon Krosa did not kill 43 people in Luzon.", "43", True),
        ("Brock Lesnar was not born in Kelowna.", "Kelowna", True),
        ("Nero was not born in Antium on 15 December 39 AD.", "15 December 39 AD", True),
        # "not" falls on the score, not on the count of reviews
        ("Metacritic does not give the film a score of 86, based on 66 reviews.", "66", False),
        # nor on a detail after "with": "Manila is one of the most densely populated"
        ("Manila is not one of the densest cities with 85,714 people per km2.", "85,714", False),
        # a relative clause: "did not go to the school" is false
        ("Ben Amos did not go to the school, where he gained 14 GCSEs.", "14", False),
        # a quantified subject: none of them, or not all? (also after an opening phrase)
        ("All the barangays are not organized into 150 zones.", "150", False),
        ("In 2010 all the barangays were not organized into 150 zones.", "150", False),
        ("Only Nero was not born in Capua.", "Capua", False),
        # a counted subject: 33 others may have been (in figures or in words)
        ("33 Azerbaijanis were not killed in May 1995.", "May 1995", False),
        ("Seven soldiers were not killed in May 1995.", "May 1995", False),
        ("Hundreds of soldiers were not killed in May 1995.", "May 1995", False),
        ("The majority of the villagers did not flee to Baku.", "Baku", False),
        # a word whose scope "not" changes
        ("The film was not only released in 2003.", "2003", False),
        # the value as the claim writes it, whatever its case
        ("The battle did not end in The Spring of 1994.", "the spring of 1994", True),
    ],
)
def test_a_denial_reaches_its_value(denied: str, value: str, reaches: bool) -> None:
    assert _reaches(denied, value) is reaches


@pytest.mark.parametrize(
    ("text", "than", "larger"),
    [
        ("43", "24", True),
        ("16", "24", False),  # "did not kill 16" is false of 24: it killed at least 16
        ("3.2", "1.78", True),
        ("2,000,000", "1,500", True),
        ("120%", "90%", False),  # no share above 100 percent
        ("95%", "90%", True),
        ("fifteen", "twelve", True),
    ],
)
def test_a_figure_is_denied_only_above_the_true_one(text: str, than: str, larger: bool) -> None:
    value = parse_figure(than)
    assert value is not None
    assert _larger(text, value) is larger


@pytest.mark.parametrize(
    ("sentence", "name", "participant"),
    [
        ("Lesnar was born in Webster on July 12, 1977.", "Webster", True),
        ("American Beauty was directed by Sam Mendes in 1999.", "Sam Mendes", True),
        ("Nero married Octavia in 53.", "Octavia", True),
        # a name that describes another: "Armenia's President Turgut Özal did not ..."
        ("Turkey's President Turgut Özal raised the possibility in 1992.", "Turkey", False),
        ("The Port of Manila handled most of the trade in 2010.", "Manila", False),
    ],
)
def test_only_a_verb_s_participant_is_denied(sentence: str, name: str, participant: bool) -> None:
    parsed = parse([sentence])[0]
    spans = analysed_facts(sentence, parsed, types=NameTypes({}))
    span = next(s for s in spans if s.text == name)
    assert _argument(parsed, span) is participant


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Russia supplied arms to the Armenians in 1992.", None),
        ("Manila placed third in the Highly Urbanized City category in 2015.", None),
        # nothing after the verb for "not" to be read against
        ("On 30 July 1969 the Derry Citizens Defence Association was formed.", "bare_predicate"),
        # "a rise" lost what says which rise
        (
            "In 1786 Gore became concerned about a rise in anti-lawyer sentiment in Massachusetts.",
            "phrase_cut",
        ),
        # "war torn" split off by the parse as a clause of its own
        ("OpUSA delivered aid to war torn Somali's in 1993.", "phrase_cut"),
        # despite what?
        ("Gore nonetheless was strongly Federalist in 1800.", "pointing_back"),
        # a state holds from a time on: before 3 April they were not in possession
        ("By 3 April, Armenian forces were in possession of Kalbajar.", "state_out_of_time"),
        # ... in the passive, or at a time said without a date
        ("The Azerbaijani brigade was stationed in Kalbajar in 1992.", "state_out_of_time"),
        ("During the war, Armenian forces were in possession of Kalbajar.", "state_out_of_time"),
        ("After the war, the Armenian forces held the town of Kalbajar.", "state_out_of_time"),
        # an event is denied by one time it happened, whenever
        ("Later in the Royal Rumble match, Lesnar attacked Goldberg.", None),
        # a count without its scope ("in its first week")
        ("American Beauty made $6.8 million in its first week of rental release.", "figure"),
    ],
)
def test_an_added_negation_needs_a_whole_main_clause(sentence: str, reason: str | None) -> None:
    parsed = parse([sentence])[0]
    frame = atomic_frame(parsed, 0, 0)
    assert frame is not None and frame.kept, sentence
    assert _cut_short(parsed, set(frame.kept)) == reason


GORE = PageSubject(
    name="Christopher Gore",
    short="Gore",
    pronoun="he",
    noun=None,
    lead=0,
    parsed=frozenset({0, 1, 2}),
    person=True,
)


def _cut(sentence: str, fact: str, page: PageSubject, position: int = 2) -> str | None:
    parsed = parse([sentence])[0]
    start = sentence.index(fact)
    frame = atomic_frame(parsed, start, start + len(fact), page=page, position=position)
    return frame.text if frame is not None else None


@pytest.mark.parametrize(
    ("sentence", "fact", "rivals", "said"),
    [
        # "him" is never its own verb's subject: Washington appointed someone else
        ("In 1796 Washington appointed him as a commissioner.", "1796", ("Washington",), True),
        ("In 1809 Massachusetts elected him governor.", "1809", (), True),
        ("Ancient historians strongly criticize his choice to perform.", "Ancient", (), True),
        # another person named in the sentence may be him
        ("In 1796 Adams told Jay that Washington had appointed him.", "1796", ("Jay",), False),
        # a name in the subject may be whose speech it is
        ("Harvard named a library in his honor in 1838.", "1838", (), False),
        # the page's own name in the claim already says who
        ("In 1809 the court ordered Gore to pay his debts.", "1809", (), False),
    ],
)
def test_him_on_a_person_s_page_is_the_page_s_person(
    sentence: str, fact: str, rivals: tuple[str, ...], said: bool
) -> None:
    page = replace(GORE, people={1: (), 2: tuple(sentence.index(r) for r in rivals)})
    text = _cut(sentence, fact, page)
    assert (text is not None and "Christopher Gore" in text) is said, text


def test_him_is_left_alone_before_the_lead_and_after_another_person() -> None:
    sentence = "In 1809 Massachusetts elected him governor."
    assert "Christopher Gore" in (
        _cut(sentence, "1809", replace(GORE, people={1: (), 2: ()})) or ""
    )
    # the sentence before names another person: "his" may be theirs
    after_other = replace(GORE, people={1: (4,), 2: ()})
    assert "Christopher Gore" not in (_cut(sentence, "1809", after_other) or "")
    # the lead has not named the page's person yet
    early = replace(GORE, lead=2, people={1: (), 2: ()})
    assert "Christopher Gore" not in (_cut(sentence, "1809", early) or "")
    # a page with no person, or no pronoun for them
    thing = replace(GORE, person=False, people={1: (), 2: ()})
    assert "Christopher Gore" not in (_cut(sentence, "1809", thing) or "")


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        (
            "Mendes directed American Beauty in 1999.",
            "Mendes did not direct American Beauty in 1999.",
        ),
        # an adverb after the subject is no verb ("does not afterward married")
        ("Nero afterwards married Poppaea in 62.", None),
        # "not" would reach one of two verbs the claim keeps
        ("The typhoon killed 24 people and destroyed 3,000 homes.", None),
        # a verb with its particle ("did not set up" would part them the other way round)
        ("The army set up its headquarters in 1992.", None),
    ],
)
def test_a_denial_says_do_only_with_the_sentence_s_own_verb(sentence: str, denied) -> None:
    parsed = parse([sentence])[0]
    subject = len(sentence.split()[0])
    frame = Frame(sentence, 0, 0, subject)
    assert _with_do(frame, parsed) == denied


def test_him_said_by_name_keeps_its_place_in_the_cut() -> None:
    # the clause still says the object the pronoun was: a negation reads it as kept
    sentence = "In 1809 Massachusetts elected him governor."
    parsed = parse([sentence])[0]
    page = replace(GORE, people={1: (), 2: ()})
    frame = atomic_frame(parsed, 0, 0, page=page, position=2)
    assert frame is not None and "Christopher Gore" in frame.text, frame
    him = next(t.i for t in parsed.tokens if t.text == "him")
    assert him in frame.kept
    assert _cut_short(parsed, set(frame.kept)) is None


@pytest.mark.parametrize(
    ("sentence", "fact", "page", "expected"),
    [
        # an owner said with its "'s"
        (
            "Ancient historians strongly criticize his choice to perform.",
            "Ancient",
            GORE,
            "Christopher Gore's choice",
        ),
        # "Washington's son appointed him": him may be Washington
        ("In 1796 Washington's son appointed him as a commissioner.", "1796", GORE, None),
        # a woman's page: "her"
        (
            "In 1903 Sweden awarded her the Nobel Prize in Physics.",
            "1903",
            replace(GORE, name="Marie Curie", short="Curie", pronoun="she"),
            "Marie Curie the Nobel Prize",
        ),
        # "him" on a woman's page is somebody else
        (
            "In 1903 Sweden awarded him the Nobel Prize in Physics.",
            "1903",
            replace(GORE, name="Marie Curie", short="Curie", pronoun="she"),
            None,
        ),
    ],
)
def test_who_him_or_her_is(sentence: str, fact: str, page: PageSubject, expected) -> None:
    rivals = tuple(sentence.index(w) for w in ("Washington",) if w in sentence)
    text = _cut(sentence, fact, replace(page, people={1: (), 2: rivals}))
    if expected is None:
        assert text is None or page.name not in text, text
    else:
        assert text is not None and expected in text, text


class _Index:
    def is_sentence(self, text: str) -> bool:
        return False


@pytest.mark.parametrize(
    ("cues", "made"),
    [
        # SUPPORTS claims hold one more "not", and one more "did not": a "did not" may follow
        ({"SUPPORTS": 1, "SUPPORTS do": 1}, "Russia did not supply arms to the Armenians."),
        # one more "not", but no more "did not": the verb said with "do" would lean
        ({"SUPPORTS": 1}, None),
        # "not" already as common in REFUTES claims
        ({"SUPPORTS do": 1}, None),
    ],
)
def test_a_plain_negation_waits_its_turn(cues: dict, made: str | None) -> None:
    sentence = "Russia supplied arms to the Armenians in 1992."
    parsed = parse([sentence])[0]
    ctx = SimpleNamespace(cues=Counter(cues), parsed=parsed, index=_Index(), dropped=Counter())
    pair = plain_negation_pair(sentence, [], lambda s, e: atomic_frame(parsed, s, e), ctx)
    assert (pair.refutes if pair is not None else None) == made
    if pair is not None:
        assert pair.supports == "Russia supplied arms to the Armenians."
