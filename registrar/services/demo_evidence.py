"""The demo evidence pool: at most 200 scan-like PNGs and one-page PDFs, marked as demo.

The same files for every seed (made once per process, deterministic: reportlab's invariant
mode, fixed random streams), stored once each in `evidence_blob` and shared by every demo
document. Text is drawn with the shipped Noto Sans, so ə, ğ, ı, ş and İ print.
"""

from __future__ import annotations

import hashlib
import io
import random
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from registrar.services import demo_names as N
from registrar.services import field_ids as F

POOL_PNG: Final = 120
POOL_PDF: Final = 80  # 200 files in all


@dataclass(frozen=True)
class PoolFile:
    """One generated evidence file: a scan-like PNG or a one-page PDF, marked as demo."""

    name: str
    mime: str
    data: bytes
    sha256: str
    title: str


def _png(number: int, title: str) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    from registrar.paths import resource

    rng = random.Random(number)
    portrait = number % 5 != 0
    width, height = (420, 594) if portrait else (594, 420)
    image = Image.new("L", (width, height), 246)
    draw = ImageDraw.Draw(image)
    regular = str(resource("fonts", "NotoSans-Regular.ttf"))
    bold = str(resource("fonts", "NotoSans-Bold.ttf"))
    draw.text((24, 18), "NÜMUNƏ / DEMO", fill=150, font=ImageFont.truetype(bold, 26))
    draw.text((24, 62), title, fill=30, font=ImageFont.truetype(bold, 15))
    draw.text((24, 86), f"№ {number:03d}", fill=60, font=ImageFont.truetype(regular, 13))
    y = 120
    while y < height - 90:
        draw.rectangle((24, y, 24 + rng.randrange(width // 3, width - 48), y + 5), fill=170)
        y += rng.choice((14, 16, 22))
    cx, cy = width - 90, height - 70
    draw.ellipse((cx - 42, cy - 42, cx + 42, cy + 42), outline=90, width=3)
    draw.text((cx - 30, cy - 9), "DEMO", fill=90, font=ImageFont.truetype(bold, 15))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _pdf(number: int, title: str) -> bytes:
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from registrar.paths import resource

    if "DemoSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DemoSans", str(resource("fonts", "NotoSans-Regular.ttf"))))
        pdfmetrics.registerFont(
            TTFont("DemoSans-Bold", str(resource("fonts", "NotoSans-Bold.ttf")))
        )
    rng = random.Random(10_000 + number)
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A5, invariant=True)
    page.setTitle(f"{title} (NÜMUNƏ / DEMO)")
    width, height = A5
    page.setFont("DemoSans-Bold", 20)
    page.setFillGray(0.55)
    page.drawString(36, height - 50, "NÜMUNƏ / DEMO")
    page.setFillGray(0.1)
    page.setFont("DemoSans-Bold", 12)
    page.drawString(36, height - 80, title)
    page.setFont("DemoSans", 10)
    page.drawString(36, height - 98, f"№ {number:03d}")
    page.drawString(36, height - 120, "Bu sənəd nümunə məlumatdır; real şəxsə aid deyil.")
    y = height - 150
    page.setFillGray(0.7)
    while y > 90:
        page.rect(36, y, rng.uniform(width * 0.3, width - 72), 4, stroke=0, fill=1)
        y -= rng.choice((12, 14, 18))
    page.showPage()
    page.save()
    return out.getvalue()


@lru_cache(maxsize=1)
def evidence_pool() -> tuple[PoolFile, ...]:
    """The demo evidence files (the same for every seed), made once per process."""
    files = []
    titles = N.EVIDENCE_TITLES
    for k in range(POOL_PNG + POOL_PDF):
        title = titles[k % len(titles)]
        if k < POOL_PNG:
            data, mime, name = _png(k, title), "image/png", f"numune_{k:03d}.png"
        else:
            data, mime, name = _pdf(k, title), "application/pdf", f"numune_{k:03d}.pdf"
        files.append(PoolFile(name, mime, data, hashlib.sha256(data).hexdigest(), title))
    return tuple(files)


# Which pool title fits a document slot (EVIDENCE_TITLES index); others get any title.
_SLOT_TITLE: Final = {
    "ad.docs.education_document": 0,
    "ad.docs.identity_document": 1,
    F.FEE_DOC_BIRTH_CERT: 2,
    F.FEE_DOC_CONFIRMING: 3,
    F.FEE_DOC_NAME_CHANGE: 4,
    F.FEE_DOC_PARENTS_DEATH: 5,
    F.FEE_DOC_BOTH_DEPRIVED: 6,
}


def pool_pick(slot: str, rng: random.Random) -> int:
    titles = len(N.EVIDENCE_TITLES)
    per_title = (POOL_PNG + POOL_PDF) // titles
    title = _SLOT_TITLE.get(slot)
    if title is None:
        title = 7 + rng.randrange(titles - 7)
    return title + titles * rng.randrange(per_title)


def file_stems(slot: str) -> tuple[str, ...]:
    if "education" in slot:
        return N.FILE_STEMS["education"]
    if "identity" in slot:
        return N.FILE_STEMS["identity"]
    if slot.startswith(F.FEE_DOC_PREFIX):
        return N.FILE_STEMS["fee"]
    return N.FILE_STEMS["other"]
