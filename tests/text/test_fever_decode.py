"""decode_fever_text skips patterns whose characters are absent and leans on its
normalised spaces; it must equal applying every pattern to any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fever_builder.text import fever
from fever_builder.text.fever import decode_fever_text


def every_pattern(text: str) -> str:
    """Every step of the decoding applied in order, unconditionally."""
    text = fever._TOKEN_RE.sub(lambda m: fever._FEVER_TOKENS[m.group(0)], text)
    text = text.replace("``", '"').replace("''", '"')
    text = re.sub(r"\s+", " ", text).strip()
    text = fever._DASH.sub("–", text)
    text = fever._OPEN_SPACE.sub(r"\1", text)
    text = fever._SPACE_CLOSE.sub(r"\1", text)
    text = fever._QUOTE_PAIR.sub(r'"\1"', text)
    text = fever._SPACE_CLITIC.sub(r"\1", text)
    text = fever._DOLLAR.sub(r"\1", text)
    # a space before , . ; : ! ? % (then a space, a closing mark or the end), twice
    space_punct = re.compile(r"\s+([,.;:!?%])(?=\s|$|[\"')\]}])")
    text = space_punct.sub(r"\1", text)
    return space_punct.sub(r"\1", text)


PIECES = st.sampled_from(
    [*"ab1 'sS\"`-(){}[]$£€,.;:!?%\t\n\u00a0\u2003"]
    + ["-LRB-", "-RRB-", "-LSB-", "-COLON-", "``", "''", "--", "n't", " 's", " , ", " . "]
)


@given(st.lists(PIECES, max_size=30).map("".join))
@settings(max_examples=3000)
def test_skipping_absent_patterns_changes_nothing(text: str) -> None:
    assert decode_fever_text(text) == every_pattern(text)
