"""Atomic claims from the parse: the one clause that holds a fact, its subject made explicit.

From a sentence's dependency parse, the clause around a fact is kept with what
it needs to be a sentence (subject, verb, auxiliaries, negation, objects and
complements, the path down to the fact) and what it does not need is dropped:
adjuncts, appositives, non-restrictive relative clauses, parentheticals,
other clauses. Every cut keeps the clause true when the sentence is; a cut
that would not (a condition dropped, a quantifier lost) refuses the fact.

Two rewrites turn a part of the sentence into a clause of its own: a relative
clause on a name ("Sargsyan, who was a member of the committee" gives
"Sargsyan was a member of the committee") and an appositive on a name
("Huseynov, an Azerbaijani commander" gives "Huseynov was an Azerbaijani
commander"), in the tense of the sentence's main verb.
"""

from __future__ import annotations

from collections import Counter

from fever_builder.analysis.records import Parsed, Token
from fever_builder.claims import voice
from fever_builder.claims.clause_text import (
    FINITE_TAGS,
    SUBJECTS,
    render,
    slip,
    subject_first,
)
from fever_builder.claims.clauses import (
    asserted,
    finite_auxiliary,
    is_clause_head,
    is_condition,
    parenthesised,
    root,
    set_off,
    shared_subject,
)
from fever_builder.claims.cut import SCOPED_MAX_WORDS, Cut
from fever_builder.claims.frames import Frame
from fever_builder.claims.pronouns import person_said
from fever_builder.claims.reference import PageSubject
from fever_builder.claims.synonyms import reword_verbs
from fever_builder.claims.vague import named_instead, said_by_name, unclear


def atomic_frame(
    parsed: Parsed,
    start: int,
    end: int,
    *,
    passive: bool = False,
    tight: bool = False,
    dropped: Counter[str] | None = None,
    page: PageSubject | None = None,
    position: int | None = None,
) -> Frame | None:
    """The clause of ``parsed`` that holds the characters ``[start, end)``, cut to one fact.

    None when the parse gives no clean clause: no subject or finite verb
    above the fact, a fact under a condition, a slip of the parse the cut
    would show, or a fact the cut would split; the reason is counted in
    ``dropped`` as ``clause_<reason>``. With the ``page``'s own thing and the
    sentence's ``position`` in it, "the film" on its page is said by its name, or left to
    the caller as the subject.
    """

    def refused(reason: str) -> None:
        if dropped is not None:
            dropped[f"clause_{reason}"] += 1

    tokens = parsed.tokens
    fact = parsed.tokens_in(start, end) if end > start else ()
    head = parsed.head_of(start, end) if fact else root(parsed)
    if head is None:
        return refused("no_head")
    chain = parsed.ancestors(head)
    clause = next((t for t in chain if is_clause_head(parsed, t) and asserted(parsed, t)), None)
    below = chain[: chain.index(clause)] if clause is not None else chain
    if fact and any(t.dep == "appos" for t in below):
        # "Huseynov, an Azerbaijani commander, retreated": the fact is in the description
        clause = None
    if clause is None:
        made = _appositive(parsed, chain, fact) if fact else None
        if made is None:
            return refused("no_clause_above_the_fact")
        return render(parsed, made[0], start, end, fact, made[1]) or refused("fact_split")
    path = {t.i for f in (fact or (head,)) for t in parsed.ancestors(f)}
    path = {i for i in path if parsed.dominates(clause, tokens[i])}
    if any(is_condition(parsed, t) for t in chain[: chain.index(clause)]):
        return refused("under_a_condition")
    cut = Cut(parsed, path, parenthesised(parsed, path))
    cut.tight = tight
    cut.top = clause.i
    cut.measured = {t.head for t in fact if t.dep in ("nummod", "quantmod")} | {t.i for t in fact}
    cut.scoped = any(t.pos == "NUM" for t in fact) and not any(
        e.label in ("DATE", "TIME", "ORDINAL") for e in parsed.entities_over(start, end)
    )
    cut.verb(clause)
    if any(is_condition(parsed, c) for c in parsed.children(clause.i)):
        return refused("under_a_condition")  # "X would attack if Y"
    if cut.lost_scope():
        return refused("figure_out_of_scope")  # "1,500 died" of "1,500 died in this attack alone"
    if cut.scoped and not _anchored(parsed, cut.kept, cut.measured, page):
        return refused("figure_unanchored")  # "Four Azerbaijani youths died": when, where?
    if _attributed(parsed, chain[chain.index(clause) :], cut.kept):
        return refused("attributed")  # "According to de Waal, the side lost 2000 men"
    kept = cut.kept
    order: list[int | str] = sorted(kept)
    own = next((c for c in parsed.children(clause.i) if c.dep in SUBJECTS), None)
    subject = [i for i in sorted(kept) if own is not None and parsed.dominates(own, tokens[i])]
    if clause.dep == "relcl":
        relative = next(
            c for c in parsed.children(clause.i) if c.dep in ("nsubj", "nsubjpass") and c.i in kept
        )
        name = Cut(parsed, set(), {clause.i})
        name.phrase(tokens[clause.head])
        subject = sorted(name.kept)
        order = [*subject, *(i for i in sorted(kept) if i != relative.i)]
    elif own is None:
        shared = shared_subject(parsed, clause)
        if shared is None:
            return refused("no_subject")
        borrowed = Cut(parsed, set(), {clause.head})
        borrowed.phrase(shared)
        subject = sorted(borrowed.kept)
        order = sorted(borrowed.kept | kept)
        own = shared
    named = named_instead(parsed, own) if clause.dep != "relcl" else None
    if named is not None:  # "a Gibraltarian, José Key, was arrested" as "José Key was arrested"
        order = sorted({*(i for i in order if isinstance(i, int) and i not in subject), *named})
        subject = named
    if not any(tokens[i].tag in FINITE_TAGS for i in order if isinstance(i, int)):
        finite = finite_auxiliary(parsed, clause)
        if finite is None:
            return refused("no_finite_verb")
        order = sorted({*(i for i in order if isinstance(i, int)), finite.i})
    words = tuple(i for i in order if isinstance(i, int))
    key = ("slip", words, clause.i)
    if key not in parsed.memo:
        parsed.memo[key] = slip(parsed, list(words), clause)
    problem = parsed.memo[key]
    if problem is not None:
        return refused(problem)
    if passive:
        turned = voice.passive(parsed, order, clause)
        if turned is None:
            return refused("not_passive")
        order, subject = turned
    known: frozenset[str] = frozenset()
    if page is not None and page.called and position is not None:
        known = page.nouns  # "in promotion of American Beauty"
        order = said_by_name(parsed, order, subject, page, position)
    if page is not None and position is not None:
        order = person_said(parsed, order, subject, page, position)
    problem = unclear(
        parsed, [i for i in order if isinstance(i, int)], subject, clause, known=known
    )
    if problem is not None:
        return refused(problem)
    participle = clause.i if passive else None
    order = reword_verbs(parsed, order, keep={*subject, *cut.measured}, participle=participle)
    frame = render(parsed, subject_first(parsed, order, subject), start, end, fact, subject)
    if frame is not None and cut.kept_scope and len(frame.text.split()) > SCOPED_MAX_WORDS:
        return refused("figure_out_of_scope")  # kept whole, the figure's clause is too long
    return frame or refused("fact_split")


def _anchored(parsed: Parsed, kept: set[int], measured: set[int], page: PageSubject | None) -> bool:
    """Whether a figure's clause says what it is about: a name (not a nationality, nor
    one that only describes what is counted), a date, a pronoun or noun the page's own
    thing resolves. "Four Azerbaijani youths died" says neither when nor where, and any
    other count of youths may hold."""
    nouns = page.nouns if page is not None else frozenset()
    # the other things counted beside it, joined to it as a list
    listed = [
        c
        for m in measured
        if parsed.tokens[m].pos in ("NOUN", "PROPN")
        for c in parsed.children(m)
        if c.dep == "conj"
    ]
    for i in kept:
        token = parsed.tokens[i]
        labels = {e.label for e in parsed.entities_over(token.start, token.end)}
        # a name among what is counted ("3 tanks, four IFVs and a ZSU-23-4 Shilka tank")
        # says what, not when or where
        describes = (token.head in measured and token.dep in ("compound", "amod", "nmod")) or any(
            parsed.dominates(c, token) for c in listed
        )
        # a name on a plural noun says which side or kind ("The Azerbaijani forces",
        # "Islamic Jihad fighters"), however the parse labels it: not which occasion; a
        # place there says where ("four Stepanakert residents")
        sides = _on_a_plural(parsed, token) and not labels & {"GPE", "LOC", "FAC"}
        if token.pos == "PROPN" and labels != {"NORP"} and not describes and not sides:
            return True
        if "DATE" in labels or token.pos == "PRON" or token.text.casefold() in nouns:
            return True
    return False


def _on_a_plural(parsed: Parsed, token: Token) -> bool:
    """Whether ``token`` is (part of) a name that modifies a plural common noun."""
    while token.dep in ("compound", "flat") and parsed.tokens[token.head].pos == "PROPN":
        token = parsed.tokens[token.head]
    return token.dep in ("amod", "compound") and parsed.tokens[token.head].tag == "NNS"


def _attributed(parsed: Parsed, above: list[Token], kept: set[int]) -> bool:
    """Whether the clause, or one it stands in, is said on someone's word ("According to
    de Waal, ...") and the cut drops who said it: the claim would state a report as fact.
    An attribution that opens the sentence covers all of it, wherever the parse hangs it."""
    heads = {t.i for t in above}
    return any(
        t.dep == "prep"
        and t.lemma.casefold() == "accord"
        and (t.head in heads or t.i == 0)
        and t.i not in kept
        for t in parsed.tokens
    )


def _appositive(
    parsed: Parsed, chain: list[Token], fact: tuple[Token, ...]
) -> list[int | str] | None:
    """ "Huseynov, an Azerbaijani commander, ..." as "Huseynov was an Azerbaijani commander".

    Only a common-noun appositive set off by a comma after a name; the copula
    takes the tense of the sentence's main verb and the name's number.
    """
    appos = next((t for t in chain if t.dep == "appos"), None)
    if appos is None or appos.pos != "NOUN" or appos.i == 0:
        return None
    name = parsed.tokens[appos.head]
    if name.pos != "PROPN" or name.dep == "pobj" or not set_off(parsed, appos):
        # "the rest of Azerbaijan, the road to Tartar": after a preposition's object
        # the description may belong to the phrase, not the name
        return None
    if not any(t.dep == "det" and t.head == appos.i for t in parsed.tokens):
        return None  # "Nero, emperor ..." is a title, not a description
    path = {t.i for f in fact for t in parsed.ancestors(f)}
    subject = Cut(parsed, set(), {appos.i} | parenthesised(parsed, set()))
    subject.phrase(name)
    predicate = Cut(parsed, path, parenthesised(parsed, path))
    predicate.phrase(appos)
    main = root(parsed)
    present = main is not None and (
        main.tag in ("VBZ", "VBP")
        or any(
            t.head == main.i and t.dep in ("aux", "auxpass") and t.tag in ("VBZ", "VBP")
            for t in parsed.tokens
        )
    )
    plural = name.tag == "NNPS" or any(t.head == name.i and t.dep == "conj" for t in parsed.tokens)
    copula = ("are" if plural else "is") if present else ("were" if plural else "was")
    name_ids = sorted(subject.kept)
    return [*name_ids, copula, *sorted(predicate.kept)], name_ids
