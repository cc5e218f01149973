"""Flags: what the parse says about a fact's slot, as a table of named rules.

Each rule takes the sentence, its parse and one fact span and says whether
the flag holds ("open_slot": one of several co-ordinated values; "time": a
clock time; "in_name": a number inside a name, ...). The claim writers read
the flags: some refuse the fact outright, others only a kind of pair.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from fever_builder.analysis import Parsed

from ._words import common_noun
from .mentions import NAME_LABELS, role_of
from .occasions import habitual, occasions, paired_list, per_occasion
from .recurring import recurring
from .slots import loose_slot, one_value, open_slot, reported
from .spans import FigureValue, Span

Rule = Callable[[str, Parsed, Span], bool]


_TITLE_BEFORE = re.compile(r"(?<![.!?]\s)\b([A-Z][\w-]+) (?:of|in|for|and|de|on|the) $")


def _in_title(text: str, parsed: Parsed, span: Span) -> bool:
    """A name inside a longer name or title ("Nativity in Black", "Co-operation in Europe"):
    changing it changes the title, not a fact."""
    if span.kind != "entity":
        return False
    match = _TITLE_BEFORE.search(text[: span.start])
    if match is None or match.start(1) == 0:
        return False
    word_start = match.start(1)
    return not any(
        e.label in ("PERSON", "GPE", "LOC", "NORP")
        for e in parsed.entities_over(word_start, match.end(1))
    )


def _time(text: str, parsed: Parsed, span: Span) -> bool:
    """A clock time ("09:30", "10 pm"), never a figure or a date to change."""
    if span.kind not in ("figure", "date"):
        return False
    if re.search(r"\d\s?[:./]\s?$", text[: span.start]) or re.match(
        r"\s?[:/]\s?\d", text[span.end :]
    ):
        return True
    return any(e.label == "TIME" for e in parsed.entities_over(span.start, span.end))


def _in_name(text: str, parsed: Parsed, span: Span) -> bool:
    """A number that is part of a name ("UFC 131", "Season 13", "Grand Prix 2006")."""
    if span.kind not in ("figure", "date"):
        return False
    if span.kind == "figure" and _NAME_BEFORE.search(text[: span.start]):
        return True
    first = re.fullmatch(r"([A-Z][a-z]+)\s+", text[: span.start])
    if span.kind == "figure" and first and first.group(1).casefold() not in _OPENERS:
        return True  # "Monument 20 is a throne" opening the sentence
    if span.kind == "figure" and _title_word_after(text, parsed, span):
        return True  # "AFI's 100 Years... 100 Movies", "3 Commando Brigade"
    if span.kind == "date" and _NAME_HEAD_BEFORE.search(text[: span.start]):
        return True  # "the Local Government Act, 1972", "the Treaty of 1921"
    if (
        span.kind == "date"
        and re.search(r"\b[Tt]he\s+$", text[: span.start])
        and re.match(r"\s+[A-Z]", text[span.end :])
    ):
        return True  # "the 2016 Nagorno-Karabakh clashes", "the 1999 Cricket World Cup"
    return any(
        e.label in NAME_LABELS and not (span.start <= e.start and e.end <= span.end)
        for e in parsed.entities_over(span.start, span.end)
    )


def _title_word_after(text: str, parsed: Parsed, span: Span) -> bool:
    """A figure inside a sentence followed by a common noun written as a title's word ("100
    Years", "3 Commando"), not a people, place or person ("100 Armenians")."""
    after = re.match(r"\s+([A-Z][a-z]+)\b", text[span.end :])
    if span.start == 0 or after is None or not common_noun(after.group(1)):
        return False
    start = span.end + after.start(1)
    return not any(
        e.label in ("NORP", "GPE", "LOC", "PERSON")
        for e in parsed.entities_over(start, start + len(after.group(1)))
    )


# words that open a sentence before a figure that is no name's number ("About 30 ...")
_OPENERS = frozenset(
    [
        "about",
        "over",
        "some",
        "nearly",
        "around",
        "approximately",
        "in",
        "on",
        "by",
        "at",
        "only",
        "just",
        "almost",
        "up",
        "under",
        "more",
        "fewer",
        "less",
        "with",
        "for",
        "from",
        "since",
        "after",
        "before",
        "during",
        "of",
        "to",
        "the",
        "a",
        "an",
        "and",
        "but",
        "between",
        "roughly",
        "perhaps",
        "another",
        "all",
        "each",
        "every",
    ]
)
# a capitalised word (not a month, not the sentence's first) right before a number
_NAME_BEFORE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)[A-Z][A-Za-z]*\s+$"
)


_NAME_HEAD_BEFORE = re.compile(
    r"\b(?:Act|Treaty|Agreement|Accord|Convention|Protocol|Resolution|Declaration|Charter|Code|"
    r"Edition|Cup|Games|Championship|Championships|Awards?|Prize|Olympics)\s*,?\s*(?:of\s+)?$"
)


_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+$"
)


def _date_part(text: str, parsed: Parsed, span: Span) -> bool:
    """A number right after a month ("12 February 55"): a day or a year, not a quantity."""
    return span.kind == "figure" and bool(_MONTH_BEFORE.search(text[: span.start]))


_CONVERSION_AFTER = re.compile(r"^[^()\d.;]{0,25}\(\s*(?:about|approx\.?|c\.|~)?\s*[\d.,]+")


_CONVERSION_BEFORE = re.compile(r"\d[^()\d.;]{0,25}\([^()]*$")


def _conversion(text: str, parsed: Parsed, span: Span) -> bool:
    """The stated conversion of a figure ("103" in "166 km/h (103 mph)"): never changed alone."""
    return span.kind == "figure" and bool(_CONVERSION_BEFORE.search(text[: span.start]))


def _converted(text: str, parsed: Parsed, span: Span) -> bool:
    """A figure followed by its conversion ("166" in "166 km/h (103 mph)").

    Changed only in a claim that leaves the conversion out; with it, both
    sides would have to change together.
    """
    return span.kind == "figure" and bool(_CONVERSION_AFTER.match(text[span.end :]))


def _score(text: str, parsed: Parsed, span: Span) -> bool:
    """A score or tally written as a range ("a 1 – 1 draw", "won 3–2"): not a range."""
    value = span.value
    if isinstance(value, FigureValue) and value.high is not None:
        return value.high <= value.number
    return False


def _modified(text: str, parsed: Parsed, span: Span) -> bool:
    """A figure inside a noun phrase after a determiner or adjective ("the top 300 artists").

    "more than" cannot go there, so no comparative is made of it.
    """
    if span.kind != "figure":
        return False
    if re.search(r"[$£€¥]\s*$", text[: span.start]):
        return True  # "$ more than 1.7 million" reads badly
    if re.match(
        r"\s*(?:\w+\s+){0,2}(?:or|and) (?:more|less|fewer|over|above|under)\b", text[span.end :]
    ):
        return True  # "20 tons or more" is a bound already
    value = span.value
    if isinstance(value, FigureValue) and not (value.unit or value.percent or value.currency):
        return True  # no counted noun: an age, a code, a year; "more than" fits none
        # a number with no unit after a preposition or a rank noun is a year,
        # a rank or a label ("in 54", "number 60"): no "more than" for it
        if re.search(
            r"\b(?:in|on|of|by|since|until|from|to|number|No\.|rank|ranked|position|#)\s*$",
            text[: span.start],
            re.IGNORECASE,
        ):
            return True
    before = [t for t in parsed.tokens if t.end <= span.start]
    if not before:
        return False
    last = before[-1]
    return last.tag in (
        "DT",
        "PRP$",
        "POS",
        "JJ",
        "JJS",
        "JJR",
        "CD",
    ) and last.lemma.casefold() not in (
        "about",
        "some",
        "over",
        "nearly",
        "almost",
        "approximately",
    )


def _bare_year(text: str, parsed: Parsed, span: Span) -> bool:
    """A number with no unit after "in" ("In 65, a conspiracy"): a year, not a quantity."""
    value = span.value
    if not isinstance(value, FigureValue):
        return False
    after = [t for t in parsed.tokens if t.start >= span.end][:1]
    # "in 54 following Claudius' death": the word after it counts nothing
    counted = value.unit if after and after[0].pos in ("NOUN", "PROPN") else ""
    return (
        not counted
        and isinstance(value.number, int)
        and 0 < value.number <= 2100
        and bool(
            re.search(r"\b(?:in|In|by|By|since|Since|until|Until)\s+$", text[: span.start])
            or re.search(rf"\b(?:{_PART_OF_A_YEAR}) of\s+$", text[: span.start])
        )
    )


# "in the beginning of 66", "by the summer of 1940": what follows is a year
_PART_OF_A_YEAR = "beginning|end|middle|start|spring|summer|autumn|fall|winter"


def _bounded(text: str, parsed: Parsed, span: Span) -> bool:
    """A figure under a bound of its clause ("over $356 million", "at least 90 tanks and 70
    IFVs"): a lower or higher value may still be true."""
    if span.kind != "figure":
        return False
    clause = re.split(r"[;,:()]", text[: span.start])[-1]
    return bool(
        re.search(
            r"\b(?:over|more than|at least|at most|up to|under|fewer than|less than|nearly|"
            r"almost|some|as many as|as few as|no more than|no fewer than|within)\b"
            r"(?:\s+\S+){0,8}\s*$",
            clause,
            re.IGNORECASE,
        )
    )


def _counted_list(text: str, parsed: Parsed, span: Span) -> bool:
    """A count the sentence spells out ("six regions: A, B and C") or a part inside its
    whole ("seven people (among them two soldiers)"): a changed figure contradicts the text
    itself, and the claim reads as nonsense."""
    if span.kind != "figure":
        return False
    if re.match(r"(?:\s+[\w-]+){0,6}\s*:\s*\S[^.;]*,", text[span.end :]):
        return True
    if re.match(r"\s+out of\b", text[span.end :]) or re.search(r"\bout of\s+$", text[: span.start]):
        return True  # "three out of four stars": a rating on its own scale
    if re.match(r"\s+of\s+(?:[\w'’-]+\s+){0,3}\d", text[span.end :]) or re.search(
        r"\d\s+of\s+(?:[\w'’-]+\s+){0,3}$", text[: span.start]
    ):
        return True  # "28 of Hunt's 30 strikes": a part and its whole, each bound to the other
    if re.match(r"\s+of\s+(?:the|these|those|its|their|his|her)\b", text[span.end :]):
        return True  # "three of the heads were found in a line": another three may be too
    if re.match(r"(?:\s+[\w-]+){0,6},\s+[A-Z][^,.;]*(?:,\s+[^,.;]+)*,?\s+and\s", text[span.end :]):
        return True  # "the six co-chairs of the Minsk Group, Russia, the US and France"
    return bool(re.search(r"\([^()]*$", text[: span.start]))


def _record(text: str, parsed: Parsed, span: Span) -> bool:
    """A figure said to be a record ("a UFC-record $2.5 million purse"): records are
    broken, so another figure may have been one at another time."""
    return span.kind == "figure" and bool(
        re.search(r"\brecord[\s-]+(?:[\w-]+\s+)?(?:[$€£¥]\s?)?$", text[: span.start], re.IGNORECASE)
    )


def _unit_compound(text: str, parsed: Parsed, span: Span) -> bool:
    """A figure hyphened to its unit as a modifier ("4.2-inch mortars"): a specification."""
    return span.kind == "figure" and bool(re.match(r"-[a-z]", text[span.end :]))


def _era_year(text: str, parsed: Parsed, span: Span) -> bool:
    """A year written as a number with its era ("37 AD", "400 BC"): a date, not a figure."""
    return span.kind == "figure" and bool(
        re.match(r"\s*(?:AD|BC|BCE|CE)\b", text[span.end :])
        or re.search(r"\b(?:AD|A\.D\.|BC|BCE|CE)\s+$", text[: span.start])
    )


def _date_subject(text: str, parsed: Parsed, span: Span) -> bool:
    """A date that is what the clause is about ("1993 was a difficult year"): other
    dates may be so too, so changing it refutes nothing."""
    return span.kind == "date" and role_of(parsed, span.start, span.end) in (
        "nsubj",
        "nsubjpass",
        "attr",
    )


def _age(text: str, parsed: Parsed, span: Span) -> bool:
    """An age ("at the age of 17", "aged 40", "when Nero was four"): a changed age is
    rarely plausible."""
    value = span.value
    said_of = (
        isinstance(value, FigureValue)
        and not value.unit
        and re.search(r"\b(?:was|is|were|turned)\s+$", text[: span.start])
        and re.match(r"\s*(?:$|[.,;)]|at\b|when\b|in\b)", text[span.end :])
    )
    return span.kind == "figure" and bool(
        said_of
        or re.search(r"\b(?:age of|aged|age)\s+$", text[: span.start])
        or re.match(r"\s*(?:-| )?years?[- ]old\b", text[span.end :])
    )


def _year_range(text: str, parsed: Parsed, span: Span) -> bool:
    """A range of two years written as figures ("(c. 40 – 120)"): a life span or a period."""
    value = span.value
    return (
        isinstance(value, FigureValue)
        and value.high is not None
        and not value.unit
        and 0 < value.number < value.high <= 2100
        and value.high - value.number <= 120
        and bool(re.search(r"\(\s*(?:c\.|ca\.|b\.|d\.)?\s*$", text[: span.start]))
    )


def _in_quote(text: str, parsed: Parsed, span: Span) -> bool:
    """A fact inside a quotation: a changed quotation puts words in someone's mouth."""
    return text[: span.start].count('"') % 2 == 1 or (
        text[: span.start].count("“") > text[: span.start].count("”")
    )


# entities whose names may hold a number ("War of 1812", "San Lorenzo Head 5")
_NAMING_LABELS = frozenset({"EVENT", "WORK_OF_ART", "FAC", "ORG", "LAW", "PRODUCT"})


def _in_a_name(text: str, parsed: Parsed, span: Span) -> bool:
    """A number or date inside a longer name the analysis found ("War of 1812", "San
    Lorenzo Head 5"), or a count that picks out particular things ("the two vessels",
    "Glassman's four species", "their three sons"): another count names other things."""
    if span.kind not in ("figure", "date", "ordinal", "identifier"):
        return False
    inside = any(
        e.label in _NAMING_LABELS
        and e.start <= span.start
        and span.end <= e.end
        and (e.end - e.start) > (span.end - span.start)
        for e in parsed.entities_over(span.start, span.end)
    )
    return inside or (span.kind == "figure" and _PICKING.search(text[: span.start]) is not None)


# what makes a count pick out particular things: "the", a possessor
_PICKING = re.compile(r"(?:\b(?:the|his|her|its|their)|\w['’]s?) $", re.IGNORECASE)


FLAG_RULES: tuple[tuple[str, Rule], ...] = (
    ("recurring", recurring),
    ("open_slot", open_slot),
    ("loose_slot", loose_slot),
    ("one_value", one_value),
    ("reported", reported),
    ("in_title", _in_title),
    ("time", _time),
    ("in_name", _in_name),
    ("conversion", _conversion),
    ("converted", _converted),
    ("score", _score),
    ("modified", _modified),
    ("unit_compound", _unit_compound),
    ("era_year", _era_year),
    ("date_part", _date_part),
    ("date_subject", _date_subject),
    ("age", _age),
    ("year_range", _year_range),
    ("counted_list", _counted_list),
    ("record", _record),
    ("occasions", occasions),
    ("habitual", habitual),
    ("paired_list", paired_list),
    ("per_occasion", per_occasion),
    ("bare_year", _bare_year),
    ("in_quote", _in_quote),
    ("bounded", _bounded),
    ("in_a_name", _in_a_name),
)
