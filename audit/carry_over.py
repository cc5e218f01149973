"""Start an audit round from the verdicts of earlier ones.

Draws the round's sample of a build (``sample.py``: 100 claims, fixed seed), keeps the
verdict of every claim an earlier file judged with the same label and text, and writes
the claims no one has judged, in the format readers get (``reader_instructions.md``).
Where several files judged a claim, the later file on the command line wins; a file of
one round's reads may hold a claim twice (two readers), and then it fails a question if
either reader failed it.

Usage:
  python audit/carry_over.py BUILD_DIR EARLIER.jsonl ... --todo TODO.txt --out ROUND.jsonl
      [--since EARLIER_BUILD_DIR]

With ``--since``, a claim whose evidence differs from the same claim's in the build the
earlier verdicts were given on is read again: a verdict holds for the evidence it was
given on.

ROUND.jsonl then holds every drawn claim, those still to read with ``"read": "TODO"``;
replace those lines with the readers' verdicts once they are in.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sample import sample


def verdicts(paths: list[Path]) -> dict[tuple[str, str], dict]:
    """(label, claim) -> the verdict the files give it, later files first."""
    known: dict[tuple[str, str], dict] = {}
    for path in paths:
        seen: dict[tuple[str, str], dict] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            key = (row["label"], row["claim"])
            if key in seen:  # a second reader of the same round: strict
                first = seen[key]
                row = {
                    **row,
                    "label_right": first["label_right"] and row["label_right"],
                    "sensible": first["sensible"] and row["sensible"],
                    "note": "; ".join(n for n in (first.get("note"), row.get("note")) if n),
                }
            seen[key] = {**row, "read": row.get("read") or f"read in {path.name}"}
        known.update(seen)
    return known


def evidence_of(build: Path) -> dict[tuple[str, str], list]:
    """(label, claim) -> the claim's evidence sets in ``build``."""
    found: dict[tuple[str, str], list] = {}
    for path in sorted((build / "claims").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            found[(row["label"], row["claim"])] = row["evidence"]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("earlier", type=Path, nargs="*")
    parser.add_argument("--todo", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--since", type=Path, help="the build the earlier verdicts were given on")
    args = parser.parse_args()
    known = verdicts(args.earlier)
    before = evidence_of(args.since) if args.since else None
    rows, todo = [], []
    for n, claim in enumerate(sample(args.build), 1):
        base = {"n": n, "id": claim["id"], "label": claim["label"], "claim": claim["claim"]}
        key = (claim["label"], claim["claim"])
        verdict = known.get(key)
        if verdict is not None and before is not None and before.get(key) != claim["evidence"]:
            verdict = None  # judged on other evidence
        if verdict is None:
            rows.append({**base, "read": "TODO"})
            todo.append((n, claim))
            continue
        kept = {k: verdict[k] for k in ("label_right", "sensible")}
        if verdict.get("note"):
            kept["note"] = verdict["note"]
        read = verdict["read"].removeprefix("kept from ")
        rows.append({**base, **kept, "read": f"kept from {read}"})
    with args.out.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    with args.todo.open("w", encoding="utf-8") as out:
        for n, claim in todo:
            out.write(f"#{n} {claim['id']} [{claim['label']}] ({claim['generator']})\n")
            out.write(f"  CLAIM: {claim['claim']}\n")
            for i, evidence_set in enumerate(claim["evidence"]):
                for e in evidence_set:
                    out.write(f"  EV{i}: {e['page']} #{e['sentence_id']}: {e['text']}\n")
    judged = [r for r in rows if r["read"] != "TODO"]
    print(
        f"{len(rows)} drawn, {len(todo)} to read; of the judged {len(judged)}: "
        f"label right {sum(r['label_right'] for r in judged)}, "
        f"sensible {sum(r['sensible'] for r in judged)}"
    )


if __name__ == "__main__":
    main()
