"""What ingest says about an input it could not (fully) use: errors, warnings, notes.

Every message is one printable line: file names and quoted input are escaped, so a name
holding a newline cannot forge a second line and one holding `ESC [` cannot drive the
terminal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


class InputProblem(Exception):
    """Internal signal: this input cannot become an Article."""


def printable(text: str) -> str:
    """`text` with every non-printable character (controls, line and paragraph
    separators, bidi overrides, lone surrogates) written as a backslash escape."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def display_path(raw: str) -> str:
    """A path as text that is valid Unicode (bytes of non-UTF-8 names as `\\xNN`), so it
    can be stored in an Article and written to JSON."""
    return raw.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


@dataclass(frozen=True)
class IngestError:
    """A one-line, human-readable reason why one input (or one JSONL line) was skipped."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return printable(f"{where}: {self.message}")


@dataclass(frozen=True)
class IngestNotice:
    """Something to tell about an input that is not a failure: a `warning` (an article kept
    without an unusable date, a special file skipped), a `note` (how stdin was read), or a
    file `skipped` as unsupported (counted; named only when asked)."""

    source: str
    message: str
    line: int | None = None
    kind: Literal["warning", "note", "skipped"] = "warning"

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return printable(f"{where}: {self.message}")
