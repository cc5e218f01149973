"""A stand-in for the built dataset: contrastive claims made from the seed articles.

The real claims come from ``fever-builder build``; until it exists, this
makes a dataset folder of the same shape so the baselines can be trained,
evaluated and tested. Each fact gives a SUPPORTS and a REFUTES claim on the
same evidence sentence (a contrastive pair): a year, a figure, a name, a
negation, a comparative or an antonym changes. Negation appears under both
labels ("was not ... in 1994" is SUPPORTS when the text says 1993), and
supported claims are copies, shortened copies or generalised dates.

Run ``python tests/baseline/baseline_standin.py OUT [--limit N]`` to write one.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from fever_builder.facts import MONTHS

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

_CITATION = re.compile(r"\[(?:\d+|[a-z])\]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20[0-2]\d)\b")
_FIGURE = re.compile(
    r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d{2,3})(?![\d,.]*\d)(?!\s*(?:st|nd|rd|th|January|February|"
    r"March|April|May|June|July|August|September|October|November|December))\b"
)
_NAME = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+(?: [A-Z][a-z]+)*)")
_AUX = re.compile(r"\b(was|were|is|are|had|has)\b(?! not)")
_MONTH = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
ANTONYMS = {
    "captured": "lost",
    "victory": "defeat",
    "successful": "unsuccessful",
    "first": "last",
    "north": "south",
    "northern": "southern",
    "east": "west",
    "western": "eastern",
    "before": "after",
    "after": "before",
    "large": "small",
    "major": "minor",
    "early": "late",
    "increased": "decreased",
    "won": "lost",
    "heavy": "light",
    "high": "low",
    "began": "ended",
    "entire": "partial",
    "independent": "dependent",
    "military": "civilian",
    "support": "opposition",
}


def seed_sentences(seeds: Path = SEEDS) -> list[tuple[str, int, str]]:
    """(page, sentence id, sentence) for the prose sentences of the seed files, deduplicated."""
    seen: set[str] = set()
    out: list[tuple[str, int, str]] = []
    for path in sorted(seeds.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        title = next((ln.strip("= ").strip() for ln in lines if ln.startswith("=")), path.stem)
        sentence_id = 0
        for line in lines:
            if (
                line.startswith(("-", "="))
                or "|" in line
                or "_sentence_" in line
                or "_cell_" in line
            ):
                continue
            for sentence in _SENTENCE_END.split(_CITATION.sub("", line).strip()):
                words = sentence.split()
                if not 8 <= len(words) <= 45 or not sentence.endswith("."):
                    continue
                if sentence in seen:
                    continue
                seen.add(sentence)
                out.append((title, sentence_id, sentence))
                sentence_id += 1
    return out


def _shorten(sentence: str) -> str | None:
    """The sentence up to its first comma clause, if that is a sentence of its own."""
    head = sentence.split(", ")[0].rstrip(".")
    if len(head.split()) >= 6 and head != sentence.rstrip("."):
        return head + "."
    return None


def _mutations(
    sentence: str, rng: random.Random, names: list[str]
) -> Iterator[tuple[str, str, str]]:
    """(mutation, SUPPORTS claim, REFUTES claim) contrastive pairs for one sentence."""
    base = _shorten(sentence) if rng.random() < 0.4 else None
    text = base or sentence

    year = _YEAR.search(text)
    if year:
        new = str(int(year.group(1)) + rng.choice([-3, -2, -1, 1, 2, 4]))
        refuted = text[: year.start()] + new + text[year.end() :]
        yield "date", text, refuted
        negated = _AUX.search(refuted)
        if negated and rng.random() < 0.5:
            # negation under both labels: the negated false fact is true
            neg = refuted[: negated.end()] + " not" + refuted[negated.end() :]
            pos = text[: negated.end()] + " not" + text[negated.end() :]
            yield "negation", neg, pos
    month = _MONTH.search(text)
    if month:
        new = rng.choice([m for m in MONTHS if m != month.group(1)])
        yield (
            "date",
            _MONTH.sub("", text, count=1).replace("  ", " ") if rng.random() < 0.3 else text,
            (text[: month.start()] + new + text[month.end() :]),
        )
    figure = _FIGURE.search(text)
    if figure and not _YEAR.fullmatch(figure.group(1)):
        value = int(figure.group(1).replace(",", ""))
        changed = int(value * rng.choice([0.5, 0.7, 1.5, 2, 3])) or value + 7
        if changed != value:
            fmt = f"{changed:,}" if value >= 1000 else str(changed)
            yield "figure", text, text[: figure.start()] + fmt + text[figure.end() :]
            lower = max(1, int(value * 0.6))
            higher = int(value * 1.6) + 1
            under = f"{lower:,}" if lower >= 1000 else str(lower)
            over = f"{higher:,}" if higher >= 1000 else str(higher)
            supported = text[: figure.start()] + "more than " + under + text[figure.end() :]
            refuted = text[: figure.start()] + "more than " + over + text[figure.end() :]
            if rng.random() < 0.5:
                supported = text[: figure.start()] + "fewer than " + over + text[figure.end() :]
            yield "comparative", supported, refuted
    name = _NAME.search(text)
    if name and names:
        other = rng.choice([n for n in names if n not in text] or names)
        yield "entity", text, text[: name.start()] + other + text[name.end() :]
    aux = _AUX.search(text)
    if aux and not year:
        yield "negation", text, text[: aux.end()] + " not" + text[aux.end() :]
    for word, opposite in ANTONYMS.items():
        match = re.search(rf"\b{word}\b", text)
        if match:
            yield "antonym", text, text[: match.start()] + opposite + text[match.end() :]
            break


def make_rows(*, seed: int = 0, limit: int | None = None) -> list[dict[str, object]]:
    """Claim rows (our schema) made from the seed sentences, with a ``group`` per sentence."""
    rng = random.Random(seed)
    sentences = seed_sentences()
    names = sorted({m.group(1) for _, _, s in sentences for m in _NAME.finditer(s)})
    rows: list[dict[str, object]] = []
    for number, (page, sentence_id, sentence) in enumerate(sentences):
        evidence = [[{"page": page, "sentence_id": sentence_id, "text": sentence}]]
        group = f"s{number}"
        pairs = list(_mutations(sentence, rng, names))
        if not pairs:
            continue
        for k, (mutation, supported, refuted) in enumerate(pairs):
            if supported == refuted:
                continue
            pair = f"{group}-{k}"
            for label, claim in (("SUPPORTS", supported), ("REFUTES", refuted)):
                kind = mutation
                if label == "SUPPORTS" and mutation in ("date", "figure", "entity", "antonym"):
                    kind = "copy" if claim == sentence else "generalise"
                rows.append(
                    {
                        "id": f"{pair}-{label[0]}",
                        "claim": claim,
                        "label": label,
                        "evidence": evidence,
                        "mutation": kind,
                        "generator": "standin.v1",
                        "source_page": page,
                        "source_sentence": sentence_id,
                        "group": group,
                        "pair": pair,
                    }
                )
        if limit is not None and len(rows) >= limit:
            break
    return rows


def write_dataset(
    out: Path, *, seed: int = 0, limit: int | None = None, test_share: float = 0.2
) -> None:
    """Write ``out/claims/train.jsonl`` and ``test.jsonl``, keeping each sentence on one side."""
    rows = make_rows(seed=seed, limit=limit)
    groups = sorted({str(r["group"]) for r in rows})
    random.Random(seed).shuffle(groups)
    test_groups = set(groups[: max(1, int(len(groups) * test_share))])
    (out / "claims").mkdir(parents=True, exist_ok=True)
    for split in ("train", "test"):
        with (out / "claims" / f"{split}.jsonl").open("w", encoding="utf-8") as handle:
            for row in rows:
                if (row["group"] in test_groups) == (split == "test"):
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    write_dataset(args.out, seed=args.seed, limit=args.limit)
