"""The build's stages over shards, the same under every executor.

1. ``generate_shard`` (one task per shard): read the shard's pieces, group
   duplicate sentences, make claims; write the shard's pages file, its claims
   and the keys that join claims into split components.
2. ``merge_shards`` (one task): add up the shards' reports, stop on bad input
   under --strict, and fix the side of every component that shares a key
   (a duplicate group, claim text or evidence text) with another shard, so
   no text lands in both train and test; find page titles and claim texts
   that an earlier shard also has.
3. ``split_shard`` (one task per shard): split the shard's claims, drop the
   claims (with their pairs) an earlier shard made too, rename pages whose
   title an earlier shard holds, and write them.
4. ``finish`` (one task): the card and the manifest.

Every task reads and writes files under the staging folder only, and its
output depends on the shard and the seed alone, so one process, a process
pool, datatrove's local executor, Ray and Slurm write the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np

from fever_builder import errors
from fever_builder.arrays import sorted_distinct
from fever_builder.claims.generate import generate
from fever_builder.claims.model import LABELS, Claim
from fever_builder.claims.nei import make_nei
from fever_builder.config import BuildConfig
from fever_builder.dataset.output import (
    CLAIMS_DIR,
    MARKER,
    NEI_DIR,
    PAGES_DIR,
    dumps,
    write_jsonl,
)
from fever_builder.dataset.pages import distinct_title, page_row, unique_titles
from fever_builder.dataset.split import component_keys, components, split_claims
from fever_builder.dataset.style import ClaimStyle, claim_style
from fever_builder.errors import FeverBuilderError, InputFileError
from fever_builder.shards import Shard, read_piece
from fever_builder.text.dedup import assign_groups
from fever_builder.text.hygiene import printable

WORK_DIR = ".work"
# The artefact probes train on at most this many claims per split: enough for
# a stable accuracy, bounded for corpora of millions of claims.
ARTEFACT_CLAIMS = 10_000
# the sides the merge gives shared components, by their code in its tables
SIDES = ("train", "test", "validation")
# Key rows of all shards read at once when joining components across shards.
_KEYS_PER_PASS = 2_000_000


@dataclass
class FileSummary:
    """What one input file (or one piece of it) gave."""

    path: str
    format: str
    pages: int
    sentences: int
    dropped: dict[str, int]
    problems: list[str]
    # characters removed from its pages, by kind (control, bidi, surrogate)
    removed: dict[str, int] = field(default_factory=dict)


@dataclass
class BuildResult:
    """What a build read and wrote; the CLI prints it, tests assert on it."""

    output: Path
    files: list[FileSummary] = field(default_factory=list)
    problems: list[InputFileError] = field(default_factory=list)
    pages: int = 0
    sentences: int = 0
    shards: int = 0
    splits: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    artefacts: dict[str, float] = field(default_factory=dict)
    # how the claims read (length, words not in the evidence, ...), next to FEVER's in the card
    style: ClaimStyle | None = None
    dropped: dict[str, int] = field(default_factory=dict)
    # characters removed from page ids and text, by kind (control, bidi, surrogate)
    removed: dict[str, int] = field(default_factory=dict)
    # links inside the input not followed; staging folders of killed builds removed or left
    notes: list[str] = field(default_factory=list)
    # with --executor slurm: the staging folder the submitted jobs build in
    submitted: Path | None = None


class BuildFailed(FeverBuilderError):
    """The build stopped; nothing was written."""

    def __init__(self, message: str, result: BuildResult) -> None:
        super().__init__(message)
        self.result = result


@dataclass(frozen=True)
class Job:
    """One build: its options, its shards and the staging folder it writes into."""

    config: BuildConfig
    shards: tuple[Shard, ...]
    staging: Path
    # (path, reason) of inputs skipped before reading: links out of the input, pipes, ...
    skipped: tuple[tuple[str, str], ...] = ()

    @property
    def work(self) -> Path:
        return self.staging / WORK_DIR

    @property
    def logs(self) -> Path:
        """The executor's task logs: beside the staging folder, so a failure keeps them."""
        return self.staging.with_name(self.staging.name + ".logs")

    def path(self, kind: str, index: int, suffix: str = "json") -> Path:
        return self.work / f"{kind}-{index:05d}.{suffix}"


def shard_seed(seed: int, index: int) -> int:
    """The seed of one shard: the build's seed for the first, a derived one for the rest."""
    if index == 0:
        return seed
    digest = hashlib.blake2b(f"{seed}/{index}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def generate_shard(job: Job, index: int) -> None:
    """Stage 1 for one shard: pages, claims and component keys, written under the staging folder."""
    config = job.config
    summary: dict[str, object] = {"files": [], "problems": []}
    pages = []
    for piece in job.shards[index].pieces:
        file = read_piece(piece, format=config.format)
        root = next((p for p in config.inputs if p.is_dir() and p in piece.path.parents), None)
        relative = str(piece.path.relative_to(root)) if root else piece.path.name
        for page in file.pages:
            # JSONL pages carry "path:line"; keep the line, drop the machine's folder
            source = page.source
            if source.startswith(str(piece.path)):
                source = relative + source[len(str(piece.path)) :]
            else:
                source = relative
            pages.append(replace(page, source=printable(source)))
        dropped: Counter[str] = Counter()
        for page in file.pages:
            dropped.update(page.dropped)
        summary["files"].append(  # type: ignore[union-attr]
            asdict(
                FileSummary(
                    path=printable(str(piece.path)),
                    format=file.format,
                    pages=len(file.pages),
                    sentences=sum(len(p.sentences) for p in file.pages),
                    dropped=dict(sorted(dropped.items())),
                    problems=[str(p) for p in file.problems],
                    removed=dict(sorted(file.removed.items())),
                )
            )
        )
        summary["problems"].extend(  # type: ignore[union-attr]
            {"path": p.path, "reason": p.reason, "line": p.line} for p in file.problems
        )
    pages = assign_groups(list(unique_titles(pages)))
    seed = shard_seed(config.seed, index)
    claims: list[Claim] = []
    dropped_claims: dict[str, int] = {}
    if pages:
        try:
            generation = generate(
                pages,
                seed=seed,
                sample=config.sample,
                sample_seed=config.seed,
                model=config.spacy_model,
                processes=config.parse_processes or 1,
            )
        except (OSError, MemoryError, FeverBuilderError):
            raise  # the machine's trouble (a full disk) or a named error: as it came
        except Exception as error:  # noqa: BLE001 - a bug must name the files it met
            raise FeverBuilderError(
                errors.INTERNAL_CLAIMS.format(
                    shard=index,
                    files=", ".join(printable(str(p.path)) for p in job.shards[index].pieces[:5]),
                    detail=printable(f"{type(error).__name__}: {error}")[:300],
                )
            ) from error
        claims = generation.claims
        dropped_claims = dict(generation.dropped)
        if config.nei:
            claims = [*claims, *make_nei(claims, pages, seed=seed)]
        else:
            # names changed in a slot that may hold several: NOT ENOUGH INFO, kept under --nei
            claims = [c for c in claims if c.label != LABELS[2]]
        write_jsonl(
            job.staging / PAGES_DIR / f"wiki_pages-{index:05d}.jsonl", (page_row(p) for p in pages)
        )
    write_jsonl(job.path("claims", index, "jsonl"), (c.to_row() for c in claims))
    np.save(job.path("keys", index, "npy"), _key_table(claims))
    np.save(job.path("titles", index, "npy"), _hash_table([p.title for p in pages]))
    np.save(job.path("texts", index, "npy"), _hash_table([c.claim for c in claims]))
    summary.update(
        pages=len(pages),
        sentences=sum(len(p.sentences) for p in pages),
        dropped=dropped_claims,
    )
    _write_json(job.path("read", index), summary)


def merge_shards(job: Job) -> BuildResult:
    """Stage 2: the shards' reports added up; the sides of components shared across shards.

    Raises ``BuildFailed`` when a shard did not finish, when no input was
    usable, or under --strict when any input had a problem.
    """
    config = job.config
    result = BuildResult(output=config.output, shards=len(job.shards))
    result.problems.extend(InputFileError(path, reason) for path, reason in job.skipped)
    dropped: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    for shard in job.shards:
        summary = _read_json(job, job.path("read", shard.index), shard)
        result.files.extend(FileSummary(**f) for f in summary["files"])
        result.problems.extend(
            InputFileError(p["path"], p["reason"], line=p["line"]) for p in summary["problems"]
        )
        result.pages += summary["pages"]
        result.sentences += summary["sentences"]
        dropped.update(summary["dropped"])
    result.dropped = dict(sorted(dropped.items()))
    result.files = _whole_files(result.files)
    for f in result.files:
        removed.update(f.removed)
    result.removed = dict(sorted(removed.items()))
    if config.strict and result.problems:
        raise BuildFailed(
            f"{len(result.problems)} input problem(s) and --strict is set; nothing was written",
            result,
        )
    if not result.pages:
        raise BuildFailed("no usable input: every file was skipped; nothing was written", result)
    # numpy arrays only: the shared rows of a corpus of millions of sentences
    # are millions of components, too many for Python objects
    for index, sides in _fixed_sides(job).items():
        _save_array(job.path("fixed", index, "npy"), sides)
    renames = _later_copies(job, "titles")
    for index, pages in renames.items():
        _save_array(job.path("rename", index, "npy"), pages)
    if renames:
        # every title of the corpus, for new titles to stay clear of
        titles = [np.load(job.path("titles", s.index, "npy"), mmap_mode="r") for s in job.shards]
        _save_array(
            job.work / "all-titles.npy", sorted_distinct(np.concatenate([t[:, 0] for t in titles]))
        )
    drops = _later_copies(job, "texts")
    for index, rows in drops.items():
        _save_array(job.path("drop", index, "npy"), rows)
    return result


def split_shard(job: Job, index: int) -> None:
    """Stage 3 for one shard: split its claims and write the claims (and nei) files.

    Claims whose text an earlier shard also made are dropped with their pair,
    and pages whose title an earlier shard holds are renamed, as a build of
    the whole corpus in one piece would.
    """
    config = job.config
    claims = [
        Claim.from_row(json.loads(line)) for line in _lines(job.path("claims", index, "jsonl"))
    ]
    fixed = _read_array(job.path("fixed", index, "npy"))
    combined = split_claims(
        claims,
        test_size=config.test_size,
        seed=shard_seed(config.seed, index),
        validation_size=config.validation_size,
        fixed={c: SIDES[side] for c, side in fixed.tolist()},
    )
    dropped_rows = _read_array(job.path("drop", index, "npy")).tolist()
    dropped_pairs = {claims[i].pair for i in dropped_rows if claims[i].pair}
    dropped_ids = {claims[i].id for i in dropped_rows}
    kept_claims = {c.id for c in claims if c.id not in dropped_ids and c.pair not in dropped_pairs}
    renamed = _renamed_titles(job, index)
    report: dict[str, object] = {
        "claims": {},
        "nei": {},
        "dropped": len(claims) - len(kept_claims),
    }
    for name, rows in combined.items():
        rows = [_with_titles(c, renamed) for c in rows if c.id in kept_claims]
        kept = [c for c in rows if c.label != LABELS[2]]
        if kept:
            write_jsonl(
                job.staging / CLAIMS_DIR / f"{name}-{index:05d}.jsonl", (c.to_row() for c in kept)
            )
        report["claims"][name] = _tally_rows(kept)  # type: ignore[index]
        if config.nei:
            if rows:
                write_jsonl(
                    job.staging / NEI_DIR / f"{name}-{index:05d}.jsonl", (c.to_row() for c in rows)
                )
            report["nei"][name] = _tally_rows(rows)  # type: ignore[index]
    _write_json(job.path("split", index), report)


def _renamed_titles(job: Job, index: int) -> dict[str, str]:
    """New titles for this shard's pages whose title an earlier shard holds; pages rewritten.

    A repeated title gets its source file's name, by the rule ``unique_titles``
    uses within a shard.
    """
    pages_at = _read_array(job.path("rename", index, "npy")).tolist()
    if not pages_at:
        return {}
    path = job.staging / PAGES_DIR / f"wiki_pages-{index:05d}.jsonl"
    rows = [json.loads(line) for line in _lines(path)]
    all_titles = np.load(job.work / "all-titles.npy")
    own = {row["id"] for row in rows}

    def taken(title: str) -> bool:
        key = np.uint64(_hash(title))
        at = int(np.searchsorted(all_titles, key))
        return title in own or (at < len(all_titles) and all_titles[at] == key)

    renamed: dict[str, str] = {}
    for position in pages_at:
        row = rows[position]
        title = distinct_title(row["id"], row["source"], taken)
        renamed[row["id"]] = title
        own.add(title)
        row["id"] = title
    write_jsonl(path, rows)
    return renamed


def _with_titles(claim: Claim, renamed: dict[str, str]) -> Claim:
    if not renamed:
        return claim
    evidence = tuple(
        tuple(replace(e, page=renamed.get(e.page, e.page)) for e in s) for s in claim.evidence
    )
    return replace(
        claim, evidence=evidence, source_page=renamed.get(claim.source_page, claim.source_page)
    )


def finish(job: Job, result: BuildResult) -> BuildResult:
    """Stage 4: counts, artefact probes, the card and the manifest; the work folder removed."""
    from fever_builder.dataset.card import render_card

    config = job.config
    splits: dict[str, Counter[tuple[str, str]]] = {}
    nei: dict[str, Counter[tuple[str, str]]] = {}
    for shard in job.shards:
        report = _read_json(job, job.path("split", shard.index), shard)
        if report["dropped"]:
            result.dropped["duplicate_claim_in_another_shard"] = (
                result.dropped.get("duplicate_claim_in_another_shard", 0) + report["dropped"]
            )
        for target, part in ((splits, report["claims"]), (nei, report["nei"])):
            for name, rows in part.items():
                counter = target.setdefault(name, Counter())
                for mutation, label, n in rows:
                    counter[(mutation, label)] += n
    empty = [name for name, counts in splits.items() if not counts]
    if empty:
        total = sum(sum(c.values()) for c in splits.values())
        raise BuildFailed(
            f"the {' and '.join(empty)} split(s) would be empty: {total} claims from "
            f"{result.sentences} sentences are too few for --test-size {config.test_size}"
            f" and --validation-size {config.validation_size}; add input or change the sizes; "
            "nothing was written",
            result,
        )
    result.dropped = dict(sorted(result.dropped.items()))
    result.splits = {name: _counts(c) for name, c in (nei if config.nei else splits).items()}
    result.artefacts = _artefacts(job, list(splits))
    result.style = claim_style(
        json.loads(line)
        for path in sorted((job.staging / CLAIMS_DIR).glob("*.jsonl"))
        for line in _lines(path)
    )
    card = render_card(
        splits,
        nei_splits={name: sum(c.values()) for name, c in nei.items()} if config.nei else None,
        pages=result.pages,
        sentences=result.sentences,
        seed=config.seed,
        test_size=config.test_size,
        artefacts=result.artefacts,
        style=result.style,
        dropped=result.dropped,
        sample=config.sample,
    )
    (job.staging / "README.md").write_text(card, encoding="utf-8")
    manifest = {
        "tool": "fever-builder",
        "seed": config.seed,
        "test_size": config.test_size,
        "nei": config.nei,
        "pages": result.pages,
        "sentences": result.sentences,
        "splits": result.splits,
        "artefacts": result.artefacts,
        "style": asdict(result.style),
        "dropped": result.dropped,
        "files": [
            {
                "path": Path(f.path).name,
                "format": f.format,
                "pages": f.pages,
                "sentences": f.sentences,
                "dropped": f.dropped,
            }
            for f in result.files
        ],
    }
    if result.removed:
        manifest["removed_characters"] = result.removed
    if config.sample < 1.0:
        manifest["sample"] = config.sample
    if len(job.shards) > 1:
        manifest["shards"] = len(job.shards)
        manifest["shard_bytes"] = config.shard_bytes
    (job.staging / MARKER).write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    shutil.rmtree(job.work, ignore_errors=True)
    return result


def _whole_files(files: list[FileSummary]) -> list[FileSummary]:
    """Pieces of one file added up into one summary, in order."""
    merged: dict[str, FileSummary] = {}
    for f in files:
        if f.path not in merged:
            merged[f.path] = FileSummary(f.path, f.format, 0, 0, {}, [], {})
        m = merged[f.path]
        m.pages += f.pages
        m.sentences += f.sentences
        m.format = m.format or f.format
        for reason, n in f.dropped.items():
            m.dropped[reason] = m.dropped.get(reason, 0) + n
        m.dropped = dict(sorted(m.dropped.items()))
        for kind, n in f.removed.items():
            m.removed[kind] = m.removed.get(kind, 0) + n
        m.removed = dict(sorted(m.removed.items()))
        m.problems += f.problems
    return list(merged.values())


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def _hash_table(texts: list[str]) -> np.ndarray:
    """(text hash, position) rows sorted by hash: what the merge compares across shards."""
    rows = sorted((_hash(text), i) for i, text in enumerate(texts))
    return np.array(rows, dtype=np.uint64).reshape(-1, 2)


def _key_table(claims: list[Claim]) -> np.ndarray:
    """(key hash, component) rows: every key that joins this shard's claims into components."""
    rows: set[tuple[int, int]] = set()
    for c, part in enumerate(components(claims)):
        for i in part:
            for key in component_keys(claims[i]):
                rows.add((_hash(key), c))
    return np.array(sorted(rows), dtype=np.uint64).reshape(-1, 2)


def _shared_rows(job: Job, kind: str) -> tuple[np.ndarray, np.ndarray]:
    """Rows of the shards' ``kind`` tables whose key is in two shards or more.

    Returns keys and nodes (shard << 32 | the row's value), sorted by key,
    then node. Each shard's table is sorted, so the tables are read one range
    of key values at a time (about ``_KEYS_PER_PASS`` rows): memory grows
    with the shared keys, not with the corpus.
    """
    paths = [job.path(kind, s.index, "npy") for s in job.shards]
    rows = sum(len(np.load(path, mmap_mode="r")) for path in paths)
    parts = 1 << max(0, (rows // _KEYS_PER_PASS).bit_length())
    bounds = [2**64 * i // parts for i in range(parts + 1)]
    shared_keys, shared_nodes = [np.zeros(0, np.uint64)], [np.zeros(0, np.int64)]
    for low_key, high_key in zip(bounds, bounds[1:], strict=False):
        keys, nodes = [], []
        for index, path in enumerate(paths):
            # mapped for this range only: pages read stay mapped while the map lives
            table = np.load(path, mmap_mode="r")
            first = np.searchsorted(table[:, 0], np.uint64(low_key), side="left")
            last = (
                len(table)
                if high_key >= 2**64
                else np.searchsorted(table[:, 0], np.uint64(high_key), side="left")
            )
            keys.append(np.array(table[first:last, 0]))
            nodes.append(np.array(table[first:last, 1], dtype=np.int64) | (index << 32))
            del table
        key, node = np.concatenate(keys), np.concatenate(nodes)
        if not len(key):
            continue
        order = np.lexsort((node, key))
        key, node = key[order], node[order]
        starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
        shard_of = node >> 32
        crossing = np.minimum.reduceat(shard_of, starts) != np.maximum.reduceat(shard_of, starts)
        keep = np.repeat(crossing, np.diff(np.r_[starts, len(key)]))
        shared_keys.append(key[keep])
        shared_nodes.append(node[keep])
    return np.concatenate(shared_keys), np.concatenate(shared_nodes)


def _later_copies(job: Job, kind: str) -> dict[int, np.ndarray]:
    """By shard, the values (positions) of rows whose key an earlier shard also holds."""
    if len(job.shards) < 2:
        return {}
    key, node = _shared_rows(job, kind)
    if not len(key):
        return {}
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    first_shard = np.repeat(node[starts] >> 32, np.diff(np.r_[starts, len(key)]))
    return _by_shard(job, sorted_distinct(node[(node >> 32) != first_shard]))


def _by_shard(job: Job, nodes: np.ndarray, *columns: np.ndarray) -> dict[int, np.ndarray]:
    """Nodes (shard << 32 | value, sorted) cut by shard: each shard's values (and columns)."""
    if not len(nodes):
        return {}
    shard_of = nodes >> 32
    cuts = np.flatnonzero(np.r_[True, shard_of[1:] != shard_of[:-1], True])
    out: dict[int, np.ndarray] = {}
    for start, end in zip(cuts[:-1].tolist(), cuts[1:].tolist(), strict=True):
        values = nodes[start:end] & 0xFFFFFFFF
        out[job.shards[int(shard_of[start])].index] = (
            np.column_stack([values, *(c[start:end] for c in columns)]) if columns else values
        )
    return out


def _fixed_sides(job: Job) -> dict[int, np.ndarray]:
    """Sides of the components that share a key with another shard: by shard, rows of
    (component, side) with side an index into ``SIDES``.

    Components joined across shards are united; each united set goes to one
    side, drawn from the seed and its smallest shared key, so the choice does
    not depend on the order shards finish in.
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    config = job.config
    if len(job.shards) < 2:
        return {}
    key, node = _shared_rows(job, "keys")
    if not len(key):
        return {}
    # rows are sorted by key: neighbouring rows with one key join their nodes
    unique_nodes, ids = np.unique(node, return_inverse=True)
    same = np.flatnonzero(key[1:] == key[:-1])
    graph = coo_matrix(
        (np.ones(len(same), dtype=np.int8), (ids[same], ids[same + 1])),
        shape=(len(unique_nodes), len(unique_nodes)),
    )
    count, labels = connected_components(graph, directed=False)
    anchor = np.full(count, np.iinfo(np.uint64).max, dtype=np.uint64)
    np.minimum.at(anchor, labels[ids], key)
    sides = np.empty(count, dtype=np.int64)
    for label, value in enumerate(anchor.tolist()):
        draw = hashlib.blake2b(f"{config.seed}/{value}".encode(), digest_size=8)
        u = int.from_bytes(draw.digest(), "big") / 2**64
        sides[label] = (
            1 if u < config.test_size else 2 if u < config.test_size + config.validation_size else 0
        )
    return _by_shard(job, unique_nodes, sides[labels])


def _tally_rows(claims: list[Claim]) -> list[list]:
    """Claims counted by (mutation, label), as the card reports a split."""
    counts = Counter((c.mutation, c.label) for c in claims)
    return [[m, label, n] for (m, label), n in sorted(counts.items())]


def _counts(counter: Counter[tuple[str, str]]) -> dict[str, dict[str, int]]:
    labels: Counter[str] = Counter()
    mutations: Counter[str] = Counter()
    for (mutation, label), n in counter.items():
        labels[label] += n
        mutations[mutation] += n
    return {
        "claims": {"total": sum(counter.values())},
        "label": dict(sorted(labels.items())),
        "mutation": dict(sorted(mutations.items())),
    }


def _artefacts(job: Job, names: list[str]) -> dict[str, float]:
    """Claim-only and word-overlap accuracy on test, rounded so the card is stable."""
    from fever_builder.dataset.artefacts import claim_only_accuracy, overlap_rule_accuracy

    def first(name: str) -> list[Claim]:
        out: list[Claim] = []
        for path in sorted((job.staging / CLAIMS_DIR).glob(f"{name}-*.jsonl")):
            for line in _lines(path):
                out.append(Claim.from_row(json.loads(line)))
                if len(out) >= ARTEFACT_CLAIMS:
                    return out
        return out

    if "train" not in names or "test" not in names:
        return {}
    train, test = first("train"), first("test")
    if not train or not test or len({c.label for c in train}) < 2:
        return {}
    overlap, _ = overlap_rule_accuracy(train, test)
    content_overlap, _ = overlap_rule_accuracy(train, test, content=True)
    return {
        "claim-only TF-IDF words 1-2 + logistic regression": round(
            claim_only_accuracy(train, test, analyzer="word"), 4
        ),
        "claim-only TF-IDF characters 2-5 + logistic regression": round(
            claim_only_accuracy(train, test, analyzer="char_wb"), 4
        ),
        "word overlap (all words) >= threshold tuned on train": round(overlap, 4),
        "word overlap (content words) >= threshold tuned on train": round(content_overlap, 4),
    }


def _lines(path: Path):  # noqa: ANN202 - an iterator of str
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield line


def _write_json(path: Path, value: object) -> None:
    _write_whole(path, (dumps(value) + "\n").encode("utf-8"))


def _save_array(path: Path, array: np.ndarray) -> None:
    buffer = io.BytesIO()
    np.save(buffer, array)
    _write_whole(path, buffer.getvalue())


def _write_whole(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(path.suffix + ".partial")
    partial.write_bytes(data)
    partial.replace(path)  # a report or table exists only once its task has finished


def _read_array(path: Path) -> np.ndarray:
    """A table the merge wrote for one shard; empty if it wrote none."""
    return np.load(path) if path.exists() else np.zeros(0, dtype=np.int64)


def _read_json(job: Job, path: Path, shard: Shard) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        logs = f"task logs: {job.logs}" if job.logs.exists() else "no task logs were written"
        raise FeverBuilderError(
            f"shard {shard.index} ({', '.join(str(p.path) for p in shard.pieces[:3])}"
            f"{' ...' if len(shard.pieces) > 3 else ''}) did not finish: {path.name} is "
            f"missing; {logs}; nothing was written"
        ) from None
