"""Who "him", "his" or "her" is on a person's page: the page's person, where nobody else can be.

A cut keeps a clause and drops the sentences around it; a pronoun outside the
subject then points at nothing the claim names ("Washington appointed him").
On a person's page, after the lead, where no other person is named in the
sentence or the one before, it can only be the page's person, and is said by
name.
"""

from __future__ import annotations

from fever_builder.analysis.records import Parsed, Token
from fever_builder.claims.clause_text import Reworded
from fever_builder.claims.reference import PageSubject
from fever_builder.claims.vague import PERSONAL

# a person's pronouns outside the subject, by the page's pronoun, with the tag each needs
# ("" for either: "her" is an object and an owner)
_OBJECT_FORMS = {"he": {"him": "PRP", "his": "PRP$"}, "she": {"her": ""}}
# any form of "he" or "she": a subject that holds one may be what a later one points to
_PERSON_FORMS = PERSONAL | {"himself", "herself"}
# the arcs that join the words of one name ("George Washington")
_NAME_PARTS = frozenset({"compound", "flat"})


def person_said(
    parsed: Parsed,
    order: list[int | str],
    subject: list[int],
    page: PageSubject,
    position: int,
) -> list[int | str]:
    """``order`` with the page's own person, where a kept "him", "his" or "her" outside the
    subject can only be them, said by name: "Washington appointed him a commissioner" on
    Christopher Gore's page as "Washington appointed Christopher Gore a commissioner",
    "Historians criticize his choice" on Nero's as "Historians criticize Nero's choice".

    Only after the lead, with no other person named in the sentence before (a plural
    noun is nobody "him" can be) and none at all in the one before. A subject that holds a
    person's pronoun, and the page's own name anywhere in the claim, may be what the
    pronoun points to, and are left to be read so; so is any name in the subject for "his"
    or "her". The one person a pronoun object cannot be is the name that is its own verb's
    subject ("Washington appointed him": not Washington; "Washington's son appointed him"
    may be Washington), which then is no rival."""
    forms = _OBJECT_FORMS.get(page.pronoun or "")
    if not page.person or forms is None or page.lead is None or page.lead >= position:
        return order
    if position not in page.parsed or position - 1 not in page.parsed:
        return order
    if page.people.get(position - 1):
        return order  # "Gore recommended Jay. Washington appointed him": Jay, or Gore?
    tokens = parsed.tokens
    said = {i for i in order if isinstance(i, int)}
    if any(tokens[i].text.casefold() in _PERSON_FORMS for i in subject):
        return order
    own = set(page.name.split()) | set(page.short.split())
    if any(tokens[i].pos == "PROPN" and tokens[i].text in own for i in said):
        return order  # "WWE filed an injunction against Lesnar to stop him": him is Lesnar
    # a name in the subject, of any type, may be whose "his" is ("Plutarch mentions Nero in
    # his account")
    named_subject = any(tokens[i].pos == "PROPN" for i in subject)
    plural = {t.start for t in tokens if t.tag in ("NNS", "NNPS")}
    others = [o for o in page.people.get(position, ()) if o not in plural]
    head = _head_name(parsed, subject)
    subject_verb = _verb_above(parsed, tokens[subject[0]]) if subject else None
    for i in sorted(said - set(subject)):
        token = tokens[i]
        word = token.text.casefold()
        if word not in forms or (forms[word] and token.tag != forms[word]):
            continue
        owner = token.tag == "PRP$"
        if owner and named_subject:
            continue
        rivals = others
        if not owner and head is not None and _verb_above(parsed, token) is subject_verb:
            rivals = [o for o in rivals if not head[0] <= o < head[1]]
        if rivals:
            continue
        name = page.name + ("'s" if owner else "")
        # said in the pronoun's place: the claim still says what the token said
        order = [Reworded(name, i) if j == i else j for j in order]
    return order


def _head_name(parsed: Parsed, subject: list[int]) -> tuple[int, int] | None:
    """The characters of the subject's head and the words of its name ("George Washington"
    of "George Washington"; "son" of "Washington's son"), or None."""
    inside = set(subject)
    heads = [parsed.tokens[i] for i in subject if parsed.tokens[i].head not in inside]
    if len(heads) != 1:
        return None
    head = heads[0]
    name = [head, *(c for c in parsed.children(head.i) if c.dep in _NAME_PARTS)]
    return min(t.start for t in name), max(t.end for t in name)


def _verb_above(parsed: Parsed, token: Token) -> Token | None:
    """The nearest verb or auxiliary above ``token`` (not the token itself)."""
    for above in parsed.ancestors(token)[1:]:
        if above.pos in ("VERB", "AUX"):
            return above
    return None
