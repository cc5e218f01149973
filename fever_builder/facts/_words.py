"""Word tables and small text helpers shared by the fact finders.

Constants only (no files read at import). Number words are parsed and written
here so dates, figures and the renderers agree on them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .spans import Span

MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# words that say when a thing held: a year (not a digit group of "90,000"), a month, a day
# of the week, a season, "that year"
WHEN = re.compile(
    r"(?<![\d,.])\b(?:1\d{3}|20\d{2})s?\b(?![,.]\d)"
    rf"|\b(?:{'|'.join(MONTHS)}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Christmas)\b"
    r"|\b(?i:spring|summer|autumn|winter|yesterday)\b"
    r"|\b(?i:that|the same|this|next|following|previous)\s+(?:year|season)\b"
)
MONTH_NUMBER: dict[str, int] = {name.lower(): i for i, name in enumerate(MONTHS, start=1)}
MONTH_NUMBER.update({name[:3].lower(): i for i, name in enumerate(MONTHS, start=1)})
MONTH_NUMBER["sept"] = 9

WEEKDAYS: frozenset[str] = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)


def load_word_tables() -> None:
    """Load lemminflect's tables (a few tenths of a second) before they are first needed."""
    from lemminflect import getAllLemmas, getInflection

    getAllLemmas("house", upos="NOUN")
    getInflection("go", tag="VBD")


def common_noun(word: str) -> bool:
    """Whether ``word`` is a common English noun ("Troops", "Years"), not only a name."""
    from lemminflect import getAllLemmas  # its tables load on first use

    return bool(getAllLemmas(word.casefold(), upos="NOUN"))


# plurals without an "s" ("5,000 personnel", "fewer than 300 men"), and nouns whose plural
# is the singular ("3 aircraft", "40 deer")
UNMARKED_PLURALS = frozenset(
    {"people", "personnel", "men", "women", "children", "police", "aircraft", "deer", "sheep"}
)


def plural_noun(word: str) -> bool:
    """Whether a lower-case word reads as a plural that counts things: it ends in "s" or
    is one of :data:`UNMARKED_PLURALS`."""
    return word.endswith("s") or word in UNMARKED_PLURALS


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (compact word tables)."""
    return frozenset(text.split())


# Citation markers and the like: never facts, never part of one.
BLOCKED = re.compile(r"\[(?:\d{1,4}|[a-z]{1,2}|citation needed|note \d+|nb \d+)\]", re.I)

# Words that may follow a number and name what is counted: they make a
# four-digit number a quantity rather than a year ("1500 soldiers").
UNIT_WORDS: frozenset[str] = word_set(
    """servicemen serviceman soldiers soldier troops men man women children people persons
    civilians refugees residents inhabitants volunteers fighters officers casualties deaths
    dead killed wounded injured prisoners hostages captives militants partisans recruits
    conscripts mercenaries guerrillas tanks vehicles helicopters aircraft planes jets guns
    villages towns houses homes buildings km kilometres kilometers mi miles m metres meters
    ft feet kg tonnes tons hectares sq battalions brigades units detachments companies"""
)

_ONES = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SCALE_VALUE: dict[str, int] = dict(_SCALES)
# Every number word below a thousand that stands alone: "one" ... "ninety", "hundred".
NUMBER_WORD_VALUES: dict[str, int] = {**_ONES, **_TEENS, **_TENS, "hundred": 100}
TENS_WORDS: tuple[str, ...] = tuple(_TENS)
ONES_WORDS: tuple[str, ...] = tuple(_ONES)

NUMBER_WORDS: tuple[str, ...] = tuple(
    sorted([*_ONES, *_TEENS, *_TENS, "hundred", *_SCALES], key=lambda w: (-len(w), w))
)


def words_prefix_value(words: list[str]) -> tuple[int, int] | None:
    """Parse the longest valid number at the start of ``words`` (lowercase tokens).

    Tokens may include ``"and"`` (``one hundred and fifty``). Returns
    ``(value, tokens used)`` or None when the first token starts no number.
    """
    total = 0
    i = 0
    best: tuple[int, int] | None = None
    last_scale = 10**12
    while i < len(words):
        group = _group_value(words, i)
        if group is None:
            break
        value, j = group
        if j < len(words) and words[j] in _SCALES and _SCALES[words[j]] < last_scale:
            last_scale = _SCALES[words[j]]
            total += value * last_scale
            i = j + 1
            best = (total, i)
            if i + 1 < len(words) and words[i] == "and" and _group_value(words, i + 1):
                i += 1
            continue
        best = (total + value, j)
        break
    return best


def _group_value(words: list[str], i: int) -> tuple[int, int] | None:
    """Parse one group below a thousand at ``words[i]``: (value, next index)."""
    n = len(words)
    value = 0
    k = i
    if k < n and words[k] in _ONES:
        if k + 1 < n and words[k + 1] == "hundred":
            value = _ONES[words[k]] * 100
            k += 2
            if k + 1 < n and words[k] == "and" and words[k + 1] in {**_ONES, **_TEENS, **_TENS}:
                k += 1
        else:
            return _ONES[words[k]], k + 1
    if k < n and words[k] in _TEENS:
        return value + _TEENS[words[k]], k + 1
    if k < n and words[k] in _TENS:
        value += _TENS[words[k]]
        k += 1
        if k < n and words[k] in _ONES:
            value += _ONES[words[k]]
            k += 1
        return value, k
    if k < n and value and words[k] in _ONES:
        return value + _ONES[words[k]], k + 1
    if k > i:
        return value, k
    return None


_ONES_BY_VALUE = {v: w for w, v in {**_ONES, **_TEENS}.items()}
_TENS_BY_VALUE = {v: w for w, v in _TENS.items()}


def number_to_words(number: int) -> str:
    """Write a whole number from 1 to 999,999,999,999 in words: ``6000`` -> ``six thousand``.

    Compounds take a hyphen (``twenty-nine``); ``and`` is not used.
    """
    if not 0 < number < 10**12:
        raise ValueError(f"number={number!r} cannot be written in words: use 1..999999999999")
    parts: list[str] = []
    for scale_word, scale in (("billion", 10**9), ("million", 10**6), ("thousand", 10**3)):
        if number >= scale:
            parts.append(f"{_below_thousand(number // scale)} {scale_word}")
            number %= scale
    if number:
        parts.append(_below_thousand(number))
    return " ".join(parts)


def _below_thousand(number: int) -> str:
    words: list[str] = []
    if number >= 100:
        words.append(f"{_ONES_BY_VALUE[number // 100]} hundred")
        number %= 100
    if number >= 20:
        tens, ones = divmod(number, 10)
        words.append(_TENS_BY_VALUE[tens * 10] + (f"-{_ONES_BY_VALUE[ones]}" if ones else ""))
    elif number:
        words.append(_ONES_BY_VALUE[number])
    return " ".join(words)


def occupied_ranges(text: str, taken: Iterable[Span]) -> list[tuple[int, int]]:
    """The ``(start, end)`` ranges of ``taken`` spans plus citation markers like ``[12]``.

    No finder reads into a marker, so ``[121]`` never yields a figure.
    """
    ranges = [(s.start, s.end) for s in taken]
    ranges.extend((m.start(), m.end()) for m in BLOCKED.finditer(text))
    return ranges


def coverage(ranges: Iterable[tuple[int, int]], size: int) -> bytearray:
    """A mask of ``size`` bytes, 1 inside any of ``ranges``: fast overlap tests."""
    mask = bytearray(size)
    for a, b in ranges:
        mask[a:b] = b"\x01" * (min(b, size) - min(a, size))
    return mask


def covered(mask: bytearray, start: int, end: int) -> bool:
    """True if any character of ``[start, end)`` is set in ``mask``."""
    return mask.find(1, start, end) != -1


def template(text: str, start: int, fields: list[tuple[int, int, str]]) -> str:
    """Turn matched ``text`` (beginning at ``start``) into a format template.

    ``fields`` are absolute ``(start, end, placeholder)`` triples; literal
    braces are escaped.
    """
    out: list[str] = []
    pos = start
    for a, b, placeholder in sorted(fields):
        out.append(text[pos - start : a - start].replace("{", "{{").replace("}", "}}"))
        out.append(placeholder)
        pos = b
    out.append(text[pos - start :].replace("{", "{{").replace("}", "}}"))
    return "".join(out)


def capitalise_like(rendered: str, *, capital: bool) -> str:
    """Upper-case the first letter when the original began with a capital."""
    if capital and rendered[:1].islower():
        return rendered[0].upper() + rendered[1:]
    return rendered


def next_words(text: str, end: int, limit: int = 5) -> list[str]:
    """Up to ``limit`` words right after ``end``, stopping at punctuation."""
    m = _FOLLOWING.match(text, end)
    if not m:
        return []
    return _WORD.findall(m.group())[:limit]


def previous_word(text: str, start: int) -> str:
    """The word right before ``start`` (separated by spaces only), or ``""``."""
    m = _PRECEDING.search(text[max(0, start - 40) : start])
    return m.group(1) if m else ""


_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*")
_FOLLOWING = re.compile(r"(?:(?:[ \t]+|-)[^\W\d_][\w'’]*(?:-[\w'’]+)*){1,6}")
_PRECEDING = re.compile(r"([^\W\d_][\w'’.]*)[ \t]+$")
