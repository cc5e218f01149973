"""Cleaning of article text: markers, chrome, fragments and repeats.

Every function keeps the text's own characters (en dashes, diacritics) and
only normalises white space.
"""

from __future__ import annotations

import re
import unicodedata

# [12], [a], [note 3], [citation needed], [14][15]. Each pattern that starts
# with white space only starts where a run of it does ((?<!\s)): the leftmost
# match is the same, but a long run not followed by a marker costs one pass
# instead of one per position (quadratic: 30,000 spaces took 1.6 s).
_CITATION = re.compile(
    r"(?<!\s)\s*\[(?:\d{1,4}|[a-z]|note \d+|nb \d+|citation needed|clarification needed|"
    r"when\?|who\?|according to whom\?|page needed|dubious[^\]]*|verification needed|"
    r"better source needed|failed verification|unreliable source\?)\]",
    re.IGNORECASE,
)
_SPACE_BEFORE_PUNCT = re.compile(r"(?<!\s)\s+(?=[.,;:!?](?:\s|$))")

# Lines that are site furniture, not article text.
CHROME_LINES: frozenset[str] = frozenset(
    {
        "home",
        "theinfolist",
        "jump to navigation jump to search",
        "from wikipedia for feverv2",
        "from wikipedia, the free encyclopedia",
        "jump to navigation",
        "jump to search",
        "edit",
        "[edit]",
        "contents",
        "navigation menu",
        "search",
    }
)
# Hatnotes end in a colon: "Main articles of the treaty ..." is prose.
_NOTICE = re.compile(
    r"^(?:(?:Main articles?|Further information|See also)\s*:|Cite error\b|For the .{0,80}, see\b)",
    re.IGNORECASE,
)
# A sentence is complete when it ends in terminal punctuation, optionally
# followed by closing quotes or brackets, or in the colon that introduces a
# list ("The brigade consisted of six battalions:"): text cut off mid-sentence
# ends in neither.
_COMPLETE = re.compile(r"[.!?][\"'”’»)\]]*$|[.!?]\s*\)$|\w:$")
# what str.isalnum rejects (checked over every code point in the tests)
_NOT_ALNUM = re.compile(r"[\W_]+")


def strip_citations(text: str) -> str:
    """Remove citation markers such as ``[12]`` and ``[citation needed]``.

    Removal repeats until none is left, so ``[[1]2]`` leaves nothing behind.
    """
    while True:
        stripped = _CITATION.sub("", text)
        if stripped == text:
            return stripped
        text = stripped


def normalise_space(text: str) -> str:
    """Collapse runs of white space to one space and trim the ends."""
    # str.split() and the regex's \s agree on what white space is
    return " ".join(text.split())


def clean_text(text: str) -> str:
    """Strip citation markers and normalise white space (idempotent)."""
    if "[" not in text:
        # No marker can be there or appear, and one pass leaves nothing for a
        # second: it only deletes white space before punctuation, and in
        # normalised text that white space is one space
        text = normalise_space(text)
        if any(" " + mark in text for mark in ".,;:!?"):
            text = _SPACE_BEFORE_PUNCT.sub("", text)
        return text
    # Repeat until nothing changes: removing "[1]" from "[[1]2]" leaves a
    # marker, and "[note  3]" is one only once its spaces are normalised.
    # Every pass that changes the text after the first makes it shorter.
    while True:
        cleaned = _SPACE_BEFORE_PUNCT.sub("", normalise_space(strip_citations(text)))
        if cleaned == text:
            return cleaned
        text = cleaned


def is_chrome(line: str) -> bool:
    """True for site furniture lines (``HOME``, ``TheInfoList``, navigation)."""
    return normalise_space(line).lower() in CHROME_LINES


def is_notice(line: str) -> bool:
    """True for "Main article:", "Further information:", "Cite error" lines."""
    return bool(_NOTICE.match(line.strip()))


def is_complete(sentence: str) -> bool:
    """True when a sentence ends in terminal punctuation or a list's colon (not cut off)."""
    return bool(_COMPLETE.search(sentence.strip()))


def normalise(text: str) -> str:
    """NFKC, case-folded, white space collapsed: for comparing texts."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def dedup_key(text: str) -> str:
    """A comparison key: NFKC, case-folded, letters and digits only."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())
