"""Claim writers on sentences from several topics: what they make and what they must refuse."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from fever_builder.analysis import parse
from fever_builder.claims.generate import generate
from fever_builder.claims.lost import conversion_left_out
from fever_builder.claims.writers.comparative import countable
from fever_builder.corpus import Page, Sentence
from fever_builder.facts.named import NameTypes, analysed_facts
from fever_builder.text.dedup import assign_groups

# a page per topic; enough mentions that names' types are confirmed by their context
TOPICS = {
    "Typhoon Krosa": (
        "Typhoon Krosa is a tropical cyclone that struck the Philippines in 2013.",
        "The typhoon made landfall near Baler on 31 October 2013.",
        "At its peak the typhoon reached winds of 166 km/h (103 mph) near Baler.",
        "Beginning at 09:30 the storm weakened over the mountains of Luzon.",
        "The typhoon killed 24 people in Luzon and destroyed 3,000 homes.",
        "Thousands of people fled to safety in Baler, and others fled to Casiguran.",
        "Relief workers arrived in Casiguran on 3 November 2013.",
        "The governor of Aurora said that Baler had lost its power supply.",
    ),
    "Brock Lesnar": (
        "Brock Lesnar is an American professional wrestler and mixed martial artist.",
        "Lesnar was born in Webster on July 12, 1977.",
        "Lesnar won the championship in 2002 after defeating Rock.",
        "Lesnar and Heyman had long been working together in Minnesota.",
        "Lesnar fought at UFC 77 in 2007 and won the fight in 2 minutes.",
        "Lesnar said that he would return to Minnesota in 2008.",
        "Cena said that Lesnar had injured his shoulder.",
        "Lesnar returned to the ring in April 2012 after an eight-year hiatus.",
    ),
    "Nero": (
        "Nero was a Roman emperor who ruled from 54 to 68.",
        "Nero was born in Antium on 15 December 37 AD.",
        "Nero returned to Rome in 64 to organise a relief effort.",
        "Tacitus said that Nero had started the fire in Rome.",
        "Nero's mother Agrippina was executed in Baiae in 59.",
        "Seneca wrote that Nero had acted against Octavia.",
        "Galba said that Nero had fled from Rome in 68.",
        "Around 3,000 soldiers of the guard remained loyal to Nero in Rome.",
    ),
}


def topic_pages() -> list[Page]:
    pages = [
        Page(title=title, sentences=tuple(Sentence(i, t) for i, t in enumerate(lines)))
        for title, lines in TOPICS.items()
    ]
    return assign_groups(pages)


def one_page(title: str, lines: tuple[str, ...]):
    """The claims of one page of ``lines``, with what was dropped."""
    page = Page(title=title, sentences=tuple(Sentence(i, t) for i, t in enumerate(lines)))
    return generate(assign_groups([page]), seed=0)


@pytest.fixture(scope="module")
def generation():
    return generate(topic_pages(), seed=0)


def test_writers_make_pairs_on_every_topic(generation) -> None:
    made = Counter(c.source_page for c in generation.claims)
    assert set(made) == set(TOPICS), made
    kinds = Counter(c.mutation for c in generation.claims if c.label == "REFUTES")
    assert {"date", "figure"} <= set(kinds), kinds
    # names change in these pages only where others may share the slot: not refuted
    unsettled = [c for c in generation.claims if c.label == "NOT ENOUGH INFO"]
    assert {c.mutation for c in unsettled} == {"entity"}, unsettled


# a painter's page: one name in a slot that holds one value (her birthplace), others in
# slots that may hold several (where she taught, who downed drones)
PAINTER = (
    "Jane Doe is an American painter and teacher.",
    "Doe was born in Webster on 3 May 1950.",
    "Doe moved to Chicago in 1970 and later taught painting in Boston.",
    "Her brother lived in Denver and visited Chicago often.",
    "Iran has downed several drones over Chicago.",
    "Doe exhibited her paintings in Boston with great success.",
)


def test_a_name_is_refuted_only_in_a_slot_that_holds_one() -> None:
    made = one_page("Jane Doe", PAINTER).claims
    refuted = [c for c in made if c.label == "REFUTES" and c.mutation == "entity"]
    assert refuted, "no swap in the birthplace"
    assert all(c.source_sentence == 1 and "born in" in c.claim for c in refuted), refuted
    unsettled = [c for c in made if c.label == "NOT ENOUGH INFO"]
    assert unsettled, "no NOT ENOUGH INFO claim from a shared slot"
    for claim in unsettled:
        # its own sentence is its evidence, and that sentence does not settle it
        assert claim.generator.endswith("nei.shared_slot.v1")
        assert claim.source_sentence != 1
        (evidence,) = claim.evidence[0][-1:]
        assert evidence.sentence_id == claim.source_sentence
        assert claim.replacement not in evidence.text


# a fact a writer must leave alone: the sentence that holds it, its numbers,
# and the reason its refusal is counted under
REFUSED = [
    ("a clock time", "Beginning at 09:30", ("09", "30"), "figure_time"),
    ("one side of a conversion", "166 km/h (103 mph)", ("166", "103"), "figure_conversion"),
    ("a number in a name", "UFC 77", ("77",), "figure_in_name"),
    ("a year written with its era", "37 AD", ("37",), "figure_era_year"),
]


@pytest.mark.parametrize(
    ("case", "context", "numbers", "reason"), REFUSED, ids=[r[0] for r in REFUSED]
)
def test_writers_leave_a_fact_alone_where_they_must(
    generation, case: str, context: str, numbers: tuple[str, ...], reason: str
) -> None:
    assert generation.dropped[reason] >= 1, (case, dict(generation.dropped))
    for claim in generation.claims:
        if context not in " ".join(e.text for e in claim.evidence[0]):
            continue
        for number in numbers:
            for text in (claim.original, claim.replacement):
                assert not re.search(rf"(?<![\d.,]){number}(?![\d.,])", text), (case, claim)


# a figure and its stated conversion: changed only in a claim that says the figure as
# its sentence does (unit and the word after the brackets) and drops the conversion
CONVERTED = (
    "Manila is the capital of the Philippines.",
    "Manila lies 800 miles (1,300 kilometers) from mainland Asia.",
    "The Pasig River flows 25 kilometres (16 mi) through the city.",
    "Colossal Head 4 is 1.78 metres (5.8 ft) high, 1.17 metres (3.8 ft) wide and 0.95 metres "
    "(3.1 ft) deep.",
)


def test_a_converted_figure_changes_only_without_its_conversion() -> None:
    generation = one_page("Manila", CONVERTED)
    changed = [c for c in generation.claims if c.mutation in ("figure", "comparative")]
    assert {c.source_sentence for c in changed} >= {1}, [c.claim for c in generation.claims]
    for claim in changed:
        assert "(" not in claim.claim, claim
        # several measures, each with its conversion: a cut mixes up their words
        assert claim.source_sentence != 3, claim
        if claim.source_sentence == 1:
            assert re.search(r"\d miles from mainland Asia", claim.claim), claim
    assert generation.dropped["figure_conversion"] >= 1


@pytest.mark.parametrize(
    ("sentence", "claim", "kept"),
    [
        ("Manila lies 800 miles (1,300 km) from Asia.", "Manila lies 800 miles from Asia.", True),
        ("The head stands 2.69 metres (8.8 ft) high.", "The head stands 2.69 metres high.", True),
        # the conversion kept: one side would change alone
        ("Manila lies 800 miles (1,300 km) from Asia.", "Manila lies 800 miles (1,300 km).", False),
        # the word after the brackets lost: "2.69 metres" of what?
        ("The head stands 2.69 metres (8.8 ft) high.", "The head stands 2.69 metres.", False),
        # the same words, not the start of others
        ("The ship sails 800 miles (1,300 km) a year.", "The ship sails 800 miles away.", False),
        # several measures, each converted (also "about" so): a cut mixes their words up
        (
            "The head is 1.78 metres (about 5.8 ft) high and 1.17 metres (about 3.8 ft) wide.",
            "The head is 1.78 metres high.",
            False,
        ),
        (
            "The head is 1.78 metres (5.8 ft) high and 1.17 metres (3.8 ft) wide.",
            "The head is 1.78 metres high.",
            False,
        ),
    ],
)
def test_a_converted_figure_is_said_as_its_sentence_says_it(
    sentence: str, claim: str, kept: bool
) -> None:
    (parsed,) = parse([sentence])
    spans = analysed_facts(sentence, parsed, types=NameTypes.vote([parsed]))
    figure = next(s for s in spans if "converted" in s.flags)
    end = claim.index(figure.text) + len(figure.text)
    assert conversion_left_out(sentence, figure, claim, end, spans) is kept


def test_a_name_in_a_shared_slot_is_not_swapped(generation) -> None:
    # "Lesnar and Heyman had long been working together": another name may share the slot
    assert generation.dropped["entity_in_open_slot"] >= 1
    for claim in generation.claims:
        if claim.mutation == "entity" and claim.source_sentence == 3:
            assert "Heyman" not in claim.original, claim


def test_every_swapped_name_has_the_type_of_the_name_it_replaces(generation) -> None:
    pages = topic_pages()
    texts = sorted({s.text for p in pages for s in p.sentences})
    types = NameTypes.vote(
        parse(texts),
        leads=list(
            zip([p.title for p in pages], parse([p.sentences[0].text for p in pages]), strict=True)
        ),
    )
    swaps = [
        c
        for c in generation.claims
        if c.generator.endswith(("refute.entity.v2", "nei.shared_slot.v1"))
        and "…" not in c.original
    ]
    assert swaps, "no name swaps to check"
    for claim in swaps:
        before = re.sub(r"['’]s$", "", claim.original.strip(".,;: "))
        after = re.sub(r"['’]s$", "", claim.replacement.strip(".,;: "))
        assert types.type_of(before) == types.type_of(after) != "other", (before, after)
        # from the claim's own article: no name from an unrelated topic
        page_text = " ".join(s.text for s in pages[list(TOPICS).index(claim.source_page)].sentences)
        assert after in page_text, (claim.source_page, after)


# a district's page: where it lies has one direction; where an event happened, or one of
# several attacks, does not rule out another
DISTRICT = (
    "Kalbajar District is a rayon of Azerbaijan.",
    "Kalbajar District is located in the west of Azerbaijan.",
    "Armenian forces started to retake territory in the north of Kalbajar District.",
    "The Azerbaijani troops launched several unsuccessful attacks on Armenian positions near "
    "Kalbajar.",
    "Kalbajar District borders Armenia and Lachin District.",
)


def test_a_direction_flips_only_where_a_thing_lies() -> None:
    generation = one_page("Kalbajar District", DISTRICT)
    flipped = [c for c in generation.claims if c.mutation == "antonym"]
    assert {c.source_sentence for c in flipped} == {1}, flipped
    assert any(c.label == "REFUTES" and "east of Azerbaijan" in c.claim for c in flipped)
    assert generation.dropped["antonym_direction_of_an_event"] >= 1


def test_a_claim_that_copies_its_sentence_is_not_made() -> None:
    # "The Armenian forces won the battle at Kalbajar." as its own claim teaches a
    # verifier only to find the copy
    lines = (
        "The Battle of Kalbajar was a battle of the First Nagorno-Karabakh War.",
        "The Armenian forces won the battle at Kalbajar.",
        "The offensive was a victory for the Armenian forces.",
        "The Azerbaijani counterattack at Kalbajar was unsuccessful.",
    )
    generation = one_page("Battle of Kalbajar", lines)
    assert generation.dropped["verbatim_copy"] >= 1
    for claim in generation.claims:
        if claim.label == "SUPPORTS":
            assert claim.claim.rstrip(".") != lines[claim.source_sentence].rstrip("."), claim


def test_negation_is_as_common_in_supports_claims_as_in_refutes_claims() -> None:
    # "rejected" said as "did not accept" (SUPPORTS) lets one plain clause be negated
    # (REFUTES: "was not seized", in the passive, where an auxiliary takes "not"); a title
    # won without a year may have been lost in another
    lines = (
        "The Battle of Kalbajar was a battle of the First Nagorno-Karabakh War.",
        "On 2 April 1993 the Supreme Soviet rejected the demands of the Armenian delegates.",
        "Armenian forces captured the Omar Pass on 27 March 1993.",
        "On 1 April 1993 Armenian troops surrounded the town of Kalbajar.",
        "Huseynov won the regional title on three separate occasions.",
    )
    generation = one_page("Battle of Kalbajar", lines)
    negated = [c for c in generation.claims if c.generator.endswith("negated_antonym.v1")]
    assert len(negated) == 1, generation.claims
    assert negated[0].label == "SUPPORTS"
    assert negated[0].claim in (
        "The Supreme Soviet did not accept the demands of the Armenian delegates.",
        "The demands of the Armenian delegates were not accepted by the Supreme Soviet.",
    )
    cue = re.compile(r"\bnot\b")
    by_label = Counter(c.label for c in generation.claims if cue.search(c.claim))
    assert by_label["REFUTES"] <= by_label["SUPPORTS"] >= 1, generation.claims
    assert any(
        c.label == "REFUTES" and c.mutation == "negation" and c.source_sentence in (2, 3)
        for c in generation.claims
    ), generation.claims
    assert not any(c.source_sentence == 4 for c in generation.claims), generation.claims


def test_a_part_of_a_count_and_a_bound_inside_a_superlative_are_left_alone() -> None:
    # "avoiding 38 of Hunt's 30 strikes" is nonsense; "the most densely populated city with
    # fewer than 50,000" would pick which cities are compared
    lines = (
        "Manila is the capital of the Philippines.",
        "Manila is the most densely populated city in the world with 43,079 inhabitants per km2.",
        "In 2016 Lesnar beat Mark Hunt in Las Vegas, avoiding 28 of Hunt's 30 attempted strikes.",
    )
    generation = one_page("Manila", lines)
    assert generation.dropped["comparative_in_a_superlative"] >= 1, generation.dropped
    assert generation.dropped["figure_counted_list"] >= 1, generation.dropped
    for claim in generation.claims:
        if claim.source_sentence == 1:
            assert claim.mutation != "comparative", claim
        if claim.source_sentence == 2:
            assert not re.search(r"\b(?:28|30)\b", claim.original), claim


FLIPS = [
    (  # "Faced with imminent victory, he moved his army out" and "celebrated the anniversary
        # of the Armenian defeat" are false and make no sense; the counterattack's outcome flips
        "Battle of Kalbajar",
        (
            "The Battle of Kalbajar was a battle of the First Nagorno-Karabakh War in 1993.",
            "Faced with imminent defeat, Suret Huseynov moved his army out of Aghdara in June "
            "1993.",
            "In 2014 veterans in Vardenis celebrated the anniversary of the Armenian victory.",
            "The Azerbaijani counterattack at Kalbajar in 1994 was unsuccessful.",
        ),
        3,
        ("not successful", None),  # said with its opposite negated
    ),
    (  # "Gun attacks increased" holds over a time an earlier sentence set: "decreased" is
        # not ruled out over another; with its year, the flip is refuted
        "Free Derry",
        (
            "Free Derry was a self-declared nationalist area in Northern Ireland from 1969 to "
            "1972.",
            "Gun attacks on the British Army increased.",
            "Gun attacks on the British Army in Derry increased in 1971.",
        ),
        2,
        (None, "antonym_change_without_time"),  # the flip with no time refused and counted
    ),
]


@pytest.mark.parametrize(("title", "lines", "flips", "marks"), FLIPS, ids=[f[0] for f in FLIPS])
def test_an_outcome_or_a_change_flips_only_where_the_claim_still_holds(
    title: str, lines: tuple[str, ...], flips: int, marks: tuple[str | None, str | None]
) -> None:
    generation = one_page(title, lines)
    flipped = [c for c in generation.claims if c.mutation == "antonym"]
    assert {c.source_sentence for c in flipped} == {flips}, flipped
    said, dropped = marks
    if said is not None:
        assert any(c.label == "SUPPORTS" and said in c.claim for c in flipped), flipped
    if dropped is not None:
        assert generation.dropped[dropped] >= 1, generation.dropped


ROUNDED = [
    (  # "7.6 million viewers" may be 7.64 million: "more than 7.6 million" is not refuted
        "The Snowmen",
        '"The Snowmen" is the 2012 Christmas special of the British science fiction television '
        "series Doctor Who.",
        "UK overnight ratings showed that the special had been watched by 7.6 million viewers, "
        "coming in sixth for the night.",
        "than 7.6 million",
    ),
    (  # a measure is as rounded as its unit: "50 years" may be 50 and a half
        "Nero",
        "Nero was Roman Emperor from 54 to 68.",
        "The peace between Parthia and Rome lasted 50 years until Emperor Trajan of Rome invaded "
        "Armenia in 114.",
        "than 50 years",
    ),
]


@pytest.mark.parametrize(("title", "lead", "line", "bound"), ROUNDED, ids=[r[0] for r in ROUNDED])
def test_a_figure_written_to_a_precision_is_no_false_bound(
    title: str, lead: str, line: str, bound: str
) -> None:
    page = Page(title=title, sentences=(Sentence(0, lead), Sentence(1, line)))
    comparatives = [
        claim
        for seed in range(8)
        for claim in generate(assign_groups([page]), seed=seed).claims
        if claim.mutation == "comparative" and claim.source_sentence == 1
    ]
    assert comparatives, "no comparative made from the figure"
    for claim in comparatives:
        assert bound not in claim.claim, claim


def test_the_year_a_work_is_of_changes_as_a_year_alone() -> None:
    # "QuackShot is a 1991 video game" is refuted by "a 1994 video game"; "a 1991 or 1994
    # video game" and "a before 1994 video game" are no English
    lines = (
        "American Beauty is a 1999 American drama film directed by Sam Mendes.",
        "QuackShot is a 1991 platforming video game developed and published by Sega.",
    )
    page = Page(
        title="American Beauty", sentences=tuple(Sentence(i, t) for i, t in enumerate(lines))
    )
    claims = [c for seed in range(3) for c in generate(assign_groups([page]), seed=seed).claims]
    dated = [c for c in claims if c.mutation == "date"]
    assert {c.label for c in dated} == {"SUPPORTS", "REFUTES"}, claims
    for claim in dated:
        assert re.fullmatch(r"(?:American Beauty|QuackShot) is a \d{4} [\w ]+\.", claim.claim), (
            claim
        )


@pytest.mark.parametrize(
    ("after", "fewer"),
    [
        (" voluntary battalions of the Popular Front", True),
        (" people in the Philippines.", True),
        (" aircraft over the border.", True),  # a plural without an "s"
        (" deer and primates.", True),
        (" tons.", False),  # a weight: "less than six tons"
        (" years until Trajan invaded Armenia.", False),  # a length of time
        (" square kilometres of land", False),
    ],
)
def test_fewer_counts_things_and_less_measures_amounts(after: str, fewer: bool) -> None:
    assert countable(after) is fewer
