"""Persons (one row per institution that knows them), identity documents, name history, accounts."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from registrar.models.base import Base, SyncMixin, live_unique


class Person(SyncMixin, Base):
    """A human known to one institution, linked across institutions by the national key.

    `national_key_type` is the identity path: `fin` (citizen's FİN), `migration_fin` (FİN of a
    migration document) or `unhcr` (UNHCR card series and number).
    """

    __tablename__ = "person"
    __table_args__ = (
        live_unique(
            "uq_person_national_key", "institution_id", "national_key_type", "national_key"
        ),
    )
    national_key_type: Mapped[str] = mapped_column(String(16))
    national_key: Mapped[str] = mapped_column(String(32))
    citizenship_type: Mapped[str] = mapped_column(String(32))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date | None]
    reg_address: Mapped[str | None] = mapped_column(Text)
    # Folded name and keys for tolerant search (services.folding); indexed.
    search_folded: Mapped[str] = mapped_column(Text, default="", index=True)


class IdentityDocument(SyncMixin, Base):
    """An identity document of a person (ID card, migration document, UNHCR card)."""

    __tablename__ = "identity_document"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    doc_type: Mapped[str] = mapped_column(String(32))  # id_card | migration_doc | unhcr_card
    migration_doc_type: Mapped[str | None] = mapped_column(String(64))
    series_number: Mapped[str | None] = mapped_column(String(32))
    fin: Mapped[str | None] = mapped_column(String(16))
    valid_until: Mapped[date | None]


class PersonName(SyncMixin, Base):
    """One entry of a person's name history (names change; applications keep snapshots)."""

    __tablename__ = "person_name"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100))
    valid_from: Mapped[datetime]
    reason: Mapped[str | None] = mapped_column(Text)


class PortalAccount(SyncMixin, Base):
    """The applicant's portal account: one mobile number per applicant, one e-mail per account."""

    __tablename__ = "portal_account"
    __table_args__ = (
        live_unique("uq_portal_account_mobile", "institution_id", "mobile_e164"),
        live_unique("uq_portal_account_email", "institution_id", "email"),
    )
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    mobile_country: Mapped[str] = mapped_column(String(2))
    mobile_e164: Mapped[str] = mapped_column(String(20))
    email: Mapped[str] = mapped_column(String(254))  # stored lower-case
    password_hash: Mapped[str] = mapped_column(String(200))
    mobile_confirmed_how: Mapped[str | None] = mapped_column(String(16))  # sms | in_person
    mobile_confirmed_by: Mapped[str | None] = mapped_column(String(100))
    mobile_confirmed_at: Mapped[datetime | None]
