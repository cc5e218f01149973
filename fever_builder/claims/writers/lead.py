"""What a page's subject is, from its lead, as FEVER's annotators write it: "Robert Boulter
is an English actor." against "Robert Boulter is a Welsh actor.", and "QuackShot is a 1991
video game." against "QuackShot is a 1991 film."

The lead "X is a 1999 American drama film directed by ..." gives X one nationality and
one kind of work, each of a set whose members exclude each other
(:mod:`fever_builder.facts.kinds`). The claim keeps the noun phrase's year, nationality
and head noun and drops the rest ("drama"): what it says is in the lead. A nationality
is changed for another the article names (or a related article, never an unrelated
one); a kind of work for one a careful annotator would confuse it with, unless the
article names that kind too (a film's page that speaks of "the novel" may share a
name with one). A noun phrase with a word that does not narrow its noun ("former",
"fictional", "proposed") makes no claim: "a former English footballer" is no English
footballer now.
"""

from __future__ import annotations

import re

from fever_builder.analysis.records import Parsed, Token
from fever_builder.claims import mutations as m
from fever_builder.claims.context import MIN_CLAIM_WORDS, Context, Pair, account, by_word_balance
from fever_builder.claims.evidence import digest, pair_claims
from fever_builder.claims.frames import _article_for
from fever_builder.claims.model import Claim, Evidence
from fever_builder.claims.structured import subject_name
from fever_builder.corpus import Page, Sentence
from fever_builder.facts.kinds import COUNTRY_OF, NATIONALITIES, WORK_KINDS, exclusive

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


def lead_claims(
    page: Page, position: int, parsed: Parsed, ctx: Context, *, related: list[Page]
) -> list[Claim]:
    """The pairs of the lead at ``position``: its subject's nationality, and its kind of
    work, each against another one. ``related`` are the pages sharing names with the
    page, most first: nationalities the page does not name come from them."""
    ctx.page = page.title
    lead = page.sentences[position]
    phrase = _predicate(parsed)
    if phrase is None:
        return []
    verb, words = phrase
    subject = subject_name(page.title)
    year = words[0] if words and _YEAR.match(words[0]) else None
    demonyms = [w for w in words if w in NATIONALITIES]
    kind = _kind(words)
    claims: list[Claim] = []
    if len(demonyms) == 1 and _alone(words, demonyms[0]):
        demonym = demonyms[0]
        noun = kind or words[-1]
        # "an English footballer" or, every other time, "a footballer from England"
        from_country = ctx.used["class_from_country"] < ctx.used["class_nationality"]
        for other in _demonyms_near(page, related, lead.text, demonym):
            if from_country and COUNTRY_OF[demonym] and COUNTRY_OF[other]:
                said = (COUNTRY_OF[demonym], COUNTRY_OF[other])
                supports, refutes = (_sentence(subject, verb, [noun], f"from {c}") for c in said)
            else:
                said = (demonym, other)
                supports, refutes = (_sentence(subject, verb, [d, noun]) for d in said)
            if ctx.index.states(refutes, said[1], exclude_groups=(lead.group,)) is None:
                pair = Pair("class", supports, refutes, said[0], said[1], "class")  # type: ignore[arg-type]
                made = _pair_claims(page, lead, pair, ctx)
                if made:
                    ctx.used["class_nationality"] += 1
                    ctx.used["class_from_country"] += from_country and said[0] != demonym
                claims += made
                break
        else:
            ctx.dropped["class_no_other_nationality"] += 1
    elif len(demonyms) > 1:
        ctx.dropped["class_several_nationalities"] += 1
    if kind is not None:
        said = [w for w in (year, demonyms[0] if len(demonyms) == 1 else None) if w]
        supports = _sentence(subject, verb, [*said, kind])
        text = " ".join(s.text.casefold() for s in page.sentences)
        options = [k for k in WORK_KINDS[kind] if not re.search(rf"\b{k}s?\b", text)]
        for other in by_word_balance(options, ctx):
            assert other is not None
            refutes = _sentence(subject, verb, [*said, other])
            if ctx.index.states(refutes, other, exclude_groups=(lead.group,)) is None:
                claims += _pair_claims(
                    page, lead, Pair("class", supports, refutes, kind, other, "class"), ctx
                )
                break
        else:
            ctx.dropped["class_no_other_kind"] += 1
    return claims


def _predicate(parsed: Parsed) -> tuple[str, list[str]] | None:
    """("is" or "was", the words after "a"/"an" up to the noun
    phrase's end) of a lead "X is a ... <noun>", its head a singular common noun."""
    root = next((t for t in parsed.tokens if t.dep == "ROOT"), None)
    if root is None or root.lemma != "be" or root.tag not in ("VBZ", "VBD"):
        return None
    subject = next((t for t in parsed.children(root.i) if t.dep == "nsubj"), None)
    if subject is None or _first(parsed, subject) > 1:
        return None  # the lead opens with its subject (after a quote at most)
    article = next(
        (t for t in parsed.tokens[root.i + 1 :] if t.text.casefold() in ("a", "an")), None
    )
    if article is None or article.i != root.i + 1:
        return None
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


def _first(parsed: Parsed, token: Token) -> int:
    """The index of the first token of ``token``'s phrase."""
    return min(t.i for t in parsed.tokens if t.i == token.i or parsed.dominates(token, t))


def _kind(words: list[str]) -> str | None:
    """The kind of work the phrase ends on ("video game", "film"), if any."""
    last_two = " ".join(words[-2:]).casefold()
    if len(words) >= 2 and last_two in WORK_KINDS:
        return last_two
    last = words[-1].casefold()
    return last if last in WORK_KINDS else None


def _alone(words: list[str], demonym: str) -> bool:
    """The nationality is one, not part of another ("Anglo-Irish", "African American"):
    after the article or a year, before a lower-case word."""
    i = words.index(demonym)
    before_ok = i == 0 or (i == 1 and _YEAR.match(words[0]) is not None)
    after = words[i + 1] if i + 1 < len(words) else ""
    return before_ok and after[:1].islower()


def _demonyms_near(page: Page, related: list[Page], lead: str, demonym: str) -> list[str]:
    """Other nationalities excluding ``demonym`` that the page names, then those its
    related pages name, each most named first; none the lead names."""
    named_in_lead = set(re.findall(r"[A-Z][a-zé]+", lead))

    def named(texts: list[str]) -> list[str]:
        counts: dict[str, int] = {}
        for text in texts:
            for word in re.findall(r"\b[A-Z][a-zé]+\b", text):
                if word in NATIONALITIES:
                    counts[word] = counts.get(word, 0) + 1
        return sorted(
            (w for w in counts if exclusive(demonym, w) and w not in named_in_lead),
            key=lambda w: (-counts[w], w),
        )

    own = named([s.text for s in page.sentences])
    near: list[str] = []
    for other in related:
        near += [w for w in named([s.text for s in other.sentences]) if w not in own]
    return own + [w for i, w in enumerate(near) if w not in near[:i]]


def _sentence(subject: str, verb: str, words: list[str], after: str = "") -> str:
    phrase = " ".join([*words, after] if after else words)
    return f"{subject} {verb} {_article_for(words[0], 'a')} {phrase}."


def _pair_claims(page: Page, lead: Sentence, pair: Pair, ctx: Context) -> list[Claim]:
    if len(pair.supports.split()) < MIN_CLAIM_WORDS:
        ctx.dropped["too_short"] += 1
        return []
    if pair.supports in ctx.seen_claims or pair.refutes in ctx.seen_claims:
        ctx.dropped["duplicate_claim"] += 1
        return []
    ctx.seen_claims.update((pair.supports, pair.refutes))
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
