"""Event chains: each event names the one it follows; the current state is the chain's head."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Protocol, TypeVar

from registrar.services.errors import Conflict


class ChainEvent(Protocol):
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def supersedes(self) -> uuid.UUID | None: ...


E = TypeVar("E", bound=ChainEvent)


class ChainConflict(Conflict):
    """Two events follow the same event (or two chains start): kept, shown, never overwritten."""

    def __init__(self, heads: Sequence[uuid.UUID]) -> None:
        super().__init__(
            "Two changes were made independently to the same record; "
            "the conflict must be resolved by a registrar."
        )
        self.heads = list(heads)


def forks(events: Sequence[E]) -> list[list[E]]:
    """Groups of events that follow the same predecessor (a root counts as following None)."""
    by_parent: dict[uuid.UUID | None, list[E]] = {}
    for event in events:
        by_parent.setdefault(event.supersedes, []).append(event)
    return [group for group in by_parent.values() if len(group) > 1]


def chain_head(events: Sequence[E]) -> E | None:
    """The one event that no other event follows; raises ChainConflict on a fork.

    An empty chain has no head (None).
    """
    if not events:
        return None
    followed = {event.supersedes for event in events if event.supersedes is not None}
    heads = [event for event in events if event.id not in followed]
    if len(heads) != 1 or forks(events):
        raise ChainConflict([event.id for event in heads])
    return heads[0]
