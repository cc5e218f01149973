"""Claim frames: a claim's text with its fact located, the check that it reads as a claim,
and the rewordings that keep its meaning.

Frames are cut from the parse in ``atomic``; the fact's offsets move with every edit.
"""

from __future__ import annotations

import random
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


_ARTICLE_BEFORE = re.compile(r"\b([Aa]n?) $")


def with_article(frame: Frame) -> Frame:
    """The frame with "a"/"an" before the fact agreeing with the fact's first letter."""
    match = _ARTICLE_BEFORE.search(frame.text[: frame.start])
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


# Rewordings that keep a claim's meaning, applied to both claims of a pair so
# they say nothing about the label; each is (pattern, replacement).
PARAPHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\b(?:approximately|roughly|around|some)(?= \d)", "about"),
        (r"\bApproximately(?= \d)", "About"),
        (
            r"\blaunched (?=(?:an?|its|the|their|his) (?:[\w-]+ )?(?:offensive|attack|assault|operation|counter-offensive|counteroffensive)\b)",
            "began ",
        ),
        (r"\bcommenced\b", "began"),
        (r"\btroops\b", "soldiers"),
        (r"\bprior to\b", "before"),
        (r"\b[Ff]ollowing(?= (?:the|a|an|its|his|their) )", "after"),
        (r"\bnumerous\b", "many"),
        (r"\bin order to\b", "to"),
        (r"\bwas able to\b", "managed to"),
        (r"\bwere able to\b", "managed to"),
        (r"\battempted to\b", "tried to"),
        (r"\battempting to\b", "trying to"),
        (r"\bthe Soviet Union\b", "the USSR"),
        (r"\bthe United Nations\b", "the UN"),
        (r"\bthe United States\b", "the US"),
        (r"\bkilometres\b", "km"),
        (r"\ba total of (?=\d)", ""),
        (r"\bsubsequently\b", "later"),
        (r"\binitially\b", "at first"),
        (r", however, ", " "),
        (r"\bhowever,? ", ""),
        (r"\bdemanded\b", "called for"),
        (r"\bresidents\b", "inhabitants"),
        (r"\bassumed power\b", "took power"),
        (r"\bstepped down\b", "resigned"),
        (r"\bfled\b", "escaped"),
        (r"\bpurchased\b", "bought"),
        (r"\bapproximately\b", "about"),
        (r" \b(?:also|already|eventually|quickly|still)\b(?= [a-z])", ""),
        (
            r"\bAzerbaijani(?= (?:forces|troops|soldiers|army|military|side|government|civilians|refugees))",
            "Azeri",
        ),
        (r"\bthe war\b", "the conflict"),
        (r"(?<!the )\bwar\b(?! crimes)", "conflict"),
        (r"\bcivilians\b", "non-combatants"),
        (r"\bcaptured\b", "seized"),
        (r"\btook control of\b", "seized"),
        (r"\bbegan\b", "started"),
        (r"\bannounced\b", "declared"),
        (r"\blarge\b(?!-)", "big"),
        (r"(?<!as )(?<!how )\bmany\b(?= [a-z]+s\b)", "numerous"),
        (r"\bestablished\b", "set up"),
        (r"(?<!be )(?<!been )(?<!being )(?<!was )(?<!were )\bcontinued\b", "went on"),
        (r"(?<!was )(?<!were )(?<!been )\breceived\b", "got"),
        (r"\bdestroyed\b", "wrecked"),
        (r"\bsurrounded\b", "encircled"),
        (r"\b(?<=the )help\b|(?<=military )help\b|(?<=with )help\b|(?<=for )help\b", "assistance"),
        (r"\bapproved\b", "endorsed"),
        (r",? (?:in turn|for example|for instance|thus|however),?(?= )", ""),
        (r"(?<!between)(?<!since)(?<!until)(?<!from)(?<!by)(?<!till),? then,?(?= )", ""),
        (r"\bwounded\b", "injured"),
        (r"\bcreated\b", "formed"),
        (r"\bheaded by\b", "led by"),
        (r"\bmostly\b", "mainly"),
        (r"\bregularly\b", "often"),
        (r"\ballowed\b", "enabled"),
        (r"\bconfirmed\b", "verified"),
        (r"\bdispatched\b", "sent"),
        (r"\bformer president\b", "ex-president"),
        (r"\bparticipation\b", "involvement"),
        (r"\brelations\b", "ties"),
        (r"\bthe following day\b", "the next day"),
        (r"\bstated\b", "said"),
        (r"\battacked\b", "assaulted"),
        (r"\bsupplied\b", "provided"),
        (r"\bfought\b", "battled"),
        (r"\bbombarded\b", "shelled"),
        (r"\bcountered\b", "opposed"),
        (r"\bbegan to\b", "started to"),
        (r"\b[Tt]he Azerbaijani (government|president|parliament|army)\b", r"the \1 of Azerbaijan"),
        (r"\b[Tt]he Armenian (government|president|parliament)\b", r"the \1 of Armenia"),
        (r"\b(?:was|were) killed\b(?![^.;]*\band\b)", "died"),
        (r"\battempt\b", "effort"),
        (r"\bmajor\b", "significant"),
        (r"(?<!\ba )\bregion\b", "area"),
        (r"\bdeclared\b", "proclaimed"),
        (r"\bwithdrew\b", "pulled out"),
        (r"\bproposed\b", "put forward"),
        (r"(?<!\bspecial )(?<!\bair )(?<!\barmed )\bforces\b", "troops"),
        (r"\bhowever\b", "nevertheless"),
        (r"\bimmediately\b", "at once"),
        (r"\bseveral\b(?! (?:thousand|hundred|dozen|million))", "a number of"),
        (r"\bcasualties\b", "losses"),
        (r"\bsponsored by\b", "backed by"),
        (r"\bconstrued as\b", "seen as"),
        (r"\bregarded as\b", "considered"),
        # "is known as X" is "is called X"; "better known as", "became known as" are not
        (r"(?:(?<=\bis )|(?<=\bwas )|(?<=\bare )|(?<=\bwere ))known as\b", "called"),
        (r"\btelevision\b", "TV"),
        (r"\bthe United Kingdom\b", "the UK"),
        (r"\bindividuals\b", "people"),
        (r"\bshortly (?=after\b)", "soon "),
        (r"\bin excess of(?= \d)", "more than"),
        (r"\bwhilst\b", "while"),
        (r"\bamongst\b", "among"),
        (r"\balong with\b", "together with"),
        (r"\bsubsequent\b(?! to\b)", "later"),
        (r"\bautomobile\b", "car"),
        (r"\bautomobiles\b", "cars"),
        (r"\bcommonly\b", "often"),
        (r"\bcompletely\b", "entirely"),
        (r"\bsufficient\b", "enough"),
        # general rewordings of one written form for another of the same form
        # (a past tense stays a past tense, a participle a participle)
        (r"\blocated\b", "situated"),
        (r"\bcompleted\b", "finished"),
        (r"\brequired\b", "needed"),
        (r"\bassisted\b", "helped"),
        (r"\bobtained\b", "acquired"),
        (r"\bbuilt\b", "constructed"),
        (r"\bselected\b", "picked"),
        (r"\badditional\b", "extra"),
        (r"\bprimarily\b", "mainly"),
        (r"\bdescribed as\b", "characterised as"),
        (r"\bfamous\b", "well-known"),
        (r"\bachieved\b", "attained"),
        (r"\bwrote\b", "penned"),
        (r"\blargest\b", "biggest"),
        (r"\bimportant\b", "significant"),
        (r"\bmarried\b", "wed"),
        (r"\brejected\b", "turned down"),
        (r"\bappointed\b", "named"),
        (r"\bin addition to\b", "besides"),
        (r"\bdue to\b", "because of"),
        (r"\bpermitted\b", "allowed"),
        (r"\bdiscovered\b", "found"),
        (r"\bcurrently\b", "now"),
        (r"\bfrequently\b", "often"),
        (r"\brapidly\b", "quickly"),
        (r"\bnearly\b", "almost"),
        (r"\bover(?= \d)", "more than"),
        (r"(?<!had )(?<!has )(?<!have )(?<!been )\boccurred\b", "took place"),
        (r"\bexpected\b", "anticipated"),
        (r"\bpraised\b", "lauded"),
        (r"\bearned\b", "gained"),
        (r"\bnoted\b", "observed"),
        (r"\bmurdered\b", "killed"),
        (r"\barrested\b", "detained"),
        (r"\bstruck\b", "hit"),
        (r"\bhelped\b", "aided"),
        (r"\bmain\b", "principal"),
        (r"\bentire\b", "whole"),
        (r"\binitial\b", "first"),
        (r"\bfinal\b", "last"),
        (r"\bmassive\b", "huge"),
        (r"\brapid\b", "quick"),
        (r"\bdifficult\b", "hard"),
        (r"\bfilm\b", "movie"),
        (r"\bfilms\b", "movies"),
        (r"\bcompany\b", "firm"),
        (r"\bcompanies\b", "firms"),
        (r"\baward\b", "prize"),
        (r"\bawards\b", "prizes"),
        (r"\blargely\b", "mainly"),
        (r"\bofficially\b", "formally"),
        (r"\busually\b", "typically"),
        (r"\bespecially\b", "particularly"),
        (r"\bdespite\b", "in spite of"),
        (r"\bvia\b", "through"),
        (r"\bupon\b", "on"),
        (r"\bthe majority of\b", "most"),
        (r"\bclaimed\b", "asserted"),
        (r"\bfounded\b", "established"),
        (r"\bmoved to\b", "relocated to"),
        (r"\bconsisted of\b", "was made up of"),
        (r"\bconsists of\b", "is made up of"),
        (r"\bvarious\b", "different"),
        (r"\bapproximately\b", "about"),
        (r"\boriginally\b", "at first"),
        (r"\bsuffered(?! from)\b", "sustained"),
        (r"(?<!was )(?<!were )(?<!been )(?<!be )\bdefeated\b", "beat"),
        # a day dropped from a date that is not the fact: "on 15 August 1993" -> "in August 1993"
        (
            r"\b[Oo]n (?:\d{1,2}|early|late|mid-)\s?(?=(?:January|February|March|April|May|June|July|August|"
            r"September|October|November|December)\b)",
            "in ",
        ),
    )
)


# Each rewording's pattern without its leading word boundary, if it has one.
# A "\b" in front keeps Python's regex engine from jumping to the places the
# first word could start, so searching is about three times slower; the
# loose pattern matches wherever the pattern does, and a text it does not
# match is not searched with the pattern.
_LOOSE = tuple(
    re.compile(pattern.pattern.removeprefix(r"\b")) if pattern.pattern.startswith(r"\b") else None
    for pattern, _ in PARAPHRASES
)


def reword(frame: Frame, match: re.Match[str], replacement: str) -> Frame:
    """The frame with one rewording's ``match`` replaced, a "a"/"an" before it made to agree."""
    new = match.expand(replacement)
    frame = frame.replace_span(match.start(), match.end(), new)
    article = _ARTICLE_BEFORE.search(frame.text[: match.start()])
    if article is None or not new or frame.start < article.end(1) <= frame.end:
        return frame
    return frame.replace_span(article.start(1), article.end(1), article_for(new, article.group(1)))


def stem(word: str) -> str:
    """A word's stem, near enough to tell a rewording that repeats another word of the
    claim: "battled" and "battles" share "battl"."""
    return word.casefold()[:5]


def _echoes(text: str, match: re.Match[str], replacement: str) -> bool:
    """Whether the rewording's new word shares its stem with another word of the claim:
    "fought a series of battles" as "battled a series of battles" reads badly."""
    new = {stem(w) for w in re.findall(r"[A-Za-z]{5,}", match.expand(replacement))}
    rest = text[: match.start()] + " " + text[match.end() :]
    return bool(new & {stem(w) for w in re.findall(r"[A-Za-z]{5,}", rest)})


def paraphrase(frame: Frame, rng: random.Random, *, rate: float = 0.85) -> Frame:
    """Reword parts of the claim outside the fact and its subject with meaning-keeping rewrites.

    The subject stays as the article writes it, so "The film" can still be
    resolved to the page's film; "a" and "an" are made to agree with a new word.
    """
    for (pattern, replacement), loose in zip(PARAPHRASES, _LOOSE, strict=True):
        if loose is not None and loose.search(frame.text) is None:
            continue
        for match in reversed(list(pattern.finditer(frame.text))):
            outside = match.end() <= frame.start or match.start() >= frame.end
            # "at-large", "large-scale": a word inside a compound is not the word
            joined = (
                "-"
                in frame.text[max(0, match.start() - 1) : match.start()]
                + frame.text[match.end() : match.end() + 1]
            )
            if outside and not joined and match.start() >= frame.subject and rng.random() < rate:
                if not _echoes(frame.text, match, replacement):
                    frame = reword(frame, match, replacement)
    text = frame.text[:1].upper() + frame.text[1:]
    return Frame(text, frame.start, frame.end, frame.subject)
