"""Cleaning of article text: markers, chrome, fragments and repeats.

Every function keeps the text's own characters (en dashes, diacritics) and
only normalises white space.
"""

from __future__ import annotations

import re
import unicodedata

# [12], [a], [note 3], [citation needed], [14][15]
_CITATION = re.compile(
    r"\s*\[(?:\d{1,4}|[a-z]|note \d+|nb \d+|citation needed|clarification needed|"
    r"when\?|who\?|according to whom\?|page needed|dubious[^\]]*|verification needed|"
    r"better source needed|failed verification|unreliable source\?)\]",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[.,;:!?](?:\s|$))")

# Lines that are site furniture, not article text.
CHROME_LINES: frozenset[str] = frozenset(
    {
        "home", "theinfolist", "jump to navigation jump to search", "from wikipedia for feverv2",
        "from wikipedia, the free encyclopedia", "jump to navigation", "jump to search",
        "edit", "[edit]", "contents", "navigation menu", "search",
    }
)
_NOTICE = re.compile(
    r"^(?:Main articles?|Further information|See also|Cite error|For the .{0,80}, see)\b",
    re.IGNORECASE,
)
# A sentence is complete when it ends in terminal punctuation, optionally
# followed by closing quotes or brackets.
_COMPLETE = re.compile(r"[.!?][\"'”’»)\]]*$|[.!?]\s*\)$")


def strip_citations(text: str) -> str:
    """Remove citation markers such as ``[12]`` and ``[citation needed]``."""
    return _CITATION.sub("", text)


def normalise_space(text: str) -> str:
    """Collapse runs of white space to one space and trim the ends."""
    return _SPACE.sub(" ", text).strip()


def clean_text(text: str) -> str:
    """Strip citation markers and normalise white space (idempotent)."""
    text = normalise_space(strip_citations(text))
    return _SPACE_BEFORE_PUNCT.sub("", text)


def is_chrome(line: str) -> bool:
    """True for site furniture lines (``HOME``, ``TheInfoList``, navigation)."""
    return normalise_space(line).lower() in CHROME_LINES


def is_notice(line: str) -> bool:
    """True for "Main article:", "Further information:", "Cite error" lines."""
    return bool(_NOTICE.match(line.strip()))


def is_complete(sentence: str) -> bool:
    """True when a sentence ends in terminal punctuation (not cut off)."""
    return bool(_COMPLETE.search(sentence.strip()))


def dedup_key(text: str) -> str:
    """A comparison key: NFKC, case-folded, letters and digits only."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())
