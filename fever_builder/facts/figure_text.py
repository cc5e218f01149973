"""Figures written back: a changed value in the written form of the figure it replaces
(``4,200`` like ``3,500``, ``seven thousand`` like ``six thousand``), and ordinals."""

from __future__ import annotations

from decimal import Decimal

from ..errors import ParameterError
from ._words import SCALE_VALUE, number_to_words
from .figures import SYMBOL_MARKERS
from .spans import FigureValue, NumberStyle, Span


def render_figure(value: FigureValue, *, like: Span | FigureValue | None = None) -> str:
    """Write ``value`` in the written form of ``like`` (a figure span or value).

    Digits keep the separator and scale word (``4,200`` like ``3,500``;
    ``2.5 million`` like ``1.3 million``), words stay words (``seven thousand``
    like ``six thousand``), and the approx marker is the value's own. Without
    ``like`` the value's own form is used. Raises ``ParameterError`` when the
    form cannot hold the value (a range form for a single number, a vague form).
    """
    if isinstance(like, Span):
        if not isinstance(like.value, FigureValue):
            raise ParameterError("like", like.text, "a figure span")
        form = like.value
    else:
        form = like if like is not None else value
    if form.vague and like is not None:
        raise ParameterError("like", form.fmt, "a figure that is not vague (several dozen...)")
    fmt = form.fmt
    has_high = "{high}" in fmt
    if has_high != (value.high is not None):
        raise ParameterError(
            "value", value, f"a {'range' if has_high else 'single number'} for the form {fmt!r}"
        )
    marker = value.approx
    plus = ""
    if "{plus}" in fmt and marker == "+":
        plus, marker = "+", ""
    if marker and "{approx}" not in fmt and "{Approx}" not in fmt:
        fmt = "{approx}" + fmt
    written = marker + ("" if marker in SYMBOL_MARKERS or not marker else " ")
    fields = {
        "approx": written,
        "Approx": written[:1].upper() + written[1:],
        "plus": plus,
        "number": _write(value.number, form.style),
        "high": _write(value.high, form.style) if value.high is not None else "",
    }
    fields["Number"] = fields["number"][:1].upper() + fields["number"][1:]
    return fmt.format_map(fields)


def _write(number: int | float, style: NumberStyle) -> str:
    if style.words and float(number).is_integer() and 0 < number < 10**12:
        return number_to_words(int(number))
    mantissa = Decimal(str(number)) / SCALE_VALUE.get(style.scale, 1)
    if mantissa == mantissa.to_integral_value():
        written = f"{int(mantissa):,}"
    else:
        written = f"{mantissa.normalize():,f}"
    return written.replace(",", style.sep)


def render_ordinal(number: int) -> str:
    """Write ``number`` as a numeric ordinal: 1 -> ``1st``, 12 -> ``12th``, 702 -> ``702nd``."""
    suffix = "th" if number % 100 in (11, 12, 13) else _ORDINAL_SUFFIX.get(number % 10, "th")
    return f"{number}{suffix}"


_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
