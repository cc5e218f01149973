"""Active clauses turned passive: "Armenian forces captured the district" as "The district
was captured by Armenian forces".

Both claims of a pair are cut with the same voice, so the rewording says
nothing about the label; it only makes the claim less of a copy of its
evidence. Only a plain past tense of a regular verb is turned (its participle
is the same word), with a written subject and a noun object, and nothing
(a second object, a clause) that would have to move with them.
"""

from __future__ import annotations

from fever_builder.analysis.records import Parsed, Token

# verbs of a state or a relation, whose passive reads as a doer that is not there
STATIVE = frozenset(
    {
        "include",
        "contain",
        "comprise",
        "involve",
        "need",
        "require",
        "lack",
        "resemble",
        "cost",
        "concern",
        "equal",
        "number",
        "total",
        "exceed",
        "own",
        "possess",
        "remain",
        "reach",
        "border",
        "mark",
        "feature",
        "last",
        "weigh",
        "measure",
        "follow",
        "precede",
    }
)
# verbs whose participle after "was" reads as a state held over time ("was occupied in
# 1920": still occupied, or newly?), so a date on the passive is no longer an event's
HELD = frozenset(
    {"occupy", "control", "hold", "surround", "inhabit", "populate", "dominate", "cover", "govern"}
)
# verbs of two who do a thing together: "Rena Greek was married by Lesnar" reads as Lesnar
# leading the ceremony
MUTUAL = frozenset(
    {"marry", "wed", "divorce", "meet", "date", "befriend", "partner", "engage", "wrestle"}
)
# complements that would be left dangling by the move
_BLOCKING = frozenset(
    {"aux", "auxpass", "neg", "dative", "ccomp", "xcomp", "oprd", "attr", "acomp"}
)


def passive(
    parsed: Parsed, order: list[int | str], clause: Token
) -> tuple[list[int | str], list[int]] | None:
    """``order`` (the kept tokens of the clause headed by ``clause``) in the passive voice, and
    its new subject (the object's tokens); None when the clause does not turn."""
    if clause.tag != "VBD" or not clause.text.endswith("ed") or clause.dep not in ("ROOT", "conj"):
        return None
    if clause.lemma in STATIVE or clause.lemma in HELD or clause.lemma in MUTUAL:
        return None  # "the recruitment was included by ...": a state has no doer
    if any(isinstance(i, str) for i in order):
        return None
    tokens = parsed.tokens
    kept = [i for i in order if isinstance(i, int)]
    children = [tokens[i] for i in kept if tokens[i].head == clause.i and i != clause.i]
    if any(c.dep in _BLOCKING for c in children):
        return None
    subject = _subject(parsed, kept, clause)
    objects = [c for c in children if c.dep == "dobj"]
    if subject is None or len(objects) != 1:
        return None
    obj = objects[0]
    if obj.pos not in ("NOUN", "PROPN") or subject.pos not in ("NOUN", "PROPN"):
        return None  # pronouns would need another case ("him", "them")
    if obj.pos == "NOUN" and not any(
        tokens[i].head == obj.i and tokens[i].dep in ("det", "poss", "nummod") for i in kept
    ):
        return None  # "assumed power", "received orders": a fixed phrase, not a thing acted on
    subject_ids = [i for i in kept if parsed.dominates(subject, parsed.tokens[i])]
    object_ids = [i for i in kept if parsed.dominates(obj, parsed.tokens[i])]
    if not _contiguous(subject_ids) or not _contiguous(object_ids):
        return None
    before = [i for i in kept if i < subject_ids[0]]
    between = [i for i in kept if subject_ids[-1] < i < clause.i]
    after = [i for i in kept if i > clause.i and i not in object_ids]
    particles = [i for i in after if tokens[i].dep == "prt" and tokens[i].head == clause.i]
    rest = [i for i in after if i not in particles]
    if any(tokens[i].text.casefold() == "as" and tokens[i].head == clause.i for i in rest):
        return None  # "cited Hall's involvement as fortunate": "as" belongs next to its object
    if any(tokens[i].dep == "advcl" for i in rest):
        return None  # "..., gaining control": after "by X" it would seem to be X's doing
    if any(tokens[i].tag == "VBG" and tokens[i].dep in ("pcomp", "xcomp") for i in rest):
        return None  # "was defeated by Lesnar after executing": the executing was Lesnar's
    plural = obj.tag in ("NNS", "NNPS") or any(
        tokens[i].dep == "conj" and tokens[i].head == obj.i for i in object_ids
    )
    comma = (
        [","] if before and parsed.text[tokens[before[-1]].end :].lstrip().startswith(",") else []
    )
    return [
        *before,
        *comma,
        *object_ids,
        "were" if plural else "was",
        *between,
        clause.i,
        *particles,
        "by",
        *subject_ids,
        *rest,
    ], object_ids


def _subject(parsed: Parsed, kept: list[int], clause: Token) -> Token | None:
    own = [parsed.tokens[i] for i in kept if parsed.tokens[i].head == clause.i]
    subject = next((t for t in own if t.dep == "nsubj"), None)
    if subject is None and clause.dep == "conj":
        head = clause.head
        subject = next(
            (
                parsed.tokens[i]
                for i in kept
                if parsed.tokens[i].head == head and parsed.tokens[i].dep == "nsubj"
            ),
            None,
        )
    return subject


def _contiguous(ids: list[int]) -> bool:
    return bool(ids) and ids == list(range(ids[0], ids[0] + len(ids)))
