"""Every REFUTES claim differs from its SUPPORTS sibling in exactly the recorded span.

Checked over every pair of a real build of seeds/, and as a hypothesis
property of ``changed_spans`` on made-up sentences.
"""

from __future__ import annotations

import pytest
from claims_helpers import BuiltFolder, pairs_of
from hypothesis import given
from hypothesis import strategies as st

from fever_builder.claims.generate import changed_spans

MAX_CHANGED_WORDS = 10


def split_around(text: str, part: str, other_text: str, other_part: str) -> bool:
    """True if text == head + part + tail and other_text == head + other_part + tail."""
    start = text.find(part)
    while start >= 0:
        head, tail = text[:start], text[start + len(part) :]
        if other_text == head + other_part + tail:
            return True
        start = text.find(part, start + 1)
    return part == "" and any(
        other_text == text[:i] + other_part + text[i:] for i in range(len(text) + 1)
    )


def siblings(build: BuiltFolder) -> list[tuple[dict, dict]]:
    out = []
    for members in pairs_of(build.rows).values():
        by_label = {row["label"]: row for row in members}
        if len(members) == 2 and set(by_label) == {"SUPPORTS", "REFUTES"}:
            out.append((by_label["SUPPORTS"], by_label["REFUTES"]))
    return out


def describe(rows: list[tuple[dict, dict]], limit: int = 5) -> str:
    return "\n".join(
        f"{s['mutation']}: {s['claim']!r} / {r['claim']!r} "
        f"({s['original']!r} -> {s['replacement']!r})"
        for s, r in rows[:limit]
    )


def test_every_pair_has_exactly_one_supports_and_one_refutes(seeds_build: BuiltFolder) -> None:
    bad = {
        pair: sorted(row["label"] for row in members)
        for pair, members in pairs_of(seeds_build.rows).items()
        if sorted(row["label"] for row in members) != ["REFUTES", "SUPPORTS"]
    }
    assert bad == {}, (
        f"{len(bad)} pairs are not one SUPPORTS + one REFUTES: {list(bad.items())[:5]}"
    )


def test_siblings_differ_in_exactly_the_recorded_span(seeds_build: BuiltFolder) -> None:
    pairs = siblings(seeds_build)
    # 49 pairs on the seeds since names change only in a slot that holds one value and
    # figures only where the claim says when, where and of what they hold (56 before a
    # side, a recurring contest or an act's length stopped naming an occasion)
    assert len(pairs) >= 45  # enough for the check to mean something
    bad = []
    for supports, refutes in pairs:
        fields = (supports["original"], supports["replacement"])
        same_fields = fields == (refutes["original"], refutes["replacement"])
        if not same_fields or not split_around(
            supports["claim"], fields[0], refutes["claim"], fields[1]
        ):
            bad.append((supports, refutes))
    assert bad == [], (
        f"{len(bad)} pairs differ elsewhere than in original/replacement:\n{describe(bad)}"
    )


def test_original_differs_from_replacement(seeds_build: BuiltFolder) -> None:
    bad = [
        (s, r)
        for s, r in siblings(seeds_build)
        if s["original"] == s["replacement"] or s["claim"] == r["claim"]
    ]
    assert bad == [], f"{len(bad)} pairs change nothing:\n{describe(bad)}"


def test_the_changed_part_is_short(seeds_build: BuiltFolder) -> None:
    bad = [
        (s, r)
        for s, r in siblings(seeds_build)
        if max(len(s["original"].split()), len(s["replacement"].split())) > MAX_CHANGED_WORDS
    ]
    assert bad == [], (
        f"{len(bad)} pairs change more than {MAX_CHANGED_WORDS} words:\n{describe(bad)}"
    )


def test_pair_siblings_share_provenance(seeds_build: BuiltFolder) -> None:
    keys = ("evidence", "mutation", "source_page", "source_sentence", "group")
    bad = [(s, r) for s, r in siblings(seeds_build) if any(s[k] != r[k] for k in keys)]
    assert bad == [], describe(bad)


words = st.lists(
    st.sampled_from(
        [
            "the",
            "Armenian",
            "forces",
            "captured",
            "Kalbajar",
            "in",
            "April",
            "1993",
            "3,500",
            "servicemen",
            "701st",
            "brigade",
            "not",
            "more",
            "than",
        ]
    ),
    min_size=0,
    max_size=8,
)


@given(head=words, old=words.filter(bool), new=words.filter(bool), tail=words)
def test_changed_spans_round_trip(
    head: list[str], old: list[str], new: list[str], tail: list[str]
) -> None:
    supports = " ".join([*head, *old, *tail]) + "."
    refutes = " ".join([*head, *new, *tail]) + "."
    if supports == refutes:
        return
    original, replacement = changed_spans(supports, refutes)
    assert original != replacement
    assert split_around(supports, original, refutes, replacement)
    # the changed part is never wider than the words that were changed
    assert len(original.split()) <= len(old) and len(replacement.split()) <= len(new)


@pytest.mark.parametrize(
    ("supports", "refutes", "expected"),
    [
        (
            "The brigade had 3,500 servicemen.",
            "The brigade had 5,200 servicemen.",
            ("3,500", "5,200"),
        ),
        ("The offensive began in 1993.", "The offensive began in 1995.", ("1993", "1995")),
        (
            "Huseynov was appointed prime minister.",
            "Huseynov was not appointed prime minister.",
            ("appointed", "not appointed"),
        ),
        ("The 701st brigade attacked.", "The 709th brigade attacked.", ("701st", "709th")),
    ],
)
def test_changed_spans_examples(supports: str, refutes: str, expected: tuple[str, str]) -> None:
    assert changed_spans(supports, refutes) == expected
