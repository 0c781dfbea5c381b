"""What every rule function receives besides the case: the rule set and the score lookup."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from registrar.services.calendar import add_years
from registrar.services.rules.decision import Result
from registrar.services.rules.params import RuleParams, RuleSet

# (target_hei, target_specialty, specialisation, form, year) -> the minimum passing score, or
# None when the reference data does not know it.
MinScoreLookup = Callable[
    [Mapping[str, Any], Mapping[str, Any], str | None, str | None, int], float | None
]


@dataclass(frozen=True)
class Context:
    rules: RuleSet
    min_score_lookup: MinScoreLookup | None = None

    @property
    def params(self) -> RuleParams:
        return self.rules.params

    def window(self, result: Result, day: date) -> bool:
        """Set `window` for an act dated `day` (1.4, 1.5); True when inside a vacation."""
        academic = self.rules.academic
        inside = academic.in_vacation(day)
        result.set_window(inside, None if inside else academic.next_vacation_start(day))
        return inside

    def business_deadline(
        self, result: Result, what: str, start: date, days: int, paragraph: str
    ) -> None:
        deadline = self.rules.business.deadline(start, days)
        result.deadline(what, deadline.due, paragraph, estimated=deadline.estimated)

    def restoration_window(self, expulsion_date: date) -> tuple[date, date]:
        """4.1 (A-29): earliest = the day after the end of the first complete semester that
        begins after the expulsion; latest = the expulsion date + 15 years."""
        params = self.params
        end = expulsion_date
        for _ in range(params.restoration_min_semesters):
            end = self.rules.academic.end_of_first_complete_semester_after(end)
        return end + timedelta(days=1), add_years(expulsion_date, params.restoration_max_years)
