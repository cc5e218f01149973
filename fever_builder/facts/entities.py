"""Named entities typed from the corpus itself: no statistical model.

Two sources of types:

1. A :class:`Lexicon` built from the corpus: infobox fields and table cells
   typed by their key (``Commander1`` -> person, ``Place``/``Location`` -> place,
   ``Units1`` -> unit, ``Combatant``/``Belligerents`` -> country or
   organisation, ``Conflict``/``Partof`` -> event), plus names seen in the text
   with a cue (``General X Y``, ``commander X Y``, ``led by X Y`` -> person;
   ``the city of X``, ``X range``, ``in X`` -> place; ``Long Name (ACR)`` -> the
   acronym gets the long name's type). A person's surname is a person too.
2. Rules, applied in this order to a run of capitalised words (with ``of``,
   ``de``... inside):

   - a lexicon entry from an infobox or table field;
   - a title or person cue right before two or more words -> person;
   - the countries of the seeds (``COUNTRIES``), ``... SSR``, ``Republic of ...``
     -> country;
   - last word Brigade/Battalion/Regiment/Division/Army/Forces/... -> unit;
   - last word Council/Front/Party/Group/Organization/Committee/Watch/...,
     or first word Ministry/Office/... -> organisation;
   - War/Battle/Operation/Massacre/Protocol/Treaty/... -> event;
   - District/Province/Oblast/Mountains/Pass/River/... or ``Mount X``, or a
     following ``range``/``corridor``/``river``..., or ``city of X`` -> place;
   - a demonym (``Armenian``, ``Azerbaijanis``) -> nationality;
   - a lexicon entry from a text cue; ``in``/``near``/``towards``/``into`` + one
     word -> place;
   - two or more words ending in a common Caucasus/Slavic surname ending
     (-yan, -ian, -ov, -ev, -ova...) -> person;
   - else ``other``.

Sentence-initial capitalised common words (``The``, ``In``, ``After``, and a
lone word the lexicon saw in lower case) and titles (``General``,
``Lieutenant-Colonel``, ``President``) are never part of an entity; a title
splits a run (``Armenian General Andranik Ozanian`` -> ``Armenian`` +
``Andranik Ozanian``) unless the rest is an organisation or the like
(``United Nations General Assembly``).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from typing import TYPE_CHECKING

from ._words import occupied_ranges
from .name_runs import (
    classify_name,
    classify_run,
    cue_type,
    find_runs,
    person_shaped,
    skip_space,
)
from .name_words import (
    CONNECTORS,
    COUNTRIES,
    KEY_TYPES,
    STOP_CAPS,
    TOKEN,
    TYPE_PRIORITY,
)
from .spans import EntityValue, Span, select

if TYPE_CHECKING:
    from ..corpus import Page

__all__ = ["Lexicon", "find_entities"]


def _tokens_of_runs(runs: Iterable[str]) -> set[str]:
    """The tokens ``TOKEN`` finds in texts, from the texts' runs of ``[\\w’'-]``.

    A token cannot follow a run character, so it starts a run; and it is
    made of run characters, so it ends within that run: each run holds at
    most one token, at its start.
    """
    return {m.group() for run in runs if (m := TOKEN.match(run))}


_SPLIT_ITEMS = re.compile(r"\s*(?:[,;|•*]|\band\b|\(|\))\s*")
_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]{1,9})\)")


class Lexicon:
    """Entity names typed from a corpus: ``name -> (type, source)``.

    Build it with :meth:`build` or :meth:`from_pages`; it is read-only after.
    ``source`` is ``"field"`` (an infobox/table field: it overrides the rules)
    or ``"cue"`` (a context cue in the text: the rules come first). ``common``
    holds the words the corpus writes in lower case, used to drop
    sentence-initial common words (``Following``).
    """

    __slots__ = ("_entries", "_common", "_pattern")

    def __init__(
        self,
        entries: Iterable[tuple[str, str, str]] = (),
        *,
        common: Iterable[str] = (),
    ) -> None:
        self._entries: dict[str, tuple[str, str]] = {
            name: (kind, source) for name, kind, source in sorted(entries)
        }
        self._common: frozenset[str] = frozenset(common)
        self._pattern: re.Pattern[str] | None = None

    @classmethod
    def build(
        cls,
        *,
        fields: Iterable[tuple[str, str]] = (),
        texts: Iterable[str] = (),
        cue_texts: Iterable[str] | None = None,
        runs: Iterable[str] | None = None,
    ) -> Lexicon:
        """Build a lexicon from ``(key, value)`` fields and body texts.

        Args:
            fields: infobox ``(key, value)`` pairs and ``(header, cell)`` pairs
                of tables; keys that name no entity type are ignored.
            texts: sentences or page texts, scanned for lower-case words and,
                unless ``cue_texts`` is given, for cues.
            cue_texts: the texts scanned for cues, if not all of ``texts``.
            runs: the distinct runs of word characters, apostrophes and
                hyphens in ``texts``, when a scan of them has found those
                already (``validity.CorpusIndex.sentence_runs``); the
                lower-case words are read from them instead of the texts.

        The result does not depend on the order of equal-rank evidence: ties
        go to the type listed first in ``ENTITY_TYPES``.
        """
        evidence: dict[str, tuple[int, int, str]] = {}

        def note(name: str, kind: str, rank: int) -> None:
            key = (rank, TYPE_PRIORITY[kind], kind)
            if name not in evidence or key < evidence[name]:
                evidence[name] = key

        for key, value in fields:
            key_type = KEY_TYPES.get(re.sub(r"[\d\s_]+", "", key.lower()))
            if key_type is None:
                continue
            for item in _items(value):
                kind = _field_type(item, key_type)
                note(item, kind, 0)
                if kind == "person" and len(item.split()) > 1:
                    note(item.split()[-1], "person", 1)
        texts = list(texts)
        # one scan of all texts (a line break starts a token as a text's start
        # does), then each distinct token once; or the scan some index made
        tokens = set(TOKEN.findall("\n".join(texts))) if runs is None else _tokens_of_runs(runs)
        common = {w.lower() for w in tokens if w[:1].islower()}
        if cue_texts is not None:
            texts = list(cue_texts)
        acronyms: list[tuple[str, str]] = []
        vocabulary = cls(common=common)
        empty = cls()
        for text in texts:
            for run in find_runs(text, occupied=[], lexicon=vocabulary):
                after = _ACRONYM.match(text, skip_space(text, run.end))
                # "United Nations Security Council (UNSC)": same first letter.
                if after and after.group(1)[0] == run.words[0][0]:
                    acronyms.append((after.group(1), " ".join(run.words)))
                if classify_name(list(run.words), empty)[0] not in {"other", "person"}:
                    continue  # the rules type it wherever it appears
                kind = cue_type(text, run)
                if kind is None and person_shaped(run.words):
                    kind = classify_name(list(run.words), empty)[0]
                if kind == "person":
                    note(" ".join(run.words), "person", 2)
                    if classify_name([run.words[-1]], empty)[0] == "other":
                        note(run.words[-1], "person", 3)
                elif kind == "place":
                    note(" ".join(run.words), "place", 4)
        partial = cls(
            ((n, k, "field" if r == 0 else "cue") for n, (r, _p, k) in evidence.items()),
            common=common,
        )
        for acronym, long_name in acronyms:
            kind, _source = classify_name(long_name.split(), partial)
            if kind != "other":
                note(acronym, kind, 2)
        entries = ((n, k, "field" if r == 0 else "cue") for n, (r, _p, k) in evidence.items())
        return cls(entries, common=common)

    @classmethod
    def from_pages(
        cls,
        pages: Iterable[Page],
        *,
        cues: Container[str] | None = None,
        runs: Iterable[str] | None = None,
    ) -> Lexicon:
        """Build a lexicon from pages: infobox fields, table cells under their
        headers, and sentence texts; with ``cues``, only sentences of those
        duplicate groups are scanned for cues. ``runs`` as for :meth:`build`."""
        fields: list[tuple[str, str]] = []
        texts: list[str] = []
        cue_texts: list[str] = []
        for page in pages:
            fields.extend((f.key, f.value) for f in page.infobox)
            for row in page.tables:
                fields.extend(zip(row.header, row.cells, strict=False))
            texts.extend(s.text for s in page.sentences)
            if cues is not None:
                cue_texts.extend(s.text for s in page.sentences if s.group in cues)
        return cls.build(
            fields=fields, texts=texts, cue_texts=None if cues is None else cue_texts, runs=runs
        )

    def type_of(self, name: str) -> str | None:
        """The type recorded for ``name``, or None."""
        entry = self._entries.get(name)
        return entry[0] if entry else None

    def source_of(self, name: str) -> str | None:
        """``"field"`` or ``"cue"`` for a recorded name, else None."""
        entry = self._entries.get(name)
        return entry[1] if entry else None

    def is_common(self, word: str) -> bool:
        """True if the corpus writes ``word`` in lower case somewhere."""
        return word.lower() in self._common

    def items(self) -> list[tuple[str, str, str]]:
        """All entries as ``(name, type, source)``, sorted by name."""
        return [(name, kind, source) for name, (kind, source) in self._entries.items()]

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __repr__(self) -> str:
        return f"Lexicon({len(self._entries)} names, {len(self._common)} common words)"

    def phrase_pattern(self) -> re.Pattern[str] | None:
        """A regex for field entries the capitalised-run scan cannot see whole
        (``Kalbajar police``), longest first; None if there are none."""
        if self._pattern is None:
            names = [
                n
                for n, (_k, src) in self._entries.items()
                if src == "field"
                and any(w[:1].islower() and w not in CONNECTORS for w in n.split())
            ]
            if not names:
                return None
            names.sort(key=lambda n: (-len(n), n))
            body = "|".join(re.escape(n) for n in names)
            self._pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
        return self._pattern


def find_entities(
    text: str, lexicon: Lexicon | None = None, *, taken: Sequence[Span] = ()
) -> list[Span]:
    """Find named entities in ``text``, typed by ``lexicon`` and the rules above.

    Args:
        text: a sentence (or any text; sentence starts are detected).
        lexicon: corpus knowledge; None means rules only.
        taken: spans already found (dates, figures...); entities avoid them.

    Returns non-overlapping ``kind="entity"`` spans sorted by start; the subtype
    is the entity type.
    """
    lex = lexicon if lexicon is not None else Lexicon()
    occupied = occupied_ranges(text, taken)
    candidates: list[Span] = []
    for run in find_runs(text, occupied=occupied, lexicon=lex):
        kind, source = classify_run(text, run, lex)
        name = text[run.start : run.end]
        value = EntityValue(name=" ".join(name.split()), type=kind, source=source)
        candidates.append(Span(run.start, run.end, name, "entity", kind, value))
    pattern = lex.phrase_pattern()
    if pattern is not None:
        for m in pattern.finditer(text):
            kind = lex.type_of(m.group()) or "other"
            value = EntityValue(name=m.group(), type=kind, source="lexicon")
            candidates.append(Span(m.start(), m.end(), m.group(), "entity", kind, value))
    return select(candidates, occupied=occupied)


def _items(value: str) -> list[str]:
    """Names listed in a field value: split on commas, ``and``, bullets, brackets."""
    out: list[str] = []
    for raw in _SPLIT_ITEMS.split(re.sub(r"\[\w+\]", "", value)):
        item = re.sub(r"^\d+(?:st|nd|rd|th)\s+", "", raw.strip(" \"'“”"))
        words = item.split()
        if not words or len(words) > 8 or not item[0].isupper() or any(c.isdigit() for c in item):
            continue
        if words[0] in STOP_CAPS:
            continue
        out.append(" ".join(words))
    return out


def _field_type(item: str, key_type: str) -> str:
    if item in COUNTRIES and key_type in {"place", "belligerent"}:
        return "country"
    if key_type == "belligerent":
        rule, _source = classify_name(item.split(), Lexicon())
        return rule if rule in {"unit", "country"} else "organisation"
    return key_type
