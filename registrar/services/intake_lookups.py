"""The reference lookups of the intake pages (admission lines, districts, categories, ...)."""

from __future__ import annotations

from collections.abc import Mapping

from registrar.services import field_ids as F
from registrar.services.intake_checks import Checker
from registrar.services.reference import (
    AdmissionLine,
    Choice,
    DocumentSlot,
    FeeCategory,
    ReferenceData,
    SubQuestion,
)


class ReferenceLookups:
    """Options and document slots for the pages, from the reference data (no database)."""

    _reference: ReferenceData
    _checker: Checker

    def citizenship_types(self) -> list[Choice]:
        return list(self._reference.choices("citizenship_types"))

    def migration_document_types(self) -> list[Choice]:
        return list(self._reference.choices("migration_document_types"))

    def admission_lines(self) -> list[AdmissionLine]:
        return list(self._reference.admission_lines)

    def districts(self) -> list[Choice]:
        """ISO 3166-2:AZ cities and rayons (and the autonomous republic), in file order."""
        return [
            Choice(
                list_name="district",
                code=item.code,
                label_az=item.name,
                label_en=item.name,
                position=position,
                parent_code=item.parent_code,
                awaiting_confirmation=False,
                source=item.source,
                verified=item.verified,
            )
            for position, item in enumerate(self._reference.subdivisions, start=1)
        ]

    def countries(self) -> list[Choice]:
        """Countries whose dialling code is known (mob.country, pd.country); AZ first."""
        result: list[Choice] = []
        for position, item in enumerate(self._reference.countries, start=1):
            if item.alpha_2 not in self._checker.codes:
                continue
            result.append(
                Choice(
                    list_name="country",
                    code=item.alpha_2,
                    label_az=item.name_az or item.name_en,
                    label_en=item.name_en,
                    position=position,
                    parent_code=None,
                    awaiting_confirmation=False,
                    source=item.source,
                    verified=item.verified,
                )
            )
        result.sort(key=lambda choice: choice.code != "AZ")
        return result

    def previous_education_stages(self) -> list[Choice]:
        return list(self._reference.choices("previous_education_stages"))

    def education_levels(self, stage: str | None = None) -> list[Choice]:
        levels = self._reference.choices("education_levels")
        return [level for level in levels if stage is None or level.parent_code == stage]

    def fee_categories(self) -> list[FeeCategory]:
        return list(self._reference.fee_categories)

    def sub_questions(self, category: str, values: Mapping[str, str]) -> list[SubQuestion]:
        """The category's sub-questions shown for these answers."""
        found = self._checker.category(category)
        if found is None:
            return []
        return found.visible_sub_questions(self._checker.fee_answers(found, values))

    def required_documents(self, values: Mapping[str, str]) -> list[DocumentSlot]:
        """The document slots of P12 (the admission line's) and P13 (the category's, for
        these sub-answers, when an exemption is requested); `required` says which must hold
        a file. The "other" slots (ad.docs.other, fee.docs.other) are always available."""
        slots: list[DocumentSlot] = []
        line = self._checker.line(str(values.get(F.APP_ADMISSION_LINE, "")))
        if line is not None:
            slots.extend(line.documents)
        category = self._checker.category(str(values.get(F.FEE_CATEGORY, "")))
        if category is not None and str(values.get(F.FEE_VULNERABLE, "")).lower() == "yes":
            slots.extend(category.applicable_documents(self._checker.fee_answers(category, values)))
        return slots
