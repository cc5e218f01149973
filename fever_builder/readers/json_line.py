"""One line of JSONL parsed without letting any bytes escape as an exception."""

from __future__ import annotations

import json


def parse_line(line: str) -> tuple[object, str | None]:
    """The line's JSON value and None, or None and the reason it is not usable.

    Beyond syntax errors, ``json.loads`` raises ``RecursionError`` on deep
    nesting (``[[[[...``) and ``ValueError`` on an integer of more than 4,300
    digits: both are bad input, not bugs.
    """
    try:
        return json.loads(line), None
    except json.JSONDecodeError as error:
        return None, f"not valid JSON ({error.msg} at column {error.colno})"
    except RecursionError:
        return None, "not usable JSON (nested too deeply for the JSON parser)"
    except ValueError as error:
        return None, f"not usable JSON ({error})"
