"""Printed documents: templates with named placeholders, rendered to PDF with reportlab.

Public API (pure functions over plain data; no database, no Qt):
- render_document / render_batch: PDF bytes for one document or many of one kind;
- Letterhead, BatchItem: the issuing body and one batch entry;
- get_kind / kind_ids / KINDS: the document kinds and their data contracts;
- load_template / validate_template / template_path / fill_document: templates;
- verification: new_code, display, normalise_code, check_code, code_hash;
- blank: the transcript on the Ministry's pre-printed blank, and its calibration page.
"""

from __future__ import annotations

from registrar.services.letters.kinds import KINDS, get_kind, kind_ids
from registrar.services.letters.render import (
    BatchItem,
    Letterhead,
    RenderCancelled,
    fill_document,
    load_template,
    render_batch,
    render_document,
    template_path,
    validate_template,
)
from registrar.services.letters.verification import (
    check_code,
    code_hash,
    display,
    new_code,
    normalise_code,
)

__all__ = [
    "KINDS",
    "BatchItem",
    "Letterhead",
    "RenderCancelled",
    "check_code",
    "code_hash",
    "display",
    "fill_document",
    "get_kind",
    "kind_ids",
    "load_template",
    "new_code",
    "normalise_code",
    "render_batch",
    "render_document",
    "template_path",
    "validate_template",
]
