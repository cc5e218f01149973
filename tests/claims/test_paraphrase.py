"""Paraphrase skips a rewording its loose pattern rules out; the result must not change."""

from __future__ import annotations

import random
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from fever_builder.claims.frames import Frame
from fever_builder.claims.paraphrase import PARAPHRASES, _echoes, paraphrase, reword

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def every_rewording(frame: Frame, rng: random.Random, rate: float = 0.85) -> Frame:
    """Paraphrase's definition: every pattern searched, in order, on the text so far."""
    for pattern, replacement in PARAPHRASES:
        for match in reversed(list(pattern.finditer(frame.text))):
            text = frame.text
            joined = (
                "-"
                in text[max(0, match.start() - 1) : match.start()]
                + text[match.end() : match.end() + 1]
            )  # a word inside a compound ("at-large") is not the word
            if (match.end() <= frame.start or match.start() >= frame.end) and not joined:
                if match.start() >= frame.subject and rng.random() < rate:
                    if not _echoes(frame.text, match, replacement):
                        frame = reword(frame, match, replacement)
    return Frame(frame.text[:1].upper() + frame.text[1:], frame.start, frame.end, frame.subject)


def seed_lines() -> list[str]:
    lines = []
    for path in sorted(SEEDS.iterdir()):
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


def test_paraphrase_equals_every_rewording_on_the_seed_text() -> None:
    rewritten = 0
    for k, line in enumerate(seed_lines()):
        words = list(re.finditer(r"\w+", line))
        if not words:
            continue
        fact = words[k % len(words)]
        frame = Frame(line, fact.start(), fact.end())
        got = paraphrase(frame, random.Random(k))
        assert got == every_rewording(frame, random.Random(k)), line
        rewritten += got.text != line[:1].upper() + line[1:]
    assert rewritten > 50  # the check covered rewordings that happened


# words the rewordings look for, and what sits around them
PIECES = st.sampled_from(
    ["approximately 5", "roughly", "launched an offensive", "forces", "however", "several",
     "many", "the war", "help", "continued", "On 15 August", "following the", " ", " ", ", ",
     "was ", "Bhelp", "xforces", "1993", "troops"]
)  # fmt: skip


@given(st.lists(PIECES, min_size=1, max_size=12).map("".join), st.integers(0, 2**32))
@settings(max_examples=500, deadline=None)
def test_paraphrase_equals_every_rewording_on_any_text(text: str, seed: int) -> None:
    frame = Frame(text, 0, 1)
    assert paraphrase(frame, random.Random(seed)) == every_rewording(frame, random.Random(seed))


def test_the_subject_is_left_as_written_and_articles_agree() -> None:
    # "The film" stays (it may be resolved to the page's film); "an" follows "important"
    text = "The film was an important success in 1999."
    frame = Frame(text, text.index("1999"), text.index("1999") + 4, subject=8)
    got = paraphrase(frame, random.Random(0), rate=1.0)
    assert got.text == "The film was a significant success in 1999."
    assert got.fact == "1999"


def test_a_word_inside_a_compound_is_left_alone() -> None:
    # "at-large" is no "at-big"
    text = "Manila elects six councilors at-large and a large council in 2019."
    frame = Frame(text, text.index("2019"), text.index("2019") + 4)
    got = paraphrase(frame, random.Random(0), rate=1.0)
    assert "at-large" in got.text and "a big council" in got.text
