"""The features of every config, in the form the card's YAML gives them: the single source.

They are plain data in ``datasets``' own YAML form (``dataset_info.features``
of a dataset card), so writing the card does not import ``datasets`` (about
half a second); :func:`to_features` turns them into ``datasets.Features``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fever_builder.claims.model import LABELS

if TYPE_CHECKING:
    from datasets import Features

# one field: {"name": ..., "dtype": ...} for a value, {"name": ..., "list": ...} for a list
Field = dict[str, object]


def _string(name: str) -> Field:
    return {"name": name, "dtype": "string"}


def _int32(name: str) -> Field:
    return {"name": name, "dtype": "int32"}


EVIDENCE: list[Field] = [_string("page"), _int32("sentence_id"), _string("text")]

CLAIMS: list[Field] = [
    _string("id"),
    _string("claim"),
    {
        "name": "label",
        "dtype": {"class_label": {"names": {str(i): name for i, name in enumerate(LABELS)}}},
    },
    {"name": "evidence", "list": {"list": EVIDENCE}},
    _string("mutation"),
    _string("generator"),
    _string("original"),
    _string("replacement"),
    _string("source_page"),
    _int32("source_sentence"),
    _string("group"),
    _string("pair"),
]

WIKI_PAGES: list[Field] = [
    _string("id"),
    _string("text"),
    _string("lines"),
    _int32("infobox_start"),
    _int32("tables_start"),
    {"name": "sections", "list": "string"},
    {"name": "infobox", "list": [_string("key"), _string("value")]},
    {
        "name": "tables",
        "list": [
            _string("table"),
            _int32("row"),
            {"name": "header", "list": "string"},
            {"name": "cells", "list": "string"},
        ],
    },
    {"name": "groups", "list": "string"},
    _string("source"),
    _string("format"),
]


def to_features(fields: list[Field]) -> Features:
    """The ``datasets.Features`` of a config's fields (``CLAIMS`` or ``WIKI_PAGES``)."""
    from datasets import Features

    return Features._from_yaml_list(fields)
