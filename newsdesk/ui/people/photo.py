"""Author photos: decode a picked file with Qt and make the square thumbnail the database keeps."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap

from newsdesk.domain.errors import InvalidInputError, wording
from newsdesk.services.images import check_photo_file

THUMBNAIL_SIZE: Final = 256
# Decoding a 30000×30000 "photo" would take gigabytes; real portraits are far below this.
MAX_PIXELS: Final = 100_000_000
_JPEG_QUALITY: Final = 88


@dataclass(frozen=True)
class Thumbnail:
    """Encoded square thumbnail bytes and their MIME type, ready for ``Author.photo``."""

    data: bytes
    mime: str


def load_thumbnail(path: Path, *, size: int = THUMBNAIL_SIZE) -> Thumbnail:
    """Check, decode, centre-crop and scale a photo file; errors name the ``photo`` field.

    The size and the magic bytes are checked first (without reading the file), then the
    header's dimensions, and only then is the image decoded.
    """
    check_photo_file(path)
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # phone JPEGs store "rotate 90°" in EXIF
    dimensions = reader.size()
    if dimensions.isValid() and dimensions.width() * dimensions.height() > MAX_PIXELS:
        raise InvalidInputError(
            wording("is {width}×{height} pixels; use a smaller picture",
                    width=dimensions.width(), height=dimensions.height()),
            field="photo", file=path.name,
        )
    image = reader.read()
    if image.isNull():
        raise InvalidInputError(
            wording("is damaged or not a picture ({reason})", reason=reader.errorString()),
            field="photo", file=path.name,
        )
    return encode_thumbnail(square_thumbnail(image, size))


def square_thumbnail(image: QImage, size: int = THUMBNAIL_SIZE) -> QImage:
    """The centred square of ``image`` scaled to ``size``×``size`` (never scaled up past it)."""
    side = min(image.width(), image.height())
    left = (image.width() - side) // 2
    top = (image.height() - side) // 2
    square = image.copy(QRect(left, top, side, side))
    return square.scaled(
        QSize(size, size),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def encode_thumbnail(image: QImage) -> Thumbnail:
    """PNG when the picture has transparency (a logo), JPEG for photographs (smaller)."""
    fmt, mime = ("PNG", "image/png") if image.hasAlphaChannel() else ("JPEG", "image/jpeg")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    quality = -1 if fmt == "PNG" else _JPEG_QUALITY
    # The stubs say bytes, but PySide6 6.12 accepts only str for the format at run time.
    if not image.save(buffer, fmt, quality):  # type: ignore[call-overload]
        raise InvalidInputError(wording("could not be converted to a thumbnail"),
                                field="photo")
    buffer.close()
    return Thumbnail(bytes(data.data()), mime)


def photo_pixmap(data: bytes | None, size: int) -> QPixmap:
    """A pixmap of stored photo bytes at ``size``, or a null pixmap when there is none."""
    pixmap = QPixmap()
    if data:
        pixmap.loadFromData(data)
    if pixmap.isNull():
        return pixmap
    return pixmap.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
