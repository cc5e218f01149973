"""The cut of a clause: the tokens it keeps, found by walking the parse down from its head.

A verb keeps its subject, auxiliaries, negation, objects and complements, and
the phrases it needs ("moved to Rome"); a noun keeps its determiners,
modifiers, name parts and the phrases that say which one it is ("the largest
town in the region"). Times and asides set off by commas go. A cut around a
figure also keeps where and when the figure holds, or tells that it lost them
(:meth:`Cut.lost_scope`). :func:`fever_builder.claims.atomic.atomic_frame`
decides where a cut starts and what it becomes.
"""

from __future__ import annotations

from collections.abc import Iterable

from fever_builder.analysis.records import Parsed, Token
from fever_builder.claims.clause_text import POINTING, SUBJECTS
from fever_builder.claims.clauses import ASIDE_MARKS, follows
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


class Cut:
    """The tokens a clause keeps, collected by walking the parse down from its head."""

    def __init__(self, parsed: Parsed, path: set[int], blocked: set[int]) -> None:
        self.parsed = parsed
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
        for child in self.parsed.children(token.i):
            if child.i not in self.blocked or child.i in self.path:
                self.whole(child)

    def verb(self, verb: Token) -> None:
        self.kept.add(verb.i)
        children = self.parsed.children(verb.i)
        # "took part in", "took place in": a bare noun object still needs the phrase after it
        has_complement = any(
            c.dep in COMPLEMENTS
            and not (c.dep == "dobj" and c.pos == "NOUN" and not self.parsed.children(c.i))
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
        children = self.parsed.children(token.i)
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
            for c in self.parsed.children(noun.i)
        )

    def _identified(self, noun: Token) -> bool:
        """A superlative, ranked or "the" noun: its phrases say which one ("the largest town
        in the region", "a major port of Asia", "the train station in Baku"), and without
        them it names nothing."""
        return any(
            c.tag == "JJS"
            or c.text.casefold() in RANKING_WORDS
            or (c.dep == "det" and c.text.casefold() == "the")
            for c in self.parsed.children(noun.i)
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
            for c in self.parsed.children(i)
        ):
            return True  # "the lowest rate" without "among the local government units"
        return (self.scoped or one_off) and any(
            c.i not in self.kept and (self._scope(c) or (one_off and c.dep == "prep"))
            for i in self.kept
            for c in self.parsed.children(i)
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
                for c in self.parsed.children(child.i)
            )
        if child.dep not in ("prep", "npadvmod"):
            return False
        if child.dep == "prep" and child.text.casefold() in TIME_PREPOSITIONS:
            return True  # "following that", "during its time at Pusan": a figure of a period
        if child.dep == "npadvmod" and child.lemma.casefold() in TIME_NOUNS:
            return True  # "that evening"
        if child.dep == "prep" and any(
            c.dep == "pobj" and c.lemma.casefold() in TIME_NOUNS
            for c in self.parsed.children(child.i)
        ):
            return True  # "by this time", "at that point"
        tokens = [self.parsed.tokens[i] for i in self._subtree(child)]
        if child.text.casefold() in SCOPE_PREPOSITIONS and any(
            c.dep == "pobj" and self._identified(c) for c in self.parsed.children(child.i)
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
        objects = [c for c in self.parsed.children(prep.i) if c.dep in ("pobj", "pcomp")]
        return any(
            e.label in ("DATE", "TIME")
            for c in objects
            for e in self.parsed.entities_over(c.start, c.end)
        )

    def _after_comma(self, token: Token) -> bool:
        return follows(self.parsed, min(self._subtree(token)), ASIDE_MARKS)

    def _subtree(self, token: Token) -> Iterable[int]:
        yield token.i
        for child in self.parsed.children(token.i):
            yield from self._subtree(child)
