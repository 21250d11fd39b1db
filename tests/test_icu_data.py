"""The frozen app's ICU data (tools/icu_data.py): read, trimmed to what Qt reads, written back.

build.spec rebuilds Qt's 32 MB libicudata with only the items Qt's ICU calls can read. These
tests build small ICU common-data packages in the format icupkg writes and check the round trip
and the choice of items, so a mistake shows here and not as a broken collation on a user's
machine. (The real library's round trip is byte-identical too; see docs/building.md.)
"""

from __future__ import annotations

import struct

import pytest

from tools.icu_data import IcuPackage, needed_by_qt, parse_package, trimmed, write_package

PREFIX = "icudt73l"


def data_header(data_format: bytes) -> bytes:
    """An ICU data header: headerSize, magic, then UDataInfo (little-endian, ASCII, UTF-16)."""
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, data_format, b"\1\0\0\0", b"\x49\0\0\0")
    size = 32
    return struct.pack("<HBB", size, 0xDA, 0x27) + info + b"\0" * (size - 4 - len(info))


def converter(max_bytes_per_char: int) -> bytes:
    """A .cnv item: header, then UConverterStaticData up to maxBytesPerChar, then some table."""
    static = struct.pack("<I60siBBBB", 100, b"test", 0, 0, 2, 1, max_bytes_per_char)
    return data_header(b"cnvt") + static + b"\x01" * 40


def package(names: dict[str, bytes]) -> IcuPackage:
    items = {f"{PREFIX}/{name}": data for name, data in names.items()}
    return IcuPackage(header=data_header(b"CmnD"), items=items, big_endian=False)


ITEMS = {
    "res_index.res": data_header(b"ResB") + b"index",
    "root.res": data_header(b"ResB") + b"root locale",
    "en.res": data_header(b"ResB") + b"english",
    "en_GB.res": data_header(b"ResB") + b"british",
    "de.res": data_header(b"ResB") + b"german",
    "cnvalias.icu": data_header(b"CvAl") + b"aliases",
    "ibm-5348_P100-1997.cnv": converter(1),  # windows-1252
    "gb18030.cnv": converter(4),
    "coll/root.res": data_header(b"ResB") + b"root collation",
    "coll/ucadata.icu": data_header(b"UCol") + b"the base table" * 3,
    "coll/en.res": data_header(b"ResB") + b"english collation",
    "coll/zh.res": data_header(b"ResB") + b"pinyin, stroke..." * 5,
    "zone/en.res": data_header(b"ResB") + b"zone names",
    "zone/fr.res": data_header(b"ResB") + b"noms des fuseaux",
    "zoneinfo64.res": data_header(b"ResB") + b"rules",
    "brkitr/cjdict.dict": data_header(b"Dict") + b"dictionary" * 9,
    "translit/root.res": data_header(b"ResB") + b"transliterators",
    "unit/en.res": data_header(b"ResB") + b"unit names",
    "curr/pool.res": data_header(b"ResB") + b"currencies",
}


def test_a_package_reads_back_as_it_was_written() -> None:
    original = package(ITEMS)

    written = write_package(original)
    again = parse_package(written)

    assert again.items.keys() == original.items.keys()
    for name, data in original.items.items():
        # As ICU sees an item: up to the next one, so with the alignment padding icupkg adds.
        read = again.items[name]
        assert read[: len(data)] == data
        assert set(read[len(data) :]) <= {0xAA} and len(read) - len(data) < 16
    assert again.prefix == PREFIX
    assert write_package(again) == written


def test_items_start_16_byte_aligned_in_name_order_as_icu_looks_them_up() -> None:
    written = write_package(package(ITEMS))
    header_size = struct.unpack_from("<H", written, 0)[0]
    (count,) = struct.unpack_from("<I", written, header_size)
    entries = [struct.unpack_from("<II", written, header_size + 4 + 8 * i) for i in range(count)]
    names = []
    for name_offset, data_offset in entries:
        start = header_size + name_offset
        names.append(written[start : written.index(b"\0", start)].decode())
        assert (header_size + data_offset) % 16 == 0

    assert names == sorted(names)
    assert len(names) == len(ITEMS)


def test_trimming_keeps_what_qt_reads_and_drops_the_rest() -> None:
    kept = trimmed(package(ITEMS), needed_by_qt)

    names = {name.split("/", 1)[1] for name in kept.items}
    assert names == {
        # the locale tree's roots and English
        "res_index.res",
        "root.res",
        "en.res",
        "en_GB.res",
        # QStringConverter by name: the aliases and every single-byte code page
        "cnvalias.icu",
        "ibm-5348_P100-1997.cnv",
        # QCollator: the base table, root and English
        "coll/root.res",
        "coll/ucadata.icu",
        "coll/en.res",
        # QTimeZone: the rules and English names
        "zoneinfo64.res",
        "zone/en.res",
    }
    assert write_package(kept).startswith(package(ITEMS).header)


@pytest.mark.parametrize(
    "data",
    [b"\x20\0\x12\x34" + b"\0" * 40, data_header(b"ResB") + b"\0" * 16],
    ids=["bad magic", "a single item, not a package"],
)
def test_something_else_than_a_common_data_package_is_refused(data: bytes) -> None:
    with pytest.raises(ValueError, match="not an ICU"):
        parse_package(data)
