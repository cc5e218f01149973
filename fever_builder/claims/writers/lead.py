"""What a page's subject is, from its lead, as FEVER's annotators write it: "Robert Boulter
is an English actor." against "Robert Boulter is an Australian actor.", and "QuackShot is a
1991 video game." against "QuackShot is a 1991 film."

The lead "X is a 1999 American drama film directed by ..." gives X one nationality and
one kind of work, each of a set whose members exclude each other
(:mod:`fever_builder.facts.kinds`). The claim keeps the noun phrase's year, nationality
and head noun and drops the rest ("drama"): what it says is in the lead. Only a person's
or a work's nationality is claimed ("a French restaurant" says its cuisine), and it is
changed for another that the article names (or a related article, never an unrelated
one) but never where the article ties it to the subject's birth, family, citizenship
or making ("became an American citizen", "a co-production"). A work's nationality is
said every other time by country ("a film from the United States"); a person's never,
as "from" may be where they were born. A kind of work, said with its year, changes for
one a careful annotator would confuse it with, unless the article names that kind too (a
film's page that speaks of "the novel" may share a name with one). A noun phrase with a
word that does not narrow its noun ("former", "fictional", "proposed") makes no claim.
"""

from __future__ import annotations

import re

from fever_builder.analysis.records import Parsed, Token
from fever_builder.claims import mutations as m
from fever_builder.claims.context import (
    MIN_CLAIM_WORDS,
    Context,
    Pair,
    account,
    by_word_balance,
    first_made,
)
from fever_builder.claims.evidence import digest, pair_claims
from fever_builder.claims.frames import article_for
from fever_builder.claims.model import Claim, Evidence
from fever_builder.corpus import Page, Sentence
from fever_builder.facts.kinds import (
    COUNTRY_OF,
    KIND_WORDS,
    NATIONALITIES,
    NEEDS_BARE,
    WORK_KINDS,
    exclusive,
)
from fever_builder.facts.name_types import _PERSON_NOUNS

# words that keep a noun phrase from saying its subject is that noun, now
_NOT_NARROWING = frozenset(
    {
        "former",
        "ex",
        "erstwhile",
        "onetime",
        "one-time",
        "retired",
        "defunct",
        "fictional",
        "fictitious",
        "mythical",
        "legendary",
        "alleged",
        "supposed",
        "so-called",
        "self",
        "proposed",
        "planned",
        "upcoming",
        "future",
        "prospective",
        "aspiring",
        "would",
        "unfinished",
        "unreleased",
        "unproduced",
        "cancelled",
        "canceled",
        "abandoned",
        "fake",
        "mock",
        "pseudo",
        "unofficial",
        "hypothetical",
    }
)
# where the noun phrase after "is a" ends: a preposition, a relative or participle
# clause, a bracket, a dash or the sentence's end
_ENDS = frozenset({"(", ")", ";", ":", "—", "–", "-", ".", '"'})
_YEAR = re.compile(r"^\d{4}$")
# words after a nationality that make it part of another thing ("American football")
_NOT_A_NATIONALITY_BEFORE = frozenset({"football", "rules"})
# a sentence that ties a nationality to the subject's birth, family, citizenship or
# making: that nationality may be the subject's too
_ORIGIN = re.compile(
    r"\b(?:born|birth|citizen\w*|naturali[sz]\w*|emigrat\w*|immigra\w*|moved|mother|"
    r"father|parents?|descent|ancestry|heritage|raised|grew up|native|nationality|passport|"
    r"co-?produc\w*|produced|filmed|shot|studio|compan(?:y|ies))\b",
    re.IGNORECASE,
)
_PERSON_ENDING = re.compile(r"(?:er|or|ist|ian|ess|man|woman|person)$")
_CO_PRODUCTION = re.compile(r"\bco-?produc\w*|\binternational production", re.IGNORECASE)


def lead_claims(
    page: Page, position: int, parsed: Parsed, ctx: Context, *, related: list[Page]
) -> list[Claim]:
    """The pairs of the lead at ``position``: its subject's nationality, and its kind of
    work, each against another one. ``related`` are the pages sharing names with the
    page, most first: nationalities the page does not name come from them."""
    ctx.page = page.title
    lead = page.sentences[position]
    name = re.sub(r"\s*\(.*\)$", "", page.title)
    phrase = _predicate(parsed, name)
    if phrase is None:
        return []
    verb, words = phrase
    opens_with_the = lead.text.startswith(f"The {name}") and not name.startswith("The ")
    subject = f"The {name}" if opens_with_the else name
    year = words[0] if _YEAR.match(words[0]) else None
    demonyms = [w for w in words if w in NATIONALITIES]
    demonym = demonyms[0] if len(demonyms) == 1 and _alone(words, demonyms[0]) else None
    kind = _kind(words)
    # a person's page, and a noun that names a person ("Le Bernardin is a French
    # restaurant": the vote may take a name for a person's)
    person = ctx.subjects[page.title].person and _names_a_person(words[-1])
    text = " ".join(s.text for s in page.sentences)
    claims: list[Claim] = []
    if len(demonyms) > 1:
        ctx.dropped["class_several_nationalities"] += 1
    elif demonym is not None and (person or (kind and not _CO_PRODUCTION.search(text))):
        noun = kind or words[-1]
        claims += _nationality_pair(
            page, lead, related, (subject, verb, noun), demonym, person, ctx
        )
    if kind is not None and year is not None:
        said_before = [year, *([demonym] if demonym else [])]
        claims += _kind_pair(page, lead, (subject, verb, said_before), kind, text, ctx)
    return claims


def _nationality_pair(
    page: Page,
    lead: Sentence,
    related: list[Page],
    said: tuple[str, str, str],
    demonym: str,
    person: bool,
    ctx: Context,
) -> list[Claim]:
    """ "X is an English actor" against another nationality near the page; a work's said
    every other time by country ("a film from the United States")."""
    subject, verb, noun = said
    from_country = not person and ctx.said["by_country"] < ctx.said["by_adjective"]
    for other in _demonyms_near(page, related, lead.text, demonym):
        if from_country and COUNTRY_OF[demonym] and COUNTRY_OF[other]:
            values = (COUNTRY_OF[demonym] or "", COUNTRY_OF[other] or "")
            supports, refutes = (_sentence(subject, verb, [noun], f"from {c}") for c in values)
        else:
            values = (demonym, other)
            supports, refutes = (_sentence(subject, verb, [d, noun]) for d in values)
        if ctx.index.states(refutes, values[1], exclude_groups=(lead.group,)) is None:
            made = _pair_claims(page, lead, Pair("class", supports, refutes, *values, "class"), ctx)
            if made and not person:
                ctx.said["by_country" if values[0] != demonym else "by_adjective"] += 1
            return made
    ctx.dropped["class_no_other_nationality"] += 1
    return []


def _kind_pair(
    page: Page,
    lead: Sentence,
    said: tuple[str, str, list[str]],
    kind: str,
    text: str,
    ctx: Context,
) -> list[Claim]:
    """ "X is a 1991 video game" against a kind a reader would confuse it with, one the
    page's ``text`` does not name."""
    subject, verb, before = said
    folded = text.casefold()
    options = [
        k
        for k in WORK_KINDS[kind]
        if not any(re.search(rf"\b{w}\b", folded) for w in KIND_WORDS[k])
    ]
    supports = _sentence(subject, verb, [*before, kind])
    for other in filter(None, by_word_balance(list(options), ctx)):
        refutes = _sentence(subject, verb, [*before, other])
        if ctx.index.states(refutes, other, exclude_groups=(lead.group,)) is None:
            return _pair_claims(
                page, lead, Pair("class", supports, refutes, kind, other, "class"), ctx
            )
    ctx.dropped["class_no_other_kind"] += 1
    return []


def _predicate(parsed: Parsed, name: str) -> tuple[str, list[str]] | None:
    """("is" or "was", the words after "a"/"an" up to the noun phrase's end) of a lead
    "<name> is a ... <noun>" that opens with its subject, the page's name, its head a
    singular common noun."""
    root = next((t for t in parsed.tokens if t.dep == "ROOT"), None)
    if root is None or root.lemma != "be" or root.tag not in ("VBZ", "VBD"):
        return None
    subject = next((t for t in parsed.children(root.i) if t.dep == "nsubj"), None)
    if subject is None:
        return None
    phrase = [t for t in parsed.tokens if t.i == subject.i or parsed.dominates(subject, t)]
    if min(t.i for t in phrase) > 1:
        return None  # the lead opens with its subject (after a quote at most)
    if not set(re.findall(r"\w+", name)) <= {t.text for t in phrase}:
        return None  # "It is a 1975 song": not said of the page's name
    article = parsed.tokens[root.i + 1] if root.i + 1 < len(parsed.tokens) else None
    if article is None or article.text.casefold() not in ("a", "an"):
        return None  # "the capital city", "Roman Emperor": a role or a title, no kind
    words: list[Token] = []
    for token in parsed.tokens[article.i + 1 :]:
        if (
            token.text in _ENDS
            or token.pos == "ADP"
            or token.dep in ("relcl", "acl", "prep")
            or token.tag in ("WDT", "WP")
        ):
            break
        words.append(token)
    if "," in (w.text for w in words) and not any(w.text in ("and", "or") for w in words):
        return None  # "a lawyer, politician": a list without its end, or an apposition
    if not words or words[-1].tag != "NN" or words[-1].pos != "NOUN":
        return None
    if any(w.text.casefold() in _NOT_NARROWING for w in words):
        return None
    if any(w.text.casefold() in ("a", "an") for w in words):
        return None  # a second noun phrase of its own
    return root.text, [w.text for w in words]


def _names_a_person(noun: str) -> bool:
    """Whether a lead's head noun names a person: one the analysis knows ("actor",
    "footballer") or one of their endings ("politician", "dramatist", "filmmaker")."""
    noun = noun.casefold()
    return noun in _PERSON_NOUNS or _PERSON_ENDING.search(noun) is not None


def _kind(words: list[str]) -> str | None:
    """The kind of work the phrase ends on ("video game", "film"), if any; a kind that a
    modifier may make another thing ("soap opera", "extended play") only after a year or
    a nationality."""
    last_two = " ".join(words[-2:]).casefold()
    kind = last_two if len(words) >= 2 and last_two in WORK_KINDS else words[-1].casefold()
    if kind not in WORK_KINDS:
        return None
    before = words[: len(words) - len(kind.split())]
    if kind in NEEDS_BARE and any(not _YEAR.match(w) and w not in NATIONALITIES for w in before):
        return None
    return kind


def _alone(words: list[str], demonym: str) -> bool:
    """The nationality is one, not part of another ("Anglo-Irish", "African American",
    "American football"): after the article or a year, before a lower-case word."""
    i = words.index(demonym)
    before_ok = i == 0 or (i == 1 and _YEAR.match(words[0]) is not None)
    after = words[i + 1] if i + 1 < len(words) else ""
    return before_ok and after[:1].islower() and after not in _NOT_A_NATIONALITY_BEFORE


def _demonyms_near(page: Page, related: list[Page], lead: str, demonym: str) -> list[str]:
    """Other nationalities excluding ``demonym`` that the page names, then those its
    related pages name, each most named first; none the lead names, and none the page
    ties to a birth, a family, a citizenship or the making of a work."""
    named_in_lead = set(re.findall(r"\b[A-Z][a-zé]+\b", lead))
    tied = {
        word
        for s in page.sentences
        if _ORIGIN.search(s.text)
        for word in NATIONALITIES
        if word in s.text or (COUNTRY_OF[word] or word) in s.text
    }

    def named(texts: list[str]) -> list[str]:
        counts: dict[str, int] = {}
        for text in texts:
            for word in re.findall(r"\b[A-Z][a-zé]+\b", text):
                if word in NATIONALITIES:
                    counts[word] = counts.get(word, 0) + 1
        return sorted(
            (
                w
                for w in counts
                if exclusive(demonym, w) and w not in named_in_lead and w not in tied
            ),
            key=lambda w: (-counts[w], w),
        )

    own = named([s.text for s in page.sentences])
    near: list[str] = []
    for other in related:
        near += [w for w in named([s.text for s in other.sentences]) if w not in own]
    return own + [w for i, w in enumerate(near) if w not in near[:i]]


def _sentence(subject: str, verb: str, words: list[str], after: str = "") -> str:
    phrase = " ".join([*words, after] if after else words)
    return f"{subject} {verb} {article_for(words[0], 'a')} {phrase}."


def _pair_claims(page: Page, lead: Sentence, pair: Pair, ctx: Context) -> list[Claim]:
    if len(pair.supports.split()) < MIN_CLAIM_WORDS:
        ctx.dropped["too_short"] += 1
        return []
    if not first_made(pair, ctx):
        return []
    account(pair, lead.text, ctx)
    return pair_claims(
        pair,
        pair_id=digest(f"{page.title}|{lead.id}|class|{pair.supports}|{pair.refutes}"),
        evidence=((Evidence(page.title, lead.id, lead.text),),),
        page=page.title,
        sentence_id=lead.id,
        group=lead.group,
        generators=(m.SUPPORTS_GENERATORS["class"], m.GENERATORS["class"]),
    )
