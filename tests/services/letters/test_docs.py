"""docs/documents.md keeps up with the kinds: every kind and placeholder is documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from registrar.services.letters import KINDS
from registrar.services.letters.spec import KindSpec

DOC = Path(__file__).resolve().parents[3] / "docs" / "documents.md"


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.id)
def test_every_placeholder_of_every_kind_is_documented(kind: KindSpec) -> None:
    text = DOC.read_text(encoding="utf-8")
    section = text.split(f"### `{kind.id}`", 1)
    assert len(section) == 2
    body = section[1].split("\n### ", 1)[0]
    for field in kind.fields:
        assert f"`{field.name}`" in body
