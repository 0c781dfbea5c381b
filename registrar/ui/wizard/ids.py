"""Page ids, button object names and the step bars' page mapping of the intake wizard."""

from __future__ import annotations

from enum import IntEnum
from typing import Final


class PageId(IntEnum):
    """Wizard pages in spec order; `name` is the page id the intake service stores."""

    P02 = 2
    P03 = 3
    P04 = 4
    P05 = 5
    P10 = 10
    P11 = 11
    P12 = 12
    P13 = 13
    P14 = 14
    P16 = 16

    @classmethod
    def parse(cls, name: str) -> PageId:
        """The page a stored draft names; unknown names (and P15, a modal) fall back."""
        if name == "P15":
            return cls.P16
        return cls.__members__.get(name, cls.P02)


REGISTRATION_PAGES: Final = (PageId.P02, PageId.P03, PageId.P04, PageId.P05)
APPLICATION_PAGES: Final = (PageId.P10, PageId.P11, PageId.P12, PageId.P13)

BTN_BACK: Final = "btn.back"
BTN_NEXT: Final = "btn.next"
BTN_SAVE: Final = "btn.save"
BTN_APPLY: Final = "btn.apply"
BTN_CONFIRM: Final = "btn.confirm"
BTN_CHECK: Final = "btn.check"
BTN_SEND: Final = "btn.send"
BTN_RESEND: Final = "btn.resend"
BTN_IN_PERSON: Final = "btn.in_person"
BTN_CLOSE: Final = "btn.close"

# Draft values that are never saved (the password step is retyped on reopen; codes expire).
TRANSIENT_FIELDS: Final = frozenset(
    {"pw.password", "pw.password_repeat", "mob.code", "mob.confirmed_by"}
)
