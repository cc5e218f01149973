"""The analysis stage: spaCy's pipeline loaded by name, parsed into plain records."""

from __future__ import annotations

import pytest

from fever_builder.analysis import DEFAULT_MODEL, load_pipeline, model_version, parse
from fever_builder.config import BuildConfig
from fever_builder.errors import ModelError, ParameterError


def test_parse_keeps_tokens_entities_and_arcs_at_exact_offsets() -> None:
    (parsed,) = parse(["Nero was born in Antium in 37 AD."])
    assert [t.text for t in parsed.tokens][:5] == ["Nero", "was", "born", "in", "Antium"]
    assert all(parsed.text[t.start : t.end] == t.text for t in parsed.tokens)
    antium = next(t for t in parsed.tokens if t.text == "Antium")
    assert antium.dep == "pobj" and parsed.tokens[antium.head].text == "in", parsed.tokens
    (other,) = parse(["Barack Obama visited Paris in 2009."])
    assert {(e.text, e.label) for e in other.entities} >= {
        ("Barack Obama", "PERSON"),
        ("Paris", "GPE"),
    }


def test_a_parse_in_several_processes_gives_the_same_records_in_order() -> None:
    texts = [
        "Nero was born in Antium in 37 AD.",
        "The typhoon killed four people in the Philippines.",
        "American Beauty was directed by Sam Mendes.",
        "Manila is the capital of the Philippines.",
        "Lesnar won the NCAA championship in 2000.",
        "The heads were carved from basalt.",
        "He did not return to Rome.",
    ]
    one = parse(texts, batch_size=2)
    assert parse(texts, batch_size=2, processes=3) == one
    assert [p.text for p in one] == texts


@pytest.mark.parametrize("processes", [1, 2])
def test_work_meanwhile_runs_once_in_this_process_whether_or_not_the_parse_forks(
    processes: int,
) -> None:
    import os

    ran: list[int] = []
    texts = ["Nero was born in Antium.", "Manila is a city.", "He did not return."]
    parsed = parse(
        texts, batch_size=1, processes=processes, meanwhile=lambda: ran.append(os.getpid())
    )
    assert ran == [os.getpid()]
    assert [p.text for p in parsed] == texts


def test_a_parse_remembers_what_callers_ask_of_it_apart_from_its_records() -> None:
    import pickle

    (parsed,) = parse(["Nero was born in Antium."])
    parsed.memo["answer"] = 1
    (again,) = parse(["Nero was born in Antium."])
    assert again == parsed and hash(again) == hash(parsed)  # the memo is no part of the record
    assert pickle.loads(pickle.dumps(parsed)) == parsed


def test_the_pipeline_is_loaded_once_per_process() -> None:
    assert load_pipeline(DEFAULT_MODEL) is load_pipeline(DEFAULT_MODEL)
    assert model_version().endswith("3.8.0")


def test_a_missing_pipeline_is_a_clear_error() -> None:
    with pytest.raises(ModelError, match="no_such_pipeline"):
        load_pipeline("no_such_pipeline")
    with pytest.raises(ParameterError, match="--spacy-model"):
        BuildConfig(spacy_model="no_such_pipeline")
    with pytest.raises(ParameterError, match="--parse-processes"):
        BuildConfig(parse_processes=0)
