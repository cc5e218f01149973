"""Dates in written form: days, months, years, ranges, decades, ISO infobox dates.

``find_dates`` runs before the figure finders, so ``4,000`` never yields a year.
Each date's ``DateValue.fmt`` is a template of its written form; ``render_date``
fills it with another value, keeping separators, dashes, month spelling and
two-digit range ends. Placeholders:

- ``{day1}``/``{day2}`` (``{day1:02d}`` when written with a leading zero),
- ``{month1}``/``{month2}`` (full name), ``{mon1}``/``{mon2}`` (3-letter),
  ``{mon1p}``/``{mon2p}`` (3-letter with its period: ``Dec.``, but ``May``),
  ``{mnum1:02d}`` (ISO number),
- ``{year1}``/``{year2}``, ``{yy2:02d}`` (``1993–94``), ``{decade}`` (``1990s``),
- ``{mod}``/``{Mod}`` (early/mid/late, capitalised) followed by
  ``{modsep_space}`` or ``{modsep_dash}`` (``late 1993``, ``mid-January``).

A bare number is a year only when it is 1000-2100 and nothing marks it as a
quantity or a label: not ``4,000`` (comma), not ``~1500``, ``1500+`` or
``1500 soldiers``, not ``Hill 2071`` or ``Resolution 1416``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from functools import lru_cache

from ..errors import ParameterError
from ._words import (
    MONTH_NUMBER,
    MONTHS,
    UNIT_WORDS,
    occupied_ranges,
    previous_word,
    template,
    word_set,
)
from .spans import DatePoint, DateValue, Span, select

__all__ = ["find_dates", "render_date", "parse_date"]

# Words before a number that make it a label, not a year: "Hill 2071".
ID_HEADS: frozenset[str] = word_set(
    """hill hills height heights resolution resolutions article articles section sections
    chapter chapters paragraph paragraphs no no. nos. number route highway flight decree
    order protocol unit platoon room page p. pp. road kilometre km"""
)
# Words that make a bare month name a date: "in March", "by February".
_MONTH_CONTEXT: frozenset[str] = word_set(
    """in by until till since from to through throughout during before after between and or of
    early mid late last next that this following each every around about"""
)

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![a-z])"
)
_FULL_MONTH = r"(?:" + "|".join(MONTHS) + r")(?![a-z])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_YEAR = r"(?:1\d{3}|20\d{2})(?!\d)"
_DASH = r"(?:\s*[–—]\s*|\s+-\s+|-)"
_MOD = r"(?:(?P<mod>[Ee]arly|[Mm]id|[Ll]ate)(?P<modsep>-|[ \t]+))"
_L = r"(?<![\w$£€~+#./,–—-])"
_R = r"(?![\w]|[.,/]\d)"
# A bare year must not run into a quantity marker or a further number.
_R_BARE = r"(?![\w%+]|[.,/:]\d|\s*[–—-]\s*\d)"


def _p(body: str) -> re.Pattern[str]:
    return re.compile(_L + body)


_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", _p(r"(?P<y1>\d{4})-(?P<mn1>\d{2})-(?P<d1>\d{2})" + _R)),
    (
        "dmy-dmy",
        _p(
            rf"(?P<d1>{_DAY})\s+(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR}){_DASH}"
            rf"(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR}){_R}"
        ),
    ),
    (
        "mdy-mdy",
        _p(
            rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR}){_DASH}"
            rf"(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y2>{_YEAR}){_R}"
        ),
    ),
    (
        "md-mdy",
        _p(
            rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}"
            rf"(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?{_R}"
        ),
    ),
    (
        "dm-dmy",
        _p(
            rf"(?P<d1>{_DAY})\s+(?P<m1>{_MONTH}){_DASH}"
            rf"(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?{_R}"
        ),
    ),
    (
        "dd-my",
        _p(rf"(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?{_R}"),
    ),
    (
        "m-dd-y",
        _p(rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?{_R}"),
    ),
    (
        "my-my",
        _p(
            rf"{_MOD}?(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR}){_DASH}(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR}){_R}"
        ),
    ),
    ("mm-y", _p(rf"{_MOD}?(?P<m1>{_MONTH}){_DASH}(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?{_R}")),
    ("dmy", _p(rf"(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?{_R}")),
    ("mdy", _p(rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?{_R}")),
    ("my", _p(rf"{_MOD}?(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR}){_R}")),
    ("yy", _p(rf"{_MOD}?(?P<y1>{_YEAR}){_DASH}(?P<y2>{_YEAR}|\d\d(?!\d)){_R_BARE}")),
    ("decade", _p(rf"{_MOD}?(?P<dec>1\d\d0|20\d0)'?s(?!\w)")),
    ("y", _p(rf"{_MOD}?(?P<y1>{_YEAR}){_R_BARE}")),
    ("m", _p(rf"{_MOD}?(?P<m1>{_FULL_MONTH})(?![\w-])")),
)
_FULL_NAMES = frozenset(n.lower() for n in MONTHS)
_END_FIELD = re.compile(r"\{(?:day|month|mon|mnum|year|yy)2")
# Patterns whose numbers are bare years: they need the quantity/label checks.
_BARE_YEAR = frozenset({"yy", "y"})


def find_dates(text: str, *, taken: Sequence[Span] = ()) -> list[Span]:
    """Find dates in ``text``, longest first, clear of ``taken`` spans.

    Args:
        text: any text (a sentence or a whole page).
        taken: spans already found; dates never overlap them.

    Returns non-overlapping ``kind="date"`` spans sorted by start; the subtype
    is the precision (``day|month|year|range|decade``).
    """
    occupied = occupied_ranges(text, taken)
    candidates: list[Span] = []
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            span = _to_span(name, m, text)
            if span is not None:
                candidates.append(span)
    return select(candidates, occupied=occupied)


@lru_cache(maxsize=65536)
def parse_date(text: str) -> DateValue | None:
    """Parse ``text`` when the whole of it is one date, else return None.

    Cached: every changed date a mutation writes is parsed back, and the same
    few years come up again and again.
    """
    for span in find_dates(text):
        if span.start == 0 and span.end == len(text):
            return span.value  # type: ignore[return-value]
    return None


def _to_span(name: str, m: re.Match[str], text: str) -> Span | None:
    g = m.groupdict()
    if name in _BARE_YEAR and not _bare_year_ok(m, text):
        return None
    if name in {"m", "mm-y"} and not g.get("mod") and not g.get("y2"):
        context = previous_word(text, m.start()).lower().rstrip(".")
        if context not in _MONTH_CONTEXT:
            return None
    y1 = _int(g.get("y1"))
    y2 = _int(g.get("y2"))
    if y2 is not None and y1 is not None and len(g["y2"]) == 2:
        # "1993–94" and "1999–00"; "1993-12" (an ISO prefix) is not a range.
        short = y2
        y2 = y1 // 100 * 100 + short
        if y2 <= y1:
            if not (y1 % 100 == 99 and short == 0):
                return None
            y2 += 100
    m1 = _month(g.get("m1")) or _int(g.get("mn1"))
    m2 = _month(g.get("m2"))
    d1, d2 = _int(g.get("d1")), _int(g.get("d2"))
    decade = _int(g.get("dec"))
    is_range = any(g.get(k) for k in ("d2", "m2", "y2"))
    if is_range:
        y1 = y1 if y1 is not None else y2
        m1 = m1 if m1 is not None else m2
        m2 = m2 if m2 is not None else (m1 if d2 is not None else None)
        if d2 is not None and m2 is None:
            return None
    start = DatePoint(year=decade if decade is not None else y1, month=m1, day=d1)
    end = DatePoint(year=y2, month=m2, day=d2) if is_range else None
    if not (_valid(start) and (end is None or _valid(end))):
        return None
    if end is not None and not _before(start, end):
        return None
    if is_range:
        precision = "range"
    elif decade is not None:
        precision = "decade"
    else:
        precision = start.precision
    if precision == "year" and start.year is None:
        return None
    value = DateValue(
        start=start,
        end=end,
        precision=precision,
        modifier=(g.get("mod") or "").lower(),
        fmt=_template(m),
    )
    return Span(m.start(), m.end(), m.group(), "date", precision, value)


def _bare_year_ok(m: re.Match[str], text: str) -> bool:
    """A bare year is a label or a quantity when its neighbours say so."""
    before = previous_word(text, m.start()).lower()
    if before in ID_HEADS:
        return False
    following = _NEXT_WORD.match(text, m.end())
    return not (following and following.group(1).lower() in UNIT_WORDS)


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _valid(point: DatePoint) -> bool:
    if point.year is not None and not 1000 <= point.year <= 2100:
        return False
    if point.month is not None and not 1 <= point.month <= 12:
        return False
    if point.day is not None:
        if point.month is None:
            return False
        year = point.year if point.year is not None else 2000  # leap: allow 29 February
        if not 1 <= point.day <= calendar.monthrange(year, point.month)[1]:
            return False
    return True


def _before(a: DatePoint, b: DatePoint) -> bool:
    """True if ``a`` comes strictly before ``b`` on the parts both share."""
    if a.year is not None and b.year is not None and a.year != b.year:
        return a.year < b.year
    if a.month is not None and b.month is not None and a.month != b.month:
        return a.month < b.month
    if a.day is not None and b.day is not None:
        return a.day < b.day
    return (a.month, a.day) != (b.month, b.day) or a.year != b.year


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _month(s: str | None) -> int | None:
    if not s:
        return None
    return MONTH_NUMBER[s.rstrip(".").lower()]


def _template(m: re.Match[str]) -> str:
    fields: list[tuple[int, int, str]] = []
    g = m.groupdict()
    if g.get("mod"):
        mod = "{Mod}" if g["mod"][0].isupper() else "{mod}"
        sep = "{modsep_dash}" if g["modsep"] == "-" else "{modsep_space}"
        fields.append((m.start("mod"), m.end("modsep"), mod + sep))
    for i in ("1", "2"):
        day = g.get("d" + i)
        if day:
            padded = len(day) == 2 and (day.startswith("0") or bool(g.get("mn" + i)))
            placeholder = f"{{day{i}:02d}}" if padded else f"{{day{i}}}"
            fields.append((m.start("d" + i), m.end("d" + i), placeholder))
        month = g.get("m" + i)
        if month:
            if month.lower() in _FULL_NAMES:
                placeholder = f"{{month{i}}}"
            elif month.endswith("."):
                placeholder = f"{{mon{i}p}}"  # "Dec." (and "May" for May)
            else:
                placeholder = f"{{mon{i}}}"
            fields.append((m.start("m" + i), m.end("m" + i), placeholder))
        if g.get("mn" + i):
            fields.append((m.start("mn" + i), m.end("mn" + i), f"{{mnum{i}:02d}}"))
        year = g.get("y" + i)
        if year:
            placeholder = f"{{yy{i}:02d}}" if len(year) == 2 else f"{{year{i}}}"
            fields.append((m.start("y" + i), m.end("y" + i), placeholder))
    if g.get("dec"):
        fields.append((m.start("dec"), m.end("dec"), "{decade}"))
    return template(m.group(), m.start(), fields)


def render_date(value: DateValue, *, like: Span | DateValue | None = None) -> str:
    """Write ``value`` in the written form of ``like`` (a date span or value).

    Without ``like`` the value's own form is used, so
    ``render_date(span.value) == span.text``. Raises ``ParameterError`` when
    the form needs a part the value lacks (a day for ``15 December``, an end
    for ``1988–1994``) or has no room for a range's end.
    """
    if isinstance(like, Span):
        if not isinstance(like.value, DateValue):
            raise ParameterError("like", like.text, "a date span")
        fmt = like.value.fmt
    elif like is not None:
        fmt = like.fmt
    else:
        fmt = value.fmt
    if value.end is not None and not _END_FIELD.search(fmt):
        raise ParameterError("value", value, f"a single date for the form {fmt!r}")
    if value.modifier and "{mod}" not in fmt and "{Mod}" not in fmt:
        sep = "{modsep_dash}" if value.modifier == "mid" else "{modsep_space}"
        fmt = "{mod}" + sep + fmt
    fields: dict[str, object] = {
        "mod": value.modifier,
        "Mod": value.modifier.capitalize(),
        "modsep_dash": "-" if value.modifier else "",
        "modsep_space": " " if value.modifier else "",
    }
    end = value.end if value.end is not None else None
    for i, point in (("1", value.start), ("2", end)):
        if point is None:
            continue
        if point.day is not None:
            fields["day" + i] = point.day
        if point.month is not None:
            name = MONTHS[point.month - 1]
            abbr = name[:3]
            fields.update(
                {
                    "month" + i: name,
                    "mon" + i: abbr,
                    "mon" + i + "p": abbr if abbr == name else abbr + ".",
                    "mnum" + i: point.month,
                }
            )
        if point.year is not None:
            fields.update({"year" + i: point.year, "yy" + i: point.year % 100})
    if value.start.year is not None:
        fields["decade"] = value.start.year // 10 * 10
    try:
        return fmt.format_map(fields)
    except KeyError as missing:
        raise ParameterError(
            "value", value, f"a date with the part {missing} that the form {fmt!r} needs"
        ) from None
