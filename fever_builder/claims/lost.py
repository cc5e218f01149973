"""What a kept word needs that a cut may drop: what it measures from or points to ("nine
days later", "the other eight", "now"), whom or what it is of or towards ("independence"
from whom, an ambassador to whom, "along with" whom), the number that qualifies it ("adults
aged 18–49"), what it answers ("obliged", "responded"). ``slip`` (in ``clause_text``)
refuses a cut that keeps the word without it.
"""

from __future__ import annotations

from fever_builder.analysis.records import Parsed, Token

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
    if word == "another" and token.dep == "det":
        return "pointing_back"  # "another successful title defense": besides which?
    if token.lemma.casefold() in _SEPARATIONS and any(
        c.dep == "prep" and c.text.casefold() == "from" and c.i not in inside for c in children
    ):
        return "origin_lost"  # "declared its independence" without "from the Soviet Union"
    if word == "now" and token.dep == "advmod" and _past(parsed, parsed.tokens[token.head]):
        return "pointing_back"  # "was now down to 600 men": now, after what?
    if word in ("back", "away") and any(c.dep == "prep" and c.i not in inside for c in children):
        return "destination_lost"  # "out of Aghdara and back" without "to Ganja"
    if token.dep == "npadvmod" and token.head not in inside and token.pos in ("NOUN", "NUM"):
        return "destination_lost"  # "was 7 km" without "north of the capital"
    measured = any(c.dep == "nummod" and c.i in inside for c in children)
    if measured and any(c.i not in inside and c.text.casefold() in _FROM_WHERE for c in children):
        return "destination_lost"  # "was 7 kilometres (4 miles) north of ...", parsed apart
    return None


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
