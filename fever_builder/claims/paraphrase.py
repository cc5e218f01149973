"""Rewordings that keep a claim's meaning, applied alike to both claims of a pair.

"approximately 3,000" as "about 3,000", "commenced" as "began", "troops" as
"soldiers": outside the fact and the subject, each rewording is applied at a
rate, and "a"/"an" is made to agree with a new word. Both claims of a pair are
reworded the same way, so the rewording says nothing about the label.
"""

from __future__ import annotations

import random
import re

from fever_builder.claims.frames import ARTICLE_BEFORE, Frame, article_for

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
    article = ARTICLE_BEFORE.search(frame.text[: match.start()])
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
