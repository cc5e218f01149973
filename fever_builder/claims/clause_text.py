"""The text of a cut clause: its words in order, the fact found again, and the checks
that refuse what a slip of the parse would make visible."""

from __future__ import annotations

from fever_builder.analysis.records import Parsed, Token
from fever_builder.claims.frames import Frame
from fever_builder.claims.lost import name_lost, reference_lost


class Reworded(str):
    """A word said in other words in a claim, that remembers the token it stands for."""

    at: int

    def __new__(cls, text: str, at: int) -> Reworded:
        word = super().__new__(cls, text)
        word.at = at
        return word


def _position(item: int | str | None) -> int | None:
    """The token an item of a claim's order stands for, if any."""
    return item if isinstance(item, int) else getattr(item, "at", None)


SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
# word classes whose capital at a sentence's start is only the start's
CLOSED_CLASSES = frozenset({"DET", "PRON", "ADP", "SCONJ", "CCONJ", "PART", "AUX", "ADV"})
# the sentence's first word, moved from the front, loses its capital only if it is one of
# these ("According to X", "In 1993"); a noun or a name keeps it
LOWERED_WHEN_MOVED = CLOSED_CLASSES | {"VERB", "ADP", "NUM"}
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def has_subject(parsed: Parsed, verb: Token) -> bool:
    return any(t.head == verb.i and t.dep in SUBJECTS and t.i != verb.i for t in parsed.tokens)


def subject_first(parsed: Parsed, order: list[int | str], subject: list[int]) -> list[int | str]:
    """A phrase before the subject moved to the end: "On 2 February, the forces attacked X"
    as "The forces attacked X on 2 February"."""
    if not subject or subject[0] not in order:
        return order
    at = order.index(subject[0])
    front = [
        i
        for i in order[:at]
        if i != "," and (isinstance(i, str) or parsed.tokens[i].pos != "PUNCT")
    ]
    if not front or any(isinstance(i, str) for i in front):
        return order
    if parsed.tokens[front[0]].pos in ("CCONJ", "SCONJ") and parsed.tokens[front[0]].dep != "mark":
        return order
    if any(isinstance(i, int) and parsed.tokens[i].dep in ("ccomp", "xcomp") for i in order[at:]):
        return order  # "In 1988, X reported that ...": at the end, the date would date the report's content
    if parsed.tokens[front[0]].pos == "VERB":
        # "Speaking in 2020, X said ...": a participle clause reads as X's only in front
        return order
    return [*order[at:], *front]


# words that point back to something the sentence or an earlier one named
POINTING = frozenset(
    {
        "this",
        "these",
        "those",
        "such",
        "former",
        "latter",
        "same",
        "further",
        "similar",
        "remaining",
        "nearby",
        "subsequent",
        "previous",
        "following",
        "preceding",
        "next",
        "neighbouring",
        "neighboring",
        "adjacent",
        "aforementioned",
    }
)
# verbs whose complement is a bare infinitive: "let them pass", "helped the army capture"
BARE_INFINITIVE_VERBS = frozenset({"help", "let", "make", "see", "watch", "hear", "have", "bid"})
INTRODUCERS = frozenset({"IN", "WDT", "WP", "WP$", "WRB", "CC"})


def slip(parsed: Parsed, kept: list[int], clause: Token) -> str | None:
    """What the parse got wrong that the cut would make visible, by name; None when none.

    A bare verb ("had attempted extensively Azerify") needs "to", a modal
    or "do" before it; a clause inside the claim with its own subject needs
    the word that introduces it ("that", "where", "and") kept, or two
    sentences run together ("a strategy Armenia would be a combat zone").
    """
    tokens = parsed.tokens
    inside = set(kept)
    words = [i for i in kept if tokens[i].pos != "PUNCT"]
    if words and tokens[min(words)].tag in ("WDT", "WP", "WP$"):
        return "opens_with_a_relative"  # "Which cleared him ...": the antecedent is lost
    if words and tokens[max(words)].pos == "AUX":
        return "ends_on_auxiliary"  # "The US 9th Infantry Regiment was.": the subject came after it
    subject = next(
        (c for c in parsed.children(clause.i) if c.dep in SUBJECTS and c.i in inside), None
    )
    if name_lost(parsed, inside, subject):
        return "name_lost"  # "Codenamed "Felix", the plan ...": which plan?
    for token in tokens:
        if (
            token.i not in inside
            and token.dep == "prep"
            and token.i + 1 in inside
            and not parsed.children(token.i)
        ):
            return "preposition_lost"  # "On 14 May 2008 ..." parsed without its object
    for i in kept:
        token = tokens[i]
        for j in (i - 1, i + 1):
            glued = 0 <= j < len(tokens) and (tokens[min(i, j)].end == tokens[max(i, j)].start)
            if glued and j not in inside and tokens[j].pos != "PUNCT":
                return "word_split"  # "were re-." from "re-evacuated": a word cut in two
        nominal = ("NOUN", "PROPN", "NUM", "ADJ")
        if (
            token.dep == "conj"
            and token.head not in inside
            and token.pos in nominal
            and tokens[token.head].pos in nominal
        ):
            return "list_cut"  # "Bringing Out the Dead, and Magnolia" without the first film
        if token.dep == "appos" and i > 0 and tokens[i - 1].text in (",", "–", "—", "("):
            # its commas go with the cut: "defense of X the low hills"
            return "appositive_in_clause"
        if token.text.casefold() in POINTING and token.dep in (
            "det",
            "nsubj",
            "dobj",
            "pobj",
            "amod",
            "compound",
        ):
            return "pointing_back"  # "these vehicles", "the latter": what they point to is cut
        if token.text.casefold() in ("it", "them") and token.dep in ("dobj", "pobj"):
            return "pointing_back"  # "and consider it"
        if (
            token.pos == "PROPN"
            and i >= 2
            and tokens[i - 1].text == ":"
            and tokens[i - 2].pos == "PROPN"
            and not {i - 1, i - 2} & inside
        ):
            return "name_cut"  # "Ağdam" of the film "İşğal Altında: Ağdam" reads as the town
        reference = reference_lost(parsed, token, inside)
        if reference is not None:
            return reference
        if token.tag == "MD" and any(
            t.lemma == "have" and t.dep == "aux" and t.i in inside
            for t in parsed.children(token.head)
        ):
            return "counterfactual"  # "would have been resolved": true only under a condition
        if (
            token.dep == "npadvmod"
            and token.pos == "PROPN"
            and not any(
                e.label in ("DATE", "TIME") for e in parsed.entities_over(token.start, token.end)
            )
        ):
            return "name_as_adverb"  # "captured by A and, per observers, the 366th Regiment"
        below = parsed.children(i)
        objects = [t for t in below if t.dep in ("pobj", "pcomp")]
        if (objects or token.dep in ("prep", "agent")) and not any(
            t.i in inside for t in (objects or below)
        ):
            # "halted aid coming to.", "was only given after" without "the job"
            return "preposition_alone"
        if token.dep == "cc" and not any(
            t.dep == "conj" and t.i in inside for t in parsed.children(token.head)
        ):
            return "conjunction_alone"  # "... Charities and, in October 2008"
        if token.dep == "conj" and token.head in inside:
            # "A, B and C" cut to "A C": the joining word went with a dropped member
            joined = range(min(token.head, i) + 1, i)
            if not any(
                (tokens[j].dep == "cc" and j in inside)
                or (tokens[j].text == "," and j - 1 in inside and j + 1 in inside)
                for j in joined
            ):
                return "list_cut"
        bare_after = tokens[token.head].lemma in BARE_INFINITIVE_VERBS  # "helped them capture"
        if (
            token.tag == "VB"
            and token.i != clause.i
            and token.dep not in ("aux", "auxpass")
            and not bare_after
        ):
            helpers = [
                t
                for t in parsed.children(i)
                if t.dep in ("aux", "auxpass") and t.i in inside and t.i < i
            ]
            if not helpers and token.dep not in ("ROOT", "conj"):
                return "bare_verb"
        if (
            token.i != clause.i
            and token.pos in ("VERB", "AUX")
            and token.dep not in ("aux", "auxpass", "conj")
            and has_subject(parsed, token)
        ):
            first = min(j for j in inside if parsed.dominates(token, tokens[j]))
            introduced = tokens[first].tag in INTRODUCERS or tokens[first].text.casefold() == "that"
            right_after = first - 1 in inside and tokens[first - 1].i == token.head
            # "said he would", "the first time forces had advanced": no word needed
            if not introduced and not (token.dep in ("ccomp", "relcl") and right_after):
                return "clauses_run_together"
    return None


# words that measure from something: "nine days later", "7 km north", "back"
def _set_off_participle(parsed: Parsed, at: int | None, kept: set[int]) -> int | None:
    """The comma that sets off the participle clause (its verb at ``at``) in the sentence,
    when the words between it and the verb were cut: it stays in the claim."""
    if at is None:
        return None
    verb = parsed.tokens[at]
    if verb.tag != "VBG" or verb.dep != "advcl" or verb.head > at:
        return None
    j = at - 1
    while j > verb.head and j not in kept and parsed.dominates(verb, parsed.tokens[j]):
        j -= 1
    return j if j > verb.head and parsed.tokens[j].text == "," else None


def render(
    parsed: Parsed,
    order: list[int | str],
    start: int,
    end: int,
    fact: tuple[Token, ...],
    subject: list[int],
) -> Frame | None:
    """The claim text of ``order`` (token ids, and words a rewrite inserts), the fact located.

    The frame records the subject's length when the text opens with it.
    """
    tokens = parsed.tokens
    kept = {i for i in order if isinstance(i, int)}
    fact_ids = {t.i for t in fact}
    if not fact_ids <= kept:
        return None

    def dropped(item: int | str) -> bool:
        # punctuation stays only between two kept words of one phrase
        # ("Nagorno-Karabakh", "A, B and C")
        if isinstance(item, str) or tokens[item].pos != "PUNCT" or item in fact_ids:
            return False
        inner = tokens[item].text not in ('"', "“", "”", "(", ")", ";", ":")
        return not (inner and item - 1 in kept and item + 1 in kept)

    items: list[int | str] = []
    for item, following in zip(order, [*order[1:], None], strict=True):
        comma = _set_off_participle(parsed, _position(item), kept)
        if comma is not None and items and _position(items[-1]) != comma:
            items.append(comma)  # "Spacey obliged, coming up with ..." of "obliged, eventually"
        if not dropped(item):
            items.append(item)
        # commas and dashes between two kept words ("On 2 February, the forces ...")
        at = _position(item)
        if at is not None and _position(following) == at + 2:
            between = tokens[at + 1]
            # not the comma of a cut noun phrase ("the group, Helsinki Initiative 92,")
            of_cut_noun = between.head not in kept and tokens[between.head].pos in ("NOUN", "PROPN")
            if between.text in (",", "-", "–") and between.pos == "PUNCT" and not of_cut_noun:
                items.append(between.i)
    edge = ("PUNCT", "CCONJ")
    while items and isinstance(items[-1], int) and tokens[items[-1]].pos in edge:
        items.pop()
    while items and isinstance(items[0], int) and tokens[items[0]].pos in edge:
        items.pop(0)
    if not items:
        return None
    text = ""
    where: dict[int, int] = {}
    previous: int | str | None = None
    for item in items:
        if isinstance(item, str):
            text += item if not text or not item[0].isalnum() else " " + item
            previous = item
            continue
        token = tokens[item]
        if isinstance(previous, int) and item == previous + 1:
            text += parsed.text[tokens[previous].end : token.start]
        elif previous is not None and token.text not in (",", "'s", "’s"):
            text += " "
        where[item] = len(text)
        word = token.text
        if (
            item == 0
            and items[0] != 0
            and (
                token.pos in LOWERED_WHEN_MOVED
                or (token.pos == "ADJ" and not parsed.entities_over(token.start, token.end))
            )
        ):
            word = word[:1].lower() + word[1:]  # the sentence's first word, no longer first
        text += word
        previous = item
    text = text.rstrip(" ,;:")
    text = text[:1].upper() + text[1:] + "."
    opens = bool(subject) and items[: len(subject)] == subject
    subject_end = where[subject[-1]] + len(tokens[subject[-1]].text) if opens else 0
    if not fact:
        said = kept | {i.at for i in order if isinstance(i, Reworded)}  # "seized" for "captured"
        return Frame(text, 0, 0, subject_end, tuple(sorted(said)))
    if not fact_ids <= where.keys():
        return None  # the fact began or ended the cut with a comma or a conjunction
    first = min(fact, key=lambda t: t.start)
    last = max(fact, key=lambda t: t.end)
    frame = Frame(
        text,
        where[first.i] + max(0, start - first.start),
        where[last.i] + (min(end, last.end) - last.start),
        subject_end,
    )
    if frame.fact.casefold() != parsed.text[start:end].casefold():
        return None  # the fact's own characters changed in the cut
    return frame
