"""Azerbaijani labels for the movement values the services return as stable codes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Movements"

# Every string below is a proposed string (the specs give none for these screens).
KIND_TITLES: dict[str, str] = {
    "incoming_transfer": str(QT_TRANSLATE_NOOP("Movements", "Daxil olan köçürmə")),
    "outgoing_transfer": str(QT_TRANSLATE_NOOP("Movements", "Gedən köçürmə")),
    "transfer_from_abroad": str(QT_TRANSLATE_NOOP("Movements", "Xaricdən köçürmə")),
    "specialty_or_form_change": str(
        QT_TRANSLATE_NOOP("Movements", "İxtisasın və ya təhsil formasının dəyişdirilməsi")
    ),
    "restoration": str(QT_TRANSLATE_NOOP("Movements", "Bərpa")),
    "academic_leave": str(QT_TRANSLATE_NOOP("Movements", "Akademik məzuniyyət")),
    "leave_return": str(QT_TRANSLATE_NOOP("Movements", "Akademik məzuniyyətdən qayıdış")),
    "expulsion": str(QT_TRANSLATE_NOOP("Movements", "Xaric olunma")),
}

STATUS_TITLES: dict[str, str] = {
    "eligible": str(QT_TRANSLATE_NOOP("Movements", "Uyğundur")),
    "needs_consent": str(QT_TRANSLATE_NOOP("Movements", "Razılıq tələb olunur")),
    "mse_discretion": str(QT_TRANSLATE_NOOP("Movements", "Nazirliyin mülahizəsinə")),
    "not_eligible": str(QT_TRANSLATE_NOOP("Movements", "Uyğun deyil")),
    "not_yet": str(QT_TRANSLATE_NOOP("Movements", "Hələ tezdir")),
    "out_of_scope": str(QT_TRANSLATE_NOOP("Movements", "Qaydaların əhatəsindən kənar")),
    "blocked": str(QT_TRANSLATE_NOOP("Movements", "Şərt ödənilməyib")),
}

STATUS_COLOURS: dict[str, str] = {
    "eligible": "#1b5e20",
    "needs_consent": "#8a5a00",
    "mse_discretion": "#8a5a00",
    "not_eligible": "#b3261e",
    "blocked": "#b3261e",
    "not_yet": "#555555",
    "out_of_scope": "#555555",
}

CASE_STATES: dict[str, str] = {
    "open": str(QT_TRANSLATE_NOOP("Movements", "Açıq")),
    "decided": str(QT_TRANSLATE_NOOP("Movements", "Qərar qeyd edilib")),
    "ordered": str(QT_TRANSLATE_NOOP("Movements", "Əmr verilib")),
    "submitted": str(QT_TRANSLATE_NOOP("Movements", "Nazirliyə təqdim edilib")),
    "approved": str(QT_TRANSLATE_NOOP("Movements", "Təsdiq edilib")),
    "refused": str(QT_TRANSLATE_NOOP("Movements", "Rədd edilib")),
}

DEADLINE_TITLES: dict[str, str] = {
    "expulsion_order": str(QT_TRANSLATE_NOOP("Movements", "Xaric etmə əmri (2.12)")),
    "inclusion_order": str(QT_TRANSLATE_NOOP("Movements", "Tələbələr sırasına daxil etmə əmri")),
    "deferment_lost": str(QT_TRANSLATE_NOOP("Movements", "Hərbi möhlətin itirilməsi")),
    "military_notice": str(QT_TRANSLATE_NOOP("Movements", "Hərbi qeydiyyat orqanına bildiriş")),
    "restoration_earliest": str(QT_TRANSLATE_NOOP("Movements", "Bərpanın ən erkən tarixi")),
    "restoration_latest": str(QT_TRANSLATE_NOOP("Movements", "Bərpanın son tarixi")),
    "leave_end": str(QT_TRANSLATE_NOOP("Movements", "Akademik məzuniyyətin sonu")),
}

FEE_TITLES: dict[str, str] = {
    "state_order_may_continue": str(
        QT_TRANSLATE_NOOP("Movements", "Dövlət sifarişi ilə davam edə bilər")
    ),
    "fee_paying": str(QT_TRANSLATE_NOOP("Movements", "Ödənişli")),
    "undetermined": str(QT_TRANSLATE_NOOP("Movements", "Müəyyən edilməyib")),
    "unchanged": str(QT_TRANSLATE_NOOP("Movements", "Dəyişmir")),
}

SCORE_TITLES: dict[str, str] = {
    "pass": str(QT_TRANSLATE_NOOP("Movements", "Bal kifayətdir")),
    "fail": str(QT_TRANSLATE_NOOP("Movements", "Bal kifayət deyil")),
    "waived": str(QT_TRANSLATE_NOOP("Movements", "Bal nəzərə alınmır")),
    "not_applicable": str(QT_TRANSLATE_NOOP("Movements", "Bal tətbiq edilmir")),
    "data_missing": str(QT_TRANSLATE_NOOP("Movements", "Bal məlumatı yoxdur")),
}

CONSENT_TITLES: dict[str, str] = {
    "mse": str(QT_TRANSLATE_NOOP("Movements", "Elm və Təhsil Nazirliyi")),
    "founder_body": str(QT_TRANSLATE_NOOP("Movements", "Təsisçi orqan")),
    "payer": str(QT_TRANSLATE_NOOP("Movements", "Təhsil haqqını ödəyən")),
}

ORDER_KINDS: dict[str, str] = {
    "expulsion": str(QT_TRANSLATE_NOOP("Movements", "Xaric etmə")),
    "transfer_out": str(QT_TRANSLATE_NOOP("Movements", "Köçürmə (gedən)")),
    "transfer_in": str(QT_TRANSLATE_NOOP("Movements", "Köçürmə (daxil olan)")),
    "restoration": str(QT_TRANSLATE_NOOP("Movements", "Bərpa")),
    "leave": str(QT_TRANSLATE_NOOP("Movements", "Akademik məzuniyyət")),
    "leave_return": str(QT_TRANSLATE_NOOP("Movements", "Məzuniyyətdən qayıdış")),
    "specialty_change": str(QT_TRANSLATE_NOOP("Movements", "İxtisas dəyişikliyi")),
}

STUDENT_STATES: dict[str, str] = {
    "enrolled": str(QT_TRANSLATE_NOOP("Movements", "Təhsil alır")),
    "on_leave": str(QT_TRANSLATE_NOOP("Movements", "Akademik məzuniyyətdə")),
    "returned": str(QT_TRANSLATE_NOOP("Movements", "Məzuniyyətdən qayıdıb")),
    "expelled": str(QT_TRANSLATE_NOOP("Movements", "Xaric olunub")),
    "restored": str(QT_TRANSLATE_NOOP("Movements", "Bərpa olunub")),
    "transferred_out": str(QT_TRANSLATE_NOOP("Movements", "Köçürülüb (gedən)")),
    "transferred_in": str(QT_TRANSLATE_NOOP("Movements", "Köçürülüb (daxil olan)")),
    "specialty_changed": str(QT_TRANSLATE_NOOP("Movements", "İxtisası dəyişib")),
}

EVENT_TITLES: dict[str, str] = {
    "opened": str(QT_TRANSLATE_NOOP("Movements", "İş açıldı")),
    "facts_saved": str(QT_TRANSLATE_NOOP("Movements", "Faktlar saxlanıldı")),
    "evidence_attached": str(QT_TRANSLATE_NOOP("Movements", "Sənəd əlavə edildi")),
    "decision_recorded": str(QT_TRANSLATE_NOOP("Movements", "Qərar qeyd edildi")),
    "order_issued": str(QT_TRANSLATE_NOOP("Movements", "Əmr verildi")),
    "letter_registered": str(QT_TRANSLATE_NOOP("Movements", "Məktub qeydə alındı")),
    "approved": str(QT_TRANSLATE_NOOP("Movements", "Nazirlik təsdiq etdi")),
    "refused": str(QT_TRANSLATE_NOOP("Movements", "Nazirlik rədd etdi")),
    "submitted": str(QT_TRANSLATE_NOOP("Movements", "Nazirliyə təqdim edildi")),
}


def title(table: dict[str, str], code: str | None) -> str:
    """The translated title of `code`, or the code itself when the table does not know it."""
    if code is None:
        return "—"
    text = table.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else code
