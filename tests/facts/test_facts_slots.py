"""Slots: a changed name refutes only where the sentence gives its slot one value."""

from __future__ import annotations

import pytest

from fever_builder.analysis import parse
from fever_builder.facts.named import NameTypes, analysed_facts


def _flags(text: str, fact: str) -> tuple[str, ...]:
    (parsed,) = parse([text])
    facts = {s.text: s.flags for s in analysed_facts(text, parsed, types=NameTypes.vote([parsed]))}
    assert fact in facts, f"{fact!r} is not a fact of {text!r}: {sorted(facts)}"
    return facts[fact]


# sentence, the name or label in a slot that holds one value: sentences of several topics
ONE_VALUE = [
    # the place of a birth, a death, a founding, a one-off event
    ("Lesnar was born in Webster on July 12, 1977.", "Webster"),
    ("Kodak was founded in Rochester by George Eastman.", "Rochester"),
    ("The Battle of Kalbajar took place in Azerbaijan.", "Azerbaijan"),
    # the maker of a work
    ("American Beauty was directed by Sam Mendes.", "Sam Mendes"),
    # a role one thing holds
    ("Manila is the capital of the Philippines.", "Manila"),
    # what one thing is, by nationality
    ("Nero was a Roman emperor.", "Roman"),
    # what happened at an event said to be one of a kind
    ("His first appearance came against Barnsley.", "Barnsley"),
    # whose title a named person holds, whose side one takes
    ("Turkey's President Turgut Özal visited Baku in April.", "Turkey"),
    ("British Prime Minister Winston Churchill ordered the evacuation.", "British"),
    ("American director Sam Mendes made his debut with the film.", "American"),
    ("Turkey raised the possibility of intervention on Azerbaijan's side.", "Azerbaijan"),
]

# sentence, a name whose slot may hold several values: the sentence rules no other out
SHARED = [
    ("Iran has downed several unmanned aerial vehicles.", "Iran"),
    ("F Company captured Hill 284 after a long fight.", "Hill 284"),
    ("The evacuees were flown to Frankfurt that afternoon.", "Frankfurt"),
    ("Rosario Dawson travelled with the charity to Nicaragua.", "Nicaragua"),
    ("Gore became concerned about anti-lawyer sentiment in Massachusetts.", "Massachusetts"),
    # one-of-a-kind words on a plural, or on a thing that is not the event
    ("The last battles of the war took place near Shahumyan.", "Shahumyan"),
    ("Crone met the only survivor of the unit in Gibraltar.", "Gibraltar"),
    # a unit's label, not a count
    ("Huseynov led his 709th brigade back to Ganja.", "709th"),
    # a unit's label: another unit may have invaded too
    ("The 11th Army invaded Armenia in 1920.", "11th"),
    # two nationalities: neither is the only one
    ("Brock Lesnar is an American Canadian professional wrestler.", "American"),
    # a title that is no country's: one may found several companies
    ("Microsoft founder Bill Gates visited Manila in 2010.", "Microsoft"),
]


@pytest.mark.parametrize(("text", "fact"), ONE_VALUE)
def test_a_slot_with_one_value_is_marked(text: str, fact: str) -> None:
    assert "one_value" in _flags(text, fact)


@pytest.mark.parametrize(("text", "fact"), SHARED)
def test_a_slot_other_values_may_share_is_not_marked(text: str, fact: str) -> None:
    assert "one_value" not in _flags(text, fact)


# a date on an event the sentence does not show to happen once
RECURRING = [
    # "a large-scale attack" is one of many: a name inside its phrase does not say which
    (
        "The Azerbaijani military launched a large-scale attack at the centre of "
        "Nagorno-Karabakh on 12 June 1992.",
        "12 June 1992",
    ),
    # a post may be held again
    ("Aliyev became the President of Azerbaijan on 10 October 1993.", "10 October 1993"),
    # "the only member" is one member, not one meeting
    ("Crone met the only surviving member of the unit in November 2006.", "November 2006"),
    # "was placed" is no "took place": another replica may be placed another year
    ("A replica of the head was placed in the college in October 2004.", "October 2004"),
]


@pytest.mark.parametrize(("text", "fact"), RECURRING)
def test_a_date_of_an_event_that_may_recur_is_flagged(text: str, fact: str) -> None:
    assert "recurring" in _flags(text, fact)


ONCE = [
    ("Lesnar made his first appearance for the club on 8 October 2002.", "8 October 2002"),
    ("Armenian forces launched the offensive on 27 March 1993.", "27 March 1993"),
]


@pytest.mark.parametrize(("text", "fact"), ONCE)
def test_a_date_of_a_one_off_event_is_not_flagged(text: str, fact: str) -> None:
    assert "recurring" not in _flags(text, fact)


# a figure or date inside what someone is said to have said: their word, which may differ
# another time
REPORTED = [
    ("Azerbaijan stated that 12 of its soldiers died in action.", "12"),
    ("Tacitus claimed that Nero had started the fire in 64.", "64"),
    ("Survivors estimated there were about fifty infantry attacks on the hill.", "about fifty"),
]


@pytest.mark.parametrize(("text", "fact"), REPORTED)
def test_a_figure_someone_is_said_to_have_said_is_flagged(text: str, fact: str) -> None:
    assert "reported" in _flags(text, fact)


def test_a_figure_the_sentence_states_is_not_reported() -> None:
    assert "reported" not in _flags("Azerbaijan lost 12 soldiers in action in 1992.", "12")
