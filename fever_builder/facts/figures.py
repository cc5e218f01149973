"""Figures, ordinals and identifiers: the numbers of a text, told apart.

A *figure* is a quantity (``3,500``, ``~4,000``, ``six thousand``, ``1.3 million``,
``$3.8 million``, ``30%``, ``17–32``, ``150+``, ``more than 1,900``; vague ones
such as ``several dozen`` are kept but marked not mutable). An *ordinal*
(``701st``) and an *identifier* (``Hill 2071``, ``Resolution 874 and 884``,
``Su-25``, ``BM-21``) are names, never quantities: they are found first and the
figure finder works on what is left.

``FigureValue.fmt`` is a template over ``{approx}``/``{Approx}`` (the marker and
its space), ``{number}``/``{Number}`` (capitalised words), ``{high}`` and
``{plus}`` (a trailing ``+``); currency, ``%`` and scale words stay literal, e.g.
``"${number} million"``. ``figure_text.render_figure`` fills it with another value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from ._words import (
    NUMBER_WORDS,
    SCALE_VALUE,
    UNIT_WORDS,
    coverage,
    covered,
    next_words,
    occupied_ranges,
    template,
    word_set,
    words_prefix_value,
)
from .dates import find_dates
from .spans import FigureValue, IdentifierValue, NumberStyle, OrdinalValue, Span, select

__all__ = [
    "find_figures",
    "find_identifiers",
    "find_ordinals",
    "find_numbers",
    "parse_figure",
]

# Marker -> what it says about the true number.
APPROX_BOUNDS: dict[str, str] = {
    "~": "about",
    "≈": "about",
    "c.": "about",
    "ca.": "about",
    "approx.": "about",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "close to": "about",
    "+": "lower",
    "over": "lower",
    "more than": "lower",
    "at least": "lower",
    "upwards of": "lower",
    "in excess of": "lower",
    "just over": "lower",
    "well over": "lower",
    "above": "lower",
    "nearly": "upper",
    "almost": "upper",
    "under": "upper",
    "less than": "upper",
    "fewer than": "upper",
    "up to": "upper",
    "at most": "upper",
    "as many as": "upper",
    "just under": "upper",
    "below": "upper",
}
SYMBOL_MARKERS = ("~", "≈", "+")

_WORD_MARKERS = sorted((m for m in APPROX_BOUNDS if m[0].isalpha()), key=lambda m: (-len(m), m))
_APPROX = (
    r"(?P<approx>(?<![\w])(?:[~≈]\s?|\+(?=\d|US\$|[$£€]))"
    r"|(?<![\w])(?i:"
    + "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in _WORD_MARKERS)
    + r")(?:\s+|(?<=\.)))"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM_LEFT = r"(?<![\w.,/:])(?<!\w[–—-])"
_SCALES = r"million|billion|thousand"
_CUR = r"US\$|\$|£|€"
_CUR_POST = r"USD|US\s+dollars|dollars|euros|rubles|roubles|manats?|drams|AZN|AMD"
# Not followed by more digits, a decimal, a time ("2:45") or a fraction ("10/11").
_END = r"(?![\w]|[.,:/]\d|[–—-]?\d)"

_FIGURE_HEAD = (
    rf"{_APPROX}?(?P<cur>{_CUR})?{_NUM_LEFT}(?P<n1>{_DIGITS})"
    rf"(?:\s+(?P<s1>{_SCALES})(?!\w))?"
)
_FIGURE_TAIL = (
    rf"(?P<pct>\s?%|\s+(?:percent|per\s+cent)(?!\w))?"
    rf"(?P<curpost>\s+(?:{_CUR_POST})(?!\w))?(?P<plus>\+)?{_END}"
)
_SINGLE = re.compile(_FIGURE_HEAD + _FIGURE_TAIL)
_RANGE = re.compile(
    _FIGURE_HEAD
    + rf"(?P<pct1>%)?(?P<dash>\s*[–—]\s*|-)(?:{_CUR})?(?P<n2>{_DIGITS})"
    + rf"(?:\s+(?P<s2>{_SCALES})(?!\w))?"
    + _FIGURE_TAIL
)
_NUMBER_WORD = "(?i:" + "|".join(NUMBER_WORDS) + r")(?![a-z])"
_WORDS = re.compile(
    rf"(?<![\w-]){_APPROX}?(?P<w>{_NUMBER_WORD}(?:(?:\s+|-)(?:(?i:and)\s+)?{_NUMBER_WORD})*)"
    r"(?![\w]|-(?i:quarters?|thirds?|fifths?|halves|half|fold)\b)"
)
_WORD_TOKEN = re.compile(r"[A-Za-z]+")
_VAGUE = re.compile(
    r"(?<![\w-])(?i:(?:several|a\s+few|few|many)\s+(?P<scale>dozen|hundred|thousand|million)s?"
    r"|(?P<tens>tens|hundreds)\s+of\s+thousands"
    r"|(?P<plural>dozens|hundreds|thousands|millions))(?![\w])"
)
_VAGUE_SCALE = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}

_CLAUSE_WORD = re.compile(r"(?<![\w])[A-Za-z][\w'’-]*")
_ORDINAL = re.compile(r"(?<![\w.,/-])(?P<n>\d+)(?P<suf>st|nd|rd|th)(?![\w])")
_NUMID = r"\d+(?:/\d+)?[A-Z]?(?!\d|[,.]\d)"
_NUMBERED = re.compile(
    r"(?<![\w])(?P<head>(?i:hills?|heights?|resolutions?|articles?|sections?|chapters?|paragraphs?"
    r"|route|highway|flight|decree)"
    r"|No\.|Nos\.)\s+"
    rf"(?P<nums>{_NUMID}(?:\s*[–—-]\s*{_NUMID})?(?:(?:,\s*|,?\s+and\s+|\s*&\s*){_NUMID})*)"
    r"(?![\w])"
)
_MODEL = re.compile(r"(?<![\w-])(?P<code>[A-Z][A-Za-z]*(?:-[A-Za-z0-9]+)+)(?![\w-])")
_CODE = re.compile(r"(?<![\w-])(?=[A-Z\d]*[A-Z])(?=[A-Z\d]*\d)[A-Z\d]{2,}s?(?![\w-])")

# Nouns that an ordinal usually qualifies: "3rd Azerbaijani Battalion" -> Battalion.
_ORDINAL_NOUNS = word_set(
    """Battalion Brigade Regiment Division Army Corps Company Platoon Squadron Detachment Group
    Fleet Guards Battalions Brigades Regiments Divisions battalion brigade regiment division
    army corps company battalions brigades regiments divisions armies century anniversary"""
)
# Words after a number that are not what it counts.
_NOT_UNITS = word_set(
    """the a an of in on at to by for from with without into onto was were is are be been being
    or but nor while when which who whom whose that this these those as than per its their
    his her our had has have it they he she we more most less least not no so such also only
    each both all other against between during after before since until under over about
    around up down out off again further then once there here where why how any some own
    same too very can will just should now according respectively"""
)
_ADJECTIVE_ENDINGS = ("al", "ary", "ous", "ive", "ful", "ic", "ish", "ese", "ian", "ean")


def find_numbers(text: str, *, taken: Sequence[Span] | None = None) -> list[Span]:
    """Identifiers, then ordinals, then figures of ``text``, clear of ``taken``.

    Args:
        text: any text.
        taken: spans already found; None means "find the dates first".

    Returns non-overlapping spans sorted by start.
    """
    used: list[Span] = list(find_dates(text) if taken is None else taken)
    found = find_identifiers(text, taken=used)
    found += find_ordinals(text, taken=used + found)
    found += find_figures(text, taken=used + found)
    return sorted(found, key=lambda s: s.start)


@lru_cache(maxsize=65536)
def dates_and_numbers(text: str) -> tuple[Span, ...]:
    """The dates of ``text``, then its identifiers, ordinals and figures clear of them.

    Cached: a claim sentence is searched for its own facts, and again when the
    validity checks read it as a corpus text.
    """
    dates = find_dates(text)
    return (*dates, *find_numbers(text, taken=dates))


def find_identifiers(text: str, *, taken: Sequence[Span] | None = None) -> list[Span]:
    """Names made of a head and numbers: ``Hill 2071``, ``Resolution 822``, ``Su-25``.

    ``taken`` defaults to the dates of ``text``. Subtypes: ``numbered``
    (a head word then numbers) and ``model`` (hyphenated or alphanumeric codes).
    """
    used = list(find_dates(text) if taken is None else taken)
    candidates: list[Span] = []
    for m in _NUMBERED.finditer(text):
        nums = tuple(re.findall(r"\d+(?:/\d+)?[A-Z]?", m.group("nums")))
        value = IdentifierValue(head=m.group("head"), numbers=nums)
        candidates.append(Span(m.start(), m.end(), m.group(), "identifier", "numbered", value))
    for m in _MODEL.finditer(text):
        head, *rest = m.group("code").split("-")
        if not any(ch.isdigit() for part in rest for ch in part):
            continue
        nums = tuple(re.findall(r"\d+", "-".join(rest)))
        value = IdentifierValue(head=head, numbers=nums)
        candidates.append(Span(m.start(), m.end(), m.group(), "identifier", "model", value))
    for m in _CODE.finditer(text):
        head = re.match(r"[A-Z]*", m.group()).group() or m.group()  # type: ignore[union-attr]
        value = IdentifierValue(head=head, numbers=tuple(re.findall(r"\d+", m.group())))
        candidates.append(Span(m.start(), m.end(), m.group(), "identifier", "model", value))
    return select(candidates, occupied=occupied_ranges(text, used))


def find_ordinals(text: str, *, taken: Sequence[Span] | None = None) -> list[Span]:
    """Numeric ordinals such as ``701st`` or ``3rd`` (``3rd Battalion``).

    ``taken`` defaults to the dates and identifiers of ``text``.
    """
    if taken is None:
        dates = find_dates(text)
        taken = dates + find_identifiers(text, taken=dates)
    mask = coverage(occupied_ranges(text, taken), len(text))
    spans: list[Span] = []
    for m in _ORDINAL.finditer(text):
        if covered(mask, m.start(), m.end()):
            continue
        # "the 1st and 3rd Azerbaijani battalions": look past lists of ordinals.
        clause = re.split(r"[.;:()]", text[m.end() : m.end() + 80], maxsplit=1)[0]
        after = [w for w in _CLAUSE_WORD.findall(clause) if w not in {"and", "or"}][:6]
        noun = next((w for w in after if w in _ORDINAL_NOUNS), after[0] if after else "")
        value = OrdinalValue(number=int(m.group("n")), suffix=m.group("suf"), noun=noun)
        spans.append(Span(m.start(), m.end(), m.group(), "ordinal", "digits", value))
    return spans


def find_figures(text: str, *, taken: Sequence[Span] | None = None) -> list[Span]:
    """Quantities in written form, clear of ``taken`` spans.

    ``taken`` defaults to the dates, identifiers and ordinals of ``text``, so
    a year, ``Hill 2071`` or ``701st`` is never a figure. Subtypes:
    ``digits|words|range|percent|money|vague``; see ``FigureValue``.
    """
    if taken is None:
        taken = find_dates(text)
        taken = taken + find_identifiers(text, taken=taken)
        taken = taken + find_ordinals(text, taken=taken)
    occupied = occupied_ranges(text, taken)
    candidates: list[Span] = []
    for pattern in (_SINGLE, _RANGE):
        for m in pattern.finditer(text):
            span = _digits_span(m, text)
            if span is not None:
                candidates.append(span)
    candidates.extend(_word_spans(text))
    for m in _VAGUE.finditer(text):
        candidates.append(_vague_span(m, text))
    return select(candidates, occupied=occupied)


def parse_figure(text: str) -> FigureValue | None:
    """Parse ``text`` when the whole of it is one figure, else return None."""
    for span in find_figures(text, taken=()):
        if span.start == 0 and span.end == len(text):
            return span.value  # type: ignore[return-value]
    return None


def _number(digits: str, scale: str | None) -> int | float:
    value = Decimal(digits.replace(",", "")) * SCALE_VALUE.get(scale or "", 1)
    return int(value) if value == value.to_integral_value() else float(value)


def _approx(m: re.Match[str]) -> tuple[str, str, list[tuple[int, int, str]]]:
    """The normalised marker, its bound and its template field."""
    raw = m.group("approx")
    if not raw:
        return "", "", []
    marker = " ".join(raw.split()).lower()
    placeholder = "{Approx}" if raw[0].isupper() else "{approx}"
    return marker, APPROX_BOUNDS[marker], [(m.start("approx"), m.end("approx"), placeholder)]


def _digits_span(m: re.Match[str], text: str) -> Span | None:
    g = m.groupdict()
    n1, n2 = g["n1"], g.get("n2")
    s1, s2 = g.get("s1"), g.get("s2")
    if n2 is not None and s1 and s2 and s1 != s2:
        return None
    scale = (s2 or s1) if n2 is not None else s1
    if n2 is not None and s1 and not s2:
        return None
    number = _number(n1, scale)
    high = _number(n2, scale) if n2 is not None else None
    if high is not None and high <= number:
        return None
    marker, bound, fields = _approx(m)
    if g.get("plus"):
        marker, bound = "+", "lower"
        fields.append((m.start("plus"), m.end("plus"), "{plus}"))
    fields.append((m.start("n1"), m.end("n1"), "{number}"))
    if n2 is not None:
        fields.append((m.start("n2"), m.end("n2"), "{high}"))
    parts = [n1] + ([n2] if n2 is not None else [])
    if any("," in p for p in parts):
        sep = ","
    elif any(len(p.split(".")[0]) >= 4 for p in parts):
        sep = ""
    else:
        sep = ","
    decimals = max(len(p.split(".")[1]) if "." in p else 0 for p in parts)
    currency = (g.get("cur") or "").strip() or " ".join((g.get("curpost") or "").split())
    percent = bool(g.get("pct") or g.get("pct1"))
    if currency:
        form = "money"
    elif percent:
        form = "percent"
    elif high is not None:
        form = "range"
    else:
        form = "digits"
    value = FigureValue(
        number=number,
        high=high,
        approx=marker,
        bound=bound,
        unit="" if percent or currency else unit_after(text, m.end()),
        currency=currency,
        percent=percent,
        fmt=template(m.group(), m.start(), fields),
        style=NumberStyle(words=False, sep=sep, decimals=decimals, scale=scale or ""),
    )
    return Span(m.start(), m.end(), m.group(), "figure", form, value)


def _word_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _WORDS.finditer(text):
        tokens = list(_WORD_TOKEN.finditer(m.group("w")))
        base = m.start("w")
        words = [t.group().lower() for t in tokens]
        i = 0
        while i < len(tokens):
            parsed = words_prefix_value(words[i:])
            if parsed is None:
                i += 1
                continue
            number, used = parsed
            start, end = base + tokens[i].start(), base + tokens[i + used - 1].end()
            lone_one = used == 1 and words[i] == "one" and text[end : end + 1] != "-"
            if not lone_one:
                spans.append(_word_span(m, text, start, end, number, with_approx=i == 0))
            i += used
    return spans


def _word_span(
    m: re.Match[str], text: str, start: int, end: int, number: int, *, with_approx: bool
) -> Span:
    """One number in words between ``start`` and ``end``, with the run's marker if first."""
    fields: list[tuple[int, int, str]] = []
    marker = bound = ""
    num_start = start
    if with_approx and m.group("approx"):
        marker, bound, fields = _approx(m)
        start = m.start()
    capital = text[num_start].isupper()
    fields.append((num_start, end, "{Number}" if capital else "{number}"))
    value = FigureValue(
        number=number,
        approx=marker,
        bound=bound,
        unit=unit_after(text, end),
        fmt=template(text[start:end], start, fields),
        style=NumberStyle(words=True, sep=",", decimals=0, scale=""),
    )
    return Span(start, end, text[start:end], "figure", "words", value)


def _vague_span(m: re.Match[str], text: str) -> Span:
    g = m.groupdict()
    if g.get("scale"):
        number = _VAGUE_SCALE[g["scale"].lower()]
    elif g.get("tens"):
        number = 10_000 if g["tens"].lower() == "tens" else 100_000
    else:
        number = _VAGUE_SCALE[g["plural"].lower().rstrip("s")]
    value = FigureValue(
        number=number,
        bound="about",
        unit=unit_after(text, m.end()),
        vague=True,
        fmt=template(m.group(), m.start(), []),
        style=NumberStyle(words=True),
    )
    return Span(m.start(), m.end(), m.group(), "figure", "vague", value)


def unit_after(text: str, end: int) -> str:
    """The noun a number counts, from the words right after it, or ``""``.

    Capitalised adjectives (``Azerbaijani``) and common adjective endings are
    skipped; a capitalised plural (``Armenians``) is a unit.
    """
    words = next_words(text, end, limit=4)
    for k, word in enumerate(words):
        low = word.lower()
        if low in _NOT_UNITS:
            break
        if low in UNIT_WORDS:
            if k and words[k - 1].lower() == "square":
                return f"square {word}"
            return word
    for k, word in enumerate(words):
        low = word.lower()
        if low in _NOT_UNITS:
            return ""
        if low == "and":
            continue
        last = k == len(words) - 1
        if word[0].isupper():
            if low.endswith("s") or last:
                return word if low.endswith("s") else ""
            continue
        if low.endswith(_ADJECTIVE_ENDINGS) and not last:
            continue
        return word
    return ""
