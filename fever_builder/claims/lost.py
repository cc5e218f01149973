"""What a kept word needs that a cut may drop: what it measures from or points to ("nine
days later", "the other eight", "now"), whom or what it is of or towards ("independence"
from whom, an ambassador to whom, "along with" whom), the number that qualifies it ("adults
aged 18–49"), what it answers ("obliged", "responded"). ``slip`` (in ``clause_text``)
refuses a cut that keeps the word without it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fever_builder.analysis.records import Parsed, Token
from fever_builder.claims.reference import PageSubject
from fever_builder.facts import WHEN
from fever_builder.facts.name_types import NameTypes
from fever_builder.facts.spans import Span

_RELATIVE = frozenset({"later", "earlier", "afterwards", "afterward", "before", "after", "ago"})
_KINDS = frozenset({"kind", "sort", "type"})


def reference_lost(parsed: Parsed, token: Token, inside: set[int]) -> str | None:
    """What a kept word measures from or points to, when the cut dropped it: "nine days
    later" (later than what?), "the other eight" (of which?), "the kind of treaties" (what
    kind?), "out of Aghdara and back" (back where?), "was 7 km" (from where?)."""
    children = parsed.children(token.i)
    word = token.text.casefold()
    if token.pos == "VERB" and any(c.dep == "dobj" and c.i not in inside for c in children):
        return "object_lost"  # "Mendes was only given after ..." without "the job"
    if token.pos == "NOUN" and any(
        c.dep == "acl" and c.tag == "VB" and c.i not in inside for c in children
    ):
        return "content_lost"  # "the demands of Armenians" without "to cede Karabakh"
    if word in _RELATIVE and any(c.dep == "npadvmod" and c.i in inside for c in children):
        return "pointing_back"  # "nine days later": the event it is later than is not there
    if word == "other" and token.dep == "amod" and _other_than_lost(parsed, token, inside):
        # "picked by the other eight", "three other basilicas": other than which? ("Armenia
        # and five other republics" says)
        return "pointing_back"
    if token.lemma.casefold() in _KINDS and any(
        c.dep == "det" and c.text.casefold() == "the" and c.i in inside for c in children
    ):
        if not any(c.dep in ("relcl", "acl") and c.i in inside for c in children):
            return "pointing_back"  # "the kind of far-reaching treaties": what kind?
    if token.pos in ("NOUN", "PROPN") and any(
        c.dep == "acl" and c.i not in inside and _counts(parsed, c) and not _set_off(parsed, c)
        for c in children
    ):
        # "in the demographic of adults" without "aged 18–49" ("Two groups, numbering 4,000
        # men, attacked": set off by commas, it only adds)
        return "qualifier_lost"
    if token.lemma.casefold() in _ENVOYS and any(
        c.dep == "prep" and c.text.casefold() == "to" and c.i not in inside for c in children
    ):
        return "counterpart_lost"  # "the UK's ambassador" without "to the US"
    if any(
        c.text.casefold() in ("along", "together")
        and c.dep in ("prep", "advmod")
        and c.i not in inside
        and c.i + 1 < len(parsed.tokens)
        and parsed.tokens[c.i + 1].text.casefold() == "with"
        for c in children
    ):
        return "partner_lost"  # "Manila elects 12 senators" without "along with the nation"
    if token.lemma.casefold() in _RESPONSES and not any(
        c.dep in ("dobj", "xcomp", "ccomp") or (c.dep == "prep" and c.text.casefold() == "to")
        for c in children
        if c.i in inside
    ):
        return "pointing_back"  # "Spacey obliged", "Lesnar responded by ...": to what?
    if (
        token.lemma.casefold() == "continue"
        and token.pos == "VERB"
        and not any(
            c.dep in ("dobj", "xcomp", "ccomp") or (c.dep == "prep" and c.text.casefold() in _SPANS)
            for c in children
            if c.i in inside
        )
    ):
        return "pointing_back"  # "The performance continued, with ...": from what?
    if word == "another" and token.dep == "det":
        return "pointing_back"  # "another successful title defense": besides which?
    if token.lemma.casefold() in _SEPARATIONS and any(
        c.dep == "prep" and c.text.casefold() == "from" and c.i not in inside for c in children
    ):
        return "origin_lost"  # "declared its independence" without "from the Soviet Union"
    if word == "now" and token.dep == "advmod" and _past(parsed, parsed.tokens[token.head]):
        return "pointing_back"  # "was now down to 600 men": now, after what?
    if (
        token.lemma.casefold() == "average"
        and token.pos == "VERB"
        and any(c.dep == "dobj" and c.i in inside and c.pos == "NUM" for c in children)
    ):
        return "measure_lost"  # "averaged $ 3.12": in what, per what? (a noun says: "20 points")
    if word in ("back", "away") and any(c.dep == "prep" and c.i not in inside for c in children):
        return "destination_lost"  # "out of Aghdara and back" without "to Ganja"
    if token.dep == "npadvmod" and token.head not in inside and token.pos in ("NOUN", "NUM"):
        return "destination_lost"  # "was 7 km" without "north of the capital"
    measured = any(c.dep == "nummod" and c.i in inside for c in children)
    if measured and any(c.i not in inside and c.text.casefold() in _FROM_WHERE for c in children):
        return "destination_lost"  # "was 7 kilometres (4 miles) north of ...", parsed apart
    return None


def name_lost(parsed: Parsed, inside: set[int], subject: Token | None) -> bool:
    """Whether the cut dropped an opening that named its subject, a common noun:
    "Codenamed "Felix", the plan ..." as "The plan ..." (which plan?). A subject that is
    itself a name ("Known as Luneta, Rizal Park ...") needs no other."""
    if subject is None or subject.pos != "NOUN":
        return False
    comma = next((t.i for t in parsed.tokens if t.text == ","), None)
    return comma is not None and any(
        t.i not in inside and t.text.casefold() in _NAMING for t in parsed.tokens[:comma]
    )


# participles that give a thing its name: "Codenamed "Felix", the plan ..."
_NAMING = frozenset(
    {"codenamed", "code-named", "nicknamed", "dubbed", "named", "called", "titled", "entitled"}
    | {"known", "renamed"}
)


def _other_than_lost(parsed: Parsed, other: Token, inside: set[int]) -> bool:
    """Whether "other" says "other than" something the claim does not name: after "the",
    or after a count on a noun that is not joined to the one it differs from."""
    noun = parsed.tokens[other.head]
    kept = [c for c in parsed.children(noun.i) if c.i in inside]
    the = any(c.dep == "det" and c.text.casefold() == "the" for c in kept)
    counted = noun.dep != "conj" and any(c.dep == "nummod" for c in kept)
    return the or counted


def _set_off(parsed: Parsed, top: Token) -> bool:
    """Whether the phrase under ``top`` follows a comma or a bracket: it adds, not picks."""
    first = min(t.i for t in parsed.tokens if parsed.dominates(top, t))
    return first > 0 and parsed.tokens[first - 1].text in (",", "(", "–", "—")


def _counts(parsed: Parsed, top: Token) -> bool:
    """Whether a number lies under ``top``: "aged 18–49", "born after 1990"."""
    return any(t.pos == "NUM" and parsed.dominates(top, t) for t in parsed.tokens)


def _past(parsed: Parsed, verb: Token) -> bool:
    """Whether a verb is in a past tense, by itself or by its auxiliary."""
    return verb.tag == "VBD" or any(
        c.dep in ("aux", "auxpass") and c.tag == "VBD" for c in parsed.children(verb.i)
    )


# verbs that answer what came before: obliged, responded, to what?
_RESPONSES = frozenset(
    {"oblige", "comply", "respond", "reply", "retaliate", "react", "reciprocate"}
)
# prepositions that say how long something went on: "continued until 1994"
_SPANS = frozenset({"until", "till", "through", "throughout", "into", "for", "past"})
# nouns of a role towards another whose "to" is part of what they mean: ambassador to whom?
_ENVOYS = frozenset(
    {"ambassador", "envoy", "emissary", "delegate", "representative", "consul", "heir"}
    | {"successor", "adviser", "advisor"}
)
# nouns of leaving whose "from" is part of what they mean: independence from whom?
_SEPARATIONS = frozenset(
    {"independence", "withdrawal", "secession", "separation", "expulsion", "evacuation"}
    | {"retreat", "departure", "exit", "resignation", "release", "escape", "retirement"}
)

_FROM_WHERE = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "from"}
)


def scope_lost(text: str, parsed: Parsed, span: Span, claim: str) -> str | None:
    """What a figure holds within that the claim dropped: the time the sentence puts it in
    ("In the same year, Fight Club made $8.1 million", "By late October, Gore had bought
    $90,000 worth of paper"), or the clause a semicolon hangs it on ("Both studios mounted
    campaigns; DreamWorks bought 38% more space"). Another time or campaign may have
    another figure. A date inside a clause about another noun ("who debuted in 2002")
    scopes nothing of the figure."""
    if span.kind != "figure":
        return None
    semicolon = text.rfind(";", 0, span.start)
    if semicolon > 0 and text[:semicolon].strip() not in claim:
        return "context_lost"
    if WHEN.search(claim):
        return None
    dated = any(e.label in ("DATE", "TIME") and WHEN.search(e.text) for e in parsed.entities)
    head = parsed.head_of(span.start, span.end)
    verb = (
        next((t for t in parsed.ancestors(head) if t.pos in ("VERB", "AUX")), None)
        if head
        else None
    )
    if not dated and verb is not None and verb.lemma.casefold() in _STATES and _past(parsed, verb):
        return "time_lost"  # "Azerbaijan had five divisions": a state of a time no one says
    for entity in parsed.entities:
        if entity.label not in ("DATE", "TIME") or not WHEN.search(entity.text):
            continue
        if entity.start < span.end and span.start < entity.end or entity.text in claim:
            continue
        head = parsed.head_of(entity.start, entity.end)
        if head is None or any(t.dep in _ASIDES for t in parsed.ancestors(head)):
            continue
        return "time_lost"
    return None


# verbs of a state, which holds at a time: in the past tense, another value may hold at another
_STATES = frozenset(
    {"have", "be", "number", "total", "comprise", "consist", "contain", "include", "own"}
    | {"possess", "employ", "hold", "count", "house"}
)
# clauses and phrases that describe a noun, not the event
_ASIDES = frozenset({"relcl", "acl", "appos"})


_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")


def occasion_unnamed(claim: str, subject: str, page: PageSubject | None, types: NameTypes) -> bool:
    """Whether a figure's claim is what a person did on an article about a thing, without
    that thing or a date: "Sam Mendes insisted on two weeks of rehearsals" on the page of
    his film holds for that film; he may have insisted on another count for another."""
    if page is None or page.pronoun in ("he", "she") or WHEN.search(claim):
        return False
    if page.short in claim or page.name in claim:
        return False
    return any(types.type_of(name) == "person" for name in _NAME.findall(subject))


# a contest the same sides may meet in again ("Lesnar beat Undertaker"), unless the claim
# says which: a time (``WHEN``), a battle or a war (the claim's words after the
# rewordings: "fought" may read "battled", "the war" "the conflict")
_CONTEST = re.compile(
    r"\b(?:beat|beats|beaten|defeat|defeats|defeated|faced|faces|fought|fights|battled)\b",
    re.IGNORECASE,
)
_NAMED_CONTEST = re.compile(r"\b(?:battle|war|conflict)\b", re.IGNORECASE)


def contest_unnamed(claim: str) -> bool:
    """Whether a figure's claim is of a contest with nothing to say which: "Lesnar beat
    Undertaker after executing three F-5s" holds for one of their matches; in another he
    may have needed five."""
    return bool(_CONTEST.search(claim)) and not (WHEN.search(claim) or _NAMED_CONTEST.search(claim))


_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)"
# "for two months", "for a period of two months": how long an act went on
_FOR_BEFORE = re.compile(
    r"\bfor (?:a (?:period|total|term) of |(?:about|nearly|almost|over|more than|less than"
    r"|fewer than|at least|at most|up to) )?$",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(rf"^\s*{_UNIT}\b", re.IGNORECASE)
_UNIT_IN = re.compile(rf"\b{_UNIT}$", re.IGNORECASE)
# what a thing's own span of time is said with: it has one ("The peace lasted 50 years")
_LASTED = re.compile(
    r"\b(?:lasts|lasted|lasting)\b|\b(?:to|will|would|could|did|may|might) last\b",
    re.IGNORECASE,
)


def duration_unnamed(claim: str, start: int, end: int) -> bool:
    """Whether the figure at ``[start, end)`` is how long an act went on, with nothing in
    the claim to say which time: "Elchibey imposed a state of emergency for a period of
    two months" holds for one of the times he may have done so."""
    if not _FOR_BEFORE.search(claim[:start]):
        return False
    if not (_UNIT_IN.search(claim[start:end]) or _UNIT_AFTER.match(claim[end:])):
        return False
    return not (WHEN.search(claim) or _LASTED.search(claim))


# after a figure: its unit, its conversion in brackets, and the word after them
_CONVERSION = re.compile(r"^([^()\d.;]{0,25})\([^()]*\)\s*([a-z]+)?")


def conversion_left_out(text: str, span: Span, claim: str, end: int, spans: Sequence[Span]) -> bool:
    """Whether ``claim`` says a converted figure as its sentence does, without the conversion.

    ``end`` is where the figure ends in the claim; ``spans`` are the sentence's
    facts, whose ``converted`` flag (``facts.flags``) marks each figure followed
    by its conversion. "The head stands 2.69 metres (8.8 ft) high" may be "...
    stands 2.69 metres high": the unit and the word after the brackets stay with
    the figure. A sentence of several conversions ("1.78 metres (5.8 ft) high,
    1.17 metres (3.8 ft) wide and ...") lists measures whose words a cut mixes
    up, so none of its figures is changed.
    """
    match = _CONVERSION.match(text[span.end :])
    if match is None or sum("converted" in s.flags for s in spans) > 1:
        return False
    said = " ".join([*match.group(1).split(), match.group(2) or ""]).strip()
    claimed = " ".join(claim[end:].split())
    # the same words, not the start of another ("800 miles away" is not "800 miles a year")
    return "(" not in claim and re.match(rf"{re.escape(said)}(?!\w)", claimed) is not None


# an award said by its category alone, and what names the awards it is of
_CATEGORY = re.compile(r"\bBest [A-Z]")
_AWARDS = re.compile(r"\b(?:Awards?|Prizes?|Oscars?|Emmys?|Grammys?|Globes?|BAFTAs?|Festival)\b")


def award_unnamed(claim: str, sentence: str) -> bool:
    """Whether the claim names an award by its category alone where its sentence says whose
    awards: "American Beauty won Best Film" of "at the Golden Globe Awards, American Beauty
    won Best Film" (every awards has a Best Film)."""
    return bool(_CATEGORY.search(claim) and _AWARDS.search(sentence) and not _AWARDS.search(claim))


# a first- or second-person word: the sentence gives someone's own words
# ("I" is left out: "World War I", "Charles I"; "US" is the United States)
# (capitalised only where the sentence opens: "Call Me Maybe" is a title)
_SPEAKER = re.compile(
    r"^(?:Me|My|We|Our|Ours|You|Your|Yours)\b|\b(?:me|my|we|us|our|ours|you|your|yours)\b"
)


def quoted(sentence: str) -> bool:
    """Whether a sentence is someone's words rather than the article's: a quotation mark
    left open or closed from another sentence ('It was all my fault."'), or a speaker's
    "my", "we" or "you" outside any quotation marks."""
    marks = sentence.count('"') + sentence.count("“") + sentence.count("”")
    if marks % 2:
        return True
    outside = re.sub(r'"[^"]*"|“[^”]*”', " ", sentence)
    return bool(_SPEAKER.search(outside))
