"""Negation as a mutation: "not" put after a clause's one auxiliary, or taken out.

Only plain clauses: one auxiliary, no negation already, no word that takes
the clause as given ("also", "again"), no reason or result, no subject that
names only part of a group ("Some soldiers were killed" and "Some soldiers
were not killed" can both be true). Each function returns the changed text
or None; they never guess.
"""

from __future__ import annotations

import re

from fever_builder.analysis.records import Parsed, Token
from fever_builder.facts import MONTHS
from fever_builder.facts.figures import parse_figure

_AUX = re.compile(
    r"\b(was|were|is|are|has|have|had|could|would|can|will|did|should|might|must)\b(?!\s+(?:not|never|n't)\b)"
)
_PARTICIPLE = re.compile(r"^(?:been|[a-z]+(?:ed|en|wn|un|ught|ade|eld|ost|ent|ept|ft))$")


SUBORDINATE = re.compile(
    r"\b(?:that|what|which|who|whom|when|where|if|because|although|while|whether)\b"
)


# "joined in 2015 after X was ruled out": the auxiliary is another clause's
_TEMPORAL = re.compile(r"\b(?:after|before|until|since|as|once|within)\b")
_PLAIN_AUX = {"was", "were", "is", "are", "has", "have", "had", "did"}
# "Some soldiers were killed" and "Some soldiers were not killed" can both be true
PARTIAL_SUBJECT = re.compile(
    r"^(?:A|An|Some|Several|Many|Most|Few|A few|Numerous|Various|Other|Others|Hundreds|Thousands|"
    r"Dozens|Much|More|Less|Part|One|Two|Three|Four|Five|About|Around|Nearly|Over|Up|Approximately|"
    r"At least|Almost|Roughly|Only|Just|Fewer|No|Every|Each|All|Both|Half|\d)\b"
)


def _negatable(text: str) -> bool:
    """Whether "not" can go into the text at all: no negation in it already, no "but" or
    ";" joining clauses, no word that takes the clause as given, no reason or result."""
    if re.search(r"\b(?:not|never|no|n't|none|neither|nor|without)\b", text, re.IGNORECASE):
        return False
    if " but " in text or ";" in text:
        return False  # "had not flared up ... but soon escalated" reads as nonsense
    if re.search(r"\b(?:also|too|as well|still|respectively|again|this time)\b", text):
        return False  # "was not also keen", "not again": the word takes the clause as given
    # a negated reason or result contradicts the clause it explains
    return not re.search(r"\b(?:since|because|as a result|so that|so \w+ that)\b", text)


def negate(text: str, *, avoid: tuple[int, int], plain: bool = False) -> str | None:
    """Insert "not" after the main clause's one auxiliary verb, or None.

    The fact at ``avoid`` must be in the negated clause: the auxiliary comes
    first, with no comma or "and" between them, and no subordinating word
    before the auxiliary. Refuses texts with no auxiliary, with more than one,
    or that already hold a negation.
    """
    if not _negatable(text):
        return None
    matches = [m for m in _AUX.finditer(text) if not (avoid[0] <= m.start() < avoid[1])]
    if len(matches) != 1:
        return None
    match = matches[0]
    if plain and (
        match.group(1) not in _PLAIN_AUX
        or PARTIAL_SUBJECT.match(text)
        or counts(text[: match.start()])
    ):
        return None  # "33 Azerbaijanis were not killed" can be true of 33 others
    if match.end() <= avoid[0]:
        between = text[match.end() : avoid[0]]
        if "," in between or " and " in between or ";" in between:
            return None
    elif (
        ";" in text[avoid[1] : match.start()]
        or " and " in text[avoid[1] : match.start()]
        or SUBORDINATE.search(text[avoid[1] : match.start()])
        or _TEMPORAL.search(text[avoid[1] : match.start()])
    ):
        return None  # a fact in a leading phrase ("On 10 January ... was") is in scope
    if SUBORDINATE.search(text[: min(match.start(), avoid[0])]):
        return None
    following = text[match.end() :].split()
    if match.group(1) in ("has", "have", "had"):
        # "had captured" is an auxiliary; "had 3,500 men" is a main verb
        word = following[0].strip(",.").casefold() if following else ""
        if not _participle(word):
            return None  # "has ten districts", "had children": no participle, however it ends
    return text[: match.end()] + " not" + text[match.end() :]


# words whose scope a negation would change: "did not capture several villages" can be true
SCOPED = re.compile(
    r"\bone of\b|\b(?:some|several|many|most|few|various|numerous|number|other|others|only|often|usually|"
    r"mostly|largely|partly|partially|sometimes|frequently|briefly|first|initially|each|every|"
    r"all|both|either|any|already|almost|nearly|mainly)\b",
    re.IGNORECASE,
)
_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}


_DATE_NUMBERS = re.compile(
    rf"\b\d{{1,2}}\s+(?:{'|'.join(MONTHS)})\b|\b(?:{'|'.join(MONTHS)})\s+\d{{1,2}}\b|\b[12]\d{{3}}\b"
)


def counts(text: str) -> bool:
    """Whether ``text`` holds a number that is no date ("33 Azerbaijanis", "Seven soldiers",
    "hundreds of soldiers", "half of the villagers"; not "1 July 1993")."""
    if re.search(r"\d", _DATE_NUMBERS.sub(" ", text)):
        return True
    words = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?", text)
    return any(w.casefold() in _SHARES or parse_figure(w.casefold()) is not None for w in words)


# words that count a part of a group without a number
_SHARES = frozenset({"half", "majority", "minority", "dozen", "dozens", "score", "scores"})


def _participle(word: str) -> bool:
    """Whether ``word`` is a verb's past participle ("captured", "taken", "been"), by the
    inflection tables: "ten", "children" and "often" end like one and are none."""
    if word == "been":
        return True
    if not _PARTICIPLE.match(word) or parse_figure(word) is not None:
        return False
    from lemminflect import getInflection, getLemma  # its tables load on first use

    lemma = (getLemma(word, upos="VERB") or ("",))[0]
    return bool(lemma) and word in getInflection(lemma, tag="VBN")


def negate_parsed_verb(text: str, parsed: Parsed, verb: Token) -> str | None:
    """``text`` with the parse's ``verb`` negated with "do" (``negate_verb``), unless the
    verb has an auxiliary, a negation or a particle ("set up": the particle would part from
    its verb), or a second verb the text keeps is joined to it ("captured X and killed Y":
    "not" would reach one verb of two)."""
    children = parsed.children(verb.i)
    if any(c.dep in ("aux", "auxpass", "neg", "prt") for c in children):
        return None
    if any(c.dep == "conj" and c.pos == "VERB" and c.text in text for c in children):
        return None
    return negate_verb(text, verb.text, verb.lemma, verb.tag)


def negate_verb(text: str, verb: str, lemma: str, tag: str) -> str | None:
    """A main verb with no auxiliary negated with "do": "Armenian forces captured Kalbajar"
    -> "Armenian forces did not capture Kalbajar", or None.

    ``verb`` must be written once in the text, after a subject with no comma, "and" or
    auxiliary in it; the text must hold no other negation and no word whose scope the
    negation would change ("several", "only", "first").
    """
    if tag not in _DO or not lemma.isalpha() or not lemma.islower():
        return None
    if lemma in ("be", "have", "do", "get", "let", "need", "dare"):
        return None
    if _AUX.search(text):
        return None  # an auxiliary is negated as written (``negate``)
    if not _negatable(text) or SCOPED.search(text) or PARTIAL_SUBJECT.match(text):
        return None
    hits = list(re.finditer(rf"\b{re.escape(verb)}\b", text))
    if len(hits) != 1 or hits[0].start() == 0:
        return None
    before = text[: hits[0].start()]
    if "," in before or " and " in before or SUBORDINATE.search(before) or counts(before):
        return None
    return f"{before}{_DO[tag]} not {lemma}{text[hits[0].end() :]}"


_ONE_NEGATION = re.compile(
    r"\b(?P<aux>was|were|is|are|had|has|have|did|could|would) not\b|\bnever (?=[a-z]+\b)|\b(?P<verb>[a-z]+ed) no (?=[a-z])"
)


def remove_negation(text: str) -> str | None:
    """The positive form of a text with exactly one negation, or None.

    "were not equipped" -> "were equipped"; "never sent" -> "sent";
    "received no reinforcements" -> "received reinforcements".
    """
    cues = re.findall(r"\b(?:not|never|no|none|neither|nor|without|n't)\b", text, re.IGNORECASE)
    if len(cues) != 1:
        return None
    if re.search(r"\bnot (?:until|only|just|merely|even|yet)\b", text, re.IGNORECASE):
        return None  # "it was not until 1993 that": no positive form says the same
    match = _ONE_NEGATION.search(text)
    if match is None:
        return None
    if match.group("aux"):
        replacement = match.group("aux")
    elif match.group("verb"):
        replacement = match.group("verb")
    else:
        replacement = ""
    return (
        text[: match.start()] + replacement + text[match.end() :].lstrip()
        if not replacement
        else (text[: match.start()] + replacement + " " + text[match.end() :].lstrip()).replace(
            "  ", " "
        )
    )
