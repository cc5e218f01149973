"""Verbs said in other words: "captured the town" as "seized the town".

A verb of the cut clause whose lemma has a safe synonym is replaced by that
synonym in the same form ("began" / "started", "was founded" / "was
established"); lemminflect gives the form. The same clause makes both
claims of a pair, so the rewording is the same on both sides and says
nothing about the label.

A synonym is safe only in some frames of its verb: "led the army" is "headed
the army", but "led to a war" is not "headed to a war". Each entry says in
which frame it holds.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from fever_builder.analysis.records import Parsed, Token
from fever_builder.claims.clause_text import Reworded
from fever_builder.claims.paraphrase import stem

# the frame a synonym needs: a direct object ("thing"), a clause or an infinitive after
# the verb ("clause"), no object at all ("alone"), or any ("any")
VERBS: dict[str, tuple[str, str]] = {
    "capture": ("seize", "any"),
    "seize": ("capture", "any"),
    "recapture": ("retake", "any"),
    "begin": ("start", "any"),
    "start": ("begin", "any"),
    "construct": ("build", "any"),
    "build": ("construct", "thing"),
    "complete": ("finish", "thing"),
    "finish": ("complete", "thing"),
    "create": ("make", "thing"),
    "produce": ("make", "thing"),
    "establish": ("set up", "thing"),
    "found": ("establish", "thing"),
    "discover": ("find", "thing"),
    "receive": ("get", "thing"),
    "obtain": ("get", "thing"),
    "use": ("employ", "thing"),
    "hire": ("employ", "thing"),
    "attack": ("assault", "thing"),
    "announce": ("declare", "any"),
    "state": ("say", "clause"),
    "say": ("state", "clause"),
    "believe": ("think", "clause"),
    "describe": ("characterize", "thing"),
    "order": ("command", "clause"),
    "decide": ("choose", "clause"),
    "refuse": ("decline", "clause"),
    "try": ("attempt", "clause"),
    "allow": ("permit", "any"),
    "permit": ("allow", "any"),
    "prevent": ("stop", "thing"),
    "support": ("back", "thing"),
    "lead": ("head", "thing"),
    "command": ("lead", "thing"),
    "appoint": ("name", "thing"),
    "rule": ("govern", "thing"),
    "reign": ("rule", "alone"),
    "compose": ("write", "thing"),
    "portray": ("play", "thing"),
    "depict": ("show", "thing"),
    "film": ("shoot", "any"),
    "broadcast": ("air", "thing"),
    "locate": ("situate", "any"),
    "injure": ("wound", "any"),
    "rescue": ("save", "any"),
    "halt": ("stop", "any"),
    "stop": ("halt", "thing"),
    "surround": ("encircle", "any"),
    "retreat": ("withdraw", "alone"),
    "abandon": ("leave", "thing"),
    "defend": ("protect", "thing"),
    "achieve": ("attain", "thing"),
    "reject": ("turn down", "thing"),
    "propose": ("suggest", "any"),
    "require": ("need", "any"),
    "ban": ("prohibit", "thing"),
    "live": ("reside", "alone"),
    "remain": ("stay", "any"),
    "return": ("come back", "alone"),
    "depart": ("leave", "alone"),
    "feature": ("include", "thing"),
    "publish": ("release", "thing"),
    "destroy": ("wreck", "thing"),
    "beat": ("defeat", "thing"),
    "choose": ("pick", "any"),
    "send": ("dispatch", "thing"),
    "proclaim": ("declare", "any"),
    "transfer": ("move", "any"),
    "excavate": ("dig up", "thing"),
    "buy": ("purchase", "thing"),
    "report": ("state", "clause"),
    "protect": ("guard", "thing"),
    "gross": ("earn", "thing"),
    "travel": ("journey", "alone"),
    "divide": ("split", "any"),
    "request": ("ask for", "thing"),
    "form": ("create", "thing"),
    "end": ("finish", "any"),
    "sustain": ("suffer", "thing"),
    "occupy": ("hold", "thing"),
    "disband": ("dissolve", "any"),
    "organise": ("arrange", "thing"),
    "organize": ("arrange", "thing"),
    "attend": ("go to", "thing"),
    "watch": ("view", "thing"),
    "plan": ("intend", "clause"),
    "marry": ("wed", "thing"),
    "help": ("assist", "thing"),
    "assist": ("help", "thing"),
    "praise": ("commend", "thing"),
    "claim": ("assert", "clause"),
    "demolish": ("tear down", "thing"),
    "arrest": ("detain", "thing"),
    "kidnap": ("abduct", "thing"),
    "expand": ("enlarge", "thing"),
    "acquire": ("obtain", "thing"),
    "cancel": ("call off", "thing"),
    "postpone": ("delay", "thing"),
    "conduct": ("carry out", "thing"),
    "investigate": ("look into", "thing"),
    "examine": ("study", "thing"),
    "predict": ("forecast", "thing"),
    "donate": ("give", "thing"),
    "resign": ("step down", "alone"),
    "show": ("indicate", "clause"),
    "indicate": ("show", "clause"),
    "demonstrate": ("show", "thing"),
    "intend": ("plan", "clause"),
    "aim": ("intend", "clause"),
    "persuade": ("convince", "any"),
    "convince": ("persuade", "any"),
    "increase": ("rise", "alone"),
    "decrease": ("decline", "alone"),
    "group": ("organize", "any"),
    "split": ("divide", "thing"),
    "merge": ("combine", "any"),
    "connect": ("link", "any"),
    "link": ("connect", "any"),
    "extend": ("stretch", "alone"),
    "terminate": ("end", "any"),
    "cease": ("stop", "thing"),
    "utilize": ("use", "thing"),
    "utilise": ("use", "thing"),
    "reside": ("live", "alone"),
    "own": ("possess", "thing"),
    "govern": ("rule", "thing"),
    "award": ("give", "thing"),
    "grant": ("give", "thing"),
    "reveal": ("disclose", "thing"),
    "manufacture": ("make", "thing"),
    "rebuild": ("reconstruct", "thing"),
    "reconstruct": ("rebuild", "thing"),
    "erect": ("put up", "thing"),
    "carve": ("sculpt", "thing"),
    "exile": ("banish", "thing"),
    "recruit": ("enlist", "thing"),
    "repair": ("fix", "thing"),
    "renovate": ("refurbish", "thing"),
    "evaluate": ("assess", "thing"),
    "assess": ("evaluate", "thing"),
    "collect": ("gather", "thing"),
    "gather": ("collect", "thing"),
    "exceed": ("surpass", "thing"),
    "surpass": ("exceed", "thing"),
    "resemble": ("look like", "thing"),
}
_CLAUSES = frozenset({"xcomp", "ccomp"})
# synonyms that hold only for an object named by a common noun: "led the army" is
# "headed the army", but "Nixon led Humphrey" (in a poll) is no "headed Humphrey"
_COMMON_OBJECT = frozenset({"lead"})


@cache
def _inflect(lemma: str, tag: str) -> str | None:
    from lemminflect import getInflection  # its tables load on first use

    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else None


def reword_verbs(
    parsed: Parsed,
    order: list[int | str],
    *,
    keep: Collection[int],
    participle: int | None = None,
) -> list[int | str]:
    """``order`` with each verb that has a safe synonym in its frame said with it.

    ``keep`` are token ids that stay as written (the fact, the subject);
    ``participle`` is a verb the passive turned into a participle.
    """
    tokens = parsed.tokens
    kept = {i for i in order if isinstance(i, int)}
    words = {stem(tokens[i].text) for i in kept}
    out: list[int | str] = []
    for item in order:
        if isinstance(item, int) and item not in keep:
            new = _synonym(parsed, tokens[item], kept, words, item == participle)
            if new is not None:
                out.append(Reworded(new, item))
                continue
        out.append(item)
    return out


def _synonym(
    parsed: Parsed, verb: Token, kept: set[int], words: set[str], participle: bool
) -> str | None:
    if verb.pos != "VERB" or verb.dep in ("aux", "auxpass", "amod", "compound"):
        return None
    children = parsed.children(verb.i)
    if any(c.dep in ("det", "poss", "amod", "compound") for c in children) or (
        verb.tag == "VB" and not any(c.dep in ("aux", "auxpass", "mark") for c in children)
    ):
        return None  # "his first Premier League start": a noun the tagger took for a verb
    entry = VERBS.get(verb.lemma.casefold())
    if entry is None or not verb.text.islower():
        return None
    synonym, frame = entry
    children = [t for t in parsed.children(verb.i) if t.i in kept]
    if any(c.dep == "prt" for c in children):
        return None  # "set up", "broke out": the particle is part of the verb
    passive = participle or any(c.dep in ("nsubjpass", "auxpass") for c in children)
    thing = passive or any(c.dep == "dobj" for c in children)
    clause = any(c.dep in _CLAUSES for c in children)
    if frame == "thing" and not thing:
        return None
    if frame == "clause" and not clause:
        return None
    if frame == "alone" and (thing or clause):
        return None
    if verb.lemma.casefold() in _COMMON_OBJECT and not any(
        c.dep == "dobj" and c.pos == "NOUN" for c in children
    ):
        return None  # "led him", "was led by Dewey": no common noun to lead
    tag = "VBN" if participle else verb.tag
    head, *rest = synonym.split()
    form = _inflect(head, tag) if tag.startswith("VB") else None
    if form is None or stem(head) in words:
        return None  # "battled a series of battles"
    return " ".join([form, *rest])
