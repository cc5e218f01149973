"""The verifier's words: lexicons, tokens and the claim or evidence text as features read it.

The lexicons (function words, negation cues, antonyms, comparatives, number
words) are small, explicit and built once per call of :func:`lexicon`;
nothing is loaded at import time. :class:`Text` holds a text's tokens as
written and folded (lower case, no accents), its figures with their values
and where punctuation breaks it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from fever_builder.facts import MONTHS, NUMBER_WORD_VALUES, ONES_WORDS, TENS_WORDS

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
NEGATION_WORDS = frozenset(
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
GENERAL_NOUNS = frozenset(
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
NAME_JOINERS = frozenset({"of", "de", "la", "von", "van", "der", "del", "da", "du"})

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
highly barely fictional real fictitious real ancient modern natural artificial
urban rural hot cold wet dry happy sad cheap expensive safe dangerous common rare
temporary permanent popular unpopular visible invisible mandatory optional
"""

COMPARATIVES_UP = (
    "more than",
    "over",
    "at least",
    "greater than",
    "exceeding",
    "above",
    "upwards of",
)
COMPARATIVES_DOWN = (
    "less than",
    "fewer than",
    "under",
    "at most",
    "below",
    "up to",
    "no more than",
)
# Comparatives of time: only before a year ("after 1991", not "after 3 days").
COMPARATIVES_LATER = ("after", "later than")
COMPARATIVES_EARLIER = ("before", "prior to", "earlier than")
# Bounds these phrases include ("at least 90" holds for 90); the others are strict.
INCLUSIVE = frozenset({"at least", "at most", "up to", "no more than"})
COMPARATIVE_WORDS = frozenset(
    " ".join(
        COMPARATIVES_UP + COMPARATIVES_DOWN + COMPARATIVES_LATER + COMPARATIVES_EARLIER
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
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Number words that are rarely a figure a claim turns on ("one of the ...").
NOT_FIGURES = frozenset({"one", "once", "single", "both"})


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
        negation=NEGATION_WORDS,
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
MONTH_WORDS = frozenset(month.lower() for month in MONTHS)
_JOINING_DASHES = frozenset({"-", "–", "‑"})
YEAR = re.compile(r"^(?:1[0-9]{3}|20[0-9]{2})(?:s|'s)?$")


def fold(word: str) -> str:
    """Lower-case and strip accents, so Noël matches Noel."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def stem(word: str) -> str:
    """A crude stem: the first five letters (politics ~ politician, Europe ~ European)."""
    word = word[:-2] if word.endswith("'s") else word
    return word[:5]


def tokens(text: str) -> list[str]:
    """Split text into word and number tokens, as written."""
    return _TOKEN.findall(text)


def number_value(token: str) -> float | None:
    folded = token.lower()
    if folded in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[folded])
    match = _NUMBER.match(folded)
    if match:
        return float(match.group(0).replace(",", ""))
    return None


@dataclass(frozen=True, slots=True)
class Text:
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
    named: frozenset[int]  # numbers that are part of a name or a title, not figures

    @classmethod
    def of(cls, text: str, lex: Lexicon) -> Text:
        # accents composed: "Noël" written as "e" and a combining mark is one word
        text = unicodedata.normalize("NFC", text)
        spelled = _COMPOUND_NUMBER.sub(_compound_value, text)
        if "ties" in spelled:
            spelled = _DECADE_WORD.sub(_decade_digits, spelled)
        lowered = spelled.lower()
        if "decade" in lowered or "centur" in lowered:
            spelled = _PERIODS.sub(_period_years, spelled)
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
        folded = [fold(t) for t in raw]
        # no figure of a fact: a number that is part of a name ("Uranium-235", "F-35"), or
        # the year of a page title ("Australia (2008 film)"; not "2 miles (3.2 km)")
        named = {
            i
            for i in range(1, len(matches))
            if (gaps[i] == "-" and raw[i - 1][:1].isupper())
            or (
                gaps[i].strip() == "("
                and raw[i - 1][:1].isupper()
                and YEAR.match(raw[i])
                and i + 1 < len(matches)
                and raw[i + 1].islower()
                and spelled[matches[i + 1].end() : matches[i + 1].end() + 1] == ")"
            )
        }
        figures = tuple(f for f in _figures(raw) if f[0] not in named)
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
            stems=frozenset(stem(t) for t in folded),
            words=frozenset(folded),
            figures=figures,
            numbers=frozenset(value for _, value, _ in figures),
            negations=tuple(sorted(negations)),
            named=frozenset(named),
        )

    def has(self, folded_token: str) -> bool:
        """Whether a (folded) token of the other side is found here."""
        if folded_token in self.words:
            return True
        if folded_token[:1].isdigit():
            return number_value(folded_token) in self.numbers
        return len(folded_token) >= 4 and stem(folded_token) in self.stems


_COMPOUND_NUMBER = re.compile(
    rf"\b({'|'.join(TENS_WORDS)})-({'|'.join(ONES_WORDS)})\b", re.IGNORECASE
)


# "five decades", "two centuries": counted in years, as "50 years" is
_PERIODS = re.compile(
    rf"(?<![\w.,])(\d+(?:\.\d+)?|{'|'.join(NUMBER_WORD_VALUES)}) (decade|centur)(?:y|ies|s)?\b",
    re.IGNORECASE,
)


def _period_years(match: re.Match[str]) -> str:
    """ "five decades" -> "50 years", "2.5 centuries" -> "250 years", so they compare with
    years (with a thousands comma: "15 centuries" is "1,500 years", not the year 1500)."""
    count = match.group(1)
    value = float(count) if count[0].isdigit() else NUMBER_WORD_VALUES[count.lower()]
    years = value * (10 if match.group(2).lower() == "decade" else 100)
    return f"{years:,.0f} years" if years == int(years) else f"{years:,} years"


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
        value = number_value(token)
        if value is None:
            continue
        lowered = token.lower()
        if i > 0 and lowered in SCALES and number_value(raw[i - 1]) is not None:
            continue  # the scale of the number before it
        if i + 1 < len(raw) and raw[i + 1].lower() in SCALES:
            value *= SCALES[raw[i + 1].lower()]
        figures.append((i, value, bool(YEAR.match(token))))
    return tuple(figures)
