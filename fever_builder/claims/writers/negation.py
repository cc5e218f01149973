"""Plain negation pairs: "X was appointed" against "X was not appointed", or a negation taken out."""

from __future__ import annotations

import re
from collections.abc import Callable

from fever_builder.analysis.records import Parsed, Token
from fever_builder.claims.choose import STATIVE
from fever_builder.claims.clauses import root, set_off
from fever_builder.claims.context import Context, Pair
from fever_builder.claims.cut import COMPLEMENTS
from fever_builder.claims.frames import Frame
from fever_builder.claims.negate import negate, negate_parsed_verb, remove_negation

# what makes a clause's negation depend on more than the clause
_NOT_PLAIN = re.compile(
    r"[\"“”]|\b(?:as|because|since|although|though|while|whereas|contrary|despite|with|without|"
    r"unless|if|than|alone|but|so|that|which|who|when|until)\b|\b(?:un|in|im|dis)[a-z]{4,}\b",
    re.IGNORECASE,
)


def _negate_main_verb(frame: Frame, ctx: Context) -> str | None:
    """The clause with its sentence's main verb negated with "do" ("did not capture"),
    when the verb has no auxiliary and no other verb is joined to it in the clause."""
    parsed = ctx.parsed
    if parsed is None:
        return None
    top = root(parsed)
    if top is None or top.pos != "VERB":
        return None
    return negate_parsed_verb(frame.text, parsed, top)


def plain_negation_pair(
    text: str,
    fact_spans: list[tuple[int, int]],
    frame_at: Callable[[int, int], Frame | None],
    ctx: Context,
) -> Pair | None:
    """ "X was appointed" against "X was not appointed", or a negation taken out.

    A negation is added only while REFUTES claims carry fewer negation cues
    than SUPPORTS claims, and taken out of sentences that have one, so "not"
    never marks a label. Only plain clauses: "not" next to a reason, a
    concession, a comparison, a quotation or a negative word ("not unable")
    makes a claim that contradicts itself.
    """
    if _NOT_PLAIN.search(text):
        return None
    frame = frame_at(0, 0)  # the main clause
    if frame is None:
        return None
    removed = remove_negation(text)
    if removed is not None:
        frame_text = frame.text
        positive = remove_negation(frame_text)
        if positive is not None and not ctx.index.is_sentence(positive):
            return Pair("negation", frame_text, positive, "not", "", "clause")
    if ctx.cues["REFUTES"] >= ctx.cues["SUPPORTS"]:
        return None  # never ahead in a shard: a build of a few pages stays balanced
    if ctx.parsed is not None:
        lost = _cut_short(ctx.parsed, set(frame.kept))
        if lost is not None:
            ctx.dropped[f"negation_{lost}"] += 1
            return None
    negated = negate(frame.text, avoid=(0, 0), plain=True)
    if negated is None and ctx.cues["REFUTES do"] < ctx.cues["SUPPORTS do"]:
        # "did not supply" for "supplied" says the verb as its evidence does not: only
        # while SUPPORTS claims hold more such "did not" (denials, negations taken out)
        negated = _negate_main_verb(frame, ctx)
    if negated is None or ctx.index.is_sentence(negated):
        return None
    if _MORE_THAN_ONE.search(negated.split(" not ", 1)[-1]):
        ctx.dropped["negation_over_a_list"] += 1
        return None
    return Pair("negation", frame.text, negated, "", "not", "clause")


# what the negation would reach more than one of: "is not a conservative and a supporter"
_MORE_THAN_ONE = re.compile(r"\b(?:and|or|nor|both|either)\b|[,;]")
# adverbs that tie a clause to what came before, or bound what "not" would deny
_LINKING = frozenset(
    {"nonetheless", "nevertheless", "however", "also", "still", "too", "thus", "therefore"}
    | {"then", "again", "instead", "meanwhile", "consequently", "subsequently", "eventually"}
    | {"finally", "later", "only", "even", "already", "yet", "soon", "further", "once"}
)
# verbs of a state, which holds over a time and not before or after it
_STATES = frozenset(
    {"be", "remain", "stay", "have", "hold", "own", "possess", "live", "lie", "control"}
    | {"occupy", "serve", "contain", "include", "consist", "belong", "rule", "govern", "lead"}
)
# prepositions and adverbs that say when without a date ("During the war", "by then")
_WHEN_WORDS = frozenset(
    {"by", "until", "till", "since", "then", "now", "still", "later", "after", "before"}
    | {"during", "from", "following", "throughout", "between", "today", "currently"}
    | {"formerly", "once", "previously", "initially", "originally", "when", "while"}
)
# what a verb's claim holds besides its subject: an object, complement or phrase
_COMPLEMENTS = COMPLEMENTS | {"prep", "dative", "prt"}
# what a noun may lose in a cut and still say which thing it is: an aside
_ASIDES = frozenset({"punct", "appos", "cc"})


def _said(parsed: Parsed, kept: set[int]) -> str:
    """The kept words, in order: what a pattern over the claim's words reads."""
    return " ".join(parsed.tokens[i].text for i in sorted(kept))


def _dates(parsed: Parsed, phrase: Token) -> bool:
    """Whether the phrase under ``phrase`` says when: a date, or "by", "until", "since"."""
    words = [t for t in parsed.tokens if parsed.dominates(phrase, t)]
    return phrase.text.casefold() in _WHEN_WORDS or any(
        e.label in ("DATE", "TIME") for t in words for e in parsed.entities_over(t.start, t.end)
    )


def _cut_short(parsed: Parsed, kept: set[int]) -> str | None:
    """Why the main clause, as cut, is no claim to deny; None when it is one.

    "The Association was formed" says nothing its negation could be read against
    ("bare_predicate"); "became concerned about a rise" of "a rise in anti-lawyer
    sentiment" lost what says which rise ("phrase_cut"), and so did a list cut to one of
    its members; a state lost the time it holds at ("state_out_of_time"). An aside (an
    appositive, a clause set off by a comma or brackets) may go, and so may an event's time
    ("Lesnar attacked Goldberg" is denied by one attack, whenever).
    """
    for i in sorted(kept):
        token = parsed.tokens[i]
        if token.dep == "advmod" and token.text.casefold() in _LINKING:
            return "pointing_back"  # "Gore nonetheless was strongly Federalist": despite what?
        if token.pos == "NUM" and not any(
            e.label == "DATE" for e in parsed.entities_over(token.start, token.end)
        ):
            return "figure"  # "made $6.8 million" of "in its first week": a count needs scope
    top = root(parsed)
    if top is None or top.i not in kept:
        return "bare_predicate"
    if not any(c.i in kept and c.dep in _COMPLEMENTS for c in parsed.children(top.i)):
        return "bare_predicate"
    state = top.lemma in _STATES or STATIVE.search(_said(parsed, kept)) is not None
    if state and any(
        child.i not in kept and _dates(parsed, child) for child in parsed.children(top.i)
    ):
        # "By 3 April, Armenian forces were in possession of Kalbajar": before then they
        # were not; a state is denied only at the time the sentence gives it
        return "state_out_of_time"
    for child in parsed.children(top.i):
        if child.dep == "advcl" and child.i not in kept and not set_off(parsed, child):
            if not any(c.dep == "mark" for c in parsed.children(child.i)):
                return "phrase_cut"  # "aid to war torn Somalis": a word the parse split off
    for i in sorted(kept):
        token = parsed.tokens[i]
        if token.pos not in ("NOUN", "PROPN", "NUM", "PRON"):
            continue
        for child in parsed.children(i):
            if child.i in kept or set_off(parsed, child) or set_off(parsed, child, ("(",)):
                continue
            if child.dep not in _ASIDES:
                return "phrase_cut"  # a modifier, or a member of a list, cut away
    return None
