"""Runs of capitalised words in a text and the type each gets, by the rules listed in
:mod:`fever_builder.facts.entities`: split at titles and after countries, cut from
sentence-initial common words, typed by cue, lexicon and shape."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._words import coverage, covered
from .name_words import (
    ALWAYS_DROP,
    COMMON_ENDINGS,
    CONNECTORS,
    COUNTRIES,
    COUNTRY_LAST,
    DEMONYMS,
    EVENT_FIRST,
    EVENT_LAST,
    GEO_AFTER,
    HYPHEN_PREFIXES,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_FIRST,
    ORG_LAST,
    PERSON_CUES,
    PLACE_BEFORE,
    PLACE_FIRST,
    PLACE_LAST,
    PLACE_PREPOSITIONS,
    ROMAN,
    STOP_CAPS,
    SURNAME_ENDINGS,
    TITLE_MODIFIERS,
    TITLES,
    TOKEN,
    UNIT_LAST,
)

if TYPE_CHECKING:
    from .entities import Lexicon


@dataclass(frozen=True, slots=True)
class _Run:
    """A run of capitalised tokens: char offsets and its words, plus cue flags."""

    start: int
    end: int
    words: tuple[str, ...]
    titled: bool


def skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _sentence_start(text: str, pos: int) -> bool:
    """True at the start of a text, sentence, line, heading or list item."""
    before = _TRAILING_NOISE.sub("", text[max(0, pos - 80) : pos])
    if pos <= 80 and not before:
        return True
    return bool(before) and (before[-1] in ".!?:;\n=" or before.endswith(("\n-", "\n*", "\n•")))


# Spaces, quotes, brackets and citation markers between a sentence end and a word.
_TRAILING_NOISE = re.compile(r"(?:[\s\"“‘'(]|\[[^\]\n]{1,20}\])+$")


def find_runs(text: str, *, occupied: list[tuple[int, int]], lexicon: Lexicon) -> list[_Run]:
    """Runs of capitalised tokens, cleaned of sentence-initial common words and titles."""
    mask = coverage(occupied, len(text))
    tokens = [m for m in TOKEN.finditer(text) if not covered(mask, m.start(), m.end())]
    groups: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for tok in tokens:
        word = tok.group()
        joined = bool(current) and text[current[-1].end() : tok.start()] == " "
        if joined and current[-1].group()[-2:] in {"'s", "’s"}:
            joined = False
        if _is_cap(word) or (word in CONNECTORS and joined):
            if not joined and current:
                groups.append(current)
                current = []
            current.append(tok)
        elif word == "the" and joined and current[-1].group() == "of":
            current.append(tok)
        else:
            if current:
                groups.append(current)
            current = []
    if current:
        groups.append(current)
    runs: list[_Run] = []
    for group in groups:
        runs.extend(_clean(text, group, lexicon))
    return runs


def _is_cap(word: str) -> bool:
    if not word[:1].isupper():
        return False
    # "Armenian-held", "Soviet-made": adjectives, not names.
    return all(part[:1].isupper() for part in word.split("-")[1:] if part)


def _clean(text: str, group: list[re.Match[str]], lexicon: Lexicon) -> list[_Run]:
    """Split a token group at titles and drop words that are not part of a name."""
    parts: list[tuple[list[re.Match[str]], bool]] = []
    current: list[re.Match[str]] = []
    titled = False
    for i, tok in enumerate(group):
        word = tok.group()
        nxt = group[i + 1].group() if i + 1 < len(group) else ""
        is_title = word in TITLES or (word in TITLE_MODIFIERS and nxt in TITLES)
        rest = [t.group() for t in group[i + 1 :]]
        if is_title and rest and classify_name(rest, None)[0] not in {"other", "person"}:
            is_title = False  # "United Nations General Assembly", "General Staff"
        if is_title:
            # A title is never part of a name; it marks the words after it.
            if current:
                parts.append((current, titled))
            current, titled = [], nxt[:1].isupper()
            continue
        current.append(tok)
    if current:
        parts.append((current, titled))
    runs: list[_Run] = []
    for toks, was_titled in parts:
        toks = list(toks)
        while toks:
            first = toks[0].group()
            initial = _sentence_start(text, toks[0].start())
            drop = (
                first in CONNECTORS
                or first == "the"
                or first in ALWAYS_DROP
                or all(part in ALWAYS_DROP for part in first.split("-"))
                or (initial and first in STOP_CAPS)
                # "Following" alone is a common word; "Operation Goranboy" is a name.
                or (
                    initial
                    and lexicon.is_common(first)
                    and first not in lexicon
                    and first not in COUNTRIES
                    and (len(toks) == 1 or first.endswith(("ed", "er", "ly", "ing")))
                )
                or (initial and len(toks) == 1 and first.endswith(COMMON_ENDINGS))
                or (len(toks) == 1 and (first in NOT_NAMES or len(first) < 2))
                or first.split("-")[0].lower() in HYPHEN_PREFIXES
                and "-" in first
            )
            if not drop:
                break
            toks.pop(0)
        while toks and (toks[-1].group() in CONNECTORS or toks[-1].group() == "the"):
            toks.pop()
        if not toks:
            continue
        if len(toks) == 1 and toks[0].group() in ALWAYS_DROP:
            continue
        start, end = toks[0].start(), toks[-1].end()
        last = toks[-1].group()
        if last[-2:] in {"'s", "’s"}:
            end -= 2
        words = tuple(text[start:end].split())
        for run in _split_after_country(start, words, was_titled, text):
            runs.extend(_split_person_tail(run, lexicon))
    return runs


def _split_person_tail(run: _Run, lexicon: Lexicon) -> list[_Run]:
    """Split ``Azerbaijani Parliament Rasul Guliyev`` into the body and the person."""
    words = run.words
    if len(words) < 3 or any(w in CONNECTORS for w in words):
        return [run]
    for size in (2, 3):
        head, tail = words[:-size], words[-size:]
        if not head:
            break
        tail_kind = classify_name(list(tail), lexicon)[0]
        head_kind = classify_name(list(head), lexicon)[0]
        if tail_kind == "person" and head_kind != "other":
            head_end = run.start + len(" ".join(head))
            return [
                _Run(run.start, head_end, head, False),
                _Run(head_end + 1, run.end, tail, run.titled),
            ]
    return [run]


def _split_after_country(start: int, words: tuple[str, ...], titled: bool, text: str) -> list[_Run]:
    """Split ``Armenia Nagorno-Karabakh Republic`` into two runs; keep ``Azerbaijan SSR``."""
    for i, word in enumerate(words[:-1]):
        nxt = words[i + 1]
        if word in COUNTRIES and nxt not in COUNTRY_LAST and nxt not in CONNECTORS:
            left_end = start + len(" ".join(words[: i + 1]))
            right_start = left_end + 1
            left = _Run(start, left_end, words[: i + 1], titled)
            return [left, *_split_after_country(right_start, words[i + 1 :], False, text)]
    return [_Run(start, start + len(" ".join(words)), words, titled)]


def cue_type(text: str, run: _Run) -> str | None:
    """``person`` or ``place`` when the words around a run say so, else None."""
    before = text[max(0, run.start - 40) : run.start].split()
    prev = before[-1].lower().strip(",") if before else ""
    prev2 = " ".join(before[-2:]).lower()
    if person_shaped(run.words) and (run.titled or prev in PERSON_CUES or prev2 == "led by"):
        return "person"
    after = text[run.end : run.end + 30].split()
    nxt = after[0].lower().strip(",.;") if after else ""
    place_of = len(before) >= 2 and before[-1] == "of" and before[-2].lower() in PLACE_BEFORE
    if nxt in GEO_AFTER or place_of:
        return "place"
    if len(run.words) == 1 and prev in PLACE_PREPOSITIONS and not run.words[0].isupper():
        return "place"
    return None


def person_shaped(words: Sequence[str]) -> bool:
    """Two to five words, only name particles in between, and no other rule's type."""
    if not 2 <= len(words) <= 5 or any(w in CONNECTORS - NAME_PARTICLES for w in words):
        return False
    return classify_name(list(words), None)[0] in {"other", "person"}


def classify_run(text: str, run: _Run, lexicon: Lexicon) -> tuple[str, str]:
    """Type one run in its sentence: (type, source)."""
    name = " ".join(run.words)
    if lexicon.source_of(name) == "field":
        return lexicon.type_of(name) or "other", "lexicon"
    cue = cue_type(text, run)
    if cue == "person":
        return "person", "rule"
    kind, source = classify_name(list(run.words), lexicon)
    if kind != "other":
        return kind, source
    if cue == "place":
        return "place", "rule"
    return "other", "rule"


def classify_name(words: list[str], lexicon: Lexicon | None) -> tuple[str, str]:
    """Type a name by itself (no context): (type, source); by the rules alone when
    ``lexicon`` is None."""
    name = " ".join(words)
    if lexicon is not None and lexicon.source_of(name) == "field":
        return lexicon.type_of(name) or "other", "lexicon"
    if len(words) > 1 and words[-1] in ROMAN:
        words = words[:-1]
    first, last = words[0], words[-1]
    if name in COUNTRIES or last in COUNTRY_LAST or ("Republic" in words and len(words) > 1):
        return "country", "rule"
    if last in UNIT_LAST:
        return "unit", "rule"
    if last in ORG_LAST or (first in ORG_FIRST and len(words) > 1):
        return "organisation", "rule"
    if last in EVENT_LAST or (first in EVENT_FIRST and len(words) > 1):
        return "event", "rule"
    if last in PLACE_LAST or (first in PLACE_FIRST and len(words) > 1):
        return "place", "rule"
    if last in DEMONYMS:
        return "nationality", "rule"
    known = lexicon.type_of(name) if lexicon is not None else None
    if known is not None:
        return known, "lexicon"
    if (
        2 <= len(words) <= 4
        and last.lower().endswith(SURNAME_ENDINGS)
        and first not in DEMONYMS
        and first not in COUNTRIES
        and not any(w in CONNECTORS for w in words)
    ):
        return "person", "rule"
    return "other", "rule"
