"""FEVER's tokenised text, made ordinary again.

FEVER's wiki-pages and claims files write brackets and colons as tokens
(``-LRB-``, ``-COLON-``) and put spaces around punctuation (Penn Treebank
tokenisation). Readers and the baseline both undo it with :func:`decode_fever_text`.
"""

from __future__ import annotations

import re

_FEVER_TOKENS: dict[str, str] = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
    "-COLON-": ":",
}
_TOKEN_RE = re.compile("|".join(re.escape(t) for t in _FEVER_TOKENS))
_OPEN_SPACE = re.compile(r"([(\[{])\s+")
_SPACE_CLOSE = re.compile(r"\s+([)\]}])")
# A space before , . ; : ! ? % is FEVER's (PTB's) doing; ordinary text has none.
# Applied once the spaces are normalised, so a single space (which the regex
# engine looks for fast) is all the white space there is.
_SPACE_PUNCT = re.compile(r" (?=[,.;:!?%](?: |$|[\"')\]}]))")
# Clitics that PTB splits off: "Devil 's", "did n't", "49ers ' starter".
_SPACE_CLITIC = re.compile(r"(?<=\w)\s+('s|'S|'re|'ve|'ll|'d|'m|n't|')(?=\s|$|[,.;:!?])")
_QUOTE_PAIR = re.compile(r'"\s*([^"]*?)\s*"')
_DOLLAR = re.compile(r"([$£€])\s+(?=\d)")
_DASH = re.compile(r"(?<= )--(?= )")


_ENCODE = {char: token for token, char in _FEVER_TOKENS.items()}
_ENCODE_RE = re.compile("|".join(re.escape(c) for c in _ENCODE))


def encode_title(title: str) -> str:
    """A page title as a FEVER page id: spaces as ``_``, brackets and colons as tokens.

    ``"Battle of Kalbajar (1993)"`` -> ``"Battle_of_Kalbajar_-LRB-1993-RRB-"``, as
    FEVER's dump names pages. Underscores of the title stay, so they read back as spaces.
    """
    return _ENCODE_RE.sub(lambda m: _ENCODE[m.group(0)], title).replace(" ", "_")


def decode_tokens(text: str) -> str:
    """Decode only FEVER's bracket and colon tokens (for page ids, where spacing is not PTB's)."""
    return _TOKEN_RE.sub(lambda m: _FEVER_TOKENS[m.group(0)], text)


def decode_fever_text(text: str) -> str:
    """Turn FEVER-tokenised text into ordinary text; ordinary text passes through.

    Decodes ``-LRB-``/``-RRB-`` (round), ``-LSB-``/``-RSB-`` (square),
    ``-LCB-``/``-RCB-`` (curly) and ``-COLON-``, turns ``` `` ``` and ``''`` into
    ``"``, ``--`` into an en dash, and removes the spaces PTB tokenisation puts
    around punctuation, brackets, quotes and clitics (``Devil 's`` ->
    ``Devil's``).
    """
    # each pattern runs only when the characters it needs are present: most
    # sentences have no brackets, quotes or clitics
    if "-L" in text or "-R" in text or "-C" in text:  # -LRB-, -RSB-, -COLON- ...
        text = decode_tokens(text)
    text = " ".join(text.replace("``", '"').replace("''", '"').split())
    if "--" in text:
        text = _DASH.sub("–", text)
    if "(" in text or "[" in text or "{" in text:
        text = _OPEN_SPACE.sub(r"\1", text)
    if ")" in text or "]" in text or "}" in text:
        text = _SPACE_CLOSE.sub(r"\1", text)
    if '"' in text:
        text = _QUOTE_PAIR.sub(r'"\1"', text)
    if "'" in text:
        text = _SPACE_CLITIC.sub(r"\1", text)
    if "$" in text or "£" in text or "€" in text:
        text = _DOLLAR.sub(r"\1", text)
    # Twice: ", ." and similar runs only close up one space per pass.
    text, closed = _SPACE_PUNCT.subn("", text)
    return _SPACE_PUNCT.sub("", text) if closed else text
