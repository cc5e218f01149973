"""The ``datasets.Features`` of every config: the single source of the card's YAML."""

from __future__ import annotations

from datasets import ClassLabel, Features, List, Value

from fever_builder.claims.model import LABELS

EVIDENCE = {"page": Value("string"), "sentence_id": Value("int32"), "text": Value("string")}

CLAIMS = Features(
    {
        "id": Value("string"),
        "claim": Value("string"),
        "label": ClassLabel(names=list(LABELS)),
        "evidence": List(List(EVIDENCE)),
        "mutation": Value("string"),
        "generator": Value("string"),
        "original": Value("string"),
        "replacement": Value("string"),
        "source_page": Value("string"),
        "source_sentence": Value("int32"),
        "group": Value("string"),
        "pair": Value("string"),
    }
)

WIKI_PAGES = Features(
    {
        "id": Value("string"),
        "text": Value("string"),
        "lines": Value("string"),
        "infobox_start": Value("int32"),
        "tables_start": Value("int32"),
        "sections": List(Value("string")),
        "infobox": List({"key": Value("string"), "value": Value("string")}),
        "tables": List(
            {
                "table": Value("string"),
                "row": Value("int32"),
                "header": List(Value("string")),
                "cells": List(Value("string")),
            }
        ),
        "groups": List(Value("string")),
        "source": Value("string"),
        "format": Value("string"),
    }
)
