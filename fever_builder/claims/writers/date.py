"""Date generalisation: "on 15 December 1993" becomes "in 1993", and "in 1993" "in the
1990s" (true, less precise)."""

from __future__ import annotations

import re
from collections.abc import Callable

from fever_builder.claims.context import Context, Pair
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


# of the dates of an event, the share said by decade ("in the 1960s")
DECADE_SHARE = 0.5

# what may follow a date said by its decade: the clause's end, or a word that opens
# another phrase ("in 1972 when ...", "in 1972 to mixed reviews"); not "AD", "dollars"
_ENDS_DATE = re.compile(
    r"\s*(?:$|[.,;:)]|(?:when|after|before|as|with|by|to|in|on|at|for|from|during|while|"
    r"until|and(?!\s+\d)|but|which|who|where|under|following|against|through|amid)\b)"
)


def decade_pair(
    frame: Frame, span: Span, *, year_text: str, lean: Callable[[str], int] = lambda word: 0
) -> tuple[str, str, int, int] | None:
    """ "in 1969" or "on 30 July 1969" as "in the 1960s", against the decade before or after
    ("in the 1970s"): (true claim, false claim, the true and the false decade's first year).

    Of the two, the false decade is the one ``lean`` ("1970s" -> how much more often
    SUPPORTS claims than REFUTES claims hold it) puts highest, then the changed year's
    side: a corpus about one decade would otherwise say its decade only in SUPPORTS
    claims.

    Only a date after "in" or "on" of the common era, not a range, not "early 1969",
    not "1969 AD"; never "the 2000s" or "the 1900s", which may also mean a century.
    """
    value = span.value
    if (
        not isinstance(value, DateValue)
        or value.precision not in ("day", "month", "year")
        or value.end is not None
        or value.modifier
        or value.start.year is None
        or not span.text.endswith(str(value.start.year))
        or not 1000 <= value.start.year <= 2099
        or not year_text.isdigit()
    ):
        return None
    match = re.search(r"\b(on|in)\s+$", frame.text[: frame.start])
    if match is None or not _ENDS_DATE.match(frame.text[frame.end :]):
        return None
    year, changed = value.start.year, int(year_text)
    true = year // 10 * 10
    towards = 10 if changed > year else -10
    sides = [d for d in (true + towards, true - towards) if d % 100]
    if true % 100 == 0 or not sides:
        return None
    others = {int(y) for y in re.findall(r"\b(1[0-9]{3}|20[0-9]{2})\b", frame.text)} - {year}
    sides = [d for d in sides if not any(d <= y < d + 10 for y in others)]
    if not sides:
        return None  # "in 1969 and 1971": the other decade holds a year of the claim
    false = max(sides, key=lambda d: lean(f"{d}s"))

    def said(decade: int) -> str:
        return frame.text[: match.start()] + f"in the {decade}s" + frame.text[frame.end :]

    return said(true), said(false), true, false


def decade_generalised(frame: Frame, span: Span, replacement: str, ctx: Context) -> Pair | None:
    """A pair said by decade (see :func:`decade_pair`) for a share of the dates, while the
    true decade is not yet said by more SUPPORTS claims than REFUTES claims, and where no
    year of the false decade is said of the event elsewhere in the corpus."""
    decades = decade_pair(
        frame, span, year_text=year_of(replacement) or "", lean=lambda w: ctx.words[w]
    )
    if decades is None or ctx.words[f"{decades[2]}s"] > 0 or ctx.rng.random() >= DECADE_SHARE:
        return None
    true, false, _, wrong = decades
    stated = [
        year
        for year in ctx.pools.years.get(ctx.page, [])
        if wrong <= year < wrong + 10
        and ctx.index.states(frame.replace(str(year)).text, str(year)) is not None
    ]
    if stated:
        ctx.dropped["decade_stated_elsewhere"] += 1
        return None
    return Pair("date", true, false, frame.fact, f"the {wrong}s", "generalise")


def dates_one_event(frame: Frame, span: Span) -> bool:
    """Whether the fact is a date of one event the claim can be denied at: a single date
    after "in" or "on" ("On 30 March 1998, X was elected"), not "since", "until", a range,
    a modified date ("early 1993") or a period ("the 1988–1989 period")."""
    value = span.value
    before = frame.text[: frame.start].split()[-1:] or [""]
    return (
        isinstance(value, DateValue)
        and value.end is None
        and not value.modifier
        and before[0].casefold() in ("in", "on")
        and re.match(r"\s*(?:period|time)\b", frame.text[frame.end :]) is None
    )
