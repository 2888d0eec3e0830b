"""Hand-made zip files for the hostile-bundle tests: every field under the test's control.

``zipfile`` refuses to write most of what an attacker would (overlapping entries, lying sizes,
100,000 members quickly), so these helpers write the local headers, central directory and end
record themselves, then seal the result the way a real bundle is sealed.
"""

from __future__ import annotations

import hashlib
import stat
import struct
import zlib
from dataclasses import dataclass

from cocreation_app.sync.format import SEAL_BYTES, SEAL_PREFIX

REGULAR = (stat.S_IFREG | 0o644) << 16
SYMLINK = (stat.S_IFLNK | 0o777) << 16


@dataclass
class Entry:
    name: str
    data: bytes  # what is stored (compressed already when method is 8)
    size: int  # the uncompressed size the headers declare
    crc: int
    method: int = 8
    attr: int = REGULAR
    offset: int | None = None  # None: right after the previous entry


def entry(name: str, content: bytes, *, method: int = 8, attr: int = REGULAR) -> Entry:
    data = content
    if method == 8:
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        data = packer.compress(content) + packer.flush()
    return Entry(name, data, len(content), zlib.crc32(content), method, attr)


def local_header(e: Entry) -> bytes:
    name = e.name.encode()
    return (
        struct.pack(
            "<IHHHHHIIIHH",
            0x04034B50,
            20,
            0,
            e.method,
            0,
            0x21,
            e.crc,
            len(e.data),
            e.size,
            len(name),
            0,
        )
        + name
    )


def build(entries: list[Entry], *, body: bytes | None = None) -> bytes:
    """A sealed zip. Entries are laid out in order unless they give their own ``offset``
    (then ``body`` must hold the bytes those offsets point into)."""
    out = bytearray(body or b"")
    offsets = []
    for e in entries:
        if e.offset is None:
            offsets.append(len(out))
            out += local_header(e) + e.data
        else:
            offsets.append(e.offset)
    central = bytearray()
    for e, offset in zip(entries, offsets, strict=True):
        name = e.name.encode()
        central += (
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                0x0314,
                20,
                0,
                e.method,
                0,
                0x21,
                e.crc,
                len(e.data),
                e.size,
                len(name),
                0,
                0,
                0,
                0,
                e.attr,
                offset,
            )
            + name
        )
    count = len(entries)
    if count > 0xFFFF:
        raise ValueError("use build_many for more than 65,535 entries")
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), len(out), SEAL_BYTES
    )
    return seal(bytes(out + central + end) + SEAL_PREFIX + b"0" * 64)


def seal(raw: bytes) -> bytes:
    """Recompute the whole-file seal (what an attacker who edits a bundle would do)."""
    return raw[:-64] + hashlib.sha256(raw[:-SEAL_BYTES]).hexdigest().encode()


def build_many(count: int) -> bytes:
    """A sealed zip64 archive with ``count`` tiny stored members (for the member-count cap)."""
    out = bytearray()
    central = bytearray()
    crc = zlib.crc32(b"[]")
    for index in range(count):
        name = f"changes/{index:06d}.json".encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0x21, crc, 2, 2, len(name), 0)
        out += name + b"[]"
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            0x0314,
            20,
            0,
            0,
            0,
            0x21,
            crc,
            2,
            2,
            len(name),
            0,
            0,
            0,
            0,
            REGULAR,
            offset,
        )
        central += name
    cd_offset = len(out)
    zip64_end_offset = cd_offset + len(central)
    zip64_end = struct.pack(
        "<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, len(central), cd_offset
    )
    locator = struct.pack("<IIQI", 0x07064B50, 0, zip64_end_offset, 1)
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, len(central), cd_offset, SEAL_BYTES
    )
    raw = bytes(out + central + zip64_end + locator + end) + SEAL_PREFIX + b"0" * 64
    return seal(raw)
