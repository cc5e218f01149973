"""Shared helpers of the claims tests: a tiny hand-made corpus and reading a built folder."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fever_builder.claims.model import Claim, Evidence
from fever_builder.claims.reference import PageSubject
from fever_builder.corpus import InfoboxField, Page, Sentence, TableRow
from fever_builder.text.dedup import assign_groups

# a film's page, its sentence 0 the lead: "the film" is its class noun, "American
# Beauty" its name, and no other film is named near sentences 1 and 2
FILM_PAGE = PageSubject(
    name="American Beauty",
    short="American Beauty",
    pronoun="it",
    noun="film",
    lead=0,
    parsed=frozenset({0, 1, 2}),
    nouns=frozenset({"film"}),
    called="American Beauty",
)

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
NEGATION_CUES = re.compile(
    r"\b(?:not|never|no|none|neither|nor|without)\b|n't\b|\bfailed to\b|\brefused to\b",
    re.IGNORECASE,
)
GENERATOR_NAME = re.compile(r"^fever-builder/[a-z][a-z_]*(?:\.[a-z][a-z_]*)*\.v[0-9]+$")

# Seed-like sentences (most taken verbatim from seeds/), several facts of every type.
ALPHA = (
    "Operation Northwind was a military offensive launched by the Azerbaijani Armed Forces "
    "in December 1993.",
    "The offensive began on 15 December 1993 along the northern front.",
    "The 701st Motorised Rifle Brigade carried out the offensive.",
    "In 1993, the 701st Brigade consisted of 3,500 servicemen.",
    "By February, the Azerbaijani forces had recaptured 30% of the Lachin District.",
    "On 1 July, Huseynov was appointed prime minister of Azerbaijan.",
    "Turkey never sent troops to Azerbaijan.",
    "Armenian forces under Monte Melkonian captured Kalbajar from Azerbaijan in April 1993.",
    "The Azerbaijani side suffered about 4,000 casualties during the operation.",
    "On 30 April, the United Nations Security Council passed Resolution 822.",
    "The operation ended in a defeat for the Azerbaijani forces in February 1994.",
    "Heydar Aliyev dismissed the commander of the brigade in January 1994.",
)
BETA = (
    "The Battle of Lachin took place in May 1992, during the war.",
    "Armenian forces captured Lachin from Azerbaijan on 18 May 1992.",
    # a copy of an ALPHA sentence: one duplicate group across pages
    "In 1993, the 701st Brigade consisted of 3,500 servicemen.",
    "About 1,200 soldiers of the 3rd Battalion defended the town of Shusha.",
    "Samvel Babayan led the assault on Shusha in May 1992.",
    "The road to Stepanakert was opened after the battle in 1992.",
    "Robert Kocharyan was appointed commander of the army on 2 June 1992.",
    "The Armenian victory was celebrated in Yerevan in June 1992.",
)


def tiny_pages() -> list[Page]:
    """Two hand-made pages (with an infobox and a table row), duplicate groups assigned."""
    pages = [
        Page(
            title="Operation Northwind",
            sentences=tuple(Sentence(i, t) for i, t in enumerate(ALPHA)),
            infobox=(
                InfoboxField("Date", "1993-12-15"),
                InfoboxField("Result", "Armenian victory"),
            ),
            source="alpha.txt",
            format="wikitext.v1",
        ),
        Page(
            title="Battle of Lachin",
            sentences=tuple(Sentence(i, t) for i, t in enumerate(BETA)),
            tables=(TableRow("t", 1, ("", "Armenia", "Azerbaijan"), ("Tanks", "90", "436")),),
            source="beta.txt",
            format="wikitext.v1",
        ),
    ]
    return assign_groups(pages)


def normalise(text: str) -> str:
    """NFKC, case-folded, white space collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@dataclass
class BuiltFolder:
    """A build's output read back: claim rows by split and page rows by title."""

    path: Path
    splits: dict[str, list[dict]]
    pages: dict[str, dict]

    @property
    def rows(self) -> list[dict]:
        return [row for rows in self.splits.values() for row in rows]


def read_jsonl(paths: Iterable[Path]) -> list[dict]:
    rows: list[dict] = []
    for path in sorted(paths):
        with path.open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return rows


def read_build(path: Path) -> BuiltFolder:
    splits = {}
    for split in ("train", "test"):
        splits[split] = read_jsonl((path / "claims").glob(f"{split}-*.jsonl"))
    pages = {row["id"]: row for row in read_jsonl((path / "wiki_pages").glob("*.jsonl"))}
    return BuiltFolder(path=path, splits=splits, pages=pages)


def page_texts(page: dict) -> dict[int, str]:
    """Every citable text of a wiki_pages row by sentence id: its lines, read by position.

    FEVER's readers take ``lines.split("\\n")[k]`` as sentence k; a line whose
    number is not its position would be read as the wrong sentence, so it fails here.
    """
    texts: dict[int, str] = {}
    for k, line in enumerate(page["lines"].split("\n")):
        number, _, text = line.partition("\t")
        assert number == str(k), (page["id"], k, line)
        texts[k] = text
    return texts


def claim_from_row(row: dict) -> Claim:
    """A claims-file row back as a Claim (for the artefact probes)."""
    evidence = tuple(
        tuple(Evidence(e["page"], e["sentence_id"], e["text"]) for e in evidence_set)
        for evidence_set in row["evidence"]
    )
    fields = {k: v for k, v in row.items() if k in Claim.__dataclass_fields__ and k != "evidence"}
    return Claim(evidence=evidence, **fields)


def pairs_of(rows: Iterable[dict]) -> dict[str, list[dict]]:
    pairs: dict[str, list[dict]] = {}
    for row in rows:
        pairs.setdefault(row["pair"], []).append(row)
    return pairs
