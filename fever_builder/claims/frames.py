"""Claim frames: a claim's text with its fact located, the check that it reads as a claim,
and "a"/"an" said to agree with the word after it.

Frames are cut from the parse in ``atomic``; the fact's offsets move with every edit.
The rewordings that keep a frame's meaning are in ``paraphrase``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Frame:
    """A claim text with the fact at ``[start, end)``; ``text[start:end]`` is the fact."""

    text: str
    start: int
    end: int
    # the length of the subject the text opens with, when known (else 0)
    subject: int = 0
    # of a frame cut from a parse with no fact: the token ids it says (as written or reworded)
    kept: tuple[int, ...] = ()

    @property
    def fact(self) -> str:
        return self.text[self.start : self.end]

    def replace(self, new: str) -> Frame:
        """The same frame with the fact replaced by ``new``."""
        if self.fact[:1].islower() and new[:1].isupper() and self.fact[:1].upper() != self.fact[:1]:
            new = new[:1].lower() + new[1:]  # "by two groups": the capital was the sentence's
        text = self.text[: self.start] + new + self.text[self.end :]
        return Frame(
            text, self.start, self.start + len(new), self._subject_after(self.start, self.end, new)
        )

    def replace_span(self, start: int, end: int, new: str) -> Frame:
        """Replace another part of the text (not overlapping the fact), keeping offsets right."""
        if start < self.end and self.start < end:
            raise ValueError("the replaced part overlaps the fact")
        text = self.text[:start] + new + self.text[end:]
        shift = len(new) - (end - start) if end <= self.start else 0
        subject = self._subject_after(start, end, new)
        return Frame(text, self.start + shift, self.end + shift, subject)

    def _subject_after(self, start: int, end: int, new: str) -> int:
        """The subject's length once ``[start, end)`` is replaced by ``new``."""
        if start >= self.subject:
            return self.subject
        if end <= self.subject:
            return self.subject + len(new) - (end - start)
        return 0


_VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|did|took|led|fell|began|fought|won|lost|made|held|"
    r"became|saw|went|came|gave|met|sent|left|brought|broke|rose|built|chose|drove|flew|froze|"
    r"fled|struck|stood|told|kept|paid|said|ran|hit|shot|spent|found|knew|thought|wrote|"
    r"remains|lies|consists|includes|contains|borders|stands|holds|continues|claims|says|"
    r"grew|rose|sold|bought|met|lent|sought|brought|taught|dug|won|drew|wore|shook|swore|"
    r"[a-z]{3,}ed)\b"
)
_SUBORDINATOR = re.compile(
    r"^(?:When|While|As|Although|Though|If|Because|Since|Whereas|Once|Unless|Until|After|Before)\b(?! \d)"
)


_DETERMINER_WORDS = {
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "some",
    "many",
    "several",
    "few",
    "these",
    "those",
    "all",
    "both",
    "each",
    "other",
    "newly",
    "well",
    "heavily",
}


def _has_main_verb(text: str) -> bool:
    """A finite verb: not an adjective ("the armed forces") nor a participle ("chaired by")."""
    for match in _VERB.finditer(text):
        words = text[: match.start()].split()
        after = text[match.end() :].split()[:1]
        if not words or words[-1].casefold() in _DETERMINER_WORDS or words[-1].startswith("("):
            continue
        if match.start() > 0 and text[match.start() - 1] in "-–":
            continue  # "Moscow-based", "Turkish-backed": part of an adjective
        if (
            after
            and after[0].casefold() == "by"
            and match.group(0).endswith("ed")
            and words[-1].endswith(",")
        ):
            continue  # ", chaired by ...": a participle phrase
        return True
    return False


_INNER_SUBORDINATE = re.compile(r"\b(?:while|whereas|although|though|because)\b([^,;]*)[,;.]?\s*$")


# a clause opened by "as" whose subject is measured by "as ... as" and that ends the claim
# ("as boys as young as 16 were drafted")
_TRAILING_AS = re.compile(r"\bas (\w+ as \w+ as [^,;]*?)[.]?\s*$")


def is_claim(text: str) -> bool:
    """A clause cut from the parse (see ``atomic``: it has its subject and finite verb)
    that reads as a claim: no subordinate clause left alone ("When Armenians launched
    one of the first offensives."), no dangling list, no heading before a colon
    ("...appeared bleak: in Georgia.")."""
    if _SUBORDINATOR.match(text) and ("," not in text or not _has_main_verb(text.split(",", 1)[1])):
        return False  # "While Azerbaijan abstained from joining, Turkey."
    if re.match(r"According to\b", text) and (
        "," not in text or not _has_main_verb(text.split(",", 1)[1])
    ):
        return False  # "According to the Moscow-based organization Memorial."
    if re.search(
        r"\b(?:and|or|but|the|a|an|of|to|by|with|in|on|at|for|from)\W*$", text.rstrip(".")
    ):
        return False  # "... by a mixed force of ethnic Armenians and."
    for match in _INNER_SUBORDINATE.finditer(text):
        if not _has_main_verb(match.group(1)):
            return False  # "... abstained from voting while eleven countries."
    tail = _TRAILING_AS.search(text)
    if tail and not _has_main_verb(tail.group(1)):
        return False  # "... grew more desperate as boys as young as 16.": its verb was cut
    if re.search(r"\bin order\b(?! to\b)", text):
        return False  # "... in public in order.": its purpose was cut
    if re.search(r"\b((?:was|were|is|are) \w+ed)\b.*\b\1\b", text):
        return False  # "The centre which was established in 1972 was established in 1973"
    if re.match(r"[^,]*\b(?:which|who)\b[^,]*, (?:is|are|was|were|has|have|had)\b", text):
        return False  # "The legislative arm which is composed of ..., is led by": one comma lost
    colon = text.rfind(":")
    return not (colon > 0 and len(text[colon + 1 :].split()) < 5)


ARTICLE_BEFORE = re.compile(r"\b([Aa]n?) $")


def with_article(frame: Frame) -> Frame:
    """The frame with "a"/"an" before the fact agreeing with the fact's first letter."""
    match = ARTICLE_BEFORE.search(frame.text[: frame.start])
    if match is None or not frame.fact:
        return frame
    return frame.replace_span(match.start(1), match.end(1), article_for(frame.fact, match.group(1)))


def article_for(word: str, written: str) -> str:
    """ "a" or "an" before ``word``, capitalised as ``written`` was: by its sound ("a
    Ukrainian", "an 1813 novel", "an 8-year-old")."""
    if word[:1].isdigit():
        # eight..., eleven, eleven hundred..., eighteen, eighteen hundred...
        vowel = bool(re.match(r"8|11(?:\d\d)?(?!\d)|18(?:\d\d)?(?!\d)", word))
    else:
        vowel = word[0] in "AEIOUaeiou" and not re.match(
            r"(?i)(?:uni|eu|one\b|ukr|ugand|u[bcfhjkqrstn][aeiou])", word
        )
    article = "an" if vowel else "a"
    return article.capitalize() if written[0].isupper() else article
