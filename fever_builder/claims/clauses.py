"""Which clause holds a fact: a verb whose clause can stand alone as a claim and that
the sentence asserts (not a condition, not what was said or planned)."""

from __future__ import annotations

from fever_builder.analysis.records import Parsed, Token
from fever_builder.claims.clause_text import FINITE_TAGS, has_subject

# subordinate clauses whose content the sentence asserts ("when X fell, ...")
ASSERTED_MARKS = frozenset(
    {"when", "after", "before", "because", "although", "though", "while", "as", "once", "whereas"}
)
# a clause under these is not asserted: dropping the condition changes the claim
CONDITIONS = frozenset({"if", "unless", "whether", "lest"})
RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})
# what sets off an aside: before it, a comma (or a bracket or a dash)
ASIDE_MARKS = (",", "(", "–", "—")


def set_off(parsed: Parsed, token: Token, marks: tuple[str, ...] = (",",)) -> bool:
    """Whether the phrase under ``token`` follows one of ``marks`` (a non-restrictive aside)."""
    first = min(t.i for t in parsed.tokens if parsed.dominates(token, t))
    return follows(parsed, first, marks)


def follows(parsed: Parsed, first: int, marks: tuple[str, ...]) -> bool:
    """Whether the token before position ``first`` is one of ``marks``."""
    return first > 0 and parsed.tokens[first - 1].text in marks


def in_brackets(parsed: Parsed, token: Token) -> bool:
    before = parsed.text[: token.start]
    return before.count("(") > before.count(")")


def root(parsed: Parsed) -> Token | None:
    return next((t for t in parsed.tokens if t.dep == "ROOT"), None)


def is_clause_head(parsed: Parsed, token: Token) -> bool:
    """A verb whose clause can stand alone as a claim."""
    if token.pos not in ("VERB", "AUX"):
        return False
    if token.dep == "ROOT":
        return has_subject(parsed, token)
    if token.dep == "conj":
        head = parsed.tokens[token.head]
        return head.pos in ("VERB", "AUX") and (
            has_subject(parsed, token) or has_subject(parsed, head)
        )
    if token.dep == "advcl":
        marks = [t.text.casefold() for t in parsed.children(token.i) if t.dep == "mark"]
        return has_subject(parsed, token) and bool(marks) and marks[0] in ASSERTED_MARKS
    if token.dep == "parataxis" or in_brackets(parsed, token):
        # "(Armenia declared its independence on 23 August 1990)": a sentence of its own
        return has_subject(parsed, token)
    if token.dep == "relcl":
        antecedent = parsed.tokens[token.head]
        return (
            any(
                t.dep in ("nsubj", "nsubjpass") and t.text.casefold() in RELATIVE_SUBJECTS
                for t in parsed.children(token.i)
            )
            and (antecedent.pos == "PROPN" or set_off(parsed, token))
            and not _antecedent_in_doubt(parsed, antecedent)
        )
    return False


def _antecedent_in_doubt(parsed: Parsed, antecedent: Token) -> bool:
    """Whether a relative clause may belong to another noun than the one the parse hangs it
    on: its antecedent is the object of a preposition that describes a noun ("the region of
    Goranboy, north of Nagorno-Karabakh, which was defended ..."; "a village in Kalbajar,
    which ..."). "The city of Lachin, which": an "of" after a determined noun names it."""
    if antecedent.dep != "pobj":
        return False
    preposition = parsed.tokens[antecedent.head]
    # the noun the phrase hangs on, or follows where the parse hangs it on the verb
    # ("attacked a village in Kalbajar, which")
    before = parsed.tokens[preposition.i - 1] if preposition.i else preposition
    described = parsed.tokens[preposition.head]
    if described.pos in ("VERB", "AUX") and before.pos not in ("NOUN", "PROPN"):
        return False  # "was born in Baku, which": the phrase describes an event
    if described.pos in ("VERB", "AUX"):
        described = before
    naming = preposition.text.casefold() == "of" and described.pos == "NOUN"
    return not (naming and any(c.dep == "det" for c in parsed.children(described.i)))


def asserted(parsed: Parsed, clause: Token) -> bool:
    """Whether the sentence asserts the clause: every clause above it is a main clause, a
    conjoined one or one the sentence asserts ("when X fell"); not what was proposed,
    said or planned ("a proposal stipulated that as forces withdrew ...")."""
    for above in parsed.ancestors(clause)[1:]:
        if above.dep in ("ROOT", "conj", "parataxis"):
            continue
        if above.dep == "advcl" and is_clause_head(parsed, above):
            continue
        if above.dep == "relcl" and is_clause_head(parsed, above):
            continue
        if above.pos not in ("VERB", "AUX"):
            continue  # a noun or preposition on the way up: the verb above decides
        return False
    return True


def is_condition(parsed: Parsed, token: Token) -> bool:
    return any(
        t.dep == "mark" and t.text.casefold() in CONDITIONS for t in parsed.children(token.i)
    )


def shared_subject(parsed: Parsed, verb: Token) -> Token | None:
    """The subject a conjoined verb shares with the verb it is joined to."""
    head = parsed.tokens[verb.head]
    return next((t for t in parsed.children(head.i) if t.dep in ("nsubj", "nsubjpass")), None)


def finite_auxiliary(parsed: Parsed, verb: Token) -> Token | None:
    """The finite auxiliary a conjoined participle shares ("was captured and burned")."""
    head = parsed.tokens[verb.head]
    if verb.dep != "conj" or verb.tag not in ("VBN", "VBG"):
        return None
    return next(
        (
            t
            for t in parsed.tokens
            if t.head == head.i and t.dep in ("aux", "auxpass") and t.tag in FINITE_TAGS
        ),
        None,
    )


# brackets whose inside a cut drops unless the fact is there
OPENING = {"(": ")", "[": "]"}


def parenthesised(parsed: Parsed, path: set[int]) -> set[int]:
    """Tokens inside brackets (and the brackets), unless the fact's path runs through them."""
    blocked: set[int] = set()
    depth = 0
    inside: list[int] = []
    for token in parsed.tokens:
        if token.text in OPENING:
            depth += 1
        if depth:
            inside.append(token.i)
        if token.text in OPENING.values() and depth:
            depth -= 1
            if not depth:
                if not path & set(inside):
                    blocked.update(inside)
                inside = []
    return blocked
