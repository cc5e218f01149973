"""A pair becomes two claim rows: the subject made explicit, the evidence sets, provenance."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from fever_builder.analysis.records import Parsed, Token
from fever_builder.claims import mutations as m
from fever_builder.claims.context import Context, Pair, first_made
from fever_builder.claims.model import NEI, Claim, Evidence
from fever_builder.claims.reference import PageSubject
from fever_builder.corpus import Page, Sentence

PREFIX = "fever-builder/"


PRONOUN_START = re.compile(
    r"^(?:He|She|It|They|His|Her|Their|This|These|Those|Its|Such|Both|Another|Other)\b"
)


# where a claim's subject may refer back: its first word, or one after an opening adjunct
# ("In 2002, he ...")
SUBJECT_WORD = re.compile(
    r"(?:^|, )(?P<word>he|she|it|they|his|her|their|its|this|these|those|the)(?= )",
    re.IGNORECASE,
)
# words after an opening adjunct that leave the subject unresolved, like PRONOUN_START's
REFERRING = frozenset(
    {"he", "she", "it", "they", "his", "her", "their", "its", "this", "these", "those"}
)
POSSESSIVES = {"his": "he", "her": "she"}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


TITLE_NOUNS = {"battle": "Battle of ", "operation": "Operation "}


def needs_previous(text: str) -> bool:
    """Whether a sentence may open with a subject that refers back (its previous one is read)."""
    return SUBJECT_WORD.search(text) is not None


def resolve_subject(
    page: Page,
    position: int,
    text: str,
    *,
    subject: PageSubject | None = None,
    parsed: Parsed | None = None,
) -> str | None:
    """Make a sentence self-contained: its subject named as the page's title names it.

    "The battle ..." on the page "Battle of Kalbajar" becomes "The Battle of
    Kalbajar ...". With the page's ``subject`` and the sentence's parse, "He"
    (or "His army") on a person's page, "It" or "The film" on a film's page
    become the page's entity where nothing else can be meant (see
    :mod:`fever_builder.claims.reference`). A sentence opening with a pronoun
    it cannot resolve gives None.

    No sentence joins the evidence for it: an evidence sentence is read with
    its page, as FEVER's annotators read it, and the page's title names the
    entity ("He has two older brothers" on the page "Brock Lesnar").
    """
    for noun, prefix in TITLE_NOUNS.items():
        if text.startswith(f"The {noun} ") and page.title.startswith(prefix):
            name = page.title.split(" (")[0]
            named = name if name.startswith("Operation") else f"The {name}"
            return named + text[len(f"The {noun}") :]
    if re.match(
        r"The war (?:was|had|ended|began|lasted|took|claimed|killed|saw|caused|resulted|became|left|broke)\b",
        text,
    ) and page.title.split(" (")[0].endswith(" War"):
        name = page.title.split(" (")[0]
        return f"The {name}" + text[len("The war") :]
    if subject is not None and parsed is not None:
        titled = _title_noun(position, text, subject, parsed)
        if titled is not None:
            return titled
    if text.startswith("It ") and position == 1:
        # right after the lead, which is about the page's own subject
        previous = page.sentences[position - 1]
        name = page.title.split(" (")[0]
        for named in (f"The {name} ", f"{name} "):
            if previous.text.startswith(named):
                return named.strip() + text[len("It") :]
    opening = _opening(text, parsed, subject.noun if subject is not None else None)
    if opening is None:
        return None if PRONOUN_START.match(text) else text
    if subject is not None and parsed is not None:
        resolved = _refer(page, position, text, opening, subject, parsed)
        if resolved is not None:
            return resolved
    word = opening["word"].casefold()
    if PRONOUN_START.match(text) or word in REFERRING or word == "the":
        return None  # "the" here is "the film" on a film's page, with another film in reach
    return text


def _title_noun(position: int, text: str, subject: PageSubject, parsed: Parsed) -> str | None:
    """ "The battalion ..." on the page "Zrinski Battalion" as "The Zrinski Battalion ...":
    an opening "the" and a noun of the page's title (the class noun goes through
    ``_refer``), standing alone as the subject, after the lead and with no other thing
    of the page's kind in reach."""
    match = re.match(r"The (\w+)\b", text)
    if match is None or not subject.called or subject.lead is None or subject.lead >= position:
        return None
    word = match[1].casefold()
    if word not in subject.nouns or word == subject.noun:
        return None
    token = _subject_token(parsed, "the", noun=word)
    if token is None or not _bare_noun(parsed, token):
        return None
    if subject.rivals("kin", position, token.start):
        return None
    return subject.called[0].upper() + subject.called[1:] + text[match.end() :]


def _opening(text: str, parsed: Parsed | None, noun: str | None) -> re.Match[str] | None:
    """The word that opens the claim's subject and may refer back: a pronoun first, or after
    an opening adjunct where the parse makes it a subject; "the" before the page's class noun."""
    for match in SUBJECT_WORD.finditer(text):
        word = match["word"].casefold()
        if word == "the":
            following = text[match.end() + 1 :].split(" ")[0]
            if noun is None or not re.fullmatch(rf"{re.escape(noun)}(?:['’]s)?", following, re.I):
                continue
        elif match.start() == 0:
            return match
        if parsed is not None and _subject_token(parsed, word, noun=noun) is not None:
            return match
    return None


def _refer(
    page: Page,
    position: int,
    text: str,
    opening: re.Match[str],
    subject: PageSubject,
    parsed: Parsed,
) -> str | None:
    """The opening pronoun or class noun replaced by the page's entity, if it can only mean that."""
    word = opening["word"].casefold()
    start, end = opening.start("word"), opening.end("word")
    if subject.lead is None or subject.lead >= position:
        return None
    if any(w.casefold() in REFERRING for w in re.findall(r"\w+", text[:start])):
        return None  # "In his first match, he ...": two references, not one
    token = _subject_token(parsed, word, noun=subject.noun)
    if token is None:
        return None
    name = subject.short
    if word in ("he", "she") and subject.pronoun == word:
        kind = "people"
    elif word in POSSESSIVES and subject.pronoun == POSSESSIVES[word]:
        kind, name = "people", _owner(subject.short)
    elif word == "it" and subject.pronoun == "it" and position - 1 in subject.about:
        if _expletive(parsed, token):
            return None  # "It was announced that ...": "it" stands for no thing
        kind = "things"
    elif word == "the" and subject.noun is not None:
        noun = text[end + 1 :].split(" ")[0]
        possessive = re.fullmatch(rf"{re.escape(subject.noun)}(['’]s)?", noun, re.IGNORECASE)
        if possessive is None or not _bare_noun(parsed, token):
            return None
        kind, end = "kin", end + 1 + len(noun)
        if possessive[1]:
            name = _owner(subject.short)
    else:
        return None
    if subject.rivals(kind, position, token.start):
        return None
    if start > 0 and name.startswith("The ") and not subject.name.startswith("The "):
        name = "t" + name[1:]
    return text[:start] + name + text[end:]


def _owner(name: str) -> str:
    return name + "'s"


def _subject_token(parsed: Parsed, word: str, *, noun: str | None = None) -> Token | None:
    """The sentence's last token that is ``word`` as a subject or a subject's possessor (for
    "the", the ``noun`` it determines), or None. The last, so that what is named before
    any of them counts."""
    found = None
    for token in parsed.tokens:
        if word == "the":
            if token.text.casefold() != noun or token.dep not in (*SUBJECT_DEPS, "poss"):
                continue
            if any(c.text.casefold() == "the" for c in parsed.children(token.i)):
                found = token
        elif token.text.casefold() == word and (
            token.dep in SUBJECT_DEPS
            or (token.dep == "poss" and parsed.tokens[token.head].dep in SUBJECT_DEPS)
        ):
            found = token
    return found


def _expletive(parsed: Parsed, it: Token) -> bool:
    """Whether "it" only fills the subject's place for a clause: "It was announced that ..."."""
    verb = parsed.tokens[it.head]
    deps = {c.dep for c in parsed.children(verb.i)}
    return bool(deps & {"ccomp", "csubj"}) or (
        "xcomp" in deps and bool(deps & {"acomp", "auxpass"})
    )


def _bare_noun(parsed: Parsed, noun: Token) -> bool:
    """Whether "the <noun>" stands alone: no modifier ("the first film") or compound after it."""
    if any(c.dep in ("amod", "compound", "nummod") for c in parsed.children(noun.i)):
        return False
    following = parsed.tokens[noun.i + 1] if noun.i + 1 < len(parsed.tokens) else None
    return following is None or following.pos not in ("NOUN", "PROPN")


def resolve_pair(
    page: Page,
    position: int,
    pair: Pair,
    *,
    subject: PageSubject | None = None,
    parsed: Parsed | None = None,
) -> Pair | None:
    """Both claims of a pair with their shared subject made explicit (see :func:`resolve_subject`)."""
    supports = resolve_subject(page, position, pair.supports, subject=subject, parsed=parsed)
    refutes = resolve_subject(page, position, pair.refutes, subject=subject, parsed=parsed)
    if supports is None or refutes is None:
        return None
    if len(refutes) - len(pair.refutes) != len(supports) - len(pair.supports):
        return None  # the changed fact is in the subject itself
    return replace(pair, supports=supports, refutes=refutes)


def claims_of(
    pair: Pair,
    page: Page,
    sentence: Sentence,
    naming: list[Sentence],
    ctx: Context,
    *,
    resolved: bool = False,
) -> list[Claim]:
    """The claim rows of a pair made from ``sentence``, with ``naming`` (the sentences that
    name people it names by surname) in its evidence; ``resolved`` when its subject was
    named after the page (see :func:`evidence_sets`)."""
    pair = capitalised(pair)
    if pair.supports == pair.refutes:
        ctx.dropped["no_change"] += 1
        return []
    if not first_made(pair, ctx):
        return []
    evidence = evidence_sets(page, sentence, naming, pair.original, ctx, resolved=resolved)
    if not pair.settled and any(pair.replacement in e.text for s in evidence for e in s):
        # the new name is in the evidence after all: it may say something of it
        ctx.dropped["unsettled_name_in_evidence"] += 1
        return []
    pair_id = digest(f"{page.title}|{sentence.id}|{pair.mutation}|{pair.supports}|{pair.refutes}")
    if not pair.settled:
        refutes_generator = m.UNSETTLED_GENERATOR
    elif pair.support_form == "disjunction":
        refutes_generator = m.SUPPORTS_GENERATORS["disjunction"]
    else:
        refutes_generator = m.GENERATORS[pair.mutation]
    supports_generator = m.SUPPORTS_GENERATORS.get(pair.support_form, m.GENERATORS[pair.mutation])
    return pair_claims(
        pair,
        pair_id=pair_id,
        evidence=evidence,
        page=page.title,
        sentence_id=sentence.id,
        group=sentence.group,
        generators=(supports_generator, refutes_generator),
    )


def evidence_sets(
    page: Page,
    sentence: Sentence,
    naming: list[Sentence],
    original: str,
    ctx: Context,
    *,
    resolved: bool = False,
) -> tuple[tuple[Evidence, ...], ...]:
    """The source sentence (with the sentences naming people it names by surname), then
    each copy of it.

    Not the copies of a sentence whose subject was ``resolved`` to the page's
    entity ("He" as "Brock Lesnar"): on another page, the same words are about
    that page's entity.
    """
    first = tuple(
        Evidence(page.title, s.id, s.text)
        for s in sorted({n.id: n for n in [*naming, sentence]}.values(), key=lambda s: s.id)
    )
    sets = [first]
    if not naming and not resolved:
        for title, copy in ctx.groups.get(sentence.group, []):
            if (title, copy.id) != (page.title, sentence.id) and original in copy.text:
                sets.append((Evidence(title, copy.id, copy.text),))
    return tuple(sets)


def pair_claims(
    pair: Pair,
    *,
    pair_id: str,
    evidence: tuple[tuple[Evidence, ...], ...],
    page: str,
    sentence_id: int,
    group: str,
    generators: tuple[str, str],
) -> list[Claim]:
    """The SUPPORTS and REFUTES claims of a pair, with their shared provenance; of an
    unsettled pair, only its changed claim, as NOT ENOUGH INFO."""
    original, replacement = changed_spans(pair.supports, pair.refutes)
    sides = (
        (("SUPPORTS", pair.supports, generators[0]), ("REFUTES", pair.refutes, generators[1]))
        if pair.settled
        else ((NEI, pair.refutes, generators[1]),)
    )
    return [
        Claim(
            id="c" + digest(f"{pair_id}|{label}|{text}"),
            claim=text,
            label=label,
            evidence=evidence,
            mutation=pair.mutation,
            generator=PREFIX + generator,
            original=original,
            replacement=replacement,
            source_page=page,
            source_sentence=sentence_id,
            group=group,
            pair="p" + pair_id,
        )
        for label, text, generator in sides
    ]


def capitalised(pair: Pair) -> Pair:
    return replace(
        pair,
        supports=pair.supports[:1].upper() + pair.supports[1:],
        refutes=pair.refutes[:1].upper() + pair.refutes[1:],
    )


def changed_spans(supports: str, refutes: str) -> tuple[str, str]:
    """The parts in which two sibling claims differ, widened to whole words.

    ``supports == head + original + tail`` and ``refutes == head + replacement
    + tail`` for the longest shared ``head`` and ``tail`` that end and start
    at word boundaries (punctuation both parts share stays outside them).
    """
    limit = min(len(supports), len(refutes))
    start = 0
    while start < limit and supports[start] == refutes[start]:
        start += 1
    while start > 0 and not supports[start - 1].isspace():
        start -= 1
    end = 0
    while end < limit - start and supports[-1 - end] == refutes[-1 - end]:
        end += 1
    while end > 0 and not supports[len(supports) - end].isspace():
        end -= 1
    a, b = supports[start : len(supports) - end], refutes[start : len(refutes) - end]
    while a and b and a[-1] == b[-1] and not a[-1].isalnum():
        a, b = a[:-1], b[:-1]
    while a and b and a[0] == b[0] and not a[0].isalnum():
        a, b = a[1:], b[1:]
    return a, b


def digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=6).hexdigest()
