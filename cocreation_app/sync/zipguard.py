"""Checks on a bundle's zip structure that ``zipfile`` does not make (Python 3.11).

- The member count is read from the end-of-central-directory record *before* ``zipfile`` parses
  the directory: parsing 100,000 hostile entries would already cost seconds and tens of MiB.
- Members must not overlap: two directory entries whose data share bytes are the trick of
  non-recursive zip bombs (one compressed kernel counted many times), and never happen in a file
  a real zip writer made.
"""

from __future__ import annotations

import itertools
import struct
import zipfile

from cocreation_app.sync.format import invalid, tr

_EOCD = struct.Struct("<IHHHHIIH")
_EOCD_SIG = 0x06054B50
_ZIP64_LOCATOR = struct.Struct("<IIQI")
_ZIP64_LOCATOR_SIG = 0x07064B50
_ZIP64_EOCD = struct.Struct("<IQHHIIQQQQ")
_ZIP64_EOCD_SIG = 0x06064B50
_LOCAL = struct.Struct("<IHHHHHIIIHH")
_LOCAL_SIG = 0x04034B50


def _too_many() -> Exception:
    return invalid(tr("tiene demasiados archivos internos."))


def check_member_count(data: bytes, comment_bytes: int, limit: int) -> None:
    """Refuse an archive whose end record announces more than ``limit`` members. The record is
    where a sealed bundle has it: just before its fixed-size comment."""
    at = len(data) - comment_bytes - _EOCD.size
    if at < 0:
        return  # too short to be a zip: zipfile reports the damage
    sig, _disk, _cd_disk, _here, total, _size, _offset, _comment = _EOCD.unpack_from(data, at)
    if sig != _EOCD_SIG:
        return
    if total == 0xFFFF:  # zip64: the real count is in the zip64 end record
        loc = at - _ZIP64_LOCATOR.size
        if loc < 0:
            return
        loc_sig, _disk64, end64, _disks = _ZIP64_LOCATOR.unpack_from(data, loc)
        if loc_sig != _ZIP64_LOCATOR_SIG or end64 + _ZIP64_EOCD.size > len(data):
            raise invalid(tr("el archivo no es un zip válido o está dañado."))
        fields = _ZIP64_EOCD.unpack_from(data, end64)
        if fields[0] != _ZIP64_EOCD_SIG:
            raise invalid(tr("el archivo no es un zip válido o está dañado."))
        total = fields[7]
    if total > limit:
        raise _too_many()


def check_no_overlap(archive: zipfile.ZipFile, data: bytes) -> None:
    """Refuse members whose bytes overlap each other or the central directory."""
    spans: list[tuple[int, int, str]] = []
    for info in archive.infolist():
        start = info.header_offset
        if start < 0 or start + _LOCAL.size > len(data):
            raise invalid(tr("el archivo no es un zip válido o está dañado."))
        header = _LOCAL.unpack_from(data, start)
        if header[0] != _LOCAL_SIG:
            raise invalid(tr("el archivo no es un zip válido o está dañado."))
        name_len, extra_len = header[9], header[10]
        end = start + _LOCAL.size + name_len + extra_len + info.compress_size
        if info.flag_bits & 0x08:  # a data descriptor follows the data
            end += 12
        spans.append((start, end, info.filename))
    spans.sort()
    directory = getattr(archive, "start_dir", len(data))
    for (_start, end, name), (next_start, _end, _next) in itertools.pairwise(spans):
        if end > next_start:
            raise invalid(
                tr("archivos internos superpuestos («{name}»): posible bomba zip.").format(
                    name=name[:80]
                )
            )
    if spans and spans[-1][1] > directory:
        raise invalid(
            tr("archivos internos superpuestos («{name}»): posible bomba zip.").format(
                name=spans[-1][2][:80]
            )
        )
