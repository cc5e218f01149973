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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._words import MONTHS, WEEKDAYS, coverage, covered, occupied_ranges, word_set
from .spans import ENTITY_TYPES, EntityValue, Span, select

if TYPE_CHECKING:
    from ..corpus import Page

__all__ = ["Lexicon", "find_entities", "COUNTRIES", "DEMONYMS"]

# Countries and de facto states named in the seeds.
COUNTRIES: frozenset[str] = frozenset(
    {
        "Afghanistan",
        "Armenia",
        "Artsakh",
        "Azerbaijan",
        "Belarus",
        "France",
        "Georgia",
        "Hungary",
        "Iran",
        "Iraq",
        "Israel",
        "Kazakhstan",
        "Moldova",
        "Nagorno-Karabakh Republic",
        "Pakistan",
        "Republic of Armenia",
        "Republic of Artsakh",
        "Republic of Azerbaijan",
        "Russia",
        "Russian Federation",
        "Soviet Union",
        "Turkey",
        "USSR",
        "Ukraine",
        "United States",
    }
)
DEMONYMS: frozenset[str] = word_set(
    """Afghan Afghans American Americans Arab Arabs Armenian Armenians Azerbaijani Azerbaijanis
    Azeri Azeris British Caucasian Chechen Chechens French Georgian Georgians Iranian
    Iranians Israeli Kazakh Kurd Kurdish Kurds Moldovan Ossetian Ottoman Pakistani Persian
    Russian Russians Soviet Soviets Turk Turkish Turks Ukrainian"""
)

_UNIT_LAST = word_set(
    """Brigade Brigades Battalion Battalions Regiment Regiments Division Divisions Army Armies
    Forces Force Corps Company Platoon Squadron Detachment Guards Militia Police Fleet
    Detachments Troops Unit"""
)
_ORG_LAST = word_set(
    """Council Front Party Group Organization Organisation Committee Assembly Watch Nations
    Movement Union Government Ministry Parliament Bureau Agency Service Commission
    Conference Court Institute University Association Society Foundation Bank Church
    Alliance League Congress Press Times News Agency Memorial Staff Directorate Secretariat"""
)
_ORG_FIRST = word_set(
    """Ministry Office Department Council Committee Government Bureau Organization Union"""
)
_EVENT_LAST = word_set(
    """War Wars Battle Offensive Massacre Pogrom Pogroms Protocol Agreement Treaty Accords
    Accord Ceasefire Conflict Revolution Crisis Uprising Siege Campaign Referendum Clash
    Shootdown Operation Declaration"""
)
_EVENT_FIRST = word_set("Operation Battle Siege Treaty")
_COUNTRY_LAST = word_set("SSR SFSR ASSR Republic Empire Federation Khanate")
_PLACE_LAST = word_set(
    """District Province Oblast Region Raion Rayon Mountains Mountain Range Pass Valley River
    Lake Corridor Plain Plateau Gorge Hill Heights City Village Square Street Airport Bridge
    Sea Caucasus Highway Road Enclave Governorate Krai Okrug Uyezd"""
)
_PLACE_FIRST = word_set("Mount Lake River Cape Fort Port")
_GEO_AFTER = word_set(
    """range mountains mountain corridor river region district province pass valley village
    villages town city enclave raion rayon plain highway road airport gorge heights"""
)
_PLACE_BEFORE = word_set(
    """city town village villages district districts region regions province provinces capital
    enclave oblast raion rayon settlement settlements"""
)
# "from" and "at" are left out: "support from Gorbachev", "at Stepanakert's request".
_PLACE_PREPOSITIONS = word_set("in near towards toward into outside")
_TITLES = word_set(
    """President Vice-President Premier Minister General Colonel Lieutenant Lieutenant-Colonel
    Lieutenant-General Major Major-General Captain Commander Marshal Admiral Sergeant
    Secretary Secretary-General Chairman Speaker Vice-Speaker Deputy Chief Mayor Governor
    Ambassador Procurator Prosecutor Commissar Dr Mr Mrs Ms Sir Lt Col Gen Maj Capt Brig
    Head Senator MP King Queen Prince Emperor Shah Sultan Pope Patriarch"""
)
# Words that are titles only in front of another title: "Defence Minister".
_TITLE_MODIFIERS = word_set("Prime Acting Defence Defense Foreign Interior First Vice")
_PERSON_CUES = word_set(
    """commander president minister leader journalist general colonel officer chief secretary
    spokesman spokeswoman historian poet writer author analyst deputy governor mayor
    ambassador envoy dissident statesman politician activist correspondent reporter adviser
    advisor chairman commissar ruler procurator prosecutor lieutenant major captain sergeant
    scholar researcher diplomat"""
)
_CONNECTORS = word_set("of de da del van von bey al ibn bin la le du der")
# Connectors that may sit inside a person's name ("Thomas de Waal").
_NAME_PARTICLES = _CONNECTORS - {"of"}
_SURNAME_ENDINGS = (
    "yan",
    "ian",
    "ov",
    "ova",
    "ev",
    "eva",
    "yev",
    "sky",
    "ski",
    "enko",
    "shvili",
    "dze",
    "ogly",
    "zade",
)
_HYPHEN_PREFIXES = word_set("ex pro anti non pre post pan neo")
_STOP_CAPS = word_set(
    """The A An In On At By After During Before Following According As While When Although
    Though However Despite Since Until Under Over With Without Within For From To This That
    These Those It Its He She They We I His Her Their Our There Here Many Most Some Several
    Other Others Both Each All Any No Not Only Also Thus Then Further Furthermore Moreover
    Meanwhile Afterwards Later Earlier Soon Eventually Finally Initially Officially
    Historically Simultaneously Nevertheless Instead Because If Unlike Like Among Between
    Through Throughout Around Near Upon Against Towards Toward Along Besides Due Per
    Including Except Shortly Subsequently Previously Consequently Accordingly Overall Today
    Now Once Yet Still So But And Or Nor Who What Which Where Why How Whether Such One
    Another Every Neither Either Whereas Whilst Having Being Part See Main Is Was Were Are"""
)
_ALWAYS_DROP = frozenset(MONTHS) | WEEKDAYS | frozenset({"I"})
# Sentence-initial single words with these endings are common words ("Facing").
_COMMON_ENDINGS = ("ly", "ing", "ed", "ion", "ment", "ness", "ity")
# Capitalised words that are not names on their own.
_NOT_NAMES = word_set("Western Eastern Northern Southern Central Background")
_ROMAN = word_set("I II III IV V VI")

# Infobox/table keys (lower case, digits and spaces removed) -> entity type.
_KEY_TYPES: dict[str, str] = {
    "commander": "person",
    "commanders": "person",
    "commandersandleaders": "person",
    "leader": "person",
    "leaders": "person",
    "place": "place",
    "location": "place",
    "site": "place",
    "units": "unit",
    "unit": "unit",
    "unitsinvolved": "unit",
    "combatant": "belligerent",
    "combatants": "belligerent",
    "belligerent": "belligerent",
    "belligerents": "belligerent",
    "side": "belligerent",
    "conflict": "event",
    "partof": "event",
}
_TYPE_PRIORITY = {t: i for i, t in enumerate(ENTITY_TYPES)}

_TOKEN = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*")


def _tokens_of_runs(runs: Iterable[str]) -> set[str]:
    """The tokens ``_TOKEN`` finds in texts, from the texts' runs of ``[\\w’'-]``.

    A token cannot follow a run character, so it starts a run; and it is
    made of run characters, so it ends within that run: each run holds at
    most one token, at its start.
    """
    return {m.group() for run in runs if (m := _TOKEN.match(run))}


_SPLIT_ITEMS = re.compile(r"\s*(?:[,;|•*]|\band\b|\(|\))\s*")
_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]{1,9})\)")


@dataclass(frozen=True, slots=True)
class _Run:
    """A run of capitalised tokens: char offsets and its words, plus cue flags."""

    start: int
    end: int
    words: tuple[str, ...]
    titled: bool


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
            key = (rank, _TYPE_PRIORITY[kind], kind)
            if name not in evidence or key < evidence[name]:
                evidence[name] = key

        for key, value in fields:
            key_type = _KEY_TYPES.get(re.sub(r"[\d\s_]+", "", key.lower()))
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
        tokens = set(_TOKEN.findall("\n".join(texts))) if runs is None else _tokens_of_runs(runs)
        common = {w.lower() for w in tokens if w[:1].islower()}
        if cue_texts is not None:
            texts = list(cue_texts)
        acronyms: list[tuple[str, str]] = []
        vocabulary = cls(common=common)
        empty = cls()
        for text in texts:
            for run in _runs(text, occupied=[], lexicon=vocabulary):
                after = _ACRONYM.match(text, _skip_space(text, run.end))
                # "United Nations Security Council (UNSC)": same first letter.
                if after and after.group(1)[0] == run.words[0][0]:
                    acronyms.append((after.group(1), " ".join(run.words)))
                if _classify_name(list(run.words), empty)[0] not in {"other", "person"}:
                    continue  # the rules type it wherever it appears
                kind = _cue_type(text, run)
                if kind is None and _person_shaped(run.words):
                    kind = _classify_name(list(run.words), empty)[0]
                if kind == "person":
                    note(" ".join(run.words), "person", 2)
                    if _classify_name([run.words[-1]], empty)[0] == "other":
                        note(run.words[-1], "person", 3)
                elif kind == "place":
                    note(" ".join(run.words), "place", 4)
        partial = cls(
            ((n, k, "field" if r == 0 else "cue") for n, (r, _p, k) in evidence.items()),
            common=common,
        )
        for acronym, long_name in acronyms:
            kind, _source = _classify_name(long_name.split(), partial)
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
                and any(w[:1].islower() and w not in _CONNECTORS for w in n.split())
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
    for run in _runs(text, occupied=occupied, lexicon=lex):
        kind, source = _classify(text, run, lex)
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
        if words[0] in _STOP_CAPS:
            continue
        out.append(" ".join(words))
    return out


def _field_type(item: str, key_type: str) -> str:
    if item in COUNTRIES and key_type in {"place", "belligerent"}:
        return "country"
    if key_type == "belligerent":
        rule, _source = _classify_name(item.split(), Lexicon())
        return rule if rule in {"unit", "country"} else "organisation"
    return key_type


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _sentence_start(text: str, pos: int) -> bool:
    """True at the start of a text, sentence, line, heading or list item."""
    before = _TRAILING_NOISE.sub("", text[max(0, pos - 80) : pos])
    if pos <= 80 and not before:
        return True
    return bool(before) and (before[-1] in ".!?:;\n=" or before.endswith(("\n-", "\n*", "\n•")))


# Spaces, quotes, brackets and citation markers between a sentence end and a word.
_TRAILING_NOISE = re.compile(r"(?:[\s\"“‘'(]|\[[^\]\n]{1,20}\])+$")


def _runs(text: str, *, occupied: list[tuple[int, int]], lexicon: Lexicon) -> list[_Run]:
    """Runs of capitalised tokens, cleaned of sentence-initial common words and titles."""
    mask = coverage(occupied, len(text))
    tokens = [m for m in _TOKEN.finditer(text) if not covered(mask, m.start(), m.end())]
    groups: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for tok in tokens:
        word = tok.group()
        joined = bool(current) and text[current[-1].end() : tok.start()] == " "
        if joined and current[-1].group()[-2:] in {"'s", "’s"}:
            joined = False
        if _is_cap(word) or (word in _CONNECTORS and joined):
            if not joined and current:
                groups.append(current)
                current = []
            current.append(tok)
        elif word == "the" and joined and current[-1].group() == "of":
            current.append(tok)
        else:
            if current:
                groups.append(current)
            current = []
    if current:
        groups.append(current)
    runs: list[_Run] = []
    for group in groups:
        runs.extend(_clean(text, group, lexicon))
    return runs


def _is_cap(word: str) -> bool:
    if not word[:1].isupper():
        return False
    # "Armenian-held", "Soviet-made": adjectives, not names.
    return all(part[:1].isupper() for part in word.split("-")[1:] if part)


def _clean(text: str, group: list[re.Match[str]], lexicon: Lexicon) -> list[_Run]:
    """Split a token group at titles and drop words that are not part of a name."""
    parts: list[tuple[list[re.Match[str]], bool]] = []
    current: list[re.Match[str]] = []
    titled = False
    for i, tok in enumerate(group):
        word = tok.group()
        nxt = group[i + 1].group() if i + 1 < len(group) else ""
        is_title = word in _TITLES or (word in _TITLE_MODIFIERS and nxt in _TITLES)
        rest = [t.group() for t in group[i + 1 :]]
        if is_title and rest and _classify_name(rest, Lexicon())[0] not in {"other", "person"}:
            is_title = False  # "United Nations General Assembly", "General Staff"
        if is_title:
            # A title is never part of a name; it marks the words after it.
            if current:
                parts.append((current, titled))
            current, titled = [], nxt[:1].isupper()
            continue
        current.append(tok)
    if current:
        parts.append((current, titled))
    runs: list[_Run] = []
    for toks, was_titled in parts:
        toks = list(toks)
        while toks:
            first = toks[0].group()
            initial = _sentence_start(text, toks[0].start())
            drop = (
                first in _CONNECTORS
                or first == "the"
                or first in _ALWAYS_DROP
                or all(part in _ALWAYS_DROP for part in first.split("-"))
                or (initial and first in _STOP_CAPS)
                # "Following" alone is a common word; "Operation Goranboy" is a name.
                or (
                    initial
                    and lexicon.is_common(first)
                    and first not in lexicon
                    and first not in COUNTRIES
                    and (len(toks) == 1 or first.endswith(("ed", "er", "ly", "ing")))
                )
                or (initial and len(toks) == 1 and first.endswith(_COMMON_ENDINGS))
                or (len(toks) == 1 and (first in _NOT_NAMES or len(first) < 2))
                or first.split("-")[0].lower() in _HYPHEN_PREFIXES
                and "-" in first
            )
            if not drop:
                break
            toks.pop(0)
        while toks and (toks[-1].group() in _CONNECTORS or toks[-1].group() == "the"):
            toks.pop()
        if not toks:
            continue
        if len(toks) == 1 and toks[0].group() in _ALWAYS_DROP:
            continue
        start, end = toks[0].start(), toks[-1].end()
        last = toks[-1].group()
        if last[-2:] in {"'s", "’s"}:
            end -= 2
        words = tuple(text[start:end].split())
        for run in _split_after_country(start, words, was_titled, text):
            runs.extend(_split_person_tail(run, lexicon))
    return runs


def _split_person_tail(run: _Run, lexicon: Lexicon) -> list[_Run]:
    """Split ``Azerbaijani Parliament Rasul Guliyev`` into the body and the person."""
    words = run.words
    if len(words) < 3 or any(w in _CONNECTORS for w in words):
        return [run]
    for size in (2, 3):
        head, tail = words[:-size], words[-size:]
        if not head:
            break
        tail_kind = _classify_name(list(tail), lexicon)[0]
        head_kind = _classify_name(list(head), lexicon)[0]
        if tail_kind == "person" and head_kind != "other":
            head_end = run.start + len(" ".join(head))
            return [
                _Run(run.start, head_end, head, False),
                _Run(head_end + 1, run.end, tail, run.titled),
            ]
    return [run]


def _split_after_country(start: int, words: tuple[str, ...], titled: bool, text: str) -> list[_Run]:
    """Split ``Armenia Nagorno-Karabakh Republic`` into two runs; keep ``Azerbaijan SSR``."""
    for i, word in enumerate(words[:-1]):
        nxt = words[i + 1]
        if word in COUNTRIES and nxt not in _COUNTRY_LAST and nxt not in _CONNECTORS:
            left_end = start + len(" ".join(words[: i + 1]))
            right_start = left_end + 1
            left = _Run(start, left_end, words[: i + 1], titled)
            return [left, *_split_after_country(right_start, words[i + 1 :], False, text)]
    return [_Run(start, start + len(" ".join(words)), words, titled)]


def _cue_type(text: str, run: _Run) -> str | None:
    """``person`` or ``place`` when the words around a run say so, else None."""
    before = text[max(0, run.start - 40) : run.start].split()
    prev = before[-1].lower().strip(",") if before else ""
    prev2 = " ".join(before[-2:]).lower()
    if _person_shaped(run.words) and (run.titled or prev in _PERSON_CUES or prev2 == "led by"):
        return "person"
    after = text[run.end : run.end + 30].split()
    nxt = after[0].lower().strip(",.;") if after else ""
    place_of = len(before) >= 2 and before[-1] == "of" and before[-2].lower() in _PLACE_BEFORE
    if nxt in _GEO_AFTER or place_of:
        return "place"
    if len(run.words) == 1 and prev in _PLACE_PREPOSITIONS and not run.words[0].isupper():
        return "place"
    return None


def _person_shaped(words: Sequence[str]) -> bool:
    """Two to five words, only name particles in between, and no other rule's type."""
    if not 2 <= len(words) <= 5 or any(w in _CONNECTORS - _NAME_PARTICLES for w in words):
        return False
    return _classify_name(list(words), Lexicon())[0] in {"other", "person"}


def _classify(text: str, run: _Run, lexicon: Lexicon) -> tuple[str, str]:
    """Type one run in its sentence: (type, source)."""
    name = " ".join(run.words)
    if lexicon.source_of(name) == "field":
        return lexicon.type_of(name) or "other", "lexicon"
    cue = _cue_type(text, run)
    if cue == "person":
        return "person", "rule"
    kind, source = _classify_name(list(run.words), lexicon)
    if kind != "other":
        return kind, source
    if cue == "place":
        return "place", "rule"
    return "other", "rule"


def _classify_name(words: list[str], lexicon: Lexicon) -> tuple[str, str]:
    """Type a name by itself (no context): (type, source)."""
    name = " ".join(words)
    if lexicon.source_of(name) == "field":
        return lexicon.type_of(name) or "other", "lexicon"
    if len(words) > 1 and words[-1] in _ROMAN:
        words = words[:-1]
    first, last = words[0], words[-1]
    if name in COUNTRIES or last in _COUNTRY_LAST or ("Republic" in words and len(words) > 1):
        return "country", "rule"
    if last in _UNIT_LAST:
        return "unit", "rule"
    if last in _ORG_LAST or (first in _ORG_FIRST and len(words) > 1):
        return "organisation", "rule"
    if last in _EVENT_LAST or (first in _EVENT_FIRST and len(words) > 1):
        return "event", "rule"
    if last in _PLACE_LAST or (first in _PLACE_FIRST and len(words) > 1):
        return "place", "rule"
    if last in DEMONYMS:
        return "nationality", "rule"
    known = lexicon.type_of(name)
    if known is not None:
        return known, "lexicon"
    if (
        2 <= len(words) <= 4
        and last.lower().endswith(_SURNAME_ENDINGS)
        and first not in DEMONYMS
        and first not in COUNTRIES
        and not any(w in _CONNECTORS for w in words)
    ):
        return "person", "rule"
    return "other", "rule"
