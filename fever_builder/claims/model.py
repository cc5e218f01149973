"""The claim model: what a generator returns and what a claims row holds."""

from __future__ import annotations

from dataclasses import dataclass

LABELS: tuple[str, ...] = ("SUPPORTS", "REFUTES", "NOT ENOUGH INFO")
NEI = LABELS[2]


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence a claim needs: page title, sentence id, and its text.

    Infobox and table facts use the id space documented in the dataset card
    (see ``fever_builder.dataset.ids``).
    """

    page: str
    sentence_id: int
    text: str

    def to_row(self) -> dict[str, object]:
        return {"page": self.page, "sentence_id": self.sentence_id, "text": self.text}


@dataclass(frozen=True, slots=True)
class Claim:
    """A generated claim with its label, evidence sets and provenance.

    ``evidence`` is a tuple of evidence sets; any one set settles the claim and
    every sentence of a set is needed. ``group`` is the duplicate-group id of
    the source fact: the split keeps a group on one side. ``pair`` links the
    SUPPORTS and REFUTES claims of one contrastive pair.
    """

    id: str
    claim: str
    label: str
    evidence: tuple[tuple[Evidence, ...], ...]
    mutation: str
    generator: str
    original: str
    replacement: str
    source_page: str
    source_sentence: int
    group: str
    pair: str = ""

    @classmethod
    def from_row(cls, row: dict) -> Claim:
        """The claim of a claims-file row written by ``to_row``."""
        evidence = tuple(
            tuple(Evidence(e["page"], e["sentence_id"], e["text"]) for e in s)
            for s in row["evidence"]
        )
        return cls(**{**row, "evidence": evidence})

    def to_row(self) -> dict[str, object]:
        """The claims-file row, in the order the dataset card declares."""
        return {
            "id": self.id,
            "claim": self.claim,
            "label": self.label,
            "evidence": [[e.to_row() for e in s] for s in self.evidence],
            "mutation": self.mutation,
            "generator": self.generator,
            "original": self.original,
            "replacement": self.replacement,
            "source_page": self.source_page,
            "source_sentence": self.source_sentence,
            "group": self.group,
            "pair": self.pair,
        }
