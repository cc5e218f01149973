"""Pair features: how a claim differs from its evidence, in ways that transfer.

Lexical features learn the topic of the training articles; these do not. Each
one asks whether a kind of fact in the claim is missing from, or contradicted
by, the evidence: numbers and years, capitalised names, negation, antonyms,
and a word that sits in the evidence's slot between the same neighbours but
differs. They are the same whatever the article is about, so a verifier
trained on generated claims about one war can still score human claims about
films.

Two kinds of claim are checked by logic rather than by presence, in the
evidence's *slot* for them: the claim is aligned to the evidence in order with
the slot's own words kept out, and the slot is what lies between the evidence
words its neighbours align with.

- Comparatives: "more than 3,000", "fewer than 5,000", "after 1990", "before
  1995" hold when the figure or year in the slot is strictly beyond the bound
  ("more than 3,500" against "3,500" fails; "at least 3,500" holds). A
  decade ("in the 1990s") and an approximation ("about 43,000": within a
  quarter either way) are two bounds at once, and hold when both do.
- Disjunctions: "Ganja or Shusha" holds when one alternative is in the slot
  ("from Ganja"), and fails when neither is, even if one is named elsewhere.

Their words are then left out of the presence checks, so "Shusha" above is
not a missing name.

The lexicons are small, explicit and built once per call of :func:`lexicon`;
nothing is loaded at import time.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from fever_builder.facts import MONTHS, NUMBER_WORD_VALUES, ONES_WORDS, TENS_WORDS

__all__ = ["FEATURE_NAMES", "OVERLAP_FEATURE", "PairFeatures", "pair_features", "tokens"]

# --------------------------------------------------------------------- lexicons

# Function words: their absence from the evidence says nothing about the fact.
_STOP_TEXT = """
a an the this that these those it its it's he she his her hers him they them their theirs
we us our you your i me my who whom whose which what when where while whereas as
is are was were be been being am has have had having do does did done doing
will would shall should can could may might must also too very so such then than thus
of in on at to for by with from into onto upon about across through during within
and or but if because since although though yet both either each other another
there here some any one ones own same just still even only again further once
up down out off per via de la le von van der del da du
during following despite throughout against between among amid until around near
towards toward behind beyond along s
"""

# Negation cues; "failed to" and the like count as one cue each.
_NEGATION_WORDS = frozenset(
    {
        "not",
        "never",
        "no",
        "none",
        "neither",
        "nor",
        "without",
        "cannot",
        "nothing",
        "nobody",
        "nowhere",
        "incapable",
        "unable",
        "lacks",
        "lacked",
        "lacking",
    }
)
_NEGATION_PHRASES = (
    "failed to",
    "refused to",
    "fails to",
    "refuses to",
    "declined to",
    "declines to",
    "yet to",
)
# nouns that any person, place or thing is: "X is a place" names no class to swap
_GENERAL_NOUNS = frozenset(
    {
        "place",
        "location",
        "person",
        "people",
        "man",
        "woman",
        "human",
        "individual",
        "someone",
        "something",
        "thing",
        "things",
        "entity",
        "name",
    }
)
_NAME_JOINERS = frozenset({"of", "de", "la", "von", "van", "der", "del", "da", "du"})

_ANTONYM_TEXT = """
won lost win lose wins loses winning losing winner loser victory defeat victorious defeated
success failure successful unsuccessful succeeded failed increase decrease increased decreased
rise fall rose fell rising falling first last earliest latest early late earlier later
before after north south northern southern east west eastern western
northeast southwest northwest southeast
largest smallest large small larger smaller biggest smallest big small major minor
highest lowest high low higher lower maximum minimum most least more less
accept reject accepted rejected agreed refused allowed banned allow ban
attack defend attacked defended advance retreat advanced retreated offensive defensive
entered left began ended begin end start finish started finished opened closed open closed
alive dead living dead born died birth death male female man woman men women
public private legal illegal possible impossible true false always never all none
include exclude included excluded same different strong weak strongest weakest
rich poor young old youngest oldest long short longest shortest near far
inside outside internal external domestic foreign ally enemy allies enemies
allied hostile support oppose supported opposed supporter opponent approve disapprove
approved disapproved positive negative love hate friend enemy friendly hostile
captured lost gained lost import export imported exported buy sell bought sold
arrived departed arrive depart came went increase reduction add remove added removed
joined left join leave created destroyed build destroy built destroyed
upper lower inner outer top bottom front back above below over under
heavy light heavily lightly easy difficult easily hardly easier harder
fast slow quickly slowly rapid slow rapidly slowly full empty fully partially
present absent presence absence existing extinct legitimate illegitimate
official unofficial recognised unrecognised recognized unrecognized
independent dependent independence dependence civilian military peace war
victory loss wins losses won defeat majority minority older younger approved rejected
good bad better worse best worst greatest worst
"""

_COMPARATIVES_UP = (
    "more than",
    "over",
    "at least",
    "greater than",
    "exceeding",
    "above",
    "upwards of",
)
_COMPARATIVES_DOWN = (
    "less than",
    "fewer than",
    "under",
    "at most",
    "below",
    "up to",
    "no more than",
)
# Comparatives of time: only before a year ("after 1991", not "after 3 days").
_COMPARATIVES_LATER = ("after", "later than")
_COMPARATIVES_EARLIER = ("before", "prior to", "earlier than")
# Bounds these phrases include ("at least 90" holds for 90); the others are strict.
_INCLUSIVE = frozenset({"at least", "at most", "up to", "no more than"})
_COMPARATIVE_WORDS = frozenset(
    " ".join(
        _COMPARATIVES_UP + _COMPARATIVES_DOWN + _COMPARATIVES_LATER + _COMPARATIVES_EARLIER
    ).split()
)

# The plain number words, plus words that also count something.
_NUMBER_WORDS = {
    **NUMBER_WORD_VALUES,
    "zero": 0,
    "thousand": 1000,
    "dozen": 12,
    "once": 1,
    "twice": 2,
    "single": 1,
    "both": 2,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Number words that are rarely a figure a claim turns on ("one of the ...").
_NOT_FIGURES = frozenset({"one", "once", "single", "both"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists the features use, built once and shared."""

    stop: frozenset[str]
    negation: frozenset[str]
    antonyms: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Build the lexicon (cached: it is immutable)."""
    antonyms: dict[str, set[str]] = {}
    words = _ANTONYM_TEXT.split()
    for left, right in zip(words[0::2], words[1::2], strict=True):
        antonyms.setdefault(left, set()).add(right)
        antonyms.setdefault(right, set()).add(left)
    return Lexicon(
        stop=frozenset(_STOP_TEXT.split()),
        negation=_NEGATION_WORDS,
        antonyms={word: frozenset(others) for word, others in antonyms.items()},
    )


# ------------------------------------------------------------------- tokenising

# Numbers keep their thousands separators and decimals; words keep inner
# apostrophes (O'Neal, L'Oréal); hyphens split words (Riddick-based).
_TOKEN = re.compile(
    r"\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th|s|'s)?(?![\w])|\d+|[^\W\d_]+(?:['’][^\W\d_]+)*|n't"
)
_NUMBER = re.compile(r"^\d+(?:,\d{3})*(?:\.\d+)?")
_ISO_DATE = re.compile(r"\b\d{4}-(\d{2})-\d{2}\b")
_MONTHS = frozenset(month.lower() for month in MONTHS)
_JOINING_DASHES = frozenset({"-", "–", "‑"})
_YEAR = re.compile(r"^(?:1[0-9]{3}|20[0-9]{2})(?:s|'s)?$")


def _fold(word: str) -> str:
    """Lower-case and strip accents, so Noël matches Noel."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def _stem(word: str) -> str:
    """A crude stem: the first five letters (politics ~ politician, Europe ~ European)."""
    word = word[:-2] if word.endswith("'s") else word
    return word[:5]


def tokens(text: str) -> list[str]:
    """Split text into word and number tokens, as written."""
    return _TOKEN.findall(text)


def _number_value(token: str) -> float | None:
    folded = token.lower()
    if folded in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[folded])
    match = _NUMBER.match(folded)
    if match:
        return float(match.group(0).replace(",", ""))
    return None


@dataclass(frozen=True, slots=True)
class _Text:
    """One side of a pair, tokenised once."""

    raw_text: str
    raw: list[str]
    folded: list[str]
    breaks: tuple[bool, ...]  # punctuation between token i - 1 and token i
    stems: frozenset[str]
    words: frozenset[str]
    figures: tuple[tuple[int, float, bool], ...]
    numbers: frozenset[float]
    negations: tuple[int, ...]  # token index of each negation cue

    @classmethod
    def of(cls, text: str, lex: Lexicon) -> _Text:
        # accents composed: "Noël" written as "e" and a combining mark is one word
        text = unicodedata.normalize("NFC", text)
        spelled = _COMPOUND_NUMBER.sub(_compound_value, text)
        if "ties" in spelled:
            spelled = _DECADE_WORD.sub(_decade_digits, spelled)
        matches = list(_TOKEN.finditer(spelled))
        raw = [m.group(0) for m in matches]
        gaps = [
            spelled[(matches[i - 1].end() if i else 0) : m.start()] for i, m in enumerate(matches)
        ]
        # a hyphen or dash inside a word joins ("Mi-24", "Nagorno-Karabakh", "1988–1989")
        breaks = [
            bool(re.search(r"[^\w\s]", gap)) and not (i and gap in _JOINING_DASHES)
            for i, gap in enumerate(gaps)
        ]
        # "1993-12-15" (an infobox date) also names its month
        months = [MONTHS[int(m) - 1] for m in _ISO_DATE.findall(text) if 1 <= int(m) <= 12]
        raw += months
        breaks += [True] * len(months)
        folded = [_fold(t) for t in raw]
        figures = _figures(raw)
        negations = [i for i, t in enumerate(folded) if t in lex.negation or t.endswith("n't")]
        for phrase in _NEGATION_PHRASES:
            words = phrase.split()
            size = len(words)
            negations += [i for i in range(len(folded) - size + 1) if folded[i : i + size] == words]
        return cls(
            raw_text=text,
            raw=raw,
            folded=folded,
            breaks=tuple(breaks),
            stems=frozenset(_stem(t) for t in folded),
            words=frozenset(folded),
            figures=figures,
            numbers=frozenset(value for _, value, _ in figures),
            negations=tuple(sorted(negations)),
        )

    def has(self, folded_token: str) -> bool:
        """Whether a (folded) token of the other side is found here."""
        if folded_token in self.words:
            return True
        if folded_token[:1].isdigit():
            return _number_value(folded_token) in self.numbers
        return len(folded_token) >= 4 and _stem(folded_token) in self.stems


_COMPOUND_NUMBER = re.compile(
    rf"\b({'|'.join(TENS_WORDS)})-({'|'.join(ONES_WORDS)})\b", re.IGNORECASE
)


# a decade of the twentieth century said in words: "born in the fifties"
_DECADE_WORDS = {
    "twenties": "1920s",
    "thirties": "1930s",
    "forties": "1940s",
    "fifties": "1950s",
    "sixties": "1960s",
    "seventies": "1970s",
    "eighties": "1980s",
    "nineties": "1990s",
}
_DECADE_WORD = re.compile(rf"\b([Tt]he) ({'|'.join(_DECADE_WORDS)})\b")


def _decade_digits(match: re.Match[str]) -> str:
    """ "the fifties" -> "the 1950s", so it is checked as a decade."""
    return f"{match.group(1)} {_DECADE_WORDS[match.group(2)]}"


def _compound_value(match: re.Match[str]) -> str:
    """ "twenty-five" -> "25", so it compares with figures written in digits."""
    words = match.group(1).lower(), match.group(2).lower()
    return str(NUMBER_WORD_VALUES[words[0]] + NUMBER_WORD_VALUES[words[1]])


def _figures(raw: Sequence[str]) -> tuple[tuple[int, float, bool], ...]:
    """(token index, value, is a year) of every number; "1.3 million" is 1,300,000."""
    figures: list[tuple[int, float, bool]] = []
    for i, token in enumerate(raw):
        value = _number_value(token)
        if value is None:
            continue
        lowered = token.lower()
        if i > 0 and lowered in _SCALES and _number_value(raw[i - 1]) is not None:
            continue  # the scale of the number before it
        if i + 1 < len(raw) and raw[i + 1].lower() in _SCALES:
            value *= _SCALES[raw[i + 1].lower()]
        figures.append((i, value, bool(_YEAR.match(token))))
    return tuple(figures)


# --------------------------------------------------------------------- features

# Share of the claim's content words missing from the evidence: off by
# default. Trained on SUPPORTS claims that copy their evidence, a model learns
# "any missing word means REFUTES"; human claims paraphrase, and on Symmetric
# FEVER that feature took a stand-in model from 0.71 to 0.56. The built claims
# paraphrase, and with the slot features below it neither helps nor hurts
# there (0.72 on Symmetric FEVER either way), so it stays off.
OVERLAP_FEATURE = "content_missing_share"

FEATURE_NAMES: tuple[str, ...] = (
    "number_missing",  # claim numbers (outside comparatives) not in the evidence or its slot
    "year_missing",  # of those, years
    "number_conflict",  # a claim number is missing and the evidence has a number
    "entity_missing",  # claim names not in the evidence, or another name in their place
    "entity_missing_share",
    "negation_claim",  # the claim has a negation cue
    "negation_evidence",  # ... within the stretch of evidence the claim's words cover
    "negation_mismatch",  # the parities of negation cues differ
    "antonym_conflict",  # a claim word missing from the evidence whose antonym is there
    "comparative_holds",  # "more than 500" and the evidence has a figure above 500
    "comparative_fails",  # a comparative the evidence's figure in its slot does not satisfy
    "disjunction_holds",  # "A or B" and one of them is in the evidence, in that slot
    "disjunction_fails",  # "A or B" and neither is
    "slot_conflict",  # a claim name or number where the evidence has other words, same neighbours
    "slot_word_conflict",  # ... a claim word (often a paraphrase in generated claims)
    "head_missing",  # the claim's last content word (often what it predicates) is not there
    "fact_conflict",  # a number, name, antonym, slot (not word), head, comparative or "or" fails
    "conflict_xor_negation",  # a conflict and a negation mismatch cancel out
    "unrelated",  # under a quarter of the claim's content words are in the evidence
    "no_evidence",  # the pair has no evidence text at all
)


@dataclass(frozen=True, slots=True)
class _Comparative:
    """ "more than 1,000": tokens ``start:end`` (number and scale word included)."""

    start: int
    end: int
    number: int  # index of the number token
    direction: str  # "up" (more than, over, after) or "down" (less than, under, before)
    bound: float
    inclusive: bool  # "at least 90" holds for 90; "more than 90" does not
    year: bool  # the bound is a year ("after 1991")


def _comparatives(text: _Text) -> list[_Comparative]:
    """Every comparative phrase followed by a number, leftmost longest first.

    "after", "before" and the like count only before a year.
    """
    found: list[_Comparative] = []
    taken: set[int] = set()
    groups = (
        ("down", False, _COMPARATIVES_DOWN),
        ("up", False, _COMPARATIVES_UP),
        ("up", True, _COMPARATIVES_LATER),
        ("down", True, _COMPARATIVES_EARLIER),
    )
    for direction, of_time, phrases in groups:
        # longest phrases first, so "no more than" wins over "more than"
        for phrase in sorted(phrases, key=len, reverse=True):
            words = phrase.split()
            size = len(words)
            for i in range(len(text.folded) - size):
                number = i + size
                bound = _number_value(text.folded[number])
                if text.folded[i:number] != words or bound is None or number in taken:
                    continue
                if any(text.breaks[k] for k in range(i + 1, number + 1)):
                    continue  # "more, 40" is no comparative
                is_year = bool(_YEAR.match(text.raw[number]))
                if of_time and not is_year:
                    continue
                end = number + 1
                if end < len(text.folded) and text.folded[end] in _SCALES:
                    bound *= _SCALES[text.folded[end]]
                    end += 1
                taken.add(number)
                found.append(
                    _Comparative(i, end, number, direction, bound, phrase in _INCLUSIVE, is_year)
                )
    return found


_DECADE = re.compile(r"^(1[0-9]|20)[0-9]0s$")
_ABOUT = frozenset({"about", "around", "approximately", "roughly", "some"})
# "about N" holds for a figure within this share of N either way
_ABOUT_MARGIN = 0.25


def _ranges(text: _Text) -> list[tuple[_Comparative, _Comparative]]:
    """ "the 1990s" and "about 43,000" as a lower and an upper bound, inclusive."""
    found = []
    for i, token in enumerate(text.folded):
        if i and text.folded[i - 1] == "the" and _DECADE.match(token):
            first = float(token[:4])
            low = _Comparative(i - 1, i + 1, i, "up", first, True, True)
            found.append((low, _Comparative(i - 1, i + 1, i, "down", first + 9, True, True)))
        elif i + 1 < len(text.folded) and token in _ABOUT:
            number = _number_value(text.folded[i + 1])
            if number is None or _YEAR.match(text.raw[i + 1]) or text.breaks[i + 1]:
                continue
            end = i + 2
            if end < len(text.folded) and text.folded[end] in _SCALES:
                number *= _SCALES[text.folded[end]]
                end += 1
            low = _Comparative(i, end, i + 1, "up", number * (1 - _ABOUT_MARGIN), True, False)
            high = _Comparative(i, end, i + 1, "down", number * (1 + _ABOUT_MARGIN), True, False)
            found.append((low, high))
    return found


def _both(first: bool | None, second: bool | None) -> bool | None:
    """Both bounds of a range: False if either fails, True if both hold, else unsure."""
    if first is False or second is False:
        return False
    return True if first and second else None


# ---------------------------------------------------------------------- alignment


def _aligned(claim: _Text, evidence: _Text, hidden: set[int]) -> list[int | None]:
    """The evidence token each claim token is aligned with, or None.

    The claim is aligned to the evidence in order (difflib's longest matching
    runs). Tokens in ``hidden`` (the slots the features then check: a
    comparative's figure, the alternatives of a disjunction) are kept out of
    the alignment, so the context around a slot decides where it falls in the
    evidence, not the value in it. A lone function word is no anchor, unless
    it is next to a slot ("from ... towards").
    """
    stop = lexicon().stop
    masked = [f"\0{i}" if i in hidden else t for i, t in enumerate(claim.folded)]
    matcher = SequenceMatcher(None, masked, evidence.folded, autojunk=False)
    aligned: list[int | None] = [None] * len(claim.folded)
    for block in matcher.get_matching_blocks():
        lone = block.size == 1 and masked[block.a] in stop
        if lone and not {block.a - 1, block.a + 1} & hidden:
            continue
        for k in range(block.size):
            aligned[block.a + k] = block.b + k
    return aligned


def _slot(
    aligned: Sequence[int | None], start: int, end: int, size: int
) -> tuple[int, int, bool, bool]:
    """The evidence tokens ``low:high`` between the anchors of claim tokens ``start:end``.

    Also returns whether a left and a right anchor were found: without one the
    slot runs to that end of the evidence.
    """
    left = next((aligned[k] for k in range(start - 1, -1, -1) if aligned[k] is not None), None)
    right = next((aligned[k] for k in range(end, len(aligned)) if aligned[k] is not None), None)
    low = left + 1 if left is not None else 0
    high = right if right is not None else size
    return low, max(low, high), left is not None, right is not None


def _nearest(indices: list[int], has_left: bool, has_right: bool) -> list[int]:
    """Of the evidence positions in a slot, those nearest its anchor(s)."""
    if not indices or (has_left and has_right) or (not has_left and not has_right):
        return indices
    return indices[:1] if has_left else indices[-1:]


def _comparative_holds(
    comparative: _Comparative, evidence: _Text, aligned: Sequence[int | None]
) -> bool | None:
    """Whether the evidence's figure satisfies the claim's comparative; None if unsure.

    The figure compared is the one in the comparative's slot (between the
    evidence words the claim's neighbours align with); without one there, all
    the evidence's figures of the same kind must agree. Years are compared
    only with years, so "more than 1,000 soldiers" is not satisfied by "in
    1993". An evidence comparative at least as strong, in the slot, also
    satisfies it ("over 3,000" -> "over 2,000").
    """
    low, high, has_left, has_right = _slot(
        aligned, comparative.start, comparative.end, len(evidence.folded)
    )
    sign = 1.0 if comparative.direction == "up" else -1.0
    for other in _comparatives(evidence):
        if (
            low <= other.number < high
            and other.direction == comparative.direction
            and other.year == comparative.year
        ):
            # "over 3,000" says "over 2,000", and "at least 90" says "at least 90"
            margin = sign * (other.bound - comparative.bound)
            return margin > 0 or (margin == 0 and (comparative.inclusive or not other.inclusive))
    figures = [(i, v) for i, v, is_year in evidence.figures if is_year == comparative.year]
    in_slot = [i for i, _ in figures if low <= i < high]
    chosen = set(_nearest(in_slot, has_left, has_right))
    values = [v for i, v in figures if i in chosen] if chosen else [v for _, v in figures]
    if not values:
        return None

    def holds(value: float) -> bool:
        margin = sign * (value - comparative.bound)
        return margin > 0 or (margin == 0 and comparative.inclusive)

    verdicts = {holds(v) for v in values}
    return verdicts.pop() if len(verdicts) == 1 else None


# ------------------------------------------------------------------ disjunctions


@dataclass(frozen=True, slots=True)
class _Disjunction:
    """ "Ganja or Shusha": the claim tokens ``start:end`` and each alternative's tokens."""

    start: int
    end: int
    alternatives: tuple[tuple[int, ...], ...]


def _alternative(text: _Text, at: int, step: int) -> list[int]:
    """The token indices of one alternative of a disjunction, from ``at`` going by ``step``.

    A name or date (a run of capitalised words and numbers, "of" and the like
    inside it: "Mammadrafi Mammadov", "October 1992", "Mi-24") or a single
    word. Punctuation ends it ("Sumgait, Ganja or Baku").
    """
    stop = lexicon().stop

    def named(k: int) -> bool:  # a capitalised word or a number: part of a name or date
        return _is_value(text.raw[k]) and text.folded[k] not in stop

    if not 0 <= at < len(text.raw) or text.folded[at] in stop:
        return []
    if not named(at):
        return [at]
    run = [at]
    k = at
    while True:
        # the break to check is the one between k and the next token in `step` direction
        nxt = k + step
        if not 0 <= nxt < len(text.raw) or text.breaks[max(k, nxt)]:
            break
        joiner = (
            text.folded[nxt] in _NAME_JOINERS
            and 0 <= nxt + step < len(text.raw)
            and text.raw[nxt + step][:1].isupper()
        )
        if not (named(nxt) or joiner):
            break
        run.append(nxt)
        k = nxt
    return sorted(run)


_ARTICLES = frozenset({"a", "an", "the"})
_IDIOM = ["more", "or", "less"]


def _disjunctions(text: _Text) -> list[_Disjunction]:
    """Every "A or B" of names, words or numbers ("A, B or C" is read as "B or C")."""
    found: list[_Disjunction] = []
    for i, token in enumerate(text.folded):
        if token != "or" or not 0 < i < len(text.folded) - 1 or text.breaks[i]:
            continue
        if text.folded[i + 1] in _NEGATION_WORDS or text.folded[i - 1 : i + 2] == _IDIOM:
            continue  # "whether or not", "more or less"
        first = i + 1
        if first < len(text.folded) - 1 and text.folded[first] in _ARTICLES:
            first += 1  # "a comedy or a drama"
        if any(text.breaks[i + 1 : first + 1]):
            continue
        right = _alternative(text, first, 1)
        left = _alternative(text, i - 1, -1)
        if not left or not right:
            continue
        if found and found[-1].end > left[0]:
            continue
        found.append(_Disjunction(left[0], right[-1] + 1, (tuple(left), tuple(right))))
    return found


def _present(claim: _Text, indices: Sequence[int], evidence: _Text, low: int, high: int) -> bool:
    """Whether the claim tokens ``indices`` are all in the evidence tokens ``low:high``."""
    span = evidence.folded[low:high]
    words = set(span)
    stems = {_stem(t) for t in span if len(t) >= 4}
    values = {v for i, v, _ in evidence.figures if low <= i < high}
    for i in indices:
        token = claim.folded[i]
        if token in _NAME_JOINERS:
            continue
        if token[:1].isdigit():
            if _number_value(token) not in values and token not in words:
                return False
        elif token not in words and not (len(token) >= 4 and _stem(token) in stems):
            return False
    return True


def _disjunction_holds(
    disjunction: _Disjunction, claim: _Text, evidence: _Text, aligned: Sequence[int | None]
) -> bool:
    """Whether one of the alternatives is in the evidence, in the disjunction's slot."""
    low, high, has_left, has_right = _slot(
        aligned, disjunction.start, disjunction.end, len(evidence.folded)
    )
    size = len(evidence.folded)
    if has_left and has_right:
        # the slot may hold a paraphrase around the value; allow a word either side
        windows = [(max(0, low - 1), min(size, high + 1))]
    else:
        # open on a side: only the words next to an anchor; the start and end of
        # the claim are anchors too (at the start and end of the evidence)
        width = max(len(alt) for alt in disjunction.alternatives) + 2
        windows = []
        if has_left:
            windows.append((low, min(high, low + width)))
        if has_right:
            windows.append((max(low, high - width), high))
        if disjunction.start == 0:
            windows.append((0, min(size, width)))
        if disjunction.end == len(claim.folded):
            windows.append((max(0, size - width), size))
        windows = windows or [(0, size)]
    return any(
        _present(claim, alt, evidence, low, high)
        for alt in disjunction.alternatives
        for low, high in windows
    )


def _is_value(token: str) -> bool:
    """Whether a token (as written) is part of a name or a number."""
    return token[:1].isupper() or token[:1].isdigit()


def _slot_conflicts(
    claim: _Text, evidence: _Text, missing: Sequence[bool], content: set[int]
) -> tuple[int, int]:
    """Runs of missing claim words whose neighbours frame other words in the evidence.

    Returns the runs with a name or number, and those of lower-case words only.

    "fell on April 5, 1993" against "fell on April 3, 1993": ``5`` is missing
    and ``April`` ... ``1993`` frame ``3`` in the evidence. Only runs with a
    content word count, framing content words the claim does not have. Runs
    at the claim's ends are left to the number, name and head-word features
    (trying them here doubled the false alarms on human claims).
    """
    positions: dict[str, list[int]] = {}
    for index, token in enumerate(evidence.folded):
        positions.setdefault(token, []).append(index)
    stop = lexicon().stop

    def differs(span: Sequence[str]) -> bool:
        return any(t not in stop and t not in claim.words for t in span)

    conflicts = [0, 0]
    n = len(claim.folded)
    i = 0
    while i < n:
        if not (missing[i] and i in content):
            i += 1
            continue
        j = i
        while j < n and (missing[j] or claim.folded[j] in stop) and j - i < 4:
            j += 1
        while j > i + 1 and not missing[j - 1]:
            j -= 1  # the run ends on a missing word; its right neighbour is found
        width = (j - i) + 2
        lefts = positions.get(claim.folded[i - 1], []) if i > 0 else []
        rights = positions.get(claim.folded[j], []) if j < n else []
        found = (
            i > 0
            and j < n
            and any(
                1 <= q - p - 1 <= width and differs(evidence.folded[p + 1 : q])
                for p in lefts
                for q in rights
            )
        )
        if found:
            # a name or a number in the run: a changed value; else a word, maybe a paraphrase
            value = any(missing[k] and _is_value(claim.raw[k]) for k in range(i, j))
            conflicts[0 if value else 1] += 1
        i = j
    return conflicts[0], conflicts[1]


_ANAPHORS = frozenset({"he", "she", "it", "they", "his", "her", "its", "their", "this", "these"})


def _entity_runs(
    text: _Text, stop: frozenset[str], skip: set[int] | frozenset[int] = frozenset()
) -> list[list[int]]:
    """Indices of runs of capitalised words: a name ("Surat Huseynov", "Battle of Kalbajar").

    Punctuation ends a run ("Sumgait, Ganja"); tokens in ``skip`` (slots
    checked on their own) are left out, and so is a first word that is only
    capitalised because it starts the sentence ("After", "Following").
    """
    runs: list[list[int]] = []
    previous = -2
    lex = lexicon()
    for i, token in enumerate(text.raw):
        if not token[:1].isupper() or text.folded[i] in _NEGATION_WORDS or i in skip:
            continue
        if text.folded[i] in stop and not (i > 0 and text.folded[i] in _MONTHS):
            continue
        if i == 0 and (text.folded[i] in lex.antonyms or text.folded[i] in _COMPARATIVE_WORDS):
            continue
        joined = i == previous + 2 and text.folded[i - 1] in _NAME_JOINERS
        if (i == previous + 1 or joined) and not text.breaks[i]:
            runs[-1].append(i)
        else:
            runs.append([i])
        previous = i
    return runs


# An infobox field ("Date: 1993-12-15") or a table row ("Armenia — Killed: 4,000"). A
# label has no bracket or comma: "Vedam (English: Chant) is a film" is a sentence.
_RECORD = re.compile(r"^[^\s:.(,][^:.(,]{0,60}: \S")


def _subject_elsewhere(evidence: _Text) -> tuple[bool, bool]:
    """Whether the evidence leaves its subject to the page: (it does, anywhere in the claim).

    A sentence opening with a pronoun or "The film ..." refers back to the
    page's subject, which the claim names first; an infobox field or table row
    never names it, wherever the claim puts it.
    """
    if not evidence.folded:
        return False, False
    if _RECORD.match(evidence.raw_text):
        return True, True
    starts = [0]
    # "In 1986, O'Neal married ..." : also look after an opening phrase.
    if "," in evidence.raw_text[:60]:
        starts.append(len(tokens(evidence.raw_text[: evidence.raw_text.index(",")])))
    for start in starts:
        if start >= len(evidence.folded):
            continue
        first = evidence.folded[start]
        following = evidence.raw[start + 1] if start + 1 < len(evidence.raw) else ""
        if first in _ANAPHORS or (first == "the" and following[:1].islower()):
            return True, False
    return False, False


def _capitalised_run(evidence: _Text, start: int, step: int) -> list[str]:
    """Folded capitalised words from ``start`` going forward (step 1) or back (step -1)."""
    run: list[str] = []
    k = start
    while 0 <= k < len(evidence.raw):
        token = evidence.raw[k]
        if token[:1].isupper():
            run.append(evidence.folded[k])
        elif not (run and evidence.folded[k] in _NAME_JOINERS):
            break
        k += step
    return [t for t in run if t not in _NAME_JOINERS]


def _entity_swaps(
    claim: _Text, evidence: _Text, runs: list[list[int]], missing: Sequence[bool]
) -> int:
    """Names of the claim partly missing where the evidence has another name in their place.

    "came under Republic of Armenia's control" against "came under
    Azerbaijan's control": "Armenia" is found elsewhere in the evidence, but
    after "under" the evidence names someone else.
    """
    swaps = 0
    for run in runs:
        if all(missing[i] for i in run) or not any(missing[i] for i in run):
            continue  # wholly missing is counted elsewhere; wholly present is no swap
        names = {claim.folded[i] for i in run}
        stems = {_stem(name) for name in names}

        def other(found: list[str], names: set[str] = names, stems: set[str] = stems) -> bool:
            return bool(found) and not any(t in names or _stem(t) in stems for t in found)

        before = claim.folded[run[0] - 1] if run[0] > 0 else None
        after = claim.folded[run[-1] + 1] if run[-1] + 1 < len(claim.folded) else None
        for k, token in enumerate(evidence.folded):
            if (token == before and other(_capitalised_run(evidence, k + 1, 1))) or (
                token == after and other(_capitalised_run(evidence, k - 1, -1))
            ):
                swaps += 1
                break
    return swaps


def _negations_in_reach(claim: _Text, evidence: _Text) -> int:
    """Negation cues of the evidence within the stretch the claim copies.

    Claims are often a clause of their evidence; "..., but failed to take the
    town" after the clause does not negate it. The stretch runs from the first
    to the last run of two or more words the claim shares, in order, with the
    evidence; without such runs (a paraphrase) it is the whole evidence.
    """
    matcher = SequenceMatcher(None, claim.folded, evidence.folded, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size >= 2]
    if not blocks:
        return len(evidence.negations)
    low, high = blocks[0].b - 3, blocks[-1].b + blocks[-1].size - 1
    return sum(1 for k in evidence.negations if low <= k <= high)


def _missing_figures(
    claim: _Text, evidence: _Text, compared: set[int], aligned: Sequence[int | None]
) -> tuple[int, int]:
    """(numbers, of which years) of the claim that the evidence does not have in their slot.

    A number is missing when the evidence lacks it, or when the evidence
    names it elsewhere but has another number of its kind in its slot ("An
    October 1988 piece" against "An October 1989 piece ... since February 1988").
    """
    numbers = years = 0
    for i, value, is_year in claim.figures:
        if i in compared or claim.folded[i] in _NOT_FIGURES:
            continue
        if value not in evidence.numbers or _misplaced(i, value, is_year, evidence, aligned):
            numbers += 1
            years += is_year
    return numbers, years


def _misplaced(
    index: int, value: float, is_year: bool, evidence: _Text, aligned: Sequence[int | None]
) -> bool:
    """Whether the evidence has another number of the same kind in this claim number's slot."""
    if aligned[index] is not None:
        return False
    low, high, has_left, has_right = _slot(aligned, index, index + 1, len(evidence.folded))
    if not (has_left and has_right) or high - low > 4:
        return False
    in_slot = [v for k, v, year in evidence.figures if low <= k < high and year == is_year]
    return bool(in_slot) and value not in in_slot


def _missing_entities(
    claim: _Text, evidence: _Text, missing: Sequence[bool], stop: frozenset[str], skip: set[int]
) -> tuple[int, int]:
    """(names missing or swapped, names in the claim), leaving out the tokens in ``skip``."""
    runs = _entity_runs(claim, stop, skip)
    missing_runs = [run for run in runs if all(missing[i] for i in run)]
    elsewhere, anywhere = _subject_elsewhere(evidence)
    if missing_runs and elsewhere and (anywhere or missing_runs[0][0] <= 1):
        # the claim names the subject the evidence calls "It", with the words of a name
        # that a stop word splits ("Dilwale Dulhania Le Jayenge")
        subject = missing_runs.pop(0)
        while missing_runs and missing_runs[0][0] == subject[-1] + 2:
            gap = subject[-1] + 1
            if claim.folded[gap] not in stop or claim.breaks[gap] or claim.breaks[gap + 1]:
                break
            subject = missing_runs.pop(0)
    return len(missing_runs) + _entity_swaps(claim, evidence, runs, missing), len(runs)


def _antonym_conflicts(
    claim: _Text, evidence: _Text, missing: Sequence[bool], compared: set[int], lex: Lexicon
) -> int:
    """Claim words missing from the evidence whose antonym the evidence has (and the claim not)."""
    conflicts = 0
    for i, token in enumerate(claim.folded):
        opposites = lex.antonyms.get(token)
        if not opposites or not missing[i] or i in compared:
            continue
        if any(o in evidence.words and o not in claim.words for o in opposites):
            conflicts += 1
    return conflicts


def pair_features(claim: str, evidence: str, *, include_overlap: bool = False) -> list[float]:
    """The :data:`FEATURE_NAMES` values for one claim and its evidence text.

    With ``include_overlap``, :data:`OVERLAP_FEATURE` is appended.
    """
    lex = lexicon()
    c = _Text.of(claim, lex)
    e = _Text.of(evidence, lex)

    comparatives = _comparatives(c)
    compared = {i for comp in comparatives for i in range(comp.start, comp.end)}
    ranges = [r for r in _ranges(c) if not compared & set(range(r[0].start, r[0].end))]
    compared |= {i for low, _ in ranges for i in range(low.start, low.end)}
    disjunctions = [d for d in _disjunctions(c) if not compared & set(range(d.start, d.end))]
    alternatives = {i for d in disjunctions for i in range(d.start, d.end)}
    # the slots checked on their own: kept out of the alignment and of the other features
    slots = compared | alternatives
    aligned = _aligned(c, e, slots)

    claim_values = {i: value for i, value, _ in c.figures}
    missing = [
        i not in slots and (claim_values[i] not in e.numbers if i in claim_values else not e.has(t))
        for i, t in enumerate(c.folded)
    ]
    content = [
        i
        for i, t in enumerate(c.folded)
        if (t not in lex.stop or (t in _MONTHS and c.raw[i][:1].isupper()))
        and t not in lex.negation
        and not t.endswith("n't")
        and i not in slots
    ]

    number_missing, year_missing = _missing_figures(c, e, slots, aligned)
    entity_missing, names = _missing_entities(c, e, missing, lex.stop, slots)
    evidence_negations = _negations_in_reach(c, e)
    negation_mismatch = float(len(c.negations) % 2 != evidence_negations % 2)
    antonyms = _antonym_conflicts(c, e, missing, slots, lex)
    verdicts = [_comparative_holds(comp, e, aligned) for comp in comparatives]
    verdicts += [
        _both(_comparative_holds(low, e, aligned), _comparative_holds(high, e, aligned))
        for low, high in ranges
    ]
    holds = sum(v is True for v in verdicts)
    fails = sum(v is False for v in verdicts)
    either = [_disjunction_holds(d, c, e, aligned) for d in disjunctions]
    either_holds = sum(either)
    either_fails = len(either) - either_holds
    slot, slot_word = _slot_conflicts(c, e, missing, set(content))
    head = content[-1] if content else None
    head_missing = float(
        head is not None
        and missing[head]
        and not c.folded[head][:1].isdigit()
        and c.folded[head] not in _GENERAL_NOUNS
    )
    # a head that its modifier finds in the evidence is more often a paraphrase ("a
    # football player" of "a football quarterback") than a swap ("a political party"); a
    # name before it is its subject, not its modifier ("In 1986, O'Neal died" of "married")
    if (
        head_missing
        and head > 0
        and head - 1 in content
        and not missing[head - 1]
        and not c.raw[head - 1][:1].isupper()
    ):
        head_missing = 0.0
    conflicts = (
        number_missing + entity_missing + antonyms + fails + either_fails + slot + head_missing
    )
    fact_conflict = float(conflicts > 0)
    found_share = 1.0 - sum(missing[i] for i in content) / len(content) if content else 1.0

    return [
        float(min(number_missing, 3)),
        float(min(year_missing, 3)),
        float(number_missing > 0 and bool(e.numbers)),
        float(min(entity_missing, 3)),
        entity_missing / names if names else 0.0,
        float(bool(c.negations)),
        float(evidence_negations > 0),
        negation_mismatch,
        float(min(antonyms, 2)),
        float(min(holds, 2)),
        float(min(fails, 2)),
        float(min(either_holds, 2)),
        float(min(either_fails, 2)),
        float(min(slot, 3)),
        float(min(slot_word, 3)),
        head_missing,
        fact_conflict,
        float(fact_conflict != negation_mismatch),
        float(bool(e.raw) and found_share < 0.25),
        float(not e.raw),
        *([1.0 - found_share] if include_overlap else []),
    ]


def _as_pairs(X: Iterable[Sequence[str]]) -> list[tuple[str, str]]:
    return [(str(row[0]), str(row[1])) for row in X]


class PairFeatures(TransformerMixin, BaseEstimator):
    """Turn ``(claim, evidence)`` rows into the dense :data:`FEATURE_NAMES` matrix.

    Args:
        include_overlap: also compute :data:`OVERLAP_FEATURE` (see its note).

    Stateless: ``fit`` only records the feature names.
    """

    def __init__(self, include_overlap: bool = False) -> None:
        self.include_overlap = include_overlap

    def fit(self, X: Iterable[Sequence[str]], y: object = None) -> PairFeatures:
        names = FEATURE_NAMES + ((OVERLAP_FEATURE,) if self.include_overlap else ())
        self.feature_names_out_ = np.asarray(names, dtype=object)
        return self

    def transform(self, X: Iterable[Sequence[str]]) -> np.ndarray:
        width = len(FEATURE_NAMES) + int(self.include_overlap)
        rows = [
            pair_features(claim, evidence, include_overlap=self.include_overlap)
            for claim, evidence in _as_pairs(X)
        ]
        return np.asarray(rows, dtype=float).reshape(-1, width)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        return self.feature_names_out_
