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
from collections.abc import Iterable

from fever_builder.analysis.records import Parsed, Token
from fever_builder.claims import voice
from fever_builder.claims.clause_text import (
    FINITE_TAGS,
    POINTING,
    SUBJECTS,
    render,
    slip,
    subject_first,
)
from fever_builder.claims.clauses import (
    ASIDE_MARKS,
    asserted,
    finite_auxiliary,
    follows,
    is_clause_head,
    is_condition,
    parenthesised,
    root,
    set_off,
    shared_subject,
)
from fever_builder.claims.frames import Frame
from fever_builder.claims.reference import PageSubject
from fever_builder.claims.synonyms import reword_verbs
from fever_builder.claims.vague import named_instead, said_by_name, unclear
from fever_builder.facts.slots import ONE_OFF_WORDS

# adjectives that rank a thing among others, as a superlative does: what they rank it
# among stays ("a major publishing center in the Philippines" is not a major one anywhere)
RANKING_WORDS = frozenset({"major", "leading", "main", "principal", "chief", "foremost", "top"})

# what a verb keeps: its subject, auxiliaries, negation, objects and complements
VERB_KEEPS = frozenset(
    {
        *SUBJECTS,
        "aux",
        "auxpass",
        "neg",
        "prt",
        "dobj",
        "attr",
        "acomp",
        "oprd",
        "dative",
        "agent",
        "xcomp",
        "ccomp",
    }
)
# what a noun phrase keeps: determiners, modifiers, its own name parts, lists
NOUN_KEEPS = frozenset(
    {
        "det",
        "amod",
        "compound",
        "poss",
        "nummod",
        "quantmod",
        "nmod",
        "case",
        "predet",
        "neg",
        "pobj",
        "pcomp",
        "conj",
        "cc",
        "preconj",
        "advmod",
    }
)
COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp", "ccomp", "agent"})
# adverbs that only link the sentence to its neighbours: dropping them keeps the claim
LINKING_ADVERBS = frozenset(
    {
        "also",
        "then",
        "later",
        "eventually",
        "subsequently",
        "however",
        "meanwhile",
        "thus",
        "therefore",
        "furthermore",
        "moreover",
        "additionally",
        "nevertheless",
        "consequently",
        "finally",
        "soon",
        "instead",
        "afterwards",
        "thereafter",
        "accordingly",
        "further",
        "similarly",
        "likewise",
    }
)
# prepositions that only place a clause in time, or give a circumstance
TIME_PREPOSITIONS = frozenset(
    {
        "during",
        "after",
        "before",
        "following",
        "since",
        "until",
        "till",
        "throughout",
        "amid",
        "despite",
        "within",
        "upon",
        "according",
        "prior",
    }
)
# prepositions that complete a noun ("a ban on", "the road to", "support for"); a place or
# a time after a noun ("forces in Armenia") only narrows it, and goes
NOUN_ARGUMENTS = frozenset({"of", "to", "for", "on", "between", "than", "as", "against"})
RANGE_ENDS = frozenset({"to", "until", "through", "till"})
# what narrows a figure to a part of its whole: a place, a time, a body, "alone", "each"
SCOPE_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "NORP", "ORG"})
# a figure's clause that keeps its place or time is a claim only this short
SCOPED_MAX_WORDS = 12
# nouns of a time: "that evening", "by this time", "at that point"
TIME_NOUNS = frozenset(
    {"time", "point", "stage", "moment", "evening", "morning", "night", "afternoon", "day"}
)
# a clause that says when: "As the second wave landed, Siad arrived with two trucks"
SCOPE_MARKS = frozenset({"as", "when", "while", "after", "before", "until", "once", "since"})
SCOPE_WORDS = frozenset({"alone", "single", "each", "per", "only", "total", "first"})
SCOPE_PREPOSITIONS = frozenset({"in", "across", "throughout", "on", "at", "within", "over"})


class _Cut:
    """The tokens a clause keeps, collected by walking the parse down from its head."""

    def __init__(self, parsed: Parsed, path: set[int], blocked: set[int]) -> None:
        self.parsed = parsed
        self.children: dict[int, list[Token]] = {}
        for token in parsed.tokens:
            if token.head != token.i:
                self.children.setdefault(token.head, []).append(token)
        self.path = path
        self.blocked = blocked
        self.kept: set[int] = set()
        self.top = -1  # the clause head: its own conjunction ("As ...", "While ...") goes
        # the nouns a fact counts keep their phrases: "42,857 people per square kilometre"
        self.measured: set[int] = set()
        # a tight cut also drops the restrictive phrases of nouns off the fact's path
        self.tight = False
        # a figure's clause must keep its places and times: "$130 million in North
        # America", "4.5 million ECUs in February 1993", "1,500 killed in this attack alone"
        self.scoped = False
        # whether the cut kept such a place or time, where it would have dropped it
        self.kept_scope = False

    def keep(self, token: Token) -> None:
        if token.i in self.blocked and token.i not in self.path:
            return
        if token.pos in ("VERB", "AUX") and token.dep not in ("amod", "compound"):
            self.verb(token)
        else:
            self.phrase(token)

    def whole(self, token: Token) -> None:
        self.kept.add(token.i)
        for child in self.children.get(token.i, ()):
            if child.i not in self.blocked or child.i in self.path:
                self.whole(child)

    def verb(self, verb: Token) -> None:
        self.kept.add(verb.i)
        children = self.children.get(verb.i, [])
        # "took part in", "took place in": a bare noun object still needs the phrase after it
        has_complement = any(
            c.dep in COMPLEMENTS
            and not (c.dep == "dobj" and c.pos == "NOUN" and not self.children.get(c.i))
            for c in children
        )
        first_prep = next((c for c in children if c.dep == "prep" and c.i > verb.i), None)
        for child in children:
            if child.i in self.path:
                self.keep(child)
            elif child.dep == "ccomp" and child.i < verb.i:
                continue  # a clause before the verb is a misparsed neighbour, not its object
            elif child.dep in VERB_KEEPS:
                self.keep(child)
            elif child.dep == "mark" and verb.dep in ("ccomp", "advcl") and verb.i != self.top:
                self.kept.add(child.i)
            elif child.dep == "advmod" and child.lemma.casefold() not in LINKING_ADVERBS:
                if child.i > verb.i - 3:  # next to the verb: "never", "reportedly", "only"
                    self.whole(child)
            elif child.dep == "prep" and child.lemma.casefold() == "accord":
                self.keep(child)  # "according to de Waal": a report stays a report
            elif self.scoped and self._kept_scope(child):
                self.keep(child)  # "had 100 houses in 1900": a figure keeps where and when
                self.kept_scope = True
            elif child.dep == "prep" and (
                (child is first_prep and not has_complement)
                or child.text.casefold() == "of"
                or (child.i > verb.i and not self._adjunct(child))
            ):
                # "moved to Rome", "made up of ...", "referred to him as ...": what the verb
                # needs; a time ("in 1993", "after the war") or an aside set off by commas goes
                self.keep(child)
        # "from X to Y": the second end goes with the first
        for child in children:
            if (
                child.dep == "prep"
                and child.text.casefold() in RANGE_ENDS
                and any(c.i in self.kept and c.text.casefold() == "from" for c in children)
            ):
                self.keep(child)

    def phrase(self, token: Token) -> None:
        self.kept.add(token.i)
        children = self.children.get(token.i, [])
        for child in children:
            if child.i in self.path or child.dep in NOUN_KEEPS or child.dep in SUBJECTS:
                self.keep(child)  # a noun's subject: "making it the largest park"
            elif child.dep == "prep" and (
                child.text.casefold() == "of"
                or token.i in self.measured
                or self._one_off(token)
                or (self._identified(token) and not self._adjunct(child))
                or (
                    not self.tight
                    and child.text.casefold() in NOUN_ARGUMENTS
                    and not self._adjunct(child)
                )
            ):
                self.keep(child)  # "the return of the evacuees", "the road to Ganja"
            elif child.dep in ("xcomp", "ccomp", "prep") and token.pos == "ADJ":
                self.keep(child)  # "were able to secure ...", "ready for a ceasefire"
            elif (
                child.dep == "appos"
                and child.pos in ("PROPN", "NOUN")
                and not self._after_comma(child)
            ):
                # "the film Chakatagir": the name is the phrase's point; no comma sets a
                # common noun off either ("director Mendes ' film debut")
                self.keep(child)
            elif (
                child.dep == "relcl" or (child.dep == "acl" and not self.tight)
            ) and not self._after_comma(child):
                # restrictive: "the troops stationed there"; a relative clause is kept even
                # in a tight cut, "one of 26 diplomats that remained" is not "one of 26"
                self.whole(child)
            elif child.dep == "punct" and child.text in ("-", "–", "'", "’"):
                self.kept.add(child.i)

    def _one_off(self, noun: Token) -> bool:
        """A first, last or only thing: its phrases say of what ("his first appearance in
        an episode of Doctors" is not his first appearance)."""
        return any(
            c.dep == "amod" and c.text.casefold() in ONE_OFF_WORDS
            for c in self.children.get(noun.i, ())
        )

    def _identified(self, noun: Token) -> bool:
        """A superlative, ranked or "the" noun: its phrases say which one ("the largest town
        in the region", "a major port of Asia", "the train station in Baku"), and without
        them it names nothing."""
        return any(
            c.tag == "JJS"
            or c.text.casefold() in RANKING_WORDS
            or (c.dep == "det" and c.text.casefold() == "the")
            for c in self.children.get(noun.i, ())
        )

    def lost_scope(self) -> bool:
        """Whether the cut drops where, when or of what part its figure holds: the figure
        would then say something else ("550,000 men" of "550,000 men in Armenia"). A
        first, last or only loses any phrase: "his first time for the Under-18 side" is
        not his first time."""
        one_off = any(self.parsed.tokens[i].text.casefold() in ONE_OFF_WORDS for i in self.kept)
        superlative = any(
            self.parsed.tokens[i].tag in ("JJS", "RBS")
            or self.parsed.tokens[i].text.casefold() in RANKING_WORDS
            for i in self.kept
        )
        if superlative and any(
            c.i not in self.kept and self._compared_among(c)
            for i in self.kept
            for c in self.children.get(i, ())
        ):
            return True  # "the lowest rate" without "among the local government units"
        return (self.scoped or one_off) and any(
            c.i not in self.kept and (self._scope(c) or (one_off and c.dep == "prep"))
            for i in self.kept
            for c in self.children.get(i, ())
        )

    def _compared_among(self, child: Token) -> bool:
        """A phrase that says what a superlative compares with: "among the local
        government units", "in the world" (not a date: "in 1993")."""
        if child.dep != "prep" or child.text.casefold() not in ("among", "in", "of", "within"):
            return False
        return not any(
            e.label in ("DATE", "TIME")
            for i in self._subtree(child)
            for e in self.parsed.entities_over(
                self.parsed.tokens[i].start, self.parsed.tokens[i].end
            )
        )

    def _scope(self, child: Token) -> bool:
        """A phrase or clause that says where, when or of what part a figure holds: "in
        North America", "in 1993", "in a single clash", "in this attack alone", "across
        the island", "following that", "as the second wave landed"."""
        if child.dep == "advcl":
            return any(
                c.dep == "mark" and c.text.casefold() in SCOPE_MARKS
                for c in self.children.get(child.i, ())
            )
        if child.dep not in ("prep", "npadvmod"):
            return False
        if child.dep == "prep" and child.text.casefold() in TIME_PREPOSITIONS:
            return True  # "following that", "during its time at Pusan": a figure of a period
        if child.dep == "npadvmod" and child.lemma.casefold() in TIME_NOUNS:
            return True  # "that evening"
        if child.dep == "prep" and any(
            c.dep == "pobj" and c.lemma.casefold() in TIME_NOUNS
            for c in self.children.get(child.i, ())
        ):
            return True  # "by this time", "at that point"
        tokens = [self.parsed.tokens[i] for i in self._subtree(child)]
        if child.text.casefold() in SCOPE_PREPOSITIONS and any(
            c.dep == "pobj" and self._identified(c) for c in self.children.get(child.i, ())
        ):
            return True  # "across the island", "in the region": the figure is of that one
        return any(t.text.casefold() in SCOPE_WORDS for t in tokens) or any(
            e.label in SCOPE_LABELS
            for t in tokens
            for e in self.parsed.entities_over(t.start, t.end)
        )

    def _kept_scope(self, child: Token) -> bool:
        """A place or time a figure holds in that the cut keeps rather than lose the figure
        ("in 1900", "in North America", "in this attack alone"); not one that points back
        ("at that time") or a time of the clause's other events ("following that")."""
        if child.dep != "prep" or child.text.casefold() in TIME_PREPOSITIONS:
            return False
        words = [self.parsed.tokens[i] for i in self._subtree(child)]
        if any(t.text.casefold() in POINTING or t.text.casefold() == "that" for t in words):
            return False
        if any(t.lemma.casefold() in TIME_NOUNS for t in words):
            return False
        return self._scope(child)

    def _adjunct(self, prep: Token) -> bool:
        """A phrase that only places the clause in time or sets off an aside: it can go."""
        if prep.text.casefold() in TIME_PREPOSITIONS or self._after_comma(prep):
            return True
        objects = [c for c in self.children.get(prep.i, ()) if c.dep in ("pobj", "pcomp")]
        return any(
            e.label in ("DATE", "TIME")
            for c in objects
            for e in self.parsed.entities_over(c.start, c.end)
        )

    def _after_comma(self, token: Token) -> bool:
        return follows(self.parsed, min(self._subtree(token)), ASIDE_MARKS)

    def _subtree(self, token: Token) -> Iterable[int]:
        yield token.i
        for child in self.children.get(token.i, ()):
            yield from self._subtree(child)


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
    cut = _Cut(parsed, path, parenthesised(parsed, path))
    cut.tight = tight
    cut.top = clause.i
    cut.measured = {t.head for t in fact if t.dep in ("nummod", "quantmod")} | {t.i for t in fact}
    cut.scoped = any(t.pos == "NUM" for t in fact) and not any(
        e.label in ("DATE", "TIME", "ORDINAL") for e in parsed.entities_over(start, end)
    )
    cut.verb(clause)
    if any(is_condition(parsed, c) for c in cut.children.get(clause.i, ())):
        return refused("under_a_condition")  # "X would attack if Y"
    if cut.lost_scope():
        return refused("figure_out_of_scope")  # "1,500 died" of "1,500 died in this attack alone"
    if cut.scoped and not _anchored(parsed, cut.kept, cut.measured, page):
        return refused("figure_unanchored")  # "Four Azerbaijani youths died": when, where?
    if _attributed(parsed, chain[chain.index(clause) :], cut.kept):
        return refused("attributed")  # "According to de Waal, the side lost 2000 men"
    kept = cut.kept
    order: list[int | str] = sorted(kept)
    own = next((c for c in cut.children.get(clause.i, ()) if c.dep in SUBJECTS), None)
    subject = [i for i in sorted(kept) if own is not None and parsed.dominates(own, tokens[i])]
    if clause.dep == "relcl":
        relative = next(
            c for c in cut.children[clause.i] if c.dep in ("nsubj", "nsubjpass") and c.i in kept
        )
        name = _Cut(parsed, set(), {clause.i})
        name.phrase(tokens[clause.head])
        subject = sorted(name.kept)
        order = [*subject, *(i for i in sorted(kept) if i != relative.i)]
    elif own is None:
        shared = shared_subject(parsed, clause)
        if shared is None:
            return refused("no_subject")
        borrowed = _Cut(parsed, set(), {clause.head})
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
    subject = _Cut(parsed, set(), {appos.i} | parenthesised(parsed, set()))
    subject.phrase(name)
    predicate = _Cut(parsed, path, parenthesised(parsed, path))
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
