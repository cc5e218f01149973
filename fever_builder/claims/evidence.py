"""A pair becomes two claim rows: the subject made explicit, the evidence sets, provenance."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from fever_builder.claims import mutations as m
from fever_builder.claims.context import Context, Pair
from fever_builder.claims.model import Claim, Evidence
from fever_builder.corpus import Page, Sentence
from fever_builder.facts.spans import Span

PREFIX = "fever-builder/"


PRONOUN_START = re.compile(
    r"^(?:He|She|It|They|His|Her|Their|This|These|Those|Its|Such|Both|Another|Other)\b"
)


TITLE_NOUNS = {"battle": "Battle of ", "operation": "Operation "}


def resolve_subject(page: Page, position: int, text: str) -> tuple[str, list[Sentence]] | None:
    """Make a sentence self-contained, with the sentences that name its subject.

    "The battle ..." on the page "Battle of Kalbajar" becomes "The Battle of
    Kalbajar ..." and the page's opening sentence, which names it, joins the
    evidence. A sentence opening with a pronoun it cannot resolve gives None.
    """
    for noun, prefix in TITLE_NOUNS.items():
        if text.startswith(f"The {noun} ") and page.title.startswith(prefix):
            name = page.title.split(" (")[0]
            named = name if name.startswith("Operation") else f"The {name}"
            return named + text[len(f"The {noun}") :], naming(page, name)
    if re.match(
        r"The war (?:was|had|ended|began|lasted|took|claimed|killed|saw|caused|resulted|became|left|broke)\b",
        text,
    ) and page.title.split(" (")[0].endswith(" War"):
        name = page.title.split(" (")[0]
        return f"The {name}" + text[len("The war") :], naming(page, name)
    if text.startswith("It ") and position == 1:
        # only right after the lead, which is about the page's own subject;
        # later "it" may be an album or a film the article has moved on to
        previous = page.sentences[position - 1]
        name = page.title.split(" (")[0]
        for subject in (f"The {name} ", f"{name} "):
            if previous.text.startswith(subject):
                return subject.strip() + text[len("It") :], [previous]
        return None
    if PRONOUN_START.match(text):
        return None
    return text, []


def resolve_pair(page: Page, position: int, pair: Pair) -> tuple[Pair, list[Sentence]] | None:
    """Both claims of a pair with their shared subject made explicit (see :func:`resolve_subject`)."""
    supports = resolve_subject(page, position, pair.supports)
    refutes = resolve_subject(page, position, pair.refutes)
    if supports is None or refutes is None:
        return None
    grown = len(supports[0]) - len(pair.supports)
    if len(refutes[0]) - len(pair.refutes) != grown:
        return None  # the changed fact is in the subject itself
    return replace(pair, supports=supports[0], refutes=refutes[0]), supports[1]


def naming(page: Page, name: str) -> list[Sentence]:
    first = page.sentences[0] if page.sentences else None
    return [first] if first is not None and name in first.text else []


def moved(span: Span, shift: int) -> Span:
    return replace(span, start=span.start + shift, end=span.end + shift)


def claims_of(
    pair: Pair, page: Page, sentence: Sentence, naming: list[Sentence], ctx: Context
) -> list[Claim]:
    pair = capitalised(pair)
    if pair.supports == pair.refutes:
        ctx.dropped["no_change"] += 1
        return []
    if pair.supports in ctx.seen_claims or pair.refutes in ctx.seen_claims:
        ctx.dropped["duplicate_claim"] += 1
        return []
    ctx.seen_claims.update((pair.supports, pair.refutes))
    evidence = evidence_sets(page, sentence, naming, pair.original, ctx)
    pair_id = digest(f"{page.title}|{sentence.id}|{pair.mutation}|{pair.supports}|{pair.refutes}")
    if pair.support_form == "disjunction":
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
    page: Page, sentence: Sentence, naming: list[Sentence], original: str, ctx: Context
) -> tuple[tuple[Evidence, ...], ...]:
    """The source sentence (with the sentences naming its subject), then each copy of it."""
    first = tuple(
        Evidence(page.title, s.id, s.text)
        for s in sorted({n.id: n for n in [*naming, sentence]}.values(), key=lambda s: s.id)
    )
    sets = [first]
    if not naming:
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
    """The SUPPORTS and REFUTES claims of a pair, with their shared provenance."""
    original, replacement = changed_spans(pair.supports, pair.refutes)
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
        for label, text, generator in (
            ("SUPPORTS", pair.supports, generators[0]),
            ("REFUTES", pair.refutes, generators[1]),
        )
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
