"""How many claims per sentence a build makes with some of the label checks switched off.

Usage: python audit/yield_lifted.py INPUT [--lift recurring,slots,balance] [--seed 0]
           [--keep DIR] [--draw N --against BUILD > SAMPLE.txt]

A measurement, not a build mode: it runs the ordinary build into a temporary
folder with the named checks switched off in this process only, and prints
the claims per sentence and the label-leak figures. The checks it can lift
are the three that refuse the most facts on real articles, each one a
refusal the audit's label rule asks for (``audit/reader_instructions.md``):

- ``recurring``: a date on an event that may happen again is changed
  ("came back to Manchester United on 3 January 2013");
- ``slots``: a name in a slot that may hold several values is changed
  ("defeated Kofi Kingston", "took part in Operation Maslenica"), as if
  every slot held one;
- ``balance``: a plain negation is added whatever the count of "not" per
  label, so "not" may mark REFUTES.

With all three lifted, the claims made are an upper bound for what this
generator's facts and clauses can give: the rest of the gap to a target is
in sentences that give no clause a reader could check alone.

``--draw N --against BUILD`` prints, instead of the figures, N REFUTES claims
(drawn with the audit's seed) that the lifted build makes and the ordinary
BUILD of the same input does not, in the readers' format
(``audit/reader_instructions.md``): what the lifted checks would let through.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

from sample import SEED, for_readers, rows_of  # audit/sample.py: the audit's draws

LIFTABLE = ("recurring", "slots", "balance")


def draw(lifted: Path, ordinary: Path, n: int) -> str:
    """``n`` REFUTES claims of ``lifted`` whose text ``ordinary`` has not, for readers."""
    known = {r["claim"] for r in rows_of(ordinary)}
    new = [r for r in rows_of(lifted) if r["label"] == "REFUTES" and r["claim"] not in known]
    return for_readers(random.Random(SEED).sample(new, min(n, len(new))))


def lift(checks: set[str]) -> None:
    """Switch off ``checks`` in this process (see the module notes)."""
    import fever_builder.facts.flags as flags
    import fever_builder.facts.named as named
    from fever_builder.facts.spans import Span

    rules = list(flags.FLAG_RULES)

    def never(*_: object) -> bool:
        return False

    if "recurring" in checks:
        rules = [(n, never if n == "recurring" else rule) for n, rule in rules]
    if "slots" in checks:

        def any_name(_text: str, _parsed: object, span: Span) -> bool:
            return span.kind in ("entity", "identifier", "ordinal")

        rules = [
            (n, never if n in ("open_slot", "loose_slot") else any_name if n == "one_value" else r)
            for n, r in rules
        ]
    flags.FLAG_RULES = named.FLAG_RULES = tuple(rules)
    if "balance" in checks:
        import fever_builder.claims.context as context

        class AlwaysBehind(Counter):
            """REFUTES is always behind on "not", so a plain negation is always allowed."""

            def __getitem__(self, key: str) -> int:
                return -1 if key in ("REFUTES", "REFUTES do") else super().__getitem__(key)

        original = context.Context.__init__

        def init(self: context.Context, *args: object, **kwargs: object) -> None:
            original(self, *args, **kwargs)
            self.cues = AlwaysBehind(self.cues)

        context.Context.__init__ = init


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", type=Path)
    parser.add_argument("--lift", default="", help=f"comma-separated, of {', '.join(LIFTABLE)}")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="write the build here (else a temporary folder)")
    parser.add_argument("--draw", type=int, default=0, help="print N new REFUTES claims instead")
    parser.add_argument("--against", type=Path, help="with --draw: the ordinary build")
    args = parser.parse_args(argv)
    checks = {c for c in args.lift.split(",") if c}
    if checks - set(LIFTABLE):
        parser.error(f"--lift takes {', '.join(LIFTABLE)}; got {', '.join(sorted(checks))}")
    if args.draw and args.against is None:
        parser.error("--draw needs --against BUILD, an ordinary build of the same input")
    lift(checks)
    from fever_builder.cli import main as cli

    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp) / "build"
        command = ["build", "--input", str(args.input), "--output", str(out), "--quiet"]
        command += ["--force"] if args.keep else []
        command += ["--seed", str(args.seed), "--parse-processes", "1"]
        try:
            with contextlib.redirect_stdout(sys.stderr):  # the build's summary
                cli(command)
        except SystemExit as stop:
            if stop.code:
                return int(stop.code)
        report = json.loads((out / "fever_builder.json").read_text(encoding="utf-8"))
        if args.draw:
            sys.stdout.write(draw(out, args.against, args.draw))
            return 0
    claims = sum(s["claims"]["total"] for s in report["splits"].values())
    print(f"lifted: {', '.join(sorted(checks)) or 'none'}")
    print(
        f"claims: {claims}; sentences: {report['sentences']}; per sentence: "
        f"{claims / report['sentences']:.3f}"
    )
    for name, value in report.get("artefacts", {}).items():
        print(f"{name}: {value:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
