"""A person the claim's sentence names by surname alone, named in full as claims people
write do ("Huseynov retreated" as "Surat Huseynov retreated").

The full name comes from the same page, and only when the page names one
person of that surname and the analysis takes both for a person; the first
sentence that names them joins the evidence, since the claim's own sentence
does not say who "Huseynov" is. The page's own person needs no such sentence:
an evidence sentence is read with its page, whose title names them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from fever_builder.claims.context import Pair
from fever_builder.claims.reference import PageSubject
from fever_builder.corpus import Page, Sentence
from fever_builder.facts.entities import Lexicon
from fever_builder.facts.name_types import NameTypes


def full_names(page: Page, types: NameTypes, lexicon: Lexicon) -> dict[str, tuple[str, Sentence]]:
    """Surname -> (full name, the page's first sentence holding it), for surnames one
    person of the page carries and that are surnames at all ("Armenian" in "Karabakh
    Armenian" and "Hill" in "Shishgaya Hill" are not)."""
    by_surname: dict[str, set[str]] = {}
    for person in types.people:
        parts = person.split()
        if len(parts) >= 2:
            by_surname.setdefault(parts[-1], set()).add(person)
    named: dict[str, tuple[str, Sentence]] = {}
    for surname, fulls in sorted(by_surname.items()):
        on_page = {
            full: next((s for s in page.sentences if full in s.text), None)
            for full in sorted(fulls)
        }
        present = [(full, s) for full, s in on_page.items() if s is not None]
        if len(present) == 1 and _a_persons(surname, present[0][0], types, lexicon):
            named[surname] = present[0]  # type: ignore[assignment]
    return named


def _a_persons(surname: str, full: str, types: NameTypes, lexicon: Lexicon) -> bool:
    return (
        types.type_of(surname) == types.type_of(full) == "person"
        and types.label_of(full) == "PERSON"
        and (types.label_of(surname) == "PERSON" or types.sure(surname))
        and types.label_of(surname) != "NORP"
        and not lexicon.is_common(surname)
        and not any(ch.isdigit() for ch in full)
    )


def in_full(
    pair: Pair,
    naming: Sequence[Sentence],
    sentence: Sentence,
    names: dict[str, tuple[str, Sentence]],
    *,
    max_words: int,
    own: str | None = None,
) -> tuple[Pair, list[Sentence]]:
    """Both claims with the surnames they share (not the changed fact) in full, and the
    sentences naming those people added to ``naming``; not for the page's ``own`` person,
    whom the evidence's page names.

    Not a surname already after a capitalised word ("Heydar Aliyev") or before one (the
    park of "Rizal Park" is not "José Rizal Park"), not one the claim's own sentence
    gives in full, and only while the claim stays short.
    """
    naming = list(naming)
    for surname, (full, first) in names.items():
        alone = re.compile(rf"(?<![A-Z][\w’'-] )(?<![\w’'-])\b{re.escape(surname)}\b(?! [A-Z])")
        count = len(alone.findall(pair.supports))
        if not count or count != len(alone.findall(pair.refutes)) or full in sentence.text:
            continue
        if first.id == sentence.id:
            continue
        supports = alone.sub(full, pair.supports)
        if len(supports.split()) > max_words:
            continue
        pair = replace(pair, supports=supports, refutes=alone.sub(full, pair.refutes))
        if full != own:
            naming = sorted({s.id: s for s in (*naming, first)}.values(), key=lambda s: s.id)
    return pair, naming


def page_person_in_full(
    pair: Pair,
    subject: PageSubject | None,
    *,
    max_words: int,
    namesakes: Collection[str] = (),
) -> Pair:
    """Both claims opening with the surname the page calls its own person by, with the
    name its title gives instead ("Lesnar won" as "Brock Lesnar won").

    Claims people write say in full whom they are about; the evidence's page is
    that person's, so no sentence joins the evidence (another person's full
    name, above, needs the sentence that gives it). Not where the page names
    ``namesakes``, other people of that surname ("Pierre Curie" on Marie Curie's page).
    """
    if subject is None or subject.short == subject.name:
        return pair
    if subject.name.split()[-1] != subject.short:
        return pair  # a thing's short name ("The Zrinski Battalion"), not a surname
    opening = re.compile(rf"{re.escape(subject.short)}(?=['’]s\b| [a-z])")
    if not (opening.match(pair.supports) and opening.match(pair.refutes)):
        return pair
    if namesakes:
        return pair  # another person of the page may be meant
    supports = opening.sub(subject.name, pair.supports, count=1)
    if len(supports.split()) > max_words:
        return pair
    return replace(
        pair, supports=supports, refutes=opening.sub(subject.name, pair.refutes, count=1)
    )


def namesakes(page: Page, subject: PageSubject | None, types: NameTypes) -> tuple[str, ...]:
    """The people the page names in full, in two sentences or more, who share its own
    person's surname ("Pierre Curie" on Marie Curie's page; a parent named once where the
    early life is told is no rival), not the person in a longer form ("Brock Edward
    Lesnar", 'Benjamin Paul "Ben" Amos')."""
    if subject is None or subject.short == subject.name:
        return ()
    own = set(re.findall(r"\w+", subject.name))
    return tuple(
        p
        for p in types.people
        if p.split()[-1] == subject.short
        and not own <= set(re.findall(r"\w+", p))
        and sum(p in s.text for s in page.sentences) >= 2
    )
