"""SQLAlchemy ORM tables only (typed Mapped[] columns); no Qt, no logic.

Every module of this package is imported here, so `Base.metadata` always holds every table
(Alembic and the schema tests rely on it). New table modules need no registration.
"""

import importlib as _importlib
import pkgutil as _pkgutil

from registrar.models.application import (
    Application,
    ApplicationAnswer,
    ApplicationDocument,
    ApplicationEvent,
    EvidenceReviewEvent,
    FeeExemptionRequest,
)
from registrar.models.audit import AuditEntry
from registrar.models.base import Base, SyncMixin
from registrar.models.evidence import EvidenceBlob
from registrar.models.local import (
    Draft,
    DraftFile,
    LocalSetting,
    NumberCounter,
    SyncIssue,
    SyncState,
    Workstation,
)
from registrar.models.movement import IncomingLetter, MovementCase, MovementEvent
from registrar.models.order import IssuedDocument, Order, OrderStudent
from registrar.models.person import IdentityDocument, Person, PersonName, PortalAccount
from registrar.models.reference import (
    AdmissionLine,
    FeeCategory,
    Institution,
    MinPassingScore,
    ReferenceChoice,
    Specialisation,
    Specialty,
)
from registrar.models.staff import Staff
from registrar.models.student import Student, StudentEvent, StudyRecord

__all__ = [
    "AdmissionLine",
    "Application",
    "ApplicationAnswer",
    "ApplicationDocument",
    "ApplicationEvent",
    "AuditEntry",
    "Base",
    "Draft",
    "DraftFile",
    "EvidenceBlob",
    "EvidenceReviewEvent",
    "FeeCategory",
    "FeeExemptionRequest",
    "IdentityDocument",
    "IncomingLetter",
    "Institution",
    "IssuedDocument",
    "LocalSetting",
    "MinPassingScore",
    "MovementCase",
    "MovementEvent",
    "NumberCounter",
    "Order",
    "OrderStudent",
    "Person",
    "PersonName",
    "PortalAccount",
    "ReferenceChoice",
    "Specialisation",
    "Specialty",
    "Staff",
    "Student",
    "StudentEvent",
    "StudyRecord",
    "SyncIssue",
    "SyncMixin",
    "SyncState",
    "Workstation",
]

for _module in _pkgutil.iter_modules(__path__):
    _importlib.import_module(f"{__name__}.{_module.name}")
