"""Date generalisation: "on 15 December 1993" becomes "in 1993" (true, less precise)."""

from __future__ import annotations

import re

from fever_builder.claims.frames import Frame
from fever_builder.facts.spans import DateValue, Span


def generalise_date(frame: Frame, span: Span, *, year_text: str | None = None) -> str | None:
    """ "on 15 December 1993" -> "in 1993": true and less precise."""
    value = span.value
    if (
        not isinstance(value, DateValue)
        or value.precision not in ("day", "month")
        or value.end is not None
    ):
        return None
    if value.start.year is None or str(value.start.year) not in span.text:
        return None
    before = frame.text[: frame.start]
    match = re.search(r"\b(on|in)\s+$", before)
    if not match:
        return None
    year = year_text or str(value.start.year)
    text = frame.text[: match.start()] + "in " + year + frame.text[frame.end :]
    return text


def year_of(text: str) -> str | None:
    match = re.search(r"\b(1[0-9]{3}|20[0-9]{2})\b", text)
    return match.group(1) if match else None
