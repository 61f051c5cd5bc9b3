"""Render the app icon from its SVG source into PNG sizes, a Windows .ico and a macOS .icns.

    python packaging/make_icons.py            # writes resources/icons/securebase-*.png, .ico, .icns

Needs only PySide6 (QtSvg), which the app already depends on: the .ico and .icns
containers are written here directly (both are simple: a table of entries followed
by the images), so no imaging library is needed at build or run time.

- PNG: every size in ``appinfo.ICON_SIZES``; sizes up to ``SMALL_ICON_MAX`` come from
  the bolder ``securebase-small.svg``.
- ICO: 16-128 px as 32-bit BGRA bitmaps with an AND mask (what every Windows version
  and every resource tool reads), 256 px as PNG (Vista and newer).
- ICNS: PNG entries from 16 to 1024 px, including the @2x (Retina) variants.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import appinfo  # noqa: E402  (this folder, see above)

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS entry type -> pixel size (PNG data in every entry).
ICNS_ENTRIES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)


def _qt():
    """A QGuiApplication (offscreen unless a platform is chosen) and the Qt classes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    return app, QBuffer, QByteArray, QIODevice, Qt, QImage, QPainter, QSvgRenderer


def source_for(size: int) -> Path:
    return appinfo.ICON_SMALL_SVG if size <= appinfo.SMALL_ICON_MAX else appinfo.ICON_SVG


def render(svg: Path, size: int):
    """The SVG drawn into a size x size QImage (ARGB32, transparent corners)."""
    _app, _buf, QByteArray, _io, Qt, QImage, QPainter, QSvgRenderer = _qt()
    renderer = QSvgRenderer(QByteArray(svg.read_bytes()))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:
    _app, QBuffer, QByteArray, QIODevice, *_ = _qt()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def _bgra_rows(image) -> list[bytes]:
    """Rows of 32-bit pixels, top to bottom, in BGRA byte order (straight alpha)."""
    width, height = image.width(), image.height()
    rows = []
    for y in range(height):
        row = bytearray()
        for x in range(width):
            argb = image.pixel(x, y)  # 0xAARRGGBB, not premultiplied
            row += struct.pack("<I", argb)  # little-endian: B, G, R, A
        rows.append(bytes(row))
    return rows


def ico_bitmap(image) -> bytes:
    """One ICO image as a DIB: BITMAPINFOHEADER, BGRA pixels bottom-up, AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = b"".join(reversed(_bgra_rows(image)))
    mask_row_bytes = ((size + 31) // 32) * 4
    mask = bytearray()
    for y in reversed(range(size)):
        bits = bytearray(mask_row_bytes)
        for x in range(size):
            if (image.pixel(x, y) >> 24) == 0:  # fully transparent: masked out
                bits[x // 8] |= 0x80 >> (x % 8)
        mask += bits
    return header + pixels + bytes(mask)


def build_ico(images: dict[int, object]) -> bytes:
    entries, blobs = [], []
    offset = 6 + 16 * len(images)
    for size in sorted(images):
        blob = png_bytes(images[size]) if size >= 256 else ico_bitmap(images[size])
        dim = 0 if size >= 256 else size  # 0 means 256
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(images)) + b"".join(entries) + b"".join(blobs)


def build_icns(pngs: dict[int, bytes]) -> bytes:
    chunks = [kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
              for kind, size in ICNS_ENTRIES]
    toc = b"".join(chunk[:8] for chunk in chunks)
    chunks.insert(0, b"TOC " + struct.pack(">I", 8 + len(toc)) + toc)
    body = b"".join(chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_all(out_dir: Path | None = None) -> list[Path]:
    """Render every file; returns the paths written."""
    out_dir = Path(out_dir) if out_dir else appinfo.ICONS_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(appinfo.ICON_SIZES) | set(ICO_SIZES) | {s for _k, s in ICNS_ENTRIES})
    images = {size: render(source_for(size), size) for size in sizes}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    written = []
    for size in appinfo.ICON_SIZES:
        path = out_dir / appinfo.icon_png(size).name
        path.write_bytes(pngs[size])
        written.append(path)
    ico = out_dir / appinfo.ICON_ICO.name
    ico.write_bytes(build_ico({size: images[size] for size in ICO_SIZES}))
    icns = out_dir / appinfo.ICON_ICNS.name
    icns.write_bytes(build_icns(pngs))
    return [*written, ico, icns]


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None,
                        help=f"output folder (default: {appinfo.ICONS_DIR})")
    args = parser.parse_args(argv)
    for path in make_all(args.out):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
