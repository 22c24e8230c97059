"""Hostile input files, shared by tests/test_hostile.py and bench/hostile.py.

Each builder writes one case into a folder and returns what ``articles.csv``
must say about it: ``{article_id: (status, words the message must hold)}``.
"""

from __future__ import annotations

import gzip
import json
import os
import random
from collections.abc import Callable
from pathlib import Path

QUOTE = "\u201cKami siap bekerja sama dengan semua pihak,\u201d kata Menteri Luar Negeri Retno Marsudi."
DDE = "=cmd|' /C calc'!A0"
FORMULA_TEXT = (f"\u201c{DDE}\u201d kata Budi Santoso kepada wartawan.\n"
                "\u201c+62 812 bukan nomor saya,\u201d kata Budi Santoso.\n"
                "\u201c@SUM(1+1) itu lelucon,\u201d ujar Budi Santoso.")

Expected = dict[str, tuple[str, str]]


def random_bytes(folder: Path) -> Expected:
    (folder / "random.txt").write_bytes(random.Random(7).randbytes(20_000))
    return {"random": ("error", "binary content")}


def utf16_bom(folder: Path) -> Expected:
    (folder / "utf16.txt").write_bytes((QUOTE + " Versi UTF-16.").encode("utf-16"))  # with BOM
    (folder / "utf32.txt").write_bytes((QUOTE + " Versi UTF-32.").encode("utf-32"))
    return {"utf16": ("ok", ""), "utf32": ("ok", "")}


def nul_bytes(folder: Path) -> Expected:
    (folder / "nul.txt").write_bytes(QUOTE.encode() + b"\x00\x00 Selesai.\x07")
    return {"nul": ("ok", "2 NUL character(s) dropped")}


def formula_quotes(folder: Path) -> Expected:
    (folder / "formula.txt").write_text(FORMULA_TEXT, encoding="utf-8")
    return {"formula": ("ok", "")}


def json_only(folder: Path) -> Expected:
    records = [{"id": "arr-1", "text": QUOTE}, {"id": "arr-2", "text": QUOTE + " Lagi."}]
    (folder / "array.json").write_text(json.dumps(records), encoding="utf-8")
    (folder / "object.json").write_text(json.dumps({"id": "obj-1", "text": QUOTE + " Sekali."}), encoding="utf-8")
    return {"arr-1": ("ok", ""), "arr-2": ("ok", ""), "obj-1": ("ok", "")}


def txt_gz(folder: Path) -> Expected:
    (folder / "packed.txt.gz").write_bytes(gzip.compress((QUOTE + " Dari arsip.").encode()))
    return {"packed": ("ok", "")}


def html_page(folder: Path) -> Expected:
    (folder / "page.html").write_text(f"<html><body><p>{QUOTE} Dari halaman web.</p></body></html>", encoding="utf-8")
    return {"page": ("ok", "text extracted from HTML by trafilatura")}


def unsupported(folder: Path) -> Expected:
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 not text")
    return {"scan": ("error", "unsupported file type '.pdf'")}


def symlink_loops(folder: Path) -> Expected:
    (folder / "sub").mkdir()
    (folder / "sub" / "inside.txt").write_text(QUOTE + " Di dalam.", encoding="utf-8")
    os.symlink("..", folder / "sub" / "up")  # folder loop
    os.symlink("loop-b.txt", folder / "loop-a.txt")  # file links in a loop
    os.symlink("loop-a.txt", folder / "loop-b.txt")
    os.symlink("missing.txt", folder / "dangling.txt")
    return {"inside": ("ok", ""), "up": ("error", "symbolic link loop"), "loop-a": ("error", "symbolic link loop"),
            "loop-b": ("error", "symbolic link loop"), "dangling": ("error", "broken symbolic link")}


def named_pipe(folder: Path) -> Expected:
    os.mkfifo(folder / "pipe.txt")
    return {"pipe": ("error", "not a regular file (named pipe)")}


def unreadable(folder: Path) -> Expected:
    """A file and a folder without read permission (needs a non-root run or dropped capabilities)."""
    (folder / "locked").mkdir()
    (folder / "locked" / "hidden-away.txt").write_text(QUOTE + " Terkunci.", encoding="utf-8")
    (folder / "secret.txt").write_text(QUOTE + " Rahasia.", encoding="utf-8")
    (folder / "locked").chmod(0)
    (folder / "secret.txt").chmod(0)
    return {"locked": ("error", "cannot read folder: Permission denied"),
            "secret": ("error", "cannot read file: Permission denied")}


def restore_permissions(folder: Path) -> None:
    """Undo :func:`unreadable` so the folder can be removed."""
    for name in ("locked", "secret.txt"):
        if (folder / name).exists():
            (folder / name).chmod(0o755)


CASES: dict[str, Callable[[Path], Expected]] = {
    "random bytes as .txt": random_bytes,
    "UTF-16/32 with BOM": utf16_bom,
    "NUL and control bytes": nul_bytes,
    "formula-injection quotes": formula_quotes,
    ".json only (array + object)": json_only,
    ".txt.gz": txt_gz,
    ".html": html_page,
    "unsupported (.pdf)": unsupported,
    "symlink loops, dangling link": symlink_loops,
    "named pipe": named_pipe,
    "unreadable file and folder": unreadable,
}
