"""Claims that need two sentences: two facts about one subject joined ("Nero was born in
AD 37 and died in 68").

Pairs made from different sentences of one page whose claims open with the
same subject are joined two by two. The SUPPORTS claim joins both true
predicates; its REFUTES sibling changes one of the two facts, so the
evidence set lists both sentences and only one of them settles it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from fever_builder.analysis.records import Parsed
from fever_builder.claims import mutations as m
from fever_builder.claims.atomic import atomic_frame
from fever_builder.claims.context import WORD, Context, Pair, account
from fever_builder.claims.evidence import digest, pair_claims, resolve_pair
from fever_builder.claims.frames import is_claim
from fever_builder.claims.lost import award_unnamed, quoted, scope_lost
from fever_builder.claims.model import Claim, Evidence
from fever_builder.corpus import Page, Sentence
from fever_builder.facts.spans import Span

MAX_WORDS = 18
# a true clause joined to a pair says this much of its subject at least: "joined the CIS"
MIN_PREDICATE_WORDS = 3
# claims needing two sentences, joined ones included: at most this share of the claims
SHARE = 0.12
# a pair joins at most this many other pairs or clauses, each with its own partner
JOINS_PER_PAIR = 3
# subjects that need not name the same thing in two sentences
_NOT_ONE_THING = frozenset(
    {
        "a",
        "an",
        "some",
        "many",
        "several",
        "most",
        "all",
        "no",
        "both",
        "each",
        "every",
        "other",
        "another",
        "few",
        "one",
        "two",
        "three",
        "thousands",
        "hundreds",
        "dozens",
        "more",
        "these",
        "those",
        "this",
        "that",
        "such",
    }
)
# pairs whose form would read badly inside "A and B"
# "was not born in A and wed B before 2006": does "not" reach the second fact too?
_NOT_JOINED = frozenset({"negation", "disjunction", "denial"})


@dataclass(frozen=True, slots=True)
class Joinable:
    """A pair whose two claims open with the same subject, and what it was made from."""

    page: Page
    sentence: Sentence
    naming: tuple[Sentence, ...]
    subject: str
    pair: Pair

    @property
    def predicates(self) -> tuple[str, str]:
        """What each claim says of the subject, without the final period."""
        return tuple(  # type: ignore[return-value]
            text[len(self.subject) :].strip().removesuffix(".")
            for text in (self.pair.supports, self.pair.refutes)
        )


def joinable(
    page: Page, sentence: Sentence, naming: Sequence[Sentence], subject_length: int, pair: Pair
) -> Joinable | None:
    """The pair as a :class:`Joinable`, if both its claims open with one plain subject."""
    subject = pair.supports[:subject_length]
    if (
        not subject_length
        or pair.mutation in _NOT_JOINED
        or pair.support_form in _NOT_JOINED
        or not pair.refutes.startswith(subject + " ")
        or not pair.supports.startswith(subject + " ")
    ):
        return None
    if subject.split()[0].casefold() in _NOT_ONE_THING or subject[:1].isdigit():
        return None  # "An offensive", "Many soldiers": two sentences may mean two of them
    last = subject.split()[-1]
    if re.search(r"[^su'’]s$", last) and not re.search(r"(?:ss|us|is)$", last):
        return None  # "The Azerbaijanis", "Armenian forces": a group may be two groups
    made = Joinable(page, sentence, tuple(naming), subject, pair)
    if any(" and " in p or "," in p or not p[:1].islower() for p in made.predicates):
        return None  # a predicate already joined, or opening with a name: joining reads badly
    return made


# a light verb with only the subject's own event: "had its world premiere", "made his
# debut" says that something happened that always does, and nothing of when or where
_BARE_EVENT = re.compile(
    r"^(?:had|has|held|holds|made|makes|gave|took) (?:its|his|her|their)"
    r"(?: (?!(?:in|at|on|for|against|with|during|by|from|to|of|after|before)\b)[A-Za-z-]+)"
    r"{1,3}\.?$"
)


# a predicate ending on an infinitive or a gerund with nothing after it
_DANGLING = re.compile(r"(?:\bto [a-z]+|\b(?:from|of|in|by|after|before) [a-z]+ing)\.?$")


def _quoted_words(text: str) -> list[str]:
    """The words a sentence puts in quotation marks ('had "dazzling" debuts')."""
    return [q.strip() for q in re.findall(r'"([^"]+)"|“([^”]+)”', text) for q in q if q.strip()]


@dataclass(frozen=True, slots=True)
class ClauseSource:
    """A claim sentence whose main clauses may join a pair from another sentence of its
    page: cut only when its page has pairs to join (see :func:`true_clauses`)."""

    page: Page
    position: int
    sentence: Sentence
    parsed: Parsed
    spans: tuple[Span, ...]


def true_clauses(source: ClauseSource, ctx: Context) -> list[Joinable]:
    """The sentence's clauses as they stand (both claims alike), each a partner for a pair
    about its subject from another sentence."""
    page, position, sentence, parsed = source.page, source.position, source.sentence, source.parsed
    found: list[Joinable] = []
    if quoted(sentence.text):
        ctx.dropped["join_quoted"] += 1  # someone's words: 'It was all my fault."'
        return found
    seen: set[str] = set()
    entity = ctx.subjects.get(page.title)
    # what the clauses are checked against, once for the sentence
    quoted_words = [
        re.compile(rf"(?<!\w){re.escape(word)}(?!\w)") for word in _quoted_words(sentence.text)
    ]
    figures = [
        (re.compile(rf"(?<![\w.,]){re.escape(s.text)}(?![\w]|[.,]\d)"), s)
        for s in source.spans
        if s.kind == "figure"
    ]
    uncut: dict[int, bool] = {}  # figure start -> whether a cut around it is refused

    def unscoped(figure: Span, clause: str) -> bool:
        if scope_lost(sentence.text, parsed, figure, clause):
            return True
        if figure.start not in uncut:
            cut = atomic_frame(parsed, figure.start, figure.end, page=entity, position=position)
            uncut[figure.start] = cut is None
        return uncut[figure.start]

    for token in parsed.tokens:
        if token.pos not in ("VERB", "AUX") or token.dep in ("aux", "auxpass"):
            continue
        frame = atomic_frame(parsed, token.start, token.end, page=entity, position=position)
        if frame is None or not frame.subject or frame.text in seen or not is_claim(frame.text):
            continue
        if _DANGLING.search(frame.text[frame.subject :]):
            # "was quick to deny", "abstained from joining": a verb with its object left in
            # the sentence around it
            ctx.dropped["join_predicate_dangles"] += 1
            continue
        if award_unnamed(frame.text, sentence.text):
            ctx.dropped["join_award_unnamed"] += 1  # "won Best Film": at which awards?
            continue
        if any(word.search(frame.text) for word in quoted_words):
            ctx.dropped["join_quoted"] += 1  # 'had "dazzling" debuts': whose word?
            continue
        if any(unscoped(s, frame.text) for said, s in figures if said.search(frame.text)):
            # "made $6.8 million" of "In its first week of rental release, ... made ...":
            # a figure of the clause is kept only where a cut around it would keep it
            ctx.dropped["join_figure_out_of_scope"] += 1
            continue
        if _BARE_EVENT.match(frame.text[frame.subject :].strip()):
            ctx.dropped["join_predicate_bare"] += 1  # "had its world premiere": when, where?
            continue
        if len(frame.text[frame.subject :].split()) < MIN_PREDICATE_WORDS:
            ctx.dropped["join_predicate_bare"] += 1  # "and launched attacks": which, on what?
            continue
        seen.add(frame.text)
        clause = Pair("clause", frame.text, frame.text, "", "", "clause")
        resolved = resolve_pair(page, position, clause, subject=entity, parsed=parsed)
        if resolved is None:
            continue
        opening = frame.subject + len(resolved.supports) - len(frame.text)
        item = joinable(page, sentence, [], opening, resolved)
        if item is not None:
            found.append(item)
    return found


def conjunction_claims(
    joinables: Sequence[Joinable],
    sources: Sequence[ClauseSource],
    ctx: Context,
    *,
    made: int = 0,
) -> list[Claim]:
    """Join pairs about one subject from two sentences of a page, each pair with at most
    ``JOINS_PER_PAIR`` partners.

    Pairs join each other first, then true clauses of the page's claim
    sentences (``sources``, see :func:`true_clauses`) about the same subject,
    each clause once; ``made`` claims already need two sentences and count
    towards ``SHARE``. A page's clauses are cut when one of its pairs first
    needs them: most pages are never reached.
    """
    groups: dict[tuple[str, str], list[Joinable]] = {}
    for item in joinables:
        groups.setdefault((item.page.title, _key(item.subject)), []).append(item)
    by_page: dict[str, list[ClauseSource]] = {}
    for source in sources:
        by_page.setdefault(source.page.title, []).append(source)
    partners: dict[tuple[str, str], list[Joinable]] = {}
    claims: list[Claim] = []
    # joined claims are long: only until this share of all claims needs two sentences
    # (``made`` already do, by a resolved subject), so claims stay as short as people's
    limit = int(SHARE * len(ctx.seen_claims)) - made
    for key in sorted(groups):
        if len(claims) >= limit:
            break
        items = groups[key]
        ctx.rng.shuffle(items)
        # the page's clauses, cut the first time one of its subjects is reached
        for source in by_page.pop(key[0], ()):
            for clause in true_clauses(source, ctx):
                partners.setdefault((clause.page.title, _key(clause.subject)), []).append(clause)
        # the shortest clauses first: the joined claim must stay short
        spare: list[Joinable | None] = sorted(
            partners.get(key, ()), key=lambda c: (len(c.pair.supports), c.sentence.id)
        )
        joins = [0] * len(items)
        for i, first in enumerate(items):
            for j in range(i + 1, len(items)):
                if joins[i] >= JOINS_PER_PAIR:
                    break
                second = items[j]
                if joins[j] >= JOINS_PER_PAIR or second.sentence.id == first.sentence.id:
                    continue
                joined = _joined(first, second, ctx)
                if joined:
                    claims.extend(joined)
                    joins[i] += 1
                    joins[j] += 1
            for k, clause in enumerate(spare):
                if joins[i] >= JOINS_PER_PAIR:
                    break
                if clause is None or clause.sentence.id == first.sentence.id:
                    continue
                joined = _joined(first, clause, ctx)
                if joined:
                    claims.extend(joined)
                    joins[i] += 1
                    spare[k] = None  # each clause joins once
    return claims


def _key(subject: str) -> str:
    """One subject however the article opens it: "The Armenian forces" and "Armenian forces"."""
    return subject.casefold().removeprefix("the ")


def _joined(first: Joinable, second: Joinable, ctx: Context) -> list[Claim]:
    a, b = sorted((first, second), key=lambda item: item.sentence.id)
    (a_true, a_false), (b_true, b_false) = a.predicates, b.predicates
    if a_true.split()[0] == b_true.split()[0]:
        return []  # "ended before 1996 and ended in a victory": one verb said twice
    changeable = [item for item in (a, b) if item.pair.supports != item.pair.refutes]
    changed = changeable[0] if len(changeable) == 1 else (a if ctx.rng.random() < 0.5 else b)
    supports = f"{a.subject} {a_true} and {b_true}."
    refutes = (
        f"{a.subject} {a_false} and {b_true}."
        if changed is a
        else f"{a.subject} {a_true} and {b_false}."
    )
    if len(WORD.findall(refutes)) > MAX_WORDS or len(WORD.findall(supports)) > MAX_WORDS:
        return []
    if supports in ctx.seen_claims or refutes in ctx.seen_claims:
        return []
    ctx.seen_claims.update((supports, refutes))
    pair = Pair(
        changed.pair.mutation,
        supports,
        refutes,
        changed.pair.original,
        changed.pair.replacement,
        "conjunction",
    )
    sentences = {(s.id, s.text): s for s in (*a.naming, *b.naming, a.sentence, b.sentence)}
    evidence = (
        tuple(Evidence(a.page.title, s.id, s.text) for _id, s in sorted(sentences.items())),
    )
    account(pair, f"{a.sentence.text} {b.sentence.text}", ctx)
    pair_id = digest(f"{a.page.title}|{a.sentence.id}|{b.sentence.id}|{supports}|{refutes}")
    generator = m.SUPPORTS_GENERATORS["conjunction"]
    return pair_claims(
        pair,
        pair_id=pair_id,
        evidence=evidence,
        page=a.page.title,
        sentence_id=changed.sentence.id,
        group=changed.sentence.group,
        generators=(generator, generator),
    )
