"""Names in a claim and its evidence: capitalised runs missing from the evidence, swapped
for another in their slot, or left to the page the evidence comes from ("He", "The
film", "the world premiere", a page named with its disambiguation)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from fever_builder.baseline.slots import (
    slot_between,
)
from fever_builder.baseline.words import (
    COMPARATIVE_WORDS,
    MONTH_WORDS,
    NAME_JOINERS,
    NEGATION_WORDS,
    Text,
    fold,
    lexicon,
    stem,
    tokens,
)

# words that give a thing's owner without naming it: "the world premiere", "its final season"
_OWNERS = frozenset({"the", "its", "his", "her", "their"})
_ANAPHORS = frozenset({"he", "she", "it", "they", "his", "her", "its", "their", "this", "these"})


def _entity_runs(
    text: Text, stop: frozenset[str], skip: set[int] | frozenset[int] = frozenset()
) -> list[list[int]]:
    """Indices of runs of capitalised words: a name ("Surat Huseynov", "Battle of Kalbajar").

    Punctuation ends a run ("Sumgait, Ganja"); tokens in ``skip`` (slots
    checked on their own) are left out, and so is a first word that is only
    capitalised because it starts the sentence ("After", "Following").
    """
    runs: list[list[int]] = []
    previous = -2
    lex = lexicon()
    for i, token in enumerate(text.raw):
        if not token[:1].isupper() or text.folded[i] in NEGATION_WORDS or i in skip:
            continue
        if text.folded[i] in stop and not (i > 0 and text.folded[i] in MONTH_WORDS):
            continue
        if i == 0 and (text.folded[i] in lex.antonyms or text.folded[i] in COMPARATIVE_WORDS):
            continue
        joined = previous >= 0 and i == previous + 2 and text.folded[i - 1] in NAME_JOINERS
        if (i == previous + 1 or joined) and not text.breaks[i]:
            runs[-1].append(i)
        else:
            runs.append([i])
        previous = i
    return runs


# An infobox field ("Date: 1993-12-15") or a table row ("Armenia — Killed: 4,000"). A
# label has no bracket or comma: "Vedam (English: Chant) is a film" is a sentence.
_RECORD = re.compile(r"^[^\s:.(,][^:.(,]{0,60}: \S")


def _subject_elsewhere(evidence: Text) -> tuple[bool, bool]:
    """Whether the evidence leaves its subject to the page: (it does, anywhere in the claim).

    A sentence opening with a pronoun or "The film ..." refers back to the
    page's subject, which the claim names first; an infobox field or table row
    never names it, wherever the claim puts it.
    """
    if not evidence.folded:
        return False, False
    if _RECORD.match(evidence.raw_text):
        return True, True
    starts = [0]
    # "In 1986, O'Neal married ..." : also look after an opening phrase.
    if "," in evidence.raw_text[:60]:
        starts.append(len(tokens(evidence.raw_text[: evidence.raw_text.index(",")])))
    for start in starts:
        if start >= len(evidence.folded):
            continue
        first = evidence.folded[start]
        following = evidence.raw[start + 1] if start + 1 < len(evidence.raw) else ""
        if first in _ANAPHORS or (first == "the" and following[:1].islower()):
            return True, False
    return False, False


def _capitalised_run(evidence: Text, start: int, step: int) -> list[str]:
    """Folded capitalised words from ``start`` going forward (step 1) or back (step -1)."""
    run: list[str] = []
    k = start
    while 0 <= k < len(evidence.raw):
        token = evidence.raw[k]
        if token[:1].isupper():
            run.append(evidence.folded[k])
        elif not (run and evidence.folded[k] in NAME_JOINERS):
            break
        k += step
    return [t for t in run if t not in NAME_JOINERS]


def _entity_swaps(
    claim: Text, evidence: Text, runs: list[list[int]], missing: Sequence[bool]
) -> int:
    """Names of the claim partly missing where the evidence has another name in their place.

    "came under Republic of Armenia's control" against "came under
    Azerbaijan's control": "Armenia" is found elsewhere in the evidence, but
    after "under" the evidence names someone else.
    """
    swaps = 0
    for run in runs:
        if all(missing[i] for i in run) or not any(missing[i] for i in run):
            continue  # wholly missing is counted elsewhere; wholly present is no swap
        names = {claim.folded[i] for i in run}
        stems = {stem(name) for name in names}

        def other(found: list[str], names: set[str] = names, stems: set[str] = stems) -> bool:
            return bool(found) and not any(t in names or stem(t) in stems for t in found)

        before = claim.folded[run[0] - 1] if run[0] > 0 else None
        after = claim.folded[run[-1] + 1] if run[-1] + 1 < len(claim.folded) else None
        for k, token in enumerate(evidence.folded):
            if (token == before and other(_capitalised_run(evidence, k + 1, 1))) or (
                token == after and other(_capitalised_run(evidence, k - 1, -1))
            ):
                swaps += 1
                break
    return swaps


def missing_entities(
    claim: Text,
    evidence: Text,
    missing: Sequence[bool],
    stop: frozenset[str],
    skip: set[int],
    aligned: Sequence[int | None],
) -> tuple[int, int]:
    """(names missing or swapped, names in the claim), leaving out the tokens in ``skip``."""
    runs = _entity_runs(claim, stop, skip)
    titles = _page_titles(claim)

    def page_title(run: list[int]) -> bool:
        return all(claim.folded[i] in titles for i in run) and not _named_in_slot(
            claim, evidence, aligned, run, stop
        )

    missing_runs = [run for run in runs if all(missing[i] for i in run) and not page_title(run)]
    elsewhere, anywhere = _subject_elsewhere(evidence)
    if missing_runs and elsewhere and (anywhere or missing_runs[0][0] <= 1):
        # the claim names the subject the evidence calls "It", with the words of a name
        # that a stop word splits ("Dilwale Dulhania Le Jayenge")
        subject = missing_runs.pop(0)
        while missing_runs and missing_runs[0][0] == subject[-1] + 2:
            gap = subject[-1] + 1
            if claim.folded[gap] not in stop or claim.breaks[gap] or claim.breaks[gap + 1]:
                break
            subject = missing_runs.pop(0)
    elif (
        missing_runs
        and missing_runs[0][0] <= 1
        and _owner_left_to_page(claim, evidence, missing_runs[0])
    ):
        missing_runs.pop(0)
    return len(missing_runs) + _entity_swaps(claim, evidence, runs, missing), len(runs)


def _named_in_slot(
    claim: Text,
    evidence: Text,
    aligned: Sequence[int | None],
    run: list[int],
    stop: frozenset[str],
) -> bool:
    """Whether the evidence names something else where the claim has ``run``: a capitalised
    word the claim lacks between the evidence words the run's neighbours align with ("Peer
    Gynt premiered" for "Hedda Gabler (play) premiered")."""
    low, high, _, _ = slot_between(aligned, run[0], run[-1] + 1, len(evidence.folded))
    return any(
        evidence.raw[k][:1].isupper()
        and evidence.folded[k] not in claim.words
        and evidence.folded[k] not in stop
        for k in range(low, high)
    )


# how near "the premiere of <Name>" or "<Name> had its premiere" names another owner
_OF_REACH = 4


# a page title with its disambiguation: "Australia (2008 film)", "Hed PE (band)"
_PAGE_TITLE = re.compile(r"((?:[A-Z][\w'’.-]*\s){1,8})\((?:\d{4}\s)?[a-z][a-z ]{0,30}\)")


def _page_titles(claim: Text) -> frozenset[str]:
    """The words of the page titles a claim names in FEVER's way, disambiguation and all:
    the evidence from that page need not repeat its title."""
    if "(" not in claim.raw_text:
        return frozenset()
    return frozenset(
        fold(word)
        for match in _PAGE_TITLE.finditer(claim.raw_text)
        for word in tokens(match.group(1))
    )


def _owner_left_to_page(claim: Text, evidence: Text, run: list[int]) -> bool:
    """Whether the claim opens with "X's N" where the evidence says "the N" or "its N": the
    evidence leaves the owner to its page ("Hedda Gabler's world premiere" of "the world
    premiere")."""
    after = run[-1] + 1
    if not claim.raw[run[-1]].endswith(("'s", "’s")) or after >= len(claim.folded):
        return False
    owned = claim.folded[after]
    size = len(evidence.folded)

    def other_name(k: int) -> bool:
        return (
            0 <= k < size
            and evidence.raw[k][:1].isupper()
            and evidence.folded[k] not in claim.words
        )

    def left_to_page(k: int) -> bool:
        if evidence.folded[k] == "the":
            # "the world premiere of Peer Gynt" names another owner
            return not any(
                evidence.folded[j] == "of" and other_name(j + 1)
                for j in range(k + 2, min(size - 1, k + 2 + _OF_REACH))
            )
        # "Peer Gynt had its world premiere": "its" is Peer Gynt's
        return not any(other_name(j) for j in range(k - _OF_REACH, k))

    return any(
        evidence.folded[k] in _OWNERS and evidence.folded[k + 1] == owned and left_to_page(k)
        for k in range(size - 1)
    )
