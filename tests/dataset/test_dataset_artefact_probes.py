"""The artefact probes the acceptance tests rely on do catch artefacts when there are some."""

from __future__ import annotations

import random

import pytest

from fever_builder.claims.model import Claim, Evidence
from fever_builder.dataset import artefacts
from fever_builder.processes import forks

PLACES = ["Kalbajar", "Lachin", "Shusha", "Aghdam", "Fuzuli", "Ganja", "Goris", "Askeran"]
VERBS = ["captured", "attacked", "shelled", "surrounded", "defended", "entered", "held", "lost"]


def claim(number: int, text: str, label: str, evidence: str) -> Claim:
    return Claim(
        id=f"c{number}",
        claim=text,
        label=label,
        evidence=((Evidence("Page", number, evidence),),),
        mutation="date",
        generator="fever-builder/refute.date.v1",
        original="",
        replacement="",
        source_page="Page",
        source_sentence=number,
        group=f"g{number}",
        pair=f"p{number // 2}",
    )


def corpus(*, marked: bool, copied: bool, size: int = 400, seed: int = 0) -> list[Claim]:
    """Pairs of claims; REFUTES marked by "not" and/or by words missing from the evidence."""
    rng = random.Random(seed)
    out = []
    for i in range(size // 2):
        place, verb, year = rng.choice(PLACES), rng.choice(VERBS), rng.randint(1988, 1994)
        sentence = f"Armenian forces {verb} {place} in {year}."
        other = rng.choice([y for y in range(1988, 1995) if y != year])
        true = sentence if copied else f"In {year}, Armenian forces {verb} {place}."
        false = f"In {other}, Armenian forces {verb} {place}."
        if marked:
            false = false.replace(" forces ", " forces did not say they ")
        elif copied:
            false = f"Soldiers from abroad {verb} {place} in {other}."
        out.append(claim(2 * i, true, "SUPPORTS", sentence))
        out.append(claim(2 * i + 1, false, "REFUTES", sentence))
    return out


def halves(claims: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    cut = int(len(claims) * 0.8) // 2 * 2
    return claims[:cut], claims[cut:]


@pytest.mark.parametrize("analyzer", ["word", "char_wb"])
def test_claim_only_probe_catches_a_negation_give_away(analyzer: str) -> None:
    train, test = halves(corpus(marked=True, copied=False))
    assert artefacts.claim_only_accuracy(train, test, analyzer=analyzer) >= 0.95


@pytest.mark.parametrize("analyzer", ["word", "char_wb"])
def test_claim_only_probe_is_near_chance_on_contrastive_pairs(analyzer: str) -> None:
    train, test = halves(corpus(marked=False, copied=False))
    assert artefacts.claim_only_accuracy(train, test, analyzer=analyzer) <= 0.65


def test_overlap_probe_catches_copied_supports() -> None:
    train, test = halves(corpus(marked=False, copied=True))
    accuracy, _ = artefacts.overlap_rule_accuracy(train, test)
    assert accuracy >= 0.95


def test_overlap_is_the_share_of_claim_words_in_the_evidence() -> None:
    c = claim(0, "Armenian forces captured Lachin.", "SUPPORTS", "Armenian forces took Lachin.")
    assert artefacts.overlap(c) == pytest.approx(3 / 4)


@pytest.mark.skipif(not forks(), reason="the helper is a forked process")
def test_the_helper_process_gives_the_figures_a_build_computes_itself() -> None:
    train, test = halves(corpus(marked=True, copied=False, size=120))
    here = {a: artefacts.claim_only_accuracy(train, test, analyzer=a) for a in ("word", "char_wb")}
    with artefacts.checks_ahead():
        assert artefacts._helper is not None
        connection, process = artefacts._helper
        there = {a: artefacts.claim_only_accuracy(train, test, analyzer=a) for a in here}
        rows = [(c.claim, c.label) for c in train], [(c.claim, c.label) for c in test]
        connection.send(("word", *rows))
        assert connection.recv() == here["word"], "the helper itself answers"
    assert there == here
    assert artefacts._helper is None and not process.is_alive(), "the build leaves no process"


@pytest.mark.skipif(not forks(), reason="the helper is a forked process")
def test_a_dead_helper_leaves_the_checks_to_the_build() -> None:
    train, test = halves(corpus(marked=True, copied=False, size=120))
    expected = artefacts.claim_only_accuracy(train, test, analyzer="word")
    with artefacts.checks_ahead():
        assert artefacts._helper is not None
        _connection, process = artefacts._helper
        process.kill()  # as the machine's out-of-memory killer would
        process.join()
        assert artefacts.claim_only_accuracy(train, test, analyzer="word") == expected
