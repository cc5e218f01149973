"""Plain negation pairs: "X was appointed" against "X was not appointed", or a negation taken out."""

from __future__ import annotations

import re
from collections.abc import Callable

from fever_builder.claims.context import Context, Pair
from fever_builder.claims.frames import Frame
from fever_builder.claims.negate import negate, negate_verb, remove_negation

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
    root = next((t for t in parsed.tokens if t.dep == "ROOT"), None)
    if root is None or root.pos != "VERB":
        return None
    arguments = parsed.children(root.i)
    if any(c.dep in ("aux", "auxpass", "neg", "prt") for c in arguments):
        return None  # "set up": the particle would part from its verb
    if any(c.dep == "conj" and c.pos == "VERB" and c.text in frame.text for c in arguments):
        return None  # "captured X and killed Y": "not" would reach one verb of two
    return negate_verb(frame.text, root.text, root.lemma, root.tag)


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
    negated = negate(frame.text, avoid=(0, 0), plain=True) or _negate_main_verb(frame, ctx)
    if negated is None or ctx.index.is_sentence(negated):
        return None
    return Pair("negation", frame.text, negated, "", "not", "clause")
