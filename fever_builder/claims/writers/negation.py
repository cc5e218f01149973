"""Plain negation pairs: "X was appointed" against "X was not appointed", or a negation taken out."""

from __future__ import annotations

import re
from collections.abc import Callable

from fever_builder.analysis.records import Parsed
from fever_builder.claims.clauses import root, set_off
from fever_builder.claims.context import Context, Pair
from fever_builder.claims.frames import Frame
from fever_builder.claims.negate import negate, remove_negation

# what makes a clause's negation depend on more than the clause
_NOT_PLAIN = re.compile(
    r"[\"“”]|\b(?:as|because|since|although|though|while|whereas|contrary|despite|with|without|"
    r"unless|if|than|alone|but|so|that|which|who|when|until)\b|\b(?:un|in|im|dis)[a-z]{4,}\b",
    re.IGNORECASE,
)


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
    # only where an auxiliary takes "not": "did not supply" for "supplied" would give the
    # REFUTES claim a word its evidence lacks, and a word-overlap rule the label
    negated = negate(frame.text, avoid=(0, 0), plain=True)
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
# what a verb's claim holds besides its subject: an object, complement or phrase
_COMPLEMENTS = frozenset(
    {"dobj", "attr", "acomp", "prep", "agent", "dative", "oprd", "xcomp", "ccomp", "prt"}
)
# what a noun may lose in a cut and still say which thing it is: an aside
_ASIDES = frozenset({"punct", "appos", "cc", "conj"})


def _cut_short(parsed: Parsed, kept: set[int]) -> str | None:
    """Why the main clause, as cut, is no claim to deny; None when it is one.

    "The Association was formed" says nothing its negation could be read against
    ("bare_predicate"); "became concerned about a rise" of "a rise in anti-lawyer
    sentiment" lost what says which rise ("phrase_cut"), and so did a list cut to one of
    its members. An aside (an appositive, a clause set off by a comma or brackets) may go.
    """
    for i in kept:
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
    for child in parsed.children(top.i):
        if child.dep == "advcl" and child.i not in kept and not set_off(parsed, child):
            if not any(c.dep == "mark" for c in parsed.children(child.i)):
                return "phrase_cut"  # "aid to war torn Somalis": a word the parse split off
    for i in kept:
        token = parsed.tokens[i]
        if token.pos not in ("NOUN", "PROPN", "NUM", "PRON"):
            continue
        for child in parsed.children(i):
            if child.i in kept or set_off(parsed, child) or set_off(parsed, child, ("(",)):
                continue
            if child.dep == "conj" or child.dep not in _ASIDES:
                return "phrase_cut"
    return None
