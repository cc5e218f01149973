"""Facts from the analysis: flags that make writers refuse, and name types voted over mentions."""

from __future__ import annotations

import pytest

from fever_builder.analysis import parse
from fever_builder.facts.named import NameTypes, analysed_facts, lead_type


def _facts(text: str) -> dict[str, tuple[str, ...]]:
    (parsed,) = parse([text])
    return {s.text: s.flags for s in analysed_facts(text, parsed, types=NameTypes.vote([parsed]))}


# sentence, fact, the flag it must carry: sentences from several topics
FLAGGED = [
    ("The fight ended at 1: 30 of the first round.", "30", "time"),
    ("Lesnar fought at UFC 77 in 2007.", "77", "in_name"),
    # a figure followed by its conversion may change only where the claim drops it
    ("The storm reached 166 km/h (103 mph) near Manila.", "166", "converted"),
    ("The storm reached 166 km/h (103 mph) near Manila.", "103", "conversion"),
    ("She was among the country's top 300 Indigenous artists.", "300", "modified"),
    ("The film grossed $ 1.7 million in its first week.", "1.7 million", "modified"),
    ("A platoon of 4.2-inch mortars was to give support.", "4.2", "unit_compound"),
    ("Nero was born in 37 AD in Antium.", "37", "era_year"),
    ("Nero died on 12 February 55 near Rome.", "55", "date_part"),
    ("He and Pound had long been corresponding.", "Pound", "open_slot"),
    ("Russia also supplied arms to the Armenians.", "Russia", "open_slot"),
    ("The 1st and 5th battalions attacked the town.", "5th", "open_slot"),
    # a subject whose clause names nothing else: another may have done the same
    ("Armenia proclaimed its independence in 1991.", "Armenia", "loose_slot"),
    # a name inside what describes the subject: another road may have been attacked
    ("The road alongside the village of Vartan came under attack.", "Vartan", "loose_slot"),
    ("An offensive to capture Baku was mounted by Armenian troops.", "Baku", "loose_slot"),
    # a date on an event that may recur: shelling, a capture, a statement
    ("Nakhchivan was shelled by Armenian soldiers in May 1992.", "May 1992", "recurring"),
    ("Armenian forces captured the hill in 1993.", "1993", "recurring"),
    ("Lesnar said in 2016 that he would return.", "2016", "recurring"),
    # a start whose subject does not say which one: they may have started again
    ("Armenians started protesting in February 1988.", "February 1988", "recurring"),
    # "within two years" also holds "within five"
    ("The republics were formed into one state within two years.", "two", "bounded"),
    # a name's number opening the sentence
    ("Monument 20 at San Lorenzo is an extensively damaged throne.", "20", "in_name"),
    # a part of a count or of a group: another part may hold the same
    ("Lesnar avoided 28 of Hunt's 30 attempted strikes in the fight.", "28", "counted_list"),
    ("Three of the heads were found in a line in Complex I.", "Three", "counted_list"),
    (
        "There are also three other basilicas in the city: Quiapo Church, Binondo Church, and "
        "the Minor Basilica of San Sebastián.",
        "three",
        "counted_list",
    ),
    # a record is broken later
    ("Lesnar won a UFC-record $2.5 million purse for the fight in 2016.", "$2.5 million", "record"),
    ("He also won a UFC-record $ 2.5 million purse.", "2.5 million", "record"),
    # whoever signs with a club may sign again
    ("In 2000, Lesnar signed with the World Wrestling Federation.", "2000", "recurring"),
    # an event at no one time: it may have held with another figure, place or date
    ("The idea of sending 100 observers to the region was once raised.", "100", "habitual"),
    ("The band often played in Manila during the 1990s.", "Manila", "habitual"),
    # a count of occasions counts within a period the claim seldom keeps
    ("Ouellette leaped from his foxhole six times to escape grenades.", "six", "occasions"),
    ("Lesnar interfered in Angle's matches on two separate occasions.", "two", "occasions"),
    # a title's number
    ("The film placed on AFI's 100 Movies list in 2007.", "100", "in_name"),
    # which date goes with which place is left to the word order
    (
        "The game was released in Europe in 1991, in North America on December 19, 1991 and "
        "in Japan on December 20, 1991.",
        "December 20, 1991",
        "paired_list",
    ),
    # a year written as a bare number, and an age said with "was"
    ("In the beginning of 66, he married Statilia Messalina.", "66", "bare_year"),
    ("Nero's father died in 39 when Nero was four.", "four", "age"),
    # a sum paid with no date to say which time: another fine may have been another sum
    ("Lesnar was fined $1,725 for improperly tagging a bear.", "$1,725", "per_occasion"),
    # a count that picks out particular things: another count names others
    ("Govaerts accepted both Glassman's four species and A. attaleoides.", "four", "in_a_name"),
    # a length of time says nothing of when
    ("He was fined $ 1,725 and given a six-month hunting suspension.", "1,725", "per_occasion"),
]


@pytest.mark.parametrize(("text", "fact", "flag"), FLAGGED)
def test_a_fact_a_writer_must_not_change_is_flagged(text: str, fact: str, flag: str) -> None:
    facts = _facts(text)
    assert fact in facts, f"{fact!r} not found in {sorted(facts)}"
    assert flag in facts[fact]


# plain facts that carry no flag: the writers may change them
PLAIN = [
    ("The brigade consisted of 3,500 servicemen.", "3,500"),
    ("The typhoon killed 24 people in Luzon.", "24"),
    ("American Beauty grossed 356 million worldwide.", "356 million"),
    ("Nero returned to Rome to organize a relief effort.", "Rome"),
    # a subject with a named object, a date on an event that happens once
    ("Armenian forces captured Kalbajar in April 1993.", "Kalbajar"),
    ("American Beauty premiered in Los Angeles on September 8, 1999.", "September 8, 1999"),
    ("Kodak was founded in 1880 by George Eastman.", "1880"),
    ("Lesnar made his first appearance at WrestleMania in 2002.", "2002"),
    ("The Battle of Kalbajar ended in April 1993.", "April 1993"),
    # the year a work is of: one year
    ("American Beauty is a 1999 American drama film directed by Sam Mendes.", "1999"),
    # a sum that says when, and a sum that is no payment
    ("Lesnar was fined $1,725 in 2017.", "$1,725"),
    ("The film grossed $356 million worldwide.", "$356 million"),
    # a count of a people is no title's number
    ("Armenian forces killed 100 Azerbaijanis in the village.", "100"),
]


@pytest.mark.parametrize(("text", "fact"), PLAIN)
def test_a_plain_fact_carries_no_flag(text: str, fact: str) -> None:
    assert _facts(text)[fact] == ()


def test_a_clock_time_gives_no_figure_to_change() -> None:
    text = "Beginning at 09:30 the storm weakened."
    (parsed,) = parse([text])
    spans = analysed_facts(text, parsed, types=NameTypes.vote([parsed]))
    assert [s for s in spans if s.kind == "figure" and not s.flags] == []


def test_context_outweighs_the_label_the_small_model_gives_rare_names() -> None:
    # the small pipeline labels lone surnames and rare towns inconsistently; the
    # context ("in X", "X said", "his") decides
    texts = [
        "Armenian forces shelled Stepanakert in 1992.",
        "Thousands of people fled to safety in Stepanakert.",
        "Refugees arrived in Stepanakert in May.",
        "The mayor of Shusha said that Stepanakert had been shelled.",
    ]
    types = NameTypes.vote(parse(texts))
    assert types.type_of("Stepanakert") == "place"
    assert types.sure("Stepanakert")


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        ("Brock Lesnar is an American professional wrestler and mixed martial artist.", "person"),
        ("Christopher Gore was a prominent Massachusetts lawyer and politician.", "person"),
        ("Manila is the capital city of the Philippines.", "place"),
        ("American Beauty is a 1999 American drama film directed by Sam Mendes.", "work"),
        ("Nero focused much of his attention on diplomacy.", None),
    ],
)
def test_an_article_lead_types_its_subject(lead: str, kind: str | None) -> None:
    (parsed,) = parse([lead])
    assert lead_type(parsed) == kind


def test_a_person_named_in_full_once_is_as_sure_as_the_surname_the_article_uses() -> None:
    # "Sam Mendes" once, then "Mendes" throughout: the surname's votes are the full name's,
    # so the full name can be swapped in a slot that holds one person
    texts = [
        "American Beauty is a 1999 drama film directed by Sam Mendes.",
        "Mendes was born in Reading in 1965.",
        "DreamWorks hired Mendes to direct the film.",
        "Spacey was Mendes' first choice for the role of Lester.",
        "Mendes said that he wanted Spacey for the role.",
    ]
    types = NameTypes.vote(parse(texts))
    assert types.type_of("Mendes") == "person" and types.sure("Mendes")
    assert types.type_of("Sam Mendes") == "person"
    assert types.sure("Sam Mendes")
