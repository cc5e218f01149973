"""A person the claim's sentence names by surname alone, named in full as claims people
write do ("Huseynov retreated" as "Surat Huseynov retreated").

The full name comes from the same page, and only when the page names one
person of that surname; the first sentence that names them joins the
evidence, since the claim's own sentence does not say who "Huseynov" is.
"""

from __future__ import annotations

from collections.abc import Iterable

from fever_builder.corpus import Page, Sentence


def full_names(page: Page, people: Iterable[str]) -> dict[str, tuple[str, Sentence]]:
    """Surname -> (full name, the page's first sentence holding it), for surnames one
    person of the page carries."""
    by_surname: dict[str, set[str]] = {}
    for person in people:
        parts = person.split()
        if len(parts) >= 2:
            by_surname.setdefault(parts[-1], set()).add(person)
    named: dict[str, tuple[str, Sentence]] = {}
    for surname, fulls in sorted(by_surname.items()):
        on_page = {
            full: next((s for s in page.sentences if full in s.text), None)
            for full in sorted(fulls)
        }
        present = [(full, s) for full, s in on_page.items() if s is not None]
        if len(present) == 1:
            named[surname] = present[0]  # type: ignore[assignment]
    return named
