"""Evidence file checks: a JPEG, PNG or PDF by its content, within the size limits.

The content decides, never the file name: a PNG named `scan.pdf` is accepted as the PNG it
is and reported as `image/png`, so the stored mime, the preview and the reviewer's viewer
all follow the real format. Only the fact of a mismatch is logged (no file name or
extension: names often hold personal data).

An image must have the JPEG or PNG signature and decode completely with Pillow (verify,
then load); at most `max_pixels`, checked from the header before decoding, so a small file
that inflates to gigabytes (a decompression bomb) is refused cheaply. Pillow's own bomb
guard (a warning, or an error past twice its limit) is caught as well. A PDF must start
with `%PDF-`, parse with pypdf, have at least one page and not be encrypted (a reviewer
could not open it).
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass
from pathlib import PurePath
from typing import Final

from PIL import Image, ImageOps
from pypdf import PdfReader

from registrar.services import field_ids as F
from registrar.services.errors import BadInput

log = logging.getLogger(__name__)

MAX_BYTES: Final = 5 * 1024 * 1024  # spec P13 proposal: 5 MB per file
MAX_PIXELS: Final = 50_000_000  # a 50-megapixel phone photo still passes

MIME_JPEG: Final = "image/jpeg"
MIME_PNG: Final = "image/png"
MIME_PDF: Final = "application/pdf"
_EXTENSIONS: Final = {MIME_JPEG: (".jpg", ".jpeg"), MIME_PNG: (".png",), MIME_PDF: (".pdf",)}

_JPEG_MAGIC: Final = b"\xff\xd8\xff"
_PNG_MAGIC: Final = b"\x89PNG\r\n\x1a\n"
_PDF_MAGIC: Final = b"%PDF-"


@dataclass(frozen=True)
class EvidenceInfo:
    mime: str  # image/jpeg, image/png or application/pdf, from the content
    size: int  # bytes
    sha256: str  # hex; evidence is stored once per hash
    pages: int | None  # PDFs only
    width: int | None  # images only, in pixels as stored (before any EXIF rotation)
    height: int | None


def sniff_mime(data: bytes) -> str | None:
    """The mime type the signature says (not yet proof that the file is valid)."""
    if data.startswith(_JPEG_MAGIC):
        return MIME_JPEG
    if data.startswith(_PNG_MAGIC):
        return MIME_PNG
    if data.startswith(_PDF_MAGIC):
        return MIME_PDF
    return None


def inspect_file(
    data: bytes,
    filename: str,
    max_bytes: int = MAX_BYTES,
    *,
    field: str | None = None,
    max_pixels: int = MAX_PIXELS,
) -> EvidenceInfo:
    """Check an uploaded file by its content; raise `BadInput` naming `field` if unusable."""
    mime = _checked_mime(data, max_bytes, field)
    extension = PurePath(filename).suffix.lower()
    if extension not in _EXTENSIONS[mime]:
        # Not the extension itself: "scan.Əliyev" happens.
        log.info("evidence file is %s by content; its name suggests another type", mime)
    digest = hashlib.sha256(data).hexdigest()
    if mime == MIME_PDF:
        return EvidenceInfo(mime, len(data), digest, _pdf_pages(data, field), None, None)
    with _open_image(data, mime, field, max_pixels, verify=True) as image:
        width, height = image.size
    return EvidenceInfo(mime, len(data), digest, None, width, height)


def thumbnail_png(
    data: bytes, max_side: int, *, field: str | None = None, max_pixels: int = MAX_PIXELS
) -> bytes | None:
    """A PNG preview of an image, upright (EXIF orientation applied), no side over
    `max_side`; None for a PDF (show it in a PDF viewer). Raises `BadInput` like
    `inspect_file` for anything else."""
    if max_side < 1:
        raise ValueError("max_side must be positive")
    mime = _checked_mime(data, None, field)
    if mime == MIME_PDF:
        return None
    with _open_image(data, mime, field, max_pixels, verify=False) as image:
        if mime == MIME_JPEG:
            image.draft("RGB", (max_side, max_side))  # decode at a reduced scale: faster
        try:
            upright = ImageOps.exif_transpose(image)
            preview = upright.convert("RGBA" if _has_alpha(upright) else "RGB")
            preview.thumbnail((max_side, max_side))
            out = io.BytesIO()
            preview.save(out, format="PNG")
        except Exception as exc:  # Pillow raises many types on damaged data
            raise BadInput(F.MSG_FILE_DAMAGED, field=field) from exc
    return out.getvalue()


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def _checked_mime(data: bytes, max_bytes: int | None, field: str | None) -> str:
    if not data:
        raise BadInput(F.MSG_FILE_EMPTY, field=field)
    if max_bytes is not None and len(data) > max_bytes:
        raise BadInput(F.MSG_FILE_TOO_LARGE.format(limit=_size_text(max_bytes)), field=field)
    mime = sniff_mime(data)
    if mime is None:
        raise BadInput(F.MSG_FILE_TYPES, field=field)
    return mime


def _size_text(size: int) -> str:
    """`5 MB`, `1,5 MB`, `512 KB`: one decimal at most, with the Azerbaijani decimal comma."""
    value, unit = (size / 1024**2, "MB") if size >= 1024**2 else (size / 1024, "KB")
    return f"{value:.1f}".removesuffix(".0").replace(".", ",") + " " + unit


def _open_image(
    data: bytes, mime: str, field: str | None, max_pixels: int, *, verify: bool
) -> Image.Image:
    """The image opened lazily (header read, pixels not yet decoded), after the checks.

    With `verify`, the whole file is decoded once (verify, then load on a fresh handle,
    since a verified image cannot be used further).
    """
    formats = ["JPEG"] if mime == MIME_JPEG else ["PNG"]
    limit = min(max_pixels, Image.MAX_IMAGE_PIXELS or max_pixels)  # Pillow's may be lower
    too_big = BadInput(F.MSG_IMAGE_TOO_LARGE.format(max_mp=limit // 1_000_000), field=field)
    try:
        # Past Pillow's own limit (above ours by default) open() warns, or raises when
        # warnings are errors; either way the image is refused below. No warnings filter is
        # changed here: that state is process-wide and checks run on worker threads.
        image = Image.open(io.BytesIO(data), formats=formats)
        width, height = image.size
        if width * height > max_pixels:
            image.close()
            raise too_big
        if verify:
            image.verify()
            image = Image.open(io.BytesIO(data), formats=formats)
            image.load()
    except BadInput:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise too_big from exc
    except Exception as exc:  # Pillow raises many types (OSError, SyntaxError, ...) on bad data
        raise BadInput(F.MSG_FILE_DAMAGED, field=field) from exc
    return image


def _pdf_pages(data: bytes, field: str | None) -> int:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise BadInput(F.MSG_PDF_ENCRYPTED, field=field)
        pages = len(reader.pages)
    except BadInput:
        raise
    except Exception as exc:  # pypdf raises many types (PdfReadError, KeyError, ...) on bad data
        raise BadInput(F.MSG_FILE_DAMAGED, field=field) from exc
    if pages < 1:
        raise BadInput(F.MSG_PDF_NO_PAGES, field=field)
    return pages
