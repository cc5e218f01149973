"""Pair features: how a claim differs from its evidence, in ways that transfer.

Lexical features learn the topic of the training articles; these do not. Each
one asks whether a kind of fact in the claim is missing from, or contradicted
by, the evidence: numbers and years, capitalised names, negation, comparatives
("more than 500") against the evidence's figures, antonyms, and a word that
sits in the evidence's slot between the same neighbours but differs. They are
the same whatever the article is about, so a verifier trained on generated
claims about one war can still score human claims about films.

The lexicons are small, explicit and built once per call of :func:`lexicon`;
nothing is loaded at import time.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

__all__ = ["FEATURE_NAMES", "PairFeatures", "pair_features", "tokens"]

# --------------------------------------------------------------------- lexicons

# Function words: their absence from the evidence says nothing about the fact.
_STOP = """
a an the this that these those it its it's he she his her hers him they them their theirs
we us our you your i me my who whom whose which what when where while whereas as
is are was were be been being am has have had having do does did done doing
will would shall should can could may might must also too very so such then than thus
of in on at to for by with from into onto upon about across through during within
and or but if because since although though yet both either each other another
there here some any one ones own same just still even only again further once
up down out off per via de la le von van der del da du
""".split()

# "more" and "less" are in here as comparative cues, not as content words.
_NEGATION_WORDS = frozenset({"not", "never", "no", "none", "neither", "nor", "without", "cannot"})
_NEGATION_PHRASES = ("failed to", "refused to", "fails to", "refuses to", "unable to", "yet to")

_ANTONYM_PAIRS = """
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
victory loss wins losses won defeat
""".split()

_COMPARATIVES_UP = ("more than", "over", "at least", "greater than", "exceeding", "above", "upwards of")
_COMPARATIVES_DOWN = ("less than", "fewer than", "under", "at most", "below", "up to", "no more than")

_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "dozen": 12, "once": 1, "twice": 2, "single": 1, "both": 2,
}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


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
    words = _ANTONYM_PAIRS
    for left, right in zip(words[0::2], words[1::2], strict=True):
        antonyms.setdefault(left, set()).add(right)
        antonyms.setdefault(right, set()).add(left)
    return Lexicon(
        stop=frozenset(_STOP),
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

    raw: list[str]
    folded: list[str]
    stems: frozenset[str]
    words: frozenset[str]
    numbers: tuple[float, ...]
    negations: int

    @classmethod
    def of(cls, text: str, lex: Lexicon) -> _Text:
        raw = tokens(text)
        folded = [_fold(t) for t in raw]
        numbers = _numbers(raw)
        lowered = " ".join(folded)
        negations = sum(1 for t in folded if t in lex.negation or t.endswith("n't"))
        negations += sum(lowered.count(p) for p in _NEGATION_PHRASES)
        return cls(
            raw=raw,
            folded=folded,
            stems=frozenset(_stem(t) for t in folded),
            words=frozenset(folded),
            numbers=numbers,
            negations=negations,
        )

    def has(self, folded_token: str) -> bool:
        """Whether a (folded) token of the other side is found here."""
        if folded_token in self.words:
            return True
        if folded_token[:1].isdigit():
            return _number_value(folded_token) in self.numbers
        return len(folded_token) >= 4 and _stem(folded_token) in self.stems


def _numbers(raw: Sequence[str]) -> tuple[float, ...]:
    """Every number in the text, with "1.3 million" read as 1,300,000."""
    values: list[float] = []
    for i, token in enumerate(raw):
        value = _number_value(token)
        if value is None:
            continue
        if i + 1 < len(raw) and raw[i + 1].lower() in _SCALES:
            value *= _SCALES[raw[i + 1].lower()]
        values.append(value)
    return tuple(values)


# --------------------------------------------------------------------- features

FEATURE_NAMES: tuple[str, ...] = (
    "content_missing_share",  # claim content words not in the evidence / claim content words
    "content_missing_log",  # log(1 + number of such words)
    "bigram_missing_share",  # claim word pairs not in the evidence
    "number_missing",  # claim numbers (outside comparatives) not in the evidence
    "year_missing",  # of those, years
    "number_conflict",  # a claim number is missing and the evidence has a number
    "entity_missing",  # capitalised claim words not in the evidence
    "entity_missing_share",
    "negation_claim",  # the claim has a negation cue
    "negation_evidence",
    "negation_mismatch",  # the parities of negation cues differ
    "antonym_conflict",  # a claim word missing from the evidence whose antonym is there
    "comparative_holds",  # "more than 500" and the evidence has a figure above 500
    "comparative_fails",  # a comparative and no evidence figure satisfies it
    "slot_conflict",  # a claim word in the evidence's slot between the same neighbours
    "fact_conflict",  # any of number, entity, antonym, slot or failed comparative
    "conflict_xor_negation",  # a conflict and a negation mismatch cancel out
    "no_evidence",  # the pair has no evidence text at all
)


def _comparatives(claim_folded: Sequence[str]) -> list[tuple[int, str, int]]:
    """(index of the number, direction "up"/"down", span length) for each comparative."""
    found: list[tuple[int, str, int]] = []
    text_tokens = list(claim_folded)
    for direction, phrases in (("down", _COMPARATIVES_DOWN), ("up", _COMPARATIVES_UP)):
        for phrase in phrases:
            words = phrase.split()
            size = len(words)
            for i in range(len(text_tokens) - size):
                if text_tokens[i : i + size] == words and _number_value(text_tokens[i + size]) is not None:
                    if any(i + size == index for index, _, _ in found):
                        continue  # "no more than" already taken as "down"
                    found.append((i + size, direction, size))
    return found


def _slot_conflicts(claim: _Text, evidence: _Text, missing: Sequence[bool], content: set[int]) -> int:
    """Runs of missing claim words whose neighbours frame other words in the evidence.

    "fell on April 5, 1993" against "fell on April 3, 1993": ``5`` is missing
    and ``April`` ... ``1993`` frame ``3`` in the evidence. Only runs with a
    content word count, framing content words the claim does not have.
    """
    positions: dict[str, list[int]] = {}
    for index, token in enumerate(evidence.folded):
        positions.setdefault(token, []).append(index)
    stop = lexicon().stop
    conflicts = 0
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
        if i > 0 and j < n:
            left, right = claim.folded[i - 1], claim.folded[j]
            for p in positions.get(left, ()):
                if any(
                    1 <= q - p - 1 <= (j - i) + 2
                    and any(
                        t not in stop and t not in claim.words for t in evidence.folded[p + 1 : q]
                    )
                    for q in positions.get(right, ())
                ):
                    conflicts += 1
                    break
        i = j
    return conflicts


_ANAPHORS = frozenset({"he", "she", "it", "they", "his", "her", "its", "their", "this", "these"})


def _entity_runs(text: _Text, stop: frozenset[str]) -> list[list[int]]:
    """Indices of runs of capitalised words (a name: "Surat Huseynov")."""
    runs: list[list[int]] = []
    previous = -2
    for i, token in enumerate(text.raw):
        if not token[:1].isupper() or text.folded[i] in stop or text.folded[i] in _NEGATION_WORDS:
            continue
        if i == previous + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
        previous = i
    return runs


def _refers_back(evidence: _Text) -> bool:
    """Evidence that opens with a pronoun or "The film ..." names its subject elsewhere."""
    if not evidence.folded:
        return False
    first = evidence.folded[0]
    if first in _ANAPHORS:
        return True
    return first == "the" and len(evidence.raw) > 1 and evidence.raw[1][:1].islower()


def pair_features(claim: str, evidence: str) -> list[float]:
    """The :data:`FEATURE_NAMES` values for one claim and its evidence text."""
    lex = lexicon()
    c = _Text.of(claim, lex)
    e = _Text.of(evidence, lex)

    comparatives = _comparatives(c.folded)
    compared = {index for index, _, _ in comparatives}
    missing = [not e.has(t) for t in c.folded]

    content = [
        i for i, t in enumerate(c.folded)
        if t not in lex.stop and t not in lex.negation and not t.endswith("n't")
    ]
    content_missing = sum(1 for i in content if missing[i] and i not in compared)
    content_share = content_missing / len(content) if content else 0.0

    bigrams = list(zip(c.folded, c.folded[1:], strict=False))
    evidence_bigrams = set(zip(e.folded, e.folded[1:], strict=False))
    bigram_share = (
        sum(1 for b in bigrams if b not in evidence_bigrams) / len(bigrams) if bigrams else 0.0
    )

    evidence_numbers = set(e.numbers)
    number_missing = year_missing = 0
    for i, token in enumerate(c.raw):
        value = _number_value(token)
        if value is None or i in compared or c.folded[i] in ("one", "once", "single", "both"):
            continue  # "one of the ..." is rarely a figure
        if value not in evidence_numbers:
            number_missing += 1
            year_missing += bool(_YEAR.match(token))
    number_conflict = float(number_missing > 0 and bool(evidence_numbers))

    runs = _entity_runs(c, lex.stop)
    missing_runs = [run for run in runs if all(missing[i] for i in run)]
    if missing_runs and missing_runs[0][0] <= 1 and _refers_back(e):
        missing_runs = missing_runs[1:]  # the claim's subject is the evidence's "It" or "She"
    entity_missing = len(missing_runs)
    entity_share = entity_missing / len(runs) if runs else 0.0

    negation_mismatch = float(c.negations % 2 != e.negations % 2)

    antonym_conflict = 0
    for i, token in enumerate(c.folded):
        opposites = lex.antonyms.get(token)
        if opposites and missing[i] and any(o in e.words and o not in c.words for o in opposites):
            antonym_conflict += 1

    holds = fails = 0
    for index, direction, _ in comparatives:
        bound = _number_value(c.raw[index])
        if bound is None:
            continue
        if index + 1 < len(c.raw) and c.raw[index + 1].lower() in _SCALES:
            bound *= _SCALES[c.raw[index + 1].lower()]
        if direction == "up":
            ok = any(v > bound for v in e.numbers)
        else:
            ok = any(v < bound for v in e.numbers)
        holds += ok
        fails += not ok

    slot = _slot_conflicts(c, e, missing, set(content))
    fact_conflict = float(number_missing + entity_missing + antonym_conflict + fails + slot > 0)

    return [
        content_share,
        math.log1p(content_missing),
        bigram_share,
        float(min(number_missing, 3)),
        float(min(year_missing, 3)),
        number_conflict,
        float(min(entity_missing, 3)),
        entity_share,
        float(c.negations > 0),
        float(e.negations > 0),
        negation_mismatch,
        float(min(antonym_conflict, 2)),
        float(min(holds, 2)),
        float(min(fails, 2)),
        float(min(slot, 3)),
        fact_conflict,
        float(fact_conflict != negation_mismatch),
        float(not e.raw),
    ]


def _as_pairs(X: Iterable[Sequence[str]]) -> list[tuple[str, str]]:
    return [(str(row[0]), str(row[1])) for row in X]


class PairFeatures(TransformerMixin, BaseEstimator):
    """Turn ``(claim, evidence)`` rows into the dense :data:`FEATURE_NAMES` matrix.

    Stateless: ``fit`` only records the number of features.
    """

    def fit(self, X: Iterable[Sequence[str]], y: object = None) -> PairFeatures:
        self.n_features_out_ = len(FEATURE_NAMES)
        return self

    def transform(self, X: Iterable[Sequence[str]]) -> np.ndarray:
        rows = [pair_features(claim, evidence) for claim, evidence in _as_pairs(X)]
        return np.asarray(rows, dtype=float).reshape(-1, len(FEATURE_NAMES))

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        return np.asarray(FEATURE_NAMES, dtype=object)
