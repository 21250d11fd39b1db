"""Render resources/crosscheck.svg into the committed icon files.

    pip install --target /tmp/pillow "pillow>=10"       # only for this script, not a dependency
    PYTHONPATH=/tmp/pillow QT_QPA_PLATFORM=offscreen python tools/make_icons.py

Qt (already a dependency) rasterises the SVG; Pillow writes the multi-size .ico (Windows) and
.icns (macOS), which Qt's own writers cannot. Outputs, in resources/:
  crosscheck.png   256 px, the window icon and the Linux desktop entry's icon
  crosscheck.ico   16-256 px, for build.spec's Windows branch
  crosscheck.icns  16-1024 px, for build.spec's macOS branch
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
SVG = RESOURCES / "crosscheck.svg"


def render(size: int) -> bytes:
    """The SVG as PNG bytes at size x size, transparent outside the rounded square."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; PySide6 6.x takes only str at run time
    return bytes(data.data())


def main() -> int:
    try:
        from PIL import Image
    except ImportError:
        print("make_icons.py needs Pillow (see the docstring)", file=sys.stderr)
        return 1
    master = Image.open(io.BytesIO(render(1024))).convert("RGBA")
    small = Image.open(io.BytesIO(render(256))).convert("RGBA")
    small.save(RESOURCES / "crosscheck.png", optimize=True)
    small.save(RESOURCES / "crosscheck.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    master.save(RESOURCES / "crosscheck.icns")
    for name in ("crosscheck.png", "crosscheck.ico", "crosscheck.icns"):
        print(f"{name}: {(RESOURCES / name).stat().st_size // 1024} kB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
