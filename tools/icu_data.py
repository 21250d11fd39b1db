"""ICU's data library, trimmed to the items Qt reads: read, filter and rebuild ``libicudata``.

PySide6's Qt links ICU 73, whose data (locale, collation, converters, time-zone and unit names,
break-iterator dictionaries...) is one 32 MB shared library holding a single symbol,
``icudt73_dat``: an ICU "common data" package. This module reads that package out of the
library, keeps the items a filter accepts, and links a new library with the same soname and
symbol (GNU ``as`` and ``ld``, from binutils). Only Linux ELF; build.spec uses it on Linux.

    python tools/icu_data.py PATH/libicudata.so.73              # list the items by size

The package format (ICU ``source/common/ucmndata.h``, written by ``icupkg``): a data header
(``headerSize`` bytes, format "CmnD"), then ``count`` and ``count`` pairs of (name offset, data
offset), both from the start of that table, the names (NUL-terminated, sorted, as ICU looks them
up by binary search), then the items, each a complete ICU data item, 16-byte aligned.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ALIGN = 16  # ICU maps items in place and reads them as structs: each starts 16-byte aligned
PAD = b"\xaa"  # what icupkg fills the alignment gaps with


@dataclass(frozen=True)
class IcuPackage:
    header: bytes  # the package's data header, unchanged (format "CmnD", ICU version)
    items: dict[str, bytes]  # "icudt73l/coll/root.res" -> the item's bytes (header included)
    big_endian: bool

    @property
    def prefix(self) -> str:
        """The name prefix all items share, such as "icudt73l"."""
        return next(iter(self.items)).split("/", 1)[0] if self.items else ""


def parse_package(data: bytes) -> IcuPackage:
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27):
        raise ValueError("not an ICU data package (bad magic)")
    big_endian = bool(data[8])
    if data[12:16] != b"CmnD":
        raise ValueError(f"not an ICU common data package (format {data[12:16]!r})")
    u32 = ">I" if big_endian else "<I"
    if big_endian:
        (header_size,) = struct.unpack_from(">H", data, 0)
    toc = header_size
    (count,) = struct.unpack_from(u32, data, toc)
    entries = [struct.unpack_from(u32[0] + "II", data, toc + 4 + 8 * i) for i in range(count)]
    items: dict[str, bytes] = {}
    for i, (name_offset, data_offset) in enumerate(entries):
        start = toc + name_offset
        name = data[start : data.index(b"\0", start)].decode("ascii")
        end = toc + entries[i + 1][1] if i + 1 < count else len(data)
        items[name] = data[toc + data_offset : end]
    return IcuPackage(header=data[:header_size], items=items, big_endian=big_endian)


def write_package(package: IcuPackage) -> bytes:
    """The package as icupkg writes it: same header, sorted names, 16-byte aligned items."""
    u32 = ">I" if package.big_endian else "<I"
    names = sorted(package.items)
    table_size = 4 + 8 * len(names)
    name_blob = bytearray()
    name_offsets = []
    for name in names:
        name_offsets.append(table_size + len(name_blob))
        name_blob += name.encode("ascii") + b"\0"
    body = bytearray()
    first_item = _aligned(len(package.header) + table_size + len(name_blob))
    data_offsets = []
    for name in names:
        data_offsets.append(first_item - len(package.header) + len(body))
        body += package.items[name]
        body += PAD * (_aligned(len(body)) - len(body))
    out = bytearray(package.header)
    out += struct.pack(u32, len(names))
    for name_offset, data_offset in zip(name_offsets, data_offsets, strict=True):
        out += struct.pack(u32[0] + "II", name_offset, data_offset)
    out += name_blob
    out += PAD * (first_item - len(out))
    out += body
    return bytes(out)


def _aligned(n: int) -> int:
    return (n + ALIGN - 1) // ALIGN * ALIGN


def trimmed(package: IcuPackage, keep: Callable[[str, bytes], bool]) -> IcuPackage:
    """The package with only the items ``keep`` accepts (name without the prefix, data)."""
    items = {n: d for n, d in package.items.items() if keep(n.split("/", 1)[1], d)}
    return IcuPackage(header=package.header, items=items, big_endian=package.big_endian)


# -- what Qt reads ------------------------------------------------------------------------------
# Qt 6 calls ICU for four things only (the ICU functions libQt6Core imports; no other Qt library
# or plugin imports any): locale-aware comparison (QCollator: ucol_*), case mapping with a
# locale (u_strToUpper/Lower: rules in code, no data), time-zone names (QTimeZone: ucal_*) and
# codecs other than UTF-8/16/32 and Latin-1 (QStringConverter by name: ucnv_*). Kept for those:
# the locale tree's roots, English, collation's base table, time-zone metadata, converter aliases.
# the single-byte converters (Windows and ISO code pages, KOI8...: 0.4 MB). Left out:
# break-iterator dictionaries, transliteration, unit, currency, language and region names,
# number spell-out, character names, other languages' collation tailorings and zone names (ICU
# falls back to root: the Unicode default order, English names) and the multi-byte converters
# (Shift-JIS, GB18030, Big5, EBCDIC DBCS...). Crosscheck decodes files in Python, not with Qt.
ROOT_ITEMS = frozenset(
    {
        "res_index.res",  # which locales exist (fallback chains)
        "root.res",
        "pool.res",  # the key pool the locale bundles share
        "likelySubtags.res",  # en -> en_Latn_US when ICU canonicalises a locale
        "metadata.res",  # locale aliases
        "keyTypeData.res",  # locale keywords such as @collation=...
        "supplementalData.res",  # calendar and week data (ucal_open)
        "zoneinfo64.res",  # time-zone rules (ucal_open, canonical IDs)
        "timezoneTypes.res",
        "metaZones.res",
        "windowsZones.res",
        "cnvalias.icu",  # converter names and aliases (ucnv_open of any name)
        "icuver.res",
        "icustd.res",
    }
)
KEPT_TREES = ("coll/", "zone/")  # of these, the root, English and the tree's own index


def needed_by_qt(name: str, data: bytes) -> bool:
    """Whether Qt may read the item ``name`` (without the "icudt73l/" prefix)."""
    if name in ROOT_ITEMS or _is_english(name):
        return True
    if name.endswith(".cnv"):
        return _max_bytes_per_char(data) == 1
    tree, _, item = name.rpartition("/")
    if tree + "/" not in KEPT_TREES:
        return False
    return item in ("res_index.res", "root.res", "pool.res", "ucadata.icu") or _is_english(item)


def _max_bytes_per_char(converter: bytes) -> int:
    # UConverterStaticData after the item's header: structSize (4), name (60), codepage (4),
    # platform, conversionType, minBytesPerChar, maxBytesPerChar (1 each).
    (header_size,) = struct.unpack_from("<H", converter, 0)
    return converter[header_size + 4 + 60 + 4 + 3]


def _is_english(item: str) -> bool:
    return item == "en.res" or (item.startswith("en_") and item.endswith(".res"))


# -- the shared library ---------------------------------------------------------------------------


def data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol, file offset, size) of the package in an ICU data library, such as icudt73_dat."""
    symbols = subprocess.run(
        ["readelf", "-W", "--dyn-syms", str(library)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(
        r"([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)", symbols
    )
    if not match:
        raise ValueError(f"{library}: no icudtNN_dat symbol")
    address, size, section = int(match.group(1), 16), int(match.group(2), 0), int(match.group(3))
    sections = subprocess.run(
        ["readelf", "-W", "-S", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        row = re.match(r"\s*\[\s*(\d+)\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if row and int(row.group(1)) == section:
            return match.group(4), int(row.group(3), 16) + address - int(row.group(2), 16), size
    raise ValueError(f"{library}: section {section} of {match.group(4)} not found")


def read_library(library: Path) -> tuple[str, IcuPackage]:
    symbol, offset, size = data_symbol(library)
    with open(library, "rb") as f:
        f.seek(offset)
        return symbol, parse_package(f.read(size))


def soname(library: Path) -> str:
    dynamic = subprocess.run(
        ["readelf", "-d", str(library)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"Library soname: \[([^\]]+)\]", dynamic)
    return match.group(1) if match else library.name


def link_library(package: IcuPackage, symbol: str, name: str, out: Path) -> None:
    """A shared library ``name`` (soname) exporting ``symbol``: the package, read-only, aligned."""
    with tempfile.TemporaryDirectory() as tmp:
        dat = Path(tmp) / "data.dat"
        dat.write_bytes(write_package(package))
        asm = Path(tmp) / "data.s"
        asm.write_text(
            f"\t.section .rodata\n\t.balign {ALIGN}\n\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n\t.size {symbol}, {dat.stat().st_size}\n"
            f'{symbol}:\n\t.incbin "{dat}"\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        obj = Path(tmp) / "data.o"
        subprocess.run(["as", "-o", str(obj), str(asm)], check=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["ld", "-shared", "-soname", name, "-z", "noexecstack", "-o", str(out), str(obj)],
            check=True,
        )


def slim_library(library: Path, out: Path) -> IcuPackage:
    """Write to ``out`` the ICU data library with only what Qt reads; return the kept items."""
    symbol, package = read_library(library)
    kept = trimmed(package, needed_by_qt)
    link_library(kept, symbol, soname(library), out)
    return kept


def main(argv: list[str]) -> int:
    symbol, package = read_library(Path(argv[0]))
    sizes = sorted(((len(d), n) for n, d in package.items.items()), reverse=True)
    print(f"{symbol}: {len(sizes)} items, {sum(s for s, _ in sizes) / 1e6:.1f} MB")
    for size, name in sizes[: int(argv[1]) if len(argv) > 1 else 50]:
        print(f"{size / 1e3:9.1f} kB  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
