"""Bytes in: reading with a size cap, and decoding by byte-order mark, `--encoding`, an HTML
page's own `<meta charset>`, else strict UTF-8.

Nothing guesses: bytes that do not decode are an error that says how to read them.
"""

from __future__ import annotations

import codecs
import re
from typing import IO

from .problems import InputProblem

MAX_INPUT_BYTES = 256 * 2**20  # one input; a symlink to /dev/zero must not fill memory
_CHUNK = 1 << 16
# UTF-32 before UTF-16: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
# Browsers read these labels as windows-1252 (WHATWG Encoding), and so do saved pages.
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819", "us-ascii", "ascii", "x-cp1252"}
ENCODING_HINT = "give its encoding with --encoding (e.g. --encoding windows-1252)"


def check_encoding(name: str) -> str:
    """A codec name → Python's name for it; LookupError for an unknown one."""
    return codecs.lookup(name).name


def read_limited(stream: IO[bytes], limit: int = MAX_INPUT_BYTES, check_binary: bool = True) -> bytes:
    """All bytes of a file, FIFO or device, refusing more than `limit`. Unless an encoding
    was given (`check_binary` false), a first chunk with NUL bytes and no byte-order mark is
    refused at once, so `/dev/zero` costs one read."""
    first = stream.read(_CHUNK)
    first = first or b""
    if check_binary and b"\x00" in first and not first.startswith(tuple(bom for bom, _ in _BOMS)) and not _looks_utf16(first):
        raise InputProblem("binary file (contains NUL bytes)")
    parts, size = [first], len(first)
    while chunk := stream.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise InputProblem(f"larger than {limit // 2**20} MiB; not read (split it into smaller files)")
        parts.append(chunk)
    return b"".join(parts)


def decode(data: bytes, encoding: str | None = None, markup: bool = False) -> str:
    """Bytes → text. A byte-order mark decides (UTF-8, UTF-16, UTF-32); else `encoding`;
    else, for HTML (`markup`), the page's `<meta charset>`; else strict UTF-8."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode(data, codec, bom_name(codec, bom))
    if encoding:
        return _decode(data, encoding, encoding)
    if markup and (declared := _declared_charset(data[:4096])):
        return _decode(data, declared, f"{declared} (as its <meta charset> says)")
    if b"\x00" in data[:8192]:
        if _looks_utf16(data[:8192]):
            raise InputProblem("looks like UTF-16 without a byte-order mark; give --encoding utf-16-le (or utf-16-be)")
        raise InputProblem("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputProblem(f"not valid UTF-8 (byte 0x{data[err.start]:02x} on line {line}); if it is a legacy file, "
                           f"{ENCODING_HINT}") from None


def bom_name(codec: str, bom: bytes) -> str:
    return {"utf-8-sig": "UTF-8"}.get(codec, f"{codec.upper()}-{'LE' if bom[0] == 0xFF else 'BE'}")


def _decode(data: bytes, codec: str, name: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputProblem(f"not valid {name} (byte 0x{data[err.start]:02x} near line {line})") from None
    except LookupError:
        raise InputProblem(f"unknown encoding {name!r}") from None
    return text.removeprefix("\ufeff")


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    if label in _WINDOWS_1252:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None  # an unknown label: read as UTF-8, which fails loudly if wrong
    # A page saved as UTF-16 that still declares it would have had a byte-order mark.
    return None if name.startswith(("utf-16", "utf-32")) else name


def _looks_utf16(head: bytes) -> bool:
    """ASCII text in UTF-16 has a NUL in every other byte."""
    sample = head[:512]
    if len(sample) < 4:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) >= 0.4 * (len(sample) // 2) and min(even, odd) == 0
