"""Bytes to text for ingest: honour byte-order marks, guess the codec, refuse binary.

Dumps come from anywhere: Windows tools write UTF-16 with a BOM, old CMS
exports write cp1252, and a folder may hold an image or an archive renamed
``.txt``. Decoding never fails (a fallback codec maps every byte), so the
decision "is this text?" is made on the decoded characters: too many NULs,
control characters or undecodable bytes and the input is refused with a
message instead of yielding quotes made of noise. A few stray ones are
cleaned with a note so that no NUL or control character reaches the tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["BINARY_RATIO", "Decoded", "check_text", "decode_bytes", "decode_text", "sniff_bom"]

# longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
# share of NUL, control and undecodable characters above which input is not text
BINARY_RATIO = 0.05
# at most this share of invalid bytes in otherwise valid UTF-8 is replaced rather than
# falling back to a one-byte codec (which would garble every valid multi-byte character)
_UTF8_REPAIR_RATIO = 0.01
# C0 controls except tab, newline, vertical tab, form feed and carriage return; and DEL
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")
_C1 = re.compile(r"[\x80-\x9f]")
_PAGE_BREAK = re.compile(r"[\x0b\x0c]")


def _c1_as_cp1252() -> dict[int, str]:
    """C1 controls in text are cp1252 bytes read as latin-1 (often inside mojibake such as
    ``â\x80\x94`` for an em dash): map each to its cp1252 character, one for one."""
    table = {}
    for code in range(0x80, 0xA0):
        try:
            table[code] = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            table[code] = "\ufffd"
    return table


_C1_TABLE = _c1_as_cp1252()
# a UTF-8 byte sequence read as latin-1 (mojibake) with at least one C1 byte in it
_MOJIBAKE = re.compile(r"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _repair_mojibake(text: str) -> tuple[str, int]:
    """Re-decode UTF-8 sequences that were read as latin-1 and hold C1 controls
    (``â\x80\x94`` -> ``—``); returns the text and the number repaired."""
    count = 0

    def fix(match: re.Match) -> str:
        nonlocal count
        seq = match.group(0)
        if not _C1.search(seq):
            return seq
        try:
            char = seq.encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return seq
        count += 1
        return char

    return _MOJIBAKE.sub(fix, text), count
_NON_ASCII = re.compile(r"[^\x00-\x7f\ufffd]")


@dataclass
class Decoded:
    """Decoded text; ``error`` is set (and ``text`` empty) when the bytes are not text."""

    text: str
    encoding: str
    message: str = ""
    error: str = ""


def sniff_bom(data: bytes) -> tuple[str, int] | None:
    """``(codec, BOM length)`` when ``data`` starts with a Unicode byte-order mark."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is NUL (ASCII-range UTF-16 without a BOM)."""
    if len(data) < 8:
        return None
    even, odd = data[0::2], data[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd > 0.3 and nul_even < 0.05:
        return "utf-16-le"
    if nul_even > 0.3 and nul_odd < 0.05:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few corrupt bytes, decoded with U+FFFD for each bad one."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.decode("utf-8", "ignore").count("\ufffd")
    non_ascii = len(_NON_ASCII.findall(text))
    if bad <= _UTF8_REPAIR_RATIO * len(text) and non_ascii >= bad:
        return text
    return None


def decode_bytes(data: bytes) -> tuple[str, str, str]:
    """Decode with a recorded fallback: BOM, UTF-8, UTF-16 without BOM, cp1252, latin-1.

    Returns ``(text, encoding, message)``; the message is empty for clean
    UTF-8 (or a text with a BOM) so callers can tell when characters may be
    wrong. Never fails; whether the result is text is :func:`check_text`'s call.
    """
    bom = sniff_bom(data)
    if bom is not None:
        codec, size = bom
        text = data[size:].decode(codec.replace("-sig", ""), "replace")
        note = "" if "\ufffd" not in text else f"invalid {codec} sequences replaced by U+FFFD"
        return text, codec, note
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError:
        pass
    codec = _utf16_without_bom(data)
    if codec is not None:
        return data.decode(codec, "replace"), codec, f"decoded as {codec} (no byte-order mark)"
    repaired = _mostly_utf8(data)
    if repaired is not None:
        n = repaired.count("\ufffd")
        return repaired, "utf-8", f"{n} invalid UTF-8 byte sequence(s) replaced by U+FFFD"
    try:
        return data.decode("cp1252"), "cp1252", "decoded as cp1252 (not valid UTF-8)"
    except UnicodeDecodeError:
        # latin-1 maps every byte, so this cannot fail
        return data.decode("latin-1"), "latin-1", "decoded as latin-1 (not valid UTF-8 or cp1252)"


def check_text(text: str) -> tuple[str, str, str]:
    """``(cleaned text, note, error)``: refuse binary, clean stray NUL/control characters.

    Binary: more than :data:`BINARY_RATIO` of the characters are NUL, C0
    control characters or U+FFFD. Otherwise NULs are dropped, vertical tab and
    form feed become line breaks, other C0 controls spaces (so words do not
    run together); C1 controls, which real dumps carry in mojibake, are
    repaired where they belong to a UTF-8 sequence read as latin-1 and read as
    cp1252 elsewhere. Each change is noted; offsets are into the cleaned text.
    """
    if not text:
        return text, "", ""
    n_nul = text.count("\x00")
    n_ctrl = len(_CONTROL.findall(text))
    n_bad = n_nul + n_ctrl + text.count("\ufffd")
    if n_bad > max(2, BINARY_RATIO * len(text)):
        parts = [f"{n} {what}" for n, what in ((n_nul, "NUL"), (n_ctrl, "control"),
                                               (n_bad - n_nul - n_ctrl, "undecodable")) if n]
        return "", "", (f"binary content, not text: {n_bad / len(text):.0%} of {len(text)} characters are "
                        f"NUL, control or undecodable ({', '.join(parts)})")
    notes = []
    if n_nul:
        text = text.replace("\x00", "")
        notes.append(f"{n_nul} NUL character(s) dropped")
    if n_ctrl:
        text = _CONTROL.sub(" ", text)
        notes.append(f"{n_ctrl} control character(s) replaced by spaces")
    if _C1.search(text):
        text, n_fixed = _repair_mojibake(text)
        if n_fixed:
            notes.append(f"{n_fixed} mojibake sequence(s) (UTF-8 read as latin-1) repaired")
    n_c1 = len(_C1.findall(text))
    if n_c1:
        text = text.translate(_C1_TABLE)
        notes.append(f"{n_c1} C1 control character(s) read as cp1252")
    if _PAGE_BREAK.search(text):
        text = _PAGE_BREAK.sub("\n", text)
    return text, "; ".join(notes), ""


def decode_text(data: bytes) -> Decoded:
    """Decode a whole text file and decide whether it is text at all."""
    raw, encoding, note = decode_bytes(data)
    text, clean_note, error = check_text(raw)
    if error:
        return Decoded("", encoding, error=f"{error}; encoding guess {encoding}")
    return Decoded(text, encoding, "; ".join(m for m in (note, clean_note) if m))
