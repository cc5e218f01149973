"""What the analysis keeps of a parse: tokens, entities, dependency roles, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its character offsets in the sentence, lemma, tags and dependency arc."""

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity or numeric expression the pipeline found, with its label (PERSON, GPE, ...)."""

    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Parsed:
    """One sentence's analysis."""

    text: str
    tokens: tuple[Token, ...]
    entities: tuple[Entity, ...]
    # token i -> the tokens whose head it is: built once, asked often
    _below: tuple[tuple[Token, ...], ...] = field(default=(), init=False, repr=False, compare=False)
    # answers of pure functions of this parse, by the caller's key: a sentence is cut
    # many times, often to the same words
    memo: dict[tuple[object, ...], object] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        below: list[list[Token]] = [[] for _ in self.tokens]
        for token in self.tokens:
            if token.head != token.i:
                below[token.head].append(token)
        object.__setattr__(self, "_below", tuple(tuple(b) for b in below))

    def tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens that overlap the characters ``[start, end)``."""
        return tuple(t for t in self.tokens if t.start < end and start < t.end)

    def head_of(self, start: int, end: int) -> Token | None:
        """The syntactic head of a character range: its token whose head lies outside it."""
        inside = self.tokens_in(start, end)
        ids = {t.i for t in inside}
        for token in inside:
            if token.head not in ids or token.head == token.i:
                return token
        return inside[0] if inside else None

    def children(self, i: int) -> tuple[Token, ...]:
        """The tokens whose head is token ``i``."""
        return self._below[i]

    def entities_over(self, start: int, end: int) -> tuple[Entity, ...]:
        """The entities that overlap the characters ``[start, end)``."""
        return tuple(e for e in self.entities if e.start < end and start < e.end)

    def ancestors(self, token: Token) -> list[Token]:
        """``token`` and its heads up to the root."""
        chain = [token]
        while chain[-1].head != chain[-1].i and len(chain) <= len(self.tokens):
            chain.append(self.tokens[chain[-1].head])
        return chain

    def dominates(self, top: Token, token: Token) -> bool:
        """Whether ``token`` is ``top`` or lies under it."""
        for _ in range(len(self.tokens) + 1):
            if token.i == top.i:
                return True
            if token.head == token.i:
                return False
            token = self.tokens[token.head]
        return False
