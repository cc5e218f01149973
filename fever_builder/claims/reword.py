"""Written forms people vary, changed alike in both claims of a pair: "85%" as "85 percent",
"$11.7 million" as "11.7 million dollars", "3,500" as "3500", "seven years" as "7 years",
"an estimated 400,000" as "about 400,000".

The change is made to both claims the same way, so it says nothing about the
label; it keeps a claim from copying its evidence character for character.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from fever_builder.claims.context import Pair
from fever_builder.facts import UNMARKED_PLURALS

_NUMBER_WORDS = (
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
_DIGITS = {word: str(n) for n, word in enumerate(_NUMBER_WORDS, start=2)}
_WORDS = {digit: word for word, digit in _DIGITS.items()}

# words ending in "s" after a number that are no plural noun
_NOT_NOUNS = frozenset({"was", "has", "is", "does", "as", "us", "its", "his", "this", "thus"})
_PERCENT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?%")
# not the first end of a range ("$6–8 million": "6 dollars–8 million" says another thing)
_DOLLARS = re.compile(
    r"(?<![A-Za-z])\$\s?(\d+(?:[.,]\d+)*)(\s(?:million|billion|trillion))?\b(?!\s?[–-]\s?\d)"
)
_THOUSANDS = re.compile(r"(?<![\d.,])(\d),(\d{3})\b(?![.,]\d)")
# a small count of a plural noun ("seven years", "four people", "two older brothers"), not
# a date or part of a larger figure ("five hundred soldiers")
_COUNTED = (
    r"(?! (?:hundred|thousand|million|billion|trillion|dozen)\b)"
    r"(?= (?:[a-z]+ )?(?:[a-z]+s|" + "|".join(sorted(UNMARKED_PLURALS)) + r")\b)"
)
_COUNT_WORD = re.compile(r"(?<![\w-])(" + "|".join(_NUMBER_WORDS) + r")\b" + _COUNTED)
_COUNT_DIGITS = re.compile(r"(?<![\d$.,-])\b([2-9]|1[0-2])\b(?![.,:]?\d)" + _COUNTED)


# an estimate said as people say it: "an estimated 400,000" as "about 400,000"
_ESTIMATED = re.compile(r"\b([Aa])n estimated (?=[$\d])|\b([Aa])pproximately (?=[$\d])")


def _about(match: re.Match[str]) -> str:
    return "About " if (match.group(1) or match.group(2)) == "A" else "about "


def _forms(text: str, *, to_digits: bool) -> str:
    text = _ESTIMATED.sub(_about, text)
    text = _PERCENT.sub(r"\1 percent", text)
    text = _DOLLARS.sub(lambda m: f"{m.group(1)}{m.group(2) or ''} dollars", text)
    text = _THOUSANDS.sub(r"\1\2", text)
    pattern, forms = (_COUNT_WORD, _DIGITS) if to_digits else (_COUNT_DIGITS, _WORDS)

    def count(match: re.Match[str]) -> str:
        before = text[: match.start()].split()[-1:]
        after = text[match.end() :].split()[:1]
        if (before and before[0][:1].isupper()) or (after and after[0] in _NOT_NOUNS):
            return match.group(0)  # "Head 5 was donated": a name's number, and no count
        if before and before[0].casefold() == "the":
            return match.group(0)  # "the two became friends": who, not how many
        return forms[match.group(1)]

    return pattern.sub(count, text)


def reword_pair(pair: Pair, rng: random.Random) -> Pair:
    """Both claims of ``pair`` with the same written forms changed.

    A small count is written the other way from its claim ("four people" as "4
    people", "2 reviews" as "two reviews"), so it is not the evidence's word; a
    claim with both forms, or neither, takes a way at random.
    """
    draw = rng.random() < 0.5  # drawn for every pair, so later draws do not depend on it
    words = bool(_COUNT_WORD.search(pair.supports))
    digits = bool(_COUNT_DIGITS.search(pair.supports))
    to_digits = words if words != digits else draw
    supports = _forms(pair.supports, to_digits=to_digits)
    refutes = _forms(pair.refutes, to_digits=to_digits)
    if supports == refutes:
        return pair  # a rewrite made the two the same ("seven" and "7"): keep them as written
    return replace(pair, supports=supports, refutes=refutes)
