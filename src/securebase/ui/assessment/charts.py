"""Charts for the Assessment tab: matplotlib images (rendered in memory) as pixmaps,
in the colours of the current light or dark palette."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from securebase.services.assessment_charts import ChartStyle, RgbaImage
from securebase.ui import style


def palette_style(widget: QWidget, font_size: float = 10.0) -> ChartStyle:
    pal = widget.palette()
    background = pal.color(QPalette.ColorRole.Base)
    text = pal.color(QPalette.ColorRole.WindowText)
    accent = pal.color(QPalette.ColorRole.Highlight)
    if style.is_dark(pal):
        accent = style.blend(accent, text, 0.25)
    return ChartStyle.from_colors(background.name(), text.name(), style.muted_color(widget).name(),
                                  accent.name(), font_size)


def to_pixmap(img: RgbaImage, device_pixel_ratio: float = 1.0) -> QPixmap:
    image = QImage(img.data, img.width, img.height, QImage.Format.Format_RGBA8888).copy()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap
