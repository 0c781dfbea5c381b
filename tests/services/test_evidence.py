"""Evidence files are judged by content: real JPEG, PNG and PDF pass; anything else is refused."""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfWriter
from reportlab.pdfgen import canvas

from registrar.services import field_ids as F
from registrar.services.errors import BadInput
from registrar.services.evidence import (
    MAX_BYTES,
    MIME_JPEG,
    MIME_PDF,
    MIME_PNG,
    inspect_file,
    thumbnail_png,
)

SLOT = F.FEE_DOC_BIRTH_CERT


def image_bytes(fmt: str, size: tuple[int, int] = (64, 48), mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "teal" if mode == "RGB" else 0).save(out, format=fmt)
    return out.getvalue()


def pdf_bytes(pages: int = 2, encrypt: str | None = None) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, encrypt=encrypt)
    for number in range(pages):
        pdf.drawString(72, 720, f"Doğum haqqında şəhadətnamə, səhifə {number + 1}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims `width` x `height`: what a decompression bomb looks like."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + chunk(b"IEND", b"")
    )


def refusal(data: bytes, name: str = "file", **kwargs: int) -> BadInput:
    with pytest.raises(BadInput) as raised:
        inspect_file(data, name, field=SLOT, **kwargs)
    assert raised.value.field == SLOT
    return raised.value


def test_a_jpeg_is_accepted_with_its_size_and_hash() -> None:
    data = image_bytes("JPEG")
    info = inspect_file(data, "passport.jpg")
    assert (info.mime, info.width, info.height, info.pages) == (MIME_JPEG, 64, 48, None)
    assert info.size == len(data)
    assert info.sha256 == hashlib.sha256(data).hexdigest()


def test_a_png_is_accepted() -> None:
    info = inspect_file(image_bytes("PNG", (10, 20), "RGBA"), "scan.png")
    assert (info.mime, info.width, info.height) == (MIME_PNG, 10, 20)


def test_a_pdf_is_accepted_with_its_page_count() -> None:
    info = inspect_file(pdf_bytes(pages=3), "arayis.pdf")
    assert (info.mime, info.pages, info.width, info.height) == (MIME_PDF, 3, None, None)


def test_a_png_named_pdf_is_accepted_as_the_png_it_is() -> None:
    assert inspect_file(image_bytes("PNG"), "diplom.pdf").mime == MIME_PNG


def test_a_renamed_file_is_logged_without_its_name(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    inspect_file(image_bytes("PNG"), "Əliyev Məmməd.pdf")
    assert "image/png" in caplog.text
    assert "Əliyev" not in caplog.text and ".pdf" not in caplog.text


def test_a_pdf_named_jpg_is_accepted_as_a_pdf() -> None:
    assert inspect_file(pdf_bytes(), "photo.JPG").mime == MIME_PDF


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "TIFF", "WEBP"])
def test_other_image_formats_are_refused_with_the_spec_message(fmt: str) -> None:
    error = refusal(image_bytes(fmt), "photo.jpg")
    assert error.message == "Yalnız jpg, png və pdf formatlı fayllar qəbul olunur."


def test_a_text_file_named_pdf_is_refused() -> None:
    assert refusal(b"just some text, not a PDF", "a.pdf").message == F.MSG_FILE_TYPES


def test_an_empty_file_is_refused() -> None:
    assert refusal(b"", "empty.pdf").message == F.MSG_FILE_EMPTY


def test_a_file_over_the_size_limit_is_refused_naming_the_limit() -> None:
    data = pdf_bytes() + b"\n" * MAX_BYTES
    error = refusal(data, "big.pdf")
    assert error.message == "Faylın həcmi 5 MB-dan çox olmamalıdır."


def test_the_size_limit_can_be_lowered_and_is_written_with_a_decimal_comma() -> None:
    data = image_bytes("PNG") + b"\0" * (1024 * 1024 + 512 * 1024)
    assert refusal(data, "a.png", max_bytes=1024 * 1024 + 512 * 1024).message == (
        "Faylın həcmi 1,5 MB-dan çox olmamalıdır."
    )
    assert refusal(data, "a.png", max_bytes=512 * 1024).message == (
        "Faylın həcmi 512 KB-dan çox olmamalıdır."
    )


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_a_truncated_image_is_refused_as_damaged(fmt: str) -> None:
    data = image_bytes(fmt, (200, 200))
    assert refusal(data[: len(data) // 2], "cut.img").message == F.MSG_FILE_DAMAGED


def test_a_png_with_a_corrupted_checksum_is_refused_as_damaged() -> None:
    data = bytearray(image_bytes("PNG", (50, 50)))
    data[40] ^= 0xFF  # inside the first IDAT chunk
    assert refusal(bytes(data), "bad.png").message == F.MSG_FILE_DAMAGED


def test_a_truncated_pdf_is_refused_as_damaged() -> None:
    data = pdf_bytes()
    assert refusal(data[:200], "cut.pdf").message == F.MSG_FILE_DAMAGED


def test_an_encrypted_pdf_is_refused_with_its_own_message() -> None:
    assert refusal(pdf_bytes(encrypt="gizli"), "locked.pdf").message == F.MSG_PDF_ENCRYPTED


def test_a_pdf_with_only_an_owner_password_is_refused_as_encrypted() -> None:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt("", "owner")
    out = io.BytesIO()
    writer.write(out)
    assert refusal(out.getvalue(), "x.pdf").message == F.MSG_PDF_ENCRYPTED


def test_a_pdf_without_pages_is_refused() -> None:
    out = io.BytesIO()
    PdfWriter().write(out)
    assert refusal(out.getvalue(), "blank.pdf").message == F.MSG_PDF_NO_PAGES


def test_an_image_over_the_pixel_limit_is_refused_before_decoding() -> None:
    bomb = png_header_only(8_000, 8_000)  # 64 megapixels in about a hundred bytes
    assert len(bomb) < 200
    error = refusal(bomb, "bomb.png")
    assert error.message == F.MSG_IMAGE_TOO_LARGE.format(max_mp=50)


def test_an_image_past_pillows_own_bomb_limit_is_refused_not_raised() -> None:
    # Past Pillow's limit open() warns (an error under pytest) or raises past twice the limit.
    limit = Image.MAX_IMAGE_PIXELS or 89_478_485
    for side in (int((limit * 1.5) ** 0.5), int((limit * 3) ** 0.5)):
        refusal(png_header_only(side, side), "bomb.png", max_pixels=10**12)


def test_a_thumbnail_of_an_image_is_a_png_within_the_size() -> None:
    preview = thumbnail_png(image_bytes("JPEG", (800, 400)), 100)
    assert preview is not None
    with Image.open(io.BytesIO(preview)) as image:
        assert (image.format, image.size) == ("PNG", (100, 50))


def test_a_thumbnail_keeps_transparency() -> None:
    preview = thumbnail_png(image_bytes("PNG", (40, 40), "RGBA"), 20)
    assert preview is not None
    with Image.open(io.BytesIO(preview)) as image:
        assert image.mode == "RGBA"


def test_a_thumbnail_is_turned_upright_by_the_exif_orientation() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # stored rotated: display turned 90 degrees
    out = io.BytesIO()
    Image.new("RGB", (80, 40), "red").save(out, format="JPEG", exif=exif)
    preview = thumbnail_png(out.getvalue(), 80)
    assert preview is not None
    with Image.open(io.BytesIO(preview)) as image:
        assert image.size == (40, 80)


def test_a_pdf_has_no_thumbnail() -> None:
    assert thumbnail_png(pdf_bytes(), 100) is None


def test_a_thumbnail_of_something_else_is_refused() -> None:
    with pytest.raises(BadInput):
        thumbnail_png(b"GIF89a....", 100, field=SLOT)


@settings(deadline=None)
@given(
    st.sampled_from([b"", b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"%PDF-1.7\n"]),
    st.binary(max_size=2048),
)
def test_random_bytes_are_either_accepted_or_refused_with_bad_input(
    magic: bytes, tail: bytes
) -> None:
    data = magic + tail
    try:
        info = inspect_file(data, "random.bin")
    except BadInput as error:
        assert error.message
    else:
        assert info.size == len(data)
    with contextlib.suppress(BadInput):
        thumbnail_png(data, 32)


@settings(deadline=None, max_examples=30)
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=255))
def test_a_real_image_with_one_byte_changed_never_escapes_as_another_error(
    position: int, flip: int
) -> None:
    for data in (image_bytes("PNG", (30, 30)), image_bytes("JPEG", (30, 30)), pdf_bytes(1)):
        changed = bytearray(data)
        changed[position % len(data)] ^= flip
        with contextlib.suppress(BadInput):
            inspect_file(bytes(changed), "x")
