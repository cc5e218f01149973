"""Antonym pairs: a direction or outcome word flipped ("victory" / "defeat")."""

from __future__ import annotations

import re
from collections.abc import Callable

from fever_builder.analysis.records import Parsed, Token
from fever_builder.claims import mutations as m
from fever_builder.claims.context import MIN_CLAIM_WORDS, NEGATION_CUES, Context, Pair
from fever_builder.claims.frames import Frame
from fever_builder.claims.negate import SCOPED, SUBORDINATE
from fever_builder.claims.replace import LEAN_LIMIT
from fever_builder.facts import WHEN

# verbs that take only one of an outcome pair as object ("gain", "suffer" a defeat)
_COLLOCATE = re.compile(
    r"\b(?:gain|achiev|secur|won\b|win|claim|scor|suffer|sustain|inflict|hand|record|clinch)\w*"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


_COMPASS = frozenset(w for w in m.ANTONYMS if re.fullmatch(r"(?:north|south|east|west)\w*", w))
# where a thing lies: "Kalbajar is located in the west of", "lies to the north of"
_LIES = re.compile(
    r"\b(?:is|are|was|were|lies|lay|located|situated)\s+(?:located\s+|situated\s+)?"
    r"(?:in\s+the|to\s+the|on\s+the)\s+$",
    re.IGNORECASE,
)
# one of some: "several unsuccessful attacks", "an unsuccessful attempt"
_SOME = re.compile(
    r"\b(?:several|many|some|few|numerous|multiple|a|an|two|three|four|five|other)\s+$",
    re.IGNORECASE,
)


def antonym_pair(
    text: str,
    fact_spans: list[tuple[int, int]],
    frame_at: Callable[[int, int], Frame | None],
    ctx: Context,
) -> Pair | None:
    """A direction or outcome word of ``text`` flipped, on the clause ``frame_at`` cuts around it."""
    for match in m.ANTONYM_PATTERN.finditer(text):
        word = match.group(1)
        if any(s <= match.start() < e for s, e in fact_spans):
            continue
        if text[: match.start()].count('"') % 2 or re.match(r"\s+to\b", text[match.end() :]):
            continue  # words inside a quotation, or a fixed phrase ("opposed to"), stay as written
        if re.search(r"\b(?:the|a|an|its|their|his|her)\s+$", text[: match.start()], re.I) and (
            word.casefold().endswith("ed")
        ):
            continue  # "the advanced elements": a participle used as an adjective
        other = m.ANTONYMS[word.casefold()]
        if re.search(rf"\b{other}\b", text, re.IGNORECASE):
            continue  # "before and after": a flip would still be true
        if re.search(
            r"\b(?:to|would|could|will|did|does|do|can|may|might|should|must|not)\s+$",
            text[: match.start()],
            re.IGNORECASE,
        ):
            continue  # "would defeat Lesnar": a verb, and "victory" is no verb
        if _aside(ctx, match.start(), word):
            continue  # "Faced with imminent defeat, ...", "the anniversary of the victory"
        if re.match(r"\s+(?:over|against)\b", text[match.end() :]) and word.casefold() in (
            "victory",
            "defeat",
        ):
            continue  # "his victory over Triple H": "his defeat over" is no English
        if _COLLOCATE.search(text[: match.start()]):
            continue  # "gained victory": "gained defeat" is no English, the verb picks the noun
        if ctx.words[other.casefold()] <= -LEAN_LIMIT:
            continue  # "lost" already in that many more REFUTES claims: it would mark the label
        if word.casefold() in ("successful", "unsuccessful") and _SOME.search(
            text[: match.start()]
        ):
            continue  # "several unsuccessful attacks" do not rule out successful ones
        other = other.capitalize() if word[0].isupper() else other
        frame = frame_at(match.start(), match.end())
        if frame is None or len(frame.text.split()) < MIN_CLAIM_WORDS:
            continue
        if word.casefold() in _COMPASS and not _LIES.search(frame.text[: frame.start]):
            # "retook territory in the north", "took up positions in the west": an event
            # may happen in several places; only where a thing lies has one direction
            ctx.dropped["antonym_direction_of_an_event"] += 1
            continue
        if word.casefold() in ("won", "lost") and (
            not _ONE_CONTEST.search(frame.text) or _COUNTED.search(frame.text[frame.end :])
        ):
            # "won the Royal Rumble": held every year, it may have been lost in another;
            # "won 5 seats" is no "lost 5 seats"
            ctx.dropped["antonym_of_a_recurring_contest"] += 1
            continue
        if word.casefold() in _CHANGES and not (
            WHEN.search(frame.text) or _SPAN.search(frame.text)
        ):
            # "Gun attacks increased": over which time? They may have fallen over another
            ctx.dropped["antonym_change_without_time"] += 1
            continue
        false = frame.replace(other).text
        if ctx.index.is_sentence(false) or ctx.index.states(false, other) is not None:
            ctx.dropped["antonym_true_elsewhere"] += 1
            continue
        negated = _negated_opposite(frame, match.start(), other, ctx)
        if negated is not None:
            return Pair("antonym", negated, false, word, other, "negated")
        return Pair("antonym", frame.text, false, word, other, "clause")
    return None


# the base form of a verb of the table, for "did not accept"; not "win" and "lose": one
# may win a contest and lose it again within the same year
_BASE = {
    "rejected": "reject",
    "accepted": "accept",
    "decreased": "decrease",
    "increased": "increase",
}
# words of a change, which holds over a stretch of time the claim must say
_CHANGES = frozenset(
    w
    for w in m.ANTONYMS
    if re.fullmatch(r"(?:in|de)creas\w*|ris\w*|rose|fall\w*|fell|grow\w*|grew|declin\w*", w)
)
# a time a claim is pinned to besides a date: "between ... and", "after ..."
_SPAN = re.compile(r"\b(?:after|before|since|until|during|between)\b", re.IGNORECASE)
_BE_OR_HAVE = re.compile(r"\b(?:is|are|was|were|has|have|had)\s+$", re.IGNORECASE)
# what a win or a loss is pinned to: a year, or a battle or war, which happen once; a
# title, a yearly tournament or an election without one may be won one year and lost another
_ONE_CONTEST = re.compile(r"\b[12]\d{3}\b|\b(?:battle|war)\b", re.IGNORECASE)
# a count won or lost ("won 5 seats", "lost 1,500 soldiers"), or wins counted
_COUNTED = re.compile(r"^\s+(?:[\w-]+\s+)?\d|\b(?:occasions|times)\b", re.IGNORECASE)


def _token_at(parsed: Parsed, at: int) -> Token | None:
    """The token that starts at character ``at``."""
    return next((t for t in parsed.tokens if t.start == at), None)


def _aside(ctx: Context, at: int, word: str) -> bool:
    """Whether the word at ``at`` is inside a fronted or adverbial clause ("Faced with
    imminent defeat, he withdrew") or an outcome named inside another noun ("the
    anniversary of the Armenian victory"): flipped, the clause no longer fits the rest."""
    parsed = ctx.parsed
    if parsed is None:
        return False
    token = _token_at(parsed, at)
    if token is None:
        return False
    chain = parsed.ancestors(token)
    if any(t.dep == "advcl" for t in chain[1:]):
        return True
    head = parsed.tokens[token.head]
    return (
        word.casefold() in ("victory", "defeat")
        and head.text.casefold() == "of"
        and parsed.tokens[head.head].pos == "NOUN"
    )


def _negated_opposite(frame: Frame, at: int, other: str, ctx: Context) -> str | None:
    """The SUPPORTS claim said with the opposite word negated, so that "not" is as often
    in SUPPORTS claims as in REFUTES ones: "the Soviet rejected the demands" as "the Soviet
    did not accept the demands", "was unsuccessful" as "was not successful", "was rejected"
    as "was not accepted". Only while SUPPORTS claims carry no more negation cues than
    REFUTES claims; None where the word is no verb of the table or adjective after "was"."""
    if ctx.cues["SUPPORTS"] > ctx.cues["REFUTES"] or ctx.parsed is None:
        return None
    if NEGATION_CUES.search(frame.text) or SCOPED.search(frame.text):
        return None  # "did not reject both": the scope of "not" changes with such words
    word = frame.fact.casefold()
    before = frame.text[: frame.start]
    if "," in before or SUBORDINATE.search(before):
        return None  # "an evacuation, which was not rejected": a clause inside the claim
    if word == f"un{other.casefold()}" and _BE_OR_HAVE.search(before):
        return frame.replace(f"not {other}").text  # "was not successful"
    if other.casefold() not in _BASE:
        return None
    if _BE_OR_HAVE.search(before):
        # "was not accepted", "had not lost" (the clause may be the sentence in the passive)
        return frame.replace(f"not {other}").text
    token = _token_at(ctx.parsed, at)
    if (
        token is not None
        and token.tag == "VBD"
        and token.dep == "ROOT"
        and not re.search(r"\b(?:did|does|do)\s+$", before)
        and ctx.cues["SUPPORTS do"] <= ctx.cues["REFUTES do"]
    ):
        # "did not accept": only while REFUTES claims hold as many "did not"
        return frame.replace(f"did not {_BASE[other.casefold()]}").text
    return None
