"""Staff accounts: who signs in and with which role."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from registrar.models.base import Base, SyncMixin, live_unique


class Staff(SyncMixin, Base):
    """A staff member; the password is kept only as an argon2id hash."""

    __tablename__ = "staff"
    __table_args__ = (live_unique("uq_staff_username", "institution_id", "username"),)
    username: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))  # desk | registrar | ministry | admin
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(default=0, info={"sync": False})
    locked_until: Mapped[datetime | None] = mapped_column(info={"sync": False})
