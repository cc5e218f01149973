"""Does a cut clause still say what it is about?

A cut keeps the clause around a fact and drops the rest of the sentence. What
it drops can be what told the reader which thing is meant: "A documentary
film was premiered in Baku" lost the film's name, "Kodak sent him a batch"
lost who "him" is, "making the largest park" lost its "it". These checks
refuse such a cut by reason, for any article; they read only the parse.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from fever_builder.analysis.records import Parsed, Token
from fever_builder.claims.clause_text import SUBJECTS
from fever_builder.claims.clauses import follows
from fever_builder.claims.reference import THING_LABELS, PageSubject
from fever_builder.facts import common_noun

# entity labels that name something (not an amount or a time): a thing, a person, a people
NAMING_LABELS = THING_LABELS | {"PERSON", "NORP"}
# determiners and quantifiers that introduce something not named before
INDEFINITE = frozenset(
    {"a", "an", "some", "any", "no", "several", "many", "few", "numerous", "various", "another"}
)
# third-person pronouns, not reflexive ("himself" points to its own clause's subject)
PERSONAL = frozenset({"he", "him", "his", "she", "her", "hers"})
_PLURAL = frozenset({"they", "them", "their", "theirs"})
_THIRD_PERSON = PERSONAL | _PLURAL | {"it", "its"}
# determiners that point to a thing the text named before ("the region", "that unit")
DEFINITE = frozenset({"the", "that"})
# nouns of which there is one, or which "the" makes an idiom: "for the first time"
_UNIQUE = frozenset(
    {"time", "world", "public", "past", "future", "sun", "moon", "earth", "way"}
    | {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
# a team of players of an age ("the Under-18s", "U-21s"): every club has one
_AGE_TEAM = re.compile(r"(?:Under|U)-?\d{2}s?", re.IGNORECASE)
# lists and charts many draw up: "the list for MMA" says neither whose nor when
_LISTS = frozenset({"list", "ranking", "rankings", "chart", "poll"})
# what says which thing a definite noun is, besides a name: a phrase or clause after it
_RESTRICTING = frozenset({"prep", "relcl", "acl", "poss", "appos"})


def unclear(
    parsed: Parsed,
    kept: Collection[int],
    subject: Collection[int],
    clause: Token,
    *,
    known: Collection[str] = (),
) -> str | None:
    """Why the clause headed by ``clause``, of ``kept`` token ids (``subject`` among
    them), no longer says what it is about, by name; None when it does. ``known`` are
    nouns the caller resolves as the subject's head ("the film" on a film's page)."""
    tokens = parsed.tokens
    inside = set(kept)
    for token in tokens:
        if (
            token.dep in SUBJECTS
            and token.i not in inside
            and token.head in inside
            and token.tag not in ("WDT", "WP")
            and token.i != token.head
            and not any(parsed.dominates(token, tokens[j]) for j in subject)
        ):
            return "subject_lost"  # "making the largest park": its "it" was cut
    for i in inside - set(subject):
        token = tokens[i]
        if token.dep in ("nsubj", "nsubjpass") and token.head not in inside:
            return "subject_without_verb"  # "... when in 1794 the US Congress."
    head = _head(parsed, subject)
    if head is not None and head.tag == "EX":
        attr = next((t for t in tokens if t.head == head.head and t.dep == "attr"), None)
        if attr is not None and attr.i in inside and _vague(parsed, attr, inside):
            return "vague_subject"  # "There was a surge of recruitment"
    elif head is not None and _vague(parsed, head, inside):
        return "vague_subject"  # "An album was released", "Agencies released water"
    if _orphan_pronoun(parsed, inside, set(subject), head, clause):
        return "pronoun_without_antecedent"  # "Kodak sent him a batch"
    for i in sorted(inside):
        token = tokens[i]
        if head is not None and i == head.i and token.text.casefold() in known:
            if _bare(parsed, token, inside):
                continue  # "The film": the caller resolves it, or refuses the claim
        if _unidentified(parsed, token, inside, clause):
            return "unidentified_reference"  # "The region proclaimed", "seized the area"
    return None


def _head(parsed: Parsed, subject: Collection[int]) -> Token | None:
    """The subject's head: its one token whose head is outside it."""
    ids = set(subject)
    heads = [parsed.tokens[i] for i in ids if parsed.tokens[i].head not in ids]
    heads = [t for t in heads if t.pos != "PUNCT"]
    return heads[0] if len(heads) == 1 else None


def _names_something(parsed: Parsed, ids: Collection[int], but: int) -> bool:
    """A name among ``ids`` other than the token ``but``: a proper noun or a naming entity."""
    for i in ids:
        token = parsed.tokens[i]
        if i == but:
            continue
        if token.pos == "PROPN":
            return True
        if any(e.label in NAMING_LABELS for e in parsed.entities_over(token.start, token.end)):
            return True
    return False


def _vague(parsed: Parsed, head: Token, inside: set[int]) -> bool:
    """A noun phrase that names nothing and introduces its thing as new: "an album",
    "agencies", "two scenes", "a further 30,000", "a Gibraltarian"."""
    if head.pos == "PRON" or head.tag in ("WDT", "WP", "EX"):
        return False
    phrase = {i for i in inside if parsed.dominates(head, parsed.tokens[i])}
    children = [t for t in parsed.children(head.i) if t.i in inside]
    det = next((c for c in children if c.dep in ("det", "predet")), None)
    article = det.text.casefold() if det is not None else None
    counted = any(c.dep == "nummod" for c in children) or head.pos == "NUM"
    if head.pos == "PROPN":
        # "a Gibraltarian": a name used as a common noun, with nothing else named
        return article in ("a", "an") and not _names_something(parsed, phrase, head.i)
    if head.pos not in ("NOUN", "NUM"):
        return False
    if any(c.dep == "poss" for c in children):
        return False  # "His first fight", "Lesnar's first fight": whose says which
    bare = all(c.dep in ("nummod", "compound") for c in children)
    named = head.pos != "NUM" and head.text[:1].isupper()
    if head.i == 0 and bare and named and (children or not common_noun(head.text)):
        return False  # "Mendes directed", "Village 12 had": names the tagger took for nouns
    if _names_something(parsed, phrase, -1):
        return False  # "a village in Kalbajar", "Armenian forces"
    if article is None or article in INDEFINITE:
        return True
    return counted and article != "the"


def said_by_name(
    parsed: Parsed,
    order: list[int | str],
    subject: Collection[int],
    page: PageSubject,
    position: int,
) -> list[int | str]:
    """``order`` with each "the <noun>" outside the subject's head that calls the page's own
    thing by one of its nouns ("in promotion of the film" on the film's page) said by the
    page's name instead, where the sentence at ``position`` comes after the page's lead
    and no other thing of its kind is named in reach ("Mendes directed Road to Perdition
    and shot the film": not American Beauty). The subject's head is left to the caller,
    who resolves it with its rivals in view."""
    if page.lead is None or page.lead >= position:
        return order
    head = _head(parsed, subject)
    kept = {i for i in order if isinstance(i, int)}
    for i in sorted(kept):
        token = parsed.tokens[i]
        if token.pos != "NOUN" or token.text.casefold() not in page.nouns:
            continue
        if head is not None and i == head.i:
            continue
        if _bare(parsed, token, kept) and not page.rivals("kin", position, token.start):
            order = [page.called if j == i - 1 else j for j in order if j != i]
    return order


def _bare(parsed: Parsed, noun: Token, kept: Collection[int]) -> bool:
    """ "the <noun>" and nothing else: the article right before it its only kept child."""
    children = [c for c in parsed.children(noun.i) if c.i in kept]
    return [(c.i, c.text.casefold()) for c in children] == [(noun.i - 1, "the")]


_ONE_PER_COUNTRY = frozenset(
    [
        "senate",
        "parliament",
        "congress",
        "government",
        "crown",
        "pope",
        "emperor",
        "king",
        "queen",
        "president",
        "army",
        "navy",
    ]
)


def _unidentified(parsed: Parsed, noun: Token, inside: set[int], clause: Token) -> bool:
    """A definite common noun that points back to a thing the cut no longer names:
    "the region", "The first operations", "the embassy compound", "The three vandals".
    A phrase or clause after it ("the capital of Armenia", "the troops that stayed"),
    a possessor, a superlative ("the best campaign") or a name in it says which; an idiom
    of one ("the world", "from the east") needs none. The clause itself, when it hangs on
    the noun ("The typhoon, which formed ..." as "The typhoon formed ..."), says nothing
    of which."""
    children = [t for t in parsed.children(noun.i) if t.i in inside and t.i != clause.i]
    if _lettered_unit(parsed, noun, children):
        return True  # "engaged A Company": every battalion has an A Company; whose?
    if _AGE_TEAM.fullmatch(noun.text):
        # "the Under-18s", "the Under-18 side": every club has one; whose?
        team = parsed.tokens[noun.head] if noun.dep in ("compound", "amod", "nmod") else noun
        return not any(
            c.dep in ("poss", "compound") and c.i != noun.i and c.i in inside
            for c in (*parsed.children(noun.i), *parsed.children(team.i))
        )
    if noun.lemma.casefold() in _LISTS and any(c.dep == "det" for c in children):
        # "the list for MMA": a list or chart is said by who draws it up, or when
        phrase = [
            t for i in inside if (t := parsed.tokens[i]).i != noun.i and parsed.dominates(noun, t)
        ]
        # who draws it up ("Forbes's list", "the Billboard chart", "the ranking by Forbes")
        # or when ("the 2011 list"); "the singles chart" says neither
        return not any(
            (t.dep == "poss" and t.head == noun.i)
            or (t.dep == "compound" and t.head == noun.i and t.pos == "PROPN")
            or (t.dep == "prep" and t.head == noun.i and t.text.casefold() == "by")
            or t.dep == "nummod"
            or any(e.label == "DATE" for e in parsed.entities_over(t.start, t.end))
            for t in phrase
        )
    if noun.pos == "PROPN" and noun.text.istitle() and _numbered_unit(noun, children):
        return True  # "The 2nd Division numbered 4,000": whose second division?
    if noun.pos == "PROPN" and noun.text.istitle() and not children[1:]:
        # "voted in compliance to the Treaty": a capitalised word, not a name; a body a
        # country has one of ("the Senate", "the Army") is its own
        return (
            noun.text.casefold() not in _ONE_PER_COUNTRY
            and len(children) == 1
            and children[0].dep == "det"
            and children[0].text.casefold() in DEFINITE
            and all(
                (e.start, e.end) == (noun.start, noun.end)
                for e in parsed.entities_over(noun.start, noun.end)
            )
            and common_noun(noun.text)
        )
    if noun.pos != "NOUN" or noun.lemma.casefold() in _UNIQUE:
        return False
    if not any(c.dep == "det" and c.text.casefold() in DEFINITE for c in children):
        return False
    if any(c.dep in _RESTRICTING or c.tag == "JJS" for c in children):
        return False
    # its own phrase: not what is joined to it ("the match and his third WWE Championship")
    joined = [c for c in children if c.dep in ("conj", "cc")]
    phrase = {
        i
        for i in inside
        if parsed.dominates(noun, parsed.tokens[i])
        and not any(parsed.dominates(c, parsed.tokens[i]) for c in joined)
    }
    return not _names_something(parsed, phrase, noun.i)


# the low numbers every army and league gives its units ("the 2nd Division"); a high one
# ("the 701st Brigade") is seldom given twice in one story
_LOW_ORDINAL = re.compile(
    r"(?:[1-9]|10)(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth",
    re.IGNORECASE,
)


# units a battalion or regiment names by a letter: "A Company", "B Battery", "C Troop"
_LETTERED = frozenset({"Company", "Battery", "Troop", "Squadron", "Platoon", "Flight"})


def _lettered_unit(parsed: Parsed, noun: Token, children: list[Token]) -> bool:
    """ "A Company", "B Battery" with nothing that says whose: many battalions have one."""
    if noun.text not in _LETTERED or noun.i == 0:
        return False
    letter = parsed.tokens[noun.i - 1]
    if len(letter.text) != 1 or not letter.text.isupper():
        return False
    return not any(
        c.dep in ("poss", "compound")
        and c.i != letter.i
        or (c.dep == "prep" and c.text.casefold() == "of")
        for c in children
    )


def _numbered_unit(noun: Token, children: list[Token]) -> bool:
    """A common word named by "the" and a low ordinal alone ("the 2nd Division", "The 1st
    Battalion"): many armies and leagues number their units alike."""
    definite = [c for c in children if c.dep == "det" and c.text.casefold() in DEFINITE]
    rest = [c for c in children if c not in definite]
    return (
        len(definite) == 1
        and len(rest) == 1
        and bool(_LOW_ORDINAL.fullmatch(rest[0].text))
        and common_noun(noun.text)
    )


def _orphan_pronoun(
    parsed: Parsed, inside: set[int], subject: set[int], head: Token | None, clause: Token
) -> bool:
    """A third-person pronoun outside the subject that nothing in the claim can be:
    "him" beside its own verb's subject, "it" where the subject is a person."""
    tokens = parsed.tokens
    for i in sorted(subject):
        token = tokens[i]
        if token.tag != "PRP$" or token.text.casefold() not in _THIRD_PERSON:
            continue
        if not any(j < i and tokens[j].pos in ("NOUN", "PROPN") for j in subject):
            if any(j < i for j in subject):
                return True  # "All 7800 of its citizens": whose, the cut no longer says
    for i in sorted(inside - subject):
        token = tokens[i]
        word = token.text.casefold()
        if token.pos != "PRON" or token.dep == "expl" or word not in _THIRD_PERSON:
            continue
        if token.tag == "PRP" and token.dep in ("dobj", "dative", "pobj"):
            if token.head == clause.i or tokens[token.head].head == clause.i:
                return True  # "Donald tells him": not the subject, and named nowhere
        if head is None or not _agrees(parsed, token, head):
            return True
    return False


def _agrees(parsed: Parsed, pronoun: Token, head: Token) -> bool:
    """Whether ``pronoun`` can point to the subject whose head is ``head``.

    The types of a name in one sentence are often wrong ("Lesnar" as an
    organisation, "Turan" as a place): "he" may point to any name, "it" only
    to a common noun, "its" also to a name typed as no person.
    """
    word = pronoun.text.casefold()
    labels = {e.label for e in parsed.entities_over(head.start, head.end)} & NAMING_LABELS
    said = head.text.casefold()
    plural = head.tag in ("NNS", "NNPS") or said in ("they", "we")
    if word in PERSONAL:
        return not plural and (said in ("he", "she") or head.pos == "PROPN")
    if word in _PLURAL:
        return plural
    if plural or said in ("he", "she", "they", "we"):
        return False
    if head.pos == "NOUN":
        return True
    thing = head.pos == "PROPN" and bool(labels) and "PERSON" not in labels
    if word == "its" or not thing:
        return thing
    # "Turan said it was layered": what a name says "it" is is rarely the name itself
    return parsed.tokens[pronoun.head].dep != "ccomp"


def named_instead(parsed: Parsed, head: Token) -> list[int] | None:
    """The name set beside a subject that names nothing, to stand for it: "a Gibraltarian,
    José Key, ..." as "José Key", "the non-profit group, Helsinki Initiative 92," as
    "Helsinki Initiative 92"; None when the subject has no such name."""
    if head.pos not in ("NOUN", "PROPN"):
        return None
    tokens = parsed.tokens
    children = parsed.children(head.i)
    det = next((c.text.casefold() for c in children if c.dep == "det"), None)
    if head.pos == "PROPN" and det not in ("a", "an"):
        return None
    appos = next((c for c in children if c.dep == "appos" and c.pos == "PROPN"), None)
    if appos is None:
        return None
    name = [
        t.i
        for t in tokens
        if t.i == appos.i or (t.head == appos.i and t.dep in ("compound", "flat", "amod", "nummod"))
    ]
    if name != list(range(name[0], name[-1] + 1)) or not follows(parsed, name[0], (",", "(")):
        return None  # "the film Chakatagir" keeps its noun: only a name set off by a comma
    return name
