"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 05:50:25.104491
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import registrar.models.base

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "admission_line",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("label_az", sa.Text(), nullable=True),
        sa.Column("label_en", sa.Text(), nullable=False),
        sa.Column("auto_load", sa.String(length=16), nullable=False),
        sa.Column("auto_admission_data", sa.Boolean(), nullable=False),
        sa.Column("manual_stage_and_level", sa.Boolean(), nullable=False),
        sa.Column("required_documents_json", sa.Text(), nullable=False),
        sa.Column("awaiting_confirmation", sa.Boolean(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admission_line")),
    )
    with op.batch_alter_table("admission_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_admission_line_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_admission_line_code",
            ["code"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "admission_list_entry",
        sa.Column("key_type", sa.String(length=16), nullable=False),
        sa.Column("national_key", sa.String(length=32), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("patronymic", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("institution_code", sa.String(length=32), nullable=False),
        sa.Column("specialty_code", sa.String(length=16), nullable=False),
        sa.Column("specialisation", sa.String(length=200), nullable=False),
        sa.Column("study_form", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("basis", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Double(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("admission_line", sa.String(length=64), nullable=False),
        sa.Column("reg_address", sa.Text(), nullable=True),
        sa.Column("source_file", sa.String(length=255), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admission_list_entry")),
    )
    with op.batch_alter_table("admission_list_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_admission_list_entry_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_admission_list_entry_key",
            ["institution_id", "key_type", "national_key", "year"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.Column("at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
        sa.UniqueConstraint("origin", "seq", name="uq_audit_entry_origin_seq"),
        info={"event_table": True},
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_audit_entry_institution_id"), ["institution_id"], unique=False
        )

    op.create_table(
        "curriculum_course",
        sa.Column("specialty_code", sa.String(length=16), nullable=False),
        sa.Column("course_code", sa.String(length=32), nullable=False),
        sa.Column("course_name", sa.String(length=300), nullable=False),
        sa.Column("credits", sa.Double(), nullable=False),
        sa.Column("semester", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_curriculum_course")),
    )
    with op.batch_alter_table("curriculum_course", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_curriculum_course_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_curriculum_course_code",
            ["institution_id", "specialty_code", "course_code"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "evidence_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_blob")),
    )
    with op.batch_alter_table("evidence_blob", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evidence_blob_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_evidence_blob_sha256",
            ["institution_id", "sha256"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "fee_category",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("label_az", sa.Text(), nullable=False),
        sa.Column("definition_json", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_category")),
    )
    with op.batch_alter_table("fee_category", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_fee_category_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_fee_category_code",
            ["code"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "institution",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name_az", sa.String(length=300), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("city_code", sa.String(length=16), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("ownership", sa.String(length=16), nullable=False),
        sa.Column("founder_body", sa.String(length=300), nullable=False),
        sa.Column("special_purpose", sa.Boolean(), nullable=False),
        sa.Column("accredited", sa.Boolean(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institution")),
    )
    with op.batch_alter_table("institution", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_institution_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_institution_code",
            ["code"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "issued_document",
        sa.Column("kind", sa.String(length=48), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("subject_type", sa.String(length=32), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("holder_initials", sa.String(length=16), nullable=True),
        sa.Column("verification_hash", sa.String(length=64), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("cancelled_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=True),
        sa.Column("blank_serial", sa.String(length=64), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_document")),
    )
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issued_document_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_issued_document_code",
            ["verification_hash"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "uq_issued_document_number",
            ["institution_id", "number"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "local_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_local_setting")),
        info={"local_only": True},
    )
    with op.batch_alter_table("local_setting", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_local_setting_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_local_setting_key",
            ["key"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "number_counter",
        sa.Column("series", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_number_counter")),
        info={"local_only": True},
    )
    with op.batch_alter_table("number_counter", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_number_counter_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_number_counter_key",
            ["series", "kind", "year"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "person",
        sa.Column("national_key_type", sa.String(length=16), nullable=False),
        sa.Column("national_key", sa.String(length=32), nullable=False),
        sa.Column("citizenship_type", sa.String(length=32), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("patronymic", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("reg_address", sa.Text(), nullable=True),
        sa.Column("search_folded", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_person_search_folded"), ["search_folded"], unique=False
        )
        batch_op.create_index(
            "uq_person_national_key",
            ["institution_id", "national_key_type", "national_key"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "rector_order",
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("order_date", sa.Date(), nullable=False),
        sa.Column("signatory", sa.String(length=200), nullable=False),
        sa.Column("paragraph", sa.String(length=32), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("cancelled_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rector_order")),
    )
    with op.batch_alter_table("rector_order", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rector_order_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_order_number",
            ["institution_id", "number"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "reference_choice",
        sa.Column("list_name", sa.String(length=64), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("label_az", sa.Text(), nullable=False),
        sa.Column("label_en", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("parent_code", sa.String(length=64), nullable=True),
        sa.Column("awaiting_confirmation", sa.Boolean(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("extra_json", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_choice")),
    )
    with op.batch_alter_table("reference_choice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reference_choice_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_reference_choice_code",
            ["list_name", "code"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "specialty",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name_az", sa.String(length=300), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("dim_group", sa.Integer(), nullable=False),
        sa.Column("law", sa.Boolean(), nullable=False),
        sa.Column("basic_medicine", sa.Boolean(), nullable=False),
        sa.Column("culture_arts", sa.Boolean(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_specialty")),
    )
    with op.batch_alter_table("specialty", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_specialty_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_specialty_code_level",
            ["code", "level"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "staff",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_staff_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_staff_username",
            ["institution_id", "username"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "sync_issue",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("local_json", sa.Text(), nullable=True),
        sa.Column("central_json", sa.Text(), nullable=True),
        sa.Column("resolved_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_issue")),
        info={"local_only": True},
    )
    with op.batch_alter_table("sync_issue", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_issue_institution_id"), ["institution_id"], unique=False
        )

    op.create_table(
        "sync_state",
        sa.Column("central_key", sa.String(length=200), nullable=False),
        sa.Column("pull_cursor", sa.Integer(), nullable=False),
        sa.Column("last_push_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_pull_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
        info={"local_only": True},
    )
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_state_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_sync_state_central",
            ["central_key"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "workstation",
        sa.Column("series", sa.String(length=16), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("retired_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workstation")),
        info={"local_only": True},
    )
    with op.batch_alter_table("workstation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workstation_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_workstation_series",
            ["institution_id", "series"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "draft",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("page", sa.String(length=32), nullable=False),
        sa.Column("data_json", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("closed_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_draft_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft")),
        info={"local_only": True},
    )
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_draft_institution_id"), ["institution_id"], unique=False
        )

    op.create_table(
        "identity_document",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("doc_type", sa.String(length=32), nullable=False),
        sa.Column("migration_doc_type", sa.String(length=64), nullable=True),
        sa.Column("series_number", sa.String(length=32), nullable=True),
        sa.Column("fin", sa.String(length=16), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_identity_document_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identity_document")),
    )
    with op.batch_alter_table("identity_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_identity_document_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_identity_document_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "min_passing_score",
        sa.Column("target_institution_id", sa.Uuid(), nullable=False),
        sa.Column("specialty_code", sa.String(length=16), nullable=False),
        sa.Column("specialisation", sa.String(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("basis", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Double(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["target_institution_id"],
            ["institution.id"],
            name=op.f("fk_min_passing_score_target_institution_id_institution"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_min_passing_score")),
    )
    with op.batch_alter_table("min_passing_score", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_min_passing_score_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_min_passing_score_key",
            [
                "target_institution_id",
                "specialty_code",
                "specialisation",
                "year",
                "form",
                "language",
                "basis",
            ],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "person_name",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("patronymic", sa.String(length=100), nullable=False),
        sa.Column("valid_from", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_person_name_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_name")),
    )
    with op.batch_alter_table("person_name", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_name_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_name_person_id"), ["person_id"], unique=False)

    op.create_table(
        "portal_account",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("mobile_country", sa.String(length=2), nullable=False),
        sa.Column("mobile_e164", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("mobile_confirmed_how", sa.String(length=16), nullable=True),
        sa.Column("mobile_confirmed_by", sa.String(length=100), nullable=True),
        sa.Column(
            "mobile_confirmed_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_portal_account_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portal_account")),
    )
    with op.batch_alter_table("portal_account", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_portal_account_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_portal_account_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            "uq_portal_account_email",
            ["institution_id", "email"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.create_index(
            "uq_portal_account_mobile",
            ["institution_id", "mobile_e164"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "record_merge",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("merged_id", sa.Uuid(), nullable=False),
        sa.Column("into_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["staff.id"], name=op.f("fk_record_merge_actor_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_merge")),
    )
    with op.batch_alter_table("record_merge", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_record_merge_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_record_merge_into_id"), ["into_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_merge_merged_id"), ["merged_id"], unique=False)

    op.create_table(
        "specialisation",
        sa.Column("specialty_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_az", sa.String(length=300), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["specialty_id"],
            ["specialty.id"],
            name=op.f("fk_specialisation_specialty_id_specialty"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_specialisation")),
    )
    with op.batch_alter_table("specialisation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_specialisation_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_specialisation_specialty_id"), ["specialty_id"], unique=False
        )
        batch_op.create_index(
            "uq_specialisation_code",
            ["specialty_id", "code"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "sync_resolution",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("superseded_json", sa.Text(), nullable=False),
        sa.Column("choices_json", sa.Text(), nullable=False),
        sa.Column("resolved_version", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["staff.id"], name=op.f("fk_sync_resolution_actor_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_resolution")),
    )
    with op.batch_alter_table("sync_resolution", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_resolution_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sync_resolution_row_id"), ["row_id"], unique=False)

    op.create_table(
        "application",
        sa.Column("number", sa.String(length=64), nullable=True),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("admission_line_id", sa.Uuid(), nullable=True),
        sa.Column("basis", sa.String(length=16), nullable=True),
        sa.Column("exemption_requested", sa.Boolean(), nullable=False),
        sa.Column("confirmed_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("data_hash", sa.String(length=64), nullable=True),
        sa.Column("snapshot_first_name", sa.String(length=100), nullable=False),
        sa.Column("snapshot_last_name", sa.String(length=100), nullable=False),
        sa.Column("snapshot_patronymic", sa.String(length=100), nullable=False),
        sa.Column("snapshot_key_type", sa.String(length=16), nullable=False),
        sa.Column("snapshot_key", sa.String(length=32), nullable=False),
        sa.Column("search_folded", sa.Text(), nullable=False),
        sa.Column("status_cache", sa.String(length=32), nullable=False),
        sa.Column("assigned_to", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["portal_account.id"],
            name=op.f("fk_application_account_id_portal_account"),
        ),
        sa.ForeignKeyConstraint(
            ["admission_line_id"],
            ["admission_line.id"],
            name=op.f("fk_application_admission_line_id_admission_line"),
        ),
        sa.ForeignKeyConstraint(
            ["assigned_to"], ["staff.id"], name=op.f("fk_application_assigned_to_staff")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_application_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application")),
    )
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_application_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_application_assigned_to"), ["assigned_to"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_application_confirmed_at"), ["confirmed_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_application_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_application_number"), ["number"], unique=False)
        batch_op.create_index(batch_op.f("ix_application_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_application_search_folded"), ["search_folded"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_application_snapshot_key"), ["snapshot_key"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_application_snapshot_last_name"), ["snapshot_last_name"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_application_status_cache"), ["status_cache"], unique=False
        )
        batch_op.create_index(
            "uq_application_number",
            ["institution_id", "number"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "draft_file",
        sa.Column("draft_id", sa.Uuid(), nullable=False),
        sa.Column("slot_id", sa.String(length=64), nullable=False),
        sa.Column("blob_id", sa.Uuid(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["blob_id"], ["evidence_blob.id"], name=op.f("fk_draft_file_blob_id_evidence_blob")
        ),
        sa.ForeignKeyConstraint(
            ["draft_id"], ["draft.id"], name=op.f("fk_draft_file_draft_id_draft")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_file")),
        info={"local_only": True},
    )
    with op.batch_alter_table("draft_file", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_file_draft_id"), ["draft_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_draft_file_institution_id"), ["institution_id"], unique=False
        )

    op.create_table(
        "application_answer",
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("field_id", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_application_answer_application_id_application"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_answer")),
    )
    with op.batch_alter_table("application_answer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_answer_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_application_answer_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_application_answer_field",
            ["application_id", "field_id"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "application_document",
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("slot_id", sa.String(length=64), nullable=False),
        sa.Column("title_az", sa.Text(), nullable=False),
        sa.Column("blob_id", sa.Uuid(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("mime", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_application_document_application_id_application"),
        ),
        sa.ForeignKeyConstraint(
            ["blob_id"],
            ["evidence_blob.id"],
            name=op.f("fk_application_document_blob_id_evidence_blob"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_document")),
    )
    with op.batch_alter_table("application_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_document_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_application_document_institution_id"), ["institution_id"], unique=False
        )

    op.create_table(
        "application_event",
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("supersedes", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("payload_json", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["staff.id"], name=op.f("fk_application_event_actor_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_application_event_application_id_application"),
        ),
        sa.ForeignKeyConstraint(
            ["supersedes"],
            ["application_event.id"],
            name=op.f("fk_application_event_supersedes_application_event"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_event")),
        info={"event_table": True},
    )
    with op.batch_alter_table("application_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_event_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_application_event_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_application_event_supersedes"), ["supersedes"], unique=False
        )

    op.create_table(
        "fee_exemption_request",
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("category_code", sa.String(length=64), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_fee_exemption_request_application_id_application"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_exemption_request")),
    )
    with op.batch_alter_table("fee_exemption_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_fee_exemption_request_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_fee_exemption_request_app",
            ["application_id"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "student",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("student_number", sa.String(length=32), nullable=False),
        sa.Column("application_id", sa.Uuid(), nullable=True),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("specialty_id", sa.Uuid(), nullable=False),
        sa.Column("admitted_specialty_id", sa.Uuid(), nullable=False),
        sa.Column("specialisation", sa.String(length=200), nullable=True),
        sa.Column("study_form", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("funding", sa.String(length=16), nullable=False),
        sa.Column("admission_year", sa.Integer(), nullable=False),
        sa.Column("admission_basis", sa.String(length=32), nullable=False),
        sa.Column("dim_score", sa.Double(), nullable=True),
        sa.Column("citizenship", sa.String(length=16), nullable=False),
        sa.Column("on_military_register", sa.Boolean(), nullable=False),
        sa.Column("third_party_payer", sa.Boolean(), nullable=False),
        sa.Column("transcript_blank_serial", sa.String(length=64), nullable=True),
        sa.Column("search_folded", sa.Text(), nullable=False),
        sa.Column("status_cache", sa.String(length=32), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["admitted_specialty_id"],
            ["specialty.id"],
            name=op.f("fk_student_admitted_specialty_id_specialty"),
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_student_application_id_application"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_student_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["specialty_id"], ["specialty.id"], name=op.f("fk_student_specialty_id_specialty")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student")),
    )
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_student_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_student_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_student_search_folded"), ["search_folded"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_student_status_cache"), ["status_cache"], unique=False)
        batch_op.create_index(
            "uq_student_number",
            ["institution_id", "student_number"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "evidence_review_event",
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.Column("document_id", sa.Uuid(), nullable=True),
        sa.Column("slot_id", sa.String(length=64), nullable=False),
        sa.Column("supersedes", sa.Uuid(), nullable=True),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["staff.id"], name=op.f("fk_evidence_review_event_actor_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["application_document.id"],
            name=op.f("fk_evidence_review_event_document_id_application_document"),
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["fee_exemption_request.id"],
            name=op.f("fk_evidence_review_event_request_id_fee_exemption_request"),
        ),
        sa.ForeignKeyConstraint(
            ["supersedes"],
            ["evidence_review_event.id"],
            name=op.f("fk_evidence_review_event_supersedes_evidence_review_event"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_review_event")),
        info={"event_table": True},
    )
    with op.batch_alter_table("evidence_review_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evidence_review_event_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_evidence_review_event_request_id"), ["request_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_evidence_review_event_supersedes"), ["supersedes"], unique=False
        )

    op.create_table(
        "movement_case",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("student_id", sa.Uuid(), nullable=True),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("source_institution_id", sa.Uuid(), nullable=True),
        sa.Column("target_institution_id", sa.Uuid(), nullable=True),
        sa.Column("addressed_to_ministry", sa.Boolean(), nullable=False),
        sa.Column("case_json", sa.Text(), nullable=False),
        sa.Column("decision_json", sa.Text(), nullable=True),
        sa.Column("rule_version", sa.String(length=100), nullable=True),
        sa.Column("status_cache", sa.String(length=32), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_movement_case_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["source_institution_id"],
            ["institution.id"],
            name=op.f("fk_movement_case_source_institution_id_institution"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_movement_case_student_id_student")
        ),
        sa.ForeignKeyConstraint(
            ["target_institution_id"],
            ["institution.id"],
            name=op.f("fk_movement_case_target_institution_id_institution"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement_case")),
    )
    with op.batch_alter_table("movement_case", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_movement_case_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_movement_case_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_movement_case_source_institution_id"),
            ["source_institution_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_movement_case_status_cache"), ["status_cache"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_movement_case_student_id"), ["student_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_movement_case_target_institution_id"),
            ["target_institution_id"],
            unique=False,
        )

    op.create_table(
        "order_student",
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_id"], ["rector_order.id"], name=op.f("fk_order_student_order_id_rector_order")
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_order_student_student_id_student")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_student")),
    )
    with op.batch_alter_table("order_student", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_order_student_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_order_student_order_id"), ["order_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_order_student_student_id"), ["student_id"], unique=False
        )
        batch_op.create_index(
            "uq_order_student_pair",
            ["order_id", "student_id"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "study_record",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("semester", sa.Integer(), nullable=False),
        sa.Column("course_code", sa.String(length=32), nullable=False),
        sa.Column("course_name", sa.String(length=300), nullable=False),
        sa.Column("credits", sa.Double(), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=True),
        sa.Column("grade", sa.String(length=8), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_study_record_student_id_student")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_study_record")),
    )
    with op.batch_alter_table("study_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_study_record_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_study_record_student_id"), ["student_id"], unique=False
        )
        batch_op.create_index(
            "uq_study_record_course",
            ["student_id", "semester", "course_code"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "incoming_letter",
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("sender", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("student_id", sa.Uuid(), nullable=True),
        sa.Column("scan_blob_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["movement_case.id"], name=op.f("fk_incoming_letter_case_id_movement_case")
        ),
        sa.ForeignKeyConstraint(
            ["scan_blob_id"],
            ["evidence_blob.id"],
            name=op.f("fk_incoming_letter_scan_blob_id_evidence_blob"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_incoming_letter_student_id_student")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incoming_letter")),
    )
    with op.batch_alter_table("incoming_letter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incoming_letter_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_incoming_letter_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_incoming_letter_student_id"), ["student_id"], unique=False
        )
        batch_op.create_index(
            "uq_incoming_letter_number",
            ["institution_id", "sender", "number"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "movement_document",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("paragraph", sa.String(length=16), nullable=False),
        sa.Column("blob_id", sa.Uuid(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["blob_id"],
            ["evidence_blob.id"],
            name=op.f("fk_movement_document_blob_id_evidence_blob"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["movement_case.id"],
            name=op.f("fk_movement_document_case_id_movement_case"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement_document")),
    )
    with op.batch_alter_table("movement_document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_movement_document_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_movement_document_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_movement_document_item_blob",
            ["case_id", "paragraph", "blob_id"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "movement_event",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("supersedes", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("payload_json", sa.Text(), nullable=True),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["staff.id"], name=op.f("fk_movement_event_actor_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["movement_case.id"], name=op.f("fk_movement_event_case_id_movement_case")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes"],
            ["movement_event.id"],
            name=op.f("fk_movement_event_supersedes_movement_event"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement_event")),
        info={"event_table": True},
    )
    with op.batch_alter_table("movement_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_movement_event_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_movement_event_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_movement_event_supersedes"), ["supersedes"], unique=False
        )

    op.create_table(
        "student_event",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("supersedes", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("order_id", sa.Uuid(), nullable=True),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["staff.id"], name=op.f("fk_student_event_actor_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["movement_case.id"], name=op.f("fk_student_event_case_id_movement_case")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["rector_order.id"], name=op.f("fk_student_event_order_id_rector_order")
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_student_event_student_id_student")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes"],
            ["student_event.id"],
            name=op.f("fk_student_event_supersedes_student_event"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student_event")),
        info={"event_table": True},
    )
    with op.batch_alter_table("student_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_student_event_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_student_event_student_id"), ["student_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_student_event_supersedes"), ["supersedes"], unique=False
        )

    op.create_table(
        "transcript_entry",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("course_code", sa.String(length=32), nullable=False),
        sa.Column("course_name", sa.String(length=300), nullable=False),
        sa.Column("credits", sa.Double(), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=True),
        sa.Column("grade", sa.String(length=8), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["movement_case.id"],
            name=op.f("fk_transcript_entry_case_id_movement_case"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transcript_entry")),
    )
    with op.batch_alter_table("transcript_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transcript_entry_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_transcript_entry_institution_id"), ["institution_id"], unique=False
        )

    op.create_table(
        "credit_match",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("transcript_entry_id", sa.Uuid(), nullable=False),
        sa.Column("curriculum_course_id", sa.Uuid(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("credits_recognised", sa.Double(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", registrar.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("central_version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", registrar.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["movement_case.id"], name=op.f("fk_credit_match_case_id_movement_case")
        ),
        sa.ForeignKeyConstraint(
            ["curriculum_course_id"],
            ["curriculum_course.id"],
            name=op.f("fk_credit_match_curriculum_course_id_curriculum_course"),
        ),
        sa.ForeignKeyConstraint(
            ["transcript_entry_id"],
            ["transcript_entry.id"],
            name=op.f("fk_credit_match_transcript_entry_id_transcript_entry"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_match")),
    )
    with op.batch_alter_table("credit_match", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_credit_match_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_credit_match_institution_id"), ["institution_id"], unique=False
        )
        batch_op.create_index(
            "uq_credit_match_entry",
            ["transcript_entry_id"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )


def downgrade() -> None:

    with op.batch_alter_table("credit_match", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_credit_match_entry",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_credit_match_institution_id"))
        batch_op.drop_index(batch_op.f("ix_credit_match_case_id"))

    op.drop_table("credit_match")
    with op.batch_alter_table("transcript_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transcript_entry_institution_id"))
        batch_op.drop_index(batch_op.f("ix_transcript_entry_case_id"))

    op.drop_table("transcript_entry")
    with op.batch_alter_table("student_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_student_event_supersedes"))
        batch_op.drop_index(batch_op.f("ix_student_event_student_id"))
        batch_op.drop_index(batch_op.f("ix_student_event_institution_id"))

    op.drop_table("student_event")
    with op.batch_alter_table("movement_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_movement_event_supersedes"))
        batch_op.drop_index(batch_op.f("ix_movement_event_institution_id"))
        batch_op.drop_index(batch_op.f("ix_movement_event_case_id"))

    op.drop_table("movement_event")
    with op.batch_alter_table("movement_document", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_movement_document_item_blob",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_movement_document_institution_id"))
        batch_op.drop_index(batch_op.f("ix_movement_document_case_id"))

    op.drop_table("movement_document")
    with op.batch_alter_table("incoming_letter", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_incoming_letter_number",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_incoming_letter_student_id"))
        batch_op.drop_index(batch_op.f("ix_incoming_letter_institution_id"))
        batch_op.drop_index(batch_op.f("ix_incoming_letter_case_id"))

    op.drop_table("incoming_letter")
    with op.batch_alter_table("study_record", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_study_record_course",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_study_record_student_id"))
        batch_op.drop_index(batch_op.f("ix_study_record_institution_id"))

    op.drop_table("study_record")
    with op.batch_alter_table("order_student", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_order_student_pair",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_order_student_student_id"))
        batch_op.drop_index(batch_op.f("ix_order_student_order_id"))
        batch_op.drop_index(batch_op.f("ix_order_student_institution_id"))

    op.drop_table("order_student")
    with op.batch_alter_table("movement_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_movement_case_target_institution_id"))
        batch_op.drop_index(batch_op.f("ix_movement_case_student_id"))
        batch_op.drop_index(batch_op.f("ix_movement_case_status_cache"))
        batch_op.drop_index(batch_op.f("ix_movement_case_source_institution_id"))
        batch_op.drop_index(batch_op.f("ix_movement_case_person_id"))
        batch_op.drop_index(batch_op.f("ix_movement_case_institution_id"))

    op.drop_table("movement_case")
    with op.batch_alter_table("evidence_review_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_review_event_supersedes"))
        batch_op.drop_index(batch_op.f("ix_evidence_review_event_request_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_review_event_institution_id"))

    op.drop_table("evidence_review_event")
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_student_number",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_student_status_cache"))
        batch_op.drop_index(batch_op.f("ix_student_search_folded"))
        batch_op.drop_index(batch_op.f("ix_student_person_id"))
        batch_op.drop_index(batch_op.f("ix_student_institution_id"))

    op.drop_table("student")
    with op.batch_alter_table("fee_exemption_request", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_fee_exemption_request_app",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_fee_exemption_request_institution_id"))

    op.drop_table("fee_exemption_request")
    with op.batch_alter_table("application_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_event_supersedes"))
        batch_op.drop_index(batch_op.f("ix_application_event_institution_id"))
        batch_op.drop_index(batch_op.f("ix_application_event_application_id"))

    op.drop_table("application_event")
    with op.batch_alter_table("application_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_document_institution_id"))
        batch_op.drop_index(batch_op.f("ix_application_document_application_id"))

    op.drop_table("application_document")
    with op.batch_alter_table("application_answer", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_application_answer_field",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_application_answer_institution_id"))
        batch_op.drop_index(batch_op.f("ix_application_answer_application_id"))

    op.drop_table("application_answer")
    with op.batch_alter_table("draft_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_file_institution_id"))
        batch_op.drop_index(batch_op.f("ix_draft_file_draft_id"))

    op.drop_table("draft_file")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_application_number",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_application_status_cache"))
        batch_op.drop_index(batch_op.f("ix_application_snapshot_last_name"))
        batch_op.drop_index(batch_op.f("ix_application_snapshot_key"))
        batch_op.drop_index(batch_op.f("ix_application_search_folded"))
        batch_op.drop_index(batch_op.f("ix_application_person_id"))
        batch_op.drop_index(batch_op.f("ix_application_number"))
        batch_op.drop_index(batch_op.f("ix_application_institution_id"))
        batch_op.drop_index(batch_op.f("ix_application_confirmed_at"))
        batch_op.drop_index(batch_op.f("ix_application_assigned_to"))
        batch_op.drop_index(batch_op.f("ix_application_account_id"))

    op.drop_table("application")
    with op.batch_alter_table("sync_resolution", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_resolution_row_id"))
        batch_op.drop_index(batch_op.f("ix_sync_resolution_institution_id"))

    op.drop_table("sync_resolution")
    with op.batch_alter_table("specialisation", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_specialisation_code",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_specialisation_specialty_id"))
        batch_op.drop_index(batch_op.f("ix_specialisation_institution_id"))

    op.drop_table("specialisation")
    with op.batch_alter_table("record_merge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_merge_merged_id"))
        batch_op.drop_index(batch_op.f("ix_record_merge_into_id"))
        batch_op.drop_index(batch_op.f("ix_record_merge_institution_id"))

    op.drop_table("record_merge")
    with op.batch_alter_table("portal_account", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_portal_account_mobile",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "uq_portal_account_email",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_portal_account_person_id"))
        batch_op.drop_index(batch_op.f("ix_portal_account_institution_id"))

    op.drop_table("portal_account")
    with op.batch_alter_table("person_name", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_name_person_id"))
        batch_op.drop_index(batch_op.f("ix_person_name_institution_id"))

    op.drop_table("person_name")
    with op.batch_alter_table("min_passing_score", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_min_passing_score_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_min_passing_score_institution_id"))

    op.drop_table("min_passing_score")
    with op.batch_alter_table("identity_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_identity_document_person_id"))
        batch_op.drop_index(batch_op.f("ix_identity_document_institution_id"))

    op.drop_table("identity_document")
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_institution_id"))

    op.drop_table("draft")
    with op.batch_alter_table("workstation", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_workstation_series",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_workstation_institution_id"))

    op.drop_table("workstation")
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_sync_state_central",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_sync_state_institution_id"))

    op.drop_table("sync_state")
    with op.batch_alter_table("sync_issue", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_issue_institution_id"))

    op.drop_table("sync_issue")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_staff_username",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_staff_institution_id"))

    op.drop_table("staff")
    with op.batch_alter_table("specialty", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_specialty_code_level",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_specialty_institution_id"))

    op.drop_table("specialty")
    with op.batch_alter_table("reference_choice", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_reference_choice_code",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_reference_choice_institution_id"))

    op.drop_table("reference_choice")
    with op.batch_alter_table("rector_order", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_order_number",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_rector_order_institution_id"))

    op.drop_table("rector_order")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_person_national_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_person_search_folded"))
        batch_op.drop_index(batch_op.f("ix_person_institution_id"))

    op.drop_table("person")
    with op.batch_alter_table("number_counter", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_number_counter_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_number_counter_institution_id"))

    op.drop_table("number_counter")
    with op.batch_alter_table("local_setting", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_local_setting_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_local_setting_institution_id"))

    op.drop_table("local_setting")
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_issued_document_number",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(
            "uq_issued_document_code",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_issued_document_institution_id"))

    op.drop_table("issued_document")
    with op.batch_alter_table("institution", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_institution_code",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_institution_institution_id"))

    op.drop_table("institution")
    with op.batch_alter_table("fee_category", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_fee_category_code",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_fee_category_institution_id"))

    op.drop_table("fee_category")
    with op.batch_alter_table("evidence_blob", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_evidence_blob_sha256",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_evidence_blob_institution_id"))

    op.drop_table("evidence_blob")
    with op.batch_alter_table("curriculum_course", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_curriculum_course_code",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_curriculum_course_institution_id"))

    op.drop_table("curriculum_course")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_institution_id"))

    op.drop_table("audit_entry")
    with op.batch_alter_table("admission_list_entry", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_admission_list_entry_key",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_admission_list_entry_institution_id"))

    op.drop_table("admission_list_entry")
    with op.batch_alter_table("admission_line", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_admission_line_code",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_admission_line_institution_id"))

    op.drop_table("admission_line")
