"""Slots: whether the sentence rules out a changed value, read from the parse.

A changed name, number or date refutes a claim only where the sentence says the
slot holds one value: where a person was born, who directed a film, the capital
of a country. Elsewhere another value may hold as well ("Iran downed drones" does
not rule out Russia), and an event may have happened more than once ("was shelled
in May 1992" does not rule out May 1988). These rules say which is which; the
claim writers change a value only where the slot holds one.
"""

from __future__ import annotations

import re

from fever_builder.analysis import Parsed
from fever_builder.analysis.records import Token

from .mentions import NAME_LABELS
from .spans import Span

# the words of a name that hang on its head ("Nagorno-Karabakh offensive", "Kodak's")
_NAME_PARTS = frozenset({"compound", "amod", "nmod", "flat", "poss"})


def open_slot(text: str, parsed: Parsed, span: Span) -> bool:
    """One of several values of a slot: co-ordinated ("he and Pound", "X, Y and Z") or
    said to be one of several ("Russia also supplied arms"): others may hold too."""
    head = parsed.head_of(span.start, span.end)
    if head is None:
        return False
    if head.dep in ("conj", "appos"):
        return True
    if any(child.dep == "conj" for child in parsed.children(head.i)):
        return True
    # "also", "too", "as well" on the fact's clause: the role is shared
    verb = head
    while verb.dep not in ("ROOT", "ccomp", "advcl", "relcl", "conj") and verb.head != verb.i:
        verb = parsed.tokens[verb.head]
    return any(
        c.dep == "advmod" and c.lemma.casefold() in ("also", "too") for c in parsed.children(verb.i)
    ) or bool(re.search(r"\bas well\b", text[span.end :]))


# how a subject's own words hang on its head: they are the subject ("Armenian forces")
_SUBJECT_PARTS = frozenset({"compound", "amod", "poss", "nmod", "flat", "det"})
# a verb's arguments that can pin down which event a clause is about
_ARGUMENTS = frozenset({"dobj", "attr", "agent", "dative", "oprd", "prep", "xcomp", "acomp"})


def loose_slot(text: str, parsed: Parsed, span: Span) -> bool:
    """A name whose change the sentence cannot rule out, because it says which thing or
    event the clause is about rather than a fact of it: a name inside a description of
    the subject ("The road alongside Vartan came under attack": another road may have),
    or a subject whose clause names nothing else ("Armenia proclaimed its independence
    in 1991": another country may have)."""
    if span.kind != "entity":
        return False
    head = parsed.head_of(span.start, span.end)
    if head is None:
        return False
    chain = parsed.ancestors(head)
    if len(chain) > 1 and _whose(parsed, head, chain[1]):
        return False  # "Turkey's President Turgut Özal": whose title it is, a fact of him
    verb_at = next(
        (
            k
            for k, t in enumerate(chain)
            if t.pos in ("VERB", "AUX") and t.dep not in ("amod", "acl", "relcl")
        ),
        None,
    )
    if verb_at is None or verb_at == 0:
        return False
    verb, below = chain[verb_at], chain[:verb_at]
    if below[-1].dep not in ("nsubj", "nsubjpass"):
        return False
    if any(t.dep not in _SUBJECT_PARTS for t in below[:-1]):
        return True  # inside a phrase or clause that describes the subject
    for child in parsed.children(verb.i):
        if child.dep not in _ARGUMENTS:
            continue
        words = [t for t in parsed.tokens if parsed.dominates(child, t)]
        if any(t.pos == "PROPN" for t in words) or any(
            e.label in NAME_LABELS for t in words for e in parsed.entities_over(t.start, t.end)
        ):
            return False  # "Armenian forces captured Kalbajar": the object says which event
    return True


# a first, last or only thing: what it is the first of says which ("his first appearance
# for the Under-18 side")
ONE_OFF_WORDS = frozenset({"first", "last", "only", "final"})
# words that make an event one of a kind: "his first appearance", "the final battle"
_ONE_OF_A_KIND = ONE_OFF_WORDS | {"initial", "inaugural", "maiden", "debut", "premiere"}


def says_which(parsed: Parsed, noun: Token) -> bool:
    """Whether a noun phrase names its thing or points to one: a name, "the", a possessor."""
    if noun.pos in ("PROPN", "PRON"):
        return True
    return any(
        (c.dep == "det" and c.text.casefold() in ("the", "this", "that")) or c.dep == "poss"
        for c in parsed.children(noun.i)
    ) or any(c.dep in _NAME_PARTS and c.pos == "PROPN" for c in parsed.children(noun.i))


# verbs whose event makes "one of a kind" an event noun: "made his first appearance",
# "won his first fight"; "met the only survivor" is one survivor, not one meeting
_LIGHT_VERBS = frozenset(
    ["make", "score", "play", "win", "fight", "earn", "record", "achieve", "give", "hold", "sign"]
)


def one_of_a_kind(parsed: Parsed, verb: Token, noun: Token) -> bool:
    """Whether ``noun``, an argument of ``verb``, is an event said to be one of a kind:
    "his first appearance came ...", "made his only appearance"."""
    if noun.tag not in ("NN", "NNP"):
        return False  # "the last battles" were several
    if noun.dep not in ("nsubj", "nsubjpass") and (
        noun.dep != "dobj" or verb.lemma.casefold() not in _LIGHT_VERBS
    ):
        return False
    return any(
        c.dep in ("amod", "advmod") and c.text.casefold() in _ONE_OF_A_KIND
        for c in parsed.children(noun.i)
    )


# verbs with one place per event of a subject that says which: "born in Webster",
# "founded in Rochester", "located in Azerbaijan"
_PLACE_VERBS = frozenset(
    ["bear", "die", "bury", "found", "establish", "headquarter", "locate", "situate", "premiere"]
)
# verbs with one maker per work: "directed by Sam Mendes", "composed by Thomas Newman"
# verbs whose agent is the one maker of a work ("directed by Sam Mendes")
ONE_MAKER_VERBS = frozenset(["direct", "compose", "paint", "sculpt", "design"])
# roles one thing holds at a time: "the capital of Azerbaijan", "the winner"
_ONE_HOLDER = frozenset(
    ["capital", "seat", "birthplace", "headquarters", "hometown", "winner", "founder", "director"]
)


def singular(token: Token) -> bool:
    return token.tag in ("NN", "NNP") or token.pos == "PRON"


def _definite_one(parsed: Parsed, noun: Token) -> bool:
    """A singular noun phrase naming a role only one thing holds: "the capital of
    Azerbaijan", "the largest city", "its only airport"."""
    if noun.pos != "NOUN" or noun.tag != "NN":
        return False
    children = parsed.children(noun.i)
    if not any(c.dep in ("det", "poss") and c.text.casefold() not in ("a", "an") for c in children):
        return False
    return noun.lemma.casefold() in _ONE_HOLDER or any(
        c.dep == "amod" and (c.tag == "JJS" or c.text.casefold() in _ONE_OF_A_KIND)
        for c in children
    )


def one_value(text: str, parsed: Parsed, span: Span) -> bool:
    """A name or label in a slot that holds one value, so that another one there is
    false: the place of a birth, a death or a founding ("born in Webster"), the place a
    place lies in ("a village in Kalbajar District"), the maker of a work ("directed by
    Sam Mendes"), a role one thing holds ("Baku is the capital"), a nationality of what
    something is ("a Roman emperor"), what happened at a one-off event ("his first
    appearance came against Barnsley"). Anywhere else another value may share the slot:
    a unit's label ("the 11th Army invaded") as much as a name."""
    if span.kind not in ("entity", "identifier", "ordinal") or open_slot(text, parsed, span):
        return False
    head = parsed.head_of(span.start, span.end)
    if head is None:
        return False
    chain = parsed.ancestors(head)
    up = [*chain[1:4], None, None, None]
    parent, grand, great = up[0], up[1], up[2]
    if parent is None:
        return False
    if _whose(parsed, head, parent):
        return True
    if head.dep == "pobj" and grand is not None:
        preposition = parent.text.casefold()
        if parent.dep == "agent" and grand.lemma.casefold() in ONE_MAKER_VERBS:
            return True  # "directed by Sam Mendes"
        if _of_a_one_off(parsed, grand):
            return True  # "made his only appearance against Barnsley"
        if preposition in ("in", "at", "near", "on"):
            if grand.pos in ("VERB", "AUX") and _one_place(parsed, grand):
                return True
            if grand.dep == "attr" and great is not None and great.lemma == "be":
                # "Kalbajar is a rayon in Azerbaijan": a place lies in one place
                return singular(grand) and any(
                    c.dep == "nsubj" and c.pos == "PROPN" for c in parsed.children(great.i)
                )
    if parent.pos in ("VERB", "AUX"):
        lemma = parent.lemma.casefold()
        arguments = parsed.children(parent.i)
        if head.dep == "nsubj" and lemma in ONE_MAKER_VERBS:
            return any(c.dep == "dobj" and says_which(parsed, c) for c in arguments)
        if head.dep in ("nsubj", "attr") and lemma == "be" and singular(head):
            other = "attr" if head.dep == "nsubj" else "nsubj"
            return any(c.dep == other and _definite_one(parsed, c) for c in arguments)
    if head.dep in ("amod", "compound") and any(
        e.label == "NORP" for e in parsed.entities_over(span.start, span.end)
    ):
        # "Nero was a Roman emperor": what one thing is, by nationality
        return (
            parent.dep == "attr"
            and singular(parent)
            and not _rivals(parsed, parent, head)
            and grand is not None
            and grand.lemma == "be"
            and any(c.dep == "nsubj" and singular(c) for c in parsed.children(grand.i))
        )
    return False


def _whose(parsed: Parsed, head: Token, parent: Token) -> bool:
    """A country or nationality that says whose a named person's title is, or whose
    side one takes: "Turkey's President Turgut Özal", "Azerbaijani commander Surat
    Huseynov", "intervention on Azerbaijan's side". A person holds a title for one
    country, and a side is one of two; a second such modifier ("American Canadian
    wrestler") makes it a list."""
    if head.dep not in ("amod", "poss", "compound") or parent.pos not in ("NOUN", "PROPN"):
        return False
    if parent.tag not in ("NN", "NNP"):
        return False
    if parent.lemma.casefold() == "side":
        return head.dep == "poss"
    if parent.dep != "compound" or parent.pos != "NOUN" and not parent.text[:1].isupper():
        return False
    if head.dep != "amod" and not any(
        e.label in ("GPE", "NORP") for e in parsed.entities_over(head.start, head.end)
    ):
        return False  # "Arsenal manager Arsène Wenger": a club may have had others
    person = parsed.tokens[parent.head]
    if person.tag not in ("NNP", "NNPS") or not any(
        e.label == "PERSON" for e in parsed.entities_over(person.start, person.end)
    ):
        return False
    return not _rivals(parsed, parent, head)


def _rivals(parsed: Parsed, noun: Token, head: Token) -> bool:
    """Whether ``noun`` has another capitalised modifier beside ``head``: "an American
    Canadian wrestler" is both."""
    return any(
        c.i != head.i and c.dep in ("amod", "poss") and c.text[:1].isupper()
        for c in parsed.children(noun.i)
    )


def _of_a_one_off(parsed: Parsed, word: Token) -> bool:
    """Whether ``word`` is an event said to be one of a kind, or a verb with one as its
    subject or object: what happened at it has one value ("his first appearance came
    against Barnsley")."""
    if word.pos == "NOUN" and word.dep in ("nsubj", "nsubjpass", "dobj"):
        return one_of_a_kind(parsed, parsed.tokens[word.head], word)
    return word.pos in ("VERB", "AUX") and any(
        one_of_a_kind(parsed, word, c) for c in parsed.children(word.i)
    )


def _one_place(parsed: Parsed, verb: Token) -> bool:
    """Whether ``verb`` is an event with one place, of a subject that says which one:
    "Lesnar was born in ...", "The battle took place near ..."."""
    arguments = parsed.children(verb.i)
    subjects = [c for c in arguments if c.dep in ("nsubj", "nsubjpass")]
    if not subjects or not all(singular(s) and says_which(parsed, s) for s in subjects):
        return False
    lemma = verb.lemma.casefold()
    if lemma == "take":
        return place_taken(parsed, verb)
    return lemma in _PLACE_VERBS


def place_taken(parsed: Parsed, verb: Token) -> bool:
    """ "took place": "place" as the verb's object."""
    return any(c.dep == "dobj" and c.lemma.casefold() == "place" for c in parsed.children(verb.i))


# verbs that report what someone said: a figure or date in what they said is their word
_SPEECH_VERBS = frozenset(
    [
        "say",
        "state",
        "claim",
        "report",
        "allege",
        "declare",
        "announce",
        "assert",
        "tell",
        "estimate",
    ]
)


def reported(text: str, parsed: Parsed, span: Span) -> bool:
    """A figure or date inside what someone is said to have said ("Azerbaijan stated that
    12 of its soldiers died"): they may have said another figure at another time, so a
    changed one is not ruled out."""
    if span.kind not in ("figure", "date"):
        return False
    head = parsed.head_of(span.start, span.end)
    if head is None:
        return False
    return any(
        t.dep == "ccomp" and parsed.tokens[t.head].lemma.casefold() in _SPEECH_VERBS
        for t in parsed.ancestors(head)
    )
