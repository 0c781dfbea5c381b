"""The document slots of P12 and P13, wired to the draft and the intake service."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QVBoxLayout,
    QWidget,
)

from registrar.ui.wizard.common import (
    WizardContext,
)
from registrar.ui.wizard.upload import UploadSlot


def make_slot(
    context: WizardContext, slot_id: str, label: str, *, required: bool, multiple: bool
) -> UploadSlot:
    service = context.service

    def attach(slot: str, name: str, data: bytes) -> object:
        stored = service.attach_file(context.ensure_draft(), slot, name, data)
        context.draft.files.setdefault(slot, [])
        if all(f.sha256 != stored.sha256 for f in context.draft.files[slot]):
            context.draft.files[slot].append(stored)
        return stored

    def detach(slot: str, sha256: str) -> None:
        service.detach_file(context.ensure_draft(), slot, sha256)
        remaining = [f for f in context.draft.files.get(slot, []) if f.sha256 != sha256]
        if remaining:
            context.draft.files[slot] = remaining
        else:
            context.draft.files.pop(slot, None)

    slot = UploadSlot(
        slot_id,
        label,
        required=required,
        multiple=multiple,
        attach=attach,  # type: ignore[arg-type]
        detach=detach,
        fetch=service.file_bytes,
    )
    slot.set_files(context.draft.files.get(slot_id, []))
    return slot


class SlotArea(QWidget):
    """A column of upload slots rebuilt when the required documents change."""

    def __init__(self) -> None:
        super().__init__()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.slots: dict[str, UploadSlot] = {}

    def rebuild(self, slots: list[UploadSlot]) -> None:
        for old in self.slots.values():
            old.hide()
            self.column.removeWidget(old)
            old.deleteLater()
        self.slots = {}
        for slot in slots:
            self.slots[slot.slot_id] = slot
            self.column.addWidget(slot)

    def show_errors(self, messages: Mapping[str, str]) -> None:
        for slot_id, slot in self.slots.items():
            slot.show_error(messages.get(slot_id, ""))
