"""Entities: typed by rules alone, and by a lexicon built from the seeds."""

from __future__ import annotations

import pytest

from fever_builder.corpus import InfoboxField, Page, Sentence, TableRow
from fever_builder.facts import Lexicon, extract, find_entities

# (sentence, [(entity text, type)] that must be found) with rules only
RULE_CASES = [
    (
        "Azerbaijani military commander Surat Huseynov rebelled and marched from its base in Ganja "
        "towards Baku",
        [
            ("Azerbaijani", "nationality"),
            ("Surat Huseynov", "person"),
            ("Ganja", "place"),
            ("Baku", "place"),
        ],
    ),
    (
        "Its commander was Lieutenant-Colonel Valeh Rafiyev, chief of staff was Lieutenant-Colonel "
        "Eldar Hasanov",
        [("Valeh Rafiyev", "person"), ("Eldar Hasanov", "person")],
    ),
    (
        "against the forces of the Armenian Army and the self-proclaimed Nagorno-Karabakh Republic",
        [("Armenian Army", "unit"), ("Nagorno-Karabakh Republic", "country")],
    ),
    (
        "They were then to capture the city of Kalbajar, moving deeper into the Kalbajar District",
        [("Kalbajar", "place"), ("Kalbajar District", "place")],
    ),
    (
        "On 30 April, the United Nations Security Council (UNSC) passed Resolution 822",
        [("United Nations Security Council", "organisation")],
    ),
    (
        "The region is bordered by the Gegharkunik Province (formerly Vardenis District) in Armenia",
        [("Gegharkunik Province", "place"), ("Vardenis District", "place"), ("Armenia", "country")],
    ),
    (
        "The 701st Azerbaijani Motorised Rifle Brigade carried out the offensive.",
        [("Azerbaijani Motorised Rifle Brigade", "unit")],
    ),
    (
        "Aliyev disbanded 33 voluntary battalions of Elchibey's Azerbaijani Popular Front",
        [("Azerbaijani Popular Front", "organisation")],
    ),
    (
        "According to British journalist Thomas de Waal, overall, more than six thousand servicemen",
        [("British", "nationality"), ("Thomas de Waal", "person")],
    ),
    ("Kalbajar is surrounded by the Murov mountain range", [("Murov", "place")]),
    (
        "gaining control of the highest peak in the whole of Karabakh, Mount Murovdagh.",
        [("Mount Murovdagh", "place")],
    ),
    (
        "The high number of casualties paved the way to the signing of the Bishkek Protocol, ending",
        [("Bishkek Protocol", "event")],
    ),
    ("The Armenians were caught off guard", [("Armenians", "nationality")]),
    (
        "a peace deal with Armenia and Azerbaijan",
        [("Armenia", "country"), ("Azerbaijan", "country")],
    ),
    (
        "- 5th Azerbaijani Battalion, led by Garay Asadov",
        [("Azerbaijani Battalion", "unit"), ("Garay Asadov", "person")],
    ),
    ("Human Rights Watch reported that main bases", [("Human Rights Watch", "organisation")]),
    (
        "Operation Goranboy was a large-scale Azerbaijani offensive",
        [("Operation Goranboy", "event")],
    ),
    (
        "the speaker of the Azerbaijani Parliament Rasul Guliyev played a major role",
        [("Azerbaijani Parliament", "organisation"), ("Rasul Guliyev", "person")],
    ),
    (
        "forces led by Armenian General Andranik Ozanian entered Karabakh",
        [("Armenian", "nationality"), ("Andranik Ozanian", "person")],
    ),
    (
        "During the Soviet era, an autonomous oblast within the Azerbaijan SSR governed the region",
        [("Soviet", "nationality"), ("Azerbaijan SSR", "country")],
    ),
    (
        "lies outside the contested enclave of the former Nagorno-Karabakh Autonomous Oblast (NKAO)",
        [("Nagorno-Karabakh Autonomous Oblast", "place")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), RULE_CASES)
def test_entities_by_rules(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = {(s.text, s.subtype) for s in find_entities(sentence)}
    assert set(expected) <= found, found


# Capitalised words that are not entities (or not all of one).
NOT_ENTITIES = [
    ("The Azerbaijani forces, made up of over three thousand soldiers", ["The", "The Azerbaijani"]),
    ("In early 1993, Armenian forces captured seven districts", ["In"]),
    ("After back-and-forth action, the Azerbaijanis had passed", ["After"]),
    ("During the battle, over 500 Azerbaijani civilians were killed", ["During"]),
    ("Historically, livestock and agriculture dominated the region's economy.", ["Historically"]),
    ("Following this, in early June, Surat Huseynov rebelled", ["Following"]),
    (
        "Its commander was Lieutenant-Colonel Valeh Rafiyev",
        ["Lieutenant-Colonel", "Lieutenant-Colonel Valeh Rafiyev", "Its"],
    ),
    ("By 20 February, the Azerbaijani forces were able to retreat", ["By", "February"]),
    ("Armenian-populated Nagorno-Karabakh region", ["Armenian-populated"]),
]


@pytest.mark.parametrize(("sentence", "texts"), NOT_ENTITIES)
def test_not_entities(sentence: str, texts: list[str]) -> None:
    found = [s.text for s in extract(sentence) if s.kind == "entity"]
    assert not set(found) & set(texts), found


LEXICON_CASES = [
    ("Huseynov was appointed as the prime minister of Azerbaijan.", ("Huseynov", "person")),
    ("Aliyev vowed to take back the lost territories.", ("Aliyev", "person")),
    ("the region was defended by the Kalbajar police until April", ("Kalbajar police", "unit")),
    ("units of the Azerbaijani Land Forces moved north", ("Azerbaijani Land Forces", "unit")),
    ("Samvel Babayan commanded the defence", ("Samvel Babayan", "person")),
    ("the brigade marched to Baku", ("Baku", "place")),
    ("the UNSC condemned the offensive", ("UNSC", "organisation")),
    ("Melkonian responded that the district was needed", ("Melkonian", "person")),
    ("the Kavburo reversed its decision", ("Kavburo", "other")),
    ("Nagorno-Karabakh lies to the east", ("Nagorno-Karabakh", "place")),
]


@pytest.mark.parametrize(("sentence", "expected"), LEXICON_CASES)
def test_entities_with_seed_lexicon(
    sentence: str, expected: tuple[str, str], seed_lexicon: Lexicon
) -> None:
    found = {(s.text, s.subtype) for s in find_entities(sentence, seed_lexicon)}
    assert expected in found, found


def test_lexicon_types_from_infobox_keys() -> None:
    lex = Lexicon.build(
        fields=[
            ("Commander1", "Heydar Aliyev, Surat Huseynov"),
            ("Place", "Kalbajar, Azerbaijan"),
            ("Units2", "Central Self-Defence Group, 555th Vardenis Motorised Rifle Regiment"),
            ("Combatant1", "Armenia, Nagorno-Karabakh Republic"),
            ("Belligerents", "Azerbaijani Popular Front"),
            ("Strength1", "3,500 servicemen ()"),
            ("Partof", "First Nagorno-Karabakh War"),
        ]
    )
    assert lex.items() == [
        ("Aliyev", "person", "cue"),
        ("Armenia", "country", "field"),
        ("Azerbaijan", "country", "field"),
        ("Azerbaijani Popular Front", "organisation", "field"),
        ("Central Self-Defence Group", "unit", "field"),
        ("First Nagorno-Karabakh War", "event", "field"),
        ("Heydar Aliyev", "person", "field"),
        ("Huseynov", "person", "cue"),
        ("Kalbajar", "place", "field"),
        ("Nagorno-Karabakh Republic", "country", "field"),
        ("Surat Huseynov", "person", "field"),
        ("Vardenis Motorised Rifle Regiment", "unit", "field"),
    ]


def test_field_type_beats_rules() -> None:
    lex = Lexicon.build(fields=[("Units1", "Central Self-Defence Group")])
    text = "the Central Self-Defence Group attacked"
    assert [(s.text, s.subtype) for s in find_entities(text)] == [
        ("Central Self-Defence Group", "organisation")
    ]
    assert [(s.text, s.subtype) for s in find_entities(text, lex)] == [
        ("Central Self-Defence Group", "unit")
    ]


def test_lexicon_is_independent_of_input_order(
    seed_data: tuple[list[tuple[str, str]], list[str]],
) -> None:
    fields, texts = seed_data
    forward = Lexicon.build(fields=fields, texts=texts)
    backward = Lexicon.build(fields=fields[::-1], texts=texts[::-1])
    assert forward.items() == backward.items()
    assert forward.items() == sorted(forward.items())


def test_lexicon_from_pages() -> None:
    page = Page(
        title="Battle of Kalbajar",
        sentences=(
            Sentence(0, "General Gurgen Dalibaltyan planned the operation."),
            Sentence(1, "Dalibaltyan stated that the district was a base."),
        ),
        infobox=(InfoboxField("Commander2", "Surat Huseynov , Shamil Asgarov"),),
        tables=(TableRow("infobox", 0, ("Place",), ("Kalbajar District, Azerbaijan",)),),
    )
    lex = Lexicon.from_pages([page])
    assert lex.type_of("Shamil Asgarov") == "person"
    assert lex.type_of("Kalbajar District") == "place"
    assert lex.type_of("Gurgen Dalibaltyan") == "person"
    spans = find_entities("Dalibaltyan stated that", lex)
    assert [(s.text, s.subtype, s.value.source) for s in spans] == [
        ("Dalibaltyan", "person", "lexicon")
    ]
