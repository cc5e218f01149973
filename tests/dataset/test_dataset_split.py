"""The group-aware split on hand-made claims: what joins claims, determinism, shares."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fever_builder.claims.model import Claim, Evidence
from fever_builder.dataset.split import components, split_claims


def make(
    number: int,
    *,
    text: str | None = None,
    group: str | None = None,
    pair: str | None = None,
    evidence: tuple[str, ...] | None = None,
    label: str = "SUPPORTS",
) -> Claim:
    """A claim that shares nothing with other made claims unless told to."""
    sentences = evidence if evidence is not None else (f"Evidence sentence number {number}.",)
    return Claim(
        id=f"c{number}",
        claim=text if text is not None else f"Claim number {number} was made.",
        label=label,
        evidence=(tuple(Evidence("Page", i, s) for i, s in enumerate(sentences)),),
        mutation="date",
        generator="fever-builder/refute.date.v1",
        original="1993",
        replacement="1994",
        source_page="Page",
        source_sentence=0,
        group=group if group is not None else f"g{number}",
        pair=pair if pair is not None else f"p{number}",
    )


def together(claims: list[Claim]) -> list[set[str]]:
    return [{claims[i].id for i in part} for part in components(claims)]


def test_unrelated_claims_are_separate_components() -> None:
    claims = [make(i) for i in range(5)]
    assert sorted(map(sorted, together(claims))) == [[f"c{i}"] for i in range(5)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"group": "gA"}, {"group": "gA"}),
        ({"pair": "pA"}, {"pair": "pA"}),
        ({"text": "The offensive began in 1993."}, {"text": "The offensive began in 1993."}),
        # the same claim text written with other white space or case
        ({"text": "The offensive began in 1993."}, {"text": "The  offensive\u00a0began in 1993."}),
        (
            {"evidence": ("The brigade had 3,500 servicemen.",)},
            {"evidence": ("Other sentence.", "The brigade had 3,500 servicemen.")},
        ),
        # evidence after white-space normalisation (no-break space, doubled space, new line)
        (
            {"evidence": ("The brigade had 3,500 servicemen.",)},
            {"evidence": ("The brigade\u00a0had  3,500\nservicemen.",)},
        ),
        # evidence after Unicode normalisation (decomposed accents, full-width digits)
        (
            {"evidence": ("Ter-Petrosyan met Elçibəy in 1992.",)},
            {"evidence": ("Ter-Petrosyan met Elc\u0327ibəy in 1992.",)},
        ),
        (
            {"evidence": ("It ended in 1994.",)},
            {"evidence": ("It ended in \uff11\uff19\uff19\uff14.",)},
        ),
    ],
    ids=[
        "group",
        "pair",
        "claim-text",
        "claim-text-spaces",
        "evidence",
        "evidence-spaces",
        "evidence-combining",
        "evidence-fullwidth",
    ],
)
def test_components_join_claims_that_share(first: dict, second: dict) -> None:
    claims = [make(0, **first), make(1), make(2, **second)]
    parts = together(claims)
    assert {"c0", "c2"} in parts
    assert {"c1"} in parts


def test_decomposed_accents_really_differ_before_normalisation() -> None:
    # guards the "evidence-combining" case above: the two strings are not equal as written
    assert "Elçibəy" != "Elc\u0327ibəy"


def test_components_are_transitive() -> None:
    claims = [
        make(0, group="gA"),
        make(1, group="gA", pair="pB"),
        make(2, pair="pB", evidence=("Shared sentence.",)),
        make(3, evidence=("Shared sentence.",), text="Shared claim."),
        make(4, text="Shared claim."),
        make(5),
    ]
    assert sorted(map(sorted, together(claims))) == [["c0", "c1", "c2", "c3", "c4"], ["c5"]]


def many_claims(count: int = 400) -> list[Claim]:
    """Contrastive pairs of two claims; every fifth pair shares a group with the next."""
    claims = []
    for i in range(count // 2):
        group = f"g{i - i % 2}" if i % 5 == 0 else f"g{i}"
        for label in ("SUPPORTS", "REFUTES"):
            n = len(claims)
            claims.append(
                make(n, group=group, pair=f"p{i}", label=label, evidence=(f"Sentence {i}.",))
            )
    return claims


def sides(splits: dict[str, list[Claim]]) -> dict[str, str]:
    return {claim.id: name for name, rows in splits.items() for claim in rows}


def test_split_keeps_every_claim_once_in_input_order() -> None:
    claims = many_claims()
    splits = split_claims(claims, test_size=0.2, seed=0)
    assert set(splits) == {"train", "test"}
    assert sorted(c.id for rows in splits.values() for c in rows) == sorted(c.id for c in claims)
    position = {c.id: i for i, c in enumerate(claims)}
    for rows in splits.values():
        assert [position[c.id] for c in rows] == sorted(position[c.id] for c in rows)


def test_split_never_separates_a_component() -> None:
    claims = many_claims()
    side = sides(split_claims(claims, test_size=0.2, seed=0))
    for part in components(claims):
        assert len({side[claims[i].id] for i in part}) == 1


def test_split_is_deterministic_by_seed() -> None:
    claims = many_claims()
    first = split_claims(claims, test_size=0.2, seed=0)
    assert split_claims(claims, test_size=0.2, seed=0) == first
    assert split_claims(claims, test_size=0.2, seed=1) != first


@pytest.mark.parametrize("test_size", [0.1, 0.2, 0.3])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_test_share_is_near_the_target(test_size: float, seed: int) -> None:
    claims = many_claims()
    splits = split_claims(claims, test_size=test_size, seed=seed)
    share = len(splits["test"]) / len(claims)
    assert abs(share - test_size) <= 0.03, share


def test_optional_validation_split() -> None:
    claims = many_claims()
    splits = split_claims(claims, test_size=0.2, seed=0, validation_size=0.1)
    assert set(splits) == {"train", "test", "validation"}
    assert abs(len(splits["validation"]) / len(claims) - 0.1) <= 0.03
    side = sides(splits)
    for part in components(claims):
        assert len({side[claims[i].id] for i in part}) == 1


def test_a_component_bigger_than_the_test_share_stays_whole() -> None:
    claims = [make(i, group="gBig") for i in range(30)] + [make(100 + i) for i in range(10)]
    splits = split_claims(claims, test_size=0.2, seed=0)
    side = sides(splits)
    assert len({side[f"c{i}"] for i in range(30)}) == 1


@settings(max_examples=60, deadline=None)
@given(
    groups=st.lists(st.integers(0, 30), min_size=2, max_size=120),
    seed=st.integers(0, 1000),
    test_size=st.floats(0.05, 0.5),
)
def test_split_property_no_group_pair_text_or_evidence_straddles(
    groups: list[int], seed: int, test_size: float
) -> None:
    claims = [
        make(
            i,
            group=f"g{g}",
            pair=f"p{i // 2}",
            evidence=(f"Sentence {g % 7}.",),
            text=f"Claim {i % 11}.",
        )
        for i, g in enumerate(groups)
    ]
    splits = split_claims(claims, test_size=test_size, seed=seed)
    owners: dict[str, set[str]] = {}
    for name, rows in splits.items():
        for claim in rows:
            keys = [f"g:{claim.group}", f"p:{claim.pair}", f"c:{claim.claim}"]
            keys += [f"e:{e.text}" for s in claim.evidence for e in s]
            for key in keys:
                owners.setdefault(key, set()).add(name)
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}
    assert Counter(c.id for rows in splits.values() for c in rows) == Counter(c.id for c in claims)
